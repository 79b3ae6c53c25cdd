"""GA4's BigQuery export (one row per event) turned into one `web_traffic` row per session.

The export is large (a busy shop writes millions of events a day), so DuckDB does the reading
and the grouping, streaming from disk with a memory cap, and hands back Arrow batches of
sessions; no event ever becomes a Python object. Only when DuckDB rejects a file, or finds an
event it cannot use, does `ga4_bigquery_check` read it line by line to say where.

The format (https://support.google.com/analytics/answer/7029846):
- newline-delimited JSON as BigQuery writes it: INT64 values as strings (`"event_timestamp":
  "1611798022695757"`, `"int_value": "1"`), `event_params` as key/value records whose value sits
  in one of `string_value`, `int_value`, `float_value`, `double_value`; or the same in Parquet;
- `event_timestamp` in microseconds UTC, `event_date` as `YYYYMMDD` in the property's zone;
- a session is `user_pseudo_id` + the `ga_session_id` event parameter;
- `session_traffic_source_last_click` (2024+) and `collected_traffic_source` (2023+) are absent
  from older tables and from Google's public sample; then the `source`/`medium`/`campaign`
  event parameters, then the `utm_*` of the landing page's URL, say where the visit came from.
"""

import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from influscope.ingest.ga4_bigquery_check import check_files
from influscope.ingest.ga4_values import PLACEHOLDERS, SOURCES
from influscope.ingest.problems import ImportFailed, Problem
from influscope.ingest.sql_text import quoted

JSON_SUFFIXES = (".json", ".ndjson", ".jsonl", ".json.gz", ".ndjson.gz", ".jsonl.gz")
PARQUET_SUFFIXES = (".parquet",)
DEFAULT_KEY_EVENTS = ("purchase",)
BATCH_ROWS = 200_000

_VALUE = "STRUCT(string_value VARCHAR, int_value BIGINT, float_value DOUBLE, double_value DOUBLE)"
_MANUAL = "campaign_id VARCHAR, campaign_name VARCHAR, source VARCHAR, medium VARCHAR, " + (
    "term VARCHAR, content VARCHAR"
)
# The columns read from the JSON export, typed as BigQuery declares them; the rest is skipped.
EVENT_COLUMNS = {
    "event_date": "VARCHAR",
    "event_timestamp": "BIGINT",
    "event_name": "VARCHAR",
    "event_params": f"STRUCT(key VARCHAR, value {_VALUE})[]",
    "user_pseudo_id": "VARCHAR",
    "collected_traffic_source": (
        "STRUCT(manual_campaign_id VARCHAR, manual_campaign_name VARCHAR, manual_source VARCHAR,"
        " manual_medium VARCHAR, manual_term VARCHAR, manual_content VARCHAR)"
    ),
    "session_traffic_source_last_click": f"STRUCT(manual_campaign STRUCT({_MANUAL}))",
    "ecommerce": "STRUCT(transaction_id VARCHAR, purchase_revenue DECIMAL(38, 6))",
}

_MACROS = f"""
CREATE OR REPLACE MACRO param(ps, k) AS (list_filter(ps, lambda p: p.key = k)[1].value);
CREATE OR REPLACE MACRO text_of(v) AS (
    coalesce(v.string_value, v.int_value::VARCHAR, v.double_value::VARCHAR,
             v.float_value::VARCHAR));
CREATE OR REPLACE MACRO int_of(v) AS (
    coalesce(v.int_value, TRY_CAST(v.string_value AS BIGINT), TRY_CAST(v.double_value AS BIGINT)));
CREATE OR REPLACE MACRO clean(x) AS (
    CASE WHEN lower(trim(x)) IN ({", ".join(f"'{p}'" for p in PLACEHOLDERS)}) THEN NULL
         ELSE trim(x) END);
-- A cheap test per event; values are cleaned once per session.
CREATE OR REPLACE MACRO known(x) AS (
    x IS NOT NULL AND x NOT IN ({", ".join(f"'{p}'" for p in PLACEHOLDERS)}));
CREATE OR REPLACE MACRO url_utm(url, k) AS (
    clean(url_decode(replace(nullif(regexp_extract(url, '[?&]utm_' || k || '=([^&#]*)', 1), ''),
                             '+', ' '))));
"""

