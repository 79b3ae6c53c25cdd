"""Data for the import benchmark: a GA4 BigQuery export (NDJSON, 64-bit integers as strings, as
BigQuery writes it) and a Shopify "Export orders" CSV (79 columns, several rows per order).

Deterministic (one seed), written once per size and kept under bench/import/.data/.
"""

import csv
import json
import random
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / ".data"
SEED = 20260306
DAY_START_US = 1_772_755_200_000_000  # 2026-03-06 00:00:00 UTC
SOURCES = [
    ("instagram", "influencer", "printemps-eclat", "lea.voyage"),
    ("tiktok", "influencer", "printemps-eclat", "leavoyage"),
    ("youtube", "influencer", "noel-2026", "tomkocht"),
    ("google", "organic", None, None),
    ("newsletter", "email", "mars-2026", None),
    (None, None, None, None),
]
SHOPIFY_HEADER = [
    "Name",
    "Email",
    "Financial Status",
    "Paid at",
    "Fulfillment Status",
    "Fulfilled at",
    "Accepts Marketing",
    "Currency",
    "Subtotal",
    "Shipping",
    "Taxes",
    "Total",
    "Discount Code",
    "Discount Amount",
    "Shipping Method",
    "Created at",
    "Lineitem quantity",
    "Lineitem name",
    "Lineitem price",
    "Lineitem compare at price",
    "Lineitem sku",
    "Lineitem requires shipping",
    "Lineitem taxable",
    "Lineitem fulfillment status",
    "Billing Name",
    "Billing Street",
    "Billing Address1",
    "Billing Address2",
    "Billing Company",
    "Billing City",
    "Billing Zip",
    "Billing Province",
    "Billing Country",
    "Billing Phone",
    "Shipping Name",
    "Shipping Street",
    "Shipping Address1",
    "Shipping Address2",
    "Shipping Company",
    "Shipping City",
    "Shipping Zip",
    "Shipping Province",
    "Shipping Country",
    "Shipping Phone",
    "Notes",
    "Note Attributes",
    "Cancelled at",
    "Payment Method",
    "Payment Reference",
    "Refunded Amount",
    "Vendor",
    "Outstanding Balance",
    "Employee",
    "Location",
    "Device ID",
    "Id",
    "Tags",
    "Risk Level",
    "Source",
    "Lineitem discount",
    "Tax 1 Name",
    "Tax 1 Value",
    "Tax 2 Name",
    "Tax 2 Value",
    "Tax 3 Name",
    "Tax 3 Value",
    "Tax 4 Name",
    "Tax 4 Value",
    "Tax 5 Name",
    "Tax 5 Value",
    "Phone",
    "Receipt Number",
    "Duties",
    "Billing Province Name",
    "Shipping Province Name",
    "Payment ID",
    "Payment Terms Name",
    "Next Payment Due At",
    "Payment References",
]


def _param(key: str, **value) -> dict:
    return {"key": key, "value": value}


