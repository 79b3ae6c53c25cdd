"""The correctness gate: no contender is timed unless it computes the same numbers.

First on the hand-computed scenario of the test suite (tests/engines/scenario.py: every campaign
total worked out by hand, an influencer with no post, a campaign-wide cost, a zero denominator),
then on a small generated store that has everything the big ones have (typed-in copies that the
measured value must beat, accounts first measured after publication or never, influencers with
costs and no posts, counters never reported).
"""

import math
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

import sqlalchemy as sa

from bench.kpi.contenders import CONTENDERS, GROUPINGS, KPIS, Contender
from bench.kpi.generate import BIG_CAMPAIGN_ID, DEFAULT_DATA_DIR, ensure_store
from influscope.store import database, migrate, schema
from influscope.store.writes import save_batch

GATE_SIZE = "50k"
REL_TOL = 1e-9  # the contenders add floats in different orders; nothing else may differ


def group_keys(grouping: str) -> tuple[str, ...]:
    return ("influencer_id", "influencer") if grouping == "influencer" else ()


def compare(
    expected: Sequence[dict],
    actual: Sequence[dict],
    *,
    grouping: str,
    columns: Iterable[str] | None = None,
    more_groups: bool = False,
    limit: int = 10,
) -> list[str]:
    """Every difference between two results, by group and KPI (at most `limit` of them), on
    `columns` only if given; with `more_groups`, `actual` may have groups `expected` has not."""
    keys = group_keys(grouping)
    if columns is not None:
        kept = {*keys, *columns}
        expected = [{k: v for k, v in row.items() if k in kept} for row in expected]
        actual = [{k: v for k, v in row.items() if k in kept} for row in actual]
    problems: list[str] = []
    want = {tuple(row[k] for k in keys): row for row in expected}
    got = {tuple(row[k] for k in keys): row for row in actual}
    if len(want) != len(expected) or len(got) != len(actual):
        problems.append("a group appears twice")
    for group in sorted(want.keys() - got.keys(), key=str):
        problems.append(f"group {group} is missing")
    for group in sorted(got.keys() - want.keys(), key=str):
        if not more_groups:
            problems.append(f"group {group} is unexpected")
    for group in sorted(want.keys() & got.keys(), key=str):
        expected_row, actual_row = want[group], got[group]
        for column in sorted(expected_row.keys() - actual_row.keys()):
            problems.append(f"{column} is missing")
        for column in sorted(actual_row.keys() - expected_row.keys()):
            problems.append(f"{column} is unexpected")
        for column in sorted(expected_row.keys() & actual_row.keys()):
            if not _same(expected_row[column], actual_row[column]):
                where = f"{column} of {group}" if keys else column
                found, wanted = actual_row[column], expected_row[column]
                problems.append(f"{where}: {found!r}, expected {wanted!r}")
    if len(problems) > limit:
        problems = [*problems[:limit], f"... and {len(problems) - limit} more"]
    return problems


def _same(expected, actual) -> bool:
    if expected is None or actual is None:
        return expected is None and actual is None
    if isinstance(expected, str) or isinstance(actual, str):
        return expected == actual
    return math.isclose(expected, actual, rel_tol=REL_TOL, abs_tol=1e-9)


class GateFailed(Exception):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("The contenders disagree:\n  " + "\n  ".join(problems))


def scenario_store(folder: Path) -> tuple[Path, dict[str, int]]:
    """The test suite's hand-computed scenario in a fresh DuckDB store, with its campaign ids."""
    from tests.engines.scenario import save_traffic, scenario_batch

    path = folder / "scenario.duckdb"
    engine = database.create_engine(str(path))
    try:
        migrate.upgrade(engine)
        with engine.begin() as conn:
            save_batch(conn, workspace="Maison Test", batch=scenario_batch())
            save_traffic(conn)
        with engine.connect() as conn:
            query = sa.select(schema.campaign.c.name, schema.campaign.c.id)
            campaigns = {row.name: row.id for row in conn.execute(query)}
    finally:
        engine.dispose()
    return path, campaigns


def check_store(
    store: Path,
    campaign_ids: Iterable[int],
    *,
    contenders: Sequence[str],
    expected_totals: dict[int, dict] | None = None,
) -> list[str]:
    """Run every contender on every campaign and grouping; compare with Influscope's rows and
    with `expected_totals` (campaign id -> KPI values worked out by hand) where given."""
    loaded: dict[str, Contender] = {}
    try:
        for name in {"influscope", *contenders}:
            loaded[name] = CONTENDERS[name](store)
            loaded[name].load()
        return _check_loaded(store, loaded, campaign_ids, contenders, expected_totals)
    finally:
        for contender in loaded.values():
            contender.close()


def _check_loaded(store, loaded, campaign_ids, contenders, expected_totals) -> list[str]:
    problems = []
    for campaign_id in campaign_ids:
        for grouping in GROUPINGS:
            reference = loaded["influscope"].compute(campaign_id, grouping)
            if grouping == "campaign" and expected_totals and campaign_id in expected_totals:
                hand = [{kpi: expected_totals[campaign_id][kpi] for kpi in KPIS}]
                problems += [
                    f"{store.name}, campaign {campaign_id}, influscope vs hand: {p}"
                    for p in compare(hand, reference, grouping=grouping)
                ]
            for name in contenders:
                if name == "influscope":
                    continue
                rows = loaded[name].compute(campaign_id, grouping)
                problems += [
                    f"{store.name}, campaign {campaign_id} by {grouping}, {name}: {p}"
                    for p in compare(
                        reference,
                        rows,
                        grouping=grouping,
                        columns=KPIS,
                        # The whole catalogue also has groups of casting and growth rows.
                        more_groups=name == "influscope_all",
                    )
                ]
    return problems


def hand_computed_totals() -> dict[str, float]:
    """The scenario's campaign totals as the test suite works them out by hand."""
    from tests.engines.test_kpi_families import FAMILY_TOTALS
    from tests.engines.test_kpi_values import CAMPAIGN_TOTALS
    from tests.engines.test_traffic_kpis import TRAFFIC_TOTALS

    return CAMPAIGN_TOTALS | FAMILY_TOTALS | TRAFFIC_TOTALS


def run_gate(contenders: Sequence[str], data_dir: Path = DEFAULT_DATA_DIR, *, log=print) -> None:
    """Raise GateFailed unless every contender matches the hand-computed values and Influscope."""
    with tempfile.TemporaryDirectory(prefix="influscope-bench-") as tmp:
        path, campaigns = scenario_store(Path(tmp))
        march = campaigns["Printemps Éclat"]
        problems = check_store(
            path,
            campaigns.values(),
            contenders=contenders,
            expected_totals={march: hand_computed_totals()},
        )
    small = ensure_store(GATE_SIZE, data_dir, log=log)
    problems += check_store(small, [BIG_CAMPAIGN_ID, 2], contenders=contenders)
    if problems:
        raise GateFailed(problems)
    log(
        f"Correctness gate passed: {', '.join(contenders)} agree with the hand-computed scenario "
        f"and with each other on the {GATE_SIZE} store (both groupings)."
    )
