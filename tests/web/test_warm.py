"""A served app computes each workspace's latest campaign as it starts, before anyone asks."""

import datetime as dt

from influscope.store.records import Batch, CampaignRecord
from influscope.store.writes import save_batch
from influscope.web import WebSettings, create_app, dashboard, warm
from tests.web.conftest import A, Client, sign_in


def _app(brands, *, warm: bool):
    settings = WebSettings(secure_cookies=False, secret_key="test-secret", warm_dashboards=warm)
    return create_app(brands.engine, settings)


def test_warming_computes_the_latest_campaign_of_each_workspace_only(brands, monkeypatch):
    winter = CampaignRecord("Soldes d'hiver 2025", dt.date(2025, 1, 8), dt.date(2025, 2, 4), "EUR")
    with brands.engine.begin() as conn:
        save_batch(conn, workspace=A, batch=Batch(campaigns=[winter]))

    warmed = warm.warm_dashboards(_app(brands, warm=False))

    assert sorted(warmed) == sorted([brands["A"]["campaign"], brands["B"]["campaign"]])
    monkeypatch.setattr(warm, "MOST_WARMED", 1)
    assert len(warm.warm_dashboards(_app(brands, warm=False))) == 1


def test_a_started_server_shows_its_first_dashboard_without_computing_it(brands, monkeypatch):
    app = _app(brands, warm=True)
    with Client(app, base_url="http://localhost"):  # starts the app, as a server does
        app.state.warming.join(timeout=120)

    def computed_again(*args):
        raise AssertionError("the first dashboard was computed on request")

    monkeypatch.setattr(dashboard, "compute_figures", computed_again)
    viewer = sign_in(app, "viewer@example.com")
    page = viewer.get(f"/api/v1/campaigns/{brands['A']['campaign']}")

    assert page.status_code == 200
    assert next(card for card in page.json()["cards"] if card["id"] == "reach")["value"] == 21400
