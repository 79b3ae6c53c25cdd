"""Settings of a workspace: the price lists KPIs use, its users, and one's API tokens."""

from typing import Annotated

from fastapi import APIRouter, Form
from fastapi.responses import HTMLResponse

from influscope.catalogue.rate_cards import DEFAULT_BENCHMARKS, DEFAULT_RATE_CARD, built_in_rates
from influscope.web import accounts, lookups
from influscope.web.accounts import MANAGERS, READERS, Role
from influscope.web.deps import Context, CsrfChecked, Ctx, Id
from influscope.web.models import (
    BenchmarksPublic,
    MemberPublic,
    RateCardPublic,
    SettingsPage,
    TokenPublic,
)
from influscope.web.pages import redirect, render, twin

router = APIRouter()
# Roles an owner can hand out here; influencers get theirs through a portal link.
GRANTABLE = (Role.OWNER, Role.ANALYST, Role.VIEWER)


def _settings(ctx: Context, workspace_id: Id, new_token: str | None = None) -> SettingsPage:
    member = ctx.require(workspace_id, READERS)
    rates = built_in_rates()
    with ctx.engine.connect() as conn:
        members = (
            [
                MemberPublic(email=r["email"], name=r["name"], role=r["role"])
                for r in accounts.list_members(conn, workspace_id=workspace_id)
            ]
            if member.role in MANAGERS
            else None
        )
        tokens = [
            TokenPublic(**t) for t in accounts.list_api_tokens(conn, user_id=ctx.signed_in_user.id)
        ]
    return SettingsPage(
        workspace=lookups.workspace_public(member),
        rate_cards=[
            RateCardPublic(
                ref=card.ref,
                name=card.name,
                currency=card.currency,
                year=card.year,
                default=card.id == DEFAULT_RATE_CARD,
            )
            for card in rates.cards.values()
        ],
        benchmarks=[
            BenchmarksPublic(
                ref=b.ref, name=b.name, currency=b.currency, default=b.id == DEFAULT_BENCHMARKS
            )
            for b in rates.benchmarks.values()
        ],
        members=members,
        tokens=tokens,
        new_token=new_token,
    )


@twin(router, "/workspaces/{workspace_id}/settings", template="settings.html", model=SettingsPage)
def workspace_settings(ctx: Ctx, workspace_id: Id) -> SettingsPage:
    return _settings(ctx, workspace_id)


@router.post(
    "/workspaces/{workspace_id}/users", include_in_schema=False, dependencies=[CsrfChecked]
)
def add_user(
    ctx: Ctx,
    workspace_id: Id,
    email: Annotated[str, Form(max_length=320)],
    name: Annotated[str, Form(max_length=200)],
    role: Annotated[Role, Form()],
    password: Annotated[str, Form(max_length=1000)] = "",
):
    """Owners add analysts and client viewers (or co-owners); an existing user gets the role."""
    ctx.require(workspace_id, MANAGERS)
    if role not in GRANTABLE:
        return render(ctx, "error.html", status=422, message="Choose owner, analyst or viewer.")
    try:
        with ctx.engine.begin() as conn:
            user_id = accounts.get_user_id(conn, email=email)
            if user_id is None:
                user_id = accounts.create_user(
                    conn, email=email, name=name, password=password or None
                )
            accounts.grant(conn, user_id=user_id, workspace_id=workspace_id, role=role)
    except ValueError as error:
        return render(ctx, "error.html", status=422, message=str(error))
    return redirect(f"/workspaces/{workspace_id}/settings")


@router.post(
    "/workspaces/{workspace_id}/tokens",
    response_class=HTMLResponse,
    include_in_schema=False,
    dependencies=[CsrfChecked],
)
def create_token(
    ctx: Ctx, workspace_id: Id, name: Annotated[str, Form(max_length=200)] = "script"
) -> HTMLResponse:
    """A token for scripts, shown once; it acts with the user's own roles."""
    ctx.require(workspace_id, READERS)
    with ctx.engine.begin() as conn:
        token = accounts.create_api_token(conn, user_id=ctx.signed_in_user.id, name=name)
    return render(ctx, "settings.html", _settings(ctx, workspace_id, new_token=token))
