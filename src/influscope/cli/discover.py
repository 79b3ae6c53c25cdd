"""Discovery and vetting of influencers: `influscope discover …`."""

import dataclasses
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from influscope.cli import render
from influscope.cli.common import (
    DbOption,
    FormatOption,
    LangOption,
    console,
    open_store,
    user_errors,
)
from influscope.cli.render import OutputFormat
from influscope.vocabulary import RosterStatus

# Commands merged into `influscope`.
commands = typer.Typer()
discover_app = typer.Typer(
    help="Find, rank and audit influencers: search, brief, audit, import, shortlist.",
    no_args_is_help=True,
)
commands.add_typer(discover_app, name="discover")

Workspace = Annotated[str, typer.Option("--workspace", "-w", help="Workspace (brand or client).")]
SettingsOption = Annotated[
    Path | None, typer.Option("--settings", help="A YAML file overriding discovery settings.")
]
TrainingOption = Annotated[
    str | None,
    typer.Option(
        "--training",
        envvar="INFLUSCOPE_FOLLOWER_TRAINING",
        help="Labelled follower profiles (InstaFake JSON folder or CSV) for the classifier.",
    ),
]
Many = list[str] | None


def _hits(conn, workspace: str, settings, training: str | None = None):
    from influscope.discover.audits import audit_profiles
    from influscope.discover.directory import load_directory
    from influscope.discover.search import Hit

    profiles = load_directory(conn, workspace=workspace, settings=settings)
    audits = audit_profiles(conn, profiles, settings, training=training)
    return [Hit(p, audits[p.account_id]) for p in profiles]


def _filters(**options):
    from influscope.discover.search import Filters

    values = {k: tuple(v) if isinstance(v, list) else v for k, v in options.items()}
    return Filters(**{k: v for k, v in values.items() if v not in (None, ())})


def _money(value: float | None, currency: str | None) -> str:
    return "–" if value is None else f"{value:,.0f} {currency or ''}".strip()


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f} %"


def _hit_row(hit) -> dict:
    p, audit = hit.profile, hit.audit
    return {
        "influencer": p.influencer,
        "platform": p.platform,
        "handle": p.handle,
        "followers": p.followers,
        "tier": p.tier,
        "engagement_rate": p.engagement_rate,
        "engagement_basis": p.engagement_basis,
        "country": p.country,
        "language": p.language,
        "categories": ",".join(p.categories),
        "cost_per_post": p.cost_per_post,
        "expected_cpm": p.expected_cpm,
        "currency": p.currency,
        "past_campaigns": len(p.past_campaigns),
        "authenticity": round(audit.score, 3),
        "flags": ",".join(s.id for s in audit.flags),
    }


def _print_rows(rows: list[dict], output: OutputFormat, title: str) -> None:
    if output is OutputFormat.JSON:
        print(render.listing_json(rows))
        return
    if output is OutputFormat.CSV:
        sys.stdout.write(render.listing_csv(rows))
        return
    table = Table(
        "influencer",
        "platform",
        "followers",
        "tier",
        "ER",
        "country",
        "lang",
        "cost/post",
        "CPM",
        "auth.",
        "flags",
        title=title,
    )
    for r in rows:
        table.add_row(
            r["influencer"],
            f"{r['platform']} @{r['handle']}",
            f"{r['followers']:,}" if r["followers"] is not None else "–",
            r["tier"] or "–",
            _pct(r["engagement_rate"]),
            r["country"] or "–",
            r["language"] or "–",
            _money(r["cost_per_post"], r["currency"]),
            _money(r["expected_cpm"], r["currency"]),
            f"{r['authenticity']:.2f}",
            r["flags"] or "",
        )
    console.print(table)


