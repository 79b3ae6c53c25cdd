"""GA4 Data API runReport responses and the GA4 interface's CSV download, as web_traffic rows."""

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa
from google.analytics.data_v1beta.types import (
    DimensionHeader,
    DimensionValue,
    MetricHeader,
    MetricType,
    MetricValue,
    ResponseMetaData,
    Row,
    RunReportRequest,
    RunReportResponse,
)

from influscope.ingest.ga4_csv import read_ga4_csv
from influscope.ingest.ga4_data_api import fetch_report_pages
from influscope.ingest.ga4_import import import_ga4_csv, import_ga4_report
from influscope.ingest.ga4_report import read_report_json, rows_from_pages
from influscope.ingest.problems import ImportFailed
from influscope.store import schema

SAMPLES = Path(__file__).parent / "samples" / "commerce"


def traffic(engine) -> list[sa.Row]:
    t = schema.commerce.web_traffic
    with engine.connect() as conn:
        return conn.execute(sa.select(t).order_by(t.c.source, t.c.day)).all()


def test_a_saved_run_report_response_gives_one_row_per_day_and_source(engine):
    summary = import_ga4_report(engine, SAMPLES / "ga4_run_report.json", workspace="Maison Lumière")

    assert summary.counts["web_traffic"]["inserted"] == 2
    instagram, direct = traffic(engine)
    assert (instagram.source, instagram.day, instagram.started_at) == (
        "ga4_data_api",
        dt.date(2026, 3, 6),
        None,
    )
    assert (instagram.utm_source, instagram.utm_campaign, instagram.utm_content) == (
        "instagram",
        "printemps-eclat",
        "lea.voyage",
    )
    assert instagram.utm_term is None  # "(not set)"
    assert (instagram.sessions, instagram.new_users, instagram.engaged_sessions) == (1234, 987, 725)
    assert (instagram.page_views, instagram.key_events, instagram.purchases) == (3120, 41, 38)
    assert instagram.duration_seconds == 88150.5
    assert (instagram.purchase_revenue, instagram.currency) == (Decimal("3416.20"), "EUR")
    assert (direct.utm_source, direct.utm_medium, direct.landing_page) == (None, None, "/")
    assert (
        import_ga4_report(
            engine, SAMPLES / "ga4_run_report.json", workspace="Maison Lumière"
        ).changed
        == 0
    )


def _response(rows: list[tuple[str, str, str, str]], *, total: int) -> RunReportResponse:
    return RunReportResponse(
        dimension_headers=[DimensionHeader(name="date"), DimensionHeader(name="sessionSource")],
        metric_headers=[
            MetricHeader(name="sessions", type_=MetricType.TYPE_INTEGER),
            MetricHeader(name="averageSessionDuration", type_=MetricType.TYPE_MILLISECONDS),
            MetricHeader(name="conversions", type_=MetricType.TYPE_FLOAT),
            MetricHeader(name="engagementRate", type_=MetricType.TYPE_FLOAT),
        ],
        rows=[
            Row(
                dimension_values=[DimensionValue(value=day), DimensionValue(value=source)],
                metric_values=[
                    MetricValue(value=sessions),
                    MetricValue(value=duration),
                    MetricValue(value="3"),
                    MetricValue(value="0.5"),
                ],
            )
            for day, source, sessions, duration in rows
        ],
        row_count=total,
        metadata=ResponseMetaData(currency_code="EUR", time_zone="Europe/Paris"),
    )


class ReplayingClient:
    """Answers run_report with prepared pages and keeps the requests it was sent."""

    def __init__(self, pages: list[RunReportResponse]) -> None:
        self.pages, self.requests = list(pages), []

    def run_report(self, request: RunReportRequest) -> RunReportResponse:
        self.requests.append(request)
        return self.pages.pop(0)


