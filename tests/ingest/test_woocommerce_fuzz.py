"""Fuzzing the WooCommerce reader: any orders response gives orders or a located ImportFailed."""

import json
import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from influscope.ingest.problems import ImportFailed
from influscope.ingest.woocommerce import read_woocommerce_json

ORDERS = json.loads(
    (Path(__file__).parent / "samples" / "commerce" / "woocommerce_orders.json").read_text()
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    which=st.integers(min_value=0, max_value=len(ORDERS) - 1),
    field=st.sampled_from(sorted(ORDERS[0])),
    value=json_values,
)
def test_any_orders_response_gives_orders_or_a_located_import_error(which, field, value):
    orders = [dict(o) for o in ORDERS]
    orders[which][field] = value
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "orders.json"
        path.write_text(json.dumps(orders))
        try:
            table = read_woocommerce_json(path, time_zone="Europe/Paris")
        except ImportFailed as failure:
            assert all(p.file == str(path) and p.row == which + 1 for p in failure.problems)
            return
    for order in table.to_pylist():
        assert isinstance(order["total"], Decimal) and order["refunded"] >= 0
        assert order["created_at"].tzinfo is None
