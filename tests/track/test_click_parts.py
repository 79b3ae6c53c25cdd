"""Unique clicks, visitor keys, anonymised addresses and user-agent families."""

import datetime as dt

from influscope.track.unique import Visit, mark_unique
from influscope.track.user_agents import describe
from influscope.track.visitor import VisitorKeys, anonymise_address

NOON = dt.datetime(2026, 3, 4, 12, 0)
HOUR = dt.timedelta(hours=1)
SECRET = b"a secret of the redirector, 32b!"


def test_a_visitor_counts_once_per_link_per_hour():
    visits = [
        Visit(1, "ana", NOON, False),
        Visit(1, "ana", NOON + dt.timedelta(minutes=10), False),
        Visit(1, "ana", NOON + dt.timedelta(minutes=59), False),
        Visit(1, "ana", NOON + dt.timedelta(minutes=60), False),
        Visit(2, "ana", NOON + dt.timedelta(minutes=61), False),
        Visit(1, "ben", NOON + dt.timedelta(minutes=62), False),
    ]
    assert mark_unique(visits, window=HOUR) == [True, False, False, True, True, True]


def test_a_bot_click_is_never_unique_and_does_not_use_up_the_window():
    visits = [Visit(1, "ana", NOON, True), Visit(1, "ana", NOON + dt.timedelta(minutes=1), False)]
    assert mark_unique(visits, window=HOUR) == [False, True]


def test_the_window_is_configurable():
    visits = [Visit(1, "ana", NOON, False), Visit(1, "ana", NOON + dt.timedelta(minutes=20), False)]
    assert mark_unique(visits, window=dt.timedelta(minutes=15)) == [True, True]


def test_clicks_already_stored_count_against_the_window():
    stored = {(1, "ana"): NOON - dt.timedelta(minutes=30)}
    visits = [Visit(1, "ana", NOON, False), Visit(1, "ana", NOON + dt.timedelta(minutes=31), False)]
    assert mark_unique(visits, window=HOUR, last_counted=stored) == [False, True]


def test_the_visitor_key_is_stable_within_a_day_and_changes_the_next():
    keys = VisitorKeys(SECRET)
    ua = "Mozilla/5.0 (iPhone)"
    noon = NOON.replace(tzinfo=dt.UTC).timestamp()
    morning = keys.key("90.12.34.56", ua, noon - 4 * 3600)
    assert keys.key("90.12.34.56", ua, noon) == morning
    assert keys.key("90.12.34.57", ua, noon) != morning
    assert keys.key("90.12.34.56", ua, noon + 86400) != morning
    assert len(morning) == 32 and "90.12" not in morning


def test_another_secret_gives_other_keys():
    ua = "Mozilla/5.0 (iPhone)"
    noon = NOON.replace(tzinfo=dt.UTC).timestamp()
    first = VisitorKeys(SECRET).key("90.12.34.56", ua, noon)
    assert VisitorKeys(b"another secret, also 32 bytes!!").key("90.12.34.56", ua, noon) != first


def test_addresses_keep_only_their_network():
    assert anonymise_address("90.12.34.56") == "90.12.34.0/24"
    assert anonymise_address("2a01:e0a:1f2:3c40:1:2:3:4") == "2a01:e0a:1f2::/48"
    assert anonymise_address("::ffff:90.12.34.56") == "90.12.34.0/24"
    assert anonymise_address("unix-socket") is None


def test_in_app_browsers_are_named_after_their_app():
    instagram = (
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
        "like Gecko) Mobile/15E148 Instagram 330.0.0.40.92 (iPhone14,2; iOS 17_5; fr_FR)"
    )
    assert describe(instagram) == ("Instagram", "mobile")
    ipad = (
        "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        "Version/17.5 Mobile/15E148 Safari/604.1"
    )
    assert describe(ipad) == ("Safari", "tablet")
    assert describe("facebookexternalhit/1.1", is_bot=True) == ("Bot", "bot")
