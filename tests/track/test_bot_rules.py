"""Each bot rule, on its own: what it catches, and that real people's browsers pass them all."""

import textwrap

import pytest

from influscope.track.bot_rules import Hit, RulesError, built_in_rules, load_rules

RULES = built_in_rules()
IPHONE_SAFARI = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
)

# One hit per rule that only that rule (or one earlier in the file) catches.
CAUGHT = {
    "head": Hit(IPHONE_SAFARI, method="HEAD"),
    "facebook-preview": Hit(
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)"
    ),
    "twitter-preview": Hit("Twitterbot/1.0"),
    "slack-preview": Hit("Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)"),
    "whatsapp-preview": Hit("WhatsApp/2.23.20.0 A"),
    "telegram-preview": Hit("TelegramBot (like TwitterBot)"),
    "linkedin-preview": Hit(
        "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)"
    ),
    "discord-preview": Hit("Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)"),
    "tiktok-preloader": Hit(
        "Mozilla/5.0 (Linux; Android 12; SM-G991B) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/120.0 Mobile Safari/537.36 thirdLandingPageFeInfra"
    ),
    "other-preview": Hit(
        "Mozilla/5.0 (compatible; Pinterestbot/1.0; +http://www.pinterest.com/bot.html)"
    ),
    "email-security": Hit("Mozilla/5.0 (Windows NT 10.0) Proofpoint URL Defense"),
    "email-security-rewriter": Hit(
        IPHONE_SAFARI,
        referrer="https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fgo.example",
    ),
    "headless-browser": Hit(
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "HeadlessChrome/124.0.0.0 Safari/537.36"
    ),
    "http-library": Hit("curl/8.5.0"),
    "generic-bot": Hit("Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)"),
    "no-user-agent": Hit(None),
    "meta-network": Hit(IPHONE_SAFARI, ip_network="157.240.229.0/24"),
    "twitter-network": Hit(IPHONE_SAFARI, ip_network="199.16.157.0/24"),
    "google-crawler-network": Hit(IPHONE_SAFARI, ip_network="66.249.66.0/24"),
    "scanner-network": Hit(IPHONE_SAFARI, ip_network="205.210.31.0/24"),
}

PEOPLE = {
    "instagram in-app": (
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
        "like Gecko) Mobile/15E148 Instagram 330.0.0.40.92 (iPhone14,2; iOS 17_5; fr_FR)"
    ),
    "tiktok in-app": (
        "Mozilla/5.0 (Linux; Android 13; Pixel 7 Build/TQ3A; wv) AppleWebKit/537.36 (KHTML, "
        "like Gecko) Version/4.0 Chrome/120.0 Mobile Safari/537.36 trill_330204 "
        "BytedanceWebview/d8a21c6"
    ),
    "iphone safari": IPHONE_SAFARI,
    "desktop chrome": (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/126.0.0.0 Safari/537.36"
    ),
    "facebook in-app": (
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
        "like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/468.0.0.41.109;FBBV/620404556]"
    ),
}


def test_every_built_in_rule_has_a_case_here():
    assert {rule.id for rule in RULES.rules} == set(CAUGHT)


@pytest.mark.parametrize("rule_id", sorted(CAUGHT))
def test_each_rule_catches_its_own_case(rule_id):
    rule = RULES.get_rule(rule_id)
    assert rule.matches(CAUGHT[rule_id])
    assert RULES.judge(CAUGHT[rule_id]).is_bot


@pytest.mark.parametrize("rule_id", sorted(CAUGHT))
@pytest.mark.parametrize("person", sorted(PEOPLE))
def test_no_rule_catches_a_person_on_a_phone_or_a_computer(rule_id, person):
    hit = Hit(PEOPLE[person], referrer="https://l.instagram.com/", ip_network="90.12.34.0/24")
    assert not RULES.get_rule(rule_id).matches(hit)


