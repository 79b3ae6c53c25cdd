"""What the demo's spring launch and summer sales sold: tracking links and their clicks, the
creators' promo codes, the shop's orders, GA4's daily sessions, and the attribution of orders.

Everything goes through the write paths real data takes: links and codes through `track`, clicks
through the drainer's `store_clicks` (bot rules and unique clicks included), orders as Shopify
order JSON through the Shopify reader, sessions as a GA4 Data API report through the GA4 reader,
then `run_attribution`. Run after `save_demo`; saving again changes nothing.

The figures are set to look like a French cosmetics brand's: the sales campaign pays back two to
three times its cost, mostly through the creators' codes (the code gives 10 % more off); the
launch, an awareness campaign with links but no codes, pays back well under its cost. About 3 to
4 % of the sessions the links bring end in an order; a quarter of visitors refuse GA4's consent
banner, so GA4 sees fewer purchases than the shop.
"""

import datetime as dt
import random
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from urllib.parse import parse_qsl, urlsplit

import sqlalchemy as sa

from influscope.demo import deals
from influscope.demo.cast import BY_NAME
from influscope.demo.plans import LAUNCH, SALES, Plan
from influscope.demo.visits import (
    PARIS,
    DaySessions,
    Exposure,
    LinkTraffic,
    link_traffic,
    local_day,
    sessions_by_day,
)
from influscope.ingest.ga4_report import rows_from_pages
from influscope.ingest.shopify_orders import read_shopify_orders
from influscope.store import schema
from influscope.store.commerce_writes import save_orders, save_web_traffic
from influscope.store.writes import SaveSummary, get_or_create_workspace
from influscope.track.attribution_run import RunSummary, run_attribution
from influscope.track.bot_rules import built_in_rules
from influscope.track.codes import CodeAssignment, save_codes
from influscope.track.drain import BATCH_SIZE, store_clicks
from influscope.track.links import Link, LinkRequest, create_links
from influscope.vocabulary import Format, Platform

SHOP = "https://www.maison-lumiere.example"
CENT = Decimal("0.01")
FREE_DELIVERY = Decimal("39.00")
DELIVERY = Decimal("4.90")
CODE_DISCOUNT = Decimal("0.10")
WELCOME_CODE = "BIENVENUE10"
LEAK_SITE = "https://www.dealabs.com/bons-plans/maison-lumiere-soldes-code-promo"
_ATTRIBUTION_WINDOW = dt.timedelta(days=30)


@dataclass(frozen=True)
class Funnel:
    """How one campaign's audience went from a post to an order."""

    plan: Plan
    path: str  # the page the links open
    rates: dict[Format, float]  # share of a post's audience that taps the link
    order_rate: float  # orders per visitor who came by a link
    code_share: float  # of those, the share who also typed the creator's code
    code_orders: float  # orders by code alone, per order that came by a link
    basket: float  # median basket before discounts, EUR
    comes_back: float  # chance a visitor returns on another day (GA4 counts the session)
    engaged: float  # GA4 engaged sessions
    baseline: float  # the shop's other orders per day, over the campaign's attribution span


FUNNELS = (
    Funnel(
        LAUNCH,
        "/products/serum-eclat",
        {
            Format.STORY: 0.014,
            Format.REEL: 0.009,
            Format.CAROUSEL: 0.008,
            Format.POST: 0.008,
            Format.VIDEO: 0.009,
            Format.SHORT: 0.004,
            Format.TWEET: 0.006,
        },
        order_rate=0.036,
        code_share=0,
        code_orders=0,
        basket=68,
        comes_back=0.35,
        engaged=0.58,
        baseline=12,
    ),
    Funnel(
        SALES,
        "/collections/soldes-ete",
        {
            Format.STORY: 0.022,
            Format.REEL: 0.030,
            Format.CAROUSEL: 0.030,
            Format.POST: 0.030,
            Format.VIDEO: 0.035,
            Format.SHORT: 0.020,
            Format.TWEET: 0.012,
        },
        order_rate=0.036,
        code_share=0.6,
        code_orders=0.8,
        basket=70,
        comes_back=0.55,
        engaged=0.64,
        baseline=15,
    ),
)


@dataclass(frozen=True)
class DemoSales:
    """Rows written, by table and outcome; and the attribution runs, by campaign (none when the
    save changed nothing, so the stored attribution still holds)."""

    saved: SaveSummary
    attribution: dict[str, RunSummary] = field(default_factory=dict)


