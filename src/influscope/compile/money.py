"""Turning amounts in other currencies into each campaign's, with the stored exchange rates."""

import ibis
import ibis.expr.types as ir

from influscope.compile.sources import TableSource, one, seconds


def rates_to_campaign_currency(con: TableSource) -> ir.Table:
    """Per campaign and currency, how many units of the campaign's currency one unit of that
    currency is worth: 1 for its own, else the stored rate in force when the campaign started
    (the earliest later one when none was yet), read either way round. One rate per campaign
    keeps every amount of a campaign comparable; pairs with no rate are absent."""
    campaign = con.table("campaign")
    campaigns = campaign.select(
        campaign_id=campaign.id.cast("int64"),
        target=campaign.currency.cast("string"),
        start=seconds(campaign.start_date),
    )
    fx = con.table("exchange_rate")
    direct = fx.select(
        currency=fx.base, target=fx.quote, valid_on=fx.valid_on, rate=fx.rate.cast("float64")
    )
    inverse = fx.select(
        currency=fx.quote,
        target=fx.base,
        valid_on=fx.valid_on,
        rate=one() / fx.rate.cast("float64").nullif(0),
    )
    rates = direct.union(inverse).view()
    pairs = campaigns.join(rates, campaigns.target == rates.target).select(
        "campaign_id",
        "start",
        "rate",
        currency=rates.currency.cast("string"),
        valid=seconds(rates.valid_on),
    )
    later = ibis.ifelse(pairs.valid <= pairs.start, 0, 1)
    closest = ibis.row_number().over(
        group_by=[pairs.campaign_id, pairs.currency],
        order_by=[later, (pairs.valid - pairs.start).abs()],
    )
    chosen = pairs.mutate(order=closest).filter(lambda t: t.order == 0)
    same = campaigns.select("campaign_id", currency=campaigns.target, rate=one())
    return same.union(chosen.select("campaign_id", "currency", "rate"))


def rate_to_campaign_currency(con: TableSource, currency: str) -> ir.Table:
    """Per campaign, what one unit of `currency` is worth in the campaign's own."""
    rates = rates_to_campaign_currency(con)
    return rates.filter(rates.currency == currency).select("campaign_id", "rate")
