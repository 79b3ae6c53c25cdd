"""Language detection from captions, accent folding, and discovery settings."""

import pytest

from influscope.discover.settings import built_in_settings, load_settings
from influscope.discover.text import content_words, detect_language, fold

CAPTIONS = {
    "fr": "Routine du soir : je vous montre le sérum que j'utilise pour ma peau sensible",
    "en": "My evening routine with the serum I use for my sensitive skin, what's yours?",
    "es": "Mi rutina de noche con el sérum que uso para la piel sensible, ¿y vosotras?",
    "de": "Meine Abendroutine mit dem Serum, das ich für meine empfindliche Haut benutze",
    "it": "La mia routine della sera con il siero che uso per la pelle sensibile",
    "pt": "A minha rotina da noite com o sérum que eu uso para a pele sensível",
}


@pytest.mark.parametrize("language", CAPTIONS)
def test_caption_language_is_detected_from_its_stop_words(language):
    assert detect_language(CAPTIONS[language]) == language


def test_too_little_text_is_not_guessed():
    assert detect_language("#skincare #glowup ✨") is None
    assert detect_language("Sérum Éclat") is None


def test_folding_and_content_words_drop_accents_stop_words_and_elisions():
    assert fold("Beauté ÉCLAT") == "beaute eclat"
    assert content_words("L'hydratation des peaux sensibles, c'est la base") == [
        "hydratation",
        "peaux",
        "sensibles",
        "base",
    ]


def test_tiers_follow_the_configured_lower_bounds():
    settings = built_in_settings()
    assert [settings.tier_of(n) for n in (900, 1000, 49_999, 50_000, 2_000_000)] == [
        None,
        "nano",
        "micro",
        "mid",
        "mega",
    ]


def test_a_settings_file_overrides_only_what_it_names(tmp_path):
    path = tmp_path / "discovery.yaml"
    path.write_text("weights: {cost: 0.5}\naudit: {spike_z: 8}\n", encoding="utf-8")
    settings = load_settings(path)
    assert settings.weights["cost"] == 0.5 and settings.weights["topic"] == 0.30
    assert settings.audit["spike_z"] == 8 and settings.audit["fake_share"] == 0.25


def test_invalid_settings_are_reported_together(tmp_path):
    path = tmp_path / "discovery.yaml"
    path.write_text(
        "tiers: {micro: 100}\nweights: {topic: -1}\nengagement_bands: {myspace: {nano: [1, 2]}}\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError) as error:
        load_settings(path)
    message = str(error.value)
    assert "tiers: lower bounds must grow" in message
    assert "weights: expected non-negative" in message
    assert "engagement_bands › myspace: not a platform" in message