@dataclass
class _Order:
    """An order before it has a Shopify id: when, what, and what led to it."""

    at: dt.datetime  # UTC, naive
    basket: Decimal
    code: str | None = None
    landing: str = "/"
    referrer: str | None = None


def _audiences(conn: sa.Connection, campaign_id: int) -> dict[tuple[str, str], list[Exposure]]:
    """The campaign's posts by (platform, handle), each with its final reach, else views, else
    impressions."""
    p, a, m = schema.post, schema.account, schema.metric_snapshot
    peak = sa.func.max(m.c.value)
    rows = conn.execute(
        sa.select(
            a.c.platform,
            a.c.handle,
            p.c.format,
            p.c.published_at,
            peak.filter(m.c.metric == "reach").label("reach"),
            peak.filter(m.c.metric == "views").label("views"),
            peak.filter(m.c.metric == "impressions").label("impressions"),
        )
        .select_from(p.join(a, a.c.id == p.c.account_id).outerjoin(m, m.c.post_id == p.c.id))
        .where(p.c.campaign_id == campaign_id)
        .group_by(p.c.id, a.c.platform, a.c.handle, p.c.format, p.c.published_at)
        .order_by(p.c.published_at, p.c.id)
    )
    posts: dict[tuple[str, str], list[Exposure]] = defaultdict(list)
    for row in rows:
        audience = row.reach or row.views or row.impressions or 0
        posts[row.platform, row.handle].append(
            Exposure(row.published_at, Format(row.format), float(audience))
        )
    return posts


def _ids(conn: sa.Connection, workspace_id: int) -> tuple[dict[str, int], dict[str, int]]:
    c, i = schema.campaign, schema.influencer
    campaigns = conn.execute(sa.select(c.c.name, c.c.id).where(c.c.workspace_id == workspace_id))
    by_name = dict(campaigns.all())
    people = conn.execute(sa.select(i.c.name, i.c.id).where(i.c.workspace_id == workspace_id))
    return by_name, dict(people.all())


def _landing(link: Link) -> str:
    """The landing page Shopify records: the tracked URL's path and query."""
    parts = urlsplit(link.tracked_url)
    return f"{parts.path}?{parts.query}"


def _money(value: float) -> Decimal:
    return Decimal(str(round(value, 1))).quantize(CENT)