@discover_app.command("search")
def search_command(
    workspace: Workspace,
    platform: Annotated[Many, typer.Option("--platform", "-p")] = None,
    tier: Annotated[Many, typer.Option("--tier", help="nano, micro, mid, macro, mega")] = None,
    min_followers: Annotated[int | None, typer.Option()] = None,
    max_followers: Annotated[int | None, typer.Option()] = None,
    min_engagement: Annotated[float | None, typer.Option(help="Percent.")] = None,
    max_engagement: Annotated[float | None, typer.Option(help="Percent.")] = None,
    country: Annotated[Many, typer.Option("--country")] = None,
    language: Annotated[Many, typer.Option("--language")] = None,
    min_age: Annotated[int | None, typer.Option()] = None,
    max_age: Annotated[int | None, typer.Option()] = None,
    audience_country: Annotated[Many, typer.Option(help="FR:30 = 30% or more in France")] = None,
    audience_age: Annotated[Many, typer.Option(help="25-34:40")] = None,
    audience_gender: Annotated[Many, typer.Option(help="female:60")] = None,
    category: Annotated[Many, typer.Option("--category")] = None,
    topic: Annotated[Many, typer.Option("--topic", help="Word in bio or captions.")] = None,
    max_cost_per_post: Annotated[float | None, typer.Option()] = None,
    max_cpm: Annotated[float | None, typer.Option()] = None,
    worked_with_brand: Annotated[bool | None, typer.Option("--worked-with-brand/--new")] = None,
    min_authenticity: Annotated[float | None, typer.Option(help="0 to 1.")] = None,
    unflagged: Annotated[bool, typer.Option(help="Only accounts no signal flags.")] = False,
    saved: Annotated[str | None, typer.Option("--saved", help="Run a saved search.")] = None,
    save: Annotated[str | None, typer.Option("--save", help="Save these filters.")] = None,
    sort: Annotated[
        str, typer.Option(help="followers, engagement, authenticity, cost, cpm, name")
    ] = "followers",
    limit: Annotated[int, typer.Option()] = 50,
    settings_file: SettingsOption = None,
    output: FormatOption = OutputFormat.TABLE,
    db: DbOption = None,
) -> None:
    """Search the influencers and accounts of a workspace."""
    from influscope.discover.search import get_saved_search_or_raise, save_search, search
    from influscope.discover.settings import load_settings

    with user_errors():
        settings = load_settings(settings_file)
        engine = open_store(db)
        with engine.begin() as conn:
            if saved:
                filters = get_saved_search_or_raise(conn, workspace=workspace, name=saved)
            else:
                filters = _filters(
                    platforms=platform, tiers=tier, min_followers=min_followers,
                    max_followers=max_followers, min_engagement=min_engagement,
                    max_engagement=max_engagement, countries=country, languages=language,
                    min_age=min_age, max_age=max_age, audience_countries=audience_country,
                    audience_ages=audience_age, audience_genders=audience_gender,
                    categories=category, topics=topic, max_cost_per_post=max_cost_per_post,
                    max_cpm=max_cpm, worked_with_brand=worked_with_brand,
                    min_authenticity=min_authenticity, unflagged=unflagged,
                )  # fmt: skip
            if save:
                save_search(conn, workspace=workspace, name=save, filters=filters)
            found = search(_hits(conn, workspace, settings), filters, sort=sort)
    rows = [_hit_row(h) for h in found[:limit]]
    _print_rows(rows, output, f"{len(found)} account(s) found, {len(rows)} shown")
    if save and output is OutputFormat.TABLE:
        console.print(f"Saved as {save!r}: {filters.to_json()}")


@discover_app.command("save-search")
def save_search_command(
    name: Annotated[str, typer.Argument(help="Name of the search.")],
    filters_json: Annotated[
        str, typer.Argument(help='Filters as JSON, e.g. \'{"tiers": ["micro"]}\'.')
    ],
    workspace: Workspace,
    db: DbOption = None,
) -> None:
    """Save (or replace) a search from JSON filters; `search --save` saves from options."""
    from influscope.discover.search import Filters, save_search

    with user_errors():
        filters = Filters.from_json(filters_json)
        engine = open_store(db)
        with engine.begin() as conn:
            save_search(conn, workspace=workspace, name=name, filters=filters)
    console.print(f"Saved search {name!r}: {filters.to_json()}")


