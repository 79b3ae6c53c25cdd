"""The main journeys in a real browser (Debian's Chromium driven by Playwright) against a real
uvicorn server on the demo brand. Screenshots of the dashboard and the portal in English and
French are written to tests/web/screenshots/.

These tests fail, never skip, when Chromium is missing: the browser is part of the product's
test bed (`./dev setup` installs it).
"""

import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
import uvicorn
from playwright.sync_api import Browser, Page, expect, sync_playwright

from influscope.demo import DEMO_WORKSPACE
from influscope.store import database, migrate, schema
from influscope.web import WebSettings, create_app
from influscope.web.demo import DEMO_EMAIL, DEMO_PASSWORD, load_demo
from tests.ingest.workbooks import set_cell, spring_campaign, write_xlsx
from tests.web.conftest import PNG

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).parent / "screenshots"
LAUNCH = "Lancement Sérum Éclat"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory) -> Iterator[sa.Engine]:
    engine = database.create_engine(str(tmp_path_factory.mktemp("web") / "demo.duckdb"))
    migrate.upgrade(engine)
    load_demo(engine)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def server(demo_store) -> Iterator[str]:
    """The app served by uvicorn in a thread, on a free port, until the module ends."""
    app = create_app(demo_store, WebSettings(secure_cookies=False))
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: run ./dev setup (apt chromium)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _page(browser: Browser, server: str, lang: str = "en-GB") -> Page:
    context = browser.new_context(
        base_url=server, locale=lang, viewport={"width": 1280, "height": 900}
    )
    context.set_default_timeout(60_000)
    return context.new_page()


def _sign_in(page: Page, email: str, password: str) -> None:
    page.goto("/sign-in")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", password)
    page.click("form.stack button[type=submit]")
    page.wait_for_load_state()


def _campaign_id(engine: sa.Engine, name: str) -> int:
    with engine.connect() as conn:
        return conn.execute(
            sa.select(schema.campaign.c.id).where(schema.campaign.c.name == name)
        ).scalar_one()


def _workspace_id(engine: sa.Engine) -> int:
    with engine.connect() as conn:
        return conn.execute(
            sa.select(schema.workspace.c.id).where(schema.workspace.c.name == DEMO_WORKSPACE)
        ).scalar_one()


@pytest.fixture
def owner(browser, server) -> Iterator[Page]:
    page = _page(browser, server)
    _sign_in(page, DEMO_EMAIL, DEMO_PASSWORD)
    expect(page).to_have_url(re.compile(r"/workspaces$"))
    yield page
    page.context.close()


def test_owner_signs_in_and_creates_a_campaign(owner, demo_store):
    owner.click(f"text={DEMO_WORKSPACE}")
    expect(owner.locator("#campaigns")).to_contain_text(LAUNCH)
    owner.fill("input[name=name]", "Fête des mères 2026")
    owner.fill("input[name=start_date]", "2026-05-11")
    owner.fill("input[name=end_date]", "2026-05-31")
    owner.fill("input[name=budget]", "8 000")
    owner.select_option("select[name=objectives]", ["awareness", "sales"])
    owner.click("text=Create")
    expect(owner.locator("h1")).to_contain_text("Fête des mères 2026")
    expect(owner.locator("#funnel")).to_contain_text("No data")


def test_owner_imports_a_workbook_with_errors_then_a_clean_one(owner, demo_store, tmp_path):
    sheets = spring_campaign()
    set_cell(sheets, "posts", 2, "published_at", "31/02/2026")
    broken = write_xlsx(tmp_path / "printemps.xlsx", sheets)
    clean = write_xlsx(tmp_path / "printemps-corrige.xlsx", spring_campaign())
    owner.goto(f"/workspaces/{_workspace_id(demo_store)}/imports")

    owner.set_input_files("input[name=workbook]", str(broken))
    owner.click("form.stack button[type=submit]")
    expect(owner.locator("#import-result")).to_contain_text("Nothing was imported")
    expect(owner.locator("#problems")).to_contain_text("31/02/2026")
    with demo_store.connect() as conn:
        names = conn.execute(sa.select(schema.campaign.c.name)).scalars().all()
    assert "Printemps Éclat 2026" not in names

    owner.set_input_files("input[name=workbook]", str(clean))
    owner.click("form.stack button[type=submit]")
    expect(owner.locator("#import-result")).to_contain_text("Imported.")
    owner.goto(f"/workspaces/{_workspace_id(demo_store)}/campaigns")
    expect(owner.locator("#campaigns")).to_contain_text("Printemps Éclat 2026")


