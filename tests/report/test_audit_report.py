"""The influencer audit goes out in every report format, with the audit's own numbers."""

import io

import openpyxl
import pypdfium2
from markupsafe import escape

from influscope.demo import DEMO_WORKSPACE
from influscope.discover.report import influencer_audit
from influscope.discover.settings import built_in_settings
from influscope.report.audit_report import audit_report
from influscope.report.model import Kind
from influscope.report.numbers import format_value
from influscope.report.render_html import render_html
from influscope.report.render_xlsx import render_xlsx
from influscope.report.write import ReportFormat, write_report


def _audit(demo_store):
    with demo_store.connect() as conn:
        return influencer_audit(
            conn,
            workspace=DEMO_WORKSPACE,
            influencer="Sarah Delcourt",
            settings=built_in_settings(),
        )


def test_the_audit_is_written_in_every_format_with_one_section_per_account(demo_store, tmp_path):
    page = _audit(demo_store)
    report = audit_report(page, workspace=DEMO_WORKSPACE, lang="fr")
    written = write_report(report, tmp_path, [ReportFormat.ALL])
    assert sorted(path.suffix for path in written) == [".html", ".pdf", ".pptx", ".xlsx"]
    assert [s.key for s in report.sections] == [
        "profile",
        *(f"account_{n}" for n in range(1, len(page.accounts) + 1)),
    ]
    pdf = pypdfium2.PdfDocument(next(p for p in written if p.suffix == ".pdf"))
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    account = page.accounts[0]
    assert "Signaux d'authenticité" in text
    assert format_value(account.followers, Kind.COUNT, lang="fr") in text
    # The title reaches the page footer as text, its apostrophe intact.
    assert "Audit d'influenceur: Sarah Delcourt" in text and "&#39;" not in text


def test_the_workbook_keeps_the_audit_numbers_as_numbers(demo_store):
    page = _audit(demo_store)
    workbook = openpyxl.load_workbook(io.BytesIO(render_xlsx(audit_report(page, workspace="W"))))
    account = page.accounts[0]
    overview = workbook[f"{account.platform}_overview"]
    values = {row[0]: row[1] for row in overview.iter_rows(min_row=2, values_only=True)}
    assert values["Followers"] == account.followers
    assert values["Inauthentic share (%)"] == 100 * account.inauthentic_share
    signals = workbook[f"{account.platform}_signals"]
    assert [row[0] for row in signals.iter_rows(min_row=2, values_only=True)] == [
        s.label for s in account.signals
    ]


def test_a_french_audit_report_names_and_explains_its_signals_in_french(demo_store):
    page = _audit(demo_store)
    html = render_html(audit_report(page, workspace=DEMO_WORKSPACE, lang="fr"))
    signals = [s for account in page.accounts for s in account.signals]
    assert [str(s.label) for s in signals if escape(s.label) in html] == []
    assert [str(s.detail) for s in signals if escape(s.detail) in html] == []
    assert all(escape(s.label.get("fr")) in html for s in signals)
    assert all(escape(s.detail.get("fr")) in html for s in signals)
