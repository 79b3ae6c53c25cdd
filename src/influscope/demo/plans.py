"""Maison Lumière's four 2026 campaigns as the brand planned them: brief, cast, budget, targets.

One campaign per objective family in the article on influencer KPIs (reference/article-kpi-…):
a spring product launch (promotion and awareness), the summer sales (sales), the opening of
Germany and Spain (new market and follower growth) and an advent-calendar giveaway (community
participation).

Budgets and targets were set before the campaigns ran: with the default seed one campaign
overspends a little and each one meets some targets and misses others.
"""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from influscope.demo.cast import FB, IG, TT, Channel, Creator
from influscope.store.records import CampaignRecord
from influscope.vocabulary import CostKind, Objective, Platform

BOOST, OTHER = CostKind.BOOST, CostKind.OTHER

BRAND_HANDLE = "maisonlumiere"
TIME_ZONE = "Europe/Paris"


@dataclass(frozen=True)
class Phrases:
    """What creators write in one language: the caption is assembled from one of each."""

    hooks: tuple[str, ...]
    bodies: tuple[str, ...]
    calls: tuple[str, ...]
    stories: tuple[str, ...]


@dataclass(frozen=True)
class Booking:
    creator: str
    platforms: tuple[Platform, ...] = ()  # empty: every account the creator has

    def channels(self, creator: Creator) -> list[Channel]:
        return [c for c in creator.channels if not self.platforms or c.platform in self.platforms]


@dataclass(frozen=True)
class Plan:
    record: CampaignRecord
    cast: tuple[Booking, ...]
    phrases: dict[str, Phrases]  # by language
    product: str
    product_cost: Decimal  # cost of goods for one unit sent to a creator
    agency: tuple[str, Decimal]  # description, share of the creators' fees
    # Campaign-wide costs: kind, description, amount, day counted from the campaign's start.
    extra_costs: tuple[tuple[CostKind, str, Decimal, int], ...]
    # KPI id -> value in the KPI's unit (percentages in percent), besides `posts`, which is the
    # number of contracted posts.
    targets: dict[str, float]
    sales: bool = False  # promo codes and link stickers
    giveaway: bool = False
    big_launch_day: bool = False  # the biggest creators all post on the first day


def _cast(*entries: str | tuple[str, Platform]) -> tuple[Booking, ...]:
    return tuple(Booking(e) if isinstance(e, str) else Booking(e[0], tuple(e[1:])) for e in entries)


