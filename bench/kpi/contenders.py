"""Ways to compute the campaign KPIs, in total or per influencer.

The compared set, `KPIS`, is every KPI of the catalogue that reads only posts, their metric and
follower snapshots, costs (turned into the campaign's currency with the exchange rates), tracked
clicks, GA4 sessions and attributed orders (60 of the 92: visibility, engagement with its
per-post and per-account means and medians, cost, traffic and sales with their returns). The
others also read the casting, mentions, captions and rate cards, and have no hand-written twin
here.

- `Influscope`: the product, `evaluate_kpis` for the compared set. Its warm-up compiles the
  query and keeps it (as the web dashboard's process does), so timed runs are repeat requests.
- `InfluscopeCold`: the same call with nothing kept, as on a process's first request of its
  kind: every run builds the Ibis expression and compiles it to SQL before the query runs.
- `InfluscopeAll`: the same call for the whole catalogue, to show what the other families add;
  it is checked against `Influscope` on the compared KPIs but has no twin for the others.
- `HandSql`: one DuckDB query written by hand for exactly the compared set, using what a person
  who knows the data would: filter to the campaign first, `arg_max` for the latest counter
  instead of a window, an ASOF join for followers, and costs summed per group without spreading
  them over posts (spreading only matters when grouping by platform, format or period). This is
  the practical limit for DuckDB.
- `Pandas`: the tables read into DataFrames, then the same numbers the way an analyst who knows
  pandas writes them: vectorised throughout (sort + drop_duplicates, pivot, merge_asof, groupby),
  no Python loop over rows.

Each has `load()` (open the store, or read the tables into memory) and `compute()`, which returns
rows as `evaluate_kpis` does: a list of dicts holding the group columns and one value per KPI.
"""

from pathlib import Path
from typing import Protocol

import duckdb
import pandas as pd
import sqlalchemy as sa

from influscope.compile import Grain
from influscope.engines.evaluate import clear_plans, evaluate_kpis
from influscope.store import database

GROUPINGS = ("campaign", "influencer")
COUNTERS = ("reach", "impressions", "views", "likes", "comments", "shares", "saves", "clicks")
INTERACTIONS = ("likes", "comments", "shares", "saves")
# Engagement rates per post and per account, by their denominator.
RATE_DENOMINATORS = ("reach", "followers", "impressions", "views")
KPIS = (
    "posts",
    "platforms_selected",
    "influencers_activated",
    "reach",
    "impressions",
    "views",
    "impressions_with_estimates",
    "reach_rate",
    "likes",
    "comments",
    "shares",
    "saves",
    "engagements",
    *(f"engagement_rate_{d}" for d in RATE_DENOMINATORS),
    *(
        f"engagement_rate_{d}_{per}_{stat}"
        for d in RATE_DENOMINATORS
        for per in ("post", "account")
        for stat in ("mean", "median")
    ),
    "platform_link_clicks",
    "cost",
    "cost_per_mille",
    "cost_per_engagement",
    "cost_per_view",
    # Traffic: the redirector's clicks and the GA4 sessions matched to the campaign.
    "tracked_clicks",
    "unique_clicks",
    "bot_clicks",
    "click_through_rate",
    "sessions",
    "new_users",
    "bounce_rate",
    "average_session_duration",
    "pages_per_session",
    # Sales: the attributed orders, and what they return on the cost.
    "leads",
    "conversions",
    "conversion_rate",
    "revenue",
    "average_order_value",
    "new_customers",
    "return_on_ad_spend",
    "return_on_investment",
    "profitability",
    "cost_per_click",
    "cost_per_acquisition",
    "customer_acquisition_cost",
    "cost_per_lead",
)
PROVENANCE_RANK = {"measured": 0, "self_reported": 1, "estimated": 2}
UNKNOWN_PROVENANCE_RANK = 2  # counted as estimated


class Contender(Protocol):
    name: str

    def load(self) -> None: ...

    def compute(self, campaign_id: int, grouping: str) -> list[dict]: ...

    def close(self) -> None: ...


