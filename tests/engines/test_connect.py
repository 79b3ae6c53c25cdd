"""Naming an engine: what `connect_url` accepts, and the errors that say what to do instead."""

import pytest

from influscope.catalogue.load import built_in_catalogue
from influscope.engines import EngineUnavailable, connect_url
from influscope.engines.evaluate import evaluate_kpis
from influscope.engines.spark import local_session
from influscope.store.writes import save_batch

from .scenario import scenario_batch


def test_an_unknown_engine_url_is_an_error_listing_the_known_forms():
    with pytest.raises(ValueError, match=r"spark:///absolute/path/to/lake"):
        connect_url("bigquery://project/dataset")


def test_a_spark_master_is_not_supported_yet():
    with pytest.raises(NotImplementedError, match="three slashes"):
        connect_url("spark://spark-master:7077/data/lake")


def test_a_missing_lake_is_an_error_before_spark_starts(tmp_path):
    with pytest.raises(FileNotFoundError, match="No lake folder"):
        connect_url(f"spark://{tmp_path / 'nowhere'}")


def test_an_empty_lake_is_an_error_that_says_to_export_first(tmp_path):
    with pytest.raises(FileNotFoundError, match="export the store into it first"):
        connect_url(f"spark://{tmp_path}")


def test_url_parameters_must_be_spark_settings(tmp_path):
    with pytest.raises(ValueError, match=r"Not Spark settings.*memory"):
        connect_url(f"spark://{tmp_path}?memory=8g")


def test_spark_without_java_is_an_error_that_says_what_to_install(monkeypatch, tmp_path):
    monkeypatch.setenv("JAVA_HOME", str(tmp_path))
    with pytest.raises(EngineUnavailable, match="openjdk-17-jre-headless"):
        local_session()


def test_kpis_also_run_on_the_store_engine_itself(engine):
    with engine.begin() as conn:
        save_batch(conn, workspace="Maison Test", batch=scenario_batch())
    table = evaluate_kpis(engine, kpi_ids=["posts", "cost"])
    assert table.catalogue_version == built_in_catalogue().version
    # Both campaigns: four posts and 5,860 in March, one post and 100 in July.
    assert table.rows == ({"posts": 5, "cost": 5960},)
