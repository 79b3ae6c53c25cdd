"""A KPI request's SQL is compiled once per engine, schema and request shape, and kept: a repeat
request (another campaign, the same grouping) runs the kept SQL with its own campaign ids and
gets what a fresh compilation gives."""

import pytest
import sqlalchemy as sa
from ibis.backends import BaseBackend

from influscope.compile import Grain
from influscope.engines import evaluate, sql
from influscope.engines.connect import connect

from .test_kpi_values import _campaign_id

KPIS = ["posts", "reach", "cost", "engagement_rate_reach", "tracked_clicks", "revenue"]


@pytest.fixture
def compilations(monkeypatch) -> list[tuple]:
    """Every compilation of a KPI expression while the test runs, starting from none kept."""
    calls = []
    compile_kpis = evaluate.compile_kpis

    def counted(*args, **kwargs):
        calls.append(kwargs.get("campaign_ids"))
        return compile_kpis(*args, **kwargs)

    monkeypatch.setattr(evaluate, "compile_kpis", counted)
    evaluate.clear_plans()
    yield calls
    evaluate.clear_plans()


def _rows(backend: BaseBackend, campaign_ids, by=(Grain.INFLUENCER,)) -> tuple[tuple, tuple]:
    table = evaluate.evaluate_kpis(backend, campaign_ids=campaign_ids, kpi_ids=KPIS, by=by)
    return table.rows, table.provenance


def test_a_repeat_request_runs_the_kept_sql_for_its_own_campaigns(kpi_backend, compilations):
    march = _campaign_id(kpi_backend, "Printemps Éclat")
    july = _campaign_id(kpi_backend, "Été Solaire")
    kept = {ids: _rows(kpi_backend, list(ids)) for ids in ((march,), (july,), (march, july))}
    assert len(compilations) == 1, "one compilation for every list of campaigns"

    evaluate.clear_plans()
    fresh = {ids: _rows(kpi_backend, list(ids)) for ids in ((july,), (march, july), (march,))}
    assert fresh == kept
    assert kept[(march,)] != kept[(july,)]


def test_every_campaign_and_none_are_shapes_of_their_own(kpi_backend, compilations):
    march = _campaign_id(kpi_backend, "Printemps Éclat")
    every = _rows(kpi_backend, None, by=[Grain.CAMPAIGN])
    none = _rows(kpi_backend, [], by=[Grain.CAMPAIGN])
    one = _rows(kpi_backend, [march], by=[Grain.CAMPAIGN])
    assert len(compilations) == 3
    assert none == ((), ())
    assert [row["campaign_id"] for row in every[0]] == sorted(
        row["campaign_id"] for row in every[0]
    )
    assert one[0][0] in every[0]
    assert _rows(kpi_backend, None, by=[Grain.CAMPAIGN]) == every
    assert len(compilations) == 3


def test_another_grouping_or_moment_compiles_anew(kpi_backend, compilations):
    march = [_campaign_id(kpi_backend, "Printemps Éclat")]
    _rows(kpi_backend, march)
    _rows(kpi_backend, march, by=[Grain.PLATFORM])
    evaluate.evaluate_kpis(kpi_backend, campaign_ids=march, kpi_ids=KPIS[:2])
    assert len(compilations) == 3


def test_the_schema_is_part_of_what_the_sql_is_kept_for(engine: sa.Engine, compilations):
    before = sql.schema_fingerprint(connect(engine))
    evaluate.evaluate_kpis(engine, campaign_ids=[1], kpi_ids=KPIS)
    evaluate.evaluate_kpis(engine, campaign_ids=[2], kpi_ids=KPIS)
    with engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE campaign ADD COLUMN note VARCHAR(20)")
    after = sql.schema_fingerprint(connect(engine))
    assert before != after
    assert any(table == "campaign" for table, *_ in before)
    evaluate.evaluate_kpis(engine, campaign_ids=[1], kpi_ids=KPIS)
    assert len(compilations) == 2


def test_every_engine_has_a_schema_fingerprint(kpi_backend):
    tables = {entry[0] for entry in sql.schema_fingerprint(kpi_backend)}
    assert {"post", "metric_snapshot", "campaign", "click"} <= tables


def test_the_stand_in_campaign_id_only_ever_filters(kpi_backend, compilations):
    """The kept SQL names the stand-in id only in `IN (…)` lists, which the ids replace."""
    march = _campaign_id(kpi_backend, "Printemps Éclat")
    evaluate.evaluate_kpis(kpi_backend, campaign_ids=[march])
    assert compilations == [[evaluate._ANY_CAMPAIGN]]
    (plan,) = evaluate._plans.values()
    assert plan.any_campaign
    assert str(evaluate._ANY_CAMPAIGN) not in plan.for_campaigns([march])
