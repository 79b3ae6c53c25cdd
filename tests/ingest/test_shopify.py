"""Shopify orders: the "Export orders" CSV and saved order JSON become one shop_order per order."""

import csv
import datetime as dt
import hashlib
import io
import threading
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

from influscope.ingest.orders_import import import_shopify_csv, import_shopify_json
from influscope.ingest.problems import ImportFailed
from influscope.ingest.shopify_csv import read_shopify_csv
from influscope.store import schema

SAMPLES = Path(__file__).parent / "samples" / "commerce"
EXPORT = SAMPLES / "shopify_orders_export.csv"
CLAIRE = hashlib.sha256(b"claire.dupont@example.fr").hexdigest()


def orders(engine) -> dict[str, sa.Row]:
    so = schema.commerce.shop_order
    with engine.connect() as conn:
        return {row.order_name: row for row in conn.execute(sa.select(so))}


def test_an_export_gives_one_order_per_order_with_exact_money_codes_and_note_utms(engine):
    summary = import_shopify_csv(engine, EXPORT, workspace="Maison Lumière")

    found = orders(engine)
    assert summary.counts["shop_order"]["inserted"] == 5
    assert sorted(found) == ["#1001", "#1002", "#1003", "#1004", "#1005"]
    first = found["#1001"]
    assert (first.platform, first.order_key, first.currency) == ("shopify", "5790000001001", "EUR")
    # 12:37:33 +0100 is 11:37:33 UTC.
    assert first.created_at == dt.datetime(2026, 3, 6, 11, 37, 33)
    assert (first.subtotal, first.discount_total, first.total, first.refunded) == (
        Decimal("89.90"),
        Decimal("13.48"),
        Decimal("76.42"),
        Decimal("0.00"),
    )
    assert (first.discount_codes, first.financial_status, first.cancelled) == (
        "LEA15",
        "paid",
        False,
    )
    # "UTM source: instagram" lines of the multi-line Note Attributes cell.
    assert (first.utm_source, first.utm_medium, first.utm_campaign, first.utm_content) == (
        "instagram",
        "influencer",
        "printemps-eclat",
        "lea.voyage",
    )
    assert first.customer_key == CLAIRE
    # The e-mail itself is stored nowhere.
    assert "example.fr" not in " ".join(str(v) for v in first)


def test_line_items_on_later_rows_do_not_make_more_orders_and_order_fields_come_from_the_first(
    engine,
):
    import_shopify_csv(engine, EXPORT, workspace="Maison Lumière")

    second = orders(engine)["#1002"]
    assert (second.total, second.refunded, second.financial_status) == (
        Decimal("107.82"),
        Decimal("30.00"),
        "partially_refunded",
    )
    # "TOM10, welcome10": trimmed, upper-cased, in order.
    assert second.discount_codes == "TOM10,WELCOME10"


def test_cancelled_refunded_and_anonymous_orders(engine):
    import_shopify_csv(engine, EXPORT, workspace="Maison Lumière")

    found = orders(engine)
    assert (found["#1003"].cancelled, found["#1003"].financial_status) == (True, "voided")
    # Refunded with no Refunded Amount: the whole total went back.
    assert (found["#1004"].refunded, found["#1004"].currency) == (Decimal("45.00"), "GBP")
    anonymous = found["#1005"]
    assert (anonymous.customer_key, anonymous.new_customer, anonymous.discount_total) == (
        None,
        None,
        Decimal("0.00"),
    )
    assert (anonymous.utm_source, anonymous.utm_term, anonymous.utm_id) == ("tiktok", "serum", "7")


def test_new_customer_is_the_first_order_of_that_email_in_the_store(engine):
    import_shopify_csv(engine, EXPORT, workspace="Maison Lumière")

    found = orders(engine)
    # The same person typed her e-mail differently on her second order.
    assert found["#1002"].customer_key == CLAIRE
    assert (found["#1001"].new_customer, found["#1002"].new_customer) == (True, False)
    assert found["#1003"].new_customer is True


