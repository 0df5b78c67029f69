"""Read an import file as rows of text, whatever a partner's spreadsheet wrote: CSV separated by
commas, semicolons (Excel in Italian, Albanian or Montenegrin settings) or tabs, in UTF-8 with or
without a BOM or in Windows-1252; XLSX (first sheet); or JSON. What cannot be read is a ValueError
saying what was tried."""

import csv
import io
import json
from dataclasses import dataclass
from zipfile import BadZipFile

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from exports.spreadsheet import restore_cell

DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab"}
ENCODINGS = {"utf-8-sig": "UTF-8", "cp1252": "Windows-1252"}
REQUIRED_COLUMNS = ("slug", "title", "summary", "resource_type")


@dataclass
class ImportFile:
    """The rows of a file and how it was read, for the report ("CSV, semicolon, Windows-1252")."""

    rows: list
    description: str


def decode(data):
    for encoding, label in ENCODINGS.items():
        try:
            return data.decode(encoding), label
        except UnicodeDecodeError:
            continue
    raise ValueError("The file is neither UTF-8 nor Windows-1252 text: save it as CSV UTF-8.")


def guess_delimiter(header_line):
    """The separator of the header row: the one of , ; tab that splits it into the most columns."""
    return max(DELIMITERS, key=header_line.count)


def check_columns(names, columns):
    """Refuse a header that misses required columns or names unknown ones (a typo would lose data)."""
    missing = [name for name in REQUIRED_COLUMNS if name not in names]
    if missing:
        raise ValueError(
            f"The header row has no {', '.join(missing)} column: is the first row the header, "
            "separated by commas, semicolons or tabs?"
        )
    unknown = [name for name in names if name and name not in columns]
    if unknown:
        raise ValueError(f"Unknown columns: {', '.join(unknown)}. Known: {', '.join(columns)}.")


def read_csv(data, columns):
    text, encoding = decode(data)
    header_line = text.lstrip("\ufeff").split("\n", 1)[0]
    delimiter = guess_delimiter(header_line)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    check_columns([name.strip() for name in reader.fieldnames or []], columns)
    rows = [{(key or "").strip(): restore_cell(value) for key, value in row.items() if key} for row in reader]
    return ImportFile(rows, f"CSV, {DELIMITERS[delimiter]}-separated, {encoding}")


def read_xlsx(data, columns):
    try:
        sheet = load_workbook(io.BytesIO(data), read_only=True, data_only=True).worksheets[0]
    except (InvalidFileException, BadZipFile, KeyError, OSError, ValueError) as error:
        raise ValueError(f"This is not an Excel workbook (.xlsx): {error}") from error
    lines = sheet.iter_rows(values_only=True)
    names = [str(cell or "").strip() for cell in next(lines, ())]
    check_columns(names, columns)
    rows = []
    for line in lines:
        if any(cell not in (None, "") for cell in line):
            rows.append({name: cell_text(cell) for name, cell in zip(names, line, strict=False) if name})
    return ImportFile(rows, "Excel workbook, first sheet")


def cell_text(cell):
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))  # 2024.0 typed as a year is 2024
    return str(cell)


def read_json(data, columns):
    text, _encoding = decode(data)
    try:
        rows = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"This is not valid JSON: {error}") from error
    if not isinstance(rows, list) or not all(isinstance(item, dict) for item in rows):
        raise ValueError("The JSON file must hold a list of objects.")
    return ImportFile(rows, "JSON")


READERS = {"csv": read_csv, "xlsx": read_xlsx, "json": read_json}


def format_of(filename, data):
    """csv, xlsx or json, from the name, else from the content (an XLSX file is a ZIP)."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if extension in READERS:
        return extension
    return "xlsx" if data.startswith(b"PK\x03\x04") else "csv"


def read_import_file(data, filename, columns, fmt=None):
    """The rows of an uploaded or local file (bytes) and a description of how they were read."""
    return READERS[fmt or format_of(filename, data)](data, columns)
