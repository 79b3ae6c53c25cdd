"""Reading saved API responses: JSON navigated with the path of every value, so that a problem
names the file, the place in the JSON (`data[3].timestamp`) and the field.

Readers never raise on bad input: they record a `Problem` and return None, so one pass reports
everything; `Responses.finish` raises ImportFailed when any problem was recorded.
"""

import datetime as dt
import json
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from influscope.ingest.problems import ImportFailed, Problem
from influscope.store.records import LARGEST_COUNT, normalise_handle

_GRAPH_VERSION = re.compile(r"/(v\d+\.\d+)/")
# Instagram and Facebook write `+0000` without a colon; YouTube and X write `Z` (RFC 3339).
_MOMENT_FORMATS = ("%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S.%f%z")
_EARLIEST, _LATEST = dt.datetime(1990, 1, 1), dt.datetime(2100, 1, 1)
# Hashtags and mentions are stored joined by ',' in columns of 2,000 characters.
_LIST_WIDTH = 2000
# Handles become creator names `@handle` (200 characters); post URLs are kept in 2,000.
HANDLE_WIDTH, URL_WIDTH = 199, 2000


@dataclass(frozen=True)
class Node:
    """A JSON value and where it sits in the file."""

    value: Any
    path: str

    def at(self, key: str | int) -> "Node":
        child = self.value.get(key) if isinstance(self.value, dict) else None
        if isinstance(key, int):
            child = self.value[key] if isinstance(self.value, list) else None
            return Node(child, f"{self.path}[{key}]")
        return Node(child, f"{self.path}.{key}" if self.path else key)

    def has(self, key: str) -> bool:
        return isinstance(self.value, dict) and self.value.get(key) is not None

    def items(self) -> Iterator["Node"]:
        """The elements of a list (nothing for anything else: the caller checks with `is_list`)."""
        if isinstance(self.value, list):
            for index in range(len(self.value)):
                yield self.at(index)

    @property
    def is_object(self) -> bool:
        return isinstance(self.value, dict)

    @property
    def is_list(self) -> bool:
        return isinstance(self.value, list)


@dataclass
class Responses:
    """The API responses held in one file, and the problems found while reading them."""

    file: str
    documents: list[Node]
    captured_at: dt.datetime
    api_version: str | None = None
    problems: list[Problem] = field(default_factory=list)

    def problem(self, node: Node, reason: str, *, show: bool = True) -> None:
        value = node.value if show and isinstance(node.value, str | int | float) else None
        self.problems.append(
            Problem(
                file=self.file,
                column=node.path or "(whole file)",
                value=None if value is None else str(value)[:80],
                reason=reason,
            )
        )

    def finish(self) -> None:
        if self.problems:
            raise ImportFailed(self.problems)

    # Readers of one field. Each returns None (and records a problem when `required`).

    def text(self, node: Node, *, required: bool = True, limit: int = 100) -> str | None:
        """Text, without the NUL characters PostgreSQL refuses; ids and names are at most
        `limit` characters (the store's column widths)."""
        value = node.value
        if value is None:
            if required:
                self.problem(node, "is missing")
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            self.problem(node, "is not text")
            return None
        value = value.replace("\x00", "")
        if len(value) > limit:
            self.problem(node, f"is longer than {limit} characters")
            return None
        return value

    def handle(self, node: Node, *, required: bool = True) -> str | None:
        """An account name as stored: lower-case, without '@'; empty is not a name."""
        text = self.text(node, required=required, limit=HANDLE_WIDTH)
        if text is None:
            return None
        handle = normalise_handle(text)
        if not handle:
            self.problem(node, "is not an account name")
            return None
        return handle

    def free_text(self, node: Node) -> str:
        """A caption or a title: any length, missing is empty."""
        return self.text(node, required=False, limit=1_000_000) or ""

    def count(self, node: Node, *, strings: bool = False) -> int | None:
        """A counter: a JSON integer (or an integer sent as a string where the API does so).
        Missing stays None, never 0."""
        value = node.value
        if value is None:
            return None
        if strings and isinstance(value, str) and re.fullmatch(r"[0-9]{1,19}", value.strip()):
            value = int(value.strip())
        elif isinstance(value, float) and math.isfinite(value) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(node, "is not a whole number")
            return None
        if not 0 <= value <= LARGEST_COUNT:
            self.problem(node, "is not a count (negative or too large)")
            return None
        return value

    def total(self, node: Node, parts: Mapping[str, int | None]) -> int | None:
        """One counter the platform gives in parts, by field (X's retweets and quotes,
        Facebook's reactions by type): missing when a part is, never partial, and refused past
        the largest count like a count given whole. `node` holds the parts."""
        known = [part for part in parts.values() if part is not None]
        if len(known) < len(parts):
            return None
        value = sum(known)
        if value > LARGEST_COUNT:
            fields = " + ".join(parts)
            self.problem(node, f"{fields} sum to {value:,}, more than a count can be", show=False)
            return None
        return value

    def number(self, node: Node) -> float | None:
        """A measured quantity that may have decimals (a rate, a duration)."""
        value = node.value
        if value is None:
            return None
        if isinstance(value, str):
            try:
                value = float(value)
            except ValueError:
                value = None
        if isinstance(value, bool) or not isinstance(value, int | float) or value is None:
            self.problem(node, "is not a number")
            return None
        if not math.isfinite(value) or value < 0:
            self.problem(node, "is not a finite, positive number")
            return None
        return float(value)

    def moment(self, node: Node, *, required: bool = True) -> dt.datetime | None:
        """An ISO 8601 moment with its offset, returned in UTC (naive)."""
        text = self.text(node, required=required)
        if text is None:
            return None
        cleaned = text.strip().replace("Z", "+0000")
        for pattern in _MOMENT_FORMATS:
            try:
                moment = dt.datetime.strptime(cleaned, pattern)
            except ValueError:
                continue
            return self._plausible(node, moment)
        self.problem(node, "is not a date and time with its offset (2024-05-03T18:20:02+0000)")
        return None

    def _plausible(self, node: Node, moment: dt.datetime) -> dt.datetime | None:
        """In UTC, naive; social platforms hold nothing from before 1990 or after 2100."""
        if not _EARLIEST <= moment.replace(tzinfo=None) <= _LATEST:
            self.problem(node, "is not a plausible date (1990 to 2100)")
            return None
        return moment.astimezone(dt.UTC).replace(tzinfo=None)

    def epoch(self, node: Node, *, required: bool = True) -> dt.datetime | None:
        """A Unix time in seconds (TikTok), sent as a number or as digits."""
        if node.value is None:
            if required:
                self.problem(node, "is missing")
            return None
        seconds = self.count(node, strings=True)
        if seconds is None:
            return None
        # Past 9999-12-31, or a value in milliseconds: never a publication time.
        if seconds > 253_402_300_799:
            self.problem(node, "is not a Unix time in seconds (milliseconds?)")
            return None
        return self._plausible(node, dt.datetime.fromtimestamp(seconds, dt.UTC))

    def day(self, node: Node) -> dt.date | None:
        text = self.text(node)
        if text is None:
            return None
        try:
            day = dt.date.fromisoformat(text.strip())
        except ValueError:
            self.problem(node, "is not a day (YYYY-MM-DD)")
            return None
        moment = self._plausible(node, dt.datetime.combine(day, dt.time(), dt.UTC))
        return None if moment is None else day

    def objects(self, node: Node, *, required: bool = True) -> list[Node]:
        """The objects of a JSON list; anything else in the list is a problem."""
        if node.value is None and not required:
            return []
        if not node.is_list:
            self.problem(node, "is not a list", show=False)
            return []
        found = []
        for item in node.items():
            if item.is_object:
                found.append(item)
            else:
                self.problem(item, "is not an object", show=False)
        return found


