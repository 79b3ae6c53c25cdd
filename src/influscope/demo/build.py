"""Assembling the demo batch: the cast, their audiences, the campaigns' posts, counters and costs.

Every random draw comes from a stream named after what it decides (an account, a booking), so
the batch is the same on every run and editing one campaign leaves the others' data unchanged.
"""

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from zoneinfo import ZoneInfo

from influscope.demo import deals
from influscope.demo.audience import Audience, follower_records, grow
from influscope.demo.brand import EXCHANGE_RATES, SURVEYS, brand_records, listening, unbooked
from influscope.demo.captions import everyday_caption, sponsored_caption, tags_in
from influscope.demo.cast import BY_NAME, CAST, Channel, Creator, Tier, tier_of
from influscope.demo.ids import account_id, post_id
from influscope.demo.performance import Post, estimated_story, final_counts, snapshots
from influscope.demo.plans import NEW_MARKET, PLANS, TIME_ZONE, Plan
from influscope.store.records import (
    AccountRecord,
    Batch,
    CostRecord,
    InfluencerRecord,
    PostRecord,
    RosterRecord,
    TargetRecord,
)
from influscope.vocabulary import CostKind, Format, Platform, RosterStatus

PARIS = ZoneInfo(TIME_ZONE)
# When creators post, local time: before work, lunch, after work, evening.
_SLOTS = (dt.time(7, 45), dt.time(12, 30), dt.time(18, 30), dt.time(20), dt.time(21, 15))
# Share of sponsored posts that carry the legal mention, by tier: small creators forget more.
_DISCLOSED = {Tier.NANO: 0.75, Tier.MICRO: 0.88, Tier.MID: 0.93, Tier.MACRO: 0.97, Tier.MEGA: 1}
_EVERYDAY_FORMATS = {
    Platform.INSTAGRAM: (Format.POST, Format.CAROUSEL, Format.REEL, Format.STORY),
    Platform.TIKTOK: (Format.VIDEO,),
    Platform.YOUTUBE: (Format.VIDEO, Format.SHORT),
    Platform.FACEBOOK: (Format.POST, Format.VIDEO),
    Platform.X: (Format.TWEET,),
}
# One organic post per quarter: (first day, number of days to pick from).
_QUARTERS = (
    (dt.date(2026, 1, 8), 60),
    (dt.date(2026, 4, 1), 75),
    (dt.date(2026, 7, 25), 45),
    (dt.date(2026, 10, 1), 88),
)


def stream(seed: int, *names: object) -> random.Random:
    """A generator of its own for one decision; string seeds are hashed the same on every run."""
    return random.Random("/".join(map(str, (seed, *names))))


