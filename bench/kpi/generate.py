"""Synthetic stores for the KPI benchmark, written straight into a migrated DuckDB file with SQL.

Every value is a function of a row's number through DuckDB's `hash()`, so a size always yields
the same store (for one DuckDB version: the cache key names it). Nothing passes through Python
rows, which is what lets 100M metric snapshots generate in minutes.

The shape, per post (the ratios a campaign tool sees in practice):

- 1 to 9 snapshots (5 on average), a day apart, of every counter its platform reports
  (Instagram 8, TikTok 5, YouTube 4, Facebook 6, X 6); 5% of (post, counter) pairs are never
  reported, so paired ratios and engagements meet missing values. About 31 rows per post.
- 7% of posts are typed in by hand (self-reported); 3% of the others also have a typed-in copy of
  their last snapshot at the same moment, which the measured value must beat.
- 12 posts per account on average, 1.55 accounts per influencer, 2% of influencers contracted
  (they have costs) but never published; 10% of posts belong to no campaign.
- 12 campaigns: one big one holds 70% of the influencers, the other 11 share the rest.
- A weekly follower count per account from three weeks before the campaign; 5% of accounts are
  first measured ten days into it (their early posts take the first count after publication),
  1% never (their followers are unknown).
- Per contracted influencer a fee, a product cost half the time and shipping 30% of the time;
  per campaign an agency fee and, half the time, boosting, neither tied to an influencer.
- A tracked link per publishing account; as many clicks on them as metric snapshots (3% bots,
  60% of the others unique), a tenth as many daily GA4 report rows (4% matched to no campaign,
  3% to the campaign but no influencer) and a twentieth as many shop orders, all attributed
  (3% cancelled and reversed, 8% partly refunded, 5% in USD of which a tenth have no rate).
"""

import argparse
import datetime as dt
import math
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
from alembic.script import ScriptDirectory

from influscope.store import database, migrate

GENERATOR_VERSION = 2
DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / ".data"
BIG_CAMPAIGN_ID = 1
BIG_CAMPAIGN_NAME = "Campaign 01 (big)"
N_CAMPAIGNS = 12

# platform -> (share of accounts, formats, counters with their final value per follower)
PLATFORMS = {
    "instagram": (
        0.45,
        ("post", "carousel", "reel", "story"),
        {
            "reach": 0.25,
            "impressions": 0.40,
            "views": 0.30,
            "likes": 0.03,
            "comments": 0.002,
            "shares": 0.001,
            "saves": 0.002,
            "clicks": 0.001,
        },
    ),
    "tiktok": (
        0.25,
        ("video",),
        {"views": 0.8, "likes": 0.06, "comments": 0.002, "shares": 0.004, "saves": 0.005},
    ),
    "youtube": (
        0.10,
        ("video", "short"),
        {"impressions": 1.0, "views": 0.3, "likes": 0.02, "comments": 0.002},
    ),
    "facebook": (
        0.10,
        ("post", "video"),
        {
            "reach": 0.1,
            "impressions": 0.15,
            "likes": 0.005,
            "comments": 0.0005,
            "shares": 0.0005,
            "clicks": 0.0005,
        },
    ),
    "x": (
        0.10,
        ("tweet",),
        {
            "impressions": 0.3,
            "likes": 0.01,
            "comments": 0.001,
            "shares": 0.002,
            "saves": 0.0005,
            "clicks": 0.001,
        },
    ),
}
MAX_SNAPSHOTS = 9  # 1..9 per post, uniformly: 5 on average
COUNTER_REPORTED = 0.95
SELF_REPORTED_POSTS = 0.07
TYPED_COPY_OF_LAST = 0.03
ORGANIC_POSTS = 0.10
POSTS_PER_ACCOUNT = 12
ACCOUNTS_PER_INFLUENCER = 1.55  # 1, plus one more 40% of the time, plus a third 15%
NO_SHOW_INFLUENCERS = 0.02
BIG_CAMPAIGN_SHARE = 0.70
# Traffic and sales, per metric snapshot.
CLICKS_PER_METRIC_ROW = 1.0
WEB_TRAFFIC_ROWS_PER_METRIC_ROW = 0.1
ORDERS_PER_METRIC_ROW = 0.05
BOT_CLICKS = 0.03
UNIQUE_HUMAN_CLICKS = 0.60


