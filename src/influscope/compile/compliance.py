"""The sponsored posts that lack the advertising mention their creator's country requires."""

from collections.abc import Sequence

import ibis.expr.types as ir

from influscope.catalogue.load import Catalogue
from influscope.compile.disclosure import disclosed
from influscope.compile.posts import campaign_posts
from influscope.compile.sources import TableSource


def compile_undisclosed_posts(
    con: TableSource, catalogue: Catalogue, *, campaign_ids: Sequence[int]
) -> ir.Table:
    posts = campaign_posts(con)
    post = con.table("post")
    missing = posts.filter(
        posts.campaign_id.isin(list(campaign_ids))
        & posts.sponsored
        & ~disclosed(posts.caption, posts.country, catalogue.disclosure)
    )
    return (
        missing.join(post, missing.post_id == post.id)
        .select(
            campaign=missing.campaign,
            influencer=missing.influencer,
            country=missing.country,
            platform=missing.platform,
            format=missing.format,
            day=missing.day,
            post=post.url.fill_null(post.post_key),
            caption=missing.caption,
        )
        .order_by(["day", "influencer"])
    )
