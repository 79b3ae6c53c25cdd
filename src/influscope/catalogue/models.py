"""The shapes a catalogue file is read into. Closed vocabularies are enums, handled exhaustively."""

from dataclasses import dataclass
from enum import StrEnum

from influscope.vocabulary import Objective


class Family(StrEnum):
    """The KPI families of the catalogue, in the order reports present them."""

    ACTIVATION = "activation"
    VISIBILITY = "visibility"
    NOTORIETY = "notoriety"
    CONTENT = "content"
    ENGAGEMENT = "engagement"
    GROWTH = "growth"
    TRAFFIC = "traffic"
    SALES = "sales"
    COMPLIANCE = "compliance"
    COST = "cost"
    VALUE = "value"


class ScrpCategory(StrEnum):
    """The three categories of the French "Référentiel de la mesure de l'influence" (SCRP, 2023)."""

    ACTIONS = "actions"
    EXPOSURE = "exposure"
    TRANSFORMATION = "transformation"


class GenericFamily(StrEnum):
    """The management families the source article names, each mapped to concrete KPIs."""

    EFFECTIVENESS = "effectiveness"
    EFFICIENCY = "efficiency"
    YIELD = "yield"
    COMPETITIVENESS = "competitiveness"
    VALUE = "value"
    PROFITABILITY = "profitability"
    RENTABILITY = "rentability"


class Unit(StrEnum):
    COUNT = "count"
    PERCENT = "percent"
    CURRENCY = "currency"
    RATIO = "ratio"
    SECONDS = "seconds"


class Direction(StrEnum):
    """Which way is good: it decides whether beating a target means above or below it."""

    HIGHER = "higher"
    LOWER = "lower"


class Aggregation(StrEnum):
    SUM = "sum"
    COUNT_DISTINCT = "count_distinct"
    MEAN = "mean"
    MEDIAN = "median"


@dataclass(frozen=True)
class Text:
    en: str
    fr: str

    def get(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


@dataclass(frozen=True)
class PerAccount:
    """A rate computed per account first (numerator / denominator × per over its posts), so
    that the measure's mean or median weighs every account alike, whatever its output."""

    numerator: str
    denominator: str
    per: int = 1


@dataclass(frozen=True)
class Measure:
    """A column of the KPI facts, aggregated one way: the atoms every KPI is built from."""

    id: str
    column: str
    aggregation: Aggregation
    description: str
    per_account: PerAccount | None = None


@dataclass(frozen=True)
class Ratio:
    """numerator / denominator × per. With `paired`, both sides count only the posts that have
    both numbers, so a TikTok video without reach cannot inflate an engagement rate by reach.
    With `less`, the numerator is net of another measure: (revenue − cost) / cost is a ROI."""

    numerator: str
    denominator: str
    per: int = 1
    paired: bool = False
    less: str | None = None


@dataclass(frozen=True)
class Indicator:
    """A transformation indicator measured outside Influscope and entered with its source."""

    id: str
    label: Text
    definition: Text
    unit: str
    scrp: ScrpCategory = ScrpCategory.TRANSFORMATION


@dataclass(frozen=True)
class Difference:
    """minuend − subtrahend, both summed over the rows that have both (e.g. a gain above trend)."""

    minuend: str
    subtrahend: str


@dataclass(frozen=True)
class Kpi:
    id: str
    label: Text
    definition: Text
    family: Family
    unit: Unit
    direction: Direction
    objectives: tuple[Objective, ...]
    scrp: ScrpCategory
    generic: tuple[GenericFamily, ...] = ()
    measure: str | None = None
    ratio: Ratio | None = None
    difference: Difference | None = None

    @property
    def measures(self) -> tuple[str, ...]:
        if self.ratio is not None and self.ratio.less is not None:
            return (self.ratio.numerator, self.ratio.less, self.ratio.denominator)
        if self.ratio is not None:
            return (self.ratio.numerator, self.ratio.denominator)
        if self.difference is not None:
            return (self.difference.minuend, self.difference.subtrahend)
        return (self.measure,)

    @property
    def formula(self) -> str:
        if self.ratio is not None:
            scale = f" × {self.ratio.per}" if self.ratio.per != 1 else ""
            pairing = " (rows with both)" if self.ratio.paired else ""
            numerator = self.ratio.numerator
            if self.ratio.less is not None:
                numerator = f"({numerator} − {self.ratio.less})"
            return f"{numerator} / {self.ratio.denominator}{scale}{pairing}"
        if self.difference is not None:
            return f"{self.difference.minuend} − {self.difference.subtrahend} (rows with both)"
        return self.measure
