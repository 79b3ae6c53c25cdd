"""Reports name platforms, post formats and follower tiers as readers do, in their language."""

from influscope.demo import DEMO_WORKSPACE
from influscope.discover.report import influencer_audit
from influscope.discover.settings import built_in_settings
from influscope.report.audit_report import audit_report
from influscope.report.campaign_report import build_campaign_report
from tests.report.conftest import CAMPAIGN, TODAY

PLATFORMS = {"instagram": "Instagram", "tiktok": "TikTok", "youtube": "YouTube"}
FRENCH_TIERS = {"micro": "Micro", "mid": "Intermédiaire", "macro": "Macro", "mega": "Méga"}


def _table(report, section: str, key: str):
    return next(t for t in report.section(section).tables if t.key == key)


def _column(table, key: str) -> set:
    index = [c.key for c in table.columns].index(key)
    return {row[index] for row in table.rows} - {None}


def test_post_tables_name_platforms_and_formats_in_the_reports_language(demo_store):
    french = build_campaign_report(
        demo_store, campaign=CAMPAIGN, workspace=DEMO_WORKSPACE, lang="fr", today=TODAY
    )
    for key in ("top_posts", "formats"):
        table = _table(french, "content", key)
        assert _column(table, "platform") <= {"Instagram", "TikTok", "YouTube", "Facebook", "X"}
        assert "Instagram" in _column(table, "platform")
        assert _column(table, "format") & {"Reel", "Carrousel", "Publication", "Vidéo"}
        assert not _column(table, "format") & {"reel", "carousel", "post", "video"}


def test_the_french_audit_names_the_tier_and_the_platform_in_french(demo_store):
    with demo_store.connect() as conn:
        page = influencer_audit(
            conn,
            workspace=DEMO_WORKSPACE,
            influencer="Sarah Delcourt",
            settings=built_in_settings(),
        )
    report = audit_report(page, workspace=DEMO_WORKSPACE, lang="fr")
    titles = [report.section(f"account_{n}").title for n in range(1, len(page.accounts) + 1)]
    assert titles == [f"{PLATFORMS[a.platform]} @{a.handle}" for a in page.accounts]
    tiers = [
        dict(_table(report, f"account_{n}", f"{a.platform}_overview").rows)["Palier"]
        for n, a in enumerate(page.accounts, start=1)
    ]
    assert tiers == [FRENCH_TIERS[a.tier] for a in page.accounts]
