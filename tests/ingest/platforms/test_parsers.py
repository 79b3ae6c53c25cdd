import datetime as dt
import json

import pytest

from influscope.ingest.platforms.metric_names import (
    INSTAGRAM_MEDIA,
    instagram_media_request,
    retirement_note,
)
from influscope.ingest.problems import ImportFailed
from influscope.store.records import LARGEST_COUNT
from influscope.vocabulary import Format
from tests.ingest.platforms.samples import (
    CAPTURED,
    FILES,
    SAMPLES,
    counters,
    harvest,
    series,
)


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_sample_payload_reads_without_problem(name):
    assert harvest(name).accounts


def test_instagram_v21_retired_names_land_on_canonical_metrics():
    found = counters(harvest("instagram_v21.json"))
    image, reel, story = "18000000000000101", "18000000000000102", "18000000000000103"
    assert found[(image, "impressions")] == 30211
    assert found[(image, "saves")] == 311
    # The likes insight wins over the media's like_count field.
    assert found[(image, "likes")] == 1811
    # A reel's plays with replays (`ig_reels_aggregated_all_plays_count`) are its views.
    assert found[(reel, "views")] == 91002
    assert found[(story, "impressions")] == 4410


def test_instagram_v22_views_and_nested_insights_land_on_the_same_metrics():
    found = counters(harvest("instagram_v22.json"))
    assert found[("18000000000000101", "views")] == 33020
    assert found[("18000000000000102", "views")] == 97310
    assert found[("18000000000000101", "saves")] == 330


def test_instagram_empty_insight_stays_missing_never_zero():
    found = counters(harvest("instagram_v21.json"))
    assert ("18000000000000101", "shares") not in found
    assert ("18000000000000104", "comments") not in found
    assert found[("18000000000000104", "likes")] == 990


def test_instagram_watch_times_are_stored_in_seconds():
    assert series(harvest("instagram_v21.json"))[
        ("average_watch_time_seconds", "18000000000000102", "lifetime")
    ] == pytest.approx(12.549)
    assert series(harvest("instagram_v22.json"))[
        ("total_watch_time_seconds", "18000000000000102", "lifetime")
    ] == pytest.approx(1190.4)


def test_instagram_account_insights_in_time_series_and_total_value_shapes():
    old = series(harvest("instagram_v21.json"))
    assert old[("reach", None, "day")] in (9033, 11002)
    assert sum(v for (m, _, p), v in old.items() if m == "new_followers") > 0
    ends = {s.end_time for s in harvest("instagram_v21.json").series if s.metric == "reach"}
    assert ends == {dt.datetime(2025, 3, 4, 8), dt.datetime(2025, 3, 5, 8)}
    new = series(harvest("instagram_v22.json"))
    assert new[("views", None, "total")] == 402113
    assert new[("accounts_engaged", None, "total")] == 8120


def test_instagram_formats_follow_the_product_type_and_timestamps_are_utc():
    posts = {p.post_key: p for p in harvest("instagram_v21.json").posts}
    assert posts["18000000000000101"].format is Format.POST
    assert posts["18000000000000102"].format is Format.REEL
    assert posts["18000000000000103"].format is Format.STORY
    assert posts["18000000000000104"].format is Format.CAROUSEL
    assert posts["18000000000000101"].published_at == dt.datetime(2025, 3, 3, 23, 30)
    assert posts["18000000000000101"].hashtags == ("glowlumiere", "ad")
    assert posts["18000000000000101"].mentions == ("maisonlumiere",)


def test_instagram_handles_are_case_insensitive_and_followers_are_measured():
    found = harvest("instagram_v22.json")
    assert list(found.accounts) == ["clara.voyage"]
    assert [(f.handle, f.followers, str(f.provenance)) for f in found.followers] == [
        ("clara.voyage", 49877, "measured")
    ]


def test_instagram_version_comes_from_the_paging_link_or_the_bundle():
    assert harvest("instagram_v21.json").source == "instagram_graph_api v21.0"
    assert harvest("instagram_v22.json").source == "instagram_graph_api v22.0"


