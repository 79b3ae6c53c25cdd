"""The audit flags a bought spike and a comment pod with the right signals, and a clean
account with none, on every engine."""

import pytest

from influscope.discover.audits import audit_profiles, inauthentic_shares
from influscope.discover.authenticity import is_generic, robust_z
from influscope.discover.directory import load_directory
from influscope.discover.imports import import_comments
from influscope.discover.settings import built_in_settings
from influscope.store.writes import save_batch
from tests.discover.accounts import BOUGHT, CLEAN, batch, write_comments

WORKSPACE = "Atelier Rosé"


@pytest.fixture
def audits(engine, tmp_path):
    with engine.begin() as conn:
        save_batch(conn, workspace=WORKSPACE, batch=batch())
    import_comments(engine, write_comments(tmp_path / "comments.csv"), workspace=WORKSPACE)
    settings = built_in_settings()
    with engine.connect() as conn:
        profiles = load_directory(conn, workspace=WORKSPACE, settings=settings)
        found = audit_profiles(conn, profiles, settings)
    return {p.handle: found[p.account_id] for p in profiles}


def test_bought_followers_and_pod_comments_fire_their_signals(audits):
    audit = audits[BOUGHT]
    fired = {s.id for s in audit.flags}
    assert fired == {
        "follower_spike",
        "generic_comments",
        "repeated_comments",
        "comment_bursts",
        "commenter_overlap",
    }
    spike = next(s for s in audit.flags if s.id == "follower_spike")
    assert "2026-03-14" in spike.detail
    assert spike.value > 50
    # 9,000 bought followers above the usual ~30 a day, out of about 41,700.
    assert spike.inauthentic_share == pytest.approx(9_000 / 41_700, abs=0.01)
    overlap = next(s for s in audit.flags if s.id == "commenter_overlap")
    assert overlap.value > 0.9
    assert audit.inauthentic_share == 1.0  # the pod writes every comment
    assert audit.score == 0.0


def test_clean_account_fires_no_signal(audits):
    audit = audits[CLEAN]
    assert audit.flags == []
    assert audit.inauthentic_share == 0.0
    assert audit.score == 1.0
    computed = {s.id for s in audit.signals if s.fired is not None}
    assert {"follower_spike", "like_comment_ratio", "commenter_overlap"} <= computed


def test_every_signal_says_what_it_measured_and_against_what(audits):
    for signal in audits[BOUGHT].signals + audits[CLEAN].signals:
        assert signal.label and signal.threshold and signal.detail


def test_every_signal_is_named_and_explained_in_french_too(audits):
    for signal in audits[BOUGHT].signals + audits[CLEAN].signals:
        assert signal.label.get("fr") != signal.label
        assert signal.detail.get("fr") != signal.detail
    spike = next(s for s in audits[BOUGHT].flags if s.id == "follower_spike")
    assert spike.label.get("fr") == "Pic de croissance des abonnés"
    assert "2026-03-14" in spike.detail.get("fr") and "followers" not in spike.detail.get("fr")


def test_inauthentic_shares_are_those_of_the_flagged_account_only(engine, audits):
    with engine.connect() as conn:
        shares = inauthentic_shares(conn, workspace=WORKSPACE)
    assert shares == {("instagram", CLEAN): 0.0, ("instagram", BOUGHT): 1.0}


def test_generic_comments_are_emoji_only_or_a_few_words_of_praise():
    assert is_generic("🔥🔥🔥")
    assert is_generic("Trop belle 😍")
    assert is_generic("WOW!!")
    assert not is_generic("Tu l'utilises matin et soir ?")
    assert not is_generic("Love the texture but it pills under makeup")


def test_robust_z_ignores_one_outlier_in_its_scale():
    z = robust_z([10, 12, 11, 9, 10, 11, 500])
    assert z[-1] > 100
    assert abs(z[0]) < 1
