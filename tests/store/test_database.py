"""Opening the store: DuckDB's one-writer rule surfaces as advice, not a traceback."""

import selectors
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from influscope.store import database

# Opens the file the way the CLI and the web app do, says so, and holds it until stdin closes.
HOLDER = textwrap.dedent(
    """
    import sys
    from influscope.store.database import create_engine

    engine = create_engine(sys.argv[1])
    connection = engine.connect()
    print("holding", flush=True)
    sys.stdin.read()
    """
)


@pytest.fixture
def held_duckdb(tmp_path) -> Iterator[tuple[Path, int]]:
    """A DuckDB file that another process keeps open; yields its path and that process's PID."""
    path = tmp_path / "campaigns.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        with selectors.DefaultSelector() as selector:
            selector.register(holder.stdout, selectors.EVENT_READ)
            ready = selector.select(timeout=60) and holder.stdout.readline() == "holding\n"
        assert ready, f"the holder process did not open the file: {holder.stderr.read()}"
        yield path, holder.pid
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def test_a_file_held_by_another_process_names_the_holder_and_the_way_out(held_duckdb):
    path, pid = held_duckdb

    with pytest.raises(database.StoreError) as raised:
        database.create_engine(str(path))

    message = str(raised.value)
    assert f"The database {path} is in use by another process" in message
    assert f"(PID {pid})" in message
    assert "Stop that process" in message
    assert "PostgreSQL" in message
    # Raised `from None`: the user reads the advice, not DuckDB's chained IOException.
    assert raised.value.__cause__ is None
    assert raised.value.__suppress_context__
