"""The redirector over real HTTP: redirects, HEAD, unknown codes, what a click records."""

import time

import httpx
import pytest
import sqlalchemy as sa

from influscope.store import schema
from influscope.track.clicks import clicks_per_link
from influscope.track.links import LinkRequest, create_links
from tests.track.conftest import CAMPAIGN, ids
from tests.track.redirector_process import RedirectorProcess

INSTAGRAM_APP = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
    "like Gecko) Mobile/15E148 Instagram 330.0.0.40.92 (iPhone14,2; iOS 17_5; fr_FR)"
)


def _make_link(engine, platform="instagram"):
    with engine.begin() as conn:
        found = ids(conn)
        request = LinkRequest(
            found["workspace"],
            found[CAMPAIGN],
            found["Léa Voyage"],
            platform,
            "https://maison-solene.fr/serum?variant=30ml#avis",
        )
        (link,) = create_links(conn, [request])
    return link


def test_a_short_link_redirects_and_records_people_and_bots_but_not_head(
    brand, store_url, tmp_path
):
    link = _make_link(brand)
    brand.dispose()  # DuckDB: one process holds the file, the redirector now
    server = RedirectorProcess(store_url, tmp_path / "clicks")
    try:
        with httpx.Client(base_url=server.base_url, follow_redirects=False) as client:
            person = client.get(
                f"/{link.code.upper()}?fbclid=IwAR0x&utm_source=newsletter",
                headers={
                    "User-Agent": INSTAGRAM_APP,
                    "CF-IPCountry": "FR",
                    "Referer": "https://l.instagram.com/",
                },
            )
            again = client.get(f"/{link.code}", headers={"User-Agent": INSTAGRAM_APP})
            preview = client.get(f"/{link.code}", headers={"User-Agent": "facebookexternalhit/1.1"})
            head = client.head(f"/{link.code}", headers={"User-Agent": "Twitterbot/1.0"})
            unknown = client.get("/zz9zz9z")
            smuggled = client.get("/https://evil.example/", headers={"User-Agent": INSTAGRAM_APP})
    finally:
        server.stop()

    assert person.status_code == 302
    assert person.headers["location"] == (
        link.tracked_url.removesuffix("#avis") + "&fbclid=IwAR0x#avis"
    )
    assert "utm_source=instagram" in person.headers["location"]
    assert person.headers["cache-control"] == "private, no-store"
    assert again.headers["location"] == link.tracked_url
    assert (preview.status_code, head.status_code) == (302, 302)
    assert head.content == b""
    assert unknown.status_code == 404 and "Link not found" in unknown.text
    assert smuggled.status_code == 404 and "location" not in smuggled.headers
    with brand.connect() as conn:
        (counts,) = clicks_per_link(conn)
        clicks = conn.execute(
            sa.select(schema.tracking.click).order_by(schema.tracking.click.c.clicked_at)
        ).all()
    assert (counts.hits, counts.clicks, counts.unique_clicks, counts.bot_clicks) == (3, 2, 1, 1)
    first = clicks[0]
    assert (first.country, first.referrer, first.ua_family, first.is_unique) == (
        "FR",
        "https://l.instagram.com/",
        "Instagram",
        True,
    )
    assert first.ip_network == "127.0.0.0/24"
    assert "127.0.0.1" not in {c.visitor_key for c in clicks}
    assert clicks[2].bot_reason == "user_agent:facebook-preview"


@pytest.mark.parametrize("store_url", ["postgresql"], indirect=True)
def test_a_link_made_while_the_redirector_runs_works_within_seconds(brand, store_url, tmp_path):
    """On PostgreSQL, links can be made while the redirector holds the store."""
    server = RedirectorProcess(store_url, tmp_path / "clicks")
    try:
        link = _make_link(brand, platform="tiktok")
        deadline = time.monotonic() + 10
        status = None
        while time.monotonic() < deadline and status != 302:
            status = httpx.get(f"{server.base_url}/{link.code}").status_code
            time.sleep(0.2)
    finally:
        server.stop()
    assert status == 302
