"""Effectiveness against targets: actual / target, and whether the campaign is on track.

Totals (counts and money: reach, posts, cost…) build up over a campaign, so while it runs they
are judged against the target pro-rated to the time elapsed. Rates and unit costs do not build
up: they are judged against the target as it stands.
"""

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from influscope.catalogue.models import Aggregation, Direction, Kpi, Unit


class Status(StrEnum):
    MET = "met"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    MISSED = "missed"
    NOT_STARTED = "not_started"
    NO_DATA = "no_data"


@dataclass(frozen=True)
class TargetResult:
    kpi: str
    target: float
    actual: float | None
    # actual / target × 100, or target / actual × 100 where lower is better.
    effectiveness: float | None
    # What a cumulative KPI should have reached by now; the target itself for rates.
    expected_by_now: float
    status: Status


def is_cumulative(kpi: Kpi, aggregations: dict[str, Aggregation]) -> bool:
    """Totals that grow over a campaign: a sum or count in units or money, or the difference
    of two (a gain above trend builds up as the gain does). Ratios never do."""
    return (
        kpi.ratio is None
        and kpi.unit in (Unit.COUNT, Unit.CURRENCY)
        and all(
            aggregations[measure] in (Aggregation.SUM, Aggregation.COUNT_DISTINCT)
            for measure in kpi.measures
        )
    )


def elapsed_share(start: dt.date, end: dt.date, today: dt.date) -> float:
    """The share of the campaign's days that have begun by `today`, between 0 and 1."""
    days = (end - start).days + 1
    return min(max(((today - start).days + 1) / days, 0.0), 1.0)


def evaluate_target(
    kpi: Kpi,
    *,
    target: float,
    actual: float | None,
    cumulative: bool,
    start: dt.date,
    end: dt.date,
    today: dt.date,
) -> TargetResult:
    share = elapsed_share(start, end, today)
    expected = target * share if cumulative else target
    higher = kpi.direction is Direction.HIGHER
    if actual is None:
        effectiveness = None
    elif higher:
        effectiveness = actual / target * 100 if target else None
    else:
        effectiveness = target / actual * 100 if actual else None

    def meets(goal: float) -> bool:
        return actual >= goal if higher else actual <= goal

    if today < start:
        status = Status.NOT_STARTED
    elif actual is None:
        status = Status.NO_DATA
    elif today > end:
        status = Status.MET if meets(target) else Status.MISSED
    elif higher and meets(target):
        status = Status.MET
    else:
        # Below a "higher" target, or any "lower" target while money is still being spent:
        # the pace decides.
        status = Status.ON_TRACK if meets(expected) else Status.BEHIND
    return TargetResult(
        kpi=kpi.id,
        target=target,
        actual=actual,
        effectiveness=effectiveness,
        expected_by_now=expected,
        status=status,
    )
