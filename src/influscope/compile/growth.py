"""Account-growth rows of the KPI facts: followers at the start and end of each campaign, per
account taking part (the creators who published, and the brand's own accounts), and the gain
the account's pre-campaign trend predicted.

Start: the closest snapshot at or before the first day (else the first one during the campaign).
End: the last snapshot up to the end of the last day, later than the start one.
Trend: the last snapshot at least one campaign length before the start; its slope up to the
start, carried over the campaign, is the expected gain. Days are read in UTC here: follower
counts move too slowly for the time zone to matter, and the engines disagree on zone arithmetic.

A total over campaigns that share days (a period report) measures each account once over each
stretch of overlapping campaigns: summing one gain per campaign would count the followers
gained on the shared days once per campaign.
"""

import datetime as dt
from collections.abc import Callable, Sequence

import ibis
import ibis.expr.types as ir

from influscope.compile.posts import campaign_posts, prov
from influscope.compile.sources import (
    TableSource,
    known_by,
    provenance_rank,
    seconds,
    weakest,
)

_DAY = 86_400
GROWTH_COLUMNS = tuple(
    f"{prefix}followers_{what}"
    for prefix in ("", "brand_")
    for what in ("start", "gained", "expected_gain")
)


def _participating_accounts(
    con: TableSource, campaign_ids: Sequence[int] | None, as_of: dt.datetime | None
) -> ir.Table:
    posts = campaign_posts(con, campaign_ids, as_of=as_of)
    creators = posts.select("campaign_id", "account_id").distinct().mutate(is_brand=False)
    campaign, influencer, account = (
        con.table("campaign"),
        con.table("influencer"),
        con.table("account"),
    )
    brands = influencer.filter(influencer.is_brand)
    campaigns = (
        campaign if campaign_ids is None else campaign.filter(campaign.id.isin(list(campaign_ids)))
    )
    brand = (
        campaigns.join(brands, brands.workspace_id == campaigns.workspace_id)
        .join(account, account.influencer_id == brands.id)
        .select(
            campaign_id=campaigns.id.cast("int64"),
            account_id=account.id.cast("int64"),
            is_brand=ibis.literal(True),
        )
    )
    pairs = creators.union(brand).view()
    return (
        pairs.join(campaign, pairs.campaign_id == campaign.id)
        .join(account, pairs.account_id == account.id)
        .join(influencer, account.influencer_id == influencer.id)
        .select(
            campaign_id=pairs.campaign_id,
            campaign=campaign.name.cast("string"),
            influencer_id=influencer.id.cast("int64"),
            influencer=influencer.name.cast("string"),
            account_id=pairs.account_id,
            platform=account.platform.cast("string"),
            is_brand=pairs.is_brand,
            day=campaign.end_date,
            start_at=seconds(campaign.start_date),
            end_at=seconds(campaign.end_date) + _DAY,
        )
        .view()
    )


def _merged_windows(accounts: ir.Table) -> ir.Table:
    """One row per account and stretch of overlapping campaigns, from the earliest start to the
    latest end, dated by that end. Campaigns that only follow one another stay apart. The row
    keeps the stretch's first campaign id, so a campaign filter still finds it."""

    def ordered(t: ir.Table) -> dict:
        return {"group_by": t.account_id, "order_by": [t.start_at, t.campaign_id]}

    so_far = ibis.cumulative_window(**ordered(accounts))
    reached = accounts.mutate(reached=accounts.end_at.max().over(so_far)).view()
    previous = reached.reached.lag().over(**ordered(reached))
    opens = ibis.ifelse(previous.isnull() | (reached.start_at >= previous), 1, 0)
    stretches = reached.mutate(opens=opens).view()
    stretches = stretches.mutate(
        stretch=stretches.opens.sum().over(ibis.cumulative_window(**ordered(stretches)))
    )
    account = ["influencer_id", "influencer", "account_id", "platform", "is_brand"]
    merged = stretches.group_by([*account, "stretch"]).aggregate(
        campaign_id=stretches.campaign_id.min(),
        day=stretches.day.max(),
        start_at=stretches.start_at.min(),
        end_at=stretches.end_at.max(),
    )
    return merged.select(
        "campaign_id", *account, "day", "start_at", "end_at", campaign=ibis.null("string")
    ).view()


