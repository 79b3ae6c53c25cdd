"""The creators Maison Lumière works with in 2026: fictional people, handles and audiences.

Follower counts are those of early January 2026; each account stays inside its tier all year
(nano 1k-10k, micro 10k-50k, mid 50k-500k, macro 500k-1M, mega 1M+; kpi-methods §1.3).
"""

from dataclasses import dataclass
from enum import StrEnum

from influscope.vocabulary import Platform

IG, TT, YT, FB, X = (
    Platform.INSTAGRAM,
    Platform.TIKTOK,
    Platform.YOUTUBE,
    Platform.FACEBOOK,
    Platform.X,
)


class Tier(StrEnum):
    NANO = "nano"
    MICRO = "micro"
    MID = "mid"
    MACRO = "macro"
    MEGA = "mega"


def tier_of(followers: int) -> Tier:
    """The common 5-tier scheme (HypeAuditor/Statista wording, kpi-methods §1.3)."""
    if followers < 10_000:
        return Tier.NANO
    if followers < 50_000:
        return Tier.MICRO
    if followers < 500_000:
        return Tier.MID
    if followers < 1_000_000:
        return Tier.MACRO
    return Tier.MEGA


@dataclass(frozen=True)
class Channel:
    platform: Platform
    handle: str
    followers: int  # in the first week of January 2026


@dataclass(frozen=True)
class Creator:
    name: str
    country: str
    language: str
    categories: tuple[str, ...]
    channels: tuple[Channel, ...]
    age: int | None = None
    age_range: str | None = None
    contact: str | None = None
    # Authorised creators granted API access to their insights; the others send screenshots,
    # which the brand copies into its workbook.
    authorised: bool = True


def _creator(name, country, language, categories, *channels, **details) -> Creator:
    return Creator(
        name=name,
        country=country,
        language=language,
        categories=tuple(categories.split()),
        channels=tuple(Channel(p, h, f) for p, h, f in channels),
        **details,
    )


