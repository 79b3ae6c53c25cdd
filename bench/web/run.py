"""Server time of the campaign dashboard and its JSON twin on the large benchmark store.

    .venv/bin/python -m bench.web.run                 # the 10M-row store of bench/kpi
    .venv/bin/python -m bench.web.run --size 1M --requests 100

The store comes from bench/kpi's generator (cached in bench/.data) and is copied so the users
this benchmark adds never touch the cache. Requests go through the ASGI app in process
(Starlette's TestClient), so the time measured is the server's own: routing, sign-in check,
role check, the dashboard's figures, the page or JSON, no network.

Two figures per route: cold (the figures computed from the store, as after an import: the app
keeps them until something is written through it or `dashboard_cache_seconds` pass) and warm
(every later request: labels, sorting and rendering on the kept figures). The goal, p95 under
150 ms, is for warm requests; cold ones are bounded by the KPI engine (bench/kpi). Warm
requests cycle through six sort orders of the influencer table; the figures are also given per
sort order, with the slowest requests, so a slow sort order shows apart from pauses.
"""

import argparse
import json
import os
import platform
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from bench.kpi.generate import BIG_CAMPAIGN_ID, ensure_store
from influscope.store import database, migrate
from influscope.web import WebSettings, accounts, create_app

GOAL_P95_MS = 150.0
SORTS = ("reach", "cost", "engagement_rate_reach", "cost_per_engagement", "emv", "key")
HERE = Path(__file__).parent


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def summary(times: list[float]) -> dict:
    ms = [t * 1000 for t in times]
    return {
        "n": len(ms),
        "p50_ms": round(statistics.median(ms), 1),
        "p95_ms": round(percentile(ms, 0.95), 1),
        "max_ms": round(max(ms), 1),
    }


def slowest(times: list[float], sorts: tuple[str, ...], n: int = 10) -> list[dict]:
    """The slowest warm requests: their position in the run, sort order and time, to tell a
    slow sort order (every sixth request) from pauses that fall anywhere."""
    ranked = sorted(range(len(times)), key=lambda i: times[i], reverse=True)[:n]
    return [
        {"request": i, "sort": sorts[i % len(sorts)], "ms": round(times[i] * 1000, 1)}
        for i in ranked
    ]


def timed(client: TestClient, url: str, headers: dict) -> float:
    started = time.perf_counter()
    response = client.get(url, headers=headers)
    elapsed = time.perf_counter() - started
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}: {response.text[:300]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="10M", help="metric rows of the store (bench/kpi)")
    parser.add_argument("--requests", type=int, default=200, help="warm requests per route")
    parser.add_argument("--cold", type=int, default=3, help="cold requests per route")
    args = parser.parse_args()

    cached = ensure_store(args.size)
    with tempfile.TemporaryDirectory(prefix="influscope-web-bench-") as folder:
        path = Path(folder) / "store.duckdb"
        shutil.copy(cached, path)
        engine = database.create_engine(str(path))
        migrate.upgrade(engine)
        with engine.begin() as conn:
            user = accounts.create_user(
                conn, email="bench@example.com", name="Bench", password="bench-bench-1"
            )
            accounts.grant(conn, user_id=user, workspace_id=1, role=accounts.Role.OWNER)
            token = accounts.create_api_token(conn, user_id=user, name="bench")
        app = create_app(engine, WebSettings(secure_cookies=False, dashboard_cache_seconds=3600))
        headers = {"Authorization": f"Bearer {token}"}
        routes = {
            "page": f"/campaigns/{BIG_CAMPAIGN_ID}",
            "json": f"/api/v1/campaigns/{BIG_CAMPAIGN_ID}",
        }
        results = {}
        with TestClient(app) as client:
            for name, url in routes.items():
                cold = []
                for _ in range(args.cold):
                    app.state.data_version.bump()  # as after an import: figures recomputed
                    cold.append(timed(client, url, headers))
                by_sort: dict[str, list[float]] = {sort: [] for sort in SORTS}
                warm = []
                for i in range(args.requests):
                    sort = SORTS[i % len(SORTS)]
                    elapsed = timed(client, f"{url}?sort={sort}", headers)
                    warm.append(elapsed)
                    by_sort[sort].append(elapsed)
                results[name] = {
                    "cold": summary(cold),
                    "warm": summary(warm),
                    "warm_by_sort": {sort: summary(t) for sort, t in by_sort.items() if t},
                    "warm_slowest": slowest(warm, SORTS),
                }
                print(f"{name}: cold {results[name]['cold']}  warm {results[name]['warm']}")
                for sort, figures in results[name]["warm_by_sort"].items():
                    print(f"  sort={sort}: {figures}")
        engine.dispose()
    report = {
        "size": args.size,
        "machine": f"{os.cpu_count()} cores, Python {platform.python_version()}",
        "load_average": os.getloadavg(),
        "results": results,
        "goal_p95_ms": GOAL_P95_MS,
        "met": all(r["warm"]["p95_ms"] < GOAL_P95_MS for r in results.values()),
    }
    (HERE / f"last-run-{args.size}.json").write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
