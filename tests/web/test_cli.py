"""`influscope users` manages who signs in; `influscope serve` is checked by the browser tests."""

from typer.testing import CliRunner

from influscope.cli.main import app
from influscope.web import accounts


def test_users_add_creates_the_workspace_and_an_owner_who_can_sign_in(store_url, engine):
    runner = CliRunner()
    result = runner.invoke(
        app,
        ["users", "add", "anne@lumiere.fr", "--workspace", "Maison Lumière", "--db", store_url],
        input="long-enough-pass\nlong-enough-pass\n",
    )
    assert result.exit_code == 0, result.output
    assert "anne@lumiere.fr is owner of 'Maison Lumière'." in result.output
    with engine.connect() as conn:
        user_id = accounts.check_password(
            conn, email="Anne@Lumiere.fr", password="long-enough-pass"
        )
        user = accounts.get_user(conn, user_id=user_id)
    (membership,) = user.memberships.values()
    assert membership.workspace == "Maison Lumière" and membership.role is accounts.Role.OWNER

    listed = runner.invoke(app, ["users", "list", "--db", store_url])
    assert "anne@lumiere.fr" in listed.output and "owner" in listed.output


def test_users_add_refuses_a_short_password_and_an_unknown_role(store_url):
    runner = CliRunner()
    short = runner.invoke(
        app,
        ["users", "add", "bob@lumiere.fr", "-w", "Maison Lumière", "--db", store_url],
        input="short\nshort\n",
    )
    assert short.exit_code == 1 and "at least 10 characters" in short.output
    role = runner.invoke(
        app,
        ["users", "add", "bob@lumiere.fr", "-w", "M", "--role", "boss", "--db", store_url],
        input="long-enough-pass\nlong-enough-pass\n",
    )
    assert role.exit_code == 1 and "boss" in role.output
