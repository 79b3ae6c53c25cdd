"""Post and account ids in the shapes each platform really uses, and the URLs built from them.

Instagram, TikTok and X ids carry their creation time, so the ids below are derived from the
publication time the way the platforms do it; they sort in time order as real ones do.
"""

import datetime as dt
import random
import string
from dataclasses import dataclass

from influscope.vocabulary import Format, Platform

# The URL-safe base64 alphabet in the order Instagram uses to turn a media id into a shortcode.
_SHORTCODE_ALPHABET = string.ascii_uppercase + string.ascii_lowercase + string.digits + "-_"
# Instagram media ids: milliseconds since this epoch, shifted left 23 bits (13 shard + 10 seq).
_INSTAGRAM_EPOCH_MS = 1_314_220_021_721
# X "snowflake" ids: milliseconds since this epoch, shifted left 22 bits (worker + sequence).
_TWITTER_EPOCH_MS = 1_288_834_974_657
# A YouTube video id is 64 bits in 11 base64 characters: the last one carries 4 bits only.
_YOUTUBE_LAST = "AEIMQUYcgkosw048"


@dataclass(frozen=True)
class PostId:
    platform_post_id: str
    url: str | None


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _millis(moment: dt.datetime) -> int:
    return int(moment.timestamp() * 1000)


def instagram_shortcode(media_id: int) -> str:
    """The shortcode in /p/<shortcode>/ is the media id written in base 64."""
    code = ""
    while media_id:
        media_id, digit = divmod(media_id, 64)
        code = _SHORTCODE_ALPHABET[digit] + code
    return code


def account_id(platform: Platform, rng: random.Random) -> str | None:
    """The id the platform's API gives an account (TikTok's open_id is per app: not kept)."""
    match platform:
        case Platform.INSTAGRAM:
            return "17841" + _digits(rng, 12)
        case Platform.YOUTUBE:
            return "UC" + "".join(rng.choice(_SHORTCODE_ALPHABET) for _ in range(22))
        case Platform.FACEBOOK:
            return "1000" + _digits(rng, 11)
        case Platform.X:
            return rng.choice("123456789") + _digits(rng, 9)
        case Platform.TIKTOK:
            return None


def post_id(
    platform: Platform,
    format: Format,
    handle: str,
    published_at: dt.datetime,
    rng: random.Random,
    *,
    page_id: str | None = None,
) -> PostId:
    """A new post's id and URL; a story's URL expires with it, so stories keep the id only."""
    match platform:
        case Platform.INSTAGRAM:
            # The Graph API id differs from the media id behind the shortcode.
            graph_id = "18" + _digits(rng, 15)
            media_id = (_millis(published_at) - _INSTAGRAM_EPOCH_MS) << 23 | rng.getrandbits(23)
            if format is Format.STORY:
                return PostId(graph_id, None)
            kind = "reel" if format is Format.REEL else "p"
            code = instagram_shortcode(media_id)
            return PostId(graph_id, f"https://www.instagram.com/{kind}/{code}/")
        case Platform.TIKTOK:
            video_id = int(published_at.timestamp()) << 32 | rng.getrandbits(32)
            return PostId(str(video_id), f"https://www.tiktok.com/@{handle}/video/{video_id}")
        case Platform.YOUTUBE:
            chars = [rng.choice(_SHORTCODE_ALPHABET) for _ in range(10)]
            video_id = "".join(chars) + rng.choice(_YOUTUBE_LAST)
            if format is Format.SHORT:
                return PostId(video_id, f"https://www.youtube.com/shorts/{video_id}")
            return PostId(video_id, f"https://www.youtube.com/watch?v={video_id}")
        case Platform.FACEBOOK:
            # The Graph API names a Page post "<page id>_<post id>"; the URL uses the post id,
            # or the video's own id for a video.
            story_id = "1221" + _digits(rng, 14)
            if format is Format.VIDEO:
                url = f"https://www.facebook.com/{handle}/videos/{'1' + _digits(rng, 15)}/"
            else:
                url = f"https://www.facebook.com/{handle}/posts/{story_id}"
            return PostId(f"{page_id}_{story_id}", url)
        case Platform.X:
            tweet_id = (_millis(published_at) - _TWITTER_EPOCH_MS) << 22 | rng.getrandbits(22)
            return PostId(str(tweet_id), f"https://x.com/{handle}/status/{tweet_id}")
