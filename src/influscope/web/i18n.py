"""English and French: the page labels, and numbers, money and dates written per locale.

KPI labels come from the catalogue, which has both languages; the words of the pages are here.
Babel is not a dependency: the two locales need only thousands and decimal separators, the
currency symbol's side, and month names.
"""

import datetime as dt
from decimal import Decimal

LANGUAGES = ("en", "fr")

MESSAGES: dict[str, tuple[str, str]] = {
    "app": ("Influscope", "Influscope"),
    "sign_in": ("Sign in", "Se connecter"),
    "sign_out": ("Sign out", "Se déconnecter"),
    "email": ("Email", "E-mail"),
    "password": ("Password", "Mot de passe"),
    "name": ("Name", "Nom"),
    "bad_credentials": ("Wrong email or password.", "E-mail ou mot de passe incorrect."),
    "too_many_attempts": (
        "Too many failed attempts. Wait a few minutes and try again.",
        "Trop d’essais infructueux. Patientez quelques minutes puis réessayez.",
    ),
    "workspaces": ("Workspaces", "Espaces de travail"),
    "workspace": ("Workspace", "Espace de travail"),
    "new_workspace": ("New workspace", "Nouvel espace de travail"),
    "create": ("Create", "Créer"),
    "role": ("Role", "Rôle"),
    "role_owner": ("Owner", "Propriétaire"),
    "role_analyst": ("Analyst", "Analyste"),
    "role_viewer": ("Client viewer", "Client (lecture seule)"),
    "role_influencer": ("Influencer", "Influenceur"),
    "campaigns": ("Campaigns", "Campagnes"),
    "campaign": ("Campaign", "Campagne"),
    "new_campaign": ("New campaign", "Nouvelle campagne"),
    "start_date": ("Start", "Début"),
    "end_date": ("End", "Fin"),
    "budget": ("Budget", "Budget"),
    "currency": ("Currency", "Devise"),
    "objectives": ("Objectives", "Objectifs"),
    "status": ("Status", "Statut"),
    "status_planned": ("Planned", "Prévue"),
    "status_running": ("Running", "En cours"),
    "status_ended": ("Ended", "Terminée"),
    "target_met": ("Met", "Atteint"),
    "target_on_track": ("On track", "En bonne voie"),
    "target_behind": ("Behind", "En retard"),
    "target_missed": ("Missed", "Manqué"),
    "target_not_started": ("Not started", "Pas commencé"),
    "target_no_data": ("No data", "Pas de données"),
    "target": ("Target", "Objectif"),
    "no_data": ("No data", "Pas de données"),
    "dashboard": ("Dashboard", "Tableau de bord"),
    "headline_kpis": ("Key figures", "Chiffres clés"),
    "funnel": ("Funnel", "Entonnoir"),
    "funnel_reach": ("Reach", "Portée"),
    "funnel_engagements": ("Engagements", "Engagements"),
    "funnel_clicks": ("Clicks", "Clics"),
    "funnel_sessions": ("Sessions", "Sessions"),
    "funnel_orders": ("Orders", "Commandes"),
    "over_time": ("Over time", "Dans le temps"),
    "report_charts": ("Report charts", "Graphiques du rapport"),
    "show_charts": ("Show the charts", "Afficher les graphiques"),
    "by_influencer": ("By influencer", "Par influenceur"),
    "show_all": ("Show all", "Tout afficher"),
    "by_platform": ("By platform", "Par plateforme"),
    "by_format": ("By format", "Par format"),
    "influencer": ("Influencer", "Influenceur"),
    "influencers": ("Influencers", "Influenceurs"),
    "platform": ("Platform", "Plateforme"),
    "format": ("Format", "Format"),
    "sales": ("Sales", "Ventes"),
    "roas": ("ROAS", "ROAS"),
    "content": ("Content", "Contenus"),
    "caption": ("Caption", "Légende"),
    "published": ("Published", "Publié"),
    "open_post": ("Open the post", "Voir la publication"),
    "links_and_codes": ("Links and codes", "Liens et codes"),
    "links": ("Tracking links", "Liens de suivi"),
    "codes": ("Promo codes", "Codes promo"),
    "code": ("Code", "Code"),
    "destination": ("Destination", "Destination"),
    "clicks": ("Clicks", "Clics"),
    "orders": ("Orders", "Commandes"),
    "provenance_measured": ("measured", "mesuré"),
    "provenance_self_reported": ("self-reported", "déclaratif"),
    "provenance_estimated": ("estimated", "estimé"),
    "accounts": ("Accounts", "Comptes"),
    "followers": ("Followers", "Abonnés"),
    "follower_history": ("Follower history", "Historique des abonnés"),
    "past_campaigns": ("Campaign results", "Résultats par campagne"),
    "country": ("Country", "Pays"),
    "handle": ("Handle", "Identifiant"),
    "imports": ("Imports", "Imports"),
    "import_workbook": ("Import a campaign workbook", "Importer un classeur de campagne"),
    "import_help": (
        "An .xlsx workbook from `influscope template`. Nothing is stored until every row is clean.",
        "Un classeur .xlsx issu de `influscope template`. Rien n’est enregistré tant qu’une "
        "ligne reste en erreur.",
    ),
    "upload": ("Upload", "Envoyer"),
    "import_failed": (
        "Nothing was imported: fix these problems and upload the workbook again.",
        "Rien n’a été importé : corrigez ces problèmes puis renvoyez le classeur.",
    ),
    "import_done": ("Imported.", "Import terminé."),
    "sheet": ("Sheet", "Feuille"),
    "row": ("Row", "Ligne"),
    "column": ("Column", "Colonne"),
    "value": ("Value", "Valeur"),
    "problem": ("Problem", "Problème"),
    "table": ("Table", "Table"),
    "inserted": ("Inserted", "Ajoutées"),
    "updated": ("Updated", "Modifiées"),
    "unchanged": ("Unchanged", "Inchangées"),
    "settings": ("Settings", "Réglages"),
    "rate_cards": ("EMV rate cards", "Grilles tarifaires EMV"),
    "benchmarks": ("Paid-media benchmarks", "Références média payant"),
    "users": ("Users", "Utilisateurs"),
    "add_user": ("Add a user", "Ajouter un utilisateur"),
    "api_tokens": ("API tokens", "Jetons d’API"),
    "new_token": ("New token", "Nouveau jeton"),
    "token_once": (
        "Copy this token now: it will not be shown again.",
        "Copiez ce jeton maintenant : il ne sera plus affiché.",
    ),
    "language": ("Language", "Langue"),
    "save": ("Save", "Enregistrer"),
    "year": ("Year", "Année"),
    "version": ("Version", "Version"),
    "submissions": ("Submissions", "Déclarations"),
    "pending": ("Pending", "En attente"),
    "approved": ("Approved", "Approuvée"),
    "rejected": ("Rejected", "Refusée"),
    "approve": ("Approve", "Approuver"),
    "reject": ("Reject", "Refuser"),
    "screenshot": ("Screenshot", "Capture d’écran"),
    "portal": ("My campaigns", "Mes campagnes"),
    "portal_intro": (
        "Your campaigns, links, codes and results. Send each post with its statistics.",
        "Vos campagnes, liens, codes et résultats. Déclarez chaque publication avec ses "
        "statistiques.",
    ),
    "submit_post": ("Submit a post", "Déclarer une publication"),
    "post_url": ("Post URL", "URL de la publication"),
    "published_at": ("Published on", "Publié le"),
    "submit": ("Send", "Envoyer"),
    "submitted": (
        "Thank you: your post is waiting for the brand’s approval.",
        "Merci : votre publication attend la validation de la marque.",
    ),
    "portal_link": ("Portal link", "Lien vers le portail"),
    "make_portal_link": ("Create a portal link", "Créer un lien vers le portail"),
    "portal_link_help": (
        "Send this link to the influencer; it signs them into their portal and expires in "
        "{days} days.",
        "Envoyez ce lien à l’influenceur : il ouvre son portail et expire dans {days} jours.",
    ),
    "your_results": ("Your results", "Vos résultats"),
    "not_found": ("Not found", "Introuvable"),
    "forbidden": ("Not allowed", "Accès refusé"),
    "error": ("Something went wrong", "Une erreur est survenue"),
    "error_help": (
        "The error was logged. Try again, or go back to the home page.",
        "L’erreur a été enregistrée. Réessayez ou revenez à l’accueil.",
    ),
    "back_home": ("Home", "Accueil"),
    "read_only": ("Read-only view", "Lecture seule"),
    "total": ("Total", "Total"),
    "sorted_by": ("Sort", "Trier"),
}


