"""The pages and their JSON twins: dashboard, languages, escaping, imports, errors."""

import datetime as dt
import gc

import sqlalchemy as sa

from influscope.store import schema
from influscope.web import WebSettings, create_app
from tests.ingest.workbooks import set_cell, spring_campaign, write_xlsx
from tests.web.conftest import SCRIPT_CAPTION, Client, add_tracking, sign_in


def test_the_dashboard_shows_kpis_against_targets_and_its_json_twin_has_the_same(as_user, brands):
    viewer = as_user("viewer")
    campaign = brands["A"]["campaign"]
    page = viewer.get(f"/campaigns/{campaign}", headers={"Accept-Language": "en"})
    data = viewer.get(f"/api/v1/campaigns/{campaign}").json()

    assert page.status_code == 200
    reach = next(card for card in data["cards"] if card["id"] == "reach")
    assert reach["value"] == 21400 and reach["target"] == 20000 and reach["status"] == "met"
    assert reach["provenance"] == "measured"
    assert "Reach" in page.text and "21,400" in page.text and "Met" in page.text
    steps = {step["step"]: step for step in data["funnel"]}
    assert steps["reach"]["value"] == 21400 and steps["engagements"]["value"] == 1394
    assert steps["sessions"]["source"] == "no_data" and steps["orders"]["source"] == "no_data"
    (row,) = data["by_influencer"]
    assert row["key"] == "Léa Dubois" and row["values"]["cost"] == 1800
    assert data["posts"][0]["metrics"]["likes"] == 1310
    assert data["codes"] == [] and "Read-only view" in page.text


def test_a_caption_with_a_script_tag_shows_as_text(as_user, brands):
    page = as_user("owner").get(f"/campaigns/{brands['A']['campaign']}").text
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;" in page
    data = as_user("owner").get(f"/api/v1/campaigns/{brands['A']['campaign']}").json()
    assert data["posts"][0]["caption"] == SCRIPT_CAPTION


def test_the_browser_language_chooses_french_labels_numbers_money_and_dates(as_user, brands):
    page = (
        as_user("viewer")
        .get(
            f"/campaigns/{brands['A']['campaign']}",
            headers={"Accept-Language": "fr-FR,fr;q=0.9,en;q=0.5"},
        )
        .text
    )
    assert '<html lang="fr">' in page
    assert "Portée" in page and "Atteint" in page and "Chiffres clés" in page
    assert "21\u202f400" in page  # thousands separated by a narrow no-break space
    assert "1\u202f800,00\u00a0€" in page  # money: decimal comma, symbol after
    assert "1 mars 2026" in page


def test_a_users_language_setting_beats_the_browser(as_user, brands):
    owner = as_user("owner")
    assert owner.post_form("/account/language", {"language": "fr"}).status_code == 303
    page = owner.get("/workspaces", headers={"Accept-Language": "en"}).text
    assert "Espaces de travail" in page


def test_the_influencer_table_sorts_through_an_htmx_fragment(as_user, brands):
    owner = as_user("owner")
    response = owner.get(
        f"/campaigns/{brands['A']['campaign']}?sort=cost&order=asc",
        headers={"HX-Request": "true", "HX-Target": "influencer-table"},
    )
    assert response.text.lstrip().startswith('<div id="influencer-table"')
    assert "<html" not in response.text
    assert 'aria-sort="ascending"' in response.text


def test_campaigns_list_with_status_and_a_new_campaign(as_user, brands):
    analyst = as_user("analyst")
    workspace = brands["A"]["workspace"]
    created = analyst.post_form(
        f"/workspaces/{workspace}/campaigns",
        {
            "name": "Soldes d'été",
            "start_date": "2026-06-24",
            "end_date": "2026-07-21",
            "currency": "eur",
            "budget": "12 500,50",
            "objectives": ["sales", "awareness"],
        },
    )
    assert created.status_code == 303
    listing = analyst.get(f"/api/v1/workspaces/{workspace}/campaigns").json()["campaigns"]
    summer = next(c for c in listing if c["name"] == "Soldes d'été")
    assert summer["budget"] == 12500.5 and summer["currency"] == "EUR"
    assert summer["objectives"] == ["sales", "awareness"]
    assert {c["status"] for c in listing} <= {"planned", "running", "ended"}


def test_the_influencer_profile_has_accounts_followers_and_campaign_results(as_user, brands):
    data = as_user("viewer").get(f"/api/v1/influencers/{brands['A']['influencer']}").json()
    assert data["influencer"]["accounts"] == [
        {"platform": "instagram", "handle": "lea.dubois", "followers": 49900}
    ]
    assert [p["followers"] for p in data["follower_history"]] == [48200, 49900]
    (result,) = data["campaigns"]
    assert result["campaign"]["name"] == "Printemps Solène" and result["values"]["reach"] == 21400


