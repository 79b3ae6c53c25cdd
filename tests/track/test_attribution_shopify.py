"""From the shop's and GA4's exports to the attribution report: the importers' rows are what the
attribution reads (discount codes upper-cased, UTMs from the note attributes, GA4 purchases
with their transaction id)."""

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import sqlalchemy as sa

from influscope.ingest.ga4_import import import_ga4_bigquery
from influscope.ingest.orders_import import import_shopify_csv
from influscope.store import schema
from influscope.track.attribution_report import attribution_report
from tests.track.test_attribution_run import CAMPAIGN, attribute, seed_campaign

HEADER = [
    "Name",
    "Email",
    "Financial Status",
    "Paid at",
    "Currency",
    "Subtotal",
    "Total",
    "Discount Code",
    "Discount Amount",
    "Created at",
    "Lineitem quantity",
    "Lineitem name",
    "Note Attributes",
    "Cancelled at",
    "Refunded Amount",
    "Id",
]


def _line(name, status, total, code, created, note="", cancelled="", refunded="0.00", first=True):
    if not first:
        return [name, "", "", "", "", "", "", "", "", created, "1", "Baume Nuit", "", "", "", ""]
    return [
        name,
        "client@example.fr",
        status,
        created,
        "EUR",
        total,
        total,
        code,
        "0.00",
        created,
        "1",
        "Sérum Éclat 30 ml",
        note,
        cancelled,
        refunded,
        str(5_790_000_000 + int(name[1:])),
    ]


def test_a_shopify_export_is_attributed_by_code_by_note_utms_and_by_both(engine, tmp_path):
    ids = seed_campaign(engine)
    lea_note = (
        "UTM source: instagram\nUTM medium: influencer\nUTM campaign: printemps-eclat\n"
        "UTM content: lea.voyage"
    )
    tom_note = "UTM source: youtube\nUTM campaign: printemps-eclat\nUTM content: TomKocht"
    path = tmp_path / "orders_export_1.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        writer.writerows(
            [
                _line("#1101", "paid", "89.90", "lea15", "2026-03-05 11:12:00 +0100"),
                _line("#1101", "", "", "", "2026-03-05 11:12:00 +0100", first=False),
                _line("#1102", "paid", "64.00", "LEA15", "2026-03-06 20:03:00 +0100", lea_note),
                _line("#1103", "paid", "35.50", "", "2026-03-07 09:45:00 +0100", tom_note),
                _line(
                    "#1104",
                    "partially_refunded",
                    "89.90",
                    "TOM10",
                    "2026-03-10 10:30:00 +0100",
                    refunded="30.00",
                ),
                _line(
                    "#1105",
                    "voided",
                    "42.00",
                    "TOM10",
                    "2026-03-11 17:00:00 +0100",
                    cancelled="2026-03-12 08:00:00 +0100",
                ),
                _line("#1106", "paid", "45.00", "WELCOME10", "2026-03-12 12:11:00 +0100"),
            ]
        )
    import_shopify_csv(engine, path, workspace="Maison Lumière")

    attribute(engine, ids)

    oa, so = schema.attribution.order_attribution, schema.commerce.shop_order
    with engine.connect() as conn:
        rows = {
            row.order_name: row
            for row in conn.execute(
                sa.select(so.c.order_name, oa).join(so, so.c.id == oa.c.order_id)
            )
        }
        report = attribution_report(conn, campaign=CAMPAIGN)
    assert {name: (row.influencer_id, row.method) for name, row in rows.items()} == {
        "#1101": (ids["lea"], "code"),
        "#1102": (ids["lea"], "both"),
        "#1103": (ids["tom"], "link"),
        "#1104": (ids["tom"], "code"),
        "#1105": (ids["tom"], "code"),
    }
    assert rows["#1101"].ordered_at == dt.datetime(2026, 3, 5, 10, 12)
    assert rows["#1104"].revenue == Decimal("59.90")
    assert (rows["#1105"].revenue, rows["#1105"].reversed) == (Decimal("0.00"), True)
    assert (report.unattributed, report.unattributed_revenue) == (1, Decimal("45.00"))
    assert report.attributed_revenue == Decimal("249.30")


SAMPLES = Path(__file__).parents[1] / "ingest" / "samples" / "commerce"


def test_the_sample_shopify_export_and_ga4_export_are_attributed_together(engine):
    ids = seed_campaign(engine)
    import_shopify_csv(engine, SAMPLES / "shopify_orders_export.csv", workspace="Maison Lumière")
    import_ga4_bigquery(engine, SAMPLES / "ga4_events_20260306.ndjson", workspace="Maison Lumière")

    attribute(engine, ids)

    oa, so, web = (
        schema.attribution.order_attribution,
        schema.commerce.shop_order,
        schema.commerce.web_traffic,
    )
    with engine.connect() as conn:
        found = conn.execute(
            sa.select(so.c.order_name, oa.c.influencer_id, oa.c.method, oa.c.platform, oa.c.revenue)
            .join(so, so.c.id == oa.c.order_id)
            .order_by(so.c.order_name)
        ).all()
        purchase_session = conn.execute(
            sa.select(web.c.campaign_id, web.c.influencer_id).where(web.c.transaction_id == "#1005")
        ).one()
        report = attribution_report(conn, campaign=CAMPAIGN)
    assert [tuple(row) for row in found] == [
        ("#1001", ids["lea"], "both", "instagram", Decimal("76.42")),
        ("#1002", ids["tom"], "code", None, Decimal("77.82")),
        ("#1005", ids["lea"], "link", "tiktok", Decimal("120.00")),
    ]
    assert tuple(purchase_session) == (ids["campaign"], ids["lea"])
    # #1003 was voided and #1004 refunded in full, neither with a code or a link of ours.
    assert (report.unattributed, report.unattributed_revenue) == (2, Decimal("0.00"))
    assert report.attributed_revenue == Decimal("274.24")
