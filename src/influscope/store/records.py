"""What every source hands to the store: plain records that refer to each other by natural keys.

Natural keys are what people and platforms know (a campaign's name, an influencer's name, a
platform and handle, a post's id or URL), so a record can be written before or after what it
refers to is known to the store, and writing the same record twice changes nothing.
"""

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from influscope.vocabulary import (
    CostKind,
    Format,
    Metric,
    Objective,
    Platform,
    Provenance,
    RosterStatus,
)

# The largest counter the store keeps: whole numbers to this size stay exact as doubles with
# room for the provenance the KPI query packs beside them.
LARGEST_COUNT = 2**50


def normalise_handle(handle: str) -> str:
    """Handles are case-insensitive on every platform we read, and people type the '@'."""
    return handle.strip().lstrip("@").lower()


def normalise_hashtag(tag: str) -> str:
    """Hashtags are stored as platforms match them: case-insensitive, without the '#'."""
    return tag.strip().lstrip("#").lower()


@dataclass(frozen=True)
class CampaignRecord:
    name: str
    start_date: dt.date
    end_date: dt.date
    currency: str
    objectives: tuple[Objective, ...] = ()
    budget: Decimal | None = None
    time_zone: str = "UTC"
    hashtags: tuple[str, ...] = ()
    key_messages: tuple[str, ...] = ()


@dataclass(frozen=True)
class InfluencerRecord:
    name: str
    country: str | None = None
    language: str | None = None
    categories: tuple[str, ...] = ()
    age: int | None = None
    age_range: str | None = None
    contact: str | None = None
    is_brand: bool = False


@dataclass(frozen=True)
class AccountRecord:
    influencer: str
    platform: Platform
    handle: str
    platform_id: str | None = None


@dataclass(frozen=True)
class FollowerRecord:
    platform: Platform
    handle: str
    captured_at: dt.datetime
    followers: int
    source: str = "workbook"
    provenance: Provenance = Provenance.SELF_REPORTED


@dataclass(frozen=True)
class PostRecord:
    """A piece of content. A naive `published_at` is read in the campaign's time zone."""

    platform: Platform
    handle: str
    post_key: str
    format: Format
    published_at: dt.datetime
    campaign: str | None = None
    platform_post_id: str | None = None
    url: str | None = None
    caption: str = ""
    hashtags: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    sponsored: bool = False


@dataclass(frozen=True)
class MetricRecord:
    platform: Platform
    post_key: str
    captured_at: dt.datetime
    metric: Metric
    value: float
    source: str = "workbook"
    provenance: Provenance = Provenance.SELF_REPORTED

    def __post_init__(self) -> None:
        # Every platform and the workbook count in whole numbers, and the KPI query relies on
        # it to carry a counter's provenance inside its value (`compile.posts`).
        if not (float(self.value).is_integer() and 0 <= self.value <= LARGEST_COUNT):
            raise ValueError(
                f"{self.metric} of post {self.post_key} is {self.value}, not a count "
                f"(a whole number from 0 to {LARGEST_COUNT:,})"
            )


@dataclass(frozen=True)
class CostRecord:
    campaign: str
    kind: CostKind
    amount: Decimal
    currency: str
    incurred_on: dt.date
    influencer: str | None = None
    description: str = ""


@dataclass(frozen=True)
class RosterRecord:
    campaign: str
    influencer: str
    status: RosterStatus
    posts_contracted: int | None = None
    products_sent: int | None = None


@dataclass(frozen=True)
class TargetRecord:
    campaign: str
    kpi: str
    value: float


@dataclass(frozen=True)
class MentionRecord:
    """A mention of the brand or of a competitor found by social listening, for share of voice.
    `own` is true for the workspace's own brand."""

    brand: str
    own: bool
    platform: Platform
    external_id: str
    mentioned_on: dt.date
    engagements: float | None = None
    source: str = "workbook"


@dataclass(frozen=True)
class IndicatorRecord:
    """A value measured outside Influscope (a brand-lift survey, say), with where it comes from."""

    campaign: str
    indicator: str
    measured_on: dt.date
    value: float
    source: str


@dataclass(frozen=True)
class ExchangeRateRecord:
    """1 `base` = `rate` `quote` from `valid_on` on, and where the figure comes from."""

    base: str
    quote: str
    valid_on: dt.date
    rate: float
    source: str


@dataclass
class Batch:
    """Everything one import brings, written in one transaction by `save_batch`."""

    campaigns: list[CampaignRecord] = field(default_factory=list)
    influencers: list[InfluencerRecord] = field(default_factory=list)
    accounts: list[AccountRecord] = field(default_factory=list)
    followers: list[FollowerRecord] = field(default_factory=list)
    posts: list[PostRecord] = field(default_factory=list)
    metrics: list[MetricRecord] = field(default_factory=list)
    costs: list[CostRecord] = field(default_factory=list)
    roster: list[RosterRecord] = field(default_factory=list)
    exchange_rates: list[ExchangeRateRecord] = field(default_factory=list)
    mentions: list[MentionRecord] = field(default_factory=list)
    indicators: list[IndicatorRecord] = field(default_factory=list)
    targets: list[TargetRecord] = field(default_factory=list)
