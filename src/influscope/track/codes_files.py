"""Promo codes in files: the shop's existing codes read from CSV or XLSX, and the list of codes
written for the shop to create.

An import names each code's owner by influencer name or by handle (with the platform when the
same handle exists on two), and its campaign by name unless the command names one for the whole
file. Every problem is reported with file, row and column, and nothing is stored from a file
that has one.
"""

import csv
import datetime as dt
import io
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from zipfile import BadZipFile

import sqlalchemy as sa
from openpyxl.utils.exceptions import InvalidFileException

from influscope.ingest.parse import (
    is_blank,
    normalise_label,
    parse_handle,
    parse_number,
    parse_platform,
    parse_text,
)
from influscope.ingest.problems import ImportFailed, Problem
from influscope.ingest.workbook_files import RawSheet, read_source
from influscope.store import schema
from influscope.track.codes import (
    DISCOUNT_TYPES,
    CodeAssignment,
    PromoCode,
    normalise_code,
    validate_code,
)

# Header labels (normalised: no case, no accents) in English and French, per field.
COLUMNS = {
    "code": ("code", "promo code", "discount code", "coupon", "code promo", "code de reduction"),
    "influencer": ("influencer", "influenceur", "influenceuse", "creator", "createur"),
    "handle": ("handle", "account", "compte", "username"),
    "platform": ("platform", "plateforme", "network", "reseau"),
    "campaign": ("campaign", "campagne"),
    "discount_type": ("discount type", "value type", "type", "type de remise"),
    "discount_value": ("discount value", "value", "discount", "remise", "valeur"),
}
_LABELS = {label: field for field, labels in COLUMNS.items() for label in labels}
_TYPE_WORDS = {
    "percentage": "percentage",
    "percent": "percentage",
    "%": "percentage",
    "pourcentage": "percentage",
    "fixed amount": "fixed_amount",
    "fixed_amount": "fixed_amount",
    "amount": "fixed_amount",
    "montant": "fixed_amount",
    "montant fixe": "fixed_amount",
}


def _header(sheet: RawSheet) -> tuple[int, dict[str, int]] | None:
    """The first row that names a code column, with the position of each known field."""
    for index, (_, cells, _) in enumerate(sheet.rows[:10]):
        found = {}
        for position, cell in enumerate(cells):
            field = _LABELS.get(normalise_label(str(cell))) if cell is not None else None
            if field and field not in found:
                found[field] = position
        if "code" in found:
            return index, found
    return None


class _Owners:
    """The workspace's influencers and campaigns, by the names and handles people type."""

    def __init__(self, conn: sa.Connection, workspace_id: int) -> None:
        i, a, c = schema.influencer, schema.account, schema.campaign
        self.by_name = {
            row.name.casefold(): row.id
            for row in conn.execute(
                sa.select(i.c.id, i.c.name).where(i.c.workspace_id == workspace_id)
            )
        }
        self.by_handle: dict[str, dict[str, int]] = {}
        for row in conn.execute(
            sa.select(a.c.platform, a.c.handle, a.c.influencer_id)
            .join(i)
            .where(i.c.workspace_id == workspace_id)
        ):
            self.by_handle.setdefault(row.handle, {})[row.platform] = row.influencer_id
        self.campaigns = {
            row.name.casefold(): row.id
            for row in conn.execute(
                sa.select(c.c.id, c.c.name).where(c.c.workspace_id == workspace_id)
            )
        }


def load_code_file(
    conn: sa.Connection, path: Path, *, workspace_id: int, campaign_id: int | None = None
) -> list[CodeAssignment]:
    """The codes of a CSV or XLSX file, resolved to their owners; raises ImportFailed with
    every problem found."""
    try:
        sheets = read_source(path)
    except (OSError, BadZipFile, InvalidFileException, KeyError) as error:
        raise ImportFailed([Problem(file=path.name, reason=f"cannot be read: {error}")]) from None
    found = next(((sheet, h) for sheet in sheets if (h := _header(sheet))), None)
    if found is None:
        labels = ", ".join(repr(label) for label in COLUMNS["code"][:3])
        raise ImportFailed([Problem(file=path.name, reason=f"has no column named {labels}")])
    sheet, (header_index, positions) = found
    owners = _Owners(conn, workspace_id)
    problems: list[Problem] = []
    codes: dict[str, tuple[int, CodeAssignment]] = {}
    header_cells = sheet.rows[header_index][1]
    for number, cells, _ in sheet.rows[header_index + 1 :]:
        if all(is_blank(cell) for cell in cells):
            continue
        row = _Row(sheet, number, cells, positions, header_cells, problems)
        before = len(problems)
        code = _read_code(row.cell("code"), row.problem)
        influencer_id = _read_owner(row.cell, row.problem, owners)
        row_campaign = _read_campaign(row.cell("campaign"), row.problem, owners, campaign_id)
        discount_type, discount_value = _read_discount(row.cell, row.problem)
        if len(problems) > before:
            continue
        if code in codes and codes[code][1].influencer_id != influencer_id:
            row.problem("code", f"is also given to someone else on row {codes[code][0]}", code)
            continue
        codes[code] = (
            number,
            CodeAssignment(code, row_campaign, influencer_id, discount_type, discount_value),
        )
    if problems:
        raise ImportFailed(problems)
    return [assignment for _, assignment in codes.values()]


