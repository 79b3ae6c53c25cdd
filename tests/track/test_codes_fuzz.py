"""Whatever a code list holds, the import returns codes or a located ImportFailed, never a crash."""

import csv

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from influscope.ingest.problems import ImportFailed
from influscope.track.codes_files import load_code_file
from tests.track.test_codes import _seed, _workspace_id

HEADERS = ["Code", "Influencer", "Handle", "Platform", "Campaign", "Discount type", "Remise", "x"]
cells = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["Léa Martin", "@TomKocht", "youtube", "Printemps Éclat", "15 %", "-10.00"]),
)


@pytest.mark.parametrize("store_url", ["duckdb"], indirect=True)
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=6),
    rows=st.lists(st.lists(cells, max_size=7), max_size=5),
)
def test_any_code_list_imports_or_fails_with_located_problems(engine, tmp_path, header, rows):
    _seed(engine)  # an upsert: the same store for every example
    path = tmp_path / "codes.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        csv.writer(out).writerows([header, *rows])
    with engine.connect() as conn:
        try:
            codes = load_code_file(conn, path, workspace_id=_workspace_id(engine))
        except ImportFailed as failure:
            assert failure.problems
            assert all(p.file == "codes.csv" for p in failure.problems)
            return
    assert all(code.code == code.code.upper() and "," not in code.code for code in codes)
