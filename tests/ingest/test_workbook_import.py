"""Importing workbooks into a store, on every engine: all or nothing, and idempotent."""

import datetime as dt
from decimal import Decimal

import pytest
import sqlalchemy as sa

from influscope.ingest import ImportFailed, import_workbook
from influscope.store import schema

from .workbooks import (
    REEL_URL,
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
    "influencer": 3,
    "account": 4,
    "follower_snapshot": 4,
    "post": 4,
    "metric_snapshot": 23,
    "cost": 5,
    "target": 2,
}


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