def test_a_bundle_carries_its_own_capture_time():
    found = harvest("instagram_v22.json")
    assert {m.captured_at for m in found.metrics} == {dt.datetime(2025, 5, 2, 9)}
    assert {m.captured_at for m in harvest("x_posts.json").metrics} == {CAPTURED}


BEFORE_V22_RETIREMENT = dt.date(2025, 1, 15)
TODAY = dt.date(2026, 11, 26)
REEL_NOW = (
    "views",
    "reach",
    "likes",
    "comments",
    "shares",
    "saved",
    "total_interactions",
    "ig_reels_avg_watch_time",
    "ig_reels_video_view_total_time",
)


@pytest.mark.parametrize(
    ("product", "media_type", "version", "on", "expected"),
    [
        (
            "FEED",
            "IMAGE",
            "v21.0",
            BEFORE_V22_RETIREMENT,
            (
                "views",
                "impressions",
                "reach",
                "likes",
                "comments",
                "shares",
                "saved",
                "total_interactions",
            ),
        ),
        # "All versions on 2025-04-21": v21 no longer serves impressions either.
        (
            "FEED",
            "IMAGE",
            "v21.0",
            TODAY,
            ("views", "reach", "likes", "comments", "shares", "saved", "total_interactions"),
        ),
        ("REELS", "VIDEO", "v21.0", TODAY, REEL_NOW),
        ("REELS", "VIDEO", "v25.0", TODAY, REEL_NOW),
        ("STORY", "IMAGE", "v22.0", TODAY, ("views", "reach", "shares", "total_interactions")),
        (
            "FEED",
            "IMAGE",
            "v17.0",
            BEFORE_V22_RETIREMENT,
            ("impressions", "reach", "likes", "comments", "shares", "saved"),
        ),
        (
            "FEED",
            "VIDEO",
            "v17.0",
            BEFORE_V22_RETIREMENT,
            ("video_views", "impressions", "reach", "likes", "comments", "shares", "saved"),
        ),
        (
            "REELS",
            "VIDEO",
            "v17.0",
            BEFORE_V22_RETIREMENT,
            (
                "ig_reels_aggregated_all_plays_count",
                "reach",
                "likes",
                "comments",
                "shares",
                "saved",
                "ig_reels_avg_watch_time",
                "ig_reels_video_view_total_time",
            ),
        ),
    ],
)
def test_requests_never_ask_for_a_metric_the_media_type_or_version_rejects(
    product, media_type, version, on, expected
):
    assert instagram_media_request(product, version, media_type=media_type, on=on) == expected


@pytest.mark.parametrize("version", ["v19.0", "v21.0", "v22.0", "v25.0"])
def test_no_request_asks_for_a_retired_name_today(version):
    retired = {
        "plays",
        "impressions",
        "video_views",
        "clips_replays_count",
        "ig_reels_aggregated_all_plays_count",
    }
    for product in ("FEED", "REELS", "STORY"):
        for media_type in ("IMAGE", "VIDEO", "CAROUSEL_ALBUM"):
            wanted = instagram_media_request(product, version, media_type=media_type, on=TODAY)
            assert not retired & set(wanted)
    assert "saved" not in instagram_media_request("STORY", version, media_type="IMAGE", on=TODAY)


def test_retirement_note_names_version_date_and_replacement():
    note = retirement_note(INSTAGRAM_MEDIA, "plays")
    assert (
        note == "'plays' was retired in Graph API v22.0 (all versions from 2025-04-21) "
        "in favour of 'views'"
    )


def test_facebook_reactions_by_type_are_summed_into_likes_and_kept_per_type():
    found = harvest("facebook_2024.json")
    post = "104000000000001_900000000000011"
    assert counters(found)[(post, "likes")] == 2810 + 402 + 31 + 58
    assert series(found)[("reactions_love", post, "lifetime")] == 402
    assert counters(found)[(post, "impressions")] == 58820
    assert counters(found)[(post, "reach")] == 40110
    assert counters(found)[(post, "clicks")] == 1290


