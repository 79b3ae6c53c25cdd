"""What the JSON twins return (and the pages render): `*Public` for things shown, `*Page` for a
page's whole model."""

import datetime as dt

from pydantic import BaseModel


class WorkspacePublic(BaseModel):
    id: int
    name: str
    role: str


class WorkspacesPage(BaseModel):
    workspaces: list[WorkspacePublic]
    can_create: bool


class CampaignPublic(BaseModel):
    id: int
    workspace_id: int
    name: str
    objectives: list[str]
    start_date: dt.date
    end_date: dt.date
    budget: float | None
    currency: str
    status: str  # planned, running or ended


class CampaignsPage(BaseModel):
    workspace: WorkspacePublic
    campaigns: list[CampaignPublic]
    can_edit: bool


class KpiValue(BaseModel):
    id: str
    label: str
    unit: str
    value: float | None
    provenance: str | None
    target: float | None = None
    effectiveness: float | None = None
    status: str | None = None


class FunnelStep(BaseModel):
    step: str
    value: float | None
    source: str  # where the figure comes from, or "no_data"


class SeriesPoint(BaseModel):
    day: dt.date
    values: dict[str, float | None]


class GroupRow(BaseModel):
    key: str  # influencer name, platform or format
    id: int | None = None
    values: dict[str, float | None]


class PostPublic(BaseModel):
    id: int
    influencer: str
    platform: str
    format: str
    url: str | None
    caption: str
    published_on: dt.date
    metrics: dict[str, float]


class LinkPublic(BaseModel):
    code: str
    influencer: str
    platform: str
    destination: str
    clicks: int


class CodePublic(BaseModel):
    code: str
    influencer: str
    orders: int
    revenue: float | None


class DashboardPage(BaseModel):
    workspace: WorkspacePublic
    campaign: CampaignPublic
    catalogue_version: str
    rate_card: str
    benchmarks: str
    cards: list[KpiValue]
    funnel: list[FunnelStep]
    series_kpis: list[str]
    series: list[SeriesPoint]
    table_kpis: list[KpiValue]  # the columns of the tables below (labels and units)
    by_influencer: list[GroupRow]  # the first `rows` in the chosen order
    influencer_count: int
    rows: int
    by_platform: list[GroupRow]
    by_format: list[GroupRow]
    sort: str
    descending: bool
    posts: list[PostPublic]
    links: list[LinkPublic] | None  # None: the store has no link table yet
    codes: list[CodePublic] | None
    can_edit: bool
    pending_submissions: int


class AccountPublic(BaseModel):
    platform: str
    handle: str
    followers: int | None


class FollowerPoint(BaseModel):
    platform: str
    handle: str
    captured_at: dt.datetime
    followers: int


class InfluencerPublic(BaseModel):
    id: int
    name: str
    country: str | None
    categories: list[str]
    accounts: list[AccountPublic]


class InfluencersPage(BaseModel):
    workspace: WorkspacePublic
    influencers: list[InfluencerPublic]


class InfluencerCampaignResult(BaseModel):
    campaign: CampaignPublic
    values: dict[str, float | None]


class InfluencerPage(BaseModel):
    workspace: WorkspacePublic
    influencer: InfluencerPublic
    follower_history: list[FollowerPoint]
    kpis: list[KpiValue]  # labels of the result columns
    campaigns: list[InfluencerCampaignResult]
    can_edit: bool


class ProblemPublic(BaseModel):
    sheet: str | None
    row: int | None
    column: str | None
    value: str | None
    reason: str


class ImportResult(BaseModel):
    file_name: str
    imported: bool
    problems: list[ProblemPublic]
    counts: dict[str, dict[str, int]]


class ImportsPage(BaseModel):
    workspace: WorkspacePublic
    max_upload_bytes: int
    result: ImportResult | None = None


class RateCardPublic(BaseModel):
    ref: str
    name: str
    currency: str
    year: int
    default: bool


class BenchmarksPublic(BaseModel):
    ref: str
    name: str
    currency: str
    default: bool


class MemberPublic(BaseModel):
    email: str
    name: str
    role: str


class TokenPublic(BaseModel):
    id: int
    name: str
    created_at: dt.datetime
    last_used_at: dt.datetime | None


class SettingsPage(BaseModel):
    workspace: WorkspacePublic
    rate_cards: list[RateCardPublic]
    benchmarks: list[BenchmarksPublic]
    members: list[MemberPublic] | None  # owners only
    tokens: list[TokenPublic]
    new_token: str | None = None


class SubmissionPublic(BaseModel):
    id: int
    campaign_id: int
    campaign: str
    influencer: str
    platform: str
    handle: str
    url: str
    format: str
    published_at: dt.datetime
    metrics: dict[str, float]
    status: str
    submitted_at: dt.datetime
    has_attachment: bool


class SubmissionsPage(BaseModel):
    workspace: WorkspacePublic
    submissions: list[SubmissionPublic]
    can_review: bool


class PortalCampaign(BaseModel):
    campaign: CampaignPublic
    workspace: str
    accounts: list[AccountPublic]
    links: list[LinkPublic] | None
    codes: list[CodePublic] | None
    results: list[KpiValue]
    submissions: list[SubmissionPublic]


class PortalPage(BaseModel):
    influencer: str
    campaigns: list[PortalCampaign]
    platforms: list[str]
    formats: list[str]
    metrics: list[str]


class ChartPublic(BaseModel):
    key: str  # "<report section>.<chart>"
    spec: dict  # a complete Vega-Lite spec, data inline


class CampaignCharts(BaseModel):
    campaign_id: int
    charts: list[ChartPublic]
