"""Tracking links: destinations, UTMs, short codes, QR codes, bulk files and the export."""

import csv
import io
import json

import openpyxl
import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from influscope.cli.main import app
from influscope.ingest.problems import ImportFailed
from influscope.store import schema
from influscope.track.link_files import load_link_file, render_links_csv
from influscope.track.links import (
    CODE_ALPHABET,
    CODE_LENGTH,
    LinkRequest,
    create_links,
    list_links,
    tracked_url,
    validate_destination,
)
from influscope.track.qr import QrFormat, render_qr
from tests.track.conftest import CAMPAIGN, REEL_URL, WORKSPACE, ids

runner = CliRunner()
SERUM = "https://maison-solene.fr/serum-eclat?variant=30ml#avis"


@pytest.mark.parametrize(
    ("destination", "reason"),
    [
        ("javascript:alert(1)", "is not an http:// or https:// address"),
        ("ftp://maison-solene.fr/catalogue.pdf", "is not an http:// or https:// address"),
        ("https://admin:hunter2@maison-solene.fr/", "contains a user name or password"),
        ("https://maison-solene.fr@evil.example/", "contains a user name or password"),
        ("https:///serum", "has no host"),
        ("https://maison solene.fr/", "contains spaces"),
        ("https://maison-solene.fr:99999/", "is not a web address"),
        ("", "is empty"),
    ],
)
def test_a_destination_that_is_not_a_plain_web_address_is_refused(destination, reason):
    with pytest.raises(ValueError, match=reason):
        validate_destination(destination)


def test_the_tracked_url_keeps_the_destination_parameters_and_fragment():
    utms = {"utm_source": "instagram", "utm_medium": "influencer", "utm_id": "4"}
    assert tracked_url("https://maison-solene.fr/serum?variant=30ml&utm_source=old#avis", utms) == (
        "https://maison-solene.fr/serum?variant=30ml&utm_source=instagram"
        "&utm_medium=influencer&utm_id=4#avis"
    )


def _request(conn, influencer="Léa Voyage", platform="instagram", post=False, destination=SERUM):
    found = ids(conn)
    return LinkRequest(
        found["workspace"],
        found[CAMPAIGN],
        found[influencer],
        platform,
        destination,
        found["reel"] if post else None,
    )


def test_a_link_carries_the_utm_convention_and_a_readable_code(brand):
    with brand.begin() as conn:
        (link,) = create_links(conn, [_request(conn)])
        campaign_id = ids(conn)[CAMPAIGN]
    assert link.created
    assert len(link.code) == CODE_LENGTH and set(link.code) <= set(CODE_ALPHABET)
    assert link.tracked_url == (
        "https://maison-solene.fr/serum-eclat?variant=30ml&utm_source=instagram"
        "&utm_medium=influencer&utm_campaign=lancement-serum-eclat&utm_content=lea.voyage"
        f"&utm_id={campaign_id}#avis"
    )
    assert (
        link.short_url("https://go.maison-solene.fr/") == f"https://go.maison-solene.fr/{link.code}"
    )


def test_a_link_for_one_post_names_the_post_in_utm_content(brand):
    with brand.begin() as conn:
        (link,) = create_links(conn, [_request(conn, post=True)])
    assert "utm_content=https%3A%2F%2Fwww.instagram.com%2Freel%2FC8xYz12AbCd" in link.tracked_url
    assert link.post_key == REEL_URL


def test_asking_for_the_same_link_twice_gives_one_link(brand):
    with brand.begin() as conn:
        first = create_links(conn, [_request(conn)])
        again = create_links(conn, [_request(conn), _request(conn, platform="tiktok")])
        stored = conn.execute(sa.select(sa.func.count()).select_from(schema.tracking.link))
        assert stored.scalar_one() == 2
    assert again[0].code == first[0].code and not again[0].created
    assert again[1].created and again[1].code != first[0].code


def test_a_link_on_a_platform_without_an_account_is_refused(brand):
    with brand.begin() as conn, pytest.raises(ValueError, match="has no youtube account"):
        create_links(conn, [_request(conn, platform="youtube")])


def _write_csv(path, rows):
    with path.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows(rows)
    return path


def test_a_file_of_links_makes_each_link_once(brand, tmp_path):
    path = _write_csv(
        tmp_path / "liens.csv",
        [
            ["Campagne", "Influenceur", "Plateforme", "Destination", "Publication"],
            [CAMPAIGN, "Léa Voyage", "Instagram", SERUM, ""],
            [CAMPAIGN, "@leavoyage", "TikTok", SERUM, ""],
            [CAMPAIGN, "Hugo Cuisine", "YouTube", "https://maison-solene.fr/", ""],
            [CAMPAIGN, "Léa Voyage", "instagram", SERUM, REEL_URL],
            [CAMPAIGN, "lea.voyage", "instagram", SERUM, ""],
        ],
    )
    with brand.begin() as conn:
        workspace_id = ids(conn)["workspace"]
        links = create_links(conn, load_link_file(conn, path, workspace_id=workspace_id))
        again = create_links(conn, load_link_file(conn, path, workspace_id=workspace_id))
        assert len(list_links(conn, workspace_id=workspace_id)) == 4
    assert [link.created for link in links] == [True, True, True, True, False]
    assert not any(link.created for link in again)
    assert links[4].code == links[0].code


