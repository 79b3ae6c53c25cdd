"""The redirector: `GET /{code}` answers 302 to the link's tracked URL and logs the click first.

No framework: `answer` does one dictionary lookup, one HMAC and one `os.write`, and never
touches the store. `track serve` calls it from its own HTTP server (http_server.py); the class
is also a plain ASGI application, for mounting under any ASGI server. Links are held in memory
from the snapshot the supervisor keeps (link_snapshot.py), looked at every second and when an
unknown but well-formed code is asked for. An unknown code gets a 404 page, never a redirect:
only addresses the store holds are ever sent. HEAD is answered like GET, without a body and
without recording a click.
"""

import gc
import ipaddress
import time
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from influscope.track.click_log import ClickLog
from influscope.track.link_snapshot import LinkCache, Target
from influscope.track.links import is_code
from influscope.track.visitor import VisitorKeys, anonymise_address

Headers = Iterable[tuple[bytes, bytes]]
Answer = tuple[int, list[tuple[bytes, bytes]], bytes]

# A miss on a well-formed code looks at the snapshot again, at most this often (seconds).
MISS_RELOAD = 0.1

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
_NOT_ALLOWED_HEADERS = [(b"allow", b"GET, HEAD"), (b"content-length", b"0")]
_UNKNOWN_COUNTRIES = frozenset({"XX", "T1", "A1", "A2", "O1", "EU", "AP"})


@dataclass(frozen=True)
class Settings:
    log_dir: Path
    secret: bytes
    # Lower-case header names; the first present gives the visitor's country.
    country_headers: tuple[str, ...] = ("cf-ipcountry", "x-country")
    # The header a trusted proxy puts the visitor's address in (x-forwarded-for, x-real-ip).
    forwarded_header: str | None = None
    trusted_proxies: tuple[str, ...] = ("127.0.0.1/32", "::1/128")
    # How often the link snapshot is looked at; a miss on a well-formed code looks at once.
    reload_seconds: float = 1.0

    def __post_init__(self) -> None:
        for network in self.trusted_proxies:
            try:
                ipaddress.ip_network(network)
            except ValueError:
                raise ValueError(f"Trusted proxy {network!r} is no address or network.") from None


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
    """The ASGI application of one serving process."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.cache = LinkCache(settings.log_dir)
        self.keys = VisitorKeys(settings.secret)
        self._country = tuple(name.encode() for name in settings.country_headers)
        forwarded = settings.forwarded_header
        self._forwarded = forwarded.lower().encode() if forwarded else None
        self.click_log: ClickLog | None = None
        self._checked_at = 0.0

    def start(self) -> None:
        self.click_log = ClickLog(self.settings.log_dir)
        self.cache.reload_if_changed()
        # What exists now lives as long as the process: keeping it out of the collector's
        # passes spares requests the pauses of walking it.
        gc.freeze()

    def stop(self) -> None:
        self.click_log.close()

    def _lookup(self, code: str) -> Target | None:
        now = time.monotonic()
        target = self.cache.targets.get(code)
        stale = now - self._checked_at >= self.settings.reload_seconds
        if stale or (target is None and is_code(code) and now - self._checked_at >= MISS_RELOAD):
            self._checked_at = now
            if self.cache.reload_if_changed():
                target = self.cache.targets.get(code)
        return target

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
                    self.start()
                except Exception as error:  # reported to the server, which stops
                    await send({"type": "lifespan.startup.failed", "message": str(error)})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                self.stop()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _http(self, scope, send) -> None:
        client = scope.get("client")
        status, headers, body = self.answer(
            scope["method"],
            scope["path"],
            scope["query_string"],
            scope["headers"],
            client[0] if client else "",
        )
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    def answer(
        self, method: str, path: str, query: bytes, headers: Headers, address: str
    ) -> Answer:
        """Status, headers and body for one request; a GET that finds its link is logged
        before this returns. Headers come with lower-case names, as ASGI gives them."""
        if method != "GET" and method != "HEAD":
            return 405, _NOT_ALLOWED_HEADERS, b""
        code = path[1:].rstrip("/").lower()
        target = self._lookup(code)
        if target is None:
            if code == "robots.txt":
                return 200, _ROBOTS_HEADERS, ROBOTS if method == "GET" else b""
            return 404, _NOT_FOUND_HEADERS, NOT_FOUND_PAGE if method == "GET" else b""
        location = target.forwarding(query) if query else target.location
        if method == "GET":
            self._record(headers, address, target)
        return 302, [(b"location", location), *_REDIRECT_HEADERS], b""

    def _record(self, headers: Headers, address: str, target: Target) -> None:
        user_agent = referrer = forwarded = None
        country = None
        for name, value in headers:
            if name == b"user-agent":
                user_agent = value.decode("latin-1")
            elif name == b"referer":
                referrer = value.decode("latin-1")
            elif name == self._forwarded:
                forwarded = value.decode("latin-1")
            elif country is None and name in self._country:
                country = _country(value)
        if forwarded is not None and _is_trusted(address, self.settings.trusted_proxies):
            address = self._visitor_address(forwarded)
        now = time.time()
        self.click_log.append(
            at=now,
            link_id=target.link_id,
            visitor_key=self.keys.key(address, user_agent or "", now),
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
