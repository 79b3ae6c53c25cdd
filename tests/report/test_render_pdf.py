"""How the PDF is rendered: charts drawn as vector SVG, and the garbage collector left as found."""

import gc

import pypdfium2
import pypdfium2.raw as pdfium_c
import pytest

from influscope.charts import campaign_charts
from influscope.report.render_html import chart_svgs
from influscope.report.render_pdf import _chart_images, _ChartFetcher, _collector_paused
from influscope.report.write import ReportFormat


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