def test_a_file_with_mistakes_reports_each_with_row_and_column_and_makes_nothing(brand, tmp_path):
    path = tmp_path / "mars.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "links"
    sheet.append(["campaign", "influencer", "platform", "destination", "post"])
    sheet.append([CAMPAIGN, "Léa Voyage", "instagram", SERUM, None])
    sheet.append(["Noël 2031", "Léa Voyage", "instagram", SERUM, None])
    sheet.append([CAMPAIGN, "Zoé Inconnue", "instagram", SERUM, None])
    sheet.append([CAMPAIGN, "Hugo Cuisine", "youtube", "javascript:alert(1)", None])
    sheet.append([CAMPAIGN, "Hugo Cuisine", "instagram", SERUM, None])
    sheet.append([CAMPAIGN, "Hugo Cuisine", "instagram", SERUM, REEL_URL])
    book.save(path)
    with brand.begin() as conn:
        with pytest.raises(ImportFailed) as failure:
            load_link_file(conn, path, workspace_id=ids(conn)["workspace"])
        assert (
            conn.execute(sa.select(sa.func.count()).select_from(schema.tracking.link)).scalar_one()
            == 0
        )
    assert [str(problem) for problem in failure.value.problems] == [
        'mars.xlsx › links › row 3 › campaign: "Noël 2031" is not a campaign of this workspace',
        'mars.xlsx › links › row 4 › influencer: "Zoé Inconnue" is neither the name nor a '
        "handle of an influencer of this workspace",
        'mars.xlsx › links › row 5 › destination: "javascript:alert(1)" is not an http:// or '
        "https:// address",
        'mars.xlsx › links › row 6 › platform: "instagram" is a platform this influencer has no '
        "account on",
        f'mars.xlsx › links › row 7 › post: "{REEL_URL}" was published by another influencer',
    ]


def test_the_export_gives_each_influencer_the_short_and_the_full_link(brand):
    with brand.begin() as conn:
        (link,) = create_links(conn, [_request(conn)])
    rows = list(csv.DictReader(io.StringIO(render_links_csv([link], base_url="https://go.ms.fr"))))
    assert rows == [
        {
            "influencer": "Léa Voyage",
            "platform": "instagram",
            "campaign": CAMPAIGN,
            "post": "",
            "short_link": f"https://go.ms.fr/{link.code}",
            "full_link": link.tracked_url,
            "destination": SERUM,
            "code": link.code,
        }
    ]


def test_qr_codes_come_as_svg_and_png():
    svg = render_qr("https://go.maison-solene.fr/k7m2p9q", QrFormat.SVG)
    png = render_qr("https://go.maison-solene.fr/k7m2p9q", QrFormat.PNG)
    assert svg.startswith(b"<svg") and svg.rstrip().endswith(b"</svg>")
    assert png.startswith(b"\x89PNG\r\n\x1a\n")


def test_the_cli_makes_lists_exports_and_draws_links(brand, store_url, tmp_path):
    made = runner.invoke(
        app,
        [
            "track",
            "links",
            "create",
            "--db",
            store_url,
            "-c",
            CAMPAIGN,
            "-i",
            "Léa Voyage",
            "-p",
            "instagram",
            "-d",
            SERUM,
            "--base-url",
            "https://go.ms.fr",
        ],
    )
    assert made.exit_code == 0, made.output
    listed = runner.invoke(app, ["track", "links", "list", "--db", store_url, "-f", "json"])
    assert listed.exit_code == 0, listed.output
    (code,) = [row["code"] for row in json.loads(listed.output)]
    exported = runner.invoke(
        app, ["track", "links", "export", str(tmp_path / "liens.csv"), "--db", store_url]
    )
    assert exported.exit_code == 0, exported.output
    assert code in (tmp_path / "liens.csv").read_text()
    drawn = runner.invoke(
        app,
        ["track", "qr", code, "--format", "png", "-o", str(tmp_path / "qr.png"), "--db", store_url],
    )
    assert drawn.exit_code == 0, drawn.output
    assert (tmp_path / "qr.png").read_bytes().startswith(b"\x89PNG")
    refused = runner.invoke(
        app,
        [
            "track",
            "links",
            "create",
            "--db",
            store_url,
            "-c",
            CAMPAIGN,
            "-i",
            "Léa Voyage",
            "-p",
            "instagram",
            "-d",
            "https://user:pw@maison-solene.fr/",
        ],
    )
    assert refused.exit_code == 2
    assert (
        "--destination" in refused.output and "contains a user name or password" in refused.output
    )


def test_a_links_sheet_added_to_the_campaign_workbook_is_found(brand, tmp_path):
    from influscope.ingest.workbook import write_template

    path = tmp_path / "campagne.xlsx"
    write_template(path, lang="fr")
    book = openpyxl.load_workbook(path)
    sheet = book.create_sheet("liens")
    sheet.append(["Campagne", "Influenceur", "Plateforme", "Page de destination"])
    sheet.append([CAMPAIGN, "@lea.voyage", "instagram", SERUM])
    book.save(path)
    with brand.begin() as conn:
        (request,) = load_link_file(conn, path, workspace_id=ids(conn)["workspace"])
    assert (request.platform, request.destination) == ("instagram", SERUM)


def test_the_cli_imports_a_file_of_links_and_reimporting_makes_none(brand, store_url, tmp_path):
    path = _write_csv(
        tmp_path / "links.csv",
        [
            ["campaign", "influencer", "platform", "destination"],
            [CAMPAIGN, "Léa Voyage", "instagram", SERUM],
            [CAMPAIGN, "Hugo Cuisine", "youtube", "https://maison-solene.fr/recettes"],
        ],
    )
    brand.dispose()
    command = ["track", "links", "import", str(path), "--db", store_url, "-w", WORKSPACE]
    first, second = runner.invoke(app, command), runner.invoke(app, command)
    assert first.exit_code == 0, first.output
    assert "2 link(s) made, 0 already there" in first.output
    assert "0 link(s) made, 2 already there" in second.output
