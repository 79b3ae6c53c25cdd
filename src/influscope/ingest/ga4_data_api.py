"""Fetching a GA4 report live with Google's own client (`google-analytics-data`), so that the
live API and a saved response file go through one conversion (`ga4_report`).

Credentials are Google's usual ones: a service-account key file named on the command line or by
GOOGLE_APPLICATION_CREDENTIALS, or the machine's default credentials. They are never printed.
The API returns at most `limit` rows per call and says how many there are in `rowCount`, so the
pages are fetched with `offset` until every row is in.
"""

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path

# At most 9 dimensions and 10 metrics per request.
DIMENSIONS = (
    "date",
    "sessionSource",
    "sessionMedium",
    "sessionCampaignName",
    "sessionManualAdContent",
    "sessionManualTerm",
    "sessionCampaignId",
    "landingPage",
)
METRICS = (
    "sessions",
    "newUsers",
    "engagedSessions",
    "userEngagementDuration",
    "screenPageViews",
    "keyEvents",
    "ecommercePurchases",
    "purchaseRevenue",
)
PAGE_SIZE = 100_000


class Ga4ApiError(ValueError):
    """The API refused: its message says why (no access to the property, unknown metric…)."""


def make_client(credentials_file: Path | None = None):
    from google.analytics.data_v1beta import BetaAnalyticsDataClient
    from google.auth.exceptions import DefaultCredentialsError

    try:
        if credentials_file is not None:
            return BetaAnalyticsDataClient.from_service_account_file(str(credentials_file))
        return BetaAnalyticsDataClient()
    except (DefaultCredentialsError, OSError, ValueError) as error:
        raise Ga4ApiError(
            "No usable Google credentials: pass --credentials KEY.json or set "
            f"GOOGLE_APPLICATION_CREDENTIALS ({type(error).__name__})."
        ) from None


def fetch_report_pages(
    client,
    *,
    property_id: str,
    start: dt.date,
    end: dt.date,
    dimensions: Sequence[str] = DIMENSIONS,
    metrics: Sequence[str] = METRICS,
    page_size: int = PAGE_SIZE,
) -> list[dict]:
    """Every page of the report, each as the JSON the REST API would have returned."""
    from google.analytics.data_v1beta.types import (
        DateRange,
        Dimension,
        Metric,
        RunReportRequest,
        RunReportResponse,
    )
    from google.api_core.exceptions import GoogleAPIError

    pages, offset = [], 0
    while True:
        request = RunReportRequest(
            property=f"properties/{property_id}",
            dimensions=[Dimension(name=name) for name in dimensions],
            metrics=[Metric(name=name) for name in metrics],
            date_ranges=[DateRange(start_date=start.isoformat(), end_date=end.isoformat())],
            limit=page_size,
            offset=offset,
        )
        try:
            response = client.run_report(request)
        except GoogleAPIError as error:
            raise Ga4ApiError(f"GA4 property {property_id}: {error}") from None
        pages.append(json.loads(RunReportResponse.to_json(response, use_integers_for_enums=False)))
        offset += len(response.rows)
        if not response.rows or offset >= response.row_count:
            return pages
