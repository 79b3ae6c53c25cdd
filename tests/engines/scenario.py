"""A small campaign whose every KPI a sceptical analyst can recompute by hand.

Printemps Éclat, March 2026, Europe/Paris (UTC+1 in March):
- Léa Martin, Instagram @lea.glow: 12,000 followers on 25 Feb, 12,400 on 10 Mar.
  P1 reel, 5 Mar 18:00: on 6 Mar reach 4,000, views 6,000, likes 300, comments 20, shares 10,
  saves 30; on 12 Mar reach 5,000, views 8,000, likes 400, comments 25, shares 15, saves 40.
  P2 story, 12 Mar 10:00: reach 1,500, views 1,800, no interaction counter.
- Hugo Bernard, TikTok @hugo.skin: 85,000 followers on 1 Mar.
  P3 video, 8 Mar 20:00: views 40,000 (measured; the 42,000 he typed in for the same moment
  loses), likes 2,500, comments 120, shares 80, saves 300. TikTok gives no reach.
- Chloé Dubois, YouTube @chloebeaute: first measured on 25 Mar, 250,000 subscribers.
  P4 video, 20 Mar 17:00: impressions 90,000, views 30,000, likes 1,200, comments 150.
Costs: Léa fee 800 + product 60; Hugo fee 1,500 (paid 2,250 USD on 2 Mar, when 1 EUR was 1.5
USD); Chloé fee 3,000; agency 500 campaign-wide.

Eté Solaire, July 2026: one Instagram post with 0 impressions and a cost of 100.

For the other families:
- Key messages "Éclat en 7 jours" and "Sans parfum". Casting: Léa and Hugo activated (2 posts
  contracted and 1 product sent each), Chloé interested (1 post), Inès Robert contacted, Tom
  Leroy declined.
- P1 (Léa, FR) sponsored, caption with "#publicité"; P3 (Hugo, FR) sponsored with "#sponsored"
  only, not accepted in France; P4 (Chloé, BE) sponsored with "Collaboration commerciale".
- More follower snapshots: Léa 11,000 on 20 Jan and 12,900 on 31 Mar; Hugo 80,000 on 20 Jan
  and 88,000 on 30 Mar.
- The brand, Maison Test, Instagram @maisontest: 50,000 on 1 Jan, 51,000 on 28 Feb, 54,000 on
  31 Mar, and one post of its own in the campaign (never influencer content).
- Été Solaire's counters were typed in by the influencer (self-reported).
- Campaign hashtags #EclatDePrintemps and #MaisonTest. Nina Roux, outside the casting, posts
  U1 on 15 Mar with #eclatdeprintemps (UGC) and U2 in April (after the campaign); Léa posts L2
  with the hashtag on 20 Mar outside the campaign (she takes part: not UGC).
- Social listening: Maison Test mentioned 3 times in March (100, 200 and unknown engagements),
  Maison Rivale twice (300, 400), and once in April.
- Exchange rates: 1 EUR = 1.25 USD from 31 Dec 2025, 1.08 USD from 27 Feb 2026, 1.5 from 2 Mar
  (after the start: rate cards use 1.08, Hugo's fee of 2 Mar 1.5).
"""

import datetime as dt
from decimal import Decimal

from influscope.store.records import (
    AccountRecord,
    Batch,
    CampaignRecord,
    CostRecord,
    ExchangeRateRecord,
    FollowerRecord,
    IndicatorRecord,
    InfluencerRecord,
    MentionRecord,
    MetricRecord,
    PostRecord,
    RosterRecord,
)
from influscope.vocabulary import (
    CostKind,
    Format,
    Metric,
    Objective,
    Platform,
    Provenance,
    RosterStatus,
)

IG, TT, YT = Platform.INSTAGRAM, Platform.TIKTOK, Platform.YOUTUBE
MEASURED, TYPED = Provenance.MEASURED, Provenance.SELF_REPORTED


def snapshots(platform, post_key, captured_at, provenance=MEASURED, **values) -> list:
    return [
        MetricRecord(
            platform=platform,
            post_key=post_key,
            captured_at=captured_at,
            metric=Metric(name),
            value=value,
            source="api" if provenance is MEASURED else "workbook",
            provenance=provenance,
        )
        for name, value in values.items()
    ]


