"""Two Instagram creators of the same size for the authenticity tests: one with an organic
history, one that bought 9,000 followers on 2026-03-14 and sits in a comment pod."""

import csv
import datetime as dt
import random
from pathlib import Path

from influscope.store.records import (
    AccountRecord,
    Batch,
    FollowerRecord,
    InfluencerRecord,
    MetricRecord,
    PostRecord,
)
from influscope.vocabulary import Format, Metric, Platform, Provenance

IG = Platform.INSTAGRAM
CLEAN, BOUGHT = "camille.lefort", "lou.glow"
START = dt.datetime(2026, 2, 1, 7)
SPIKE_DAY = 41  # 2026-03-14
POST_DAYS = (3, 10, 17, 24, 31, 52, 59, 66, 73, 80)


def batch() -> Batch:
    rng = random.Random(7)
    b = Batch(
        influencers=[
            InfluencerRecord(
                name="Camille Lefort", country="FR", language="fr", categories=("skincare",)
            ),
            InfluencerRecord(name="Lou Glow", country="FR", language="fr", categories=("beauty",)),
        ],
        accounts=[
            AccountRecord(influencer="Camille Lefort", platform=IG, handle=CLEAN),
            AccountRecord(influencer="Lou Glow", platform=IG, handle=BOUGHT),
        ],
    )
    for handle in (CLEAN, BOUGHT):
        followers = 30_000
        for day in range(90):
            followers += rng.randint(15, 45)
            if handle == BOUGHT and day == SPIKE_DAY:
                followers += 9_000
            b.followers.append(
                FollowerRecord(
                    platform=IG,
                    handle=handle,
                    captured_at=START + dt.timedelta(days=day),
                    followers=followers,
                    source="instagram_graph_api",
                    provenance=Provenance.MEASURED,
                )
            )
        for n, day in enumerate(POST_DAYS):
            key = f"{handle}-{n}"
            b.posts.append(
                PostRecord(
                    platform=IG,
                    handle=handle,
                    post_key=key,
                    format=Format.POST,
                    published_at=START + dt.timedelta(days=day, hours=11),
                    caption="Ma routine du soir pour la peau sensible, avec un sérum doux.",
                )
            )
            likes = rng.randint(700, 1300)
            comments = rng.randint(25, 45)
            for metric, value in ((Metric.LIKES, likes), (Metric.COMMENTS, comments)):
                b.metrics.append(
                    MetricRecord(
                        platform=IG,
                        post_key=key,
                        captured_at=START + dt.timedelta(days=day + 2),
                        metric=metric,
                        value=value,
                        source="instagram_graph_api",
                        provenance=Provenance.MEASURED,
                    )
                )
    return b


_OPENERS = ("Coucou", "Hello", "Merci", "Super vidéo", "Question", "Petite question")
_QUESTIONS = (
    "tu l'utilises matin et soir ou seulement le soir",
    "tu penses que ça peut aller sur une peau mixte",
    "il est sans parfum",
    "où est-ce que tu l'as acheté",
    "c'est quoi la marque du miroir",
    "il est à quel prix",
    "tu as essayé la version pour peaux sèches",
    "ça ne pique pas autour des yeux",
)
_ENDINGS = ("?", " ? Merci !", " ? 🙏", " ? J'hésite encore", " ?? ")
_POD_COMMENTS = ("🔥🔥🔥", "Trop belle 😍", "Wow 👏", "Love ❤️", "Magnifique ✨", "😍😍")


def write_comments(path: Path) -> Path:
    """Varied questions from many people over hours for the clean account; the same fifteen
    accounts dropping emoji and praise within seconds of every post for the other."""
    rng = random.Random(11)
    questions = rng.sample(
        [f"{o}, {q}{e}" for o in _OPENERS for q in _QUESTIONS for e in _ENDINGS], 150
    )
    rows = []
    for handle in (CLEAN, BOUGHT):
        for n, day in enumerate(POST_DAYS):
            published = START + dt.timedelta(days=day, hours=11)
            for k in range(15):
                if handle == CLEAN:
                    author = f"reader_{rng.randint(1, 5000)}"
                    text = questions.pop()
                    at = published + dt.timedelta(minutes=rng.randint(5, 600))
                else:
                    author = f"glowpod_{k}"
                    text = rng.choice(_POD_COMMENTS)
                    at = published + dt.timedelta(seconds=rng.randint(3, 50))
                rows.append([f"{handle}-{n}", f"{handle}-{n}-{k}", author, text, at.isoformat()])
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["post id", "comment id", "username", "comment", "date"])
        writer.writerows(rows)
    return path
