"""Prospects for Maison Lumière: creators the brand has not worked with yet, what discovery
knows about its own cast, and one account that bought followers and sits in a comment pod.

`save_demo_prospects(engine)` runs after `save_demo(engine)` and adds, idempotently:
- five prospects (France, Belgium, Germany, Spain) with bios, declared prices, audience
  breakdowns, weekly follower counts and a dozen posts each, one of them ("Luna Éclat") with
  9,000 followers bought in one night and the same fifteen accounts commenting emoji on every
  post within seconds;
- audience breakdowns (country, age, gender) of every demo creator, drawn from their country
  and age so that brief matching reads audiences rather than proxies;
- real-looking comments under the recent posts of two demo creators.
"""

import datetime as dt
import random
from dataclasses import dataclass

import sqlalchemy as sa

from influscope.demo import DEMO_WORKSPACE
from influscope.demo.cast import CAST
from influscope.store import schema
from influscope.store.records import (
    AccountRecord,
    Batch,
    FollowerRecord,
    InfluencerRecord,
    MetricRecord,
    PostRecord,
)
from influscope.store.writes import SaveSummary, save_batch, sync_rows
from influscope.vocabulary import Format, Metric, Platform, Provenance

SOURCE = "demo_prospects"
_FIRST = dt.datetime(2026, 6, 1, 7)
_WEEKS = 24


@dataclass(frozen=True)
class _Prospect:
    name: str
    country: str
    language: str
    categories: tuple[str, ...]
    age: int
    platform: Platform
    handle: str
    followers: int
    bio: str
    price: int
    captions: tuple[str, ...]
    bought_on_week: int | None = None


_PROSPECTS = (
    _Prospect(
        "Maëlle Durand", "FR", "fr", ("skincare", "wellness"), 27, Platform.INSTAGRAM,
        "maelle.peauzen", 42_000,
        "Pharmacienne 💊 Je décrypte les soins pour peaux sensibles et réactives, sans filtre.",
        520,
        ("Ma routine peau sensible en 3 étapes", "Sérum, crème : dans quel ordre ?",
         "Les ingrédients à éviter quand la peau tiraille", "Hydratation du visage en hiver"),
    ),
    _Prospect(
        "Lina Vermeulen", "BE", "fr", ("beauty", "makeup"), 24, Platform.TIKTOK,
        "linamakeup", 61_000,
        "Maquillage naturel et teint lumineux depuis Bruxelles ✨",
        380,
        ("Teint frais en 5 minutes", "Mon fond de teint préféré pour peau mixte",
         "Routine glow avant maquillage", "Test d'un sérum éclat sous le maquillage"),
    ),
    _Prospect(
        "Greta Baumann", "DE", "de", ("skincare",), 31, Platform.INSTAGRAM,
        "greta.hautnah", 27_000,
        "Hautpflege für empfindliche Haut – ehrlich und ohne Filter.",
        300,
        ("Meine Abendroutine für empfindliche Haut", "Das Serum, das ich jeden Morgen nutze",
         "Feuchtigkeit im Winter: meine Tipps", "Was ich bei Rötungen mache"),
    ),
    _Prospect(
        "Nerea Castillo", "ES", "es", ("beauty", "lifestyle"), 22, Platform.TIKTOK,
        "nerea.glow", 88_000,
        "Belleza fácil y cuidado de la piel para el día a día 🌸",
        450,
        ("Mi rutina de noche para la piel", "El sérum que me cambió la piel",
         "Maquillaje natural para clase", "Hidratación para piel sensible"),
    ),
    _Prospect(
        "Luna Éclat", "FR", "fr", ("beauty",), 25, Platform.INSTAGRAM,
        "luna.eclat.beauty", 38_000,
        "Beauté, glow et bonne humeur ✨ Collabs en DM",
        900,
        ("Mon glow du jour", "Nouveau sérum dans ma routine", "Soirée masque et détente",
         "Mes favoris beauté du mois"),
        bought_on_week=14,
    ),
)  # fmt: skip

