"""Users, roles, sessions, API tokens and influencer submissions of the web app.

Secrets are never stored: sessions and API tokens are kept as SHA-256 digests of random tokens,
passwords as argon2 hashes. A role belongs to a membership (one user, one workspace), so the
same person can own one brand's workspace and only view another's.
"""

import sqlalchemy as sa

from influscope.store.schema.base import id_column, metadata

# `user` is a reserved word in PostgreSQL.
app_user = sa.Table(
    "app_user",
    metadata,
    id_column("app_user"),
    # Lower-cased; the sign-in name.
    sa.Column("email", sa.String(320), nullable=False, unique=True),
    sa.Column("name", sa.String(200), nullable=False),
    # Null for an influencer who only ever follows signed links.
    sa.Column("password_hash", sa.String(200)),
    # 'en' or 'fr'; null follows the browser's Accept-Language.
    sa.Column("locale", sa.String(8)),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("disabled", sa.Boolean, nullable=False, server_default=sa.false()),
)

# role: 'owner', 'analyst', 'viewer' or 'influencer' (then influencer_id names who they are).
membership = sa.Table(
    "membership",
    metadata,
    id_column("membership"),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("app_user.id"), nullable=False),
    sa.Column("workspace_id", sa.Integer, sa.ForeignKey("workspace.id"), nullable=False),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("influencer_id", sa.Integer, sa.ForeignKey("influencer.id")),
    sa.UniqueConstraint("user_id", "workspace_id"),
)

web_session = sa.Table(
    "web_session",
    metadata,
    id_column("web_session"),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("app_user.id"), nullable=False),
    # Bound to the session: every form and HTMX request must echo it.
    sa.Column("csrf_token", sa.String(64), nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("expires_at", sa.DateTime, nullable=False),
)

api_token = sa.Table(
    "api_token",
    metadata,
    id_column("api_token"),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("app_user.id"), nullable=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("last_used_at", sa.DateTime),
    sa.Column("revoked", sa.Boolean, nullable=False, server_default=sa.false()),
)

# Every sign-in, kept for the rate limit (failures per account and per address) and for audit.
sign_in_attempt = sa.Table(
    "sign_in_attempt",
    metadata,
    id_column("sign_in_attempt"),
    sa.Column("email", sa.String(320), nullable=False),
    sa.Column("ip", sa.String(64), nullable=False),
    sa.Column("attempted_at", sa.DateTime, nullable=False),
    sa.Column("succeeded", sa.Boolean, nullable=False),
    sa.Index(None, "attempted_at"),
)

# A post and its statistics as an influencer reports them: pending until the brand approves,
# then written as self-reported metric snapshots. status: 'pending', 'approved' or 'rejected'.
submission = sa.Table(
    "submission",
    metadata,
    id_column("submission"),
    sa.Column("workspace_id", sa.Integer, sa.ForeignKey("workspace.id"), nullable=False),
    sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id"), nullable=False),
    sa.Column("influencer_id", sa.Integer, sa.ForeignKey("influencer.id"), nullable=False),
    # Null when sent through a signed link rather than a signed-in account.
    sa.Column("submitted_by", sa.Integer, sa.ForeignKey("app_user.id")),
    sa.Column("platform", sa.String(16), nullable=False),
    sa.Column("handle", sa.String(200), nullable=False),
    sa.Column("url", sa.String(2000), nullable=False),
    sa.Column("format", sa.String(16), nullable=False),
    sa.Column("published_at", sa.DateTime, nullable=False),
    # The reported counters as JSON: {"reach": 1200, "likes": 80, …}.
    sa.Column("metrics", sa.Text, nullable=False),
    sa.Column("submitted_at", sa.DateTime, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("reviewed_by", sa.Integer, sa.ForeignKey("app_user.id")),
    sa.Column("reviewed_at", sa.DateTime),
    sa.Column("review_note", sa.String(1000), nullable=False, server_default=""),
)

# The insight screenshot behind a submission, kept in the store so a backup holds everything.
submission_attachment = sa.Table(
    "submission_attachment",
    metadata,
    id_column("submission_attachment"),
    sa.Column("submission_id", sa.Integer, sa.ForeignKey("submission.id"), nullable=False),
    sa.Column("file_name", sa.String(255), nullable=False),
    sa.Column("content_type", sa.String(64), nullable=False),
    sa.Column("size", sa.Integer, nullable=False),
    sa.Column("data", sa.LargeBinary, nullable=False),
)
