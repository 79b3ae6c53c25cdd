"""Tracking links: one per influencer and campaign (and optionally post) on a platform, with a
short code for the redirector and the convention's UTMs on the destination.

A destination must be an http(s) address with a host and no credentials: the redirector sends
people there, so anything else would make it an open door for someone else's address. The same
link asked for twice (same campaign, influencer, platform, post and destination) is one link.
"""

import datetime as dt
import secrets
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import sqlalchemy as sa

from influscope.store import schema
from influscope.store.queries import NotFound
from influscope.track.convention import utm_parameters

# Lower-case letters and digits without those read as one another (0/o, 1/l/i).
CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
CODE_LENGTH = 7


def validate_destination(text: str) -> str:
    """The destination, stripped; raises ValueError saying why it cannot be one."""
    url = text.strip()
    if not url:
        raise ValueError("is empty")
    if any(c.isspace() for c in url):
        raise ValueError("contains spaces")
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises on a port that is not a number from 0 to 65535
    except ValueError:
        raise ValueError("is not a web address") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise ValueError("is not an http:// or https:// address")
    if parts.username is not None or parts.password is not None:
        raise ValueError("contains a user name or password")
    if not parts.hostname:
        raise ValueError("has no host")
    return url


def tracked_url(destination: str, utms: dict[str, str]) -> str:
    """The destination with the link's UTMs: its own parameters are kept, except UTMs, which
    the convention sets."""
    parts = urlsplit(destination)
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in utms]
    query = urlencode([*kept, *utms.items()])
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", query, parts.fragment))


def is_code(text: str) -> bool:
    return len(text) == CODE_LENGTH and all(c in CODE_ALPHABET for c in text)


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


@dataclass(frozen=True)
class LinkRequest:
    """A link to make, every reference resolved."""

    workspace_id: int
    campaign_id: int
    influencer_id: int
    platform: str
    destination: str
    post_id: int | None = None


@dataclass(frozen=True)
class Link:
    id: int
    code: str
    workspace: str
    campaign: str
    influencer: str
    platform: str
    post_key: str | None
    destination: str
    tracked_url: str
    created_at: dt.datetime
    created: bool = False

    def short_url(self, base_url: str) -> str:
        return f"{base_url.rstrip('/')}/{self.code}"


def _utm_content(conn: sa.Connection, request: LinkRequest) -> str:
    """The post's key when the link is for one post, else the influencer's handle there."""
    if request.post_id is not None:
        return conn.execute(
            sa.select(schema.post.c.post_key).where(schema.post.c.id == request.post_id)
        ).scalar_one()
    a = schema.account
    handle = conn.execute(
        sa.select(a.c.handle)
        .where(a.c.influencer_id == request.influencer_id, a.c.platform == request.platform)
        .order_by(a.c.handle)
        .limit(1)
    ).scalar_one_or_none()
    if handle is None:
        raise ValueError(f"The influencer has no {request.platform} account in the store.")
    return handle


def _same_link(request: LinkRequest) -> sa.ColumnElement[bool]:
    t = schema.tracking.link
    return sa.and_(
        t.c.campaign_id == request.campaign_id,
        t.c.influencer_id == request.influencer_id,
        t.c.platform == request.platform,
        t.c.post_id.is_(None) if request.post_id is None else t.c.post_id == request.post_id,
        t.c.destination == request.destination,
    )


def create_links(
    conn: sa.Connection, requests: list[LinkRequest], *, now: dt.datetime | None = None
) -> list[Link]:
    """Every requested link, made when missing; the new ones are marked `created`."""
    t, c = schema.tracking.link, schema.campaign
    created_at = (now or dt.datetime.now(dt.UTC)).replace(tzinfo=None, microsecond=0)
    taken = set(conn.execute(sa.select(t.c.code)).scalars())
    result = []
    for request in requests:
        found = conn.execute(sa.select(t.c.id).where(_same_link(request))).scalar_one_or_none()
        if found is not None:
            result.append(get_link_or_raise(conn, link_id=found))
            continue
        campaign_name = conn.execute(
            sa.select(c.c.name).where(c.c.id == request.campaign_id)
        ).scalar_one()
        utms = utm_parameters(
            platform=request.platform,
            campaign_name=campaign_name,
            campaign_id=request.campaign_id,
            content=_utm_content(conn, request),
        )
        code = next(code for code in iter(new_code, None) if code not in taken)
        taken.add(code)
        new_id = conn.execute(
            t.insert()
            .values(
                workspace_id=request.workspace_id,
                campaign_id=request.campaign_id,
                influencer_id=request.influencer_id,
                post_id=request.post_id,
                platform=request.platform,
                code=code,
                destination=request.destination,
                tracked_url=tracked_url(request.destination, utms),
                created_at=created_at,
            )
            .returning(t.c.id)
        ).scalar_one()
        link = get_link_or_raise(conn, link_id=new_id)
        result.append(Link(**{**link.__dict__, "created": True}))
    return result


def _links() -> sa.Select:
    t, c, i, w, p = (
        schema.tracking.link,
        schema.campaign,
        schema.influencer,
        schema.workspace,
        schema.post,
    )
    return (
        sa.select(
            t.c.id,
            t.c.code,
            w.c.name.label("workspace"),
            c.c.name.label("campaign"),
            i.c.name.label("influencer"),
            t.c.platform,
            p.c.post_key,
            t.c.destination,
            t.c.tracked_url,
            t.c.created_at,
        )
        .select_from(
            t.join(c, c.c.id == t.c.campaign_id)
            .join(i, i.c.id == t.c.influencer_id)
            .join(w, w.c.id == t.c.workspace_id)
            .outerjoin(p, p.c.id == t.c.post_id)
        )
        .order_by(c.c.name, i.c.name, t.c.platform, t.c.id)
    )


def get_link_or_raise(
    conn: sa.Connection, *, link_id: int | None = None, code: str | None = None
) -> Link:
    t = schema.tracking.link
    query = _links().where(t.c.id == link_id if link_id is not None else t.c.code == code)
    row = conn.execute(query).one_or_none()
    if row is None:
        raise NotFound(f"No tracking link {code!r}." if code else f"No link with id {link_id}.")
    return Link(**row._asdict())


def list_links(
    conn: sa.Connection, *, campaign_id: int | None = None, workspace_id: int | None = None
) -> list[Link]:
    t = schema.tracking.link
    query = _links()
    if campaign_id is not None:
        query = query.where(t.c.campaign_id == campaign_id)
    if workspace_id is not None:
        query = query.where(t.c.workspace_id == workspace_id)
    return [Link(**row._asdict()) for row in conn.execute(query)]
