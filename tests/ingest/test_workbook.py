"""Reading and checking workbooks, without a store: references resolve against `KnownKeys`."""

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import openpyxl
import pytest

from influscope.catalogue.load import built_in_catalogue
from influscope.ingest import ImportFailed, load_workbook
from influscope.store.writes import KnownKeys
from influscope.vocabulary import (
    CostKind,
    Format,
    Metric,
    Objective,
    Platform,
    Provenance,
    RosterStatus,
)

from .workbooks import (
    BRAND_LIFT,
    CAROUSEL_URL,
    REEL_URL,
    RIVAL_TWEET_URL,
    TIKTOK_ID,
    TIKTOK_URL,
    in_french,
    set_cell,
    spring_campaign,
    write_csv_folder,
    write_xlsx,
)

INDICATOR_IDS = frozenset(built_in_catalogue().indicators)
EMPTY_STORE = KnownKeys(
    campaigns=frozenset(), influencers=frozenset(), accounts=frozenset(), posts=frozenset()
)


def problems_of(path, known=EMPTY_STORE, **options) -> list[str]:
    with pytest.raises(ImportFailed) as failure:
        load_workbook(path, known=known, **options)
    return [str(p) for p in failure.value.problems]


def spring_batch(tmp_path):
    return load_workbook(write_xlsx(tmp_path / "spring.xlsx", spring_campaign()), known=EMPTY_STORE)


def test_the_spring_campaign_reads_into_records(tmp_path):
    batch = load_workbook(
        write_xlsx(tmp_path / "spring.xlsx", spring_campaign()), known=EMPTY_STORE
    )

    (campaign,) = batch.campaigns
    assert campaign.name == "Printemps Éclat 2026"
    assert campaign.objectives == (Objective.AWARENESS, Objective.PRODUCT_PROMOTION)
    assert (campaign.start_date, campaign.end_date) == (dt.date(2026, 3, 1), dt.date(2026, 4, 30))
    assert (campaign.budget, campaign.currency) == (Decimal("25000"), "EUR")
    assert campaign.hashtags == ("#printempseclat", "#pub")
    assert campaign.key_messages == ("Formule vegan", "Fabriqué en France")
    assert [a.handle for a in batch.accounts] == [
        "lea.dubois",
        "leadubois",
        "hugolambert",
        "emmaclarke.studio",
        "maisoneclat",
    ]
    assert [f.followers for f in batch.followers] == [
        48200,
        125400,
        1200000,
        23900,
        212000,
        219400,
    ]
    assert batch.followers[2].provenance == Provenance.MEASURED
    tiktok = batch.posts[1]
    assert (tiktok.post_key, tiktok.format, tiktok.published_at) == (
        TIKTOK_ID,
        Format.VIDEO,
        dt.datetime(2026, 3, 7, 12, 0),
    )
    assert batch.posts[2].sponsored is True  # blank, and the post belongs to a campaign
    assert [c.currency for c in batch.costs] == ["EUR", "EUR", "GBP", "EUR", "EUR"]
    assert batch.costs[3].amount == Decimal("89.90")
    assert batch.costs[4].influencer is None
    assert [(t.kpi, t.value) for t in batch.targets] == [
        ("impressions", 1500000.0),
        ("engagement_rate_reach", 4.0),
    ]


