"""The words of a report in English and French; KPI labels and definitions come from the
catalogue, these are the section titles, column headers and notes around them."""

_LABELS: dict[str, tuple[str, str]] = {
    # Sections
    "summary": ("Summary", "Synthèse"),
    "spend": ("Spend and return", "Dépenses et retour"),
    "influencers": ("Influencer analysis", "Analyse des influenceurs"),
    "content": ("Content analysis", "Analyse des contenus"),
    "audience": ("Audience evolution", "Évolution de l'audience"),
    "traffic": ("Traffic and sales", "Trafic et ventes"),
    "methodology": ("Methodology", "Méthodologie"),
    "campaigns": ("Campaigns of the period", "Campagnes de la période"),
    "profile": ("Profile", "Profil"),
    "contents": ("Contents", "Sommaire"),
    # Titles
    "campaign_report": ("Campaign report", "Rapport de campagne"),
    "period_report": ("Period report", "Rapport de période"),
    "audit_report": ("Influencer audit", "Audit d'influenceur"),
    "overview": ("Overview", "Vue d'ensemble"),
    "signals": ("Authenticity signals", "Signaux d'authenticité"),
    "engagement_history": ("Engagement by month", "Engagement par mois"),
    "follower_history": ("Followers at month end", "Abonnés en fin de mois"),
    "past_campaigns": ("Past campaigns", "Campagnes passées"),
    "audience_split": ("Audience", "Audience"),
    "objectives": ("Objectives", "Objectifs"),
    "targets": ("Targets", "Objectifs chiffrés"),
    "headline": ("Headline KPIs", "KPI principaux"),
    "indicators": ("Measured elsewhere", "Mesuré ailleurs"),
    "cost_by_kind": ("Costs by kind", "Coûts par nature"),
    "cost_by_influencer": ("Costs by influencer", "Coûts par influenceur"),
    "return": ("Return", "Retour"),
    "rate_card": ("EMV rate card", "Grille de valorisation (EMV)"),
    "benchmarks": ("Paid-media benchmarks", "Références de la publicité payante"),
    "ranking": ("Influencer ranking", "Classement des influenceurs"),
    "delivery": ("Delivery against contract", "Livraison par rapport au contrat"),
    "top_posts": ("Top posts", "Meilleures publications"),
    "bottom_posts": ("Bottom posts", "Publications les moins performantes"),
    "formats": ("Formats and platforms", "Formats et plateformes"),
    "key_messages": ("Key messages", "Messages clés"),
    "brand_followers": ("Brand followers over time", "Abonnés de la marque dans le temps"),
    "growth": ("Growth against trend", "Croissance par rapport à la tendance"),
    "links": ("Tracked links", "Liens suivis"),
    "codes": ("Promo codes", "Codes promo"),
    "attribution": ("Attributed orders", "Commandes attribuées"),
    "definitions": ("KPI definitions", "Définitions des KPI"),
    "sources": ("Sources", "Sources"),
    "provenance": ("Provenance", "Provenance"),
    "comparison": ("Against the previous period", "Par rapport à la période précédente"),
    "by_campaign": ("By campaign", "Par campagne"),
    "by_month": ("By month", "Par mois"),
    # Columns
    "kpi": ("KPI", "KPI"),
    "value": ("Value", "Valeur"),
    "target": ("Target", "Objectif"),
    "expected": ("Expected by now", "Attendu à date"),
    "effectiveness": ("Effectiveness (%)", "Efficacité (%)"),
    "status": ("Status", "Statut"),
    "indicator": ("Indicator", "Indicateur"),
    "measured_on": ("Measured on", "Mesuré le"),
    "source": ("Source", "Source"),
    "kind": ("Kind", "Nature"),
    "amount": ("Amount", "Montant"),
    "currency": ("Currency", "Devise"),
    "influencer": ("Influencer", "Influenceur"),
    "campaign": ("Campaign", "Campagne"),
    "platform": ("Platform", "Plateforme"),
    "format": ("Format", "Format"),
    "day": ("Day", "Jour"),
    "month": ("Month", "Mois"),
    "post": ("Post", "Publication"),
    "caption": ("Caption", "Légende"),
    "account": ("Account", "Compte"),
    "followers": ("Followers", "Abonnés"),
    "rank": ("Rank", "Rang"),
    "message": ("Message", "Message"),
    "definition": ("Definition", "Définition"),
    "formula": ("Formula", "Formule"),
    "unit": ("Unit", "Unité"),
    "name": ("Name", "Nom"),
    "version": ("Version", "Version"),
    "year": ("Year", "Année"),
    "url": ("Address", "Adresse"),
    "price": ("Price", "Prix"),
    "channel": ("Channel", "Canal"),
    "meaning": ("Meaning", "Signification"),
    "share": ("Share (%)", "Part (%)"),
    "previous": ("Previous period", "Période précédente"),
    "change": ("Change (%)", "Évolution (%)"),
    "links_count": ("Links", "Liens"),
    "clicks_total": ("Clicks (humans)", "Clics (humains)"),
    "clicks_unique": ("Unique clicks", "Clics uniques"),
    "clicks_bots": ("Bot clicks", "Clics de robots"),
    "code": ("Code", "Code"),
    "field": ("Field", "Champ"),
    "date": ("Date", "Date"),
    "posts": ("Posts", "Publications"),
    "engagements": ("Engagements", "Engagements"),
    "engagement_rate": ("Engagement rate (%)", "Taux d'engagement (%)"),
    "median_engagement_rate": ("Median engagement rate (%)", "Taux d'engagement médian (%)"),
    "cost": ("Cost", "Coût"),
    "cost_per_engagement": ("Cost per engagement", "Coût par engagement"),
    "signal": ("Signal", "Signal"),
    "fired": ("Fired", "Déclenché"),
    "threshold": ("Threshold", "Seuil"),
    "detail": ("Detail", "Détail"),
    "segment": ("Segment", "Segment"),
    "country": ("Country", "Pays"),
    "language": ("Language", "Langue"),
    "age": ("Age", "Âge"),
    "categories": ("Categories", "Catégories"),
    "bio": ("Bio", "Bio"),
    "tier": ("Tier", "Palier"),
    "authenticity": ("Authenticity score", "Score d'authenticité"),
    "inauthentic_share": ("Inauthentic share (%)", "Part inauthentique (%)"),
    "cost_per_post": ("Cost per post", "Coût par publication"),
    "expected_cpm": ("Expected CPM", "CPM attendu"),
    "yes": ("yes", "oui"),
    "no": ("no", "non"),
    "orders": ("Orders", "Commandes"),
    "revenue": ("Revenue", "Chiffre d'affaires"),
    "method": ("Method", "Méthode"),
    "start": ("Start", "Début"),
    "end": ("End", "Fin"),
    # Statuses and provenance
    "met": ("met", "atteint"),
    "on_track": ("on track", "en bonne voie"),
    "behind": ("behind", "en retard"),
    "missed": ("missed", "manqué"),
    "not_started": ("not started", "pas commencé"),
    "no_data": ("no data", "pas de données"),
    "measured": ("measured", "mesuré"),
    "self_reported": ("self-reported", "déclaratif"),
    "estimated": ("estimated", "estimé"),
    "unattributed": ("unattributed", "non attribué"),
    "both": ("code and link", "code et lien"),
    "link": ("link", "lien"),
    # Sentences
    "generated": (
        "Catalogue {version} · EMV {card} · paid benchmarks {benchmarks}",
        "Catalogue {version} · EMV {card} · références payantes {benchmarks}",
    ),
    "as_of": (
        "As known at {as_of} (UTC): snapshots captured, and posts, costs, clicks, sessions, "
        "orders and mentions dated, up to then.",
        "Tel que connu le {as_of} (UTC) : relevés capturés, et publications, coûts, clics, "
        "sessions, commandes et mentions datés, jusqu'à cette date.",
    ),
    "all_snapshots": (
        "Every snapshot in the store was read.",
        "Tous les relevés du magasin de données ont été lus.",
    ),
    "page": ("Page", "Page"),
    "no_data_section": (
        "No data for this section yet.",
        "Pas encore de données pour cette section.",
    ),
    "no_targets": (
        "No target was set for this campaign.",
        "Aucun objectif chiffré n'a été fixé pour cette campagne.",
    ),
    "no_costs": (
        "No cost was entered for this campaign.",
        "Aucun coût n'a été saisi pour cette campagne.",
    ),
    "no_posts": (
        "No post was published for this campaign yet.",
        "Aucune publication pour cette campagne pour l'instant.",
    ),
    "no_brand_accounts": (
        "No follower history of the brand's own accounts was imported.",
        "Aucun historique d'abonnés des comptes de la marque n'a été importé.",
    ),
    "no_tracking": (
        "No tracked link, promo code or attributed order for this campaign: traffic and sales "
        "appear once links, codes and shop orders are imported and attributed.",
        "Aucun lien suivi, code promo ni commande attribuée pour cette campagne : le trafic et "
        "les ventes apparaissent une fois les liens, les codes et les commandes importés et "
        "attribués.",
    ),
    "no_return": (
        "Revenue, ROI, ROAS and CPA need orders attributed to the campaign; there are none.",
        "Le chiffre d'affaires, le ROI, le ROAS et le CPA demandent des commandes attribuées à la "
        "campagne ; il n'y en a pas.",
    ),
    "no_campaigns": (
        "No campaign was active in this period.",
        "Aucune campagne n'était active sur cette période.",
    ),
    "costs_as_entered": (
        "Costs by kind are the amounts as entered, in their own currency.",
        "Les coûts par nature sont les montants saisis, dans leur devise.",
    ),
    "emv_note": (
        "EMV is an exposure index at advertising prices, not a financial return.",
        "L'EMV est un indice d'exposition aux prix de la publicité, pas un retour financier.",
    ),
    "unattributed_share": (
        "Unattributed orders of the period: {orders} ({share} of the orders "
        "considered), {revenue}.",
        "Commandes non attribuées de la période : {orders} ({share} des "
        "commandes examinées), {revenue}.",
    ),
    "overlap": (
        "Orders both a code and a link pointed to (overlap): {share}.",
        "Commandes désignées à la fois par un code et par un lien (recouvrement) : {share}.",
    ),
    "provenance_measured": (
        "read from the platform or the shop by Influscope's importers",
        "lu sur la plateforme ou la boutique par les imports d'Influscope",
    ),
    "provenance_self_reported": (
        "entered by people (creators' screenshots, the workbook)",
        "saisi par des personnes (captures des créateurs, classeur)",
    ),
    "provenance_estimated": (
        "computed from other figures (impressions from reach or views)",
        "calculé à partir d'autres chiffres (impressions tirées de la portée ou des vues)",
    ),
    "provenance_note": (
        "Every value inherits the weakest provenance of its inputs.",
        "Chaque valeur hérite de la provenance la plus faible de ses entrées.",
    ),
    "period_note": (
        "Every campaign active in the period is covered whole, with the snapshots captured up "
        "to the end of the period unless another date is given; the previous period has the "
        "same length and ends the day before.",
        "Chaque campagne active sur la période est couverte entièrement, avec les relevés "
        "capturés jusqu'à la fin de la période sauf autre date ; la période précédente a la "
        "même durée et se termine la veille.",
    ),
    "top_by": ("Ranked by engagements.", "Classées par engagements."),
    "audit_note": (
        "Each signal says whether it fired and by how much; the inauthentic share is the "
        "audit's estimate of the audience and engagement that is not genuine.",
        "Chaque signal indique s'il s'est déclenché et de combien ; la part inauthentique est "
        "l'estimation par l'audit de l'audience et de l'engagement qui ne sont pas authentiques.",
    ),
}


