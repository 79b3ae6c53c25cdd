"""Promo codes: generated per creator of a campaign, imported from the shop's list, exported."""

import csv
import datetime as dt
import io
from decimal import Decimal

import openpyxl
import pytest
import sqlalchemy as sa

from influscope.ingest.problems import ImportFailed
from influscope.store import schema
from influscope.store.records import (
    AccountRecord,
    Batch,
    CampaignRecord,
    InfluencerRecord,
    RosterRecord,
)
from influscope.store.writes import save_batch
from influscope.track.codes import (
    CodeAssignment,
    code_prefix,
    generate_codes,
    list_codes,
    save_codes,
)
from influscope.track.codes_files import load_code_file, render_shop_csv
from influscope.vocabulary import Platform, RosterStatus

NOW = dt.datetime(2026, 3, 1, 9, 0)


def _seed(engine) -> tuple[int, int]:
    batch = Batch(
        campaigns=[
            CampaignRecord("Printemps Éclat", dt.date(2026, 3, 2), dt.date(2026, 3, 29), "EUR"),
            CampaignRecord("Noël 2026", dt.date(2026, 12, 1), dt.date(2026, 12, 24), "EUR"),
        ],
        influencers=[
            InfluencerRecord("Léa Martin", country="FR"),
            InfluencerRecord("Tom Weber", country="DE"),
            InfluencerRecord("Inès Roy", country="FR"),
            InfluencerRecord("Maison Lumière", is_brand=True),
        ],
        accounts=[
            AccountRecord("Léa Martin", Platform.INSTAGRAM, "lea.voyage"),
            AccountRecord("Léa Martin", Platform.TIKTOK, "leavoyage"),
            AccountRecord("Tom Weber", Platform.YOUTUBE, "TomKocht"),
            AccountRecord("Inès Roy", Platform.INSTAGRAM, "ines_roy"),
            AccountRecord("Maison Lumière", Platform.INSTAGRAM, "maisonlumiere"),
        ],
        roster=[
            RosterRecord("Printemps Éclat", "Léa Martin", RosterStatus.ACTIVATED),
            RosterRecord("Printemps Éclat", "Tom Weber", RosterStatus.ACTIVATED),
            RosterRecord("Printemps Éclat", "Inès Roy", RosterStatus.DECLINED),
            RosterRecord("Printemps Éclat", "Maison Lumière", RosterStatus.ACTIVATED),
        ],
    )
    with engine.begin() as conn:
        save_batch(conn, workspace="Maison Lumière", batch=batch)
        c = schema.campaign
        ids = dict(conn.execute(sa.select(c.c.name, c.c.id)).all())
    return ids["Printemps Éclat"], ids["Noël 2026"]


