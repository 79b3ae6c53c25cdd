import datetime as dt

from influscope.ingest.platforms.matching import CampaignWindow, match_post
from influscope.store.records import PostRecord
from influscope.vocabulary import Format, Platform

CLARA, LEA = 1, 2


def _campaign(name, start, end, *, hashtags=(), people=(CLARA,), zone="Europe/Paris"):
    return CampaignWindow(
        id=hash(name),
        name=name,
        start_date=start,
        end_date=end,
        time_zone=zone,
        hashtags=frozenset(hashtags),
        influencer_ids=frozenset(people),
    )


SPRING = _campaign("Spring Glow", dt.date(2025, 3, 4), dt.date(2025, 3, 31), hashtags={"glow"})
SUMMER = _campaign("Summer Sun", dt.date(2025, 3, 20), dt.date(2025, 6, 30), hashtags={"sun"})


def _post(published_at, caption_tags=(), mentions=()):
    return PostRecord(
        platform=Platform.INSTAGRAM,
        handle="clara.voyage",
        post_key="1",
        format=Format.POST,
        published_at=published_at,
        hashtags=tuple(caption_tags),
        mentions=tuple(mentions),
    )


def _match(post, campaigns, *, who=CLARA, brand=frozenset(), vouched=False):
    return match_post(post, influencer_id=who, campaigns=campaigns, brand=brand, vouched=vouched)


def test_a_hashtag_picks_the_campaign_when_two_run_at_once():
    found = _match(_post(dt.datetime(2025, 3, 22, 12), ["sun"]), [SPRING, SUMMER])
    assert found.campaign is SUMMER


def test_a_brand_mention_alone_fits_every_running_campaign_and_is_left_to_the_user():
    found = _match(
        _post(dt.datetime(2025, 3, 22, 12), mentions=["maisonlumiere"]),
        [SPRING, SUMMER],
        brand=frozenset({"maisonlumiere"}),
    )
    assert found.campaign is None
    assert found.reason == (
        "fits several campaigns (Spring Glow, Summer Sun); name one with --campaign"
    )


def test_a_brand_mention_ties_a_post_to_a_campaign_without_hashtags():
    quiet = _campaign("Quiet launch", dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    post = _post(dt.datetime(2025, 3, 10), mentions=["maisonlumiere"])
    assert _match(post, [quiet], brand=frozenset({"maisonlumiere"})).campaign is quiet
    assert _match(_post(dt.datetime(2025, 3, 10)), [quiet], brand=frozenset({"x"})).campaign is None


def test_a_campaign_without_hashtags_or_brand_accounts_takes_any_post_of_its_creators():
    open_brief = _campaign("Open brief", dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    assert _match(_post(dt.datetime(2025, 3, 10)), [open_brief]).campaign is open_brief


def test_a_creator_off_the_casting_is_not_matched_unless_the_campaign_is_named():
    post = _post(dt.datetime(2025, 3, 10), ["glow"])
    assert _match(post, [SPRING], who=LEA).reason == (
        "the creator is on no casting of a campaign running that day"
    )
    assert _match(post, [SPRING], who=LEA, vouched=True).campaign is SPRING


def test_the_last_day_counts_until_midnight_in_the_campaign_time_zone():
    # 22:30 UTC on 31 March is 00:30 on 1 April in Paris (summer time): after the campaign.
    assert _match(_post(dt.datetime(2025, 3, 31, 22, 30), ["glow"]), [SPRING]).campaign is None
    assert _match(_post(dt.datetime(2025, 3, 31, 21, 30), ["glow"]), [SPRING]).campaign is SPRING