class Influscope:
    name = "influscope"
    kpi_ids: tuple[str, ...] | None = KPIS

    def __init__(self, store: Path):
        self.store = store

    def load(self) -> None:
        self.engine = database.create_engine(read_only_url(self.store))

    def compute(self, campaign_id: int, grouping: str) -> list[dict]:
        by = [Grain.INFLUENCER] if grouping == "influencer" else []
        table = evaluate_kpis(self.engine, campaign_ids=[campaign_id], kpi_ids=self.kpi_ids, by=by)
        return list(table.rows)

    def close(self) -> None:
        self.engine.dispose()


class InfluscopeCold(Influscope):
    name = "influscope_cold"

    def compute(self, campaign_id: int, grouping: str) -> list[dict]:
        clear_plans()
        return super().compute(campaign_id, grouping)


class InfluscopeAll(Influscope):
    name = "influscope_all"
    kpi_ids = None


def read_only_url(store: Path) -> str:
    """The store as every contender opens it: read-only, so that the contenders' processes hold
    it at once (DuckDB lets one process open a file for writing, or many for reading)."""
    return f"duckdb:///{store.resolve()}?access_mode=read_only"


def connect(store: Path) -> tuple[sa.Engine, duckdb.DuckDBPyConnection]:
    """A plain DuckDB connection to the store, configured exactly as Influscope's own (DuckDB
    also refuses two differently configured connections to one file in a process)."""
    engine = database.create_engine(read_only_url(store))
    raw = engine.raw_connection()
    try:
        return engine, raw.driver_connection.duplicate()
    finally:
        raw.close()


# ---------------------------------------------------------------------------------------------
# Hand-written DuckDB SQL

