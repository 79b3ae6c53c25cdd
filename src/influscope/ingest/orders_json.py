"""Reading order fields out of shop JSON (Shopify webhooks, WooCommerce REST), with every
problem located: the file (or webhook), the order's position, and the field's path."""

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from influscope.ingest.orders import utc_naive
from influscope.ingest.problems import ImportFailed, Problem


def load_json(path: Path) -> object:
    """The parsed file, or ImportFailed naming the line and column JSON stopped at."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ImportFailed([Problem(file=str(path), reason=f"cannot be read: {error}")]) from None
    try:
        return json.loads(text)
    except ValueError as error:
        line = getattr(error, "lineno", None)
        reason = f"not valid JSON: {getattr(error, 'msg', error)}"
        raise ImportFailed([Problem(file=str(path), row=line, reason=reason)]) from None


def orders_in(document: object, *, key: str) -> list | None:
    """The orders of a response: a list, `{key: [...]}`, or one order on its own."""
    if isinstance(document, list):
        return document
    if isinstance(document, dict) and isinstance(document.get(key), list):
        return document[key]
    if isinstance(document, dict) and isinstance(document.get(key.rstrip("s")), dict):
        return [document[key.rstrip("s")]]
    if isinstance(document, dict) and "id" in document:
        return [document]
    return None


@dataclass
class Fields:
    """Typed reads from one order; problems pile up instead of stopping at the first."""

    file: str
    row: int | None
    problems: list[Problem] = field(default_factory=list)

    def fail(self, column: str, value: object, reason: str) -> None:
        shown = None if value is None else str(value)[:80]
        self.problems.append(
            Problem(file=self.file, row=self.row, column=column, value=shown, reason=reason)
        )

    def text(self, record: object, key: str, *, path: str = "", required: bool = False):
        value = record.get(key) if isinstance(record, dict) else None
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        if value is not None and not isinstance(value, str):
            self.fail(path + key, value, "should be text")
            return None
        if required and not (value or "").strip():
            self.fail(path + key, None, "is missing")
            return None
        return value.strip() if isinstance(value, str) and value.strip() else None

    def money(self, record: object, key: str, *, path: str = "", required: bool = False):
        value = self.text(record, key, path=path, required=required)
        if value is None:
            return None
        try:
            amount = Decimal(value)
        except InvalidOperation:
            amount = None
        if amount is None or not amount.is_finite() or abs(amount) >= Decimal("1e16"):
            self.fail(path + key, value, "should be an amount such as 89.90")
            return None
        return amount.quantize(Decimal("0.01"))

    def moment(self, record: object, key: str, *, path: str = "", required: bool = False):
        """UTC without a zone. A time without an offset is read as UTC (WooCommerce `_gmt`)."""
        value = self.text(record, key, path=path, required=required)
        if value is None:
            return None
        try:
            moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            self.fail(path + key, value, "should be a date and time such as 2026-03-06T12:37:33")
            return None
        return utc_naive(moment)

    def records(self, record: object, key: str, *, path: str = "") -> list[dict]:
        value = record.get(key) if isinstance(record, dict) else None
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.fail(path + key, value, "should be a list of records")
            return []
        return value


def order_records(items: list | None, *, file: str, what: str) -> list[dict]:
    """The orders, or ImportFailed when the document holds none or something else."""
    if items is None:
        raise ImportFailed([Problem(file=file, reason=f"not {what}")])
    problems = [
        Problem(file=file, row=n, reason="should be an order (a JSON object)")
        for n, item in enumerate(items, start=1)
        if not isinstance(item, dict)
    ]
    if problems:
        raise ImportFailed(problems)
    return items
