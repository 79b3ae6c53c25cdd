"""Reading clicks back: counts per link, and judging stored clicks again with newer bot rules.

Re-applying rules recomputes every click's verdict and, since a bot click never counts as
unique, every unique flag; it stores only what changed and records the run (version, window,
counts, the reason given), so a count that moves always says why.
"""

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from influscope.store import schema
from influscope.track.bot_rules import Hit, RuleSet
from influscope.track.unique import DEFAULT_WINDOW, Visit, mark_unique
from influscope.track.user_agents import describe


@dataclass(frozen=True)
class LinkClicks:
    code: str
    campaign: str
    influencer: str
    platform: str
    hits: int  # every recorded GET
    clicks: int  # the hits of people: hits - bot_clicks
    unique_clicks: int
    bot_clicks: int


def clicks_per_link(
    conn: sa.Connection, *, campaign_id: int | None = None, workspace_id: int | None = None
) -> list[LinkClicks]:
    """Every link with its hits (every recorded GET), clicks (the hits of people), unique
    clicks and bot clicks; links nobody clicked show zeros."""
    t, k, c, i = schema.tracking.link, schema.tracking.click, schema.campaign, schema.influencer
    query = (
        sa.select(
            t.c.code,
            c.c.name.label("campaign"),
            i.c.name.label("influencer"),
            t.c.platform,
            sa.func.count(k.c.id).label("hits"),
            sa.func.count(k.c.id).filter(sa.not_(k.c.is_bot)).label("clicks"),
            sa.func.count(k.c.id).filter(k.c.is_unique).label("unique_clicks"),
            sa.func.count(k.c.id).filter(k.c.is_bot).label("bot_clicks"),
        )
        .select_from(
            t.join(c, c.c.id == t.c.campaign_id)
            .join(i, i.c.id == t.c.influencer_id)
            .outerjoin(k, k.c.link_id == t.c.id)
        )
        .group_by(t.c.id, t.c.code, c.c.name, i.c.name, t.c.platform)
        .order_by(c.c.name, i.c.name, t.c.platform, t.c.code)
    )
    if campaign_id is not None:
        query = query.where(t.c.campaign_id == campaign_id)
    if workspace_id is not None:
        query = query.where(t.c.workspace_id == workspace_id)
    return [LinkClicks(**row._asdict()) for row in conn.execute(query)]


@dataclass(frozen=True)
class RuleRun:
    rules_version: int
    clicks_checked: int
    became_bot: int
    became_human: int
    reason_changed: int
    unique_changed: int


def reapply_rules(
    conn: sa.Connection,
    *,
    rules: RuleSet,
    reason: str,
    window: dt.timedelta = DEFAULT_WINDOW,
    now: dt.datetime | None = None,
) -> RuleRun:
    """Judge every stored click with `rules`, update what changed, and record the run."""
    if not reason.strip():
        raise ValueError("Say why the rules are re-applied (--reason): the run records it.")
    k = schema.tracking.click
    rows = conn.execute(
        sa.select(
            k.c.id,
            k.c.link_id,
            k.c.visitor_key,
            k.c.clicked_at,
            k.c.user_agent,
            k.c.referrer,
            k.c.ip_network,
            k.c.is_bot,
            k.c.bot_reason,
            k.c.is_unique,
        ).order_by(k.c.clicked_at, k.c.id)
    ).all()
    verdicts = [rules.judge(Hit(row.user_agent, row.referrer, row.ip_network)) for row in rows]
    unique = mark_unique(
        (
            Visit(row.link_id, row.visitor_key, row.clicked_at, verdict.is_bot)
            for row, verdict in zip(rows, verdicts, strict=True)
        ),
        window=window,
    )
    updates = []
    became_bot = became_human = reason_changed = unique_changed = 0
    for row, verdict, is_unique in zip(rows, verdicts, unique, strict=True):
        became_bot += verdict.is_bot and not row.is_bot
        became_human += row.is_bot and not verdict.is_bot
        reason_changed += verdict.is_bot == row.is_bot and verdict.reason != row.bot_reason
        unique_changed += is_unique != row.is_unique
        if (verdict.is_bot, verdict.reason, is_unique) != (
            row.is_bot,
            row.bot_reason,
            row.is_unique,
        ):
            family, device = describe(row.user_agent, verdict.is_bot)
            updates.append(
                {
                    "_id": row.id,
                    "_bot": verdict.is_bot,
                    "_reason": verdict.reason,
                    "_unique": is_unique,
                    "_family": family,
                    "_device": device,
                }
            )
    if updates:
        conn.execute(
            k.update()
            .where(k.c.id == sa.bindparam("_id"))
            .values(
                is_bot=sa.bindparam("_bot"),
                bot_reason=sa.bindparam("_reason"),
                is_unique=sa.bindparam("_unique"),
                ua_family=sa.bindparam("_family"),
                device=sa.bindparam("_device"),
            ),
            updates,
        )
    conn.execute(
        k.update().where(k.c.rules_version != rules.version).values(rules_version=rules.version)
    )
    run = RuleRun(
        rules.version, len(rows), became_bot, became_human, reason_changed, unique_changed
    )
    conn.execute(
        schema.tracking.click_rule_run.insert().values(
            ran_at=(now or dt.datetime.now(dt.UTC)).replace(tzinfo=None),
            reason=reason.strip(),
            unique_window_minutes=int(window.total_seconds() // 60),
            **run.__dict__,
        )
    )
    return run