class _Campaign:
    """One funnel's links, codes, traffic and orders, built from the stored posts."""

    def __init__(self, funnel: Funnel, seed: int, campaign_id: int) -> None:
        self.funnel = funnel
        self.seed = seed
        self.campaign_id = campaign_id
        self.rng = random.Random(f"{seed}/sales/{funnel.plan.record.name}")
        self.traffic: list[tuple[Link, int, LinkTraffic]] = []
        self.codes: dict[int, str] = {}  # influencer id -> code
        self.orders: list[_Order] = []
        self.sessions: dict[tuple[Link, dt.date], DaySessions] = {}

    def links(
        self, conn: sa.Connection, *, workspace_id: int, people: dict[str, int]
    ) -> list[Link]:
        """One link per creator and platform of the campaign, and what each link recorded."""
        plan = self.funnel.plan
        record = plan.record
        requests, handles = [], []
        for booking in plan.cast:
            creator = BY_NAME[booking.creator]
            for channel in booking.channels(creator):
                handles.append((channel.platform, channel.handle))
                requests.append(
                    LinkRequest(
                        workspace_id=workspace_id,
                        campaign_id=self.campaign_id,
                        influencer_id=people[creator.name],
                        platform=channel.platform.value,
                        destination=SHOP + self.funnel.path,
                    )
                )
                if plan.sales:
                    self.codes[people[creator.name]] = deals.promo_code(creator)
        links = create_links(conn, requests, now=_created(self))
        audiences = _audiences(conn, self.campaign_id)
        for link, request, (platform, handle) in zip(links, requests, handles, strict=True):
            traffic = link_traffic(
                link_id=link.id,
                name=f"{self.seed}/{record.name}/{platform}/{handle}",
                platform=Platform(platform),
                posts=audiences.get((platform.value, handle), []),
                rates=self.funnel.rates,
                rng=self.rng,
            )
            self.traffic.append((link, request.influencer_id, traffic))
        return links

    def visits(self) -> None:
        """GA4's sessions, and the orders of the people the links brought."""
        funnel, rng = self.funnel, self.rng
        for link, influencer_id, traffic in self.traffic:
            days = sessions_by_day(
                traffic.visitors,
                consent=0.75,
                engaged=funnel.engaged,
                comes_back=funnel.comes_back,
                rng=rng,
            )
            self.sessions.update({(link, day): counts for day, counts in days.items()})
            code = self.codes.get(influencer_id)
            for visitor in traffic.visitors:
                if rng.random() >= funnel.order_rate:
                    continue
                at = visitor.clicks[0] + dt.timedelta(minutes=rng.lognormvariate(2.5, 0.8))
                order = _Order(at, self._basket(), landing=_landing(link))
                if code and rng.random() < funnel.code_share:
                    order.code = code
                self.orders.append(order)
                if rng.random() < 0.75:  # GA4 saw the purchase only with consent
                    seen = self.sessions.setdefault((link, local_day(at)), DaySessions())
                    seen.sessions = max(seen.sessions, 1)
                    seen.purchases += 1
                    seen.key_events += 1
                    seen.revenue += float(_total(order))
            # Watched the post, typed the code at the checkout without the link.
            humans = [v.clicks[0] for v in traffic.visitors]
            if code and humans:
                count = round(len(humans) * funnel.order_rate * funnel.code_orders)
                for _ in range(count):
                    at = rng.choice(humans) + dt.timedelta(hours=rng.uniform(0.2, 48))
                    referrer = rng.choice((None, None, "https://www.google.com/"))
                    self.orders.append(_Order(at, self._basket(), code, "/", referrer))

    def leak(self) -> None:
        """One creator's code ends up on a deals site a week in: orders from strangers follow."""
        if not self.codes:
            return
        rng, record = self.rng, self.funnel.plan.record
        code = self.codes[rng.choice(sorted(self.codes))]
        for day in range(8, (record.end_date - record.start_date).days + 1):
            for _ in range(rng.randint(2, 7)):
                moment = dt.datetime.combine(
                    record.start_date + dt.timedelta(days=day),
                    dt.time(rng.randint(7, 23), rng.randint(0, 59)),
                    PARIS,
                )
                at = moment.astimezone(dt.UTC).replace(tzinfo=None)
                self.orders.append(_Order(at, self._basket(), code, "/", LEAK_SITE))

    def baseline(self) -> None:
        """The shop's other orders over the span attribution reads: direct, search, newsletter."""
        rng, record = self.rng, self.funnel.plan.record
        day, last = record.start_date, record.end_date + _ATTRIBUTION_WINDOW
        while day <= last:
            for _ in range(round(rng.gauss(self.funnel.baseline, 4))):
                moment = dt.datetime.combine(
                    day, dt.time(rng.randint(0, 23), rng.randint(0, 59)), PARIS
                )
                order = _Order(moment.astimezone(dt.UTC).replace(tzinfo=None), self._basket())
                draw = rng.random()
                if draw < 0.15:
                    order.landing = "/?utm_source=newsletter&utm_medium=email&utm_campaign=hebdo"
                elif draw < 0.3:
                    order.landing = "/?utm_source=google&utm_medium=cpc&utm_campaign=marque"
                    order.referrer = "https://www.google.com/"
                elif draw < 0.4:
                    order.code = WELCOME_CODE
                self.orders.append(order)
            day += dt.timedelta(days=1)

    def _basket(self) -> Decimal:
        return _money(min(max(self.rng.lognormvariate(0, 0.35) * self.funnel.basket, 19), 240))


def _amounts(order: _Order) -> tuple[Decimal, Decimal, Decimal]:
    """Discount, delivery and total of an order: a code takes 10 % off, delivery is free from
    39 EUR."""
    discount = (order.basket * CODE_DISCOUNT).quantize(CENT) if order.code else Decimal(0)
    delivery = DELIVERY if order.basket - discount < FREE_DELIVERY else Decimal(0)
    return discount, delivery, order.basket - discount + delivery


def _total(order: _Order) -> Decimal:
    return _amounts(order)[2]


def _moment(at: dt.datetime) -> str:
    """Shopify's time: local, with its offset."""
    return at.replace(tzinfo=dt.UTC).astimezone(PARIS).isoformat(timespec="seconds")


