"""The KPI benchmark: Influscope against hand-written DuckDB SQL and pandas, side by side.

    .venv/bin/python -m bench.kpi.run                       # 1M and 10M metric rows
    .venv/bin/python -m bench.kpi.run --sizes 1M,10M,100M   # and 100M

For each size: the cached store (generated on first use), then every contender, one child
process each, on the full KPI set of the big campaign, in total and per influencer. Nothing is
timed before the correctness gate passes (bench/kpi/check.py), and the numbers of every timed
contender are compared again at every size.
"""

import argparse
import datetime as dt
import itertools
import json
import math
import os
import platform
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import duckdb

from bench.kpi.check import GateFailed, compare, run_gate
from bench.kpi.contenders import CONTENDERS, GROUPINGS, KPIS, connect
from bench.kpi.generate import BIG_CAMPAIGN_ID, DEFAULT_DATA_DIR, ensure_store, parse_size
from bench.kpi.measure import Measurement, measure
from influscope.catalogue.load import built_in_catalogue

GOAL_VS_SQL = 1.3  # Influscope at most this many times the hand-written SQL
GOAL_VS_PANDAS = 3.0  # pandas at least this many times Influscope, at 10M
GOAL_PEAK_MB = 2048  # at 10M
GOAL_SIZE = 10_000_000
LINEAR_EXPONENT = 1.15  # time ∝ rows^exponent between sizes: 1.0 is linear
PANDAS_MB_PER_MILLION_GUESS = 160.0  # measured: ~140 at 10M; scaled from a smaller size if run
MEMORY_HEADROOM = 0.8


@dataclass(frozen=True)
class StoreFacts:
    label: str
    metric_rows: int
    posts: int
    accounts: int
    follower_counts: int
    costs: int
    campaign_posts: int
    campaign_metric_rows: int


def store_facts(label: str, path: Path, campaign_id: int) -> StoreFacts:
    engine, con = connect(path)
    try:
        counts = con.execute(
            """
            SELECT (SELECT count(*) FROM metric_snapshot), (SELECT count(*) FROM post),
                   (SELECT count(*) FROM account), (SELECT count(*) FROM follower_snapshot),
                   (SELECT count(*) FROM cost),
                   (SELECT count(*) FROM post WHERE campaign_id = $1),
                   (SELECT count(*) FROM metric_snapshot
                    WHERE post_id IN (SELECT id FROM post WHERE campaign_id = $1))
            """,
            [campaign_id],
        ).fetchone()
    finally:
        con.close()
        engine.dispose()
    return StoreFacts(label, *counts)


def _available_mb() -> float:
    with open("/proc/meminfo") as meminfo:
        for line in meminfo:
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) / 1024
    return math.inf


def _pandas_estimate_mb(rows: int, done: dict[tuple[str, str, str], Measurement], facts) -> float:
    """Peak memory pandas would need at `rows`, scaled from the largest size measured so far."""
    measured = [
        (facts[label].metric_rows, m.peak_mb)
        for (label, contender, _), m in done.items()
        if contender == "pandas"
    ]
    if not measured:
        return rows / 1e6 * PANDAS_MB_PER_MILLION_GUESS
    size, peak = max(measured)
    return peak * rows / size


def _ratio(numerator: float, denominator: float) -> str:
    return f"{numerator / denominator:.2f}×"


