"""Small inline SVG line charts for the pages, drawn on the server: no script, no CDN.

Used until the shared chart specs (influscope.charts) can render the same figures.
"""

import datetime as dt
import functools
import json
from collections.abc import Sequence

from markupsafe import Markup, escape

from influscope.web import i18n

COLOURS = ("#4f46e5", "#0d9488", "#db2777", "#d97706", "#2563eb")


def line_chart(
    series: dict[str, Sequence[tuple[dt.date | dt.datetime, float | None]]],
    *,
    lang: str,
    title: str,
    width: int = 640,
    height: int = 220,
) -> Markup:
    """One line per series over a shared time axis; every label escaped."""
    points = [(x, y) for values in series.values() for x, y in values if y is not None]
    if not points:
        return Markup("")
    pad_left, pad_right, pad_top, pad_bottom = 64, 12, 12, 36
    xs = [p[0].toordinal() for p in points]
    low, high = min(xs), max(xs)
    top = max(y for _, y in points) or 1.0
    inner_w, inner_h = width - pad_left - pad_right, height - pad_top - pad_bottom

    def place(x: dt.date, y: float) -> str:
        px = pad_left + (0 if high == low else (x.toordinal() - low) / (high - low) * inner_w)
        py = pad_top + inner_h - y / top * inner_h
        return f"{px:.1f},{py:.1f}"

    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>',
        f'<line x1="{pad_left}" y1="{pad_top + inner_h}" x2="{width - pad_right}" '
        f'y2="{pad_top + inner_h}" stroke="#999"/>',
        f'<text x="{pad_left - 6}" y="{pad_top + 10}" text-anchor="end" font-size="11">'
        f"{escape(i18n.number(top, lang))}</text>",
        f'<text x="{pad_left - 6}" y="{pad_top + inner_h}" text-anchor="end" '
        'font-size="11">0</text>',
        f'<text x="{pad_left}" y="{height - 8}" font-size="11">'
        f"{escape(i18n.date(min(p[0] for p in points), lang))}</text>",
        f'<text x="{width - pad_right}" y="{height - 8}" text-anchor="end" font-size="11">'
        f"{escape(i18n.date(max(p[0] for p in points), lang))}</text>",
    ]
    legend_x = pad_left + 8
    for (name, values), colour in zip(series.items(), COLOURS, strict=False):
        line = " ".join(place(x, y) for x, y in values if y is not None)
        parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{line}"/>')
        parts.append(
            f'<text x="{legend_x}" y="{pad_top + 12}" font-size="11" fill="{colour}">'
            f"{escape(name)}</text>"
        )
        legend_x += 9 * len(name) + 24
    parts.append("</svg>")
    return Markup("".join(parts))


def series_chart(points, labels: Sequence[str], *, lang: str, title: str) -> Markup:
    """The dashboard's daily series (SeriesPoint rows), one line per KPI, labelled `labels`."""
    kpi_ids = list(points[0].values) if points else []
    return line_chart(
        {
            label: [(p.day, p.values.get(kpi_id)) for p in points]
            for kpi_id, label in zip(kpi_ids, labels, strict=False)
        },
        lang=lang,
        title=title,
    )


@functools.lru_cache(maxsize=256)
def _svg(spec_json: str) -> str:
    from influscope.charts import to_svg

    return to_svg(json.loads(spec_json))


def spec_svg(spec: dict) -> Markup:
    """A report chart drawn offline by vl-convert; its text is escaped by Vega's SVG writer."""
    return Markup(_svg(json.dumps(spec, sort_keys=True)))