def test_the_brand_casting_mentions_and_rates_read_into_records(tmp_path):
    batch = load_workbook(
        write_xlsx(tmp_path / "spring.xlsx", spring_campaign()), known=EMPTY_STORE
    )

    assert [(i.name, i.is_brand) for i in batch.influencers] == [
        ("Léa Dubois", False),
        ("Hugo Lambert", False),
        ("Emma Clarke", False),
        ("Sofia Benali", False),
        ("Maison Éclat", True),
    ]
    assert [
        (r.influencer, r.status, r.posts_contracted, r.products_sent) for r in batch.roster
    ] == [
        ("Léa Dubois", RosterStatus.ACTIVATED, 2, 1),
        ("Hugo Lambert", RosterStatus.ACTIVATED, 1, 1),
        ("Emma Clarke", RosterStatus.ACTIVATED, 1, None),
        ("Sofia Benali", RosterStatus.DECLINED, None, None),
    ]
    assert {r.campaign for r in batch.roster} == {"Printemps Éclat 2026"}
    first, *_, last = batch.mentions
    assert (first.external_id, first.mentioned_on, first.engagements, first.source) == (
        REEL_URL.rstrip("/"),  # the share link's tracking is dropped, as for posts
        dt.date(2026, 3, 5),  # the time of the mention is not kept
        3509.0,
        "export veille",
    )
    assert (last.brand, last.own, last.platform, last.external_id) == (
        "Atelier Nuit",
        False,
        Platform.X,
        RIVAL_TWEET_URL,
    )
    assert (last.engagements, last.source) == (None, "workbook")
    assert [(m.brand, m.own) for m in batch.mentions[1:4]] == [
        ("Maison Éclat", True),
        ("Belle Rive Cosmétiques", False),
        ("Belle Rive Cosmétiques", False),
    ]
    assert batch.mentions[3].engagements == 48300.0
    assert [(x.base, x.quote, x.valid_on, x.rate) for x in batch.exchange_rates] == [
        ("GBP", "EUR", dt.date(2026, 3, 2), 1.1712),
        ("GBP", "EUR", dt.date(2026, 4, 1), 1.1689),
        ("USD", "EUR", dt.date(2026, 3, 2), 0.9223),
    ]


def test_metrics_find_a_post_by_the_url_when_its_key_is_its_id(tmp_path):
    batch = load_workbook(
        write_xlsx(tmp_path / "spring.xlsx", spring_campaign()), known=EMPTY_STORE
    )

    tiktok = {m.metric: m.value for m in batch.metrics if m.platform == Platform.TIKTOK}
    assert tiktok == {
        Metric.VIEWS: 1200000.0,
        Metric.LIKES: 12500.0,
        Metric.COMMENTS: 1240.0,
        Metric.SHARES: 3400.0,
        Metric.SAVES: 2100.0,
    }
    assert {m.post_key for m in batch.metrics if m.platform == Platform.TIKTOK} == {TIKTOK_ID}


def test_a_shared_link_with_tracking_finds_its_post(tmp_path):
    batch = load_workbook(
        write_xlsx(tmp_path / "spring.xlsx", spring_campaign()), known=EMPTY_STORE
    )

    carousel = [m for m in batch.metrics if m.captured_at == dt.datetime(2026, 3, 14, 8)]
    assert {m.post_key for m in carousel} == {CAROUSEL_URL.rstrip("/")}


def test_a_blank_metric_is_missing_never_zero(tmp_path):
    batch = load_workbook(
        write_xlsx(tmp_path / "spring.xlsx", spring_campaign()), known=EMPTY_STORE
    )

    reel = {m.metric: m.value for m in batch.metrics if m.post_key == REEL_URL.rstrip("/")}
    assert Metric.CLICKS not in reel
    assert reel[Metric.LIKES] == 2870.0


def test_french_headers_in_any_case_and_order_with_extra_columns_are_read(tmp_path):
    sheets = in_french(spring_campaign())
    for name, rows in sheets.items():
        rows[0] = [header.upper().replace("É", "E") for header in rows[0]]
        sheets[name] = [[*reversed(row), "à voir"] for row in rows]
        sheets[name][0][-1] = "Notes internes"
    expected = load_workbook(write_xlsx(tmp_path / "en.xlsx", spring_campaign()), known=EMPTY_STORE)

    assert load_workbook(write_xlsx(tmp_path / "fr.xlsx", sheets), known=EMPTY_STORE) == expected


