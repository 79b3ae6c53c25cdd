"""From a harvest to the store: accounts tied to their creators, posts matched to campaigns,
counters and series written by natural key, all in the caller's transaction.

An account already in the workspace keeps its creator; a new one gets a creator named after
the handle (`@handle`), which a workbook can later move to the right person. A post already
stored keeps its campaign and sponsored flag (the workbook or an earlier match said so).
"""

import datetime as dt
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

import sqlalchemy as sa

from influscope.ingest.parse import parse_url
from influscope.ingest.platforms.harvest import Harvest
from influscope.ingest.platforms.matching import (
    brand_handles,
    load_campaign_windows,
    match_post,
)
from influscope.store import schema
from influscope.store.records import AccountRecord, Batch, InfluencerRecord, normalise_handle
from influscope.store.writes import SaveSummary, get_or_create_workspace, save_batch, sync_rows


@dataclass(frozen=True)
class UnmatchedPost:
    platform: str
    handle: str
    post_key: str
    published_at: dt.datetime
    url: str | None
    reason: str


@dataclass
class PlatformImport:
    source: str
    api_version: str | None
    summary: SaveSummary
    unmatched: list[UnmatchedPost] = field(default_factory=list)

    @property
    def added(self) -> int:
        return sum(c["inserted"] for c in self.summary.counts.values())

    @property
    def updated(self) -> int:
        return sum(c["updated"] for c in self.summary.counts.values())


def save_harvest(
    conn: sa.Connection, *, workspace: str, harvest: Harvest, campaign: str | None = None
) -> PlatformImport:
    workspace_id = get_or_create_workspace(conn, name=workspace)
    platform = str(harvest.platform)
    stored_accounts = _stored_accounts(conn, workspace_id=workspace_id, platform=platform)
    by_platform_id = {
        row.platform_id: row.handle for row in stored_accounts.values() if row.platform_id
    }
    # A renamed account is recognised by its platform id and keeps its stored handle.
    renamed = {
        seen.handle: by_platform_id[seen.platform_id]
        for seen in harvest.accounts.values()
        if seen.platform_id in by_platform_id and seen.handle not in stored_accounts
    }
    batch = Batch()
    for seen in harvest.accounts.values():
        handle = renamed.get(seen.handle, seen.handle)
        stored = stored_accounts.get(handle)
        owner = stored.influencer if stored else f"@{handle}"
        if stored is None:
            batch.influencers.append(InfluencerRecord(name=owner))
        batch.accounts.append(
            AccountRecord(
                influencer=owner,
                platform=harvest.platform,
                handle=handle,
                platform_id=seen.platform_id or (stored.platform_id if stored else None),
            )
        )
    _keep_existing_influencers(conn, workspace_id=workspace_id, batch=batch)
    stored_posts = _stored_posts(conn, workspace_id=workspace_id, platform=platform)
    campaigns = load_campaign_windows(conn, workspace_id=workspace_id, only=campaign)
    names = _campaign_names(conn, workspace_id)
    brand = brand_handles(conn, workspace_id=workspace_id)
    result = PlatformImport(harvest.source, harvest.api_version, SaveSummary())
    keys: dict[str, str] = {}
    # A post seen twice (on two pages, or in two responses) is read once, as last seen.
    for post in {post.post_key: post for post in harvest.posts}.values():
        handle = renamed.get(post.handle, post.handle)
        known = _find_post(stored_posts, post)
        key = known.post_key if known else post.post_key
        keys[post.post_key] = key
        post = replace(post, handle=handle, post_key=key, url=_tidy_url(post.url))
        if known is not None and known.campaign_id is not None:
            batch.posts.append(
                replace(post, campaign=names[known.campaign_id], sponsored=known.sponsored)
            )
            continue
        stored = stored_accounts.get(handle)
        match = match_post(
            post,
            influencer_id=stored.influencer_id if stored else None,
            campaigns=campaigns,
            brand=brand,
            vouched=campaign is not None,
        )
        if match.campaign is None:
            sponsored = known.sponsored if known else False
            batch.posts.append(replace(post, sponsored=sponsored))
            result.unmatched.append(
                UnmatchedPost(platform, handle, key, post.published_at, post.url, match.reason)
            )
        else:
            batch.posts.append(replace(post, campaign=match.campaign.name, sponsored=True))
    # Readers give UTC as naive times, which save_batch would read as the campaign's local
    # time (a workbook's): marked as UTC, they are stored as they are.
    batch.posts = [
        p
        if p.published_at.tzinfo
        else replace(p, published_at=p.published_at.replace(tzinfo=dt.UTC))
        for p in batch.posts
    ]
    batch.followers = [
        replace(f, handle=renamed.get(f.handle, f.handle)) for f in harvest.followers
    ]
    batch.metrics = [replace(m, post_key=keys.get(m.post_key, m.post_key)) for m in harvest.metrics]
    result.summary = save_batch(conn, workspace=workspace, batch=batch)
    _save_series(
        conn,
        workspace_id=workspace_id,
        harvest=harvest,
        renamed=renamed,
        keys=keys,
        summary=result.summary,
    )
    return result


