"""GA4 Data API `runReport` responses (a saved JSON file, or the live API through the official
`google-analytics-data` client) as aggregated `web_traffic` rows.

The response (https://developers.google.com/analytics/devguides/reporting/data/v1/rest/v1beta/RunReportResponse)
has `dimensionHeaders`, `metricHeaders` with a `type`, and `rows` of `dimensionValues` and
`metricValues`, every value a string. `date` is `YYYYMMDD` in the property's time zone;
`(not set)` means nothing. Units follow the metric type: `TYPE_SECONDS`, `TYPE_MILLISECONDS`,
`TYPE_MINUTES`, `TYPE_HOURS` become seconds; rates (`engagementRate`, `bounceRate`) are
fractions. `conversions` was renamed `keyEvents` in May 2024; both are read.

The UI's CSV download goes through the same conversion (`ga4_csv`), once its display names are
mapped to these API names.
"""

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyarrow as pa

from influscope.ingest.ga4_values import SOURCES, clean_dimension, report_row_key
from influscope.ingest.problems import ImportFailed, Problem

# API dimension -> web_traffic column (first name found wins, so `session…` beats `firstUser…`).
DIMENSIONS = {
    "date": "day",
    "sessionSource": "utm_source",
    "sessionManualSource": "utm_source",
    "sessionMedium": "utm_medium",
    "sessionManualMedium": "utm_medium",
    "sessionCampaignName": "utm_campaign",
    "sessionManualCampaignName": "utm_campaign",
    "sessionManualAdContent": "utm_content",
    "sessionManualTerm": "utm_term",
    "sessionCampaignId": "utm_id",
    "sessionManualCampaignId": "utm_id",
    "landingPage": "landing_page",
    "landingPagePlusQueryString": "landing_page",
    "transactionId": "transaction_id",
}
# `sessionSourceMedium` is "source / medium" in one value.
SOURCE_MEDIUM = "sessionSourceMedium"

COUNTERS = {
    "sessions": ("sessions",),
    "new_users": ("newUsers",),
    "engaged_sessions": ("engagedSessions",),
    "page_views": ("screenPageViews",),
    "key_events": ("keyEvents", "conversions"),
    "purchases": ("ecommercePurchases", "transactions"),
}
RATES = ("engagementRate", "bounceRate")
SECONDS_PER_UNIT = {
    "TYPE_SECONDS": 1,
    "TYPE_MILLISECONDS": Decimal("0.001"),
    "TYPE_MINUTES": 60,
    "TYPE_HOURS": 3600,
}


@dataclass(frozen=True)
class ReportTable:
    """A report reduced to what both the API and the UI download give: names, types, strings.

    `percent_rates`: rates are written in percent (the UI CSV) rather than as fractions.
    `rows` are (row number in the file, dimension values, metric values).
    """

    file: str
    dimensions: tuple[str, ...]
    metrics: tuple[str, ...]
    metric_types: tuple[str, ...]
    rows: tuple[tuple[int | None, tuple[str, ...], tuple[str, ...]], ...]
    currency: str | None = None
    source: str = SOURCES["data_api"]
    parse_number: Callable[[str], Decimal] = Decimal
    percent_rates: bool = False


def report_table_from_json(document: object, *, file: str) -> ReportTable:
    """A `runReport` response as JSON (camelCase, as the REST API and `to_json` write it)."""

    def fail(reason: str) -> ImportFailed:
        return ImportFailed([Problem(file=file, reason=reason)])

    if not isinstance(document, dict):
        raise fail("not a runReport response (a JSON object with dimensionHeaders)")
    try:
        dimensions = tuple(str(h["name"]) for h in document.get("dimensionHeaders") or [])
        headers = document.get("metricHeaders") or []
        metrics = tuple(str(h["name"]) for h in headers)
        types = tuple(_metric_type(h.get("type")) for h in headers)
        rows = []
        for n, row in enumerate(document.get("rows") or [], start=1):
            dims = tuple(_value(v) for v in row.get("dimensionValues") or [])
            values = tuple(_value(v) for v in row.get("metricValues") or [])
            rows.append((n, dims, values))
        metadata = document.get("metadata") or {}
        currency = metadata.get("currencyCode") if isinstance(metadata, dict) else None
    except (TypeError, KeyError, AttributeError) as error:
        raise fail(f"not a runReport response: {error!r} in its headers or rows") from None
    return ReportTable(
        file=file,
        dimensions=dimensions,
        metrics=metrics,
        metric_types=types,
        rows=tuple(rows),
        currency=currency if isinstance(currency, str) else None,
    )


