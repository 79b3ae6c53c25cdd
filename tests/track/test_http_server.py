"""The redirector's own HTTP server, spoken to over a raw socket: keep-alive, pipelining,
HTTP/1.0, requests that do not parse or are too large, and a clean stop."""

import signal
import socket
import subprocess
import sys
import textwrap
import time

import pytest

from influscope.track.click_log import CLOSED, log_files, parse_line
from influscope.track.http_server import MAX_HEAD_BYTES
from influscope.track.link_snapshot import write_snapshot

CODE = "k7m2p9q"
TRACKED = "https://maison-solene.fr/serum?utm_source=instagram&utm_medium=influencer"
PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Mobile/15E148 Instagram 330.0"

SERVE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from influscope.track.http_server import serve_socket
    from influscope.track.redirector import Redirector, Settings

    settings = Settings(log_dir=Path(sys.argv[1]), secret=b"k" * 32)
    serve_socket(Redirector(settings), int(sys.argv[2]))
    """
)


@pytest.fixture
def server(tmp_path):
    """A serving process on a loopback port; yields (port, log folder, process)."""
    write_snapshot(tmp_path, f"{CODE}\t7\t{TRACKED}\n")
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    process = subprocess.Popen(
        [sys.executable, "-c", SERVE, str(tmp_path), str(listener.fileno())],
        pass_fds=(listener.fileno(),),
    )
    port = listener.getsockname()[1]
    deadline = time.monotonic() + 60
    while b"200 OK" not in _exchange(port, b"GET /robots.txt HTTP/1.1\r\nHost: go\r\n\r\n"):
        assert process.poll() is None and time.monotonic() < deadline, "server did not start"
        time.sleep(0.1)
    yield port, tmp_path, process
    if process.poll() is None:
        process.kill()
    process.wait()
    listener.close()


def _exchange(port: int, request: bytes, *, until_closed: bool = False) -> bytes:
    """Send `request`, return what comes back within a short while (or until closed)."""
    with socket.create_connection(("127.0.0.1", port), timeout=2) as sock:
        sock.sendall(request)
        received = b""
        sock.settimeout(0.5 if not until_closed else 5)
        try:
            while chunk := sock.recv(65536):
                received += chunk
        except TimeoutError:
            assert not until_closed, f"the connection stayed open after {received!r}"
        return received


def _get(path: str, *, version: str = "1.1", extra: str = "") -> bytes:
    return (
        f"GET {path} HTTP/{version}\r\nHost: go.maison-solene.fr\r\n"
        f"User-Agent: {PHONE}\r\n{extra}\r\n"
    ).encode()


def _logged(folder):
    return [
        parse_line(line) for path in log_files(folder) for line in path.read_text().splitlines()
    ]


def test_pipelined_requests_on_one_connection_are_answered_in_order_and_kept_alive(server):
    port, folder, _ = server
    received = _exchange(port, _get(f"/{CODE}") + _get("/zz9zz9z") + _get(f"/{CODE}?x=1"))

    answers = received.split(b"HTTP/1.1 ")[1:]
    assert [answer[:3] for answer in answers] == [b"302", b"404", b"302"]
    assert f"location: {TRACKED}\r\n".encode() in answers[0]
    assert f"location: {TRACKED}&x=1\r\n".encode() in answers[2]
    assert all(b"\r\ndate: " in answer for answer in answers)
    assert b"connection: close" not in received
    assert len(_logged(folder)) == 2


def test_http_1_0_and_connection_close_are_answered_then_closed(server):
    port, _, _ = server
    old = _exchange(port, _get(f"/{CODE}", version="1.0"), until_closed=True)
    asked = _exchange(port, _get(f"/{CODE}", extra="Connection: close\r\n"), until_closed=True)

    for received in (old, asked):
        assert received.startswith(b"HTTP/1.1 302 Found\r\n")
        assert b"\r\nconnection: close\r\n" in received


def test_a_request_that_does_not_parse_gets_400_and_the_connection_closes(server):
    port, folder, _ = server
    received = _exchange(port, b"GET /k7m2p9q HTTP/1.1\r\nHost go\r\n\r\n", until_closed=True)

    assert received.startswith(b"HTTP/1.1 400 Bad Request\r\n")
    assert _logged(folder) == []


def test_a_request_head_that_grows_past_the_limit_gets_431_and_is_not_recorded(server):
    port, folder, _ = server
    endless = f"GET /{CODE} HTTP/1.1\r\nHost: go\r\nX-Padding: {'a' * (MAX_HEAD_BYTES + 10)}"
    received = _exchange(port, endless.encode(), until_closed=True)

    assert received.startswith(b"HTTP/1.1 431 Request Header Fields Too Large\r\n")
    assert _logged(folder) == []


def test_other_methods_are_refused_with_the_allowed_ones(server):
    port, folder, _ = server
    request = b"POST /k7m2p9q HTTP/1.1\r\nHost: go\r\nContent-Length: 5\r\n\r\nhello"
    received = _exchange(port, request + _get(f"/{CODE}"))

    assert received.startswith(b"HTTP/1.1 405 Method Not Allowed\r\nallow: GET, HEAD\r\n")
    assert b"HTTP/1.1 302 Found\r\n" in received
    assert len(_logged(folder)) == 1


def test_sigterm_closes_the_click_log_so_the_drainer_may_remove_it(server):
    port, folder, process = server
    _exchange(port, _get(f"/{CODE}"))
    process.send_signal(signal.SIGTERM)

    assert process.wait(timeout=30) == 0
    (log,) = log_files(folder)
    assert log.name.endswith(f"{CLOSED}.log")
    assert len(_logged(folder)) == 1