def test_the_official_client_is_paged_by_offset_and_its_responses_convert_like_a_file():
    client = ReplayingClient(
        [
            _response([("20260306", "instagram", "10", "90000")], total=2),
            _response([("20260307", "tiktok", "4", "30500")], total=2),
        ]
    )

    pages = fetch_report_pages(
        client,
        property_id="412345678",
        start=dt.date(2026, 3, 1),
        end=dt.date(2026, 3, 31),
        page_size=1,
    )
    rows = rows_from_pages(pages, where="GA4 property 412345678").to_pylist()

    assert [(r.property, r.offset, r.limit) for r in client.requests] == [
        ("properties/412345678", 0, 1),
        ("properties/412345678", 1, 1),
    ]
    assert client.requests[0].date_ranges[0].start_date == "2026-03-01"
    assert [(r["day"], r["utm_source"], r["sessions"]) for r in rows] == [
        (dt.date(2026, 3, 6), "instagram", 10),
        (dt.date(2026, 3, 7), "tiktok", 4),
    ]
    # averageSessionDuration in milliseconds times the sessions; the retired `conversions`
    # name is read as key events; a 0.5 engagement rate is half of the sessions.
    assert [r["duration_seconds"] for r in rows] == [900.0, 122.0]
    assert [(r["key_events"], r["engaged_sessions"]) for r in rows] == [(3, 5), (3, 2)]
    assert [r["purchase_revenue"] for r in rows] == [None, None]


def test_a_saved_live_response_gives_the_same_rows_as_the_live_one(tmp_path):
    response = _response([("20260306", "instagram", "10", "90000")], total=1)
    saved = tmp_path / "report.json"
    saved.write_text(RunReportResponse.to_json(response))
    live = fetch_report_pages(
        ReplayingClient([response]),
        property_id="1",
        start=dt.date(2026, 3, 6),
        end=dt.date(2026, 3, 6),
    )

    assert read_report_json(saved) == rows_from_pages(live, where="GA4 property 1")


def test_a_report_without_the_date_or_a_bad_value_is_refused_and_located(tmp_path):
    document = json.loads((SAMPLES / "ga4_run_report.json").read_text())
    document["rows"][1]["metricValues"][0]["value"] = "beaucoup"
    bad = tmp_path / "report.json"
    bad.write_text(json.dumps(document))

    with pytest.raises(ImportFailed) as failure:
        read_report_json(bad)
    assert [(p.row, p.column, p.value) for p in failure.value.problems] == [
        (2, "sessions", "beaucoup")
    ]

    document["dimensionHeaders"] = document["dimensionHeaders"][1:]
    for row in document["rows"]:
        row["dimensionValues"] = row["dimensionValues"][1:]
    bad.write_text(json.dumps(document))
    with pytest.raises(ImportFailed, match="needs the date dimension"):
        read_report_json(bad)


def test_the_interface_csv_skips_comments_and_totals_and_reads_its_numbers(engine):
    import_ga4_csv(
        engine,
        SAMPLES / "ga4_traffic_acquisition.csv",
        workspace="Maison Lumière",
        currency="eur",
    )

    instagram, direct = traffic(engine)
    assert (instagram.source, instagram.day, instagram.utm_source) == (
        "ga4_csv",
        dt.date(2026, 3, 6),
        "instagram",
    )
    # "1,234" sessions; "00:01:11" average duration: 71 s a session.
    assert (instagram.sessions, instagram.page_views, instagram.duration_seconds) == (
        1234,
        3120,
        1234 * 71.0,
    )
    assert (instagram.purchase_revenue, instagram.currency) == (Decimal("3416.20"), "EUR")
    assert (direct.utm_source, direct.sessions, direct.duration_seconds) == (None, 512, 512 * 42.0)


def test_a_french_interface_download_reads_the_same_way():
    (row,) = read_ga4_csv(SAMPLES / "ga4_acquisition_fr.csv").to_pylist()

    # "Source/support de la session" split; "1 234" and "3 416,20" in French notation.
    assert (row["utm_source"], row["utm_medium"], row["utm_campaign"]) == (
        "instagram",
        "influencer",
        "printemps-eclat",
    )
    assert (row["sessions"], row["engaged_sessions"], row["key_events"]) == (1234, 725, 41)
    assert row["purchase_revenue"] == Decimal("3416.20")


