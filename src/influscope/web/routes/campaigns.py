"""The campaign dashboard."""

from typing import Annotated

from fastapi import APIRouter, Query

from influscope.web import dashboard, lookups
from influscope.web.accounts import EDITORS, READERS
from influscope.web.deps import Ctx
from influscope.web.models import DashboardPage
from influscope.web.pages import twin
from influscope.web.submissions import count_pending

router = APIRouter()

SORTABLE = ("key", *dashboard.TABLE_KPIS, *dashboard.SALES_COLUMNS)


@twin(
    router,
    "/campaigns/{campaign_id}",
    template="dashboard.html",
    model=DashboardPage,
    fragments={"influencer-table": "_influencer_table.html"},
)
def campaign_dashboard(
    ctx: Ctx,
    campaign_id: int,
    sort: Annotated[str, Query(pattern="^[a-z_]{1,40}$")] = "reach",
    order: Annotated[str, Query(pattern="^(asc|desc)$")] = "desc",
) -> DashboardPage:
    with ctx.engine.connect() as conn:
        campaign = lookups.get_campaign_or_404(conn, campaign_id=campaign_id)
    member = ctx.require(campaign.workspace_id, READERS)
    figures = ctx.request.app.state.figures.get(ctx.engine, campaign, member.workspace)
    with ctx.engine.connect() as conn:
        pending = count_pending(conn, campaign_id=campaign_id)
    lang = ctx.lang
    sort = sort if sort in SORTABLE else "reach"
    columns = [*dashboard.TABLE_KPIS, *(dashboard.SALES_COLUMNS if figures.sales else ())]
    descending = order == "desc"
    by_influencer = dashboard.group_rows(
        figures.by_influencer, key="influencer", id_column="influencer_id", sales=figures.sales
    )
    return DashboardPage(
        workspace=lookups.workspace_public(member),
        campaign=campaign,
        catalogue_version=figures.kpis.table.catalogue_version,
        rate_card=figures.kpis.table.rate_card,
        benchmarks=figures.kpis.table.benchmarks,
        cards=dashboard.cards(figures.kpis, lang),
        funnel=figures.funnel,
        series_kpis=[dashboard.kpi_column(k, lang).label for k in dashboard.SERIES_KPIS],
        series=dashboard.series(figures.by_day),
        table_kpis=[dashboard.kpi_column(k, lang) for k in columns],
        by_influencer=dashboard.sort_rows(by_influencer, sort, descending),
        by_platform=dashboard.group_rows(figures.by_platform, key="platform"),
        by_format=dashboard.group_rows(figures.by_format, key="format"),
        sort=sort,
        descending=descending,
        posts=figures.posts,
        links=figures.links,
        codes=figures.codes,
        can_edit=member.role in EDITORS,
        pending_submissions=pending,
    )
