"""What an Influscope server is configured with; `influscope serve` fills it from its options."""

import secrets
from dataclasses import dataclass, field


@dataclass(frozen=True)
class WebSettings:
    # Signs the portal links; random per process unless given, so links die with a restart.
    secret_key: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    # Off only for plain-http development on localhost: browsers drop Secure cookies there.
    secure_cookies: bool = True
    session_hours: int = 12
    portal_link_days: int = 14
    max_upload_bytes: int = 10 * 1024 * 1024
    max_attachment_bytes: int = 5 * 1024 * 1024
    # Failed sign-ins allowed in the window, per account and per client address.
    failures_per_account: int = 5
    failures_per_address: int = 20
    failure_window_minutes: int = 15
    # How long a computed dashboard is reused when nothing was written through the app.
    dashboard_cache_seconds: float = 60.0
    # Compute each workspace's latest campaign as the server starts (web/warm.py): `serve` does,
    # tests do not, so their stores stay as they make them.
    warm_dashboards: bool = False
