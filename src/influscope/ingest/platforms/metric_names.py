"""Every platform metric name we read, what it means canonically, and in which API versions it
is served: old exports and new responses land on the same canonical metrics, and requests only
ask for what the API version and the media type accept.

Sources: shared/reference/formats.md §1.3-1.4 (Instagram media and user insights, the v18 and
v22 retirements), §4.2 (Facebook post insights, retired 2025-06-15 and 2025-11-15), §2, §3, §4.1.
"""

import datetime as dt
from dataclasses import dataclass

from influscope.vocabulary import Metric

# Instagram media product types (`media_product_type`).
FEED, REELS, STORY = "FEED", "REELS", "STORY"
ALL_TYPES = frozenset({FEED, REELS, STORY})


@dataclass(frozen=True)
class MetricName:
    """A metric as a platform names it. `canonical` is None for metrics kept only as series
    (or not kept); `scale` turns the platform's unit into ours (milliseconds to seconds)."""

    name: str
    canonical: Metric | None
    product_types: frozenset[str] = ALL_TYPES
    introduced: tuple[int, int] | None = None
    retired: tuple[int, int] | None = None
    retired_on: str | None = None
    replacement: str | None = None
    scale: float = 1.0
    series_name: str | None = None
    media_types: frozenset[str] | None = None
    # The day a replacement reached every version (when the names it replaces left them all).
    everywhere_from: str | None = None

    def served_in(self, version: tuple[int, int], on: dt.date) -> bool:
        """Served by this API version on this day: Meta retires names in a new version first,
        then in every version on a given day ("all versions on 2025-04-21")."""
        after_start = (
            self.introduced is None
            or version >= self.introduced
            or (
                self.everywhere_from is not None
                and on >= dt.date.fromisoformat(self.everywhere_from)
            )
        )
        before_end = self.retired is None or version < self.retired
        still = self.retired_on is None or on < dt.date.fromisoformat(self.retired_on)
        return after_start and before_end and still


# Order matters where several names give one canonical metric: the first one present wins
# (a v21 reel reports `plays` and `ig_reels_aggregated_all_plays_count`; v22 `views` counts
# replays, as the aggregated count did).
INSTAGRAM_MEDIA = (
    MetricName("views", Metric.VIEWS, introduced=(21, 0), everywhere_from="2025-04-21"),
    MetricName(
        "ig_reels_aggregated_all_plays_count",
        Metric.VIEWS,
        frozenset({REELS}),
        retired=(22, 0),
        retired_on="2025-04-21",
        replacement="views",
    ),
    MetricName(
        "plays",
        Metric.VIEWS,
        frozenset({REELS}),
        retired=(22, 0),
        retired_on="2025-04-21",
        replacement="views",
    ),
    MetricName(
        "video_views",
        Metric.VIEWS,
        frozenset({FEED}),
        retired=(21, 0),
        retired_on="2025-04-21",
        replacement="views",
        media_types=frozenset({"VIDEO"}),
    ),
    MetricName(
        "impressions",
        Metric.IMPRESSIONS,
        frozenset({FEED, STORY}),
        retired=(22, 0),
        retired_on="2025-04-21",
        replacement="views",
    ),
    MetricName("reach", Metric.REACH),
    MetricName("likes", Metric.LIKES, frozenset({FEED, REELS})),
    MetricName("comments", Metric.COMMENTS, frozenset({FEED, REELS})),
    MetricName("shares", Metric.SHARES),
    MetricName("saved", Metric.SAVES, frozenset({FEED, REELS})),
    MetricName("total_interactions", None, introduced=(18, 0), series_name="total_interactions"),
    MetricName(
        "ig_reels_avg_watch_time",
        None,
        frozenset({REELS}),
        scale=0.001,
        series_name="average_watch_time_seconds",
    ),
    MetricName(
        "ig_reels_video_view_total_time",
        None,
        frozenset({REELS}),
        scale=0.001,
        series_name="total_watch_time_seconds",
    ),
    MetricName(
        "clips_replays_count",
        None,
        frozenset({REELS}),
        retired=(22, 0),
        retired_on="2025-04-21",
        replacement="views",
    ),
    MetricName(
        "engagement",
        None,
        frozenset({FEED}),
        retired=(18, 0),
        retired_on="2023-12-11",
        replacement="total_interactions",
    ),
    *(
        MetricName(
            old,
            None,
            frozenset({FEED}),
            retired=(18, 0),
            retired_on="2023-12-11",
            replacement="total_interactions",
        )
        for old in (
            "carousel_album_impressions",
            "carousel_album_reach",
            "carousel_album_engagement",
            "carousel_album_saved",
            "carousel_album_video_views",
        )
    ),
    *(
        MetricName(
            old,
            None,
            frozenset({STORY}),
            retired=(18, 0),
            retired_on="2023-12-11",
            replacement="navigation",
        )
        for old in ("taps_forward", "taps_back", "exits")
    ),
)

