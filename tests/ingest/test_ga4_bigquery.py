"""GA4 BigQuery export: events as BigQuery writes them become one web_traffic row per session."""

import datetime as dt
import json
import shutil
from decimal import Decimal
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa

from influscope.ingest.ga4_import import import_ga4_bigquery
from influscope.ingest.problems import ImportFailed
from influscope.store import schema

SAMPLES = Path(__file__).parent / "samples" / "commerce"
EXPORT = SAMPLES / "ga4_events_20260306.ndjson"
LEA = "1843026711.1772790000/1772797200"
TOM = "99102233.1772833000/1772836200"
TIKTOK = "5550001.1772700000/1772805600"
URL_ONLY = "777.1772600000/1772812800"
PUBLIC_SAMPLE = "1146540.1921992520/3599645542"


def _sessions(engine) -> dict[str, sa.Row]:
    t = schema.commerce.web_traffic
    with engine.connect() as conn:
        return {row.row_key: row for row in conn.execute(sa.select(t))}


def test_each_session_is_one_row_with_its_traffic_source_counters_and_purchase(engine):
    summary = import_ga4_bigquery(engine, EXPORT, workspace="Maison Lumière")

    rows = _sessions(engine)
    assert summary.counts["web_traffic"]["inserted"] == 5
    # The consent-mode ping without user_pseudo_id belongs to no session.
    assert set(rows) == {LEA, TOM, TIKTOK, URL_ONLY, PUBLIC_SAMPLE}
    lea = rows[LEA]
    assert (lea.source, lea.day, lea.started_at) == (
        "ga4_bigquery",
        dt.date(2026, 3, 6),
        dt.datetime(2026, 3, 6, 11, 40),
    )
    assert (lea.utm_source, lea.utm_medium, lea.utm_campaign, lea.utm_content, lea.utm_id) == (
        "instagram",
        "influencer",
        "printemps-eclat",
        "lea.voyage",
        "7",
    )
    assert lea.landing_page.startswith("https://maison-lumiere.fr/products/serum-eclat?utm_")
    assert (lea.sessions, lea.new_users, lea.engaged_sessions, lea.page_views) == (1, 1, 1, 2)
    assert (lea.key_events, lea.purchases, lea.transaction_id) == (1, 1, "#1005")
    assert (lea.purchase_revenue, lea.currency) == (Decimal("89.90"), "EUR")
    # engagement_time_msec summed: 0 + 190000 + 140500 ms.
    assert lea.duration_seconds == pytest.approx(330.5)
    assert lea.user_key == "1843026711.1772790000"


def test_traffic_source_falls_back_from_last_click_to_collected_to_params_to_the_url(engine):
    import_ga4_bigquery(engine, EXPORT, workspace="Maison Lumière")

    rows = _sessions(engine)
    tom, tiktok, url_only = rows[TOM], rows[TIKTOK], rows[URL_ONLY]
    # collected_traffic_source, lower-cased source and medium; utm_term kept.
    assert (tom.utm_source, tom.utm_medium, tom.utm_campaign, tom.utm_content, tom.utm_term) == (
        "youtube",
        "influencer",
        "noel-2026",
        "tomkocht",
        "recette",
    )
    # event params; "(not set)" is no term at all.
    assert (tiktok.utm_source, tiktok.utm_campaign, tiktok.utm_content, tiktok.utm_term) == (
        "tiktok",
        "printemps-eclat",
        "LeaVoyage",
        None,
    )
    # the landing page's query string, URL-decoded.
    assert (url_only.utm_source, url_only.utm_campaign, url_only.utm_content) == (
        "x",
        "Printemps Éclat",
        "lea_voyage",
    )
    # GA4's "(direct)" / "(none)" user source is not a UTM.
    assert rows[PUBLIC_SAMPLE].utm_source is None


def test_day_is_the_property_day_and_missing_purchases_stay_missing(engine):
    import_ga4_bigquery(engine, EXPORT, workspace="Maison Lumière", time_zone="Europe/Paris")

    rows = _sessions(engine)
    tom = rows[TOM]
    # 23:30 UTC on the 6th is the 7th in Paris, as event_date says.
    assert (tom.started_at, tom.day) == (dt.datetime(2026, 3, 6, 23, 30), dt.date(2026, 3, 7))
    assert (tom.new_users, tom.engaged_sessions, tom.duration_seconds) == (0, 0, 4.2)
    assert (tom.purchases, tom.purchase_revenue, tom.currency, tom.transaction_id) == (
        0,
        None,
        None,
        None,
    )
    # No engagement_time_msec anywhere: the time between the first and the last event.
    assert rows[URL_ONLY].duration_seconds == 8.0
    # session_engaged sent as the string "1"; 7 ms of engagement are 0.007 s.
    public = rows[PUBLIC_SAMPLE]
    assert (public.engaged_sessions, public.duration_seconds) == (1, pytest.approx(0.007))
    assert (public.transaction_id, public.day) == (None, dt.date(2021, 1, 28))


def test_importing_the_same_export_again_changes_nothing(engine):
    import_ga4_bigquery(engine, EXPORT, workspace="Maison Lumière")
    before = _sessions(engine)

    summary = import_ga4_bigquery(engine, EXPORT, workspace="Maison Lumière")

    assert summary.changed == 0
    assert summary.counts["web_traffic"]["unchanged"] == 5
    assert _sessions(engine) == before


