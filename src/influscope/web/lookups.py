"""Reading one thing by id for a page, with the workspace it belongs to, so routes can check
the user's role there before showing it."""

import datetime as dt

import sqlalchemy as sa
from fastapi import HTTPException

from influscope.store import schema
from influscope.web.accounts import Membership
from influscope.web.models import CampaignPublic, WorkspacePublic


def workspace_public(member: Membership) -> WorkspacePublic:
    return WorkspacePublic(id=member.workspace_id, name=member.workspace, role=member.role.value)


def campaign_status(start: dt.date, end: dt.date, today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    return "planned" if today < start else "ended" if today > end else "running"


def campaign_columns():
    c = schema.campaign
    return (
        c.c.id,
        c.c.workspace_id,
        c.c.name,
        c.c.objectives,
        c.c.start_date,
        c.c.end_date,
        c.c.budget,
        c.c.currency,
    )


def campaign_public(row: sa.Row) -> CampaignPublic:
    return CampaignPublic(
        id=row.id,
        workspace_id=row.workspace_id,
        name=row.name,
        objectives=[o for o in row.objectives.split(",") if o],
        start_date=row.start_date,
        end_date=row.end_date,
        budget=float(row.budget) if row.budget is not None else None,
        currency=row.currency,
        status=campaign_status(row.start_date, row.end_date),
    )


def list_campaigns(conn: sa.Connection, *, workspace_id: int) -> list[CampaignPublic]:
    c = schema.campaign
    rows = conn.execute(
        sa.select(*campaign_columns())
        .where(c.c.workspace_id == workspace_id)
        .order_by(c.c.start_date.desc(), c.c.name)
    )
    return [campaign_public(row) for row in rows]


def get_campaign_or_404(conn: sa.Connection, *, campaign_id: int) -> CampaignPublic:
    row = conn.execute(
        sa.select(*campaign_columns()).where(schema.campaign.c.id == campaign_id)
    ).first()
    if row is None:
        raise HTTPException(404, "Not found")
    return campaign_public(row)


def get_influencer_workspace_or_404(conn: sa.Connection, *, influencer_id: int) -> int:
    i = schema.influencer
    found = conn.execute(
        sa.select(i.c.workspace_id).where(i.c.id == influencer_id, i.c.is_brand == sa.false())
    ).scalar_one_or_none()
    if found is None:
        raise HTTPException(404, "Not found")
    return found
