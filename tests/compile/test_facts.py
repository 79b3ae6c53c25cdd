"""The KPI facts build only the columns the KPIs asked for read: a query for the EMV never joins
the account audits, one for the authentic EMV never computes the plain EMV."""

import ibis.expr.types as ir

from influscope.catalogue.load import built_in_catalogue
from influscope.compile import compile_kpis
from influscope.engines.schema_only import SchemaSource, to_sql
from influscope.store import schema


def _query(*kpi_ids: str) -> ir.Table:
    source = SchemaSource(schema.shareable_tables())
    return compile_kpis(source, built_in_catalogue(), kpi_ids=kpi_ids, campaign_ids=[1])


def test_the_emv_alone_never_reads_the_account_audits():
    assert "account_audit" not in to_sql(_query("emv"), "duckdb")


def test_the_authentic_emv_reads_the_audits_without_the_plain_emv():
    sql = to_sql(_query("emv_authentic"), "duckdb")
    assert "account_audit" in sql
    assert '"emv"' not in sql
    assert '"emv_authentic"' in sql


def test_the_relations_named_in_the_sql_are_no_store_table():
    """The facts and the relations several parts read are named CTEs: none may hide a table."""
    sql = to_sql(_query(*built_in_catalogue().kpis), "duckdb")
    named = {"kpi_facts", "post_rows", "campaign_posts_in"}
    assert all(f'"{name}" AS (' in sql for name in named)
    tables = {table.name for table in schema.shareable_tables()}
    assert tables.isdisjoint({*named, "campaign_posts"})
