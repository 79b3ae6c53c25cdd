"""A campaign's dashboard: KPI cards against targets, the funnel, the series, the breakdowns,
the content, links and codes.

Computing it means one KPI query per breakdown, which takes seconds on a large store, so the
figures are kept per campaign until data is written through the app (`DataVersion.bump`) or,
for writes made elsewhere (a CLI import), until `dashboard_cache_seconds` have passed. Labels,
sorting and formats are applied per request, on the kept figures.
"""

import gc
import threading
import time
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

import sqlalchemy as sa

from influscope.catalogue.load import built_in_catalogue
from influscope.catalogue.models import Unit
from influscope.compile import Grain
from influscope.engines.evaluate import KpiTable, evaluate_kpis
from influscope.report.campaign_kpis import CampaignKpis, campaign_kpis
from influscope.store import queries, schema
from influscope.web import i18n
from influscope.web.models import (
    CampaignPublic,
    CodePublic,
    FunnelStep,
    GroupRow,
    KpiValue,
    LinkPublic,
    PostPublic,
    SeriesPoint,
)

TABLE_KPIS = (
    "cost",
    "reach",
    "engagements",
    "engagement_rate_reach",
    "cost_per_mille",
    "cost_per_engagement",
    "emv",
    "platform_link_clicks",
)
# Not catalogue KPIs: they come from attributed orders, when the store has them.
SALES_COLUMNS = {"sales": Unit.CURRENCY, "roas": Unit.RATIO}
SERIES_KPIS = ("engagements", "views")
FUNNEL_KPIS = ("reach", "engagements", "platform_link_clicks")
GALLERY_SIZE = 24
TABLE_ROWS = 50
T = TypeVar("T")


class DataVersion:
    """Bumped by every write the app makes, so kept dashboards are recomputed."""

    def __init__(self) -> None:
        self.value = 0
        self._lock = threading.Lock()

    def bump(self) -> None:
        with self._lock:
            self.value += 1


