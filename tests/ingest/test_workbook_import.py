"""Importing workbooks into a store, on every engine: all or nothing, and idempotent."""

import datetime as dt
from decimal import Decimal

import pytest
import sqlalchemy as sa

from influscope.catalogue.load import built_in_catalogue
from influscope.ingest import ImportFailed, import_workbook
from influscope.store import schema

from .workbooks import (
    BRAND_LIFT,
    REEL_URL,
    RIVAL_TWEET_URL,
    TIKTOK_ID,
    in_french,
    row_counts,
    set_cell,
    spring_campaign,
    write_csv_folder,
    write_xlsx,
)

WORKSPACE = "maison-eclat"
SPRING_ROWS = {
    "workspace": 1,
    "campaign": 1,
    "influencer": 5,
    "account": 5,
    "follower_snapshot": 6,
    "post": 4,
    "metric_snapshot": 23,
    "cost": 5,
    "roster": 4,
    "target": 2,
    "indicator_value": 4,
    "mention": 5,
    "exchange_rate": 3,
}
NEW_SHEETS = {
    "casting": "roster",
    "indicators": "indicator_value",
    "mentions": "mention",
    "exchange_rates": "exchange_rate",
}
INDICATOR_IDS = frozenset(built_in_catalogue().indicators)


def summer_workbook_with_five_mistakes() -> dict:
    """A second campaign's workbook, with one mistake of each kind a team really makes."""
    spring = spring_campaign()
    # fmt: off
    return {
        "influencers": [
            ["name", "country", "language"],
            ["Inès Moreau", "FR", "fr"],
            ["Inès Moreau", "BE", "fr"],  # the same creator twice
        ],
        "accounts": [
            ["influencer", "platform", "handle"],
            ["Inès Moreau", "instagram", "@ines.moreau"],
            ["Camille Durand", "tiktok", "@camilledurand"],  # nowhere to be found
        ],
        "followers": [
            ["platform", "handle", "date"],  # the followers column was deleted
            ["instagram", "ines.moreau", "2026-06-01"],
        ],
        "posts": [
            spring["posts"][0],
            ["Soldes d'Été 2026", "instagram", "ines.moreau", None,  # no campaigns sheet
             "https://www.instagram.com/reel/C8pQr5sT6uV/", "reel", "2026-06-20 19:00",
             "Mes essentiels de l'été", "#soldes", None, "oui"],
        ],
        "metrics": [
            spring["metrics"][0],
            ["instagram", "https://www.instagram.com/reel/C8pQr5sT6uV/", "2026-06-25 09:00",
             None, None, "21 300", None, None, "12,5kk", 88, None, None, None],
        ],
    }
    # fmt: on


def test_every_mistake_is_reported_at_once_and_nothing_is_written(engine, tmp_path):
    import_workbook(
        engine, write_xlsx(tmp_path / "spring.xlsx", spring_campaign()), workspace=WORKSPACE
    )
    before = row_counts(engine)
    path = write_xlsx(tmp_path / "summer.xlsx", summer_workbook_with_five_mistakes())

    with pytest.raises(ImportFailed) as failure:
        import_workbook(engine, path, workspace=WORKSPACE)

    assert [str(p) for p in failure.value.problems] == [
        'summer.xlsx › influencers › row 3 › name: "Inès Moreau" duplicates row 2',
        'summer.xlsx › accounts › row 3 › influencer: "Camille Durand" is an unknown '
        'influencer: not in the "influencers" sheet nor in the store',
        "summer.xlsx › followers › followers: column is missing",
        'summer.xlsx › posts › row 2 › campaign: "Soldes d\'Été 2026" is an unknown campaign: '
        "the workbook has no campaigns sheet and the store has none",
        'summer.xlsx › metrics › row 2 › likes: "12,5kk" is not a number',
    ]
    assert [(p.sheet, p.row, p.column) for p in failure.value.problems] == [
        ("influencers", 3, "name"),
        ("accounts", 3, "influencer"),
        ("followers", None, "followers"),
        ("posts", 2, "campaign"),
        ("metrics", 2, "likes"),
    ]
    assert row_counts(engine) == before == SPRING_ROWS


def test_importing_the_same_workbook_again_changes_nothing(engine, tmp_path):
    path = write_xlsx(tmp_path / "spring.xlsx", spring_campaign())

    first = import_workbook(engine, path, workspace=WORKSPACE)
    again = import_workbook(engine, path, workspace=WORKSPACE)

    assert first.changed == sum(SPRING_ROWS.values()) - 1  # the workspace is not counted
    assert again.changed == 0
    assert row_counts(engine) == SPRING_ROWS


