"""The report tables read beside the KPIs (costs by kind, links, attributed orders) hold, as of
a moment, what the KPIs count then: a report never lists a fee or an order its totals leave out."""

import datetime as dt

from influscope.report import store_reads
from influscope.report.traffic import traffic_section
from influscope.store import queries
from influscope.store.writes import save_batch
from tests.engines.scenario import save_traffic, scenario_batch

MARCH_9 = dt.datetime(2026, 3, 9)


def _campaign(engine) -> queries.CampaignSummary:
    with engine.begin() as conn:
        save_batch(conn, workspace="Maison Test", batch=scenario_batch())
        save_traffic(conn)
    with engine.connect() as conn:
        return queries.get_campaign_or_raise(conn, name="Printemps Éclat")


def test_costs_by_kind_hold_only_the_costs_incurred_by_then(engine):
    campaign = _campaign(engine)
    with engine.connect() as conn:
        costs = store_reads.costs_by_kind(conn, campaign_ids=[campaign.id], as_of=MARCH_9)
    # Chloé's fee (15 Mar) and the agency's (31 Mar) came later.
    assert sorted(costs) == [("fee", "EUR", 800), ("fee", "USD", 2250), ("product", "EUR", 60)]


def test_links_and_orders_hold_only_the_clicks_and_orders_dated_by_then(engine):
    campaign = _campaign(engine)
    with engine.connect() as conn:
        section = traffic_section(conn, campaign=campaign, as_of=MARCH_9, lang="en")
    tables = {table.key: table for table in section.tables}
    # Hugo's third click came at 08:00 on 9 Mar; O2, by his link, at noon that day.
    assert sorted(tables["links"].rows) == [
        ("Hugo Bernard", 1, 2, 2, 1),
        ("Léa Martin", 1, 6, 4, 2),
    ]
    assert [row[:3] for row in tables["attribution"].rows] == [("code", 1, 120)]
