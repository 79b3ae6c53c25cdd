"""The blank campaign workbook handed to creators and brand managers, in English or French.

Each sheet carries one example row; together they form a small, consistent campaign, so the
untouched template imports cleanly and shows by example how the sheets refer to each other.
"""

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from influscope.ingest.workbook_columns import INSTRUCTIONS, LANGUAGES, SHEETS, Sheet

_ROWS_WITH_DROPDOWNS = 1000
_BOLD = Font(bold=True)

_INTRO = {
    "en": (
        "Influscope campaign workbook",
        "Fill one sheet per kind of information. Keep the header row; columns may be in any "
        "order, extra columns are ignored, and a sheet you do not need may stay empty.",
        "Rows refer to each other by name: a post names its campaign and the account "
        "(platform + handle) that published it; an account names its influencer; a casting row "
        "names a campaign and an influencer.",
        "The brand's own accounts go in the influencers sheet with brand = yes: their follower "
        "counts give the brand's growth, and their posts never count as creator content. "
        "Mentions found by social listening, yours and your competitors', give the share of "
        "voice; exchange rates convert other currencies into the campaign's. Indicators "
        "Influscope cannot compute, such as the uplifts a brand-lift survey measures, go in the "
        "indicators sheet with their source.",
        "Numbers may be written as you say them: 12,5 k, 1.2M, 3 400, 1 234,56. Dates: "
        "2026-03-05 or 05/03/2026 (day first). Leave a cell empty when a value is unknown: "
        "an empty cell is never read as 0.",
        "On import, every problem is listed at once with its sheet, row and column, and nothing "
        "is saved until the workbook is clean. Importing the same workbook again changes "
        "nothing; a corrected value replaces the old one.",
        "The example rows describe one small campaign: replace them with yours.",
    ),
    "fr": (
        "Classeur de campagne Influscope",
        "Remplissez un onglet par type d'information. Gardez la ligne d'en-tête ; les colonnes "
        "peuvent être dans n'importe quel ordre, les colonnes en plus sont ignorées, et un "
        "onglet inutile peut rester vide.",
        "Les lignes se désignent par leur nom : une publication indique sa campagne et le "
        "compte (plateforme + identifiant) qui l'a publiée ; un compte indique son influenceur ; "
        "une ligne de casting indique une campagne et un influenceur.",
        "Les comptes de la marque elle-même vont dans l'onglet influenceurs avec marque = oui : "
        "leurs abonnés donnent la croissance de la marque, et leurs publications ne comptent "
        "jamais comme contenus de créateurs. Les mentions relevées par la veille sociale, les "
        "vôtres et celles des concurrents, donnent la part de voix ; les taux de change "
        "convertissent les autres devises dans celle de la campagne. Les indicateurs "
        "qu'Influscope ne peut pas calculer, comme les évolutions mesurées par une étude brand "
        "lift, vont dans l'onglet indicateurs avec leur source.",
        "Les nombres s'écrivent comme on les dit : 12,5 k, 1,2M, 3 400, 1 234,56. Dates : "
        "05/03/2026 (jour d'abord) ou 2026-03-05. Laissez vide une valeur inconnue : une "
        "cellule vide n'est jamais lue comme 0.",
        "À l'import, tous les problèmes sont listés d'un coup avec onglet, ligne et colonne, "
        "et rien n'est enregistré tant que le classeur n'est pas correct. Réimporter le même "
        "classeur ne change rien ; une valeur corrigée remplace l'ancienne.",
        "Les lignes d'exemple décrivent une petite campagne : remplacez-les par la vôtre.",
    ),
}
_TABLE_HEADERS = {
    "en": ("Sheet", "Column", "Required", "What to write", "Example"),
    "fr": ("Onglet", "Colonne", "Obligatoire", "Quoi écrire", "Exemple"),
}
_YES = {"en": "yes", "fr": "oui"}
_DATE_FORMATS = {"en": ("yyyy-mm-dd", "yyyy-mm-dd hh:mm"), "fr": ("dd/mm/yyyy", "dd/mm/yyyy hh:mm")}


def write_template(path: Path, *, lang: str = "en") -> None:
    """Write the campaign workbook template, headers and help in `lang` ('en' or 'fr')."""
    if lang not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    book = Workbook()
    _write_instructions(book.active, lang)
    for sheet in SHEETS:
        _write_sheet(book.create_sheet(sheet.title(lang)), sheet, lang)
    book.save(path)


def _write_instructions(ws: Worksheet, lang: str) -> None:
    ws.title = INSTRUCTIONS[LANGUAGES.index(lang)]
    title, *paragraphs = _INTRO[lang]
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=14)
    for paragraph in paragraphs:
        ws.append([paragraph])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=5)
        ws.cell(ws.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
        # Five merged columns hold about 150 characters a line, of 15 points each.
        ws.row_dimensions[ws.max_row].height = max(45, 15 * (len(paragraph) // 150 + 1))
    ws.append([])
    ws.append(list(_TABLE_HEADERS[lang]))
    for cell in ws[ws.max_row]:
        cell.font = _BOLD
    for sheet in SHEETS:
        ws.append([sheet.title(lang), "", "", sheet.help_fr if lang == "fr" else sheet.help])
        ws.cell(ws.max_row, 1).font = _BOLD
        for column in sheet.columns:
            example = column.example_in(lang)
            ws.append(
                [
                    "",
                    column.header(lang),
                    _YES[lang] if column.required else "",
                    column.help_in(lang),
                    _display(example, lang),
                ]
            )
            ws.cell(ws.max_row, 4).alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCDE", (16, 20, 12, 80, 40), strict=True):
        ws.column_dimensions[letter].width = width


def _write_sheet(ws: Worksheet, sheet: Sheet, lang: str) -> None:
    ws.append([c.header(lang) for c in sheet.columns])
    ws.append([c.example_in(lang) for c in sheet.columns])
    ws.freeze_panes = "A2"
    date_format, datetime_format = _DATE_FORMATS[lang]
    for index, column in enumerate(sheet.columns, start=1):
        letter = get_column_letter(index)
        header = ws.cell(1, index)
        header.font = _BOLD
        comment = Comment(column.help_in(lang), "Influscope")
        comment.width, comment.height = 300, 110
        header.comment = comment
        example = ws.cell(2, index)
        if isinstance(example.value, dt.datetime):
            example.number_format = datetime_format
        elif isinstance(example.value, dt.date):
            example.number_format = date_format
        elif column.text:
            example.number_format = "@"
        shown = _display(column.example_in(lang), lang)
        width = max(len(column.header(lang)), len(shown)) + 3
        ws.column_dimensions[letter].width = min(max(width, 10), 50)
        if column.choices:
            _add_dropdown(ws, letter, column.choices_in(lang))


def _add_dropdown(ws: Worksheet, letter: str, choices: tuple[str, ...]) -> None:
    # A warning rather than a stop: other spellings (IG, Twitter, frais) are accepted on import.
    validation = DataValidation(
        type="list",
        formula1='"' + ",".join(choices) + '"',
        allow_blank=True,
        errorStyle="warning",
        showErrorMessage=True,
    )
    validation.add(f"{letter}2:{letter}{_ROWS_WITH_DROPDOWNS}")
    ws.add_data_validation(validation)


def _display(value: object, lang: str) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M" if lang == "fr" else "%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y" if lang == "fr" else "%Y-%m-%d")
    return str(value)
