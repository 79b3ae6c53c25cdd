"""Tracking links in files: many links made at once from a CSV or XLSX file, and the list of
links to send to influencers.

Each row names a campaign, an influencer (by name or by handle), a platform, a destination and
optionally a post (its key or URL). The rows are read from the first sheet with a `destination`
column, so a `links` sheet added to the campaign workbook works as well as a CSV file. Every
problem is reported with file, row and column, and no link is made from a file that has one. A
row asking for a link that exists gives that link.
"""

import csv
import io
from collections.abc import Callable, Iterable
from pathlib import Path
from zipfile import BadZipFile

import sqlalchemy as sa
from openpyxl.utils.exceptions import InvalidFileException

from influscope.ingest.parse import (
    is_blank,
    normalise_label,
    parse_handle,
    parse_platform,
    parse_text,
)
from influscope.ingest.problems import ImportFailed, Problem
from influscope.ingest.workbook_files import RawSheet, read_source
from influscope.store import schema
from influscope.store.queries import NotFound
from influscope.store.records import normalise_handle
from influscope.track.links import Link, LinkRequest, validate_destination

# Header labels (normalised: no case, no accents) in English and French, per field.
COLUMNS = {
    "campaign": ("campaign", "campagne"),
    "influencer": ("influencer", "influenceur", "influenceuse", "creator", "createur", "handle"),
    "platform": ("platform", "plateforme", "network", "reseau"),
    # Not a bare "url": the posts sheet of the campaign workbook has one.
    "destination": (
        "destination",
        "destination url",
        "landing page",
        "page de destination",
        "url de destination",
    ),
    "post": ("post", "publication", "post key", "post url"),
}
REQUIRED = ("campaign", "influencer", "platform", "destination")
_LABELS = {label: field for field, labels in COLUMNS.items() for label in labels}
ProblemSink = Callable[[str, str, object], None]


def resolve_workspace_id(conn: sa.Connection, name: str | None) -> int:
    """The workspace called `name`, or the only one when no name is given."""
    w = schema.workspace
    rows = conn.execute(sa.select(w.c.id, w.c.name).order_by(w.c.name)).all()
    if name is not None:
        found = [row.id for row in rows if row.name == name]
        if found:
            return found[0]
    elif len(rows) == 1:
        return rows[0].id
    known = ", ".join(repr(row.name) for row in rows) or "none yet"
    raise NotFound(
        f"No workspace {name!r}. Workspaces: {known}."
        if name
        else f"Name the workspace (--workspace): {known}."
    )


class Directory:
    """A workspace's campaigns, influencers, accounts and posts, by the names people type."""

    def __init__(self, conn: sa.Connection, workspace_id: int) -> None:
        c, i, a, p = schema.campaign, schema.influencer, schema.account, schema.post
        self.workspace_id = workspace_id
        self.campaigns = {
            row.name.casefold(): row.id
            for row in conn.execute(
                sa.select(c.c.id, c.c.name).where(c.c.workspace_id == workspace_id)
            )
        }
        self.influencers = {
            row.name.casefold(): row.id
            for row in conn.execute(
                sa.select(i.c.id, i.c.name).where(i.c.workspace_id == workspace_id)
            )
        }
        self.handles: dict[str, set[int]] = {}
        self.accounts: set[tuple[int, str]] = set()
        for row in conn.execute(
            sa.select(a.c.influencer_id, a.c.platform, a.c.handle)
            .join(i)
            .where(i.c.workspace_id == workspace_id)
        ):
            self.handles.setdefault(normalise_handle(row.handle), set()).add(row.influencer_id)
            self.accounts.add((row.influencer_id, row.platform))
        self.posts: dict[str, tuple[int, int, str]] = {}
        for row in conn.execute(
            sa.select(p.c.id, p.c.post_key, p.c.url, a.c.influencer_id, a.c.platform)
            .select_from(p.join(a).join(i))
            .where(i.c.workspace_id == workspace_id)
        ):
            for key in filter(None, (row.post_key, row.url)):
                self.posts[key.strip().lower()] = (row.id, row.influencer_id, row.platform)

    def request(self, values: dict[str, object], problem: ProblemSink) -> LinkRequest | None:
        """The link a row asks for, or None after reporting each problem through `problem`."""
        for field in REQUIRED:
            if is_blank(values.get(field)):
                problem(field, "is required", None)
        if any(is_blank(values.get(field)) for field in REQUIRED):
            return None
        campaign_id = self.campaigns.get(parse_text(values["campaign"]).strip().casefold())
        if campaign_id is None:
            problem("campaign", "is not a campaign of this workspace", values["campaign"])
        influencer_id = self._influencer(values["influencer"], problem)
        platform = None
        try:
            platform = str(parse_platform(values["platform"]))
        except ValueError as error:
            problem("platform", str(error), values["platform"])
        destination = None
        try:
            destination = validate_destination(parse_text(values["destination"]))
        except ValueError as error:
            problem("destination", str(error), values["destination"])
        post_id = None
        if not is_blank(values.get("post")):
            found = self.posts.get(parse_text(values["post"]).strip().lower())
            if found is None:
                problem("post", "is not a post of this workspace", values["post"])
                return None
            post_id, author, post_platform = found
            if influencer_id is not None and author != influencer_id:
                problem("post", "was published by another influencer", values["post"])
            if platform is not None and post_platform != platform:
                problem("post", f"was published on {post_platform}, not {platform}", values["post"])
        if (
            None not in (influencer_id, platform)
            and post_id is None
            and (influencer_id, platform) not in self.accounts
        ):
            problem("platform", "is a platform this influencer has no account on", platform)
            return None
        if None in (campaign_id, influencer_id, platform, destination):
            return None
        return LinkRequest(
            self.workspace_id, campaign_id, influencer_id, platform, destination, post_id
        )

    def _influencer(self, value: object, problem: ProblemSink) -> int | None:
        text = parse_text(value).strip()
        found = self.influencers.get(text.casefold())
        if found is not None:
            return found
        try:
            owners = self.handles.get(parse_handle(text), set())
        except ValueError:
            owners = set()
        if len(owners) == 1:
            return next(iter(owners))
        reason = (
            "is a handle several influencers share: give the name"
            if owners
            else "is neither the name nor a handle of an influencer of this workspace"
        )
        problem("influencer", reason, value)
        return None


