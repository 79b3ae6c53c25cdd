"""Importing GA4 data into a workspace: one transaction per import, so a bad file writes nothing."""

from collections.abc import Callable, Iterable
from pathlib import Path

import pyarrow as pa
import sqlalchemy as sa

from influscope.ingest.ga4_bigquery import DEFAULT_KEY_EVENTS, read_ga4_sessions
from influscope.store.commerce_writes import save_web_traffic
from influscope.store.writes import SaveSummary, get_or_create_workspace


def import_ga4_bigquery(
    engine: sa.Engine,
    path: Path,
    *,
    workspace: str,
    time_zone: str = "UTC",
    key_events: Iterable[str] = DEFAULT_KEY_EVENTS,
    on_batch: Callable[[int], None] | None = None,
) -> SaveSummary:
    """Sessions of a BigQuery export (a file or a folder of daily files) into `web_traffic`."""
    summary = SaveSummary()
    with engine.begin() as conn:
        workspace_id = get_or_create_workspace(conn, name=workspace)
        for rows in read_ga4_sessions(
            path, time_zone=time_zone, key_events=key_events, on_batch=on_batch
        ):
            save_web_traffic(conn, workspace_id=workspace_id, rows=rows, summary=summary)
    return summary


def import_web_traffic_rows(engine: sa.Engine, rows: pa.Table, *, workspace: str) -> SaveSummary:
    """Rows already read and checked (Data API report, UI download) into `web_traffic`."""
    summary = SaveSummary()
    with engine.begin() as conn:
        workspace_id = get_or_create_workspace(conn, name=workspace)
        save_web_traffic(conn, workspace_id=workspace_id, rows=rows, summary=summary)
    return summary


def import_ga4_report(engine: sa.Engine, path: Path, *, workspace: str) -> SaveSummary:
    """A saved Data API runReport response (or a list of its pages)."""
    from influscope.ingest.ga4_report import read_report_json

    return import_web_traffic_rows(engine, read_report_json(path), workspace=workspace)


def import_ga4_csv(
    engine: sa.Engine, path: Path, *, workspace: str, currency: str | None = None
) -> SaveSummary:
    """The CSV downloaded from a report in GA4's interface."""
    from influscope.ingest.ga4_csv import read_ga4_csv

    return import_web_traffic_rows(
        engine, read_ga4_csv(path, currency=currency), workspace=workspace
    )
