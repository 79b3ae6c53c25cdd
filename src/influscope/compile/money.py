"""Turning a price list's currency into each campaign's, with the stored exchange rates."""

import ibis
import ibis.expr.types as ir

from influscope.compile.sources import TableSource, one, seconds


def rate_to_campaign_currency(con: TableSource, currency: str) -> ir.Table:
    """Per campaign, how many units of its currency one unit of `currency` is worth: 1 for the
    same currency, else the stored rate in force when the campaign started (the earliest later
    one when none was yet), read either way round. Campaigns with no rate are absent."""
    campaign = con.table("campaign")
    campaigns = campaign.select(
        campaign_id=campaign.id.cast("int64"),
        currency=campaign.currency,
        start=seconds(campaign.start_date),
    )
    fx = con.table("exchange_rate")
    direct = fx.filter(fx.base == currency).select(
        quote=fx.quote, valid_on=fx.valid_on, rate=fx.rate.cast("float64")
    )
    inverse = fx.filter(fx.quote == currency).select(
        quote=fx.base, valid_on=fx.valid_on, rate=one() / fx.rate.cast("float64").nullif(0)
    )
    rates = direct.union(inverse).view()
    pairs = campaigns.join(rates, campaigns.currency == rates.quote).select(
        "campaign_id",
        "start",
        "rate",
        valid=seconds(rates.valid_on),
    )
    later = ibis.ifelse(pairs.valid <= pairs.start, 0, 1)
    closest = ibis.row_number().over(
        group_by=pairs.campaign_id, order_by=[later, (pairs.valid - pairs.start).abs()]
    )
    chosen = pairs.mutate(order=closest).filter(lambda t: t.order == 0)
    same = campaigns.filter(campaigns.currency == currency).select("campaign_id", rate=one())
    return same.union(chosen.select("campaign_id", "rate"))