# Post counters are labelled like the KPI that sums them; clicks as the platforms report them.
_METRIC_KPIS = {"clicks": "platform_link_clicks"}


def metric_label(metric: str, lang: str) -> str:
    from influscope.catalogue.load import built_in_catalogue

    kpi = built_in_catalogue().kpis.get(_METRIC_KPIS.get(metric, metric))
    return kpi.label.get(lang) if kpi else metric


def t(key: str, lang: str, **values: object) -> str:
    en, fr = MESSAGES[key]
    text = fr if lang == "fr" else en
    return text.format(**values) if values else text


def pick_language(accept_language: str | None) -> str:
    """The first of our languages the browser asks for, by its q-weights; English otherwise."""
    choices = []
    for position, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                weight = 0.0
        choices.append((-weight, position, tag.split("-")[0].lower()))
    for _, _, lang in sorted(choices):
        if lang in LANGUAGES:
            return lang
    return "en"


_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF", "CAD": "CA$"}
_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": [
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ],
}
NARROW_NBSP = "\u202f"


def number(value: float | int | Decimal | None, lang: str, decimals: int = 0) -> str:
    if value is None:
        return "–"
    text = f"{float(value):,.{decimals}f}"
    if lang == "fr":
        text = text.replace(",", NARROW_NBSP).replace(".", ",")
    return text


def percent(value: float | None, lang: str, decimals: int = 2) -> str:
    """`value` is already in percent (the catalogue's percent unit)."""
    if value is None:
        return "–"
    return f"{number(value, lang, decimals)}{NARROW_NBSP if lang == 'fr' else ''}%"


def money(value: float | Decimal | None, currency: str, lang: str, decimals: int = 2) -> str:
    if value is None:
        return "–"
    symbol = _SYMBOLS.get(currency, currency)
    amount = number(abs(float(value)), lang, decimals)
    sign = "-" if float(value) < 0 else ""
    if lang == "fr":
        return f"{sign}{amount}\u00a0{symbol}"
    return f"{sign}{symbol}{amount}" if len(symbol) == 1 else f"{sign}{amount} {symbol}"


def date(value: dt.date | dt.datetime | None, lang: str) -> str:
    if value is None:
        return "–"
    month = _MONTHS[lang if lang in _MONTHS else "en"][value.month - 1]
    return f"{value.day} {month} {value.year}"


def value(amount: float | None, unit: str, currency: str, lang: str) -> str:
    """A KPI value in its unit: count, percent, money or ratio."""
    match unit:
        case "percent":
            return percent(amount, lang)
        case "currency":
            return money(amount, currency, lang)
        case "ratio":
            return number(amount, lang, 2)
        case _:
            return number(amount, lang)
