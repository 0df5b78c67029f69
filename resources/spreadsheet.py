"""Cells that spreadsheet programs would run as formulas, made inert in every CSV the site writes.

A cell starting with = + - @ (or a tab or carriage return before one) is a formula to Excel and
LibreOffice: `=HYPERLINK(...)` typed by a visitor would run on a staff member's computer. Such a
cell is written with a leading apostrophe, which spreadsheets show as plain text. Shared by every
CSV export; XLSX files store text as text and need nothing.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value):
    """`value` safe for a CSV cell: text that would start a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def restore_cell(value):
    """The inverse for files the site exported itself: "'=x" read back is "=x" again."""
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value
