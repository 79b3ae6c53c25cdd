"""Importing what discovery reads: prospect lists, comments and samples of followers.

Prospect lists are the CSV or XLSX files influencer tools and datasets export: one row per
account, headers in English or French, counts written `475.8m` or `12,5 k`, percentages with or
without '%', and blanks, `-` or `N/A` where a value is missing. Every problem is reported with
its file, row and column, and nothing is stored from a file with a problem. Importing a file
again changes nothing: accounts are keyed by platform and handle, the follower count by the
day it was read (the file's date unless given), profiles by account, audience shares by
account, dimension and segment.
"""

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from influscope.discover.brief import COUNTRY_NAMES
from influscope.discover.text import fold
from influscope.ingest.parse import (
    is_blank,
    normalise_label,
    parse_age_range,
    parse_bool,
    parse_count,
    parse_datetime,
    parse_handle,
    parse_language,
    parse_list,
    parse_money,
    parse_number,
    parse_platform,
    parse_text,
    parse_url,
)
from influscope.ingest.problems import ImportFailed, Problem
from influscope.ingest.workbook_files import RawSheet, read_source
from influscope.store import schema
from influscope.store.records import (
    AccountRecord,
    Batch,
    FollowerRecord,
    InfluencerRecord,
    normalise_handle,
)
from influscope.store.writes import SaveSummary, save_batch, sync_rows
from influscope.vocabulary import Provenance

SOURCE = "prospect_list"
_MISSING = {"", "-", "–", "—", "n/a", "na", "nan", "none", "null", "?", "nc", "n.c."}

# Column -> the headers (normalised) it is known by, in English and French.
PROSPECT_COLUMNS = {
    "name": ["name", "full name", "fullname", "nom", "nom complet", "influencer", "influenceur",
             "influenceuse", "creator", "createur", "createurice", "display name"],
    "handle": ["handle", "username", "user name", "account", "compte", "pseudo", "channel",
               "chaine", "instagram username", "tiktok username", "user"],
    "platform": ["platform", "plateforme", "network", "reseau", "social network",
                 "reseau social"],
    "url": ["url", "profile url", "profile link", "link", "lien", "profil"],
    "followers": ["followers", "abonnes", "subscribers", "followers count", "fans",
                  "nombre d abonnes", "abonnes total", "audience size"],
    "engagement_rate": ["engagement rate", "er", "taux d engagement", "engagement",
                        "avg engagement rate", "engagement rate %"],
    "country": ["country", "pays", "country code"],
    "language": ["language", "langue", "lang"],
    "categories": ["categories", "category", "categorie", "niche", "topics", "thematiques",
                   "themes"],
    "bio": ["bio", "biography", "biographie", "description", "about"],
    "contact": ["email", "e mail", "contact", "mail"],
    "age": ["age"],
    "price_per_post": ["price", "price per post", "cost per post", "tarif", "prix",
                       "prix par post", "tarif par publication", "rate per post"],
    "audience_countries": ["audience countries", "audience country", "audience pays",
                           "pays de l audience",
                           "top countries"],
    "audience_ages": ["audience ages", "audience age", "ages de l audience", "age de l audience"],
    "audience_female": ["audience female", "audience women", "female audience",
                        "audience femmes", "femmes", "women"],
}  # fmt: skip


@dataclass
class _Rows:
    """The rows of a file's first sheet, with its columns resolved by header."""

    file: str
    columns: dict[str, int]
    headers: dict[str, str]
    rows: list[tuple[int, list[object]]]
    problems: list[Problem] = field(default_factory=list)

    def value(self, cells: list[object], column: str) -> object | None:
        index = self.columns.get(column)
        if index is None or index >= len(cells):
            return None
        value = cells[index]
        if is_blank(value) or (isinstance(value, str) and value.strip().lower() in _MISSING):
            return None
        return value

    def parse(self, number: int, cells: list[object], column: str, parser: Callable):
        value = self.value(cells, column)
        if value is None:
            return None
        try:
            return parser(value)
        except ValueError as error:
            self.problems.append(
                Problem(
                    file=self.file,
                    row=number,
                    column=self.headers[column],
                    value=str(value),
                    reason=str(error),
                )
            )
            return None

    def failed(self) -> ImportFailed:
        """Every problem, in the order of the file: by row, then left to right."""
        where = {header: self.columns[column] for column, header in self.headers.items()}
        return ImportFailed(
            sorted(self.problems, key=lambda p: (p.row or 0, where.get(p.column, -1)))
        )

    def missing(self, number: int, column: str, reason: str) -> None:
        self.problems.append(
            Problem(file=self.file, row=number, column=self.headers.get(column), reason=reason)
        )


