"""One contender in a child process of its own: its load time, a warm-up run (kept for checking
the numbers, not timed), then timed runs; its peak memory is the child's peak resident set size
(VmHWM, read by the child as it ends), so contenders never share each other's memory.

VmHWM and not the parent's `wait4` figure: `ru_maxrss` survives `exec`, so a child would report
at least the size of the parent it was forked from.

Run as a module, this file is the child.
"""

import argparse
import json
import statistics
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
    grouping: str
    load_s: float
    warmup_s: float
    times_s: tuple[float, ...]
    cpu_s: tuple[float, ...]  # CPU seconds of the same runs, all threads: steadier when shared
    baseline_mb: float  # peak RSS once imports and load were done, before the first run
    peak_mb: float
    rows: list[dict]

    @property
    def median_s(self) -> float:
        return statistics.median(self.times_s)

    @property
    def best_s(self) -> float:
        return min(self.times_s)

    @property
    def median_cpu_s(self) -> float:
        return statistics.median(self.cpu_s)


class MeasureError(Exception):
    pass


def measure(
    contender: str,
    grouping: str,
    *,
    store: Path,
    campaign_id: int,
    repeat: int,
    budget_s: float,
) -> Measurement:
    with tempfile.TemporaryDirectory(prefix="influscope-bench-") as tmp:
        out = Path(tmp) / "result.json"
        command = [
            sys.executable,
            "-m",
            "bench.kpi.measure",
            contender,
            grouping,
            f"--store={store}",
            f"--campaign={campaign_id}",
            f"--repeat={repeat}",
            f"--budget={budget_s}",
            f"--out={out}",
        ]
        child = subprocess.run(command, cwd=ROOT, check=False)
        if child.returncode != 0:
            raise MeasureError(f"{contender} ({grouping}) failed with exit code {child.returncode}")
        result = json.loads(out.read_text())
    return Measurement(
        contender=contender,
        grouping=grouping,
        load_s=result["load_s"],
        warmup_s=result["warmup_s"],
        times_s=tuple(result["times_s"]),
        cpu_s=tuple(result["cpu_s"]),
        baseline_mb=result["baseline_mb"],
        peak_mb=result["peak_mb"],
        rows=result["rows"],
    )


def _peak_rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _child() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("contender")
    parser.add_argument("grouping")
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--campaign", type=int, required=True)
    parser.add_argument("--repeat", type=int, required=True)
    parser.add_argument("--budget", type=float, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    from bench.kpi.contenders import CONTENDERS

    contender = CONTENDERS[args.contender](args.store)
    started = time.perf_counter()
    contender.load()
    load_s = time.perf_counter() - started
    baseline_mb = _peak_rss_mb()

    started = time.perf_counter()
    rows = contender.compute(args.campaign, args.grouping)
    warmup_s = time.perf_counter() - started
    # At least one timed run; more while they fit in the budget.
    times: list[float] = []
    cpu: list[float] = []
    while len(times) < args.repeat and (not times or sum(times) + times[-1] <= args.budget):
        started, started_cpu = time.perf_counter(), time.process_time()
        contender.compute(args.campaign, args.grouping)
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    args.out.write_text(
        json.dumps(
            {
                "load_s": load_s,
                "warmup_s": warmup_s,
                "times_s": times,
                "cpu_s": cpu,
                "baseline_mb": baseline_mb,
                "peak_mb": _peak_rss_mb(),
                "rows": rows,
            }
        )
    )


if __name__ == "__main__":
    _child()
