"""The web app: server-rendered pages with HTMX, each with a JSON twin under /api/v1."""

from influscope.web.app import create_app
from influscope.web.settings import WebSettings

__all__ = ["WebSettings", "create_app"]