def scenario_batch() -> Batch:
    march = CampaignRecord(
        key_messages=("Éclat en 7 jours", "Sans parfum"),
        hashtags=("#EclatDePrintemps", "MaisonTest"),
        name="Printemps Éclat",
        start_date=dt.date(2026, 3, 1),
        end_date=dt.date(2026, 3, 31),
        currency="EUR",
        objectives=(Objective.PRODUCT_PROMOTION, Objective.AWARENESS),
        budget=Decimal("6000"),
        time_zone="Europe/Paris",
    )
    july = CampaignRecord(
        name="Été Solaire",
        start_date=dt.date(2026, 7, 1),
        end_date=dt.date(2026, 7, 31),
        currency="EUR",
        time_zone="Europe/Paris",
    )
    d = dt.datetime
    return Batch(
        campaigns=[march, july],
        influencers=[
            InfluencerRecord(name="Léa Martin", country="FR", language="fr"),
            InfluencerRecord(name="Hugo Bernard", country="FR", language="fr"),
            InfluencerRecord(name="Chloé Dubois", country="BE", language="fr"),
            InfluencerRecord(name="Inès Robert", country="FR", language="fr"),
            InfluencerRecord(name="Tom Leroy", country="FR", language="fr"),
            InfluencerRecord(name="Maison Test", country="FR", is_brand=True),
            InfluencerRecord(name="Nina Roux", country="FR", language="fr"),
        ],
        accounts=[
            AccountRecord(influencer="Léa Martin", platform=IG, handle="@lea.glow"),
            AccountRecord(influencer="Hugo Bernard", platform=TT, handle="hugo.skin"),
            AccountRecord(influencer="Chloé Dubois", platform=YT, handle="chloebeaute"),
            AccountRecord(influencer="Maison Test", platform=IG, handle="maisontest"),
            AccountRecord(influencer="Nina Roux", platform=IG, handle="nina.roux"),
        ],
        followers=[
            FollowerRecord(IG, "lea.glow", d(2026, 2, 25), 12_000, "api", MEASURED),
            FollowerRecord(IG, "lea.glow", d(2026, 3, 10), 12_400, "api", MEASURED),
            FollowerRecord(TT, "hugo.skin", d(2026, 3, 1), 85_000, "api", MEASURED),
            FollowerRecord(YT, "chloebeaute", d(2026, 3, 25), 250_000, "api", MEASURED),
            FollowerRecord(IG, "lea.glow", d(2026, 1, 20), 11_000, "api", MEASURED),
            FollowerRecord(IG, "lea.glow", d(2026, 3, 31), 12_900, "api", MEASURED),
            FollowerRecord(TT, "hugo.skin", d(2026, 1, 20), 80_000, "api", MEASURED),
            FollowerRecord(TT, "hugo.skin", d(2026, 3, 30), 88_000, "api", MEASURED),
            FollowerRecord(IG, "maisontest", d(2026, 1, 1), 50_000, "api", MEASURED),
            FollowerRecord(IG, "maisontest", d(2026, 2, 28), 51_000, "api", MEASURED),
            FollowerRecord(IG, "maisontest", d(2026, 3, 31), 54_000, "api", MEASURED),
        ],
        posts=[
            PostRecord(
                IG,
                "lea.glow",
                "P1",
                Format.REEL,
                d(2026, 3, 5, 18),
                "Printemps Éclat",
                caption="Ma routine éclat en 7 jours ✨ #publicité @maisontest",
                sponsored=True,
            ),
            PostRecord(IG, "lea.glow", "P2", Format.STORY, d(2026, 3, 12, 10), "Printemps Éclat"),
            PostRecord(
                TT,
                "hugo.skin",
                "P3",
                Format.VIDEO,
                d(2026, 3, 8, 20),
                "Printemps Éclat",
                caption="Test du sérum Printemps Éclat #sponsored",
                sponsored=True,
            ),
            PostRecord(
                YT,
                "chloebeaute",
                "P4",
                Format.VIDEO,
                d(2026, 3, 20, 17),
                "Printemps Éclat",
                caption="Collaboration commerciale avec Maison Test : le sérum sans parfum",
                sponsored=True,
            ),
            PostRecord(IG, "maisontest", "B1", Format.POST, d(2026, 3, 2, 9), "Printemps Éclat"),
            PostRecord(
                IG,
                "nina.roux",
                "U1",
                Format.POST,
                d(2026, 3, 15, 12),
                hashtags=("#EclatDePrintemps",),
            ),
            PostRecord(
                IG,
                "nina.roux",
                "U2",
                Format.POST,
                d(2026, 4, 15, 12),
                hashtags=("#EclatDePrintemps",),
            ),
            PostRecord(
                IG,
                "lea.glow",
                "L2",
                Format.POST,
                d(2026, 3, 20, 12),
                hashtags=("eclatdeprintemps",),
            ),
            PostRecord(IG, "lea.glow", "S1", Format.POST, d(2026, 7, 10, 12), "Été Solaire"),
        ],
        metrics=[
            *snapshots(
                IG,
                "P1",
                d(2026, 3, 6),
                reach=4000,
                views=6000,
                likes=300,
                comments=20,
                shares=10,
                saves=30,
            ),
            *snapshots(
                IG,
                "P1",
                d(2026, 3, 12),
                reach=5000,
                views=8000,
                likes=400,
                comments=25,
                shares=15,
                saves=40,
            ),
            *snapshots(IG, "P2", d(2026, 3, 13), reach=1500, views=1800),
            *snapshots(
                TT,
                "P3",
                d(2026, 3, 9),
                views=40_000,
                likes=2500,
                comments=120,
                shares=80,
                saves=300,
            ),
            *snapshots(TT, "P3", d(2026, 3, 9), TYPED, views=42_000),
            *snapshots(
                YT, "P4", d(2026, 3, 27), impressions=90_000, views=30_000, likes=1200, comments=150
            ),
            *snapshots(IG, "S1", d(2026, 7, 12), TYPED, impressions=0, likes=0),
            *snapshots(IG, "B1", d(2026, 3, 3), reach=20_000, likes=900),
        ],
        roster=[
            RosterRecord("Printemps Éclat", "Léa Martin", RosterStatus.ACTIVATED, 2, 1),
            RosterRecord("Printemps Éclat", "Hugo Bernard", RosterStatus.ACTIVATED, 2, 1),
            RosterRecord("Printemps Éclat", "Chloé Dubois", RosterStatus.INTERESTED, 1, 0),
            RosterRecord("Printemps Éclat", "Inès Robert", RosterStatus.CONTACTED),
            RosterRecord("Printemps Éclat", "Tom Leroy", RosterStatus.DECLINED),
        ],
        mentions=[
            MentionRecord("Maison Test", True, IG, "m1", dt.date(2026, 3, 3), 100),
            MentionRecord("Maison Test", True, TT, "m2", dt.date(2026, 3, 9), 200),
            MentionRecord("Maison Test", True, IG, "m3", dt.date(2026, 3, 21)),
            MentionRecord("Maison Rivale", False, IG, "r1", dt.date(2026, 3, 4), 300),
            MentionRecord("Maison Rivale", False, YT, "r2", dt.date(2026, 3, 30), 400),
            MentionRecord("Maison Rivale", False, IG, "r3", dt.date(2026, 4, 2), 900),
        ],
        indicators=[
            IndicatorRecord(
                "Printemps Éclat",
                "brand_awareness_uplift",
                dt.date(2026, 4, 10),
                3.5,
                "Brand-lift survey, Institut Test, n=800",
            )
        ],
        exchange_rates=[
            ExchangeRateRecord("EUR", "USD", dt.date(2025, 12, 31), 1.25, "Test rate"),
            ExchangeRateRecord("EUR", "USD", dt.date(2026, 2, 27), 1.08, "Test rate"),
            ExchangeRateRecord("EUR", "USD", dt.date(2026, 3, 2), 1.5, "Test rate"),
        ],
        costs=[
            CostRecord(
                "Printemps Éclat",
                CostKind.FEE,
                Decimal("800"),
                "EUR",
                dt.date(2026, 3, 1),
                "Léa Martin",
            ),
            CostRecord(
                "Printemps Éclat",
                CostKind.PRODUCT,
                Decimal("60"),
                "EUR",
                dt.date(2026, 3, 1),
                "Léa Martin",
            ),
            CostRecord(
                "Printemps Éclat",
                CostKind.FEE,
                Decimal("2250"),
                "USD",
                dt.date(2026, 3, 2),
                "Hugo Bernard",
            ),
            CostRecord(
                "Printemps Éclat",
                CostKind.FEE,
                Decimal("3000"),
                "EUR",
                dt.date(2026, 3, 15),
                "Chloé Dubois",
            ),
            CostRecord(
                "Printemps Éclat", CostKind.AGENCY, Decimal("500"), "EUR", dt.date(2026, 3, 31)
            ),
            CostRecord(
                "Été Solaire",
                CostKind.FEE,
                Decimal("100"),
                "EUR",
                dt.date(2026, 7, 1),
                "Léa Martin",
            ),
        ],
    )