_FACTS = """
WITH posts AS (
    -- The campaign's influencer posts: the brand's own accounts are not influencer content.
    SELECT p.id AS post_id, p.account_id, p.published_at, a.influencer_id, a.platform
    FROM post p
    JOIN account a ON a.id = p.account_id
    JOIN influencer i ON i.id = a.influencer_id
    WHERE p.campaign_id = $campaign AND NOT i.is_brand
),
latest AS (
    -- The newest value of each counter; at one capture time measured beats self-reported beats
    -- estimated, which the low bits of the key encode. Joined to the campaign's posts (ids are
    -- unique) rather than filtered with IN, which DuckDB runs as a slower semi join.
    SELECT post_id,
           {latest}
    FROM (
        SELECT s.post_id, metric, value,
               epoch_us(captured_at) * 16 - CASE provenance {ranks} ELSE {unknown} END AS fresh
        FROM metric_snapshot s JOIN posts p ON p.post_id = s.post_id
    )
    GROUP BY post_id
),
first_count AS (
    SELECT account_id, arg_min(followers, captured_at) AS followers
    FROM follower_snapshot
    WHERE account_id IN (SELECT account_id FROM posts)
    GROUP BY account_id
),
counted AS (
    -- Followers: the last count at or before publication, else the account's first count.
    SELECT p.post_id, p.account_id, p.influencer_id, p.platform, {counters},
           CASE WHEN coalesce({interactions}) IS NOT NULL
                THEN {interaction_sum} END AS engagements,
           coalesce(b.followers, f.followers)::DOUBLE AS followers
    FROM posts p
    LEFT JOIN latest l USING (post_id)
    ASOF LEFT JOIN follower_snapshot b
        ON p.account_id = b.account_id AND p.published_at >= b.captured_at
    LEFT JOIN first_count f ON f.account_id = p.account_id
),
per_reach AS (
    -- Impressions per reach on the campaign's posts of each platform that have both.
    SELECT platform,
           sum(impressions) FILTER (WHERE reach IS NOT NULL)
               / nullif(sum(reach) FILTER (WHERE impressions IS NOT NULL), 0) AS ratio
    FROM counted
    GROUP BY platform
),
facts AS (
    SELECT c.*,
           coalesce(c.impressions, c.views, c.reach * coalesce(r.ratio, 1.0))
               AS impressions_with_estimates,
           {post_rates}
    FROM counted c LEFT JOIN per_reach r USING (platform)
),
accounts AS (
    SELECT {keys} account_id,
           {account_rates}
    FROM facts
    GROUP BY {keys} account_id
),
account_stats AS (
    SELECT {keys} {account_stats}
    FROM accounts
    {group_by}
),
sums AS (
    SELECT {keys} count(*) AS posts, count(DISTINCT platform) AS platforms_selected,
           count(DISTINCT influencer_id) AS influencers_activated,
           sum(reach) AS reach, sum(impressions) AS impressions, sum(views) AS views,
           sum(impressions_with_estimates) AS impressions_with_estimates,
           sum(likes) AS likes, sum(comments) AS comments, sum(shares) AS shares,
           sum(saves) AS saves, sum(clicks) AS platform_link_clicks,
           sum(engagements) AS engagements,
           sum(reach) FILTER (WHERE followers IS NOT NULL)
               / nullif(sum(followers) FILTER (WHERE reach IS NOT NULL), 0) * 100 AS reach_rate,
           {paired_rates},
           {post_stats}
    FROM facts
    {group_by}
),
rates AS (
    SELECT base, quote, valid_on, rate FROM exchange_rate
    UNION ALL SELECT quote, base, valid_on, 1 / rate FROM exchange_rate
),
costs AS (
    -- In the campaign's currency, at the rate in force the day each cost was incurred (the
    -- earliest later one when none was yet); null where no rate was stored.
    SELECT {keys} sum(c.amount::DOUBLE * CASE WHEN c.currency = m.currency THEN 1
               ELSE coalesce(b.rate, (SELECT arg_min(r.rate, r.valid_on) FROM rates r
                                      WHERE r.base = c.currency AND r.quote = m.currency)) END)
           AS cost
    FROM cost c JOIN campaign m ON m.id = c.campaign_id
    ASOF LEFT JOIN rates b
        ON b.base = c.currency AND b.quote = m.currency AND c.incurred_on >= b.valid_on
    WHERE c.campaign_id = $campaign
    {group_by}
),
clicks AS (
    -- The redirector's clicks on the campaign's links; bots counted apart.
    SELECT {keys} sum(CASE WHEN is_bot THEN 0 ELSE 1 END)::DOUBLE AS link_clicks,
           sum(CASE WHEN is_unique AND NOT is_bot THEN 1 ELSE 0 END)::DOUBLE
               AS unique_link_clicks,
           sum(CASE WHEN is_bot THEN 1 ELSE 0 END)::DOUBLE AS bot_link_clicks
    FROM click JOIN link ON link.id = click.link_id
    WHERE link.campaign_id = $campaign
    {group_by}
),
visits AS (
    -- GA4 rows the UTM matcher gave the campaign (some to no influencer).
    SELECT {keys} sum(sessions)::DOUBLE AS sessions, sum(new_users)::DOUBLE AS new_users,
           sum(sessions - engaged_sessions)::DOUBLE AS bounced_sessions,
           sum(duration_seconds) AS session_seconds, sum(page_views)::DOUBLE AS page_views,
           sum(key_events)::DOUBLE AS key_events
    FROM web_traffic WHERE campaign_id = $campaign
    {group_by}
),
sales AS (
    -- Reversed (cancelled) orders count for nothing; revenue is in the campaign's currency,
    -- null where no exchange rate was stored.
    SELECT {keys} sum(CASE WHEN reversed THEN 0 ELSE 1 END)::DOUBLE AS orders,
           sum(CASE WHEN reversed OR campaign_revenue IS NULL THEN 0 ELSE 1 END)::DOUBLE
               AS priced_orders,
           sum(CASE WHEN reversed THEN 0 ELSE campaign_revenue::DOUBLE END) AS revenue,
           sum(CASE WHEN NOT reversed AND new_customer THEN 1 ELSE 0 END)::DOUBLE
               AS new_customers
    FROM order_attribution WHERE campaign_id = $campaign
    {group_by}
)
"""

