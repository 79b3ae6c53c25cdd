"""Which campaign and influencer a set of UTM parameters names, by the convention every link
carries (src/influscope/track/convention.py).

The campaign is `utm_id` when it is the id of a campaign of the workspace, else the campaign
whose slug `utm_campaign` spells; the influencer is the account whose handle is `utm_content`
on the platform `utm_source` names (any platform when the source is not one and the handle
is unambiguous), or the author of the post whose key `utm_content` holds. Everything is compared
case-insensitively: GA4 keeps what the URL held, and people retype links.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

import sqlalchemy as sa

from influscope.store import schema
from influscope.store.records import normalise_handle
from influscope.track.convention import campaign_slug
from influscope.vocabulary import Platform

UTM_FIELDS = ("utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term", "utm_id")
_PLATFORMS = {platform.value for platform in Platform}


@dataclass(frozen=True)
class UtmMatch:
    campaign_id: int | None
    influencer_id: int | None


NO_MATCH = UtmMatch(None, None)


def landing_parameters(url: str | None) -> dict[str, str]:
    """The UTM parameters of a landing URL or path (`/products/x?utm_source=tiktok&…`). A key
    given twice keeps its first value: the redirector puts the link's own UTMs first and the
    visitor's query after them, so anything appended cannot relabel the visit."""
    if not url:
        return {}
    found: dict[str, str] = {}
    for key, value in parse_qsl(urlsplit(url.strip()).query, keep_blank_values=False):
        if key.lower() in UTM_FIELDS:
            found.setdefault(key.lower(), value)
    return found


def platform_of(utm_source: str | None) -> str | None:
    """The platform a utm_source names, whatever its case; None for any other source."""
    source = (utm_source or "").strip().lower()
    return source if source in _PLATFORMS else None


class UtmIndex:
    """A workspace's campaigns, accounts and posts, keyed the way UTMs name them."""

    def __init__(self, conn: sa.Connection, *, workspace_id: int) -> None:
        c, i, a, p = schema.campaign, schema.influencer, schema.account, schema.post
        self.campaign_ids: set[int] = set()
        slugs: dict[str, set[int]] = {}
        for row in conn.execute(
            sa.select(c.c.id, c.c.name).where(c.c.workspace_id == workspace_id)
        ):
            self.campaign_ids.add(row.id)
            slugs.setdefault(campaign_slug(row.name), set()).add(row.id)
        # Two campaigns with one slug cannot be told apart by utm_campaign: neither is named.
        self.slugs = {slug: ids.pop() for slug, ids in slugs.items() if len(ids) == 1}
        self.accounts: dict[tuple[str, str], int] = {}
        by_handle: dict[str, set[int]] = {}
        for row in conn.execute(
            sa.select(a.c.platform, a.c.handle, a.c.influencer_id)
            .join(i)
            .where(i.c.workspace_id == workspace_id)
        ):
            handle = normalise_handle(row.handle)
            self.accounts[(row.platform, handle)] = row.influencer_id
            by_handle.setdefault(handle, set()).add(row.influencer_id)
        self.handles = {h: ids.pop() for h, ids in by_handle.items() if len(ids) == 1}
        self.posts: dict[str, tuple[int, int | None]] = {}
        for row in conn.execute(
            sa.select(p.c.post_key, p.c.campaign_id, a.c.influencer_id)
            .select_from(p.join(a).join(i))
            .where(i.c.workspace_id == workspace_id)
        ):
            self.posts[row.post_key.strip().lower()] = (row.influencer_id, row.campaign_id)

    def match(self, utms: Mapping[str, str | None]) -> UtmMatch:
        """The campaign and influencer `utms` name; either may be None."""

        def value(name: str) -> str:
            return (utms.get(name) or "").strip()

        campaign_id = None
        utm_id = value("utm_id")
        if utm_id.isdigit() and int(utm_id) in self.campaign_ids:
            campaign_id = int(utm_id)
        elif value("utm_campaign"):
            campaign_id = self.slugs.get(campaign_slug(value("utm_campaign")))
        content, platform = value("utm_content"), platform_of(value("utm_source"))
        influencer_id = None
        if content:
            handle = normalise_handle(content)
            if platform is not None:
                influencer_id = self.accounts.get((platform, handle))
            else:
                influencer_id = self.handles.get(handle)
            if influencer_id is None and content.lower() in self.posts:
                influencer_id, post_campaign = self.posts[content.lower()]
                campaign_id = campaign_id or post_campaign
        return UtmMatch(campaign_id, influencer_id)


@dataclass(frozen=True)
class MatchSummary:
    # Rows with a UTM or an earlier match: the only ones a match can change.
    rows: int
    with_campaign: int
    with_influencer: int
    changed: int


def match_web_traffic(conn: sa.Connection, *, workspace_id: int) -> MatchSummary:
    """Set `web_traffic.campaign_id` and `influencer_id` from each row's UTMs. Rows are
    recomputed from scratch, so a corrected handle or campaign moves them, and running it
    again changes nothing."""
    t = schema.commerce.web_traffic
    index = UtmIndex(conn, workspace_id=workspace_id)
    # Rows without a UTM nor a match (organic and direct visits, most of an export) cannot
    # change: they are left unread.
    relevant = sa.or_(
        *(t.c[f].is_not(None) for f in UTM_FIELDS),
        t.c.campaign_id.is_not(None),
        t.c.influencer_id.is_not(None),
    )
    rows = conn.execute(
        sa.select(t.c.id, t.c.campaign_id, t.c.influencer_id, *(t.c[f] for f in UTM_FIELDS)).where(
            t.c.workspace_id == workspace_id, relevant
        )
    ).all()
    updates, with_campaign, with_influencer = [], 0, 0
    for row in rows:
        found = index.match(row._mapping)
        with_campaign += found.campaign_id is not None
        with_influencer += found.influencer_id is not None
        if (found.campaign_id, found.influencer_id) != (row.campaign_id, row.influencer_id):
            updates.append(
                {"_id": row.id, "_campaign": found.campaign_id, "_influencer": found.influencer_id}
            )
    if updates:
        conn.execute(
            t.update()
            .where(t.c.id == sa.bindparam("_id"))
            .values(
                campaign_id=sa.bindparam("_campaign"), influencer_id=sa.bindparam("_influencer")
            ),
            updates,
        )
    return MatchSummary(len(rows), with_campaign, with_influencer, len(updates))
