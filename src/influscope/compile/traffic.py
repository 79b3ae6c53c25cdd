"""Rows for what happened after the posts: clicks on our links, web sessions the links brought
(GA4), and the orders attributed to the campaign's influencers.

Clicks come from the redirector's own record, bots left out of `link_clicks` but counted apart;
sessions from GA4 rows matched to a campaign and influencer by their UTMs; orders from the
attribution, net of refunds and in the campaign's currency, a cancelled order counting for nothing.
"""

import datetime as dt
from collections.abc import Collection, Sequence

import ibis
import ibis.expr.types as ir

from influscope.compile.sources import TableSource, flag, known_by

CLICK_COLUMNS = ("link_clicks", "unique_link_clicks", "bot_link_clicks")
SESSION_COLUMNS = (
    "sessions",
    "new_users",
    "engaged_sessions",
    "bounced_sessions",
    "session_seconds",
    "page_views",
    "key_events",
)
ORDER_COLUMNS = ("orders", "priced_orders", "revenue", "new_customers")


def _summed(rows: ir.Table, columns: tuple[str, ...], keep: Collection[str] | None) -> ir.Table:
    """`rows` summed per their other columns that are in `keep` (all when None; the campaign
    always): every measure read here is a sum and the day is the finest grain a KPI groups by,
    so the KPI facts carry one row per group (per link and day at the finest) instead of one
    per click, session or order, millions of them at scale. Columns not kept are left out."""
    keys = [
        name
        for name in rows.columns
        if name not in columns and (keep is None or name == "campaign_id" or name in keep)
    ]
    return rows.group_by(keys).aggregate(**{name: rows[name].sum() for name in columns})


def _names(con: TableSource, rows: ir.Table) -> ir.Table:
    """`rows` with the campaign's and the influencer's names beside their ids (when kept)."""
    campaign, influencer = con.table("campaign"), con.table("influencer")
    named = rows.join(campaign, rows.campaign_id == campaign.id)
    names = {"campaign": campaign.name.cast("string")}
    if "influencer_id" in rows.columns:
        named = named.left_join(influencer, rows.influencer_id == influencer.id)
        names["influencer"] = influencer.name.cast("string")
    return named.select(*rows.columns, **names)


def _in(table: ir.Table, campaign_ids: Sequence[int] | None) -> ir.Table:
    if campaign_ids is None:
        return table
    return table.filter(table.campaign_id.isin(list(campaign_ids)))


def click_rows(
    con: TableSource,
    *,
    dimensions: Collection[str] | None = None,
    campaign_ids: Sequence[int] | None = None,
    as_of: dt.datetime | None = None,
) -> ir.Table:
    """Clicks on the links of `campaign_ids` (every campaign's when None), bots apart. A link
    made for one post leaves the rows' `post_id` null all the same: only post rows carry one
    (`facts.UNIQUE_COLUMNS`), and a post's clicks are not more posts.

    The clicks meet their links' columns and are summed once, to the dimensions kept: summed
    per link first, then again per group, the first sum would group millions of clicks by
    link when a campaign total needs no group at all."""
    link = _in(con.table("link"), campaign_ids)
    click = known_by(con.table("click"), "clicked_at", as_of)
    joined = click.join(link, click.link_id == link.id)
    rows = joined.select(
        campaign_id=link.campaign_id.cast("int64"),
        influencer_id=link.influencer_id.cast("int64"),
        platform=link.platform.cast("string"),
        day=click.clicked_at.date(),
        link_clicks=flag(~click.is_bot),
        unique_link_clicks=flag(~click.is_bot & click.is_unique),
        bot_link_clicks=flag(click.is_bot),
    )
    return _names(con, _summed(rows, CLICK_COLUMNS, dimensions).view())


def session_rows(
    con: TableSource,
    *,
    dimensions: Collection[str] | None = None,
    campaign_ids: Sequence[int] | None = None,
    as_of: dt.datetime | None = None,
) -> ir.Table:
    traffic = known_by(_in(con.table("web_traffic"), campaign_ids), "day", as_of)
    matched = traffic.filter(traffic.campaign_id.notnull())
    rows = matched.select(
        campaign_id=matched.campaign_id.cast("int64"),
        influencer_id=matched.influencer_id.cast("int64"),
        platform=matched.utm_source.lower().cast("string"),
        day=matched.day,
        sessions=matched.sessions.cast("float64"),
        new_users=matched.new_users.cast("float64"),
        engaged_sessions=matched.engaged_sessions.cast("float64"),
        bounced_sessions=(matched.sessions - matched.engaged_sessions).cast("float64"),
        session_seconds=matched.duration_seconds.cast("float64"),
        page_views=matched.page_views.cast("float64"),
        key_events=matched.key_events.cast("float64"),
    )
    return _names(con, _summed(rows, SESSION_COLUMNS, dimensions).view())


def order_rows(
    con: TableSource,
    *,
    dimensions: Collection[str] | None = None,
    campaign_ids: Sequence[int] | None = None,
    as_of: dt.datetime | None = None,
) -> ir.Table:
    """The attributed orders, with their revenue in the campaign's currency as attribution
    converted it at the order date (null, not a wrong figure, when no rate was stored). Priced
    orders are those whose revenue is known: an average order value over all of them would
    count an unconverted order as worth nothing."""
    attribution = known_by(_in(con.table("order_attribution"), campaign_ids), "ordered_on", as_of)
    counted = ~attribution.reversed
    rows = attribution.select(
        campaign_id=attribution.campaign_id.cast("int64"),
        influencer_id=attribution.influencer_id.cast("int64"),
        platform=attribution.platform.cast("string"),
        day=attribution.ordered_on,
        orders=flag(counted),
        priced_orders=flag(counted & attribution.campaign_revenue.notnull()),
        revenue=ibis.ifelse(counted, attribution.campaign_revenue.cast("float64"), 0),
        new_customers=flag(counted & attribution.new_customer.fill_null(False)),
    )
    return _names(con, _summed(rows, ORDER_COLUMNS, dimensions).view())
