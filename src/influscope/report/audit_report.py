"""The influencer audit as a report, so that it goes out in HTML, PDF, XLSX and PPTX like the
campaign reports: the profile, then one section per account with its overview, signals,
audience, engagement and follower history, and past campaigns."""

import datetime as dt

from influscope.catalogue.load import built_in_catalogue
from influscope.discover.report import AccountPage, InfluencerAudit
from influscope.report.labels import term, text
from influscope.report.model import Column, DataTable, Kind, Report, Section


def audit_report(
    page: InfluencerAudit, *, workspace: str, lang: str = "en", today: dt.date | None = None
) -> Report:
    today = today or dt.date.today()
    currency = next((a.currency for a in page.accounts if a.currency), "")
    return Report(
        title=f"{text('audit_report', lang)}: {page.influencer}",
        subtitle=f"{workspace} · {today.isoformat()}",
        lang=lang,
        workspace=workspace,
        campaigns=(page.influencer,),
        currency=currency,
        start=today,
        end=today,
        as_of=None,
        catalogue_version=built_in_catalogue().version,
        rate_card="–",
        benchmarks="–",
        sections=(
            _profile(page, lang),
            *(_account(n, a, lang) for n, a in enumerate(page.accounts, start=1)),
        ),
    )


def _fields(
    key: str, title: str, lang: str, rows: list[tuple[str, object, Kind]], currency: str = ""
) -> DataTable:
    """A two-column table of named values, each shown in its own kind."""
    return DataTable(
        key=key,
        title=title,
        columns=(
            Column("field", text("field", lang), Kind.TEXT),
            Column("value", text("value", lang), Kind.PER_ROW),
        ),
        rows=tuple((text(name, lang), value) for name, value, _ in rows),
        currency=currency,
        row_kinds=tuple(kind for _, _, kind in rows),
    )


def _profile(page: InfluencerAudit, lang: str) -> Section:
    age = page.age if page.age is not None else page.age_range
    rows = [
        ("country", page.country, Kind.TEXT),
        ("language", page.language, Kind.TEXT),
        ("age", None if age is None else str(age), Kind.TEXT),
        ("categories", ", ".join(page.categories) or None, Kind.TEXT),
        ("bio", page.bio or None, Kind.TEXT),
    ]
    title = text("profile", lang)
    return Section(key="profile", title=title, tables=(_fields("profile", title, lang, rows),))


def _account(number: int, a: AccountPage, lang: str) -> Section:
    """Table keys name the account's platform: each table is a workbook tab of its own."""
    currency = a.currency or ""
    overview = _fields(
        f"{a.platform}_overview",
        text("overview", lang),
        lang,
        [
            ("followers", a.followers, Kind.COUNT),
            ("tier", term(a.tier, lang), Kind.TEXT),
            ("engagement_rate", a.engagement_rate, Kind.PERCENT),
            ("authenticity", a.authenticity, Kind.RATIO),
            ("inauthentic_share", 100 * a.inauthentic_share, Kind.PERCENT),
            ("cost_per_post", a.cost_per_post, Kind.CURRENCY),
            ("expected_cpm", a.expected_cpm, Kind.CURRENCY),
        ],
        currency,
    )
    signals = DataTable(
        key=f"{a.platform}_signals",
        title=text("signals", lang),
        columns=(
            Column("signal", text("signal", lang), Kind.TEXT),
            Column("fired", text("fired", lang), Kind.TEXT),
            Column("value", text("value", lang), Kind.RATIO),
            Column("threshold", text("threshold", lang), Kind.TEXT),
            Column("detail", text("detail", lang), Kind.TEXT),
        ),
        rows=tuple(
            (
                s.label.get(lang),
                None if s.fired is None else text("yes" if s.fired else "no", lang),
                s.value,
                s.threshold.get(lang),
                s.detail.get(lang),
            )
            for s in a.signals
        ),
    )
    audience = DataTable(
        key=f"{a.platform}_audience_split",
        title=text("audience_split", lang),
        columns=(
            Column("field", text("field", lang), Kind.TEXT),
            Column("segment", text("segment", lang), Kind.TEXT),
            Column("share", text("share", lang), Kind.PERCENT),
        ),
        rows=tuple(
            (dimension, segment, 100 * share)
            for dimension, shares in a.audience.items()
            for segment, share in sorted(shares.items(), key=lambda kv: -kv[1])
        ),
    )
    engagement = DataTable(
        key=f"{a.platform}_engagement_history",
        title=text("engagement_history", lang),
        columns=(
            Column("month", text("month", lang), Kind.TEXT),
            Column("rate", text("median_engagement_rate", lang), Kind.PERCENT),
        ),
        rows=tuple(a.monthly_engagement),
    )
    followers = DataTable(
        key=f"{a.platform}_follower_history",
        title=text("follower_history", lang),
        columns=(
            Column("date", text("date", lang), Kind.TEXT),
            Column("followers", text("followers", lang), Kind.COUNT),
        ),
        rows=tuple(a.follower_history),
    )
    past = DataTable(
        key=f"{a.platform}_past_campaigns",
        title=text("past_campaigns", lang),
        columns=(
            Column("campaign", text("campaign", lang), Kind.TEXT),
            Column("posts", text("posts", lang), Kind.COUNT),
            Column("engagements", text("engagements", lang), Kind.COUNT),
            Column("rate", text("median_engagement_rate", lang), Kind.PERCENT),
            Column("cost", text("cost", lang), Kind.CURRENCY),
            Column("cpe", text("cost_per_engagement", lang), Kind.CURRENCY),
        ),
        rows=tuple(
            (
                c.campaign,
                c.posts,
                c.engagements,
                c.median_engagement_rate,
                c.cost,
                c.cost_per_engagement,
            )
            for c in a.past_campaigns
        ),
        currency=currency,
    )
    tables = (overview, signals, audience, engagement, followers, past)
    return Section(
        key=f"account_{number}",
        title=f"{term(a.platform, lang)} @{a.handle}",
        tables=tuple(table for table in tables if table.rows),
        notes=(text("audit_note", lang),),
    )
