"""The report as PDF: the HTML page with print rules (page numbers, a table of contents with
page numbers, sections on new pages) laid out by WeasyPrint in the bundled DejaVu Sans."""

import logging

import weasyprint

from influscope.report.model import Report
from influscope.report.render_html import TEMPLATES, render_html

# WeasyPrint warns about every CSS property it ignores from the SVG charts; they are harmless.
logging.getLogger("weasyprint").setLevel(logging.ERROR)


def render_pdf(report: Report, *, charts: dict | None = None) -> bytes:
    html = render_html(report, for_pdf=True, charts=charts)
    return weasyprint.HTML(string=html, base_url=str(TEMPLATES)).write_pdf()