def _read(path: Path, known: dict[str, list[str]], required: list[list[str]]) -> _Rows:
    try:
        sheets: list[RawSheet] = read_source(path)
    except (OSError, ValueError) as error:
        raise ImportFailed([Problem(file=path.name, reason=f"cannot be read: {error}")]) from None
    if not sheets or not sheets[0].rows:
        raise ImportFailed([Problem(file=path.name, reason="is empty")])
    sheet = sheets[0]
    (_, header, _), *body = sheet.rows
    aliases = {normalise_label(a): column for column, names in known.items() for a in names}
    columns, headers = {}, {}
    for index, cell in enumerate(header):
        column = aliases.get(normalise_label(str(cell or "")))
        if column and column not in columns:
            columns[column], headers[column] = index, str(cell)
    for choice in required:
        if not any(c in columns for c in choice):
            wanted = " or ".join(repr(known[c][0]) for c in choice)
            raise ImportFailed([Problem(file=sheet.file, row=1, reason=f"needs a column {wanted}")])
    rows = [(n, cells) for n, cells, _ in body if any(not is_blank(c) for c in cells)]
    return _Rows(sheet.file, columns, headers, rows)


def parse_country_name(value: object) -> str:
    """An ISO code (`FR`) or a country's name in English or French (`France`, `Allemagne`)."""
    text = str(value).strip()
    if re.fullmatch("[A-Za-z]{2}", text):
        return text.upper()
    found = COUNTRY_NAMES.get(fold(text))
    if found is None or "," in found:
        raise ValueError("is not a country (a code such as FR, or a name such as France)")
    return found


def parse_share(value: object) -> float:
    """A share written as a percentage (`45 %`, `45`) or a fraction (`0.45`), as 0..1.
    Without a '%' sign, a number up to 1 is a fraction: tools export both."""
    number = float(parse_number(value))
    if (isinstance(value, str) and "%" in value) or number > 1:
        number /= 100
    if not 0 <= number <= 1:
        raise ValueError("is not a share between 0 and 100 %")
    return number


def parse_engagement(value: object) -> float:
    """An engagement rate in percent: `3.2 %`, `3,2`, or a fraction `0.032` (as exported)."""
    return 100 * parse_share(value)


def parse_segments(value: object, segment: Callable[[str], str]) -> dict[str, float]:
    """`FR 45%, BE 12%` or `FR:0.45; BE:0.12` as {segment: share}."""
    found = {}
    for item in parse_list(value):
        match = re.fullmatch(r"(?P<key>.+?)\s*[:=]?\s*(?P<share>[0-9][0-9.,]*\s*%?)", item.strip())
        if match is None:
            raise ValueError("is not a list of shares such as `FR 45%, BE 12%`")
        found[segment(match["key"].strip())] = parse_share(match["share"])
    if sum(found.values()) > 1.001:
        raise ValueError("has shares adding up to more than 100 %")
    return found


def _handle_from_url(url: str) -> str | None:
    path = [p for p in url.split("://", 1)[-1].split("/")[1:] if p]
    if not path:
        return None
    if path[0] in ("channel", "c", "user") and len(path) > 1:
        return path[1]
    return path[0]


@dataclass(frozen=True)
class _Prospect:
    influencer: InfluencerRecord
    account: AccountRecord
    followers: int | None
    profile: dict
    audience: dict[str, dict[str, float]]


