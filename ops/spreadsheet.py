"""CSV cells that a spreadsheet cannot run as formulas.

Staff open exports in Excel or LibreOffice, which run a cell beginning with = + - @ (or a tab
or carriage return before one) as a formula: a visitor who searches for `=HYPERLINK(...)` would
plant it in the search report. Such cells get a leading apostrophe, the spreadsheet convention
for "this is text". XLSX exports need nothing: Wagtail already writes every cell there as text.
"""

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value):
    """Return text that a spreadsheet shows as typed; numbers, dates and None pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def restore_cell(value):
    """The inverse, for files the site exported itself: "'=x" read back (an import) is "=x" again."""
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(FORMULA_TRIGGERS):
        return value[1:]
    return value


class FormulaSafeCsvMixin:
    """For views with Wagtail's SpreadsheetExportMixin (reports, snippet listings): safe CSV rows."""

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: neutralise_cell(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )
