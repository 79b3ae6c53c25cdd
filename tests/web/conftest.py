"""Two brands in one store, a user per role, and clients signed in as them.

Maison Solène (workspace A) has an owner, an analyst, a client viewer and an influencer (Léa
Dubois); Atelier Nuit (workspace B) has its own owner and influencer. Every isolation test asks
A's users for B's things.
"""

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from influscope.store import schema
from influscope.store.records import (
    AccountRecord,
    Batch,
    CampaignRecord,
    CostRecord,
    FollowerRecord,
    InfluencerRecord,
    MetricRecord,
    PostRecord,
    RosterRecord,
    TargetRecord,
)
from influscope.store.writes import get_or_create_workspace, save_batch
from influscope.vocabulary import (
    CostKind,
    Format,
    Metric,
    Objective,
    Platform,
    Provenance,
    RosterStatus,
)
from influscope.web import WebSettings, accounts, create_app
from influscope.web.accounts import Role

PASSWORD = "correct-horse-battery"
SCRIPT_CAPTION = "<script>alert('pwned')</script> Mon nouveau sérum #pub"
A, B = "Maison Solène", "Atelier Nuit"


def _brand(campaign: str, creator: str, handle: str, caption: str, fee: str) -> Batch:
    start = dt.date(2026, 3, 1)
    posted = dt.datetime(2026, 3, 10, 18, 30)
    captured = dt.datetime(2026, 3, 20, 9, 0)
    key = f"https://www.instagram.com/p/{handle}1/"
    return Batch(
        campaigns=[
            CampaignRecord(
                name=campaign,
                start_date=start,
                end_date=dt.date(2026, 4, 30),
                currency="EUR",
                objectives=(Objective.AWARENESS,),
                budget=Decimal("20000"),
                time_zone="Europe/Paris",
            )
        ],
        influencers=[InfluencerRecord(name=creator, country="FR", language="fr")],
        accounts=[AccountRecord(creator, Platform.INSTAGRAM, handle)],
        followers=[
            FollowerRecord(Platform.INSTAGRAM, handle, dt.datetime(2026, 3, 1), 48200),
            FollowerRecord(Platform.INSTAGRAM, handle, dt.datetime(2026, 4, 1), 49900),
        ],
        roster=[RosterRecord(campaign, creator, RosterStatus.ACTIVATED, posts_contracted=1)],
        posts=[
            PostRecord(
                platform=Platform.INSTAGRAM,
                handle=handle,
                post_key=key,
                url=key,
                format=Format.REEL,
                published_at=posted,
                campaign=campaign,
                caption=caption,
                sponsored=True,
            )
        ],
        metrics=[
            MetricRecord(
                Platform.INSTAGRAM,
                key,
                captured,
                metric,
                value,
                "instagram api",
                Provenance.MEASURED,
            )
            for metric, value in (
                (Metric.REACH, 21400),
                (Metric.IMPRESSIONS, 30100),
                (Metric.VIEWS, 28800),
                (Metric.LIKES, 1310),
                (Metric.COMMENTS, 84),
            )
        ],
        costs=[CostRecord(campaign, CostKind.FEE, Decimal(fee), "EUR", start, influencer=creator)],
        targets=[TargetRecord(campaign, "reach", 20000.0)],
    )


@dataclass(frozen=True)
class Brands:
    """Ids of each workspace's things, by name."""

    engine: sa.Engine
    ids: dict[str, dict[str, int]]  # "A"/"B" -> kind -> id

    def __getitem__(self, brand: str) -> dict[str, int]:
        return self.ids[brand]


def _seed(engine: sa.Engine) -> Brands:
    ids: dict[str, dict[str, int]] = {}
    with engine.begin() as conn:
        save_batch(
            conn,
            workspace=A,
            batch=_brand("Printemps Solène", "Léa Dubois", "lea.dubois", SCRIPT_CAPTION, "1800"),
        )
        save_batch(
            conn,
            workspace=B,
            batch=_brand("Nuit d'hiver", "Zoé Martin", "zoe.martin", "Soirée #ad", "950"),
        )
        for brand, name in (("A", A), ("B", B)):
            workspace_id = get_or_create_workspace(conn, name=name)
            campaign_id = conn.execute(
                sa.select(schema.campaign.c.id).where(
                    schema.campaign.c.workspace_id == workspace_id
                )
            ).scalar_one()
            influencer_id = conn.execute(
                sa.select(schema.influencer.c.id).where(
                    schema.influencer.c.workspace_id == workspace_id
                )
            ).scalar_one()
            ids[brand] = {
                "workspace": workspace_id,
                "campaign": campaign_id,
                "influencer": influencer_id,
            }
        users = {
            "owner": ("A", Role.OWNER),
            "analyst": ("A", Role.ANALYST),
            "viewer": ("A", Role.VIEWER),
            "influencer": ("A", Role.INFLUENCER),
            "owner_b": ("B", Role.OWNER),
            "influencer_b": ("B", Role.INFLUENCER),
        }
        for name, (brand, role) in users.items():
            user_id = accounts.create_user(
                conn, email=f"{name}@example.com", name=name.title(), password=PASSWORD
            )
            accounts.grant(
                conn,
                user_id=user_id,
                workspace_id=ids[brand]["workspace"],
                role=role,
                influencer_id=ids[brand]["influencer"] if role is Role.INFLUENCER else None,
            )
            ids[brand][f"user_{name}"] = user_id
        add_tracking(conn, ids["B"], code="ZOELINK", promo="ZOE15")
    return Brands(engine, ids)


