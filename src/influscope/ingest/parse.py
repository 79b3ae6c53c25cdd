"""Pure parsers for what people type into spreadsheets: counts, money, dates, lists, labels.

Every parser takes either the text of a cell or the value a spreadsheet library already typed
(int, float, Decimal, date, datetime, bool) and returns a value, or raises ValueError whose
message is a short reason that reads after the quoted value: `"12,5kk" is not a number`.

Numbers follow the habits of both English and French speakers: `1,234.56`, `1 234,56` and
`1.234,56` are all 1234.56; `12,5 k` is 12500. Dates are ISO (`2026-03-05`) or day first
(`05/03/2026`), the European convention; month-first US dates are not accepted, since
`05/03/2026` cannot be both.
"""

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar
from urllib.parse import urlsplit, urlunsplit

from influscope.store.records import LARGEST_COUNT, normalise_handle
from influscope.vocabulary import CostKind, Format, Objective, Platform, Provenance, RosterStatus

# Characters people and spreadsheets put between groups of thousands, besides ',' and '.':
# space, no-break space (U+00A0, French Excel), narrow no-break space (U+202F, French
# typography and recent Excel), thin space (U+2009), and the Swiss apostrophe.
_GROUP_SPACES = " \u00a0\u202f\u2009'\u2019"
_SCALES = {"k": 3, "m": 6, "b": 9}
_MINUS = "-\u2212"
_SCIENTIFIC = re.compile(r"[0-9]+(?:[.,][0-9]+)?\s*[eE][+-]?[0-9]+")
_SUFFIX = re.compile(r"(?P<body>.*?)\s*(?P<suffix>[kmb])", re.IGNORECASE)
_PLAIN = re.compile(f"[0-9.,{_GROUP_SPACES}]+")


