"""Reading the catalogue files: every problem is collected and reported with its file and KPI."""

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from influscope.catalogue.models import (
    Aggregation,
    Difference,
    Direction,
    Family,
    GenericFamily,
    Indicator,
    Kpi,
    Measure,
    PerAccount,
    Ratio,
    ScrpCategory,
    Text,
    Unit,
)
from influscope.vocabulary import Objective

BUILT_IN = Path(__file__).parent / "kpis"
SETTINGS = Path(__file__).parent / "settings"
_KPI_FIELDS = {
    "label",
    "definition",
    "unit",
    "direction",
    "objectives",
    "scrp",
    "generic",
    "measure",
    "ratio",
    "difference",
}
_FORMULAS = ("measure", "ratio", "difference")


class CatalogueError(Exception):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("The KPI catalogue is invalid:\n" + "\n".join(problems))


@dataclass(frozen=True)
class Catalogue:
    version: str
    measures: dict[str, Measure]
    kpis: dict[str, Kpi]
    # Advertising mentions accepted per country (ISO code, or "default"), lower-cased.
    disclosure: dict[str, tuple[str, ...]]
    # The KPIs that matter first for each objective.
    headline: dict[Objective, tuple[str, ...]]
    # Indicators measured elsewhere (surveys) that users enter with their source.
    indicators: dict[str, Indicator]

    def headline_for(self, objectives: Iterable[str], targeted: Iterable[str] = ()) -> list[str]:
        """A campaign's headline KPIs: those of its objectives, then those with a target."""
        ids = [k for objective in objectives for k in self.headline[Objective(objective)]]
        return list(dict.fromkeys([*ids, *targeted]))

    def get_or_raise(self, kpi_id: str) -> Kpi:
        try:
            return self.kpis[kpi_id]
        except KeyError:
            raise KeyError(f"Unknown KPI {kpi_id!r}. Known KPIs: {', '.join(self.kpis)}") from None


def load_catalogue(folder: Path = BUILT_IN, settings: Path = SETTINGS) -> Catalogue:
    """Read `catalogue.yaml` (version, measures), then one file per KPI family, in family order."""
    problems: list[str] = []
    header = yaml.safe_load((folder / "catalogue.yaml").read_text(encoding="utf-8"))
    measures = {}
    for measure_id, spec in header["measures"].items():
        where = f"catalogue.yaml › measures › {measure_id}"
        aggregation = _enum(Aggregation, spec.get("aggregation"), where, "aggregation", problems)
        per_account = PerAccount(**spec["per_account"]) if "per_account" in spec else None
        if per_account and aggregation not in (Aggregation.MEAN, Aggregation.MEDIAN):
            problems.append(f"{where}: a per-account rate is summarised by mean or median")
        measures[measure_id] = Measure(
            id=measure_id,
            column=spec.get("column", measure_id),
            aggregation=aggregation,
            description=spec.get("description", ""),
            per_account=per_account,
        )
    kpis: dict[str, Kpi] = {}
    declared: set[str] = set()  # valid or not, so one broken KPI is reported once
    family_files = {f"{family.value}.yaml": family for family in Family}
    for path in sorted(folder.glob("*.yaml")):
        if path.name != "catalogue.yaml" and path.name not in family_files:
            problems.append(
                f"{path.name}: not a KPI family (expected one of {', '.join(family_files)})"
            )
    for name, family in family_files.items():
        path = folder / name
        if not path.exists():
            continue
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        for kpi_id, spec in document.get("kpis", {}).items():
            declared.add(kpi_id)
            where = f"{path.name} › {kpi_id}"
            if kpi_id in kpis:
                problems.append(f"{where}: the id is already defined in another file")
                continue
            kpi = _read_kpi(kpi_id, spec, family, measures, where, problems)
            if kpi is not None:
                kpis[kpi_id] = kpi
    disclosure = _read_disclosure(settings / "disclosure.yaml", problems)
    headline = _read_headline(settings / "objectives.yaml", declared, problems)
    indicators = _read_indicators(settings / "indicators.yaml", declared, problems)
    if problems:
        raise CatalogueError(problems)
    return Catalogue(
        version=str(header["version"]),
        measures=measures,
        kpis=kpis,
        disclosure=disclosure,
        headline=headline,
        indicators=indicators,
    )