def save_traffic(conn) -> None:
    """What Printemps Éclat's posts brought, written as tracking, the GA4 import and attribution
    write it; every figure below is summed by hand in `test_traffic_kpis.py`:

    - Léa's Instagram link: 6 human clicks (visitor A three times within the hour, B once, C twice
      two hours apart: 4 unique) and 2 bot hits; Hugo's TikTok link: 3 human clicks, all unique,
      and 1 bot hit.
    - GA4 sessions matched to Léa: 8 (5 new users, 6 engaged, 960 s, 24 pages, 2 key events);
      to Hugo: 2 (2 new, none engaged, 20 s, 2 pages); 50 sessions matched to nobody.
    - Orders: O1 150 EUR with 30 refunded, Léa's code, a new customer; O2 216 USD by Hugo's
      link, 200 EUR at the day's rate; O3 80 EUR by Léa's code, cancelled; O4 60 EUR attributed
      to nobody.
    """
    import sqlalchemy as sa

    from influscope.store import schema

    def one_id(table, **where):
        query = sa.select(table.c.id).where(*(table.c[k] == v for k, v in where.items()))
        return conn.execute(query).scalar_one()

    def insert(table, rows: list[dict]) -> None:
        conn.execute(table.insert(), rows)

    d = dt.datetime
    workspace = one_id(schema.workspace, name="Maison Test")
    campaign = one_id(schema.campaign, name="Printemps Éclat")
    lea = one_id(schema.influencer, name="Léa Martin")
    hugo = one_id(schema.influencer, name="Hugo Bernard")
    tracking, commerce, attribution = schema.tracking, schema.commerce, schema.attribution
    links = {"LEA1": (lea, "instagram"), "HUGO1": (hugo, "tiktok")}
    insert(
        tracking.link,
        [
            dict(
                workspace_id=workspace,
                campaign_id=campaign,
                influencer_id=influencer,
                platform=platform,
                code=code,
                destination="https://maisontest.fr/serum",
                tracked_url=f"https://maisontest.fr/serum?utm_source={platform}",
                created_at=d(2026, 3, 1),
            )
            for code, (influencer, platform) in links.items()
        ],
    )
    link_ids = {code: one_id(tracking.link, code=code) for code in links}
    clicks = [
        ("LEA1", "A", d(2026, 3, 5, 19, 0), False, True),
        ("LEA1", "A", d(2026, 3, 5, 19, 10), False, False),
        ("LEA1", "A", d(2026, 3, 5, 19, 40), False, False),
        ("LEA1", "B", d(2026, 3, 5, 20, 0), False, True),
        ("LEA1", "C", d(2026, 3, 6, 9, 0), False, True),
        ("LEA1", "C", d(2026, 3, 6, 11, 0), False, True),
        ("LEA1", "bot1", d(2026, 3, 5, 18, 1), True, False),
        ("LEA1", "bot2", d(2026, 3, 5, 18, 2), True, False),
        ("HUGO1", "D", d(2026, 3, 8, 21, 0), False, True),
        ("HUGO1", "E", d(2026, 3, 8, 21, 5), False, True),
        ("HUGO1", "F", d(2026, 3, 9, 8, 0), False, True),
        ("HUGO1", "bot3", d(2026, 3, 8, 20, 1), True, False),
    ]
    insert(
        tracking.click,
        [
            dict(
                link_id=link_ids[code],
                click_key=f"k{number}",
                clicked_at=at,
                visitor_key=visitor,
                is_bot=bot,
                bot_reason="user_agent" if bot else None,
                rules_version=1,
                ua_family="facebookexternalhit" if bot else "Mobile Safari",
                device="bot" if bot else "mobile",
                is_unique=unique,
            )
            for number, (code, visitor, at, bot, unique) in enumerate(clicks)
        ],
    )
    traffic = [
        ("s1", campaign, lea, "instagram", (8, 5, 6, 960, 24, 2)),
        ("s2", campaign, hugo, "tiktok", (2, 2, 0, 20, 2, 0)),
        ("s3", None, None, "google", (50, 40, 30, 3000, 120, 9)),
    ]
    insert(
        commerce.web_traffic,
        [
            dict(
                workspace_id=workspace,
                source="ga4_bigquery",
                row_key=key,
                day=dt.date(2026, 3, 6),
                utm_source=source,
                campaign_id=campaign_id,
                influencer_id=influencer,
                sessions=sessions,
                new_users=new,
                engaged_sessions=engaged,
                duration_seconds=seconds,
                page_views=pages,
                key_events=events,
                purchases=0,
            )
            for key, campaign_id, influencer, source, counts in traffic
            for sessions, new, engaged, seconds, pages, events in [counts]
        ],
    )
    orders = {
        "O1": ("EUR", "150", "30", False, True, d(2026, 3, 6, 10)),
        "O2": ("USD", "216", "0", False, False, d(2026, 3, 9, 12)),
        "O3": ("EUR", "80", "0", True, False, d(2026, 3, 10, 12)),
        "O4": ("EUR", "60", "0", False, True, d(2026, 3, 11, 12)),
    }
    insert(
        commerce.shop_order,
        [
            dict(
                workspace_id=workspace,
                platform="shopify",
                order_key=key,
                order_name=f"#{key}",
                created_at=at,
                currency=currency,
                subtotal=Decimal(total),
                discount_total=Decimal(0),
                total=Decimal(total),
                refunded=Decimal(refunded),
                cancelled=cancelled,
                financial_status="voided" if cancelled else "paid",
                new_customer=new,
                discount_codes="",
            )
            for key, (currency, total, refunded, cancelled, new, at) in orders.items()
        ],
    )
    zero = dict.fromkeys(
        ("by_code", "by_link", "by_both", "conflicts", "reversed", "other_campaigns"), 0
    )
    insert(
        attribution.attribution_run,
        [
            dict(
                workspace_id=workspace,
                campaign_id=campaign,
                ran_at=d(2026, 4, 1),
                window_days=30,
                precedence="code",
                orders_considered=4,
                unattributed=1,
                currency="EUR",
                missing_rates=0,
                leak_flags=0,
                **zero,
            )
        ],
    )
    run = one_id(attribution.attribution_run, campaign_id=campaign)
    attributed = [
        ("O1", lea, "code", None, "120", "120", False),
        ("O2", hugo, "link", "tiktok", "216", "200", False),
        ("O3", lea, "code", None, "0", "0", True),
    ]
    insert(
        attribution.order_attribution,
        [
            dict(
                run_id=run,
                order_id=one_id(commerce.shop_order, order_key=key),
                campaign_id=campaign,
                influencer_id=influencer,
                method=method,
                platform=platform,
                ordered_at=orders[key][-1],
                ordered_on=orders[key][-1].date(),
                revenue=Decimal(revenue),
                currency=orders[key][0],
                campaign_revenue=Decimal(in_euros),
                campaign_currency="EUR",
                new_customer=orders[key][4],
                attributed_at=d(2026, 4, 1),
                reversed=reversed_,
            )
            for key, influencer, method, platform, revenue, in_euros, reversed_ in attributed
        ],
    )


def save_account_audits(conn) -> None:
    """The audits `influscope discover save-audits` would have stored: Léa's Instagram with a
    follower spike sized at 25 % of her audience, Chloé's YouTube audited clean, Hugo's TikTok
    never audited. EMV, authentic audience: Léa's €114.50 × 0.75 = €85.875, Hugo's and
    Chloé's in full."""
    import sqlalchemy as sa

    from influscope.store import schema

    account = schema.account
    audits = {("instagram", "lea.glow"): 0.25, ("youtube", "chloebeaute"): 0.0}
    for (platform, handle), share in audits.items():
        query = sa.select(account.c.id).where(
            account.c.platform == platform, account.c.handle == handle
        )
        conn.execute(
            schema.discovery.account_audit.insert(),
            dict(
                account_id=conn.execute(query).scalar_one(),
                inauthentic_share=share,
                signals='["follower_spike"]' if share else "[]",
                audited_at=dt.datetime(2026, 3, 30, 9),
            ),
        )