def rows_per_post() -> float:
    """The expected number of metric snapshots per post, from the shape above."""
    counters = sum(share * len(rates) for share, _, rates in PLATFORMS.values())
    snapshots = (1 + MAX_SNAPSHOTS) / 2
    typed_copies = (1 - SELF_REPORTED_POSTS) * TYPED_COPY_OF_LAST
    return counters * COUNTER_REPORTED * (snapshots + typed_copies)


@dataclass(frozen=True)
class Plan:
    """How many rows of each kind a store of `metric_rows` snapshots gets."""

    label: str
    metric_rows: int
    posts: int
    influencers: int
    clicks: int
    web_traffic_rows: int
    orders: int

    @classmethod
    def for_size(cls, label: str) -> "Plan":
        metric_rows = parse_size(label)
        # Posts land on the accounts of influencers who publish, so a few more are needed.
        posts = max(10, round(metric_rows / rows_per_post()))
        influencers = max(
            N_CAMPAIGNS, math.ceil(posts / (POSTS_PER_ACCOUNT * ACCOUNTS_PER_INFLUENCER))
        )
        return cls(
            label=label,
            metric_rows=metric_rows,
            posts=posts,
            influencers=influencers,
            clicks=round(metric_rows * CLICKS_PER_METRIC_ROW),
            web_traffic_rows=round(metric_rows * WEB_TRAFFIC_ROWS_PER_METRIC_ROW),
            orders=round(metric_rows * ORDERS_PER_METRIC_ROW),
        )


