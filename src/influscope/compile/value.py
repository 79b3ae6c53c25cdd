"""What each row of the KPI facts is worth: its EMV under a rate card, and what its cost would
have bought as paid ads.

Prices become CASE expressions over (platform, format) generated from the card: no join, no UDF,
so the columns run unchanged on DuckDB, PostgreSQL and PySpark and compile to BigQuery SQL.
Money is in the card's currency times `rate_to_campaign_currency` (a number, or a numeric column
once there is an exchange-rate table); `check_currency` says which factor to pass.
"""

from collections.abc import Callable
from functools import reduce
from numbers import Real
from operator import or_

import ibis
import ibis.expr.types as ir

from influscope.catalogue.rate_cards import (
    Action,
    Method,
    PaidBenchmarks,
    PriceKind,
    Rate,
    RateCard,
)
from influscope.vocabulary import Platform

# Columns of the facts that these builders add, and the price each paid column divides by.
PAID_COLUMNS = {
    "paid_impressions": PriceKind.CPM,
    "paid_engagements": PriceKind.CPE,
    "paid_clicks": PriceKind.CPC,
    "paid_views": PriceKind.CPV,
}
VALUE_COLUMNS = ("emv", *PAID_COLUMNS)

Money = float | ir.NumericValue


def emv_column(
    rows: ir.Table,
    card: RateCard,
    *,
    haircut: ir.NumericValue | float | None = None,
    rate_to_campaign_currency: Money = 1.0,
) -> ir.FloatingValue:
    """EMV of each row: exposure × cpm / 1000, plus the engagement value.

    The exposure base is impressions when known, else views (a view is a display of a video, the
    only exposure TikTok and YouTube report). Engagement is cpe × engagements (cpm_cpe cards) or
    Σ value × counter over the card's actions (per_action cards). Views are never valued as an
    action where the rate has a CPM: the CPM values them whenever they are the base.

    Unknown counters count as 0, but a row where none of the counters its rate values is known
    gets null, never 0; so do cost rows and the platforms and formats the card does not price.

    `haircut` is the inauthentic share of the audience (0..1): EMV × (1 − share). A null share
    leaves EMV unadjusted, since most posts have no audience-quality data.
    """
    cpm = _rate_case(rows, card, lambda rate: rate.cpm)
    exposure = ibis.coalesce(rows.impressions, rows.views)
    terms = [] if cpm is None else [exposure * cpm / 1000]
    match card.method:
        case Method.CPM_CPE:
            cpe = _rate_case(rows, card, lambda rate: rate.cpe)
            terms += [] if cpe is None else [cpe * rows.engagements]
        case Method.PER_ACTION:
            for action in Action:
                value = _rate_case(rows, card, lambda rate, a=action: _action_value(rate, a))
                terms += [] if value is None else [value * rows[action.value]]
    if not terms:
        return ibis.null("float64").name("emv")
    known = rows.post_id.notnull() & reduce(or_, [term.notnull() for term in terms])
    total = sum((term.fill_null(0) for term in terms[1:]), terms[0].fill_null(0))
    emv = _in_campaign_currency(total, rate_to_campaign_currency)
    if isinstance(haircut, Real):
        emv = emv * (1 - haircut)
    elif haircut is not None:
        emv = emv * (1 - haircut.fill_null(0))
    emv = ibis.ifelse(known, emv, ibis.null("float64"))
    return emv.cast("float64").name("emv")


def paid_columns(
    rows: ir.Table,
    benchmarks: PaidBenchmarks,
    *,
    rate_to_campaign_currency: Money = 1.0,
) -> dict[str, ir.FloatingValue]:
    """What each row's cost would have bought as paid ads, one column per `PAID_COLUMNS`.

    `paid_impressions` = cost / cpm × 1000; `paid_engagements`, `paid_clicks`, `paid_views` =
    cost / cpe, cpc, cpv. The price is that of the channel the row's platform buys on, or the
    fallback channel for rows without a platform (campaign-wide costs). Null where the row has
    no cost or the channel has no such price. Summed over any grouping, these give what the
    same budget would have bought, to set next to what it got.
    """
    columns = {}
    for name, kind in PAID_COLUMNS.items():
        price = _price_case(rows, benchmarks, kind)
        if price is None:
            columns[name] = ibis.null("float64").name(name)
            continue
        bought = rows.cost / _in_campaign_currency(price, rate_to_campaign_currency)
        if kind is PriceKind.CPM:
            bought = bought * 1000
        columns[name] = bought.cast("float64").name(name)
    return columns


def _action_value(rate: Rate, action: Action) -> float | None:
    # No double counting: with a CPM, views are already valued as the exposure base.
    if action is Action.VIEWS and rate.cpm is not None:
        return None
    return rate.value_of(action)


def _rate_case(
    rows: ir.Table, card: RateCard, pick: Callable[[Rate], float | None]
) -> ir.FloatingValue | None:
    """One price per row: the rate of its platform × format, else its platform's default.
    None when the card never gives this price, so the term is left out of the SQL."""
    ordered = sorted(card.rates, key=lambda rate: rate.format is None)
    if all(pick(rate) is None for rate in ordered):
        return None
    branches = []
    for index, rate in enumerate(ordered):
        later = [pick(other) for other in ordered[index + 1 :] if other.platform == rate.platform]
        if pick(rate) is None and all(value is None for value in later):
            continue  # a null branch only matters to stop a platform default from applying
        matches = rows.platform == rate.platform.value
        if rate.format is not None:
            matches = matches & (rows.format == rate.format.value)
        branches.append((matches, _literal(pick(rate))))
    return ibis.cases(*branches, else_=ibis.null("float64"))


def _price_case(
    rows: ir.Table, benchmarks: PaidBenchmarks, kind: PriceKind
) -> ir.FloatingValue | None:
    """The price on each row's channel; rows without a platform get the fallback channel's.
    None when no channel has this price."""

    def value(platform: Platform | None) -> float | None:
        price = benchmarks.price(benchmarks.channel_for(platform), kind)
        return None if price is None else price.value

    otherwise = value(None)
    differing = {platform: value(platform) for platform in Platform}
    differing = {platform: v for platform, v in differing.items() if v != otherwise}
    if not differing:
        return None if otherwise is None else _literal(otherwise)
    branches = [(rows.platform == platform.value, _literal(v)) for platform, v in differing.items()]
    return ibis.cases(*branches, else_=_literal(otherwise))


def _in_campaign_currency(money: ir.NumericValue, rate: Money) -> ir.NumericValue:
    if isinstance(rate, Real) and rate == 1:
        return money
    return money * rate


def _literal(value: float | None) -> ir.FloatingValue:
    return ibis.null("float64") if value is None else ibis.literal(value, type="float64")
