"""`influscope codes …` and `influscope attribution …` as a user runs them, on every engine.

The commands are merged into an app the way cli/main.py merges every capability's commands.
"""

import csv
import io
import json

import typer
from typer.testing import CliRunner

from influscope.cli import attribution
from tests.track.test_attribution_run import CAMPAIGN, seed_campaign, seed_orders

app = typer.Typer()
app.add_typer(attribution.commands)
runner = CliRunner()


def _invoke(*args: str):
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_attribution_run_prints_the_report_and_report_reads_it_back_as_json(engine, store_url):
    ids = seed_campaign(engine)
    seed_orders(engine, ids)

    shown = _invoke("attribution", "run", "--campaign", CAMPAIGN, "--db", store_url)
    assert "by both (counted once)" in shown
    assert "Léa Martin" in shown

    document = json.loads(
        _invoke("attribution", "report", "--campaign", CAMPAIGN, "-f", "json", "--db", store_url)
    )
    assert (document["by_code"], document["by_link"], document["by_both"]) == (5, 2, 1)
    assert (document["unattributed"], document["unattributed_revenue"]) == (2, "45.00")
    assert document["attributed_revenue"] == "535.95"
    assert document["window_days"] == 30
    assert {row["influencer"]: row["revenue"] for row in document["influencers"]} == {
        "Léa Martin": "451.45",
        "Tom Weber": "84.50",
    }


def test_the_report_as_csv_has_one_row_per_influencer_and_one_for_the_unattributed(
    engine, store_url
):
    ids = seed_campaign(engine)
    seed_orders(engine, ids)
    _invoke("attribution", "run", "--campaign", CAMPAIGN, "--window", "30", "--db", store_url)

    text = _invoke("attribution", "report", "--campaign", CAMPAIGN, "-f", "csv", "--db", store_url)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(row["influencer"], row["orders"], row["revenue"]) for row in rows] == [
        ("Léa Martin", "5", "451.45"),
        ("Tom Weber", "3", "84.50"),
        ("(unattributed)", "2", "45.00"),
    ]


def test_a_report_before_any_run_says_how_to_run_one(engine, store_url):
    seed_campaign(engine)
    result = runner.invoke(
        app, ["attribution", "report", "--campaign", CAMPAIGN, "--db", store_url]
    )
    assert result.exit_code == 1
    assert "attribution run" in result.output


def test_codes_generate_then_export_for_the_shop(engine, store_url):
    seed_campaign(engine)
    created = json.loads(
        _invoke("codes", "generate", CAMPAIGN, "--percent", "15", "-f", "json", "--db", store_url)
    )
    assert [row["influencer"] for row in created] == ["Léa Martin", "Tom Weber"]
    # The two imported codes of the scenario are kept; nobody gets a second one.
    assert [row["code"] for row in created] == ["LEA15", "TOM10"]
    assert not any(row["new"] for row in created)

    exported = list(
        csv.DictReader(io.StringIO(_invoke("codes", "export", CAMPAIGN, "--db", store_url)))
    )
    assert [row["Code"] for row in exported] == ["LEA15", "TOM10"]


def test_codes_import_reports_the_rows_it_refused(engine, store_url, tmp_path):
    seed_campaign(engine)
    path = tmp_path / "shop-codes.csv"
    path.write_text("Code,Influencer\nSPRING20,Lea Martine\n", encoding="utf-8")
    result = runner.invoke(
        app, ["codes", "import", str(path), "--campaign", CAMPAIGN, "--db", store_url]
    )
    assert result.exit_code == 2
    assert '"Lea Martine" is not an influencer of this workspace' in result.output

    path.write_text("Code,Influencer\nSPRING20,Léa Martin\n", encoding="utf-8")
    shown = _invoke("codes", "import", str(path), "--campaign", CAMPAIGN, "--db", store_url)
    assert "1 new, 0 updated, 0 unchanged" in shown


def test_codes_list_shows_uses_and_revenue_per_code(engine, store_url):
    ids = seed_campaign(engine)
    seed_orders(engine, ids)
    _invoke("attribution", "run", "--campaign", CAMPAIGN, "--db", store_url)
    rows = json.loads(_invoke("codes", "list", CAMPAIGN, "-f", "json", "--db", store_url))
    assert {row["code"]: (row["uses"], row["revenue"]) for row in rows} == {
        "LEA15": (4, "331.45"),
        "TOM10": (2, "49.00"),
    }
