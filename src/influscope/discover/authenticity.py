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
    id: str
    label: str
    fired: bool | None  # None: not enough data to compute it
    value: float | None
    threshold: str
    detail: str
    inauthentic_share: float | None = None  # the share this signal estimates, when it fires


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


def _not_computed(id_: str, label: str, threshold: str, why: str) -> Signal:
    return Signal(id_, label, None, None, threshold, why)


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
    label, threshold = "Follower-growth spike", f"robust z > {a['spike_z']:g}"
    if len(history) - 1 < a["spike_min_deltas"]:
        return _not_computed(
            "follower_spike", label, threshold, f"{len(history)} follower counts: too few"
        )
    per_day, spans = [], []
    for (t0, f0), (t1, f1) in itertools.pairwise(history):
        days = max((t1 - t0).total_seconds() / 86400, 1 / 24)
        per_day.append((f1 - f0) / days)
        spans.append((t0, t1, days, f1 - f0))
    z = robust_z(per_day)
    if z is None:
        return Signal("follower_spike", label, False, 0.0, threshold, "perfectly even growth")
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
    detail = (
        f"largest gain {gain:+,} followers to {at:%Y-%m-%d} (z = {z[top]:.1f}, typical "
        f"{median:+,.0f}/day)"
    )
    if len(high) > len(spikes):
        detail += f"; {len(high) - len(spikes)} high gain(s) explained by posts"
    if spikes:
        detail += (
            f"; {len(spikes)} unexplained spike(s), {excess:,.0f} followers above the usual "
            f"pace ({share:.1%} of the audience)"
        )
    return Signal(
        "follower_spike", label, fired, z[top], threshold, detail, share if fired else None
    )


def engagement_band(profile: AccountProfile, a: dict) -> Signal:
    label = "Engagement rate outside its follower band"
    if profile.band is None or profile.engagement_rate is None:
        return _not_computed("engagement_band", label, "band", "no engagement rate or band")
    low, high = profile.band
    floor, ceiling = low * a["band_low_factor"], high * a["band_high_factor"]
    er = profile.engagement_rate
    fired = er < floor or er > ceiling
    where = "below" if er < floor else "above" if er > ceiling else "inside"
    detail = (
        f"{er:.2f}% by {profile.engagement_basis}, {where} the {profile.platform} "
        f"{profile.tier or 'nano'} band {low:g}–{high:g}%"
    )
    return Signal("engagement_band", label, fired, er, f"< {floor:g}% or > {ceiling:g}%", detail)


def like_comment_ratio(profile: AccountProfile, a: dict) -> Signal:
    label, threshold = (
        "Likes per comment",
        f"< {a['like_comment_low']:g} or > {a['like_comment_high']:g}",
    )
    if profile.platform not in LIKE_COMMENT_PLATFORMS:
        return _not_computed(
            "like_comment_ratio", label, threshold, f"not read on {profile.platform}"
        )
    ratios = [
        p.counters["likes"] / p.counters["comments"]
        for p in profile.posts
        if p.counters.get("comments") and "likes" in p.counters
    ]
    if len(ratios) < 3:
        return _not_computed("like_comment_ratio", label, threshold, "fewer than 3 posts")
    ratio = statistics.median(ratios)
    fired = ratio < a["like_comment_low"] or ratio > a["like_comment_high"]
    why = " (comment pods)" if ratio < a["like_comment_low"] else ""
    why = " (bought likes)" if ratio > a["like_comment_high"] else why
    detail = f"median {ratio:.1f} likes per comment over {len(ratios)} posts{why if fired else ''}"
    return Signal("like_comment_ratio", label, fired, ratio, threshold, detail)


