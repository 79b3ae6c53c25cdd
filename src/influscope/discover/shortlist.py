"""Putting chosen influencers on a campaign's casting (`roster`), as `contacted` by default."""

import sqlalchemy as sa

from influscope.store import schema
from influscope.store.queries import NotFound, get_campaign_or_raise
from influscope.store.records import Batch, RosterRecord
from influscope.store.writes import SaveSummary, save_batch
from influscope.vocabulary import RosterStatus


def shortlist_into_campaign(
    conn: sa.Connection,
    *,
    workspace: str,
    campaign: str,
    influencers: list[str],
    status: RosterStatus = RosterStatus.CONTACTED,
) -> tuple[SaveSummary, list[str]]:
    """Add the influencers to the campaign's casting; those already on it keep their status
    (a shortlist never demotes an activated creator). Returns what was written and who was
    already there."""
    found = get_campaign_or_raise(conn, name=campaign, workspace=workspace)
    i, r = schema.influencer, schema.roster
    names = dict(
        conn.execute(
            sa.select(i.c.name, i.c.id)
            .join(schema.workspace)
            .where(schema.workspace.c.name == workspace)
        ).all()
    )
    unknown = [name for name in influencers if name not in names]
    if unknown:
        raise NotFound(f"Not in workspace {workspace!r}: {', '.join(unknown)}.")
    cast = set(
        conn.execute(sa.select(r.c.influencer_id).where(r.c.campaign_id == found.id)).scalars()
    )
    already = [name for name in influencers if names[name] in cast]
    batch = Batch(
        roster=[
            RosterRecord(campaign=campaign, influencer=name, status=status)
            for name in dict.fromkeys(influencers)
            if name not in already
        ]
    )
    return save_batch(conn, workspace=workspace, batch=batch), already
