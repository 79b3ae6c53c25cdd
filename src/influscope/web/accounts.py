"""Users, their roles per workspace, sessions, API tokens and sign-in attempts in the store.

Keyword-only functions over a connection the caller owns, like `store.queries`.
"""

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

import sqlalchemy as sa

from influscope.store import schema
from influscope.web import security


class Role(StrEnum):
    OWNER = "owner"
    ANALYST = "analyst"
    VIEWER = "viewer"
    INFLUENCER = "influencer"


# What each role may do in its workspace.
READERS = frozenset({Role.OWNER, Role.ANALYST, Role.VIEWER})
EDITORS = frozenset({Role.OWNER, Role.ANALYST})
MANAGERS = frozenset({Role.OWNER})


@dataclass(frozen=True)
class Membership:
    workspace_id: int
    workspace: str
    role: Role
    influencer_id: int | None


@dataclass(frozen=True)
class User:
    id: int
    email: str
    name: str
    locale: str | None
    memberships: dict[int, Membership]

    @property
    def owns_a_workspace(self) -> bool:
        return any(m.role is Role.OWNER for m in self.memberships.values())

    @property
    def is_influencer_only(self) -> bool:
        return bool(self.memberships) and all(
            m.role is Role.INFLUENCER for m in self.memberships.values()
        )


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def normalise_email(email: str) -> str:
    return email.strip().lower()


def create_user(
    conn: sa.Connection,
    *,
    email: str,
    name: str,
    password: str | None,
    locale: str | None = None,
) -> int:
    """A new user; raises ValueError when the email is taken or the password too short."""
    u = schema.web.app_user
    email = normalise_email(email)
    if "@" not in email:
        raise ValueError(f"{email!r} is not an email address.")
    if password is not None and len(password) < 10:
        raise ValueError("A password needs at least 10 characters.")
    if conn.execute(sa.select(u.c.id).where(u.c.email == email)).first():
        raise ValueError(f"A user {email} already exists.")
    return conn.execute(
        u.insert()
        .values(
            email=email,
            name=name.strip() or email,
            password_hash=security.hash_password(password) if password else None,
            locale=locale,
            created_at=now(),
            disabled=False,
        )
        .returning(u.c.id)
    ).scalar_one()


def set_password(conn: sa.Connection, *, user_id: int, password: str) -> None:
    if len(password) < 10:
        raise ValueError("A password needs at least 10 characters.")
    u = schema.web.app_user
    conn.execute(
        u.update().where(u.c.id == user_id).values(password_hash=security.hash_password(password))
    )


def set_locale(conn: sa.Connection, *, user_id: int, locale: str | None) -> None:
    u = schema.web.app_user
    conn.execute(u.update().where(u.c.id == user_id).values(locale=locale))


def grant(
    conn: sa.Connection,
    *,
    user_id: int,
    workspace_id: int,
    role: Role,
    influencer_id: int | None = None,
) -> None:
    """Give `user_id` a role in a workspace, replacing the one it had there."""
    if (role is Role.INFLUENCER) != (influencer_id is not None):
        raise ValueError("An influencer membership names the influencer, and only it does.")
    m = schema.web.membership
    conn.execute(m.delete().where(m.c.user_id == user_id, m.c.workspace_id == workspace_id))
    conn.execute(
        m.insert().values(
            user_id=user_id,
            workspace_id=workspace_id,
            role=role.value,
            influencer_id=influencer_id,
        )
    )


def get_user_id(conn: sa.Connection, *, email: str) -> int | None:
    u = schema.web.app_user
    return conn.execute(
        sa.select(u.c.id).where(u.c.email == normalise_email(email))
    ).scalar_one_or_none()


def get_user(conn: sa.Connection, *, user_id: int) -> User | None:
    """The user with their memberships, or None when unknown or disabled."""
    u, m, w = schema.web.app_user, schema.web.membership, schema.workspace
    row = conn.execute(
        sa.select(u.c.id, u.c.email, u.c.name, u.c.locale).where(
            u.c.id == user_id, u.c.disabled == sa.false()
        )
    ).first()
    if row is None:
        return None
    memberships = {
        r.workspace_id: Membership(r.workspace_id, r.name, Role(r.role), r.influencer_id)
        for r in conn.execute(
            sa.select(m.c.workspace_id, w.c.name, m.c.role, m.c.influencer_id)
            .join(w, w.c.id == m.c.workspace_id)
            .where(m.c.user_id == user_id)
        )
    }
    return User(row.id, row.email, row.name, row.locale, memberships)


