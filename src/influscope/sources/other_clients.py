"""YouTube, TikTok and X: each fetches the account and its recent posts with their counters,
following the platform's own pagination (`pageToken`, `cursor`/`has_more`, `next_token`)."""

import datetime as dt
import json
from collections.abc import Callable

import httpx

from influscope.sources.config import SourceConfig
from influscope.sources.errors import RateLimited, SourceError, TokenExpired
from influscope.sources.http import JsonApi, Verdict, retry_after

_TIKTOK_VIDEO_FIELDS = (
    "id,create_time,title,video_description,duration,share_url,like_count,comment_count,"
    "share_count,view_count"
)
_TIKTOK_RESEARCH_FIELDS = (
    "id,username,create_time,video_description,region_code,view_count,like_count,comment_count,"
    "share_count,favorites_count,hashtag_names,video_duration"
)
_TIKTOK_BUSINESS_FIELDS = (
    '["item_id","create_time","caption","share_url","video_duration","video_views","reach",'
    '"likes","comments","shares","average_time_watched","total_time_watched"]'
)


def _label(config: SourceConfig) -> str:
    return f"{config.name} ({config.platform} {config.api} API)"


def _api(config: SourceConfig, headers, diagnose, sleep, base_url=None) -> JsonApi:
    extra = {"sleep": sleep} if sleep is not None else {}
    return JsonApi(
        base_url or config.base_url,
        name=_label(config),
        headers=headers,
        diagnose=diagnose,
        **extra,
    )


def _fresh(config: SourceConfig | None, token: object, seen: set) -> object:
    """A page token never seen before: an API that repeats one would page forever."""
    if token in seen:
        who = config.name if config else "TikTok"
        raise SourceError(f"{who}: the API sent the same page token twice ({token}).")
    if token:
        seen.add(token)
    return token


def _utc(moment: dt.datetime) -> str:
    return moment.replace(microsecond=0).isoformat() + "Z"


# YouTube ------------------------------------------------------------------------------------


def _youtube_diagnose(label: str):
    def diagnose(response: httpx.Response, payload: object) -> Verdict | None:
        error = payload.get("error") if isinstance(payload, dict) else None
        if not isinstance(error, dict):
            return None
        reasons = {e.get("reason") for e in error.get("errors") or [] if isinstance(e, dict)}
        if response.status_code == 401:
            return Verdict(
                error=TokenExpired(
                    f"{label}: the OAuth token has expired or was revoked (HTTP 401)."
                )
            )
        if reasons & {"rateLimitExceeded", "userRateLimitExceeded"}:
            return Verdict(wait=retry_after(response))
        if "quotaExceeded" in reasons:
            return Verdict(
                error=RateLimited(f"{label}: the project's daily quota is used up; retry tomorrow.")
            )
        return Verdict(error=SourceError(f"{label}: {error.get('message')}"))

    return diagnose


def open_youtube(config: SourceConfig, *, sleep=None) -> tuple[JsonApi, JsonApi]:
    headers = {"Authorization": f"Bearer {config.token}"}
    diagnose = _youtube_diagnose(_label(config))
    return (
        _api(config, headers, diagnose, sleep),
        _api(config, headers, diagnose, sleep, base_url=config.analytics_url),
    )


def fetch_youtube(
    config: SourceConfig, apis: tuple[JsonApi, JsonApi], *, since: dt.datetime
) -> list[dict]:
    data, analytics = apis
    channels = data.get(
        "/channels", {"part": "snippet,statistics,contentDetails", "id": config.account}
    )
    responses = [channels]
    items = channels.get("items") or []
    if not items:
        raise SourceError(f"{_label(config)}: no channel with id {config.account}.")
    uploads = items[0].get("contentDetails", {}).get("relatedPlaylists", {}).get("uploads")
    ids: list[str] = []
    token, seen = None, set()
    while True:
        page = data.get(
            "/playlistItems",
            {"part": "contentDetails", "playlistId": uploads, "maxResults": 50}
            | ({"pageToken": token} if token else {}),
        )
        responses.append(page)
        entries = [e.get("contentDetails", {}) for e in page.get("items") or []]
        recent = [e for e in entries if str(e.get("videoPublishedAt", "9")) >= _utc(since)]
        ids.extend(e["videoId"] for e in recent if e.get("videoId"))
        token = _fresh(config, page.get("nextPageToken"), seen)
        if not token or len(recent) < len(entries):
            break
    for start in range(0, len(ids), 50):
        responses.append(
            data.get(
                "/videos",
                {
                    "part": "snippet,statistics,contentDetails",
                    "id": ",".join(ids[start : start + 50]),
                },
            )
        )
    if config.api == "data+analytics" and ids:
        today = dt.date.today()
        for start in range(0, len(ids), 200):
            responses.append(
                analytics.get(
                    "/reports",
                    {
                        "ids": "channel==MINE",
                        "startDate": since.date().isoformat(),
                        "endDate": today.isoformat(),
                        "metrics": "views,likes,comments,shares,averageViewDuration,"
                        "estimatedMinutesWatched",
                        "dimensions": "video",
                        "filters": "video==" + ",".join(ids[start : start + 200]),
                    },
                )
            )
    return responses


# TikTok -------------------------------------------------------------------------------------


