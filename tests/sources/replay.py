"""A real HTTP server, in a thread, that replays platform payloads: pagination, errors and
rate limits in the documented shapes. Each route is `"METHOD /path"`; its value is a list of
replies served in turn (the last one repeats) or a function of the request."""

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


@dataclass
class Reply:
    body: object
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: object
    raw_url: str


Route = list[Reply] | Callable[[Seen], Reply]


class ReplayServer:
    def __init__(self, routes: dict[str, Route]) -> None:
        self.routes = routes
        self.seen: list[Seen] = []
        self._served: dict[str, int] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def _answer(self) -> None:
                parts = urlsplit(self.path)
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length) if length else b""
                seen = Seen(
                    method=self.command,
                    path=parts.path,
                    query={k: v[-1] for k, v in parse_qs(parts.query).items()},
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=json.loads(raw) if raw else None,
                    raw_url=self.path,
                )
                server.seen.append(seen)
                reply = server._reply(seen)
                payload = json.dumps(reply.body).encode()
                self.send_response(reply.status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(payload)))
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = _answer

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def _reply(self, seen: Seen) -> Reply:
        route = self.routes.get(f"{seen.method} {seen.path}")
        if route is None:
            return Reply({"error": {"message": f"no route {seen.path}", "code": 803}}, 404)
        if callable(route):
            return route(seen)
        key = f"{seen.method} {seen.path}"
        index = min(self._served.get(key, 0), len(route) - 1)
        self._served[key] = index + 1
        return route[index]

    def paths(self, method: str = "GET") -> list[str]:
        return [s.path for s in self.seen if s.method == method]

    def __enter__(self) -> "ReplayServer":
        self._thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
