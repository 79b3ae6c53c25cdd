"""Fuzzing the GA4 readers: whatever the file holds, they return rows or raise ImportFailed,
never anything else, and what they return keeps its units and its missing values."""

import json
import math
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from influscope.ingest.ga4_bigquery import read_ga4_sessions
from influscope.ingest.ga4_csv import read_ga4_csv
from influscope.ingest.ga4_report import read_report_json
from influscope.ingest.problems import ImportFailed

SAMPLES = Path(__file__).parent / "samples" / "commerce"
EVENTS = [
    json.loads(line) for line in (SAMPLES / "ga4_events_20260306.ndjson").read_text().splitlines()
]
REPORT = json.loads((SAMPLES / "ga4_run_report.json").read_text())
CSV_LINES = (SAMPLES / "ga4_traffic_acquisition.csv").read_text().splitlines()
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@st.composite
def mutated(draw, document):
    """The document with a few of its values, at any depth, replaced, dropped or kept."""

    def walk(node):
        if isinstance(node, dict):
            out = {}
            for key, value in node.items():
                action = draw(st.sampled_from(["keep", "keep", "keep", "drop", "replace"]))
                if action == "replace":
                    out[key] = draw(json_values)
                elif action == "keep":
                    out[key] = walk(value)
            return out
        if isinstance(node, list):
            return [walk(item) for item in node if draw(st.booleans()) or len(node) < 3]
        return node

    return walk(document)


def _consume(path: Path) -> list[dict]:
    rows = []
    for table in read_ga4_sessions(path, time_zone="Europe/Paris"):
        rows.extend(table.to_pylist())
    return rows


def _located(failure: ImportFailed, path: Path) -> None:
    assert failure.problems
    assert all(p.file and str(path.name) in p.file and p.reason for p in failure.problems)


@FUZZ
@given(
    events=st.lists(st.sampled_from(EVENTS).flatmap(mutated), min_size=1, max_size=6),
    tail=st.sampled_from(["", "\n", "{", "not json\n", '{"event_name": 1}\n']),
)
def test_any_export_gives_sessions_or_a_located_import_error(events, tail):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "events_20260306.json"
        path.write_text("\n".join(json.dumps(e) for e in events) + "\n" + tail)
        try:
            rows = _consume(path)
        except ImportFailed as failure:
            _located(failure, path)
            return
    for row in rows:
        assert row["sessions"] == 1
        assert math.isfinite(row["duration_seconds"])
        assert row["day"] is not None and row["row_key"]
        # No purchase, no revenue: missing stays missing, never 0.
        if row["purchases"] == 0:
            assert row["purchase_revenue"] is None


@FUZZ
@given(document=mutated(REPORT))
def test_any_run_report_response_gives_rows_or_a_located_import_error(document):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.json"
        path.write_text(json.dumps(document))
        try:
            rows = read_report_json(path).to_pylist()
        except ImportFailed as failure:
            _located(failure, path)
            return
    for row in rows:
        assert row["day"] is not None
        assert math.isfinite(row["duration_seconds"])
        # A report without purchase revenue leaves it unknown, never 0.
        if "purchaseRevenue" not in json.dumps(document.get("metricHeaders")):
            assert row["purchase_revenue"] is None


@FUZZ
@given(
    cells=st.lists(
        st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=12), max_size=6
    ),
    line=st.integers(min_value=0, max_value=len(CSV_LINES) - 1),
)
def test_any_interface_download_gives_rows_or_a_located_import_error(cells, line):
    lines = list(CSV_LINES)
    lines[line] = ",".join(json.dumps(c) if "," in c or '"' in c else c for c in cells)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ga4.csv"
        path.write_text("\n".join(lines) + "\n")
        try:
            rows = read_ga4_csv(path).to_pylist()
        except ImportFailed as failure:
            _located(failure, path)
            return
    for row in rows:
        assert row["day"] is not None and row["source"] == "ga4_csv"


@FUZZ
@given(data=st.binary(max_size=300))
def test_arbitrary_bytes_are_refused_cleanly_by_every_ga4_reader(data):
    with tempfile.TemporaryDirectory() as folder:
        for name, read in (
            ("events.ndjson", _consume),
            ("report.json", read_report_json),
            ("ga4.csv", read_ga4_csv),
        ):
            path = Path(folder) / name
            path.write_bytes(data)
            try:
                read(path)
            except ImportFailed as failure:
                _located(failure, path)
