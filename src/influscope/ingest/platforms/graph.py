"""What Instagram and Facebook share: the Graph API insights envelope.

`{"data": [{"name", "period", "values": [{"value", "end_time"?}], "total_value"?: {"value"},
"id": "<object id>/insights/<name>/<period>"}]}`. An empty `values` list means no data, which
stays missing, never 0 (formats.md §1.3 "Limitations").
"""

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from influscope.ingest.platforms.metric_names import MetricName
from influscope.ingest.platforms.reading import Node, Responses


@dataclass(frozen=True)
class InsightValue:
    owner_id: str
    name: str
    period: str
    value: Node
    end_time: dt.datetime | None


def is_insights(document: Node) -> bool:
    data = document.value.get("data") if document.is_object else None
    return (
        isinstance(data, list)
        and bool(data)
        and all(isinstance(entry, dict) and "name" in entry for entry in data)
        and any("values" in entry or "total_value" in entry for entry in data)
    )


def insight_values(
    found: Responses, document: Node, *, owner: str | None = None
) -> Iterator[InsightValue]:
    """Every value of an insights response; `owner` names the object when the entries' ids
    do not (a nested `insights` field of a media)."""
    for entry in found.objects(document.at("data")):
        name = found.text(entry.at("name"))
        period = found.text(entry.at("period"), required=False) or "lifetime"
        entry_id = found.text(entry.at("id"), required=owner is None)
        owner_id = owner or (entry_id.split("/insights/")[0] if entry_id else None)
        if name is None or owner_id is None:
            continue
        if entry.has("total_value"):
            total = entry.at("total_value")
            if not total.is_object:
                found.problem(total, "is not an object", show=False)
                continue
            yield InsightValue(owner_id, name, "total", total.at("value"), None)
            continue
        for point in found.objects(entry.at("values")):
            end_time = found.moment(point.at("end_time"), required=False)
            yield InsightValue(owner_id, name, period, point.at("value"), end_time)


def pick_preferred(
    candidates: dict[tuple, tuple[int, float]], key: tuple, rank: int, value: float
) -> None:
    """Keep, per key, the value of the best-ranked metric name (see metric_names' order)."""
    known = candidates.get(key)
    if known is None or rank < known[0]:
        candidates[key] = (rank, value)


def ranks(names: tuple[MetricName, ...]) -> dict[str, tuple[int, MetricName]]:
    return {metric.name: (index, metric) for index, metric in enumerate(names)}


def graph_source(api: str, version: str | None) -> str:
    return f"{api} {version}" if version else api