def load_prospects(path: Path, *, platform: str | None = None) -> list[_Prospect]:
    """Every row of a prospect list, or ImportFailed with every problem found."""
    table = _read(path, PROSPECT_COLUMNS, [["handle", "url"]])
    default_platform = parse_platform(platform) if platform else None
    found, seen = [], {}
    for number, cells in table.rows:
        url = table.parse(number, cells, "url", parse_url)
        handle = table.parse(number, cells, "handle", parse_handle)
        if handle is None and url:
            handle = _handle_from_url(url)
        chosen = table.parse(number, cells, "platform", parse_platform) or default_platform
        if chosen is None and url:
            chosen = next(
                (p for p in ("instagram", "tiktok", "youtube", "facebook", "x") if _on(url, p)),
                None,
            )
        if handle is None:
            table.missing(number, "handle", "has no handle or profile URL")
            continue
        if chosen is None:
            if table.value(cells, "platform") is None:  # else the wrong value is reported
                table.missing(number, "platform", "has no platform (add a column or --platform)")
            continue
        handle = normalise_handle(handle)
        if (chosen, handle) in seen:
            table.missing(number, "handle", f"repeats @{handle} from row {seen[(chosen, handle)]}")
            continue
        seen[(chosen, handle)] = number
        name = table.parse(number, cells, "name", parse_text) or handle
        age = table.parse(number, cells, "age", _parse_age)
        price = table.parse(number, cells, "price_per_post", parse_money)
        audience = {
            dimension: shares
            for dimension, shares in (
                ("country", table.parse(number, cells, "audience_countries",
                                        lambda v: parse_segments(v, parse_country_name))),
                ("age", table.parse(number, cells, "audience_ages",
                                    lambda v: parse_segments(v, parse_age_range))),
            )
            if shares
        }  # fmt: skip
        female = table.parse(number, cells, "audience_female", parse_share)
        if female is not None:
            audience["gender"] = {"female": female, "male": round(1 - female, 6)}
        found.append(
            _Prospect(
                influencer=InfluencerRecord(
                    name=name,
                    country=table.parse(number, cells, "country", parse_country_name),
                    language=table.parse(number, cells, "language", parse_language),
                    categories=tuple(
                        c.casefold()
                        for c in table.parse(number, cells, "categories", parse_list) or ()
                    ),
                    age=age if isinstance(age, int) else None,
                    age_range=age if isinstance(age, str) else None,
                    contact=table.parse(number, cells, "contact", parse_text),
                ),
                account=AccountRecord(influencer=name, platform=chosen, handle=handle),
                followers=table.parse(number, cells, "followers", parse_count),
                profile={
                    "bio": table.parse(number, cells, "bio", parse_text) or "",
                    "external_url": None,
                    "engagement_rate": table.parse(
                        number, cells, "engagement_rate", parse_engagement
                    ),
                    "price_per_post": price[0] if price else None,
                    "currency": (price[1] or "EUR") if price else None,
                    "source": SOURCE,
                },
                audience=audience,
            )
        )
    if table.problems:
        raise table.failed()
    return found


def _on(url: str, platform: str) -> bool:
    hosts = {
        "instagram": "instagram.com", "tiktok": "tiktok.com", "youtube": "youtube.com",
        "facebook": "facebook.com", "x": "x.com",
    }  # fmt: skip
    return hosts[platform] in url or (platform == "x" and "twitter.com" in url)


def _parse_age(value: object) -> int | str:
    if isinstance(value, str) and re.search(r"[-–+]", value):
        return parse_age_range(value)
    age = parse_count(value)
    if not 10 <= age <= 110:
        raise ValueError("is not an age")
    return age


def _merged(conn: sa.Connection, workspace: str, records: list[InfluencerRecord]):
    """A list seldom knows everything the store knows: keep stored values it leaves blank."""
    i = schema.influencer
    stored = {
        row.name: row
        for row in conn.execute(
            sa.select(i).join(schema.workspace).where(schema.workspace.c.name == workspace)
        )
    }
    merged = {}
    for r in records:
        old = stored.get(r.name)
        if old is None:
            merged[r.name] = r
            continue
        merged[r.name] = InfluencerRecord(
            name=r.name,
            country=r.country or old.country,
            language=r.language or old.language,
            categories=r.categories or tuple(c for c in old.categories.split(",") if c),
            age=r.age if r.age is not None else old.age,
            age_range=r.age_range or old.age_range,
            contact=r.contact or old.contact,
            is_brand=old.is_brand,
        )
    return list(merged.values())


