"""What every table shares: one naming convention, sequence ids, foreign keys per engine."""

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.schema import ForeignKeyConstraint


@compiles(ForeignKeyConstraint, "duckdb")
def _no_foreign_keys_on_duckdb(constraint, compiler, **kw) -> None:
    """DuckDB refuses to ALTER a table that foreign keys point to, and turns some updates of a
    referenced row into a delete and insert that its own check then rejects. On DuckDB the
    references are kept by the writes (every record is resolved by natural key before it is
    stored); PostgreSQL enforces them."""
    return None


metadata = sa.MetaData(
    naming_convention={
        "pk": "pk_%(table_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    }
)


def id_column(table: str) -> sa.Column:
    sequence = sa.Sequence(f"{table}_id_seq")
    return sa.Column(
        "id",
        sa.Integer,
        sequence,
        server_default=sequence.next_value(),
        autoincrement=False,
        primary_key=True,
    )
