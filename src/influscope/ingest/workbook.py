"""The campaign workbook: the spreadsheet creators and brand managers fill in, read into a Batch.

A workbook is an .xlsx file or a folder of CSV files named after its sheets. Everything in it
is checked before anything is written, and every problem is reported at once with its sheet,
row and column, because the person fixing the file wants one round of corrections, not ten.
"""

import contextlib
import difflib
from collections.abc import Collection, Hashable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from zipfile import BadZipFile
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlalchemy as sa
from openpyxl.utils.exceptions import InvalidFileException

from influscope.catalogue.load import built_in_catalogue
from influscope.ingest.parse import (
    is_blank,
    normalise_label,
    parse_url,
    url_is_on,
)
from influscope.ingest.problems import ImportFailed, Problem
from influscope.ingest.workbook_columns import (
    ACCOUNTS,
    CAMPAIGNS,
    CASTING,
    COSTS,
    EXCHANGE_RATES,
    FOLLOWERS,
    INDICATOR_NAMES,
    INDICATORS,
    INFLUENCERS,
    MENTIONS,
    METRIC_COLUMNS,
    METRICS,
    POSTS,
    SHEETS,
    TARGETS,
    Column,
    Sheet,
)
from influscope.ingest.workbook_files import RawSheet, read_source
from influscope.ingest.workbook_template import write_template
from influscope.store import schema
from influscope.store.records import (
    AccountRecord,
    Batch,
    CampaignRecord,
    CostRecord,
    ExchangeRateRecord,
    FollowerRecord,
    IndicatorRecord,
    InfluencerRecord,
    MentionRecord,
    MetricRecord,
    PostRecord,
    RosterRecord,
    TargetRecord,
)
from influscope.store.writes import KnownKeys, SaveSummary, known_keys, save_batch
from influscope.vocabulary import Metric, Provenance

__all__ = ["import_workbook", "load_workbook", "write_template"]

_DEFAULT_SOURCE = "workbook"
_SOURCE_LENGTH = schema.indicator_value.c.source.type.length


@dataclass
class _Row:
    number: int
    cells: dict[str, object]
    values: dict[str, object] = field(default_factory=dict)
    currencies: dict[str, str] = field(default_factory=dict)
    bad: set[str] = field(default_factory=set)
    # Set when the sheet lacks a required column: the row can be checked but not recorded.
    incomplete: bool = False

    def get(self, name: str, default: object = None) -> object:
        return self.values.get(name, default)

    @property
    def failed(self) -> bool:
        return self.incomplete or bool(self.bad)


@dataclass
class _Table:
    spec: Sheet
    raw: RawSheet
    lang: str
    headers: dict[str, str] = field(default_factory=dict)
    missing: set[str] = field(default_factory=set)
    rows: list[_Row] = field(default_factory=list)

    def label(self, name: str) -> str:
        return self.headers.get(name) or self.spec.column(name).header(self.lang)


def load_workbook(
    source: Path,
    *,
    known: KnownKeys,
    kpi_ids: frozenset[str] | None = None,
    indicator_ids: frozenset[str] | None = None,
) -> Batch:
    """Read and check a workbook; references may point into the workbook or into `known`.

    Raises ImportFailed listing every problem; returns a batch only when there is none.
    `kpi_ids`, when given, is the set of KPI ids that targets may name; `indicator_ids`, the
    set of indicator ids that the indicators sheet may name.
    """
    loader = _Loader(Path(source), known=known, kpi_ids=kpi_ids, indicator_ids=indicator_ids)
    return loader.load()


def import_workbook(
    engine: sa.Engine,
    source: Path,
    *,
    workspace: str,
    kpi_ids: frozenset[str] | None = None,
    indicator_ids: frozenset[str] | None = None,
) -> SaveSummary:
    """Check a workbook against the store and write it, all in one transaction.

    Nothing is written when a problem is found: ImportFailed is raised inside the transaction.
    """
    with engine.begin() as conn:
        known = known_keys(conn, workspace=workspace)
        batch = load_workbook(source, known=known, kpi_ids=kpi_ids, indicator_ids=indicator_ids)
        return save_batch(conn, workspace=workspace, batch=batch)


def _show(value: object) -> str:
    if hasattr(value, "isoformat"):
        return value.isoformat(sep=" ") if hasattr(value, "hour") else value.isoformat()
    return str(value).strip()


