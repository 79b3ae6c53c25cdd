"""The report as PDF: the HTML page with print rules (page numbers, a table of contents with
page numbers, sections on new pages) laid out by WeasyPrint in the bundled DejaVu Sans.

Two things keep the render fast (issue 7: under 3 s for the demo campaign), found by profiling:

- The charts are the same SVG as in the HTML page, but handed to WeasyPrint as images
  (`<img src="chart:N">`, answered from memory by `_ChartFetcher`) rather than inline: the
  HTML parser and the CSS cascade then never walk their ~900 elements, only the SVG drawing
  does. The drawing, vector text and all, is the same.
- Python's cyclic garbage collector is paused while WeasyPrint works: the render makes
  hundreds of thousands of boxes and styles that live until the file is written, and the
  collector's passes walked all of them (its full passes the rest of the process too) four or
  five times per render, a fifth of its time. What the render leaves in cycles (most of it)
  is collected in one pass when the collector resumes. Peak memory is unchanged.
"""

import gc
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import weasyprint
from markupsafe import Markup
from weasyprint.urls import URLFetcher, URLFetcherResponse

from influscope.report.model import Report
from influscope.report.render_html import TEMPLATES, chart_svgs, render_html

# WeasyPrint warns about every CSS property it ignores from the SVG charts; they are harmless.
logging.getLogger("weasyprint").setLevel(logging.ERROR)

CHART_SCHEME = "chart:"


class _ChartFetcher(URLFetcher):
    """Serves `chart:N` from the SVG drawn for this report; any other URL (the bundled
    fonts) as WeasyPrint would."""

    def __init__(self, svgs: dict[str, str]):
        super().__init__()
        self._svgs = svgs

    def fetch(self, url: str, headers: dict | None = None) -> URLFetcherResponse:
        if url.startswith(CHART_SCHEME):
            svg = self._svgs[url.removeprefix(CHART_SCHEME)]
            return URLFetcherResponse(url, svg.encode("utf-8"), {"Content-Type": "image/svg+xml"})
        return super().fetch(url, headers)


def _chart_images(charts: dict[str, dict]) -> tuple[dict[str, dict], dict[str, str]]:
    """Per section, an `<img>` for each chart in place of its SVG (`chart:N`, numbered in
    order), and the SVG of each `N`."""
    svgs: dict[str, str] = {}
    images: dict[str, dict] = {}
    for section, drawn in charts.items():
        images[section] = {}
        for key, svg in drawn.items():
            number = str(len(svgs))
            svgs[number] = str(svg)
            images[section][key] = Markup('<img src="{}" alt="">').format(CHART_SCHEME + number)
    return images, svgs


_pause_lock = threading.Lock()
_pauses = 0
_was_enabled = False


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector, and give it back as it was when the last render
    running at the same time ends. Reference counting still frees what the render drops;
    what is left in cycles is collected by the collector's next pass as usual."""
    global _pauses, _was_enabled
    with _pause_lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()


def render_pdf(report: Report, *, charts: dict | None = None) -> bytes:
    images, svgs = _chart_images(chart_svgs(report) if charts is None else charts)
    html = render_html(report, for_pdf=True, charts=images)
    with _collector_paused():
        document = weasyprint.HTML(
            string=html, base_url=str(TEMPLATES), url_fetcher=_ChartFetcher(svgs)
        )
        return document.write_pdf()
