"""The influencer portal, and the brand's review of what influencers send."""

import datetime as dt
from typing import Annotated

import sqlalchemy as sa
from fastapi import APIRouter, Form, HTTPException, UploadFile
from fastapi.responses import Response

from influscope.store import schema
from influscope.store.records import LARGEST_COUNT
from influscope.vocabulary import Format, Metric, Platform
from influscope.web import lookups, submissions
from influscope.web.accounts import EDITORS, READERS, Role
from influscope.web.deps import MAX_ID, CsrfChecked, Ctx, Id
from influscope.web.models import PortalPage, SubmissionsPage
from influscope.web.pages import redirect, twin
from influscope.web.portal import influencer_campaign_ids, portal_campaigns

router = APIRouter()
# What an influencer reports of a post: a count, as the platform's own screen shows it.
Count = Annotated[int | None, Form(ge=0, le=LARGEST_COUNT)]


@twin(router, "/portal", template="portal.html", model=PortalPage)
def portal(ctx: Ctx) -> PortalPage:
    user = ctx.signed_in_user
    members = [m for m in user.memberships.values() if m.role is Role.INFLUENCER]
    if not members:
        raise HTTPException(403, "The portal is for influencers")
    i = schema.influencer
    with ctx.engine.connect() as conn:
        names = conn.execute(
            sa.select(i.c.name).where(i.c.id.in_([m.influencer_id for m in members]))
        ).scalars()
        shown = ", ".join(sorted(set(names))) or user.name
    return PortalPage(
        influencer=shown,
        campaigns=[c for m in members for c in portal_campaigns(ctx.engine, m, ctx.lang)],
        platforms=[p.value for p in Platform],
        formats=[f.value for f in Format],
        metrics=[m.value for m in Metric],
    )


async def _read_screenshot(ctx: Ctx, upload: UploadFile | None) -> submissions.Attachment | None:
    if upload is None or not upload.filename:
        return None
    limit = ctx.settings.max_attachment_bytes
    data = await upload.read(limit + 1)
    if len(data) > limit:
        raise HTTPException(413, f"The screenshot is larger than {limit // (1024 * 1024)} MB")
    content_type = submissions.sniff_image(data)
    if content_type is None:
        raise HTTPException(415, "The screenshot must be a PNG, JPEG or WebP image")
    return submissions.Attachment(upload.filename, content_type, data)


@router.post("/portal/submissions", include_in_schema=False, dependencies=[CsrfChecked])
async def submit_post(
    ctx: Ctx,
    campaign_id: Annotated[int, Form(ge=1, le=MAX_ID)],
    platform: Annotated[Platform, Form()],
    handle: Annotated[str, Form(min_length=1, max_length=200)],
    url: Annotated[str, Form(min_length=8, max_length=2000, pattern="^https?://")],
    format: Annotated[Format, Form()],
    published_on: Annotated[dt.date, Form()],
    reach: Count = None,
    impressions: Count = None,
    views: Count = None,
    likes: Count = None,
    comments: Count = None,
    shares: Count = None,
    saves: Count = None,
    clicks: Count = None,
    screenshot: UploadFile | None = None,
):
    user = ctx.signed_in_user
    reported = dict(
        reach=reach,
        impressions=impressions,
        views=views,
        likes=likes,
        comments=comments,
        shares=shares,
        saves=saves,
        clicks=clicks,
    )
    metrics = {Metric(k): v for k, v in reported.items() if v is not None}
    with ctx.engine.connect() as conn:
        campaign = lookups.get_campaign_or_404(conn, campaign_id=campaign_id)
    member = user.memberships.get(campaign.workspace_id)
    if member is None or member.role is not Role.INFLUENCER:
        raise HTTPException(404, "Not found")
    with ctx.engine.connect() as conn:
        if campaign_id not in influencer_campaign_ids(conn, influencer_id=member.influencer_id):
            raise HTTPException(404, "Not found")
    attachment = await _read_screenshot(ctx, screenshot)
    with ctx.engine.begin() as conn:
        submissions.create_submission(
            conn,
            workspace_id=campaign.workspace_id,
            campaign_id=campaign_id,
            influencer_id=member.influencer_id,
            submitted_by=user.id,
            platform=platform,
            handle=handle.strip().lstrip("@").lower(),
            url=url.strip(),
            format=format,
            published_at=dt.datetime.combine(published_on, dt.time(12)),
            metrics=metrics,
            attachment=attachment,
        )
    return redirect("/portal?sent=1")


@twin(
    router,
    "/workspaces/{workspace_id}/submissions",
    template="submissions.html",
    model=SubmissionsPage,
)
def workspace_submissions(ctx: Ctx, workspace_id: Id) -> SubmissionsPage:
    member = ctx.require(workspace_id, READERS)
    with ctx.engine.connect() as conn:
        found = submissions.list_submissions(conn, workspace_id=workspace_id)
    return SubmissionsPage(
        workspace=lookups.workspace_public(member),
        submissions=found,
        can_review=member.role in EDITORS,
    )


@router.post(
    "/submissions/{submission_id}/{decision}",
    include_in_schema=False,
    dependencies=[CsrfChecked],
)
def review_submission(ctx: Ctx, submission_id: Id, decision: str):
    if decision not in ("approve", "reject"):
        raise HTTPException(404, "Not found")
    with ctx.engine.connect() as conn:
        workspace_id = submissions.get_submission_workspace_or_404(
            conn, submission_id=submission_id
        )
    member = ctx.require(workspace_id, EDITORS)
    with ctx.engine.begin() as conn:
        submissions.review(
            conn,
            submission_id=submission_id,
            reviewer=ctx.signed_in_user.id,
            approve=decision == "approve",
            workspace=member.workspace,
        )
    ctx.request.app.state.data_version.bump()
    return redirect(f"/workspaces/{workspace_id}/submissions")


@router.get("/submissions/{submission_id}/screenshot", include_in_schema=False)
def submission_screenshot(ctx: Ctx, submission_id: Id) -> Response:
    with ctx.engine.connect() as conn:
        workspace_id = submissions.get_submission_workspace_or_404(
            conn, submission_id=submission_id
        )
        ctx.require(workspace_id, READERS)
        found = submissions.get_attachment(conn, submission_id=submission_id)
    if found is None:
        raise HTTPException(404, "Not found")
    # Served as an image the browser will not sniff into anything else, never inline HTML.
    return Response(
        found.data,
        media_type=found.content_type,
        headers={
            "X-Content-Type-Options": "nosniff",
            "Content-Disposition": 'inline; filename="screenshot"',
        },
    )