def test_a_workbook_with_errors_is_shown_row_by_row_and_nothing_is_stored(
    as_user, brands, tmp_path
):
    owner = as_user("owner")
    workspace = brands["A"]["workspace"]
    sheets = spring_campaign()
    set_cell(sheets, "posts", 2, "published_at", "31/02/2026")
    broken = write_xlsx(tmp_path / "printemps.xlsx", sheets)
    with brands.engine.connect() as conn:
        before = conn.execute(sa.select(sa.func.count()).select_from(schema.post)).scalar()

    response = owner.post(
        f"/workspaces/{workspace}/imports",
        data={"csrf_token": owner.csrf},
        files={"workbook": ("printemps.xlsx", broken.read_bytes())},
    )

    assert response.status_code == 422
    assert "Nothing was imported" in response.text
    assert "31/02/2026" in response.text
    with brands.engine.connect() as conn:
        after = conn.execute(sa.select(sa.func.count()).select_from(schema.post)).scalar()
    assert after == before

    clean = write_xlsx(tmp_path / "printemps-ok.xlsx", spring_campaign())
    response = owner.post(
        f"/workspaces/{workspace}/imports",
        data={"csrf_token": owner.csrf},
        files={"workbook": ("printemps-ok.xlsx", clean.read_bytes())},
    )
    assert response.status_code == 200 and "Imported." in response.text
    campaigns = owner.get(f"/api/v1/workspaces/{workspace}/campaigns").json()["campaigns"]
    assert "Printemps Éclat 2026" in {c["name"] for c in campaigns}


def test_uploads_are_type_checked_and_size_limited(brands, tmp_path):
    app = create_app(brands.engine, WebSettings(secure_cookies=False, max_upload_bytes=50_000))
    owner = sign_in(app, "owner@example.com")
    url = f"/workspaces/{brands['A']['workspace']}/imports"
    html = owner.post(
        url,
        data={"csrf_token": owner.csrf},
        files={"workbook": ("notes.xlsx", b"<html>not a workbook</html>")},
    )
    assert html.status_code == 415
    big = owner.post(
        url,
        data={"csrf_token": owner.csrf},
        files={"workbook": ("big.xlsx", b"PK\x03\x04" + b"0" * 200_000)},
    )
    assert big.status_code == 413


def test_an_unexpected_error_shows_no_trace_and_no_secret(brands):
    # A store whose web tables are missing fails on every signed-in request.
    engine = sa.create_engine("duckdb:///:memory:")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE web_session (token_hash VARCHAR)")
    app = create_app(engine, WebSettings(secure_cookies=False, secret_key="s3cr3t-key"))
    client = Client(app, raise_server_exceptions=False)
    client.cookies.set("influscope_session", "whatever")
    response = client.get("/workspaces")
    assert response.status_code == 500
    assert "Traceback" not in response.text and "s3cr3t-key" not in response.text
    assert "web_session" not in response.text and "Something went wrong" in response.text
    api = client.get("/api/v1/workspaces")
    assert api.status_code == 500 and api.json() == {"detail": "Error"}


def test_unknown_pages_answer_a_404_page(as_user):
    response = as_user("owner").get("/campaigns/999999")
    assert response.status_code == 404 and "Not found" in response.text


def test_settings_show_rate_cards_benchmarks_and_let_owners_add_a_client_viewer(as_user, brands):
    owner = as_user("owner")
    workspace = brands["A"]["workspace"]
    data = owner.get(f"/api/v1/workspaces/{workspace}/settings").json()
    assert any(card["default"] for card in data["rate_cards"])
    assert {m["role"] for m in data["members"]} == {"owner", "analyst", "viewer", "influencer"}
    added = owner.post_form(
        f"/workspaces/{workspace}/users",
        {
            "email": "client@lumiere.fr",
            "name": "Client",
            "role": "viewer",
            "password": "client-pass-1",
        },
    )
    assert added.status_code == 303
    viewer_members = as_user("viewer").get(f"/api/v1/workspaces/{workspace}/settings").json()
    assert viewer_members["members"] is None


def test_the_report_charts_are_vega_lite_specs_drawn_as_inline_svg(as_user, brands):
    viewer = as_user("viewer")
    campaign = brands["A"]["campaign"]
    charts = viewer.get(f"/api/v1/campaigns/{campaign}/charts").json()["charts"]
    keys = {c["key"] for c in charts}
    assert "spend.cost_by_influencer" in keys
    spec = next(c["spec"] for c in charts if c["key"] == "spend.cost_by_influencer")
    assert spec["$schema"].startswith("https://vega.github.io/schema/vega-lite/")
    assert spec["data"]["values"] == [{"influencer": "Léa Dubois", "cost": 1800.0}]
    fragment = viewer.get(
        f"/campaigns/{campaign}/charts", headers={"HX-Request": "true", "HX-Target": "charts"}
    ).text
    assert fragment.count("<svg") == len(charts) and "Léa Dubois" in fragment


