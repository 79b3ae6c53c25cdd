"""Rate cards and paid-media benchmarks: the prices EMV and the paid comparison are computed with.

Both are versioned YAML files, one per card or benchmark set, read into frozen dataclasses. The
built-in folder is always read; users add folders of their own. Every problem is reported at
once as ``file › platform › format › field: reason``, so a card is fixed in one pass.

EMV values exposure at advertising prices: it is an exposure index, never a financial return
(kpi-methods §2.4). Published prices disagree by factors of 2 to 5, so each card and benchmark
carries its sources and year, and reports should name the card they used (``RateCard.ref``).
"""

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

import yaml

from influscope.vocabulary import Format, Platform

BUILT_IN = Path(__file__).parent / "rates"
# Best-sourced built-ins ([S], read on the vendors' own pages); see the notes in each file.
DEFAULT_RATE_CARD = "skeepers_octoly"
DEFAULT_BENCHMARKS = "paid_social"
# The key of a platform's catch-all rate, used for the formats the card does not list.
DEFAULT_FORMAT = "default"


class Kind(StrEnum):
    RATE_CARD = "rate_card"
    PAID_BENCHMARKS = "paid_benchmarks"


class Method(StrEnum):
    """How engagement is valued: one price for any engagement, or one price per action."""

    CPM_CPE = "cpm_cpe"
    PER_ACTION = "per_action"


class Action(StrEnum):
    """What a per-action card can value; each is a counter column of the KPI facts."""

    LIKES = "likes"
    COMMENTS = "comments"
    SHARES = "shares"
    SAVES = "saves"
    CLICKS = "clicks"
    VIEWS = "views"


class Channel(StrEnum):
    """Where paid media is bought. Meta sells Facebook and Instagram placements in one auction."""

    META = "meta"
    INSTAGRAM = "instagram"
    FACEBOOK = "facebook"
    TIKTOK = "tiktok"
    YOUTUBE = "youtube"


class PriceKind(StrEnum):
    CPM = "cpm"  # per 1,000 impressions
    CPC = "cpc"  # per click
    CPE = "cpe"  # per engagement
    CPV = "cpv"  # per view, as the channel bills it


@dataclass(frozen=True)
class Source:
    title: str
    url: str
    year: int


@dataclass(frozen=True)
class Rate:
    """What one platform × format is worth, in the card's currency; None is "not valued".

    `format` None is the platform's default, used for every format the card does not list. A
    listed format replaces the default whole: a value it omits is not valued.
    """

    platform: Platform
    format: Format | None
    cpm: float | None = None
    cpe: float | None = None
    likes: float | None = None
    comments: float | None = None
    shares: float | None = None
    saves: float | None = None
    clicks: float | None = None
    views: float | None = None

    def value_of(self, action: Action) -> float | None:
        return getattr(self, action.value)


@dataclass(frozen=True)
class RateCard:
    id: str
    version: int
    name: str
    method: Method
    currency: str
    year: int
    sources: tuple[Source, ...]
    notes: str
    rates: tuple[Rate, ...]

    @property
    def ref(self) -> str:
        """The name a report cites, so every EMV says which prices produced it."""
        return f"{self.id}@{self.version}"

    def rate_for(self, platform: Platform, format: Format) -> Rate | None:
        exact = [r for r in self.rates if r.platform == platform and r.format == format]
        default = [r for r in self.rates if r.platform == platform and r.format is None]
        return (exact or default or [None])[0]


@dataclass(frozen=True)
class Price:
    value: float
    year: int
    definition: str
    source: Source

    def __post_init__(self):
        # The paid comparison divides a cost by this price.
        if not self.value > 0:
            raise ValueError(f"A paid-media price must be more than zero, not {self.value}")


@dataclass(frozen=True)
class PaidBenchmarks:
    """Paid-media prices per channel, in one currency, and the channel each platform buys on."""

    id: str
    version: int
    name: str
    currency: str
    notes: str
    prices: dict[Channel, dict[PriceKind, Price]]
    channels: dict[Platform, Channel]
    fallback: Channel  # for rows without a platform (campaign-wide costs)

    @property
    def ref(self) -> str:
        return f"{self.id}@{self.version}"

    def channel_for(self, platform: Platform | None) -> Channel:
        return self.fallback if platform is None else self.channels.get(platform, self.fallback)

    def price(self, channel: Channel, kind: PriceKind) -> Price | None:
        return self.prices.get(channel, {}).get(kind)


