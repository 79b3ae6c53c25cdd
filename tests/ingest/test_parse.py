import contextlib
import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from influscope.ingest import parse
from influscope.vocabulary import CostKind, Format, Objective, Platform, Provenance, RosterStatus

NUMBERS = [
    ("12,5 k", Decimal("12500")),
    ("1.2M", Decimal("1200000")),
    ("475.8m", Decimal("475800000")),
    ("2.3B", Decimal("2300000000")),
    ("48,2K", Decimal("48200")),
    ("3 400", Decimal("3400")),
    ("3\u00a0400", Decimal("3400")),
    ("3\u202f400", Decimal("3400")),
    ("1 234 567", Decimal("1234567")),
    ("1 234,56", Decimal("1234.56")),
    ("1,234.56", Decimal("1234.56")),
    ("1.234,56", Decimal("1234.56")),
    ("1,234,567.8", Decimal("1234567.8")),
    ("1.234.567", Decimal("1234567")),
    ("1,234", Decimal("1234")),
    ("1.234", Decimal("1234")),
    ("12,5", Decimal("12.5")),
    ("0,125", Decimal("0.125")),
    ("1,2345", Decimal("1.2345")),
    ("1.5k", Decimal("1500")),
    ("1,234k", Decimal("1234")),
    ("12 %", Decimal("12")),
    ("4,5%", Decimal("4.5")),
    (",5", Decimal("0.5")),
    ("-3", Decimal("-3")),
    ("\u22123,5", Decimal("-3.5")),
    ("  2870 ", Decimal("2870")),
    ("1'250", Decimal("1250")),
    (134, Decimal("134")),
    (0.07, Decimal("0.07")),
    (2870.0, Decimal("2870")),
    (Decimal("12.50"), Decimal("12.50")),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS)
def test_numbers_are_read_as_people_write_them(text, expected):
    assert parse.parse_number(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("12,5kk", "is not a number"),
        ("douze", "is not a number"),
        ("k", "is not a number"),
        ("", "is not a number"),
        ("12,", "is not a number"),
        ("12 34", "misplaced thousands separator"),
        ("1,234,5", "misplaced thousands separator"),
        ("1 234.567.890", "mixed thousands separators"),
        ("1.234,5,6", "is not a number"),
        ("1,23E+06", "scientific notation"),
        (True, "is not a number"),
        (float("nan"), "is not a number"),
    ],
)
def test_text_that_is_not_a_number_is_refused_with_a_reason(text, reason):
    with pytest.raises(ValueError, match=reason):
        parse.parse_number(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("12,5 k", 12500), ("1.5k", 1500), ("48 200", 48200), ("0", 0), (2870, 2870), (12.0, 12)],
)
def test_counts_are_whole_numbers_after_scaling(text, expected):
    assert parse.parse_count(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("1.5", "is not a whole number"),
        ("12,34", "is not a whole number"),
        ("-3", "negative"),
        ("2000000B", "too large"),
    ],
)
def test_counts_refuse_fractions_negatives_and_the_impossibly_large(text, reason):
    with pytest.raises(ValueError, match=reason):
        parse.parse_count(text)


def _group(digits: str, separator: str) -> str:
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return separator.join(groups)


@given(
    st.integers(min_value=0, max_value=10**15),
    st.sampled_from(["", ",", ".", " ", "\u00a0", "\u202f"]),
)
def test_count_of_any_formatted_integer_is_that_integer(number, separator):
    assert parse.parse_count(_group(str(number), separator)) == number


@given(st.text(max_size=30))
def test_any_text_parses_or_raises_value_error(text):
    for parser in (
        parse.parse_number,
        parse.parse_count,
        parse.parse_money,
        parse.parse_date,
        parse.parse_datetime,
        parse.parse_bool,
        parse.parse_hashtags,
        parse.parse_mentions,
        parse.parse_handle,
        parse.parse_url,
        parse.parse_objectives,
        parse.parse_platform,
        parse.parse_currency,
        parse.parse_age_range,
        parse.parse_kpi_id,
    ):
        with contextlib.suppress(ValueError):
            parser(text)