@discover_app.command("searches")
def searches_command(workspace: Workspace, db: DbOption = None) -> None:
    """List the saved searches of a workspace."""
    from influscope.discover.search import list_saved_searches

    with user_errors():
        engine = open_store(db)
        with engine.connect() as conn:
            found = list_saved_searches(conn, workspace=workspace)
    table = Table("name", "filters", title="Saved searches")
    for name, filters in found.items():
        table.add_row(name, filters.to_json())
    console.print(table)


@discover_app.command("brief")
def brief_command(
    workspace: Workspace,
    text: Annotated[str | None, typer.Argument(help="The brief, in French or English.")] = None,
    file: Annotated[Path | None, typer.Option("--file", help="Read the brief from a file.")] = None,
    avoid: Annotated[Many, typer.Option("--avoid", help="Word or topic to avoid.")] = None,
    top: Annotated[int, typer.Option(help="Size of the shortlist.")] = 10,
    into: Annotated[
        str | None, typer.Option("--into", help="Add the shortlist to this campaign's casting.")
    ] = None,
    settings_file: SettingsOption = None,
    output: FormatOption = OutputFormat.TABLE,
    db: DbOption = None,
) -> None:
    """Rank influencers for a brief, with every part of the score shown."""
    from influscope.discover.brief import parse_brief
    from influscope.discover.matching import PARTS, match_brief, shortlist
    from influscope.discover.settings import load_settings
    from influscope.discover.shortlist import shortlist_into_campaign

    with user_errors():
        if file is not None:
            text = file.read_text(encoding="utf-8")
        if not text:
            raise ValueError("Give the brief as an argument or with --file.")
        settings = load_settings(settings_file)
        brief = parse_brief(text, avoid=tuple(avoid or ()))
        engine = open_store(db)
        with engine.begin() as conn:
            matches, excluded = match_brief(conn, _hits(conn, workspace, settings), brief, settings)
            chosen = shortlist(matches, top)
            if into:
                names = [m.hit.profile.influencer for m in chosen]
                shortlist_into_campaign(conn, workspace=workspace, campaign=into, influencers=names)
    rows = [
        {
            "rank": rank,
            "influencer": m.hit.profile.influencer,
            "platform": m.hit.profile.platform,
            "handle": m.hit.profile.handle,
            "score": round(m.score, 4),
            **{
                part: (None if m.parts[part] is None else round(m.parts[part].score, 4))
                for part in PARTS
            },
            "why": {part: m.parts[part].detail for part in PARTS if m.parts[part] is not None},
        }
        for rank, m in enumerate(chosen, start=1)
    ]
    if output is OutputFormat.JSON:
        document = {
            "brief": {k: v for k, v in dataclasses.asdict(brief).items() if k != "text"},
            "shortlist": rows,
            "excluded": [
                {
                    "influencer": x.hit.profile.influencer,
                    "platform": x.hit.profile.platform,
                    "reason": x.reason,
                }
                for x in excluded
            ],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2, default=str))
        return
    if output is OutputFormat.CSV:
        sys.stdout.write(
            render.listing_csv([{k: v for k, v in r.items() if k != "why"} for r in rows])
        )
        return
    read = [
        f"language {brief.language or '?'}",
        f"markets {', '.join(brief.markets) or 'any'}",
        f"platforms {', '.join(brief.platforms) or 'any'}",
    ]
    if brief.tiers:
        read.append(f"tiers {', '.join(brief.tiers)}")
    if brief.ages:
        read.append(f"ages {brief.ages[0]}-{brief.ages[1]}")
    if brief.gender:
        read.append(brief.gender)
    if brief.budget:
        read.append(f"budget {brief.budget:,.0f} {brief.currency or ''}")
    if brief.avoid:
        read.append(f"avoid {', '.join(brief.avoid)}")
    console.print("Brief read as: " + "; ".join(read), highlight=False)
    table = Table("#", "influencer", "platform", "score", *PARTS, title="Shortlist")
    for r in rows:
        table.add_row(
            str(r["rank"]),
            r["influencer"],
            f"{r['platform']} @{r['handle']}",
            f"{r['score']:.3f}",
            *("–" if r[p] is None else f"{r[p]:.2f}" for p in PARTS),
        )
    console.print(table)
    for r in rows[:3]:
        console.print(f"[bold]{r['rank']}. {r['influencer']}[/bold]")
        for part, detail in r["why"].items():
            console.print(f"   {part}: {detail}", highlight=False, markup=False)
    for x in excluded:
        console.print(
            f"Left out: {x.hit.profile.influencer} ({x.hit.profile.platform}): {x.reason}"
        )
    if into:
        console.print(f"Shortlist added to the casting of {into!r} (status contacted).")


