"""Prospects, audiences, comments and follower samples, saved searches and shortlists.

What discovery knows about an account beyond its posts: the profile a prospect list or an API
gives (bio, declared engagement and price), the audience breakdowns creators share, comments
(for comment quality and pods), and samples of followers (for the fake-follower classifier),
and the latest audit of each account (its inauthentic share discounts the authentic EMV).
A shortlist is written to the campaign's `roster`; a saved search keeps its filters as JSON.
"""

import sqlalchemy as sa

from influscope.store.schema.base import id_column, metadata

account_profile = sa.Table(
    "account_profile",
    metadata,
    id_column("account_profile"),
    sa.Column("account_id", sa.Integer, sa.ForeignKey("account.id"), nullable=False, unique=True),
    sa.Column("bio", sa.Text, nullable=False, server_default=""),
    sa.Column("external_url", sa.String(2000)),
    # As declared by the list or tool the profile comes from, in percent; the store's own
    # posts are preferred when there are any.
    sa.Column("engagement_rate", sa.Double),
    sa.Column("price_per_post", sa.Numeric(18, 2)),
    sa.Column("currency", sa.String(3)),
    sa.Column("source", sa.String(64), nullable=False),
)

# One share of an account's audience: dimension 'country' (ISO code), 'age' ('25-34'),
# 'gender' ('female', 'male', 'other') or 'language'; share between 0 and 1.
audience_share = sa.Table(
    "audience_share",
    metadata,
    id_column("audience_share"),
    sa.Column("account_id", sa.Integer, sa.ForeignKey("account.id"), nullable=False),
    sa.Column("dimension", sa.String(16), nullable=False),
    sa.Column("segment", sa.String(32), nullable=False),
    sa.Column("share", sa.Double, nullable=False),
    sa.Column("source", sa.String(64), nullable=False),
    sa.UniqueConstraint("account_id", "dimension", "segment", "source"),
)

comment = sa.Table(
    "comment",
    metadata,
    id_column("comment"),
    sa.Column("post_id", sa.Integer, sa.ForeignKey("post.id"), nullable=False),
    sa.Column("comment_key", sa.String(200), nullable=False),
    sa.Column("author", sa.String(200), nullable=False),
    sa.Column("text", sa.Text, nullable=False, server_default=""),
    sa.Column("commented_at", sa.DateTime),
    sa.UniqueConstraint("post_id", "comment_key"),
)

# A sample of an account's followers, with the profile features the classifier reads.
follower_sample = sa.Table(
    "follower_sample",
    metadata,
    id_column("follower_sample"),
    sa.Column("account_id", sa.Integer, sa.ForeignKey("account.id"), nullable=False),
    sa.Column("follower_key", sa.String(200), nullable=False),
    sa.Column("followers", sa.BigInteger, nullable=False),
    sa.Column("following", sa.BigInteger, nullable=False),
    sa.Column("posts", sa.Integer, nullable=False),
    sa.Column("bio_length", sa.Integer, nullable=False),
    sa.Column("has_profile_pic", sa.Boolean, nullable=False),
    sa.Column("is_private", sa.Boolean, nullable=False),
    sa.Column("username_length", sa.Integer, nullable=False),
    sa.Column("username_digits", sa.Integer, nullable=False),
    sa.Column("fullname_words", sa.Integer),
    sa.Column("has_external_url", sa.Boolean),
    sa.Column("captured_on", sa.Date, nullable=False),
    sa.UniqueConstraint("account_id", "follower_key"),
)

# The latest audit of each account: one current row per account, replaced by every new audit.
# Only the current estimate is kept because the authentic EMV reads the latest share and nothing
# reads past ones; a history would need a "latest per account" window on every engine for no use.
account_audit = sa.Table(
    "account_audit",
    metadata,
    id_column("account_audit"),
    sa.Column("account_id", sa.Integer, sa.ForeignKey("account.id"), nullable=False, unique=True),
    # Estimated share of the audience or engagement that is not authentic, 0 to 1.
    sa.Column("inauthentic_share", sa.Double, nullable=False),
    # JSON list of the ids of the signals that fired, e.g. ["follower_spike"].
    sa.Column("signals", sa.Text, nullable=False, server_default="[]"),
    sa.Column("audited_at", sa.DateTime, nullable=False),
)

saved_search = sa.Table(
    "saved_search",
    metadata,
    id_column("saved_search"),
    sa.Column("workspace_id", sa.Integer, sa.ForeignKey("workspace.id"), nullable=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("filters", sa.Text, nullable=False),
    sa.UniqueConstraint("workspace_id", "name"),
)
