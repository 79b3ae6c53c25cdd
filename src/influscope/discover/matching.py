"""Ranking accounts for a brief by a composite score whose parts are shown (kpi-methods §7).

Score = Σ wᵢ·partᵢ / Σ wᵢ over the parts that have data, each part in [0, 1]:
- topic: TF-IDF cosine of the brief to the account's categories, bio and recent captions (word
  and character n-grams over accent-folded text without French or English stop words; the
  categories and the brief are expanded with a bilingual topic glossary), divided by the best
  candidate's, so the best fit scores 1;
- audience: the geometric mean of the audience shares in the brief's markets, ages and gender
  where breakdowns are known, else of proxies from the creator's own country, language and age;
- authenticity: the audit's score;
- engagement: median engagement rate over the top of its follower band, capped at 1;
- cost: r / (1 + r), r = paid-media CPM / expected CPM (1:1 with paid media scores 0.5);
- past_results: median engagement rate of past campaigns with the brand, like engagement.
Brand safety is a gate, not a weight: an account whose bio, categories or captions contain a
word to avoid is left out, with the word. So are platforms and tiers the brief excludes and
creators whose price per post exceeds its budget.
"""

import datetime as dt
import statistics
from dataclasses import dataclass

import numpy as np
import sqlalchemy as sa
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from influscope.catalogue.rate_cards import DEFAULT_BENCHMARKS, PriceKind, built_in_rates
from influscope.discover.brief import Brief
from influscope.discover.search import Hit
from influscope.discover.settings import Settings
from influscope.discover.text import content_words, fold
from influscope.store import schema
from influscope.vocabulary import Platform

PARTS = ("topic", "audience", "authenticity", "engagement", "cost", "past_results")


@dataclass(frozen=True)
class Part:
    score: float
    detail: str


@dataclass(frozen=True)
class Match:
    hit: Hit
    score: float
    parts: dict[str, Part | None]


@dataclass(frozen=True)
class Excluded:
    hit: Hit
    reason: str


def expand(text: str, settings: Settings) -> str:
    """The text followed by the name and words of every glossary topic it touches."""
    folded = fold(text)
    extra = []
    for topic, words in settings.topics.items():
        keys = [fold(topic), *(fold(w) for w in words)]
        if any(_has_word(folded, k) for k in keys):
            extra += keys
    return " ".join([text, *extra])


def _has_word(folded: str, word: str) -> bool:
    start = folded.find(word)
    while start != -1:
        before = folded[start - 1] if start else " "
        if not before.isalnum():
            return True
        start = folded.find(word, start + 1)
    return False


def profile_text(hit: Hit, settings: Settings, captions: int = 12) -> str:
    p = hit.profile
    return expand(" ".join([" ".join(p.categories), p.bio, *p.captions[:captions]]), settings)


def topic_similarity(brief: str, documents: list[str]) -> list[float]:
    """Cosine similarity of the brief to each document, words and character n-grams averaged."""
    if not documents:
        return []
    folded = [" ".join(content_words(d)) for d in [brief, *documents]]
    similarities = []
    for vectorizer in (
        TfidfVectorizer(analyzer=str.split, sublinear_tf=True, lowercase=False),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True),
    ):
        matrix = vectorizer.fit_transform(folded)
        similarities.append(cosine_similarity(matrix[0], matrix[1:])[0])
    return [float(v) for v in np.mean(similarities, axis=0)]


def brand_safety(hit: Hit, avoid: tuple[str, ...]) -> str | None:
    """The first word to avoid that the account's own text (stories included) contains."""
    p = hit.profile
    text = fold(" ".join([" ".join(p.categories), p.bio, *p.captions, *p.story_captions]))
    for word in avoid:
        if _has_word(text, word):
            return word
    return None


def _audience(hit: Hit, brief: Brief) -> Part | None:
    p = hit.profile
    if not (brief.markets or brief.ages or brief.gender or brief.languages):
        return None
    known, factors = p.audience, []
    if brief.markets and known.get("country"):
        share = sum(known["country"].get(m, 0.0) for m in brief.markets)
        factors.append((share, f"{share:.0%} of the audience in {'/'.join(brief.markets)}"))
    elif brief.markets or brief.languages:
        markets = set(brief.markets)
        if (p.country or "") in markets:
            factors.append((1.0, f"creator based in {p.country} (no audience data)"))
        else:
            spoken = {_MARKET_LANGUAGE.get(m) for m in markets} | set(brief.languages)
            language = (p.language or "").split("-")[0]
            value = 0.6 if language in spoken else 0.0
            factors.append((value, f"creator in {p.country or '?'} writing {language or '?'}"))
    if brief.ages:
        low, high = brief.ages
        if known.get("age"):
            share = sum(v for k, v in known["age"].items() if _overlaps(k, low, high))
            factors.append((share, f"{share:.0%} aged {low}-{high}"))
        elif (bounds := p.age_bounds) is not None:
            inside = bounds[1] >= low - 5 and bounds[0] <= high + 5
            factors.append((1.0 if inside else 0.3, f"creator aged {p.age or p.age_range}"))
    if brief.gender and known.get("gender"):
        share = known["gender"].get(brief.gender, 0.0)
        factors.append((share, f"{share:.0%} {brief.gender}"))
    if not factors:
        return None
    # The geometric mean: no share in the market still scores 0, while a perfect fit is not
    # punished for the age bracket holding 40% of an audience rather than all of it.
    score = float(np.prod([f for f, _ in factors]) ** (1 / len(factors)))
    return Part(score, "; ".join(d for _, d in factors))