def test_owner_reads_the_dashboard_in_both_languages_and_sorts_the_table(owner, demo_store):
    campaign = _campaign_id(demo_store, LAUNCH)
    owner.goto(f"/campaigns/{campaign}")
    expect(owner.locator("#kpi-cards")).to_contain_text("Engagement rate by reach")
    expect(owner.locator("[data-kpi=reach]")).to_contain_text("Met")
    expect(owner.locator("#gallery article").first).to_be_visible()
    owner.screenshot(path=SCREENSHOTS / "dashboard-en.png", full_page=True)

    owner.click("#influencer-table a[data-sort=cost]")
    expect(owner.locator("#influencer-table th[aria-sort]")).to_contain_text("Cost")
    costs = owner.locator("#influencer-table tbody tr td:nth-child(2)").all_inner_texts()
    amounts = [float(re.sub(r"[^\d.]", "", c) or "nan") for c in costs if c != "–"]
    assert amounts == sorted(amounts, reverse=True) and len(amounts) > 5

    owner.goto(f"/campaigns/{campaign}?lang=fr")
    expect(owner.locator("#kpi-cards")).to_contain_text("Taux d'engagement sur la portée")
    expect(owner.locator("#funnel")).to_contain_text("Portée")
    owner.screenshot(path=SCREENSHOTS / "dashboard-fr.png", full_page=True)


def test_a_client_view_is_shared_and_the_viewer_cannot_edit(owner, browser, server, demo_store):
    workspace = _workspace_id(demo_store)
    owner.goto(f"/workspaces/{workspace}/settings")
    owner.fill("input[name=email]", "client@lumiere.example")
    owner.fill("form[action$='/users'] input[name=name]", "Client Lumière")
    owner.fill("input[name=password]", "client-view-2026")
    owner.select_option("select[name=role]", "viewer")
    owner.click("form[action$='/users'] button[type=submit]")
    expect(owner.locator("#members")).to_contain_text("client@lumiere.example")

    viewer = _page(browser, server)
    _sign_in(viewer, "client@lumiere.example", "client-view-2026")
    viewer.goto(f"/campaigns/{_campaign_id(demo_store, LAUNCH)}")
    expect(viewer.locator("#kpi-cards")).to_contain_text("Reach")
    expect(viewer.locator("main")).to_contain_text("Read-only view")
    assert viewer.locator("a[href$='/imports']").count() == 0
    viewer.goto(f"/workspaces/{workspace}/campaigns")
    assert viewer.locator("text=New campaign").count() == 0
    # Even a hand-made request with the viewer's own CSRF token is refused.
    status = viewer.evaluate(
        """async (url) => {
            const token = document.querySelector("input[name=csrf_token]").value;
            const body = new URLSearchParams({csrf_token: token, name: "Pirate",
                start_date: "2026-05-01", end_date: "2026-05-02", currency: "EUR"});
            const r = await fetch(url, {method: "POST", body});
            return r.status;
        }""",
        f"/workspaces/{workspace}/campaigns",
    )
    assert status == 403
    response = viewer.goto(f"/workspaces/{workspace}/imports")
    assert response.status == 403
    viewer.context.close()


def test_an_influencer_follows_a_portal_link_and_submits_a_post(
    owner, browser, server, demo_store, tmp_path
):
    campaign = _campaign_id(demo_store, LAUNCH)
    owner.goto(f"/campaigns/{campaign}")
    owner.locator("#influencer-table tbody a").first.click()
    owner.click("#make-portal-link")
    link = owner.locator("#portal-link-url").inner_text()
    assert "/portal/link/" in link

    influencer = _page(browser, server)
    influencer.goto(link)
    expect(influencer.locator("h1")).to_contain_text("My campaigns")
    expect(influencer.locator("main")).to_contain_text(LAUNCH)
    influencer.screenshot(path=SCREENSHOTS / "portal-en.png", full_page=True)
    influencer.goto("/portal?lang=fr")
    expect(influencer.locator("h1")).to_contain_text("Mes campagnes")
    influencer.screenshot(path=SCREENSHOTS / "portal-fr.png", full_page=True)

    screenshot = tmp_path / "insights.png"
    screenshot.write_bytes(PNG)
    form = influencer.locator(f"section[data-campaign='{campaign}'] form")
    form.locator("input[name=url]").fill("https://www.instagram.com/p/DemoPortal42/")
    form.locator("select[name=format]").select_option("reel")
    form.locator("input[name=published_on]").fill("2026-04-02")
    form.locator("input[name=reach]").fill("18250")
    form.locator("input[name=likes]").fill("1204")
    form.locator("input[name=screenshot]").set_input_files(str(screenshot))
    form.locator("button[type=submit]").click()
    expect(influencer.locator("#sent")).to_be_visible()
    influencer.context.close()

    owner.goto(f"/workspaces/{_workspace_id(demo_store)}/submissions")
    row = owner.locator("#submissions tbody tr").filter(has_text="DemoPortal42")
    row.locator("text=Approve").click()
    expect(owner.locator("#submissions tbody tr").filter(has_text="DemoPortal42")).to_contain_text(
        "Approved"
    )
    with demo_store.connect() as conn:
        provenance = (
            conn.execute(
                sa.select(schema.metric_snapshot.c.provenance).where(
                    schema.metric_snapshot.c.source == "portal"
                )
            )
            .scalars()
            .all()
        )
    assert provenance == ["self_reported", "self_reported"]
