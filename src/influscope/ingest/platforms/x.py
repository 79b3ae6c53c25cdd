"""X API v2: posts (`GET /2/tweets`, `/2/users/:id/tweets`) with `public_metrics`, and the owner's
`non_public_metrics`/`organic_metrics` when the token could read them (last 30 days only).

Shapes: shared/reference/formats.md §4.1. Authors come from `includes.users` (expansion
`author_id`) or from a `/2/users/...` response; `impression_count` moved into `public_metrics`.
"""

from influscope.ingest.platforms.harvest import Harvest
from influscope.ingest.platforms.reading import Node, Responses, hashtags_in, mentions_in
from influscope.store.records import PostRecord, normalise_handle
from influscope.vocabulary import Format, Metric, Platform

API = "x_api v2"
# Retweets and quotes both pass the post on; bookmarks are X's saves.
_PUBLIC = {
    "impression_count": Metric.IMPRESSIONS,
    "like_count": Metric.LIKES,
    "reply_count": Metric.COMMENTS,
    "retweet_count": Metric.SHARES,
    "quote_count": Metric.SHARES,
    "bookmark_count": Metric.SAVES,
}
_PRIVATE = {"url_link_clicks": Metric.CLICKS}


def parse_x(found: Responses, *, handle: str | None = None) -> Harvest:
    harvest = Harvest(platform=Platform.X, source=API, api_version="v2")
    users: dict[str, str] = {}
    for document in found.documents:
        for user in _users(found, document):
            _user(found, harvest, user, users)
    for document in found.documents:
        data = document.at("data")
        if document.has("errors") and not document.has("data"):
            found.problem(document.at("errors"), "is an error response, not data", show=False)
        elif data.is_list:
            for post in found.objects(data):
                _post(found, harvest, post, users, handle)
        elif data.is_object and data.has("text"):
            _post(found, harvest, data, users, handle)
        elif not (data.is_object and data.has("username")) and not document.has("meta"):
            found.problem(document, "is not an X API v2 response", show=False)
    return harvest


def _users(found: Responses, document: Node) -> list[Node]:
    data = document.at("data")
    found_users = found.objects(document.at("includes").at("users"), required=False)
    if data.is_object and data.has("username"):
        found_users.append(data)
    elif data.is_list and data.value and _is_user_list(data.value[0]):
        found_users.extend(found.objects(data))
    return found_users


def _is_user_list(first: object) -> bool:
    return isinstance(first, dict) and "username" in first and "text" not in first


def _user(found, harvest: Harvest, user: Node, users: dict[str, str]) -> None:
    user_id = found.text(user.at("id"))
    name = found.handle(user.at("username"))
    if user_id is None or not name:
        return
    name = normalise_handle(name)
    users[user_id] = name
    harvest.account(name, user_id, found.free_text(user.at("name")))
    followers = found.count(user.at("public_metrics").at("followers_count"))
    if followers is not None:
        harvest.audience(name, followers, at=found.captured_at, source=API)


def _post(found, harvest: Harvest, post: Node, users: dict[str, str], handle) -> None:
    if "username" in post.value and "text" not in post.value:
        return
    post_id = found.text(post.at("id"))
    published_at = found.moment(post.at("created_at"))
    author = found.text(post.at("author_id"), required=False)
    owner = users.get(author or "") or (normalise_handle(handle) if handle else None)
    if owner is None and len(users) == 1:
        owner = next(iter(users.values()))
    if owner is None:
        found.problem(post.at("author_id"), "names no known user (expand author_id or --handle)")
    text = found.free_text(post.at("text"))
    if post_id is None or published_at is None or owner is None:
        return
    harvest.account(owner)
    harvest.posts.append(
        PostRecord(
            platform=Platform.X,
            handle=owner,
            post_key=post_id,
            format=Format.TWEET,
            published_at=published_at,
            platform_post_id=post_id,
            url=f"https://x.com/{owner}/status/{post_id}",
            caption=text,
            hashtags=hashtags_in(text),
            mentions=mentions_in(text),
        )
    )
    parts: dict[Metric, dict[str, int | None]] = {}
    held_in: dict[Metric, Node] = {}
    for group, names in (
        ("public_metrics", _PUBLIC),
        ("non_public_metrics", _PRIVATE),
        ("organic_metrics", _PRIVATE),
    ):
        node = post.at(group)
        if node.value is not None and not node.is_object:
            found.problem(node, "is not an object of counts", show=False)
            continue
        # Organic clicks only stand in when the non-public ones are absent.
        clicks = parts.get(Metric.CLICKS, {})
        if node.value is None or (
            group == "organic_metrics" and clicks and None not in clicks.values()
        ):
            continue
        for field, metric in names.items():
            # Shares are retweets + quotes: one counter in parts, summed below.
            parts.setdefault(metric, {})[field] = found.count(node.at(field))
            held_in[metric] = node
    for metric, counts in parts.items():
        value = found.total(held_in[metric], counts)
        if value is None:
            continue
        harvest.counter(post_id, metric, value, at=found.captured_at, source=API)
