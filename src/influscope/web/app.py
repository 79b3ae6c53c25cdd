"""The application factory: routers, static files, error pages, upload limits, safe headers."""

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import sqlalchemy as sa
from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from influscope.web import i18n
from influscope.web.dashboard import DataVersion, Kept
from influscope.web.deps import SignInRequired
from influscope.web.pages import API, HERE, templates
from influscope.web.routes import auth, campaigns, imports, influencers, portal, workspaces
from influscope.web.routes import settings as settings_pages
from influscope.web.settings import WebSettings
from influscope.web.warm import warm_in_background

log = logging.getLogger("influscope.web")

HEADERS = {
    # Scripts only from the app itself; styles may be inline (SVG charts carry style attributes).
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


class BodyLimit:
    """Refuses a request body larger than the upload limit before anything parses it."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        too_big = length is not None and (not length.isdigit() or int(length) > self.limit)
        if too_big:
            response = JSONResponse({"detail": "The upload is too large"}, status_code=413)
            await response(scope, receive, send)
            return
        seen = 0

        async def counted() -> dict:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise HTTPException(413, "The upload is too large")
            return message

        await self.app(scope, counted, send)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith(API) or request.url.path == "/openapi.json"


def _error_page(request: Request, status: int, message: str | None = None) -> Response:
    """An error page with no trace and no detail beyond what the user can act on."""
    if _wants_json(request):
        return JSONResponse({"detail": message or "Error"}, status_code=status)
    lang = request.query_params.get("lang")
    if lang not in i18n.LANGUAGES:
        lang = i18n.pick_language(request.headers.get("accept-language"))
    key = {404: "not_found", 403: "forbidden"}.get(status, "error")
    return templates.TemplateResponse(
        request,
        "error.html",
        {
            "lang": lang,
            "t": lambda k, **kw: i18n.t(k, lang, **kw),
            "user": None,
            "csrf": None,
            "title": i18n.t(key, lang),
            "message": message if status < 500 else None,
        },
        status_code=status,
    )


def create_app(engine: sa.Engine, settings: WebSettings | None = None) -> FastAPI:
    settings = settings or WebSettings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if settings.warm_dashboards:
            app.state.warming = warm_in_background(app)
        yield

    app = FastAPI(
        lifespan=lifespan,
        title="Influscope",
        version="1",
        description="Campaign KPIs, influencers, imports and the influencer portal. Every page "
        "of the web app has its JSON twin here. Authenticate with `Authorization: Bearer "
        "<token>` (create a token in a workspace's settings).",
        docs_url="/api/docs",
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.engine = engine
    app.state.settings = settings
    app.state.data_version = DataVersion()
    app.state.kept = Kept(settings.dashboard_cache_seconds, app.state.data_version)
    for module in (auth, workspaces, campaigns, influencers, imports, settings_pages, portal):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.middleware("http")
    async def safe_headers(request: Request, call_next):
        response = await call_next(request)
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        if not request.url.path.startswith("/static"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    app.add_middleware(BodyLimit, limit=settings.max_upload_bytes + 64 * 1024)

    @app.exception_handler(SignInRequired)
    async def sign_in_required(request: Request, _: SignInRequired) -> Response:
        if _wants_json(request):
            return JSONResponse(
                {"detail": "Sign in or send an API token"},
                status_code=401,
                headers={"WWW-Authenticate": "Bearer"},
            )
        return RedirectResponse("/sign-in", status_code=303)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        return _error_page(request, error.status_code, str(error.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": _plain_errors(error)}, status_code=422)
        fields = ", ".join(str(e["loc"][-1]) for e in error.errors())
        return _error_page(request, 422, f"Check these fields: {fields}")

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception) -> Response:
        log.exception("Unexpected error on %s %s", request.method, request.url.path)
        return _error_page(request, 500)

    return app


def _plain_errors(error: RequestValidationError) -> list[dict]:
    """Validation errors without the submitted values echoed back (they may be passwords)."""
    return [{"loc": list(e["loc"]), "msg": e["msg"], "type": e["type"]} for e in error.errors()]
