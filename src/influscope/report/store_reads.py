"""What a report reads from the store besides KPIs: costs by kind, follower histories, post
details. Keyword-only functions over a connection the caller owns, like `store.queries`."""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa

from influscope.compile.sources import last_day_begun
from influscope.store import schema


def costs_by_kind(
    conn: sa.Connection, *, campaign_ids: Sequence[int], as_of: dt.datetime | None = None
) -> list[tuple]:
    """(kind, currency, amount) summed as entered, largest first; incurred by `as_of`, as the
    cost KPIs count them."""
    c = schema.cost
    total = sa.func.sum(c.c.amount)
    query = sa.select(c.c.kind, c.c.currency, total.label("amount")).where(
        c.c.campaign_id.in_(campaign_ids)
    )
    if as_of is not None:
        query = query.where(c.c.incurred_on <= last_day_begun(as_of))
    rows = conn.execute(query.group_by(c.c.kind, c.c.currency).order_by(total.desc(), c.c.kind))
    return [(row.kind, row.currency, _number(row.amount)) for row in rows]


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, Decimal) else value


@dataclass(frozen=True)
class FollowerPoint:
    day: dt.date
    account: str
    followers: int
    provenance: str


def brand_follower_history(
    conn: sa.Connection,
    *,
    workspace: str,
    start: dt.date,
    end: dt.date,
    as_of: dt.datetime | None = None,
) -> list[FollowerPoint]:
    """The follower counts of the brand's own accounts captured between `start` and `end`
    (inclusive), the latest per account and day, oldest first."""
    f, a, i, w = schema.follower_snapshot, schema.account, schema.influencer, schema.workspace
    query = (
        sa.select(f.c.captured_at, a.c.platform, a.c.handle, f.c.followers, f.c.provenance)
        .join(a, a.c.id == f.c.account_id)
        .join(i, i.c.id == a.c.influencer_id)
        .join(w, w.c.id == i.c.workspace_id)
        .where(
            w.c.name == workspace,
            i.c.is_brand,
            f.c.captured_at >= dt.datetime.combine(start, dt.time()),
            f.c.captured_at < dt.datetime.combine(end + dt.timedelta(days=1), dt.time()),
        )
        .order_by(f.c.captured_at, a.c.platform, a.c.handle)
    )
    if as_of is not None:
        query = query.where(f.c.captured_at <= as_of)
    latest: dict[tuple, FollowerPoint] = {}
    for row in conn.execute(query):
        account = f"{row.platform} @{row.handle}"
        point = FollowerPoint(row.captured_at.date(), account, row.followers, row.provenance)
        latest[(point.day, account)] = point
    return sorted(latest.values(), key=lambda p: (p.day, p.account))


@dataclass(frozen=True)
class PostDetails:
    id: int
    influencer: str
    platform: str
    format: str
    published_on: dt.date
    url: str | None
    caption: str


def post_details(conn: sa.Connection, *, post_ids: Sequence[int]) -> dict[int, PostDetails]:
    p, a, i = schema.post, schema.account, schema.influencer
    rows = conn.execute(
        sa.select(
            p.c.id,
            i.c.name.label("influencer"),
            a.c.platform,
            p.c.format,
            p.c.published_on,
            p.c.url,
            p.c.caption,
        )
        .join(a, a.c.id == p.c.account_id)
        .join(i, i.c.id == a.c.influencer_id)
        .where(p.c.id.in_(list(post_ids)))
    )
    return {row.id: PostDetails(**row._asdict()) for row in rows}


def key_messages(conn: sa.Connection, *, campaign_id: int) -> list[str]:
    c = schema.campaign
    text = conn.execute(sa.select(c.c.key_messages).where(c.c.id == campaign_id)).scalar_one()
    return [message.strip() for message in text.split("\n") if message.strip()]
