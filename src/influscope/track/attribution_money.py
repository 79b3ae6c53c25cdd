"""Order revenue in the campaign's currency, at the rate in force on the order's day, in exact
decimals.

Rates follow the store's convention (schema `exchange_rate`: 1 `base` is worth `rate` `quote`
from `valid_on`) and the KPI engine's choice of rate (compile/money.py): the latest rate valid on
the day, else the earliest later one, read either way round. A stored rate is a double; it is
read back as the decimal it was typed as (`repr`), so 1.0842 stays 1.0842 and never becomes
1.08419999….
"""

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext

import sqlalchemy as sa

from influscope.store import schema

CENT = Decimal("0.01")
# The places the store keeps of a rate (order_attribution.exchange_rate is Numeric(24, 12)).
RATE_PLACES = Decimal("1e-12")


@dataclass(frozen=True)
class _Quote:
    valid_on: dt.date
    rate: Decimal
    inverse: bool


class Rates:
    """Every stored exchange rate, asked for one pair and one day at a time."""

    def __init__(self, rows: list[tuple[str, str, dt.date, float]]) -> None:
        self._quotes: dict[tuple[str, str], list[_Quote]] = {}
        for base, quote, valid_on, rate in rows:
            exact = Decimal(repr(float(rate)))
            if exact == 0:
                continue
            self._quotes.setdefault((base, quote), []).append(_Quote(valid_on, exact, False))
            with localcontext() as context:
                context.prec = 34
                inverse = Decimal(1) / exact
            self._quotes.setdefault((quote, base), []).append(_Quote(valid_on, inverse, True))

    @classmethod
    def load(cls, conn: sa.Connection) -> "Rates":
        t = schema.exchange_rate
        query = sa.select(t.c.base, t.c.quote, t.c.valid_on, t.c.rate)
        return cls([tuple(row) for row in conn.execute(query)])

    def rate(self, base: str, quote: str, day: dt.date) -> Decimal | None:
        """How many `quote` one `base` is worth on `day`; None when no rate links them."""
        if base == quote:
            return Decimal(1)
        quotes = self._quotes.get((base, quote))
        if not quotes:
            return None
        chosen = min(
            quotes,
            key=lambda q: (q.valid_on > day, abs((q.valid_on - day).days), q.inverse),
        )
        return chosen.rate.quantize(RATE_PLACES)


def convert(amount: Decimal, rate: Decimal) -> Decimal:
    """`amount` times `rate`, to the cent, halves away from zero as people round by hand."""
    return (amount * rate).quantize(CENT, rounding=ROUND_HALF_UP)
