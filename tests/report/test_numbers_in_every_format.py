"""The numbers of a report are the KPI engine's, in every format, to the last digit."""

import datetime as dt
import html
import re

import openpyxl
import pypdfium2
import pytest
from pptx import Presentation

from influscope.compile import Grain
from influscope.demo import DEMO_WORKSPACE
from influscope.engines.evaluate import evaluate_kpis
from influscope.report.campaign_kpis import campaign_kpis
from influscope.report.campaign_report import build_campaign_report
from influscope.report.model import Kind
from influscope.report.numbers import format_value
from influscope.report.render_html import render_html
from influscope.report.render_xlsx import render_xlsx
from influscope.report.write import ReportFormat
from influscope.store.writes import save_batch
from tests.engines.scenario import scenario_batch
from tests.report.conftest import CAMPAIGN, TODAY, same_numbers


def _engine_row(store, campaign: str, workspace: str) -> tuple[dict, dict]:
    model = campaign_kpis(store, campaign=campaign, workspace=workspace, today=TODAY)
    return model.table.rows[0], model.targets


def test_report_figures_and_workbook_equal_the_kpi_engine_on_every_engine(engine):
    with engine.begin() as conn:
        save_batch(conn, workspace="Maison Test", batch=scenario_batch())
    report = build_campaign_report(
        engine, campaign="Printemps Éclat", workspace="Maison Test", today=TODAY
    )
    row, targets = _engine_row(engine, "Printemps Éclat", "Maison Test")
    shown = [f for section in report.sections for f in section.figures]
    assert {f.kpi for f in shown} >= {"reach", "cost", "engagements", "cost_per_engagement"}
    for figure in shown:
        assert same_numbers(figure.value, row[figure.kpi]), figure.kpi
        if figure.kpi in targets:
            assert figure.target == targets[figure.kpi]
    by_influencer = evaluate_kpis(
        engine,
        campaign_ids=[_campaign_id(report, engine)],
        kpi_ids=["cost", "engagements"],
        by=[Grain.INFLUENCER],
    )
    ranking = report.section("influencers").table("ranking")
    expected = {r["influencer"]: r["engagements"] for r in by_influencer.rows if r["influencer"]}
    shown_names = ranking.column("influencer")
    assert dict(zip(shown_names, ranking.column("engagements"), strict=True)) == {
        name: value for name, value in expected.items() if name in shown_names
    }
    workbook = openpyxl.load_workbook(_bytes_file(render_xlsx(report)))
    summary = workbook.worksheets[0]
    values = {r[0]: r[1] for r in summary.iter_rows(values_only=True) if r[0] and r[1] is not None}
    for figure in shown:
        if figure.value is not None:
            # A workbook keeps 15 significant digits, as Excel does.
            assert values[figure.label] == pytest.approx(figure.value, rel=1e-14)


def _campaign_id(report, engine) -> int:
    from influscope.store import queries

    with engine.connect() as conn:
        return queries.get_campaign_or_raise(conn, name=report.campaigns[0]).id


def _bytes_file(data: bytes):
    import io

    return io.BytesIO(data)


def test_html_shows_every_headline_kpi_as_the_engine_computed_it(
    demo_store, demo_report, demo_files
):
    row, _ = _engine_row(demo_store, CAMPAIGN, DEMO_WORKSPACE)
    page = demo_files[ReportFormat.HTML].read_text(encoding="utf-8")
    summary = demo_report.section("summary")
    assert len(summary.figures) >= 5
    for figure in summary.figures:
        pattern = rf'<tr data-kpi="{figure.kpi}">\s*<td>(.*?)</td><td class="n">(.*?)</td>'
        cells = re.search(pattern, page)
        assert cells, figure.kpi
        assert html.unescape(cells[2]) == format_value(row[figure.kpi], figure.kind, "EUR")