def list_members(conn: sa.Connection, *, workspace_id: int) -> list[dict]:
    u, m = schema.web.app_user, schema.web.membership
    rows = conn.execute(
        sa.select(u.c.id, u.c.email, u.c.name, m.c.role, m.c.influencer_id)
        .join(m, m.c.user_id == u.c.id)
        .where(m.c.workspace_id == workspace_id)
        .order_by(u.c.email)
    )
    return [row._asdict() for row in rows]


# Sign-in attempts and their limit.


def record_attempt(conn: sa.Connection, *, email: str, ip: str, succeeded: bool) -> None:
    conn.execute(
        schema.web.sign_in_attempt.insert().values(
            email=normalise_email(email)[:320], ip=ip[:64], attempted_at=now(), succeeded=succeeded
        )
    )


def recent_failures(
    conn: sa.Connection, *, email: str, ip: str, since: dt.datetime
) -> tuple[int, int]:
    """Failed sign-ins since `since`: (for this account, from this address)."""
    a = schema.web.sign_in_attempt
    failed = sa.and_(a.c.attempted_at >= since, a.c.succeeded == sa.false())
    by_email = conn.execute(
        sa.select(sa.func.count()).where(failed, a.c.email == normalise_email(email))
    ).scalar_one()
    by_ip = conn.execute(sa.select(sa.func.count()).where(failed, a.c.ip == ip)).scalar_one()
    return by_email, by_ip


def check_password(conn: sa.Connection, *, email: str, password: str) -> int | None:
    """The user id when the password matches an enabled account."""
    u = schema.web.app_user
    row = conn.execute(
        sa.select(u.c.id, u.c.password_hash).where(
            u.c.email == normalise_email(email), u.c.disabled == sa.false()
        )
    ).first()
    ok = security.verify_password(row.password_hash if row else None, password)
    return row.id if row and ok else None


# Sessions.


@dataclass(frozen=True)
class Session:
    token: str  # the cookie's value; only its digest is stored
    csrf_token: str


def open_session(conn: sa.Connection, *, user_id: int, hours: int) -> Session:
    token, csrf = security.new_token(), security.new_token()
    created = now()
    conn.execute(
        schema.web.web_session.insert().values(
            token_hash=security.digest(token),
            user_id=user_id,
            csrf_token=csrf,
            created_at=created,
            expires_at=created + dt.timedelta(hours=hours),
        )
    )
    return Session(token, csrf)


def read_session(conn: sa.Connection, *, token: str) -> tuple[int, str] | None:
    """(user id, CSRF token) of a live session."""
    s = schema.web.web_session
    row = conn.execute(
        sa.select(s.c.user_id, s.c.csrf_token).where(
            s.c.token_hash == security.digest(token), s.c.expires_at > now()
        )
    ).first()
    return (row.user_id, row.csrf_token) if row else None


def close_session(conn: sa.Connection, *, token: str) -> None:
    s = schema.web.web_session
    conn.execute(s.delete().where(s.c.token_hash == security.digest(token)))


# API tokens.


def create_api_token(conn: sa.Connection, *, user_id: int, name: str) -> str:
    """A new token, returned once: the store keeps only its digest."""
    token = security.new_token(security.TOKEN_PREFIX)
    conn.execute(
        schema.web.api_token.insert().values(
            user_id=user_id,
            name=name.strip()[:200] or "script",
            token_hash=security.digest(token),
            created_at=now(),
            revoked=False,
        )
    )
    return token


def read_api_token(conn: sa.Connection, *, token: str) -> int | None:
    t = schema.web.api_token
    row = conn.execute(
        sa.select(t.c.id, t.c.user_id, t.c.last_used_at).where(
            t.c.token_hash == security.digest(token), t.c.revoked == sa.false()
        )
    ).first()
    if row is None:
        return None
    # Recorded to the minute: a script polling the API should not write on every request.
    moment = now()
    if row.last_used_at is None or moment - row.last_used_at > dt.timedelta(minutes=1):
        conn.execute(t.update().where(t.c.id == row.id).values(last_used_at=moment))
    return row.user_id


def list_api_tokens(conn: sa.Connection, *, user_id: int) -> list[dict]:
    t = schema.web.api_token
    rows = conn.execute(
        sa.select(t.c.id, t.c.name, t.c.created_at, t.c.last_used_at)
        .where(t.c.user_id == user_id, t.c.revoked == sa.false())
        .order_by(t.c.created_at)
    )
    return [row._asdict() for row in rows]
