"""The redirector: `GET /{code}` answers 302 to the link's tracked URL and logs the click first.

Plain ASGI, no framework: the request path does one dictionary lookup, one HMAC and one
`os.write`, and never touches the store. Links are held in memory, reloaded every
`refresh_seconds` and when an unknown but well-formed code is asked for (a link made a second
ago works at once). An unknown code gets a 404 page, never a redirect: only addresses the store
holds are ever sent.
"""

import asyncio
import datetime as dt
import ipaddress
import logging
import threading
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

import sqlalchemy as sa

from influscope.store import schema
from influscope.track.bot_rules import RuleSet
from influscope.track.click_log import ClickLog
from influscope.track.drain import Drainer
from influscope.track.links import UTM_KEYS, is_code
from influscope.track.unique import DEFAULT_WINDOW
from influscope.track.visitor import VisitorKeys, anonymise_address

log = logging.getLogger(__name__)

NOT_FOUND_PAGE = b"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Link not found</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 4rem auto;">
<h1>Link not found</h1><p>This short link does not exist or has been removed.</p>
<p lang="fr">Ce lien court n'existe pas ou a \xc3\xa9t\xc3\xa9 supprim\xc3\xa9.</p>
</body></html>
"""
ROBOTS = b"User-agent: *\nDisallow: /\n"
_NOT_FOUND_HEADERS = [
    (b"content-type", b"text/html; charset=utf-8"),
    (b"content-length", str(len(NOT_FOUND_PAGE)).encode()),
    (b"cache-control", b"no-store"),
]
_ROBOTS_HEADERS = [
    (b"content-type", b"text/plain"),
    (b"content-length", str(len(ROBOTS)).encode()),
]
# Redirects must not be cached: a cached 302 is a click nobody records.
_REDIRECT_HEADERS = [(b"content-length", b"0"), (b"cache-control", b"private, no-store")]
_UNKNOWN_COUNTRIES = frozenset({"XX", "T1", "A1", "A2", "O1", "EU", "AP"})


@dataclass(frozen=True)
class Target:
    link_id: int
    location: bytes  # the tracked URL
    base: str  # the tracked URL without its fragment
    fragment: str

    def forwarding(self, query: bytes) -> bytes:
        """The tracked URL with the visitor's own query added; the link's UTMs are kept
        whatever the query says, so no one can relabel a link's traffic."""
        text = query.decode("latin-1")
        if "utm_" in text:
            text = urlencode(
                [(k, v) for k, v in parse_qsl(text, keep_blank_values=True) if k not in UTM_KEYS]
            )
        if not text:
            return self.location
        joined = f"{self.base}{'&' if '?' in self.base else '?'}{text}"
        return (joined + (f"#{self.fragment}" if self.fragment else "")).encode("latin-1")


def _target(link_id: int, tracked_url: str) -> Target:
    base, _, fragment = tracked_url.partition("#")
    return Target(link_id, tracked_url.encode(), base, fragment)


class LinkCache:
    """Every link's target by code, replaced whole on each reload."""

    def __init__(self, engine: sa.Engine, *, min_reload_seconds: float = 0.5) -> None:
        self.engine = engine
        self.targets: dict[str, Target] = {}
        self.loaded_at = 0.0
        self._lock = threading.Lock()
        self._min_reload = min_reload_seconds

    def reload(self) -> None:
        t = schema.tracking.link
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(t.c.code, t.c.id, t.c.tracked_url)).all()
        self.targets = {row.code: _target(row.id, row.tracked_url) for row in rows}
        self.loaded_at = time.monotonic()

    def reload_after_miss(self) -> None:
        """Reload unless another miss just did: a scan of made-up codes costs one query per
        `min_reload_seconds`, not one per request."""
        with self._lock:
            if time.monotonic() - self.loaded_at >= self._min_reload:
                self.reload()


@dataclass(frozen=True)
class Settings:
    log_dir: Path
    secret: bytes
    rules: RuleSet
    unique_window: dt.timedelta = DEFAULT_WINDOW
    # Lower-case header names; the first present gives the visitor's country.
    country_headers: tuple[str, ...] = ("cf-ipcountry", "x-country")
    # The header a trusted proxy puts the visitor's address in (x-forwarded-for, x-real-ip).
    forwarded_header: str | None = None
    trusted_proxies: tuple[str, ...] = ("127.0.0.1/32", "::1/128")
    refresh_seconds: float = 30.0
    drain_interval: float = 0.25


@lru_cache(maxsize=1024)
def _is_trusted(address: str, networks: tuple[str, ...]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in ipaddress.ip_network(network) for network in networks)


def _country(value: bytes | None) -> str | None:
    if not value:
        return None
    text = value.decode("latin-1").strip().upper()
    if len(text) != 2 or not text.isalpha() or not text.isascii() or text in _UNKNOWN_COUNTRIES:
        return None
    return text


