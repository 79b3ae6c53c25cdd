WITH `t75` AS (
  SELECT
    CAST(`t48`.`campaign_id` AS INT64) AS `campaign_id`,
    CAST(`t15`.`name` AS STRING) AS `campaign`,
    CAST(`t48`.`influencer_id` AS INT64) AS `influencer_id`,
    CAST(`t48`.`amount` AS FLOAT64) AS `amount`,
    `t48`.`incurred_on`
  FROM (
    SELECT
      *
    FROM `cost` AS `t10`
    WHERE
      `t10`.`campaign_id` IN (1)
  ) AS `t48`
  INNER JOIN `campaign` AS `t15`
    ON `t48`.`campaign_id` = `t15`.`id`
), `t77` AS (
  SELECT
    CAST(`t50`.`campaign_id` AS INT64) AS `campaign_id`,
    CAST(`t16`.`name` AS STRING) AS `campaign`,
    CAST(`t46`.`id` AS INT64) AS `influencer_id`,
    CAST(`t46`.`name` AS STRING) AS `influencer`,
    CAST(`t24`.`id` AS INT64) AS `account_id`,
    CAST(`t24`.`platform` AS STRING) AS `platform`,
    CAST(`t50`.`format` AS STRING) AS `format`,
    CAST(`t50`.`id` AS INT64) AS `post_id`,
    `t50`.`published_on` AS `day`,
    `t46`.`country`,
    CAST(`t50`.`caption` AS STRING) AS `caption`,
    `t50`.`sponsored`
  FROM (
    SELECT
      *
    FROM `post` AS `t11`
    WHERE
      `t11`.`campaign_id` IS NOT NULL AND `t11`.`campaign_id` IN (1)
  ) AS `t50`
  INNER JOIN `account` AS `t24`
    ON `t50`.`account_id` = `t24`.`id`
  INNER JOIN (
    SELECT
      *
    FROM `influencer` AS `t3`
    WHERE
      NOT (
        `t3`.`is_brand`
      )
  ) AS `t46`
    ON `t24`.`influencer_id` = `t46`.`id`
  INNER JOIN `campaign` AS `t16`
    ON `t50`.`campaign_id` = `t16`.`id`
), `t150` AS (
  SELECT
    *
  FROM (
    SELECT
      `t140`.`campaign_id`,
      `t140`.`campaign`,
      `t140`.`influencer_id`,
      `t140`.`influencer`,
      `t140`.`account_id`,
      `t140`.`platform`,
      `t140`.`is_brand`,
      `t140`.`day`,
      `t140`.`start_at`,
      `t140`.`end_at`,
      `t58`.`followers`,
      `t58`.`at`,
      `t58`.`rank`
    FROM (
      SELECT
        `t118`.`campaign_id`,
        CAST(`t15`.`name` AS STRING) AS `campaign`,
        CAST(`t19`.`id` AS INT64) AS `influencer_id`,
        CAST(`t19`.`name` AS STRING) AS `influencer`,
        `t118`.`account_id`,
        CAST(`t25`.`platform` AS STRING) AS `platform`,
        `t118`.`is_brand`,
        `t15`.`end_date` AS `day`,
        UNIX_SECONDS(CAST(`t15`.`start_date` AS TIMESTAMP)) AS `start_at`,
        UNIX_SECONDS(CAST(`t15`.`end_date` AS TIMESTAMP)) + 86400 AS `end_at`
      FROM (
        SELECT
          *
        FROM (
          SELECT
            `t103`.`campaign_id`,
            `t103`.`account_id`,
            FALSE AS `is_brand`
          FROM (
            SELECT DISTINCT
              `t86`.`campaign_id`,
              `t86`.`account_id`
            FROM (
              SELECT
                CAST(`t49`.`campaign_id` AS INT64) AS `campaign_id`,
                CAST(`t16`.`name` AS STRING) AS `campaign`,
                CAST(`t46`.`id` AS INT64) AS `influencer_id`,
                CAST(`t46`.`name` AS STRING) AS `influencer`,
                CAST(`t24`.`id` AS INT64) AS `account_id`,
                CAST(`t24`.`platform` AS STRING) AS `platform`,
                CAST(`t49`.`format` AS STRING) AS `format`,
                CAST(`t49`.`id` AS INT64) AS `post_id`,
                `t49`.`published_on` AS `day`,
                `t46`.`country`,
                CAST(`t49`.`caption` AS STRING) AS `caption`,
                `t49`.`sponsored`
              FROM (
                SELECT
                  *
                FROM `post` AS `t11`
                WHERE
                  `t11`.`campaign_id` IS NOT NULL
              ) AS `t49`
              INNER JOIN `account` AS `t24`
                ON `t49`.`account_id` = `t24`.`id`
              INNER JOIN (
                SELECT
                  *
                FROM `influencer` AS `t3`
                WHERE
                  NOT (
                    `t3`.`is_brand`
                  )
              ) AS `t46`
                ON `t24`.`influencer_id` = `t46`.`id`
              INNER JOIN `campaign` AS `t16`
                ON `t49`.`campaign_id` = `t16`.`id`
            ) AS `t86`
          ) AS `t103`
        ) AS `t107`
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            CAST(`t17`.`id` AS INT64) AS `campaign_id`,
            CAST(`t25`.`id` AS INT64) AS `account_id`,
            TRUE AS `is_brand`
          FROM `campaign` AS `t17`
          INNER JOIN (
            SELECT
              *
            FROM `influencer` AS `t3`
            WHERE
              `t3`.`is_brand`
          ) AS `t35`
            ON `t35`.`workspace_id` = `t17`.`workspace_id`
          INNER JOIN `account` AS `t25`
            ON `t25`.`influencer_id` = `t35`.`id`
        ) AS `t66`
      ) AS `t118`
      INNER JOIN `campaign` AS `t15`
        ON `t118`.`campaign_id` = `t15`.`id`
      INNER JOIN `account` AS `t25`
        ON `t118`.`account_id` = `t25`.`id`
      INNER JOIN `influencer` AS `t19`
        ON `t25`.`influencer_id` = `t19`.`id`
    ) AS `t140`
    INNER JOIN (
      SELECT
        CAST(`t13`.`account_id` AS INT64) AS `account_id`,
        `t13`.`followers`,
        UNIX_SECONDS(CAST(`t13`.`captured_at` AS TIMESTAMP)) AS `at`,
        CASE `t13`.`provenance`
          WHEN 'measured'
          THEN 0
          WHEN 'self_reported'
          THEN 1
          WHEN 'estimated'
          THEN 2
          ELSE 2
        END AS `rank`
      FROM `follower_snapshot` AS `t13`
    ) AS `t58`
      ON `t140`.`account_id` = `t58`.`account_id`
  ) AS `t149`
  WHERE
    `t149`.`at` <= `t149`.`end_at`
)
SELECT
  `t220`.`campaign_id`,
  `t220`.`campaign`,
  `t220`.`key_messages`,
  `t220`.`platforms_selected`,
  `t220`.`influencers_contacted`,
  `t220`.`influencers_interested`,
  ieee_divide(`t220`.`influencers_interested`, NULLIF(`t220`.`influencers_contacted`, 0)) * 100 AS `influencers_interested_rate`,
  `t220`.`influencers_activated`,
  `t220`.`products_sent`,
  `t220`.`reach`,
  `t220`.`impressions`,
  `t220`.`views`,
  `t220`.`impressions_with_estimates`,
  ieee_divide(`t220`.`reach_rate__first`, NULLIF(`t220`.`reach_rate__second`, 0)) * 100 AS `reach_rate`,
  `t220`.`brand_mentions`,
  ieee_divide(`t220`.`brand_mentions`, NULLIF(`t220`.`mentions`, 0)) * 100 AS `share_of_voice`,
  ieee_divide(`t220`.`brand_mention_engagements`, NULLIF(`t220`.`mention_engagements`, 0)) * 100 AS `share_of_engagement`,
  `t220`.`key_message_posts`,
  ieee_divide(`t220`.`key_message_posts`, NULLIF(CAST(`t220`.`posts` AS FLOAT64), 0)) * 100 AS `key_message_rate`,
  `t220`.`posts`,
  `t220`.`posts_contracted`,
  ieee_divide(CAST(`t220`.`posts` AS FLOAT64), NULLIF(`t220`.`posts_contracted`, 0)) * 100 AS `posts_delivery_rate`,
  `t220`.`ugc_posts`,
  `t220`.`likes`,
  `t220`.`comments`,
  `t220`.`shares`,
  `t220`.`saves`,
  `t220`.`engagements`,
  ieee_divide(
    `t220`.`engagement_rate_reach__first`,
    NULLIF(`t220`.`engagement_rate_reach__second`, 0)
  ) * 100 AS `engagement_rate_reach`,
  ieee_divide(
    `t220`.`engagement_rate_followers__first`,
    NULLIF(`t220`.`engagement_rate_followers__second`, 0)
  ) * 100 AS `engagement_rate_followers`,
  `t220`.`er_reach_post_mean` AS `engagement_rate_reach_post_mean`,
  `t220`.`er_reach_post_median` AS `engagement_rate_reach_post_median`,
  `t220`.`er_reach_account_mean` AS `engagement_rate_reach_account_mean`,
  `t220`.`er_reach_account_median` AS `engagement_rate_reach_account_median`,
  `t220`.`er_followers_post_mean` AS `engagement_rate_followers_post_mean`,
  `t220`.`er_followers_post_median` AS `engagement_rate_followers_post_median`,
  `t220`.`er_followers_account_mean` AS `engagement_rate_followers_account_mean`,
  `t220`.`er_followers_account_median` AS `engagement_rate_followers_account_median`,
  ieee_divide(
    `t220`.`engagement_rate_impressions__first`,
    NULLIF(`t220`.`engagement_rate_impressions__second`, 0)
  ) * 100 AS `engagement_rate_impressions`,
  `t220`.`er_impressions_post_mean` AS `engagement_rate_impressions_post_mean`,
  `t220`.`er_impressions_post_median` AS `engagement_rate_impressions_post_median`,
  `t220`.`er_impressions_account_mean` AS `engagement_rate_impressions_account_mean`,
  `t220`.`er_impressions_account_median` AS `engagement_rate_impressions_account_median`,
  ieee_divide(
    `t220`.`engagement_rate_views__first`,
    NULLIF(`t220`.`engagement_rate_views__second`, 0)
  ) * 100 AS `engagement_rate_views`,
  `t220`.`er_views_post_mean` AS `engagement_rate_views_post_mean`,
  `t220`.`er_views_post_median` AS `engagement_rate_views_post_median`,
  `t220`.`er_views_account_mean` AS `engagement_rate_views_account_mean`,
  `t220`.`er_views_account_median` AS `engagement_rate_views_account_median`,
  `t220`.`clicks` AS `platform_link_clicks`,
  `t220`.`followers_gained`,
  ieee_divide(
    `t220`.`follower_growth_rate__first`,
    NULLIF(`t220`.`follower_growth_rate__second`, 0)
  ) * 100 AS `follower_growth_rate`,
  `t220`.`followers_gained_above_trend__first` - `t220`.`followers_gained_above_trend__second` AS `followers_gained_above_trend`,
  `t220`.`brand_followers_gained`,
  ieee_divide(
    `t220`.`brand_follower_growth_rate__first`,
    NULLIF(`t220`.`brand_follower_growth_rate__second`, 0)
  ) * 100 AS `brand_follower_growth_rate`,
  `t220`.`brand_followers_gained_above_trend__first` - `t220`.`brand_followers_gained_above_trend__second` AS `brand_followers_gained_above_trend`,
  `t220`.`link_clicks` AS `tracked_clicks`,
  `t220`.`unique_link_clicks` AS `unique_clicks`,
  `t220`.`bot_link_clicks` AS `bot_clicks`,
  ieee_divide(`t220`.`link_clicks`, NULLIF(`t220`.`impressions_with_estimates`, 0)) * 100 AS `click_through_rate`,
  `t220`.`sessions`,
  `t220`.`new_users`,
  ieee_divide(`t220`.`bounced_sessions`, NULLIF(`t220`.`sessions`, 0)) * 100 AS `bounce_rate`,
  ieee_divide(`t220`.`session_seconds`, NULLIF(`t220`.`sessions`, 0)) AS `average_session_duration`,
  ieee_divide(`t220`.`page_views`, NULLIF(`t220`.`sessions`, 0)) AS `pages_per_session`,
  `t220`.`key_events` AS `leads`,
  `t220`.`orders` AS `conversions`,
  ieee_divide(`t220`.`orders`, NULLIF(`t220`.`unique_link_clicks`, 0)) * 100 AS `conversion_rate`,
  `t220`.`revenue`,
  ieee_divide(`t220`.`revenue`, NULLIF(`t220`.`orders`, 0)) AS `average_order_value`,
  `t220`.`new_customers`,
  ieee_divide(`t220`.`revenue`, NULLIF(`t220`.`cost`, 0)) AS `return_on_ad_spend`,
  ieee_divide(`t220`.`revenue` - `t220`.`cost`, NULLIF(`t220`.`cost`, 0)) * 100 AS `return_on_investment`,
  ieee_divide(`t220`.`revenue` - `t220`.`cost`, NULLIF(`t220`.`revenue`, 0)) * 100 AS `profitability`,
  `t220`.`sponsored_posts`,
  `t220`.`disclosed_sponsored_posts`,
  ieee_divide(`t220`.`disclosed_sponsored_posts`, NULLIF(`t220`.`sponsored_posts`, 0)) * 100 AS `disclosure_rate`,
  `t220`.`cost`,
  ieee_divide(`t220`.`cost`, NULLIF(`t220`.`impressions_with_estimates`, 0)) * 1000 AS `cost_per_mille`,
  ieee_divide(`t220`.`cost`, NULLIF(`t220`.`engagements`, 0)) AS `cost_per_engagement`,
  ieee_divide(`t220`.`cost`, NULLIF(`t220`.`views`, 0)) AS `cost_per_view`,
  ieee_divide(`t220`.`cost`, NULLIF(`t220`.`brand_followers_gained`, 0)) AS `cost_per_new_follower`,
  ieee_divide(`t220`.`cost`, NULLIF(`t220`.`link_clicks`, 0)) AS `cost_per_click`,
  ieee_divide(`t220`.`cost`, NULLIF(`t220`.`orders`, 0)) AS `cost_per_acquisition`,
  ieee_divide(`t220`.`cost`, NULLIF(`t220`.`new_customers`, 0)) AS `customer_acquisition_cost`,
  ieee_divide(`t220`.`cost`, NULLIF(`t220`.`key_events`, 0)) AS `cost_per_lead`,
  `t220`.`emv`,
  `t220`.`emv_authentic`,
  ieee_divide(`t220`.`emv`, NULLIF(`t220`.`cost`, 0)) AS `emv_per_cost`,
  `t220`.`paid_impressions` AS `paid_equivalent_impressions`,
  `t220`.`paid_clicks` AS `paid_equivalent_clicks`,
  `t220`.`paid_views` AS `paid_equivalent_views`,
  ieee_divide(
    `t220`.`impressions_vs_paid__first`,
    NULLIF(`t220`.`impressions_vs_paid__second`, 0)
  ) * 100 AS `impressions_vs_paid`,
  ieee_divide(`t220`.`clicks_vs_paid__first`, NULLIF(`t220`.`clicks_vs_paid__second`, 0)) * 100 AS `clicks_vs_paid`,
  ieee_divide(`t220`.`views_vs_paid__first`, NULLIF(`t220`.`views_vs_paid__second`, 0)) * 100 AS `views_vs_paid`,
  IF(`t220`.`key_messages` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `key_messages__provenance`,
  IF(`t220`.`platforms_selected` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `platforms_selected__provenance`,
  IF(`t220`.`influencers_contacted` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `influencers_contacted__provenance`,
  IF(`t220`.`influencers_interested` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `influencers_interested__provenance`,
  IF(
    (
      ieee_divide(`t220`.`influencers_interested`, NULLIF(`t220`.`influencers_contacted`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `influencers_interested_rate__provenance`,
  IF(`t220`.`influencers_activated` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `influencers_activated__provenance`,
  IF(`t220`.`products_sent` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `products_sent__provenance`,
  IF(
    `t220`.`reach` IS NOT NULL,
    COALESCE(`t220`.`reach__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `reach__provenance`,
  IF(
    `t220`.`impressions` IS NOT NULL,
    COALESCE(`t220`.`impressions__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `impressions__provenance`,
  IF(
    `t220`.`views` IS NOT NULL,
    COALESCE(`t220`.`views__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `views__provenance`,
  IF(
    `t220`.`impressions_with_estimates` IS NOT NULL,
    COALESCE(`t220`.`impressions_with_estimates__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `impressions_with_estimates__provenance`,
  IF(
    (
      ieee_divide(`t220`.`reach_rate__first`, NULLIF(`t220`.`reach_rate__second`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t220`.`reach_rate__first__provenance`, -1),
          COALESCE(`t220`.`reach_rate__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS INT64)
  ) AS `reach_rate__provenance`,
  IF(`t220`.`brand_mentions` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `brand_mentions__provenance`,
  IF(
    (
      ieee_divide(`t220`.`brand_mentions`, NULLIF(`t220`.`mentions`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `share_of_voice__provenance`,
  IF(
    (
      ieee_divide(`t220`.`brand_mention_engagements`, NULLIF(`t220`.`mention_engagements`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `share_of_engagement__provenance`,
  IF(`t220`.`key_message_posts` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `key_message_posts__provenance`,
  IF(
    (
      ieee_divide(`t220`.`key_message_posts`, NULLIF(CAST(`t220`.`posts` AS FLOAT64), 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `key_message_rate__provenance`,
  IF(`t220`.`posts` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `posts__provenance`,
  IF(`t220`.`posts_contracted` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `posts_contracted__provenance`,
  IF(
    (
      ieee_divide(CAST(`t220`.`posts` AS FLOAT64), NULLIF(`t220`.`posts_contracted`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `posts_delivery_rate__provenance`,
  IF(`t220`.`ugc_posts` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `ugc_posts__provenance`,
  IF(
    `t220`.`likes` IS NOT NULL,
    COALESCE(`t220`.`likes__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `likes__provenance`,
  IF(
    `t220`.`comments` IS NOT NULL,
    COALESCE(`t220`.`comments__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `comments__provenance`,
  IF(
    `t220`.`shares` IS NOT NULL,
    COALESCE(`t220`.`shares__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `shares__provenance`,
  IF(
    `t220`.`saves` IS NOT NULL,
    COALESCE(`t220`.`saves__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `saves__provenance`,
  IF(
    `t220`.`engagements` IS NOT NULL,
    COALESCE(`t220`.`engagements__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagements__provenance`,
  IF(
    (
      ieee_divide(
        `t220`.`engagement_rate_reach__first`,
        NULLIF(`t220`.`engagement_rate_reach__second`, 0)
      ) * 100
    ) IS NOT NULL,
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t220`.`engagement_rate_reach__first__provenance`, -1),
          COALESCE(`t220`.`engagement_rate_reach__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_reach__provenance`,
  IF(
    (
      ieee_divide(
        `t220`.`engagement_rate_followers__first`,
        NULLIF(`t220`.`engagement_rate_followers__second`, 0)
      ) * 100
    ) IS NOT NULL,
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t220`.`engagement_rate_followers__first__provenance`, -1),
          COALESCE(`t220`.`engagement_rate_followers__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_followers__provenance`,
  IF(
    `t220`.`er_reach_post_mean` IS NOT NULL,
    COALESCE(`t220`.`er_reach_post_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_reach_post_mean__provenance`,
  IF(
    `t220`.`er_reach_post_median` IS NOT NULL,
    COALESCE(`t220`.`er_reach_post_median__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_reach_post_median__provenance`,
  IF(
    `t220`.`er_reach_account_mean` IS NOT NULL,
    COALESCE(`t220`.`er_reach_account_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_reach_account_mean__provenance`,
  IF(
    `t220`.`er_reach_account_median` IS NOT NULL,
    COALESCE(`t220`.`er_reach_account_median__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_reach_account_median__provenance`,
  IF(
    `t220`.`er_followers_post_mean` IS NOT NULL,
    COALESCE(`t220`.`er_followers_post_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_followers_post_mean__provenance`,
  IF(
    `t220`.`er_followers_post_median` IS NOT NULL,
    COALESCE(`t220`.`er_followers_post_median__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_followers_post_median__provenance`,
  IF(
    `t220`.`er_followers_account_mean` IS NOT NULL,
    COALESCE(`t220`.`er_followers_account_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_followers_account_mean__provenance`,
  IF(
    `t220`.`er_followers_account_median` IS NOT NULL,
    COALESCE(`t220`.`er_followers_account_median__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_followers_account_median__provenance`,
  IF(
    (
      ieee_divide(
        `t220`.`engagement_rate_impressions__first`,
        NULLIF(`t220`.`engagement_rate_impressions__second`, 0)
      ) * 100
    ) IS NOT NULL,
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t220`.`engagement_rate_impressions__first__provenance`, -1),
          COALESCE(`t220`.`engagement_rate_impressions__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_impressions__provenance`,
  IF(
    `t220`.`er_impressions_post_mean` IS NOT NULL,
    COALESCE(`t220`.`er_impressions_post_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_impressions_post_mean__provenance`,
  IF(
    `t220`.`er_impressions_post_median` IS NOT NULL,
    COALESCE(`t220`.`er_impressions_post_median__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_impressions_post_median__provenance`,
  IF(
    `t220`.`er_impressions_account_mean` IS NOT NULL,
    COALESCE(`t220`.`er_impressions_account_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_impressions_account_mean__provenance`,
  IF(
    `t220`.`er_impressions_account_median` IS NOT NULL,
    COALESCE(`t220`.`er_impressions_account_median__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_impressions_account_median__provenance`,
  IF(
    (
      ieee_divide(
        `t220`.`engagement_rate_views__first`,
        NULLIF(`t220`.`engagement_rate_views__second`, 0)
      ) * 100
    ) IS NOT NULL,
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t220`.`engagement_rate_views__first__provenance`, -1),
          COALESCE(`t220`.`engagement_rate_views__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_views__provenance`,
  IF(
    `t220`.`er_views_post_mean` IS NOT NULL,
    COALESCE(`t220`.`er_views_post_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_views_post_mean__provenance`,
  IF(
    `t220`.`er_views_post_median` IS NOT NULL,
    COALESCE(`t220`.`er_views_post_median__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_views_post_median__provenance`,
  IF(
    `t220`.`er_views_account_mean` IS NOT NULL,
    COALESCE(`t220`.`er_views_account_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_views_account_mean__provenance`,
  IF(
    `t220`.`er_views_account_median` IS NOT NULL,
    COALESCE(`t220`.`er_views_account_median__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_views_account_median__provenance`,
  IF(
    `t220`.`clicks` IS NOT NULL,
    COALESCE(`t220`.`clicks__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `platform_link_clicks__provenance`,
  IF(
    `t220`.`followers_gained` IS NOT NULL,
    COALESCE(`t220`.`followers_gained__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `followers_gained__provenance`,
  IF(
    (
      ieee_divide(
        `t220`.`follower_growth_rate__first`,
        NULLIF(`t220`.`follower_growth_rate__second`, 0)
      ) * 100
    ) IS NOT NULL,
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t220`.`follower_growth_rate__first__provenance`, -1),
          COALESCE(`t220`.`follower_growth_rate__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS INT64)
  ) AS `follower_growth_rate__provenance`,
  IF(
    (
      `t220`.`followers_gained_above_trend__first` - `t220`.`followers_gained_above_trend__second`
    ) IS NOT NULL,
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t220`.`followers_gained_above_trend__first__provenance`, -1),
          COALESCE(`t220`.`followers_gained_above_trend__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS INT64)
  ) AS `followers_gained_above_trend__provenance`,
  IF(
    `t220`.`brand_followers_gained` IS NOT NULL,
    COALESCE(`t220`.`brand_followers_gained__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `brand_followers_gained__provenance`,
  IF(
    (
      ieee_divide(
        `t220`.`brand_follower_growth_rate__first`,
        NULLIF(`t220`.`brand_follower_growth_rate__second`, 0)
      ) * 100
    ) IS NOT NULL,
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t220`.`brand_follower_growth_rate__first__provenance`, -1),
          COALESCE(`t220`.`brand_follower_growth_rate__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS INT64)
  ) AS `brand_follower_growth_rate__provenance`,
  IF(
    (
      `t220`.`brand_followers_gained_above_trend__first` - `t220`.`brand_followers_gained_above_trend__second`
    ) IS NOT NULL,
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t220`.`brand_followers_gained_above_trend__first__provenance`, -1),
          COALESCE(`t220`.`brand_followers_gained_above_trend__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS INT64)
  ) AS `brand_followers_gained_above_trend__provenance`,
  IF(`t220`.`link_clicks` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `tracked_clicks__provenance`,
  IF(`t220`.`unique_link_clicks` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `unique_clicks__provenance`,
  IF(`t220`.`bot_link_clicks` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `bot_clicks__provenance`,
  IF(
    (
      ieee_divide(`t220`.`link_clicks`, NULLIF(`t220`.`impressions_with_estimates`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(`t220`.`impressions_with_estimates__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `click_through_rate__provenance`,
  IF(`t220`.`sessions` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `sessions__provenance`,
  IF(`t220`.`new_users` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `new_users__provenance`,
  IF(
    (
      ieee_divide(`t220`.`bounced_sessions`, NULLIF(`t220`.`sessions`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `bounce_rate__provenance`,
  IF(
    ieee_divide(`t220`.`session_seconds`, NULLIF(`t220`.`sessions`, 0)) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `average_session_duration__provenance`,
  IF(
    ieee_divide(`t220`.`page_views`, NULLIF(`t220`.`sessions`, 0)) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `pages_per_session__provenance`,
  IF(`t220`.`key_events` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `leads__provenance`,
  IF(`t220`.`orders` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `conversions__provenance`,
  IF(
    (
      ieee_divide(`t220`.`orders`, NULLIF(`t220`.`unique_link_clicks`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `conversion_rate__provenance`,
  IF(`t220`.`revenue` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `revenue__provenance`,
  IF(
    ieee_divide(`t220`.`revenue`, NULLIF(`t220`.`orders`, 0)) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `average_order_value__provenance`,
  IF(`t220`.`new_customers` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `new_customers__provenance`,
  IF(
    ieee_divide(`t220`.`revenue`, NULLIF(`t220`.`cost`, 0)) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `return_on_ad_spend__provenance`,
  IF(
    (
      ieee_divide(`t220`.`revenue` - `t220`.`cost`, NULLIF(`t220`.`cost`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `return_on_investment__provenance`,
  IF(
    (
      ieee_divide(`t220`.`revenue` - `t220`.`cost`, NULLIF(`t220`.`revenue`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `profitability__provenance`,
  IF(`t220`.`sponsored_posts` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `sponsored_posts__provenance`,
  IF(`t220`.`disclosed_sponsored_posts` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `disclosed_sponsored_posts__provenance`,
  IF(
    (
      ieee_divide(`t220`.`disclosed_sponsored_posts`, NULLIF(`t220`.`sponsored_posts`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `disclosure_rate__provenance`,
  IF(`t220`.`cost` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `cost__provenance`,
  IF(
    (
      ieee_divide(`t220`.`cost`, NULLIF(`t220`.`impressions_with_estimates`, 0)) * 1000
    ) IS NOT NULL,
    COALESCE(`t220`.`impressions_with_estimates__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `cost_per_mille__provenance`,
  IF(
    ieee_divide(`t220`.`cost`, NULLIF(`t220`.`engagements`, 0)) IS NOT NULL,
    COALESCE(`t220`.`engagements__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `cost_per_engagement__provenance`,
  IF(
    ieee_divide(`t220`.`cost`, NULLIF(`t220`.`views`, 0)) IS NOT NULL,
    COALESCE(`t220`.`views__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `cost_per_view__provenance`,
  IF(
    ieee_divide(`t220`.`cost`, NULLIF(`t220`.`brand_followers_gained`, 0)) IS NOT NULL,
    COALESCE(`t220`.`brand_followers_gained__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `cost_per_new_follower__provenance`,
  IF(
    ieee_divide(`t220`.`cost`, NULLIF(`t220`.`link_clicks`, 0)) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `cost_per_click__provenance`,
  IF(
    ieee_divide(`t220`.`cost`, NULLIF(`t220`.`orders`, 0)) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `cost_per_acquisition__provenance`,
  IF(
    ieee_divide(`t220`.`cost`, NULLIF(`t220`.`new_customers`, 0)) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `customer_acquisition_cost__provenance`,
  IF(
    ieee_divide(`t220`.`cost`, NULLIF(`t220`.`key_events`, 0)) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `cost_per_lead__provenance`,
  IF(`t220`.`emv` IS NOT NULL, COALESCE(`t220`.`emv__provenance`, 0), CAST(NULL AS INT64)) AS `emv__provenance`,
  IF(
    `t220`.`emv_authentic` IS NOT NULL,
    COALESCE(`t220`.`emv_authentic__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `emv_authentic__provenance`,
  IF(
    ieee_divide(`t220`.`emv`, NULLIF(`t220`.`cost`, 0)) IS NOT NULL,
    COALESCE(`t220`.`emv__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `emv_per_cost__provenance`,
  IF(`t220`.`paid_impressions` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `paid_equivalent_impressions__provenance`,
  IF(`t220`.`paid_clicks` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `paid_equivalent_clicks__provenance`,
  IF(`t220`.`paid_views` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `paid_equivalent_views__provenance`,
  IF(
    (
      ieee_divide(
        `t220`.`impressions_vs_paid__first`,
        NULLIF(`t220`.`impressions_vs_paid__second`, 0)
      ) * 100
    ) IS NOT NULL,
    COALESCE(`t220`.`impressions_vs_paid__first__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `impressions_vs_paid__provenance`,
  IF(
    (
      ieee_divide(`t220`.`clicks_vs_paid__first`, NULLIF(`t220`.`clicks_vs_paid__second`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(`t220`.`clicks_vs_paid__first__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `clicks_vs_paid__provenance`,
  IF(
    (
      ieee_divide(`t220`.`views_vs_paid__first`, NULLIF(`t220`.`views_vs_paid__second`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(`t220`.`views_vs_paid__first__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `views_vs_paid__provenance`
FROM (
  SELECT
    `t215`.`campaign_id`,
    `t215`.`campaign`,
    `t215`.`key_messages`,
    `t215`.`platforms_selected`,
    `t215`.`influencers_contacted`,
    `t215`.`influencers_interested`,
    `t215`.`influencers_activated`,
    `t215`.`products_sent`,
    `t215`.`reach`,
    `t215`.`reach__provenance`,
    `t215`.`impressions`,
    `t215`.`impressions__provenance`,
    `t215`.`views`,
    `t215`.`views__provenance`,
    `t215`.`impressions_with_estimates`,
    `t215`.`impressions_with_estimates__provenance`,
    `t215`.`reach_rate__first`,
    `t215`.`reach_rate__first__provenance`,
    `t215`.`reach_rate__second`,
    `t215`.`reach_rate__second__provenance`,
    `t215`.`brand_mentions`,
    `t215`.`mentions`,
    `t215`.`brand_mention_engagements`,
    `t215`.`mention_engagements`,
    `t215`.`key_message_posts`,
    `t215`.`posts`,
    `t215`.`posts_contracted`,
    `t215`.`ugc_posts`,
    `t215`.`likes`,
    `t215`.`likes__provenance`,
    `t215`.`comments`,
    `t215`.`comments__provenance`,
    `t215`.`shares`,
    `t215`.`shares__provenance`,
    `t215`.`saves`,
    `t215`.`saves__provenance`,
    `t215`.`engagements`,
    `t215`.`engagements__provenance`,
    `t215`.`engagement_rate_reach__first`,
    `t215`.`engagement_rate_reach__first__provenance`,
    `t215`.`engagement_rate_reach__second`,
    `t215`.`engagement_rate_reach__second__provenance`,
    `t215`.`engagement_rate_followers__first`,
    `t215`.`engagement_rate_followers__first__provenance`,
    `t215`.`engagement_rate_followers__second`,
    `t215`.`engagement_rate_followers__second__provenance`,
    `t215`.`er_reach_post_mean`,
    `t215`.`er_reach_post_mean__provenance`,
    `t215`.`er_reach_post_median`,
    `t215`.`er_reach_post_median__provenance`,
    `t215`.`er_followers_post_mean`,
    `t215`.`er_followers_post_mean__provenance`,
    `t215`.`er_followers_post_median`,
    `t215`.`er_followers_post_median__provenance`,
    `t215`.`engagement_rate_impressions__first`,
    `t215`.`engagement_rate_impressions__first__provenance`,
    `t215`.`engagement_rate_impressions__second`,
    `t215`.`engagement_rate_impressions__second__provenance`,
    `t215`.`er_impressions_post_mean`,
    `t215`.`er_impressions_post_mean__provenance`,
    `t215`.`er_impressions_post_median`,
    `t215`.`er_impressions_post_median__provenance`,
    `t215`.`engagement_rate_views__first`,
    `t215`.`engagement_rate_views__first__provenance`,
    `t215`.`engagement_rate_views__second`,
    `t215`.`engagement_rate_views__second__provenance`,
    `t215`.`er_views_post_mean`,
    `t215`.`er_views_post_mean__provenance`,
    `t215`.`er_views_post_median`,
    `t215`.`er_views_post_median__provenance`,
    `t215`.`clicks`,
    `t215`.`clicks__provenance`,
    `t215`.`followers_gained`,
    `t215`.`followers_gained__provenance`,
    `t215`.`follower_growth_rate__first`,
    `t215`.`follower_growth_rate__first__provenance`,
    `t215`.`follower_growth_rate__second`,
    `t215`.`follower_growth_rate__second__provenance`,
    `t215`.`followers_gained_above_trend__first`,
    `t215`.`followers_gained_above_trend__first__provenance`,
    `t215`.`followers_gained_above_trend__second`,
    `t215`.`followers_gained_above_trend__second__provenance`,
    `t215`.`brand_followers_gained`,
    `t215`.`brand_followers_gained__provenance`,
    `t215`.`brand_follower_growth_rate__first`,
    `t215`.`brand_follower_growth_rate__first__provenance`,
    `t215`.`brand_follower_growth_rate__second`,
    `t215`.`brand_follower_growth_rate__second__provenance`,
    `t215`.`brand_followers_gained_above_trend__first`,
    `t215`.`brand_followers_gained_above_trend__first__provenance`,
    `t215`.`brand_followers_gained_above_trend__second`,
    `t215`.`brand_followers_gained_above_trend__second__provenance`,
    `t215`.`link_clicks`,
    `t215`.`unique_link_clicks`,
    `t215`.`bot_link_clicks`,
    `t215`.`sessions`,
    `t215`.`new_users`,
    `t215`.`bounced_sessions`,
    `t215`.`session_seconds`,
    `t215`.`page_views`,
    `t215`.`key_events`,
    `t215`.`orders`,
    `t215`.`revenue`,
    `t215`.`new_customers`,
    `t215`.`cost`,
    `t215`.`sponsored_posts`,
    `t215`.`disclosed_sponsored_posts`,
    `t215`.`emv`,
    `t215`.`emv__provenance`,
    `t215`.`emv_authentic`,
    `t215`.`emv_authentic__provenance`,
    `t215`.`paid_impressions`,
    `t215`.`paid_clicks`,
    `t215`.`paid_views`,
    `t215`.`impressions_vs_paid__first`,
    `t215`.`impressions_vs_paid__first__provenance`,
    `t215`.`impressions_vs_paid__second`,
    `t215`.`clicks_vs_paid__first`,
    `t215`.`clicks_vs_paid__first__provenance`,
    `t215`.`clicks_vs_paid__second`,
    `t215`.`views_vs_paid__first`,
    `t215`.`views_vs_paid__first__provenance`,
    `t215`.`views_vs_paid__second`,
    `t219`.`er_reach_account_mean`,
    `t219`.`er_reach_account_mean__provenance`,
    `t219`.`er_reach_account_median`,
    `t219`.`er_reach_account_median__provenance`,
    `t219`.`er_followers_account_mean`,
    `t219`.`er_followers_account_mean__provenance`,
    `t219`.`er_followers_account_median`,
    `t219`.`er_followers_account_median__provenance`,
    `t219`.`er_impressions_account_mean`,
    `t219`.`er_impressions_account_mean__provenance`,
    `t219`.`er_impressions_account_median`,
    `t219`.`er_impressions_account_median__provenance`,
    `t219`.`er_views_account_mean`,
    `t219`.`er_views_account_mean__provenance`,
    `t219`.`er_views_account_median`,
    `t219`.`er_views_account_median__provenance`
  FROM (
    SELECT
      `t212`.`campaign_id`,
      `t212`.`campaign`,
      SUM(`t212`.`key_messages`) AS `key_messages`,
      COUNT(DISTINCT `t212`.`post_platform`) AS `platforms_selected`,
      SUM(`t212`.`influencers_contacted`) AS `influencers_contacted`,
      SUM(`t212`.`influencers_interested`) AS `influencers_interested`,
      COUNT(DISTINCT `t212`.`publishing_influencer`) AS `influencers_activated`,
      SUM(`t212`.`products_sent`) AS `products_sent`,
      SUM(`t212`.`reach`) AS `reach`,
      MAX(IF(`t212`.`reach` IS NOT NULL, `t212`.`reach__provenance`, NULL)) AS `reach__provenance`,
      SUM(`t212`.`impressions`) AS `impressions`,
      MAX(IF(`t212`.`impressions` IS NOT NULL, `t212`.`impressions__provenance`, NULL)) AS `impressions__provenance`,
      SUM(`t212`.`views`) AS `views`,
      MAX(IF(`t212`.`views` IS NOT NULL, `t212`.`views__provenance`, NULL)) AS `views__provenance`,
      SUM(`t212`.`impressions_with_estimates`) AS `impressions_with_estimates`,
      MAX(
        IF(
          `t212`.`impressions_with_estimates` IS NOT NULL,
          `t212`.`impressions_with_estimates__provenance`,
          NULL
        )
      ) AS `impressions_with_estimates__provenance`,
      SUM(
        IF(
          (
            `t212`.`reach` IS NOT NULL
          ) AND (
            `t212`.`followers` IS NOT NULL
          ),
          `t212`.`reach`,
          NULL
        )
      ) AS `reach_rate__first`,
      MAX(
        IF(
          (
            `t212`.`reach` IS NOT NULL
          )
          AND (
            (
              `t212`.`reach` IS NOT NULL
            ) AND (
              `t212`.`followers` IS NOT NULL
            )
          ),
          `t212`.`reach__provenance`,
          NULL
        )
      ) AS `reach_rate__first__provenance`,
      SUM(
        IF(
          (
            `t212`.`reach` IS NOT NULL
          ) AND (
            `t212`.`followers` IS NOT NULL
          ),
          `t212`.`followers`,
          NULL
        )
      ) AS `reach_rate__second`,
      MAX(
        IF(
          (
            `t212`.`followers` IS NOT NULL
          )
          AND (
            (
              `t212`.`reach` IS NOT NULL
            ) AND (
              `t212`.`followers` IS NOT NULL
            )
          ),
          `t212`.`followers__provenance`,
          NULL
        )
      ) AS `reach_rate__second__provenance`,
      SUM(`t212`.`brand_mentions`) AS `brand_mentions`,
      SUM(`t212`.`mentions`) AS `mentions`,
      SUM(`t212`.`brand_mention_engagements`) AS `brand_mention_engagements`,
      SUM(`t212`.`mention_engagements`) AS `mention_engagements`,
      SUM(`t212`.`key_message_posts`) AS `key_message_posts`,
      COUNT(DISTINCT `t212`.`post_id`) AS `posts`,
      SUM(`t212`.`posts_contracted`) AS `posts_contracted`,
      COUNT(DISTINCT `t212`.`ugc_post`) AS `ugc_posts`,
      SUM(`t212`.`likes`) AS `likes`,
      MAX(IF(`t212`.`likes` IS NOT NULL, `t212`.`likes__provenance`, NULL)) AS `likes__provenance`,
      SUM(`t212`.`comments`) AS `comments`,
      MAX(IF(`t212`.`comments` IS NOT NULL, `t212`.`comments__provenance`, NULL)) AS `comments__provenance`,
      SUM(`t212`.`shares`) AS `shares`,
      MAX(IF(`t212`.`shares` IS NOT NULL, `t212`.`shares__provenance`, NULL)) AS `shares__provenance`,
      SUM(`t212`.`saves`) AS `saves`,
      MAX(IF(`t212`.`saves` IS NOT NULL, `t212`.`saves__provenance`, NULL)) AS `saves__provenance`,
      SUM(`t212`.`engagements`) AS `engagements`,
      MAX(IF(`t212`.`engagements` IS NOT NULL, `t212`.`engagements__provenance`, NULL)) AS `engagements__provenance`,
      SUM(
        IF(
          (
            `t212`.`engagements` IS NOT NULL
          ) AND (
            `t212`.`reach` IS NOT NULL
          ),
          `t212`.`engagements`,
          NULL
        )
      ) AS `engagement_rate_reach__first`,
      MAX(
        IF(
          (
            `t212`.`engagements` IS NOT NULL
          )
          AND (
            (
              `t212`.`engagements` IS NOT NULL
            ) AND (
              `t212`.`reach` IS NOT NULL
            )
          ),
          `t212`.`engagements__provenance`,
          NULL
        )
      ) AS `engagement_rate_reach__first__provenance`,
      SUM(
        IF(
          (
            `t212`.`engagements` IS NOT NULL
          ) AND (
            `t212`.`reach` IS NOT NULL
          ),
          `t212`.`reach`,
          NULL
        )
      ) AS `engagement_rate_reach__second`,
      MAX(
        IF(
          (
            `t212`.`reach` IS NOT NULL
          )
          AND (
            (
              `t212`.`engagements` IS NOT NULL
            ) AND (
              `t212`.`reach` IS NOT NULL
            )
          ),
          `t212`.`reach__provenance`,
          NULL
        )
      ) AS `engagement_rate_reach__second__provenance`,
      SUM(
        IF(
          (
            `t212`.`engagements` IS NOT NULL
          ) AND (
            `t212`.`followers` IS NOT NULL
          ),
          `t212`.`engagements`,
          NULL
        )
      ) AS `engagement_rate_followers__first`,
      MAX(
        IF(
          (
            `t212`.`engagements` IS NOT NULL
          )
          AND (
            (
              `t212`.`engagements` IS NOT NULL
            ) AND (
              `t212`.`followers` IS NOT NULL
            )
          ),
          `t212`.`engagements__provenance`,
          NULL
        )
      ) AS `engagement_rate_followers__first__provenance`,
      SUM(
        IF(
          (
            `t212`.`engagements` IS NOT NULL
          ) AND (
            `t212`.`followers` IS NOT NULL
          ),
          `t212`.`followers`,
          NULL
        )
      ) AS `engagement_rate_followers__second`,
      MAX(
        IF(
          (
            `t212`.`followers` IS NOT NULL
          )
          AND (
            (
              `t212`.`engagements` IS NOT NULL
            ) AND (
              `t212`.`followers` IS NOT NULL
            )
          ),
          `t212`.`followers__provenance`,
          NULL
        )
      ) AS `engagement_rate_followers__second__provenance`,
      AVG(`t212`.`er_reach_post`) AS `er_reach_post_mean`,
      MAX(IF(`t212`.`er_reach_post` IS NOT NULL, `t212`.`er_reach_post__provenance`, NULL)) AS `er_reach_post_mean__provenance`,
      APPROX_QUANTILES(`t212`.`er_reach_post`, 2)[offset(1)] AS `er_reach_post_median`,
      MAX(IF(`t212`.`er_reach_post` IS NOT NULL, `t212`.`er_reach_post__provenance`, NULL)) AS `er_reach_post_median__provenance`,
      AVG(`t212`.`er_followers_post`) AS `er_followers_post_mean`,
      MAX(
        IF(`t212`.`er_followers_post` IS NOT NULL, `t212`.`er_followers_post__provenance`, NULL)
      ) AS `er_followers_post_mean__provenance`,
      APPROX_QUANTILES(`t212`.`er_followers_post`, 2)[offset(1)] AS `er_followers_post_median`,
      MAX(
        IF(`t212`.`er_followers_post` IS NOT NULL, `t212`.`er_followers_post__provenance`, NULL)
      ) AS `er_followers_post_median__provenance`,
      SUM(
        IF(
          (
            `t212`.`engagements` IS NOT NULL
          ) AND (
            `t212`.`impressions` IS NOT NULL
          ),
          `t212`.`engagements`,
          NULL
        )
      ) AS `engagement_rate_impressions__first`,
      MAX(
        IF(
          (
            `t212`.`engagements` IS NOT NULL
          )
          AND (
            (
              `t212`.`engagements` IS NOT NULL
            ) AND (
              `t212`.`impressions` IS NOT NULL
            )
          ),
          `t212`.`engagements__provenance`,
          NULL
        )
      ) AS `engagement_rate_impressions__first__provenance`,
      SUM(
        IF(
          (
            `t212`.`engagements` IS NOT NULL
          ) AND (
            `t212`.`impressions` IS NOT NULL
          ),
          `t212`.`impressions`,
          NULL
        )
      ) AS `engagement_rate_impressions__second`,
      MAX(
        IF(
          (
            `t212`.`impressions` IS NOT NULL
          )
          AND (
            (
              `t212`.`engagements` IS NOT NULL
            ) AND (
              `t212`.`impressions` IS NOT NULL
            )
          ),
          `t212`.`impressions__provenance`,
          NULL
        )
      ) AS `engagement_rate_impressions__second__provenance`,
      AVG(`t212`.`er_impressions_post`) AS `er_impressions_post_mean`,
      MAX(
        IF(
          `t212`.`er_impressions_post` IS NOT NULL,
          `t212`.`er_impressions_post__provenance`,
          NULL
        )
      ) AS `er_impressions_post_mean__provenance`,
      APPROX_QUANTILES(`t212`.`er_impressions_post`, 2)[offset(1)] AS `er_impressions_post_median`,
      MAX(
        IF(
          `t212`.`er_impressions_post` IS NOT NULL,
          `t212`.`er_impressions_post__provenance`,
          NULL
        )
      ) AS `er_impressions_post_median__provenance`,
      SUM(
        IF(
          (
            `t212`.`engagements` IS NOT NULL
          ) AND (
            `t212`.`views` IS NOT NULL
          ),
          `t212`.`engagements`,
          NULL
        )
      ) AS `engagement_rate_views__first`,
      MAX(
        IF(
          (
            `t212`.`engagements` IS NOT NULL
          )
          AND (
            (
              `t212`.`engagements` IS NOT NULL
            ) AND (
              `t212`.`views` IS NOT NULL
            )
          ),
          `t212`.`engagements__provenance`,
          NULL
        )
      ) AS `engagement_rate_views__first__provenance`,
      SUM(
        IF(
          (
            `t212`.`engagements` IS NOT NULL
          ) AND (
            `t212`.`views` IS NOT NULL
          ),
          `t212`.`views`,
          NULL
        )
      ) AS `engagement_rate_views__second`,
      MAX(
        IF(
          (
            `t212`.`views` IS NOT NULL
          )
          AND (
            (
              `t212`.`engagements` IS NOT NULL
            ) AND (
              `t212`.`views` IS NOT NULL
            )
          ),
          `t212`.`views__provenance`,
          NULL
        )
      ) AS `engagement_rate_views__second__provenance`,
      AVG(`t212`.`er_views_post`) AS `er_views_post_mean`,
      MAX(IF(`t212`.`er_views_post` IS NOT NULL, `t212`.`er_views_post__provenance`, NULL)) AS `er_views_post_mean__provenance`,
      APPROX_QUANTILES(`t212`.`er_views_post`, 2)[offset(1)] AS `er_views_post_median`,
      MAX(IF(`t212`.`er_views_post` IS NOT NULL, `t212`.`er_views_post__provenance`, NULL)) AS `er_views_post_median__provenance`,
      SUM(`t212`.`clicks`) AS `clicks`,
      MAX(IF(`t212`.`clicks` IS NOT NULL, `t212`.`clicks__provenance`, NULL)) AS `clicks__provenance`,
      SUM(`t212`.`followers_gained`) AS `followers_gained`,
      MAX(
        IF(`t212`.`followers_gained` IS NOT NULL, `t212`.`followers_gained__provenance`, NULL)
      ) AS `followers_gained__provenance`,
      SUM(
        IF(
          (
            `t212`.`followers_gained` IS NOT NULL
          )
          AND (
            `t212`.`followers_start` IS NOT NULL
          ),
          `t212`.`followers_gained`,
          NULL
        )
      ) AS `follower_growth_rate__first`,
      MAX(
        IF(
          (
            `t212`.`followers_gained` IS NOT NULL
          )
          AND (
            (
              `t212`.`followers_gained` IS NOT NULL
            )
            AND (
              `t212`.`followers_start` IS NOT NULL
            )
          ),
          `t212`.`followers_gained__provenance`,
          NULL
        )
      ) AS `follower_growth_rate__first__provenance`,
      SUM(
        IF(
          (
            `t212`.`followers_gained` IS NOT NULL
          )
          AND (
            `t212`.`followers_start` IS NOT NULL
          ),
          `t212`.`followers_start`,
          NULL
        )
      ) AS `follower_growth_rate__second`,
      MAX(
        IF(
          (
            `t212`.`followers_start` IS NOT NULL
          )
          AND (
            (
              `t212`.`followers_gained` IS NOT NULL
            )
            AND (
              `t212`.`followers_start` IS NOT NULL
            )
          ),
          `t212`.`followers_start__provenance`,
          NULL
        )
      ) AS `follower_growth_rate__second__provenance`,
      SUM(
        IF(
          (
            `t212`.`followers_gained` IS NOT NULL
          )
          AND (
            `t212`.`followers_expected_gain` IS NOT NULL
          ),
          `t212`.`followers_gained`,
          NULL
        )
      ) AS `followers_gained_above_trend__first`,
      MAX(
        IF(
          (
            `t212`.`followers_gained` IS NOT NULL
          )
          AND (
            (
              `t212`.`followers_gained` IS NOT NULL
            )
            AND (
              `t212`.`followers_expected_gain` IS NOT NULL
            )
          ),
          `t212`.`followers_gained__provenance`,
          NULL
        )
      ) AS `followers_gained_above_trend__first__provenance`,
      SUM(
        IF(
          (
            `t212`.`followers_gained` IS NOT NULL
          )
          AND (
            `t212`.`followers_expected_gain` IS NOT NULL
          ),
          `t212`.`followers_expected_gain`,
          NULL
        )
      ) AS `followers_gained_above_trend__second`,
      MAX(
        IF(
          (
            `t212`.`followers_expected_gain` IS NOT NULL
          )
          AND (
            (
              `t212`.`followers_gained` IS NOT NULL
            )
            AND (
              `t212`.`followers_expected_gain` IS NOT NULL
            )
          ),
          `t212`.`followers_expected_gain__provenance`,
          NULL
        )
      ) AS `followers_gained_above_trend__second__provenance`,
      SUM(`t212`.`brand_followers_gained`) AS `brand_followers_gained`,
      MAX(
        IF(
          `t212`.`brand_followers_gained` IS NOT NULL,
          `t212`.`brand_followers_gained__provenance`,
          NULL
        )
      ) AS `brand_followers_gained__provenance`,
      SUM(
        IF(
          (
            `t212`.`brand_followers_gained` IS NOT NULL
          )
          AND (
            `t212`.`brand_followers_start` IS NOT NULL
          ),
          `t212`.`brand_followers_gained`,
          NULL
        )
      ) AS `brand_follower_growth_rate__first`,
      MAX(
        IF(
          (
            `t212`.`brand_followers_gained` IS NOT NULL
          )
          AND (
            (
              `t212`.`brand_followers_gained` IS NOT NULL
            )
            AND (
              `t212`.`brand_followers_start` IS NOT NULL
            )
          ),
          `t212`.`brand_followers_gained__provenance`,
          NULL
        )
      ) AS `brand_follower_growth_rate__first__provenance`,
      SUM(
        IF(
          (
            `t212`.`brand_followers_gained` IS NOT NULL
          )
          AND (
            `t212`.`brand_followers_start` IS NOT NULL
          ),
          `t212`.`brand_followers_start`,
          NULL
        )
      ) AS `brand_follower_growth_rate__second`,
      MAX(
        IF(
          (
            `t212`.`brand_followers_start` IS NOT NULL
          )
          AND (
            (
              `t212`.`brand_followers_gained` IS NOT NULL
            )
            AND (
              `t212`.`brand_followers_start` IS NOT NULL
            )
          ),
          `t212`.`brand_followers_start__provenance`,
          NULL
        )
      ) AS `brand_follower_growth_rate__second__provenance`,
      SUM(
        IF(
          (
            `t212`.`brand_followers_gained` IS NOT NULL
          )
          AND (
            `t212`.`brand_followers_expected_gain` IS NOT NULL
          ),
          `t212`.`brand_followers_gained`,
          NULL
        )
      ) AS `brand_followers_gained_above_trend__first`,
      MAX(
        IF(
          (
            `t212`.`brand_followers_gained` IS NOT NULL
          )
          AND (
            (
              `t212`.`brand_followers_gained` IS NOT NULL
            )
            AND (
              `t212`.`brand_followers_expected_gain` IS NOT NULL
            )
          ),
          `t212`.`brand_followers_gained__provenance`,
          NULL
        )
      ) AS `brand_followers_gained_above_trend__first__provenance`,
      SUM(
        IF(
          (
            `t212`.`brand_followers_gained` IS NOT NULL
          )
          AND (
            `t212`.`brand_followers_expected_gain` IS NOT NULL
          ),
          `t212`.`brand_followers_expected_gain`,
          NULL
        )
      ) AS `brand_followers_gained_above_trend__second`,
      MAX(
        IF(
          (
            `t212`.`brand_followers_expected_gain` IS NOT NULL
          )
          AND (
            (
              `t212`.`brand_followers_gained` IS NOT NULL
            )
            AND (
              `t212`.`brand_followers_expected_gain` IS NOT NULL
            )
          ),
          `t212`.`brand_followers_expected_gain__provenance`,
          NULL
        )
      ) AS `brand_followers_gained_above_trend__second__provenance`,
      SUM(`t212`.`link_clicks`) AS `link_clicks`,
      SUM(`t212`.`unique_link_clicks`) AS `unique_link_clicks`,
      SUM(`t212`.`bot_link_clicks`) AS `bot_link_clicks`,
      SUM(`t212`.`sessions`) AS `sessions`,
      SUM(`t212`.`new_users`) AS `new_users`,
      SUM(`t212`.`bounced_sessions`) AS `bounced_sessions`,
      SUM(`t212`.`session_seconds`) AS `session_seconds`,
      SUM(`t212`.`page_views`) AS `page_views`,
      SUM(`t212`.`key_events`) AS `key_events`,
      SUM(`t212`.`orders`) AS `orders`,
      SUM(`t212`.`revenue`) AS `revenue`,
      SUM(`t212`.`new_customers`) AS `new_customers`,
      SUM(`t212`.`cost`) AS `cost`,
      SUM(`t212`.`sponsored_posts`) AS `sponsored_posts`,
      SUM(`t212`.`disclosed_sponsored_posts`) AS `disclosed_sponsored_posts`,
      SUM(`t212`.`emv`) AS `emv`,
      MAX(IF(`t212`.`emv` IS NOT NULL, `t212`.`emv__provenance`, NULL)) AS `emv__provenance`,
      SUM(`t212`.`emv_authentic`) AS `emv_authentic`,
      MAX(IF(`t212`.`emv_authentic` IS NOT NULL, `t212`.`emv_authentic__provenance`, NULL)) AS `emv_authentic__provenance`,
      SUM(`t212`.`paid_impressions`) AS `paid_impressions`,
      SUM(`t212`.`paid_clicks`) AS `paid_clicks`,
      SUM(`t212`.`paid_views`) AS `paid_views`,
      SUM(
        IF(
          (
            `t212`.`impressions_with_estimates` IS NOT NULL
          )
          AND (
            `t212`.`paid_impressions` IS NOT NULL
          ),
          `t212`.`impressions_with_estimates`,
          NULL
        )
      ) AS `impressions_vs_paid__first`,
      MAX(
        IF(
          (
            `t212`.`impressions_with_estimates` IS NOT NULL
          )
          AND (
            (
              `t212`.`impressions_with_estimates` IS NOT NULL
            )
            AND (
              `t212`.`paid_impressions` IS NOT NULL
            )
          ),
          `t212`.`impressions_with_estimates__provenance`,
          NULL
        )
      ) AS `impressions_vs_paid__first__provenance`,
      SUM(
        IF(
          (
            `t212`.`impressions_with_estimates` IS NOT NULL
          )
          AND (
            `t212`.`paid_impressions` IS NOT NULL
          ),
          `t212`.`paid_impressions`,
          NULL
        )
      ) AS `impressions_vs_paid__second`,
      SUM(
        IF(
          (
            `t212`.`clicks` IS NOT NULL
          ) AND (
            `t212`.`paid_clicks` IS NOT NULL
          ),
          `t212`.`clicks`,
          NULL
        )
      ) AS `clicks_vs_paid__first`,
      MAX(
        IF(
          (
            `t212`.`clicks` IS NOT NULL
          )
          AND (
            (
              `t212`.`clicks` IS NOT NULL
            ) AND (
              `t212`.`paid_clicks` IS NOT NULL
            )
          ),
          `t212`.`clicks__provenance`,
          NULL
        )
      ) AS `clicks_vs_paid__first__provenance`,
      SUM(
        IF(
          (
            `t212`.`clicks` IS NOT NULL
          ) AND (
            `t212`.`paid_clicks` IS NOT NULL
          ),
          `t212`.`paid_clicks`,
          NULL
        )
      ) AS `clicks_vs_paid__second`,
      SUM(
        IF(
          (
            `t212`.`views` IS NOT NULL
          ) AND (
            `t212`.`paid_views` IS NOT NULL
          ),
          `t212`.`views`,
          NULL
        )
      ) AS `views_vs_paid__first`,
      MAX(
        IF(
          (
            `t212`.`views` IS NOT NULL
          )
          AND (
            (
              `t212`.`views` IS NOT NULL
            ) AND (
              `t212`.`paid_views` IS NOT NULL
            )
          ),
          `t212`.`views__provenance`,
          NULL
        )
      ) AS `views_vs_paid__first__provenance`,
      SUM(
        IF(
          (
            `t212`.`views` IS NOT NULL
          ) AND (
            `t212`.`paid_views` IS NOT NULL
          ),
          `t212`.`paid_views`,
          NULL
        )
      ) AS `views_vs_paid__second`
    FROM (
      SELECT
        `t211`.`campaign_id`,
        `t211`.`campaign`,
        `t211`.`influencer_id`,
        `t211`.`influencer`,
        `t211`.`account_id`,
        `t211`.`platform`,
        `t211`.`format`,
        `t211`.`post_id`,
        `t211`.`day`,
        `t211`.`reach`,
        `t211`.`impressions`,
        `t211`.`views`,
        `t211`.`likes`,
        `t211`.`comments`,
        `t211`.`shares`,
        `t211`.`saves`,
        `t211`.`clicks`,
        `t211`.`reach__provenance`,
        `t211`.`impressions__provenance`,
        `t211`.`views__provenance`,
        `t211`.`likes__provenance`,
        `t211`.`comments__provenance`,
        `t211`.`shares__provenance`,
        `t211`.`saves__provenance`,
        `t211`.`clicks__provenance`,
        `t211`.`followers`,
        `t211`.`followers__provenance`,
        `t211`.`engagements`,
        `t211`.`engagements__provenance`,
        `t211`.`impressions_with_estimates`,
        `t211`.`impressions_with_estimates__provenance`,
        `t211`.`er_reach_post`,
        `t211`.`er_followers_post`,
        `t211`.`er_impressions_post`,
        `t211`.`er_views_post`,
        `t211`.`er_reach_post__provenance`,
        `t211`.`er_followers_post__provenance`,
        `t211`.`er_impressions_post__provenance`,
        `t211`.`er_views_post__provenance`,
        `t211`.`post_platform`,
        `t211`.`publishing_influencer`,
        `t211`.`sponsored_posts`,
        `t211`.`disclosed_sponsored_posts`,
        `t211`.`cost`,
        `t211`.`key_message_posts`,
        `t211`.`ugc_post`,
        `t211`.`mentions`,
        `t211`.`brand_mentions`,
        `t211`.`mention_engagements`,
        `t211`.`brand_mention_engagements`,
        `t211`.`followers_start`,
        `t211`.`followers_gained`,
        `t211`.`followers_expected_gain`,
        `t211`.`followers_start__provenance`,
        `t211`.`followers_gained__provenance`,
        `t211`.`followers_expected_gain__provenance`,
        `t211`.`brand_followers_start`,
        `t211`.`brand_followers_gained`,
        `t211`.`brand_followers_expected_gain`,
        `t211`.`brand_followers_start__provenance`,
        `t211`.`brand_followers_gained__provenance`,
        `t211`.`brand_followers_expected_gain__provenance`,
        `t211`.`influencers_contacted`,
        `t211`.`influencers_interested`,
        `t211`.`posts_contracted`,
        `t211`.`products_sent`,
        `t211`.`link_clicks`,
        `t211`.`unique_link_clicks`,
        `t211`.`bot_link_clicks`,
        `t211`.`sessions`,
        `t211`.`new_users`,
        `t211`.`engaged_sessions`,
        `t211`.`bounced_sessions`,
        `t211`.`session_seconds`,
        `t211`.`page_views`,
        `t211`.`key_events`,
        `t211`.`orders`,
        `t211`.`revenue`,
        `t211`.`new_customers`,
        `t211`.`key_messages`,
        `t211`.`emv_rate`,
        `t211`.`inauthentic_share`,
        `t211`.`emv`,
        `t211`.`emv__provenance`,
        `t211`.`emv_authentic`,
        `t211`.`emv_authentic__provenance`,
        `t211`.`paid_rate`,
        ieee_divide(
          `t211`.`cost`,
          CASE
            WHEN `t211`.`platform` = 'tiktok'
            THEN 7.5
            WHEN `t211`.`platform` = 'youtube'
            THEN 3.53
            ELSE 19.8
          END * `t211`.`paid_rate`
        ) * 1000 AS `paid_impressions`,
        CAST(NULL AS FLOAT64) AS `paid_engagements`,
        ieee_divide(
          `t211`.`cost`,
          CASE
            WHEN `t211`.`platform` = 'tiktok'
            THEN CAST(NULL AS FLOAT64)
            WHEN `t211`.`platform` = 'youtube'
            THEN CAST(NULL AS FLOAT64)
            ELSE 1.88
          END * `t211`.`paid_rate`
        ) AS `paid_clicks`,
        ieee_divide(
          `t211`.`cost`,
          CASE WHEN `t211`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS FLOAT64) END * `t211`.`paid_rate`
        ) AS `paid_views`
      FROM (
        SELECT
          `t209`.`campaign_id`,
          `t209`.`campaign`,
          `t209`.`influencer_id`,
          `t209`.`influencer`,
          `t209`.`account_id`,
          `t209`.`platform`,
          `t209`.`format`,
          `t209`.`post_id`,
          `t209`.`day`,
          `t209`.`reach`,
          `t209`.`impressions`,
          `t209`.`views`,
          `t209`.`likes`,
          `t209`.`comments`,
          `t209`.`shares`,
          `t209`.`saves`,
          `t209`.`clicks`,
          `t209`.`reach__provenance`,
          `t209`.`impressions__provenance`,
          `t209`.`views__provenance`,
          `t209`.`likes__provenance`,
          `t209`.`comments__provenance`,
          `t209`.`shares__provenance`,
          `t209`.`saves__provenance`,
          `t209`.`clicks__provenance`,
          `t209`.`followers`,
          `t209`.`followers__provenance`,
          `t209`.`engagements`,
          `t209`.`engagements__provenance`,
          `t209`.`impressions_with_estimates`,
          `t209`.`impressions_with_estimates__provenance`,
          `t209`.`er_reach_post`,
          `t209`.`er_followers_post`,
          `t209`.`er_impressions_post`,
          `t209`.`er_views_post`,
          `t209`.`er_reach_post__provenance`,
          `t209`.`er_followers_post__provenance`,
          `t209`.`er_impressions_post__provenance`,
          `t209`.`er_views_post__provenance`,
          `t209`.`post_platform`,
          `t209`.`publishing_influencer`,
          `t209`.`sponsored_posts`,
          `t209`.`disclosed_sponsored_posts`,
          `t209`.`cost`,
          `t209`.`key_message_posts`,
          `t209`.`ugc_post`,
          `t209`.`mentions`,
          `t209`.`brand_mentions`,
          `t209`.`mention_engagements`,
          `t209`.`brand_mention_engagements`,
          `t209`.`followers_start`,
          `t209`.`followers_gained`,
          `t209`.`followers_expected_gain`,
          `t209`.`followers_start__provenance`,
          `t209`.`followers_gained__provenance`,
          `t209`.`followers_expected_gain__provenance`,
          `t209`.`brand_followers_start`,
          `t209`.`brand_followers_gained`,
          `t209`.`brand_followers_expected_gain`,
          `t209`.`brand_followers_start__provenance`,
          `t209`.`brand_followers_gained__provenance`,
          `t209`.`brand_followers_expected_gain__provenance`,
          `t209`.`influencers_contacted`,
          `t209`.`influencers_interested`,
          `t209`.`posts_contracted`,
          `t209`.`products_sent`,
          `t209`.`link_clicks`,
          `t209`.`unique_link_clicks`,
          `t209`.`bot_link_clicks`,
          `t209`.`sessions`,
          `t209`.`new_users`,
          `t209`.`engaged_sessions`,
          `t209`.`bounced_sessions`,
          `t209`.`session_seconds`,
          `t209`.`page_views`,
          `t209`.`key_events`,
          `t209`.`orders`,
          `t209`.`revenue`,
          `t209`.`new_customers`,
          `t209`.`key_messages`,
          `t209`.`emv_rate`,
          `t209`.`inauthentic_share`,
          `t209`.`emv`,
          `t209`.`emv__provenance`,
          `t209`.`emv_authentic`,
          `t209`.`emv_authentic__provenance`,
          `t146`.`paid_rate`
        FROM (
          SELECT
            `t206`.`campaign_id`,
            `t206`.`campaign`,
            `t206`.`influencer_id`,
            `t206`.`influencer`,
            `t206`.`account_id`,
            `t206`.`platform`,
            `t206`.`format`,
            `t206`.`post_id`,
            `t206`.`day`,
            `t206`.`reach`,
            `t206`.`impressions`,
            `t206`.`views`,
            `t206`.`likes`,
            `t206`.`comments`,
            `t206`.`shares`,
            `t206`.`saves`,
            `t206`.`clicks`,
            `t206`.`reach__provenance`,
            `t206`.`impressions__provenance`,
            `t206`.`views__provenance`,
            `t206`.`likes__provenance`,
            `t206`.`comments__provenance`,
            `t206`.`shares__provenance`,
            `t206`.`saves__provenance`,
            `t206`.`clicks__provenance`,
            `t206`.`followers`,
            `t206`.`followers__provenance`,
            `t206`.`engagements`,
            `t206`.`engagements__provenance`,
            `t206`.`impressions_with_estimates`,
            `t206`.`impressions_with_estimates__provenance`,
            `t206`.`er_reach_post`,
            `t206`.`er_followers_post`,
            `t206`.`er_impressions_post`,
            `t206`.`er_views_post`,
            `t206`.`er_reach_post__provenance`,
            `t206`.`er_followers_post__provenance`,
            `t206`.`er_impressions_post__provenance`,
            `t206`.`er_views_post__provenance`,
            `t206`.`post_platform`,
            `t206`.`publishing_influencer`,
            `t206`.`sponsored_posts`,
            `t206`.`disclosed_sponsored_posts`,
            `t206`.`cost`,
            `t206`.`key_message_posts`,
            `t206`.`ugc_post`,
            `t206`.`mentions`,
            `t206`.`brand_mentions`,
            `t206`.`mention_engagements`,
            `t206`.`brand_mention_engagements`,
            `t206`.`followers_start`,
            `t206`.`followers_gained`,
            `t206`.`followers_expected_gain`,
            `t206`.`followers_start__provenance`,
            `t206`.`followers_gained__provenance`,
            `t206`.`followers_expected_gain__provenance`,
            `t206`.`brand_followers_start`,
            `t206`.`brand_followers_gained`,
            `t206`.`brand_followers_expected_gain`,
            `t206`.`brand_followers_start__provenance`,
            `t206`.`brand_followers_gained__provenance`,
            `t206`.`brand_followers_expected_gain__provenance`,
            `t206`.`influencers_contacted`,
            `t206`.`influencers_interested`,
            `t206`.`posts_contracted`,
            `t206`.`products_sent`,
            `t206`.`link_clicks`,
            `t206`.`unique_link_clicks`,
            `t206`.`bot_link_clicks`,
            `t206`.`sessions`,
            `t206`.`new_users`,
            `t206`.`engaged_sessions`,
            `t206`.`bounced_sessions`,
            `t206`.`session_seconds`,
            `t206`.`page_views`,
            `t206`.`key_events`,
            `t206`.`orders`,
            `t206`.`revenue`,
            `t206`.`new_customers`,
            `t206`.`key_messages`,
            `t206`.`emv_rate`,
            `t206`.`inauthentic_share`,
            IF(
              (
                `t206`.`post_id` IS NOT NULL
              )
              AND (
                (
                  ieee_divide(
                    COALESCE(`t206`.`impressions`, `t206`.`views`) * CASE WHEN `t206`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS FLOAT64) END,
                    1000
                  ) IS NOT NULL
                )
                OR (
                  (
                    CASE
                      WHEN `t206`.`platform` = 'instagram'
                      THEN 0.07
                      WHEN `t206`.`platform` = 'tiktok'
                      THEN 0.09
                      WHEN `t206`.`platform` = 'youtube'
                      THEN 0.08
                      ELSE CAST(NULL AS FLOAT64)
                    END * `t206`.`likes`
                  ) IS NOT NULL
                )
                OR (
                  (
                    CASE
                      WHEN `t206`.`platform` = 'instagram'
                      THEN 3.46
                      WHEN `t206`.`platform` = 'tiktok'
                      THEN 3.52
                      WHEN `t206`.`platform` = 'youtube'
                      THEN 6.99
                      ELSE CAST(NULL AS FLOAT64)
                    END * `t206`.`comments`
                  ) IS NOT NULL
                )
                OR (
                  (
                    CASE WHEN `t206`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS FLOAT64) END * `t206`.`shares`
                  ) IS NOT NULL
                )
              ),
              (
                COALESCE(
                  ieee_divide(
                    COALESCE(`t206`.`impressions`, `t206`.`views`) * CASE WHEN `t206`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS FLOAT64) END,
                    1000
                  ),
                  0
                ) + COALESCE(
                  CASE
                    WHEN `t206`.`platform` = 'instagram'
                    THEN 0.07
                    WHEN `t206`.`platform` = 'tiktok'
                    THEN 0.09
                    WHEN `t206`.`platform` = 'youtube'
                    THEN 0.08
                    ELSE CAST(NULL AS FLOAT64)
                  END * `t206`.`likes`,
                  0
                ) + COALESCE(
                  CASE
                    WHEN `t206`.`platform` = 'instagram'
                    THEN 3.46
                    WHEN `t206`.`platform` = 'tiktok'
                    THEN 3.52
                    WHEN `t206`.`platform` = 'youtube'
                    THEN 6.99
                    ELSE CAST(NULL AS FLOAT64)
                  END * `t206`.`comments`,
                  0
                ) + COALESCE(
                  CASE WHEN `t206`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS FLOAT64) END * `t206`.`shares`,
                  0
                )
              ) * `t206`.`emv_rate`,
              CAST(NULL AS FLOAT64)
            ) AS `emv`,
            NULLIF(
              GREATEST(
                COALESCE(`t206`.`impressions__provenance`, -1),
                COALESCE(`t206`.`views__provenance`, -1),
                COALESCE(`t206`.`engagements__provenance`, -1)
              ),
              -1
            ) AS `emv__provenance`,
            IF(
              (
                `t206`.`post_id` IS NOT NULL
              )
              AND (
                (
                  ieee_divide(
                    COALESCE(`t206`.`impressions`, `t206`.`views`) * CASE WHEN `t206`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS FLOAT64) END,
                    1000
                  ) IS NOT NULL
                )
                OR (
                  (
                    CASE
                      WHEN `t206`.`platform` = 'instagram'
                      THEN 0.07
                      WHEN `t206`.`platform` = 'tiktok'
                      THEN 0.09
                      WHEN `t206`.`platform` = 'youtube'
                      THEN 0.08
                      ELSE CAST(NULL AS FLOAT64)
                    END * `t206`.`likes`
                  ) IS NOT NULL
                )
                OR (
                  (
                    CASE
                      WHEN `t206`.`platform` = 'instagram'
                      THEN 3.46
                      WHEN `t206`.`platform` = 'tiktok'
                      THEN 3.52
                      WHEN `t206`.`platform` = 'youtube'
                      THEN 6.99
                      ELSE CAST(NULL AS FLOAT64)
                    END * `t206`.`comments`
                  ) IS NOT NULL
                )
                OR (
                  (
                    CASE WHEN `t206`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS FLOAT64) END * `t206`.`shares`
                  ) IS NOT NULL
                )
              ),
              (
                COALESCE(
                  ieee_divide(
                    COALESCE(`t206`.`impressions`, `t206`.`views`) * CASE WHEN `t206`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS FLOAT64) END,
                    1000
                  ),
                  0
                ) + COALESCE(
                  CASE
                    WHEN `t206`.`platform` = 'instagram'
                    THEN 0.07
                    WHEN `t206`.`platform` = 'tiktok'
                    THEN 0.09
                    WHEN `t206`.`platform` = 'youtube'
                    THEN 0.08
                    ELSE CAST(NULL AS FLOAT64)
                  END * `t206`.`likes`,
                  0
                ) + COALESCE(
                  CASE
                    WHEN `t206`.`platform` = 'instagram'
                    THEN 3.46
                    WHEN `t206`.`platform` = 'tiktok'
                    THEN 3.52
                    WHEN `t206`.`platform` = 'youtube'
                    THEN 6.99
                    ELSE CAST(NULL AS FLOAT64)
                  END * `t206`.`comments`,
                  0
                ) + COALESCE(
                  CASE WHEN `t206`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS FLOAT64) END * `t206`.`shares`,
                  0
                )
              ) * `t206`.`emv_rate` * (
                1 - COALESCE(`t206`.`inauthentic_share`, 0)
              ),
              CAST(NULL AS FLOAT64)
            ) AS `emv_authentic`,
            NULLIF(
              GREATEST(
                COALESCE(
                  NULLIF(
                    GREATEST(
                      COALESCE(`t206`.`impressions__provenance`, -1),
                      COALESCE(`t206`.`views__provenance`, -1),
                      COALESCE(`t206`.`engagements__provenance`, -1)
                    ),
                    -1
                  ),
                  -1
                ),
                COALESCE(IF(`t206`.`inauthentic_share` > 0, 2, CAST(NULL AS INT64)), -1)
              ),
              -1
            ) AS `emv_authentic__provenance`
          FROM (
            SELECT
              `t204`.`campaign_id`,
              `t204`.`campaign`,
              `t204`.`influencer_id`,
              `t204`.`influencer`,
              `t204`.`account_id`,
              `t204`.`platform`,
              `t204`.`format`,
              `t204`.`post_id`,
              `t204`.`day`,
              `t204`.`reach`,
              `t204`.`impressions`,
              `t204`.`views`,
              `t204`.`likes`,
              `t204`.`comments`,
              `t204`.`shares`,
              `t204`.`saves`,
              `t204`.`clicks`,
              `t204`.`reach__provenance`,
              `t204`.`impressions__provenance`,
              `t204`.`views__provenance`,
              `t204`.`likes__provenance`,
              `t204`.`comments__provenance`,
              `t204`.`shares__provenance`,
              `t204`.`saves__provenance`,
              `t204`.`clicks__provenance`,
              `t204`.`followers`,
              `t204`.`followers__provenance`,
              `t204`.`engagements`,
              `t204`.`engagements__provenance`,
              `t204`.`impressions_with_estimates`,
              `t204`.`impressions_with_estimates__provenance`,
              `t204`.`er_reach_post`,
              `t204`.`er_followers_post`,
              `t204`.`er_impressions_post`,
              `t204`.`er_views_post`,
              `t204`.`er_reach_post__provenance`,
              `t204`.`er_followers_post__provenance`,
              `t204`.`er_impressions_post__provenance`,
              `t204`.`er_views_post__provenance`,
              `t204`.`post_platform`,
              `t204`.`publishing_influencer`,
              `t204`.`sponsored_posts`,
              `t204`.`disclosed_sponsored_posts`,
              `t204`.`cost`,
              `t204`.`key_message_posts`,
              `t204`.`ugc_post`,
              `t204`.`mentions`,
              `t204`.`brand_mentions`,
              `t204`.`mention_engagements`,
              `t204`.`brand_mention_engagements`,
              `t204`.`followers_start`,
              `t204`.`followers_gained`,
              `t204`.`followers_expected_gain`,
              `t204`.`followers_start__provenance`,
              `t204`.`followers_gained__provenance`,
              `t204`.`followers_expected_gain__provenance`,
              `t204`.`brand_followers_start`,
              `t204`.`brand_followers_gained`,
              `t204`.`brand_followers_expected_gain`,
              `t204`.`brand_followers_start__provenance`,
              `t204`.`brand_followers_gained__provenance`,
              `t204`.`brand_followers_expected_gain__provenance`,
              `t204`.`influencers_contacted`,
              `t204`.`influencers_interested`,
              `t204`.`posts_contracted`,
              `t204`.`products_sent`,
              `t204`.`link_clicks`,
              `t204`.`unique_link_clicks`,
              `t204`.`bot_link_clicks`,
              `t204`.`sessions`,
              `t204`.`new_users`,
              `t204`.`engaged_sessions`,
              `t204`.`bounced_sessions`,
              `t204`.`session_seconds`,
              `t204`.`page_views`,
              `t204`.`key_events`,
              `t204`.`orders`,
              `t204`.`revenue`,
              `t204`.`new_customers`,
              `t204`.`key_messages`,
              `t204`.`emv_rate`,
              `t31`.`inauthentic_share`
            FROM (
              SELECT
                `t201`.`campaign_id`,
                `t201`.`campaign`,
                `t201`.`influencer_id`,
                `t201`.`influencer`,
                `t201`.`account_id`,
                `t201`.`platform`,
                `t201`.`format`,
                `t201`.`post_id`,
                `t201`.`day`,
                `t201`.`reach`,
                `t201`.`impressions`,
                `t201`.`views`,
                `t201`.`likes`,
                `t201`.`comments`,
                `t201`.`shares`,
                `t201`.`saves`,
                `t201`.`clicks`,
                `t201`.`reach__provenance`,
                `t201`.`impressions__provenance`,
                `t201`.`views__provenance`,
                `t201`.`likes__provenance`,
                `t201`.`comments__provenance`,
                `t201`.`shares__provenance`,
                `t201`.`saves__provenance`,
                `t201`.`clicks__provenance`,
                `t201`.`followers`,
                `t201`.`followers__provenance`,
                `t201`.`engagements`,
                `t201`.`engagements__provenance`,
                `t201`.`impressions_with_estimates`,
                `t201`.`impressions_with_estimates__provenance`,
                `t201`.`er_reach_post`,
                `t201`.`er_followers_post`,
                `t201`.`er_impressions_post`,
                `t201`.`er_views_post`,
                `t201`.`er_reach_post__provenance`,
                `t201`.`er_followers_post__provenance`,
                `t201`.`er_impressions_post__provenance`,
                `t201`.`er_views_post__provenance`,
                `t201`.`post_platform`,
                `t201`.`publishing_influencer`,
                `t201`.`sponsored_posts`,
                `t201`.`disclosed_sponsored_posts`,
                `t201`.`cost`,
                `t201`.`key_message_posts`,
                `t201`.`ugc_post`,
                `t201`.`mentions`,
                `t201`.`brand_mentions`,
                `t201`.`mention_engagements`,
                `t201`.`brand_mention_engagements`,
                `t201`.`followers_start`,
                `t201`.`followers_gained`,
                `t201`.`followers_expected_gain`,
                `t201`.`followers_start__provenance`,
                `t201`.`followers_gained__provenance`,
                `t201`.`followers_expected_gain__provenance`,
                `t201`.`brand_followers_start`,
                `t201`.`brand_followers_gained`,
                `t201`.`brand_followers_expected_gain`,
                `t201`.`brand_followers_start__provenance`,
                `t201`.`brand_followers_gained__provenance`,
                `t201`.`brand_followers_expected_gain__provenance`,
                `t201`.`influencers_contacted`,
                `t201`.`influencers_interested`,
                `t201`.`posts_contracted`,
                `t201`.`products_sent`,
                `t201`.`link_clicks`,
                `t201`.`unique_link_clicks`,
                `t201`.`bot_link_clicks`,
                `t201`.`sessions`,
                `t201`.`new_users`,
                `t201`.`engaged_sessions`,
                `t201`.`bounced_sessions`,
                `t201`.`session_seconds`,
                `t201`.`page_views`,
                `t201`.`key_events`,
                `t201`.`orders`,
                `t201`.`revenue`,
                `t201`.`new_customers`,
                `t201`.`key_messages`,
                `t147`.`emv_rate`
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
                                    `t188`.`campaign_id`,
                                    `t188`.`campaign`,
                                    `t188`.`influencer_id`,
                                    `t188`.`influencer`,
                                    `t188`.`account_id`,
                                    `t188`.`platform`,
                                    `t188`.`format`,
                                    `t188`.`post_id`,
                                    `t188`.`day`,
                                    `t188`.`reach`,
                                    `t188`.`impressions`,
                                    `t188`.`views`,
                                    `t188`.`likes`,
                                    `t188`.`comments`,
                                    `t188`.`shares`,
                                    `t188`.`saves`,
                                    `t188`.`clicks`,
                                    `t188`.`reach__provenance`,
                                    `t188`.`impressions__provenance`,
                                    `t188`.`views__provenance`,
                                    `t188`.`likes__provenance`,
                                    `t188`.`comments__provenance`,
                                    `t188`.`shares__provenance`,
                                    `t188`.`saves__provenance`,
                                    `t188`.`clicks__provenance`,
                                    `t188`.`followers`,
                                    CAST(`t188`.`followers__provenance` AS INT64) AS `followers__provenance`,
                                    `t188`.`engagements`,
                                    `t188`.`engagements__provenance`,
                                    `t188`.`impressions_with_estimates`,
                                    `t188`.`impressions_with_estimates__provenance`,
                                    `t188`.`er_reach_post`,
                                    `t188`.`er_followers_post`,
                                    `t188`.`er_impressions_post`,
                                    `t188`.`er_views_post`,
                                    `t188`.`er_reach_post__provenance`,
                                    `t188`.`er_followers_post__provenance`,
                                    `t188`.`er_impressions_post__provenance`,
                                    `t188`.`er_views_post__provenance`,
                                    `t188`.`post_platform`,
                                    CAST(`t188`.`publishing_influencer` AS FLOAT64) AS `publishing_influencer`,
                                    `t188`.`sponsored_posts`,
                                    `t188`.`disclosed_sponsored_posts`,
                                    `t188`.`cost`,
                                    `t188`.`key_message_posts`,
                                    CAST(NULL AS FLOAT64) AS `ugc_post`,
                                    CAST(NULL AS FLOAT64) AS `mentions`,
                                    CAST(NULL AS FLOAT64) AS `brand_mentions`,
                                    CAST(NULL AS FLOAT64) AS `mention_engagements`,
                                    CAST(NULL AS FLOAT64) AS `brand_mention_engagements`,
                                    CAST(NULL AS FLOAT64) AS `followers_start`,
                                    CAST(NULL AS FLOAT64) AS `followers_gained`,
                                    CAST(NULL AS FLOAT64) AS `followers_expected_gain`,
                                    CAST(NULL AS INT64) AS `followers_start__provenance`,
                                    CAST(NULL AS INT64) AS `followers_gained__provenance`,
                                    CAST(NULL AS INT64) AS `followers_expected_gain__provenance`,
                                    CAST(NULL AS FLOAT64) AS `brand_followers_start`,
                                    CAST(NULL AS FLOAT64) AS `brand_followers_gained`,
                                    CAST(NULL AS FLOAT64) AS `brand_followers_expected_gain`,
                                    CAST(NULL AS INT64) AS `brand_followers_start__provenance`,
                                    CAST(NULL AS INT64) AS `brand_followers_gained__provenance`,
                                    CAST(NULL AS INT64) AS `brand_followers_expected_gain__provenance`,
                                    CAST(NULL AS FLOAT64) AS `influencers_contacted`,
                                    CAST(NULL AS FLOAT64) AS `influencers_interested`,
                                    CAST(NULL AS FLOAT64) AS `posts_contracted`,
                                    CAST(NULL AS FLOAT64) AS `products_sent`,
                                    CAST(NULL AS FLOAT64) AS `link_clicks`,
                                    CAST(NULL AS FLOAT64) AS `unique_link_clicks`,
                                    CAST(NULL AS FLOAT64) AS `bot_link_clicks`,
                                    CAST(NULL AS FLOAT64) AS `sessions`,
                                    CAST(NULL AS FLOAT64) AS `new_users`,
                                    CAST(NULL AS FLOAT64) AS `engaged_sessions`,
                                    CAST(NULL AS FLOAT64) AS `bounced_sessions`,
                                    CAST(NULL AS FLOAT64) AS `session_seconds`,
                                    CAST(NULL AS FLOAT64) AS `page_views`,
                                    CAST(NULL AS FLOAT64) AS `key_events`,
                                    CAST(NULL AS FLOAT64) AS `orders`,
                                    CAST(NULL AS FLOAT64) AS `revenue`,
                                    CAST(NULL AS FLOAT64) AS `new_customers`,
                                    CAST(NULL AS FLOAT64) AS `key_messages`
                                  FROM (
                                    SELECT
                                      `t179`.`campaign_id`,
                                      `t179`.`campaign`,
                                      `t179`.`influencer_id`,
                                      `t179`.`influencer`,
                                      `t179`.`account_id`,
                                      `t179`.`platform`,
                                      `t179`.`format`,
                                      `t179`.`post_id`,
                                      `t179`.`day`,
                                      `t179`.`country`,
                                      `t179`.`caption`,
                                      `t179`.`sponsored`,
                                      `t179`.`reach`,
                                      `t179`.`impressions`,
                                      `t179`.`views`,
                                      `t179`.`likes`,
                                      `t179`.`comments`,
                                      `t179`.`shares`,
                                      `t179`.`saves`,
                                      `t179`.`clicks`,
                                      `t179`.`reach__provenance`,
                                      `t179`.`impressions__provenance`,
                                      `t179`.`views__provenance`,
                                      `t179`.`likes__provenance`,
                                      `t179`.`comments__provenance`,
                                      `t179`.`shares__provenance`,
                                      `t179`.`saves__provenance`,
                                      `t179`.`clicks__provenance`,
                                      `t179`.`followers`,
                                      `t179`.`followers__provenance`,
                                      `t179`.`engagements`,
                                      `t179`.`engagements__provenance`,
                                      `t179`.`impressions_with_estimates`,
                                      `t179`.`impressions_with_estimates__provenance`,
                                      `t179`.`er_reach_post`,
                                      `t179`.`er_followers_post`,
                                      `t179`.`er_impressions_post`,
                                      `t179`.`er_views_post`,
                                      `t179`.`er_reach_post__provenance`,
                                      `t179`.`er_followers_post__provenance`,
                                      `t179`.`er_impressions_post__provenance`,
                                      `t179`.`er_views_post__provenance`,
                                      `t179`.`post_platform`,
                                      `t179`.`publishing_influencer`,
                                      `t179`.`sponsored_posts`,
                                      `t179`.`disclosed_sponsored_posts`,
                                      `t179`.`cost`,
                                      `t187`.`key_message_posts`
                                    FROM (
                                      SELECT
                                        `t167`.`campaign_id`,
                                        `t167`.`campaign`,
                                        `t167`.`influencer_id`,
                                        `t167`.`influencer`,
                                        `t167`.`account_id`,
                                        `t167`.`platform`,
                                        `t167`.`format`,
                                        `t167`.`post_id`,
                                        `t167`.`day`,
                                        `t167`.`country`,
                                        `t167`.`caption`,
                                        `t167`.`sponsored`,
                                        `t167`.`reach`,
                                        `t167`.`impressions`,
                                        `t167`.`views`,
                                        `t167`.`likes`,
                                        `t167`.`comments`,
                                        `t167`.`shares`,
                                        `t167`.`saves`,
                                        `t167`.`clicks`,
                                        `t167`.`reach__provenance`,
                                        `t167`.`impressions__provenance`,
                                        `t167`.`views__provenance`,
                                        `t167`.`likes__provenance`,
                                        `t167`.`comments__provenance`,
                                        `t167`.`shares__provenance`,
                                        `t167`.`saves__provenance`,
                                        `t167`.`clicks__provenance`,
                                        `t167`.`followers`,
                                        `t167`.`followers__provenance`,
                                        `t167`.`engagements`,
                                        `t167`.`engagements__provenance`,
                                        `t167`.`impressions_with_estimates`,
                                        `t167`.`impressions_with_estimates__provenance`,
                                        `t167`.`er_reach_post`,
                                        `t167`.`er_followers_post`,
                                        `t167`.`er_impressions_post`,
                                        `t167`.`er_views_post`,
                                        `t167`.`er_reach_post__provenance`,
                                        `t167`.`er_followers_post__provenance`,
                                        `t167`.`er_impressions_post__provenance`,
                                        `t167`.`er_views_post__provenance`,
                                        `t167`.`post_platform`,
                                        `t167`.`publishing_influencer`,
                                        `t167`.`sponsored_posts`,
                                        `t167`.`disclosed_sponsored_posts`,
                                        `t142`.`cost`
                                      FROM (
                                        SELECT
                                          `t152`.`campaign_id`,
                                          `t152`.`campaign`,
                                          `t152`.`influencer_id`,
                                          `t152`.`influencer`,
                                          `t152`.`account_id`,
                                          `t152`.`platform`,
                                          `t152`.`format`,
                                          `t152`.`post_id`,
                                          `t152`.`day`,
                                          `t152`.`country`,
                                          `t152`.`caption`,
                                          `t152`.`sponsored`,
                                          `t152`.`reach`,
                                          `t152`.`impressions`,
                                          `t152`.`views`,
                                          `t152`.`likes`,
                                          `t152`.`comments`,
                                          `t152`.`shares`,
                                          `t152`.`saves`,
                                          `t152`.`clicks`,
                                          `t152`.`reach__provenance`,
                                          `t152`.`impressions__provenance`,
                                          `t152`.`views__provenance`,
                                          `t152`.`likes__provenance`,
                                          `t152`.`comments__provenance`,
                                          `t152`.`shares__provenance`,
                                          `t152`.`saves__provenance`,
                                          `t152`.`clicks__provenance`,
                                          `t152`.`followers`,
                                          `t152`.`followers__provenance`,
                                          `t152`.`engagements`,
                                          `t152`.`engagements__provenance`,
                                          COALESCE(
                                            COALESCE(`t152`.`impressions`, `t152`.`views`),
                                            `t152`.`reach` * COALESCE(
                                              ieee_divide(
                                                SUM(
                                                  IF(
                                                    (
                                                      `t152`.`impressions` IS NOT NULL
                                                    ) AND (
                                                      `t152`.`reach` IS NOT NULL
                                                    ),
                                                    `t152`.`impressions`,
                                                    NULL
                                                  )
                                                ) OVER (
                                                  PARTITION BY `t152`.`campaign_id`, `t152`.`platform`
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ),
                                                NULLIF(
                                                  SUM(
                                                    IF(
                                                      (
                                                        `t152`.`impressions` IS NOT NULL
                                                      ) AND (
                                                        `t152`.`reach` IS NOT NULL
                                                      ),
                                                      `t152`.`reach`,
                                                      NULL
                                                    )
                                                  ) OVER (
                                                    PARTITION BY `t152`.`campaign_id`, `t152`.`platform`
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  ),
                                                  0
                                                )
                                              ),
                                              CAST(1 AS FLOAT64)
                                            )
                                          ) AS `impressions_with_estimates`,
                                          IF(
                                            COALESCE(
                                              COALESCE(`t152`.`impressions`, `t152`.`views`),
                                              `t152`.`reach` * COALESCE(
                                                ieee_divide(
                                                  SUM(
                                                    IF(
                                                      (
                                                        `t152`.`impressions` IS NOT NULL
                                                      ) AND (
                                                        `t152`.`reach` IS NOT NULL
                                                      ),
                                                      `t152`.`impressions`,
                                                      NULL
                                                    )
                                                  ) OVER (
                                                    PARTITION BY `t152`.`campaign_id`, `t152`.`platform`
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  ),
                                                  NULLIF(
                                                    SUM(
                                                      IF(
                                                        (
                                                          `t152`.`impressions` IS NOT NULL
                                                        ) AND (
                                                          `t152`.`reach` IS NOT NULL
                                                        ),
                                                        `t152`.`reach`,
                                                        NULL
                                                      )
                                                    ) OVER (
                                                      PARTITION BY `t152`.`campaign_id`, `t152`.`platform`
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                    ),
                                                    0
                                                  )
                                                ),
                                                CAST(1 AS FLOAT64)
                                              )
                                            ) IS NOT NULL,
                                            IF(`t152`.`impressions` IS NOT NULL, `t152`.`impressions__provenance`, 2),
                                            CAST(NULL AS INT64)
                                          ) AS `impressions_with_estimates__provenance`,
                                          ieee_divide(`t152`.`engagements`, NULLIF(`t152`.`reach`, 0)) * 100 AS `er_reach_post`,
                                          ieee_divide(`t152`.`engagements`, NULLIF(`t152`.`followers`, 0)) * 100 AS `er_followers_post`,
                                          ieee_divide(`t152`.`engagements`, NULLIF(`t152`.`impressions`, 0)) * 100 AS `er_impressions_post`,
                                          ieee_divide(`t152`.`engagements`, NULLIF(`t152`.`views`, 0)) * 100 AS `er_views_post`,
                                          NULLIF(
                                            GREATEST(
                                              COALESCE(`t152`.`engagements__provenance`, -1),
                                              COALESCE(`t152`.`reach__provenance`, -1)
                                            ),
                                            -1
                                          ) AS `er_reach_post__provenance`,
                                          NULLIF(
                                            GREATEST(
                                              COALESCE(`t152`.`engagements__provenance`, -1),
                                              COALESCE(`t152`.`followers__provenance`, -1)
                                            ),
                                            -1
                                          ) AS `er_followers_post__provenance`,
                                          NULLIF(
                                            GREATEST(
                                              COALESCE(`t152`.`engagements__provenance`, -1),
                                              COALESCE(`t152`.`impressions__provenance`, -1)
                                            ),
                                            -1
                                          ) AS `er_impressions_post__provenance`,
                                          NULLIF(
                                            GREATEST(
                                              COALESCE(`t152`.`engagements__provenance`, -1),
                                              COALESCE(`t152`.`views__provenance`, -1)
                                            ),
                                            -1
                                          ) AS `er_views_post__provenance`,
                                          `t152`.`platform` AS `post_platform`,
                                          `t152`.`influencer_id` AS `publishing_influencer`,
                                          CAST(IF(`t152`.`sponsored`, 1, 0) AS FLOAT64) AS `sponsored_posts`,
                                          CAST(IF(
                                            `t152`.`sponsored`
                                            AND CASE
                                              WHEN UPPER(`t152`.`country`) = 'FR'
                                              THEN (
                                                INSTR(LOWER(`t152`.`caption`), 'publicité') > 0
                                              )
                                              OR (
                                                INSTR(LOWER(`t152`.`caption`), 'publicite') > 0
                                              )
                                              OR (
                                                INSTR(LOWER(`t152`.`caption`), 'collaboration commerciale') > 0
                                              )
                                              WHEN UPPER(`t152`.`country`) = 'BE'
                                              THEN (
                                                INSTR(LOWER(`t152`.`caption`), 'publicité') > 0
                                              )
                                              OR (
                                                INSTR(LOWER(`t152`.`caption`), 'publicite') > 0
                                              )
                                              OR (
                                                INSTR(LOWER(`t152`.`caption`), 'collaboration commerciale') > 0
                                              )
                                              OR (
                                                INSTR(LOWER(`t152`.`caption`), '#pub') > 0
                                              )
                                              OR (
                                                INSTR(LOWER(`t152`.`caption`), 'reclame') > 0
                                              )
                                              OR (
                                                INSTR(LOWER(`t152`.`caption`), '#ad') > 0
                                              )
                                              OR (
                                                INSTR(LOWER(`t152`.`caption`), 'samenwerking') > 0
                                              )
                                              WHEN UPPER(`t152`.`country`) = 'DE'
                                              THEN (
                                                INSTR(LOWER(`t152`.`caption`), 'werbung') > 0
                                              )
                                              OR (
                                                INSTR(LOWER(`t152`.`caption`), 'anzeige') > 0
                                              )
                                              WHEN UPPER(`t152`.`country`) = 'ES'
                                              THEN (
                                                INSTR(LOWER(`t152`.`caption`), 'publicidad') > 0
                                              )
                                              OR (
                                                INSTR(LOWER(`t152`.`caption`), '#publi') > 0
                                              )
                                              OR (
                                                INSTR(LOWER(`t152`.`caption`), 'patrocinado') > 0
                                              )
                                              OR (
                                                INSTR(LOWER(`t152`.`caption`), 'colaboración pagada') > 0
                                              )
                                              WHEN UPPER(`t152`.`country`) = 'IT'
                                              THEN (
                                                INSTR(LOWER(`t152`.`caption`), 'pubblicità') > 0
                                              )
                                              OR (
                                                INSTR(LOWER(`t152`.`caption`), '#adv') > 0
                                              )
                                              OR (
                                                INSTR(LOWER(`t152`.`caption`), 'sponsorizzato') > 0
                                              )
                                              OR (
                                                INSTR(LOWER(`t152`.`caption`), '#sponsored') > 0
                                              )
                                              WHEN UPPER(`t152`.`country`) = 'GB'
                                              THEN (
                                                INSTR(LOWER(`t152`.`caption`), '#ad') > 0
                                              )
                                              OR (
                                                INSTR(LOWER(`t152`.`caption`), 'advert') > 0
                                              )
                                              OR (
                                                INSTR(LOWER(`t152`.`caption`), 'advertisement') > 0
                                              )
                                              WHEN UPPER(`t152`.`country`) = 'US'
                                              THEN (
                                                INSTR(LOWER(`t152`.`caption`), '#ad') > 0
                                              )
                                              OR (
                                                INSTR(LOWER(`t152`.`caption`), '#sponsored') > 0
                                              )
                                              OR (
                                                INSTR(LOWER(`t152`.`caption`), 'advertisement') > 0
                                              )
                                              OR (
                                                INSTR(LOWER(`t152`.`caption`), 'paid partnership') > 0
                                              )
                                              ELSE (
                                                INSTR(LOWER(`t152`.`caption`), '#ad') > 0
                                              )
                                              OR (
                                                INSTR(LOWER(`t152`.`caption`), '#sponsored') > 0
                                              )
                                              OR (
                                                INSTR(LOWER(`t152`.`caption`), 'paid partnership') > 0
                                              )
                                              OR (
                                                INSTR(LOWER(`t152`.`caption`), 'advertisement') > 0
                                              )
                                            END,
                                            1,
                                            0
                                          ) AS FLOAT64) AS `disclosed_sponsored_posts`
                                        FROM (
                                          SELECT
                                            `t143`.`campaign_id`,
                                            `t143`.`campaign`,
                                            `t143`.`influencer_id`,
                                            `t143`.`influencer`,
                                            `t143`.`account_id`,
                                            `t143`.`platform`,
                                            `t143`.`format`,
                                            `t143`.`post_id`,
                                            `t143`.`day`,
                                            `t143`.`country`,
                                            `t143`.`caption`,
                                            `t143`.`sponsored`,
                                            `t143`.`reach`,
                                            `t143`.`impressions`,
                                            `t143`.`views`,
                                            `t143`.`likes`,
                                            `t143`.`comments`,
                                            `t143`.`shares`,
                                            `t143`.`saves`,
                                            `t143`.`clicks`,
                                            `t143`.`reach__provenance`,
                                            `t143`.`impressions__provenance`,
                                            `t143`.`views__provenance`,
                                            `t143`.`likes__provenance`,
                                            `t143`.`comments__provenance`,
                                            `t143`.`shares__provenance`,
                                            `t143`.`saves__provenance`,
                                            `t143`.`clicks__provenance`,
                                            `t143`.`followers`,
                                            `t143`.`followers__provenance`,
                                            IF(
                                              (
                                                `t143`.`likes` IS NOT NULL
                                              )
                                              OR (
                                                `t143`.`comments` IS NOT NULL
                                              )
                                              OR (
                                                `t143`.`shares` IS NOT NULL
                                              )
                                              OR (
                                                `t143`.`saves` IS NOT NULL
                                              ),
                                              CAST(0 AS FLOAT64) + COALESCE(`t143`.`likes`, 0) + COALESCE(`t143`.`comments`, 0) + COALESCE(`t143`.`shares`, 0) + COALESCE(`t143`.`saves`, 0),
                                              CAST(NULL AS FLOAT64)
                                            ) AS `engagements`,
                                            NULLIF(
                                              GREATEST(
                                                COALESCE(`t143`.`likes__provenance`, -1),
                                                COALESCE(`t143`.`comments__provenance`, -1),
                                                COALESCE(`t143`.`shares__provenance`, -1),
                                                COALESCE(`t143`.`saves__provenance`, -1)
                                              ),
                                              -1
                                            ) AS `engagements__provenance`
                                          FROM (
                                            SELECT
                                              `t104`.`campaign_id`,
                                              `t104`.`campaign`,
                                              `t104`.`influencer_id`,
                                              `t104`.`influencer`,
                                              `t104`.`account_id`,
                                              `t104`.`platform`,
                                              `t104`.`format`,
                                              `t104`.`post_id`,
                                              `t104`.`day`,
                                              `t104`.`country`,
                                              `t104`.`caption`,
                                              `t104`.`sponsored`,
                                              `t122`.`reach`,
                                              `t122`.`impressions`,
                                              `t122`.`views`,
                                              `t122`.`likes`,
                                              `t122`.`comments`,
                                              `t122`.`shares`,
                                              `t122`.`saves`,
                                              `t122`.`clicks`,
                                              `t122`.`reach__provenance`,
                                              `t122`.`impressions__provenance`,
                                              `t122`.`views__provenance`,
                                              `t122`.`likes__provenance`,
                                              `t122`.`comments__provenance`,
                                              `t122`.`shares__provenance`,
                                              `t122`.`saves__provenance`,
                                              `t122`.`clicks__provenance`,
                                              `t130`.`followers`,
                                              `t130`.`followers__provenance`
                                            FROM `t77` AS `t104`
                                            LEFT OUTER JOIN (
                                              SELECT
                                                CAST(`t78`.`post_id` AS INT64) AS `post_id`,
                                                CAST(MAX_BY(
                                                  IF(`t78`.`metric` = 'reach', `t78`.`value`, NULL),
                                                  IF(
                                                    `t78`.`metric` = 'reach',
                                                    (
                                                      DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                ) AS FLOAT64) AS `reach`,
                                                CAST(MAX_BY(
                                                  IF(`t78`.`metric` = 'impressions', `t78`.`value`, NULL),
                                                  IF(
                                                    `t78`.`metric` = 'impressions',
                                                    (
                                                      DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                ) AS FLOAT64) AS `impressions`,
                                                CAST(MAX_BY(
                                                  IF(`t78`.`metric` = 'views', `t78`.`value`, NULL),
                                                  IF(
                                                    `t78`.`metric` = 'views',
                                                    (
                                                      DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                ) AS FLOAT64) AS `views`,
                                                CAST(MAX_BY(
                                                  IF(`t78`.`metric` = 'likes', `t78`.`value`, NULL),
                                                  IF(
                                                    `t78`.`metric` = 'likes',
                                                    (
                                                      DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                ) AS FLOAT64) AS `likes`,
                                                CAST(MAX_BY(
                                                  IF(`t78`.`metric` = 'comments', `t78`.`value`, NULL),
                                                  IF(
                                                    `t78`.`metric` = 'comments',
                                                    (
                                                      DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                ) AS FLOAT64) AS `comments`,
                                                CAST(MAX_BY(
                                                  IF(`t78`.`metric` = 'shares', `t78`.`value`, NULL),
                                                  IF(
                                                    `t78`.`metric` = 'shares',
                                                    (
                                                      DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                ) AS FLOAT64) AS `shares`,
                                                CAST(MAX_BY(
                                                  IF(`t78`.`metric` = 'saves', `t78`.`value`, NULL),
                                                  IF(
                                                    `t78`.`metric` = 'saves',
                                                    (
                                                      DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                ) AS FLOAT64) AS `saves`,
                                                CAST(MAX_BY(
                                                  IF(`t78`.`metric` = 'clicks', `t78`.`value`, NULL),
                                                  IF(
                                                    `t78`.`metric` = 'clicks',
                                                    (
                                                      DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                ) AS FLOAT64) AS `clicks`,
                                                15 - (
                                                  MOD(
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'reach',
                                                        (
                                                          DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                    ),
                                                    16
                                                  )
                                                ) AS `reach__provenance`,
                                                15 - (
                                                  MOD(
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'impressions',
                                                        (
                                                          DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                    ),
                                                    16
                                                  )
                                                ) AS `impressions__provenance`,
                                                15 - (
                                                  MOD(
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'views',
                                                        (
                                                          DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                    ),
                                                    16
                                                  )
                                                ) AS `views__provenance`,
                                                15 - (
                                                  MOD(
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'likes',
                                                        (
                                                          DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                    ),
                                                    16
                                                  )
                                                ) AS `likes__provenance`,
                                                15 - (
                                                  MOD(
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'comments',
                                                        (
                                                          DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                    ),
                                                    16
                                                  )
                                                ) AS `comments__provenance`,
                                                15 - (
                                                  MOD(
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'shares',
                                                        (
                                                          DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                    ),
                                                    16
                                                  )
                                                ) AS `shares__provenance`,
                                                15 - (
                                                  MOD(
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'saves',
                                                        (
                                                          DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                    ),
                                                    16
                                                  )
                                                ) AS `saves__provenance`,
                                                15 - (
                                                  MOD(
                                                    MAX(
                                                      IF(
                                                        `t78`.`metric` = 'clicks',
                                                        (
                                                          DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                    ),
                                                    16
                                                  )
                                                ) AS `clicks__provenance`
                                              FROM (
                                                SELECT
                                                  *
                                                FROM (
                                                  SELECT
                                                    *
                                                  FROM `metric_snapshot` AS `t14`
                                                  WHERE
                                                    `t14`.`post_id` IN (
                                                      SELECT
                                                        `t11`.`id`
                                                      FROM `post` AS `t11`
                                                      WHERE
                                                        `t11`.`campaign_id` IS NOT NULL AND `t11`.`campaign_id` IN (1)
                                                    )
                                                ) AS `t57`
                                                WHERE
                                                  `t57`.`captured_at` <= DATETIME('2026-03-31T23:59:59')
                                              ) AS `t78`
                                              GROUP BY
                                                1
                                            ) AS `t122`
                                              ON `t104`.`post_id` = `t122`.`post_id`
                                            LEFT OUTER JOIN (
                                              SELECT
                                                `t108`.`post_id`,
                                                CAST(IF(`t108`.`before` IS NOT NULL, `t108`.`before`, `t108`.`after`) AS FLOAT64) AS `followers`,
                                                IF(`t108`.`before` IS NOT NULL, `t108`.`before_rank`, `t108`.`after_rank`) AS `followers__provenance`
                                              FROM (
                                                SELECT
                                                  CAST(`t79`.`post_id` AS INT64) AS `post_id`,
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
                                                    `t51`.`post_id`,
                                                    `t51`.`account_id`,
                                                    `t51`.`published_at`,
                                                    `t26`.`id`,
                                                    `t26`.`captured_at`,
                                                    `t26`.`followers`,
                                                    `t26`.`source`,
                                                    `t26`.`provenance`
                                                  FROM (
                                                    SELECT
                                                      `t11`.`id` AS `post_id`,
                                                      `t11`.`account_id`,
                                                      `t11`.`published_at`
                                                    FROM `post` AS `t11`
                                                    WHERE
                                                      `t11`.`campaign_id` IS NOT NULL AND `t11`.`campaign_id` IN (1)
                                                  ) AS `t51`
                                                  INNER JOIN `follower_snapshot` AS `t26`
                                                    ON `t51`.`account_id` = `t26`.`account_id`
                                                ) AS `t79`
                                                GROUP BY
                                                  1
                                              ) AS `t108`
                                            ) AS `t130`
                                              ON `t104`.`post_id` = `t130`.`post_id`
                                          ) AS `t143`
                                        ) AS `t152`
                                      ) AS `t167`
                                      LEFT OUTER JOIN (
                                        SELECT
                                          `t129`.`post_id`,
                                          SUM(`t129`.`cost`) AS `cost`
                                        FROM (
                                          SELECT
                                            `t116`.`post_id`,
                                            ieee_divide(`t102`.`amount`, `t116`.`n_posts`) AS `cost`
                                          FROM `t75` AS `t102`
                                          INNER JOIN (
                                            SELECT
                                              `t95`.`campaign_id`,
                                              `t95`.`campaign`,
                                              `t95`.`influencer_id`,
                                              `t95`.`influencer`,
                                              `t95`.`account_id`,
                                              `t95`.`platform`,
                                              `t95`.`format`,
                                              `t95`.`post_id`,
                                              `t95`.`day`,
                                              `t95`.`country`,
                                              `t95`.`caption`,
                                              `t95`.`sponsored`,
                                              COUNT(`t95`.`post_id`) OVER (
                                                PARTITION BY `t95`.`campaign_id`, `t95`.`influencer_id`
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              ) AS `n_posts`
                                            FROM `t77` AS `t95`
                                          ) AS `t116`
                                            ON `t102`.`campaign_id` = `t116`.`campaign_id`
                                            AND `t102`.`influencer_id` = `t116`.`influencer_id`
                                        ) AS `t129`
                                        GROUP BY
                                          1
                                      ) AS `t142`
                                        ON `t167`.`post_id` = `t142`.`post_id`
                                    ) AS `t179`
                                    LEFT OUTER JOIN (
                                      SELECT
                                        `t180`.`post_id`,
                                        MAX(
                                          CAST(IF(INSTR(LOWER(`t180`.`caption`), LOWER(`t180`.`message`)) > 0, 1, 0) AS FLOAT64)
                                        ) AS `key_message_posts`
                                      FROM (
                                        SELECT
                                          `t172`.`campaign_id`,
                                          `t172`.`post_id`,
                                          `t172`.`caption`,
                                          `t81`.`message`
                                        FROM (
                                          SELECT
                                            `t165`.`campaign_id`,
                                            `t165`.`post_id`,
                                            `t165`.`caption`
                                          FROM (
                                            SELECT
                                              `t152`.`campaign_id`,
                                              `t152`.`campaign`,
                                              `t152`.`influencer_id`,
                                              `t152`.`influencer`,
                                              `t152`.`account_id`,
                                              `t152`.`platform`,
                                              `t152`.`format`,
                                              `t152`.`post_id`,
                                              `t152`.`day`,
                                              `t152`.`country`,
                                              `t152`.`caption`,
                                              `t152`.`sponsored`,
                                              `t152`.`reach`,
                                              `t152`.`impressions`,
                                              `t152`.`views`,
                                              `t152`.`likes`,
                                              `t152`.`comments`,
                                              `t152`.`shares`,
                                              `t152`.`saves`,
                                              `t152`.`clicks`,
                                              `t152`.`reach__provenance`,
                                              `t152`.`impressions__provenance`,
                                              `t152`.`views__provenance`,
                                              `t152`.`likes__provenance`,
                                              `t152`.`comments__provenance`,
                                              `t152`.`shares__provenance`,
                                              `t152`.`saves__provenance`,
                                              `t152`.`clicks__provenance`,
                                              `t152`.`followers`,
                                              `t152`.`followers__provenance`,
                                              `t152`.`engagements`,
                                              `t152`.`engagements__provenance`,
                                              COALESCE(
                                                COALESCE(`t152`.`impressions`, `t152`.`views`),
                                                `t152`.`reach` * COALESCE(
                                                  ieee_divide(
                                                    SUM(
                                                      IF(
                                                        (
                                                          `t152`.`impressions` IS NOT NULL
                                                        ) AND (
                                                          `t152`.`reach` IS NOT NULL
                                                        ),
                                                        `t152`.`impressions`,
                                                        NULL
                                                      )
                                                    ) OVER (
                                                      PARTITION BY `t152`.`campaign_id`, `t152`.`platform`
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                    ),
                                                    NULLIF(
                                                      SUM(
                                                        IF(
                                                          (
                                                            `t152`.`impressions` IS NOT NULL
                                                          ) AND (
                                                            `t152`.`reach` IS NOT NULL
                                                          ),
                                                          `t152`.`reach`,
                                                          NULL
                                                        )
                                                      ) OVER (
                                                        PARTITION BY `t152`.`campaign_id`, `t152`.`platform`
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                      ),
                                                      0
                                                    )
                                                  ),
                                                  CAST(1 AS FLOAT64)
                                                )
                                              ) AS `impressions_with_estimates`,
                                              IF(
                                                COALESCE(
                                                  COALESCE(`t152`.`impressions`, `t152`.`views`),
                                                  `t152`.`reach` * COALESCE(
                                                    ieee_divide(
                                                      SUM(
                                                        IF(
                                                          (
                                                            `t152`.`impressions` IS NOT NULL
                                                          ) AND (
                                                            `t152`.`reach` IS NOT NULL
                                                          ),
                                                          `t152`.`impressions`,
                                                          NULL
                                                        )
                                                      ) OVER (
                                                        PARTITION BY `t152`.`campaign_id`, `t152`.`platform`
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                      ),
                                                      NULLIF(
                                                        SUM(
                                                          IF(
                                                            (
                                                              `t152`.`impressions` IS NOT NULL
                                                            ) AND (
                                                              `t152`.`reach` IS NOT NULL
                                                            ),
                                                            `t152`.`reach`,
                                                            NULL
                                                          )
                                                        ) OVER (
                                                          PARTITION BY `t152`.`campaign_id`, `t152`.`platform`
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                        ),
                                                        0
                                                      )
                                                    ),
                                                    CAST(1 AS FLOAT64)
                                                  )
                                                ) IS NOT NULL,
                                                IF(`t152`.`impressions` IS NOT NULL, `t152`.`impressions__provenance`, 2),
                                                CAST(NULL AS INT64)
                                              ) AS `impressions_with_estimates__provenance`,
                                              ieee_divide(`t152`.`engagements`, NULLIF(`t152`.`reach`, 0)) * 100 AS `er_reach_post`,
                                              ieee_divide(`t152`.`engagements`, NULLIF(`t152`.`followers`, 0)) * 100 AS `er_followers_post`,
                                              ieee_divide(`t152`.`engagements`, NULLIF(`t152`.`impressions`, 0)) * 100 AS `er_impressions_post`,
                                              ieee_divide(`t152`.`engagements`, NULLIF(`t152`.`views`, 0)) * 100 AS `er_views_post`,
                                              NULLIF(
                                                GREATEST(
                                                  COALESCE(`t152`.`engagements__provenance`, -1),
                                                  COALESCE(`t152`.`reach__provenance`, -1)
                                                ),
                                                -1
                                              ) AS `er_reach_post__provenance`,
                                              NULLIF(
                                                GREATEST(
                                                  COALESCE(`t152`.`engagements__provenance`, -1),
                                                  COALESCE(`t152`.`followers__provenance`, -1)
                                                ),
                                                -1
                                              ) AS `er_followers_post__provenance`,
                                              NULLIF(
                                                GREATEST(
                                                  COALESCE(`t152`.`engagements__provenance`, -1),
                                                  COALESCE(`t152`.`impressions__provenance`, -1)
                                                ),
                                                -1
                                              ) AS `er_impressions_post__provenance`,
                                              NULLIF(
                                                GREATEST(
                                                  COALESCE(`t152`.`engagements__provenance`, -1),
                                                  COALESCE(`t152`.`views__provenance`, -1)
                                                ),
                                                -1
                                              ) AS `er_views_post__provenance`,
                                              `t152`.`platform` AS `post_platform`,
                                              `t152`.`influencer_id` AS `publishing_influencer`,
                                              CAST(IF(`t152`.`sponsored`, 1, 0) AS FLOAT64) AS `sponsored_posts`,
                                              CAST(IF(
                                                `t152`.`sponsored`
                                                AND CASE
                                                  WHEN UPPER(`t152`.`country`) = 'FR'
                                                  THEN (
                                                    INSTR(LOWER(`t152`.`caption`), 'publicité') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'publicite') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'collaboration commerciale') > 0
                                                  )
                                                  WHEN UPPER(`t152`.`country`) = 'BE'
                                                  THEN (
                                                    INSTR(LOWER(`t152`.`caption`), 'publicité') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'publicite') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'collaboration commerciale') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), '#pub') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'reclame') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), '#ad') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'samenwerking') > 0
                                                  )
                                                  WHEN UPPER(`t152`.`country`) = 'DE'
                                                  THEN (
                                                    INSTR(LOWER(`t152`.`caption`), 'werbung') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'anzeige') > 0
                                                  )
                                                  WHEN UPPER(`t152`.`country`) = 'ES'
                                                  THEN (
                                                    INSTR(LOWER(`t152`.`caption`), 'publicidad') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), '#publi') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'patrocinado') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'colaboración pagada') > 0
                                                  )
                                                  WHEN UPPER(`t152`.`country`) = 'IT'
                                                  THEN (
                                                    INSTR(LOWER(`t152`.`caption`), 'pubblicità') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), '#adv') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'sponsorizzato') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), '#sponsored') > 0
                                                  )
                                                  WHEN UPPER(`t152`.`country`) = 'GB'
                                                  THEN (
                                                    INSTR(LOWER(`t152`.`caption`), '#ad') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'advert') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'advertisement') > 0
                                                  )
                                                  WHEN UPPER(`t152`.`country`) = 'US'
                                                  THEN (
                                                    INSTR(LOWER(`t152`.`caption`), '#ad') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), '#sponsored') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'advertisement') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'paid partnership') > 0
                                                  )
                                                  ELSE (
                                                    INSTR(LOWER(`t152`.`caption`), '#ad') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), '#sponsored') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'paid partnership') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'advertisement') > 0
                                                  )
                                                END,
                                                1,
                                                0
                                              ) AS FLOAT64) AS `disclosed_sponsored_posts`
                                            FROM (
                                              SELECT
                                                `t143`.`campaign_id`,
                                                `t143`.`campaign`,
                                                `t143`.`influencer_id`,
                                                `t143`.`influencer`,
                                                `t143`.`account_id`,
                                                `t143`.`platform`,
                                                `t143`.`format`,
                                                `t143`.`post_id`,
                                                `t143`.`day`,
                                                `t143`.`country`,
                                                `t143`.`caption`,
                                                `t143`.`sponsored`,
                                                `t143`.`reach`,
                                                `t143`.`impressions`,
                                                `t143`.`views`,
                                                `t143`.`likes`,
                                                `t143`.`comments`,
                                                `t143`.`shares`,
                                                `t143`.`saves`,
                                                `t143`.`clicks`,
                                                `t143`.`reach__provenance`,
                                                `t143`.`impressions__provenance`,
                                                `t143`.`views__provenance`,
                                                `t143`.`likes__provenance`,
                                                `t143`.`comments__provenance`,
                                                `t143`.`shares__provenance`,
                                                `t143`.`saves__provenance`,
                                                `t143`.`clicks__provenance`,
                                                `t143`.`followers`,
                                                `t143`.`followers__provenance`,
                                                IF(
                                                  (
                                                    `t143`.`likes` IS NOT NULL
                                                  )
                                                  OR (
                                                    `t143`.`comments` IS NOT NULL
                                                  )
                                                  OR (
                                                    `t143`.`shares` IS NOT NULL
                                                  )
                                                  OR (
                                                    `t143`.`saves` IS NOT NULL
                                                  ),
                                                  CAST(0 AS FLOAT64) + COALESCE(`t143`.`likes`, 0) + COALESCE(`t143`.`comments`, 0) + COALESCE(`t143`.`shares`, 0) + COALESCE(`t143`.`saves`, 0),
                                                  CAST(NULL AS FLOAT64)
                                                ) AS `engagements`,
                                                NULLIF(
                                                  GREATEST(
                                                    COALESCE(`t143`.`likes__provenance`, -1),
                                                    COALESCE(`t143`.`comments__provenance`, -1),
                                                    COALESCE(`t143`.`shares__provenance`, -1),
                                                    COALESCE(`t143`.`saves__provenance`, -1)
                                                  ),
                                                  -1
                                                ) AS `engagements__provenance`
                                              FROM (
                                                SELECT
                                                  `t104`.`campaign_id`,
                                                  `t104`.`campaign`,
                                                  `t104`.`influencer_id`,
                                                  `t104`.`influencer`,
                                                  `t104`.`account_id`,
                                                  `t104`.`platform`,
                                                  `t104`.`format`,
                                                  `t104`.`post_id`,
                                                  `t104`.`day`,
                                                  `t104`.`country`,
                                                  `t104`.`caption`,
                                                  `t104`.`sponsored`,
                                                  `t122`.`reach`,
                                                  `t122`.`impressions`,
                                                  `t122`.`views`,
                                                  `t122`.`likes`,
                                                  `t122`.`comments`,
                                                  `t122`.`shares`,
                                                  `t122`.`saves`,
                                                  `t122`.`clicks`,
                                                  `t122`.`reach__provenance`,
                                                  `t122`.`impressions__provenance`,
                                                  `t122`.`views__provenance`,
                                                  `t122`.`likes__provenance`,
                                                  `t122`.`comments__provenance`,
                                                  `t122`.`shares__provenance`,
                                                  `t122`.`saves__provenance`,
                                                  `t122`.`clicks__provenance`,
                                                  `t130`.`followers`,
                                                  `t130`.`followers__provenance`
                                                FROM `t77` AS `t104`
                                                LEFT OUTER JOIN (
                                                  SELECT
                                                    CAST(`t78`.`post_id` AS INT64) AS `post_id`,
                                                    CAST(MAX_BY(
                                                      IF(`t78`.`metric` = 'reach', `t78`.`value`, NULL),
                                                      IF(
                                                        `t78`.`metric` = 'reach',
                                                        (
                                                          DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                    ) AS FLOAT64) AS `reach`,
                                                    CAST(MAX_BY(
                                                      IF(`t78`.`metric` = 'impressions', `t78`.`value`, NULL),
                                                      IF(
                                                        `t78`.`metric` = 'impressions',
                                                        (
                                                          DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                    ) AS FLOAT64) AS `impressions`,
                                                    CAST(MAX_BY(
                                                      IF(`t78`.`metric` = 'views', `t78`.`value`, NULL),
                                                      IF(
                                                        `t78`.`metric` = 'views',
                                                        (
                                                          DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                    ) AS FLOAT64) AS `views`,
                                                    CAST(MAX_BY(
                                                      IF(`t78`.`metric` = 'likes', `t78`.`value`, NULL),
                                                      IF(
                                                        `t78`.`metric` = 'likes',
                                                        (
                                                          DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                    ) AS FLOAT64) AS `likes`,
                                                    CAST(MAX_BY(
                                                      IF(`t78`.`metric` = 'comments', `t78`.`value`, NULL),
                                                      IF(
                                                        `t78`.`metric` = 'comments',
                                                        (
                                                          DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                    ) AS FLOAT64) AS `comments`,
                                                    CAST(MAX_BY(
                                                      IF(`t78`.`metric` = 'shares', `t78`.`value`, NULL),
                                                      IF(
                                                        `t78`.`metric` = 'shares',
                                                        (
                                                          DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                    ) AS FLOAT64) AS `shares`,
                                                    CAST(MAX_BY(
                                                      IF(`t78`.`metric` = 'saves', `t78`.`value`, NULL),
                                                      IF(
                                                        `t78`.`metric` = 'saves',
                                                        (
                                                          DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                    ) AS FLOAT64) AS `saves`,
                                                    CAST(MAX_BY(
                                                      IF(`t78`.`metric` = 'clicks', `t78`.`value`, NULL),
                                                      IF(
                                                        `t78`.`metric` = 'clicks',
                                                        (
                                                          DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                    ) AS FLOAT64) AS `clicks`,
                                                    15 - (
                                                      MOD(
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'reach',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ),
                                                        16
                                                      )
                                                    ) AS `reach__provenance`,
                                                    15 - (
                                                      MOD(
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'impressions',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ),
                                                        16
                                                      )
                                                    ) AS `impressions__provenance`,
                                                    15 - (
                                                      MOD(
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'views',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ),
                                                        16
                                                      )
                                                    ) AS `views__provenance`,
                                                    15 - (
                                                      MOD(
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'likes',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ),
                                                        16
                                                      )
                                                    ) AS `likes__provenance`,
                                                    15 - (
                                                      MOD(
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'comments',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ),
                                                        16
                                                      )
                                                    ) AS `comments__provenance`,
                                                    15 - (
                                                      MOD(
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'shares',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ),
                                                        16
                                                      )
                                                    ) AS `shares__provenance`,
                                                    15 - (
                                                      MOD(
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'saves',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ),
                                                        16
                                                      )
                                                    ) AS `saves__provenance`,
                                                    15 - (
                                                      MOD(
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'clicks',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ),
                                                        16
                                                      )
                                                    ) AS `clicks__provenance`
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM `metric_snapshot` AS `t14`
                                                      WHERE
                                                        `t14`.`post_id` IN (
                                                          SELECT
                                                            `t11`.`id`
                                                          FROM `post` AS `t11`
                                                          WHERE
                                                            `t11`.`campaign_id` IS NOT NULL AND `t11`.`campaign_id` IN (1)
                                                        )
                                                    ) AS `t57`
                                                    WHERE
                                                      `t57`.`captured_at` <= DATETIME('2026-03-31T23:59:59')
                                                  ) AS `t78`
                                                  GROUP BY
                                                    1
                                                ) AS `t122`
                                                  ON `t104`.`post_id` = `t122`.`post_id`
                                                LEFT OUTER JOIN (
                                                  SELECT
                                                    `t108`.`post_id`,
                                                    CAST(IF(`t108`.`before` IS NOT NULL, `t108`.`before`, `t108`.`after`) AS FLOAT64) AS `followers`,
                                                    IF(`t108`.`before` IS NOT NULL, `t108`.`before_rank`, `t108`.`after_rank`) AS `followers__provenance`
                                                  FROM (
                                                    SELECT
                                                      CAST(`t79`.`post_id` AS INT64) AS `post_id`,
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
                                                        `t51`.`post_id`,
                                                        `t51`.`account_id`,
                                                        `t51`.`published_at`,
                                                        `t26`.`id`,
                                                        `t26`.`captured_at`,
                                                        `t26`.`followers`,
                                                        `t26`.`source`,
                                                        `t26`.`provenance`
                                                      FROM (
                                                        SELECT
                                                          `t11`.`id` AS `post_id`,
                                                          `t11`.`account_id`,
                                                          `t11`.`published_at`
                                                        FROM `post` AS `t11`
                                                        WHERE
                                                          `t11`.`campaign_id` IS NOT NULL AND `t11`.`campaign_id` IN (1)
                                                      ) AS `t51`
                                                      INNER JOIN `follower_snapshot` AS `t26`
                                                        ON `t51`.`account_id` = `t26`.`account_id`
                                                    ) AS `t79`
                                                    GROUP BY
                                                      1
                                                  ) AS `t108`
                                                ) AS `t130`
                                                  ON `t104`.`post_id` = `t130`.`post_id`
                                              ) AS `t143`
                                            ) AS `t152`
                                          ) AS `t165`
                                        ) AS `t172`
                                        INNER JOIN (
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              CAST(`t0`.`id` AS INT64) AS `campaign_id`,
                                              IF(pos = pos_2, `message`, NULL) AS `message`
                                            FROM `campaign` AS `t0`
                                            CROSS JOIN UNNEST(GENERATE_ARRAY(0, GREATEST(ARRAY_LENGTH(SPLIT(`t0`.`key_messages`, '\n'))) - 1)) AS pos
                                            CROSS JOIN UNNEST(SPLIT(`t0`.`key_messages`, '\n')) AS `message` WITH OFFSET AS pos_2
                                            WHERE
                                              pos = pos_2
                                              OR (
                                                pos > (
                                                  ARRAY_LENGTH(SPLIT(`t0`.`key_messages`, '\n')) - 1
                                                )
                                                AND pos_2 = (
                                                  ARRAY_LENGTH(SPLIT(`t0`.`key_messages`, '\n')) - 1
                                                )
                                              )
                                          ) AS `t44`
                                          WHERE
                                            LENGTH(`t44`.`message`) > 0
                                        ) AS `t81`
                                          ON `t172`.`campaign_id` = `t81`.`campaign_id`
                                      ) AS `t180`
                                      GROUP BY
                                        1
                                    ) AS `t187`
                                      ON `t179`.`post_id` = `t187`.`post_id`
                                  ) AS `t188`
                                ) AS `t189`
                                UNION ALL
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    `t182`.`campaign_id`,
                                    `t182`.`campaign`,
                                    CAST(NULL AS INT64) AS `influencer_id`,
                                    CAST(NULL AS STRING) AS `influencer`,
                                    CAST(NULL AS INT64) AS `account_id`,
                                    `t182`.`platform`,
                                    CAST(NULL AS STRING) AS `format`,
                                    CAST(NULL AS INT64) AS `post_id`,
                                    `t182`.`day`,
                                    CAST(NULL AS FLOAT64) AS `reach`,
                                    CAST(NULL AS FLOAT64) AS `impressions`,
                                    CAST(NULL AS FLOAT64) AS `views`,
                                    CAST(NULL AS FLOAT64) AS `likes`,
                                    CAST(NULL AS FLOAT64) AS `comments`,
                                    CAST(NULL AS FLOAT64) AS `shares`,
                                    CAST(NULL AS FLOAT64) AS `saves`,
                                    CAST(NULL AS FLOAT64) AS `clicks`,
                                    CAST(NULL AS INT64) AS `reach__provenance`,
                                    CAST(NULL AS INT64) AS `impressions__provenance`,
                                    CAST(NULL AS INT64) AS `views__provenance`,
                                    CAST(NULL AS INT64) AS `likes__provenance`,
                                    CAST(NULL AS INT64) AS `comments__provenance`,
                                    CAST(NULL AS INT64) AS `shares__provenance`,
                                    CAST(NULL AS INT64) AS `saves__provenance`,
                                    CAST(NULL AS INT64) AS `clicks__provenance`,
                                    CAST(NULL AS FLOAT64) AS `followers`,
                                    CAST(NULL AS INT64) AS `followers__provenance`,
                                    CAST(NULL AS FLOAT64) AS `engagements`,
                                    CAST(NULL AS INT64) AS `engagements__provenance`,
                                    CAST(NULL AS FLOAT64) AS `impressions_with_estimates`,
                                    CAST(NULL AS INT64) AS `impressions_with_estimates__provenance`,
                                    CAST(NULL AS FLOAT64) AS `er_reach_post`,
                                    CAST(NULL AS FLOAT64) AS `er_followers_post`,
                                    CAST(NULL AS FLOAT64) AS `er_impressions_post`,
                                    CAST(NULL AS FLOAT64) AS `er_views_post`,
                                    CAST(NULL AS INT64) AS `er_reach_post__provenance`,
                                    CAST(NULL AS INT64) AS `er_followers_post__provenance`,
                                    CAST(NULL AS INT64) AS `er_impressions_post__provenance`,
                                    CAST(NULL AS INT64) AS `er_views_post__provenance`,
                                    CAST(NULL AS STRING) AS `post_platform`,
                                    CAST(NULL AS FLOAT64) AS `publishing_influencer`,
                                    CAST(NULL AS FLOAT64) AS `sponsored_posts`,
                                    CAST(NULL AS FLOAT64) AS `disclosed_sponsored_posts`,
                                    CAST(NULL AS FLOAT64) AS `cost`,
                                    CAST(NULL AS FLOAT64) AS `key_message_posts`,
                                    CAST(`t182`.`ugc_post` AS FLOAT64) AS `ugc_post`,
                                    CAST(NULL AS FLOAT64) AS `mentions`,
                                    CAST(NULL AS FLOAT64) AS `brand_mentions`,
                                    CAST(NULL AS FLOAT64) AS `mention_engagements`,
                                    CAST(NULL AS FLOAT64) AS `brand_mention_engagements`,
                                    CAST(NULL AS FLOAT64) AS `followers_start`,
                                    CAST(NULL AS FLOAT64) AS `followers_gained`,
                                    CAST(NULL AS FLOAT64) AS `followers_expected_gain`,
                                    CAST(NULL AS INT64) AS `followers_start__provenance`,
                                    CAST(NULL AS INT64) AS `followers_gained__provenance`,
                                    CAST(NULL AS INT64) AS `followers_expected_gain__provenance`,
                                    CAST(NULL AS FLOAT64) AS `brand_followers_start`,
                                    CAST(NULL AS FLOAT64) AS `brand_followers_gained`,
                                    CAST(NULL AS FLOAT64) AS `brand_followers_expected_gain`,
                                    CAST(NULL AS INT64) AS `brand_followers_start__provenance`,
                                    CAST(NULL AS INT64) AS `brand_followers_gained__provenance`,
                                    CAST(NULL AS INT64) AS `brand_followers_expected_gain__provenance`,
                                    CAST(NULL AS FLOAT64) AS `influencers_contacted`,
                                    CAST(NULL AS FLOAT64) AS `influencers_interested`,
                                    CAST(NULL AS FLOAT64) AS `posts_contracted`,
                                    CAST(NULL AS FLOAT64) AS `products_sent`,
                                    CAST(NULL AS FLOAT64) AS `link_clicks`,
                                    CAST(NULL AS FLOAT64) AS `unique_link_clicks`,
                                    CAST(NULL AS FLOAT64) AS `bot_link_clicks`,
                                    CAST(NULL AS FLOAT64) AS `sessions`,
                                    CAST(NULL AS FLOAT64) AS `new_users`,
                                    CAST(NULL AS FLOAT64) AS `engaged_sessions`,
                                    CAST(NULL AS FLOAT64) AS `bounced_sessions`,
                                    CAST(NULL AS FLOAT64) AS `session_seconds`,
                                    CAST(NULL AS FLOAT64) AS `page_views`,
                                    CAST(NULL AS FLOAT64) AS `key_events`,
                                    CAST(NULL AS FLOAT64) AS `orders`,
                                    CAST(NULL AS FLOAT64) AS `revenue`,
                                    CAST(NULL AS FLOAT64) AS `new_customers`,
                                    CAST(NULL AS FLOAT64) AS `key_messages`
                                  FROM (
                                    SELECT
                                      `t133`.`campaign_id`,
                                      `t133`.`campaign`,
                                      `t133`.`platform`,
                                      `t133`.`day`,
                                      `t133`.`post_id` AS `ugc_post`
                                    FROM (
                                      SELECT DISTINCT
                                        *
                                      FROM (
                                        SELECT
                                          `t82`.`campaign_id`,
                                          `t82`.`campaign`,
                                          `t96`.`post_id`,
                                          `t96`.`influencer_id`,
                                          `t96`.`platform`,
                                          `t96`.`day`
                                        FROM (
                                          SELECT
                                            CAST(`t52`.`id` AS INT64) AS `post_id`,
                                            CAST(`t18`.`id` AS INT64) AS `influencer_id`,
                                            `t18`.`workspace_id`,
                                            `t18`.`is_brand`,
                                            CAST(`t24`.`platform` AS STRING) AS `platform`,
                                            `t52`.`published_on` AS `day`,
                                            `t52`.`hashtags`
                                          FROM (
                                            SELECT
                                              *
                                            FROM `post` AS `t11`
                                            WHERE
                                              `t11`.`campaign_id` IS NULL
                                          ) AS `t52`
                                          INNER JOIN `account` AS `t24`
                                            ON `t52`.`account_id` = `t24`.`id`
                                          INNER JOIN `influencer` AS `t18`
                                            ON `t24`.`influencer_id` = `t18`.`id`
                                        ) AS `t96`
                                        INNER JOIN (
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              CAST(`t0`.`id` AS INT64) AS `campaign_id`,
                                              CAST(`t0`.`name` AS STRING) AS `campaign`,
                                              `t0`.`workspace_id`,
                                              `t0`.`start_date` AS `start`,
                                              `t0`.`end_date` AS `end`,
                                              IF(pos = pos_2, `tag`, NULL) AS `tag`
                                            FROM `campaign` AS `t0`
                                            CROSS JOIN UNNEST(GENERATE_ARRAY(0, GREATEST(ARRAY_LENGTH(SPLIT(`t0`.`hashtags`, ','))) - 1)) AS pos
                                            CROSS JOIN UNNEST(SPLIT(`t0`.`hashtags`, ',')) AS `tag` WITH OFFSET AS pos_2
                                            WHERE
                                              pos = pos_2
                                              OR (
                                                pos > (
                                                  ARRAY_LENGTH(SPLIT(`t0`.`hashtags`, ',')) - 1
                                                )
                                                AND pos_2 = (
                                                  ARRAY_LENGTH(SPLIT(`t0`.`hashtags`, ',')) - 1
                                                )
                                              )
                                          ) AS `t45`
                                          WHERE
                                            LENGTH(`t45`.`tag`) > 0
                                        ) AS `t82`
                                          ON `t96`.`workspace_id` = `t82`.`workspace_id`
                                          AND `t96`.`day` >= `t82`.`start`
                                          AND `t96`.`day` <= `t82`.`end`
                                          AND NOT (
                                            `t96`.`is_brand`
                                          )
                                          AND INSTR(CONCAT(CONCAT(',', `t96`.`hashtags`), ','), CONCAT(CONCAT(',', `t82`.`tag`), ',')) > 0
                                      ) AS `t120`
                                    ) AS `t133`
                                    WHERE
                                      NOT EXISTS(
                                        SELECT
                                          1
                                        FROM (
                                          SELECT DISTINCT
                                            *
                                          FROM (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                CAST(`t4`.`campaign_id` AS INT64) AS `campaign_id`,
                                                CAST(`t4`.`influencer_id` AS INT64) AS `influencer_id`
                                              FROM `roster` AS `t4`
                                            ) AS `t36`
                                            UNION ALL
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                `t165`.`campaign_id`,
                                                `t165`.`influencer_id`
                                              FROM (
                                                SELECT
                                                  `t152`.`campaign_id`,
                                                  `t152`.`campaign`,
                                                  `t152`.`influencer_id`,
                                                  `t152`.`influencer`,
                                                  `t152`.`account_id`,
                                                  `t152`.`platform`,
                                                  `t152`.`format`,
                                                  `t152`.`post_id`,
                                                  `t152`.`day`,
                                                  `t152`.`country`,
                                                  `t152`.`caption`,
                                                  `t152`.`sponsored`,
                                                  `t152`.`reach`,
                                                  `t152`.`impressions`,
                                                  `t152`.`views`,
                                                  `t152`.`likes`,
                                                  `t152`.`comments`,
                                                  `t152`.`shares`,
                                                  `t152`.`saves`,
                                                  `t152`.`clicks`,
                                                  `t152`.`reach__provenance`,
                                                  `t152`.`impressions__provenance`,
                                                  `t152`.`views__provenance`,
                                                  `t152`.`likes__provenance`,
                                                  `t152`.`comments__provenance`,
                                                  `t152`.`shares__provenance`,
                                                  `t152`.`saves__provenance`,
                                                  `t152`.`clicks__provenance`,
                                                  `t152`.`followers`,
                                                  `t152`.`followers__provenance`,
                                                  `t152`.`engagements`,
                                                  `t152`.`engagements__provenance`,
                                                  COALESCE(
                                                    COALESCE(`t152`.`impressions`, `t152`.`views`),
                                                    `t152`.`reach` * COALESCE(
                                                      ieee_divide(
                                                        SUM(
                                                          IF(
                                                            (
                                                              `t152`.`impressions` IS NOT NULL
                                                            ) AND (
                                                              `t152`.`reach` IS NOT NULL
                                                            ),
                                                            `t152`.`impressions`,
                                                            NULL
                                                          )
                                                        ) OVER (
                                                          PARTITION BY `t152`.`campaign_id`, `t152`.`platform`
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                        ),
                                                        NULLIF(
                                                          SUM(
                                                            IF(
                                                              (
                                                                `t152`.`impressions` IS NOT NULL
                                                              ) AND (
                                                                `t152`.`reach` IS NOT NULL
                                                              ),
                                                              `t152`.`reach`,
                                                              NULL
                                                            )
                                                          ) OVER (
                                                            PARTITION BY `t152`.`campaign_id`, `t152`.`platform`
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                          ),
                                                          0
                                                        )
                                                      ),
                                                      CAST(1 AS FLOAT64)
                                                    )
                                                  ) AS `impressions_with_estimates`,
                                                  IF(
                                                    COALESCE(
                                                      COALESCE(`t152`.`impressions`, `t152`.`views`),
                                                      `t152`.`reach` * COALESCE(
                                                        ieee_divide(
                                                          SUM(
                                                            IF(
                                                              (
                                                                `t152`.`impressions` IS NOT NULL
                                                              ) AND (
                                                                `t152`.`reach` IS NOT NULL
                                                              ),
                                                              `t152`.`impressions`,
                                                              NULL
                                                            )
                                                          ) OVER (
                                                            PARTITION BY `t152`.`campaign_id`, `t152`.`platform`
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                          ),
                                                          NULLIF(
                                                            SUM(
                                                              IF(
                                                                (
                                                                  `t152`.`impressions` IS NOT NULL
                                                                ) AND (
                                                                  `t152`.`reach` IS NOT NULL
                                                                ),
                                                                `t152`.`reach`,
                                                                NULL
                                                              )
                                                            ) OVER (
                                                              PARTITION BY `t152`.`campaign_id`, `t152`.`platform`
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                            ),
                                                            0
                                                          )
                                                        ),
                                                        CAST(1 AS FLOAT64)
                                                      )
                                                    ) IS NOT NULL,
                                                    IF(`t152`.`impressions` IS NOT NULL, `t152`.`impressions__provenance`, 2),
                                                    CAST(NULL AS INT64)
                                                  ) AS `impressions_with_estimates__provenance`,
                                                  ieee_divide(`t152`.`engagements`, NULLIF(`t152`.`reach`, 0)) * 100 AS `er_reach_post`,
                                                  ieee_divide(`t152`.`engagements`, NULLIF(`t152`.`followers`, 0)) * 100 AS `er_followers_post`,
                                                  ieee_divide(`t152`.`engagements`, NULLIF(`t152`.`impressions`, 0)) * 100 AS `er_impressions_post`,
                                                  ieee_divide(`t152`.`engagements`, NULLIF(`t152`.`views`, 0)) * 100 AS `er_views_post`,
                                                  NULLIF(
                                                    GREATEST(
                                                      COALESCE(`t152`.`engagements__provenance`, -1),
                                                      COALESCE(`t152`.`reach__provenance`, -1)
                                                    ),
                                                    -1
                                                  ) AS `er_reach_post__provenance`,
                                                  NULLIF(
                                                    GREATEST(
                                                      COALESCE(`t152`.`engagements__provenance`, -1),
                                                      COALESCE(`t152`.`followers__provenance`, -1)
                                                    ),
                                                    -1
                                                  ) AS `er_followers_post__provenance`,
                                                  NULLIF(
                                                    GREATEST(
                                                      COALESCE(`t152`.`engagements__provenance`, -1),
                                                      COALESCE(`t152`.`impressions__provenance`, -1)
                                                    ),
                                                    -1
                                                  ) AS `er_impressions_post__provenance`,
                                                  NULLIF(
                                                    GREATEST(
                                                      COALESCE(`t152`.`engagements__provenance`, -1),
                                                      COALESCE(`t152`.`views__provenance`, -1)
                                                    ),
                                                    -1
                                                  ) AS `er_views_post__provenance`,
                                                  `t152`.`platform` AS `post_platform`,
                                                  `t152`.`influencer_id` AS `publishing_influencer`,
                                                  CAST(IF(`t152`.`sponsored`, 1, 0) AS FLOAT64) AS `sponsored_posts`,
                                                  CAST(IF(
                                                    `t152`.`sponsored`
                                                    AND CASE
                                                      WHEN UPPER(`t152`.`country`) = 'FR'
                                                      THEN (
                                                        INSTR(LOWER(`t152`.`caption`), 'publicité') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'publicite') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'collaboration commerciale') > 0
                                                      )
                                                      WHEN UPPER(`t152`.`country`) = 'BE'
                                                      THEN (
                                                        INSTR(LOWER(`t152`.`caption`), 'publicité') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'publicite') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'collaboration commerciale') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), '#pub') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'reclame') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), '#ad') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'samenwerking') > 0
                                                      )
                                                      WHEN UPPER(`t152`.`country`) = 'DE'
                                                      THEN (
                                                        INSTR(LOWER(`t152`.`caption`), 'werbung') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'anzeige') > 0
                                                      )
                                                      WHEN UPPER(`t152`.`country`) = 'ES'
                                                      THEN (
                                                        INSTR(LOWER(`t152`.`caption`), 'publicidad') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), '#publi') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'patrocinado') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'colaboración pagada') > 0
                                                      )
                                                      WHEN UPPER(`t152`.`country`) = 'IT'
                                                      THEN (
                                                        INSTR(LOWER(`t152`.`caption`), 'pubblicità') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), '#adv') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'sponsorizzato') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), '#sponsored') > 0
                                                      )
                                                      WHEN UPPER(`t152`.`country`) = 'GB'
                                                      THEN (
                                                        INSTR(LOWER(`t152`.`caption`), '#ad') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'advert') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'advertisement') > 0
                                                      )
                                                      WHEN UPPER(`t152`.`country`) = 'US'
                                                      THEN (
                                                        INSTR(LOWER(`t152`.`caption`), '#ad') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), '#sponsored') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'advertisement') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'paid partnership') > 0
                                                      )
                                                      ELSE (
                                                        INSTR(LOWER(`t152`.`caption`), '#ad') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), '#sponsored') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'paid partnership') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'advertisement') > 0
                                                      )
                                                    END,
                                                    1,
                                                    0
                                                  ) AS FLOAT64) AS `disclosed_sponsored_posts`
                                                FROM (
                                                  SELECT
                                                    `t143`.`campaign_id`,
                                                    `t143`.`campaign`,
                                                    `t143`.`influencer_id`,
                                                    `t143`.`influencer`,
                                                    `t143`.`account_id`,
                                                    `t143`.`platform`,
                                                    `t143`.`format`,
                                                    `t143`.`post_id`,
                                                    `t143`.`day`,
                                                    `t143`.`country`,
                                                    `t143`.`caption`,
                                                    `t143`.`sponsored`,
                                                    `t143`.`reach`,
                                                    `t143`.`impressions`,
                                                    `t143`.`views`,
                                                    `t143`.`likes`,
                                                    `t143`.`comments`,
                                                    `t143`.`shares`,
                                                    `t143`.`saves`,
                                                    `t143`.`clicks`,
                                                    `t143`.`reach__provenance`,
                                                    `t143`.`impressions__provenance`,
                                                    `t143`.`views__provenance`,
                                                    `t143`.`likes__provenance`,
                                                    `t143`.`comments__provenance`,
                                                    `t143`.`shares__provenance`,
                                                    `t143`.`saves__provenance`,
                                                    `t143`.`clicks__provenance`,
                                                    `t143`.`followers`,
                                                    `t143`.`followers__provenance`,
                                                    IF(
                                                      (
                                                        `t143`.`likes` IS NOT NULL
                                                      )
                                                      OR (
                                                        `t143`.`comments` IS NOT NULL
                                                      )
                                                      OR (
                                                        `t143`.`shares` IS NOT NULL
                                                      )
                                                      OR (
                                                        `t143`.`saves` IS NOT NULL
                                                      ),
                                                      CAST(0 AS FLOAT64) + COALESCE(`t143`.`likes`, 0) + COALESCE(`t143`.`comments`, 0) + COALESCE(`t143`.`shares`, 0) + COALESCE(`t143`.`saves`, 0),
                                                      CAST(NULL AS FLOAT64)
                                                    ) AS `engagements`,
                                                    NULLIF(
                                                      GREATEST(
                                                        COALESCE(`t143`.`likes__provenance`, -1),
                                                        COALESCE(`t143`.`comments__provenance`, -1),
                                                        COALESCE(`t143`.`shares__provenance`, -1),
                                                        COALESCE(`t143`.`saves__provenance`, -1)
                                                      ),
                                                      -1
                                                    ) AS `engagements__provenance`
                                                  FROM (
                                                    SELECT
                                                      `t104`.`campaign_id`,
                                                      `t104`.`campaign`,
                                                      `t104`.`influencer_id`,
                                                      `t104`.`influencer`,
                                                      `t104`.`account_id`,
                                                      `t104`.`platform`,
                                                      `t104`.`format`,
                                                      `t104`.`post_id`,
                                                      `t104`.`day`,
                                                      `t104`.`country`,
                                                      `t104`.`caption`,
                                                      `t104`.`sponsored`,
                                                      `t122`.`reach`,
                                                      `t122`.`impressions`,
                                                      `t122`.`views`,
                                                      `t122`.`likes`,
                                                      `t122`.`comments`,
                                                      `t122`.`shares`,
                                                      `t122`.`saves`,
                                                      `t122`.`clicks`,
                                                      `t122`.`reach__provenance`,
                                                      `t122`.`impressions__provenance`,
                                                      `t122`.`views__provenance`,
                                                      `t122`.`likes__provenance`,
                                                      `t122`.`comments__provenance`,
                                                      `t122`.`shares__provenance`,
                                                      `t122`.`saves__provenance`,
                                                      `t122`.`clicks__provenance`,
                                                      `t130`.`followers`,
                                                      `t130`.`followers__provenance`
                                                    FROM `t77` AS `t104`
                                                    LEFT OUTER JOIN (
                                                      SELECT
                                                        CAST(`t78`.`post_id` AS INT64) AS `post_id`,
                                                        CAST(MAX_BY(
                                                          IF(`t78`.`metric` = 'reach', `t78`.`value`, NULL),
                                                          IF(
                                                            `t78`.`metric` = 'reach',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ) AS FLOAT64) AS `reach`,
                                                        CAST(MAX_BY(
                                                          IF(`t78`.`metric` = 'impressions', `t78`.`value`, NULL),
                                                          IF(
                                                            `t78`.`metric` = 'impressions',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ) AS FLOAT64) AS `impressions`,
                                                        CAST(MAX_BY(
                                                          IF(`t78`.`metric` = 'views', `t78`.`value`, NULL),
                                                          IF(
                                                            `t78`.`metric` = 'views',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ) AS FLOAT64) AS `views`,
                                                        CAST(MAX_BY(
                                                          IF(`t78`.`metric` = 'likes', `t78`.`value`, NULL),
                                                          IF(
                                                            `t78`.`metric` = 'likes',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ) AS FLOAT64) AS `likes`,
                                                        CAST(MAX_BY(
                                                          IF(`t78`.`metric` = 'comments', `t78`.`value`, NULL),
                                                          IF(
                                                            `t78`.`metric` = 'comments',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ) AS FLOAT64) AS `comments`,
                                                        CAST(MAX_BY(
                                                          IF(`t78`.`metric` = 'shares', `t78`.`value`, NULL),
                                                          IF(
                                                            `t78`.`metric` = 'shares',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ) AS FLOAT64) AS `shares`,
                                                        CAST(MAX_BY(
                                                          IF(`t78`.`metric` = 'saves', `t78`.`value`, NULL),
                                                          IF(
                                                            `t78`.`metric` = 'saves',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ) AS FLOAT64) AS `saves`,
                                                        CAST(MAX_BY(
                                                          IF(`t78`.`metric` = 'clicks', `t78`.`value`, NULL),
                                                          IF(
                                                            `t78`.`metric` = 'clicks',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ) AS FLOAT64) AS `clicks`,
                                                        15 - (
                                                          MOD(
                                                            MAX(
                                                              IF(
                                                                `t78`.`metric` = 'reach',
                                                                (
                                                                  DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                            ),
                                                            16
                                                          )
                                                        ) AS `reach__provenance`,
                                                        15 - (
                                                          MOD(
                                                            MAX(
                                                              IF(
                                                                `t78`.`metric` = 'impressions',
                                                                (
                                                                  DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                            ),
                                                            16
                                                          )
                                                        ) AS `impressions__provenance`,
                                                        15 - (
                                                          MOD(
                                                            MAX(
                                                              IF(
                                                                `t78`.`metric` = 'views',
                                                                (
                                                                  DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                            ),
                                                            16
                                                          )
                                                        ) AS `views__provenance`,
                                                        15 - (
                                                          MOD(
                                                            MAX(
                                                              IF(
                                                                `t78`.`metric` = 'likes',
                                                                (
                                                                  DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                            ),
                                                            16
                                                          )
                                                        ) AS `likes__provenance`,
                                                        15 - (
                                                          MOD(
                                                            MAX(
                                                              IF(
                                                                `t78`.`metric` = 'comments',
                                                                (
                                                                  DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                            ),
                                                            16
                                                          )
                                                        ) AS `comments__provenance`,
                                                        15 - (
                                                          MOD(
                                                            MAX(
                                                              IF(
                                                                `t78`.`metric` = 'shares',
                                                                (
                                                                  DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                            ),
                                                            16
                                                          )
                                                        ) AS `shares__provenance`,
                                                        15 - (
                                                          MOD(
                                                            MAX(
                                                              IF(
                                                                `t78`.`metric` = 'saves',
                                                                (
                                                                  DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                            ),
                                                            16
                                                          )
                                                        ) AS `saves__provenance`,
                                                        15 - (
                                                          MOD(
                                                            MAX(
                                                              IF(
                                                                `t78`.`metric` = 'clicks',
                                                                (
                                                                  DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                            ),
                                                            16
                                                          )
                                                        ) AS `clicks__provenance`
                                                      FROM (
                                                        SELECT
                                                          *
                                                        FROM (
                                                          SELECT
                                                            *
                                                          FROM `metric_snapshot` AS `t14`
                                                          WHERE
                                                            `t14`.`post_id` IN (
                                                              SELECT
                                                                `t11`.`id`
                                                              FROM `post` AS `t11`
                                                              WHERE
                                                                `t11`.`campaign_id` IS NOT NULL AND `t11`.`campaign_id` IN (1)
                                                            )
                                                        ) AS `t57`
                                                        WHERE
                                                          `t57`.`captured_at` <= DATETIME('2026-03-31T23:59:59')
                                                      ) AS `t78`
                                                      GROUP BY
                                                        1
                                                    ) AS `t122`
                                                      ON `t104`.`post_id` = `t122`.`post_id`
                                                    LEFT OUTER JOIN (
                                                      SELECT
                                                        `t108`.`post_id`,
                                                        CAST(IF(`t108`.`before` IS NOT NULL, `t108`.`before`, `t108`.`after`) AS FLOAT64) AS `followers`,
                                                        IF(`t108`.`before` IS NOT NULL, `t108`.`before_rank`, `t108`.`after_rank`) AS `followers__provenance`
                                                      FROM (
                                                        SELECT
                                                          CAST(`t79`.`post_id` AS INT64) AS `post_id`,
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
                                                            `t51`.`post_id`,
                                                            `t51`.`account_id`,
                                                            `t51`.`published_at`,
                                                            `t26`.`id`,
                                                            `t26`.`captured_at`,
                                                            `t26`.`followers`,
                                                            `t26`.`source`,
                                                            `t26`.`provenance`
                                                          FROM (
                                                            SELECT
                                                              `t11`.`id` AS `post_id`,
                                                              `t11`.`account_id`,
                                                              `t11`.`published_at`
                                                            FROM `post` AS `t11`
                                                            WHERE
                                                              `t11`.`campaign_id` IS NOT NULL AND `t11`.`campaign_id` IN (1)
                                                          ) AS `t51`
                                                          INNER JOIN `follower_snapshot` AS `t26`
                                                            ON `t51`.`account_id` = `t26`.`account_id`
                                                        ) AS `t79`
                                                        GROUP BY
                                                          1
                                                      ) AS `t108`
                                                    ) AS `t130`
                                                      ON `t104`.`post_id` = `t130`.`post_id`
                                                  ) AS `t143`
                                                ) AS `t152`
                                              ) AS `t165`
                                            ) AS `t169`
                                          ) AS `t171`
                                        ) AS `t177`
                                        WHERE
                                          `t133`.`campaign_id` = `t177`.`campaign_id`
                                          AND `t133`.`influencer_id` = `t177`.`influencer_id`
                                      )
                                  ) AS `t182`
                                ) AS `t185`
                              ) AS `t190`
                              UNION ALL
                              SELECT
                                *
                              FROM (
                                SELECT
                                  `t128`.`campaign_id`,
                                  `t128`.`campaign`,
                                  `t128`.`influencer_id`,
                                  `t128`.`influencer`,
                                  CAST(NULL AS INT64) AS `account_id`,
                                  CAST(NULL AS STRING) AS `platform`,
                                  CAST(NULL AS STRING) AS `format`,
                                  CAST(NULL AS INT64) AS `post_id`,
                                  `t128`.`day`,
                                  CAST(NULL AS FLOAT64) AS `reach`,
                                  CAST(NULL AS FLOAT64) AS `impressions`,
                                  CAST(NULL AS FLOAT64) AS `views`,
                                  CAST(NULL AS FLOAT64) AS `likes`,
                                  CAST(NULL AS FLOAT64) AS `comments`,
                                  CAST(NULL AS FLOAT64) AS `shares`,
                                  CAST(NULL AS FLOAT64) AS `saves`,
                                  CAST(NULL AS FLOAT64) AS `clicks`,
                                  CAST(NULL AS INT64) AS `reach__provenance`,
                                  CAST(NULL AS INT64) AS `impressions__provenance`,
                                  CAST(NULL AS INT64) AS `views__provenance`,
                                  CAST(NULL AS INT64) AS `likes__provenance`,
                                  CAST(NULL AS INT64) AS `comments__provenance`,
                                  CAST(NULL AS INT64) AS `shares__provenance`,
                                  CAST(NULL AS INT64) AS `saves__provenance`,
                                  CAST(NULL AS INT64) AS `clicks__provenance`,
                                  CAST(NULL AS FLOAT64) AS `followers`,
                                  CAST(NULL AS INT64) AS `followers__provenance`,
                                  CAST(NULL AS FLOAT64) AS `engagements`,
                                  CAST(NULL AS INT64) AS `engagements__provenance`,
                                  CAST(NULL AS FLOAT64) AS `impressions_with_estimates`,
                                  CAST(NULL AS INT64) AS `impressions_with_estimates__provenance`,
                                  CAST(NULL AS FLOAT64) AS `er_reach_post`,
                                  CAST(NULL AS FLOAT64) AS `er_followers_post`,
                                  CAST(NULL AS FLOAT64) AS `er_impressions_post`,
                                  CAST(NULL AS FLOAT64) AS `er_views_post`,
                                  CAST(NULL AS INT64) AS `er_reach_post__provenance`,
                                  CAST(NULL AS INT64) AS `er_followers_post__provenance`,
                                  CAST(NULL AS INT64) AS `er_impressions_post__provenance`,
                                  CAST(NULL AS INT64) AS `er_views_post__provenance`,
                                  CAST(NULL AS STRING) AS `post_platform`,
                                  CAST(NULL AS FLOAT64) AS `publishing_influencer`,
                                  CAST(NULL AS FLOAT64) AS `sponsored_posts`,
                                  CAST(NULL AS FLOAT64) AS `disclosed_sponsored_posts`,
                                  `t128`.`cost`,
                                  CAST(NULL AS FLOAT64) AS `key_message_posts`,
                                  CAST(NULL AS FLOAT64) AS `ugc_post`,
                                  CAST(NULL AS FLOAT64) AS `mentions`,
                                  CAST(NULL AS FLOAT64) AS `brand_mentions`,
                                  CAST(NULL AS FLOAT64) AS `mention_engagements`,
                                  CAST(NULL AS FLOAT64) AS `brand_mention_engagements`,
                                  CAST(NULL AS FLOAT64) AS `followers_start`,
                                  CAST(NULL AS FLOAT64) AS `followers_gained`,
                                  CAST(NULL AS FLOAT64) AS `followers_expected_gain`,
                                  CAST(NULL AS INT64) AS `followers_start__provenance`,
                                  CAST(NULL AS INT64) AS `followers_gained__provenance`,
                                  CAST(NULL AS INT64) AS `followers_expected_gain__provenance`,
                                  CAST(NULL AS FLOAT64) AS `brand_followers_start`,
                                  CAST(NULL AS FLOAT64) AS `brand_followers_gained`,
                                  CAST(NULL AS FLOAT64) AS `brand_followers_expected_gain`,
                                  CAST(NULL AS INT64) AS `brand_followers_start__provenance`,
                                  CAST(NULL AS INT64) AS `brand_followers_gained__provenance`,
                                  CAST(NULL AS INT64) AS `brand_followers_expected_gain__provenance`,
                                  CAST(NULL AS FLOAT64) AS `influencers_contacted`,
                                  CAST(NULL AS FLOAT64) AS `influencers_interested`,
                                  CAST(NULL AS FLOAT64) AS `posts_contracted`,
                                  CAST(NULL AS FLOAT64) AS `products_sent`,
                                  CAST(NULL AS FLOAT64) AS `link_clicks`,
                                  CAST(NULL AS FLOAT64) AS `unique_link_clicks`,
                                  CAST(NULL AS FLOAT64) AS `bot_link_clicks`,
                                  CAST(NULL AS FLOAT64) AS `sessions`,
                                  CAST(NULL AS FLOAT64) AS `new_users`,
                                  CAST(NULL AS FLOAT64) AS `engaged_sessions`,
                                  CAST(NULL AS FLOAT64) AS `bounced_sessions`,
                                  CAST(NULL AS FLOAT64) AS `session_seconds`,
                                  CAST(NULL AS FLOAT64) AS `page_views`,
                                  CAST(NULL AS FLOAT64) AS `key_events`,
                                  CAST(NULL AS FLOAT64) AS `orders`,
                                  CAST(NULL AS FLOAT64) AS `revenue`,
                                  CAST(NULL AS FLOAT64) AS `new_customers`,
                                  CAST(NULL AS FLOAT64) AS `key_messages`
                                FROM (
                                  SELECT
                                    `t101`.`campaign_id`,
                                    `t101`.`campaign`,
                                    `t101`.`influencer_id`,
                                    CAST(`t18`.`name` AS STRING) AS `influencer`,
                                    `t101`.`incurred_on` AS `day`,
                                    `t101`.`amount` AS `cost`
                                  FROM `t75` AS `t101`
                                  LEFT OUTER JOIN `influencer` AS `t18`
                                    ON `t101`.`influencer_id` = `t18`.`id`
                                  WHERE
                                    NOT EXISTS(
                                      SELECT
                                        1
                                      FROM (
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
                                      ) AS `t115`
                                      WHERE
                                        `t101`.`campaign_id` = `t115`.`campaign_id`
                                        AND `t101`.`influencer_id` = `t115`.`influencer_id`
                                    )
                                ) AS `t128`
                              ) AS `t137`
                            ) AS `t192`
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                `t63`.`campaign_id`,
                                `t63`.`campaign`,
                                CAST(NULL AS INT64) AS `influencer_id`,
                                CAST(NULL AS STRING) AS `influencer`,
                                CAST(NULL AS INT64) AS `account_id`,
                                `t63`.`platform`,
                                CAST(NULL AS STRING) AS `format`,
                                CAST(NULL AS INT64) AS `post_id`,
                                `t63`.`day`,
                                CAST(NULL AS FLOAT64) AS `reach`,
                                CAST(NULL AS FLOAT64) AS `impressions`,
                                CAST(NULL AS FLOAT64) AS `views`,
                                CAST(NULL AS FLOAT64) AS `likes`,
                                CAST(NULL AS FLOAT64) AS `comments`,
                                CAST(NULL AS FLOAT64) AS `shares`,
                                CAST(NULL AS FLOAT64) AS `saves`,
                                CAST(NULL AS FLOAT64) AS `clicks`,
                                CAST(NULL AS INT64) AS `reach__provenance`,
                                CAST(NULL AS INT64) AS `impressions__provenance`,
                                CAST(NULL AS INT64) AS `views__provenance`,
                                CAST(NULL AS INT64) AS `likes__provenance`,
                                CAST(NULL AS INT64) AS `comments__provenance`,
                                CAST(NULL AS INT64) AS `shares__provenance`,
                                CAST(NULL AS INT64) AS `saves__provenance`,
                                CAST(NULL AS INT64) AS `clicks__provenance`,
                                CAST(NULL AS FLOAT64) AS `followers`,
                                CAST(NULL AS INT64) AS `followers__provenance`,
                                CAST(NULL AS FLOAT64) AS `engagements`,
                                CAST(NULL AS INT64) AS `engagements__provenance`,
                                CAST(NULL AS FLOAT64) AS `impressions_with_estimates`,
                                CAST(NULL AS INT64) AS `impressions_with_estimates__provenance`,
                                CAST(NULL AS FLOAT64) AS `er_reach_post`,
                                CAST(NULL AS FLOAT64) AS `er_followers_post`,
                                CAST(NULL AS FLOAT64) AS `er_impressions_post`,
                                CAST(NULL AS FLOAT64) AS `er_views_post`,
                                CAST(NULL AS INT64) AS `er_reach_post__provenance`,
                                CAST(NULL AS INT64) AS `er_followers_post__provenance`,
                                CAST(NULL AS INT64) AS `er_impressions_post__provenance`,
                                CAST(NULL AS INT64) AS `er_views_post__provenance`,
                                CAST(NULL AS STRING) AS `post_platform`,
                                CAST(NULL AS FLOAT64) AS `publishing_influencer`,
                                CAST(NULL AS FLOAT64) AS `sponsored_posts`,
                                CAST(NULL AS FLOAT64) AS `disclosed_sponsored_posts`,
                                CAST(NULL AS FLOAT64) AS `cost`,
                                CAST(NULL AS FLOAT64) AS `key_message_posts`,
                                CAST(NULL AS FLOAT64) AS `ugc_post`,
                                `t63`.`mentions`,
                                `t63`.`brand_mentions`,
                                `t63`.`mention_engagements`,
                                `t63`.`brand_mention_engagements`,
                                CAST(NULL AS FLOAT64) AS `followers_start`,
                                CAST(NULL AS FLOAT64) AS `followers_gained`,
                                CAST(NULL AS FLOAT64) AS `followers_expected_gain`,
                                CAST(NULL AS INT64) AS `followers_start__provenance`,
                                CAST(NULL AS INT64) AS `followers_gained__provenance`,
                                CAST(NULL AS INT64) AS `followers_expected_gain__provenance`,
                                CAST(NULL AS FLOAT64) AS `brand_followers_start`,
                                CAST(NULL AS FLOAT64) AS `brand_followers_gained`,
                                CAST(NULL AS FLOAT64) AS `brand_followers_expected_gain`,
                                CAST(NULL AS INT64) AS `brand_followers_start__provenance`,
                                CAST(NULL AS INT64) AS `brand_followers_gained__provenance`,
                                CAST(NULL AS INT64) AS `brand_followers_expected_gain__provenance`,
                                CAST(NULL AS FLOAT64) AS `influencers_contacted`,
                                CAST(NULL AS FLOAT64) AS `influencers_interested`,
                                CAST(NULL AS FLOAT64) AS `posts_contracted`,
                                CAST(NULL AS FLOAT64) AS `products_sent`,
                                CAST(NULL AS FLOAT64) AS `link_clicks`,
                                CAST(NULL AS FLOAT64) AS `unique_link_clicks`,
                                CAST(NULL AS FLOAT64) AS `bot_link_clicks`,
                                CAST(NULL AS FLOAT64) AS `sessions`,
                                CAST(NULL AS FLOAT64) AS `new_users`,
                                CAST(NULL AS FLOAT64) AS `engaged_sessions`,
                                CAST(NULL AS FLOAT64) AS `bounced_sessions`,
                                CAST(NULL AS FLOAT64) AS `session_seconds`,
                                CAST(NULL AS FLOAT64) AS `page_views`,
                                CAST(NULL AS FLOAT64) AS `key_events`,
                                CAST(NULL AS FLOAT64) AS `orders`,
                                CAST(NULL AS FLOAT64) AS `revenue`,
                                CAST(NULL AS FLOAT64) AS `new_customers`,
                                CAST(NULL AS FLOAT64) AS `key_messages`
                              FROM (
                                SELECT
                                  CAST(`t15`.`id` AS INT64) AS `campaign_id`,
                                  CAST(`t15`.`name` AS STRING) AS `campaign`,
                                  CAST(`t21`.`platform` AS STRING) AS `platform`,
                                  `t21`.`mentioned_on` AS `day`,
                                  CAST(1 AS FLOAT64) AS `mentions`,
                                  CAST(IF(`t21`.`own`, 1, 0) AS FLOAT64) AS `brand_mentions`,
                                  `t21`.`engagements` AS `mention_engagements`,
                                  CAST(IF(`t21`.`own`, 1, 0) AS FLOAT64) * `t21`.`engagements` AS `brand_mention_engagements`
                                FROM `mention` AS `t21`
                                INNER JOIN `campaign` AS `t15`
                                  ON `t21`.`workspace_id` = `t15`.`workspace_id`
                                  AND `t21`.`mentioned_on` >= `t15`.`start_date`
                                  AND `t21`.`mentioned_on` <= `t15`.`end_date`
                              ) AS `t63`
                            ) AS `t74`
                          ) AS `t193`
                          UNION ALL
                          SELECT
                            *
                          FROM (
                            SELECT
                              `t184`.`campaign_id`,
                              `t184`.`campaign`,
                              `t184`.`influencer_id`,
                              `t184`.`influencer`,
                              `t184`.`account_id`,
                              `t184`.`platform`,
                              CAST(NULL AS STRING) AS `format`,
                              CAST(NULL AS INT64) AS `post_id`,
                              `t184`.`day`,
                              CAST(NULL AS FLOAT64) AS `reach`,
                              CAST(NULL AS FLOAT64) AS `impressions`,
                              CAST(NULL AS FLOAT64) AS `views`,
                              CAST(NULL AS FLOAT64) AS `likes`,
                              CAST(NULL AS FLOAT64) AS `comments`,
                              CAST(NULL AS FLOAT64) AS `shares`,
                              CAST(NULL AS FLOAT64) AS `saves`,
                              CAST(NULL AS FLOAT64) AS `clicks`,
                              CAST(NULL AS INT64) AS `reach__provenance`,
                              CAST(NULL AS INT64) AS `impressions__provenance`,
                              CAST(NULL AS INT64) AS `views__provenance`,
                              CAST(NULL AS INT64) AS `likes__provenance`,
                              CAST(NULL AS INT64) AS `comments__provenance`,
                              CAST(NULL AS INT64) AS `shares__provenance`,
                              CAST(NULL AS INT64) AS `saves__provenance`,
                              CAST(NULL AS INT64) AS `clicks__provenance`,
                              CAST(NULL AS FLOAT64) AS `followers`,
                              CAST(NULL AS INT64) AS `followers__provenance`,
                              CAST(NULL AS FLOAT64) AS `engagements`,
                              CAST(NULL AS INT64) AS `engagements__provenance`,
                              CAST(NULL AS FLOAT64) AS `impressions_with_estimates`,
                              CAST(NULL AS INT64) AS `impressions_with_estimates__provenance`,
                              CAST(NULL AS FLOAT64) AS `er_reach_post`,
                              CAST(NULL AS FLOAT64) AS `er_followers_post`,
                              CAST(NULL AS FLOAT64) AS `er_impressions_post`,
                              CAST(NULL AS FLOAT64) AS `er_views_post`,
                              CAST(NULL AS INT64) AS `er_reach_post__provenance`,
                              CAST(NULL AS INT64) AS `er_followers_post__provenance`,
                              CAST(NULL AS INT64) AS `er_impressions_post__provenance`,
                              CAST(NULL AS INT64) AS `er_views_post__provenance`,
                              CAST(NULL AS STRING) AS `post_platform`,
                              CAST(NULL AS FLOAT64) AS `publishing_influencer`,
                              CAST(NULL AS FLOAT64) AS `sponsored_posts`,
                              CAST(NULL AS FLOAT64) AS `disclosed_sponsored_posts`,
                              CAST(NULL AS FLOAT64) AS `cost`,
                              CAST(NULL AS FLOAT64) AS `key_message_posts`,
                              CAST(NULL AS FLOAT64) AS `ugc_post`,
                              CAST(NULL AS FLOAT64) AS `mentions`,
                              CAST(NULL AS FLOAT64) AS `brand_mentions`,
                              CAST(NULL AS FLOAT64) AS `mention_engagements`,
                              CAST(NULL AS FLOAT64) AS `brand_mention_engagements`,
                              IF(`t184`.`is_brand` = FALSE, `t184`.`start_followers`, CAST(NULL AS FLOAT64)) AS `followers_start`,
                              IF(
                                `t184`.`is_brand` = FALSE,
                                IF(
                                  `t184`.`end_seen_at` > `t184`.`start_seen_at`,
                                  `t184`.`end_followers` - `t184`.`start_followers`,
                                  CAST(NULL AS FLOAT64)
                                ),
                                CAST(NULL AS FLOAT64)
                              ) AS `followers_gained`,
                              IF(
                                `t184`.`is_brand` = FALSE,
                                IF(
                                  `t184`.`end_seen_at` > `t184`.`start_seen_at`,
                                  ieee_divide(
                                    `t184`.`start_followers` - `t184`.`before_followers`,
                                    NULLIF(CAST(`t184`.`start_seen_at` - `t184`.`before_seen_at` AS FLOAT64), 0)
                                  ) * (
                                    `t184`.`end_seen_at` - `t184`.`start_seen_at`
                                  ),
                                  CAST(NULL AS FLOAT64)
                                ),
                                CAST(NULL AS FLOAT64)
                              ) AS `followers_expected_gain`,
                              CAST(IF(`t184`.`is_brand` = FALSE, `t184`.`start_rank`, CAST(NULL AS INT64)) AS INT64) AS `followers_start__provenance`,
                              IF(
                                `t184`.`is_brand` = FALSE,
                                IF(
                                  `t184`.`end_seen_at` > `t184`.`start_seen_at`,
                                  NULLIF(GREATEST(COALESCE(`t184`.`start_rank`, -1), COALESCE(`t184`.`end_rank`, -1)), -1),
                                  CAST(NULL AS INT64)
                                ),
                                CAST(NULL AS INT64)
                              ) AS `followers_gained__provenance`,
                              IF(
                                `t184`.`is_brand` = FALSE,
                                IF(
                                  IF(
                                    `t184`.`end_seen_at` > `t184`.`start_seen_at`,
                                    ieee_divide(
                                      `t184`.`start_followers` - `t184`.`before_followers`,
                                      NULLIF(CAST(`t184`.`start_seen_at` - `t184`.`before_seen_at` AS FLOAT64), 0)
                                    ) * (
                                      `t184`.`end_seen_at` - `t184`.`start_seen_at`
                                    ),
                                    CAST(NULL AS FLOAT64)
                                  ) IS NOT NULL,
                                  NULLIF(
                                    GREATEST(
                                      COALESCE(
                                        IF(
                                          `t184`.`end_seen_at` > `t184`.`start_seen_at`,
                                          NULLIF(GREATEST(COALESCE(`t184`.`start_rank`, -1), COALESCE(`t184`.`end_rank`, -1)), -1),
                                          CAST(NULL AS INT64)
                                        ),
                                        -1
                                      ),
                                      COALESCE(`t184`.`before_rank`, -1)
                                    ),
                                    -1
                                  ),
                                  CAST(NULL AS INT64)
                                ),
                                CAST(NULL AS INT64)
                              ) AS `followers_expected_gain__provenance`,
                              IF(`t184`.`is_brand` = TRUE, `t184`.`start_followers`, CAST(NULL AS FLOAT64)) AS `brand_followers_start`,
                              IF(
                                `t184`.`is_brand` = TRUE,
                                IF(
                                  `t184`.`end_seen_at` > `t184`.`start_seen_at`,
                                  `t184`.`end_followers` - `t184`.`start_followers`,
                                  CAST(NULL AS FLOAT64)
                                ),
                                CAST(NULL AS FLOAT64)
                              ) AS `brand_followers_gained`,
                              IF(
                                `t184`.`is_brand` = TRUE,
                                IF(
                                  `t184`.`end_seen_at` > `t184`.`start_seen_at`,
                                  ieee_divide(
                                    `t184`.`start_followers` - `t184`.`before_followers`,
                                    NULLIF(CAST(`t184`.`start_seen_at` - `t184`.`before_seen_at` AS FLOAT64), 0)
                                  ) * (
                                    `t184`.`end_seen_at` - `t184`.`start_seen_at`
                                  ),
                                  CAST(NULL AS FLOAT64)
                                ),
                                CAST(NULL AS FLOAT64)
                              ) AS `brand_followers_expected_gain`,
                              CAST(IF(`t184`.`is_brand` = TRUE, `t184`.`start_rank`, CAST(NULL AS INT64)) AS INT64) AS `brand_followers_start__provenance`,
                              IF(
                                `t184`.`is_brand` = TRUE,
                                IF(
                                  `t184`.`end_seen_at` > `t184`.`start_seen_at`,
                                  NULLIF(GREATEST(COALESCE(`t184`.`start_rank`, -1), COALESCE(`t184`.`end_rank`, -1)), -1),
                                  CAST(NULL AS INT64)
                                ),
                                CAST(NULL AS INT64)
                              ) AS `brand_followers_gained__provenance`,
                              IF(
                                `t184`.`is_brand` = TRUE,
                                IF(
                                  IF(
                                    `t184`.`end_seen_at` > `t184`.`start_seen_at`,
                                    ieee_divide(
                                      `t184`.`start_followers` - `t184`.`before_followers`,
                                      NULLIF(CAST(`t184`.`start_seen_at` - `t184`.`before_seen_at` AS FLOAT64), 0)
                                    ) * (
                                      `t184`.`end_seen_at` - `t184`.`start_seen_at`
                                    ),
                                    CAST(NULL AS FLOAT64)
                                  ) IS NOT NULL,
                                  NULLIF(
                                    GREATEST(
                                      COALESCE(
                                        IF(
                                          `t184`.`end_seen_at` > `t184`.`start_seen_at`,
                                          NULLIF(GREATEST(COALESCE(`t184`.`start_rank`, -1), COALESCE(`t184`.`end_rank`, -1)), -1),
                                          CAST(NULL AS INT64)
                                        ),
                                        -1
                                      ),
                                      COALESCE(`t184`.`before_rank`, -1)
                                    ),
                                    -1
                                  ),
                                  CAST(NULL AS INT64)
                                ),
                                CAST(NULL AS INT64)
                              ) AS `brand_followers_expected_gain__provenance`,
                              CAST(NULL AS FLOAT64) AS `influencers_contacted`,
                              CAST(NULL AS FLOAT64) AS `influencers_interested`,
                              CAST(NULL AS FLOAT64) AS `posts_contracted`,
                              CAST(NULL AS FLOAT64) AS `products_sent`,
                              CAST(NULL AS FLOAT64) AS `link_clicks`,
                              CAST(NULL AS FLOAT64) AS `unique_link_clicks`,
                              CAST(NULL AS FLOAT64) AS `bot_link_clicks`,
                              CAST(NULL AS FLOAT64) AS `sessions`,
                              CAST(NULL AS FLOAT64) AS `new_users`,
                              CAST(NULL AS FLOAT64) AS `engaged_sessions`,
                              CAST(NULL AS FLOAT64) AS `bounced_sessions`,
                              CAST(NULL AS FLOAT64) AS `session_seconds`,
                              CAST(NULL AS FLOAT64) AS `page_views`,
                              CAST(NULL AS FLOAT64) AS `key_events`,
                              CAST(NULL AS FLOAT64) AS `orders`,
                              CAST(NULL AS FLOAT64) AS `revenue`,
                              CAST(NULL AS FLOAT64) AS `new_customers`,
                              CAST(NULL AS FLOAT64) AS `key_messages`
                            FROM (
                              SELECT
                                `t181`.`campaign_id`,
                                `t181`.`campaign`,
                                `t181`.`influencer_id`,
                                `t181`.`influencer`,
                                `t181`.`account_id`,
                                `t181`.`platform`,
                                `t181`.`is_brand`,
                                `t181`.`day`,
                                `t181`.`start_at`,
                                `t181`.`end_at`,
                                `t181`.`start_followers`,
                                `t181`.`start_seen_at`,
                                `t181`.`start_rank`,
                                `t181`.`end_followers`,
                                `t181`.`end_seen_at`,
                                `t181`.`end_rank`,
                                `t160`.`before_followers`,
                                `t160`.`before_seen_at`,
                                `t160`.`before_rank`
                              FROM (
                                SELECT
                                  `t168`.`campaign_id`,
                                  `t168`.`campaign`,
                                  `t168`.`influencer_id`,
                                  `t168`.`influencer`,
                                  `t168`.`account_id`,
                                  `t168`.`platform`,
                                  `t168`.`is_brand`,
                                  `t168`.`day`,
                                  `t168`.`start_at`,
                                  `t168`.`end_at`,
                                  `t168`.`start_followers`,
                                  `t168`.`start_seen_at`,
                                  `t168`.`start_rank`,
                                  `t159`.`end_followers`,
                                  `t159`.`end_seen_at`,
                                  `t159`.`end_rank`
                                FROM (
                                  SELECT
                                    `t140`.`campaign_id`,
                                    `t140`.`campaign`,
                                    `t140`.`influencer_id`,
                                    `t140`.`influencer`,
                                    `t140`.`account_id`,
                                    `t140`.`platform`,
                                    `t140`.`is_brand`,
                                    `t140`.`day`,
                                    `t140`.`start_at`,
                                    `t140`.`end_at`,
                                    `t162`.`start_followers`,
                                    `t162`.`start_seen_at`,
                                    `t162`.`start_rank`
                                  FROM (
                                    SELECT
                                      `t118`.`campaign_id`,
                                      CAST(`t15`.`name` AS STRING) AS `campaign`,
                                      CAST(`t19`.`id` AS INT64) AS `influencer_id`,
                                      CAST(`t19`.`name` AS STRING) AS `influencer`,
                                      `t118`.`account_id`,
                                      CAST(`t25`.`platform` AS STRING) AS `platform`,
                                      `t118`.`is_brand`,
                                      `t15`.`end_date` AS `day`,
                                      UNIX_SECONDS(CAST(`t15`.`start_date` AS TIMESTAMP)) AS `start_at`,
                                      UNIX_SECONDS(CAST(`t15`.`end_date` AS TIMESTAMP)) + 86400 AS `end_at`
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          `t103`.`campaign_id`,
                                          `t103`.`account_id`,
                                          FALSE AS `is_brand`
                                        FROM (
                                          SELECT DISTINCT
                                            `t86`.`campaign_id`,
                                            `t86`.`account_id`
                                          FROM (
                                            SELECT
                                              CAST(`t49`.`campaign_id` AS INT64) AS `campaign_id`,
                                              CAST(`t16`.`name` AS STRING) AS `campaign`,
                                              CAST(`t46`.`id` AS INT64) AS `influencer_id`,
                                              CAST(`t46`.`name` AS STRING) AS `influencer`,
                                              CAST(`t24`.`id` AS INT64) AS `account_id`,
                                              CAST(`t24`.`platform` AS STRING) AS `platform`,
                                              CAST(`t49`.`format` AS STRING) AS `format`,
                                              CAST(`t49`.`id` AS INT64) AS `post_id`,
                                              `t49`.`published_on` AS `day`,
                                              `t46`.`country`,
                                              CAST(`t49`.`caption` AS STRING) AS `caption`,
                                              `t49`.`sponsored`
                                            FROM (
                                              SELECT
                                                *
                                              FROM `post` AS `t11`
                                              WHERE
                                                `t11`.`campaign_id` IS NOT NULL
                                            ) AS `t49`
                                            INNER JOIN `account` AS `t24`
                                              ON `t49`.`account_id` = `t24`.`id`
                                            INNER JOIN (
                                              SELECT
                                                *
                                              FROM `influencer` AS `t3`
                                              WHERE
                                                NOT (
                                                  `t3`.`is_brand`
                                                )
                                            ) AS `t46`
                                              ON `t24`.`influencer_id` = `t46`.`id`
                                            INNER JOIN `campaign` AS `t16`
                                              ON `t49`.`campaign_id` = `t16`.`id`
                                          ) AS `t86`
                                        ) AS `t103`
                                      ) AS `t107`
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST(`t17`.`id` AS INT64) AS `campaign_id`,
                                          CAST(`t25`.`id` AS INT64) AS `account_id`,
                                          TRUE AS `is_brand`
                                        FROM `campaign` AS `t17`
                                        INNER JOIN (
                                          SELECT
                                            *
                                          FROM `influencer` AS `t3`
                                          WHERE
                                            `t3`.`is_brand`
                                        ) AS `t35`
                                          ON `t35`.`workspace_id` = `t17`.`workspace_id`
                                        INNER JOIN `account` AS `t25`
                                          ON `t25`.`influencer_id` = `t35`.`id`
                                      ) AS `t66`
                                    ) AS `t118`
                                    INNER JOIN `campaign` AS `t15`
                                      ON `t118`.`campaign_id` = `t15`.`id`
                                    INNER JOIN `account` AS `t25`
                                      ON `t118`.`account_id` = `t25`.`id`
                                    INNER JOIN `influencer` AS `t19`
                                      ON `t25`.`influencer_id` = `t19`.`id`
                                  ) AS `t140`
                                  INNER JOIN (
                                    SELECT
                                      `t156`.`campaign_id`,
                                      `t156`.`account_id`,
                                      CAST(`t156`.`followers` AS FLOAT64) AS `start_followers`,
                                      `t156`.`at` AS `start_seen_at`,
                                      `t156`.`rank` AS `start_rank`
                                    FROM (
                                      SELECT
                                        `t151`.`campaign_id`,
                                        `t151`.`campaign`,
                                        `t151`.`influencer_id`,
                                        `t151`.`influencer`,
                                        `t151`.`account_id`,
                                        `t151`.`platform`,
                                        `t151`.`is_brand`,
                                        `t151`.`day`,
                                        `t151`.`start_at`,
                                        `t151`.`end_at`,
                                        `t151`.`followers`,
                                        `t151`.`at`,
                                        `t151`.`rank`,
                                        ROW_NUMBER() OVER (
                                          PARTITION BY `t151`.`campaign_id`, `t151`.`account_id`
                                          ORDER BY IF(`t151`.`at` <= `t151`.`start_at`, 0, 1) ASC, ABS(`t151`.`at` - `t151`.`start_at`) ASC
                                        ) - 1 AS `order`
                                      FROM `t150` AS `t151`
                                    ) AS `t156`
                                    WHERE
                                      `t156`.`order` = 0
                                  ) AS `t162`
                                    ON `t140`.`campaign_id` = `t162`.`campaign_id`
                                    AND `t140`.`account_id` = `t162`.`account_id`
                                ) AS `t168`
                                LEFT OUTER JOIN (
                                  SELECT
                                    `t154`.`campaign_id`,
                                    `t154`.`account_id`,
                                    CAST(`t154`.`followers` AS FLOAT64) AS `end_followers`,
                                    `t154`.`at` AS `end_seen_at`,
                                    `t154`.`rank` AS `end_rank`
                                  FROM (
                                    SELECT
                                      `t151`.`campaign_id`,
                                      `t151`.`campaign`,
                                      `t151`.`influencer_id`,
                                      `t151`.`influencer`,
                                      `t151`.`account_id`,
                                      `t151`.`platform`,
                                      `t151`.`is_brand`,
                                      `t151`.`day`,
                                      `t151`.`start_at`,
                                      `t151`.`end_at`,
                                      `t151`.`followers`,
                                      `t151`.`at`,
                                      `t151`.`rank`,
                                      ROW_NUMBER() OVER (PARTITION BY `t151`.`campaign_id`, `t151`.`account_id` ORDER BY `t151`.`at` DESC) - 1 AS `order`
                                    FROM `t150` AS `t151`
                                  ) AS `t154`
                                  WHERE
                                    `t154`.`order` = 0
                                ) AS `t159`
                                  ON `t168`.`campaign_id` = `t159`.`campaign_id`
                                  AND `t168`.`account_id` = `t159`.`account_id`
                              ) AS `t181`
                              LEFT OUTER JOIN (
                                SELECT
                                  `t155`.`campaign_id`,
                                  `t155`.`account_id`,
                                  CAST(`t155`.`followers` AS FLOAT64) AS `before_followers`,
                                  `t155`.`at` AS `before_seen_at`,
                                  `t155`.`rank` AS `before_rank`
                                FROM (
                                  SELECT
                                    `t153`.`campaign_id`,
                                    `t153`.`campaign`,
                                    `t153`.`influencer_id`,
                                    `t153`.`influencer`,
                                    `t153`.`account_id`,
                                    `t153`.`platform`,
                                    `t153`.`is_brand`,
                                    `t153`.`day`,
                                    `t153`.`start_at`,
                                    `t153`.`end_at`,
                                    `t153`.`followers`,
                                    `t153`.`at`,
                                    `t153`.`rank`,
                                    ROW_NUMBER() OVER (PARTITION BY `t153`.`campaign_id`, `t153`.`account_id` ORDER BY `t153`.`at` DESC) - 1 AS `order`
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        `t140`.`campaign_id`,
                                        `t140`.`campaign`,
                                        `t140`.`influencer_id`,
                                        `t140`.`influencer`,
                                        `t140`.`account_id`,
                                        `t140`.`platform`,
                                        `t140`.`is_brand`,
                                        `t140`.`day`,
                                        `t140`.`start_at`,
                                        `t140`.`end_at`,
                                        `t58`.`followers`,
                                        `t58`.`at`,
                                        `t58`.`rank`
                                      FROM (
                                        SELECT
                                          `t118`.`campaign_id`,
                                          CAST(`t15`.`name` AS STRING) AS `campaign`,
                                          CAST(`t19`.`id` AS INT64) AS `influencer_id`,
                                          CAST(`t19`.`name` AS STRING) AS `influencer`,
                                          `t118`.`account_id`,
                                          CAST(`t25`.`platform` AS STRING) AS `platform`,
                                          `t118`.`is_brand`,
                                          `t15`.`end_date` AS `day`,
                                          UNIX_SECONDS(CAST(`t15`.`start_date` AS TIMESTAMP)) AS `start_at`,
                                          UNIX_SECONDS(CAST(`t15`.`end_date` AS TIMESTAMP)) + 86400 AS `end_at`
                                        FROM (
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              `t103`.`campaign_id`,
                                              `t103`.`account_id`,
                                              FALSE AS `is_brand`
                                            FROM (
                                              SELECT DISTINCT
                                                `t86`.`campaign_id`,
                                                `t86`.`account_id`
                                              FROM (
                                                SELECT
                                                  CAST(`t49`.`campaign_id` AS INT64) AS `campaign_id`,
                                                  CAST(`t16`.`name` AS STRING) AS `campaign`,
                                                  CAST(`t46`.`id` AS INT64) AS `influencer_id`,
                                                  CAST(`t46`.`name` AS STRING) AS `influencer`,
                                                  CAST(`t24`.`id` AS INT64) AS `account_id`,
                                                  CAST(`t24`.`platform` AS STRING) AS `platform`,
                                                  CAST(`t49`.`format` AS STRING) AS `format`,
                                                  CAST(`t49`.`id` AS INT64) AS `post_id`,
                                                  `t49`.`published_on` AS `day`,
                                                  `t46`.`country`,
                                                  CAST(`t49`.`caption` AS STRING) AS `caption`,
                                                  `t49`.`sponsored`
                                                FROM (
                                                  SELECT
                                                    *
                                                  FROM `post` AS `t11`
                                                  WHERE
                                                    `t11`.`campaign_id` IS NOT NULL
                                                ) AS `t49`
                                                INNER JOIN `account` AS `t24`
                                                  ON `t49`.`account_id` = `t24`.`id`
                                                INNER JOIN (
                                                  SELECT
                                                    *
                                                  FROM `influencer` AS `t3`
                                                  WHERE
                                                    NOT (
                                                      `t3`.`is_brand`
                                                    )
                                                ) AS `t46`
                                                  ON `t24`.`influencer_id` = `t46`.`id`
                                                INNER JOIN `campaign` AS `t16`
                                                  ON `t49`.`campaign_id` = `t16`.`id`
                                              ) AS `t86`
                                            ) AS `t103`
                                          ) AS `t107`
                                          UNION ALL
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              CAST(`t17`.`id` AS INT64) AS `campaign_id`,
                                              CAST(`t25`.`id` AS INT64) AS `account_id`,
                                              TRUE AS `is_brand`
                                            FROM `campaign` AS `t17`
                                            INNER JOIN (
                                              SELECT
                                                *
                                              FROM `influencer` AS `t3`
                                              WHERE
                                                `t3`.`is_brand`
                                            ) AS `t35`
                                              ON `t35`.`workspace_id` = `t17`.`workspace_id`
                                            INNER JOIN `account` AS `t25`
                                              ON `t25`.`influencer_id` = `t35`.`id`
                                          ) AS `t66`
                                        ) AS `t118`
                                        INNER JOIN `campaign` AS `t15`
                                          ON `t118`.`campaign_id` = `t15`.`id`
                                        INNER JOIN `account` AS `t25`
                                          ON `t118`.`account_id` = `t25`.`id`
                                        INNER JOIN `influencer` AS `t19`
                                          ON `t25`.`influencer_id` = `t19`.`id`
                                      ) AS `t140`
                                      INNER JOIN (
                                        SELECT
                                          CAST(`t13`.`account_id` AS INT64) AS `account_id`,
                                          `t13`.`followers`,
                                          UNIX_SECONDS(CAST(`t13`.`captured_at` AS TIMESTAMP)) AS `at`,
                                          CASE `t13`.`provenance`
                                            WHEN 'measured'
                                            THEN 0
                                            WHEN 'self_reported'
                                            THEN 1
                                            WHEN 'estimated'
                                            THEN 2
                                            ELSE 2
                                          END AS `rank`
                                        FROM `follower_snapshot` AS `t13`
                                      ) AS `t58`
                                        ON `t140`.`account_id` = `t58`.`account_id`
                                    ) AS `t149`
                                    WHERE
                                      `t149`.`at` <= (
                                        `t149`.`start_at` - (
                                          `t149`.`end_at` - `t149`.`start_at`
                                        )
                                      )
                                  ) AS `t153`
                                ) AS `t155`
                                WHERE
                                  `t155`.`order` = 0
                              ) AS `t160`
                                ON `t181`.`campaign_id` = `t160`.`campaign_id`
                                AND `t181`.`account_id` = `t160`.`account_id`
                            ) AS `t184`
                          ) AS `t191`
                        ) AS `t194`
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            `t61`.`campaign_id`,
                            `t61`.`campaign`,
                            `t61`.`influencer_id`,
                            `t61`.`influencer`,
                            CAST(NULL AS INT64) AS `account_id`,
                            CAST(NULL AS STRING) AS `platform`,
                            CAST(NULL AS STRING) AS `format`,
                            CAST(NULL AS INT64) AS `post_id`,
                            `t61`.`day`,
                            CAST(NULL AS FLOAT64) AS `reach`,
                            CAST(NULL AS FLOAT64) AS `impressions`,
                            CAST(NULL AS FLOAT64) AS `views`,
                            CAST(NULL AS FLOAT64) AS `likes`,
                            CAST(NULL AS FLOAT64) AS `comments`,
                            CAST(NULL AS FLOAT64) AS `shares`,
                            CAST(NULL AS FLOAT64) AS `saves`,
                            CAST(NULL AS FLOAT64) AS `clicks`,
                            CAST(NULL AS INT64) AS `reach__provenance`,
                            CAST(NULL AS INT64) AS `impressions__provenance`,
                            CAST(NULL AS INT64) AS `views__provenance`,
                            CAST(NULL AS INT64) AS `likes__provenance`,
                            CAST(NULL AS INT64) AS `comments__provenance`,
                            CAST(NULL AS INT64) AS `shares__provenance`,
                            CAST(NULL AS INT64) AS `saves__provenance`,
                            CAST(NULL AS INT64) AS `clicks__provenance`,
                            CAST(NULL AS FLOAT64) AS `followers`,
                            CAST(NULL AS INT64) AS `followers__provenance`,
                            CAST(NULL AS FLOAT64) AS `engagements`,
                            CAST(NULL AS INT64) AS `engagements__provenance`,
                            CAST(NULL AS FLOAT64) AS `impressions_with_estimates`,
                            CAST(NULL AS INT64) AS `impressions_with_estimates__provenance`,
                            CAST(NULL AS FLOAT64) AS `er_reach_post`,
                            CAST(NULL AS FLOAT64) AS `er_followers_post`,
                            CAST(NULL AS FLOAT64) AS `er_impressions_post`,
                            CAST(NULL AS FLOAT64) AS `er_views_post`,
                            CAST(NULL AS INT64) AS `er_reach_post__provenance`,
                            CAST(NULL AS INT64) AS `er_followers_post__provenance`,
                            CAST(NULL AS INT64) AS `er_impressions_post__provenance`,
                            CAST(NULL AS INT64) AS `er_views_post__provenance`,
                            CAST(NULL AS STRING) AS `post_platform`,
                            CAST(NULL AS FLOAT64) AS `publishing_influencer`,
                            CAST(NULL AS FLOAT64) AS `sponsored_posts`,
                            CAST(NULL AS FLOAT64) AS `disclosed_sponsored_posts`,
                            CAST(NULL AS FLOAT64) AS `cost`,
                            CAST(NULL AS FLOAT64) AS `key_message_posts`,
                            CAST(NULL AS FLOAT64) AS `ugc_post`,
                            CAST(NULL AS FLOAT64) AS `mentions`,
                            CAST(NULL AS FLOAT64) AS `brand_mentions`,
                            CAST(NULL AS FLOAT64) AS `mention_engagements`,
                            CAST(NULL AS FLOAT64) AS `brand_mention_engagements`,
                            CAST(NULL AS FLOAT64) AS `followers_start`,
                            CAST(NULL AS FLOAT64) AS `followers_gained`,
                            CAST(NULL AS FLOAT64) AS `followers_expected_gain`,
                            CAST(NULL AS INT64) AS `followers_start__provenance`,
                            CAST(NULL AS INT64) AS `followers_gained__provenance`,
                            CAST(NULL AS INT64) AS `followers_expected_gain__provenance`,
                            CAST(NULL AS FLOAT64) AS `brand_followers_start`,
                            CAST(NULL AS FLOAT64) AS `brand_followers_gained`,
                            CAST(NULL AS FLOAT64) AS `brand_followers_expected_gain`,
                            CAST(NULL AS INT64) AS `brand_followers_start__provenance`,
                            CAST(NULL AS INT64) AS `brand_followers_gained__provenance`,
                            CAST(NULL AS INT64) AS `brand_followers_expected_gain__provenance`,
                            `t61`.`influencers_contacted`,
                            `t61`.`influencers_interested`,
                            `t61`.`posts_contracted`,
                            `t61`.`products_sent`,
                            CAST(NULL AS FLOAT64) AS `link_clicks`,
                            CAST(NULL AS FLOAT64) AS `unique_link_clicks`,
                            CAST(NULL AS FLOAT64) AS `bot_link_clicks`,
                            CAST(NULL AS FLOAT64) AS `sessions`,
                            CAST(NULL AS FLOAT64) AS `new_users`,
                            CAST(NULL AS FLOAT64) AS `engaged_sessions`,
                            CAST(NULL AS FLOAT64) AS `bounced_sessions`,
                            CAST(NULL AS FLOAT64) AS `session_seconds`,
                            CAST(NULL AS FLOAT64) AS `page_views`,
                            CAST(NULL AS FLOAT64) AS `key_events`,
                            CAST(NULL AS FLOAT64) AS `orders`,
                            CAST(NULL AS FLOAT64) AS `revenue`,
                            CAST(NULL AS FLOAT64) AS `new_customers`,
                            CAST(NULL AS FLOAT64) AS `key_messages`
                          FROM (
                            SELECT
                              CAST(`t20`.`campaign_id` AS INT64) AS `campaign_id`,
                              CAST(`t15`.`name` AS STRING) AS `campaign`,
                              CAST(`t20`.`influencer_id` AS INT64) AS `influencer_id`,
                              CAST(`t18`.`name` AS STRING) AS `influencer`,
                              `t15`.`start_date` AS `day`,
                              CAST(1 AS FLOAT64) AS `influencers_contacted`,
                              CAST(IF(`t20`.`status` IN ('interested', 'activated'), 1, 0) AS FLOAT64) AS `influencers_interested`,
                              CAST(`t20`.`posts_contracted` AS FLOAT64) AS `posts_contracted`,
                              CAST(`t20`.`products_sent` AS FLOAT64) AS `products_sent`
                            FROM `roster` AS `t20`
                            INNER JOIN `campaign` AS `t15`
                              ON `t20`.`campaign_id` = `t15`.`id`
                            INNER JOIN `influencer` AS `t18`
                              ON `t20`.`influencer_id` = `t18`.`id`
                          ) AS `t61`
                        ) AS `t72`
                      ) AS `t195`
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          `t117`.`campaign_id`,
                          `t117`.`campaign`,
                          `t117`.`influencer_id`,
                          `t117`.`influencer`,
                          CAST(NULL AS INT64) AS `account_id`,
                          `t117`.`platform`,
                          CAST(NULL AS STRING) AS `format`,
                          `t117`.`post_id`,
                          `t117`.`day`,
                          CAST(NULL AS FLOAT64) AS `reach`,
                          CAST(NULL AS FLOAT64) AS `impressions`,
                          CAST(NULL AS FLOAT64) AS `views`,
                          CAST(NULL AS FLOAT64) AS `likes`,
                          CAST(NULL AS FLOAT64) AS `comments`,
                          CAST(NULL AS FLOAT64) AS `shares`,
                          CAST(NULL AS FLOAT64) AS `saves`,
                          CAST(NULL AS FLOAT64) AS `clicks`,
                          CAST(NULL AS INT64) AS `reach__provenance`,
                          CAST(NULL AS INT64) AS `impressions__provenance`,
                          CAST(NULL AS INT64) AS `views__provenance`,
                          CAST(NULL AS INT64) AS `likes__provenance`,
                          CAST(NULL AS INT64) AS `comments__provenance`,
                          CAST(NULL AS INT64) AS `shares__provenance`,
                          CAST(NULL AS INT64) AS `saves__provenance`,
                          CAST(NULL AS INT64) AS `clicks__provenance`,
                          CAST(NULL AS FLOAT64) AS `followers`,
                          CAST(NULL AS INT64) AS `followers__provenance`,
                          CAST(NULL AS FLOAT64) AS `engagements`,
                          CAST(NULL AS INT64) AS `engagements__provenance`,
                          CAST(NULL AS FLOAT64) AS `impressions_with_estimates`,
                          CAST(NULL AS INT64) AS `impressions_with_estimates__provenance`,
                          CAST(NULL AS FLOAT64) AS `er_reach_post`,
                          CAST(NULL AS FLOAT64) AS `er_followers_post`,
                          CAST(NULL AS FLOAT64) AS `er_impressions_post`,
                          CAST(NULL AS FLOAT64) AS `er_views_post`,
                          CAST(NULL AS INT64) AS `er_reach_post__provenance`,
                          CAST(NULL AS INT64) AS `er_followers_post__provenance`,
                          CAST(NULL AS INT64) AS `er_impressions_post__provenance`,
                          CAST(NULL AS INT64) AS `er_views_post__provenance`,
                          CAST(NULL AS STRING) AS `post_platform`,
                          CAST(NULL AS FLOAT64) AS `publishing_influencer`,
                          CAST(NULL AS FLOAT64) AS `sponsored_posts`,
                          CAST(NULL AS FLOAT64) AS `disclosed_sponsored_posts`,
                          CAST(NULL AS FLOAT64) AS `cost`,
                          CAST(NULL AS FLOAT64) AS `key_message_posts`,
                          CAST(NULL AS FLOAT64) AS `ugc_post`,
                          CAST(NULL AS FLOAT64) AS `mentions`,
                          CAST(NULL AS FLOAT64) AS `brand_mentions`,
                          CAST(NULL AS FLOAT64) AS `mention_engagements`,
                          CAST(NULL AS FLOAT64) AS `brand_mention_engagements`,
                          CAST(NULL AS FLOAT64) AS `followers_start`,
                          CAST(NULL AS FLOAT64) AS `followers_gained`,
                          CAST(NULL AS FLOAT64) AS `followers_expected_gain`,
                          CAST(NULL AS INT64) AS `followers_start__provenance`,
                          CAST(NULL AS INT64) AS `followers_gained__provenance`,
                          CAST(NULL AS INT64) AS `followers_expected_gain__provenance`,
                          CAST(NULL AS FLOAT64) AS `brand_followers_start`,
                          CAST(NULL AS FLOAT64) AS `brand_followers_gained`,
                          CAST(NULL AS FLOAT64) AS `brand_followers_expected_gain`,
                          CAST(NULL AS INT64) AS `brand_followers_start__provenance`,
                          CAST(NULL AS INT64) AS `brand_followers_gained__provenance`,
                          CAST(NULL AS INT64) AS `brand_followers_expected_gain__provenance`,
                          CAST(NULL AS FLOAT64) AS `influencers_contacted`,
                          CAST(NULL AS FLOAT64) AS `influencers_interested`,
                          CAST(NULL AS FLOAT64) AS `posts_contracted`,
                          CAST(NULL AS FLOAT64) AS `products_sent`,
                          `t117`.`link_clicks`,
                          `t117`.`unique_link_clicks`,
                          `t117`.`bot_link_clicks`,
                          CAST(NULL AS FLOAT64) AS `sessions`,
                          CAST(NULL AS FLOAT64) AS `new_users`,
                          CAST(NULL AS FLOAT64) AS `engaged_sessions`,
                          CAST(NULL AS FLOAT64) AS `bounced_sessions`,
                          CAST(NULL AS FLOAT64) AS `session_seconds`,
                          CAST(NULL AS FLOAT64) AS `page_views`,
                          CAST(NULL AS FLOAT64) AS `key_events`,
                          CAST(NULL AS FLOAT64) AS `orders`,
                          CAST(NULL AS FLOAT64) AS `revenue`,
                          CAST(NULL AS FLOAT64) AS `new_customers`,
                          CAST(NULL AS FLOAT64) AS `key_messages`
                        FROM (
                          SELECT
                            `t105`.`campaign_id`,
                            `t105`.`influencer_id`,
                            `t105`.`post_id`,
                            `t105`.`platform`,
                            `t105`.`day`,
                            `t105`.`link_clicks`,
                            `t105`.`unique_link_clicks`,
                            `t105`.`bot_link_clicks`,
                            CAST(`t15`.`name` AS STRING) AS `campaign`,
                            CAST(`t18`.`name` AS STRING) AS `influencer`
                          FROM (
                            SELECT
                              `t68`.`campaign_id`,
                              `t68`.`influencer_id`,
                              `t68`.`post_id`,
                              `t68`.`platform`,
                              `t68`.`day`,
                              SUM(`t68`.`link_clicks`) AS `link_clicks`,
                              SUM(`t68`.`unique_link_clicks`) AS `unique_link_clicks`,
                              SUM(`t68`.`bot_link_clicks`) AS `bot_link_clicks`
                            FROM (
                              SELECT
                                CAST(`t23`.`campaign_id` AS INT64) AS `campaign_id`,
                                CAST(`t23`.`influencer_id` AS INT64) AS `influencer_id`,
                                CAST(`t23`.`post_id` AS INT64) AS `post_id`,
                                CAST(`t23`.`platform` AS STRING) AS `platform`,
                                DATE(`t22`.`clicked_at`) AS `day`,
                                CAST(IF(NOT (
                                  `t22`.`is_bot`
                                ), 1, 0) AS FLOAT64) AS `link_clicks`,
                                CAST(IF(NOT (
                                  `t22`.`is_bot`
                                ) AND `t22`.`is_unique`, 1, 0) AS FLOAT64) AS `unique_link_clicks`,
                                CAST(IF(`t22`.`is_bot`, 1, 0) AS FLOAT64) AS `bot_link_clicks`
                              FROM `click` AS `t22`
                              INNER JOIN `link` AS `t23`
                                ON `t22`.`link_id` = `t23`.`id`
                            ) AS `t68`
                            GROUP BY
                              1,
                              2,
                              3,
                              4,
                              5
                          ) AS `t105`
                          INNER JOIN `campaign` AS `t15`
                            ON `t105`.`campaign_id` = `t15`.`id`
                          LEFT OUTER JOIN `influencer` AS `t18`
                            ON `t105`.`influencer_id` = `t18`.`id`
                        ) AS `t117`
                      ) AS `t125`
                    ) AS `t196`
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        `t106`.`campaign_id`,
                        `t106`.`campaign`,
                        `t106`.`influencer_id`,
                        `t106`.`influencer`,
                        CAST(NULL AS INT64) AS `account_id`,
                        `t106`.`platform`,
                        CAST(NULL AS STRING) AS `format`,
                        CAST(NULL AS INT64) AS `post_id`,
                        `t106`.`day`,
                        CAST(NULL AS FLOAT64) AS `reach`,
                        CAST(NULL AS FLOAT64) AS `impressions`,
                        CAST(NULL AS FLOAT64) AS `views`,
                        CAST(NULL AS FLOAT64) AS `likes`,
                        CAST(NULL AS FLOAT64) AS `comments`,
                        CAST(NULL AS FLOAT64) AS `shares`,
                        CAST(NULL AS FLOAT64) AS `saves`,
                        CAST(NULL AS FLOAT64) AS `clicks`,
                        CAST(NULL AS INT64) AS `reach__provenance`,
                        CAST(NULL AS INT64) AS `impressions__provenance`,
                        CAST(NULL AS INT64) AS `views__provenance`,
                        CAST(NULL AS INT64) AS `likes__provenance`,
                        CAST(NULL AS INT64) AS `comments__provenance`,
                        CAST(NULL AS INT64) AS `shares__provenance`,
                        CAST(NULL AS INT64) AS `saves__provenance`,
                        CAST(NULL AS INT64) AS `clicks__provenance`,
                        CAST(NULL AS FLOAT64) AS `followers`,
                        CAST(NULL AS INT64) AS `followers__provenance`,
                        CAST(NULL AS FLOAT64) AS `engagements`,
                        CAST(NULL AS INT64) AS `engagements__provenance`,
                        CAST(NULL AS FLOAT64) AS `impressions_with_estimates`,
                        CAST(NULL AS INT64) AS `impressions_with_estimates__provenance`,
                        CAST(NULL AS FLOAT64) AS `er_reach_post`,
                        CAST(NULL AS FLOAT64) AS `er_followers_post`,
                        CAST(NULL AS FLOAT64) AS `er_impressions_post`,
                        CAST(NULL AS FLOAT64) AS `er_views_post`,
                        CAST(NULL AS INT64) AS `er_reach_post__provenance`,
                        CAST(NULL AS INT64) AS `er_followers_post__provenance`,
                        CAST(NULL AS INT64) AS `er_impressions_post__provenance`,
                        CAST(NULL AS INT64) AS `er_views_post__provenance`,
                        CAST(NULL AS STRING) AS `post_platform`,
                        CAST(NULL AS FLOAT64) AS `publishing_influencer`,
                        CAST(NULL AS FLOAT64) AS `sponsored_posts`,
                        CAST(NULL AS FLOAT64) AS `disclosed_sponsored_posts`,
                        CAST(NULL AS FLOAT64) AS `cost`,
                        CAST(NULL AS FLOAT64) AS `key_message_posts`,
                        CAST(NULL AS FLOAT64) AS `ugc_post`,
                        CAST(NULL AS FLOAT64) AS `mentions`,
                        CAST(NULL AS FLOAT64) AS `brand_mentions`,
                        CAST(NULL AS FLOAT64) AS `mention_engagements`,
                        CAST(NULL AS FLOAT64) AS `brand_mention_engagements`,
                        CAST(NULL AS FLOAT64) AS `followers_start`,
                        CAST(NULL AS FLOAT64) AS `followers_gained`,
                        CAST(NULL AS FLOAT64) AS `followers_expected_gain`,
                        CAST(NULL AS INT64) AS `followers_start__provenance`,
                        CAST(NULL AS INT64) AS `followers_gained__provenance`,
                        CAST(NULL AS INT64) AS `followers_expected_gain__provenance`,
                        CAST(NULL AS FLOAT64) AS `brand_followers_start`,
                        CAST(NULL AS FLOAT64) AS `brand_followers_gained`,
                        CAST(NULL AS FLOAT64) AS `brand_followers_expected_gain`,
                        CAST(NULL AS INT64) AS `brand_followers_start__provenance`,
                        CAST(NULL AS INT64) AS `brand_followers_gained__provenance`,
                        CAST(NULL AS INT64) AS `brand_followers_expected_gain__provenance`,
                        CAST(NULL AS FLOAT64) AS `influencers_contacted`,
                        CAST(NULL AS FLOAT64) AS `influencers_interested`,
                        CAST(NULL AS FLOAT64) AS `posts_contracted`,
                        CAST(NULL AS FLOAT64) AS `products_sent`,
                        CAST(NULL AS FLOAT64) AS `link_clicks`,
                        CAST(NULL AS FLOAT64) AS `unique_link_clicks`,
                        CAST(NULL AS FLOAT64) AS `bot_link_clicks`,
                        `t106`.`sessions`,
                        `t106`.`new_users`,
                        `t106`.`engaged_sessions`,
                        `t106`.`bounced_sessions`,
                        `t106`.`session_seconds`,
                        `t106`.`page_views`,
                        `t106`.`key_events`,
                        CAST(NULL AS FLOAT64) AS `orders`,
                        CAST(NULL AS FLOAT64) AS `revenue`,
                        CAST(NULL AS FLOAT64) AS `new_customers`,
                        CAST(NULL AS FLOAT64) AS `key_messages`
                      FROM (
                        SELECT
                          `t84`.`campaign_id`,
                          `t84`.`influencer_id`,
                          `t84`.`platform`,
                          `t84`.`day`,
                          `t84`.`sessions`,
                          `t84`.`new_users`,
                          `t84`.`engaged_sessions`,
                          `t84`.`bounced_sessions`,
                          `t84`.`session_seconds`,
                          `t84`.`page_views`,
                          `t84`.`key_events`,
                          CAST(`t15`.`name` AS STRING) AS `campaign`,
                          CAST(`t18`.`name` AS STRING) AS `influencer`
                        FROM (
                          SELECT
                            `t47`.`campaign_id`,
                            `t47`.`influencer_id`,
                            `t47`.`platform`,
                            `t47`.`day`,
                            SUM(`t47`.`sessions`) AS `sessions`,
                            SUM(`t47`.`new_users`) AS `new_users`,
                            SUM(`t47`.`engaged_sessions`) AS `engaged_sessions`,
                            SUM(`t47`.`bounced_sessions`) AS `bounced_sessions`,
                            SUM(`t47`.`session_seconds`) AS `session_seconds`,
                            SUM(`t47`.`page_views`) AS `page_views`,
                            SUM(`t47`.`key_events`) AS `key_events`
                          FROM (
                            SELECT
                              CAST(`t6`.`campaign_id` AS INT64) AS `campaign_id`,
                              CAST(`t6`.`influencer_id` AS INT64) AS `influencer_id`,
                              LOWER(`t6`.`utm_source`) AS `platform`,
                              `t6`.`day`,
                              CAST(`t6`.`sessions` AS FLOAT64) AS `sessions`,
                              CAST(`t6`.`new_users` AS FLOAT64) AS `new_users`,
                              CAST(`t6`.`engaged_sessions` AS FLOAT64) AS `engaged_sessions`,
                              CAST(`t6`.`sessions` - `t6`.`engaged_sessions` AS FLOAT64) AS `bounced_sessions`,
                              CAST(`t6`.`duration_seconds` AS FLOAT64) AS `session_seconds`,
                              CAST(`t6`.`page_views` AS FLOAT64) AS `page_views`,
                              CAST(`t6`.`key_events` AS FLOAT64) AS `key_events`
                            FROM `web_traffic` AS `t6`
                            WHERE
                              `t6`.`campaign_id` IS NOT NULL
                          ) AS `t47`
                          GROUP BY
                            1,
                            2,
                            3,
                            4
                        ) AS `t84`
                        INNER JOIN `campaign` AS `t15`
                          ON `t84`.`campaign_id` = `t15`.`id`
                        LEFT OUTER JOIN `influencer` AS `t18`
                          ON `t84`.`influencer_id` = `t18`.`id`
                      ) AS `t106`
                    ) AS `t113`
                  ) AS `t197`
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      `t112`.`campaign_id`,
                      `t112`.`campaign`,
                      `t112`.`influencer_id`,
                      `t112`.`influencer`,
                      CAST(NULL AS INT64) AS `account_id`,
                      `t112`.`platform`,
                      CAST(NULL AS STRING) AS `format`,
                      CAST(NULL AS INT64) AS `post_id`,
                      `t112`.`day`,
                      CAST(NULL AS FLOAT64) AS `reach`,
                      CAST(NULL AS FLOAT64) AS `impressions`,
                      CAST(NULL AS FLOAT64) AS `views`,
                      CAST(NULL AS FLOAT64) AS `likes`,
                      CAST(NULL AS FLOAT64) AS `comments`,
                      CAST(NULL AS FLOAT64) AS `shares`,
                      CAST(NULL AS FLOAT64) AS `saves`,
                      CAST(NULL AS FLOAT64) AS `clicks`,
                      CAST(NULL AS INT64) AS `reach__provenance`,
                      CAST(NULL AS INT64) AS `impressions__provenance`,
                      CAST(NULL AS INT64) AS `views__provenance`,
                      CAST(NULL AS INT64) AS `likes__provenance`,
                      CAST(NULL AS INT64) AS `comments__provenance`,
                      CAST(NULL AS INT64) AS `shares__provenance`,
                      CAST(NULL AS INT64) AS `saves__provenance`,
                      CAST(NULL AS INT64) AS `clicks__provenance`,
                      CAST(NULL AS FLOAT64) AS `followers`,
                      CAST(NULL AS INT64) AS `followers__provenance`,
                      CAST(NULL AS FLOAT64) AS `engagements`,
                      CAST(NULL AS INT64) AS `engagements__provenance`,
                      CAST(NULL AS FLOAT64) AS `impressions_with_estimates`,
                      CAST(NULL AS INT64) AS `impressions_with_estimates__provenance`,
                      CAST(NULL AS FLOAT64) AS `er_reach_post`,
                      CAST(NULL AS FLOAT64) AS `er_followers_post`,
                      CAST(NULL AS FLOAT64) AS `er_impressions_post`,
                      CAST(NULL AS FLOAT64) AS `er_views_post`,
                      CAST(NULL AS INT64) AS `er_reach_post__provenance`,
                      CAST(NULL AS INT64) AS `er_followers_post__provenance`,
                      CAST(NULL AS INT64) AS `er_impressions_post__provenance`,
                      CAST(NULL AS INT64) AS `er_views_post__provenance`,
                      CAST(NULL AS STRING) AS `post_platform`,
                      CAST(NULL AS FLOAT64) AS `publishing_influencer`,
                      CAST(NULL AS FLOAT64) AS `sponsored_posts`,
                      CAST(NULL AS FLOAT64) AS `disclosed_sponsored_posts`,
                      CAST(NULL AS FLOAT64) AS `cost`,
                      CAST(NULL AS FLOAT64) AS `key_message_posts`,
                      CAST(NULL AS FLOAT64) AS `ugc_post`,
                      CAST(NULL AS FLOAT64) AS `mentions`,
                      CAST(NULL AS FLOAT64) AS `brand_mentions`,
                      CAST(NULL AS FLOAT64) AS `mention_engagements`,
                      CAST(NULL AS FLOAT64) AS `brand_mention_engagements`,
                      CAST(NULL AS FLOAT64) AS `followers_start`,
                      CAST(NULL AS FLOAT64) AS `followers_gained`,
                      CAST(NULL AS FLOAT64) AS `followers_expected_gain`,
                      CAST(NULL AS INT64) AS `followers_start__provenance`,
                      CAST(NULL AS INT64) AS `followers_gained__provenance`,
                      CAST(NULL AS INT64) AS `followers_expected_gain__provenance`,
                      CAST(NULL AS FLOAT64) AS `brand_followers_start`,
                      CAST(NULL AS FLOAT64) AS `brand_followers_gained`,
                      CAST(NULL AS FLOAT64) AS `brand_followers_expected_gain`,
                      CAST(NULL AS INT64) AS `brand_followers_start__provenance`,
                      CAST(NULL AS INT64) AS `brand_followers_gained__provenance`,
                      CAST(NULL AS INT64) AS `brand_followers_expected_gain__provenance`,
                      CAST(NULL AS FLOAT64) AS `influencers_contacted`,
                      CAST(NULL AS FLOAT64) AS `influencers_interested`,
                      CAST(NULL AS FLOAT64) AS `posts_contracted`,
                      CAST(NULL AS FLOAT64) AS `products_sent`,
                      CAST(NULL AS FLOAT64) AS `link_clicks`,
                      CAST(NULL AS FLOAT64) AS `unique_link_clicks`,
                      CAST(NULL AS FLOAT64) AS `bot_link_clicks`,
                      CAST(NULL AS FLOAT64) AS `sessions`,
                      CAST(NULL AS FLOAT64) AS `new_users`,
                      CAST(NULL AS FLOAT64) AS `engaged_sessions`,
                      CAST(NULL AS FLOAT64) AS `bounced_sessions`,
                      CAST(NULL AS FLOAT64) AS `session_seconds`,
                      CAST(NULL AS FLOAT64) AS `page_views`,
                      CAST(NULL AS FLOAT64) AS `key_events`,
                      `t112`.`orders`,
                      `t112`.`revenue`,
                      `t112`.`new_customers`,
                      CAST(NULL AS FLOAT64) AS `key_messages`
                    FROM (
                      SELECT
                        `t99`.`campaign_id`,
                        `t99`.`influencer_id`,
                        `t99`.`platform`,
                        `t99`.`day`,
                        `t99`.`orders`,
                        `t99`.`revenue`,
                        `t99`.`new_customers`,
                        CAST(`t15`.`name` AS STRING) AS `campaign`,
                        CAST(`t18`.`name` AS STRING) AS `influencer`
                      FROM (
                        SELECT
                          `t62`.`campaign_id`,
                          `t62`.`influencer_id`,
                          `t62`.`platform`,
                          `t62`.`day`,
                          SUM(`t62`.`orders`) AS `orders`,
                          SUM(`t62`.`revenue`) AS `revenue`,
                          SUM(`t62`.`new_customers`) AS `new_customers`
                        FROM (
                          SELECT
                            CAST(`t5`.`campaign_id` AS INT64) AS `campaign_id`,
                            CAST(`t5`.`influencer_id` AS INT64) AS `influencer_id`,
                            `t5`.`platform`,
                            `t5`.`ordered_on` AS `day`,
                            CAST(IF(NOT (
                              `t5`.`reversed`
                            ), 1, 0) AS FLOAT64) AS `orders`,
                            IF(NOT (
                              `t5`.`reversed`
                            ), CAST(`t5`.`campaign_revenue` AS FLOAT64), 0) AS `revenue`,
                            CAST(IF(NOT (
                              `t5`.`reversed`
                            ) AND COALESCE(`t5`.`new_customer`, FALSE), 1, 0) AS FLOAT64) AS `new_customers`
                          FROM `order_attribution` AS `t5`
                        ) AS `t62`
                        GROUP BY
                          1,
                          2,
                          3,
                          4
                      ) AS `t99`
                      INNER JOIN `campaign` AS `t15`
                        ON `t99`.`campaign_id` = `t15`.`id`
                      LEFT OUTER JOIN `influencer` AS `t18`
                        ON `t99`.`influencer_id` = `t18`.`id`
                    ) AS `t112`
                  ) AS `t121`
                ) AS `t198`
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    CAST(`t0`.`id` AS INT64) AS `campaign_id`,
                    CAST(`t0`.`name` AS STRING) AS `campaign`,
                    CAST(NULL AS INT64) AS `influencer_id`,
                    CAST(NULL AS STRING) AS `influencer`,
                    CAST(NULL AS INT64) AS `account_id`,
                    CAST(NULL AS STRING) AS `platform`,
                    CAST(NULL AS STRING) AS `format`,
                    CAST(NULL AS INT64) AS `post_id`,
                    CAST(`t0`.`start_date` AS DATE) AS `day`,
                    CAST(NULL AS FLOAT64) AS `reach`,
                    CAST(NULL AS FLOAT64) AS `impressions`,
                    CAST(NULL AS FLOAT64) AS `views`,
                    CAST(NULL AS FLOAT64) AS `likes`,
                    CAST(NULL AS FLOAT64) AS `comments`,
                    CAST(NULL AS FLOAT64) AS `shares`,
                    CAST(NULL AS FLOAT64) AS `saves`,
                    CAST(NULL AS FLOAT64) AS `clicks`,
                    CAST(NULL AS INT64) AS `reach__provenance`,
                    CAST(NULL AS INT64) AS `impressions__provenance`,
                    CAST(NULL AS INT64) AS `views__provenance`,
                    CAST(NULL AS INT64) AS `likes__provenance`,
                    CAST(NULL AS INT64) AS `comments__provenance`,
                    CAST(NULL AS INT64) AS `shares__provenance`,
                    CAST(NULL AS INT64) AS `saves__provenance`,
                    CAST(NULL AS INT64) AS `clicks__provenance`,
                    CAST(NULL AS FLOAT64) AS `followers`,
                    CAST(NULL AS INT64) AS `followers__provenance`,
                    CAST(NULL AS FLOAT64) AS `engagements`,
                    CAST(NULL AS INT64) AS `engagements__provenance`,
                    CAST(NULL AS FLOAT64) AS `impressions_with_estimates`,
                    CAST(NULL AS INT64) AS `impressions_with_estimates__provenance`,
                    CAST(NULL AS FLOAT64) AS `er_reach_post`,
                    CAST(NULL AS FLOAT64) AS `er_followers_post`,
                    CAST(NULL AS FLOAT64) AS `er_impressions_post`,
                    CAST(NULL AS FLOAT64) AS `er_views_post`,
                    CAST(NULL AS INT64) AS `er_reach_post__provenance`,
                    CAST(NULL AS INT64) AS `er_followers_post__provenance`,
                    CAST(NULL AS INT64) AS `er_impressions_post__provenance`,
                    CAST(NULL AS INT64) AS `er_views_post__provenance`,
                    CAST(NULL AS STRING) AS `post_platform`,
                    CAST(NULL AS FLOAT64) AS `publishing_influencer`,
                    CAST(NULL AS FLOAT64) AS `sponsored_posts`,
                    CAST(NULL AS FLOAT64) AS `disclosed_sponsored_posts`,
                    CAST(NULL AS FLOAT64) AS `cost`,
                    CAST(NULL AS FLOAT64) AS `key_message_posts`,
                    CAST(NULL AS FLOAT64) AS `ugc_post`,
                    CAST(NULL AS FLOAT64) AS `mentions`,
                    CAST(NULL AS FLOAT64) AS `brand_mentions`,
                    CAST(NULL AS FLOAT64) AS `mention_engagements`,
                    CAST(NULL AS FLOAT64) AS `brand_mention_engagements`,
                    CAST(NULL AS FLOAT64) AS `followers_start`,
                    CAST(NULL AS FLOAT64) AS `followers_gained`,
                    CAST(NULL AS FLOAT64) AS `followers_expected_gain`,
                    CAST(NULL AS INT64) AS `followers_start__provenance`,
                    CAST(NULL AS INT64) AS `followers_gained__provenance`,
                    CAST(NULL AS INT64) AS `followers_expected_gain__provenance`,
                    CAST(NULL AS FLOAT64) AS `brand_followers_start`,
                    CAST(NULL AS FLOAT64) AS `brand_followers_gained`,
                    CAST(NULL AS FLOAT64) AS `brand_followers_expected_gain`,
                    CAST(NULL AS INT64) AS `brand_followers_start__provenance`,
                    CAST(NULL AS INT64) AS `brand_followers_gained__provenance`,
                    CAST(NULL AS INT64) AS `brand_followers_expected_gain__provenance`,
                    CAST(NULL AS FLOAT64) AS `influencers_contacted`,
                    CAST(NULL AS FLOAT64) AS `influencers_interested`,
                    CAST(NULL AS FLOAT64) AS `posts_contracted`,
                    CAST(NULL AS FLOAT64) AS `products_sent`,
                    CAST(NULL AS FLOAT64) AS `link_clicks`,
                    CAST(NULL AS FLOAT64) AS `unique_link_clicks`,
                    CAST(NULL AS FLOAT64) AS `bot_link_clicks`,
                    CAST(NULL AS FLOAT64) AS `sessions`,
                    CAST(NULL AS FLOAT64) AS `new_users`,
                    CAST(NULL AS FLOAT64) AS `engaged_sessions`,
                    CAST(NULL AS FLOAT64) AS `bounced_sessions`,
                    CAST(NULL AS FLOAT64) AS `session_seconds`,
                    CAST(NULL AS FLOAT64) AS `page_views`,
                    CAST(NULL AS FLOAT64) AS `key_events`,
                    CAST(NULL AS FLOAT64) AS `orders`,
                    CAST(NULL AS FLOAT64) AS `revenue`,
                    CAST(NULL AS FLOAT64) AS `new_customers`,
                    CAST(IF(
                      LENGTH(`t0`.`key_messages`) > 0,
                      (
                        LENGTH(`t0`.`key_messages`) - LENGTH(REPLACE(`t0`.`key_messages`, '\n', ''))
                      ) + 1,
                      0
                    ) AS FLOAT64) AS `key_messages`
                  FROM `campaign` AS `t0`
                ) AS `t69`
              ) AS `t201`
              LEFT OUTER JOIN (
                SELECT
                  `t139`.`campaign_id`,
                  `t139`.`rate` AS `emv_rate`
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      CAST(`t0`.`id` AS INT64) AS `campaign_id`,
                      CAST(1 AS FLOAT64) AS `rate`
                    FROM `campaign` AS `t0`
                    WHERE
                      `t0`.`currency` = 'EUR'
                  ) AS `t30`
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      `t124`.`campaign_id`,
                      `t124`.`rate`
                    FROM (
                      SELECT
                        `t98`.`campaign_id`,
                        `t98`.`start`,
                        `t98`.`rate`,
                        `t98`.`valid`,
                        ROW_NUMBER() OVER (
                          PARTITION BY `t98`.`campaign_id`
                          ORDER BY IF(`t98`.`valid` <= `t98`.`start`, 0, 1) ASC, ABS(`t98`.`valid` - `t98`.`start`) ASC
                        ) - 1 AS `order`
                      FROM (
                        SELECT
                          `t54`.`campaign_id`,
                          `t54`.`start`,
                          `t65`.`rate`,
                          UNIX_SECONDS(CAST(`t65`.`valid_on` AS TIMESTAMP)) AS `valid`
                        FROM (
                          SELECT
                            CAST(`t0`.`id` AS INT64) AS `campaign_id`,
                            `t0`.`currency`,
                            UNIX_SECONDS(CAST(`t0`.`start_date` AS TIMESTAMP)) AS `start`
                          FROM `campaign` AS `t0`
                        ) AS `t54`
                        INNER JOIN (
                          SELECT
                            *
                          FROM (
                            SELECT
                              `t2`.`quote`,
                              `t2`.`valid_on`,
                              CAST(`t2`.`rate` AS FLOAT64) AS `rate`
                            FROM `exchange_rate` AS `t2`
                            WHERE
                              `t2`.`base` = 'EUR'
                          ) AS `t33`
                          UNION ALL
                          SELECT
                            *
                          FROM (
                            SELECT
                              `t2`.`base` AS `quote`,
                              `t2`.`valid_on`,
                              ieee_divide(CAST(1 AS FLOAT64), NULLIF(CAST(`t2`.`rate` AS FLOAT64), 0)) AS `rate`
                            FROM `exchange_rate` AS `t2`
                            WHERE
                              `t2`.`quote` = 'EUR'
                          ) AS `t56`
                        ) AS `t65`
                          ON `t54`.`currency` = `t65`.`quote`
                      ) AS `t98`
                    ) AS `t124`
                    WHERE
                      `t124`.`order` = 0
                  ) AS `t135`
                ) AS `t139`
              ) AS `t147`
                ON `t201`.`campaign_id` = `t147`.`campaign_id`
            ) AS `t204`
            LEFT OUTER JOIN (
              SELECT
                `t1`.`account_id`,
                `t1`.`inauthentic_share`
              FROM `account_audit` AS `t1`
            ) AS `t31`
              ON `t204`.`account_id` = `t31`.`account_id`
          ) AS `t206`
        ) AS `t209`
        LEFT OUTER JOIN (
          SELECT
            `t138`.`campaign_id`,
            `t138`.`rate` AS `paid_rate`
          FROM (
            SELECT
              *
            FROM (
              SELECT
                CAST(`t0`.`id` AS INT64) AS `campaign_id`,
                CAST(1 AS FLOAT64) AS `rate`
              FROM `campaign` AS `t0`
              WHERE
                `t0`.`currency` = 'USD'
            ) AS `t29`
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                `t123`.`campaign_id`,
                `t123`.`rate`
              FROM (
                SELECT
                  `t97`.`campaign_id`,
                  `t97`.`start`,
                  `t97`.`rate`,
                  `t97`.`valid`,
                  ROW_NUMBER() OVER (
                    PARTITION BY `t97`.`campaign_id`
                    ORDER BY IF(`t97`.`valid` <= `t97`.`start`, 0, 1) ASC, ABS(`t97`.`valid` - `t97`.`start`) ASC
                  ) - 1 AS `order`
                FROM (
                  SELECT
                    `t54`.`campaign_id`,
                    `t54`.`start`,
                    `t64`.`rate`,
                    UNIX_SECONDS(CAST(`t64`.`valid_on` AS TIMESTAMP)) AS `valid`
                  FROM (
                    SELECT
                      CAST(`t0`.`id` AS INT64) AS `campaign_id`,
                      `t0`.`currency`,
                      UNIX_SECONDS(CAST(`t0`.`start_date` AS TIMESTAMP)) AS `start`
                    FROM `campaign` AS `t0`
                  ) AS `t54`
                  INNER JOIN (
                    SELECT
                      *
                    FROM (
                      SELECT
                        `t2`.`quote`,
                        `t2`.`valid_on`,
                        CAST(`t2`.`rate` AS FLOAT64) AS `rate`
                      FROM `exchange_rate` AS `t2`
                      WHERE
                        `t2`.`base` = 'USD'
                    ) AS `t32`
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        `t2`.`base` AS `quote`,
                        `t2`.`valid_on`,
                        ieee_divide(CAST(1 AS FLOAT64), NULLIF(CAST(`t2`.`rate` AS FLOAT64), 0)) AS `rate`
                      FROM `exchange_rate` AS `t2`
                      WHERE
                        `t2`.`quote` = 'USD'
                    ) AS `t55`
                  ) AS `t64`
                    ON `t54`.`currency` = `t64`.`quote`
                ) AS `t97`
              ) AS `t123`
              WHERE
                `t123`.`order` = 0
            ) AS `t134`
          ) AS `t138`
        ) AS `t146`
          ON `t209`.`campaign_id` = `t146`.`campaign_id`
      ) AS `t211`
      WHERE
        `t211`.`campaign_id` IN (1)
        AND (
          (
            `t211`.`bot_link_clicks` IS NOT NULL
          )
          OR (
            `t211`.`bounced_sessions` IS NOT NULL
          )
          OR (
            `t211`.`brand_followers_expected_gain` IS NOT NULL
          )
          OR (
            `t211`.`brand_followers_gained` IS NOT NULL
          )
          OR (
            `t211`.`brand_followers_start` IS NOT NULL
          )
          OR (
            `t211`.`brand_mention_engagements` IS NOT NULL
          )
          OR (
            `t211`.`brand_mentions` IS NOT NULL
          )
          OR (
            `t211`.`clicks` IS NOT NULL
          )
          OR (
            `t211`.`comments` IS NOT NULL
          )
          OR (
            `t211`.`cost` IS NOT NULL
          )
          OR (
            `t211`.`disclosed_sponsored_posts` IS NOT NULL
          )
          OR (
            `t211`.`emv` IS NOT NULL
          )
          OR (
            `t211`.`emv_authentic` IS NOT NULL
          )
          OR (
            `t211`.`engagements` IS NOT NULL
          )
          OR (
            `t211`.`er_followers_post` IS NOT NULL
          )
          OR (
            `t211`.`er_impressions_post` IS NOT NULL
          )
          OR (
            `t211`.`er_reach_post` IS NOT NULL
          )
          OR (
            `t211`.`er_views_post` IS NOT NULL
          )
          OR (
            `t211`.`followers` IS NOT NULL
          )
          OR (
            `t211`.`followers_expected_gain` IS NOT NULL
          )
          OR (
            `t211`.`followers_gained` IS NOT NULL
          )
          OR (
            `t211`.`followers_start` IS NOT NULL
          )
          OR (
            `t211`.`impressions` IS NOT NULL
          )
          OR (
            `t211`.`impressions_with_estimates` IS NOT NULL
          )
          OR (
            `t211`.`influencers_contacted` IS NOT NULL
          )
          OR (
            `t211`.`influencers_interested` IS NOT NULL
          )
          OR (
            `t211`.`key_events` IS NOT NULL
          )
          OR (
            `t211`.`key_message_posts` IS NOT NULL
          )
          OR (
            `t211`.`key_messages` IS NOT NULL
          )
          OR (
            `t211`.`likes` IS NOT NULL
          )
          OR (
            `t211`.`link_clicks` IS NOT NULL
          )
          OR (
            `t211`.`mention_engagements` IS NOT NULL
          )
          OR (
            `t211`.`mentions` IS NOT NULL
          )
          OR (
            `t211`.`new_customers` IS NOT NULL
          )
          OR (
            `t211`.`new_users` IS NOT NULL
          )
          OR (
            `t211`.`orders` IS NOT NULL
          )
          OR (
            `t211`.`page_views` IS NOT NULL
          )
          OR (
            ieee_divide(
              `t211`.`cost`,
              CASE
                WHEN `t211`.`platform` = 'tiktok'
                THEN CAST(NULL AS FLOAT64)
                WHEN `t211`.`platform` = 'youtube'
                THEN CAST(NULL AS FLOAT64)
                ELSE 1.88
              END * `t211`.`paid_rate`
            ) IS NOT NULL
          )
          OR (
            (
              ieee_divide(
                `t211`.`cost`,
                CASE
                  WHEN `t211`.`platform` = 'tiktok'
                  THEN 7.5
                  WHEN `t211`.`platform` = 'youtube'
                  THEN 3.53
                  ELSE 19.8
                END * `t211`.`paid_rate`
              ) * 1000
            ) IS NOT NULL
          )
          OR (
            ieee_divide(
              `t211`.`cost`,
              CASE WHEN `t211`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS FLOAT64) END * `t211`.`paid_rate`
            ) IS NOT NULL
          )
          OR (
            `t211`.`post_id` IS NOT NULL
          )
          OR (
            `t211`.`post_platform` IS NOT NULL
          )
          OR (
            `t211`.`posts_contracted` IS NOT NULL
          )
          OR (
            `t211`.`products_sent` IS NOT NULL
          )
          OR (
            `t211`.`publishing_influencer` IS NOT NULL
          )
          OR (
            `t211`.`reach` IS NOT NULL
          )
          OR (
            `t211`.`revenue` IS NOT NULL
          )
          OR (
            `t211`.`saves` IS NOT NULL
          )
          OR (
            `t211`.`session_seconds` IS NOT NULL
          )
          OR (
            `t211`.`sessions` IS NOT NULL
          )
          OR (
            `t211`.`shares` IS NOT NULL
          )
          OR (
            `t211`.`sponsored_posts` IS NOT NULL
          )
          OR (
            `t211`.`ugc_post` IS NOT NULL
          )
          OR (
            `t211`.`unique_link_clicks` IS NOT NULL
          )
          OR (
            `t211`.`views` IS NOT NULL
          )
        )
    ) AS `t212`
    GROUP BY
      1,
      2
  ) AS `t215`
  LEFT OUTER JOIN (
    SELECT
      `t217`.`campaign_id`,
      `t217`.`campaign`,
      AVG(`t217`.`er_reach_account_mean`) AS `er_reach_account_mean`,
      MAX(
        IF(`t217`.`er_reach_account_mean` IS NOT NULL, `t217`.`er_reach_account_mean__r`, NULL)
      ) AS `er_reach_account_mean__provenance`,
      APPROX_QUANTILES(`t217`.`er_reach_account_median`, 2)[offset(1)] AS `er_reach_account_median`,
      MAX(
        IF(
          `t217`.`er_reach_account_median` IS NOT NULL,
          `t217`.`er_reach_account_median__r`,
          NULL
        )
      ) AS `er_reach_account_median__provenance`,
      AVG(`t217`.`er_followers_account_mean`) AS `er_followers_account_mean`,
      MAX(
        IF(
          `t217`.`er_followers_account_mean` IS NOT NULL,
          `t217`.`er_followers_account_mean__r`,
          NULL
        )
      ) AS `er_followers_account_mean__provenance`,
      APPROX_QUANTILES(`t217`.`er_followers_account_median`, 2)[offset(1)] AS `er_followers_account_median`,
      MAX(
        IF(
          `t217`.`er_followers_account_median` IS NOT NULL,
          `t217`.`er_followers_account_median__r`,
          NULL
        )
      ) AS `er_followers_account_median__provenance`,
      AVG(`t217`.`er_impressions_account_mean`) AS `er_impressions_account_mean`,
      MAX(
        IF(
          `t217`.`er_impressions_account_mean` IS NOT NULL,
          `t217`.`er_impressions_account_mean__r`,
          NULL
        )
      ) AS `er_impressions_account_mean__provenance`,
      APPROX_QUANTILES(`t217`.`er_impressions_account_median`, 2)[offset(1)] AS `er_impressions_account_median`,
      MAX(
        IF(
          `t217`.`er_impressions_account_median` IS NOT NULL,
          `t217`.`er_impressions_account_median__r`,
          NULL
        )
      ) AS `er_impressions_account_median__provenance`,
      AVG(`t217`.`er_views_account_mean`) AS `er_views_account_mean`,
      MAX(
        IF(`t217`.`er_views_account_mean` IS NOT NULL, `t217`.`er_views_account_mean__r`, NULL)
      ) AS `er_views_account_mean__provenance`,
      APPROX_QUANTILES(`t217`.`er_views_account_median`, 2)[offset(1)] AS `er_views_account_median`,
      MAX(
        IF(
          `t217`.`er_views_account_median` IS NOT NULL,
          `t217`.`er_views_account_median__r`,
          NULL
        )
      ) AS `er_views_account_median__provenance`
    FROM (
      SELECT
        `t216`.`campaign_id`,
        `t216`.`campaign`,
        `t216`.`account_id`,
        `t216`.`er_reach_account_mean__n`,
        `t216`.`er_reach_account_mean__d`,
        `t216`.`er_reach_account_median__n`,
        `t216`.`er_reach_account_median__d`,
        `t216`.`er_followers_account_mean__n`,
        `t216`.`er_followers_account_mean__d`,
        `t216`.`er_followers_account_median__n`,
        `t216`.`er_followers_account_median__d`,
        `t216`.`er_impressions_account_mean__n`,
        `t216`.`er_impressions_account_mean__d`,
        `t216`.`er_impressions_account_median__n`,
        `t216`.`er_impressions_account_median__d`,
        `t216`.`er_views_account_mean__n`,
        `t216`.`er_views_account_mean__d`,
        `t216`.`er_views_account_median__n`,
        `t216`.`er_views_account_median__d`,
        `t216`.`er_reach_account_mean__r`,
        `t216`.`er_reach_account_median__r`,
        `t216`.`er_followers_account_mean__r`,
        `t216`.`er_followers_account_median__r`,
        `t216`.`er_impressions_account_mean__r`,
        `t216`.`er_impressions_account_median__r`,
        `t216`.`er_views_account_mean__r`,
        `t216`.`er_views_account_median__r`,
        ieee_divide(`t216`.`er_reach_account_mean__n`, NULLIF(`t216`.`er_reach_account_mean__d`, 0)) * 100 AS `er_reach_account_mean`,
        ieee_divide(
          `t216`.`er_reach_account_median__n`,
          NULLIF(`t216`.`er_reach_account_median__d`, 0)
        ) * 100 AS `er_reach_account_median`,
        ieee_divide(
          `t216`.`er_followers_account_mean__n`,
          NULLIF(`t216`.`er_followers_account_mean__d`, 0)
        ) * 100 AS `er_followers_account_mean`,
        ieee_divide(
          `t216`.`er_followers_account_median__n`,
          NULLIF(`t216`.`er_followers_account_median__d`, 0)
        ) * 100 AS `er_followers_account_median`,
        ieee_divide(
          `t216`.`er_impressions_account_mean__n`,
          NULLIF(`t216`.`er_impressions_account_mean__d`, 0)
        ) * 100 AS `er_impressions_account_mean`,
        ieee_divide(
          `t216`.`er_impressions_account_median__n`,
          NULLIF(`t216`.`er_impressions_account_median__d`, 0)
        ) * 100 AS `er_impressions_account_median`,
        ieee_divide(`t216`.`er_views_account_mean__n`, NULLIF(`t216`.`er_views_account_mean__d`, 0)) * 100 AS `er_views_account_mean`,
        ieee_divide(
          `t216`.`er_views_account_median__n`,
          NULLIF(`t216`.`er_views_account_median__d`, 0)
        ) * 100 AS `er_views_account_median`
      FROM (
        SELECT
          `t213`.`campaign_id`,
          `t213`.`campaign`,
          `t213`.`account_id`,
          SUM(
            IF(
              (
                `t213`.`engagements` IS NOT NULL
              ) AND (
                `t213`.`reach` IS NOT NULL
              ),
              `t213`.`engagements`,
              NULL
            )
          ) AS `er_reach_account_mean__n`,
          SUM(
            IF(
              (
                `t213`.`engagements` IS NOT NULL
              ) AND (
                `t213`.`reach` IS NOT NULL
              ),
              `t213`.`reach`,
              NULL
            )
          ) AS `er_reach_account_mean__d`,
          SUM(
            IF(
              (
                `t213`.`engagements` IS NOT NULL
              ) AND (
                `t213`.`reach` IS NOT NULL
              ),
              `t213`.`engagements`,
              NULL
            )
          ) AS `er_reach_account_median__n`,
          SUM(
            IF(
              (
                `t213`.`engagements` IS NOT NULL
              ) AND (
                `t213`.`reach` IS NOT NULL
              ),
              `t213`.`reach`,
              NULL
            )
          ) AS `er_reach_account_median__d`,
          SUM(
            IF(
              (
                `t213`.`engagements` IS NOT NULL
              ) AND (
                `t213`.`followers` IS NOT NULL
              ),
              `t213`.`engagements`,
              NULL
            )
          ) AS `er_followers_account_mean__n`,
          SUM(
            IF(
              (
                `t213`.`engagements` IS NOT NULL
              ) AND (
                `t213`.`followers` IS NOT NULL
              ),
              `t213`.`followers`,
              NULL
            )
          ) AS `er_followers_account_mean__d`,
          SUM(
            IF(
              (
                `t213`.`engagements` IS NOT NULL
              ) AND (
                `t213`.`followers` IS NOT NULL
              ),
              `t213`.`engagements`,
              NULL
            )
          ) AS `er_followers_account_median__n`,
          SUM(
            IF(
              (
                `t213`.`engagements` IS NOT NULL
              ) AND (
                `t213`.`followers` IS NOT NULL
              ),
              `t213`.`followers`,
              NULL
            )
          ) AS `er_followers_account_median__d`,
          SUM(
            IF(
              (
                `t213`.`engagements` IS NOT NULL
              ) AND (
                `t213`.`impressions` IS NOT NULL
              ),
              `t213`.`engagements`,
              NULL
            )
          ) AS `er_impressions_account_mean__n`,
          SUM(
            IF(
              (
                `t213`.`engagements` IS NOT NULL
              ) AND (
                `t213`.`impressions` IS NOT NULL
              ),
              `t213`.`impressions`,
              NULL
            )
          ) AS `er_impressions_account_mean__d`,
          SUM(
            IF(
              (
                `t213`.`engagements` IS NOT NULL
              ) AND (
                `t213`.`impressions` IS NOT NULL
              ),
              `t213`.`engagements`,
              NULL
            )
          ) AS `er_impressions_account_median__n`,
          SUM(
            IF(
              (
                `t213`.`engagements` IS NOT NULL
              ) AND (
                `t213`.`impressions` IS NOT NULL
              ),
              `t213`.`impressions`,
              NULL
            )
          ) AS `er_impressions_account_median__d`,
          SUM(
            IF(
              (
                `t213`.`engagements` IS NOT NULL
              ) AND (
                `t213`.`views` IS NOT NULL
              ),
              `t213`.`engagements`,
              NULL
            )
          ) AS `er_views_account_mean__n`,
          SUM(
            IF(
              (
                `t213`.`engagements` IS NOT NULL
              ) AND (
                `t213`.`views` IS NOT NULL
              ),
              `t213`.`views`,
              NULL
            )
          ) AS `er_views_account_mean__d`,
          SUM(
            IF(
              (
                `t213`.`engagements` IS NOT NULL
              ) AND (
                `t213`.`views` IS NOT NULL
              ),
              `t213`.`engagements`,
              NULL
            )
          ) AS `er_views_account_median__n`,
          SUM(
            IF(
              (
                `t213`.`engagements` IS NOT NULL
              ) AND (
                `t213`.`views` IS NOT NULL
              ),
              `t213`.`views`,
              NULL
            )
          ) AS `er_views_account_median__d`,
          NULLIF(
            GREATEST(
              COALESCE(
                MAX(
                  IF(
                    (
                      `t213`.`engagements` IS NOT NULL
                    ) AND (
                      `t213`.`reach` IS NOT NULL
                    ),
                    `t213`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    (
                      `t213`.`engagements` IS NOT NULL
                    ) AND (
                      `t213`.`reach` IS NOT NULL
                    ),
                    `t213`.`reach__provenance`,
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
                    (
                      `t213`.`engagements` IS NOT NULL
                    ) AND (
                      `t213`.`reach` IS NOT NULL
                    ),
                    `t213`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    (
                      `t213`.`engagements` IS NOT NULL
                    ) AND (
                      `t213`.`reach` IS NOT NULL
                    ),
                    `t213`.`reach__provenance`,
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
                    (
                      `t213`.`engagements` IS NOT NULL
                    ) AND (
                      `t213`.`followers` IS NOT NULL
                    ),
                    `t213`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    (
                      `t213`.`engagements` IS NOT NULL
                    ) AND (
                      `t213`.`followers` IS NOT NULL
                    ),
                    `t213`.`followers__provenance`,
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
                    (
                      `t213`.`engagements` IS NOT NULL
                    ) AND (
                      `t213`.`followers` IS NOT NULL
                    ),
                    `t213`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    (
                      `t213`.`engagements` IS NOT NULL
                    ) AND (
                      `t213`.`followers` IS NOT NULL
                    ),
                    `t213`.`followers__provenance`,
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
                    (
                      `t213`.`engagements` IS NOT NULL
                    ) AND (
                      `t213`.`impressions` IS NOT NULL
                    ),
                    `t213`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    (
                      `t213`.`engagements` IS NOT NULL
                    ) AND (
                      `t213`.`impressions` IS NOT NULL
                    ),
                    `t213`.`impressions__provenance`,
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
                    (
                      `t213`.`engagements` IS NOT NULL
                    ) AND (
                      `t213`.`impressions` IS NOT NULL
                    ),
                    `t213`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    (
                      `t213`.`engagements` IS NOT NULL
                    ) AND (
                      `t213`.`impressions` IS NOT NULL
                    ),
                    `t213`.`impressions__provenance`,
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
                    (
                      `t213`.`engagements` IS NOT NULL
                    ) AND (
                      `t213`.`views` IS NOT NULL
                    ),
                    `t213`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    (
                      `t213`.`engagements` IS NOT NULL
                    ) AND (
                      `t213`.`views` IS NOT NULL
                    ),
                    `t213`.`views__provenance`,
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
                    (
                      `t213`.`engagements` IS NOT NULL
                    ) AND (
                      `t213`.`views` IS NOT NULL
                    ),
                    `t213`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    (
                      `t213`.`engagements` IS NOT NULL
                    ) AND (
                      `t213`.`views` IS NOT NULL
                    ),
                    `t213`.`views__provenance`,
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
            `t211`.`campaign_id`,
            `t211`.`campaign`,
            `t211`.`influencer_id`,
            `t211`.`influencer`,
            `t211`.`account_id`,
            `t211`.`platform`,
            `t211`.`format`,
            `t211`.`post_id`,
            `t211`.`day`,
            `t211`.`reach`,
            `t211`.`impressions`,
            `t211`.`views`,
            `t211`.`likes`,
            `t211`.`comments`,
            `t211`.`shares`,
            `t211`.`saves`,
            `t211`.`clicks`,
            `t211`.`reach__provenance`,
            `t211`.`impressions__provenance`,
            `t211`.`views__provenance`,
            `t211`.`likes__provenance`,
            `t211`.`comments__provenance`,
            `t211`.`shares__provenance`,
            `t211`.`saves__provenance`,
            `t211`.`clicks__provenance`,
            `t211`.`followers`,
            `t211`.`followers__provenance`,
            `t211`.`engagements`,
            `t211`.`engagements__provenance`,
            `t211`.`impressions_with_estimates`,
            `t211`.`impressions_with_estimates__provenance`,
            `t211`.`er_reach_post`,
            `t211`.`er_followers_post`,
            `t211`.`er_impressions_post`,
            `t211`.`er_views_post`,
            `t211`.`er_reach_post__provenance`,
            `t211`.`er_followers_post__provenance`,
            `t211`.`er_impressions_post__provenance`,
            `t211`.`er_views_post__provenance`,
            `t211`.`post_platform`,
            `t211`.`publishing_influencer`,
            `t211`.`sponsored_posts`,
            `t211`.`disclosed_sponsored_posts`,
            `t211`.`cost`,
            `t211`.`key_message_posts`,
            `t211`.`ugc_post`,
            `t211`.`mentions`,
            `t211`.`brand_mentions`,
            `t211`.`mention_engagements`,
            `t211`.`brand_mention_engagements`,
            `t211`.`followers_start`,
            `t211`.`followers_gained`,
            `t211`.`followers_expected_gain`,
            `t211`.`followers_start__provenance`,
            `t211`.`followers_gained__provenance`,
            `t211`.`followers_expected_gain__provenance`,
            `t211`.`brand_followers_start`,
            `t211`.`brand_followers_gained`,
            `t211`.`brand_followers_expected_gain`,
            `t211`.`brand_followers_start__provenance`,
            `t211`.`brand_followers_gained__provenance`,
            `t211`.`brand_followers_expected_gain__provenance`,
            `t211`.`influencers_contacted`,
            `t211`.`influencers_interested`,
            `t211`.`posts_contracted`,
            `t211`.`products_sent`,
            `t211`.`link_clicks`,
            `t211`.`unique_link_clicks`,
            `t211`.`bot_link_clicks`,
            `t211`.`sessions`,
            `t211`.`new_users`,
            `t211`.`engaged_sessions`,
            `t211`.`bounced_sessions`,
            `t211`.`session_seconds`,
            `t211`.`page_views`,
            `t211`.`key_events`,
            `t211`.`orders`,
            `t211`.`revenue`,
            `t211`.`new_customers`,
            `t211`.`key_messages`,
            `t211`.`emv_rate`,
            `t211`.`inauthentic_share`,
            `t211`.`emv`,
            `t211`.`emv__provenance`,
            `t211`.`emv_authentic`,
            `t211`.`emv_authentic__provenance`,
            `t211`.`paid_rate`,
            ieee_divide(
              `t211`.`cost`,
              CASE
                WHEN `t211`.`platform` = 'tiktok'
                THEN 7.5
                WHEN `t211`.`platform` = 'youtube'
                THEN 3.53
                ELSE 19.8
              END * `t211`.`paid_rate`
            ) * 1000 AS `paid_impressions`,
            CAST(NULL AS FLOAT64) AS `paid_engagements`,
            ieee_divide(
              `t211`.`cost`,
              CASE
                WHEN `t211`.`platform` = 'tiktok'
                THEN CAST(NULL AS FLOAT64)
                WHEN `t211`.`platform` = 'youtube'
                THEN CAST(NULL AS FLOAT64)
                ELSE 1.88
              END * `t211`.`paid_rate`
            ) AS `paid_clicks`,
            ieee_divide(
              `t211`.`cost`,
              CASE WHEN `t211`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS FLOAT64) END * `t211`.`paid_rate`
            ) AS `paid_views`
          FROM (
            SELECT
              `t209`.`campaign_id`,
              `t209`.`campaign`,
              `t209`.`influencer_id`,
              `t209`.`influencer`,
              `t209`.`account_id`,
              `t209`.`platform`,
              `t209`.`format`,
              `t209`.`post_id`,
              `t209`.`day`,
              `t209`.`reach`,
              `t209`.`impressions`,
              `t209`.`views`,
              `t209`.`likes`,
              `t209`.`comments`,
              `t209`.`shares`,
              `t209`.`saves`,
              `t209`.`clicks`,
              `t209`.`reach__provenance`,
              `t209`.`impressions__provenance`,
              `t209`.`views__provenance`,
              `t209`.`likes__provenance`,
              `t209`.`comments__provenance`,
              `t209`.`shares__provenance`,
              `t209`.`saves__provenance`,
              `t209`.`clicks__provenance`,
              `t209`.`followers`,
              `t209`.`followers__provenance`,
              `t209`.`engagements`,
              `t209`.`engagements__provenance`,
              `t209`.`impressions_with_estimates`,
              `t209`.`impressions_with_estimates__provenance`,
              `t209`.`er_reach_post`,
              `t209`.`er_followers_post`,
              `t209`.`er_impressions_post`,
              `t209`.`er_views_post`,
              `t209`.`er_reach_post__provenance`,
              `t209`.`er_followers_post__provenance`,
              `t209`.`er_impressions_post__provenance`,
              `t209`.`er_views_post__provenance`,
              `t209`.`post_platform`,
              `t209`.`publishing_influencer`,
              `t209`.`sponsored_posts`,
              `t209`.`disclosed_sponsored_posts`,
              `t209`.`cost`,
              `t209`.`key_message_posts`,
              `t209`.`ugc_post`,
              `t209`.`mentions`,
              `t209`.`brand_mentions`,
              `t209`.`mention_engagements`,
              `t209`.`brand_mention_engagements`,
              `t209`.`followers_start`,
              `t209`.`followers_gained`,
              `t209`.`followers_expected_gain`,
              `t209`.`followers_start__provenance`,
              `t209`.`followers_gained__provenance`,
              `t209`.`followers_expected_gain__provenance`,
              `t209`.`brand_followers_start`,
              `t209`.`brand_followers_gained`,
              `t209`.`brand_followers_expected_gain`,
              `t209`.`brand_followers_start__provenance`,
              `t209`.`brand_followers_gained__provenance`,
              `t209`.`brand_followers_expected_gain__provenance`,
              `t209`.`influencers_contacted`,
              `t209`.`influencers_interested`,
              `t209`.`posts_contracted`,
              `t209`.`products_sent`,
              `t209`.`link_clicks`,
              `t209`.`unique_link_clicks`,
              `t209`.`bot_link_clicks`,
              `t209`.`sessions`,
              `t209`.`new_users`,
              `t209`.`engaged_sessions`,
              `t209`.`bounced_sessions`,
              `t209`.`session_seconds`,
              `t209`.`page_views`,
              `t209`.`key_events`,
              `t209`.`orders`,
              `t209`.`revenue`,
              `t209`.`new_customers`,
              `t209`.`key_messages`,
              `t209`.`emv_rate`,
              `t209`.`inauthentic_share`,
              `t209`.`emv`,
              `t209`.`emv__provenance`,
              `t209`.`emv_authentic`,
              `t209`.`emv_authentic__provenance`,
              `t146`.`paid_rate`
            FROM (
              SELECT
                `t206`.`campaign_id`,
                `t206`.`campaign`,
                `t206`.`influencer_id`,
                `t206`.`influencer`,
                `t206`.`account_id`,
                `t206`.`platform`,
                `t206`.`format`,
                `t206`.`post_id`,
                `t206`.`day`,
                `t206`.`reach`,
                `t206`.`impressions`,
                `t206`.`views`,
                `t206`.`likes`,
                `t206`.`comments`,
                `t206`.`shares`,
                `t206`.`saves`,
                `t206`.`clicks`,
                `t206`.`reach__provenance`,
                `t206`.`impressions__provenance`,
                `t206`.`views__provenance`,
                `t206`.`likes__provenance`,
                `t206`.`comments__provenance`,
                `t206`.`shares__provenance`,
                `t206`.`saves__provenance`,
                `t206`.`clicks__provenance`,
                `t206`.`followers`,
                `t206`.`followers__provenance`,
                `t206`.`engagements`,
                `t206`.`engagements__provenance`,
                `t206`.`impressions_with_estimates`,
                `t206`.`impressions_with_estimates__provenance`,
                `t206`.`er_reach_post`,
                `t206`.`er_followers_post`,
                `t206`.`er_impressions_post`,
                `t206`.`er_views_post`,
                `t206`.`er_reach_post__provenance`,
                `t206`.`er_followers_post__provenance`,
                `t206`.`er_impressions_post__provenance`,
                `t206`.`er_views_post__provenance`,
                `t206`.`post_platform`,
                `t206`.`publishing_influencer`,
                `t206`.`sponsored_posts`,
                `t206`.`disclosed_sponsored_posts`,
                `t206`.`cost`,
                `t206`.`key_message_posts`,
                `t206`.`ugc_post`,
                `t206`.`mentions`,
                `t206`.`brand_mentions`,
                `t206`.`mention_engagements`,
                `t206`.`brand_mention_engagements`,
                `t206`.`followers_start`,
                `t206`.`followers_gained`,
                `t206`.`followers_expected_gain`,
                `t206`.`followers_start__provenance`,
                `t206`.`followers_gained__provenance`,
                `t206`.`followers_expected_gain__provenance`,
                `t206`.`brand_followers_start`,
                `t206`.`brand_followers_gained`,
                `t206`.`brand_followers_expected_gain`,
                `t206`.`brand_followers_start__provenance`,
                `t206`.`brand_followers_gained__provenance`,
                `t206`.`brand_followers_expected_gain__provenance`,
                `t206`.`influencers_contacted`,
                `t206`.`influencers_interested`,
                `t206`.`posts_contracted`,
                `t206`.`products_sent`,
                `t206`.`link_clicks`,
                `t206`.`unique_link_clicks`,
                `t206`.`bot_link_clicks`,
                `t206`.`sessions`,
                `t206`.`new_users`,
                `t206`.`engaged_sessions`,
                `t206`.`bounced_sessions`,
                `t206`.`session_seconds`,
                `t206`.`page_views`,
                `t206`.`key_events`,
                `t206`.`orders`,
                `t206`.`revenue`,
                `t206`.`new_customers`,
                `t206`.`key_messages`,
                `t206`.`emv_rate`,
                `t206`.`inauthentic_share`,
                IF(
                  (
                    `t206`.`post_id` IS NOT NULL
                  )
                  AND (
                    (
                      ieee_divide(
                        COALESCE(`t206`.`impressions`, `t206`.`views`) * CASE WHEN `t206`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS FLOAT64) END,
                        1000
                      ) IS NOT NULL
                    )
                    OR (
                      (
                        CASE
                          WHEN `t206`.`platform` = 'instagram'
                          THEN 0.07
                          WHEN `t206`.`platform` = 'tiktok'
                          THEN 0.09
                          WHEN `t206`.`platform` = 'youtube'
                          THEN 0.08
                          ELSE CAST(NULL AS FLOAT64)
                        END * `t206`.`likes`
                      ) IS NOT NULL
                    )
                    OR (
                      (
                        CASE
                          WHEN `t206`.`platform` = 'instagram'
                          THEN 3.46
                          WHEN `t206`.`platform` = 'tiktok'
                          THEN 3.52
                          WHEN `t206`.`platform` = 'youtube'
                          THEN 6.99
                          ELSE CAST(NULL AS FLOAT64)
                        END * `t206`.`comments`
                      ) IS NOT NULL
                    )
                    OR (
                      (
                        CASE WHEN `t206`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS FLOAT64) END * `t206`.`shares`
                      ) IS NOT NULL
                    )
                  ),
                  (
                    COALESCE(
                      ieee_divide(
                        COALESCE(`t206`.`impressions`, `t206`.`views`) * CASE WHEN `t206`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS FLOAT64) END,
                        1000
                      ),
                      0
                    ) + COALESCE(
                      CASE
                        WHEN `t206`.`platform` = 'instagram'
                        THEN 0.07
                        WHEN `t206`.`platform` = 'tiktok'
                        THEN 0.09
                        WHEN `t206`.`platform` = 'youtube'
                        THEN 0.08
                        ELSE CAST(NULL AS FLOAT64)
                      END * `t206`.`likes`,
                      0
                    ) + COALESCE(
                      CASE
                        WHEN `t206`.`platform` = 'instagram'
                        THEN 3.46
                        WHEN `t206`.`platform` = 'tiktok'
                        THEN 3.52
                        WHEN `t206`.`platform` = 'youtube'
                        THEN 6.99
                        ELSE CAST(NULL AS FLOAT64)
                      END * `t206`.`comments`,
                      0
                    ) + COALESCE(
                      CASE WHEN `t206`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS FLOAT64) END * `t206`.`shares`,
                      0
                    )
                  ) * `t206`.`emv_rate`,
                  CAST(NULL AS FLOAT64)
                ) AS `emv`,
                NULLIF(
                  GREATEST(
                    COALESCE(`t206`.`impressions__provenance`, -1),
                    COALESCE(`t206`.`views__provenance`, -1),
                    COALESCE(`t206`.`engagements__provenance`, -1)
                  ),
                  -1
                ) AS `emv__provenance`,
                IF(
                  (
                    `t206`.`post_id` IS NOT NULL
                  )
                  AND (
                    (
                      ieee_divide(
                        COALESCE(`t206`.`impressions`, `t206`.`views`) * CASE WHEN `t206`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS FLOAT64) END,
                        1000
                      ) IS NOT NULL
                    )
                    OR (
                      (
                        CASE
                          WHEN `t206`.`platform` = 'instagram'
                          THEN 0.07
                          WHEN `t206`.`platform` = 'tiktok'
                          THEN 0.09
                          WHEN `t206`.`platform` = 'youtube'
                          THEN 0.08
                          ELSE CAST(NULL AS FLOAT64)
                        END * `t206`.`likes`
                      ) IS NOT NULL
                    )
                    OR (
                      (
                        CASE
                          WHEN `t206`.`platform` = 'instagram'
                          THEN 3.46
                          WHEN `t206`.`platform` = 'tiktok'
                          THEN 3.52
                          WHEN `t206`.`platform` = 'youtube'
                          THEN 6.99
                          ELSE CAST(NULL AS FLOAT64)
                        END * `t206`.`comments`
                      ) IS NOT NULL
                    )
                    OR (
                      (
                        CASE WHEN `t206`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS FLOAT64) END * `t206`.`shares`
                      ) IS NOT NULL
                    )
                  ),
                  (
                    COALESCE(
                      ieee_divide(
                        COALESCE(`t206`.`impressions`, `t206`.`views`) * CASE WHEN `t206`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS FLOAT64) END,
                        1000
                      ),
                      0
                    ) + COALESCE(
                      CASE
                        WHEN `t206`.`platform` = 'instagram'
                        THEN 0.07
                        WHEN `t206`.`platform` = 'tiktok'
                        THEN 0.09
                        WHEN `t206`.`platform` = 'youtube'
                        THEN 0.08
                        ELSE CAST(NULL AS FLOAT64)
                      END * `t206`.`likes`,
                      0
                    ) + COALESCE(
                      CASE
                        WHEN `t206`.`platform` = 'instagram'
                        THEN 3.46
                        WHEN `t206`.`platform` = 'tiktok'
                        THEN 3.52
                        WHEN `t206`.`platform` = 'youtube'
                        THEN 6.99
                        ELSE CAST(NULL AS FLOAT64)
                      END * `t206`.`comments`,
                      0
                    ) + COALESCE(
                      CASE WHEN `t206`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS FLOAT64) END * `t206`.`shares`,
                      0
                    )
                  ) * `t206`.`emv_rate` * (
                    1 - COALESCE(`t206`.`inauthentic_share`, 0)
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `emv_authentic`,
                NULLIF(
                  GREATEST(
                    COALESCE(
                      NULLIF(
                        GREATEST(
                          COALESCE(`t206`.`impressions__provenance`, -1),
                          COALESCE(`t206`.`views__provenance`, -1),
                          COALESCE(`t206`.`engagements__provenance`, -1)
                        ),
                        -1
                      ),
                      -1
                    ),
                    COALESCE(IF(`t206`.`inauthentic_share` > 0, 2, CAST(NULL AS INT64)), -1)
                  ),
                  -1
                ) AS `emv_authentic__provenance`
              FROM (
                SELECT
                  `t204`.`campaign_id`,
                  `t204`.`campaign`,
                  `t204`.`influencer_id`,
                  `t204`.`influencer`,
                  `t204`.`account_id`,
                  `t204`.`platform`,
                  `t204`.`format`,
                  `t204`.`post_id`,
                  `t204`.`day`,
                  `t204`.`reach`,
                  `t204`.`impressions`,
                  `t204`.`views`,
                  `t204`.`likes`,
                  `t204`.`comments`,
                  `t204`.`shares`,
                  `t204`.`saves`,
                  `t204`.`clicks`,
                  `t204`.`reach__provenance`,
                  `t204`.`impressions__provenance`,
                  `t204`.`views__provenance`,
                  `t204`.`likes__provenance`,
                  `t204`.`comments__provenance`,
                  `t204`.`shares__provenance`,
                  `t204`.`saves__provenance`,
                  `t204`.`clicks__provenance`,
                  `t204`.`followers`,
                  `t204`.`followers__provenance`,
                  `t204`.`engagements`,
                  `t204`.`engagements__provenance`,
                  `t204`.`impressions_with_estimates`,
                  `t204`.`impressions_with_estimates__provenance`,
                  `t204`.`er_reach_post`,
                  `t204`.`er_followers_post`,
                  `t204`.`er_impressions_post`,
                  `t204`.`er_views_post`,
                  `t204`.`er_reach_post__provenance`,
                  `t204`.`er_followers_post__provenance`,
                  `t204`.`er_impressions_post__provenance`,
                  `t204`.`er_views_post__provenance`,
                  `t204`.`post_platform`,
                  `t204`.`publishing_influencer`,
                  `t204`.`sponsored_posts`,
                  `t204`.`disclosed_sponsored_posts`,
                  `t204`.`cost`,
                  `t204`.`key_message_posts`,
                  `t204`.`ugc_post`,
                  `t204`.`mentions`,
                  `t204`.`brand_mentions`,
                  `t204`.`mention_engagements`,
                  `t204`.`brand_mention_engagements`,
                  `t204`.`followers_start`,
                  `t204`.`followers_gained`,
                  `t204`.`followers_expected_gain`,
                  `t204`.`followers_start__provenance`,
                  `t204`.`followers_gained__provenance`,
                  `t204`.`followers_expected_gain__provenance`,
                  `t204`.`brand_followers_start`,
                  `t204`.`brand_followers_gained`,
                  `t204`.`brand_followers_expected_gain`,
                  `t204`.`brand_followers_start__provenance`,
                  `t204`.`brand_followers_gained__provenance`,
                  `t204`.`brand_followers_expected_gain__provenance`,
                  `t204`.`influencers_contacted`,
                  `t204`.`influencers_interested`,
                  `t204`.`posts_contracted`,
                  `t204`.`products_sent`,
                  `t204`.`link_clicks`,
                  `t204`.`unique_link_clicks`,
                  `t204`.`bot_link_clicks`,
                  `t204`.`sessions`,
                  `t204`.`new_users`,
                  `t204`.`engaged_sessions`,
                  `t204`.`bounced_sessions`,
                  `t204`.`session_seconds`,
                  `t204`.`page_views`,
                  `t204`.`key_events`,
                  `t204`.`orders`,
                  `t204`.`revenue`,
                  `t204`.`new_customers`,
                  `t204`.`key_messages`,
                  `t204`.`emv_rate`,
                  `t31`.`inauthentic_share`
                FROM (
                  SELECT
                    `t201`.`campaign_id`,
                    `t201`.`campaign`,
                    `t201`.`influencer_id`,
                    `t201`.`influencer`,
                    `t201`.`account_id`,
                    `t201`.`platform`,
                    `t201`.`format`,
                    `t201`.`post_id`,
                    `t201`.`day`,
                    `t201`.`reach`,
                    `t201`.`impressions`,
                    `t201`.`views`,
                    `t201`.`likes`,
                    `t201`.`comments`,
                    `t201`.`shares`,
                    `t201`.`saves`,
                    `t201`.`clicks`,
                    `t201`.`reach__provenance`,
                    `t201`.`impressions__provenance`,
                    `t201`.`views__provenance`,
                    `t201`.`likes__provenance`,
                    `t201`.`comments__provenance`,
                    `t201`.`shares__provenance`,
                    `t201`.`saves__provenance`,
                    `t201`.`clicks__provenance`,
                    `t201`.`followers`,
                    `t201`.`followers__provenance`,
                    `t201`.`engagements`,
                    `t201`.`engagements__provenance`,
                    `t201`.`impressions_with_estimates`,
                    `t201`.`impressions_with_estimates__provenance`,
                    `t201`.`er_reach_post`,
                    `t201`.`er_followers_post`,
                    `t201`.`er_impressions_post`,
                    `t201`.`er_views_post`,
                    `t201`.`er_reach_post__provenance`,
                    `t201`.`er_followers_post__provenance`,
                    `t201`.`er_impressions_post__provenance`,
                    `t201`.`er_views_post__provenance`,
                    `t201`.`post_platform`,
                    `t201`.`publishing_influencer`,
                    `t201`.`sponsored_posts`,
                    `t201`.`disclosed_sponsored_posts`,
                    `t201`.`cost`,
                    `t201`.`key_message_posts`,
                    `t201`.`ugc_post`,
                    `t201`.`mentions`,
                    `t201`.`brand_mentions`,
                    `t201`.`mention_engagements`,
                    `t201`.`brand_mention_engagements`,
                    `t201`.`followers_start`,
                    `t201`.`followers_gained`,
                    `t201`.`followers_expected_gain`,
                    `t201`.`followers_start__provenance`,
                    `t201`.`followers_gained__provenance`,
                    `t201`.`followers_expected_gain__provenance`,
                    `t201`.`brand_followers_start`,
                    `t201`.`brand_followers_gained`,
                    `t201`.`brand_followers_expected_gain`,
                    `t201`.`brand_followers_start__provenance`,
                    `t201`.`brand_followers_gained__provenance`,
                    `t201`.`brand_followers_expected_gain__provenance`,
                    `t201`.`influencers_contacted`,
                    `t201`.`influencers_interested`,
                    `t201`.`posts_contracted`,
                    `t201`.`products_sent`,
                    `t201`.`link_clicks`,
                    `t201`.`unique_link_clicks`,
                    `t201`.`bot_link_clicks`,
                    `t201`.`sessions`,
                    `t201`.`new_users`,
                    `t201`.`engaged_sessions`,
                    `t201`.`bounced_sessions`,
                    `t201`.`session_seconds`,
                    `t201`.`page_views`,
                    `t201`.`key_events`,
                    `t201`.`orders`,
                    `t201`.`revenue`,
                    `t201`.`new_customers`,
                    `t201`.`key_messages`,
                    `t147`.`emv_rate`
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
                                        `t188`.`campaign_id`,
                                        `t188`.`campaign`,
                                        `t188`.`influencer_id`,
                                        `t188`.`influencer`,
                                        `t188`.`account_id`,
                                        `t188`.`platform`,
                                        `t188`.`format`,
                                        `t188`.`post_id`,
                                        `t188`.`day`,
                                        `t188`.`reach`,
                                        `t188`.`impressions`,
                                        `t188`.`views`,
                                        `t188`.`likes`,
                                        `t188`.`comments`,
                                        `t188`.`shares`,
                                        `t188`.`saves`,
                                        `t188`.`clicks`,
                                        `t188`.`reach__provenance`,
                                        `t188`.`impressions__provenance`,
                                        `t188`.`views__provenance`,
                                        `t188`.`likes__provenance`,
                                        `t188`.`comments__provenance`,
                                        `t188`.`shares__provenance`,
                                        `t188`.`saves__provenance`,
                                        `t188`.`clicks__provenance`,
                                        `t188`.`followers`,
                                        CAST(`t188`.`followers__provenance` AS INT64) AS `followers__provenance`,
                                        `t188`.`engagements`,
                                        `t188`.`engagements__provenance`,
                                        `t188`.`impressions_with_estimates`,
                                        `t188`.`impressions_with_estimates__provenance`,
                                        `t188`.`er_reach_post`,
                                        `t188`.`er_followers_post`,
                                        `t188`.`er_impressions_post`,
                                        `t188`.`er_views_post`,
                                        `t188`.`er_reach_post__provenance`,
                                        `t188`.`er_followers_post__provenance`,
                                        `t188`.`er_impressions_post__provenance`,
                                        `t188`.`er_views_post__provenance`,
                                        `t188`.`post_platform`,
                                        CAST(`t188`.`publishing_influencer` AS FLOAT64) AS `publishing_influencer`,
                                        `t188`.`sponsored_posts`,
                                        `t188`.`disclosed_sponsored_posts`,
                                        `t188`.`cost`,
                                        `t188`.`key_message_posts`,
                                        CAST(NULL AS FLOAT64) AS `ugc_post`,
                                        CAST(NULL AS FLOAT64) AS `mentions`,
                                        CAST(NULL AS FLOAT64) AS `brand_mentions`,
                                        CAST(NULL AS FLOAT64) AS `mention_engagements`,
                                        CAST(NULL AS FLOAT64) AS `brand_mention_engagements`,
                                        CAST(NULL AS FLOAT64) AS `followers_start`,
                                        CAST(NULL AS FLOAT64) AS `followers_gained`,
                                        CAST(NULL AS FLOAT64) AS `followers_expected_gain`,
                                        CAST(NULL AS INT64) AS `followers_start__provenance`,
                                        CAST(NULL AS INT64) AS `followers_gained__provenance`,
                                        CAST(NULL AS INT64) AS `followers_expected_gain__provenance`,
                                        CAST(NULL AS FLOAT64) AS `brand_followers_start`,
                                        CAST(NULL AS FLOAT64) AS `brand_followers_gained`,
                                        CAST(NULL AS FLOAT64) AS `brand_followers_expected_gain`,
                                        CAST(NULL AS INT64) AS `brand_followers_start__provenance`,
                                        CAST(NULL AS INT64) AS `brand_followers_gained__provenance`,
                                        CAST(NULL AS INT64) AS `brand_followers_expected_gain__provenance`,
                                        CAST(NULL AS FLOAT64) AS `influencers_contacted`,
                                        CAST(NULL AS FLOAT64) AS `influencers_interested`,
                                        CAST(NULL AS FLOAT64) AS `posts_contracted`,
                                        CAST(NULL AS FLOAT64) AS `products_sent`,
                                        CAST(NULL AS FLOAT64) AS `link_clicks`,
                                        CAST(NULL AS FLOAT64) AS `unique_link_clicks`,
                                        CAST(NULL AS FLOAT64) AS `bot_link_clicks`,
                                        CAST(NULL AS FLOAT64) AS `sessions`,
                                        CAST(NULL AS FLOAT64) AS `new_users`,
                                        CAST(NULL AS FLOAT64) AS `engaged_sessions`,
                                        CAST(NULL AS FLOAT64) AS `bounced_sessions`,
                                        CAST(NULL AS FLOAT64) AS `session_seconds`,
                                        CAST(NULL AS FLOAT64) AS `page_views`,
                                        CAST(NULL AS FLOAT64) AS `key_events`,
                                        CAST(NULL AS FLOAT64) AS `orders`,
                                        CAST(NULL AS FLOAT64) AS `revenue`,
                                        CAST(NULL AS FLOAT64) AS `new_customers`,
                                        CAST(NULL AS FLOAT64) AS `key_messages`
                                      FROM (
                                        SELECT
                                          `t179`.`campaign_id`,
                                          `t179`.`campaign`,
                                          `t179`.`influencer_id`,
                                          `t179`.`influencer`,
                                          `t179`.`account_id`,
                                          `t179`.`platform`,
                                          `t179`.`format`,
                                          `t179`.`post_id`,
                                          `t179`.`day`,
                                          `t179`.`country`,
                                          `t179`.`caption`,
                                          `t179`.`sponsored`,
                                          `t179`.`reach`,
                                          `t179`.`impressions`,
                                          `t179`.`views`,
                                          `t179`.`likes`,
                                          `t179`.`comments`,
                                          `t179`.`shares`,
                                          `t179`.`saves`,
                                          `t179`.`clicks`,
                                          `t179`.`reach__provenance`,
                                          `t179`.`impressions__provenance`,
                                          `t179`.`views__provenance`,
                                          `t179`.`likes__provenance`,
                                          `t179`.`comments__provenance`,
                                          `t179`.`shares__provenance`,
                                          `t179`.`saves__provenance`,
                                          `t179`.`clicks__provenance`,
                                          `t179`.`followers`,
                                          `t179`.`followers__provenance`,
                                          `t179`.`engagements`,
                                          `t179`.`engagements__provenance`,
                                          `t179`.`impressions_with_estimates`,
                                          `t179`.`impressions_with_estimates__provenance`,
                                          `t179`.`er_reach_post`,
                                          `t179`.`er_followers_post`,
                                          `t179`.`er_impressions_post`,
                                          `t179`.`er_views_post`,
                                          `t179`.`er_reach_post__provenance`,
                                          `t179`.`er_followers_post__provenance`,
                                          `t179`.`er_impressions_post__provenance`,
                                          `t179`.`er_views_post__provenance`,
                                          `t179`.`post_platform`,
                                          `t179`.`publishing_influencer`,
                                          `t179`.`sponsored_posts`,
                                          `t179`.`disclosed_sponsored_posts`,
                                          `t179`.`cost`,
                                          `t187`.`key_message_posts`
                                        FROM (
                                          SELECT
                                            `t167`.`campaign_id`,
                                            `t167`.`campaign`,
                                            `t167`.`influencer_id`,
                                            `t167`.`influencer`,
                                            `t167`.`account_id`,
                                            `t167`.`platform`,
                                            `t167`.`format`,
                                            `t167`.`post_id`,
                                            `t167`.`day`,
                                            `t167`.`country`,
                                            `t167`.`caption`,
                                            `t167`.`sponsored`,
                                            `t167`.`reach`,
                                            `t167`.`impressions`,
                                            `t167`.`views`,
                                            `t167`.`likes`,
                                            `t167`.`comments`,
                                            `t167`.`shares`,
                                            `t167`.`saves`,
                                            `t167`.`clicks`,
                                            `t167`.`reach__provenance`,
                                            `t167`.`impressions__provenance`,
                                            `t167`.`views__provenance`,
                                            `t167`.`likes__provenance`,
                                            `t167`.`comments__provenance`,
                                            `t167`.`shares__provenance`,
                                            `t167`.`saves__provenance`,
                                            `t167`.`clicks__provenance`,
                                            `t167`.`followers`,
                                            `t167`.`followers__provenance`,
                                            `t167`.`engagements`,
                                            `t167`.`engagements__provenance`,
                                            `t167`.`impressions_with_estimates`,
                                            `t167`.`impressions_with_estimates__provenance`,
                                            `t167`.`er_reach_post`,
                                            `t167`.`er_followers_post`,
                                            `t167`.`er_impressions_post`,
                                            `t167`.`er_views_post`,
                                            `t167`.`er_reach_post__provenance`,
                                            `t167`.`er_followers_post__provenance`,
                                            `t167`.`er_impressions_post__provenance`,
                                            `t167`.`er_views_post__provenance`,
                                            `t167`.`post_platform`,
                                            `t167`.`publishing_influencer`,
                                            `t167`.`sponsored_posts`,
                                            `t167`.`disclosed_sponsored_posts`,
                                            `t142`.`cost`
                                          FROM (
                                            SELECT
                                              `t152`.`campaign_id`,
                                              `t152`.`campaign`,
                                              `t152`.`influencer_id`,
                                              `t152`.`influencer`,
                                              `t152`.`account_id`,
                                              `t152`.`platform`,
                                              `t152`.`format`,
                                              `t152`.`post_id`,
                                              `t152`.`day`,
                                              `t152`.`country`,
                                              `t152`.`caption`,
                                              `t152`.`sponsored`,
                                              `t152`.`reach`,
                                              `t152`.`impressions`,
                                              `t152`.`views`,
                                              `t152`.`likes`,
                                              `t152`.`comments`,
                                              `t152`.`shares`,
                                              `t152`.`saves`,
                                              `t152`.`clicks`,
                                              `t152`.`reach__provenance`,
                                              `t152`.`impressions__provenance`,
                                              `t152`.`views__provenance`,
                                              `t152`.`likes__provenance`,
                                              `t152`.`comments__provenance`,
                                              `t152`.`shares__provenance`,
                                              `t152`.`saves__provenance`,
                                              `t152`.`clicks__provenance`,
                                              `t152`.`followers`,
                                              `t152`.`followers__provenance`,
                                              `t152`.`engagements`,
                                              `t152`.`engagements__provenance`,
                                              COALESCE(
                                                COALESCE(`t152`.`impressions`, `t152`.`views`),
                                                `t152`.`reach` * COALESCE(
                                                  ieee_divide(
                                                    SUM(
                                                      IF(
                                                        (
                                                          `t152`.`impressions` IS NOT NULL
                                                        ) AND (
                                                          `t152`.`reach` IS NOT NULL
                                                        ),
                                                        `t152`.`impressions`,
                                                        NULL
                                                      )
                                                    ) OVER (
                                                      PARTITION BY `t152`.`campaign_id`, `t152`.`platform`
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                    ),
                                                    NULLIF(
                                                      SUM(
                                                        IF(
                                                          (
                                                            `t152`.`impressions` IS NOT NULL
                                                          ) AND (
                                                            `t152`.`reach` IS NOT NULL
                                                          ),
                                                          `t152`.`reach`,
                                                          NULL
                                                        )
                                                      ) OVER (
                                                        PARTITION BY `t152`.`campaign_id`, `t152`.`platform`
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                      ),
                                                      0
                                                    )
                                                  ),
                                                  CAST(1 AS FLOAT64)
                                                )
                                              ) AS `impressions_with_estimates`,
                                              IF(
                                                COALESCE(
                                                  COALESCE(`t152`.`impressions`, `t152`.`views`),
                                                  `t152`.`reach` * COALESCE(
                                                    ieee_divide(
                                                      SUM(
                                                        IF(
                                                          (
                                                            `t152`.`impressions` IS NOT NULL
                                                          ) AND (
                                                            `t152`.`reach` IS NOT NULL
                                                          ),
                                                          `t152`.`impressions`,
                                                          NULL
                                                        )
                                                      ) OVER (
                                                        PARTITION BY `t152`.`campaign_id`, `t152`.`platform`
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                      ),
                                                      NULLIF(
                                                        SUM(
                                                          IF(
                                                            (
                                                              `t152`.`impressions` IS NOT NULL
                                                            ) AND (
                                                              `t152`.`reach` IS NOT NULL
                                                            ),
                                                            `t152`.`reach`,
                                                            NULL
                                                          )
                                                        ) OVER (
                                                          PARTITION BY `t152`.`campaign_id`, `t152`.`platform`
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                        ),
                                                        0
                                                      )
                                                    ),
                                                    CAST(1 AS FLOAT64)
                                                  )
                                                ) IS NOT NULL,
                                                IF(`t152`.`impressions` IS NOT NULL, `t152`.`impressions__provenance`, 2),
                                                CAST(NULL AS INT64)
                                              ) AS `impressions_with_estimates__provenance`,
                                              ieee_divide(`t152`.`engagements`, NULLIF(`t152`.`reach`, 0)) * 100 AS `er_reach_post`,
                                              ieee_divide(`t152`.`engagements`, NULLIF(`t152`.`followers`, 0)) * 100 AS `er_followers_post`,
                                              ieee_divide(`t152`.`engagements`, NULLIF(`t152`.`impressions`, 0)) * 100 AS `er_impressions_post`,
                                              ieee_divide(`t152`.`engagements`, NULLIF(`t152`.`views`, 0)) * 100 AS `er_views_post`,
                                              NULLIF(
                                                GREATEST(
                                                  COALESCE(`t152`.`engagements__provenance`, -1),
                                                  COALESCE(`t152`.`reach__provenance`, -1)
                                                ),
                                                -1
                                              ) AS `er_reach_post__provenance`,
                                              NULLIF(
                                                GREATEST(
                                                  COALESCE(`t152`.`engagements__provenance`, -1),
                                                  COALESCE(`t152`.`followers__provenance`, -1)
                                                ),
                                                -1
                                              ) AS `er_followers_post__provenance`,
                                              NULLIF(
                                                GREATEST(
                                                  COALESCE(`t152`.`engagements__provenance`, -1),
                                                  COALESCE(`t152`.`impressions__provenance`, -1)
                                                ),
                                                -1
                                              ) AS `er_impressions_post__provenance`,
                                              NULLIF(
                                                GREATEST(
                                                  COALESCE(`t152`.`engagements__provenance`, -1),
                                                  COALESCE(`t152`.`views__provenance`, -1)
                                                ),
                                                -1
                                              ) AS `er_views_post__provenance`,
                                              `t152`.`platform` AS `post_platform`,
                                              `t152`.`influencer_id` AS `publishing_influencer`,
                                              CAST(IF(`t152`.`sponsored`, 1, 0) AS FLOAT64) AS `sponsored_posts`,
                                              CAST(IF(
                                                `t152`.`sponsored`
                                                AND CASE
                                                  WHEN UPPER(`t152`.`country`) = 'FR'
                                                  THEN (
                                                    INSTR(LOWER(`t152`.`caption`), 'publicité') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'publicite') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'collaboration commerciale') > 0
                                                  )
                                                  WHEN UPPER(`t152`.`country`) = 'BE'
                                                  THEN (
                                                    INSTR(LOWER(`t152`.`caption`), 'publicité') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'publicite') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'collaboration commerciale') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), '#pub') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'reclame') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), '#ad') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'samenwerking') > 0
                                                  )
                                                  WHEN UPPER(`t152`.`country`) = 'DE'
                                                  THEN (
                                                    INSTR(LOWER(`t152`.`caption`), 'werbung') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'anzeige') > 0
                                                  )
                                                  WHEN UPPER(`t152`.`country`) = 'ES'
                                                  THEN (
                                                    INSTR(LOWER(`t152`.`caption`), 'publicidad') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), '#publi') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'patrocinado') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'colaboración pagada') > 0
                                                  )
                                                  WHEN UPPER(`t152`.`country`) = 'IT'
                                                  THEN (
                                                    INSTR(LOWER(`t152`.`caption`), 'pubblicità') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), '#adv') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'sponsorizzato') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), '#sponsored') > 0
                                                  )
                                                  WHEN UPPER(`t152`.`country`) = 'GB'
                                                  THEN (
                                                    INSTR(LOWER(`t152`.`caption`), '#ad') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'advert') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'advertisement') > 0
                                                  )
                                                  WHEN UPPER(`t152`.`country`) = 'US'
                                                  THEN (
                                                    INSTR(LOWER(`t152`.`caption`), '#ad') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), '#sponsored') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'advertisement') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'paid partnership') > 0
                                                  )
                                                  ELSE (
                                                    INSTR(LOWER(`t152`.`caption`), '#ad') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), '#sponsored') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'paid partnership') > 0
                                                  )
                                                  OR (
                                                    INSTR(LOWER(`t152`.`caption`), 'advertisement') > 0
                                                  )
                                                END,
                                                1,
                                                0
                                              ) AS FLOAT64) AS `disclosed_sponsored_posts`
                                            FROM (
                                              SELECT
                                                `t143`.`campaign_id`,
                                                `t143`.`campaign`,
                                                `t143`.`influencer_id`,
                                                `t143`.`influencer`,
                                                `t143`.`account_id`,
                                                `t143`.`platform`,
                                                `t143`.`format`,
                                                `t143`.`post_id`,
                                                `t143`.`day`,
                                                `t143`.`country`,
                                                `t143`.`caption`,
                                                `t143`.`sponsored`,
                                                `t143`.`reach`,
                                                `t143`.`impressions`,
                                                `t143`.`views`,
                                                `t143`.`likes`,
                                                `t143`.`comments`,
                                                `t143`.`shares`,
                                                `t143`.`saves`,
                                                `t143`.`clicks`,
                                                `t143`.`reach__provenance`,
                                                `t143`.`impressions__provenance`,
                                                `t143`.`views__provenance`,
                                                `t143`.`likes__provenance`,
                                                `t143`.`comments__provenance`,
                                                `t143`.`shares__provenance`,
                                                `t143`.`saves__provenance`,
                                                `t143`.`clicks__provenance`,
                                                `t143`.`followers`,
                                                `t143`.`followers__provenance`,
                                                IF(
                                                  (
                                                    `t143`.`likes` IS NOT NULL
                                                  )
                                                  OR (
                                                    `t143`.`comments` IS NOT NULL
                                                  )
                                                  OR (
                                                    `t143`.`shares` IS NOT NULL
                                                  )
                                                  OR (
                                                    `t143`.`saves` IS NOT NULL
                                                  ),
                                                  CAST(0 AS FLOAT64) + COALESCE(`t143`.`likes`, 0) + COALESCE(`t143`.`comments`, 0) + COALESCE(`t143`.`shares`, 0) + COALESCE(`t143`.`saves`, 0),
                                                  CAST(NULL AS FLOAT64)
                                                ) AS `engagements`,
                                                NULLIF(
                                                  GREATEST(
                                                    COALESCE(`t143`.`likes__provenance`, -1),
                                                    COALESCE(`t143`.`comments__provenance`, -1),
                                                    COALESCE(`t143`.`shares__provenance`, -1),
                                                    COALESCE(`t143`.`saves__provenance`, -1)
                                                  ),
                                                  -1
                                                ) AS `engagements__provenance`
                                              FROM (
                                                SELECT
                                                  `t104`.`campaign_id`,
                                                  `t104`.`campaign`,
                                                  `t104`.`influencer_id`,
                                                  `t104`.`influencer`,
                                                  `t104`.`account_id`,
                                                  `t104`.`platform`,
                                                  `t104`.`format`,
                                                  `t104`.`post_id`,
                                                  `t104`.`day`,
                                                  `t104`.`country`,
                                                  `t104`.`caption`,
                                                  `t104`.`sponsored`,
                                                  `t122`.`reach`,
                                                  `t122`.`impressions`,
                                                  `t122`.`views`,
                                                  `t122`.`likes`,
                                                  `t122`.`comments`,
                                                  `t122`.`shares`,
                                                  `t122`.`saves`,
                                                  `t122`.`clicks`,
                                                  `t122`.`reach__provenance`,
                                                  `t122`.`impressions__provenance`,
                                                  `t122`.`views__provenance`,
                                                  `t122`.`likes__provenance`,
                                                  `t122`.`comments__provenance`,
                                                  `t122`.`shares__provenance`,
                                                  `t122`.`saves__provenance`,
                                                  `t122`.`clicks__provenance`,
                                                  `t130`.`followers`,
                                                  `t130`.`followers__provenance`
                                                FROM `t77` AS `t104`
                                                LEFT OUTER JOIN (
                                                  SELECT
                                                    CAST(`t78`.`post_id` AS INT64) AS `post_id`,
                                                    CAST(MAX_BY(
                                                      IF(`t78`.`metric` = 'reach', `t78`.`value`, NULL),
                                                      IF(
                                                        `t78`.`metric` = 'reach',
                                                        (
                                                          DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                    ) AS FLOAT64) AS `reach`,
                                                    CAST(MAX_BY(
                                                      IF(`t78`.`metric` = 'impressions', `t78`.`value`, NULL),
                                                      IF(
                                                        `t78`.`metric` = 'impressions',
                                                        (
                                                          DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                    ) AS FLOAT64) AS `impressions`,
                                                    CAST(MAX_BY(
                                                      IF(`t78`.`metric` = 'views', `t78`.`value`, NULL),
                                                      IF(
                                                        `t78`.`metric` = 'views',
                                                        (
                                                          DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                    ) AS FLOAT64) AS `views`,
                                                    CAST(MAX_BY(
                                                      IF(`t78`.`metric` = 'likes', `t78`.`value`, NULL),
                                                      IF(
                                                        `t78`.`metric` = 'likes',
                                                        (
                                                          DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                    ) AS FLOAT64) AS `likes`,
                                                    CAST(MAX_BY(
                                                      IF(`t78`.`metric` = 'comments', `t78`.`value`, NULL),
                                                      IF(
                                                        `t78`.`metric` = 'comments',
                                                        (
                                                          DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                    ) AS FLOAT64) AS `comments`,
                                                    CAST(MAX_BY(
                                                      IF(`t78`.`metric` = 'shares', `t78`.`value`, NULL),
                                                      IF(
                                                        `t78`.`metric` = 'shares',
                                                        (
                                                          DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                    ) AS FLOAT64) AS `shares`,
                                                    CAST(MAX_BY(
                                                      IF(`t78`.`metric` = 'saves', `t78`.`value`, NULL),
                                                      IF(
                                                        `t78`.`metric` = 'saves',
                                                        (
                                                          DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                    ) AS FLOAT64) AS `saves`,
                                                    CAST(MAX_BY(
                                                      IF(`t78`.`metric` = 'clicks', `t78`.`value`, NULL),
                                                      IF(
                                                        `t78`.`metric` = 'clicks',
                                                        (
                                                          DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                    ) AS FLOAT64) AS `clicks`,
                                                    15 - (
                                                      MOD(
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'reach',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ),
                                                        16
                                                      )
                                                    ) AS `reach__provenance`,
                                                    15 - (
                                                      MOD(
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'impressions',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ),
                                                        16
                                                      )
                                                    ) AS `impressions__provenance`,
                                                    15 - (
                                                      MOD(
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'views',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ),
                                                        16
                                                      )
                                                    ) AS `views__provenance`,
                                                    15 - (
                                                      MOD(
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'likes',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ),
                                                        16
                                                      )
                                                    ) AS `likes__provenance`,
                                                    15 - (
                                                      MOD(
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'comments',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ),
                                                        16
                                                      )
                                                    ) AS `comments__provenance`,
                                                    15 - (
                                                      MOD(
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'shares',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ),
                                                        16
                                                      )
                                                    ) AS `shares__provenance`,
                                                    15 - (
                                                      MOD(
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'saves',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ),
                                                        16
                                                      )
                                                    ) AS `saves__provenance`,
                                                    15 - (
                                                      MOD(
                                                        MAX(
                                                          IF(
                                                            `t78`.`metric` = 'clicks',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ),
                                                        16
                                                      )
                                                    ) AS `clicks__provenance`
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM `metric_snapshot` AS `t14`
                                                      WHERE
                                                        `t14`.`post_id` IN (
                                                          SELECT
                                                            `t11`.`id`
                                                          FROM `post` AS `t11`
                                                          WHERE
                                                            `t11`.`campaign_id` IS NOT NULL AND `t11`.`campaign_id` IN (1)
                                                        )
                                                    ) AS `t57`
                                                    WHERE
                                                      `t57`.`captured_at` <= DATETIME('2026-03-31T23:59:59')
                                                  ) AS `t78`
                                                  GROUP BY
                                                    1
                                                ) AS `t122`
                                                  ON `t104`.`post_id` = `t122`.`post_id`
                                                LEFT OUTER JOIN (
                                                  SELECT
                                                    `t108`.`post_id`,
                                                    CAST(IF(`t108`.`before` IS NOT NULL, `t108`.`before`, `t108`.`after`) AS FLOAT64) AS `followers`,
                                                    IF(`t108`.`before` IS NOT NULL, `t108`.`before_rank`, `t108`.`after_rank`) AS `followers__provenance`
                                                  FROM (
                                                    SELECT
                                                      CAST(`t79`.`post_id` AS INT64) AS `post_id`,
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
                                                        `t51`.`post_id`,
                                                        `t51`.`account_id`,
                                                        `t51`.`published_at`,
                                                        `t26`.`id`,
                                                        `t26`.`captured_at`,
                                                        `t26`.`followers`,
                                                        `t26`.`source`,
                                                        `t26`.`provenance`
                                                      FROM (
                                                        SELECT
                                                          `t11`.`id` AS `post_id`,
                                                          `t11`.`account_id`,
                                                          `t11`.`published_at`
                                                        FROM `post` AS `t11`
                                                        WHERE
                                                          `t11`.`campaign_id` IS NOT NULL AND `t11`.`campaign_id` IN (1)
                                                      ) AS `t51`
                                                      INNER JOIN `follower_snapshot` AS `t26`
                                                        ON `t51`.`account_id` = `t26`.`account_id`
                                                    ) AS `t79`
                                                    GROUP BY
                                                      1
                                                  ) AS `t108`
                                                ) AS `t130`
                                                  ON `t104`.`post_id` = `t130`.`post_id`
                                              ) AS `t143`
                                            ) AS `t152`
                                          ) AS `t167`
                                          LEFT OUTER JOIN (
                                            SELECT
                                              `t129`.`post_id`,
                                              SUM(`t129`.`cost`) AS `cost`
                                            FROM (
                                              SELECT
                                                `t116`.`post_id`,
                                                ieee_divide(`t102`.`amount`, `t116`.`n_posts`) AS `cost`
                                              FROM `t75` AS `t102`
                                              INNER JOIN (
                                                SELECT
                                                  `t95`.`campaign_id`,
                                                  `t95`.`campaign`,
                                                  `t95`.`influencer_id`,
                                                  `t95`.`influencer`,
                                                  `t95`.`account_id`,
                                                  `t95`.`platform`,
                                                  `t95`.`format`,
                                                  `t95`.`post_id`,
                                                  `t95`.`day`,
                                                  `t95`.`country`,
                                                  `t95`.`caption`,
                                                  `t95`.`sponsored`,
                                                  COUNT(`t95`.`post_id`) OVER (
                                                    PARTITION BY `t95`.`campaign_id`, `t95`.`influencer_id`
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  ) AS `n_posts`
                                                FROM `t77` AS `t95`
                                              ) AS `t116`
                                                ON `t102`.`campaign_id` = `t116`.`campaign_id`
                                                AND `t102`.`influencer_id` = `t116`.`influencer_id`
                                            ) AS `t129`
                                            GROUP BY
                                              1
                                          ) AS `t142`
                                            ON `t167`.`post_id` = `t142`.`post_id`
                                        ) AS `t179`
                                        LEFT OUTER JOIN (
                                          SELECT
                                            `t180`.`post_id`,
                                            MAX(
                                              CAST(IF(INSTR(LOWER(`t180`.`caption`), LOWER(`t180`.`message`)) > 0, 1, 0) AS FLOAT64)
                                            ) AS `key_message_posts`
                                          FROM (
                                            SELECT
                                              `t172`.`campaign_id`,
                                              `t172`.`post_id`,
                                              `t172`.`caption`,
                                              `t81`.`message`
                                            FROM (
                                              SELECT
                                                `t165`.`campaign_id`,
                                                `t165`.`post_id`,
                                                `t165`.`caption`
                                              FROM (
                                                SELECT
                                                  `t152`.`campaign_id`,
                                                  `t152`.`campaign`,
                                                  `t152`.`influencer_id`,
                                                  `t152`.`influencer`,
                                                  `t152`.`account_id`,
                                                  `t152`.`platform`,
                                                  `t152`.`format`,
                                                  `t152`.`post_id`,
                                                  `t152`.`day`,
                                                  `t152`.`country`,
                                                  `t152`.`caption`,
                                                  `t152`.`sponsored`,
                                                  `t152`.`reach`,
                                                  `t152`.`impressions`,
                                                  `t152`.`views`,
                                                  `t152`.`likes`,
                                                  `t152`.`comments`,
                                                  `t152`.`shares`,
                                                  `t152`.`saves`,
                                                  `t152`.`clicks`,
                                                  `t152`.`reach__provenance`,
                                                  `t152`.`impressions__provenance`,
                                                  `t152`.`views__provenance`,
                                                  `t152`.`likes__provenance`,
                                                  `t152`.`comments__provenance`,
                                                  `t152`.`shares__provenance`,
                                                  `t152`.`saves__provenance`,
                                                  `t152`.`clicks__provenance`,
                                                  `t152`.`followers`,
                                                  `t152`.`followers__provenance`,
                                                  `t152`.`engagements`,
                                                  `t152`.`engagements__provenance`,
                                                  COALESCE(
                                                    COALESCE(`t152`.`impressions`, `t152`.`views`),
                                                    `t152`.`reach` * COALESCE(
                                                      ieee_divide(
                                                        SUM(
                                                          IF(
                                                            (
                                                              `t152`.`impressions` IS NOT NULL
                                                            ) AND (
                                                              `t152`.`reach` IS NOT NULL
                                                            ),
                                                            `t152`.`impressions`,
                                                            NULL
                                                          )
                                                        ) OVER (
                                                          PARTITION BY `t152`.`campaign_id`, `t152`.`platform`
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                        ),
                                                        NULLIF(
                                                          SUM(
                                                            IF(
                                                              (
                                                                `t152`.`impressions` IS NOT NULL
                                                              ) AND (
                                                                `t152`.`reach` IS NOT NULL
                                                              ),
                                                              `t152`.`reach`,
                                                              NULL
                                                            )
                                                          ) OVER (
                                                            PARTITION BY `t152`.`campaign_id`, `t152`.`platform`
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                          ),
                                                          0
                                                        )
                                                      ),
                                                      CAST(1 AS FLOAT64)
                                                    )
                                                  ) AS `impressions_with_estimates`,
                                                  IF(
                                                    COALESCE(
                                                      COALESCE(`t152`.`impressions`, `t152`.`views`),
                                                      `t152`.`reach` * COALESCE(
                                                        ieee_divide(
                                                          SUM(
                                                            IF(
                                                              (
                                                                `t152`.`impressions` IS NOT NULL
                                                              ) AND (
                                                                `t152`.`reach` IS NOT NULL
                                                              ),
                                                              `t152`.`impressions`,
                                                              NULL
                                                            )
                                                          ) OVER (
                                                            PARTITION BY `t152`.`campaign_id`, `t152`.`platform`
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                          ),
                                                          NULLIF(
                                                            SUM(
                                                              IF(
                                                                (
                                                                  `t152`.`impressions` IS NOT NULL
                                                                ) AND (
                                                                  `t152`.`reach` IS NOT NULL
                                                                ),
                                                                `t152`.`reach`,
                                                                NULL
                                                              )
                                                            ) OVER (
                                                              PARTITION BY `t152`.`campaign_id`, `t152`.`platform`
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                            ),
                                                            0
                                                          )
                                                        ),
                                                        CAST(1 AS FLOAT64)
                                                      )
                                                    ) IS NOT NULL,
                                                    IF(`t152`.`impressions` IS NOT NULL, `t152`.`impressions__provenance`, 2),
                                                    CAST(NULL AS INT64)
                                                  ) AS `impressions_with_estimates__provenance`,
                                                  ieee_divide(`t152`.`engagements`, NULLIF(`t152`.`reach`, 0)) * 100 AS `er_reach_post`,
                                                  ieee_divide(`t152`.`engagements`, NULLIF(`t152`.`followers`, 0)) * 100 AS `er_followers_post`,
                                                  ieee_divide(`t152`.`engagements`, NULLIF(`t152`.`impressions`, 0)) * 100 AS `er_impressions_post`,
                                                  ieee_divide(`t152`.`engagements`, NULLIF(`t152`.`views`, 0)) * 100 AS `er_views_post`,
                                                  NULLIF(
                                                    GREATEST(
                                                      COALESCE(`t152`.`engagements__provenance`, -1),
                                                      COALESCE(`t152`.`reach__provenance`, -1)
                                                    ),
                                                    -1
                                                  ) AS `er_reach_post__provenance`,
                                                  NULLIF(
                                                    GREATEST(
                                                      COALESCE(`t152`.`engagements__provenance`, -1),
                                                      COALESCE(`t152`.`followers__provenance`, -1)
                                                    ),
                                                    -1
                                                  ) AS `er_followers_post__provenance`,
                                                  NULLIF(
                                                    GREATEST(
                                                      COALESCE(`t152`.`engagements__provenance`, -1),
                                                      COALESCE(`t152`.`impressions__provenance`, -1)
                                                    ),
                                                    -1
                                                  ) AS `er_impressions_post__provenance`,
                                                  NULLIF(
                                                    GREATEST(
                                                      COALESCE(`t152`.`engagements__provenance`, -1),
                                                      COALESCE(`t152`.`views__provenance`, -1)
                                                    ),
                                                    -1
                                                  ) AS `er_views_post__provenance`,
                                                  `t152`.`platform` AS `post_platform`,
                                                  `t152`.`influencer_id` AS `publishing_influencer`,
                                                  CAST(IF(`t152`.`sponsored`, 1, 0) AS FLOAT64) AS `sponsored_posts`,
                                                  CAST(IF(
                                                    `t152`.`sponsored`
                                                    AND CASE
                                                      WHEN UPPER(`t152`.`country`) = 'FR'
                                                      THEN (
                                                        INSTR(LOWER(`t152`.`caption`), 'publicité') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'publicite') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'collaboration commerciale') > 0
                                                      )
                                                      WHEN UPPER(`t152`.`country`) = 'BE'
                                                      THEN (
                                                        INSTR(LOWER(`t152`.`caption`), 'publicité') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'publicite') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'collaboration commerciale') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), '#pub') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'reclame') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), '#ad') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'samenwerking') > 0
                                                      )
                                                      WHEN UPPER(`t152`.`country`) = 'DE'
                                                      THEN (
                                                        INSTR(LOWER(`t152`.`caption`), 'werbung') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'anzeige') > 0
                                                      )
                                                      WHEN UPPER(`t152`.`country`) = 'ES'
                                                      THEN (
                                                        INSTR(LOWER(`t152`.`caption`), 'publicidad') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), '#publi') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'patrocinado') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'colaboración pagada') > 0
                                                      )
                                                      WHEN UPPER(`t152`.`country`) = 'IT'
                                                      THEN (
                                                        INSTR(LOWER(`t152`.`caption`), 'pubblicità') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), '#adv') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'sponsorizzato') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), '#sponsored') > 0
                                                      )
                                                      WHEN UPPER(`t152`.`country`) = 'GB'
                                                      THEN (
                                                        INSTR(LOWER(`t152`.`caption`), '#ad') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'advert') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'advertisement') > 0
                                                      )
                                                      WHEN UPPER(`t152`.`country`) = 'US'
                                                      THEN (
                                                        INSTR(LOWER(`t152`.`caption`), '#ad') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), '#sponsored') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'advertisement') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'paid partnership') > 0
                                                      )
                                                      ELSE (
                                                        INSTR(LOWER(`t152`.`caption`), '#ad') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), '#sponsored') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'paid partnership') > 0
                                                      )
                                                      OR (
                                                        INSTR(LOWER(`t152`.`caption`), 'advertisement') > 0
                                                      )
                                                    END,
                                                    1,
                                                    0
                                                  ) AS FLOAT64) AS `disclosed_sponsored_posts`
                                                FROM (
                                                  SELECT
                                                    `t143`.`campaign_id`,
                                                    `t143`.`campaign`,
                                                    `t143`.`influencer_id`,
                                                    `t143`.`influencer`,
                                                    `t143`.`account_id`,
                                                    `t143`.`platform`,
                                                    `t143`.`format`,
                                                    `t143`.`post_id`,
                                                    `t143`.`day`,
                                                    `t143`.`country`,
                                                    `t143`.`caption`,
                                                    `t143`.`sponsored`,
                                                    `t143`.`reach`,
                                                    `t143`.`impressions`,
                                                    `t143`.`views`,
                                                    `t143`.`likes`,
                                                    `t143`.`comments`,
                                                    `t143`.`shares`,
                                                    `t143`.`saves`,
                                                    `t143`.`clicks`,
                                                    `t143`.`reach__provenance`,
                                                    `t143`.`impressions__provenance`,
                                                    `t143`.`views__provenance`,
                                                    `t143`.`likes__provenance`,
                                                    `t143`.`comments__provenance`,
                                                    `t143`.`shares__provenance`,
                                                    `t143`.`saves__provenance`,
                                                    `t143`.`clicks__provenance`,
                                                    `t143`.`followers`,
                                                    `t143`.`followers__provenance`,
                                                    IF(
                                                      (
                                                        `t143`.`likes` IS NOT NULL
                                                      )
                                                      OR (
                                                        `t143`.`comments` IS NOT NULL
                                                      )
                                                      OR (
                                                        `t143`.`shares` IS NOT NULL
                                                      )
                                                      OR (
                                                        `t143`.`saves` IS NOT NULL
                                                      ),
                                                      CAST(0 AS FLOAT64) + COALESCE(`t143`.`likes`, 0) + COALESCE(`t143`.`comments`, 0) + COALESCE(`t143`.`shares`, 0) + COALESCE(`t143`.`saves`, 0),
                                                      CAST(NULL AS FLOAT64)
                                                    ) AS `engagements`,
                                                    NULLIF(
                                                      GREATEST(
                                                        COALESCE(`t143`.`likes__provenance`, -1),
                                                        COALESCE(`t143`.`comments__provenance`, -1),
                                                        COALESCE(`t143`.`shares__provenance`, -1),
                                                        COALESCE(`t143`.`saves__provenance`, -1)
                                                      ),
                                                      -1
                                                    ) AS `engagements__provenance`
                                                  FROM (
                                                    SELECT
                                                      `t104`.`campaign_id`,
                                                      `t104`.`campaign`,
                                                      `t104`.`influencer_id`,
                                                      `t104`.`influencer`,
                                                      `t104`.`account_id`,
                                                      `t104`.`platform`,
                                                      `t104`.`format`,
                                                      `t104`.`post_id`,
                                                      `t104`.`day`,
                                                      `t104`.`country`,
                                                      `t104`.`caption`,
                                                      `t104`.`sponsored`,
                                                      `t122`.`reach`,
                                                      `t122`.`impressions`,
                                                      `t122`.`views`,
                                                      `t122`.`likes`,
                                                      `t122`.`comments`,
                                                      `t122`.`shares`,
                                                      `t122`.`saves`,
                                                      `t122`.`clicks`,
                                                      `t122`.`reach__provenance`,
                                                      `t122`.`impressions__provenance`,
                                                      `t122`.`views__provenance`,
                                                      `t122`.`likes__provenance`,
                                                      `t122`.`comments__provenance`,
                                                      `t122`.`shares__provenance`,
                                                      `t122`.`saves__provenance`,
                                                      `t122`.`clicks__provenance`,
                                                      `t130`.`followers`,
                                                      `t130`.`followers__provenance`
                                                    FROM `t77` AS `t104`
                                                    LEFT OUTER JOIN (
                                                      SELECT
                                                        CAST(`t78`.`post_id` AS INT64) AS `post_id`,
                                                        CAST(MAX_BY(
                                                          IF(`t78`.`metric` = 'reach', `t78`.`value`, NULL),
                                                          IF(
                                                            `t78`.`metric` = 'reach',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ) AS FLOAT64) AS `reach`,
                                                        CAST(MAX_BY(
                                                          IF(`t78`.`metric` = 'impressions', `t78`.`value`, NULL),
                                                          IF(
                                                            `t78`.`metric` = 'impressions',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ) AS FLOAT64) AS `impressions`,
                                                        CAST(MAX_BY(
                                                          IF(`t78`.`metric` = 'views', `t78`.`value`, NULL),
                                                          IF(
                                                            `t78`.`metric` = 'views',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ) AS FLOAT64) AS `views`,
                                                        CAST(MAX_BY(
                                                          IF(`t78`.`metric` = 'likes', `t78`.`value`, NULL),
                                                          IF(
                                                            `t78`.`metric` = 'likes',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ) AS FLOAT64) AS `likes`,
                                                        CAST(MAX_BY(
                                                          IF(`t78`.`metric` = 'comments', `t78`.`value`, NULL),
                                                          IF(
                                                            `t78`.`metric` = 'comments',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ) AS FLOAT64) AS `comments`,
                                                        CAST(MAX_BY(
                                                          IF(`t78`.`metric` = 'shares', `t78`.`value`, NULL),
                                                          IF(
                                                            `t78`.`metric` = 'shares',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ) AS FLOAT64) AS `shares`,
                                                        CAST(MAX_BY(
                                                          IF(`t78`.`metric` = 'saves', `t78`.`value`, NULL),
                                                          IF(
                                                            `t78`.`metric` = 'saves',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ) AS FLOAT64) AS `saves`,
                                                        CAST(MAX_BY(
                                                          IF(`t78`.`metric` = 'clicks', `t78`.`value`, NULL),
                                                          IF(
                                                            `t78`.`metric` = 'clicks',
                                                            (
                                                              DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                        ) AS FLOAT64) AS `clicks`,
                                                        15 - (
                                                          MOD(
                                                            MAX(
                                                              IF(
                                                                `t78`.`metric` = 'reach',
                                                                (
                                                                  DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                            ),
                                                            16
                                                          )
                                                        ) AS `reach__provenance`,
                                                        15 - (
                                                          MOD(
                                                            MAX(
                                                              IF(
                                                                `t78`.`metric` = 'impressions',
                                                                (
                                                                  DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                            ),
                                                            16
                                                          )
                                                        ) AS `impressions__provenance`,
                                                        15 - (
                                                          MOD(
                                                            MAX(
                                                              IF(
                                                                `t78`.`metric` = 'views',
                                                                (
                                                                  DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                            ),
                                                            16
                                                          )
                                                        ) AS `views__provenance`,
                                                        15 - (
                                                          MOD(
                                                            MAX(
                                                              IF(
                                                                `t78`.`metric` = 'likes',
                                                                (
                                                                  DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                            ),
                                                            16
                                                          )
                                                        ) AS `likes__provenance`,
                                                        15 - (
                                                          MOD(
                                                            MAX(
                                                              IF(
                                                                `t78`.`metric` = 'comments',
                                                                (
                                                                  DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                            ),
                                                            16
                                                          )
                                                        ) AS `comments__provenance`,
                                                        15 - (
                                                          MOD(
                                                            MAX(
                                                              IF(
                                                                `t78`.`metric` = 'shares',
                                                                (
                                                                  DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                            ),
                                                            16
                                                          )
                                                        ) AS `shares__provenance`,
                                                        15 - (
                                                          MOD(
                                                            MAX(
                                                              IF(
                                                                `t78`.`metric` = 'saves',
                                                                (
                                                                  DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                            ),
                                                            16
                                                          )
                                                        ) AS `saves__provenance`,
                                                        15 - (
                                                          MOD(
                                                            MAX(
                                                              IF(
                                                                `t78`.`metric` = 'clicks',
                                                                (
                                                                  DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                            ),
                                                            16
                                                          )
                                                        ) AS `clicks__provenance`
                                                      FROM (
                                                        SELECT
                                                          *
                                                        FROM (
                                                          SELECT
                                                            *
                                                          FROM `metric_snapshot` AS `t14`
                                                          WHERE
                                                            `t14`.`post_id` IN (
                                                              SELECT
                                                                `t11`.`id`
                                                              FROM `post` AS `t11`
                                                              WHERE
                                                                `t11`.`campaign_id` IS NOT NULL AND `t11`.`campaign_id` IN (1)
                                                            )
                                                        ) AS `t57`
                                                        WHERE
                                                          `t57`.`captured_at` <= DATETIME('2026-03-31T23:59:59')
                                                      ) AS `t78`
                                                      GROUP BY
                                                        1
                                                    ) AS `t122`
                                                      ON `t104`.`post_id` = `t122`.`post_id`
                                                    LEFT OUTER JOIN (
                                                      SELECT
                                                        `t108`.`post_id`,
                                                        CAST(IF(`t108`.`before` IS NOT NULL, `t108`.`before`, `t108`.`after`) AS FLOAT64) AS `followers`,
                                                        IF(`t108`.`before` IS NOT NULL, `t108`.`before_rank`, `t108`.`after_rank`) AS `followers__provenance`
                                                      FROM (
                                                        SELECT
                                                          CAST(`t79`.`post_id` AS INT64) AS `post_id`,
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
                                                            `t51`.`post_id`,
                                                            `t51`.`account_id`,
                                                            `t51`.`published_at`,
                                                            `t26`.`id`,
                                                            `t26`.`captured_at`,
                                                            `t26`.`followers`,
                                                            `t26`.`source`,
                                                            `t26`.`provenance`
                                                          FROM (
                                                            SELECT
                                                              `t11`.`id` AS `post_id`,
                                                              `t11`.`account_id`,
                                                              `t11`.`published_at`
                                                            FROM `post` AS `t11`
                                                            WHERE
                                                              `t11`.`campaign_id` IS NOT NULL AND `t11`.`campaign_id` IN (1)
                                                          ) AS `t51`
                                                          INNER JOIN `follower_snapshot` AS `t26`
                                                            ON `t51`.`account_id` = `t26`.`account_id`
                                                        ) AS `t79`
                                                        GROUP BY
                                                          1
                                                      ) AS `t108`
                                                    ) AS `t130`
                                                      ON `t104`.`post_id` = `t130`.`post_id`
                                                  ) AS `t143`
                                                ) AS `t152`
                                              ) AS `t165`
                                            ) AS `t172`
                                            INNER JOIN (
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  CAST(`t0`.`id` AS INT64) AS `campaign_id`,
                                                  IF(pos = pos_2, `message`, NULL) AS `message`
                                                FROM `campaign` AS `t0`
                                                CROSS JOIN UNNEST(GENERATE_ARRAY(0, GREATEST(ARRAY_LENGTH(SPLIT(`t0`.`key_messages`, '\n'))) - 1)) AS pos
                                                CROSS JOIN UNNEST(SPLIT(`t0`.`key_messages`, '\n')) AS `message` WITH OFFSET AS pos_2
                                                WHERE
                                                  pos = pos_2
                                                  OR (
                                                    pos > (
                                                      ARRAY_LENGTH(SPLIT(`t0`.`key_messages`, '\n')) - 1
                                                    )
                                                    AND pos_2 = (
                                                      ARRAY_LENGTH(SPLIT(`t0`.`key_messages`, '\n')) - 1
                                                    )
                                                  )
                                              ) AS `t44`
                                              WHERE
                                                LENGTH(`t44`.`message`) > 0
                                            ) AS `t81`
                                              ON `t172`.`campaign_id` = `t81`.`campaign_id`
                                          ) AS `t180`
                                          GROUP BY
                                            1
                                        ) AS `t187`
                                          ON `t179`.`post_id` = `t187`.`post_id`
                                      ) AS `t188`
                                    ) AS `t189`
                                    UNION ALL
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        `t182`.`campaign_id`,
                                        `t182`.`campaign`,
                                        CAST(NULL AS INT64) AS `influencer_id`,
                                        CAST(NULL AS STRING) AS `influencer`,
                                        CAST(NULL AS INT64) AS `account_id`,
                                        `t182`.`platform`,
                                        CAST(NULL AS STRING) AS `format`,
                                        CAST(NULL AS INT64) AS `post_id`,
                                        `t182`.`day`,
                                        CAST(NULL AS FLOAT64) AS `reach`,
                                        CAST(NULL AS FLOAT64) AS `impressions`,
                                        CAST(NULL AS FLOAT64) AS `views`,
                                        CAST(NULL AS FLOAT64) AS `likes`,
                                        CAST(NULL AS FLOAT64) AS `comments`,
                                        CAST(NULL AS FLOAT64) AS `shares`,
                                        CAST(NULL AS FLOAT64) AS `saves`,
                                        CAST(NULL AS FLOAT64) AS `clicks`,
                                        CAST(NULL AS INT64) AS `reach__provenance`,
                                        CAST(NULL AS INT64) AS `impressions__provenance`,
                                        CAST(NULL AS INT64) AS `views__provenance`,
                                        CAST(NULL AS INT64) AS `likes__provenance`,
                                        CAST(NULL AS INT64) AS `comments__provenance`,
                                        CAST(NULL AS INT64) AS `shares__provenance`,
                                        CAST(NULL AS INT64) AS `saves__provenance`,
                                        CAST(NULL AS INT64) AS `clicks__provenance`,
                                        CAST(NULL AS FLOAT64) AS `followers`,
                                        CAST(NULL AS INT64) AS `followers__provenance`,
                                        CAST(NULL AS FLOAT64) AS `engagements`,
                                        CAST(NULL AS INT64) AS `engagements__provenance`,
                                        CAST(NULL AS FLOAT64) AS `impressions_with_estimates`,
                                        CAST(NULL AS INT64) AS `impressions_with_estimates__provenance`,
                                        CAST(NULL AS FLOAT64) AS `er_reach_post`,
                                        CAST(NULL AS FLOAT64) AS `er_followers_post`,
                                        CAST(NULL AS FLOAT64) AS `er_impressions_post`,
                                        CAST(NULL AS FLOAT64) AS `er_views_post`,
                                        CAST(NULL AS INT64) AS `er_reach_post__provenance`,
                                        CAST(NULL AS INT64) AS `er_followers_post__provenance`,
                                        CAST(NULL AS INT64) AS `er_impressions_post__provenance`,
                                        CAST(NULL AS INT64) AS `er_views_post__provenance`,
                                        CAST(NULL AS STRING) AS `post_platform`,
                                        CAST(NULL AS FLOAT64) AS `publishing_influencer`,
                                        CAST(NULL AS FLOAT64) AS `sponsored_posts`,
                                        CAST(NULL AS FLOAT64) AS `disclosed_sponsored_posts`,
                                        CAST(NULL AS FLOAT64) AS `cost`,
                                        CAST(NULL AS FLOAT64) AS `key_message_posts`,
                                        CAST(`t182`.`ugc_post` AS FLOAT64) AS `ugc_post`,
                                        CAST(NULL AS FLOAT64) AS `mentions`,
                                        CAST(NULL AS FLOAT64) AS `brand_mentions`,
                                        CAST(NULL AS FLOAT64) AS `mention_engagements`,
                                        CAST(NULL AS FLOAT64) AS `brand_mention_engagements`,
                                        CAST(NULL AS FLOAT64) AS `followers_start`,
                                        CAST(NULL AS FLOAT64) AS `followers_gained`,
                                        CAST(NULL AS FLOAT64) AS `followers_expected_gain`,
                                        CAST(NULL AS INT64) AS `followers_start__provenance`,
                                        CAST(NULL AS INT64) AS `followers_gained__provenance`,
                                        CAST(NULL AS INT64) AS `followers_expected_gain__provenance`,
                                        CAST(NULL AS FLOAT64) AS `brand_followers_start`,
                                        CAST(NULL AS FLOAT64) AS `brand_followers_gained`,
                                        CAST(NULL AS FLOAT64) AS `brand_followers_expected_gain`,
                                        CAST(NULL AS INT64) AS `brand_followers_start__provenance`,
                                        CAST(NULL AS INT64) AS `brand_followers_gained__provenance`,
                                        CAST(NULL AS INT64) AS `brand_followers_expected_gain__provenance`,
                                        CAST(NULL AS FLOAT64) AS `influencers_contacted`,
                                        CAST(NULL AS FLOAT64) AS `influencers_interested`,
                                        CAST(NULL AS FLOAT64) AS `posts_contracted`,
                                        CAST(NULL AS FLOAT64) AS `products_sent`,
                                        CAST(NULL AS FLOAT64) AS `link_clicks`,
                                        CAST(NULL AS FLOAT64) AS `unique_link_clicks`,
                                        CAST(NULL AS FLOAT64) AS `bot_link_clicks`,
                                        CAST(NULL AS FLOAT64) AS `sessions`,
                                        CAST(NULL AS FLOAT64) AS `new_users`,
                                        CAST(NULL AS FLOAT64) AS `engaged_sessions`,
                                        CAST(NULL AS FLOAT64) AS `bounced_sessions`,
                                        CAST(NULL AS FLOAT64) AS `session_seconds`,
                                        CAST(NULL AS FLOAT64) AS `page_views`,
                                        CAST(NULL AS FLOAT64) AS `key_events`,
                                        CAST(NULL AS FLOAT64) AS `orders`,
                                        CAST(NULL AS FLOAT64) AS `revenue`,
                                        CAST(NULL AS FLOAT64) AS `new_customers`,
                                        CAST(NULL AS FLOAT64) AS `key_messages`
                                      FROM (
                                        SELECT
                                          `t133`.`campaign_id`,
                                          `t133`.`campaign`,
                                          `t133`.`platform`,
                                          `t133`.`day`,
                                          `t133`.`post_id` AS `ugc_post`
                                        FROM (
                                          SELECT DISTINCT
                                            *
                                          FROM (
                                            SELECT
                                              `t82`.`campaign_id`,
                                              `t82`.`campaign`,
                                              `t96`.`post_id`,
                                              `t96`.`influencer_id`,
                                              `t96`.`platform`,
                                              `t96`.`day`
                                            FROM (
                                              SELECT
                                                CAST(`t52`.`id` AS INT64) AS `post_id`,
                                                CAST(`t18`.`id` AS INT64) AS `influencer_id`,
                                                `t18`.`workspace_id`,
                                                `t18`.`is_brand`,
                                                CAST(`t24`.`platform` AS STRING) AS `platform`,
                                                `t52`.`published_on` AS `day`,
                                                `t52`.`hashtags`
                                              FROM (
                                                SELECT
                                                  *
                                                FROM `post` AS `t11`
                                                WHERE
                                                  `t11`.`campaign_id` IS NULL
                                              ) AS `t52`
                                              INNER JOIN `account` AS `t24`
                                                ON `t52`.`account_id` = `t24`.`id`
                                              INNER JOIN `influencer` AS `t18`
                                                ON `t24`.`influencer_id` = `t18`.`id`
                                            ) AS `t96`
                                            INNER JOIN (
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  CAST(`t0`.`id` AS INT64) AS `campaign_id`,
                                                  CAST(`t0`.`name` AS STRING) AS `campaign`,
                                                  `t0`.`workspace_id`,
                                                  `t0`.`start_date` AS `start`,
                                                  `t0`.`end_date` AS `end`,
                                                  IF(pos = pos_2, `tag`, NULL) AS `tag`
                                                FROM `campaign` AS `t0`
                                                CROSS JOIN UNNEST(GENERATE_ARRAY(0, GREATEST(ARRAY_LENGTH(SPLIT(`t0`.`hashtags`, ','))) - 1)) AS pos
                                                CROSS JOIN UNNEST(SPLIT(`t0`.`hashtags`, ',')) AS `tag` WITH OFFSET AS pos_2
                                                WHERE
                                                  pos = pos_2
                                                  OR (
                                                    pos > (
                                                      ARRAY_LENGTH(SPLIT(`t0`.`hashtags`, ',')) - 1
                                                    )
                                                    AND pos_2 = (
                                                      ARRAY_LENGTH(SPLIT(`t0`.`hashtags`, ',')) - 1
                                                    )
                                                  )
                                              ) AS `t45`
                                              WHERE
                                                LENGTH(`t45`.`tag`) > 0
                                            ) AS `t82`
                                              ON `t96`.`workspace_id` = `t82`.`workspace_id`
                                              AND `t96`.`day` >= `t82`.`start`
                                              AND `t96`.`day` <= `t82`.`end`
                                              AND NOT (
                                                `t96`.`is_brand`
                                              )
                                              AND INSTR(CONCAT(CONCAT(',', `t96`.`hashtags`), ','), CONCAT(CONCAT(',', `t82`.`tag`), ',')) > 0
                                          ) AS `t120`
                                        ) AS `t133`
                                        WHERE
                                          NOT EXISTS(
                                            SELECT
                                              1
                                            FROM (
                                              SELECT DISTINCT
                                                *
                                              FROM (
                                                SELECT
                                                  *
                                                FROM (
                                                  SELECT
                                                    CAST(`t4`.`campaign_id` AS INT64) AS `campaign_id`,
                                                    CAST(`t4`.`influencer_id` AS INT64) AS `influencer_id`
                                                  FROM `roster` AS `t4`
                                                ) AS `t36`
                                                UNION ALL
                                                SELECT
                                                  *
                                                FROM (
                                                  SELECT
                                                    `t165`.`campaign_id`,
                                                    `t165`.`influencer_id`
                                                  FROM (
                                                    SELECT
                                                      `t152`.`campaign_id`,
                                                      `t152`.`campaign`,
                                                      `t152`.`influencer_id`,
                                                      `t152`.`influencer`,
                                                      `t152`.`account_id`,
                                                      `t152`.`platform`,
                                                      `t152`.`format`,
                                                      `t152`.`post_id`,
                                                      `t152`.`day`,
                                                      `t152`.`country`,
                                                      `t152`.`caption`,
                                                      `t152`.`sponsored`,
                                                      `t152`.`reach`,
                                                      `t152`.`impressions`,
                                                      `t152`.`views`,
                                                      `t152`.`likes`,
                                                      `t152`.`comments`,
                                                      `t152`.`shares`,
                                                      `t152`.`saves`,
                                                      `t152`.`clicks`,
                                                      `t152`.`reach__provenance`,
                                                      `t152`.`impressions__provenance`,
                                                      `t152`.`views__provenance`,
                                                      `t152`.`likes__provenance`,
                                                      `t152`.`comments__provenance`,
                                                      `t152`.`shares__provenance`,
                                                      `t152`.`saves__provenance`,
                                                      `t152`.`clicks__provenance`,
                                                      `t152`.`followers`,
                                                      `t152`.`followers__provenance`,
                                                      `t152`.`engagements`,
                                                      `t152`.`engagements__provenance`,
                                                      COALESCE(
                                                        COALESCE(`t152`.`impressions`, `t152`.`views`),
                                                        `t152`.`reach` * COALESCE(
                                                          ieee_divide(
                                                            SUM(
                                                              IF(
                                                                (
                                                                  `t152`.`impressions` IS NOT NULL
                                                                ) AND (
                                                                  `t152`.`reach` IS NOT NULL
                                                                ),
                                                                `t152`.`impressions`,
                                                                NULL
                                                              )
                                                            ) OVER (
                                                              PARTITION BY `t152`.`campaign_id`, `t152`.`platform`
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                            ),
                                                            NULLIF(
                                                              SUM(
                                                                IF(
                                                                  (
                                                                    `t152`.`impressions` IS NOT NULL
                                                                  ) AND (
                                                                    `t152`.`reach` IS NOT NULL
                                                                  ),
                                                                  `t152`.`reach`,
                                                                  NULL
                                                                )
                                                              ) OVER (
                                                                PARTITION BY `t152`.`campaign_id`, `t152`.`platform`
                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                              ),
                                                              0
                                                            )
                                                          ),
                                                          CAST(1 AS FLOAT64)
                                                        )
                                                      ) AS `impressions_with_estimates`,
                                                      IF(
                                                        COALESCE(
                                                          COALESCE(`t152`.`impressions`, `t152`.`views`),
                                                          `t152`.`reach` * COALESCE(
                                                            ieee_divide(
                                                              SUM(
                                                                IF(
                                                                  (
                                                                    `t152`.`impressions` IS NOT NULL
                                                                  ) AND (
                                                                    `t152`.`reach` IS NOT NULL
                                                                  ),
                                                                  `t152`.`impressions`,
                                                                  NULL
                                                                )
                                                              ) OVER (
                                                                PARTITION BY `t152`.`campaign_id`, `t152`.`platform`
                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                              ),
                                                              NULLIF(
                                                                SUM(
                                                                  IF(
                                                                    (
                                                                      `t152`.`impressions` IS NOT NULL
                                                                    ) AND (
                                                                      `t152`.`reach` IS NOT NULL
                                                                    ),
                                                                    `t152`.`reach`,
                                                                    NULL
                                                                  )
                                                                ) OVER (
                                                                  PARTITION BY `t152`.`campaign_id`, `t152`.`platform`
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                                ),
                                                                0
                                                              )
                                                            ),
                                                            CAST(1 AS FLOAT64)
                                                          )
                                                        ) IS NOT NULL,
                                                        IF(`t152`.`impressions` IS NOT NULL, `t152`.`impressions__provenance`, 2),
                                                        CAST(NULL AS INT64)
                                                      ) AS `impressions_with_estimates__provenance`,
                                                      ieee_divide(`t152`.`engagements`, NULLIF(`t152`.`reach`, 0)) * 100 AS `er_reach_post`,
                                                      ieee_divide(`t152`.`engagements`, NULLIF(`t152`.`followers`, 0)) * 100 AS `er_followers_post`,
                                                      ieee_divide(`t152`.`engagements`, NULLIF(`t152`.`impressions`, 0)) * 100 AS `er_impressions_post`,
                                                      ieee_divide(`t152`.`engagements`, NULLIF(`t152`.`views`, 0)) * 100 AS `er_views_post`,
                                                      NULLIF(
                                                        GREATEST(
                                                          COALESCE(`t152`.`engagements__provenance`, -1),
                                                          COALESCE(`t152`.`reach__provenance`, -1)
                                                        ),
                                                        -1
                                                      ) AS `er_reach_post__provenance`,
                                                      NULLIF(
                                                        GREATEST(
                                                          COALESCE(`t152`.`engagements__provenance`, -1),
                                                          COALESCE(`t152`.`followers__provenance`, -1)
                                                        ),
                                                        -1
                                                      ) AS `er_followers_post__provenance`,
                                                      NULLIF(
                                                        GREATEST(
                                                          COALESCE(`t152`.`engagements__provenance`, -1),
                                                          COALESCE(`t152`.`impressions__provenance`, -1)
                                                        ),
                                                        -1
                                                      ) AS `er_impressions_post__provenance`,
                                                      NULLIF(
                                                        GREATEST(
                                                          COALESCE(`t152`.`engagements__provenance`, -1),
                                                          COALESCE(`t152`.`views__provenance`, -1)
                                                        ),
                                                        -1
                                                      ) AS `er_views_post__provenance`,
                                                      `t152`.`platform` AS `post_platform`,
                                                      `t152`.`influencer_id` AS `publishing_influencer`,
                                                      CAST(IF(`t152`.`sponsored`, 1, 0) AS FLOAT64) AS `sponsored_posts`,
                                                      CAST(IF(
                                                        `t152`.`sponsored`
                                                        AND CASE
                                                          WHEN UPPER(`t152`.`country`) = 'FR'
                                                          THEN (
                                                            INSTR(LOWER(`t152`.`caption`), 'publicité') > 0
                                                          )
                                                          OR (
                                                            INSTR(LOWER(`t152`.`caption`), 'publicite') > 0
                                                          )
                                                          OR (
                                                            INSTR(LOWER(`t152`.`caption`), 'collaboration commerciale') > 0
                                                          )
                                                          WHEN UPPER(`t152`.`country`) = 'BE'
                                                          THEN (
                                                            INSTR(LOWER(`t152`.`caption`), 'publicité') > 0
                                                          )
                                                          OR (
                                                            INSTR(LOWER(`t152`.`caption`), 'publicite') > 0
                                                          )
                                                          OR (
                                                            INSTR(LOWER(`t152`.`caption`), 'collaboration commerciale') > 0
                                                          )
                                                          OR (
                                                            INSTR(LOWER(`t152`.`caption`), '#pub') > 0
                                                          )
                                                          OR (
                                                            INSTR(LOWER(`t152`.`caption`), 'reclame') > 0
                                                          )
                                                          OR (
                                                            INSTR(LOWER(`t152`.`caption`), '#ad') > 0
                                                          )
                                                          OR (
                                                            INSTR(LOWER(`t152`.`caption`), 'samenwerking') > 0
                                                          )
                                                          WHEN UPPER(`t152`.`country`) = 'DE'
                                                          THEN (
                                                            INSTR(LOWER(`t152`.`caption`), 'werbung') > 0
                                                          )
                                                          OR (
                                                            INSTR(LOWER(`t152`.`caption`), 'anzeige') > 0
                                                          )
                                                          WHEN UPPER(`t152`.`country`) = 'ES'
                                                          THEN (
                                                            INSTR(LOWER(`t152`.`caption`), 'publicidad') > 0
                                                          )
                                                          OR (
                                                            INSTR(LOWER(`t152`.`caption`), '#publi') > 0
                                                          )
                                                          OR (
                                                            INSTR(LOWER(`t152`.`caption`), 'patrocinado') > 0
                                                          )
                                                          OR (
                                                            INSTR(LOWER(`t152`.`caption`), 'colaboración pagada') > 0
                                                          )
                                                          WHEN UPPER(`t152`.`country`) = 'IT'
                                                          THEN (
                                                            INSTR(LOWER(`t152`.`caption`), 'pubblicità') > 0
                                                          )
                                                          OR (
                                                            INSTR(LOWER(`t152`.`caption`), '#adv') > 0
                                                          )
                                                          OR (
                                                            INSTR(LOWER(`t152`.`caption`), 'sponsorizzato') > 0
                                                          )
                                                          OR (
                                                            INSTR(LOWER(`t152`.`caption`), '#sponsored') > 0
                                                          )
                                                          WHEN UPPER(`t152`.`country`) = 'GB'
                                                          THEN (
                                                            INSTR(LOWER(`t152`.`caption`), '#ad') > 0
                                                          )
                                                          OR (
                                                            INSTR(LOWER(`t152`.`caption`), 'advert') > 0
                                                          )
                                                          OR (
                                                            INSTR(LOWER(`t152`.`caption`), 'advertisement') > 0
                                                          )
                                                          WHEN UPPER(`t152`.`country`) = 'US'
                                                          THEN (
                                                            INSTR(LOWER(`t152`.`caption`), '#ad') > 0
                                                          )
                                                          OR (
                                                            INSTR(LOWER(`t152`.`caption`), '#sponsored') > 0
                                                          )
                                                          OR (
                                                            INSTR(LOWER(`t152`.`caption`), 'advertisement') > 0
                                                          )
                                                          OR (
                                                            INSTR(LOWER(`t152`.`caption`), 'paid partnership') > 0
                                                          )
                                                          ELSE (
                                                            INSTR(LOWER(`t152`.`caption`), '#ad') > 0
                                                          )
                                                          OR (
                                                            INSTR(LOWER(`t152`.`caption`), '#sponsored') > 0
                                                          )
                                                          OR (
                                                            INSTR(LOWER(`t152`.`caption`), 'paid partnership') > 0
                                                          )
                                                          OR (
                                                            INSTR(LOWER(`t152`.`caption`), 'advertisement') > 0
                                                          )
                                                        END,
                                                        1,
                                                        0
                                                      ) AS FLOAT64) AS `disclosed_sponsored_posts`
                                                    FROM (
                                                      SELECT
                                                        `t143`.`campaign_id`,
                                                        `t143`.`campaign`,
                                                        `t143`.`influencer_id`,
                                                        `t143`.`influencer`,
                                                        `t143`.`account_id`,
                                                        `t143`.`platform`,
                                                        `t143`.`format`,
                                                        `t143`.`post_id`,
                                                        `t143`.`day`,
                                                        `t143`.`country`,
                                                        `t143`.`caption`,
                                                        `t143`.`sponsored`,
                                                        `t143`.`reach`,
                                                        `t143`.`impressions`,
                                                        `t143`.`views`,
                                                        `t143`.`likes`,
                                                        `t143`.`comments`,
                                                        `t143`.`shares`,
                                                        `t143`.`saves`,
                                                        `t143`.`clicks`,
                                                        `t143`.`reach__provenance`,
                                                        `t143`.`impressions__provenance`,
                                                        `t143`.`views__provenance`,
                                                        `t143`.`likes__provenance`,
                                                        `t143`.`comments__provenance`,
                                                        `t143`.`shares__provenance`,
                                                        `t143`.`saves__provenance`,
                                                        `t143`.`clicks__provenance`,
                                                        `t143`.`followers`,
                                                        `t143`.`followers__provenance`,
                                                        IF(
                                                          (
                                                            `t143`.`likes` IS NOT NULL
                                                          )
                                                          OR (
                                                            `t143`.`comments` IS NOT NULL
                                                          )
                                                          OR (
                                                            `t143`.`shares` IS NOT NULL
                                                          )
                                                          OR (
                                                            `t143`.`saves` IS NOT NULL
                                                          ),
                                                          CAST(0 AS FLOAT64) + COALESCE(`t143`.`likes`, 0) + COALESCE(`t143`.`comments`, 0) + COALESCE(`t143`.`shares`, 0) + COALESCE(`t143`.`saves`, 0),
                                                          CAST(NULL AS FLOAT64)
                                                        ) AS `engagements`,
                                                        NULLIF(
                                                          GREATEST(
                                                            COALESCE(`t143`.`likes__provenance`, -1),
                                                            COALESCE(`t143`.`comments__provenance`, -1),
                                                            COALESCE(`t143`.`shares__provenance`, -1),
                                                            COALESCE(`t143`.`saves__provenance`, -1)
                                                          ),
                                                          -1
                                                        ) AS `engagements__provenance`
                                                      FROM (
                                                        SELECT
                                                          `t104`.`campaign_id`,
                                                          `t104`.`campaign`,
                                                          `t104`.`influencer_id`,
                                                          `t104`.`influencer`,
                                                          `t104`.`account_id`,
                                                          `t104`.`platform`,
                                                          `t104`.`format`,
                                                          `t104`.`post_id`,
                                                          `t104`.`day`,
                                                          `t104`.`country`,
                                                          `t104`.`caption`,
                                                          `t104`.`sponsored`,
                                                          `t122`.`reach`,
                                                          `t122`.`impressions`,
                                                          `t122`.`views`,
                                                          `t122`.`likes`,
                                                          `t122`.`comments`,
                                                          `t122`.`shares`,
                                                          `t122`.`saves`,
                                                          `t122`.`clicks`,
                                                          `t122`.`reach__provenance`,
                                                          `t122`.`impressions__provenance`,
                                                          `t122`.`views__provenance`,
                                                          `t122`.`likes__provenance`,
                                                          `t122`.`comments__provenance`,
                                                          `t122`.`shares__provenance`,
                                                          `t122`.`saves__provenance`,
                                                          `t122`.`clicks__provenance`,
                                                          `t130`.`followers`,
                                                          `t130`.`followers__provenance`
                                                        FROM `t77` AS `t104`
                                                        LEFT OUTER JOIN (
                                                          SELECT
                                                            CAST(`t78`.`post_id` AS INT64) AS `post_id`,
                                                            CAST(MAX_BY(
                                                              IF(`t78`.`metric` = 'reach', `t78`.`value`, NULL),
                                                              IF(
                                                                `t78`.`metric` = 'reach',
                                                                (
                                                                  DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                            ) AS FLOAT64) AS `reach`,
                                                            CAST(MAX_BY(
                                                              IF(`t78`.`metric` = 'impressions', `t78`.`value`, NULL),
                                                              IF(
                                                                `t78`.`metric` = 'impressions',
                                                                (
                                                                  DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                            ) AS FLOAT64) AS `impressions`,
                                                            CAST(MAX_BY(
                                                              IF(`t78`.`metric` = 'views', `t78`.`value`, NULL),
                                                              IF(
                                                                `t78`.`metric` = 'views',
                                                                (
                                                                  DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                            ) AS FLOAT64) AS `views`,
                                                            CAST(MAX_BY(
                                                              IF(`t78`.`metric` = 'likes', `t78`.`value`, NULL),
                                                              IF(
                                                                `t78`.`metric` = 'likes',
                                                                (
                                                                  DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                            ) AS FLOAT64) AS `likes`,
                                                            CAST(MAX_BY(
                                                              IF(`t78`.`metric` = 'comments', `t78`.`value`, NULL),
                                                              IF(
                                                                `t78`.`metric` = 'comments',
                                                                (
                                                                  DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                            ) AS FLOAT64) AS `comments`,
                                                            CAST(MAX_BY(
                                                              IF(`t78`.`metric` = 'shares', `t78`.`value`, NULL),
                                                              IF(
                                                                `t78`.`metric` = 'shares',
                                                                (
                                                                  DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                            ) AS FLOAT64) AS `shares`,
                                                            CAST(MAX_BY(
                                                              IF(`t78`.`metric` = 'saves', `t78`.`value`, NULL),
                                                              IF(
                                                                `t78`.`metric` = 'saves',
                                                                (
                                                                  DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                            ) AS FLOAT64) AS `saves`,
                                                            CAST(MAX_BY(
                                                              IF(`t78`.`metric` = 'clicks', `t78`.`value`, NULL),
                                                              IF(
                                                                `t78`.`metric` = 'clicks',
                                                                (
                                                                  DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                            ) AS FLOAT64) AS `clicks`,
                                                            15 - (
                                                              MOD(
                                                                MAX(
                                                                  IF(
                                                                    `t78`.`metric` = 'reach',
                                                                    (
                                                                      DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                                ),
                                                                16
                                                              )
                                                            ) AS `reach__provenance`,
                                                            15 - (
                                                              MOD(
                                                                MAX(
                                                                  IF(
                                                                    `t78`.`metric` = 'impressions',
                                                                    (
                                                                      DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                                ),
                                                                16
                                                              )
                                                            ) AS `impressions__provenance`,
                                                            15 - (
                                                              MOD(
                                                                MAX(
                                                                  IF(
                                                                    `t78`.`metric` = 'views',
                                                                    (
                                                                      DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                                ),
                                                                16
                                                              )
                                                            ) AS `views__provenance`,
                                                            15 - (
                                                              MOD(
                                                                MAX(
                                                                  IF(
                                                                    `t78`.`metric` = 'likes',
                                                                    (
                                                                      DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                                ),
                                                                16
                                                              )
                                                            ) AS `likes__provenance`,
                                                            15 - (
                                                              MOD(
                                                                MAX(
                                                                  IF(
                                                                    `t78`.`metric` = 'comments',
                                                                    (
                                                                      DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                                ),
                                                                16
                                                              )
                                                            ) AS `comments__provenance`,
                                                            15 - (
                                                              MOD(
                                                                MAX(
                                                                  IF(
                                                                    `t78`.`metric` = 'shares',
                                                                    (
                                                                      DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                                ),
                                                                16
                                                              )
                                                            ) AS `shares__provenance`,
                                                            15 - (
                                                              MOD(
                                                                MAX(
                                                                  IF(
                                                                    `t78`.`metric` = 'saves',
                                                                    (
                                                                      DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                                ),
                                                                16
                                                              )
                                                            ) AS `saves__provenance`,
                                                            15 - (
                                                              MOD(
                                                                MAX(
                                                                  IF(
                                                                    `t78`.`metric` = 'clicks',
                                                                    (
                                                                      DATETIME_DIFF(`t78`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
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
                                                                ),
                                                                16
                                                              )
                                                            ) AS `clicks__provenance`
                                                          FROM (
                                                            SELECT
                                                              *
                                                            FROM (
                                                              SELECT
                                                                *
                                                              FROM `metric_snapshot` AS `t14`
                                                              WHERE
                                                                `t14`.`post_id` IN (
                                                                  SELECT
                                                                    `t11`.`id`
                                                                  FROM `post` AS `t11`
                                                                  WHERE
                                                                    `t11`.`campaign_id` IS NOT NULL AND `t11`.`campaign_id` IN (1)
                                                                )
                                                            ) AS `t57`
                                                            WHERE
                                                              `t57`.`captured_at` <= DATETIME('2026-03-31T23:59:59')
                                                          ) AS `t78`
                                                          GROUP BY
                                                            1
                                                        ) AS `t122`
                                                          ON `t104`.`post_id` = `t122`.`post_id`
                                                        LEFT OUTER JOIN (
                                                          SELECT
                                                            `t108`.`post_id`,
                                                            CAST(IF(`t108`.`before` IS NOT NULL, `t108`.`before`, `t108`.`after`) AS FLOAT64) AS `followers`,
                                                            IF(`t108`.`before` IS NOT NULL, `t108`.`before_rank`, `t108`.`after_rank`) AS `followers__provenance`
                                                          FROM (
                                                            SELECT
                                                              CAST(`t79`.`post_id` AS INT64) AS `post_id`,
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
                                                                `t51`.`post_id`,
                                                                `t51`.`account_id`,
                                                                `t51`.`published_at`,
                                                                `t26`.`id`,
                                                                `t26`.`captured_at`,
                                                                `t26`.`followers`,
                                                                `t26`.`source`,
                                                                `t26`.`provenance`
                                                              FROM (
                                                                SELECT
                                                                  `t11`.`id` AS `post_id`,
                                                                  `t11`.`account_id`,
                                                                  `t11`.`published_at`
                                                                FROM `post` AS `t11`
                                                                WHERE
                                                                  `t11`.`campaign_id` IS NOT NULL AND `t11`.`campaign_id` IN (1)
                                                              ) AS `t51`
                                                              INNER JOIN `follower_snapshot` AS `t26`
                                                                ON `t51`.`account_id` = `t26`.`account_id`
                                                            ) AS `t79`
                                                            GROUP BY
                                                              1
                                                          ) AS `t108`
                                                        ) AS `t130`
                                                          ON `t104`.`post_id` = `t130`.`post_id`
                                                      ) AS `t143`
                                                    ) AS `t152`
                                                  ) AS `t165`
                                                ) AS `t169`
                                              ) AS `t171`
                                            ) AS `t177`
                                            WHERE
                                              `t133`.`campaign_id` = `t177`.`campaign_id`
                                              AND `t133`.`influencer_id` = `t177`.`influencer_id`
                                          )
                                      ) AS `t182`
                                    ) AS `t185`
                                  ) AS `t190`
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      `t128`.`campaign_id`,
                                      `t128`.`campaign`,
                                      `t128`.`influencer_id`,
                                      `t128`.`influencer`,
                                      CAST(NULL AS INT64) AS `account_id`,
                                      CAST(NULL AS STRING) AS `platform`,
                                      CAST(NULL AS STRING) AS `format`,
                                      CAST(NULL AS INT64) AS `post_id`,
                                      `t128`.`day`,
                                      CAST(NULL AS FLOAT64) AS `reach`,
                                      CAST(NULL AS FLOAT64) AS `impressions`,
                                      CAST(NULL AS FLOAT64) AS `views`,
                                      CAST(NULL AS FLOAT64) AS `likes`,
                                      CAST(NULL AS FLOAT64) AS `comments`,
                                      CAST(NULL AS FLOAT64) AS `shares`,
                                      CAST(NULL AS FLOAT64) AS `saves`,
                                      CAST(NULL AS FLOAT64) AS `clicks`,
                                      CAST(NULL AS INT64) AS `reach__provenance`,
                                      CAST(NULL AS INT64) AS `impressions__provenance`,
                                      CAST(NULL AS INT64) AS `views__provenance`,
                                      CAST(NULL AS INT64) AS `likes__provenance`,
                                      CAST(NULL AS INT64) AS `comments__provenance`,
                                      CAST(NULL AS INT64) AS `shares__provenance`,
                                      CAST(NULL AS INT64) AS `saves__provenance`,
                                      CAST(NULL AS INT64) AS `clicks__provenance`,
                                      CAST(NULL AS FLOAT64) AS `followers`,
                                      CAST(NULL AS INT64) AS `followers__provenance`,
                                      CAST(NULL AS FLOAT64) AS `engagements`,
                                      CAST(NULL AS INT64) AS `engagements__provenance`,
                                      CAST(NULL AS FLOAT64) AS `impressions_with_estimates`,
                                      CAST(NULL AS INT64) AS `impressions_with_estimates__provenance`,
                                      CAST(NULL AS FLOAT64) AS `er_reach_post`,
                                      CAST(NULL AS FLOAT64) AS `er_followers_post`,
                                      CAST(NULL AS FLOAT64) AS `er_impressions_post`,
                                      CAST(NULL AS FLOAT64) AS `er_views_post`,
                                      CAST(NULL AS INT64) AS `er_reach_post__provenance`,
                                      CAST(NULL AS INT64) AS `er_followers_post__provenance`,
                                      CAST(NULL AS INT64) AS `er_impressions_post__provenance`,
                                      CAST(NULL AS INT64) AS `er_views_post__provenance`,
                                      CAST(NULL AS STRING) AS `post_platform`,
                                      CAST(NULL AS FLOAT64) AS `publishing_influencer`,
                                      CAST(NULL AS FLOAT64) AS `sponsored_posts`,
                                      CAST(NULL AS FLOAT64) AS `disclosed_sponsored_posts`,
                                      `t128`.`cost`,
                                      CAST(NULL AS FLOAT64) AS `key_message_posts`,
                                      CAST(NULL AS FLOAT64) AS `ugc_post`,
                                      CAST(NULL AS FLOAT64) AS `mentions`,
                                      CAST(NULL AS FLOAT64) AS `brand_mentions`,
                                      CAST(NULL AS FLOAT64) AS `mention_engagements`,
                                      CAST(NULL AS FLOAT64) AS `brand_mention_engagements`,
                                      CAST(NULL AS FLOAT64) AS `followers_start`,
                                      CAST(NULL AS FLOAT64) AS `followers_gained`,
                                      CAST(NULL AS FLOAT64) AS `followers_expected_gain`,
                                      CAST(NULL AS INT64) AS `followers_start__provenance`,
                                      CAST(NULL AS INT64) AS `followers_gained__provenance`,
                                      CAST(NULL AS INT64) AS `followers_expected_gain__provenance`,
                                      CAST(NULL AS FLOAT64) AS `brand_followers_start`,
                                      CAST(NULL AS FLOAT64) AS `brand_followers_gained`,
                                      CAST(NULL AS FLOAT64) AS `brand_followers_expected_gain`,
                                      CAST(NULL AS INT64) AS `brand_followers_start__provenance`,
                                      CAST(NULL AS INT64) AS `brand_followers_gained__provenance`,
                                      CAST(NULL AS INT64) AS `brand_followers_expected_gain__provenance`,
                                      CAST(NULL AS FLOAT64) AS `influencers_contacted`,
                                      CAST(NULL AS FLOAT64) AS `influencers_interested`,
                                      CAST(NULL AS FLOAT64) AS `posts_contracted`,
                                      CAST(NULL AS FLOAT64) AS `products_sent`,
                                      CAST(NULL AS FLOAT64) AS `link_clicks`,
                                      CAST(NULL AS FLOAT64) AS `unique_link_clicks`,
                                      CAST(NULL AS FLOAT64) AS `bot_link_clicks`,
                                      CAST(NULL AS FLOAT64) AS `sessions`,
                                      CAST(NULL AS FLOAT64) AS `new_users`,
                                      CAST(NULL AS FLOAT64) AS `engaged_sessions`,
                                      CAST(NULL AS FLOAT64) AS `bounced_sessions`,
                                      CAST(NULL AS FLOAT64) AS `session_seconds`,
                                      CAST(NULL AS FLOAT64) AS `page_views`,
                                      CAST(NULL AS FLOAT64) AS `key_events`,
                                      CAST(NULL AS FLOAT64) AS `orders`,
                                      CAST(NULL AS FLOAT64) AS `revenue`,
                                      CAST(NULL AS FLOAT64) AS `new_customers`,
                                      CAST(NULL AS FLOAT64) AS `key_messages`
                                    FROM (
                                      SELECT
                                        `t101`.`campaign_id`,
                                        `t101`.`campaign`,
                                        `t101`.`influencer_id`,
                                        CAST(`t18`.`name` AS STRING) AS `influencer`,
                                        `t101`.`incurred_on` AS `day`,
                                        `t101`.`amount` AS `cost`
                                      FROM `t75` AS `t101`
                                      LEFT OUTER JOIN `influencer` AS `t18`
                                        ON `t101`.`influencer_id` = `t18`.`id`
                                      WHERE
                                        NOT EXISTS(
                                          SELECT
                                            1
                                          FROM (
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
                                          ) AS `t115`
                                          WHERE
                                            `t101`.`campaign_id` = `t115`.`campaign_id`
                                            AND `t101`.`influencer_id` = `t115`.`influencer_id`
                                        )
                                    ) AS `t128`
                                  ) AS `t137`
                                ) AS `t192`
                                UNION ALL
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    `t63`.`campaign_id`,
                                    `t63`.`campaign`,
                                    CAST(NULL AS INT64) AS `influencer_id`,
                                    CAST(NULL AS STRING) AS `influencer`,
                                    CAST(NULL AS INT64) AS `account_id`,
                                    `t63`.`platform`,
                                    CAST(NULL AS STRING) AS `format`,
                                    CAST(NULL AS INT64) AS `post_id`,
                                    `t63`.`day`,
                                    CAST(NULL AS FLOAT64) AS `reach`,
                                    CAST(NULL AS FLOAT64) AS `impressions`,
                                    CAST(NULL AS FLOAT64) AS `views`,
                                    CAST(NULL AS FLOAT64) AS `likes`,
                                    CAST(NULL AS FLOAT64) AS `comments`,
                                    CAST(NULL AS FLOAT64) AS `shares`,
                                    CAST(NULL AS FLOAT64) AS `saves`,
                                    CAST(NULL AS FLOAT64) AS `clicks`,
                                    CAST(NULL AS INT64) AS `reach__provenance`,
                                    CAST(NULL AS INT64) AS `impressions__provenance`,
                                    CAST(NULL AS INT64) AS `views__provenance`,
                                    CAST(NULL AS INT64) AS `likes__provenance`,
                                    CAST(NULL AS INT64) AS `comments__provenance`,
                                    CAST(NULL AS INT64) AS `shares__provenance`,
                                    CAST(NULL AS INT64) AS `saves__provenance`,
                                    CAST(NULL AS INT64) AS `clicks__provenance`,
                                    CAST(NULL AS FLOAT64) AS `followers`,
                                    CAST(NULL AS INT64) AS `followers__provenance`,
                                    CAST(NULL AS FLOAT64) AS `engagements`,
                                    CAST(NULL AS INT64) AS `engagements__provenance`,
                                    CAST(NULL AS FLOAT64) AS `impressions_with_estimates`,
                                    CAST(NULL AS INT64) AS `impressions_with_estimates__provenance`,
                                    CAST(NULL AS FLOAT64) AS `er_reach_post`,
                                    CAST(NULL AS FLOAT64) AS `er_followers_post`,
                                    CAST(NULL AS FLOAT64) AS `er_impressions_post`,
                                    CAST(NULL AS FLOAT64) AS `er_views_post`,
                                    CAST(NULL AS INT64) AS `er_reach_post__provenance`,
                                    CAST(NULL AS INT64) AS `er_followers_post__provenance`,
                                    CAST(NULL AS INT64) AS `er_impressions_post__provenance`,
                                    CAST(NULL AS INT64) AS `er_views_post__provenance`,
                                    CAST(NULL AS STRING) AS `post_platform`,
                                    CAST(NULL AS FLOAT64) AS `publishing_influencer`,
                                    CAST(NULL AS FLOAT64) AS `sponsored_posts`,
                                    CAST(NULL AS FLOAT64) AS `disclosed_sponsored_posts`,
                                    CAST(NULL AS FLOAT64) AS `cost`,
                                    CAST(NULL AS FLOAT64) AS `key_message_posts`,
                                    CAST(NULL AS FLOAT64) AS `ugc_post`,
                                    `t63`.`mentions`,
                                    `t63`.`brand_mentions`,
                                    `t63`.`mention_engagements`,
                                    `t63`.`brand_mention_engagements`,
                                    CAST(NULL AS FLOAT64) AS `followers_start`,
                                    CAST(NULL AS FLOAT64) AS `followers_gained`,
                                    CAST(NULL AS FLOAT64) AS `followers_expected_gain`,
                                    CAST(NULL AS INT64) AS `followers_start__provenance`,
                                    CAST(NULL AS INT64) AS `followers_gained__provenance`,
                                    CAST(NULL AS INT64) AS `followers_expected_gain__provenance`,
                                    CAST(NULL AS FLOAT64) AS `brand_followers_start`,
                                    CAST(NULL AS FLOAT64) AS `brand_followers_gained`,
                                    CAST(NULL AS FLOAT64) AS `brand_followers_expected_gain`,
                                    CAST(NULL AS INT64) AS `brand_followers_start__provenance`,
                                    CAST(NULL AS INT64) AS `brand_followers_gained__provenance`,
                                    CAST(NULL AS INT64) AS `brand_followers_expected_gain__provenance`,
                                    CAST(NULL AS FLOAT64) AS `influencers_contacted`,
                                    CAST(NULL AS FLOAT64) AS `influencers_interested`,
                                    CAST(NULL AS FLOAT64) AS `posts_contracted`,
                                    CAST(NULL AS FLOAT64) AS `products_sent`,
                                    CAST(NULL AS FLOAT64) AS `link_clicks`,
                                    CAST(NULL AS FLOAT64) AS `unique_link_clicks`,
                                    CAST(NULL AS FLOAT64) AS `bot_link_clicks`,
                                    CAST(NULL AS FLOAT64) AS `sessions`,
                                    CAST(NULL AS FLOAT64) AS `new_users`,
                                    CAST(NULL AS FLOAT64) AS `engaged_sessions`,
                                    CAST(NULL AS FLOAT64) AS `bounced_sessions`,
                                    CAST(NULL AS FLOAT64) AS `session_seconds`,
                                    CAST(NULL AS FLOAT64) AS `page_views`,
                                    CAST(NULL AS FLOAT64) AS `key_events`,
                                    CAST(NULL AS FLOAT64) AS `orders`,
                                    CAST(NULL AS FLOAT64) AS `revenue`,
                                    CAST(NULL AS FLOAT64) AS `new_customers`,
                                    CAST(NULL AS FLOAT64) AS `key_messages`
                                  FROM (
                                    SELECT
                                      CAST(`t15`.`id` AS INT64) AS `campaign_id`,
                                      CAST(`t15`.`name` AS STRING) AS `campaign`,
                                      CAST(`t21`.`platform` AS STRING) AS `platform`,
                                      `t21`.`mentioned_on` AS `day`,
                                      CAST(1 AS FLOAT64) AS `mentions`,
                                      CAST(IF(`t21`.`own`, 1, 0) AS FLOAT64) AS `brand_mentions`,
                                      `t21`.`engagements` AS `mention_engagements`,
                                      CAST(IF(`t21`.`own`, 1, 0) AS FLOAT64) * `t21`.`engagements` AS `brand_mention_engagements`
                                    FROM `mention` AS `t21`
                                    INNER JOIN `campaign` AS `t15`
                                      ON `t21`.`workspace_id` = `t15`.`workspace_id`
                                      AND `t21`.`mentioned_on` >= `t15`.`start_date`
                                      AND `t21`.`mentioned_on` <= `t15`.`end_date`
                                  ) AS `t63`
                                ) AS `t74`
                              ) AS `t193`
                              UNION ALL
                              SELECT
                                *
                              FROM (
                                SELECT
                                  `t184`.`campaign_id`,
                                  `t184`.`campaign`,
                                  `t184`.`influencer_id`,
                                  `t184`.`influencer`,
                                  `t184`.`account_id`,
                                  `t184`.`platform`,
                                  CAST(NULL AS STRING) AS `format`,
                                  CAST(NULL AS INT64) AS `post_id`,
                                  `t184`.`day`,
                                  CAST(NULL AS FLOAT64) AS `reach`,
                                  CAST(NULL AS FLOAT64) AS `impressions`,
                                  CAST(NULL AS FLOAT64) AS `views`,
                                  CAST(NULL AS FLOAT64) AS `likes`,
                                  CAST(NULL AS FLOAT64) AS `comments`,
                                  CAST(NULL AS FLOAT64) AS `shares`,
                                  CAST(NULL AS FLOAT64) AS `saves`,
                                  CAST(NULL AS FLOAT64) AS `clicks`,
                                  CAST(NULL AS INT64) AS `reach__provenance`,
                                  CAST(NULL AS INT64) AS `impressions__provenance`,
                                  CAST(NULL AS INT64) AS `views__provenance`,
                                  CAST(NULL AS INT64) AS `likes__provenance`,
                                  CAST(NULL AS INT64) AS `comments__provenance`,
                                  CAST(NULL AS INT64) AS `shares__provenance`,
                                  CAST(NULL AS INT64) AS `saves__provenance`,
                                  CAST(NULL AS INT64) AS `clicks__provenance`,
                                  CAST(NULL AS FLOAT64) AS `followers`,
                                  CAST(NULL AS INT64) AS `followers__provenance`,
                                  CAST(NULL AS FLOAT64) AS `engagements`,
                                  CAST(NULL AS INT64) AS `engagements__provenance`,
                                  CAST(NULL AS FLOAT64) AS `impressions_with_estimates`,
                                  CAST(NULL AS INT64) AS `impressions_with_estimates__provenance`,
                                  CAST(NULL AS FLOAT64) AS `er_reach_post`,
                                  CAST(NULL AS FLOAT64) AS `er_followers_post`,
                                  CAST(NULL AS FLOAT64) AS `er_impressions_post`,
                                  CAST(NULL AS FLOAT64) AS `er_views_post`,
                                  CAST(NULL AS INT64) AS `er_reach_post__provenance`,
                                  CAST(NULL AS INT64) AS `er_followers_post__provenance`,
                                  CAST(NULL AS INT64) AS `er_impressions_post__provenance`,
                                  CAST(NULL AS INT64) AS `er_views_post__provenance`,
                                  CAST(NULL AS STRING) AS `post_platform`,
                                  CAST(NULL AS FLOAT64) AS `publishing_influencer`,
                                  CAST(NULL AS FLOAT64) AS `sponsored_posts`,
                                  CAST(NULL AS FLOAT64) AS `disclosed_sponsored_posts`,
                                  CAST(NULL AS FLOAT64) AS `cost`,
                                  CAST(NULL AS FLOAT64) AS `key_message_posts`,
                                  CAST(NULL AS FLOAT64) AS `ugc_post`,
                                  CAST(NULL AS FLOAT64) AS `mentions`,
                                  CAST(NULL AS FLOAT64) AS `brand_mentions`,
                                  CAST(NULL AS FLOAT64) AS `mention_engagements`,
                                  CAST(NULL AS FLOAT64) AS `brand_mention_engagements`,
                                  IF(`t184`.`is_brand` = FALSE, `t184`.`start_followers`, CAST(NULL AS FLOAT64)) AS `followers_start`,
                                  IF(
                                    `t184`.`is_brand` = FALSE,
                                    IF(
                                      `t184`.`end_seen_at` > `t184`.`start_seen_at`,
                                      `t184`.`end_followers` - `t184`.`start_followers`,
                                      CAST(NULL AS FLOAT64)
                                    ),
                                    CAST(NULL AS FLOAT64)
                                  ) AS `followers_gained`,
                                  IF(
                                    `t184`.`is_brand` = FALSE,
                                    IF(
                                      `t184`.`end_seen_at` > `t184`.`start_seen_at`,
                                      ieee_divide(
                                        `t184`.`start_followers` - `t184`.`before_followers`,
                                        NULLIF(CAST(`t184`.`start_seen_at` - `t184`.`before_seen_at` AS FLOAT64), 0)
                                      ) * (
                                        `t184`.`end_seen_at` - `t184`.`start_seen_at`
                                      ),
                                      CAST(NULL AS FLOAT64)
                                    ),
                                    CAST(NULL AS FLOAT64)
                                  ) AS `followers_expected_gain`,
                                  CAST(IF(`t184`.`is_brand` = FALSE, `t184`.`start_rank`, CAST(NULL AS INT64)) AS INT64) AS `followers_start__provenance`,
                                  IF(
                                    `t184`.`is_brand` = FALSE,
                                    IF(
                                      `t184`.`end_seen_at` > `t184`.`start_seen_at`,
                                      NULLIF(GREATEST(COALESCE(`t184`.`start_rank`, -1), COALESCE(`t184`.`end_rank`, -1)), -1),
                                      CAST(NULL AS INT64)
                                    ),
                                    CAST(NULL AS INT64)
                                  ) AS `followers_gained__provenance`,
                                  IF(
                                    `t184`.`is_brand` = FALSE,
                                    IF(
                                      IF(
                                        `t184`.`end_seen_at` > `t184`.`start_seen_at`,
                                        ieee_divide(
                                          `t184`.`start_followers` - `t184`.`before_followers`,
                                          NULLIF(CAST(`t184`.`start_seen_at` - `t184`.`before_seen_at` AS FLOAT64), 0)
                                        ) * (
                                          `t184`.`end_seen_at` - `t184`.`start_seen_at`
                                        ),
                                        CAST(NULL AS FLOAT64)
                                      ) IS NOT NULL,
                                      NULLIF(
                                        GREATEST(
                                          COALESCE(
                                            IF(
                                              `t184`.`end_seen_at` > `t184`.`start_seen_at`,
                                              NULLIF(GREATEST(COALESCE(`t184`.`start_rank`, -1), COALESCE(`t184`.`end_rank`, -1)), -1),
                                              CAST(NULL AS INT64)
                                            ),
                                            -1
                                          ),
                                          COALESCE(`t184`.`before_rank`, -1)
                                        ),
                                        -1
                                      ),
                                      CAST(NULL AS INT64)
                                    ),
                                    CAST(NULL AS INT64)
                                  ) AS `followers_expected_gain__provenance`,
                                  IF(`t184`.`is_brand` = TRUE, `t184`.`start_followers`, CAST(NULL AS FLOAT64)) AS `brand_followers_start`,
                                  IF(
                                    `t184`.`is_brand` = TRUE,
                                    IF(
                                      `t184`.`end_seen_at` > `t184`.`start_seen_at`,
                                      `t184`.`end_followers` - `t184`.`start_followers`,
                                      CAST(NULL AS FLOAT64)
                                    ),
                                    CAST(NULL AS FLOAT64)
                                  ) AS `brand_followers_gained`,
                                  IF(
                                    `t184`.`is_brand` = TRUE,
                                    IF(
                                      `t184`.`end_seen_at` > `t184`.`start_seen_at`,
                                      ieee_divide(
                                        `t184`.`start_followers` - `t184`.`before_followers`,
                                        NULLIF(CAST(`t184`.`start_seen_at` - `t184`.`before_seen_at` AS FLOAT64), 0)
                                      ) * (
                                        `t184`.`end_seen_at` - `t184`.`start_seen_at`
                                      ),
                                      CAST(NULL AS FLOAT64)
                                    ),
                                    CAST(NULL AS FLOAT64)
                                  ) AS `brand_followers_expected_gain`,
                                  CAST(IF(`t184`.`is_brand` = TRUE, `t184`.`start_rank`, CAST(NULL AS INT64)) AS INT64) AS `brand_followers_start__provenance`,
                                  IF(
                                    `t184`.`is_brand` = TRUE,
                                    IF(
                                      `t184`.`end_seen_at` > `t184`.`start_seen_at`,
                                      NULLIF(GREATEST(COALESCE(`t184`.`start_rank`, -1), COALESCE(`t184`.`end_rank`, -1)), -1),
                                      CAST(NULL AS INT64)
                                    ),
                                    CAST(NULL AS INT64)
                                  ) AS `brand_followers_gained__provenance`,
                                  IF(
                                    `t184`.`is_brand` = TRUE,
                                    IF(
                                      IF(
                                        `t184`.`end_seen_at` > `t184`.`start_seen_at`,
                                        ieee_divide(
                                          `t184`.`start_followers` - `t184`.`before_followers`,
                                          NULLIF(CAST(`t184`.`start_seen_at` - `t184`.`before_seen_at` AS FLOAT64), 0)
                                        ) * (
                                          `t184`.`end_seen_at` - `t184`.`start_seen_at`
                                        ),
                                        CAST(NULL AS FLOAT64)
                                      ) IS NOT NULL,
                                      NULLIF(
                                        GREATEST(
                                          COALESCE(
                                            IF(
                                              `t184`.`end_seen_at` > `t184`.`start_seen_at`,
                                              NULLIF(GREATEST(COALESCE(`t184`.`start_rank`, -1), COALESCE(`t184`.`end_rank`, -1)), -1),
                                              CAST(NULL AS INT64)
                                            ),
                                            -1
                                          ),
                                          COALESCE(`t184`.`before_rank`, -1)
                                        ),
                                        -1
                                      ),
                                      CAST(NULL AS INT64)
                                    ),
                                    CAST(NULL AS INT64)
                                  ) AS `brand_followers_expected_gain__provenance`,
                                  CAST(NULL AS FLOAT64) AS `influencers_contacted`,
                                  CAST(NULL AS FLOAT64) AS `influencers_interested`,
                                  CAST(NULL AS FLOAT64) AS `posts_contracted`,
                                  CAST(NULL AS FLOAT64) AS `products_sent`,
                                  CAST(NULL AS FLOAT64) AS `link_clicks`,
                                  CAST(NULL AS FLOAT64) AS `unique_link_clicks`,
                                  CAST(NULL AS FLOAT64) AS `bot_link_clicks`,
                                  CAST(NULL AS FLOAT64) AS `sessions`,
                                  CAST(NULL AS FLOAT64) AS `new_users`,
                                  CAST(NULL AS FLOAT64) AS `engaged_sessions`,
                                  CAST(NULL AS FLOAT64) AS `bounced_sessions`,
                                  CAST(NULL AS FLOAT64) AS `session_seconds`,
                                  CAST(NULL AS FLOAT64) AS `page_views`,
                                  CAST(NULL AS FLOAT64) AS `key_events`,
                                  CAST(NULL AS FLOAT64) AS `orders`,
                                  CAST(NULL AS FLOAT64) AS `revenue`,
                                  CAST(NULL AS FLOAT64) AS `new_customers`,
                                  CAST(NULL AS FLOAT64) AS `key_messages`
                                FROM (
                                  SELECT
                                    `t181`.`campaign_id`,
                                    `t181`.`campaign`,
                                    `t181`.`influencer_id`,
                                    `t181`.`influencer`,
                                    `t181`.`account_id`,
                                    `t181`.`platform`,
                                    `t181`.`is_brand`,
                                    `t181`.`day`,
                                    `t181`.`start_at`,
                                    `t181`.`end_at`,
                                    `t181`.`start_followers`,
                                    `t181`.`start_seen_at`,
                                    `t181`.`start_rank`,
                                    `t181`.`end_followers`,
                                    `t181`.`end_seen_at`,
                                    `t181`.`end_rank`,
                                    `t160`.`before_followers`,
                                    `t160`.`before_seen_at`,
                                    `t160`.`before_rank`
                                  FROM (
                                    SELECT
                                      `t168`.`campaign_id`,
                                      `t168`.`campaign`,
                                      `t168`.`influencer_id`,
                                      `t168`.`influencer`,
                                      `t168`.`account_id`,
                                      `t168`.`platform`,
                                      `t168`.`is_brand`,
                                      `t168`.`day`,
                                      `t168`.`start_at`,
                                      `t168`.`end_at`,
                                      `t168`.`start_followers`,
                                      `t168`.`start_seen_at`,
                                      `t168`.`start_rank`,
                                      `t159`.`end_followers`,
                                      `t159`.`end_seen_at`,
                                      `t159`.`end_rank`
                                    FROM (
                                      SELECT
                                        `t140`.`campaign_id`,
                                        `t140`.`campaign`,
                                        `t140`.`influencer_id`,
                                        `t140`.`influencer`,
                                        `t140`.`account_id`,
                                        `t140`.`platform`,
                                        `t140`.`is_brand`,
                                        `t140`.`day`,
                                        `t140`.`start_at`,
                                        `t140`.`end_at`,
                                        `t162`.`start_followers`,
                                        `t162`.`start_seen_at`,
                                        `t162`.`start_rank`
                                      FROM (
                                        SELECT
                                          `t118`.`campaign_id`,
                                          CAST(`t15`.`name` AS STRING) AS `campaign`,
                                          CAST(`t19`.`id` AS INT64) AS `influencer_id`,
                                          CAST(`t19`.`name` AS STRING) AS `influencer`,
                                          `t118`.`account_id`,
                                          CAST(`t25`.`platform` AS STRING) AS `platform`,
                                          `t118`.`is_brand`,
                                          `t15`.`end_date` AS `day`,
                                          UNIX_SECONDS(CAST(`t15`.`start_date` AS TIMESTAMP)) AS `start_at`,
                                          UNIX_SECONDS(CAST(`t15`.`end_date` AS TIMESTAMP)) + 86400 AS `end_at`
                                        FROM (
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              `t103`.`campaign_id`,
                                              `t103`.`account_id`,
                                              FALSE AS `is_brand`
                                            FROM (
                                              SELECT DISTINCT
                                                `t86`.`campaign_id`,
                                                `t86`.`account_id`
                                              FROM (
                                                SELECT
                                                  CAST(`t49`.`campaign_id` AS INT64) AS `campaign_id`,
                                                  CAST(`t16`.`name` AS STRING) AS `campaign`,
                                                  CAST(`t46`.`id` AS INT64) AS `influencer_id`,
                                                  CAST(`t46`.`name` AS STRING) AS `influencer`,
                                                  CAST(`t24`.`id` AS INT64) AS `account_id`,
                                                  CAST(`t24`.`platform` AS STRING) AS `platform`,
                                                  CAST(`t49`.`format` AS STRING) AS `format`,
                                                  CAST(`t49`.`id` AS INT64) AS `post_id`,
                                                  `t49`.`published_on` AS `day`,
                                                  `t46`.`country`,
                                                  CAST(`t49`.`caption` AS STRING) AS `caption`,
                                                  `t49`.`sponsored`
                                                FROM (
                                                  SELECT
                                                    *
                                                  FROM `post` AS `t11`
                                                  WHERE
                                                    `t11`.`campaign_id` IS NOT NULL
                                                ) AS `t49`
                                                INNER JOIN `account` AS `t24`
                                                  ON `t49`.`account_id` = `t24`.`id`
                                                INNER JOIN (
                                                  SELECT
                                                    *
                                                  FROM `influencer` AS `t3`
                                                  WHERE
                                                    NOT (
                                                      `t3`.`is_brand`
                                                    )
                                                ) AS `t46`
                                                  ON `t24`.`influencer_id` = `t46`.`id`
                                                INNER JOIN `campaign` AS `t16`
                                                  ON `t49`.`campaign_id` = `t16`.`id`
                                              ) AS `t86`
                                            ) AS `t103`
                                          ) AS `t107`
                                          UNION ALL
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              CAST(`t17`.`id` AS INT64) AS `campaign_id`,
                                              CAST(`t25`.`id` AS INT64) AS `account_id`,
                                              TRUE AS `is_brand`
                                            FROM `campaign` AS `t17`
                                            INNER JOIN (
                                              SELECT
                                                *
                                              FROM `influencer` AS `t3`
                                              WHERE
                                                `t3`.`is_brand`
                                            ) AS `t35`
                                              ON `t35`.`workspace_id` = `t17`.`workspace_id`
                                            INNER JOIN `account` AS `t25`
                                              ON `t25`.`influencer_id` = `t35`.`id`
                                          ) AS `t66`
                                        ) AS `t118`
                                        INNER JOIN `campaign` AS `t15`
                                          ON `t118`.`campaign_id` = `t15`.`id`
                                        INNER JOIN `account` AS `t25`
                                          ON `t118`.`account_id` = `t25`.`id`
                                        INNER JOIN `influencer` AS `t19`
                                          ON `t25`.`influencer_id` = `t19`.`id`
                                      ) AS `t140`
                                      INNER JOIN (
                                        SELECT
                                          `t156`.`campaign_id`,
                                          `t156`.`account_id`,
                                          CAST(`t156`.`followers` AS FLOAT64) AS `start_followers`,
                                          `t156`.`at` AS `start_seen_at`,
                                          `t156`.`rank` AS `start_rank`
                                        FROM (
                                          SELECT
                                            `t151`.`campaign_id`,
                                            `t151`.`campaign`,
                                            `t151`.`influencer_id`,
                                            `t151`.`influencer`,
                                            `t151`.`account_id`,
                                            `t151`.`platform`,
                                            `t151`.`is_brand`,
                                            `t151`.`day`,
                                            `t151`.`start_at`,
                                            `t151`.`end_at`,
                                            `t151`.`followers`,
                                            `t151`.`at`,
                                            `t151`.`rank`,
                                            ROW_NUMBER() OVER (
                                              PARTITION BY `t151`.`campaign_id`, `t151`.`account_id`
                                              ORDER BY IF(`t151`.`at` <= `t151`.`start_at`, 0, 1) ASC, ABS(`t151`.`at` - `t151`.`start_at`) ASC
                                            ) - 1 AS `order`
                                          FROM `t150` AS `t151`
                                        ) AS `t156`
                                        WHERE
                                          `t156`.`order` = 0
                                      ) AS `t162`
                                        ON `t140`.`campaign_id` = `t162`.`campaign_id`
                                        AND `t140`.`account_id` = `t162`.`account_id`
                                    ) AS `t168`
                                    LEFT OUTER JOIN (
                                      SELECT
                                        `t154`.`campaign_id`,
                                        `t154`.`account_id`,
                                        CAST(`t154`.`followers` AS FLOAT64) AS `end_followers`,
                                        `t154`.`at` AS `end_seen_at`,
                                        `t154`.`rank` AS `end_rank`
                                      FROM (
                                        SELECT
                                          `t151`.`campaign_id`,
                                          `t151`.`campaign`,
                                          `t151`.`influencer_id`,
                                          `t151`.`influencer`,
                                          `t151`.`account_id`,
                                          `t151`.`platform`,
                                          `t151`.`is_brand`,
                                          `t151`.`day`,
                                          `t151`.`start_at`,
                                          `t151`.`end_at`,
                                          `t151`.`followers`,
                                          `t151`.`at`,
                                          `t151`.`rank`,
                                          ROW_NUMBER() OVER (PARTITION BY `t151`.`campaign_id`, `t151`.`account_id` ORDER BY `t151`.`at` DESC) - 1 AS `order`
                                        FROM `t150` AS `t151`
                                      ) AS `t154`
                                      WHERE
                                        `t154`.`order` = 0
                                    ) AS `t159`
                                      ON `t168`.`campaign_id` = `t159`.`campaign_id`
                                      AND `t168`.`account_id` = `t159`.`account_id`
                                  ) AS `t181`
                                  LEFT OUTER JOIN (
                                    SELECT
                                      `t155`.`campaign_id`,
                                      `t155`.`account_id`,
                                      CAST(`t155`.`followers` AS FLOAT64) AS `before_followers`,
                                      `t155`.`at` AS `before_seen_at`,
                                      `t155`.`rank` AS `before_rank`
                                    FROM (
                                      SELECT
                                        `t153`.`campaign_id`,
                                        `t153`.`campaign`,
                                        `t153`.`influencer_id`,
                                        `t153`.`influencer`,
                                        `t153`.`account_id`,
                                        `t153`.`platform`,
                                        `t153`.`is_brand`,
                                        `t153`.`day`,
                                        `t153`.`start_at`,
                                        `t153`.`end_at`,
                                        `t153`.`followers`,
                                        `t153`.`at`,
                                        `t153`.`rank`,
                                        ROW_NUMBER() OVER (PARTITION BY `t153`.`campaign_id`, `t153`.`account_id` ORDER BY `t153`.`at` DESC) - 1 AS `order`
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            `t140`.`campaign_id`,
                                            `t140`.`campaign`,
                                            `t140`.`influencer_id`,
                                            `t140`.`influencer`,
                                            `t140`.`account_id`,
                                            `t140`.`platform`,
                                            `t140`.`is_brand`,
                                            `t140`.`day`,
                                            `t140`.`start_at`,
                                            `t140`.`end_at`,
                                            `t58`.`followers`,
                                            `t58`.`at`,
                                            `t58`.`rank`
                                          FROM (
                                            SELECT
                                              `t118`.`campaign_id`,
                                              CAST(`t15`.`name` AS STRING) AS `campaign`,
                                              CAST(`t19`.`id` AS INT64) AS `influencer_id`,
                                              CAST(`t19`.`name` AS STRING) AS `influencer`,
                                              `t118`.`account_id`,
                                              CAST(`t25`.`platform` AS STRING) AS `platform`,
                                              `t118`.`is_brand`,
                                              `t15`.`end_date` AS `day`,
                                              UNIX_SECONDS(CAST(`t15`.`start_date` AS TIMESTAMP)) AS `start_at`,
                                              UNIX_SECONDS(CAST(`t15`.`end_date` AS TIMESTAMP)) + 86400 AS `end_at`
                                            FROM (
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  `t103`.`campaign_id`,
                                                  `t103`.`account_id`,
                                                  FALSE AS `is_brand`
                                                FROM (
                                                  SELECT DISTINCT
                                                    `t86`.`campaign_id`,
                                                    `t86`.`account_id`
                                                  FROM (
                                                    SELECT
                                                      CAST(`t49`.`campaign_id` AS INT64) AS `campaign_id`,
                                                      CAST(`t16`.`name` AS STRING) AS `campaign`,
                                                      CAST(`t46`.`id` AS INT64) AS `influencer_id`,
                                                      CAST(`t46`.`name` AS STRING) AS `influencer`,
                                                      CAST(`t24`.`id` AS INT64) AS `account_id`,
                                                      CAST(`t24`.`platform` AS STRING) AS `platform`,
                                                      CAST(`t49`.`format` AS STRING) AS `format`,
                                                      CAST(`t49`.`id` AS INT64) AS `post_id`,
                                                      `t49`.`published_on` AS `day`,
                                                      `t46`.`country`,
                                                      CAST(`t49`.`caption` AS STRING) AS `caption`,
                                                      `t49`.`sponsored`
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM `post` AS `t11`
                                                      WHERE
                                                        `t11`.`campaign_id` IS NOT NULL
                                                    ) AS `t49`
                                                    INNER JOIN `account` AS `t24`
                                                      ON `t49`.`account_id` = `t24`.`id`
                                                    INNER JOIN (
                                                      SELECT
                                                        *
                                                      FROM `influencer` AS `t3`
                                                      WHERE
                                                        NOT (
                                                          `t3`.`is_brand`
                                                        )
                                                    ) AS `t46`
                                                      ON `t24`.`influencer_id` = `t46`.`id`
                                                    INNER JOIN `campaign` AS `t16`
                                                      ON `t49`.`campaign_id` = `t16`.`id`
                                                  ) AS `t86`
                                                ) AS `t103`
                                              ) AS `t107`
                                              UNION ALL
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  CAST(`t17`.`id` AS INT64) AS `campaign_id`,
                                                  CAST(`t25`.`id` AS INT64) AS `account_id`,
                                                  TRUE AS `is_brand`
                                                FROM `campaign` AS `t17`
                                                INNER JOIN (
                                                  SELECT
                                                    *
                                                  FROM `influencer` AS `t3`
                                                  WHERE
                                                    `t3`.`is_brand`
                                                ) AS `t35`
                                                  ON `t35`.`workspace_id` = `t17`.`workspace_id`
                                                INNER JOIN `account` AS `t25`
                                                  ON `t25`.`influencer_id` = `t35`.`id`
                                              ) AS `t66`
                                            ) AS `t118`
                                            INNER JOIN `campaign` AS `t15`
                                              ON `t118`.`campaign_id` = `t15`.`id`
                                            INNER JOIN `account` AS `t25`
                                              ON `t118`.`account_id` = `t25`.`id`
                                            INNER JOIN `influencer` AS `t19`
                                              ON `t25`.`influencer_id` = `t19`.`id`
                                          ) AS `t140`
                                          INNER JOIN (
                                            SELECT
                                              CAST(`t13`.`account_id` AS INT64) AS `account_id`,
                                              `t13`.`followers`,
                                              UNIX_SECONDS(CAST(`t13`.`captured_at` AS TIMESTAMP)) AS `at`,
                                              CASE `t13`.`provenance`
                                                WHEN 'measured'
                                                THEN 0
                                                WHEN 'self_reported'
                                                THEN 1
                                                WHEN 'estimated'
                                                THEN 2
                                                ELSE 2
                                              END AS `rank`
                                            FROM `follower_snapshot` AS `t13`
                                          ) AS `t58`
                                            ON `t140`.`account_id` = `t58`.`account_id`
                                        ) AS `t149`
                                        WHERE
                                          `t149`.`at` <= (
                                            `t149`.`start_at` - (
                                              `t149`.`end_at` - `t149`.`start_at`
                                            )
                                          )
                                      ) AS `t153`
                                    ) AS `t155`
                                    WHERE
                                      `t155`.`order` = 0
                                  ) AS `t160`
                                    ON `t181`.`campaign_id` = `t160`.`campaign_id`
                                    AND `t181`.`account_id` = `t160`.`account_id`
                                ) AS `t184`
                              ) AS `t191`
                            ) AS `t194`
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                `t61`.`campaign_id`,
                                `t61`.`campaign`,
                                `t61`.`influencer_id`,
                                `t61`.`influencer`,
                                CAST(NULL AS INT64) AS `account_id`,
                                CAST(NULL AS STRING) AS `platform`,
                                CAST(NULL AS STRING) AS `format`,
                                CAST(NULL AS INT64) AS `post_id`,
                                `t61`.`day`,
                                CAST(NULL AS FLOAT64) AS `reach`,
                                CAST(NULL AS FLOAT64) AS `impressions`,
                                CAST(NULL AS FLOAT64) AS `views`,
                                CAST(NULL AS FLOAT64) AS `likes`,
                                CAST(NULL AS FLOAT64) AS `comments`,
                                CAST(NULL AS FLOAT64) AS `shares`,
                                CAST(NULL AS FLOAT64) AS `saves`,
                                CAST(NULL AS FLOAT64) AS `clicks`,
                                CAST(NULL AS INT64) AS `reach__provenance`,
                                CAST(NULL AS INT64) AS `impressions__provenance`,
                                CAST(NULL AS INT64) AS `views__provenance`,
                                CAST(NULL AS INT64) AS `likes__provenance`,
                                CAST(NULL AS INT64) AS `comments__provenance`,
                                CAST(NULL AS INT64) AS `shares__provenance`,
                                CAST(NULL AS INT64) AS `saves__provenance`,
                                CAST(NULL AS INT64) AS `clicks__provenance`,
                                CAST(NULL AS FLOAT64) AS `followers`,
                                CAST(NULL AS INT64) AS `followers__provenance`,
                                CAST(NULL AS FLOAT64) AS `engagements`,
                                CAST(NULL AS INT64) AS `engagements__provenance`,
                                CAST(NULL AS FLOAT64) AS `impressions_with_estimates`,
                                CAST(NULL AS INT64) AS `impressions_with_estimates__provenance`,
                                CAST(NULL AS FLOAT64) AS `er_reach_post`,
                                CAST(NULL AS FLOAT64) AS `er_followers_post`,
                                CAST(NULL AS FLOAT64) AS `er_impressions_post`,
                                CAST(NULL AS FLOAT64) AS `er_views_post`,
                                CAST(NULL AS INT64) AS `er_reach_post__provenance`,
                                CAST(NULL AS INT64) AS `er_followers_post__provenance`,
                                CAST(NULL AS INT64) AS `er_impressions_post__provenance`,
                                CAST(NULL AS INT64) AS `er_views_post__provenance`,
                                CAST(NULL AS STRING) AS `post_platform`,
                                CAST(NULL AS FLOAT64) AS `publishing_influencer`,
                                CAST(NULL AS FLOAT64) AS `sponsored_posts`,
                                CAST(NULL AS FLOAT64) AS `disclosed_sponsored_posts`,
                                CAST(NULL AS FLOAT64) AS `cost`,
                                CAST(NULL AS FLOAT64) AS `key_message_posts`,
                                CAST(NULL AS FLOAT64) AS `ugc_post`,
                                CAST(NULL AS FLOAT64) AS `mentions`,
                                CAST(NULL AS FLOAT64) AS `brand_mentions`,
                                CAST(NULL AS FLOAT64) AS `mention_engagements`,
                                CAST(NULL AS FLOAT64) AS `brand_mention_engagements`,
                                CAST(NULL AS FLOAT64) AS `followers_start`,
                                CAST(NULL AS FLOAT64) AS `followers_gained`,
                                CAST(NULL AS FLOAT64) AS `followers_expected_gain`,
                                CAST(NULL AS INT64) AS `followers_start__provenance`,
                                CAST(NULL AS INT64) AS `followers_gained__provenance`,
                                CAST(NULL AS INT64) AS `followers_expected_gain__provenance`,
                                CAST(NULL AS FLOAT64) AS `brand_followers_start`,
                                CAST(NULL AS FLOAT64) AS `brand_followers_gained`,
                                CAST(NULL AS FLOAT64) AS `brand_followers_expected_gain`,
                                CAST(NULL AS INT64) AS `brand_followers_start__provenance`,
                                CAST(NULL AS INT64) AS `brand_followers_gained__provenance`,
                                CAST(NULL AS INT64) AS `brand_followers_expected_gain__provenance`,
                                `t61`.`influencers_contacted`,
                                `t61`.`influencers_interested`,
                                `t61`.`posts_contracted`,
                                `t61`.`products_sent`,
                                CAST(NULL AS FLOAT64) AS `link_clicks`,
                                CAST(NULL AS FLOAT64) AS `unique_link_clicks`,
                                CAST(NULL AS FLOAT64) AS `bot_link_clicks`,
                                CAST(NULL AS FLOAT64) AS `sessions`,
                                CAST(NULL AS FLOAT64) AS `new_users`,
                                CAST(NULL AS FLOAT64) AS `engaged_sessions`,
                                CAST(NULL AS FLOAT64) AS `bounced_sessions`,
                                CAST(NULL AS FLOAT64) AS `session_seconds`,
                                CAST(NULL AS FLOAT64) AS `page_views`,
                                CAST(NULL AS FLOAT64) AS `key_events`,
                                CAST(NULL AS FLOAT64) AS `orders`,
                                CAST(NULL AS FLOAT64) AS `revenue`,
                                CAST(NULL AS FLOAT64) AS `new_customers`,
                                CAST(NULL AS FLOAT64) AS `key_messages`
                              FROM (
                                SELECT
                                  CAST(`t20`.`campaign_id` AS INT64) AS `campaign_id`,
                                  CAST(`t15`.`name` AS STRING) AS `campaign`,
                                  CAST(`t20`.`influencer_id` AS INT64) AS `influencer_id`,
                                  CAST(`t18`.`name` AS STRING) AS `influencer`,
                                  `t15`.`start_date` AS `day`,
                                  CAST(1 AS FLOAT64) AS `influencers_contacted`,
                                  CAST(IF(`t20`.`status` IN ('interested', 'activated'), 1, 0) AS FLOAT64) AS `influencers_interested`,
                                  CAST(`t20`.`posts_contracted` AS FLOAT64) AS `posts_contracted`,
                                  CAST(`t20`.`products_sent` AS FLOAT64) AS `products_sent`
                                FROM `roster` AS `t20`
                                INNER JOIN `campaign` AS `t15`
                                  ON `t20`.`campaign_id` = `t15`.`id`
                                INNER JOIN `influencer` AS `t18`
                                  ON `t20`.`influencer_id` = `t18`.`id`
                              ) AS `t61`
                            ) AS `t72`
                          ) AS `t195`
                          UNION ALL
                          SELECT
                            *
                          FROM (
                            SELECT
                              `t117`.`campaign_id`,
                              `t117`.`campaign`,
                              `t117`.`influencer_id`,
                              `t117`.`influencer`,
                              CAST(NULL AS INT64) AS `account_id`,
                              `t117`.`platform`,
                              CAST(NULL AS STRING) AS `format`,
                              `t117`.`post_id`,
                              `t117`.`day`,
                              CAST(NULL AS FLOAT64) AS `reach`,
                              CAST(NULL AS FLOAT64) AS `impressions`,
                              CAST(NULL AS FLOAT64) AS `views`,
                              CAST(NULL AS FLOAT64) AS `likes`,
                              CAST(NULL AS FLOAT64) AS `comments`,
                              CAST(NULL AS FLOAT64) AS `shares`,
                              CAST(NULL AS FLOAT64) AS `saves`,
                              CAST(NULL AS FLOAT64) AS `clicks`,
                              CAST(NULL AS INT64) AS `reach__provenance`,
                              CAST(NULL AS INT64) AS `impressions__provenance`,
                              CAST(NULL AS INT64) AS `views__provenance`,
                              CAST(NULL AS INT64) AS `likes__provenance`,
                              CAST(NULL AS INT64) AS `comments__provenance`,
                              CAST(NULL AS INT64) AS `shares__provenance`,
                              CAST(NULL AS INT64) AS `saves__provenance`,
                              CAST(NULL AS INT64) AS `clicks__provenance`,
                              CAST(NULL AS FLOAT64) AS `followers`,
                              CAST(NULL AS INT64) AS `followers__provenance`,
                              CAST(NULL AS FLOAT64) AS `engagements`,
                              CAST(NULL AS INT64) AS `engagements__provenance`,
                              CAST(NULL AS FLOAT64) AS `impressions_with_estimates`,
                              CAST(NULL AS INT64) AS `impressions_with_estimates__provenance`,
                              CAST(NULL AS FLOAT64) AS `er_reach_post`,
                              CAST(NULL AS FLOAT64) AS `er_followers_post`,
                              CAST(NULL AS FLOAT64) AS `er_impressions_post`,
                              CAST(NULL AS FLOAT64) AS `er_views_post`,
                              CAST(NULL AS INT64) AS `er_reach_post__provenance`,
                              CAST(NULL AS INT64) AS `er_followers_post__provenance`,
                              CAST(NULL AS INT64) AS `er_impressions_post__provenance`,
                              CAST(NULL AS INT64) AS `er_views_post__provenance`,
                              CAST(NULL AS STRING) AS `post_platform`,
                              CAST(NULL AS FLOAT64) AS `publishing_influencer`,
                              CAST(NULL AS FLOAT64) AS `sponsored_posts`,
                              CAST(NULL AS FLOAT64) AS `disclosed_sponsored_posts`,
                              CAST(NULL AS FLOAT64) AS `cost`,
                              CAST(NULL AS FLOAT64) AS `key_message_posts`,
                              CAST(NULL AS FLOAT64) AS `ugc_post`,
                              CAST(NULL AS FLOAT64) AS `mentions`,
                              CAST(NULL AS FLOAT64) AS `brand_mentions`,
                              CAST(NULL AS FLOAT64) AS `mention_engagements`,
                              CAST(NULL AS FLOAT64) AS `brand_mention_engagements`,
                              CAST(NULL AS FLOAT64) AS `followers_start`,
                              CAST(NULL AS FLOAT64) AS `followers_gained`,
                              CAST(NULL AS FLOAT64) AS `followers_expected_gain`,
                              CAST(NULL AS INT64) AS `followers_start__provenance`,
                              CAST(NULL AS INT64) AS `followers_gained__provenance`,
                              CAST(NULL AS INT64) AS `followers_expected_gain__provenance`,
                              CAST(NULL AS FLOAT64) AS `brand_followers_start`,
                              CAST(NULL AS FLOAT64) AS `brand_followers_gained`,
                              CAST(NULL AS FLOAT64) AS `brand_followers_expected_gain`,
                              CAST(NULL AS INT64) AS `brand_followers_start__provenance`,
                              CAST(NULL AS INT64) AS `brand_followers_gained__provenance`,
                              CAST(NULL AS INT64) AS `brand_followers_expected_gain__provenance`,
                              CAST(NULL AS FLOAT64) AS `influencers_contacted`,
                              CAST(NULL AS FLOAT64) AS `influencers_interested`,
                              CAST(NULL AS FLOAT64) AS `posts_contracted`,
                              CAST(NULL AS FLOAT64) AS `products_sent`,
                              `t117`.`link_clicks`,
                              `t117`.`unique_link_clicks`,
                              `t117`.`bot_link_clicks`,
                              CAST(NULL AS FLOAT64) AS `sessions`,
                              CAST(NULL AS FLOAT64) AS `new_users`,
                              CAST(NULL AS FLOAT64) AS `engaged_sessions`,
                              CAST(NULL AS FLOAT64) AS `bounced_sessions`,
                              CAST(NULL AS FLOAT64) AS `session_seconds`,
                              CAST(NULL AS FLOAT64) AS `page_views`,
                              CAST(NULL AS FLOAT64) AS `key_events`,
                              CAST(NULL AS FLOAT64) AS `orders`,
                              CAST(NULL AS FLOAT64) AS `revenue`,
                              CAST(NULL AS FLOAT64) AS `new_customers`,
                              CAST(NULL AS FLOAT64) AS `key_messages`
                            FROM (
                              SELECT
                                `t105`.`campaign_id`,
                                `t105`.`influencer_id`,
                                `t105`.`post_id`,
                                `t105`.`platform`,
                                `t105`.`day`,
                                `t105`.`link_clicks`,
                                `t105`.`unique_link_clicks`,
                                `t105`.`bot_link_clicks`,
                                CAST(`t15`.`name` AS STRING) AS `campaign`,
                                CAST(`t18`.`name` AS STRING) AS `influencer`
                              FROM (
                                SELECT
                                  `t68`.`campaign_id`,
                                  `t68`.`influencer_id`,
                                  `t68`.`post_id`,
                                  `t68`.`platform`,
                                  `t68`.`day`,
                                  SUM(`t68`.`link_clicks`) AS `link_clicks`,
                                  SUM(`t68`.`unique_link_clicks`) AS `unique_link_clicks`,
                                  SUM(`t68`.`bot_link_clicks`) AS `bot_link_clicks`
                                FROM (
                                  SELECT
                                    CAST(`t23`.`campaign_id` AS INT64) AS `campaign_id`,
                                    CAST(`t23`.`influencer_id` AS INT64) AS `influencer_id`,
                                    CAST(`t23`.`post_id` AS INT64) AS `post_id`,
                                    CAST(`t23`.`platform` AS STRING) AS `platform`,
                                    DATE(`t22`.`clicked_at`) AS `day`,
                                    CAST(IF(NOT (
                                      `t22`.`is_bot`
                                    ), 1, 0) AS FLOAT64) AS `link_clicks`,
                                    CAST(IF(NOT (
                                      `t22`.`is_bot`
                                    ) AND `t22`.`is_unique`, 1, 0) AS FLOAT64) AS `unique_link_clicks`,
                                    CAST(IF(`t22`.`is_bot`, 1, 0) AS FLOAT64) AS `bot_link_clicks`
                                  FROM `click` AS `t22`
                                  INNER JOIN `link` AS `t23`
                                    ON `t22`.`link_id` = `t23`.`id`
                                ) AS `t68`
                                GROUP BY
                                  1,
                                  2,
                                  3,
                                  4,
                                  5
                              ) AS `t105`
                              INNER JOIN `campaign` AS `t15`
                                ON `t105`.`campaign_id` = `t15`.`id`
                              LEFT OUTER JOIN `influencer` AS `t18`
                                ON `t105`.`influencer_id` = `t18`.`id`
                            ) AS `t117`
                          ) AS `t125`
                        ) AS `t196`
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            `t106`.`campaign_id`,
                            `t106`.`campaign`,
                            `t106`.`influencer_id`,
                            `t106`.`influencer`,
                            CAST(NULL AS INT64) AS `account_id`,
                            `t106`.`platform`,
                            CAST(NULL AS STRING) AS `format`,
                            CAST(NULL AS INT64) AS `post_id`,
                            `t106`.`day`,
                            CAST(NULL AS FLOAT64) AS `reach`,
                            CAST(NULL AS FLOAT64) AS `impressions`,
                            CAST(NULL AS FLOAT64) AS `views`,
                            CAST(NULL AS FLOAT64) AS `likes`,
                            CAST(NULL AS FLOAT64) AS `comments`,
                            CAST(NULL AS FLOAT64) AS `shares`,
                            CAST(NULL AS FLOAT64) AS `saves`,
                            CAST(NULL AS FLOAT64) AS `clicks`,
                            CAST(NULL AS INT64) AS `reach__provenance`,
                            CAST(NULL AS INT64) AS `impressions__provenance`,
                            CAST(NULL AS INT64) AS `views__provenance`,
                            CAST(NULL AS INT64) AS `likes__provenance`,
                            CAST(NULL AS INT64) AS `comments__provenance`,
                            CAST(NULL AS INT64) AS `shares__provenance`,
                            CAST(NULL AS INT64) AS `saves__provenance`,
                            CAST(NULL AS INT64) AS `clicks__provenance`,
                            CAST(NULL AS FLOAT64) AS `followers`,
                            CAST(NULL AS INT64) AS `followers__provenance`,
                            CAST(NULL AS FLOAT64) AS `engagements`,
                            CAST(NULL AS INT64) AS `engagements__provenance`,
                            CAST(NULL AS FLOAT64) AS `impressions_with_estimates`,
                            CAST(NULL AS INT64) AS `impressions_with_estimates__provenance`,
                            CAST(NULL AS FLOAT64) AS `er_reach_post`,
                            CAST(NULL AS FLOAT64) AS `er_followers_post`,
                            CAST(NULL AS FLOAT64) AS `er_impressions_post`,
                            CAST(NULL AS FLOAT64) AS `er_views_post`,
                            CAST(NULL AS INT64) AS `er_reach_post__provenance`,
                            CAST(NULL AS INT64) AS `er_followers_post__provenance`,
                            CAST(NULL AS INT64) AS `er_impressions_post__provenance`,
                            CAST(NULL AS INT64) AS `er_views_post__provenance`,
                            CAST(NULL AS STRING) AS `post_platform`,
                            CAST(NULL AS FLOAT64) AS `publishing_influencer`,
                            CAST(NULL AS FLOAT64) AS `sponsored_posts`,
                            CAST(NULL AS FLOAT64) AS `disclosed_sponsored_posts`,
                            CAST(NULL AS FLOAT64) AS `cost`,
                            CAST(NULL AS FLOAT64) AS `key_message_posts`,
                            CAST(NULL AS FLOAT64) AS `ugc_post`,
                            CAST(NULL AS FLOAT64) AS `mentions`,
                            CAST(NULL AS FLOAT64) AS `brand_mentions`,
                            CAST(NULL AS FLOAT64) AS `mention_engagements`,
                            CAST(NULL AS FLOAT64) AS `brand_mention_engagements`,
                            CAST(NULL AS FLOAT64) AS `followers_start`,
                            CAST(NULL AS FLOAT64) AS `followers_gained`,
                            CAST(NULL AS FLOAT64) AS `followers_expected_gain`,
                            CAST(NULL AS INT64) AS `followers_start__provenance`,
                            CAST(NULL AS INT64) AS `followers_gained__provenance`,
                            CAST(NULL AS INT64) AS `followers_expected_gain__provenance`,
                            CAST(NULL AS FLOAT64) AS `brand_followers_start`,
                            CAST(NULL AS FLOAT64) AS `brand_followers_gained`,
                            CAST(NULL AS FLOAT64) AS `brand_followers_expected_gain`,
                            CAST(NULL AS INT64) AS `brand_followers_start__provenance`,
                            CAST(NULL AS INT64) AS `brand_followers_gained__provenance`,
                            CAST(NULL AS INT64) AS `brand_followers_expected_gain__provenance`,
                            CAST(NULL AS FLOAT64) AS `influencers_contacted`,
                            CAST(NULL AS FLOAT64) AS `influencers_interested`,
                            CAST(NULL AS FLOAT64) AS `posts_contracted`,
                            CAST(NULL AS FLOAT64) AS `products_sent`,
                            CAST(NULL AS FLOAT64) AS `link_clicks`,
                            CAST(NULL AS FLOAT64) AS `unique_link_clicks`,
                            CAST(NULL AS FLOAT64) AS `bot_link_clicks`,
                            `t106`.`sessions`,
                            `t106`.`new_users`,
                            `t106`.`engaged_sessions`,
                            `t106`.`bounced_sessions`,
                            `t106`.`session_seconds`,
                            `t106`.`page_views`,
                            `t106`.`key_events`,
                            CAST(NULL AS FLOAT64) AS `orders`,
                            CAST(NULL AS FLOAT64) AS `revenue`,
                            CAST(NULL AS FLOAT64) AS `new_customers`,
                            CAST(NULL AS FLOAT64) AS `key_messages`
                          FROM (
                            SELECT
                              `t84`.`campaign_id`,
                              `t84`.`influencer_id`,
                              `t84`.`platform`,
                              `t84`.`day`,
                              `t84`.`sessions`,
                              `t84`.`new_users`,
                              `t84`.`engaged_sessions`,
                              `t84`.`bounced_sessions`,
                              `t84`.`session_seconds`,
                              `t84`.`page_views`,
                              `t84`.`key_events`,
                              CAST(`t15`.`name` AS STRING) AS `campaign`,
                              CAST(`t18`.`name` AS STRING) AS `influencer`
                            FROM (
                              SELECT
                                `t47`.`campaign_id`,
                                `t47`.`influencer_id`,
                                `t47`.`platform`,
                                `t47`.`day`,
                                SUM(`t47`.`sessions`) AS `sessions`,
                                SUM(`t47`.`new_users`) AS `new_users`,
                                SUM(`t47`.`engaged_sessions`) AS `engaged_sessions`,
                                SUM(`t47`.`bounced_sessions`) AS `bounced_sessions`,
                                SUM(`t47`.`session_seconds`) AS `session_seconds`,
                                SUM(`t47`.`page_views`) AS `page_views`,
                                SUM(`t47`.`key_events`) AS `key_events`
                              FROM (
                                SELECT
                                  CAST(`t6`.`campaign_id` AS INT64) AS `campaign_id`,
                                  CAST(`t6`.`influencer_id` AS INT64) AS `influencer_id`,
                                  LOWER(`t6`.`utm_source`) AS `platform`,
                                  `t6`.`day`,
                                  CAST(`t6`.`sessions` AS FLOAT64) AS `sessions`,
                                  CAST(`t6`.`new_users` AS FLOAT64) AS `new_users`,
                                  CAST(`t6`.`engaged_sessions` AS FLOAT64) AS `engaged_sessions`,
                                  CAST(`t6`.`sessions` - `t6`.`engaged_sessions` AS FLOAT64) AS `bounced_sessions`,
                                  CAST(`t6`.`duration_seconds` AS FLOAT64) AS `session_seconds`,
                                  CAST(`t6`.`page_views` AS FLOAT64) AS `page_views`,
                                  CAST(`t6`.`key_events` AS FLOAT64) AS `key_events`
                                FROM `web_traffic` AS `t6`
                                WHERE
                                  `t6`.`campaign_id` IS NOT NULL
                              ) AS `t47`
                              GROUP BY
                                1,
                                2,
                                3,
                                4
                            ) AS `t84`
                            INNER JOIN `campaign` AS `t15`
                              ON `t84`.`campaign_id` = `t15`.`id`
                            LEFT OUTER JOIN `influencer` AS `t18`
                              ON `t84`.`influencer_id` = `t18`.`id`
                          ) AS `t106`
                        ) AS `t113`
                      ) AS `t197`
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          `t112`.`campaign_id`,
                          `t112`.`campaign`,
                          `t112`.`influencer_id`,
                          `t112`.`influencer`,
                          CAST(NULL AS INT64) AS `account_id`,
                          `t112`.`platform`,
                          CAST(NULL AS STRING) AS `format`,
                          CAST(NULL AS INT64) AS `post_id`,
                          `t112`.`day`,
                          CAST(NULL AS FLOAT64) AS `reach`,
                          CAST(NULL AS FLOAT64) AS `impressions`,
                          CAST(NULL AS FLOAT64) AS `views`,
                          CAST(NULL AS FLOAT64) AS `likes`,
                          CAST(NULL AS FLOAT64) AS `comments`,
                          CAST(NULL AS FLOAT64) AS `shares`,
                          CAST(NULL AS FLOAT64) AS `saves`,
                          CAST(NULL AS FLOAT64) AS `clicks`,
                          CAST(NULL AS INT64) AS `reach__provenance`,
                          CAST(NULL AS INT64) AS `impressions__provenance`,
                          CAST(NULL AS INT64) AS `views__provenance`,
                          CAST(NULL AS INT64) AS `likes__provenance`,
                          CAST(NULL AS INT64) AS `comments__provenance`,
                          CAST(NULL AS INT64) AS `shares__provenance`,
                          CAST(NULL AS INT64) AS `saves__provenance`,
                          CAST(NULL AS INT64) AS `clicks__provenance`,
                          CAST(NULL AS FLOAT64) AS `followers`,
                          CAST(NULL AS INT64) AS `followers__provenance`,
                          CAST(NULL AS FLOAT64) AS `engagements`,
                          CAST(NULL AS INT64) AS `engagements__provenance`,
                          CAST(NULL AS FLOAT64) AS `impressions_with_estimates`,
                          CAST(NULL AS INT64) AS `impressions_with_estimates__provenance`,
                          CAST(NULL AS FLOAT64) AS `er_reach_post`,
                          CAST(NULL AS FLOAT64) AS `er_followers_post`,
                          CAST(NULL AS FLOAT64) AS `er_impressions_post`,
                          CAST(NULL AS FLOAT64) AS `er_views_post`,
                          CAST(NULL AS INT64) AS `er_reach_post__provenance`,
                          CAST(NULL AS INT64) AS `er_followers_post__provenance`,
                          CAST(NULL AS INT64) AS `er_impressions_post__provenance`,
                          CAST(NULL AS INT64) AS `er_views_post__provenance`,
                          CAST(NULL AS STRING) AS `post_platform`,
                          CAST(NULL AS FLOAT64) AS `publishing_influencer`,
                          CAST(NULL AS FLOAT64) AS `sponsored_posts`,
                          CAST(NULL AS FLOAT64) AS `disclosed_sponsored_posts`,
                          CAST(NULL AS FLOAT64) AS `cost`,
                          CAST(NULL AS FLOAT64) AS `key_message_posts`,
                          CAST(NULL AS FLOAT64) AS `ugc_post`,
                          CAST(NULL AS FLOAT64) AS `mentions`,
                          CAST(NULL AS FLOAT64) AS `brand_mentions`,
                          CAST(NULL AS FLOAT64) AS `mention_engagements`,
                          CAST(NULL AS FLOAT64) AS `brand_mention_engagements`,
                          CAST(NULL AS FLOAT64) AS `followers_start`,
                          CAST(NULL AS FLOAT64) AS `followers_gained`,
                          CAST(NULL AS FLOAT64) AS `followers_expected_gain`,
                          CAST(NULL AS INT64) AS `followers_start__provenance`,
                          CAST(NULL AS INT64) AS `followers_gained__provenance`,
                          CAST(NULL AS INT64) AS `followers_expected_gain__provenance`,
                          CAST(NULL AS FLOAT64) AS `brand_followers_start`,
                          CAST(NULL AS FLOAT64) AS `brand_followers_gained`,
                          CAST(NULL AS FLOAT64) AS `brand_followers_expected_gain`,
                          CAST(NULL AS INT64) AS `brand_followers_start__provenance`,
                          CAST(NULL AS INT64) AS `brand_followers_gained__provenance`,
                          CAST(NULL AS INT64) AS `brand_followers_expected_gain__provenance`,
                          CAST(NULL AS FLOAT64) AS `influencers_contacted`,
                          CAST(NULL AS FLOAT64) AS `influencers_interested`,
                          CAST(NULL AS FLOAT64) AS `posts_contracted`,
                          CAST(NULL AS FLOAT64) AS `products_sent`,
                          CAST(NULL AS FLOAT64) AS `link_clicks`,
                          CAST(NULL AS FLOAT64) AS `unique_link_clicks`,
                          CAST(NULL AS FLOAT64) AS `bot_link_clicks`,
                          CAST(NULL AS FLOAT64) AS `sessions`,
                          CAST(NULL AS FLOAT64) AS `new_users`,
                          CAST(NULL AS FLOAT64) AS `engaged_sessions`,
                          CAST(NULL AS FLOAT64) AS `bounced_sessions`,
                          CAST(NULL AS FLOAT64) AS `session_seconds`,
                          CAST(NULL AS FLOAT64) AS `page_views`,
                          CAST(NULL AS FLOAT64) AS `key_events`,
                          `t112`.`orders`,
                          `t112`.`revenue`,
                          `t112`.`new_customers`,
                          CAST(NULL AS FLOAT64) AS `key_messages`
                        FROM (
                          SELECT
                            `t99`.`campaign_id`,
                            `t99`.`influencer_id`,
                            `t99`.`platform`,
                            `t99`.`day`,
                            `t99`.`orders`,
                            `t99`.`revenue`,
                            `t99`.`new_customers`,
                            CAST(`t15`.`name` AS STRING) AS `campaign`,
                            CAST(`t18`.`name` AS STRING) AS `influencer`
                          FROM (
                            SELECT
                              `t62`.`campaign_id`,
                              `t62`.`influencer_id`,
                              `t62`.`platform`,
                              `t62`.`day`,
                              SUM(`t62`.`orders`) AS `orders`,
                              SUM(`t62`.`revenue`) AS `revenue`,
                              SUM(`t62`.`new_customers`) AS `new_customers`
                            FROM (
                              SELECT
                                CAST(`t5`.`campaign_id` AS INT64) AS `campaign_id`,
                                CAST(`t5`.`influencer_id` AS INT64) AS `influencer_id`,
                                `t5`.`platform`,
                                `t5`.`ordered_on` AS `day`,
                                CAST(IF(NOT (
                                  `t5`.`reversed`
                                ), 1, 0) AS FLOAT64) AS `orders`,
                                IF(NOT (
                                  `t5`.`reversed`
                                ), CAST(`t5`.`campaign_revenue` AS FLOAT64), 0) AS `revenue`,
                                CAST(IF(NOT (
                                  `t5`.`reversed`
                                ) AND COALESCE(`t5`.`new_customer`, FALSE), 1, 0) AS FLOAT64) AS `new_customers`
                              FROM `order_attribution` AS `t5`
                            ) AS `t62`
                            GROUP BY
                              1,
                              2,
                              3,
                              4
                          ) AS `t99`
                          INNER JOIN `campaign` AS `t15`
                            ON `t99`.`campaign_id` = `t15`.`id`
                          LEFT OUTER JOIN `influencer` AS `t18`
                            ON `t99`.`influencer_id` = `t18`.`id`
                        ) AS `t112`
                      ) AS `t121`
                    ) AS `t198`
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        CAST(`t0`.`id` AS INT64) AS `campaign_id`,
                        CAST(`t0`.`name` AS STRING) AS `campaign`,
                        CAST(NULL AS INT64) AS `influencer_id`,
                        CAST(NULL AS STRING) AS `influencer`,
                        CAST(NULL AS INT64) AS `account_id`,
                        CAST(NULL AS STRING) AS `platform`,
                        CAST(NULL AS STRING) AS `format`,
                        CAST(NULL AS INT64) AS `post_id`,
                        CAST(`t0`.`start_date` AS DATE) AS `day`,
                        CAST(NULL AS FLOAT64) AS `reach`,
                        CAST(NULL AS FLOAT64) AS `impressions`,
                        CAST(NULL AS FLOAT64) AS `views`,
                        CAST(NULL AS FLOAT64) AS `likes`,
                        CAST(NULL AS FLOAT64) AS `comments`,
                        CAST(NULL AS FLOAT64) AS `shares`,
                        CAST(NULL AS FLOAT64) AS `saves`,
                        CAST(NULL AS FLOAT64) AS `clicks`,
                        CAST(NULL AS INT64) AS `reach__provenance`,
                        CAST(NULL AS INT64) AS `impressions__provenance`,
                        CAST(NULL AS INT64) AS `views__provenance`,
                        CAST(NULL AS INT64) AS `likes__provenance`,
                        CAST(NULL AS INT64) AS `comments__provenance`,
                        CAST(NULL AS INT64) AS `shares__provenance`,
                        CAST(NULL AS INT64) AS `saves__provenance`,
                        CAST(NULL AS INT64) AS `clicks__provenance`,
                        CAST(NULL AS FLOAT64) AS `followers`,
                        CAST(NULL AS INT64) AS `followers__provenance`,
                        CAST(NULL AS FLOAT64) AS `engagements`,
                        CAST(NULL AS INT64) AS `engagements__provenance`,
                        CAST(NULL AS FLOAT64) AS `impressions_with_estimates`,
                        CAST(NULL AS INT64) AS `impressions_with_estimates__provenance`,
                        CAST(NULL AS FLOAT64) AS `er_reach_post`,
                        CAST(NULL AS FLOAT64) AS `er_followers_post`,
                        CAST(NULL AS FLOAT64) AS `er_impressions_post`,
                        CAST(NULL AS FLOAT64) AS `er_views_post`,
                        CAST(NULL AS INT64) AS `er_reach_post__provenance`,
                        CAST(NULL AS INT64) AS `er_followers_post__provenance`,
                        CAST(NULL AS INT64) AS `er_impressions_post__provenance`,
                        CAST(NULL AS INT64) AS `er_views_post__provenance`,
                        CAST(NULL AS STRING) AS `post_platform`,
                        CAST(NULL AS FLOAT64) AS `publishing_influencer`,
                        CAST(NULL AS FLOAT64) AS `sponsored_posts`,
                        CAST(NULL AS FLOAT64) AS `disclosed_sponsored_posts`,
                        CAST(NULL AS FLOAT64) AS `cost`,
                        CAST(NULL AS FLOAT64) AS `key_message_posts`,
                        CAST(NULL AS FLOAT64) AS `ugc_post`,
                        CAST(NULL AS FLOAT64) AS `mentions`,
                        CAST(NULL AS FLOAT64) AS `brand_mentions`,
                        CAST(NULL AS FLOAT64) AS `mention_engagements`,
                        CAST(NULL AS FLOAT64) AS `brand_mention_engagements`,
                        CAST(NULL AS FLOAT64) AS `followers_start`,
                        CAST(NULL AS FLOAT64) AS `followers_gained`,
                        CAST(NULL AS FLOAT64) AS `followers_expected_gain`,
                        CAST(NULL AS INT64) AS `followers_start__provenance`,
                        CAST(NULL AS INT64) AS `followers_gained__provenance`,
                        CAST(NULL AS INT64) AS `followers_expected_gain__provenance`,
                        CAST(NULL AS FLOAT64) AS `brand_followers_start`,
                        CAST(NULL AS FLOAT64) AS `brand_followers_gained`,
                        CAST(NULL AS FLOAT64) AS `brand_followers_expected_gain`,
                        CAST(NULL AS INT64) AS `brand_followers_start__provenance`,
                        CAST(NULL AS INT64) AS `brand_followers_gained__provenance`,
                        CAST(NULL AS INT64) AS `brand_followers_expected_gain__provenance`,
                        CAST(NULL AS FLOAT64) AS `influencers_contacted`,
                        CAST(NULL AS FLOAT64) AS `influencers_interested`,
                        CAST(NULL AS FLOAT64) AS `posts_contracted`,
                        CAST(NULL AS FLOAT64) AS `products_sent`,
                        CAST(NULL AS FLOAT64) AS `link_clicks`,
                        CAST(NULL AS FLOAT64) AS `unique_link_clicks`,
                        CAST(NULL AS FLOAT64) AS `bot_link_clicks`,
                        CAST(NULL AS FLOAT64) AS `sessions`,
                        CAST(NULL AS FLOAT64) AS `new_users`,
                        CAST(NULL AS FLOAT64) AS `engaged_sessions`,
                        CAST(NULL AS FLOAT64) AS `bounced_sessions`,
                        CAST(NULL AS FLOAT64) AS `session_seconds`,
                        CAST(NULL AS FLOAT64) AS `page_views`,
                        CAST(NULL AS FLOAT64) AS `key_events`,
                        CAST(NULL AS FLOAT64) AS `orders`,
                        CAST(NULL AS FLOAT64) AS `revenue`,
                        CAST(NULL AS FLOAT64) AS `new_customers`,
                        CAST(IF(
                          LENGTH(`t0`.`key_messages`) > 0,
                          (
                            LENGTH(`t0`.`key_messages`) - LENGTH(REPLACE(`t0`.`key_messages`, '\n', ''))
                          ) + 1,
                          0
                        ) AS FLOAT64) AS `key_messages`
                      FROM `campaign` AS `t0`
                    ) AS `t69`
                  ) AS `t201`
                  LEFT OUTER JOIN (
                    SELECT
                      `t139`.`campaign_id`,
                      `t139`.`rate` AS `emv_rate`
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          CAST(`t0`.`id` AS INT64) AS `campaign_id`,
                          CAST(1 AS FLOAT64) AS `rate`
                        FROM `campaign` AS `t0`
                        WHERE
                          `t0`.`currency` = 'EUR'
                      ) AS `t30`
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          `t124`.`campaign_id`,
                          `t124`.`rate`
                        FROM (
                          SELECT
                            `t98`.`campaign_id`,
                            `t98`.`start`,
                            `t98`.`rate`,
                            `t98`.`valid`,
                            ROW_NUMBER() OVER (
                              PARTITION BY `t98`.`campaign_id`
                              ORDER BY IF(`t98`.`valid` <= `t98`.`start`, 0, 1) ASC, ABS(`t98`.`valid` - `t98`.`start`) ASC
                            ) - 1 AS `order`
                          FROM (
                            SELECT
                              `t54`.`campaign_id`,
                              `t54`.`start`,
                              `t65`.`rate`,
                              UNIX_SECONDS(CAST(`t65`.`valid_on` AS TIMESTAMP)) AS `valid`
                            FROM (
                              SELECT
                                CAST(`t0`.`id` AS INT64) AS `campaign_id`,
                                `t0`.`currency`,
                                UNIX_SECONDS(CAST(`t0`.`start_date` AS TIMESTAMP)) AS `start`
                              FROM `campaign` AS `t0`
                            ) AS `t54`
                            INNER JOIN (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  `t2`.`quote`,
                                  `t2`.`valid_on`,
                                  CAST(`t2`.`rate` AS FLOAT64) AS `rate`
                                FROM `exchange_rate` AS `t2`
                                WHERE
                                  `t2`.`base` = 'EUR'
                              ) AS `t33`
                              UNION ALL
                              SELECT
                                *
                              FROM (
                                SELECT
                                  `t2`.`base` AS `quote`,
                                  `t2`.`valid_on`,
                                  ieee_divide(CAST(1 AS FLOAT64), NULLIF(CAST(`t2`.`rate` AS FLOAT64), 0)) AS `rate`
                                FROM `exchange_rate` AS `t2`
                                WHERE
                                  `t2`.`quote` = 'EUR'
                              ) AS `t56`
                            ) AS `t65`
                              ON `t54`.`currency` = `t65`.`quote`
                          ) AS `t98`
                        ) AS `t124`
                        WHERE
                          `t124`.`order` = 0
                      ) AS `t135`
                    ) AS `t139`
                  ) AS `t147`
                    ON `t201`.`campaign_id` = `t147`.`campaign_id`
                ) AS `t204`
                LEFT OUTER JOIN (
                  SELECT
                    `t1`.`account_id`,
                    `t1`.`inauthentic_share`
                  FROM `account_audit` AS `t1`
                ) AS `t31`
                  ON `t204`.`account_id` = `t31`.`account_id`
              ) AS `t206`
            ) AS `t209`
            LEFT OUTER JOIN (
              SELECT
                `t138`.`campaign_id`,
                `t138`.`rate` AS `paid_rate`
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    CAST(`t0`.`id` AS INT64) AS `campaign_id`,
                    CAST(1 AS FLOAT64) AS `rate`
                  FROM `campaign` AS `t0`
                  WHERE
                    `t0`.`currency` = 'USD'
                ) AS `t29`
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    `t123`.`campaign_id`,
                    `t123`.`rate`
                  FROM (
                    SELECT
                      `t97`.`campaign_id`,
                      `t97`.`start`,
                      `t97`.`rate`,
                      `t97`.`valid`,
                      ROW_NUMBER() OVER (
                        PARTITION BY `t97`.`campaign_id`
                        ORDER BY IF(`t97`.`valid` <= `t97`.`start`, 0, 1) ASC, ABS(`t97`.`valid` - `t97`.`start`) ASC
                      ) - 1 AS `order`
                    FROM (
                      SELECT
                        `t54`.`campaign_id`,
                        `t54`.`start`,
                        `t64`.`rate`,
                        UNIX_SECONDS(CAST(`t64`.`valid_on` AS TIMESTAMP)) AS `valid`
                      FROM (
                        SELECT
                          CAST(`t0`.`id` AS INT64) AS `campaign_id`,
                          `t0`.`currency`,
                          UNIX_SECONDS(CAST(`t0`.`start_date` AS TIMESTAMP)) AS `start`
                        FROM `campaign` AS `t0`
                      ) AS `t54`
                      INNER JOIN (
                        SELECT
                          *
                        FROM (
                          SELECT
                            `t2`.`quote`,
                            `t2`.`valid_on`,
                            CAST(`t2`.`rate` AS FLOAT64) AS `rate`
                          FROM `exchange_rate` AS `t2`
                          WHERE
                            `t2`.`base` = 'USD'
                        ) AS `t32`
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            `t2`.`base` AS `quote`,
                            `t2`.`valid_on`,
                            ieee_divide(CAST(1 AS FLOAT64), NULLIF(CAST(`t2`.`rate` AS FLOAT64), 0)) AS `rate`
                          FROM `exchange_rate` AS `t2`
                          WHERE
                            `t2`.`quote` = 'USD'
                        ) AS `t55`
                      ) AS `t64`
                        ON `t54`.`currency` = `t64`.`quote`
                    ) AS `t97`
                  ) AS `t123`
                  WHERE
                    `t123`.`order` = 0
                ) AS `t134`
              ) AS `t138`
            ) AS `t146`
              ON `t209`.`campaign_id` = `t146`.`campaign_id`
          ) AS `t211`
          WHERE
            `t211`.`campaign_id` IN (1)
            AND (
              (
                `t211`.`bot_link_clicks` IS NOT NULL
              )
              OR (
                `t211`.`bounced_sessions` IS NOT NULL
              )
              OR (
                `t211`.`brand_followers_expected_gain` IS NOT NULL
              )
              OR (
                `t211`.`brand_followers_gained` IS NOT NULL
              )
              OR (
                `t211`.`brand_followers_start` IS NOT NULL
              )
              OR (
                `t211`.`brand_mention_engagements` IS NOT NULL
              )
              OR (
                `t211`.`brand_mentions` IS NOT NULL
              )
              OR (
                `t211`.`clicks` IS NOT NULL
              )
              OR (
                `t211`.`comments` IS NOT NULL
              )
              OR (
                `t211`.`cost` IS NOT NULL
              )
              OR (
                `t211`.`disclosed_sponsored_posts` IS NOT NULL
              )
              OR (
                `t211`.`emv` IS NOT NULL
              )
              OR (
                `t211`.`emv_authentic` IS NOT NULL
              )
              OR (
                `t211`.`engagements` IS NOT NULL
              )
              OR (
                `t211`.`er_followers_post` IS NOT NULL
              )
              OR (
                `t211`.`er_impressions_post` IS NOT NULL
              )
              OR (
                `t211`.`er_reach_post` IS NOT NULL
              )
              OR (
                `t211`.`er_views_post` IS NOT NULL
              )
              OR (
                `t211`.`followers` IS NOT NULL
              )
              OR (
                `t211`.`followers_expected_gain` IS NOT NULL
              )
              OR (
                `t211`.`followers_gained` IS NOT NULL
              )
              OR (
                `t211`.`followers_start` IS NOT NULL
              )
              OR (
                `t211`.`impressions` IS NOT NULL
              )
              OR (
                `t211`.`impressions_with_estimates` IS NOT NULL
              )
              OR (
                `t211`.`influencers_contacted` IS NOT NULL
              )
              OR (
                `t211`.`influencers_interested` IS NOT NULL
              )
              OR (
                `t211`.`key_events` IS NOT NULL
              )
              OR (
                `t211`.`key_message_posts` IS NOT NULL
              )
              OR (
                `t211`.`key_messages` IS NOT NULL
              )
              OR (
                `t211`.`likes` IS NOT NULL
              )
              OR (
                `t211`.`link_clicks` IS NOT NULL
              )
              OR (
                `t211`.`mention_engagements` IS NOT NULL
              )
              OR (
                `t211`.`mentions` IS NOT NULL
              )
              OR (
                `t211`.`new_customers` IS NOT NULL
              )
              OR (
                `t211`.`new_users` IS NOT NULL
              )
              OR (
                `t211`.`orders` IS NOT NULL
              )
              OR (
                `t211`.`page_views` IS NOT NULL
              )
              OR (
                ieee_divide(
                  `t211`.`cost`,
                  CASE
                    WHEN `t211`.`platform` = 'tiktok'
                    THEN CAST(NULL AS FLOAT64)
                    WHEN `t211`.`platform` = 'youtube'
                    THEN CAST(NULL AS FLOAT64)
                    ELSE 1.88
                  END * `t211`.`paid_rate`
                ) IS NOT NULL
              )
              OR (
                (
                  ieee_divide(
                    `t211`.`cost`,
                    CASE
                      WHEN `t211`.`platform` = 'tiktok'
                      THEN 7.5
                      WHEN `t211`.`platform` = 'youtube'
                      THEN 3.53
                      ELSE 19.8
                    END * `t211`.`paid_rate`
                  ) * 1000
                ) IS NOT NULL
              )
              OR (
                ieee_divide(
                  `t211`.`cost`,
                  CASE WHEN `t211`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS FLOAT64) END * `t211`.`paid_rate`
                ) IS NOT NULL
              )
              OR (
                `t211`.`post_id` IS NOT NULL
              )
              OR (
                `t211`.`post_platform` IS NOT NULL
              )
              OR (
                `t211`.`posts_contracted` IS NOT NULL
              )
              OR (
                `t211`.`products_sent` IS NOT NULL
              )
              OR (
                `t211`.`publishing_influencer` IS NOT NULL
              )
              OR (
                `t211`.`reach` IS NOT NULL
              )
              OR (
                `t211`.`revenue` IS NOT NULL
              )
              OR (
                `t211`.`saves` IS NOT NULL
              )
              OR (
                `t211`.`session_seconds` IS NOT NULL
              )
              OR (
                `t211`.`sessions` IS NOT NULL
              )
              OR (
                `t211`.`shares` IS NOT NULL
              )
              OR (
                `t211`.`sponsored_posts` IS NOT NULL
              )
              OR (
                `t211`.`ugc_post` IS NOT NULL
              )
              OR (
                `t211`.`unique_link_clicks` IS NOT NULL
              )
              OR (
                `t211`.`views` IS NOT NULL
              )
            )
            AND `t211`.`account_id` IS NOT NULL
        ) AS `t213`
        GROUP BY
          1,
          2,
          3
      ) AS `t216`
    ) AS `t217`
    GROUP BY
      1,
      2
  ) AS `t219`
    ON `t215`.`campaign_id` IS NOT DISTINCT FROM `t219`.`campaign_id`
    AND `t215`.`campaign` IS NOT DISTINCT FROM `t219`.`campaign`
) AS `t220`
ORDER BY
  `t220`.`campaign_id` ASC NULLS LAST,
  `t220`.`campaign` ASC NULLS LAST
