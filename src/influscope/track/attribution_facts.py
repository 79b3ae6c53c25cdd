"""Attributed orders and matched web sessions as KPI fact rows (see compile/facts.py), so that
revenue, conversions, AOV, CPA, CAC, ROAS and ROI and the session KPIs are one GROUP BY away,
by campaign, influencer, platform and day, on any engine.

Sales rows are read from `order_attribution` as the last run left it: revenue is already in the
campaign's currency, exact in the store and a double here as every KPI measure; a reversed order
counts nowhere; an order whose currency had no rate counts as an order with unknown revenue (a
sum skips it). Session rows are the GA4 rows the matcher gave a campaign.
"""

import ibis
import ibis.expr.types as ir

from influscope.compile.sources import TableSource, flag
from influscope.vocabulary import Platform

SALES_COLUMNS = (
    "orders",
    "revenue",
    "new_customers",
    "reversed_orders",
    "code_orders",
    "link_orders",
)
SESSION_COLUMNS = ("sessions", "engaged_sessions", "web_new_users", "web_purchases")


def sales_rows(con: TableSource) -> ir.Table:
    """One row per attributed order. Orders won by code alone have no platform: codes belong to
    an influencer, not to one of her accounts."""
    oa, campaign, influencer = (
        con.table("order_attribution"),
        con.table("campaign"),
        con.table("influencer"),
    )
    joined = oa.join(campaign, oa.campaign_id == campaign.id).join(
        influencer, oa.influencer_id == influencer.id
    )
    live = ~oa.reversed
    return joined.select(
        campaign_id=oa.campaign_id.cast("int64"),
        campaign=campaign.name.cast("string"),
        influencer_id=oa.influencer_id.cast("int64"),
        influencer=influencer.name.cast("string"),
        platform=oa.platform.cast("string"),
        day=oa.ordered_on,
        orders=flag(live),
        revenue=ibis.ifelse(live, oa.campaign_revenue.cast("float64"), 0.0),
        new_customers=flag(live & oa.new_customer.fill_null(False)),
        reversed_orders=flag(oa.reversed),
        code_orders=flag(live & (oa.method != "link")),
        link_orders=flag(live & (oa.method != "code")),
    )


def session_rows(con: TableSource) -> ir.Table:
    """Each matched GA4 row, with its platform when utm_source names one."""
    web, campaign, influencer = (
        con.table("web_traffic"),
        con.table("campaign"),
        con.table("influencer"),
    )
    matched = web.filter(web.campaign_id.notnull())
    joined = matched.join(campaign, matched.campaign_id == campaign.id).left_join(
        influencer, matched.influencer_id == influencer.id
    )
    source = matched.utm_source.strip().lower()
    platforms = [platform.value for platform in Platform]
    return joined.select(
        campaign_id=matched.campaign_id.cast("int64"),
        campaign=campaign.name.cast("string"),
        influencer_id=matched.influencer_id.cast("int64"),
        influencer=influencer.name.cast("string"),
        platform=ibis.ifelse(source.isin(platforms), source, ibis.null("string")),
        day=matched.day,
        sessions=matched.sessions.cast("float64"),
        engaged_sessions=matched.engaged_sessions.cast("float64"),
        web_new_users=matched.new_users.cast("float64"),
        web_purchases=matched.purchases.cast("float64"),
    )
