"""The canonical tables. Every source lands here; the KPI engine reads only these.

Ids come from sequences because DuckDB has no identity columns and PostgreSQL has both.
Foreign keys are declared for every engine and enforced where the engine can live with them
(see `_no_foreign_keys_on_duckdb`). Timestamps are stored in UTC without a zone;
`post.published_on` holds the publication day in the campaign's own time zone so that
day/week/month grouping needs no zone arithmetic in SQL, which engines disagree on.

The tables live in one module per capability, all on one `metadata`; import them from here.
"""

import sqlalchemy as sa

# Imported for their tables on `metadata`; their tables are read as `schema.tracking.click`.
from influscope.store.schema import attribution, commerce, discovery, sources, tracking, web
from influscope.store.schema.base import metadata
from influscope.store.schema.campaigns import (
    account,
    campaign,
    cost,
    exchange_rate,
    follower_snapshot,
    indicator_value,
    influencer,
    mention,
    metric_snapshot,
    post,
    roster,
    target,
    workspace,
)

__all__ = [
    "account",
    "attribution",
    "campaign",
    "commerce",
    "cost",
    "discovery",
    "exchange_rate",
    "follower_snapshot",
    "indicator_value",
    "influencer",
    "mention",
    "metadata",
    "metric_snapshot",
    "post",
    "roster",
    "sources",
    "target",
    "tracking",
    "web",
    "workspace",
]


def shareable_tables() -> list[sa.Table]:
    """The tables other engines may read (the Parquet lake, compiled SQL), in dependency order:
    all but the web app's, which hold credentials and uploaded files and never feed a KPI."""
    private = {value for value in vars(web).values() if isinstance(value, sa.Table)}
    return [table for table in metadata.sorted_tables if table not in private]