def parse_size(label: str) -> int:
    """'1M' -> 1_000_000, '250k' -> 250_000, '100M' -> 100_000_000, '1500' -> 1500."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmMgG]?)\s*", label)
    if match is None:
        raise ValueError(f"Not a size: {label!r} (try 1M, 10M, 100M or 250k)")
    scale = {"": 1, "k": 10**3, "m": 10**6, "g": 10**9}[match[2].lower()]
    return round(float(match[1]) * scale)


def store_path(label: str, data_dir: Path = DEFAULT_DATA_DIR) -> Path:
    """Named by everything that shapes the file: size, generator, schema and DuckDB versions."""
    schema = ScriptDirectory(str(migrate.MIGRATIONS)).get_current_head()
    version = duckdb.__version__.replace(".", "_")
    name = f"kpi-{label}-g{GENERATOR_VERSION}-s{schema}-duckdb{version}.duckdb"
    return data_dir / name


def ensure_store(label: str, data_dir: Path = DEFAULT_DATA_DIR, *, log=print) -> Path:
    """The cached store for `label`, generated first if it is not there yet."""
    path = store_path(label, data_dir)
    if path.exists():
        return path
    data_dir.mkdir(parents=True, exist_ok=True)
    # Like .pytest_cache: the folder ignores itself, whatever the project's .gitignore says.
    (data_dir / ".gitignore").write_text("*\n")
    started = time.perf_counter()
    log(f"Generating the {label} store at {path} ...")
    generate(path, Plan.for_size(label), log=log)
    log(f"  done in {time.perf_counter() - started:.1f} s ({path.stat().st_size / 1e6:,.0f} MB)")
    return path


def generate(path: Path, plan: Plan, *, log=None) -> None:
    """Write a migrated store for `plan` to `path`, atomically: a crash leaves no half store."""
    partial = path.with_name(path.stem + ".partial.duckdb")
    for leftover in (partial, Path(f"{partial}.wal")):
        leftover.unlink(missing_ok=True)
    engine = database.create_engine(str(partial))
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    con = duckdb.connect(str(partial))
    try:
        _fill(con, plan, log=log)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    os.replace(partial, path)


def _values(rows: list[tuple]) -> str:
    return ", ".join("(" + ", ".join(_literal(v) for v in row) + ")" for row in rows)


def _literal(value) -> str:
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return repr(value)


def _fill(con: duckdb.DuckDBPyConnection, plan: Plan, *, log=None) -> None:
    started = time.perf_counter()
    # u(x, salt): a uniform number in [0, 1) drawn from the row number x.
    con.execute(
        "CREATE TEMP MACRO u(x, salt) AS "
        "(hash(x::BIGINT, salt::BIGINT) % 1000000)::DOUBLE / 1000000"
    )
    platforms, formats, counters = [], [], []
    low = 0.0
    for number, (platform, (share, platform_formats, rates)) in enumerate(PLATFORMS.items()):
        platforms.append((platform, low, low + share, number))
        low += share
        formats += [(platform, i, name) for i, name in enumerate(platform_formats)]
        counters += [(platform, metric, rate) for metric, rate in rates.items()]
    con.execute(
        f"CREATE TEMP TABLE platforms AS SELECT * FROM (VALUES {_values(platforms)}) "
        "t(platform, low, high, number)"
    )
    con.execute(
        f"CREATE TEMP TABLE formats AS SELECT * FROM (VALUES {_values(formats)}) "
        "t(platform, number, format)"
    )
    con.execute(
        f"CREATE TEMP TABLE counters AS SELECT platform, metric, rate, "
        f"row_number() OVER (ORDER BY platform, metric) AS number "
        f"FROM (VALUES {_values(counters)}) t(platform, metric, rate)"
    )

    con.execute("INSERT INTO workspace (id, name) VALUES (1, 'Benchmark')")
    # Campaign 1 is the big one (a quarter); the others start a month apart and last 4-9 weeks.
    con.execute(
        f"""
        INSERT INTO campaign (id, workspace_id, name, objectives, start_date, end_date, budget,
                              currency, time_zone, hashtags, key_messages)
        SELECT c, 1,
               CASE WHEN c = 1 THEN '{BIG_CAMPAIGN_NAME}' ELSE printf('Campaign %02d', c) END,
               'awareness,community_participation',
               DATE '2025-01-06' + (c - 1) * 30,
               DATE '2025-01-06' + (c - 1) * 30
                   + CASE WHEN c = 1 THEN 91 ELSE 28 + (hash(c) % 36)::INTEGER END,
               NULL, 'EUR', 'UTC', printf('glow%02d,benchbrand', c),
               printf('glow all day\nroutine %02d', c)
        FROM (SELECT range::INTEGER AS c FROM range(1, {N_CAMPAIGNS + 1}))
        """
    )
    con.execute(
        f"""
        CREATE TEMP TABLE influencers AS
        SELECT i AS id,
               CASE WHEN u(i, 10) < {BIG_CAMPAIGN_SHARE} THEN 1
                    ELSE 2 + (hash(i, 11) % {N_CAMPAIGNS - 1})::INTEGER END AS campaign_id,
               u(i, 9) < {NO_SHOW_INFLUENCERS} AS no_show,
               1 + (u(i, 12) < 0.40)::INTEGER + (u(i, 13) < 0.15)::INTEGER AS n_accounts
        FROM range(1, {plan.influencers + 1}) t(i)
        """
    )
    con.execute(
        """
        INSERT INTO influencer (id, workspace_id, name, country, language)
        SELECT id, 1, printf('Influencer %07d', id),
               ['FR', 'BE', 'DE', 'ES', 'IT'][1 + (hash(id, 14) % 5)::INTEGER],
               ['fr', 'fr', 'de', 'es', 'it'][1 + (hash(id, 14) % 5)::INTEGER]
        FROM influencers
        """
    )
    con.execute(
        """
        CREATE TEMP TABLE accounts AS
        SELECT row_number() OVER (ORDER BY i.id, r) AS id,
               i.id AS influencer_id, i.campaign_id, i.no_show, p.platform, r,
               round(pow(10, 3 + 3 * u(i.id * 4 + r, 15)))::BIGINT AS size,
               u(i.id * 4 + r, 16) AS follower_mode
        FROM influencers i
        CROSS JOIN range(i.n_accounts) t(r)
        JOIN platforms p ON u(i.id * 4 + r, 17) >= p.low AND u(i.id * 4 + r, 17) < p.high
        """
    )
    con.execute(
        """
        INSERT INTO account (id, influencer_id, platform, handle)
        SELECT id, influencer_id, platform, printf('creator%07d_%d', influencer_id, r)
        FROM accounts
        """
    )
    con.execute(
        """
        CREATE TEMP TABLE publishing AS
        SELECT row_number() OVER (ORDER BY id) - 1 AS n, id AS account_id
        FROM accounts WHERE NOT no_show
        """
    )
    con.execute(
        f"""
        CREATE TEMP TABLE posts AS
        WITH drawn AS (
            SELECT i AS id, hash(i, 20) % (SELECT count(*) FROM publishing) AS n
            FROM range(1, {plan.posts + 1}) t(i)
        )
        SELECT d.id, a.id AS account_id, a.platform, a.size,
               CASE WHEN u(d.id, 21) < {ORGANIC_POSTS} THEN NULL ELSE a.campaign_id END
                   AS campaign_id,
               f.format,
               date_trunc(
                   -- A fifth of posts are scheduled on the hour; some land on a follower count.
                   CASE WHEN u(d.id, 24) < 0.2 THEN 'hour' ELSE 'second' END,
                   c.start_date::TIMESTAMP
                       + to_seconds((u(d.id, 23) * 86400
                                     * (c.end_date - c.start_date + 1))::BIGINT)
               ) AS published_at
        FROM drawn d
        JOIN publishing USING (n)
        JOIN accounts a ON a.id = publishing.account_id
        JOIN campaign c ON c.id = a.campaign_id
        JOIN (SELECT platform, count(*) AS n_formats FROM formats GROUP BY platform) n
             ON n.platform = a.platform
        JOIN formats f ON f.platform = a.platform AND f.number = hash(d.id, 22) % n.n_formats
        """
    )
    con.execute(
        """
        INSERT INTO post (id, account_id, campaign_id, post_key, url, format, published_at,
                          published_on, sponsored, caption, hashtags)
        SELECT id, account_id, campaign_id, printf('P%09d', id),
               printf('https://example.com/%s/P%09d', platform, id), format, published_at,
               published_at::DATE, campaign_id IS NOT NULL,
               -- A third carry a key message, most sponsored ones an advertising mention.
               concat_ws(' ', 'My morning routine',
                         CASE WHEN u(id, 25) < 0.3 THEN 'glow all day' END,
                         CASE WHEN u(id, 26) < 0.85 THEN 'Publicité #ad' END),
               -- A fifth of the posts outside campaigns carry a campaign hashtag (UGC).
               CASE WHEN campaign_id IS NULL AND u(id, 27) < 0.2
                    THEN printf('skincare,glow%02d', 1 + (hash(id, 28) % 12)::INTEGER)
                    ELSE 'skincare' END
        FROM posts ORDER BY id
        """
    )
    # Weekly counts from three weeks before the campaign to a week after it.
    con.execute(
        """
        INSERT INTO follower_snapshot (account_id, captured_at, followers, source, provenance)
        SELECT a.id,
               first_capture + INTERVAL 9 HOUR + to_days((7 * w)::INTEGER),
               round(a.size * (1 + 0.002 * w))::BIGINT, 'api', 'measured'
        FROM (
            SELECT a.*, CASE WHEN a.follower_mode < 0.06 THEN c.start_date + 10
                             ELSE c.start_date - 21 END::TIMESTAMP AS first_capture,
                   c.end_date + 7 AS last_day
            FROM accounts a JOIN campaign c ON c.id = a.campaign_id
            WHERE a.follower_mode >= 0.01
        ) a
        CROSS JOIN range(0, 20) t(w)
        WHERE first_capture + to_days((7 * w)::INTEGER) <= last_day
        ORDER BY 2, 1
        """
    )
    # Snapshot k of a post, a day (and up to an hour) after the previous one, holds the
    # counter's value grown to (1 - 0.55^k) of its final size. Written a month at a time in
    # capture order, the way scheduled imports fill a real store (and a bounded sort each time).
    first, last = con.execute("SELECT min(published_at), max(published_at) FROM posts").fetchone()
    month = dt.date(first.year, first.month, 1)
    while month <= last.date() + dt.timedelta(days=MAX_SNAPSHOTS + 1):
        following = (month + dt.timedelta(days=31)).replace(day=1)
        con.execute(_METRIC_SNAPSHOTS, [month, following])
        month = following
        if log and plan.metric_rows >= 10_000_000:
            (done,) = con.execute("SELECT count(*) FROM metric_snapshot").fetchone()
            elapsed = time.perf_counter() - started
            log(f"  metric snapshots to {month}: {done:,} rows ({elapsed:.0f} s)")
    con.execute(
        """
        INSERT INTO cost (campaign_id, influencer_id, kind, amount, currency, incurred_on,
                          description)
        SELECT campaign_id, influencer_id, kind, amount::DECIMAL(18, 2), 'EUR', incurred_on, ''
        FROM (
            SELECT i.campaign_id, i.id AS influencer_id, 'fee' AS kind,
                   round(100 + max(a.size) * 0.01 * (0.5 + u(i.id, 40)), 2) AS amount,
                   c.start_date AS incurred_on
            FROM influencers i JOIN accounts a ON a.influencer_id = i.id
            JOIN campaign c ON c.id = i.campaign_id
            GROUP BY i.campaign_id, i.id, c.start_date
            UNION ALL
            SELECT i.campaign_id, i.id, 'product', round(20 + 180 * u(i.id, 41), 2),
                   c.start_date + 3
            FROM influencers i JOIN campaign c ON c.id = i.campaign_id
            WHERE u(i.id, 42) < 0.5
            UNION ALL
            SELECT i.campaign_id, i.id, 'shipping', round(5 + 25 * u(i.id, 43), 2),
                   c.start_date + 3
            FROM influencers i JOIN campaign c ON c.id = i.campaign_id
            WHERE u(i.id, 44) < 0.3
            UNION ALL
            SELECT c.id, NULL, 'agency', round(500 + 4500 * u(c.id, 45), 2), c.end_date
            FROM campaign c
            UNION ALL
            SELECT c.id, NULL, 'boost', round(200 + 2000 * u(c.id, 46), 2), c.start_date + 7
            FROM campaign c WHERE u(c.id, 47) < 0.5
        )
        ORDER BY campaign_id, influencer_id NULLS FIRST, kind
        """
    )
    _fill_other_families(con, plan)
    _fill_traffic(con, plan, log=log, started=started)
    # Ids above were given explicitly; move the sequences past them so the store stays usable.
    tables = ("workspace", "campaign", "influencer", "account", "post")
    for table in (*tables, "link", "shop_order", "attribution_run"):
        (last,) = con.execute(f"SELECT max(id) FROM {table}").fetchone()
        con.execute(f"SELECT max(nextval('{table}_id_seq')) FROM range({last})").fetchall()


def _fill_other_families(con: duckdb.DuckDBPyConnection, plan: Plan) -> None:
    """What the KPIs beyond posts read: the brand's own accounts and their followers, the
    casting, social-listening mentions (half as many as posts) and EUR/USD rates."""
    brand = plan.influencers + 1
    con.execute(
        f"""
        INSERT INTO influencer (id, workspace_id, name, country, language, is_brand)
        VALUES ({brand}, 1, 'Benchmark Brand', 'FR', 'fr', true);
        INSERT INTO account (id, influencer_id, platform, handle)
        SELECT (SELECT max(id) FROM accounts) + r + 1, {brand}, platform, 'benchmarkbrand'
        FROM (VALUES (0, 'instagram'), (1, 'tiktok'), (2, 'youtube')) t(r, platform);
        INSERT INTO follower_snapshot (account_id, captured_at, followers, source, provenance)
        SELECT a.id, TIMESTAMP '2024-10-01 06:00:00' + to_days(d::INTEGER),
               round(50000 * (1 + a.id % 3) * (1 + 0.0005 * d))::BIGINT, 'api', 'measured'
        FROM account a CROSS JOIN range(0, 500) t(d)
        WHERE a.influencer_id = {brand};
        -- Everyone taking part was cast; a third of the others were contacted for another.
        INSERT INTO roster (campaign_id, influencer_id, status, posts_contracted, products_sent)
        SELECT campaign_id, id, 'activated', 4 + (hash(id, 50) % 12)::INTEGER,
               CASE WHEN u(id, 51) < 0.6 THEN 1 END
        FROM influencers
        UNION ALL
        SELECT 1 + (campaign_id % {N_CAMPAIGNS}), id,
               CASE WHEN u(id, 53) < 0.5 THEN 'declined' ELSE 'contacted' END, NULL, NULL
        FROM influencers WHERE u(id, 52) < 0.33;
        INSERT INTO mention (workspace_id, brand, own, platform, external_id, mentioned_on,
                             engagements, source)
        SELECT 1, CASE WHEN u(m, 61) < 0.4 THEN 'Benchmark Brand'
                       ELSE ['Rival A', 'Rival B', 'Rival C'][1 + (hash(m, 62) % 3)::INTEGER] END,
               u(m, 61) < 0.4,
               ['instagram', 'tiktok', 'youtube', 'facebook', 'x'][1 + (hash(m, 63) % 5)::INTEGER],
               printf('M%09d', m), DATE '2025-01-01' + (u(m, 64) * 400)::INTEGER,
               CASE WHEN u(m, 65) < 0.9 THEN round(1000 * u(m, 66) * u(m, 67)) END, 'listening'
        FROM range(1, {plan.posts // 2 + 1}) t(m);
        INSERT INTO exchange_rate (base, quote, valid_on, rate, source)
        SELECT 'EUR', 'USD', DATE '2024-10-01' + d::INTEGER, 1.05 + 0.1 * u(d, 70), 'ECB'
        FROM range(0, 500) t(d);
        """
    )


def _fill_traffic(con: duckdb.DuckDBPyConnection, plan: Plan, *, log, started: float) -> None:
    """What the posts brought: clicks on a tracked link per publishing account, daily GA4 report
    rows matched by UTMs, and shop orders attributed to the creators (one run per campaign).

    The tables' secondary indexes are dropped while they fill and built again after: DuckDB builds
    an index over a full table in a fraction of the time it takes to grow one row by row."""
    indexes = _drop_indexes(con, ("click", "web_traffic", "shop_order", "order_attribution"))
    con.execute(
        """
        CREATE TEMP TABLE links AS
        SELECT p.n, p.n + 1 AS id, a.influencer_id, a.campaign_id, a.platform,
               a.r, c.start_date, c.end_date - c.start_date + 15 AS days
        FROM publishing p JOIN accounts a ON a.id = p.account_id
        JOIN campaign c ON c.id = a.campaign_id;
        INSERT INTO link (id, workspace_id, campaign_id, influencer_id, platform, code,
                          destination, tracked_url, created_at)
        SELECT id, 1, campaign_id, influencer_id, platform, printf('L%07d', id),
               'https://benchbrand.example/glow',
               printf('https://benchbrand.example/glow?utm_source=%s&utm_medium=influencer'
                      '&utm_id=%d', platform, campaign_id),
               start_date::TIMESTAMP - INTERVAL 7 DAY
        FROM links ORDER BY id;
        """
    )
    # Clicks from the campaign's start to two weeks after its end.
    con.execute(
        f"""
        INSERT INTO click (link_id, click_key, clicked_at, visitor_key, is_bot, bot_reason,
                           rules_version, ua_family, device, country, is_unique)
        SELECT l.id, printf('c%011d', i),
               l.start_date::TIMESTAMP + to_seconds((u(i, 81) * 86400 * l.days)::BIGINT),
               printf('v%012x', hash(i, 82) % 281474976710656::UBIGINT),
               bot, CASE WHEN bot THEN 'user_agent' END, 1,
               CASE WHEN bot THEN 'facebookexternalhit'
                    ELSE ['Mobile Safari', 'Chrome Mobile', 'Instagram', 'Chrome']
                         [1 + (hash(i, 85) % 4)::INTEGER] END,
               CASE WHEN bot THEN 'bot' WHEN u(i, 86) < 0.8 THEN 'mobile' ELSE 'desktop' END,
               'FR', NOT bot AND u(i, 84) < {UNIQUE_HUMAN_CLICKS}
        FROM (SELECT i, hash(i, 80) % (SELECT count(*) FROM links) AS n,
                     u(i, 83) < {BOT_CLICKS} AS bot
              FROM range(1, {plan.clicks + 1}) t(i))
        JOIN links l USING (n)
        ORDER BY i
        """
    )
    if log and plan.metric_rows >= 10_000_000:
        log(f"  clicks: {plan.clicks:,} rows ({time.perf_counter() - started:.0f} s)")
    # Daily GA4 report rows: engaged, new and bounced sessions always add up.
    con.execute(
        f"""
        INSERT INTO web_traffic (workspace_id, source, row_key, day, utm_source, utm_medium,
                                 utm_campaign, utm_content, utm_id, sessions, new_users,
                                 engaged_sessions, page_views, key_events, purchases,
                                 duration_seconds, campaign_id, influencer_id)
        SELECT 1, 'ga4_data_api', printf('r%010d', j),
               l.start_date + (u(j, 91) * l.days)::INTEGER,
               CASE WHEN unmatched THEN 'newsletter' ELSE l.platform END,
               CASE WHEN unmatched THEN 'email' ELSE 'influencer' END,
               printf('campaign-%02d', l.campaign_id),
               CASE WHEN NOT unmatched AND NOT anonymous
                    THEN printf('creator%07d_%d', l.influencer_id, l.r) END,
               CASE WHEN unmatched THEN NULL ELSE l.campaign_id::VARCHAR END,
               sessions, floor(sessions * (0.2 + 0.6 * u(j, 93)))::INTEGER, engaged,
               sessions + floor(sessions * 3 * u(j, 94))::INTEGER,
               floor(sessions * 0.08 * u(j, 95) + u(j, 96))::INTEGER, 0,
               round(engaged * (20 + 100 * u(j, 97)), 1),
               CASE WHEN NOT unmatched THEN l.campaign_id END,
               CASE WHEN NOT unmatched AND NOT anonymous THEN l.influencer_id END
        FROM (SELECT *, floor(sessions * (0.3 + 0.5 * u(j, 92)))::INTEGER AS engaged
              FROM (SELECT j, hash(j, 90) % (SELECT count(*) FROM links) AS n,
                           u(j, 98) < 0.04 AS unmatched, u(j, 99) < 0.03 AS anonymous,
                           1 + floor(30 * pow(u(j, 89), 2))::INTEGER AS sessions
                    FROM range(1, {plan.web_traffic_rows + 1}) t(j)))
        JOIN links l USING (n)
        ORDER BY j
        """
    )
    # Orders: all attributed (unattributed ones have no row); cancelled ones reversed.
    con.execute(
        f"""
        CREATE TEMP TABLE orders AS
        SELECT o, l.influencer_id, l.campaign_id, l.platform,
               l.start_date::TIMESTAMP + to_seconds((u(o, 101) * 86400 * l.days)::BIGINT)
                   AS ordered_at,
               CASE WHEN u(o, 102) < 0.05 THEN 'USD' ELSE 'EUR' END AS currency,
               round(20 + 180 * u(o, 103), 2)::DECIMAL(18, 2) AS total,
               u(o, 104) < 0.03 AS cancelled,
               CASE WHEN u(o, 105) < 0.08 THEN round(total * 0.3, 2) ELSE 0 END
                   ::DECIMAL(18, 2) AS refunded,
               CASE WHEN cancelled THEN 0 ELSE total - refunded END::DECIMAL(18, 2) AS revenue,
               CASE WHEN u(o, 106) < 0.05 THEN NULL ELSE u(o, 107) < 0.45 END AS new_customer,
               CASE WHEN u(o, 108) < 0.4 THEN 'code' WHEN u(o, 108) < 0.85 THEN 'link'
                    ELSE 'both' END AS method
        FROM (SELECT o, hash(o, 100) % (SELECT count(*) FROM links) AS n
              FROM range(1, {plan.orders + 1}) t(o))
        JOIN links l USING (n);
        INSERT INTO shop_order (id, workspace_id, platform, order_key, order_name, created_at,
                                currency, subtotal, discount_total, total, refunded, cancelled,
                                financial_status, new_customer, discount_codes)
        SELECT o, 1, 'shopify', printf('%d', 5000000000 + o), printf('#%d', 1000 + o),
               ordered_at, currency, total, 0, total, refunded, cancelled,
               CASE WHEN cancelled THEN 'voided' WHEN refunded > 0 THEN 'partially_refunded'
                    ELSE 'paid' END,
               new_customer,
               CASE WHEN method = 'link' THEN '' ELSE printf('CREATOR%07d', influencer_id) END
        FROM orders ORDER BY o;
        INSERT INTO attribution_run (id, workspace_id, campaign_id, ran_at, window_days,
                                     precedence, orders_considered, by_code, by_link, by_both,
                                     conflicts, reversed, other_campaigns, unattributed,
                                     currency, missing_rates, leak_flags)
        SELECT c.id, 1, c.id, c.end_date + 45, 30, 'code', count(o.o),
               count(*) FILTER (WHERE method = 'code'), count(*) FILTER (WHERE method = 'link'),
               count(*) FILTER (WHERE method = 'both'), 0, count(*) FILTER (WHERE cancelled),
               0, 0, 'EUR', 0, 0
        FROM campaign c LEFT JOIN orders o ON o.campaign_id = c.id
        GROUP BY c.id, c.end_date ORDER BY c.id;
        -- USD at 1.08 per EUR; a tenth of the USD orders fell on a day without a stored rate.
        INSERT INTO order_attribution (run_id, order_id, campaign_id, influencer_id, method,
                                       link_source, platform, ordered_at, ordered_on, revenue,
                                       currency, campaign_revenue, campaign_currency,
                                       exchange_rate, new_customer, attributed_at, reversed)
        SELECT campaign_id, o, campaign_id, influencer_id, method,
               CASE WHEN method <> 'code' THEN 'order_utm' END,
               CASE WHEN method <> 'code' THEN platform END,
               ordered_at, ordered_at::DATE, revenue, currency,
               CASE WHEN currency = 'EUR' THEN revenue
                    WHEN u(o, 109) >= 0.1 THEN round(revenue / 1.08, 2) END,
               'EUR',
               CASE WHEN currency = 'EUR' THEN 1 WHEN u(o, 109) >= 0.1 THEN 1 / 1.08 END,
               new_customer, ordered_at + INTERVAL 1 HOUR, cancelled
        FROM orders ORDER BY o;
        """
    )
    for sql in indexes:
        con.execute(sql)


def _drop_indexes(con: duckdb.DuckDBPyConnection, tables: tuple[str, ...]) -> list[str]:
    """Drop the secondary indexes of `tables` (unique constraints stay); returns their SQL."""
    found = con.execute(
        "SELECT index_name, sql FROM duckdb_indexes() WHERE table_name IN "
        "(SELECT unnest($1::VARCHAR[]))",
        [list(tables)],
    ).fetchall()
    for name, _ in found:
        con.execute(f'DROP INDEX "{name}"')
    return [sql for _, sql in found]


_METRIC_SNAPSHOTS = f"""
    INSERT INTO metric_snapshot (post_id, captured_at, metric, value, source, provenance)
    WITH snaps AS (
        SELECT p.id AS post_id, p.platform, p.size * (0.3 + 1.4 * u(p.id, 30)) AS scale,
               k, 1 + floor(u(p.id, 31) * {MAX_SNAPSHOTS})::INTEGER AS n,
               p.published_at + to_days(k::INTEGER)
                   + to_seconds((u(p.id * 16 + k, 32) * 3600)::BIGINT) AS captured_at,
               u(p.id, 33) < {SELF_REPORTED_POSTS} AS typed,
               u(p.id, 34) < {TYPED_COPY_OF_LAST} AS copied
        FROM posts p CROSS JOIN range(1, {MAX_SNAPSHOTS + 1}) t(k)
    ),
    reported AS (
        SELECT s.*, c.metric, round(s.scale * c.rate * (1 - pow(0.55, s.k))) AS value
        FROM snaps s JOIN counters c ON c.platform = s.platform
        WHERE s.k <= s.n AND s.captured_at >= $1 AND s.captured_at < $2
          AND u(s.post_id * 16 + c.number, 35) < {COUNTER_REPORTED}
    )
    SELECT post_id, captured_at, metric, value,
           CASE WHEN typed THEN 'workbook' ELSE 'api' END,
           CASE WHEN typed THEN 'self_reported' ELSE 'measured' END
    FROM reported
    UNION ALL
    SELECT post_id, captured_at, metric, round(value * 1.05), 'workbook', 'self_reported'
    FROM reported WHERE k = n AND copied AND NOT typed
    ORDER BY captured_at
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", help="comma-separated metric-row counts, e.g. 1M,10M")
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    args = parser.parse_args()
    for label in args.sizes.split(","):
        ensure_store(label.strip(), args.data_dir)


if __name__ == "__main__":
    main()
