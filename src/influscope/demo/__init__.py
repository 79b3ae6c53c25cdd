"""A realistic, deterministic demo store: Maison Lumière, a fictional French cosmetics brand.

`build_demo_batch()` returns its 2026 in one `Batch`: four campaigns (a spring product launch,
the summer sales, the opening of Germany and Spain, an advent-calendar giveaway), forty creators
on the five platforms and in the five tiers, their follower counts week by week, some 400 posts
with their counters as they grew, the costs and the targets. `save_demo(engine)` writes it;
`save_demo_sales(engine)` then adds the launch's and the sales' tracking links, clicks, promo
codes, shop orders, GA4 sessions and their attribution.
"""

import sqlalchemy as sa

from influscope.demo.build import build_demo_batch
from influscope.store.writes import SaveSummary, save_batch

DEMO_WORKSPACE = "Maison Lumière"


def save_demo(engine: sa.Engine, *, seed: int = 2026) -> SaveSummary:
    """Write the demo into its workspace in one transaction; saving it again changes nothing."""
    batch = build_demo_batch(seed)
    with engine.begin() as conn:
        return save_batch(conn, workspace=DEMO_WORKSPACE, batch=batch)


from influscope.demo.sales import DemoSales, save_demo_sales  # noqa: E402

__all__ = ["DEMO_WORKSPACE", "DemoSales", "build_demo_batch", "save_demo", "save_demo_sales"]
