"""Cells that a spreadsheet shows as typed: one function for every CSV and XLSX the site writes.

Staff open exports in Excel or LibreOffice, which run a cell beginning with = + - @ (or a tab
or carriage return before one) as a formula: a visitor who searches for `=HYPERLINK(...)` would
plant it in the search report. Such cells get a leading apostrophe, the spreadsheet convention
for "this is text" (an XLSX cell is written as a text cell instead, by Wagtail's exports or
openpyxl's data_type, so it keeps the text as typed). Control characters (C0, except tab and line breaks) cannot be written into an
XLSX file at all (openpyxl refuses the whole file), and whatever is already stored must still
export: they become U+FFFD, visibly replaced rather than silently dropped.
"""

import io
import re

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# What XML 1.0, and so XLSX, cannot hold: C0 controls other than tab, LF and CR, and DEL.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
REPLACEMENT = "\ufffd"


def neutralise_cell(value, *, xlsx_text_cell=False):
    """Return text that a spreadsheet shows as typed and any spreadsheet file can hold; numbers,
    dates and None pass unchanged. `xlsx_text_cell`: the cell is written as an XLSX text cell,
    which no spreadsheet runs, so no apostrophe is needed."""
    if not isinstance(value, str):
        return value
    value = CONTROL_CHARACTERS.sub(REPLACEMENT, value)
    if not xlsx_text_cell and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


safe_cell = neutralise_cell


def restore_cell(value):
    """The inverse, for files the site exported itself: "'=x" read back (an import) is "=x" again."""
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(FORMULA_TRIGGERS):
        return value[1:]
    return value


class SafeSpreadsheetMixin:
    """For views with Wagtail's SpreadsheetExportMixin (reports, listings, form submissions): every
    CSV and XLSX cell goes through neutralise_cell (Wagtail writes XLSX cells as text cells)."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return neutralise_cell(value, xlsx_text_cell=export_format == self.FORMAT_XLSX)


FormulaSafeCsvMixin = SafeSpreadsheetMixin


XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def xlsx_bytes(rows, title="Sheet1"):
    """An XLSX file of `rows` (lists of cells): text as text cells that no spreadsheet runs,
    numbers as numbers, so it opens in columns whatever the reader's list separator."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    for row in rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, neutralise_cell(value, xlsx_text_cell=True))
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever it starts with
            cells.append(cell)
        sheet.append(cells)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
