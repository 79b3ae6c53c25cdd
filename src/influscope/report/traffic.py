"""Traffic and sales of a campaign: tracked links and their clicks, promo codes, attributed
orders with the overlap of codes and links and the share left unattributed.

These tables are filled by the tracking and attribution capabilities; a store where they are
empty (or not created yet) gets a section that says there is no data, never zeros. Read as of
a moment, they hold the clicks and orders the KPIs count: those dated by then.
"""

import datetime as dt
from decimal import Decimal

import sqlalchemy as sa

from influscope.compile.sources import last_day_begun
from influscope.report.labels import text
from influscope.report.model import Column, DataTable, Kind, Section
from influscope.report.numbers import format_value
from influscope.store import queries, schema
from influscope.track.attribution_report import overlapping


def _present(conn: sa.Connection, *tables: sa.Table) -> bool:
    inspector = sa.inspect(conn)
    return all(inspector.has_table(table.name) for table in tables)


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, Decimal) else value


def _links(
    conn: sa.Connection, campaign_id: int, as_of: dt.datetime | None, lang: str
) -> DataTable:
    link, click, i = schema.tracking.link, schema.tracking.click, schema.influencer
    clicked = click.c.link_id == link.c.id
    if as_of is not None:
        clicked = sa.and_(clicked, click.c.clicked_at <= as_of)
    human = sa.and_(click.c.id.isnot(None), sa.not_(click.c.is_bot))

    def count(condition) -> sa.ColumnElement:
        return sa.func.count(sa.case((condition, click.c.id)))

    query = (
        sa.select(
            i.c.name,
            sa.func.count(sa.distinct(link.c.id)).label("links"),
            count(human).label("clicks"),
            count(sa.and_(human, click.c.is_unique)).label("unique"),
            count(click.c.is_bot).label("bots"),
        )
        .select_from(link.join(i, i.c.id == link.c.influencer_id))
        .outerjoin(click, clicked)
        .where(link.c.campaign_id == campaign_id)
        .group_by(i.c.name)
        .order_by(sa.text("clicks DESC"), i.c.name)
    )
    return DataTable(
        key="links",
        title=text("links", lang),
        columns=(
            Column("influencer", text("influencer", lang), Kind.TEXT),
            Column("links_count", text("links_count", lang), Kind.COUNT),
            Column("clicks_total", text("clicks_total", lang), Kind.COUNT),
            Column("clicks_unique", text("clicks_unique", lang), Kind.COUNT),
            Column("clicks_bots", text("clicks_bots", lang), Kind.COUNT),
        ),
        rows=tuple(tuple(row) for row in conn.execute(query)),
    )


def _live_attributions(campaign_id: int, as_of: dt.datetime | None) -> sa.Subquery:
    a = schema.attribution.order_attribution
    query = sa.select(
        a.c.id,
        a.c.method,
        a.c.promo_code_id,
        a.c.campaign_revenue,
        a.c.overruled_influencer_id,
    ).where(a.c.campaign_id == campaign_id, sa.not_(a.c.reversed))
    if as_of is not None:
        query = query.where(a.c.ordered_on <= last_day_begun(as_of))
    return query.subquery()


def _codes(
    conn: sa.Connection, campaign_id: int, as_of: dt.datetime | None, currency: str, lang: str
) -> DataTable:
    code, i = schema.attribution.promo_code, schema.influencer
    live = _live_attributions(campaign_id, as_of)
    by_code = live.c.method.in_(("code", "both"))
    query = (
        sa.select(
            code.c.code,
            i.c.name,
            sa.func.count(sa.case((by_code, live.c.id))).label("orders"),
            sa.func.sum(sa.case((by_code, live.c.campaign_revenue))).label("revenue"),
        )
        .select_from(code.join(i, i.c.id == code.c.influencer_id))
        .outerjoin(live, live.c.promo_code_id == code.c.id)
        .where(code.c.campaign_id == campaign_id)
        .group_by(code.c.code, i.c.name)
        .order_by(sa.text("orders DESC"), code.c.code)
    )
    rows = [(row.code, row.name, row.orders, _number(row.revenue)) for row in conn.execute(query)]
    return DataTable(
        key="codes",
        title=text("codes", lang),
        columns=(
            Column("code", text("code", lang), Kind.TEXT),
            Column("influencer", text("influencer", lang), Kind.TEXT),
            Column("orders", text("orders", lang), Kind.COUNT),
            Column("revenue", text("revenue", lang), Kind.CURRENCY),
        ),
        rows=tuple(rows),
        currency=currency,
    )