def _export_with(tmp_path, edit) -> Path:
    """The sample export with `edit(rows)` applied to its rows (the header is rows[0])."""
    rows = list(csv.reader(io.StringIO(EXPORT.read_text(encoding="utf-8-sig"))))
    edit(rows)
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    path = tmp_path / "orders_export.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def test_note_attribute_utms_in_every_spelling_apps_write(engine, tmp_path):
    notes = {
        # Windows line ends, `=` and `:` mixed, spaces and tabs around, a value with a colon.
        "#1001": "Utm_Source = instagram \r\nutm-medium:\tinfluencer\t\r\n"
        "  UTM campaign : printemps:eclat\r\nutmcontent=lea.voyage",
        # Only the first line of a part counts, an empty value is none, other notes are ignored.
        "#1005": "gift: yes\nutm_source=tiktok\nutm_source=youtube\nutm_term=\n"
        "UTM ſource: long s\nutm_id= 7 ",
    }

    def edit(rows):
        header = rows[0]
        for row in rows[1:]:
            if row[header.index("Name")] in notes and row[header.index("Total")]:
                row[header.index("Note Attributes")] = notes[row[header.index("Name")]]

    import_shopify_csv(engine, _export_with(tmp_path, edit), workspace="Maison Lumière")

    found = orders(engine)
    first = found["#1001"]
    assert (first.utm_source, first.utm_medium, first.utm_campaign, first.utm_content) == (
        "instagram",
        "influencer",
        "printemps:eclat",
        "lea.voyage",
    )
    assert (first.utm_term, first.utm_id) == (None, None)
    tiktok = found["#1005"]
    assert (tiktok.utm_source, tiktok.utm_term, tiktok.utm_id) == ("tiktok", None, "7")


def test_the_lines_of_an_order_need_not_follow_each_other_and_rows_are_those_of_the_file(
    engine, tmp_path
):
    def edit(rows):
        # #1002's last line item moves to the end of the file (row 8), with a bad refund on it.
        header = rows[0]
        moved = rows.pop(4)
        moved[header.index("Refunded Amount")] = "3,50"
        rows.append(moved)

    with pytest.raises(ImportFailed) as failure:
        import_shopify_csv(engine, _export_with(tmp_path, edit), workspace="Maison Lumière")
    assert [(p.row, p.column, p.value) for p in failure.value.problems] == [
        (8, "Refunded Amount", "3,50")
    ]

    def edit_fine(rows):
        rows.append(rows.pop(3))

    import_shopify_csv(engine, _export_with(tmp_path, edit_fine), workspace="Maison Lumière")
    second = orders(engine)["#1002"]
    assert (second.total, second.discount_codes) == (Decimal("107.82"), "TOM10,WELCOME10")


def test_an_earlier_order_imported_later_becomes_the_customers_first(engine, tmp_path):
    import_shopify_csv(engine, EXPORT, workspace="Maison Lumière")

    def edit(rows):
        # One older order of Claire's, found in an earlier export.
        header = rows[0]
        del rows[2:]
        first = rows[1]
        first[header.index("Name")] = "#0999"
        first[header.index("Id")] = "5790000000999"
        first[header.index("Created at")] = "2026-02-27 18:00:00 +0100"

    summary = import_shopify_csv(engine, _export_with(tmp_path, edit), workspace="Maison Lumière")

    found = orders(engine)
    assert summary.counts["shop_order"]["inserted"] == 1
    assert [found[n].new_customer for n in ("#0999", "#1001", "#1002")] == [True, False, False]
    assert (found["#1003"].new_customer, found["#1005"].new_customer) == (True, None)
    again = import_shopify_csv(engine, EXPORT, workspace="Maison Lumière")
    assert again.changed == 0
    assert orders(engine) == found