def normalise_label(text: str) -> str:
    """A label reduced to what people mean: no accents, no case, words joined by one space.

    `Date de début`, `date_de_debut` and `DATE DE DEBUT` all become `date de debut`.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.split(r"[^0-9a-z]+", bare.casefold())).strip()


def is_blank(value: object) -> bool:
    """An empty cell: None or only whitespace. Zero is a value, never blank."""
    return value is None or (isinstance(value, str) and not value.strip())


def parse_text(value: object) -> str:
    """Free text or an identifier; a number a spreadsheet typed (a post id) becomes its digits."""
    if isinstance(value, bool):
        raise ValueError("is not text")
    if isinstance(value, float):
        # Excel keeps 15 significant digits: a 19-digit TikTok id typed as a number is lost.
        if not value.is_integer() or abs(value) >= 1e15:
            raise ValueError("lost digits as a number; format the cells as text")
        return str(int(value))
    text = str(value).strip()
    if _SCIENTIFIC.fullmatch(text):
        raise ValueError("is in scientific notation, which hides digits; format the cells as text")
    return text


def parse_number(value: object) -> Decimal:
    """A number as people write it, with thousands separators, a k/M/B scale or a '%' sign.

    With a single ',' or '.', it separates thousands when exactly three digits follow it and
    one to three non-zero-led digits precede it (`1,234`, `12.500`); otherwise it is the
    decimal mark (`12,5`, `0,125`), and always so before a scale (`1,234k` is 1234). When both
    appear, the last one is the decimal mark.
    A '%' is dropped: percentages are stored in percent (`12 %` is 12).
    """
    if isinstance(value, bool):
        raise ValueError("is not a number")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("is not a number")
        return _tidy(Decimal(repr(value)))
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError("is not a number")
        return value
    text = str(value).strip()
    if _SCIENTIFIC.fullmatch(text):
        raise ValueError("is in scientific notation, which hides digits; format cells as numbers")
    if text.endswith("%"):
        text = text[:-1].rstrip()
    negative = text.startswith(tuple(_MINUS))
    if negative or text.startswith("+"):
        text = text[1:].lstrip()
    exponent = 0
    scaled = _SUFFIX.fullmatch(text)
    if scaled and scaled["body"]:
        text, exponent = scaled["body"], _SCALES[scaled["suffix"].lower()]
    number = _parse_digits(text, scaled=exponent > 0)
    if exponent:
        number = Decimal(f"{number}E{exponent}")  # exact, unlike arithmetic in a context
    return _tidy(-number if negative else number)


def _parse_digits(text: str, *, scaled: bool) -> Decimal:
    if not text or not _PLAIN.fullmatch(text):
        raise ValueError("is not a number")
    spaces = {c for c in text if c in _GROUP_SPACES}
    commas, dots = text.count(","), text.count(".")
    mark: str | None = None
    groups: set[str] = set()
    if commas and dots:
        mark = "," if text.rfind(",") > text.rfind(".") else "."
        groups = {"." if mark == "," else ","}
    elif commas or dots:
        sep = "," if commas else "."
        before, _, after = text.partition(sep)
        looks_grouped = (
            not spaces
            and not scaled
            and len(after) == 3
            and after.isdigit()
            and 1 <= len(before) <= 3
            and before.isdigit()
            and before[0] != "0"
        )
        if text.count(sep) > 1 or looks_grouped:
            groups = {sep}
        else:
            mark = sep
    if spaces:
        if groups:
            raise ValueError("is not a number (mixed thousands separators)")
        groups = spaces
    whole, _, fraction = text.partition(mark) if mark else (text, "", "")
    if mark and (text.count(mark) > 1 or not fraction.isdigit()):
        raise ValueError("is not a number")
    if groups:
        parts = re.split("[" + re.escape("".join(groups)) + "]", whole)
        if not (1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])):
            raise ValueError("is not a number (misplaced thousands separator)")
        whole = "".join(parts)
    if not whole.isdigit() and not (whole == "" and fraction):
        raise ValueError("is not a number")
    return Decimal(f"{whole or '0'}.{fraction or '0'}")


def _tidy(number: Decimal) -> Decimal:
    """Plain notation and no '.0' on whole numbers, so values compare and print cleanly."""
    if number == number.to_integral_value():
        return Decimal(int(number))
    return Decimal(format(number, "f").rstrip("0"))


# A lone ',' or '.' before exactly three digits: a thousands separator in `parse_number`.
_THOUSANDS_OR_DECIMALS = re.compile(r"(?P<whole>[1-9][0-9]{0,2})[.,](?P<fraction>[0-9]{3})")


def parse_rate(value: object) -> Decimal:
    """An exchange rate: a number above zero (`1,0842`, `0.9223`, `157.35`).

    `1,085` separates thousands in a count, but in a rate it is as likely the decimal mark (a
    French `1,085` dollar per euro). The two readings differ a thousandfold, so a rate written
    that way is refused with both readings rather than guessed. A number cell is never ambiguous.
    """
    if isinstance(value, str):
        found = _THOUSANDS_OR_DECIMALS.fullmatch(value.strip())
        if found:
            whole, fraction = found["whole"], found["fraction"]
            raise ValueError(
                f"is ambiguous ({whole}.{fraction} or {whole}{fraction}?): "
                f"write {whole}.{fraction}0 or {whole}{fraction}"
            )
    rate = parse_number(value)
    if rate <= 0:
        raise ValueError("is not above zero")
    return rate


def parse_count(value: object) -> int:
    """A whole, non-negative number: followers, likes, views (`12,5 k` is 12500)."""
    number = parse_number(value)
    if number < 0:
        raise ValueError("is negative")
    if number != number.to_integral_value():
        raise ValueError("is not a whole number")
    if number > LARGEST_COUNT:
        raise ValueError("is too large to be a count")
    return int(number)


# Symbols and words people write next to amounts; a bare '$' is read as US dollars.
_CURRENCY_SIGNS = {
    "€": "EUR",
    "$": "USD",
    "us$": "USD",
    "£": "GBP",
    "¥": "JPY",
    "euro": "EUR",
    "euros": "EUR",
}
_CURRENCY_TOKEN = r"us\$|[€$£¥]|euros?|[a-z]{3}"
_LEADING_CURRENCY = re.compile(rf"(?P<code>{_CURRENCY_TOKEN})\s*(?P<amount>[^a-z].*)", re.I)
_TRAILING_CURRENCY = re.compile(rf"(?P<amount>.*?[0-9kmb])\s*(?P<code>{_CURRENCY_TOKEN})", re.I)


def parse_currency(value: object) -> str:
    """An ISO 4217 code (`EUR`), or a symbol or word that stands for one (`€`, `euros`)."""
    text = str(value).strip()
    code = _CURRENCY_SIGNS.get(text.casefold())
    if code:
        return code
    if re.fullmatch("[A-Za-z]{3}", text):
        return text.upper()
    raise ValueError("is not a currency (an ISO code such as EUR, USD, GBP)")


def parse_money(value: object) -> tuple[Decimal, str | None]:
    """An amount with its currency when one is written: `1 234,56 €` is (1234.56, 'EUR')."""
    if not isinstance(value, str):
        return parse_number(value), None
    text = value.strip()
    if "%" in text:
        raise ValueError("is not an amount of money")
    found = _LEADING_CURRENCY.fullmatch(text) or _TRAILING_CURRENCY.fullmatch(text)
    try:
        if found is None:
            return parse_number(text), None
        return parse_number(found["amount"]), parse_currency(found["code"])
    except ValueError:
        raise ValueError("is not an amount of money") from None


_DATE_ISO = r"(?P<year>[0-9]{4})-(?P<month>[0-9]{1,2})-(?P<day>[0-9]{1,2})"
_DATE_DAY_FIRST = r"(?P<d>[0-9]{1,2})(?P<sep>[/.-])(?P<m>[0-9]{1,2})(?P=sep)(?P<y>[0-9]{4})"
_TIME = (
    r"(?:[T ]\s*(?P<hour>[0-9]{1,2})[:hH](?P<minute>[0-9]{2})"
    r"(?::(?P<second>[0-9]{2})(?:[.,](?P<fraction>[0-9]{1,6}))?)?)?"
)
_DATETIME = re.compile(f"(?:{_DATE_ISO}|{_DATE_DAY_FIRST}){_TIME}")


def parse_datetime(value: object) -> dt.datetime:
    """A local date and time without zone (`2026-03-05 18:30`, `05/03/2026 18h30`).

    Day-first dates follow the European convention: `05/03/2026` is 5 March. A date alone
    means midnight.
    """
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            raise ValueError("has a time zone; give the local time instead")
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    found = _DATETIME.fullmatch(str(value).strip())
    if found is None:
        raise ValueError("is not a date (YYYY-MM-DD or DD/MM/YYYY, then optionally HH:MM)")
    parts = found.groupdict()
    try:
        return dt.datetime(
            int(parts["year"] or parts["y"]),
            int(parts["month"] or parts["m"]),
            int(parts["day"] or parts["d"]),
            int(parts["hour"] or 0),
            int(parts["minute"] or 0),
            int(parts["second"] or 0),
            int((parts["fraction"] or "0").ljust(6, "0")),
        )
    except ValueError:
        raise ValueError("is not a real date or time") from None


def parse_date(value: object) -> dt.date:
    """A calendar day (`2026-03-05`, `05/03/2026`); a spreadsheet date at midnight is accepted."""
    moment = parse_datetime(value)
    if moment.time() != dt.time():
        raise ValueError("has a time of day; a date alone is expected")
    return moment.date()


def parse_day(value: object) -> dt.date:
    """The day of a date or of a moment: listening tools export mentions with their time."""
    return parse_datetime(value).date()


_TRUE = {"yes", "y", "true", "oui", "o", "vrai", "1", "x"}
_FALSE = {"no", "n", "false", "non", "faux", "0"}


def parse_bool(value: object) -> bool:
    """yes/no, true/false, oui/non, 1/0, or an 'x' ticking a box."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    label = normalise_label(str(value))
    if label in _TRUE:
        return True
    if label in _FALSE:
        return False
    raise ValueError("is not yes or no")


