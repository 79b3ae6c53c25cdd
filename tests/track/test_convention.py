from influscope.track.convention import campaign_slug, utm_parameters


def test_a_french_campaign_name_becomes_a_plain_ascii_slug():
    assert campaign_slug("Lancement Sérum Éclat — Été 2026") == "lancement-serum-eclat-ete-2026"


def test_the_slug_ignores_spacing_and_punctuation_people_add():
    assert campaign_slug("  Noël !! 2026  ") == campaign_slug("noel 2026") == "noel-2026"


def test_every_link_carries_the_five_parameters_of_the_convention():
    assert utm_parameters(
        platform="instagram", campaign_name="Noël 2026", campaign_id=7, content="lea.voyage"
    ) == {
        "utm_source": "instagram",
        "utm_medium": "influencer",
        "utm_campaign": "noel-2026",
        "utm_content": "lea.voyage",
        "utm_id": "7",
    }
