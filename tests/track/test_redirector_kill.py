"""A click that got its 302 survives `kill -9` of the redirector: the next start stores it."""

import httpx
import sqlalchemy as sa

from influscope.store import schema
from influscope.track.links import LinkRequest, create_links
from tests.track.conftest import CAMPAIGN, ids
from tests.track.redirector_process import RedirectorProcess

CLICKS = 300
PHONE = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Mobile Safari/537.36"
)


def test_every_redirected_click_is_stored_after_kill_9_and_a_restart(brand, store_url, tmp_path):
    with brand.begin() as conn:
        found = ids(conn)
        request = LinkRequest(
            found["workspace"],
            found[CAMPAIGN],
            found["Hugo Cuisine"],
            "youtube",
            "https://maison-solene.fr/recettes",
        )
        (link,) = create_links(conn, [request])
    log_dir = tmp_path / "clicks"
    brand.dispose()  # DuckDB: one process holds the file, the redirector now
    server = RedirectorProcess(store_url, log_dir, "--workers", "2")
    redirected = 0
    with httpx.Client(base_url=server.base_url) as client:
        for number in range(CLICKS):
            answer = client.get(f"/{link.code}", headers={"User-Agent": f"{PHONE} n{number}"})
            redirected += answer.status_code == 302
    server.kill()

    RedirectorProcess(store_url, log_dir).stop()

    with brand.connect() as conn:
        stored = conn.execute(
            sa.select(
                sa.func.count(), sa.func.count(sa.distinct(schema.tracking.click.c.click_key))
            )
        ).one()
    assert redirected == CLICKS
    assert tuple(stored) == (CLICKS, CLICKS)
    assert [p.name for p in log_dir.glob("clicks-*.log")] == []