LAUNCH = Plan(
    record=CampaignRecord(
        name="Lancement Sérum Éclat",
        start_date=dt.date(2026, 3, 17),
        end_date=dt.date(2026, 4, 30),
        currency="EUR",
        objectives=(Objective.PRODUCT_PROMOTION, Objective.AWARENESS),
        budget=Decimal("190000.00"),
        time_zone=TIME_ZONE,
        hashtags=("MaisonLumiere", "SerumEclat", "EclatDePrintemps"),
        key_messages=(
            "15 % de vitamine C stabilisée",
            "Formulé et fabriqué à Grasse",
            "Un teint plus lumineux en 14 jours",
        ),
    ),
    cast=_cast(
        "Sarah Delcourt",
        "Jade Moreau",
        "Inès Benali",
        "Thomas Garnier",
        "Véronique Laurent",
        "Chloé Vasseur",
        "Manon Petit",
        "Émilie Chauvet",
        "Nadia Ferhat",
        "Julien Mercier",
        "Léa Marchetti",
        "Pauline Roux",
        "Camille Nguyen",
        "Hugo Lambert",
        "Élodie Peeters",
        "Agathe Dumas",
        "Noémie Favre",
        "Zoé Martin",
        ("Louise Girard", IG),
        "Amandine Joly",
        "Margaux Fontaine",
        "Clémence Aubert",
    ),
    phrases={
        "fr": Phrases(
            hooks=(
                "Nouvelle routine du matin ☀️",
                "Je vous en parlais en story : le voici !",
                "Mon teint après deux semaines 👀",
                "Le sérum dont tout le monde parle ce printemps",
                "Unboxing du jour 💛",
                "GRWM spécial printemps 🌸",
                "Ma peau a dit merci.",
            ),
            bodies=(
                "J'ai testé le nouveau Sérum Éclat de @maisonlumiere pendant quinze jours.",
                "Texture ultra légère, il pénètre en quelques secondes et ne colle pas.",
                "Trois gouttes le matin, avant la crème hydratante et le SPF, c'est tout.",
                "Je cherchais un sérum à la vitamine C qui ne pique pas : celui-ci est parfait "
                "pour ma peau sensible.",
                "Le flacon en verre ambré est rechargeable, et ça, j'adore.",
            ),
            calls=(
                "Dispo dès aujourd'hui, lien en bio.",
                "Vous l'avez déjà testé ?",
                "Dites-moi en commentaire si vous voulez ma routine complète !",
                "Lien dans ma bio 🔗",
                "",
            ),
            stories=(
                "Le nouveau Sérum Éclat est arrivé ✨",
                "Jour 7 avec le sérum, premiers résultats",
                "Swipe pour voir la texture 👆",
                "Ma routine du matin en 3 étapes",
            ),
        )
    },
    product="Coffret Sérum Éclat 30 ml",
    product_cost=Decimal("27.40"),
    agency=("Honoraires agence : casting, contrats et suivi", Decimal("0.15")),
    extra_costs=(
        (BOOST, "Boost Meta des reels (partenariat publicitaire)", Decimal("9500.00"), 5),
        (BOOST, "TikTok Spark Ads", Decimal("6000.00"), 6),
        (OTHER, "Soirée de lancement presse et créateurs", Decimal("7800.00"), 0),
    ),
    targets={
        "reach": 1_000_000,
        "views": 4_000_000,
        "engagements": 100_000,
        "engagement_rate_reach": 4,
        "cost_per_engagement": 1.5,
    },
    big_launch_day=True,
)

SALES = Plan(
    record=CampaignRecord(
        name="Soldes d'été 2026",
        start_date=dt.date(2026, 6, 24),
        end_date=dt.date(2026, 7, 21),
        currency="EUR",
        objectives=(Objective.SALES,),
        budget=Decimal("40000.00"),
        time_zone=TIME_ZONE,
        hashtags=("MaisonLumiere", "SoldesLumiere"),
        key_messages=(
            "Jusqu'à -30 % sur tout le site",
            "Livraison offerte dès 39 €",
        ),
    ),
    cast=_cast(
        "Inès Benali",
        ("Chloé Vasseur", IG),
        "Manon Petit",
        "Nadia Ferhat",
        "Brigitte Lemaire",
        "Léa Marchetti",
        "Pauline Roux",
        "Camille Nguyen",
        "Océane Blanc",
        "Hugo Lambert",
        "Romain Caron",
        "Yasmine Haddad",
        "Zoé Martin",
        "Gisèle Morel",
        "Julien Mercier",
        "Agathe Dumas",
        ("Louise Girard", TT),
    ),
    phrases={
        "fr": Phrases(
            hooks=(
                "C'est parti pour les soldes ☀️",
                "Alerte bons plans 🚨",
                "Mes indispensables de l'été à prix doux",
                "Derniers jours pour en profiter !",
                "Ce que je rachète pendant les soldes",
            ),
            bodies=(
                "Le Sérum Éclat, la crème solaire SPF 50 et la brume fraîcheur de "
                "@maisonlumiere sont dans ma trousse tout l'été.",
                "J'ai refait mon stock de soins @maisonlumiere pour les vacances.",
                "Si vous hésitiez à tester le Sérum Éclat, c'est le moment.",
            ),
            calls=(
                "Avec mon code {code} : -10 % en plus sur le site.",
                "Code {code} valable jusqu'au 21 juillet, lien en bio.",
                "Mon code {code} vous attend, foncez !",
            ),
            stories=(
                "-30 % chez @maisonlumiere 👆 code {code}",
                "Lien en story ! Code {code}",
                "Les soldes continuent ⏰ code {code}",
            ),
        )
    },
    product="Sélection soldes : sérum, SPF 50, brume",
    product_cost=Decimal("34.80"),
    agency=("Honoraires agence : casting, contrats et suivi", Decimal("0.15")),
    extra_costs=((BOOST, "Boost Meta des stories soldes", Decimal("4000.00"), 2),),
    targets={
        "reach": 700_000,
        "engagements": 35_000,
        "cost_per_engagement": 1.25,
    },
    sales=True,
)

