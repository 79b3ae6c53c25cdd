"""Saved responses of the platforms' APIs, read into the canonical records.

One module per platform turns `Responses` into a `Harvest`; `importing` ties the harvest to
creators and campaigns and writes it. `PARSERS` is the one registry the CLI and the sync use.
"""

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa

from influscope.ingest.platforms.facebook import parse_facebook
from influscope.ingest.platforms.harvest import Harvest
from influscope.ingest.platforms.importing import PlatformImport, list_unmatched_posts, save_harvest
from influscope.ingest.platforms.instagram import parse_instagram
from influscope.ingest.platforms.reading import HANDLE_WIDTH, Responses, load_responses
from influscope.ingest.platforms.tiktok import parse_tiktok
from influscope.ingest.platforms.x import parse_x
from influscope.ingest.platforms.youtube import parse_youtube
from influscope.ingest.problems import ImportFailed, Problem
from influscope.store.records import normalise_handle
from influscope.vocabulary import Platform


def _instagram(found: Responses, *, handle: str | None = None) -> Harvest:
    return parse_instagram(found)


PARSERS: dict[Platform, Callable[..., Harvest]] = {
    Platform.INSTAGRAM: _instagram,
    Platform.FACEBOOK: parse_facebook,
    Platform.YOUTUBE: parse_youtube,
    Platform.TIKTOK: parse_tiktok,
    Platform.X: parse_x,
}


def parse_responses(platform: Platform, found: Responses, *, handle: str | None = None) -> Harvest:
    """Read every response; ImportFailed lists every located problem, and nothing else escapes."""
    if handle is not None:
        handle = normalise_handle(handle)
        if not handle or len(handle) > HANDLE_WIDTH:
            reason = "is not an account name"
            raise ImportFailed([Problem(file=found.file, column="--handle", reason=reason)])
    try:
        harvest = PARSERS[platform](found, handle=handle)
    except RecursionError:
        found.problems.append(Problem(file=found.file, reason="is nested too deeply"))
        harvest = None
    found.finish()
    if harvest is None or not (harvest.posts or harvest.accounts or harvest.series):
        raise ImportFailed(
            [Problem(file=found.file, reason=f"holds no {platform} post, account or insight")]
        )
    return harvest


def import_platform_file(
    engine: sa.Engine,
    platform: Platform,
    path: Path,
    *,
    workspace: str,
    campaign: str | None = None,
    handle: str | None = None,
    captured_at: dt.datetime | None = None,
    api_version: str | None = None,
) -> PlatformImport:
    """Read a saved response file and store it in one transaction: nothing when it is bad,
    nothing new when it was imported before."""
    found = load_responses(path, captured_at=captured_at, api_version=api_version)
    harvest = parse_responses(platform, found, handle=handle)
    with engine.begin() as conn:
        return save_harvest(conn, workspace=workspace, harvest=harvest, campaign=campaign)


__all__ = [
    "PARSERS",
    "PlatformImport",
    "import_platform_file",
    "list_unmatched_posts",
    "parse_responses",
    "save_harvest",
]