def _attribution(
    conn: sa.Connection, campaign_id: int, as_of: dt.datetime | None, currency: str, lang: str
) -> DataTable:
    live = _live_attributions(campaign_id, as_of)
    query = (
        sa.select(
            live.c.method,
            sa.func.count().label("orders"),
            sa.func.sum(live.c.campaign_revenue).label("revenue"),
        )
        .group_by(live.c.method)
        .order_by(live.c.method)
    )
    rows = [(row.method, row.orders, _number(row.revenue)) for row in conn.execute(query)]
    total = sum(orders for _, orders, _ in rows)
    return DataTable(
        key="attribution",
        title=text("attribution", lang),
        columns=(
            Column("method", text("method", lang), Kind.TEXT),
            Column("orders", text("orders", lang), Kind.COUNT),
            Column("revenue", text("revenue", lang), Kind.CURRENCY),
            Column("share", text("share", lang), Kind.PERCENT),
        ),
        rows=tuple(
            (
                text(method, lang) if method != "code" else "code",
                orders,
                revenue,
                orders / total * 100,
            )
            for method, orders, revenue in rows
        ),
        currency=currency,
    )


def _overlap_note(
    conn: sa.Connection, campaign_id: int, as_of: dt.datetime | None, lang: str
) -> str:
    """The share of the standing attributed orders in the overlap, as the attribution report
    counts it: conflicts too, not only the orders attributed as 'both'."""
    live = _live_attributions(campaign_id, as_of)
    orders, overlap = conn.execute(
        sa.select(
            sa.func.count(), sa.func.count(sa.case((overlapping(live), live.c.id)))
        ).select_from(live)
    ).one()
    if not orders:
        return ""
    share = format_value(overlap / orders * 100, Kind.PERCENT, lang=lang)
    return text("overlap", lang, share=share)


def _unattributed_note(conn: sa.Connection, campaign_id: int, currency: str, lang: str) -> str:
    run = schema.attribution.attribution_run
    latest = conn.execute(
        sa.select(run.c.orders_considered, run.c.unattributed, run.c.unattributed_revenue)
        .where(run.c.campaign_id == campaign_id)
        .order_by(run.c.ran_at.desc())
    ).first()
    if latest is None or not latest.orders_considered:
        return ""
    share = latest.unattributed / latest.orders_considered * 100
    return text(
        "unattributed_share",
        lang,
        orders=format_value(latest.unattributed, Kind.COUNT, lang=lang),
        share=format_value(share, Kind.PERCENT, lang=lang),
        revenue=format_value(_number(latest.unattributed_revenue), Kind.CURRENCY, currency, lang),
    )


def traffic_section(
    conn: sa.Connection,
    *,
    campaign: queries.CampaignSummary,
    as_of: dt.datetime | None = None,
    lang: str,
) -> Section:
    tables, notes = [], []
    tracking, attribution = schema.tracking, schema.attribution
    if _present(conn, tracking.link, tracking.click):
        tables.append(_links(conn, campaign.id, as_of, lang))
    needed = (attribution.promo_code, attribution.order_attribution, attribution.attribution_run)
    if _present(conn, *needed):
        tables.append(_codes(conn, campaign.id, as_of, campaign.currency, lang))
        tables.append(_attribution(conn, campaign.id, as_of, campaign.currency, lang))
        if note := _overlap_note(conn, campaign.id, as_of, lang):
            notes.append(note)
        if note := _unattributed_note(conn, campaign.id, campaign.currency, lang):
            notes.append(note)
    tables = [table for table in tables if table.rows]
    if not tables:
        return Section("traffic", text("traffic", lang), empty=text("no_tracking", lang))
    return Section("traffic", text("traffic", lang), tables=tuple(tables), notes=tuple(notes))
