"""The words of the authenticity audit in English and French: signal names, thresholds and
details, so that a French audit report says them in French (the report's own words are in
`influscope.report.labels`)."""

from collections.abc import Iterable

# A narrow no-break space groups thousands in French, as in the reports.
_THIN = "\u202f"

_NAMES: dict[str, tuple[str, str]] = {
    "follower_spike": ("Follower-growth spike", "Pic de croissance des abonnés"),
    "engagement_band": (
        "Engagement rate outside its follower band",
        "Taux d'engagement hors de sa tranche d'abonnés",
    ),
    "like_comment_ratio": ("Likes per comment", "J'aime par commentaire"),
    "engagement_consistency": (
        "Too-even likes across posts",
        "J'aime trop réguliers d'une publication à l'autre",
    ),
    "generic_comments": (
        "Generic or emoji-only comments",
        "Commentaires génériques ou seulement des emoji",
    ),
    "repeated_comments": (
        "Same comment under several posts",
        "Même commentaire sous plusieurs publications",
    ),
    "comment_bursts": (
        "Comments within seconds of posting",
        "Commentaires dans les secondes qui suivent la publication",
    ),
    "commenter_overlap": (
        "Same commenters across posts (pods)",
        "Mêmes commentateurs d'une publication à l'autre (pods)",
    ),
    "fake_followers": (
        "Fake accounts in a follower sample",
        "Faux comptes dans un échantillon d'abonnés",
    ),
    "benford": (
        "Benford's law on followers' follower counts",
        "Loi de Benford sur les nombres d'abonnés des abonnés",
    ),
}