@dataclass(frozen=True)
class Figures:
    """Everything computed from the store for one campaign, before labels and formats."""

    kpis: CampaignKpis
    by_influencer: list[GroupRow]
    by_platform: list[GroupRow]
    by_format: list[GroupRow]
    series: list[SeriesPoint]
    sales: dict[int, float] | None  # by influencer id; None: no attributed orders
    funnel: list[FunnelStep]
    posts: list[PostPublic]
    links: list[LinkPublic] | None  # the most clicked first
    codes: list[CodePublic] | None  # the most used first
    # The influencer table in each order asked for so far, kept with the figures: a big
    # campaign has thousands of influencers, too many to sort again on every request.
    _orders: dict[tuple[str, bool], list[GroupRow]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def influencers_sorted(self, column: str, descending: bool) -> list[GroupRow]:
        key = (column, descending)
        rows = self._orders.get(key)
        if rows is None:
            rows = self._orders[key] = sort_rows(self.by_influencer, column, descending)
        return rows


class Kept:
    """Results kept per key until the app writes data or `seconds` pass."""

    def __init__(self, seconds: float, version: DataVersion) -> None:
        self.seconds, self.version = seconds, version
        self._kept: dict[Hashable, tuple[float, int, object]] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        with self._lock:
            kept = self._kept.get(key)
        now = time.monotonic()
        if kept and kept[1] == self.version.value and now - kept[0] < self.seconds:
            return kept[2]
        version = self.version.value
        result = compute()
        with self._lock:
            self._kept[key] = (time.monotonic(), version, result)
        _freeze_what_lives_on()
        return result


def _freeze_what_lives_on() -> None:
    """Keep the collector's full passes off what was just kept.

    The figures of a big campaign are tens of thousands of objects that live until the next
    write. Every full pass of Python's cyclic garbage collector walked them with the rest of the
    process, pausing the request it fell on for half a second or more at 10M rows. After each
    computation (already seconds long) the garbage is collected and what is left is frozen:
    later passes walk only what requests made since. Unfreezing first lets the collector reach
    what earlier freezes held, such as the figures this computation replaced, so nothing
    accumulates from one computation to the next."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def _present(table: sa.Table | None) -> bool:
    return table is not None


def compute_figures(engine: sa.Engine, campaign: CampaignPublic, workspace: str) -> Figures:
    catalogue = built_in_catalogue()
    with engine.connect() as conn:
        targets = queries.list_targets(conn, campaign_id=campaign.id)
    headline = catalogue.headline_for(campaign.objectives, targets)
    wanted = list(dict.fromkeys([*headline, *TABLE_KPIS, *FUNNEL_KPIS]))
    kpis = campaign_kpis(engine, campaign=campaign.name, workspace=workspace, kpi_ids=wanted)

    def grouped(grain: Grain, kpi_ids: Sequence[str] = TABLE_KPIS) -> KpiTable:
        return evaluate_kpis(engine, campaign_ids=[campaign.id], kpi_ids=kpi_ids, by=[grain])

    with engine.connect() as conn:
        sales = _sales_by_influencer(conn, campaign.id)
        totals = kpis.table.rows[0] if kpis.table.rows else {}
        return Figures(
            kpis=kpis,
            by_influencer=group_rows(
                grouped(Grain.INFLUENCER), key="influencer", id_column="influencer_id", sales=sales
            ),
            by_platform=group_rows(grouped(Grain.PLATFORM), key="platform"),
            by_format=group_rows(grouped(Grain.FORMAT), key="format"),
            series=series(grouped(Grain.DAY, SERIES_KPIS)),
            sales=sales,
            funnel=_funnel(conn, campaign.id, totals),
            posts=_posts(conn, campaign.id),
            # The most clicked and most used first, as the page shows them. Sorted here, once,
            # not in the template: a big campaign has tens of thousands of links, and sorting
            # them on every request took tens of milliseconds and moved one key list per link
            # to the collector's oldest generation, setting off a full pass every few requests.
            # Sorted by the query rather than in Python, so the objects lie in memory in the
            # order they are read: the JSON twin writes them all, twice as fast so.
            links=campaign_links(conn, campaign_id=campaign.id, most_clicked_first=True),
            codes=campaign_codes(conn, campaign_id=campaign.id, most_used_first=True),
        )


def _sales_by_influencer(conn: sa.Connection, campaign_id: int) -> dict[int, float] | None:
    a = schema.attribution.order_attribution
    rows = conn.execute(
        sa.select(a.c.influencer_id, sa.func.sum(a.c.campaign_revenue))
        .where(a.c.campaign_id == campaign_id, a.c.reversed == sa.false())
        .group_by(a.c.influencer_id)
    ).all()
    return {row[0]: float(row[1] or 0) for row in rows} if rows else None


def _funnel(conn: sa.Connection, campaign_id: int, totals: dict) -> list[FunnelStep]:
    steps = [
        FunnelStep(step="reach", value=totals.get("reach"), source="kpi:reach"),
        FunnelStep(step="engagements", value=totals.get("engagements"), source="kpi:engagements"),
    ]
    clicks = _tracked_clicks(conn, campaign_id)
    if clicks:
        steps.append(FunnelStep(step="clicks", value=clicks, source="tracking links"))
    else:
        platform = totals.get("platform_link_clicks")
        source = "kpi:platform_link_clicks" if platform is not None else "no_data"
        steps.append(FunnelStep(step="clicks", value=platform, source=source))
    traffic = getattr(schema.commerce, "web_traffic", None)
    sessions = None
    if _present(traffic):
        sessions = conn.execute(
            sa.select(sa.func.sum(traffic.c.sessions)).where(traffic.c.campaign_id == campaign_id)
        ).scalar()
    steps.append(
        FunnelStep(
            step="sessions",
            value=float(sessions) if sessions is not None else None,
            source="web analytics" if sessions is not None else "no_data",
        )
    )
    a = schema.attribution.order_attribution
    orders = conn.execute(
        sa.select(sa.func.count()).where(a.c.campaign_id == campaign_id, a.c.reversed == sa.false())
    ).scalar()
    steps.append(
        FunnelStep(
            step="orders",
            value=float(orders) if orders else None,
            source="attributed orders" if orders else "no_data",
        )
    )
    return steps


def _tracked_clicks(conn: sa.Connection, campaign_id: int) -> int | None:
    link, click = (getattr(schema.tracking, n, None) for n in ("link", "click"))
    if not (_present(link) and _present(click)):
        return None
    return conn.execute(
        sa.select(sa.func.count())
        .select_from(click.join(link, link.c.id == click.c.link_id))
        .where(link.c.campaign_id == campaign_id, click.c.is_bot == sa.false())
    ).scalar()


def _posts(conn: sa.Connection, campaign_id: int) -> list[PostPublic]:
    p, a, i, s = schema.post, schema.account, schema.influencer, schema.metric_snapshot
    rows = conn.execute(
        sa.select(
            p.c.id,
            i.c.name,
            a.c.platform,
            p.c.format,
            p.c.url,
            p.c.caption,
            p.c.published_on,
        )
        .select_from(p.join(a, a.c.id == p.c.account_id).join(i, i.c.id == a.c.influencer_id))
        .where(p.c.campaign_id == campaign_id)
        .order_by(p.c.published_at.desc(), p.c.id)
        .limit(GALLERY_SIZE)
    ).all()
    ids = [row.id for row in rows]
    latest = (
        sa.select(s.c.post_id, s.c.metric, sa.func.max(s.c.captured_at).label("at"))
        .where(s.c.post_id.in_(ids))
        .group_by(s.c.post_id, s.c.metric)
        .subquery()
    )
    metrics: dict[int, dict[str, float]] = {}
    if ids:
        for post_id, metric, value in conn.execute(
            sa.select(s.c.post_id, s.c.metric, sa.func.max(s.c.value))
            .join(
                latest,
                sa.and_(
                    latest.c.post_id == s.c.post_id,
                    latest.c.metric == s.c.metric,
                    latest.c.at == s.c.captured_at,
                ),
            )
            .group_by(s.c.post_id, s.c.metric)
        ):
            metrics.setdefault(post_id, {})[metric] = value
    return [
        PostPublic(
            id=row.id,
            influencer=row.name,
            platform=row.platform,
            format=row.format,
            url=row.url,
            caption=row.caption,
            published_on=row.published_on,
            metrics=metrics.get(row.id, {}),
        )
        for row in rows
    ]


def campaign_links(
    conn: sa.Connection,
    *,
    campaign_id: int,
    influencer_id: int | None = None,
    most_clicked_first: bool = False,
) -> list[LinkPublic] | None:
    """By influencer and code, or the most clicked first (ties by influencer and code)."""
    link, click = (getattr(schema.tracking, n, None) for n in ("link", "click"))
    if not (_present(link) and _present(click)):
        return None
    i = schema.influencer
    clicks = (
        sa.select(click.c.link_id, sa.func.count().label("n"))
        .where(click.c.is_bot == sa.false())
        .group_by(click.c.link_id)
        .subquery()
    )
    query = (
        sa.select(link.c.code, i.c.name, link.c.platform, link.c.destination, clicks.c.n)
        .select_from(
            link.join(i, i.c.id == link.c.influencer_id).outerjoin(
                clicks, clicks.c.link_id == link.c.id
            )
        )
        .where(link.c.campaign_id == campaign_id)
        .order_by(
            *([sa.func.coalesce(clicks.c.n, 0).desc()] if most_clicked_first else []),
            i.c.name,
            link.c.code,
        )
    )
    if influencer_id is not None:
        query = query.where(link.c.influencer_id == influencer_id)
    return [
        LinkPublic(
            code=r.code,
            influencer=r.name,
            platform=r.platform,
            destination=r.destination,
            clicks=r.n or 0,
        )
        for r in conn.execute(query)
    ]


def campaign_codes(
    conn: sa.Connection,
    *,
    campaign_id: int,
    influencer_id: int | None = None,
    most_used_first: bool = False,
) -> list[CodePublic] | None:
    """By influencer and code, or the most used first (ties by influencer and code)."""
    code, a, i = (
        schema.attribution.promo_code,
        schema.attribution.order_attribution,
        schema.influencer,
    )
    uses = (
        sa.select(
            a.c.promo_code_id,
            sa.func.count().label("orders"),
            sa.func.sum(a.c.campaign_revenue).label("revenue"),
        )
        .where(a.c.reversed == sa.false())
        .group_by(a.c.promo_code_id)
        .subquery()
    )
    query = (
        sa.select(code.c.code, i.c.name, uses.c.orders, uses.c.revenue)
        .select_from(
            code.join(i, i.c.id == code.c.influencer_id).outerjoin(
                uses, uses.c.promo_code_id == code.c.id
            )
        )
        .where(code.c.campaign_id == campaign_id)
        .order_by(
            *([sa.func.coalesce(uses.c.orders, 0).desc()] if most_used_first else []),
            i.c.name,
            code.c.code,
        )
    )
    if influencer_id is not None:
        query = query.where(code.c.influencer_id == influencer_id)
    rows = conn.execute(query).all()
    return [
        CodePublic(
            code=r.code,
            influencer=r.name,
            orders=r.orders or 0,
            revenue=float(r.revenue) if r.revenue is not None else None,
        )
        for r in rows
    ]


# Turning figures into the page model, per language and sort order.


def kpi_column(kpi_id: str, lang: str) -> KpiValue:
    if kpi_id in SALES_COLUMNS:
        return KpiValue(
            id=kpi_id,
            label=i18n.t(kpi_id, lang),
            unit=SALES_COLUMNS[kpi_id].value,
            value=None,
            provenance=None,
        )
    kpi = built_in_catalogue().kpis[kpi_id]
    return KpiValue(
        id=kpi_id, label=kpi.label.get(lang), unit=kpi.unit.value, value=None, provenance=None
    )


def cards(kpis: CampaignKpis, lang: str) -> list[KpiValue]:
    if not kpis.table.rows:
        return []
    (row,), (provenance,) = kpis.table.rows, kpis.table.provenance
    result = []
    for kpi_id in kpis.headline:
        if kpi_id not in row:
            continue
        card = kpi_column(kpi_id, lang)
        card.value, card.provenance = row[kpi_id], provenance[kpi_id]
        target = kpis.targets.get(kpi_id)
        if target is not None:
            card.target = target.target
            card.effectiveness = target.effectiveness
            card.status = target.status.value
        result.append(card)
    return result


def group_rows(
    table: KpiTable,
    *,
    key: str,
    id_column: str | None = None,
    sales: dict[int, float] | None = None,
) -> list[GroupRow]:
    rows = []
    for row in table.rows:
        values = {kpi.id: row[kpi.id] for kpi in table.kpis}
        group_id = row.get(id_column) if id_column else None
        if sales is not None and group_id is not None:
            values["sales"] = sales.get(group_id, 0.0)
            cost = values.get("cost")
            values["roas"] = values["sales"] / cost if cost else None
        rows.append(
            GroupRow(key=str(row[key]) if row[key] is not None else "–", id=group_id, values=values)
        )
    return rows


def sort_rows(rows: list[GroupRow], column: str, descending: bool) -> list[GroupRow]:
    """Missing values last, whichever the direction."""
    if column == "key":
        return sorted(rows, key=lambda r: r.key.lower(), reverse=descending)
    present = [r for r in rows if r.values.get(column) is not None]
    missing = [r for r in rows if r.values.get(column) is None]
    present.sort(key=lambda r: r.values[column], reverse=descending)
    return present + missing


def series(table: KpiTable) -> list[SeriesPoint]:
    points = [
        SeriesPoint(day=row["day"], values={k: row[k] for k in SERIES_KPIS})
        for row in table.rows
        if row["day"] is not None
    ]
    return sorted(points, key=lambda p: p.day)