# Account (user) insights: kept as series per account; `follower_count` counts new followers
# per day, not the total (the total is the `followers_count` field of the user).
INSTAGRAM_ACCOUNT = (
    MetricName("reach", None, series_name="reach"),
    MetricName(
        "views", None, introduced=(21, 0), everywhere_from="2025-04-21", series_name="views"
    ),
    MetricName(
        "impressions",
        None,
        retired=(22, 0),
        retired_on="2025-04-21",
        replacement="views",
        series_name="impressions",
    ),
    MetricName("follower_count", None, series_name="new_followers"),
    MetricName("accounts_engaged", None, series_name="accounts_engaged"),
    MetricName("total_interactions", None, series_name="total_interactions"),
    MetricName("likes", None, series_name="likes"),
    MetricName("comments", None, series_name="comments"),
    MetricName("shares", None, series_name="shares"),
    MetricName("saves", None, series_name="saves"),
    MetricName("saved", None, series_name="saves"),
    MetricName("profile_links_taps", None, series_name="profile_links_taps"),
    *(
        MetricName(
            old,
            None,
            retired=(21, 0),
            retired_on="2025-01-08",
            replacement="profile_links_taps",
        )
        for old in (
            "profile_views",
            "website_clicks",
            "email_contacts",
            "get_direction_links",
            "phone_call_clicks",
            "text_message_clicks",
        )
    ),
)

# Facebook Page post insights. Reactions of every kind count as likes: the Page "Like" button
# became reactions in 2016, and the canonical engagement counts one reaction per person.
FACEBOOK_POST = (
    MetricName("post_media_view", Metric.VIEWS, introduced=(21, 0)),
    MetricName(
        "post_impressions",
        Metric.IMPRESSIONS,
        retired_on="2025-11-15",
        replacement="post_media_view",
    ),
    MetricName("post_total_media_view_unique", Metric.REACH, introduced=(21, 0)),
    MetricName(
        "post_impressions_unique",
        Metric.REACH,
        retired_on="2025-06-15",
        replacement="post_total_media_view_unique",
    ),
    MetricName("post_reactions_by_type_total", Metric.LIKES),
    MetricName("post_reactions_like_total", Metric.LIKES),
    MetricName("post_clicks", Metric.CLICKS),
    *(
        MetricName(old, None, retired_on=day, replacement="post_media_view")
        for old, day in (
            ("post_impressions_paid", "2025-11-15"),
            ("post_impressions_fan", "2025-11-15"),
            ("post_impressions_organic", "2025-11-15"),
            ("post_impressions_viral", "2025-11-15"),
            ("post_impressions_nonviral", "2025-11-15"),
            ("post_impressions_paid_unique", "2025-06-15"),
            ("post_impressions_fan_unique", "2025-06-15"),
            ("post_impressions_organic_unique", "2025-06-15"),
            ("post_impressions_viral_unique", "2025-06-15"),
            ("post_impressions_nonviral_unique", "2025-06-15"),
        )
    ),
)