class Redirector:
    """The ASGI application. Its lifespan starts the log, the drainer and the link reloads."""

    def __init__(self, engine: sa.Engine, settings: Settings) -> None:
        self.engine, self.settings = engine, settings
        self.cache = LinkCache(engine)
        self.keys = VisitorKeys(settings.secret)
        self._country = tuple(name.encode() for name in settings.country_headers)
        self._forwarded = (
            settings.forwarded_header.lower().encode() if settings.forwarded_header else None
        )
        self.click_log: ClickLog | None = None
        self._drainer: Drainer | None = None
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    # Life cycle -------------------------------------------------------------------------------

    def start(self) -> None:
        self.click_log = ClickLog(self.settings.log_dir)
        try:
            self.cache.reload()
        except sa.exc.SQLAlchemyError as error:
            log.warning("Links not loaded yet, the store failed (%s); retrying.", error)
        drainer = Drainer(
            self.engine,
            self.settings.log_dir,
            rules=self.settings.rules,
            window=self.settings.unique_window,
            active=lambda: self.click_log.path,
        )
        self._threads = [
            threading.Thread(
                target=drainer.run,
                args=(self._stop,),
                kwargs={"interval": self.settings.drain_interval},
                name="click-drainer",
                daemon=True,
            ),
            threading.Thread(target=self._reload_loop, name="link-reload", daemon=True),
        ]
        for thread in self._threads:
            thread.start()
        self._drainer = drainer

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=10)
        self.click_log.close()
        try:
            self._drainer.drain_once()
        except sa.exc.SQLAlchemyError as error:
            log.warning("Clicks left in the log for the next start (%s).", error)

    def _reload_loop(self) -> None:
        while not self._stop.wait(self.settings.refresh_seconds):
            try:
                self.cache.reload()
            except sa.exc.SQLAlchemyError as error:
                log.warning("Links not reloaded, the store failed (%s).", error)

    # Requests ---------------------------------------------------------------------------------

    async def __call__(self, scope, receive, send) -> None:
        kind = scope["type"]
        if kind == "http":
            await self._http(scope, send)
        elif kind == "lifespan":
            await self._lifespan(receive, send)

    async def _lifespan(self, receive, send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    await asyncio.to_thread(self.start)
                except Exception as error:  # reported to the server, which stops
                    await send({"type": "lifespan.startup.failed", "message": str(error)})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await asyncio.to_thread(self.stop)
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _http(self, scope, send) -> None:
        method = scope["method"]
        path = scope["path"]
        if method != "GET" and method != "HEAD":
            await _respond(send, 405, [(b"allow", b"GET, HEAD"), (b"content-length", b"0")])
            return
        code = path[1:].rstrip("/").lower()
        target = self.cache.targets.get(code)
        if target is None:
            if code == "robots.txt":
                await _respond(send, 200, _ROBOTS_HEADERS, ROBOTS, method)
                return
            if is_code(code):
                try:
                    await asyncio.to_thread(self.cache.reload_after_miss)
                except sa.exc.SQLAlchemyError as error:
                    log.warning("Links not reloaded, the store failed (%s).", error)
                target = self.cache.targets.get(code)
            if target is None:
                await _respond(send, 404, _NOT_FOUND_HEADERS, NOT_FOUND_PAGE, method)
                return
        query = scope["query_string"]
        location = target.forwarding(query) if query else target.location
        if method == "GET":
            self._record(scope, target)
        await _respond(send, 302, [(b"location", location), *_REDIRECT_HEADERS])

    def _record(self, scope, target: Target) -> None:
        user_agent = referrer = forwarded = None
        country = None
        for name, value in scope["headers"]:
            if name == b"user-agent":
                user_agent = value.decode("latin-1")
            elif name == b"referer":
                referrer = value.decode("latin-1")
            elif name == self._forwarded:
                forwarded = value.decode("latin-1")
            elif country is None and name in self._country:
                country = _country(value)
        client = scope.get("client")
        address = client[0] if client else ""
        if forwarded is not None and _is_trusted(address, self.settings.trusted_proxies):
            address = self._visitor_address(forwarded)
        now = time.time()
        moment = dt.datetime.fromtimestamp(now, dt.UTC)
        self.click_log.append(
            at=now,
            link_id=target.link_id,
            visitor_key=self.keys.key(address, user_agent or "", moment),
            ip_network=anonymise_address(address),
            country=country,
            referrer=referrer,
            user_agent=user_agent,
        )

    def _visitor_address(self, forwarded: str) -> str:
        """The right-most address a trusted proxy did not add: the ones left of it could have
        been typed by the visitor."""
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        for hop in reversed(hops):
            if not _is_trusted(hop, self.settings.trusted_proxies):
                return hop
        return hops[0] if hops else ""


async def _respond(send, status: int, headers, body: bytes = b"", method: str = "GET") -> None:
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if method == "HEAD" else body})
