"""Reading the catalogue files: every problem is collected and reported with its file and KPI."""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from influscope.catalogue.models import (
    Aggregation,
    Direction,
    Family,
    Kpi,
    Measure,
    Ratio,
    Text,
    Unit,
)
from influscope.vocabulary import Objective

BUILT_IN = Path(__file__).parent / "kpis"
_KPI_FIELDS = {"label", "definition", "unit", "direction", "objectives", "measure", "ratio"}


class CatalogueError(Exception):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("The KPI catalogue is invalid:\n" + "\n".join(problems))


@dataclass(frozen=True)
class Catalogue:
    version: str
    measures: dict[str, Measure]
    kpis: dict[str, Kpi]

    def get_or_raise(self, kpi_id: str) -> Kpi:
        try:
            return self.kpis[kpi_id]
        except KeyError:
            raise KeyError(f"Unknown KPI {kpi_id!r}. Known KPIs: {', '.join(self.kpis)}") from None


def load_catalogue(folder: Path = BUILT_IN) -> Catalogue:
    """Read `catalogue.yaml` (version, measures), then one file per KPI family, in family order."""
    problems: list[str] = []
    header = yaml.safe_load((folder / "catalogue.yaml").read_text(encoding="utf-8"))
    measures = {}
    for measure_id, spec in header["measures"].items():
        where = f"catalogue.yaml › measures › {measure_id}"
        aggregation = _enum(Aggregation, spec.get("aggregation"), where, "aggregation", problems)
        measures[measure_id] = Measure(
            id=measure_id,
            column=spec.get("column", measure_id),
            aggregation=aggregation,
            description=spec.get("description", ""),
        )
    kpis: dict[str, Kpi] = {}
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
            where = f"{path.name} › {kpi_id}"
            if kpi_id in kpis:
                problems.append(f"{where}: the id is already defined in another file")
                continue
            kpi = _read_kpi(kpi_id, spec, family, measures, where, problems)
            if kpi is not None:
                kpis[kpi_id] = kpi
    if problems:
        raise CatalogueError(problems)
    return Catalogue(version=str(header["version"]), measures=measures, kpis=kpis)


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
    objectives = tuple(
        _enum(Objective, value, where, "objectives", problems)
        for value in spec.get("objectives", [])
    )
    measure, ratio = spec.get("measure"), None
    if "ratio" in spec:
        ratio = Ratio(**spec["ratio"])
    if (measure is None) == (ratio is None):
        problems.append(f"{where}: give exactly one of 'measure' or 'ratio'")
    for used in (measure,) if ratio is None else (ratio.numerator, ratio.denominator):
        if used is not None and used not in measures:
            problems.append(f"{where}: unknown measure {used!r}")
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
        measure=measure,
        ratio=ratio,
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
