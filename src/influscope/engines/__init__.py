"""The only place that knows engine names: a store or an engine URL in, an Ibis backend out."""

from influscope.engines.connect import connect, connect_url
from influscope.engines.errors import EngineUnavailable

__all__ = ["EngineUnavailable", "connect", "connect_url"]
