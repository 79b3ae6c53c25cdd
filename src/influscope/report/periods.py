"""Reporting periods as people write them: a quarter, a month, a range of months, a year."""

import datetime as dt
import re
from dataclasses import dataclass

_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$", re.IGNORECASE)
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
FORMS = "2026-Q3, 2026-10, 2026-09..2026-10 or 2026"


@dataclass(frozen=True)
class Period:
    """Whole months from `start` to `end` (both included)."""

    start: dt.date
    end: dt.date
    label: str

    @property
    def months(self) -> int:
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    def previous(self) -> "Period":
        """The period of the same number of months that ends the day before this one."""
        end = self.start - dt.timedelta(days=1)
        start = _add_months(self.start, -self.months)
        return Period(start, end, f"{start:%Y-%m}..{end:%Y-%m}")

    @property
    def as_of(self) -> dt.datetime:
        """Midnight after the last day: a report of a past period never changes later."""
        return dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time())


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _month_end(start: dt.date) -> dt.date:
    return _add_months(start, 1) - dt.timedelta(days=1)


def _month(text: str) -> dt.date | None:
    if match := _MONTH.match(text):
        year, month = int(match[1]), int(match[2])
        if 1 <= month <= 12:
            return dt.date(year, month, 1)
    return None


def parse_period(text: str) -> Period:
    text = text.strip()
    if match := _QUARTER.match(text):
        start = dt.date(int(match[1]), 3 * int(match[2]) - 2, 1)
        return Period(start, _month_end(_add_months(start, 2)), text.upper())
    if match := _YEAR.match(text):
        year = int(match[1])
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), text)
    first, separator, last = text.partition("..")
    start, end = _month(first), _month(last if separator else first)
    if start is None or end is None or end < start:
        raise ValueError(f"{text!r} is not a period: write {FORMS}.")
    return Period(start, _month_end(end), text)