def _labels(spec: Sheet) -> dict[str, Column]:
    labels = {}
    for column in spec.columns:
        for label in (column.name, column.fr, *column.aliases):
            labels[normalise_label(label)] = column
    return labels


def _names_a_column(cells: list[object], labels: dict[str, Column]) -> bool:
    return any(not is_blank(c) and normalise_label(str(c)) in labels for c in cells)


def _language_of(spec: Sheet, header: list[object]) -> str:
    """The language most of a header's cells are written in; English when they do not tell."""
    labels = [normalise_label(str(c)) for c in header if not is_blank(c)]
    french = sum(label in {normalise_label(c.fr) for c in spec.columns} for label in labels)
    english = sum(label in {normalise_label(c.name) for c in spec.columns} for label in labels)
    return "fr" if french > english else "en"


def _zone_exists(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def _decimals(amount: Decimal) -> int:
    exponent = amount.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


class _Loader:
    """One pass over a workbook: parse each sheet, then check rows against each other."""

    def __init__(
        self,
        source: Path,
        *,
        known: KnownKeys,
        kpi_ids: frozenset[str] | None,
        indicator_ids: frozenset[str] | None,
    ):
        self.source = source
        self.known = known
        self.kpi_ids = kpi_ids
        self.indicator_ids = indicator_ids
        self.problems: list[Problem] = []
        self.tables: dict[str, _Table] = {}
        self.batch = Batch()
        self.campaigns: set[str] = set()
        self.campaign_currencies: dict[str, str] = {}
        self.costs_read: list[tuple[_Table, _Row, CostRecord]] = []
        self.influencers: set[str] = set()
        self.accounts: set[tuple[str, str]] = set()
        self.posts: dict[tuple[str, str], _Row] = {}
        self.post_aliases: dict[tuple[str, str], str] = {}
        self.seen: dict[str, dict[tuple, int]] = {}
        self.brands_owned: dict[str, tuple[bool, int]] = {}

    def load(self) -> Batch:
        if not self.source.exists():
            raise ImportFailed([Problem(file=str(self.source), reason="does not exist")])
        try:
            raw_sheets = read_source(self.source)
        except (BadZipFile, InvalidFileException, OSError, KeyError, ValueError) as error:
            reason = f"cannot be read as an .xlsx workbook or a folder of CSV files ({error})"
            raise ImportFailed([Problem(file=self.source.name, reason=reason)]) from None
        self._match_sheets(raw_sheets)
        if not self.tables and not self.problems:
            names = ", ".join(s.name for s in SHEETS)
            self.problems.append(
                Problem(file=self.source.name, reason=f"has none of the sheets {names}")
            )
        for spec, build in (
            (CAMPAIGNS, self._campaigns),
            (INFLUENCERS, self._influencers),
            (CASTING, self._casting),
            (ACCOUNTS, self._accounts),
            (FOLLOWERS, self._followers),
            (POSTS, self._posts),
            (METRICS, self._metrics),
            (COSTS, self._costs),
            (TARGETS, self._targets),
            (INDICATORS, self._indicators),
            (MENTIONS, self._mentions),
            (EXCHANGE_RATES, self._exchange_rates),
        ):
            table = self.tables.get(spec.name)
            if table is not None:
                for row in table.rows:
                    build(table, row)
        self._check_cost_currencies()
        if self.problems:
            order = {t.raw.title: SHEETS.index(t.spec) for t in self.tables.values()}
            self.problems.sort(key=lambda p: (order.get(p.sheet or "", -1), p.row or 0))
            raise ImportFailed(self.problems)
        return self.batch

    # Reading sheets and cells

    def _match_sheets(self, raw_sheets: list[RawSheet]) -> None:
        by_label = {normalise_label(n): s for s in SHEETS for n in (s.name, s.fr)}
        for raw in raw_sheets:
            spec = by_label.get(normalise_label(raw.title))
            if spec is None:
                continue  # instructions, notes, pivot tables: not ours to read
            lang: str | None = None  # one name in both languages (casting): the headers tell
            if normalise_label(spec.name) != normalise_label(spec.fr):
                lang = "fr" if normalise_label(raw.title) == normalise_label(spec.fr) else "en"
            if spec.name in self.tables:
                first = self.tables[spec.name].raw.title
                reason = f'holds {spec.name} like the sheet "{first}"; keep one of them'
                self.problems.append(Problem(file=raw.file, sheet=raw.title, reason=reason))
                continue
            self.tables[spec.name] = self._parse_table(spec, raw, lang)

    def _parse_table(self, spec: Sheet, raw: RawSheet, lang: str | None) -> _Table:
        rows = [r for r in raw.rows if not all(is_blank(v) for v in r[1])]
        labels = _labels(spec)
        # The header is the first row naming one of our columns: a title above it is skipped.
        start = next((n for n, r in enumerate(rows[:10]) if _names_a_column(r[1], labels)), 0)
        rows = rows[start:]
        header = rows[0][1] if rows else []
        table = _Table(spec, raw, lang or _language_of(spec, header))
        if not rows:
            return table
        positions: dict[str, int] = {}
        for index, cell in enumerate(header):
            column = None if is_blank(cell) else labels.get(normalise_label(str(cell)))
            if column is None:
                continue  # a column of the user's own, such as notes
            if column.name in positions:
                reason = f'is a second "{table.headers[column.name]}" column; keep one'
                self._sheet_problem(table, column=str(cell).strip(), reason=reason)
                continue
            positions[column.name] = index
            table.headers[column.name] = str(cell).strip()
        for column in spec.columns:
            if column.required and column.name not in positions:
                table.missing.add(column.name)
                self._sheet_problem(
                    table, column=column.header(table.lang), reason="column is missing"
                )
        if spec is POSTS and not {"post_id", "url"} & positions.keys():
            table.missing.add("post_id")
            both = f"{table.label('post_id')} / {table.label('url')}"
            self._sheet_problem(table, column=both, reason="one of these columns is needed")
        if spec is METRICS and not {c.name for c in METRIC_COLUMNS} & positions.keys():
            table.missing.add("metrics")
            names = ", ".join(c.header(table.lang) for c in METRIC_COLUMNS)
            self._sheet_problem(table, reason=f"has no metric column ({names})")
        for number, values, currencies in rows[1:]:
            cells = {
                name: values[i]
                for name, i in positions.items()
                if i < len(values) and not is_blank(values[i])
            }
            if not cells:
                continue
            row = _Row(number, cells, incomplete=bool(table.missing))
            row.currencies = {
                name: currencies[i]
                for name, i in positions.items()
                if i < len(currencies) and currencies[i]
            }
            for column in spec.columns:
                if column.name in cells:
                    try:
                        row.values[column.name] = column.parse(cells[column.name])
                    except ValueError as error:
                        self._report(table, row, column.name, str(error))
                elif column.required and column.name in positions:
                    self._report(table, row, column.name, "a value is required", value="")
            table.rows.append(row)
        return table

    # Reporting

    def _sheet_problem(self, table: _Table, *, reason: str, column: str | None = None) -> None:
        self.problems.append(
            Problem(file=table.raw.file, sheet=table.raw.title, column=column, reason=reason)
        )

    def _report(
        self,
        table: _Table,
        row: _Row,
        column: str | None,
        reason: str,
        *,
        value: str | None = None,
    ) -> None:
        if column is not None:
            row.bad.add(column)
        if value is None and column in row.cells:
            value = _show(row.cells[column])
        self.problems.append(
            Problem(
                file=table.raw.file,
                sheet=table.raw.title,
                row=row.number,
                column=table.label(column) if column else None,
                value=value,
                reason=reason,
            )
        )

    def _unique(
        self, table: _Table, row: _Row, key: dict[str, object], *, optional: tuple[str, ...] = ()
    ) -> None:
        """Report a row whose natural key an earlier row of the same sheet already has.

        `key` maps column names to the row's values; a key with a required part missing is
        left to the checks of that part.
        """
        if any(v is None for c, v in key.items() if c not in optional):
            return
        seen = self.seen.setdefault(table.spec.name, {})
        first = seen.setdefault(tuple(key.items()), row.number)
        if first != row.number:
            given = {c: v for c, v in key.items() if v not in (None, "")}
            row.bad.add(next(reversed(given)))
            self.problems.append(
                Problem(
                    file=table.raw.file,
                    sheet=table.raw.title,
                    row=row.number,
                    column=" + ".join(table.label(c) for c in given),
                    value=", ".join(_show(v) for v in given.values()),
                    reason=f"duplicates row {first}",
                )
            )

    def _refer(
        self,
        table: _Table,
        row: _Row,
        column: str,
        key: Hashable,
        *,
        sheet: Sheet,
        in_workbook: Collection,
        in_store: Collection,
        what: str,
    ) -> bool:
        """Check that a row names something the workbook or the store defines."""
        if key in in_workbook or key in in_store:
            return True
        referenced = self.tables.get(sheet.name)
        if referenced is not None and referenced.missing:
            row.bad.add(column)
            return False  # that sheet cannot be read; its missing column is already reported
        if referenced is None:
            where = f"the workbook has no {sheet.title(table.lang)} sheet and the store has none"
        else:
            where = f'not in the "{referenced.raw.title}" sheet nor in the store'
        reason = f"is an unknown {what}: {where}"
        if isinstance(key, str):
            near = [n for n in (*in_workbook, *in_store) if n.casefold() == key.casefold()]
            near = near or difflib.get_close_matches(key, [*in_workbook, *in_store], n=1)
            if near:
                reason += f'; did you mean "{near[0]}"?'
        self._report(table, row, column, reason)
        return False

    # Sheets, in the order they refer to each other

    def _campaigns(self, table: _Table, row: _Row) -> None:
        name = row.get("name")
        self._unique(table, row, {"name": name})
        start, end = row.get("start_date"), row.get("end_date")
        if start and end and end < start:
            self._report(table, row, "end_date", f"is before the start date {start.isoformat()}")
        budget, budget_currency = row.get("budget", (None, None))
        budget_currency = budget_currency or row.currencies.get("budget")
        if budget is not None:
            self._check_amount(table, row, "budget", budget)
        currency = self._currency(table, row, row.get("currency"), budget_currency, "budget")
        if currency is None and not row.bad & {"currency", "budget"}:
            reason = "a value is required, or write it with the budget (15 000 €)"
            self._report(table, row, "currency", reason, value="")
        zone = row.get("time_zone") or "UTC"
        if not _zone_exists(zone):
            reason = "is not an IANA time zone (Europe/Paris, America/New_York, UTC)"
            self._report(table, row, "time_zone", reason)
        if name:
            self.campaigns.add(name)
            if currency:
                self.campaign_currencies[name] = currency
        if not row.failed:
            self.batch.campaigns.append(
                CampaignRecord(
                    name=name,
                    start_date=start,
                    end_date=end,
                    currency=currency,
                    objectives=row.get("objectives", ()),
                    budget=budget,
                    time_zone=zone,
                    hashtags=row.get("hashtags", ()),
                    key_messages=row.get("key_messages", ()),
                )
            )

    def _influencers(self, table: _Table, row: _Row) -> None:
        name = row.get("name")
        self._unique(table, row, {"name": name})
        age = row.get("age")
        if age is not None and not 0 < age < 120:
            self._report(table, row, "age", "is not an age in years")
        if name:
            self.influencers.add(name)
        if not row.failed:
            self.batch.influencers.append(
                InfluencerRecord(
                    name=name,
                    country=row.get("country"),
                    language=row.get("language"),
                    categories=tuple(c.lower() for c in row.get("categories", ())),
                    age=age,
                    age_range=row.get("age_range"),
                    contact=row.get("contact"),
                    is_brand=row.get("brand", False),
                )
            )

    def _casting(self, table: _Table, row: _Row) -> None:
        campaign, influencer = row.get("campaign"), row.get("influencer")
        self._unique(table, row, {"campaign": campaign, "influencer": influencer})
        if campaign:
            self._refer_campaign(table, row, campaign)
        if influencer:
            self._refer_influencer(table, row, "influencer", influencer)
        if not row.failed:
            self.batch.roster.append(
                RosterRecord(
                    campaign=campaign,
                    influencer=influencer,
                    status=row.get("status"),
                    posts_contracted=row.get("posts_contracted"),
                    products_sent=row.get("products_sent"),
                )
            )

    def _accounts(self, table: _Table, row: _Row) -> None:
        influencer, platform, handle = row.get("influencer"), row.get("platform"), row.get("handle")
        self._unique(table, row, {"platform": platform, "handle": handle})
        if influencer:
            self._refer_influencer(table, row, "influencer", influencer)
        if platform and handle:
            self.accounts.add((platform, handle))
        if not row.failed:
            self.batch.accounts.append(
                AccountRecord(
                    influencer=influencer,
                    platform=platform,
                    handle=handle,
                    platform_id=row.get("platform_id"),
                )
            )

    def _followers(self, table: _Table, row: _Row) -> None:
        platform, handle, moment = row.get("platform"), row.get("handle"), row.get("date")
        source = row.get("source") or _DEFAULT_SOURCE
        key = {"platform": platform, "handle": handle, "date": moment, "source": source}
        self._unique(table, row, key)
        if platform and handle:
            self._refer_account(table, row, platform, handle)
        if not row.failed:
            self.batch.followers.append(
                FollowerRecord(
                    platform=platform,
                    handle=handle,
                    captured_at=moment,
                    followers=row.get("followers"),
                    source=source,
                    provenance=row.get("provenance") or Provenance.SELF_REPORTED,
                )
            )

    def _posts(self, table: _Table, row: _Row) -> None:
        platform, handle = row.get("platform"), row.get("handle")
        post_id, url = row.get("post_id"), row.get("url")
        campaign = row.get("campaign")
        if post_id is None and url is None and not row.bad & {"post_id", "url"}:
            column = "post_id" if "post_id" in table.headers else "url"
            self._report(table, row, column, "a post_id or a url is required", value="")
        if url and platform and not url_is_on(url, platform):
            self._report(table, row, "url", f"is not a {platform} address")
        key = self._post_key(platform, post_id, url)
        self._unique(table, row, {"platform": platform, "post_id" if post_id else "url": key})
        if url and post_id:
            self._unique(table, row, {"platform": platform, "url": url})
        if platform and handle:
            self._refer_account(table, row, platform, handle)
        if campaign:
            self._refer_campaign(table, row, campaign)
        if platform and key:
            self.posts.setdefault((platform, key), row)
            for alias in (post_id, url):
                if alias:
                    self.post_aliases.setdefault((platform, alias), key)
        if not row.failed:
            sponsored = row.get("sponsored")
            self.batch.posts.append(
                PostRecord(
                    platform=platform,
                    handle=handle,
                    post_key=key,
                    format=row.get("format"),
                    published_at=row.get("published_at"),
                    campaign=campaign,
                    platform_post_id=post_id,
                    url=url,
                    caption=row.get("caption", ""),
                    hashtags=row.get("hashtags", ()),
                    mentions=row.get("mentions", ()),
                    sponsored=campaign is not None if sponsored is None else sponsored,
                )
            )

    def _post_key(self, platform: object, post_id: str | None, url: str | None) -> str | None:
        """The post's id, else its URL; but a post stored under its URL keeps that key."""
        if post_id and url and platform:
            stored = self.known.posts
            if (platform, post_id) not in stored and (platform, url) in stored:
                return url
        return post_id or url

    def _metrics(self, table: _Table, row: _Row) -> None:
        platform, post, moment = row.get("platform"), row.get("post"), row.get("captured_at")
        source = row.get("source") or _DEFAULT_SOURCE
        key = self._find_post(table, row, platform, post) if platform and post else None
        columns = {"platform": platform, "post": key, "captured_at": moment, "source": source}
        self._unique(table, row, columns)
        values = [(Metric(c.name), row.get(c.name)) for c in METRIC_COLUMNS]
        values = [(metric, value) for metric, value in values if value is not None]
        if not values and not row.bad & {c.name for c in METRIC_COLUMNS}:
            self._report(table, row, None, "has no value in any metric column")
        post_row = self.posts.get((platform, key))
        published = post_row.get("published_at") if post_row else None
        if moment and published and moment.date() < published.date():
            reason = f"is before the post was published ({published.date().isoformat()})"
            self._report(table, row, "captured_at", reason)
        if not row.failed:
            provenance = row.get("provenance") or Provenance.SELF_REPORTED
            self.batch.metrics.extend(
                MetricRecord(
                    platform=platform,
                    post_key=key,
                    captured_at=moment,
                    metric=metric,
                    value=float(value),
                    source=source,
                    provenance=provenance,
                )
                for metric, value in values
            )

    def _find_post(self, table: _Table, row: _Row, platform: object, post: str) -> str | None:
        """The key of the post a metrics row names by post_id or URL, in the workbook or store."""
        candidates = [post]
        with contextlib.suppress(ValueError):
            candidates.append(parse_url(post))
        for candidate in candidates:
            if (platform, candidate) in self.post_aliases:
                return self.post_aliases[(platform, candidate)]
            if (platform, candidate) in self.known.posts:
                return candidate
        self._refer(
            table,
            row,
            "post",
            (platform, post),
            sheet=POSTS,
            in_workbook=(),
            in_store=(),
            what=f"{platform} post",
        )
        return None

    def _costs(self, table: _Table, row: _Row) -> None:
        campaign, influencer = row.get("campaign"), row.get("influencer")
        kind, day = row.get("kind"), row.get("date")
        description = row.get("description", "")
        key = {
            "campaign": campaign,
            "influencer": influencer,
            "kind": kind,
            "date": day,
            "description": description,
        }
        self._unique(table, row, key, optional=("influencer", "description"))
        if campaign:
            self._refer_campaign(table, row, campaign)
        if influencer:
            self._refer_influencer(table, row, "influencer", influencer)
        amount, written = row.get("amount", (None, None))
        if amount is not None:
            self._check_amount(table, row, "amount", amount)
        written = written or row.currencies.get("amount")
        currency = self._currency(table, row, row.get("currency"), written, "amount")
        currency = currency or self.campaign_currencies.get(campaign)
        if currency is None and campaign not in self.campaigns and not row.bad:
            reason = (
                "a value is required: the amount shows none and the campaign is not in this "
                "workbook"
            )
            self._report(table, row, "currency", reason, value="")
        if not row.failed:
            cost = CostRecord(
                campaign=campaign,
                kind=kind,
                amount=amount,
                currency=currency,
                incurred_on=day,
                influencer=influencer,
                description=description,
            )
            self.batch.costs.append(cost)
            self.costs_read.append((table, row, cost))

    def _targets(self, table: _Table, row: _Row) -> None:
        campaign, kpi = row.get("campaign"), row.get("kpi")
        self._unique(table, row, {"campaign": campaign, "kpi": kpi})
        if campaign:
            self._refer_campaign(table, row, campaign)
        if kpi and self.kpi_ids is not None and kpi not in self.kpi_ids:
            near = difflib.get_close_matches(kpi, sorted(self.kpi_ids), n=1)
            hint = f'; did you mean "{near[0]}"?' if near else ""
            self._report(table, row, "kpi", f"is not a KPI id{hint}")
        if not row.failed:
            self.batch.targets.append(
                TargetRecord(campaign=campaign, kpi=kpi, value=float(row.get("target")))
            )

    def _indicators(self, table: _Table, row: _Row) -> None:
        campaign, indicator = row.get("campaign"), row.get("indicator")
        day, value, source = row.get("measured_on"), row.get("value"), row.get("source")
        self._unique(table, row, {"campaign": campaign, "indicator": indicator, "measured_on": day})
        if campaign:
            self._refer_campaign(table, row, campaign)
        if indicator and self.indicator_ids is not None and indicator not in self.indicator_ids:
            # Suggest by id or by label; the labels share "uplift" or "évolution de la", which
            # makes any two of them 60-70% alike, so only a closer match is a suggestion.
            names = {n: i for n, i in INDICATOR_NAMES.items() if i in self.indicator_ids}
            names |= {normalise_label(i): i for i in self.indicator_ids}
            written = normalise_label(str(row.cells["indicator"]))
            near = difflib.get_close_matches(written, sorted(names), n=1, cutoff=0.75)
            listed = ", ".join(sorted(self.indicator_ids))
            hint = f'; did you mean "{names[near[0]]}"?' if near else f" ({listed})"
            self._report(table, row, "indicator", f"is not an indicator id or label{hint}")
        catalogued = built_in_catalogue().indicators.get(indicator)
        points = catalogued is not None and catalogued.unit == "percentage points"
        if value is not None and points and abs(value) > 100:
            self._report(table, row, "value", "is not between -100 and 100 percentage points")
        if source and len(source) > _SOURCE_LENGTH:
            self._report(table, row, "source", f"is longer than {_SOURCE_LENGTH} characters")
        if not row.failed:
            self.batch.indicators.append(
                IndicatorRecord(
                    campaign=campaign,
                    indicator=indicator,
                    measured_on=day,
                    value=float(value),
                    source=source,
                )
            )

    def _mentions(self, table: _Table, row: _Row) -> None:
        brand, own = row.get("brand"), row.get("own")
        platform, mention = row.get("platform"), row.get("mention_id")
        self._unique(table, row, {"platform": platform, "mention_id": mention})
        is_url = mention is not None and mention.startswith("https://")
        if is_url and platform and not url_is_on(mention, platform):
            self._report(table, row, "mention_id", f"is not a {platform} address")
        if brand and own is not None:
            # One brand counted on both sides would skew the share of voice either way.
            first_own, first_row = self.brands_owned.setdefault(brand, (own, row.number))
            if own != first_own:
                said = "is" if first_own else "is not"
                reason = f"disagrees with row {first_row}, which says {brand} {said} our brand"
                self._report(table, row, "own", reason)
        if not row.failed:
            engagements = row.get("engagements")
            self.batch.mentions.append(
                MentionRecord(
                    brand=brand,
                    own=own,
                    platform=platform,
                    external_id=mention,
                    mentioned_on=row.get("date"),
                    engagements=None if engagements is None else float(engagements),
                    source=row.get("source") or _DEFAULT_SOURCE,
                )
            )

    def _exchange_rates(self, table: _Table, row: _Row) -> None:
        base, quote, day = row.get("base"), row.get("quote"), row.get("valid_on")
        self._unique(table, row, {"base": base, "quote": quote, "valid_on": day})
        if base and base == quote:
            self._report(table, row, "quote", "is the base currency too")
        if not row.failed:
            self.batch.exchange_rates.append(
                ExchangeRateRecord(
                    base=base,
                    quote=quote,
                    valid_on=day,
                    rate=float(row.get("rate")),
                    source=row.get("source"),
                )
            )

    def _check_cost_currencies(self) -> None:
        """A cost in another currency than its campaign's needs a rate between the two, in this
        workbook or the store: KPIs convert costs at the rate in force the day they were
        incurred, and a cost no rate converts would leave them null. Checked once every sheet
        is read, since the rates sheet comes last."""
        pairs = self.known.rate_pairs | {
            frozenset((r.base, r.quote)) for r in self.batch.exchange_rates
        }
        currencies = self.known.campaign_currencies | self.campaign_currencies
        for table, row, cost in self.costs_read:
            own = currencies.get(cost.campaign)
            if own and cost.currency != own and frozenset((cost.currency, own)) not in pairs:
                reason = (
                    f"has no exchange rate to {own}, the campaign's currency, in this workbook "
                    "or the store"
                )
                self._report(table, row, "currency", reason, value=cost.currency)

    # Shared checks

    def _check_amount(self, table: _Table, row: _Row, column: str, amount: Decimal) -> None:
        if amount < 0:
            self._report(table, row, column, "is negative")
        elif _decimals(amount) > 2:
            self._report(table, row, column, "has more than two decimals")

    def _currency(
        self, table: _Table, row: _Row, column: str | None, written: str | None, amount: str
    ) -> str | None:
        """The currency column and the one written with the amount must agree when both exist."""
        if column and written and column != written:
            reason = f"is in {written} but the {table.label('currency')} column says {column}"
            self._report(table, row, amount, reason)
        return column or written

    def _refer_campaign(self, table: _Table, row: _Row, campaign: str) -> None:
        self._refer(
            table,
            row,
            "campaign",
            campaign,
            sheet=CAMPAIGNS,
            in_workbook=self.campaigns,
            in_store=self.known.campaigns,
            what="campaign",
        )

    def _refer_influencer(self, table: _Table, row: _Row, column: str, name: str) -> None:
        self._refer(
            table,
            row,
            column,
            name,
            sheet=INFLUENCERS,
            in_workbook=self.influencers,
            in_store=self.known.influencers,
            what="influencer",
        )

    def _refer_account(self, table: _Table, row: _Row, platform: object, handle: str) -> None:
        self._refer(
            table,
            row,
            "handle",
            (platform, handle),
            sheet=ACCOUNTS,
            in_workbook=self.accounts,
            in_store=self.known.accounts,
            what=f"{platform} account",
        )
