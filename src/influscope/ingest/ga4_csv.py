"""The CSV that GA4's interface downloads ("Share this report → Download file → CSV").

No official description of this file exists (formats.md 5.3); what it is known to hold: comment
lines starting with `#` (rule, report title, account, property, segment, `# Start date:
YYYYMMDD`), then one or more tables separated by blank lines, each a header row of display names
in the interface's language followed by data rows, sometimes with a totals row. Numbers follow
the interface's locale (`1,234`, `1 234,5`), rates are percentages (`41.2%`), durations seconds
or `hh:mm:ss`. The display names are mapped to Data API names, and the rows then go through the
Data API's conversion (`ga4_report`).
"""

import csv
import re
from decimal import Decimal
from pathlib import Path

import pyarrow as pa

from influscope.ingest.ga4_report import ReportTable, report_rows
from influscope.ingest.ga4_values import SOURCES
from influscope.ingest.parse import normalise_label, parse_number
from influscope.ingest.problems import ImportFailed, Problem

# Display names (English and French interfaces), normalised, -> Data API names.
DISPLAY_NAMES = {
    "date": "date",
    "session source": "sessionSource",
    "source de la session": "sessionSource",
    "session medium": "sessionMedium",
    "support de la session": "sessionMedium",
    "session source medium": "sessionSourceMedium",
    "source support de la session": "sessionSourceMedium",
    "session campaign": "sessionCampaignName",
    "campagne de la session": "sessionCampaignName",
    "session manual ad content": "sessionManualAdContent",
    "contenu publicitaire manuel de la session": "sessionManualAdContent",
    "session manual term": "sessionManualTerm",
    "terme manuel de la session": "sessionManualTerm",
    "session campaign id": "sessionCampaignId",
    "landing page": "landingPage",
    "page de destination": "landingPage",
    "landing page query string": "landingPagePlusQueryString",
    "page de destination chaine de requete": "landingPagePlusQueryString",
    "transaction id": "transactionId",
    "sessions": "sessions",
    "new users": "newUsers",
    "nouveaux utilisateurs": "newUsers",
    "engaged sessions": "engagedSessions",
    "sessions avec engagement": "engagedSessions",
    "views": "screenPageViews",
    "vues": "screenPageViews",
    "key events": "keyEvents",
    "evenements cles": "keyEvents",
    "conversions": "conversions",
    "ecommerce purchases": "ecommercePurchases",
    "achats e commerce": "ecommercePurchases",
    "transactions": "transactions",
    "purchase revenue": "purchaseRevenue",
    "revenus generes par les achats": "purchaseRevenue",
    "total revenue": "totalRevenue",
    "revenu total": "totalRevenue",
    "user engagement": "userEngagementDuration",
    "engagement de l utilisateur": "userEngagementDuration",
    "average session duration": "averageSessionDuration",
    "duree moyenne des sessions": "averageSessionDuration",
    "engagement rate": "engagementRate",
    "taux d engagement": "engagementRate",
    "bounce rate": "bounceRate",
    "taux de rebond": "bounceRate",
}
DIMENSION_NAMES = frozenset(
    {"date", "transactionId"}
    | {n for n in DISPLAY_NAMES.values() if n.startswith(("session", "landing"))} - {"sessions"}
)
# Metrics Influscope does not read (normalised display names of the English and French
# interfaces): they are not dimensions, so they stay out of the row key. `Users` comes before
# `Sessions` in GA4's own reports, where the rule of `_dimensions` alone would take it for one.
OTHER_METRICS = frozenset(
    {
        "users",
        "utilisateurs",
        "total users",
        "nombre total d utilisateurs",
        "active users",
        "utilisateurs actifs",
        "returning users",
        "event count",
        "nombre d evenements",
        "events per session",
        "evenements par session",
        "engaged sessions per user",
        "sessions avec engagement par utilisateur",
        "sessions per user",
        "sessions par utilisateur",
        "views per session",
        "vues par session",
        "views per user",
        "vues par utilisateur",
        "average engagement time",
        "duree d engagement moyenne",
        "average engagement time per session",
        "duree d engagement moyenne par session",
        "session key event rate",
        "taux d evenements cles de la session",
        "user key event rate",
        "taux d evenements cles par utilisateur",
    }
)
TOTALS = frozenset({"total", "totals", "grand total", "totaux", "total general"})
_CLOCK = re.compile(r"(?:(\d+):)?(\d{1,2}):(\d{2}(?:[.,]\d+)?)")