def test_empty_rows_are_ignored_and_rows_keep_their_spreadsheet_numbers(tmp_path):
    sheets = spring_campaign()
    blank = [None] * len(sheets["influencers"][0])
    sheets["influencers"][2:2] = [blank, ["", "  ", None, None, None, None, None]]
    set_cell(sheets, "influencers", 5, "age", "trente")

    assert problems_of(write_xlsx(tmp_path / "c.xlsx", sheets)) == [
        'c.xlsx › influencers › row 5 › age: "trente" is not a number'
    ]


def test_references_to_what_the_store_holds_are_accepted(tmp_path):
    sheets = spring_campaign()
    workbook = {"metrics": sheets["metrics"][:2] + sheets["metrics"][3:4]}
    known = KnownKeys(
        campaigns=frozenset({"Printemps Éclat 2026"}),
        influencers=frozenset({"Léa Dubois", "Hugo Lambert"}),
        accounts=frozenset({("instagram", "lea.dubois"), ("youtube", "hugolambert")}),
        posts=frozenset({("instagram", REEL_URL.rstrip("/")), ("youtube", "Xk3pQ9vB2mE")}),
    )

    batch = load_workbook(write_xlsx(tmp_path / "m.xlsx", workbook), known=known)

    assert len(batch.metrics) == 12
    assert {m.post_key for m in batch.metrics} == {REEL_URL.rstrip("/"), "Xk3pQ9vB2mE"}


def test_a_post_stored_under_its_url_keeps_that_key_when_its_id_is_added(tmp_path):
    sheets = spring_campaign()
    workbook = {"posts": sheets["posts"][:3:2], "metrics": sheets["metrics"][:3:2]}
    known = KnownKeys(
        campaigns=frozenset({"Printemps Éclat 2026"}),
        influencers=frozenset({"Léa Dubois"}),
        accounts=frozenset({("tiktok", "leadubois")}),
        posts=frozenset({("tiktok", TIKTOK_URL)}),
    )

    batch = load_workbook(write_xlsx(tmp_path / "p.xlsx", workbook), known=known)

    assert batch.posts[0].post_key == TIKTOK_URL
    assert batch.posts[0].platform_post_id == TIKTOK_ID
    assert {m.post_key for m in batch.metrics} == {TIKTOK_URL}


