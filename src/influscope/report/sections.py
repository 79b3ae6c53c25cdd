"""The sections campaign and period reports share, built from KPI engine results."""

import datetime as dt
from dataclasses import dataclass, replace

import sqlalchemy as sa

from influscope.catalogue.load import Catalogue
from influscope.catalogue.models import GenericFamily
from influscope.catalogue.rate_cards import (
    DEFAULT_BENCHMARKS,
    DEFAULT_RATE_CARD,
    PaidBenchmarks,
    RateCard,
    built_in_rates,
)
from influscope.compile.facts import kpi_facts
from influscope.compile.posts import prov
from influscope.compile.sources import PROVENANCE_RANK
from influscope.engines.connect import connect
from influscope.engines.evaluate import KpiTable
from influscope.report import store_reads
from influscope.report.kpi_tables import figures, grouped_table, has_data
from influscope.report.labels import term, text
from influscope.report.model import Column, DataTable, Kind, Report, Section

SPEND_KPIS = (
    "cost",
    "emv",
    "emv_per_cost",
    "paid_equivalent_impressions",
    "paid_equivalent_clicks",
    "paid_equivalent_views",
    "impressions_vs_paid",
    "clicks_vs_paid",
    "views_vs_paid",
)
# The management families whose KPIs need revenue (ROI, ROAS, CPA…), once the catalogue has them.
RETURN_FAMILIES = {GenericFamily.PROFITABILITY, GenericFamily.RENTABILITY}
INFLUENCER_KPIS = (
    "posts",
    "posts_contracted",
    "posts_delivery_rate",
    "reach",
    "views",
    "engagements",
    "engagement_rate_reach",
    "cost",
    "cost_per_engagement",
    "cost_per_mille",
    "emv",
    "followers_gained",
    "follower_growth_rate",
    "followers_gained_above_trend",
)
RANKING_KPIS = (
    "posts",
    "reach",
    "engagements",
    "engagement_rate_reach",
    "cost",
    "cost_per_engagement",
    "cost_per_mille",
    "emv",
)
FORMAT_KPIS = ("posts", "reach", "views", "engagements", "engagement_rate_reach", "cost")
CONTENT_KPIS = (
    "posts",
    "posts_contracted",
    "posts_delivery_rate",
    "key_message_posts",
    "key_message_rate",
    "ugc_posts",
    "disclosure_rate",
)
AUDIENCE_KPIS = (
    "brand_followers_gained",
    "brand_follower_growth_rate",
    "brand_followers_gained_above_trend",
    "cost_per_new_follower",
    "followers_gained",
    "follower_growth_rate",
    "followers_gained_above_trend",
)
POST_COLUMNS = ("reach", "views", "engagements", "er_reach_post", "emv")
TOP = 5


@dataclass(frozen=True)
class Pricing:
    """The price lists the value KPIs use, named in the methodology."""

    card: RateCard
    benchmarks: PaidBenchmarks

    @classmethod
    def of(cls, card: RateCard | None, benchmarks: PaidBenchmarks | None) -> "Pricing":
        rates = built_in_rates()
        return cls(
            card or rates.get_card_or_raise(DEFAULT_RATE_CARD),
            benchmarks or rates.get_benchmarks_or_raise(DEFAULT_BENCHMARKS),
        )


def with_section(report: Report, section: Section) -> Report:
    return replace(report, sections=(*report.sections, section))


def section(key: str, lang: str, *, figures=(), tables=(), notes=(), empty=None) -> Section:
    """A section, or its "no data" form when neither a figure nor a table has anything."""
    if not has_data(figures, tables):
        return Section(key, text(key, lang), empty=empty or text("no_data_section", lang))
    return Section(key, text(key, lang), tuple(figures), tuple(tables), tuple(notes))


