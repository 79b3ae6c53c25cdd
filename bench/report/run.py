"""The report benchmark: the full campaign report of the demo brand in each format.

    .venv/bin/python -m bench.report.run              # the spring launch, 3 runs per format
    .venv/bin/python -m bench.report.run --runs 5 --lang fr

The demo store is written once into a temporary folder. The report model (every KPI query)
is timed apart, then each format from that model, charts included: the PDF draws its charts,
lays out the HTML and writes the file. The median of the runs is reported; the machine's load
is printed beside the figures because it is shared. Writes bench/report/RESULTS.md.
"""

import argparse
import datetime as dt
import os
import platform
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from influscope.charts import campaign_charts
from influscope.demo import DEMO_WORKSPACE, save_demo, save_demo_sales
from influscope.report.campaign_report import build_campaign_report
from influscope.report.render_html import chart_svgs
from influscope.report.write import EVERY_FORMAT, ReportFormat, render
from influscope.store import database, migrate

CAMPAIGN = "Lancement Sérum Éclat"
GOAL_PDF_SECONDS = 3.0
RESULTS = Path(__file__).parent / "RESULTS.md"


def _median_seconds(work: Callable[[], object], runs: int) -> tuple[float, float, object]:
    """Median wall-clock and CPU seconds of this process: on a shared machine the CPU time is
    the work itself, the wall time what a user waits under that load."""
    walls, cpus, result = [], [], None
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = work()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), result


def _render_with_charts(report, fmt: ReportFormat) -> bytes:
    specs = campaign_charts(report)
    svgs = chart_svgs(report, specs) if fmt in (ReportFormat.HTML, ReportFormat.PDF) else None
    return render(report, fmt, specs, svgs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--lang", default="en", choices=("en", "fr"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = database.create_engine(str(Path(folder) / "demo.duckdb"))
        migrate.upgrade(store)
        save_demo(store)
        save_demo_sales(store)  # the report then has its traffic and sales sections

        def build():
            return build_campaign_report(
                store,
                campaign=CAMPAIGN,
                workspace=DEMO_WORKSPACE,
                lang=args.lang,
                today=dt.date(2026, 12, 31),
            )

        wall, cpu, report = _median_seconds(build, args.runs)
        rows = [("report model (KPI engine + store reads)", wall, cpu, None)]
        for fmt in EVERY_FORMAT:
            wall, cpu, data = _median_seconds(
                lambda f=fmt: _render_with_charts(report, f), args.runs
            )
            rows.append((f"render {fmt.value}", wall, cpu, len(data)))
        store.dispose()
    load = os.getloadavg()[0]
    pdf_wall, pdf_cpu = next((w, c) for name, w, c, _ in rows if name == "render pdf")
    verdict = (
        f"wall {'met' if pdf_wall < GOAL_PDF_SECONDS else 'NOT met'} ({pdf_wall:.2f} s), "
        f"CPU {'met' if pdf_cpu < GOAL_PDF_SECONDS else 'NOT met'} ({pdf_cpu:.2f} s)"
    )
    lines = [
        "| step | median wall s | median CPU s | bytes |",
        "|---|---:|---:|---:|",
        *(f"| {name} | {w:.2f} | {c:.2f} | {size or ''} |" for name, w, c, size in rows),
    ]
    print("\n".join(lines))
    print(f"PDF goal (< {GOAL_PDF_SECONDS:.0f} s to render): {verdict}; load average {load:.1f}")
    RESULTS.write_text(
        "\n".join(
            [
                "# Report benchmark results",
                "",
                f"`python -m bench.report.run --runs {args.runs} --lang {args.lang}` on "
                f"{dt.date.today()}: the demo campaign {CAMPAIGN!r} ({platform.machine()}, "
                f"{os.cpu_count()} cores, Python {platform.python_version()}, load average "
                f"{load:.1f} at the end: the machine is shared, so figures vary with it).",
                "",
                *lines,
                "",
                f"Goal: the PDF renders in under {GOAL_PDF_SECONDS:.0f} s: {verdict}. "
                "Each format is timed from the report model, drawing its own charts.",
                "",
            ]
        ),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
