"""YouTube Data API v3 (`videos.list`, `channels.list`) and YouTube Analytics v2 reports.

Shapes: shared/reference/formats.md §2. The Data API sends counts as strings (uint64 as text)
and leaves out `likeCount`/`commentCount` when hidden or disabled: they stay missing. A hidden
subscriber count gives no follower reading. Analytics cells are JSON numbers; columns are the
dimensions, then the metrics, in request order; no data means no `rows` at all.
"""

import datetime as dt

from influscope.ingest.platforms import graph
from influscope.ingest.platforms.harvest import Harvest, SeriesValue
from influscope.ingest.platforms.metric_names import YOUTUBE_ANALYTICS
from influscope.ingest.platforms.reading import Node, Responses, hashtags_in, mentions_in
from influscope.store.records import PostRecord, normalise_handle
from influscope.vocabulary import Format, Metric, Platform

DATA_API = "youtube_data_api v3"
ANALYTICS_API = "youtube_analytics_api v2"
_STATISTICS = {
    "viewCount": Metric.VIEWS,
    "likeCount": Metric.LIKES,
    "commentCount": Metric.COMMENTS,
}
_ANALYTICS = graph.ranks(YOUTUBE_ANALYTICS)
# Kinds that only list ids (uploads playlist, search): the videos response says everything.
_ID_LISTS = {"youtube#playlistItemListResponse", "youtube#searchListResponse"}


def parse_youtube(found: Responses, *, handle: str | None = None) -> Harvest:
    harvest = Harvest(platform=Platform.YOUTUBE, source=DATA_API, api_version="v3")
    channels: dict[str, str] = {}
    videos: dict[str, str] = {}
    reports: list[Node] = []
    documents = found.documents
    for document in documents:
        if _kind(document) == "youtube#channelListResponse":
            for item in found.objects(document.at("items"), required=False):
                _channel(found, harvest, item, channels, handle)
    for document in documents:
        kind = _kind(document)
        if kind == "youtube#videoListResponse":
            for item in found.objects(document.at("items"), required=False):
                _video(found, harvest, item, channels, videos, handle)
        elif kind == "youtubeAnalytics#resultTable" or document.has("columnHeaders"):
            reports.append(document)
        elif kind in _ID_LISTS or kind == "youtube#channelListResponse":
            continue
        elif document.has("error"):
            found.problem(document.at("error"), "is an error response, not data", show=False)
        else:
            found.problem(document.at("kind"), "is not a YouTube Data or Analytics API response")
    given = {(m.post_key, m.metric) for m in harvest.metrics}
    for report in reports:
        _report(found, harvest, report, channels, videos, handle, given)
    return harvest


def _kind(document: Node) -> str | None:
    kind = document.value.get("kind") if document.is_object else None
    return kind if isinstance(kind, str) else None


def _channel(found, harvest: Harvest, item: Node, channels: dict[str, str], handle) -> None:
    channel_id = found.text(item.at("id"))
    if channel_id is None:
        return
    snippet = item.at("snippet")
    # `customUrl` is the channel's @handle; older channels may have none.
    name = handle or found.handle(snippet.at("customUrl"), required=False) or channel_id
    name = normalise_handle(name)
    channels[channel_id] = name
    harvest.account(name, channel_id, found.free_text(snippet.at("title")))
    statistics = item.at("statistics")
    hidden = statistics.at("hiddenSubscriberCount").value
    if hidden is not None and not isinstance(hidden, bool):
        found.problem(statistics.at("hiddenSubscriberCount"), "is not true or false")
        return
    subscribers = found.count(statistics.at("subscriberCount"), strings=True)
    if subscribers is not None and not hidden:
        harvest.audience(name, subscribers, at=found.captured_at)


