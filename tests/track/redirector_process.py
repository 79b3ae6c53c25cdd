"""A real redirector, started as a user starts it (`influscope track serve`), for HTTP tests."""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

INFLUSCOPE = Path(sys.executable).with_name("influscope")
STARTUP_SECONDS = 120


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedirectorProcess:
    def __init__(self, store_url: str, log_dir: Path, *options: str) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [
                str(INFLUSCOPE),
                "track",
                "serve",
                "--db",
                store_url,
                "--port",
                str(self.port),
                "--log-dir",
                str(log_dir),
                *options,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self._wait_until_ready()

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                output = self.process.stdout.read().decode()
                raise AssertionError(f"The redirector stopped at start-up:\n{output}")
            try:
                if httpx.get(f"{self.base_url}/robots.txt", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.2)
        self.kill()
        raise AssertionError(f"The redirector did not answer within {STARTUP_SECONDS} s")

    def stop(self) -> None:
        """Ctrl-C, as a user stops it: the logs are drained before it exits."""
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=120)

    def kill(self) -> None:
        """kill -9 of the supervisor and of its serving processes."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
