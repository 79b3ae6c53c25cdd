"""The report model: what a client report says, built once and rendered in every format.

Every number is the KPI engine's (or, for what the engine does not compute such as costs by
kind or follower histories, read straight from the store), unrounded; renderers only format.
Text is already in the report's language. A section without data says so (`empty`) instead of
showing zeros.
"""

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from influscope.catalogue.targets import TargetResult


class Kind(StrEnum):
    """How a cell is shown and typed: numbers stay numbers in every format."""

    TEXT = "text"
    COUNT = "count"
    PERCENT = "percent"
    CURRENCY = "currency"
    RATIO = "ratio"
    DATE = "date"
    # The row says: a column of values in different units (a KPI per row) takes each row's
    # kind from `DataTable.row_kinds`.
    PER_ROW = "per_row"


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: Kind


@dataclass(frozen=True)
class DataTable:
    """One table of a section; each becomes a tab of the workbook, named by `key`."""

    key: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple, ...]
    currency: str = ""
    row_kinds: tuple[Kind, ...] = ()

    def kind_of(self, row: int, column: Column) -> Kind:
        return self.row_kinds[row] if column.kind is Kind.PER_ROW else column.kind

    def column(self, key: str) -> list:
        index = [column.key for column in self.columns].index(key)
        return [row[index] for row in self.rows]


@dataclass(frozen=True)
class Figure:
    """A KPI value as the engine computed it, with its provenance and target."""

    kpi: str
    label: str
    value: float | None
    kind: Kind
    currency: str
    provenance: str | None
    target: TargetResult | None = None
    # The same KPI over the previous period (period reports only).
    previous: float | None = None


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    figures: tuple[Figure, ...] = ()
    tables: tuple[DataTable, ...] = ()
    notes: tuple[str, ...] = ()
    # Why the section has nothing to show; None when it has data.
    empty: str | None = None

    def table(self, key: str) -> DataTable | None:
        return next((table for table in self.tables if table.key == key), None)


@dataclass(frozen=True)
class Report:
    title: str
    subtitle: str
    lang: str
    workspace: str
    campaigns: tuple[str, ...]
    currency: str
    start: dt.date
    end: dt.date
    # The snapshots read were captured up to this time (None: all of them).
    as_of: dt.datetime | None
    catalogue_version: str
    rate_card: str
    benchmarks: str
    sections: tuple[Section, ...] = field(default=())

    def section(self, key: str) -> Section:
        return next(section for section in self.sections if section.key == key)

    def tables(self) -> list[DataTable]:
        return [table for section in self.sections for table in section.tables]
