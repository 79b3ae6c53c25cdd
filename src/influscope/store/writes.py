"""Writing records by natural key: insert what is new, update what changed, leave the rest.

The caller owns the transaction: `save_batch` either writes a whole batch or, when it raises
inside `engine.begin()`, nothing at all.
"""

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from influscope.store import schema
from influscope.store.records import Batch, normalise_handle, normalise_hashtag

_CHUNK = 2000


@dataclass
class SaveSummary:
    """How many rows each table gained, changed or already had: `table -> outcome -> count`."""

    counts: dict[str, Counter] = field(default_factory=dict)

    def add(self, table: str, outcome: str, n: int = 1) -> None:
        self.counts.setdefault(table, Counter())[outcome] += n

    @property
    def changed(self) -> int:
        return sum(c["inserted"] + c["updated"] for c in self.counts.values())


def sync_rows(
    conn: sa.Connection,
    table: sa.Table,
    *,
    key: Sequence[str],
    rows: Iterable[dict],
    summary: SaveSummary,
) -> dict[tuple, int]:
    """Upsert `rows` by the columns in `key`; returns the id of every row, by key."""
    rows = list({tuple(r[k] for k in key): r for r in rows}.values())
    if not rows:
        return {}
    columns = list(rows[0])
    values = [c for c in columns if c not in key]
    existing: dict[tuple, sa.Row] = {}
    first = table.c[key[0]]
    wanted = sorted({r[key[0]] for r in rows}, key=str)
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        query = sa.select(table.c.id, *(table.c[c] for c in columns)).where(first.in_(chunk))
        for row in conn.execute(query):
            existing[tuple(getattr(row, k) for k in key)] = row
    inserts, updates, ids = [], [], {}
    for row in rows:
        k = tuple(row[c] for c in key)
        found = existing.get(k)
        if found is None:
            inserts.append(row)
        elif any(_differs(getattr(found, c), row[c]) for c in values):
            updates.append({**row, "_id": found.id})
            ids[k] = found.id
        else:
            ids[k] = found.id
    if updates:
        # Only the non-key columns are set: DuckDB turns an update of an indexed column into a
        # delete and insert, which it refuses while other rows refer to the one updated.
        conn.execute(
            table.update()
            .where(table.c.id == sa.bindparam("_id"))
            .values({c: sa.bindparam(f"new_{c}") for c in values}),
            [{f"new_{c}": u[c] for c in values} | {"_id": u["_id"]} for u in updates],
        )
    for start in range(0, len(inserts), _CHUNK):
        conn.execute(table.insert(), inserts[start : start + _CHUNK])
    if inserts:
        for row in conn.execute(
            sa.select(table.c.id, *(table.c[k] for k in key)).where(
                first.in_(sorted({r[key[0]] for r in inserts}, key=str))
            )
        ):
            ids.setdefault(tuple(getattr(row, k) for k in key), row.id)
    summary.add(table.name, "inserted", len(inserts))
    summary.add(table.name, "updated", len(updates))
    summary.add(table.name, "unchanged", len(rows) - len(inserts) - len(updates))
    return ids


def _differs(stored: object, new: object) -> bool:
    if isinstance(stored, float) or isinstance(new, float):
        return stored is None or new is None or abs(float(stored) - float(new)) > 1e-9
    return stored != new


def get_or_create_workspace(conn: sa.Connection, *, name: str) -> int:
    found = conn.execute(
        sa.select(schema.workspace.c.id).where(schema.workspace.c.name == name)
    ).scalar_one_or_none()
    if found is not None:
        return found
    return conn.execute(
        schema.workspace.insert().values(name=name).returning(schema.workspace.c.id)
    ).scalar_one()


@dataclass(frozen=True)
class KnownKeys:
    """Natural keys already in a workspace, so a validator can accept references to them."""

    campaigns: frozenset[str]
    influencers: frozenset[str]
    accounts: frozenset[tuple[str, str]]
    posts: frozenset[tuple[str, str]]
    # What a cost in another currency needs: its campaign's currency and a rate between the two
    # (rates belong to the store, not to one workspace).
    campaign_currencies: dict[str, str] = field(default_factory=dict)
    rate_pairs: frozenset[frozenset[str]] = frozenset()