def import_prospects(
    engine: sa.Engine,
    path: Path,
    *,
    workspace: str,
    platform: str | None = None,
    captured_on: dt.date | None = None,
) -> SaveSummary:
    """Store a prospect list; nothing is written when any row has a problem."""
    prospects = load_prospects(path, platform=platform)
    day = captured_on or dt.date.fromtimestamp(path.stat().st_mtime)
    moment = dt.datetime.combine(day, dt.time(), dt.UTC)
    with engine.begin() as conn:
        batch = Batch(
            influencers=_merged(conn, workspace, [p.influencer for p in prospects]),
            accounts=[p.account for p in prospects],
            followers=[
                FollowerRecord(
                    platform=p.account.platform,
                    handle=p.account.handle,
                    captured_at=moment,
                    followers=p.followers,
                    source=SOURCE,
                    provenance=Provenance.SELF_REPORTED,
                )
                for p in prospects
                if p.followers is not None
            ],
        )
        summary = save_batch(conn, workspace=workspace, batch=batch)
        ids = _account_ids(conn, workspace)
        keys = [(str(p.account.platform), p.account.handle) for p in prospects]
        sync_rows(
            conn,
            schema.discovery.account_profile,
            key=("account_id",),
            rows=[
                {"account_id": ids[k], **p.profile} for k, p in zip(keys, prospects, strict=True)
            ],
            summary=summary,
        )
        sync_rows(
            conn,
            schema.discovery.audience_share,
            key=("account_id", "dimension", "segment", "source"),
            rows=[
                {
                    "account_id": ids[k],
                    "dimension": dimension,
                    "segment": segment,
                    "share": float(share),
                    "source": SOURCE,
                }
                for k, p in zip(keys, prospects, strict=True)
                for dimension, shares in p.audience.items()
                for segment, share in shares.items()
            ],
            summary=summary,
        )
    return summary


def _account_ids(conn: sa.Connection, workspace: str) -> dict[tuple[str, str], int]:
    a, i, w = schema.account, schema.influencer, schema.workspace
    rows = conn.execute(
        sa.select(a.c.platform, a.c.handle, a.c.id)
        .select_from(a.join(i).join(w))
        .where(w.c.name == workspace)
    )
    return {(r.platform, r.handle): r.id for r in rows}


COMMENT_COLUMNS = {
    "platform": ["platform", "plateforme"],
    "post": ["post", "post id", "post url", "publication", "media id", "video id", "url"],
    "comment": ["comment id", "id", "commentaire id", "comment key"],
    "author": ["author", "username", "auteur", "user", "commenter", "from"],
    "text": ["text", "comment", "commentaire", "message", "texte"],
    "commented_at": ["commented at", "date", "created at", "timestamp", "time", "heure"],
}


def import_comments(engine: sa.Engine, path: Path, *, workspace: str) -> SaveSummary:
    """Comments under posts the store knows (by platform and post id or URL)."""
    table = _read(path, COMMENT_COLUMNS, [["post"], ["author"], ["text"]])
    with engine.begin() as conn:
        posts = _post_ids(conn, workspace)
        rows = []
        for number, cells in table.rows:
            platform = table.parse(number, cells, "platform", parse_platform)
            post = table.parse(number, cells, "post", parse_text)
            author = table.parse(number, cells, "author", parse_handle)
            text = table.parse(number, cells, "text", parse_text) or ""
            when = table.parse(number, cells, "commented_at", parse_datetime)
            key = table.parse(number, cells, "comment", parse_text)
            matches = [
                pid for (plat, k), pid in posts.items() if k == post and platform in (None, plat)
            ]
            if post is not None and len(matches) != 1:
                table.missing(
                    number,
                    "post",
                    f"names {'no' if not matches else 'several'} stored post(s) {post!r}",
                )
                continue
            if post is None or author is None:
                table.missing(number, "post" if post is None else "author", "is missing")
                continue
            if when is not None and when.tzinfo is not None:
                when = when.astimezone(dt.UTC).replace(tzinfo=None)
            rows.append(
                {
                    "post_id": matches[0],
                    "comment_key": key or f"{author}@{when.isoformat() if when else number}",
                    "author": normalise_handle(author),
                    "text": text,
                    "commented_at": when,
                }
            )
        if table.problems:
            raise table.failed()
        summary = SaveSummary()
        sync_rows(
            conn,
            schema.discovery.comment,
            key=("post_id", "comment_key"),
            rows=rows,
            summary=summary,
        )
    return summary


