"""Every route × every role of workspace A × workspace B's ids: always 403 or 404.

Routes are read from the app itself, so a new route is in the matrix the day it is added; a
route that takes a form must have a valid body below, so the refusal tested is the role check,
not a validation error.
"""

import pytest
from fastapi.routing import APIRoute

from tests.web.conftest import PNG, add_submission

ROLES_OF_A = ("owner", "analyst", "viewer", "influencer")
# Reachable by anybody: the sign-in form, the signed portal link (a credential in itself), the
# home redirect and the API description.
PUBLIC = {
    ("GET", "/"),
    ("GET", "/sign-in"),
    ("POST", "/sign-in"),
    ("GET", "/portal/link/{token}"),
}
# What B's pages would show if they leaked.
B_SECRETS = ("Atelier Nuit", "Zoé Martin", "Nuit d&#39;hiver", "Nuit d'hiver", "ZOE15", "ZOELINK")

FORMS = {
    "/sign-out": {},
    "/account/language": {"language": "fr"},
    "/workspaces": {"name": "Marque pirate"},
    "/workspaces/{workspace_id}/campaigns": {
        "name": "Pirate",
        "start_date": "2026-05-01",
        "end_date": "2026-05-31",
        "currency": "EUR",
    },
    "/workspaces/{workspace_id}/users": {
        "email": "intrus@example.com",
        "name": "Intrus",
        "role": "owner",
        "password": "intrus-intrus-1",
    },
    "/workspaces/{workspace_id}/tokens": {"name": "pirate"},
    "/influencers/{influencer_id}/portal-link": {},
    "/submissions/{submission_id}/{decision}": {},
    "/portal/submissions": {
        "campaign_id": "{campaign_id}",
        "platform": "instagram",
        "handle": "pirate",
        "url": "https://www.instagram.com/p/pirate/",
        "format": "post",
        "published_on": "2026-03-02",
        "reach": "100",
    },
}
FILES = {
    "/workspaces/{workspace_id}/imports": {
        "workbook": ("b.xlsx", b"PK\x03\x04", "application/zip")
    },
    "/api/v1/workspaces/{workspace_id}/imports": {
        "workbook": ("b.xlsx", b"PK\x03\x04", "application/zip")
    },
    "/portal/submissions": {"screenshot": ("s.png", PNG, "image/png")},
}


def _api_routes(routes) -> list[APIRoute]:
    """FastAPI keeps included routers as routes of their own; the app adds no prefixes."""
    found = []
    for route in routes:
        if isinstance(route, APIRoute):
            found.append(route)
        elif hasattr(route, "original_router"):
            found.extend(_api_routes(route.original_router.routes))
    return found


def _routes(app) -> list[tuple[str, str]]:
    return sorted(
        (method, route.path)
        for route in _api_routes(app.routes)
        for method in route.methods
        if method != "HEAD"
    )


def _ids_of_b(brands) -> dict[str, str]:
    b = brands["B"]
    return {
        "workspace_id": str(b["workspace"]),
        "campaign_id": str(b["campaign"]),
        "influencer_id": str(b["influencer"]),
        "submission_id": str(add_submission(brands, "B")),
        "decision": "approve",
    }


def _request(client, method: str, path: str, ids: dict[str, str]):
    url = path.format(**ids)
    if method == "GET":
        return client.get(url, follow_redirects=False)
    template = path.removeprefix("/api/v1")
    if template not in FORMS and path not in FILES:
        pytest.fail(f"Add a valid body for {method} {path} to the isolation matrix.")
    data = {k: v.format(**ids) for k, v in FORMS.get(template, {}).items()}
    return client.post(
        url,
        data={"csrf_token": client.csrf, **data},
        files=FILES.get(path),
        headers={"X-CSRF-Token": client.csrf or ""},
        follow_redirects=False,
    )


def test_the_matrix_knows_every_route(app):
    routes = _routes(app)
    assert len(routes) >= 30
    for method, path in routes:
        if method == "POST" and (method, path) not in PUBLIC:
            assert path.removeprefix("/api/v1") in FORMS or path in FILES, path


@pytest.mark.parametrize("role", ROLES_OF_A)
def test_no_role_of_one_workspace_reaches_another_workspaces_things(app, brands, as_user, role):
    client = as_user(role)
    ids = _ids_of_b(brands)
    checked = 0
    for method, path in _routes(app):
        if (method, path) in PUBLIC:
            continue
        response = _request(client, method, path, ids)
        takes_an_id = "{" in path or path == "/portal/submissions"
        if takes_an_id:
            assert response.status_code in (403, 404), (role, method, path, response.status_code)
        else:
            assert response.status_code < 500, (role, method, path)
        assert not any(secret in response.text for secret in B_SECRETS), (role, method, path)
        checked += 1
    assert checked >= 25
    with brands.engine.connect() as conn:
        from influscope.store import schema

        statuses = conn.execute(schema.web.submission.select()).all()
    assert all(row.status == "pending" for row in statuses), "B's submission was reviewed"


def test_nobody_signed_out_reaches_any_private_route(app, brands, as_user):
    client = as_user(None)
    ids = _ids_of_b(brands)
    for method, path in _routes(app):
        if (method, path) in PUBLIC:
            continue
        response = _request(client, method, path, ids)
        assert response.status_code in (401, 403, 303), (method, path, response.status_code)
        if response.status_code == 303:
            assert response.headers["location"] == "/sign-in"


@pytest.mark.parametrize("role", ("viewer", "influencer"))
def test_read_only_roles_cannot_change_their_own_workspace(brands, as_user, role):
    client = as_user(role)
    a = brands["A"]
    ids = {
        "workspace_id": a["workspace"],
        "campaign_id": a["campaign"],
        "influencer_id": a["influencer"],
        "submission_id": add_submission(brands, "A"),
    }
    edits = [
        ("/workspaces/{workspace_id}/campaigns", FORMS["/workspaces/{workspace_id}/campaigns"]),
        ("/workspaces/{workspace_id}/users", FORMS["/workspaces/{workspace_id}/users"]),
        ("/influencers/{influencer_id}/portal-link", {}),
        ("/submissions/{submission_id}/approve", {}),
        ("/workspaces", {"name": "Pirate"}),
    ]
    for path, data in edits:
        response = client.post_form(path.format(**ids), data)
        assert response.status_code == 403, (role, path, response.status_code)
    upload = client.post(
        f"/workspaces/{a['workspace']}/imports",
        data={"csrf_token": client.csrf},
        files=FILES["/workspaces/{workspace_id}/imports"],
    )
    assert upload.status_code == 403
