"""Prospect lists as tools export them: located problems, nothing stored from a bad file, and
importing again changes nothing."""

import datetime as dt

import openpyxl
import pytest
import sqlalchemy as sa

from influscope.discover.audits import audit_profiles
from influscope.discover.directory import load_directory
from influscope.discover.imports import import_prospects, load_prospects
from influscope.discover.search import Filters, Hit, search
from influscope.discover.settings import built_in_settings
from influscope.ingest.problems import ImportFailed
from influscope.store import schema
from influscope.store.records import Batch, InfluencerRecord
from influscope.store.writes import save_batch

WORKSPACE = "Atelier Rosé"
DAY = dt.date(2026, 11, 20)

FRENCH_LIST = """\
Nom;Pseudo;Plateforme;Abonnés;Taux d'engagement;Pays;Langue;Catégories;Bio;Tarif;\
Audience pays;Audience femmes;Âge
Camille Lefort;@camille.lefort;Instagram;12,5 k;3,2 %;France;fr;skincare, beauté;\
Pharmacienne, je parle peau sensible et routines simples;450 €;FR 62%, BE 11%;88 %;29
Jules Arnaud;julesarnaud;TikTok;475.8m;N/A;Belgique;;humour;;-;;;25-34
Inès Roy;ines.roy;instagram;8 900;0,045;FR;fr;beauty;Maquillage du quotidien;;FR:0.7;0.91;
"""


def _hits(engine):
    settings = built_in_settings()
    with engine.connect() as conn:
        profiles = load_directory(conn, workspace=WORKSPACE, settings=settings)
        audits = audit_profiles(conn, profiles, settings)
    return {h.profile.handle: h for h in (Hit(p, audits[p.account_id]) for p in profiles)}


def test_french_list_with_typed_counts_percentages_and_blanks(engine, tmp_path):
    path = tmp_path / "prospects.csv"
    path.write_text(FRENCH_LIST, encoding="utf-8")
    summary = import_prospects(engine, path, workspace=WORKSPACE, captured_on=DAY)
    assert summary.counts["influencer"]["inserted"] == 3
    assert summary.counts["account_profile"]["inserted"] == 3
    hits = _hits(engine)
    camille = hits["camille.lefort"].profile
    assert (camille.followers, camille.tier, camille.country) == (12_500, "micro", "FR")
    assert camille.engagement_rate == pytest.approx(3.2)
    assert camille.engagement_source == "declared"
    assert (camille.cost_per_post, camille.currency, camille.cost_source) == (
        450,
        "EUR",
        "declared",
    )
    assert camille.categories == ("skincare", "beauté")
    assert camille.audience["country"] == {"FR": 0.62, "BE": 0.11}
    assert camille.audience["gender"]["female"] == pytest.approx(0.88)
    jules = hits["julesarnaud"].profile
    assert (jules.followers, jules.tier, jules.engagement_rate) == (475_800_000, "mega", None)
    assert (jules.age, jules.age_range, jules.cost_per_post) == (None, "25-34", None)
    ines = hits["ines.roy"].profile
    assert ines.engagement_rate == pytest.approx(4.5)  # a fraction without '%'
    assert ines.language == "fr"
    found = search(list(hits.values()), Filters(audience_countries=("FR:60",)))
    assert {h.profile.handle for h in found} == {"camille.lefort", "ines.roy"}


def test_importing_the_same_list_again_changes_nothing(engine, tmp_path):
    path = tmp_path / "prospects.csv"
    path.write_text(FRENCH_LIST, encoding="utf-8")
    import_prospects(engine, path, workspace=WORKSPACE, captured_on=DAY)
    again = import_prospects(engine, path, workspace=WORKSPACE, captured_on=DAY)
    assert again.changed == 0


def test_a_list_keeps_what_the_store_knows_and_the_list_leaves_blank(engine, tmp_path):
    known = InfluencerRecord(name="Jules Arnaud", country="BE", language="fr", contact="j@a.be")
    with engine.begin() as conn:
        save_batch(conn, workspace=WORKSPACE, batch=Batch(influencers=[known]))
    path = tmp_path / "prospects.csv"
    path.write_text(FRENCH_LIST, encoding="utf-8")
    import_prospects(engine, path, workspace=WORKSPACE, captured_on=DAY)
    i = schema.influencer
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(i.c.language, i.c.contact, i.c.age_range).where(i.c.name == "Jules Arnaud")
        ).one()
    assert tuple(row) == ("fr", "j@a.be", "25-34")


def test_english_xlsx_export_with_profile_urls_and_a_default_platform(engine, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Full name", "Profile URL", "Followers", "Engagement rate", "Country", "Niche"])
    sheet.append(
        ["Mia Stone", "https://www.instagram.com/mia.stone/", "1.2M", "1.1%", "GB", "fashion"]
    )
    sheet.append(["Tom Hale", "https://www.tiktok.com/@tomhale", 48200, 0.061, "US", "tech"])
    path = tmp_path / "export.xlsx"
    book.save(path)
    import_prospects(engine, path, workspace=WORKSPACE, captured_on=DAY)
    hits = _hits(engine)
    assert hits["mia.stone"].profile.platform == "instagram"
    assert hits["mia.stone"].profile.followers == 1_200_000
    assert hits["tomhale"].profile.platform == "tiktok"
    assert hits["tomhale"].profile.engagement_rate == pytest.approx(6.1)


def test_every_problem_is_located_and_nothing_is_stored(engine, tmp_path):
    path = tmp_path / "prospects.csv"
    path.write_text(
        "Name,Handle,Platform,Followers,ER,Country\n"
        "Ana,ana.b,instagram,12k,2%,FR\n"
        "Bea,bea,myspace,3k,2%,FR\n"
        "Cleo,cleo,instagram,beaucoup,250%,Atlantis\n"
        "Dora,,instagram,3k,,\n"
        "Ana again,ana.b,instagram,13k,,FR\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportFailed) as failure:
        import_prospects(engine, path, workspace=WORKSPACE, captured_on=DAY)
    located = [(p.row, p.column) for p in failure.value.problems]
    assert located == [
        (3, "Platform"),
        (4, "Followers"),
        (4, "ER"),
        (4, "Country"),
        (5, "Handle"),
        (6, "Handle"),
    ]
    assert "prospects.csv › row 4 › Followers" in str(failure.value.problems[1])
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(schema.influencer)).scalar() == 0


def test_a_list_without_handles_or_urls_is_refused_at_its_header(tmp_path):
    path = tmp_path / "names.csv"
    path.write_text("Name,Followers\nAna,12k\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="needs a column 'handle' or 'url'"):
        load_prospects(path)