def shopify_orders(orders: list[_Order], rng: random.Random) -> list[dict]:
    """The orders as Shopify's Admin API gives them, in time order: ids and names that grow,
    customers who come back, a few refunds and cancellations."""
    payloads, order_id, bought = [], 6_120_473_000_000, {}
    for number, order in enumerate(sorted(orders, key=lambda o: (o.at, o.basket)), start=18_402):
        order_id += rng.randint(20_000, 900_000)
        draw = rng.random()
        if draw < 0.4:  # a customer from before 2026
            email, count = f"cliente{rng.randrange(1, 40_000)}@example.com", rng.randint(2, 9)
        elif draw < 0.46 and bought:  # came back after a first order this year
            email = rng.choice(sorted(bought))
            count = bought[email] + 1
        else:
            email, count = f"nouvelle{number}@example.com", 1
        bought[email] = count
        discount, delivery, total = _amounts(order)
        payload = {
            "id": order_id,
            "name": f"#{number}",
            "email": email,
            "created_at": _moment(order.at),
            "updated_at": _moment(order.at + dt.timedelta(minutes=2)),
            "currency": "EUR",
            "subtotal_price": str(order.basket - discount),
            "total_discounts": str(discount),
            "total_price": str(total),
            "financial_status": "paid",
            "customer": {"orders_count": count},
            "discount_codes": (
                [{"code": order.code, "amount": str(discount), "type": "percentage"}]
                if order.code
                else []
            ),
            "landing_site": order.landing,
            "referring_site": order.referrer,
            "shipping_lines": [{"title": "Colissimo", "price": str(delivery)}],
        }
        draw = rng.random()
        if draw < 0.008:
            payload |= {"financial_status": "voided", "cancelled_at": payload["updated_at"]}
        elif draw < 0.05:
            full = draw < 0.025
            amount = total if full else (total * Decimal(rng.uniform(0.3, 0.6))).quantize(CENT)
            refunded_at = _moment(order.at + dt.timedelta(days=rng.randint(5, 20)))
            payload |= {
                "financial_status": "refunded" if full else "partially_refunded",
                "updated_at": refunded_at,
                "refunds": [
                    {
                        "created_at": refunded_at,
                        "transactions": [
                            {"kind": "refund", "status": "success", "amount": str(amount)}
                        ],
                    }
                ],
            }
        payloads.append(payload)
    return payloads


_DIMENSIONS = (
    "date",
    "sessionSource",
    "sessionMedium",
    "sessionCampaignName",
    "sessionManualAdContent",
    "sessionCampaignId",
    "landingPage",
)
_METRICS = (
    ("sessions", "TYPE_INTEGER"),
    ("newUsers", "TYPE_INTEGER"),
    ("engagedSessions", "TYPE_INTEGER"),
    ("screenPageViews", "TYPE_INTEGER"),
    ("keyEvents", "TYPE_INTEGER"),
    ("ecommercePurchases", "TYPE_INTEGER"),
    ("userEngagementDuration", "TYPE_SECONDS"),
    ("purchaseRevenue", "TYPE_CURRENCY"),
)
# The site's other daily traffic GA4 reports beside the campaigns: (source, medium, sessions).
_OTHER_SOURCES = (
    ("(direct)", "(none)", 820),
    ("google", "organic", 1150),
    ("google", "cpc", 380),
    ("newsletter", "email", 210),
)


def ga4_report(campaigns: list["_Campaign"], rng: random.Random) -> dict:
    """A Data API `runReport` response: the campaigns' sessions by day and UTMs, and the rest
    of the site's traffic over the same days."""
    rows, days = [], set()

    def row(day: dt.date, dims: tuple[str, ...], counts: DaySessions) -> None:
        metrics = (
            counts.sessions,
            counts.new_users,
            counts.engaged,
            counts.page_views,
            counts.key_events,
            counts.purchases,
            round(counts.seconds),
            f"{counts.revenue:.2f}",
        )
        values = (f"{day:%Y%m%d}", *dims)
        rows.append(
            {
                "dimensionValues": [{"value": v} for v in values],
                "metricValues": [{"value": str(v)} for v in metrics],
            }
        )

    for campaign in campaigns:
        for (link, day), counts in sorted(
            campaign.sessions.items(), key=lambda item: (item[0][1], item[0][0].id)
        ):
            url = urlsplit(link.tracked_url)
            utms = dict(parse_qsl(url.query))
            parts = ("source", "medium", "campaign", "content", "id")
            dims = tuple(utms[f"utm_{part}"] for part in parts)
            row(day, (*dims, url.path), counts)
            days.add(day)
    for day in sorted(days):
        for source, medium, sessions in _OTHER_SOURCES:
            n = round(sessions * rng.uniform(0.8, 1.2))
            engaged = round(n * rng.uniform(0.5, 0.65))
            counts = DaySessions(
                n, round(n * 0.35), engaged, round(n * 2.6), round(n * 0.02), round(n * 0.015)
            )
            counts.seconds = engaged * rng.uniform(90, 130)
            counts.revenue = counts.purchases * rng.uniform(55, 70)
            row(day, (source, medium, "(not set)", "(not set)", "(not set)", "/"), counts)
    return {
        "dimensionHeaders": [{"name": name} for name in _DIMENSIONS],
        "metricHeaders": [{"name": name, "type": kind} for name, kind in _METRICS],
        "rows": rows,
        "rowCount": len(rows),
        "metadata": {"currencyCode": "EUR", "timeZone": "Europe/Paris"},
    }


