"""Fetching the platforms' APIs with the user's tokens: one client module per platform over one
HTTP layer (pagination, rate limits, clear errors), and the `influscope sync` runner.

Every client returns the raw responses it read, in order; the same parsers that read a saved
file read them, so a saved file and the live API give the same rows.
"""