def spend_section(
    table: KpiTable,
    by_influencer: KpiTable,
    costs: list[tuple],
    catalogue: Catalogue,
    *,
    currency: str,
    lang: str,
    previous: KpiTable | None = None,
) -> Section:
    returns = [k.id for k in catalogue.kpis.values() if RETURN_FAMILIES & set(k.generic)]
    shown = figures(table, (*returns, *SPEND_KPIS), currency=currency, lang=lang, previous=previous)
    by_kind = DataTable(
        key="cost_by_kind",
        title=text("cost_by_kind", lang),
        columns=(
            Column("kind", text("kind", lang), Kind.TEXT),
            Column("currency", text("currency", lang), Kind.TEXT),
            Column("amount", text("amount", lang), Kind.CURRENCY),
        ),
        rows=tuple(costs),
    )
    campaign_wide = f"({text('campaign', lang).lower()})"
    rows = sorted(
        (
            row | {"influencer": row["influencer"] or campaign_wide}
            for row in by_influencer.rows
            if row.get("cost") is not None
        ),
        key=lambda row: (-row["cost"], row["influencer"]),
    )
    per_influencer = grouped_table(
        "cost_by_influencer",
        text("cost_by_influencer", lang),
        by_influencer,
        groups=[Column("influencer", text("influencer", lang), Kind.TEXT)],
        kpi_ids=("cost", "posts", "emv", "cost_per_engagement"),
        currency=currency,
        lang=lang,
        rows=rows,
    )
    notes = [text("costs_as_entered", lang), text("emv_note", lang)]
    returned = [f for f in shown if f.kpi in returns and f.value is not None]
    if not returned:
        notes.append(text("no_return", lang))
    return section(
        "spend",
        lang,
        figures=shown,
        tables=[t for t in (by_kind, per_influencer) if t.rows],
        notes=notes,
        empty=text("no_costs", lang),
    )


def influencers_section(by_influencer: KpiTable, *, currency: str, lang: str) -> Section:
    people = [row for row in by_influencer.rows if row["influencer_id"] is not None]
    ranked = sorted(
        (row for row in people if row.get("posts")),
        key=lambda row: (-(row.get("engagements") or 0), row["influencer"]),
    )
    ranked = [row | {"rank": index} for index, row in enumerate(ranked, start=1)]
    name = Column("influencer", text("influencer", lang), Kind.TEXT)
    ranking = grouped_table(
        "ranking",
        text("ranking", lang),
        by_influencer,
        groups=[Column("rank", text("rank", lang), Kind.COUNT), name],
        kpi_ids=RANKING_KPIS,
        currency=currency,
        lang=lang,
        rows=ranked,
    )
    contracted = sorted(
        (row for row in people if row.get("posts_contracted") is not None),
        key=lambda row: (row.get("posts_delivery_rate") or 0, row["influencer"]),
    )
    delivery = grouped_table(
        "delivery",
        text("delivery", lang),
        by_influencer,
        groups=[name],
        kpi_ids=("posts_contracted", "posts", "posts_delivery_rate"),
        currency=currency,
        lang=lang,
        rows=contracted,
    )
    return section(
        "influencers",
        lang,
        tables=[t for t in (ranking, delivery) if t.rows],
        notes=[text("top_by", lang)],
        empty=text("no_posts", lang),
    )


def post_rows(
    store: sa.Engine,
    campaign_ids: list[int],
    *,
    as_of: dt.datetime | None,
    catalogue: Catalogue,
    card: RateCard,
) -> list[dict]:
    """The campaign's posts as the KPI facts hold them: latest counters and per-post EMV."""
    backend = connect(store)
    try:
        facts = kpi_facts(
            backend,
            columns={"post_id", *POST_COLUMNS},
            as_of=as_of,
            disclosure=catalogue.disclosure,
            card=card,
            campaign_ids=campaign_ids,
        )
        facts = facts.filter(facts.post_id.notnull() & facts.campaign_id.isin(campaign_ids))
        columns = ["post_id", *POST_COLUMNS, prov("engagements")]
        rows = backend.to_pyarrow(facts.select(*columns).order_by("post_id")).to_pylist()
    finally:
        backend.disconnect()
    labels = {rank: provenance.value for provenance, rank in PROVENANCE_RANK.items()}
    for row in rows:
        row["provenance"] = labels.get(row.pop(prov("engagements")))
    return rows


