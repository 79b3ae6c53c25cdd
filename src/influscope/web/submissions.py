"""Posts and statistics sent by influencers: kept pending, written to the store once approved.

An approved submission becomes a post (matched to one already known by its URL) and one metric
snapshot per reported counter, `self_reported`, through the same natural-key writes as a
workbook import, so approving twice or re-importing changes nothing.
"""

import datetime as dt
import json
from dataclasses import dataclass

import sqlalchemy as sa
from fastapi import HTTPException

from influscope.store import schema
from influscope.store.records import AccountRecord, Batch, MetricRecord, PostRecord
from influscope.store.writes import save_batch
from influscope.vocabulary import Format, Metric, Platform, Provenance
from influscope.web.accounts import now
from influscope.web.models import SubmissionPublic

SOURCE = "portal"
# What an insight screenshot may be: the first bytes of each accepted type.
IMAGE_SIGNATURES = {
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/webp": (b"RIFF",),
}


@dataclass(frozen=True)
class Attachment:
    file_name: str
    content_type: str
    data: bytes


def sniff_image(data: bytes) -> str | None:
    """The image type the bytes really are, whatever the browser claimed."""
    for content_type, signatures in IMAGE_SIGNATURES.items():
        if any(data.startswith(s) for s in signatures):
            if content_type == "image/webp" and data[8:12] != b"WEBP":
                continue
            return content_type
    return None


def create_submission(
    conn: sa.Connection,
    *,
    workspace_id: int,
    campaign_id: int,
    influencer_id: int,
    submitted_by: int | None,
    platform: Platform,
    handle: str,
    url: str,
    format: Format,
    published_at: dt.datetime,
    metrics: dict[Metric, int],
    attachment: Attachment | None,
) -> int:
    s = schema.web.submission
    submission_id = conn.execute(
        s.insert()
        .values(
            workspace_id=workspace_id,
            campaign_id=campaign_id,
            influencer_id=influencer_id,
            submitted_by=submitted_by,
            platform=platform.value,
            handle=handle,
            url=url,
            format=format.value,
            published_at=published_at,
            metrics=json.dumps({m.value: v for m, v in metrics.items()}),
            submitted_at=now(),
            status="pending",
            review_note="",
        )
        .returning(s.c.id)
    ).scalar_one()
    if attachment is not None:
        conn.execute(
            schema.web.submission_attachment.insert().values(
                submission_id=submission_id,
                file_name=attachment.file_name[:255],
                content_type=attachment.content_type,
                size=len(attachment.data),
                data=attachment.data,
            )
        )
    return submission_id


def count_pending(conn: sa.Connection, *, campaign_id: int) -> int:
    s = schema.web.submission
    return conn.execute(
        sa.select(sa.func.count()).where(s.c.campaign_id == campaign_id, s.c.status == "pending")
    ).scalar_one()


def list_submissions(
    conn: sa.Connection, *, workspace_id: int, influencer_id: int | None = None
) -> list[SubmissionPublic]:
    s, c, i = schema.web.submission, schema.campaign, schema.influencer
    at = schema.web.submission_attachment
    has_attachment = sa.exists().where(at.c.submission_id == s.c.id)
    query = (
        sa.select(s, c.c.name.label("campaign"), i.c.name.label("influencer"), has_attachment)
        .join(c, c.c.id == s.c.campaign_id)
        .join(i, i.c.id == s.c.influencer_id)
        .where(s.c.workspace_id == workspace_id)
        .order_by(s.c.submitted_at.desc(), s.c.id.desc())
    )
    if influencer_id is not None:
        query = query.where(s.c.influencer_id == influencer_id)
    return [
        SubmissionPublic(
            id=r.id,
            campaign_id=r.campaign_id,
            campaign=r.campaign,
            influencer=r.influencer,
            platform=r.platform,
            handle=r.handle,
            url=r.url,
            format=r.format,
            published_at=r.published_at,
            metrics=json.loads(r.metrics),
            status=r.status,
            submitted_at=r.submitted_at,
            has_attachment=bool(r[-1]),
        )
        for r in conn.execute(query)
    ]


def get_submission_workspace_or_404(conn: sa.Connection, *, submission_id: int) -> int:
    s = schema.web.submission
    found = conn.execute(
        sa.select(s.c.workspace_id).where(s.c.id == submission_id)
    ).scalar_one_or_none()
    if found is None:
        raise HTTPException(404, "Not found")
    return found


def get_attachment(conn: sa.Connection, *, submission_id: int) -> Attachment | None:
    at = schema.web.submission_attachment
    row = conn.execute(
        sa.select(at.c.file_name, at.c.content_type, at.c.data).where(
            at.c.submission_id == submission_id
        )
    ).first()
    return Attachment(row.file_name, row.content_type, row.data) if row else None


def review(
    conn: sa.Connection, *, submission_id: int, reviewer: int, approve: bool, workspace: str
) -> None:
    """Approve (write the post and its self-reported counters) or reject a pending submission."""
    s, c, i = schema.web.submission, schema.campaign, schema.influencer
    row = conn.execute(
        sa.select(s, c.c.name.label("campaign"), i.c.name.label("influencer"))
        .join(c, c.c.id == s.c.campaign_id)
        .join(i, i.c.id == s.c.influencer_id)
        .where(s.c.id == submission_id)
    ).first()
    if row is None:
        raise HTTPException(404, "Not found")
    if row.status != "pending":
        raise HTTPException(409, "This submission was already reviewed")
    if approve:
        save_batch(conn, workspace=workspace, batch=_batch(conn, row))
    conn.execute(
        s.update()
        .where(s.c.id == submission_id)
        .values(
            status="approved" if approve else "rejected", reviewed_by=reviewer, reviewed_at=now()
        )
    )


def _batch(conn: sa.Connection, row: sa.Row) -> Batch:
    platform = Platform(row.platform)
    p, a = schema.post, schema.account
    known_key = conn.execute(
        sa.select(p.c.post_key)
        .join(a, a.c.id == p.c.account_id)
        .where(a.c.platform == platform.value, a.c.influencer_id == row.influencer_id)
        .where(p.c.url == row.url)
    ).scalar()
    post_key = known_key or row.url
    # A post already known keeps what its source said (caption, id); only counters are added.
    new_post = (
        []
        if known_key
        else [
            PostRecord(
                platform=platform,
                handle=row.handle,
                post_key=post_key,
                format=Format(row.format),
                published_at=row.published_at.replace(tzinfo=dt.UTC),
                campaign=row.campaign,
                url=row.url,
                sponsored=True,
            )
        ]
    )
    return Batch(
        accounts=[] if known_key else [AccountRecord(row.influencer, platform, row.handle)],
        posts=new_post,
        metrics=[
            MetricRecord(
                platform=platform,
                post_key=post_key,
                captured_at=row.submitted_at,
                metric=Metric(metric),
                # Sent before the portal took whole numbers only: a count is whole.
                value=float(round(value)),
                source=SOURCE,
                provenance=Provenance.SELF_REPORTED,
            )
            for metric, value in json.loads(row.metrics).items()
        ],
    )
