"""Numbers as a reader expects them in English or French; only the displayed text is rounded."""

import datetime as dt

from influscope.report.model import Kind

# A narrow no-break space groups thousands in French (Imprimerie nationale).
_THIN = "\u202f"


def format_value(value: object, kind: Kind, currency: str = "", lang: str = "en") -> str:
    if value is None:
        return "–"
    match kind:
        case Kind.TEXT:
            return str(value)
        case Kind.DATE:
            return value.isoformat() if isinstance(value, dt.date) else str(value)
        case Kind.COUNT:
            text = f"{value:,.0f}"
        case Kind.PERCENT:
            text = f"{value:,.2f} %"
        case Kind.CURRENCY:
            text = f"{value:,.2f} {currency}".rstrip()
        case Kind.RATIO:
            text = f"{value:,.2f}"
    if lang == "fr":
        text = text.replace(",", _THIN).replace(".", ",")
    return text


def excel_format(kind: Kind, currency: str = "") -> str:
    """The number format of a workbook cell: the value stays exact, only its display rounds."""
    match kind:
        case Kind.COUNT:
            return "#,##0"
        case Kind.PERCENT:
            return '#,##0.00" %"'
        case Kind.CURRENCY:
            return f'#,##0.00" {currency}"' if currency else "#,##0.00"
        case Kind.RATIO:
            return "#,##0.00"
        case Kind.DATE:
            return "yyyy-mm-dd"
        case Kind.TEXT:
            return "@"
