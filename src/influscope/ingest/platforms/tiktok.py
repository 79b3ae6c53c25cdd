"""TikTok: Display API (video list/query, user info), Research API (video query, user info)
and Business API (account videos), told apart by their envelopes and field names.

Shapes: shared/reference/formats.md §3. `create_time` is a Unix time in seconds. Display API
videos carry no username: the user info in the same file, or `--handle`, names the account.
"""

from influscope.ingest.platforms import graph
from influscope.ingest.platforms.harvest import Harvest, SeriesValue
from influscope.ingest.platforms.metric_names import TIKTOK_BUSINESS, TIKTOK_VIDEO
from influscope.ingest.platforms.reading import URL_WIDTH, Node, Responses, hashtags_in, mentions_in
from influscope.store.records import PostRecord, normalise_handle
from influscope.vocabulary import Format, Platform

DISPLAY_API = "tiktok_display_api v2"
RESEARCH_API = "tiktok_research_api v2"
BUSINESS_API = "tiktok_business_api v1.3"
_VIDEO_RANKS = graph.ranks(TIKTOK_VIDEO)
_BUSINESS_RANKS = graph.ranks(TIKTOK_BUSINESS)


def parse_tiktok(found: Responses, *, handle: str | None = None) -> Harvest:
    harvest = Harvest(platform=Platform.TIKTOK, source=DISPLAY_API, api_version="v2")
    owner = normalise_handle(handle) if handle else None
    envelopes = [
        (document, api)
        for document in found.documents
        if (api := _envelope(found, document)) is not None
    ]
    for document, api in envelopes:
        data = document.at("data")
        if data.has("user") or (api != DISPLAY_API and not data.has("videos")):
            user = data.at("user") if data.has("user") else data
            owner = _user(found, harvest, user, api, owner) or owner
    for document, api in envelopes:
        data = document.at("data")
        if data.is_object and "videos" in data.value:
            harvest.source = api if api != DISPLAY_API else harvest.source
            for video in found.objects(data.at("videos")):
                _video(found, harvest, video, api, owner)
    return harvest


def _envelope(found: Responses, document: Node) -> str | None:
    """Which API wrote the response; None (and a problem) for an error or a foreign shape."""
    error = document.at("error")
    if error.is_object:
        code = error.value.get("code")
        if code not in ("ok", None):
            found.problem(error.at("code"), f"is an error response: {error.value.get('message')}")
            return None
    code = document.value.get("code") if document.is_object else None
    if "request_id" in (document.value if document.is_object else {}) and code is not None:
        if code != 0:
            found.problem(document.at("code"), f"is an error: {document.value.get('message')}")
            return None
        return BUSINESS_API if document.at("data").is_object else _foreign(found, document)
    data = document.at("data")
    if not data.is_object:
        return _foreign(found, document)
    if data.has("search_id") or _first_video_has(data, "username"):
        return RESEARCH_API
    if data.has("user") or data.has("videos") or "videos" in data.value:
        return DISPLAY_API
    if data.has("follower_count") or data.has("display_name"):
        return RESEARCH_API
    return _foreign(found, document)


def _foreign(found: Responses, document: Node) -> None:
    found.problem(
        document, "is not a TikTok Display, Research or Business API response", show=False
    )
    return None


def _first_video_has(data: Node, field: str) -> bool:
    videos = data.value.get("videos")
    return (
        isinstance(videos, list)
        and bool(videos)
        and isinstance(videos[0], dict)
        and (field in videos[0])
    )


def _user(found, harvest: Harvest, user: Node, api: str, owner: str | None) -> str | None:
    name = (
        found.handle(user.at("username"), required=False)
        or owner
        or found.handle(user.at("display_name"), required=False)
    )
    if not name:
        found.problem(user.at("username"), "is missing (give the account with --handle)")
        return None
    name = normalise_handle(name)
    harvest.account(
        name,
        found.text(user.at("open_id"), required=False),
        found.free_text(user.at("display_name")),
    )
    followers = found.count(user.at("follower_count"))
    if followers is None:
        followers = found.count(user.at("followers_count"))
    if followers is not None:
        harvest.audience(name, followers, at=found.captured_at, source=api)
    return name


def _video(found, harvest: Harvest, video: Node, api: str, owner: str | None) -> None:
    business = api == BUSINESS_API
    video_id = found.text(video.at("item_id" if business else "id"))
    published_at = found.epoch(video.at("create_time"))
    handle = found.handle(video.at("username"), required=False) or owner
    if handle is None:
        found.problem(video, "names no account: add the user info response or --handle", show=False)
    caption = found.free_text(video.at("caption" if business else "video_description"))
    if video_id is None or published_at is None or handle is None:
        return
    handle = normalise_handle(handle)
    harvest.account(handle)
    url = found.text(video.at("share_url"), required=False, limit=URL_WIDTH)
    harvest.posts.append(
        PostRecord(
            platform=Platform.TIKTOK,
            handle=handle,
            post_key=video_id,
            format=Format.VIDEO,
            published_at=published_at,
            platform_post_id=video_id,
            url=url or f"https://www.tiktok.com/@{handle}/video/{video_id}",
            caption=caption,
            hashtags=hashtags_in(caption),
            mentions=mentions_in(caption),
        )
    )
    for field, (_, metric) in (_BUSINESS_RANKS if business else _VIDEO_RANKS).items():
        if metric.canonical is not None:
            count = found.count(video.at(field))
            if count is not None:
                harvest.counter(video_id, metric.canonical, count, at=found.captured_at, source=api)
        elif metric.series_name:
            number = found.number(video.at(field))
            if number is not None:
                harvest.series.append(
                    SeriesValue(
                        handle=handle,
                        metric=metric.series_name,
                        period="lifetime",
                        end_time=found.captured_at,
                        value=number * metric.scale,
                        post_key=video_id,
                    )
                )
