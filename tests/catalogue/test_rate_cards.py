"""Rate cards and paid benchmarks: the built-ins are valid and sourced, a broken file reports
every problem at once, and money in another currency is never used without a rate."""

import pytest

from influscope.catalogue.rate_cards import (
    BUILT_IN,
    DEFAULT_BENCHMARKS,
    DEFAULT_RATE_CARD,
    CurrencyError,
    Method,
    RatesError,
    check_currency,
    load_rates,
)
from influscope.vocabulary import Format, Platform


def test_the_built_ins_give_a_card_of_each_method_every_one_sourced():
    rates = load_rates()
    assert {card.method for card in rates.cards.values()} == set(Method)
    assert rates.get_card_or_raise(DEFAULT_RATE_CARD).ref == "skeepers_octoly@1"
    assert rates.get_benchmarks_or_raise(DEFAULT_BENCHMARKS).ref == "paid_social@1"
    for card in rates.cards.values():
        assert card.sources and card.notes, card.ref
        assert all(source.url.startswith("https://") for source in card.sources), card.ref
    for prices in rates.get_benchmarks_or_raise(DEFAULT_BENCHMARKS).prices.values():
        for price in prices.values():
            assert price.source.url.startswith("https://") and price.definition


def test_a_listed_format_replaces_the_platform_default():
    card = load_rates().get_card_or_raise("skeepers_octoly")
    assert card.rate_for(Platform.TIKTOK, Format.VIDEO).cpm == 6.89
    assert card.rate_for(Platform.INSTAGRAM, Format.STORY).likes == 0.07
    assert card.rate_for(Platform.X, Format.TWEET) is None


BROKEN_CARD = """
kind: rate_card
id: my_card
version: 1
name: My card
method: per_action
sources: []
values:
  snapchat:
    default: {likes: 0.1}
  instagram:
    igtv: {likes: 0.1}
    post: {likes: -0.5, plays: 0.01}
  tiktok:
    default: {cpm: 6.89, views: 0.02, cpe: 0.1}
"""

BROKEN_BENCHMARKS = """
kind: paid_benchmarks
id: my_prices
version: 1
name: My prices
currency: EUR
channels:
  meta:
    cpm: {value: 0, year: 2025, definition: Our CPM, source: &ours {title: Ads Manager, url: https://business.facebook.com, year: 2025}}
    cpc: {value: 1.2, year: 2025, source: *ours}
  snapchat:
    cpm: {value: 9, year: 2025, definition: Our CPM, source: *ours}
platforms: {instagram: meta, facebook: meta, tiktok: tiktok, youtube: meta}
fallback: meta
"""  # noqa: E501


def test_every_problem_is_reported_at_once_with_its_file_and_key(tmp_path):
    (tmp_path / "mine.yaml").write_text(BROKEN_CARD, encoding="utf-8")
    (tmp_path / "prices.yaml").write_text(BROKEN_BENCHMARKS, encoding="utf-8")
    copy = (BUILT_IN / "skeepers_octoly.yaml").read_text(encoding="utf-8")
    (tmp_path / "copy.yaml").write_text(copy, encoding="utf-8")

    with pytest.raises(RatesError) as raised:
        load_rates(tmp_path)

    assert sorted(raised.value.problems) == sorted([
        "mine.yaml › currency: give an ISO 4217 code such as EUR or USD",
        "mine.yaml › year: give the year as four digits, not None",
        "mine.yaml › sources: give at least one source (title, url, year)",
        "mine.yaml › snapchat: unknown platform 'snapchat' "
        "(expected one of instagram, tiktok, youtube, facebook, x)",
        "mine.yaml › instagram › igtv: unknown format 'igtv' "
        "(expected one of post, carousel, reel, story, video, short, live, tweet)",
        "mine.yaml › instagram › post › likes: negative value (-0.5); prices are zero or more",
        "mine.yaml › instagram › post › plays: unknown action "
        "(expected one of cpm, cpe, likes, comments, shares, saves, clicks, views)",
        "mine.yaml › tiktok › default › cpe: a per_action card values each action, not a cpe",
        "mine.yaml › tiktok › default › views: double counting: the cpm already values views, "
        "its exposure base when impressions are unknown; remove one of the two",
        "copy.yaml › id: rate_card skeepers_octoly version 1 is already defined in "
        "skeepers_octoly.yaml; give this one a new version",
        "prices.yaml › meta › cpm › value: must be more than zero (a cost is divided by it)",
        "prices.yaml › meta › cpc › definition: missing",
        "prices.yaml › snapchat: unknown channel 'snapchat' "
        "(expected one of meta, instagram, facebook, tiktok, youtube)",
        "prices.yaml › platforms › tiktok: channel 'tiktok' has no prices in this file",
        "prices.yaml › platforms: no channel for x",
    ])  # fmt: skip