_QUESTIONS = (
    "tu l'utilises matin et soir",
    "ça convient aux peaux mixtes",
    "il est sans parfum",
    "tu l'as trouvé où",
    "il dure combien de temps",
    "tu le mets avant la crème",
    "ça ne pique pas autour des yeux",
    "tu as vu une différence au bout de combien de temps",
)
_OPENERS = ("Coucou", "Merci pour la vidéo", "Hello", "Petite question", "Top conseil")
_POD = ("🔥🔥🔥", "Trop belle 😍", "Wow 👏", "Magnifique ✨", "😍😍", "Love ❤️")


def _prospect_records(p: _Prospect, rng: random.Random, batch: Batch) -> None:
    batch.influencers.append(
        InfluencerRecord(
            name=p.name,
            country=p.country,
            language=p.language,
            categories=p.categories,
            age=p.age,
            contact=f"{p.handle.replace('.', '')}@example.org",
        )
    )
    batch.accounts.append(AccountRecord(influencer=p.name, platform=p.platform, handle=p.handle))
    followers = float(p.followers)
    for week in range(_WEEKS):
        for day in range(7):
            moment = _FIRST + dt.timedelta(weeks=week, days=day)
            followers *= 1 + rng.uniform(0.0002, 0.0008)
            if p.bought_on_week == week and day == 3:
                followers += 9_000
            if day == 0 or p.bought_on_week is not None:  # daily readings for the audited one
                batch.followers.append(
                    FollowerRecord(
                        platform=p.platform,
                        handle=p.handle,
                        captured_at=moment,
                        followers=round(followers),
                        source=SOURCE,
                        provenance=Provenance.MEASURED,
                    )
                )
    for n in range(12):
        published = _FIRST + dt.timedelta(weeks=2 * n, days=1, hours=11)
        key = f"{p.handle}-{n:02d}"
        fmt = Format.POST if p.platform is Platform.INSTAGRAM else Format.VIDEO
        batch.posts.append(
            PostRecord(
                platform=p.platform,
                handle=p.handle,
                post_key=key,
                format=fmt,
                published_at=published,
                caption=p.captions[n % len(p.captions)],
            )
        )
        rate = rng.uniform(0.025, 0.05)
        views = round(p.followers * rng.uniform(0.3, 0.8))
        likes = round((views if p.platform is Platform.TIKTOK else p.followers) * rate)
        counters = {Metric.LIKES: likes, Metric.COMMENTS: round(likes / rng.uniform(25, 60))}
        counters[Metric.VIEWS] = views
        for metric, value in counters.items():
            batch.metrics.append(
                MetricRecord(
                    platform=p.platform,
                    post_key=key,
                    captured_at=published + dt.timedelta(days=3),
                    metric=metric,
                    value=value,
                    source=SOURCE,
                    provenance=Provenance.MEASURED,
                )
            )


