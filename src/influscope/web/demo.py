"""The demo brand with a demo owner who can sign in: what `influscope demo` writes and
`influscope serve --demo` serves."""

import datetime as dt

import sqlalchemy as sa

from influscope.demo import DEMO_WORKSPACE, save_demo, save_demo_sales
from influscope.demo.prospects import save_demo_prospects
from influscope.discover.audits import save_audits
from influscope.store.writes import get_or_create_workspace
from influscope.web import accounts

DEMO_EMAIL = "demo@influscope.local"
# Printed by `influscope serve --demo`; a demo store holds nothing worth protecting.
DEMO_PASSWORD = "lumiere-demo-2026"
# The demo's audits are dated, so that loading it again changes nothing.
DEMO_AUDITED_AT = dt.datetime(2026, 11, 20, 9, 0)


def load_demo(engine: sa.Engine) -> int:
    """Write the demo brand, its links, clicks, orders and web sessions, the creators it could
    hire next with their audits, and its owner (again: nothing changes); returns the workspace
    id."""
    save_demo(engine)
    save_demo_sales(engine)
    save_demo_prospects(engine)
    with engine.begin() as conn:
        save_audits(conn, workspace=DEMO_WORKSPACE, audited_at=DEMO_AUDITED_AT)
        workspace_id = get_or_create_workspace(conn, name=DEMO_WORKSPACE)
        user_id = accounts.get_user_id(conn, email=DEMO_EMAIL)
        if user_id is None:
            user_id = accounts.create_user(
                conn, email=DEMO_EMAIL, name="Demo owner", password=DEMO_PASSWORD
            )
        accounts.grant(conn, user_id=user_id, workspace_id=workspace_id, role=accounts.Role.OWNER)
    return workspace_id
