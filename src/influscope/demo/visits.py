"""What the demo's tracking links recorded: clicks after each post, and the GA4 sessions they
started.

Clicks follow the posts: most come in the hours after a publication (a story lives a day, a
YouTube video is found for a week), in proportion to the post's audience. A few people tap
twice, link-preview fetchers hit the link as soon as it is posted, and a shared link brings a
WhatsApp preview now and then; the bot rules judge them as they would real hits. Sessions are
what GA4 saw of those clicks: not every visitor accepts the consent banner, and GA4 gives a
returning visitor's later direct sessions to the campaign that brought them (last non-direct
click), so a link can show more sessions than clicks.
"""

import datetime as dt
import hashlib
import random
from collections import defaultdict
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from influscope.demo.plans import TIME_ZONE
from influscope.track.click_log import LoggedClick
from influscope.vocabulary import Format, Platform

PARIS = ZoneInfo(TIME_ZONE)
# Mean hours between a post going up and a click on its link, by format.
_DELAY_HOURS = {
    Format.STORY: 5,
    Format.TWEET: 3,
    Format.SHORT: 20,
    Format.VIDEO: 30,
    Format.REEL: 20,
    Format.POST: 16,
    Format.CAROUSEL: 16,
}
_STORY_LIFE = dt.timedelta(hours=24)
_LONGEST = dt.timedelta(days=14)
_COUNTRIES = (("FR", 86), ("BE", 6), ("CH", 4), ("LU", 2), ("CA", 2))
# Most people tap from a phone, behind their carrier's shared addresses: visitors come from a
# few hundred /24 networks (first octets of French consumer ISPs' ranges, which no bot rule names).
_NETWORK_POOL = random.Random("demo-networks")
NETWORKS = tuple(
    f"{_NETWORK_POOL.choice((37, 78, 80, 82, 86, 88, 90, 92, 109, 176))}."
    f"{_NETWORK_POOL.randrange(256)}.{_NETWORK_POOL.randrange(256)}.0/24"
    for _ in range(400)
)
_IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Mobile/15E148"
)
_ANDROID = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 7 Build/AP2A.240605.024; wv) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.71 Mobile Safari/537.36"
)
# The in-app browsers people tap links in, by platform (iPhone first: the app's own suffix).
_APPS = {
    Platform.INSTAGRAM: " Instagram 334.0.4.32.98 (iPhone14,5; iOS 17_5; fr_FR; fr; scale=3.00)",
    Platform.FACEBOOK: " [FBAN/FBIOS;FBAV/469.0.0.38.109;FBDV/iPhone14,5;FBLC/fr_FR]",
    Platform.TIKTOK: " musical_ly_35.1.0 JsSdk/2.0 NetType/WIFI Channel/App Store ByteLocale/fr",
    Platform.X: " TwitterAndroid",
}
_BROWSERS = (
    _IPHONE.replace("Mobile/15E148", "Version/17.5 Mobile/15E148 Safari/604.1"),
    "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Safari/537.36",
)
_REFERRERS = {
    Platform.INSTAGRAM: "https://l.instagram.com/",
    Platform.FACEBOOK: "https://l.facebook.com/",
    Platform.YOUTUBE: "https://www.youtube.com/",
    Platform.X: "https://t.co/",
}
_META_PREVIEW = "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)"
_TIKTOK_PRELOAD = (
    "Mozilla/5.0 (Linux; Android 10) AppleWebKit/537.36 (KHTML, like Gecko) Mobile "
    "Safari/537.36 thirdlandingpagefeinfra"
)
_GOOGLE_RENDERER = "Mozilla/5.0 (compatible; Google-PageRenderer; +https://www.google.com/)"
# Who fetches a link as soon as it is posted, by platform: (user agent, network, most hits).
_PREVIEWS = {
    Platform.INSTAGRAM: (_META_PREVIEW, "69.171.249.0/24", 2),
    Platform.FACEBOOK: (_META_PREVIEW, "173.252.83.0/24", 3),
    Platform.TIKTOK: (_TIKTOK_PRELOAD, "47.246.20.0/24", 4),
    Platform.X: ("Twitterbot/1.0", "199.16.157.0/24", 2),
    Platform.YOUTUBE: (_GOOGLE_RENDERER, "66.249.66.0/24", 1),
}
_WHATSAPP = "WhatsApp/2.24.13.78 i"


@dataclass(frozen=True)
class Exposure:
    """One campaign post on the link's account: when it went up and how many people saw it."""

    published_at: dt.datetime  # UTC, naive
    format: Format
    audience: float


@dataclass
class Visitor:
    number: int
    user_agent: str
    network: str
    country: str
    clicks: list[dt.datetime] = field(default_factory=list)


@dataclass
class LinkTraffic:
    """Everything one link saw: the logged hits, and the people behind the human ones."""

    clicks: list[LoggedClick] = field(default_factory=list)
    visitors: list[Visitor] = field(default_factory=list)