NEW_MARKET = Plan(
    record=CampaignRecord(
        name="Ouverture Allemagne et Espagne",
        start_date=dt.date(2026, 9, 14),
        end_date=dt.date(2026, 11, 8),
        currency="EUR",
        objectives=(Objective.NEW_MARKET, Objective.FOLLOWER_GROWTH),
        budget=Decimal("80000.00"),
        time_zone=TIME_ZONE,
        hashtags=("MaisonLumiere", "LumiereEuropa"),
        # The brand keeps its key messages in English across both markets.
        key_messages=(
            "Clean French skincare from Grasse",
            "Free delivery to Germany and Spain",
            "Follow @maisonlumiere for the launch giveaway",
        ),
    ),
    cast=_cast(
        "Lucía Navarro",
        "Lena Hoffmann",
        "Clara Weiss",
        "Carmen Ortega",
        "Anna Gruber",
        "Sophie Krüger",
        "Paula Serrano",
        "Marta Iglesias",
        "Lisa Braun",
        "Elena Vidal",
        "Jonas Weber",
        "Alba Romero",
    ),
    phrases={
        "de": Phrases(
            hooks=(
                "Endlich in Deutschland! 🇩🇪",
                "Meine neue Morgenroutine ☀️",
                "Französische Hautpflege, die hält, was sie verspricht",
                "Unboxing 💛",
            ),
            bodies=(
                "Das Sérum Éclat von @maisonlumiere ist ab sofort auch bei uns erhältlich.",
                "Leichte Textur, zieht sofort ein und riecht ganz dezent.",
                "Ich teste es seit drei Wochen und meine Haut wirkt viel frischer.",
            ),
            calls=("Link in der Bio.", "Habt ihr es schon probiert?", ""),
            stories=("Jetzt in Deutschland ✨", "Swipe up 👆", "Meine Routine in 3 Schritten"),
        ),
        "es": Phrases(
            hooks=(
                "¡Por fin en España! 🇪🇸",
                "Mi nueva rutina de mañana ☀️",
                "Cosmética francesa que de verdad funciona",
                "Unboxing 💛",
            ),
            bodies=(
                "El Sérum Éclat de @maisonlumiere ya está disponible en España.",
                "Textura ligerísima, se absorbe al instante.",
                "Llevo tres semanas usándolo y mi piel está mucho más luminosa.",
            ),
            calls=("Enlace en mi bio.", "¿Lo habéis probado?", ""),
            stories=("Ya en España ✨", "Desliza hacia arriba 👆", "Mi rutina en 3 pasos"),
        ),
        "en": Phrases(
            hooks=("New in my routine ☀️", "Finally here! 💛", "Glow check ✨"),
            bodies=(
                "The Sérum Éclat by @maisonlumiere has just launched in Germany and Spain.",
                "Lightweight, absorbs in seconds, no sticky finish.",
            ),
            calls=("Link in bio.", "Have you tried it yet?", ""),
            stories=("Now available ✨", "Swipe up 👆"),
        ),
    },
    product="Coffret découverte Maison Lumière",
    product_cost=Decimal("31.20"),
    agency=("Honoraires agence : casting DE/ES, contrats et suivi", Decimal("0.18")),
    extra_costs=(
        (OTHER, "Traduction et adaptation des briefs (DE, ES)", Decimal("1450.00"), -10),
        (BOOST, "Boost Meta Allemagne et Espagne", Decimal("8000.00"), 7),
        (BOOST, "TikTok Spark Ads Allemagne et Espagne", Decimal("5000.00"), 14),
    ),
    targets={
        "reach": 800_000,
        "views": 2_500_000,
        "engagement_rate_reach": 4,
        "cost_per_engagement": 0.75,
    },
)

