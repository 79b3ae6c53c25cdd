"""The report of one campaign: every section, from the KPI engine and the store."""

import datetime as dt

import sqlalchemy as sa

from influscope.catalogue.load import Catalogue, built_in_catalogue
from influscope.catalogue.rate_cards import (
    PaidBenchmarks,
    RateCard,
)
from influscope.compile import Grain
from influscope.engines.evaluate import KpiTable, evaluate_kpis
from influscope.report import store_reads
from influscope.report.campaign_kpis import CampaignKpis, campaign_kpis
from influscope.report.kpi_tables import figures, unit_kind
from influscope.report.labels import text
from influscope.report.methodology import methodology_section
from influscope.report.model import Column, DataTable, Kind, Report, Section
from influscope.report.sections import (
    AUDIENCE_KPIS,
    CONTENT_KPIS,
    FORMAT_KPIS,
    INFLUENCER_KPIS,
    RETURN_FAMILIES,
    SPEND_KPIS,
    Pricing,
    audience_section,
    content_section,
    influencers_section,
    post_rows,
    section,
    spend_section,
    with_section,
)
from influscope.report.traffic import traffic_section
from influscope.store import queries


def build_campaign_report(
    store: sa.Engine,
    *,
    campaign: str,
    workspace: str | None = None,
    lang: str = "en",
    as_of: dt.datetime | None = None,
    today: dt.date | None = None,
    catalogue: Catalogue | None = None,
    card: RateCard | None = None,
    benchmarks: PaidBenchmarks | None = None,
) -> Report:
    """`as_of` fixes which snapshots, posts and events count and `today` how far targets are
    judged, so that a report written again from the same data and catalogue version has the
    same numbers."""
    catalogue = catalogue or built_in_catalogue()
    pricing = Pricing.of(card, benchmarks)
    with store.connect() as conn:
        named = queries.get_campaign_or_raise(conn, name=campaign, workspace=workspace)
        targeted = queries.list_targets(conn, campaign_id=named.id)
    # Only the KPIs the sections show: the KPI query then builds only the fact rows they read.
    returns = [k.id for k in catalogue.kpis.values() if RETURN_FAMILIES & set(k.generic)]
    shown = (
        *catalogue.headline_for(named.objectives, targeted),
        *returns,
        *SPEND_KPIS,
        *CONTENT_KPIS,
        *AUDIENCE_KPIS,
    )
    model = campaign_kpis(
        store,
        campaign=campaign,
        workspace=workspace,
        kpi_ids=[kpi_id for kpi_id in dict.fromkeys(shown) if kpi_id in catalogue.kpis],
        as_of=as_of,
        today=today,
        catalogue=catalogue,
        card=pricing.card,
        benchmarks=pricing.benchmarks,
    )
    found = model.campaign
    currency = found.currency

    def grouped(by: list[Grain], kpi_ids: tuple[str, ...]) -> KpiTable:
        return evaluate_kpis(
            store,
            campaign_ids=[found.id],
            kpi_ids=[k for k in dict.fromkeys(kpi_ids) if k in catalogue.kpis],
            by=by,
            as_of=as_of,
            catalogue=catalogue,
            card=pricing.card,
            benchmarks=pricing.benchmarks,
        )

    by_influencer = grouped([Grain.INFLUENCER], INFLUENCER_KPIS)
    by_format = grouped([Grain.PLATFORM, Grain.FORMAT], FORMAT_KPIS)
    posts = post_rows(store, [found.id], as_of=as_of, catalogue=catalogue, card=pricing.card)
    with store.connect() as conn:
        costs = store_reads.costs_by_kind(conn, campaign_ids=[found.id], as_of=as_of)
        details = store_reads.post_details(conn, post_ids=[row["post_id"] for row in posts])
        messages = store_reads.key_messages(conn, campaign_id=found.id)
        length = found.end_date - found.start_date
        history = store_reads.brand_follower_history(
            conn,
            workspace=found.workspace,
            start=found.start_date - length,
            end=found.end_date + dt.timedelta(days=14),
            as_of=as_of,
        )
        traffic = traffic_section(conn, campaign=found, as_of=as_of, lang=lang)
    table = model.table
    sections = [
        _summary(model, catalogue, lang),
        spend_section(table, by_influencer, costs, catalogue, currency=currency, lang=lang),
        influencers_section(by_influencer, currency=currency, lang=lang),
        content_section(table, by_format, posts, details, messages, currency=currency, lang=lang),
        audience_section(table, by_influencer, history, currency=currency, lang=lang),
        traffic,
    ]
    title = f"{text('campaign_report', lang)}: {found.name}"
    report = Report(
        title=title,
        subtitle=f"{found.workspace} · {found.start_date} → {found.end_date}",
        lang=lang,
        workspace=found.workspace,
        campaigns=(found.name,),
        currency=currency,
        start=found.start_date,
        end=found.end_date,
        as_of=as_of,
        catalogue_version=catalogue.version,
        rate_card=pricing.card.ref,
        benchmarks=pricing.benchmarks.ref,
        sections=tuple(sections),
    )
    methodology = methodology_section(report, catalogue, pricing.card, pricing.benchmarks)
    return with_section(report, methodology)