def test_a_corrected_workbook_updates_values_without_duplicating_rows(engine, tmp_path):
    import_workbook(
        engine, write_xlsx(tmp_path / "v1.xlsx", spring_campaign()), workspace=WORKSPACE
    )
    corrected = spring_campaign()
    set_cell(corrected, "metrics", 2, "likes", "2 950")
    set_cell(corrected, "costs", 2, "amount", "2 700 €")

    summary = import_workbook(
        engine, write_xlsx(tmp_path / "v2.xlsx", corrected), workspace=WORKSPACE
    )

    assert summary.changed == 2
    assert summary.counts["metric_snapshot"]["updated"] == 1
    assert summary.counts["cost"]["updated"] == 1
    assert row_counts(engine) == SPRING_ROWS
    m, p, c = schema.metric_snapshot, schema.post, schema.cost
    with engine.connect() as conn:
        likes = conn.execute(
            sa.select(m.c.value)
            .join(p)
            .where(p.c.post_key == REEL_URL.rstrip("/"), m.c.metric == "likes")
        ).scalar_one()
        fee = conn.execute(
            sa.select(c.c.amount).where(c.c.description == "1 reel + 1 TikTok")
        ).scalar_one()
    assert likes == 2950.0
    assert fee == Decimal("2700.00")


def test_a_french_csv_folder_imports_the_same_as_the_xlsx(engine, tmp_path):
    import_workbook(
        engine, write_xlsx(tmp_path / "spring.xlsx", spring_campaign()), workspace=WORKSPACE
    )
    folder = write_csv_folder(tmp_path / "export", in_french(spring_campaign()), delimiter=";")

    summary = import_workbook(engine, folder, workspace=WORKSPACE)

    assert summary.changed == 0
    assert row_counts(engine) == SPRING_ROWS


def test_a_french_csv_folder_alone_fills_an_empty_store(engine, tmp_path):
    folder = write_csv_folder(tmp_path / "export", in_french(spring_campaign()))

    import_workbook(engine, folder, workspace=WORKSPACE)

    assert row_counts(engine) == SPRING_ROWS


def test_post_times_are_stored_in_utc_from_the_campaign_time_zone(engine, tmp_path):
    import_workbook(
        engine, write_xlsx(tmp_path / "spring.xlsx", spring_campaign()), workspace=WORKSPACE
    )

    p = schema.post
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(p.c.published_at, p.c.published_on).where(p.c.post_key == TIKTOK_ID)
        ).one()
    assert tuple(row) == (dt.datetime(2026, 3, 7, 11, 0), dt.date(2026, 3, 7))


def test_a_later_workbook_may_refer_to_what_an_earlier_one_stored(engine, tmp_path):
    import_workbook(
        engine, write_xlsx(tmp_path / "spring.xlsx", spring_campaign()), workspace=WORKSPACE
    )
    later = {
        "metrics": [
            spring_campaign()["metrics"][0],
            ["youtube", "Xk3pQ9vB2mE", "2026-04-20", "measured", "youtube studio", None,
             "402 000", "101 200", "7 050", 640, None, None, 2210],
        ]
    }  # fmt: skip

    summary = import_workbook(
        engine, write_xlsx(tmp_path / "april.xlsx", later), workspace=WORKSPACE
    )

    assert summary.counts["metric_snapshot"]["inserted"] == 5
    assert row_counts(engine)["metric_snapshot"] == SPRING_ROWS["metric_snapshot"] + 5


def test_a_store_in_another_workspace_does_not_satisfy_references(engine, tmp_path):
    import_workbook(
        engine, write_xlsx(tmp_path / "spring.xlsx", spring_campaign()), workspace=WORKSPACE
    )
    targets = {
        "targets": [["campaign", "kpi", "target"], ["Printemps Éclat 2026", "reach", "900k"]]
    }

    with pytest.raises(ImportFailed) as failure:
        import_workbook(engine, write_xlsx(tmp_path / "t.xlsx", targets), workspace="autre-marque")

    assert [p.column for p in failure.value.problems] == ["campaign"]
    assert row_counts(engine) == SPRING_ROWS