def _read_indicators(path: Path, kpis: set[str], problems: list[str]) -> dict[str, Indicator]:
    indicators = {}
    for indicator_id, spec in yaml.safe_load(path.read_text(encoding="utf-8"))[
        "indicators"
    ].items():
        where = f"{path.name} › {indicator_id}"
        if indicator_id in kpis:
            problems.append(f"{where}: already a KPI id; an indicator is entered, not computed")
        label = _text(spec.get("label"), where, "label", problems)
        definition = _text(spec.get("definition"), where, "definition", problems)
        if not spec.get("unit"):
            problems.append(f"{where}: a unit is needed")
        indicators[indicator_id] = Indicator(
            id=indicator_id, label=label, definition=definition, unit=spec.get("unit", "")
        )
    return indicators


def _read_headline(path: Path, kpis: set[str], problems: list[str]) -> dict:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))["objectives"]
    headline = {}
    for objective in Objective:
        ids = tuple(document.get(objective.value, ()))
        if not ids:
            problems.append(f"{path.name} › {objective.value}: no KPI listed")
        problems.extend(
            f"{path.name} › {objective.value}: unknown KPI {kpi_id!r}"
            for kpi_id in ids
            if kpi_id not in kpis
        )
        headline[objective] = ids
    return headline


def _read_disclosure(path: Path, problems: list[str]) -> dict[str, tuple[str, ...]]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    mentions = {}
    for country, spec in document["countries"].items():
        words = tuple(word.strip().lower() for word in spec.get("mentions", []) if word.strip())
        if not words:
            problems.append(f"{path.name} › {country}: no accepted mention")
        mentions[country] = words
    if "default" not in mentions:
        problems.append(f"{path.name}: a 'default' list is needed for other countries")
    return mentions


@cache
def built_in_catalogue() -> Catalogue:
    return load_catalogue()


def _read_kpi(kpi_id, spec, family, measures, where, problems) -> Kpi | None:
    before = len(problems)
    problems.extend(f"{where}: unknown field {name!r}" for name in set(spec) - _KPI_FIELDS)
    label = _text(spec.get("label"), where, "label", problems)
    definition = _text(spec.get("definition"), where, "definition", problems)
    unit = _enum(Unit, spec.get("unit"), where, "unit", problems)
    direction = _enum(Direction, spec.get("direction"), where, "direction", problems)
    scrp = _enum(ScrpCategory, spec.get("scrp"), where, "scrp", problems)
    objectives = tuple(
        _enum(Objective, value, where, "objectives", problems)
        for value in spec.get("objectives", [])
    )
    generic = tuple(
        _enum(GenericFamily, value, where, "generic", problems) for value in spec.get("generic", [])
    )
    given = [name for name in _FORMULAS if name in spec]
    if len(given) != 1:
        problems.append(f"{where}: give exactly one of {', '.join(map(repr, _FORMULAS))}")
    measure = spec.get("measure")
    ratio = Ratio(**spec["ratio"]) if "ratio" in spec else None
    difference = Difference(**spec["difference"]) if "difference" in spec else None
    used = [measure]
    if ratio:
        used = [ratio.numerator, ratio.denominator, ratio.less]
        if ratio.paired and ratio.less:
            problems.append(f"{where}: a paired ratio cannot take `less`")
    if difference:
        used = [difference.minuend, difference.subtrahend]
    for name in used:
        if name is not None and name not in measures:
            problems.append(f"{where}: unknown measure {name!r}")
    if len(problems) > before:
        return None
    return Kpi(
        id=kpi_id,
        label=label,
        definition=definition,
        family=family,
        unit=unit,
        direction=direction,
        objectives=objectives,
        scrp=scrp,
        generic=generic,
        measure=measure,
        ratio=ratio,
        difference=difference,
    )


def _text(value, where, name, problems) -> Text | None:
    if not isinstance(value, dict) or not value.get("en") or not value.get("fr"):
        problems.append(f"{where}: {name} needs an English (en) and a French (fr) text")
        return None
    return Text(en=value["en"].strip(), fr=value["fr"].strip())


def _enum(kind, value, where, name, problems):
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        problems.append(f"{where}: {name} {value!r} is not one of {allowed}")
        return None
