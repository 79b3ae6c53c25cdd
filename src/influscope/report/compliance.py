"""The sponsored posts of a campaign that lack the advertising mention: the list to act on."""

import sqlalchemy as sa

from influscope.catalogue.load import Catalogue, built_in_catalogue
from influscope.compile.compliance import compile_undisclosed_posts
from influscope.engines.connect import connect
from influscope.store import queries


def undisclosed_posts(
    store: sa.Engine,
    *,
    campaign: str,
    workspace: str | None = None,
    catalogue: Catalogue | None = None,
) -> list[dict]:
    catalogue = catalogue or built_in_catalogue()
    with store.connect() as conn:
        found = queries.get_campaign_or_raise(conn, name=campaign, workspace=workspace)
    expression = compile_undisclosed_posts(connect(store), catalogue, campaign_ids=[found.id])
    return expression.to_pyarrow().to_pylist()