_KPI_VALUES = """
    reach, impressions, views, impressions_with_estimates, reach_rate,
    likes, comments, shares, saves, engagements, {rates}, platform_link_clicks, cost,
    cost / nullif(impressions_with_estimates, 0) * 1000 AS cost_per_mille,
    cost / nullif(engagements, 0) AS cost_per_engagement,
    cost / nullif(views, 0) AS cost_per_view,
    link_clicks AS tracked_clicks, unique_link_clicks AS unique_clicks,
    bot_link_clicks AS bot_clicks,
    link_clicks / nullif(impressions_with_estimates, 0) * 100 AS click_through_rate,
    sessions, new_users, bounced_sessions / nullif(sessions, 0) * 100 AS bounce_rate,
    session_seconds / nullif(sessions, 0) AS average_session_duration,
    page_views / nullif(sessions, 0) AS pages_per_session,
    key_events AS leads, orders AS conversions,
    orders / nullif(unique_link_clicks, 0) * 100 AS conversion_rate,
    revenue, revenue / nullif(priced_orders, 0) AS average_order_value, new_customers,
    revenue / nullif(cost, 0) AS return_on_ad_spend,
    (revenue - cost) / nullif(cost, 0) * 100 AS return_on_investment,
    (revenue - cost) / nullif(revenue, 0) * 100 AS profitability,
    cost / nullif(link_clicks, 0) AS cost_per_click,
    cost / nullif(orders, 0) AS cost_per_acquisition,
    cost / nullif(new_customers, 0) AS customer_acquisition_cost,
    cost / nullif(key_events, 0) AS cost_per_lead
"""


def _facts(keys: str) -> str:
    ranks = " ".join(f"WHEN '{name}' THEN {rank}" for name, rank in PROVENANCE_RANK.items())
    latest = ",\n           ".join(
        f"arg_max(value, fresh) FILTER (WHERE metric = '{name}') AS {name}" for name in COUNTERS
    )
    post_rates = ",\n           ".join(
        f"engagements / nullif({d}, 0) * 100 AS er_{d}_post" for d in RATE_DENOMINATORS
    )
    account_rates = ",\n           ".join(
        f"sum(engagements) FILTER (WHERE {d} IS NOT NULL) / nullif(sum({d}) FILTER "
        f"(WHERE engagements IS NOT NULL), 0) * 100 AS er_{d}"
        for d in RATE_DENOMINATORS
    )
    account_stats = ", ".join(
        f"avg(er_{d}) AS engagement_rate_{d}_account_mean, "
        f"median(er_{d}) AS engagement_rate_{d}_account_median"
        for d in RATE_DENOMINATORS
    )
    paired_rates = ",\n           ".join(
        f"sum(engagements) FILTER (WHERE {d} IS NOT NULL) / nullif(sum({d}) FILTER "
        f"(WHERE engagements IS NOT NULL), 0) * 100 AS engagement_rate_{d}"
        for d in RATE_DENOMINATORS
    )
    post_stats = ",\n           ".join(
        f"avg(er_{d}_post) AS engagement_rate_{d}_post_mean, "
        f"median(er_{d}_post) AS engagement_rate_{d}_post_median"
        for d in RATE_DENOMINATORS
    )
    return _FACTS.format(
        latest=latest,
        ranks=ranks,
        unknown=UNKNOWN_PROVENANCE_RANK,
        counters=", ".join(f"l.{name}" for name in COUNTERS),
        interactions=", ".join(f"l.{name}" for name in INTERACTIONS),
        interaction_sum=" + ".join(f"coalesce(l.{name}, 0)" for name in INTERACTIONS),
        post_rates=post_rates,
        account_rates=account_rates,
        account_stats=account_stats,
        paired_rates=paired_rates,
        post_stats=post_stats,
        keys=f"{keys}," if keys else "",
        group_by=f"GROUP BY {keys}" if keys else "",
    )


