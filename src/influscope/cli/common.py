"""What every command shares: consoles, common options, the store, and user errors."""

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import sqlalchemy as sa
import typer
from rich.console import Console

from influscope.catalogue.load import CatalogueError
from influscope.catalogue.rate_cards import RatesError
from influscope.cli.render import OutputFormat
from influscope.engines import EngineUnavailable
from influscope.store import database, migrate, queries

# Tables keep their labels on one line when piped or captured, where Rich would assume 80 columns.
console = Console(width=None if sys.stdout.isatty() else 140)
errors = Console(stderr=True, width=None if sys.stderr.isatty() else 140)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar=database.URL_VARIABLE,
        help="Store URL or DuckDB file (default: influscope.duckdb here); postgresql://… works.",
    ),
]
FormatOption = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")]
LangOption = Annotated[str, typer.Option("--lang", help="Label language: en or fr.")]
WorkspaceOption = Annotated[
    str | None, typer.Option("--workspace", "-w", help="Workspace (brand or client).")
]


@contextmanager
def user_errors() -> Iterator[None]:
    """Problems the user can fix are printed as one clear message, never as a traceback."""
    from influscope.ingest.problems import ImportFailed

    try:
        yield
    except ImportFailed as failure:
        errors.print(f"[red]Nothing was imported: {len(failure.problems)} problem(s).[/red]")
        for problem in failure.problems:
            errors.print(f"  • {problem}", markup=False, highlight=False)
        raise typer.Exit(2) from None
    except (
        database.StoreError,
        queries.NotFound,
        CatalogueError,
        RatesError,
        EngineUnavailable,
        KeyError,
        ValueError,
        NotImplementedError,
    ) as error:
        message = error.args[0] if isinstance(error, KeyError) else str(error)
        errors.print(f"[red]Error:[/red] {message}", highlight=False)
        raise typer.Exit(1) from None


def open_store(db: str | None) -> sa.Engine:
    """The store, migrated to the newest schema (cheap when it already is)."""
    engine = database.create_engine(db)
    migrate.upgrade(engine)
    return engine