def test_import_checks_target_kpis_against_the_catalogue(engine, tmp_path):
    path = write_xlsx(tmp_path / "spring.xlsx", spring_campaign())

    with pytest.raises(ImportFailed) as failure:
        import_workbook(engine, path, workspace=WORKSPACE, kpi_ids=frozenset({"impressions"}))

    assert [str(p) for p in failure.value.problems] == [
        'spring.xlsx › targets › row 3 › kpi: "engagement_rate_reach" is not a KPI id'
    ]
    assert row_counts(engine)["campaign"] == 0


def test_the_store_can_list_its_known_keys(engine, tmp_path):
    from influscope.store.writes import known_keys

    import_workbook(
        engine, write_xlsx(tmp_path / "spring.xlsx", spring_campaign()), workspace=WORKSPACE
    )

    with engine.connect() as conn:
        known = known_keys(conn, workspace=WORKSPACE)
    assert ("tiktok", TIKTOK_ID) in known.posts
    assert ("youtube", "hugolambert") in known.accounts


def spring_without_the_new_sheets() -> dict:
    sheets = spring_campaign()
    for name in NEW_SHEETS:
        del sheets[name]
    # Without the rates sheet no rate converts Emma's fee in pounds: paid in euros here.
    set_cell(sheets, "costs", 4, "amount", "1 054 €")
    return sheets


@pytest.mark.parametrize("sheet", NEW_SHEETS)
def test_each_new_sheet_imports_alone_in_french_and_again_changes_nothing(engine, tmp_path, sheet):
    core = write_xlsx(tmp_path / "spring.xlsx", spring_without_the_new_sheets())
    import_workbook(engine, core, workspace=WORKSPACE)
    path = write_xlsx(tmp_path / f"{sheet}.xlsx", in_french({sheet: spring_campaign()[sheet]}))

    first = import_workbook(engine, path, workspace=WORKSPACE)
    again = import_workbook(engine, path, workspace=WORKSPACE)

    table = NEW_SHEETS[sheet]
    assert first.changed == first.counts[table]["inserted"] == SPRING_ROWS[table]
    assert again.changed == 0
    others = {t: 0 for t in NEW_SHEETS.values() if t != table}
    assert row_counts(engine) == {**SPRING_ROWS, **others}


def test_the_brand_casting_mentions_and_rates_are_stored_as_written(engine, tmp_path):
    import_workbook(
        engine, write_xlsx(tmp_path / "spring.xlsx", spring_campaign()), workspace=WORKSPACE
    )

    i, r, m, x = schema.influencer, schema.roster, schema.mention, schema.exchange_rate
    with engine.connect() as conn:

        def rows(query):
            return sorted(tuple(row) for row in conn.execute(query))

        brands = rows(sa.select(i.c.name).where(i.c.is_brand))
        roster = rows(
            sa.select(i.c.name, r.c.status, r.c.posts_contracted, r.c.products_sent).join(i)
        )
        mentions = rows(
            sa.select(
                m.c.mentioned_on, m.c.brand, m.c.own, m.c.platform, m.c.external_id,
                m.c.engagements, m.c.source,
            )
        )  # fmt: skip
        rates = rows(sa.select(x.c.base, x.c.quote, x.c.valid_on, x.c.rate, x.c.source))
    assert brands == [("Maison Éclat",)]
    assert roster == [
        ("Emma Clarke", "activated", 1, None),
        ("Hugo Lambert", "activated", 1, 1),
        ("Léa Dubois", "activated", 2, 1),
        ("Sofia Benali", "declined", None, None),
    ]
    assert mentions == [
        (dt.date(2026, 3, 5), "Maison Éclat", True, "instagram", REEL_URL.rstrip("/"), 3509.0,
         "export veille"),
        (dt.date(2026, 3, 7), "Maison Éclat", True, "tiktok", TIKTOK_ID, 19240.0,
         "export veille"),
        (dt.date(2026, 3, 8), "Belle Rive Cosmétiques", False, "instagram", "17998877665544332",
         5120.0, "export veille"),
        (dt.date(2026, 3, 15), "Belle Rive Cosmétiques", False, "tiktok", "7352200113344556677",
         48300.0, "workbook"),
        (dt.date(2026, 3, 20), "Atelier Nuit", False, "x", RIVAL_TWEET_URL, None, "workbook"),
    ]  # fmt: skip
    assert rates == [
        ("GBP", "EUR", dt.date(2026, 3, 2), 1.1712, "BCE, cours de référence"),
        ("GBP", "EUR", dt.date(2026, 4, 1), 1.1689, "BCE, cours de référence"),
        ("USD", "EUR", dt.date(2026, 3, 2), 0.9223, "ECB reference rate"),
    ]


