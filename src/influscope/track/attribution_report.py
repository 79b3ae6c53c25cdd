"""What the last attribution run of a campaign found, as one model every rendering reads: orders
by method and their overlap, conflicts and how they were settled, what nobody earned, revenue
per influencer and per code, and the codes that look leaked."""

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa

from influscope.store import queries, schema
from influscope.track.attribution import DEFAULT_WINDOW_DAYS, Settings, split_codes
from influscope.track.attribution_run import campaign_spans


@dataclass(frozen=True)
class InfluencerSales:
    influencer: str
    orders: int
    by_code: int
    by_link: int
    by_both: int
    reversed: int
    new_customers: int
    # In the campaign's currency; orders without a rate are left out (see missing_rates).
    revenue: Decimal


@dataclass(frozen=True)
class CodeUsage:
    code: str
    influencer: str
    source: str
    # Orders that used the code in the campaign's period, cancelled ones included.
    uses: int
    attributed_orders: int
    revenue: Decimal


@dataclass(frozen=True)
class LeakFlag:
    code: str
    influencer: str
    signal: str
    day: dt.date | None
    uses: int
    baseline: float | None
    score: float | None
    detail: str


@dataclass(frozen=True)
class AttributionReport:
    campaign: str
    workspace: str
    currency: str
    run_id: int
    ran_at: dt.datetime
    window_days: int
    precedence: str
    orders_considered: int
    attributed: int
    by_code: int
    by_link: int
    by_both: int
    # Orders both methods found, for the same influencer ('both') or not (conflicts).
    overlap: int
    conflicts: int
    reversed: int
    other_campaigns: int
    unattributed: int
    unattributed_revenue: Decimal | None
    attributed_revenue: Decimal
    missing_rates: int
    influencers: tuple[InfluencerSales, ...]
    codes: tuple[CodeUsage, ...]
    leaks: tuple[LeakFlag, ...]


class NeverRun(queries.NotFound):
    """The campaign has no attribution yet."""


def overlapping(attribution: sa.FromClause) -> sa.ColumnElement[bool]:
    """Whether an attribution row is in the overlap, |UTM ∩ Code| of the methods reference: a
    code and a link both pointed to the order, to the same influencer ('both') or to different
    ones (a conflict, whose loser is kept as overruled). The report and the traffic section
    both count with this, so they cannot disagree on what overlaps."""
    return sa.or_(
        attribution.c.method == "both", attribution.c.overruled_influencer_id.is_not(None)
    )


def attribution_report(
    conn: sa.Connection, *, campaign: str, workspace: str | None = None
) -> AttributionReport:
    found = queries.get_campaign_or_raise(conn, name=campaign, workspace=workspace)
    run_table = schema.attribution.attribution_run
    run = conn.execute(
        sa.select(run_table)
        .where(run_table.c.campaign_id == found.id)
        .order_by(run_table.c.ran_at.desc(), run_table.c.id.desc())
        .limit(1)
    ).one_or_none()
    if run is None:
        raise NeverRun(
            f"No attribution for {campaign!r} yet: run `influscope attribution run "
            f'--campaign "{campaign}"`.'
        )
    influencers = _influencer_sales(conn, campaign_id=found.id)
    oa = schema.attribution.order_attribution
    overlap = conn.execute(
        sa.select(sa.func.count())
        .select_from(oa)
        .where(oa.c.campaign_id == found.id, overlapping(oa))
    ).scalar_one()
    return AttributionReport(
        campaign=found.name,
        workspace=found.workspace,
        currency=found.currency,
        run_id=run.id,
        ran_at=run.ran_at,
        window_days=run.window_days,
        precedence=run.precedence,
        orders_considered=run.orders_considered,
        attributed=run.by_code + run.by_link + run.by_both,
        by_code=run.by_code,
        by_link=run.by_link,
        by_both=run.by_both,
        overlap=overlap,
        conflicts=run.conflicts,
        reversed=run.reversed,
        other_campaigns=run.other_campaigns,
        unattributed=run.unattributed,
        unattributed_revenue=run.unattributed_revenue,
        attributed_revenue=sum((i.revenue for i in influencers), Decimal("0.00")),
        missing_rates=run.missing_rates,
        influencers=influencers,
        codes=code_usage(conn, campaign_id=found.id, window_days=run.window_days),
        leaks=_leaks(conn, campaign_id=found.id),
    )