def add_tracking(conn: sa.Connection, ids: dict[str, int], *, code: str, promo: str) -> None:
    """A tracking link with two clicks (one a bot's), a promo code and one attributed order."""
    link_id = conn.execute(
        schema.tracking.link.insert()
        .values(
            workspace_id=ids["workspace"],
            campaign_id=ids["campaign"],
            influencer_id=ids["influencer"],
            platform="instagram",
            code=code,
            destination="https://shop.example/serum",
            tracked_url=f"https://go.example/{code}",
            created_at=dt.datetime(2026, 3, 1),
        )
        .returning(schema.tracking.link.c.id)
    ).scalar_one()
    for n, bot in enumerate((False, True)):
        conn.execute(
            schema.tracking.click.insert().values(
                link_id=link_id,
                click_key=f"{code}-{n}",
                clicked_at=dt.datetime(2026, 3, 11, 10, n),
                visitor_key=f"visitor{n}",
                is_bot=bot,
                rules_version=1,
                ua_family="chrome",
                device="mobile",
                is_unique=not bot,
            )
        )
    code_id = conn.execute(
        schema.attribution.promo_code.insert()
        .values(
            workspace_id=ids["workspace"],
            campaign_id=ids["campaign"],
            influencer_id=ids["influencer"],
            code=promo,
            source="generated",
            created_at=dt.datetime(2026, 3, 1),
        )
        .returning(schema.attribution.promo_code.c.id)
    ).scalar_one()
    run_id = conn.execute(
        schema.attribution.attribution_run.insert()
        .values(
            workspace_id=ids["workspace"],
            campaign_id=ids["campaign"],
            ran_at=dt.datetime(2026, 5, 1),
            window_days=30,
            precedence="code",
            orders_considered=1,
            by_code=1,
            by_link=0,
            by_both=0,
            conflicts=0,
            reversed=0,
            other_campaigns=0,
            unattributed=0,
            currency="EUR",
            missing_rates=0,
            leak_flags=0,
        )
        .returning(schema.attribution.attribution_run.c.id)
    ).scalar_one()
    order_id = conn.execute(
        schema.commerce.shop_order.insert()
        .values(
            workspace_id=ids["workspace"],
            platform="shopify",
            order_key=f"#{code}-1001",
            order_name="#1001",
            created_at=dt.datetime(2026, 3, 12),
            currency="EUR",
            subtotal=Decimal("135.00"),
            discount_total=Decimal("15.00"),
            total=Decimal("120.00"),
            refunded=Decimal("0"),
            cancelled=False,
            financial_status="paid",
            discount_codes=promo,
        )
        .returning(schema.commerce.shop_order.c.id)
    ).scalar_one()
    conn.execute(
        schema.attribution.order_attribution.insert().values(
            run_id=run_id,
            order_id=order_id,
            campaign_id=ids["campaign"],
            influencer_id=ids["influencer"],
            method="code",
            promo_code_id=code_id,
            ordered_at=dt.datetime(2026, 3, 12),
            ordered_on=dt.date(2026, 3, 12),
            revenue=Decimal("120.00"),
            currency="EUR",
            campaign_revenue=Decimal("120.00"),
            campaign_currency="EUR",
            attributed_at=dt.datetime(2026, 5, 1),
            reversed=False,
        )
    )


def add_submission(brands: Brands, brand: str) -> int:
    """A pending submission of the brand's influencer, with a PNG screenshot."""
    from influscope.web import submissions

    with brands.engine.begin() as conn:
        return submissions.create_submission(
            conn,
            workspace_id=brands[brand]["workspace"],
            campaign_id=brands[brand]["campaign"],
            influencer_id=brands[brand]["influencer"],
            submitted_by=None,
            platform=Platform.INSTAGRAM,
            handle="zoe.martin" if brand == "B" else "lea.dubois",
            url=f"https://www.instagram.com/p/{brand}story42/",
            format=Format.STORY,
            published_at=dt.datetime(2026, 3, 15, 12),
            metrics={Metric.REACH: 5200.0, Metric.LIKES: 310.0},
            attachment=submissions.Attachment("insights.png", "image/png", PNG),
        )


# A real 1×1 PNG.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


@pytest.fixture
def brands(engine) -> Brands:
    return _seed(engine)


@pytest.fixture
def app(brands):
    return create_app(brands.engine, WebSettings(secure_cookies=False, secret_key="test-secret"))


CSRF_IN_PAGE = re.compile(r'name="csrf_token" value="([^"]+)"')


class Client(TestClient):
    csrf: str | None = None

    def post_form(self, url: str, data: dict | None = None, **kwargs):
        return self.post(
            url, data={"csrf_token": self.csrf, **(data or {})}, follow_redirects=False, **kwargs
        )


def sign_in(app, email: str | None) -> Client:
    client = Client(app, base_url="http://localhost")
    if email is None:
        return client
    client.get("/sign-in")
    response = client.post(
        "/sign-in",
        data={
            "email": email,
            "password": PASSWORD,
            "csrf_token": client.cookies.get("influscope_csrf"),
        },
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    page = client.get(response.headers["location"]).text
    client.csrf = CSRF_IN_PAGE.search(page).group(1)
    return client


@pytest.fixture
def as_user(app) -> Iterator[Callable[[str | None], Client]]:
    """`as_user("viewer")` signs in A's viewer; `as_user(None)` is nobody."""
    clients = []

    def make(name: str | None) -> Client:
        client = sign_in(app, f"{name}@example.com" if name else None)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()