@discover_app.command("audit")
def audit_command(
    influencer: Annotated[str, typer.Argument(help="Influencer name or handle.")],
    workspace: Workspace,
    training: TrainingOption = None,
    settings_file: SettingsOption = None,
    output: FormatOption = OutputFormat.TABLE,
    report: Annotated[
        Path | None,
        typer.Option(help="Also write the audit as a report (HTML, PDF, XLSX, PPTX) in DIR."),
    ] = None,
    lang: LangOption = "en",
    db: DbOption = None,
) -> None:
    """One influencer: profile, audience, engagement, authenticity signals, results, cost."""
    from influscope.discover.report import influencer_audit
    from influscope.discover.settings import load_settings

    with user_errors():
        settings = load_settings(settings_file)
        engine = open_store(db)
        with engine.connect() as conn:
            page = influencer_audit(
                conn, workspace=workspace, influencer=influencer, settings=settings,
                training=training,
            )  # fmt: skip
        if report is not None:
            from influscope.report.audit_report import audit_report
            from influscope.report.write import write_report

            written = write_report(audit_report(page, workspace=workspace, lang=lang), report)
            for path in written:
                console.print(f"Wrote {path}")
    if output is not OutputFormat.TABLE:
        print(json.dumps(page.as_dict(), ensure_ascii=False, indent=2, default=str))
        return
    _print_audit(page)


@discover_app.command("save-audits")
def save_audits_command(
    workspace: Workspace,
    training: TrainingOption = None,
    settings_file: SettingsOption = None,
    db: DbOption = None,
) -> None:
    """Audit every account and store its inauthentic share, which the emv_authentic KPI reads."""
    from influscope.discover.audits import save_audits
    from influscope.discover.settings import load_settings

    with user_errors():
        settings = load_settings(settings_file)
        engine = open_store(db)
        with engine.begin() as conn:
            audited = save_audits(conn, workspace=workspace, settings=settings, training=training)
    console.print(f"Saved the audit of {audited} account(s) of {workspace!r}.")


def _print_audit(page) -> None:
    age = page.age if page.age is not None else page.age_range or "–"
    language = f"{page.language or '–'}{' (detected)' if page.language_detected else ''}"
    console.print(f"[bold]{page.influencer}[/bold]", highlight=False)
    console.print(
        f"Country {page.country or '–'} · language {language} · age {age} · "
        f"categories {', '.join(page.categories) or '–'}",
        highlight=False,
    )
    if page.bio:
        console.print(f"Bio: {page.bio}", highlight=False, markup=False)
    for a in page.accounts:
        console.rule(f"{a.platform} @{a.handle}")
        band = f"{a.band[0]:g}–{a.band[1]:g} %" if a.band else "–"
        followers = f"{a.followers:,}" if a.followers is not None else "–"
        console.print(
            f"Followers {followers} ({a.tier or '–'}) · ER {_pct(a.engagement_rate)} by "
            f"{a.engagement_basis} (band {band}) · cost/post "
            f"{_money(a.cost_per_post, a.currency)} ({a.cost_source or 'unknown'}) · expected CPM "
            f"{_money(a.expected_cpm, a.currency)}",
            highlight=False,
        )
        console.print(
            f"Authenticity {a.authenticity:.2f} · estimated inauthentic share "
            f"{a.inauthentic_share:.1%}",
            highlight=False,
        )
        for dimension, shares in a.audience.items():
            top = sorted(shares.items(), key=lambda kv: -kv[1])[:5]
            console.print(
                f"Audience {dimension}: " + ", ".join(f"{k} {v:.0%}" for k, v in top),
                highlight=False,
            )
        if a.monthly_engagement:
            console.print(
                "ER by month: " + ", ".join(f"{m} {v:.2f}%" for m, v in a.monthly_engagement),
                highlight=False,
            )
        signals = Table("signal", "fired", "value", "threshold", "detail")
        for s in a.signals:
            fired = "[red]yes[/red]" if s.fired else "no" if s.fired is False else "n/a"
            value = "–" if s.value is None else f"{s.value:.3g}"
            signals.add_row(s.label, fired, value, s.threshold, s.detail)
        console.print(signals)
        if a.past_campaigns:
            past = Table("campaign", "posts", "engagements", "median ER", "cost", "cost/eng.")
            for c in a.past_campaigns:
                cpe = c.cost_per_engagement
                past.add_row(
                    c.campaign,
                    str(c.posts),
                    f"{c.engagements:,.0f}",
                    _pct(c.median_engagement_rate),
                    _money(c.cost, c.currency),
                    "–" if cpe is None else f"{cpe:.2f} {c.currency}",
                )
            console.print(past)


