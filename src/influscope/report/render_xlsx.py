"""The report as a workbook: a formatted summary, one tab per table, and the charts.

Numbers are written as numbers with a number format (never as text), dates as dates, and text
through `neutralise` so that no caption can become a formula.
"""

import io
from collections.abc import Iterable

from openpyxl import Workbook
from openpyxl.drawing.image import Image
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from influscope.charts import campaign_charts, to_png
from influscope.report.labels import text
from influscope.report.model import DataTable, Kind, Report
from influscope.report.numbers import excel_format
from influscope.report.safety import neutralise

HEADER = PatternFill("solid", fgColor="EEF2F7")
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=16)
SECTION = Font(bold=True, size=12, color="3B6EA5")
# Excel refuses these in sheet names.
_FORBIDDEN = str.maketrans({c: "_" for c in "[]:*?/\\"})


def _write(sheet: Worksheet, row: int, column: int, value: object, kind: Kind, currency: str):
    cell = sheet.cell(row=row, column=column, value=neutralise(value))
    if value is not None and kind is not Kind.TEXT:
        cell.number_format = excel_format(kind, currency)
    return cell


def _header(sheet: Worksheet, row: int, labels: Iterable[str]) -> None:
    for column, label in enumerate(labels, start=1):
        cell = sheet.cell(row=row, column=column, value=neutralise(label))
        cell.font, cell.fill = BOLD, HEADER


def _summary(sheet: Worksheet, report: Report) -> None:
    lang = report.lang
    sheet.title = text("summary", lang)[:31]
    sheet["A1"] = neutralise(report.title)
    sheet["A1"].font = TITLE
    sheet["A2"] = neutralise(report.subtitle)
    sheet["A3"] = text(
        "generated",
        lang,
        version=report.catalogue_version,
        card=report.rate_card,
        benchmarks=report.benchmarks,
    )
    row = 5
    has_previous = any(f.previous is not None for s in report.sections for f in s.figures)
    for section in report.sections:
        sheet.cell(row=row, column=1, value=neutralise(section.title)).font = SECTION
        row += 1
        if section.empty:
            sheet.cell(row=row, column=1, value=neutralise(section.empty))
            row += 2
            continue
        for note in section.notes:
            sheet.cell(row=row, column=1, value=neutralise(note))
            row += 1
        if section.figures:
            labels = [text(k, lang) for k in ("kpi", "value", "provenance", "target", "status")]
            if has_previous:
                labels.append(text("previous", lang))
            _header(sheet, row, labels)
            row += 1
            for figure in section.figures:
                sheet.cell(row=row, column=1, value=neutralise(figure.label))
                _write(sheet, row, 2, figure.value, figure.kind, figure.currency)
                if figure.provenance:
                    sheet.cell(row=row, column=3, value=text(figure.provenance, lang))
                if figure.target:
                    _write(sheet, row, 4, figure.target.target, figure.kind, figure.currency)
                    sheet.cell(row=row, column=5, value=text(figure.target.status.value, lang))
                if has_previous:
                    _write(sheet, row, 6, figure.previous, figure.kind, figure.currency)
                row += 1
        row += 1
    sheet.column_dimensions["A"].width = 48
    for letter in "BCDEF":
        sheet.column_dimensions[letter].width = 18


def _table(sheet: Worksheet, table: DataTable) -> None:
    sheet.title = table.key.translate(_FORBIDDEN)[:31]
    _header(sheet, 1, (column.label for column in table.columns))
    for index, values in enumerate(table.rows):
        for column_number, (column, value) in enumerate(zip(table.columns, values, strict=True)):
            kind = table.kind_of(index, column)
            cell = _write(sheet, index + 2, column_number + 1, value, kind, table.currency)
            if column.key in ("caption", "definition", "meaning"):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    for number, column in enumerate(table.columns, start=1):
        wide = column.key in ("caption", "definition", "meaning", "source", "url")
        sheet.column_dimensions[get_column_letter(number)].width = 60 if wide else 18


def _charts(sheet: Worksheet, report: Report, specs: dict[str, dict]) -> None:
    sheet.title = "charts"
    row = 1
    for spec in specs.values():
        image = Image(io.BytesIO(to_png(spec, scale=1.5)))
        sheet.add_image(image, f"A{row}")
        row += int(image.height / 20) + 2


def render_xlsx(report: Report, *, specs: dict[str, dict] | None = None) -> bytes:
    workbook = Workbook()
    _summary(workbook.active, report)
    for table in report.tables():
        _table(workbook.create_sheet(), table)
    specs = campaign_charts(report) if specs is None else specs
    if specs:
        _charts(workbook.create_sheet(), report, specs)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
