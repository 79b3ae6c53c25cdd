"""Until `store.writes.known_keys` is fixed, the workbook import reads known keys this way.

`known_keys` in the store builds its accounts query with `select(...).join(influencer)` and a
WHERE on workspace, which SQLAlchemy 2.1 refuses ("Can't determine which FROM clause to join
from"). `test_the_store_can_list_its_known_keys` is a strict xfail that fails once the store is
fixed: then delete this file and the marker.
"""

import pytest
import sqlalchemy as sa

from influscope.ingest import workbook
from influscope.store import schema
from influscope.store.writes import KnownKeys


def _known_keys(conn: sa.Connection, *, workspace: str) -> KnownKeys:
    w, c, i, a, p = (
        schema.workspace,
        schema.campaign,
        schema.influencer,
        schema.account,
        schema.post,
    )
    in_workspace = w.c.name == workspace
    campaigns = conn.execute(sa.select(c.c.name).join(w).where(in_workspace)).scalars()
    influencers = conn.execute(sa.select(i.c.name).join(w).where(in_workspace)).scalars()
    accounts = conn.execute(
        sa.select(a.c.platform, a.c.handle).select_from(a.join(i).join(w)).where(in_workspace)
    ).all()
    posts = conn.execute(
        sa.select(a.c.platform, p.c.post_key)
        .select_from(p.join(a).join(i).join(w))
        .where(in_workspace)
    ).all()
    return KnownKeys(
        campaigns=frozenset(campaigns),
        influencers=frozenset(influencers),
        accounts=frozenset((r.platform, r.handle) for r in accounts),
        posts=frozenset((r.platform, r.post_key) for r in posts),
    )


@pytest.fixture(autouse=True)
def _store_known_keys_fixed(monkeypatch):
    monkeypatch.setattr(workbook, "known_keys", _known_keys)
