"""Whether a sponsored post carries the advertising mention the law of its creator's country asks.

In France (loi n° 2023-451 of 9 June 2023, art. 5) a sponsored post must show "Publicité" or
"Collaboration commerciale"; the accepted words per country are settings of the catalogue
(`catalogue/settings/disclosure.yaml`), matched case-insensitively anywhere in the caption.
"""

from functools import reduce
from operator import or_

import ibis
import ibis.expr.types as ir

DEFAULT = "default"


def _mentions_any(caption: ir.StringValue, mentions: tuple[str, ...]) -> ir.BooleanValue:
    if not mentions:
        return ibis.literal(False)
    text = caption.lower()
    return reduce(or_, [text.contains(mention.lower()) for mention in mentions])


def disclosed(
    caption: ir.StringValue, country: ir.StringValue, mentions: dict[str, tuple[str, ...]]
) -> ir.BooleanValue:
    """True when the caption carries one of the mentions accepted in the creator's country
    (the `default` list when the country has none of its own or is unknown)."""
    by_country = [
        (country.upper() == code, _mentions_any(caption, words))
        for code, words in mentions.items()
        if code != DEFAULT
    ]
    fallback = _mentions_any(caption, mentions.get(DEFAULT, ()))
    if not by_country:
        return fallback
    return ibis.cases(*by_country, else_=fallback)
