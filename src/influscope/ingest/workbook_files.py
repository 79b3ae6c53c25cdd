"""Reading the cells of a workbook: an .xlsx file, one CSV file, or a folder of CSV files.

Cells come back as the file holds them; only two Excel habits are undone here, because they
are invisible in the cell's value: a percent format (a typed "4 %" is stored as 0.04) and a
currency format (a typed "1 500 €" is stored as 1500 with "€" in the format).
"""

import csv
import io
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import openpyxl

from influscope.ingest.parse import parse_currency


@dataclass
class RawSheet:
    """A sheet as found: cells untouched, plus the currency its number format shows, if any."""

    file: str
    title: str
    rows: list[tuple[int, list[object], list[str | None]]]


def read_source(source: Path) -> list[RawSheet]:
    """The sheets of an .xlsx file, of one CSV file, or of every CSV file in a folder."""
    if source.is_dir():
        files = sorted(p for p in source.iterdir() if p.suffix.lower() == ".csv")
        return [_read_csv(p, f"{source.name}/{p.name}") for p in files]
    if source.suffix.lower() == ".csv":
        return [_read_csv(source, source.name)]
    return _read_xlsx(source)


def _read_xlsx(path: Path) -> list[RawSheet]:
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheets = []
        for sheet in book.worksheets:
            # Some tools write a wrong <dimension> record, which makes read-only mode stop early.
            sheet.reset_dimensions()
            rows = []
            for number, cells in enumerate(sheet.iter_rows(), start=1):
                read = [_read_cell(cell) for cell in cells]
                rows.append((number, [v for v, _ in read], [c for _, c in read]))
            sheets.append(RawSheet(path.name, sheet.title, rows))
        return sheets
    finally:
        book.close()


def _read_cell(cell: object) -> tuple[object, str | None]:
    value = getattr(cell, "value", None)
    number_format = getattr(cell, "number_format", None) or ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "%" in number_format:
            # Excel stores a typed "4 %" as 0.04 with a percent format; we keep percent in percent.
            return Decimal(repr(value)).scaleb(2), None
        return value, _currency_in_format(number_format)
    return value, None


def _currency_in_format(number_format: str) -> str | None:
    """The currency an Excel number format shows: `#,##0 "€"`, `[$$-409]#,##0.00`, `[$CHF] 0`."""
    bracketed = re.search(r"\[\$([^\]\-]+)", number_format)
    outside = re.sub(r"\[[^\]]*\]", "", number_format)
    symbol = bracketed[1] if bracketed else next((s for s in "€£$¥" if s in outside), None)
    if symbol is None:
        return None
    try:
        return parse_currency(symbol.strip())
    except ValueError:
        return None


def _read_csv(path: Path, shown: str) -> RawSheet:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # French Excel's "CSV (séparateur : point-virgule)" saves Windows-1252, not UTF-8.
        text = data.decode("cp1252")
    first_line = text.split("\n", 1)[0].strip()
    declared = re.fullmatch(r"sep=(.)", first_line)
    if declared:
        # Excel writes and honours a first line `sep=;` that it never shows as a row.
        delimiter, text = declared[1], text.split("\n", 1)[1] if "\n" in text else ""
    else:
        delimiter = max(";,\t", key=first_line.count) if first_line else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = [(number, list(values), []) for number, values in enumerate(reader, start=1)]
    return RawSheet(shown, path.stem, rows)