_RATES = [k for k in KPIS if k.startswith("engagement_rate_")]
_COUNTS = "posts, platforms_selected, influencers_activated"
# Per influencer: every group any kind of row has. Campaign-wide costs and sessions matched to
# no influencer make one group without an id, hence the joins on IS NOT DISTINCT FROM.
_PARTS = ("sums", "costs", "clicks", "visits", "sales")
HAND_SQL = {
    "campaign": _facts("")
    + f"SELECT {_COUNTS}, {_KPI_VALUES.format(rates=', '.join(_RATES))}\n"
    + f"FROM account_stats, {', '.join(_PARTS)}",
    "influencer": _facts("influencer_id")
    + ",\ngroups AS (\n    "
    + "\n    UNION ".join(f"SELECT influencer_id FROM {part}" for part in _PARTS)
    + f"""\n)
SELECT g.influencer_id, i.name AS influencer,
    coalesce(posts, 0) AS posts, coalesce(platforms_selected, 0) AS platforms_selected,
    coalesce(influencers_activated, 0) AS influencers_activated,
    {_KPI_VALUES.format(rates=", ".join(_RATES))}
FROM groups g
LEFT JOIN account_stats a ON a.influencer_id = g.influencer_id
"""
    + "".join(
        f"LEFT JOIN {part} ON {part}.influencer_id IS NOT DISTINCT FROM g.influencer_id\n"
        for part in _PARTS
    )
    + """LEFT JOIN influencer i ON i.id = g.influencer_id
ORDER BY g.influencer_id""",
}


class HandSql:
    name = "hand_sql"

    def __init__(self, store: Path):
        self.store = store

    def load(self) -> None:
        self.engine, self.con = connect(self.store)

    def compute(self, campaign_id: int, grouping: str) -> list[dict]:
        result = self.con.sql(HAND_SQL[grouping], params={"campaign": campaign_id})
        return result.to_arrow_table().to_pylist()

    def close(self) -> None:
        self.con.close()
        self.engine.dispose()


# ---------------------------------------------------------------------------------------------
# pandas

_TABLES = {
    "post": "SELECT id AS post_id, account_id, campaign_id, published_at FROM post",
    "account": "SELECT id AS account_id, influencer_id, platform FROM account",
    "influencer": "SELECT id AS influencer_id, name AS influencer, is_brand FROM influencer",
    "follower_snapshot": "SELECT account_id, captured_at, followers FROM follower_snapshot",
    "metric_snapshot": (
        "SELECT post_id, captured_at, metric, value, provenance FROM metric_snapshot"
    ),
    "cost": (
        "SELECT campaign_id, influencer_id, amount::DOUBLE AS amount, currency, incurred_on "
        "FROM cost"
    ),
    "campaign": "SELECT id AS campaign_id, currency AS campaign_currency FROM campaign",
    "exchange_rate": "SELECT base, quote, valid_on, rate FROM exchange_rate",
    "link": "SELECT id AS link_id, campaign_id, influencer_id FROM link",
    "click": "SELECT link_id, is_bot, is_unique FROM click",
    "web_traffic": (
        "SELECT campaign_id, influencer_id, sessions, new_users, engaged_sessions, "
        "duration_seconds, page_views, key_events FROM web_traffic"
    ),
    "order_attribution": (
        "SELECT campaign_id, influencer_id, reversed, campaign_revenue::DOUBLE AS "
        "campaign_revenue, new_customer FROM order_attribution"
    ),
}


