"""Every account a workspace knows, with what discovery needs to search, rank and audit it.

One `AccountProfile` per account of a non-brand influencer: the latest follower count and its
tier, the median engagement rate of recent posts (from the latest snapshot of each counter),
the declared or detected language, the audience breakdowns, the expected cost per post and per
thousand impressions from past costs, and the results of past campaigns with the brand.
Workspaces hold hundreds to a few thousand accounts, so the rows are read once and combined in
Python.
"""

import datetime as dt
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import sqlalchemy as sa

from influscope.discover.settings import Settings
from influscope.discover.text import detect_language
from influscope.store import schema
from influscope.store.queries import NotFound

# Interactions counted in the engagement rate by followers (kpi-methods §1.2: public counters).
ENGAGEMENT_METRICS = ("likes", "comments", "shares")
# Costs paid to the creator for content; agency fees and boosting are not the creator's price.
_CREATOR_COSTS = ("fee", "product", "shipping", "other")


@dataclass(frozen=True)
class PostFacts:
    post_id: int
    campaign: str | None
    published_at: dt.datetime
    caption: str
    sponsored: bool
    followers: int | None
    counters: dict[str, float]

    @property
    def engagements(self) -> float | None:
        found = [self.counters[m] for m in ENGAGEMENT_METRICS if m in self.counters]
        return sum(found) if found else None

    def engagement_rate(self, basis: str = "followers") -> float | None:
        """Engagements per 100 followers at publication, or per 100 views (`basis="views"`)."""
        base = self.counters.get("views") if basis == "views" else self.followers
        if self.engagements is None or not base:
            return None
        return 100 * self.engagements / base


@dataclass(frozen=True)
class PastCampaign:
    campaign: str
    posts: int
    engagements: float
    median_engagement_rate: float | None
    cost: float | None
    currency: str | None

    @property
    def cost_per_engagement(self) -> float | None:
        if self.cost is None or not self.engagements:
            return None
        return self.cost / self.engagements


@dataclass
class AccountProfile:
    account_id: int
    influencer_id: int
    influencer: str
    platform: str
    handle: str
    followers: int | None
    tier: str | None
    country: str | None
    language: str | None
    language_detected: bool
    age: int | None
    age_range: str | None
    categories: tuple[str, ...]
    bio: str
    engagement_rate: float | None
    engagement_source: str | None  # 'posts' or 'declared'
    engagement_basis: str  # 'followers' or 'views'
    band: tuple[float, float] | None
    posts: list[PostFacts] = field(default_factory=list)
    audience: dict[str, dict[str, float]] = field(default_factory=dict)
    cost_per_post: float | None = None
    currency: str | None = None
    cost_source: str | None = None  # 'past costs' or 'declared'
    expected_impressions: float | None = None
    impressions_source: str | None = None  # 'views', 'impressions' or 'reach rate'
    past_campaigns: list[PastCampaign] = field(default_factory=list)
    follower_history: list[tuple[dt.datetime, int]] = field(default_factory=list)
    story_captions: list[str] = field(default_factory=list)

    @property
    def expected_cpm(self) -> float | None:
        if self.cost_per_post is None or not self.expected_impressions:
            return None
        return 1000 * self.cost_per_post / self.expected_impressions

    @property
    def age_bounds(self) -> tuple[int, int] | None:
        """The creator's age as a range: (29, 29) for an age, (25, 34) or (65, 120) for a range."""
        if self.age is not None:
            return self.age, self.age
        if self.age_range:
            low, _, high = self.age_range.replace("+", "-").partition("-")
            return int(low), int(high) if high else 120
        return None

    @property
    def captions(self) -> list[str]:
        return [p.caption for p in self.posts if p.caption]


def workspace_id_or_raise(conn: sa.Connection, workspace: str) -> int:
    w = schema.workspace
    found = conn.execute(sa.select(w.c.id).where(w.c.name == workspace)).scalar_one_or_none()
    if found is None:
        known = ", ".join(repr(n) for n in conn.execute(sa.select(w.c.name)).scalars()) or "none"
        raise NotFound(f"No workspace {workspace!r}. Workspaces: {known}.")
    return found