def known_keys(conn: sa.Connection, *, workspace: str) -> KnownKeys:
    w, c, i, a, p = (
        schema.workspace,
        schema.campaign,
        schema.influencer,
        schema.account,
        schema.post,
    )
    in_workspace = w.c.name == workspace
    campaigns = conn.execute(sa.select(c.c.name).join(w).where(in_workspace)).scalars().all()
    influencers = conn.execute(sa.select(i.c.name).join(w).where(in_workspace)).scalars().all()
    accounts = conn.execute(
        sa.select(a.c.platform, a.c.handle).select_from(a.join(i).join(w)).where(in_workspace)
    ).all()
    posts = conn.execute(
        sa.select(a.c.platform, p.c.post_key)
        .select_from(p.join(a).join(i).join(w))
        .where(in_workspace)
    ).all()
    currencies = conn.execute(sa.select(c.c.name, c.c.currency).join(w).where(in_workspace))
    fx = schema.exchange_rate
    pairs = conn.execute(sa.select(fx.c.base, fx.c.quote).distinct())
    return KnownKeys(
        campaigns=frozenset(campaigns),
        campaign_currencies={name: currency for name, currency in currencies},
        rate_pairs=frozenset(frozenset(pair) for pair in pairs),
        influencers=frozenset(influencers),
        accounts=frozenset((r.platform, r.handle) for r in accounts),
        posts=frozenset((r.platform, r.post_key) for r in posts),
    )


def _join(values: Iterable[str]) -> str:
    return ",".join(values)


def _lookup(conn: sa.Connection, query: sa.Select) -> dict:
    return {tuple(row[:-1]) if len(row) > 2 else row[0]: row[-1] for row in conn.execute(query)}


def _to_utc(moment: dt.datetime, zone: str) -> dt.datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(zone))
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


def save_batch(conn: sa.Connection, *, workspace: str, batch: Batch) -> SaveSummary:
    """Write a batch whose references have been validated; unknown references raise KeyError."""
    summary = SaveSummary()
    workspace_id = get_or_create_workspace(conn, name=workspace)
    c, i, a = schema.campaign, schema.influencer, schema.account

    sync_rows(
        conn,
        c,
        key=("workspace_id", "name"),
        rows=(
            {
                "workspace_id": workspace_id,
                "name": r.name,
                "objectives": _join(r.objectives),
                "start_date": r.start_date,
                "end_date": r.end_date,
                "budget": r.budget,
                "currency": r.currency,
                "time_zone": r.time_zone,
                "hashtags": _join(normalise_hashtag(tag) for tag in r.hashtags),
                "key_messages": "\n".join(r.key_messages),
            }
            for r in batch.campaigns
        ),
        summary=summary,
    )
    campaigns = {
        row.name: row
        for row in conn.execute(
            sa.select(c.c.id, c.c.name, c.c.time_zone).where(c.c.workspace_id == workspace_id)
        )
    }
    sync_rows(
        conn,
        i,
        key=("workspace_id", "name"),
        rows=(
            {
                "workspace_id": workspace_id,
                "name": r.name,
                "country": r.country,
                "language": r.language,
                "categories": _join(r.categories),
                "age": r.age,
                "age_range": r.age_range,
                "contact": r.contact,
                "is_brand": r.is_brand,
            }
            for r in batch.influencers
        ),
        summary=summary,
    )
    influencers = _lookup(conn, sa.select(i.c.name, i.c.id).where(i.c.workspace_id == workspace_id))
    _move_accounts(conn, workspace_id=workspace_id, batch=batch, influencers=influencers)
    sync_rows(
        conn,
        a,
        key=("influencer_id", "platform", "handle"),
        rows=(
            {
                "influencer_id": influencers[r.influencer],
                "platform": str(r.platform),
                "handle": normalise_handle(r.handle),
                "platform_id": r.platform_id,
            }
            for r in batch.accounts
        ),
        summary=summary,
    )
    accounts = _lookup(
        conn,
        sa.select(a.c.platform, a.c.handle, a.c.id).join(i).where(i.c.workspace_id == workspace_id),
    )
    sync_rows(
        conn,
        schema.follower_snapshot,
        key=("account_id", "captured_at", "source"),
        rows=(
            {
                "account_id": accounts[(str(r.platform), normalise_handle(r.handle))],
                "captured_at": _to_utc(r.captured_at, "UTC"),
                "followers": r.followers,
                "source": r.source,
                "provenance": str(r.provenance),
            }
            for r in batch.followers
        ),
        summary=summary,
    )

    def post_row(r):
        found = campaigns[r.campaign] if r.campaign else None
        zone = found.time_zone if found else "UTC"
        published_at = _to_utc(r.published_at, zone)
        local = published_at.replace(tzinfo=dt.UTC).astimezone(ZoneInfo(zone))
        return {
            "account_id": accounts[(str(r.platform), normalise_handle(r.handle))],
            "post_key": r.post_key,
            "campaign_id": found.id if found else None,
            "platform_post_id": r.platform_post_id,
            "url": r.url,
            "format": str(r.format),
            "published_at": published_at,
            "published_on": local.date(),
            "caption": r.caption,
            "hashtags": _join(normalise_hashtag(tag) for tag in r.hashtags),
            "mentions": _join(normalise_handle(name) for name in r.mentions),
            "sponsored": r.sponsored,
        }

    sync_rows(
        conn,
        schema.post,
        key=("account_id", "post_key"),
        rows=(post_row(r) for r in batch.posts),
        summary=summary,
    )
    p = schema.post
    posts = _lookup(
        conn,
        sa.select(a.c.platform, p.c.post_key, p.c.id)
        .select_from(p.join(a).join(i))
        .where(i.c.workspace_id == workspace_id),
    )
    sync_rows(
        conn,
        schema.metric_snapshot,
        key=("post_id", "metric", "captured_at", "source"),
        rows=(
            {
                "post_id": posts[(str(r.platform), r.post_key)],
                "captured_at": _to_utc(r.captured_at, "UTC"),
                "metric": str(r.metric),
                "value": float(r.value),
                "source": r.source,
                "provenance": str(r.provenance),
            }
            for r in batch.metrics
        ),
        summary=summary,
    )
    _save_costs(conn, batch=batch, campaigns=campaigns, influencers=influencers, summary=summary)
    sync_rows(
        conn,
        schema.roster,
        key=("campaign_id", "influencer_id"),
        rows=(
            {
                "campaign_id": campaigns[r.campaign].id,
                "influencer_id": influencers[r.influencer],
                "status": str(r.status),
                "posts_contracted": r.posts_contracted,
                "products_sent": r.products_sent,
            }
            for r in batch.roster
        ),
        summary=summary,
    )
    sync_rows(
        conn,
        schema.mention,
        key=("workspace_id", "platform", "external_id"),
        rows=(
            {
                "workspace_id": workspace_id,
                "brand": r.brand,
                "own": r.own,
                "platform": str(r.platform),
                "external_id": r.external_id,
                "mentioned_on": r.mentioned_on,
                "engagements": r.engagements,
                "source": r.source,
            }
            for r in batch.mentions
        ),
        summary=summary,
    )
    sync_rows(
        conn,
        schema.exchange_rate,
        key=("base", "quote", "valid_on"),
        rows=(
            {
                "base": r.base,
                "quote": r.quote,
                "valid_on": r.valid_on,
                "rate": float(r.rate),
                "source": r.source,
            }
            for r in batch.exchange_rates
        ),
        summary=summary,
    )
    sync_rows(
        conn,
        schema.indicator_value,
        key=("campaign_id", "indicator", "measured_on"),
        rows=(
            {
                "campaign_id": campaigns[r.campaign].id,
                "indicator": r.indicator,
                "measured_on": r.measured_on,
                "value": float(r.value),
                "source": r.source,
            }
            for r in batch.indicators
        ),
        summary=summary,
    )
    sync_rows(
        conn,
        schema.target,
        key=("campaign_id", "kpi"),
        rows=(
            {"campaign_id": campaigns[r.campaign].id, "kpi": r.kpi, "value": float(r.value)}
            for r in batch.targets
        ),
        summary=summary,
    )
    return summary


