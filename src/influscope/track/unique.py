"""Unique clicks: a person's first human click on a link counts, and the next one counts again
only once the window (one hour by default) has passed since the last counted one.

A person is the visitor key (address and user agent, with a key that changes daily), so two
people behind one address with the same phone model count once per window: the figure is a
floor, like every unique-visitor count that keeps no cookie.
"""

import datetime as dt
from collections.abc import Iterable, MutableMapping
from dataclasses import dataclass

DEFAULT_WINDOW = dt.timedelta(hours=1)


@dataclass(frozen=True)
class Visit:
    link_id: int
    visitor_key: str
    clicked_at: dt.datetime
    is_bot: bool


def mark_unique(
    visits: Iterable[Visit],
    *,
    window: dt.timedelta = DEFAULT_WINDOW,
    last_counted: MutableMapping[tuple[int, str], dt.datetime] | None = None,
) -> list[bool]:
    """Whether each visit (given in time order) counts as unique. `last_counted` holds, per link
    and visitor, the latest unique click already stored; it is updated as visits count."""
    last = {} if last_counted is None else last_counted
    result = []
    for visit in visits:
        counts = False
        if not visit.is_bot:
            key = (visit.link_id, visit.visitor_key)
            previous = last.get(key)
            if previous is None or visit.clicked_at - previous >= window:
                last[key] = visit.clicked_at
                counts = True
        result.append(counts)
    return result
