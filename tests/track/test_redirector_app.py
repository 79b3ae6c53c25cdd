"""The redirector's ASGI application called in-process: what reaches the click log, per header."""

import asyncio

import pytest

from influscope.track.click_log import log_files, parse_line
from influscope.track.link_snapshot import write_snapshot
from influscope.track.redirector import Redirector, Settings

CODE = "k7m2p9q"
TRACKED = "https://maison-solene.fr/serum?utm_source=instagram&utm_medium=influencer#avis"
PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Mobile/15E148 Instagram 330.0"


def _call(app: Redirector, method: str, path: str, headers=(), client="127.0.0.1", query=b""):
    sent = []

    async def send(message):
        sent.append(message)

    scope = {
        "type": "http",
        "method": method,
        "path": path,
        "query_string": query,
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers],
        "client": (client, 51234),
    }
    asyncio.run(app(scope, None, send))
    start, body = sent
    return start["status"], dict(start["headers"]), body["body"]


@pytest.fixture
def make_app(tmp_path):
    write_snapshot(tmp_path, f"{CODE}\t7\t{TRACKED}\n")
    apps = []

    def make(**options) -> Redirector:
        app = Redirector(Settings(log_dir=tmp_path, secret=b"k" * 32, **options))
        app.start()
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.stop()


def _logged(folder):
    return [
        parse_line(line) for path in log_files(folder) for line in path.read_text().splitlines()
    ]


def test_the_address_a_trusted_proxy_forwards_is_the_visitors(make_app, tmp_path):
    app = make_app(forwarded_header="X-Forwarded-For", trusted_proxies=("10.0.0.0/8",))
    headers = [("User-Agent", PHONE), ("X-Forwarded-For", "1.2.3.4, 90.12.34.56, 10.0.0.7")]
    status, _, _ = _call(app, "GET", f"/{CODE}", headers, client="10.0.0.2")
    _call(app, "GET", f"/{CODE}", headers, client="203.0.113.9")  # not a proxy of ours
    app.stop()
    assert status == 302
    assert [click.ip_network for click in _logged(tmp_path)] == ["90.12.34.0/24", "203.0.113.0/24"]


def test_the_country_comes_from_the_configured_header(make_app, tmp_path):
    app = make_app(country_headers=("x-geo-country",))
    _call(app, "GET", f"/{CODE}", [("X-Geo-Country", "be"), ("CF-IPCountry", "FR")])
    _call(app, "GET", f"/{CODE}", [("X-Geo-Country", "XX")])
    app.stop()
    assert [click.country for click in _logged(tmp_path)] == ["BE", None]


def test_head_is_answered_without_a_body_or_a_click_and_post_is_refused(make_app, tmp_path):
    app = make_app()
    head = _call(app, "HEAD", f"/{CODE}", [("User-Agent", "Twitterbot/1.0")])
    post = _call(app, "POST", f"/{CODE}")
    robots = _call(app, "GET", "/robots.txt")
    app.stop()
    assert (head[0], head[1][b"location"], head[2]) == (302, TRACKED.encode(), b"")
    assert post[0] == 405
    assert robots[2] == b"User-agent: *\nDisallow: /\n"
    assert _logged(tmp_path) == []


def test_the_visitor_query_cannot_replace_the_link_utms(make_app):
    app = make_app()
    _, headers, _ = _call(app, "GET", f"/{CODE}", query=b"utm_medium=paid&gclid=x1")
    assert headers[b"location"] == (
        b"https://maison-solene.fr/serum?utm_source=instagram&utm_medium=influencer&gclid=x1#avis"
    )


@pytest.mark.parametrize(
    "query", [b"UTM_MEDIUM=paid&gclid=x1", b"utm%5Fmedium=paid&gclid=x1", b"Utm_Term=x&gclid=x1"]
)
def test_the_visitor_query_cannot_add_utms_in_capitals_or_percent_encoded(make_app, query):
    app = make_app()
    _, headers, _ = _call(app, "GET", f"/{CODE}", query=query)
    assert headers[b"location"] == (
        b"https://maison-solene.fr/serum?utm_source=instagram&utm_medium=influencer&gclid=x1#avis"
    )


def test_a_trusted_proxy_that_is_no_network_is_refused(tmp_path):
    with pytest.raises(ValueError, match=r"'proxy\.local' is no address or network"):
        Settings(log_dir=tmp_path, secret=b"k" * 32, trusted_proxies=("proxy.local",))
