"""The one UTM convention every link carries, so that GA4 sessions and shop orders come back to
the campaign and influencer that brought them.

utm_source = platform, utm_medium = "influencer", utm_campaign = the campaign's slug,
utm_content = the influencer's handle on that platform (or the post key), utm_id = campaign id.
"""

import re
import unicodedata

MEDIUM = "influencer"


def campaign_slug(name: str) -> str:
    """Lower-case ASCII words joined by '-': survives every analytics tool's UTM handling
    (GA4 lower-cases nothing, Shopify keeps what the URL held, people retype it)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def utm_parameters(
    *, platform: str, campaign_name: str, campaign_id: int, content: str
) -> dict[str, str]:
    """The parameters a link adds to its destination, in the order people read them."""
    return {
        "utm_source": platform,
        "utm_medium": MEDIUM,
        "utm_campaign": campaign_slug(campaign_name),
        "utm_content": content,
        "utm_id": str(campaign_id),
    }