def _tiktok_diagnose(label: str):
    def diagnose(response: httpx.Response, payload: object) -> Verdict | None:
        if not isinstance(payload, dict):
            return None
        error = payload.get("error")
        code = error.get("code") if isinstance(error, dict) else None
        if code is None and "request_id" in payload and payload.get("code") not in (0, None):
            code = payload.get("code")  # Business API: numeric codes, 0 is success.
            error = {"message": payload.get("message"), "code": code}
        if code in (None, "ok", 0):
            return None
        message = error.get("message") if isinstance(error, dict) else ""
        if code in ("access_token_invalid", "access_token_expired", 40105, 40104):
            return Verdict(
                error=TokenExpired(f"{label}: the access token is invalid or expired ({message}).")
            )
        if code in ("rate_limit_exceeded", 40100) or response.status_code == 429:
            return Verdict(wait=retry_after(response))
        if code == "scope_not_authorized":
            return Verdict(error=SourceError(f"{label}: the token lacks a scope: {message}"))
        return Verdict(error=SourceError(f"{label}: error {code}: {message}"))

    return diagnose


def open_tiktok(config: SourceConfig, *, sleep=None) -> JsonApi:
    if config.api == "business":
        headers = {"Access-Token": config.token}
    else:
        headers = {"Authorization": f"Bearer {config.token}"}
    return _api(config, headers, _tiktok_diagnose(_label(config)), sleep)


def fetch_tiktok(config: SourceConfig, api: JsonApi, *, since: dt.datetime) -> list[dict]:
    stamp = int(since.replace(tzinfo=dt.UTC).timestamp())
    if config.api == "display":
        responses = [
            api.get(
                "/v2/user/info/",
                {"fields": "open_id,union_id,display_name,username,follower_count,video_count"},
            )
        ]
        body: dict = {"max_count": 20}
        return responses + _cursor_pages(
            lambda b: api.post("/v2/video/list/", {"fields": _TIKTOK_VIDEO_FIELDS}, b),
            body,
            stop=lambda videos: any(_created(v) < stamp for v in videos),
        )
    if config.api == "research":
        today = dt.date.today()
        start = max(since.date(), today - dt.timedelta(days=29))  # at most 30 days a query
        body = {
            "query": {
                "and": [
                    {"operation": "EQ", "field_name": "username", "field_values": [config.account]}
                ]
            },
            "start_date": start.strftime("%Y%m%d"),
            "end_date": today.strftime("%Y%m%d"),
            "max_count": 100,
        }
        return _cursor_pages(
            lambda b: api.post("/v2/research/video/query/", {"fields": _TIKTOK_RESEARCH_FIELDS}, b),
            body,
            stop=lambda videos: False,
            carry=("search_id",),
        )
    responses = [
        api.get(
            "/open_api/v1.3/business/get/",
            {
                "business_id": config.account,
                "fields": '["username","display_name","followers_count"]',
            },
        )
    ]
    return responses + _cursor_pages(
        lambda params: api.get(
            "/open_api/v1.3/business/video/list/",
            {"business_id": config.account, "fields": _TIKTOK_BUSINESS_FIELDS} | params,
        ),
        {},
        stop=lambda videos: any(_created(v) < stamp for v in videos),
    )


def _created(video: object) -> int:
    value = video.get("create_time") if isinstance(video, dict) else None
    return int(value) if isinstance(value, int | str) and str(value).isdigit() else 2**62


def _cursor_pages(
    call: Callable[[dict], dict], body: dict, *, stop, carry: tuple[str, ...] = ()
) -> list[dict]:
    """TikTok pages: `data.cursor` and `data.has_more` (Research also keeps `search_id`)."""
    responses, seen = [], set()
    while True:
        page = call(body)
        responses.append(page)
        data = page.get("data") if isinstance(page.get("data"), dict) else {}
        videos = data.get("videos") or []
        if not data.get("has_more") or data.get("cursor") is None or stop(videos):
            return responses
        cursor = _fresh(None, json.dumps(data["cursor"]), seen)
        body = body | {"cursor": json.loads(cursor)} | {k: data[k] for k in carry if k in data}


# X ------------------------------------------------------------------------------------------


def _x_diagnose(label: str):
    def diagnose(response: httpx.Response, payload: object) -> Verdict | None:
        if response.status_code == 401:
            return Verdict(
                error=TokenExpired(f"{label}: the bearer token was refused (HTTP 401); renew it.")
            )
        if response.status_code == 429:
            return Verdict(wait=retry_after(response))
        if response.status_code >= 400 and isinstance(payload, dict):
            detail = payload.get("detail") or payload.get("title") or payload
            return Verdict(error=SourceError(f"{label}: HTTP {response.status_code}: {detail}"))
        return None

    return diagnose


def open_x(config: SourceConfig, *, sleep=None) -> JsonApi:
    headers = {"Authorization": f"Bearer {config.token}"}
    return _api(config, headers, _x_diagnose(_label(config)), sleep)


def fetch_x(config: SourceConfig, api: JsonApi, *, since: dt.datetime) -> list[dict]:
    user = api.get(f"/2/users/by/username/{config.account}", {"user.fields": "public_metrics"})
    user_id = (user.get("data") or {}).get("id")
    if not user_id:
        raise SourceError(f"{_label(config)}: no user named {config.account}.")
    fields = "created_at,public_metrics,author_id"
    if config.private_metrics:
        fields += ",non_public_metrics,organic_metrics"  # owner's token, last 30 days only
    params = {
        "tweet.fields": fields,
        "expansions": "author_id",
        "user.fields": "public_metrics",
        "start_time": _utc(since),
        "max_results": 100,
    }
    responses, seen = [user], set()
    while True:
        page = api.get(f"/2/users/{user_id}/tweets", params)
        responses.append(page)
        token = _fresh(config, (page.get("meta") or {}).get("next_token"), seen)
        if not token:
            return responses
        params = params | {"pagination_token": token}