class Pandas:
    name = "pandas"

    def __init__(self, store: Path):
        self.store = store

    def load(self) -> None:
        """Every table the KPIs need, whole, as DataFrames (only the needed columns)."""
        engine, con = connect(self.store)
        try:
            # Through Arrow: DuckDB's own `.df()` is several times slower on string columns.
            # The snapshots' few distinct strings become categoricals, as an analyst makes them.
            self.frames = {
                name: con.sql(sql)
                .to_arrow_table()
                .to_pandas(strings_to_categorical=name == "metric_snapshot")
                for name, sql in _TABLES.items()
            }
        finally:
            con.close()
            engine.dispose()

    def close(self) -> None:
        self.frames = {}

    def _rates_to_campaign_currency(self, costs: pd.DataFrame) -> pd.Series:
        """Per cost, the rate to its campaign's currency in force the day it was incurred (the
        earliest later one when none was yet), either way round; NaN where none was stored."""
        rates = self.frames["exchange_rate"]
        both = pd.concat(
            [
                rates,
                rates.rename(columns={"base": "quote", "quote": "base"}).assign(
                    rate=1 / rates.rate
                ),
            ]
        ).sort_values("valid_on")
        both["valid_on"] = pd.to_datetime(both.valid_on)
        wanted = costs.merge(self.frames["campaign"], on="campaign_id", how="left")
        wanted = wanted.assign(
            base=wanted.currency,
            quote=wanted.campaign_currency,
            on=pd.to_datetime(wanted.incurred_on),
            row=range(len(wanted)),
        )
        ordered = wanted.sort_values("on")  # as merge_asof needs
        found = {
            direction: pd.merge_asof(
                ordered,
                both,
                left_on="on",
                right_on="valid_on",
                by=["base", "quote"],
                direction=direction,
            )
            .set_index("row")
            .rate.sort_index()
            for direction in ("backward", "forward")
        }
        rate = found["backward"].fillna(found["forward"])
        rate = rate.where(wanted.base.to_numpy() != wanted.quote.to_numpy(), 1.0)
        return pd.Series(rate.to_numpy(), index=costs.index)

    def compute(self, campaign_id: int, grouping: str) -> list[dict]:
        facts = self._facts(campaign_id)
        # One code path for both groupings: the campaign total is the one group of a constant.
        key = "influencer_id" if grouping == "influencer" else "everything"
        facts = facts.assign(everything=0)
        groups = facts.groupby(key)
        table = groups[list(_SUMMED)].sum(min_count=1)
        table["posts"] = groups.post_id.nunique()
        table["platforms_selected"] = groups.platform.nunique()
        table["influencers_activated"] = groups.influencer_id.nunique()
        post_rates = [f"er_{d}_post" for d in RATE_DENOMINATORS]
        for statistic in ("mean", "median"):
            values = groups[post_rates].agg(statistic)
            for d in RATE_DENOMINATORS:
                table[f"engagement_rate_{d}_post_{statistic}"] = values[f"er_{d}_post"]
        table = table.join(_account_statistics(facts, key))
        if grouping == "campaign":
            table = table.reindex([0])  # a campaign without posts still has its one row

        costs = self.frames["cost"]
        costs = costs[costs.campaign_id == campaign_id].assign(everything=0)
        costs = costs.assign(amount=costs.amount * self._rates_to_campaign_currency(costs))
        cost = costs.groupby(key, dropna=False).amount.sum(min_count=1).rename("cost")
        # Per influencer every group of any kind of row; the campaign keeps its one row.
        how = "outer" if grouping == "influencer" else "left"
        for part in (cost, *self._traffic(campaign_id, key)):
            table = table.join(part, how=how)
        table.index.name = key
        table = table.reset_index()
        if grouping == "influencer":
            names = self.frames["influencer"][["influencer_id", "influencer"]]
            table = table.merge(names, on="influencer_id", how="left")
        for count in ("posts", "platforms_selected", "influencers_activated"):
            table[count] = table[count].fillna(0)
        return _records(_kpi_values(table), grouping)

    def _traffic(self, campaign_id: int, key: str) -> list[pd.DataFrame]:
        """Per group, the campaign's clicks, GA4 sessions and attributed orders."""
        frames = self.frames
        links = frames["link"]
        links = links.loc[links.campaign_id == campaign_id, ["link_id", "influencer_id"]]
        click = frames["click"]
        click = click[click.link_id.isin(links.link_id)]
        human = ~click.is_bot
        # Summed per link first: the join to the links then meets thousands of rows, not millions.
        per_link = (
            pd.DataFrame(
                {
                    "link_id": click.link_id,
                    "link_clicks": human,
                    "unique_link_clicks": human & click.is_unique,
                    "bot_link_clicks": click.is_bot,
                }
            )
            .groupby("link_id")
            .sum()
        )
        clicks = links.join(per_link, on="link_id", how="inner").assign(everything=0)
        clicks = clicks.groupby(key)[list(_CLICK_SUMS)].sum().astype("float64")

        traffic = frames["web_traffic"]
        traffic = traffic[traffic.campaign_id == campaign_id].assign(everything=0)
        traffic = traffic.assign(bounced_sessions=traffic.sessions - traffic.engaged_sessions)
        traffic = traffic.rename(columns={"duration_seconds": "session_seconds"})
        visits = traffic.groupby(key, dropna=False)[list(_SESSION_SUMS)].sum(min_count=1)

        orders = frames["order_attribution"]
        orders = orders[orders.campaign_id == campaign_id].assign(everything=0)
        counted = ~orders.reversed
        orders = pd.DataFrame(
            {
                key: orders[key],
                "orders": counted.astype("float64"),
                "priced_orders": (counted & orders.campaign_revenue.notna()).astype("float64"),
                "revenue": orders.campaign_revenue.where(counted, 0.0),
                "new_customers": (counted & orders.new_customer.eq(True)).astype("float64"),
            }
        )
        sales = orders.groupby(key)[["orders", "priced_orders", "revenue", "new_customers"]].sum(
            min_count=1
        )
        return [clicks, visits.astype("float64"), sales]

    def _facts(self, campaign_id: int) -> pd.DataFrame:
        """One row per campaign post with its latest counters and followers at publication."""
        frames = self.frames
        post = frames["post"]
        influencers = frames["influencer"]
        creators = influencers.loc[~influencers.is_brand, ["influencer_id"]]
        posts = (
            post.loc[
                post.campaign_id.isin([campaign_id]), ["post_id", "account_id", "published_at"]
            ]
            .merge(frames["account"], on="account_id")
            .merge(creators, on="influencer_id")
        )

        snapshots = frames["metric_snapshot"]
        snapshots = snapshots[snapshots.post_id.isin(posts.post_id)]
        rank = snapshots.provenance.map(PROVENANCE_RANK).astype("float64")
        latest = (
            snapshots.assign(rank=rank.fillna(UNKNOWN_PROVENANCE_RANK))
            .sort_values(["captured_at", "rank"], ascending=[False, True])
            .drop_duplicates(["post_id", "metric"])
        )
        counters = latest.pivot(index="post_id", columns="metric", values="value")
        counters = counters.reindex(columns=list(COUNTERS))
        counters.columns = list(COUNTERS)
        facts = posts.join(counters, on="post_id")

        # Followers: the last count at or before publication, else the account's first count.
        counts = frames["follower_snapshot"]
        counts = counts[counts.account_id.isin(posts.account_id)].sort_values("captured_at")
        facts = pd.merge_asof(
            facts.sort_values("published_at"),
            counts,
            left_on="published_at",
            right_on="captured_at",
            by="account_id",
            direction="backward",
        )
        first_count = counts.drop_duplicates("account_id").set_index("account_id").followers
        followers = facts.followers.fillna(facts.account_id.map(first_count))
        facts["followers"] = followers.astype("float64")
        facts["engagements"] = facts[list(INTERACTIONS)].sum(axis=1, min_count=1)

        # Impressions, else views, else reach × the platform's impressions per reach.
        both = facts.impressions.notna() & facts.reach.notna()
        per_platform = facts[both].groupby("platform")[["impressions", "reach"]].sum()
        per_reach = _ratio(per_platform.impressions, per_platform.reach)
        estimate = facts.reach * facts.platform.map(per_reach).astype("float64").fillna(1.0)
        facts["impressions_with_estimates"] = facts.impressions.fillna(facts.views).fillna(estimate)

        engagements = facts.engagements
        for d in RATE_DENOMINATORS:
            facts[f"er_{d}_post"] = _ratio(engagements, facts[d], 100)
            facts[f"engagements_with_{d}"] = engagements.where(facts[d].notna())
            facts[f"{d}_with_engagements"] = facts[d].where(engagements.notna())
        facts["reach_with_followers"] = facts.reach.where(facts.followers.notna())
        facts["followers_with_reach"] = facts.followers.where(facts.reach.notna())
        return facts


