"""Instagram Graph API responses: the user, the media list (with or without nested insights),
media insights per product type and account insights (time series or `total_value`).

Shapes: shared/reference/formats.md §1. Media ids are the post keys; `timestamp` is UTC with an
offset without colon (`+0000`).
"""

from influscope.ingest.platforms import graph
from influscope.ingest.platforms.harvest import Harvest, SeriesValue
from influscope.ingest.platforms.metric_names import INSTAGRAM_ACCOUNT, INSTAGRAM_MEDIA
from influscope.ingest.platforms.reading import URL_WIDTH, Node, Responses, hashtags_in, mentions_in
from influscope.store.records import PostRecord, normalise_handle
from influscope.vocabulary import Format, Metric, Platform

API = "instagram_graph_api"
_FORMATS = {
    ("REELS", None): Format.REEL,
    ("STORY", None): Format.STORY,
    ("FEED", "CAROUSEL_ALBUM"): Format.CAROUSEL,
    ("FEED", "VIDEO"): Format.VIDEO,
    ("FEED", "IMAGE"): Format.POST,
}
_MEDIA_RANKS = graph.ranks(INSTAGRAM_MEDIA)
# The media's own `like_count` and `comments_count` fields yield to the insights of that name.
_FIELD_RANK = len(INSTAGRAM_MEDIA)
_SERIES = "series"
_ACCOUNT_RANKS = graph.ranks(INSTAGRAM_ACCOUNT)


def parse_instagram(found: Responses) -> Harvest:
    harvest = Harvest(
        platform=Platform.INSTAGRAM,
        source=graph.graph_source(API, found.api_version),
        api_version=found.api_version,
    )
    users: dict[str, str] = {}
    media: dict[str, str] = {}
    insights: list[tuple[Node, str | None]] = []
    counters: dict[tuple, tuple[int, float]] = {}
    for document in found.documents:
        if graph.is_insights(document):
            insights.append((document, None))
        elif _is_user(document):
            _user(found, harvest, document, users)
        elif document.has("data"):
            for item in found.objects(document.at("data")):
                _media(found, harvest, item, users, media, insights, counters)
        elif document.has("timestamp"):
            _media(found, harvest, document, users, media, insights, counters)
        elif document.has("error"):
            found.problem(document.at("error"), "is an error response, not data", show=False)
        else:
            found.problem(document, "is not an Instagram Graph API response", show=False)
    for document, owner in insights:
        for value in graph.insight_values(found, document, owner=owner):
            if value.owner_id in media:
                _media_insight(found, value, media[value.owner_id], counters)
            elif value.owner_id in users:
                _account_insight(found, harvest, value, users[value.owner_id])
            else:
                found.problem(
                    value.value,
                    f"belongs to {value.owner_id}, which is neither a media nor a user of this "
                    "file (add the media list or the user response)",
                    show=False,
                )
    if found.problems:
        return harvest  # Records are only built from a clean file.
    _series_from_counters(harvest, found, counters)
    for (post_key, metric), (_, number) in counters.items():
        harvest.counter(post_key, metric, number, at=found.captured_at)
    return harvest


def _is_user(document: Node) -> bool:
    return document.has("username") and not document.has("timestamp")


def _user(found: Responses, harvest: Harvest, document: Node, users: dict[str, str]) -> None:
    user_id = found.text(document.at("id"))
    handle = found.handle(document.at("username"))
    if user_id is None or not handle:
        return
    handle = normalise_handle(handle)
    users[user_id] = handle
    harvest.account(handle, user_id, found.free_text(document.at("name")))
    followers = found.count(document.at("followers_count"))
    if followers is not None:
        harvest.audience(handle, followers, at=found.captured_at)


def _media(found, harvest, item: Node, users, media, insights, counters) -> None:
    media_id = found.text(item.at("id"))
    published_at = found.moment(item.at("timestamp"))
    owner = item.at("owner").at("id").value
    handle = found.handle(item.at("username"), required=False) or users.get(str(owner))
    if handle is None and len(users) == 1:
        handle = next(iter(users.values()))
    if handle is None:
        found.problem(item.at("username"), "is missing (and no user response names the owner)")
    product = found.text(item.at("media_product_type"), required=False) or "FEED"
    kind = found.text(item.at("media_type"), required=False)
    post_format = _FORMATS.get((product, None)) or _FORMATS.get((product, kind))
    if post_format is None:
        post_format = Format.POST if product in ("FEED", "AD") else None
        if post_format is None:
            found.problem(item.at("media_product_type"), "is not FEED, REELS, STORY or AD")
    caption = found.free_text(item.at("caption"))
    if media_id is not None:
        media[media_id] = media_id  # Its insights belong to it even when a field is wrong.
    if media_id is None or published_at is None or handle is None or post_format is None:
        return
    handle = normalise_handle(handle)
    if owner is not None:
        users.setdefault(str(owner), handle)
    harvest.account(handle, str(owner) if owner is not None else None)
    harvest.posts.append(
        PostRecord(
            platform=Platform.INSTAGRAM,
            handle=handle,
            post_key=media_id,
            format=post_format,
            published_at=published_at,
            platform_post_id=media_id,
            url=found.text(item.at("permalink"), required=False, limit=URL_WIDTH),
            caption=caption,
            hashtags=hashtags_in(caption),
            mentions=mentions_in(caption),
        )
    )
    # `like_count` and `comments_count` are fields of the media itself: the counters when the
    # insights were not asked for (personal accounts, hidden like counts leave them out).
    for field, metric in (("like_count", Metric.LIKES), ("comments_count", Metric.COMMENTS)):
        count = found.count(item.at(field))
        if count is not None:
            graph.pick_preferred(counters, (media_id, metric), _FIELD_RANK, count)
    if item.has("insights"):
        nested = item.at("insights")
        if nested.is_object:
            insights.append((nested, media_id))
        else:
            found.problem(nested, "is not an insights object", show=False)


def _media_insight(found: Responses, value: graph.InsightValue, post_key: str, counters) -> None:
    known = _MEDIA_RANKS.get(value.name)
    if known is None:
        return  # A metric we do not keep (navigation, profile_activity…): left aside.
    rank, metric = known
    number = found.number(value.value) if metric.scale != 1.0 else found.count(value.value)
    if number is None:
        return
    if metric.canonical is not None:
        graph.pick_preferred(counters, (post_key, metric.canonical), rank, number)
    elif metric.series_name:
        graph.pick_preferred(
            counters, (post_key, _SERIES, metric.series_name), rank, number * metric.scale
        )


def _series_from_counters(harvest: Harvest, found: Responses, counters) -> None:
    handles = {post.post_key: post.handle for post in harvest.posts}
    for key in [k for k in counters if len(k) == 3]:
        post_key, _, name = key
        handle = handles[post_key]
        harvest.series.append(
            SeriesValue(
                handle=handle,
                metric=name,
                period="lifetime",
                end_time=found.captured_at,
                value=counters.pop(key)[1],
                post_key=post_key,
            )
        )


def _account_insight(found: Responses, harvest: Harvest, value: graph.InsightValue, handle: str):
    known = _ACCOUNT_RANKS.get(value.name)
    if known is None or known[1].series_name is None:
        return
    number = found.count(value.value)
    if number is None:
        return
    harvest.series.append(
        SeriesValue(
            handle=handle,
            metric=known[1].series_name,
            period=value.period,
            end_time=value.end_time or found.captured_at,
            value=float(number),
        )
    )
