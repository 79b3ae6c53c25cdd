"""Reading a brief written in French or English: markets, platforms, tiers, audience, budget
and the words to avoid. Everything not recognised still counts, as text, for topic fit."""

import re
from dataclasses import dataclass, field

from influscope.discover.settings import TIERS
from influscope.discover.text import detect_language, fold
from influscope.ingest.parse import parse_money

# Country names in English and French (folded), to ISO codes.
COUNTRY_NAMES = {
    "france": "FR", "belgique": "BE", "belgium": "BE", "suisse": "CH", "switzerland": "CH",
    "allemagne": "DE", "germany": "DE", "autriche": "AT", "austria": "AT", "espagne": "ES",
    "spain": "ES", "italie": "IT", "italy": "IT", "portugal": "PT", "royaume-uni": "GB",
    "united kingdom": "GB", "uk": "GB", "etats-unis": "US", "united states": "US", "usa": "US",
    "canada": "CA", "luxembourg": "LU", "pays-bas": "NL", "netherlands": "NL", "dach": "DE,AT,CH",
}  # fmt: skip
_LANGUAGES = {
    "francophone": "fr", "french-speaking": "fr", "en francais": "fr", "in french": "fr",
    "anglophone": "en", "english-speaking": "en", "in english": "en", "en anglais": "en",
    "germanophone": "de", "german-speaking": "de", "en allemand": "de", "in german": "de",
    "hispanophone": "es", "spanish-speaking": "es", "en espagnol": "es", "in spanish": "es",
}  # fmt: skip
_PLATFORMS = {
    "instagram": "instagram", "insta": "instagram", "tiktok": "tiktok", "tik tok": "tiktok",
    "youtube": "youtube", "facebook": "facebook", "twitter": "x",
}  # fmt: skip
_GENDERS = {
    "femmes": "female", "women": "female", "female": "female", "feminine": "female",
    "hommes": "male", "men": "male", "male": "male", "masculine": "male",
}  # fmt: skip
_AVOID = re.compile(
    r"(?:^|\n|[.;]\s*)\s*(?:avoid|a eviter|eviter|exclude|exclure|brand safety|pas de|no|sans)"
    r"\s*:\s*(?P<words>[^\n.]+)",
    re.I,
)
_AGES = re.compile(r"(?P<low>\d{2})\s*(?:-|–|a|to|à)\s*(?P<high>\d{2})\s*(?:ans|years|yo|y/o)?")
_BUDGET = re.compile(
    r"budget\D{0,20}?(?P<amount>(?:€|\$|£|eur\b|usd\b|gbp\b)?\s*\d[\d\s.,]*\s*(?:k|m)?\s*(?:€|eur|euros?|usd|\$|£|gbp)?)",
    re.I,
)


@dataclass(frozen=True)
class Brief:
    text: str
    language: str | None
    markets: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()
    tiers: tuple[str, ...] = ()
    ages: tuple[int, int] | None = None
    gender: str | None = None
    budget: float | None = None
    currency: str | None = None
    avoid: tuple[str, ...] = field(default=())


def _found(table: dict[str, str], folded: str) -> tuple[str, ...]:
    hits = []
    for name, value in table.items():
        if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", folded):
            hits += value.split(",")
    return tuple(dict.fromkeys(hits))


def parse_brief(text: str, *, avoid: tuple[str, ...] = ()) -> Brief:
    folded = fold(text)
    words_to_avoid = list(avoid)
    for found in _AVOID.finditer(folded):
        words_to_avoid += [
            w.strip() for w in re.split(r",|;|/|\bet\b|\band\b|\bou\b|\bor\b", found["words"])
        ]
    body = _AVOID.sub("\n", folded)  # avoided words are not topics
    ages = None
    if (found := _AGES.search(body)) and 10 <= int(found["low"]) < int(found["high"]) <= 99:
        ages = (int(found["low"]), int(found["high"]))
    budget = currency = None
    if found := _BUDGET.search(text):
        try:
            amount, currency = parse_money(found["amount"].strip().rstrip(" .,"))
            budget = float(amount)
        except ValueError:
            budget = currency = None
    genders = _found(_GENDERS, body)
    tiers = tuple(t for t in TIERS if re.search(rf"\b{t}[- ]?(?:influen|createur|creator)", body))
    return Brief(
        text=text,
        language=detect_language(text),
        markets=_found(COUNTRY_NAMES, body),
        languages=_found(_LANGUAGES, body),
        platforms=_found(_PLATFORMS, body),
        tiers=tiers,
        ages=ages,
        gender=genders[0] if len(genders) == 1 else None,
        budget=budget,
        currency=currency,
        avoid=tuple(dict.fromkeys(w for w in (fold(w) for w in words_to_avoid) if w)),
    )
