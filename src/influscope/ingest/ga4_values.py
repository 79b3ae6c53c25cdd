"""What every GA4 reader shares: the placeholders GA4 writes for "nothing", and row keys.

GA4 fills unknown dimensions with `(not set)`, `(direct)`, `(none)` or `(not provided)`
(https://support.google.com/analytics/answer/13504892): they mean "no UTM", so they are stored
as NULL, never as a campaign called "(not set)".
"""

import hashlib

PLACEHOLDERS = ("", "(not set)", "(direct)", "(none)", "(not provided)", "(other)")

SOURCES = {"bigquery": "ga4_bigquery", "data_api": "ga4_data_api", "csv": "ga4_csv"}


def clean_dimension(value: str | None) -> str | None:
    """The value, trimmed, or None when GA4 wrote a placeholder."""
    if value is None:
        return None
    value = value.strip()
    return None if value.lower() in PLACEHOLDERS else value


def report_row_key(*parts: object) -> str:
    """A stable key for an aggregated row: the same dimensions always give the same key."""
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode()).hexdigest()[:40]
