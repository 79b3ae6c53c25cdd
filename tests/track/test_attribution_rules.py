"""The rules that give an order to an influencer: code, last click, both, conflicts, windows,
refunds and cancellations, and the conversion to the campaign's currency."""

import datetime as dt
from decimal import Decimal

import pytest

from influscope.track.attribution import (
    CampaignSpan,
    CodeOwner,
    LinkSource,
    Method,
    Order,
    Precedence,
    Settings,
    Touch,
    decide,
    net_revenue,
    split_codes,
)
from influscope.track.attribution_money import Rates, convert

SPRING, CHRISTMAS = 1, 2
LEA, TOM = 10, 11
# Spring runs 2 to 29 March (UTC) with a 30-day window: orders count until 28 April.
SPANS = {
    SPRING: CampaignSpan(SPRING, dt.datetime(2026, 3, 2), dt.datetime(2026, 4, 29)),
    CHRISTMAS: CampaignSpan(CHRISTMAS, dt.datetime(2026, 12, 1), dt.datetime(2027, 1, 24)),
}
CODES = {
    "LEAVOYAGE27": CodeOwner(100, "LEAVOYAGE27", SPRING, LEA),
    "TOMKOCHT45": CodeOwner(101, "TOMKOCHT45", SPRING, TOM),
    "LEANOEL": CodeOwner(102, "LEANOEL", CHRISTMAS, LEA),
}
DEFAULT = Settings()
ORDERED = dt.datetime(2026, 3, 10, 18, 42)


def _touch(influencer: int, at: dt.datetime, source=LinkSource.ORDER_UTM, campaign=SPRING):
    return Touch(campaign, influencer, at, source)


def _decide(order: Order, settings: Settings = DEFAULT):
    return decide(order, codes=CODES, spans=SPANS, settings=settings)


def test_an_order_with_an_influencers_code_is_hers_by_code():
    found = _decide(Order(1, ORDERED, ("WELCOME10", "LEAVOYAGE27")))
    assert (found.influencer_id, found.method, found.code.code) == (LEA, Method.CODE, "LEAVOYAGE27")


def test_an_order_with_the_code_and_a_session_of_the_same_influencer_counts_once_as_both():
    order = Order(1, ORDERED, ("LEAVOYAGE27",), (_touch(LEA, ORDERED - dt.timedelta(hours=2)),))
    found = _decide(order)
    assert (found.influencer_id, found.method, found.conflict) == (LEA, Method.BOTH, False)


def test_when_code_and_link_disagree_the_code_wins_by_default():
    order = Order(1, ORDERED, ("LEAVOYAGE27",), (_touch(TOM, ORDERED),))
    found = _decide(order)
    assert (found.influencer_id, found.method, found.overruled_influencer_id) == (
        LEA,
        Method.CODE,
        TOM,
    )


def test_the_link_wins_a_conflict_when_asked():
    order = Order(1, ORDERED, ("LEAVOYAGE27",), (_touch(TOM, ORDERED),))
    found = _decide(order, Settings(precedence=Precedence.LINK))
    assert (found.influencer_id, found.method, found.overruled_influencer_id) == (
        TOM,
        Method.LINK,
        LEA,
    )


def test_the_last_click_within_the_window_wins():
    touches = (
        _touch(LEA, ORDERED - dt.timedelta(days=6), LinkSource.GA4_SESSION),
        _touch(TOM, ORDERED - dt.timedelta(days=2), LinkSource.GA4_SESSION),
    )
    found = _decide(Order(1, ORDERED, (), touches))
    assert (found.influencer_id, found.method, found.touch.source) == (
        TOM,
        Method.LINK,
        LinkSource.GA4_SESSION,
    )


def test_a_click_older_than_the_window_earns_nothing():
    old = (_touch(LEA, ORDERED - dt.timedelta(days=8), LinkSource.GA4_SESSION),)
    assert _decide(Order(1, ORDERED, (), old), Settings(window_days=7)) is None
    assert _decide(Order(1, ORDERED, (), old), Settings(window_days=30)).influencer_id == LEA


def test_a_code_used_after_its_campaign_and_window_earns_nothing():
    late = dt.datetime(2026, 4, 29, 0, 0)
    assert _decide(Order(1, late, ("LEAVOYAGE27",))) is None
    last_moment = dt.datetime(2026, 4, 28, 23, 59)
    assert _decide(Order(1, last_moment, ("LEAVOYAGE27",))).method is Method.CODE


def test_a_code_of_another_campaign_earns_only_in_its_own_period():
    assert _decide(Order(1, ORDERED, ("LEANOEL",))) is None
    december = dt.datetime(2026, 12, 12, 10, 0)
    found = _decide(Order(1, december, ("LEANOEL",)))
    assert (found.campaign_id, found.influencer_id) == (CHRISTMAS, LEA)


def test_an_order_with_an_unknown_code_and_no_visit_is_nobodys():
    assert _decide(Order(1, ORDERED, ("WELCOME10",))) is None


def test_order_codes_are_read_as_the_orders_table_joins_them():
    assert split_codes("leavoyage27, WELCOME10") == ("LEAVOYAGE27", "WELCOME10")
    assert split_codes("") == ()
    assert split_codes(None) == ()


def test_a_negative_window_is_refused():
    with pytest.raises(ValueError, match="-1 days"):
        Settings(window_days=-1)


def test_a_partial_refund_reduces_the_revenue():
    amounts = net_revenue(
        total=Decimal("89.90"),
        refunded=Decimal("29.95"),
        cancelled=False,
        financial_status="partially_refunded",
    )
    assert (amounts.revenue, amounts.reversed) == (Decimal("59.95"), False)


@pytest.mark.parametrize(
    ("cancelled", "status"), [(True, "paid"), (False, "refunded"), (False, "voided")]
)
def test_a_cancelled_or_fully_refunded_order_is_reversed_with_no_revenue(cancelled, status):
    amounts = net_revenue(
        total=Decimal("120.00"), refunded=Decimal("0"), cancelled=cancelled, financial_status=status
    )
    assert (amounts.revenue, amounts.reversed) == (Decimal("0.00"), True)


RATES = Rates(
    [
        ("EUR", "USD", dt.date(2026, 1, 1), 1.0842),
        ("EUR", "USD", dt.date(2026, 3, 15), 1.0931),
        ("GBP", "EUR", dt.date(2026, 3, 1), 1.1765),
    ]
)


def test_the_rate_in_force_on_the_order_day_converts_exactly():
    rate = RATES.rate("EUR", "USD", dt.date(2026, 3, 10))
    assert rate == Decimal("1.0842")
    assert convert(Decimal("59.95"), rate) == Decimal("65.00")
    assert RATES.rate("EUR", "USD", dt.date(2026, 3, 15)) == Decimal("1.0931")


def test_a_rate_stored_the_other_way_round_is_inverted():
    rate = RATES.rate("EUR", "GBP", dt.date(2026, 3, 10))
    assert rate == Decimal("0.849978750531")
    assert convert(Decimal("100.00"), rate) == Decimal("85.00")


def test_before_the_first_rate_the_earliest_later_one_is_used_and_same_currency_is_one():
    assert RATES.rate("GBP", "EUR", dt.date(2026, 2, 1)) == Decimal("1.1765")
    assert RATES.rate("EUR", "EUR", dt.date(2026, 2, 1)) == Decimal(1)
    assert RATES.rate("EUR", "JPY", dt.date(2026, 2, 1)) is None
