"""Every parser, fed anything, either reads it or raises ImportFailed with located problems:
any other exception is a bug."""

import copy
import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from influscope.ingest.platforms import parse_responses
from influscope.ingest.platforms.reading import read_responses
from influscope.ingest.problems import ImportFailed
from influscope.vocabulary import Platform
from tests.ingest.platforms.samples import FILES, SAMPLES

CAPTURED = dt.datetime(2025, 4, 1)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(
        [
            "2025-03-03T23:30:00+0000",
            "2025-03-03T23:30:00Z",
            "1741201200",
            "12",
            "-4",
            "ok",
            "FEED",
            "REELS",
            "STORY",
            "youtube#videoListResponse",
            "data",
            "values",
        ]
    ),
)
keys = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "data",
            "id",
            "name",
            "values",
            "value",
            "total_value",
            "timestamp",
            "username",
            "media_product_type",
            "items",
            "kind",
            "statistics",
            "snippet",
            "videos",
            "user",
            "error",
            "code",
            "public_metrics",
            "created_at",
            "created_time",
            "columnHeaders",
            "rows",
            "insights",
            "responses",
            "captured_at",
            "end_time",
            "create_time",
            "includes",
            "users",
        ]
    ),
)
documents = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(keys, children, max_size=6)
    ),
    max_leaves=40,
)


def _parse(platform: Platform, raw: bytes | str, **options) -> None:
    try:
        parse_responses(
            platform, read_responses(raw, file="fuzz.json", captured_at=CAPTURED), **options
        )
    except ImportFailed as failure:
        assert failure.problems
        for problem in failure.problems:
            assert problem.file == "fuzz.json"
            assert problem.reason


@pytest.mark.parametrize("platform", list(Platform))
@FUZZ
@given(document=documents)
def test_any_json_is_read_or_refused_with_located_problems(platform, document):
    _parse(platform, json.dumps(document))


@pytest.mark.parametrize("platform", list(Platform))
@FUZZ
@given(raw=st.binary(max_size=200))
def test_any_bytes_are_read_or_refused(platform, raw):
    _parse(platform, raw)


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, child in node.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _paths(child, (*prefix, index))


def _replace(document, path, value):
    if not path:
        return value
    copied = copy.deepcopy(document)
    parent = copied
    for step in path[:-1]:
        parent = parent[step]
    if value is _DELETE:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return copied


_DELETE = object()
SAMPLE_DOCUMENTS = {name: json.loads((SAMPLES / name).read_text()) for name in FILES}


@pytest.mark.parametrize("name", sorted(FILES))
@FUZZ
@given(data=st.data())
def test_a_sample_with_any_value_changed_or_removed_is_read_or_refused(name, data):
    document = SAMPLE_DOCUMENTS[name]
    paths = list(_paths(document))
    path = data.draw(st.sampled_from(paths))
    value = data.draw(st.one_of(documents, st.just(_DELETE)) if path else documents)
    handle = data.draw(st.one_of(st.none(), st.just("someone")))
    _parse(FILES[name], json.dumps(_replace(document, path, value)), handle=handle)


@pytest.mark.parametrize("name", sorted(FILES))
@FUZZ
@given(data=st.data())
def test_a_removed_counter_stays_missing_and_is_never_zero(name, data):
    """Deleting any value never creates a counter that the original file did not have at 0."""
    document = SAMPLE_DOCUMENTS[name]
    original = parse_responses(
        FILES[name], read_responses(json.dumps(document), file="a.json", captured_at=CAPTURED)
    )
    before = {(m.post_key, m.metric): m.value for m in original.metrics}
    path = data.draw(st.sampled_from([p for p in _paths(document) if p]))
    try:
        changed = parse_responses(
            FILES[name],
            read_responses(
                json.dumps(_replace(document, path, _DELETE)), file="b.json", captured_at=CAPTURED
            ),
        )
    except ImportFailed:
        return
    for metric in changed.metrics:
        if metric.value == 0:
            assert before.get((metric.post_key, metric.metric)) == 0