ADVENT = Plan(
    record=CampaignRecord(
        name="Calendrier de l'Avent 2026",
        start_date=dt.date(2026, 11, 23),
        end_date=dt.date(2026, 12, 20),
        currency="EUR",
        objectives=(Objective.COMMUNITY_PARTICIPATION, Objective.AWARENESS),
        budget=Decimal("140000.00"),
        time_zone=TIME_ZONE,
        hashtags=("MaisonLumiere", "AventLumiere", "JeuConcours"),
        key_messages=(
            "24 soins à découvrir jusqu'à Noël",
            "Édition limitée, fabriquée à Grasse",
        ),
    ),
    cast=_cast(
        ("Sarah Delcourt", IG),
        "Jade Moreau",
        ("Véronique Laurent", FB),
        "Chloé Vasseur",
        "Manon Petit",
        "Émilie Chauvet",
        "Léa Marchetti",
        "Océane Blanc",
        "Margaux Fontaine",
        ("Louise Girard", IG),
        "Élodie Peeters",
        "Mathilde Roy",
        "Gisèle Morel",
        ("Lucía Navarro", IG),
    ),
    phrases={
        "fr": Phrases(
            hooks=(
                "🎁 CONCOURS 🎁",
                "Le calendrier de l'Avent le plus attendu est là !",
                "Jour 1 de l'Avent ✨",
            ),
            bodies=(
                "Je vous fais gagner 3 calendriers de l'Avent @maisonlumiere ! Pour participer : "
                "1️⃣ suivre @maisonlumiere et mon compte 2️⃣ liker ce post 3️⃣ identifier deux "
                "personnes en commentaire. Tirage au sort le 20 décembre.",
                "Derrière chaque case, un soin @maisonlumiere en taille réelle ou en format "
                "voyage.",
            ),
            calls=(
                "Bonne chance à toutes et tous ! Jeu non associé à la plateforme.",
                "Tirage au sort le 20 décembre, bonne chance !",
            ),
            stories=(
                "Concours en cours 🎁 allez voir mon dernier post",
                "Ouverture de la case du jour 🎄",
                "Plus que quelques jours pour participer !",
            ),
        ),
        "es": Phrases(
            hooks=("🎁 SORTEO 🎁",),
            bodies=(
                "¡Sorteo 3 calendarios de Adviento de @maisonlumiere! Para participar: "
                "1️⃣ sigue a @maisonlumiere y a mí 2️⃣ dale like 3️⃣ menciona a dos amigas.",
            ),
            calls=("¡Mucha suerte! Sorteo el 20 de diciembre.",),
            stories=("Sorteo activo 🎁 mira mi último post",),
        ),
    },
    product="Calendrier de l'Avent 2026",
    product_cost=Decimal("46.50"),
    agency=("Honoraires agence : casting, contrats, règlement du jeu", Decimal("0.15")),
    extra_costs=(
        (OTHER, "Huissier : dépôt du règlement du jeu-concours", Decimal("390.00"), -3),
        (BOOST, "Boost Meta des posts concours", Decimal("3500.00"), 3),
    ),
    targets={
        "reach": 1_500_000,
        "engagements": 120_000,
        "engagement_rate_reach": 7,
        "cost_per_engagement": 0.75,
    },
    giveaway=True,
)

PLANS: tuple[Plan, ...] = (LAUNCH, SALES, NEW_MARKET, ADVENT)