def test_pdf_renders_to_png_pages_with_the_engine_numbers_and_page_numbers(
    demo_store, demo_files, tmp_path
):
    row, _ = _engine_row(demo_store, CAMPAIGN, DEMO_WORKSPACE)
    document = pypdfium2.PdfDocument(demo_files[ReportFormat.PDF])
    pages = len(document)
    assert pages >= 7  # contents, then one section a page at least
    text = "".join(document[i].get_textpage().get_text_range() for i in range(pages))
    for kpi, kind in (("reach", Kind.COUNT), ("cost_per_engagement", Kind.CURRENCY)):
        assert format_value(row[kpi], kind, "EUR") in text
    assert f"Page 2 / {pages}" in text
    assert "Summary" in text and "Methodology" in text
    for index in range(pages):
        image = document[index].render(scale=1).to_pil()
        image.save(tmp_path / f"page-{index + 1}.png")
        assert image.size[0] > 500
    # Page 2 (the summary) carries the chart of the targets: many coloured pixels.
    summary = document[1].render(scale=1).to_pil().convert("RGB")
    width, height = summary.size
    colours = {summary.getpixel((x, y)) for x in range(0, width, 3) for y in range(0, height, 3)}
    assert (46, 125, 50) in colours and (198, 40, 40) in colours  # met and missed bars


def test_xlsx_cells_are_typed_numbers_with_number_formats(demo_report, demo_files):
    workbook = openpyxl.load_workbook(demo_files[ReportFormat.XLSX])
    assert {"ranking", "top_posts", "cost_by_kind", "definitions"} <= set(workbook.sheetnames)
    ranking = workbook["ranking"]
    header = [cell.value for cell in ranking[1]]
    table = demo_report.section("influencers").table("ranking")
    assert header == [column.label for column in table.columns]
    first = ranking[2]
    for cell, column, value in zip(first, table.columns, table.rows[0], strict=True):
        if column.kind is Kind.TEXT:
            assert cell.data_type == "s"
        elif value is not None:
            assert cell.data_type == "n", column.key
            assert cell.value == pytest.approx(value, rel=1e-14)
            assert cell.number_format != "General"
    top = workbook["top_posts"]
    assert isinstance(top["A2"].value, dt.datetime)


def test_pptx_has_a_slide_per_section_with_the_headline_numbers(
    demo_store, demo_report, demo_files
):
    row, _ = _engine_row(demo_store, CAMPAIGN, DEMO_WORKSPACE)
    deck = Presentation(demo_files[ReportFormat.PPTX])
    slides = list(deck.slides)
    assert len(slides) == 1 + len(demo_report.sections)
    titles = [slide.shapes.title.text for slide in slides[1:]]
    assert titles == [section.title for section in demo_report.sections]
    cells = [
        cell.text
        for shape in slides[1].shapes
        if shape.has_table
        for table_row in shape.table.rows
        for cell in table_row.cells
    ]
    assert format_value(row["reach"], Kind.COUNT, "EUR") in cells
    pictures = [shape for shape in slides[1].shapes if shape.shape_type == 13]
    assert pictures, "the summary slide shows the targets chart"


def test_same_data_and_catalogue_version_give_the_same_report(demo_store, demo_report):
    again = build_campaign_report(
        demo_store, campaign=CAMPAIGN, workspace=DEMO_WORKSPACE, lang="en", today=TODAY
    )
    assert same_numbers(again, demo_report)
    no_charts = {section.key: {} for section in demo_report.sections}
    assert render_html(again, charts=no_charts) == render_html(demo_report, charts=no_charts)
    assert demo_report.catalogue_version


def test_french_report_has_the_same_numbers_in_french(demo_store, demo_report):
    french = build_campaign_report(
        demo_store, campaign=CAMPAIGN, workspace=DEMO_WORKSPACE, lang="fr", today=TODAY
    )
    assert french.section("summary").title == "Synthèse"
    english = {f.kpi: f.value for f in demo_report.section("summary").figures}
    # DuckDB sums in parallel: two runs may differ in the last bits of a double.
    assert {f.kpi: f.value for f in french.section("summary").figures} == pytest.approx(english)
    reach = next(f for f in french.section("summary").figures if f.kpi == "reach")
    assert reach.label == "Portée"
    assert format_value(1134299.0, Kind.COUNT, lang="fr") == "1\u202f134\u202f299"


def test_a_section_without_data_says_so_instead_of_zeros(demo_store):
    # The opening of Germany and Spain ran without tracked links.
    report = build_campaign_report(
        demo_store,
        campaign="Ouverture Allemagne et Espagne",
        workspace=DEMO_WORKSPACE,
        today=TODAY,
    )
    traffic = report.section("traffic")
    assert traffic.empty and "No tracked link" in traffic.empty
    assert not traffic.figures and not traffic.tables