def _audience(country: str, age: int | None, rng: random.Random) -> dict[str, dict[str, float]]:
    """Most of a creator's audience shares their country and is near their age."""
    home = rng.uniform(0.55, 0.75)
    neighbours = {"FR": "BE", "BE": "FR", "CH": "FR", "DE": "AT", "AT": "DE", "ES": "FR"}
    near = neighbours.get(country, "FR")
    countries = {country: round(home, 3), near: round((1 - home) * 0.4, 3)}
    brackets = ("13-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+")
    centre = 2 if age is None else min(max((age - 8) // 10, 1), 6)
    weights = [max(0.02, 1 - abs(k - centre) * 0.45) for k in range(len(brackets))]
    total = sum(weights)
    female = rng.uniform(0.7, 0.92)
    return {
        "country": countries,
        "age": {b: round(w / total, 3) for b, w in zip(brackets, weights, strict=True)},
        "gender": {"female": round(female, 3), "male": round(1 - female, 3)},
    }


def save_demo_prospects(engine: sa.Engine, *, seed: int = 2026) -> SaveSummary:
    """Add the prospects, audiences and comments to the demo workspace (saved by `save_demo`)."""
    rng = random.Random(seed)
    batch = Batch()
    for prospect in _PROSPECTS:
        _prospect_records(prospect, rng, batch)
    with engine.begin() as conn:
        summary = save_batch(conn, workspace=DEMO_WORKSPACE, batch=batch)
        accounts = _accounts(conn)
        profiles, shares = [], []
        for p in _PROSPECTS:
            account = accounts[(str(p.platform), p.handle)]
            profiles.append(
                {
                    "account_id": account,
                    "bio": p.bio,
                    "external_url": None,
                    "engagement_rate": None,
                    "price_per_post": p.price,
                    "currency": "EUR",
                    "source": SOURCE,
                }
            )
            shares += _rows(account, _audience(p.country, p.age, rng))
        for creator in CAST:
            for channel in creator.channels:
                account = accounts[(str(channel.platform), channel.handle)]
                age = creator.age or int(creator.age_range.split("-")[0].rstrip("+")) + 3
                shares += _rows(account, _audience(creator.country, age, rng))
        sync_rows(
            conn,
            schema.discovery.account_profile,
            key=("account_id",),
            rows=profiles,
            summary=summary,
        )
        sync_rows(
            conn,
            schema.discovery.audience_share,
            key=("account_id", "dimension", "segment", "source"),
            rows=shares,
            summary=summary,
        )
        sync_rows(
            conn,
            schema.discovery.comment,
            key=("post_id", "comment_key"),
            rows=_comments(conn, rng),
            summary=summary,
        )
    return summary


def _rows(account: int, audience: dict[str, dict[str, float]]) -> list[dict]:
    return [
        {"account_id": account, "dimension": d, "segment": s, "share": v, "source": SOURCE}
        for d, shares in audience.items()
        for s, v in shares.items()
    ]


def _accounts(conn: sa.Connection) -> dict[tuple[str, str], int]:
    a, i, w = schema.account, schema.influencer, schema.workspace
    query = (
        sa.select(a.c.platform, a.c.handle, a.c.id)
        .select_from(a.join(i).join(w))
        .where(w.c.name == DEMO_WORKSPACE)
    )
    return {(r.platform, r.handle): r.id for r in conn.execute(query)}


def _comments(conn: sa.Connection, rng: random.Random) -> list[dict]:
    """Questions from many readers, hours after posting, under two demo creators' posts; the
    same fifteen accounts dropping emoji within seconds under every post of Luna Éclat."""
    p, a = schema.post, schema.account
    handles = ("lea.marchetti", "maelle.peauzen", "luna.eclat.beauty")
    posts = conn.execute(
        sa.select(a.c.handle, p.c.id, p.c.post_key, p.c.published_at)
        .join(a, a.c.id == p.c.account_id)
        .where(a.c.handle.in_(handles), p.c.format != "story")
        .order_by(a.c.handle, p.c.published_at)
    ).all()
    endings = (
        "",
        " 🙏",
        " Merci !",
        " J'hésite à le prendre",
        " 😊",
        " Trop hâte",
        " Bisous",
        " !",
    )
    questions = [f"{o}, {q} ?{e}" for o in _OPENERS for q in _QUESTIONS for e in endings]
    rng.shuffle(questions)
    rows = []
    for post in posts:
        pod = post.handle == "luna.eclat.beauty"
        for k in range(12):
            if pod:
                author, text = f"glowsquad_{k:02d}", rng.choice(_POD)
                at = post.published_at + dt.timedelta(seconds=rng.randint(4, 55))
            else:
                author, text = f"lectrice_{rng.randint(1, 9999)}", questions.pop()
                at = post.published_at + dt.timedelta(minutes=rng.randint(3, 900))
            rows.append(
                {
                    "post_id": post.id,
                    "comment_key": f"{post.post_key}-c{k:02d}",
                    "author": author,
                    "text": text,
                    "commented_at": at,
                }
            )
    return rows