# YouTube Analytics report columns (camelCase, numbers); `averageViewDuration` is in seconds.
YOUTUBE_ANALYTICS = (
    MetricName("views", Metric.VIEWS),
    MetricName("likes", Metric.LIKES),
    MetricName("comments", Metric.COMMENTS),
    MetricName("shares", Metric.SHARES),
    MetricName("engagedViews", None, series_name="engaged_views"),
    MetricName("estimatedMinutesWatched", None, scale=60.0, series_name="total_watch_time_seconds"),
    MetricName("averageViewDuration", None, series_name="average_watch_time_seconds"),
    MetricName("subscribersGained", None, series_name="new_followers"),
    MetricName("subscribersLost", None, series_name="lost_followers"),
    MetricName("favoritesAdded", None, retired_on="2015-03-31"),
    MetricName("favoritesRemoved", None, retired_on="2015-03-31"),
)

# TikTok Business API organic video fields; Display and Research APIs use `*_count` names.
TIKTOK_BUSINESS = (
    MetricName("video_views", Metric.VIEWS),
    MetricName("reach", Metric.REACH),
    MetricName("likes", Metric.LIKES),
    MetricName("comments", Metric.COMMENTS),
    MetricName("shares", Metric.SHARES),
    MetricName("favorites", Metric.SAVES),
    MetricName("average_time_watched", None, series_name="average_watch_time_seconds"),
    MetricName("total_time_watched", None, series_name="total_watch_time_seconds"),
)
TIKTOK_VIDEO = (
    MetricName("view_count", Metric.VIEWS),
    MetricName("like_count", Metric.LIKES),
    MetricName("comment_count", Metric.COMMENTS),
    MetricName("share_count", Metric.SHARES),
    MetricName("favorites_count", Metric.SAVES),
)


def by_name(names: tuple[MetricName, ...]) -> dict[str, MetricName]:
    return {metric.name: metric for metric in names}


def version_number(version: str | None) -> tuple[int, int] | None:
    """`v22.0` → (22, 0); None when unknown or unreadable."""
    if not version:
        return None
    major, _, minor = version.strip().lstrip("vV").partition(".")
    if not major.isdigit() or not (minor or "0").isdigit():
        return None
    return int(major), int(minor or 0)


def instagram_media_request(
    product_type: str, version: str, *, media_type: str | None = None, on: dt.date | None = None
) -> tuple[str, ...]:
    """The media insight metrics to ask for: only those the product and media type accept and
    the API version still serves on that day, since one rejected name fails the whole request
    (formats.md §1.3)."""
    number = version_number(version) or (99, 0)
    on = on or dt.date.today()
    wanted, canonical_seen = [], set()
    for metric in INSTAGRAM_MEDIA:
        if product_type not in metric.product_types or not metric.served_in(number, on):
            continue
        if metric.media_types is not None and media_type not in metric.media_types:
            continue
        if metric.canonical is None and metric.series_name is None:
            continue
        # One name per canonical metric is enough: the first served one.
        if metric.canonical is not None and metric.canonical in canonical_seen:
            continue
        if metric.canonical is not None:
            canonical_seen.add(metric.canonical)
        wanted.append(metric.name)
    return tuple(wanted)


def instagram_account_request(version: str, *, on: dt.date | None = None) -> tuple[str, ...]:
    number = version_number(version) or (99, 0)
    on = on or dt.date.today()
    return tuple(
        m.name
        for m in INSTAGRAM_ACCOUNT
        if m.served_in(number, on)
        and m.name in {"reach", "views", "impressions", "accounts_engaged"}
    )


def retirement_note(platform_names: tuple[MetricName, ...], name: str) -> str | None:
    """Why a name is refused, for the error message: retired when, replaced by what."""
    found = by_name(platform_names).get(name)
    if found is None or (found.retired is None and found.retired_on is None):
        return None
    parts = [f"'{name}' was retired"]
    if found.retired:
        parts.append(f"in Graph API v{found.retired[0]}.{found.retired[1]}")
    if found.retired_on:
        parts.append(f"(all versions from {found.retired_on})")
    if found.replacement:
        parts.append(f"in favour of '{found.replacement}'")
    return " ".join(parts)
