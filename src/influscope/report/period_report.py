"""The report of a workspace over a period: every campaign active in it, compared with the
previous period of the same length.

Campaigns are covered whole (the KPI engine's campaign filter), read as known at the end of the
period unless `as_of` says otherwise (snapshots captured, posts, costs, clicks, sessions, orders
and mentions dated up to then), so that the report of a past period is the same whenever it is
written again.
"""

import datetime as dt
from dataclasses import replace

import sqlalchemy as sa

from influscope.catalogue.load import Catalogue, built_in_catalogue
from influscope.catalogue.rate_cards import PaidBenchmarks, RateCard
from influscope.compile import Grain
from influscope.engines.evaluate import KpiTable, evaluate_kpis
from influscope.report import store_reads
from influscope.report.kpi_tables import figures, grouped_table
from influscope.report.labels import text
from influscope.report.methodology import methodology_section
from influscope.report.model import Column, Kind, Report, Section
from influscope.report.periods import Period
from influscope.report.sections import (
    AUDIENCE_KPIS,
    CONTENT_KPIS,
    FORMAT_KPIS,
    INFLUENCER_KPIS,
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

PERIOD_KPIS = (
    "posts",
    "reach",
    "impressions_with_estimates",
    "views",
    "engagements",
    "engagement_rate_reach",
    "cost",
    "cost_per_mille",
    "cost_per_engagement",
    "emv",
    "brand_followers_gained",
)
CAMPAIGN_KPIS = ("posts", "reach", "engagements", "engagement_rate_reach", "cost", "emv")


def active_campaigns(
    conn: sa.Connection, *, workspace: str, period: Period
) -> list[queries.CampaignSummary]:
    return [
        c
        for c in queries.list_campaigns(conn, workspace=workspace)
        if c.start_date <= period.end and c.end_date >= period.start
    ]


def build_period_report(
    store: sa.Engine,
    *,
    workspace: str,
    period: Period,
    lang: str = "en",
    as_of: dt.datetime | None = None,
    catalogue: Catalogue | None = None,
    card: RateCard | None = None,
    benchmarks: PaidBenchmarks | None = None,
) -> Report:
    catalogue = catalogue or built_in_catalogue()
    pricing = Pricing.of(card, benchmarks)
    as_of = as_of or period.as_of
    before = period.previous()
    with store.connect() as conn:
        campaigns = active_campaigns(conn, workspace=workspace, period=period)
        earlier = active_campaigns(conn, workspace=workspace, period=before)
    currencies = sorted({c.currency for c in campaigns})
    currency = currencies[0] if len(currencies) == 1 else ""
    ids = [c.id for c in campaigns]

    def evaluate(campaign_ids: list[int], kpi_ids, by=(), when=as_of) -> KpiTable:
        return evaluate_kpis(
            store,
            campaign_ids=campaign_ids,
            kpi_ids=[k for k in dict.fromkeys(kpi_ids) if k in catalogue.kpis],
            by=by,
            as_of=when,
            catalogue=catalogue,
            card=pricing.card,
            benchmarks=pricing.benchmarks,
        )

    report = Report(
        title=f"{text('period_report', lang)}: {workspace}, {period.label}",
        subtitle=f"{period.start} → {period.end} · {text('previous', lang)}: "
        f"{before.start} → {before.end}",
        lang=lang,
        workspace=workspace,
        campaigns=tuple(c.name for c in campaigns),
        currency=currency,
        start=period.start,
        end=period.end,
        as_of=as_of,
        catalogue_version=catalogue.version,
        rate_card=pricing.card.ref,
        benchmarks=pricing.benchmarks.ref,
    )
    if not campaigns:
        empty = Section("summary", text("summary", lang), empty=text("no_campaigns", lang))
        report = with_section(report, empty)
        return with_section(
            report, methodology_section(report, catalogue, pricing.card, pricing.benchmarks)
        )
    every = (*PERIOD_KPIS, *SPEND_KPIS, *CONTENT_KPIS, *AUDIENCE_KPIS)
    totals = evaluate(ids, every)
    previous = evaluate([c.id for c in earlier], every, when=before.as_of) if earlier else None
    by_campaign = evaluate(ids, CAMPAIGN_KPIS, by=[Grain.CAMPAIGN])
    by_month = evaluate(ids, CAMPAIGN_KPIS, by=[Grain.MONTH])
    by_influencer = evaluate(ids, INFLUENCER_KPIS, by=[Grain.INFLUENCER])
    by_format = evaluate(ids, FORMAT_KPIS, by=[Grain.PLATFORM, Grain.FORMAT])
    posts = post_rows(store, ids, as_of=as_of, catalogue=catalogue, card=pricing.card)
    with store.connect() as conn:
        costs = store_reads.costs_by_kind(conn, campaign_ids=ids, as_of=as_of)
        details = store_reads.post_details(conn, post_ids=[row["post_id"] for row in posts])
        messages = [m for c in campaigns for m in store_reads.key_messages(conn, campaign_id=c.id)]
        history = store_reads.brand_follower_history(
            conn, workspace=workspace, start=period.start, end=period.end, as_of=as_of
        )
        traffic = _traffic(conn, campaigns, as_of, lang)
    sections = [
        section(
            "summary",
            lang,
            figures=figures(totals, PERIOD_KPIS, currency=currency, lang=lang, previous=previous),
            notes=[
                text("period_note", lang),
                f"{text('campaigns', lang)}: {', '.join(c.name for c in campaigns)}",
            ],
        ),
        _campaigns(by_campaign, by_month, period, currency, lang),
        spend_section(
            totals, by_influencer, costs, catalogue, currency=currency, lang=lang, previous=previous
        ),
        influencers_section(by_influencer, currency=currency, lang=lang),
        content_section(
            totals,
            by_format,
            posts,
            details,
            messages,
            currency=currency,
            lang=lang,
            previous=previous,
        ),
        audience_section(
            totals, by_influencer, history, currency=currency, lang=lang, previous=previous
        ),
        traffic,
    ]
    for part in sections:
        report = with_section(report, part)
    return with_section(
        report, methodology_section(report, catalogue, pricing.card, pricing.benchmarks)
    )


def _campaigns(
    by_campaign: KpiTable, by_month: KpiTable, period: Period, currency: str, lang: str
) -> Section:
    campaigns = grouped_table(
        "by_campaign",
        text("by_campaign", lang),
        by_campaign,
        groups=[Column("campaign", text("campaign", lang), Kind.TEXT)],
        kpi_ids=CAMPAIGN_KPIS,
        currency=currency,
        lang=lang,
    )
    # Months of the campaigns that fall inside the period (posts are dated in their campaign's
    # time zone); campaign-wide costs have no month and are left out of this table.
    months = [
        row | {"month": row["month"].strftime("%Y-%m")}
        for row in by_month.rows
        if row["month"] is not None and period.start <= _day(row["month"]) <= period.end
    ]
    monthly = grouped_table(
        "by_month",
        text("by_month", lang),
        by_month,
        groups=[Column("month", text("month", lang), Kind.TEXT)],
        kpi_ids=CAMPAIGN_KPIS,
        currency=currency,
        lang=lang,
        rows=months,
    )
    return section("campaigns", lang, tables=[t for t in (campaigns, monthly) if t.rows])


def _day(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _traffic(
    conn: sa.Connection,
    campaigns: list[queries.CampaignSummary],
    as_of: dt.datetime,
    lang: str,
) -> Section:
    """Each campaign's traffic and sales tables, named after their campaign."""
    tables, notes = [], []
    for number, campaign in enumerate(campaigns, start=1):
        part = traffic_section(conn, campaign=campaign, as_of=as_of, lang=lang)
        for table in part.tables:
            tables.append(
                replace(table, key=f"{table.key}_{number}", title=f"{table.title}: {campaign.name}")
            )
        notes += [f"{campaign.name}: {note}" for note in part.notes]
    if not tables:
        return Section("traffic", text("traffic", lang), empty=text("no_tracking", lang))
    return Section("traffic", text("traffic", lang), tables=tuple(tables), notes=tuple(notes))
