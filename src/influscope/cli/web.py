"""The web app: `influscope serve`, and `influscope users` to manage who may sign in."""

from typing import Annotated

import typer

from influscope.cli.common import DbOption, console, open_store, user_errors

# Commands merged into `influscope`.
commands = typer.Typer()
users = typer.Typer(help="Web app users and their roles per workspace.", no_args_is_help=True)
commands.add_typer(users, name="users")


@commands.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    demo: Annotated[
        bool,
        typer.Option(
            "--demo", help="Load the demo brand and a demo owner (printed) before serving."
        ),
    ] = False,
    secure_cookies: Annotated[
        bool | None,
        typer.Option(
            "--secure-cookies/--insecure-cookies",
            help="Secure session cookies (default: on, except when serving on localhost).",
        ),
    ] = None,
    secret_key: Annotated[
        str | None,
        typer.Option(
            envvar="INFLUSCOPE_SECRET_KEY", help="Signs portal links; random when not given."
        ),
    ] = None,
) -> None:
    """Serve the dashboards, imports and influencer portal on http://HOST:PORT."""
    import uvicorn

    from influscope.web import WebSettings, create_app

    with user_errors():
        engine = open_store(db)
        if demo:
            from influscope.web.demo import load_demo

            with console.status("Writing the demo campaigns…"):
                load_demo(engine)
    local = host in ("127.0.0.1", "localhost", "::1")
    settings = WebSettings(
        secure_cookies=not local if secure_cookies is None else secure_cookies,
        warm_dashboards=True,
        **({"secret_key": secret_key} if secret_key else {}),
    )
    shown = "localhost" if local else host
    console.print(f"Influscope is serving at http://{shown}:{port}/ (Ctrl+C stops it)")
    if demo:
        from influscope.web.demo import DEMO_EMAIL, DEMO_PASSWORD

        console.print(f"Demo sign-in: {DEMO_EMAIL} / {DEMO_PASSWORD}")
    uvicorn.run(create_app(engine, settings), host=host, port=port, log_level="warning")


@users.command("add")
def add_user(
    email: Annotated[str, typer.Argument(help="Sign-in email.")],
    workspace: Annotated[
        str, typer.Option("--workspace", "-w", help="Workspace (created if new).")
    ],
    role: Annotated[str, typer.Option(help="owner, analyst or viewer.")] = "owner",
    name: Annotated[str, typer.Option(help="Display name (default: the email).")] = "",
    password: Annotated[
        str,
        typer.Option(
            prompt=True, hide_input=True, confirmation_prompt=True, help="10+ characters."
        ),
    ] = "",
    db: DbOption = None,
) -> None:
    """Add a user with a role in a workspace, or give an existing user that role."""
    from influscope.store.writes import get_or_create_workspace
    from influscope.web import accounts

    with user_errors():
        chosen = accounts.Role(role)
        if chosen is accounts.Role.INFLUENCER:
            raise ValueError("Influencers get their access from a portal link in the web app.")
        engine = open_store(db)
        with engine.begin() as conn:
            workspace_id = get_or_create_workspace(conn, name=workspace)
            user_id = accounts.get_user_id(conn, email=email)
            if user_id is None:
                user_id = accounts.create_user(
                    conn, email=email, name=name or email, password=password
                )
            accounts.grant(conn, user_id=user_id, workspace_id=workspace_id, role=chosen)
    console.print(f"{email} is {chosen.value} of {workspace!r}.")


@users.command("list")
def list_users(db: DbOption = None) -> None:
    """Users and their roles."""
    import sqlalchemy as sa
    from rich.table import Table

    from influscope.store import schema

    u, m, w = schema.web.app_user, schema.web.membership, schema.workspace
    with user_errors():
        engine = open_store(db)
        with engine.connect() as conn:
            rows = conn.execute(
                sa.select(u.c.email, u.c.name, w.c.name, m.c.role)
                .select_from(
                    u.outerjoin(m, m.c.user_id == u.c.id).outerjoin(w, w.c.id == m.c.workspace_id)
                )
                .order_by(u.c.email, w.c.name)
            ).all()
    table = Table("email", "name", "workspace", "role")
    for row in rows:
        table.add_row(*(str(value or "") for value in row))
    console.print(table)


@users.command("password")
def set_password(
    email: Annotated[str, typer.Argument(help="Sign-in email.")],
    password: Annotated[
        str, typer.Option(prompt=True, hide_input=True, confirmation_prompt=True)
    ] = "",
    db: DbOption = None,
) -> None:
    """Set a user's password."""
    from influscope.web import accounts

    with user_errors():
        engine = open_store(db)
        with engine.begin() as conn:
            user_id = accounts.get_user_id(conn, email=email)
            if user_id is None:
                raise ValueError(f"No user {email}.")
            accounts.set_password(conn, user_id=user_id, password=password)
    console.print(f"Password of {email} changed.")
