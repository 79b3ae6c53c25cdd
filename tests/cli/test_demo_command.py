"""`influscope demo`, the main job a newcomer runs: demo brand, KPIs, reports, a dashboard user."""

import sqlalchemy as sa
from typer.testing import CliRunner

from influscope.cli.main import app
from influscope.demo import DEMO_WORKSPACE
from influscope.store import queries
from influscope.web import accounts
from influscope.web.demo import DEMO_EMAIL

runner = CliRunner()


def test_demo_prints_every_campaigns_kpis_and_writes_their_reports(tmp_path):
    db = f"duckdb:///{tmp_path / 'demo.duckdb'}"
    result = runner.invoke(app, ["demo", "--db", db, "--reports", str(tmp_path / "reports")])
    assert result.exit_code == 0, result.output

    engine = sa.create_engine(db)
    with engine.connect() as conn:
        campaigns = queries.list_campaigns(conn, workspace=DEMO_WORKSPACE)
        assert accounts.get_user_id(conn, email=DEMO_EMAIL) is not None
    engine.dispose()
    assert len(campaigns) == 4
    output = " ".join(result.output.split())
    for campaign in campaigns:
        assert campaign.name in output
    assert "Engagement rate by reach" in output
    assert "Return on ad spend (ROAS)" in output  # the summer sales, from orders and attribution
    written = sorted(path.suffix for path in (tmp_path / "reports").iterdir())
    assert written == sorted([".html", ".pdf", ".pptx", ".xlsx"] * len(campaigns))
    assert "demo@influscope.local" in output
