"""The report as slides for agencies: a title slide, then one slide per section with its key
figures (or first table) and its first chart as a picture."""

import io

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Emu, Inches, Pt

from influscope.charts import campaign_charts, charts_of, to_png
from influscope.report.labels import text
from influscope.report.model import DataTable, Report, Section
from influscope.report.numbers import format_value

MAX_ROWS = 12
FONT = "DejaVu Sans"
BLUE = RGBColor(0x3B, 0x6E, 0xA5)


def _rows(section: Section, lang: str, currency: str) -> tuple[list[str], list[list[str]]]:
    """The slide's table: the section's figures, else the head of its first table."""
    if section.figures:
        header = [text(k, lang) for k in ("kpi", "value", "provenance", "target", "status")]
        rows = []
        for f in section.figures[:MAX_ROWS]:
            rows.append(
                [
                    f.label,
                    format_value(f.value, f.kind, currency, lang)
                    if f.value is not None
                    else text("no_data", lang),
                    text(f.provenance, lang) if f.provenance else "",
                    format_value(f.target.target, f.kind, currency, lang) if f.target else "",
                    text(f.target.status.value, lang) if f.target else "",
                ]
            )
        return header, rows
    table: DataTable = section.tables[0]
    shown = [c for c in table.columns if c.key not in ("caption", "url", "definition", "meaning")]
    header = [column.label for column in shown[:6]]
    rows = []
    for index, values in enumerate(table.rows[:MAX_ROWS]):
        cells = dict(zip((c.key for c in table.columns), values, strict=True))
        rows.append(
            [
                format_value(cells[c.key], table.kind_of(index, c), table.currency, lang)
                for c in shown[:6]
            ]
        )
    return header, rows


def _text_box(slide, left, top, width, height, lines: list[str], size: int = 14) -> None:
    frame = slide.shapes.add_textbox(left, top, width, height).text_frame
    frame.word_wrap = True
    for index, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.text = line
        paragraph.font.size, paragraph.font.name = Pt(size), FONT


def _table(slide, left, top, width, header: list[str], rows: list[list[str]]) -> None:
    height = Inches(0.3) * (len(rows) + 1)
    shape = slide.shapes.add_table(len(rows) + 1, len(header), left, top, width, height)
    for row_number, values in enumerate([header, *rows]):
        for column_number, value in enumerate(values):
            cell = shape.table.cell(row_number, column_number)
            cell.text = value
            for paragraph in cell.text_frame.paragraphs:
                paragraph.font.size, paragraph.font.name = Pt(10), FONT
                paragraph.font.bold = row_number == 0


def render_pptx(report: Report, *, specs: dict[str, dict] | None = None) -> bytes:
    lang = report.lang
    specs = campaign_charts(report) if specs is None else specs
    deck = Presentation()
    deck.slide_width, deck.slide_height = Inches(13.333), Inches(7.5)
    title_only = deck.slide_layouts[5]
    cover = deck.slides.add_slide(deck.slide_layouts[0])
    cover.shapes.title.text = report.title
    cover.placeholders[1].text = "\n".join(
        [
            report.subtitle,
            text(
                "generated",
                lang,
                version=report.catalogue_version,
                card=report.rate_card,
                benchmarks=report.benchmarks,
            ),
        ]
    )
    margin, top = Inches(0.5), Inches(1.4)
    for section in report.sections:
        slide = deck.slides.add_slide(title_only)
        slide.shapes.title.text = section.title
        slide.shapes.title.text_frame.paragraphs[0].font.color.rgb = BLUE
        if section.empty:
            _text_box(slide, margin, top, Inches(12), Inches(2), [section.empty])
            continue
        charts = list(charts_of(specs, section.key).values())
        table_width = Inches(6.3) if charts else Inches(12.3)
        if section.figures or section.tables:
            header, rows = _rows(section, lang, report.currency)
            _table(slide, margin, top, table_width, header, rows)
        else:
            _text_box(slide, margin, top, table_width, Inches(5), list(section.notes), size=12)
        if charts:
            picture = io.BytesIO(to_png(charts[0], scale=2))
            slide.shapes.add_picture(picture, Inches(7.0), top, width=Inches(5.9))
        if section.notes and (section.figures or section.tables):
            bottom = deck.slide_height - Inches(1.0)
            _text_box(
                slide,
                margin,
                bottom,
                Emu(deck.slide_width - 2 * margin),
                Inches(0.8),
                list(section.notes[:2]),
                size=10,
            )
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()
