"""Influscope: auditable KPIs for influencer-marketing campaigns."""

__version__ = "0.1.0"