def test_a_casting_that_moves_on_updates_its_rows(engine, tmp_path):
    earlier = spring_campaign()
    set_cell(earlier, "casting", 5, "status", "contactée")
    set_cell(earlier, "casting", 4, "products_sent", None)
    import_workbook(engine, write_xlsx(tmp_path / "v1.xlsx", earlier), workspace=WORKSPACE)
    later = {"casting": spring_campaign()["casting"]}
    set_cell(later, "casting", 4, "products_sent", 1)

    summary = import_workbook(engine, write_xlsx(tmp_path / "v2.xlsx", later), workspace=WORKSPACE)

    assert summary.changed == summary.counts["roster"]["updated"] == 2
    assert row_counts(engine) == SPRING_ROWS
    r, i = schema.roster, schema.influencer
    with engine.connect() as conn:
        sofia = conn.execute(
            sa.select(r.c.status).join(i).where(i.c.name == "Sofia Benali")
        ).scalar_one()
    assert sofia == "declined"


def test_mistakes_in_the_new_sheets_are_reported_at_once_and_nothing_is_written(engine, tmp_path):
    import_workbook(
        engine, write_xlsx(tmp_path / "spring.xlsx", spring_campaign()), workspace=WORKSPACE
    )
    spring = spring_campaign()
    # fmt: off
    may = {
        "casting": [
            spring["casting"][0],
            ["Printemps Éclat 2026", "Léa Dubois", "activé", 2, 1],
            ["Printemps Éclat 2026", "Chloé Girard", "activé", 1, 1],  # never added as a creator
            ["Printemps Éclat 2026", "Hugo Lambert", "en attente", 1, None],  # not a status
            ["Printemps Éclat 2026", "Léa Dubois", "activée", 3, 1],  # Léa twice
        ],
        "mentions": [
            spring["mentions"][0],
            ["Maison Éclat", "oui", "instagram", None, "2026-05-02", "1 200", "export veille"],
        ],
        "exchange_rates": [
            spring["exchange_rates"][0],
            ["GBP", "EUR", "2026-05-01", "0", "BCE, cours de référence"],
            ["CHF", "EUR", "2026-05-01", "-1,0512", "saisie manuelle"],
        ],
    }
    # fmt: on
    path = write_xlsx(tmp_path / "mai.xlsx", in_french(may))

    with pytest.raises(ImportFailed) as failure:
        import_workbook(engine, path, workspace=WORKSPACE)

    assert [str(p) for p in failure.value.problems] == [
        'mai.xlsx › casting › row 3 › influenceur: "Chloé Girard" is an unknown influencer: '
        "the workbook has no influenceurs sheet and the store has none",
        'mai.xlsx › casting › row 4 › statut: "en attente" is not a casting status '
        "(contacted, interested, activated, declined)",
        'mai.xlsx › casting › row 5 › campagne + influenceur: "Printemps Éclat 2026, Léa Dubois" '
        "duplicates row 2",
        "mai.xlsx › mentions › row 2 › id mention: a value is required",
        'mai.xlsx › taux_de_change › row 2 › taux: "0" is not above zero',
        'mai.xlsx › taux_de_change › row 3 › taux: "-1,0512" is not above zero',
    ]
    assert [(p.sheet, p.row, p.column) for p in failure.value.problems] == [
        ("casting", 3, "influenceur"),
        ("casting", 4, "statut"),
        ("casting", 5, "campagne + influenceur"),
        ("mentions", 2, "id mention"),
        ("taux_de_change", 2, "taux"),
        ("taux_de_change", 3, "taux"),
    ]
    assert row_counts(engine) == SPRING_ROWS


def test_the_indicators_are_stored_by_id_with_their_source(engine, tmp_path):
    path = write_xlsx(tmp_path / "spring.xlsx", spring_campaign())

    first = import_workbook(engine, path, workspace=WORKSPACE, indicator_ids=INDICATOR_IDS)
    again = import_workbook(engine, path, workspace=WORKSPACE, indicator_ids=INDICATOR_IDS)

    assert first.counts["indicator_value"]["inserted"] == 4
    assert again.changed == 0
    v, c = schema.indicator_value, schema.campaign
    with engine.connect() as conn:
        stored = sorted(
            tuple(row)
            for row in conn.execute(
                sa.select(c.c.name, v.c.indicator, v.c.measured_on, v.c.value, v.c.source).join(c)
            )
        )
    assert stored == [
        ("Printemps Éclat 2026", "brand_awareness_uplift", dt.date(2026, 5, 12), 4.2, BRAND_LIFT),
        ("Printemps Éclat 2026", "brand_preference_uplift", dt.date(2026, 5, 20), -1.5,
         "Baromètre interne, avant/après, n = 800"),
        ("Printemps Éclat 2026", "consideration_uplift", dt.date(2026, 5, 12), -0.5, BRAND_LIFT),
        ("Printemps Éclat 2026", "purchase_intent_uplift", dt.date(2026, 5, 12), 1.8, BRAND_LIFT),
    ]  # fmt: skip


