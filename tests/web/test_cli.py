"""`influscope users` manages who signs in; `influscope serve` is checked by the browser tests."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from typer.testing import CliRunner

from influscope.cli.main import app
from influscope.web import accounts
from influscope.web.demo import DEMO_EMAIL, DEMO_PASSWORD

INFLUSCOPE = str(Path(sys.executable).parent / "influscope")


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


def test_serve_demo_prints_its_address_and_a_sign_in_that_works(tmp_path):
    """What `./dev demo` runs: the demo brand served, its address and sign-in printed."""
    port = _free_port()
    server = subprocess.Popen(
        [INFLUSCOPE, "serve", "--demo", "--port", str(port), "--db", str(tmp_path / "d.duckdb")],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
    )
    try:
        lines = []
        deadline = time.monotonic() + 300
        while not any("Demo sign-in" in line for line in lines):
            assert server.poll() is None and time.monotonic() < deadline, "".join(lines)
            lines.append(server.stdout.readline())
        output = "".join(lines)
        assert f"http://localhost:{port}/" in output
        assert f"{DEMO_EMAIL} / {DEMO_PASSWORD}" in output
        client = httpx.Client(base_url=f"http://127.0.0.1:{port}")
        for _ in range(100):
            try:
                form = client.get("/sign-in")
                break
            except httpx.ConnectError:
                time.sleep(0.1)
        signed_in = client.post(
            "/sign-in",
            data={
                "email": DEMO_EMAIL,
                "password": DEMO_PASSWORD,
                "csrf_token": form.cookies["influscope_csrf"],
            },
        )
        assert signed_in.status_code == 303 and signed_in.headers["location"] == "/workspaces"
        assert "Maison Lumière" in client.get("/workspaces").text
    finally:
        server.terminate()
        server.wait(timeout=30)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
