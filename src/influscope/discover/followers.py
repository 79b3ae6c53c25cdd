"""Fake followers in a sample of an account's followers: a classifier and Benford's law.

The classifier reads the profile features the InstaFake dataset publishes (Akyon & Kalfaoglu
2019; kpi-methods §6.3): posts, followers, follows, bio length, profile picture, private,
username length and digits, plus the full-name word count and external URL where a sample has
them. The dataset has no licence, so no model trained on it ships with Influscope: point
`INFLUSCOPE_FOLLOWER_TRAINING` (or `--training`) at a labelled set in its JSON format or a CSV
with an `is_fake` column, and the classifier is trained on it when an audit needs it. Without
one, a transparent rule stands in: a follower is fake when two of "≤ 2 posts", "follows more
than 3× its followers", "no profile picture" and "≥ 2 digits in the username" hold.

Benford's law (Golbeck 2015): the first digits of the follower counts of an account's
followers follow P(d) = log10(1 + 1/d); bought audiences deviate. Conformity is Nigrini's mean
absolute deviation of the first-digit shares.
"""

import csv
import json
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from sklearn.ensemble import RandomForestClassifier

from influscope.discover.labels import Words, words

TRAINING_VARIABLE = "INFLUSCOPE_FOLLOWER_TRAINING"
BENFORD = np.array([math.log10(1 + 1 / d) for d in range(1, 10)])


@dataclass(frozen=True)
class FollowerProfile:
    """What a follower's public profile shows; the optional fields are often not exported."""

    followers: int
    following: int
    posts: int
    bio_length: int
    has_profile_pic: bool
    is_private: bool
    username_length: int
    username_digits: int
    fullname_words: int | None = None
    has_external_url: bool | None = None


def features(profiles: Sequence[FollowerProfile]) -> np.ndarray:
    """Counts on a log scale, and the follow ratio that bought accounts give away."""
    rows = []
    for p in profiles:
        rows.append(
            [
                math.log1p(p.followers),
                math.log1p(p.following),
                math.log1p(p.posts),
                math.log1p(p.following) - math.log1p(p.followers),
                p.bio_length,
                float(p.has_profile_pic),
                float(p.is_private),
                p.username_length,
                p.username_digits,
                p.username_digits / p.username_length if p.username_length else 0.0,
            ]
        )
    return np.array(rows, dtype=float).reshape(len(rows), 10)


def rule_says_fake(p: FollowerProfile) -> bool:
    """The stand-in rule (kpi-methods §6.3, "≥2 of 4" baseline)."""
    hints = (
        p.posts <= 2,
        p.following > 3 * max(p.followers, 1),
        not p.has_profile_pic,
        p.username_digits >= 2,
    )
    return sum(hints) >= 2


class FollowerClassifier:
    """A random forest with balanced class weights: fakes are the minority class."""

    def __init__(self, seed: int = 0) -> None:
        self.model = RandomForestClassifier(
            n_estimators=300, min_samples_leaf=2, class_weight="balanced", random_state=seed
        )

    def fit(self, profiles: Sequence[FollowerProfile], is_fake: Sequence[bool]):
        self.model.fit(features(profiles), np.array(is_fake, dtype=int))
        return self

    def predict(self, profiles: Sequence[FollowerProfile]) -> list[bool]:
        if not profiles:
            return []
        return [bool(v) for v in self.model.predict(features(profiles))]


def load_labelled(path: Path) -> tuple[list[FollowerProfile], list[bool]]:
    """A labelled set: a folder of InstaFake JSON files (camelCase keys, `isFake`), one such
    file, or a CSV with the `FollowerProfile` field names and `is_fake`."""
    files = sorted(path.glob("*.json")) + sorted(path.glob("*.csv")) if path.is_dir() else [path]
    profiles, labels = [], []
    for file in files:
        if file.suffix == ".json":
            for r in json.loads(file.read_text(encoding="utf-8")):
                profiles.append(
                    FollowerProfile(
                        followers=int(r["userFollowerCount"]),
                        following=int(r["userFollowingCount"]),
                        posts=int(r["userMediaCount"]),
                        bio_length=int(r["userBiographyLength"]),
                        has_profile_pic=bool(r["userHasProfilPic"]),
                        is_private=bool(r["userIsPrivate"]),
                        username_length=int(r["usernameLength"]),
                        username_digits=int(r["usernameDigitCount"]),
                    )
                )
                labels.append(bool(r["isFake"]))
        else:
            with file.open(newline="", encoding="utf-8") as handle:
                for r in csv.DictReader(handle):
                    profiles.append(_profile_from_csv(r))
                    labels.append(r["is_fake"].strip().lower() in ("1", "true", "yes"))
    if not profiles:
        raise ValueError(f"No labelled follower profiles in {path}")
    return profiles, labels


def _profile_from_csv(r: dict) -> FollowerProfile:
    def flag(name):
        value = (r.get(name) or "").strip().lower()
        return None if value == "" else value in ("1", "true", "yes")

    return FollowerProfile(
        followers=int(r["followers"]),
        following=int(r["following"]),
        posts=int(r["posts"]),
        bio_length=int(r["bio_length"]),
        has_profile_pic=bool(flag("has_profile_pic")),
        is_private=bool(flag("is_private")),
        username_length=int(r["username_length"]),
        username_digits=int(r["username_digits"]),
    )


@cache
def trained_classifier(path: str) -> FollowerClassifier:
    profiles, labels = load_labelled(Path(path))
    return FollowerClassifier().fit(profiles, labels)


@dataclass(frozen=True)
class SampleVerdict:
    size: int
    fake: int
    method: Words  # 'classifier trained on …' or 'rule (…)'

    @property
    def fake_share(self) -> float | None:
        return self.fake / self.size if self.size else None


def judge_sample(
    profiles: Sequence[FollowerProfile], *, training: str | None = None
) -> SampleVerdict:
    """How many sampled followers look fake, by the classifier when a labelled set is known."""
    training = training or os.environ.get(TRAINING_VARIABLE)
    if training:
        verdicts = trained_classifier(training).predict(profiles)
        method = words("classifier", name=Path(training).name)
    else:
        verdicts = [rule_says_fake(p) for p in profiles]
        method = words("rule")
    return SampleVerdict(size=len(profiles), fake=sum(verdicts), method=method)


@dataclass(frozen=True)
class BenfordCheck:
    size: int
    observed: tuple[float, ...]  # share of first digits 1..9
    mad: float  # Nigrini's mean absolute deviation from Benford's shares
    chi2: float


def benford(counts: Sequence[int]) -> BenfordCheck | None:
    """First-digit conformity of positive counts; None when there are none."""
    digits = [int(str(c)[0]) for c in counts if c and c > 0]
    if not digits:
        return None
    observed = np.bincount(digits, minlength=10)[1:] / len(digits)
    expected = BENFORD * len(digits)
    chi2 = float((((observed * len(digits)) - expected) ** 2 / expected).sum())
    return BenfordCheck(
        size=len(digits),
        observed=tuple(float(v) for v in observed),
        mad=float(np.abs(observed - BENFORD).mean()),
        chi2=chi2,
    )