# MetricType as numbers, as `to_json` writes it unless told to use names.
METRIC_TYPE_NUMBERS = {
    1: "TYPE_INTEGER",
    2: "TYPE_FLOAT",
    4: "TYPE_SECONDS",
    5: "TYPE_MILLISECONDS",
    6: "TYPE_MINUTES",
    7: "TYPE_HOURS",
    8: "TYPE_STANDARD",
    9: "TYPE_CURRENCY",
}


def _metric_type(value: object) -> str:
    if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
        return METRIC_TYPE_NUMBERS.get(int(value), "TYPE_INTEGER")
    return str(value or "TYPE_INTEGER")


def _value(item: object) -> str:
    if isinstance(item, dict):
        value = item.get("value", item.get("oneValue", ""))
        return "" if value is None else str(value)
    raise TypeError("value")


def read_report_json(path: Path) -> pa.Table:
    try:
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise ImportFailed([Problem(file=str(path), reason=f"not JSON: {error}")]) from None
    # One response, or the list of pages `influscope import ga4-api --save` writes.
    return rows_from_pages(document if isinstance(document, list) else [document], where=str(path))


def rows_from_pages(pages: list, *, where: str) -> pa.Table:
    tables = [report_rows(report_table_from_json(page, file=where)) for page in pages]
    return pa.concat_tables(tables) if tables else WEB_TRAFFIC_REPORT_SCHEMA.empty_table()


# ---------------------------------------------------------------------------------------------
# Report table -> web_traffic rows

WEB_TRAFFIC_REPORT_SCHEMA = pa.schema(
    [
        ("source", pa.string()),
        ("row_key", pa.string()),
        ("day", pa.date32()),
        ("started_at", pa.timestamp("us")),
        ("user_key", pa.string()),
        *((f"utm_{p}", pa.string()) for p in ("source", "medium", "campaign", "content", "term")),
        ("utm_id", pa.string()),
        ("landing_page", pa.string()),
        *((name, pa.int32()) for name in COUNTERS),
        ("duration_seconds", pa.float64()),
        ("purchase_revenue", pa.decimal128(18, 2)),
        ("currency", pa.string()),
        ("transaction_id", pa.string()),
    ]
)


def report_rows(table: ReportTable) -> pa.Table:
    """One `web_traffic` row per report row; ImportFailed with every problem found."""
    problems: list[Problem] = []
    if "date" not in table.dimensions:
        problems.append(
            Problem(file=table.file, column="date", reason="the report needs the date dimension")
        )
    if "sessions" not in table.metrics:
        problems.append(
            Problem(
                file=table.file, column="sessions", reason="the report needs the sessions metric"
            )
        )
    if problems:
        raise ImportFailed(problems)
    rows = []
    first_rows: dict[str, int | None] = {}
    for number, dims, values in table.rows:
        row = _row(table, number, dims, values, problems)
        if row is None:
            continue
        if row["row_key"] in first_rows:
            # Caught here, located, rather than by the store's unique key halfway through.
            problems.append(
                Problem(
                    file=table.file,
                    row=number,
                    column=", ".join(table.dimensions),
                    value=", ".join(dims),
                    reason=f"repeats row {first_rows[row['row_key']]}: the rows of a report"
                    " differ by at least one of these dimensions",
                )
            )
            continue
        first_rows[row["row_key"]] = number
        rows.append(row)
    if problems:
        raise ImportFailed(problems[:50])
    return pa.Table.from_pylist(rows, schema=WEB_TRAFFIC_REPORT_SCHEMA)


