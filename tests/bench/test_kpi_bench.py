"""The KPI benchmark's own parts: sizes, the generator, contenders that agree before timing, and
the timing itself."""

import duckdb
import pytest
from bench.kpi.check import check_store, compare, hand_computed_totals, scenario_store
from bench.kpi.contenders import KPIS
from bench.kpi.generate import BIG_CAMPAIGN_ID, Plan, ensure_store, parse_size
from bench.kpi.measure import measure

# The whole-catalogue run is Influscope again, slower to compile: the gate covers it.
COMPARED = ["influscope", "hand_sql", "pandas"]


@pytest.mark.parametrize(
    ("label", "rows"),
    [("1M", 1_000_000), ("10M", 10_000_000), ("250k", 250_000), ("1.5M", 1_500_000), ("900", 900)],
)
def test_sizes_are_read_with_their_suffix(label, rows):
    assert parse_size(label) == rows


def test_a_size_without_a_number_is_refused():
    with pytest.raises(ValueError, match="Not a size"):
        parse_size("big")


@pytest.fixture(scope="module")
def small_store(tmp_path_factory):
    return ensure_store("20k", tmp_path_factory.mktemp("data"), log=lambda _: None)


def test_a_generated_store_holds_about_the_planned_number_of_metric_rows(small_store):
    with duckdb.connect(str(small_store), read_only=True) as con:
        (rows,) = con.execute("SELECT count(*) FROM metric_snapshot").fetchone()
        (posts,) = con.execute("SELECT count(*) FROM post").fetchone()
    assert rows == pytest.approx(20_000, rel=0.1)
    assert posts == Plan.for_size("20k").posts


def test_generating_a_size_twice_gives_the_same_store(small_store, tmp_path):
    again = ensure_store("20k", tmp_path, log=lambda _: None)
    query = "SELECT sum(hash(post_id, metric, captured_at, value, source)) FROM metric_snapshot"
    with duckdb.connect(str(small_store), read_only=True) as first:
        expected = first.execute(query).fetchone()
    with duckdb.connect(str(again), read_only=True) as second:
        assert second.execute(query).fetchone() == expected


def test_every_contender_matches_the_hand_computed_scenario(tmp_path):
    path, campaigns = scenario_store(tmp_path)
    problems = check_store(
        path,
        campaigns.values(),
        contenders=COMPARED,
        expected_totals={campaigns["Printemps Éclat"]: hand_computed_totals()},
    )
    assert problems == []


def test_every_contender_agrees_with_influscope_on_a_generated_store(small_store):
    assert check_store(small_store, [BIG_CAMPAIGN_ID, 2], contenders=COMPARED) == []


def test_a_differing_kpi_is_reported_with_its_group():
    expected = [{"influencer_id": 1, "influencer": "Léa", "cost": 860.0, "posts": 2}]
    actual = [{"influencer_id": 1, "influencer": "Léa", "cost": 800.0, "posts": 2}]
    assert compare(expected, actual, grouping="influencer") == [
        "cost of (1, 'Léa'): 800.0, expected 860.0"
    ]


def test_a_null_kpi_differs_from_zero():
    assert compare([{"cost_per_view": None}], [{"cost_per_view": 0.0}], grouping="campaign") == [
        "cost_per_view: 0.0, expected None"
    ]


def test_contenders_are_timed_in_turns_each_in_a_process_of_its_own(small_store):
    measured, failed = measure(
        ["influscope", "hand_sql"],
        "campaign",
        store=small_store,
        campaign_id=BIG_CAMPAIGN_ID,
        repeat=3,
        budget_s=60,
    )
    assert failed == []
    assert [len(m.times_s) for m in measured.values()] == [3, 3]
    assert all(m.peak_mb >= m.baseline_mb > 0 for m in measured.values())
    ours, sql = measured["influscope"].rows, measured["hand_sql"].rows
    assert compare(ours, sql, grouping="campaign", columns=KPIS) == []


def test_a_contender_that_fails_is_reported_and_the_others_are_still_timed(small_store):
    measured, failed = measure(
        ["influscope", "no_such_contender"],
        "influencer",
        store=small_store,
        campaign_id=BIG_CAMPAIGN_ID,
        repeat=2,
        budget_s=60,
    )
    assert list(measured) == ["influscope"]
    assert len(measured["influscope"].times_s) == 2
    assert failed == [("no_such_contender", "no_such_contender failed with exit code 1")]
