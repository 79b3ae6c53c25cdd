import openpyxl
import pytest

from influscope.ingest import import_workbook, write_template
from influscope.ingest.parse import normalise_label
from influscope.ingest.workbook_columns import SHEETS

from .workbooks import row_counts

TEMPLATE_ROWS = {
    "workspace": 1,
    "campaign": 1,
    "influencer": 1,
    "account": 1,
    "follower_snapshot": 1,
    "post": 1,
    "metric_snapshot": 7,
    "cost": 1,
    "target": 1,
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_untouched_template_imports_as_one_small_campaign(engine, tmp_path, lang):
    path = tmp_path / f"modele-{lang}.xlsx"
    write_template(path, lang=lang)

    first = import_workbook(engine, path, workspace="maison-eclat")
    again = import_workbook(engine, path, workspace="maison-eclat")

    assert first.changed == 14
    assert again.changed == 0
    assert row_counts(engine) == TEMPLATE_ROWS


def test_the_template_has_every_sheet_after_its_instructions(tmp_path):
    write_template(tmp_path / "en.xlsx")
    write_template(tmp_path / "fr.xlsx", lang="fr")

    assert openpyxl.load_workbook(tmp_path / "en.xlsx").sheetnames == [
        "instructions",
        "campaigns",
        "influencers",
        "accounts",
        "followers",
        "posts",
        "metrics",
        "costs",
        "targets",
    ]
    assert openpyxl.load_workbook(tmp_path / "fr.xlsx").sheetnames == [
        "mode d'emploi",
        "campagnes",
        "influenceurs",
        "comptes",
        "abonnes",
        "publications",
        "statistiques",
        "couts",
        "objectifs",
    ]


def test_template_headers_are_bold_frozen_and_explained_in_comments(tmp_path):
    write_template(tmp_path / "fr.xlsx", lang="fr")
    posts = openpyxl.load_workbook(tmp_path / "fr.xlsx")["publications"]

    headers = [cell.value for cell in posts[1]]
    assert headers == [
        "campagne",
        "plateforme",
        "identifiant",
        "id publication",
        "url",
        "format",
        "publié le",
        "légende",
        "hashtags",
        "mentions",
        "sponsorisé",
    ]
    assert all(cell.font.bold for cell in posts[1])
    assert posts.freeze_panes == "A2"
    assert posts["G1"].comment.text.startswith("Date et heure de publication")
    assert posts.column_dimensions["H"].width > 10


def test_template_offers_dropdowns_for_closed_lists(tmp_path):
    write_template(tmp_path / "fr.xlsx", lang="fr")
    book = openpyxl.load_workbook(tmp_path / "fr.xlsx")

    def lists(sheet):
        return {str(v.sqref): v.formula1 for v in book[sheet].data_validations.dataValidation}

    assert lists("publications") == {
        "B2:B1000": '"instagram,tiktok,youtube,facebook,x"',
        "F2:F1000": '"publication,carrousel,reel,story,vidéo,short,live,tweet"',
    }
    assert lists("couts") == {"C2:C1000": '"frais,produit,livraison,agence,sponsorisation,autre"'}
    assert lists("statistiques")["D2:D1000"] == '"mesuré,déclaré,estimé"'


def test_instructions_describe_every_column(tmp_path):
    write_template(tmp_path / "en.xlsx")
    instructions = openpyxl.load_workbook(tmp_path / "en.xlsx")["instructions"]

    described = {
        normalise_label(str(row[1]))
        for row in instructions.iter_rows(values_only=True)
        if row[1] is not None
    }
    assert {c.name.replace("_", " ") for s in SHEETS for c in s.columns} <= described


def test_headers_are_unambiguous_within_each_sheet():
    for sheet in SHEETS:
        labels = [
            label
            for column in sheet.columns
            for label in {normalise_label(x) for x in (column.name, column.fr, *column.aliases)}
        ]
        assert len(labels) == len(set(labels)), sheet.name


def test_an_unknown_template_language_is_refused(tmp_path):
    with pytest.raises(ValueError, match="language must be one of en, fr"):
        write_template(tmp_path / "de.xlsx", lang="de")