@pytest.mark.parametrize(
    ("sheet", "row", "column", "value", "expected"),
    [
        (
            "campaigns",
            2,
            "end_date",
            "2026-02-15",
            'campaigns › row 2 › end_date: "2026-02-15" is before the start date 2026-03-01',
        ),
        (
            "campaigns",
            2,
            "time_zone",
            "Paris",
            'campaigns › row 2 › time_zone: "Paris" is not an IANA time zone '
            "(Europe/Paris, America/New_York, UTC)",
        ),
        (
            "campaigns",
            2,
            "budget",
            "25 000 $",
            'campaigns › row 2 › budget: "25 000 $" is in USD but the currency column says EUR',
        ),
        (
            "metrics",
            3,
            "likes",
            "-120",
            'metrics › row 3 › likes: "-120" is negative',
        ),
        (
            "metrics",
            5,
            "captured_at",
            "2026-03-01",
            'metrics › row 5 › captured_at: "2026-03-01" is before the post was published '
            "(2026-03-12)",
        ),
        (
            "posts",
            4,
            "url",
            "https://www.instagram.com/p/C5zZ1aAbCd/",
            'posts › row 4 › url: "https://www.instagram.com/p/C5zZ1aAbCd/" is not a youtube '
            "address",
        ),
        (
            "posts",
            4,
            "format",
            "vlog",
            'posts › row 4 › format: "vlog" is not a format '
            "(post, carousel, reel, story, video, short, live, tweet)",
        ),
        (
            "accounts",
            3,
            "influencer",
            "lea dubois",
            'accounts › row 3 › influencer: "lea dubois" is an unknown influencer: not in the '
            '"influencers" sheet nor in the store; did you mean "Léa Dubois"?',
        ),
        (
            "costs",
            3,
            "amount",
            "4 800,555",
            'costs › row 3 › amount: "4 800,555" has more than two decimals',
        ),
        (
            "targets",
            3,
            "campaign",
            "Printemps Eclat",
            'targets › row 3 › campaign: "Printemps Eclat" is an unknown campaign: not in the '
            '"campaigns" sheet nor in the store; did you mean "Printemps Éclat 2026"?',
        ),
        (
            "influencers",
            3,
            "brand",
            "peut-être",
            'influencers › row 3 › brand: "peut-être" is not yes or no',
        ),
        (
            "casting",
            3,
            "status",
            "en attente",
            'casting › row 3 › status: "en attente" is not a casting status '
            "(contacted, interested, activated, declined)",
        ),
        (
            "casting",
            4,
            "influencer",
            "Emma Clark",
            'casting › row 4 › influencer: "Emma Clark" is an unknown influencer: not in the '
            '"influencers" sheet nor in the store; did you mean "Emma Clarke"?',
        ),
        (
            "casting",
            2,
            "campaign",
            "Printemps 2026",
            'casting › row 2 › campaign: "Printemps 2026" is an unknown campaign: not in the '
            '"campaigns" sheet nor in the store; did you mean "Printemps Éclat 2026"?',
        ),
        (
            "casting",
            5,
            "posts_contracted",
            "deux",
            'casting › row 5 › posts_contracted: "deux" is not a number',
        ),
        (
            "mentions",
            3,
            "mention_id",
            None,
            "mentions › row 3 › mention_id: a value is required",
        ),
        (
            "mentions",
            6,
            "mention_id",
            "https://www.tiktok.com/@ateliernuit/video/7352299887766554433",
            'mentions › row 6 › mention_id: "https://www.tiktok.com/@ateliernuit/video/'
            '7352299887766554433" is not a x address',
        ),
        (
            "mentions",
            5,
            "own",
            "oui",
            'mentions › row 5 › own: "oui" disagrees with row 4, which says Belle Rive '
            "Cosmétiques is not our brand",
        ),
        (
            "mentions",
            4,
            "engagements",
            "-12",
            'mentions › row 4 › engagements: "-12" is negative',
        ),
        (
            "indicators",
            3,
            "value",
            "+140 pts",
            'indicators › row 3 › value: "+140 pts" is not between -100 and 100 percentage points',
        ),
        (
            "indicators",
            4,
            "value",
            "quatre points",
            'indicators › row 4 › value: "quatre points" is not a number',
        ),
        (
            "indicators",
            2,
            "measured_on",
            "mai 2026",
            'indicators › row 2 › measured_on: "mai 2026" is not a date (YYYY-MM-DD or '
            "DD/MM/YYYY, then optionally HH:MM)",
        ),
        (
            "indicators",
            5,
            "campaign",
            "Printemps Éclat",
            'indicators › row 5 › campaign: "Printemps Éclat" is an unknown campaign: not in the '
            '"campaigns" sheet nor in the store; did you mean "Printemps Éclat 2026"?',
        ),
        (
            "indicators",
            2,
            "indicator",
            "2026",
            'indicators › row 2 › indicator: "2026" is not an indicator id (such as '
            "brand_awareness_uplift)",
        ),
        (
            "exchange_rates",
            2,
            "rate",
            "0",
            'exchange_rates › row 2 › rate: "0" is not above zero',
        ),
        (
            "exchange_rates",
            3,
            "rate",
            "1,169",
            'exchange_rates › row 3 › rate: "1,169" is ambiguous (1.169 or 1169?): '
            "write 1.1690 or 1169",
        ),
        (
            "exchange_rates",
            4,
            "quote",
            "USD",
            'exchange_rates › row 4 › quote: "USD" is the base currency too',
        ),
        (
            "exchange_rates",
            4,
            "base",
            "dollars",
            'exchange_rates › row 4 › base: "dollars" is not a currency (an ISO code such as '
            "EUR, USD, GBP)",
        ),
        (
            "exchange_rates",
            2,
            "valid_on",
            "mars 2026",
            'exchange_rates › row 2 › valid_on: "mars 2026" is not a date (YYYY-MM-DD or '
            "DD/MM/YYYY, then optionally HH:MM)",
        ),
    ],
)
def test_a_wrong_cell_is_reported_where_it_is(tmp_path, sheet, row, column, value, expected):
    sheets = spring_campaign()
    set_cell(sheets, sheet, row, column, value)

    assert problems_of(write_xlsx(tmp_path / "c.xlsx", sheets)) == [f"c.xlsx › {expected}"]


