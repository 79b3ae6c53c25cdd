import datetime as dt

import pytest

from influscope.ingest.platforms import parse_responses
from influscope.ingest.platforms.reading import responses_from
from influscope.sources.config import SourceConfig
from influscope.sources.errors import RateLimited, RetiredMetric, TokenExpired
from influscope.sources.runner import fetch
from influscope.vocabulary import Platform
from tests.sources.payloads import IG_USER, TOKEN, instagram_routes
from tests.sources.replay import ReplayServer, Reply

SINCE = dt.datetime(2025, 3, 1)


def _config(server, platform, api, account, **extra) -> SourceConfig:
    return SourceConfig(
        name=f"{platform}-test",
        platform=Platform(platform),
        api=api,
        account=account,
        workspace="Maison Lumière",
        token=TOKEN,
        base_url=server.url,
        analytics_url=server.url + "/analytics",
        **extra,
    )


class Waits(list):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def test_instagram_client_pages_waits_on_rate_limits_and_skips_quiet_stories():
    with ReplayServer({}) as server:
        server.routes.update(instagram_routes(server.url))
        waits = Waits()
        config = _config(server, "instagram", "graph", IG_USER, api_version="v22.0")
        payloads = fetch(config, since=SINCE, sleep=waits)
    assert server.paths() == [
        f"/v22.0/{IG_USER}",
        f"/v22.0/{IG_USER}/media",
        f"/v22.0/{IG_USER}/media",
        "/v22.0/18000000000000101/insights",
        "/v22.0/18000000000000101/insights",
        "/v22.0/18000000000000102/insights",
        "/v22.0/18000000000000103/insights",
        f"/v22.0/{IG_USER}/insights",
    ]
    assert len(waits) == 1
    assert len(payloads) == 6
    # The token travels in a header, never in a URL (the next link's copy is stripped).
    assert all(TOKEN not in seen.raw_url for seen in server.seen)
    assert {seen.headers["authorization"] for seen in server.seen} == {f"Bearer {TOKEN}"}


def test_instagram_client_asks_each_media_only_for_metrics_its_type_accepts():
    with ReplayServer({}) as server:
        server.routes.update(instagram_routes(server.url))
        fetch(
            _config(server, "instagram", "graph", IG_USER, api_version="v22.0"),
            since=SINCE,
            sleep=Waits(),
        )
    asked = {
        s.path.split("/")[2]: s.query["metric"].split(",")
        for s in server.seen
        if s.path.endswith("/insights") and "metric" in s.query and IG_USER not in s.path
    }
    assert asked["18000000000000103"] == ["views", "reach", "shares", "total_interactions"]
    for metrics in asked.values():
        assert not {"plays", "impressions", "video_views"} & set(metrics)
    assert "saved" in asked["18000000000000102"]


def test_live_instagram_responses_read_like_the_saved_file():
    with ReplayServer({}) as server:
        server.routes.update(instagram_routes(server.url))
        payloads = fetch(
            _config(server, "instagram", "graph", IG_USER, api_version="v22.0"),
            since=SINCE,
            sleep=Waits(),
        )
    found = parse_responses(
        Platform.INSTAGRAM,
        responses_from(payloads, file="live", captured_at=SINCE, api_version="v22.0"),
    )
    metrics = {(m.post_key, str(m.metric)): m.value for m in found.metrics}
    assert metrics[("18000000000000101", "views")] == 33020
    assert metrics[("18000000000000101", "saves")] == 330
    assert ("18000000000000103", "views") not in metrics
    assert found.source == "instagram_graph_api v22.0"


def test_an_expired_graph_token_is_a_clear_error_without_the_token():
    routes = {
        f"GET /v22.0/{IG_USER}": [
            Reply(
                {
                    "error": {
                        "message": "Error validating access token: Session has expired on "
                        "Thursday, 05-Mar-25 10:00:00 PST.",
                        "type": "OAuthException",
                        "code": 190,
                        "error_subcode": 463,
                    }
                },
                400,
            )
        ]
    }
    with ReplayServer(routes) as server, pytest.raises(TokenExpired) as error:
        fetch(_config(server, "instagram", "graph", IG_USER, api_version="v22.0"), since=SINCE)
    assert "expired" in str(error.value) and "190" in str(error.value)
    assert TOKEN not in str(error.value)