def _header(sheet: RawSheet) -> tuple[int, dict[str, int]] | None:
    """The first row that names a destination column, with the position of each known field."""
    for index, (_, cells, _) in enumerate(sheet.rows[:10]):
        found: dict[str, int] = {}
        for position, cell in enumerate(cells):
            field = _LABELS.get(normalise_label(str(cell))) if cell is not None else None
            if field and field not in found:
                found[field] = position
        if "destination" in found:
            return index, found
    return None


def load_link_file(conn: sa.Connection, path: Path, *, workspace_id: int) -> list[LinkRequest]:
    """The links a CSV or XLSX file asks for; raises ImportFailed with every problem found."""
    try:
        sheets = read_source(path)
    except (OSError, BadZipFile, InvalidFileException, KeyError) as error:
        raise ImportFailed([Problem(file=path.name, reason=f"cannot be read: {error}")]) from None
    found = next(((sheet, h) for sheet in sheets if (h := _header(sheet))), None)
    if found is None:
        raise ImportFailed(
            [Problem(file=path.name, reason="has no header row with a 'destination' column")]
        )
    sheet, (header_index, positions) = found
    missing = [field for field in REQUIRED if field not in positions]
    if missing:
        raise ImportFailed(
            [
                Problem(
                    file=sheet.file,
                    sheet=sheet.title,
                    row=header_index + 1,
                    column=field,
                    reason="column is missing",
                )
                for field in missing
            ]
        )
    directory = Directory(conn, workspace_id)
    header_cells = sheet.rows[header_index][1]
    problems: list[Problem] = []
    requests = []
    for number, cells, _ in sheet.rows[header_index + 1 :]:
        if all(is_blank(cell) for cell in cells):
            continue
        values = {
            field: cells[position] if position < len(cells) else None
            for field, position in positions.items()
        }

        def problem(field: str, reason: str, value: object, number: int = number) -> None:
            column = str(header_cells[positions[field]]) if field in positions else field
            problems.append(
                Problem(
                    file=sheet.file,
                    sheet=sheet.title,
                    row=number,
                    column=column,
                    value=None if value is None else str(value),
                    reason=reason,
                )
            )

        request = directory.request(values, problem)
        if request is not None:
            requests.append(request)
    if problems:
        raise ImportFailed(problems)
    return requests


EXPORT_COLUMNS = (
    "influencer",
    "platform",
    "campaign",
    "post",
    "short_link",
    "full_link",
    "destination",
    "code",
)


def render_links_csv(links: Iterable[Link], *, base_url: str) -> str:
    """One row per link, for sending each influencer the link to put in bio or story."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(EXPORT_COLUMNS)
    for link in links:
        writer.writerow(
            [
                link.influencer,
                link.platform,
                link.campaign,
                link.post_key or "",
                link.short_url(base_url),
                link.tracked_url,
                link.destination,
                link.code,
            ]
        )
    return out.getvalue()
