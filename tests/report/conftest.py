"""The demo brand in one DuckDB store for the whole report suite, its campaign report and
the files written from it: building them once keeps the suite to a few minutes."""

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa

from influscope.demo import DEMO_WORKSPACE, save_demo, save_demo_sales
from influscope.report.campaign_report import build_campaign_report
from influscope.report.model import Report
from influscope.report.write import EVERY_FORMAT, ReportFormat, write_report
from influscope.store import database, migrate

CAMPAIGN = "Lancement Sérum Éclat"
# Targets are judged as on this day, so the statuses never depend on when the tests run.
TODAY = dt.date(2026, 12, 31)


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory) -> sa.Engine:
    path = tmp_path_factory.mktemp("demo") / "influscope.duckdb"
    engine = database.create_engine(str(path))
    migrate.upgrade(engine)
    save_demo(engine)
    save_demo_sales(engine)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def demo_report(demo_store) -> Report:
    return build_campaign_report(
        demo_store, campaign=CAMPAIGN, workspace=DEMO_WORKSPACE, lang="en", today=TODAY
    )


@pytest.fixture(scope="session")
def demo_files(demo_report, tmp_path_factory) -> dict[ReportFormat, Path]:
    out = tmp_path_factory.mktemp("reports")
    written = write_report(demo_report, out, [ReportFormat.ALL])
    return dict(zip(EVERY_FORMAT, written, strict=True))


def same_numbers(a: object, b: object) -> bool:
    """Equal, floats to 12 significant digits: DuckDB sums doubles in parallel, in an order
    that can change the 16th digit from one run to the next (e.g. 65114.140212766004 and
    65114.14021276601); every figure a reader sees is identical."""
    if isinstance(a, float) and isinstance(b, float):
        return f"{a:.12g}" == f"{b:.12g}"
    if isinstance(a, tuple | list) and isinstance(b, tuple | list):
        return len(a) == len(b) and all(same_numbers(x, y) for x, y in zip(a, b, strict=True))
    if hasattr(a, "__dataclass_fields__") and type(a) is type(b):
        return all(same_numbers(getattr(a, f), getattr(b, f)) for f in a.__dataclass_fields__)
    return a == b
