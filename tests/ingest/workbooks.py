"""Test workbooks built in code: a realistic bilingual campaign, written as .xlsx or CSV files.

A workbook here is a dict of sheet name -> rows, the first row being the English headers;
`in_french` translates sheet names and headers with the workbook spec, as a French team would
see them.
"""

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import sqlalchemy as sa

from influscope.ingest.workbook_columns import SHEETS
from influscope.store import schema

Sheets = dict[str, list[list[object]]]

TIKTOK_URL = "https://www.tiktok.com/@leadubois/video/7351234567890123456"
TIKTOK_ID = "7351234567890123456"
REEL_URL = "https://www.instagram.com/reel/C5aB3xYzQ1w/"
CAROUSEL_URL = "https://www.instagram.com/p/C5cD7eFgH2k/"
YOUTUBE_URL = "https://www.youtube.com/watch?v=Xk3pQ9vB2mE"
RIVAL_TWEET_URL = "https://x.com/ateliernuit/status/1768000123456789012"
BRAND_LIFT = "Étude brand lift Panel Opinion, exposés vs témoins, n = 1 200"


def spring_campaign() -> Sheets:
    """'Printemps Éclat 2026': three creators, four posts on three platforms, costs, targets.

    Around them: the brand's own Instagram account, a fourth creator who declined the casting,
    the uplifts a brand-lift survey measured after the campaign, social-listening mentions of the
    brand and two competitors, and the rates that convert Emma's fee in pounds.
    """
    # fmt: off
    return {
        "campaigns": [
            ["name", "objectives", "start_date", "end_date", "budget", "currency", "time_zone",
             "hashtags", "key_messages"],
            ["Printemps Éclat 2026", "notoriété, lancement produit", "2026-03-01", "30/04/2026",
             "25 000 €", "EUR", "Europe/Paris", "#PrintempsEclat #pub",
             "Formule vegan; Fabriqué en France"],
        ],
        "influencers": [
            ["name", "country", "language", "categories", "age", "age_range", "contact",
             "brand"],
            ["Léa Dubois", "FR", "fr", "beauté, lifestyle", 27, "25-34", "lea@agence-lumiere.fr",
             "non"],
            ["Hugo Lambert", "FR", "fr", "tech, vlog", 31, "25-34", None, None],
            ["Emma Clarke", "GB", "en", "skincare", None, "18-24", "emma@clarkestudio.co.uk",
             "no"],
            ["Sofia Benali", "BE", "fr", "mode", 24, "18-24", "sofia@talents-bruxelles.be", None],
            ["Maison Éclat", "FR", "fr", "beauté", None, None, "social@maisoneclat.fr", "oui"],
        ],
        "casting": [
            ["campaign", "influencer", "status", "posts_contracted", "products_sent"],
            ["Printemps Éclat 2026", "Léa Dubois", "activé", 2, 1],
            ["Printemps Éclat 2026", "Hugo Lambert", "Activated", 1, "1"],
            ["Printemps Éclat 2026", "Emma Clarke", "activated", 1, None],
            ["Printemps Éclat 2026", "Sofia Benali", "refusée", None, None],
        ],
        "accounts": [
            ["influencer", "platform", "handle", "platform_id"],
            ["Léa Dubois", "Instagram", "@lea.dubois", None],
            ["Léa Dubois", "TikTok", "@leadubois", None],
            ["Hugo Lambert", "YouTube", "@HugoLambert", "UC4rT9xKq2LmZ8bV1nYc3wQA"],
            ["Emma Clarke", "IG", "emmaclarke.studio", None],
            ["Maison Éclat", "instagram", "@MaisonEclat", None],
        ],
        "followers": [
            ["platform", "handle", "date", "followers", "provenance", "source"],
            ["instagram", "lea.dubois", "2026-03-01", "48,2k", "déclaré", "media kit"],
            ["tiktok", "leadubois", "2026-03-01", "125 400", None, None],
            ["youtube", "hugolambert", "01/03/2026", "1.2M", "measured", "youtube studio"],
            ["instagram", "emmaclarke.studio", "2026-03-01", "23 900", None, None],
            ["instagram", "maisoneclat", "2026-03-01", "212 000", "mesuré", "instagram insights"],
            ["instagram", "maisoneclat", "2026-04-30", "219 400", "mesuré", "instagram insights"],
        ],
        "posts": [
            ["campaign", "platform", "handle", "post_id", "url", "format", "published_at",
             "caption", "hashtags", "mentions", "sponsored"],
            ["Printemps Éclat 2026", "instagram", "lea.dubois", None, REEL_URL, "reel",
             "2026-03-05 18:30", "Ma routine du soir ✨ #PrintempsEclat #pub",
             "#PrintempsEclat #pub", "@maisoneclat", "oui"],
            ["Printemps Éclat 2026", "tiktok", "leadubois", TIKTOK_ID, TIKTOK_URL, "vidéo",
             "07/03/2026 12:00", "3 gestes pour un teint frais", "#PrintempsEclat, #pub",
             "@maisoneclat", "oui"],
            ["Printemps Éclat 2026", "youtube", "hugolambert", "Xk3pQ9vB2mE", YOUTUBE_URL,
             "video", "2026-03-10T17:00", "J'ai testé le sérum Éclat pendant 30 jours", None,
             None, None],
            ["Printemps Éclat 2026", "instagram", "emmaclarke.studio", None, CAROUSEL_URL,
             "carrousel", "2026-03-12 09:15", "Spring skincare edit", "#PrintempsEclat #ad",
             "@maisoneclat", "yes"],
        ],
        "metrics": [
            ["platform", "post", "captured_at", "provenance", "source", "reach", "impressions",
             "views", "likes", "comments", "shares", "saves", "clicks"],
            ["instagram", REEL_URL, "2026-03-12 10:00", "déclaré", "capture d'écran", "31,5k",
             "40 210", "52 300", "2 870", 134, 95, 410, None],
            ["tiktok", TIKTOK_URL, "2026-03-12 10:00", None, None, None, None, "1.2M", "12,5 k",
             "1 240", "3 400", "2 100", None],
            ["youtube", "Xk3pQ9vB2mE", "2026-03-20", "measured", "youtube studio", None,
             "310 000", "84 500", "6 200", 512, None, None, 1830],
            ["instagram", CAROUSEL_URL + "?igsh=MWQ1ZGUxMzBkMA==", "2026-03-14 08:00", None,
             None, "18 400", "22 950", None, "1 905", 77, 41, 388, None],
        ],
        "costs": [
            ["campaign", "influencer", "kind", "amount", "currency", "date", "description"],
            ["Printemps Éclat 2026", "Léa Dubois", "frais", "2 500 €", None, "2026-03-05",
             "1 reel + 1 TikTok"],
            ["Printemps Éclat 2026", "Hugo Lambert", "fee", "4 800", "EUR", "2026-03-10",
             "Vidéo dédiée"],
            ["Printemps Éclat 2026", "Emma Clarke", "fee", "£900", None, "2026-03-12",
             "Carousel"],
            ["Printemps Éclat 2026", "Léa Dubois", "produit", "89,90", None, "2026-03-01",
             "Coffret sérum"],
            ["Printemps Éclat 2026", None, "agence", "3 000", "EUR", "2026-04-30",
             "Gestion de campagne"],
        ],
        "targets": [
            ["campaign", "kpi", "target"],
            ["Printemps Éclat 2026", "impressions", "1 500 000"],
            ["Printemps Éclat 2026", "engagement_rate_reach", "4 %"],
        ],
        "indicators": [
            ["campaign", "indicator", "measured_on", "value", "source"],
            ["Printemps Éclat 2026", "brand_awareness_uplift", "2026-05-12", "+4,2 pts",
             BRAND_LIFT],
            ["Printemps Éclat 2026", "Évolution de l'intention d'achat", "12/05/2026", "+1,8",
             BRAND_LIFT],
            ["Printemps Éclat 2026", "CONSIDERATION UPLIFT", "2026-05-12", "-0,5 points",
             BRAND_LIFT],
            ["Printemps Éclat 2026", "brand_preference_uplift", "2026-05-20", -1.5,
             "Baromètre interne, avant/après, n = 800"],
        ],
        "mentions": [
            ["brand", "own", "platform", "mention_id", "date", "engagements", "source"],
            ["Maison Éclat", "oui", "instagram", REEL_URL + "?igsh=MWQ1ZGUxMzBkMA==",
             "05/03/2026 18:30", "3 509", "export veille"],
            ["Maison Éclat", "oui", "tiktok", TIKTOK_ID, "2026-03-07", "19 240",
             "export veille"],
            ["Belle Rive Cosmétiques", "non", "instagram", "17998877665544332", "2026-03-08",
             "5 120", "export veille"],
            ["Belle Rive Cosmétiques", "no", "tiktok", "7352200113344556677", "2026-03-15",
             "48,3k", None],
            ["Atelier Nuit", "non", "X", RIVAL_TWEET_URL, "2026-03-20", None, None],
        ],
        "exchange_rates": [
            ["base", "quote", "valid_on", "rate", "source"],
            ["GBP", "EUR", "2026-03-02", "1,1712", "BCE, cours de référence"],
            ["GBP", "EUR", "01/04/2026", "1.1689", "BCE, cours de référence"],
            ["USD", "EUR", "2026-03-02", 0.9223, "ECB reference rate"],
        ],
    }
    # fmt: on


