"""The follower classifier, its stand-in rule, Benford's law, and follower samples in audits."""

import random

import pytest

from influscope.discover.audits import audit_profiles
from influscope.discover.directory import load_directory
from influscope.discover.followers import (
    FollowerClassifier,
    benford,
    judge_sample,
    load_labelled,
)
from influscope.discover.imports import import_follower_sample
from influscope.discover.settings import built_in_settings
from influscope.ingest.problems import ImportFailed
from influscope.store.writes import save_batch
from tests.discover.accounts import BOUGHT, CLEAN, batch
from tests.discover.followers import fake, labelled, real, write_sample, write_training

WORKSPACE = "Atelier Rosé"


def test_classifier_trained_on_labelled_profiles_finds_fakes_it_has_not_seen():
    profiles, labels = labelled(600, 0.2, seed=1)
    model = FollowerClassifier().fit(profiles, labels)
    unseen, truth = labelled(300, 0.2, seed=2)
    predicted = model.predict(unseen)
    hits = sum(p and t for p, t in zip(predicted, truth, strict=True))
    assert hits / sum(truth) > 0.9
    assert hits / sum(predicted) > 0.9


def test_without_training_data_the_rule_judges_and_says_so(monkeypatch):
    monkeypatch.delenv("INFLUSCOPE_FOLLOWER_TRAINING", raising=False)
    rng = random.Random(5)
    verdict = judge_sample([fake(rng) for _ in range(40)] + [real(rng) for _ in range(60)])
    assert verdict.method.startswith("rule")
    assert 0.3 < verdict.fake_share < 0.5


def test_labelled_csv_trains_the_classifier(tmp_path):
    path = write_training(tmp_path / "labelled.csv")
    profiles, labels = load_labelled(path)
    assert len(profiles) == 600 and 80 < sum(labels) < 160
    rng = random.Random(8)
    verdict = judge_sample([fake(rng) for _ in range(30)], training=str(path))
    assert verdict.method == "classifier trained on labelled.csv"
    assert verdict.fake_share > 0.9


def test_log_uniform_follower_counts_conform_to_benford():
    rng = random.Random(4)
    check = benford([round(10 ** rng.uniform(1, 6)) for _ in range(2000)])
    assert check.mad < built_in_settings().audit["benford_mad"]
    assert check.observed[0] == pytest.approx(0.301, abs=0.03)


def test_bought_accounts_with_similar_counts_break_benford():
    rng = random.Random(4)
    check = benford([rng.randint(20, 60) for _ in range(300)])
    assert check.mad > 0.05
    assert benford([]) is None


@pytest.fixture
def accounts(engine):
    with engine.begin() as conn:
        save_batch(conn, workspace=WORKSPACE, batch=batch())
    return engine


def _audit(engine, handle: str, **options):
    settings = built_in_settings()
    with engine.connect() as conn:
        profiles = load_directory(conn, workspace=WORKSPACE, settings=settings)
        audits = audit_profiles(conn, profiles, settings, **options)
    return next(a for p, a in ((p, audits[p.account_id]) for p in profiles) if p.handle == handle)


def test_a_sample_of_bought_followers_flags_the_account(accounts, tmp_path, monkeypatch):
    monkeypatch.delenv("INFLUSCOPE_FOLLOWER_TRAINING", raising=False)
    rng = random.Random(9)
    sample = [fake(rng) for _ in range(90)] + [real(rng) for _ in range(60)]
    path = write_sample(tmp_path / "followers.csv", sample)
    import_follower_sample(accounts, path, workspace=WORKSPACE, platform="instagram", handle=BOUGHT)
    # Importing the same file again changes nothing.
    again = import_follower_sample(
        accounts, path, workspace=WORKSPACE, platform="instagram", handle=BOUGHT
    )
    assert again.changed == 0
    training = write_training(tmp_path / "labelled.csv")
    audit = _audit(accounts, BOUGHT, training=str(training))
    signals = {s.id: s for s in audit.signals}
    assert signals["fake_followers"].fired
    assert signals["fake_followers"].value == pytest.approx(0.6, abs=0.08)
    assert "classifier trained on labelled.csv" in signals["fake_followers"].detail
    assert signals["benford"].fired
    assert audit.inauthentic_share >= signals["fake_followers"].value


def test_a_sample_of_real_followers_fires_nothing(accounts, tmp_path, monkeypatch):
    monkeypatch.delenv("INFLUSCOPE_FOLLOWER_TRAINING", raising=False)
    rng = random.Random(10)
    path = write_sample(tmp_path / "followers.csv", [real(rng) for _ in range(200)])
    import_follower_sample(accounts, path, workspace=WORKSPACE, platform="instagram", handle=CLEAN)
    audit = _audit(accounts, CLEAN)
    signals = {s.id: s for s in audit.signals}
    assert signals["fake_followers"].fired is False
    assert signals["benford"].fired is False
    assert audit.flags == []


def test_follower_sample_rows_with_problems_store_nothing(accounts, tmp_path):
    path = tmp_path / "followers.csv"
    path.write_text(
        "username,followers,following,posts\nanna_1,120,300,14\nbot_2,lots,4000,0\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportFailed) as failure:
        import_follower_sample(
            accounts, path, workspace=WORKSPACE, platform="instagram", handle=BOUGHT
        )
    (problem,) = failure.value.problems
    assert (problem.row, problem.column, problem.value) == (3, "followers", "lots")
    assert not any(s.id == "fake_followers" for s in _audit(accounts, BOUGHT).signals)
