import datetime as dt

import openpyxl
import pytest
import sqlalchemy as sa

from influscope.catalogue.load import built_in_catalogue
from influscope.ingest import import_workbook, write_template
from influscope.ingest.parse import normalise_label
from influscope.ingest.workbook_columns import SHEETS
from influscope.store import schema

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
    "roster": 1,
    "target": 1,
    "indicator_value": 1,
    "mention": 1,
    "exchange_rate": 1,
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_untouched_template_imports_as_one_small_campaign(engine, tmp_path, lang):
    path = tmp_path / f"modele-{lang}.xlsx"
    write_template(path, lang=lang)

    indicator_ids = frozenset(built_in_catalogue().indicators)
    first = import_workbook(engine, path, workspace="maison-eclat", indicator_ids=indicator_ids)
    again = import_workbook(engine, path, workspace="maison-eclat", indicator_ids=indicator_ids)

    assert first.changed == 18
    assert again.changed == 0
    assert row_counts(engine) == TEMPLATE_ROWS


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_template_examples_of_the_new_sheets_are_stored(engine, tmp_path, lang):
    path = tmp_path / f"modele-{lang}.xlsx"
    write_template(path, lang=lang)

    import_workbook(engine, path, workspace="maison-clara")

    r, m, x, i = schema.roster, schema.mention, schema.exchange_rate, schema.influencer
    with engine.connect() as conn:

        def rows(*columns):
            return [tuple(row) for row in conn.execute(sa.select(*columns))]

        assert rows(i.c.name, i.c.is_brand) == [("Camille Martin", False)]
        assert rows(r.c.status, r.c.posts_contracted, r.c.products_sent) == [("activated", 4, 2)]
        assert rows(m.c.brand, m.c.own, m.c.platform, m.c.external_id, m.c.engagements) == [
            (
                "Maison Clara",
                True,
                "instagram",
                "https://www.instagram.com/reel/C4xYz12AbCd",
                3509.0,
            )
        ]
        assert rows(x.c.base, x.c.quote, x.c.valid_on, x.c.rate) == [
            ("USD", "EUR", dt.date(2026, 3, 2), 0.9223)
        ]
        v = schema.indicator_value
        assert rows(v.c.indicator, v.c.measured_on, v.c.value, v.c.source) == [
            (
                "brand_awareness_uplift",
                dt.date(2026, 5, 15),
                4.2,
                "Étude brand lift, exposés contre témoins, 1 200 répondants"
                if lang == "fr"
                else "Brand-lift survey, exposed vs control, 1,200 respondents",
            )
        ]


def test_the_template_has_every_sheet_after_its_instructions(tmp_path):
    write_template(tmp_path / "en.xlsx")
    write_template(tmp_path / "fr.xlsx", lang="fr")

    assert openpyxl.load_workbook(tmp_path / "en.xlsx").sheetnames == [
        "instructions",
        "campaigns",
        "influencers",
        "casting",
        "accounts",
        "followers",
        "posts",
        "metrics",
        "costs",
        "targets",
        "indicators",
        "mentions",
        "exchange_rates",
    ]
    assert openpyxl.load_workbook(tmp_path / "fr.xlsx").sheetnames == [
        "mode d'emploi",
        "campagnes",
        "influenceurs",
        "casting",
        "comptes",
        "abonnes",
        "publications",
        "statistiques",
        "couts",
        "objectifs",
        "indicateurs",
        "mentions",
        "taux_de_change",
    ]


def test_the_new_sheets_have_english_and_french_headers(tmp_path):
    write_template(tmp_path / "en.xlsx")
    write_template(tmp_path / "fr.xlsx", lang="fr")
    en, fr = (
        openpyxl.load_workbook(tmp_path / "en.xlsx"),
        openpyxl.load_workbook(tmp_path / "fr.xlsx"),
    )

    def headers(book, sheet):
        return [cell.value for cell in book[sheet][1]]

    assert headers(en, "influencers")[-1] == "brand"
    assert headers(fr, "influenceurs")[-1] == "marque"
    assert headers(en, "casting") == [
        "campaign",
        "influencer",
        "status",
        "posts_contracted",
        "products_sent",
    ]
    assert headers(fr, "casting") == [
        "campagne",
        "influenceur",
        "statut",
        "publications prévues",
        "produits envoyés",
    ]
    assert headers(en, "mentions") == [
        "brand",
        "own",
        "platform",
        "mention_id",
        "date",
        "engagements",
        "source",
    ]
    assert headers(fr, "mentions") == [
        "marque",
        "notre marque",
        "plateforme",
        "id mention",
        "date",
        "engagements",
        "source",
    ]
    assert headers(en, "indicators") == [
        "campaign",
        "indicator",
        "measured_on",
        "value",
        "source",
    ]
    assert headers(fr, "indicateurs") == ["campagne", "indicateur", "mesuré le", "valeur", "source"]
    assert headers(en, "exchange_rates") == ["base", "quote", "valid_on", "rate", "source"]
    assert headers(fr, "taux_de_change") == [
        "devise de base",
        "devise de cotation",
        "en vigueur le",
        "taux",
        "source",
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
        "K2:K1000": '"oui,non"',
    }
    assert lists("influenceurs") == {"H2:H1000": '"oui,non"'}
    assert lists("casting") == {"C2:C1000": '"contacté,intéressé,activé,refusé"'}
    assert lists("mentions") == {
        "B2:B1000": '"oui,non"',
        "C2:C1000": '"instagram,tiktok,youtube,facebook,x"',
    }
    assert lists("taux_de_change") == {}
    assert lists("indicateurs") == {
        "B2:B1000": '"brand_awareness_uplift,consideration_uplift,purchase_intent_uplift,'
        'brand_preference_uplift"'
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


def test_english_dropdowns_offer_the_english_words(tmp_path):
    write_template(tmp_path / "en.xlsx")
    book = openpyxl.load_workbook(tmp_path / "en.xlsx")

    (status,) = book["casting"].data_validations.dataValidation
    assert status.formula1 == '"contacted,interested,activated,declined"'


def test_sheet_names_are_unambiguous_across_the_workbook():
    labels = [
        label for sheet in SHEETS for label in {normalise_label(n) for n in (sheet.name, sheet.fr)}
    ]
    assert len(labels) == len(set(labels))


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


@pytest.mark.parametrize(
    ("lang", "sheet", "intro", "listed"),
    [
        ("en", "instructions", "go in the indicators sheet", "brand_awareness_uplift (Brand "),
        ("fr", "mode d'emploi", "vont dans l'onglet indicateurs", "(Évolution de la notoriété)"),
    ],
)
def test_instructions_explain_the_indicators_and_list_their_ids(
    tmp_path, lang, sheet, intro, listed
):
    write_template(tmp_path / "t.xlsx", lang=lang)
    cells = [
        str(value)
        for row in openpyxl.load_workbook(tmp_path / "t.xlsx")[sheet].iter_rows(values_only=True)
        for value in row
        if value is not None
    ]

    assert any(intro in cell for cell in cells)
    assert any(listed in cell for cell in cells)