def _video(found, harvest: Harvest, item: Node, channels, videos, handle) -> None:
    video_id = found.text(item.at("id"))
    snippet = item.at("snippet")
    published_at = found.moment(snippet.at("publishedAt"))
    channel_id = found.text(snippet.at("channelId"), required=not handle and not channels)
    owner = channels.get(channel_id or "") or (normalise_handle(handle) if handle else None)
    if owner is None and len(channels) == 1:
        owner = next(iter(channels.values()))
    if owner is None and channel_id:
        owner = normalise_handle(channel_id)
        harvest.account(owner, channel_id, found.free_text(snippet.at("channelTitle")))
    if video_id is None or published_at is None or owner is None:
        return
    title = found.free_text(snippet.at("title"))
    description = found.free_text(snippet.at("description"))
    caption = f"{title}\n{description}".strip()
    videos[video_id] = owner
    harvest.posts.append(
        PostRecord(
            platform=Platform.YOUTUBE,
            handle=owner,
            post_key=video_id,
            format=Format.VIDEO,
            published_at=published_at,
            platform_post_id=video_id,
            url=f"https://www.youtube.com/watch?v={video_id}",
            caption=caption,
            hashtags=hashtags_in(caption),
            mentions=mentions_in(caption),
        )
    )
    statistics = item.at("statistics")
    for field, metric in _STATISTICS.items():
        count = found.count(statistics.at(field), strings=True)
        if count is not None:
            harvest.counter(video_id, metric, count, at=found.captured_at)


def _report(found, harvest: Harvest, report: Node, channels, videos, handle, given) -> None:
    headers = found.objects(report.at("columnHeaders"))
    names = [found.text(header.at("name")) for header in headers]
    if None in names or not names:
        if not names:
            found.problem(report.at("columnHeaders"), "names no column", show=False)
        return
    rows = report.at("rows")
    if rows.value is None:
        return  # "If no data is available … the rows element will be omitted."
    if not rows.is_list:
        found.problem(rows, "is not a list of rows", show=False)
        return
    channel = normalise_handle(handle) if handle else None
    if channel is None and len(channels) == 1:
        channel = next(iter(channels.values()))
    for row in rows.items():
        if not row.is_list or len(row.value) != len(names):
            found.problem(row, f"does not have the {len(names)} cells the headers name", show=False)
            continue
        cells = dict(zip(names, (row.at(index) for index in range(len(names))), strict=True))
        _report_row(found, harvest, cells, channel, videos, given)


def _report_row(found, harvest: Harvest, cells: dict[str, Node], channel, videos, given) -> None:
    video = found.text(cells["video"]) if "video" in cells else None
    day = found.day(cells["day"]) if "day" in cells else None
    if "day" in cells and day is None:
        return
    owner = videos.get(video) if video else channel
    if video and owner is None:
        found.problem(cells["video"], "is a video this file does not list (add videos.list)")
        return
    if owner is None:
        found.problem(cells[next(iter(cells))], "belongs to no channel (add channels.list)")
        return
    end_time = (
        dt.datetime.combine(day + dt.timedelta(days=1), dt.time()) if day else found.captured_at
    )
    for name, cell in cells.items():
        known = _ANALYTICS.get(name)
        if known is None:
            continue
        metric = known[1]
        # Totals per video over the report's range are the video's counters; a day is a series.
        # The Data API's lifetime statistics win over a report's total for the same counter.
        data_api = (video, metric.canonical) in given
        if metric.canonical is not None and video and day is None and not data_api:
            count = found.count(cell)
            if count is not None:
                harvest.counter(
                    video, metric.canonical, count, at=found.captured_at, source=ANALYTICS_API
                )
            continue
        number = found.number(cell)
        series = metric.series_name or (metric.canonical and str(metric.canonical))
        if number is None or series is None:
            continue
        harvest.series.append(
            SeriesValue(
                handle=owner,
                metric=series,
                period="day" if day else "range",
                end_time=end_time,
                value=number * metric.scale,
                post_key=video,
                source=ANALYTICS_API,
            )
        )