def _pick(candidates: ir.Table, keep: Callable, order_by: Callable, name: str) -> ir.Table:
    """Per campaign and account, the first snapshot in `order_by` among those `keep` accepts."""
    kept = candidates.filter(keep)
    first = ibis.row_number().over(
        group_by=[kept.campaign_id, kept.account_id], order_by=order_by(kept)
    )
    kept = kept.mutate(order=first)
    return (
        kept.filter(kept.order == 0)
        .select(
            "campaign_id",
            "account_id",
            **{
                f"{name}_followers": kept.followers.cast("float64"),
                f"{name}_seen_at": kept.at,
                f"{name}_rank": kept.rank,
            },
        )
        .view()
    )


def growth_rows(
    con: TableSource,
    campaign_ids: Sequence[int] | None = None,
    *,
    as_of: dt.datetime | None,
    across_campaigns: bool = False,
) -> ir.Table:
    """Per campaign (of `campaign_ids`, when given) and account taking part, the followers at the
    start, gained and expected to be gained (see the module's docstring), from the snapshots
    captured up to `as_of`; `across_campaigns`, per account and stretch of overlapping
    campaigns instead, for totals that do not tell campaigns apart."""
    accounts = _participating_accounts(con, campaign_ids, as_of)
    if across_campaigns:
        accounts = _merged_windows(accounts)
    snapshots = known_by(con.table("follower_snapshot"), "captured_at", as_of)
    snapshots = snapshots.select(
        account_id=snapshots.account_id.cast("int64"),
        followers=snapshots.followers,
        at=seconds(snapshots.captured_at),
        rank=provenance_rank(snapshots.provenance),
    )
    candidates = (
        accounts.join(snapshots, "account_id")
        .select(*accounts.columns, "followers", "at", "rank")
        .view()
    )
    start = _pick(
        candidates,
        lambda c: c.at <= c.end_at,
        lambda c: [ibis.ifelse(c.at <= c.start_at, 0, 1), (c.at - c.start_at).abs()],
        "start",
    )
    end = _pick(candidates, lambda c: c.at <= c.end_at, lambda c: [c.at.desc()], "end")
    before = _pick(
        candidates,
        lambda c: c.at <= c.start_at - (c.end_at - c.start_at),
        lambda c: [c.at.desc()],
        "before",
    )
    keys = ["campaign_id", "account_id"]
    rows = accounts
    for picked, join in ((start, "inner"), (end, "left"), (before, "left")):
        extra = [name for name in picked.columns if name not in keys]
        rows = rows.join(picked, keys, how=join).select(*rows.columns, *extra).view()
    moved = rows.end_seen_at > rows.start_seen_at
    gained = ibis.ifelse(moved, rows.end_followers - rows.start_followers, ibis.null("float64"))
    slope = (rows.start_followers - rows.before_followers) / (
        rows.start_seen_at - rows.before_seen_at
    ).cast("float64").nullif(0)
    expected = ibis.ifelse(
        moved, slope * (rows.end_seen_at - rows.start_seen_at), ibis.null("float64")
    )
    gained_rank = ibis.ifelse(moved, weakest(rows.start_rank, rows.end_rank), ibis.null("int64"))
    expected_rank = ibis.ifelse(
        expected.notnull(), weakest(gained_rank, rows.before_rank), ibis.null("int64")
    )

    def split(value: ir.Value, brand: bool) -> ir.Value:
        return ibis.ifelse(rows.is_brand == brand, value, ibis.null(value.type()))

    measures = {}
    for prefix, brand in (("", False), ("brand_", True)):
        measures |= {
            f"{prefix}followers_start": split(rows.start_followers, brand),
            f"{prefix}followers_gained": split(gained, brand),
            f"{prefix}followers_expected_gain": split(expected, brand),
            prov(f"{prefix}followers_start"): split(rows.start_rank, brand),
            prov(f"{prefix}followers_gained"): split(gained_rank, brand),
            prov(f"{prefix}followers_expected_gain"): split(expected_rank, brand),
        }
    return rows.select(
        "campaign_id",
        "campaign",
        "influencer_id",
        "influencer",
        "account_id",
        "platform",
        "day",
        **measures,
    )
