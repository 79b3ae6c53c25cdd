"""The shapes a catalogue file is read into. Closed vocabularies are enums, handled exhaustively."""

from dataclasses import dataclass
from enum import StrEnum

from influscope.vocabulary import Objective


class Family(StrEnum):
    VISIBILITY = "visibility"
    CONTENT = "content"
    ENGAGEMENT = "engagement"
    COST = "cost"


class Unit(StrEnum):
    COUNT = "count"
    PERCENT = "percent"
    CURRENCY = "currency"


class Direction(StrEnum):
    """Which way is good: it decides whether beating a target means above or below it."""

    HIGHER = "higher"
    LOWER = "lower"


class Aggregation(StrEnum):
    SUM = "sum"
    COUNT_DISTINCT = "count_distinct"


@dataclass(frozen=True)
class Text:
    en: str
    fr: str

    def get(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


@dataclass(frozen=True)
class Measure:
    """A column of the KPI facts, aggregated one way: the atoms every KPI is built from."""

    id: str
    column: str
    aggregation: Aggregation
    description: str


@dataclass(frozen=True)
class Ratio:
    """numerator / denominator × per. With `paired`, both sides count only the posts that have
    both numbers, so a TikTok video without reach cannot inflate an engagement rate by reach."""

    numerator: str
    denominator: str
    per: int = 1
    paired: bool = False


@dataclass(frozen=True)
class Kpi:
    id: str
    label: Text
    definition: Text
    family: Family
    unit: Unit
    direction: Direction
    objectives: tuple[Objective, ...]
    measure: str | None = None
    ratio: Ratio | None = None

    @property
    def measures(self) -> tuple[str, ...]:
        if self.ratio is None:
            return (self.measure,)
        return (self.ratio.numerator, self.ratio.denominator)

    @property
    def formula(self) -> str:
        if self.ratio is None:
            return self.measure
        scale = f" × {self.ratio.per}" if self.ratio.per != 1 else ""
        pairing = " (posts with both)" if self.ratio.paired else ""
        return f"{self.ratio.numerator} / {self.ratio.denominator}{scale}{pairing}"
