"""The demo's prospects: saved idempotently after the demo, one bought account flagged with the
right signals, the clean ones not, and audiences read by brief matching."""

from influscope.demo import DEMO_WORKSPACE
from influscope.demo.prospects import save_demo_prospects
from influscope.discover.audits import audit_profiles, inauthentic_shares
from influscope.discover.brief import parse_brief
from influscope.discover.directory import load_directory
from influscope.discover.matching import match_brief, shortlist
from influscope.discover.search import Hit
from influscope.discover.settings import built_in_settings


def test_demo_prospects_flag_the_bought_account_and_feed_audience_match(demo):
    save_demo_prospects(demo)
    assert save_demo_prospects(demo).changed == 0
    settings = built_in_settings()
    with demo.connect() as conn:
        profiles = load_directory(conn, workspace=DEMO_WORKSPACE, settings=settings)
        audits = audit_profiles(conn, profiles, settings)
        hits = [Hit(p, audits[p.account_id]) for p in profiles]
        by_handle = {h.profile.handle: h for h in hits}
        fired = {s.id for s in by_handle["luna.eclat.beauty"].audit.flags}
        assert fired == {
            "follower_spike",
            "generic_comments",
            "repeated_comments",
            "comment_bursts",
            "commenter_overlap",
        }
        for clean in ("maelle.peauzen", "lea.marchetti", "greta.hautnah"):
            assert by_handle[clean].audit.flags == [], clean
        shares = inauthentic_shares(conn, workspace=DEMO_WORKSPACE)
        assert shares[("instagram", "luna.eclat.beauty")] == 1.0
        assert shares[("instagram", "maelle.peauzen")] == 0.0
        brief = parse_brief("Sérum pour peaux sensibles, femmes 25-34 ans en France, Instagram")
        matches, _ = match_brief(conn, hits, brief, settings)
    chosen = shortlist(matches, 10)
    assert "%" in chosen[0].parts["audience"].detail  # audience shares, not a proxy
    ranked = [m.hit.profile.handle for m in matches]
    assert ranked.index("maelle.peauzen") < ranked.index("luna.eclat.beauty")
