"""The contenders of one grouping, each in a child process of its own, timed in turns.

Each child loads (its load time), runs once as a warm-up (kept for checking the numbers, not
timed), then waits. The parent then asks each child in turn for one timed run, round after
round, starting each round with the next contender: a shared machine that slows down for a
minute slows every contender alike, where timing one contender's runs after another's would put
the whole slowdown on one side of a ratio. A child's peak memory is its own peak resident set
size (VmHWM, read by the child as it ends), so contenders never share each other's memory.

VmHWM and not the parent's `wait4` figure: `ru_maxrss` survives `exec`, so a child would report
at least the size of the parent it was forked from.

Run as a module, this file is the child: it answers each line the parent writes ("run", then
"end") with one line of JSON on the pipe it was started with; anything a contender prints goes
to stderr.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
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


class _Child:
    """One contender's process, driven a line at a time."""

    def __init__(self, contender: str, grouping: str, store: Path, campaign_id: int) -> None:
        self.contender = contender
        command = [
            sys.executable,
            "-m",
            "bench.kpi.measure",
            contender,
            grouping,
            f"--store={store}",
            f"--campaign={campaign_id}",
        ]
        self.process = subprocess.Popen(
            command, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        self.started = self._answer()  # load, warm-up and their figures

    def _answer(self) -> dict:
        line = self.process.stdout.readline()
        if not line:
            code = self.process.wait()
            raise MeasureError(f"{self.contender} failed with exit code {code}")
        return json.loads(line)

    def ask(self, command: str) -> dict:
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self._answer()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()


def measure(
    contenders: Sequence[str],
    grouping: str,
    *,
    store: Path,
    campaign_id: int,
    repeat: int,
    budget_s: float,
) -> tuple[dict[str, Measurement], list[tuple[str, str]]]:
    """The contenders' measurements for `grouping`, and those that failed with why (killed for
    memory, most likely). Up to `repeat` rounds; no new round once a contender's timed runs
    would pass `budget_s` seconds (there is always one)."""
    children: dict[str, _Child] = {}
    failed: list[tuple[str, str]] = []
    try:
        for contender in contenders:
            try:
                children[contender] = _Child(contender, grouping, store, campaign_id)
            except MeasureError as error:
                failed.append((contender, str(error)))
        runs: dict[str, list[dict]] = {name: [] for name in children}
        for round_ in range(repeat):
            if round_ and any(_would_pass(runs[name], budget_s) for name in children):
                break
            names = list(children)
            turn = round_ % len(names) if names else 0
            for name in names[turn:] + names[:turn]:
                try:
                    runs[name].append(children[name].ask("run"))
                except MeasureError as error:
                    failed.append((name, str(error)))
                    children.pop(name).stop()
                    del runs[name]
        measurements = {}
        for name, child in children.items():
            peak_mb = child.ask("end")["peak_mb"]
            measurements[name] = Measurement(
                contender=name,
                grouping=grouping,
                load_s=child.started["load_s"],
                warmup_s=child.started["warmup_s"],
                times_s=tuple(run["wall_s"] for run in runs[name]),
                cpu_s=tuple(run["cpu_s"] for run in runs[name]),
                baseline_mb=child.started["baseline_mb"],
                peak_mb=peak_mb,
                rows=child.started["rows"],
            )
        return measurements, failed
    finally:
        for child in children.values():
            child.stop()


def _would_pass(runs: list[dict], budget_s: float) -> bool:
    spent = sum(run["wall_s"] for run in runs)
    return spent + runs[-1]["wall_s"] > budget_s


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
    args = parser.parse_args()
    # The answers keep the pipe the parent reads; whatever else is printed goes to stderr.
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "w")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())

    def answer(figures: dict) -> None:
        answers.write(json.dumps(figures) + "\n")
        answers.flush()

    from bench.kpi.contenders import CONTENDERS

    contender = CONTENDERS[args.contender](args.store)
    started = time.perf_counter()
    contender.load()
    load_s = time.perf_counter() - started
    baseline_mb = _peak_rss_mb()
    started = time.perf_counter()
    rows = contender.compute(args.campaign, args.grouping)
    warmup_s = time.perf_counter() - started
    answer({"load_s": load_s, "warmup_s": warmup_s, "baseline_mb": baseline_mb, "rows": rows})
    for command in sys.stdin:
        if command.strip() == "end":
            break
        started, started_cpu = time.perf_counter(), time.process_time()
        contender.compute(args.campaign, args.grouping)
        wall_s = time.perf_counter() - started
        answer({"wall_s": wall_s, "cpu_s": time.process_time() - started_cpu})
    contender.close()
    answer({"peak_mb": _peak_rss_mb()})


if __name__ == "__main__":
    _child()
