"""Discovery settings read from YAML: tiers, engagement bands, audit thresholds, brief weights.

The built-in `settings.yaml` holds every key; a user file overrides only the keys it names,
so a team can change one weight without copying the rest.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from influscope.vocabulary import Platform

BUILT_IN = Path(__file__).parent / "settings.yaml"
TIERS = ("nano", "micro", "mid", "macro", "mega")


@dataclass(frozen=True)
class Settings:
    tiers: dict[str, int]
    engagement_bands: dict[str, dict[str, tuple[float, float]]]
    reach_rates: dict[str, float]
    engagement_basis: dict[str, str]
    recent_posts: int
    audit: dict[str, float]
    weights: dict[str, float]
    topics: dict[str, tuple[str, ...]]

    def tier_of(self, followers: float | None) -> str | None:
        """The highest tier whose lower bound the count reaches; None below nano or unknown."""
        if followers is None:
            return None
        found = None
        for tier in TIERS:
            if followers >= self.tiers[tier]:
                found = tier
        return found

    def band(self, platform: str, tier: str | None) -> tuple[float, float] | None:
        if tier is None:
            tier = "nano"
        return self.engagement_bands.get(platform, {}).get(tier)


def _merge(base: dict, override: dict) -> dict:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict) and key != "topics":
            merged[key] = _merge(base[key], value)
        else:
            merged[key] = value
    return merged


def _validate(raw: dict, where: str) -> Settings:
    problems = []
    tiers = raw.get("tiers", {})
    missing = [t for t in TIERS if t not in tiers]
    if missing:
        problems.append(f"tiers: missing {', '.join(missing)}")
    elif [tiers[t] for t in TIERS] != sorted(tiers[t] for t in TIERS):
        problems.append("tiers: lower bounds must grow from nano to mega")
    platforms = {p.value for p in Platform}
    for platform, bands in raw.get("engagement_bands", {}).items():
        if platform not in platforms:
            problems.append(f"engagement_bands › {platform}: not a platform")
        for tier, band in bands.items():
            if tier not in TIERS or len(band) != 2 or not 0 <= band[0] <= band[1]:
                problems.append(f"engagement_bands › {platform} › {tier}: expected [low, high]")
    weights = raw.get("weights", {})
    if any(not isinstance(w, int | float) or w < 0 for w in weights.values()) or not sum(
        weights.values()
    ):
        problems.append("weights: expected non-negative numbers, not all zero")
    if problems:
        raise ValueError(f"Invalid discovery settings in {where}: " + "; ".join(problems))
    return Settings(
        tiers={t: int(tiers[t]) for t in TIERS},
        engagement_bands={
            p: {t: (float(b[0]), float(b[1])) for t, b in bands.items()}
            for p, bands in raw["engagement_bands"].items()
        },
        reach_rates={t: float(v) for t, v in raw["reach_rates"].items()},
        engagement_basis=dict(raw.get("engagement_basis", {})),
        recent_posts=int(raw["recent_posts"]),
        audit={k: float(v) for k, v in raw["audit"].items()},
        weights={k: float(v) for k, v in weights.items()},
        topics={k: tuple(v) for k, v in raw["topics"].items()},
    )


@cache
def built_in_settings() -> Settings:
    return _validate(yaml.safe_load(BUILT_IN.read_text(encoding="utf-8")), str(BUILT_IN))


def load_settings(path: Path | None = None) -> Settings:
    """The built-in settings, with the keys of the file at `path` (if any) in their place."""
    if path is None:
        return built_in_settings()
    try:
        override = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise ValueError(f"Cannot read the discovery settings {path}: {error}") from None
    base = yaml.safe_load(BUILT_IN.read_text(encoding="utf-8"))
    return _validate(_merge(base, override), str(path))