def test_a_corrected_indicator_updates_its_row(engine, tmp_path):
    import_workbook(
        engine, write_xlsx(tmp_path / "v1.xlsx", spring_campaign()), workspace=WORKSPACE
    )
    corrected = {"indicators": spring_campaign()["indicators"]}
    set_cell(corrected, "indicators", 2, "value", "4,5 pts")
    set_cell(corrected, "indicators", 2, "indicator", "Évolution de la notoriété")

    summary = import_workbook(
        engine, write_xlsx(tmp_path / "v2.xlsx", corrected), workspace=WORKSPACE
    )

    assert summary.changed == summary.counts["indicator_value"]["updated"] == 1
    assert row_counts(engine) == SPRING_ROWS
    v = schema.indicator_value
    with engine.connect() as conn:
        awareness = conn.execute(
            sa.select(v.c.value).where(v.c.indicator == "brand_awareness_uplift")
        ).scalar_one()
    assert awareness == 4.5


def test_mistakes_in_the_indicators_are_reported_at_once_and_nothing_is_written(engine, tmp_path):
    import_workbook(
        engine, write_xlsx(tmp_path / "spring.xlsx", spring_campaign()), workspace=WORKSPACE
    )
    spring = spring_campaign()
    # fmt: off
    june = {
        "indicators": [
            spring["indicators"][0],
            ["Printemps Éclat 2026", "brand_awarness_uplift", "2026-06-15", "+2,1", BRAND_LIFT],
            ["Printemps Éclat 2026", "consideration_uplift", "2026-06-15", "+0,9", None],
            ["Printemps Éclat 2026", "purchase_intent_uplift", "2026-06-15", "beaucoup",
             BRAND_LIFT],
            ["Printemps Éclat 2026", "brand_preference_uplift", "2026-06-15", "+1,2 pts",
             BRAND_LIFT],
            ["Printemps Éclat 2026", "Évolution de la préférence de marque", "15/06/2026",
             "+1,3", BRAND_LIFT],
            ["Printemps Eclat", "nps", "2026-06-15", "+12", BRAND_LIFT],
        ],
    }
    # fmt: on
    path = write_xlsx(tmp_path / "juin.xlsx", in_french(june))

    with pytest.raises(ImportFailed) as failure:
        import_workbook(engine, path, workspace=WORKSPACE, indicator_ids=INDICATOR_IDS)

    assert [str(p) for p in failure.value.problems] == [
        'juin.xlsx › indicateurs › row 2 › indicateur: "brand_awarness_uplift" is not an '
        'indicator id or label; did you mean "brand_awareness_uplift"?',
        "juin.xlsx › indicateurs › row 3 › source: a value is required",
        'juin.xlsx › indicateurs › row 4 › valeur: "beaucoup" is not a number',
        "juin.xlsx › indicateurs › row 6 › campagne + indicateur + mesuré le: "
        '"Printemps Éclat 2026, brand_preference_uplift, 2026-06-15" duplicates row 5',
        'juin.xlsx › indicateurs › row 7 › campagne: "Printemps Eclat" is an unknown campaign: '
        "the workbook has no campagnes sheet and the store has none; "
        'did you mean "Printemps Éclat 2026"?',
        'juin.xlsx › indicateurs › row 7 › indicateur: "nps" is not an indicator id or label '
        "(brand_awareness_uplift, brand_preference_uplift, consideration_uplift, "
        "purchase_intent_uplift)",
    ]
    assert [(p.sheet, p.row, p.column) for p in failure.value.problems] == [
        ("indicateurs", 2, "indicateur"),
        ("indicateurs", 3, "source"),
        ("indicateurs", 4, "valeur"),
        ("indicateurs", 6, "campagne + indicateur + mesuré le"),
        ("indicateurs", 7, "campagne"),
        ("indicateurs", 7, "indicateur"),
    ]
    assert row_counts(engine) == SPRING_ROWS