@given(st.from_regex(r"[-+]?[0-9 .,\u00a0\u202f]{1,12}\s?[kKmMbB]?\s?%?", fullmatch=True))
def test_number_like_text_parses_or_raises_value_error(text):
    with contextlib.suppress(ValueError):
        parse.parse_number(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 234,56 €", (Decimal("1234.56"), "EUR")),
        ("€1,234.56", (Decimal("1234.56"), "EUR")),
        ("$1,200", (Decimal("1200"), "USD")),
        ("US$ 1,200", (Decimal("1200"), "USD")),
        ("£80", (Decimal("80"), "GBP")),
        ("CHF 120", (Decimal("120"), "CHF")),
        ("120 EUR", (Decimal("120"), "EUR")),
        ("120eur", (Decimal("120"), "EUR")),
        ("2 500 euros", (Decimal("2500"), "EUR")),
        ("1,5k€", (Decimal("1500"), "EUR")),
        ("89,90", (Decimal("89.9"), None)),
        (1800, (Decimal("1800"), None)),
    ],
)
def test_money_keeps_the_currency_written_before_or_after(text, expected):
    assert parse.parse_money(text) == expected


@pytest.mark.parametrize("text", ["EUR", "12 %", "€", "deux cents euros", "12 € €"])
def test_money_without_an_amount_is_refused(text):
    with pytest.raises(ValueError, match="is not an amount of money"):
        parse.parse_money(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("EUR", "EUR"), ("eur", "EUR"), ("€", "EUR"), ("euros", "EUR"), ("£", "GBP"), ("chf", "CHF")],
)
def test_currencies_are_iso_codes(text, expected):
    assert parse.parse_currency(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-05", dt.datetime(2026, 3, 5)),
        ("2026-03-05T18:30", dt.datetime(2026, 3, 5, 18, 30)),
        ("2026-03-05 18:30:00", dt.datetime(2026, 3, 5, 18, 30)),
        ("2026-03-05 18:30:15.250", dt.datetime(2026, 3, 5, 18, 30, 15, 250000)),
        ("05/03/2026", dt.datetime(2026, 3, 5)),
        ("5/3/2026", dt.datetime(2026, 3, 5)),
        ("05.03.2026", dt.datetime(2026, 3, 5)),
        ("05/03/2026 18:30", dt.datetime(2026, 3, 5, 18, 30)),
        ("05/03/2026 18h30", dt.datetime(2026, 3, 5, 18, 30)),
        (dt.datetime(2026, 3, 5, 18, 30), dt.datetime(2026, 3, 5, 18, 30)),
        (dt.date(2026, 3, 5), dt.datetime(2026, 3, 5)),
    ],
)
def test_datetimes_are_iso_or_day_first(text, expected):
    assert parse.parse_datetime(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("31/02/2026", "is not a real date"),
        ("2026-03-05 25:00", "is not a real date or time"),
        ("03/05/26", "is not a date"),
        ("5 mars 2026", "is not a date"),
        (dt.datetime(2026, 3, 5, tzinfo=dt.UTC), "has a time zone"),
    ],
)
def test_impossible_datetimes_are_refused(text, reason):
    with pytest.raises(ValueError, match=reason):
        parse.parse_datetime(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-05", dt.date(2026, 3, 5)),
        ("05/03/2026", dt.date(2026, 3, 5)),
        (dt.datetime(2026, 3, 5), dt.date(2026, 3, 5)),
        (dt.date(2026, 3, 5), dt.date(2026, 3, 5)),
    ],
)
def test_dates_are_calendar_days(text, expected):
    assert parse.parse_date(text) == expected


def test_a_date_with_a_time_of_day_is_not_a_date():
    with pytest.raises(ValueError, match="has a time of day"):
        parse.parse_date("05/03/2026 18:30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("#PrintempsEclat #pub", ("#printempseclat", "#pub")),
        ("PrintempsEclat, pub; ad", ("#printempseclat", "#pub", "#ad")),
        ("#Été#plage", ("#été", "#plage")),
        ("#ad #AD", ("#ad",)),
    ],
)
def test_hashtags_are_lowercase_with_a_hash(text, expected):
    assert parse.parse_hashtags(text) == expected


