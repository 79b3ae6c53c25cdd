"""Saved audits: each account's latest inauthentic share, stored once, for the authentic EMV."""

import datetime as dt
import json

import pytest
import sqlalchemy as sa

from influscope.discover.audits import save_audits
from influscope.store import schema
from influscope.store.writes import save_batch
from tests.discover.accounts import BOUGHT, CLEAN, batch

WORKSPACE = "Atelier Rosé"


def _stored(engine) -> dict[str, sa.Row]:
    audit, account = schema.discovery.account_audit, schema.account
    query = sa.select(account.c.handle, audit).join(account, account.c.id == audit.c.account_id)
    with engine.connect() as conn:
        return {row.handle: row for row in conn.execute(query)}


def test_save_audits_stores_the_share_of_bought_followers(engine):
    with engine.begin() as conn:
        save_batch(conn, workspace=WORKSPACE, batch=batch())
        assert save_audits(conn, workspace=WORKSPACE, audited_at=dt.datetime(2026, 5, 2)) == 2
    stored = _stored(engine)
    # 9,000 bought followers on 14 March out of about 41,700; no comments, so no pod to size.
    assert stored[BOUGHT].inauthentic_share == pytest.approx(9_000 / 41_700, abs=0.01)
    assert json.loads(stored[BOUGHT].signals) == ["follower_spike"]
    assert stored[BOUGHT].audited_at == dt.datetime(2026, 5, 2)
    assert stored[CLEAN].inauthentic_share == 0.0
    assert json.loads(stored[CLEAN].signals) == []


def test_saving_audits_again_replaces_each_account_latest_audit(engine):
    with engine.begin() as conn:
        save_batch(conn, workspace=WORKSPACE, batch=batch())
        save_audits(conn, workspace=WORKSPACE, audited_at=dt.datetime(2026, 5, 2))
        save_audits(conn, workspace=WORKSPACE, audited_at=dt.datetime(2026, 6, 1))
    with engine.connect() as conn:
        rows = conn.execute(sa.select(schema.discovery.account_audit)).all()
    assert len(rows) == 2
    assert {row.audited_at for row in rows} == {dt.datetime(2026, 6, 1)}
