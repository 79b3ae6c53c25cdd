"""Facebook Page responses: the Page, its posts (with `shares`, `comments.summary`,
`reactions.summary` and nested insights) and post insights under old and new metric names.

Shapes: shared/reference/formats.md §4.2. Post ids are `<page id>_<post id>`; reactions of every
type are summed into likes and also kept per type as series (`reactions_love`, …).
"""

from influscope.ingest.platforms import graph
from influscope.ingest.platforms.harvest import Harvest, SeriesValue
from influscope.ingest.platforms.metric_names import FACEBOOK_POST
from influscope.ingest.platforms.reading import URL_WIDTH, Node, Responses, hashtags_in, mentions_in
from influscope.store.records import PostRecord, normalise_handle
from influscope.vocabulary import Format, Metric, Platform

API = "facebook_graph_api"
_RANKS = graph.ranks(FACEBOOK_POST)
# Counts read from the post object's own fields yield to insights of the same meaning.
_FIELD_RANK = len(FACEBOOK_POST)


def parse_facebook(found: Responses, *, handle: str | None = None) -> Harvest:
    harvest = Harvest(
        platform=Platform.FACEBOOK,
        source=graph.graph_source(API, found.api_version),
        api_version=found.api_version,
    )
    pages: dict[str, str] = {}
    posts: dict[str, str] = {}
    insights: list[tuple[Node, str | None]] = []
    counters: dict[tuple, tuple[int, float]] = {}
    for document in found.documents:
        if not graph.is_insights(document) and _is_page(document):
            _page(found, harvest, document, pages, handle)
    for document in found.documents:
        if graph.is_insights(document):
            insights.append((document, None))
        elif _is_page(document):
            continue
        elif document.has("data"):
            for item in found.objects(document.at("data")):
                _post(found, harvest, item, pages, posts, insights, counters, handle)
        elif document.has("created_time"):
            _post(found, harvest, document, pages, posts, insights, counters, handle)
        elif document.has("error"):
            found.problem(document.at("error"), "is an error response, not data", show=False)
        else:
            found.problem(document, "is not a Facebook Graph API response", show=False)
    for document, owner in insights:
        for value in graph.insight_values(found, document, owner=owner):
            if value.owner_id not in posts:
                found.problem(
                    value.value,
                    f"belongs to post {value.owner_id}, which this file does not list "
                    "(add the posts response)",
                    show=False,
                )
                continue
            _insight(found, harvest, value, posts[value.owner_id], counters)
    for (post_key, metric), (_, number) in counters.items():
        harvest.counter(post_key, metric, number, at=found.captured_at)
    return harvest


def _is_page(document: Node) -> bool:
    return (
        document.is_object
        and document.has("id")
        and not (document.has("data") or document.has("created_time") or document.has("error"))
    )


def _page(found, harvest: Harvest, document: Node, pages: dict[str, str], handle) -> None:
    page_id = found.text(document.at("id"))
    if page_id is None:
        return
    name = found.handle(document.at("username"), required=False) or handle or page_id
    name = normalise_handle(name)
    pages[page_id] = name
    harvest.account(name, page_id, found.free_text(document.at("name")))
    # `followers_count` replaced `fan_count` (page likes) as the audience of a Page.
    followers = found.count(document.at("followers_count"))
    if followers is None:
        followers = found.count(document.at("fan_count"))
    if followers is not None:
        harvest.audience(name, followers, at=found.captured_at)


def _post(found, harvest, item: Node, pages, posts, insights, counters, handle) -> None:
    post_id = found.text(item.at("id"))
    published_at = found.moment(item.at("created_time"))
    if post_id is not None:
        posts[post_id] = post_id  # Its insights belong to it even when a field is wrong.
    if post_id is None or published_at is None:
        return
    page_id = post_id.split("_")[0]
    owner = pages.get(page_id) or (normalise_handle(handle) if handle else None)
    if owner is None and len(pages) == 1:
        owner = next(iter(pages.values()))
    if owner is None:
        owner = normalise_handle(page_id)
        harvest.account(owner, page_id, found.free_text(item.at("from").at("name")))
    posts[post_id] = post_id
    caption = found.free_text(item.at("message"))
    harvest.posts.append(
        PostRecord(
            platform=Platform.FACEBOOK,
            handle=owner,
            post_key=post_id,
            format=Format.POST,
            published_at=published_at,
            platform_post_id=post_id,
            url=found.text(item.at("permalink_url"), required=False, limit=URL_WIDTH),
            caption=caption,
            hashtags=hashtags_in(caption),
            mentions=mentions_in(caption),
        )
    )
    for node, metric in (
        (item.at("shares").at("count"), Metric.SHARES),
        (item.at("comments").at("summary").at("total_count"), Metric.COMMENTS),
        (item.at("reactions").at("summary").at("total_count"), Metric.LIKES),
    ):
        count = found.count(node)
        if count is not None:
            rank = _FIELD_RANK if metric is Metric.LIKES else 0
            graph.pick_preferred(counters, (post_id, metric), rank, count)
    if item.has("insights"):
        insights.append((item.at("insights"), post_id))


def _insight(found, harvest: Harvest, value: graph.InsightValue, post_key: str, counters) -> None:
    known = _RANKS.get(value.name)
    if known is None or known[1].canonical is None:
        return
    rank, metric = known
    if value.name == "post_reactions_by_type_total":
        number = _reactions(found, harvest, value, post_key)
    else:
        number = found.count(value.value)
    if number is not None:
        graph.pick_preferred(counters, (post_key, metric.canonical), rank, number)


def _reactions(found, harvest: Harvest, value: graph.InsightValue, post_key: str) -> int | None:
    """`{"like": 12, "love": 3, "wow": 0, …}`: their sum is the post's likes."""
    if value.value.value is None:
        return None
    if not value.value.is_object:
        found.problem(value.value, "is not an object of counts by reaction type")
        return None
    handle = next((p.handle for p in reversed(harvest.posts) if p.post_key == post_key), None)
    if handle is None:
        return None  # The post itself was refused; its problem is already recorded.
    counts: dict[str, int] = {}
    for kind in value.value.value:
        count = found.count(value.value.at(kind))
        if count is None:
            return None
        counts[kind] = count
        harvest.series.append(
            SeriesValue(
                handle=handle,
                metric=f"reactions_{kind}"[:64],
                period=value.period,
                end_time=value.end_time or found.captured_at,
                value=float(count),
                post_key=post_key,
            )
        )
    return found.total(value.value, counts)