def test_importing_the_export_again_changes_nothing(engine):
    import_shopify_csv(engine, EXPORT, workspace="Maison Lumière")
    before = orders(engine)

    summary = import_shopify_csv(engine, EXPORT, workspace="Maison Lumière")

    assert summary.changed == 0
    assert orders(engine) == before


def test_a_later_export_with_a_refund_updates_the_order(engine, tmp_path):
    import_shopify_csv(engine, EXPORT, workspace="Maison Lumière")
    text = EXPORT.read_text(encoding="utf-8-sig")
    later = tmp_path / "orders_export_2.csv"
    later.write_text(text.replace(",paid,2026-03-06", ",partially_refunded,2026-03-06"))

    summary = import_shopify_csv(engine, later, workspace="Maison Lumière")

    assert summary.counts["shop_order"]["updated"] == 1
    assert orders(engine)["#1001"].financial_status == "partially_refunded"


def test_every_bad_value_is_named_by_row_and_column_and_nothing_is_stored(engine, tmp_path):
    text = EXPORT.read_text(encoding="utf-8-sig")
    bad = tmp_path / "orders_export.csv"
    bad.write_text(
        text.replace("76.42", "76.42 EUR").replace("2026-03-12 11:11:00 +0000", "12/03/2026")
    )

    with pytest.raises(ImportFailed) as failure:
        import_shopify_csv(engine, bad, workspace="Maison Lumière")

    located = [(p.row, p.column, p.value) for p in failure.value.problems]
    assert located == [(2, "Total", "76.42 EUR"), (7, "Created at", "12/03/2026")]
    assert orders(engine) == {}


def test_a_row_with_a_stray_comma_is_located(engine, tmp_path):
    text = EXPORT.read_text(encoding="utf-8-sig")
    bad = tmp_path / "orders_export.csv"
    bad.write_text(text.replace("76.42", "76,42"))

    with pytest.raises(ImportFailed) as failure:
        import_shopify_csv(engine, bad, workspace="Maison Lumière")

    assert failure.value.problems[0].row == 2
    assert orders(engine) == {}


def test_a_file_that_is_not_an_orders_export_says_which_columns_are_missing(engine, tmp_path):
    bad = tmp_path / "products.csv"
    bad.write_text("Handle,Title,Variant Price\nserum,Sérum,89.90\n")

    with pytest.raises(ImportFailed) as failure:
        import_shopify_csv(engine, bad, workspace="Maison Lumière")

    assert [p.column for p in failure.value.problems] == ["Name", "Created at", "Currency", "Total"]


def test_a_column_the_import_reads_twice_in_the_header_is_refused_and_others_do_not_matter(
    engine, tmp_path
):
    def rename(old: str, new: str):
        return lambda rows: rows[0].__setitem__(rows[0].index(old), new)

    repeated_email = _export_with(tmp_path, rename("Billing Name", "Email"))
    with pytest.raises(ImportFailed) as failure:
        import_shopify_csv(engine, repeated_email, workspace="Maison Lumière")
    assert [(p.row, p.column, p.reason) for p in failure.value.problems] == [
        (1, "Email", "appears twice in the header")
    ]
    assert orders(engine) == {}

    repeated_unread = _export_with(tmp_path, rename("Billing Name", "Shipping Name"))
    import_shopify_csv(engine, repeated_unread, workspace="Maison Lumière")
    assert len(orders(engine)) == 5


def test_readings_at_the_same_time_each_see_only_their_own_file(tmp_path):
    # The readers share one scratch database per process: each must keep its tables apart.
    text = EXPORT.read_text(encoding="utf-8-sig")
    renamed = tmp_path / "orders_export_renamed.csv"
    renamed.write_text(text.replace("#100", "#200"))
    broken = tmp_path / "orders_export_broken.csv"
    broken.write_text(text.replace("76.42", "76.42 EUR"))
    files = [EXPORT, renamed, broken] * 4
    start = threading.Barrier(len(files))

    def read(path: Path) -> list[str] | str:
        start.wait()
        try:
            return sorted(read_shopify_csv(path).column("order_name").to_pylist())
        except ImportFailed as failure:
            return failure.problems[0].column

    mine = ["#1001", "#1002", "#1003", "#1004", "#1005"]
    renamed_orders = [name.replace("#100", "#200") for name in mine]
    # A second round finds nothing the first left behind.
    for _ in range(2):
        with ThreadPoolExecutor(len(files)) as pool:
            assert list(pool.map(read, files)) == [mine, renamed_orders, "Total"] * 4


