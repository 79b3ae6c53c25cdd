"""Writing a report in the formats asked for, drawing each chart once for all of them."""

from enum import StrEnum
from pathlib import Path

from influscope.charts import campaign_charts
from influscope.report.model import Report
from influscope.report.render_html import chart_svgs, render_html
from influscope.track.convention import campaign_slug


class ReportFormat(StrEnum):
    HTML = "html"
    PDF = "pdf"
    XLSX = "xlsx"
    PPTX = "pptx"
    ALL = "all"


EVERY_FORMAT = (ReportFormat.HTML, ReportFormat.PDF, ReportFormat.XLSX, ReportFormat.PPTX)


def expand(formats: list[ReportFormat] | tuple[ReportFormat, ...]) -> list[ReportFormat]:
    """`all` is every format; the order is always html, pdf, xlsx, pptx."""
    wanted = set(EVERY_FORMAT) if ReportFormat.ALL in formats else set(formats)
    return [f for f in EVERY_FORMAT if f in wanted]


def report_stem(report: Report, name: str | None = None) -> str:
    """`maison-lumiere-lancement-serum-eclat.fr`: the workspace, what is reported, the language."""
    subject = campaign_slug(name or report.campaigns[0])
    return f"{campaign_slug(report.workspace)}-{subject}.{report.lang}"


def render(report: Report, fmt: ReportFormat, specs: dict, svgs: dict | None = None) -> bytes:
    """One format's bytes; `specs` (and `svgs`, their SVG per section) are the report's charts."""
    match fmt:
        case ReportFormat.HTML:
            return render_html(report, charts=svgs).encode("utf-8")
        case ReportFormat.PDF:
            from influscope.report.render_pdf import render_pdf

            return render_pdf(report, charts=svgs)
        case ReportFormat.XLSX:
            from influscope.report.render_xlsx import render_xlsx

            return render_xlsx(report, specs=specs)
        case ReportFormat.PPTX:
            from influscope.report.render_pptx import render_pptx

            return render_pptx(report, specs=specs)
        case ReportFormat.ALL:
            raise ValueError("Expand 'all' into formats first.")


def write_report(
    report: Report,
    out: Path,
    formats: list[ReportFormat] | tuple[ReportFormat, ...] = (ReportFormat.ALL,),
    *,
    name: str | None = None,
) -> list[Path]:
    """Write the report into the folder `out` (created if needed); returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    specs = campaign_charts(report)
    wanted = expand(formats)
    svgs = (
        chart_svgs(report, specs) if {ReportFormat.HTML, ReportFormat.PDF} & set(wanted) else None
    )
    written = []
    for fmt in wanted:
        path = out / f"{report_stem(report, name)}.{fmt.value}"
        path.write_bytes(render(report, fmt, specs, svgs))
        written.append(path)
    return written