# Stored values shown to a reader: platforms, post formats and follower tiers.
_TERMS: dict[str, tuple[str, str]] = {
    "instagram": ("Instagram", "Instagram"),
    "tiktok": ("TikTok", "TikTok"),
    "youtube": ("YouTube", "YouTube"),
    "facebook": ("Facebook", "Facebook"),
    "x": ("X", "X"),
    "post": ("Post", "Publication"),
    "carousel": ("Carousel", "Carrousel"),
    "reel": ("Reel", "Reel"),
    "story": ("Story", "Story"),
    "video": ("Video", "Vidéo"),
    "short": ("Short", "Short"),
    "live": ("Live", "Live"),
    "tweet": ("Tweet", "Tweet"),
    "nano": ("Nano", "Nano"),
    "micro": ("Micro", "Micro"),
    "mid": ("Mid-tier", "Intermédiaire"),
    "macro": ("Macro", "Macro"),
    "mega": ("Mega", "Méga"),
}


def term(value: str | None, lang: str) -> str | None:
    """A platform, post format or follower tier as a reader names it; other values as stored."""
    if value is None or value not in _TERMS:
        return value
    english, french = _TERMS[value]
    return french if lang == "fr" else english


def text(key: str, lang: str, **values: object) -> str:
    english, french = _LABELS[key]
    chosen = french if lang == "fr" else english
    return chosen.format(**values) if values else chosen
