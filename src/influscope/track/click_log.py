"""The redirector's append-only click log: a click is a line written before its 302 is sent.

`os.write` puts the line in the kernel's page cache, which a killed process (even `kill -9`)
cannot take back; `fsync`, which protects against a power cut as well, runs in the background
every few milliseconds rather than once per click. Each line carries the click's own key, so
the drainer can replay a log any number of times and the store still holds each click once.

Each serving process writes its own file (named after the time it was opened and the process
id), starting a new one every `rotate_lines` clicks; the drainer removes a file it has fully
stored once its writer is gone. One supervisor drains a folder at a time (an exclusive lock on
`.lock`).
"""

import datetime as dt
import fcntl
import os
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path

LOCK_NAME = ".lock"
PREFIX, SUFFIX, CLOSED = "clicks-", ".log", "-closed"
FIELDS = (
    "click_key",
    "at_ms",
    "link_id",
    "visitor_key",
    "ip_network",
    "country",
    "referrer",
    "user_agent",
)
_SANITISE = str.maketrans({"\t": " ", "\n": " ", "\r": " "})
MAX_USER_AGENT = 512
MAX_REFERRER = 1000


class LogFolderBusy(RuntimeError):
    """Another process writes or drains this log folder."""


@dataclass(frozen=True)
class LoggedClick:
    click_key: str
    clicked_at: dt.datetime  # UTC, naive
    link_id: int
    visitor_key: str
    ip_network: str | None
    country: str | None
    referrer: str | None
    user_agent: str | None


def lock_folder(folder: Path) -> int:
    """Hold the folder's lock for the life of the process; returns the lock's descriptor."""
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise LogFolderBusy(
            f"The click log {folder} is in use by another redirector or drain: "
            "stop it, or give this one its own --log-dir."
        ) from None
    return fd


def log_files(folder: Path) -> list[Path]:
    """The folder's logs, oldest first (names start with the UTC time they were opened)."""
    return sorted(folder.glob(f"{PREFIX}*{SUFFIX}"))


def writer_alive(path: Path) -> bool:
    """Whether the process that writes `path` still runs (its id ends the file's name)."""
    pid = path.name.removesuffix(SUFFIX).rsplit("-", 1)[-1]
    if not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _clean(value: str | None, limit: int) -> str:
    if not value:
        return ""
    value = value[:limit]
    if "\t" in value or "\n" in value or "\r" in value:
        return value.translate(_SANITISE)
    return value


def parse_line(line: str) -> LoggedClick | None:
    """A click from one complete line, or None for a line that is not one (never written by us)."""
    parts = line.rstrip("\n").split("\t")
    if len(parts) != len(FIELDS) or not parts[2].isdigit() or not parts[1].isdigit():
        return None
    key, at_ms, link_id, visitor, network, country, referrer, user_agent = parts
    clicked_at = dt.datetime.fromtimestamp(int(at_ms) / 1000, dt.UTC).replace(tzinfo=None)
    return LoggedClick(
        key,
        clicked_at,
        int(link_id),
        visitor,
        network or None,
        country or None,
        referrer or None,
        user_agent or None,
    )


class ClickLog:
    """The writing end. `append` is called on the event loop; it never waits for the disk."""

    def __init__(
        self, folder: Path, *, sync_interval: float = 0.02, rotate_lines: int = 500_000
    ) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self._sync_interval = sync_interval
        self._rotate_lines = rotate_lines
        self._key_prefix = f"{os.getpid():x}{secrets.token_hex(4)}-"
        self._counter = 0
        self._lines = 0
        self._dirty = False
        self._fd = -1
        self.path: Path | None = None
        self._open_new_file()
        self._stop = threading.Event()
        self._syncer = threading.Thread(target=self._sync_loop, name="click-log-fsync", daemon=True)
        self._syncer.start()

    def _open_new_file(self) -> None:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f")
        path = self.folder / f"{PREFIX}{stamp}-{os.getpid()}{SUFFIX}"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        old, old_path = self._fd, self.path
        self._fd, self.path, self._lines = fd, path, 0
        if old >= 0:
            _retire(old, old_path)

    def append(
        self,
        *,
        at: float,
        link_id: int,
        visitor_key: str,
        ip_network: str | None,
        country: str | None,
        referrer: str | None,
        user_agent: str | None,
    ) -> str:
        """Write one click; returns its key. Raises OSError when the disk refuses it, in which
        case the caller must not answer as if the click were recorded."""
        self._counter += 1
        key = f"{self._key_prefix}{self._counter:x}"
        line = (
            f"{key}\t{int(at * 1000)}\t{link_id}\t{visitor_key}\t{ip_network or ''}\t"
            f"{country or ''}\t{_clean(referrer, MAX_REFERRER)}\t"
            f"{_clean(user_agent, MAX_USER_AGENT)}\n"
        )
        os.write(self._fd, line.encode())
        self._dirty = True
        self._lines += 1
        if self._lines >= self._rotate_lines:
            self._open_new_file()
        return key

    def _sync_loop(self) -> None:
        while not self._stop.wait(self._sync_interval):
            self.sync()

    def sync(self) -> None:
        if self._dirty:
            self._dirty = False
            try:
                os.fsync(self._fd)
            except OSError:
                self._dirty = True

    def close(self) -> None:
        if self.path is None:
            return
        self._stop.set()
        self._syncer.join()
        self.sync()
        _retire(self._fd, self.path)
        self.path = None


def _retire(fd: int, path: Path) -> None:
    """Close a finished log and say so in its name, so the drainer may remove it once stored
    (a replay of what it had already stored is harmless)."""
    os.fsync(fd)
    os.close(fd)
    os.replace(path, path.with_name(path.name.removesuffix(SUFFIX) + CLOSED + SUFFIX))
