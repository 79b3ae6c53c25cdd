"""Platform payloads for the replay server, in the documented shapes (formats.md)."""

import json

from tests.ingest.platforms.samples import SAMPLES
from tests.sources.replay import Reply, Seen

IG_USER = "17841400000000001"
TOKEN = "EAAG-secret-token-never-shown"


def _sample(name: str):
    return json.loads((SAMPLES / name).read_text())


def instagram_routes(base: str, version: str = "v22.0") -> dict:
    """Two pages of media (the second ends before the sync's start), a rate limit on the
    first insights call, a story under 5 viewers, and account insights."""
    old = _sample("instagram_v21.json")
    page_one = {
        "data": old[1]["data"],
        "paging": {
            "cursors": {"before": "QVFIUmx1", "after": "QVFIUm5x"},
            # Graph API links carry the token: the client must strip it.
            "next": f"{base}/{version}/{IG_USER}/media?after=QVFIUm5x&access_token={TOKEN}",
        },
    }
    page_two = {"data": old[2]["data"], "paging": {"cursors": {"before": "QVFIUm5x"}}}

    def media(seen: Seen) -> Reply:
        return Reply(page_two if seen.query.get("after") == "QVFIUm5x" else page_one)

    def insights(media_id: str, values: dict[str, int]) -> dict:
        return {
            "data": [
                {
                    "name": name,
                    "period": "lifetime",
                    "values": [{"value": value}],
                    "title": name,
                    "description": "",
                    "id": f"{media_id}/insights/{name}/lifetime",
                }
                for name, value in values.items()
            ]
        }

    rate_limited = Reply(
        {
            "error": {
                "message": "(#4) Application request limit reached",
                "type": "OAuthException",
                "is_transient": True,
                "code": 4,
                "fbtrace_id": "AbC",
            }
        },
        403,
        {"retry-after": "0"},
    )
    return {
        f"GET /{version}/{IG_USER}": [
            Reply({"id": IG_USER, "username": "clara.voyage", "followers_count": 49877})
        ],
        f"GET /{version}/{IG_USER}/media": media,
        f"GET /{version}/18000000000000101/insights": [
            rate_limited,
            Reply(insights("18000000000000101", {"views": 33020, "reach": 22410, "saved": 330})),
        ],
        f"GET /{version}/18000000000000102/insights": [
            Reply(
                insights(
                    "18000000000000102",
                    {"views": 97310, "reach": 63007, "ig_reels_avg_watch_time": 12549},
                )
            )
        ],
        f"GET /{version}/18000000000000103/insights": [
            Reply(
                {
                    "error": {
                        "message": "(#10) Not enough viewers for the media to show insights",
                        "type": "OAuthException",
                        "code": 10,
                    }
                },
                400,
            )
        ],
        f"GET /{version}/{IG_USER}/insights": [
            Reply(_sample("instagram_v22.json")["responses"][2])
        ],
    }
