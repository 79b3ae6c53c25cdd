"""Who is asking, in which language, and what they may see: the dependencies every route takes.

A request is signed in by the session cookie (pages, HTMX) or by `Authorization: Bearer`
(scripts). Unsafe requests on a cookie must echo the session's CSRF token; bearer requests carry
no ambient credential and need none. Everything a route reads is scoped by `Context.require`:
a workspace the user is not a member of answers 404 (its ids are not even confirmed to exist),
a role that may not do the thing answers 403.
"""

from collections.abc import Collection
from dataclasses import dataclass
from typing import Annotated

import sqlalchemy as sa
from fastapi import Depends, HTTPException, Path, Request

from influscope.web import accounts, i18n
from influscope.web.accounts import Membership, Role, User
from influscope.web.security import same
from influscope.web.settings import WebSettings

SESSION_COOKIE = "influscope_session"
ANONYMOUS_CSRF_COOKIE = "influscope_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class SignInRequired(Exception):
    """No valid session or token: pages redirect to the sign-in form, the API answers 401."""


@dataclass(frozen=True)
class Context:
    request: Request
    engine: sa.Engine
    settings: WebSettings
    user: User | None
    lang: str
    csrf_token: str | None
    by_token: bool

    @property
    def signed_in_user(self) -> User:
        if self.user is None:
            raise SignInRequired()
        return self.user

    def require(self, workspace_id: int, roles: Collection[Role]) -> Membership:
        member = self.signed_in_user.memberships.get(workspace_id)
        if member is None:
            raise HTTPException(404, "Not found")
        if member.role not in roles:
            raise HTTPException(403, "Your role does not allow this")
        return member

    def can(self, workspace_id: int, roles: Collection[Role]) -> bool:
        member = self.user.memberships.get(workspace_id) if self.user else None
        return member is not None and member.role in roles


def _bearer(request: Request) -> str | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def _language(request: Request, user: User | None) -> str:
    asked = request.query_params.get("lang")
    if asked in i18n.LANGUAGES:
        return asked
    if user and user.locale in i18n.LANGUAGES:
        return user.locale
    return i18n.pick_language(request.headers.get("accept-language"))


def get_context(request: Request) -> Context:
    engine: sa.Engine = request.app.state.engine
    settings: WebSettings = request.app.state.settings
    user, csrf, by_token = None, None, False
    bearer = _bearer(request)
    cookie = request.cookies.get(SESSION_COOKIE)
    with engine.begin() as conn:
        if bearer:
            user_id, by_token = accounts.read_api_token(conn, token=bearer), True
            if user_id is None:
                raise SignInRequired()
        elif cookie:
            session = accounts.read_session(conn, token=cookie)
            user_id, csrf = session if session else (None, None)
        else:
            user_id = None
        if user_id is not None:
            user = accounts.get_user(conn, user_id=user_id)
    return Context(request, engine, settings, user, _language(request, user), csrf, by_token)


async def check_csrf(request: Request, ctx: Annotated[Context, Depends(get_context)]) -> None:
    """Unsafe requests signed in by cookie echo the session's token, in a form field or header."""
    if request.method not in UNSAFE or ctx.by_token:
        return
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get(CSRF_FIELD)
        sent = value if isinstance(value, str) else None
    expected = ctx.csrf_token
    if ctx.user is None:
        # Forms shown before signing in: the token in the form must match the cookie's.
        expected = request.cookies.get(ANONYMOUS_CSRF_COOKIE)
    if not same(sent, expected):
        raise HTTPException(403, "Missing or wrong CSRF token; reload the page and try again")


Ctx = Annotated[Context, Depends(get_context)]
CsrfChecked = Depends(check_csrf)

# Ids are 32-bit integers in the store: larger ones cannot name anything (and PostgreSQL would
# refuse to compare them), so they are refused as invalid input.
MAX_ID = 2**31 - 1
Id = Annotated[int, Path(ge=1, le=MAX_ID)]
