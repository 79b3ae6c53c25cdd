"""Authenticity audit of one account, signal by signal (kpi-methods §6.2).

Each signal says whether it fired, the value it measured and the threshold it was compared
with, in words a marketer can check. Signals without enough data say so and never fire. Where a
signal also estimates how much of the audience or engagement is inauthentic (the excess
followers of a spike, the fakes in a follower sample, the comments of a pod), the account's
`inauthentic_share` is the largest such estimate: the share an EMV can be discounted by.
"""

import datetime as dt
import itertools
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from influscope.discover.directory import AccountProfile, PostFacts
from influscope.discover.followers import FollowerProfile, benford, judge_sample
from influscope.discover.labels import Words, joined, signal_name, words
from influscope.discover.settings import Settings
from influscope.discover.text import fold

# Words that make a short comment generic in English and French (HypeAuditor's "wow", "cool").
_GENERIC_WORDS = """wow waouh woah nice cool great amazing awesome beautiful love lovely perfect
super top bravo magnifique sublime canon génial trop belle beau jolie incroyable j'adore jadore
adore omg yes yess so good gorgeous stunning cute wahou ouah whaou"""
_GENERIC = frozenset(fold(w) for w in _GENERIC_WORDS.split())
# Where likes and comments are the two public counters; on Facebook and X, reactions, replies and
# reposts make the ratio of two of them meaningless.
LIKE_COMMENT_PLATFORMS = ("instagram", "tiktok", "youtube")
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)


@dataclass(frozen=True)
class Comment:
    post_id: int
    author: str
    text: str
    commented_at: dt.datetime | None


@dataclass(frozen=True)
class Signal:
    """`label`, `threshold` and `detail` read as English text and know their French
    (`get(lang)`)."""

    id: str
    fired: bool | None  # None: not enough data to compute it
    value: float | None
    threshold: Words
    detail: Words
    inauthentic_share: float | None = None  # the share this signal estimates, when it fires
    # Named after `id`; a field, so that the audit's JSON carries it too.
    label: Words = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "label", signal_name(self.id))


@dataclass(frozen=True)
class Audit:
    account_id: int
    influencer: str
    platform: str
    handle: str
    signals: list[Signal] = field(default_factory=list)
    penalty: float = 0.15

    @property
    def flags(self) -> list[Signal]:
        return [s for s in self.signals if s.fired]

    @property
    def inauthentic_share(self) -> float:
        """The largest share of inauthentic followers or engagement a fired signal estimates."""
        return max((s.inauthentic_share or 0.0 for s in self.flags), default=0.0)

    @property
    def score(self) -> float:
        """Authenticity in [0, 1]: the authentic share, lowered for each fired signal that gives
        no share of its own."""
        unsized = sum(1 for s in self.flags if s.inauthentic_share is None)
        return (1 - self.inauthentic_share) * (1 - self.penalty) ** unsized


def audit_account(
    profile: AccountProfile,
    settings: Settings,
    *,
    comments: Sequence[Comment] = (),
    follower_sample: Sequence[FollowerProfile] = (),
    training: str | None = None,
    sibling_posts: Sequence[PostFacts] = (),
) -> Audit:
    """`sibling_posts` are the creator's posts on other platforms: a video that takes off on
    one platform brings followers on the others."""
    a = settings.audit
    signals = [
        follower_spikes(
            profile.follower_history,
            a,
            profile.followers,
            posts=[*profile.posts, *sibling_posts],
        ),
        engagement_band(profile, a),
        like_comment_ratio(profile, a),
        engagement_consistency(profile, a),
    ]
    published = {p.post_id: p.published_at for p in profile.posts}
    signals += comment_signals(comments, published, a)
    if follower_sample:
        signals += sample_signals(follower_sample, a, training)
    return Audit(
        account_id=profile.account_id,
        influencer=profile.influencer,
        platform=profile.platform,
        handle=profile.handle,
        signals=signals,
        penalty=a["penalty"],
    )


def _not_computed(id_: str, threshold: Words, why: Words) -> Signal:
    return Signal(id_, None, None, threshold, why)


def robust_z(values: Sequence[float]) -> list[float] | None:
    """(x − median) / (1.4826·MAD); the mean absolute deviation stands in when MAD is 0."""
    median = statistics.median(values)
    deviations = [abs(v - median) for v in values]
    scale = 1.4826 * statistics.median(deviations)
    if scale == 0:
        scale = 1.2533 * statistics.mean(deviations)
    if scale == 0:
        return None
    return [(v - median) / scale for v in values]


