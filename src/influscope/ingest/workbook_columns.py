"""The campaign workbook, declared: its sheets and columns in English and French.

The reader, the validator, the template and the instructions sheet are all derived from this
spec, so a column added here is read, checked, documented and offered in the template at once.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from influscope.catalogue.load import built_in_catalogue
from influscope.ingest import parse
from influscope.vocabulary import CostKind, Format, Metric, Platform, Provenance, RosterStatus

LANGUAGES = ("en", "fr")


@dataclass(frozen=True)
class Column:
    """A column: its headers, how its cells are read, and what the template says about it.

    `required` columns must be present and filled on every row; other rules that tie columns
    together (a post needs a post_id or a url) live with the sheet's validation.
    """

    name: str
    fr: str
    parse: Callable[[object], object]
    help: str
    help_fr: str
    example: object = None
    example_fr: object = None
    required: bool = False
    aliases: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    choices_fr: tuple[str, ...] = ()
    # Identifiers that Excel would turn into numbers and round (19-digit TikTok ids).
    text: bool = False

    def header(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.name

    def example_in(self, lang: str) -> object:
        return self.example_fr if lang == "fr" and self.example_fr is not None else self.example

    def choices_in(self, lang: str) -> tuple[str, ...]:
        return self.choices_fr if lang == "fr" and self.choices_fr else self.choices

    def help_in(self, lang: str) -> str:
        return self.help_fr if lang == "fr" else self.help


@dataclass(frozen=True)
class Sheet:
    name: str
    fr: str
    help: str
    help_fr: str
    columns: tuple[Column, ...]

    def title(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.name

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


_PLATFORMS = tuple(p.value for p in Platform)
_FORMATS = tuple(f.value for f in Format)
_FORMATS_FR = ("publication", "carrousel", "reel", "story", "vidéo", "short", "live", "tweet")
_KINDS = tuple(k.value for k in CostKind)
_KINDS_FR = ("frais", "produit", "livraison", "agence", "sponsorisation", "autre")
_PROVENANCES = tuple(p.value for p in Provenance)
_PROVENANCES_FR = ("mesuré", "déclaré", "estimé")
_STATUSES = tuple(s.value for s in RosterStatus)
_STATUSES_FR = ("contacté", "intéressé", "activé", "refusé")
_YES_NO = ("yes", "no")
_YES_NO_FR = ("oui", "non")

_CAMPAIGN = "Spring Glow 2026"
_INFLUENCER = "Camille Martin"
_HANDLE = "camille.glow"
_POST_URL = "https://www.instagram.com/reel/C4xYz12AbCd/"
_BRAND = "Maison Clara"


def _platform(example: object = "instagram") -> Column:
    return Column(
        "platform",
        "plateforme",
        parse.parse_platform,
        "instagram, tiktok, youtube, facebook or x (Twitter).",
        "instagram, tiktok, youtube, facebook ou x (Twitter).",
        example=example,
        required=True,
        aliases=("network", "reseau", "réseau social"),
        choices=_PLATFORMS,
    )


def _handle(required: bool = True) -> Column:
    return Column(
        "handle",
        "identifiant",
        parse.parse_handle,
        "The account name on the platform, with or without '@', or its profile URL.",
        "Le nom du compte sur la plateforme, avec ou sans '@', ou l'URL du profil.",
        example="@" + _HANDLE,
        required=required,
        aliases=("account", "username", "compte", "pseudo"),
    )


def _campaign(required: bool, help: str, help_fr: str) -> Column:
    return Column(
        "campaign",
        "campagne",
        parse.parse_text,
        help,
        help_fr,
        example=_CAMPAIGN,
        required=required,
    )


def _provenance() -> Column:
    return Column(
        "provenance",
        "provenance",
        parse.parse_provenance,
        "How the numbers were obtained: measured (platform API or export), self_reported "
        "(screenshot, media kit) or estimated. Empty means self_reported.",
        "Comment les chiffres ont été obtenus : mesuré (API ou export de la plateforme), "
        "déclaré (capture d'écran, kit média) ou estimé. Vide : déclaré.",
        example="self_reported",
        example_fr="déclaré",
        aliases=("origin", "origine"),
        choices=_PROVENANCES,
        choices_fr=_PROVENANCES_FR,
    )


def _source(example: str, example_fr: str) -> Column:
    return Column(
        "source",
        "source",
        parse.parse_text,
        "Where the numbers come from, in your words. Two readings of the same moment from "
        "different sources are both kept. Empty means 'workbook'.",
        "D'où viennent les chiffres, avec vos mots. Deux relevés du même moment de sources "
        "différentes sont tous deux gardés. Vide : 'workbook'.",
        example=example,
        example_fr=example_fr,
    )


CAMPAIGNS = Sheet(
    "campaigns",
    "campagnes",
    "One row per campaign. Everything else refers to a campaign by its name.",
    "Une ligne par campagne. Les autres onglets désignent une campagne par son nom.",
    (
        Column(
            "name",
            "nom",
            parse.parse_text,
            "The campaign's name, unique in the workspace.",
            "Le nom de la campagne, unique dans l'espace de travail.",
            example=_CAMPAIGN,
            required=True,
            aliases=("campaign", "campagne"),
        ),
        Column(
            "objectives",
            "objectifs",
            parse.parse_objectives,
            "Separated by commas: awareness, product_promotion, new_market, follower_growth, "
            "community_participation, sales.",
            "Séparés par des virgules : notoriété, lancement produit, nouveau marché, "
            "gain d'abonnés, participation, ventes.",
            example="awareness, product_promotion",
            example_fr="notoriété, lancement produit",
            aliases=("objective", "objectif"),
        ),
        Column(
            "start_date",
            "date de début",
            parse.parse_date,
            "First day of the campaign: 2026-03-01 or 01/03/2026 (day first).",
            "Premier jour de la campagne : 01/03/2026 (jour d'abord) ou 2026-03-01.",
            example=dt.date(2026, 3, 1),
            required=True,
            aliases=("start", "debut", "début"),
        ),
        Column(
            "end_date",
            "date de fin",
            parse.parse_date,
            "Last day of the campaign, on or after the start date.",
            "Dernier jour de la campagne, au plus tôt le jour du début.",
            example=dt.date(2026, 4, 30),
            required=True,
            aliases=("end", "fin"),
        ),
        Column(
            "budget",
            "budget",
            parse.parse_money,
            "Total budget, optionally with its currency: 15 000 €, 15k EUR.",
            "Budget total, avec sa devise si vous voulez : 15 000 €, 15k EUR.",
            example=15000,
        ),
        Column(
            "currency",
            "devise",
            parse.parse_currency,
            "ISO code of the campaign's currency (EUR, USD, GBP). Needed unless the budget "
            "shows it.",
            "Code ISO de la devise de la campagne (EUR, USD, GBP). Nécessaire sauf si le "
            "budget l'indique.",
            example="EUR",
            aliases=("monnaie",),
        ),
        Column(
            "time_zone",
            "fuseau horaire",
            parse.parse_text,
            "IANA time zone in which post times are written (Europe/Paris). Empty means UTC.",
            "Fuseau IANA dans lequel les heures de publication sont écrites (Europe/Paris). "
            "Vide : UTC.",
            example="Europe/Paris",
            aliases=("timezone", "fuseau"),
        ),
        Column(
            "hashtags",
            "hashtags",
            parse.parse_hashtags,
            "The campaign's hashtags, separated by spaces or commas.",
            "Les hashtags de la campagne, séparés par des espaces ou des virgules.",
            example="#springglow #ad",
            example_fr="#springglow #pub",
        ),
        Column(
            "key_messages",
            "messages clés",
            parse.parse_key_messages,
            "Messages the content must carry, separated by ';' or line breaks.",
            "Messages que les contenus doivent porter, séparés par ';' ou des retours à la ligne.",
            example="Vegan formula; Made in France",
            example_fr="Formule vegan; Fabriqué en France",
            aliases=("messages",),
        ),
    ),
)

INFLUENCERS = Sheet(
    "influencers",
    "influenceurs",
    "One row per creator. Accounts, posts and costs refer to a creator by name.",
    "Une ligne par créateur. Comptes, publications et coûts désignent un créateur par son nom.",
    (
        Column(
            "name",
            "nom",
            parse.parse_text,
            "The creator's name as your team calls them, unique in the workspace.",
            "Le nom du créateur tel que l'équipe l'appelle, unique dans l'espace de travail.",
            example=_INFLUENCER,
            required=True,
            aliases=("influencer", "influenceur", "creator", "createur"),
        ),
        Column(
            "country",
            "pays",
            parse.parse_country,
            "Two-letter country code: FR, BE, US.",
            "Code pays à deux lettres : FR, BE, US.",
            example="FR",
        ),
        Column(
            "language",
            "langue",
            parse.parse_language,
            "Language code of the content: fr, en, fr-BE.",
            "Code de la langue des contenus : fr, en, fr-BE.",
            example="fr",
        ),
        Column(
            "categories",
            "catégories",
            parse.parse_list,
            "Topics, separated by commas: beauty, travel.",
            "Thématiques, séparées par des virgules : beauté, voyage.",
            example="beauty, lifestyle",
            example_fr="beauté, lifestyle",
            aliases=("category", "categorie", "niche"),
        ),
        Column(
            "age",
            "âge",
            parse.parse_count,
            "The creator's age in years.",
            "L'âge du créateur, en années.",
            example=29,
        ),
        Column(
            "age_range",
            "tranche d'âge",
            parse.parse_age_range,
            "Main age bracket of the audience: 25-34, or 65+.",
            "Tranche d'âge principale de l'audience : 25-34, ou 65+.",
            example="25-34",
            aliases=("audience age", "age audience"),
        ),
        Column(
            "contact",
            "contact",
            parse.parse_text,
            "E-mail or agent, as you reach them.",
            "E-mail ou agent, selon comment vous les joignez.",
            example="camille@example.com",
            aliases=("email", "e mail"),
        ),
        Column(
            "brand",
            "marque",
            parse.parse_bool,
            "yes for the brand's own accounts, listed here like a creator: their follower counts "
            "give the brand's growth, and their posts never count as creator content. Empty "
            "means no.",
            "oui pour les comptes de la marque elle-même, listés ici comme un créateur : leurs "
            "abonnés donnent la croissance de la marque, et leurs publications ne comptent "
            "jamais comme contenus de créateurs. Vide : non.",
            example="no",
            example_fr="non",
            aliases=("is brand", "brand account", "compte de marque", "compte marque"),
            choices=_YES_NO,
            choices_fr=_YES_NO_FR,
        ),
    ),
)

CASTING = Sheet(
    "casting",
    "casting",
    "Who was approached for each campaign and where they stand, one row per campaign and "
    "creator. Re-import it as the casting moves: the status is updated.",
    "Qui a été approché pour chaque campagne et où il en est, une ligne par campagne et "
    "créateur. Réimportez-le quand le casting avance : le statut est mis à jour.",
    (
        _campaign(True, "The campaign being cast.", "La campagne concernée."),
        Column(
            "influencer",
            "influenceur",
            parse.parse_text,
            "The creator's name, as in the influencers sheet.",
            "Le nom du créateur, comme dans l'onglet influenceurs.",
            example=_INFLUENCER,
            required=True,
            aliases=("creator", "createur", "name", "nom"),
        ),
        Column(
            "status",
            "statut",
            parse.parse_roster_status,
            "contacted, interested, activated (taking part) or declined.",
            "contacté, intéressé, activé (participe) ou refusé.",
            example="activated",
            example_fr="activé",
            required=True,
            aliases=("state", "etat", "stage", "etape"),
            choices=_STATUSES,
            choices_fr=_STATUSES_FR,
        ),
        Column(
            "posts_contracted",
            "publications prévues",
            parse.parse_count,
            "How many pieces of content the creator agreed to publish (a reel and three "
            "stories are 4).",
            "Combien de contenus le créateur s'est engagé à publier (un reel et trois stories "
            "font 4).",
            example=4,
            aliases=("contracted posts", "deliverables", "livrables", "publications contractees"),
        ),
        Column(
            "products_sent",
            "produits envoyés",
            parse.parse_count,
            "How many products were sent to the creator.",
            "Combien de produits ont été envoyés au créateur.",
            example=2,
            aliases=("products", "produits", "gifting", "envois"),
        ),
    ),
)

ACCOUNTS = Sheet(
    "accounts",
    "comptes",
    "One row per account of a creator on a platform.",
    "Une ligne par compte d'un créateur sur une plateforme.",
    (
        Column(
            "influencer",
            "influenceur",
            parse.parse_text,
            "The creator's name, as in the influencers sheet.",
            "Le nom du créateur, comme dans l'onglet influenceurs.",
            example=_INFLUENCER,
            required=True,
            aliases=("creator", "createur", "name", "nom"),
        ),
        _platform(),
        _handle(),
        Column(
            "platform_id",
            "id plateforme",
            parse.parse_text,
            "The platform's own id of the account, if you know it.",
            "L'identifiant du compte chez la plateforme, si vous le connaissez.",
            example="17841405822304914",
            aliases=("account id", "id compte"),
            text=True,
        ),
    ),
)

FOLLOWERS = Sheet(
    "followers",
    "abonnes",
    "Follower counts of an account at a date; several dates make a growth curve.",
    "Nombre d'abonnés d'un compte à une date ; plusieurs dates font une courbe de croissance.",
    (
        _platform(),
        _handle(),
        Column(
            "date",
            "date",
            parse.parse_datetime,
            "When the count was read (a date alone means midnight UTC).",
            "Quand le nombre a été relevé (une date seule signifie minuit UTC).",
            example=dt.date(2026, 3, 1),
            required=True,
            aliases=("captured at", "releve le"),
        ),
        Column(
            "followers",
            "abonnés",
            parse.parse_count,
            "Number of followers: 48200, 48,2k, 48 200.",
            "Nombre d'abonnés : 48200, 48,2k, 48 200.",
            example=48200,
            required=True,
            aliases=("abonnes", "subscribers", "followers count"),
        ),
        _provenance(),
        _source("media kit", "kit média"),
    ),
)

POSTS = Sheet(
    "posts",
    "publications",
    "One row per piece of content. A post is identified by its post_id, else by its url.",
    "Une ligne par contenu. Une publication est identifiée par son id, sinon par son URL.",
    (
        _campaign(
            False,
            "The campaign the post belongs to; empty for a post outside any campaign "
            "(a baseline to compare with).",
            "La campagne de la publication ; vide pour une publication hors campagne "
            "(une référence de comparaison).",
        ),
        _platform(),
        _handle(),
        Column(
            "post_id",
            "id publication",
            parse.parse_text,
            "The platform's id of the post. Give it or the url (or both).",
            "L'identifiant de la publication chez la plateforme. Donnez-le, ou l'URL, ou les deux.",
            aliases=("id", "media id", "video id", "id post"),
            text=True,
        ),
        Column(
            "url",
            "url",
            parse.parse_url,
            "The post's address, as copied from the app or browser.",
            "L'adresse de la publication, copiée depuis l'application ou le navigateur.",
            example=_POST_URL,
            aliases=("link", "lien", "permalink"),
        ),
        Column(
            "format",
            "format",
            parse.parse_format,
            "post, carousel, reel, story, video, short, live or tweet.",
            "publication, carrousel, reel, story, vidéo, short, live ou tweet.",
            example="reel",
            required=True,
            aliases=("type",),
            choices=_FORMATS,
            choices_fr=_FORMATS_FR,
        ),
        Column(
            "published_at",
            "publié le",
            parse.parse_datetime,
            "Date and time of publication, in the campaign's time zone: 2026-03-05 18:30.",
            "Date et heure de publication, dans le fuseau de la campagne : 05/03/2026 18:30.",
            example=dt.datetime(2026, 3, 5, 18, 30),
            required=True,
            aliases=("published", "date", "date de publication", "publie"),
        ),
        Column(
            "caption",
            "légende",
            parse.parse_text,
            "The text of the post.",
            "Le texte de la publication.",
            example="Mon rituel du soir avec le sérum Éclat #springglow #ad",
            example_fr="Mon rituel du soir avec le sérum Éclat #springglow #pub",
            aliases=("text", "texte", "description"),
        ),
        Column(
            "hashtags",
            "hashtags",
            parse.parse_hashtags,
            "Hashtags of the post, separated by spaces or commas.",
            "Hashtags de la publication, séparés par des espaces ou des virgules.",
            example="#springglow #ad",
            example_fr="#springglow #pub",
        ),
        Column(
            "mentions",
            "mentions",
            parse.parse_mentions,
            "Accounts mentioned or tagged: @maisonclara.",
            "Comptes mentionnés ou identifiés : @maisonclara.",
            example="@maisonclara",
        ),
        Column(
            "sponsored",
            "sponsorisé",
            parse.parse_bool,
            "yes or no. Empty means yes for a post of a campaign, no otherwise.",
            "oui ou non. Vide : oui pour une publication de campagne, non sinon.",
            example="yes",
            example_fr="oui",
            aliases=("paid", "partnership", "partenariat", "sponsorise"),
            choices=_YES_NO,
            choices_fr=_YES_NO_FR,
        ),
    ),
)

_METRIC_HEADERS = {
    Metric.REACH: ("portée", ("reach", "couverture", "comptes touches")),
    Metric.IMPRESSIONS: ("impressions", ()),
    Metric.VIEWS: ("vues", ("plays", "lectures", "vues video")),
    Metric.LIKES: ("j'aime", ("like", "likes")),
    Metric.COMMENTS: ("commentaires", ("commentaire", "comment")),
    Metric.SHARES: ("partages", ("partage", "share")),
    Metric.SAVES: ("enregistrements", ("saved", "save", "sauvegardes", "enregistrement")),
    Metric.CLICKS: ("clics", ("clicks", "clic", "click", "link clicks", "clics sur le lien")),
}
_METRIC_EXAMPLES = {
    Metric.REACH: "31.5k",
    Metric.IMPRESSIONS: 40210,
    Metric.VIEWS: 52300,
    Metric.LIKES: 2870,
    Metric.COMMENTS: 134,
    Metric.SHARES: 95,
    Metric.SAVES: 410,
}
METRIC_COLUMNS = tuple(
    Column(
        metric.value,
        fr,
        parse.parse_count,
        f"Number of {metric.value} when read. Empty when unknown: never write 0 for unknown.",
        f"Nombre de {fr} au relevé. Vide si inconnu : n'écrivez jamais 0 pour inconnu.",
        example=example,
        example_fr=example.replace(".", ",") if isinstance(example, str) else None,
        aliases=aliases,
    )
    for metric, (fr, aliases) in _METRIC_HEADERS.items()
    for example in [_METRIC_EXAMPLES.get(metric)]
)

METRICS = Sheet(
    "metrics",
    "statistiques",
    "Counters of a post read at a moment, one column per counter. Read again later, add a row.",
    "Compteurs d'une publication relevés à un instant, une colonne par compteur. "
    "Nouveau relevé, nouvelle ligne.",
    (
        _platform(),
        Column(
            "post",
            "publication",
            parse.parse_text,
            "The post_id or url of the post, as in the posts sheet.",
            "L'id ou l'URL de la publication, comme dans l'onglet publications.",
            example=_POST_URL,
            required=True,
            aliases=("post id", "url", "id publication", "lien"),
            text=True,
        ),
        Column(
            "captured_at",
            "relevé le",
            parse.parse_datetime,
            "When the numbers were read, in UTC: 2026-03-12 10:00.",
            "Quand les chiffres ont été relevés, en UTC : 12/03/2026 10:00.",
            example=dt.datetime(2026, 3, 12, 10, 0),
            required=True,
            aliases=("date", "captured", "date du releve", "releve"),
        ),
        _provenance(),
        _source("screenshot", "capture d'écran"),
        *METRIC_COLUMNS,
    ),
)

COSTS = Sheet(
    "costs",
    "couts",
    "What the campaign cost, one row per expense.",
    "Ce que la campagne a coûté, une ligne par dépense.",
    (
        _campaign(True, "The campaign the cost belongs to.", "La campagne concernée."),
        Column(
            "influencer",
            "influenceur",
            parse.parse_text,
            "The creator paid; empty for a campaign-wide cost (agency, boosting).",
            "Le créateur payé ; vide pour un coût de toute la campagne (agence, sponsorisation).",
            example=_INFLUENCER,
            aliases=("creator", "createur"),
        ),
        Column(
            "kind",
            "type",
            parse.parse_cost_kind,
            "fee, product, shipping, agency, boost or other.",
            "frais, produit, livraison, agence, sponsorisation ou autre.",
            example="fee",
            example_fr="frais",
            required=True,
            aliases=("nature", "category", "categorie"),
            choices=_KINDS,
            choices_fr=_KINDS_FR,
        ),
        Column(
            "amount",
            "montant",
            parse.parse_money,
            "The amount, optionally with its currency: 1 800 €, $1,200.",
            "Le montant, avec sa devise si vous voulez : 1 800 €, 1 200 $.",
            example=1800,
            required=True,
            aliases=("cost", "cout", "price", "prix"),
        ),
        Column(
            "currency",
            "devise",
            parse.parse_currency,
            "ISO code (EUR). Empty: the amount's own, else the campaign's currency.",
            "Code ISO (EUR). Vide : celle du montant, sinon celle de la campagne.",
            example="EUR",
            aliases=("monnaie",),
        ),
        Column(
            "date",
            "date",
            parse.parse_date,
            "The day the cost was incurred.",
            "Le jour où le coût a été engagé.",
            example=dt.date(2026, 3, 5),
            required=True,
            aliases=("incurred on",),
        ),
        Column(
            "description",
            "description",
            parse.parse_text,
            "What was paid for. Two costs of the same kind on the same day need different "
            "descriptions.",
            "Ce qui a été payé. Deux coûts du même type le même jour ont besoin de descriptions "
            "différentes.",
            example="Reel + 3 stories",
            aliases=("libelle", "detail"),
        ),
    ),
)

TARGETS = Sheet(
    "targets",
    "objectifs",
    "The values the campaign aims for, one row per KPI.",
    "Les valeurs visées par la campagne, une ligne par KPI.",
    (
        _campaign(True, "The campaign the target belongs to.", "La campagne concernée."),
        Column(
            "kpi",
            "kpi",
            parse.parse_kpi_id,
            "The KPI's id, as in the KPI reference: impressions, engagement_rate_reach.",
            "L'identifiant du KPI, comme dans la référence des KPI : impressions, "
            "engagement_rate_reach.",
            example="impressions",
            required=True,
            aliases=("indicator", "indicateur"),
        ),
        Column(
            "target",
            "cible",
            parse.parse_number,
            "The value aimed for, in the KPI's unit; percentages in percent (4 % is 4).",
            "La valeur visée, dans l'unité du KPI ; les pourcentages en pourcent (4 % vaut 4).",
            example=250000,
            required=True,
            aliases=("goal", "objective", "objectif", "valeur cible", "value", "valeur"),
        ),
    ),
)

_INDICATORS = built_in_catalogue().indicators
# Every way the catalogue names an indicator, normalised: its id and its English and French labels.
INDICATOR_NAMES = {
    parse.normalise_label(name): indicator.id
    for indicator in _INDICATORS.values()
    for name in (indicator.id, indicator.label.en, indicator.label.fr)
}

INDICATORS = Sheet(
    "indicators",
    "indicateurs",
    "Indicators Influscope cannot compute, measured elsewhere (a brand-lift survey) and entered "
    "with their source, one row per campaign, indicator and measurement date.",
    "Les indicateurs qu'Influscope ne peut pas calculer, mesurés ailleurs (une étude brand lift) "
    "et saisis avec leur source, une ligne par campagne, indicateur et date de mesure.",
    (
        _campaign(
            True,
            "The campaign the indicator was measured for.",
            "La campagne pour laquelle l'indicateur a été mesuré.",
        ),
        Column(
            "indicator",
            "indicateur",
            partial(parse.parse_indicator, names=INDICATOR_NAMES),
            "The indicator's id from the drop-down, or its English or French label: "
            + "; ".join(f"{i.id} ({i.label.en})" for i in _INDICATORS.values())
            + ".",
            "L'identifiant de l'indicateur dans la liste, ou son libellé en français ou en "
            "anglais : " + " ; ".join(f"{i.id} ({i.label.fr})" for i in _INDICATORS.values()) + ".",
            example="brand_awareness_uplift",
            required=True,
            aliases=("indicator id", "id indicateur"),
            choices=tuple(_INDICATORS),
        ),
        Column(
            "measured_on",
            "mesuré le",
            parse.parse_date,
            "The day the value was measured; for a survey, its last day of fieldwork.",
            "Le jour de la mesure ; pour une enquête, son dernier jour de terrain.",
            example=dt.date(2026, 5, 15),
            required=True,
            aliases=("date", "measured", "date de mesure", "survey date", "date de l'enquête"),
        ),
        Column(
            "value",
            "valeur",
            parse.parse_points,
            "The result in the indicator's unit, with its sign; the uplifts are in percentage "
            "points: +4.2, -1.5, 3 pts.",
            "Le résultat dans l'unité de l'indicateur, avec son signe ; les évolutions sont en "
            "points de pourcentage : +4,2, -1,5, 3 pts.",
            example=4.2,
            required=True,
            aliases=("result", "résultat", "uplift", "évolution", "points"),
        ),
        Column(
            "source",
            "source",
            parse.parse_text,
            "Who measured it and how: the study, its method and its sample.",
            "Qui l'a mesuré et comment : l'étude, sa méthode et son échantillon.",
            example="Brand-lift survey, exposed vs control, 1,200 respondents",
            example_fr="Étude brand lift, exposés contre témoins, 1 200 répondants",
            required=True,
            aliases=("origin", "origine", "study", "étude", "method", "méthode"),
        ),
    ),
)

MENTIONS = Sheet(
    "mentions",
    "mentions",
    "Mentions of your brand and of its competitors found by social listening, one row per "
    "mention: they give the share of voice.",
    "Les mentions de votre marque et de ses concurrents relevées par la veille sociale, une "
    "ligne par mention : elles donnent la part de voix.",
    (
        Column(
            "brand",
            "marque",
            parse.parse_text,
            "The brand mentioned, spelled the same way on every row.",
            "La marque mentionnée, écrite de la même façon sur chaque ligne.",
            example=_BRAND,
            required=True,
            aliases=("brand name", "nom de marque"),
        ),
        Column(
            "own",
            "notre marque",
            parse.parse_bool,
            "yes when the brand is yours, no for a competitor.",
            "oui si la marque est la vôtre, non pour un concurrent.",
            example="yes",
            example_fr="oui",
            required=True,
            aliases=("our brand", "own brand", "ours"),
            choices=_YES_NO,
            choices_fr=_YES_NO_FR,
        ),
        _platform(),
        Column(
            "mention_id",
            "id mention",
            parse.parse_id_or_url,
            "The mention's id in your listening tool or on the platform, or its URL. It "
            "identifies the row: importing it again updates the mention.",
            "L'identifiant de la mention dans votre outil de veille ou sur la plateforme, ou son "
            "URL. Il identifie la ligne : la réimporter met la mention à jour.",
            example=_POST_URL,
            required=True,
            aliases=("id", "external id", "id externe", "url", "link", "lien"),
            text=True,
        ),
        Column(
            "date",
            "date",
            parse.parse_day,
            "The day of the mention; a time after the date is ignored.",
            "Le jour de la mention ; une heure après la date est ignorée.",
            example=dt.date(2026, 3, 5),
            required=True,
            aliases=("mentioned on", "published", "publie le", "date de publication"),
        ),
        Column(
            "engagements",
            "engagements",
            parse.parse_count,
            "Likes, comments, shares and saves of the mention together, if the tool gives them.",
            "J'aime, commentaires, partages et enregistrements de la mention, si l'outil les "
            "donne.",
            example=3509,
            aliases=("engagement", "interactions"),
        ),
        Column(
            "source",
            "source",
            parse.parse_text,
            "The listening tool or export the mention comes from. Empty means 'workbook'.",
            "L'outil ou l'export de veille d'où vient la mention. Vide : 'workbook'.",
            example="social listening",
            example_fr="veille sociale",
            aliases=("tool", "outil"),
        ),
    ),
)

EXCHANGE_RATES = Sheet(
    "exchange_rates",
    "taux_de_change",
    "Exchange rates that convert costs, rate cards and sales into the campaign's currency: one "
    "unit of the base currency is worth `rate` units of the quote currency, from valid_on "
    "until the pair's next rate.",
    "Taux de change qui convertissent coûts, grilles tarifaires et ventes dans la devise de la "
    "campagne : une unité de la devise de base vaut `taux` unités de la devise de cotation, du "
    "jour « en vigueur le » jusqu'au taux suivant de la paire.",
    (
        Column(
            "base",
            "devise de base",
            parse.parse_currency,
            "ISO code of the currency converted from (USD).",
            "Code ISO de la devise convertie (USD).",
            example="USD",
            required=True,
            aliases=("from", "de", "base currency"),
        ),
        Column(
            "quote",
            "devise de cotation",
            parse.parse_currency,
            "ISO code of the currency converted to (EUR).",
            "Code ISO de la devise obtenue (EUR).",
            example="EUR",
            required=True,
            aliases=("to", "vers", "quote currency", "devise cotee"),
        ),
        Column(
            "valid_on",
            "en vigueur le",
            parse.parse_date,
            "The first day the rate applies.",
            "Le premier jour où le taux s'applique.",
            example=dt.date(2026, 3, 2),
            required=True,
            aliases=("date", "valid from", "from date", "a partir du", "valable du"),
        ),
        Column(
            "rate",
            "taux",
            parse.parse_rate,
            "How many quote units one base unit is worth, above zero: 0.9223. Give four "
            "decimals: 1,085 could be read as 1085.",
            "Combien d'unités de la devise de cotation vaut une unité de la devise de base, "
            "au-dessus de zéro : 0,9223. Donnez quatre décimales : 1,085 pourrait se lire 1085.",
            example=0.9223,
            required=True,
            aliases=("exchange rate", "taux de change", "cours"),
        ),
        Column(
            "source",
            "source",
            parse.parse_text,
            "Where the rate comes from: ECB reference rate, bank statement, contract.",
            "D'où vient le taux : cours de référence BCE, relevé bancaire, contrat.",
            example="ECB reference rate",
            example_fr="cours de référence BCE",
            required=True,
            aliases=("origin", "origine", "provider", "fournisseur"),
        ),
    ),
)

# In the order records are written: each sheet refers only to the ones before it.
SHEETS = (
    CAMPAIGNS,
    INFLUENCERS,
    CASTING,
    ACCOUNTS,
    FOLLOWERS,
    POSTS,
    METRICS,
    COSTS,
    TARGETS,
    INDICATORS,
    MENTIONS,
    EXCHANGE_RATES,
)
INSTRUCTIONS = ("instructions", "mode d'emploi")
