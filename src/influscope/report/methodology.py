"""The methodology section: how every number of the report was produced, so it can be audited.

It lists the definition and formula of every KPI the report shows, the rate card and paid-media
benchmarks with their sources, what each provenance means, and the catalogue version.
"""

from influscope.catalogue.load import Catalogue
from influscope.catalogue.rate_cards import PaidBenchmarks, RateCard
from influscope.report.labels import text
from influscope.report.model import Column, DataTable, Kind, Report, Section
from influscope.vocabulary import Provenance


def kpis_shown(report: Report, catalogue: Catalogue) -> list[str]:
    """The KPI ids the report shows, as figures or as table columns, in catalogue order."""
    shown = {figure.kpi for section in report.sections for figure in section.figures}
    shown |= {column.key for table in report.tables() for column in table.columns}
    return [kpi_id for kpi_id in catalogue.kpis if kpi_id in shown]


def methodology_section(
    report: Report, catalogue: Catalogue, card: RateCard, benchmarks: PaidBenchmarks
) -> Section:
    lang = report.lang
    kpis = [catalogue.kpis[kpi_id] for kpi_id in kpis_shown(report, catalogue)]
    definitions = DataTable(
        key="definitions",
        title=text("definitions", lang),
        columns=(
            Column("kpi", text("kpi", lang), Kind.TEXT),
            Column("id", "id", Kind.TEXT),
            Column("definition", text("definition", lang), Kind.TEXT),
            Column("formula", text("formula", lang), Kind.TEXT),
            Column("unit", text("unit", lang), Kind.TEXT),
        ),
        rows=tuple(
            (kpi.label.get(lang), kpi.id, kpi.definition.get(lang), kpi.formula, kpi.unit.value)
            for kpi in kpis
        ),
    )
    price_lists = DataTable(
        key="price_lists",
        title=f"{text('rate_card', lang)} · {text('benchmarks', lang)}",
        columns=(
            Column("name", text("name", lang), Kind.TEXT),
            Column("version", text("version", lang), Kind.TEXT),
            Column("currency", text("currency", lang), Kind.TEXT),
            Column("meaning", text("meaning", lang), Kind.TEXT),
        ),
        rows=(
            (card.name, card.ref, card.currency, card.notes.strip()),
            (benchmarks.name, benchmarks.ref, benchmarks.currency, benchmarks.notes.strip()),
        ),
    )
    valued = ("cpm", "cpe", "likes", "comments", "shares", "saves", "clicks", "views")
    card_rates = DataTable(
        key="rate_card",
        title=f"{text('rate_card', lang)}: {card.name} ({card.ref}, {card.method.value})",
        columns=(
            Column("platform", text("platform", lang), Kind.TEXT),
            Column("format", text("format", lang), Kind.TEXT),
            *(
                Column(name, name.upper() if len(name) == 3 else name, Kind.CURRENCY)
                for name in valued
            ),
        ),
        rows=tuple(
            (
                rate.platform.value,
                rate.format.value if rate.format else "default",
                *(getattr(rate, name) for name in valued),
            )
            for rate in card.rates
        ),
        currency=card.currency,
    )
    prices = DataTable(
        key="paid_prices",
        title=text("benchmarks", lang),
        columns=(
            Column("channel", text("channel", lang), Kind.TEXT),
            Column("kind", text("kind", lang), Kind.TEXT),
            Column("price", text("price", lang), Kind.CURRENCY),
            Column("year", text("year", lang), Kind.TEXT),
            Column("source", text("source", lang), Kind.TEXT),
        ),
        rows=tuple(
            (channel.value, kind.value, price.value, str(price.year), price.source.title)
            for channel, by_kind in benchmarks.prices.items()
            for kind, price in by_kind.items()
        ),
        currency=benchmarks.currency,
    )
    cited = {(s.title, s.url, s.year): card.ref for s in card.sources}
    for by_kind in benchmarks.prices.values():
        for price in by_kind.values():
            key = (price.source.title, price.source.url, price.source.year)
            cited.setdefault(key, benchmarks.ref)
    sources = DataTable(
        key="sources",
        title=text("sources", lang),
        columns=(
            Column("used_by", text("name", lang), Kind.TEXT),
            Column("source", text("source", lang), Kind.TEXT),
            Column("url", text("url", lang), Kind.TEXT),
            Column("year", text("year", lang), Kind.TEXT),
        ),
        rows=tuple((ref, title, url, str(year)) for (title, url, year), ref in cited.items()),
    )
    provenance = DataTable(
        key="provenance",
        title=text("provenance", lang),
        columns=(
            Column("provenance", text("provenance", lang), Kind.TEXT),
            Column("meaning", text("meaning", lang), Kind.TEXT),
        ),
        rows=tuple((text(p.value, lang), text(f"provenance_{p.value}", lang)) for p in Provenance),
    )
    when = (
        text("as_of", lang, as_of=report.as_of.isoformat(sep=" "))
        if report.as_of
        else text("all_snapshots", lang)
    )
    notes = (
        text(
            "generated",
            lang,
            version=report.catalogue_version,
            card=report.rate_card,
            benchmarks=report.benchmarks,
        ),
        when,
        text("provenance_note", lang),
    )
    return Section(
        key="methodology",
        title=text("methodology", lang),
        tables=(definitions, price_lists, card_rates, prices, sources, provenance),
        notes=notes,
    )
