"""Vega-Lite → SVG or PNG offline with vl-convert, in the report's bundled font."""

from functools import cache
from pathlib import Path

import vl_convert

FONTS = Path(__file__).parent.parent / "report" / "fonts"
VEGA_LITE_VERSION = "v5.21"


@cache
def _fonts_registered() -> bool:
    # Charts then draw with the same DejaVu Sans as the PDF, whatever fonts the machine has.
    vl_convert.register_font_directory(str(FONTS))
    return True


def to_svg(spec: dict) -> str:
    _fonts_registered()
    return vl_convert.vegalite_to_svg(spec, vl_version=VEGA_LITE_VERSION)


def to_png(spec: dict, scale: float = 2.0) -> bytes:
    _fonts_registered()
    return vl_convert.vegalite_to_png(spec, vl_version=VEGA_LITE_VERSION, scale=scale)
