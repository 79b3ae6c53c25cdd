"""Errors a sync reports to the user: each says what happened and what to do, and none ever
carries a token (URLs are stripped of `access_token` before they reach a message)."""


class SourceError(Exception):
    """A source could not be read; the message is meant for the user."""


class TokenExpired(SourceError):
    pass


class RetiredMetric(SourceError):
    pass


class RateLimited(SourceError):
    pass


class NoData(SourceError):
    """The platform has nothing to show for this object (a story under 5 viewers)."""