class RatesError(Exception):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("The rate cards or benchmarks are invalid:\n" + "\n".join(problems))


class CurrencyError(ValueError):
    pass


@dataclass(frozen=True)
class Rates:
    cards: dict[tuple[str, int], RateCard]
    benchmarks: dict[tuple[str, int], PaidBenchmarks]

    def get_card_or_raise(self, card_id: str, version: int | None = None) -> RateCard:
        """The card at `version`, or its latest version."""
        return _pick(self.cards, card_id, version, "rate card")

    def get_benchmarks_or_raise(
        self, benchmarks_id: str, version: int | None = None
    ) -> PaidBenchmarks:
        return _pick(self.benchmarks, benchmarks_id, version, "paid benchmarks")


def _pick(found: dict, wanted: str, version: int | None, what: str):
    versions = sorted(v for item_id, v in found if item_id == wanted)
    if not versions:
        known = ", ".join(sorted({item_id for item_id, _ in found}))
        raise KeyError(f"Unknown {what} {wanted!r}. Known: {known}")
    if version is None:
        return found[(wanted, versions[-1])]
    if version not in versions:
        raise KeyError(f"The {what} {wanted!r} has no version {version} (it has {versions})")
    return found[(wanted, version)]


def check_currency(
    priced: RateCard | PaidBenchmarks,
    campaign_currency: str,
    rate_to_campaign_currency: float | None = None,
) -> float:
    """The factor from the prices' currency to the campaign's, for the `value` builders.

    There is no exchange-rate table yet, so a card in another currency needs a rate given by
    the caller; guessing one (or assuming EUR ≈ USD) would make the numbers unauditable.
    """
    what, is_ = ("rate card", "is") if isinstance(priced, RateCard) else ("paid benchmarks", "are")
    campaign_currency = campaign_currency.upper()
    if priced.currency == campaign_currency:
        if rate_to_campaign_currency not in (None, 1, 1.0):
            raise CurrencyError(
                f"The {what} {priced.ref} and the campaign are both in {campaign_currency}: "
                f"an exchange rate of {rate_to_campaign_currency} makes no sense."
            )
        return 1.0
    if rate_to_campaign_currency is None:
        raise CurrencyError(
            f"The {what} {priced.ref} {is_} priced in {priced.currency} but the campaign is in "
            f"{campaign_currency}: give the {priced.currency}→{campaign_currency} exchange rate, "
            f"or use a {what} priced in {campaign_currency}. Influscope has no exchange-rate "
            "table yet."
        )
    if not rate_to_campaign_currency > 0:
        raise CurrencyError(
            f"The {priced.currency}→{campaign_currency} exchange rate must be more than zero, "
            f"not {rate_to_campaign_currency}."
        )
    return float(rate_to_campaign_currency)


def load_rates(*folders: Path, built_in: bool = True) -> Rates:
    """Read every ``*.yaml`` of the built-in folder and of `folders`; raise with all problems."""
    problems: list[str] = []
    cards: dict[tuple[str, int], RateCard] = {}
    benchmarks: dict[tuple[str, int], PaidBenchmarks] = {}
    defined_in: dict[tuple[Kind, str, int], str] = {}
    paths = []
    for folder in (BUILT_IN, *folders) if built_in else folders:
        folder = Path(folder)
        if not folder.is_dir():
            problems.append(f"{folder}: no such folder")
        paths += sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")])
    for path in paths:
        where = path.name
        try:
            document = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as error:
            problems.append(f"{where}: not valid YAML ({error})".replace("\n", " "))
            continue
        if not isinstance(document, dict):
            problems.append(f"{where}: expected a mapping of fields")
            continue
        kind = _enum(Kind, document.get("kind"), f"{where} › kind", problems, "kind")
        if kind is None:
            continue
        item = (_read_card if kind is Kind.RATE_CARD else _read_benchmarks)(
            document, where, problems
        )
        if item is None:
            continue
        key = (kind, item.id, item.version)
        if key in defined_in:
            problems.append(
                f"{where} › id: {kind.value} {item.id} version {item.version} is already "
                f"defined in {defined_in[key]}; give this one a new version"
            )
            continue
        defined_in[key] = where
        (cards if kind is Kind.RATE_CARD else benchmarks)[(item.id, item.version)] = item
    if problems:
        raise RatesError(problems)
    return Rates(cards=cards, benchmarks=benchmarks)


