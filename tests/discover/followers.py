"""Follower profiles drawn the way the InstaFake paper describes the two classes: bought
accounts post nothing, follow thousands and are followed by few; real people post, follow a few
hundred and have a profile picture."""

import csv
import random
from pathlib import Path

from influscope.discover.followers import FollowerProfile


def real(rng: random.Random) -> FollowerProfile:
    name_length = rng.randint(6, 16)
    return FollowerProfile(
        followers=round(10 ** rng.uniform(1.5, 5)),
        following=rng.randint(80, 1500),
        posts=rng.randint(4, 600),
        bio_length=rng.choice([0, rng.randint(10, 150)]),
        has_profile_pic=rng.random() < 0.98,
        is_private=rng.random() < 0.3,
        username_length=name_length,
        username_digits=rng.choice([0, 0, 0, 1, 2]),
    )


def fake(rng: random.Random) -> FollowerProfile:
    return FollowerProfile(
        followers=rng.randint(10, 60),
        following=rng.randint(900, 7000),
        posts=rng.choice([0, 0, 0, 1, 2, 5]),
        bio_length=rng.choice([0, 0, 0, 12]),
        has_profile_pic=rng.random() < 0.6,
        is_private=rng.random() < 0.2,
        username_length=rng.randint(9, 20),
        username_digits=rng.randint(0, 6),
    )


def labelled(n: int, fake_share: float, seed: int) -> tuple[list[FollowerProfile], list[bool]]:
    rng = random.Random(seed)
    labels = [rng.random() < fake_share for _ in range(n)]
    return [fake(rng) if f else real(rng) for f in labels], labels


def write_sample(path: Path, profiles: list[FollowerProfile], *, labels=None) -> Path:
    """As an export tool writes it: usernames, counts, a bio, yes/no flags."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        header = ["username", "followers", "following", "posts", "bio", "profile pic", "private"]
        writer.writerow(header + (["is_fake"] if labels else []))
        for k, p in enumerate(profiles):
            digits = "".join(str(d % 10) for d in range(p.username_digits))
            letters = "abcdefghijklmnopqrstuvwxyz"[: max(p.username_length - len(digits), 1)]
            row = [
                f"{letters}{digits}_{k}",
                p.followers,
                p.following,
                p.posts,
                "x" * p.bio_length,
                "yes" if p.has_profile_pic else "no",
                "yes" if p.is_private else "no",
            ]
            writer.writerow(row + ([int(labels[k])] if labels else []))
    return path


def write_training(path: Path, n: int = 600, seed: int = 3) -> Path:
    profiles, labels = labelled(n, 0.2, seed)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        fields = list(FollowerProfile.__dataclass_fields__)[:8]
        writer.writerow([*fields, "is_fake"])
        for p, label in zip(profiles, labels, strict=True):
            writer.writerow([*(int(getattr(p, f)) for f in fields), int(label)])
    return path