_SUMMED = (
    *COUNTERS,
    "engagements",
    "impressions_with_estimates",
    "reach_with_followers",
    "followers_with_reach",
    *(f"engagements_with_{d}" for d in RATE_DENOMINATORS),
    *(f"{d}_with_engagements" for d in RATE_DENOMINATORS),
)


_CLICK_SUMS = ("link_clicks", "unique_link_clicks", "bot_link_clicks")
_SESSION_SUMS = (
    "sessions",
    "new_users",
    "bounced_sessions",
    "session_seconds",
    "page_views",
    "key_events",
)


def _account_statistics(facts: pd.DataFrame, key: str) -> pd.DataFrame:
    """Per group, the mean and median over accounts of each account's engagement rates."""
    paired = [f"engagements_with_{d}" for d in RATE_DENOMINATORS]
    paired += [f"{d}_with_engagements" for d in RATE_DENOMINATORS]
    sums = facts.groupby([key, "account_id"])[paired].sum(min_count=1)
    rates = pd.DataFrame(
        {
            d: _ratio(sums[f"engagements_with_{d}"], sums[f"{d}_with_engagements"], 100)
            for d in RATE_DENOMINATORS
        }
    )
    statistics = rates.groupby(level=key).agg(["mean", "median"])
    statistics.columns = [
        f"engagement_rate_{d}_account_{statistic}" for d, statistic in statistics.columns
    ]
    return statistics