def load_responses(
    path: Path,
    *,
    captured_at: dt.datetime | None = None,
    api_version: str | None = None,
) -> Responses:
    """One saved response, a JSON list of them, or a bundle written by `influscope sync --save`
    (`{"captured_at": …, "api_version": …, "responses": […]}`).

    The capture time is the bundle's, else `captured_at`, else the file's modification time:
    saved responses carry no date of their own, and the same file read twice gives the same rows.
    """
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise ImportFailed(
            [Problem(file=name, reason=f"cannot be read: {error.strerror}")]
        ) from None
    if captured_at is None:
        captured_at = dt.datetime.fromtimestamp(Path(path).stat().st_mtime, dt.UTC)
    return read_responses(raw, file=name, captured_at=_utc(captured_at), api_version=api_version)


def read_responses(
    raw: bytes | str, *, file: str, captured_at: dt.datetime, api_version: str | None = None
) -> Responses:
    try:
        document = json.loads(raw)
    except (ValueError, RecursionError) as error:
        where = f" (line {error.lineno}, column {error.colno})" if hasattr(error, "lineno") else ""
        reason = f"is not JSON{where}: {getattr(error, 'msg', 'nested too deeply')}"
        raise ImportFailed([Problem(file=file, reason=reason)]) from None
    found = Responses(file=file, documents=[], captured_at=_utc(captured_at))
    root = Node(document, "")
    if root.is_object and root.has("responses"):
        if root.has("captured_at"):
            found.captured_at = found.moment(root.at("captured_at")) or found.captured_at
        found.api_version = found.text(root.at("api_version"), required=False)
        found.documents = found.objects(root.at("responses"))
    elif root.is_list:
        found.documents = found.objects(root)
    elif root.is_object:
        found.documents = [root]
    else:
        found.problem(root, "is not an API response (a JSON object or a list of them)")
    found.api_version = api_version or found.api_version or _version_in_links(found.documents)
    return found


def _version_in_links(documents: list[Node]) -> str | None:
    """Graph API pages link to the next one with the version in the path (`/v22.0/`)."""
    for document in documents:
        paging = document.value.get("paging") if document.is_object else None
        link = paging.get("next") if isinstance(paging, dict) else None
        if isinstance(link, str) and (match := _GRAPH_VERSION.search(link)):
            return match[1]
    return None


def _utc(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None:
        return moment.replace(microsecond=0)
    return moment.astimezone(dt.UTC).replace(tzinfo=None, microsecond=0)


_HASHTAG = re.compile(r"(?<![\w&])#(\w+)")
_MENTION = re.compile(r"(?<![\w@])@([\w.]*\w)")


def hashtags_in(caption: str) -> tuple[str, ...]:
    """Hashtags as the platforms link them: '#' and word characters, stored lower-cased."""
    return _fitting(tag.lower() for tag in _HASHTAG.findall(caption))


def mentions_in(caption: str) -> tuple[str, ...]:
    return _fitting(name.lower() for name in _MENTION.findall(caption))


def _fitting(words) -> tuple[str, ...]:
    """The first distinct words whose joined length fits the store's column."""
    kept, width = [], -1
    for word in dict.fromkeys(words):
        if width + 1 + len(word) > _LIST_WIDTH:
            break
        kept.append(word)
        width += 1 + len(word)
    return tuple(kept)


def responses_from(
    payloads: list[dict], *, file: str, captured_at: dt.datetime, api_version: str | None = None
) -> Responses:
    """Responses fetched live, read exactly as the same list saved to a file would be."""
    return Responses(
        file=file,
        documents=[Node(payload, f"[{index}]") for index, payload in enumerate(payloads)],
        captured_at=_utc(captured_at),
        api_version=api_version,
    )