# One row per event with what the sessions need, then one row per session.
_SESSIONS = """
WITH e AS (
    SELECT
        user_pseudo_id AS u,
        int_of(p_ga_session_id) AS sid,
        event_timestamp AS ts,
        event_date,
        event_name,
        int_of(p_ga_session_number) AS session_number,
        int_of(p_engagement_time_msec) AS engagement_ms,
        text_of(p_session_engaged) AS session_engaged,
        text_of(p_page_location) AS page_location,
        text_of(p_currency) AS currency,
        {{'source': session_traffic_source_last_click.manual_campaign.source,
          'medium': session_traffic_source_last_click.manual_campaign.medium,
          'campaign': session_traffic_source_last_click.manual_campaign.campaign_name,
          'content': session_traffic_source_last_click.manual_campaign.content,
          'term': session_traffic_source_last_click.manual_campaign.term,
          'id': session_traffic_source_last_click.manual_campaign.campaign_id
        }} AS last_click,
        {{'source': collected_traffic_source.manual_source,
          'medium': collected_traffic_source.manual_medium,
          'campaign': collected_traffic_source.manual_campaign_name,
          'content': collected_traffic_source.manual_content,
          'term': collected_traffic_source.manual_term,
          'id': collected_traffic_source.manual_campaign_id}} AS collected,
        {{'source': text_of(p_source),
          'medium': text_of(p_medium),
          'campaign': text_of(p_campaign),
          'content': text_of(p_content),
          'term': text_of(p_term),
          'id': text_of(p_campaign_id)}} AS params,
        -- An event this reader cannot place in time or name: the file needs a look.
        event_timestamp IS NULL OR event_name IS NULL
            OR (event_date IS NOT NULL AND TRY_STRPTIME(event_date, '%Y%m%d') IS NULL
                AND TRY_CAST(event_date AS DATE) IS NULL) AS unusable,
        ecommerce.purchase_revenue AS revenue,
        ecommerce.transaction_id AS transaction_id
    FROM (
        -- Each parameter looked up once per event (a list scan each).
        SELECT *,
            param(event_params, 'ga_session_id') AS p_ga_session_id,
            param(event_params, 'ga_session_number') AS p_ga_session_number,
            param(event_params, 'engagement_time_msec') AS p_engagement_time_msec,
            param(event_params, 'session_engaged') AS p_session_engaged,
            param(event_params, 'page_location') AS p_page_location,
            param(event_params, 'currency') AS p_currency,
            param(event_params, 'source') AS p_source,
            param(event_params, 'medium') AS p_medium,
            param(event_params, 'campaign') AS p_campaign,
            param(event_params, 'content') AS p_content,
            param(event_params, 'term') AS p_term,
            param(event_params, 'campaign_id') AS p_campaign_id
        FROM events
    )
),
s AS (
    SELECT
        u, sid,
        count(*) FILTER (WHERE unusable) AS unusable,
        min(ts) AS first_ts,
        max(ts) AS last_ts,
        arg_min(event_date, ts) AS event_date,
        arg_min(last_click, ts) FILTER (
            WHERE known(last_click.source) OR known(last_click.campaign)) AS last_click,
        arg_min(collected, ts) FILTER (
            WHERE known(collected.source) OR known(collected.campaign)) AS collected,
        arg_min(params, ts) FILTER (
            WHERE known(params.source) OR known(params.campaign)) AS params,
        coalesce(arg_min(page_location, ts) FILTER (WHERE event_name = 'page_view'),
                 arg_min(page_location, ts) FILTER (WHERE page_location IS NOT NULL))
            AS landing_page,
        bool_or(event_name = 'first_visit' OR session_number = 1) AS new_user,
        bool_or(session_engaged = '1') AS engaged_flag,
        sum(engagement_ms) AS engagement_ms,
        count(*) FILTER (WHERE event_name = 'page_view') AS page_views,
        count(*) FILTER (WHERE list_contains($key_events, event_name)) AS key_events,
        count(*) FILTER (WHERE event_name = 'purchase') AS purchases,
        sum(revenue) FILTER (WHERE event_name = 'purchase') AS revenue,
        arg_min(currency, ts) FILTER (WHERE event_name = 'purchase' AND currency IS NOT NULL)
            AS currency,
        min(transaction_id) FILTER (WHERE event_name = 'purchase' AND known(transaction_id))
            AS transaction_id
    FROM e
    -- Events outside any session (no user or session id) form groups of their own, which
    -- are counted for their unusable events and then left out.
    GROUP BY u, sid
),
t AS (
    SELECT *, coalesce(last_click, collected, params, {{
        'source': url_utm(landing_page, 'source'), 'medium': url_utm(landing_page, 'medium'),
        'campaign': url_utm(landing_page, 'campaign'), 'content': url_utm(landing_page, 'content'),
        'term': url_utm(landing_page, 'term'), 'id': url_utm(landing_page, 'id')}}) AS utm
    FROM s
)
SELECT
    '{source}' AS source,
    left(u || '/' || sid::VARCHAR, 200) AS row_key,
    coalesce(TRY_CAST(TRY_STRPTIME(event_date, '%Y%m%d') AS DATE),
             TRY_CAST(event_date AS DATE),
             -- The UTC instant, then its wall-clock time in the property's zone.
             CAST((make_timestamp(first_ts) AT TIME ZONE 'UTC') AT TIME ZONE $time_zone AS DATE)
    ) AS day,
    make_timestamp(first_ts) AS started_at,
    left(u, 200) AS user_key,
    left(lower(clean(utm.source)), 500) AS utm_source,
    left(lower(clean(utm.medium)), 500) AS utm_medium,
    left(clean(utm.campaign), 500) AS utm_campaign,
    left(clean(utm.content), 500) AS utm_content,
    left(clean(utm.term), 500) AS utm_term,
    left(clean(utm.id), 500) AS utm_id,
    left(landing_page, 2000) AS landing_page,
    1 AS sessions,
    CAST(coalesce(new_user, false) AS INTEGER) AS new_users,
    CAST(coalesce(engaged_flag, false) OR coalesce(engagement_ms, 0) > 10000 OR page_views >= 2
         OR key_events > 0 AS INTEGER) AS engaged_sessions,
    CAST(page_views AS INTEGER) AS page_views,
    CAST(key_events AS INTEGER) AS key_events,
    CAST(purchases AS INTEGER) AS purchases,
    CASE WHEN engagement_ms IS NOT NULL THEN engagement_ms / 1000.0
         ELSE (last_ts - first_ts) / 1000000.0 END::DOUBLE AS duration_seconds,
    CAST(round(revenue, 2) AS DECIMAL(18, 2)) AS purchase_revenue,
    CASE WHEN revenue IS NOT NULL THEN upper(left(currency, 3)) END AS currency,
    left(transaction_id, 200) AS transaction_id,
    unusable,
    u IS NULL OR sid IS NULL AS outside
FROM t
"""