# Phones whose maker's name ends in "bot": the model sits in the user agent, often followed
# by a space, a semicolon or a bracket.
CUBOT_PHONES = {
    "instagram in-app on a cubot p50": (
        "Mozilla/5.0 (Linux; Android 12; CUBOT P50 Build/SP1A.210812.016; wv) AppleWebKit/537.36 "
        "(KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.144 Mobile Safari/537.36 Instagram "
        "312.0.0.32.112 Android (31/12; 400dpi; 720x1600; CUBOT; P50; P50; mt6765; fr_FR; "
        "548323754)"
    ),
    "chrome on a cubot x30": (
        "Mozilla/5.0 (Linux; Android 10; CUBOT X30) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/96.0.4664.92 Mobile Safari/537.36"
    ),
}

# Crawlers that name themselves "...bot" in the ways the generic rule must keep catching.
NAMED_BOTS = {
    "versioned": "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
    "digits before bot": "Mozilla/5.0 (compatible; MJ12bot/v1.4.8; http://mj12bot.com/)",
    "no version": (
        "Mozilla/5.0 (Linux; Android 7.0;) AppleWebKit/537.36 (KHTML, like Gecko) Mobile "
        "Safari/537.36 (compatible; PetalBot;+https://webmaster.petalsearch.com/site/petalbot)"
    ),
    "hyphenated": (
        "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, "
        "like Gecko) Chrome/126.0 Mobile Safari/537.36 (compatible; AdsBot-Google-Mobile; "
        "+http://www.google.com/mobile/adsbot.html)"
    ),
    "a lone word": "Mozilla/5.0 (compatible; Bot)",
}


@pytest.mark.parametrize("phone", sorted(CUBOT_PHONES))
def test_a_phone_whose_maker_ends_in_bot_is_a_person(phone):
    assert RULES.judge(Hit(CUBOT_PHONES[phone], ip_network="90.12.34.0/24")).is_bot is False


@pytest.mark.parametrize("kind", sorted(NAMED_BOTS))
def test_a_crawler_that_calls_itself_a_bot_is_still_caught(kind):
    assert RULES.judge(Hit(NAMED_BOTS[kind])).reason == "user_agent:generic-bot"


def test_the_reason_names_the_kind_and_the_rule():
    verdict = RULES.judge(CAUGHT["facebook-preview"])
    assert (verdict.is_bot, verdict.reason) == (True, "user_agent:facebook-preview")


def test_a_click_from_a_people_network_next_to_a_crawler_range_is_human():
    assert not RULES.judge(Hit(IPHONE_SAFARI, ip_network="157.241.0.0/24")).is_bot


def _rules_file(tmp_path, body: str):
    path = tmp_path / "rules.yaml"
    path.write_text(textwrap.dedent(body))
    return path


def test_a_rules_file_with_a_broken_pattern_names_the_rule(tmp_path):
    path = _rules_file(
        tmp_path,
        """
        version: 3
        rules:
          - {id: shop-bot, kind: user_agent, values: ["shop(bot"], why: Our own monitor.}
        """,
    )
    with pytest.raises(RulesError, match="rule shop-bot: a pattern is not a regular expression"):
        load_rules(path)


def test_a_network_narrower_than_what_clicks_keep_is_refused(tmp_path):
    path = _rules_file(
        tmp_path,
        """
        version: 3
        rules:
          - {id: office, kind: ip_network, values: [203.0.113.7/32], why: Our office.}
        """,
    )
    with pytest.raises(RulesError, match="narrower than /24"):
        load_rules(path)


def test_an_unknown_kind_of_rule_is_refused(tmp_path):
    path = _rules_file(
        tmp_path,
        """
        version: 3
        rules:
          - {id: moon, kind: moon_phase, values: [full], why: Because.}
        """,
    )
    with pytest.raises(RulesError, match="kind 'moon_phase' is not one of"):
        load_rules(path)