def read_ga4_csv(path: Path, *, currency: str | None = None) -> pa.Table:
    """The first table of the download that has a date and sessions, as web_traffic rows."""
    file = str(path)
    blocks = _blocks(path)
    for _, header, rows in blocks:
        names = [DISPLAY_NAMES.get(normalise_label(h)) for h in header]
        if "date" in names and "sessions" in names:
            return report_rows(_table(file, header, names, rows, currency))
    raise ImportFailed(
        [
            Problem(
                file=file,
                reason="no table with a Date and a Sessions column (export the report with the"
                " Date dimension added)",
            )
        ]
    )


def _blocks(path: Path) -> list[tuple[int, list[str], list[tuple[int, list[str]]]]]:
    """(header line, header, [(line, cells)]) per table; comment lines dropped."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            blocks: list = []
            current = None
            reader = csv.reader(handle)
            for cells in reader:
                line = reader.line_num
                if cells and cells[0].lstrip().startswith("#"):
                    continue
                if not any(c.strip() for c in cells):
                    current = None
                    continue
                if current is None:
                    current = (line, cells, [])
                    blocks.append(current)
                else:
                    current[2].append((line, cells))
            return blocks
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise ImportFailed([Problem(file=str(path), reason=f"cannot be read: {error}")]) from None


def _table(file, header, names, rows, currency) -> ReportTable:
    dimensions = _dimensions(header, names)
    metrics = [(i, n) for i, n in enumerate(names) if n is not None and n not in DIMENSION_NAMES]
    date_index = names.index("date")
    kept = []
    for line, cells in rows:
        first = cells[date_index].strip() if date_index < len(cells) else ""
        if not first or normalise_label(first) in TOTALS or normalise_label(cells[0]) in TOTALS:
            continue
        cells = cells + [""] * (len(names) - len(cells))
        kept.append(
            (
                line,
                tuple(cells[i] for i, _ in dimensions),
                tuple(_seconds_if_clock(cells[i]) for i, _ in metrics),
            )
        )
    return ReportTable(
        file=file,
        dimensions=tuple(n for _, n in dimensions),
        metrics=tuple(n for _, n in metrics),
        metric_types=tuple("TYPE_SECONDS" for _ in metrics),
        rows=tuple(kept),
        currency=currency.upper() if currency else None,
        source=SOURCES["csv"],
        parse_number=parse_number,
        percent_rates=True,
    )


def _dimensions(header: list[str], names: list[str | None]) -> list[tuple[int, str]]:
    """(index, name) of every dimension column, the unmapped ones named by their header.

    A dimension Influscope does not read (`Country`, `Session default channel group`) still tells
    rows apart: left out, rows differing only by it would share a row key. GA4 writes dimensions
    before metrics, so an unknown column after the first metric is taken for a metric. Unmapped
    dimensions only add to the key: a download without any keeps the row keys it always had, so
    stores imported earlier still match its rows.
    """
    metric = [
        (n is not None and n not in DIMENSION_NAMES) or normalise_label(h) in OTHER_METRICS
        for h, n in zip(header, names, strict=True)
    ]
    first_metric = metric.index(True)  # there is one: the caller found `Sessions`
    return [
        (i, n if n is not None else h.strip())
        for i, (h, n) in enumerate(zip(header, names, strict=True))
        if n in DIMENSION_NAMES or (n is None and h.strip() and i < first_metric)
    ]


def _seconds_if_clock(text: str) -> str:
    """`00:01:27` is 87 seconds; anything else is left for the number parser."""
    match = _CLOCK.fullmatch(text.strip())
    if not match:
        return text
    hours, minutes, seconds = match[1] or "0", match[2], match[3].replace(",", ".")
    return str(int(hours) * 3600 + int(minutes) * 60 + Decimal(seconds))
