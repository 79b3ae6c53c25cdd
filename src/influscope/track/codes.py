"""Promo codes per influencer and campaign: generated, imported from the shop's list, exported.

A generated code reads as the influencer's handle followed by two digits (`LEAVOYAGE27`): people
retype codes they heard in a video, so the digits come from an alphabet without 0 and 1, which
are confused with O and I. The digits are a hash of campaign, influencer and attempt, so the same
store gives the same codes; an attempt that collides with a code of the workspace moves on to
the next one. An influencer who already has a code for the campaign keeps it.
"""

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa

from influscope.store import schema
from influscope.store.writes import SaveSummary

GENERATED = "generated"
IMPORTED = "imported"
DISCOUNT_TYPES = ("percentage", "fixed_amount")
# Digits people never misread for letters.
_DIGITS = "23456789"
_PREFIX_LENGTH = 12
_MAX_ATTEMPTS = 10_000


def normalise_code(code: str) -> str:
    """Shops compare codes case-insensitively; the orders table holds them upper-cased."""
    return " ".join(code.split()).upper()


def validate_code(code: str) -> str | None:
    """Why `code` cannot be a promo code, or None. Orders join their codes with ',', so a comma
    inside one would split it."""
    if not code:
        return "is empty"
    if len(code) > 64:
        return "is longer than 64 characters"
    if "," in code:
        return "contains a comma, which orders use to separate codes"
    return None


def code_prefix(handle: str) -> str:
    """The readable part of a code: the handle in capitals, letters and digits only."""
    ascii_handle = unicodedata.normalize("NFKD", handle).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Z0-9]", "", ascii_handle.upper())[:_PREFIX_LENGTH] or "CODE"


def candidate_code(prefix: str, *, campaign_id: int, influencer_id: int, attempt: int) -> str:
    digest = hashlib.sha256(f"{campaign_id}:{influencer_id}:{attempt}".encode()).digest()
    width = 2 if attempt < 50 else 4
    return prefix + "".join(_DIGITS[byte % len(_DIGITS)] for byte in digest[:width])


@dataclass(frozen=True)
class PromoCode:
    id: int
    code: str
    campaign: str
    influencer: str
    source: str
    discount_type: str | None
    discount_value: Decimal | None
    created: bool = False


def _participants(conn: sa.Connection, *, campaign_id: int) -> list[tuple[int, str]]:
    """The campaign's creators: activated in the casting, or with a post in the campaign. The
    brand's own accounts never get a code."""
    i, r, p, a = schema.influencer, schema.roster, schema.post, schema.account
    activated = sa.select(r.c.influencer_id).where(
        r.c.campaign_id == campaign_id, r.c.status == "activated"
    )
    posting = sa.select(a.c.influencer_id).join(p).where(p.c.campaign_id == campaign_id)
    rows = conn.execute(
        sa.select(i.c.id, i.c.name)
        .where(i.c.id.in_(activated.union(posting)), i.c.is_brand.is_(False))
        .order_by(i.c.name)
    )
    return [(row.id, row.name) for row in rows]


def _handles(conn: sa.Connection, influencer_ids: list[int]) -> dict[int, str]:
    """Each influencer's handle on the first platform in alphabetical order: a stable choice,
    so that generating again gives the same prefix."""
    a = schema.account
    rows = conn.execute(
        sa.select(a.c.influencer_id, a.c.handle)
        .where(a.c.influencer_id.in_(influencer_ids))
        .order_by(a.c.influencer_id, a.c.platform, a.c.handle)
    )
    handles: dict[int, str] = {}
    for row in rows:
        handles.setdefault(row.influencer_id, row.handle)
    return handles


def _workspace_codes(conn: sa.Connection, workspace_id: int) -> set[str]:
    t = schema.attribution.promo_code
    return set(conn.execute(sa.select(t.c.code).where(t.c.workspace_id == workspace_id)).scalars())


