"""The only place that knows engine names: a store in, an Ibis backend out."""

from influscope.engines.connect import connect

__all__ = ["connect"]
