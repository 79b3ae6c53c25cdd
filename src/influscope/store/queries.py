"""Reading the store: keyword-only functions over a connection the caller owns."""

from dataclasses import dataclass

import sqlalchemy as sa

from influscope.store import schema


class NotFound(LookupError):
    """Something the user named is not in the store; the message lists what is."""


@dataclass(frozen=True)
class CampaignSummary:
    id: int
    workspace: str
    name: str
    objectives: tuple[str, ...]
    start_date: object
    end_date: object
    budget: object
    currency: str
    time_zone: str


def _campaigns() -> sa.Select:
    c, w = schema.campaign, schema.workspace
    return (
        sa.select(
            c.c.id,
            w.c.name.label("workspace"),
            c.c.name,
            c.c.objectives,
            c.c.start_date,
            c.c.end_date,
            c.c.budget,
            c.c.currency,
            c.c.time_zone,
        )
        .join(w)
        .order_by(c.c.start_date, c.c.name)
    )


def _summary(row: sa.Row) -> CampaignSummary:
    values = row._asdict()
    values["objectives"] = tuple(filter(None, values["objectives"].split(",")))
    return CampaignSummary(**values)


def list_campaigns(conn: sa.Connection, *, workspace: str | None = None) -> list[CampaignSummary]:
    query = _campaigns()
    if workspace is not None:
        query = query.where(schema.workspace.c.name == workspace)
    return [_summary(row) for row in conn.execute(query)]


def get_campaign_or_raise(
    conn: sa.Connection, *, name: str, workspace: str | None = None
) -> CampaignSummary:
    """The campaign called `name`; its workspace must be given when two workspaces share it."""
    campaigns = list_campaigns(conn, workspace=workspace)
    found = [campaign for campaign in campaigns if campaign.name == name]
    if len(found) == 1:
        return found[0]
    if found:
        workspaces = ", ".join(campaign.workspace for campaign in found)
        raise NotFound(f"Several workspaces have a campaign {name!r} ({workspaces}): name one.")
    known = ", ".join(repr(campaign.name) for campaign in campaigns) or "none yet"
    raise NotFound(f"No campaign {name!r}. Campaigns: {known}.")


def list_targets(conn: sa.Connection, *, campaign_id: int) -> dict[str, float]:
    """The campaign's targets, by KPI id."""
    t = schema.target
    rows = conn.execute(sa.select(t.c.kpi, t.c.value).where(t.c.campaign_id == campaign_id))
    return {row.kpi: row.value for row in rows}


@dataclass(frozen=True)
class IndicatorValue:
    indicator: str
    measured_on: object
    value: float
    source: str


def list_indicator_values(conn: sa.Connection, *, campaign_id: int) -> list[IndicatorValue]:
    """Values measured elsewhere for the campaign, oldest first."""
    t = schema.indicator_value
    rows = conn.execute(
        sa.select(t.c.indicator, t.c.measured_on, t.c.value, t.c.source)
        .where(t.c.campaign_id == campaign_id)
        .order_by(t.c.indicator, t.c.measured_on)
    )
    return [IndicatorValue(**row._asdict()) for row in rows]