# fmt: off
CAST: tuple[Creator, ...] = (
    # Mega
    _creator(
        "Sarah Delcourt", "FR", "fr", "beauty lifestyle",
        (IG, "sarahdelcourt", 1_850_000), (YT, "sarahdelcourt", 1_240_000),
        age=31, contact="booking.sarahdelcourt@example.org",
    ),
    _creator(
        "Jade Moreau", "FR", "fr", "beauty entertainment",
        (TT, "jademoreau", 2_600_000),
        age_range="18-24", contact="jade.moreau@example.com",
    ),
    _creator(
        "Lucía Navarro", "ES", "es", "lifestyle fashion beauty",
        (IG, "lucianavarro", 1_320_000), (TT, "lucia.navarro", 640_000),
        age=27, contact="management.lucianavarro@example.org",
    ),
    # Macro
    _creator(
        "Inès Benali", "FR", "fr", "beauty skincare",
        (IG, "ines.benali", 720_000),
        age=28, contact="ines.benali@example.org",
    ),
    _creator(
        "Thomas Garnier", "FR", "fr", "skincare grooming",
        (YT, "thomasgarnierskin", 640_000), (IG, "thomas.garnier.skin", 88_000),
        age=34, contact="contact.thomasgarnier@example.com",
    ),
    _creator(
        "Lena Hoffmann", "DE", "de", "beauty lifestyle",
        (IG, "lenahoffmann", 780_000),
        age=29, contact="lena.hoffmann@example.org",
    ),
    _creator(
        "Véronique Laurent", "FR", "fr", "beauty wellness",
        (FB, "veroniquelaurentbeaute", 560_000), (IG, "veronique.laurent", 34_000),
        age_range="45-54", contact="veronique.laurent@example.com",
    ),
    # Mid
    _creator(
        "Chloé Vasseur", "FR", "fr", "skincare beauty",
        (IG, "chloe.vasseur", 240_000), (TT, "chloevasseur", 180_000),
        age=26, contact="chloe.vasseur@example.com",
    ),
    _creator(
        "Manon Petit", "FR", "fr", "beauty makeup",
        (TT, "manonpetit", 320_000),
        age_range="18-24", contact="manon.petit@example.com",
    ),
    _creator(
        "Émilie Chauvet", "FR", "fr", "beauty skincare",
        (YT, "emiliechauvet", 150_000),
        age=33, contact="emilie.chauvet@example.com",
    ),
    _creator(
        "Nadia Ferhat", "FR", "fr", "wellness lifestyle",
        (IG, "nadia.ferhat", 95_000),
        age=30, contact="nadia.ferhat@example.com",
    ),
    _creator(
        "Clara Weiss", "DE", "de", "beauty makeup",
        (TT, "claraweiss", 210_000),
        age=23, contact="clara.weiss@example.org",
    ),
    _creator(
        "Carmen Ortega", "ES", "es", "fashion beauty",
        (IG, "carmenortega", 130_000),
        age=32, contact="carmen.ortega@example.org",
    ),
    _creator(
        "Julien Mercier", "FR", "fr", "beauty news",
        (X, "julienmercier", 85_000),
        age=38, contact="julien.mercier@example.com",
    ),
    _creator(
        "Anna Gruber", "AT", "de", "skincare wellness",
        (YT, "annagruber", 70_000),
        age=35, contact="anna.gruber@example.org",
    ),
    _creator(
        "Brigitte Lemaire", "FR", "fr", "lifestyle wellness",
        (FB, "brigittelemaire", 120_000),
        age_range="55-64", contact="brigitte.lemaire@example.com", authorised=False,
    ),
    # Micro
    _creator(
        "Léa Marchetti", "FR", "fr", "skincare",
        (IG, "lea.marchetti", 31_000),
        age=25, contact="lea.marchetti@example.com",
    ),
    _creator(
        "Pauline Roux", "FR", "fr", "beauty lifestyle",
        (IG, "pauline.roux", 24_000), (TT, "paulineroux", 31_000),
        age=24, contact="pauline.roux@example.com",
    ),
    _creator(
        "Camille Nguyen", "FR", "fr", "makeup beauty",
        (TT, "camillenguyen", 36_000),
        age=22, contact="camille.nguyen@example.com",
    ),
    _creator(
        "Océane Blanc", "FR", "fr", "lifestyle fashion",
        (IG, "oceane.blanc", 17_500),
        age=27, contact="oceane.blanc@example.com", authorised=False,
    ),
    _creator(
        "Hugo Lambert", "FR", "fr", "grooming wellness",
        (IG, "hugo.lambert", 29_000),
        age=29, contact="hugo.lambert@example.com",
    ),
    _creator(
        "Sophie Krüger", "DE", "de", "skincare",
        (IG, "sophie.krueger", 36_000),
        age=31, contact="sophie.krueger@example.org",
    ),
    _creator(
        "Paula Serrano", "ES", "es", "beauty",
        (TT, "paulaserrano", 27_000),
        age_range="18-24", contact="paula.serrano@example.org",
    ),
    _creator(
        "Marta Iglesias", "ES", "es", "wellness lifestyle",
        (IG, "marta.iglesias", 15_000),
        age=36, contact="marta.iglesias@example.org", authorised=False,
    ),
    _creator(
        "Élodie Peeters", "BE", "fr", "beauty",
        (IG, "elodie.peeters", 21_000),
        age=28, contact="elodie.peeters@example.org",
    ),
    _creator(
        "Agathe Dumas", "FR", "fr", "beauty sustainability",
        (X, "agathedumas", 12_500),
        age=30, contact="agathe.dumas@example.com",
    ),
    _creator(
        "Noémie Favre", "CH", "fr", "skincare",
        (YT, "noemiefavre", 33_000),
        age=26, contact="noemie.favre@example.org",
    ),
    _creator(
        "Romain Caron", "FR", "fr", "lifestyle family",
        (FB, "romaincaron.famille", 18_000),
        age=41, contact="romain.caron@example.com", authorised=False,
    ),
    _creator(
        "Jonas Weber", "DE", "de", "grooming",
        (TT, "jonasweber", 28_000),
        age=30, contact="jonas.weber@example.org",
    ),
    # Nano
    _creator(
        "Zoé Martin", "FR", "fr", "beauty",
        (IG, "zoe.martin.beauty", 4_200),
        age=21, contact="zoe.martin@example.com",
    ),
    _creator(
        "Louise Girard", "FR", "fr", "skincare lifestyle",
        (IG, "louise.girard", 6_100), (TT, "louisegirard", 5_100),
        age=24, contact="louise.girard@example.com",
    ),
    _creator(
        "Amandine Joly", "FR", "fr", "wellness",
        (IG, "amandine.joly", 2_900),
        age=34, contact="amandine.joly@example.com", authorised=False,
    ),
    _creator(
        "Yasmine Haddad", "FR", "fr", "beauty makeup",
        (TT, "yasminehaddad", 6_800),
        age_range="18-24", contact="yasmine.haddad@example.com",
    ),
    _creator(
        "Margaux Fontaine", "FR", "fr", "skincare",
        (IG, "margaux.fontaine", 5_300),
        age=29, contact="margaux.fontaine@example.com",
    ),
    _creator(
        "Lisa Braun", "DE", "de", "beauty",
        (IG, "lisa.braun", 6_400),
        age=25, contact="lisa.braun@example.org",
    ),
    _creator(
        "Elena Vidal", "ES", "es", "skincare lifestyle",
        (IG, "elena.vidal", 5_400),
        age=27, contact="elena.vidal@example.org", authorised=False,
    ),
    _creator(
        "Alba Romero", "ES", "es", "beauty makeup",
        (TT, "albaromero", 5_900),
        age=22, contact="alba.romero@example.org",
    ),
    _creator(
        "Clémence Aubert", "FR", "fr", "skincare",
        (YT, "clemenceaubert", 3_800),
        age=23, contact="clemence.aubert@example.com",
    ),
    _creator(
        "Gisèle Morel", "FR", "fr", "lifestyle wellness",
        (FB, "giselemorel", 4_700),
        age_range="65+", contact="gisele.morel@example.com", authorised=False,
    ),
    _creator(
        "Mathilde Roy", "FR", "fr", "beauty",
        (X, "mathilderoy", 2_300),
        age=33, contact="mathilde.roy@example.com", authorised=False,
    ),
)
# fmt: on

BY_NAME = {creator.name: creator for creator in CAST}
