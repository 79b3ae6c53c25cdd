"""Fuzzing the Shopify readers: any export or order JSON gives orders or a located ImportFailed,
never another error; money stays exact and the customer stays a hash."""

import csv
import io
import json
import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from influscope.ingest.problems import ImportFailed
from influscope.ingest.shopify_csv import read_shopify_csv
from influscope.ingest.shopify_orders import read_shopify_json

SAMPLES = Path(__file__).parent / "samples" / "commerce"
EXPORT = list(
    csv.reader(io.StringIO((SAMPLES / "shopify_orders_export.csv").read_text("utf-8-sig")))
)
ORDER = json.loads((SAMPLES / "shopify_orders_updated.json").read_text())
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
cell_text = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=15)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


def _check_orders(table) -> None:
    for order in table.to_pylist():
        assert isinstance(order["total"], Decimal) and order["currency"]
        assert isinstance(order["refunded"], Decimal) and order["refunded"] >= 0
        assert order["customer_key"] is None or len(order["customer_key"]) == 64
        assert order["discount_codes"] == order["discount_codes"].upper()


@FUZZ
@given(
    edits=st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=len(EXPORT) - 1),
            st.integers(min_value=0, max_value=len(EXPORT[0]) - 1),
            cell_text,
        ),
        max_size=4,
    ),
    truncate=st.none() | st.integers(min_value=0, max_value=3000),
)
def test_any_orders_export_gives_orders_or_a_located_import_error(edits, truncate):
    rows = [list(r) for r in EXPORT]
    for row, column, text in edits:
        rows[row][column] = text
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    text = out.getvalue()[:truncate] if truncate is not None else out.getvalue()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "orders_export.csv"
        path.write_text(text)
        try:
            table = read_shopify_csv(path)
        except ImportFailed as failure:
            assert failure.problems and all(p.file == str(path) for p in failure.problems)
            return
    _check_orders(table)


@FUZZ
@given(
    field=st.sampled_from(sorted(ORDER)),
    value=json_values,
    refund=st.dictionaries(st.sampled_from(["kind", "status", "amount"]), json_values),
    customer=st.dictionaries(st.sampled_from(["orders_count", "email"]), json_values),
)
def test_any_order_json_gives_an_order_or_a_located_import_error(field, value, refund, customer):
    order = dict(ORDER) | {"refunds": [{"transactions": [refund]}], "customer": customer}
    order[field] = value
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "order.json"
        path.write_text(json.dumps(order))
        try:
            table = read_shopify_json(path)
        except ImportFailed as failure:
            assert all(p.file == str(path) and p.reason for p in failure.problems)
            return
    _check_orders(table)


@FUZZ
@given(data=st.binary(max_size=300))
def test_arbitrary_bytes_are_refused_cleanly(data):
    with tempfile.TemporaryDirectory() as folder:
        for name, read in (
            ("orders_export.csv", read_shopify_csv),
            ("order.json", read_shopify_json),
        ):
            path = Path(folder) / name
            path.write_bytes(data)
            try:
                read(path)
            except ImportFailed as failure:
                assert all(p.file == str(path) for p in failure.problems)
