WITH `t75` AS (
  SELECT
    CAST(`t45`.`campaign_id` AS BIGINT) AS `campaign_id`,
    CAST(`t14`.`name` AS STRING) AS `campaign`,
    CAST(`t45`.`influencer_id` AS BIGINT) AS `influencer_id`,
    CAST(`t45`.`amount` AS DOUBLE) AS `amount`,
    `t45`.`incurred_on`
  FROM (
    SELECT
      *
    FROM `cost` AS `t9`
    WHERE
      `t9`.`campaign_id` IN (1)
  ) AS `t45`
  INNER JOIN `campaign` AS `t14`
    ON `t45`.`campaign_id` = `t14`.`id`
), `t77` AS (
  SELECT
    CAST(`t47`.`campaign_id` AS BIGINT) AS `campaign_id`,
    CAST(`t15`.`name` AS STRING) AS `campaign`,
    CAST(`t43`.`id` AS BIGINT) AS `influencer_id`,
    CAST(`t43`.`name` AS STRING) AS `influencer`,
    CAST(`t23`.`id` AS BIGINT) AS `account_id`,
    CAST(`t23`.`platform` AS STRING) AS `platform`,
    CAST(`t47`.`format` AS STRING) AS `format`,
    CAST(`t47`.`id` AS BIGINT) AS `post_id`,
    `t47`.`published_on` AS `day`,
    `t43`.`country`,
    CAST(`t47`.`caption` AS STRING) AS `caption`,
    `t47`.`sponsored`
  FROM (
    SELECT
      *
    FROM `post` AS `t10`
    WHERE
      `t10`.`campaign_id` IS NOT NULL AND `t10`.`campaign_id` IN (1)
  ) AS `t47`
  INNER JOIN `account` AS `t23`
    ON `t47`.`account_id` = `t23`.`id`
  INNER JOIN (
    SELECT
      *
    FROM `influencer` AS `t2`
    WHERE
      NOT (
        `t2`.`is_brand`
      )
  ) AS `t43`
    ON `t23`.`influencer_id` = `t43`.`id`
  INNER JOIN `campaign` AS `t15`
    ON `t47`.`campaign_id` = `t15`.`id`
), `t144` AS (
  SELECT
    *
  FROM (
    SELECT
      `t134`.`campaign_id`,
      `t134`.`campaign`,
      `t134`.`influencer_id`,
      `t134`.`influencer`,
      `t134`.`account_id`,
      `t134`.`platform`,
      `t134`.`is_brand`,
      `t134`.`day`,
      `t134`.`start_at`,
      `t134`.`end_at`,
      `t56`.`followers`,
      `t56`.`at`,
      `t56`.`rank`
    FROM (
      SELECT
        `t114`.`campaign_id`,
        CAST(`t14`.`name` AS STRING) AS `campaign`,
        CAST(`t18`.`id` AS BIGINT) AS `influencer_id`,
        CAST(`t18`.`name` AS STRING) AS `influencer`,
        `t114`.`account_id`,
        CAST(`t24`.`platform` AS STRING) AS `platform`,
        `t114`.`is_brand`,
        `t14`.`end_date` AS `day`,
        UNIX_TIMESTAMP(CAST(CAST(`t14`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start_at`,
        UNIX_TIMESTAMP(CAST(CAST(`t14`.`end_date` AS TIMESTAMP) AS TIMESTAMP)) + 86400 AS `end_at`
      FROM (
        SELECT
          *
        FROM (
          SELECT
            `t99`.`campaign_id`,
            `t99`.`account_id`,
            FALSE AS `is_brand`
          FROM (
            SELECT DISTINCT
              `t85`.`campaign_id`,
              `t85`.`account_id`
            FROM (
              SELECT
                CAST(`t46`.`campaign_id` AS BIGINT) AS `campaign_id`,
                CAST(`t15`.`name` AS STRING) AS `campaign`,
                CAST(`t43`.`id` AS BIGINT) AS `influencer_id`,
                CAST(`t43`.`name` AS STRING) AS `influencer`,
                CAST(`t23`.`id` AS BIGINT) AS `account_id`,
                CAST(`t23`.`platform` AS STRING) AS `platform`,
                CAST(`t46`.`format` AS STRING) AS `format`,
                CAST(`t46`.`id` AS BIGINT) AS `post_id`,
                `t46`.`published_on` AS `day`,
                `t43`.`country`,
                CAST(`t46`.`caption` AS STRING) AS `caption`,
                `t46`.`sponsored`
              FROM (
                SELECT
                  *
                FROM `post` AS `t10`
                WHERE
                  `t10`.`campaign_id` IS NOT NULL
              ) AS `t46`
              INNER JOIN `account` AS `t23`
                ON `t46`.`account_id` = `t23`.`id`
              INNER JOIN (
                SELECT
                  *
                FROM `influencer` AS `t2`
                WHERE
                  NOT (
                    `t2`.`is_brand`
                  )
              ) AS `t43`
                ON `t23`.`influencer_id` = `t43`.`id`
              INNER JOIN `campaign` AS `t15`
                ON `t46`.`campaign_id` = `t15`.`id`
            ) AS `t85`
          ) AS `t99`
        ) AS `t104`
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            CAST(`t16`.`id` AS BIGINT) AS `campaign_id`,
            CAST(`t24`.`id` AS BIGINT) AS `account_id`,
            TRUE AS `is_brand`
          FROM `campaign` AS `t16`
          INNER JOIN (
            SELECT
              *
            FROM `influencer` AS `t2`
            WHERE
              `t2`.`is_brand`
          ) AS `t32`
            ON `t32`.`workspace_id` = `t16`.`workspace_id`
          INNER JOIN `account` AS `t24`
            ON `t24`.`influencer_id` = `t32`.`id`
        ) AS `t65`
      ) AS `t114`
      INNER JOIN `campaign` AS `t14`
        ON `t114`.`campaign_id` = `t14`.`id`
      INNER JOIN `account` AS `t24`
        ON `t114`.`account_id` = `t24`.`id`
      INNER JOIN `influencer` AS `t18`
        ON `t24`.`influencer_id` = `t18`.`id`
    ) AS `t134`
    INNER JOIN (
      SELECT
        CAST(`t12`.`account_id` AS BIGINT) AS `account_id`,
        `t12`.`followers`,
        UNIX_TIMESTAMP(CAST(CAST(`t12`.`captured_at` AS TIMESTAMP) AS TIMESTAMP)) AS `at`,
        CASE `t12`.`provenance`
          WHEN 'measured'
          THEN 0
          WHEN 'self_reported'
          THEN 1
          WHEN 'estimated'
          THEN 2
          ELSE 2
        END AS `rank`
      FROM `follower_snapshot` AS `t12`
    ) AS `t56`
      ON `t134`.`account_id` = `t56`.`account_id`
  ) AS `t143`
  WHERE
    `t143`.`at` <= `t143`.`end_at`
)
SELECT
  `t211`.`campaign_id`,
  `t211`.`campaign`,
  `t211`.`key_messages`,
  `t211`.`platforms_selected`,
  `t211`.`influencers_contacted`,
  `t211`.`influencers_interested`,
  (
    `t211`.`influencers_interested` / NULLIF(`t211`.`influencers_contacted`, 0)
  ) * 100 AS `influencers_interested_rate`,
  `t211`.`influencers_activated`,
  `t211`.`products_sent`,
  `t211`.`reach`,
  `t211`.`impressions`,
  `t211`.`views`,
  `t211`.`impressions_with_estimates`,
  (
    `t211`.`reach_rate__first` / NULLIF(`t211`.`reach_rate__second`, 0)
  ) * 100 AS `reach_rate`,
  `t211`.`brand_mentions`,
  (
    `t211`.`brand_mentions` / NULLIF(`t211`.`mentions`, 0)
  ) * 100 AS `share_of_voice`,
  (
    `t211`.`brand_mention_engagements` / NULLIF(`t211`.`mention_engagements`, 0)
  ) * 100 AS `share_of_engagement`,
  `t211`.`key_message_posts`,
  (
    `t211`.`key_message_posts` / NULLIF(CAST(`t211`.`posts` AS DOUBLE), 0)
  ) * 100 AS `key_message_rate`,
  `t211`.`posts`,
  `t211`.`posts_contracted`,
  (
    CAST(`t211`.`posts` AS DOUBLE) / NULLIF(`t211`.`posts_contracted`, 0)
  ) * 100 AS `posts_delivery_rate`,
  `t211`.`ugc_posts`,
  `t211`.`likes`,
  `t211`.`comments`,
  `t211`.`shares`,
  `t211`.`saves`,
  `t211`.`engagements`,
  (
    `t211`.`engagement_rate_reach__first` / NULLIF(`t211`.`engagement_rate_reach__second`, 0)
  ) * 100 AS `engagement_rate_reach`,
  (
    `t211`.`engagement_rate_followers__first` / NULLIF(`t211`.`engagement_rate_followers__second`, 0)
  ) * 100 AS `engagement_rate_followers`,
  `t211`.`er_reach_post_mean` AS `engagement_rate_reach_post_mean`,
  `t211`.`er_reach_post_median` AS `engagement_rate_reach_post_median`,
  `t211`.`er_reach_account_mean` AS `engagement_rate_reach_account_mean`,
  `t211`.`er_reach_account_median` AS `engagement_rate_reach_account_median`,
  `t211`.`er_followers_post_mean` AS `engagement_rate_followers_post_mean`,
  `t211`.`er_followers_post_median` AS `engagement_rate_followers_post_median`,
  `t211`.`er_followers_account_mean` AS `engagement_rate_followers_account_mean`,
  `t211`.`er_followers_account_median` AS `engagement_rate_followers_account_median`,
  (
    `t211`.`engagement_rate_impressions__first` / NULLIF(`t211`.`engagement_rate_impressions__second`, 0)
  ) * 100 AS `engagement_rate_impressions`,
  `t211`.`er_impressions_post_mean` AS `engagement_rate_impressions_post_mean`,
  `t211`.`er_impressions_post_median` AS `engagement_rate_impressions_post_median`,
  `t211`.`er_impressions_account_mean` AS `engagement_rate_impressions_account_mean`,
  `t211`.`er_impressions_account_median` AS `engagement_rate_impressions_account_median`,
  (
    `t211`.`engagement_rate_views__first` / NULLIF(`t211`.`engagement_rate_views__second`, 0)
  ) * 100 AS `engagement_rate_views`,
  `t211`.`er_views_post_mean` AS `engagement_rate_views_post_mean`,
  `t211`.`er_views_post_median` AS `engagement_rate_views_post_median`,
  `t211`.`er_views_account_mean` AS `engagement_rate_views_account_mean`,
  `t211`.`er_views_account_median` AS `engagement_rate_views_account_median`,
  `t211`.`clicks` AS `platform_link_clicks`,
  `t211`.`followers_gained`,
  (
    `t211`.`follower_growth_rate__first` / NULLIF(`t211`.`follower_growth_rate__second`, 0)
  ) * 100 AS `follower_growth_rate`,
  `t211`.`followers_gained_above_trend__first` - `t211`.`followers_gained_above_trend__second` AS `followers_gained_above_trend`,
  `t211`.`brand_followers_gained`,
  (
    `t211`.`brand_follower_growth_rate__first` / NULLIF(`t211`.`brand_follower_growth_rate__second`, 0)
  ) * 100 AS `brand_follower_growth_rate`,
  `t211`.`brand_followers_gained_above_trend__first` - `t211`.`brand_followers_gained_above_trend__second` AS `brand_followers_gained_above_trend`,
  `t211`.`link_clicks` AS `tracked_clicks`,
  `t211`.`unique_link_clicks` AS `unique_clicks`,
  `t211`.`bot_link_clicks` AS `bot_clicks`,
  (
    `t211`.`link_clicks` / NULLIF(`t211`.`impressions_with_estimates`, 0)
  ) * 100 AS `click_through_rate`,
  `t211`.`sessions`,
  `t211`.`new_users`,
  (
    `t211`.`bounced_sessions` / NULLIF(`t211`.`sessions`, 0)
  ) * 100 AS `bounce_rate`,
  `t211`.`session_seconds` / NULLIF(`t211`.`sessions`, 0) AS `average_session_duration`,
  `t211`.`page_views` / NULLIF(`t211`.`sessions`, 0) AS `pages_per_session`,
  `t211`.`key_events` AS `leads`,
  `t211`.`orders` AS `conversions`,
  (
    `t211`.`orders` / NULLIF(`t211`.`unique_link_clicks`, 0)
  ) * 100 AS `conversion_rate`,
  `t211`.`revenue`,
  `t211`.`revenue` / NULLIF(`t211`.`orders`, 0) AS `average_order_value`,
  `t211`.`new_customers`,
  `t211`.`revenue` / NULLIF(`t211`.`cost`, 0) AS `return_on_ad_spend`,
  (
    (
      `t211`.`revenue` - `t211`.`cost`
    ) / NULLIF(`t211`.`cost`, 0)
  ) * 100 AS `return_on_investment`,
  (
    (
      `t211`.`revenue` - `t211`.`cost`
    ) / NULLIF(`t211`.`revenue`, 0)
  ) * 100 AS `profitability`,
  `t211`.`sponsored_posts`,
  `t211`.`disclosed_sponsored_posts`,
  (
    `t211`.`disclosed_sponsored_posts` / NULLIF(`t211`.`sponsored_posts`, 0)
  ) * 100 AS `disclosure_rate`,
  `t211`.`cost`,
  (
    `t211`.`cost` / NULLIF(`t211`.`impressions_with_estimates`, 0)
  ) * 1000 AS `cost_per_mille`,
  `t211`.`cost` / NULLIF(`t211`.`engagements`, 0) AS `cost_per_engagement`,
  `t211`.`cost` / NULLIF(`t211`.`views`, 0) AS `cost_per_view`,
  `t211`.`cost` / NULLIF(`t211`.`brand_followers_gained`, 0) AS `cost_per_new_follower`,
  `t211`.`cost` / NULLIF(`t211`.`link_clicks`, 0) AS `cost_per_click`,
  `t211`.`cost` / NULLIF(`t211`.`orders`, 0) AS `cost_per_acquisition`,
  `t211`.`cost` / NULLIF(`t211`.`new_customers`, 0) AS `customer_acquisition_cost`,
  `t211`.`cost` / NULLIF(`t211`.`key_events`, 0) AS `cost_per_lead`,
  `t211`.`emv`,
  `t211`.`emv` / NULLIF(`t211`.`cost`, 0) AS `emv_per_cost`,
  `t211`.`paid_impressions` AS `paid_equivalent_impressions`,
  `t211`.`paid_clicks` AS `paid_equivalent_clicks`,
  `t211`.`paid_views` AS `paid_equivalent_views`,
  (
    `t211`.`impressions_vs_paid__first` / NULLIF(`t211`.`impressions_vs_paid__second`, 0)
  ) * 100 AS `impressions_vs_paid`,
  (
    `t211`.`clicks_vs_paid__first` / NULLIF(`t211`.`clicks_vs_paid__second`, 0)
  ) * 100 AS `clicks_vs_paid`,
  (
    `t211`.`views_vs_paid__first` / NULLIF(`t211`.`views_vs_paid__second`, 0)
  ) * 100 AS `views_vs_paid`,
  IF(
    `t211`.`key_messages` IS NOT NULL AND NOT ISNAN(`t211`.`key_messages`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `key_messages__provenance`,
  IF(`t211`.`platforms_selected` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS BIGINT)) AS `platforms_selected__provenance`,
  IF(
    `t211`.`influencers_contacted` IS NOT NULL
    AND NOT ISNAN(`t211`.`influencers_contacted`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `influencers_contacted__provenance`,
  IF(
    `t211`.`influencers_interested` IS NOT NULL
    AND NOT ISNAN(`t211`.`influencers_interested`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `influencers_interested__provenance`,
  IF(
    (
      (
        `t211`.`influencers_interested` / NULLIF(`t211`.`influencers_contacted`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t211`.`influencers_interested` / NULLIF(`t211`.`influencers_contacted`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `influencers_interested_rate__provenance`,
  IF(`t211`.`influencers_activated` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS BIGINT)) AS `influencers_activated__provenance`,
  IF(
    `t211`.`products_sent` IS NOT NULL AND NOT ISNAN(`t211`.`products_sent`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `products_sent__provenance`,
  IF(
    `t211`.`reach` IS NOT NULL AND NOT ISNAN(`t211`.`reach`),
    COALESCE(`t211`.`reach__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `reach__provenance`,
  IF(
    `t211`.`impressions` IS NOT NULL AND NOT ISNAN(`t211`.`impressions`),
    COALESCE(`t211`.`impressions__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `impressions__provenance`,
  IF(
    `t211`.`views` IS NOT NULL AND NOT ISNAN(`t211`.`views`),
    COALESCE(`t211`.`views__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `views__provenance`,
  IF(
    `t211`.`impressions_with_estimates` IS NOT NULL
    AND NOT ISNAN(`t211`.`impressions_with_estimates`),
    COALESCE(`t211`.`impressions_with_estimates__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `impressions_with_estimates__provenance`,
  IF(
    (
      (
        `t211`.`reach_rate__first` / NULLIF(`t211`.`reach_rate__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN((
      `t211`.`reach_rate__first` / NULLIF(`t211`.`reach_rate__second`, 0)
    ) * 100),
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t211`.`reach_rate__first__provenance`, -1),
          COALESCE(`t211`.`reach_rate__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS BIGINT)
  ) AS `reach_rate__provenance`,
  IF(
    `t211`.`brand_mentions` IS NOT NULL AND NOT ISNAN(`t211`.`brand_mentions`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `brand_mentions__provenance`,
  IF(
    (
      (
        `t211`.`brand_mentions` / NULLIF(`t211`.`mentions`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN((
      `t211`.`brand_mentions` / NULLIF(`t211`.`mentions`, 0)
    ) * 100),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `share_of_voice__provenance`,
  IF(
    (
      (
        `t211`.`brand_mention_engagements` / NULLIF(`t211`.`mention_engagements`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t211`.`brand_mention_engagements` / NULLIF(`t211`.`mention_engagements`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `share_of_engagement__provenance`,
  IF(
    `t211`.`key_message_posts` IS NOT NULL AND NOT ISNAN(`t211`.`key_message_posts`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `key_message_posts__provenance`,
  IF(
    (
      (
        `t211`.`key_message_posts` / NULLIF(CAST(`t211`.`posts` AS DOUBLE), 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t211`.`key_message_posts` / NULLIF(CAST(`t211`.`posts` AS DOUBLE), 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `key_message_rate__provenance`,
  IF(`t211`.`posts` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS BIGINT)) AS `posts__provenance`,
  IF(
    `t211`.`posts_contracted` IS NOT NULL AND NOT ISNAN(`t211`.`posts_contracted`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `posts_contracted__provenance`,
  IF(
    (
      (
        CAST(`t211`.`posts` AS DOUBLE) / NULLIF(`t211`.`posts_contracted`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        CAST(`t211`.`posts` AS DOUBLE) / NULLIF(`t211`.`posts_contracted`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `posts_delivery_rate__provenance`,
  IF(`t211`.`ugc_posts` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS BIGINT)) AS `ugc_posts__provenance`,
  IF(
    `t211`.`likes` IS NOT NULL AND NOT ISNAN(`t211`.`likes`),
    COALESCE(`t211`.`likes__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `likes__provenance`,
  IF(
    `t211`.`comments` IS NOT NULL AND NOT ISNAN(`t211`.`comments`),
    COALESCE(`t211`.`comments__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `comments__provenance`,
  IF(
    `t211`.`shares` IS NOT NULL AND NOT ISNAN(`t211`.`shares`),
    COALESCE(`t211`.`shares__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `shares__provenance`,
  IF(
    `t211`.`saves` IS NOT NULL AND NOT ISNAN(`t211`.`saves`),
    COALESCE(`t211`.`saves__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `saves__provenance`,
  IF(
    `t211`.`engagements` IS NOT NULL AND NOT ISNAN(`t211`.`engagements`),
    COALESCE(`t211`.`engagements__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagements__provenance`,
  IF(
    (
      (
        `t211`.`engagement_rate_reach__first` / NULLIF(`t211`.`engagement_rate_reach__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t211`.`engagement_rate_reach__first` / NULLIF(`t211`.`engagement_rate_reach__second`, 0)
      ) * 100
    ),
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t211`.`engagement_rate_reach__first__provenance`, -1),
          COALESCE(`t211`.`engagement_rate_reach__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_reach__provenance`,
  IF(
    (
      (
        `t211`.`engagement_rate_followers__first` / NULLIF(`t211`.`engagement_rate_followers__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t211`.`engagement_rate_followers__first` / NULLIF(`t211`.`engagement_rate_followers__second`, 0)
      ) * 100
    ),
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t211`.`engagement_rate_followers__first__provenance`, -1),
          COALESCE(`t211`.`engagement_rate_followers__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers__provenance`,
  IF(
    `t211`.`er_reach_post_mean` IS NOT NULL
    AND NOT ISNAN(`t211`.`er_reach_post_mean`),
    COALESCE(`t211`.`er_reach_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_reach_post_mean__provenance`,
  IF(
    `t211`.`er_reach_post_median` IS NOT NULL
    AND NOT ISNAN(`t211`.`er_reach_post_median`),
    COALESCE(`t211`.`er_reach_post_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_reach_post_median__provenance`,
  IF(
    `t211`.`er_reach_account_mean` IS NOT NULL
    AND NOT ISNAN(`t211`.`er_reach_account_mean`),
    COALESCE(`t211`.`er_reach_account_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_reach_account_mean__provenance`,
  IF(
    `t211`.`er_reach_account_median` IS NOT NULL
    AND NOT ISNAN(`t211`.`er_reach_account_median`),
    COALESCE(`t211`.`er_reach_account_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_reach_account_median__provenance`,
  IF(
    `t211`.`er_followers_post_mean` IS NOT NULL
    AND NOT ISNAN(`t211`.`er_followers_post_mean`),
    COALESCE(`t211`.`er_followers_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers_post_mean__provenance`,
  IF(
    `t211`.`er_followers_post_median` IS NOT NULL
    AND NOT ISNAN(`t211`.`er_followers_post_median`),
    COALESCE(`t211`.`er_followers_post_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers_post_median__provenance`,
  IF(
    `t211`.`er_followers_account_mean` IS NOT NULL
    AND NOT ISNAN(`t211`.`er_followers_account_mean`),
    COALESCE(`t211`.`er_followers_account_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers_account_mean__provenance`,
  IF(
    `t211`.`er_followers_account_median` IS NOT NULL
    AND NOT ISNAN(`t211`.`er_followers_account_median`),
    COALESCE(`t211`.`er_followers_account_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers_account_median__provenance`,
  IF(
    (
      (
        `t211`.`engagement_rate_impressions__first` / NULLIF(`t211`.`engagement_rate_impressions__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t211`.`engagement_rate_impressions__first` / NULLIF(`t211`.`engagement_rate_impressions__second`, 0)
      ) * 100
    ),
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t211`.`engagement_rate_impressions__first__provenance`, -1),
          COALESCE(`t211`.`engagement_rate_impressions__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions__provenance`,
  IF(
    `t211`.`er_impressions_post_mean` IS NOT NULL
    AND NOT ISNAN(`t211`.`er_impressions_post_mean`),
    COALESCE(`t211`.`er_impressions_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions_post_mean__provenance`,
  IF(
    `t211`.`er_impressions_post_median` IS NOT NULL
    AND NOT ISNAN(`t211`.`er_impressions_post_median`),
    COALESCE(`t211`.`er_impressions_post_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions_post_median__provenance`,
  IF(
    `t211`.`er_impressions_account_mean` IS NOT NULL
    AND NOT ISNAN(`t211`.`er_impressions_account_mean`),
    COALESCE(`t211`.`er_impressions_account_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions_account_mean__provenance`,
  IF(
    `t211`.`er_impressions_account_median` IS NOT NULL
    AND NOT ISNAN(`t211`.`er_impressions_account_median`),
    COALESCE(`t211`.`er_impressions_account_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions_account_median__provenance`,
  IF(
    (
      (
        `t211`.`engagement_rate_views__first` / NULLIF(`t211`.`engagement_rate_views__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t211`.`engagement_rate_views__first` / NULLIF(`t211`.`engagement_rate_views__second`, 0)
      ) * 100
    ),
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t211`.`engagement_rate_views__first__provenance`, -1),
          COALESCE(`t211`.`engagement_rate_views__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views__provenance`,
  IF(
    `t211`.`er_views_post_mean` IS NOT NULL
    AND NOT ISNAN(`t211`.`er_views_post_mean`),
    COALESCE(`t211`.`er_views_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views_post_mean__provenance`,
  IF(
    `t211`.`er_views_post_median` IS NOT NULL
    AND NOT ISNAN(`t211`.`er_views_post_median`),
    COALESCE(`t211`.`er_views_post_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views_post_median__provenance`,
  IF(
    `t211`.`er_views_account_mean` IS NOT NULL
    AND NOT ISNAN(`t211`.`er_views_account_mean`),
    COALESCE(`t211`.`er_views_account_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views_account_mean__provenance`,
  IF(
    `t211`.`er_views_account_median` IS NOT NULL
    AND NOT ISNAN(`t211`.`er_views_account_median`),
    COALESCE(`t211`.`er_views_account_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views_account_median__provenance`,
  IF(
    `t211`.`clicks` IS NOT NULL AND NOT ISNAN(`t211`.`clicks`),
    COALESCE(`t211`.`clicks__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `platform_link_clicks__provenance`,
  IF(
    `t211`.`followers_gained` IS NOT NULL AND NOT ISNAN(`t211`.`followers_gained`),
    COALESCE(`t211`.`followers_gained__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `followers_gained__provenance`,
  IF(
    (
      (
        `t211`.`follower_growth_rate__first` / NULLIF(`t211`.`follower_growth_rate__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t211`.`follower_growth_rate__first` / NULLIF(`t211`.`follower_growth_rate__second`, 0)
      ) * 100
    ),
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t211`.`follower_growth_rate__first__provenance`, -1),
          COALESCE(`t211`.`follower_growth_rate__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS BIGINT)
  ) AS `follower_growth_rate__provenance`,
  IF(
    (
      `t211`.`followers_gained_above_trend__first` - `t211`.`followers_gained_above_trend__second`
    ) IS NOT NULL
    AND NOT ISNAN(
      `t211`.`followers_gained_above_trend__first` - `t211`.`followers_gained_above_trend__second`
    ),
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t211`.`followers_gained_above_trend__first__provenance`, -1),
          COALESCE(`t211`.`followers_gained_above_trend__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS BIGINT)
  ) AS `followers_gained_above_trend__provenance`,
  IF(
    `t211`.`brand_followers_gained` IS NOT NULL
    AND NOT ISNAN(`t211`.`brand_followers_gained`),
    COALESCE(`t211`.`brand_followers_gained__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `brand_followers_gained__provenance`,
  IF(
    (
      (
        `t211`.`brand_follower_growth_rate__first` / NULLIF(`t211`.`brand_follower_growth_rate__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t211`.`brand_follower_growth_rate__first` / NULLIF(`t211`.`brand_follower_growth_rate__second`, 0)
      ) * 100
    ),
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t211`.`brand_follower_growth_rate__first__provenance`, -1),
          COALESCE(`t211`.`brand_follower_growth_rate__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS BIGINT)
  ) AS `brand_follower_growth_rate__provenance`,
  IF(
    (
      `t211`.`brand_followers_gained_above_trend__first` - `t211`.`brand_followers_gained_above_trend__second`
    ) IS NOT NULL
    AND NOT ISNAN(
      `t211`.`brand_followers_gained_above_trend__first` - `t211`.`brand_followers_gained_above_trend__second`
    ),
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t211`.`brand_followers_gained_above_trend__first__provenance`, -1),
          COALESCE(`t211`.`brand_followers_gained_above_trend__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS BIGINT)
  ) AS `brand_followers_gained_above_trend__provenance`,
  IF(
    `t211`.`link_clicks` IS NOT NULL AND NOT ISNAN(`t211`.`link_clicks`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `tracked_clicks__provenance`,
  IF(
    `t211`.`unique_link_clicks` IS NOT NULL
    AND NOT ISNAN(`t211`.`unique_link_clicks`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `unique_clicks__provenance`,
  IF(
    `t211`.`bot_link_clicks` IS NOT NULL AND NOT ISNAN(`t211`.`bot_link_clicks`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `bot_clicks__provenance`,
  IF(
    (
      (
        `t211`.`link_clicks` / NULLIF(`t211`.`impressions_with_estimates`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t211`.`link_clicks` / NULLIF(`t211`.`impressions_with_estimates`, 0)
      ) * 100
    ),
    COALESCE(`t211`.`impressions_with_estimates__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `click_through_rate__provenance`,
  IF(
    `t211`.`sessions` IS NOT NULL AND NOT ISNAN(`t211`.`sessions`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `sessions__provenance`,
  IF(
    `t211`.`new_users` IS NOT NULL AND NOT ISNAN(`t211`.`new_users`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `new_users__provenance`,
  IF(
    (
      (
        `t211`.`bounced_sessions` / NULLIF(`t211`.`sessions`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN((
      `t211`.`bounced_sessions` / NULLIF(`t211`.`sessions`, 0)
    ) * 100),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `bounce_rate__provenance`,
  IF(
    (
      `t211`.`session_seconds` / NULLIF(`t211`.`sessions`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t211`.`session_seconds` / NULLIF(`t211`.`sessions`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `average_session_duration__provenance`,
  IF(
    (
      `t211`.`page_views` / NULLIF(`t211`.`sessions`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t211`.`page_views` / NULLIF(`t211`.`sessions`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `pages_per_session__provenance`,
  IF(
    `t211`.`key_events` IS NOT NULL AND NOT ISNAN(`t211`.`key_events`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `leads__provenance`,
  IF(
    `t211`.`orders` IS NOT NULL AND NOT ISNAN(`t211`.`orders`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `conversions__provenance`,
  IF(
    (
      (
        `t211`.`orders` / NULLIF(`t211`.`unique_link_clicks`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN((
      `t211`.`orders` / NULLIF(`t211`.`unique_link_clicks`, 0)
    ) * 100),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `conversion_rate__provenance`,
  IF(
    `t211`.`revenue` IS NOT NULL AND NOT ISNAN(`t211`.`revenue`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `revenue__provenance`,
  IF(
    (
      `t211`.`revenue` / NULLIF(`t211`.`orders`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t211`.`revenue` / NULLIF(`t211`.`orders`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `average_order_value__provenance`,
  IF(
    `t211`.`new_customers` IS NOT NULL AND NOT ISNAN(`t211`.`new_customers`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `new_customers__provenance`,
  IF(
    (
      `t211`.`revenue` / NULLIF(`t211`.`cost`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t211`.`revenue` / NULLIF(`t211`.`cost`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `return_on_ad_spend__provenance`,
  IF(
    (
      (
        (
          `t211`.`revenue` - `t211`.`cost`
        ) / NULLIF(`t211`.`cost`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        (
          `t211`.`revenue` - `t211`.`cost`
        ) / NULLIF(`t211`.`cost`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `return_on_investment__provenance`,
  IF(
    (
      (
        (
          `t211`.`revenue` - `t211`.`cost`
        ) / NULLIF(`t211`.`revenue`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        (
          `t211`.`revenue` - `t211`.`cost`
        ) / NULLIF(`t211`.`revenue`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `profitability__provenance`,
  IF(
    `t211`.`sponsored_posts` IS NOT NULL AND NOT ISNAN(`t211`.`sponsored_posts`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `sponsored_posts__provenance`,
  IF(
    `t211`.`disclosed_sponsored_posts` IS NOT NULL
    AND NOT ISNAN(`t211`.`disclosed_sponsored_posts`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `disclosed_sponsored_posts__provenance`,
  IF(
    (
      (
        `t211`.`disclosed_sponsored_posts` / NULLIF(`t211`.`sponsored_posts`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t211`.`disclosed_sponsored_posts` / NULLIF(`t211`.`sponsored_posts`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `disclosure_rate__provenance`,
  IF(
    `t211`.`cost` IS NOT NULL AND NOT ISNAN(`t211`.`cost`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost__provenance`,
  IF(
    (
      (
        `t211`.`cost` / NULLIF(`t211`.`impressions_with_estimates`, 0)
      ) * 1000
    ) IS NOT NULL
    AND NOT ISNAN((
      `t211`.`cost` / NULLIF(`t211`.`impressions_with_estimates`, 0)
    ) * 1000),
    COALESCE(`t211`.`impressions_with_estimates__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_mille__provenance`,
  IF(
    (
      `t211`.`cost` / NULLIF(`t211`.`engagements`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t211`.`cost` / NULLIF(`t211`.`engagements`, 0)),
    COALESCE(`t211`.`engagements__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_engagement__provenance`,
  IF(
    (
      `t211`.`cost` / NULLIF(`t211`.`views`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t211`.`cost` / NULLIF(`t211`.`views`, 0)),
    COALESCE(`t211`.`views__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_view__provenance`,
  IF(
    (
      `t211`.`cost` / NULLIF(`t211`.`brand_followers_gained`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t211`.`cost` / NULLIF(`t211`.`brand_followers_gained`, 0)),
    COALESCE(`t211`.`brand_followers_gained__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_new_follower__provenance`,
  IF(
    (
      `t211`.`cost` / NULLIF(`t211`.`link_clicks`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t211`.`cost` / NULLIF(`t211`.`link_clicks`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_click__provenance`,
  IF(
    (
      `t211`.`cost` / NULLIF(`t211`.`orders`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t211`.`cost` / NULLIF(`t211`.`orders`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_acquisition__provenance`,
  IF(
    (
      `t211`.`cost` / NULLIF(`t211`.`new_customers`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t211`.`cost` / NULLIF(`t211`.`new_customers`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `customer_acquisition_cost__provenance`,
  IF(
    (
      `t211`.`cost` / NULLIF(`t211`.`key_events`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t211`.`cost` / NULLIF(`t211`.`key_events`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_lead__provenance`,
  IF(
    `t211`.`emv` IS NOT NULL AND NOT ISNAN(`t211`.`emv`),
    COALESCE(`t211`.`emv__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `emv__provenance`,
  IF(
    (
      `t211`.`emv` / NULLIF(`t211`.`cost`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t211`.`emv` / NULLIF(`t211`.`cost`, 0)),
    COALESCE(`t211`.`emv__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `emv_per_cost__provenance`,
  IF(
    `t211`.`paid_impressions` IS NOT NULL AND NOT ISNAN(`t211`.`paid_impressions`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `paid_equivalent_impressions__provenance`,
  IF(
    `t211`.`paid_clicks` IS NOT NULL AND NOT ISNAN(`t211`.`paid_clicks`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `paid_equivalent_clicks__provenance`,
  IF(
    `t211`.`paid_views` IS NOT NULL AND NOT ISNAN(`t211`.`paid_views`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `paid_equivalent_views__provenance`,
  IF(
    (
      (
        `t211`.`impressions_vs_paid__first` / NULLIF(`t211`.`impressions_vs_paid__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t211`.`impressions_vs_paid__first` / NULLIF(`t211`.`impressions_vs_paid__second`, 0)
      ) * 100
    ),
    COALESCE(`t211`.`impressions_vs_paid__first__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `impressions_vs_paid__provenance`,
  IF(
    (
      (
        `t211`.`clicks_vs_paid__first` / NULLIF(`t211`.`clicks_vs_paid__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t211`.`clicks_vs_paid__first` / NULLIF(`t211`.`clicks_vs_paid__second`, 0)
      ) * 100
    ),
    COALESCE(`t211`.`clicks_vs_paid__first__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `clicks_vs_paid__provenance`,
  IF(
    (
      (
        `t211`.`views_vs_paid__first` / NULLIF(`t211`.`views_vs_paid__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t211`.`views_vs_paid__first` / NULLIF(`t211`.`views_vs_paid__second`, 0)
      ) * 100
    ),
    COALESCE(`t211`.`views_vs_paid__first__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `views_vs_paid__provenance`
FROM (
  SELECT
    `t206`.`campaign_id`,
    `t206`.`campaign`,
    `t206`.`key_messages`,
    `t206`.`platforms_selected`,
    `t206`.`influencers_contacted`,
    `t206`.`influencers_interested`,
    `t206`.`influencers_activated`,
    `t206`.`products_sent`,
    `t206`.`reach`,
    `t206`.`reach__provenance`,
    `t206`.`impressions`,
    `t206`.`impressions__provenance`,
    `t206`.`views`,
    `t206`.`views__provenance`,
    `t206`.`impressions_with_estimates`,
    `t206`.`impressions_with_estimates__provenance`,
    `t206`.`reach_rate__first`,
    `t206`.`reach_rate__first__provenance`,
    `t206`.`reach_rate__second`,
    `t206`.`reach_rate__second__provenance`,
    `t206`.`brand_mentions`,
    `t206`.`mentions`,
    `t206`.`brand_mention_engagements`,
    `t206`.`mention_engagements`,
    `t206`.`key_message_posts`,
    `t206`.`posts`,
    `t206`.`posts_contracted`,
    `t206`.`ugc_posts`,
    `t206`.`likes`,
    `t206`.`likes__provenance`,
    `t206`.`comments`,
    `t206`.`comments__provenance`,
    `t206`.`shares`,
    `t206`.`shares__provenance`,
    `t206`.`saves`,
    `t206`.`saves__provenance`,
    `t206`.`engagements`,
    `t206`.`engagements__provenance`,
    `t206`.`engagement_rate_reach__first`,
    `t206`.`engagement_rate_reach__first__provenance`,
    `t206`.`engagement_rate_reach__second`,
    `t206`.`engagement_rate_reach__second__provenance`,
    `t206`.`engagement_rate_followers__first`,
    `t206`.`engagement_rate_followers__first__provenance`,
    `t206`.`engagement_rate_followers__second`,
    `t206`.`engagement_rate_followers__second__provenance`,
    `t206`.`er_reach_post_mean`,
    `t206`.`er_reach_post_mean__provenance`,
    `t206`.`er_reach_post_median`,
    `t206`.`er_reach_post_median__provenance`,
    `t206`.`er_followers_post_mean`,
    `t206`.`er_followers_post_mean__provenance`,
    `t206`.`er_followers_post_median`,
    `t206`.`er_followers_post_median__provenance`,
    `t206`.`engagement_rate_impressions__first`,
    `t206`.`engagement_rate_impressions__first__provenance`,
    `t206`.`engagement_rate_impressions__second`,
    `t206`.`engagement_rate_impressions__second__provenance`,
    `t206`.`er_impressions_post_mean`,
    `t206`.`er_impressions_post_mean__provenance`,
    `t206`.`er_impressions_post_median`,
    `t206`.`er_impressions_post_median__provenance`,
    `t206`.`engagement_rate_views__first`,
    `t206`.`engagement_rate_views__first__provenance`,
    `t206`.`engagement_rate_views__second`,
    `t206`.`engagement_rate_views__second__provenance`,
    `t206`.`er_views_post_mean`,
    `t206`.`er_views_post_mean__provenance`,
    `t206`.`er_views_post_median`,
    `t206`.`er_views_post_median__provenance`,
    `t206`.`clicks`,
    `t206`.`clicks__provenance`,
    `t206`.`followers_gained`,
    `t206`.`followers_gained__provenance`,
    `t206`.`follower_growth_rate__first`,
    `t206`.`follower_growth_rate__first__provenance`,
    `t206`.`follower_growth_rate__second`,
    `t206`.`follower_growth_rate__second__provenance`,
    `t206`.`followers_gained_above_trend__first`,
    `t206`.`followers_gained_above_trend__first__provenance`,
    `t206`.`followers_gained_above_trend__second`,
    `t206`.`followers_gained_above_trend__second__provenance`,
    `t206`.`brand_followers_gained`,
    `t206`.`brand_followers_gained__provenance`,
    `t206`.`brand_follower_growth_rate__first`,
    `t206`.`brand_follower_growth_rate__first__provenance`,
    `t206`.`brand_follower_growth_rate__second`,
    `t206`.`brand_follower_growth_rate__second__provenance`,
    `t206`.`brand_followers_gained_above_trend__first`,
    `t206`.`brand_followers_gained_above_trend__first__provenance`,
    `t206`.`brand_followers_gained_above_trend__second`,
    `t206`.`brand_followers_gained_above_trend__second__provenance`,
    `t206`.`link_clicks`,
    `t206`.`unique_link_clicks`,
    `t206`.`bot_link_clicks`,
    `t206`.`sessions`,
    `t206`.`new_users`,
    `t206`.`bounced_sessions`,
    `t206`.`session_seconds`,
    `t206`.`page_views`,
    `t206`.`key_events`,
    `t206`.`orders`,
    `t206`.`revenue`,
    `t206`.`new_customers`,
    `t206`.`cost`,
    `t206`.`sponsored_posts`,
    `t206`.`disclosed_sponsored_posts`,
    `t206`.`emv`,
    `t206`.`emv__provenance`,
    `t206`.`paid_impressions`,
    `t206`.`paid_clicks`,
    `t206`.`paid_views`,
    `t206`.`impressions_vs_paid__first`,
    `t206`.`impressions_vs_paid__first__provenance`,
    `t206`.`impressions_vs_paid__second`,
    `t206`.`clicks_vs_paid__first`,
    `t206`.`clicks_vs_paid__first__provenance`,
    `t206`.`clicks_vs_paid__second`,
    `t206`.`views_vs_paid__first`,
    `t206`.`views_vs_paid__first__provenance`,
    `t206`.`views_vs_paid__second`,
    `t210`.`er_reach_account_mean`,
    `t210`.`er_reach_account_mean__provenance`,
    `t210`.`er_reach_account_median`,
    `t210`.`er_reach_account_median__provenance`,
    `t210`.`er_followers_account_mean`,
    `t210`.`er_followers_account_mean__provenance`,
    `t210`.`er_followers_account_median`,
    `t210`.`er_followers_account_median__provenance`,
    `t210`.`er_impressions_account_mean`,
    `t210`.`er_impressions_account_mean__provenance`,
    `t210`.`er_impressions_account_median`,
    `t210`.`er_impressions_account_median__provenance`,
    `t210`.`er_views_account_mean`,
    `t210`.`er_views_account_mean__provenance`,
    `t210`.`er_views_account_median`,
    `t210`.`er_views_account_median__provenance`
  FROM (
    SELECT
      `t203`.`campaign_id`,
      `t203`.`campaign`,
      SUM(`t203`.`key_messages`) AS `key_messages`,
      COUNT(DISTINCT `t203`.`post_platform`) AS `platforms_selected`,
      SUM(`t203`.`influencers_contacted`) AS `influencers_contacted`,
      SUM(`t203`.`influencers_interested`) AS `influencers_interested`,
      COUNT(DISTINCT `t203`.`publishing_influencer`) AS `influencers_activated`,
      SUM(`t203`.`products_sent`) AS `products_sent`,
      SUM(`t203`.`reach`) AS `reach`,
      MAX(
        IF(
          `t203`.`reach` IS NOT NULL AND NOT ISNAN(`t203`.`reach`),
          `t203`.`reach__provenance`,
          NULL
        )
      ) AS `reach__provenance`,
      SUM(`t203`.`impressions`) AS `impressions`,
      MAX(
        IF(
          `t203`.`impressions` IS NOT NULL AND NOT ISNAN(`t203`.`impressions`),
          `t203`.`impressions__provenance`,
          NULL
        )
      ) AS `impressions__provenance`,
      SUM(`t203`.`views`) AS `views`,
      MAX(
        IF(
          `t203`.`views` IS NOT NULL AND NOT ISNAN(`t203`.`views`),
          `t203`.`views__provenance`,
          NULL
        )
      ) AS `views__provenance`,
      SUM(`t203`.`impressions_with_estimates`) AS `impressions_with_estimates`,
      MAX(
        IF(
          `t203`.`impressions_with_estimates` IS NOT NULL
          AND NOT ISNAN(`t203`.`impressions_with_estimates`),
          `t203`.`impressions_with_estimates__provenance`,
          NULL
        )
      ) AS `impressions_with_estimates__provenance`,
      SUM(
        IF(
          `t203`.`reach` IS NOT NULL
          AND NOT ISNAN(`t203`.`reach`)
          AND (
            `t203`.`followers` IS NOT NULL AND NOT ISNAN(`t203`.`followers`)
          ),
          `t203`.`reach`,
          NULL
        )
      ) AS `reach_rate__first`,
      MAX(
        IF(
          `t203`.`reach` IS NOT NULL
          AND NOT ISNAN(`t203`.`reach`)
          AND (
            `t203`.`reach` IS NOT NULL
            AND NOT ISNAN(`t203`.`reach`)
            AND (
              `t203`.`followers` IS NOT NULL AND NOT ISNAN(`t203`.`followers`)
            )
          ),
          `t203`.`reach__provenance`,
          NULL
        )
      ) AS `reach_rate__first__provenance`,
      SUM(
        IF(
          `t203`.`reach` IS NOT NULL
          AND NOT ISNAN(`t203`.`reach`)
          AND (
            `t203`.`followers` IS NOT NULL AND NOT ISNAN(`t203`.`followers`)
          ),
          `t203`.`followers`,
          NULL
        )
      ) AS `reach_rate__second`,
      MAX(
        IF(
          `t203`.`followers` IS NOT NULL
          AND NOT ISNAN(`t203`.`followers`)
          AND (
            `t203`.`reach` IS NOT NULL
            AND NOT ISNAN(`t203`.`reach`)
            AND (
              `t203`.`followers` IS NOT NULL AND NOT ISNAN(`t203`.`followers`)
            )
          ),
          `t203`.`followers__provenance`,
          NULL
        )
      ) AS `reach_rate__second__provenance`,
      SUM(`t203`.`brand_mentions`) AS `brand_mentions`,
      SUM(`t203`.`mentions`) AS `mentions`,
      SUM(`t203`.`brand_mention_engagements`) AS `brand_mention_engagements`,
      SUM(`t203`.`mention_engagements`) AS `mention_engagements`,
      SUM(`t203`.`key_message_posts`) AS `key_message_posts`,
      COUNT(DISTINCT `t203`.`post_id`) AS `posts`,
      SUM(`t203`.`posts_contracted`) AS `posts_contracted`,
      COUNT(DISTINCT `t203`.`ugc_post`) AS `ugc_posts`,
      SUM(`t203`.`likes`) AS `likes`,
      MAX(
        IF(
          `t203`.`likes` IS NOT NULL AND NOT ISNAN(`t203`.`likes`),
          `t203`.`likes__provenance`,
          NULL
        )
      ) AS `likes__provenance`,
      SUM(`t203`.`comments`) AS `comments`,
      MAX(
        IF(
          `t203`.`comments` IS NOT NULL AND NOT ISNAN(`t203`.`comments`),
          `t203`.`comments__provenance`,
          NULL
        )
      ) AS `comments__provenance`,
      SUM(`t203`.`shares`) AS `shares`,
      MAX(
        IF(
          `t203`.`shares` IS NOT NULL AND NOT ISNAN(`t203`.`shares`),
          `t203`.`shares__provenance`,
          NULL
        )
      ) AS `shares__provenance`,
      SUM(`t203`.`saves`) AS `saves`,
      MAX(
        IF(
          `t203`.`saves` IS NOT NULL AND NOT ISNAN(`t203`.`saves`),
          `t203`.`saves__provenance`,
          NULL
        )
      ) AS `saves__provenance`,
      SUM(`t203`.`engagements`) AS `engagements`,
      MAX(
        IF(
          `t203`.`engagements` IS NOT NULL AND NOT ISNAN(`t203`.`engagements`),
          `t203`.`engagements__provenance`,
          NULL
        )
      ) AS `engagements__provenance`,
      SUM(
        IF(
          `t203`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t203`.`engagements`)
          AND (
            `t203`.`reach` IS NOT NULL AND NOT ISNAN(`t203`.`reach`)
          ),
          `t203`.`engagements`,
          NULL
        )
      ) AS `engagement_rate_reach__first`,
      MAX(
        IF(
          `t203`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t203`.`engagements`)
          AND (
            `t203`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t203`.`engagements`)
            AND (
              `t203`.`reach` IS NOT NULL AND NOT ISNAN(`t203`.`reach`)
            )
          ),
          `t203`.`engagements__provenance`,
          NULL
        )
      ) AS `engagement_rate_reach__first__provenance`,
      SUM(
        IF(
          `t203`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t203`.`engagements`)
          AND (
            `t203`.`reach` IS NOT NULL AND NOT ISNAN(`t203`.`reach`)
          ),
          `t203`.`reach`,
          NULL
        )
      ) AS `engagement_rate_reach__second`,
      MAX(
        IF(
          `t203`.`reach` IS NOT NULL
          AND NOT ISNAN(`t203`.`reach`)
          AND (
            `t203`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t203`.`engagements`)
            AND (
              `t203`.`reach` IS NOT NULL AND NOT ISNAN(`t203`.`reach`)
            )
          ),
          `t203`.`reach__provenance`,
          NULL
        )
      ) AS `engagement_rate_reach__second__provenance`,
      SUM(
        IF(
          `t203`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t203`.`engagements`)
          AND (
            `t203`.`followers` IS NOT NULL AND NOT ISNAN(`t203`.`followers`)
          ),
          `t203`.`engagements`,
          NULL
        )
      ) AS `engagement_rate_followers__first`,
      MAX(
        IF(
          `t203`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t203`.`engagements`)
          AND (
            `t203`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t203`.`engagements`)
            AND (
              `t203`.`followers` IS NOT NULL AND NOT ISNAN(`t203`.`followers`)
            )
          ),
          `t203`.`engagements__provenance`,
          NULL
        )
      ) AS `engagement_rate_followers__first__provenance`,
      SUM(
        IF(
          `t203`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t203`.`engagements`)
          AND (
            `t203`.`followers` IS NOT NULL AND NOT ISNAN(`t203`.`followers`)
          ),
          `t203`.`followers`,
          NULL
        )
      ) AS `engagement_rate_followers__second`,
      MAX(
        IF(
          `t203`.`followers` IS NOT NULL
          AND NOT ISNAN(`t203`.`followers`)
          AND (
            `t203`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t203`.`engagements`)
            AND (
              `t203`.`followers` IS NOT NULL AND NOT ISNAN(`t203`.`followers`)
            )
          ),
          `t203`.`followers__provenance`,
          NULL
        )
      ) AS `engagement_rate_followers__second__provenance`,
      AVG(`t203`.`er_reach_post`) AS `er_reach_post_mean`,
      MAX(
        IF(
          `t203`.`er_reach_post` IS NOT NULL AND NOT ISNAN(`t203`.`er_reach_post`),
          `t203`.`er_reach_post__provenance`,
          NULL
        )
      ) AS `er_reach_post_mean__provenance`,
      PERCENTILE(`t203`.`er_reach_post`, 0.5) AS `er_reach_post_median`,
      MAX(
        IF(
          `t203`.`er_reach_post` IS NOT NULL AND NOT ISNAN(`t203`.`er_reach_post`),
          `t203`.`er_reach_post__provenance`,
          NULL
        )
      ) AS `er_reach_post_median__provenance`,
      AVG(`t203`.`er_followers_post`) AS `er_followers_post_mean`,
      MAX(
        IF(
          `t203`.`er_followers_post` IS NOT NULL AND NOT ISNAN(`t203`.`er_followers_post`),
          `t203`.`er_followers_post__provenance`,
          NULL
        )
      ) AS `er_followers_post_mean__provenance`,
      PERCENTILE(`t203`.`er_followers_post`, 0.5) AS `er_followers_post_median`,
      MAX(
        IF(
          `t203`.`er_followers_post` IS NOT NULL AND NOT ISNAN(`t203`.`er_followers_post`),
          `t203`.`er_followers_post__provenance`,
          NULL
        )
      ) AS `er_followers_post_median__provenance`,
      SUM(
        IF(
          `t203`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t203`.`engagements`)
          AND (
            `t203`.`impressions` IS NOT NULL AND NOT ISNAN(`t203`.`impressions`)
          ),
          `t203`.`engagements`,
          NULL
        )
      ) AS `engagement_rate_impressions__first`,
      MAX(
        IF(
          `t203`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t203`.`engagements`)
          AND (
            `t203`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t203`.`engagements`)
            AND (
              `t203`.`impressions` IS NOT NULL AND NOT ISNAN(`t203`.`impressions`)
            )
          ),
          `t203`.`engagements__provenance`,
          NULL
        )
      ) AS `engagement_rate_impressions__first__provenance`,
      SUM(
        IF(
          `t203`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t203`.`engagements`)
          AND (
            `t203`.`impressions` IS NOT NULL AND NOT ISNAN(`t203`.`impressions`)
          ),
          `t203`.`impressions`,
          NULL
        )
      ) AS `engagement_rate_impressions__second`,
      MAX(
        IF(
          `t203`.`impressions` IS NOT NULL
          AND NOT ISNAN(`t203`.`impressions`)
          AND (
            `t203`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t203`.`engagements`)
            AND (
              `t203`.`impressions` IS NOT NULL AND NOT ISNAN(`t203`.`impressions`)
            )
          ),
          `t203`.`impressions__provenance`,
          NULL
        )
      ) AS `engagement_rate_impressions__second__provenance`,
      AVG(`t203`.`er_impressions_post`) AS `er_impressions_post_mean`,
      MAX(
        IF(
          `t203`.`er_impressions_post` IS NOT NULL
          AND NOT ISNAN(`t203`.`er_impressions_post`),
          `t203`.`er_impressions_post__provenance`,
          NULL
        )
      ) AS `er_impressions_post_mean__provenance`,
      PERCENTILE(`t203`.`er_impressions_post`, 0.5) AS `er_impressions_post_median`,
      MAX(
        IF(
          `t203`.`er_impressions_post` IS NOT NULL
          AND NOT ISNAN(`t203`.`er_impressions_post`),
          `t203`.`er_impressions_post__provenance`,
          NULL
        )
      ) AS `er_impressions_post_median__provenance`,
      SUM(
        IF(
          `t203`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t203`.`engagements`)
          AND (
            `t203`.`views` IS NOT NULL AND NOT ISNAN(`t203`.`views`)
          ),
          `t203`.`engagements`,
          NULL
        )
      ) AS `engagement_rate_views__first`,
      MAX(
        IF(
          `t203`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t203`.`engagements`)
          AND (
            `t203`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t203`.`engagements`)
            AND (
              `t203`.`views` IS NOT NULL AND NOT ISNAN(`t203`.`views`)
            )
          ),
          `t203`.`engagements__provenance`,
          NULL
        )
      ) AS `engagement_rate_views__first__provenance`,
      SUM(
        IF(
          `t203`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t203`.`engagements`)
          AND (
            `t203`.`views` IS NOT NULL AND NOT ISNAN(`t203`.`views`)
          ),
          `t203`.`views`,
          NULL
        )
      ) AS `engagement_rate_views__second`,
      MAX(
        IF(
          `t203`.`views` IS NOT NULL
          AND NOT ISNAN(`t203`.`views`)
          AND (
            `t203`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t203`.`engagements`)
            AND (
              `t203`.`views` IS NOT NULL AND NOT ISNAN(`t203`.`views`)
            )
          ),
          `t203`.`views__provenance`,
          NULL
        )
      ) AS `engagement_rate_views__second__provenance`,
      AVG(`t203`.`er_views_post`) AS `er_views_post_mean`,
      MAX(
        IF(
          `t203`.`er_views_post` IS NOT NULL AND NOT ISNAN(`t203`.`er_views_post`),
          `t203`.`er_views_post__provenance`,
          NULL
        )
      ) AS `er_views_post_mean__provenance`,
      PERCENTILE(`t203`.`er_views_post`, 0.5) AS `er_views_post_median`,
      MAX(
        IF(
          `t203`.`er_views_post` IS NOT NULL AND NOT ISNAN(`t203`.`er_views_post`),
          `t203`.`er_views_post__provenance`,
          NULL
        )
      ) AS `er_views_post_median__provenance`,
      SUM(`t203`.`clicks`) AS `clicks`,
      MAX(
        IF(
          `t203`.`clicks` IS NOT NULL AND NOT ISNAN(`t203`.`clicks`),
          `t203`.`clicks__provenance`,
          NULL
        )
      ) AS `clicks__provenance`,
      SUM(`t203`.`followers_gained`) AS `followers_gained`,
      MAX(
        IF(
          `t203`.`followers_gained` IS NOT NULL AND NOT ISNAN(`t203`.`followers_gained`),
          `t203`.`followers_gained__provenance`,
          NULL
        )
      ) AS `followers_gained__provenance`,
      SUM(
        IF(
          `t203`.`followers_gained` IS NOT NULL
          AND NOT ISNAN(`t203`.`followers_gained`)
          AND (
            `t203`.`followers_start` IS NOT NULL AND NOT ISNAN(`t203`.`followers_start`)
          ),
          `t203`.`followers_gained`,
          NULL
        )
      ) AS `follower_growth_rate__first`,
      MAX(
        IF(
          `t203`.`followers_gained` IS NOT NULL
          AND NOT ISNAN(`t203`.`followers_gained`)
          AND (
            `t203`.`followers_gained` IS NOT NULL
            AND NOT ISNAN(`t203`.`followers_gained`)
            AND (
              `t203`.`followers_start` IS NOT NULL AND NOT ISNAN(`t203`.`followers_start`)
            )
          ),
          `t203`.`followers_gained__provenance`,
          NULL
        )
      ) AS `follower_growth_rate__first__provenance`,
      SUM(
        IF(
          `t203`.`followers_gained` IS NOT NULL
          AND NOT ISNAN(`t203`.`followers_gained`)
          AND (
            `t203`.`followers_start` IS NOT NULL AND NOT ISNAN(`t203`.`followers_start`)
          ),
          `t203`.`followers_start`,
          NULL
        )
      ) AS `follower_growth_rate__second`,
      MAX(
        IF(
          `t203`.`followers_start` IS NOT NULL
          AND NOT ISNAN(`t203`.`followers_start`)
          AND (
            `t203`.`followers_gained` IS NOT NULL
            AND NOT ISNAN(`t203`.`followers_gained`)
            AND (
              `t203`.`followers_start` IS NOT NULL AND NOT ISNAN(`t203`.`followers_start`)
            )
          ),
          `t203`.`followers_start__provenance`,
          NULL
        )
      ) AS `follower_growth_rate__second__provenance`,
      SUM(
        IF(
          `t203`.`followers_gained` IS NOT NULL
          AND NOT ISNAN(`t203`.`followers_gained`)
          AND (
            `t203`.`followers_expected_gain` IS NOT NULL
            AND NOT ISNAN(`t203`.`followers_expected_gain`)
          ),
          `t203`.`followers_gained`,
          NULL
        )
      ) AS `followers_gained_above_trend__first`,
      MAX(
        IF(
          `t203`.`followers_gained` IS NOT NULL
          AND NOT ISNAN(`t203`.`followers_gained`)
          AND (
            `t203`.`followers_gained` IS NOT NULL
            AND NOT ISNAN(`t203`.`followers_gained`)
            AND (
              `t203`.`followers_expected_gain` IS NOT NULL
              AND NOT ISNAN(`t203`.`followers_expected_gain`)
            )
          ),
          `t203`.`followers_gained__provenance`,
          NULL
        )
      ) AS `followers_gained_above_trend__first__provenance`,
      SUM(
        IF(
          `t203`.`followers_gained` IS NOT NULL
          AND NOT ISNAN(`t203`.`followers_gained`)
          AND (
            `t203`.`followers_expected_gain` IS NOT NULL
            AND NOT ISNAN(`t203`.`followers_expected_gain`)
          ),
          `t203`.`followers_expected_gain`,
          NULL
        )
      ) AS `followers_gained_above_trend__second`,
      MAX(
        IF(
          `t203`.`followers_expected_gain` IS NOT NULL
          AND NOT ISNAN(`t203`.`followers_expected_gain`)
          AND (
            `t203`.`followers_gained` IS NOT NULL
            AND NOT ISNAN(`t203`.`followers_gained`)
            AND (
              `t203`.`followers_expected_gain` IS NOT NULL
              AND NOT ISNAN(`t203`.`followers_expected_gain`)
            )
          ),
          `t203`.`followers_expected_gain__provenance`,
          NULL
        )
      ) AS `followers_gained_above_trend__second__provenance`,
      SUM(`t203`.`brand_followers_gained`) AS `brand_followers_gained`,
      MAX(
        IF(
          `t203`.`brand_followers_gained` IS NOT NULL
          AND NOT ISNAN(`t203`.`brand_followers_gained`),
          `t203`.`brand_followers_gained__provenance`,
          NULL
        )
      ) AS `brand_followers_gained__provenance`,
      SUM(
        IF(
          `t203`.`brand_followers_gained` IS NOT NULL
          AND NOT ISNAN(`t203`.`brand_followers_gained`)
          AND (
            `t203`.`brand_followers_start` IS NOT NULL
            AND NOT ISNAN(`t203`.`brand_followers_start`)
          ),
          `t203`.`brand_followers_gained`,
          NULL
        )
      ) AS `brand_follower_growth_rate__first`,
      MAX(
        IF(
          `t203`.`brand_followers_gained` IS NOT NULL
          AND NOT ISNAN(`t203`.`brand_followers_gained`)
          AND (
            `t203`.`brand_followers_gained` IS NOT NULL
            AND NOT ISNAN(`t203`.`brand_followers_gained`)
            AND (
              `t203`.`brand_followers_start` IS NOT NULL
              AND NOT ISNAN(`t203`.`brand_followers_start`)
            )
          ),
          `t203`.`brand_followers_gained__provenance`,
          NULL
        )
      ) AS `brand_follower_growth_rate__first__provenance`,
      SUM(
        IF(
          `t203`.`brand_followers_gained` IS NOT NULL
          AND NOT ISNAN(`t203`.`brand_followers_gained`)
          AND (
            `t203`.`brand_followers_start` IS NOT NULL
            AND NOT ISNAN(`t203`.`brand_followers_start`)
          ),
          `t203`.`brand_followers_start`,
          NULL
        )
      ) AS `brand_follower_growth_rate__second`,
      MAX(
        IF(
          `t203`.`brand_followers_start` IS NOT NULL
          AND NOT ISNAN(`t203`.`brand_followers_start`)
          AND (
            `t203`.`brand_followers_gained` IS NOT NULL
            AND NOT ISNAN(`t203`.`brand_followers_gained`)
            AND (
              `t203`.`brand_followers_start` IS NOT NULL
              AND NOT ISNAN(`t203`.`brand_followers_start`)
            )
          ),
          `t203`.`brand_followers_start__provenance`,
          NULL
        )
      ) AS `brand_follower_growth_rate__second__provenance`,
      SUM(
        IF(
          `t203`.`brand_followers_gained` IS NOT NULL
          AND NOT ISNAN(`t203`.`brand_followers_gained`)
          AND (
            `t203`.`brand_followers_expected_gain` IS NOT NULL
            AND NOT ISNAN(`t203`.`brand_followers_expected_gain`)
          ),
          `t203`.`brand_followers_gained`,
          NULL
        )
      ) AS `brand_followers_gained_above_trend__first`,
      MAX(
        IF(
          `t203`.`brand_followers_gained` IS NOT NULL
          AND NOT ISNAN(`t203`.`brand_followers_gained`)
          AND (
            `t203`.`brand_followers_gained` IS NOT NULL
            AND NOT ISNAN(`t203`.`brand_followers_gained`)
            AND (
              `t203`.`brand_followers_expected_gain` IS NOT NULL
              AND NOT ISNAN(`t203`.`brand_followers_expected_gain`)
            )
          ),
          `t203`.`brand_followers_gained__provenance`,
          NULL
        )
      ) AS `brand_followers_gained_above_trend__first__provenance`,
      SUM(
        IF(
          `t203`.`brand_followers_gained` IS NOT NULL
          AND NOT ISNAN(`t203`.`brand_followers_gained`)
          AND (
            `t203`.`brand_followers_expected_gain` IS NOT NULL
            AND NOT ISNAN(`t203`.`brand_followers_expected_gain`)
          ),
          `t203`.`brand_followers_expected_gain`,
          NULL
        )
      ) AS `brand_followers_gained_above_trend__second`,
      MAX(
        IF(
          `t203`.`brand_followers_expected_gain` IS NOT NULL
          AND NOT ISNAN(`t203`.`brand_followers_expected_gain`)
          AND (
            `t203`.`brand_followers_gained` IS NOT NULL
            AND NOT ISNAN(`t203`.`brand_followers_gained`)
            AND (
              `t203`.`brand_followers_expected_gain` IS NOT NULL
              AND NOT ISNAN(`t203`.`brand_followers_expected_gain`)
            )
          ),
          `t203`.`brand_followers_expected_gain__provenance`,
          NULL
        )
      ) AS `brand_followers_gained_above_trend__second__provenance`,
      SUM(`t203`.`link_clicks`) AS `link_clicks`,
      SUM(`t203`.`unique_link_clicks`) AS `unique_link_clicks`,
      SUM(`t203`.`bot_link_clicks`) AS `bot_link_clicks`,
      SUM(`t203`.`sessions`) AS `sessions`,
      SUM(`t203`.`new_users`) AS `new_users`,
      SUM(`t203`.`bounced_sessions`) AS `bounced_sessions`,
      SUM(`t203`.`session_seconds`) AS `session_seconds`,
      SUM(`t203`.`page_views`) AS `page_views`,
      SUM(`t203`.`key_events`) AS `key_events`,
      SUM(`t203`.`orders`) AS `orders`,
      SUM(`t203`.`revenue`) AS `revenue`,
      SUM(`t203`.`new_customers`) AS `new_customers`,
      SUM(`t203`.`cost`) AS `cost`,
      SUM(`t203`.`sponsored_posts`) AS `sponsored_posts`,
      SUM(`t203`.`disclosed_sponsored_posts`) AS `disclosed_sponsored_posts`,
      SUM(`t203`.`emv`) AS `emv`,
      MAX(
        IF(`t203`.`emv` IS NOT NULL AND NOT ISNAN(`t203`.`emv`), `t203`.`emv__provenance`, NULL)
      ) AS `emv__provenance`,
      SUM(`t203`.`paid_impressions`) AS `paid_impressions`,
      SUM(`t203`.`paid_clicks`) AS `paid_clicks`,
      SUM(`t203`.`paid_views`) AS `paid_views`,
      SUM(
        IF(
          `t203`.`impressions_with_estimates` IS NOT NULL
          AND NOT ISNAN(`t203`.`impressions_with_estimates`)
          AND (
            `t203`.`paid_impressions` IS NOT NULL AND NOT ISNAN(`t203`.`paid_impressions`)
          ),
          `t203`.`impressions_with_estimates`,
          NULL
        )
      ) AS `impressions_vs_paid__first`,
      MAX(
        IF(
          `t203`.`impressions_with_estimates` IS NOT NULL
          AND NOT ISNAN(`t203`.`impressions_with_estimates`)
          AND (
            `t203`.`impressions_with_estimates` IS NOT NULL
            AND NOT ISNAN(`t203`.`impressions_with_estimates`)
            AND (
              `t203`.`paid_impressions` IS NOT NULL AND NOT ISNAN(`t203`.`paid_impressions`)
            )
          ),
          `t203`.`impressions_with_estimates__provenance`,
          NULL
        )
      ) AS `impressions_vs_paid__first__provenance`,
      SUM(
        IF(
          `t203`.`impressions_with_estimates` IS NOT NULL
          AND NOT ISNAN(`t203`.`impressions_with_estimates`)
          AND (
            `t203`.`paid_impressions` IS NOT NULL AND NOT ISNAN(`t203`.`paid_impressions`)
          ),
          `t203`.`paid_impressions`,
          NULL
        )
      ) AS `impressions_vs_paid__second`,
      SUM(
        IF(
          `t203`.`clicks` IS NOT NULL
          AND NOT ISNAN(`t203`.`clicks`)
          AND (
            `t203`.`paid_clicks` IS NOT NULL AND NOT ISNAN(`t203`.`paid_clicks`)
          ),
          `t203`.`clicks`,
          NULL
        )
      ) AS `clicks_vs_paid__first`,
      MAX(
        IF(
          `t203`.`clicks` IS NOT NULL
          AND NOT ISNAN(`t203`.`clicks`)
          AND (
            `t203`.`clicks` IS NOT NULL
            AND NOT ISNAN(`t203`.`clicks`)
            AND (
              `t203`.`paid_clicks` IS NOT NULL AND NOT ISNAN(`t203`.`paid_clicks`)
            )
          ),
          `t203`.`clicks__provenance`,
          NULL
        )
      ) AS `clicks_vs_paid__first__provenance`,
      SUM(
        IF(
          `t203`.`clicks` IS NOT NULL
          AND NOT ISNAN(`t203`.`clicks`)
          AND (
            `t203`.`paid_clicks` IS NOT NULL AND NOT ISNAN(`t203`.`paid_clicks`)
          ),
          `t203`.`paid_clicks`,
          NULL
        )
      ) AS `clicks_vs_paid__second`,
      SUM(
        IF(
          `t203`.`views` IS NOT NULL
          AND NOT ISNAN(`t203`.`views`)
          AND (
            `t203`.`paid_views` IS NOT NULL AND NOT ISNAN(`t203`.`paid_views`)
          ),
          `t203`.`views`,
          NULL
        )
      ) AS `views_vs_paid__first`,
      MAX(
        IF(
          `t203`.`views` IS NOT NULL
          AND NOT ISNAN(`t203`.`views`)
          AND (
            `t203`.`views` IS NOT NULL
            AND NOT ISNAN(`t203`.`views`)
            AND (
              `t203`.`paid_views` IS NOT NULL AND NOT ISNAN(`t203`.`paid_views`)
            )
          ),
          `t203`.`views__provenance`,
          NULL
        )
      ) AS `views_vs_paid__first__provenance`,
      SUM(
        IF(
          `t203`.`views` IS NOT NULL
          AND NOT ISNAN(`t203`.`views`)
          AND (
            `t203`.`paid_views` IS NOT NULL AND NOT ISNAN(`t203`.`paid_views`)
          ),
          `t203`.`paid_views`,
          NULL
        )
      ) AS `views_vs_paid__second`
    FROM (
      SELECT
        `t202`.`campaign_id`,
        `t202`.`campaign`,
        `t202`.`influencer_id`,
        `t202`.`influencer`,
        `t202`.`account_id`,
        `t202`.`platform`,
        `t202`.`format`,
        `t202`.`post_id`,
        `t202`.`day`,
        `t202`.`reach`,
        `t202`.`impressions`,
        `t202`.`views`,
        `t202`.`likes`,
        `t202`.`comments`,
        `t202`.`shares`,
        `t202`.`saves`,
        `t202`.`clicks`,
        `t202`.`reach__provenance`,
        `t202`.`impressions__provenance`,
        `t202`.`views__provenance`,
        `t202`.`likes__provenance`,
        `t202`.`comments__provenance`,
        `t202`.`shares__provenance`,
        `t202`.`saves__provenance`,
        `t202`.`clicks__provenance`,
        `t202`.`followers`,
        `t202`.`followers__provenance`,
        `t202`.`engagements`,
        `t202`.`engagements__provenance`,
        `t202`.`impressions_with_estimates`,
        `t202`.`impressions_with_estimates__provenance`,
        `t202`.`er_reach_post`,
        `t202`.`er_followers_post`,
        `t202`.`er_impressions_post`,
        `t202`.`er_views_post`,
        `t202`.`er_reach_post__provenance`,
        `t202`.`er_followers_post__provenance`,
        `t202`.`er_impressions_post__provenance`,
        `t202`.`er_views_post__provenance`,
        `t202`.`post_platform`,
        `t202`.`publishing_influencer`,
        `t202`.`sponsored_posts`,
        `t202`.`disclosed_sponsored_posts`,
        `t202`.`cost`,
        `t202`.`key_message_posts`,
        `t202`.`ugc_post`,
        `t202`.`mentions`,
        `t202`.`brand_mentions`,
        `t202`.`mention_engagements`,
        `t202`.`brand_mention_engagements`,
        `t202`.`followers_start`,
        `t202`.`followers_gained`,
        `t202`.`followers_expected_gain`,
        `t202`.`followers_start__provenance`,
        `t202`.`followers_gained__provenance`,
        `t202`.`followers_expected_gain__provenance`,
        `t202`.`brand_followers_start`,
        `t202`.`brand_followers_gained`,
        `t202`.`brand_followers_expected_gain`,
        `t202`.`brand_followers_start__provenance`,
        `t202`.`brand_followers_gained__provenance`,
        `t202`.`brand_followers_expected_gain__provenance`,
        `t202`.`influencers_contacted`,
        `t202`.`influencers_interested`,
        `t202`.`posts_contracted`,
        `t202`.`products_sent`,
        `t202`.`link_clicks`,
        `t202`.`unique_link_clicks`,
        `t202`.`bot_link_clicks`,
        `t202`.`sessions`,
        `t202`.`new_users`,
        `t202`.`engaged_sessions`,
        `t202`.`bounced_sessions`,
        `t202`.`session_seconds`,
        `t202`.`page_views`,
        `t202`.`key_events`,
        `t202`.`orders`,
        `t202`.`revenue`,
        `t202`.`new_customers`,
        `t202`.`key_messages`,
        `t202`.`emv_rate`,
        `t202`.`emv`,
        `t202`.`emv__provenance`,
        `t202`.`paid_rate`,
        (
          `t202`.`cost` / (
            CASE
              WHEN `t202`.`platform` = 'tiktok'
              THEN 7.5
              WHEN `t202`.`platform` = 'youtube'
              THEN 3.53
              ELSE 19.8
            END * `t202`.`paid_rate`
          )
        ) * 1000 AS `paid_impressions`,
        CAST(NULL AS DOUBLE) AS `paid_engagements`,
        `t202`.`cost` / (
          CASE
            WHEN `t202`.`platform` = 'tiktok'
            THEN CAST(NULL AS DOUBLE)
            WHEN `t202`.`platform` = 'youtube'
            THEN CAST(NULL AS DOUBLE)
            ELSE 1.88
          END * `t202`.`paid_rate`
        ) AS `paid_clicks`,
        `t202`.`cost` / (
          CASE WHEN `t202`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t202`.`paid_rate`
        ) AS `paid_views`
      FROM (
        SELECT
          `t200`.`campaign_id`,
          `t200`.`campaign`,
          `t200`.`influencer_id`,
          `t200`.`influencer`,
          `t200`.`account_id`,
          `t200`.`platform`,
          `t200`.`format`,
          `t200`.`post_id`,
          `t200`.`day`,
          `t200`.`reach`,
          `t200`.`impressions`,
          `t200`.`views`,
          `t200`.`likes`,
          `t200`.`comments`,
          `t200`.`shares`,
          `t200`.`saves`,
          `t200`.`clicks`,
          `t200`.`reach__provenance`,
          `t200`.`impressions__provenance`,
          `t200`.`views__provenance`,
          `t200`.`likes__provenance`,
          `t200`.`comments__provenance`,
          `t200`.`shares__provenance`,
          `t200`.`saves__provenance`,
          `t200`.`clicks__provenance`,
          `t200`.`followers`,
          `t200`.`followers__provenance`,
          `t200`.`engagements`,
          `t200`.`engagements__provenance`,
          `t200`.`impressions_with_estimates`,
          `t200`.`impressions_with_estimates__provenance`,
          `t200`.`er_reach_post`,
          `t200`.`er_followers_post`,
          `t200`.`er_impressions_post`,
          `t200`.`er_views_post`,
          `t200`.`er_reach_post__provenance`,
          `t200`.`er_followers_post__provenance`,
          `t200`.`er_impressions_post__provenance`,
          `t200`.`er_views_post__provenance`,
          `t200`.`post_platform`,
          `t200`.`publishing_influencer`,
          `t200`.`sponsored_posts`,
          `t200`.`disclosed_sponsored_posts`,
          `t200`.`cost`,
          `t200`.`key_message_posts`,
          `t200`.`ugc_post`,
          `t200`.`mentions`,
          `t200`.`brand_mentions`,
          `t200`.`mention_engagements`,
          `t200`.`brand_mention_engagements`,
          `t200`.`followers_start`,
          `t200`.`followers_gained`,
          `t200`.`followers_expected_gain`,
          `t200`.`followers_start__provenance`,
          `t200`.`followers_gained__provenance`,
          `t200`.`followers_expected_gain__provenance`,
          `t200`.`brand_followers_start`,
          `t200`.`brand_followers_gained`,
          `t200`.`brand_followers_expected_gain`,
          `t200`.`brand_followers_start__provenance`,
          `t200`.`brand_followers_gained__provenance`,
          `t200`.`brand_followers_expected_gain__provenance`,
          `t200`.`influencers_contacted`,
          `t200`.`influencers_interested`,
          `t200`.`posts_contracted`,
          `t200`.`products_sent`,
          `t200`.`link_clicks`,
          `t200`.`unique_link_clicks`,
          `t200`.`bot_link_clicks`,
          `t200`.`sessions`,
          `t200`.`new_users`,
          `t200`.`engaged_sessions`,
          `t200`.`bounced_sessions`,
          `t200`.`session_seconds`,
          `t200`.`page_views`,
          `t200`.`key_events`,
          `t200`.`orders`,
          `t200`.`revenue`,
          `t200`.`new_customers`,
          `t200`.`key_messages`,
          `t200`.`emv_rate`,
          `t200`.`emv`,
          `t200`.`emv__provenance`,
          `t140`.`paid_rate`
        FROM (
          SELECT
            `t197`.`campaign_id`,
            `t197`.`campaign`,
            `t197`.`influencer_id`,
            `t197`.`influencer`,
            `t197`.`account_id`,
            `t197`.`platform`,
            `t197`.`format`,
            `t197`.`post_id`,
            `t197`.`day`,
            `t197`.`reach`,
            `t197`.`impressions`,
            `t197`.`views`,
            `t197`.`likes`,
            `t197`.`comments`,
            `t197`.`shares`,
            `t197`.`saves`,
            `t197`.`clicks`,
            `t197`.`reach__provenance`,
            `t197`.`impressions__provenance`,
            `t197`.`views__provenance`,
            `t197`.`likes__provenance`,
            `t197`.`comments__provenance`,
            `t197`.`shares__provenance`,
            `t197`.`saves__provenance`,
            `t197`.`clicks__provenance`,
            `t197`.`followers`,
            `t197`.`followers__provenance`,
            `t197`.`engagements`,
            `t197`.`engagements__provenance`,
            `t197`.`impressions_with_estimates`,
            `t197`.`impressions_with_estimates__provenance`,
            `t197`.`er_reach_post`,
            `t197`.`er_followers_post`,
            `t197`.`er_impressions_post`,
            `t197`.`er_views_post`,
            `t197`.`er_reach_post__provenance`,
            `t197`.`er_followers_post__provenance`,
            `t197`.`er_impressions_post__provenance`,
            `t197`.`er_views_post__provenance`,
            `t197`.`post_platform`,
            `t197`.`publishing_influencer`,
            `t197`.`sponsored_posts`,
            `t197`.`disclosed_sponsored_posts`,
            `t197`.`cost`,
            `t197`.`key_message_posts`,
            `t197`.`ugc_post`,
            `t197`.`mentions`,
            `t197`.`brand_mentions`,
            `t197`.`mention_engagements`,
            `t197`.`brand_mention_engagements`,
            `t197`.`followers_start`,
            `t197`.`followers_gained`,
            `t197`.`followers_expected_gain`,
            `t197`.`followers_start__provenance`,
            `t197`.`followers_gained__provenance`,
            `t197`.`followers_expected_gain__provenance`,
            `t197`.`brand_followers_start`,
            `t197`.`brand_followers_gained`,
            `t197`.`brand_followers_expected_gain`,
            `t197`.`brand_followers_start__provenance`,
            `t197`.`brand_followers_gained__provenance`,
            `t197`.`brand_followers_expected_gain__provenance`,
            `t197`.`influencers_contacted`,
            `t197`.`influencers_interested`,
            `t197`.`posts_contracted`,
            `t197`.`products_sent`,
            `t197`.`link_clicks`,
            `t197`.`unique_link_clicks`,
            `t197`.`bot_link_clicks`,
            `t197`.`sessions`,
            `t197`.`new_users`,
            `t197`.`engaged_sessions`,
            `t197`.`bounced_sessions`,
            `t197`.`session_seconds`,
            `t197`.`page_views`,
            `t197`.`key_events`,
            `t197`.`orders`,
            `t197`.`revenue`,
            `t197`.`new_customers`,
            `t197`.`key_messages`,
            `t197`.`emv_rate`,
            IF(
              (
                `t197`.`post_id` IS NOT NULL
              )
              AND (
                (
                  (
                    (
                      COALESCE(`t197`.`impressions`, `t197`.`views`) * CASE WHEN `t197`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                    ) / 1000
                  ) IS NOT NULL
                  AND NOT ISNAN(
                    (
                      COALESCE(`t197`.`impressions`, `t197`.`views`) * CASE WHEN `t197`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                    ) / 1000
                  )
                )
                OR (
                  (
                    CASE
                      WHEN `t197`.`platform` = 'instagram'
                      THEN 0.07
                      WHEN `t197`.`platform` = 'tiktok'
                      THEN 0.09
                      WHEN `t197`.`platform` = 'youtube'
                      THEN 0.08
                      ELSE CAST(NULL AS DOUBLE)
                    END * `t197`.`likes`
                  ) IS NOT NULL
                  AND NOT ISNAN(
                    CASE
                      WHEN `t197`.`platform` = 'instagram'
                      THEN 0.07
                      WHEN `t197`.`platform` = 'tiktok'
                      THEN 0.09
                      WHEN `t197`.`platform` = 'youtube'
                      THEN 0.08
                      ELSE CAST(NULL AS DOUBLE)
                    END * `t197`.`likes`
                  )
                )
                OR (
                  (
                    CASE
                      WHEN `t197`.`platform` = 'instagram'
                      THEN 3.46
                      WHEN `t197`.`platform` = 'tiktok'
                      THEN 3.52
                      WHEN `t197`.`platform` = 'youtube'
                      THEN 6.99
                      ELSE CAST(NULL AS DOUBLE)
                    END * `t197`.`comments`
                  ) IS NOT NULL
                  AND NOT ISNAN(
                    CASE
                      WHEN `t197`.`platform` = 'instagram'
                      THEN 3.46
                      WHEN `t197`.`platform` = 'tiktok'
                      THEN 3.52
                      WHEN `t197`.`platform` = 'youtube'
                      THEN 6.99
                      ELSE CAST(NULL AS DOUBLE)
                    END * `t197`.`comments`
                  )
                )
                OR (
                  (
                    CASE WHEN `t197`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t197`.`shares`
                  ) IS NOT NULL
                  AND NOT ISNAN(
                    CASE WHEN `t197`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t197`.`shares`
                  )
                )
              ),
              (
                COALESCE(
                  (
                    COALESCE(`t197`.`impressions`, `t197`.`views`) * CASE WHEN `t197`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                  ) / 1000,
                  0
                ) + COALESCE(
                  CASE
                    WHEN `t197`.`platform` = 'instagram'
                    THEN 0.07
                    WHEN `t197`.`platform` = 'tiktok'
                    THEN 0.09
                    WHEN `t197`.`platform` = 'youtube'
                    THEN 0.08
                    ELSE CAST(NULL AS DOUBLE)
                  END * `t197`.`likes`,
                  0
                ) + COALESCE(
                  CASE
                    WHEN `t197`.`platform` = 'instagram'
                    THEN 3.46
                    WHEN `t197`.`platform` = 'tiktok'
                    THEN 3.52
                    WHEN `t197`.`platform` = 'youtube'
                    THEN 6.99
                    ELSE CAST(NULL AS DOUBLE)
                  END * `t197`.`comments`,
                  0
                ) + COALESCE(
                  CASE WHEN `t197`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t197`.`shares`,
                  0
                )
              ) * `t197`.`emv_rate`,
              CAST(NULL AS DOUBLE)
            ) AS `emv`,
            NULLIF(
              GREATEST(
                COALESCE(`t197`.`impressions__provenance`, -1),
                COALESCE(`t197`.`views__provenance`, -1),
                COALESCE(`t197`.`engagements__provenance`, -1)
              ),
              -1
            ) AS `emv__provenance`
          FROM (
            SELECT
              `t195`.`campaign_id`,
              `t195`.`campaign`,
              `t195`.`influencer_id`,
              `t195`.`influencer`,
              `t195`.`account_id`,
              `t195`.`platform`,
              `t195`.`format`,
              `t195`.`post_id`,
              `t195`.`day`,
              `t195`.`reach`,
              `t195`.`impressions`,
              `t195`.`views`,
              `t195`.`likes`,
              `t195`.`comments`,
              `t195`.`shares`,
              `t195`.`saves`,
              `t195`.`clicks`,
              `t195`.`reach__provenance`,
              `t195`.`impressions__provenance`,
              `t195`.`views__provenance`,
              `t195`.`likes__provenance`,
              `t195`.`comments__provenance`,
              `t195`.`shares__provenance`,
              `t195`.`saves__provenance`,
              `t195`.`clicks__provenance`,
              `t195`.`followers`,
              `t195`.`followers__provenance`,
              `t195`.`engagements`,
              `t195`.`engagements__provenance`,
              `t195`.`impressions_with_estimates`,
              `t195`.`impressions_with_estimates__provenance`,
              `t195`.`er_reach_post`,
              `t195`.`er_followers_post`,
              `t195`.`er_impressions_post`,
              `t195`.`er_views_post`,
              `t195`.`er_reach_post__provenance`,
              `t195`.`er_followers_post__provenance`,
              `t195`.`er_impressions_post__provenance`,
              `t195`.`er_views_post__provenance`,
              `t195`.`post_platform`,
              `t195`.`publishing_influencer`,
              `t195`.`sponsored_posts`,
              `t195`.`disclosed_sponsored_posts`,
              `t195`.`cost`,
              `t195`.`key_message_posts`,
              `t195`.`ugc_post`,
              `t195`.`mentions`,
              `t195`.`brand_mentions`,
              `t195`.`mention_engagements`,
              `t195`.`brand_mention_engagements`,
              `t195`.`followers_start`,
              `t195`.`followers_gained`,
              `t195`.`followers_expected_gain`,
              `t195`.`followers_start__provenance`,
              `t195`.`followers_gained__provenance`,
              `t195`.`followers_expected_gain__provenance`,
              `t195`.`brand_followers_start`,
              `t195`.`brand_followers_gained`,
              `t195`.`brand_followers_expected_gain`,
              `t195`.`brand_followers_start__provenance`,
              `t195`.`brand_followers_gained__provenance`,
              `t195`.`brand_followers_expected_gain__provenance`,
              `t195`.`influencers_contacted`,
              `t195`.`influencers_interested`,
              `t195`.`posts_contracted`,
              `t195`.`products_sent`,
              `t195`.`link_clicks`,
              `t195`.`unique_link_clicks`,
              `t195`.`bot_link_clicks`,
              `t195`.`sessions`,
              `t195`.`new_users`,
              `t195`.`engaged_sessions`,
              `t195`.`bounced_sessions`,
              `t195`.`session_seconds`,
              `t195`.`page_views`,
              `t195`.`key_events`,
              `t195`.`orders`,
              `t195`.`revenue`,
              `t195`.`new_customers`,
              `t195`.`key_messages`,
              `t141`.`emv_rate`
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      *
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  `t182`.`campaign_id`,
                                  `t182`.`campaign`,
                                  `t182`.`influencer_id`,
                                  `t182`.`influencer`,
                                  `t182`.`account_id`,
                                  `t182`.`platform`,
                                  `t182`.`format`,
                                  `t182`.`post_id`,
                                  `t182`.`day`,
                                  `t182`.`reach`,
                                  `t182`.`impressions`,
                                  `t182`.`views`,
                                  `t182`.`likes`,
                                  `t182`.`comments`,
                                  `t182`.`shares`,
                                  `t182`.`saves`,
                                  `t182`.`clicks`,
                                  `t182`.`reach__provenance`,
                                  `t182`.`impressions__provenance`,
                                  `t182`.`views__provenance`,
                                  `t182`.`likes__provenance`,
                                  `t182`.`comments__provenance`,
                                  `t182`.`shares__provenance`,
                                  `t182`.`saves__provenance`,
                                  `t182`.`clicks__provenance`,
                                  `t182`.`followers`,
                                  CAST(`t182`.`followers__provenance` AS BIGINT) AS `followers__provenance`,
                                  `t182`.`engagements`,
                                  `t182`.`engagements__provenance`,
                                  `t182`.`impressions_with_estimates`,
                                  `t182`.`impressions_with_estimates__provenance`,
                                  `t182`.`er_reach_post`,
                                  `t182`.`er_followers_post`,
                                  `t182`.`er_impressions_post`,
                                  `t182`.`er_views_post`,
                                  `t182`.`er_reach_post__provenance`,
                                  `t182`.`er_followers_post__provenance`,
                                  `t182`.`er_impressions_post__provenance`,
                                  `t182`.`er_views_post__provenance`,
                                  `t182`.`post_platform`,
                                  CAST(`t182`.`publishing_influencer` AS DOUBLE) AS `publishing_influencer`,
                                  `t182`.`sponsored_posts`,
                                  `t182`.`disclosed_sponsored_posts`,
                                  `t182`.`cost`,
                                  `t182`.`key_message_posts`,
                                  CAST(NULL AS DOUBLE) AS `ugc_post`,
                                  CAST(NULL AS DOUBLE) AS `mentions`,
                                  CAST(NULL AS DOUBLE) AS `brand_mentions`,
                                  CAST(NULL AS DOUBLE) AS `mention_engagements`,
                                  CAST(NULL AS DOUBLE) AS `brand_mention_engagements`,
                                  CAST(NULL AS DOUBLE) AS `followers_start`,
                                  CAST(NULL AS DOUBLE) AS `followers_gained`,
                                  CAST(NULL AS DOUBLE) AS `followers_expected_gain`,
                                  CAST(NULL AS BIGINT) AS `followers_start__provenance`,
                                  CAST(NULL AS BIGINT) AS `followers_gained__provenance`,
                                  CAST(NULL AS BIGINT) AS `followers_expected_gain__provenance`,
                                  CAST(NULL AS DOUBLE) AS `brand_followers_start`,
                                  CAST(NULL AS DOUBLE) AS `brand_followers_gained`,
                                  CAST(NULL AS DOUBLE) AS `brand_followers_expected_gain`,
                                  CAST(NULL AS BIGINT) AS `brand_followers_start__provenance`,
                                  CAST(NULL AS BIGINT) AS `brand_followers_gained__provenance`,
                                  CAST(NULL AS BIGINT) AS `brand_followers_expected_gain__provenance`,
                                  CAST(NULL AS DOUBLE) AS `influencers_contacted`,
                                  CAST(NULL AS DOUBLE) AS `influencers_interested`,
                                  CAST(NULL AS DOUBLE) AS `posts_contracted`,
                                  CAST(NULL AS DOUBLE) AS `products_sent`,
                                  CAST(NULL AS DOUBLE) AS `link_clicks`,
                                  CAST(NULL AS DOUBLE) AS `unique_link_clicks`,
                                  CAST(NULL AS DOUBLE) AS `bot_link_clicks`,
                                  CAST(NULL AS DOUBLE) AS `sessions`,
                                  CAST(NULL AS DOUBLE) AS `new_users`,
                                  CAST(NULL AS DOUBLE) AS `engaged_sessions`,
                                  CAST(NULL AS DOUBLE) AS `bounced_sessions`,
                                  CAST(NULL AS DOUBLE) AS `session_seconds`,
                                  CAST(NULL AS DOUBLE) AS `page_views`,
                                  CAST(NULL AS DOUBLE) AS `key_events`,
                                  CAST(NULL AS DOUBLE) AS `orders`,
                                  CAST(NULL AS DOUBLE) AS `revenue`,
                                  CAST(NULL AS DOUBLE) AS `new_customers`,
                                  CAST(NULL AS DOUBLE) AS `key_messages`
                                FROM (
                                  SELECT
                                    `t173`.`campaign_id`,
                                    `t173`.`campaign`,
                                    `t173`.`influencer_id`,
                                    `t173`.`influencer`,
                                    `t173`.`account_id`,
                                    `t173`.`platform`,
                                    `t173`.`format`,
                                    `t173`.`post_id`,
                                    `t173`.`day`,
                                    `t173`.`country`,
                                    `t173`.`caption`,
                                    `t173`.`sponsored`,
                                    `t173`.`reach`,
                                    `t173`.`impressions`,
                                    `t173`.`views`,
                                    `t173`.`likes`,
                                    `t173`.`comments`,
                                    `t173`.`shares`,
                                    `t173`.`saves`,
                                    `t173`.`clicks`,
                                    `t173`.`reach__provenance`,
                                    `t173`.`impressions__provenance`,
                                    `t173`.`views__provenance`,
                                    `t173`.`likes__provenance`,
                                    `t173`.`comments__provenance`,
                                    `t173`.`shares__provenance`,
                                    `t173`.`saves__provenance`,
                                    `t173`.`clicks__provenance`,
                                    `t173`.`followers`,
                                    `t173`.`followers__provenance`,
                                    `t173`.`engagements`,
                                    `t173`.`engagements__provenance`,
                                    `t173`.`impressions_with_estimates`,
                                    `t173`.`impressions_with_estimates__provenance`,
                                    `t173`.`er_reach_post`,
                                    `t173`.`er_followers_post`,
                                    `t173`.`er_impressions_post`,
                                    `t173`.`er_views_post`,
                                    `t173`.`er_reach_post__provenance`,
                                    `t173`.`er_followers_post__provenance`,
                                    `t173`.`er_impressions_post__provenance`,
                                    `t173`.`er_views_post__provenance`,
                                    `t173`.`post_platform`,
                                    `t173`.`publishing_influencer`,
                                    `t173`.`sponsored_posts`,
                                    `t173`.`disclosed_sponsored_posts`,
                                    `t173`.`cost`,
                                    `t181`.`key_message_posts`
                                  FROM (
                                    SELECT
                                      `t161`.`campaign_id`,
                                      `t161`.`campaign`,
                                      `t161`.`influencer_id`,
                                      `t161`.`influencer`,
                                      `t161`.`account_id`,
                                      `t161`.`platform`,
                                      `t161`.`format`,
                                      `t161`.`post_id`,
                                      `t161`.`day`,
                                      `t161`.`country`,
                                      `t161`.`caption`,
                                      `t161`.`sponsored`,
                                      `t161`.`reach`,
                                      `t161`.`impressions`,
                                      `t161`.`views`,
                                      `t161`.`likes`,
                                      `t161`.`comments`,
                                      `t161`.`shares`,
                                      `t161`.`saves`,
                                      `t161`.`clicks`,
                                      `t161`.`reach__provenance`,
                                      `t161`.`impressions__provenance`,
                                      `t161`.`views__provenance`,
                                      `t161`.`likes__provenance`,
                                      `t161`.`comments__provenance`,
                                      `t161`.`shares__provenance`,
                                      `t161`.`saves__provenance`,
                                      `t161`.`clicks__provenance`,
                                      `t161`.`followers`,
                                      `t161`.`followers__provenance`,
                                      `t161`.`engagements`,
                                      `t161`.`engagements__provenance`,
                                      `t161`.`impressions_with_estimates`,
                                      `t161`.`impressions_with_estimates__provenance`,
                                      `t161`.`er_reach_post`,
                                      `t161`.`er_followers_post`,
                                      `t161`.`er_impressions_post`,
                                      `t161`.`er_views_post`,
                                      `t161`.`er_reach_post__provenance`,
                                      `t161`.`er_followers_post__provenance`,
                                      `t161`.`er_impressions_post__provenance`,
                                      `t161`.`er_views_post__provenance`,
                                      `t161`.`post_platform`,
                                      `t161`.`publishing_influencer`,
                                      `t161`.`sponsored_posts`,
                                      `t161`.`disclosed_sponsored_posts`,
                                      `t136`.`cost`
                                    FROM (
                                      SELECT
                                        `t146`.`campaign_id`,
                                        `t146`.`campaign`,
                                        `t146`.`influencer_id`,
                                        `t146`.`influencer`,
                                        `t146`.`account_id`,
                                        `t146`.`platform`,
                                        `t146`.`format`,
                                        `t146`.`post_id`,
                                        `t146`.`day`,
                                        `t146`.`country`,
                                        `t146`.`caption`,
                                        `t146`.`sponsored`,
                                        `t146`.`reach`,
                                        `t146`.`impressions`,
                                        `t146`.`views`,
                                        `t146`.`likes`,
                                        `t146`.`comments`,
                                        `t146`.`shares`,
                                        `t146`.`saves`,
                                        `t146`.`clicks`,
                                        `t146`.`reach__provenance`,
                                        `t146`.`impressions__provenance`,
                                        `t146`.`views__provenance`,
                                        `t146`.`likes__provenance`,
                                        `t146`.`comments__provenance`,
                                        `t146`.`shares__provenance`,
                                        `t146`.`saves__provenance`,
                                        `t146`.`clicks__provenance`,
                                        `t146`.`followers`,
                                        `t146`.`followers__provenance`,
                                        `t146`.`engagements`,
                                        `t146`.`engagements__provenance`,
                                        COALESCE(
                                          COALESCE(`t146`.`impressions`, `t146`.`views`),
                                          `t146`.`reach` * COALESCE(
                                            SUM(
                                              IF(
                                                `t146`.`impressions` IS NOT NULL
                                                AND NOT ISNAN(`t146`.`impressions`)
                                                AND (
                                                  `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                ),
                                                `t146`.`impressions`,
                                                NULL
                                              )
                                            ) OVER (
                                              PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                            ) / NULLIF(
                                              SUM(
                                                IF(
                                                  `t146`.`impressions` IS NOT NULL
                                                  AND NOT ISNAN(`t146`.`impressions`)
                                                  AND (
                                                    `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                  ),
                                                  `t146`.`reach`,
                                                  NULL
                                                )
                                              ) OVER (
                                                PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              ),
                                              0
                                            ),
                                            CAST(1 AS DOUBLE)
                                          )
                                        ) AS `impressions_with_estimates`,
                                        IF(
                                          COALESCE(
                                            COALESCE(`t146`.`impressions`, `t146`.`views`),
                                            `t146`.`reach` * COALESCE(
                                              SUM(
                                                IF(
                                                  `t146`.`impressions` IS NOT NULL
                                                  AND NOT ISNAN(`t146`.`impressions`)
                                                  AND (
                                                    `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                  ),
                                                  `t146`.`impressions`,
                                                  NULL
                                                )
                                              ) OVER (
                                                PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              ) / NULLIF(
                                                SUM(
                                                  IF(
                                                    `t146`.`impressions` IS NOT NULL
                                                    AND NOT ISNAN(`t146`.`impressions`)
                                                    AND (
                                                      `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                    ),
                                                    `t146`.`reach`,
                                                    NULL
                                                  )
                                                ) OVER (
                                                  PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ),
                                                0
                                              ),
                                              CAST(1 AS DOUBLE)
                                            )
                                          ) IS NOT NULL
                                          AND NOT ISNAN(
                                            COALESCE(
                                              COALESCE(`t146`.`impressions`, `t146`.`views`),
                                              `t146`.`reach` * COALESCE(
                                                SUM(
                                                  IF(
                                                    `t146`.`impressions` IS NOT NULL
                                                    AND NOT ISNAN(`t146`.`impressions`)
                                                    AND (
                                                      `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                    ),
                                                    `t146`.`impressions`,
                                                    NULL
                                                  )
                                                ) OVER (
                                                  PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ) / NULLIF(
                                                  SUM(
                                                    IF(
                                                      `t146`.`impressions` IS NOT NULL
                                                      AND NOT ISNAN(`t146`.`impressions`)
                                                      AND (
                                                        `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                      ),
                                                      `t146`.`reach`,
                                                      NULL
                                                    )
                                                  ) OVER (
                                                    PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  ),
                                                  0
                                                ),
                                                CAST(1 AS DOUBLE)
                                              )
                                            )
                                          ),
                                          IF(
                                            `t146`.`impressions` IS NOT NULL AND NOT ISNAN(`t146`.`impressions`),
                                            `t146`.`impressions__provenance`,
                                            2
                                          ),
                                          CAST(NULL AS BIGINT)
                                        ) AS `impressions_with_estimates__provenance`,
                                        (
                                          `t146`.`engagements` / NULLIF(`t146`.`reach`, 0)
                                        ) * 100 AS `er_reach_post`,
                                        (
                                          `t146`.`engagements` / NULLIF(`t146`.`followers`, 0)
                                        ) * 100 AS `er_followers_post`,
                                        (
                                          `t146`.`engagements` / NULLIF(`t146`.`impressions`, 0)
                                        ) * 100 AS `er_impressions_post`,
                                        (
                                          `t146`.`engagements` / NULLIF(`t146`.`views`, 0)
                                        ) * 100 AS `er_views_post`,
                                        NULLIF(
                                          GREATEST(
                                            COALESCE(`t146`.`engagements__provenance`, -1),
                                            COALESCE(`t146`.`reach__provenance`, -1)
                                          ),
                                          -1
                                        ) AS `er_reach_post__provenance`,
                                        NULLIF(
                                          GREATEST(
                                            COALESCE(`t146`.`engagements__provenance`, -1),
                                            COALESCE(`t146`.`followers__provenance`, -1)
                                          ),
                                          -1
                                        ) AS `er_followers_post__provenance`,
                                        NULLIF(
                                          GREATEST(
                                            COALESCE(`t146`.`engagements__provenance`, -1),
                                            COALESCE(`t146`.`impressions__provenance`, -1)
                                          ),
                                          -1
                                        ) AS `er_impressions_post__provenance`,
                                        NULLIF(
                                          GREATEST(
                                            COALESCE(`t146`.`engagements__provenance`, -1),
                                            COALESCE(`t146`.`views__provenance`, -1)
                                          ),
                                          -1
                                        ) AS `er_views_post__provenance`,
                                        `t146`.`platform` AS `post_platform`,
                                        `t146`.`influencer_id` AS `publishing_influencer`,
                                        CAST(IF(`t146`.`sponsored`, 1, 0) AS DOUBLE) AS `sponsored_posts`,
                                        CAST(IF(
                                          `t146`.`sponsored`
                                          AND CASE
                                            WHEN UPPER(`t146`.`country`) = 'FR'
                                            THEN CONTAINS(LOWER(`t146`.`caption`), 'publicité')
                                            OR CONTAINS(LOWER(`t146`.`caption`), 'publicite')
                                            OR CONTAINS(LOWER(`t146`.`caption`), 'collaboration commerciale')
                                            WHEN UPPER(`t146`.`country`) = 'BE'
                                            THEN CONTAINS(LOWER(`t146`.`caption`), 'publicité')
                                            OR CONTAINS(LOWER(`t146`.`caption`), 'publicite')
                                            OR CONTAINS(LOWER(`t146`.`caption`), 'collaboration commerciale')
                                            OR CONTAINS(LOWER(`t146`.`caption`), '#pub')
                                            OR CONTAINS(LOWER(`t146`.`caption`), 'reclame')
                                            OR CONTAINS(LOWER(`t146`.`caption`), '#ad')
                                            OR CONTAINS(LOWER(`t146`.`caption`), 'samenwerking')
                                            WHEN UPPER(`t146`.`country`) = 'DE'
                                            THEN CONTAINS(LOWER(`t146`.`caption`), 'werbung')
                                            OR CONTAINS(LOWER(`t146`.`caption`), 'anzeige')
                                            WHEN UPPER(`t146`.`country`) = 'ES'
                                            THEN CONTAINS(LOWER(`t146`.`caption`), 'publicidad')
                                            OR CONTAINS(LOWER(`t146`.`caption`), '#publi')
                                            OR CONTAINS(LOWER(`t146`.`caption`), 'patrocinado')
                                            OR CONTAINS(LOWER(`t146`.`caption`), 'colaboración pagada')
                                            WHEN UPPER(`t146`.`country`) = 'IT'
                                            THEN CONTAINS(LOWER(`t146`.`caption`), 'pubblicità')
                                            OR CONTAINS(LOWER(`t146`.`caption`), '#adv')
                                            OR CONTAINS(LOWER(`t146`.`caption`), 'sponsorizzato')
                                            OR CONTAINS(LOWER(`t146`.`caption`), '#sponsored')
                                            WHEN UPPER(`t146`.`country`) = 'GB'
                                            THEN CONTAINS(LOWER(`t146`.`caption`), '#ad')
                                            OR CONTAINS(LOWER(`t146`.`caption`), 'advert')
                                            OR CONTAINS(LOWER(`t146`.`caption`), 'advertisement')
                                            WHEN UPPER(`t146`.`country`) = 'US'
                                            THEN CONTAINS(LOWER(`t146`.`caption`), '#ad')
                                            OR CONTAINS(LOWER(`t146`.`caption`), '#sponsored')
                                            OR CONTAINS(LOWER(`t146`.`caption`), 'advertisement')
                                            OR CONTAINS(LOWER(`t146`.`caption`), 'paid partnership')
                                            ELSE CONTAINS(LOWER(`t146`.`caption`), '#ad')
                                            OR CONTAINS(LOWER(`t146`.`caption`), '#sponsored')
                                            OR CONTAINS(LOWER(`t146`.`caption`), 'paid partnership')
                                            OR CONTAINS(LOWER(`t146`.`caption`), 'advertisement')
                                          END,
                                          1,
                                          0
                                        ) AS DOUBLE) AS `disclosed_sponsored_posts`
                                      FROM (
                                        SELECT
                                          `t137`.`campaign_id`,
                                          `t137`.`campaign`,
                                          `t137`.`influencer_id`,
                                          `t137`.`influencer`,
                                          `t137`.`account_id`,
                                          `t137`.`platform`,
                                          `t137`.`format`,
                                          `t137`.`post_id`,
                                          `t137`.`day`,
                                          `t137`.`country`,
                                          `t137`.`caption`,
                                          `t137`.`sponsored`,
                                          `t137`.`reach`,
                                          `t137`.`impressions`,
                                          `t137`.`views`,
                                          `t137`.`likes`,
                                          `t137`.`comments`,
                                          `t137`.`shares`,
                                          `t137`.`saves`,
                                          `t137`.`clicks`,
                                          `t137`.`reach__provenance`,
                                          `t137`.`impressions__provenance`,
                                          `t137`.`views__provenance`,
                                          `t137`.`likes__provenance`,
                                          `t137`.`comments__provenance`,
                                          `t137`.`shares__provenance`,
                                          `t137`.`saves__provenance`,
                                          `t137`.`clicks__provenance`,
                                          `t137`.`followers`,
                                          `t137`.`followers__provenance`,
                                          IF(
                                            (
                                              `t137`.`likes` IS NOT NULL AND NOT ISNAN(`t137`.`likes`)
                                            )
                                            OR (
                                              `t137`.`comments` IS NOT NULL AND NOT ISNAN(`t137`.`comments`)
                                            )
                                            OR (
                                              `t137`.`shares` IS NOT NULL AND NOT ISNAN(`t137`.`shares`)
                                            )
                                            OR (
                                              `t137`.`saves` IS NOT NULL AND NOT ISNAN(`t137`.`saves`)
                                            ),
                                            CAST(0 AS DOUBLE) + COALESCE(`t137`.`likes`, 0) + COALESCE(`t137`.`comments`, 0) + COALESCE(`t137`.`shares`, 0) + COALESCE(`t137`.`saves`, 0),
                                            CAST(NULL AS DOUBLE)
                                          ) AS `engagements`,
                                          NULLIF(
                                            GREATEST(
                                              COALESCE(`t137`.`likes__provenance`, -1),
                                              COALESCE(`t137`.`comments__provenance`, -1),
                                              COALESCE(`t137`.`shares__provenance`, -1),
                                              COALESCE(`t137`.`saves__provenance`, -1)
                                            ),
                                            -1
                                          ) AS `engagements__provenance`
                                        FROM (
                                          SELECT
                                            `t100`.`campaign_id`,
                                            `t100`.`campaign`,
                                            `t100`.`influencer_id`,
                                            `t100`.`influencer`,
                                            `t100`.`account_id`,
                                            `t100`.`platform`,
                                            `t100`.`format`,
                                            `t100`.`post_id`,
                                            `t100`.`day`,
                                            `t100`.`country`,
                                            `t100`.`caption`,
                                            `t100`.`sponsored`,
                                            `t117`.`reach`,
                                            `t117`.`impressions`,
                                            `t117`.`views`,
                                            `t117`.`likes`,
                                            `t117`.`comments`,
                                            `t117`.`shares`,
                                            `t117`.`saves`,
                                            `t117`.`clicks`,
                                            `t117`.`reach__provenance`,
                                            `t117`.`impressions__provenance`,
                                            `t117`.`views__provenance`,
                                            `t117`.`likes__provenance`,
                                            `t117`.`comments__provenance`,
                                            `t117`.`shares__provenance`,
                                            `t117`.`saves__provenance`,
                                            `t117`.`clicks__provenance`,
                                            `t124`.`followers`,
                                            `t124`.`followers__provenance`
                                          FROM `t77` AS `t100`
                                          LEFT OUTER JOIN (
                                            SELECT
                                              CAST(`t78`.`post_id` AS BIGINT) AS `post_id`,
                                              CAST(MAX_BY(
                                                IF(`t78`.`metric` = 'reach', `t78`.`value`, NULL),
                                                IF(
                                                  `t78`.`metric` = 'reach',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t78`.`provenance`
                                                      WHEN 'measured'
                                                      THEN 0
                                                      WHEN 'self_reported'
                                                      THEN 1
                                                      WHEN 'estimated'
                                                      THEN 2
                                                      ELSE 2
                                                    END
                                                  ),
                                                  NULL
                                                )
                                              ) AS DOUBLE) AS `reach`,
                                              CAST(MAX_BY(
                                                IF(`t78`.`metric` = 'impressions', `t78`.`value`, NULL),
                                                IF(
                                                  `t78`.`metric` = 'impressions',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t78`.`provenance`
                                                      WHEN 'measured'
                                                      THEN 0
                                                      WHEN 'self_reported'
                                                      THEN 1
                                                      WHEN 'estimated'
                                                      THEN 2
                                                      ELSE 2
                                                    END
                                                  ),
                                                  NULL
                                                )
                                              ) AS DOUBLE) AS `impressions`,
                                              CAST(MAX_BY(
                                                IF(`t78`.`metric` = 'views', `t78`.`value`, NULL),
                                                IF(
                                                  `t78`.`metric` = 'views',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t78`.`provenance`
                                                      WHEN 'measured'
                                                      THEN 0
                                                      WHEN 'self_reported'
                                                      THEN 1
                                                      WHEN 'estimated'
                                                      THEN 2
                                                      ELSE 2
                                                    END
                                                  ),
                                                  NULL
                                                )
                                              ) AS DOUBLE) AS `views`,
                                              CAST(MAX_BY(
                                                IF(`t78`.`metric` = 'likes', `t78`.`value`, NULL),
                                                IF(
                                                  `t78`.`metric` = 'likes',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t78`.`provenance`
                                                      WHEN 'measured'
                                                      THEN 0
                                                      WHEN 'self_reported'
                                                      THEN 1
                                                      WHEN 'estimated'
                                                      THEN 2
                                                      ELSE 2
                                                    END
                                                  ),
                                                  NULL
                                                )
                                              ) AS DOUBLE) AS `likes`,
                                              CAST(MAX_BY(
                                                IF(`t78`.`metric` = 'comments', `t78`.`value`, NULL),
                                                IF(
                                                  `t78`.`metric` = 'comments',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t78`.`provenance`
                                                      WHEN 'measured'
                                                      THEN 0
                                                      WHEN 'self_reported'
                                                      THEN 1
                                                      WHEN 'estimated'
                                                      THEN 2
                                                      ELSE 2
                                                    END
                                                  ),
                                                  NULL
                                                )
                                              ) AS DOUBLE) AS `comments`,
                                              CAST(MAX_BY(
                                                IF(`t78`.`metric` = 'shares', `t78`.`value`, NULL),
                                                IF(
                                                  `t78`.`metric` = 'shares',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t78`.`provenance`
                                                      WHEN 'measured'
                                                      THEN 0
                                                      WHEN 'self_reported'
                                                      THEN 1
                                                      WHEN 'estimated'
                                                      THEN 2
                                                      ELSE 2
                                                    END
                                                  ),
                                                  NULL
                                                )
                                              ) AS DOUBLE) AS `shares`,
                                              CAST(MAX_BY(
                                                IF(`t78`.`metric` = 'saves', `t78`.`value`, NULL),
                                                IF(
                                                  `t78`.`metric` = 'saves',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t78`.`provenance`
                                                      WHEN 'measured'
                                                      THEN 0
                                                      WHEN 'self_reported'
                                                      THEN 1
                                                      WHEN 'estimated'
                                                      THEN 2
                                                      ELSE 2
                                                    END
                                                  ),
                                                  NULL
                                                )
                                              ) AS DOUBLE) AS `saves`,
                                              CAST(MAX_BY(
                                                IF(`t78`.`metric` = 'clicks', `t78`.`value`, NULL),
                                                IF(
                                                  `t78`.`metric` = 'clicks',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t78`.`provenance`
                                                      WHEN 'measured'
                                                      THEN 0
                                                      WHEN 'self_reported'
                                                      THEN 1
                                                      WHEN 'estimated'
                                                      THEN 2
                                                      ELSE 2
                                                    END
                                                  ),
                                                  NULL
                                                )
                                              ) AS DOUBLE) AS `clicks`,
                                              15 - (
                                                MAX(
                                                  IF(
                                                    `t78`.`metric` = 'reach',
                                                    (
                                                      DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                    ) + (
                                                      15 - CASE `t78`.`provenance`
                                                        WHEN 'measured'
                                                        THEN 0
                                                        WHEN 'self_reported'
                                                        THEN 1
                                                        WHEN 'estimated'
                                                        THEN 2
                                                        ELSE 2
                                                      END
                                                    ),
                                                    NULL
                                                  )
                                                ) % 16
                                              ) AS `reach__provenance`,
                                              15 - (
                                                MAX(
                                                  IF(
                                                    `t78`.`metric` = 'impressions',
                                                    (
                                                      DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                    ) + (
                                                      15 - CASE `t78`.`provenance`
                                                        WHEN 'measured'
                                                        THEN 0
                                                        WHEN 'self_reported'
                                                        THEN 1
                                                        WHEN 'estimated'
                                                        THEN 2
                                                        ELSE 2
                                                      END
                                                    ),
                                                    NULL
                                                  )
                                                ) % 16
                                              ) AS `impressions__provenance`,
                                              15 - (
                                                MAX(
                                                  IF(
                                                    `t78`.`metric` = 'views',
                                                    (
                                                      DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                    ) + (
                                                      15 - CASE `t78`.`provenance`
                                                        WHEN 'measured'
                                                        THEN 0
                                                        WHEN 'self_reported'
                                                        THEN 1
                                                        WHEN 'estimated'
                                                        THEN 2
                                                        ELSE 2
                                                      END
                                                    ),
                                                    NULL
                                                  )
                                                ) % 16
                                              ) AS `views__provenance`,
                                              15 - (
                                                MAX(
                                                  IF(
                                                    `t78`.`metric` = 'likes',
                                                    (
                                                      DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                    ) + (
                                                      15 - CASE `t78`.`provenance`
                                                        WHEN 'measured'
                                                        THEN 0
                                                        WHEN 'self_reported'
                                                        THEN 1
                                                        WHEN 'estimated'
                                                        THEN 2
                                                        ELSE 2
                                                      END
                                                    ),
                                                    NULL
                                                  )
                                                ) % 16
                                              ) AS `likes__provenance`,
                                              15 - (
                                                MAX(
                                                  IF(
                                                    `t78`.`metric` = 'comments',
                                                    (
                                                      DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                    ) + (
                                                      15 - CASE `t78`.`provenance`
                                                        WHEN 'measured'
                                                        THEN 0
                                                        WHEN 'self_reported'
                                                        THEN 1
                                                        WHEN 'estimated'
                                                        THEN 2
                                                        ELSE 2
                                                      END
                                                    ),
                                                    NULL
                                                  )
                                                ) % 16
                                              ) AS `comments__provenance`,
                                              15 - (
                                                MAX(
                                                  IF(
                                                    `t78`.`metric` = 'shares',
                                                    (
                                                      DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                    ) + (
                                                      15 - CASE `t78`.`provenance`
                                                        WHEN 'measured'
                                                        THEN 0
                                                        WHEN 'self_reported'
                                                        THEN 1
                                                        WHEN 'estimated'
                                                        THEN 2
                                                        ELSE 2
                                                      END
                                                    ),
                                                    NULL
                                                  )
                                                ) % 16
                                              ) AS `shares__provenance`,
                                              15 - (
                                                MAX(
                                                  IF(
                                                    `t78`.`metric` = 'saves',
                                                    (
                                                      DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                    ) + (
                                                      15 - CASE `t78`.`provenance`
                                                        WHEN 'measured'
                                                        THEN 0
                                                        WHEN 'self_reported'
                                                        THEN 1
                                                        WHEN 'estimated'
                                                        THEN 2
                                                        ELSE 2
                                                      END
                                                    ),
                                                    NULL
                                                  )
                                                ) % 16
                                              ) AS `saves__provenance`,
                                              15 - (
                                                MAX(
                                                  IF(
                                                    `t78`.`metric` = 'clicks',
                                                    (
                                                      DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                    ) + (
                                                      15 - CASE `t78`.`provenance`
                                                        WHEN 'measured'
                                                        THEN 0
                                                        WHEN 'self_reported'
                                                        THEN 1
                                                        WHEN 'estimated'
                                                        THEN 2
                                                        ELSE 2
                                                      END
                                                    ),
                                                    NULL
                                                  )
                                                ) % 16
                                              ) AS `clicks__provenance`
                                            FROM (
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  *
                                                FROM `metric_snapshot` AS `t13`
                                                WHERE
                                                  `t13`.`post_id` IN (
                                                    SELECT
                                                      `t10`.`id`
                                                    FROM `post` AS `t10`
                                                    WHERE
                                                      `t10`.`campaign_id` IS NOT NULL AND `t10`.`campaign_id` IN (1)
                                                  )
                                              ) AS `t55`
                                              WHERE
                                                `t55`.`captured_at` <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                                            ) AS `t78`
                                            GROUP BY
                                              1
                                          ) AS `t117`
                                            ON `t100`.`post_id` = `t117`.`post_id`
                                          LEFT OUTER JOIN (
                                            SELECT
                                              `t105`.`post_id`,
                                              CAST(IF(`t105`.`before` IS NOT NULL, `t105`.`before`, `t105`.`after`) AS DOUBLE) AS `followers`,
                                              IF(`t105`.`before` IS NOT NULL, `t105`.`before_rank`, `t105`.`after_rank`) AS `followers__provenance`
                                            FROM (
                                              SELECT
                                                CAST(`t79`.`post_id` AS BIGINT) AS `post_id`,
                                                MAX_BY(
                                                  IF(`t79`.`captured_at` <= `t79`.`published_at`, `t79`.`followers`, NULL),
                                                  IF(`t79`.`captured_at` <= `t79`.`published_at`, `t79`.`captured_at`, NULL)
                                                ) AS `before`,
                                                MAX_BY(
                                                  IF(
                                                    `t79`.`captured_at` <= `t79`.`published_at`,
                                                    CASE `t79`.`provenance`
                                                      WHEN 'measured'
                                                      THEN 0
                                                      WHEN 'self_reported'
                                                      THEN 1
                                                      WHEN 'estimated'
                                                      THEN 2
                                                      ELSE 2
                                                    END,
                                                    NULL
                                                  ),
                                                  IF(`t79`.`captured_at` <= `t79`.`published_at`, `t79`.`captured_at`, NULL)
                                                ) AS `before_rank`,
                                                MIN_BY(
                                                  IF(NOT (
                                                    `t79`.`captured_at` <= `t79`.`published_at`
                                                  ), `t79`.`followers`, NULL),
                                                  IF(NOT (
                                                    `t79`.`captured_at` <= `t79`.`published_at`
                                                  ), `t79`.`captured_at`, NULL)
                                                ) AS `after`,
                                                MIN_BY(
                                                  IF(
                                                    NOT (
                                                      `t79`.`captured_at` <= `t79`.`published_at`
                                                    ),
                                                    CASE `t79`.`provenance`
                                                      WHEN 'measured'
                                                      THEN 0
                                                      WHEN 'self_reported'
                                                      THEN 1
                                                      WHEN 'estimated'
                                                      THEN 2
                                                      ELSE 2
                                                    END,
                                                    NULL
                                                  ),
                                                  IF(NOT (
                                                    `t79`.`captured_at` <= `t79`.`published_at`
                                                  ), `t79`.`captured_at`, NULL)
                                                ) AS `after_rank`
                                              FROM (
                                                SELECT
                                                  `t48`.`post_id`,
                                                  `t48`.`account_id`,
                                                  `t48`.`published_at`,
                                                  `t25`.`id`,
                                                  `t25`.`captured_at`,
                                                  `t25`.`followers`,
                                                  `t25`.`source`,
                                                  `t25`.`provenance`
                                                FROM (
                                                  SELECT
                                                    `t10`.`id` AS `post_id`,
                                                    `t10`.`account_id`,
                                                    `t10`.`published_at`
                                                  FROM `post` AS `t10`
                                                  WHERE
                                                    `t10`.`campaign_id` IS NOT NULL AND `t10`.`campaign_id` IN (1)
                                                ) AS `t48`
                                                INNER JOIN `follower_snapshot` AS `t25`
                                                  ON `t48`.`account_id` = `t25`.`account_id`
                                              ) AS `t79`
                                              GROUP BY
                                                1
                                            ) AS `t105`
                                          ) AS `t124`
                                            ON `t100`.`post_id` = `t124`.`post_id`
                                        ) AS `t137`
                                      ) AS `t146`
                                    ) AS `t161`
                                    LEFT OUTER JOIN (
                                      SELECT
                                        `t123`.`post_id`,
                                        SUM(`t123`.`cost`) AS `cost`
                                      FROM (
                                        SELECT
                                          `t113`.`post_id`,
                                          `t98`.`amount` / `t113`.`n_posts` AS `cost`
                                        FROM `t75` AS `t98`
                                        INNER JOIN (
                                          SELECT
                                            `t93`.`campaign_id`,
                                            `t93`.`campaign`,
                                            `t93`.`influencer_id`,
                                            `t93`.`influencer`,
                                            `t93`.`account_id`,
                                            `t93`.`platform`,
                                            `t93`.`format`,
                                            `t93`.`post_id`,
                                            `t93`.`day`,
                                            `t93`.`country`,
                                            `t93`.`caption`,
                                            `t93`.`sponsored`,
                                            COUNT(`t93`.`post_id`) OVER (
                                              PARTITION BY `t93`.`campaign_id`, `t93`.`influencer_id`
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                            ) AS `n_posts`
                                          FROM `t77` AS `t93`
                                        ) AS `t113`
                                          ON `t98`.`campaign_id` = `t113`.`campaign_id`
                                          AND `t98`.`influencer_id` = `t113`.`influencer_id`
                                      ) AS `t123`
                                      GROUP BY
                                        1
                                    ) AS `t136`
                                      ON `t161`.`post_id` = `t136`.`post_id`
                                  ) AS `t173`
                                  LEFT OUTER JOIN (
                                    SELECT
                                      `t174`.`post_id`,
                                      MAX(
                                        CAST(IF(CONTAINS(LOWER(`t174`.`caption`), LOWER(`t174`.`message`)), 1, 0) AS DOUBLE)
                                      ) AS `key_message_posts`
                                    FROM (
                                      SELECT
                                        `t166`.`campaign_id`,
                                        `t166`.`post_id`,
                                        `t166`.`caption`,
                                        `t81`.`message`
                                      FROM (
                                        SELECT
                                          `t159`.`campaign_id`,
                                          `t159`.`post_id`,
                                          `t159`.`caption`
                                        FROM (
                                          SELECT
                                            `t146`.`campaign_id`,
                                            `t146`.`campaign`,
                                            `t146`.`influencer_id`,
                                            `t146`.`influencer`,
                                            `t146`.`account_id`,
                                            `t146`.`platform`,
                                            `t146`.`format`,
                                            `t146`.`post_id`,
                                            `t146`.`day`,
                                            `t146`.`country`,
                                            `t146`.`caption`,
                                            `t146`.`sponsored`,
                                            `t146`.`reach`,
                                            `t146`.`impressions`,
                                            `t146`.`views`,
                                            `t146`.`likes`,
                                            `t146`.`comments`,
                                            `t146`.`shares`,
                                            `t146`.`saves`,
                                            `t146`.`clicks`,
                                            `t146`.`reach__provenance`,
                                            `t146`.`impressions__provenance`,
                                            `t146`.`views__provenance`,
                                            `t146`.`likes__provenance`,
                                            `t146`.`comments__provenance`,
                                            `t146`.`shares__provenance`,
                                            `t146`.`saves__provenance`,
                                            `t146`.`clicks__provenance`,
                                            `t146`.`followers`,
                                            `t146`.`followers__provenance`,
                                            `t146`.`engagements`,
                                            `t146`.`engagements__provenance`,
                                            COALESCE(
                                              COALESCE(`t146`.`impressions`, `t146`.`views`),
                                              `t146`.`reach` * COALESCE(
                                                SUM(
                                                  IF(
                                                    `t146`.`impressions` IS NOT NULL
                                                    AND NOT ISNAN(`t146`.`impressions`)
                                                    AND (
                                                      `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                    ),
                                                    `t146`.`impressions`,
                                                    NULL
                                                  )
                                                ) OVER (
                                                  PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ) / NULLIF(
                                                  SUM(
                                                    IF(
                                                      `t146`.`impressions` IS NOT NULL
                                                      AND NOT ISNAN(`t146`.`impressions`)
                                                      AND (
                                                        `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                      ),
                                                      `t146`.`reach`,
                                                      NULL
                                                    )
                                                  ) OVER (
                                                    PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  ),
                                                  0
                                                ),
                                                CAST(1 AS DOUBLE)
                                              )
                                            ) AS `impressions_with_estimates`,
                                            IF(
                                              COALESCE(
                                                COALESCE(`t146`.`impressions`, `t146`.`views`),
                                                `t146`.`reach` * COALESCE(
                                                  SUM(
                                                    IF(
                                                      `t146`.`impressions` IS NOT NULL
                                                      AND NOT ISNAN(`t146`.`impressions`)
                                                      AND (
                                                        `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                      ),
                                                      `t146`.`impressions`,
                                                      NULL
                                                    )
                                                  ) OVER (
                                                    PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  ) / NULLIF(
                                                    SUM(
                                                      IF(
                                                        `t146`.`impressions` IS NOT NULL
                                                        AND NOT ISNAN(`t146`.`impressions`)
                                                        AND (
                                                          `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                        ),
                                                        `t146`.`reach`,
                                                        NULL
                                                      )
                                                    ) OVER (
                                                      PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                    ),
                                                    0
                                                  ),
                                                  CAST(1 AS DOUBLE)
                                                )
                                              ) IS NOT NULL
                                              AND NOT ISNAN(
                                                COALESCE(
                                                  COALESCE(`t146`.`impressions`, `t146`.`views`),
                                                  `t146`.`reach` * COALESCE(
                                                    SUM(
                                                      IF(
                                                        `t146`.`impressions` IS NOT NULL
                                                        AND NOT ISNAN(`t146`.`impressions`)
                                                        AND (
                                                          `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                        ),
                                                        `t146`.`impressions`,
                                                        NULL
                                                      )
                                                    ) OVER (
                                                      PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                    ) / NULLIF(
                                                      SUM(
                                                        IF(
                                                          `t146`.`impressions` IS NOT NULL
                                                          AND NOT ISNAN(`t146`.`impressions`)
                                                          AND (
                                                            `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                          ),
                                                          `t146`.`reach`,
                                                          NULL
                                                        )
                                                      ) OVER (
                                                        PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                      ),
                                                      0
                                                    ),
                                                    CAST(1 AS DOUBLE)
                                                  )
                                                )
                                              ),
                                              IF(
                                                `t146`.`impressions` IS NOT NULL AND NOT ISNAN(`t146`.`impressions`),
                                                `t146`.`impressions__provenance`,
                                                2
                                              ),
                                              CAST(NULL AS BIGINT)
                                            ) AS `impressions_with_estimates__provenance`,
                                            (
                                              `t146`.`engagements` / NULLIF(`t146`.`reach`, 0)
                                            ) * 100 AS `er_reach_post`,
                                            (
                                              `t146`.`engagements` / NULLIF(`t146`.`followers`, 0)
                                            ) * 100 AS `er_followers_post`,
                                            (
                                              `t146`.`engagements` / NULLIF(`t146`.`impressions`, 0)
                                            ) * 100 AS `er_impressions_post`,
                                            (
                                              `t146`.`engagements` / NULLIF(`t146`.`views`, 0)
                                            ) * 100 AS `er_views_post`,
                                            NULLIF(
                                              GREATEST(
                                                COALESCE(`t146`.`engagements__provenance`, -1),
                                                COALESCE(`t146`.`reach__provenance`, -1)
                                              ),
                                              -1
                                            ) AS `er_reach_post__provenance`,
                                            NULLIF(
                                              GREATEST(
                                                COALESCE(`t146`.`engagements__provenance`, -1),
                                                COALESCE(`t146`.`followers__provenance`, -1)
                                              ),
                                              -1
                                            ) AS `er_followers_post__provenance`,
                                            NULLIF(
                                              GREATEST(
                                                COALESCE(`t146`.`engagements__provenance`, -1),
                                                COALESCE(`t146`.`impressions__provenance`, -1)
                                              ),
                                              -1
                                            ) AS `er_impressions_post__provenance`,
                                            NULLIF(
                                              GREATEST(
                                                COALESCE(`t146`.`engagements__provenance`, -1),
                                                COALESCE(`t146`.`views__provenance`, -1)
                                              ),
                                              -1
                                            ) AS `er_views_post__provenance`,
                                            `t146`.`platform` AS `post_platform`,
                                            `t146`.`influencer_id` AS `publishing_influencer`,
                                            CAST(IF(`t146`.`sponsored`, 1, 0) AS DOUBLE) AS `sponsored_posts`,
                                            CAST(IF(
                                              `t146`.`sponsored`
                                              AND CASE
                                                WHEN UPPER(`t146`.`country`) = 'FR'
                                                THEN CONTAINS(LOWER(`t146`.`caption`), 'publicité')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'publicite')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'collaboration commerciale')
                                                WHEN UPPER(`t146`.`country`) = 'BE'
                                                THEN CONTAINS(LOWER(`t146`.`caption`), 'publicité')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'publicite')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'collaboration commerciale')
                                                OR CONTAINS(LOWER(`t146`.`caption`), '#pub')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'reclame')
                                                OR CONTAINS(LOWER(`t146`.`caption`), '#ad')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'samenwerking')
                                                WHEN UPPER(`t146`.`country`) = 'DE'
                                                THEN CONTAINS(LOWER(`t146`.`caption`), 'werbung')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'anzeige')
                                                WHEN UPPER(`t146`.`country`) = 'ES'
                                                THEN CONTAINS(LOWER(`t146`.`caption`), 'publicidad')
                                                OR CONTAINS(LOWER(`t146`.`caption`), '#publi')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'patrocinado')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'colaboración pagada')
                                                WHEN UPPER(`t146`.`country`) = 'IT'
                                                THEN CONTAINS(LOWER(`t146`.`caption`), 'pubblicità')
                                                OR CONTAINS(LOWER(`t146`.`caption`), '#adv')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'sponsorizzato')
                                                OR CONTAINS(LOWER(`t146`.`caption`), '#sponsored')
                                                WHEN UPPER(`t146`.`country`) = 'GB'
                                                THEN CONTAINS(LOWER(`t146`.`caption`), '#ad')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'advert')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'advertisement')
                                                WHEN UPPER(`t146`.`country`) = 'US'
                                                THEN CONTAINS(LOWER(`t146`.`caption`), '#ad')
                                                OR CONTAINS(LOWER(`t146`.`caption`), '#sponsored')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'advertisement')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'paid partnership')
                                                ELSE CONTAINS(LOWER(`t146`.`caption`), '#ad')
                                                OR CONTAINS(LOWER(`t146`.`caption`), '#sponsored')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'paid partnership')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'advertisement')
                                              END,
                                              1,
                                              0
                                            ) AS DOUBLE) AS `disclosed_sponsored_posts`
                                          FROM (
                                            SELECT
                                              `t137`.`campaign_id`,
                                              `t137`.`campaign`,
                                              `t137`.`influencer_id`,
                                              `t137`.`influencer`,
                                              `t137`.`account_id`,
                                              `t137`.`platform`,
                                              `t137`.`format`,
                                              `t137`.`post_id`,
                                              `t137`.`day`,
                                              `t137`.`country`,
                                              `t137`.`caption`,
                                              `t137`.`sponsored`,
                                              `t137`.`reach`,
                                              `t137`.`impressions`,
                                              `t137`.`views`,
                                              `t137`.`likes`,
                                              `t137`.`comments`,
                                              `t137`.`shares`,
                                              `t137`.`saves`,
                                              `t137`.`clicks`,
                                              `t137`.`reach__provenance`,
                                              `t137`.`impressions__provenance`,
                                              `t137`.`views__provenance`,
                                              `t137`.`likes__provenance`,
                                              `t137`.`comments__provenance`,
                                              `t137`.`shares__provenance`,
                                              `t137`.`saves__provenance`,
                                              `t137`.`clicks__provenance`,
                                              `t137`.`followers`,
                                              `t137`.`followers__provenance`,
                                              IF(
                                                (
                                                  `t137`.`likes` IS NOT NULL AND NOT ISNAN(`t137`.`likes`)
                                                )
                                                OR (
                                                  `t137`.`comments` IS NOT NULL AND NOT ISNAN(`t137`.`comments`)
                                                )
                                                OR (
                                                  `t137`.`shares` IS NOT NULL AND NOT ISNAN(`t137`.`shares`)
                                                )
                                                OR (
                                                  `t137`.`saves` IS NOT NULL AND NOT ISNAN(`t137`.`saves`)
                                                ),
                                                CAST(0 AS DOUBLE) + COALESCE(`t137`.`likes`, 0) + COALESCE(`t137`.`comments`, 0) + COALESCE(`t137`.`shares`, 0) + COALESCE(`t137`.`saves`, 0),
                                                CAST(NULL AS DOUBLE)
                                              ) AS `engagements`,
                                              NULLIF(
                                                GREATEST(
                                                  COALESCE(`t137`.`likes__provenance`, -1),
                                                  COALESCE(`t137`.`comments__provenance`, -1),
                                                  COALESCE(`t137`.`shares__provenance`, -1),
                                                  COALESCE(`t137`.`saves__provenance`, -1)
                                                ),
                                                -1
                                              ) AS `engagements__provenance`
                                            FROM (
                                              SELECT
                                                `t100`.`campaign_id`,
                                                `t100`.`campaign`,
                                                `t100`.`influencer_id`,
                                                `t100`.`influencer`,
                                                `t100`.`account_id`,
                                                `t100`.`platform`,
                                                `t100`.`format`,
                                                `t100`.`post_id`,
                                                `t100`.`day`,
                                                `t100`.`country`,
                                                `t100`.`caption`,
                                                `t100`.`sponsored`,
                                                `t117`.`reach`,
                                                `t117`.`impressions`,
                                                `t117`.`views`,
                                                `t117`.`likes`,
                                                `t117`.`comments`,
                                                `t117`.`shares`,
                                                `t117`.`saves`,
                                                `t117`.`clicks`,
                                                `t117`.`reach__provenance`,
                                                `t117`.`impressions__provenance`,
                                                `t117`.`views__provenance`,
                                                `t117`.`likes__provenance`,
                                                `t117`.`comments__provenance`,
                                                `t117`.`shares__provenance`,
                                                `t117`.`saves__provenance`,
                                                `t117`.`clicks__provenance`,
                                                `t124`.`followers`,
                                                `t124`.`followers__provenance`
                                              FROM `t77` AS `t100`
                                              LEFT OUTER JOIN (
                                                SELECT
                                                  CAST(`t78`.`post_id` AS BIGINT) AS `post_id`,
                                                  CAST(MAX_BY(
                                                    IF(`t78`.`metric` = 'reach', `t78`.`value`, NULL),
                                                    IF(
                                                      `t78`.`metric` = 'reach',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t78`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ),
                                                      NULL
                                                    )
                                                  ) AS DOUBLE) AS `reach`,
                                                  CAST(MAX_BY(
                                                    IF(`t78`.`metric` = 'impressions', `t78`.`value`, NULL),
                                                    IF(
                                                      `t78`.`metric` = 'impressions',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t78`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ),
                                                      NULL
                                                    )
                                                  ) AS DOUBLE) AS `impressions`,
                                                  CAST(MAX_BY(
                                                    IF(`t78`.`metric` = 'views', `t78`.`value`, NULL),
                                                    IF(
                                                      `t78`.`metric` = 'views',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t78`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ),
                                                      NULL
                                                    )
                                                  ) AS DOUBLE) AS `views`,
                                                  CAST(MAX_BY(
                                                    IF(`t78`.`metric` = 'likes', `t78`.`value`, NULL),
                                                    IF(
                                                      `t78`.`metric` = 'likes',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t78`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ),
                                                      NULL
                                                    )
                                                  ) AS DOUBLE) AS `likes`,
                                                  CAST(MAX_BY(
                                                    IF(`t78`.`metric` = 'comments', `t78`.`value`, NULL),
                                                    IF(
                                                      `t78`.`metric` = 'comments',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t78`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ),
                                                      NULL
                                                    )
                                                  ) AS DOUBLE) AS `comments`,
                                                  CAST(MAX_BY(
                                                    IF(`t78`.`metric` = 'shares', `t78`.`value`, NULL),
                                                    IF(
                                                      `t78`.`metric` = 'shares',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t78`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ),
                                                      NULL
                                                    )
                                                  ) AS DOUBLE) AS `shares`,
                                                  CAST(MAX_BY(
                                                    IF(`t78`.`metric` = 'saves', `t78`.`value`, NULL),
                                                    IF(
                                                      `t78`.`metric` = 'saves',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t78`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ),
                                                      NULL
                                                    )
                                                  ) AS DOUBLE) AS `saves`,
                                                  CAST(MAX_BY(
                                                    IF(`t78`.`metric` = 'clicks', `t78`.`value`, NULL),
                                                    IF(
                                                      `t78`.`metric` = 'clicks',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t78`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ),
                                                      NULL
                                                    )
                                                  ) AS DOUBLE) AS `clicks`,
                                                  15 - (
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'reach',
                                                        (
                                                          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                        ) + (
                                                          15 - CASE `t78`.`provenance`
                                                            WHEN 'measured'
                                                            THEN 0
                                                            WHEN 'self_reported'
                                                            THEN 1
                                                            WHEN 'estimated'
                                                            THEN 2
                                                            ELSE 2
                                                          END
                                                        ),
                                                        NULL
                                                      )
                                                    ) % 16
                                                  ) AS `reach__provenance`,
                                                  15 - (
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'impressions',
                                                        (
                                                          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                        ) + (
                                                          15 - CASE `t78`.`provenance`
                                                            WHEN 'measured'
                                                            THEN 0
                                                            WHEN 'self_reported'
                                                            THEN 1
                                                            WHEN 'estimated'
                                                            THEN 2
                                                            ELSE 2
                                                          END
                                                        ),
                                                        NULL
                                                      )
                                                    ) % 16
                                                  ) AS `impressions__provenance`,
                                                  15 - (
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'views',
                                                        (
                                                          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                        ) + (
                                                          15 - CASE `t78`.`provenance`
                                                            WHEN 'measured'
                                                            THEN 0
                                                            WHEN 'self_reported'
                                                            THEN 1
                                                            WHEN 'estimated'
                                                            THEN 2
                                                            ELSE 2
                                                          END
                                                        ),
                                                        NULL
                                                      )
                                                    ) % 16
                                                  ) AS `views__provenance`,
                                                  15 - (
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'likes',
                                                        (
                                                          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                        ) + (
                                                          15 - CASE `t78`.`provenance`
                                                            WHEN 'measured'
                                                            THEN 0
                                                            WHEN 'self_reported'
                                                            THEN 1
                                                            WHEN 'estimated'
                                                            THEN 2
                                                            ELSE 2
                                                          END
                                                        ),
                                                        NULL
                                                      )
                                                    ) % 16
                                                  ) AS `likes__provenance`,
                                                  15 - (
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'comments',
                                                        (
                                                          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                        ) + (
                                                          15 - CASE `t78`.`provenance`
                                                            WHEN 'measured'
                                                            THEN 0
                                                            WHEN 'self_reported'
                                                            THEN 1
                                                            WHEN 'estimated'
                                                            THEN 2
                                                            ELSE 2
                                                          END
                                                        ),
                                                        NULL
                                                      )
                                                    ) % 16
                                                  ) AS `comments__provenance`,
                                                  15 - (
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'shares',
                                                        (
                                                          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                        ) + (
                                                          15 - CASE `t78`.`provenance`
                                                            WHEN 'measured'
                                                            THEN 0
                                                            WHEN 'self_reported'
                                                            THEN 1
                                                            WHEN 'estimated'
                                                            THEN 2
                                                            ELSE 2
                                                          END
                                                        ),
                                                        NULL
                                                      )
                                                    ) % 16
                                                  ) AS `shares__provenance`,
                                                  15 - (
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'saves',
                                                        (
                                                          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                        ) + (
                                                          15 - CASE `t78`.`provenance`
                                                            WHEN 'measured'
                                                            THEN 0
                                                            WHEN 'self_reported'
                                                            THEN 1
                                                            WHEN 'estimated'
                                                            THEN 2
                                                            ELSE 2
                                                          END
                                                        ),
                                                        NULL
                                                      )
                                                    ) % 16
                                                  ) AS `saves__provenance`,
                                                  15 - (
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'clicks',
                                                        (
                                                          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                        ) + (
                                                          15 - CASE `t78`.`provenance`
                                                            WHEN 'measured'
                                                            THEN 0
                                                            WHEN 'self_reported'
                                                            THEN 1
                                                            WHEN 'estimated'
                                                            THEN 2
                                                            ELSE 2
                                                          END
                                                        ),
                                                        NULL
                                                      )
                                                    ) % 16
                                                  ) AS `clicks__provenance`
                                                FROM (
                                                  SELECT
                                                    *
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM `metric_snapshot` AS `t13`
                                                    WHERE
                                                      `t13`.`post_id` IN (
                                                        SELECT
                                                          `t10`.`id`
                                                        FROM `post` AS `t10`
                                                        WHERE
                                                          `t10`.`campaign_id` IS NOT NULL AND `t10`.`campaign_id` IN (1)
                                                      )
                                                  ) AS `t55`
                                                  WHERE
                                                    `t55`.`captured_at` <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                                                ) AS `t78`
                                                GROUP BY
                                                  1
                                              ) AS `t117`
                                                ON `t100`.`post_id` = `t117`.`post_id`
                                              LEFT OUTER JOIN (
                                                SELECT
                                                  `t105`.`post_id`,
                                                  CAST(IF(`t105`.`before` IS NOT NULL, `t105`.`before`, `t105`.`after`) AS DOUBLE) AS `followers`,
                                                  IF(`t105`.`before` IS NOT NULL, `t105`.`before_rank`, `t105`.`after_rank`) AS `followers__provenance`
                                                FROM (
                                                  SELECT
                                                    CAST(`t79`.`post_id` AS BIGINT) AS `post_id`,
                                                    MAX_BY(
                                                      IF(`t79`.`captured_at` <= `t79`.`published_at`, `t79`.`followers`, NULL),
                                                      IF(`t79`.`captured_at` <= `t79`.`published_at`, `t79`.`captured_at`, NULL)
                                                    ) AS `before`,
                                                    MAX_BY(
                                                      IF(
                                                        `t79`.`captured_at` <= `t79`.`published_at`,
                                                        CASE `t79`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END,
                                                        NULL
                                                      ),
                                                      IF(`t79`.`captured_at` <= `t79`.`published_at`, `t79`.`captured_at`, NULL)
                                                    ) AS `before_rank`,
                                                    MIN_BY(
                                                      IF(NOT (
                                                        `t79`.`captured_at` <= `t79`.`published_at`
                                                      ), `t79`.`followers`, NULL),
                                                      IF(NOT (
                                                        `t79`.`captured_at` <= `t79`.`published_at`
                                                      ), `t79`.`captured_at`, NULL)
                                                    ) AS `after`,
                                                    MIN_BY(
                                                      IF(
                                                        NOT (
                                                          `t79`.`captured_at` <= `t79`.`published_at`
                                                        ),
                                                        CASE `t79`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END,
                                                        NULL
                                                      ),
                                                      IF(NOT (
                                                        `t79`.`captured_at` <= `t79`.`published_at`
                                                      ), `t79`.`captured_at`, NULL)
                                                    ) AS `after_rank`
                                                  FROM (
                                                    SELECT
                                                      `t48`.`post_id`,
                                                      `t48`.`account_id`,
                                                      `t48`.`published_at`,
                                                      `t25`.`id`,
                                                      `t25`.`captured_at`,
                                                      `t25`.`followers`,
                                                      `t25`.`source`,
                                                      `t25`.`provenance`
                                                    FROM (
                                                      SELECT
                                                        `t10`.`id` AS `post_id`,
                                                        `t10`.`account_id`,
                                                        `t10`.`published_at`
                                                      FROM `post` AS `t10`
                                                      WHERE
                                                        `t10`.`campaign_id` IS NOT NULL AND `t10`.`campaign_id` IN (1)
                                                    ) AS `t48`
                                                    INNER JOIN `follower_snapshot` AS `t25`
                                                      ON `t48`.`account_id` = `t25`.`account_id`
                                                  ) AS `t79`
                                                  GROUP BY
                                                    1
                                                ) AS `t105`
                                              ) AS `t124`
                                                ON `t100`.`post_id` = `t124`.`post_id`
                                            ) AS `t137`
                                          ) AS `t146`
                                        ) AS `t159`
                                      ) AS `t166`
                                      INNER JOIN (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            CAST(`t0`.`id` AS BIGINT) AS `campaign_id`,
                                            EXPLODE(SPLIT(`t0`.`key_messages`, '\n')) AS `message`
                                          FROM `campaign` AS `t0`
                                        ) AS `t41`
                                        WHERE
                                          LENGTH(`t41`.`message`) > 0
                                      ) AS `t81`
                                        ON `t166`.`campaign_id` = `t81`.`campaign_id`
                                    ) AS `t174`
                                    GROUP BY
                                      1
                                  ) AS `t181`
                                    ON `t173`.`post_id` = `t181`.`post_id`
                                ) AS `t182`
                              ) AS `t183`
                              UNION ALL
                              SELECT
                                *
                              FROM (
                                SELECT
                                  `t176`.`campaign_id`,
                                  `t176`.`campaign`,
                                  CAST(NULL AS BIGINT) AS `influencer_id`,
                                  CAST(NULL AS STRING) AS `influencer`,
                                  CAST(NULL AS BIGINT) AS `account_id`,
                                  `t176`.`platform`,
                                  CAST(NULL AS STRING) AS `format`,
                                  CAST(NULL AS BIGINT) AS `post_id`,
                                  `t176`.`day`,
                                  CAST(NULL AS DOUBLE) AS `reach`,
                                  CAST(NULL AS DOUBLE) AS `impressions`,
                                  CAST(NULL AS DOUBLE) AS `views`,
                                  CAST(NULL AS DOUBLE) AS `likes`,
                                  CAST(NULL AS DOUBLE) AS `comments`,
                                  CAST(NULL AS DOUBLE) AS `shares`,
                                  CAST(NULL AS DOUBLE) AS `saves`,
                                  CAST(NULL AS DOUBLE) AS `clicks`,
                                  CAST(NULL AS BIGINT) AS `reach__provenance`,
                                  CAST(NULL AS BIGINT) AS `impressions__provenance`,
                                  CAST(NULL AS BIGINT) AS `views__provenance`,
                                  CAST(NULL AS BIGINT) AS `likes__provenance`,
                                  CAST(NULL AS BIGINT) AS `comments__provenance`,
                                  CAST(NULL AS BIGINT) AS `shares__provenance`,
                                  CAST(NULL AS BIGINT) AS `saves__provenance`,
                                  CAST(NULL AS BIGINT) AS `clicks__provenance`,
                                  CAST(NULL AS DOUBLE) AS `followers`,
                                  CAST(NULL AS BIGINT) AS `followers__provenance`,
                                  CAST(NULL AS DOUBLE) AS `engagements`,
                                  CAST(NULL AS BIGINT) AS `engagements__provenance`,
                                  CAST(NULL AS DOUBLE) AS `impressions_with_estimates`,
                                  CAST(NULL AS BIGINT) AS `impressions_with_estimates__provenance`,
                                  CAST(NULL AS DOUBLE) AS `er_reach_post`,
                                  CAST(NULL AS DOUBLE) AS `er_followers_post`,
                                  CAST(NULL AS DOUBLE) AS `er_impressions_post`,
                                  CAST(NULL AS DOUBLE) AS `er_views_post`,
                                  CAST(NULL AS BIGINT) AS `er_reach_post__provenance`,
                                  CAST(NULL AS BIGINT) AS `er_followers_post__provenance`,
                                  CAST(NULL AS BIGINT) AS `er_impressions_post__provenance`,
                                  CAST(NULL AS BIGINT) AS `er_views_post__provenance`,
                                  CAST(NULL AS STRING) AS `post_platform`,
                                  CAST(NULL AS DOUBLE) AS `publishing_influencer`,
                                  CAST(NULL AS DOUBLE) AS `sponsored_posts`,
                                  CAST(NULL AS DOUBLE) AS `disclosed_sponsored_posts`,
                                  CAST(NULL AS DOUBLE) AS `cost`,
                                  CAST(NULL AS DOUBLE) AS `key_message_posts`,
                                  CAST(`t176`.`ugc_post` AS DOUBLE) AS `ugc_post`,
                                  CAST(NULL AS DOUBLE) AS `mentions`,
                                  CAST(NULL AS DOUBLE) AS `brand_mentions`,
                                  CAST(NULL AS DOUBLE) AS `mention_engagements`,
                                  CAST(NULL AS DOUBLE) AS `brand_mention_engagements`,
                                  CAST(NULL AS DOUBLE) AS `followers_start`,
                                  CAST(NULL AS DOUBLE) AS `followers_gained`,
                                  CAST(NULL AS DOUBLE) AS `followers_expected_gain`,
                                  CAST(NULL AS BIGINT) AS `followers_start__provenance`,
                                  CAST(NULL AS BIGINT) AS `followers_gained__provenance`,
                                  CAST(NULL AS BIGINT) AS `followers_expected_gain__provenance`,
                                  CAST(NULL AS DOUBLE) AS `brand_followers_start`,
                                  CAST(NULL AS DOUBLE) AS `brand_followers_gained`,
                                  CAST(NULL AS DOUBLE) AS `brand_followers_expected_gain`,
                                  CAST(NULL AS BIGINT) AS `brand_followers_start__provenance`,
                                  CAST(NULL AS BIGINT) AS `brand_followers_gained__provenance`,
                                  CAST(NULL AS BIGINT) AS `brand_followers_expected_gain__provenance`,
                                  CAST(NULL AS DOUBLE) AS `influencers_contacted`,
                                  CAST(NULL AS DOUBLE) AS `influencers_interested`,
                                  CAST(NULL AS DOUBLE) AS `posts_contracted`,
                                  CAST(NULL AS DOUBLE) AS `products_sent`,
                                  CAST(NULL AS DOUBLE) AS `link_clicks`,
                                  CAST(NULL AS DOUBLE) AS `unique_link_clicks`,
                                  CAST(NULL AS DOUBLE) AS `bot_link_clicks`,
                                  CAST(NULL AS DOUBLE) AS `sessions`,
                                  CAST(NULL AS DOUBLE) AS `new_users`,
                                  CAST(NULL AS DOUBLE) AS `engaged_sessions`,
                                  CAST(NULL AS DOUBLE) AS `bounced_sessions`,
                                  CAST(NULL AS DOUBLE) AS `session_seconds`,
                                  CAST(NULL AS DOUBLE) AS `page_views`,
                                  CAST(NULL AS DOUBLE) AS `key_events`,
                                  CAST(NULL AS DOUBLE) AS `orders`,
                                  CAST(NULL AS DOUBLE) AS `revenue`,
                                  CAST(NULL AS DOUBLE) AS `new_customers`,
                                  CAST(NULL AS DOUBLE) AS `key_messages`
                                FROM (
                                  SELECT
                                    `t127`.`campaign_id`,
                                    `t127`.`campaign`,
                                    `t127`.`platform`,
                                    `t127`.`day`,
                                    `t127`.`post_id` AS `ugc_post`
                                  FROM (
                                    SELECT DISTINCT
                                      *
                                    FROM (
                                      SELECT
                                        `t82`.`campaign_id`,
                                        `t82`.`campaign`,
                                        `t94`.`post_id`,
                                        `t94`.`influencer_id`,
                                        `t94`.`platform`,
                                        `t94`.`day`
                                      FROM (
                                        SELECT
                                          CAST(`t49`.`id` AS BIGINT) AS `post_id`,
                                          CAST(`t17`.`id` AS BIGINT) AS `influencer_id`,
                                          `t17`.`workspace_id`,
                                          `t17`.`is_brand`,
                                          CAST(`t23`.`platform` AS STRING) AS `platform`,
                                          `t49`.`published_on` AS `day`,
                                          `t49`.`hashtags`
                                        FROM (
                                          SELECT
                                            *
                                          FROM `post` AS `t10`
                                          WHERE
                                            `t10`.`campaign_id` IS NULL
                                        ) AS `t49`
                                        INNER JOIN `account` AS `t23`
                                          ON `t49`.`account_id` = `t23`.`id`
                                        INNER JOIN `influencer` AS `t17`
                                          ON `t23`.`influencer_id` = `t17`.`id`
                                      ) AS `t94`
                                      INNER JOIN (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            CAST(`t0`.`id` AS BIGINT) AS `campaign_id`,
                                            CAST(`t0`.`name` AS STRING) AS `campaign`,
                                            `t0`.`workspace_id`,
                                            `t0`.`start_date` AS `start`,
                                            `t0`.`end_date` AS `end`,
                                            EXPLODE(SPLIT(`t0`.`hashtags`, ',')) AS `tag`
                                          FROM `campaign` AS `t0`
                                        ) AS `t42`
                                        WHERE
                                          LENGTH(`t42`.`tag`) > 0
                                      ) AS `t82`
                                        ON `t94`.`workspace_id` = `t82`.`workspace_id`
                                        AND `t94`.`day` >= `t82`.`start`
                                        AND `t94`.`day` <= `t82`.`end`
                                        AND NOT (
                                          `t94`.`is_brand`
                                        )
                                        AND CONTAINS(CONCAT(CONCAT(',', `t94`.`hashtags`), ','), CONCAT(CONCAT(',', `t82`.`tag`), ','))
                                    ) AS `t116`
                                  ) AS `t127`
                                  LEFT ANTI JOIN (
                                    SELECT DISTINCT
                                      *
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST(`t4`.`campaign_id` AS BIGINT) AS `campaign_id`,
                                          CAST(`t4`.`influencer_id` AS BIGINT) AS `influencer_id`
                                        FROM `roster` AS `t4`
                                      ) AS `t33`
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          `t159`.`campaign_id`,
                                          `t159`.`influencer_id`
                                        FROM (
                                          SELECT
                                            `t146`.`campaign_id`,
                                            `t146`.`campaign`,
                                            `t146`.`influencer_id`,
                                            `t146`.`influencer`,
                                            `t146`.`account_id`,
                                            `t146`.`platform`,
                                            `t146`.`format`,
                                            `t146`.`post_id`,
                                            `t146`.`day`,
                                            `t146`.`country`,
                                            `t146`.`caption`,
                                            `t146`.`sponsored`,
                                            `t146`.`reach`,
                                            `t146`.`impressions`,
                                            `t146`.`views`,
                                            `t146`.`likes`,
                                            `t146`.`comments`,
                                            `t146`.`shares`,
                                            `t146`.`saves`,
                                            `t146`.`clicks`,
                                            `t146`.`reach__provenance`,
                                            `t146`.`impressions__provenance`,
                                            `t146`.`views__provenance`,
                                            `t146`.`likes__provenance`,
                                            `t146`.`comments__provenance`,
                                            `t146`.`shares__provenance`,
                                            `t146`.`saves__provenance`,
                                            `t146`.`clicks__provenance`,
                                            `t146`.`followers`,
                                            `t146`.`followers__provenance`,
                                            `t146`.`engagements`,
                                            `t146`.`engagements__provenance`,
                                            COALESCE(
                                              COALESCE(`t146`.`impressions`, `t146`.`views`),
                                              `t146`.`reach` * COALESCE(
                                                SUM(
                                                  IF(
                                                    `t146`.`impressions` IS NOT NULL
                                                    AND NOT ISNAN(`t146`.`impressions`)
                                                    AND (
                                                      `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                    ),
                                                    `t146`.`impressions`,
                                                    NULL
                                                  )
                                                ) OVER (
                                                  PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ) / NULLIF(
                                                  SUM(
                                                    IF(
                                                      `t146`.`impressions` IS NOT NULL
                                                      AND NOT ISNAN(`t146`.`impressions`)
                                                      AND (
                                                        `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                      ),
                                                      `t146`.`reach`,
                                                      NULL
                                                    )
                                                  ) OVER (
                                                    PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  ),
                                                  0
                                                ),
                                                CAST(1 AS DOUBLE)
                                              )
                                            ) AS `impressions_with_estimates`,
                                            IF(
                                              COALESCE(
                                                COALESCE(`t146`.`impressions`, `t146`.`views`),
                                                `t146`.`reach` * COALESCE(
                                                  SUM(
                                                    IF(
                                                      `t146`.`impressions` IS NOT NULL
                                                      AND NOT ISNAN(`t146`.`impressions`)
                                                      AND (
                                                        `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                      ),
                                                      `t146`.`impressions`,
                                                      NULL
                                                    )
                                                  ) OVER (
                                                    PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  ) / NULLIF(
                                                    SUM(
                                                      IF(
                                                        `t146`.`impressions` IS NOT NULL
                                                        AND NOT ISNAN(`t146`.`impressions`)
                                                        AND (
                                                          `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                        ),
                                                        `t146`.`reach`,
                                                        NULL
                                                      )
                                                    ) OVER (
                                                      PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                    ),
                                                    0
                                                  ),
                                                  CAST(1 AS DOUBLE)
                                                )
                                              ) IS NOT NULL
                                              AND NOT ISNAN(
                                                COALESCE(
                                                  COALESCE(`t146`.`impressions`, `t146`.`views`),
                                                  `t146`.`reach` * COALESCE(
                                                    SUM(
                                                      IF(
                                                        `t146`.`impressions` IS NOT NULL
                                                        AND NOT ISNAN(`t146`.`impressions`)
                                                        AND (
                                                          `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                        ),
                                                        `t146`.`impressions`,
                                                        NULL
                                                      )
                                                    ) OVER (
                                                      PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                    ) / NULLIF(
                                                      SUM(
                                                        IF(
                                                          `t146`.`impressions` IS NOT NULL
                                                          AND NOT ISNAN(`t146`.`impressions`)
                                                          AND (
                                                            `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                          ),
                                                          `t146`.`reach`,
                                                          NULL
                                                        )
                                                      ) OVER (
                                                        PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                      ),
                                                      0
                                                    ),
                                                    CAST(1 AS DOUBLE)
                                                  )
                                                )
                                              ),
                                              IF(
                                                `t146`.`impressions` IS NOT NULL AND NOT ISNAN(`t146`.`impressions`),
                                                `t146`.`impressions__provenance`,
                                                2
                                              ),
                                              CAST(NULL AS BIGINT)
                                            ) AS `impressions_with_estimates__provenance`,
                                            (
                                              `t146`.`engagements` / NULLIF(`t146`.`reach`, 0)
                                            ) * 100 AS `er_reach_post`,
                                            (
                                              `t146`.`engagements` / NULLIF(`t146`.`followers`, 0)
                                            ) * 100 AS `er_followers_post`,
                                            (
                                              `t146`.`engagements` / NULLIF(`t146`.`impressions`, 0)
                                            ) * 100 AS `er_impressions_post`,
                                            (
                                              `t146`.`engagements` / NULLIF(`t146`.`views`, 0)
                                            ) * 100 AS `er_views_post`,
                                            NULLIF(
                                              GREATEST(
                                                COALESCE(`t146`.`engagements__provenance`, -1),
                                                COALESCE(`t146`.`reach__provenance`, -1)
                                              ),
                                              -1
                                            ) AS `er_reach_post__provenance`,
                                            NULLIF(
                                              GREATEST(
                                                COALESCE(`t146`.`engagements__provenance`, -1),
                                                COALESCE(`t146`.`followers__provenance`, -1)
                                              ),
                                              -1
                                            ) AS `er_followers_post__provenance`,
                                            NULLIF(
                                              GREATEST(
                                                COALESCE(`t146`.`engagements__provenance`, -1),
                                                COALESCE(`t146`.`impressions__provenance`, -1)
                                              ),
                                              -1
                                            ) AS `er_impressions_post__provenance`,
                                            NULLIF(
                                              GREATEST(
                                                COALESCE(`t146`.`engagements__provenance`, -1),
                                                COALESCE(`t146`.`views__provenance`, -1)
                                              ),
                                              -1
                                            ) AS `er_views_post__provenance`,
                                            `t146`.`platform` AS `post_platform`,
                                            `t146`.`influencer_id` AS `publishing_influencer`,
                                            CAST(IF(`t146`.`sponsored`, 1, 0) AS DOUBLE) AS `sponsored_posts`,
                                            CAST(IF(
                                              `t146`.`sponsored`
                                              AND CASE
                                                WHEN UPPER(`t146`.`country`) = 'FR'
                                                THEN CONTAINS(LOWER(`t146`.`caption`), 'publicité')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'publicite')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'collaboration commerciale')
                                                WHEN UPPER(`t146`.`country`) = 'BE'
                                                THEN CONTAINS(LOWER(`t146`.`caption`), 'publicité')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'publicite')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'collaboration commerciale')
                                                OR CONTAINS(LOWER(`t146`.`caption`), '#pub')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'reclame')
                                                OR CONTAINS(LOWER(`t146`.`caption`), '#ad')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'samenwerking')
                                                WHEN UPPER(`t146`.`country`) = 'DE'
                                                THEN CONTAINS(LOWER(`t146`.`caption`), 'werbung')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'anzeige')
                                                WHEN UPPER(`t146`.`country`) = 'ES'
                                                THEN CONTAINS(LOWER(`t146`.`caption`), 'publicidad')
                                                OR CONTAINS(LOWER(`t146`.`caption`), '#publi')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'patrocinado')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'colaboración pagada')
                                                WHEN UPPER(`t146`.`country`) = 'IT'
                                                THEN CONTAINS(LOWER(`t146`.`caption`), 'pubblicità')
                                                OR CONTAINS(LOWER(`t146`.`caption`), '#adv')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'sponsorizzato')
                                                OR CONTAINS(LOWER(`t146`.`caption`), '#sponsored')
                                                WHEN UPPER(`t146`.`country`) = 'GB'
                                                THEN CONTAINS(LOWER(`t146`.`caption`), '#ad')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'advert')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'advertisement')
                                                WHEN UPPER(`t146`.`country`) = 'US'
                                                THEN CONTAINS(LOWER(`t146`.`caption`), '#ad')
                                                OR CONTAINS(LOWER(`t146`.`caption`), '#sponsored')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'advertisement')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'paid partnership')
                                                ELSE CONTAINS(LOWER(`t146`.`caption`), '#ad')
                                                OR CONTAINS(LOWER(`t146`.`caption`), '#sponsored')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'paid partnership')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'advertisement')
                                              END,
                                              1,
                                              0
                                            ) AS DOUBLE) AS `disclosed_sponsored_posts`
                                          FROM (
                                            SELECT
                                              `t137`.`campaign_id`,
                                              `t137`.`campaign`,
                                              `t137`.`influencer_id`,
                                              `t137`.`influencer`,
                                              `t137`.`account_id`,
                                              `t137`.`platform`,
                                              `t137`.`format`,
                                              `t137`.`post_id`,
                                              `t137`.`day`,
                                              `t137`.`country`,
                                              `t137`.`caption`,
                                              `t137`.`sponsored`,
                                              `t137`.`reach`,
                                              `t137`.`impressions`,
                                              `t137`.`views`,
                                              `t137`.`likes`,
                                              `t137`.`comments`,
                                              `t137`.`shares`,
                                              `t137`.`saves`,
                                              `t137`.`clicks`,
                                              `t137`.`reach__provenance`,
                                              `t137`.`impressions__provenance`,
                                              `t137`.`views__provenance`,
                                              `t137`.`likes__provenance`,
                                              `t137`.`comments__provenance`,
                                              `t137`.`shares__provenance`,
                                              `t137`.`saves__provenance`,
                                              `t137`.`clicks__provenance`,
                                              `t137`.`followers`,
                                              `t137`.`followers__provenance`,
                                              IF(
                                                (
                                                  `t137`.`likes` IS NOT NULL AND NOT ISNAN(`t137`.`likes`)
                                                )
                                                OR (
                                                  `t137`.`comments` IS NOT NULL AND NOT ISNAN(`t137`.`comments`)
                                                )
                                                OR (
                                                  `t137`.`shares` IS NOT NULL AND NOT ISNAN(`t137`.`shares`)
                                                )
                                                OR (
                                                  `t137`.`saves` IS NOT NULL AND NOT ISNAN(`t137`.`saves`)
                                                ),
                                                CAST(0 AS DOUBLE) + COALESCE(`t137`.`likes`, 0) + COALESCE(`t137`.`comments`, 0) + COALESCE(`t137`.`shares`, 0) + COALESCE(`t137`.`saves`, 0),
                                                CAST(NULL AS DOUBLE)
                                              ) AS `engagements`,
                                              NULLIF(
                                                GREATEST(
                                                  COALESCE(`t137`.`likes__provenance`, -1),
                                                  COALESCE(`t137`.`comments__provenance`, -1),
                                                  COALESCE(`t137`.`shares__provenance`, -1),
                                                  COALESCE(`t137`.`saves__provenance`, -1)
                                                ),
                                                -1
                                              ) AS `engagements__provenance`
                                            FROM (
                                              SELECT
                                                `t100`.`campaign_id`,
                                                `t100`.`campaign`,
                                                `t100`.`influencer_id`,
                                                `t100`.`influencer`,
                                                `t100`.`account_id`,
                                                `t100`.`platform`,
                                                `t100`.`format`,
                                                `t100`.`post_id`,
                                                `t100`.`day`,
                                                `t100`.`country`,
                                                `t100`.`caption`,
                                                `t100`.`sponsored`,
                                                `t117`.`reach`,
                                                `t117`.`impressions`,
                                                `t117`.`views`,
                                                `t117`.`likes`,
                                                `t117`.`comments`,
                                                `t117`.`shares`,
                                                `t117`.`saves`,
                                                `t117`.`clicks`,
                                                `t117`.`reach__provenance`,
                                                `t117`.`impressions__provenance`,
                                                `t117`.`views__provenance`,
                                                `t117`.`likes__provenance`,
                                                `t117`.`comments__provenance`,
                                                `t117`.`shares__provenance`,
                                                `t117`.`saves__provenance`,
                                                `t117`.`clicks__provenance`,
                                                `t124`.`followers`,
                                                `t124`.`followers__provenance`
                                              FROM `t77` AS `t100`
                                              LEFT OUTER JOIN (
                                                SELECT
                                                  CAST(`t78`.`post_id` AS BIGINT) AS `post_id`,
                                                  CAST(MAX_BY(
                                                    IF(`t78`.`metric` = 'reach', `t78`.`value`, NULL),
                                                    IF(
                                                      `t78`.`metric` = 'reach',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t78`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ),
                                                      NULL
                                                    )
                                                  ) AS DOUBLE) AS `reach`,
                                                  CAST(MAX_BY(
                                                    IF(`t78`.`metric` = 'impressions', `t78`.`value`, NULL),
                                                    IF(
                                                      `t78`.`metric` = 'impressions',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t78`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ),
                                                      NULL
                                                    )
                                                  ) AS DOUBLE) AS `impressions`,
                                                  CAST(MAX_BY(
                                                    IF(`t78`.`metric` = 'views', `t78`.`value`, NULL),
                                                    IF(
                                                      `t78`.`metric` = 'views',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t78`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ),
                                                      NULL
                                                    )
                                                  ) AS DOUBLE) AS `views`,
                                                  CAST(MAX_BY(
                                                    IF(`t78`.`metric` = 'likes', `t78`.`value`, NULL),
                                                    IF(
                                                      `t78`.`metric` = 'likes',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t78`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ),
                                                      NULL
                                                    )
                                                  ) AS DOUBLE) AS `likes`,
                                                  CAST(MAX_BY(
                                                    IF(`t78`.`metric` = 'comments', `t78`.`value`, NULL),
                                                    IF(
                                                      `t78`.`metric` = 'comments',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t78`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ),
                                                      NULL
                                                    )
                                                  ) AS DOUBLE) AS `comments`,
                                                  CAST(MAX_BY(
                                                    IF(`t78`.`metric` = 'shares', `t78`.`value`, NULL),
                                                    IF(
                                                      `t78`.`metric` = 'shares',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t78`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ),
                                                      NULL
                                                    )
                                                  ) AS DOUBLE) AS `shares`,
                                                  CAST(MAX_BY(
                                                    IF(`t78`.`metric` = 'saves', `t78`.`value`, NULL),
                                                    IF(
                                                      `t78`.`metric` = 'saves',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t78`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ),
                                                      NULL
                                                    )
                                                  ) AS DOUBLE) AS `saves`,
                                                  CAST(MAX_BY(
                                                    IF(`t78`.`metric` = 'clicks', `t78`.`value`, NULL),
                                                    IF(
                                                      `t78`.`metric` = 'clicks',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t78`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ),
                                                      NULL
                                                    )
                                                  ) AS DOUBLE) AS `clicks`,
                                                  15 - (
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'reach',
                                                        (
                                                          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                        ) + (
                                                          15 - CASE `t78`.`provenance`
                                                            WHEN 'measured'
                                                            THEN 0
                                                            WHEN 'self_reported'
                                                            THEN 1
                                                            WHEN 'estimated'
                                                            THEN 2
                                                            ELSE 2
                                                          END
                                                        ),
                                                        NULL
                                                      )
                                                    ) % 16
                                                  ) AS `reach__provenance`,
                                                  15 - (
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'impressions',
                                                        (
                                                          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                        ) + (
                                                          15 - CASE `t78`.`provenance`
                                                            WHEN 'measured'
                                                            THEN 0
                                                            WHEN 'self_reported'
                                                            THEN 1
                                                            WHEN 'estimated'
                                                            THEN 2
                                                            ELSE 2
                                                          END
                                                        ),
                                                        NULL
                                                      )
                                                    ) % 16
                                                  ) AS `impressions__provenance`,
                                                  15 - (
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'views',
                                                        (
                                                          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                        ) + (
                                                          15 - CASE `t78`.`provenance`
                                                            WHEN 'measured'
                                                            THEN 0
                                                            WHEN 'self_reported'
                                                            THEN 1
                                                            WHEN 'estimated'
                                                            THEN 2
                                                            ELSE 2
                                                          END
                                                        ),
                                                        NULL
                                                      )
                                                    ) % 16
                                                  ) AS `views__provenance`,
                                                  15 - (
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'likes',
                                                        (
                                                          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                        ) + (
                                                          15 - CASE `t78`.`provenance`
                                                            WHEN 'measured'
                                                            THEN 0
                                                            WHEN 'self_reported'
                                                            THEN 1
                                                            WHEN 'estimated'
                                                            THEN 2
                                                            ELSE 2
                                                          END
                                                        ),
                                                        NULL
                                                      )
                                                    ) % 16
                                                  ) AS `likes__provenance`,
                                                  15 - (
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'comments',
                                                        (
                                                          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                        ) + (
                                                          15 - CASE `t78`.`provenance`
                                                            WHEN 'measured'
                                                            THEN 0
                                                            WHEN 'self_reported'
                                                            THEN 1
                                                            WHEN 'estimated'
                                                            THEN 2
                                                            ELSE 2
                                                          END
                                                        ),
                                                        NULL
                                                      )
                                                    ) % 16
                                                  ) AS `comments__provenance`,
                                                  15 - (
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'shares',
                                                        (
                                                          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                        ) + (
                                                          15 - CASE `t78`.`provenance`
                                                            WHEN 'measured'
                                                            THEN 0
                                                            WHEN 'self_reported'
                                                            THEN 1
                                                            WHEN 'estimated'
                                                            THEN 2
                                                            ELSE 2
                                                          END
                                                        ),
                                                        NULL
                                                      )
                                                    ) % 16
                                                  ) AS `shares__provenance`,
                                                  15 - (
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'saves',
                                                        (
                                                          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                        ) + (
                                                          15 - CASE `t78`.`provenance`
                                                            WHEN 'measured'
                                                            THEN 0
                                                            WHEN 'self_reported'
                                                            THEN 1
                                                            WHEN 'estimated'
                                                            THEN 2
                                                            ELSE 2
                                                          END
                                                        ),
                                                        NULL
                                                      )
                                                    ) % 16
                                                  ) AS `saves__provenance`,
                                                  15 - (
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'clicks',
                                                        (
                                                          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                        ) + (
                                                          15 - CASE `t78`.`provenance`
                                                            WHEN 'measured'
                                                            THEN 0
                                                            WHEN 'self_reported'
                                                            THEN 1
                                                            WHEN 'estimated'
                                                            THEN 2
                                                            ELSE 2
                                                          END
                                                        ),
                                                        NULL
                                                      )
                                                    ) % 16
                                                  ) AS `clicks__provenance`
                                                FROM (
                                                  SELECT
                                                    *
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM `metric_snapshot` AS `t13`
                                                    WHERE
                                                      `t13`.`post_id` IN (
                                                        SELECT
                                                          `t10`.`id`
                                                        FROM `post` AS `t10`
                                                        WHERE
                                                          `t10`.`campaign_id` IS NOT NULL AND `t10`.`campaign_id` IN (1)
                                                      )
                                                  ) AS `t55`
                                                  WHERE
                                                    `t55`.`captured_at` <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                                                ) AS `t78`
                                                GROUP BY
                                                  1
                                              ) AS `t117`
                                                ON `t100`.`post_id` = `t117`.`post_id`
                                              LEFT OUTER JOIN (
                                                SELECT
                                                  `t105`.`post_id`,
                                                  CAST(IF(`t105`.`before` IS NOT NULL, `t105`.`before`, `t105`.`after`) AS DOUBLE) AS `followers`,
                                                  IF(`t105`.`before` IS NOT NULL, `t105`.`before_rank`, `t105`.`after_rank`) AS `followers__provenance`
                                                FROM (
                                                  SELECT
                                                    CAST(`t79`.`post_id` AS BIGINT) AS `post_id`,
                                                    MAX_BY(
                                                      IF(`t79`.`captured_at` <= `t79`.`published_at`, `t79`.`followers`, NULL),
                                                      IF(`t79`.`captured_at` <= `t79`.`published_at`, `t79`.`captured_at`, NULL)
                                                    ) AS `before`,
                                                    MAX_BY(
                                                      IF(
                                                        `t79`.`captured_at` <= `t79`.`published_at`,
                                                        CASE `t79`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END,
                                                        NULL
                                                      ),
                                                      IF(`t79`.`captured_at` <= `t79`.`published_at`, `t79`.`captured_at`, NULL)
                                                    ) AS `before_rank`,
                                                    MIN_BY(
                                                      IF(NOT (
                                                        `t79`.`captured_at` <= `t79`.`published_at`
                                                      ), `t79`.`followers`, NULL),
                                                      IF(NOT (
                                                        `t79`.`captured_at` <= `t79`.`published_at`
                                                      ), `t79`.`captured_at`, NULL)
                                                    ) AS `after`,
                                                    MIN_BY(
                                                      IF(
                                                        NOT (
                                                          `t79`.`captured_at` <= `t79`.`published_at`
                                                        ),
                                                        CASE `t79`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END,
                                                        NULL
                                                      ),
                                                      IF(NOT (
                                                        `t79`.`captured_at` <= `t79`.`published_at`
                                                      ), `t79`.`captured_at`, NULL)
                                                    ) AS `after_rank`
                                                  FROM (
                                                    SELECT
                                                      `t48`.`post_id`,
                                                      `t48`.`account_id`,
                                                      `t48`.`published_at`,
                                                      `t25`.`id`,
                                                      `t25`.`captured_at`,
                                                      `t25`.`followers`,
                                                      `t25`.`source`,
                                                      `t25`.`provenance`
                                                    FROM (
                                                      SELECT
                                                        `t10`.`id` AS `post_id`,
                                                        `t10`.`account_id`,
                                                        `t10`.`published_at`
                                                      FROM `post` AS `t10`
                                                      WHERE
                                                        `t10`.`campaign_id` IS NOT NULL AND `t10`.`campaign_id` IN (1)
                                                    ) AS `t48`
                                                    INNER JOIN `follower_snapshot` AS `t25`
                                                      ON `t48`.`account_id` = `t25`.`account_id`
                                                  ) AS `t79`
                                                  GROUP BY
                                                    1
                                                ) AS `t105`
                                              ) AS `t124`
                                                ON `t100`.`post_id` = `t124`.`post_id`
                                            ) AS `t137`
                                          ) AS `t146`
                                        ) AS `t159`
                                      ) AS `t163`
                                    ) AS `t165`
                                  ) AS `t171`
                                    ON `t127`.`campaign_id` = `t171`.`campaign_id`
                                    AND `t127`.`influencer_id` = `t171`.`influencer_id`
                                ) AS `t176`
                              ) AS `t179`
                            ) AS `t184`
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                `t122`.`campaign_id`,
                                `t122`.`campaign`,
                                `t122`.`influencer_id`,
                                `t122`.`influencer`,
                                CAST(NULL AS BIGINT) AS `account_id`,
                                CAST(NULL AS STRING) AS `platform`,
                                CAST(NULL AS STRING) AS `format`,
                                CAST(NULL AS BIGINT) AS `post_id`,
                                `t122`.`day`,
                                CAST(NULL AS DOUBLE) AS `reach`,
                                CAST(NULL AS DOUBLE) AS `impressions`,
                                CAST(NULL AS DOUBLE) AS `views`,
                                CAST(NULL AS DOUBLE) AS `likes`,
                                CAST(NULL AS DOUBLE) AS `comments`,
                                CAST(NULL AS DOUBLE) AS `shares`,
                                CAST(NULL AS DOUBLE) AS `saves`,
                                CAST(NULL AS DOUBLE) AS `clicks`,
                                CAST(NULL AS BIGINT) AS `reach__provenance`,
                                CAST(NULL AS BIGINT) AS `impressions__provenance`,
                                CAST(NULL AS BIGINT) AS `views__provenance`,
                                CAST(NULL AS BIGINT) AS `likes__provenance`,
                                CAST(NULL AS BIGINT) AS `comments__provenance`,
                                CAST(NULL AS BIGINT) AS `shares__provenance`,
                                CAST(NULL AS BIGINT) AS `saves__provenance`,
                                CAST(NULL AS BIGINT) AS `clicks__provenance`,
                                CAST(NULL AS DOUBLE) AS `followers`,
                                CAST(NULL AS BIGINT) AS `followers__provenance`,
                                CAST(NULL AS DOUBLE) AS `engagements`,
                                CAST(NULL AS BIGINT) AS `engagements__provenance`,
                                CAST(NULL AS DOUBLE) AS `impressions_with_estimates`,
                                CAST(NULL AS BIGINT) AS `impressions_with_estimates__provenance`,
                                CAST(NULL AS DOUBLE) AS `er_reach_post`,
                                CAST(NULL AS DOUBLE) AS `er_followers_post`,
                                CAST(NULL AS DOUBLE) AS `er_impressions_post`,
                                CAST(NULL AS DOUBLE) AS `er_views_post`,
                                CAST(NULL AS BIGINT) AS `er_reach_post__provenance`,
                                CAST(NULL AS BIGINT) AS `er_followers_post__provenance`,
                                CAST(NULL AS BIGINT) AS `er_impressions_post__provenance`,
                                CAST(NULL AS BIGINT) AS `er_views_post__provenance`,
                                CAST(NULL AS STRING) AS `post_platform`,
                                CAST(NULL AS DOUBLE) AS `publishing_influencer`,
                                CAST(NULL AS DOUBLE) AS `sponsored_posts`,
                                CAST(NULL AS DOUBLE) AS `disclosed_sponsored_posts`,
                                `t122`.`cost`,
                                CAST(NULL AS DOUBLE) AS `key_message_posts`,
                                CAST(NULL AS DOUBLE) AS `ugc_post`,
                                CAST(NULL AS DOUBLE) AS `mentions`,
                                CAST(NULL AS DOUBLE) AS `brand_mentions`,
                                CAST(NULL AS DOUBLE) AS `mention_engagements`,
                                CAST(NULL AS DOUBLE) AS `brand_mention_engagements`,
                                CAST(NULL AS DOUBLE) AS `followers_start`,
                                CAST(NULL AS DOUBLE) AS `followers_gained`,
                                CAST(NULL AS DOUBLE) AS `followers_expected_gain`,
                                CAST(NULL AS BIGINT) AS `followers_start__provenance`,
                                CAST(NULL AS BIGINT) AS `followers_gained__provenance`,
                                CAST(NULL AS BIGINT) AS `followers_expected_gain__provenance`,
                                CAST(NULL AS DOUBLE) AS `brand_followers_start`,
                                CAST(NULL AS DOUBLE) AS `brand_followers_gained`,
                                CAST(NULL AS DOUBLE) AS `brand_followers_expected_gain`,
                                CAST(NULL AS BIGINT) AS `brand_followers_start__provenance`,
                                CAST(NULL AS BIGINT) AS `brand_followers_gained__provenance`,
                                CAST(NULL AS BIGINT) AS `brand_followers_expected_gain__provenance`,
                                CAST(NULL AS DOUBLE) AS `influencers_contacted`,
                                CAST(NULL AS DOUBLE) AS `influencers_interested`,
                                CAST(NULL AS DOUBLE) AS `posts_contracted`,
                                CAST(NULL AS DOUBLE) AS `products_sent`,
                                CAST(NULL AS DOUBLE) AS `link_clicks`,
                                CAST(NULL AS DOUBLE) AS `unique_link_clicks`,
                                CAST(NULL AS DOUBLE) AS `bot_link_clicks`,
                                CAST(NULL AS DOUBLE) AS `sessions`,
                                CAST(NULL AS DOUBLE) AS `new_users`,
                                CAST(NULL AS DOUBLE) AS `engaged_sessions`,
                                CAST(NULL AS DOUBLE) AS `bounced_sessions`,
                                CAST(NULL AS DOUBLE) AS `session_seconds`,
                                CAST(NULL AS DOUBLE) AS `page_views`,
                                CAST(NULL AS DOUBLE) AS `key_events`,
                                CAST(NULL AS DOUBLE) AS `orders`,
                                CAST(NULL AS DOUBLE) AS `revenue`,
                                CAST(NULL AS DOUBLE) AS `new_customers`,
                                CAST(NULL AS DOUBLE) AS `key_messages`
                              FROM (
                                SELECT
                                  `t97`.`campaign_id`,
                                  `t97`.`campaign`,
                                  `t97`.`influencer_id`,
                                  CAST(`t17`.`name` AS STRING) AS `influencer`,
                                  `t97`.`incurred_on` AS `day`,
                                  `t97`.`amount` AS `cost`
                                FROM `t75` AS `t97`
                                LEFT ANTI JOIN (
                                  SELECT
                                    `t91`.`campaign_id`,
                                    `t91`.`campaign`,
                                    `t91`.`influencer_id`,
                                    `t91`.`influencer`,
                                    `t91`.`account_id`,
                                    `t91`.`platform`,
                                    `t91`.`format`,
                                    `t91`.`post_id`,
                                    `t91`.`day`,
                                    `t91`.`country`,
                                    `t91`.`caption`,
                                    `t91`.`sponsored`,
                                    COUNT(`t91`.`post_id`) OVER (
                                      PARTITION BY `t91`.`campaign_id`, `t91`.`influencer_id`
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    ) AS `n_posts`
                                  FROM `t77` AS `t91`
                                ) AS `t112`
                                  ON `t97`.`campaign_id` = `t112`.`campaign_id`
                                  AND `t97`.`influencer_id` = `t112`.`influencer_id`
                                LEFT OUTER JOIN `influencer` AS `t17`
                                  ON `t97`.`influencer_id` = `t17`.`id`
                              ) AS `t122`
                            ) AS `t131`
                          ) AS `t186`
                          UNION ALL
                          SELECT
                            *
                          FROM (
                            SELECT
                              `t62`.`campaign_id`,
                              `t62`.`campaign`,
                              CAST(NULL AS BIGINT) AS `influencer_id`,
                              CAST(NULL AS STRING) AS `influencer`,
                              CAST(NULL AS BIGINT) AS `account_id`,
                              `t62`.`platform`,
                              CAST(NULL AS STRING) AS `format`,
                              CAST(NULL AS BIGINT) AS `post_id`,
                              `t62`.`day`,
                              CAST(NULL AS DOUBLE) AS `reach`,
                              CAST(NULL AS DOUBLE) AS `impressions`,
                              CAST(NULL AS DOUBLE) AS `views`,
                              CAST(NULL AS DOUBLE) AS `likes`,
                              CAST(NULL AS DOUBLE) AS `comments`,
                              CAST(NULL AS DOUBLE) AS `shares`,
                              CAST(NULL AS DOUBLE) AS `saves`,
                              CAST(NULL AS DOUBLE) AS `clicks`,
                              CAST(NULL AS BIGINT) AS `reach__provenance`,
                              CAST(NULL AS BIGINT) AS `impressions__provenance`,
                              CAST(NULL AS BIGINT) AS `views__provenance`,
                              CAST(NULL AS BIGINT) AS `likes__provenance`,
                              CAST(NULL AS BIGINT) AS `comments__provenance`,
                              CAST(NULL AS BIGINT) AS `shares__provenance`,
                              CAST(NULL AS BIGINT) AS `saves__provenance`,
                              CAST(NULL AS BIGINT) AS `clicks__provenance`,
                              CAST(NULL AS DOUBLE) AS `followers`,
                              CAST(NULL AS BIGINT) AS `followers__provenance`,
                              CAST(NULL AS DOUBLE) AS `engagements`,
                              CAST(NULL AS BIGINT) AS `engagements__provenance`,
                              CAST(NULL AS DOUBLE) AS `impressions_with_estimates`,
                              CAST(NULL AS BIGINT) AS `impressions_with_estimates__provenance`,
                              CAST(NULL AS DOUBLE) AS `er_reach_post`,
                              CAST(NULL AS DOUBLE) AS `er_followers_post`,
                              CAST(NULL AS DOUBLE) AS `er_impressions_post`,
                              CAST(NULL AS DOUBLE) AS `er_views_post`,
                              CAST(NULL AS BIGINT) AS `er_reach_post__provenance`,
                              CAST(NULL AS BIGINT) AS `er_followers_post__provenance`,
                              CAST(NULL AS BIGINT) AS `er_impressions_post__provenance`,
                              CAST(NULL AS BIGINT) AS `er_views_post__provenance`,
                              CAST(NULL AS STRING) AS `post_platform`,
                              CAST(NULL AS DOUBLE) AS `publishing_influencer`,
                              CAST(NULL AS DOUBLE) AS `sponsored_posts`,
                              CAST(NULL AS DOUBLE) AS `disclosed_sponsored_posts`,
                              CAST(NULL AS DOUBLE) AS `cost`,
                              CAST(NULL AS DOUBLE) AS `key_message_posts`,
                              CAST(NULL AS DOUBLE) AS `ugc_post`,
                              `t62`.`mentions`,
                              `t62`.`brand_mentions`,
                              `t62`.`mention_engagements`,
                              `t62`.`brand_mention_engagements`,
                              CAST(NULL AS DOUBLE) AS `followers_start`,
                              CAST(NULL AS DOUBLE) AS `followers_gained`,
                              CAST(NULL AS DOUBLE) AS `followers_expected_gain`,
                              CAST(NULL AS BIGINT) AS `followers_start__provenance`,
                              CAST(NULL AS BIGINT) AS `followers_gained__provenance`,
                              CAST(NULL AS BIGINT) AS `followers_expected_gain__provenance`,
                              CAST(NULL AS DOUBLE) AS `brand_followers_start`,
                              CAST(NULL AS DOUBLE) AS `brand_followers_gained`,
                              CAST(NULL AS DOUBLE) AS `brand_followers_expected_gain`,
                              CAST(NULL AS BIGINT) AS `brand_followers_start__provenance`,
                              CAST(NULL AS BIGINT) AS `brand_followers_gained__provenance`,
                              CAST(NULL AS BIGINT) AS `brand_followers_expected_gain__provenance`,
                              CAST(NULL AS DOUBLE) AS `influencers_contacted`,
                              CAST(NULL AS DOUBLE) AS `influencers_interested`,
                              CAST(NULL AS DOUBLE) AS `posts_contracted`,
                              CAST(NULL AS DOUBLE) AS `products_sent`,
                              CAST(NULL AS DOUBLE) AS `link_clicks`,
                              CAST(NULL AS DOUBLE) AS `unique_link_clicks`,
                              CAST(NULL AS DOUBLE) AS `bot_link_clicks`,
                              CAST(NULL AS DOUBLE) AS `sessions`,
                              CAST(NULL AS DOUBLE) AS `new_users`,
                              CAST(NULL AS DOUBLE) AS `engaged_sessions`,
                              CAST(NULL AS DOUBLE) AS `bounced_sessions`,
                              CAST(NULL AS DOUBLE) AS `session_seconds`,
                              CAST(NULL AS DOUBLE) AS `page_views`,
                              CAST(NULL AS DOUBLE) AS `key_events`,
                              CAST(NULL AS DOUBLE) AS `orders`,
                              CAST(NULL AS DOUBLE) AS `revenue`,
                              CAST(NULL AS DOUBLE) AS `new_customers`,
                              CAST(NULL AS DOUBLE) AS `key_messages`
                            FROM (
                              SELECT
                                CAST(`t14`.`id` AS BIGINT) AS `campaign_id`,
                                CAST(`t14`.`name` AS STRING) AS `campaign`,
                                CAST(`t20`.`platform` AS STRING) AS `platform`,
                                `t20`.`mentioned_on` AS `day`,
                                CAST(1 AS DOUBLE) AS `mentions`,
                                CAST(IF(`t20`.`own`, 1, 0) AS DOUBLE) AS `brand_mentions`,
                                `t20`.`engagements` AS `mention_engagements`,
                                CAST(IF(`t20`.`own`, 1, 0) AS DOUBLE) * `t20`.`engagements` AS `brand_mention_engagements`
                              FROM `mention` AS `t20`
                              INNER JOIN `campaign` AS `t14`
                                ON `t20`.`workspace_id` = `t14`.`workspace_id`
                                AND `t20`.`mentioned_on` >= `t14`.`start_date`
                                AND `t20`.`mentioned_on` <= `t14`.`end_date`
                            ) AS `t62`
                          ) AS `t73`
                        ) AS `t187`
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            `t178`.`campaign_id`,
                            `t178`.`campaign`,
                            `t178`.`influencer_id`,
                            `t178`.`influencer`,
                            `t178`.`account_id`,
                            `t178`.`platform`,
                            CAST(NULL AS STRING) AS `format`,
                            CAST(NULL AS BIGINT) AS `post_id`,
                            `t178`.`day`,
                            CAST(NULL AS DOUBLE) AS `reach`,
                            CAST(NULL AS DOUBLE) AS `impressions`,
                            CAST(NULL AS DOUBLE) AS `views`,
                            CAST(NULL AS DOUBLE) AS `likes`,
                            CAST(NULL AS DOUBLE) AS `comments`,
                            CAST(NULL AS DOUBLE) AS `shares`,
                            CAST(NULL AS DOUBLE) AS `saves`,
                            CAST(NULL AS DOUBLE) AS `clicks`,
                            CAST(NULL AS BIGINT) AS `reach__provenance`,
                            CAST(NULL AS BIGINT) AS `impressions__provenance`,
                            CAST(NULL AS BIGINT) AS `views__provenance`,
                            CAST(NULL AS BIGINT) AS `likes__provenance`,
                            CAST(NULL AS BIGINT) AS `comments__provenance`,
                            CAST(NULL AS BIGINT) AS `shares__provenance`,
                            CAST(NULL AS BIGINT) AS `saves__provenance`,
                            CAST(NULL AS BIGINT) AS `clicks__provenance`,
                            CAST(NULL AS DOUBLE) AS `followers`,
                            CAST(NULL AS BIGINT) AS `followers__provenance`,
                            CAST(NULL AS DOUBLE) AS `engagements`,
                            CAST(NULL AS BIGINT) AS `engagements__provenance`,
                            CAST(NULL AS DOUBLE) AS `impressions_with_estimates`,
                            CAST(NULL AS BIGINT) AS `impressions_with_estimates__provenance`,
                            CAST(NULL AS DOUBLE) AS `er_reach_post`,
                            CAST(NULL AS DOUBLE) AS `er_followers_post`,
                            CAST(NULL AS DOUBLE) AS `er_impressions_post`,
                            CAST(NULL AS DOUBLE) AS `er_views_post`,
                            CAST(NULL AS BIGINT) AS `er_reach_post__provenance`,
                            CAST(NULL AS BIGINT) AS `er_followers_post__provenance`,
                            CAST(NULL AS BIGINT) AS `er_impressions_post__provenance`,
                            CAST(NULL AS BIGINT) AS `er_views_post__provenance`,
                            CAST(NULL AS STRING) AS `post_platform`,
                            CAST(NULL AS DOUBLE) AS `publishing_influencer`,
                            CAST(NULL AS DOUBLE) AS `sponsored_posts`,
                            CAST(NULL AS DOUBLE) AS `disclosed_sponsored_posts`,
                            CAST(NULL AS DOUBLE) AS `cost`,
                            CAST(NULL AS DOUBLE) AS `key_message_posts`,
                            CAST(NULL AS DOUBLE) AS `ugc_post`,
                            CAST(NULL AS DOUBLE) AS `mentions`,
                            CAST(NULL AS DOUBLE) AS `brand_mentions`,
                            CAST(NULL AS DOUBLE) AS `mention_engagements`,
                            CAST(NULL AS DOUBLE) AS `brand_mention_engagements`,
                            IF(`t178`.`is_brand` = FALSE, `t178`.`start_followers`, CAST(NULL AS DOUBLE)) AS `followers_start`,
                            IF(
                              `t178`.`is_brand` = FALSE,
                              IF(
                                `t178`.`end_seen_at` > `t178`.`start_seen_at`,
                                `t178`.`end_followers` - `t178`.`start_followers`,
                                CAST(NULL AS DOUBLE)
                              ),
                              CAST(NULL AS DOUBLE)
                            ) AS `followers_gained`,
                            IF(
                              `t178`.`is_brand` = FALSE,
                              IF(
                                `t178`.`end_seen_at` > `t178`.`start_seen_at`,
                                (
                                  (
                                    `t178`.`start_followers` - `t178`.`before_followers`
                                  ) / NULLIF(CAST(`t178`.`start_seen_at` - `t178`.`before_seen_at` AS DOUBLE), 0)
                                ) * (
                                  `t178`.`end_seen_at` - `t178`.`start_seen_at`
                                ),
                                CAST(NULL AS DOUBLE)
                              ),
                              CAST(NULL AS DOUBLE)
                            ) AS `followers_expected_gain`,
                            CAST(IF(`t178`.`is_brand` = FALSE, `t178`.`start_rank`, CAST(NULL AS TINYINT)) AS BIGINT) AS `followers_start__provenance`,
                            IF(
                              `t178`.`is_brand` = FALSE,
                              IF(
                                `t178`.`end_seen_at` > `t178`.`start_seen_at`,
                                NULLIF(GREATEST(COALESCE(`t178`.`start_rank`, -1), COALESCE(`t178`.`end_rank`, -1)), -1),
                                CAST(NULL AS BIGINT)
                              ),
                              CAST(NULL AS BIGINT)
                            ) AS `followers_gained__provenance`,
                            IF(
                              `t178`.`is_brand` = FALSE,
                              IF(
                                IF(
                                  `t178`.`end_seen_at` > `t178`.`start_seen_at`,
                                  (
                                    (
                                      `t178`.`start_followers` - `t178`.`before_followers`
                                    ) / NULLIF(CAST(`t178`.`start_seen_at` - `t178`.`before_seen_at` AS DOUBLE), 0)
                                  ) * (
                                    `t178`.`end_seen_at` - `t178`.`start_seen_at`
                                  ),
                                  CAST(NULL AS DOUBLE)
                                ) IS NOT NULL
                                AND NOT ISNAN(
                                  IF(
                                    `t178`.`end_seen_at` > `t178`.`start_seen_at`,
                                    (
                                      (
                                        `t178`.`start_followers` - `t178`.`before_followers`
                                      ) / NULLIF(CAST(`t178`.`start_seen_at` - `t178`.`before_seen_at` AS DOUBLE), 0)
                                    ) * (
                                      `t178`.`end_seen_at` - `t178`.`start_seen_at`
                                    ),
                                    CAST(NULL AS DOUBLE)
                                  )
                                ),
                                NULLIF(
                                  GREATEST(
                                    COALESCE(
                                      IF(
                                        `t178`.`end_seen_at` > `t178`.`start_seen_at`,
                                        NULLIF(GREATEST(COALESCE(`t178`.`start_rank`, -1), COALESCE(`t178`.`end_rank`, -1)), -1),
                                        CAST(NULL AS BIGINT)
                                      ),
                                      -1
                                    ),
                                    COALESCE(`t178`.`before_rank`, -1)
                                  ),
                                  -1
                                ),
                                CAST(NULL AS BIGINT)
                              ),
                              CAST(NULL AS BIGINT)
                            ) AS `followers_expected_gain__provenance`,
                            IF(`t178`.`is_brand` = TRUE, `t178`.`start_followers`, CAST(NULL AS DOUBLE)) AS `brand_followers_start`,
                            IF(
                              `t178`.`is_brand` = TRUE,
                              IF(
                                `t178`.`end_seen_at` > `t178`.`start_seen_at`,
                                `t178`.`end_followers` - `t178`.`start_followers`,
                                CAST(NULL AS DOUBLE)
                              ),
                              CAST(NULL AS DOUBLE)
                            ) AS `brand_followers_gained`,
                            IF(
                              `t178`.`is_brand` = TRUE,
                              IF(
                                `t178`.`end_seen_at` > `t178`.`start_seen_at`,
                                (
                                  (
                                    `t178`.`start_followers` - `t178`.`before_followers`
                                  ) / NULLIF(CAST(`t178`.`start_seen_at` - `t178`.`before_seen_at` AS DOUBLE), 0)
                                ) * (
                                  `t178`.`end_seen_at` - `t178`.`start_seen_at`
                                ),
                                CAST(NULL AS DOUBLE)
                              ),
                              CAST(NULL AS DOUBLE)
                            ) AS `brand_followers_expected_gain`,
                            CAST(IF(`t178`.`is_brand` = TRUE, `t178`.`start_rank`, CAST(NULL AS TINYINT)) AS BIGINT) AS `brand_followers_start__provenance`,
                            IF(
                              `t178`.`is_brand` = TRUE,
                              IF(
                                `t178`.`end_seen_at` > `t178`.`start_seen_at`,
                                NULLIF(GREATEST(COALESCE(`t178`.`start_rank`, -1), COALESCE(`t178`.`end_rank`, -1)), -1),
                                CAST(NULL AS BIGINT)
                              ),
                              CAST(NULL AS BIGINT)
                            ) AS `brand_followers_gained__provenance`,
                            IF(
                              `t178`.`is_brand` = TRUE,
                              IF(
                                IF(
                                  `t178`.`end_seen_at` > `t178`.`start_seen_at`,
                                  (
                                    (
                                      `t178`.`start_followers` - `t178`.`before_followers`
                                    ) / NULLIF(CAST(`t178`.`start_seen_at` - `t178`.`before_seen_at` AS DOUBLE), 0)
                                  ) * (
                                    `t178`.`end_seen_at` - `t178`.`start_seen_at`
                                  ),
                                  CAST(NULL AS DOUBLE)
                                ) IS NOT NULL
                                AND NOT ISNAN(
                                  IF(
                                    `t178`.`end_seen_at` > `t178`.`start_seen_at`,
                                    (
                                      (
                                        `t178`.`start_followers` - `t178`.`before_followers`
                                      ) / NULLIF(CAST(`t178`.`start_seen_at` - `t178`.`before_seen_at` AS DOUBLE), 0)
                                    ) * (
                                      `t178`.`end_seen_at` - `t178`.`start_seen_at`
                                    ),
                                    CAST(NULL AS DOUBLE)
                                  )
                                ),
                                NULLIF(
                                  GREATEST(
                                    COALESCE(
                                      IF(
                                        `t178`.`end_seen_at` > `t178`.`start_seen_at`,
                                        NULLIF(GREATEST(COALESCE(`t178`.`start_rank`, -1), COALESCE(`t178`.`end_rank`, -1)), -1),
                                        CAST(NULL AS BIGINT)
                                      ),
                                      -1
                                    ),
                                    COALESCE(`t178`.`before_rank`, -1)
                                  ),
                                  -1
                                ),
                                CAST(NULL AS BIGINT)
                              ),
                              CAST(NULL AS BIGINT)
                            ) AS `brand_followers_expected_gain__provenance`,
                            CAST(NULL AS DOUBLE) AS `influencers_contacted`,
                            CAST(NULL AS DOUBLE) AS `influencers_interested`,
                            CAST(NULL AS DOUBLE) AS `posts_contracted`,
                            CAST(NULL AS DOUBLE) AS `products_sent`,
                            CAST(NULL AS DOUBLE) AS `link_clicks`,
                            CAST(NULL AS DOUBLE) AS `unique_link_clicks`,
                            CAST(NULL AS DOUBLE) AS `bot_link_clicks`,
                            CAST(NULL AS DOUBLE) AS `sessions`,
                            CAST(NULL AS DOUBLE) AS `new_users`,
                            CAST(NULL AS DOUBLE) AS `engaged_sessions`,
                            CAST(NULL AS DOUBLE) AS `bounced_sessions`,
                            CAST(NULL AS DOUBLE) AS `session_seconds`,
                            CAST(NULL AS DOUBLE) AS `page_views`,
                            CAST(NULL AS DOUBLE) AS `key_events`,
                            CAST(NULL AS DOUBLE) AS `orders`,
                            CAST(NULL AS DOUBLE) AS `revenue`,
                            CAST(NULL AS DOUBLE) AS `new_customers`,
                            CAST(NULL AS DOUBLE) AS `key_messages`
                          FROM (
                            SELECT
                              `t175`.`campaign_id`,
                              `t175`.`campaign`,
                              `t175`.`influencer_id`,
                              `t175`.`influencer`,
                              `t175`.`account_id`,
                              `t175`.`platform`,
                              `t175`.`is_brand`,
                              `t175`.`day`,
                              `t175`.`start_at`,
                              `t175`.`end_at`,
                              `t175`.`start_followers`,
                              `t175`.`start_seen_at`,
                              `t175`.`start_rank`,
                              `t175`.`end_followers`,
                              `t175`.`end_seen_at`,
                              `t175`.`end_rank`,
                              `t154`.`before_followers`,
                              `t154`.`before_seen_at`,
                              `t154`.`before_rank`
                            FROM (
                              SELECT
                                `t162`.`campaign_id`,
                                `t162`.`campaign`,
                                `t162`.`influencer_id`,
                                `t162`.`influencer`,
                                `t162`.`account_id`,
                                `t162`.`platform`,
                                `t162`.`is_brand`,
                                `t162`.`day`,
                                `t162`.`start_at`,
                                `t162`.`end_at`,
                                `t162`.`start_followers`,
                                `t162`.`start_seen_at`,
                                `t162`.`start_rank`,
                                `t153`.`end_followers`,
                                `t153`.`end_seen_at`,
                                `t153`.`end_rank`
                              FROM (
                                SELECT
                                  `t134`.`campaign_id`,
                                  `t134`.`campaign`,
                                  `t134`.`influencer_id`,
                                  `t134`.`influencer`,
                                  `t134`.`account_id`,
                                  `t134`.`platform`,
                                  `t134`.`is_brand`,
                                  `t134`.`day`,
                                  `t134`.`start_at`,
                                  `t134`.`end_at`,
                                  `t156`.`start_followers`,
                                  `t156`.`start_seen_at`,
                                  `t156`.`start_rank`
                                FROM (
                                  SELECT
                                    `t114`.`campaign_id`,
                                    CAST(`t14`.`name` AS STRING) AS `campaign`,
                                    CAST(`t18`.`id` AS BIGINT) AS `influencer_id`,
                                    CAST(`t18`.`name` AS STRING) AS `influencer`,
                                    `t114`.`account_id`,
                                    CAST(`t24`.`platform` AS STRING) AS `platform`,
                                    `t114`.`is_brand`,
                                    `t14`.`end_date` AS `day`,
                                    UNIX_TIMESTAMP(CAST(CAST(`t14`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start_at`,
                                    UNIX_TIMESTAMP(CAST(CAST(`t14`.`end_date` AS TIMESTAMP) AS TIMESTAMP)) + 86400 AS `end_at`
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        `t99`.`campaign_id`,
                                        `t99`.`account_id`,
                                        FALSE AS `is_brand`
                                      FROM (
                                        SELECT DISTINCT
                                          `t85`.`campaign_id`,
                                          `t85`.`account_id`
                                        FROM (
                                          SELECT
                                            CAST(`t46`.`campaign_id` AS BIGINT) AS `campaign_id`,
                                            CAST(`t15`.`name` AS STRING) AS `campaign`,
                                            CAST(`t43`.`id` AS BIGINT) AS `influencer_id`,
                                            CAST(`t43`.`name` AS STRING) AS `influencer`,
                                            CAST(`t23`.`id` AS BIGINT) AS `account_id`,
                                            CAST(`t23`.`platform` AS STRING) AS `platform`,
                                            CAST(`t46`.`format` AS STRING) AS `format`,
                                            CAST(`t46`.`id` AS BIGINT) AS `post_id`,
                                            `t46`.`published_on` AS `day`,
                                            `t43`.`country`,
                                            CAST(`t46`.`caption` AS STRING) AS `caption`,
                                            `t46`.`sponsored`
                                          FROM (
                                            SELECT
                                              *
                                            FROM `post` AS `t10`
                                            WHERE
                                              `t10`.`campaign_id` IS NOT NULL
                                          ) AS `t46`
                                          INNER JOIN `account` AS `t23`
                                            ON `t46`.`account_id` = `t23`.`id`
                                          INNER JOIN (
                                            SELECT
                                              *
                                            FROM `influencer` AS `t2`
                                            WHERE
                                              NOT (
                                                `t2`.`is_brand`
                                              )
                                          ) AS `t43`
                                            ON `t23`.`influencer_id` = `t43`.`id`
                                          INNER JOIN `campaign` AS `t15`
                                            ON `t46`.`campaign_id` = `t15`.`id`
                                        ) AS `t85`
                                      ) AS `t99`
                                    ) AS `t104`
                                    UNION ALL
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        CAST(`t16`.`id` AS BIGINT) AS `campaign_id`,
                                        CAST(`t24`.`id` AS BIGINT) AS `account_id`,
                                        TRUE AS `is_brand`
                                      FROM `campaign` AS `t16`
                                      INNER JOIN (
                                        SELECT
                                          *
                                        FROM `influencer` AS `t2`
                                        WHERE
                                          `t2`.`is_brand`
                                      ) AS `t32`
                                        ON `t32`.`workspace_id` = `t16`.`workspace_id`
                                      INNER JOIN `account` AS `t24`
                                        ON `t24`.`influencer_id` = `t32`.`id`
                                    ) AS `t65`
                                  ) AS `t114`
                                  INNER JOIN `campaign` AS `t14`
                                    ON `t114`.`campaign_id` = `t14`.`id`
                                  INNER JOIN `account` AS `t24`
                                    ON `t114`.`account_id` = `t24`.`id`
                                  INNER JOIN `influencer` AS `t18`
                                    ON `t24`.`influencer_id` = `t18`.`id`
                                ) AS `t134`
                                INNER JOIN (
                                  SELECT
                                    `t150`.`campaign_id`,
                                    `t150`.`account_id`,
                                    CAST(`t150`.`followers` AS DOUBLE) AS `start_followers`,
                                    `t150`.`at` AS `start_seen_at`,
                                    `t150`.`rank` AS `start_rank`
                                  FROM (
                                    SELECT
                                      `t145`.`campaign_id`,
                                      `t145`.`campaign`,
                                      `t145`.`influencer_id`,
                                      `t145`.`influencer`,
                                      `t145`.`account_id`,
                                      `t145`.`platform`,
                                      `t145`.`is_brand`,
                                      `t145`.`day`,
                                      `t145`.`start_at`,
                                      `t145`.`end_at`,
                                      `t145`.`followers`,
                                      `t145`.`at`,
                                      `t145`.`rank`,
                                      ROW_NUMBER() OVER (
                                        PARTITION BY `t145`.`campaign_id`, `t145`.`account_id`
                                        ORDER BY IF(`t145`.`at` <= `t145`.`start_at`, 0, 1) ASC NULLS LAST, ABS(`t145`.`at` - `t145`.`start_at`) ASC NULLS LAST
                                      ) - 1 AS `order`
                                    FROM `t144` AS `t145`
                                  ) AS `t150`
                                  WHERE
                                    `t150`.`order` = 0
                                ) AS `t156`
                                  ON `t134`.`campaign_id` = `t156`.`campaign_id`
                                  AND `t134`.`account_id` = `t156`.`account_id`
                              ) AS `t162`
                              LEFT OUTER JOIN (
                                SELECT
                                  `t148`.`campaign_id`,
                                  `t148`.`account_id`,
                                  CAST(`t148`.`followers` AS DOUBLE) AS `end_followers`,
                                  `t148`.`at` AS `end_seen_at`,
                                  `t148`.`rank` AS `end_rank`
                                FROM (
                                  SELECT
                                    `t145`.`campaign_id`,
                                    `t145`.`campaign`,
                                    `t145`.`influencer_id`,
                                    `t145`.`influencer`,
                                    `t145`.`account_id`,
                                    `t145`.`platform`,
                                    `t145`.`is_brand`,
                                    `t145`.`day`,
                                    `t145`.`start_at`,
                                    `t145`.`end_at`,
                                    `t145`.`followers`,
                                    `t145`.`at`,
                                    `t145`.`rank`,
                                    ROW_NUMBER() OVER (PARTITION BY `t145`.`campaign_id`, `t145`.`account_id` ORDER BY `t145`.`at` DESC) - 1 AS `order`
                                  FROM `t144` AS `t145`
                                ) AS `t148`
                                WHERE
                                  `t148`.`order` = 0
                              ) AS `t153`
                                ON `t162`.`campaign_id` = `t153`.`campaign_id`
                                AND `t162`.`account_id` = `t153`.`account_id`
                            ) AS `t175`
                            LEFT OUTER JOIN (
                              SELECT
                                `t149`.`campaign_id`,
                                `t149`.`account_id`,
                                CAST(`t149`.`followers` AS DOUBLE) AS `before_followers`,
                                `t149`.`at` AS `before_seen_at`,
                                `t149`.`rank` AS `before_rank`
                              FROM (
                                SELECT
                                  `t147`.`campaign_id`,
                                  `t147`.`campaign`,
                                  `t147`.`influencer_id`,
                                  `t147`.`influencer`,
                                  `t147`.`account_id`,
                                  `t147`.`platform`,
                                  `t147`.`is_brand`,
                                  `t147`.`day`,
                                  `t147`.`start_at`,
                                  `t147`.`end_at`,
                                  `t147`.`followers`,
                                  `t147`.`at`,
                                  `t147`.`rank`,
                                  ROW_NUMBER() OVER (PARTITION BY `t147`.`campaign_id`, `t147`.`account_id` ORDER BY `t147`.`at` DESC) - 1 AS `order`
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      `t134`.`campaign_id`,
                                      `t134`.`campaign`,
                                      `t134`.`influencer_id`,
                                      `t134`.`influencer`,
                                      `t134`.`account_id`,
                                      `t134`.`platform`,
                                      `t134`.`is_brand`,
                                      `t134`.`day`,
                                      `t134`.`start_at`,
                                      `t134`.`end_at`,
                                      `t56`.`followers`,
                                      `t56`.`at`,
                                      `t56`.`rank`
                                    FROM (
                                      SELECT
                                        `t114`.`campaign_id`,
                                        CAST(`t14`.`name` AS STRING) AS `campaign`,
                                        CAST(`t18`.`id` AS BIGINT) AS `influencer_id`,
                                        CAST(`t18`.`name` AS STRING) AS `influencer`,
                                        `t114`.`account_id`,
                                        CAST(`t24`.`platform` AS STRING) AS `platform`,
                                        `t114`.`is_brand`,
                                        `t14`.`end_date` AS `day`,
                                        UNIX_TIMESTAMP(CAST(CAST(`t14`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start_at`,
                                        UNIX_TIMESTAMP(CAST(CAST(`t14`.`end_date` AS TIMESTAMP) AS TIMESTAMP)) + 86400 AS `end_at`
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            `t99`.`campaign_id`,
                                            `t99`.`account_id`,
                                            FALSE AS `is_brand`
                                          FROM (
                                            SELECT DISTINCT
                                              `t85`.`campaign_id`,
                                              `t85`.`account_id`
                                            FROM (
                                              SELECT
                                                CAST(`t46`.`campaign_id` AS BIGINT) AS `campaign_id`,
                                                CAST(`t15`.`name` AS STRING) AS `campaign`,
                                                CAST(`t43`.`id` AS BIGINT) AS `influencer_id`,
                                                CAST(`t43`.`name` AS STRING) AS `influencer`,
                                                CAST(`t23`.`id` AS BIGINT) AS `account_id`,
                                                CAST(`t23`.`platform` AS STRING) AS `platform`,
                                                CAST(`t46`.`format` AS STRING) AS `format`,
                                                CAST(`t46`.`id` AS BIGINT) AS `post_id`,
                                                `t46`.`published_on` AS `day`,
                                                `t43`.`country`,
                                                CAST(`t46`.`caption` AS STRING) AS `caption`,
                                                `t46`.`sponsored`
                                              FROM (
                                                SELECT
                                                  *
                                                FROM `post` AS `t10`
                                                WHERE
                                                  `t10`.`campaign_id` IS NOT NULL
                                              ) AS `t46`
                                              INNER JOIN `account` AS `t23`
                                                ON `t46`.`account_id` = `t23`.`id`
                                              INNER JOIN (
                                                SELECT
                                                  *
                                                FROM `influencer` AS `t2`
                                                WHERE
                                                  NOT (
                                                    `t2`.`is_brand`
                                                  )
                                              ) AS `t43`
                                                ON `t23`.`influencer_id` = `t43`.`id`
                                              INNER JOIN `campaign` AS `t15`
                                                ON `t46`.`campaign_id` = `t15`.`id`
                                            ) AS `t85`
                                          ) AS `t99`
                                        ) AS `t104`
                                        UNION ALL
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            CAST(`t16`.`id` AS BIGINT) AS `campaign_id`,
                                            CAST(`t24`.`id` AS BIGINT) AS `account_id`,
                                            TRUE AS `is_brand`
                                          FROM `campaign` AS `t16`
                                          INNER JOIN (
                                            SELECT
                                              *
                                            FROM `influencer` AS `t2`
                                            WHERE
                                              `t2`.`is_brand`
                                          ) AS `t32`
                                            ON `t32`.`workspace_id` = `t16`.`workspace_id`
                                          INNER JOIN `account` AS `t24`
                                            ON `t24`.`influencer_id` = `t32`.`id`
                                        ) AS `t65`
                                      ) AS `t114`
                                      INNER JOIN `campaign` AS `t14`
                                        ON `t114`.`campaign_id` = `t14`.`id`
                                      INNER JOIN `account` AS `t24`
                                        ON `t114`.`account_id` = `t24`.`id`
                                      INNER JOIN `influencer` AS `t18`
                                        ON `t24`.`influencer_id` = `t18`.`id`
                                    ) AS `t134`
                                    INNER JOIN (
                                      SELECT
                                        CAST(`t12`.`account_id` AS BIGINT) AS `account_id`,
                                        `t12`.`followers`,
                                        UNIX_TIMESTAMP(CAST(CAST(`t12`.`captured_at` AS TIMESTAMP) AS TIMESTAMP)) AS `at`,
                                        CASE `t12`.`provenance`
                                          WHEN 'measured'
                                          THEN 0
                                          WHEN 'self_reported'
                                          THEN 1
                                          WHEN 'estimated'
                                          THEN 2
                                          ELSE 2
                                        END AS `rank`
                                      FROM `follower_snapshot` AS `t12`
                                    ) AS `t56`
                                      ON `t134`.`account_id` = `t56`.`account_id`
                                  ) AS `t143`
                                  WHERE
                                    `t143`.`at` <= (
                                      `t143`.`start_at` - (
                                        `t143`.`end_at` - `t143`.`start_at`
                                      )
                                    )
                                ) AS `t147`
                              ) AS `t149`
                              WHERE
                                `t149`.`order` = 0
                            ) AS `t154`
                              ON `t175`.`campaign_id` = `t154`.`campaign_id`
                              AND `t175`.`account_id` = `t154`.`account_id`
                          ) AS `t178`
                        ) AS `t185`
                      ) AS `t188`
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          `t60`.`campaign_id`,
                          `t60`.`campaign`,
                          `t60`.`influencer_id`,
                          `t60`.`influencer`,
                          CAST(NULL AS BIGINT) AS `account_id`,
                          CAST(NULL AS STRING) AS `platform`,
                          CAST(NULL AS STRING) AS `format`,
                          CAST(NULL AS BIGINT) AS `post_id`,
                          `t60`.`day`,
                          CAST(NULL AS DOUBLE) AS `reach`,
                          CAST(NULL AS DOUBLE) AS `impressions`,
                          CAST(NULL AS DOUBLE) AS `views`,
                          CAST(NULL AS DOUBLE) AS `likes`,
                          CAST(NULL AS DOUBLE) AS `comments`,
                          CAST(NULL AS DOUBLE) AS `shares`,
                          CAST(NULL AS DOUBLE) AS `saves`,
                          CAST(NULL AS DOUBLE) AS `clicks`,
                          CAST(NULL AS BIGINT) AS `reach__provenance`,
                          CAST(NULL AS BIGINT) AS `impressions__provenance`,
                          CAST(NULL AS BIGINT) AS `views__provenance`,
                          CAST(NULL AS BIGINT) AS `likes__provenance`,
                          CAST(NULL AS BIGINT) AS `comments__provenance`,
                          CAST(NULL AS BIGINT) AS `shares__provenance`,
                          CAST(NULL AS BIGINT) AS `saves__provenance`,
                          CAST(NULL AS BIGINT) AS `clicks__provenance`,
                          CAST(NULL AS DOUBLE) AS `followers`,
                          CAST(NULL AS BIGINT) AS `followers__provenance`,
                          CAST(NULL AS DOUBLE) AS `engagements`,
                          CAST(NULL AS BIGINT) AS `engagements__provenance`,
                          CAST(NULL AS DOUBLE) AS `impressions_with_estimates`,
                          CAST(NULL AS BIGINT) AS `impressions_with_estimates__provenance`,
                          CAST(NULL AS DOUBLE) AS `er_reach_post`,
                          CAST(NULL AS DOUBLE) AS `er_followers_post`,
                          CAST(NULL AS DOUBLE) AS `er_impressions_post`,
                          CAST(NULL AS DOUBLE) AS `er_views_post`,
                          CAST(NULL AS BIGINT) AS `er_reach_post__provenance`,
                          CAST(NULL AS BIGINT) AS `er_followers_post__provenance`,
                          CAST(NULL AS BIGINT) AS `er_impressions_post__provenance`,
                          CAST(NULL AS BIGINT) AS `er_views_post__provenance`,
                          CAST(NULL AS STRING) AS `post_platform`,
                          CAST(NULL AS DOUBLE) AS `publishing_influencer`,
                          CAST(NULL AS DOUBLE) AS `sponsored_posts`,
                          CAST(NULL AS DOUBLE) AS `disclosed_sponsored_posts`,
                          CAST(NULL AS DOUBLE) AS `cost`,
                          CAST(NULL AS DOUBLE) AS `key_message_posts`,
                          CAST(NULL AS DOUBLE) AS `ugc_post`,
                          CAST(NULL AS DOUBLE) AS `mentions`,
                          CAST(NULL AS DOUBLE) AS `brand_mentions`,
                          CAST(NULL AS DOUBLE) AS `mention_engagements`,
                          CAST(NULL AS DOUBLE) AS `brand_mention_engagements`,
                          CAST(NULL AS DOUBLE) AS `followers_start`,
                          CAST(NULL AS DOUBLE) AS `followers_gained`,
                          CAST(NULL AS DOUBLE) AS `followers_expected_gain`,
                          CAST(NULL AS BIGINT) AS `followers_start__provenance`,
                          CAST(NULL AS BIGINT) AS `followers_gained__provenance`,
                          CAST(NULL AS BIGINT) AS `followers_expected_gain__provenance`,
                          CAST(NULL AS DOUBLE) AS `brand_followers_start`,
                          CAST(NULL AS DOUBLE) AS `brand_followers_gained`,
                          CAST(NULL AS DOUBLE) AS `brand_followers_expected_gain`,
                          CAST(NULL AS BIGINT) AS `brand_followers_start__provenance`,
                          CAST(NULL AS BIGINT) AS `brand_followers_gained__provenance`,
                          CAST(NULL AS BIGINT) AS `brand_followers_expected_gain__provenance`,
                          `t60`.`influencers_contacted`,
                          `t60`.`influencers_interested`,
                          `t60`.`posts_contracted`,
                          `t60`.`products_sent`,
                          CAST(NULL AS DOUBLE) AS `link_clicks`,
                          CAST(NULL AS DOUBLE) AS `unique_link_clicks`,
                          CAST(NULL AS DOUBLE) AS `bot_link_clicks`,
                          CAST(NULL AS DOUBLE) AS `sessions`,
                          CAST(NULL AS DOUBLE) AS `new_users`,
                          CAST(NULL AS DOUBLE) AS `engaged_sessions`,
                          CAST(NULL AS DOUBLE) AS `bounced_sessions`,
                          CAST(NULL AS DOUBLE) AS `session_seconds`,
                          CAST(NULL AS DOUBLE) AS `page_views`,
                          CAST(NULL AS DOUBLE) AS `key_events`,
                          CAST(NULL AS DOUBLE) AS `orders`,
                          CAST(NULL AS DOUBLE) AS `revenue`,
                          CAST(NULL AS DOUBLE) AS `new_customers`,
                          CAST(NULL AS DOUBLE) AS `key_messages`
                        FROM (
                          SELECT
                            CAST(`t19`.`campaign_id` AS BIGINT) AS `campaign_id`,
                            CAST(`t14`.`name` AS STRING) AS `campaign`,
                            CAST(`t19`.`influencer_id` AS BIGINT) AS `influencer_id`,
                            CAST(`t17`.`name` AS STRING) AS `influencer`,
                            `t14`.`start_date` AS `day`,
                            CAST(1 AS DOUBLE) AS `influencers_contacted`,
                            CAST(IF(`t19`.`status` IN ('interested', 'activated'), 1, 0) AS DOUBLE) AS `influencers_interested`,
                            CAST(`t19`.`posts_contracted` AS DOUBLE) AS `posts_contracted`,
                            CAST(`t19`.`products_sent` AS DOUBLE) AS `products_sent`
                          FROM `roster` AS `t19`
                          INNER JOIN `campaign` AS `t14`
                            ON `t19`.`campaign_id` = `t14`.`id`
                          INNER JOIN `influencer` AS `t17`
                            ON `t19`.`influencer_id` = `t17`.`id`
                        ) AS `t60`
                      ) AS `t72`
                    ) AS `t189`
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        `t103`.`campaign_id`,
                        `t103`.`campaign`,
                        `t103`.`influencer_id`,
                        `t103`.`influencer`,
                        CAST(NULL AS BIGINT) AS `account_id`,
                        `t103`.`platform`,
                        CAST(NULL AS STRING) AS `format`,
                        `t103`.`post_id`,
                        `t103`.`day`,
                        CAST(NULL AS DOUBLE) AS `reach`,
                        CAST(NULL AS DOUBLE) AS `impressions`,
                        CAST(NULL AS DOUBLE) AS `views`,
                        CAST(NULL AS DOUBLE) AS `likes`,
                        CAST(NULL AS DOUBLE) AS `comments`,
                        CAST(NULL AS DOUBLE) AS `shares`,
                        CAST(NULL AS DOUBLE) AS `saves`,
                        CAST(NULL AS DOUBLE) AS `clicks`,
                        CAST(NULL AS BIGINT) AS `reach__provenance`,
                        CAST(NULL AS BIGINT) AS `impressions__provenance`,
                        CAST(NULL AS BIGINT) AS `views__provenance`,
                        CAST(NULL AS BIGINT) AS `likes__provenance`,
                        CAST(NULL AS BIGINT) AS `comments__provenance`,
                        CAST(NULL AS BIGINT) AS `shares__provenance`,
                        CAST(NULL AS BIGINT) AS `saves__provenance`,
                        CAST(NULL AS BIGINT) AS `clicks__provenance`,
                        CAST(NULL AS DOUBLE) AS `followers`,
                        CAST(NULL AS BIGINT) AS `followers__provenance`,
                        CAST(NULL AS DOUBLE) AS `engagements`,
                        CAST(NULL AS BIGINT) AS `engagements__provenance`,
                        CAST(NULL AS DOUBLE) AS `impressions_with_estimates`,
                        CAST(NULL AS BIGINT) AS `impressions_with_estimates__provenance`,
                        CAST(NULL AS DOUBLE) AS `er_reach_post`,
                        CAST(NULL AS DOUBLE) AS `er_followers_post`,
                        CAST(NULL AS DOUBLE) AS `er_impressions_post`,
                        CAST(NULL AS DOUBLE) AS `er_views_post`,
                        CAST(NULL AS BIGINT) AS `er_reach_post__provenance`,
                        CAST(NULL AS BIGINT) AS `er_followers_post__provenance`,
                        CAST(NULL AS BIGINT) AS `er_impressions_post__provenance`,
                        CAST(NULL AS BIGINT) AS `er_views_post__provenance`,
                        CAST(NULL AS STRING) AS `post_platform`,
                        CAST(NULL AS DOUBLE) AS `publishing_influencer`,
                        CAST(NULL AS DOUBLE) AS `sponsored_posts`,
                        CAST(NULL AS DOUBLE) AS `disclosed_sponsored_posts`,
                        CAST(NULL AS DOUBLE) AS `cost`,
                        CAST(NULL AS DOUBLE) AS `key_message_posts`,
                        CAST(NULL AS DOUBLE) AS `ugc_post`,
                        CAST(NULL AS DOUBLE) AS `mentions`,
                        CAST(NULL AS DOUBLE) AS `brand_mentions`,
                        CAST(NULL AS DOUBLE) AS `mention_engagements`,
                        CAST(NULL AS DOUBLE) AS `brand_mention_engagements`,
                        CAST(NULL AS DOUBLE) AS `followers_start`,
                        CAST(NULL AS DOUBLE) AS `followers_gained`,
                        CAST(NULL AS DOUBLE) AS `followers_expected_gain`,
                        CAST(NULL AS BIGINT) AS `followers_start__provenance`,
                        CAST(NULL AS BIGINT) AS `followers_gained__provenance`,
                        CAST(NULL AS BIGINT) AS `followers_expected_gain__provenance`,
                        CAST(NULL AS DOUBLE) AS `brand_followers_start`,
                        CAST(NULL AS DOUBLE) AS `brand_followers_gained`,
                        CAST(NULL AS DOUBLE) AS `brand_followers_expected_gain`,
                        CAST(NULL AS BIGINT) AS `brand_followers_start__provenance`,
                        CAST(NULL AS BIGINT) AS `brand_followers_gained__provenance`,
                        CAST(NULL AS BIGINT) AS `brand_followers_expected_gain__provenance`,
                        CAST(NULL AS DOUBLE) AS `influencers_contacted`,
                        CAST(NULL AS DOUBLE) AS `influencers_interested`,
                        CAST(NULL AS DOUBLE) AS `posts_contracted`,
                        CAST(NULL AS DOUBLE) AS `products_sent`,
                        `t103`.`link_clicks`,
                        `t103`.`unique_link_clicks`,
                        `t103`.`bot_link_clicks`,
                        CAST(NULL AS DOUBLE) AS `sessions`,
                        CAST(NULL AS DOUBLE) AS `new_users`,
                        CAST(NULL AS DOUBLE) AS `engaged_sessions`,
                        CAST(NULL AS DOUBLE) AS `bounced_sessions`,
                        CAST(NULL AS DOUBLE) AS `session_seconds`,
                        CAST(NULL AS DOUBLE) AS `page_views`,
                        CAST(NULL AS DOUBLE) AS `key_events`,
                        CAST(NULL AS DOUBLE) AS `orders`,
                        CAST(NULL AS DOUBLE) AS `revenue`,
                        CAST(NULL AS DOUBLE) AS `new_customers`,
                        CAST(NULL AS DOUBLE) AS `key_messages`
                      FROM (
                        SELECT
                          `t83`.`campaign_id`,
                          `t83`.`influencer_id`,
                          `t83`.`post_id`,
                          `t83`.`platform`,
                          `t83`.`day`,
                          `t83`.`link_clicks`,
                          `t83`.`unique_link_clicks`,
                          `t83`.`bot_link_clicks`,
                          CAST(`t14`.`name` AS STRING) AS `campaign`,
                          CAST(`t17`.`name` AS STRING) AS `influencer`
                        FROM (
                          SELECT
                            CAST(`t22`.`campaign_id` AS BIGINT) AS `campaign_id`,
                            CAST(`t22`.`influencer_id` AS BIGINT) AS `influencer_id`,
                            CAST(`t22`.`post_id` AS BIGINT) AS `post_id`,
                            CAST(`t22`.`platform` AS STRING) AS `platform`,
                            CAST(`t21`.`clicked_at` AS DATE) AS `day`,
                            CAST(IF(NOT (
                              `t21`.`is_bot`
                            ), 1, 0) AS DOUBLE) AS `link_clicks`,
                            CAST(IF(NOT (
                              `t21`.`is_bot`
                            ) AND `t21`.`is_unique`, 1, 0) AS DOUBLE) AS `unique_link_clicks`,
                            CAST(IF(`t21`.`is_bot`, 1, 0) AS DOUBLE) AS `bot_link_clicks`
                          FROM `click` AS `t21`
                          INNER JOIN `link` AS `t22`
                            ON `t21`.`link_id` = `t22`.`id`
                        ) AS `t83`
                        INNER JOIN `campaign` AS `t14`
                          ON `t83`.`campaign_id` = `t14`.`id`
                        LEFT OUTER JOIN `influencer` AS `t17`
                          ON `t83`.`influencer_id` = `t17`.`id`
                      ) AS `t103`
                    ) AS `t110`
                  ) AS `t190`
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      `t88`.`campaign_id`,
                      `t88`.`campaign`,
                      `t88`.`influencer_id`,
                      `t88`.`influencer`,
                      CAST(NULL AS BIGINT) AS `account_id`,
                      `t88`.`platform`,
                      CAST(NULL AS STRING) AS `format`,
                      CAST(NULL AS BIGINT) AS `post_id`,
                      `t88`.`day`,
                      CAST(NULL AS DOUBLE) AS `reach`,
                      CAST(NULL AS DOUBLE) AS `impressions`,
                      CAST(NULL AS DOUBLE) AS `views`,
                      CAST(NULL AS DOUBLE) AS `likes`,
                      CAST(NULL AS DOUBLE) AS `comments`,
                      CAST(NULL AS DOUBLE) AS `shares`,
                      CAST(NULL AS DOUBLE) AS `saves`,
                      CAST(NULL AS DOUBLE) AS `clicks`,
                      CAST(NULL AS BIGINT) AS `reach__provenance`,
                      CAST(NULL AS BIGINT) AS `impressions__provenance`,
                      CAST(NULL AS BIGINT) AS `views__provenance`,
                      CAST(NULL AS BIGINT) AS `likes__provenance`,
                      CAST(NULL AS BIGINT) AS `comments__provenance`,
                      CAST(NULL AS BIGINT) AS `shares__provenance`,
                      CAST(NULL AS BIGINT) AS `saves__provenance`,
                      CAST(NULL AS BIGINT) AS `clicks__provenance`,
                      CAST(NULL AS DOUBLE) AS `followers`,
                      CAST(NULL AS BIGINT) AS `followers__provenance`,
                      CAST(NULL AS DOUBLE) AS `engagements`,
                      CAST(NULL AS BIGINT) AS `engagements__provenance`,
                      CAST(NULL AS DOUBLE) AS `impressions_with_estimates`,
                      CAST(NULL AS BIGINT) AS `impressions_with_estimates__provenance`,
                      CAST(NULL AS DOUBLE) AS `er_reach_post`,
                      CAST(NULL AS DOUBLE) AS `er_followers_post`,
                      CAST(NULL AS DOUBLE) AS `er_impressions_post`,
                      CAST(NULL AS DOUBLE) AS `er_views_post`,
                      CAST(NULL AS BIGINT) AS `er_reach_post__provenance`,
                      CAST(NULL AS BIGINT) AS `er_followers_post__provenance`,
                      CAST(NULL AS BIGINT) AS `er_impressions_post__provenance`,
                      CAST(NULL AS BIGINT) AS `er_views_post__provenance`,
                      CAST(NULL AS STRING) AS `post_platform`,
                      CAST(NULL AS DOUBLE) AS `publishing_influencer`,
                      CAST(NULL AS DOUBLE) AS `sponsored_posts`,
                      CAST(NULL AS DOUBLE) AS `disclosed_sponsored_posts`,
                      CAST(NULL AS DOUBLE) AS `cost`,
                      CAST(NULL AS DOUBLE) AS `key_message_posts`,
                      CAST(NULL AS DOUBLE) AS `ugc_post`,
                      CAST(NULL AS DOUBLE) AS `mentions`,
                      CAST(NULL AS DOUBLE) AS `brand_mentions`,
                      CAST(NULL AS DOUBLE) AS `mention_engagements`,
                      CAST(NULL AS DOUBLE) AS `brand_mention_engagements`,
                      CAST(NULL AS DOUBLE) AS `followers_start`,
                      CAST(NULL AS DOUBLE) AS `followers_gained`,
                      CAST(NULL AS DOUBLE) AS `followers_expected_gain`,
                      CAST(NULL AS BIGINT) AS `followers_start__provenance`,
                      CAST(NULL AS BIGINT) AS `followers_gained__provenance`,
                      CAST(NULL AS BIGINT) AS `followers_expected_gain__provenance`,
                      CAST(NULL AS DOUBLE) AS `brand_followers_start`,
                      CAST(NULL AS DOUBLE) AS `brand_followers_gained`,
                      CAST(NULL AS DOUBLE) AS `brand_followers_expected_gain`,
                      CAST(NULL AS BIGINT) AS `brand_followers_start__provenance`,
                      CAST(NULL AS BIGINT) AS `brand_followers_gained__provenance`,
                      CAST(NULL AS BIGINT) AS `brand_followers_expected_gain__provenance`,
                      CAST(NULL AS DOUBLE) AS `influencers_contacted`,
                      CAST(NULL AS DOUBLE) AS `influencers_interested`,
                      CAST(NULL AS DOUBLE) AS `posts_contracted`,
                      CAST(NULL AS DOUBLE) AS `products_sent`,
                      CAST(NULL AS DOUBLE) AS `link_clicks`,
                      CAST(NULL AS DOUBLE) AS `unique_link_clicks`,
                      CAST(NULL AS DOUBLE) AS `bot_link_clicks`,
                      `t88`.`sessions`,
                      `t88`.`new_users`,
                      `t88`.`engaged_sessions`,
                      `t88`.`bounced_sessions`,
                      `t88`.`session_seconds`,
                      `t88`.`page_views`,
                      `t88`.`key_events`,
                      CAST(NULL AS DOUBLE) AS `orders`,
                      CAST(NULL AS DOUBLE) AS `revenue`,
                      CAST(NULL AS DOUBLE) AS `new_customers`,
                      CAST(NULL AS DOUBLE) AS `key_messages`
                    FROM (
                      SELECT
                        `t61`.`campaign_id`,
                        `t61`.`influencer_id`,
                        `t61`.`platform`,
                        `t61`.`day`,
                        `t61`.`sessions`,
                        `t61`.`new_users`,
                        `t61`.`engaged_sessions`,
                        `t61`.`bounced_sessions`,
                        `t61`.`session_seconds`,
                        `t61`.`page_views`,
                        `t61`.`key_events`,
                        CAST(`t14`.`name` AS STRING) AS `campaign`,
                        CAST(`t17`.`name` AS STRING) AS `influencer`
                      FROM (
                        SELECT
                          CAST(`t5`.`campaign_id` AS BIGINT) AS `campaign_id`,
                          CAST(`t5`.`influencer_id` AS BIGINT) AS `influencer_id`,
                          LOWER(`t5`.`utm_source`) AS `platform`,
                          `t5`.`day`,
                          CAST(`t5`.`sessions` AS DOUBLE) AS `sessions`,
                          CAST(`t5`.`new_users` AS DOUBLE) AS `new_users`,
                          CAST(`t5`.`engaged_sessions` AS DOUBLE) AS `engaged_sessions`,
                          CAST(`t5`.`sessions` - `t5`.`engaged_sessions` AS DOUBLE) AS `bounced_sessions`,
                          CAST(`t5`.`duration_seconds` AS DOUBLE) AS `session_seconds`,
                          CAST(`t5`.`page_views` AS DOUBLE) AS `page_views`,
                          CAST(`t5`.`key_events` AS DOUBLE) AS `key_events`
                        FROM `web_traffic` AS `t5`
                        WHERE
                          `t5`.`campaign_id` IS NOT NULL
                      ) AS `t61`
                      INNER JOIN `campaign` AS `t14`
                        ON `t61`.`campaign_id` = `t14`.`id`
                      LEFT OUTER JOIN `influencer` AS `t17`
                        ON `t61`.`influencer_id` = `t17`.`id`
                    ) AS `t88`
                  ) AS `t102`
                ) AS `t191`
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    `t101`.`campaign_id`,
                    `t101`.`campaign`,
                    `t101`.`influencer_id`,
                    `t101`.`influencer`,
                    CAST(NULL AS BIGINT) AS `account_id`,
                    `t101`.`platform`,
                    CAST(NULL AS STRING) AS `format`,
                    CAST(NULL AS BIGINT) AS `post_id`,
                    `t101`.`day`,
                    CAST(NULL AS DOUBLE) AS `reach`,
                    CAST(NULL AS DOUBLE) AS `impressions`,
                    CAST(NULL AS DOUBLE) AS `views`,
                    CAST(NULL AS DOUBLE) AS `likes`,
                    CAST(NULL AS DOUBLE) AS `comments`,
                    CAST(NULL AS DOUBLE) AS `shares`,
                    CAST(NULL AS DOUBLE) AS `saves`,
                    CAST(NULL AS DOUBLE) AS `clicks`,
                    CAST(NULL AS BIGINT) AS `reach__provenance`,
                    CAST(NULL AS BIGINT) AS `impressions__provenance`,
                    CAST(NULL AS BIGINT) AS `views__provenance`,
                    CAST(NULL AS BIGINT) AS `likes__provenance`,
                    CAST(NULL AS BIGINT) AS `comments__provenance`,
                    CAST(NULL AS BIGINT) AS `shares__provenance`,
                    CAST(NULL AS BIGINT) AS `saves__provenance`,
                    CAST(NULL AS BIGINT) AS `clicks__provenance`,
                    CAST(NULL AS DOUBLE) AS `followers`,
                    CAST(NULL AS BIGINT) AS `followers__provenance`,
                    CAST(NULL AS DOUBLE) AS `engagements`,
                    CAST(NULL AS BIGINT) AS `engagements__provenance`,
                    CAST(NULL AS DOUBLE) AS `impressions_with_estimates`,
                    CAST(NULL AS BIGINT) AS `impressions_with_estimates__provenance`,
                    CAST(NULL AS DOUBLE) AS `er_reach_post`,
                    CAST(NULL AS DOUBLE) AS `er_followers_post`,
                    CAST(NULL AS DOUBLE) AS `er_impressions_post`,
                    CAST(NULL AS DOUBLE) AS `er_views_post`,
                    CAST(NULL AS BIGINT) AS `er_reach_post__provenance`,
                    CAST(NULL AS BIGINT) AS `er_followers_post__provenance`,
                    CAST(NULL AS BIGINT) AS `er_impressions_post__provenance`,
                    CAST(NULL AS BIGINT) AS `er_views_post__provenance`,
                    CAST(NULL AS STRING) AS `post_platform`,
                    CAST(NULL AS DOUBLE) AS `publishing_influencer`,
                    CAST(NULL AS DOUBLE) AS `sponsored_posts`,
                    CAST(NULL AS DOUBLE) AS `disclosed_sponsored_posts`,
                    CAST(NULL AS DOUBLE) AS `cost`,
                    CAST(NULL AS DOUBLE) AS `key_message_posts`,
                    CAST(NULL AS DOUBLE) AS `ugc_post`,
                    CAST(NULL AS DOUBLE) AS `mentions`,
                    CAST(NULL AS DOUBLE) AS `brand_mentions`,
                    CAST(NULL AS DOUBLE) AS `mention_engagements`,
                    CAST(NULL AS DOUBLE) AS `brand_mention_engagements`,
                    CAST(NULL AS DOUBLE) AS `followers_start`,
                    CAST(NULL AS DOUBLE) AS `followers_gained`,
                    CAST(NULL AS DOUBLE) AS `followers_expected_gain`,
                    CAST(NULL AS BIGINT) AS `followers_start__provenance`,
                    CAST(NULL AS BIGINT) AS `followers_gained__provenance`,
                    CAST(NULL AS BIGINT) AS `followers_expected_gain__provenance`,
                    CAST(NULL AS DOUBLE) AS `brand_followers_start`,
                    CAST(NULL AS DOUBLE) AS `brand_followers_gained`,
                    CAST(NULL AS DOUBLE) AS `brand_followers_expected_gain`,
                    CAST(NULL AS BIGINT) AS `brand_followers_start__provenance`,
                    CAST(NULL AS BIGINT) AS `brand_followers_gained__provenance`,
                    CAST(NULL AS BIGINT) AS `brand_followers_expected_gain__provenance`,
                    CAST(NULL AS DOUBLE) AS `influencers_contacted`,
                    CAST(NULL AS DOUBLE) AS `influencers_interested`,
                    CAST(NULL AS DOUBLE) AS `posts_contracted`,
                    CAST(NULL AS DOUBLE) AS `products_sent`,
                    CAST(NULL AS DOUBLE) AS `link_clicks`,
                    CAST(NULL AS DOUBLE) AS `unique_link_clicks`,
                    CAST(NULL AS DOUBLE) AS `bot_link_clicks`,
                    CAST(NULL AS DOUBLE) AS `sessions`,
                    CAST(NULL AS DOUBLE) AS `new_users`,
                    CAST(NULL AS DOUBLE) AS `engaged_sessions`,
                    CAST(NULL AS DOUBLE) AS `bounced_sessions`,
                    CAST(NULL AS DOUBLE) AS `session_seconds`,
                    CAST(NULL AS DOUBLE) AS `page_views`,
                    CAST(NULL AS DOUBLE) AS `key_events`,
                    `t101`.`orders`,
                    `t101`.`revenue`,
                    `t101`.`new_customers`,
                    CAST(NULL AS DOUBLE) AS `key_messages`
                  FROM (
                    SELECT
                      `t71`.`campaign_id`,
                      `t71`.`influencer_id`,
                      `t71`.`platform`,
                      `t71`.`day`,
                      `t71`.`orders`,
                      `t71`.`revenue`,
                      `t71`.`new_customers`,
                      CAST(`t14`.`name` AS STRING) AS `campaign`,
                      CAST(`t17`.`name` AS STRING) AS `influencer`
                    FROM (
                      SELECT
                        CAST(`t3`.`campaign_id` AS BIGINT) AS `campaign_id`,
                        CAST(`t3`.`influencer_id` AS BIGINT) AS `influencer_id`,
                        `t3`.`platform`,
                        `t3`.`ordered_on` AS `day`,
                        CAST(IF(NOT (
                          `t3`.`reversed`
                        ), 1, 0) AS DOUBLE) AS `orders`,
                        IF(NOT (
                          `t3`.`reversed`
                        ), CAST(`t3`.`campaign_revenue` AS DOUBLE), 0) AS `revenue`,
                        CAST(IF(NOT (
                          `t3`.`reversed`
                        ) AND COALESCE(`t3`.`new_customer`, FALSE), 1, 0) AS DOUBLE) AS `new_customers`
                      FROM `order_attribution` AS `t3`
                    ) AS `t71`
                    INNER JOIN `campaign` AS `t14`
                      ON `t71`.`campaign_id` = `t14`.`id`
                    LEFT OUTER JOIN `influencer` AS `t17`
                      ON `t71`.`influencer_id` = `t17`.`id`
                  ) AS `t101`
                ) AS `t106`
              ) AS `t192`
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  CAST(`t0`.`id` AS BIGINT) AS `campaign_id`,
                  CAST(`t0`.`name` AS STRING) AS `campaign`,
                  CAST(NULL AS BIGINT) AS `influencer_id`,
                  CAST(NULL AS STRING) AS `influencer`,
                  CAST(NULL AS BIGINT) AS `account_id`,
                  CAST(NULL AS STRING) AS `platform`,
                  CAST(NULL AS STRING) AS `format`,
                  CAST(NULL AS BIGINT) AS `post_id`,
                  CAST(`t0`.`start_date` AS DATE) AS `day`,
                  CAST(NULL AS DOUBLE) AS `reach`,
                  CAST(NULL AS DOUBLE) AS `impressions`,
                  CAST(NULL AS DOUBLE) AS `views`,
                  CAST(NULL AS DOUBLE) AS `likes`,
                  CAST(NULL AS DOUBLE) AS `comments`,
                  CAST(NULL AS DOUBLE) AS `shares`,
                  CAST(NULL AS DOUBLE) AS `saves`,
                  CAST(NULL AS DOUBLE) AS `clicks`,
                  CAST(NULL AS BIGINT) AS `reach__provenance`,
                  CAST(NULL AS BIGINT) AS `impressions__provenance`,
                  CAST(NULL AS BIGINT) AS `views__provenance`,
                  CAST(NULL AS BIGINT) AS `likes__provenance`,
                  CAST(NULL AS BIGINT) AS `comments__provenance`,
                  CAST(NULL AS BIGINT) AS `shares__provenance`,
                  CAST(NULL AS BIGINT) AS `saves__provenance`,
                  CAST(NULL AS BIGINT) AS `clicks__provenance`,
                  CAST(NULL AS DOUBLE) AS `followers`,
                  CAST(NULL AS BIGINT) AS `followers__provenance`,
                  CAST(NULL AS DOUBLE) AS `engagements`,
                  CAST(NULL AS BIGINT) AS `engagements__provenance`,
                  CAST(NULL AS DOUBLE) AS `impressions_with_estimates`,
                  CAST(NULL AS BIGINT) AS `impressions_with_estimates__provenance`,
                  CAST(NULL AS DOUBLE) AS `er_reach_post`,
                  CAST(NULL AS DOUBLE) AS `er_followers_post`,
                  CAST(NULL AS DOUBLE) AS `er_impressions_post`,
                  CAST(NULL AS DOUBLE) AS `er_views_post`,
                  CAST(NULL AS BIGINT) AS `er_reach_post__provenance`,
                  CAST(NULL AS BIGINT) AS `er_followers_post__provenance`,
                  CAST(NULL AS BIGINT) AS `er_impressions_post__provenance`,
                  CAST(NULL AS BIGINT) AS `er_views_post__provenance`,
                  CAST(NULL AS STRING) AS `post_platform`,
                  CAST(NULL AS DOUBLE) AS `publishing_influencer`,
                  CAST(NULL AS DOUBLE) AS `sponsored_posts`,
                  CAST(NULL AS DOUBLE) AS `disclosed_sponsored_posts`,
                  CAST(NULL AS DOUBLE) AS `cost`,
                  CAST(NULL AS DOUBLE) AS `key_message_posts`,
                  CAST(NULL AS DOUBLE) AS `ugc_post`,
                  CAST(NULL AS DOUBLE) AS `mentions`,
                  CAST(NULL AS DOUBLE) AS `brand_mentions`,
                  CAST(NULL AS DOUBLE) AS `mention_engagements`,
                  CAST(NULL AS DOUBLE) AS `brand_mention_engagements`,
                  CAST(NULL AS DOUBLE) AS `followers_start`,
                  CAST(NULL AS DOUBLE) AS `followers_gained`,
                  CAST(NULL AS DOUBLE) AS `followers_expected_gain`,
                  CAST(NULL AS BIGINT) AS `followers_start__provenance`,
                  CAST(NULL AS BIGINT) AS `followers_gained__provenance`,
                  CAST(NULL AS BIGINT) AS `followers_expected_gain__provenance`,
                  CAST(NULL AS DOUBLE) AS `brand_followers_start`,
                  CAST(NULL AS DOUBLE) AS `brand_followers_gained`,
                  CAST(NULL AS DOUBLE) AS `brand_followers_expected_gain`,
                  CAST(NULL AS BIGINT) AS `brand_followers_start__provenance`,
                  CAST(NULL AS BIGINT) AS `brand_followers_gained__provenance`,
                  CAST(NULL AS BIGINT) AS `brand_followers_expected_gain__provenance`,
                  CAST(NULL AS DOUBLE) AS `influencers_contacted`,
                  CAST(NULL AS DOUBLE) AS `influencers_interested`,
                  CAST(NULL AS DOUBLE) AS `posts_contracted`,
                  CAST(NULL AS DOUBLE) AS `products_sent`,
                  CAST(NULL AS DOUBLE) AS `link_clicks`,
                  CAST(NULL AS DOUBLE) AS `unique_link_clicks`,
                  CAST(NULL AS DOUBLE) AS `bot_link_clicks`,
                  CAST(NULL AS DOUBLE) AS `sessions`,
                  CAST(NULL AS DOUBLE) AS `new_users`,
                  CAST(NULL AS DOUBLE) AS `engaged_sessions`,
                  CAST(NULL AS DOUBLE) AS `bounced_sessions`,
                  CAST(NULL AS DOUBLE) AS `session_seconds`,
                  CAST(NULL AS DOUBLE) AS `page_views`,
                  CAST(NULL AS DOUBLE) AS `key_events`,
                  CAST(NULL AS DOUBLE) AS `orders`,
                  CAST(NULL AS DOUBLE) AS `revenue`,
                  CAST(NULL AS DOUBLE) AS `new_customers`,
                  CAST(IF(
                    LENGTH(`t0`.`key_messages`) > 0,
                    (
                      LENGTH(`t0`.`key_messages`) - LENGTH(REPLACE(`t0`.`key_messages`, '\n', ''))
                    ) + 1,
                    0
                  ) AS DOUBLE) AS `key_messages`
                FROM `campaign` AS `t0`
              ) AS `t68`
            ) AS `t195`
            LEFT OUTER JOIN (
              SELECT
                `t133`.`campaign_id`,
                `t133`.`rate` AS `emv_rate`
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    CAST(`t0`.`id` AS BIGINT) AS `campaign_id`,
                    CAST(1 AS DOUBLE) AS `rate`
                  FROM `campaign` AS `t0`
                  WHERE
                    `t0`.`currency` = 'EUR'
                ) AS `t28`
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    `t119`.`campaign_id`,
                    `t119`.`rate`
                  FROM (
                    SELECT
                      `t96`.`campaign_id`,
                      `t96`.`start`,
                      `t96`.`rate`,
                      `t96`.`valid`,
                      ROW_NUMBER() OVER (
                        PARTITION BY `t96`.`campaign_id`
                        ORDER BY IF(`t96`.`valid` <= `t96`.`start`, 0, 1) ASC NULLS LAST, ABS(`t96`.`valid` - `t96`.`start`) ASC NULLS LAST
                      ) - 1 AS `order`
                    FROM (
                      SELECT
                        `t51`.`campaign_id`,
                        `t51`.`start`,
                        `t64`.`rate`,
                        UNIX_TIMESTAMP(CAST(CAST(`t64`.`valid_on` AS TIMESTAMP) AS TIMESTAMP)) AS `valid`
                      FROM (
                        SELECT
                          CAST(`t0`.`id` AS BIGINT) AS `campaign_id`,
                          `t0`.`currency`,
                          UNIX_TIMESTAMP(CAST(CAST(`t0`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start`
                        FROM `campaign` AS `t0`
                      ) AS `t51`
                      INNER JOIN (
                        SELECT
                          *
                        FROM (
                          SELECT
                            `t1`.`quote`,
                            `t1`.`valid_on`,
                            CAST(`t1`.`rate` AS DOUBLE) AS `rate`
                          FROM `exchange_rate` AS `t1`
                          WHERE
                            `t1`.`base` = 'EUR'
                        ) AS `t30`
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            `t1`.`base` AS `quote`,
                            `t1`.`valid_on`,
                            CAST(1 AS DOUBLE) / NULLIF(CAST(`t1`.`rate` AS DOUBLE), 0) AS `rate`
                          FROM `exchange_rate` AS `t1`
                          WHERE
                            `t1`.`quote` = 'EUR'
                        ) AS `t53`
                      ) AS `t64`
                        ON `t51`.`currency` = `t64`.`quote`
                    ) AS `t96`
                  ) AS `t119`
                  WHERE
                    `t119`.`order` = 0
                ) AS `t129`
              ) AS `t133`
            ) AS `t141`
              ON `t195`.`campaign_id` = `t141`.`campaign_id`
          ) AS `t197`
        ) AS `t200`
        LEFT OUTER JOIN (
          SELECT
            `t132`.`campaign_id`,
            `t132`.`rate` AS `paid_rate`
          FROM (
            SELECT
              *
            FROM (
              SELECT
                CAST(`t0`.`id` AS BIGINT) AS `campaign_id`,
                CAST(1 AS DOUBLE) AS `rate`
              FROM `campaign` AS `t0`
              WHERE
                `t0`.`currency` = 'USD'
            ) AS `t27`
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                `t118`.`campaign_id`,
                `t118`.`rate`
              FROM (
                SELECT
                  `t95`.`campaign_id`,
                  `t95`.`start`,
                  `t95`.`rate`,
                  `t95`.`valid`,
                  ROW_NUMBER() OVER (
                    PARTITION BY `t95`.`campaign_id`
                    ORDER BY IF(`t95`.`valid` <= `t95`.`start`, 0, 1) ASC NULLS LAST, ABS(`t95`.`valid` - `t95`.`start`) ASC NULLS LAST
                  ) - 1 AS `order`
                FROM (
                  SELECT
                    `t51`.`campaign_id`,
                    `t51`.`start`,
                    `t63`.`rate`,
                    UNIX_TIMESTAMP(CAST(CAST(`t63`.`valid_on` AS TIMESTAMP) AS TIMESTAMP)) AS `valid`
                  FROM (
                    SELECT
                      CAST(`t0`.`id` AS BIGINT) AS `campaign_id`,
                      `t0`.`currency`,
                      UNIX_TIMESTAMP(CAST(CAST(`t0`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start`
                    FROM `campaign` AS `t0`
                  ) AS `t51`
                  INNER JOIN (
                    SELECT
                      *
                    FROM (
                      SELECT
                        `t1`.`quote`,
                        `t1`.`valid_on`,
                        CAST(`t1`.`rate` AS DOUBLE) AS `rate`
                      FROM `exchange_rate` AS `t1`
                      WHERE
                        `t1`.`base` = 'USD'
                    ) AS `t29`
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        `t1`.`base` AS `quote`,
                        `t1`.`valid_on`,
                        CAST(1 AS DOUBLE) / NULLIF(CAST(`t1`.`rate` AS DOUBLE), 0) AS `rate`
                      FROM `exchange_rate` AS `t1`
                      WHERE
                        `t1`.`quote` = 'USD'
                    ) AS `t52`
                  ) AS `t63`
                    ON `t51`.`currency` = `t63`.`quote`
                ) AS `t95`
              ) AS `t118`
              WHERE
                `t118`.`order` = 0
            ) AS `t128`
          ) AS `t132`
        ) AS `t140`
          ON `t200`.`campaign_id` = `t140`.`campaign_id`
      ) AS `t202`
      WHERE
        `t202`.`campaign_id` IN (1)
        AND (
          (
            `t202`.`bot_link_clicks` IS NOT NULL AND NOT ISNAN(`t202`.`bot_link_clicks`)
          )
          OR (
            `t202`.`bounced_sessions` IS NOT NULL AND NOT ISNAN(`t202`.`bounced_sessions`)
          )
          OR (
            `t202`.`brand_followers_expected_gain` IS NOT NULL
            AND NOT ISNAN(`t202`.`brand_followers_expected_gain`)
          )
          OR (
            `t202`.`brand_followers_gained` IS NOT NULL
            AND NOT ISNAN(`t202`.`brand_followers_gained`)
          )
          OR (
            `t202`.`brand_followers_start` IS NOT NULL
            AND NOT ISNAN(`t202`.`brand_followers_start`)
          )
          OR (
            `t202`.`brand_mention_engagements` IS NOT NULL
            AND NOT ISNAN(`t202`.`brand_mention_engagements`)
          )
          OR (
            `t202`.`brand_mentions` IS NOT NULL AND NOT ISNAN(`t202`.`brand_mentions`)
          )
          OR (
            `t202`.`clicks` IS NOT NULL AND NOT ISNAN(`t202`.`clicks`)
          )
          OR (
            `t202`.`comments` IS NOT NULL AND NOT ISNAN(`t202`.`comments`)
          )
          OR (
            `t202`.`cost` IS NOT NULL AND NOT ISNAN(`t202`.`cost`)
          )
          OR (
            `t202`.`disclosed_sponsored_posts` IS NOT NULL
            AND NOT ISNAN(`t202`.`disclosed_sponsored_posts`)
          )
          OR (
            `t202`.`emv` IS NOT NULL AND NOT ISNAN(`t202`.`emv`)
          )
          OR (
            `t202`.`engagements` IS NOT NULL AND NOT ISNAN(`t202`.`engagements`)
          )
          OR (
            `t202`.`er_followers_post` IS NOT NULL AND NOT ISNAN(`t202`.`er_followers_post`)
          )
          OR (
            `t202`.`er_impressions_post` IS NOT NULL
            AND NOT ISNAN(`t202`.`er_impressions_post`)
          )
          OR (
            `t202`.`er_reach_post` IS NOT NULL AND NOT ISNAN(`t202`.`er_reach_post`)
          )
          OR (
            `t202`.`er_views_post` IS NOT NULL AND NOT ISNAN(`t202`.`er_views_post`)
          )
          OR (
            `t202`.`followers` IS NOT NULL AND NOT ISNAN(`t202`.`followers`)
          )
          OR (
            `t202`.`followers_expected_gain` IS NOT NULL
            AND NOT ISNAN(`t202`.`followers_expected_gain`)
          )
          OR (
            `t202`.`followers_gained` IS NOT NULL AND NOT ISNAN(`t202`.`followers_gained`)
          )
          OR (
            `t202`.`followers_start` IS NOT NULL AND NOT ISNAN(`t202`.`followers_start`)
          )
          OR (
            `t202`.`impressions` IS NOT NULL AND NOT ISNAN(`t202`.`impressions`)
          )
          OR (
            `t202`.`impressions_with_estimates` IS NOT NULL
            AND NOT ISNAN(`t202`.`impressions_with_estimates`)
          )
          OR (
            `t202`.`influencers_contacted` IS NOT NULL
            AND NOT ISNAN(`t202`.`influencers_contacted`)
          )
          OR (
            `t202`.`influencers_interested` IS NOT NULL
            AND NOT ISNAN(`t202`.`influencers_interested`)
          )
          OR (
            `t202`.`key_events` IS NOT NULL AND NOT ISNAN(`t202`.`key_events`)
          )
          OR (
            `t202`.`key_message_posts` IS NOT NULL AND NOT ISNAN(`t202`.`key_message_posts`)
          )
          OR (
            `t202`.`key_messages` IS NOT NULL AND NOT ISNAN(`t202`.`key_messages`)
          )
          OR (
            `t202`.`likes` IS NOT NULL AND NOT ISNAN(`t202`.`likes`)
          )
          OR (
            `t202`.`link_clicks` IS NOT NULL AND NOT ISNAN(`t202`.`link_clicks`)
          )
          OR (
            `t202`.`mention_engagements` IS NOT NULL
            AND NOT ISNAN(`t202`.`mention_engagements`)
          )
          OR (
            `t202`.`mentions` IS NOT NULL AND NOT ISNAN(`t202`.`mentions`)
          )
          OR (
            `t202`.`new_customers` IS NOT NULL AND NOT ISNAN(`t202`.`new_customers`)
          )
          OR (
            `t202`.`new_users` IS NOT NULL AND NOT ISNAN(`t202`.`new_users`)
          )
          OR (
            `t202`.`orders` IS NOT NULL AND NOT ISNAN(`t202`.`orders`)
          )
          OR (
            `t202`.`page_views` IS NOT NULL AND NOT ISNAN(`t202`.`page_views`)
          )
          OR (
            (
              `t202`.`cost` / (
                CASE
                  WHEN `t202`.`platform` = 'tiktok'
                  THEN CAST(NULL AS DOUBLE)
                  WHEN `t202`.`platform` = 'youtube'
                  THEN CAST(NULL AS DOUBLE)
                  ELSE 1.88
                END * `t202`.`paid_rate`
              )
            ) IS NOT NULL
            AND NOT ISNAN(
              `t202`.`cost` / (
                CASE
                  WHEN `t202`.`platform` = 'tiktok'
                  THEN CAST(NULL AS DOUBLE)
                  WHEN `t202`.`platform` = 'youtube'
                  THEN CAST(NULL AS DOUBLE)
                  ELSE 1.88
                END * `t202`.`paid_rate`
              )
            )
          )
          OR (
            (
              (
                `t202`.`cost` / (
                  CASE
                    WHEN `t202`.`platform` = 'tiktok'
                    THEN 7.5
                    WHEN `t202`.`platform` = 'youtube'
                    THEN 3.53
                    ELSE 19.8
                  END * `t202`.`paid_rate`
                )
              ) * 1000
            ) IS NOT NULL
            AND NOT ISNAN(
              (
                `t202`.`cost` / (
                  CASE
                    WHEN `t202`.`platform` = 'tiktok'
                    THEN 7.5
                    WHEN `t202`.`platform` = 'youtube'
                    THEN 3.53
                    ELSE 19.8
                  END * `t202`.`paid_rate`
                )
              ) * 1000
            )
          )
          OR (
            (
              `t202`.`cost` / (
                CASE WHEN `t202`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t202`.`paid_rate`
              )
            ) IS NOT NULL
            AND NOT ISNAN(
              `t202`.`cost` / (
                CASE WHEN `t202`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t202`.`paid_rate`
              )
            )
          )
          OR (
            `t202`.`post_id` IS NOT NULL
          )
          OR (
            `t202`.`post_platform` IS NOT NULL
          )
          OR (
            `t202`.`posts_contracted` IS NOT NULL AND NOT ISNAN(`t202`.`posts_contracted`)
          )
          OR (
            `t202`.`products_sent` IS NOT NULL AND NOT ISNAN(`t202`.`products_sent`)
          )
          OR (
            `t202`.`publishing_influencer` IS NOT NULL
            AND NOT ISNAN(`t202`.`publishing_influencer`)
          )
          OR (
            `t202`.`reach` IS NOT NULL AND NOT ISNAN(`t202`.`reach`)
          )
          OR (
            `t202`.`revenue` IS NOT NULL AND NOT ISNAN(`t202`.`revenue`)
          )
          OR (
            `t202`.`saves` IS NOT NULL AND NOT ISNAN(`t202`.`saves`)
          )
          OR (
            `t202`.`session_seconds` IS NOT NULL AND NOT ISNAN(`t202`.`session_seconds`)
          )
          OR (
            `t202`.`sessions` IS NOT NULL AND NOT ISNAN(`t202`.`sessions`)
          )
          OR (
            `t202`.`shares` IS NOT NULL AND NOT ISNAN(`t202`.`shares`)
          )
          OR (
            `t202`.`sponsored_posts` IS NOT NULL AND NOT ISNAN(`t202`.`sponsored_posts`)
          )
          OR (
            `t202`.`ugc_post` IS NOT NULL AND NOT ISNAN(`t202`.`ugc_post`)
          )
          OR (
            `t202`.`unique_link_clicks` IS NOT NULL
            AND NOT ISNAN(`t202`.`unique_link_clicks`)
          )
          OR (
            `t202`.`views` IS NOT NULL AND NOT ISNAN(`t202`.`views`)
          )
        )
    ) AS `t203`
    GROUP BY
      1,
      2
  ) AS `t206`
  LEFT OUTER JOIN (
    SELECT
      `t208`.`campaign_id`,
      `t208`.`campaign`,
      AVG(`t208`.`er_reach_account_mean`) AS `er_reach_account_mean`,
      MAX(
        IF(
          `t208`.`er_reach_account_mean` IS NOT NULL
          AND NOT ISNAN(`t208`.`er_reach_account_mean`),
          `t208`.`er_reach_account_mean__r`,
          NULL
        )
      ) AS `er_reach_account_mean__provenance`,
      PERCENTILE(`t208`.`er_reach_account_median`, 0.5) AS `er_reach_account_median`,
      MAX(
        IF(
          `t208`.`er_reach_account_median` IS NOT NULL
          AND NOT ISNAN(`t208`.`er_reach_account_median`),
          `t208`.`er_reach_account_median__r`,
          NULL
        )
      ) AS `er_reach_account_median__provenance`,
      AVG(`t208`.`er_followers_account_mean`) AS `er_followers_account_mean`,
      MAX(
        IF(
          `t208`.`er_followers_account_mean` IS NOT NULL
          AND NOT ISNAN(`t208`.`er_followers_account_mean`),
          `t208`.`er_followers_account_mean__r`,
          NULL
        )
      ) AS `er_followers_account_mean__provenance`,
      PERCENTILE(`t208`.`er_followers_account_median`, 0.5) AS `er_followers_account_median`,
      MAX(
        IF(
          `t208`.`er_followers_account_median` IS NOT NULL
          AND NOT ISNAN(`t208`.`er_followers_account_median`),
          `t208`.`er_followers_account_median__r`,
          NULL
        )
      ) AS `er_followers_account_median__provenance`,
      AVG(`t208`.`er_impressions_account_mean`) AS `er_impressions_account_mean`,
      MAX(
        IF(
          `t208`.`er_impressions_account_mean` IS NOT NULL
          AND NOT ISNAN(`t208`.`er_impressions_account_mean`),
          `t208`.`er_impressions_account_mean__r`,
          NULL
        )
      ) AS `er_impressions_account_mean__provenance`,
      PERCENTILE(`t208`.`er_impressions_account_median`, 0.5) AS `er_impressions_account_median`,
      MAX(
        IF(
          `t208`.`er_impressions_account_median` IS NOT NULL
          AND NOT ISNAN(`t208`.`er_impressions_account_median`),
          `t208`.`er_impressions_account_median__r`,
          NULL
        )
      ) AS `er_impressions_account_median__provenance`,
      AVG(`t208`.`er_views_account_mean`) AS `er_views_account_mean`,
      MAX(
        IF(
          `t208`.`er_views_account_mean` IS NOT NULL
          AND NOT ISNAN(`t208`.`er_views_account_mean`),
          `t208`.`er_views_account_mean__r`,
          NULL
        )
      ) AS `er_views_account_mean__provenance`,
      PERCENTILE(`t208`.`er_views_account_median`, 0.5) AS `er_views_account_median`,
      MAX(
        IF(
          `t208`.`er_views_account_median` IS NOT NULL
          AND NOT ISNAN(`t208`.`er_views_account_median`),
          `t208`.`er_views_account_median__r`,
          NULL
        )
      ) AS `er_views_account_median__provenance`
    FROM (
      SELECT
        `t207`.`campaign_id`,
        `t207`.`campaign`,
        `t207`.`account_id`,
        `t207`.`er_reach_account_mean__n`,
        `t207`.`er_reach_account_mean__d`,
        `t207`.`er_reach_account_median__n`,
        `t207`.`er_reach_account_median__d`,
        `t207`.`er_followers_account_mean__n`,
        `t207`.`er_followers_account_mean__d`,
        `t207`.`er_followers_account_median__n`,
        `t207`.`er_followers_account_median__d`,
        `t207`.`er_impressions_account_mean__n`,
        `t207`.`er_impressions_account_mean__d`,
        `t207`.`er_impressions_account_median__n`,
        `t207`.`er_impressions_account_median__d`,
        `t207`.`er_views_account_mean__n`,
        `t207`.`er_views_account_mean__d`,
        `t207`.`er_views_account_median__n`,
        `t207`.`er_views_account_median__d`,
        `t207`.`er_reach_account_mean__r`,
        `t207`.`er_reach_account_median__r`,
        `t207`.`er_followers_account_mean__r`,
        `t207`.`er_followers_account_median__r`,
        `t207`.`er_impressions_account_mean__r`,
        `t207`.`er_impressions_account_median__r`,
        `t207`.`er_views_account_mean__r`,
        `t207`.`er_views_account_median__r`,
        (
          `t207`.`er_reach_account_mean__n` / NULLIF(`t207`.`er_reach_account_mean__d`, 0)
        ) * 100 AS `er_reach_account_mean`,
        (
          `t207`.`er_reach_account_median__n` / NULLIF(`t207`.`er_reach_account_median__d`, 0)
        ) * 100 AS `er_reach_account_median`,
        (
          `t207`.`er_followers_account_mean__n` / NULLIF(`t207`.`er_followers_account_mean__d`, 0)
        ) * 100 AS `er_followers_account_mean`,
        (
          `t207`.`er_followers_account_median__n` / NULLIF(`t207`.`er_followers_account_median__d`, 0)
        ) * 100 AS `er_followers_account_median`,
        (
          `t207`.`er_impressions_account_mean__n` / NULLIF(`t207`.`er_impressions_account_mean__d`, 0)
        ) * 100 AS `er_impressions_account_mean`,
        (
          `t207`.`er_impressions_account_median__n` / NULLIF(`t207`.`er_impressions_account_median__d`, 0)
        ) * 100 AS `er_impressions_account_median`,
        (
          `t207`.`er_views_account_mean__n` / NULLIF(`t207`.`er_views_account_mean__d`, 0)
        ) * 100 AS `er_views_account_mean`,
        (
          `t207`.`er_views_account_median__n` / NULLIF(`t207`.`er_views_account_median__d`, 0)
        ) * 100 AS `er_views_account_median`
      FROM (
        SELECT
          `t204`.`campaign_id`,
          `t204`.`campaign`,
          `t204`.`account_id`,
          SUM(
            IF(
              `t204`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t204`.`engagements`)
              AND (
                `t204`.`reach` IS NOT NULL AND NOT ISNAN(`t204`.`reach`)
              ),
              `t204`.`engagements`,
              NULL
            )
          ) AS `er_reach_account_mean__n`,
          SUM(
            IF(
              `t204`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t204`.`engagements`)
              AND (
                `t204`.`reach` IS NOT NULL AND NOT ISNAN(`t204`.`reach`)
              ),
              `t204`.`reach`,
              NULL
            )
          ) AS `er_reach_account_mean__d`,
          SUM(
            IF(
              `t204`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t204`.`engagements`)
              AND (
                `t204`.`reach` IS NOT NULL AND NOT ISNAN(`t204`.`reach`)
              ),
              `t204`.`engagements`,
              NULL
            )
          ) AS `er_reach_account_median__n`,
          SUM(
            IF(
              `t204`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t204`.`engagements`)
              AND (
                `t204`.`reach` IS NOT NULL AND NOT ISNAN(`t204`.`reach`)
              ),
              `t204`.`reach`,
              NULL
            )
          ) AS `er_reach_account_median__d`,
          SUM(
            IF(
              `t204`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t204`.`engagements`)
              AND (
                `t204`.`followers` IS NOT NULL AND NOT ISNAN(`t204`.`followers`)
              ),
              `t204`.`engagements`,
              NULL
            )
          ) AS `er_followers_account_mean__n`,
          SUM(
            IF(
              `t204`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t204`.`engagements`)
              AND (
                `t204`.`followers` IS NOT NULL AND NOT ISNAN(`t204`.`followers`)
              ),
              `t204`.`followers`,
              NULL
            )
          ) AS `er_followers_account_mean__d`,
          SUM(
            IF(
              `t204`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t204`.`engagements`)
              AND (
                `t204`.`followers` IS NOT NULL AND NOT ISNAN(`t204`.`followers`)
              ),
              `t204`.`engagements`,
              NULL
            )
          ) AS `er_followers_account_median__n`,
          SUM(
            IF(
              `t204`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t204`.`engagements`)
              AND (
                `t204`.`followers` IS NOT NULL AND NOT ISNAN(`t204`.`followers`)
              ),
              `t204`.`followers`,
              NULL
            )
          ) AS `er_followers_account_median__d`,
          SUM(
            IF(
              `t204`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t204`.`engagements`)
              AND (
                `t204`.`impressions` IS NOT NULL AND NOT ISNAN(`t204`.`impressions`)
              ),
              `t204`.`engagements`,
              NULL
            )
          ) AS `er_impressions_account_mean__n`,
          SUM(
            IF(
              `t204`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t204`.`engagements`)
              AND (
                `t204`.`impressions` IS NOT NULL AND NOT ISNAN(`t204`.`impressions`)
              ),
              `t204`.`impressions`,
              NULL
            )
          ) AS `er_impressions_account_mean__d`,
          SUM(
            IF(
              `t204`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t204`.`engagements`)
              AND (
                `t204`.`impressions` IS NOT NULL AND NOT ISNAN(`t204`.`impressions`)
              ),
              `t204`.`engagements`,
              NULL
            )
          ) AS `er_impressions_account_median__n`,
          SUM(
            IF(
              `t204`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t204`.`engagements`)
              AND (
                `t204`.`impressions` IS NOT NULL AND NOT ISNAN(`t204`.`impressions`)
              ),
              `t204`.`impressions`,
              NULL
            )
          ) AS `er_impressions_account_median__d`,
          SUM(
            IF(
              `t204`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t204`.`engagements`)
              AND (
                `t204`.`views` IS NOT NULL AND NOT ISNAN(`t204`.`views`)
              ),
              `t204`.`engagements`,
              NULL
            )
          ) AS `er_views_account_mean__n`,
          SUM(
            IF(
              `t204`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t204`.`engagements`)
              AND (
                `t204`.`views` IS NOT NULL AND NOT ISNAN(`t204`.`views`)
              ),
              `t204`.`views`,
              NULL
            )
          ) AS `er_views_account_mean__d`,
          SUM(
            IF(
              `t204`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t204`.`engagements`)
              AND (
                `t204`.`views` IS NOT NULL AND NOT ISNAN(`t204`.`views`)
              ),
              `t204`.`engagements`,
              NULL
            )
          ) AS `er_views_account_median__n`,
          SUM(
            IF(
              `t204`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t204`.`engagements`)
              AND (
                `t204`.`views` IS NOT NULL AND NOT ISNAN(`t204`.`views`)
              ),
              `t204`.`views`,
              NULL
            )
          ) AS `er_views_account_median__d`,
          NULLIF(
            GREATEST(
              COALESCE(
                MAX(
                  IF(
                    `t204`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t204`.`engagements`)
                    AND (
                      `t204`.`reach` IS NOT NULL AND NOT ISNAN(`t204`.`reach`)
                    ),
                    `t204`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    `t204`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t204`.`engagements`)
                    AND (
                      `t204`.`reach` IS NOT NULL AND NOT ISNAN(`t204`.`reach`)
                    ),
                    `t204`.`reach__provenance`,
                    NULL
                  )
                ),
                -1
              )
            ),
            -1
          ) AS `er_reach_account_mean__r`,
          NULLIF(
            GREATEST(
              COALESCE(
                MAX(
                  IF(
                    `t204`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t204`.`engagements`)
                    AND (
                      `t204`.`reach` IS NOT NULL AND NOT ISNAN(`t204`.`reach`)
                    ),
                    `t204`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    `t204`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t204`.`engagements`)
                    AND (
                      `t204`.`reach` IS NOT NULL AND NOT ISNAN(`t204`.`reach`)
                    ),
                    `t204`.`reach__provenance`,
                    NULL
                  )
                ),
                -1
              )
            ),
            -1
          ) AS `er_reach_account_median__r`,
          NULLIF(
            GREATEST(
              COALESCE(
                MAX(
                  IF(
                    `t204`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t204`.`engagements`)
                    AND (
                      `t204`.`followers` IS NOT NULL AND NOT ISNAN(`t204`.`followers`)
                    ),
                    `t204`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    `t204`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t204`.`engagements`)
                    AND (
                      `t204`.`followers` IS NOT NULL AND NOT ISNAN(`t204`.`followers`)
                    ),
                    `t204`.`followers__provenance`,
                    NULL
                  )
                ),
                -1
              )
            ),
            -1
          ) AS `er_followers_account_mean__r`,
          NULLIF(
            GREATEST(
              COALESCE(
                MAX(
                  IF(
                    `t204`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t204`.`engagements`)
                    AND (
                      `t204`.`followers` IS NOT NULL AND NOT ISNAN(`t204`.`followers`)
                    ),
                    `t204`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    `t204`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t204`.`engagements`)
                    AND (
                      `t204`.`followers` IS NOT NULL AND NOT ISNAN(`t204`.`followers`)
                    ),
                    `t204`.`followers__provenance`,
                    NULL
                  )
                ),
                -1
              )
            ),
            -1
          ) AS `er_followers_account_median__r`,
          NULLIF(
            GREATEST(
              COALESCE(
                MAX(
                  IF(
                    `t204`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t204`.`engagements`)
                    AND (
                      `t204`.`impressions` IS NOT NULL AND NOT ISNAN(`t204`.`impressions`)
                    ),
                    `t204`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    `t204`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t204`.`engagements`)
                    AND (
                      `t204`.`impressions` IS NOT NULL AND NOT ISNAN(`t204`.`impressions`)
                    ),
                    `t204`.`impressions__provenance`,
                    NULL
                  )
                ),
                -1
              )
            ),
            -1
          ) AS `er_impressions_account_mean__r`,
          NULLIF(
            GREATEST(
              COALESCE(
                MAX(
                  IF(
                    `t204`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t204`.`engagements`)
                    AND (
                      `t204`.`impressions` IS NOT NULL AND NOT ISNAN(`t204`.`impressions`)
                    ),
                    `t204`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    `t204`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t204`.`engagements`)
                    AND (
                      `t204`.`impressions` IS NOT NULL AND NOT ISNAN(`t204`.`impressions`)
                    ),
                    `t204`.`impressions__provenance`,
                    NULL
                  )
                ),
                -1
              )
            ),
            -1
          ) AS `er_impressions_account_median__r`,
          NULLIF(
            GREATEST(
              COALESCE(
                MAX(
                  IF(
                    `t204`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t204`.`engagements`)
                    AND (
                      `t204`.`views` IS NOT NULL AND NOT ISNAN(`t204`.`views`)
                    ),
                    `t204`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    `t204`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t204`.`engagements`)
                    AND (
                      `t204`.`views` IS NOT NULL AND NOT ISNAN(`t204`.`views`)
                    ),
                    `t204`.`views__provenance`,
                    NULL
                  )
                ),
                -1
              )
            ),
            -1
          ) AS `er_views_account_mean__r`,
          NULLIF(
            GREATEST(
              COALESCE(
                MAX(
                  IF(
                    `t204`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t204`.`engagements`)
                    AND (
                      `t204`.`views` IS NOT NULL AND NOT ISNAN(`t204`.`views`)
                    ),
                    `t204`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    `t204`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t204`.`engagements`)
                    AND (
                      `t204`.`views` IS NOT NULL AND NOT ISNAN(`t204`.`views`)
                    ),
                    `t204`.`views__provenance`,
                    NULL
                  )
                ),
                -1
              )
            ),
            -1
          ) AS `er_views_account_median__r`
        FROM (
          SELECT
            `t202`.`campaign_id`,
            `t202`.`campaign`,
            `t202`.`influencer_id`,
            `t202`.`influencer`,
            `t202`.`account_id`,
            `t202`.`platform`,
            `t202`.`format`,
            `t202`.`post_id`,
            `t202`.`day`,
            `t202`.`reach`,
            `t202`.`impressions`,
            `t202`.`views`,
            `t202`.`likes`,
            `t202`.`comments`,
            `t202`.`shares`,
            `t202`.`saves`,
            `t202`.`clicks`,
            `t202`.`reach__provenance`,
            `t202`.`impressions__provenance`,
            `t202`.`views__provenance`,
            `t202`.`likes__provenance`,
            `t202`.`comments__provenance`,
            `t202`.`shares__provenance`,
            `t202`.`saves__provenance`,
            `t202`.`clicks__provenance`,
            `t202`.`followers`,
            `t202`.`followers__provenance`,
            `t202`.`engagements`,
            `t202`.`engagements__provenance`,
            `t202`.`impressions_with_estimates`,
            `t202`.`impressions_with_estimates__provenance`,
            `t202`.`er_reach_post`,
            `t202`.`er_followers_post`,
            `t202`.`er_impressions_post`,
            `t202`.`er_views_post`,
            `t202`.`er_reach_post__provenance`,
            `t202`.`er_followers_post__provenance`,
            `t202`.`er_impressions_post__provenance`,
            `t202`.`er_views_post__provenance`,
            `t202`.`post_platform`,
            `t202`.`publishing_influencer`,
            `t202`.`sponsored_posts`,
            `t202`.`disclosed_sponsored_posts`,
            `t202`.`cost`,
            `t202`.`key_message_posts`,
            `t202`.`ugc_post`,
            `t202`.`mentions`,
            `t202`.`brand_mentions`,
            `t202`.`mention_engagements`,
            `t202`.`brand_mention_engagements`,
            `t202`.`followers_start`,
            `t202`.`followers_gained`,
            `t202`.`followers_expected_gain`,
            `t202`.`followers_start__provenance`,
            `t202`.`followers_gained__provenance`,
            `t202`.`followers_expected_gain__provenance`,
            `t202`.`brand_followers_start`,
            `t202`.`brand_followers_gained`,
            `t202`.`brand_followers_expected_gain`,
            `t202`.`brand_followers_start__provenance`,
            `t202`.`brand_followers_gained__provenance`,
            `t202`.`brand_followers_expected_gain__provenance`,
            `t202`.`influencers_contacted`,
            `t202`.`influencers_interested`,
            `t202`.`posts_contracted`,
            `t202`.`products_sent`,
            `t202`.`link_clicks`,
            `t202`.`unique_link_clicks`,
            `t202`.`bot_link_clicks`,
            `t202`.`sessions`,
            `t202`.`new_users`,
            `t202`.`engaged_sessions`,
            `t202`.`bounced_sessions`,
            `t202`.`session_seconds`,
            `t202`.`page_views`,
            `t202`.`key_events`,
            `t202`.`orders`,
            `t202`.`revenue`,
            `t202`.`new_customers`,
            `t202`.`key_messages`,
            `t202`.`emv_rate`,
            `t202`.`emv`,
            `t202`.`emv__provenance`,
            `t202`.`paid_rate`,
            (
              `t202`.`cost` / (
                CASE
                  WHEN `t202`.`platform` = 'tiktok'
                  THEN 7.5
                  WHEN `t202`.`platform` = 'youtube'
                  THEN 3.53
                  ELSE 19.8
                END * `t202`.`paid_rate`
              )
            ) * 1000 AS `paid_impressions`,
            CAST(NULL AS DOUBLE) AS `paid_engagements`,
            `t202`.`cost` / (
              CASE
                WHEN `t202`.`platform` = 'tiktok'
                THEN CAST(NULL AS DOUBLE)
                WHEN `t202`.`platform` = 'youtube'
                THEN CAST(NULL AS DOUBLE)
                ELSE 1.88
              END * `t202`.`paid_rate`
            ) AS `paid_clicks`,
            `t202`.`cost` / (
              CASE WHEN `t202`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t202`.`paid_rate`
            ) AS `paid_views`
          FROM (
            SELECT
              `t200`.`campaign_id`,
              `t200`.`campaign`,
              `t200`.`influencer_id`,
              `t200`.`influencer`,
              `t200`.`account_id`,
              `t200`.`platform`,
              `t200`.`format`,
              `t200`.`post_id`,
              `t200`.`day`,
              `t200`.`reach`,
              `t200`.`impressions`,
              `t200`.`views`,
              `t200`.`likes`,
              `t200`.`comments`,
              `t200`.`shares`,
              `t200`.`saves`,
              `t200`.`clicks`,
              `t200`.`reach__provenance`,
              `t200`.`impressions__provenance`,
              `t200`.`views__provenance`,
              `t200`.`likes__provenance`,
              `t200`.`comments__provenance`,
              `t200`.`shares__provenance`,
              `t200`.`saves__provenance`,
              `t200`.`clicks__provenance`,
              `t200`.`followers`,
              `t200`.`followers__provenance`,
              `t200`.`engagements`,
              `t200`.`engagements__provenance`,
              `t200`.`impressions_with_estimates`,
              `t200`.`impressions_with_estimates__provenance`,
              `t200`.`er_reach_post`,
              `t200`.`er_followers_post`,
              `t200`.`er_impressions_post`,
              `t200`.`er_views_post`,
              `t200`.`er_reach_post__provenance`,
              `t200`.`er_followers_post__provenance`,
              `t200`.`er_impressions_post__provenance`,
              `t200`.`er_views_post__provenance`,
              `t200`.`post_platform`,
              `t200`.`publishing_influencer`,
              `t200`.`sponsored_posts`,
              `t200`.`disclosed_sponsored_posts`,
              `t200`.`cost`,
              `t200`.`key_message_posts`,
              `t200`.`ugc_post`,
              `t200`.`mentions`,
              `t200`.`brand_mentions`,
              `t200`.`mention_engagements`,
              `t200`.`brand_mention_engagements`,
              `t200`.`followers_start`,
              `t200`.`followers_gained`,
              `t200`.`followers_expected_gain`,
              `t200`.`followers_start__provenance`,
              `t200`.`followers_gained__provenance`,
              `t200`.`followers_expected_gain__provenance`,
              `t200`.`brand_followers_start`,
              `t200`.`brand_followers_gained`,
              `t200`.`brand_followers_expected_gain`,
              `t200`.`brand_followers_start__provenance`,
              `t200`.`brand_followers_gained__provenance`,
              `t200`.`brand_followers_expected_gain__provenance`,
              `t200`.`influencers_contacted`,
              `t200`.`influencers_interested`,
              `t200`.`posts_contracted`,
              `t200`.`products_sent`,
              `t200`.`link_clicks`,
              `t200`.`unique_link_clicks`,
              `t200`.`bot_link_clicks`,
              `t200`.`sessions`,
              `t200`.`new_users`,
              `t200`.`engaged_sessions`,
              `t200`.`bounced_sessions`,
              `t200`.`session_seconds`,
              `t200`.`page_views`,
              `t200`.`key_events`,
              `t200`.`orders`,
              `t200`.`revenue`,
              `t200`.`new_customers`,
              `t200`.`key_messages`,
              `t200`.`emv_rate`,
              `t200`.`emv`,
              `t200`.`emv__provenance`,
              `t140`.`paid_rate`
            FROM (
              SELECT
                `t197`.`campaign_id`,
                `t197`.`campaign`,
                `t197`.`influencer_id`,
                `t197`.`influencer`,
                `t197`.`account_id`,
                `t197`.`platform`,
                `t197`.`format`,
                `t197`.`post_id`,
                `t197`.`day`,
                `t197`.`reach`,
                `t197`.`impressions`,
                `t197`.`views`,
                `t197`.`likes`,
                `t197`.`comments`,
                `t197`.`shares`,
                `t197`.`saves`,
                `t197`.`clicks`,
                `t197`.`reach__provenance`,
                `t197`.`impressions__provenance`,
                `t197`.`views__provenance`,
                `t197`.`likes__provenance`,
                `t197`.`comments__provenance`,
                `t197`.`shares__provenance`,
                `t197`.`saves__provenance`,
                `t197`.`clicks__provenance`,
                `t197`.`followers`,
                `t197`.`followers__provenance`,
                `t197`.`engagements`,
                `t197`.`engagements__provenance`,
                `t197`.`impressions_with_estimates`,
                `t197`.`impressions_with_estimates__provenance`,
                `t197`.`er_reach_post`,
                `t197`.`er_followers_post`,
                `t197`.`er_impressions_post`,
                `t197`.`er_views_post`,
                `t197`.`er_reach_post__provenance`,
                `t197`.`er_followers_post__provenance`,
                `t197`.`er_impressions_post__provenance`,
                `t197`.`er_views_post__provenance`,
                `t197`.`post_platform`,
                `t197`.`publishing_influencer`,
                `t197`.`sponsored_posts`,
                `t197`.`disclosed_sponsored_posts`,
                `t197`.`cost`,
                `t197`.`key_message_posts`,
                `t197`.`ugc_post`,
                `t197`.`mentions`,
                `t197`.`brand_mentions`,
                `t197`.`mention_engagements`,
                `t197`.`brand_mention_engagements`,
                `t197`.`followers_start`,
                `t197`.`followers_gained`,
                `t197`.`followers_expected_gain`,
                `t197`.`followers_start__provenance`,
                `t197`.`followers_gained__provenance`,
                `t197`.`followers_expected_gain__provenance`,
                `t197`.`brand_followers_start`,
                `t197`.`brand_followers_gained`,
                `t197`.`brand_followers_expected_gain`,
                `t197`.`brand_followers_start__provenance`,
                `t197`.`brand_followers_gained__provenance`,
                `t197`.`brand_followers_expected_gain__provenance`,
                `t197`.`influencers_contacted`,
                `t197`.`influencers_interested`,
                `t197`.`posts_contracted`,
                `t197`.`products_sent`,
                `t197`.`link_clicks`,
                `t197`.`unique_link_clicks`,
                `t197`.`bot_link_clicks`,
                `t197`.`sessions`,
                `t197`.`new_users`,
                `t197`.`engaged_sessions`,
                `t197`.`bounced_sessions`,
                `t197`.`session_seconds`,
                `t197`.`page_views`,
                `t197`.`key_events`,
                `t197`.`orders`,
                `t197`.`revenue`,
                `t197`.`new_customers`,
                `t197`.`key_messages`,
                `t197`.`emv_rate`,
                IF(
                  (
                    `t197`.`post_id` IS NOT NULL
                  )
                  AND (
                    (
                      (
                        (
                          COALESCE(`t197`.`impressions`, `t197`.`views`) * CASE WHEN `t197`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                        ) / 1000
                      ) IS NOT NULL
                      AND NOT ISNAN(
                        (
                          COALESCE(`t197`.`impressions`, `t197`.`views`) * CASE WHEN `t197`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                        ) / 1000
                      )
                    )
                    OR (
                      (
                        CASE
                          WHEN `t197`.`platform` = 'instagram'
                          THEN 0.07
                          WHEN `t197`.`platform` = 'tiktok'
                          THEN 0.09
                          WHEN `t197`.`platform` = 'youtube'
                          THEN 0.08
                          ELSE CAST(NULL AS DOUBLE)
                        END * `t197`.`likes`
                      ) IS NOT NULL
                      AND NOT ISNAN(
                        CASE
                          WHEN `t197`.`platform` = 'instagram'
                          THEN 0.07
                          WHEN `t197`.`platform` = 'tiktok'
                          THEN 0.09
                          WHEN `t197`.`platform` = 'youtube'
                          THEN 0.08
                          ELSE CAST(NULL AS DOUBLE)
                        END * `t197`.`likes`
                      )
                    )
                    OR (
                      (
                        CASE
                          WHEN `t197`.`platform` = 'instagram'
                          THEN 3.46
                          WHEN `t197`.`platform` = 'tiktok'
                          THEN 3.52
                          WHEN `t197`.`platform` = 'youtube'
                          THEN 6.99
                          ELSE CAST(NULL AS DOUBLE)
                        END * `t197`.`comments`
                      ) IS NOT NULL
                      AND NOT ISNAN(
                        CASE
                          WHEN `t197`.`platform` = 'instagram'
                          THEN 3.46
                          WHEN `t197`.`platform` = 'tiktok'
                          THEN 3.52
                          WHEN `t197`.`platform` = 'youtube'
                          THEN 6.99
                          ELSE CAST(NULL AS DOUBLE)
                        END * `t197`.`comments`
                      )
                    )
                    OR (
                      (
                        CASE WHEN `t197`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t197`.`shares`
                      ) IS NOT NULL
                      AND NOT ISNAN(
                        CASE WHEN `t197`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t197`.`shares`
                      )
                    )
                  ),
                  (
                    COALESCE(
                      (
                        COALESCE(`t197`.`impressions`, `t197`.`views`) * CASE WHEN `t197`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                      ) / 1000,
                      0
                    ) + COALESCE(
                      CASE
                        WHEN `t197`.`platform` = 'instagram'
                        THEN 0.07
                        WHEN `t197`.`platform` = 'tiktok'
                        THEN 0.09
                        WHEN `t197`.`platform` = 'youtube'
                        THEN 0.08
                        ELSE CAST(NULL AS DOUBLE)
                      END * `t197`.`likes`,
                      0
                    ) + COALESCE(
                      CASE
                        WHEN `t197`.`platform` = 'instagram'
                        THEN 3.46
                        WHEN `t197`.`platform` = 'tiktok'
                        THEN 3.52
                        WHEN `t197`.`platform` = 'youtube'
                        THEN 6.99
                        ELSE CAST(NULL AS DOUBLE)
                      END * `t197`.`comments`,
                      0
                    ) + COALESCE(
                      CASE WHEN `t197`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t197`.`shares`,
                      0
                    )
                  ) * `t197`.`emv_rate`,
                  CAST(NULL AS DOUBLE)
                ) AS `emv`,
                NULLIF(
                  GREATEST(
                    COALESCE(`t197`.`impressions__provenance`, -1),
                    COALESCE(`t197`.`views__provenance`, -1),
                    COALESCE(`t197`.`engagements__provenance`, -1)
                  ),
                  -1
                ) AS `emv__provenance`
              FROM (
                SELECT
                  `t195`.`campaign_id`,
                  `t195`.`campaign`,
                  `t195`.`influencer_id`,
                  `t195`.`influencer`,
                  `t195`.`account_id`,
                  `t195`.`platform`,
                  `t195`.`format`,
                  `t195`.`post_id`,
                  `t195`.`day`,
                  `t195`.`reach`,
                  `t195`.`impressions`,
                  `t195`.`views`,
                  `t195`.`likes`,
                  `t195`.`comments`,
                  `t195`.`shares`,
                  `t195`.`saves`,
                  `t195`.`clicks`,
                  `t195`.`reach__provenance`,
                  `t195`.`impressions__provenance`,
                  `t195`.`views__provenance`,
                  `t195`.`likes__provenance`,
                  `t195`.`comments__provenance`,
                  `t195`.`shares__provenance`,
                  `t195`.`saves__provenance`,
                  `t195`.`clicks__provenance`,
                  `t195`.`followers`,
                  `t195`.`followers__provenance`,
                  `t195`.`engagements`,
                  `t195`.`engagements__provenance`,
                  `t195`.`impressions_with_estimates`,
                  `t195`.`impressions_with_estimates__provenance`,
                  `t195`.`er_reach_post`,
                  `t195`.`er_followers_post`,
                  `t195`.`er_impressions_post`,
                  `t195`.`er_views_post`,
                  `t195`.`er_reach_post__provenance`,
                  `t195`.`er_followers_post__provenance`,
                  `t195`.`er_impressions_post__provenance`,
                  `t195`.`er_views_post__provenance`,
                  `t195`.`post_platform`,
                  `t195`.`publishing_influencer`,
                  `t195`.`sponsored_posts`,
                  `t195`.`disclosed_sponsored_posts`,
                  `t195`.`cost`,
                  `t195`.`key_message_posts`,
                  `t195`.`ugc_post`,
                  `t195`.`mentions`,
                  `t195`.`brand_mentions`,
                  `t195`.`mention_engagements`,
                  `t195`.`brand_mention_engagements`,
                  `t195`.`followers_start`,
                  `t195`.`followers_gained`,
                  `t195`.`followers_expected_gain`,
                  `t195`.`followers_start__provenance`,
                  `t195`.`followers_gained__provenance`,
                  `t195`.`followers_expected_gain__provenance`,
                  `t195`.`brand_followers_start`,
                  `t195`.`brand_followers_gained`,
                  `t195`.`brand_followers_expected_gain`,
                  `t195`.`brand_followers_start__provenance`,
                  `t195`.`brand_followers_gained__provenance`,
                  `t195`.`brand_followers_expected_gain__provenance`,
                  `t195`.`influencers_contacted`,
                  `t195`.`influencers_interested`,
                  `t195`.`posts_contracted`,
                  `t195`.`products_sent`,
                  `t195`.`link_clicks`,
                  `t195`.`unique_link_clicks`,
                  `t195`.`bot_link_clicks`,
                  `t195`.`sessions`,
                  `t195`.`new_users`,
                  `t195`.`engaged_sessions`,
                  `t195`.`bounced_sessions`,
                  `t195`.`session_seconds`,
                  `t195`.`page_views`,
                  `t195`.`key_events`,
                  `t195`.`orders`,
                  `t195`.`revenue`,
                  `t195`.`new_customers`,
                  `t195`.`key_messages`,
                  `t141`.`emv_rate`
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      *
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      `t182`.`campaign_id`,
                                      `t182`.`campaign`,
                                      `t182`.`influencer_id`,
                                      `t182`.`influencer`,
                                      `t182`.`account_id`,
                                      `t182`.`platform`,
                                      `t182`.`format`,
                                      `t182`.`post_id`,
                                      `t182`.`day`,
                                      `t182`.`reach`,
                                      `t182`.`impressions`,
                                      `t182`.`views`,
                                      `t182`.`likes`,
                                      `t182`.`comments`,
                                      `t182`.`shares`,
                                      `t182`.`saves`,
                                      `t182`.`clicks`,
                                      `t182`.`reach__provenance`,
                                      `t182`.`impressions__provenance`,
                                      `t182`.`views__provenance`,
                                      `t182`.`likes__provenance`,
                                      `t182`.`comments__provenance`,
                                      `t182`.`shares__provenance`,
                                      `t182`.`saves__provenance`,
                                      `t182`.`clicks__provenance`,
                                      `t182`.`followers`,
                                      CAST(`t182`.`followers__provenance` AS BIGINT) AS `followers__provenance`,
                                      `t182`.`engagements`,
                                      `t182`.`engagements__provenance`,
                                      `t182`.`impressions_with_estimates`,
                                      `t182`.`impressions_with_estimates__provenance`,
                                      `t182`.`er_reach_post`,
                                      `t182`.`er_followers_post`,
                                      `t182`.`er_impressions_post`,
                                      `t182`.`er_views_post`,
                                      `t182`.`er_reach_post__provenance`,
                                      `t182`.`er_followers_post__provenance`,
                                      `t182`.`er_impressions_post__provenance`,
                                      `t182`.`er_views_post__provenance`,
                                      `t182`.`post_platform`,
                                      CAST(`t182`.`publishing_influencer` AS DOUBLE) AS `publishing_influencer`,
                                      `t182`.`sponsored_posts`,
                                      `t182`.`disclosed_sponsored_posts`,
                                      `t182`.`cost`,
                                      `t182`.`key_message_posts`,
                                      CAST(NULL AS DOUBLE) AS `ugc_post`,
                                      CAST(NULL AS DOUBLE) AS `mentions`,
                                      CAST(NULL AS DOUBLE) AS `brand_mentions`,
                                      CAST(NULL AS DOUBLE) AS `mention_engagements`,
                                      CAST(NULL AS DOUBLE) AS `brand_mention_engagements`,
                                      CAST(NULL AS DOUBLE) AS `followers_start`,
                                      CAST(NULL AS DOUBLE) AS `followers_gained`,
                                      CAST(NULL AS DOUBLE) AS `followers_expected_gain`,
                                      CAST(NULL AS BIGINT) AS `followers_start__provenance`,
                                      CAST(NULL AS BIGINT) AS `followers_gained__provenance`,
                                      CAST(NULL AS BIGINT) AS `followers_expected_gain__provenance`,
                                      CAST(NULL AS DOUBLE) AS `brand_followers_start`,
                                      CAST(NULL AS DOUBLE) AS `brand_followers_gained`,
                                      CAST(NULL AS DOUBLE) AS `brand_followers_expected_gain`,
                                      CAST(NULL AS BIGINT) AS `brand_followers_start__provenance`,
                                      CAST(NULL AS BIGINT) AS `brand_followers_gained__provenance`,
                                      CAST(NULL AS BIGINT) AS `brand_followers_expected_gain__provenance`,
                                      CAST(NULL AS DOUBLE) AS `influencers_contacted`,
                                      CAST(NULL AS DOUBLE) AS `influencers_interested`,
                                      CAST(NULL AS DOUBLE) AS `posts_contracted`,
                                      CAST(NULL AS DOUBLE) AS `products_sent`,
                                      CAST(NULL AS DOUBLE) AS `link_clicks`,
                                      CAST(NULL AS DOUBLE) AS `unique_link_clicks`,
                                      CAST(NULL AS DOUBLE) AS `bot_link_clicks`,
                                      CAST(NULL AS DOUBLE) AS `sessions`,
                                      CAST(NULL AS DOUBLE) AS `new_users`,
                                      CAST(NULL AS DOUBLE) AS `engaged_sessions`,
                                      CAST(NULL AS DOUBLE) AS `bounced_sessions`,
                                      CAST(NULL AS DOUBLE) AS `session_seconds`,
                                      CAST(NULL AS DOUBLE) AS `page_views`,
                                      CAST(NULL AS DOUBLE) AS `key_events`,
                                      CAST(NULL AS DOUBLE) AS `orders`,
                                      CAST(NULL AS DOUBLE) AS `revenue`,
                                      CAST(NULL AS DOUBLE) AS `new_customers`,
                                      CAST(NULL AS DOUBLE) AS `key_messages`
                                    FROM (
                                      SELECT
                                        `t173`.`campaign_id`,
                                        `t173`.`campaign`,
                                        `t173`.`influencer_id`,
                                        `t173`.`influencer`,
                                        `t173`.`account_id`,
                                        `t173`.`platform`,
                                        `t173`.`format`,
                                        `t173`.`post_id`,
                                        `t173`.`day`,
                                        `t173`.`country`,
                                        `t173`.`caption`,
                                        `t173`.`sponsored`,
                                        `t173`.`reach`,
                                        `t173`.`impressions`,
                                        `t173`.`views`,
                                        `t173`.`likes`,
                                        `t173`.`comments`,
                                        `t173`.`shares`,
                                        `t173`.`saves`,
                                        `t173`.`clicks`,
                                        `t173`.`reach__provenance`,
                                        `t173`.`impressions__provenance`,
                                        `t173`.`views__provenance`,
                                        `t173`.`likes__provenance`,
                                        `t173`.`comments__provenance`,
                                        `t173`.`shares__provenance`,
                                        `t173`.`saves__provenance`,
                                        `t173`.`clicks__provenance`,
                                        `t173`.`followers`,
                                        `t173`.`followers__provenance`,
                                        `t173`.`engagements`,
                                        `t173`.`engagements__provenance`,
                                        `t173`.`impressions_with_estimates`,
                                        `t173`.`impressions_with_estimates__provenance`,
                                        `t173`.`er_reach_post`,
                                        `t173`.`er_followers_post`,
                                        `t173`.`er_impressions_post`,
                                        `t173`.`er_views_post`,
                                        `t173`.`er_reach_post__provenance`,
                                        `t173`.`er_followers_post__provenance`,
                                        `t173`.`er_impressions_post__provenance`,
                                        `t173`.`er_views_post__provenance`,
                                        `t173`.`post_platform`,
                                        `t173`.`publishing_influencer`,
                                        `t173`.`sponsored_posts`,
                                        `t173`.`disclosed_sponsored_posts`,
                                        `t173`.`cost`,
                                        `t181`.`key_message_posts`
                                      FROM (
                                        SELECT
                                          `t161`.`campaign_id`,
                                          `t161`.`campaign`,
                                          `t161`.`influencer_id`,
                                          `t161`.`influencer`,
                                          `t161`.`account_id`,
                                          `t161`.`platform`,
                                          `t161`.`format`,
                                          `t161`.`post_id`,
                                          `t161`.`day`,
                                          `t161`.`country`,
                                          `t161`.`caption`,
                                          `t161`.`sponsored`,
                                          `t161`.`reach`,
                                          `t161`.`impressions`,
                                          `t161`.`views`,
                                          `t161`.`likes`,
                                          `t161`.`comments`,
                                          `t161`.`shares`,
                                          `t161`.`saves`,
                                          `t161`.`clicks`,
                                          `t161`.`reach__provenance`,
                                          `t161`.`impressions__provenance`,
                                          `t161`.`views__provenance`,
                                          `t161`.`likes__provenance`,
                                          `t161`.`comments__provenance`,
                                          `t161`.`shares__provenance`,
                                          `t161`.`saves__provenance`,
                                          `t161`.`clicks__provenance`,
                                          `t161`.`followers`,
                                          `t161`.`followers__provenance`,
                                          `t161`.`engagements`,
                                          `t161`.`engagements__provenance`,
                                          `t161`.`impressions_with_estimates`,
                                          `t161`.`impressions_with_estimates__provenance`,
                                          `t161`.`er_reach_post`,
                                          `t161`.`er_followers_post`,
                                          `t161`.`er_impressions_post`,
                                          `t161`.`er_views_post`,
                                          `t161`.`er_reach_post__provenance`,
                                          `t161`.`er_followers_post__provenance`,
                                          `t161`.`er_impressions_post__provenance`,
                                          `t161`.`er_views_post__provenance`,
                                          `t161`.`post_platform`,
                                          `t161`.`publishing_influencer`,
                                          `t161`.`sponsored_posts`,
                                          `t161`.`disclosed_sponsored_posts`,
                                          `t136`.`cost`
                                        FROM (
                                          SELECT
                                            `t146`.`campaign_id`,
                                            `t146`.`campaign`,
                                            `t146`.`influencer_id`,
                                            `t146`.`influencer`,
                                            `t146`.`account_id`,
                                            `t146`.`platform`,
                                            `t146`.`format`,
                                            `t146`.`post_id`,
                                            `t146`.`day`,
                                            `t146`.`country`,
                                            `t146`.`caption`,
                                            `t146`.`sponsored`,
                                            `t146`.`reach`,
                                            `t146`.`impressions`,
                                            `t146`.`views`,
                                            `t146`.`likes`,
                                            `t146`.`comments`,
                                            `t146`.`shares`,
                                            `t146`.`saves`,
                                            `t146`.`clicks`,
                                            `t146`.`reach__provenance`,
                                            `t146`.`impressions__provenance`,
                                            `t146`.`views__provenance`,
                                            `t146`.`likes__provenance`,
                                            `t146`.`comments__provenance`,
                                            `t146`.`shares__provenance`,
                                            `t146`.`saves__provenance`,
                                            `t146`.`clicks__provenance`,
                                            `t146`.`followers`,
                                            `t146`.`followers__provenance`,
                                            `t146`.`engagements`,
                                            `t146`.`engagements__provenance`,
                                            COALESCE(
                                              COALESCE(`t146`.`impressions`, `t146`.`views`),
                                              `t146`.`reach` * COALESCE(
                                                SUM(
                                                  IF(
                                                    `t146`.`impressions` IS NOT NULL
                                                    AND NOT ISNAN(`t146`.`impressions`)
                                                    AND (
                                                      `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                    ),
                                                    `t146`.`impressions`,
                                                    NULL
                                                  )
                                                ) OVER (
                                                  PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ) / NULLIF(
                                                  SUM(
                                                    IF(
                                                      `t146`.`impressions` IS NOT NULL
                                                      AND NOT ISNAN(`t146`.`impressions`)
                                                      AND (
                                                        `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                      ),
                                                      `t146`.`reach`,
                                                      NULL
                                                    )
                                                  ) OVER (
                                                    PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  ),
                                                  0
                                                ),
                                                CAST(1 AS DOUBLE)
                                              )
                                            ) AS `impressions_with_estimates`,
                                            IF(
                                              COALESCE(
                                                COALESCE(`t146`.`impressions`, `t146`.`views`),
                                                `t146`.`reach` * COALESCE(
                                                  SUM(
                                                    IF(
                                                      `t146`.`impressions` IS NOT NULL
                                                      AND NOT ISNAN(`t146`.`impressions`)
                                                      AND (
                                                        `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                      ),
                                                      `t146`.`impressions`,
                                                      NULL
                                                    )
                                                  ) OVER (
                                                    PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  ) / NULLIF(
                                                    SUM(
                                                      IF(
                                                        `t146`.`impressions` IS NOT NULL
                                                        AND NOT ISNAN(`t146`.`impressions`)
                                                        AND (
                                                          `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                        ),
                                                        `t146`.`reach`,
                                                        NULL
                                                      )
                                                    ) OVER (
                                                      PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                    ),
                                                    0
                                                  ),
                                                  CAST(1 AS DOUBLE)
                                                )
                                              ) IS NOT NULL
                                              AND NOT ISNAN(
                                                COALESCE(
                                                  COALESCE(`t146`.`impressions`, `t146`.`views`),
                                                  `t146`.`reach` * COALESCE(
                                                    SUM(
                                                      IF(
                                                        `t146`.`impressions` IS NOT NULL
                                                        AND NOT ISNAN(`t146`.`impressions`)
                                                        AND (
                                                          `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                        ),
                                                        `t146`.`impressions`,
                                                        NULL
                                                      )
                                                    ) OVER (
                                                      PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                    ) / NULLIF(
                                                      SUM(
                                                        IF(
                                                          `t146`.`impressions` IS NOT NULL
                                                          AND NOT ISNAN(`t146`.`impressions`)
                                                          AND (
                                                            `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                          ),
                                                          `t146`.`reach`,
                                                          NULL
                                                        )
                                                      ) OVER (
                                                        PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                      ),
                                                      0
                                                    ),
                                                    CAST(1 AS DOUBLE)
                                                  )
                                                )
                                              ),
                                              IF(
                                                `t146`.`impressions` IS NOT NULL AND NOT ISNAN(`t146`.`impressions`),
                                                `t146`.`impressions__provenance`,
                                                2
                                              ),
                                              CAST(NULL AS BIGINT)
                                            ) AS `impressions_with_estimates__provenance`,
                                            (
                                              `t146`.`engagements` / NULLIF(`t146`.`reach`, 0)
                                            ) * 100 AS `er_reach_post`,
                                            (
                                              `t146`.`engagements` / NULLIF(`t146`.`followers`, 0)
                                            ) * 100 AS `er_followers_post`,
                                            (
                                              `t146`.`engagements` / NULLIF(`t146`.`impressions`, 0)
                                            ) * 100 AS `er_impressions_post`,
                                            (
                                              `t146`.`engagements` / NULLIF(`t146`.`views`, 0)
                                            ) * 100 AS `er_views_post`,
                                            NULLIF(
                                              GREATEST(
                                                COALESCE(`t146`.`engagements__provenance`, -1),
                                                COALESCE(`t146`.`reach__provenance`, -1)
                                              ),
                                              -1
                                            ) AS `er_reach_post__provenance`,
                                            NULLIF(
                                              GREATEST(
                                                COALESCE(`t146`.`engagements__provenance`, -1),
                                                COALESCE(`t146`.`followers__provenance`, -1)
                                              ),
                                              -1
                                            ) AS `er_followers_post__provenance`,
                                            NULLIF(
                                              GREATEST(
                                                COALESCE(`t146`.`engagements__provenance`, -1),
                                                COALESCE(`t146`.`impressions__provenance`, -1)
                                              ),
                                              -1
                                            ) AS `er_impressions_post__provenance`,
                                            NULLIF(
                                              GREATEST(
                                                COALESCE(`t146`.`engagements__provenance`, -1),
                                                COALESCE(`t146`.`views__provenance`, -1)
                                              ),
                                              -1
                                            ) AS `er_views_post__provenance`,
                                            `t146`.`platform` AS `post_platform`,
                                            `t146`.`influencer_id` AS `publishing_influencer`,
                                            CAST(IF(`t146`.`sponsored`, 1, 0) AS DOUBLE) AS `sponsored_posts`,
                                            CAST(IF(
                                              `t146`.`sponsored`
                                              AND CASE
                                                WHEN UPPER(`t146`.`country`) = 'FR'
                                                THEN CONTAINS(LOWER(`t146`.`caption`), 'publicité')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'publicite')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'collaboration commerciale')
                                                WHEN UPPER(`t146`.`country`) = 'BE'
                                                THEN CONTAINS(LOWER(`t146`.`caption`), 'publicité')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'publicite')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'collaboration commerciale')
                                                OR CONTAINS(LOWER(`t146`.`caption`), '#pub')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'reclame')
                                                OR CONTAINS(LOWER(`t146`.`caption`), '#ad')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'samenwerking')
                                                WHEN UPPER(`t146`.`country`) = 'DE'
                                                THEN CONTAINS(LOWER(`t146`.`caption`), 'werbung')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'anzeige')
                                                WHEN UPPER(`t146`.`country`) = 'ES'
                                                THEN CONTAINS(LOWER(`t146`.`caption`), 'publicidad')
                                                OR CONTAINS(LOWER(`t146`.`caption`), '#publi')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'patrocinado')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'colaboración pagada')
                                                WHEN UPPER(`t146`.`country`) = 'IT'
                                                THEN CONTAINS(LOWER(`t146`.`caption`), 'pubblicità')
                                                OR CONTAINS(LOWER(`t146`.`caption`), '#adv')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'sponsorizzato')
                                                OR CONTAINS(LOWER(`t146`.`caption`), '#sponsored')
                                                WHEN UPPER(`t146`.`country`) = 'GB'
                                                THEN CONTAINS(LOWER(`t146`.`caption`), '#ad')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'advert')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'advertisement')
                                                WHEN UPPER(`t146`.`country`) = 'US'
                                                THEN CONTAINS(LOWER(`t146`.`caption`), '#ad')
                                                OR CONTAINS(LOWER(`t146`.`caption`), '#sponsored')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'advertisement')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'paid partnership')
                                                ELSE CONTAINS(LOWER(`t146`.`caption`), '#ad')
                                                OR CONTAINS(LOWER(`t146`.`caption`), '#sponsored')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'paid partnership')
                                                OR CONTAINS(LOWER(`t146`.`caption`), 'advertisement')
                                              END,
                                              1,
                                              0
                                            ) AS DOUBLE) AS `disclosed_sponsored_posts`
                                          FROM (
                                            SELECT
                                              `t137`.`campaign_id`,
                                              `t137`.`campaign`,
                                              `t137`.`influencer_id`,
                                              `t137`.`influencer`,
                                              `t137`.`account_id`,
                                              `t137`.`platform`,
                                              `t137`.`format`,
                                              `t137`.`post_id`,
                                              `t137`.`day`,
                                              `t137`.`country`,
                                              `t137`.`caption`,
                                              `t137`.`sponsored`,
                                              `t137`.`reach`,
                                              `t137`.`impressions`,
                                              `t137`.`views`,
                                              `t137`.`likes`,
                                              `t137`.`comments`,
                                              `t137`.`shares`,
                                              `t137`.`saves`,
                                              `t137`.`clicks`,
                                              `t137`.`reach__provenance`,
                                              `t137`.`impressions__provenance`,
                                              `t137`.`views__provenance`,
                                              `t137`.`likes__provenance`,
                                              `t137`.`comments__provenance`,
                                              `t137`.`shares__provenance`,
                                              `t137`.`saves__provenance`,
                                              `t137`.`clicks__provenance`,
                                              `t137`.`followers`,
                                              `t137`.`followers__provenance`,
                                              IF(
                                                (
                                                  `t137`.`likes` IS NOT NULL AND NOT ISNAN(`t137`.`likes`)
                                                )
                                                OR (
                                                  `t137`.`comments` IS NOT NULL AND NOT ISNAN(`t137`.`comments`)
                                                )
                                                OR (
                                                  `t137`.`shares` IS NOT NULL AND NOT ISNAN(`t137`.`shares`)
                                                )
                                                OR (
                                                  `t137`.`saves` IS NOT NULL AND NOT ISNAN(`t137`.`saves`)
                                                ),
                                                CAST(0 AS DOUBLE) + COALESCE(`t137`.`likes`, 0) + COALESCE(`t137`.`comments`, 0) + COALESCE(`t137`.`shares`, 0) + COALESCE(`t137`.`saves`, 0),
                                                CAST(NULL AS DOUBLE)
                                              ) AS `engagements`,
                                              NULLIF(
                                                GREATEST(
                                                  COALESCE(`t137`.`likes__provenance`, -1),
                                                  COALESCE(`t137`.`comments__provenance`, -1),
                                                  COALESCE(`t137`.`shares__provenance`, -1),
                                                  COALESCE(`t137`.`saves__provenance`, -1)
                                                ),
                                                -1
                                              ) AS `engagements__provenance`
                                            FROM (
                                              SELECT
                                                `t100`.`campaign_id`,
                                                `t100`.`campaign`,
                                                `t100`.`influencer_id`,
                                                `t100`.`influencer`,
                                                `t100`.`account_id`,
                                                `t100`.`platform`,
                                                `t100`.`format`,
                                                `t100`.`post_id`,
                                                `t100`.`day`,
                                                `t100`.`country`,
                                                `t100`.`caption`,
                                                `t100`.`sponsored`,
                                                `t117`.`reach`,
                                                `t117`.`impressions`,
                                                `t117`.`views`,
                                                `t117`.`likes`,
                                                `t117`.`comments`,
                                                `t117`.`shares`,
                                                `t117`.`saves`,
                                                `t117`.`clicks`,
                                                `t117`.`reach__provenance`,
                                                `t117`.`impressions__provenance`,
                                                `t117`.`views__provenance`,
                                                `t117`.`likes__provenance`,
                                                `t117`.`comments__provenance`,
                                                `t117`.`shares__provenance`,
                                                `t117`.`saves__provenance`,
                                                `t117`.`clicks__provenance`,
                                                `t124`.`followers`,
                                                `t124`.`followers__provenance`
                                              FROM `t77` AS `t100`
                                              LEFT OUTER JOIN (
                                                SELECT
                                                  CAST(`t78`.`post_id` AS BIGINT) AS `post_id`,
                                                  CAST(MAX_BY(
                                                    IF(`t78`.`metric` = 'reach', `t78`.`value`, NULL),
                                                    IF(
                                                      `t78`.`metric` = 'reach',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t78`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ),
                                                      NULL
                                                    )
                                                  ) AS DOUBLE) AS `reach`,
                                                  CAST(MAX_BY(
                                                    IF(`t78`.`metric` = 'impressions', `t78`.`value`, NULL),
                                                    IF(
                                                      `t78`.`metric` = 'impressions',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t78`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ),
                                                      NULL
                                                    )
                                                  ) AS DOUBLE) AS `impressions`,
                                                  CAST(MAX_BY(
                                                    IF(`t78`.`metric` = 'views', `t78`.`value`, NULL),
                                                    IF(
                                                      `t78`.`metric` = 'views',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t78`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ),
                                                      NULL
                                                    )
                                                  ) AS DOUBLE) AS `views`,
                                                  CAST(MAX_BY(
                                                    IF(`t78`.`metric` = 'likes', `t78`.`value`, NULL),
                                                    IF(
                                                      `t78`.`metric` = 'likes',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t78`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ),
                                                      NULL
                                                    )
                                                  ) AS DOUBLE) AS `likes`,
                                                  CAST(MAX_BY(
                                                    IF(`t78`.`metric` = 'comments', `t78`.`value`, NULL),
                                                    IF(
                                                      `t78`.`metric` = 'comments',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t78`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ),
                                                      NULL
                                                    )
                                                  ) AS DOUBLE) AS `comments`,
                                                  CAST(MAX_BY(
                                                    IF(`t78`.`metric` = 'shares', `t78`.`value`, NULL),
                                                    IF(
                                                      `t78`.`metric` = 'shares',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t78`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ),
                                                      NULL
                                                    )
                                                  ) AS DOUBLE) AS `shares`,
                                                  CAST(MAX_BY(
                                                    IF(`t78`.`metric` = 'saves', `t78`.`value`, NULL),
                                                    IF(
                                                      `t78`.`metric` = 'saves',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t78`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ),
                                                      NULL
                                                    )
                                                  ) AS DOUBLE) AS `saves`,
                                                  CAST(MAX_BY(
                                                    IF(`t78`.`metric` = 'clicks', `t78`.`value`, NULL),
                                                    IF(
                                                      `t78`.`metric` = 'clicks',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t78`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ),
                                                      NULL
                                                    )
                                                  ) AS DOUBLE) AS `clicks`,
                                                  15 - (
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'reach',
                                                        (
                                                          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                        ) + (
                                                          15 - CASE `t78`.`provenance`
                                                            WHEN 'measured'
                                                            THEN 0
                                                            WHEN 'self_reported'
                                                            THEN 1
                                                            WHEN 'estimated'
                                                            THEN 2
                                                            ELSE 2
                                                          END
                                                        ),
                                                        NULL
                                                      )
                                                    ) % 16
                                                  ) AS `reach__provenance`,
                                                  15 - (
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'impressions',
                                                        (
                                                          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                        ) + (
                                                          15 - CASE `t78`.`provenance`
                                                            WHEN 'measured'
                                                            THEN 0
                                                            WHEN 'self_reported'
                                                            THEN 1
                                                            WHEN 'estimated'
                                                            THEN 2
                                                            ELSE 2
                                                          END
                                                        ),
                                                        NULL
                                                      )
                                                    ) % 16
                                                  ) AS `impressions__provenance`,
                                                  15 - (
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'views',
                                                        (
                                                          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                        ) + (
                                                          15 - CASE `t78`.`provenance`
                                                            WHEN 'measured'
                                                            THEN 0
                                                            WHEN 'self_reported'
                                                            THEN 1
                                                            WHEN 'estimated'
                                                            THEN 2
                                                            ELSE 2
                                                          END
                                                        ),
                                                        NULL
                                                      )
                                                    ) % 16
                                                  ) AS `views__provenance`,
                                                  15 - (
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'likes',
                                                        (
                                                          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                        ) + (
                                                          15 - CASE `t78`.`provenance`
                                                            WHEN 'measured'
                                                            THEN 0
                                                            WHEN 'self_reported'
                                                            THEN 1
                                                            WHEN 'estimated'
                                                            THEN 2
                                                            ELSE 2
                                                          END
                                                        ),
                                                        NULL
                                                      )
                                                    ) % 16
                                                  ) AS `likes__provenance`,
                                                  15 - (
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'comments',
                                                        (
                                                          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                        ) + (
                                                          15 - CASE `t78`.`provenance`
                                                            WHEN 'measured'
                                                            THEN 0
                                                            WHEN 'self_reported'
                                                            THEN 1
                                                            WHEN 'estimated'
                                                            THEN 2
                                                            ELSE 2
                                                          END
                                                        ),
                                                        NULL
                                                      )
                                                    ) % 16
                                                  ) AS `comments__provenance`,
                                                  15 - (
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'shares',
                                                        (
                                                          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                        ) + (
                                                          15 - CASE `t78`.`provenance`
                                                            WHEN 'measured'
                                                            THEN 0
                                                            WHEN 'self_reported'
                                                            THEN 1
                                                            WHEN 'estimated'
                                                            THEN 2
                                                            ELSE 2
                                                          END
                                                        ),
                                                        NULL
                                                      )
                                                    ) % 16
                                                  ) AS `shares__provenance`,
                                                  15 - (
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'saves',
                                                        (
                                                          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                        ) + (
                                                          15 - CASE `t78`.`provenance`
                                                            WHEN 'measured'
                                                            THEN 0
                                                            WHEN 'self_reported'
                                                            THEN 1
                                                            WHEN 'estimated'
                                                            THEN 2
                                                            ELSE 2
                                                          END
                                                        ),
                                                        NULL
                                                      )
                                                    ) % 16
                                                  ) AS `saves__provenance`,
                                                  15 - (
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'clicks',
                                                        (
                                                          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                        ) + (
                                                          15 - CASE `t78`.`provenance`
                                                            WHEN 'measured'
                                                            THEN 0
                                                            WHEN 'self_reported'
                                                            THEN 1
                                                            WHEN 'estimated'
                                                            THEN 2
                                                            ELSE 2
                                                          END
                                                        ),
                                                        NULL
                                                      )
                                                    ) % 16
                                                  ) AS `clicks__provenance`
                                                FROM (
                                                  SELECT
                                                    *
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM `metric_snapshot` AS `t13`
                                                    WHERE
                                                      `t13`.`post_id` IN (
                                                        SELECT
                                                          `t10`.`id`
                                                        FROM `post` AS `t10`
                                                        WHERE
                                                          `t10`.`campaign_id` IS NOT NULL AND `t10`.`campaign_id` IN (1)
                                                      )
                                                  ) AS `t55`
                                                  WHERE
                                                    `t55`.`captured_at` <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                                                ) AS `t78`
                                                GROUP BY
                                                  1
                                              ) AS `t117`
                                                ON `t100`.`post_id` = `t117`.`post_id`
                                              LEFT OUTER JOIN (
                                                SELECT
                                                  `t105`.`post_id`,
                                                  CAST(IF(`t105`.`before` IS NOT NULL, `t105`.`before`, `t105`.`after`) AS DOUBLE) AS `followers`,
                                                  IF(`t105`.`before` IS NOT NULL, `t105`.`before_rank`, `t105`.`after_rank`) AS `followers__provenance`
                                                FROM (
                                                  SELECT
                                                    CAST(`t79`.`post_id` AS BIGINT) AS `post_id`,
                                                    MAX_BY(
                                                      IF(`t79`.`captured_at` <= `t79`.`published_at`, `t79`.`followers`, NULL),
                                                      IF(`t79`.`captured_at` <= `t79`.`published_at`, `t79`.`captured_at`, NULL)
                                                    ) AS `before`,
                                                    MAX_BY(
                                                      IF(
                                                        `t79`.`captured_at` <= `t79`.`published_at`,
                                                        CASE `t79`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END,
                                                        NULL
                                                      ),
                                                      IF(`t79`.`captured_at` <= `t79`.`published_at`, `t79`.`captured_at`, NULL)
                                                    ) AS `before_rank`,
                                                    MIN_BY(
                                                      IF(NOT (
                                                        `t79`.`captured_at` <= `t79`.`published_at`
                                                      ), `t79`.`followers`, NULL),
                                                      IF(NOT (
                                                        `t79`.`captured_at` <= `t79`.`published_at`
                                                      ), `t79`.`captured_at`, NULL)
                                                    ) AS `after`,
                                                    MIN_BY(
                                                      IF(
                                                        NOT (
                                                          `t79`.`captured_at` <= `t79`.`published_at`
                                                        ),
                                                        CASE `t79`.`provenance`
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END,
                                                        NULL
                                                      ),
                                                      IF(NOT (
                                                        `t79`.`captured_at` <= `t79`.`published_at`
                                                      ), `t79`.`captured_at`, NULL)
                                                    ) AS `after_rank`
                                                  FROM (
                                                    SELECT
                                                      `t48`.`post_id`,
                                                      `t48`.`account_id`,
                                                      `t48`.`published_at`,
                                                      `t25`.`id`,
                                                      `t25`.`captured_at`,
                                                      `t25`.`followers`,
                                                      `t25`.`source`,
                                                      `t25`.`provenance`
                                                    FROM (
                                                      SELECT
                                                        `t10`.`id` AS `post_id`,
                                                        `t10`.`account_id`,
                                                        `t10`.`published_at`
                                                      FROM `post` AS `t10`
                                                      WHERE
                                                        `t10`.`campaign_id` IS NOT NULL AND `t10`.`campaign_id` IN (1)
                                                    ) AS `t48`
                                                    INNER JOIN `follower_snapshot` AS `t25`
                                                      ON `t48`.`account_id` = `t25`.`account_id`
                                                  ) AS `t79`
                                                  GROUP BY
                                                    1
                                                ) AS `t105`
                                              ) AS `t124`
                                                ON `t100`.`post_id` = `t124`.`post_id`
                                            ) AS `t137`
                                          ) AS `t146`
                                        ) AS `t161`
                                        LEFT OUTER JOIN (
                                          SELECT
                                            `t123`.`post_id`,
                                            SUM(`t123`.`cost`) AS `cost`
                                          FROM (
                                            SELECT
                                              `t113`.`post_id`,
                                              `t98`.`amount` / `t113`.`n_posts` AS `cost`
                                            FROM `t75` AS `t98`
                                            INNER JOIN (
                                              SELECT
                                                `t93`.`campaign_id`,
                                                `t93`.`campaign`,
                                                `t93`.`influencer_id`,
                                                `t93`.`influencer`,
                                                `t93`.`account_id`,
                                                `t93`.`platform`,
                                                `t93`.`format`,
                                                `t93`.`post_id`,
                                                `t93`.`day`,
                                                `t93`.`country`,
                                                `t93`.`caption`,
                                                `t93`.`sponsored`,
                                                COUNT(`t93`.`post_id`) OVER (
                                                  PARTITION BY `t93`.`campaign_id`, `t93`.`influencer_id`
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ) AS `n_posts`
                                              FROM `t77` AS `t93`
                                            ) AS `t113`
                                              ON `t98`.`campaign_id` = `t113`.`campaign_id`
                                              AND `t98`.`influencer_id` = `t113`.`influencer_id`
                                          ) AS `t123`
                                          GROUP BY
                                            1
                                        ) AS `t136`
                                          ON `t161`.`post_id` = `t136`.`post_id`
                                      ) AS `t173`
                                      LEFT OUTER JOIN (
                                        SELECT
                                          `t174`.`post_id`,
                                          MAX(
                                            CAST(IF(CONTAINS(LOWER(`t174`.`caption`), LOWER(`t174`.`message`)), 1, 0) AS DOUBLE)
                                          ) AS `key_message_posts`
                                        FROM (
                                          SELECT
                                            `t166`.`campaign_id`,
                                            `t166`.`post_id`,
                                            `t166`.`caption`,
                                            `t81`.`message`
                                          FROM (
                                            SELECT
                                              `t159`.`campaign_id`,
                                              `t159`.`post_id`,
                                              `t159`.`caption`
                                            FROM (
                                              SELECT
                                                `t146`.`campaign_id`,
                                                `t146`.`campaign`,
                                                `t146`.`influencer_id`,
                                                `t146`.`influencer`,
                                                `t146`.`account_id`,
                                                `t146`.`platform`,
                                                `t146`.`format`,
                                                `t146`.`post_id`,
                                                `t146`.`day`,
                                                `t146`.`country`,
                                                `t146`.`caption`,
                                                `t146`.`sponsored`,
                                                `t146`.`reach`,
                                                `t146`.`impressions`,
                                                `t146`.`views`,
                                                `t146`.`likes`,
                                                `t146`.`comments`,
                                                `t146`.`shares`,
                                                `t146`.`saves`,
                                                `t146`.`clicks`,
                                                `t146`.`reach__provenance`,
                                                `t146`.`impressions__provenance`,
                                                `t146`.`views__provenance`,
                                                `t146`.`likes__provenance`,
                                                `t146`.`comments__provenance`,
                                                `t146`.`shares__provenance`,
                                                `t146`.`saves__provenance`,
                                                `t146`.`clicks__provenance`,
                                                `t146`.`followers`,
                                                `t146`.`followers__provenance`,
                                                `t146`.`engagements`,
                                                `t146`.`engagements__provenance`,
                                                COALESCE(
                                                  COALESCE(`t146`.`impressions`, `t146`.`views`),
                                                  `t146`.`reach` * COALESCE(
                                                    SUM(
                                                      IF(
                                                        `t146`.`impressions` IS NOT NULL
                                                        AND NOT ISNAN(`t146`.`impressions`)
                                                        AND (
                                                          `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                        ),
                                                        `t146`.`impressions`,
                                                        NULL
                                                      )
                                                    ) OVER (
                                                      PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                    ) / NULLIF(
                                                      SUM(
                                                        IF(
                                                          `t146`.`impressions` IS NOT NULL
                                                          AND NOT ISNAN(`t146`.`impressions`)
                                                          AND (
                                                            `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                          ),
                                                          `t146`.`reach`,
                                                          NULL
                                                        )
                                                      ) OVER (
                                                        PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                      ),
                                                      0
                                                    ),
                                                    CAST(1 AS DOUBLE)
                                                  )
                                                ) AS `impressions_with_estimates`,
                                                IF(
                                                  COALESCE(
                                                    COALESCE(`t146`.`impressions`, `t146`.`views`),
                                                    `t146`.`reach` * COALESCE(
                                                      SUM(
                                                        IF(
                                                          `t146`.`impressions` IS NOT NULL
                                                          AND NOT ISNAN(`t146`.`impressions`)
                                                          AND (
                                                            `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                          ),
                                                          `t146`.`impressions`,
                                                          NULL
                                                        )
                                                      ) OVER (
                                                        PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                      ) / NULLIF(
                                                        SUM(
                                                          IF(
                                                            `t146`.`impressions` IS NOT NULL
                                                            AND NOT ISNAN(`t146`.`impressions`)
                                                            AND (
                                                              `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                            ),
                                                            `t146`.`reach`,
                                                            NULL
                                                          )
                                                        ) OVER (
                                                          PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                        ),
                                                        0
                                                      ),
                                                      CAST(1 AS DOUBLE)
                                                    )
                                                  ) IS NOT NULL
                                                  AND NOT ISNAN(
                                                    COALESCE(
                                                      COALESCE(`t146`.`impressions`, `t146`.`views`),
                                                      `t146`.`reach` * COALESCE(
                                                        SUM(
                                                          IF(
                                                            `t146`.`impressions` IS NOT NULL
                                                            AND NOT ISNAN(`t146`.`impressions`)
                                                            AND (
                                                              `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                            ),
                                                            `t146`.`impressions`,
                                                            NULL
                                                          )
                                                        ) OVER (
                                                          PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                        ) / NULLIF(
                                                          SUM(
                                                            IF(
                                                              `t146`.`impressions` IS NOT NULL
                                                              AND NOT ISNAN(`t146`.`impressions`)
                                                              AND (
                                                                `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                              ),
                                                              `t146`.`reach`,
                                                              NULL
                                                            )
                                                          ) OVER (
                                                            PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                          ),
                                                          0
                                                        ),
                                                        CAST(1 AS DOUBLE)
                                                      )
                                                    )
                                                  ),
                                                  IF(
                                                    `t146`.`impressions` IS NOT NULL AND NOT ISNAN(`t146`.`impressions`),
                                                    `t146`.`impressions__provenance`,
                                                    2
                                                  ),
                                                  CAST(NULL AS BIGINT)
                                                ) AS `impressions_with_estimates__provenance`,
                                                (
                                                  `t146`.`engagements` / NULLIF(`t146`.`reach`, 0)
                                                ) * 100 AS `er_reach_post`,
                                                (
                                                  `t146`.`engagements` / NULLIF(`t146`.`followers`, 0)
                                                ) * 100 AS `er_followers_post`,
                                                (
                                                  `t146`.`engagements` / NULLIF(`t146`.`impressions`, 0)
                                                ) * 100 AS `er_impressions_post`,
                                                (
                                                  `t146`.`engagements` / NULLIF(`t146`.`views`, 0)
                                                ) * 100 AS `er_views_post`,
                                                NULLIF(
                                                  GREATEST(
                                                    COALESCE(`t146`.`engagements__provenance`, -1),
                                                    COALESCE(`t146`.`reach__provenance`, -1)
                                                  ),
                                                  -1
                                                ) AS `er_reach_post__provenance`,
                                                NULLIF(
                                                  GREATEST(
                                                    COALESCE(`t146`.`engagements__provenance`, -1),
                                                    COALESCE(`t146`.`followers__provenance`, -1)
                                                  ),
                                                  -1
                                                ) AS `er_followers_post__provenance`,
                                                NULLIF(
                                                  GREATEST(
                                                    COALESCE(`t146`.`engagements__provenance`, -1),
                                                    COALESCE(`t146`.`impressions__provenance`, -1)
                                                  ),
                                                  -1
                                                ) AS `er_impressions_post__provenance`,
                                                NULLIF(
                                                  GREATEST(
                                                    COALESCE(`t146`.`engagements__provenance`, -1),
                                                    COALESCE(`t146`.`views__provenance`, -1)
                                                  ),
                                                  -1
                                                ) AS `er_views_post__provenance`,
                                                `t146`.`platform` AS `post_platform`,
                                                `t146`.`influencer_id` AS `publishing_influencer`,
                                                CAST(IF(`t146`.`sponsored`, 1, 0) AS DOUBLE) AS `sponsored_posts`,
                                                CAST(IF(
                                                  `t146`.`sponsored`
                                                  AND CASE
                                                    WHEN UPPER(`t146`.`country`) = 'FR'
                                                    THEN CONTAINS(LOWER(`t146`.`caption`), 'publicité')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'publicite')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'collaboration commerciale')
                                                    WHEN UPPER(`t146`.`country`) = 'BE'
                                                    THEN CONTAINS(LOWER(`t146`.`caption`), 'publicité')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'publicite')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'collaboration commerciale')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), '#pub')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'reclame')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), '#ad')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'samenwerking')
                                                    WHEN UPPER(`t146`.`country`) = 'DE'
                                                    THEN CONTAINS(LOWER(`t146`.`caption`), 'werbung')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'anzeige')
                                                    WHEN UPPER(`t146`.`country`) = 'ES'
                                                    THEN CONTAINS(LOWER(`t146`.`caption`), 'publicidad')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), '#publi')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'patrocinado')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'colaboración pagada')
                                                    WHEN UPPER(`t146`.`country`) = 'IT'
                                                    THEN CONTAINS(LOWER(`t146`.`caption`), 'pubblicità')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), '#adv')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'sponsorizzato')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), '#sponsored')
                                                    WHEN UPPER(`t146`.`country`) = 'GB'
                                                    THEN CONTAINS(LOWER(`t146`.`caption`), '#ad')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'advert')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'advertisement')
                                                    WHEN UPPER(`t146`.`country`) = 'US'
                                                    THEN CONTAINS(LOWER(`t146`.`caption`), '#ad')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), '#sponsored')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'advertisement')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'paid partnership')
                                                    ELSE CONTAINS(LOWER(`t146`.`caption`), '#ad')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), '#sponsored')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'paid partnership')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'advertisement')
                                                  END,
                                                  1,
                                                  0
                                                ) AS DOUBLE) AS `disclosed_sponsored_posts`
                                              FROM (
                                                SELECT
                                                  `t137`.`campaign_id`,
                                                  `t137`.`campaign`,
                                                  `t137`.`influencer_id`,
                                                  `t137`.`influencer`,
                                                  `t137`.`account_id`,
                                                  `t137`.`platform`,
                                                  `t137`.`format`,
                                                  `t137`.`post_id`,
                                                  `t137`.`day`,
                                                  `t137`.`country`,
                                                  `t137`.`caption`,
                                                  `t137`.`sponsored`,
                                                  `t137`.`reach`,
                                                  `t137`.`impressions`,
                                                  `t137`.`views`,
                                                  `t137`.`likes`,
                                                  `t137`.`comments`,
                                                  `t137`.`shares`,
                                                  `t137`.`saves`,
                                                  `t137`.`clicks`,
                                                  `t137`.`reach__provenance`,
                                                  `t137`.`impressions__provenance`,
                                                  `t137`.`views__provenance`,
                                                  `t137`.`likes__provenance`,
                                                  `t137`.`comments__provenance`,
                                                  `t137`.`shares__provenance`,
                                                  `t137`.`saves__provenance`,
                                                  `t137`.`clicks__provenance`,
                                                  `t137`.`followers`,
                                                  `t137`.`followers__provenance`,
                                                  IF(
                                                    (
                                                      `t137`.`likes` IS NOT NULL AND NOT ISNAN(`t137`.`likes`)
                                                    )
                                                    OR (
                                                      `t137`.`comments` IS NOT NULL AND NOT ISNAN(`t137`.`comments`)
                                                    )
                                                    OR (
                                                      `t137`.`shares` IS NOT NULL AND NOT ISNAN(`t137`.`shares`)
                                                    )
                                                    OR (
                                                      `t137`.`saves` IS NOT NULL AND NOT ISNAN(`t137`.`saves`)
                                                    ),
                                                    CAST(0 AS DOUBLE) + COALESCE(`t137`.`likes`, 0) + COALESCE(`t137`.`comments`, 0) + COALESCE(`t137`.`shares`, 0) + COALESCE(`t137`.`saves`, 0),
                                                    CAST(NULL AS DOUBLE)
                                                  ) AS `engagements`,
                                                  NULLIF(
                                                    GREATEST(
                                                      COALESCE(`t137`.`likes__provenance`, -1),
                                                      COALESCE(`t137`.`comments__provenance`, -1),
                                                      COALESCE(`t137`.`shares__provenance`, -1),
                                                      COALESCE(`t137`.`saves__provenance`, -1)
                                                    ),
                                                    -1
                                                  ) AS `engagements__provenance`
                                                FROM (
                                                  SELECT
                                                    `t100`.`campaign_id`,
                                                    `t100`.`campaign`,
                                                    `t100`.`influencer_id`,
                                                    `t100`.`influencer`,
                                                    `t100`.`account_id`,
                                                    `t100`.`platform`,
                                                    `t100`.`format`,
                                                    `t100`.`post_id`,
                                                    `t100`.`day`,
                                                    `t100`.`country`,
                                                    `t100`.`caption`,
                                                    `t100`.`sponsored`,
                                                    `t117`.`reach`,
                                                    `t117`.`impressions`,
                                                    `t117`.`views`,
                                                    `t117`.`likes`,
                                                    `t117`.`comments`,
                                                    `t117`.`shares`,
                                                    `t117`.`saves`,
                                                    `t117`.`clicks`,
                                                    `t117`.`reach__provenance`,
                                                    `t117`.`impressions__provenance`,
                                                    `t117`.`views__provenance`,
                                                    `t117`.`likes__provenance`,
                                                    `t117`.`comments__provenance`,
                                                    `t117`.`shares__provenance`,
                                                    `t117`.`saves__provenance`,
                                                    `t117`.`clicks__provenance`,
                                                    `t124`.`followers`,
                                                    `t124`.`followers__provenance`
                                                  FROM `t77` AS `t100`
                                                  LEFT OUTER JOIN (
                                                    SELECT
                                                      CAST(`t78`.`post_id` AS BIGINT) AS `post_id`,
                                                      CAST(MAX_BY(
                                                        IF(`t78`.`metric` = 'reach', `t78`.`value`, NULL),
                                                        IF(
                                                          `t78`.`metric` = 'reach',
                                                          (
                                                            DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                          ) + (
                                                            15 - CASE `t78`.`provenance`
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ),
                                                          NULL
                                                        )
                                                      ) AS DOUBLE) AS `reach`,
                                                      CAST(MAX_BY(
                                                        IF(`t78`.`metric` = 'impressions', `t78`.`value`, NULL),
                                                        IF(
                                                          `t78`.`metric` = 'impressions',
                                                          (
                                                            DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                          ) + (
                                                            15 - CASE `t78`.`provenance`
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ),
                                                          NULL
                                                        )
                                                      ) AS DOUBLE) AS `impressions`,
                                                      CAST(MAX_BY(
                                                        IF(`t78`.`metric` = 'views', `t78`.`value`, NULL),
                                                        IF(
                                                          `t78`.`metric` = 'views',
                                                          (
                                                            DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                          ) + (
                                                            15 - CASE `t78`.`provenance`
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ),
                                                          NULL
                                                        )
                                                      ) AS DOUBLE) AS `views`,
                                                      CAST(MAX_BY(
                                                        IF(`t78`.`metric` = 'likes', `t78`.`value`, NULL),
                                                        IF(
                                                          `t78`.`metric` = 'likes',
                                                          (
                                                            DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                          ) + (
                                                            15 - CASE `t78`.`provenance`
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ),
                                                          NULL
                                                        )
                                                      ) AS DOUBLE) AS `likes`,
                                                      CAST(MAX_BY(
                                                        IF(`t78`.`metric` = 'comments', `t78`.`value`, NULL),
                                                        IF(
                                                          `t78`.`metric` = 'comments',
                                                          (
                                                            DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                          ) + (
                                                            15 - CASE `t78`.`provenance`
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ),
                                                          NULL
                                                        )
                                                      ) AS DOUBLE) AS `comments`,
                                                      CAST(MAX_BY(
                                                        IF(`t78`.`metric` = 'shares', `t78`.`value`, NULL),
                                                        IF(
                                                          `t78`.`metric` = 'shares',
                                                          (
                                                            DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                          ) + (
                                                            15 - CASE `t78`.`provenance`
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ),
                                                          NULL
                                                        )
                                                      ) AS DOUBLE) AS `shares`,
                                                      CAST(MAX_BY(
                                                        IF(`t78`.`metric` = 'saves', `t78`.`value`, NULL),
                                                        IF(
                                                          `t78`.`metric` = 'saves',
                                                          (
                                                            DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                          ) + (
                                                            15 - CASE `t78`.`provenance`
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ),
                                                          NULL
                                                        )
                                                      ) AS DOUBLE) AS `saves`,
                                                      CAST(MAX_BY(
                                                        IF(`t78`.`metric` = 'clicks', `t78`.`value`, NULL),
                                                        IF(
                                                          `t78`.`metric` = 'clicks',
                                                          (
                                                            DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                          ) + (
                                                            15 - CASE `t78`.`provenance`
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ),
                                                          NULL
                                                        )
                                                      ) AS DOUBLE) AS `clicks`,
                                                      15 - (
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'reach',
                                                            (
                                                              DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                            ) + (
                                                              15 - CASE `t78`.`provenance`
                                                                WHEN 'measured'
                                                                THEN 0
                                                                WHEN 'self_reported'
                                                                THEN 1
                                                                WHEN 'estimated'
                                                                THEN 2
                                                                ELSE 2
                                                              END
                                                            ),
                                                            NULL
                                                          )
                                                        ) % 16
                                                      ) AS `reach__provenance`,
                                                      15 - (
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'impressions',
                                                            (
                                                              DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                            ) + (
                                                              15 - CASE `t78`.`provenance`
                                                                WHEN 'measured'
                                                                THEN 0
                                                                WHEN 'self_reported'
                                                                THEN 1
                                                                WHEN 'estimated'
                                                                THEN 2
                                                                ELSE 2
                                                              END
                                                            ),
                                                            NULL
                                                          )
                                                        ) % 16
                                                      ) AS `impressions__provenance`,
                                                      15 - (
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'views',
                                                            (
                                                              DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                            ) + (
                                                              15 - CASE `t78`.`provenance`
                                                                WHEN 'measured'
                                                                THEN 0
                                                                WHEN 'self_reported'
                                                                THEN 1
                                                                WHEN 'estimated'
                                                                THEN 2
                                                                ELSE 2
                                                              END
                                                            ),
                                                            NULL
                                                          )
                                                        ) % 16
                                                      ) AS `views__provenance`,
                                                      15 - (
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'likes',
                                                            (
                                                              DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                            ) + (
                                                              15 - CASE `t78`.`provenance`
                                                                WHEN 'measured'
                                                                THEN 0
                                                                WHEN 'self_reported'
                                                                THEN 1
                                                                WHEN 'estimated'
                                                                THEN 2
                                                                ELSE 2
                                                              END
                                                            ),
                                                            NULL
                                                          )
                                                        ) % 16
                                                      ) AS `likes__provenance`,
                                                      15 - (
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'comments',
                                                            (
                                                              DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                            ) + (
                                                              15 - CASE `t78`.`provenance`
                                                                WHEN 'measured'
                                                                THEN 0
                                                                WHEN 'self_reported'
                                                                THEN 1
                                                                WHEN 'estimated'
                                                                THEN 2
                                                                ELSE 2
                                                              END
                                                            ),
                                                            NULL
                                                          )
                                                        ) % 16
                                                      ) AS `comments__provenance`,
                                                      15 - (
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'shares',
                                                            (
                                                              DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                            ) + (
                                                              15 - CASE `t78`.`provenance`
                                                                WHEN 'measured'
                                                                THEN 0
                                                                WHEN 'self_reported'
                                                                THEN 1
                                                                WHEN 'estimated'
                                                                THEN 2
                                                                ELSE 2
                                                              END
                                                            ),
                                                            NULL
                                                          )
                                                        ) % 16
                                                      ) AS `shares__provenance`,
                                                      15 - (
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'saves',
                                                            (
                                                              DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                            ) + (
                                                              15 - CASE `t78`.`provenance`
                                                                WHEN 'measured'
                                                                THEN 0
                                                                WHEN 'self_reported'
                                                                THEN 1
                                                                WHEN 'estimated'
                                                                THEN 2
                                                                ELSE 2
                                                              END
                                                            ),
                                                            NULL
                                                          )
                                                        ) % 16
                                                      ) AS `saves__provenance`,
                                                      15 - (
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'clicks',
                                                            (
                                                              DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                            ) + (
                                                              15 - CASE `t78`.`provenance`
                                                                WHEN 'measured'
                                                                THEN 0
                                                                WHEN 'self_reported'
                                                                THEN 1
                                                                WHEN 'estimated'
                                                                THEN 2
                                                                ELSE 2
                                                              END
                                                            ),
                                                            NULL
                                                          )
                                                        ) % 16
                                                      ) AS `clicks__provenance`
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM (
                                                        SELECT
                                                          *
                                                        FROM `metric_snapshot` AS `t13`
                                                        WHERE
                                                          `t13`.`post_id` IN (
                                                            SELECT
                                                              `t10`.`id`
                                                            FROM `post` AS `t10`
                                                            WHERE
                                                              `t10`.`campaign_id` IS NOT NULL AND `t10`.`campaign_id` IN (1)
                                                          )
                                                      ) AS `t55`
                                                      WHERE
                                                        `t55`.`captured_at` <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                                                    ) AS `t78`
                                                    GROUP BY
                                                      1
                                                  ) AS `t117`
                                                    ON `t100`.`post_id` = `t117`.`post_id`
                                                  LEFT OUTER JOIN (
                                                    SELECT
                                                      `t105`.`post_id`,
                                                      CAST(IF(`t105`.`before` IS NOT NULL, `t105`.`before`, `t105`.`after`) AS DOUBLE) AS `followers`,
                                                      IF(`t105`.`before` IS NOT NULL, `t105`.`before_rank`, `t105`.`after_rank`) AS `followers__provenance`
                                                    FROM (
                                                      SELECT
                                                        CAST(`t79`.`post_id` AS BIGINT) AS `post_id`,
                                                        MAX_BY(
                                                          IF(`t79`.`captured_at` <= `t79`.`published_at`, `t79`.`followers`, NULL),
                                                          IF(`t79`.`captured_at` <= `t79`.`published_at`, `t79`.`captured_at`, NULL)
                                                        ) AS `before`,
                                                        MAX_BY(
                                                          IF(
                                                            `t79`.`captured_at` <= `t79`.`published_at`,
                                                            CASE `t79`.`provenance`
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END,
                                                            NULL
                                                          ),
                                                          IF(`t79`.`captured_at` <= `t79`.`published_at`, `t79`.`captured_at`, NULL)
                                                        ) AS `before_rank`,
                                                        MIN_BY(
                                                          IF(NOT (
                                                            `t79`.`captured_at` <= `t79`.`published_at`
                                                          ), `t79`.`followers`, NULL),
                                                          IF(NOT (
                                                            `t79`.`captured_at` <= `t79`.`published_at`
                                                          ), `t79`.`captured_at`, NULL)
                                                        ) AS `after`,
                                                        MIN_BY(
                                                          IF(
                                                            NOT (
                                                              `t79`.`captured_at` <= `t79`.`published_at`
                                                            ),
                                                            CASE `t79`.`provenance`
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END,
                                                            NULL
                                                          ),
                                                          IF(NOT (
                                                            `t79`.`captured_at` <= `t79`.`published_at`
                                                          ), `t79`.`captured_at`, NULL)
                                                        ) AS `after_rank`
                                                      FROM (
                                                        SELECT
                                                          `t48`.`post_id`,
                                                          `t48`.`account_id`,
                                                          `t48`.`published_at`,
                                                          `t25`.`id`,
                                                          `t25`.`captured_at`,
                                                          `t25`.`followers`,
                                                          `t25`.`source`,
                                                          `t25`.`provenance`
                                                        FROM (
                                                          SELECT
                                                            `t10`.`id` AS `post_id`,
                                                            `t10`.`account_id`,
                                                            `t10`.`published_at`
                                                          FROM `post` AS `t10`
                                                          WHERE
                                                            `t10`.`campaign_id` IS NOT NULL AND `t10`.`campaign_id` IN (1)
                                                        ) AS `t48`
                                                        INNER JOIN `follower_snapshot` AS `t25`
                                                          ON `t48`.`account_id` = `t25`.`account_id`
                                                      ) AS `t79`
                                                      GROUP BY
                                                        1
                                                    ) AS `t105`
                                                  ) AS `t124`
                                                    ON `t100`.`post_id` = `t124`.`post_id`
                                                ) AS `t137`
                                              ) AS `t146`
                                            ) AS `t159`
                                          ) AS `t166`
                                          INNER JOIN (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                CAST(`t0`.`id` AS BIGINT) AS `campaign_id`,
                                                EXPLODE(SPLIT(`t0`.`key_messages`, '\n')) AS `message`
                                              FROM `campaign` AS `t0`
                                            ) AS `t41`
                                            WHERE
                                              LENGTH(`t41`.`message`) > 0
                                          ) AS `t81`
                                            ON `t166`.`campaign_id` = `t81`.`campaign_id`
                                        ) AS `t174`
                                        GROUP BY
                                          1
                                      ) AS `t181`
                                        ON `t173`.`post_id` = `t181`.`post_id`
                                    ) AS `t182`
                                  ) AS `t183`
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      `t176`.`campaign_id`,
                                      `t176`.`campaign`,
                                      CAST(NULL AS BIGINT) AS `influencer_id`,
                                      CAST(NULL AS STRING) AS `influencer`,
                                      CAST(NULL AS BIGINT) AS `account_id`,
                                      `t176`.`platform`,
                                      CAST(NULL AS STRING) AS `format`,
                                      CAST(NULL AS BIGINT) AS `post_id`,
                                      `t176`.`day`,
                                      CAST(NULL AS DOUBLE) AS `reach`,
                                      CAST(NULL AS DOUBLE) AS `impressions`,
                                      CAST(NULL AS DOUBLE) AS `views`,
                                      CAST(NULL AS DOUBLE) AS `likes`,
                                      CAST(NULL AS DOUBLE) AS `comments`,
                                      CAST(NULL AS DOUBLE) AS `shares`,
                                      CAST(NULL AS DOUBLE) AS `saves`,
                                      CAST(NULL AS DOUBLE) AS `clicks`,
                                      CAST(NULL AS BIGINT) AS `reach__provenance`,
                                      CAST(NULL AS BIGINT) AS `impressions__provenance`,
                                      CAST(NULL AS BIGINT) AS `views__provenance`,
                                      CAST(NULL AS BIGINT) AS `likes__provenance`,
                                      CAST(NULL AS BIGINT) AS `comments__provenance`,
                                      CAST(NULL AS BIGINT) AS `shares__provenance`,
                                      CAST(NULL AS BIGINT) AS `saves__provenance`,
                                      CAST(NULL AS BIGINT) AS `clicks__provenance`,
                                      CAST(NULL AS DOUBLE) AS `followers`,
                                      CAST(NULL AS BIGINT) AS `followers__provenance`,
                                      CAST(NULL AS DOUBLE) AS `engagements`,
                                      CAST(NULL AS BIGINT) AS `engagements__provenance`,
                                      CAST(NULL AS DOUBLE) AS `impressions_with_estimates`,
                                      CAST(NULL AS BIGINT) AS `impressions_with_estimates__provenance`,
                                      CAST(NULL AS DOUBLE) AS `er_reach_post`,
                                      CAST(NULL AS DOUBLE) AS `er_followers_post`,
                                      CAST(NULL AS DOUBLE) AS `er_impressions_post`,
                                      CAST(NULL AS DOUBLE) AS `er_views_post`,
                                      CAST(NULL AS BIGINT) AS `er_reach_post__provenance`,
                                      CAST(NULL AS BIGINT) AS `er_followers_post__provenance`,
                                      CAST(NULL AS BIGINT) AS `er_impressions_post__provenance`,
                                      CAST(NULL AS BIGINT) AS `er_views_post__provenance`,
                                      CAST(NULL AS STRING) AS `post_platform`,
                                      CAST(NULL AS DOUBLE) AS `publishing_influencer`,
                                      CAST(NULL AS DOUBLE) AS `sponsored_posts`,
                                      CAST(NULL AS DOUBLE) AS `disclosed_sponsored_posts`,
                                      CAST(NULL AS DOUBLE) AS `cost`,
                                      CAST(NULL AS DOUBLE) AS `key_message_posts`,
                                      CAST(`t176`.`ugc_post` AS DOUBLE) AS `ugc_post`,
                                      CAST(NULL AS DOUBLE) AS `mentions`,
                                      CAST(NULL AS DOUBLE) AS `brand_mentions`,
                                      CAST(NULL AS DOUBLE) AS `mention_engagements`,
                                      CAST(NULL AS DOUBLE) AS `brand_mention_engagements`,
                                      CAST(NULL AS DOUBLE) AS `followers_start`,
                                      CAST(NULL AS DOUBLE) AS `followers_gained`,
                                      CAST(NULL AS DOUBLE) AS `followers_expected_gain`,
                                      CAST(NULL AS BIGINT) AS `followers_start__provenance`,
                                      CAST(NULL AS BIGINT) AS `followers_gained__provenance`,
                                      CAST(NULL AS BIGINT) AS `followers_expected_gain__provenance`,
                                      CAST(NULL AS DOUBLE) AS `brand_followers_start`,
                                      CAST(NULL AS DOUBLE) AS `brand_followers_gained`,
                                      CAST(NULL AS DOUBLE) AS `brand_followers_expected_gain`,
                                      CAST(NULL AS BIGINT) AS `brand_followers_start__provenance`,
                                      CAST(NULL AS BIGINT) AS `brand_followers_gained__provenance`,
                                      CAST(NULL AS BIGINT) AS `brand_followers_expected_gain__provenance`,
                                      CAST(NULL AS DOUBLE) AS `influencers_contacted`,
                                      CAST(NULL AS DOUBLE) AS `influencers_interested`,
                                      CAST(NULL AS DOUBLE) AS `posts_contracted`,
                                      CAST(NULL AS DOUBLE) AS `products_sent`,
                                      CAST(NULL AS DOUBLE) AS `link_clicks`,
                                      CAST(NULL AS DOUBLE) AS `unique_link_clicks`,
                                      CAST(NULL AS DOUBLE) AS `bot_link_clicks`,
                                      CAST(NULL AS DOUBLE) AS `sessions`,
                                      CAST(NULL AS DOUBLE) AS `new_users`,
                                      CAST(NULL AS DOUBLE) AS `engaged_sessions`,
                                      CAST(NULL AS DOUBLE) AS `bounced_sessions`,
                                      CAST(NULL AS DOUBLE) AS `session_seconds`,
                                      CAST(NULL AS DOUBLE) AS `page_views`,
                                      CAST(NULL AS DOUBLE) AS `key_events`,
                                      CAST(NULL AS DOUBLE) AS `orders`,
                                      CAST(NULL AS DOUBLE) AS `revenue`,
                                      CAST(NULL AS DOUBLE) AS `new_customers`,
                                      CAST(NULL AS DOUBLE) AS `key_messages`
                                    FROM (
                                      SELECT
                                        `t127`.`campaign_id`,
                                        `t127`.`campaign`,
                                        `t127`.`platform`,
                                        `t127`.`day`,
                                        `t127`.`post_id` AS `ugc_post`
                                      FROM (
                                        SELECT DISTINCT
                                          *
                                        FROM (
                                          SELECT
                                            `t82`.`campaign_id`,
                                            `t82`.`campaign`,
                                            `t94`.`post_id`,
                                            `t94`.`influencer_id`,
                                            `t94`.`platform`,
                                            `t94`.`day`
                                          FROM (
                                            SELECT
                                              CAST(`t49`.`id` AS BIGINT) AS `post_id`,
                                              CAST(`t17`.`id` AS BIGINT) AS `influencer_id`,
                                              `t17`.`workspace_id`,
                                              `t17`.`is_brand`,
                                              CAST(`t23`.`platform` AS STRING) AS `platform`,
                                              `t49`.`published_on` AS `day`,
                                              `t49`.`hashtags`
                                            FROM (
                                              SELECT
                                                *
                                              FROM `post` AS `t10`
                                              WHERE
                                                `t10`.`campaign_id` IS NULL
                                            ) AS `t49`
                                            INNER JOIN `account` AS `t23`
                                              ON `t49`.`account_id` = `t23`.`id`
                                            INNER JOIN `influencer` AS `t17`
                                              ON `t23`.`influencer_id` = `t17`.`id`
                                          ) AS `t94`
                                          INNER JOIN (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                CAST(`t0`.`id` AS BIGINT) AS `campaign_id`,
                                                CAST(`t0`.`name` AS STRING) AS `campaign`,
                                                `t0`.`workspace_id`,
                                                `t0`.`start_date` AS `start`,
                                                `t0`.`end_date` AS `end`,
                                                EXPLODE(SPLIT(`t0`.`hashtags`, ',')) AS `tag`
                                              FROM `campaign` AS `t0`
                                            ) AS `t42`
                                            WHERE
                                              LENGTH(`t42`.`tag`) > 0
                                          ) AS `t82`
                                            ON `t94`.`workspace_id` = `t82`.`workspace_id`
                                            AND `t94`.`day` >= `t82`.`start`
                                            AND `t94`.`day` <= `t82`.`end`
                                            AND NOT (
                                              `t94`.`is_brand`
                                            )
                                            AND CONTAINS(CONCAT(CONCAT(',', `t94`.`hashtags`), ','), CONCAT(CONCAT(',', `t82`.`tag`), ','))
                                        ) AS `t116`
                                      ) AS `t127`
                                      LEFT ANTI JOIN (
                                        SELECT DISTINCT
                                          *
                                        FROM (
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              CAST(`t4`.`campaign_id` AS BIGINT) AS `campaign_id`,
                                              CAST(`t4`.`influencer_id` AS BIGINT) AS `influencer_id`
                                            FROM `roster` AS `t4`
                                          ) AS `t33`
                                          UNION ALL
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              `t159`.`campaign_id`,
                                              `t159`.`influencer_id`
                                            FROM (
                                              SELECT
                                                `t146`.`campaign_id`,
                                                `t146`.`campaign`,
                                                `t146`.`influencer_id`,
                                                `t146`.`influencer`,
                                                `t146`.`account_id`,
                                                `t146`.`platform`,
                                                `t146`.`format`,
                                                `t146`.`post_id`,
                                                `t146`.`day`,
                                                `t146`.`country`,
                                                `t146`.`caption`,
                                                `t146`.`sponsored`,
                                                `t146`.`reach`,
                                                `t146`.`impressions`,
                                                `t146`.`views`,
                                                `t146`.`likes`,
                                                `t146`.`comments`,
                                                `t146`.`shares`,
                                                `t146`.`saves`,
                                                `t146`.`clicks`,
                                                `t146`.`reach__provenance`,
                                                `t146`.`impressions__provenance`,
                                                `t146`.`views__provenance`,
                                                `t146`.`likes__provenance`,
                                                `t146`.`comments__provenance`,
                                                `t146`.`shares__provenance`,
                                                `t146`.`saves__provenance`,
                                                `t146`.`clicks__provenance`,
                                                `t146`.`followers`,
                                                `t146`.`followers__provenance`,
                                                `t146`.`engagements`,
                                                `t146`.`engagements__provenance`,
                                                COALESCE(
                                                  COALESCE(`t146`.`impressions`, `t146`.`views`),
                                                  `t146`.`reach` * COALESCE(
                                                    SUM(
                                                      IF(
                                                        `t146`.`impressions` IS NOT NULL
                                                        AND NOT ISNAN(`t146`.`impressions`)
                                                        AND (
                                                          `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                        ),
                                                        `t146`.`impressions`,
                                                        NULL
                                                      )
                                                    ) OVER (
                                                      PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                    ) / NULLIF(
                                                      SUM(
                                                        IF(
                                                          `t146`.`impressions` IS NOT NULL
                                                          AND NOT ISNAN(`t146`.`impressions`)
                                                          AND (
                                                            `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                          ),
                                                          `t146`.`reach`,
                                                          NULL
                                                        )
                                                      ) OVER (
                                                        PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                      ),
                                                      0
                                                    ),
                                                    CAST(1 AS DOUBLE)
                                                  )
                                                ) AS `impressions_with_estimates`,
                                                IF(
                                                  COALESCE(
                                                    COALESCE(`t146`.`impressions`, `t146`.`views`),
                                                    `t146`.`reach` * COALESCE(
                                                      SUM(
                                                        IF(
                                                          `t146`.`impressions` IS NOT NULL
                                                          AND NOT ISNAN(`t146`.`impressions`)
                                                          AND (
                                                            `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                          ),
                                                          `t146`.`impressions`,
                                                          NULL
                                                        )
                                                      ) OVER (
                                                        PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                      ) / NULLIF(
                                                        SUM(
                                                          IF(
                                                            `t146`.`impressions` IS NOT NULL
                                                            AND NOT ISNAN(`t146`.`impressions`)
                                                            AND (
                                                              `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                            ),
                                                            `t146`.`reach`,
                                                            NULL
                                                          )
                                                        ) OVER (
                                                          PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                        ),
                                                        0
                                                      ),
                                                      CAST(1 AS DOUBLE)
                                                    )
                                                  ) IS NOT NULL
                                                  AND NOT ISNAN(
                                                    COALESCE(
                                                      COALESCE(`t146`.`impressions`, `t146`.`views`),
                                                      `t146`.`reach` * COALESCE(
                                                        SUM(
                                                          IF(
                                                            `t146`.`impressions` IS NOT NULL
                                                            AND NOT ISNAN(`t146`.`impressions`)
                                                            AND (
                                                              `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                            ),
                                                            `t146`.`impressions`,
                                                            NULL
                                                          )
                                                        ) OVER (
                                                          PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                        ) / NULLIF(
                                                          SUM(
                                                            IF(
                                                              `t146`.`impressions` IS NOT NULL
                                                              AND NOT ISNAN(`t146`.`impressions`)
                                                              AND (
                                                                `t146`.`reach` IS NOT NULL AND NOT ISNAN(`t146`.`reach`)
                                                              ),
                                                              `t146`.`reach`,
                                                              NULL
                                                            )
                                                          ) OVER (
                                                            PARTITION BY `t146`.`campaign_id`, `t146`.`platform`
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                          ),
                                                          0
                                                        ),
                                                        CAST(1 AS DOUBLE)
                                                      )
                                                    )
                                                  ),
                                                  IF(
                                                    `t146`.`impressions` IS NOT NULL AND NOT ISNAN(`t146`.`impressions`),
                                                    `t146`.`impressions__provenance`,
                                                    2
                                                  ),
                                                  CAST(NULL AS BIGINT)
                                                ) AS `impressions_with_estimates__provenance`,
                                                (
                                                  `t146`.`engagements` / NULLIF(`t146`.`reach`, 0)
                                                ) * 100 AS `er_reach_post`,
                                                (
                                                  `t146`.`engagements` / NULLIF(`t146`.`followers`, 0)
                                                ) * 100 AS `er_followers_post`,
                                                (
                                                  `t146`.`engagements` / NULLIF(`t146`.`impressions`, 0)
                                                ) * 100 AS `er_impressions_post`,
                                                (
                                                  `t146`.`engagements` / NULLIF(`t146`.`views`, 0)
                                                ) * 100 AS `er_views_post`,
                                                NULLIF(
                                                  GREATEST(
                                                    COALESCE(`t146`.`engagements__provenance`, -1),
                                                    COALESCE(`t146`.`reach__provenance`, -1)
                                                  ),
                                                  -1
                                                ) AS `er_reach_post__provenance`,
                                                NULLIF(
                                                  GREATEST(
                                                    COALESCE(`t146`.`engagements__provenance`, -1),
                                                    COALESCE(`t146`.`followers__provenance`, -1)
                                                  ),
                                                  -1
                                                ) AS `er_followers_post__provenance`,
                                                NULLIF(
                                                  GREATEST(
                                                    COALESCE(`t146`.`engagements__provenance`, -1),
                                                    COALESCE(`t146`.`impressions__provenance`, -1)
                                                  ),
                                                  -1
                                                ) AS `er_impressions_post__provenance`,
                                                NULLIF(
                                                  GREATEST(
                                                    COALESCE(`t146`.`engagements__provenance`, -1),
                                                    COALESCE(`t146`.`views__provenance`, -1)
                                                  ),
                                                  -1
                                                ) AS `er_views_post__provenance`,
                                                `t146`.`platform` AS `post_platform`,
                                                `t146`.`influencer_id` AS `publishing_influencer`,
                                                CAST(IF(`t146`.`sponsored`, 1, 0) AS DOUBLE) AS `sponsored_posts`,
                                                CAST(IF(
                                                  `t146`.`sponsored`
                                                  AND CASE
                                                    WHEN UPPER(`t146`.`country`) = 'FR'
                                                    THEN CONTAINS(LOWER(`t146`.`caption`), 'publicité')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'publicite')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'collaboration commerciale')
                                                    WHEN UPPER(`t146`.`country`) = 'BE'
                                                    THEN CONTAINS(LOWER(`t146`.`caption`), 'publicité')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'publicite')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'collaboration commerciale')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), '#pub')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'reclame')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), '#ad')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'samenwerking')
                                                    WHEN UPPER(`t146`.`country`) = 'DE'
                                                    THEN CONTAINS(LOWER(`t146`.`caption`), 'werbung')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'anzeige')
                                                    WHEN UPPER(`t146`.`country`) = 'ES'
                                                    THEN CONTAINS(LOWER(`t146`.`caption`), 'publicidad')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), '#publi')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'patrocinado')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'colaboración pagada')
                                                    WHEN UPPER(`t146`.`country`) = 'IT'
                                                    THEN CONTAINS(LOWER(`t146`.`caption`), 'pubblicità')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), '#adv')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'sponsorizzato')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), '#sponsored')
                                                    WHEN UPPER(`t146`.`country`) = 'GB'
                                                    THEN CONTAINS(LOWER(`t146`.`caption`), '#ad')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'advert')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'advertisement')
                                                    WHEN UPPER(`t146`.`country`) = 'US'
                                                    THEN CONTAINS(LOWER(`t146`.`caption`), '#ad')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), '#sponsored')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'advertisement')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'paid partnership')
                                                    ELSE CONTAINS(LOWER(`t146`.`caption`), '#ad')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), '#sponsored')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'paid partnership')
                                                    OR CONTAINS(LOWER(`t146`.`caption`), 'advertisement')
                                                  END,
                                                  1,
                                                  0
                                                ) AS DOUBLE) AS `disclosed_sponsored_posts`
                                              FROM (
                                                SELECT
                                                  `t137`.`campaign_id`,
                                                  `t137`.`campaign`,
                                                  `t137`.`influencer_id`,
                                                  `t137`.`influencer`,
                                                  `t137`.`account_id`,
                                                  `t137`.`platform`,
                                                  `t137`.`format`,
                                                  `t137`.`post_id`,
                                                  `t137`.`day`,
                                                  `t137`.`country`,
                                                  `t137`.`caption`,
                                                  `t137`.`sponsored`,
                                                  `t137`.`reach`,
                                                  `t137`.`impressions`,
                                                  `t137`.`views`,
                                                  `t137`.`likes`,
                                                  `t137`.`comments`,
                                                  `t137`.`shares`,
                                                  `t137`.`saves`,
                                                  `t137`.`clicks`,
                                                  `t137`.`reach__provenance`,
                                                  `t137`.`impressions__provenance`,
                                                  `t137`.`views__provenance`,
                                                  `t137`.`likes__provenance`,
                                                  `t137`.`comments__provenance`,
                                                  `t137`.`shares__provenance`,
                                                  `t137`.`saves__provenance`,
                                                  `t137`.`clicks__provenance`,
                                                  `t137`.`followers`,
                                                  `t137`.`followers__provenance`,
                                                  IF(
                                                    (
                                                      `t137`.`likes` IS NOT NULL AND NOT ISNAN(`t137`.`likes`)
                                                    )
                                                    OR (
                                                      `t137`.`comments` IS NOT NULL AND NOT ISNAN(`t137`.`comments`)
                                                    )
                                                    OR (
                                                      `t137`.`shares` IS NOT NULL AND NOT ISNAN(`t137`.`shares`)
                                                    )
                                                    OR (
                                                      `t137`.`saves` IS NOT NULL AND NOT ISNAN(`t137`.`saves`)
                                                    ),
                                                    CAST(0 AS DOUBLE) + COALESCE(`t137`.`likes`, 0) + COALESCE(`t137`.`comments`, 0) + COALESCE(`t137`.`shares`, 0) + COALESCE(`t137`.`saves`, 0),
                                                    CAST(NULL AS DOUBLE)
                                                  ) AS `engagements`,
                                                  NULLIF(
                                                    GREATEST(
                                                      COALESCE(`t137`.`likes__provenance`, -1),
                                                      COALESCE(`t137`.`comments__provenance`, -1),
                                                      COALESCE(`t137`.`shares__provenance`, -1),
                                                      COALESCE(`t137`.`saves__provenance`, -1)
                                                    ),
                                                    -1
                                                  ) AS `engagements__provenance`
                                                FROM (
                                                  SELECT
                                                    `t100`.`campaign_id`,
                                                    `t100`.`campaign`,
                                                    `t100`.`influencer_id`,
                                                    `t100`.`influencer`,
                                                    `t100`.`account_id`,
                                                    `t100`.`platform`,
                                                    `t100`.`format`,
                                                    `t100`.`post_id`,
                                                    `t100`.`day`,
                                                    `t100`.`country`,
                                                    `t100`.`caption`,
                                                    `t100`.`sponsored`,
                                                    `t117`.`reach`,
                                                    `t117`.`impressions`,
                                                    `t117`.`views`,
                                                    `t117`.`likes`,
                                                    `t117`.`comments`,
                                                    `t117`.`shares`,
                                                    `t117`.`saves`,
                                                    `t117`.`clicks`,
                                                    `t117`.`reach__provenance`,
                                                    `t117`.`impressions__provenance`,
                                                    `t117`.`views__provenance`,
                                                    `t117`.`likes__provenance`,
                                                    `t117`.`comments__provenance`,
                                                    `t117`.`shares__provenance`,
                                                    `t117`.`saves__provenance`,
                                                    `t117`.`clicks__provenance`,
                                                    `t124`.`followers`,
                                                    `t124`.`followers__provenance`
                                                  FROM `t77` AS `t100`
                                                  LEFT OUTER JOIN (
                                                    SELECT
                                                      CAST(`t78`.`post_id` AS BIGINT) AS `post_id`,
                                                      CAST(MAX_BY(
                                                        IF(`t78`.`metric` = 'reach', `t78`.`value`, NULL),
                                                        IF(
                                                          `t78`.`metric` = 'reach',
                                                          (
                                                            DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                          ) + (
                                                            15 - CASE `t78`.`provenance`
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ),
                                                          NULL
                                                        )
                                                      ) AS DOUBLE) AS `reach`,
                                                      CAST(MAX_BY(
                                                        IF(`t78`.`metric` = 'impressions', `t78`.`value`, NULL),
                                                        IF(
                                                          `t78`.`metric` = 'impressions',
                                                          (
                                                            DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                          ) + (
                                                            15 - CASE `t78`.`provenance`
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ),
                                                          NULL
                                                        )
                                                      ) AS DOUBLE) AS `impressions`,
                                                      CAST(MAX_BY(
                                                        IF(`t78`.`metric` = 'views', `t78`.`value`, NULL),
                                                        IF(
                                                          `t78`.`metric` = 'views',
                                                          (
                                                            DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                          ) + (
                                                            15 - CASE `t78`.`provenance`
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ),
                                                          NULL
                                                        )
                                                      ) AS DOUBLE) AS `views`,
                                                      CAST(MAX_BY(
                                                        IF(`t78`.`metric` = 'likes', `t78`.`value`, NULL),
                                                        IF(
                                                          `t78`.`metric` = 'likes',
                                                          (
                                                            DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                          ) + (
                                                            15 - CASE `t78`.`provenance`
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ),
                                                          NULL
                                                        )
                                                      ) AS DOUBLE) AS `likes`,
                                                      CAST(MAX_BY(
                                                        IF(`t78`.`metric` = 'comments', `t78`.`value`, NULL),
                                                        IF(
                                                          `t78`.`metric` = 'comments',
                                                          (
                                                            DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                          ) + (
                                                            15 - CASE `t78`.`provenance`
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ),
                                                          NULL
                                                        )
                                                      ) AS DOUBLE) AS `comments`,
                                                      CAST(MAX_BY(
                                                        IF(`t78`.`metric` = 'shares', `t78`.`value`, NULL),
                                                        IF(
                                                          `t78`.`metric` = 'shares',
                                                          (
                                                            DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                          ) + (
                                                            15 - CASE `t78`.`provenance`
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ),
                                                          NULL
                                                        )
                                                      ) AS DOUBLE) AS `shares`,
                                                      CAST(MAX_BY(
                                                        IF(`t78`.`metric` = 'saves', `t78`.`value`, NULL),
                                                        IF(
                                                          `t78`.`metric` = 'saves',
                                                          (
                                                            DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                          ) + (
                                                            15 - CASE `t78`.`provenance`
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ),
                                                          NULL
                                                        )
                                                      ) AS DOUBLE) AS `saves`,
                                                      CAST(MAX_BY(
                                                        IF(`t78`.`metric` = 'clicks', `t78`.`value`, NULL),
                                                        IF(
                                                          `t78`.`metric` = 'clicks',
                                                          (
                                                            DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                          ) + (
                                                            15 - CASE `t78`.`provenance`
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ),
                                                          NULL
                                                        )
                                                      ) AS DOUBLE) AS `clicks`,
                                                      15 - (
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'reach',
                                                            (
                                                              DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                            ) + (
                                                              15 - CASE `t78`.`provenance`
                                                                WHEN 'measured'
                                                                THEN 0
                                                                WHEN 'self_reported'
                                                                THEN 1
                                                                WHEN 'estimated'
                                                                THEN 2
                                                                ELSE 2
                                                              END
                                                            ),
                                                            NULL
                                                          )
                                                        ) % 16
                                                      ) AS `reach__provenance`,
                                                      15 - (
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'impressions',
                                                            (
                                                              DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                            ) + (
                                                              15 - CASE `t78`.`provenance`
                                                                WHEN 'measured'
                                                                THEN 0
                                                                WHEN 'self_reported'
                                                                THEN 1
                                                                WHEN 'estimated'
                                                                THEN 2
                                                                ELSE 2
                                                              END
                                                            ),
                                                            NULL
                                                          )
                                                        ) % 16
                                                      ) AS `impressions__provenance`,
                                                      15 - (
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'views',
                                                            (
                                                              DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                            ) + (
                                                              15 - CASE `t78`.`provenance`
                                                                WHEN 'measured'
                                                                THEN 0
                                                                WHEN 'self_reported'
                                                                THEN 1
                                                                WHEN 'estimated'
                                                                THEN 2
                                                                ELSE 2
                                                              END
                                                            ),
                                                            NULL
                                                          )
                                                        ) % 16
                                                      ) AS `views__provenance`,
                                                      15 - (
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'likes',
                                                            (
                                                              DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                            ) + (
                                                              15 - CASE `t78`.`provenance`
                                                                WHEN 'measured'
                                                                THEN 0
                                                                WHEN 'self_reported'
                                                                THEN 1
                                                                WHEN 'estimated'
                                                                THEN 2
                                                                ELSE 2
                                                              END
                                                            ),
                                                            NULL
                                                          )
                                                        ) % 16
                                                      ) AS `likes__provenance`,
                                                      15 - (
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'comments',
                                                            (
                                                              DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                            ) + (
                                                              15 - CASE `t78`.`provenance`
                                                                WHEN 'measured'
                                                                THEN 0
                                                                WHEN 'self_reported'
                                                                THEN 1
                                                                WHEN 'estimated'
                                                                THEN 2
                                                                ELSE 2
                                                              END
                                                            ),
                                                            NULL
                                                          )
                                                        ) % 16
                                                      ) AS `comments__provenance`,
                                                      15 - (
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'shares',
                                                            (
                                                              DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                            ) + (
                                                              15 - CASE `t78`.`provenance`
                                                                WHEN 'measured'
                                                                THEN 0
                                                                WHEN 'self_reported'
                                                                THEN 1
                                                                WHEN 'estimated'
                                                                THEN 2
                                                                ELSE 2
                                                              END
                                                            ),
                                                            NULL
                                                          )
                                                        ) % 16
                                                      ) AS `shares__provenance`,
                                                      15 - (
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'saves',
                                                            (
                                                              DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                            ) + (
                                                              15 - CASE `t78`.`provenance`
                                                                WHEN 'measured'
                                                                THEN 0
                                                                WHEN 'self_reported'
                                                                THEN 1
                                                                WHEN 'estimated'
                                                                THEN 2
                                                                ELSE 2
                                                              END
                                                            ),
                                                            NULL
                                                          )
                                                        ) % 16
                                                      ) AS `saves__provenance`,
                                                      15 - (
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'clicks',
                                                            (
                                                              DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t78`.`captured_at`) * 16
                                                            ) + (
                                                              15 - CASE `t78`.`provenance`
                                                                WHEN 'measured'
                                                                THEN 0
                                                                WHEN 'self_reported'
                                                                THEN 1
                                                                WHEN 'estimated'
                                                                THEN 2
                                                                ELSE 2
                                                              END
                                                            ),
                                                            NULL
                                                          )
                                                        ) % 16
                                                      ) AS `clicks__provenance`
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM (
                                                        SELECT
                                                          *
                                                        FROM `metric_snapshot` AS `t13`
                                                        WHERE
                                                          `t13`.`post_id` IN (
                                                            SELECT
                                                              `t10`.`id`
                                                            FROM `post` AS `t10`
                                                            WHERE
                                                              `t10`.`campaign_id` IS NOT NULL AND `t10`.`campaign_id` IN (1)
                                                          )
                                                      ) AS `t55`
                                                      WHERE
                                                        `t55`.`captured_at` <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                                                    ) AS `t78`
                                                    GROUP BY
                                                      1
                                                  ) AS `t117`
                                                    ON `t100`.`post_id` = `t117`.`post_id`
                                                  LEFT OUTER JOIN (
                                                    SELECT
                                                      `t105`.`post_id`,
                                                      CAST(IF(`t105`.`before` IS NOT NULL, `t105`.`before`, `t105`.`after`) AS DOUBLE) AS `followers`,
                                                      IF(`t105`.`before` IS NOT NULL, `t105`.`before_rank`, `t105`.`after_rank`) AS `followers__provenance`
                                                    FROM (
                                                      SELECT
                                                        CAST(`t79`.`post_id` AS BIGINT) AS `post_id`,
                                                        MAX_BY(
                                                          IF(`t79`.`captured_at` <= `t79`.`published_at`, `t79`.`followers`, NULL),
                                                          IF(`t79`.`captured_at` <= `t79`.`published_at`, `t79`.`captured_at`, NULL)
                                                        ) AS `before`,
                                                        MAX_BY(
                                                          IF(
                                                            `t79`.`captured_at` <= `t79`.`published_at`,
                                                            CASE `t79`.`provenance`
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END,
                                                            NULL
                                                          ),
                                                          IF(`t79`.`captured_at` <= `t79`.`published_at`, `t79`.`captured_at`, NULL)
                                                        ) AS `before_rank`,
                                                        MIN_BY(
                                                          IF(NOT (
                                                            `t79`.`captured_at` <= `t79`.`published_at`
                                                          ), `t79`.`followers`, NULL),
                                                          IF(NOT (
                                                            `t79`.`captured_at` <= `t79`.`published_at`
                                                          ), `t79`.`captured_at`, NULL)
                                                        ) AS `after`,
                                                        MIN_BY(
                                                          IF(
                                                            NOT (
                                                              `t79`.`captured_at` <= `t79`.`published_at`
                                                            ),
                                                            CASE `t79`.`provenance`
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END,
                                                            NULL
                                                          ),
                                                          IF(NOT (
                                                            `t79`.`captured_at` <= `t79`.`published_at`
                                                          ), `t79`.`captured_at`, NULL)
                                                        ) AS `after_rank`
                                                      FROM (
                                                        SELECT
                                                          `t48`.`post_id`,
                                                          `t48`.`account_id`,
                                                          `t48`.`published_at`,
                                                          `t25`.`id`,
                                                          `t25`.`captured_at`,
                                                          `t25`.`followers`,
                                                          `t25`.`source`,
                                                          `t25`.`provenance`
                                                        FROM (
                                                          SELECT
                                                            `t10`.`id` AS `post_id`,
                                                            `t10`.`account_id`,
                                                            `t10`.`published_at`
                                                          FROM `post` AS `t10`
                                                          WHERE
                                                            `t10`.`campaign_id` IS NOT NULL AND `t10`.`campaign_id` IN (1)
                                                        ) AS `t48`
                                                        INNER JOIN `follower_snapshot` AS `t25`
                                                          ON `t48`.`account_id` = `t25`.`account_id`
                                                      ) AS `t79`
                                                      GROUP BY
                                                        1
                                                    ) AS `t105`
                                                  ) AS `t124`
                                                    ON `t100`.`post_id` = `t124`.`post_id`
                                                ) AS `t137`
                                              ) AS `t146`
                                            ) AS `t159`
                                          ) AS `t163`
                                        ) AS `t165`
                                      ) AS `t171`
                                        ON `t127`.`campaign_id` = `t171`.`campaign_id`
                                        AND `t127`.`influencer_id` = `t171`.`influencer_id`
                                    ) AS `t176`
                                  ) AS `t179`
                                ) AS `t184`
                                UNION ALL
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    `t122`.`campaign_id`,
                                    `t122`.`campaign`,
                                    `t122`.`influencer_id`,
                                    `t122`.`influencer`,
                                    CAST(NULL AS BIGINT) AS `account_id`,
                                    CAST(NULL AS STRING) AS `platform`,
                                    CAST(NULL AS STRING) AS `format`,
                                    CAST(NULL AS BIGINT) AS `post_id`,
                                    `t122`.`day`,
                                    CAST(NULL AS DOUBLE) AS `reach`,
                                    CAST(NULL AS DOUBLE) AS `impressions`,
                                    CAST(NULL AS DOUBLE) AS `views`,
                                    CAST(NULL AS DOUBLE) AS `likes`,
                                    CAST(NULL AS DOUBLE) AS `comments`,
                                    CAST(NULL AS DOUBLE) AS `shares`,
                                    CAST(NULL AS DOUBLE) AS `saves`,
                                    CAST(NULL AS DOUBLE) AS `clicks`,
                                    CAST(NULL AS BIGINT) AS `reach__provenance`,
                                    CAST(NULL AS BIGINT) AS `impressions__provenance`,
                                    CAST(NULL AS BIGINT) AS `views__provenance`,
                                    CAST(NULL AS BIGINT) AS `likes__provenance`,
                                    CAST(NULL AS BIGINT) AS `comments__provenance`,
                                    CAST(NULL AS BIGINT) AS `shares__provenance`,
                                    CAST(NULL AS BIGINT) AS `saves__provenance`,
                                    CAST(NULL AS BIGINT) AS `clicks__provenance`,
                                    CAST(NULL AS DOUBLE) AS `followers`,
                                    CAST(NULL AS BIGINT) AS `followers__provenance`,
                                    CAST(NULL AS DOUBLE) AS `engagements`,
                                    CAST(NULL AS BIGINT) AS `engagements__provenance`,
                                    CAST(NULL AS DOUBLE) AS `impressions_with_estimates`,
                                    CAST(NULL AS BIGINT) AS `impressions_with_estimates__provenance`,
                                    CAST(NULL AS DOUBLE) AS `er_reach_post`,
                                    CAST(NULL AS DOUBLE) AS `er_followers_post`,
                                    CAST(NULL AS DOUBLE) AS `er_impressions_post`,
                                    CAST(NULL AS DOUBLE) AS `er_views_post`,
                                    CAST(NULL AS BIGINT) AS `er_reach_post__provenance`,
                                    CAST(NULL AS BIGINT) AS `er_followers_post__provenance`,
                                    CAST(NULL AS BIGINT) AS `er_impressions_post__provenance`,
                                    CAST(NULL AS BIGINT) AS `er_views_post__provenance`,
                                    CAST(NULL AS STRING) AS `post_platform`,
                                    CAST(NULL AS DOUBLE) AS `publishing_influencer`,
                                    CAST(NULL AS DOUBLE) AS `sponsored_posts`,
                                    CAST(NULL AS DOUBLE) AS `disclosed_sponsored_posts`,
                                    `t122`.`cost`,
                                    CAST(NULL AS DOUBLE) AS `key_message_posts`,
                                    CAST(NULL AS DOUBLE) AS `ugc_post`,
                                    CAST(NULL AS DOUBLE) AS `mentions`,
                                    CAST(NULL AS DOUBLE) AS `brand_mentions`,
                                    CAST(NULL AS DOUBLE) AS `mention_engagements`,
                                    CAST(NULL AS DOUBLE) AS `brand_mention_engagements`,
                                    CAST(NULL AS DOUBLE) AS `followers_start`,
                                    CAST(NULL AS DOUBLE) AS `followers_gained`,
                                    CAST(NULL AS DOUBLE) AS `followers_expected_gain`,
                                    CAST(NULL AS BIGINT) AS `followers_start__provenance`,
                                    CAST(NULL AS BIGINT) AS `followers_gained__provenance`,
                                    CAST(NULL AS BIGINT) AS `followers_expected_gain__provenance`,
                                    CAST(NULL AS DOUBLE) AS `brand_followers_start`,
                                    CAST(NULL AS DOUBLE) AS `brand_followers_gained`,
                                    CAST(NULL AS DOUBLE) AS `brand_followers_expected_gain`,
                                    CAST(NULL AS BIGINT) AS `brand_followers_start__provenance`,
                                    CAST(NULL AS BIGINT) AS `brand_followers_gained__provenance`,
                                    CAST(NULL AS BIGINT) AS `brand_followers_expected_gain__provenance`,
                                    CAST(NULL AS DOUBLE) AS `influencers_contacted`,
                                    CAST(NULL AS DOUBLE) AS `influencers_interested`,
                                    CAST(NULL AS DOUBLE) AS `posts_contracted`,
                                    CAST(NULL AS DOUBLE) AS `products_sent`,
                                    CAST(NULL AS DOUBLE) AS `link_clicks`,
                                    CAST(NULL AS DOUBLE) AS `unique_link_clicks`,
                                    CAST(NULL AS DOUBLE) AS `bot_link_clicks`,
                                    CAST(NULL AS DOUBLE) AS `sessions`,
                                    CAST(NULL AS DOUBLE) AS `new_users`,
                                    CAST(NULL AS DOUBLE) AS `engaged_sessions`,
                                    CAST(NULL AS DOUBLE) AS `bounced_sessions`,
                                    CAST(NULL AS DOUBLE) AS `session_seconds`,
                                    CAST(NULL AS DOUBLE) AS `page_views`,
                                    CAST(NULL AS DOUBLE) AS `key_events`,
                                    CAST(NULL AS DOUBLE) AS `orders`,
                                    CAST(NULL AS DOUBLE) AS `revenue`,
                                    CAST(NULL AS DOUBLE) AS `new_customers`,
                                    CAST(NULL AS DOUBLE) AS `key_messages`
                                  FROM (
                                    SELECT
                                      `t97`.`campaign_id`,
                                      `t97`.`campaign`,
                                      `t97`.`influencer_id`,
                                      CAST(`t17`.`name` AS STRING) AS `influencer`,
                                      `t97`.`incurred_on` AS `day`,
                                      `t97`.`amount` AS `cost`
                                    FROM `t75` AS `t97`
                                    LEFT ANTI JOIN (
                                      SELECT
                                        `t91`.`campaign_id`,
                                        `t91`.`campaign`,
                                        `t91`.`influencer_id`,
                                        `t91`.`influencer`,
                                        `t91`.`account_id`,
                                        `t91`.`platform`,
                                        `t91`.`format`,
                                        `t91`.`post_id`,
                                        `t91`.`day`,
                                        `t91`.`country`,
                                        `t91`.`caption`,
                                        `t91`.`sponsored`,
                                        COUNT(`t91`.`post_id`) OVER (
                                          PARTITION BY `t91`.`campaign_id`, `t91`.`influencer_id`
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        ) AS `n_posts`
                                      FROM `t77` AS `t91`
                                    ) AS `t112`
                                      ON `t97`.`campaign_id` = `t112`.`campaign_id`
                                      AND `t97`.`influencer_id` = `t112`.`influencer_id`
                                    LEFT OUTER JOIN `influencer` AS `t17`
                                      ON `t97`.`influencer_id` = `t17`.`id`
                                  ) AS `t122`
                                ) AS `t131`
                              ) AS `t186`
                              UNION ALL
                              SELECT
                                *
                              FROM (
                                SELECT
                                  `t62`.`campaign_id`,
                                  `t62`.`campaign`,
                                  CAST(NULL AS BIGINT) AS `influencer_id`,
                                  CAST(NULL AS STRING) AS `influencer`,
                                  CAST(NULL AS BIGINT) AS `account_id`,
                                  `t62`.`platform`,
                                  CAST(NULL AS STRING) AS `format`,
                                  CAST(NULL AS BIGINT) AS `post_id`,
                                  `t62`.`day`,
                                  CAST(NULL AS DOUBLE) AS `reach`,
                                  CAST(NULL AS DOUBLE) AS `impressions`,
                                  CAST(NULL AS DOUBLE) AS `views`,
                                  CAST(NULL AS DOUBLE) AS `likes`,
                                  CAST(NULL AS DOUBLE) AS `comments`,
                                  CAST(NULL AS DOUBLE) AS `shares`,
                                  CAST(NULL AS DOUBLE) AS `saves`,
                                  CAST(NULL AS DOUBLE) AS `clicks`,
                                  CAST(NULL AS BIGINT) AS `reach__provenance`,
                                  CAST(NULL AS BIGINT) AS `impressions__provenance`,
                                  CAST(NULL AS BIGINT) AS `views__provenance`,
                                  CAST(NULL AS BIGINT) AS `likes__provenance`,
                                  CAST(NULL AS BIGINT) AS `comments__provenance`,
                                  CAST(NULL AS BIGINT) AS `shares__provenance`,
                                  CAST(NULL AS BIGINT) AS `saves__provenance`,
                                  CAST(NULL AS BIGINT) AS `clicks__provenance`,
                                  CAST(NULL AS DOUBLE) AS `followers`,
                                  CAST(NULL AS BIGINT) AS `followers__provenance`,
                                  CAST(NULL AS DOUBLE) AS `engagements`,
                                  CAST(NULL AS BIGINT) AS `engagements__provenance`,
                                  CAST(NULL AS DOUBLE) AS `impressions_with_estimates`,
                                  CAST(NULL AS BIGINT) AS `impressions_with_estimates__provenance`,
                                  CAST(NULL AS DOUBLE) AS `er_reach_post`,
                                  CAST(NULL AS DOUBLE) AS `er_followers_post`,
                                  CAST(NULL AS DOUBLE) AS `er_impressions_post`,
                                  CAST(NULL AS DOUBLE) AS `er_views_post`,
                                  CAST(NULL AS BIGINT) AS `er_reach_post__provenance`,
                                  CAST(NULL AS BIGINT) AS `er_followers_post__provenance`,
                                  CAST(NULL AS BIGINT) AS `er_impressions_post__provenance`,
                                  CAST(NULL AS BIGINT) AS `er_views_post__provenance`,
                                  CAST(NULL AS STRING) AS `post_platform`,
                                  CAST(NULL AS DOUBLE) AS `publishing_influencer`,
                                  CAST(NULL AS DOUBLE) AS `sponsored_posts`,
                                  CAST(NULL AS DOUBLE) AS `disclosed_sponsored_posts`,
                                  CAST(NULL AS DOUBLE) AS `cost`,
                                  CAST(NULL AS DOUBLE) AS `key_message_posts`,
                                  CAST(NULL AS DOUBLE) AS `ugc_post`,
                                  `t62`.`mentions`,
                                  `t62`.`brand_mentions`,
                                  `t62`.`mention_engagements`,
                                  `t62`.`brand_mention_engagements`,
                                  CAST(NULL AS DOUBLE) AS `followers_start`,
                                  CAST(NULL AS DOUBLE) AS `followers_gained`,
                                  CAST(NULL AS DOUBLE) AS `followers_expected_gain`,
                                  CAST(NULL AS BIGINT) AS `followers_start__provenance`,
                                  CAST(NULL AS BIGINT) AS `followers_gained__provenance`,
                                  CAST(NULL AS BIGINT) AS `followers_expected_gain__provenance`,
                                  CAST(NULL AS DOUBLE) AS `brand_followers_start`,
                                  CAST(NULL AS DOUBLE) AS `brand_followers_gained`,
                                  CAST(NULL AS DOUBLE) AS `brand_followers_expected_gain`,
                                  CAST(NULL AS BIGINT) AS `brand_followers_start__provenance`,
                                  CAST(NULL AS BIGINT) AS `brand_followers_gained__provenance`,
                                  CAST(NULL AS BIGINT) AS `brand_followers_expected_gain__provenance`,
                                  CAST(NULL AS DOUBLE) AS `influencers_contacted`,
                                  CAST(NULL AS DOUBLE) AS `influencers_interested`,
                                  CAST(NULL AS DOUBLE) AS `posts_contracted`,
                                  CAST(NULL AS DOUBLE) AS `products_sent`,
                                  CAST(NULL AS DOUBLE) AS `link_clicks`,
                                  CAST(NULL AS DOUBLE) AS `unique_link_clicks`,
                                  CAST(NULL AS DOUBLE) AS `bot_link_clicks`,
                                  CAST(NULL AS DOUBLE) AS `sessions`,
                                  CAST(NULL AS DOUBLE) AS `new_users`,
                                  CAST(NULL AS DOUBLE) AS `engaged_sessions`,
                                  CAST(NULL AS DOUBLE) AS `bounced_sessions`,
                                  CAST(NULL AS DOUBLE) AS `session_seconds`,
                                  CAST(NULL AS DOUBLE) AS `page_views`,
                                  CAST(NULL AS DOUBLE) AS `key_events`,
                                  CAST(NULL AS DOUBLE) AS `orders`,
                                  CAST(NULL AS DOUBLE) AS `revenue`,
                                  CAST(NULL AS DOUBLE) AS `new_customers`,
                                  CAST(NULL AS DOUBLE) AS `key_messages`
                                FROM (
                                  SELECT
                                    CAST(`t14`.`id` AS BIGINT) AS `campaign_id`,
                                    CAST(`t14`.`name` AS STRING) AS `campaign`,
                                    CAST(`t20`.`platform` AS STRING) AS `platform`,
                                    `t20`.`mentioned_on` AS `day`,
                                    CAST(1 AS DOUBLE) AS `mentions`,
                                    CAST(IF(`t20`.`own`, 1, 0) AS DOUBLE) AS `brand_mentions`,
                                    `t20`.`engagements` AS `mention_engagements`,
                                    CAST(IF(`t20`.`own`, 1, 0) AS DOUBLE) * `t20`.`engagements` AS `brand_mention_engagements`
                                  FROM `mention` AS `t20`
                                  INNER JOIN `campaign` AS `t14`
                                    ON `t20`.`workspace_id` = `t14`.`workspace_id`
                                    AND `t20`.`mentioned_on` >= `t14`.`start_date`
                                    AND `t20`.`mentioned_on` <= `t14`.`end_date`
                                ) AS `t62`
                              ) AS `t73`
                            ) AS `t187`
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                `t178`.`campaign_id`,
                                `t178`.`campaign`,
                                `t178`.`influencer_id`,
                                `t178`.`influencer`,
                                `t178`.`account_id`,
                                `t178`.`platform`,
                                CAST(NULL AS STRING) AS `format`,
                                CAST(NULL AS BIGINT) AS `post_id`,
                                `t178`.`day`,
                                CAST(NULL AS DOUBLE) AS `reach`,
                                CAST(NULL AS DOUBLE) AS `impressions`,
                                CAST(NULL AS DOUBLE) AS `views`,
                                CAST(NULL AS DOUBLE) AS `likes`,
                                CAST(NULL AS DOUBLE) AS `comments`,
                                CAST(NULL AS DOUBLE) AS `shares`,
                                CAST(NULL AS DOUBLE) AS `saves`,
                                CAST(NULL AS DOUBLE) AS `clicks`,
                                CAST(NULL AS BIGINT) AS `reach__provenance`,
                                CAST(NULL AS BIGINT) AS `impressions__provenance`,
                                CAST(NULL AS BIGINT) AS `views__provenance`,
                                CAST(NULL AS BIGINT) AS `likes__provenance`,
                                CAST(NULL AS BIGINT) AS `comments__provenance`,
                                CAST(NULL AS BIGINT) AS `shares__provenance`,
                                CAST(NULL AS BIGINT) AS `saves__provenance`,
                                CAST(NULL AS BIGINT) AS `clicks__provenance`,
                                CAST(NULL AS DOUBLE) AS `followers`,
                                CAST(NULL AS BIGINT) AS `followers__provenance`,
                                CAST(NULL AS DOUBLE) AS `engagements`,
                                CAST(NULL AS BIGINT) AS `engagements__provenance`,
                                CAST(NULL AS DOUBLE) AS `impressions_with_estimates`,
                                CAST(NULL AS BIGINT) AS `impressions_with_estimates__provenance`,
                                CAST(NULL AS DOUBLE) AS `er_reach_post`,
                                CAST(NULL AS DOUBLE) AS `er_followers_post`,
                                CAST(NULL AS DOUBLE) AS `er_impressions_post`,
                                CAST(NULL AS DOUBLE) AS `er_views_post`,
                                CAST(NULL AS BIGINT) AS `er_reach_post__provenance`,
                                CAST(NULL AS BIGINT) AS `er_followers_post__provenance`,
                                CAST(NULL AS BIGINT) AS `er_impressions_post__provenance`,
                                CAST(NULL AS BIGINT) AS `er_views_post__provenance`,
                                CAST(NULL AS STRING) AS `post_platform`,
                                CAST(NULL AS DOUBLE) AS `publishing_influencer`,
                                CAST(NULL AS DOUBLE) AS `sponsored_posts`,
                                CAST(NULL AS DOUBLE) AS `disclosed_sponsored_posts`,
                                CAST(NULL AS DOUBLE) AS `cost`,
                                CAST(NULL AS DOUBLE) AS `key_message_posts`,
                                CAST(NULL AS DOUBLE) AS `ugc_post`,
                                CAST(NULL AS DOUBLE) AS `mentions`,
                                CAST(NULL AS DOUBLE) AS `brand_mentions`,
                                CAST(NULL AS DOUBLE) AS `mention_engagements`,
                                CAST(NULL AS DOUBLE) AS `brand_mention_engagements`,
                                IF(`t178`.`is_brand` = FALSE, `t178`.`start_followers`, CAST(NULL AS DOUBLE)) AS `followers_start`,
                                IF(
                                  `t178`.`is_brand` = FALSE,
                                  IF(
                                    `t178`.`end_seen_at` > `t178`.`start_seen_at`,
                                    `t178`.`end_followers` - `t178`.`start_followers`,
                                    CAST(NULL AS DOUBLE)
                                  ),
                                  CAST(NULL AS DOUBLE)
                                ) AS `followers_gained`,
                                IF(
                                  `t178`.`is_brand` = FALSE,
                                  IF(
                                    `t178`.`end_seen_at` > `t178`.`start_seen_at`,
                                    (
                                      (
                                        `t178`.`start_followers` - `t178`.`before_followers`
                                      ) / NULLIF(CAST(`t178`.`start_seen_at` - `t178`.`before_seen_at` AS DOUBLE), 0)
                                    ) * (
                                      `t178`.`end_seen_at` - `t178`.`start_seen_at`
                                    ),
                                    CAST(NULL AS DOUBLE)
                                  ),
                                  CAST(NULL AS DOUBLE)
                                ) AS `followers_expected_gain`,
                                CAST(IF(`t178`.`is_brand` = FALSE, `t178`.`start_rank`, CAST(NULL AS TINYINT)) AS BIGINT) AS `followers_start__provenance`,
                                IF(
                                  `t178`.`is_brand` = FALSE,
                                  IF(
                                    `t178`.`end_seen_at` > `t178`.`start_seen_at`,
                                    NULLIF(GREATEST(COALESCE(`t178`.`start_rank`, -1), COALESCE(`t178`.`end_rank`, -1)), -1),
                                    CAST(NULL AS BIGINT)
                                  ),
                                  CAST(NULL AS BIGINT)
                                ) AS `followers_gained__provenance`,
                                IF(
                                  `t178`.`is_brand` = FALSE,
                                  IF(
                                    IF(
                                      `t178`.`end_seen_at` > `t178`.`start_seen_at`,
                                      (
                                        (
                                          `t178`.`start_followers` - `t178`.`before_followers`
                                        ) / NULLIF(CAST(`t178`.`start_seen_at` - `t178`.`before_seen_at` AS DOUBLE), 0)
                                      ) * (
                                        `t178`.`end_seen_at` - `t178`.`start_seen_at`
                                      ),
                                      CAST(NULL AS DOUBLE)
                                    ) IS NOT NULL
                                    AND NOT ISNAN(
                                      IF(
                                        `t178`.`end_seen_at` > `t178`.`start_seen_at`,
                                        (
                                          (
                                            `t178`.`start_followers` - `t178`.`before_followers`
                                          ) / NULLIF(CAST(`t178`.`start_seen_at` - `t178`.`before_seen_at` AS DOUBLE), 0)
                                        ) * (
                                          `t178`.`end_seen_at` - `t178`.`start_seen_at`
                                        ),
                                        CAST(NULL AS DOUBLE)
                                      )
                                    ),
                                    NULLIF(
                                      GREATEST(
                                        COALESCE(
                                          IF(
                                            `t178`.`end_seen_at` > `t178`.`start_seen_at`,
                                            NULLIF(GREATEST(COALESCE(`t178`.`start_rank`, -1), COALESCE(`t178`.`end_rank`, -1)), -1),
                                            CAST(NULL AS BIGINT)
                                          ),
                                          -1
                                        ),
                                        COALESCE(`t178`.`before_rank`, -1)
                                      ),
                                      -1
                                    ),
                                    CAST(NULL AS BIGINT)
                                  ),
                                  CAST(NULL AS BIGINT)
                                ) AS `followers_expected_gain__provenance`,
                                IF(`t178`.`is_brand` = TRUE, `t178`.`start_followers`, CAST(NULL AS DOUBLE)) AS `brand_followers_start`,
                                IF(
                                  `t178`.`is_brand` = TRUE,
                                  IF(
                                    `t178`.`end_seen_at` > `t178`.`start_seen_at`,
                                    `t178`.`end_followers` - `t178`.`start_followers`,
                                    CAST(NULL AS DOUBLE)
                                  ),
                                  CAST(NULL AS DOUBLE)
                                ) AS `brand_followers_gained`,
                                IF(
                                  `t178`.`is_brand` = TRUE,
                                  IF(
                                    `t178`.`end_seen_at` > `t178`.`start_seen_at`,
                                    (
                                      (
                                        `t178`.`start_followers` - `t178`.`before_followers`
                                      ) / NULLIF(CAST(`t178`.`start_seen_at` - `t178`.`before_seen_at` AS DOUBLE), 0)
                                    ) * (
                                      `t178`.`end_seen_at` - `t178`.`start_seen_at`
                                    ),
                                    CAST(NULL AS DOUBLE)
                                  ),
                                  CAST(NULL AS DOUBLE)
                                ) AS `brand_followers_expected_gain`,
                                CAST(IF(`t178`.`is_brand` = TRUE, `t178`.`start_rank`, CAST(NULL AS TINYINT)) AS BIGINT) AS `brand_followers_start__provenance`,
                                IF(
                                  `t178`.`is_brand` = TRUE,
                                  IF(
                                    `t178`.`end_seen_at` > `t178`.`start_seen_at`,
                                    NULLIF(GREATEST(COALESCE(`t178`.`start_rank`, -1), COALESCE(`t178`.`end_rank`, -1)), -1),
                                    CAST(NULL AS BIGINT)
                                  ),
                                  CAST(NULL AS BIGINT)
                                ) AS `brand_followers_gained__provenance`,
                                IF(
                                  `t178`.`is_brand` = TRUE,
                                  IF(
                                    IF(
                                      `t178`.`end_seen_at` > `t178`.`start_seen_at`,
                                      (
                                        (
                                          `t178`.`start_followers` - `t178`.`before_followers`
                                        ) / NULLIF(CAST(`t178`.`start_seen_at` - `t178`.`before_seen_at` AS DOUBLE), 0)
                                      ) * (
                                        `t178`.`end_seen_at` - `t178`.`start_seen_at`
                                      ),
                                      CAST(NULL AS DOUBLE)
                                    ) IS NOT NULL
                                    AND NOT ISNAN(
                                      IF(
                                        `t178`.`end_seen_at` > `t178`.`start_seen_at`,
                                        (
                                          (
                                            `t178`.`start_followers` - `t178`.`before_followers`
                                          ) / NULLIF(CAST(`t178`.`start_seen_at` - `t178`.`before_seen_at` AS DOUBLE), 0)
                                        ) * (
                                          `t178`.`end_seen_at` - `t178`.`start_seen_at`
                                        ),
                                        CAST(NULL AS DOUBLE)
                                      )
                                    ),
                                    NULLIF(
                                      GREATEST(
                                        COALESCE(
                                          IF(
                                            `t178`.`end_seen_at` > `t178`.`start_seen_at`,
                                            NULLIF(GREATEST(COALESCE(`t178`.`start_rank`, -1), COALESCE(`t178`.`end_rank`, -1)), -1),
                                            CAST(NULL AS BIGINT)
                                          ),
                                          -1
                                        ),
                                        COALESCE(`t178`.`before_rank`, -1)
                                      ),
                                      -1
                                    ),
                                    CAST(NULL AS BIGINT)
                                  ),
                                  CAST(NULL AS BIGINT)
                                ) AS `brand_followers_expected_gain__provenance`,
                                CAST(NULL AS DOUBLE) AS `influencers_contacted`,
                                CAST(NULL AS DOUBLE) AS `influencers_interested`,
                                CAST(NULL AS DOUBLE) AS `posts_contracted`,
                                CAST(NULL AS DOUBLE) AS `products_sent`,
                                CAST(NULL AS DOUBLE) AS `link_clicks`,
                                CAST(NULL AS DOUBLE) AS `unique_link_clicks`,
                                CAST(NULL AS DOUBLE) AS `bot_link_clicks`,
                                CAST(NULL AS DOUBLE) AS `sessions`,
                                CAST(NULL AS DOUBLE) AS `new_users`,
                                CAST(NULL AS DOUBLE) AS `engaged_sessions`,
                                CAST(NULL AS DOUBLE) AS `bounced_sessions`,
                                CAST(NULL AS DOUBLE) AS `session_seconds`,
                                CAST(NULL AS DOUBLE) AS `page_views`,
                                CAST(NULL AS DOUBLE) AS `key_events`,
                                CAST(NULL AS DOUBLE) AS `orders`,
                                CAST(NULL AS DOUBLE) AS `revenue`,
                                CAST(NULL AS DOUBLE) AS `new_customers`,
                                CAST(NULL AS DOUBLE) AS `key_messages`
                              FROM (
                                SELECT
                                  `t175`.`campaign_id`,
                                  `t175`.`campaign`,
                                  `t175`.`influencer_id`,
                                  `t175`.`influencer`,
                                  `t175`.`account_id`,
                                  `t175`.`platform`,
                                  `t175`.`is_brand`,
                                  `t175`.`day`,
                                  `t175`.`start_at`,
                                  `t175`.`end_at`,
                                  `t175`.`start_followers`,
                                  `t175`.`start_seen_at`,
                                  `t175`.`start_rank`,
                                  `t175`.`end_followers`,
                                  `t175`.`end_seen_at`,
                                  `t175`.`end_rank`,
                                  `t154`.`before_followers`,
                                  `t154`.`before_seen_at`,
                                  `t154`.`before_rank`
                                FROM (
                                  SELECT
                                    `t162`.`campaign_id`,
                                    `t162`.`campaign`,
                                    `t162`.`influencer_id`,
                                    `t162`.`influencer`,
                                    `t162`.`account_id`,
                                    `t162`.`platform`,
                                    `t162`.`is_brand`,
                                    `t162`.`day`,
                                    `t162`.`start_at`,
                                    `t162`.`end_at`,
                                    `t162`.`start_followers`,
                                    `t162`.`start_seen_at`,
                                    `t162`.`start_rank`,
                                    `t153`.`end_followers`,
                                    `t153`.`end_seen_at`,
                                    `t153`.`end_rank`
                                  FROM (
                                    SELECT
                                      `t134`.`campaign_id`,
                                      `t134`.`campaign`,
                                      `t134`.`influencer_id`,
                                      `t134`.`influencer`,
                                      `t134`.`account_id`,
                                      `t134`.`platform`,
                                      `t134`.`is_brand`,
                                      `t134`.`day`,
                                      `t134`.`start_at`,
                                      `t134`.`end_at`,
                                      `t156`.`start_followers`,
                                      `t156`.`start_seen_at`,
                                      `t156`.`start_rank`
                                    FROM (
                                      SELECT
                                        `t114`.`campaign_id`,
                                        CAST(`t14`.`name` AS STRING) AS `campaign`,
                                        CAST(`t18`.`id` AS BIGINT) AS `influencer_id`,
                                        CAST(`t18`.`name` AS STRING) AS `influencer`,
                                        `t114`.`account_id`,
                                        CAST(`t24`.`platform` AS STRING) AS `platform`,
                                        `t114`.`is_brand`,
                                        `t14`.`end_date` AS `day`,
                                        UNIX_TIMESTAMP(CAST(CAST(`t14`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start_at`,
                                        UNIX_TIMESTAMP(CAST(CAST(`t14`.`end_date` AS TIMESTAMP) AS TIMESTAMP)) + 86400 AS `end_at`
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            `t99`.`campaign_id`,
                                            `t99`.`account_id`,
                                            FALSE AS `is_brand`
                                          FROM (
                                            SELECT DISTINCT
                                              `t85`.`campaign_id`,
                                              `t85`.`account_id`
                                            FROM (
                                              SELECT
                                                CAST(`t46`.`campaign_id` AS BIGINT) AS `campaign_id`,
                                                CAST(`t15`.`name` AS STRING) AS `campaign`,
                                                CAST(`t43`.`id` AS BIGINT) AS `influencer_id`,
                                                CAST(`t43`.`name` AS STRING) AS `influencer`,
                                                CAST(`t23`.`id` AS BIGINT) AS `account_id`,
                                                CAST(`t23`.`platform` AS STRING) AS `platform`,
                                                CAST(`t46`.`format` AS STRING) AS `format`,
                                                CAST(`t46`.`id` AS BIGINT) AS `post_id`,
                                                `t46`.`published_on` AS `day`,
                                                `t43`.`country`,
                                                CAST(`t46`.`caption` AS STRING) AS `caption`,
                                                `t46`.`sponsored`
                                              FROM (
                                                SELECT
                                                  *
                                                FROM `post` AS `t10`
                                                WHERE
                                                  `t10`.`campaign_id` IS NOT NULL
                                              ) AS `t46`
                                              INNER JOIN `account` AS `t23`
                                                ON `t46`.`account_id` = `t23`.`id`
                                              INNER JOIN (
                                                SELECT
                                                  *
                                                FROM `influencer` AS `t2`
                                                WHERE
                                                  NOT (
                                                    `t2`.`is_brand`
                                                  )
                                              ) AS `t43`
                                                ON `t23`.`influencer_id` = `t43`.`id`
                                              INNER JOIN `campaign` AS `t15`
                                                ON `t46`.`campaign_id` = `t15`.`id`
                                            ) AS `t85`
                                          ) AS `t99`
                                        ) AS `t104`
                                        UNION ALL
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            CAST(`t16`.`id` AS BIGINT) AS `campaign_id`,
                                            CAST(`t24`.`id` AS BIGINT) AS `account_id`,
                                            TRUE AS `is_brand`
                                          FROM `campaign` AS `t16`
                                          INNER JOIN (
                                            SELECT
                                              *
                                            FROM `influencer` AS `t2`
                                            WHERE
                                              `t2`.`is_brand`
                                          ) AS `t32`
                                            ON `t32`.`workspace_id` = `t16`.`workspace_id`
                                          INNER JOIN `account` AS `t24`
                                            ON `t24`.`influencer_id` = `t32`.`id`
                                        ) AS `t65`
                                      ) AS `t114`
                                      INNER JOIN `campaign` AS `t14`
                                        ON `t114`.`campaign_id` = `t14`.`id`
                                      INNER JOIN `account` AS `t24`
                                        ON `t114`.`account_id` = `t24`.`id`
                                      INNER JOIN `influencer` AS `t18`
                                        ON `t24`.`influencer_id` = `t18`.`id`
                                    ) AS `t134`
                                    INNER JOIN (
                                      SELECT
                                        `t150`.`campaign_id`,
                                        `t150`.`account_id`,
                                        CAST(`t150`.`followers` AS DOUBLE) AS `start_followers`,
                                        `t150`.`at` AS `start_seen_at`,
                                        `t150`.`rank` AS `start_rank`
                                      FROM (
                                        SELECT
                                          `t145`.`campaign_id`,
                                          `t145`.`campaign`,
                                          `t145`.`influencer_id`,
                                          `t145`.`influencer`,
                                          `t145`.`account_id`,
                                          `t145`.`platform`,
                                          `t145`.`is_brand`,
                                          `t145`.`day`,
                                          `t145`.`start_at`,
                                          `t145`.`end_at`,
                                          `t145`.`followers`,
                                          `t145`.`at`,
                                          `t145`.`rank`,
                                          ROW_NUMBER() OVER (
                                            PARTITION BY `t145`.`campaign_id`, `t145`.`account_id`
                                            ORDER BY IF(`t145`.`at` <= `t145`.`start_at`, 0, 1) ASC NULLS LAST, ABS(`t145`.`at` - `t145`.`start_at`) ASC NULLS LAST
                                          ) - 1 AS `order`
                                        FROM `t144` AS `t145`
                                      ) AS `t150`
                                      WHERE
                                        `t150`.`order` = 0
                                    ) AS `t156`
                                      ON `t134`.`campaign_id` = `t156`.`campaign_id`
                                      AND `t134`.`account_id` = `t156`.`account_id`
                                  ) AS `t162`
                                  LEFT OUTER JOIN (
                                    SELECT
                                      `t148`.`campaign_id`,
                                      `t148`.`account_id`,
                                      CAST(`t148`.`followers` AS DOUBLE) AS `end_followers`,
                                      `t148`.`at` AS `end_seen_at`,
                                      `t148`.`rank` AS `end_rank`
                                    FROM (
                                      SELECT
                                        `t145`.`campaign_id`,
                                        `t145`.`campaign`,
                                        `t145`.`influencer_id`,
                                        `t145`.`influencer`,
                                        `t145`.`account_id`,
                                        `t145`.`platform`,
                                        `t145`.`is_brand`,
                                        `t145`.`day`,
                                        `t145`.`start_at`,
                                        `t145`.`end_at`,
                                        `t145`.`followers`,
                                        `t145`.`at`,
                                        `t145`.`rank`,
                                        ROW_NUMBER() OVER (PARTITION BY `t145`.`campaign_id`, `t145`.`account_id` ORDER BY `t145`.`at` DESC) - 1 AS `order`
                                      FROM `t144` AS `t145`
                                    ) AS `t148`
                                    WHERE
                                      `t148`.`order` = 0
                                  ) AS `t153`
                                    ON `t162`.`campaign_id` = `t153`.`campaign_id`
                                    AND `t162`.`account_id` = `t153`.`account_id`
                                ) AS `t175`
                                LEFT OUTER JOIN (
                                  SELECT
                                    `t149`.`campaign_id`,
                                    `t149`.`account_id`,
                                    CAST(`t149`.`followers` AS DOUBLE) AS `before_followers`,
                                    `t149`.`at` AS `before_seen_at`,
                                    `t149`.`rank` AS `before_rank`
                                  FROM (
                                    SELECT
                                      `t147`.`campaign_id`,
                                      `t147`.`campaign`,
                                      `t147`.`influencer_id`,
                                      `t147`.`influencer`,
                                      `t147`.`account_id`,
                                      `t147`.`platform`,
                                      `t147`.`is_brand`,
                                      `t147`.`day`,
                                      `t147`.`start_at`,
                                      `t147`.`end_at`,
                                      `t147`.`followers`,
                                      `t147`.`at`,
                                      `t147`.`rank`,
                                      ROW_NUMBER() OVER (PARTITION BY `t147`.`campaign_id`, `t147`.`account_id` ORDER BY `t147`.`at` DESC) - 1 AS `order`
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          `t134`.`campaign_id`,
                                          `t134`.`campaign`,
                                          `t134`.`influencer_id`,
                                          `t134`.`influencer`,
                                          `t134`.`account_id`,
                                          `t134`.`platform`,
                                          `t134`.`is_brand`,
                                          `t134`.`day`,
                                          `t134`.`start_at`,
                                          `t134`.`end_at`,
                                          `t56`.`followers`,
                                          `t56`.`at`,
                                          `t56`.`rank`
                                        FROM (
                                          SELECT
                                            `t114`.`campaign_id`,
                                            CAST(`t14`.`name` AS STRING) AS `campaign`,
                                            CAST(`t18`.`id` AS BIGINT) AS `influencer_id`,
                                            CAST(`t18`.`name` AS STRING) AS `influencer`,
                                            `t114`.`account_id`,
                                            CAST(`t24`.`platform` AS STRING) AS `platform`,
                                            `t114`.`is_brand`,
                                            `t14`.`end_date` AS `day`,
                                            UNIX_TIMESTAMP(CAST(CAST(`t14`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start_at`,
                                            UNIX_TIMESTAMP(CAST(CAST(`t14`.`end_date` AS TIMESTAMP) AS TIMESTAMP)) + 86400 AS `end_at`
                                          FROM (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                `t99`.`campaign_id`,
                                                `t99`.`account_id`,
                                                FALSE AS `is_brand`
                                              FROM (
                                                SELECT DISTINCT
                                                  `t85`.`campaign_id`,
                                                  `t85`.`account_id`
                                                FROM (
                                                  SELECT
                                                    CAST(`t46`.`campaign_id` AS BIGINT) AS `campaign_id`,
                                                    CAST(`t15`.`name` AS STRING) AS `campaign`,
                                                    CAST(`t43`.`id` AS BIGINT) AS `influencer_id`,
                                                    CAST(`t43`.`name` AS STRING) AS `influencer`,
                                                    CAST(`t23`.`id` AS BIGINT) AS `account_id`,
                                                    CAST(`t23`.`platform` AS STRING) AS `platform`,
                                                    CAST(`t46`.`format` AS STRING) AS `format`,
                                                    CAST(`t46`.`id` AS BIGINT) AS `post_id`,
                                                    `t46`.`published_on` AS `day`,
                                                    `t43`.`country`,
                                                    CAST(`t46`.`caption` AS STRING) AS `caption`,
                                                    `t46`.`sponsored`
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM `post` AS `t10`
                                                    WHERE
                                                      `t10`.`campaign_id` IS NOT NULL
                                                  ) AS `t46`
                                                  INNER JOIN `account` AS `t23`
                                                    ON `t46`.`account_id` = `t23`.`id`
                                                  INNER JOIN (
                                                    SELECT
                                                      *
                                                    FROM `influencer` AS `t2`
                                                    WHERE
                                                      NOT (
                                                        `t2`.`is_brand`
                                                      )
                                                  ) AS `t43`
                                                    ON `t23`.`influencer_id` = `t43`.`id`
                                                  INNER JOIN `campaign` AS `t15`
                                                    ON `t46`.`campaign_id` = `t15`.`id`
                                                ) AS `t85`
                                              ) AS `t99`
                                            ) AS `t104`
                                            UNION ALL
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                CAST(`t16`.`id` AS BIGINT) AS `campaign_id`,
                                                CAST(`t24`.`id` AS BIGINT) AS `account_id`,
                                                TRUE AS `is_brand`
                                              FROM `campaign` AS `t16`
                                              INNER JOIN (
                                                SELECT
                                                  *
                                                FROM `influencer` AS `t2`
                                                WHERE
                                                  `t2`.`is_brand`
                                              ) AS `t32`
                                                ON `t32`.`workspace_id` = `t16`.`workspace_id`
                                              INNER JOIN `account` AS `t24`
                                                ON `t24`.`influencer_id` = `t32`.`id`
                                            ) AS `t65`
                                          ) AS `t114`
                                          INNER JOIN `campaign` AS `t14`
                                            ON `t114`.`campaign_id` = `t14`.`id`
                                          INNER JOIN `account` AS `t24`
                                            ON `t114`.`account_id` = `t24`.`id`
                                          INNER JOIN `influencer` AS `t18`
                                            ON `t24`.`influencer_id` = `t18`.`id`
                                        ) AS `t134`
                                        INNER JOIN (
                                          SELECT
                                            CAST(`t12`.`account_id` AS BIGINT) AS `account_id`,
                                            `t12`.`followers`,
                                            UNIX_TIMESTAMP(CAST(CAST(`t12`.`captured_at` AS TIMESTAMP) AS TIMESTAMP)) AS `at`,
                                            CASE `t12`.`provenance`
                                              WHEN 'measured'
                                              THEN 0
                                              WHEN 'self_reported'
                                              THEN 1
                                              WHEN 'estimated'
                                              THEN 2
                                              ELSE 2
                                            END AS `rank`
                                          FROM `follower_snapshot` AS `t12`
                                        ) AS `t56`
                                          ON `t134`.`account_id` = `t56`.`account_id`
                                      ) AS `t143`
                                      WHERE
                                        `t143`.`at` <= (
                                          `t143`.`start_at` - (
                                            `t143`.`end_at` - `t143`.`start_at`
                                          )
                                        )
                                    ) AS `t147`
                                  ) AS `t149`
                                  WHERE
                                    `t149`.`order` = 0
                                ) AS `t154`
                                  ON `t175`.`campaign_id` = `t154`.`campaign_id`
                                  AND `t175`.`account_id` = `t154`.`account_id`
                              ) AS `t178`
                            ) AS `t185`
                          ) AS `t188`
                          UNION ALL
                          SELECT
                            *
                          FROM (
                            SELECT
                              `t60`.`campaign_id`,
                              `t60`.`campaign`,
                              `t60`.`influencer_id`,
                              `t60`.`influencer`,
                              CAST(NULL AS BIGINT) AS `account_id`,
                              CAST(NULL AS STRING) AS `platform`,
                              CAST(NULL AS STRING) AS `format`,
                              CAST(NULL AS BIGINT) AS `post_id`,
                              `t60`.`day`,
                              CAST(NULL AS DOUBLE) AS `reach`,
                              CAST(NULL AS DOUBLE) AS `impressions`,
                              CAST(NULL AS DOUBLE) AS `views`,
                              CAST(NULL AS DOUBLE) AS `likes`,
                              CAST(NULL AS DOUBLE) AS `comments`,
                              CAST(NULL AS DOUBLE) AS `shares`,
                              CAST(NULL AS DOUBLE) AS `saves`,
                              CAST(NULL AS DOUBLE) AS `clicks`,
                              CAST(NULL AS BIGINT) AS `reach__provenance`,
                              CAST(NULL AS BIGINT) AS `impressions__provenance`,
                              CAST(NULL AS BIGINT) AS `views__provenance`,
                              CAST(NULL AS BIGINT) AS `likes__provenance`,
                              CAST(NULL AS BIGINT) AS `comments__provenance`,
                              CAST(NULL AS BIGINT) AS `shares__provenance`,
                              CAST(NULL AS BIGINT) AS `saves__provenance`,
                              CAST(NULL AS BIGINT) AS `clicks__provenance`,
                              CAST(NULL AS DOUBLE) AS `followers`,
                              CAST(NULL AS BIGINT) AS `followers__provenance`,
                              CAST(NULL AS DOUBLE) AS `engagements`,
                              CAST(NULL AS BIGINT) AS `engagements__provenance`,
                              CAST(NULL AS DOUBLE) AS `impressions_with_estimates`,
                              CAST(NULL AS BIGINT) AS `impressions_with_estimates__provenance`,
                              CAST(NULL AS DOUBLE) AS `er_reach_post`,
                              CAST(NULL AS DOUBLE) AS `er_followers_post`,
                              CAST(NULL AS DOUBLE) AS `er_impressions_post`,
                              CAST(NULL AS DOUBLE) AS `er_views_post`,
                              CAST(NULL AS BIGINT) AS `er_reach_post__provenance`,
                              CAST(NULL AS BIGINT) AS `er_followers_post__provenance`,
                              CAST(NULL AS BIGINT) AS `er_impressions_post__provenance`,
                              CAST(NULL AS BIGINT) AS `er_views_post__provenance`,
                              CAST(NULL AS STRING) AS `post_platform`,
                              CAST(NULL AS DOUBLE) AS `publishing_influencer`,
                              CAST(NULL AS DOUBLE) AS `sponsored_posts`,
                              CAST(NULL AS DOUBLE) AS `disclosed_sponsored_posts`,
                              CAST(NULL AS DOUBLE) AS `cost`,
                              CAST(NULL AS DOUBLE) AS `key_message_posts`,
                              CAST(NULL AS DOUBLE) AS `ugc_post`,
                              CAST(NULL AS DOUBLE) AS `mentions`,
                              CAST(NULL AS DOUBLE) AS `brand_mentions`,
                              CAST(NULL AS DOUBLE) AS `mention_engagements`,
                              CAST(NULL AS DOUBLE) AS `brand_mention_engagements`,
                              CAST(NULL AS DOUBLE) AS `followers_start`,
                              CAST(NULL AS DOUBLE) AS `followers_gained`,
                              CAST(NULL AS DOUBLE) AS `followers_expected_gain`,
                              CAST(NULL AS BIGINT) AS `followers_start__provenance`,
                              CAST(NULL AS BIGINT) AS `followers_gained__provenance`,
                              CAST(NULL AS BIGINT) AS `followers_expected_gain__provenance`,
                              CAST(NULL AS DOUBLE) AS `brand_followers_start`,
                              CAST(NULL AS DOUBLE) AS `brand_followers_gained`,
                              CAST(NULL AS DOUBLE) AS `brand_followers_expected_gain`,
                              CAST(NULL AS BIGINT) AS `brand_followers_start__provenance`,
                              CAST(NULL AS BIGINT) AS `brand_followers_gained__provenance`,
                              CAST(NULL AS BIGINT) AS `brand_followers_expected_gain__provenance`,
                              `t60`.`influencers_contacted`,
                              `t60`.`influencers_interested`,
                              `t60`.`posts_contracted`,
                              `t60`.`products_sent`,
                              CAST(NULL AS DOUBLE) AS `link_clicks`,
                              CAST(NULL AS DOUBLE) AS `unique_link_clicks`,
                              CAST(NULL AS DOUBLE) AS `bot_link_clicks`,
                              CAST(NULL AS DOUBLE) AS `sessions`,
                              CAST(NULL AS DOUBLE) AS `new_users`,
                              CAST(NULL AS DOUBLE) AS `engaged_sessions`,
                              CAST(NULL AS DOUBLE) AS `bounced_sessions`,
                              CAST(NULL AS DOUBLE) AS `session_seconds`,
                              CAST(NULL AS DOUBLE) AS `page_views`,
                              CAST(NULL AS DOUBLE) AS `key_events`,
                              CAST(NULL AS DOUBLE) AS `orders`,
                              CAST(NULL AS DOUBLE) AS `revenue`,
                              CAST(NULL AS DOUBLE) AS `new_customers`,
                              CAST(NULL AS DOUBLE) AS `key_messages`
                            FROM (
                              SELECT
                                CAST(`t19`.`campaign_id` AS BIGINT) AS `campaign_id`,
                                CAST(`t14`.`name` AS STRING) AS `campaign`,
                                CAST(`t19`.`influencer_id` AS BIGINT) AS `influencer_id`,
                                CAST(`t17`.`name` AS STRING) AS `influencer`,
                                `t14`.`start_date` AS `day`,
                                CAST(1 AS DOUBLE) AS `influencers_contacted`,
                                CAST(IF(`t19`.`status` IN ('interested', 'activated'), 1, 0) AS DOUBLE) AS `influencers_interested`,
                                CAST(`t19`.`posts_contracted` AS DOUBLE) AS `posts_contracted`,
                                CAST(`t19`.`products_sent` AS DOUBLE) AS `products_sent`
                              FROM `roster` AS `t19`
                              INNER JOIN `campaign` AS `t14`
                                ON `t19`.`campaign_id` = `t14`.`id`
                              INNER JOIN `influencer` AS `t17`
                                ON `t19`.`influencer_id` = `t17`.`id`
                            ) AS `t60`
                          ) AS `t72`
                        ) AS `t189`
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            `t103`.`campaign_id`,
                            `t103`.`campaign`,
                            `t103`.`influencer_id`,
                            `t103`.`influencer`,
                            CAST(NULL AS BIGINT) AS `account_id`,
                            `t103`.`platform`,
                            CAST(NULL AS STRING) AS `format`,
                            `t103`.`post_id`,
                            `t103`.`day`,
                            CAST(NULL AS DOUBLE) AS `reach`,
                            CAST(NULL AS DOUBLE) AS `impressions`,
                            CAST(NULL AS DOUBLE) AS `views`,
                            CAST(NULL AS DOUBLE) AS `likes`,
                            CAST(NULL AS DOUBLE) AS `comments`,
                            CAST(NULL AS DOUBLE) AS `shares`,
                            CAST(NULL AS DOUBLE) AS `saves`,
                            CAST(NULL AS DOUBLE) AS `clicks`,
                            CAST(NULL AS BIGINT) AS `reach__provenance`,
                            CAST(NULL AS BIGINT) AS `impressions__provenance`,
                            CAST(NULL AS BIGINT) AS `views__provenance`,
                            CAST(NULL AS BIGINT) AS `likes__provenance`,
                            CAST(NULL AS BIGINT) AS `comments__provenance`,
                            CAST(NULL AS BIGINT) AS `shares__provenance`,
                            CAST(NULL AS BIGINT) AS `saves__provenance`,
                            CAST(NULL AS BIGINT) AS `clicks__provenance`,
                            CAST(NULL AS DOUBLE) AS `followers`,
                            CAST(NULL AS BIGINT) AS `followers__provenance`,
                            CAST(NULL AS DOUBLE) AS `engagements`,
                            CAST(NULL AS BIGINT) AS `engagements__provenance`,
                            CAST(NULL AS DOUBLE) AS `impressions_with_estimates`,
                            CAST(NULL AS BIGINT) AS `impressions_with_estimates__provenance`,
                            CAST(NULL AS DOUBLE) AS `er_reach_post`,
                            CAST(NULL AS DOUBLE) AS `er_followers_post`,
                            CAST(NULL AS DOUBLE) AS `er_impressions_post`,
                            CAST(NULL AS DOUBLE) AS `er_views_post`,
                            CAST(NULL AS BIGINT) AS `er_reach_post__provenance`,
                            CAST(NULL AS BIGINT) AS `er_followers_post__provenance`,
                            CAST(NULL AS BIGINT) AS `er_impressions_post__provenance`,
                            CAST(NULL AS BIGINT) AS `er_views_post__provenance`,
                            CAST(NULL AS STRING) AS `post_platform`,
                            CAST(NULL AS DOUBLE) AS `publishing_influencer`,
                            CAST(NULL AS DOUBLE) AS `sponsored_posts`,
                            CAST(NULL AS DOUBLE) AS `disclosed_sponsored_posts`,
                            CAST(NULL AS DOUBLE) AS `cost`,
                            CAST(NULL AS DOUBLE) AS `key_message_posts`,
                            CAST(NULL AS DOUBLE) AS `ugc_post`,
                            CAST(NULL AS DOUBLE) AS `mentions`,
                            CAST(NULL AS DOUBLE) AS `brand_mentions`,
                            CAST(NULL AS DOUBLE) AS `mention_engagements`,
                            CAST(NULL AS DOUBLE) AS `brand_mention_engagements`,
                            CAST(NULL AS DOUBLE) AS `followers_start`,
                            CAST(NULL AS DOUBLE) AS `followers_gained`,
                            CAST(NULL AS DOUBLE) AS `followers_expected_gain`,
                            CAST(NULL AS BIGINT) AS `followers_start__provenance`,
                            CAST(NULL AS BIGINT) AS `followers_gained__provenance`,
                            CAST(NULL AS BIGINT) AS `followers_expected_gain__provenance`,
                            CAST(NULL AS DOUBLE) AS `brand_followers_start`,
                            CAST(NULL AS DOUBLE) AS `brand_followers_gained`,
                            CAST(NULL AS DOUBLE) AS `brand_followers_expected_gain`,
                            CAST(NULL AS BIGINT) AS `brand_followers_start__provenance`,
                            CAST(NULL AS BIGINT) AS `brand_followers_gained__provenance`,
                            CAST(NULL AS BIGINT) AS `brand_followers_expected_gain__provenance`,
                            CAST(NULL AS DOUBLE) AS `influencers_contacted`,
                            CAST(NULL AS DOUBLE) AS `influencers_interested`,
                            CAST(NULL AS DOUBLE) AS `posts_contracted`,
                            CAST(NULL AS DOUBLE) AS `products_sent`,
                            `t103`.`link_clicks`,
                            `t103`.`unique_link_clicks`,
                            `t103`.`bot_link_clicks`,
                            CAST(NULL AS DOUBLE) AS `sessions`,
                            CAST(NULL AS DOUBLE) AS `new_users`,
                            CAST(NULL AS DOUBLE) AS `engaged_sessions`,
                            CAST(NULL AS DOUBLE) AS `bounced_sessions`,
                            CAST(NULL AS DOUBLE) AS `session_seconds`,
                            CAST(NULL AS DOUBLE) AS `page_views`,
                            CAST(NULL AS DOUBLE) AS `key_events`,
                            CAST(NULL AS DOUBLE) AS `orders`,
                            CAST(NULL AS DOUBLE) AS `revenue`,
                            CAST(NULL AS DOUBLE) AS `new_customers`,
                            CAST(NULL AS DOUBLE) AS `key_messages`
                          FROM (
                            SELECT
                              `t83`.`campaign_id`,
                              `t83`.`influencer_id`,
                              `t83`.`post_id`,
                              `t83`.`platform`,
                              `t83`.`day`,
                              `t83`.`link_clicks`,
                              `t83`.`unique_link_clicks`,
                              `t83`.`bot_link_clicks`,
                              CAST(`t14`.`name` AS STRING) AS `campaign`,
                              CAST(`t17`.`name` AS STRING) AS `influencer`
                            FROM (
                              SELECT
                                CAST(`t22`.`campaign_id` AS BIGINT) AS `campaign_id`,
                                CAST(`t22`.`influencer_id` AS BIGINT) AS `influencer_id`,
                                CAST(`t22`.`post_id` AS BIGINT) AS `post_id`,
                                CAST(`t22`.`platform` AS STRING) AS `platform`,
                                CAST(`t21`.`clicked_at` AS DATE) AS `day`,
                                CAST(IF(NOT (
                                  `t21`.`is_bot`
                                ), 1, 0) AS DOUBLE) AS `link_clicks`,
                                CAST(IF(NOT (
                                  `t21`.`is_bot`
                                ) AND `t21`.`is_unique`, 1, 0) AS DOUBLE) AS `unique_link_clicks`,
                                CAST(IF(`t21`.`is_bot`, 1, 0) AS DOUBLE) AS `bot_link_clicks`
                              FROM `click` AS `t21`
                              INNER JOIN `link` AS `t22`
                                ON `t21`.`link_id` = `t22`.`id`
                            ) AS `t83`
                            INNER JOIN `campaign` AS `t14`
                              ON `t83`.`campaign_id` = `t14`.`id`
                            LEFT OUTER JOIN `influencer` AS `t17`
                              ON `t83`.`influencer_id` = `t17`.`id`
                          ) AS `t103`
                        ) AS `t110`
                      ) AS `t190`
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          `t88`.`campaign_id`,
                          `t88`.`campaign`,
                          `t88`.`influencer_id`,
                          `t88`.`influencer`,
                          CAST(NULL AS BIGINT) AS `account_id`,
                          `t88`.`platform`,
                          CAST(NULL AS STRING) AS `format`,
                          CAST(NULL AS BIGINT) AS `post_id`,
                          `t88`.`day`,
                          CAST(NULL AS DOUBLE) AS `reach`,
                          CAST(NULL AS DOUBLE) AS `impressions`,
                          CAST(NULL AS DOUBLE) AS `views`,
                          CAST(NULL AS DOUBLE) AS `likes`,
                          CAST(NULL AS DOUBLE) AS `comments`,
                          CAST(NULL AS DOUBLE) AS `shares`,
                          CAST(NULL AS DOUBLE) AS `saves`,
                          CAST(NULL AS DOUBLE) AS `clicks`,
                          CAST(NULL AS BIGINT) AS `reach__provenance`,
                          CAST(NULL AS BIGINT) AS `impressions__provenance`,
                          CAST(NULL AS BIGINT) AS `views__provenance`,
                          CAST(NULL AS BIGINT) AS `likes__provenance`,
                          CAST(NULL AS BIGINT) AS `comments__provenance`,
                          CAST(NULL AS BIGINT) AS `shares__provenance`,
                          CAST(NULL AS BIGINT) AS `saves__provenance`,
                          CAST(NULL AS BIGINT) AS `clicks__provenance`,
                          CAST(NULL AS DOUBLE) AS `followers`,
                          CAST(NULL AS BIGINT) AS `followers__provenance`,
                          CAST(NULL AS DOUBLE) AS `engagements`,
                          CAST(NULL AS BIGINT) AS `engagements__provenance`,
                          CAST(NULL AS DOUBLE) AS `impressions_with_estimates`,
                          CAST(NULL AS BIGINT) AS `impressions_with_estimates__provenance`,
                          CAST(NULL AS DOUBLE) AS `er_reach_post`,
                          CAST(NULL AS DOUBLE) AS `er_followers_post`,
                          CAST(NULL AS DOUBLE) AS `er_impressions_post`,
                          CAST(NULL AS DOUBLE) AS `er_views_post`,
                          CAST(NULL AS BIGINT) AS `er_reach_post__provenance`,
                          CAST(NULL AS BIGINT) AS `er_followers_post__provenance`,
                          CAST(NULL AS BIGINT) AS `er_impressions_post__provenance`,
                          CAST(NULL AS BIGINT) AS `er_views_post__provenance`,
                          CAST(NULL AS STRING) AS `post_platform`,
                          CAST(NULL AS DOUBLE) AS `publishing_influencer`,
                          CAST(NULL AS DOUBLE) AS `sponsored_posts`,
                          CAST(NULL AS DOUBLE) AS `disclosed_sponsored_posts`,
                          CAST(NULL AS DOUBLE) AS `cost`,
                          CAST(NULL AS DOUBLE) AS `key_message_posts`,
                          CAST(NULL AS DOUBLE) AS `ugc_post`,
                          CAST(NULL AS DOUBLE) AS `mentions`,
                          CAST(NULL AS DOUBLE) AS `brand_mentions`,
                          CAST(NULL AS DOUBLE) AS `mention_engagements`,
                          CAST(NULL AS DOUBLE) AS `brand_mention_engagements`,
                          CAST(NULL AS DOUBLE) AS `followers_start`,
                          CAST(NULL AS DOUBLE) AS `followers_gained`,
                          CAST(NULL AS DOUBLE) AS `followers_expected_gain`,
                          CAST(NULL AS BIGINT) AS `followers_start__provenance`,
                          CAST(NULL AS BIGINT) AS `followers_gained__provenance`,
                          CAST(NULL AS BIGINT) AS `followers_expected_gain__provenance`,
                          CAST(NULL AS DOUBLE) AS `brand_followers_start`,
                          CAST(NULL AS DOUBLE) AS `brand_followers_gained`,
                          CAST(NULL AS DOUBLE) AS `brand_followers_expected_gain`,
                          CAST(NULL AS BIGINT) AS `brand_followers_start__provenance`,
                          CAST(NULL AS BIGINT) AS `brand_followers_gained__provenance`,
                          CAST(NULL AS BIGINT) AS `brand_followers_expected_gain__provenance`,
                          CAST(NULL AS DOUBLE) AS `influencers_contacted`,
                          CAST(NULL AS DOUBLE) AS `influencers_interested`,
                          CAST(NULL AS DOUBLE) AS `posts_contracted`,
                          CAST(NULL AS DOUBLE) AS `products_sent`,
                          CAST(NULL AS DOUBLE) AS `link_clicks`,
                          CAST(NULL AS DOUBLE) AS `unique_link_clicks`,
                          CAST(NULL AS DOUBLE) AS `bot_link_clicks`,
                          `t88`.`sessions`,
                          `t88`.`new_users`,
                          `t88`.`engaged_sessions`,
                          `t88`.`bounced_sessions`,
                          `t88`.`session_seconds`,
                          `t88`.`page_views`,
                          `t88`.`key_events`,
                          CAST(NULL AS DOUBLE) AS `orders`,
                          CAST(NULL AS DOUBLE) AS `revenue`,
                          CAST(NULL AS DOUBLE) AS `new_customers`,
                          CAST(NULL AS DOUBLE) AS `key_messages`
                        FROM (
                          SELECT
                            `t61`.`campaign_id`,
                            `t61`.`influencer_id`,
                            `t61`.`platform`,
                            `t61`.`day`,
                            `t61`.`sessions`,
                            `t61`.`new_users`,
                            `t61`.`engaged_sessions`,
                            `t61`.`bounced_sessions`,
                            `t61`.`session_seconds`,
                            `t61`.`page_views`,
                            `t61`.`key_events`,
                            CAST(`t14`.`name` AS STRING) AS `campaign`,
                            CAST(`t17`.`name` AS STRING) AS `influencer`
                          FROM (
                            SELECT
                              CAST(`t5`.`campaign_id` AS BIGINT) AS `campaign_id`,
                              CAST(`t5`.`influencer_id` AS BIGINT) AS `influencer_id`,
                              LOWER(`t5`.`utm_source`) AS `platform`,
                              `t5`.`day`,
                              CAST(`t5`.`sessions` AS DOUBLE) AS `sessions`,
                              CAST(`t5`.`new_users` AS DOUBLE) AS `new_users`,
                              CAST(`t5`.`engaged_sessions` AS DOUBLE) AS `engaged_sessions`,
                              CAST(`t5`.`sessions` - `t5`.`engaged_sessions` AS DOUBLE) AS `bounced_sessions`,
                              CAST(`t5`.`duration_seconds` AS DOUBLE) AS `session_seconds`,
                              CAST(`t5`.`page_views` AS DOUBLE) AS `page_views`,
                              CAST(`t5`.`key_events` AS DOUBLE) AS `key_events`
                            FROM `web_traffic` AS `t5`
                            WHERE
                              `t5`.`campaign_id` IS NOT NULL
                          ) AS `t61`
                          INNER JOIN `campaign` AS `t14`
                            ON `t61`.`campaign_id` = `t14`.`id`
                          LEFT OUTER JOIN `influencer` AS `t17`
                            ON `t61`.`influencer_id` = `t17`.`id`
                        ) AS `t88`
                      ) AS `t102`
                    ) AS `t191`
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        `t101`.`campaign_id`,
                        `t101`.`campaign`,
                        `t101`.`influencer_id`,
                        `t101`.`influencer`,
                        CAST(NULL AS BIGINT) AS `account_id`,
                        `t101`.`platform`,
                        CAST(NULL AS STRING) AS `format`,
                        CAST(NULL AS BIGINT) AS `post_id`,
                        `t101`.`day`,
                        CAST(NULL AS DOUBLE) AS `reach`,
                        CAST(NULL AS DOUBLE) AS `impressions`,
                        CAST(NULL AS DOUBLE) AS `views`,
                        CAST(NULL AS DOUBLE) AS `likes`,
                        CAST(NULL AS DOUBLE) AS `comments`,
                        CAST(NULL AS DOUBLE) AS `shares`,
                        CAST(NULL AS DOUBLE) AS `saves`,
                        CAST(NULL AS DOUBLE) AS `clicks`,
                        CAST(NULL AS BIGINT) AS `reach__provenance`,
                        CAST(NULL AS BIGINT) AS `impressions__provenance`,
                        CAST(NULL AS BIGINT) AS `views__provenance`,
                        CAST(NULL AS BIGINT) AS `likes__provenance`,
                        CAST(NULL AS BIGINT) AS `comments__provenance`,
                        CAST(NULL AS BIGINT) AS `shares__provenance`,
                        CAST(NULL AS BIGINT) AS `saves__provenance`,
                        CAST(NULL AS BIGINT) AS `clicks__provenance`,
                        CAST(NULL AS DOUBLE) AS `followers`,
                        CAST(NULL AS BIGINT) AS `followers__provenance`,
                        CAST(NULL AS DOUBLE) AS `engagements`,
                        CAST(NULL AS BIGINT) AS `engagements__provenance`,
                        CAST(NULL AS DOUBLE) AS `impressions_with_estimates`,
                        CAST(NULL AS BIGINT) AS `impressions_with_estimates__provenance`,
                        CAST(NULL AS DOUBLE) AS `er_reach_post`,
                        CAST(NULL AS DOUBLE) AS `er_followers_post`,
                        CAST(NULL AS DOUBLE) AS `er_impressions_post`,
                        CAST(NULL AS DOUBLE) AS `er_views_post`,
                        CAST(NULL AS BIGINT) AS `er_reach_post__provenance`,
                        CAST(NULL AS BIGINT) AS `er_followers_post__provenance`,
                        CAST(NULL AS BIGINT) AS `er_impressions_post__provenance`,
                        CAST(NULL AS BIGINT) AS `er_views_post__provenance`,
                        CAST(NULL AS STRING) AS `post_platform`,
                        CAST(NULL AS DOUBLE) AS `publishing_influencer`,
                        CAST(NULL AS DOUBLE) AS `sponsored_posts`,
                        CAST(NULL AS DOUBLE) AS `disclosed_sponsored_posts`,
                        CAST(NULL AS DOUBLE) AS `cost`,
                        CAST(NULL AS DOUBLE) AS `key_message_posts`,
                        CAST(NULL AS DOUBLE) AS `ugc_post`,
                        CAST(NULL AS DOUBLE) AS `mentions`,
                        CAST(NULL AS DOUBLE) AS `brand_mentions`,
                        CAST(NULL AS DOUBLE) AS `mention_engagements`,
                        CAST(NULL AS DOUBLE) AS `brand_mention_engagements`,
                        CAST(NULL AS DOUBLE) AS `followers_start`,
                        CAST(NULL AS DOUBLE) AS `followers_gained`,
                        CAST(NULL AS DOUBLE) AS `followers_expected_gain`,
                        CAST(NULL AS BIGINT) AS `followers_start__provenance`,
                        CAST(NULL AS BIGINT) AS `followers_gained__provenance`,
                        CAST(NULL AS BIGINT) AS `followers_expected_gain__provenance`,
                        CAST(NULL AS DOUBLE) AS `brand_followers_start`,
                        CAST(NULL AS DOUBLE) AS `brand_followers_gained`,
                        CAST(NULL AS DOUBLE) AS `brand_followers_expected_gain`,
                        CAST(NULL AS BIGINT) AS `brand_followers_start__provenance`,
                        CAST(NULL AS BIGINT) AS `brand_followers_gained__provenance`,
                        CAST(NULL AS BIGINT) AS `brand_followers_expected_gain__provenance`,
                        CAST(NULL AS DOUBLE) AS `influencers_contacted`,
                        CAST(NULL AS DOUBLE) AS `influencers_interested`,
                        CAST(NULL AS DOUBLE) AS `posts_contracted`,
                        CAST(NULL AS DOUBLE) AS `products_sent`,
                        CAST(NULL AS DOUBLE) AS `link_clicks`,
                        CAST(NULL AS DOUBLE) AS `unique_link_clicks`,
                        CAST(NULL AS DOUBLE) AS `bot_link_clicks`,
                        CAST(NULL AS DOUBLE) AS `sessions`,
                        CAST(NULL AS DOUBLE) AS `new_users`,
                        CAST(NULL AS DOUBLE) AS `engaged_sessions`,
                        CAST(NULL AS DOUBLE) AS `bounced_sessions`,
                        CAST(NULL AS DOUBLE) AS `session_seconds`,
                        CAST(NULL AS DOUBLE) AS `page_views`,
                        CAST(NULL AS DOUBLE) AS `key_events`,
                        `t101`.`orders`,
                        `t101`.`revenue`,
                        `t101`.`new_customers`,
                        CAST(NULL AS DOUBLE) AS `key_messages`
                      FROM (
                        SELECT
                          `t71`.`campaign_id`,
                          `t71`.`influencer_id`,
                          `t71`.`platform`,
                          `t71`.`day`,
                          `t71`.`orders`,
                          `t71`.`revenue`,
                          `t71`.`new_customers`,
                          CAST(`t14`.`name` AS STRING) AS `campaign`,
                          CAST(`t17`.`name` AS STRING) AS `influencer`
                        FROM (
                          SELECT
                            CAST(`t3`.`campaign_id` AS BIGINT) AS `campaign_id`,
                            CAST(`t3`.`influencer_id` AS BIGINT) AS `influencer_id`,
                            `t3`.`platform`,
                            `t3`.`ordered_on` AS `day`,
                            CAST(IF(NOT (
                              `t3`.`reversed`
                            ), 1, 0) AS DOUBLE) AS `orders`,
                            IF(NOT (
                              `t3`.`reversed`
                            ), CAST(`t3`.`campaign_revenue` AS DOUBLE), 0) AS `revenue`,
                            CAST(IF(NOT (
                              `t3`.`reversed`
                            ) AND COALESCE(`t3`.`new_customer`, FALSE), 1, 0) AS DOUBLE) AS `new_customers`
                          FROM `order_attribution` AS `t3`
                        ) AS `t71`
                        INNER JOIN `campaign` AS `t14`
                          ON `t71`.`campaign_id` = `t14`.`id`
                        LEFT OUTER JOIN `influencer` AS `t17`
                          ON `t71`.`influencer_id` = `t17`.`id`
                      ) AS `t101`
                    ) AS `t106`
                  ) AS `t192`
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      CAST(`t0`.`id` AS BIGINT) AS `campaign_id`,
                      CAST(`t0`.`name` AS STRING) AS `campaign`,
                      CAST(NULL AS BIGINT) AS `influencer_id`,
                      CAST(NULL AS STRING) AS `influencer`,
                      CAST(NULL AS BIGINT) AS `account_id`,
                      CAST(NULL AS STRING) AS `platform`,
                      CAST(NULL AS STRING) AS `format`,
                      CAST(NULL AS BIGINT) AS `post_id`,
                      CAST(`t0`.`start_date` AS DATE) AS `day`,
                      CAST(NULL AS DOUBLE) AS `reach`,
                      CAST(NULL AS DOUBLE) AS `impressions`,
                      CAST(NULL AS DOUBLE) AS `views`,
                      CAST(NULL AS DOUBLE) AS `likes`,
                      CAST(NULL AS DOUBLE) AS `comments`,
                      CAST(NULL AS DOUBLE) AS `shares`,
                      CAST(NULL AS DOUBLE) AS `saves`,
                      CAST(NULL AS DOUBLE) AS `clicks`,
                      CAST(NULL AS BIGINT) AS `reach__provenance`,
                      CAST(NULL AS BIGINT) AS `impressions__provenance`,
                      CAST(NULL AS BIGINT) AS `views__provenance`,
                      CAST(NULL AS BIGINT) AS `likes__provenance`,
                      CAST(NULL AS BIGINT) AS `comments__provenance`,
                      CAST(NULL AS BIGINT) AS `shares__provenance`,
                      CAST(NULL AS BIGINT) AS `saves__provenance`,
                      CAST(NULL AS BIGINT) AS `clicks__provenance`,
                      CAST(NULL AS DOUBLE) AS `followers`,
                      CAST(NULL AS BIGINT) AS `followers__provenance`,
                      CAST(NULL AS DOUBLE) AS `engagements`,
                      CAST(NULL AS BIGINT) AS `engagements__provenance`,
                      CAST(NULL AS DOUBLE) AS `impressions_with_estimates`,
                      CAST(NULL AS BIGINT) AS `impressions_with_estimates__provenance`,
                      CAST(NULL AS DOUBLE) AS `er_reach_post`,
                      CAST(NULL AS DOUBLE) AS `er_followers_post`,
                      CAST(NULL AS DOUBLE) AS `er_impressions_post`,
                      CAST(NULL AS DOUBLE) AS `er_views_post`,
                      CAST(NULL AS BIGINT) AS `er_reach_post__provenance`,
                      CAST(NULL AS BIGINT) AS `er_followers_post__provenance`,
                      CAST(NULL AS BIGINT) AS `er_impressions_post__provenance`,
                      CAST(NULL AS BIGINT) AS `er_views_post__provenance`,
                      CAST(NULL AS STRING) AS `post_platform`,
                      CAST(NULL AS DOUBLE) AS `publishing_influencer`,
                      CAST(NULL AS DOUBLE) AS `sponsored_posts`,
                      CAST(NULL AS DOUBLE) AS `disclosed_sponsored_posts`,
                      CAST(NULL AS DOUBLE) AS `cost`,
                      CAST(NULL AS DOUBLE) AS `key_message_posts`,
                      CAST(NULL AS DOUBLE) AS `ugc_post`,
                      CAST(NULL AS DOUBLE) AS `mentions`,
                      CAST(NULL AS DOUBLE) AS `brand_mentions`,
                      CAST(NULL AS DOUBLE) AS `mention_engagements`,
                      CAST(NULL AS DOUBLE) AS `brand_mention_engagements`,
                      CAST(NULL AS DOUBLE) AS `followers_start`,
                      CAST(NULL AS DOUBLE) AS `followers_gained`,
                      CAST(NULL AS DOUBLE) AS `followers_expected_gain`,
                      CAST(NULL AS BIGINT) AS `followers_start__provenance`,
                      CAST(NULL AS BIGINT) AS `followers_gained__provenance`,
                      CAST(NULL AS BIGINT) AS `followers_expected_gain__provenance`,
                      CAST(NULL AS DOUBLE) AS `brand_followers_start`,
                      CAST(NULL AS DOUBLE) AS `brand_followers_gained`,
                      CAST(NULL AS DOUBLE) AS `brand_followers_expected_gain`,
                      CAST(NULL AS BIGINT) AS `brand_followers_start__provenance`,
                      CAST(NULL AS BIGINT) AS `brand_followers_gained__provenance`,
                      CAST(NULL AS BIGINT) AS `brand_followers_expected_gain__provenance`,
                      CAST(NULL AS DOUBLE) AS `influencers_contacted`,
                      CAST(NULL AS DOUBLE) AS `influencers_interested`,
                      CAST(NULL AS DOUBLE) AS `posts_contracted`,
                      CAST(NULL AS DOUBLE) AS `products_sent`,
                      CAST(NULL AS DOUBLE) AS `link_clicks`,
                      CAST(NULL AS DOUBLE) AS `unique_link_clicks`,
                      CAST(NULL AS DOUBLE) AS `bot_link_clicks`,
                      CAST(NULL AS DOUBLE) AS `sessions`,
                      CAST(NULL AS DOUBLE) AS `new_users`,
                      CAST(NULL AS DOUBLE) AS `engaged_sessions`,
                      CAST(NULL AS DOUBLE) AS `bounced_sessions`,
                      CAST(NULL AS DOUBLE) AS `session_seconds`,
                      CAST(NULL AS DOUBLE) AS `page_views`,
                      CAST(NULL AS DOUBLE) AS `key_events`,
                      CAST(NULL AS DOUBLE) AS `orders`,
                      CAST(NULL AS DOUBLE) AS `revenue`,
                      CAST(NULL AS DOUBLE) AS `new_customers`,
                      CAST(IF(
                        LENGTH(`t0`.`key_messages`) > 0,
                        (
                          LENGTH(`t0`.`key_messages`) - LENGTH(REPLACE(`t0`.`key_messages`, '\n', ''))
                        ) + 1,
                        0
                      ) AS DOUBLE) AS `key_messages`
                    FROM `campaign` AS `t0`
                  ) AS `t68`
                ) AS `t195`
                LEFT OUTER JOIN (
                  SELECT
                    `t133`.`campaign_id`,
                    `t133`.`rate` AS `emv_rate`
                  FROM (
                    SELECT
                      *
                    FROM (
                      SELECT
                        CAST(`t0`.`id` AS BIGINT) AS `campaign_id`,
                        CAST(1 AS DOUBLE) AS `rate`
                      FROM `campaign` AS `t0`
                      WHERE
                        `t0`.`currency` = 'EUR'
                    ) AS `t28`
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        `t119`.`campaign_id`,
                        `t119`.`rate`
                      FROM (
                        SELECT
                          `t96`.`campaign_id`,
                          `t96`.`start`,
                          `t96`.`rate`,
                          `t96`.`valid`,
                          ROW_NUMBER() OVER (
                            PARTITION BY `t96`.`campaign_id`
                            ORDER BY IF(`t96`.`valid` <= `t96`.`start`, 0, 1) ASC NULLS LAST, ABS(`t96`.`valid` - `t96`.`start`) ASC NULLS LAST
                          ) - 1 AS `order`
                        FROM (
                          SELECT
                            `t51`.`campaign_id`,
                            `t51`.`start`,
                            `t64`.`rate`,
                            UNIX_TIMESTAMP(CAST(CAST(`t64`.`valid_on` AS TIMESTAMP) AS TIMESTAMP)) AS `valid`
                          FROM (
                            SELECT
                              CAST(`t0`.`id` AS BIGINT) AS `campaign_id`,
                              `t0`.`currency`,
                              UNIX_TIMESTAMP(CAST(CAST(`t0`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start`
                            FROM `campaign` AS `t0`
                          ) AS `t51`
                          INNER JOIN (
                            SELECT
                              *
                            FROM (
                              SELECT
                                `t1`.`quote`,
                                `t1`.`valid_on`,
                                CAST(`t1`.`rate` AS DOUBLE) AS `rate`
                              FROM `exchange_rate` AS `t1`
                              WHERE
                                `t1`.`base` = 'EUR'
                            ) AS `t30`
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                `t1`.`base` AS `quote`,
                                `t1`.`valid_on`,
                                CAST(1 AS DOUBLE) / NULLIF(CAST(`t1`.`rate` AS DOUBLE), 0) AS `rate`
                              FROM `exchange_rate` AS `t1`
                              WHERE
                                `t1`.`quote` = 'EUR'
                            ) AS `t53`
                          ) AS `t64`
                            ON `t51`.`currency` = `t64`.`quote`
                        ) AS `t96`
                      ) AS `t119`
                      WHERE
                        `t119`.`order` = 0
                    ) AS `t129`
                  ) AS `t133`
                ) AS `t141`
                  ON `t195`.`campaign_id` = `t141`.`campaign_id`
              ) AS `t197`
            ) AS `t200`
            LEFT OUTER JOIN (
              SELECT
                `t132`.`campaign_id`,
                `t132`.`rate` AS `paid_rate`
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    CAST(`t0`.`id` AS BIGINT) AS `campaign_id`,
                    CAST(1 AS DOUBLE) AS `rate`
                  FROM `campaign` AS `t0`
                  WHERE
                    `t0`.`currency` = 'USD'
                ) AS `t27`
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    `t118`.`campaign_id`,
                    `t118`.`rate`
                  FROM (
                    SELECT
                      `t95`.`campaign_id`,
                      `t95`.`start`,
                      `t95`.`rate`,
                      `t95`.`valid`,
                      ROW_NUMBER() OVER (
                        PARTITION BY `t95`.`campaign_id`
                        ORDER BY IF(`t95`.`valid` <= `t95`.`start`, 0, 1) ASC NULLS LAST, ABS(`t95`.`valid` - `t95`.`start`) ASC NULLS LAST
                      ) - 1 AS `order`
                    FROM (
                      SELECT
                        `t51`.`campaign_id`,
                        `t51`.`start`,
                        `t63`.`rate`,
                        UNIX_TIMESTAMP(CAST(CAST(`t63`.`valid_on` AS TIMESTAMP) AS TIMESTAMP)) AS `valid`
                      FROM (
                        SELECT
                          CAST(`t0`.`id` AS BIGINT) AS `campaign_id`,
                          `t0`.`currency`,
                          UNIX_TIMESTAMP(CAST(CAST(`t0`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start`
                        FROM `campaign` AS `t0`
                      ) AS `t51`
                      INNER JOIN (
                        SELECT
                          *
                        FROM (
                          SELECT
                            `t1`.`quote`,
                            `t1`.`valid_on`,
                            CAST(`t1`.`rate` AS DOUBLE) AS `rate`
                          FROM `exchange_rate` AS `t1`
                          WHERE
                            `t1`.`base` = 'USD'
                        ) AS `t29`
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            `t1`.`base` AS `quote`,
                            `t1`.`valid_on`,
                            CAST(1 AS DOUBLE) / NULLIF(CAST(`t1`.`rate` AS DOUBLE), 0) AS `rate`
                          FROM `exchange_rate` AS `t1`
                          WHERE
                            `t1`.`quote` = 'USD'
                        ) AS `t52`
                      ) AS `t63`
                        ON `t51`.`currency` = `t63`.`quote`
                    ) AS `t95`
                  ) AS `t118`
                  WHERE
                    `t118`.`order` = 0
                ) AS `t128`
              ) AS `t132`
            ) AS `t140`
              ON `t200`.`campaign_id` = `t140`.`campaign_id`
          ) AS `t202`
          WHERE
            `t202`.`campaign_id` IN (1)
            AND (
              (
                `t202`.`bot_link_clicks` IS NOT NULL AND NOT ISNAN(`t202`.`bot_link_clicks`)
              )
              OR (
                `t202`.`bounced_sessions` IS NOT NULL AND NOT ISNAN(`t202`.`bounced_sessions`)
              )
              OR (
                `t202`.`brand_followers_expected_gain` IS NOT NULL
                AND NOT ISNAN(`t202`.`brand_followers_expected_gain`)
              )
              OR (
                `t202`.`brand_followers_gained` IS NOT NULL
                AND NOT ISNAN(`t202`.`brand_followers_gained`)
              )
              OR (
                `t202`.`brand_followers_start` IS NOT NULL
                AND NOT ISNAN(`t202`.`brand_followers_start`)
              )
              OR (
                `t202`.`brand_mention_engagements` IS NOT NULL
                AND NOT ISNAN(`t202`.`brand_mention_engagements`)
              )
              OR (
                `t202`.`brand_mentions` IS NOT NULL AND NOT ISNAN(`t202`.`brand_mentions`)
              )
              OR (
                `t202`.`clicks` IS NOT NULL AND NOT ISNAN(`t202`.`clicks`)
              )
              OR (
                `t202`.`comments` IS NOT NULL AND NOT ISNAN(`t202`.`comments`)
              )
              OR (
                `t202`.`cost` IS NOT NULL AND NOT ISNAN(`t202`.`cost`)
              )
              OR (
                `t202`.`disclosed_sponsored_posts` IS NOT NULL
                AND NOT ISNAN(`t202`.`disclosed_sponsored_posts`)
              )
              OR (
                `t202`.`emv` IS NOT NULL AND NOT ISNAN(`t202`.`emv`)
              )
              OR (
                `t202`.`engagements` IS NOT NULL AND NOT ISNAN(`t202`.`engagements`)
              )
              OR (
                `t202`.`er_followers_post` IS NOT NULL AND NOT ISNAN(`t202`.`er_followers_post`)
              )
              OR (
                `t202`.`er_impressions_post` IS NOT NULL
                AND NOT ISNAN(`t202`.`er_impressions_post`)
              )
              OR (
                `t202`.`er_reach_post` IS NOT NULL AND NOT ISNAN(`t202`.`er_reach_post`)
              )
              OR (
                `t202`.`er_views_post` IS NOT NULL AND NOT ISNAN(`t202`.`er_views_post`)
              )
              OR (
                `t202`.`followers` IS NOT NULL AND NOT ISNAN(`t202`.`followers`)
              )
              OR (
                `t202`.`followers_expected_gain` IS NOT NULL
                AND NOT ISNAN(`t202`.`followers_expected_gain`)
              )
              OR (
                `t202`.`followers_gained` IS NOT NULL AND NOT ISNAN(`t202`.`followers_gained`)
              )
              OR (
                `t202`.`followers_start` IS NOT NULL AND NOT ISNAN(`t202`.`followers_start`)
              )
              OR (
                `t202`.`impressions` IS NOT NULL AND NOT ISNAN(`t202`.`impressions`)
              )
              OR (
                `t202`.`impressions_with_estimates` IS NOT NULL
                AND NOT ISNAN(`t202`.`impressions_with_estimates`)
              )
              OR (
                `t202`.`influencers_contacted` IS NOT NULL
                AND NOT ISNAN(`t202`.`influencers_contacted`)
              )
              OR (
                `t202`.`influencers_interested` IS NOT NULL
                AND NOT ISNAN(`t202`.`influencers_interested`)
              )
              OR (
                `t202`.`key_events` IS NOT NULL AND NOT ISNAN(`t202`.`key_events`)
              )
              OR (
                `t202`.`key_message_posts` IS NOT NULL AND NOT ISNAN(`t202`.`key_message_posts`)
              )
              OR (
                `t202`.`key_messages` IS NOT NULL AND NOT ISNAN(`t202`.`key_messages`)
              )
              OR (
                `t202`.`likes` IS NOT NULL AND NOT ISNAN(`t202`.`likes`)
              )
              OR (
                `t202`.`link_clicks` IS NOT NULL AND NOT ISNAN(`t202`.`link_clicks`)
              )
              OR (
                `t202`.`mention_engagements` IS NOT NULL
                AND NOT ISNAN(`t202`.`mention_engagements`)
              )
              OR (
                `t202`.`mentions` IS NOT NULL AND NOT ISNAN(`t202`.`mentions`)
              )
              OR (
                `t202`.`new_customers` IS NOT NULL AND NOT ISNAN(`t202`.`new_customers`)
              )
              OR (
                `t202`.`new_users` IS NOT NULL AND NOT ISNAN(`t202`.`new_users`)
              )
              OR (
                `t202`.`orders` IS NOT NULL AND NOT ISNAN(`t202`.`orders`)
              )
              OR (
                `t202`.`page_views` IS NOT NULL AND NOT ISNAN(`t202`.`page_views`)
              )
              OR (
                (
                  `t202`.`cost` / (
                    CASE
                      WHEN `t202`.`platform` = 'tiktok'
                      THEN CAST(NULL AS DOUBLE)
                      WHEN `t202`.`platform` = 'youtube'
                      THEN CAST(NULL AS DOUBLE)
                      ELSE 1.88
                    END * `t202`.`paid_rate`
                  )
                ) IS NOT NULL
                AND NOT ISNAN(
                  `t202`.`cost` / (
                    CASE
                      WHEN `t202`.`platform` = 'tiktok'
                      THEN CAST(NULL AS DOUBLE)
                      WHEN `t202`.`platform` = 'youtube'
                      THEN CAST(NULL AS DOUBLE)
                      ELSE 1.88
                    END * `t202`.`paid_rate`
                  )
                )
              )
              OR (
                (
                  (
                    `t202`.`cost` / (
                      CASE
                        WHEN `t202`.`platform` = 'tiktok'
                        THEN 7.5
                        WHEN `t202`.`platform` = 'youtube'
                        THEN 3.53
                        ELSE 19.8
                      END * `t202`.`paid_rate`
                    )
                  ) * 1000
                ) IS NOT NULL
                AND NOT ISNAN(
                  (
                    `t202`.`cost` / (
                      CASE
                        WHEN `t202`.`platform` = 'tiktok'
                        THEN 7.5
                        WHEN `t202`.`platform` = 'youtube'
                        THEN 3.53
                        ELSE 19.8
                      END * `t202`.`paid_rate`
                    )
                  ) * 1000
                )
              )
              OR (
                (
                  `t202`.`cost` / (
                    CASE WHEN `t202`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t202`.`paid_rate`
                  )
                ) IS NOT NULL
                AND NOT ISNAN(
                  `t202`.`cost` / (
                    CASE WHEN `t202`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t202`.`paid_rate`
                  )
                )
              )
              OR (
                `t202`.`post_id` IS NOT NULL
              )
              OR (
                `t202`.`post_platform` IS NOT NULL
              )
              OR (
                `t202`.`posts_contracted` IS NOT NULL AND NOT ISNAN(`t202`.`posts_contracted`)
              )
              OR (
                `t202`.`products_sent` IS NOT NULL AND NOT ISNAN(`t202`.`products_sent`)
              )
              OR (
                `t202`.`publishing_influencer` IS NOT NULL
                AND NOT ISNAN(`t202`.`publishing_influencer`)
              )
              OR (
                `t202`.`reach` IS NOT NULL AND NOT ISNAN(`t202`.`reach`)
              )
              OR (
                `t202`.`revenue` IS NOT NULL AND NOT ISNAN(`t202`.`revenue`)
              )
              OR (
                `t202`.`saves` IS NOT NULL AND NOT ISNAN(`t202`.`saves`)
              )
              OR (
                `t202`.`session_seconds` IS NOT NULL AND NOT ISNAN(`t202`.`session_seconds`)
              )
              OR (
                `t202`.`sessions` IS NOT NULL AND NOT ISNAN(`t202`.`sessions`)
              )
              OR (
                `t202`.`shares` IS NOT NULL AND NOT ISNAN(`t202`.`shares`)
              )
              OR (
                `t202`.`sponsored_posts` IS NOT NULL AND NOT ISNAN(`t202`.`sponsored_posts`)
              )
              OR (
                `t202`.`ugc_post` IS NOT NULL AND NOT ISNAN(`t202`.`ugc_post`)
              )
              OR (
                `t202`.`unique_link_clicks` IS NOT NULL
                AND NOT ISNAN(`t202`.`unique_link_clicks`)
              )
              OR (
                `t202`.`views` IS NOT NULL AND NOT ISNAN(`t202`.`views`)
              )
            )
            AND `t202`.`account_id` IS NOT NULL
        ) AS `t204`
        GROUP BY
          1,
          2,
          3
      ) AS `t207`
    ) AS `t208`
    GROUP BY
      1,
      2
  ) AS `t210`
    ON `t206`.`campaign_id` IS NOT DISTINCT FROM `t210`.`campaign_id`
    AND `t206`.`campaign` IS NOT DISTINCT FROM `t210`.`campaign`
) AS `t211`
ORDER BY
  `t211`.`campaign_id` ASC NULLS LAST,
  `t211`.`campaign` ASC NULLS LAST