def test_a_retired_metric_error_names_the_metric_the_version_and_the_replacement():
    with ReplayServer({}) as server:
        routes = instagram_routes(server.url, version="v21.0")
        routes["GET /v21.0/18000000000000101/insights"] = [
            Reply(
                {
                    "error": {
                        "message": "(#100) The Media Insights API does not support the "
                        "impressions, plays metric for this media product type.",
                        "type": "OAuthException",
                        "code": 100,
                    }
                },
                400,
            )
        ]
        server.routes.update(routes)
        with pytest.raises(RetiredMetric) as error:
            fetch(
                _config(server, "instagram", "graph", IG_USER, api_version="v21.0"),
                since=SINCE,
                sleep=Waits(),
            )
    message = str(error.value)
    assert "Graph API v21.0" in message
    assert (
        "'plays' was retired in Graph API v22.0 (all versions from 2025-04-21) in favour of "
        "'views'" in message
    )
    assert "impressions" in message


def test_endless_rate_limits_give_up_with_a_clear_error():
    routes = {
        f"GET /v22.0/{IG_USER}": [
            Reply({"error": {"message": "(#17) User request limit reached", "code": 17}}, 400)
        ]
    }
    waits = Waits()
    with ReplayServer(routes) as server, pytest.raises(RateLimited, match="still rate-limited"):
        fetch(
            _config(server, "instagram", "graph", IG_USER, api_version="v22.0"),
            since=SINCE,
            sleep=waits,
        )
    assert len(waits) == 5


def _youtube_routes(sample):
    channel = sample[0] | {
        "items": [
            sample[0]["items"][0]
            | {"contentDetails": {"relatedPlaylists": {"uploads": "UUa1b2c3d4e5f6g7h8i9j0kL"}}}
        ]
    }
    playlist = [
        Reply(
            {
                "kind": "youtube#playlistItemListResponse",
                "nextPageToken": "CAEQAA",
                "items": [
                    {
                        "contentDetails": {
                            "videoId": "O0aSwKeusZM",
                            "videoPublishedAt": "2025-03-04T16:00:00Z",
                        }
                    }
                ],
            }
        ),
        Reply(
            {
                "kind": "youtube#playlistItemListResponse",
                "items": [
                    {
                        "contentDetails": {
                            "videoId": "Zx9Yw8Vu7Ts",
                            "videoPublishedAt": "2021-06-01T12:00:00Z",
                        }
                    }
                ],
            }
        ),
    ]
    return {
        "GET /channels": [Reply(channel)],
        "GET /playlistItems": playlist,
        "GET /videos": [Reply(sample[1] | {"nextPageToken": None})],
        "GET /analytics/reports": [Reply(sample[3])],
    }


def test_youtube_client_follows_page_tokens_and_reads_analytics():
    import json

    from tests.ingest.platforms.samples import SAMPLES

    sample = json.loads((SAMPLES / "youtube.json").read_text())
    with ReplayServer(_youtube_routes(sample)) as server:
        config = _config(server, "youtube", "data+analytics", "UCa1b2c3d4e5f6g7h8i9j0kL")
        payloads = fetch(config, since=SINCE, sleep=Waits())
    tokens = [s.query.get("pageToken") for s in server.seen if s.path == "/playlistItems"]
    assert tokens == [None, "CAEQAA"]
    videos = [s.query["id"] for s in server.seen if s.path == "/videos"]
    assert videos == ["O0aSwKeusZM"]
    report = next(s for s in server.seen if s.path == "/analytics/reports")
    assert report.query["filters"] == "video==O0aSwKeusZM"
    found = parse_responses(
        Platform.YOUTUBE, responses_from(payloads, file="live", captured_at=SINCE)
    )
    assert {(m.post_key, str(m.metric)) for m in found.metrics} >= {("O0aSwKeusZM", "shares")}


def test_youtube_401_is_an_expired_token():
    routes = {
        "GET /channels": [
            Reply(
                {
                    "error": {
                        "code": 401,
                        "message": "Request had invalid authentication credentials.",
                        "errors": [{"reason": "authError"}],
                    }
                },
                401,
            )
        ]
    }
    with ReplayServer(routes) as server, pytest.raises(TokenExpired, match="OAuth token"):
        fetch(_config(server, "youtube", "data", "UCa1"), since=SINCE)


