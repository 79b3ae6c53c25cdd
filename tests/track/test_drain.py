"""Clicks from the log into the store: judged, made unique or not, each stored once; and past
clicks judged again by newer rules, with the run recorded."""

import datetime as dt
import json

import sqlalchemy as sa

from influscope.store import schema
from influscope.track.bot_rules import BUILT_IN, built_in_rules, load_rules
from influscope.track.click_log import ClickLog, log_files
from influscope.track.clicks import clicks_per_link, reapply_rules
from influscope.track.drain import Drainer
from influscope.track.links import LinkRequest, create_links
from tests.track.conftest import CAMPAIGN, ids

INSTAGRAM_APP = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
    "like Gecko) Mobile/15E148 Instagram 330.0.0.40.92 (iPhone14,2; iOS 17_5; fr_FR)"
)
# A shop's uptime monitor that the built-in rules do not know.
SHOP_PROBE = "ShopWatch/2.1 (+https://shopwatch.example)"
T0 = dt.datetime(2026, 3, 4, 18, 0, tzinfo=dt.UTC).timestamp()
# The built-in rules' version, and the one a newer rules file gets.
VERSION = built_in_rules().version
NEWER = VERSION + 1


def _link_id(engine) -> int:
    with engine.begin() as conn:
        found = ids(conn)
        request = LinkRequest(
            found["workspace"],
            found[CAMPAIGN],
            found["Léa Voyage"],
            "instagram",
            "https://maison-solene.fr/serum",
        )
        (link,) = create_links(conn, [request])
    return link.id


def _log_clicks(folder, link_id):
    log = ClickLog(folder)
    clicks = [
        (0, "ana", INSTAGRAM_APP, "90.12.34.0/24", "FR", "https://l.instagram.com/"),
        (600, "ana", INSTAGRAM_APP, "90.12.34.0/24", "FR", "https://l.instagram.com/"),
        (3700, "ana", INSTAGRAM_APP, "90.12.34.0/24", "FR", None),
        (5, "ben", INSTAGRAM_APP, "81.56.7.0/24", "BE", None),
        (1, "meta", "facebookexternalhit/1.1", "31.13.97.0/24", None, None),
        (2, "shop", SHOP_PROBE, "51.15.2.0/24", "FR", None),
    ]
    for offset, visitor, agent, network, country, referrer in clicks:
        log.append(
            at=T0 + offset,
            link_id=link_id,
            visitor_key=visitor.ljust(32, "0"),
            ip_network=network,
            country=country,
            referrer=referrer,
            user_agent=agent,
        )
    log.close()


def _counts(engine):
    with engine.connect() as conn:
        (row,) = clicks_per_link(conn)
    return row.hits, row.clicks, row.unique_clicks, row.bot_clicks


def test_logged_clicks_are_stored_once_with_bots_and_unique_clicks(brand, tmp_path):
    link_id = _link_id(brand)
    _log_clicks(tmp_path, link_id)
    drainer = Drainer(brand, tmp_path, rules=built_in_rules())

    assert drainer.drain_once().stored == 6
    assert _counts(brand) == (6, 5, 4, 1)
    assert log_files(tmp_path) == []  # its writer closed it and every click is stored
    with brand.connect() as conn:
        bot = conn.execute(
            sa.select(schema.tracking.click).where(schema.tracking.click.c.is_bot)
        ).one()
        first = conn.execute(
            sa.select(schema.tracking.click).order_by(schema.tracking.click.c.clicked_at)
        ).first()
    assert (bot.bot_reason, bot.device, bot.rules_version) == (
        "user_agent:facebook-preview",
        "bot",
        VERSION,
    )
    assert (first.country, first.ua_family, first.device, first.is_unique) == (
        "FR",
        "Instagram",
        "mobile",
        True,
    )
    assert first.clicked_at == dt.datetime(2026, 3, 4, 18, 0)
    assert first.ip_network == "90.12.34.0/24"


def test_a_log_replayed_after_a_crash_adds_nothing(brand, tmp_path):
    link_id = _link_id(brand)
    _log_clicks(tmp_path, link_id)
    (path,) = log_files(tmp_path)
    kept = path.read_bytes()
    Drainer(brand, tmp_path, rules=built_in_rules()).drain_once()
    # As if the drainer died after committing and before noting how far it got.
    path.write_bytes(kept)

    assert Drainer(brand, tmp_path, rules=built_in_rules()).drain_once().stored == 0
    assert _counts(brand) == (6, 5, 4, 1)