@cache
def built_in_rates() -> Rates:
    return load_rates()


_HEADER_FIELDS = {"kind", "id", "version", "name", "currency", "notes"}
_CARD_FIELDS = _HEADER_FIELDS | {"method", "year", "sources", "values"}
_BENCHMARK_FIELDS = _HEADER_FIELDS | {"channels", "platforms", "fallback"}
_ACTIONS = frozenset(action.value for action in Action)
_RATE_FIELDS = ("cpm", "cpe", *(action.value for action in Action))
_PRICE_FIELDS = {"value", "year", "definition", "source"}


def _read_card(document: dict, where: str, problems: list[str]) -> RateCard | None:
    before = len(problems)
    header = _read_header(document, _CARD_FIELDS, where, problems)
    method = _enum(Method, document.get("method"), f"{where} › method", problems, "method")
    year = _year(document.get("year"), f"{where} › year", problems)
    sources = document.get("sources")
    if not isinstance(sources, list) or not sources:
        problems.append(f"{where} › sources: give at least one source (title, url, year)")
        sources = []
    sources = tuple(
        _source(source, f"{where} › sources › {number}", problems)
        for number, source in enumerate(sources, start=1)
    )
    rates = _read_values(document.get("values"), method, where, problems)
    if len(problems) > before:
        return None
    return RateCard(**header, method=method, year=year, sources=sources, rates=rates)


def _read_values(values, method: Method | None, where: str, problems: list[str]):
    if not isinstance(values, dict) or not values:
        problems.append(f"{where} › values: give the rates per platform and format")
        return ()
    rates = []
    for platform_key, formats in values.items():
        here = f"{where} › {platform_key}"
        platform = _enum(Platform, platform_key, here, problems, "platform")
        if not isinstance(formats, dict) or not formats:
            problems.append(f"{here}: give the rates per format ({DEFAULT_FORMAT}, post, reel…)")
            continue
        for format_key, spec in formats.items():
            there = f"{here} › {format_key}"
            format = None
            if format_key != DEFAULT_FORMAT:
                format = _enum(Format, format_key, there, problems, "format")
            rate = _read_rate(spec, method, there, problems)
            if platform is not None and rate is not None:
                rates.append(Rate(platform=platform, format=format, **rate))
    return tuple(rates)


def _read_rate(spec, method: Method | None, where: str, problems: list[str]) -> dict | None:
    if not isinstance(spec, dict) or not spec:
        problems.append(f"{where}: values nothing (give {', '.join(_RATE_FIELDS)})")
        return None
    rate = {}
    for key, value in spec.items():
        here = f"{where} › {key}"
        if key not in _RATE_FIELDS:
            problems.append(f"{here}: unknown action (expected one of {', '.join(_RATE_FIELDS)})")
        elif method is Method.CPM_CPE and key in _ACTIONS:
            problems.append(f"{here}: a cpm_cpe card values every engagement at its cpe")
        elif method is Method.PER_ACTION and key == "cpe":
            problems.append(f"{here}: a per_action card values each action, not a cpe")
        elif _money(value, here, problems) is not None:
            rate[key] = float(value)
    if "cpm" in rate and "views" in rate:
        problems.append(
            f"{where} › views: double counting: the cpm already values views, its exposure base "
            "when impressions are unknown; remove one of the two"
        )
    return rate


def _read_benchmarks(document: dict, where: str, problems: list[str]) -> PaidBenchmarks | None:
    before = len(problems)
    header = _read_header(document, _BENCHMARK_FIELDS, where, problems)
    prices = _read_channels(document.get("channels"), where, problems)
    channels = {}
    mapping = document.get("platforms")
    if not isinstance(mapping, dict):
        problems.append(f"{where} › platforms: give the channel each platform buys on")
        mapping = {}
    for platform_key, channel_key in mapping.items():
        here = f"{where} › platforms › {platform_key}"
        platform = _enum(Platform, platform_key, here, problems, "platform")
        channel = _defined_channel(channel_key, prices, here, problems)
        if platform is not None and channel is not None:
            channels[platform] = channel
    missing = [p.value for p in Platform if p.value not in mapping]
    if missing:
        problems.append(f"{where} › platforms: no channel for {', '.join(missing)}")
    fallback = _defined_channel(document.get("fallback"), prices, f"{where} › fallback", problems)
    if len(problems) > before:
        return None
    return PaidBenchmarks(**header, prices=prices, channels=channels, fallback=fallback)