def test_the_same_creator_twice_in_a_casting_is_a_duplicate(tmp_path):
    sheets = spring_campaign()
    sheets["casting"].append(["Printemps Éclat 2026", "Hugo Lambert", "refusé", None, None])

    assert problems_of(write_xlsx(tmp_path / "c.xlsx", sheets)) == [
        'c.xlsx › casting › row 6 › campaign + influencer: "Printemps Éclat 2026, Hugo Lambert" '
        "duplicates row 3"
    ]


def test_the_same_mention_twice_is_a_duplicate_even_through_a_share_link(tmp_path):
    sheets = spring_campaign()
    sheets["mentions"].append(
        ["Maison Éclat", "oui", "Insta", REEL_URL + "?utm_source=ig_web_copy_link", "2026-03-06",
         "3 611", "export veille"]
    )  # fmt: skip

    assert problems_of(write_xlsx(tmp_path / "c.xlsx", sheets)) == [
        "c.xlsx › mentions › row 7 › platform + mention_id: "
        f'"instagram, {REEL_URL.rstrip("/")}" duplicates row 2'
    ]


def test_the_same_rate_twice_is_a_duplicate(tmp_path):
    sheets = spring_campaign()
    sheets["exchange_rates"].append(["gbp", "€", "02/03/2026", "1,1709", "Banque de France"])

    assert problems_of(write_xlsx(tmp_path / "c.xlsx", sheets)) == [
        "c.xlsx › exchange_rates › row 5 › base + quote + valid_on: "
        '"GBP, EUR, 2026-03-02" duplicates row 2'
    ]


def test_a_rate_needs_its_source(tmp_path):
    sheets = spring_campaign()
    set_cell(sheets, "exchange_rates", 3, "source", None)

    assert problems_of(write_xlsx(tmp_path / "c.xlsx", sheets)) == [
        "c.xlsx › exchange_rates › row 3 › source: a value is required"
    ]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "c.xlsx › casting › status: column is missing"),
        ("fr", "c.xlsx › casting › statut: column is missing"),
    ],
)
def test_a_sheet_named_alike_in_both_languages_speaks_its_headers_language(
    tmp_path, lang, expected
):
    sheets = {"casting": [row[:2] + row[3:] for row in spring_campaign()["casting"]]}
    if lang == "fr":
        sheets = in_french(sheets)
    known = KnownKeys(
        campaigns=frozenset({"Printemps Éclat 2026"}),
        influencers=frozenset({"Léa Dubois", "Hugo Lambert", "Emma Clarke", "Sofia Benali"}),
        accounts=frozenset(),
        posts=frozenset(),
    )

    assert problems_of(write_xlsx(tmp_path / "c.xlsx", sheets), known=known) == [expected]


def test_an_unknown_kpi_is_reported_with_the_closest_id(tmp_path):
    kpi_ids = frozenset({"impressions", "engagement_rate_reach", "cost_per_click"})
    sheets = spring_campaign()
    set_cell(sheets, "targets", 3, "kpi", "engagement_rate_rech")

    assert problems_of(write_xlsx(tmp_path / "c.xlsx", sheets), kpi_ids=kpi_ids) == [
        'c.xlsx › targets › row 3 › kpi: "engagement_rate_rech" is not a KPI id; '
        'did you mean "engagement_rate_reach"?'
    ]


