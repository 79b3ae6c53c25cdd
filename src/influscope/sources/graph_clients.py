"""Instagram and Facebook through the Graph API: the user or Page, its media or posts since a
day (following `paging.next`), and their insights, asking only for metrics the version serves
and the media type accepts (one rejected name fails the whole request, formats.md §1.3)."""

import datetime as dt
import re
from collections.abc import Callable

from influscope.ingest.platforms.metric_names import (
    FACEBOOK_POST,
    INSTAGRAM_ACCOUNT,
    INSTAGRAM_MEDIA,
    instagram_account_request,
    instagram_media_request,
    retirement_note,
    version_number,
)
from influscope.sources.config import SourceConfig
from influscope.sources.errors import NoData, RetiredMetric, SourceError
from influscope.sources.http import JsonApi, graph_diagnose

_MEDIA_FIELDS = (
    "id,caption,media_type,media_product_type,timestamp,permalink,like_count,comments_count,"
    "username,owner"
)
_POST_FIELDS = (
    "id,message,created_time,permalink_url,shares,comments.summary(true).limit(0),"
    "reactions.summary(true).limit(0)"
)
# Stories under 5 viewers answer "(#10) Not enough viewers for the media to show insights".
_NOT_ENOUGH_VIEWERS = 10
# "(#100) The Media Insights API does not support the impressions, replies metric for this…",
# "(#100) metric[0] must be one of the following values: …", "(#100) Invalid metric: plays".


def open_graph(config: SourceConfig, *, sleep: Callable[[float], None] | None = None) -> JsonApi:
    label = f"{config.name} ({config.platform} Graph API {config.api_version})"
    names = INSTAGRAM_MEDIA + INSTAGRAM_ACCOUNT if config.platform == "instagram" else FACEBOOK_POST

    def refused_metric(error: dict) -> SourceError | None:
        if error.get("code") == _NOT_ENOUGH_VIEWERS:
            return NoData(f"{label}: {error.get('message')}")
        if error.get("code") != 100 or "metric" not in str(error.get("message", "")).lower():
            return None
        message = str(error.get("message", ""))
        words = set(re.findall(r"[a-z_]+", message.lower()))
        named = [m.name for m in names if m.name in words]
        notes = [note for name in named if (note := retirement_note(names, name))]
        detail = "; ".join(notes) or message
        return RetiredMetric(
            f"{label}: the API refused the metric(s) {', '.join(named) or '?'}: {detail}. "
            "Use a newer api_version in the sources file, or report this to Influscope."
        )

    extra = {"sleep": sleep} if sleep is not None else {}
    return JsonApi(
        config.base_url,
        name=label,
        headers={"Authorization": f"Bearer {config.token}"},
        diagnose=graph_diagnose(label, refused_metric),
        **extra,
    )


def _pages(api: JsonApi, url: str, params: dict | None, *, stop: Callable[[dict], bool]):
    """Every page of a list, until one ends with an item `stop` accepts (lists are newest
    first, so the rest is older than the sync looks back)."""
    seen = set()
    while url:
        seen.add(url)
        page = api.get(url, params)
        yield page
        items = page.get("data") or []
        if items and stop(items[-1]):
            return
        paging = page.get("paging") if isinstance(page.get("paging"), dict) else {}
        url, params = paging.get("next"), None
        if url in seen:
            raise SourceError(f"{api.name}: the API links to the same page twice.")


def _older_than(since: dt.datetime, key: str) -> Callable[[dict], bool]:
    def check(item: dict) -> bool:
        stamp = item.get(key) if isinstance(item, dict) else None
        if not isinstance(stamp, str):
            return False
        moment = dt.datetime.strptime(stamp.replace("Z", "+0000")[:24], "%Y-%m-%dT%H:%M:%S%z")
        return moment.astimezone(dt.UTC).replace(tzinfo=None) < since

    return check


def fetch_instagram(config: SourceConfig, api: JsonApi, *, since: dt.datetime) -> list[dict]:
    version = config.api_version or "v22.0"
    user = config.account
    responses = [api.get(f"/{version}/{user}", {"fields": "id,username,name,followers_count"})]
    media: list[dict] = []
    for page in _pages(
        api,
        f"/{version}/{user}/media",
        {"fields": _MEDIA_FIELDS, "limit": 50},
        stop=_older_than(since, "timestamp"),
    ):
        responses.append(page)
        media.extend(item for item in page.get("data") or [] if isinstance(item, dict))
    recent = [m for m in media if not _older_than(since, "timestamp")(m)]
    for item in recent:
        product = str(item.get("media_product_type") or "FEED")
        kind = str(item.get("media_type") or "")
        metrics = instagram_media_request(product, version, media_type=kind)
        try:
            responses.append(
                api.get(f"/{version}/{item.get('id')}/insights", {"metric": ",".join(metrics)})
            )
        except NoData:
            continue
    until = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    start = max(since, until - dt.timedelta(days=30))
    responses.append(
        api.get(
            f"/{version}/{user}/insights",
            {
                "metric": ",".join(instagram_account_request(version)),
                "period": "day",
                "metric_type": "total_value",
                "since": int(start.replace(tzinfo=dt.UTC).timestamp()),
                "until": int(until.replace(tzinfo=dt.UTC).timestamp()),
            },
        )
    )
    return responses


def facebook_post_request(version: str) -> tuple[str, ...]:
    """Views and viewers from v21 on; the impressions names before (retired 2025)."""
    number = version_number(version) or (99, 0)
    if number >= (21, 0):
        return (
            "post_media_view",
            "post_total_media_view_unique",
            "post_reactions_by_type_total",
            "post_clicks",
        )
    return (
        "post_impressions",
        "post_impressions_unique",
        "post_reactions_by_type_total",
        "post_clicks",
    )


def fetch_facebook(config: SourceConfig, api: JsonApi, *, since: dt.datetime) -> list[dict]:
    version = config.api_version or "v22.0"
    page_id = config.account
    responses = [
        api.get(f"/{version}/{page_id}", {"fields": "id,name,username,followers_count,fan_count"})
    ]
    posts: list[dict] = []
    for page in _pages(
        api,
        f"/{version}/{page_id}/posts",
        {"fields": _POST_FIELDS, "since": int(since.replace(tzinfo=dt.UTC).timestamp())},
        stop=_older_than(since, "created_time"),
    ):
        responses.append(page)
        posts.extend(item for item in page.get("data") or [] if isinstance(item, dict))
    metrics = ",".join(facebook_post_request(version))
    for post in posts:
        if not _older_than(since, "created_time")(post):
            responses.append(api.get(f"/{version}/{post.get('id')}/insights", {"metric": metrics}))
    return responses
