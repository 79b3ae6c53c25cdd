"""Running the compiled KPIs where the data lives (the store, or a Spark lake): plain rows back."""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from ibis.backends import BaseBackend

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
    source: sa.Engine | BaseBackend,
    *,
    campaign_ids: Sequence[int] | None = None,
    kpi_ids: Sequence[str] | None = None,
    by: Sequence[Grain] = (),
    as_of: dt.datetime | None = None,
    catalogue: Catalogue | None = None,
    card: RateCard | None = None,
    benchmarks: PaidBenchmarks | None = None,
) -> KpiTable:
    """The KPIs per group, computed where the data lives.

    `source` is the store's engine (the KPIs run in its own database) or an Ibis backend
    holding the canonical tables, such as a Spark lake from `engines.connect_url`.
    """
    catalogue = catalogue or built_in_catalogue()
    card = card or built_in_rates().get_card_or_raise(DEFAULT_RATE_CARD)
    benchmarks = benchmarks or built_in_rates().get_benchmarks_or_raise(DEFAULT_BENCHMARKS)
    kpi_ids = list(kpi_ids or catalogue.kpis)
    backend = connect(source) if isinstance(source, sa.Engine) else source
    try:
        expression = compile_kpis(
            backend,
            catalogue,
            kpi_ids=kpi_ids,
            by=by,
            campaign_ids=campaign_ids,
            as_of=as_of,
            card=card,
            benchmarks=benchmarks,
        )
        result = backend.to_pyarrow(expression).to_pylist()
    finally:
        # A backend opened here is closed here; one handed in belongs to the caller.
        if backend is not source:
            backend.disconnect()
    labels = {rank: provenance.value for provenance, rank in PROVENANCE_RANK.items()}
    rows, provenance = [], []
    for row in result:
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