def _ratio(numerator: pd.Series, denominator: pd.Series, per: int = 1) -> pd.Series:
    return numerator / denominator.where(denominator != 0) * per


def _kpi_values(t: pd.DataFrame) -> pd.DataFrame:
    return t.assign(
        reach_rate=_ratio(t.reach_with_followers, t.followers_with_reach, 100),
        **{
            f"engagement_rate_{d}": _ratio(
                t[f"engagements_with_{d}"], t[f"{d}_with_engagements"], 100
            )
            for d in RATE_DENOMINATORS
        },
        platform_link_clicks=t.clicks,
        cost_per_mille=_ratio(t.cost, t.impressions_with_estimates, 1000),
        cost_per_engagement=_ratio(t.cost, t.engagements),
        cost_per_view=_ratio(t.cost, t.views),
        tracked_clicks=t.link_clicks,
        unique_clicks=t.unique_link_clicks,
        bot_clicks=t.bot_link_clicks,
        click_through_rate=_ratio(t.link_clicks, t.impressions_with_estimates, 100),
        bounce_rate=_ratio(t.bounced_sessions, t.sessions, 100),
        average_session_duration=_ratio(t.session_seconds, t.sessions),
        pages_per_session=_ratio(t.page_views, t.sessions),
        leads=t.key_events,
        conversions=t.orders,
        conversion_rate=_ratio(t.orders, t.unique_link_clicks, 100),
        average_order_value=_ratio(t.revenue, t.priced_orders),
        return_on_ad_spend=_ratio(t.revenue, t.cost),
        return_on_investment=_ratio(t.revenue - t.cost, t.cost, 100),
        profitability=_ratio(t.revenue - t.cost, t.revenue, 100),
        cost_per_click=_ratio(t.cost, t.link_clicks),
        cost_per_acquisition=_ratio(t.cost, t.orders),
        customer_acquisition_cost=_ratio(t.cost, t.new_customers),
        cost_per_lead=_ratio(t.cost, t.key_events),
    )


def _records(table: pd.DataFrame, grouping: str) -> list[dict]:
    keys = ["influencer_id", "influencer"] if grouping == "influencer" else []
    table = table[[*keys, *KPIS]].astype(object)
    rows = table.where(table.notna(), None).to_dict("records")
    for row in rows:
        for count in ("posts", "platforms_selected", "influencers_activated"):
            row[count] = int(row[count])
        if keys and row["influencer_id"] is not None:
            row["influencer_id"] = int(row["influencer_id"])
    return rows


CONTENDERS: dict[str, type[Contender]] = {
    contender.name: contender
    for contender in (Influscope, InfluscopeCold, InfluscopeAll, HandSql, Pandas)
}
