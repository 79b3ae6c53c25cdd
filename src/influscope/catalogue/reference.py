"""The KPI reference page, generated from the catalogue so the docs cannot drift from the code.

Regenerate with `python -m influscope.catalogue.reference > docs/kpis.md`.
"""

from influscope.catalogue.load import Catalogue, built_in_catalogue
from influscope.catalogue.models import Family, GenericFamily


def render_reference(catalogue: Catalogue) -> str:
    lines = [
        "# KPI reference",
        "",
        f"Catalogue version {catalogue.version}. Generated from `src/influscope/catalogue/kpis/`;",
        "do not edit by hand. Labels and definitions are given in English and French.",
        "",
        "## Base measures",
        "",
        "| measure | aggregation | meaning |",
        "|---|---|---|",
    ]
    lines += [
        f"| `{m.id}` | {m.aggregation.value} | {m.description} |"
        for m in catalogue.measures.values()
    ]
    for family in Family:
        kpis = [kpi for kpi in catalogue.kpis.values() if kpi.family is family]
        if not kpis:
            continue
        lines += ["", f"## {family.value.capitalize()}", ""]
        for kpi in kpis:
            lines += [
                f"### `{kpi.id}`: {kpi.label.en} / {kpi.label.fr}",
                "",
                f"- Formula: `{kpi.formula}`",
                f"- Unit: {kpi.unit.value}; {kpi.direction.value} is better",
                f"- Objectives: {', '.join(o.value for o in kpi.objectives)}",
                f"- Référentiel category: {kpi.scrp.value}"
                + (
                    f"; management family: {', '.join(g.value for g in kpi.generic)}"
                    if kpi.generic
                    else ""
                ),
                "",
                kpi.definition.en,
                "",
                f"> {kpi.definition.fr}",
                "",
            ]
    lines += ["", "## Management families", ""]
    lines += [
        "The families the source article names, each mapped to the KPIs that measure it.",
        "Effectiveness is also every KPI judged against its target (actual / target).",
        "",
    ]
    for generic in GenericFamily:
        ids = [f"`{kpi.id}`" for kpi in catalogue.kpis.values() if generic in kpi.generic]
        mapped = ", ".join(ids) if ids else "none yet: it needs revenue from orders and tracking"
        lines.append(f"- **{generic.value}**: {mapped}")
    lines += [
        "",
        "## Measured elsewhere",
        "",
        "Indicators Influscope cannot compute, entered per campaign with their source (workbook",
        "sheet `indicators`); the référentiel places them under transformation.",
        "",
        "| id | label | unit | definition |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| `{i.id}` | {i.label.en} / {i.label.fr} | {i.unit} | {i.definition.en} |"
        for i in catalogue.indicators.values()
    ]
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    print(render_reference(built_in_catalogue()), end="")
