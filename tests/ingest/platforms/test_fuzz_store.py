"""Changed sample files against real stores: a refused file changes nothing, an accepted one
changes nothing the second time, and no database error ever escapes as anything but a bug."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from influscope.ingest.platforms import import_platform_file
from influscope.ingest.problems import ImportFailed
from tests.ingest.platforms.samples import CAPTURED, FILES
from tests.ingest.platforms.test_fuzz import _DELETE, SAMPLE_DOCUMENTS, _paths, _replace, documents
from tests.ingest.platforms.test_import import WORKSPACE, _brand_and_campaign, _counts

STORE_FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@STORE_FUZZ
@given(data=st.data())
def test_a_changed_file_is_refused_without_trace_or_imported_once(engine, tmp_path, data):
    if not _counts(engine)["influencer"]:
        _brand_and_campaign(engine)
    name = data.draw(st.sampled_from(sorted(FILES)))
    document = SAMPLE_DOCUMENTS[name]
    path = data.draw(st.sampled_from(list(_paths(document))))
    value = data.draw(st.one_of(documents, st.just(_DELETE)) if path else documents)
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(_replace(document, path, value)))
    before = _counts(engine)
    options = {"workspace": WORKSPACE, "captured_at": CAPTURED}
    try:
        import_platform_file(engine, FILES[name], changed, **options)
    except ImportFailed:
        assert _counts(engine) == before
        return
    after = _counts(engine)
    again = import_platform_file(engine, FILES[name], changed, **options)
    assert (again.added, again.updated) == (0, 0)
    assert _counts(engine) == after
