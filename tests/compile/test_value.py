"""EMV and the paid comparison, row by row, against values worked out by hand.

Every case runs on DuckDB and PostgreSQL; the SQL also compiles for PySpark and BigQuery.
"""

from collections.abc import Iterator

import ibis
import ibis.expr.types as ir
import pytest

from influscope.catalogue.rate_cards import (
    Channel,
    Method,
    PaidBenchmarks,
    Price,
    PriceKind,
    Rate,
    RateCard,
    Source,
    built_in_rates,
)
from influscope.compile.posts import COUNTERS
from influscope.compile.value import emv_column, paid_columns
from influscope.engines.connect import connect
from influscope.vocabulary import Format, Platform

from ..conftest import _postgres_admin

SCHEMA = {
    "platform": "string",
    "format": "string",
    "post_id": "int64",
    **{name: "float64" for name in (*COUNTERS, "engagements", "cost", "fake_share")},
}
RATES = built_in_rates()
SKEEPERS = RATES.get_card_or_raise("skeepers_octoly")
FAIR = RATES.get_card_or_raise("fair_influence")
MIGHTYSCOUT = RATES.get_card_or_raise("mightyscout")
PAID_SOCIAL = RATES.get_benchmarks_or_raise("paid_social")
SOURCE = Source(title="Hand-made for the tests", url="https://example.org", year=2026)


def _card(method: Method, *rates: Rate) -> RateCard:
    return RateCard(
        id="test",
        version=1,
        name="Test",
        method=method,
        currency="EUR",
        year=2026,
        sources=(SOURCE,),
        notes="",
        rates=rates,
    )


# Built in Python, bypassing the loader that would refuse it: views priced twice.
VIEWS_TWICE = _card(Method.PER_ACTION, Rate(Platform.TIKTOK, None, cpm=6.89, views=0.02))
VIEWS_AS_ACTION = _card(Method.PER_ACTION, Rate(Platform.YOUTUBE, None, views=0.01, likes=0.08))
STORY_OVERRIDE = _card(
    Method.CPM_CPE,
    Rate(Platform.INSTAGRAM, None, cpm=8, cpe=0.25),
    Rate(Platform.INSTAGRAM, Format.STORY, cpm=5),
)


@pytest.fixture(scope="module", params=["duckdb", "postgresql"])
def backend(request) -> Iterator:
    if request.param == "duckdb":
        yield ibis.duckdb.connect()
        return
    admin = _postgres_admin()
    yield connect(admin)  # memtables become temporary tables: nothing is left behind
    admin.dispose()


def _facts(*rows: dict) -> ir.Table:
    """KPI-facts rows: a post (post_id 1) unless a row says otherwise; unset counters null."""
    defaults = {"post_id": 1}
    return ibis.memtable(
        {name: [row.get(name, defaults.get(name)) for row in rows] for name in SCHEMA},
        schema=SCHEMA,
    )


def _values(backend, table: ir.Table, column: ir.Value) -> list:
    return backend.to_pyarrow(table.select(value=column)).column("value").to_pylist()


def _post(platform: str, format: str, **counters: float) -> dict:
    return {"platform": platform, "format": format, **counters}


COST_ROW = {"platform": None, "format": None, "post_id": None}

# fmt: off
EMV_CASES = [
    # (case, card, row, EMV worked out by hand)
    ("tiktok video, the kpi-methods §2.3 worked example", SKEEPERS,
     _post("tiktok", "video", views=50_000, likes=3000, comments=60, shares=40),
     894.5),  # 50 × 6.89 + 3000 × 0.09 + 60 × 3.52 + 40 × 1.72 = 344.5 + 270 + 211.2 + 68.8
    ("instagram post, the kpi-methods §2.3 worked example", SKEEPERS,
     _post("instagram", "post", likes=2000, comments=80),
     416.8),  # 2000 × 0.07 + 80 × 3.46
    ("impressions are the exposure base when known", FAIR,
     _post("instagram", "post", impressions=10_000, views=4000, engagements=300),
     155.0),  # 10 × 8 + 300 × 0.25
    ("views are the exposure base when impressions are unknown", FAIR,
     _post("tiktok", "video", views=20_000, engagements=1000),
     350.0),  # 20 × 10 + 1000 × 0.15
    ("tiktok impressions replace views, which are not valued again", SKEEPERS,
     _post("tiktok", "video", impressions=80_000, views=50_000),
     551.2),  # 80 × 6.89
    ("views priced twice by a card are valued once, through the cpm", VIEWS_TWICE,
     _post("tiktok", "video", views=50_000),
     344.5),  # 50 × 6.89, not + 50,000 × 0.02
    ("without a cpm, views are valued as an action", VIEWS_AS_ACTION,
     _post("youtube", "video", views=10_000, likes=100),
     108.0),  # 10,000 × 0.01 + 100 × 0.08
    ("an exposure-only card ignores engagement", MIGHTYSCOUT,
     _post("youtube", "video", views=12_000, likes=500),
     240.0),  # 12 × 20
    ("a listed format replaces the platform default whole", STORY_OVERRIDE,
     _post("instagram", "story", impressions=2000, engagements=10),
     10.0),  # 2 × 5; the story rate has no cpe
    ("other formats use the platform default", STORY_OVERRIDE,
     _post("instagram", "reel", impressions=2000, engagements=10),
     18.5),  # 2 × 8 + 10 × 0.25
    ("an unknown counter counts as zero", SKEEPERS,
     _post("instagram", "post", likes=2000),
     140.0),  # 2000 × 0.07
    ("null when none of the counters the rate values is known", SKEEPERS,
     _post("instagram", "story", views=5000, reach=4000),
     None),
    ("null when no counter at all is known", FAIR,
     _post("instagram", "post"),
     None),
    ("null on a cost row", FAIR,
     {**COST_ROW, "cost": 500},
     None),
    ("null on an influencer's cost spread over a post", FAIR,
     _post("instagram", "post", cost=430),
     None),
    ("null on a platform the card does not price", SKEEPERS,
     _post("x", "tweet", likes=100),
     None),
]
# fmt: on


