"""The rules that give a shop order to an influencer, as plain functions over plain records.

An order is attributed by promo code when one of its discount codes belongs to an influencer and
the order falls within that code's campaign (first day to last day plus the window), and by link
when the last click before it (the order's own UTMs or landing page, or the GA4 session that
carries its transaction id) names an influencer of a campaign and happened at most
`window_days` before the order. Our own clicks share no key with an order (the visitor key is a
salted hash the shop never sees): they reach it through the UTMs the link put on the landing
page, and they are read for the leaked-code signals. Both methods naming the same influencer in
the same campaign count once, as 'both'; naming different ones is a conflict that the
precedence settles ('code' by default: a typed code is explicit intent). Orders are judged
against every campaign of the workspace at once, so an order is never counted by two.
"""

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

DEFAULT_WINDOW_DAYS = 30
# A session known only by its day (GA4 reports) starts at midnight of a day in the property's
# time zone, which may be ahead of the order's UTC time: such a touch may follow by a day.
CLOCK_SLACK = dt.timedelta(days=1)
# Financial statuses of an order whose whole value went back to the customer.
REVERSED_STATUSES = frozenset({"refunded", "voided"})


class Method(StrEnum):
    CODE = "code"
    LINK = "link"
    BOTH = "both"


class Precedence(StrEnum):
    CODE = "code"
    LINK = "link"


class LinkSource(StrEnum):
    ORDER_UTM = "order_utm"
    GA4_SESSION = "ga4_session"


@dataclass(frozen=True)
class Settings:
    window_days: int = DEFAULT_WINDOW_DAYS
    precedence: Precedence = Precedence.CODE

    def __post_init__(self) -> None:
        if self.window_days < 0:
            raise ValueError(f"The attribution window is {self.window_days} days: use 0 or more.")

    @property
    def window(self) -> dt.timedelta:
        return dt.timedelta(days=self.window_days)


@dataclass(frozen=True)
class CampaignSpan:
    """When a campaign's codes and links may earn orders, in UTC: from its first day's midnight
    in its own time zone to the end of its last day plus the window."""

    campaign_id: int
    starts_at: dt.datetime
    ends_before: dt.datetime

    def covers(self, moment: dt.datetime) -> bool:
        return self.starts_at <= moment < self.ends_before


@dataclass(frozen=True)
class CodeOwner:
    promo_code_id: int
    code: str
    campaign_id: int
    influencer_id: int


@dataclass(frozen=True)
class Touch:
    """A visit that names a campaign and an influencer, and when it happened (UTC)."""

    campaign_id: int
    influencer_id: int
    at: dt.datetime
    source: LinkSource
    # The platform utm_source named, when it is one.
    platform: str | None = None


@dataclass(frozen=True)
class Order:
    id: int
    created_at: dt.datetime
    codes: tuple[str, ...]
    touches: tuple[Touch, ...] = ()


@dataclass(frozen=True)
class Decision:
    campaign_id: int
    influencer_id: int
    method: Method
    code: CodeOwner | None
    touch: Touch | None
    # The influencer the losing method named, when the two disagreed.
    overruled_influencer_id: int | None = None

    @property
    def conflict(self) -> bool:
        return self.overruled_influencer_id is not None


def split_codes(discount_codes: str | None) -> tuple[str, ...]:
    """The codes of an order, as the orders table joins them ('WELCOME10,LEA27')."""
    if not discount_codes:
        return ()
    return tuple(
        " ".join(code.split()).upper() for code in discount_codes.split(",") if code.strip()
    )


def code_hit(
    order: Order, codes: Mapping[str, CodeOwner], spans: Mapping[int, CampaignSpan]
) -> CodeOwner | None:
    """The first of the order's codes that belongs to an influencer of a campaign then open."""
    for code in order.codes:
        owner = codes.get(code)
        if owner is not None and spans[owner.campaign_id].covers(order.created_at):
            return owner
    return None


def last_click(order: Order, spans: Mapping[int, CampaignSpan], settings: Settings) -> Touch | None:
    """The latest touch within the window before the order, for a campaign then open."""
    eligible = [
        touch
        for touch in order.touches
        if touch.campaign_id in spans
        and spans[touch.campaign_id].covers(order.created_at)
        and order.created_at - settings.window <= touch.at <= order.created_at + CLOCK_SLACK
    ]
    # Ties on time go to the order's own UTMs before GA4's session: the closest evidence.
    ranks = list(LinkSource)
    return max(eligible, key=lambda t: (t.at, -ranks.index(t.source)), default=None)


def decide(
    order: Order,
    *,
    codes: Mapping[str, CodeOwner],
    spans: Mapping[int, CampaignSpan],
    settings: Settings,
) -> Decision | None:
    """Who gets the order, by which method; None when nobody does."""
    code, touch = code_hit(order, codes, spans), last_click(order, spans, settings)
    if code is None and touch is None:
        return None
    if touch is None:
        return Decision(code.campaign_id, code.influencer_id, Method.CODE, code, None)
    if code is None:
        return Decision(touch.campaign_id, touch.influencer_id, Method.LINK, None, touch)
    if (code.campaign_id, code.influencer_id) == (touch.campaign_id, touch.influencer_id):
        return Decision(code.campaign_id, code.influencer_id, Method.BOTH, code, touch)
    if settings.precedence is Precedence.CODE:
        return Decision(
            code.campaign_id, code.influencer_id, Method.CODE, code, touch, touch.influencer_id
        )
    return Decision(
        touch.campaign_id, touch.influencer_id, Method.LINK, code, touch, code.influencer_id
    )


@dataclass(frozen=True)
class Amounts:
    """What an order is worth to the influencer it is attributed to, in its own currency."""

    revenue: Decimal
    reversed: bool


def net_revenue(
    *, total: Decimal, refunded: Decimal | None, cancelled: bool, financial_status: str | None
) -> Amounts:
    """The order total less refunds, never below 0; 0 and reversed when cancelled, voided or
    refunded in full."""
    if cancelled or (financial_status or "").lower() in REVERSED_STATUSES:
        return Amounts(Decimal("0.00"), True)
    return Amounts(max(total - (refunded or Decimal(0)), Decimal("0.00")), False)
