"""A campaign's KPIs with their targets: the model the CLI, the web pages and reports render."""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa

from influscope.catalogue.load import Catalogue, built_in_catalogue
from influscope.catalogue.rate_cards import PaidBenchmarks, RateCard
from influscope.catalogue.targets import TargetResult, evaluate_target, is_cumulative
from influscope.compile import Grain
from influscope.engines import connect_url
from influscope.engines.evaluate import KpiTable, evaluate_kpis
from influscope.store import queries


@dataclass(frozen=True)
class CampaignKpis:
    campaign: queries.CampaignSummary
    table: KpiTable
    # Against the campaign as a whole (ungrouped results only), by KPI id.
    targets: dict[str, TargetResult]
    # The KPIs that matter first for the campaign's objectives, then those with a target.
    headline: tuple[str, ...]
    # Indicators measured elsewhere (surveys), with their source.
    indicators: tuple[queries.IndicatorValue, ...] = ()


def campaign_kpis(
    store: sa.Engine,
    *,
    campaign: str,
    workspace: str | None = None,
    kpi_ids: Sequence[str] | None = None,
    by: Sequence[Grain] = (),
    as_of: dt.datetime | None = None,
    today: dt.date | None = None,
    catalogue: Catalogue | None = None,
    engine_url: str | None = None,
    card: RateCard | None = None,
    benchmarks: PaidBenchmarks | None = None,
) -> CampaignKpis:
    """`today` (default: the `as_of` day, else the real one) decides how far the campaign has
    run when totals are judged against targets. With `engine_url` (e.g. a Spark lake exported
    from this store) the KPIs run there; campaigns and targets are still read from the store."""
    catalogue = catalogue or built_in_catalogue()
    with store.connect() as conn:
        found = queries.get_campaign_or_raise(conn, name=campaign, workspace=workspace)
        targets = queries.list_targets(conn, campaign_id=found.id)
        indicators = queries.list_indicator_values(conn, campaign_id=found.id)
    source = connect_url(engine_url) if engine_url else store
    table = evaluate_kpis(
        source,
        campaign_ids=[found.id],
        kpi_ids=kpi_ids,
        by=by,
        as_of=as_of,
        catalogue=catalogue,
        card=card,
        benchmarks=benchmarks,
    )
    today = today or (as_of.date() if as_of else dt.date.today())
    aggregations = {m.id: m.aggregation for m in catalogue.measures.values()}
    results = {}
    if not by and table.rows:
        (row,) = table.rows
        for kpi_id, target in targets.items():
            if kpi_id not in row:
                continue
            kpi = catalogue.kpis[kpi_id]
            results[kpi_id] = evaluate_target(
                kpi,
                target=target,
                actual=row[kpi_id],
                cumulative=is_cumulative(kpi, aggregations),
                start=found.start_date,
                end=found.end_date,
                today=today,
            )
    return CampaignKpis(
        campaign=found,
        table=table,
        targets=results,
        headline=tuple(catalogue.headline_for(found.objectives, targets)),
        indicators=tuple(indicators),
    )
