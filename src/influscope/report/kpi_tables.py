"""Turning the KPI engine's results into report figures and tables, values untouched."""

from collections.abc import Iterable, Sequence

from influscope.catalogue.models import Unit
from influscope.catalogue.targets import TargetResult
from influscope.engines.evaluate import KpiTable
from influscope.report.model import Column, DataTable, Figure, Kind

_KINDS = {
    Unit.COUNT: Kind.COUNT,
    Unit.PERCENT: Kind.PERCENT,
    Unit.CURRENCY: Kind.CURRENCY,
    Unit.RATIO: Kind.RATIO,
}


def unit_kind(unit: Unit) -> Kind:
    return _KINDS[unit]


def figures(
    table: KpiTable,
    kpi_ids: Iterable[str],
    *,
    currency: str,
    lang: str,
    targets: dict[str, TargetResult] | None = None,
    row: int = 0,
    previous: KpiTable | None = None,
) -> tuple[Figure, ...]:
    """The KPIs of one result row (the campaign's, when ungrouped) that the table holds."""
    kpis = {kpi.id: kpi for kpi in table.kpis}
    values = table.rows[row] if table.rows else {}
    provenance = table.provenance[row] if table.provenance else {}
    before = previous.rows[0] if previous is not None and previous.rows else {}
    return tuple(
        Figure(
            kpi=kpi_id,
            label=kpis[kpi_id].label.get(lang),
            value=values.get(kpi_id),
            kind=unit_kind(kpis[kpi_id].unit),
            currency=currency,
            provenance=provenance.get(kpi_id),
            target=(targets or {}).get(kpi_id),
            previous=before.get(kpi_id),
        )
        for kpi_id in dict.fromkeys(kpi_ids)
        if kpi_id in kpis
    )


def grouped_table(
    key: str,
    title: str,
    table: KpiTable,
    *,
    groups: Sequence[Column],
    kpi_ids: Sequence[str],
    currency: str,
    lang: str,
    rows: Sequence[dict] | None = None,
) -> DataTable:
    """One row per group of `table` (or of `rows`, a re-ordered or filtered subset of its
    rows), the group columns first, then the KPIs labelled in the report's language."""
    kpis = {kpi.id: kpi for kpi in table.kpis}
    shown = [kpis[kpi_id] for kpi_id in kpi_ids if kpi_id in kpis]
    columns = (
        *groups,
        *(Column(kpi.id, kpi.label.get(lang), unit_kind(kpi.unit)) for kpi in shown),
    )
    return DataTable(
        key=key,
        title=title,
        columns=columns,
        rows=tuple(
            tuple(row.get(column.key) for column in columns)
            for row in (table.rows if rows is None else rows)
        ),
        currency=currency,
    )


def has_data(*parts: Iterable) -> bool:
    """Whether any figure has a value or any table a row: else a section says it has none."""
    for part in parts:
        for item in part:
            if isinstance(item, Figure) and item.value is not None:
                return True
            if isinstance(item, DataTable) and item.rows:
                return True
    return False
