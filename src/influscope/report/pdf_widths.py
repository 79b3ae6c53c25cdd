"""Column widths of the PDF's tables, from their text measured in the bundled font.

The PDF lays tables out with `table-layout: fixed` (WeasyPrint then never measures every
cell: much faster), so the widths must be right before it starts: a cell that never wraps
(a number) needs its whole text, any other cell and every header its longest word; the width
left goes to the columns by how much text they wrap.
"""

from collections.abc import Sequence
from functools import cache
from pathlib import Path

from fontTools.ttLib import TTFont

FONTS = Path(__file__).parent / "fonts"
# The A4 landscape page less its 14 mm margins (report.html.j2), in points.
TABLE_WIDTH = (297 - 2 * 14) / 25.4 * 72
# A cell's padding on both sides (4pt each) and its border, in points.
_PADDING = 9
# Longer words (addresses, hashtags) break anywhere rather than widen their column.
_LONGEST_WORD = 12


@cache
def advances(bold: bool = False) -> tuple[dict[int, float], frozenset[int]]:
    """The advance width in ems of each character the font draws, and those characters."""
    font = TTFont(FONTS / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"))
    metrics, per_em = font["hmtx"].metrics, font["head"].unitsPerEm
    widths = {code: metrics[glyph][0] / per_em for code, glyph in font.getBestCmap().items()}
    return widths, frozenset(widths)


def text_width(text: str, *, bold: bool = False) -> float:
    """The width of `text` on one line, in ems (an unknown character counts as an M)."""
    widths, _ = advances(bold)
    return sum(widths.get(ord(c), 1.0) for c in text)


def _longest_word(text: str, *, bold: bool = False) -> float:
    return max((text_width(word, bold=bold) for word in text.split()), default=0.0)


def column_widths(
    headers: Sequence[str], rows: Sequence[Sequence[tuple[str, bool]]], size: float
) -> list[float]:
    """Percentages of the table width; `rows` hold each cell's text and whether it wraps,
    `size` is the font size in points."""
    least, claims = [], []
    for k, header in enumerate(headers):
        cells = [row[k] for row in rows]
        need = max(
            [_longest_word(header, bold=True)]
            + [
                min(_longest_word(text), _LONGEST_WORD) if wraps else text_width(text)
                for text, wraps in cells
            ]
        )
        least.append(need * size + _PADDING)
        wrapped = [text_width(text) for text, wraps in cells if wraps]
        claims.append(sum(wrapped) / len(cells) if wrapped else 0.0)
    left = TABLE_WIDTH - sum(least)
    if left < 0 or not any(claims):
        claims = least
    widths = [w + max(left, 0) * c / sum(claims) for w, c in zip(least, claims, strict=True)]
    return [round(100 * w / sum(widths), 2) for w in widths]
