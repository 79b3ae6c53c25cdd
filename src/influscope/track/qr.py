"""QR codes of short links, for stories and print: SVG for designers, PNG for everyone else."""

import io
from enum import StrEnum

import segno


class QrFormat(StrEnum):
    SVG = "svg"
    PNG = "png"


def render_qr(url: str, qr_format: QrFormat, *, scale: int = 10) -> bytes:
    """The QR code of `url`. Error correction 'M' survives a logo or a crease on print; the
    quiet zone of 4 modules is what scanners expect."""
    code = segno.make(url, error="m", micro=False)
    out = io.BytesIO()
    if qr_format is QrFormat.SVG:
        code.save(out, kind="svg", scale=scale, border=4, xmldecl=False)
    else:
        code.save(out, kind="png", scale=scale, border=4)
    return out.getvalue()
