"""Reading the catalogue: the built-in one is valid, and a broken one reports every problem."""

import shutil
from pathlib import Path

import pytest

from influscope.catalogue.load import BUILT_IN, CatalogueError, load_catalogue
from influscope.catalogue.reference import render_reference

DOCS = Path(__file__).parents[2] / "docs" / "kpis.md"

ISSUE_2_KPIS = {
    "posts", "reach", "impressions", "views", "likes", "comments", "shares", "saves",
    "engagements", "engagement_rate_reach", "engagement_rate_followers", "cost",
    "cost_per_mille", "cost_per_engagement", "cost_per_view",
}  # fmt: skip


def test_the_built_in_catalogue_defines_the_foundation_kpis():
    catalogue = load_catalogue()
    assert set(catalogue.kpis) >= ISSUE_2_KPIS
    for kpi in catalogue.kpis.values():
        assert kpi.label.en and kpi.label.fr and kpi.definition.en and kpi.definition.fr
        assert kpi.objectives, kpi.id


def test_the_kpi_reference_page_is_generated_from_the_catalogue():
    expected = render_reference(load_catalogue())
    assert DOCS.read_text(encoding="utf-8") == expected, (
        "docs/kpis.md is stale: python -m influscope.catalogue.reference > docs/kpis.md"
    )


@pytest.fixture
def broken(tmp_path) -> Path:
    folder = tmp_path / "kpis"
    shutil.copytree(BUILT_IN, folder)
    return folder


def test_every_problem_is_reported_with_its_file_and_kpi(broken):
    cost = broken / "cost.yaml"
    text = cost.read_text(encoding="utf-8")
    engagement = "fr: Coût par engagement (CPE)}\n    unit:"
    text = text.replace(f"{engagement} currency", f"{engagement} euros")
    text = text.replace(
        "numerator: cost, denominator: views", "numerator: cost, denominator: plays"
    )
    text = text.replace("fr: Coût par vue (CPV)", "de: Kosten pro Ansicht")
    cost.write_text(text, encoding="utf-8")
    (broken / "content.yaml").write_text(
        (broken / "content.yaml").read_text(encoding="utf-8") + "  reach:\n    measure: reach\n",
        encoding="utf-8",
    )
    (broken / "notoriety.yml.yaml").write_text("kpis: {}\n", encoding="utf-8")

    with pytest.raises(CatalogueError) as raised:
        load_catalogue(broken)

    problems = raised.value.problems
    units = "count, percent, currency, ratio, seconds"
    assert f"cost.yaml › cost_per_engagement: unit 'euros' is not one of {units}" in problems
    assert "cost.yaml › cost_per_view: unknown measure 'plays'" in problems
    assert (
        "cost.yaml › cost_per_view: label needs an English (en) and a French (fr) text" in problems
    )
    assert "content.yaml › reach: the id is already defined in another file" in problems
    assert any(p.startswith("notoriety.yml.yaml: not a KPI family") for p in problems)
    assert len(problems) == 5


def test_indicators_measured_elsewhere_are_declared_apart_from_kpis():
    catalogue = load_catalogue()
    assert "brand_awareness_uplift" in catalogue.indicators
    assert not set(catalogue.indicators) & set(catalogue.kpis)
    for indicator in catalogue.indicators.values():
        assert indicator.unit and indicator.label.fr and indicator.definition.en
