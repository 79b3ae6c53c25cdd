"""Attributing a campaign's shop orders in the store, and the report of what was found.

The scenario: Maison Lumière's spring campaign (2–29 March 2026, Paris time, in euros) with
Léa (Instagram lea.voyage, TikTok leavoyage) and Tom (YouTube TomKocht), their codes LEA15 and
TOM10, and eleven Shopify orders covering every case the rules name.
"""

import datetime as dt
from decimal import Decimal

import sqlalchemy as sa

from influscope.report.labels import text
from influscope.report.model import Kind
from influscope.report.numbers import format_value
from influscope.report.traffic import traffic_section
from influscope.store import queries, schema
from influscope.store.records import (
    AccountRecord,
    Batch,
    CampaignRecord,
    ExchangeRateRecord,
    InfluencerRecord,
    RosterRecord,
)
from influscope.store.writes import save_batch
from influscope.track.attribution import Precedence, Settings
from influscope.track.attribution_report import attribution_report
from influscope.track.attribution_run import run_attribution
from influscope.track.codes import CodeAssignment, save_codes
from influscope.vocabulary import Platform, RosterStatus

CAMPAIGN = "Printemps Éclat"
RAN_AT = dt.datetime(2026, 5, 2, 8, 0)


def seed_campaign(engine) -> dict[str, int]:
    batch = Batch(
        campaigns=[
            CampaignRecord(
                CAMPAIGN, dt.date(2026, 3, 2), dt.date(2026, 3, 29), "EUR", time_zone="Europe/Paris"
            )
        ],
        influencers=[InfluencerRecord("Léa Martin", "FR"), InfluencerRecord("Tom Weber", "DE")],
        accounts=[
            AccountRecord("Léa Martin", Platform.INSTAGRAM, "lea.voyage"),
            AccountRecord("Léa Martin", Platform.TIKTOK, "leavoyage"),
            AccountRecord("Tom Weber", Platform.YOUTUBE, "TomKocht"),
        ],
        roster=[
            RosterRecord(CAMPAIGN, "Léa Martin", RosterStatus.ACTIVATED),
            RosterRecord(CAMPAIGN, "Tom Weber", RosterStatus.ACTIVATED),
        ],
        exchange_rates=[
            ExchangeRateRecord("GBP", "EUR", dt.date(2026, 3, 1), 1.1765, "ECB reference rate")
        ],
    )
    with engine.begin() as conn:
        save_batch(conn, workspace="Maison Lumière", batch=batch)
        ids = {
            "workspace": conn.execute(sa.select(schema.workspace.c.id)).scalar_one(),
            "campaign": conn.execute(sa.select(schema.campaign.c.id)).scalar_one(),
        }
        i = schema.influencer
        people = dict(conn.execute(sa.select(i.c.name, i.c.id)).all())
        ids |= {"lea": people["Léa Martin"], "tom": people["Tom Weber"]}
        save_codes(
            conn,
            workspace_id=ids["workspace"],
            codes=[
                CodeAssignment("LEA15", ids["campaign"], ids["lea"], "percentage", Decimal(15)),
                CodeAssignment("TOM10", ids["campaign"], ids["tom"], "percentage", Decimal(10)),
            ],
        )
    return ids


def order(ids, number: int, created_at: dt.datetime, total: str, **values) -> dict:
    return {
        "workspace_id": ids["workspace"],
        "platform": "shopify",
        "order_key": str(5_790_000_000 + number),
        "order_name": f"#{number}",
        "created_at": created_at,
        "currency": "EUR",
        "subtotal": Decimal(total),
        "discount_total": Decimal("0.00"),
        "total": Decimal(total),
        "refunded": Decimal("0.00"),
        "cancelled": False,
        "financial_status": "paid",
        "customer_key": None,
        "new_customer": True,
        "discount_codes": "",
        "utm_source": None,
        "utm_medium": None,
        "utm_campaign": None,
        "utm_content": None,
        "utm_term": None,
        "utm_id": None,
        "landing_site": None,
        "referring_site": None,
    } | values


def session(ids, key: str, day: dt.date, **values) -> dict:
    return {
        "workspace_id": ids["workspace"],
        "source": "ga4_bigquery",
        "row_key": key,
        "day": day,
        "started_at": None,
        "user_key": None,
        "utm_source": None,
        "utm_medium": None,
        "utm_campaign": None,
        "utm_content": None,
        "utm_term": None,
        "utm_id": None,
        "landing_page": None,
        "sessions": 1,
        "new_users": 1,
        "engaged_sessions": 1,
        "page_views": 3,
        "key_events": 0,
        "purchases": 0,
        "duration_seconds": 95.0,
        "purchase_revenue": None,
        "currency": None,
        "transaction_id": None,
        "campaign_id": None,
        "influencer_id": None,
    } | values


