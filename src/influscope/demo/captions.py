"""Captions as creators write them: a hook, a few lines, hashtags, the brand tag and the legal
mention of a commercial partnership (France: "Collaboration commerciale" or "#publicité" since
the 2023 law on influencers; Germany "Anzeige"/"#werbung"; Spain "Publicidad"/"#publi")."""

import random
import re

from influscope.demo.plans import BRAND_HANDLE, Plan
from influscope.vocabulary import Format, Platform

# (at the start of the caption, at the end among the hashtags), by language.
_DISCLOSURES = {
    "fr": (f"Collaboration commerciale avec @{BRAND_HANDLE}\n", "#publicité"),
    "de": ("Anzeige | ", "#werbung"),
    "es": ("Publicidad | ", "#publi"),
    "en": (f"Paid partnership with @{BRAND_HANDLE}\n", "#ad"),
}
_TOPIC_TAGS = {
    "fr": ("skincare", "routinebeauté", "peausensible", "beauté", "glowup"),
    "de": ("hautpflege", "skincare", "beauty", "morgenroutine"),
    "es": ("cuidadofacial", "skincare", "belleza", "rutina"),
    "en": ("skincare", "glowup", "morningroutine"),
}
_EVERYDAY = {
    "fr": (
        "Routine du soir 🌙",
        "Mes favoris du mois",
        "Petit moment pour moi ☕",
        "Dimanche détente 🛁",
        "Ce que je pense des tendances du moment",
        "On parle peau sensible ?",
    ),
    "de": ("Abendroutine 🌙", "Meine Favoriten des Monats", "Sonntag zum Entspannen 🛁"),
    "es": ("Rutina de noche 🌙", "Mis favoritos del mes", "Domingo de relax 🛁"),
    "en": ("Evening routine 🌙", "Monthly favourites", "Sunday reset 🛁"),
}
_EVERYDAY_CALLS = {
    "fr": ("Et vous, c'est quoi votre rituel ?", "Dites-moi tout en commentaire 👇", ""),
    "de": ("Und was ist euer Ritual?", ""),
    "es": ("¿Y vosotras, cuál es vuestro ritual?", ""),
    "en": ("What's yours?", ""),
}
_STILL_A_FAN = {
    "fr": f"Toujours fan de mon sérum @{BRAND_HANDLE} 💛",
    "de": f"Immer noch verliebt in mein Serum von @{BRAND_HANDLE} 💛",
    "es": f"Sigo enamorada de mi sérum de @{BRAND_HANDLE} 💛",
    "en": f"Still obsessed with my @{BRAND_HANDLE} serum 💛",
}
_X_LIMIT = 280


def tags_in(caption: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Hashtags (without '#') and mentions (without '@', lower case) in order of appearance."""
    hashtags = dict.fromkeys(re.findall(r"#(\w+)", caption))
    mentions = dict.fromkeys(m.rstrip(".").lower() for m in re.findall(r"@([\w.]+)", caption))
    return tuple(hashtags), tuple(mentions)


def sponsored_caption(
    plan: Plan,
    language: str,
    platform: Platform,
    format: Format,
    rng: random.Random,
    *,
    disclosed: bool,
    code: str,
    contest: bool = False,
) -> str:
    """A caption for a contracted post; `disclosed` is False for the few that forget the law.

    A `contest` post opens with the plan's first hook and body, which announce the giveaway.
    """
    phrases = plan.phrases.get(language) or next(iter(plan.phrases.values()))
    head, tail = _DISCLOSURES[language] if disclosed else ("", "")
    head, tail = (head, "") if rng.random() < 0.5 else ("", tail)
    hook, body, call, story = (
        rng.choice(lines).replace("{code}", code)
        for lines in (phrases.hooks, phrases.bodies, phrases.calls, phrases.stories)
    )
    if contest:
        hook, body = phrases.hooks[0], phrases.bodies[0]
    message = f"✨ {rng.choice(plan.record.key_messages)}" if rng.random() < 0.55 else ""
    tag = f"#{plan.record.hashtags[1]}"
    hashtags = " ".join(f"#{t}" for t in plan.record.hashtags)
    topic = " ".join(f"#{t}" for t in rng.sample(_TOPIC_TAGS[language], 2))
    match platform:
        case _ if format is Format.STORY:
            text = _join(story, tag, tail, sep=" ")
        case Platform.X:
            text = _join(hook, body, tag, tail, sep=" ")
            if len(head + text) > _X_LIMIT:
                text = _join(hook, tag, tail, sep=" ")
        case Platform.TIKTOK:
            text = _join(hook, body, hashtags, topic, "#fyp", tail, sep=" ")
        case Platform.YOUTUBE:
            title = f"{hook} | {plan.product}" if format is Format.VIDEO else hook
            text = _join(title, "", body, message, call, "", f"{hashtags} {tail}")
        case Platform.FACEBOOK:
            text = _join(hook, body, message, call, f"{tag} {tail}")
        case Platform.INSTAGRAM:
            text = _join(hook, "", body, message, call, "", f"{hashtags} {topic} {tail}")
    if f"@{BRAND_HANDLE}" not in head + text:
        text += f" @{BRAND_HANDLE}"
    return head + text


def everyday_caption(language: str, platform: Platform, rng: random.Random, *, fan: bool) -> str:
    """An organic post; a creator who liked the product sometimes tags the brand unpaid."""
    text = rng.choice(_EVERYDAY[language])
    call = rng.choice(_EVERYDAY_CALLS[language])
    tags = "" if platform is Platform.FACEBOOK else f"#{rng.choice(_TOPIC_TAGS[language])}"
    return _join(text, _STILL_A_FAN[language] if fan else "", f"{call} {tags}")


def _join(*parts: str, sep: str = "\n") -> str:
    """Join the parts, dropping empty ones except single blank lines between paragraphs."""
    text = sep.join(p.strip() for p in parts if p.strip() or sep == "\n")
    return re.sub(r"\n{3,}", "\n\n", text).strip()