def in_french(sheets: Sheets) -> Sheets:
    """The same workbook with French sheet names and headers."""
    specs = {s.name: s for s in SHEETS}
    translated = {}
    for name, rows in sheets.items():
        spec = specs[name]
        header = [spec.column(h).fr for h in rows[0]]
        translated[spec.fr] = [header, *rows[1:]]
    return translated


def set_cell(sheets: Sheets, sheet: str, row: int, column: str, value: object) -> None:
    """Change one cell; `row` counts as the spreadsheet does (header = 1)."""
    rows = sheets[sheet]
    rows[row - 1][rows[0].index(column)] = value


def write_xlsx(path: Path, sheets: Sheets) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        ws = book.create_sheet(name)
        for row in rows:
            ws.append(row)
    book.save(path)
    return path


def write_csv_folder(
    folder: Path, sheets: Sheets, *, delimiter: str = ";", bom: bool = True
) -> Path:
    folder.mkdir()
    for name, rows in sheets.items():
        with (folder / f"{name}.csv").open(
            "w", encoding="utf-8-sig" if bom else "utf-8", newline=""
        ) as file:
            writer = csv.writer(file, delimiter=delimiter)
            for row in rows:
                writer.writerow(["" if v is None else _as_text(v) for v in row])
    return folder


def _as_text(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


TABLES = [
    schema.workspace,
    schema.campaign,
    schema.influencer,
    schema.account,
    schema.follower_snapshot,
    schema.post,
    schema.metric_snapshot,
    schema.cost,
    schema.roster,
    schema.target,
    schema.indicator_value,
    schema.mention,
    schema.exchange_rate,
]


def row_counts(engine: sa.Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            t.name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
            for t in TABLES
        }
