"""Running the redirector: a supervisor that owns the store, and serving processes that do not.

The supervisor binds one socket per serving process on the same port (SO_REUSEPORT: the kernel
spreads connections evenly, where one shared socket lets the first process to wake take most
keep-alive connections), starts the serving processes (each our own HTTP server on uvloop,
http_server.py, with its own click log file), keeps the link snapshot up to date and drains the
logs into the store. Serving never waits for the store, and the drainer's work never competes with
a request for the interpreter or, under load, for the processor. A serving process that dies is
started again; one that outlives its supervisor is killed by the kernel (PR_SET_PDEATHSIG).
"""

import contextlib
import ctypes
import datetime as dt
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
from dataclasses import asdict
from pathlib import Path

import sqlalchemy as sa

from influscope.track.bot_rules import RuleSet
from influscope.track.click_log import lock_folder
from influscope.track.drain import Drainer, DrainResult
from influscope.track.http_server import serve_socket
from influscope.track.link_snapshot import SNAPSHOT_NAME, read_store_links, write_snapshot
from influscope.track.redirector import Redirector, Settings

log = logging.getLogger(__name__)
STORE_LOOP_SECONDS = 0.25


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def _refresh_snapshot(engine: sa.Engine, folder: Path) -> None:
    with engine.connect() as conn:
        write_snapshot(folder, read_store_links(conn))


class Supervisor:
    def __init__(
        self,
        engine: sa.Engine,
        settings: Settings,
        *,
        rules: RuleSet,
        window: dt.timedelta,
        workers: int = 1,
    ) -> None:
        self.engine, self.settings, self.workers = engine, settings, workers
        self.drainer = Drainer(engine, settings.log_dir, rules=rules, window=window)
        self.stop_event = threading.Event()
        self.workers_gone = threading.Event()

    def _spawn(self, fd: int) -> subprocess.Popen:
        config = {**asdict(self.settings), "log_dir": str(self.settings.log_dir)}
        config["secret"] = self.settings.secret.hex()
        return subprocess.Popen(
            [sys.executable, "-m", "influscope.track.serve", "--fd", str(fd)],
            env={**os.environ, "INFLUSCOPE_REDIRECTOR": json.dumps(config)},
            pass_fds=(fd,),
        )

    def _store_loop(self) -> None:
        """Refresh the snapshot and drain the logs until stopped, then drain once more; a
        failing store is retried with a growing pause. The thread runs only on a processor the
        serving processes leave idle (Linux schedules each thread on its own), and DuckDB does
        its work in this thread rather than in a pool of its own: redirects first, the store
        catches up when they pause."""
        _yield_to_requests()
        if self.engine.dialect.name == "duckdb":
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SET threads TO 1")
        pause = STORE_LOOP_SECONDS
        while not self.stop_event.wait(pause):
            try:
                _refresh_snapshot(self.engine, self.settings.log_dir)
                self.drainer.drain_once()
                pause = STORE_LOOP_SECONDS
            except (sa.exc.SQLAlchemyError, OSError) as error:
                log.warning("Clicks wait in the log: the store failed (%s).", error)
                pause = min(max(pause * 2, 0.5), 5.0)
        self.workers_gone.wait()
        try:
            self.drainer.drain_once()
        except (sa.exc.SQLAlchemyError, OSError) as error:
            log.warning("Clicks left in the log for the next start: the store failed (%s).", error)

    def run(self, host: str, port: int) -> None:
        lock = lock_folder(self.settings.log_dir)
        try:
            # Links first, so the first request finds them; clicks an earlier process left are
            # drained by the store loop while the new one already serves. A store that is down
            # at start-up is tolerated when an earlier snapshot of the links is there.
            try:
                _refresh_snapshot(self.engine, self.settings.log_dir)
            except sa.exc.SQLAlchemyError as error:
                if not (self.settings.log_dir / SNAPSHOT_NAME).exists():
                    raise
                log.warning("Serving the last known links: the store failed (%s).", error)
            sockets = [_bind(host, port) for _ in range(self.workers)]
            children = [self._spawn(sock.fileno()) for sock in sockets]
            for signum in (signal.SIGTERM, signal.SIGINT):
                signal.signal(signum, lambda *_: self.stop_event.set())
            store = threading.Thread(target=self._store_loop, name="store", daemon=True)
            store.start()
            while not self.stop_event.wait(0.5):
                children = [
                    child if child.poll() is None else self._spawn(sock.fileno())
                    for child, sock in zip(children, sockets, strict=True)
                ]
            for child in children:
                child.terminate()
            for child in children:
                child.wait(timeout=10)
            for sock in sockets:
                sock.close()
            self.workers_gone.set()
            store.join()
        finally:
            os.close(lock)


def _yield_to_requests() -> None:
    """Put the calling thread in Linux's idle class (nice 19 where that is refused)."""
    try:
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
    except (AttributeError, OSError):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)


def serve(
    engine: sa.Engine,
    settings: Settings,
    *,
    rules: RuleSet,
    window: dt.timedelta,
    host: str,
    port: int,
    workers: int = 1,
) -> None:
    """Serve until SIGTERM or Ctrl-C, then store what the logs hold."""
    Supervisor(engine, settings, rules=rules, window=window, workers=workers).run(host, port)


def drain_folder(
    engine: sa.Engine, folder: Path, *, rules: RuleSet, window: dt.timedelta
) -> DrainResult:
    """Store every click a stopped (or killed) redirector left in `folder`."""
    lock = lock_folder(folder)
    try:
        return Drainer(engine, folder, rules=rules, window=window).drain_once()
    finally:
        os.close(lock)


def _die_with_parent() -> None:
    """Ask Linux to kill this process when its supervisor dies, even by SIGKILL."""
    with contextlib.suppress(OSError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _serve_worker(fd: int) -> None:
    _die_with_parent()
    config = json.loads(os.environ["INFLUSCOPE_REDIRECTOR"])
    settings = Settings(
        log_dir=Path(config["log_dir"]),
        secret=bytes.fromhex(config["secret"]),
        country_headers=tuple(config["country_headers"]),
        forwarded_header=config["forwarded_header"],
        trusted_proxies=tuple(config["trusted_proxies"]),
        reload_seconds=config["reload_seconds"],
    )
    serve_socket(Redirector(settings), fd)


if __name__ == "__main__":
    _serve_worker(int(sys.argv[sys.argv.index("--fd") + 1]))