def test_tiktok_display_client_follows_the_cursor_until_has_more_is_false():
    def user(seen):
        return Reply(
            {
                "data": {
                    "user": {"open_id": "-000A", "username": "ines.moves", "follower_count": 15234}
                },
                "error": {"code": "ok", "message": "", "log_id": "1"},
            }
        )

    def videos(seen):
        cursor = (seen.body or {}).get("cursor")
        video = {
            "id": f"748000000000000000{1 if cursor is None else 2}",
            "create_time": 1741201200,
            "view_count": 10,
            "like_count": 1,
        }
        return Reply(
            {
                "data": {"videos": [video], "cursor": 1741201200000, "has_more": cursor is None},
                "error": {"code": "ok", "message": "", "log_id": "2"},
            }
        )

    routes = {"GET /v2/user/info/": user, "POST /v2/video/list/": videos}
    with ReplayServer(routes) as server:
        payloads = fetch(_config(server, "tiktok", "display", "ines.moves"), since=SINCE)
    bodies = [s.body for s in server.seen if s.method == "POST"]
    assert bodies == [{"max_count": 20}, {"max_count": 20, "cursor": 1741201200000}]
    found = parse_responses(
        Platform.TIKTOK, responses_from(payloads, file="live", captured_at=SINCE)
    )
    assert sorted(p.post_key for p in found.posts) == ["7480000000000000001", "7480000000000000002"]


def test_tiktok_invalid_token_is_a_clear_error():
    routes = {
        "GET /v2/user/info/": [
            Reply(
                {
                    "data": {},
                    "error": {
                        "code": "access_token_invalid",
                        "message": "The access token is invalid or not found in the request.",
                        "log_id": "3",
                    },
                },
                401,
            )
        ]
    }
    with ReplayServer(routes) as server, pytest.raises(TokenExpired, match="invalid or expired"):
        fetch(_config(server, "tiktok", "display", "ines.moves"), since=SINCE)


def test_tiktok_research_client_carries_the_search_id():
    def query(seen):
        first = "cursor" not in (seen.body or {})
        return Reply(
            {
                "data": {
                    "videos": [
                        {
                            "id": 7480000000000000001 + (0 if first else 1),
                            "username": "ines.moves",
                            "create_time": 1741201200,
                            "view_count": 5,
                        }
                    ],
                    "cursor": 100,
                    "has_more": first,
                    "search_id": "7201",
                },
                "error": {"code": "ok", "message": "", "log_id": "4"},
            }
        )

    with ReplayServer({"POST /v2/research/video/query/": query}) as server:
        fetch(_config(server, "tiktok", "research", "ines.moves"), since=SINCE)
    second = [s.body for s in server.seen][1]
    assert second["search_id"] == "7201" and second["cursor"] == 100
    assert second["query"]["and"][0]["field_values"] == ["ines.moves"]


def test_x_client_waits_until_the_rate_limit_reset_and_follows_next_token():
    import time

    pages = {
        None: {
            "data": [
                {
                    "id": "1",
                    "author_id": "22",
                    "created_at": "2025-03-06T22:30:00.000Z",
                    "text": "#GlowLumiere",
                    "public_metrics": {"like_count": 3},
                }
            ],
            "includes": {"users": [{"id": "22", "username": "NoraTech"}]},
            "meta": {"result_count": 1, "next_token": "7140dibdnow9c7btw3w29"},
        },
        "7140dibdnow9c7btw3w29": {"meta": {"result_count": 0}},
    }
    limited = {"done": False}

    def tweets(seen):
        if not limited["done"]:
            limited["done"] = True
            reset = str(int(time.time()) + 3)
            return Reply(
                {"title": "Too Many Requests", "status": 429},
                429,
                {"x-rate-limit-reset": reset, "x-rate-limit-remaining": "0"},
            )
        return Reply(pages[seen.query.get("pagination_token")])

    routes = {
        "GET /2/users/by/username/noratech": [
            Reply(
                {
                    "data": {
                        "id": "22",
                        "username": "NoraTech",
                        "public_metrics": {"followers_count": 90411},
                    }
                }
            )
        ],
        "GET /2/users/22/tweets": tweets,
    }
    waits = Waits()
    with ReplayServer(routes) as server:
        payloads = fetch(_config(server, "x", "v2", "noratech"), since=SINCE, sleep=waits)
    assert len(waits) == 1 and 0 < waits[0] <= 3
    tokens = [s.query.get("pagination_token") for s in server.seen if s.path.endswith("tweets")]
    assert tokens == [None, None, "7140dibdnow9c7btw3w29"]
    found = parse_responses(Platform.X, responses_from(payloads, file="live", captured_at=SINCE))
    assert [f.followers for f in found.followers] == [90411]