def _move_accounts(conn, *, workspace_id: int, batch: Batch, influencers: dict) -> None:
    """A handle is one account per workspace: when a batch gives it to another influencer (a
    corrected attribution), the stored account moves with its posts and history."""
    i, a = schema.influencer, schema.account
    stored = {
        (row.platform, row.handle): row
        for row in conn.execute(
            sa.select(a.c.id, a.c.platform, a.c.handle, a.c.influencer_id)
            .join(i)
            .where(i.c.workspace_id == workspace_id)
        )
    }
    for record in batch.accounts:
        found = stored.get((str(record.platform), normalise_handle(record.handle)))
        owner = influencers[record.influencer]
        if found is not None and found.influencer_id != owner:
            conn.execute(a.update().where(a.c.id == found.id).values(influencer_id=owner))


def _save_costs(conn, *, batch: Batch, campaigns: dict, influencers: dict, summary) -> None:
    # A cost has no id of its own in a spreadsheet: campaign, influencer, kind, date and
    # description identify it, so a corrected amount updates the row instead of adding one.
    # The influencer column may be null, which a plain equality key would never match.
    table = schema.cost
    for r in batch.costs:
        values = {
            "campaign_id": campaigns[r.campaign].id,
            "influencer_id": influencers[r.influencer] if r.influencer else None,
            "kind": str(r.kind),
            "incurred_on": r.incurred_on,
            "description": r.description,
        }
        where = [table.c[k].is_(None) if v is None else table.c[k] == v for k, v in values.items()]
        found = conn.execute(
            sa.select(table.c.id, table.c.amount, table.c.currency).where(*where)
        ).first()
        if found is None:
            conn.execute(table.insert().values(**values, amount=r.amount, currency=r.currency))
            summary.add("cost", "inserted")
        elif found.amount != r.amount or found.currency != r.currency:
            conn.execute(
                table.update()
                .where(table.c.id == found.id)
                .values(amount=r.amount, currency=r.currency)
            )
            summary.add("cost", "updated")
        else:
            summary.add("cost", "unchanged")