@discover_app.command("import")
def import_command(
    source: Annotated[Path, typer.Argument(help="A CSV or XLSX prospect list.")],
    workspace: Workspace,
    platform: Annotated[
        str | None, typer.Option(help="Platform of every row, when the file has no column.")
    ] = None,
    db: DbOption = None,
) -> None:
    """Import a prospect list (influencers and accounts with counts, rates, audience, price)."""
    from influscope.discover.imports import import_prospects

    with user_errors():
        engine = open_store(db)
        summary = import_prospects(engine, source, workspace=workspace, platform=platform)
    _print_summary(summary, f"Imported {source}")


@discover_app.command("import-comments")
def import_comments_command(
    source: Annotated[Path, typer.Argument(help="CSV or XLSX: post, author, text, date.")],
    workspace: Workspace,
    db: DbOption = None,
) -> None:
    """Import comments under stored posts, for comment quality and pod detection."""
    from influscope.discover.imports import import_comments

    with user_errors():
        engine = open_store(db)
        summary = import_comments(engine, source, workspace=workspace)
    _print_summary(summary, f"Imported {source}")


@discover_app.command("import-followers")
def import_followers_command(
    source: Annotated[Path, typer.Argument(help="CSV or XLSX: one sampled follower per row.")],
    workspace: Workspace,
    account: Annotated[str, typer.Option(help="platform:handle of the followed account.")],
    db: DbOption = None,
) -> None:
    """Import a sample of an account's followers, for the fake-follower classifier."""
    from influscope.discover.imports import import_follower_sample

    platform, _, handle = account.partition(":")
    with user_errors():
        if not handle:
            raise ValueError("--account is platform:handle, e.g. instagram:lea.marchetti")
        engine = open_store(db)
        summary = import_follower_sample(
            engine, source, workspace=workspace, platform=platform, handle=handle
        )
    _print_summary(summary, f"Imported {source}")


def _print_summary(summary, title: str) -> None:
    table = Table("table", "inserted", "updated", "unchanged", title=title)
    for name, counts in summary.counts.items():
        table.add_row(name, *(str(counts[key]) for key in ("inserted", "updated", "unchanged")))
    console.print(table)


@discover_app.command("shortlist")
def shortlist_command(
    campaign: Annotated[str, typer.Argument(help="Campaign whose casting receives them.")],
    influencers: Annotated[list[str], typer.Argument(help="Influencer names.")],
    workspace: Workspace,
    status: Annotated[RosterStatus, typer.Option()] = RosterStatus.CONTACTED,
    db: DbOption = None,
) -> None:
    """Add influencers to a campaign's casting; those already on it keep their status."""
    from influscope.discover.shortlist import shortlist_into_campaign

    with user_errors():
        engine = open_store(db)
        with engine.begin() as conn:
            _, already = shortlist_into_campaign(
                conn, workspace=workspace, campaign=campaign, influencers=influencers,
                status=status,
            )  # fmt: skip
    added = [name for name in influencers if name not in already]
    console.print(f"Added to {campaign!r} as {status}: {', '.join(added) or 'nobody'}.")
    if already:
        console.print(f"Already cast, status kept: {', '.join(already)}.")
