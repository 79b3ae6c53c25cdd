"""The audit's words in English and French, numbers written the way each language writes them."""

import copy

from influscope.discover.labels import joined, signal_name, words


def test_french_words_write_numbers_with_a_decimal_comma_and_a_space_before_percent():
    said = words("unexplained_spikes", n=2, excess=12345.0, share=0.0312)
    assert said == (
        "2 unexplained spike(s), 12,345 followers above the usual pace (3.1% of the audience)"
    )
    assert said.get("fr") == (
        "2 pic(s) inexpliqué(s), 12\u202f345 abonnés au-delà du rythme habituel "
        "(3,1\u00a0% de l'audience)"
    )


def test_words_inside_words_are_said_in_the_same_language():
    method = words("classifier", name="labelled.csv")
    said = words("fake_share", fake=3, size=40, share=0.08, method=method)
    assert said.endswith("(8%; classifier trained on labelled.csv)")
    assert said.get("fr").endswith("(8\u00a0% ; classifieur entraîné sur labelled.csv)")


def test_joined_words_keep_both_languages_and_survive_a_copy():
    said = joined([words("few_posts"), signal_name("benford")])
    assert copy.deepcopy(said).get("fr") == said.get("fr")
    assert said == "fewer than 3 posts; Benford's law on followers' follower counts"
    assert said.get("fr") == (
        "moins de 3 publications ; Loi de Benford sur les nombres d'abonnés des abonnés"
    )