@dataclass
class _Builder:
    seed: int
    batch: Batch = field(default_factory=Batch)
    audiences: dict[tuple[Platform, str], Audience] = field(default_factory=dict)
    account_ids: dict[tuple[Platform, str], str | None] = field(default_factory=dict)
    post_ids: set[tuple[Platform, str]] = field(default_factory=set)

    def cast(self) -> None:
        busy: dict[tuple[str, Platform], list[tuple[dt.date, dt.date]]] = {}
        for plan in PLANS:
            for booking in plan.cast:
                window = (plan.record.start_date, plan.record.end_date)
                for channel in booking.channels(BY_NAME[booking.creator]):
                    busy.setdefault((booking.creator, channel.platform), []).append(window)
        for creator in CAST:
            self.batch.influencers.append(
                InfluencerRecord(
                    name=creator.name,
                    country=creator.country,
                    language=creator.language,
                    categories=creator.categories,
                    age=creator.age,
                    age_range=creator.age_range,
                    contact=creator.contact,
                )
            )
            for channel in creator.channels:
                rng = stream(self.seed, "account", channel.platform, channel.handle)
                platform_id = account_id(channel.platform, rng)
                self.account_ids[channel.platform, channel.handle] = platform_id
                self.batch.accounts.append(
                    AccountRecord(creator.name, channel.platform, channel.handle, platform_id)
                )
                audience = grow(channel, busy.get((creator.name, channel.platform), []), rng)
                self.audiences[channel.platform, channel.handle] = audience
                self.batch.followers += follower_records(creator, channel, audience)

    def campaign(self, plan: Plan) -> None:
        record = plan.record

        def cost(kind, amount, on, description, influencer=None) -> None:
            self.batch.costs.append(
                CostRecord(
                    campaign=record.name,
                    kind=kind,
                    amount=amount,
                    currency="EUR",
                    incurred_on=on,
                    influencer=influencer,
                    description=description,
                )
            )

        contracted, fees = 0, Decimal(0)
        shipped = record.start_date - dt.timedelta(days=8)
        for booking in plan.cast:
            creator = BY_NAME[booking.creator]
            rng = stream(self.seed, record.name, creator.name)
            channels = booking.channels(creator)
            items, invoiced = [], record.start_date
            for channel in channels:
                tier = tier_of(channel.followers)
                formats = deals.deliverables(plan, channel.platform, tier, rng)
                contracted += len(formats)
                items += [(channel.platform, f, channel.followers) for f in formats]
                for published_at in self.deliver(plan, creator, channel, formats, rng):
                    invoiced = max(invoiced, published_at.date())
            amount = deals.fee(items, rng)
            fees += amount
            if amount:  # invoiced once the last post is up
                cost(CostKind.FEE, amount, invoiced, deals.describe(items), creator.name)
            tier = tier_of(max(c.followers for c in channels))
            units = deals.units_sent(plan, tier)
            self.batch.roster.append(
                RosterRecord(
                    record.name,
                    creator.name,
                    RosterStatus.ACTIVATED,
                    posts_contracted=len(items),
                    products_sent=units,
                )
            )
            carrier, postage = deals.shipping(creator, units, tier)
            product = f"{plan.product} × {units}"
            cost(CostKind.PRODUCT, plan.product_cost * units, shipped, product, creator.name)
            cost(CostKind.SHIPPING, postage, shipped, carrier, creator.name)
        self.batch.roster += unbooked(plan, self.seed)
        description, share = plan.agency
        cost(
            CostKind.AGENCY, deals.round_price(float(fees * share)), record.start_date, description
        )
        for kind, description, amount, day in plan.extra_costs:
            cost(kind, amount, record.start_date + dt.timedelta(days=day), description)
        self.batch.targets.append(TargetRecord(record.name, "posts", float(contracted)))
        self.batch.targets += [
            TargetRecord(record.name, kpi, float(value)) for kpi, value in plan.targets.items()
        ]

    def deliver(
        self,
        plan: Plan,
        creator: Creator,
        channel: Channel,
        formats: list[Format],
        rng: random.Random,
    ) -> list[dt.datetime]:
        """Publish the contracted posts on one account; a few are never delivered."""
        record = plan.record
        length = (record.end_date - record.start_date).days
        tier = tier_of(channel.followers)
        if plan.big_launch_day and tier in (Tier.MEGA, Tier.MACRO):
            anchor = rng.randint(0, 1)
        elif plan.sales or plan.giveaway:
            anchor = rng.randint(0, 6)
        else:
            anchor = rng.randint(0, length - 14)
        language = creator.language
        if plan is NEW_MARKET and rng.random() < 0.2:
            language = "en"
        code = deals.promo_code(creator)
        published, first_story = [], True
        for index, format in enumerate(formats):
            day = anchor
            if index and not (format is Format.STORY and first_story):
                day = min(anchor + rng.randint(1, 14), length)
            if plan.sales and index >= len(formats) - 2 and format is Format.STORY:
                day = length - rng.randint(0, 2)  # "derniers jours !"
            first_story = first_story and format is not Format.STORY
            if index and rng.random() < 0.04:
                continue  # never posted
            moment = self.moment(record.start_date + dt.timedelta(days=day), rng)
            caption = sponsored_caption(
                plan,
                language,
                channel.platform,
                format,
                rng,
                disclosed=rng.random() < _DISCLOSED[tier],
                code=code,
                contest=plan.giveaway and index == 0,
            )
            link = plan.sales or (plan is NEW_MARKET and rng.random() < 0.5)
            self.publish(
                creator,
                channel,
                format,
                moment,
                caption,
                rng,
                campaign=plan,
                sponsored=True,
                giveaway=plan.giveaway and index == 0,
                link=link and format is Format.STORY,
            )
            published.append(moment)
        if rng.random() < 0.12:  # an unpaid mention after the contract: earned media
            day = rng.randint(min(anchor + 3, length), length)
            moment = self.moment(record.start_date + dt.timedelta(days=day), rng)
            caption = everyday_caption(language, channel.platform, rng, fan=True)
            caption += f" #{record.hashtags[1]}"
            self.publish(
                creator,
                channel,
                formats[0],
                moment,
                caption,
                rng,
                campaign=plan,
            )
        return published

    def everyday(self, creator: Creator, channel: Channel) -> None:
        """Four organic posts a year, for accounts whose numbers the brand can read."""
        if not creator.authorised and channel.platform not in (Platform.YOUTUBE, Platform.X):
            return
        rng = stream(self.seed, "everyday", channel.platform, channel.handle)
        first_campaign_end = min(
            (p.record.end_date for p in PLANS for b in p.cast if b.creator == creator.name),
            default=dt.date.max,
        )
        for start, span in _QUARTERS:
            day = start + dt.timedelta(days=rng.randrange(span))
            format = rng.choice(_EVERYDAY_FORMATS[channel.platform])
            fan = day > first_campaign_end and rng.random() < 0.3
            caption = everyday_caption(creator.language, channel.platform, rng, fan=fan)
            self.publish(creator, channel, format, self.moment(day, rng), caption, rng)

    def publish(
        self,
        creator: Creator,
        channel: Channel,
        format: Format,
        published_at: dt.datetime,
        caption: str,
        rng: random.Random,
        *,
        campaign: Plan | None = None,
        sponsored: bool = False,
        giveaway: bool = False,
        link: bool = False,
    ) -> None:
        platform, handle = channel.platform, channel.handle
        while True:
            ids = post_id(
                platform,
                format,
                handle,
                published_at,
                rng,
                page_id=self.account_ids[platform, handle],
            )
            if (platform, ids.platform_post_id) not in self.post_ids:
                break
        self.post_ids.add((platform, ids.platform_post_id))
        hashtags, mentions = tags_in(caption)
        self.batch.posts.append(
            PostRecord(
                platform=platform,
                handle=handle,
                post_key=ids.platform_post_id,
                format=format,
                published_at=published_at,
                campaign=campaign.record.name if campaign else None,
                platform_post_id=ids.platform_post_id,
                url=ids.url,
                caption=caption,
                hashtags=hashtags,
                mentions=mentions,
                sponsored=sponsored,
            )
        )
        followers = self.audiences[platform, handle].on(published_at.date())
        post = Post(platform, format, tier_of(followers), followers, sponsored, giveaway, link)
        finals = final_counts(post, rng)
        key = ids.platform_post_id
        if campaign and format is Format.STORY and not creator.authorised and rng.random() < 0.4:
            # The creator never sent the story's numbers: the agency estimates them when it
            # writes the campaign report.
            report = campaign.record.end_date + dt.timedelta(days=5)
            when = dt.datetime.combine(report, dt.time(9), dt.UTC)
            self.batch.metrics += estimated_story(key, followers, when)
            return
        self.batch.metrics += snapshots(
            post, key, published_at, finals, rng, authorised=creator.authorised
        )

    @staticmethod
    def moment(day: dt.date, rng: random.Random) -> dt.datetime:
        slot = dt.datetime.combine(day, rng.choice(_SLOTS), PARIS)
        return slot + dt.timedelta(minutes=rng.randint(-20, 20), seconds=rng.randint(0, 59))


def build_demo_batch(seed: int = 2026) -> Batch:
    """Maison Lumière's 2026: four campaigns, their castings, creators, posts, counters, costs,
    targets, and the brand's own accounts."""
    builder = _Builder(seed)
    builder.batch.campaigns = [plan.record for plan in PLANS]
    builder.cast()
    brand, accounts, followers = brand_records(seed)
    builder.batch.influencers.append(brand)
    builder.batch.accounts += accounts
    builder.batch.followers += followers
    builder.batch.exchange_rates += EXCHANGE_RATES
    builder.batch.indicators += SURVEYS
    builder.batch.mentions += listening(seed)
    for plan in PLANS:
        builder.campaign(plan)
    for creator in CAST:
        for channel in creator.channels:
            builder.everyday(creator, channel)
    return builder.batch
