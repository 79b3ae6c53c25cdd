"""The report as one self-contained HTML page (charts inline as SVG), and the same page with
print rules and bundled fonts that WeasyPrint turns into the PDF.

Jinja2 escapes every value; only the chart SVG that vl-convert drew is inserted as markup.
"""

from functools import cache
from pathlib import Path

import jinja2
from markupsafe import Markup

from influscope.charts import campaign_charts, charts_of, to_svg
from influscope.report.labels import text
from influscope.report.model import Column, DataTable, Figure, Kind, Report
from influscope.report.numbers import format_value
from influscope.report.pdf_widths import FONTS, advances, column_widths

TEMPLATES = Path(__file__).parent / "templates"
_LONG_TEXT = {"definition", "meaning", "source"}
# Tables of more columns than this are set in a smaller font (`table.wide` in the template).
_WIDE = 8
_FONT_SIZE, _WIDE_FONT_SIZE = 9.0, 7.5  # points


def printable(value: str) -> str:
    """`value` without the characters the bundled font cannot draw (emoji, mostly), which
    would print as empty boxes in the PDF; the HTML page keeps them for the browser."""
    _, known = advances()
    return "".join(c for c in value if ord(c) in known or c in "\n\t")


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )


def chart_svgs(report: Report, specs: dict[str, dict] | None = None) -> dict[str, dict]:
    """Per section key, its charts drawn as SVG markup, in the order of the specs."""
    specs = campaign_charts(report) if specs is None else specs
    return {
        section.key: {
            key: Markup(to_svg(spec)) for key, spec in charts_of(specs, section.key).items()
        }
        for section in report.sections
    }


def render_html(report: Report, *, for_pdf: bool = False, charts: dict | None = None) -> str:
    lang, currency = report.lang, report.currency

    def cell(table: DataTable, row: int, column: Column, value: object) -> str:
        shown = format_value(value, table.kind_of(row, column), table.currency, lang)
        return printable(shown) if for_pdf else shown

    def css(table: DataTable, row: int, column: Column) -> str:
        kind = table.kind_of(row, column)
        if kind not in (Kind.TEXT, Kind.DATE):
            return "n"
        if column.key in ("caption", "url"):
            return column.key
        return "long" if column.key in _LONG_TEXT else ""

    def widths(table: DataTable) -> list[float]:
        rows = [
            [
                (cell(table, i, column, value), css(table, i, column) != "n")
                for column, value in zip(table.columns, row, strict=True)
            ]
            for i, row in enumerate(table.rows)
        ]
        size = _WIDE_FONT_SIZE if len(table.columns) > _WIDE else _FONT_SIZE
        return column_widths([c.label for c in table.columns], rows, size)

    def figure_value(figure: Figure) -> str:
        if figure.value is None:
            return text("no_data", lang)
        return format_value(figure.value, figure.kind, currency, lang)

    def previous_value(figure: Figure) -> str:
        return format_value(figure.previous, figure.kind, currency, lang)

    def change(figure: Figure) -> str:
        if figure.value is None or not figure.previous:
            return "–"
        growth = (figure.value - figure.previous) / abs(figure.previous) * 100
        return ("+" if growth > 0 else "") + format_value(growth, Kind.PERCENT, lang=lang)

    def target_value(figure: Figure) -> str:
        if figure.target is None:
            return ""
        return format_value(figure.target.target, figure.kind, currency, lang)

    def label(key: str, **values: object) -> str:
        return text(key, lang, **values)

    template = _environment().get_template("report.html.j2")
    return template.render(
        report=report,
        for_pdf=for_pdf,
        fonts={
            "regular": (FONTS / "DejaVuSans.ttf").as_uri(),
            "bold": (FONTS / "DejaVuSans-Bold.ttf").as_uri(),
        },
        charts=chart_svgs(report) if charts is None else charts,
        has_previous=any(f.previous is not None for s in report.sections for f in s.figures),
        cell=cell,
        css=css,
        widths=widths,
        wide=_WIDE,
        figure_value=figure_value,
        previous_value=previous_value,
        change=change,
        target_value=target_value,
        label=label,
    )
