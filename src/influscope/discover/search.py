"""Filtering and sorting the directory; filters are plain data, so a search can be saved."""

import dataclasses
import json
import re
from dataclasses import dataclass

import sqlalchemy as sa

from influscope.discover.authenticity import Audit
from influscope.discover.directory import AccountProfile, workspace_id_or_raise
from influscope.discover.text import fold
from influscope.store import schema
from influscope.store.queries import NotFound

SORTS = ("followers", "engagement", "authenticity", "cost", "cpm", "name")


@dataclass(frozen=True)
class Filters:
    platforms: tuple[str, ...] = ()
    tiers: tuple[str, ...] = ()
    min_followers: int | None = None
    max_followers: int | None = None
    min_engagement: float | None = None  # percent
    max_engagement: float | None = None
    countries: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    min_age: int | None = None
    max_age: int | None = None
    # "FR:0.3" = at least 30% of the audience in France; same for ages ("25-34:0.4") and
    # genders ("female:0.6").
    audience_countries: tuple[str, ...] = ()
    audience_ages: tuple[str, ...] = ()
    audience_genders: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()  # words looked for in categories, bio and recent captions
    max_cost_per_post: float | None = None
    max_cpm: float | None = None
    worked_with_brand: bool | None = None
    min_authenticity: float | None = None  # 0..1
    unflagged: bool = False

    def to_json(self) -> str:
        return json.dumps(
            {k: v for k, v in dataclasses.asdict(self).items() if v not in (None, (), [], False)},
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> "Filters":
        values = json.loads(text)
        names = {f.name: f for f in dataclasses.fields(cls)}
        unknown = set(values) - set(names)
        if unknown:
            raise ValueError(f"Unknown search filters: {', '.join(sorted(unknown))}")
        return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in values.items()})


@dataclass(frozen=True)
class Hit:
    profile: AccountProfile
    audit: Audit


def _shares(wanted: tuple[str, ...]) -> list[tuple[str, float]]:
    found = []
    for item in wanted:
        segment, _, share = item.rpartition(":")
        if not segment:
            segment, share = share, "0"
        value = float(share.rstrip("%"))
        found.append((segment, value / 100 if value > 1 else value))
    return found


def _audience_ok(profile: AccountProfile, dimension: str, wanted: tuple[str, ...]) -> bool:
    known = profile.audience.get(dimension, {})
    return all(
        known.get(segment.upper() if dimension == "country" else segment, 0.0) >= share
        for segment, share in _shares(wanted)
    )


def _between(value, low, high) -> bool:
    if low is None and high is None:
        return True
    if value is None:
        return False
    return (low is None or value >= low) and (high is None or value <= high)


def matches(hit: Hit, f: Filters) -> bool:
    p, audit = hit.profile, hit.audit
    if f.platforms and p.platform not in f.platforms:
        return False
    if f.tiers and p.tier not in f.tiers:
        return False
    if not _between(p.followers, f.min_followers, f.max_followers):
        return False
    if not _between(p.engagement_rate, f.min_engagement, f.max_engagement):
        return False
    if f.countries and (p.country or "").upper() not in {c.upper() for c in f.countries}:
        return False
    if f.languages and (p.language or "").split("-")[0] not in f.languages:
        return False
    if f.min_age is not None or f.max_age is not None:
        bounds = p.age_bounds
        low, high = f.min_age or 0, f.max_age or 200
        if bounds is None or bounds[1] < low or bounds[0] > high:
            return False
    for dimension, wanted in (
        ("country", f.audience_countries),
        ("age", f.audience_ages),
        ("gender", f.audience_genders),
    ):
        if wanted and not _audience_ok(p, dimension, wanted):
            return False
    if f.categories and not {fold(c) for c in f.categories} & {fold(c) for c in p.categories}:
        return False
    if f.topics:
        text = fold(" ".join([*p.categories, p.bio, *p.captions[:12]]))
        if not all(re.search(rf"\b{re.escape(fold(t))}", text) for t in f.topics):
            return False
    if f.max_cost_per_post is not None and not _between(p.cost_per_post, None, f.max_cost_per_post):
        return False
    if f.max_cpm is not None and not _between(p.expected_cpm, None, f.max_cpm):
        return False
    if f.worked_with_brand is not None and bool(p.past_campaigns) != f.worked_with_brand:
        return False
    if f.min_authenticity is not None and audit.score < f.min_authenticity:
        return False
    return not (f.unflagged and audit.flags)


def _sort_key(sort: str):
    missing_last = float("inf")
    keys = {
        "followers": lambda h: -(h.profile.followers or 0),
        "engagement": lambda h: -(h.profile.engagement_rate or 0),
        "authenticity": lambda h: -h.audit.score,
        "cost": lambda h: (
            h.profile.cost_per_post if h.profile.cost_per_post is not None else missing_last
        ),
        "cpm": lambda h: (
            h.profile.expected_cpm if h.profile.expected_cpm is not None else missing_last
        ),
        "name": lambda h: fold(h.profile.influencer),
    }
    if sort not in keys:
        raise ValueError(f"Unknown sort {sort!r}: choose one of {', '.join(SORTS)}")
    return keys[sort]


def search(hits: list[Hit], filters: Filters, *, sort: str = "followers") -> list[Hit]:
    key = _sort_key(sort)
    found = [h for h in hits if matches(h, filters)]
    return sorted(found, key=lambda h: (key(h), fold(h.profile.influencer), h.profile.platform))


def save_search(conn: sa.Connection, *, workspace: str, name: str, filters: Filters) -> None:
    """Keep a search under a name; saving the same name again replaces its filters."""
    t = schema.discovery.saved_search
    workspace_id = workspace_id_or_raise(conn, workspace)
    found = conn.execute(
        sa.select(t.c.id).where(t.c.workspace_id == workspace_id, t.c.name == name)
    ).scalar_one_or_none()
    if found is None:
        conn.execute(
            t.insert().values(workspace_id=workspace_id, name=name, filters=filters.to_json())
        )
    else:
        conn.execute(t.update().where(t.c.id == found).values(filters=filters.to_json()))


def get_saved_search_or_raise(conn: sa.Connection, *, workspace: str, name: str) -> Filters:
    t = schema.discovery.saved_search
    workspace_id = workspace_id_or_raise(conn, workspace)
    rows = dict(
        conn.execute(sa.select(t.c.name, t.c.filters).where(t.c.workspace_id == workspace_id)).all()
    )
    if name not in rows:
        known = ", ".join(repr(n) for n in sorted(rows)) or "none yet"
        raise NotFound(f"No saved search {name!r}. Saved searches: {known}.")
    return Filters.from_json(rows[name])


def list_saved_searches(conn: sa.Connection, *, workspace: str) -> dict[str, Filters]:
    t = schema.discovery.saved_search
    workspace_id = workspace_id_or_raise(conn, workspace)
    rows = conn.execute(
        sa.select(t.c.name, t.c.filters).where(t.c.workspace_id == workspace_id).order_by(t.c.name)
    )
    return {row.name: Filters.from_json(row.filters) for row in rows}