_MARKET_LANGUAGE = {
    "FR": "fr", "BE": "fr", "CH": "fr", "LU": "fr", "CA": "fr", "DE": "de", "AT": "de",
    "ES": "es", "IT": "it", "PT": "pt", "GB": "en", "US": "en", "NL": "nl",
}  # fmt: skip


def _overlaps(segment: str, low: int, high: int) -> bool:
    first, _, last = segment.replace("+", "-").partition("-")
    try:
        a, b = int(first), int(last) if last else 120
    except ValueError:
        return False
    return b >= low and a <= high


def _engagement(rate: float | None, band, basis: str) -> Part | None:
    if rate is None or band is None or not band[1]:
        return None
    score = min(rate / band[1], 1.0)
    return Part(score, f"{rate:.2f}% by {basis} vs band {band[0]:g}–{band[1]:g}%")


def paid_cpm(conn: sa.Connection, platform: str, currency: str | None) -> tuple[float, str] | None:
    """The paid-media CPM of the platform's channel, in `currency` at the latest stored rate."""
    benchmarks = built_in_rates().get_benchmarks_or_raise(DEFAULT_BENCHMARKS)
    price = benchmarks.price(benchmarks.channel_for(Platform(platform)), PriceKind.CPM)
    if price is None or currency is None:
        return None
    if currency == benchmarks.currency:
        return price.value, currency
    rate = _latest_rate(conn, benchmarks.currency, currency)
    return (price.value * rate, currency) if rate else None


def _latest_rate(conn: sa.Connection, base: str, quote: str) -> float | None:
    x = schema.exchange_rate
    for a, b, invert in ((base, quote, False), (quote, base, True)):
        found = conn.execute(
            sa.select(x.c.rate)
            .where(x.c.base == a, x.c.quote == b, x.c.valid_on <= dt.date.today())
            .order_by(x.c.valid_on.desc())
            .limit(1)
        ).scalar_one_or_none()
        if found:
            return 1 / found if invert else found
    return None


def _cost(conn: sa.Connection, hit: Hit) -> Part | None:
    p = hit.profile
    cpm = p.expected_cpm
    paid = paid_cpm(conn, p.platform, p.currency) if cpm else None
    if cpm is None or paid is None:
        return None
    ratio = paid[0] / cpm
    return Part(
        ratio / (1 + ratio),
        f"expected CPM {cpm:,.1f} {p.currency} ({p.cost_source}, impressions from "
        f"{p.impressions_source}) vs paid {paid[0]:,.1f} {paid[1]}",
    )


def _past_results(hit: Hit) -> Part | None:
    p = hit.profile
    rates = [c.median_engagement_rate for c in p.past_campaigns if c.median_engagement_rate]
    if not rates or p.band is None:
        return None
    part = _engagement(statistics.median(rates), p.band, p.engagement_basis)
    names = ", ".join(c.campaign for c in p.past_campaigns)
    return Part(part.score, f"{len(p.past_campaigns)} campaign(s) ({names}): {part.detail}")


def match_brief(
    conn: sa.Connection, hits: list[Hit], brief: Brief, settings: Settings
) -> tuple[list[Match], list[Excluded]]:
    """Every eligible account ranked for the brief, and the accounts the gates left out."""
    eligible, excluded = [], []
    for hit in hits:
        p = hit.profile
        if brief.platforms and p.platform not in brief.platforms:
            continue
        if brief.tiers and p.tier not in brief.tiers:
            continue
        if word := brand_safety(hit, brief.avoid):
            excluded.append(Excluded(hit, f"brand safety: mentions {word!r}"))
            continue
        if (
            brief.budget is not None
            and p.cost_per_post is not None
            and (brief.currency is None or brief.currency == p.currency)
            and p.cost_per_post > brief.budget
        ):
            excluded.append(
                Excluded(hit, f"one post costs {p.cost_per_post:,.0f}, above the budget")
            )
            continue
        eligible.append(hit)
    similarities = topic_similarity(
        expand(brief.text, settings), [profile_text(h, settings) for h in eligible]
    )
    best = max(similarities, default=0.0) or 1.0
    matches = []
    for hit, similarity in zip(eligible, similarities, strict=True):
        p = hit.profile
        parts: dict[str, Part | None] = {
            "topic": Part(similarity / best, f"cosine {similarity:.3f}"),
            "audience": _audience(hit, brief),
            "authenticity": Part(
                hit.audit.score,
                ", ".join(s.id for s in hit.audit.flags) or "no signal fired",
            ),
            "engagement": _engagement(p.engagement_rate, p.band, p.engagement_basis),
            "cost": _cost(conn, hit),
            "past_results": _past_results(hit),
        }
        weights = {k: settings.weights.get(k, 0.0) for k, v in parts.items() if v is not None}
        total = sum(weights.values()) or 1.0
        score = sum(weights[k] * parts[k].score for k in weights) / total
        matches.append(Match(hit, score, parts))
    matches.sort(key=lambda m: (-m.score, fold(m.hit.profile.influencer)))
    return matches, excluded


def shortlist(matches: list[Match], size: int) -> list[Match]:
    """The best account of each influencer, best first."""
    seen, found = set(), []
    for match in matches:
        if match.hit.profile.influencer_id not in seen:
            seen.add(match.hit.profile.influencer_id)
            found.append(match)
    return found[:size]
