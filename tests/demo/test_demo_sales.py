"""The demo's sales data: the launch's and the summer sales' clicks, sessions and attributed
orders give every sales and traffic KPI a plausible value, and saving again changes nothing."""

import sqlalchemy as sa

from influscope.demo import DEMO_WORKSPACE, save_demo, save_demo_sales
from influscope.demo.plans import LAUNCH, SALES
from influscope.report.campaign_kpis import campaign_kpis
from influscope.store import schema

TABLES = (
    schema.tracking.link,
    schema.tracking.click,
    schema.attribution.promo_code,
    schema.commerce.shop_order,
    schema.commerce.web_traffic,
    schema.attribution.order_attribution,
    schema.attribution.attribution_run,
)
KPIS = (
    "tracked_clicks",
    "unique_clicks",
    "bot_clicks",
    "sessions",
    "bounce_rate",
    "conversions",
    "revenue",
    "average_order_value",
    "return_on_ad_spend",
    "new_customers",
)


def _counts(engine: sa.Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            t.name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
            for t in TABLES
        }


def _kpis(engine: sa.Engine, campaign: str) -> dict:
    (row,) = campaign_kpis(
        engine, campaign=campaign, workspace=DEMO_WORKSPACE, kpi_ids=KPIS
    ).table.rows
    return row


def test_demo_sales_give_plausible_sales_kpis_and_save_idempotently(engine):
    save_demo(engine)
    first = save_demo_sales(engine)
    assert set(first.attribution) == {LAUNCH.record.name, SALES.record.name}
    counts = _counts(engine)
    assert all(counts.values()), counts

    sales, launch = _kpis(engine, SALES.record.name), _kpis(engine, LAUNCH.record.name)
    for kpis in (sales, launch):
        assert all(kpis[kpi] is not None for kpi in KPIS), kpis
        assert 0 < kpis["bot_clicks"] < kpis["tracked_clicks"] * 0.1
        assert kpis["unique_clicks"] < kpis["tracked_clicks"]
        assert 0.01 <= kpis["conversions"] / kpis["sessions"] <= 0.04
        assert 35 <= kpis["average_order_value"] <= 80
        assert kpis["new_customers"] < kpis["conversions"]
    assert 2 <= sales["return_on_ad_spend"] <= 5
    assert launch["return_on_ad_spend"] < sales["return_on_ad_spend"]

    again = save_demo_sales(engine)
    assert again.saved.changed == 0
    assert again.attribution == {}
    assert _counts(engine) == counts
