"""Fixtures shared by the whole suite: a fresh, migrated store per test on every engine.

PostgreSQL tests never skip: when no server answers they fail and say how to start one
(`./dev test` does it). The server is named by $INFLUSCOPE_TEST_POSTGRES, an admin URL.
"""

import os
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from influscope.store import database, migrate

POSTGRES_ADMIN = os.environ.get(
    "INFLUSCOPE_TEST_POSTGRES", "postgresql+psycopg://influscope:influscope@localhost/postgres"
)
ENGINES = ["duckdb", "postgresql"]


def _postgres_admin() -> sa.Engine:
    admin = sa.create_engine(POSTGRES_ADMIN, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect():
            pass
    except sa.exc.OperationalError as error:
        pytest.fail(
            f"PostgreSQL is required and did not answer at {POSTGRES_ADMIN}: {error.orig}. "
            "Run ./dev test, which installs and starts it, or set INFLUSCOPE_TEST_POSTGRES.",
            pytrace=False,
        )
    return admin


@pytest.fixture(params=ENGINES)
def store_url(request, tmp_path) -> Iterator[str]:
    """The URL of an empty, migrated store on each engine; dropped after the test."""
    if request.param == "duckdb":
        url = database.resolve_url(str(tmp_path / "influscope.duckdb"))
        engine = database.create_engine(url)
        migrate.upgrade(engine)
        engine.dispose()
        yield url
        return
    admin = _postgres_admin()
    name = f"influscope_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = admin.url.set(database=name).render_as_string(hide_password=False)
    engine = database.create_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture
def engine(store_url) -> Iterator[sa.Engine]:
    engine = database.create_engine(store_url)
    yield engine
    engine.dispose()