def test_a_cpm_cpe_card_refuses_per_action_values(tmp_path):
    card = BROKEN_CARD.replace("method: per_action", "method: cpm_cpe")
    (tmp_path / "mine.yaml").write_text(card, encoding="utf-8")
    with pytest.raises(RatesError) as raised:
        load_rates(tmp_path, built_in=False)
    assert (
        "mine.yaml › instagram › igtv › likes: a cpm_cpe card values every engagement at its cpe"
        in raised.value.problems
    )


def test_a_user_folder_adds_a_new_version_which_becomes_the_default(tmp_path):
    newer = (BUILT_IN / "skeepers_octoly.yaml").read_text(encoding="utf-8")
    newer = newer.replace("version: 1", "version: 2").replace("comments: 3.46", "comments: 3.60")
    (tmp_path / "skeepers_2027.yaml").write_text(newer, encoding="utf-8")
    rates = load_rates(tmp_path)
    assert rates.get_card_or_raise("skeepers_octoly").ref == "skeepers_octoly@2"
    assert rates.get_card_or_raise("skeepers_octoly", 1).rates[0].comments == 3.46
    with pytest.raises(KeyError, match="Known: fair_influence, mightyscout, skeepers_octoly"):
        rates.get_card_or_raise("ayzenberg")


def test_a_missing_folder_is_a_problem_not_an_empty_catalogue(tmp_path):
    with pytest.raises(RatesError) as raised:
        load_rates(tmp_path / "nowhere")
    assert raised.value.problems == [f"{tmp_path / 'nowhere'}: no such folder"]


CURRENCY_CASES = [
    # (card, campaign currency, rate given, factor or the error it raises)
    ("skeepers_octoly", "EUR", None, 1.0),
    ("skeepers_octoly", "eur", None, 1.0),
    ("fair_influence", "EUR", 0.92, 0.92),
    ("fair_influence", "EUR", None,
     "The rate card fair_influence@1 is priced in USD but the campaign is in EUR: give the "
     "USD→EUR exchange rate, or use a rate card priced in EUR. Influscope has no exchange-rate "
     "table yet."),
    ("skeepers_octoly", "EUR", 0.9,
     "The rate card skeepers_octoly@1 and the campaign are both in EUR: an exchange rate of 0.9 "
     "makes no sense."),
    ("fair_influence", "EUR", 0,
     "The USD→EUR exchange rate must be more than zero, not 0."),
]  # fmt: skip


@pytest.mark.parametrize(("card_id", "campaign", "rate", "expected"), CURRENCY_CASES)
def test_money_in_another_currency_needs_a_rate(card_id, campaign, rate, expected):
    card = load_rates().get_card_or_raise(card_id)
    if isinstance(expected, float):
        assert check_currency(card, campaign, rate) == expected
    else:
        with pytest.raises(CurrencyError) as raised:
            check_currency(card, campaign, rate)
        assert str(raised.value) == expected


def test_paid_benchmarks_name_themselves_in_a_currency_error():
    benchmarks = load_rates().get_benchmarks_or_raise(DEFAULT_BENCHMARKS)
    with pytest.raises(
        CurrencyError, match=r"^The paid benchmarks paid_social@1 are priced in USD"
    ):
        check_currency(benchmarks, "EUR")