def test_engaged_sessions_from_an_engagement_rate_in_percent(tmp_path):
    download = tmp_path / "ga4.csv"
    download.write_text(
        "# Start date: 20260306\nDate,Sessions,Engagement rate\n20260306,200,41.5%\n"
    )

    (row,) = read_ga4_csv(download).to_pylist()

    assert (row["sessions"], row["engaged_sessions"]) == (200, 83)


def test_a_download_without_a_date_column_says_how_to_export_it(tmp_path):
    download = tmp_path / "ga4.csv"
    download.write_text("# Pages\nPage title,Views\nAccueil,120\n")

    with pytest.raises(ImportFailed, match="Date dimension"):
        read_ga4_csv(download)


def by_channel_and_country(rows: str) -> str:
    """GA4's "Traffic acquisition" download with Country added: two dimensions it does not map."""
    return (
        "# ----------------------------------------\n"
        "# Traffic acquisition: Session default channel group\n"
        "# Start date: 20260306\n"
        "# End date: 20260306\n"
        "Date,Session default channel group,Country,Users,Sessions,Engaged sessions\n" + rows
    )


def test_rows_differing_only_by_an_unmapped_dimension_are_all_imported(engine, tmp_path):
    download = tmp_path / "ga4_by_channel.csv"
    download.write_text(
        by_channel_and_country(
            "20260306,Organic Social,France,91,100,60\n"
            "20260306,Paid Social,France,38,40,20\n"
            "20260306,Organic Social,Germany,7,7,3\n"
        )
    )

    first = import_ga4_csv(engine, download, workspace="Maison Lumière")
    again = import_ga4_csv(engine, download, workspace="Maison Lumière")

    assert first.counts["web_traffic"]["inserted"] == 3
    assert again.counts["web_traffic"]["unchanged"] == 3
    rows = traffic(engine)
    assert (sum(r.sessions for r in rows), sum(r.engaged_sessions for r in rows)) == (147, 83)


def test_a_re_download_with_revised_numbers_updates_its_rows(engine, tmp_path):
    download = tmp_path / "ga4_by_channel.csv"
    download.write_text(by_channel_and_country("20260306,Organic Social,France,91,100,60\n"))
    import_ga4_csv(engine, download, workspace="Maison Lumière")
    # GA4 revises recent days: Users, a metric Influscope does not read, is no part of the key.
    download.write_text(by_channel_and_country("20260306,Organic Social,France,95,104,62\n"))

    summary = import_ga4_csv(engine, download, workspace="Maison Lumière")

    assert summary.counts["web_traffic"]["updated"] == 1
    assert [(r.sessions, r.engaged_sessions) for r in traffic(engine)] == [(104, 62)]


def test_downloads_without_unmapped_dimensions_keep_the_row_keys_stores_already_hold():
    rows = read_ga4_csv(SAMPLES / "ga4_traffic_acquisition.csv")

    assert rows.column("row_key").to_pylist() == [
        "f22f93222474d1655c31df61c8b677399bb16c82",
        "e0da79a4eb59b944611621f25200196ef69a818d",
    ]


def test_a_download_with_the_same_row_twice_is_refused_naming_the_rows(engine, tmp_path):
    download = tmp_path / "ga4_by_channel.csv"
    download.write_text(
        by_channel_and_country(
            "20260306,Organic Social,France,91,100,60\n"
            "20260306,Paid Social,France,38,40,20\n"
            "20260306,Organic Social,France,91,100,60\n"
        )
    )

    with pytest.raises(ImportFailed) as failure:
        import_ga4_csv(engine, download, workspace="Maison Lumière")

    (problem,) = failure.value.problems
    assert (problem.file, problem.row, problem.column, problem.value) == (
        str(download),
        8,
        "date, Session default channel group, Country",
        "20260306, Organic Social, France",
    )
    assert "repeats row 6" in str(problem)
    assert traffic(engine) == []
