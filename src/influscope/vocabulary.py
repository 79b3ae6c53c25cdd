"""Closed vocabularies shared by every layer: the words a campaign is described with."""

from enum import StrEnum


class Platform(StrEnum):
    INSTAGRAM = "instagram"
    TIKTOK = "tiktok"
    YOUTUBE = "youtube"
    FACEBOOK = "facebook"
    X = "x"


class Format(StrEnum):
    POST = "post"
    CAROUSEL = "carousel"
    REEL = "reel"
    STORY = "story"
    VIDEO = "video"
    SHORT = "short"
    LIVE = "live"
    TWEET = "tweet"


class Objective(StrEnum):
    AWARENESS = "awareness"
    PRODUCT_PROMOTION = "product_promotion"
    NEW_MARKET = "new_market"
    FOLLOWER_GROWTH = "follower_growth"
    COMMUNITY_PARTICIPATION = "community_participation"
    SALES = "sales"


class Provenance(StrEnum):
    """How a number was obtained; every KPI value inherits the weakest of its inputs."""

    MEASURED = "measured"
    SELF_REPORTED = "self_reported"
    ESTIMATED = "estimated"


class CostKind(StrEnum):
    FEE = "fee"
    PRODUCT = "product"
    SHIPPING = "shipping"
    AGENCY = "agency"
    BOOST = "boost"
    OTHER = "other"


class Metric(StrEnum):
    """Canonical post counters. Importers map each platform's own names onto these."""

    REACH = "reach"
    IMPRESSIONS = "impressions"
    VIEWS = "views"
    LIKES = "likes"
    COMMENTS = "comments"
    SHARES = "shares"
    SAVES = "saves"
    CLICKS = "clicks"


class RosterStatus(StrEnum):
    """Where an influencer stands in a campaign's casting, in the order a casting moves."""

    CONTACTED = "contacted"
    INTERESTED = "interested"
    ACTIVATED = "activated"
    DECLINED = "declined"
