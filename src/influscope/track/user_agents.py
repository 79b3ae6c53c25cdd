"""A user agent reduced to the browser family and the kind of device, for the click reports.

In-app browsers come first: a tap in Instagram or TikTok opens their own browser, whose user
agent also says Safari or Chrome, and knowing the app is what a campaign report needs.
"""

import re
from functools import lru_cache

# (family, pattern), first match wins.
_FAMILIES = (
    ("Instagram", r"\bInstagram\b"),
    ("Facebook", r"\bFBAN/|\bFBAV/|\bFB_IAB/"),
    ("TikTok", r"musical_ly|BytedanceWebview|\bTikTok\b|trill_"),
    ("Snapchat", r"\bSnapchat\b"),
    ("Pinterest", r"\bPinterest\b"),
    ("X", r"\bTwitter(?:Android|iPhone)?\b"),
    ("LinkedIn", r"\bLinkedInApp\b"),
    ("Edge", r"\bEdg(?:e|A|iOS)?/"),
    ("Opera", r"\bOPR/|\bOpera\b"),
    ("Samsung Internet", r"\bSamsungBrowser/"),
    ("Firefox", r"\bFirefox/|\bFxiOS/"),
    ("Chrome", r"\bChrome/|\bCriOS/"),
    ("Safari", r"\bVersion/[\d.]+.*\bSafari/|\bMobile/\w+$|AppleWebKit.*\bMobile/"),
)
_COMPILED = tuple((family, re.compile(pattern)) for family, pattern in _FAMILIES)
_TABLET = re.compile(r"\biPad\b|\bTablet\b|Android(?!.*\bMobile\b)")
_MOBILE = re.compile(r"\bMobile\b|\biPhone\b|\bAndroid\b|\biPod\b")
_DESKTOP = re.compile(r"\bWindows NT\b|\bMacintosh\b|\bX11\b|\bCrOS\b")


@lru_cache(maxsize=8192)
def describe(user_agent: str | None, is_bot: bool = False) -> tuple[str, str]:
    """(family, device): device is bot, mobile, tablet, desktop or other."""
    if is_bot:
        return "Bot", "bot"
    if not user_agent:
        return "Other", "other"
    family = next((name for name, pattern in _COMPILED if pattern.search(user_agent)), "Other")
    if _TABLET.search(user_agent):
        device = "tablet"
    elif _MOBILE.search(user_agent):
        device = "mobile"
    elif _DESKTOP.search(user_agent):
        device = "desktop"
    else:
        device = "other"
    return family, device