def parse_list(value: object) -> tuple[str, ...]:
    """Items separated by commas, semicolons or line breaks, blanks dropped, order kept."""
    items = (item.strip() for item in re.split(r"[,;\n\r]+", str(value)))
    return tuple(dict.fromkeys(item for item in items if item))


def _split_words(value: object, marker: str) -> list[str]:
    tokens = re.split(r"[\s,;]+", str(value))
    return [part for token in tokens for part in token.split(marker) if part]


def parse_hashtags(value: object) -> tuple[str, ...]:
    """Hashtags in any separation (`#Glow #ad`, `glow, ad`), as lowercase `#glow`, `#ad`."""
    tags = []
    for word in _split_words(value, "#"):
        if not re.fullmatch(r"\w+", word):
            raise ValueError(f"has '{word}', which is not a hashtag (letters, digits and _ only)")
        tags.append("#" + word.lower())
    return tuple(dict.fromkeys(tags))


def parse_mentions(value: object) -> tuple[str, ...]:
    """Mentioned accounts (`@MaisonClara, @lea.voyage`), as lowercase `@maisonclara`."""
    names = []
    for word in _split_words(value, "@"):
        if not re.fullmatch(r"[\w.]+", word):
            raise ValueError(f"has '{word}', which is not an account name")
        names.append("@" + normalise_handle(word))
    return tuple(dict.fromkeys(names))