def test_facebook_new_metric_names_give_views_and_reach():
    found = counters(harvest("facebook_2025.json"))
    post = "104000000000001_900000000000011"
    assert found[(post, "views")] == 61004
    assert found[(post, "reach")] == 41220
    assert found[(post, "likes")] == 2850
    assert found[(post, "comments")] == 220


def test_facebook_page_username_is_the_handle_in_both_years():
    assert list(harvest("facebook_2024.json").accounts) == ["leaencuisine"]
    assert list(harvest("facebook_2025.json").accounts) == ["leaencuisine"]


def test_youtube_counts_sent_as_strings_and_missing_counts_stay_missing():
    found = counters(harvest("youtube.json"))
    assert found[("O0aSwKeusZM", "views")] == 794755
    assert found[("O0aSwKeusZM", "comments")] == 157
    assert found[("Zx9Yw8Vu7Ts", "likes")] == 2336
    assert ("Zx9Yw8Vu7Ts", "comments") not in found


def test_youtube_analytics_adds_what_the_data_api_lacks_and_keeps_seconds():
    found = harvest("youtube.json")
    assert counters(found)[("O0aSwKeusZM", "shares")] == 1204
    values = series(found)
    assert values[("average_watch_time_seconds", "O0aSwKeusZM", "range")] == 311
    assert values[("total_watch_time_seconds", "O0aSwKeusZM", "range")] == 4119560 * 60
    assert values[("new_followers", None, "day")] in (812, 455)


def test_youtube_channel_handle_and_rounded_subscribers():
    found = harvest("youtube.json")
    assert list(found.accounts) == ["hugotech"]
    assert [f.followers for f in found.followers] == [412000]


def test_youtube_hidden_subscriber_count_gives_no_follower_reading():
    found = harvest("youtube_hidden_subscribers.json")
    assert found.followers == []
    assert list(found.accounts) == ["uczz0000000000000000000q"]


def test_tiktok_display_api_takes_the_account_from_user_info_and_times_in_seconds():
    found = harvest("tiktok_display.json")
    posts = {p.post_key: p for p in found.posts}
    assert posts["7480000000000000001"].handle == "ines.moves"
    assert posts["7480000000000000001"].published_at == dt.datetime(2025, 3, 5, 19, 0)
    assert posts["7480000000000000002"].url == (
        "https://www.tiktok.com/@ines.moves/video/7480000000000000002"
    )
    assert counters(found)[("7480000000000000001", "views")] == 612004
    assert [f.followers for f in found.followers] == [15234]


def test_tiktok_research_api_reads_64_bit_ids_and_usernames():
    found = harvest("tiktok_research.json")
    assert {p.post_key: p.handle for p in found.posts} == {
        "7480000000000000001": "ines.moves",
        "7480000000000000777": "paul.runs",
    }
    assert counters(found)[("7480000000000000001", "saves")] == 2210
    assert found.source == "tiktok_research_api v2"


def test_tiktok_business_api_gives_reach_and_watch_time():
    found = harvest("tiktok_business.json")
    assert counters(found)[("7480000000000000001", "reach")] == 480120
    assert series(found)[("average_watch_time_seconds", "7480000000000000001", "lifetime")] == 11.4


def test_tiktok_display_videos_without_user_info_need_a_handle(tmp_path):
    from influscope.ingest.platforms import parse_responses
    from influscope.ingest.platforms.reading import load_responses
    from influscope.vocabulary import Platform

    path = tmp_path / "videos.json"
    path.write_text(
        '{"data": {"videos": [{"id": "1", "create_time": 1741201200, "view_count": 5}],'
        ' "has_more": false}, "error": {"code": "ok"}}'
    )
    with pytest.raises(ImportFailed, match="names no account"):
        parse_responses(Platform.TIKTOK, load_responses(path, captured_at=CAPTURED))
    found = parse_responses(
        Platform.TIKTOK, load_responses(path, captured_at=CAPTURED), handle="@Ines.Moves"
    )
    assert [p.handle for p in found.posts] == ["ines.moves"]


