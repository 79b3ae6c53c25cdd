"""Workspaces and their campaigns."""

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Annotated

import sqlalchemy as sa
from fastapi import APIRouter, Form, HTTPException

from influscope.store import schema
from influscope.store.records import Batch, CampaignRecord
from influscope.store.writes import get_or_create_workspace, save_batch
from influscope.vocabulary import Objective
from influscope.web import accounts, lookups
from influscope.web.accounts import EDITORS, READERS, Role
from influscope.web.deps import CsrfChecked, Ctx, Id
from influscope.web.models import CampaignsPage, WorkspacesPage
from influscope.web.pages import redirect, twin

router = APIRouter()


@twin(router, "/workspaces", template="workspaces.html", model=WorkspacesPage)
def workspaces(ctx: Ctx) -> WorkspacesPage:
    user = ctx.signed_in_user
    return WorkspacesPage(
        workspaces=[
            lookups.workspace_public(m)
            for m in sorted(user.memberships.values(), key=lambda m: m.workspace.lower())
        ],
        can_create=user.owns_a_workspace,
    )


@router.post("/workspaces", include_in_schema=False, dependencies=[CsrfChecked])
def create_workspace(ctx: Ctx, name: Annotated[str, Form(min_length=1, max_length=200)]):
    """Owners start new workspaces (a new brand or client) and own them."""
    user = ctx.signed_in_user
    if not user.owns_a_workspace:
        raise HTTPException(403, "Only workspace owners create workspaces")
    name = name.strip()
    with ctx.engine.begin() as conn:
        exists = conn.execute(
            sa.select(schema.workspace.c.id).where(schema.workspace.c.name == name)
        ).first()
        if exists:
            raise HTTPException(409, "A workspace with this name exists")
        workspace_id = get_or_create_workspace(conn, name=name)
        accounts.grant(conn, user_id=user.id, workspace_id=workspace_id, role=Role.OWNER)
    return redirect(f"/workspaces/{workspace_id}/campaigns")


@twin(
    router, "/workspaces/{workspace_id}/campaigns", template="campaigns.html", model=CampaignsPage
)
def campaigns(ctx: Ctx, workspace_id: Id) -> CampaignsPage:
    member = ctx.require(workspace_id, READERS)
    with ctx.engine.connect() as conn:
        found = lookups.list_campaigns(conn, workspace_id=workspace_id)
    return CampaignsPage(
        workspace=lookups.workspace_public(member),
        campaigns=found,
        can_edit=member.role in EDITORS,
    )


@router.post(
    "/workspaces/{workspace_id}/campaigns", include_in_schema=False, dependencies=[CsrfChecked]
)
def create_campaign(
    ctx: Ctx,
    workspace_id: Id,
    name: Annotated[str, Form(min_length=1, max_length=200)],
    start_date: Annotated[dt.date, Form()],
    end_date: Annotated[dt.date, Form()],
    currency: Annotated[str, Form(pattern="^[A-Za-z]{3}$")],
    budget: Annotated[str, Form(max_length=30)] = "",
    objectives: Annotated[list[str] | None, Form()] = None,
):
    member = ctx.require(workspace_id, EDITORS)
    if end_date < start_date:
        raise HTTPException(422, "The campaign ends before it starts")
    try:
        amount = Decimal(budget.replace(" ", "").replace(",", ".")) if budget.strip() else None
        chosen = tuple(Objective(o) for o in objectives or ())
    except (InvalidOperation, ValueError):
        raise HTTPException(422, "Check the budget and objectives") from None
    record = CampaignRecord(
        name=name.strip(),
        start_date=start_date,
        end_date=end_date,
        currency=currency.upper(),
        objectives=chosen,
        budget=amount,
    )
    with ctx.engine.begin() as conn:
        save_batch(conn, workspace=member.workspace, batch=Batch(campaigns=[record]))
        campaign_id = conn.execute(
            sa.select(schema.campaign.c.id).where(
                schema.campaign.c.workspace_id == workspace_id,
                schema.campaign.c.name == record.name,
            )
        ).scalar_one()
    ctx.request.app.state.data_version.bump()
    return redirect(f"/campaigns/{campaign_id}")