def test_links_codes_clicks_and_attributed_sales_show_when_the_store_has_them(as_user, brands):
    with brands.engine.begin() as conn:
        add_tracking(conn, brands["A"], code="LEALINK", promo="LEA10")
    data = as_user("owner").get(f"/api/v1/campaigns/{brands['A']['campaign']}").json()
    assert data["links"] == [
        {
            "code": "LEALINK",
            "influencer": "Léa Dubois",
            "platform": "instagram",
            "destination": "https://shop.example/serum",
            "clicks": 1,
        }
    ]
    assert data["codes"] == [
        {"code": "LEA10", "influencer": "Léa Dubois", "orders": 1, "revenue": 120.0}
    ]
    steps = {step["step"]: step for step in data["funnel"]}
    assert steps["clicks"]["value"] == 1 and steps["clicks"]["source"] == "tracking links"
    assert steps["orders"]["value"] == 1
    (row,) = data["by_influencer"]
    assert row["values"]["sales"] == 120.0 and row["values"]["roas"] == 120.0 / 1800


def test_the_links_table_shows_the_most_clicked_first_and_the_json_twin_lists_them_alike(
    as_user, brands
):
    with brands.engine.begin() as conn:
        add_tracking(conn, brands["A"], code="AAALINK", promo="AAA10")
        add_tracking(conn, brands["A"], code="ZZZLINK", promo="ZZZ10")
        link = schema.tracking.link
        zzz = conn.execute(sa.select(link.c.id).where(link.c.code == "ZZZLINK")).scalar_one()
        for n in range(3):
            conn.execute(
                schema.tracking.click.insert().values(
                    link_id=zzz,
                    click_key=f"ZZZLINK-more-{n}",
                    clicked_at=dt.datetime(2026, 3, 12, 9, n),
                    visitor_key=f"other{n}",
                    is_bot=False,
                    rules_version=1,
                    ua_family="chrome",
                    device="mobile",
                    is_unique=True,
                )
            )
    owner = as_user("owner")
    campaign = brands["A"]["campaign"]
    data = owner.get(f"/api/v1/campaigns/{campaign}").json()
    assert [(link["code"], link["clicks"]) for link in data["links"]] == [
        ("ZZZLINK", 4),
        ("AAALINK", 1),
    ]
    # Ties stay in influencer and code order.
    assert [code["code"] for code in data["codes"]] == ["AAA10", "ZZZ10"]
    page = owner.get(f"/campaigns/{campaign}", headers={"Accept-Language": "en"}).text
    assert page.index("<td>ZZZLINK</td>") < page.index("<td>AAALINK</td>")
    cut = owner.get(f"/campaigns/{campaign}?rows=1", headers={"Accept-Language": "en"}).text
    assert "<td>ZZZLINK</td>" in cut and "<td>AAALINK</td>" not in cut and "1 / 2" in cut


def test_kept_figures_sort_the_influencer_table_once_per_order_and_leave_the_collector_alone():
    from influscope.web import dashboard
    from influscope.web.models import GroupRow

    rows = [
        GroupRow(key="b", id=1, values={"reach": 10.0}),
        GroupRow(key="A", id=2, values={"reach": None}),
        GroupRow(key="c", id=3, values={"reach": 30.0}),
    ]
    figures = dashboard.Figures(
        kpis=None,
        by_influencer=rows,
        by_platform=[],
        by_format=[],
        series=[],
        sales=None,
        funnel=[],
        posts=[],
        links=None,
        codes=None,
    )
    by_reach = figures.influencers_sorted("reach", True)
    assert [r.key for r in by_reach] == ["c", "b", "A"]  # missing values last
    assert figures.influencers_sorted("reach", True) is by_reach  # kept, not sorted again
    assert [r.key for r in figures.influencers_sorted("reach", False)] == ["b", "c", "A"]
    assert [r.key for r in figures.influencers_sorted("key", False)] == ["A", "b", "c"]

    version = dashboard.DataVersion()
    kept = dashboard.Kept(3600, version)
    try:
        assert kept.get("figures", lambda: figures) is figures
        # What was kept is out of the collector's full passes (and in again at the next
        # computation, so replaced figures do not pile up).
        assert gc.get_freeze_count() > 0
        version.bump()
        assert kept.get("figures", lambda: "recomputed") == "recomputed"
    finally:
        gc.unfreeze()


def test_a_hostile_influencer_name_stays_text_in_the_charts_and_tables(as_user, brands):
    hostile = "<img src=x onerror=alert(1)>"
    with brands.engine.begin() as conn:
        conn.execute(
            schema.influencer.update()
            .where(schema.influencer.c.id == brands["A"]["influencer"])
            .values(name=hostile)
        )
    owner = as_user("owner")
    campaign = brands["A"]["campaign"]
    charts = owner.get(
        f"/campaigns/{campaign}/charts", headers={"HX-Request": "true", "HX-Target": "charts"}
    ).text
    page = owner.get(f"/campaigns/{campaign}").text
    assert "<svg" in charts
    for html in (charts, page):
        assert "<img src=x" not in html and "&lt;img src=x" in html
