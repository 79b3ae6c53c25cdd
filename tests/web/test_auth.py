"""Signing in: hashed secrets, cookie flags, CSRF on every form, rate limits, API tokens."""

import sqlalchemy as sa
from fastapi.testclient import TestClient

from influscope.store import schema
from influscope.web import WebSettings, create_app
from tests.web.conftest import PASSWORD, Client, sign_in


def _try(client: TestClient, email: str, password: str):
    client.get("/sign-in")
    return client.post(
        "/sign-in",
        data={
            "email": email,
            "password": password,
            "csrf_token": client.cookies.get("influscope_csrf"),
        },
        follow_redirects=False,
    )


def test_passwords_are_stored_as_argon2_hashes(brands):
    with brands.engine.connect() as conn:
        hashes = conn.execute(sa.select(schema.web.app_user.c.password_hash)).scalars().all()
    assert hashes and all(h.startswith("$argon2id$") and PASSWORD not in h for h in hashes)


def test_signing_in_sets_an_httponly_samesite_session_cookie(app):
    response = _try(Client(app), "owner@example.com", PASSWORD)
    assert response.status_code == 303
    assert response.headers["location"] == "/workspaces"
    cookie = response.headers["set-cookie"]
    assert "influscope_session=" in cookie
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert "Secure" not in cookie  # this app was built with secure_cookies=False (http tests)


def test_session_cookie_is_secure_by_default(brands):
    app = create_app(brands.engine, WebSettings())
    response = _try(Client(app, base_url="https://localhost"), "owner@example.com", PASSWORD)
    assert "Secure" in response.headers["set-cookie"]


def test_the_session_token_is_kept_only_as_a_digest(app, brands):
    response = _try(Client(app), "owner@example.com", PASSWORD)
    token = response.cookies["influscope_session"]
    with brands.engine.connect() as conn:
        stored = conn.execute(sa.select(schema.web.web_session.c.token_hash)).scalars().all()
    assert token not in stored and len(stored) == 1 and len(stored[0]) == 64


def test_a_wrong_password_is_refused_without_saying_whether_the_account_exists(app):
    client = Client(app)
    wrong = _try(client, "owner@example.com", "not-the-password")
    unknown = _try(client, "nobody@example.com", "not-the-password")
    assert wrong.status_code == unknown.status_code == 401
    assert "Wrong email or password." in wrong.text and "Wrong email or password." in unknown.text


def test_sign_in_is_locked_after_five_failures_on_one_account_even_with_the_right_password(app):
    client = Client(app)
    for _ in range(5):
        assert _try(client, "viewer@example.com", "guess-guess-guess").status_code == 401
    locked = _try(client, "viewer@example.com", PASSWORD)
    assert locked.status_code == 429
    assert "Too many failed attempts" in locked.text
    # Other accounts from elsewhere are unaffected by that account's lock… until the address
    # itself has failed too often.
    assert _try(client, "owner@example.com", PASSWORD).status_code == 303


def test_sign_in_is_locked_for_an_address_that_failed_twenty_times(app):
    client = Client(app)
    for n in range(20):
        _try(client, f"guess{n}@example.com", "guess-guess-guess")
    assert _try(client, "owner@example.com", PASSWORD).status_code == 429


def test_a_form_without_the_csrf_token_is_refused(as_user, brands):
    owner = as_user("owner")
    workspace = brands["A"]["workspace"]
    data = {"name": "Soldes", "start_date": "2026-06-01", "end_date": "2026-06-30"}
    data["currency"] = "EUR"
    missing = owner.post(f"/workspaces/{workspace}/campaigns", data=data, follow_redirects=False)
    wrong = owner.post(
        f"/workspaces/{workspace}/campaigns",
        data={**data, "csrf_token": "forged"},
        follow_redirects=False,
    )
    assert missing.status_code == wrong.status_code == 403
    assert owner.post_form(f"/workspaces/{workspace}/campaigns", data).status_code == 303


def test_the_sign_in_form_needs_its_double_submit_token(app):
    client = Client(app)
    client.get("/sign-in")
    response = client.post(
        "/sign-in",
        data={"email": "owner@example.com", "password": PASSWORD, "csrf_token": "forged"},
        follow_redirects=False,
    )
    assert response.status_code == 403


def test_an_htmx_request_may_send_the_csrf_token_as_a_header(as_user, brands):
    owner = as_user("owner")
    response = owner.post(
        "/workspaces",
        data={"name": "Nouvelle marque"},
        headers={"X-CSRF-Token": owner.csrf, "HX-Request": "true"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["HX-Redirect"].endswith("/campaigns")


def test_signing_out_ends_the_session(as_user):
    owner = as_user("owner")
    assert owner.post_form("/sign-out").status_code == 303
    assert owner.get("/api/v1/workspaces").status_code == 401


def test_an_api_token_reads_the_json_twin_and_is_stored_hashed(as_user, app, brands):
    owner = as_user("owner")
    workspace = brands["A"]["workspace"]
    page = owner.post_form(f"/workspaces/{workspace}/tokens", {"name": "nightly export"})
    token = page.text.split('id="new-token">')[1].split("<")[0]
    assert token.startswith("isk_")

    script = TestClient(app)
    answer = script.get("/api/v1/workspaces", headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200
    assert answer.json()["workspaces"] == [
        {"id": workspace, "name": "Maison Solène", "role": "owner"}
    ]
    with brands.engine.connect() as conn:
        stored = conn.execute(sa.select(schema.web.api_token.c.token_hash)).scalars().all()
    assert token not in stored


def test_a_wrong_api_token_gets_401(app):
    answer = TestClient(app).get("/api/v1/workspaces", headers={"Authorization": "Bearer isk_no"})
    assert answer.status_code == 401
    assert answer.headers["WWW-Authenticate"] == "Bearer"


def test_pages_send_visitors_who_are_not_signed_in_to_the_sign_in_form(app, brands):
    response = Client(app).get(f"/campaigns/{brands['A']['campaign']}", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/sign-in"


def test_an_influencer_lands_on_the_portal(app):
    client = sign_in(app, "influencer@example.com")
    assert client.get("/", follow_redirects=False).headers["location"] == "/portal"
