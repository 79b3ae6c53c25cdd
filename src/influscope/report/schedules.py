"""Scheduled period reports, kept in a small YAML file in the folder they are written to.

`run_due` is meant for cron: it writes, for each schedule, the last period that has ended and
was not written yet, so running it daily (or after a missed day) writes each report once.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from enum import StrEnum
from pathlib import Path

import yaml

from influscope.report.periods import Period, parse_period

FILE_NAME = "influscope-schedules.yaml"


class Every(StrEnum):
    MONTHLY = "monthly"
    BIMONTHLY = "bimonthly"
    QUARTERLY = "quarterly"

    @property
    def months(self) -> int:
        return {Every.MONTHLY: 1, Every.BIMONTHLY: 2, Every.QUARTERLY: 3}[self]


@dataclass(frozen=True)
class Schedule:
    name: str
    workspace: str
    every: Every
    formats: tuple[str, ...]
    lang: str = "en"
    # The label of the last period written; None before the first run.
    last_period: str | None = None


def last_ended(every: Every, today: dt.date) -> Period:
    """The latest period of `every` that ended before `today`: blocks start in January, so
    bimonthly periods are Jan–Feb, Mar–Apr… and quarters the calendar quarters."""
    index = today.year * 12 + today.month - 1
    start_index = index - index % every.months - every.months
    first = dt.date(start_index // 12, start_index % 12 + 1, 1)
    last_index = start_index + every.months - 1
    last = f"{last_index // 12}-{last_index % 12 + 1:02d}"
    if every is Every.QUARTERLY:
        label = f"{first.year}-Q{(first.month + 2) // 3}"
    else:
        label = f"{first:%Y-%m}" if every.months == 1 else f"{first:%Y-%m}..{last}"
    return parse_period(label)


def load_schedules(folder: Path) -> list[Schedule]:
    path = folder / FILE_NAME
    if not path.exists():
        return []
    document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    schedules = []
    for entry in document.get("schedules", []):
        entry["every"] = Every(entry["every"])
        entry["formats"] = tuple(entry["formats"])
        schedules.append(Schedule(**entry))
    return schedules


def save_schedules(folder: Path, schedules: list[Schedule]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    for schedule in schedules:
        entry = asdict(schedule)
        entry["every"] = schedule.every.value
        entry["formats"] = list(schedule.formats)
        entries.append(entry)
    path = folder / FILE_NAME
    path.write_text(
        "# Scheduled reports: `influscope report schedule run-due --out THIS_FOLDER` (cron).\n"
        + yaml.safe_dump({"schedules": entries}, allow_unicode=True, sort_keys=False),
        encoding="utf-8",
    )
    return path


def add_schedule(folder: Path, schedule: Schedule) -> Path:
    schedules = load_schedules(folder)
    if any(existing.name == schedule.name for existing in schedules):
        raise ValueError(f"A schedule named {schedule.name!r} already exists in {folder}.")
    return save_schedules(folder, [*schedules, schedule])


def run_due(
    folder: Path,
    *,
    today: dt.date,
    write: Callable[[Schedule, Period, Path], list[Path]],
) -> list[Path]:
    """Write every schedule's last ended period unless it was already written; the schedule
    file records each period as soon as its report is written, so a failure later in the
    run never writes the earlier ones twice."""
    schedules = load_schedules(folder)
    written = []
    for index, schedule in enumerate(schedules):
        period = last_ended(schedule.every, today)
        if schedule.last_period == period.label:
            continue
        written += write(schedule, period, folder / schedule.name)
        schedules[index] = replace(schedule, last_period=period.label)
        save_schedules(folder, schedules)
    return written