def test_a_webhook_body_saved_to_a_file_imports_like_the_webhook(engine):
    import_shopify_json(engine, SAMPLES / "shopify_orders_create.json", workspace="Maison Lumière")

    order = orders(engine)["#1006"]
    assert (order.order_key, order.created_at, order.total) == (
        "5790000001006",
        dt.datetime(2026, 3, 13, 9, 15),
        Decimal("76.41"),
    )
    assert (order.discount_codes, order.utm_content, order.utm_id) == ("LEA15", "lea.voyage", "7")
    assert order.referring_site == "https://l.instagram.com/"
    # Shopify says this customer has 3 orders: not new, even with none stored before.
    assert order.new_customer is False


def test_an_export_made_before_a_refund_leaves_the_webhooks_refund_and_landing_page(
    engine, tmp_path
):
    import_shopify_json(engine, SAMPLES / "shopify_orders_updated.json", workspace="Maison Lumière")
    refunded = orders(engine)["#1006"]

    def add_order_1006_as_paid(rows):
        header = rows[0]
        row = dict.fromkeys(header, "")
        row |= {
            "Name": "#1006",
            "Id": "5790000001006",
            "Email": "Claire.Dupont@example.fr",
            "Financial Status": "paid",
            "Currency": "EUR",
            "Subtotal": "89.90",
            "Total": "76.41",
            "Discount Code": "lea15",
            "Discount Amount": "13.49",
            "Refunded Amount": "0.00",
            "Created at": "2026-03-13 10:15:00 +0100",
        }
        rows[1:] = [[row[name] for name in header]]

    summary = import_shopify_csv(
        engine, _export_with(tmp_path, add_order_1006_as_paid), workspace="Maison Lumière"
    )

    assert summary.changed == 0
    assert orders(engine)["#1006"] == refunded
    assert (refunded.financial_status, refunded.refunded) == ("partially_refunded", Decimal("25"))
    assert refunded.landing_site and refunded.utm_source


def test_the_import_commands_report_counts_and_refuse_a_bad_file_with_exit_code_2(
    store_url, tmp_path
):
    from typer.testing import CliRunner

    from influscope.cli.main import app

    runner = CliRunner()
    samples = [
        ["shopify", str(EXPORT)],
        ["shopify-json", str(SAMPLES / "shopify_orders_create.json")],
        ["woocommerce", str(SAMPLES / "woocommerce_orders.json")],
        [
            "ga4-bigquery",
            str(SAMPLES / "ga4_events_20260306.ndjson"),
            "--time-zone",
            "Europe/Paris",
        ],
        ["ga4-report", str(SAMPLES / "ga4_run_report.json")],
        ["ga4-csv", str(SAMPLES / "ga4_traffic_acquisition.csv"), "--currency", "EUR"],
    ]
    for command in samples:
        result = runner.invoke(app, ["import", *command, "-w", "Maison Lumière", "--db", store_url])
        assert result.exit_code == 0, result.output
        assert "inserted" in result.output

    bad = tmp_path / "orders_export.csv"
    bad.write_text(EXPORT.read_text(encoding="utf-8-sig").replace("2026-03-06 12:37:33", "hier"))
    result = runner.invoke(app, ["import", "shopify", str(bad), "--db", store_url])
    assert result.exit_code == 2
    assert "row 2" in result.output and "Created at" in result.output
