"""The campaign dashboard."""

from typing import Annotated

from fastapi import APIRouter, Query

from influscope.web import dashboard, lookups
from influscope.web.accounts import EDITORS, READERS
from influscope.web.deps import Ctx, Id
from influscope.web.models import CampaignCharts, ChartPublic, DashboardPage
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
    campaign_id: Id,
    sort: Annotated[str, Query(pattern="^[a-z_]{1,40}$")] = "reach",
    order: Annotated[str, Query(pattern="^(asc|desc)$")] = "desc",
    rows: Annotated[int, Query(ge=1, le=100_000)] = dashboard.TABLE_ROWS,
) -> DashboardPage:
    """`rows` limits the influencer table to the first rows in the chosen order (a big
    campaign has thousands of creators); `influencer_count` says how many there are."""
    with ctx.engine.connect() as conn:
        campaign = lookups.get_campaign_or_404(conn, campaign_id=campaign_id)
    member = ctx.require(campaign.workspace_id, READERS)
    figures = ctx.request.app.state.kept.get(
        ("figures", campaign.id),
        lambda: dashboard.compute_figures(ctx.engine, campaign, member.workspace),
    )
    with ctx.engine.connect() as conn:
        pending = count_pending(conn, campaign_id=campaign_id)
    lang = ctx.lang
    sort = sort if sort in SORTABLE else "reach"
    columns = [*dashboard.TABLE_KPIS, *(dashboard.SALES_COLUMNS if figures.sales else ())]
    descending = order == "desc"
    return DashboardPage(
        workspace=lookups.workspace_public(member),
        campaign=campaign,
        catalogue_version=figures.kpis.table.catalogue_version,
        rate_card=figures.kpis.table.rate_card,
        benchmarks=figures.kpis.table.benchmarks,
        cards=dashboard.cards(figures.kpis, lang),
        funnel=figures.funnel,
        series_kpis=[dashboard.kpi_column(k, lang).label for k in dashboard.SERIES_KPIS],
        series=figures.series,
        table_kpis=[dashboard.kpi_column(k, lang) for k in columns],
        by_influencer=figures.influencers_sorted(sort, descending)[:rows],
        influencer_count=len(figures.by_influencer),
        rows=rows,
        by_platform=figures.by_platform,
        by_format=figures.by_format,
        sort=sort,
        descending=descending,
        posts=figures.posts,
        links=figures.links,
        codes=figures.codes,
        can_edit=member.role in EDITORS,
        pending_submissions=pending,
    )


@twin(router, "/campaigns/{campaign_id}/charts", template="_charts.html", model=CampaignCharts)
def campaign_charts(ctx: Ctx, campaign_id: Id) -> CampaignCharts:
    """The report's charts as Vega-Lite specs (the same the PDF and slides draw); the page
    shows them as inline SVG. Loaded on demand: the report behind them takes seconds."""
    from influscope.charts import campaign_charts as specs_of
    from influscope.report.campaign_report import build_campaign_report

    with ctx.engine.connect() as conn:
        campaign = lookups.get_campaign_or_404(conn, campaign_id=campaign_id)
    member = ctx.require(campaign.workspace_id, READERS)
    lang = ctx.lang
    specs = ctx.request.app.state.kept.get(
        ("charts", campaign.id, lang),
        lambda: specs_of(
            build_campaign_report(
                ctx.engine, campaign=campaign.name, workspace=member.workspace, lang=lang
            )
        ),
    )
    return CampaignCharts(
        campaign_id=campaign.id,
        charts=[ChartPublic(key=key, spec=spec) for key, spec in specs.items()],
    )
