"""What an influencer sees of a workspace: only their own campaigns, accounts, links, codes and
results."""

import sqlalchemy as sa

from influscope.catalogue.load import built_in_catalogue
from influscope.compile import Grain
from influscope.engines.evaluate import evaluate_kpis
from influscope.store import schema
from influscope.web import dashboard, lookups
from influscope.web.accounts import Membership
from influscope.web.models import AccountPublic, CampaignPublic, KpiValue, PortalCampaign
from influscope.web.submissions import list_submissions

RESULT_KPIS = ("posts", "reach", "views", "engagements", "engagement_rate_reach")


def influencer_campaign_ids(conn: sa.Connection, *, influencer_id: int) -> list[int]:
    """Campaigns the influencer was cast in, published for, or holds a code of."""
    r, p, a = schema.roster, schema.post, schema.account
    code = schema.attribution.promo_code
    cast = sa.select(r.c.campaign_id).where(r.c.influencer_id == influencer_id)
    posted = (
        sa.select(p.c.campaign_id)
        .join(a, a.c.id == p.c.account_id)
        .where(a.c.influencer_id == influencer_id, p.c.campaign_id.is_not(None))
    )
    coded = sa.select(code.c.campaign_id).where(code.c.influencer_id == influencer_id)
    return sorted(set(conn.execute(sa.union(cast, posted, coded)).scalars()))


def influencer_accounts(conn: sa.Connection, *, influencer_id: int) -> list[AccountPublic]:
    a, f = schema.account, schema.follower_snapshot
    latest = (
        sa.select(f.c.account_id, sa.func.max(f.c.captured_at).label("at"))
        .group_by(f.c.account_id)
        .subquery()
    )
    rows = conn.execute(
        sa.select(a.c.platform, a.c.handle, sa.func.max(f.c.followers))
        .select_from(
            a.outerjoin(latest, latest.c.account_id == a.c.id).outerjoin(
                f, sa.and_(f.c.account_id == a.c.id, f.c.captured_at == latest.c.at)
            )
        )
        .where(a.c.influencer_id == influencer_id)
        .group_by(a.c.platform, a.c.handle)
        .order_by(a.c.platform, a.c.handle)
    )
    return [AccountPublic(platform=r[0], handle=r[1], followers=r[2]) for r in rows]


def results_by_campaign(
    engine: sa.Engine, *, campaign_ids: list[int], influencer_id: int, kpi_ids=RESULT_KPIS
) -> dict[int, dict[str, float | None]]:
    if not campaign_ids:
        return {}
    table = evaluate_kpis(
        engine, campaign_ids=campaign_ids, kpi_ids=kpi_ids, by=[Grain.CAMPAIGN, Grain.INFLUENCER]
    )
    return {
        row["campaign_id"]: {k: row[k] for k in kpi_ids}
        for row in table.rows
        if row["influencer_id"] == influencer_id
    }


def portal_campaigns(engine: sa.Engine, member: Membership, lang: str) -> list[PortalCampaign]:
    influencer_id = member.influencer_id
    with engine.connect() as conn:
        ids = influencer_campaign_ids(conn, influencer_id=influencer_id)
        campaigns: list[CampaignPublic] = [
            lookups.get_campaign_or_404(conn, campaign_id=campaign_id) for campaign_id in ids
        ]
        accounts = influencer_accounts(conn, influencer_id=influencer_id)
        submissions = list_submissions(
            conn, workspace_id=member.workspace_id, influencer_id=influencer_id
        )
        links = {
            c.id: dashboard.campaign_links(conn, campaign_id=c.id, influencer_id=influencer_id)
            for c in campaigns
        }
        codes = {
            c.id: dashboard.campaign_codes(conn, campaign_id=c.id, influencer_id=influencer_id)
            for c in campaigns
        }
    results = results_by_campaign(engine, campaign_ids=ids, influencer_id=influencer_id)
    catalogue = built_in_catalogue()
    out = []
    for campaign in campaigns:
        values = results.get(campaign.id, {})
        out.append(
            PortalCampaign(
                campaign=campaign,
                workspace=member.workspace,
                accounts=accounts,
                links=links[campaign.id],
                codes=codes[campaign.id],
                results=[
                    KpiValue(
                        id=k,
                        label=catalogue.kpis[k].label.get(lang),
                        unit=catalogue.kpis[k].unit.value,
                        value=values.get(k),
                        provenance=None,
                    )
                    for k in RESULT_KPIS
                ],
                submissions=[s for s in submissions if s.campaign_id == campaign.id],
            )
        )
    return out
