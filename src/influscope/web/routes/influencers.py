"""The influencer directory, a profile, and the signed link that opens an influencer's portal."""

import sqlalchemy as sa
from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from influscope.catalogue.load import built_in_catalogue
from influscope.store import schema
from influscope.web import accounts, lookups, security
from influscope.web.accounts import EDITORS, READERS, Role
from influscope.web.deps import CsrfChecked, Ctx, Id
from influscope.web.models import (
    FollowerPoint,
    InfluencerCampaignResult,
    InfluencerPage,
    InfluencerPublic,
    InfluencersPage,
    KpiValue,
)
from influscope.web.pages import render, twin
from influscope.web.portal import (
    RESULT_KPIS,
    influencer_accounts,
    influencer_campaign_ids,
    results_by_campaign,
)

router = APIRouter()
PROFILE_KPIS = (*RESULT_KPIS, "cost", "cost_per_engagement", "emv")


def _influencer(conn: sa.Connection, row: sa.Row) -> InfluencerPublic:
    return InfluencerPublic(
        id=row.id,
        name=row.name,
        country=row.country,
        categories=[c for c in row.categories.split(",") if c],
        accounts=influencer_accounts(conn, influencer_id=row.id),
    )


@twin(
    router,
    "/workspaces/{workspace_id}/influencers",
    template="influencers.html",
    model=InfluencersPage,
)
def influencers(ctx: Ctx, workspace_id: Id) -> InfluencersPage:
    member = ctx.require(workspace_id, READERS)
    i = schema.influencer
    with ctx.engine.connect() as conn:
        rows = conn.execute(
            sa.select(i.c.id, i.c.name, i.c.country, i.c.categories)
            .where(i.c.workspace_id == workspace_id, i.c.is_brand == sa.false())
            .order_by(i.c.name)
        ).all()
        found = [_influencer(conn, row) for row in rows]
    return InfluencersPage(workspace=lookups.workspace_public(member), influencers=found)


@twin(router, "/influencers/{influencer_id}", template="influencer.html", model=InfluencerPage)
def influencer_profile(ctx: Ctx, influencer_id: Id) -> InfluencerPage:
    with ctx.engine.connect() as conn:
        workspace_id = lookups.get_influencer_workspace_or_404(conn, influencer_id=influencer_id)
    member = ctx.require(workspace_id, READERS)
    i, a, f = schema.influencer, schema.account, schema.follower_snapshot
    with ctx.engine.connect() as conn:
        row = conn.execute(
            sa.select(i.c.id, i.c.name, i.c.country, i.c.categories).where(i.c.id == influencer_id)
        ).one()
        profile = _influencer(conn, row)
        history = [
            FollowerPoint(platform=r[0], handle=r[1], captured_at=r[2], followers=r[3])
            for r in conn.execute(
                sa.select(a.c.platform, a.c.handle, f.c.captured_at, f.c.followers)
                .join(f, f.c.account_id == a.c.id)
                .where(a.c.influencer_id == influencer_id)
                .order_by(a.c.platform, a.c.handle, f.c.captured_at)
            )
        ]
        ids = influencer_campaign_ids(conn, influencer_id=influencer_id)
        campaigns = {c: lookups.get_campaign_or_404(conn, campaign_id=c) for c in ids}
    results = results_by_campaign(
        ctx.engine, campaign_ids=ids, influencer_id=influencer_id, kpi_ids=PROFILE_KPIS
    )
    catalogue = built_in_catalogue()
    return InfluencerPage(
        workspace=lookups.workspace_public(member),
        influencer=profile,
        follower_history=history,
        kpis=[
            KpiValue(
                id=k,
                label=catalogue.kpis[k].label.get(ctx.lang),
                unit=catalogue.kpis[k].unit.value,
                value=None,
                provenance=None,
            )
            for k in PROFILE_KPIS
        ],
        campaigns=[
            InfluencerCampaignResult(campaign=campaigns[c], values=results.get(c, {})) for c in ids
        ],
        can_edit=member.role in EDITORS,
    )


@router.post(
    "/influencers/{influencer_id}/portal-link",
    response_class=HTMLResponse,
    include_in_schema=False,
    dependencies=[CsrfChecked],
)
def make_portal_link(ctx: Ctx, influencer_id: Id) -> HTMLResponse:
    """The influencer's portal account (created on first use, without a password) and a signed
    link that signs it in; shown once to the brand, who sends it."""
    with ctx.engine.connect() as conn:
        workspace_id = lookups.get_influencer_workspace_or_404(conn, influencer_id=influencer_id)
    ctx.require(workspace_id, EDITORS)
    m, i = schema.web.membership, schema.influencer
    with ctx.engine.begin() as conn:
        user_id = conn.execute(
            sa.select(m.c.user_id).where(
                m.c.influencer_id == influencer_id, m.c.role == Role.INFLUENCER.value
            )
        ).scalar()
        if user_id is None:
            name = conn.execute(sa.select(i.c.name).where(i.c.id == influencer_id)).scalar_one()
            user_id = accounts.create_user(
                conn,
                email=f"influencer-{influencer_id}@portal.invalid",
                name=name,
                password=None,
            )
            accounts.grant(
                conn,
                user_id=user_id,
                workspace_id=workspace_id,
                role=Role.INFLUENCER,
                influencer_id=influencer_id,
            )
    token = security.sign_portal_link(ctx.settings.secret_key, user_id)
    link = str(ctx.request.base_url).rstrip("/") + f"/portal/link/{token}"
    return render(ctx, "_portal_link.html", link=link, days=ctx.settings.portal_link_days)
