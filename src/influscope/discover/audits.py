"""Audits over the store: the comments and follower samples of each account, read once.

`save_audits` stores each account's estimated inauthentic share in `account_audit`, where the
`emv_authentic` KPI reads it to discount the account's EMV by that share.
"""

import datetime as dt
import json
from collections import defaultdict

import sqlalchemy as sa

from influscope.discover.authenticity import Audit, Comment, audit_account
from influscope.discover.directory import AccountProfile, load_directory
from influscope.discover.followers import FollowerProfile
from influscope.discover.settings import Settings, built_in_settings
from influscope.store import schema
from influscope.store.writes import SaveSummary, sync_rows


def load_comments(conn: sa.Connection, account_ids: list[int]) -> dict[int, list[Comment]]:
    c, p = schema.discovery.comment, schema.post
    found: dict[int, list[Comment]] = defaultdict(list)
    if not account_ids:
        return found
    query = (
        sa.select(p.c.account_id, c.c.post_id, c.c.author, c.c.text, c.c.commented_at)
        .join(p, p.c.id == c.c.post_id)
        .where(p.c.account_id.in_(account_ids))
        .order_by(c.c.id)
    )
    for row in conn.execute(query):
        found[row.account_id].append(
            Comment(row.post_id, row.author, row.text or "", row.commented_at)
        )
    return found


def load_follower_samples(
    conn: sa.Connection, account_ids: list[int]
) -> dict[int, list[FollowerProfile]]:
    s = schema.discovery.follower_sample
    found: dict[int, list[FollowerProfile]] = defaultdict(list)
    if not account_ids:
        return found
    fields = [c for c in FollowerProfile.__dataclass_fields__]
    query = sa.select(s.c.account_id, *(s.c[f] for f in fields)).where(
        s.c.account_id.in_(account_ids)
    )
    for row in conn.execute(query.order_by(s.c.id)):
        found[row.account_id].append(FollowerProfile(**{f: getattr(row, f) for f in fields}))
    return found


def audit_profiles(
    conn: sa.Connection,
    profiles: list[AccountProfile],
    settings: Settings,
    *,
    training: str | None = None,
) -> dict[int, Audit]:
    """The audit of every profile, by account id."""
    ids = [p.account_id for p in profiles]
    comments = load_comments(conn, ids)
    samples = load_follower_samples(conn, ids)
    posts_of: dict[int, list] = defaultdict(list)
    for p in profiles:
        posts_of[p.influencer_id] += p.posts
    return {
        p.account_id: audit_account(
            p,
            settings,
            comments=comments.get(p.account_id, ()),
            follower_sample=samples.get(p.account_id, ()),
            training=training,
            sibling_posts=[x for x in posts_of[p.influencer_id] if x not in p.posts],
        )
        for p in profiles
    }


def inauthentic_shares(
    conn: sa.Connection, *, workspace: str, settings: Settings | None = None
) -> dict[tuple[str, str], float]:
    """The estimated inauthentic share of each account, by (platform, handle); 0 when clean."""
    settings = settings or built_in_settings()
    profiles = load_directory(conn, workspace=workspace, settings=settings)
    audits = audit_profiles(conn, profiles, settings)
    return {(p.platform, p.handle): audits[p.account_id].inauthentic_share for p in profiles}


def save_audits(
    conn: sa.Connection,
    *,
    workspace: str,
    settings: Settings | None = None,
    training: str | None = None,
    audited_at: dt.datetime | None = None,
) -> int:
    """Audit every account of `workspace` and store its share and fired signals; returns how many
    accounts were audited. Each account keeps one row, its latest audit: saving again replaces it.
    `audited_at` is UTC (now when not given)."""
    settings = settings or built_in_settings()
    audited_at = audited_at or dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    profiles = load_directory(conn, workspace=workspace, settings=settings)
    audits = audit_profiles(conn, profiles, settings, training=training)
    rows = [
        {
            "account_id": audit.account_id,
            "inauthentic_share": min(max(audit.inauthentic_share, 0.0), 1.0),
            "signals": json.dumps([signal.id for signal in audit.flags]),
            "audited_at": audited_at,
        }
        for audit in audits.values()
    ]
    table = schema.discovery.account_audit
    sync_rows(conn, table, key=("account_id",), rows=rows, summary=SaveSummary())
    return len(rows)
