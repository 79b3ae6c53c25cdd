"""Whatever a platform answers (any status, any JSON), a client returns responses or raises a
SourceError with a message: never a TypeError from deep inside."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from influscope.sources.config import SourceConfig
from influscope.sources.errors import SourceError
from influscope.sources.runner import fetch
from influscope.vocabulary import Platform
from tests.ingest.platforms.test_fuzz import documents
from tests.sources.replay import ReplayServer, Reply

ACCOUNTS = {
    ("instagram", "graph"): "1784",
    ("facebook", "graph"): "1040",
    ("youtube", "data+analytics"): "UCa1",
    ("tiktok", "display"): "ines.moves",
    ("tiktok", "research"): "ines.moves",
    ("tiktok", "business"): "bid-1",
    ("x", "v2"): "noratech",
}
_KEYS = [
    "data",
    "items",
    "error",
    "paging",
    "next",
    "meta",
    "next_token",
    "code",
    "request_id",
    "nextPageToken",
    "id",
    "contentDetails",
    "relatedPlaylists",
    "uploads",
    "videos",
    "has_more",
    "cursor",
    "timestamp",
    "created_time",
    "media_product_type",
    "videoId",
    "videoPublishedAt",
    "create_time",
    "search_id",
]
bodies = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-5, 2**40),
        st.text(max_size=8),
        st.sampled_from(["2025-03-05T17:02:11+0000", "2025-03-05T17:02:11Z", "REELS"]),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(_KEYS), inner, max_size=5)
    ),
    max_leaves=25,
)
answers = st.builds(
    Reply,
    body=st.one_of(st.dictionaries(st.sampled_from(_KEYS), bodies, max_size=5), documents),
    status=st.sampled_from([200, 200, 200, 200, 400, 401, 403, 429, 500]),
    headers=st.just({"retry-after": "0"}),
)


class _Queue(dict):
    """Every route answers the next reply of the example, then empty lists."""

    def __init__(self) -> None:
        super().__init__()
        self.replies: list[Reply] = []

    def get(self, key, default=None):
        return lambda seen: self.replies.pop(0) if self.replies else Reply({"data": []})


@pytest.fixture(scope="module")
def server():
    with ReplayServer({}) as running:
        running.routes = _Queue()
        yield running


@pytest.mark.parametrize(("platform", "api"), sorted(ACCOUNTS))
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(replies=st.lists(answers, min_size=1, max_size=6))
def test_any_answer_gives_responses_or_a_clear_source_error(server, platform, api, replies):
    server.routes.replies = list(replies)
    config = SourceConfig(
        name="fuzz",
        platform=Platform(platform),
        api=api,
        account=ACCOUNTS[(platform, api)],
        workspace="W",
        token="t",
        base_url=server.url,
        analytics_url=server.url,
        api_version="v22.0",
    )
    try:
        fetch(config, since=dt.datetime(2025, 3, 1), sleep=lambda s: None)
    except SourceError as error:
        assert str(error)
