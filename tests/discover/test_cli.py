"""`influscope discover …` as a user runs it on the demo brand, on every engine."""

import json

import sqlalchemy as sa
from typer.testing import CliRunner

from influscope.cli.main import app
from influscope.demo import DEMO_WORKSPACE
from influscope.demo.prospects import save_demo_prospects
from influscope.store import schema

runner = CliRunner()
FRENCH = (
    "Nouveau sérum hydratant pour peaux sensibles, en France. Femmes 25-34 ans, Instagram. "
    "À éviter : alcool."
)
ENGLISH = "Skincare serum launch in Germany and Spain on TikTok, women 18-24. Avoid: gambling."


def _run(store_url: str, *args: str):
    result = runner.invoke(app, ["discover", *args, "-w", DEMO_WORKSPACE, "--db", store_url])
    assert result.exit_code == 0, result.output
    return result.output


def test_brief_in_french_and_english_prints_a_shortlist_with_score_parts(demo, store_url):
    for brief in (FRENCH, ENGLISH):
        document = json.loads(_run(store_url, "brief", brief, "--top", "5", "--format", "json"))
        assert len(document["shortlist"]) == 5
        first = document["shortlist"][0]
        assert first["rank"] == 1 and first["score"] > 0
        assert {"topic", "audience", "authenticity", "engagement", "cost"} <= set(first["why"])
    table = _run(store_url, "brief", FRENCH, "--top", "3")
    assert "Brief read as: language fr; markets FR" in table
    assert "topic:" in table and "authenticity:" in table


def test_audit_prints_every_signal_of_every_account(demo, store_url):
    output = _run(store_url, "audit", "Chloé Vasseur")
    assert "instagram @chloe.vasseur" in output and "tiktok @chloevasseur" in output
    assert output.count("Follower-growth spike") == 2
    document = json.loads(_run(store_url, "audit", "@chloevasseur", "--format", "json"))
    assert document["influencer"] == "Chloé Vasseur"
    assert {s["id"] for s in document["accounts"][0]["signals"]} >= {
        "follower_spike",
        "engagement_band",
        "like_comment_ratio",
    }


def test_search_saves_and_reruns_a_search(demo, store_url):
    first = _run(
        store_url, "search", "--tier", "micro", "--country", "DE", "--save", "DE micro",
        "--format", "csv",
    )  # fmt: skip
    again = _run(store_url, "search", "--saved", "DE micro", "--format", "csv")
    assert first == again
    assert "Sophie Krüger" in again and "Jonas Weber" in again


def test_unknown_influencer_is_a_clear_error(demo, store_url):
    result = runner.invoke(
        app, ["discover", "audit", "Nobody", "-w", DEMO_WORKSPACE, "--db", store_url]
    )
    assert result.exit_code == 1
    assert "No influencer or handle 'Nobody'" in result.output


def test_save_audits_stores_each_account_share_once(demo, store_url):
    audit, account = schema.discovery.account_audit, schema.account
    query = sa.select(account.c.platform, account.c.handle, audit.c.inauthentic_share).join(
        account, account.c.id == audit.c.account_id
    )

    def stored() -> list[sa.Row]:
        with demo.connect() as conn:
            return conn.execute(query).all()

    save_demo_prospects(demo)
    output = _run(store_url, "save-audits")
    first = stored()
    assert f"Saved the audit of {len(first)} account(s)" in output
    assert _run(store_url, "save-audits") == output
    assert sorted(stored()) == sorted(first)
    shares = {(platform, handle): share for platform, handle, share in first}
    assert len(shares) == len(first)
    # The demo's bought account, in a comment pod, and a clean one.
    assert shares[("instagram", "luna.eclat.beauty")] == 1.0
    assert shares[("instagram", "maelle.peauzen")] == 0.0
