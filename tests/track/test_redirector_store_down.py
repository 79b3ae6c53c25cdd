"""The redirector keeps answering while the store refuses connections, and the clicks of that
time reach the store once it is back."""

import time

import httpx
import pytest
import sqlalchemy as sa

from influscope.store import schema
from influscope.track.links import LinkRequest, create_links
from tests.conftest import POSTGRES_ADMIN
from tests.track.conftest import CAMPAIGN, ids
from tests.track.redirector_process import RedirectorProcess

CLICKS = 50


def _stored(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(
            sa.select(sa.func.count()).select_from(schema.tracking.click)
        ).scalar_one()


def _allow_connections(database: str, allowed: bool) -> None:
    admin = sa.create_engine(POSTGRES_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(
            f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS {str(allowed).lower()}'
        )
        if not allowed:
            conn.exec_driver_sql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                f"WHERE datname = '{database}' AND pid <> pg_backend_pid()"
            )
    admin.dispose()


@pytest.mark.parametrize("store_url", ["postgresql"], indirect=True)
def test_clicks_made_while_the_store_is_down_are_stored_when_it_is_back(brand, store_url, tmp_path):
    with brand.begin() as conn:
        found = ids(conn)
        request = LinkRequest(
            found["workspace"],
            found[CAMPAIGN],
            found["Léa Voyage"],
            "tiktok",
            "https://maison-solene.fr/serum",
        )
        (link,) = create_links(conn, [request])
    database = sa.make_url(store_url).database
    server = RedirectorProcess(store_url, tmp_path / "clicks")
    try:
        brand.dispose()
        _allow_connections(database, False)
        with httpx.Client(base_url=server.base_url) as client:
            answers = [client.get(f"/{link.code}").status_code for _ in range(CLICKS)]
        time.sleep(1)  # the drainer tries, fails, and waits
        _allow_connections(database, True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and _stored(brand) < CLICKS:
            time.sleep(0.5)
        stored_while_running = _stored(brand)
    finally:
        _allow_connections(database, True)
        server.stop()
    assert answers == [302] * CLICKS
    assert stored_while_running == CLICKS