def load_directory(
    conn: sa.Connection, *, workspace: str, settings: Settings
) -> list[AccountProfile]:
    """Every account of the workspace's influencers (not the brand's own), most followed first."""
    workspace_id = workspace_id_or_raise(conn, workspace)
    i, a, prof = schema.influencer, schema.account, schema.discovery.account_profile
    rows = conn.execute(
        sa.select(
            a.c.id.label("account_id"),
            a.c.platform,
            a.c.handle,
            i.c.id.label("influencer_id"),
            i.c.name,
            i.c.country,
            i.c.language,
            i.c.categories,
            i.c.age,
            i.c.age_range,
            prof.c.bio,
            prof.c.engagement_rate,
            prof.c.price_per_post,
            prof.c.currency,
        )
        .select_from(a.join(i).outerjoin(prof, prof.c.account_id == a.c.id))
        .where(i.c.workspace_id == workspace_id, i.c.is_brand == sa.false())
        .order_by(a.c.id)
    ).all()
    ids = [r.account_id for r in rows]
    history = _follower_history(conn, ids)
    posts, stories = _posts(conn, ids, history)
    audiences = _audiences(conn, ids)
    costs = _past_costs(conn, workspace_id)
    profiles = []
    for r in rows:
        series = history.get(r.account_id, [])
        followers = series[-1][1] if series else None
        tier = settings.tier_of(followers)
        account_posts = posts.get(r.account_id, [])
        recent = _recent_baseline(account_posts, settings.recent_posts)
        basis = settings.engagement_basis.get(r.platform, "followers")
        rates = [p.engagement_rate(basis) for p in recent if p.engagement_rate(basis) is not None]
        engagement, source = (statistics.median(rates), "posts") if rates else (None, None)
        if engagement is None and r.engagement_rate is not None:
            engagement, source = r.engagement_rate, "declared"
        language, detected = r.language, False
        if not language:
            language = detect_language(" ".join([r.bio or "", *(p.caption for p in recent)]))
            detected = language is not None
        profile = AccountProfile(
            account_id=r.account_id,
            influencer_id=r.influencer_id,
            influencer=r.name,
            platform=r.platform,
            handle=r.handle,
            followers=followers,
            tier=tier,
            country=r.country,
            language=language,
            language_detected=detected,
            age=r.age,
            age_range=r.age_range,
            categories=tuple(c for c in (r.categories or "").split(",") if c),
            bio=r.bio or "",
            engagement_rate=engagement,
            engagement_source=source,
            engagement_basis=basis,
            band=settings.band(r.platform, tier),
            posts=account_posts,
            audience=audiences.get(r.account_id, {}),
            follower_history=series,
            story_captions=stories.get(r.account_id, []),
        )
        if r.price_per_post is not None:
            profile.cost_per_post, profile.currency = float(r.price_per_post), r.currency
            profile.cost_source = "declared"
        _impressions(profile, recent, settings)
        profile.past_campaigns = _past_campaigns(account_posts, costs.get(r.influencer_id), basis)
        profiles.append(profile)
    _share_costs(profiles, costs)
    profiles.sort(key=lambda p: (-(p.followers or 0), p.influencer, p.platform))
    return profiles


def _follower_history(conn, ids: list[int]) -> dict[int, list[tuple[dt.datetime, int]]]:
    """Follower counts by time; where two sources read the same moment, the later row wins."""
    f = schema.follower_snapshot
    found: dict[int, dict[dt.datetime, int]] = defaultdict(dict)
    for chunk in _chunks(ids):
        query = sa.select(f.c.account_id, f.c.captured_at, f.c.followers).where(
            f.c.account_id.in_(chunk)
        )
        for row in conn.execute(query.order_by(f.c.account_id, f.c.captured_at, f.c.id)):
            found[row.account_id][row.captured_at] = row.followers
    return {k: sorted(v.items()) for k, v in found.items()}


def _followers_at(series: list[tuple[dt.datetime, int]], moment: dt.datetime) -> int | None:
    before = [count for at, count in series if at <= moment]
    if before:
        return before[-1]
    return series[0][1] if series else None


def _posts(conn, ids: list[int], history) -> tuple[dict[int, list[PostFacts]], dict]:
    """Feed posts with their latest counters, and the captions of stories, by account."""
    p, m, c = schema.post, schema.metric_snapshot, schema.campaign
    posts: dict[int, list] = defaultdict(list)
    stories: dict[int, list[str]] = defaultdict(list)
    rows = []
    for chunk in _chunks(ids):
        rows += conn.execute(
            sa.select(
                p.c.id,
                p.c.account_id,
                c.c.name.label("campaign"),
                p.c.published_at,
                p.c.caption,
                p.c.sponsored,
                p.c.format,
            )
            .select_from(p.outerjoin(c, c.c.id == p.c.campaign_id))
            .where(p.c.account_id.in_(chunk))
        ).all()
    latest: dict[int, dict[str, tuple[dt.datetime, float]]] = defaultdict(dict)
    post_ids = [r.id for r in rows]
    for chunk in _chunks(post_ids):
        query = sa.select(m.c.post_id, m.c.metric, m.c.captured_at, m.c.value).where(
            m.c.post_id.in_(chunk)
        )
        for snap in conn.execute(query):
            known = latest[snap.post_id].get(snap.metric)
            if known is None or snap.captured_at >= known[0]:
                latest[snap.post_id][snap.metric] = (snap.captured_at, snap.value)
    for r in rows:
        if r.format == "story":  # 24-hour content: not comparable with feed posts
            stories[r.account_id].append(r.caption or "")
            continue
        posts[r.account_id].append(
            PostFacts(
                post_id=r.id,
                campaign=r.campaign,
                published_at=r.published_at,
                caption=r.caption or "",
                sponsored=bool(r.sponsored),
                followers=_followers_at(history.get(r.account_id, []), r.published_at),
                counters={k: v for k, (_, v) in latest[r.id].items()},
            )
        )
    for found in posts.values():
        found.sort(key=lambda post: post.published_at, reverse=True)
    return posts, stories