@dataclass(frozen=True)
class ExportFiles:
    """The files of one export, by format, in name order."""

    json: tuple[Path, ...]
    parquet: tuple[Path, ...]

    @property
    def all(self) -> tuple[Path, ...]:
        return self.json + self.parquet


def find_export_files(path: Path) -> ExportFiles:
    """A file, or every export file in a folder (the daily `events_YYYYMMDD` tables)."""
    if not path.exists():
        raise ImportFailed([Problem(file=str(path), reason="no such file or folder")])
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    json = tuple(p for p in files if p.name.lower().endswith(JSON_SUFFIXES))
    parquet = tuple(p for p in files if p.name.lower().endswith(PARQUET_SUFFIXES))
    if not json and not parquet:
        reason = (
            "no GA4 export file here (expected .json, .ndjson, .jsonl or .parquet)"
            if path.is_dir()
            else "not a GA4 export file (expected .json, .ndjson, .jsonl or .parquet)"
        )
        raise ImportFailed([Problem(file=str(path), reason=reason)])
    return ExportFiles(json, parquet)


def read_ga4_sessions(
    path: Path,
    *,
    time_zone: str = "UTC",
    key_events: Iterable[str] = DEFAULT_KEY_EVENTS,
    memory_limit: str = "1GB",
    on_batch: Callable[[int], None] | None = None,
) -> Iterator[pa.Table]:
    """Arrow tables of `web_traffic` rows (without `workspace_id`), one row per session.

    `time_zone` is the property's: it gives the day of the rare events with no `event_date`.
    Events without `user_pseudo_id` or `ga_session_id` (consent-mode pings, Measurement
    Protocol hits) belong to no session and are left out. Raises ImportFailed, located, when
    a file cannot be used, possibly after the first tables: write them in one transaction.
    """
    files = find_export_files(path)
    try:
        ZoneInfo(time_zone)
    except (ValueError, ZoneInfoNotFoundError):
        raise ValueError(
            f"Unknown time zone {time_zone!r}: use a name such as Europe/Paris."
        ) from None
    # Sessions beyond the memory cap spill to a scratch folder removed afterwards.
    spill = tempfile.TemporaryDirectory(prefix="influscope-ga4-")
    con = duckdb.connect(
        config={
            "memory_limit": memory_limit,
            "temp_directory": spill.name,
            "preserve_insertion_order": False,
        }
    )
    con.execute("SET enable_progress_bar = false")
    try:
        try:
            _define_events(con, files)
            con.execute(_MACROS)
            reader = con.sql(
                _SESSIONS.format(source=SOURCES["bigquery"]),
                params={"key_events": list(key_events), "time_zone": time_zone},
            ).to_arrow_reader(BATCH_ROWS)
        # DuckDB's Python layer raises UnicodeDecodeError for text it cannot hand back.
        except (duckdb.Error, UnicodeDecodeError) as error:
            raise _located(files, error) from None
        # DuckDB hands out small batches; the store is written in large ones.
        pending: list[pa.RecordBatch] = []
        while True:
            try:
                batch = reader.read_next_batch()
            except StopIteration:
                break
            except (duckdb.Error, pa.ArrowException, UnicodeDecodeError) as error:
                raise _located(files, error) from None
            pending.append(batch)
            if sum(b.num_rows for b in pending) >= BATCH_ROWS:
                yield _table(pending, on_batch, files)
                pending = []
        if pending:
            yield _table(pending, on_batch, files)
    finally:
        con.close()
        spill.cleanup()