@pytest.mark.parametrize(
    ("card", "row", "expected"), [c[1:] for c in EMV_CASES], ids=[c[0] for c in EMV_CASES]
)
def test_emv_equals_the_hand_computed_value(backend, card, row, expected):
    table = _facts(row)
    (emv,) = _values(backend, table, emv_column(table, card))
    assert emv == (None if expected is None else pytest.approx(expected))


def test_emv_haircut_removes_the_inauthentic_share_and_a_null_share_removes_nothing(backend):
    video = _post("tiktok", "video", views=50_000, likes=3000, comments=60, shares=40)
    table = _facts({**video, "fake_share": 0.25}, {**video, "fake_share": None})
    emv = _values(backend, table, emv_column(table, SKEEPERS, haircut=table.fake_share))
    assert emv == [pytest.approx(670.875), pytest.approx(894.5)]  # 894.5 × 0.75
    emv = _values(backend, table, emv_column(table, SKEEPERS, haircut=0.1))
    assert emv == [pytest.approx(805.05), pytest.approx(805.05)]  # 894.5 × 0.9


def test_emv_is_converted_to_the_campaign_currency(backend):
    table = _facts(_post("instagram", "post", impressions=10_000, engagements=300))
    (emv,) = _values(backend, table, emv_column(table, FAIR, rate_to_campaign_currency=0.9))
    assert emv == pytest.approx(139.5)  # $155 × 0.9


def _benchmarks(meta_cpm: float) -> PaidBenchmarks:
    """The kpi-methods §3 worked example: Meta at a €10–20 CPM and a €1.88 CPC."""

    def price(value: float) -> Price:
        return Price(value=value, year=2025, definition="test", source=SOURCE)

    meta = {PriceKind.CPM: price(meta_cpm), PriceKind.CPC: price(1.88)}
    return PaidBenchmarks(
        id="test",
        version=1,
        name="Test",
        currency="EUR",
        notes="",
        prices={Channel.META: meta, Channel.TIKTOK: {PriceKind.CPM: price(7.5)}},
        channels={platform: Channel.META for platform in Platform}
        | {Platform.TIKTOK: Channel.TIKTOK},
        fallback=Channel.META,
    )


# fmt: off
PAID_CASES = [
    # (case, benchmarks, row, paid impressions, engagements, clicks, views worked out by hand)
    ("€1,000 at a €10 CPM buys 100k impressions and ~532 clicks", _benchmarks(10),
     {**COST_ROW, "cost": 1000},
     (100_000.0, None, 531.9149, None)),  # 1000 / 10 × 1000; 1000 / 1.88
    ("€1,000 at a €20 CPM buys 50k impressions", _benchmarks(20),
     {**COST_ROW, "cost": 1000},
     (50_000.0, None, 531.9149, None)),
    ("an influencer's cost spread over a post buys on its platform's channel", _benchmarks(10),
     _post("tiktok", "video", cost=300),
     (40_000.0, None, None, None)),  # 300 / 7.5 × 1000; no TikTok CPC
    ("youtube: views at the CPV, impressions at the CPM", PAID_SOCIAL,
     _post("youtube", "video", cost=260),
     (73_654.39, None, None, 10_000.0)),  # 260 / 3.53 × 1000; 260 / 0.026
    ("x has no benchmark of its own: Meta stands in", PAID_SOCIAL,
     _post("x", "tweet", cost=99),
     (5000.0, None, 52.65957, None)),  # 99 / 19.80 × 1000; 99 / 1.88
    ("a post row has no cost, so buys nothing", PAID_SOCIAL,
     _post("instagram", "post", likes=10),
     (None, None, None, None)),
]
# fmt: on


@pytest.mark.parametrize(
    ("benchmarks", "row", "expected"), [c[1:] for c in PAID_CASES], ids=[c[0] for c in PAID_CASES]
)
def test_paid_columns_equal_the_hand_computed_values(backend, benchmarks, row, expected):
    table = _facts(row)
    columns = paid_columns(table, benchmarks)
    assert list(columns) == ["paid_impressions", "paid_engagements", "paid_clicks", "paid_views"]
    bought = backend.to_pyarrow(table.select(**columns)).to_pylist()[0]
    assert tuple(bought.values()) == tuple(
        None if value is None else pytest.approx(value) for value in expected
    )


def test_paid_columns_are_converted_to_the_campaign_currency(backend):
    table = _facts({**COST_ROW, "cost": 920})
    columns = paid_columns(table, PAID_SOCIAL, rate_to_campaign_currency=0.92)
    (impressions,) = _values(backend, table, columns["paid_impressions"])
    assert impressions == pytest.approx(50_505.05)  # €920 is $1,000; 1000 / 19.80 × 1000


@pytest.mark.parametrize("dialect", ["duckdb", "postgres", "pyspark", "bigquery"])
def test_the_columns_compile_for_every_engine(dialect):
    ibis.pyspark  # noqa: B018  (loading the backend registers its compile options)
    facts = ibis.table(SCHEMA, name="kpi_facts")
    expr = facts.select(
        emv=emv_column(facts, SKEEPERS, haircut=facts.fake_share),
        fair=emv_column(facts, FAIR),
        **paid_columns(facts, PAID_SOCIAL),
    )
    sql = ibis.to_sql(expr, dialect=dialect)
    assert "CASE" in sql and "JOIN" not in sql