def seed_orders(engine, ids) -> None:
    lea_utms = {
        "utm_source": "instagram",
        "utm_medium": "influencer",
        "utm_campaign": "printemps-eclat",
        "utm_content": "lea.voyage",
    }
    tom_landing = (
        "/products/serum-eclat?utm_source=youtube&utm_medium=influencer"
        f"&utm_campaign=printemps-eclat&utm_content=TomKocht&utm_id={ids['campaign']}"
    )
    orders = [
        order(ids, 1001, dt.datetime(2026, 3, 5, 10, 12), "89.90", discount_codes="LEA15"),
        order(
            ids, 1002, dt.datetime(2026, 3, 6, 19, 3), "64.00", discount_codes="LEA15", **lea_utms
        ),
        order(ids, 1003, dt.datetime(2026, 3, 7, 8, 45), "35.50", landing_site=tom_landing),
        # Tom's code, but the visit came through Léa's link: the code wins.
        order(
            ids, 1004, dt.datetime(2026, 3, 8, 21, 30), "49.00", discount_codes="TOM10", **lea_utms
        ),
        # No code and no UTMs on the order: the GA4 session with its transaction id names Léa.
        order(ids, 1005, dt.datetime(2026, 3, 9, 12, 0), "120.00"),
        order(
            ids,
            1006,
            dt.datetime(2026, 3, 10, 9, 30),
            "89.90",
            discount_codes="LEA15",
            refunded=Decimal("30.00"),
            financial_status="partially_refunded",
        ),
        order(
            ids,
            1007,
            dt.datetime(2026, 3, 11, 16, 0),
            "42.00",
            discount_codes="TOM10",
            cancelled=True,
            financial_status="voided",
        ),
        order(ids, 1008, dt.datetime(2026, 3, 12, 11, 11), "45.00", discount_codes="WELCOME10"),
        order(
            ids,
            1009,
            dt.datetime(2026, 3, 14, 15, 20),
            "100.00",
            currency="GBP",
            discount_codes="LEA15",
            new_customer=False,
        ),
        # Weeks after the window closed (29 March + 30 days).
        order(ids, 1010, dt.datetime(2026, 5, 20, 10, 0), "75.00", discount_codes="LEA15"),
        # Dollars, with no rate to euros: unattributed, and counted as missing a rate.
        order(ids, 1011, dt.datetime(2026, 3, 15, 10, 0), "58.00", currency="USD"),
    ]
    sessions = [
        session(
            ids,
            "lea-tiktok-1005",
            dt.date(2026, 3, 9),
            started_at=dt.datetime(2026, 3, 9, 11, 40),
            utm_source="tiktok",
            utm_medium="influencer",
            utm_campaign="Printemps-Eclat",
            utm_content="LeaVoyage",
            purchases=1,
            purchase_revenue=Decimal("120.00"),
            currency="EUR",
            transaction_id="#1005",
        ),
    ]
    with engine.begin() as conn:
        conn.execute(schema.commerce.shop_order.insert(), orders)
        conn.execute(schema.commerce.web_traffic.insert(), sessions)


def attribute(engine, ids, settings=None):
    with engine.begin() as conn:
        return run_attribution(
            conn, campaign_id=ids["campaign"], settings=settings or Settings(), now=RAN_AT
        )


def _report(engine):
    with engine.connect() as conn:
        return attribution_report(conn, campaign=CAMPAIGN)


def _rows(engine) -> dict[str, sa.Row]:
    oa, so = schema.attribution.order_attribution, schema.commerce.shop_order
    with engine.connect() as conn:
        rows = conn.execute(sa.select(so.c.order_name, oa).join(so, so.c.id == oa.c.order_id))
        return {row.order_name: row for row in rows}