def _table(header: Sequence[str], rows: list[Sequence[str]], *, left: int = 2) -> str:
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]
    lines = []
    for row in [header, *rows]:
        cells = [
            str(cell).ljust(width) if i < left else str(cell).rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  " + "  ".join(cells))
    lines.insert(1, "  " + "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def report_size(facts: StoreFacts, results: dict[tuple[str, str], Measurement], skipped) -> str:
    lines = [
        "",
        f"== {facts.label}: {facts.metric_rows:,} metric rows, {facts.posts:,} posts, "
        f"{facts.accounts:,} accounts, {facts.follower_counts:,} follower counts, "
        f"{facts.costs:,} costs",
        f"   the campaign: {facts.campaign_posts:,} posts, "
        f"{facts.campaign_metric_rows:,} of the metric rows · "
        f"load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores",
        "",
    ]
    rows = []
    for (contender, grouping), m in results.items():
        rows.append(
            [
                grouping,
                contender,
                f"{m.median_s:.3f}",
                f"{m.best_s:.3f}",
                str(len(m.times_s)),
                f"{m.median_cpu_s:.3f}",
                f"{m.warmup_s:.3f}",
                f"{m.load_s:.2f}",
                f"{m.peak_mb:,.0f}",
                f"{m.baseline_mb:,.0f}",
            ]
        )
    header = [
        "grouping",
        "contender",
        "median s",
        "best s",
        "runs",
        "CPU s",
        "warm-up s",
        "load s",
        "peak MB",
        "MB after load",
    ]
    lines.append(_table(header, rows))
    for contender, reason in skipped:
        lines.append(f"  {contender} skipped: {reason}")
    ratio_rows = []
    for grouping in GROUPINGS:
        ours = results.get(("influscope", grouping))
        sql = results.get(("hand_sql", grouping))
        pandas = results.get(("pandas", grouping))
        everything = results.get(("influscope_all", grouping))
        cold = results.get(("influscope_cold", grouping))
        if ours is None:
            continue
        ratio_rows.append(
            [
                grouping,
                _ratio(everything.median_s, ours.median_s) if everything else "-",
                _ratio(ours.median_s, sql.median_s) if sql else "-",
                _ratio(ours.median_cpu_s, sql.median_cpu_s) if sql else "-",
                _ratio(cold.median_s, sql.median_s) if cold and sql else "-",
                _ratio(pandas.median_s, ours.median_s) if pandas else "-",
                _ratio(pandas.load_s + pandas.median_s, ours.median_s) if pandas else "-",
            ]
        )
    if ratio_rows:
        lines += [
            "",
            "  Ratios of median times. influscope is the compared KPI set, a repeat request (its",
            "  SQL compiled and kept); influscope_cold a first request, compiling its SQL. The",
            "  first column is the whole catalogue against influscope. pandas/influscope counts",
            "  pandas' compute only, its most favourable reading (DataFrames already in memory);",
            "  the last adds the load:",
            _table(
                [
                    "grouping",
                    f"all {len(built_in_catalogue().kpis)} KPIs / these {len(KPIS)}",
                    "influscope / hand SQL",
                    "(CPU s)",
                    "cold / hand SQL",
                    "pandas / influscope",
                    "pandas (load+compute) / influscope",
                ],
                ratio_rows,
                left=1,
            ),
        ]
    return "\n".join(lines)


def _exponent(facts, a: str, b: str, ma: Measurement | None, mb: Measurement | None) -> str:
    """k in time ∝ rows^k from size a to size b."""
    if not (ma and mb):
        return "-"
    rows = facts[b].metric_rows / facts[a].metric_rows
    return f"{math.log(mb.median_s / ma.median_s) / math.log(rows):.2f}"


def report_growth(facts: dict[str, StoreFacts], done: dict[tuple[str, str, str], Measurement]):
    labels = list(facts)
    if len(labels) < 2:
        return ""
    header = ["grouping", "contender", *(f"s/M @ {label}" for label in labels)]
    header += [f"k {a}→{b}" for a, b in itertools.pairwise(labels)]
    rows = []
    for grouping in GROUPINGS:
        for contender in CONTENDERS:
            found = [done.get((label, contender, grouping)) for label in labels]
            if not any(found):
                continue
            per_million = [
                f"{m.median_s / (facts[label].metric_rows / 1e6):.3f}" if m else "-"
                for label, m in zip(labels, found, strict=True)
            ]
            measured = dict(zip(labels, found, strict=True))
            exponents = [
                _exponent(facts, a, b, measured[a], measured[b])
                for a, b in itertools.pairwise(labels)
            ]
            rows.append([grouping, contender, *per_million, *exponents])
    return "\n".join(
        [
            "",
            "== Growth: median seconds per million metric rows, and the exponent k in",
            "   time ∝ rows^k between consecutive sizes (1.00 is linear)",
            _table(header, rows),
        ]
    )


def report_goals(facts: dict[str, StoreFacts], done) -> str:
    at_goal = [label for label in facts if parse_size(label) == GOAL_SIZE]
    lines = ["", "== Goals"]

    def mark(ok: bool) -> str:
        return "met" if ok else "MISSED"

    for label in facts:
        for grouping in GROUPINGS:
            ours = done.get((label, "influscope", grouping))
            sql = done.get((label, "hand_sql", grouping))
            if ours and sql:
                ratio = ours.median_s / sql.median_s
                lines.append(
                    f"  {label:>5} {grouping:<10} within {GOAL_VS_SQL}× of hand SQL: "
                    f"{ratio:.2f}× {mark(ratio <= GOAL_VS_SQL)}"
                )
    for label in at_goal:
        for grouping in GROUPINGS:
            ours = done.get((label, "influscope", grouping))
            pandas = done.get((label, "pandas", grouping))
            if ours and pandas:
                compute = pandas.median_s / ours.median_s
                end_to_end = (pandas.load_s + pandas.median_s) / ours.median_s
                lines.append(
                    f"  {label:>5} {grouping:<10} at least {GOAL_VS_PANDAS:.0f}× faster than "
                    f"pandas: compute only {compute:.2f}× {mark(compute >= GOAL_VS_PANDAS)}, "
                    f"load + compute {end_to_end:.2f}× {mark(end_to_end >= GOAL_VS_PANDAS)}"
                )
            if ours:
                lines.append(
                    f"  {label:>5} {grouping:<10} peak memory under {GOAL_PEAK_MB} MB: "
                    f"{ours.peak_mb:,.0f} MB {mark(ours.peak_mb < GOAL_PEAK_MB)}"
                )
    for a, b in itertools.pairwise(facts):
        for grouping in GROUPINGS:
            ma, mb = done.get((a, "influscope", grouping)), done.get((b, "influscope", grouping))
            if ma and mb:
                k = _exponent(facts, a, b, ma, mb)
                lines.append(
                    f"  {a}→{b} {grouping:<10} near-linear growth (k ≤ {LINEAR_EXPONENT}): "
                    f"k = {k} {mark(float(k) <= LINEAR_EXPONENT)}"
                )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Time the campaign KPI set on Influscope, hand-written SQL and pandas."
    )
    parser.add_argument("--sizes", default="1M,10M", help="metric rows per store (1M,10M,100M)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs after the warm-up")
    parser.add_argument(
        "--budget",
        type=float,
        default=120.0,
        help="seconds of timed runs per contender and grouping, after which fewer than "
        "--repeat runs are kept (always at least one)",
    )
    parser.add_argument("--contenders", default=",".join(CONTENDERS))
    parser.add_argument("--groupings", default=",".join(GROUPINGS))
    parser.add_argument("--campaign", type=int, default=BIG_CAMPAIGN_ID)
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--json", type=Path, help="write every figure here as JSON")
    parser.add_argument("--no-pandas-above", type=parse_size, default=None, metavar="ROWS")
    args = parser.parse_args(argv)
    contenders = [name.strip() for name in args.contenders.split(",")]
    groupings = [name.strip() for name in args.groupings.split(",")]
    labels = [label.strip() for label in args.sizes.split(",")]
    labels.sort(key=parse_size)

    print(
        f"Influscope KPI benchmark · {os.cpu_count()} cores · "
        f"{_available_mb() / 1024:.0f} GB available · Python {platform.python_version()} · "
        f"DuckDB {duckdb.__version__} · pandas {_version('pandas')} · ibis {_version('ibis')} · "
        f"load average {os.getloadavg()[0]:.1f} (timings are only comparable on a quiet machine)"
    )
    try:
        run_gate(contenders, args.data_dir)
    except GateFailed as failure:
        print(failure, file=sys.stderr)
        print("Nothing was timed.", file=sys.stderr)
        return 1

    facts: dict[str, StoreFacts] = {}
    done: dict[tuple[str, str, str], Measurement] = {}
    disagreements = []
    for label in labels:
        path = ensure_store(label, args.data_dir)
        facts[label] = store_facts(label, path, args.campaign)
        results: dict[tuple[str, str], Measurement] = {}
        skipped = []
        timed = []
        for contender in contenders:
            reason = None
            if contender == "pandas":
                reason = _pandas_skip_reason(facts[label], args, done, facts)
            if reason:
                skipped.append((contender, reason))
            else:
                timed.append(contender)
        for grouping in groupings:
            print(f"  {label} · {grouping} · {', '.join(timed)} in turns ...", flush=True)
            measured, failed = measure(
                timed,
                grouping,
                store=path,
                campaign_id=args.campaign,
                repeat=args.repeat,
                budget_s=args.budget,
            )
            results.update({(c, grouping): m for c, m in measured.items()})
            skipped += [(c, f"{grouping}: {why}") for c, why in failed]
        problems = _disagreements(results)
        if problems:
            disagreements += [f"{label}: {p}" for p in problems]
            print(f"\n== {label}: the contenders disagree; their timings are withheld:")
            print("\n".join(f"  {p}" for p in problems))
            continue
        done.update({(label, c, g): m for (c, g), m in results.items()})
        print(report_size(facts[label], results, skipped))
    print(report_growth(facts, done))
    print(report_goals(facts, done))
    if args.json:
        _write_json(args.json, facts, done)
    return 1 if disagreements else 0


def _pandas_skip_reason(store: StoreFacts, args, done, facts) -> str | None:
    if args.no_pandas_above is not None and store.metric_rows > args.no_pandas_above:
        return f"more than {args.no_pandas_above:,} metric rows (--no-pandas-above)"
    needed = _pandas_estimate_mb(store.metric_rows, done, facts)
    available = _available_mb()
    if needed > MEMORY_HEADROOM * available:
        return (
            f"it would need about {needed / 1024:,.1f} GB (scaled from the largest size "
            f"measured), more than {MEMORY_HEADROOM:.0%} of the {available / 1024:,.1f} GB "
            "available"
        )
    return None


def _disagreements(results: dict[tuple[str, str], Measurement]) -> list[str]:
    problems = []
    for (contender, grouping), m in results.items():
        reference = results.get(("influscope", grouping))
        if reference is None or contender == "influscope":
            continue
        problems += [
            f"{contender} by {grouping}: {p}"
            for p in compare(
                reference.rows,
                m.rows,
                grouping=grouping,
                columns=KPIS,
                more_groups=contender == "influscope_all",
            )
        ]
    return problems


def _version(module: str) -> str:
    return getattr(__import__(module), "__version__", "?")


def _write_json(path: Path, facts, done) -> None:
    measurements = []
    for (label, _, _), m in done.items():
        figures = asdict(m)
        del figures["rows"]
        measurements.append({"size": label, **figures, "median_s": m.median_s})
    payload = {
        "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "cores": os.cpu_count(),
        "duckdb": duckdb.__version__,
        "stores": [asdict(f) for f in facts.values()],
        "measurements": measurements,
    }
    path.write_text(json.dumps(payload, indent=2))
    print(f"\nFigures written to {path}")


if __name__ == "__main__":
    sys.exit(main())
