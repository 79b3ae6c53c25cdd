"""A link made from the CLI, opened over real HTTP, counted in `influscope kpi`: people, unique
people and bots each where they belong."""

import json
import subprocess

import httpx
import sqlalchemy as sa

from influscope.store import schema
from tests.track.conftest import CAMPAIGN, WORKSPACE
from tests.track.redirector_process import INFLUSCOPE, RedirectorProcess
from tests.track.test_redirector_http import INSTAGRAM_APP


def _invoke(*args: str) -> str:
    """Each command in its own process, as a user runs them (DuckDB: the file is free after)."""
    result = subprocess.run([INFLUSCOPE, *args], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_people_unique_people_and_bots_through_the_redirector_are_the_click_kpis(
    brand, store_url, tmp_path
):
    brand.dispose()  # DuckDB: one process at a time holds the file
    scope = ("--workspace", WORKSPACE, "--db", store_url)
    _invoke("track", "links", "create", "-c", CAMPAIGN, "-i", "lea.voyage", "-p", "instagram",
            "-d", "https://maison-solene.fr/serum", *scope)  # fmt: skip
    _invoke("codes", "generate", CAMPAIGN, *scope)
    with brand.connect() as conn:
        code = conn.execute(sa.select(schema.tracking.link.c.code)).scalar_one()
        promo_codes = conn.execute(sa.select(schema.attribution.promo_code.c.code)).scalars().all()
    brand.dispose()
    assert [c[:-2] for c in sorted(promo_codes)] == ["LEAVOYAGE"]  # the campaign's one creator

    server = RedirectorProcess(store_url, tmp_path / "clicks")
    try:
        with httpx.Client(base_url=server.base_url) as client:
            for user_agent in (INSTAGRAM_APP, INSTAGRAM_APP, "facebookexternalhit/1.1"):
                response = client.get(f"/{code}", headers={"User-Agent": user_agent})
                assert response.status_code == 302
    finally:
        server.stop()

    output = _invoke("kpi", CAMPAIGN, "--kpi", "tracked_clicks", "--kpi", "unique_clicks",
                     "--kpi", "bot_clicks", "--format", "json", *scope)  # fmt: skip
    (row,) = json.loads(output)["rows"]
    values = {kpi: row["kpis"][kpi]["value"] for kpi in row["kpis"]}
    assert values == {"tracked_clicks": 2, "unique_clicks": 1, "bot_clicks": 1}