def follower_spikes(
    history: Sequence[tuple[dt.datetime, int]],
    a: dict,
    followers: int | None,
    *,
    posts: Sequence[PostFacts] = (),
) -> Signal:
    """Gains far above the usual pace (robust z on per-day gains between counts) that no post
    explains, adding at least `spike_min_share` of the audience ("no matching viral post").
    A post published in the interval or `spike_post_days` before explains a gain up to
    `spike_z_posted`; a viral one (`spike_viral_factor` times the usual engagements) any gain."""
    threshold = words("spike_threshold", z=a["spike_z"])
    if len(history) - 1 < a["spike_min_deltas"]:
        return _not_computed("follower_spike", threshold, words("few_counts", n=len(history)))
    per_day, spans = [], []
    for (t0, f0), (t1, f1) in itertools.pairwise(history):
        days = max((t1 - t0).total_seconds() / 86400, 1 / 24)
        per_day.append((f1 - f0) / days)
        spans.append((t0, t1, days, f1 - f0))
    z = robust_z(per_day)
    if z is None:
        return Signal("follower_spike", False, 0.0, threshold, words("even_growth"))
    median = statistics.median(per_day)
    usual = statistics.median([p.engagements for p in posts if p.engagements] or [0])

    def explained(k: int) -> bool:
        t0, t1 = spans[k][0] - dt.timedelta(days=a["spike_post_days"]), spans[k][1]
        inside = [p for p in posts if t0 <= p.published_at <= t1]
        viral = any((p.engagements or 0) > a["spike_viral_factor"] * usual for p in inside)
        return viral or (bool(inside) and z[k] <= a["spike_z_posted"])

    top = max(range(len(z)), key=lambda k: z[k])
    high = [k for k in range(len(z)) if z[k] > a["spike_z"]]
    spikes = [k for k in high if not explained(k)]
    excess = sum(spans[k][3] - median * spans[k][2] for k in spikes)
    share = min(excess / followers, 1.0) if spikes and followers else None
    fired = bool(spikes) and share is not None and share >= a["spike_min_share"]
    _, at, _, gain = spans[top]
    detail = [words("largest_gain", gain=gain, at=at, z=z[top], median=median)]
    if len(high) > len(spikes):
        detail.append(words("explained_gains", n=len(high) - len(spikes)))
    if spikes:
        detail.append(words("unexplained_spikes", n=len(spikes), excess=excess, share=share))
    return Signal(
        "follower_spike", fired, z[top], threshold, joined(detail), share if fired else None
    )


def engagement_band(profile: AccountProfile, a: dict) -> Signal:
    if profile.band is None or profile.engagement_rate is None:
        return _not_computed("engagement_band", words("band"), words("no_band"))
    low, high = profile.band
    floor, ceiling = low * a["band_low_factor"], high * a["band_high_factor"]
    er = profile.engagement_rate
    fired = er < floor or er > ceiling
    where = "below" if er < floor else "above" if er > ceiling else "inside"
    detail = words(
        f"band_{where}",
        er=er,
        # Any basis but views is followers (`PostFacts.engagement_rate`).
        basis=words("basis_views" if profile.engagement_basis == "views" else "basis_followers"),
        platform=profile.platform,
        tier=profile.tier or "nano",
        low=low,
        high=high,
    )
    threshold = words("band_threshold", floor=floor, ceiling=ceiling)
    return Signal("engagement_band", fired, er, threshold, detail)


def like_comment_ratio(profile: AccountProfile, a: dict) -> Signal:
    threshold = words("ratio_threshold", low=a["like_comment_low"], high=a["like_comment_high"])
    if profile.platform not in LIKE_COMMENT_PLATFORMS:
        why = words("not_read", platform=profile.platform)
        return _not_computed("like_comment_ratio", threshold, why)
    ratios = [
        p.counters["likes"] / p.counters["comments"]
        for p in profile.posts
        if p.counters.get("comments") and "likes" in p.counters
    ]
    if len(ratios) < 3:
        return _not_computed("like_comment_ratio", threshold, words("few_posts"))
    ratio = statistics.median(ratios)
    fired = ratio < a["like_comment_low"] or ratio > a["like_comment_high"]
    why = (
        "comment_pods" if ratio < a["like_comment_low"] else "bought_likes" if fired else "nothing"
    )
    detail = words("likes_per_comment", ratio=ratio, n=len(ratios), why=words(why))
    return Signal("like_comment_ratio", fired, ratio, threshold, detail)


def engagement_consistency(profile: AccountProfile, a: dict) -> Signal:
    threshold = words("consistency_threshold", cv=a["consistency_cv"])
    likes = [p.counters["likes"] for p in profile.posts if "likes" in p.counters]
    if len(likes) < a["consistency_min_posts"] or not statistics.mean(likes):
        why = words("few_liked", n=len(likes))
        return _not_computed("engagement_consistency", threshold, why)
    cv = statistics.pstdev(likes) / statistics.mean(likes)
    detail = words("likes_vary", cv=cv, n=len(likes))
    return Signal("engagement_consistency", cv < a["consistency_cv"], cv, threshold, detail)


