"""KPI + grouping + filters → one Ibis expression over the canonical tables. Engine-blind."""

from influscope.compile.query import Grain, compile_kpis

__all__ = ["Grain", "compile_kpis"]