def generate_codes(
    conn: sa.Connection,
    *,
    campaign_id: int,
    influencer_ids: list[int] | None = None,
    discount_type: str | None = None,
    discount_value: Decimal | None = None,
    now: dt.datetime | None = None,
) -> list[PromoCode]:
    """One code per creator of the campaign (or of `influencer_ids`), creating only those
    missing; returns every creator's code, the new ones marked `created`."""
    if discount_type is not None and discount_type not in DISCOUNT_TYPES:
        kinds = ", ".join(DISCOUNT_TYPES)
        raise ValueError(f"Discount type {discount_type!r}: use one of {kinds}.")
    c, t = schema.campaign, schema.attribution.promo_code
    campaign = conn.execute(
        sa.select(c.c.id, c.c.name, c.c.workspace_id).where(c.c.id == campaign_id)
    ).one()
    people = _participants(conn, campaign_id=campaign_id)
    if influencer_ids is not None:
        names = dict(
            conn.execute(
                sa.select(schema.influencer.c.id, schema.influencer.c.name).where(
                    schema.influencer.c.id.in_(influencer_ids),
                    schema.influencer.c.workspace_id == campaign.workspace_id,
                )
            ).all()
        )
        people = [(i, names[i]) for i in influencer_ids if i in names]
    existing = {
        row.influencer_id: row
        for row in conn.execute(sa.select(t).where(t.c.campaign_id == campaign_id))
    }
    taken = _workspace_codes(conn, campaign.workspace_id)
    handles = _handles(conn, [i for i, _ in people])
    created_at = (now or dt.datetime.now(dt.UTC)).replace(tzinfo=None)
    result = []
    for influencer_id, name in people:
        row = existing.get(influencer_id)
        if row is None:
            prefix = code_prefix(handles.get(influencer_id, name))
            code = _free_code(prefix, campaign_id, influencer_id, taken)
            taken.add(code)
            values = {
                "workspace_id": campaign.workspace_id,
                "campaign_id": campaign_id,
                "influencer_id": influencer_id,
                "code": code,
                "source": GENERATED,
                "discount_type": discount_type,
                "discount_value": discount_value,
                "created_at": created_at,
            }
            new_id = conn.execute(t.insert().values(values).returning(t.c.id)).scalar_one()
            result.append(
                PromoCode(
                    new_id,
                    code,
                    campaign.name,
                    name,
                    GENERATED,
                    discount_type,
                    discount_value,
                    created=True,
                )
            )
        else:
            result.append(
                PromoCode(
                    row.id,
                    row.code,
                    campaign.name,
                    name,
                    row.source,
                    row.discount_type,
                    row.discount_value,
                )
            )
    return result


def _free_code(prefix: str, campaign_id: int, influencer_id: int, taken: set[str]) -> str:
    for attempt in range(_MAX_ATTEMPTS):
        code = candidate_code(
            prefix, campaign_id=campaign_id, influencer_id=influencer_id, attempt=attempt
        )
        if code not in taken:
            return code
    raise ValueError(f"No free code starting with {prefix} after {_MAX_ATTEMPTS} attempts.")


def list_codes(conn: sa.Connection, *, campaign_id: int) -> list[PromoCode]:
    t, i, c = schema.attribution.promo_code, schema.influencer, schema.campaign
    rows = conn.execute(
        sa.select(t, i.c.name.label("influencer"), c.c.name.label("campaign"))
        .join(i, i.c.id == t.c.influencer_id)
        .join(c, c.c.id == t.c.campaign_id)
        .where(t.c.campaign_id == campaign_id)
        .order_by(t.c.code)
    )
    return [
        PromoCode(
            r.id, r.code, r.campaign, r.influencer, r.source, r.discount_type, r.discount_value
        )
        for r in rows
    ]


@dataclass(frozen=True)
class CodeAssignment:
    """One imported code: who it belongs to, by ids already resolved."""

    code: str
    campaign_id: int
    influencer_id: int
    discount_type: str | None
    discount_value: Decimal | None


def save_codes(
    conn: sa.Connection,
    *,
    workspace_id: int,
    codes: list[CodeAssignment],
    now: dt.datetime | None = None,
) -> SaveSummary:
    """Upsert imported codes by (workspace, code): a corrected owner or discount updates the
    row, the same list twice changes nothing."""
    t = schema.attribution.promo_code
    summary = SaveSummary()
    stored = {
        row.code: row for row in conn.execute(sa.select(t).where(t.c.workspace_id == workspace_id))
    }
    created_at = (now or dt.datetime.now(dt.UTC)).replace(tzinfo=None)
    for item in codes:
        values = {
            "campaign_id": item.campaign_id,
            "influencer_id": item.influencer_id,
            "discount_type": item.discount_type,
            "discount_value": item.discount_value,
        }
        found = stored.get(item.code)
        if found is None:
            conn.execute(
                t.insert().values(
                    values
                    | {
                        "workspace_id": workspace_id,
                        "code": item.code,
                        "source": IMPORTED,
                        "created_at": created_at,
                    }
                )
            )
            summary.add(t.name, "inserted")
        elif any(getattr(found, key) != value for key, value in values.items()):
            conn.execute(t.update().where(t.c.id == found.id).values(values))
            summary.add(t.name, "updated")
        else:
            summary.add(t.name, "unchanged")
    return summary