def content_section(
    table: KpiTable,
    by_format: KpiTable,
    posts: list[dict],
    details: dict[int, store_reads.PostDetails],
    messages: list[str],
    *,
    currency: str,
    lang: str,
    previous: KpiTable | None = None,
) -> Section:
    shown = figures(table, CONTENT_KPIS, currency=currency, lang=lang, previous=previous)
    kpis = {kpi.id: kpi for kpi in by_format.kpis} | {kpi.id: kpi for kpi in table.kpis}
    scored = sorted(
        (row for row in posts if row["engagements"] is not None),
        key=lambda row: (-row["engagements"], row["post_id"]),
    )
    columns = (
        Column("day", text("day", lang), Kind.DATE),
        Column("influencer", text("influencer", lang), Kind.TEXT),
        Column("platform", text("platform", lang), Kind.TEXT),
        Column("format", text("format", lang), Kind.TEXT),
        Column("caption", text("caption", lang), Kind.TEXT),
        Column("reach", kpis["reach"].label.get(lang), Kind.COUNT),
        Column("views", kpis["views"].label.get(lang), Kind.COUNT),
        Column("engagements", kpis["engagements"].label.get(lang), Kind.COUNT),
        Column("er_reach_post", kpis["engagement_rate_reach"].label.get(lang), Kind.PERCENT),
        Column("emv", kpis["emv"].label.get(lang), Kind.CURRENCY),
        Column("provenance", text("provenance", lang), Kind.TEXT),
        Column("url", text("url", lang), Kind.TEXT),
    )

    def post_table(key: str, rows: list[dict]) -> DataTable:
        def cells(row: dict) -> tuple:
            post = details[row["post_id"]]
            return (
                post.published_on,
                post.influencer,
                term(post.platform, lang),
                term(post.format, lang),
                post.caption,
                *(row[c] for c in POST_COLUMNS),
                text(row["provenance"], lang) if row["provenance"] else None,
                post.url,
            )

        rows_ = tuple(cells(row) for row in rows)
        return DataTable(key, text(key, lang), columns, rows_, currency=currency)

    top = post_table("top_posts", scored[:TOP])
    bottom = post_table("bottom_posts", scored[TOP:][-TOP:][::-1])
    formats = grouped_table(
        "formats",
        text("formats", lang),
        by_format,
        groups=[
            Column("platform", text("platform", lang), Kind.TEXT),
            Column("format", text("format", lang), Kind.TEXT),
        ],
        kpi_ids=FORMAT_KPIS,
        currency=currency,
        lang=lang,
        rows=[
            {**row, "platform": term(row["platform"], lang), "format": term(row["format"], lang)}
            for row in by_format.rows
        ],
    )
    captions = [details[row["post_id"]].caption.lower() for row in posts]
    carried = DataTable(
        key="key_messages",
        title=text("key_messages", lang),
        columns=(
            Column("message", text("message", lang), Kind.TEXT),
            Column("posts", kpis["posts"].label.get(lang), Kind.COUNT),
        ),
        rows=tuple(
            (message, sum(message.lower() in caption for caption in captions))
            for message in messages
        ),
    )
    tables = [t for t in (top, bottom, formats, carried) if t.rows]
    return section(
        "content",
        lang,
        figures=shown,
        tables=tables,
        notes=[text("top_by", lang)],
        empty=text("no_posts", lang),
    )


def audience_section(
    table: KpiTable,
    by_influencer: KpiTable,
    history: list[store_reads.FollowerPoint],
    *,
    currency: str,
    lang: str,
    previous: KpiTable | None = None,
) -> Section:
    shown = figures(table, AUDIENCE_KPIS, currency=currency, lang=lang, previous=previous)
    followers = DataTable(
        key="brand_followers",
        title=text("brand_followers", lang),
        columns=(
            Column("day", text("day", lang), Kind.DATE),
            Column("account", text("account", lang), Kind.TEXT),
            Column("followers", text("followers", lang), Kind.COUNT),
            Column("provenance", text("provenance", lang), Kind.TEXT),
        ),
        rows=tuple((p.day, p.account, p.followers, text(p.provenance, lang)) for p in history),
    )
    growing = sorted(
        (
            row
            for row in by_influencer.rows
            if row["influencer_id"] is not None and row.get("followers_gained") is not None
        ),
        key=lambda row: (-(row.get("followers_gained_above_trend") or 0), row["influencer"]),
    )
    growth = grouped_table(
        "growth",
        text("growth", lang),
        by_influencer,
        groups=[Column("influencer", text("influencer", lang), Kind.TEXT)],
        kpi_ids=("followers_gained", "follower_growth_rate", "followers_gained_above_trend"),
        currency=currency,
        lang=lang,
        rows=growing,
    )
    notes = [] if followers.rows else [text("no_brand_accounts", lang)]
    return section(
        "audience",
        lang,
        figures=shown,
        tables=[t for t in (followers, growth) if t.rows],
        notes=notes,
    )