class _Row:
    """One row of the file: its cells by field, and its problems located as the user sees them."""

    def __init__(self, sheet, number, cells, positions, header_cells, problems) -> None:
        self.sheet, self.number, self.cells = sheet, number, cells
        self.positions, self.header_cells, self.problems = positions, header_cells, problems

    def cell(self, field: str) -> object:
        position = self.positions.get(field)
        if position is None or position >= len(self.cells):
            return None
        return self.cells[position]

    def problem(self, field: str, reason: str, value: object = None) -> None:
        known = field in self.positions
        self.problems.append(
            Problem(
                file=self.sheet.file,
                sheet=self.sheet.title,
                row=self.number,
                column=str(self.header_cells[self.positions[field]]) if known else field,
                value=None if value is None else str(value),
                reason=reason,
            )
        )


def _read_code(value: object, problem) -> str:
    if is_blank(value):
        problem("code", "is required")
        return ""
    code = normalise_code(str(value))
    reason = validate_code(code)
    if reason:
        problem("code", reason, value)
    return code


def _read_owner(cell, problem, owners: _Owners) -> int:
    name, handle_cell, platform_cell = cell("influencer"), cell("handle"), cell("platform")
    if not is_blank(name):
        found = owners.by_name.get(parse_text(name).casefold())
        if found is None:
            problem("influencer", "is not an influencer of this workspace", name)
            return 0
        return found
    if is_blank(handle_cell):
        problem("influencer", "is required (or a handle)")
        return 0
    try:
        handle = parse_handle(handle_cell)
    except ValueError as error:
        problem("handle", str(error), handle_cell)
        return 0
    accounts = owners.by_handle.get(handle, {})
    if not is_blank(platform_cell):
        try:
            platform = str(parse_platform(platform_cell))
        except ValueError as error:
            problem("platform", str(error), platform_cell)
            return 0
        accounts = {k: v for k, v in accounts.items() if k == platform}
    owners_found = set(accounts.values())
    if not owners_found:
        problem("handle", "is no account of an influencer of this workspace", handle_cell)
        return 0
    if len(owners_found) > 1:
        problem("handle", "belongs to several influencers: give the platform", handle_cell)
        return 0
    return owners_found.pop()


def _read_campaign(value: object, problem, owners: _Owners, default: int | None) -> int:
    if is_blank(value):
        if default is None:
            problem("campaign", "is required (or name the campaign in the command)")
            return 0
        return default
    found = owners.campaigns.get(parse_text(value).casefold())
    if found is None:
        problem("campaign", "is not a campaign of this workspace", value)
        return 0
    if default is not None and found != default:
        problem("campaign", "differs from the campaign named in the command", value)
    return found


def _read_discount(cell, problem) -> tuple[str | None, Decimal | None]:
    kind_cell, value_cell = cell("discount_type"), cell("discount_value")
    kind = None
    if not is_blank(kind_cell):
        kind = _TYPE_WORDS.get(normalise_label(str(kind_cell)) or str(kind_cell).strip())
        if kind is None:
            problem("discount_type", f"is not one of {', '.join(DISCOUNT_TYPES)}", kind_cell)
    value = None
    if not is_blank(value_cell):
        try:
            # Shopify writes a discount as a negative value (-15.0): the sign is the shop's.
            value = abs(parse_number(value_cell))
        except ValueError as error:
            problem("discount_value", str(error), value_cell)
        if "%" in str(value_cell) and kind is None:
            kind = "percentage"
    return kind, value


# The fields of a Shopify price rule (Admin API `price_rules`, one discount code each), in the
# order bulk-discount tools read them, then who the code is for.
SHOP_COLUMNS = (
    "Title",
    "Code",
    "Value Type",
    "Value",
    "Starts At",
    "Ends At",
    "Once Per Customer",
    "Campaign",
    "Influencer",
)


def render_shop_csv(codes: Iterable[PromoCode], *, start_date: dt.date, end_date: dt.date) -> str:
    """The codes as the shop creates them: valid from the campaign's first to its last day, a
    discount value negative as in Shopify's own price rules."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(SHOP_COLUMNS)
    for code in codes:
        value = "" if code.discount_value is None else f"-{code.discount_value:.2f}"
        writer.writerow(
            [
                f"{code.campaign} – {code.influencer}",
                code.code,
                code.discount_type or "",
                value,
                f"{start_date.isoformat()}T00:00:00",
                f"{end_date.isoformat()}T23:59:59",
                "true",
                code.campaign,
                code.influencer,
            ]
        )
    return out.getvalue()
