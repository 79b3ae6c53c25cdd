"""Text written into the SQL the importers hand DuckDB: file paths and column names, which
DuckDB's readers take as literals, not as parameters."""


def quoted(text: str) -> str:
    """`text` as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"