def _key(*parts: object) -> str:
    return hashlib.sha256("/".join(map(str, parts)).encode()).hexdigest()[:32]


def local_day(moment: dt.datetime) -> dt.date:
    """The property's day of a naive UTC time (GA4 reports in the property's time zone)."""
    return moment.replace(tzinfo=dt.UTC).astimezone(PARIS).date()


def _human(platform: Platform, rng: random.Random) -> tuple[str, str | None]:
    """A person's user agent and referrer: mostly the platform's in-app browser."""
    app = _APPS.get(platform)
    if app is not None and rng.random() < 0.8:
        base = _IPHONE if rng.random() < 0.62 else _ANDROID
        return base + app, _REFERRERS.get(platform) if rng.random() < 0.6 else None
    referrer = _REFERRERS.get(platform) if rng.random() < 0.7 else None
    return rng.choice(_BROWSERS), referrer


def link_traffic(
    *,
    link_id: int,
    name: str,
    platform: Platform,
    posts: list[Exposure],
    rates: dict[Format, float],
    rng: random.Random,
) -> LinkTraffic:
    """The hits on one link: `rates` is the share of a post's audience that taps, by format;
    `name` makes the click keys, so the same link always logs the same clicks."""
    traffic = LinkTraffic()

    def log(at: dt.datetime, visitor: str, network: str, country, referrer, agent) -> None:
        n = len(traffic.clicks)
        traffic.clicks.append(
            LoggedClick(_key(name, n), at, link_id, visitor, network, country, referrer, agent)
        )

    countries, weights = zip(*_COUNTRIES, strict=True)
    for post in posts:
        agent, network, hits = _PREVIEWS[platform]
        for _ in range(rng.randint(1, hits)):
            at = post.published_at + dt.timedelta(seconds=rng.uniform(1, 90))
            log(at, _key(name, "preview", at), network, "US", None, agent)
        clicks = round(post.audience * rates.get(post.format, 0) * rng.lognormvariate(0, 0.3))
        mean = _DELAY_HOURS.get(post.format, 12) * 3600
        for _ in range(clicks):
            delay = dt.timedelta(seconds=rng.expovariate(1 / mean))
            if delay > (_STORY_LIFE if post.format is Format.STORY else _LONGEST):
                continue
            at = post.published_at + delay
            if traffic.visitors and rng.random() < 0.08:  # taps again a little later
                visitor = rng.choice(traffic.visitors[-40:])
                at = max(visitor.clicks[-1], at) + dt.timedelta(minutes=rng.uniform(0.5, 150))
            else:
                user_agent, referrer = _human(platform, rng)
                network = rng.choice(NETWORKS)
                country = rng.choices(countries, weights)[0]
                visitor = Visitor(len(traffic.visitors), user_agent, network, country)
                traffic.visitors.append(visitor)
            visitor.clicks.append(at)
            # The redirector's visitor key changes every day.
            key = _key(name, "visitor", visitor.number, local_day(at))
            log(at, key, visitor.network, visitor.country, referrer, visitor.user_agent)
            if rng.random() < 0.015:  # sent on in a chat: the app fetches a preview
                later = at + dt.timedelta(minutes=rng.uniform(1, 240))
                log(later, _key(name, "chat", later), visitor.network, None, None, _WHATSAPP)
    traffic.clicks.sort(key=lambda click: (click.clicked_at, click.click_key))
    return traffic


@dataclass
class DaySessions:
    """GA4's counters for one day and one set of UTMs."""

    sessions: int = 0
    new_users: int = 0
    engaged: int = 0
    page_views: int = 0
    seconds: float = 0.0
    key_events: int = 0
    purchases: int = 0
    revenue: float = 0.0


def sessions_by_day(
    visitors: list[Visitor],
    *,
    consent: float,
    engaged: float,
    comes_back: float,
    rng: random.Random,
) -> dict[dt.date, DaySessions]:
    """The sessions GA4 counted for one link's visitors: those who accepted analytics, on the
    day of each click an hour apart from the last, and on some later days when they came back."""
    days: dict[dt.date, DaySessions] = defaultdict(DaySessions)
    for visitor in visitors:
        if rng.random() >= consent:
            continue
        starts, last = [], None
        for at in visitor.clicks:
            if last is None or at - last >= dt.timedelta(minutes=30):
                starts.append(at)
            last = at
        while rng.random() < comes_back:  # back another day, typing the address
            starts.append(starts[-1] + dt.timedelta(days=rng.uniform(1, 10)))
        for n, at in enumerate(starts):
            day = days[local_day(at)]
            day.sessions += 1
            day.new_users += n == 0 and rng.random() < 0.7
            if rng.random() < engaged:
                day.engaged += 1
                pages = 2 + int(rng.expovariate(1 / 2.2))
                day.page_views += pages
                day.seconds += rng.lognormvariate(4.4, 0.7)
                day.key_events += rng.random() < 0.04  # newsletter sign-up
            else:
                day.page_views += 1
                day.seconds += rng.uniform(0, 9)
    return days
