"""Charts of a report as declarative Vega-Lite specs, and their offline rendering.

The same spec is drawn in every format (inline SVG in HTML and PDF, PNG in slides) and by the
web dashboard, which can hand it to vega-embed as is::

    specs = campaign_charts(report)          # {"spend.cost_by_influencer": {...}, ...}
    svg = to_svg(specs["spend.cost_by_influencer"])
    png = to_png(specs["spend.cost_by_influencer"], scale=2)

A chart's key is "<section key>.<name>"; `charts_of(specs, section)` picks a section's charts.
Charts are only made from tables that have rows, so a section without data has none.
"""

from influscope.charts.render import to_png, to_svg
from influscope.charts.specs import campaign_charts, charts_of

__all__ = ["campaign_charts", "charts_of", "to_png", "to_svg"]
