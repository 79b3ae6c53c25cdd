"""The links the redirector serves, as a file beside the click log: the serving processes never
query the store, so a slow or absent store cannot slow a redirect.

The supervisor writes the file (atomically: a new file renamed over the old) whenever the store's
links change; each worker reloads it when its modification time moves.
"""

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

import sqlalchemy as sa

from influscope.store import schema

SNAPSHOT_NAME = "links.tsv"


@dataclass(frozen=True)
class Target:
    link_id: int
    location: bytes  # the tracked URL
    base: str  # the tracked URL without its fragment
    fragment: str

    def forwarding(self, query: bytes) -> bytes:
        """The tracked URL with the visitor's own query added; the link's UTMs are kept
        whatever the query says, so no one can relabel a link's traffic. Every utm_ parameter
        of the visitor goes, however its key is spelt (`UTM_Content`, `utm%5Fcontent`): shops
        and analytics read keys decoded and in any case. A query without one is passed on
        byte for byte."""
        text = query.decode("latin-1")
        pairs = parse_qsl(text, keep_blank_values=True)
        kept = [(key, value) for key, value in pairs if not key.lower().startswith("utm_")]
        if len(kept) < len(pairs):
            text = urlencode(kept)
        if not text:
            return self.location
        joined = f"{self.base}{'&' if '?' in self.base else '?'}{text}"
        return (joined + (f"#{self.fragment}" if self.fragment else "")).encode("latin-1")


def _target(link_id: int, tracked_url: str) -> Target:
    base, _, fragment = tracked_url.partition("#")
    return Target(link_id, tracked_url.encode(), base, fragment)


def read_store_links(conn: sa.Connection) -> str:
    """The snapshot's text: code, link id and tracked URL per line, in code order."""
    t = schema.tracking.link
    rows = conn.execute(sa.select(t.c.code, t.c.id, t.c.tracked_url).order_by(t.c.code))
    return "".join(f"{row.code}\t{row.id}\t{row.tracked_url}\n" for row in rows)


def write_snapshot(folder: Path, text: str) -> bool:
    """Replace the snapshot when `text` differs; True when it did."""
    path = folder / SNAPSHOT_NAME
    try:
        if path.read_text(encoding="utf-8") == text:
            return False
    except FileNotFoundError:
        pass
    temporary = folder / f".{SNAPSHOT_NAME}.{os.getpid()}.tmp"
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)
    return True


class LinkCache:
    """Every link's target by code, replaced whole when the snapshot file changes."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / SNAPSHOT_NAME
        self.targets: dict[str, Target] = {}
        self._stamp: tuple[int, int] | None = None

    def reload_if_changed(self) -> bool:
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return False
        stamp = (stat.st_mtime_ns, stat.st_size)
        if stamp == self._stamp:
            return False
        targets = {}
        for line in self.path.read_text(encoding="utf-8").splitlines():
            code, link_id, url = line.split("\t", 2)
            targets[code] = _target(int(link_id), url)
        self.targets, self._stamp = targets, stamp
        return True