def ga4_export(events: int, data_dir: Path = DATA_DIR) -> Path:
    """`events` events in sessions of 2 to 8 events, one NDJSON file."""
    path = data_dir / f"ga4_events_{events}.ndjson"
    if path.exists():
        return path
    data_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    written = 0
    partial = path.with_suffix(".partial")
    with partial.open("w") as out:
        session = 0
        while written < events:
            session += 1
            user = f"{rng.randrange(10**9)}.{1772700000 + rng.randrange(90000)}"
            start = DAY_START_US + rng.randrange(86_400_000_000)
            sid = str(start // 1_000_000)
            number = str(rng.choice((1, 1, 2, 3, 7)))
            source, medium, campaign, content = rng.choice(SOURCES)
            query = "&".join(
                f"utm_{k}={v}"
                for k, v in (("source", source), ("medium", medium), ("campaign", campaign))
                if v
            )
            landing = "https://maison-lumiere.fr/products/serum" + (f"?{query}" if query else "")
            last_click = {
                "manual_campaign": {
                    "campaign_name": campaign,
                    "source": source,
                    "medium": medium,
                    "content": content,
                    "term": None,
                }
            }
            size = min(rng.randrange(2, 9), events - written)
            buys = size > 4 and rng.random() < 0.3
            for i in range(size):
                name = "session_start" if i == 0 else "page_view"
                if buys and i == size - 1:
                    name = "purchase"
                params = [
                    _param("ga_session_id", int_value=sid),
                    _param("ga_session_number", int_value=number),
                    _param(
                        "page_location",
                        string_value=landing if i < 2 else "https://maison-lumiere.fr/checkout",
                    ),
                    _param("engagement_time_msec", int_value=str(rng.randrange(20_000))),
                ]
                if i == 2:
                    params.append(_param("session_engaged", string_value="1"))
                event = {
                    "event_date": "20260306",
                    "event_timestamp": str(start + i * 7_000_000),
                    "event_name": name,
                    "event_params": params,
                    "user_pseudo_id": user,
                    "device": {"category": "mobile", "operating_system": "iOS"},
                    "geo": {"country": "France", "city": "Paris"},
                    "traffic_source": {
                        "medium": "(none)",
                        "name": "(direct)",
                        "source": "(direct)",
                    },
                    "stream_id": "2100450278",
                    "platform": "WEB",
                    "session_traffic_source_last_click": last_click,
                    "ecommerce": (
                        {"transaction_id": f"#{session}", "purchase_revenue": 89.9}
                        if name == "purchase"
                        else {}
                    ),
                }
                if name == "purchase":
                    event["event_params"].append(_param("currency", string_value="EUR"))
                out.write(json.dumps(event, separators=(",", ":")))
                out.write("\n")
            written += size
    partial.rename(path)
    return path


def shopify_export(rows: int, data_dir: Path = DATA_DIR) -> Path:
    """`rows` CSV rows, orders of 1 to 3 line items, order fields on the first row only."""
    path = data_dir / f"shopify_orders_{rows}.csv"
    if path.exists():
        return path
    data_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    partial = path.with_suffix(".partial")
    with partial.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(SHOPIFY_HEADER)
        blank = [""] * len(SHOPIFY_HEADER)
        index = {name: i for i, name in enumerate(SHOPIFY_HEADER)}
        written, order = 0, 1000
        while written < rows:
            order += 1
            items = min(rng.randrange(1, 4), rows - written)
            email = f"client{rng.randrange(rows // 3 + 1)}@example.fr"
            day, hour, minute = rng.randrange(1, 29), rng.randrange(24), rng.randrange(60)
            created = f"2026-03-{day:02d} {hour:02d}:{minute:02d}:00 +0100"
            total = f"{rng.randrange(1000, 30000) / 100:.2f}"
            source, medium, campaign, _ = rng.choice(SOURCES)
            note = "\n".join(
                f"UTM {k}: {v}"
                for k, v in (("source", source), ("medium", medium), ("campaign", campaign))
                if v
            )
            for item in range(items):
                row = list(blank)
                for name, value in (
                    ("Name", f"#{order}"),
                    ("Email", email),
                    ("Created at", created),
                    ("Lineitem quantity", "1"),
                    ("Lineitem name", "Sérum Éclat 30 ml"),
                    ("Lineitem price", "29.90"),
                    ("Lineitem sku", "SER-ECL-30"),
                    ("Vendor", "Maison Lumière"),
                ):
                    row[index[name]] = value
                if item == 0:
                    for name, value in (
                        ("Financial Status", rng.choice(("paid", "paid", "paid", "refunded"))),
                        ("Currency", "EUR"),
                        ("Subtotal", total),
                        ("Total", total),
                        ("Discount Code", rng.choice(("", "", "LEA15", "TOM10"))),
                        ("Discount Amount", "0.00"),
                        ("Note Attributes", note),
                        ("Refunded Amount", "0.00"),
                        ("Id", str(5_790_000_000_000 + order)),
                        ("Billing Zip", "'75008"),
                    ):
                        row[index[name]] = value
                out.writerow(row)
            written += items
    partial.rename(path)
    return path