def test_every_case_of_the_spring_orders_is_attributed_as_the_rules_say(engine):
    ids = seed_campaign(engine)
    seed_orders(engine, ids)
    attribute(engine, ids)

    rows = _rows(engine)
    lea, tom = ids["lea"], ids["tom"]
    assert {name: (row.influencer_id, row.method) for name, row in rows.items()} == {
        "#1001": (lea, "code"),
        "#1002": (lea, "both"),
        "#1003": (tom, "link"),
        "#1004": (tom, "code"),
        "#1005": (lea, "link"),
        "#1006": (lea, "code"),
        "#1007": (tom, "code"),
        "#1009": (lea, "code"),
    }
    assert rows["#1004"].overruled_influencer_id == lea
    assert {name: row.platform for name, row in rows.items() if row.platform} == {
        "#1002": "instagram",
        "#1003": "youtube",
        "#1005": "tiktok",
    }
    assert rows["#1004"].ordered_on == dt.date(2026, 3, 8)
    assert rows["#1003"].link_source == "order_utm"
    assert rows["#1005"].link_source == "ga4_session"
    assert rows["#1005"].link_touched_at == dt.datetime(2026, 3, 9, 11, 40)
    assert (rows["#1006"].revenue, rows["#1006"].reversed) == (Decimal("59.90"), False)
    assert (rows["#1007"].revenue, rows["#1007"].reversed) == (Decimal("0.00"), True)
    gbp = rows["#1009"]
    assert (gbp.revenue, gbp.currency, gbp.campaign_revenue) == (
        Decimal("100.00"),
        "GBP",
        Decimal("117.65"),
    )
    assert gbp.exchange_rate == Decimal("1.1765")
    assert {row.attributed_at for row in rows.values()} == {RAN_AT}


def test_the_report_shows_methods_overlap_conflicts_and_what_nobody_earned(engine):
    ids = seed_campaign(engine)
    seed_orders(engine, ids)
    attribute(engine, ids)

    report = _report(engine)
    assert (report.orders_considered, report.attributed) == (10, 8)
    assert (report.by_code, report.by_link, report.by_both) == (5, 2, 1)
    assert (report.overlap, report.conflicts, report.reversed) == (2, 1, 1)
    assert (report.unattributed, report.unattributed_revenue) == (2, Decimal("45.00"))
    assert report.missing_rates == 1
    assert report.attributed_revenue == Decimal("535.95")
    by_name = {sales.influencer: sales for sales in report.influencers}
    lea, tom = by_name["Léa Martin"], by_name["Tom Weber"]
    assert (lea.orders, lea.by_code, lea.by_link, lea.by_both) == (5, 3, 1, 1)
    assert lea.revenue == Decimal("451.45")
    assert lea.new_customers == 4
    assert (tom.orders, tom.reversed, tom.revenue) == (3, 1, Decimal("84.50"))
    codes = {usage.code: usage for usage in report.codes}
    assert (codes["LEA15"].uses, codes["LEA15"].attributed_orders) == (4, 4)
    assert codes["LEA15"].revenue == Decimal("331.45")
    assert (codes["TOM10"].uses, codes["TOM10"].attributed_orders) == (2, 2)
    assert report.leaks == ()


def test_the_traffic_section_counts_conflicts_in_the_overlap_as_the_report_does(engine):
    ids = seed_campaign(engine)
    seed_orders(engine, ids)
    attribute(engine, ids)

    with engine.connect() as conn:
        campaign = queries.get_campaign_or_raise(conn, name=CAMPAIGN)
        section = traffic_section(conn, campaign=campaign, lang="en")
    # Seven orders stand (#1007 was cancelled); #1002 is Léa's by both and #1004 has Tom's code
    # on Léa's link: two of seven overlap, not only the one attributed as both.
    share = format_value(2 / 7 * 100, Kind.PERCENT, lang="en")
    assert text("overlap", "en", share=share) in section.notes


def test_running_again_replaces_the_attribution_instead_of_adding_to_it(engine):
    ids = seed_campaign(engine)
    seed_orders(engine, ids)
    attribute(engine, ids)
    first = _rows(engine)
    attribute(engine, ids)
    again = _rows(engine)

    assert {k: (r.influencer_id, r.method, r.revenue) for k, r in again.items()} == {
        k: (r.influencer_id, r.method, r.revenue) for k, r in first.items()
    }
    with engine.connect() as conn:
        oa, run = schema.attribution.order_attribution, schema.attribution.attribution_run
        assert conn.execute(sa.select(sa.func.count()).select_from(oa)).scalar_one() == 8
        assert conn.execute(sa.select(sa.func.count()).select_from(run)).scalar_one() == 2
    assert _report(engine).run_id == max(r.run_id for r in again.values())


def test_with_link_precedence_the_conflicting_order_goes_to_the_link(engine):
    ids = seed_campaign(engine)
    seed_orders(engine, ids)
    attribute(engine, ids, Settings(precedence=Precedence.LINK))

    row = _rows(engine)["#1004"]
    assert (row.influencer_id, row.method, row.overruled_influencer_id) == (
        ids["lea"],
        "link",
        ids["tom"],
    )
    assert _report(engine).precedence == "link"


