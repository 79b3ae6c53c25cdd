"""How the PDF is rendered: charts drawn as vector SVG, and the garbage collector left as found."""

import gc
import itertools
from collections import defaultdict

import pypdfium2
import pypdfium2.raw as pdfium_c
import pytest

from influscope.charts import campaign_charts
from influscope.demo import DEMO_WORKSPACE
from influscope.report.campaign_report import build_campaign_report
from influscope.report.render_html import chart_svgs
from influscope.report.render_pdf import _chart_images, _ChartFetcher, _collector_paused, render_pdf
from influscope.report.write import ReportFormat
from tests.report.conftest import CAMPAIGN, TODAY


def test_pdf_charts_are_vector_drawings_with_real_text(demo_report, demo_files):
    # The charts reach WeasyPrint as SVG images: drawn as paths and text, never rasterised.
    document = pypdfium2.PdfDocument(demo_files[ReportFormat.PDF])
    images = [
        obj
        for page in document
        for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=8)
    ]
    assert images == []
    text = " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in document)
    titles = [spec["title"] for spec in campaign_charts(demo_report).values()]
    assert len(titles) >= 6
    assert [title for title in titles if title not in text] == []


def test_each_chart_is_an_image_served_from_its_svg(demo_report):
    charts = chart_svgs(demo_report)
    images, svgs = _chart_images(charts)
    assert {section: list(drawn) for section, drawn in images.items()} == {
        section: list(drawn) for section, drawn in charts.items()
    }
    fetcher = _ChartFetcher(svgs)
    for section, drawn in charts.items():
        for key, svg in drawn.items():
            url = str(images[section][key]).split('"')[1]
            response = fetcher(url)
            assert response.content_type == "image/svg+xml"
            assert response.read() == str(svg).encode("utf-8")


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_paused_during_renders_and_given_back_as_found(enabled):
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        with _collector_paused():
            assert not gc.isenabled()
            with _collector_paused():  # a second render at the same time
                assert not gc.isenabled()
            assert not gc.isenabled()  # the first one is still running
        assert gc.isenabled() is enabled
        with pytest.raises(RuntimeError), _collector_paused():
            raise RuntimeError("a render that fails")
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def _text_drawn_over_text(document: pypdfium2.PdfDocument) -> list[tuple[int, str, str]]:
    """Characters drawn over one another by more than 40% of the smaller one, with the page
    and the text around each. Left out: characters next to each other in the text (kerning
    tucks the "a" of "Ta" under the "T") and in the very same box (a ligature, the "ffi" of
    "coefficient", gives its characters one box)."""
    found = []
    for number, page in enumerate(document, start=1):
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        grid = defaultdict(list)  # 20-point squares, so that only near characters are compared
        for i, char in enumerate(text[: textpage.count_chars()]):
            left, bottom, right, top = textpage.get_charbox(i)
            if char.strip() and right - left > 0.5 and top - bottom > 0.5:
                for x, y in itertools.product(
                    range(int(left // 20), int(right // 20) + 1),
                    range(int(bottom // 20), int(top // 20) + 1),
                ):
                    grid[x, y].append((i, left, bottom, right, top))
        pairs = {
            (a[0], b[0])
            for square in grid.values()
            for a, b in itertools.combinations(square, 2)
            if abs(a[0] - b[0]) > 1
            and a[1:] != b[1:]
            and min(a[3], b[3]) - max(a[1], b[1]) > 0.4 * min(a[3] - a[1], b[3] - b[1])
            and min(a[4], b[4]) - max(a[2], b[2]) > 0.4 * min(a[4] - a[2], b[4] - b[2])
        }
        found += [(number, text[a - 8 : a + 8], text[b - 8 : b + 8]) for a, b in sorted(pairs)]
    return found


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_text_in_the_pdf_is_drawn_over_other_text(lang, demo_store, demo_files):
    # Table columns are as wide as their numbers and the words of their headers.
    if lang == "en":
        pdf = demo_files[ReportFormat.PDF].read_bytes()
    else:
        report = build_campaign_report(
            demo_store, campaign=CAMPAIGN, workspace=DEMO_WORKSPACE, lang=lang, today=TODAY
        )
        pdf = render_pdf(report)
    assert _text_drawn_over_text(pypdfium2.PdfDocument(pdf)) == []