def is_generic(text: str) -> bool:
    """Emoji or punctuation only, or at most three words that are all generic praise."""
    if not _LETTERS.search(text):
        return True
    found = [w for w in re.findall(r"[\w']+", fold(text)) if _LETTERS.search(w)]
    return len(found) <= 3 and all(w in _GENERIC for w in found)


def _normalised(text: str) -> str:
    return " ".join(fold(text).split())


def comment_signals(
    comments: Sequence[Comment], published: dict[int, dt.datetime], a: dict
) -> list[Signal]:
    ids = ("generic_comments", "repeated_comments", "comment_bursts", "commenter_overlap")
    thresholds = (
        words("share_of_comments", share=a["generic_share"]),
        words("share_of_comments", share=a["repeated_share"]),
        words("burst_threshold", share=a["burst_share"], seconds=a["burst_seconds"]),
        words("overlap_threshold", jaccard=a["overlap_jaccard"]),
    )
    if len(comments) < a["min_comments"]:
        why = words("few_comments", n=len(comments)) if comments else words("no_comments")
        return [_not_computed(*args, why) for args in zip(ids, thresholds, strict=True)]
    n = len(comments)
    generic = sum(is_generic(c.text) for c in comments) / n
    posts_of_text: dict[str, set[int]] = defaultdict(set)
    for c in comments:
        if _LETTERS.search(c.text):
            posts_of_text[_normalised(c.text)].add(c.post_id)
    repeated = sum(1 for c in comments if len(posts_of_text.get(_normalised(c.text), ())) > 1) / n
    timed = [
        (c.commented_at - published[c.post_id]).total_seconds()
        for c in comments
        if c.commented_at and c.post_id in published
    ]
    signals = [
        Signal(
            ids[0],
            generic > a["generic_share"],
            generic,
            thresholds[0],
            words("generic_share", share=generic, n=n),
        ),
        Signal(
            ids[1],
            repeated > a["repeated_share"],
            repeated,
            thresholds[1],
            words("repeated_share", share=repeated, n=n),
        ),
    ]
    if timed:
        burst = sum(0 <= s <= a["burst_seconds"] for s in timed) / len(timed)
        signals.append(
            Signal(
                ids[2],
                burst > a["burst_share"],
                burst,
                thresholds[2],
                words("burst_share", share=burst, n=len(timed), seconds=a["burst_seconds"]),
            )
        )
    else:
        signals.append(_not_computed(ids[2], thresholds[2], words("no_comment_time")))
    signals.append(_overlap(comments, ids[3], thresholds[3], a))
    return signals


def _overlap(comments, id_, threshold, a) -> Signal:
    """Mean Jaccard similarity of the commenter sets of every pair of posts; the comments of
    authors present under at least half the posts estimate the pod's share of engagement."""
    authors: dict[int, set[str]] = defaultdict(set)
    for c in comments:
        authors[c.post_id].add(c.author.lower())
    posts = [p for p, found in authors.items() if len(found) >= 3]
    if len(posts) < 3:
        return _not_computed(id_, threshold, words("few_commented", n=len(posts)))
    pairs = list(itertools.combinations(posts, 2))
    jaccard = statistics.mean(
        len(authors[x] & authors[y]) / len(authors[x] | authors[y]) for x, y in pairs
    )
    presence = Counter(author for p in posts for author in authors[p])
    core = {author for author, k in presence.items() if k >= len(posts) / 2}
    core_share = sum(c.author.lower() in core for c in comments) / len(comments)
    fired = jaccard > a["overlap_jaccard"]
    detail = words("overlap", jaccard=jaccard, pairs=len(pairs), core=len(core), share=core_share)
    return Signal(id_, fired, jaccard, threshold, detail, core_share if fired else None)


def sample_signals(
    sample: Sequence[FollowerProfile], a: dict, training: str | None
) -> list[Signal]:
    verdict = judge_sample(sample, training=training)
    share = verdict.fake_share or 0.0
    signals = [
        Signal(
            "fake_followers",
            share > a["fake_share"],
            share,
            words("fake_threshold", share=a["fake_share"]),
            words(
                "fake_share",
                fake=verdict.fake,
                size=verdict.size,
                share=share,
                method=verdict.method,
            ),
            share,
        )
    ]
    threshold = words("benford_threshold", mad=a["benford_mad"])
    check = benford([p.followers for p in sample])
    if check is None or check.size < a["benford_min_sample"]:
        size = check.size if check else 0
        signals.append(_not_computed("benford", threshold, words("few_sampled", n=size)))
    else:
        detail = words("benford_deviation", n=check.size, mad=check.mad, lead=check.observed[0])
        signals.append(
            Signal("benford", check.mad > a["benford_mad"], check.mad, threshold, detail)
        )
    return signals
