"""Line-by-line check of a GA4 JSON export, run only when the fast reader rejects a file.

It reads each event as BigQuery writes it and says which line and which field is wrong, so the
person holding the file can find it. It checks what the reader relies on, nothing more.
"""

import gzip
import json
import re
from collections.abc import Iterable
from pathlib import Path

from influscope.ingest.problems import Problem

MAX_PROBLEMS = 20
_INT = re.compile(r"-?\d{1,18}")
_DATE = re.compile(r"\d{8}|\d{4}-\d{2}-\d{2}")
_INT_FIELDS = ("event_timestamp",)
_TEXT_FIELDS = ("event_name", "event_date", "user_pseudo_id")


def check_files(files: Iterable[Path]) -> list[Problem]:
    problems: list[Problem] = []
    for path in files:
        problems.extend(check_file(path, limit=MAX_PROBLEMS - len(problems)))
        if len(problems) >= MAX_PROBLEMS:
            break
    return problems


def check_file(path: Path, *, limit: int = MAX_PROBLEMS) -> list[Problem]:
    problems: list[Problem] = []
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8", newline="\n") as lines:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    problems.extend(_check_event(str(path), number, line))
                if len(problems) >= limit:
                    break
    except (OSError, UnicodeDecodeError, EOFError) as error:
        problems.append(Problem(file=str(path), reason=f"cannot be read: {error}"))
    return problems[:limit]


def _check_event(file: str, row: int, line: str) -> list[Problem]:
    def problem(column: str | None, value: object, reason: str) -> Problem:
        shown = None if value is None else str(value)[:80]
        return Problem(file=file, row=row, column=column, value=shown, reason=reason)

    try:
        event = json.loads(line)
    except ValueError as error:
        return [problem(None, None, f"not a JSON object: {error}")]
    if not isinstance(event, dict):
        return [problem(None, None, "not a JSON object (one event per line is expected)")]
    problems = []
    for field in _TEXT_FIELDS:
        value = event.get(field)
        if value is not None and not isinstance(value, str):
            problems.append(problem(field, value, "should be a string"))
    for field in _INT_FIELDS:
        if not _is_int(event.get(field)):
            problems.append(
                problem(field, event.get(field), "should be an integer (microseconds since 1970)")
            )
    if not event.get("event_name"):
        problems.append(problem("event_name", None, "is missing"))
    date = event.get("event_date")
    if isinstance(date, str) and not _DATE.fullmatch(date):
        problems.append(problem("event_date", date, "should be a date written YYYYMMDD"))
    problems.extend(_check_params(problem, event.get("event_params")))
    problems.extend(_check_records(problem, event))
    return problems


def _check_params(problem, params: object) -> list[Problem]:
    if params is None:
        return []
    if not isinstance(params, list):
        return [problem("event_params", params, "should be a list of key/value records")]
    found = []
    for param in params:
        value = param.get("value") if isinstance(param, dict) else None
        if not isinstance(param, dict) or not isinstance(param.get("key"), str):
            found.append(problem("event_params", param, "each parameter needs a text key"))
        elif value is not None and not isinstance(value, dict):
            found.append(problem(f"event_params.{param['key']}", value, "should be a record"))
        elif value is not None:
            found.extend(_check_value(problem, f"event_params.{param['key']}", value))
    return found


def _check_value(problem, where: str, value: dict) -> list[Problem]:
    found = []
    if not _is_int(value.get("int_value"), optional=True):
        found.append(problem(f"{where}.int_value", value.get("int_value"), "should be an integer"))
    for kind in ("float_value", "double_value"):
        if not _is_number(value.get(kind)):
            found.append(problem(f"{where}.{kind}", value.get(kind), "should be a number"))
    text = value.get("string_value")
    if text is not None and not isinstance(text, str):
        found.append(problem(f"{where}.string_value", text, "should be a string"))
    return found


def _check_records(problem, event: dict) -> list[Problem]:
    found = []
    for field in ("ecommerce", "collected_traffic_source", "session_traffic_source_last_click"):
        record = event.get(field)
        if record is not None and not isinstance(record, dict):
            found.append(problem(field, record, "should be a record"))
    ecommerce = event.get("ecommerce")
    if isinstance(ecommerce, dict) and not _is_number(ecommerce.get("purchase_revenue")):
        found.append(
            problem("ecommerce.purchase_revenue", ecommerce["purchase_revenue"], "not a number")
        )
    last_click = event.get("session_traffic_source_last_click")
    manual = last_click.get("manual_campaign") if isinstance(last_click, dict) else None
    if manual is not None and not isinstance(manual, dict):
        found.append(
            problem(
                "session_traffic_source_last_click.manual_campaign", manual, "should be a record"
            )
        )
    for record in (event.get("collected_traffic_source"), manual):
        for name, text in record.items() if isinstance(record, dict) else ():
            if isinstance(text, bool | dict | list):
                found.append(problem(name, text, "should be a string"))
    return found


def _is_int(value: object, *, optional: bool = False) -> bool:
    if value is None:
        return optional
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return -(2**63) <= value < 2**63
    return isinstance(value, str) and bool(_INT.fullmatch(value.strip()))


def _is_number(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    if isinstance(value, str):
        try:
            float(value)
        except ValueError:
            return False
        return True
    return False
