"""Charts are Vega-Lite specs built from the report's own tables, drawn offline."""

from influscope.charts import campaign_charts, charts_of, to_png, to_svg


def test_campaign_charts_are_specs_with_the_report_numbers(demo_report):
    specs = campaign_charts(demo_report)
    assert set(specs) >= {
        "summary.targets",
        "spend.cost_by_influencer",
        "influencers.cost_efficiency",
        "content.formats",
        "audience.brand_followers",
        "traffic.clicks",
    }
    costs = demo_report.section("spend").table("cost_by_influencer")
    values = specs["spend.cost_by_influencer"]["data"]["values"]
    assert [v["cost"] for v in values] == costs.column("cost")
    assert set(charts_of(specs, "spend")) == {"spend.cost_by_influencer"}


def test_charts_draw_to_svg_and_png_in_the_bundled_font(demo_report):
    spec = campaign_charts(demo_report)["spend.cost_by_influencer"]
    svg = to_svg(spec)
    assert svg.startswith("<svg") and "DejaVu Sans" in svg
    assert "Sarah Delcourt" in svg
    assert to_png(spec, scale=1).startswith(b"\x89PNG")
