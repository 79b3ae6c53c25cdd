"""Every page has a JSON twin: one view function builds the model, served as JSON under /api/v1
and rendered as HTML (or, for an HTMX request aimed at a fragment, as that fragment)."""

import functools
import secrets
from collections.abc import Callable
from pathlib import Path

import jinja2
from fastapi import APIRouter
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel

from influscope.web import charts, i18n
from influscope.web.deps import ANONYMOUS_CSRF_COOKIE, CSRF_FIELD, CSRF_HEADER, Context

HERE = Path(__file__).parent
API = "/api/v1"

# Autoescaping on for every template: captions, names and file names come from strangers.
templates = Jinja2Templates(
    env=jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True, auto_reload=False
    )
)
templates.env.globals.update(
    number=i18n.number,
    percent=i18n.percent,
    money=i18n.money,
    date=i18n.date,
    fmt=i18n.value,
    metric_label=i18n.metric_label,
    CSRF_FIELD=CSRF_FIELD,
    CSRF_HEADER=CSRF_HEADER,
    line_chart=charts.line_chart,
    series_chart=charts.series_chart,
    spec_svg=charts.spec_svg,
)


def render(
    ctx: Context, template: str, model: BaseModel | None = None, *, status: int = 200, **extra
) -> HTMLResponse:
    """A page in the user's language. Before sign-in, forms get a double-submit CSRF cookie."""
    csrf = ctx.csrf_token
    anonymous = ctx.user is None or ctx.by_token
    if anonymous:
        csrf = ctx.request.cookies.get(ANONYMOUS_CSRF_COOKIE) or secrets.token_urlsafe(32)
    lang = ctx.lang
    values = {
        "ctx": ctx,
        "user": ctx.user,
        "lang": lang,
        "csrf": csrf,
        "m": model,
        "t": lambda key, **kw: i18n.t(key, lang, **kw),
        **extra,
    }
    response = templates.TemplateResponse(ctx.request, template, values, status_code=status)
    if anonymous:
        response.set_cookie(
            ANONYMOUS_CSRF_COOKIE,
            csrf,
            httponly=True,
            samesite="lax",
            secure=ctx.settings.secure_cookies,
        )
    return response


def redirect(url: str) -> RedirectResponse:
    """After a form: 303 so the browser follows with GET; HTMX gets its own redirect header."""
    response = RedirectResponse(url, status_code=303)
    response.headers["HX-Redirect"] = url
    return response


def twin(
    router: APIRouter,
    path: str,
    *,
    template: str,
    model: type[BaseModel],
    fragments: dict[str, str] | None = None,
) -> Callable:
    """Serve `view` as JSON at /api/v1`path` and as a page at `path`.

    `fragments` maps an HTMX target id (HX-Target) to the template that renders only it."""

    def register(view: Callable) -> Callable:
        name = view.__name__
        router.add_api_route(API + path, view, methods=["GET"], response_model=model, name=name)

        @functools.wraps(view)
        def page(**kwargs) -> HTMLResponse:
            result = view(**kwargs)
            ctx: Context = kwargs["ctx"]
            target = ctx.request.headers.get("HX-Target", "")
            chosen = (
                (fragments or {}).get(target) if ctx.request.headers.get("HX-Request") else None
            )
            return render(ctx, chosen or template, result)

        router.add_api_route(
            path,
            page,
            methods=["GET"],
            response_class=HTMLResponse,
            response_model=None,
            include_in_schema=False,
            name=f"{name}_page",
        )
        return view

    return register