def engagement_consistency(profile: AccountProfile, a: dict) -> Signal:
    label, threshold = (
        "Too-even likes across posts",
        f"coefficient of variation < {a['consistency_cv']:g}",
    )
    likes = [p.counters["likes"] for p in profile.posts if "likes" in p.counters]
    if len(likes) < a["consistency_min_posts"] or not statistics.mean(likes):
        return _not_computed(
            "engagement_consistency", label, threshold, f"{len(likes)} posts with likes: too few"
        )
    cv = statistics.pstdev(likes) / statistics.mean(likes)
    detail = f"likes vary by {cv:.0%} of their mean over {len(likes)} posts"
    return Signal("engagement_consistency", label, cv < a["consistency_cv"], cv, threshold, detail)


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
    labels = (
        "Generic or emoji-only comments",
        "Same comment under several posts",
        "Comments within seconds of posting",
        "Same commenters across posts (pods)",
    )
    thresholds = (
        f"> {a['generic_share']:.0%} of comments",
        f"> {a['repeated_share']:.0%} of comments",
        f"> {a['burst_share']:.0%} within {a['burst_seconds']:g} s",
        f"mean Jaccard > {a['overlap_jaccard']:g}",
    )
    if len(comments) < a["min_comments"]:
        why = f"{len(comments)} comments: too few" if comments else "no comments stored"
        return [_not_computed(*args, why) for args in zip(ids, labels, thresholds, strict=True)]
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
            labels[0],
            generic > a["generic_share"],
            generic,
            thresholds[0],
            f"{generic:.0%} of {n} comments are generic or emoji-only",
        ),
        Signal(
            ids[1],
            labels[1],
            repeated > a["repeated_share"],
            repeated,
            thresholds[1],
            f"{repeated:.0%} of {n} comments repeat word for word under other posts",
        ),
    ]
    if timed:
        burst = sum(0 <= s <= a["burst_seconds"] for s in timed) / len(timed)
        signals.append(
            Signal(
                ids[2],
                labels[2],
                burst > a["burst_share"],
                burst,
                thresholds[2],
                f"{burst:.0%} of {len(timed)} dated comments came within "
                f"{a['burst_seconds']:g} s of the post",
            )
        )
    else:
        signals.append(_not_computed(ids[2], labels[2], thresholds[2], "comments have no time"))
    signals.append(_overlap(comments, ids[3], labels[3], thresholds[3], a))
    return signals


def _overlap(comments, id_, label, threshold, a) -> Signal:
    """Mean Jaccard similarity of the commenter sets of every pair of posts; the comments of
    authors present under at least half the posts estimate the pod's share of engagement."""
    authors: dict[int, set[str]] = defaultdict(set)
    for c in comments:
        authors[c.post_id].add(c.author.lower())
    posts = [p for p, found in authors.items() if len(found) >= 3]
    if len(posts) < 3:
        return _not_computed(id_, label, threshold, f"{len(posts)} posts with 3+ commenters")
    pairs = list(itertools.combinations(posts, 2))
    jaccard = statistics.mean(
        len(authors[x] & authors[y]) / len(authors[x] | authors[y]) for x, y in pairs
    )
    presence = Counter(author for p in posts for author in authors[p])
    core = {author for author, k in presence.items() if k >= len(posts) / 2}
    core_share = sum(c.author.lower() in core for c in comments) / len(comments)
    fired = jaccard > a["overlap_jaccard"]
    detail = (
        f"mean Jaccard {jaccard:.2f} over {len(pairs)} pairs of posts; {len(core)} accounts "
        f"comment under half the posts or more and write {core_share:.0%} of the comments"
    )
    return Signal(id_, label, fired, jaccard, threshold, detail, core_share if fired else None)


def sample_signals(
    sample: Sequence[FollowerProfile], a: dict, training: str | None
) -> list[Signal]:
    verdict = judge_sample(sample, training=training)
    share = verdict.fake_share or 0.0
    signals = [
        Signal(
            "fake_followers",
            "Fake accounts in a follower sample",
            share > a["fake_share"],
            share,
            f"> {a['fake_share']:.0%} of the sample",
            f"{verdict.fake} of {verdict.size} sampled followers look fake ({share:.0%}; "
            f"{verdict.method})",
            share,
        )
    ]
    label, threshold = "Benford's law on followers' follower counts", f"MAD > {a['benford_mad']:g}"
    check = benford([p.followers for p in sample])
    if check is None or check.size < a["benford_min_sample"]:
        size = check.size if check else 0
        signals.append(
            _not_computed("benford", label, threshold, f"{size} followers sampled: too few")
        )
    else:
        detail = (
            f"first digits of {check.size} follower counts deviate by MAD {check.mad:.4f} "
            f"('1' leads {check.observed[0]:.0%} of them, Benford expects 30%)"
        )
        signals.append(
            Signal("benford", label, check.mad > a["benford_mad"], check.mad, threshold, detail)
        )
    return signals