def _post_ids(conn: sa.Connection, workspace: str) -> dict[tuple[str, str], int]:
    p, a, i, w = schema.post, schema.account, schema.influencer, schema.workspace
    found = {}
    query = (
        sa.select(a.c.platform, p.c.post_key, p.c.url, p.c.platform_post_id, p.c.id)
        .select_from(p.join(a).join(i).join(w))
        .where(w.c.name == workspace)
    )
    for row in conn.execute(query):
        for key in {row.post_key, row.url, row.platform_post_id} - {None}:
            found[(row.platform, key)] = row.id
    return found


FOLLOWER_COLUMNS = {
    "platform": ["platform", "plateforme"],
    "account": ["account", "influencer account", "compte", "followed", "creator handle"],
    "username": ["username", "follower", "handle", "user", "abonne"],
    "followers": ["followers", "follower count", "abonnes"],
    "following": ["following", "follows", "following count", "abonnements"],
    "posts": ["posts", "media count", "publications", "media"],
    "bio": ["bio", "biography", "biographie"],
    "bio_length": ["bio length", "biography length"],
    "has_profile_pic": ["profile pic", "has profile pic", "profile picture", "photo de profil"],
    "is_private": ["private", "is private", "prive"],
    "full_name": ["full name", "fullname", "name", "nom"],
    "external_url": ["external url", "website", "url", "site"],
}


def import_follower_sample(
    engine: sa.Engine,
    path: Path,
    *,
    workspace: str,
    platform: str,
    handle: str,
    captured_on: dt.date | None = None,
) -> SaveSummary:
    """A sample of one account's followers, one follower profile per row."""
    table = _read(path, FOLLOWER_COLUMNS, [["username"], ["followers"], ["following"], ["posts"]])
    day = captured_on or dt.date.fromtimestamp(path.stat().st_mtime)
    with engine.begin() as conn:
        account = _account_ids(conn, workspace).get(
            (str(parse_platform(platform)), normalise_handle(handle))
        )
        if account is None:
            raise ImportFailed(
                [
                    Problem(
                        file=table.file, reason=f"no account {platform} @{handle} in {workspace!r}"
                    )
                ]
            )
        rows = []
        for number, cells in table.rows:
            username = table.parse(number, cells, "username", parse_handle)
            counts = {
                c: table.parse(number, cells, c, parse_count)
                for c in ("followers", "following", "posts")
            }
            bio = table.parse(number, cells, "bio", parse_text)
            bio_length = table.parse(number, cells, "bio_length", parse_count)
            full_name = table.parse(number, cells, "full_name", parse_text)
            external = table.parse(number, cells, "external_url", parse_text)
            if username is None or None in counts.values():
                if not table.problems or table.problems[-1].row != number:
                    table.missing(
                        number, "username", "needs a username, followers, following and posts"
                    )
                continue
            rows.append(
                {
                    "account_id": account,
                    "follower_key": username,
                    **counts,
                    "bio_length": bio_length if bio_length is not None else len(bio or ""),
                    "has_profile_pic": bool(
                        table.parse(number, cells, "has_profile_pic", parse_bool)
                    ),
                    "is_private": bool(table.parse(number, cells, "is_private", parse_bool)),
                    "username_length": len(username),
                    "username_digits": sum(ch.isdigit() for ch in username),
                    "fullname_words": len(full_name.split()) if full_name else None,
                    "has_external_url": bool(external) if "external_url" in table.columns else None,
                    "captured_on": day,
                }
            )
        if table.problems:
            raise table.failed()
        summary = SaveSummary()
        sync_rows(
            conn,
            schema.discovery.follower_sample,
            key=("account_id", "follower_key"),
            rows=rows,
            summary=summary,
        )
    return summary


__all__ = ["import_comments", "import_follower_sample", "import_prospects"]