def test_a_hashtag_with_punctuation_is_refused():
    with pytest.raises(ValueError, match="'summer-vibes'"):
        parse.parse_hashtags("#summer-vibes")


def test_mentions_are_lowercase_with_an_at():
    assert parse.parse_mentions("@MaisonEclat, @lea.dubois") == ("@maisoneclat", "@lea.dubois")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("beauté, lifestyle", ("beauté", "lifestyle")),
        ("tech;vlog\ngaming", ("tech", "vlog", "gaming")),
        ("mode, , mode", ("mode",)),
    ],
)
def test_lists_split_on_commas_semicolons_and_lines(text, expected):
    assert parse.parse_list(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("awareness", (Objective.AWARENESS,)),
        ("Notoriété", (Objective.AWARENESS,)),
        ("product promotion; lancement produit", (Objective.PRODUCT_PROMOTION,)),
        ("promotion produit", (Objective.PRODUCT_PROMOTION,)),
        ("nouveau marché, new_market", (Objective.NEW_MARKET,)),
        ("gain d'abonnés", (Objective.FOLLOWER_GROWTH,)),
        ("Croissance", (Objective.FOLLOWER_GROWTH,)),
        ("participation", (Objective.COMMUNITY_PARTICIPATION,)),
        ("ventes, awareness", (Objective.SALES, Objective.AWARENESS)),
    ],
)
def test_objectives_accept_english_and_french_labels(text, expected):
    assert parse.parse_objectives(text) == expected


def test_an_unknown_objective_names_the_accepted_ones():
    with pytest.raises(ValueError, match=r"is not an objective \(awareness, product_promotion"):
        parse.parse_objectives("viralité")


@pytest.mark.parametrize(
    ("parser", "text", "expected"),
    [
        (parse.parse_platform, "Instagram", Platform.INSTAGRAM),
        (parse.parse_platform, "IG", Platform.INSTAGRAM),
        (parse.parse_platform, "TikTok", Platform.TIKTOK),
        (parse.parse_platform, "YouTube", Platform.YOUTUBE),
        (parse.parse_platform, "Facebook", Platform.FACEBOOK),
        (parse.parse_platform, "X", Platform.X),
        (parse.parse_platform, "Twitter", Platform.X),
        (parse.parse_format, "Reel", Format.REEL),
        (parse.parse_format, "stories", Format.STORY),
        (parse.parse_format, "carrousel", Format.CAROUSEL),
        (parse.parse_format, "Vidéo", Format.VIDEO),
        (parse.parse_format, "publication", Format.POST),
        (parse.parse_cost_kind, "frais", CostKind.FEE),
        (parse.parse_cost_kind, "Produit", CostKind.PRODUCT),
        (parse.parse_cost_kind, "livraison", CostKind.SHIPPING),
        (parse.parse_cost_kind, "agence", CostKind.AGENCY),
        (parse.parse_cost_kind, "sponsorisation", CostKind.BOOST),
        (parse.parse_cost_kind, "autre", CostKind.OTHER),
        (parse.parse_provenance, "mesuré", Provenance.MEASURED),
        (parse.parse_provenance, "Self reported", Provenance.SELF_REPORTED),
        (parse.parse_provenance, "déclaré", Provenance.SELF_REPORTED),
        (parse.parse_provenance, "ESTIMÉ", Provenance.ESTIMATED),
        (parse.parse_roster_status, "Contacté", RosterStatus.CONTACTED),
        (parse.parse_roster_status, "intéressée", RosterStatus.INTERESTED),
        (parse.parse_roster_status, "ACTIVATED", RosterStatus.ACTIVATED),
        (parse.parse_roster_status, "activée", RosterStatus.ACTIVATED),
        (parse.parse_roster_status, "refusé", RosterStatus.DECLINED),
        (parse.parse_roster_status, "Declined", RosterStatus.DECLINED),
    ],
)
def test_labels_accept_english_and_french_in_any_case(parser, text, expected):
    assert parser(text) == expected