def test_a_later_daily_table_completes_a_session_and_the_matcher_ids_survive(engine, tmp_path):
    import_ga4_bigquery(engine, EXPORT, workspace="Maison Lumière")
    t = schema.commerce.web_traffic
    with engine.begin() as conn:
        campaign = conn.execute(
            schema.campaign.insert()
            .values(
                workspace_id=conn.execute(sa.select(schema.workspace.c.id)).scalar_one(),
                name="Printemps Éclat",
                start_date=dt.date(2026, 3, 1),
                end_date=dt.date(2026, 3, 31),
                currency="EUR",
                objectives="sales",
                time_zone="Europe/Paris",
            )
            .returning(schema.campaign.c.id)
        ).scalar_one()
        conn.execute(t.update().where(t.c.row_key == TIKTOK).values(campaign_id=campaign))
    folder = tmp_path / "export"
    folder.mkdir()
    shutil.copy(EXPORT, folder / "events_20260306.json")
    late = json.loads(EXPORT.read_text().splitlines()[9])  # the TikTok session's scroll
    late |= {"event_name": "page_view", "event_timestamp": "1772805700000000"}
    (folder / "events_20260307.json").write_text(json.dumps(late) + "\n")

    summary = import_ga4_bigquery(engine, folder, workspace="Maison Lumière")

    assert (
        summary.counts["web_traffic"]["updated"],
        summary.counts["web_traffic"]["inserted"],
    ) == (1, 0)
    tiktok = _sessions(engine)[TIKTOK]
    assert (tiktok.page_views, tiktok.duration_seconds, tiktok.campaign_id) == (3, 100.0, campaign)


def test_parquet_export_without_the_newer_traffic_records_gives_the_same_sessions(engine, tmp_path):
    events = [json.loads(line) for line in EXPORT.read_text().splitlines()]
    for event in events:
        # Older tables, as Parquet: native integers, no 2023/2024 traffic records.
        event.pop("session_traffic_source_last_click", None)
        event.pop("collected_traffic_source", None)
        event["event_timestamp"] = int(event["event_timestamp"])
        for param in event["event_params"]:
            if "int_value" in param["value"]:
                param["value"]["int_value"] = int(param["value"]["int_value"])
        event["ecommerce"] = {
            k: v
            for k, v in event["ecommerce"].items()
            if k in ("transaction_id", "purchase_revenue")
        } or None
        del event["items"], event["user_properties"]
    pq.write_table(pa.Table.from_pylist(events), tmp_path / "events_20260306.parquet")

    import_ga4_bigquery(engine, tmp_path / "events_20260306.parquet", workspace="Maison Lumière")

    rows = _sessions(engine)
    assert set(rows) == {LEA, TOM, TIKTOK, URL_ONLY, PUBLIC_SAMPLE}
    # Without the session record, Léa's source comes from her landing page's UTMs.
    assert (rows[LEA].utm_source, rows[LEA].utm_content, rows[LEA].purchase_revenue) == (
        "instagram",
        "lea.voyage",
        Decimal("89.90"),
    )
    assert rows[TOM].utm_source is None


def test_a_bad_line_is_named_by_file_line_and_field_and_nothing_is_stored(engine, tmp_path):
    lines = EXPORT.read_text().splitlines()
    broken = json.loads(lines[2])
    broken["event_timestamp"] = "yesterday"
    lines[2] = json.dumps(broken)
    bad = tmp_path / "events_20260306.json"
    bad.write_text("\n".join(lines) + "\n")

    with pytest.raises(ImportFailed) as failure:
        import_ga4_bigquery(engine, bad, workspace="Maison Lumière")

    assert [(p.row, p.column, p.value) for p in failure.value.problems] == [
        (3, "event_timestamp", "yesterday")
    ]
    assert _sessions(engine) == {}


def test_a_truncated_line_is_located(engine, tmp_path):
    bad = tmp_path / "events.ndjson"
    bad.write_text(EXPORT.read_text()[:-200])

    with pytest.raises(ImportFailed) as failure:
        import_ga4_bigquery(engine, bad, workspace="Maison Lumière")

    assert failure.value.problems[0].row == 14
    assert "not a JSON object" in failure.value.problems[0].reason
    assert _sessions(engine) == {}


def test_an_event_without_event_date_gets_its_day_in_the_property_time_zone(engine, tmp_path):
    event = json.loads(EXPORT.read_text().splitlines()[5])  # Tom's session, 23:30 UTC
    del event["event_date"]
    export = tmp_path / "events.json"
    export.write_text(json.dumps(event) + "\n")

    import_ga4_bigquery(engine, export, workspace="Maison Lumière", time_zone="Europe/Paris")
    import_ga4_bigquery(engine, export, workspace="New York", time_zone="America/New_York")

    t = schema.commerce.web_traffic
    with engine.connect() as conn:
        days = conn.execute(sa.select(t.c.day).order_by(t.c.workspace_id)).scalars().all()
    assert days == [dt.date(2026, 3, 7), dt.date(2026, 3, 6)]


def test_an_unknown_time_zone_is_refused_before_reading(engine):
    with pytest.raises(ValueError, match="Unknown time zone 'Europe/Pariss'"):
        import_ga4_bigquery(engine, EXPORT, workspace="Maison Lumière", time_zone="Europe/Pariss")
