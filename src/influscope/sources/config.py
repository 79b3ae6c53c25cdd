"""The sources file (`influscope-sources.toml`): which accounts to fetch, with which API, for
which workspace. Tokens come from the environment (`token_env`, or `INFLUSCOPE_<NAME>_TOKEN`)
or, when the file is kept private, from `token`; they are never printed, logged or stored.

    [[source]]
    name = "clara-instagram"
    platform = "instagram"          # instagram, facebook, youtube, tiktok, x
    api = "graph"                   # tiktok: display, research or business
    account = "17841400000000001"   # the user, page or channel id; the username on X and TikTok
    workspace = "Maison Lumière"
    api_version = "v22.0"           # Graph API only
    token_env = "CLARA_IG_TOKEN"
"""

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from influscope.vocabulary import Platform

DEFAULT_FILE = "influscope-sources.toml"
_APIS = {
    Platform.INSTAGRAM: ("graph",),
    Platform.FACEBOOK: ("graph",),
    Platform.YOUTUBE: ("data", "data+analytics"),
    Platform.TIKTOK: ("display", "research", "business"),
    Platform.X: ("v2",),
}
_BASE_URLS = {
    (Platform.INSTAGRAM, "graph"): "https://graph.facebook.com",
    (Platform.FACEBOOK, "graph"): "https://graph.facebook.com",
    (Platform.YOUTUBE, "data"): "https://www.googleapis.com/youtube/v3",
    (Platform.YOUTUBE, "data+analytics"): "https://www.googleapis.com/youtube/v3",
    (Platform.TIKTOK, "display"): "https://open.tiktokapis.com",
    (Platform.TIKTOK, "research"): "https://open.tiktokapis.com",
    (Platform.TIKTOK, "business"): "https://business-api.tiktok.com",
    (Platform.X, "v2"): "https://api.x.com",
}
ANALYTICS_URL = "https://youtubeanalytics.googleapis.com/v2"


@dataclass(frozen=True)
class SourceConfig:
    name: str
    platform: Platform
    api: str
    account: str
    workspace: str
    token: str = field(repr=False)
    base_url: str
    api_version: str | None = None
    analytics_url: str = ANALYTICS_URL
    private_metrics: bool = False
    lookback_days: int = 30


class ConfigError(ValueError):
    """A sources file the user must fix; the message names the file and the entry."""


def load_sources(
    path: Path | None = None,
    *,
    only: list[str] | None = None,
    workspace: str | None = None,
    environ: dict[str, str] | None = None,
) -> list[SourceConfig]:
    environ = os.environ if environ is None else environ
    path = Path(path or DEFAULT_FILE)
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"No sources file at {path} (see docs/imports-platforms.md).") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: cannot be read: {error}") from None
    entries = document.get("source", [])
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"{path}: declares no [[source]].")
    sources = [_source(path, index, entry, environ) for index, entry in enumerate(entries, 1)]
    names = [s.name for s in sources]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ConfigError(f"{path}: source names must be unique: {', '.join(duplicates)}.")
    if only:
        unknown = sorted(set(only) - set(names))
        if unknown:
            raise ConfigError(f"{path}: no source named {', '.join(unknown)}.")
        sources = [s for s in sources if s.name in only]
    if workspace:
        sources = [s for s in sources if s.workspace == workspace]
    return sources


def _source(path: Path, index: int, entry: object, environ) -> SourceConfig:
    where = f"{path}: source #{index}"
    if not isinstance(entry, dict):
        raise ConfigError(f"{where} is not a table.")

    def text(key: str, default: str | None = None) -> str:
        value = entry.get(key, default)
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"{where}: '{key}' is required (text).")
        return value.strip()

    name = text("name")
    where = f"{path}: source {name!r}"
    try:
        platform = Platform(text("platform"))
    except ValueError:
        raise ConfigError(f"{where}: platform is one of {', '.join(Platform)}.") from None
    api = text("api", _APIS[platform][0])
    if api not in _APIS[platform]:
        raise ConfigError(f"{where}: api is one of {', '.join(_APIS[platform])} for {platform}.")
    variable = entry.get("token_env") or "INFLUSCOPE_" + re.sub(r"\W", "_", name).upper() + "_TOKEN"
    token = environ.get(str(variable)) or entry.get("token")
    if not isinstance(token, str) or not token.strip():
        raise ConfigError(f"{where}: no token: set the environment variable {variable}.")
    lookback = entry.get("lookback_days", 30)
    if not isinstance(lookback, int) or not 1 <= lookback <= 365:
        raise ConfigError(f"{where}: lookback_days is a whole number of days from 1 to 365.")
    return SourceConfig(
        name=name,
        platform=platform,
        api=api,
        account=text("account"),
        workspace=text("workspace"),
        token=token.strip(),
        base_url=text("base_url", _BASE_URLS[(platform, api)]).rstrip("/"),
        api_version=entry.get("api_version") or ("v22.0" if api == "graph" else None),
        analytics_url=text("analytics_url", ANALYTICS_URL).rstrip("/"),
        private_metrics=bool(entry.get("private_metrics", False)),
        lookback_days=lookback,
    )