def test_indicators_are_read_by_id_or_label_with_signed_points(tmp_path):
    batch = load_workbook(
        write_xlsx(tmp_path / "spring.xlsx", spring_campaign()),
        known=EMPTY_STORE,
        indicator_ids=INDICATOR_IDS,
    )

    assert [(i.indicator, i.measured_on, i.value, i.source) for i in batch.indicators] == [
        ("brand_awareness_uplift", dt.date(2026, 5, 12), 4.2, BRAND_LIFT),
        ("purchase_intent_uplift", dt.date(2026, 5, 12), 1.8, BRAND_LIFT),
        ("consideration_uplift", dt.date(2026, 5, 12), -0.5, BRAND_LIFT),
        ("brand_preference_uplift", dt.date(2026, 5, 20), -1.5,
         "Baromètre interne, avant/après, n = 800"),
    ]  # fmt: skip
    assert {i.campaign for i in batch.indicators} == {"Printemps Éclat 2026"}


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (
            "Evolution de la notoriétée",
            '"Evolution de la notoriétée" is not an indicator id or label; '
            'did you mean "brand_awareness_uplift"?',
        ),
        (
            "purchase_intent",
            '"purchase_intent" is not an indicator id or label; '
            'did you mean "purchase_intent_uplift"?',
        ),
        (
            "net promoter score",
            '"net promoter score" is not an indicator id or label (brand_awareness_uplift, '
            "brand_preference_uplift, consideration_uplift, purchase_intent_uplift)",
        ),
    ],
)
def test_an_unknown_indicator_is_reported_with_the_closest_id(tmp_path, written, expected):
    sheets = spring_campaign()
    set_cell(sheets, "indicators", 3, "indicator", written)

    assert problems_of(write_xlsx(tmp_path / "c.xlsx", sheets), indicator_ids=INDICATOR_IDS) == [
        f"c.xlsx › indicators › row 3 › indicator: {expected}"
    ]


def test_an_indicator_outside_the_ids_given_is_unknown_even_by_its_label(tmp_path):
    sheets = spring_campaign()

    assert problems_of(
        write_xlsx(tmp_path / "c.xlsx", sheets),
        indicator_ids=INDICATOR_IDS - {"purchase_intent_uplift"},
    ) == [
        "c.xlsx › indicators › row 3 › indicator: \"Évolution de l'intention d'achat\" is not "
        "an indicator id or label (brand_awareness_uplift, brand_preference_uplift, "
        "consideration_uplift)"
    ]


def test_the_same_indicator_twice_on_a_day_is_a_duplicate_even_by_its_label(tmp_path):
    sheets = spring_campaign()
    sheets["indicators"].append(
        ["Printemps Éclat 2026", "brand awareness uplift", "12/05/2026", "+4,3", "Panel bis"]
    )

    assert problems_of(write_xlsx(tmp_path / "c.xlsx", sheets)) == [
        "c.xlsx › indicators › row 6 › campaign + indicator + measured_on: "
        '"Printemps Éclat 2026, brand_awareness_uplift, 2026-05-12" duplicates row 2'
    ]


def test_an_indicator_needs_its_source_and_its_value(tmp_path):
    sheets = spring_campaign()
    set_cell(sheets, "indicators", 3, "source", " ")
    set_cell(sheets, "indicators", 4, "value", None)
    set_cell(sheets, "indicators", 5, "source", "x" * 501)

    assert problems_of(write_xlsx(tmp_path / "c.xlsx", sheets)) == [
        "c.xlsx › indicators › row 3 › source: a value is required",
        "c.xlsx › indicators › row 4 › value: a value is required",
        f'c.xlsx › indicators › row 5 › source: "{"x" * 501}" is longer than 500 characters',
    ]


def test_a_post_needs_an_id_or_a_url(tmp_path):
    sheets = spring_campaign()
    set_cell(sheets, "posts", 2, "url", None)

    assert problems_of(write_xlsx(tmp_path / "c.xlsx", sheets)) == [
        "c.xlsx › posts › row 2 › post_id: a post_id or a url is required",
        f'c.xlsx › metrics › row 2 › post: "{REEL_URL}" is an unknown instagram post: '
        'not in the "posts" sheet nor in the store',
    ]