def _row(table: ReportTable, number, dims: Sequence[str], values: Sequence[str], problems):
    def fail(column: str, value: str | None, reason: str) -> None:
        problems.append(
            Problem(file=table.file, row=number, column=column, value=value, reason=reason)
        )

    if len(dims) != len(table.dimensions) or len(values) != len(table.metrics):
        fail("", None, "has a different number of values than the headers")
        return None
    by_dimension = dict(zip(table.dimensions, dims, strict=True))
    by_metric = dict(zip(table.metrics, zip(values, table.metric_types, strict=True), strict=True))
    before = len(problems)
    row: dict = {"source": table.source, "started_at": None, "user_key": None}
    row["day"] = _day(by_dimension["date"], fail)
    for column in (
        "utm_source",
        "utm_medium",
        "utm_campaign",
        "utm_content",
        "utm_term",
        "utm_id",
        "landing_page",
        "transaction_id",
    ):
        names = [n for n, c in DIMENSIONS.items() if c == column and n in by_dimension]
        row[column] = clean_dimension(by_dimension[names[0]]) if names else None
    if SOURCE_MEDIUM in by_dimension and row["utm_source"] is None:
        source, _, medium = by_dimension[SOURCE_MEDIUM].partition(" / ")
        row["utm_source"], row["utm_medium"] = clean_dimension(source), clean_dimension(medium)
    for column in ("utm_source", "utm_medium"):
        row[column] = row[column].lower() if row[column] else None
    numbers = {name: _number(table, name, text, fail) for name, (text, _) in by_metric.items()}
    for column, names in COUNTERS.items():
        found = next((numbers[n] for n in names if n in numbers), None)
        row[column] = int(found.to_integral_value()) if found is not None else 0
    if "engagedSessions" not in numbers:
        rate = _rate(numbers)
        if rate is not None:
            row["engaged_sessions"] = int((rate * row["sessions"]).to_integral_value())
    row["duration_seconds"] = _duration(numbers, dict(by_metric), row["sessions"])
    revenue = numbers.get("purchaseRevenue", numbers.get("totalRevenue"))
    row["purchase_revenue"] = revenue.quantize(Decimal("0.01")) if revenue is not None else None
    row["currency"] = table.currency if revenue is not None else None
    if len(problems) > before:
        return None
    row["row_key"] = report_row_key(table.source, *table.dimensions, *dims)
    return row


def _day(text: str, fail) -> dt.date | None:
    for pattern in ("%Y%m%d", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    fail("date", text, "should be a date written YYYYMMDD")
    return None


def _number(table: ReportTable, name: str, text: str, fail) -> Decimal | None:
    if clean_dimension(text) is None:
        return None
    try:
        number = table.parse_number(text.strip())
    except (ValueError, InvalidOperation, ArithmeticError):
        number = None
    if number is None or not number.is_finite() or abs(number) >= Decimal("1e15"):
        fail(name, text, "should be a number")
        return None
    if name in RATES and (table.percent_rates or text.strip().endswith("%")):
        # The UI writes rates in percent ("41.2%"); the API as fractions (0.412).
        return number / 100
    return number


def _rate(numbers: dict[str, Decimal]) -> Decimal | None:
    if numbers.get("engagementRate") is not None:
        return numbers["engagementRate"]
    if numbers.get("bounceRate") is not None:
        return 1 - numbers["bounceRate"]
    return None


def _duration(numbers: dict[str, Decimal], metrics: dict, sessions: int) -> float:
    """Total seconds: the engagement time of all users, or the average times the sessions."""
    for name, per_session in (("userEngagementDuration", False), ("averageSessionDuration", True)):
        if numbers.get(name) is not None:
            unit = SECONDS_PER_UNIT.get(metrics[name][1], 1)
            seconds = numbers[name] * unit
            return float(seconds * sessions if per_session else seconds)
    return 0.0