def test_an_unknown_platform_names_the_accepted_ones():
    with pytest.raises(ValueError, match=r"is not a platform \(instagram, tiktok, youtube"):
        parse.parse_platform("Snapchat")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yes", True),
        ("Oui", True),
        ("TRUE", True),
        ("x", True),
        ("1", True),
        (1, True),
        (True, True),
        ("no", False),
        ("non", False),
        ("false", False),
        ("0", False),
        (0, False),
    ],
)
def test_booleans_accept_english_french_and_ticks(text, expected):
    assert parse.parse_bool(text) is expected


def test_an_unclear_boolean_is_refused():
    with pytest.raises(ValueError, match="is not yes or no"):
        parse.parse_bool("peut-être")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@Lea.Dubois", "lea.dubois"),
        ("leadubois", "leadubois"),
        ("https://www.instagram.com/lea.dubois/", "lea.dubois"),
        ("https://www.tiktok.com/@leadubois", "leadubois"),
        ("youtube.com/@HugoLambert", "hugolambert"),
    ],
)
def test_handles_come_from_names_or_profile_urls(text, expected):
    assert parse.parse_handle(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "https://www.instagram.com/reel/C5aB3xYzQ1w/?igsh=MWQ1ZGUxMzBkMA==",
            "https://www.instagram.com/reel/C5aB3xYzQ1w",
        ),
        (
            "https://www.youtube.com/watch?v=Xk3pQ9vB2mE&t=42s",
            "https://www.youtube.com/watch?v=Xk3pQ9vB2mE",
        ),
        ("https://youtu.be/Xk3pQ9vB2mE?si=abc", "https://youtu.be/Xk3pQ9vB2mE"),
        (
            "http://WWW.TikTok.com/@leadubois/video/7351234567890123456",
            "https://www.tiktok.com/@leadubois/video/7351234567890123456",
        ),
    ],
)
def test_urls_drop_tracking_so_copies_of_a_link_are_equal(text, expected):
    assert parse.parse_url(text) == expected


def test_text_that_is_not_a_url_is_refused():
    with pytest.raises(ValueError, match="is not a web address"):
        parse.parse_url("instagram.com/reel/C5aB3xYzQ1w")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("Xk3pQ9vB2mE", "Xk3pQ9vB2mE"), (17841405822304914, "17841405822304914"), (42.0, "42")],
)
def test_identifiers_typed_as_numbers_become_their_digits(value, expected):
    assert parse.parse_text(value) == expected


@pytest.mark.parametrize("value", [7.351234567890124e18, "7,35123E+18"])
def test_identifiers_rounded_by_a_spreadsheet_are_refused(value):
    with pytest.raises(ValueError, match="format the cells as text"):
        parse.parse_text(value)


@pytest.mark.parametrize(
    ("parser", "text", "expected"),
    [
        (parse.parse_country, "fr", "FR"),
        (parse.parse_language, "fr-be", "fr-BE"),
        (parse.parse_age_range, "25 – 34", "25-34"),
        (parse.parse_age_range, "65+", "65+"),
        (
            parse.parse_key_messages,
            "Formule vegan, sans parfum; Fabriqué en France",
            (
                "Formule vegan, sans parfum",
                "Fabriqué en France",
            ),
        ),
        (parse.parse_kpi_id, "Engagement rate reach", "engagement_rate_reach"),
    ],
)
def test_small_fields_are_normalised(parser, text, expected):
    assert parser(text) == expected