def _summary(model: CampaignKpis, catalogue: Catalogue, lang: str) -> Section:
    currency = model.campaign.currency
    objectives = ", ".join(o.replace("_", " ") for o in model.campaign.objectives)
    headline = figures(
        model.table, model.headline, currency=currency, lang=lang, targets=model.targets
    )
    kpis = {kpi.id: kpi for kpi in model.table.kpis}
    targeted = [kpis[kpi_id] for kpi_id in model.targets if kpi_id in kpis]
    targets = DataTable(
        key="targets",
        title=text("targets", lang),
        columns=(
            Column("kpi", text("kpi", lang), Kind.TEXT),
            Column("value", text("value", lang), Kind.PER_ROW),
            Column("target", text("target", lang), Kind.PER_ROW),
            Column("expected", text("expected", lang), Kind.PER_ROW),
            Column("effectiveness", text("effectiveness", lang), Kind.PERCENT),
            Column("status", text("status", lang), Kind.TEXT),
        ),
        rows=tuple(
            (
                kpi.label.get(lang),
                model.targets[kpi.id].actual,
                model.targets[kpi.id].target,
                model.targets[kpi.id].expected_by_now,
                model.targets[kpi.id].effectiveness,
                text(model.targets[kpi.id].status.value, lang),
            )
            for kpi in targeted
        ),
        currency=currency,
        row_kinds=tuple(unit_kind(kpi.unit) for kpi in targeted),
    )
    tables = [targets] if targets.rows else []
    if model.indicators:
        tables.append(_indicators(model, catalogue, lang))
    notes = [f"{text('objectives', lang)}: {objectives or '–'}"]
    if not targets.rows:
        notes.append(text("no_targets", lang))
    return section("summary", lang, figures=headline, tables=tables, notes=notes)


def _indicators(model: CampaignKpis, catalogue: Catalogue, lang: str) -> DataTable:
    rows = []
    for value in model.indicators:
        indicator = catalogue.indicators.get(value.indicator)
        label = indicator.label.get(lang) if indicator else value.indicator
        unit = indicator.unit if indicator else ""
        rows.append((label, value.value, unit, value.measured_on, value.source))
    return DataTable(
        key="indicators",
        title=text("indicators", lang),
        columns=(
            Column("indicator", text("indicator", lang), Kind.TEXT),
            Column("value", text("value", lang), Kind.RATIO),
            Column("unit", text("unit", lang), Kind.TEXT),
            Column("measured_on", text("measured_on", lang), Kind.DATE),
            Column("source", text("source", lang), Kind.TEXT),
        ),
        rows=tuple(rows),
    )
