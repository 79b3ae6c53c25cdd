"""The influencer portal: own campaigns only, submissions with a screenshot, brand approval."""

import re

import sqlalchemy as sa

from influscope.store import schema
from influscope.web import security
from tests.web.conftest import PNG, Client, add_submission


def _submit(client, campaign_id: int, **overrides):
    form = {
        "campaign_id": str(campaign_id),
        "platform": "instagram",
        "handle": "@Lea.Dubois",
        "url": "https://www.instagram.com/p/C6newpost/",
        "format": "carousel",
        "published_on": "2026-03-18",
        "reach": "15200",
        "likes": "980",
        "saves": "41",
    }
    files = overrides.pop("files", {"screenshot": ("insights.png", PNG, "image/png")})
    return client.post(
        "/portal/submissions",
        data={"csrf_token": client.csrf, **form, **overrides},
        files=files,
        follow_redirects=False,
    )


def test_an_influencer_sees_only_their_own_campaigns_and_codes(as_user, brands):
    data = as_user("influencer").get("/api/v1/portal").json()
    (campaign,) = data["campaigns"]
    assert campaign["campaign"]["name"] == "Printemps Solène"
    results = {k["id"]: k["value"] for k in campaign["results"]}
    assert results["reach"] == 21400 and results["posts"] == 1
    assert campaign["codes"] == []


def test_an_influencer_cannot_open_the_brand_pages(as_user, brands):
    influencer = as_user("influencer")
    assert influencer.get(f"/campaigns/{brands['A']['campaign']}").status_code == 403
    assert influencer.get(f"/workspaces/{brands['A']['workspace']}/influencers").status_code == 403


def test_a_submission_waits_for_approval_then_lands_as_self_reported_snapshots(as_user, brands):
    influencer, owner = as_user("influencer"), as_user("owner")
    campaign = brands["A"]["campaign"]

    sent = _submit(influencer, campaign)
    assert sent.status_code == 303 and sent.headers["location"] == "/portal?sent=1"
    with brands.engine.connect() as conn:
        posts_before = conn.execute(sa.select(sa.func.count()).select_from(schema.post)).scalar()
    pending = owner.get(f"/api/v1/workspaces/{brands['A']['workspace']}/submissions").json()
    (submission,) = pending["submissions"]
    assert submission["status"] == "pending" and submission["has_attachment"]
    assert submission["handle"] == "lea.dubois"
    assert submission["metrics"] == {"reach": 15200.0, "likes": 980.0, "saves": 41.0}
    screenshot = owner.get(f"/submissions/{submission['id']}/screenshot")
    assert screenshot.content == PNG and screenshot.headers["content-type"] == "image/png"

    assert owner.post_form(f"/submissions/{submission['id']}/approve").status_code == 303

    s, p = schema.metric_snapshot, schema.post
    with brands.engine.connect() as conn:
        posts_after = conn.execute(sa.select(sa.func.count()).select_from(p)).scalar()
        rows = conn.execute(
            sa.select(s.c.metric, s.c.value, s.c.provenance, s.c.source)
            .join(p, p.c.id == s.c.post_id)
            .where(p.c.url == "https://www.instagram.com/p/C6newpost/")
            .order_by(s.c.metric)
        ).all()
    assert posts_after == posts_before + 1
    assert [tuple(r) for r in rows] == [
        ("likes", 980.0, "self_reported", "portal"),
        ("reach", 15200.0, "self_reported", "portal"),
        ("saves", 41.0, "self_reported", "portal"),
    ]
    dashboard = owner.get(f"/api/v1/campaigns/{campaign}").json()
    assert next(c for c in dashboard["cards"] if c["id"] == "reach")["value"] == 21400 + 15200
    again = owner.post_form(f"/submissions/{submission['id']}/approve")
    assert again.status_code == 409


def test_stats_for_a_known_post_keep_its_caption(as_user, brands):
    influencer, owner = as_user("influencer"), as_user("owner")
    known = "https://www.instagram.com/p/lea.dubois1/"
    _submit(influencer, brands["A"]["campaign"], url=known, reach="25000")
    (submission,) = owner.get(f"/api/v1/workspaces/{brands['A']['workspace']}/submissions").json()[
        "submissions"
    ]
    owner.post_form(f"/submissions/{submission['id']}/approve")
    with brands.engine.connect() as conn:
        captions = conn.execute(sa.select(schema.post.c.caption)).scalars().all()
    assert len(captions) == 2 and all(captions)


def test_a_viewer_cannot_approve_and_a_rejection_writes_nothing(as_user, brands):
    submission = add_submission(brands, "A")
    assert as_user("viewer").post_form(f"/submissions/{submission}/approve").status_code == 403
    assert as_user("analyst").post_form(f"/submissions/{submission}/reject").status_code == 303
    with brands.engine.connect() as conn:
        sources = conn.execute(sa.select(schema.metric_snapshot.c.source)).scalars().all()
        status = conn.execute(sa.select(schema.web.submission.c.status)).scalar_one()
    assert "portal" not in sources and status == "rejected"


def test_a_screenshot_must_really_be_an_image(as_user, brands):
    response = _submit(
        as_user("influencer"),
        brands["A"]["campaign"],
        files={"screenshot": ("insights.png", b"<svg onload=alert(1)>", "image/png")},
    )
    assert response.status_code == 415


def test_a_reported_count_must_be_a_whole_number(as_user, brands):
    response = _submit(as_user("influencer"), brands["A"]["campaign"], likes="980.5")
    assert response.status_code == 422 and "likes" in response.text
    with brands.engine.connect() as conn:
        sent = conn.execute(sa.select(sa.func.count()).select_from(schema.web.submission))
        assert sent.scalar_one() == 0


def test_an_influencer_cannot_submit_for_a_campaign_they_are_not_in(as_user, brands):
    assert _submit(as_user("influencer"), brands["B"]["campaign"]).status_code == 404


def test_a_signed_portal_link_opens_the_portal_and_a_forged_one_does_not(as_user, app, brands):
    owner = as_user("owner")
    made = owner.post_form(f"/influencers/{brands['A']['influencer']}/portal-link")
    link = re.search(r"http://localhost(/portal/link/[^<\s]+)", made.text).group(1)

    visitor = Client(app, base_url="http://localhost")
    opened = visitor.get(link, follow_redirects=False)
    assert opened.status_code == 303 and opened.headers["location"] == "/portal"
    assert visitor.get("/api/v1/portal").json()["influencer"] == "Léa Dubois"

    forged = security.sign_portal_link("another-secret", brands["A"]["user_influencer"])
    assert Client(app).get(f"/portal/link/{forged}").status_code == 404
    owner_link = security.sign_portal_link("test-secret", brands["A"]["user_owner"])
    assert Client(app).get(f"/portal/link/{owner_link}").status_code == 404


def test_an_expired_portal_link_is_refused(brands):
    token = security.sign_portal_link("k", 7)
    assert security.read_portal_link("k", token, max_age_seconds=-1) is None
    assert security.read_portal_link("k", token, max_age_seconds=60) == 7