def parse_handle(value: object) -> str:
    """An account name, with or without '@', or the profile URL people copy from the browser."""
    text = parse_text(value)
    if "/" in text:
        path = urlsplit(text if "://" in text else "//" + text).path
        segments = [s for s in path.split("/") if s]
        text = segments[-1] if segments else ""
    handle = normalise_handle(text)
    if not re.fullmatch(r"[\w.\-]+", handle):
        raise ValueError("is not an account name")
    return handle


def parse_url(value: object) -> str:
    """A web address, tidied so the same post copied twice is the same text.

    Share links carry tracking parameters (`?igsh=...`, `?utm_source=...`) that differ per copy;
    they are dropped, except the `v` that names a YouTube video in `watch?v=...`.
    """
    text = str(value).strip()
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or "." not in parts.netloc:
        raise ValueError("is not a web address (https://...)")
    host = parts.netloc.lower()
    path = parts.path.rstrip("/") or "/"
    query = ""
    if path == "/watch":
        video = re.search(r"(?:^|&)v=([^&]+)", parts.query)
        query = f"v={video[1]}" if video else ""
    return urlunsplit(("https", host, path, query, ""))


def parse_id_or_url(value: object) -> str:
    """An identifier, or a web address tidied as `parse_url` does, so copies of a link match."""
    text = parse_text(value)
    if re.match(r"https?://", text, re.IGNORECASE):
        return parse_url(text)
    return text


# Hosts each platform's posts live on (and the short-link hosts their share buttons produce).
PLATFORM_HOSTS = {
    Platform.INSTAGRAM: ("instagram.com", "instagr.am"),
    Platform.TIKTOK: ("tiktok.com",),
    Platform.YOUTUBE: ("youtube.com", "youtu.be"),
    Platform.FACEBOOK: ("facebook.com", "fb.com", "fb.watch"),
    Platform.X: ("x.com", "twitter.com"),
}


def url_is_on(url: str, platform: Platform) -> bool:
    host = urlsplit(url).netloc.lower().split(":")[0]
    return any(host == h or host.endswith("." + h) for h in PLATFORM_HOSTS[platform])


E = TypeVar("E", bound=StrEnum)


def _enum_parser(
    enum: type[E], noun: str, aliases: dict[str, Iterable[str]]
) -> Callable[[object], E]:
    labels: dict[str, E] = {normalise_label(member.value): member for member in enum}
    for value, spellings in aliases.items():
        for spelling in spellings:
            labels[normalise_label(spelling)] = enum(value)
    choices = ", ".join(member.value for member in enum)

    def parse(value: object) -> E:
        if isinstance(value, enum):
            return value
        found = labels.get(normalise_label(str(value)))
        if found is None:
            raise ValueError(f"is not {noun} ({choices})")
        return found

    parse.__doc__ = f"One of {choices}, in English or French, any case or accents."
    return parse


parse_platform = _enum_parser(
    Platform,
    "a platform",
    {
        "instagram": ["ig", "insta"],
        "tiktok": ["tik tok"],
        "youtube": ["yt", "you tube"],
        "facebook": ["fb"],
        "x": ["twitter", "x twitter", "twitter x"],
    },
)
parse_format = _enum_parser(
    Format,
    "a format",
    {
        "post": ["publication", "photo", "image", "feed", "posts"],
        "carousel": ["carrousel", "album", "carousels", "carrousels"],
        "reel": ["reels"],
        "story": ["stories", "storie"],
        "video": ["vidéo", "videos", "vidéos"],
        "short": ["shorts"],
        "live": ["direct", "en direct", "lives"],
        "tweet": ["tweets", "post x"],
    },
)
parse_cost_kind = _enum_parser(
    CostKind,
    "a kind of cost",
    {
        "fee": ["frais", "cachet", "rémunération", "honoraires", "fees"],
        "product": ["produit", "produits", "products", "gifting", "dotation"],
        "shipping": ["livraison", "envoi", "frais de port", "port"],
        "agency": ["agence", "agency fee", "frais d'agence"],
        "boost": ["sponsorisation", "boosting", "ads", "publicité", "paid media"],
        "other": ["autre", "autres", "divers"],
    },
)
parse_provenance = _enum_parser(
    Provenance,
    "a provenance",
    {
        "measured": ["mesuré", "mesure", "mesurée", "api"],
        "self_reported": ["déclaré", "déclarée", "déclaratif", "auto déclaré", "reported"],
        "estimated": ["estimé", "estimée", "estimation", "estimate"],
    },
)
parse_roster_status = _enum_parser(
    RosterStatus,
    "a casting status",
    {
        "contacted": ["contacté", "contactée", "contactés"],
        "interested": ["intéressé", "intéressée", "intéressés"],
        "activated": ["activé", "activée", "activés", "active", "actif"],
        "declined": ["refusé", "refusée", "refusés", "refused", "décliné", "déclinée"],
    },
)
parse_objective = _enum_parser(
    Objective,
    "an objective",
    {
        "awareness": ["notoriété", "brand awareness"],
        "product_promotion": ["lancement produit", "promotion produit", "product launch"],
        "new_market": ["nouveau marché"],
        "follower_growth": ["gain d'abonnés", "croissance", "gain de followers", "growth"],
        "community_participation": ["participation", "participation communauté", "community"],
        "sales": ["ventes", "vente", "sale"],
    },
)


