"""Signing in and out, the home page, the portal's signed links and the language setting."""

import datetime as dt
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import APIRouter, Form, HTTPException
from fastapi.responses import HTMLResponse, RedirectResponse

from influscope.web import accounts, i18n, security
from influscope.web.deps import SESSION_COOKIE, Context, CsrfChecked, Ctx
from influscope.web.pages import redirect, render

router = APIRouter()


def _home(ctx: Context) -> str:
    user = ctx.signed_in_user
    return "/portal" if user.is_influencer_only else "/workspaces"


def _client_address(ctx: Context) -> str:
    return ctx.request.client.host if ctx.request.client else "unknown"


def _open_session(ctx: Context, user_id: int, target: str) -> RedirectResponse:
    with ctx.engine.begin() as conn:
        session = accounts.open_session(conn, user_id=user_id, hours=ctx.settings.session_hours)
    response = redirect(target)
    response.set_cookie(
        SESSION_COOKIE,
        session.token,
        max_age=ctx.settings.session_hours * 3600,
        httponly=True,
        samesite="lax",
        secure=ctx.settings.secure_cookies,
    )
    return response


@router.get("/", include_in_schema=False)
def home(ctx: Ctx) -> RedirectResponse:
    return RedirectResponse(_home(ctx) if ctx.user else "/sign-in", status_code=303)


@router.get("/sign-in", response_class=HTMLResponse, include_in_schema=False)
def sign_in_form(ctx: Ctx) -> HTMLResponse:
    return render(ctx, "sign_in.html", error=None, email="")


@router.post("/sign-in", include_in_schema=False, dependencies=[CsrfChecked])
def sign_in(
    ctx: Ctx,
    email: Annotated[str, Form(max_length=320)],
    password: Annotated[str, Form(max_length=1000)],
):
    """Failures are counted per account and per address; past the limit even a right password
    waits, so guessing cannot continue from another address or against another account."""
    ip = _client_address(ctx)
    since = accounts.now() - dt.timedelta(minutes=ctx.settings.failure_window_minutes)
    with ctx.engine.begin() as conn:
        by_email, by_ip = accounts.recent_failures(conn, email=email, ip=ip, since=since)
        if (
            by_email >= ctx.settings.failures_per_account
            or by_ip >= ctx.settings.failures_per_address
        ):
            error, status, user_id = "too_many_attempts", 429, None
        else:
            user_id = accounts.check_password(conn, email=email, password=password)
            accounts.record_attempt(conn, email=email, ip=ip, succeeded=user_id is not None)
            error, status = (None, 200) if user_id else ("bad_credentials", 401)
    if user_id is None:
        return render(
            ctx, "sign_in.html", error=i18n.t(error, ctx.lang), email=email, status=status
        )
    with ctx.engine.connect() as conn:
        user = accounts.get_user(conn, user_id=user_id)
    return _open_session(
        ctx, user_id, "/portal" if user and user.is_influencer_only else "/workspaces"
    )


@router.post("/sign-out", include_in_schema=False, dependencies=[CsrfChecked])
def sign_out(ctx: Ctx) -> RedirectResponse:
    token = ctx.request.cookies.get(SESSION_COOKIE)
    if token:
        with ctx.engine.begin() as conn:
            accounts.close_session(conn, token=token)
    response = redirect("/sign-in")
    response.delete_cookie(SESSION_COOKIE)
    return response


@router.get("/portal/link/{token}", include_in_schema=False)
def follow_portal_link(ctx: Ctx, token: str) -> RedirectResponse:
    """A signed, expiring link an influencer received: it opens a session on their portal."""
    max_age = ctx.settings.portal_link_days * 86400
    user_id = security.read_portal_link(ctx.settings.secret_key, token, max_age_seconds=max_age)
    with ctx.engine.connect() as conn:
        user = accounts.get_user(conn, user_id=user_id) if user_id is not None else None
    if user is None or not user.is_influencer_only:
        raise HTTPException(404, "This link is invalid or has expired")
    return _open_session(ctx, user.id, "/portal")


@router.post("/account/language", include_in_schema=False, dependencies=[CsrfChecked])
def set_language(ctx: Ctx, language: Annotated[str, Form()]) -> RedirectResponse:
    user = ctx.signed_in_user
    with ctx.engine.begin() as conn:
        accounts.set_locale(
            conn, user_id=user.id, locale=language if language in i18n.LANGUAGES else None
        )
    # Back to the page the form was on, without a `?lang=` that would override the new setting.
    back = urlsplit(ctx.request.headers.get("referer", ""))
    same_site = back.netloc == ctx.request.url.netloc and back.path.startswith("/")
    return redirect(back.path if same_site else _home(ctx))
