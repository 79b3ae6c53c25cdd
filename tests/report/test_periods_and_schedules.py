"""Period reports cover every campaign active in the period; schedules write each period once."""

import datetime as dt

import pytest

from influscope.demo import DEMO_WORKSPACE
from influscope.report.period_report import build_period_report
from influscope.report.periods import Period, parse_period
from influscope.report.schedules import (
    Every,
    Schedule,
    add_schedule,
    last_ended,
    load_schedules,
    run_due,
)
from tests.report.conftest import same_numbers


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2026-Q3", dt.date(2026, 7, 1), dt.date(2026, 9, 30)),
        ("2026-10", dt.date(2026, 10, 1), dt.date(2026, 10, 31)),
        ("2026-09..2026-10", dt.date(2026, 9, 1), dt.date(2026, 10, 31)),
        ("2026-02", dt.date(2026, 2, 1), dt.date(2026, 2, 28)),
        ("2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
    ],
)
def test_periods_are_read_as_people_write_them(text, start, end):
    period = parse_period(text)
    assert (period.start, period.end) == (start, end)


def test_previous_period_has_the_same_number_of_months_and_ends_the_day_before():
    assert parse_period("2026-Q3").previous() == Period(
        dt.date(2026, 4, 1), dt.date(2026, 6, 30), "2026-04..2026-06"
    )
    assert parse_period("2026-01").previous().start == dt.date(2025, 12, 1)


@pytest.mark.parametrize("text", ["2026-13", "Q3", "2026-10..2026-09", "next month"])
def test_a_period_that_cannot_be_read_names_the_forms_that_can(text):
    with pytest.raises(ValueError, match="2026-Q3"):
        parse_period(text)


def test_a_quarter_report_covers_every_campaign_active_in_it_with_the_previous_quarter(
    demo_store,
):
    report = build_period_report(
        demo_store, workspace=DEMO_WORKSPACE, period=parse_period("2026-Q3")
    )
    # The summer sales (24 June – 21 July) and the opening of Germany and Spain (from 14 Sept).
    assert report.campaigns == ("Soldes d'été 2026", "Ouverture Allemagne et Espagne")
    by_campaign = report.section("campaigns").table("by_campaign")
    assert by_campaign.column("campaign") == list(report.campaigns)
    posts = next(f for f in report.section("summary").figures if f.kpi == "posts")
    assert posts.value == sum(by_campaign.column("posts"))
    # Q2 held the spring launch (from 17 March to 30 April) and the start of the sales.
    assert posts.previous is not None and posts.previous > 0
    assert report.as_of == dt.datetime(2026, 10, 1)
    again = build_period_report(
        demo_store, workspace=DEMO_WORKSPACE, period=parse_period("2026-Q3")
    )
    assert same_numbers(again, report)


def test_a_period_without_campaigns_says_so(demo_store):
    report = build_period_report(
        demo_store, workspace=DEMO_WORKSPACE, period=parse_period("2025-01")
    )
    assert report.campaigns == ()
    assert report.section("summary").empty == "No campaign was active in this period."


def test_scheduled_periods_are_the_last_ones_ended():
    today = dt.date(2026, 11, 26)
    assert last_ended(Every.MONTHLY, today).label == "2026-10"
    assert last_ended(Every.BIMONTHLY, today).label == "2026-09..2026-10"
    assert last_ended(Every.QUARTERLY, today).label == "2026-Q3"
    assert last_ended(Every.QUARTERLY, dt.date(2026, 1, 2)).label == "2025-Q4"


def test_run_due_writes_each_ended_period_once(tmp_path):
    add_schedule(tmp_path, Schedule("maison-trimestre", DEMO_WORKSPACE, Every.QUARTERLY, ("pdf",)))
    with pytest.raises(ValueError, match="already exists"):
        add_schedule(tmp_path, Schedule("maison-trimestre", DEMO_WORKSPACE, Every.MONTHLY, ()))
    asked = []

    def write(schedule, period, folder):
        asked.append((schedule.name, period.label))
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{period.label}.pdf"
        path.write_bytes(b"%PDF")
        return [path]

    run_due(tmp_path, today=dt.date(2026, 11, 26), write=write)
    run_due(tmp_path, today=dt.date(2026, 12, 1), write=write)
    run_due(tmp_path, today=dt.date(2027, 1, 3), write=write)
    assert asked == [("maison-trimestre", "2026-Q3"), ("maison-trimestre", "2026-Q4")]
    (schedule,) = load_schedules(tmp_path)
    assert schedule.last_period == "2026-Q4"