@dataclass(frozen=True)
class _StoredAccount:
    handle: str
    platform_id: str | None
    influencer: str
    influencer_id: int


def _stored_accounts(conn, *, workspace_id: int, platform: str) -> dict[str, _StoredAccount]:
    i, a = schema.influencer, schema.account
    rows = conn.execute(
        sa.select(a.c.handle, a.c.platform_id, i.c.name, i.c.id)
        .join(i)
        .where(i.c.workspace_id == workspace_id, a.c.platform == platform)
    )
    return {
        row.handle: _StoredAccount(row.handle, row.platform_id, row.name, row.id) for row in rows
    }


def _keep_existing_influencers(conn, *, workspace_id: int, batch: Batch) -> None:
    """A creator named `@handle` may already exist (a second platform's import): not twice."""
    i = schema.influencer
    existing = set(
        conn.execute(sa.select(i.c.name).where(i.c.workspace_id == workspace_id)).scalars()
    )
    batch.influencers = [r for r in batch.influencers if r.name not in existing]


@dataclass(frozen=True)
class _StoredPost:
    post_key: str
    platform_post_id: str | None
    url: str | None
    campaign_id: int | None
    sponsored: bool


def _stored_posts(conn, *, workspace_id: int, platform: str) -> dict[str, _StoredPost]:
    """Stored posts by key, by platform id and by URL: a workbook may have keyed one by URL."""
    i, a, p = schema.influencer, schema.account, schema.post
    rows = conn.execute(
        sa.select(p.c.post_key, p.c.platform_post_id, p.c.url, p.c.campaign_id, p.c.sponsored)
        .select_from(p.join(a).join(i))
        .where(i.c.workspace_id == workspace_id, a.c.platform == platform)
    )
    found: dict[str, _StoredPost] = {}
    for row in rows:
        post = _StoredPost(*row)
        for alias in (row.url, row.platform_post_id, row.post_key):
            if alias:
                found[alias] = post
    return found


def _find_post(stored: dict[str, _StoredPost], post) -> _StoredPost | None:
    """The stored post by key, by platform id, or by URL as given or as the workbook tidies it."""
    for alias in (post.post_key, post.platform_post_id, post.url, _tidy_url(post.url)):
        if alias and alias in stored:
            return stored[alias]
    return None


def _tidy_url(url: str | None) -> str | None:
    """A permalink tidied as the workbook tidies a pasted one (`parse_url`), so the two match.

    Kept as given when it is no web address, or when a `.php` page names the post in its query
    (Facebook's `permalink.php?story_fbid=…`): `parse_url` drops the query, and every such post
    would share one address.
    """
    if url is None or urlsplit(url).path.endswith(".php"):
        return url
    try:
        return parse_url(url)
    except ValueError:
        return url


def _campaign_names(conn, workspace_id: int) -> dict[int, str]:
    c = schema.campaign
    rows = conn.execute(sa.select(c.c.id, c.c.name).where(c.c.workspace_id == workspace_id))
    return {row.id: row.name for row in rows}


def _save_series(conn, *, workspace_id, harvest: Harvest, renamed, keys, summary) -> None:
    i, a = schema.influencer, schema.account
    accounts = {
        row.handle: row.id
        for row in conn.execute(
            sa.select(a.c.handle, a.c.id)
            .join(i)
            .where(i.c.workspace_id == workspace_id, a.c.platform == str(harvest.platform))
        )
    }
    sync_rows(
        conn,
        schema.sources.platform_series,
        key=("account_id", "post_key", "metric", "period", "end_time", "source"),
        rows=(
            {
                "account_id": accounts[normalise_handle(renamed.get(s.handle, s.handle))],
                "post_key": keys.get(s.post_key, s.post_key) if s.post_key else "",
                "metric": s.metric,
                "period": s.period,
                "end_time": s.end_time,
                "value": float(s.value),
                "source": s.source or harvest.source,
            }
            for s in harvest.series
        ),
        summary=summary,
    )


def list_unmatched_posts(
    conn: sa.Connection, *, workspace: str, platform: str | None = None
) -> list[UnmatchedPost]:
    """Posts in the workspace that belong to no campaign, newest first."""
    w, i, a, p = schema.workspace, schema.influencer, schema.account, schema.post
    query = (
        sa.select(a.c.platform, a.c.handle, p.c.post_key, p.c.published_at, p.c.url)
        .select_from(p.join(a).join(i).join(w))
        .where(w.c.name == workspace, p.c.campaign_id.is_(None), sa.not_(i.c.is_brand))
        .order_by(p.c.published_at.desc(), p.c.post_key)
    )
    if platform is not None:
        query = query.where(a.c.platform == platform)
    return [UnmatchedPost(*row, reason="no campaign") for row in conn.execute(query)]