def test_an_inverted_age_range_is_refused():
    with pytest.raises(ValueError, match="first age is above the second"):
        parse.parse_age_range("34-25")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Date de début", "date de debut"),
        ("start_date", "start date"),
        ("  TRANCHE D'ÂGE ", "tranche d age"),
    ],
)
def test_labels_are_compared_without_case_accents_or_punctuation(text, expected):
    assert parse.normalise_label(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,1712", Decimal("1.1712")),
        ("0.9223", Decimal("0.9223")),
        ("0,925", Decimal("0.925")),
        ("157,35", Decimal("157.35")),
        ("1 450,32", Decimal("1450.32")),
        ("1085", Decimal("1085")),
        (1.085, Decimal("1.085")),
    ],
)
def test_exchange_rates_are_numbers_above_zero(text, expected):
    assert parse.parse_rate(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("0", "is not above zero"),
        ("-1,0512", "is not above zero"),
        ("1,085", r"is ambiguous \(1.085 or 1085\?\): write 1.0850 or 1085"),
        ("1.085", r"is ambiguous \(1.085 or 1085\?\)"),
        ("un euro", "is not a number"),
    ],
)
def test_a_rate_that_is_not_above_zero_or_is_ambiguous_is_refused(text, reason):
    with pytest.raises(ValueError, match=reason):
        parse.parse_rate(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05/03/2026 18:30", dt.date(2026, 3, 5)),
        ("2026-03-05T09:12:44", dt.date(2026, 3, 5)),
        (dt.datetime(2026, 3, 5, 23, 59), dt.date(2026, 3, 5)),
        ("2026-03-05", dt.date(2026, 3, 5)),
    ],
)
def test_a_day_may_come_with_a_time_that_is_dropped(text, expected):
    assert parse.parse_day(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17998877665544332", "17998877665544332"),
        (12345, "12345"),
        (
            "https://www.instagram.com/reel/C5aB3xYzQ1w/?igsh=MWQ1ZGUxMzBkMA==",
            "https://www.instagram.com/reel/C5aB3xYzQ1w",
        ),
        ("HTTPS://X.com/ateliernuit/status/1768", "https://x.com/ateliernuit/status/1768"),
    ],
)
def test_an_id_stays_as_typed_and_a_url_is_tidied(text, expected):
    assert parse.parse_id_or_url(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+4,2", Decimal("4.2")),
        ("-1,5", Decimal("-1.5")),
        ("+4.2 pts", Decimal("4.2")),
        ("-0,5 points", Decimal("-0.5")),
        ("1 point", Decimal("1")),
        ("3pt", Decimal("3")),
        ("0,8pp", Decimal("0.8")),
        ("+2 PTS.", Decimal("2")),
        ("\u22123,1 pts", Decimal("-3.1")),
        ("4 %", Decimal("4")),
        (-1.5, Decimal("-1.5")),
        (0, Decimal("0")),
    ],
)
def test_percentage_points_are_signed_numbers_with_an_optional_unit(text, expected):
    assert parse.parse_points(text) == expected


@pytest.mark.parametrize("text", ["pts", "quatre points", "+4,2 pts pts", "4,2 euros"])
def test_points_without_a_number_are_refused(text):
    with pytest.raises(ValueError, match="is not a number"):
        parse.parse_points(text)


INDICATOR_NAMES = {
    "brand awareness uplift": "brand_awareness_uplift",
    "evolution de la notoriete": "brand_awareness_uplift",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("brand_awareness_uplift", "brand_awareness_uplift"),
        ("Brand awareness uplift", "brand_awareness_uplift"),
        ("ÉVOLUTION DE LA NOTORIÉTÉ", "brand_awareness_uplift"),
        ("evolution de la notoriete", "brand_awareness_uplift"),
        ("Ad Recall Uplift", "ad_recall_uplift"),  # not named: read as an id for the caller
    ],
)
def test_indicators_are_named_by_id_or_label_in_any_case_or_accents(text, expected):
    assert parse.parse_indicator(text, INDICATOR_NAMES) == expected


@pytest.mark.parametrize("text", ["2026", "+", "_"])
def test_an_indicator_that_cannot_be_an_id_is_refused(text):
    with pytest.raises(ValueError, match="is not an indicator id"):
        parse.parse_indicator(text, INDICATOR_NAMES)
