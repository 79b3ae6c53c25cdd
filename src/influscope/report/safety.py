"""Text from captions, names or comments must never run as a spreadsheet formula.

Spreadsheets evaluate a cell that starts with `=`, `+`, `-` or `@` (and some with a leading tab
or carriage return) as a formula: a caption like `=HYPERLINK("http://evil", "click")` would
run in the client's Excel (CSV/formula injection, OWASP). Such text gets a leading apostrophe,
which spreadsheets show as text. Numbers are never touched: they stay numbers.
"""

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    if isinstance(value, str) and value.startswith(_TRIGGERS):
        return "'" + value
    return value