def test_the_same_post_twice_is_a_duplicate_even_by_url(tmp_path):
    sheets = spring_campaign()
    sheets["posts"].append(list(sheets["posts"][3]))
    set_cell(sheets, "posts", 6, "post_id", "Xk3pQ9vB2mF")

    assert problems_of(write_xlsx(tmp_path / "c.xlsx", sheets)) == [
        "c.xlsx › posts › row 6 › platform + url: "
        '"youtube, https://www.youtube.com/watch?v=Xk3pQ9vB2mE" duplicates row 4'
    ]


def test_a_metrics_row_without_any_number_is_reported(tmp_path):
    sheets = spring_campaign()
    for column in ("views", "likes", "comments", "shares", "saves"):
        set_cell(sheets, "metrics", 3, column, None)

    assert problems_of(write_xlsx(tmp_path / "c.xlsx", sheets)) == [
        "c.xlsx › metrics › row 3: has no value in any metric column"
    ]


def test_a_cost_without_currency_takes_the_campaigns(tmp_path):
    sheets = spring_campaign()
    set_cell(sheets, "campaigns", 2, "currency", "CHF")
    set_cell(sheets, "campaigns", 2, "budget", 25000)
    sheets["exchange_rates"] += [
        ["EUR", "CHF", "2026-03-02", "0,9371", "BCE, cours de référence"],
        ["GBP", "CHF", "2026-03-02", "1,0975", "BCE, cours de référence"],
    ]

    batch = load_workbook(write_xlsx(tmp_path / "c.xlsx", sheets), known=EMPTY_STORE)

    assert [c.currency for c in batch.costs] == ["EUR", "EUR", "GBP", "CHF", "EUR"]


def test_a_cost_no_stored_rate_converts_to_its_campaigns_currency_is_refused(tmp_path):
    sheets = spring_campaign()
    set_cell(sheets, "costs", 3, "currency", "USD")
    sheets["exchange_rates"] = sheets["exchange_rates"][:3]  # GBP only, no USD
    path = write_xlsx(tmp_path / "c.xlsx", sheets)

    assert problems_of(path) == [
        'c.xlsx › costs › row 3 › currency: "USD" has no exchange rate to EUR, the campaign\'s '
        "currency, in this workbook or the store"
    ]
    # A rate stored earlier, either way round, is enough.
    known = replace(EMPTY_STORE, rate_pairs=frozenset({frozenset(("EUR", "USD"))}))
    assert [c.currency for c in load_workbook(path, known=known).costs][1] == "USD"


def test_excel_percent_and_currency_formats_are_read_as_shown(tmp_path):
    path = write_xlsx(tmp_path / "c.xlsx", spring_campaign())
    book = openpyxl.load_workbook(path)
    target = book["targets"]["C3"]
    target.value, target.number_format = 0.04, "0%"
    fee = book["costs"]["D4"]
    fee.value, fee.number_format = 900, '#,##0\\ "€"'
    book["costs"]["E4"].value = None
    book.save(path)

    batch = load_workbook(path, known=EMPTY_STORE)

    assert batch.targets[1].value == 4.0
    assert (batch.costs[2].amount, batch.costs[2].currency) == (Decimal("900"), "EUR")


def test_a_workbook_without_any_known_sheet_is_refused(tmp_path):
    path = write_xlsx(tmp_path / "notes.xlsx", {"Feuil1": [["nom", "budget"], ["x", 1]]})

    assert problems_of(path) == [
        "notes.xlsx: has none of the sheets campaigns, influencers, casting, accounts, followers, "
        "posts, metrics, costs, targets, indicators, mentions, exchange_rates"
    ]


def test_a_missing_file_is_refused(tmp_path):
    assert problems_of(tmp_path / "absent.xlsx") == [f"{tmp_path / 'absent.xlsx'}: does not exist"]