def _table(
    batches: list[pa.RecordBatch], on_batch: Callable[[int], None] | None, files: "ExportFiles"
) -> pa.Table:
    """Sessions of the batches; ImportFailed, located, if a batch counted unusable events."""
    table = pa.Table.from_batches(batches)
    if pc.sum(table["unusable"]).as_py():
        raise _located(files, duckdb.InvalidInputException("unusable events"))
    table = table.filter(pc.invert(table["outside"])).drop_columns(["unusable", "outside"])
    if on_batch:
        on_batch(table.num_rows)
    return table


def _define_events(con: duckdb.DuckDBPyConnection, files: ExportFiles) -> None:
    """One `events` view over every file, JSON and Parquet alike, with the columns above."""
    parts = []
    if files.json:
        columns = ", ".join(f"{quoted(k)}: {quoted(v)}" for k, v in EVENT_COLUMNS.items())
        con.execute(
            f"CREATE VIEW json_events AS SELECT * FROM read_json({_files(files.json)},"
            f" format = 'newline_delimited', columns = {{{columns}}},"
            " maximum_object_size = 16777216)"
        )
        parts.append("SELECT * FROM json_events")
    if files.parquet:
        con.execute(
            "CREATE VIEW parquet_raw AS SELECT * FROM"
            f" read_parquet({_files(files.parquet)}, union_by_name = true)"
        )
        described = dict(
            con.execute("SELECT column_name, column_type FROM (DESCRIBE parquet_raw)").fetchall()
        )
        select = ", ".join(
            _parquet_column(name, kind, described.get(name)) for name, kind in EVENT_COLUMNS.items()
        )
        con.execute(f"CREATE VIEW parquet_events AS SELECT {select} FROM parquet_raw")
        parts.append("SELECT * FROM parquet_events")
    con.execute(f"CREATE VIEW events AS {' UNION ALL '.join(parts)}")


def _files(paths: tuple[Path, ...]) -> str:
    """A SQL list of file names (views cannot take parameters)."""
    return "[" + ", ".join(quoted(str(p)) for p in paths) + "]"


def _parquet_column(name: str, wanted: str, found: str | None) -> str:
    """A Parquet column cast to the JSON reader's type; NULL when the export predates it.

    BigQuery's Parquet keeps nested records as structs; the casts fill the sub-fields an older
    table lacks with NULL (DuckDB casts structs by field name).
    """
    if found is None:
        return f"CAST(NULL AS {wanted}) AS {name}"
    if name == "event_date" and found == "DATE":
        return f"strftime({name}, '%Y%m%d') AS {name}"
    return f"TRY_CAST({name} AS {wanted}) AS {name}"


def _located(files: ExportFiles, error: BaseException) -> ImportFailed:
    """Where the problem is, found by reading the files line by line (the slow path)."""
    problems = check_files(files.json)
    if problems:
        return ImportFailed(problems)
    first = (files.all or (Path("."),))[0]
    message = str(error).splitlines()[0] if str(error) else type(error).__name__
    where = str(first) if len(files.all) == 1 else f"{first.parent} ({len(files.all)} files)"
    return ImportFailed([Problem(file=where, reason=f"cannot be read as a GA4 export: {message}")])