def parse_objectives(value: object) -> tuple[Objective, ...]:
    """Campaign objectives separated by commas, semicolons or line breaks, EN or FR labels."""
    return tuple(dict.fromkeys(parse_objective(item) for item in parse_list(value)))


def parse_country(value: object) -> str:
    """An ISO 3166 two-letter country code (`FR`, `be`)."""
    text = str(value).strip()
    if not re.fullmatch("[A-Za-z]{2}", text):
        raise ValueError("is not a two-letter country code (FR, BE, US...)")
    return text.upper()


def parse_language(value: object) -> str:
    """A language code (`fr`, `en`, `fr-BE`), lower-case language and upper-case region."""
    found = re.fullmatch(r"([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}))?", str(value).strip())
    if found is None:
        raise ValueError("is not a language code (fr, en, es, fr-BE...)")
    language, region = found.groups()
    return language.lower() + (f"-{region.upper()}" if region else "")


def parse_age_range(value: object) -> str:
    """An audience age bracket: `25-34` (any dash), or `65+`."""
    text = str(value).strip()
    found = re.fullmatch(r"([0-9]{1,3})\s*(?:[-\u2013\u2014]\s*([0-9]{1,3})|(\+))", text)
    if found is None:
        raise ValueError("is not an age range (25-34 or 65+)")
    low, high, plus = found.groups()
    if plus:
        return f"{int(low)}+"
    if int(low) > int(high):
        raise ValueError("is not an age range (the first age is above the second)")
    return f"{int(low)}-{int(high)}"


def parse_key_messages(value: object) -> tuple[str, ...]:
    """Messages separated by ';' or line breaks; commas belong to the sentences."""
    items = (item.strip() for item in re.split(r"[;\n\r]+", str(value)))
    return tuple(item for item in items if item)


def parse_kpi_id(value: object) -> str:
    """A KPI id as written in the catalogue (`engagement_rate_reach`), from any spacing or case."""
    kpi = normalise_label(str(value)).replace(" ", "_")
    if not kpi or not kpi[0].isalpha():
        raise ValueError("is not a KPI id (such as engagement_rate_reach)")
    return kpi


def parse_indicator(value: object, names: Mapping[str, str]) -> str:
    """An indicator id (`brand_awareness_uplift`), or a name `names` knows in any case or accents.

    `names` maps normalised names (see `normalise_label`), such as English and French labels, to
    ids; other text is read as an id, from any spacing or case, for the caller to check.
    """
    label = normalise_label(str(value))
    if label in names:
        return names[label]
    indicator = label.replace(" ", "_")
    if not indicator or not indicator[0].isalpha():
        raise ValueError("is not an indicator id (such as brand_awareness_uplift)")
    return indicator


_POINTS = re.compile(r"(?P<number>.*?)\s*(?:points?|pts?|pp)\.?", re.IGNORECASE)


def parse_points(value: object) -> Decimal:
    """A signed number of percentage points: `+4,2`, `-1.5 pts`, `3 points`, `0,8pp`.

    A '%' is read as points too: people write a change of share as `+4 %`.
    """
    if isinstance(value, str):
        found = _POINTS.fullmatch(value.strip())
        if found:
            value = found["number"]
    return parse_number(value)