def test_a_file_that_is_not_a_workbook_is_refused(tmp_path):
    path = tmp_path / "campagne.xlsx"
    path.write_text("not a zip")

    (problem,) = problems_of(path)
    assert problem.startswith("campagne.xlsx: cannot be read as an .xlsx workbook")


def test_a_column_named_twice_is_reported(tmp_path):
    sheets = spring_campaign()
    for row in sheets["metrics"]:
        row.append(row[8])
    sheets["metrics"][0][-1] = "j'aime"

    assert problems_of(write_xlsx(tmp_path / "c.xlsx", sheets)) == [
        'c.xlsx › metrics › j\'aime: is a second "likes" column; keep one'
    ]


def test_a_csv_folder_reads_like_the_workbook(tmp_path):
    xlsx = load_workbook(write_xlsx(tmp_path / "c.xlsx", spring_campaign()), known=EMPTY_STORE)
    folder = write_csv_folder(tmp_path / "export", in_french(spring_campaign()))

    assert load_workbook(folder, known=EMPTY_STORE) == xlsx


@pytest.mark.parametrize(("delimiter", "bom"), [(",", False), ("\t", True), (";", False)])
def test_csv_delimiters_and_byte_order_marks_are_detected(tmp_path, delimiter, bom):
    xlsx = load_workbook(write_xlsx(tmp_path / "c.xlsx", spring_campaign()), known=EMPTY_STORE)
    folder = write_csv_folder(tmp_path / "export", spring_campaign(), delimiter=delimiter, bom=bom)

    assert load_workbook(folder, known=EMPTY_STORE) == xlsx


def test_a_windows_1252_csv_from_french_excel_is_read(tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "influenceurs.csv").write_bytes(
        "sep=;\r\nnom;pays;catégories\r\nLéa Dubois;FR;beauté\r\n".encode("cp1252")
    )

    batch = load_workbook(folder, known=EMPTY_STORE)

    assert [(i.name, i.categories) for i in batch.influencers] == [("Léa Dubois", ("beauté",))]


def test_problems_in_a_csv_folder_name_the_file(tmp_path):
    sheets = in_french(spring_campaign())
    set_cell(sheets, "statistiques", 2, "j'aime", "12,5kk")
    folder = write_csv_folder(tmp_path / "export", sheets)

    assert problems_of(folder) == [
        'export/statistiques.csv › row 2 › j\'aime: "12,5kk" is not a number'
    ]


def test_cost_kinds_and_provenance_are_read_in_french(tmp_path):
    batch = load_workbook(write_xlsx(tmp_path / "c.xlsx", spring_campaign()), known=EMPTY_STORE)

    assert [c.kind for c in batch.costs] == [
        CostKind.FEE,
        CostKind.FEE,
        CostKind.FEE,
        CostKind.PRODUCT,
        CostKind.AGENCY,
    ]
    assert batch.metrics[0].provenance == Provenance.SELF_REPORTED


def test_a_title_above_the_header_is_skipped(tmp_path):
    sheets = spring_campaign()
    set_cell(sheets, "influencers", 4, "age", "trente")
    sheets["influencers"][0:0] = [["Créateurs — printemps 2026"], [None]]

    assert problems_of(write_xlsx(tmp_path / "c.xlsx", sheets)) == [
        'c.xlsx › influencers › row 6 › age: "trente" is not a number'
    ]


def test_one_csv_file_is_a_one_sheet_workbook(tmp_path):
    folder = write_csv_folder(tmp_path / "export", {"costs": spring_campaign()["costs"]})
    known = KnownKeys(
        campaigns=frozenset({"Printemps Éclat 2026"}),
        influencers=frozenset({"Léa Dubois", "Hugo Lambert", "Emma Clarke"}),
        accounts=frozenset(),
        posts=frozenset(),
    )

    assert problems_of(folder / "costs.csv", known=known) == [
        "costs.csv › row 5 › currency: a value is required: the amount shows none and the "
        "campaign is not in this workbook"
    ]