def test_x_401_is_an_expired_token():
    routes = {
        "GET /2/users/by/username/noratech": [Reply({"title": "Unauthorized", "status": 401}, 401)]
    }
    with ReplayServer(routes) as server, pytest.raises(TokenExpired, match="refused"):
        fetch(_config(server, "x", "v2", "noratech"), since=SINCE)


def test_facebook_client_asks_new_metric_names_and_follows_paging_next():
    import json

    from tests.ingest.platforms.samples import SAMPLES

    sample = json.loads((SAMPLES / "facebook_2025.json").read_text())["responses"]
    post = sample[1]["data"][0]
    older = {"id": "104000000000001_1", "created_time": "2024-12-01T10:00:00+0000"}

    def posts(seen):
        if seen.query.get("after") == "MQZDZD":
            return Reply({"data": [older], "paging": {"cursors": {"before": "MQZDZD"}}})
        following = f"{server.url}/v24.0/104000000000001/posts?after=MQZDZD&access_token={TOKEN}"
        return Reply({"data": [post], "paging": {"next": following}})

    insights = {"data": post["insights"]["data"]}
    routes = {
        "GET /v24.0/104000000000001": [Reply(sample[0])],
        "GET /v24.0/104000000000001/posts": posts,
        f"GET /v24.0/{post['id']}/insights": [Reply(insights)],
    }
    with ReplayServer(routes) as server:
        config = _config(server, "facebook", "graph", "104000000000001", api_version="v24.0")
        payloads = fetch(config, since=SINCE, sleep=Waits())
    asked = next(s.query["metric"] for s in server.seen if s.path.endswith("/insights"))
    assert asked == (
        "post_media_view,post_total_media_view_unique,post_reactions_by_type_total,post_clicks"
    )
    assert [s.query.get("after") for s in server.seen if s.path.endswith("/posts")] == [
        None,
        "MQZDZD",
    ]
    found = parse_responses(
        Platform.FACEBOOK, responses_from(payloads, file="live", captured_at=SINCE)
    )
    metrics = {(m.post_key, str(m.metric)): m.value for m in found.metrics}
    assert metrics[(post["id"], "views")] == 61004
    assert (older["id"], "views") not in metrics


def test_tiktok_business_client_sends_the_access_token_header_and_reads_numeric_codes():
    import json

    from tests.ingest.platforms.samples import SAMPLES

    sample = json.loads((SAMPLES / "tiktok_business.json").read_text())
    routes = {
        "GET /open_api/v1.3/business/get/": [Reply(sample[0])],
        "GET /open_api/v1.3/business/video/list/": [Reply(sample[1])],
    }
    with ReplayServer(routes) as server:
        payloads = fetch(_config(server, "tiktok", "business", "bid-1"), since=SINCE)
    assert {s.headers.get("access-token") for s in server.seen} == {TOKEN}
    found = parse_responses(
        Platform.TIKTOK, responses_from(payloads, file="live", captured_at=SINCE)
    )
    assert [p.handle for p in found.posts] == ["ines.moves"]


def test_tiktok_business_expired_token_code_is_a_clear_error():
    routes = {
        "GET /open_api/v1.3/business/get/": [
            Reply(
                {
                    "code": 40105,
                    "message": "Access token is expired",
                    "request_id": "r1",
                    "data": {},
                }
            )
        ]
    }
    with ReplayServer(routes) as server, pytest.raises(TokenExpired, match="expired"):
        fetch(_config(server, "tiktok", "business", "bid-1"), since=SINCE)
