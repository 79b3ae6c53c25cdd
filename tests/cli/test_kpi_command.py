"""`influscope kpi` and `influscope campaigns` as a user runs them, on every engine."""

import json

import pytest
from typer.testing import CliRunner

from influscope.catalogue.load import built_in_catalogue
from influscope.cli.main import app
from influscope.store.records import TargetRecord
from influscope.store.writes import save_batch
from tests.engines.scenario import scenario_batch

runner = CliRunner()


@pytest.fixture
def db(engine, store_url) -> str:
    with engine.begin() as conn:
        save_batch(conn, workspace="Maison Test", batch=scenario_batch())
    return store_url


def test_kpi_json_has_every_kpi_with_value_and_unit(db):
    result = runner.invoke(app, ["kpi", "Printemps Éclat", "--format", "json", "--db", db])
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    assert document["catalogue_version"] == built_in_catalogue().version
    assert document["campaign"]["name"] == "Printemps Éclat"
    assert document["by"] == []
    (row,) = document["rows"]
    assert set(row["kpis"]) == set(built_in_catalogue().kpis)
    assert row["kpis"]["reach"] == {"value": 6500, "unit": "count", "provenance": "measured"}
    assert row["kpis"]["cost"] == {
        "value": 5860,
        "unit": "currency",
        "currency": "EUR",
        "provenance": "measured",
    }
    assert row["kpis"]["engagement_rate_reach"] == {
        "value": 9.6,
        "unit": "percent",
        "provenance": "measured",
    }
    assert row["kpis"]["emv"]["rate_card"] == document["rate_card"] == "skeepers_octoly@1"
    assert row["kpis"]["emv_authentic"]["rate_card"] == "skeepers_octoly@1"
    assert row["kpis"]["impressions_vs_paid"]["benchmarks"] == "paid_social@1"


def test_kpi_grouped_by_influencer_names_each_group(db):
    result = runner.invoke(
        app,
        ["kpi", "Printemps Éclat", "--by", "influencer", "--kpi", "cost", "-f", "json", "--db", db],
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["rows"]
    costs = {row["group"]["influencer"]: row["kpis"]["cost"]["value"] for row in rows}
    assert costs == {"Léa Martin": 860, "Hugo Bernard": 1500, "Chloé Dubois": 3000, None: 500}


def test_kpi_json_judges_each_target_against_the_campaign(engine, store_url):
    batch = scenario_batch()
    batch.targets += [
        TargetRecord("Printemps Éclat", "reach", 6000),
        TargetRecord("Printemps Éclat", "cost_per_engagement", 1.0),
    ]
    with engine.begin() as conn:
        save_batch(conn, workspace="Maison Test", batch=batch)
    result = runner.invoke(app, ["kpi", "Printemps Éclat", "-f", "json", "--db", store_url])
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.output)["rows"]
    assert row["kpis"]["reach"]["target"] == {
        "value": 6000,
        "effectiveness": pytest.approx(6500 / 6000 * 100),
        "expected_by_now": 6000,
        "status": "met",
    }
    assert row["kpis"]["cost_per_engagement"]["target"]["status"] == "missed"


def test_kpi_csv_has_one_column_per_kpi(db):
    result = runner.invoke(
        app,
        ["kpi", "Printemps Éclat", "--by", "platform", "--kpi", "posts", "-f", "csv", "--db", db],
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "platform,posts",
        "instagram,2",
        "tiktok,1",
        "youtube,1",
    ]


def test_kpi_table_shows_the_headline_kpis_of_the_objectives_with_provenance(db):
    result = runner.invoke(app, ["kpi", "Printemps Éclat", "--db", db])
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())
    assert "Earned media value" in output  # awareness
    assert "Clicks on tracked links" in output  # product promotion
    assert "Brand followers gained" not in output
    assert "estimated" in output  # the CPM counts views where impressions are missing


def test_kpi_table_shows_french_labels_and_number_formats(db):
    result = runner.invoke(app, ["kpi", "Printemps Éclat", "--all", "--lang", "fr", "--db", db])
    assert result.exit_code == 0, result.output
    assert "Taux d'engagement sur la portée" in result.output
    assert "9,60 %" in result.output
    assert "5\u202f860,00 EUR" in result.output


