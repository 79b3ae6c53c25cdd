"""One KPI suite, every engine: `kpi_backend` is an Ibis backend over the scenario of `scenario.py`.

- duckdb, postgresql: a fresh store per test, the backend reading the store's own database;
- pyspark: the scenario written once into a DuckDB store, exported to a Parquet lake and read by
  one Spark session for the whole run. Spark takes seconds to start and these tests only read.

Spark tests fail, never skip, when Java or PySpark is missing, as PostgreSQL tests do.
"""

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlencode

import pytest
import sqlalchemy as sa
from ibis.backends import BaseBackend

from influscope.engines import EngineUnavailable, connect, connect_url
from influscope.store import database, migrate
from influscope.store.export import export_parquet
from influscope.store.writes import save_batch
from tests.conftest import _postgres_admin

from .scenario import save_account_audits, save_traffic, scenario_batch

KPI_ENGINES = ("duckdb", "postgresql", "pyspark")
# The scenario is a few dozen rows in a JVM that lives a minute: adaptive re-planning, shuffle
# partitions and the JIT's optimising compiler cost more than they save (measured: about half
# of the suite's Spark time). Results do not depend on any of them.
SPARK_TEST_SETTINGS = {
    "spark.sql.adaptive.enabled": "false",
    "spark.sql.shuffle.partitions": "1",
    "spark.driver.extraJavaOptions": "-XX:TieredStopAtLevel=1",
}


@contextmanager
def _migrated_store(kind: str, folder: Path, name: str) -> Iterator[sa.Engine]:
    if kind == "duckdb":
        engine = database.create_engine(database.resolve_url(str(folder / f"{name}.duckdb")))
        migrate.upgrade(engine)
        try:
            yield engine
        finally:
            engine.dispose()
        return
    admin = _postgres_admin()
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = admin.url.set(database=name).render_as_string(hide_password=False)
    engine = database.create_engine(url)
    try:
        migrate.upgrade(engine)
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def _save_scenario(store: sa.Engine) -> None:
    with store.begin() as conn:
        save_batch(conn, workspace="Maison Test", batch=scenario_batch())
        save_traffic(conn)
        save_account_audits(conn)


@pytest.fixture(scope="session")
def spark_backend(tmp_path_factory) -> Iterator[BaseBackend]:
    """A local Spark session over the scenario's Parquet lake, started once per test run."""
    folder = tmp_path_factory.mktemp("spark")
    with _migrated_store("duckdb", folder, "scenario") as store:
        _save_scenario(store)
        export_parquet(store, folder / "lake")
    try:
        backend = connect_url(f"spark://{folder / 'lake'}?{urlencode(SPARK_TEST_SETTINGS)}")
    except EngineUnavailable as error:
        pytest.fail(f"Spark is required and did not start: {error}", pytrace=False)
    yield backend
    backend.disconnect()


@pytest.fixture(params=KPI_ENGINES)
def kpi_backend(request, tmp_path) -> Iterator[BaseBackend]:
    if request.param == "pyspark":
        yield request.getfixturevalue("spark_backend")
        return
    name = f"influscope_test_{uuid.uuid4().hex[:12]}"
    with _migrated_store(request.param, tmp_path, name) as store:
        _save_scenario(store)
        backend = connect(store)
        yield backend
        backend.disconnect()
