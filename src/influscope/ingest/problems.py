"""What went wrong in an import, said the way the person who filled the spreadsheet sees it."""

from dataclasses import dataclass
from pathlib import PurePath

from influscope.ingest.parse import normalise_label


@dataclass(frozen=True, kw_only=True)
class Problem:
    """One thing to fix, located as precisely as the source allows.

    `row` is the row number the spreadsheet shows (the header is row 1); `column` and `sheet`
    are spelled as in the file, so the user can find them.
    """

    file: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    value: str | None = None
    reason: str

    def __str__(self) -> str:
        place = [self.file]
        # A CSV file is its own sheet: `posts.csv › posts` would say the same thing twice.
        if self.sheet and normalise_label(PurePath(self.file).stem) != normalise_label(self.sheet):
            place.append(self.sheet)
        if self.row is not None:
            place.append(f"row {self.row}")
        if self.column:
            place.append(self.column)
        quoted = f'"{self.value}" ' if self.value not in (None, "") else ""
        return f"{' › '.join(place)}: {quoted}{self.reason}"


class ImportFailed(Exception):
    """Raised with every problem found, so one round of corrections is enough."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        count = len(self.problems)
        heading = f"{count} problem{'s' if count != 1 else ''} found, nothing was imported:"
        super().__init__("\n".join([heading, *(f"  {p}" for p in self.problems)]))
