"""The migrations build the schema that `store.schema` declares, once, on every engine."""

from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from influscope.store import database, migrate, schema

# Every table the schema declares, and the last migration's revision.
TABLES = set(schema.metadata.tables)
HEAD = sorted(p.name.split("_")[0] for p in (migrate.MIGRATIONS / "versions").glob("0*.py"))[-1]


@pytest.fixture
def empty_store_url(store_url) -> Iterator[str]:
    """A store that no migration has touched, made beside the fixture's migrated one."""
    if database.is_duckdb(store_url):
        yield database.resolve_url(database.duckdb_path(store_url) + ".empty.duckdb")
        return
    url = sa.make_url(store_url)
    name = f"{url.database}_empty"
    server = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with server.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with server.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        server.dispose()


def test_migrations_build_every_table_on_an_empty_store(empty_store_url):
    engine = database.create_engine(empty_store_url)
    try:
        assert migrate.current_revision(engine) is None
        assert sa.inspect(engine).get_table_names() == []

        migrate.upgrade(engine)

        assert migrate.current_revision(engine) == HEAD
        assert set(sa.inspect(engine).get_table_names()) == TABLES | {"alembic_version"}
    finally:
        engine.dispose()


def test_rerunning_the_migrations_changes_nothing(engine):
    with engine.begin() as conn:
        conn.execute(schema.workspace.insert().values(name="Maison Solène"))
    tables_before = set(sa.inspect(engine).get_table_names())

    migrate.upgrade(engine)
    migrate.upgrade(engine)

    assert migrate.current_revision(engine) == HEAD
    assert set(sa.inspect(engine).get_table_names()) == tables_before
    with engine.connect() as conn:
        names = conn.execute(sa.select(schema.workspace.c.name)).scalars().all()
    assert names == ["Maison Solène"]


# PostgreSQL only: DuckDB's catalog has no pg_collation, so Alembic cannot reflect it.
@pytest.mark.parametrize("store_url", ["postgresql"], indirect=True)
def test_the_declared_schema_is_what_the_migrations_build(engine):
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "compare_server_default": True}
        )
        differences = compare_metadata(context, schema.metadata)
    assert differences == []