def _recent_baseline(posts: list[PostFacts], count: int) -> list[PostFacts]:
    """The latest organic posts (sponsored ones are a separate rate, kpi-methods §1.1); all the
    latest posts when the account has too few organic ones to say anything."""
    organic = [p for p in posts if not p.sponsored]
    chosen = organic if len(organic) >= 3 else posts
    return chosen[:count]


def _audiences(conn, ids: list[int]) -> dict[int, dict[str, dict[str, float]]]:
    s = schema.discovery.audience_share
    found: dict[int, dict[str, dict[str, float]]] = defaultdict(lambda: defaultdict(dict))
    for chunk in _chunks(ids):
        query = sa.select(s.c.account_id, s.c.dimension, s.c.segment, s.c.share).where(
            s.c.account_id.in_(chunk)
        )
        for row in conn.execute(query.order_by(s.c.id)):
            found[row.account_id][row.dimension][row.segment] = row.share
    return {k: dict(v) for k, v in found.items()}


@dataclass(frozen=True)
class _Costs:
    by_campaign: dict[str, tuple[float, str]]  # campaign -> (amount, currency)


def _past_costs(conn, workspace_id: int) -> dict[int, _Costs]:
    c, k = schema.campaign, schema.cost
    found: dict[int, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    query = (
        sa.select(k.c.influencer_id, c.c.name, k.c.amount, k.c.currency)
        .join(c, c.c.id == k.c.campaign_id)
        .where(
            c.c.workspace_id == workspace_id,
            k.c.influencer_id.is_not(None),
            k.c.kind.in_(_CREATOR_COSTS),
        )
    )
    for row in conn.execute(query):
        found[row.influencer_id][row.name].append((float(row.amount), row.currency))
    result = {}
    for influencer, campaigns in found.items():
        by_campaign = {}
        for name, amounts in campaigns.items():
            currency = Counter(cur for _, cur in amounts).most_common(1)[0][0]
            by_campaign[name] = (sum(a for a, cur in amounts if cur == currency), currency)
        result[influencer] = _Costs(by_campaign)
    return result


def _share_costs(profiles: list[AccountProfile], costs: dict[int, _Costs]) -> None:
    """A creator's past cost per post: what they were paid for a campaign divided by the posts
    they published in it, over every platform (one fee usually buys posts on several)."""
    by_influencer: dict[int, list[AccountProfile]] = defaultdict(list)
    for profile in profiles:
        by_influencer[profile.influencer_id].append(profile)
    for influencer, accounts in by_influencer.items():
        found = costs.get(influencer)
        if found is None:
            continue
        posted = Counter(p.campaign for a in accounts for p in a.posts if p.campaign)
        per_post = [
            (amount / posted[name], currency)
            for name, (amount, currency) in found.by_campaign.items()
            if posted[name]
        ]
        if not per_post:
            continue
        currency = Counter(cur for _, cur in per_post).most_common(1)[0][0]
        value = statistics.median(v for v, cur in per_post if cur == currency)
        for account in accounts:
            if account.cost_source != "declared":
                account.cost_per_post, account.currency = value, currency
                account.cost_source = "past costs"


def _impressions(profile: AccountProfile, recent: list[PostFacts], settings: Settings) -> None:
    """Expected impressions of one post: the median of recent views or impressions where the
    platform counts them, else followers times the tier's reach rate (kpi-methods §7)."""
    for metric in ("views", "impressions"):
        values = [p.counters[metric] for p in recent if metric in p.counters]
        if len(values) >= 3:
            profile.expected_impressions = statistics.median(values)
            profile.impressions_source = metric
            return
    if profile.followers and profile.tier:
        profile.expected_impressions = profile.followers * settings.reach_rates[profile.tier]
        profile.impressions_source = "reach rate"


def _past_campaigns(posts: list[PostFacts], costs: _Costs | None, basis: str) -> list[PastCampaign]:
    grouped: dict[str, list[PostFacts]] = defaultdict(list)
    for post in posts:
        if post.campaign:
            grouped[post.campaign].append(post)
    result = []
    for name, found in sorted(grouped.items()):
        rates = [p.engagement_rate(basis) for p in found if p.engagement_rate(basis) is not None]
        cost = costs.by_campaign.get(name) if costs else None
        result.append(
            PastCampaign(
                campaign=name,
                posts=len(found),
                engagements=sum(p.engagements or 0 for p in found),
                median_engagement_rate=statistics.median(rates) if rates else None,
                cost=cost[0] if cost else None,
                currency=cost[1] if cost else None,
            )
        )
    return result


def _chunks(values: list, size: int = 2000):
    for start in range(0, len(values), size):
        yield values[start : start + size]
