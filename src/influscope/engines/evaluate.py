"""Running the compiled KPIs on the store's engine and handing back plain rows."""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa

from influscope.catalogue.load import Catalogue, built_in_catalogue
from influscope.catalogue.models import Kpi
from influscope.catalogue.rate_cards import (
    DEFAULT_BENCHMARKS,
    DEFAULT_RATE_CARD,
    PaidBenchmarks,
    RateCard,
    built_in_rates,
)
from influscope.compile import Grain, compile_kpis
from influscope.compile.query import group_columns, provenance_column
from influscope.compile.sources import PROVENANCE_RANK
from influscope.engines.connect import connect


@dataclass(frozen=True)
class KpiTable:
    """KPI values per group, with what is needed to label and audit them."""

    catalogue_version: str
    kpis: tuple[Kpi, ...]
    by: tuple[Grain, ...]
    rows: tuple[dict, ...]
    # Per row, per KPI: whether its inputs were measured, self-reported or estimated.
    provenance: tuple[dict[str, str | None], ...]
    # The price lists behind the value KPIs, as "id@version".
    rate_card: str
    benchmarks: str

    @property
    def group_columns(self) -> tuple[str, ...]:
        return tuple(column for grain in self.by for column in group_columns(grain))


def evaluate_kpis(
    store: sa.Engine,
    *,
    campaign_ids: Sequence[int] | None = None,
    kpi_ids: Sequence[str] | None = None,
    by: Sequence[Grain] = (),
    as_of: dt.datetime | None = None,
    catalogue: Catalogue | None = None,
    card: RateCard | None = None,
    benchmarks: PaidBenchmarks | None = None,
) -> KpiTable:
    catalogue = catalogue or built_in_catalogue()
    card = card or built_in_rates().get_card_or_raise(DEFAULT_RATE_CARD)
    benchmarks = benchmarks or built_in_rates().get_benchmarks_or_raise(DEFAULT_BENCHMARKS)
    kpi_ids = list(kpi_ids or catalogue.kpis)
    expression = compile_kpis(
        connect(store),
        catalogue,
        kpi_ids=kpi_ids,
        by=by,
        campaign_ids=campaign_ids,
        as_of=as_of,
        card=card,
        benchmarks=benchmarks,
    )
    labels = {rank: provenance.value for provenance, rank in PROVENANCE_RANK.items()}
    rows, provenance = [], []
    for row in expression.to_pyarrow().to_pylist():
        provenance.append({k: labels.get(row.pop(provenance_column(k))) for k in kpi_ids})
        rows.append(row)
    return KpiTable(
        catalogue_version=catalogue.version,
        kpis=tuple(catalogue.get_or_raise(kpi_id) for kpi_id in kpi_ids),
        by=tuple(by),
        rows=tuple(rows),
        provenance=tuple(provenance),
        rate_card=card.ref,
        benchmarks=benchmarks.ref,
    )