def _workspace_id(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(sa.select(schema.workspace.c.id)).scalar_one()


def _influencers(engine) -> dict[str, int]:
    i = schema.influencer
    with engine.connect() as conn:
        return dict(conn.execute(sa.select(i.c.name, i.c.id)).all())


def test_each_activated_creator_gets_one_readable_code_and_the_brand_none(engine):
    spring, _ = _seed(engine)
    with engine.begin() as conn:
        codes = generate_codes(conn, campaign_id=spring, now=NOW)
    by_person = {code.influencer: code.code for code in codes}
    assert sorted(by_person) == ["Léa Martin", "Tom Weber"]
    assert by_person["Léa Martin"].startswith("LEAVOYAGE")
    assert by_person["Tom Weber"].startswith("TOMKOCHT")
    for code in by_person.values():
        digits = code[-2:]
        assert set(digits) <= set("23456789"), code
    assert all(code.created and code.source == "generated" for code in codes)


def test_generating_again_keeps_the_codes_already_given(engine):
    spring, _ = _seed(engine)
    with engine.begin() as conn:
        first = generate_codes(conn, campaign_id=spring, now=NOW)
    with engine.begin() as conn:
        again = generate_codes(conn, campaign_id=spring, now=NOW)
        stored = conn.execute(sa.select(sa.func.count()).select_from(schema.attribution.promo_code))
        assert stored.scalar_one() == 2
    assert [c.code for c in again] == [c.code for c in first]
    assert not any(code.created for code in again)


def test_a_generated_code_never_takes_one_the_workspace_already_has(engine):
    spring, christmas = _seed(engine)
    workspace_id = _workspace_id(engine)
    lea = _influencers(engine)["Léa Martin"]
    with engine.begin() as conn:
        expected = generate_codes(conn, campaign_id=spring, influencer_ids=[lea], now=NOW)[0]
        # The code Léa would get is taken by an imported code of another campaign.
        conn.execute(schema.attribution.promo_code.delete())
        save_codes(
            conn,
            workspace_id=workspace_id,
            codes=[CodeAssignment(expected.code, christmas, lea, None, None)],
        )
        again = generate_codes(conn, campaign_id=spring, influencer_ids=[lea], now=NOW)[0]
    assert again.code != expected.code
    assert again.code.startswith("LEAVOYAGE")


def test_the_same_store_generates_the_same_codes(engine):
    spring, _ = _seed(engine)
    with engine.begin() as conn:
        first = [c.code for c in generate_codes(conn, campaign_id=spring, now=NOW)]
        conn.execute(schema.attribution.promo_code.delete())
        second = [c.code for c in generate_codes(conn, campaign_id=spring, now=NOW)]
    assert first == second


def test_a_handle_with_accents_and_dots_becomes_capital_letters_and_digits():
    assert code_prefix("léa.voyage_2") == "LEAVOYAGE2"
    assert code_prefix("__") == "CODE"


def _write_csv(path, rows):
    with path.open("w", newline="", encoding="utf-8") as out:
        csv.writer(out).writerows(rows)
    return path


def test_importing_the_shops_codes_by_name_or_handle_then_again_changes_nothing(engine, tmp_path):
    spring, _ = _seed(engine)
    workspace_id = _workspace_id(engine)
    people = _influencers(engine)
    path = _write_csv(
        tmp_path / "codes.csv",
        [
            ["Code", "Influencer", "Handle", "Platform", "Discount type", "Discount value"],
            ["lea15", "Léa Martin", "", "", "percentage", "15 %"],
            ["TOMKOCHT10", "", "@TomKocht", "youtube", "fixed amount", "-10.00"],
        ],
    )
    for _ in range(2):
        with engine.begin() as conn:
            codes = load_code_file(conn, path, workspace_id=workspace_id, campaign_id=spring)
            summary = save_codes(conn, workspace_id=workspace_id, codes=codes, now=NOW)
    assert summary.counts["promo_code"] == {"unchanged": 2}
    with engine.connect() as conn:
        stored = {c.code: c for c in list_codes(conn, campaign_id=spring)}
    assert stored["LEA15"].influencer == "Léa Martin"
    assert stored["LEA15"].discount_type == "percentage"
    assert stored["LEA15"].discount_value == Decimal("15.00")
    assert stored["TOMKOCHT10"].discount_type == "fixed_amount"
    assert stored["TOMKOCHT10"].discount_value == Decimal("10.00")
    assert {c.source for c in stored.values()} == {"imported"}
    assert people["Léa Martin"] != people["Tom Weber"]


def test_an_xlsx_list_with_french_headers_and_a_campaign_column_imports(engine, tmp_path):
    spring, _ = _seed(engine)
    workspace_id = _workspace_id(engine)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Code promo", "Influenceuse", "Campagne"])
    sheet.append(["INES20", "Inès Roy", "printemps éclat"])
    book.save(tmp_path / "codes.xlsx")
    with engine.begin() as conn:
        codes = load_code_file(conn, tmp_path / "codes.xlsx", workspace_id=workspace_id)
        save_codes(conn, workspace_id=workspace_id, codes=codes, now=NOW)
    with engine.connect() as conn:
        assert [c.code for c in list_codes(conn, campaign_id=spring)] == ["INES20"]


def test_a_bad_code_list_names_every_problem_and_stores_nothing(engine, tmp_path):
    spring, _ = _seed(engine)
    workspace_id = _workspace_id(engine)
    path = _write_csv(
        tmp_path / "codes.csv",
        [
            ["Code", "Influencer", "Handle"],
            ["LEA15", "Lea Martine", ""],
            ["", "Tom Weber", ""],
            ["A,B", "Tom Weber", ""],
            ["SOLO", "", "nobody_here"],
            ["LEA15", "Tom Weber", ""],
        ],
    )
    with engine.begin() as conn, pytest.raises(ImportFailed) as failure:
        load_code_file(conn, path, workspace_id=workspace_id, campaign_id=spring)
    shown = [str(problem) for problem in failure.value.problems]
    assert shown == [
        'codes.csv › row 2 › Influencer: "Lea Martine" is not an influencer of this workspace',
        "codes.csv › row 3 › Code: is required",
        'codes.csv › row 4 › Code: "A,B" contains a comma, which orders use to separate codes',
        'codes.csv › row 5 › Handle: "nobody_here" is no account of an influencer of this '
        "workspace",
    ]
    with engine.connect() as conn:
        count = sa.select(sa.func.count()).select_from(schema.attribution.promo_code)
        assert conn.execute(count).scalar_one() == 0


def test_one_code_given_to_two_people_in_one_file_is_refused(engine, tmp_path):
    spring, _ = _seed(engine)
    workspace_id = _workspace_id(engine)
    path = _write_csv(
        tmp_path / "codes.csv",
        [["Code", "Influencer"], ["SPRING", "Léa Martin"], ["spring", "Tom Weber"]],
    )
    with engine.begin() as conn, pytest.raises(ImportFailed) as failure:
        load_code_file(conn, path, workspace_id=workspace_id, campaign_id=spring)
    assert [str(p) for p in failure.value.problems] == [
        'codes.csv › row 3 › Code: "SPRING" is also given to someone else on row 2'
    ]


def test_the_shop_export_lists_each_code_with_its_discount_and_the_campaign_dates(engine):
    spring, _ = _seed(engine)
    with engine.begin() as conn:
        generate_codes(
            conn,
            campaign_id=spring,
            discount_type="percentage",
            discount_value=Decimal("15"),
            now=NOW,
        )
        codes = list_codes(conn, campaign_id=spring)
    text = render_shop_csv(codes, start_date=dt.date(2026, 3, 2), end_date=dt.date(2026, 3, 29))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [row["Influencer"] for row in rows] == ["Léa Martin", "Tom Weber"]
    first = rows[0]
    assert first["Code"].startswith("LEAVOYAGE")
    assert (first["Value Type"], first["Value"]) == ("percentage", "-15.00")
    assert (first["Starts At"], first["Ends At"]) == ("2026-03-02T00:00:00", "2026-03-29T23:59:59")
    assert first["Title"] == "Printemps Éclat – Léa Martin"