_WORDS: dict[str, tuple[str, str]] = {
    # Thresholds
    "spike_threshold": ("robust z > {z:g}", "z robuste > {z:g}"),
    "band": ("band", "tranche"),
    "band_threshold": ("< {floor:g}% or > {ceiling:g}%", "< {floor:g} % ou > {ceiling:g} %"),
    "ratio_threshold": ("< {low:g} or > {high:g}", "< {low:g} ou > {high:g}"),
    "consistency_threshold": (
        "coefficient of variation < {cv:g}",
        "coefficient de variation < {cv:g}",
    ),
    "share_of_comments": ("> {share:.0%} of comments", "> {share:.0%} des commentaires"),
    "burst_threshold": ("> {share:.0%} within {seconds:g} s", "> {share:.0%} en {seconds:g} s"),
    "overlap_threshold": ("mean Jaccard > {jaccard:g}", "Jaccard moyen > {jaccard:g}"),
    "fake_threshold": ("> {share:.0%} of the sample", "> {share:.0%} de l'échantillon"),
    "benford_threshold": ("MAD > {mad:g}", "MAD > {mad:g}"),
    # Why a signal was not computed
    "few_counts": ("{n} follower counts: too few", "{n} relevés d'abonnés : trop peu"),
    "no_band": ("no engagement rate or band", "ni taux d'engagement ni tranche"),
    "not_read": ("not read on {platform}", "non relevé sur {platform}"),
    "few_posts": ("fewer than 3 posts", "moins de 3 publications"),
    "few_liked": (
        "{n} posts with likes: too few",
        "{n} publications avec des j'aime : trop peu",
    ),
    "few_comments": ("{n} comments: too few", "{n} commentaires : trop peu"),
    "no_comments": ("no comments stored", "aucun commentaire enregistré"),
    "no_comment_time": ("comments have no time", "les commentaires ne sont pas horodatés"),
    "few_commented": (
        "{n} posts with 3+ commenters",
        "{n} publications avec 3 commentateurs ou plus",
    ),
    "few_sampled": ("{n} followers sampled: too few", "{n} abonnés échantillonnés : trop peu"),
    # Details
    "even_growth": ("perfectly even growth", "croissance parfaitement régulière"),
    "largest_gain": (
        "largest gain {gain:+,} followers to {at:%Y-%m-%d} (z = {z:.1f}, typical "
        "{median:+,.0f}/day)",
        "plus forte hausse {gain:+,} abonnés au {at:%Y-%m-%d} (z = {z:.1f}, habituellement "
        "{median:+,.0f}/jour)",
    ),
    "explained_gains": (
        "{n} high gain(s) explained by posts",
        "{n} forte(s) hausse(s) expliquée(s) par des publications",
    ),
    "unexplained_spikes": (
        "{n} unexplained spike(s), {excess:,.0f} followers above the usual pace ({share:.1%} "
        "of the audience)",
        "{n} pic(s) inexpliqué(s), {excess:,.0f} abonnés au-delà du rythme habituel "
        "({share:.1%} de l'audience)",
    ),
    "basis_followers": ("followers", "abonnés"),
    "basis_views": ("views", "vues"),
    "band_below": (
        "{er:.2f}% by {basis}, below the {platform} {tier} band {low:g}–{high:g}%",
        "{er:.2f} % rapporté aux {basis}, sous la tranche {platform} {tier} ({low:g}–{high:g} %)",
    ),
    "band_above": (
        "{er:.2f}% by {basis}, above the {platform} {tier} band {low:g}–{high:g}%",
        "{er:.2f} % rapporté aux {basis}, au-dessus de la tranche {platform} {tier} "
        "({low:g}–{high:g} %)",
    ),
    "band_inside": (
        "{er:.2f}% by {basis}, inside the {platform} {tier} band {low:g}–{high:g}%",
        "{er:.2f} % rapporté aux {basis}, dans la tranche {platform} {tier} ({low:g}–{high:g} %)",
    ),
    "likes_per_comment": (
        "median {ratio:.1f} likes per comment over {n} posts{why}",
        "{ratio:.1f} j'aime par commentaire en médiane sur {n} publications{why}",
    ),
    "comment_pods": (" (comment pods)", " (pods de commentaires)"),
    "bought_likes": (" (bought likes)", " (j'aime achetés)"),
    "nothing": ("", ""),
    "likes_vary": (
        "likes vary by {cv:.0%} of their mean over {n} posts",
        "les j'aime varient de {cv:.0%} de leur moyenne sur {n} publications",
    ),
    "generic_share": (
        "{share:.0%} of {n} comments are generic or emoji-only",
        "{share:.0%} des {n} commentaires sont génériques ou seulement des emoji",
    ),
    "repeated_share": (
        "{share:.0%} of {n} comments repeat word for word under other posts",
        "{share:.0%} des {n} commentaires se répètent mot pour mot sous d'autres publications",
    ),
    "burst_share": (
        "{share:.0%} of {n} dated comments came within {seconds:g} s of the post",
        "{share:.0%} des {n} commentaires datés sont arrivés moins de {seconds:g} s après la "
        "publication",
    ),
    "overlap": (
        "mean Jaccard {jaccard:.2f} over {pairs} pairs of posts; {core} accounts comment under "
        "half the posts or more and write {share:.0%} of the comments",
        "Jaccard moyen {jaccard:.2f} sur {pairs} paires de publications ; {core} comptes "
        "commentent la moitié des publications ou plus et écrivent {share:.0%} des commentaires",
    ),
    "fake_share": (
        "{fake} of {size} sampled followers look fake ({share:.0%}; {method})",
        "{fake} des {size} abonnés échantillonnés semblent faux ({share:.0%} ; {method})",
    ),
    "classifier": ("classifier trained on {name}", "classifieur entraîné sur {name}"),
    "rule": (
        "rule (no labelled training set configured)",
        "règle (aucun jeu d'entraînement étiqueté configuré)",
    ),
    "benford_deviation": (
        "first digits of {n} follower counts deviate by MAD {mad:.4f} ('1' leads "
        "{lead:.0%} of them, Benford expects 30%)",
        "les premiers chiffres de {n} nombres d'abonnés s'écartent de MAD {mad:.4f} "
        "(« 1 » en tête de {lead:.0%} d'entre eux, Benford en attend 30 %)",
    ),
}


class Words(str):
    """Text in English, as the CLI and JSON show it, that also knows its French: a report
    asks `get(lang)`, as it does of a KPI's label."""

    fr: str

    def __new__(cls, en: str, fr: str) -> "Words":
        words = super().__new__(cls, en)
        words.fr = fr
        return words

    def __getnewargs__(self) -> tuple[str, str]:  # type: ignore[override]
        return str(self), self.fr

    def get(self, lang: str) -> str:
        return self.fr if lang == "fr" else str(self)


class _French:
    """A value formatted the French way: a comma for the decimal point, narrow spaces
    between thousands, a space before %."""

    def __init__(self, value: object):
        self.value = value

    def __format__(self, spec: str) -> str:
        if isinstance(self.value, Words):
            return format(self.value.fr, spec)
        text = format(self.value, spec)
        if isinstance(self.value, int | float):
            text = text.replace(",", _THIN).replace(".", ",").replace("%", "\u00a0%")
        return text


def signal_name(signal_id: str) -> Words:
    return Words(*_NAMES[signal_id])


def words(key: str, **values: object) -> Words:
    english, french = _WORDS[key]
    return Words(
        english.format(**values), french.format(**{k: _French(v) for k, v in values.items()})
    )


def joined(parts: Iterable[Words]) -> Words:
    """`parts` one after the other, in each language (a French semicolon takes a space)."""
    parts = list(parts)
    return Words("; ".join(parts), " ; ".join(p.fr for p in parts))
