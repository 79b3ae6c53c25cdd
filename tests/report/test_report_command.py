"""`influscope report` as a user runs it: files in a folder, schedules for cron."""

from typer.testing import CliRunner

from influscope.cli.main import app
from influscope.demo import DEMO_WORKSPACE

runner = CliRunner()


def test_report_command_writes_the_campaign_report_in_the_formats_asked(demo_store, tmp_path):
    db = demo_store.url.render_as_string()
    result = runner.invoke(
        app,
        [
            "report",
            "Soldes d'été 2026",
            "--format",
            "html",
            "--format",
            "xlsx",
            "--lang",
            "fr",
            "--out",
            str(tmp_path),
            "--db",
            db,
        ],
    )
    assert result.exit_code == 0, result.output
    names = sorted(path.name for path in tmp_path.iterdir())
    assert names == [
        "maison-lumiere-soldes-d-ete-2026.fr.html",
        "maison-lumiere-soldes-d-ete-2026.fr.xlsx",
    ]
    assert "Synthèse" in (tmp_path / names[0]).read_text(encoding="utf-8")


def test_report_command_refuses_a_period_without_workspace(demo_store, tmp_path):
    db = demo_store.url.render_as_string()
    arguments = ["report", "--period", "2026-Q3", "--out", str(tmp_path), "--db", db]
    result = runner.invoke(app, arguments)
    assert result.exit_code == 1
    assert "needs --workspace" in result.output


def test_schedule_commands_add_list_and_run_due(demo_store, tmp_path):
    db = demo_store.url.render_as_string()
    added = runner.invoke(
        app,
        [
            "report",
            "schedule",
            "add",
            "mensuel",
            "--workspace",
            DEMO_WORKSPACE,
            "--every",
            "monthly",
            "--format",
            "html",
            "--out",
            str(tmp_path),
        ],
    )
    assert added.exit_code == 0, added.output
    listed = runner.invoke(app, ["report", "schedule", "list", "--out", str(tmp_path)])
    assert "mensuel" in listed.output
    due = ["report", "schedule", "run-due", "--out", str(tmp_path), "--today", "2026-10-02"]
    due += ["--db", db]
    first = runner.invoke(app, due)
    assert first.exit_code == 0, first.output
    assert (tmp_path / "mensuel" / "maison-lumiere-2026-09.en.html").exists()
    second = runner.invoke(app, due)
    assert "Nothing due." in second.output
