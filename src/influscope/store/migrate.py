"""Schema migrations, applied by `influscope init` and safe to rerun."""

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.ddl.impl import DefaultImpl

MIGRATIONS = Path(__file__).parent / "migrations"


class DuckDBImpl(DefaultImpl):
    """Alembic has no DuckDB dialect of its own; DuckDB speaks PostgreSQL's DDL closely enough."""

    __dialect__ = "duckdb"


def _config(connection: sa.Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: sa.Engine) -> None:
    """Bring the schema to the newest revision; a store already there is left untouched."""
    with engine.begin() as connection:
        command.upgrade(_config(connection), "head")


def current_revision(engine: sa.Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
