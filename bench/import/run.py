"""The import benchmark: Influscope's GA4 and Shopify importers against DuckDB's own readers of
the same files, side by side in one run.

    .venv/bin/python -m bench.import.run                                 # 1M events, 200k rows
    .venv/bin/python -m bench.import.run --events 200000 --rows 50000    # a quick look
    .venv/bin/python -m bench.import.run --only shopify                  # one file, not recorded

The files are generated once (bench/import/.data/, git-ignored). Each contender runs in a child
process of its own, `--repeat` times; the median is kept. Influscope's figure is the whole
import: reading, sessionising or grouping line items, and the upsert into a fresh DuckDB store.
The limit is DuckDB's `read_json` / `read_csv` of the same file into a table. Nothing is timed
before the counts are checked: the sessions and orders stored must be those in the files.
Results go to the screen and to bench/import/RESULTS.md.
"""

import argparse
import datetime as dt
import os
import platform
import statistics
import sys
from pathlib import Path

import duckdb

from .contenders import expected_counts
from .generate import DATA_DIR, ga4_export, shopify_export
from .measure import Measurement, measure

GOAL = 0.5  # Influscope's throughput at least this share of DuckDB's reader
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def _pair(key: str, path: Path, repeat: int) -> tuple[Measurement, float, Measurement, float]:
    """Influscope and the limit, alternating, so that a busy moment of a shared machine falls
    on both rather than on one."""
    ours, limit = [], []
    for _ in range(repeat):
        ours.append(measure(f"{key}:influscope", path))
        limit.append(measure(f"{key}:duckdb", path))
    return (
        ours[-1],
        statistics.median(r.seconds for r in ours),
        limit[-1],
        statistics.median(r.seconds for r in limit),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    parser.add_argument(
        "--only",
        choices=("ga4", "shopify"),
        help="time one file only; the table is printed, RESULTS.md is left as it is",
    )
    args = parser.parse_args(argv)

    print(f"Generating (once) {args.events:,} GA4 events and {args.rows:,} Shopify rows…")
    ga4 = ga4_export(args.events, args.data_dir)
    shopify = shopify_export(args.rows, args.data_dir)
    expected = expected_counts(
        ga4 if args.only in (None, "ga4") else None,
        shopify if args.only in (None, "shopify") else None,
    )

    lines = []
    for kind, path, items, unit, counted in (
        ("GA4 BigQuery export (NDJSON)", ga4, args.events, "events", "sessions"),
        ("Shopify orders CSV", shopify, args.rows, "rows", "orders"),
    ):
        key = "ga4" if kind.startswith("GA4") else "shopify"
        if args.only and key != args.only:
            continue
        ours, ours_s, limit, limit_s = _pair(key, path, args.repeat)
        if ours.counts[counted] != expected[counted]:
            print(f"Correctness gate failed: {ours.counts} stored, {expected} in the file")
            return 1
        ratio = limit_s / ours_s
        lines.append(
            (
                kind,
                path,
                items,
                unit,
                ours,
                ours_s,
                limit,
                limit_s,
                ratio,
                ours.counts[counted],
                counted,
            )
        )

    report = _report(args, lines)
    print(report)
    if not args.only:
        RESULTS.write_text(report)
    return 0 if all(line[8] >= GOAL for line in lines) else 2


def _report(args, lines) -> str:
    size_mb = {line[1]: line[1].stat().st_size / 2**20 for line in lines}
    out = [
        "# Import benchmark: measured figures",
        "",
        f"{dt.date.today():%d %b %Y}, {os.cpu_count()} cores, Python {platform.python_version()},"
        f" DuckDB {duckdb.__version__}, load average {os.getloadavg()[0]:.1f} at the end"
        " (the machine is shared: absolute times move, ratios less).",
        f"Median wall seconds of {args.repeat} runs, each in a fresh child process, the two"
        " contenders alternating; CPU seconds (all threads) and peak"
        " resident MB of that process. Influscope = the whole import into a fresh DuckDB store;"
        " DuckDB = its own reader of the same file into a table (the limit).",
        "",
        f"Command: `.venv/bin/python -m bench.import.run --events {args.events} --rows"
        f" {args.rows} --repeat {args.repeat}`",
        "",
        "| file | contender | seconds | CPU s | per second | peak MB | share of the limit |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for kind, path, items, unit, ours, ours_s, limit, limit_s, ratio, stored, counted in lines:
        name = f"{kind}, {items:,} {unit}, {size_mb[path]:,.0f} MB"
        out.append(
            f"| {name} | Influscope ({stored:,} {counted}) | {ours_s:.2f} |"
            f" {ours.cpu_seconds:.2f} | "
            f"{items / ours_s:,.0f} {unit} | {ours.peak_mb:,.0f} | {ratio:.0%} |"
        )
        out.append(
            f"| {name} | DuckDB read ({'read_json' if unit == 'events' else 'read_csv'}) | "
            f"{limit_s:.2f} | {limit.cpu_seconds:.2f} | {items / limit_s:,.0f} {unit} |"
            f" {limit.peak_mb:,.0f} | 100% |"
        )
    verdict = all(line[8] >= GOAL for line in lines)
    out += [
        "",
        f"Goal: at least {GOAL:.0%} of the limit's throughput: {'met' if verdict else 'NOT met'}.",
        "",
    ]
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