def _read_channels(channels, where: str, problems: list[str]) -> dict:
    if not isinstance(channels, dict) or not channels:
        problems.append(f"{where} › channels: give the prices per channel (meta, tiktok…)")
        return {}
    prices = {}
    for channel_key, spec in channels.items():
        here = f"{where} › {channel_key}"
        channel = _enum(Channel, channel_key, here, problems, "channel")
        if not isinstance(spec, dict) or not spec:
            problems.append(f"{here}: give at least one of cpm, cpc, cpe, cpv")
            continue
        found = {}
        for kind_key, price in spec.items():
            kind = _enum(PriceKind, kind_key, f"{here} › {kind_key}", problems, "price")
            price = _read_price(price, f"{here} › {kind_key}", problems)
            if kind is not None and price is not None:
                found[kind] = price
        if channel is not None:
            prices[channel] = found
    return prices


def _read_price(spec, where: str, problems: list[str]) -> Price | None:
    if not isinstance(spec, dict):
        problems.append(f"{where}: give value, year, definition and source")
        return None
    before = len(problems)
    unknown = sorted(set(spec) - _PRICE_FIELDS, key=str)
    problems.extend(f"{where} › {name}: unknown field" for name in unknown)
    value = _money(spec.get("value"), f"{where} › value", problems)
    if value == 0:
        problems.append(f"{where} › value: must be more than zero (a cost is divided by it)")
    year = _year(spec.get("year"), f"{where} › year", problems)
    definition = _text(spec.get("definition"), f"{where} › definition", problems)
    source = _source(spec.get("source"), f"{where} › source", problems)
    if len(problems) > before:
        return None
    return Price(value=value, year=year, definition=definition, source=source)


def _defined_channel(value, prices: dict, where: str, problems: list[str]) -> Channel | None:
    channel = _enum(Channel, value, where, problems, "channel")
    if channel is not None and channel not in prices:
        problems.append(f"{where}: channel {channel.value!r} has no prices in this file")
        return None
    return channel


def _read_header(document: dict, allowed: set, where: str, problems: list[str]) -> dict:
    """The fields every file has: who it is, which version, which currency, what to know."""
    unknown = sorted(set(document) - allowed, key=str)
    problems.extend(f"{where} › {name}: unknown field" for name in unknown)
    identifier = document.get("id")
    if not isinstance(identifier, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", identifier):
        problems.append(f"{where} › id: give a lower_snake_case id")
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        problems.append(f"{where} › version: give a whole number from 1 (bump it on any change)")
    currency = document.get("currency")
    if not isinstance(currency, str) or not re.fullmatch(r"[A-Z]{3}", currency):
        problems.append(f"{where} › currency: give an ISO 4217 code such as EUR or USD")
    notes = document.get("notes", "")
    if not isinstance(notes, str):
        problems.append(f"{where} › notes: expected text")
    return {
        "id": identifier,
        "version": version,
        "name": _text(document.get("name"), f"{where} › name", problems),
        "currency": currency,
        "notes": notes.strip() if isinstance(notes, str) else "",
    }


def _source(value, where: str, problems: list[str]) -> Source | None:
    if not isinstance(value, dict):
        problems.append(f"{where}: give a title, url and year")
        return None
    title = _text(value.get("title"), f"{where} › title", problems)
    url = value.get("url")
    if not isinstance(url, str) or not url.startswith(("https://", "http://")):
        problems.append(f"{where} › url: give the http(s) address of the source")
    year = _year(value.get("year"), f"{where} › year", problems)
    return Source(title=title, url=url, year=year)


def _money(value, where: str, problems: list[str]) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        problems.append(f"{where}: expected a number, not {value!r}")
        return None
    if value < 0:
        problems.append(f"{where}: negative value ({value}); prices are zero or more")
        return None
    return float(value)


def _year(value, where: str, problems: list[str]) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1990 <= value <= 2100:
        problems.append(f"{where}: give the year as four digits, not {value!r}")
        return None
    return value


def _text(value, where: str, problems: list[str]) -> str | None:
    if not isinstance(value, str) or not value.strip():
        problems.append(f"{where}: missing")
        return None
    return value.strip()


def _enum(kind, value, where: str, problems: list[str], name: str = "value"):
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        reason = "missing" if value is None else f"unknown {name} {value!r}"
        problems.append(f"{where}: {reason} (expected one of {allowed})")
        return None