def test_x_public_and_private_metrics():
    found = counters(harvest("x_posts.json"))
    post = "1897000000000000001"
    assert found[(post, "impressions")] == 18021
    assert found[(post, "shares")] == 31 + 4
    assert found[(post, "saves")] == 19
    assert found[(post, "clicks")] == 211
    # An older post without impression_count: missing, not 0.
    assert ("1897000000000000002", "impressions") not in found
    assert ("1897000000000000002", "clicks") not in found


def test_x_author_comes_from_the_expansion():
    found = harvest("x_posts.json")
    assert {p.handle for p in found.posts} == {"noratech"}
    assert [f.followers for f in found.followers] == [90411]


def test_youtube_daily_report_per_video_is_a_series_ending_at_midnight_after_the_day(tmp_path):
    import json

    from influscope.ingest.platforms import parse_responses
    from influscope.ingest.platforms.reading import load_responses
    from influscope.vocabulary import Platform
    from tests.ingest.platforms.samples import SAMPLES

    sample = json.loads((SAMPLES / "youtube.json").read_text())
    daily = {
        "kind": "youtubeAnalytics#resultTable",
        "columnHeaders": [
            {"name": "day", "dataType": "STRING", "columnType": "DIMENSION"},
            {"name": "video", "dataType": "STRING", "columnType": "DIMENSION"},
            {"name": "views", "dataType": "INTEGER", "columnType": "METRIC"},
        ],
        "rows": [["2025-03-04", "O0aSwKeusZM", 120331], ["2025-03-05", "O0aSwKeusZM", 98012]],
    }
    path = tmp_path / "daily.json"
    path.write_text(json.dumps([sample[0], sample[1], daily]))
    found = parse_responses(Platform.YOUTUBE, load_responses(path, captured_at=CAPTURED))
    daily_views = [(s.end_time, s.value) for s in found.series if s.post_key == "O0aSwKeusZM"]
    assert daily_views == [(dt.datetime(2025, 3, 5), 120331), (dt.datetime(2025, 3, 6), 98012)]
    assert {s.source for s in found.series} == {"youtube_analytics_api v2"}
    # Daily values are not the video's lifetime counter.
    assert counters(found)[("O0aSwKeusZM", "views")] == 794755


def _sample_edited(tmp_path, name: str, edit) -> str:
    """A copy of a sample payload with `edit` applied, under the sample's own name."""
    payload = json.loads((SAMPLES / name).read_text())
    edit(payload)
    (tmp_path / name).write_text(json.dumps(payload))
    return name


def test_x_shares_summing_past_the_largest_count_are_refused_naming_the_field(tmp_path):
    def edit(payload):
        payload["data"][0]["public_metrics"]["retweet_count"] = LARGEST_COUNT

    name = _sample_edited(tmp_path, "x_posts.json", edit)
    problem = r"x_posts\.json › data\[0\]\.public_metrics: retweet_count \+ quote_count sum"
    with pytest.raises(ImportFailed, match=problem):
        harvest(name, folder=tmp_path)


def test_x_shares_of_exactly_the_largest_count_are_kept(tmp_path):
    def edit(payload):
        metrics = payload["data"][0]["public_metrics"]
        metrics["retweet_count"], metrics["quote_count"] = LARGEST_COUNT - 4, 4

    found = counters(harvest(_sample_edited(tmp_path, "x_posts.json", edit), folder=tmp_path))
    assert found[("1897000000000000001", "shares")] == LARGEST_COUNT


def test_facebook_reactions_summing_past_the_largest_count_are_refused_naming_the_field(
    tmp_path,
):
    def edit(payload):
        insights = payload[2]["data"]
        reactions = next(i for i in insights if i["name"] == "post_reactions_by_type_total")
        reactions["values"][0]["value"]["like"] = LARGEST_COUNT

    name = _sample_edited(tmp_path, "facebook_2024.json", edit)
    problem = r"facebook_2024\.json › .*values\[0\]\.value: like \+ love \+ .* sum to"
    with pytest.raises(ImportFailed, match=problem):
        harvest(name, folder=tmp_path)
