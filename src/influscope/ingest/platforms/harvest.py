"""What a platform parser hands over: the accounts, posts, counters and account-level series
found in a set of API responses, before they are tied to influencers and campaigns."""

import datetime as dt
from dataclasses import dataclass, field

from influscope.store.records import FollowerRecord, MetricRecord, PostRecord
from influscope.vocabulary import Metric, Platform, Provenance


@dataclass(frozen=True)
class AccountSeen:
    handle: str
    platform_id: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class SeriesValue:
    """A value the canonical post counters have no place for: an account's daily reach, a
    reel's average watch time (in seconds), a channel's views on a day."""

    handle: str
    metric: str
    period: str
    end_time: dt.datetime
    value: float
    post_key: str | None = None
    # The API that gave the value, when not the harvest's own (YouTube Analytics).
    source: str | None = None


@dataclass
class Harvest:
    platform: Platform
    source: str
    api_version: str | None
    accounts: dict[str, AccountSeen] = field(default_factory=dict)
    posts: list[PostRecord] = field(default_factory=list)
    metrics: list[MetricRecord] = field(default_factory=list)
    followers: list[FollowerRecord] = field(default_factory=list)
    series: list[SeriesValue] = field(default_factory=list)

    def account(self, handle: str, platform_id: str | None = None, name: str | None = None):
        known = self.accounts.get(handle)
        self.accounts[handle] = AccountSeen(
            handle=handle,
            platform_id=platform_id or (known.platform_id if known else None),
            name=name or (known.name if known else None),
        )

    def counter(self, post_key: str, metric: Metric, value: float, *, at, source=None) -> None:
        """A post counter as the platform measured it at capture time."""
        self.metrics.append(
            MetricRecord(
                platform=self.platform,
                post_key=post_key,
                captured_at=at,
                metric=metric,
                value=value,
                source=source or self.source,
                provenance=Provenance.MEASURED,
            )
        )

    def audience(self, handle: str, followers: int, *, at, source=None) -> None:
        """An account's follower count as the platform measured it at capture time."""
        self.followers.append(
            FollowerRecord(
                platform=self.platform,
                handle=handle,
                captured_at=at,
                followers=followers,
                source=source or self.source,
                provenance=Provenance.MEASURED,
            )
        )

    @property
    def rows(self) -> int:
        return len(self.posts) + len(self.metrics) + len(self.followers) + len(self.series)