def test_a_shorter_window_leaves_the_late_orders_unattributed(engine):
    ids = seed_campaign(engine)
    seed_orders(engine, ids)
    late = order(ids, 1012, dt.datetime(2026, 4, 10, 10, 0), "30.00", discount_codes="TOM10")
    with engine.begin() as conn:
        conn.execute(schema.commerce.shop_order.insert(), [late])

    attribute(engine, ids, Settings(window_days=7))
    assert "#1012" not in _rows(engine)
    attribute(engine, ids, Settings(window_days=30))
    assert _rows(engine)["#1012"].method == "code"


def test_a_burst_of_code_uses_with_no_visits_is_flagged_as_possibly_leaked(engine):
    ids = seed_campaign(engine)
    steady = [
        order(ids, 2000 + n, dt.datetime(2026, 3, 2 + n, 12, 0), "39.00", discount_codes="TOM10")
        for n in range(20)
    ]
    burst = [
        order(
            ids,
            3000 + n,
            dt.datetime(2026, 3, 18, 9, n),
            "39.00",
            discount_codes="TOM10",
            referring_site="https://www.dealabs.com/codes-promo/maison-lumiere" if n < 4 else None,
        )
        for n in range(30)
    ]
    # Tom's links are tracked: a session of his on a quiet day.
    visit = session(
        ids,
        "tom-youtube-0305",
        dt.date(2026, 3, 5),
        utm_source="youtube",
        utm_campaign="printemps-eclat",
        utm_content="tomkocht",
    )
    with engine.begin() as conn:
        conn.execute(schema.commerce.shop_order.insert(), steady + burst)
        conn.execute(schema.commerce.web_traffic.insert(), [visit])

    summary = attribute(engine, ids)
    leaks = {(leak.signal, leak.day): leak for leak in _report(engine).leaks}
    assert set(leaks) == {
        ("burst", dt.date(2026, 3, 18)),
        ("no_traffic", dt.date(2026, 3, 18)),
        ("coupon_site", None),
    }
    assert summary.leak_flags == 3
    assert leaks[("burst", dt.date(2026, 3, 18))].uses == 31
    assert leaks[("coupon_site", None)].detail.endswith("dealabs.com (4)")
    assert {leak.code for leak in leaks.values()} == {"TOM10"}


def test_an_order_is_counted_by_one_campaign_only_when_two_overlap(engine):
    ids = seed_campaign(engine)
    summer = CampaignRecord(
        "Soins Été", dt.date(2026, 3, 20), dt.date(2026, 4, 15), "EUR", time_zone="Europe/Paris"
    )
    with engine.begin() as conn:
        save_batch(conn, workspace="Maison Lumière", batch=Batch(campaigns=[summer]))
        c = schema.campaign
        summer_id = conn.execute(sa.select(c.c.id).where(c.c.name == "Soins Été")).scalar_one()
        save_codes(
            conn,
            workspace_id=ids["workspace"],
            codes=[CodeAssignment("TOMETE", summer_id, ids["tom"], None, None)],
        )
        summer_utms = {
            "utm_source": "instagram",
            "utm_campaign": "soins-ete",
            "utm_content": "lea.voyage",
        }
        conn.execute(
            schema.commerce.shop_order.insert(),
            [
                order(ids, 4001, dt.datetime(2026, 3, 25, 10, 0), "54.00", discount_codes="TOMETE"),
                # The spring code beats the summer link.
                order(
                    ids,
                    4002,
                    dt.datetime(2026, 3, 26, 10, 0),
                    "61.00",
                    discount_codes="LEA15",
                    **summer_utms,
                ),
            ],
        )
    attribute(engine, ids)
    with engine.begin() as conn:
        run_attribution(conn, campaign_id=summer_id, now=RAN_AT)

    oa, so = schema.attribution.order_attribution, schema.commerce.shop_order
    with engine.connect() as conn:
        found = conn.execute(
            sa.select(so.c.order_name, oa.c.campaign_id, oa.c.method, oa.c.overruled_influencer_id)
            .join(so, so.c.id == oa.c.order_id)
            .order_by(so.c.order_name, oa.c.campaign_id)
        ).all()
    assert [tuple(row) for row in found] == [
        ("#4001", summer_id, "code", None),
        ("#4002", ids["campaign"], "code", ids["lea"]),
    ]
    assert _report(engine).other_campaigns == 1