def _influencer_sales(conn: sa.Connection, *, campaign_id: int) -> tuple[InfluencerSales, ...]:
    oa, i = schema.attribution.order_attribution, schema.influencer

    def count(condition) -> sa.ColumnElement:
        return sa.func.sum(sa.case((condition, 1), else_=0))

    rows = conn.execute(
        sa.select(
            i.c.name,
            sa.func.count().label("orders"),
            count(oa.c.method == "code").label("by_code"),
            count(oa.c.method == "link").label("by_link"),
            count(oa.c.method == "both").label("by_both"),
            count(oa.c.reversed.is_(True)).label("reversed"),
            count(sa.and_(oa.c.new_customer.is_(True), oa.c.reversed.is_(False))).label("new"),
            sa.func.coalesce(sa.func.sum(oa.c.campaign_revenue), 0).label("revenue"),
        )
        .join(i, i.c.id == oa.c.influencer_id)
        .where(oa.c.campaign_id == campaign_id)
        .group_by(i.c.name)
    )
    sales = [
        InfluencerSales(
            influencer=row.name,
            orders=row.orders,
            by_code=int(row.by_code),
            by_link=int(row.by_link),
            by_both=int(row.by_both),
            reversed=int(row.reversed),
            new_customers=int(row.new),
            revenue=Decimal(row.revenue).quantize(Decimal("0.01")),
        )
        for row in rows
    ]
    return tuple(sorted(sales, key=lambda s: (-s.revenue, s.influencer)))


def code_usage(
    conn: sa.Connection, *, campaign_id: int, window_days: int = DEFAULT_WINDOW_DAYS
) -> tuple[CodeUsage, ...]:
    """Each code of the campaign: how often orders of its period (its days plus the window)
    used it, and the orders and revenue the last run gave it (as code or as both)."""
    pc, oa, i = (
        schema.attribution.promo_code,
        schema.attribution.order_attribution,
        schema.influencer,
    )
    codes = conn.execute(
        sa.select(pc.c.id, pc.c.code, pc.c.source, i.c.name)
        .join(i, i.c.id == pc.c.influencer_id)
        .where(pc.c.campaign_id == campaign_id)
        .order_by(pc.c.code)
    ).all()
    earned = {
        row.promo_code_id: row
        for row in conn.execute(
            sa.select(
                oa.c.promo_code_id,
                sa.func.count().label("orders"),
                sa.func.coalesce(sa.func.sum(oa.c.campaign_revenue), 0).label("revenue"),
            )
            .where(oa.c.campaign_id == campaign_id, oa.c.method.in_(("code", "both")))
            .group_by(oa.c.promo_code_id)
        )
    }
    uses = _uses(
        conn, campaign_id=campaign_id, window_days=window_days, codes={r.code for r in codes}
    )
    return tuple(
        CodeUsage(
            code=row.code,
            influencer=row.name,
            source=row.source,
            uses=uses[row.code],
            attributed_orders=earned[row.id].orders if row.id in earned else 0,
            revenue=Decimal(earned[row.id].revenue if row.id in earned else 0).quantize(
                Decimal("0.01")
            ),
        )
        for row in codes
    )


def _uses(conn: sa.Connection, *, campaign_id: int, window_days: int, codes: set[str]) -> Counter:
    """Uses of `codes` by the orders of the campaign's period with that window."""
    so, c = schema.commerce.shop_order, schema.campaign
    uses: Counter = Counter()
    if not codes:
        return uses
    workspace_id = conn.execute(
        sa.select(c.c.workspace_id).where(c.c.id == campaign_id)
    ).scalar_one()
    span = campaign_spans(
        conn, workspace_id=workspace_id, settings=Settings(window_days=window_days)
    )[campaign_id]
    rows = conn.execute(
        sa.select(so.c.discount_codes).where(
            so.c.workspace_id == workspace_id,
            so.c.discount_codes.is_not(None),
            so.c.created_at >= span.starts_at,
            so.c.created_at < span.ends_before,
        )
    )
    for row in rows:
        uses.update(code for code in split_codes(row.discount_codes) if code in codes)
    return uses


def _leaks(conn: sa.Connection, *, campaign_id: int) -> tuple[LeakFlag, ...]:
    flag, pc, i = (
        schema.attribution.code_leak_flag,
        schema.attribution.promo_code,
        schema.influencer,
    )
    rows = conn.execute(
        sa.select(flag, pc.c.code, i.c.name.label("influencer"))
        .join(pc, pc.c.id == flag.c.promo_code_id)
        .join(i, i.c.id == pc.c.influencer_id)
        .where(flag.c.campaign_id == campaign_id)
        .order_by(pc.c.code, flag.c.day, flag.c.signal)
    )
    return tuple(
        LeakFlag(r.code, r.influencer, r.signal, r.day, r.uses, r.baseline, r.score, r.detail)
        for r in rows
    )
