"""Brief matching on the demo brand: a French and an English brief each get a ranked shortlist
whose score parts are shown, and brand safety is a gate."""

import pytest

from influscope.demo import DEMO_WORKSPACE
from influscope.discover.audits import audit_profiles
from influscope.discover.brief import parse_brief
from influscope.discover.directory import load_directory
from influscope.discover.matching import match_brief, shortlist, topic_similarity
from influscope.discover.search import Hit
from influscope.discover.settings import built_in_settings, load_settings

FRENCH = """Lancement de notre nouveau sérum hydratant pour peaux sensibles, en France et en
Belgique. Cible : femmes 25-34 ans, sur Instagram. Ton naturel et bienveillant, routine soin du
visage. Budget 15 000 €.
À éviter : alcool, tabac."""
ENGLISH = """We are launching a vitamin C serum in Germany and Spain. Audience: women aged 18-24
who love skincare and makeup tutorials on TikTok. Avoid: alcohol, gambling."""


def _rank(engine, text: str, settings=None, **options):
    settings = settings or built_in_settings()
    with engine.connect() as conn:
        profiles = load_directory(conn, workspace=DEMO_WORKSPACE, settings=settings)
        audits = audit_profiles(conn, profiles, settings)
        hits = [Hit(p, audits[p.account_id]) for p in profiles]
        return match_brief(conn, hits, parse_brief(text, **options), settings)


def test_french_brief_ranks_french_speaking_instagram_creators_with_every_part(demo):
    matches, excluded = _rank(demo, FRENCH)
    chosen = shortlist(matches, 10)
    assert len(chosen) == 10
    assert [m.score for m in chosen] == sorted((m.score for m in chosen), reverse=True)
    assert {m.hit.profile.platform for m in chosen} == {"instagram"}
    assert all(m.hit.profile.language == "fr" for m in chosen[:5])
    assert len({m.hit.profile.influencer for m in chosen}) == 10
    for m in chosen:
        assert set(m.parts) == {
            "topic", "audience", "authenticity", "engagement", "cost", "past_results"
        }  # fmt: skip
        for name in ("topic", "audience", "authenticity", "engagement", "cost"):
            assert 0 <= m.parts[name].score <= 1 and m.parts[name].detail
    # The one creator whose post costs more than the whole budget is left out, and said so.
    assert [(x.hit.profile.influencer, x.reason[:14]) for x in excluded] == [
        ("Sarah Delcourt", "one post costs")
    ]


def test_english_brief_for_germany_and_spain_ranks_german_and_spanish_tiktokers_first(demo):
    matches, _ = _rank(demo, ENGLISH)
    chosen = shortlist(matches, 5)
    assert {m.hit.profile.platform for m in chosen} == {"tiktok"}
    assert {m.hit.profile.country for m in chosen[:4]} <= {"DE", "ES"}
    assert chosen[0].parts["audience"].score == 1.0


def test_brand_safety_is_a_gate_that_names_the_word(demo):
    matches, excluded = _rank(demo, "Skincare routine in Germany", avoid=("werbung",))
    assert {x.hit.profile.handle for x in excluded} == {
        "annagruber", "claraweiss", "lenahoffmann", "lisa.braun"
    }  # fmt: skip
    assert all("'werbung'" in x.reason for x in excluded)
    assert not {m.hit.profile.handle for m in matches} & {x.hit.profile.handle for x in excluded}


def test_weights_are_settings(demo, tmp_path):
    only_cost = tmp_path / "weights.yaml"
    only_cost.write_text(
        "weights: {topic: 0, audience: 0, authenticity: 0, engagement: 0, cost: 1, "
        "past_results: 0}\n",
        encoding="utf-8",
    )
    matches, _ = _rank(demo, FRENCH, settings=load_settings(only_cost))
    costs = [m.parts["cost"].score for m in matches if m.parts["cost"]]
    assert [m.score for m in matches if m.parts["cost"]] == pytest.approx(costs)
    assert costs == sorted(costs, reverse=True)


def test_brief_is_read_in_french_and_english():
    french = parse_brief(FRENCH)
    assert (french.language, french.markets, french.platforms) == (
        "fr",
        ("FR", "BE"),
        ("instagram",),
    )
    assert (french.ages, french.gender, french.budget, french.currency) == (
        (25, 34),
        "female",
        15000,
        "EUR",
    )
    assert french.avoid == ("alcool", "tabac")
    english = parse_brief(ENGLISH + " Micro-influencers only. Budget: EUR 8,000.")
    assert (english.language, english.markets, english.platforms) == (
        "en",
        ("DE", "ES"),
        ("tiktok",),
    )
    assert (english.ages, english.tiers, english.budget) == ((18, 24), ("micro",), 8000)
    assert english.avoid == ("alcohol", "gambling")


def test_topic_similarity_meets_accents_and_stop_words_halfway():
    brief = "Sérum hydratant pour les peaux sensibles"
    similar, unrelated = topic_similarity(
        brief, ["serum hydratant peau sensible routine", "recette de cuisine rapide au four"]
    )
    assert similar > 0.3 > unrelated
