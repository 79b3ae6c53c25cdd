"""Turning amounts in other currencies into each campaign's, with the stored exchange rates."""

import ibis
import ibis.expr.types as ir

from influscope.compile.sources import TableSource, one, seconds


def rates_in_force(con: TableSource, wanted: ir.Table) -> ir.Table:
    """Per row of `wanted` (columns `key`, `base`, `quote`, and `on`, in seconds), how many
    units of `quote` one unit of `base` is worth: 1 for the same currency, else the stored rate
    in force `on` (the earliest later one when none was yet), read either way round. Rows with
    no rate are absent, so that a caller's left join leaves a null, never a wrong figure."""
    fx = con.table("exchange_rate")
    rate = fx.rate.cast("float64")
    direct = fx.select(base=fx.base, quote=fx.quote, valid_on=fx.valid_on, rate=rate)
    inverse = fx.select(
        base=fx.quote, quote=fx.base, valid_on=fx.valid_on, rate=one() / rate.nullif(0)
    )
    rates = direct.union(inverse).view()
    pairs = wanted.join(rates, (wanted.base == rates.base) & (wanted.quote == rates.quote)).select(
        wanted.key, wanted.on, rates.rate, valid=seconds(rates.valid_on)
    )
    later = ibis.ifelse(pairs.valid <= pairs.on, 0, 1)
    closest = ibis.row_number().over(
        group_by=pairs.key, order_by=[later, (pairs.valid - pairs.on).abs()]
    )
    chosen = pairs.mutate(order=closest).filter(lambda t: t.order == 0)
    same = wanted.filter(wanted.base == wanted.quote).select("key", rate=one())
    return same.union(chosen.select("key", "rate"))


def rate_to_campaign_currency(con: TableSource, currency: str) -> ir.Table:
    """Per campaign, how many units of its currency one unit of `currency` (a price list's) is
    worth, at the rate in force when the campaign started. Campaigns with no rate are absent."""
    campaign = con.table("campaign")
    wanted = campaign.select(
        key=campaign.id.cast("int64"),
        base=ibis.literal(currency, type="string"),
        quote=campaign.currency.cast("string"),
        on=seconds(campaign.start_date),
    )
    return rates_in_force(con, wanted).rename(campaign_id="key")
