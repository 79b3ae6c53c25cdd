"""The hand-written sample payloads, read as the importers read them."""

import datetime as dt
from pathlib import Path

from influscope.ingest.platforms import parse_responses
from influscope.ingest.platforms.harvest import Harvest
from influscope.ingest.platforms.reading import load_responses
from influscope.vocabulary import Platform

SAMPLES = Path(__file__).parents[1] / "samples" / "platforms"
CAPTURED = dt.datetime(2025, 4, 1, 6, 0)

FILES = {
    "instagram_v21.json": Platform.INSTAGRAM,
    "instagram_v22.json": Platform.INSTAGRAM,
    "facebook_2024.json": Platform.FACEBOOK,
    "facebook_2025.json": Platform.FACEBOOK,
    "youtube.json": Platform.YOUTUBE,
    "youtube_hidden_subscribers.json": Platform.YOUTUBE,
    "tiktok_display.json": Platform.TIKTOK,
    "tiktok_research.json": Platform.TIKTOK,
    "tiktok_business.json": Platform.TIKTOK,
    "x_posts.json": Platform.X,
}


def harvest(name: str, folder: Path = SAMPLES, **options) -> Harvest:
    found = load_responses(folder / name, captured_at=CAPTURED)
    return parse_responses(FILES[name], found, **options)


def counters(found: Harvest) -> dict[tuple[str, str], float]:
    return {(m.post_key, str(m.metric)): m.value for m in found.metrics}


def series(found: Harvest) -> dict[tuple[str, str | None, str], float]:
    return {(s.metric, s.post_key, s.period): s.value for s in found.series}