def test_an_unknown_campaign_is_a_clear_error_listing_the_known_ones(db):
    result = runner.invoke(app, ["kpi", "Hiver", "--db", db])
    assert result.exit_code == 1
    assert "No campaign 'Hiver'" in result.output
    assert "'Printemps Éclat'" in result.output
    assert "Traceback" not in result.output


def test_campaigns_lists_them_in_date_order(db):
    result = runner.invoke(app, ["campaigns", "-f", "json", "--db", db])
    assert result.exit_code == 0, result.output
    names = [campaign["name"] for campaign in json.loads(result.output)]
    assert names == ["Printemps Éclat", "Été Solaire"]


@pytest.mark.parametrize("kpi_id", sorted(built_in_catalogue().kpis))
def test_explain_prints_definition_and_formula_of_every_kpi(kpi_id):
    result = runner.invoke(app, ["kpi", "--explain", kpi_id])
    assert result.exit_code == 0, result.output
    kpi = built_in_catalogue().kpis[kpi_id]
    assert f"Formula: {kpi.formula}" in result.output
    assert kpi.label.en in result.output


def test_explain_of_an_unknown_kpi_lists_the_known_ones():
    result = runner.invoke(app, ["kpi", "--explain", "roas"])
    assert result.exit_code == 1
    assert "Unknown KPI 'roas'" in result.output


def test_compliance_lists_the_sponsored_posts_missing_the_mention(db):
    result = runner.invoke(app, ["compliance", "Printemps Éclat", "-f", "json", "--db", db])
    assert result.exit_code == 0, result.output
    (post,) = json.loads(result.output)
    assert post["influencer"] == "Hugo Bernard"
    assert post["country"] == "FR"
    assert post["post"] == "P3"


def test_another_rate_card_prices_the_emv_and_is_named(db):
    args = ["kpi", "Printemps Éclat", "--kpi", "emv", "-f", "json", "--db", db]
    default = json.loads(runner.invoke(app, args).output)
    other = runner.invoke(app, [*args, "--rate-card", "mightyscout@1"])
    assert other.exit_code == 0, other.output
    document = json.loads(other.output)
    assert document["rate_card"] == "mightyscout@1"
    emv = document["rows"][0]["kpis"]["emv"]
    assert emv["rate_card"] == "mightyscout@1"
    assert emv["value"] != default["rows"][0]["kpis"]["emv"]["value"]


def test_an_unknown_rate_card_is_a_clear_error(db):
    result = runner.invoke(app, ["kpi", "Printemps Éclat", "--rate-card", "nope", "--db", db])
    assert result.exit_code == 1
    assert "nope" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("store_url", ["duckdb"], indirect=True)
def test_kpis_run_on_spark_over_an_exported_lake_with_the_same_values(db, tmp_path):
    lake = tmp_path / "lake"
    exported = runner.invoke(app, ["export", "parquet", str(lake), "--db", db])
    assert exported.exit_code == 0, exported.output
    ids = ["--kpi", "reach", "--kpi", "cost_per_mille", "--kpi", "engagement_rate_reach"]
    local = runner.invoke(app, ["kpi", "Printemps Éclat", *ids, "-f", "json", "--db", db])
    spark = runner.invoke(
        app,
        ["kpi", "Printemps Éclat", *ids, "-f", "json", "--db", db, "--engine", f"spark://{lake}"],
    )
    assert spark.exit_code == 0, spark.output
    assert json.loads(spark.output)["rows"] == json.loads(local.output)["rows"]


def test_indicators_measured_elsewhere_come_with_their_source(db):
    result = runner.invoke(app, ["kpi", "Printemps Éclat", "-f", "json", "--db", db])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["indicators"] == [
        {
            "indicator": "brand_awareness_uplift",
            "measured_on": "2026-04-10",
            "value": 3.5,
            "source": "Brand-lift survey, Institut Test, n=800",
        }
    ]
    table = runner.invoke(app, ["kpi", "Printemps Éclat", "--db", db])
    assert "Brand awareness uplift" in table.output
    assert "+3.5 percentage points" in table.output