def test_a_line_still_being_written_waits_for_its_end(brand, tmp_path):
    link_id = _link_id(brand)
    _log_clicks(tmp_path, link_id)
    (path,) = log_files(tmp_path)
    whole = path.read_bytes()
    path.write_bytes(whole[:-10])

    assert Drainer(brand, tmp_path, rules=built_in_rules()).drain_once().stored == 5
    path.write_bytes(whole)
    assert Drainer(brand, tmp_path, rules=built_in_rules()).drain_once().stored == 1


def test_newer_rules_judge_past_clicks_again_and_the_run_is_recorded(brand, tmp_path):
    link_id = _link_id(brand)
    _log_clicks(tmp_path, link_id)
    Drainer(brand, tmp_path, rules=built_in_rules()).drain_once()
    newer = tmp_path / "rules-v2.yaml"
    newer.write_text(
        BUILT_IN.read_text().replace(f"version: {VERSION}", f"version: {NEWER}")
        + "  - id: shop-monitor\n"
        "    kind: user_agent\n"
        "    values: [shopwatch]\n"
        "    why: The shop's uptime probe opens every campaign link.\n"
    )
    with brand.begin() as conn:
        run = reapply_rules(
            conn, rules=load_rules(newer), reason="The shop's monitor is not a visitor"
        )
    assert (run.rules_version, run.clicks_checked, run.became_bot, run.became_human) == (
        NEWER,
        6,
        1,
        0,
    )
    assert run.unique_changed == 1
    assert _counts(brand) == (6, 4, 3, 2)
    with brand.connect() as conn:
        versions = set(conn.execute(sa.select(schema.tracking.click.c.rules_version)).scalars())
        (recorded,) = conn.execute(sa.select(schema.tracking.click_rule_run)).all()
    assert versions == {NEWER}
    assert recorded.reason == "The shop's monitor is not a visitor"
    assert (recorded.rules_version, recorded.became_bot, recorded.unique_window_minutes) == (
        NEWER,
        1,
        60,
    )

    with brand.begin() as conn:
        again = reapply_rules(conn, rules=load_rules(newer), reason="Checked twice")
    assert (again.became_bot, again.became_human, again.unique_changed) == (0, 0, 0)


def test_the_cli_drains_counts_and_reapplies_with_a_reason(brand, store_url, tmp_path):
    from typer.testing import CliRunner

    from influscope.cli.main import app

    runner = CliRunner()
    link_id = _link_id(brand)
    log_dir = tmp_path / "clicks"
    _log_clicks(log_dir, link_id)
    brand.dispose()

    drained = runner.invoke(app, ["track", "drain", "--db", store_url, "--log-dir", str(log_dir)])
    counted = runner.invoke(app, ["track", "clicks", "--db", store_url, "-f", "json"])
    newer = tmp_path / "rules-v2.yaml"
    newer.write_text(
        BUILT_IN.read_text().replace(f"version: {VERSION}", f"version: {NEWER}")
        + "  - id: shop-monitor\n    kind: user_agent\n    values: [shopwatch]\n"
        "    why: The shop's uptime probe.\n"
    )
    unexplained = runner.invoke(
        app, ["track", "reapply-rules", "--db", store_url, "--rules", str(newer), "--reason", " "]
    )
    reapplied = runner.invoke(
        app,
        [
            "track",
            "reapply-rules",
            "--db",
            store_url,
            "--rules",
            str(newer),
            "--reason",
            "Shop monitor",
        ],
    )

    assert drained.exit_code == 0, drained.output
    assert "6 click(s) stored" in drained.output
    (row,) = json.loads(counted.output)
    assert (row["hits"], row["clicks"], row["unique_clicks"], row["bot_clicks"]) == (6, 5, 4, 1)
    assert unexplained.exit_code == 1 and "Say why" in unexplained.output
    assert reapplied.exit_code == 0, reapplied.output
    assert "1 became bot" in reapplied.output and "1 changed unique" in reapplied.output
