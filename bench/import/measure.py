"""One contender in a child process of its own: set-up (not timed), then one timed run; its
peak memory is the child's own peak resident set size (VmHWM), read as it ends.

Run as a module, this file is the child.
"""

import argparse
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Measurement:
    contender: str
    seconds: float
    cpu_seconds: float
    peak_mb: float
    counts: dict


class MeasureError(Exception):
    pass


def measure(contender: str, path: Path) -> Measurement:
    with tempfile.TemporaryDirectory(prefix="influscope-bench-") as tmp:
        out = Path(tmp) / "result.json"
        command = [sys.executable, "-m", "bench.import.measure", contender, str(path), str(out)]
        child = subprocess.run(command, cwd=ROOT, check=False)
        if child.returncode != 0:
            raise MeasureError(f"{contender} failed with exit code {child.returncode}")
        return Measurement(contender=contender, **json.loads(out.read_text()))


def _peak_rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _child() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("contender")
    parser.add_argument("path", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()

    # `import` is a keyword: the package is reached relatively.
    from .contenders import CONTENDERS, temporary_folder

    with temporary_folder() as folder:
        run = CONTENDERS[args.contender](args.path, Path(folder))
        started, cpu = time.perf_counter(), time.process_time()
        counts = run()
        seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    args.out.write_text(
        json.dumps(
            {
                "seconds": seconds,
                "cpu_seconds": cpu_seconds,
                "peak_mb": _peak_rss_mb(),
                "counts": counts,
            }
        )
    )


if __name__ == "__main__":
    _child()