def _count(summary: SaveSummary, table: str, links_or_codes: list) -> None:
    for item in links_or_codes:
        summary.add(table, "inserted" if item.created else "unchanged")


def save_demo_sales(engine: sa.Engine, *, seed: int = 2026) -> DemoSales:
    """Write the launch's and the sales' tracking, orders and sessions, then attribute the
    orders; in one transaction. Run after `save_demo`; saving again changes nothing."""
    from influscope.demo import DEMO_WORKSPACE

    summary = SaveSummary()
    rng = random.Random(f"{seed}/sales")
    with engine.begin() as conn:
        workspace_id = get_or_create_workspace(conn, name=DEMO_WORKSPACE)
        campaign_ids, people = _ids(conn, workspace_id)
        campaigns = [
            _Campaign(funnel, seed, campaign_ids[funnel.plan.record.name]) for funnel in FUNNELS
        ]
        clicks = []
        for campaign in campaigns:
            links = campaign.links(conn, workspace_id=workspace_id, people=people)
            _count(summary, "link", links)
            codes = [
                CodeAssignment(code, campaign.campaign_id, influencer_id, "percentage", Decimal(10))
                for influencer_id, code in sorted(campaign.codes.items())
            ]
            if codes:
                summary_codes = save_codes(
                    conn, workspace_id=workspace_id, codes=codes, now=_created(campaign)
                )
                for outcome, n in summary_codes.counts.get("promo_code", {}).items():
                    summary.add("promo_code", outcome, n)
            campaign.visits()
            campaign.leak()
            campaign.baseline()
            clicks += [click for _, _, traffic in campaign.traffic for click in traffic.clicks]
        clicks.sort(key=lambda click: (click.clicked_at, click.click_key))
        rules = built_in_rules()
        for start in range(0, len(clicks), BATCH_SIZE):
            new = store_clicks(conn, clicks[start : start + BATCH_SIZE], rules=rules)
            summary.add("click", "inserted", new)
            summary.add("click", "unchanged", min(BATCH_SIZE, len(clicks) - start) - new)
        orders = [order for campaign in campaigns for order in campaign.orders]
        rows = read_shopify_orders(shopify_orders(orders, rng), file="demo Shopify orders")
        save_orders(conn, workspace_id=workspace_id, rows=rows, summary=summary)
        report = rows_from_pages([ga4_report(campaigns, rng)], where="demo GA4 report")
        save_web_traffic(conn, workspace_id=workspace_id, rows=report, summary=summary)
        attribution = {}
        for campaign in campaigns:
            if summary.changed or not _attributed(conn, campaign.campaign_id):
                attribution[campaign.funnel.plan.record.name] = run_attribution(
                    conn, campaign_id=campaign.campaign_id, now=_closed(campaign)
                )
    return DemoSales(summary, attribution)


def _created(campaign: _Campaign) -> dt.datetime:
    """When the agency set the campaign's tracking up: a few days before it started."""
    start = campaign.funnel.plan.record.start_date - dt.timedelta(days=6)
    return dt.datetime.combine(start, dt.time(9), PARIS).astimezone(dt.UTC)


def _closed(campaign: _Campaign) -> dt.datetime:
    """When the agency attributed the orders: the morning after the attribution window shut."""
    end = campaign.funnel.plan.record.end_date + _ATTRIBUTION_WINDOW + dt.timedelta(days=2)
    return dt.datetime.combine(end, dt.time(9), PARIS).astimezone(dt.UTC)


def _attributed(conn: sa.Connection, campaign_id: int) -> bool:
    run = schema.attribution.attribution_run
    found = conn.execute(sa.select(run.c.id).where(run.c.campaign_id == campaign_id).limit(1))
    return found.first() is not None
