WITH `t44` AS (
  SELECT
    CAST(`t17`.`campaign_id` AS BIGINT) AS `campaign_id`,
    CAST(`t10`.`name` AS STRING) AS `campaign`,
    CAST(`t17`.`influencer_id` AS BIGINT) AS `influencer_id`,
    CAST(`t17`.`amount` AS DOUBLE) AS `amount`,
    `t17`.`incurred_on`
  FROM `cost` AS `t17`
  INNER JOIN `campaign` AS `t10`
    ON `t17`.`campaign_id` = `t10`.`id`
), `t64` AS (
  SELECT
    CAST(`t38`.`campaign_id` AS BIGINT) AS `campaign_id`,
    CAST(`t11`.`name` AS STRING) AS `campaign`,
    CAST(`t37`.`id` AS BIGINT) AS `influencer_id`,
    CAST(`t37`.`name` AS STRING) AS `influencer`,
    CAST(`t18`.`id` AS BIGINT) AS `account_id`,
    CAST(`t18`.`platform` AS STRING) AS `platform`,
    CAST(`t38`.`format` AS STRING) AS `format`,
    CAST(`t38`.`id` AS BIGINT) AS `post_id`,
    `t38`.`published_on` AS `day`,
    `t37`.`country`,
    CAST(`t38`.`caption` AS STRING) AS `caption`,
    `t38`.`sponsored`
  FROM (
    SELECT
      *
    FROM `post` AS `t6`
    WHERE
      `t6`.`campaign_id` IS NOT NULL
  ) AS `t38`
  INNER JOIN `account` AS `t18`
    ON `t38`.`account_id` = `t18`.`id`
  INNER JOIN (
    SELECT
      *
    FROM `influencer` AS `t3`
    WHERE
      NOT (
        `t3`.`is_brand`
      )
  ) AS `t37`
    ON `t18`.`influencer_id` = `t37`.`id`
  INNER JOIN `campaign` AS `t11`
    ON `t38`.`campaign_id` = `t11`.`id`
), `t119` AS (
  SELECT
    *
  FROM (
    SELECT
      `t111`.`campaign_id`,
      `t111`.`campaign`,
      `t111`.`influencer_id`,
      `t111`.`influencer`,
      `t111`.`account_id`,
      `t111`.`platform`,
      `t111`.`is_brand`,
      `t111`.`day`,
      `t111`.`start_at`,
      `t111`.`end_at`,
      `t45`.`followers`,
      `t45`.`at`,
      `t45`.`rank`
    FROM (
      SELECT
        `t91`.`campaign_id`,
        CAST(`t10`.`name` AS STRING) AS `campaign`,
        CAST(`t15`.`id` AS BIGINT) AS `influencer_id`,
        CAST(`t15`.`name` AS STRING) AS `influencer`,
        `t91`.`account_id`,
        CAST(`t19`.`platform` AS STRING) AS `platform`,
        `t91`.`is_brand`,
        `t10`.`end_date` AS `day`,
        UNIX_TIMESTAMP(CAST(CAST(`t10`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start_at`,
        UNIX_TIMESTAMP(CAST(CAST(`t10`.`end_date` AS TIMESTAMP) AS TIMESTAMP)) + 86400 AS `end_at`
      FROM (
        SELECT
          *
        FROM (
          SELECT
            `t80`.`campaign_id`,
            `t80`.`account_id`,
            FALSE AS `is_brand`
          FROM (
            SELECT DISTINCT
              `t74`.`campaign_id`,
              `t74`.`account_id`
            FROM `t64` AS `t74`
          ) AS `t80`
        ) AS `t83`
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            CAST(`t12`.`id` AS BIGINT) AS `campaign_id`,
            CAST(`t19`.`id` AS BIGINT) AS `account_id`,
            TRUE AS `is_brand`
          FROM `campaign` AS `t12`
          INNER JOIN (
            SELECT
              *
            FROM `influencer` AS `t3`
            WHERE
              `t3`.`is_brand`
          ) AS `t29`
            ON `t29`.`workspace_id` = `t12`.`workspace_id`
          INNER JOIN `account` AS `t19`
            ON `t19`.`influencer_id` = `t29`.`id`
        ) AS `t53`
      ) AS `t91`
      INNER JOIN `campaign` AS `t10`
        ON `t91`.`campaign_id` = `t10`.`id`
      INNER JOIN `account` AS `t19`
        ON `t91`.`account_id` = `t19`.`id`
      INNER JOIN `influencer` AS `t15`
        ON `t19`.`influencer_id` = `t15`.`id`
    ) AS `t111`
    INNER JOIN (
      SELECT
        CAST(`t8`.`account_id` AS BIGINT) AS `account_id`,
        `t8`.`followers`,
        UNIX_TIMESTAMP(CAST(CAST(`t8`.`captured_at` AS TIMESTAMP) AS TIMESTAMP)) AS `at`,
        CASE `t8`.`provenance`
          WHEN 'measured'
          THEN 0
          WHEN 'self_reported'
          THEN 1
          WHEN 'estimated'
          THEN 2
          ELSE 2
        END AS `rank`
      FROM `follower_snapshot` AS `t8`
    ) AS `t45`
      ON `t111`.`account_id` = `t45`.`account_id`
  ) AS `t118`
  WHERE
    `t118`.`at` <= `t118`.`end_at`
)
SELECT
  `t183`.`week`,
  `t183`.`key_messages`,
  `t183`.`platforms_selected`,
  `t183`.`influencers_contacted`,
  `t183`.`influencers_interested`,
  (
    `t183`.`influencers_interested` / NULLIF(`t183`.`influencers_contacted`, 0)
  ) * 100 AS `influencers_interested_rate`,
  `t183`.`influencers_activated`,
  `t183`.`products_sent`,
  `t183`.`reach`,
  `t183`.`impressions`,
  `t183`.`views`,
  `t183`.`impressions_with_estimates`,
  (
    `t183`.`reach_rate__first` / NULLIF(`t183`.`reach_rate__second`, 0)
  ) * 100 AS `reach_rate`,
  `t183`.`brand_mentions`,
  (
    `t183`.`brand_mentions` / NULLIF(`t183`.`mentions`, 0)
  ) * 100 AS `share_of_voice`,
  (
    `t183`.`brand_mention_engagements` / NULLIF(`t183`.`mention_engagements`, 0)
  ) * 100 AS `share_of_engagement`,
  `t183`.`key_message_posts`,
  (
    `t183`.`key_message_posts` / NULLIF(CAST(`t183`.`posts` AS DOUBLE), 0)
  ) * 100 AS `key_message_rate`,
  `t183`.`posts`,
  `t183`.`posts_contracted`,
  (
    CAST(`t183`.`posts` AS DOUBLE) / NULLIF(`t183`.`posts_contracted`, 0)
  ) * 100 AS `posts_delivery_rate`,
  `t183`.`ugc_posts`,
  `t183`.`likes`,
  `t183`.`comments`,
  `t183`.`shares`,
  `t183`.`saves`,
  `t183`.`engagements`,
  (
    `t183`.`engagement_rate_reach__first` / NULLIF(`t183`.`engagement_rate_reach__second`, 0)
  ) * 100 AS `engagement_rate_reach`,
  (
    `t183`.`engagement_rate_followers__first` / NULLIF(`t183`.`engagement_rate_followers__second`, 0)
  ) * 100 AS `engagement_rate_followers`,
  `t183`.`er_reach_post_mean` AS `engagement_rate_reach_post_mean`,
  `t183`.`er_reach_post_median` AS `engagement_rate_reach_post_median`,
  `t183`.`er_reach_account_mean` AS `engagement_rate_reach_account_mean`,
  `t183`.`er_reach_account_median` AS `engagement_rate_reach_account_median`,
  `t183`.`er_followers_post_mean` AS `engagement_rate_followers_post_mean`,
  `t183`.`er_followers_post_median` AS `engagement_rate_followers_post_median`,
  `t183`.`er_followers_account_mean` AS `engagement_rate_followers_account_mean`,
  `t183`.`er_followers_account_median` AS `engagement_rate_followers_account_median`,
  (
    `t183`.`engagement_rate_impressions__first` / NULLIF(`t183`.`engagement_rate_impressions__second`, 0)
  ) * 100 AS `engagement_rate_impressions`,
  `t183`.`er_impressions_post_mean` AS `engagement_rate_impressions_post_mean`,
  `t183`.`er_impressions_post_median` AS `engagement_rate_impressions_post_median`,
  `t183`.`er_impressions_account_mean` AS `engagement_rate_impressions_account_mean`,
  `t183`.`er_impressions_account_median` AS `engagement_rate_impressions_account_median`,
  (
    `t183`.`engagement_rate_views__first` / NULLIF(`t183`.`engagement_rate_views__second`, 0)
  ) * 100 AS `engagement_rate_views`,
  `t183`.`er_views_post_mean` AS `engagement_rate_views_post_mean`,
  `t183`.`er_views_post_median` AS `engagement_rate_views_post_median`,
  `t183`.`er_views_account_mean` AS `engagement_rate_views_account_mean`,
  `t183`.`er_views_account_median` AS `engagement_rate_views_account_median`,
  `t183`.`clicks` AS `platform_link_clicks`,
  `t183`.`followers_gained`,
  (
    `t183`.`follower_growth_rate__first` / NULLIF(`t183`.`follower_growth_rate__second`, 0)
  ) * 100 AS `follower_growth_rate`,
  `t183`.`followers_gained_above_trend__first` - `t183`.`followers_gained_above_trend__second` AS `followers_gained_above_trend`,
  `t183`.`brand_followers_gained`,
  (
    `t183`.`brand_follower_growth_rate__first` / NULLIF(`t183`.`brand_follower_growth_rate__second`, 0)
  ) * 100 AS `brand_follower_growth_rate`,
  `t183`.`brand_followers_gained_above_trend__first` - `t183`.`brand_followers_gained_above_trend__second` AS `brand_followers_gained_above_trend`,
  `t183`.`sponsored_posts`,
  `t183`.`disclosed_sponsored_posts`,
  (
    `t183`.`disclosed_sponsored_posts` / NULLIF(`t183`.`sponsored_posts`, 0)
  ) * 100 AS `disclosure_rate`,
  `t183`.`cost`,
  (
    `t183`.`cost` / NULLIF(`t183`.`impressions_with_estimates`, 0)
  ) * 1000 AS `cost_per_mille`,
  `t183`.`cost` / NULLIF(`t183`.`engagements`, 0) AS `cost_per_engagement`,
  `t183`.`cost` / NULLIF(`t183`.`views`, 0) AS `cost_per_view`,
  `t183`.`cost` / NULLIF(`t183`.`brand_followers_gained`, 0) AS `cost_per_new_follower`,
  `t183`.`emv`,
  `t183`.`emv` / NULLIF(`t183`.`cost`, 0) AS `emv_per_cost`,
  `t183`.`paid_impressions` AS `paid_equivalent_impressions`,
  `t183`.`paid_clicks` AS `paid_equivalent_clicks`,
  `t183`.`paid_views` AS `paid_equivalent_views`,
  (
    `t183`.`impressions_vs_paid__first` / NULLIF(`t183`.`impressions_vs_paid__second`, 0)
  ) * 100 AS `impressions_vs_paid`,
  (
    `t183`.`clicks_vs_paid__first` / NULLIF(`t183`.`clicks_vs_paid__second`, 0)
  ) * 100 AS `clicks_vs_paid`,
  (
    `t183`.`views_vs_paid__first` / NULLIF(`t183`.`views_vs_paid__second`, 0)
  ) * 100 AS `views_vs_paid`,
  IF(
    `t183`.`key_messages` IS NOT NULL AND NOT ISNAN(`t183`.`key_messages`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `key_messages__provenance`,
  IF(`t183`.`platforms_selected` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS BIGINT)) AS `platforms_selected__provenance`,
  IF(
    `t183`.`influencers_contacted` IS NOT NULL
    AND NOT ISNAN(`t183`.`influencers_contacted`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `influencers_contacted__provenance`,
  IF(
    `t183`.`influencers_interested` IS NOT NULL
    AND NOT ISNAN(`t183`.`influencers_interested`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `influencers_interested__provenance`,
  IF(
    (
      (
        `t183`.`influencers_interested` / NULLIF(`t183`.`influencers_contacted`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t183`.`influencers_interested` / NULLIF(`t183`.`influencers_contacted`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `influencers_interested_rate__provenance`,
  IF(`t183`.`influencers_activated` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS BIGINT)) AS `influencers_activated__provenance`,
  IF(
    `t183`.`products_sent` IS NOT NULL AND NOT ISNAN(`t183`.`products_sent`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `products_sent__provenance`,
  IF(
    `t183`.`reach` IS NOT NULL AND NOT ISNAN(`t183`.`reach`),
    COALESCE(`t183`.`reach__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `reach__provenance`,
  IF(
    `t183`.`impressions` IS NOT NULL AND NOT ISNAN(`t183`.`impressions`),
    COALESCE(`t183`.`impressions__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `impressions__provenance`,
  IF(
    `t183`.`views` IS NOT NULL AND NOT ISNAN(`t183`.`views`),
    COALESCE(`t183`.`views__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `views__provenance`,
  IF(
    `t183`.`impressions_with_estimates` IS NOT NULL
    AND NOT ISNAN(`t183`.`impressions_with_estimates`),
    COALESCE(`t183`.`impressions_with_estimates__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `impressions_with_estimates__provenance`,
  IF(
    (
      (
        `t183`.`reach_rate__first` / NULLIF(`t183`.`reach_rate__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN((
      `t183`.`reach_rate__first` / NULLIF(`t183`.`reach_rate__second`, 0)
    ) * 100),
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t183`.`reach_rate__first__provenance`, -1),
          COALESCE(`t183`.`reach_rate__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS BIGINT)
  ) AS `reach_rate__provenance`,
  IF(
    `t183`.`brand_mentions` IS NOT NULL AND NOT ISNAN(`t183`.`brand_mentions`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `brand_mentions__provenance`,
  IF(
    (
      (
        `t183`.`brand_mentions` / NULLIF(`t183`.`mentions`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN((
      `t183`.`brand_mentions` / NULLIF(`t183`.`mentions`, 0)
    ) * 100),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `share_of_voice__provenance`,
  IF(
    (
      (
        `t183`.`brand_mention_engagements` / NULLIF(`t183`.`mention_engagements`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t183`.`brand_mention_engagements` / NULLIF(`t183`.`mention_engagements`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `share_of_engagement__provenance`,
  IF(
    `t183`.`key_message_posts` IS NOT NULL AND NOT ISNAN(`t183`.`key_message_posts`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `key_message_posts__provenance`,
  IF(
    (
      (
        `t183`.`key_message_posts` / NULLIF(CAST(`t183`.`posts` AS DOUBLE), 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t183`.`key_message_posts` / NULLIF(CAST(`t183`.`posts` AS DOUBLE), 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `key_message_rate__provenance`,
  IF(`t183`.`posts` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS BIGINT)) AS `posts__provenance`,
  IF(
    `t183`.`posts_contracted` IS NOT NULL AND NOT ISNAN(`t183`.`posts_contracted`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `posts_contracted__provenance`,
  IF(
    (
      (
        CAST(`t183`.`posts` AS DOUBLE) / NULLIF(`t183`.`posts_contracted`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        CAST(`t183`.`posts` AS DOUBLE) / NULLIF(`t183`.`posts_contracted`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `posts_delivery_rate__provenance`,
  IF(`t183`.`ugc_posts` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS BIGINT)) AS `ugc_posts__provenance`,
  IF(
    `t183`.`likes` IS NOT NULL AND NOT ISNAN(`t183`.`likes`),
    COALESCE(`t183`.`likes__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `likes__provenance`,
  IF(
    `t183`.`comments` IS NOT NULL AND NOT ISNAN(`t183`.`comments`),
    COALESCE(`t183`.`comments__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `comments__provenance`,
  IF(
    `t183`.`shares` IS NOT NULL AND NOT ISNAN(`t183`.`shares`),
    COALESCE(`t183`.`shares__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `shares__provenance`,
  IF(
    `t183`.`saves` IS NOT NULL AND NOT ISNAN(`t183`.`saves`),
    COALESCE(`t183`.`saves__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `saves__provenance`,
  IF(
    `t183`.`engagements` IS NOT NULL AND NOT ISNAN(`t183`.`engagements`),
    COALESCE(`t183`.`engagements__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagements__provenance`,
  IF(
    (
      (
        `t183`.`engagement_rate_reach__first` / NULLIF(`t183`.`engagement_rate_reach__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t183`.`engagement_rate_reach__first` / NULLIF(`t183`.`engagement_rate_reach__second`, 0)
      ) * 100
    ),
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t183`.`engagement_rate_reach__first__provenance`, -1),
          COALESCE(`t183`.`engagement_rate_reach__second__provenance`, -1)
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
        `t183`.`engagement_rate_followers__first` / NULLIF(`t183`.`engagement_rate_followers__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t183`.`engagement_rate_followers__first` / NULLIF(`t183`.`engagement_rate_followers__second`, 0)
      ) * 100
    ),
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t183`.`engagement_rate_followers__first__provenance`, -1),
          COALESCE(`t183`.`engagement_rate_followers__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers__provenance`,
  IF(
    `t183`.`er_reach_post_mean` IS NOT NULL
    AND NOT ISNAN(`t183`.`er_reach_post_mean`),
    COALESCE(`t183`.`er_reach_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_reach_post_mean__provenance`,
  IF(
    `t183`.`er_reach_post_median` IS NOT NULL
    AND NOT ISNAN(`t183`.`er_reach_post_median`),
    COALESCE(`t183`.`er_reach_post_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_reach_post_median__provenance`,
  IF(
    `t183`.`er_reach_account_mean` IS NOT NULL
    AND NOT ISNAN(`t183`.`er_reach_account_mean`),
    COALESCE(`t183`.`er_reach_account_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_reach_account_mean__provenance`,
  IF(
    `t183`.`er_reach_account_median` IS NOT NULL
    AND NOT ISNAN(`t183`.`er_reach_account_median`),
    COALESCE(`t183`.`er_reach_account_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_reach_account_median__provenance`,
  IF(
    `t183`.`er_followers_post_mean` IS NOT NULL
    AND NOT ISNAN(`t183`.`er_followers_post_mean`),
    COALESCE(`t183`.`er_followers_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers_post_mean__provenance`,
  IF(
    `t183`.`er_followers_post_median` IS NOT NULL
    AND NOT ISNAN(`t183`.`er_followers_post_median`),
    COALESCE(`t183`.`er_followers_post_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers_post_median__provenance`,
  IF(
    `t183`.`er_followers_account_mean` IS NOT NULL
    AND NOT ISNAN(`t183`.`er_followers_account_mean`),
    COALESCE(`t183`.`er_followers_account_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers_account_mean__provenance`,
  IF(
    `t183`.`er_followers_account_median` IS NOT NULL
    AND NOT ISNAN(`t183`.`er_followers_account_median`),
    COALESCE(`t183`.`er_followers_account_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers_account_median__provenance`,
  IF(
    (
      (
        `t183`.`engagement_rate_impressions__first` / NULLIF(`t183`.`engagement_rate_impressions__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t183`.`engagement_rate_impressions__first` / NULLIF(`t183`.`engagement_rate_impressions__second`, 0)
      ) * 100
    ),
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t183`.`engagement_rate_impressions__first__provenance`, -1),
          COALESCE(`t183`.`engagement_rate_impressions__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions__provenance`,
  IF(
    `t183`.`er_impressions_post_mean` IS NOT NULL
    AND NOT ISNAN(`t183`.`er_impressions_post_mean`),
    COALESCE(`t183`.`er_impressions_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions_post_mean__provenance`,
  IF(
    `t183`.`er_impressions_post_median` IS NOT NULL
    AND NOT ISNAN(`t183`.`er_impressions_post_median`),
    COALESCE(`t183`.`er_impressions_post_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions_post_median__provenance`,
  IF(
    `t183`.`er_impressions_account_mean` IS NOT NULL
    AND NOT ISNAN(`t183`.`er_impressions_account_mean`),
    COALESCE(`t183`.`er_impressions_account_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions_account_mean__provenance`,
  IF(
    `t183`.`er_impressions_account_median` IS NOT NULL
    AND NOT ISNAN(`t183`.`er_impressions_account_median`),
    COALESCE(`t183`.`er_impressions_account_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions_account_median__provenance`,
  IF(
    (
      (
        `t183`.`engagement_rate_views__first` / NULLIF(`t183`.`engagement_rate_views__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t183`.`engagement_rate_views__first` / NULLIF(`t183`.`engagement_rate_views__second`, 0)
      ) * 100
    ),
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t183`.`engagement_rate_views__first__provenance`, -1),
          COALESCE(`t183`.`engagement_rate_views__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views__provenance`,
  IF(
    `t183`.`er_views_post_mean` IS NOT NULL
    AND NOT ISNAN(`t183`.`er_views_post_mean`),
    COALESCE(`t183`.`er_views_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views_post_mean__provenance`,
  IF(
    `t183`.`er_views_post_median` IS NOT NULL
    AND NOT ISNAN(`t183`.`er_views_post_median`),
    COALESCE(`t183`.`er_views_post_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views_post_median__provenance`,
  IF(
    `t183`.`er_views_account_mean` IS NOT NULL
    AND NOT ISNAN(`t183`.`er_views_account_mean`),
    COALESCE(`t183`.`er_views_account_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views_account_mean__provenance`,
  IF(
    `t183`.`er_views_account_median` IS NOT NULL
    AND NOT ISNAN(`t183`.`er_views_account_median`),
    COALESCE(`t183`.`er_views_account_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views_account_median__provenance`,
  IF(
    `t183`.`clicks` IS NOT NULL AND NOT ISNAN(`t183`.`clicks`),
    COALESCE(`t183`.`clicks__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `platform_link_clicks__provenance`,
  IF(
    `t183`.`followers_gained` IS NOT NULL AND NOT ISNAN(`t183`.`followers_gained`),
    COALESCE(`t183`.`followers_gained__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `followers_gained__provenance`,
  IF(
    (
      (
        `t183`.`follower_growth_rate__first` / NULLIF(`t183`.`follower_growth_rate__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t183`.`follower_growth_rate__first` / NULLIF(`t183`.`follower_growth_rate__second`, 0)
      ) * 100
    ),
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t183`.`follower_growth_rate__first__provenance`, -1),
          COALESCE(`t183`.`follower_growth_rate__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS BIGINT)
  ) AS `follower_growth_rate__provenance`,
  IF(
    (
      `t183`.`followers_gained_above_trend__first` - `t183`.`followers_gained_above_trend__second`
    ) IS NOT NULL
    AND NOT ISNAN(
      `t183`.`followers_gained_above_trend__first` - `t183`.`followers_gained_above_trend__second`
    ),
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t183`.`followers_gained_above_trend__first__provenance`, -1),
          COALESCE(`t183`.`followers_gained_above_trend__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS BIGINT)
  ) AS `followers_gained_above_trend__provenance`,
  IF(
    `t183`.`brand_followers_gained` IS NOT NULL
    AND NOT ISNAN(`t183`.`brand_followers_gained`),
    COALESCE(`t183`.`brand_followers_gained__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `brand_followers_gained__provenance`,
  IF(
    (
      (
        `t183`.`brand_follower_growth_rate__first` / NULLIF(`t183`.`brand_follower_growth_rate__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t183`.`brand_follower_growth_rate__first` / NULLIF(`t183`.`brand_follower_growth_rate__second`, 0)
      ) * 100
    ),
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t183`.`brand_follower_growth_rate__first__provenance`, -1),
          COALESCE(`t183`.`brand_follower_growth_rate__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS BIGINT)
  ) AS `brand_follower_growth_rate__provenance`,
  IF(
    (
      `t183`.`brand_followers_gained_above_trend__first` - `t183`.`brand_followers_gained_above_trend__second`
    ) IS NOT NULL
    AND NOT ISNAN(
      `t183`.`brand_followers_gained_above_trend__first` - `t183`.`brand_followers_gained_above_trend__second`
    ),
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t183`.`brand_followers_gained_above_trend__first__provenance`, -1),
          COALESCE(`t183`.`brand_followers_gained_above_trend__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS BIGINT)
  ) AS `brand_followers_gained_above_trend__provenance`,
  IF(
    `t183`.`sponsored_posts` IS NOT NULL AND NOT ISNAN(`t183`.`sponsored_posts`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `sponsored_posts__provenance`,
  IF(
    `t183`.`disclosed_sponsored_posts` IS NOT NULL
    AND NOT ISNAN(`t183`.`disclosed_sponsored_posts`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `disclosed_sponsored_posts__provenance`,
  IF(
    (
      (
        `t183`.`disclosed_sponsored_posts` / NULLIF(`t183`.`sponsored_posts`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t183`.`disclosed_sponsored_posts` / NULLIF(`t183`.`sponsored_posts`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `disclosure_rate__provenance`,
  IF(
    `t183`.`cost` IS NOT NULL AND NOT ISNAN(`t183`.`cost`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost__provenance`,
  IF(
    (
      (
        `t183`.`cost` / NULLIF(`t183`.`impressions_with_estimates`, 0)
      ) * 1000
    ) IS NOT NULL
    AND NOT ISNAN((
      `t183`.`cost` / NULLIF(`t183`.`impressions_with_estimates`, 0)
    ) * 1000),
    COALESCE(`t183`.`impressions_with_estimates__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_mille__provenance`,
  IF(
    (
      `t183`.`cost` / NULLIF(`t183`.`engagements`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t183`.`cost` / NULLIF(`t183`.`engagements`, 0)),
    COALESCE(`t183`.`engagements__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_engagement__provenance`,
  IF(
    (
      `t183`.`cost` / NULLIF(`t183`.`views`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t183`.`cost` / NULLIF(`t183`.`views`, 0)),
    COALESCE(`t183`.`views__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_view__provenance`,
  IF(
    (
      `t183`.`cost` / NULLIF(`t183`.`brand_followers_gained`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t183`.`cost` / NULLIF(`t183`.`brand_followers_gained`, 0)),
    COALESCE(`t183`.`brand_followers_gained__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_new_follower__provenance`,
  IF(
    `t183`.`emv` IS NOT NULL AND NOT ISNAN(`t183`.`emv`),
    COALESCE(`t183`.`emv__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `emv__provenance`,
  IF(
    (
      `t183`.`emv` / NULLIF(`t183`.`cost`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t183`.`emv` / NULLIF(`t183`.`cost`, 0)),
    COALESCE(`t183`.`emv__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `emv_per_cost__provenance`,
  IF(
    `t183`.`paid_impressions` IS NOT NULL AND NOT ISNAN(`t183`.`paid_impressions`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `paid_equivalent_impressions__provenance`,
  IF(
    `t183`.`paid_clicks` IS NOT NULL AND NOT ISNAN(`t183`.`paid_clicks`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `paid_equivalent_clicks__provenance`,
  IF(
    `t183`.`paid_views` IS NOT NULL AND NOT ISNAN(`t183`.`paid_views`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `paid_equivalent_views__provenance`,
  IF(
    (
      (
        `t183`.`impressions_vs_paid__first` / NULLIF(`t183`.`impressions_vs_paid__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t183`.`impressions_vs_paid__first` / NULLIF(`t183`.`impressions_vs_paid__second`, 0)
      ) * 100
    ),
    COALESCE(`t183`.`impressions_vs_paid__first__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `impressions_vs_paid__provenance`,
  IF(
    (
      (
        `t183`.`clicks_vs_paid__first` / NULLIF(`t183`.`clicks_vs_paid__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t183`.`clicks_vs_paid__first` / NULLIF(`t183`.`clicks_vs_paid__second`, 0)
      ) * 100
    ),
    COALESCE(`t183`.`clicks_vs_paid__first__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `clicks_vs_paid__provenance`,
  IF(
    (
      (
        `t183`.`views_vs_paid__first` / NULLIF(`t183`.`views_vs_paid__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t183`.`views_vs_paid__first` / NULLIF(`t183`.`views_vs_paid__second`, 0)
      ) * 100
    ),
    COALESCE(`t183`.`views_vs_paid__first__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `views_vs_paid__provenance`
FROM (
  SELECT
    `t178`.`week`,
    `t178`.`key_messages`,
    `t178`.`platforms_selected`,
    `t178`.`influencers_contacted`,
    `t178`.`influencers_interested`,
    `t178`.`influencers_activated`,
    `t178`.`products_sent`,
    `t178`.`reach`,
    `t178`.`reach__provenance`,
    `t178`.`impressions`,
    `t178`.`impressions__provenance`,
    `t178`.`views`,
    `t178`.`views__provenance`,
    `t178`.`impressions_with_estimates`,
    `t178`.`impressions_with_estimates__provenance`,
    `t178`.`reach_rate__first`,
    `t178`.`reach_rate__first__provenance`,
    `t178`.`reach_rate__second`,
    `t178`.`reach_rate__second__provenance`,
    `t178`.`brand_mentions`,
    `t178`.`mentions`,
    `t178`.`brand_mention_engagements`,
    `t178`.`mention_engagements`,
    `t178`.`key_message_posts`,
    `t178`.`posts`,
    `t178`.`posts_contracted`,
    `t178`.`ugc_posts`,
    `t178`.`likes`,
    `t178`.`likes__provenance`,
    `t178`.`comments`,
    `t178`.`comments__provenance`,
    `t178`.`shares`,
    `t178`.`shares__provenance`,
    `t178`.`saves`,
    `t178`.`saves__provenance`,
    `t178`.`engagements`,
    `t178`.`engagements__provenance`,
    `t178`.`engagement_rate_reach__first`,
    `t178`.`engagement_rate_reach__first__provenance`,
    `t178`.`engagement_rate_reach__second`,
    `t178`.`engagement_rate_reach__second__provenance`,
    `t178`.`engagement_rate_followers__first`,
    `t178`.`engagement_rate_followers__first__provenance`,
    `t178`.`engagement_rate_followers__second`,
    `t178`.`engagement_rate_followers__second__provenance`,
    `t178`.`er_reach_post_mean`,
    `t178`.`er_reach_post_mean__provenance`,
    `t178`.`er_reach_post_median`,
    `t178`.`er_reach_post_median__provenance`,
    `t178`.`er_followers_post_mean`,
    `t178`.`er_followers_post_mean__provenance`,
    `t178`.`er_followers_post_median`,
    `t178`.`er_followers_post_median__provenance`,
    `t178`.`engagement_rate_impressions__first`,
    `t178`.`engagement_rate_impressions__first__provenance`,
    `t178`.`engagement_rate_impressions__second`,
    `t178`.`engagement_rate_impressions__second__provenance`,
    `t178`.`er_impressions_post_mean`,
    `t178`.`er_impressions_post_mean__provenance`,
    `t178`.`er_impressions_post_median`,
    `t178`.`er_impressions_post_median__provenance`,
    `t178`.`engagement_rate_views__first`,
    `t178`.`engagement_rate_views__first__provenance`,
    `t178`.`engagement_rate_views__second`,
    `t178`.`engagement_rate_views__second__provenance`,
    `t178`.`er_views_post_mean`,
    `t178`.`er_views_post_mean__provenance`,
    `t178`.`er_views_post_median`,
    `t178`.`er_views_post_median__provenance`,
    `t178`.`clicks`,
    `t178`.`clicks__provenance`,
    `t178`.`followers_gained`,
    `t178`.`followers_gained__provenance`,
    `t178`.`follower_growth_rate__first`,
    `t178`.`follower_growth_rate__first__provenance`,
    `t178`.`follower_growth_rate__second`,
    `t178`.`follower_growth_rate__second__provenance`,
    `t178`.`followers_gained_above_trend__first`,
    `t178`.`followers_gained_above_trend__first__provenance`,
    `t178`.`followers_gained_above_trend__second`,
    `t178`.`followers_gained_above_trend__second__provenance`,
    `t178`.`brand_followers_gained`,
    `t178`.`brand_followers_gained__provenance`,
    `t178`.`brand_follower_growth_rate__first`,
    `t178`.`brand_follower_growth_rate__first__provenance`,
    `t178`.`brand_follower_growth_rate__second`,
    `t178`.`brand_follower_growth_rate__second__provenance`,
    `t178`.`brand_followers_gained_above_trend__first`,
    `t178`.`brand_followers_gained_above_trend__first__provenance`,
    `t178`.`brand_followers_gained_above_trend__second`,
    `t178`.`brand_followers_gained_above_trend__second__provenance`,
    `t178`.`sponsored_posts`,
    `t178`.`disclosed_sponsored_posts`,
    `t178`.`cost`,
    `t178`.`emv`,
    `t178`.`emv__provenance`,
    `t178`.`paid_impressions`,
    `t178`.`paid_clicks`,
    `t178`.`paid_views`,
    `t178`.`impressions_vs_paid__first`,
    `t178`.`impressions_vs_paid__first__provenance`,
    `t178`.`impressions_vs_paid__second`,
    `t178`.`clicks_vs_paid__first`,
    `t178`.`clicks_vs_paid__first__provenance`,
    `t178`.`clicks_vs_paid__second`,
    `t178`.`views_vs_paid__first`,
    `t178`.`views_vs_paid__first__provenance`,
    `t178`.`views_vs_paid__second`,
    `t182`.`er_reach_account_mean`,
    `t182`.`er_reach_account_mean__provenance`,
    `t182`.`er_reach_account_median`,
    `t182`.`er_reach_account_median__provenance`,
    `t182`.`er_followers_account_mean`,
    `t182`.`er_followers_account_mean__provenance`,
    `t182`.`er_followers_account_median`,
    `t182`.`er_followers_account_median__provenance`,
    `t182`.`er_impressions_account_mean`,
    `t182`.`er_impressions_account_mean__provenance`,
    `t182`.`er_impressions_account_median`,
    `t182`.`er_impressions_account_median__provenance`,
    `t182`.`er_views_account_mean`,
    `t182`.`er_views_account_mean__provenance`,
    `t182`.`er_views_account_median`,
    `t182`.`er_views_account_median__provenance`
  FROM (
    SELECT
      `t175`.`week`,
      SUM(`t175`.`key_messages`) AS `key_messages`,
      COUNT(DISTINCT `t175`.`post_platform`) AS `platforms_selected`,
      SUM(`t175`.`influencers_contacted`) AS `influencers_contacted`,
      SUM(`t175`.`influencers_interested`) AS `influencers_interested`,
      COUNT(DISTINCT `t175`.`publishing_influencer`) AS `influencers_activated`,
      SUM(`t175`.`products_sent`) AS `products_sent`,
      SUM(`t175`.`reach`) AS `reach`,
      MAX(
        IF(
          `t175`.`reach` IS NOT NULL AND NOT ISNAN(`t175`.`reach`),
          `t175`.`reach__provenance`,
          NULL
        )
      ) AS `reach__provenance`,
      SUM(`t175`.`impressions`) AS `impressions`,
      MAX(
        IF(
          `t175`.`impressions` IS NOT NULL AND NOT ISNAN(`t175`.`impressions`),
          `t175`.`impressions__provenance`,
          NULL
        )
      ) AS `impressions__provenance`,
      SUM(`t175`.`views`) AS `views`,
      MAX(
        IF(
          `t175`.`views` IS NOT NULL AND NOT ISNAN(`t175`.`views`),
          `t175`.`views__provenance`,
          NULL
        )
      ) AS `views__provenance`,
      SUM(`t175`.`impressions_with_estimates`) AS `impressions_with_estimates`,
      MAX(
        IF(
          `t175`.`impressions_with_estimates` IS NOT NULL
          AND NOT ISNAN(`t175`.`impressions_with_estimates`),
          `t175`.`impressions_with_estimates__provenance`,
          NULL
        )
      ) AS `impressions_with_estimates__provenance`,
      SUM(
        IF(
          `t175`.`reach` IS NOT NULL
          AND NOT ISNAN(`t175`.`reach`)
          AND (
            `t175`.`followers` IS NOT NULL AND NOT ISNAN(`t175`.`followers`)
          ),
          `t175`.`reach`,
          NULL
        )
      ) AS `reach_rate__first`,
      MAX(
        IF(
          `t175`.`reach` IS NOT NULL
          AND NOT ISNAN(`t175`.`reach`)
          AND (
            `t175`.`reach` IS NOT NULL
            AND NOT ISNAN(`t175`.`reach`)
            AND (
              `t175`.`followers` IS NOT NULL AND NOT ISNAN(`t175`.`followers`)
            )
          ),
          `t175`.`reach__provenance`,
          NULL
        )
      ) AS `reach_rate__first__provenance`,
      SUM(
        IF(
          `t175`.`reach` IS NOT NULL
          AND NOT ISNAN(`t175`.`reach`)
          AND (
            `t175`.`followers` IS NOT NULL AND NOT ISNAN(`t175`.`followers`)
          ),
          `t175`.`followers`,
          NULL
        )
      ) AS `reach_rate__second`,
      MAX(
        IF(
          `t175`.`followers` IS NOT NULL
          AND NOT ISNAN(`t175`.`followers`)
          AND (
            `t175`.`reach` IS NOT NULL
            AND NOT ISNAN(`t175`.`reach`)
            AND (
              `t175`.`followers` IS NOT NULL AND NOT ISNAN(`t175`.`followers`)
            )
          ),
          `t175`.`followers__provenance`,
          NULL
        )
      ) AS `reach_rate__second__provenance`,
      SUM(`t175`.`brand_mentions`) AS `brand_mentions`,
      SUM(`t175`.`mentions`) AS `mentions`,
      SUM(`t175`.`brand_mention_engagements`) AS `brand_mention_engagements`,
      SUM(`t175`.`mention_engagements`) AS `mention_engagements`,
      SUM(`t175`.`key_message_posts`) AS `key_message_posts`,
      COUNT(DISTINCT `t175`.`post_id`) AS `posts`,
      SUM(`t175`.`posts_contracted`) AS `posts_contracted`,
      COUNT(DISTINCT `t175`.`ugc_post`) AS `ugc_posts`,
      SUM(`t175`.`likes`) AS `likes`,
      MAX(
        IF(
          `t175`.`likes` IS NOT NULL AND NOT ISNAN(`t175`.`likes`),
          `t175`.`likes__provenance`,
          NULL
        )
      ) AS `likes__provenance`,
      SUM(`t175`.`comments`) AS `comments`,
      MAX(
        IF(
          `t175`.`comments` IS NOT NULL AND NOT ISNAN(`t175`.`comments`),
          `t175`.`comments__provenance`,
          NULL
        )
      ) AS `comments__provenance`,
      SUM(`t175`.`shares`) AS `shares`,
      MAX(
        IF(
          `t175`.`shares` IS NOT NULL AND NOT ISNAN(`t175`.`shares`),
          `t175`.`shares__provenance`,
          NULL
        )
      ) AS `shares__provenance`,
      SUM(`t175`.`saves`) AS `saves`,
      MAX(
        IF(
          `t175`.`saves` IS NOT NULL AND NOT ISNAN(`t175`.`saves`),
          `t175`.`saves__provenance`,
          NULL
        )
      ) AS `saves__provenance`,
      SUM(`t175`.`engagements`) AS `engagements`,
      MAX(
        IF(
          `t175`.`engagements` IS NOT NULL AND NOT ISNAN(`t175`.`engagements`),
          `t175`.`engagements__provenance`,
          NULL
        )
      ) AS `engagements__provenance`,
      SUM(
        IF(
          `t175`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t175`.`engagements`)
          AND (
            `t175`.`reach` IS NOT NULL AND NOT ISNAN(`t175`.`reach`)
          ),
          `t175`.`engagements`,
          NULL
        )
      ) AS `engagement_rate_reach__first`,
      MAX(
        IF(
          `t175`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t175`.`engagements`)
          AND (
            `t175`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t175`.`engagements`)
            AND (
              `t175`.`reach` IS NOT NULL AND NOT ISNAN(`t175`.`reach`)
            )
          ),
          `t175`.`engagements__provenance`,
          NULL
        )
      ) AS `engagement_rate_reach__first__provenance`,
      SUM(
        IF(
          `t175`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t175`.`engagements`)
          AND (
            `t175`.`reach` IS NOT NULL AND NOT ISNAN(`t175`.`reach`)
          ),
          `t175`.`reach`,
          NULL
        )
      ) AS `engagement_rate_reach__second`,
      MAX(
        IF(
          `t175`.`reach` IS NOT NULL
          AND NOT ISNAN(`t175`.`reach`)
          AND (
            `t175`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t175`.`engagements`)
            AND (
              `t175`.`reach` IS NOT NULL AND NOT ISNAN(`t175`.`reach`)
            )
          ),
          `t175`.`reach__provenance`,
          NULL
        )
      ) AS `engagement_rate_reach__second__provenance`,
      SUM(
        IF(
          `t175`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t175`.`engagements`)
          AND (
            `t175`.`followers` IS NOT NULL AND NOT ISNAN(`t175`.`followers`)
          ),
          `t175`.`engagements`,
          NULL
        )
      ) AS `engagement_rate_followers__first`,
      MAX(
        IF(
          `t175`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t175`.`engagements`)
          AND (
            `t175`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t175`.`engagements`)
            AND (
              `t175`.`followers` IS NOT NULL AND NOT ISNAN(`t175`.`followers`)
            )
          ),
          `t175`.`engagements__provenance`,
          NULL
        )
      ) AS `engagement_rate_followers__first__provenance`,
      SUM(
        IF(
          `t175`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t175`.`engagements`)
          AND (
            `t175`.`followers` IS NOT NULL AND NOT ISNAN(`t175`.`followers`)
          ),
          `t175`.`followers`,
          NULL
        )
      ) AS `engagement_rate_followers__second`,
      MAX(
        IF(
          `t175`.`followers` IS NOT NULL
          AND NOT ISNAN(`t175`.`followers`)
          AND (
            `t175`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t175`.`engagements`)
            AND (
              `t175`.`followers` IS NOT NULL AND NOT ISNAN(`t175`.`followers`)
            )
          ),
          `t175`.`followers__provenance`,
          NULL
        )
      ) AS `engagement_rate_followers__second__provenance`,
      AVG(`t175`.`er_reach_post`) AS `er_reach_post_mean`,
      MAX(
        IF(
          `t175`.`er_reach_post` IS NOT NULL AND NOT ISNAN(`t175`.`er_reach_post`),
          `t175`.`er_reach_post__provenance`,
          NULL
        )
      ) AS `er_reach_post_mean__provenance`,
      PERCENTILE(`t175`.`er_reach_post`, 0.5) AS `er_reach_post_median`,
      MAX(
        IF(
          `t175`.`er_reach_post` IS NOT NULL AND NOT ISNAN(`t175`.`er_reach_post`),
          `t175`.`er_reach_post__provenance`,
          NULL
        )
      ) AS `er_reach_post_median__provenance`,
      AVG(`t175`.`er_followers_post`) AS `er_followers_post_mean`,
      MAX(
        IF(
          `t175`.`er_followers_post` IS NOT NULL AND NOT ISNAN(`t175`.`er_followers_post`),
          `t175`.`er_followers_post__provenance`,
          NULL
        )
      ) AS `er_followers_post_mean__provenance`,
      PERCENTILE(`t175`.`er_followers_post`, 0.5) AS `er_followers_post_median`,
      MAX(
        IF(
          `t175`.`er_followers_post` IS NOT NULL AND NOT ISNAN(`t175`.`er_followers_post`),
          `t175`.`er_followers_post__provenance`,
          NULL
        )
      ) AS `er_followers_post_median__provenance`,
      SUM(
        IF(
          `t175`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t175`.`engagements`)
          AND (
            `t175`.`impressions` IS NOT NULL AND NOT ISNAN(`t175`.`impressions`)
          ),
          `t175`.`engagements`,
          NULL
        )
      ) AS `engagement_rate_impressions__first`,
      MAX(
        IF(
          `t175`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t175`.`engagements`)
          AND (
            `t175`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t175`.`engagements`)
            AND (
              `t175`.`impressions` IS NOT NULL AND NOT ISNAN(`t175`.`impressions`)
            )
          ),
          `t175`.`engagements__provenance`,
          NULL
        )
      ) AS `engagement_rate_impressions__first__provenance`,
      SUM(
        IF(
          `t175`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t175`.`engagements`)
          AND (
            `t175`.`impressions` IS NOT NULL AND NOT ISNAN(`t175`.`impressions`)
          ),
          `t175`.`impressions`,
          NULL
        )
      ) AS `engagement_rate_impressions__second`,
      MAX(
        IF(
          `t175`.`impressions` IS NOT NULL
          AND NOT ISNAN(`t175`.`impressions`)
          AND (
            `t175`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t175`.`engagements`)
            AND (
              `t175`.`impressions` IS NOT NULL AND NOT ISNAN(`t175`.`impressions`)
            )
          ),
          `t175`.`impressions__provenance`,
          NULL
        )
      ) AS `engagement_rate_impressions__second__provenance`,
      AVG(`t175`.`er_impressions_post`) AS `er_impressions_post_mean`,
      MAX(
        IF(
          `t175`.`er_impressions_post` IS NOT NULL
          AND NOT ISNAN(`t175`.`er_impressions_post`),
          `t175`.`er_impressions_post__provenance`,
          NULL
        )
      ) AS `er_impressions_post_mean__provenance`,
      PERCENTILE(`t175`.`er_impressions_post`, 0.5) AS `er_impressions_post_median`,
      MAX(
        IF(
          `t175`.`er_impressions_post` IS NOT NULL
          AND NOT ISNAN(`t175`.`er_impressions_post`),
          `t175`.`er_impressions_post__provenance`,
          NULL
        )
      ) AS `er_impressions_post_median__provenance`,
      SUM(
        IF(
          `t175`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t175`.`engagements`)
          AND (
            `t175`.`views` IS NOT NULL AND NOT ISNAN(`t175`.`views`)
          ),
          `t175`.`engagements`,
          NULL
        )
      ) AS `engagement_rate_views__first`,
      MAX(
        IF(
          `t175`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t175`.`engagements`)
          AND (
            `t175`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t175`.`engagements`)
            AND (
              `t175`.`views` IS NOT NULL AND NOT ISNAN(`t175`.`views`)
            )
          ),
          `t175`.`engagements__provenance`,
          NULL
        )
      ) AS `engagement_rate_views__first__provenance`,
      SUM(
        IF(
          `t175`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t175`.`engagements`)
          AND (
            `t175`.`views` IS NOT NULL AND NOT ISNAN(`t175`.`views`)
          ),
          `t175`.`views`,
          NULL
        )
      ) AS `engagement_rate_views__second`,
      MAX(
        IF(
          `t175`.`views` IS NOT NULL
          AND NOT ISNAN(`t175`.`views`)
          AND (
            `t175`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t175`.`engagements`)
            AND (
              `t175`.`views` IS NOT NULL AND NOT ISNAN(`t175`.`views`)
            )
          ),
          `t175`.`views__provenance`,
          NULL
        )
      ) AS `engagement_rate_views__second__provenance`,
      AVG(`t175`.`er_views_post`) AS `er_views_post_mean`,
      MAX(
        IF(
          `t175`.`er_views_post` IS NOT NULL AND NOT ISNAN(`t175`.`er_views_post`),
          `t175`.`er_views_post__provenance`,
          NULL
        )
      ) AS `er_views_post_mean__provenance`,
      PERCENTILE(`t175`.`er_views_post`, 0.5) AS `er_views_post_median`,
      MAX(
        IF(
          `t175`.`er_views_post` IS NOT NULL AND NOT ISNAN(`t175`.`er_views_post`),
          `t175`.`er_views_post__provenance`,
          NULL
        )
      ) AS `er_views_post_median__provenance`,
      SUM(`t175`.`clicks`) AS `clicks`,
      MAX(
        IF(
          `t175`.`clicks` IS NOT NULL AND NOT ISNAN(`t175`.`clicks`),
          `t175`.`clicks__provenance`,
          NULL
        )
      ) AS `clicks__provenance`,
      SUM(`t175`.`followers_gained`) AS `followers_gained`,
      MAX(
        IF(
          `t175`.`followers_gained` IS NOT NULL AND NOT ISNAN(`t175`.`followers_gained`),
          `t175`.`followers_gained__provenance`,
          NULL
        )
      ) AS `followers_gained__provenance`,
      SUM(
        IF(
          `t175`.`followers_gained` IS NOT NULL
          AND NOT ISNAN(`t175`.`followers_gained`)
          AND (
            `t175`.`followers_start` IS NOT NULL AND NOT ISNAN(`t175`.`followers_start`)
          ),
          `t175`.`followers_gained`,
          NULL
        )
      ) AS `follower_growth_rate__first`,
      MAX(
        IF(
          `t175`.`followers_gained` IS NOT NULL
          AND NOT ISNAN(`t175`.`followers_gained`)
          AND (
            `t175`.`followers_gained` IS NOT NULL
            AND NOT ISNAN(`t175`.`followers_gained`)
            AND (
              `t175`.`followers_start` IS NOT NULL AND NOT ISNAN(`t175`.`followers_start`)
            )
          ),
          `t175`.`followers_gained__provenance`,
          NULL
        )
      ) AS `follower_growth_rate__first__provenance`,
      SUM(
        IF(
          `t175`.`followers_gained` IS NOT NULL
          AND NOT ISNAN(`t175`.`followers_gained`)
          AND (
            `t175`.`followers_start` IS NOT NULL AND NOT ISNAN(`t175`.`followers_start`)
          ),
          `t175`.`followers_start`,
          NULL
        )
      ) AS `follower_growth_rate__second`,
      MAX(
        IF(
          `t175`.`followers_start` IS NOT NULL
          AND NOT ISNAN(`t175`.`followers_start`)
          AND (
            `t175`.`followers_gained` IS NOT NULL
            AND NOT ISNAN(`t175`.`followers_gained`)
            AND (
              `t175`.`followers_start` IS NOT NULL AND NOT ISNAN(`t175`.`followers_start`)
            )
          ),
          `t175`.`followers_start__provenance`,
          NULL
        )
      ) AS `follower_growth_rate__second__provenance`,
      SUM(
        IF(
          `t175`.`followers_gained` IS NOT NULL
          AND NOT ISNAN(`t175`.`followers_gained`)
          AND (
            `t175`.`followers_expected_gain` IS NOT NULL
            AND NOT ISNAN(`t175`.`followers_expected_gain`)
          ),
          `t175`.`followers_gained`,
          NULL
        )
      ) AS `followers_gained_above_trend__first`,
      MAX(
        IF(
          `t175`.`followers_gained` IS NOT NULL
          AND NOT ISNAN(`t175`.`followers_gained`)
          AND (
            `t175`.`followers_gained` IS NOT NULL
            AND NOT ISNAN(`t175`.`followers_gained`)
            AND (
              `t175`.`followers_expected_gain` IS NOT NULL
              AND NOT ISNAN(`t175`.`followers_expected_gain`)
            )
          ),
          `t175`.`followers_gained__provenance`,
          NULL
        )
      ) AS `followers_gained_above_trend__first__provenance`,
      SUM(
        IF(
          `t175`.`followers_gained` IS NOT NULL
          AND NOT ISNAN(`t175`.`followers_gained`)
          AND (
            `t175`.`followers_expected_gain` IS NOT NULL
            AND NOT ISNAN(`t175`.`followers_expected_gain`)
          ),
          `t175`.`followers_expected_gain`,
          NULL
        )
      ) AS `followers_gained_above_trend__second`,
      MAX(
        IF(
          `t175`.`followers_expected_gain` IS NOT NULL
          AND NOT ISNAN(`t175`.`followers_expected_gain`)
          AND (
            `t175`.`followers_gained` IS NOT NULL
            AND NOT ISNAN(`t175`.`followers_gained`)
            AND (
              `t175`.`followers_expected_gain` IS NOT NULL
              AND NOT ISNAN(`t175`.`followers_expected_gain`)
            )
          ),
          `t175`.`followers_expected_gain__provenance`,
          NULL
        )
      ) AS `followers_gained_above_trend__second__provenance`,
      SUM(`t175`.`brand_followers_gained`) AS `brand_followers_gained`,
      MAX(
        IF(
          `t175`.`brand_followers_gained` IS NOT NULL
          AND NOT ISNAN(`t175`.`brand_followers_gained`),
          `t175`.`brand_followers_gained__provenance`,
          NULL
        )
      ) AS `brand_followers_gained__provenance`,
      SUM(
        IF(
          `t175`.`brand_followers_gained` IS NOT NULL
          AND NOT ISNAN(`t175`.`brand_followers_gained`)
          AND (
            `t175`.`brand_followers_start` IS NOT NULL
            AND NOT ISNAN(`t175`.`brand_followers_start`)
          ),
          `t175`.`brand_followers_gained`,
          NULL
        )
      ) AS `brand_follower_growth_rate__first`,
      MAX(
        IF(
          `t175`.`brand_followers_gained` IS NOT NULL
          AND NOT ISNAN(`t175`.`brand_followers_gained`)
          AND (
            `t175`.`brand_followers_gained` IS NOT NULL
            AND NOT ISNAN(`t175`.`brand_followers_gained`)
            AND (
              `t175`.`brand_followers_start` IS NOT NULL
              AND NOT ISNAN(`t175`.`brand_followers_start`)
            )
          ),
          `t175`.`brand_followers_gained__provenance`,
          NULL
        )
      ) AS `brand_follower_growth_rate__first__provenance`,
      SUM(
        IF(
          `t175`.`brand_followers_gained` IS NOT NULL
          AND NOT ISNAN(`t175`.`brand_followers_gained`)
          AND (
            `t175`.`brand_followers_start` IS NOT NULL
            AND NOT ISNAN(`t175`.`brand_followers_start`)
          ),
          `t175`.`brand_followers_start`,
          NULL
        )
      ) AS `brand_follower_growth_rate__second`,
      MAX(
        IF(
          `t175`.`brand_followers_start` IS NOT NULL
          AND NOT ISNAN(`t175`.`brand_followers_start`)
          AND (
            `t175`.`brand_followers_gained` IS NOT NULL
            AND NOT ISNAN(`t175`.`brand_followers_gained`)
            AND (
              `t175`.`brand_followers_start` IS NOT NULL
              AND NOT ISNAN(`t175`.`brand_followers_start`)
            )
          ),
          `t175`.`brand_followers_start__provenance`,
          NULL
        )
      ) AS `brand_follower_growth_rate__second__provenance`,
      SUM(
        IF(
          `t175`.`brand_followers_gained` IS NOT NULL
          AND NOT ISNAN(`t175`.`brand_followers_gained`)
          AND (
            `t175`.`brand_followers_expected_gain` IS NOT NULL
            AND NOT ISNAN(`t175`.`brand_followers_expected_gain`)
          ),
          `t175`.`brand_followers_gained`,
          NULL
        )
      ) AS `brand_followers_gained_above_trend__first`,
      MAX(
        IF(
          `t175`.`brand_followers_gained` IS NOT NULL
          AND NOT ISNAN(`t175`.`brand_followers_gained`)
          AND (
            `t175`.`brand_followers_gained` IS NOT NULL
            AND NOT ISNAN(`t175`.`brand_followers_gained`)
            AND (
              `t175`.`brand_followers_expected_gain` IS NOT NULL
              AND NOT ISNAN(`t175`.`brand_followers_expected_gain`)
            )
          ),
          `t175`.`brand_followers_gained__provenance`,
          NULL
        )
      ) AS `brand_followers_gained_above_trend__first__provenance`,
      SUM(
        IF(
          `t175`.`brand_followers_gained` IS NOT NULL
          AND NOT ISNAN(`t175`.`brand_followers_gained`)
          AND (
            `t175`.`brand_followers_expected_gain` IS NOT NULL
            AND NOT ISNAN(`t175`.`brand_followers_expected_gain`)
          ),
          `t175`.`brand_followers_expected_gain`,
          NULL
        )
      ) AS `brand_followers_gained_above_trend__second`,
      MAX(
        IF(
          `t175`.`brand_followers_expected_gain` IS NOT NULL
          AND NOT ISNAN(`t175`.`brand_followers_expected_gain`)
          AND (
            `t175`.`brand_followers_gained` IS NOT NULL
            AND NOT ISNAN(`t175`.`brand_followers_gained`)
            AND (
              `t175`.`brand_followers_expected_gain` IS NOT NULL
              AND NOT ISNAN(`t175`.`brand_followers_expected_gain`)
            )
          ),
          `t175`.`brand_followers_expected_gain__provenance`,
          NULL
        )
      ) AS `brand_followers_gained_above_trend__second__provenance`,
      SUM(`t175`.`sponsored_posts`) AS `sponsored_posts`,
      SUM(`t175`.`disclosed_sponsored_posts`) AS `disclosed_sponsored_posts`,
      SUM(`t175`.`cost`) AS `cost`,
      SUM(`t175`.`emv`) AS `emv`,
      MAX(
        IF(`t175`.`emv` IS NOT NULL AND NOT ISNAN(`t175`.`emv`), `t175`.`emv__provenance`, NULL)
      ) AS `emv__provenance`,
      SUM(`t175`.`paid_impressions`) AS `paid_impressions`,
      SUM(`t175`.`paid_clicks`) AS `paid_clicks`,
      SUM(`t175`.`paid_views`) AS `paid_views`,
      SUM(
        IF(
          `t175`.`impressions_with_estimates` IS NOT NULL
          AND NOT ISNAN(`t175`.`impressions_with_estimates`)
          AND (
            `t175`.`paid_impressions` IS NOT NULL AND NOT ISNAN(`t175`.`paid_impressions`)
          ),
          `t175`.`impressions_with_estimates`,
          NULL
        )
      ) AS `impressions_vs_paid__first`,
      MAX(
        IF(
          `t175`.`impressions_with_estimates` IS NOT NULL
          AND NOT ISNAN(`t175`.`impressions_with_estimates`)
          AND (
            `t175`.`impressions_with_estimates` IS NOT NULL
            AND NOT ISNAN(`t175`.`impressions_with_estimates`)
            AND (
              `t175`.`paid_impressions` IS NOT NULL AND NOT ISNAN(`t175`.`paid_impressions`)
            )
          ),
          `t175`.`impressions_with_estimates__provenance`,
          NULL
        )
      ) AS `impressions_vs_paid__first__provenance`,
      SUM(
        IF(
          `t175`.`impressions_with_estimates` IS NOT NULL
          AND NOT ISNAN(`t175`.`impressions_with_estimates`)
          AND (
            `t175`.`paid_impressions` IS NOT NULL AND NOT ISNAN(`t175`.`paid_impressions`)
          ),
          `t175`.`paid_impressions`,
          NULL
        )
      ) AS `impressions_vs_paid__second`,
      SUM(
        IF(
          `t175`.`clicks` IS NOT NULL
          AND NOT ISNAN(`t175`.`clicks`)
          AND (
            `t175`.`paid_clicks` IS NOT NULL AND NOT ISNAN(`t175`.`paid_clicks`)
          ),
          `t175`.`clicks`,
          NULL
        )
      ) AS `clicks_vs_paid__first`,
      MAX(
        IF(
          `t175`.`clicks` IS NOT NULL
          AND NOT ISNAN(`t175`.`clicks`)
          AND (
            `t175`.`clicks` IS NOT NULL
            AND NOT ISNAN(`t175`.`clicks`)
            AND (
              `t175`.`paid_clicks` IS NOT NULL AND NOT ISNAN(`t175`.`paid_clicks`)
            )
          ),
          `t175`.`clicks__provenance`,
          NULL
        )
      ) AS `clicks_vs_paid__first__provenance`,
      SUM(
        IF(
          `t175`.`clicks` IS NOT NULL
          AND NOT ISNAN(`t175`.`clicks`)
          AND (
            `t175`.`paid_clicks` IS NOT NULL AND NOT ISNAN(`t175`.`paid_clicks`)
          ),
          `t175`.`paid_clicks`,
          NULL
        )
      ) AS `clicks_vs_paid__second`,
      SUM(
        IF(
          `t175`.`views` IS NOT NULL
          AND NOT ISNAN(`t175`.`views`)
          AND (
            `t175`.`paid_views` IS NOT NULL AND NOT ISNAN(`t175`.`paid_views`)
          ),
          `t175`.`views`,
          NULL
        )
      ) AS `views_vs_paid__first`,
      MAX(
        IF(
          `t175`.`views` IS NOT NULL
          AND NOT ISNAN(`t175`.`views`)
          AND (
            `t175`.`views` IS NOT NULL
            AND NOT ISNAN(`t175`.`views`)
            AND (
              `t175`.`paid_views` IS NOT NULL AND NOT ISNAN(`t175`.`paid_views`)
            )
          ),
          `t175`.`views__provenance`,
          NULL
        )
      ) AS `views_vs_paid__first__provenance`,
      SUM(
        IF(
          `t175`.`views` IS NOT NULL
          AND NOT ISNAN(`t175`.`views`)
          AND (
            `t175`.`paid_views` IS NOT NULL AND NOT ISNAN(`t175`.`paid_views`)
          ),
          `t175`.`paid_views`,
          NULL
        )
      ) AS `views_vs_paid__second`
    FROM (
      SELECT
        `t174`.`campaign_id`,
        `t174`.`campaign`,
        `t174`.`influencer_id`,
        `t174`.`influencer`,
        `t174`.`account_id`,
        `t174`.`platform`,
        `t174`.`format`,
        `t174`.`post_id`,
        `t174`.`day`,
        `t174`.`reach`,
        `t174`.`impressions`,
        `t174`.`views`,
        `t174`.`likes`,
        `t174`.`comments`,
        `t174`.`shares`,
        `t174`.`saves`,
        `t174`.`clicks`,
        `t174`.`reach__provenance`,
        `t174`.`impressions__provenance`,
        `t174`.`views__provenance`,
        `t174`.`likes__provenance`,
        `t174`.`comments__provenance`,
        `t174`.`shares__provenance`,
        `t174`.`saves__provenance`,
        `t174`.`clicks__provenance`,
        `t174`.`followers`,
        `t174`.`followers__provenance`,
        `t174`.`engagements`,
        `t174`.`engagements__provenance`,
        `t174`.`impressions_with_estimates`,
        `t174`.`impressions_with_estimates__provenance`,
        `t174`.`er_reach_post`,
        `t174`.`er_followers_post`,
        `t174`.`er_impressions_post`,
        `t174`.`er_views_post`,
        `t174`.`er_reach_post__provenance`,
        `t174`.`er_followers_post__provenance`,
        `t174`.`er_impressions_post__provenance`,
        `t174`.`er_views_post__provenance`,
        `t174`.`post_platform`,
        `t174`.`publishing_influencer`,
        `t174`.`sponsored_posts`,
        `t174`.`disclosed_sponsored_posts`,
        `t174`.`cost`,
        `t174`.`key_message_posts`,
        `t174`.`ugc_post`,
        `t174`.`mentions`,
        `t174`.`brand_mentions`,
        `t174`.`mention_engagements`,
        `t174`.`brand_mention_engagements`,
        `t174`.`followers_start`,
        `t174`.`followers_gained`,
        `t174`.`followers_expected_gain`,
        `t174`.`followers_start__provenance`,
        `t174`.`followers_gained__provenance`,
        `t174`.`followers_expected_gain__provenance`,
        `t174`.`brand_followers_start`,
        `t174`.`brand_followers_gained`,
        `t174`.`brand_followers_expected_gain`,
        `t174`.`brand_followers_start__provenance`,
        `t174`.`brand_followers_gained__provenance`,
        `t174`.`brand_followers_expected_gain__provenance`,
        `t174`.`influencers_contacted`,
        `t174`.`influencers_interested`,
        `t174`.`posts_contracted`,
        `t174`.`products_sent`,
        `t174`.`key_messages`,
        `t174`.`emv_rate`,
        `t174`.`emv`,
        `t174`.`emv__provenance`,
        `t174`.`paid_rate`,
        (
          `t174`.`cost` / (
            CASE
              WHEN `t174`.`platform` = 'tiktok'
              THEN 7.5
              WHEN `t174`.`platform` = 'youtube'
              THEN 3.53
              ELSE 19.8
            END * `t174`.`paid_rate`
          )
        ) * 1000 AS `paid_impressions`,
        CAST(NULL AS DOUBLE) AS `paid_engagements`,
        `t174`.`cost` / (
          CASE
            WHEN `t174`.`platform` = 'tiktok'
            THEN CAST(NULL AS DOUBLE)
            WHEN `t174`.`platform` = 'youtube'
            THEN CAST(NULL AS DOUBLE)
            ELSE 1.88
          END * `t174`.`paid_rate`
        ) AS `paid_clicks`,
        `t174`.`cost` / (
          CASE WHEN `t174`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t174`.`paid_rate`
        ) AS `paid_views`,
        DATE_TRUNC('week', `t174`.`day`) AS `week`
      FROM (
        SELECT
          `t172`.`campaign_id`,
          `t172`.`campaign`,
          `t172`.`influencer_id`,
          `t172`.`influencer`,
          `t172`.`account_id`,
          `t172`.`platform`,
          `t172`.`format`,
          `t172`.`post_id`,
          `t172`.`day`,
          `t172`.`reach`,
          `t172`.`impressions`,
          `t172`.`views`,
          `t172`.`likes`,
          `t172`.`comments`,
          `t172`.`shares`,
          `t172`.`saves`,
          `t172`.`clicks`,
          `t172`.`reach__provenance`,
          `t172`.`impressions__provenance`,
          `t172`.`views__provenance`,
          `t172`.`likes__provenance`,
          `t172`.`comments__provenance`,
          `t172`.`shares__provenance`,
          `t172`.`saves__provenance`,
          `t172`.`clicks__provenance`,
          `t172`.`followers`,
          `t172`.`followers__provenance`,
          `t172`.`engagements`,
          `t172`.`engagements__provenance`,
          `t172`.`impressions_with_estimates`,
          `t172`.`impressions_with_estimates__provenance`,
          `t172`.`er_reach_post`,
          `t172`.`er_followers_post`,
          `t172`.`er_impressions_post`,
          `t172`.`er_views_post`,
          `t172`.`er_reach_post__provenance`,
          `t172`.`er_followers_post__provenance`,
          `t172`.`er_impressions_post__provenance`,
          `t172`.`er_views_post__provenance`,
          `t172`.`post_platform`,
          `t172`.`publishing_influencer`,
          `t172`.`sponsored_posts`,
          `t172`.`disclosed_sponsored_posts`,
          `t172`.`cost`,
          `t172`.`key_message_posts`,
          `t172`.`ugc_post`,
          `t172`.`mentions`,
          `t172`.`brand_mentions`,
          `t172`.`mention_engagements`,
          `t172`.`brand_mention_engagements`,
          `t172`.`followers_start`,
          `t172`.`followers_gained`,
          `t172`.`followers_expected_gain`,
          `t172`.`followers_start__provenance`,
          `t172`.`followers_gained__provenance`,
          `t172`.`followers_expected_gain__provenance`,
          `t172`.`brand_followers_start`,
          `t172`.`brand_followers_gained`,
          `t172`.`brand_followers_expected_gain`,
          `t172`.`brand_followers_start__provenance`,
          `t172`.`brand_followers_gained__provenance`,
          `t172`.`brand_followers_expected_gain__provenance`,
          `t172`.`influencers_contacted`,
          `t172`.`influencers_interested`,
          `t172`.`posts_contracted`,
          `t172`.`products_sent`,
          `t172`.`key_messages`,
          `t172`.`emv_rate`,
          `t172`.`emv`,
          `t172`.`emv__provenance`,
          `t115`.`paid_rate`
        FROM (
          SELECT
            `t169`.`campaign_id`,
            `t169`.`campaign`,
            `t169`.`influencer_id`,
            `t169`.`influencer`,
            `t169`.`account_id`,
            `t169`.`platform`,
            `t169`.`format`,
            `t169`.`post_id`,
            `t169`.`day`,
            `t169`.`reach`,
            `t169`.`impressions`,
            `t169`.`views`,
            `t169`.`likes`,
            `t169`.`comments`,
            `t169`.`shares`,
            `t169`.`saves`,
            `t169`.`clicks`,
            `t169`.`reach__provenance`,
            `t169`.`impressions__provenance`,
            `t169`.`views__provenance`,
            `t169`.`likes__provenance`,
            `t169`.`comments__provenance`,
            `t169`.`shares__provenance`,
            `t169`.`saves__provenance`,
            `t169`.`clicks__provenance`,
            `t169`.`followers`,
            `t169`.`followers__provenance`,
            `t169`.`engagements`,
            `t169`.`engagements__provenance`,
            `t169`.`impressions_with_estimates`,
            `t169`.`impressions_with_estimates__provenance`,
            `t169`.`er_reach_post`,
            `t169`.`er_followers_post`,
            `t169`.`er_impressions_post`,
            `t169`.`er_views_post`,
            `t169`.`er_reach_post__provenance`,
            `t169`.`er_followers_post__provenance`,
            `t169`.`er_impressions_post__provenance`,
            `t169`.`er_views_post__provenance`,
            `t169`.`post_platform`,
            `t169`.`publishing_influencer`,
            `t169`.`sponsored_posts`,
            `t169`.`disclosed_sponsored_posts`,
            `t169`.`cost`,
            `t169`.`key_message_posts`,
            `t169`.`ugc_post`,
            `t169`.`mentions`,
            `t169`.`brand_mentions`,
            `t169`.`mention_engagements`,
            `t169`.`brand_mention_engagements`,
            `t169`.`followers_start`,
            `t169`.`followers_gained`,
            `t169`.`followers_expected_gain`,
            `t169`.`followers_start__provenance`,
            `t169`.`followers_gained__provenance`,
            `t169`.`followers_expected_gain__provenance`,
            `t169`.`brand_followers_start`,
            `t169`.`brand_followers_gained`,
            `t169`.`brand_followers_expected_gain`,
            `t169`.`brand_followers_start__provenance`,
            `t169`.`brand_followers_gained__provenance`,
            `t169`.`brand_followers_expected_gain__provenance`,
            `t169`.`influencers_contacted`,
            `t169`.`influencers_interested`,
            `t169`.`posts_contracted`,
            `t169`.`products_sent`,
            `t169`.`key_messages`,
            `t169`.`emv_rate`,
            IF(
              (
                `t169`.`post_id` IS NOT NULL
              )
              AND (
                (
                  (
                    (
                      COALESCE(`t169`.`impressions`, `t169`.`views`) * CASE WHEN `t169`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                    ) / 1000
                  ) IS NOT NULL
                  AND NOT ISNAN(
                    (
                      COALESCE(`t169`.`impressions`, `t169`.`views`) * CASE WHEN `t169`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                    ) / 1000
                  )
                )
                OR (
                  (
                    CASE
                      WHEN `t169`.`platform` = 'instagram'
                      THEN 0.07
                      WHEN `t169`.`platform` = 'tiktok'
                      THEN 0.09
                      WHEN `t169`.`platform` = 'youtube'
                      THEN 0.08
                      ELSE CAST(NULL AS DOUBLE)
                    END * `t169`.`likes`
                  ) IS NOT NULL
                  AND NOT ISNAN(
                    CASE
                      WHEN `t169`.`platform` = 'instagram'
                      THEN 0.07
                      WHEN `t169`.`platform` = 'tiktok'
                      THEN 0.09
                      WHEN `t169`.`platform` = 'youtube'
                      THEN 0.08
                      ELSE CAST(NULL AS DOUBLE)
                    END * `t169`.`likes`
                  )
                )
                OR (
                  (
                    CASE
                      WHEN `t169`.`platform` = 'instagram'
                      THEN 3.46
                      WHEN `t169`.`platform` = 'tiktok'
                      THEN 3.52
                      WHEN `t169`.`platform` = 'youtube'
                      THEN 6.99
                      ELSE CAST(NULL AS DOUBLE)
                    END * `t169`.`comments`
                  ) IS NOT NULL
                  AND NOT ISNAN(
                    CASE
                      WHEN `t169`.`platform` = 'instagram'
                      THEN 3.46
                      WHEN `t169`.`platform` = 'tiktok'
                      THEN 3.52
                      WHEN `t169`.`platform` = 'youtube'
                      THEN 6.99
                      ELSE CAST(NULL AS DOUBLE)
                    END * `t169`.`comments`
                  )
                )
                OR (
                  (
                    CASE WHEN `t169`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t169`.`shares`
                  ) IS NOT NULL
                  AND NOT ISNAN(
                    CASE WHEN `t169`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t169`.`shares`
                  )
                )
              ),
              (
                COALESCE(
                  (
                    COALESCE(`t169`.`impressions`, `t169`.`views`) * CASE WHEN `t169`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                  ) / 1000,
                  0
                ) + COALESCE(
                  CASE
                    WHEN `t169`.`platform` = 'instagram'
                    THEN 0.07
                    WHEN `t169`.`platform` = 'tiktok'
                    THEN 0.09
                    WHEN `t169`.`platform` = 'youtube'
                    THEN 0.08
                    ELSE CAST(NULL AS DOUBLE)
                  END * `t169`.`likes`,
                  0
                ) + COALESCE(
                  CASE
                    WHEN `t169`.`platform` = 'instagram'
                    THEN 3.46
                    WHEN `t169`.`platform` = 'tiktok'
                    THEN 3.52
                    WHEN `t169`.`platform` = 'youtube'
                    THEN 6.99
                    ELSE CAST(NULL AS DOUBLE)
                  END * `t169`.`comments`,
                  0
                ) + COALESCE(
                  CASE WHEN `t169`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t169`.`shares`,
                  0
                )
              ) * `t169`.`emv_rate`,
              CAST(NULL AS DOUBLE)
            ) AS `emv`,
            NULLIF(
              GREATEST(
                COALESCE(`t169`.`impressions__provenance`, -1),
                COALESCE(`t169`.`views__provenance`, -1),
                COALESCE(`t169`.`engagements__provenance`, -1)
              ),
              -1
            ) AS `emv__provenance`
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
              `t167`.`cost`,
              `t167`.`key_message_posts`,
              `t167`.`ugc_post`,
              `t167`.`mentions`,
              `t167`.`brand_mentions`,
              `t167`.`mention_engagements`,
              `t167`.`brand_mention_engagements`,
              `t167`.`followers_start`,
              `t167`.`followers_gained`,
              `t167`.`followers_expected_gain`,
              `t167`.`followers_start__provenance`,
              `t167`.`followers_gained__provenance`,
              `t167`.`followers_expected_gain__provenance`,
              `t167`.`brand_followers_start`,
              `t167`.`brand_followers_gained`,
              `t167`.`brand_followers_expected_gain`,
              `t167`.`brand_followers_start__provenance`,
              `t167`.`brand_followers_gained__provenance`,
              `t167`.`brand_followers_expected_gain__provenance`,
              `t167`.`influencers_contacted`,
              `t167`.`influencers_interested`,
              `t167`.`posts_contracted`,
              `t167`.`products_sent`,
              `t167`.`key_messages`,
              `t116`.`emv_rate`
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
                            `t157`.`campaign_id`,
                            `t157`.`campaign`,
                            `t157`.`influencer_id`,
                            `t157`.`influencer`,
                            `t157`.`account_id`,
                            `t157`.`platform`,
                            `t157`.`format`,
                            `t157`.`post_id`,
                            `t157`.`day`,
                            `t157`.`reach`,
                            `t157`.`impressions`,
                            `t157`.`views`,
                            `t157`.`likes`,
                            `t157`.`comments`,
                            `t157`.`shares`,
                            `t157`.`saves`,
                            `t157`.`clicks`,
                            CAST(`t157`.`reach__provenance` AS BIGINT) AS `reach__provenance`,
                            CAST(`t157`.`impressions__provenance` AS BIGINT) AS `impressions__provenance`,
                            CAST(`t157`.`views__provenance` AS BIGINT) AS `views__provenance`,
                            CAST(`t157`.`likes__provenance` AS BIGINT) AS `likes__provenance`,
                            CAST(`t157`.`comments__provenance` AS BIGINT) AS `comments__provenance`,
                            CAST(`t157`.`shares__provenance` AS BIGINT) AS `shares__provenance`,
                            CAST(`t157`.`saves__provenance` AS BIGINT) AS `saves__provenance`,
                            CAST(`t157`.`clicks__provenance` AS BIGINT) AS `clicks__provenance`,
                            `t157`.`followers`,
                            CAST(`t157`.`followers__provenance` AS BIGINT) AS `followers__provenance`,
                            `t157`.`engagements`,
                            CAST(`t157`.`engagements__provenance` AS BIGINT) AS `engagements__provenance`,
                            `t157`.`impressions_with_estimates`,
                            `t157`.`impressions_with_estimates__provenance`,
                            `t157`.`er_reach_post`,
                            `t157`.`er_followers_post`,
                            `t157`.`er_impressions_post`,
                            `t157`.`er_views_post`,
                            CAST(`t157`.`er_reach_post__provenance` AS BIGINT) AS `er_reach_post__provenance`,
                            CAST(`t157`.`er_followers_post__provenance` AS BIGINT) AS `er_followers_post__provenance`,
                            CAST(`t157`.`er_impressions_post__provenance` AS BIGINT) AS `er_impressions_post__provenance`,
                            CAST(`t157`.`er_views_post__provenance` AS BIGINT) AS `er_views_post__provenance`,
                            `t157`.`post_platform`,
                            CAST(`t157`.`publishing_influencer` AS DOUBLE) AS `publishing_influencer`,
                            `t157`.`sponsored_posts`,
                            `t157`.`disclosed_sponsored_posts`,
                            `t157`.`cost`,
                            `t157`.`key_message_posts`,
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
                            CAST(NULL AS DOUBLE) AS `key_messages`
                          FROM (
                            SELECT
                              `t148`.`campaign_id`,
                              `t148`.`campaign`,
                              `t148`.`influencer_id`,
                              `t148`.`influencer`,
                              `t148`.`account_id`,
                              `t148`.`platform`,
                              `t148`.`format`,
                              `t148`.`post_id`,
                              `t148`.`day`,
                              `t148`.`country`,
                              `t148`.`caption`,
                              `t148`.`sponsored`,
                              `t148`.`reach`,
                              `t148`.`impressions`,
                              `t148`.`views`,
                              `t148`.`likes`,
                              `t148`.`comments`,
                              `t148`.`shares`,
                              `t148`.`saves`,
                              `t148`.`clicks`,
                              `t148`.`reach__provenance`,
                              `t148`.`impressions__provenance`,
                              `t148`.`views__provenance`,
                              `t148`.`likes__provenance`,
                              `t148`.`comments__provenance`,
                              `t148`.`shares__provenance`,
                              `t148`.`saves__provenance`,
                              `t148`.`clicks__provenance`,
                              `t148`.`followers`,
                              `t148`.`followers__provenance`,
                              `t148`.`engagements`,
                              `t148`.`engagements__provenance`,
                              `t148`.`impressions_with_estimates`,
                              `t148`.`impressions_with_estimates__provenance`,
                              `t148`.`er_reach_post`,
                              `t148`.`er_followers_post`,
                              `t148`.`er_impressions_post`,
                              `t148`.`er_views_post`,
                              `t148`.`er_reach_post__provenance`,
                              `t148`.`er_followers_post__provenance`,
                              `t148`.`er_impressions_post__provenance`,
                              `t148`.`er_views_post__provenance`,
                              `t148`.`post_platform`,
                              `t148`.`publishing_influencer`,
                              `t148`.`sponsored_posts`,
                              `t148`.`disclosed_sponsored_posts`,
                              `t148`.`cost`,
                              `t156`.`key_message_posts`
                            FROM (
                              SELECT
                                `t136`.`campaign_id`,
                                `t136`.`campaign`,
                                `t136`.`influencer_id`,
                                `t136`.`influencer`,
                                `t136`.`account_id`,
                                `t136`.`platform`,
                                `t136`.`format`,
                                `t136`.`post_id`,
                                `t136`.`day`,
                                `t136`.`country`,
                                `t136`.`caption`,
                                `t136`.`sponsored`,
                                `t136`.`reach`,
                                `t136`.`impressions`,
                                `t136`.`views`,
                                `t136`.`likes`,
                                `t136`.`comments`,
                                `t136`.`shares`,
                                `t136`.`saves`,
                                `t136`.`clicks`,
                                `t136`.`reach__provenance`,
                                `t136`.`impressions__provenance`,
                                `t136`.`views__provenance`,
                                `t136`.`likes__provenance`,
                                `t136`.`comments__provenance`,
                                `t136`.`shares__provenance`,
                                `t136`.`saves__provenance`,
                                `t136`.`clicks__provenance`,
                                `t136`.`followers`,
                                `t136`.`followers__provenance`,
                                `t136`.`engagements`,
                                `t136`.`engagements__provenance`,
                                `t136`.`impressions_with_estimates`,
                                `t136`.`impressions_with_estimates__provenance`,
                                `t136`.`er_reach_post`,
                                `t136`.`er_followers_post`,
                                `t136`.`er_impressions_post`,
                                `t136`.`er_views_post`,
                                `t136`.`er_reach_post__provenance`,
                                `t136`.`er_followers_post__provenance`,
                                `t136`.`er_impressions_post__provenance`,
                                `t136`.`er_views_post__provenance`,
                                `t136`.`post_platform`,
                                `t136`.`publishing_influencer`,
                                `t136`.`sponsored_posts`,
                                `t136`.`disclosed_sponsored_posts`,
                                `t110`.`cost`
                              FROM (
                                SELECT
                                  `t121`.`campaign_id`,
                                  `t121`.`campaign`,
                                  `t121`.`influencer_id`,
                                  `t121`.`influencer`,
                                  `t121`.`account_id`,
                                  `t121`.`platform`,
                                  `t121`.`format`,
                                  `t121`.`post_id`,
                                  `t121`.`day`,
                                  `t121`.`country`,
                                  `t121`.`caption`,
                                  `t121`.`sponsored`,
                                  `t121`.`reach`,
                                  `t121`.`impressions`,
                                  `t121`.`views`,
                                  `t121`.`likes`,
                                  `t121`.`comments`,
                                  `t121`.`shares`,
                                  `t121`.`saves`,
                                  `t121`.`clicks`,
                                  `t121`.`reach__provenance`,
                                  `t121`.`impressions__provenance`,
                                  `t121`.`views__provenance`,
                                  `t121`.`likes__provenance`,
                                  `t121`.`comments__provenance`,
                                  `t121`.`shares__provenance`,
                                  `t121`.`saves__provenance`,
                                  `t121`.`clicks__provenance`,
                                  `t121`.`followers`,
                                  `t121`.`followers__provenance`,
                                  `t121`.`engagements`,
                                  `t121`.`engagements__provenance`,
                                  COALESCE(
                                    COALESCE(`t121`.`impressions`, `t121`.`views`),
                                    `t121`.`reach` * COALESCE(
                                      SUM(
                                        IF(
                                          `t121`.`impressions` IS NOT NULL
                                          AND NOT ISNAN(`t121`.`impressions`)
                                          AND (
                                            `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                          ),
                                          `t121`.`impressions`,
                                          NULL
                                        )
                                      ) OVER (
                                        PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                      ) / NULLIF(
                                        SUM(
                                          IF(
                                            `t121`.`impressions` IS NOT NULL
                                            AND NOT ISNAN(`t121`.`impressions`)
                                            AND (
                                              `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                            ),
                                            `t121`.`reach`,
                                            NULL
                                          )
                                        ) OVER (
                                          PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        ),
                                        0
                                      ),
                                      CAST(1 AS DOUBLE)
                                    )
                                  ) AS `impressions_with_estimates`,
                                  IF(
                                    COALESCE(
                                      COALESCE(`t121`.`impressions`, `t121`.`views`),
                                      `t121`.`reach` * COALESCE(
                                        SUM(
                                          IF(
                                            `t121`.`impressions` IS NOT NULL
                                            AND NOT ISNAN(`t121`.`impressions`)
                                            AND (
                                              `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                            ),
                                            `t121`.`impressions`,
                                            NULL
                                          )
                                        ) OVER (
                                          PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        ) / NULLIF(
                                          SUM(
                                            IF(
                                              `t121`.`impressions` IS NOT NULL
                                              AND NOT ISNAN(`t121`.`impressions`)
                                              AND (
                                                `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                              ),
                                              `t121`.`reach`,
                                              NULL
                                            )
                                          ) OVER (
                                            PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                          ),
                                          0
                                        ),
                                        CAST(1 AS DOUBLE)
                                      )
                                    ) IS NOT NULL
                                    AND NOT ISNAN(
                                      COALESCE(
                                        COALESCE(`t121`.`impressions`, `t121`.`views`),
                                        `t121`.`reach` * COALESCE(
                                          SUM(
                                            IF(
                                              `t121`.`impressions` IS NOT NULL
                                              AND NOT ISNAN(`t121`.`impressions`)
                                              AND (
                                                `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                              ),
                                              `t121`.`impressions`,
                                              NULL
                                            )
                                          ) OVER (
                                            PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                          ) / NULLIF(
                                            SUM(
                                              IF(
                                                `t121`.`impressions` IS NOT NULL
                                                AND NOT ISNAN(`t121`.`impressions`)
                                                AND (
                                                  `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                                ),
                                                `t121`.`reach`,
                                                NULL
                                              )
                                            ) OVER (
                                              PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                            ),
                                            0
                                          ),
                                          CAST(1 AS DOUBLE)
                                        )
                                      )
                                    ),
                                    IF(
                                      `t121`.`impressions` IS NOT NULL AND NOT ISNAN(`t121`.`impressions`),
                                      `t121`.`impressions__provenance`,
                                      2
                                    ),
                                    CAST(NULL AS BIGINT)
                                  ) AS `impressions_with_estimates__provenance`,
                                  (
                                    `t121`.`engagements` / NULLIF(`t121`.`reach`, 0)
                                  ) * 100 AS `er_reach_post`,
                                  (
                                    `t121`.`engagements` / NULLIF(`t121`.`followers`, 0)
                                  ) * 100 AS `er_followers_post`,
                                  (
                                    `t121`.`engagements` / NULLIF(`t121`.`impressions`, 0)
                                  ) * 100 AS `er_impressions_post`,
                                  (
                                    `t121`.`engagements` / NULLIF(`t121`.`views`, 0)
                                  ) * 100 AS `er_views_post`,
                                  NULLIF(
                                    GREATEST(
                                      COALESCE(`t121`.`engagements__provenance`, -1),
                                      COALESCE(`t121`.`reach__provenance`, -1)
                                    ),
                                    -1
                                  ) AS `er_reach_post__provenance`,
                                  NULLIF(
                                    GREATEST(
                                      COALESCE(`t121`.`engagements__provenance`, -1),
                                      COALESCE(`t121`.`followers__provenance`, -1)
                                    ),
                                    -1
                                  ) AS `er_followers_post__provenance`,
                                  NULLIF(
                                    GREATEST(
                                      COALESCE(`t121`.`engagements__provenance`, -1),
                                      COALESCE(`t121`.`impressions__provenance`, -1)
                                    ),
                                    -1
                                  ) AS `er_impressions_post__provenance`,
                                  NULLIF(
                                    GREATEST(
                                      COALESCE(`t121`.`engagements__provenance`, -1),
                                      COALESCE(`t121`.`views__provenance`, -1)
                                    ),
                                    -1
                                  ) AS `er_views_post__provenance`,
                                  `t121`.`platform` AS `post_platform`,
                                  `t121`.`influencer_id` AS `publishing_influencer`,
                                  CAST(IF(`t121`.`sponsored`, 1, 0) AS DOUBLE) AS `sponsored_posts`,
                                  CAST(IF(
                                    `t121`.`sponsored`
                                    AND CASE
                                      WHEN UPPER(`t121`.`country`) = 'FR'
                                      THEN CONTAINS(LOWER(`t121`.`caption`), 'publicité')
                                      OR CONTAINS(LOWER(`t121`.`caption`), 'publicite')
                                      OR CONTAINS(LOWER(`t121`.`caption`), 'collaboration commerciale')
                                      WHEN UPPER(`t121`.`country`) = 'BE'
                                      THEN CONTAINS(LOWER(`t121`.`caption`), 'publicité')
                                      OR CONTAINS(LOWER(`t121`.`caption`), 'publicite')
                                      OR CONTAINS(LOWER(`t121`.`caption`), 'collaboration commerciale')
                                      OR CONTAINS(LOWER(`t121`.`caption`), '#pub')
                                      OR CONTAINS(LOWER(`t121`.`caption`), 'reclame')
                                      OR CONTAINS(LOWER(`t121`.`caption`), '#ad')
                                      OR CONTAINS(LOWER(`t121`.`caption`), 'samenwerking')
                                      WHEN UPPER(`t121`.`country`) = 'DE'
                                      THEN CONTAINS(LOWER(`t121`.`caption`), 'werbung')
                                      OR CONTAINS(LOWER(`t121`.`caption`), 'anzeige')
                                      WHEN UPPER(`t121`.`country`) = 'ES'
                                      THEN CONTAINS(LOWER(`t121`.`caption`), 'publicidad')
                                      OR CONTAINS(LOWER(`t121`.`caption`), '#publi')
                                      OR CONTAINS(LOWER(`t121`.`caption`), 'patrocinado')
                                      OR CONTAINS(LOWER(`t121`.`caption`), 'colaboración pagada')
                                      WHEN UPPER(`t121`.`country`) = 'IT'
                                      THEN CONTAINS(LOWER(`t121`.`caption`), 'pubblicità')
                                      OR CONTAINS(LOWER(`t121`.`caption`), '#adv')
                                      OR CONTAINS(LOWER(`t121`.`caption`), 'sponsorizzato')
                                      OR CONTAINS(LOWER(`t121`.`caption`), '#sponsored')
                                      WHEN UPPER(`t121`.`country`) = 'GB'
                                      THEN CONTAINS(LOWER(`t121`.`caption`), '#ad')
                                      OR CONTAINS(LOWER(`t121`.`caption`), 'advert')
                                      OR CONTAINS(LOWER(`t121`.`caption`), 'advertisement')
                                      WHEN UPPER(`t121`.`country`) = 'US'
                                      THEN CONTAINS(LOWER(`t121`.`caption`), '#ad')
                                      OR CONTAINS(LOWER(`t121`.`caption`), '#sponsored')
                                      OR CONTAINS(LOWER(`t121`.`caption`), 'advertisement')
                                      OR CONTAINS(LOWER(`t121`.`caption`), 'paid partnership')
                                      ELSE CONTAINS(LOWER(`t121`.`caption`), '#ad')
                                      OR CONTAINS(LOWER(`t121`.`caption`), '#sponsored')
                                      OR CONTAINS(LOWER(`t121`.`caption`), 'paid partnership')
                                      OR CONTAINS(LOWER(`t121`.`caption`), 'advertisement')
                                    END,
                                    1,
                                    0
                                  ) AS DOUBLE) AS `disclosed_sponsored_posts`
                                FROM (
                                  SELECT
                                    `t114`.`campaign_id`,
                                    `t114`.`campaign`,
                                    `t114`.`influencer_id`,
                                    `t114`.`influencer`,
                                    `t114`.`account_id`,
                                    `t114`.`platform`,
                                    `t114`.`format`,
                                    `t114`.`post_id`,
                                    `t114`.`day`,
                                    `t114`.`country`,
                                    `t114`.`caption`,
                                    `t114`.`sponsored`,
                                    `t114`.`reach`,
                                    `t114`.`impressions`,
                                    `t114`.`views`,
                                    `t114`.`likes`,
                                    `t114`.`comments`,
                                    `t114`.`shares`,
                                    `t114`.`saves`,
                                    `t114`.`clicks`,
                                    `t114`.`reach__provenance`,
                                    `t114`.`impressions__provenance`,
                                    `t114`.`views__provenance`,
                                    `t114`.`likes__provenance`,
                                    `t114`.`comments__provenance`,
                                    `t114`.`shares__provenance`,
                                    `t114`.`saves__provenance`,
                                    `t114`.`clicks__provenance`,
                                    `t114`.`followers`,
                                    `t114`.`followers__provenance`,
                                    IF(
                                      (
                                        `t114`.`likes` IS NOT NULL AND NOT ISNAN(`t114`.`likes`)
                                      )
                                      OR (
                                        `t114`.`comments` IS NOT NULL AND NOT ISNAN(`t114`.`comments`)
                                      )
                                      OR (
                                        `t114`.`shares` IS NOT NULL AND NOT ISNAN(`t114`.`shares`)
                                      )
                                      OR (
                                        `t114`.`saves` IS NOT NULL AND NOT ISNAN(`t114`.`saves`)
                                      ),
                                      CAST(0 AS DOUBLE) + COALESCE(`t114`.`likes`, 0) + COALESCE(`t114`.`comments`, 0) + COALESCE(`t114`.`shares`, 0) + COALESCE(`t114`.`saves`, 0),
                                      CAST(NULL AS DOUBLE)
                                    ) AS `engagements`,
                                    NULLIF(
                                      GREATEST(
                                        COALESCE(`t114`.`likes__provenance`, -1),
                                        COALESCE(`t114`.`comments__provenance`, -1),
                                        COALESCE(`t114`.`shares__provenance`, -1),
                                        COALESCE(`t114`.`saves__provenance`, -1)
                                      ),
                                      -1
                                    ) AS `engagements__provenance`
                                  FROM (
                                    SELECT
                                      `t78`.`campaign_id`,
                                      `t78`.`campaign`,
                                      `t78`.`influencer_id`,
                                      `t78`.`influencer`,
                                      `t78`.`account_id`,
                                      `t78`.`platform`,
                                      `t78`.`format`,
                                      `t78`.`post_id`,
                                      `t78`.`day`,
                                      `t78`.`country`,
                                      `t78`.`caption`,
                                      `t78`.`sponsored`,
                                      `t92`.`reach`,
                                      `t92`.`impressions`,
                                      `t92`.`views`,
                                      `t92`.`likes`,
                                      `t92`.`comments`,
                                      `t92`.`shares`,
                                      `t92`.`saves`,
                                      `t92`.`clicks`,
                                      `t92`.`reach__provenance`,
                                      `t92`.`impressions__provenance`,
                                      `t92`.`views__provenance`,
                                      `t92`.`likes__provenance`,
                                      `t92`.`comments__provenance`,
                                      `t92`.`shares__provenance`,
                                      `t92`.`saves__provenance`,
                                      `t92`.`clicks__provenance`,
                                      `t101`.`followers`,
                                      `t101`.`followers__provenance`
                                    FROM `t64` AS `t78`
                                    LEFT OUTER JOIN (
                                      SELECT
                                        CAST(`t79`.`post_id` AS BIGINT) AS `post_id`,
                                        CAST(MAX(IF(`t79`.`metric` = 'reach', `t79`.`value`, NULL)) AS DOUBLE) AS `reach`,
                                        CAST(MAX(IF(`t79`.`metric` = 'impressions', `t79`.`value`, NULL)) AS DOUBLE) AS `impressions`,
                                        CAST(MAX(IF(`t79`.`metric` = 'views', `t79`.`value`, NULL)) AS DOUBLE) AS `views`,
                                        CAST(MAX(IF(`t79`.`metric` = 'likes', `t79`.`value`, NULL)) AS DOUBLE) AS `likes`,
                                        CAST(MAX(IF(`t79`.`metric` = 'comments', `t79`.`value`, NULL)) AS DOUBLE) AS `comments`,
                                        CAST(MAX(IF(`t79`.`metric` = 'shares', `t79`.`value`, NULL)) AS DOUBLE) AS `shares`,
                                        CAST(MAX(IF(`t79`.`metric` = 'saves', `t79`.`value`, NULL)) AS DOUBLE) AS `saves`,
                                        CAST(MAX(IF(`t79`.`metric` = 'clicks', `t79`.`value`, NULL)) AS DOUBLE) AS `clicks`,
                                        MAX(IF(`t79`.`metric` = 'reach', `t79`.`rank`, NULL)) AS `reach__provenance`,
                                        MAX(IF(`t79`.`metric` = 'impressions', `t79`.`rank`, NULL)) AS `impressions__provenance`,
                                        MAX(IF(`t79`.`metric` = 'views', `t79`.`rank`, NULL)) AS `views__provenance`,
                                        MAX(IF(`t79`.`metric` = 'likes', `t79`.`rank`, NULL)) AS `likes__provenance`,
                                        MAX(IF(`t79`.`metric` = 'comments', `t79`.`rank`, NULL)) AS `comments__provenance`,
                                        MAX(IF(`t79`.`metric` = 'shares', `t79`.`rank`, NULL)) AS `shares__provenance`,
                                        MAX(IF(`t79`.`metric` = 'saves', `t79`.`rank`, NULL)) AS `saves__provenance`,
                                        MAX(IF(`t79`.`metric` = 'clicks', `t79`.`rank`, NULL)) AS `clicks__provenance`
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            `t33`.`id`,
                                            `t33`.`post_id`,
                                            `t33`.`captured_at`,
                                            `t33`.`metric`,
                                            `t33`.`value`,
                                            `t33`.`source`,
                                            `t33`.`provenance`,
                                            `t33`.`rank`,
                                            ROW_NUMBER() OVER (
                                              PARTITION BY `t33`.`post_id`, `t33`.`metric`
                                              ORDER BY `t33`.`captured_at` DESC, `t33`.`rank` ASC NULLS LAST
                                            ) - 1 AS `order`
                                          FROM (
                                            SELECT
                                              `t9`.`id`,
                                              `t9`.`post_id`,
                                              `t9`.`captured_at`,
                                              `t9`.`metric`,
                                              `t9`.`value`,
                                              `t9`.`source`,
                                              `t9`.`provenance`,
                                              CASE `t9`.`provenance`
                                                WHEN 'measured'
                                                THEN 0
                                                WHEN 'self_reported'
                                                THEN 1
                                                WHEN 'estimated'
                                                THEN 2
                                                ELSE 2
                                              END AS `rank`
                                            FROM `metric_snapshot` AS `t9`
                                            WHERE
                                              `t9`.`captured_at` <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                                          ) AS `t33`
                                        ) AS `t66`
                                        WHERE
                                          `t66`.`order` = 0
                                      ) AS `t79`
                                      GROUP BY
                                        1
                                    ) AS `t92`
                                      ON `t78`.`post_id` = `t92`.`post_id`
                                    LEFT OUTER JOIN (
                                      SELECT
                                        CAST(`t89`.`post_id` AS BIGINT) AS `post_id`,
                                        CAST(`t89`.`followers` AS DOUBLE) AS `followers`,
                                        CASE `t89`.`provenance`
                                          WHEN 'measured'
                                          THEN 0
                                          WHEN 'self_reported'
                                          THEN 1
                                          WHEN 'estimated'
                                          THEN 2
                                          ELSE 2
                                        END AS `followers__provenance`
                                      FROM (
                                        SELECT
                                          `t56`.`post_id`,
                                          `t56`.`account_id`,
                                          `t56`.`published_at`,
                                          `t56`.`id`,
                                          `t56`.`captured_at`,
                                          `t56`.`followers`,
                                          `t56`.`source`,
                                          `t56`.`provenance`,
                                          ROW_NUMBER() OVER (
                                            PARTITION BY `t56`.`post_id`
                                            ORDER BY IF(`t56`.`captured_at` <= `t56`.`published_at`, 0, 1) ASC NULLS LAST, ABS(
                                              UNIX_TIMESTAMP(CAST(CAST(`t56`.`published_at` AS TIMESTAMP) AS TIMESTAMP)) - UNIX_TIMESTAMP(CAST(CAST(`t56`.`captured_at` AS TIMESTAMP) AS TIMESTAMP))
                                            ) ASC NULLS LAST
                                          ) - 1 AS `order`
                                        FROM (
                                          SELECT
                                            `t32`.`post_id`,
                                            `t32`.`account_id`,
                                            `t32`.`published_at`,
                                            `t20`.`id`,
                                            `t20`.`captured_at`,
                                            `t20`.`followers`,
                                            `t20`.`source`,
                                            `t20`.`provenance`
                                          FROM (
                                            SELECT
                                              `t6`.`id` AS `post_id`,
                                              `t6`.`account_id`,
                                              `t6`.`published_at`
                                            FROM `post` AS `t6`
                                          ) AS `t32`
                                          INNER JOIN `follower_snapshot` AS `t20`
                                            ON `t32`.`account_id` = `t20`.`account_id`
                                        ) AS `t56`
                                      ) AS `t89`
                                      WHERE
                                        `t89`.`order` = 0
                                    ) AS `t101`
                                      ON `t78`.`post_id` = `t101`.`post_id`
                                  ) AS `t114`
                                ) AS `t121`
                              ) AS `t136`
                              LEFT OUTER JOIN (
                                SELECT
                                  `t97`.`post_id`,
                                  SUM(`t97`.`cost`) AS `cost`
                                FROM (
                                  SELECT
                                    `t85`.`post_id`,
                                    `t63`.`amount` / `t85`.`n_posts` AS `cost`
                                  FROM `t44` AS `t63`
                                  INNER JOIN (
                                    SELECT
                                      `t73`.`campaign_id`,
                                      `t73`.`campaign`,
                                      `t73`.`influencer_id`,
                                      `t73`.`influencer`,
                                      `t73`.`account_id`,
                                      `t73`.`platform`,
                                      `t73`.`format`,
                                      `t73`.`post_id`,
                                      `t73`.`day`,
                                      `t73`.`country`,
                                      `t73`.`caption`,
                                      `t73`.`sponsored`,
                                      COUNT(`t73`.`post_id`) OVER (
                                        PARTITION BY `t73`.`campaign_id`, `t73`.`influencer_id`
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                      ) AS `n_posts`
                                    FROM `t64` AS `t73`
                                  ) AS `t85`
                                    ON `t63`.`campaign_id` = `t85`.`campaign_id`
                                    AND `t63`.`influencer_id` = `t85`.`influencer_id`
                                ) AS `t97`
                                GROUP BY
                                  1
                              ) AS `t110`
                                ON `t136`.`post_id` = `t110`.`post_id`
                            ) AS `t148`
                            LEFT OUTER JOIN (
                              SELECT
                                `t149`.`post_id`,
                                MAX(
                                  CAST(IF(CONTAINS(LOWER(`t149`.`caption`), LOWER(`t149`.`message`)), 1, 0) AS DOUBLE)
                                ) AS `key_message_posts`
                              FROM (
                                SELECT
                                  `t141`.`campaign_id`,
                                  `t141`.`post_id`,
                                  `t141`.`caption`,
                                  `t67`.`message`
                                FROM (
                                  SELECT
                                    `t134`.`campaign_id`,
                                    `t134`.`post_id`,
                                    `t134`.`caption`
                                  FROM (
                                    SELECT
                                      `t121`.`campaign_id`,
                                      `t121`.`campaign`,
                                      `t121`.`influencer_id`,
                                      `t121`.`influencer`,
                                      `t121`.`account_id`,
                                      `t121`.`platform`,
                                      `t121`.`format`,
                                      `t121`.`post_id`,
                                      `t121`.`day`,
                                      `t121`.`country`,
                                      `t121`.`caption`,
                                      `t121`.`sponsored`,
                                      `t121`.`reach`,
                                      `t121`.`impressions`,
                                      `t121`.`views`,
                                      `t121`.`likes`,
                                      `t121`.`comments`,
                                      `t121`.`shares`,
                                      `t121`.`saves`,
                                      `t121`.`clicks`,
                                      `t121`.`reach__provenance`,
                                      `t121`.`impressions__provenance`,
                                      `t121`.`views__provenance`,
                                      `t121`.`likes__provenance`,
                                      `t121`.`comments__provenance`,
                                      `t121`.`shares__provenance`,
                                      `t121`.`saves__provenance`,
                                      `t121`.`clicks__provenance`,
                                      `t121`.`followers`,
                                      `t121`.`followers__provenance`,
                                      `t121`.`engagements`,
                                      `t121`.`engagements__provenance`,
                                      COALESCE(
                                        COALESCE(`t121`.`impressions`, `t121`.`views`),
                                        `t121`.`reach` * COALESCE(
                                          SUM(
                                            IF(
                                              `t121`.`impressions` IS NOT NULL
                                              AND NOT ISNAN(`t121`.`impressions`)
                                              AND (
                                                `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                              ),
                                              `t121`.`impressions`,
                                              NULL
                                            )
                                          ) OVER (
                                            PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                          ) / NULLIF(
                                            SUM(
                                              IF(
                                                `t121`.`impressions` IS NOT NULL
                                                AND NOT ISNAN(`t121`.`impressions`)
                                                AND (
                                                  `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                                ),
                                                `t121`.`reach`,
                                                NULL
                                              )
                                            ) OVER (
                                              PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                            ),
                                            0
                                          ),
                                          CAST(1 AS DOUBLE)
                                        )
                                      ) AS `impressions_with_estimates`,
                                      IF(
                                        COALESCE(
                                          COALESCE(`t121`.`impressions`, `t121`.`views`),
                                          `t121`.`reach` * COALESCE(
                                            SUM(
                                              IF(
                                                `t121`.`impressions` IS NOT NULL
                                                AND NOT ISNAN(`t121`.`impressions`)
                                                AND (
                                                  `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                                ),
                                                `t121`.`impressions`,
                                                NULL
                                              )
                                            ) OVER (
                                              PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                            ) / NULLIF(
                                              SUM(
                                                IF(
                                                  `t121`.`impressions` IS NOT NULL
                                                  AND NOT ISNAN(`t121`.`impressions`)
                                                  AND (
                                                    `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                                  ),
                                                  `t121`.`reach`,
                                                  NULL
                                                )
                                              ) OVER (
                                                PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              ),
                                              0
                                            ),
                                            CAST(1 AS DOUBLE)
                                          )
                                        ) IS NOT NULL
                                        AND NOT ISNAN(
                                          COALESCE(
                                            COALESCE(`t121`.`impressions`, `t121`.`views`),
                                            `t121`.`reach` * COALESCE(
                                              SUM(
                                                IF(
                                                  `t121`.`impressions` IS NOT NULL
                                                  AND NOT ISNAN(`t121`.`impressions`)
                                                  AND (
                                                    `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                                  ),
                                                  `t121`.`impressions`,
                                                  NULL
                                                )
                                              ) OVER (
                                                PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              ) / NULLIF(
                                                SUM(
                                                  IF(
                                                    `t121`.`impressions` IS NOT NULL
                                                    AND NOT ISNAN(`t121`.`impressions`)
                                                    AND (
                                                      `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                                    ),
                                                    `t121`.`reach`,
                                                    NULL
                                                  )
                                                ) OVER (
                                                  PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ),
                                                0
                                              ),
                                              CAST(1 AS DOUBLE)
                                            )
                                          )
                                        ),
                                        IF(
                                          `t121`.`impressions` IS NOT NULL AND NOT ISNAN(`t121`.`impressions`),
                                          `t121`.`impressions__provenance`,
                                          2
                                        ),
                                        CAST(NULL AS BIGINT)
                                      ) AS `impressions_with_estimates__provenance`,
                                      (
                                        `t121`.`engagements` / NULLIF(`t121`.`reach`, 0)
                                      ) * 100 AS `er_reach_post`,
                                      (
                                        `t121`.`engagements` / NULLIF(`t121`.`followers`, 0)
                                      ) * 100 AS `er_followers_post`,
                                      (
                                        `t121`.`engagements` / NULLIF(`t121`.`impressions`, 0)
                                      ) * 100 AS `er_impressions_post`,
                                      (
                                        `t121`.`engagements` / NULLIF(`t121`.`views`, 0)
                                      ) * 100 AS `er_views_post`,
                                      NULLIF(
                                        GREATEST(
                                          COALESCE(`t121`.`engagements__provenance`, -1),
                                          COALESCE(`t121`.`reach__provenance`, -1)
                                        ),
                                        -1
                                      ) AS `er_reach_post__provenance`,
                                      NULLIF(
                                        GREATEST(
                                          COALESCE(`t121`.`engagements__provenance`, -1),
                                          COALESCE(`t121`.`followers__provenance`, -1)
                                        ),
                                        -1
                                      ) AS `er_followers_post__provenance`,
                                      NULLIF(
                                        GREATEST(
                                          COALESCE(`t121`.`engagements__provenance`, -1),
                                          COALESCE(`t121`.`impressions__provenance`, -1)
                                        ),
                                        -1
                                      ) AS `er_impressions_post__provenance`,
                                      NULLIF(
                                        GREATEST(
                                          COALESCE(`t121`.`engagements__provenance`, -1),
                                          COALESCE(`t121`.`views__provenance`, -1)
                                        ),
                                        -1
                                      ) AS `er_views_post__provenance`,
                                      `t121`.`platform` AS `post_platform`,
                                      `t121`.`influencer_id` AS `publishing_influencer`,
                                      CAST(IF(`t121`.`sponsored`, 1, 0) AS DOUBLE) AS `sponsored_posts`,
                                      CAST(IF(
                                        `t121`.`sponsored`
                                        AND CASE
                                          WHEN UPPER(`t121`.`country`) = 'FR'
                                          THEN CONTAINS(LOWER(`t121`.`caption`), 'publicité')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'publicite')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'collaboration commerciale')
                                          WHEN UPPER(`t121`.`country`) = 'BE'
                                          THEN CONTAINS(LOWER(`t121`.`caption`), 'publicité')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'publicite')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'collaboration commerciale')
                                          OR CONTAINS(LOWER(`t121`.`caption`), '#pub')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'reclame')
                                          OR CONTAINS(LOWER(`t121`.`caption`), '#ad')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'samenwerking')
                                          WHEN UPPER(`t121`.`country`) = 'DE'
                                          THEN CONTAINS(LOWER(`t121`.`caption`), 'werbung')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'anzeige')
                                          WHEN UPPER(`t121`.`country`) = 'ES'
                                          THEN CONTAINS(LOWER(`t121`.`caption`), 'publicidad')
                                          OR CONTAINS(LOWER(`t121`.`caption`), '#publi')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'patrocinado')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'colaboración pagada')
                                          WHEN UPPER(`t121`.`country`) = 'IT'
                                          THEN CONTAINS(LOWER(`t121`.`caption`), 'pubblicità')
                                          OR CONTAINS(LOWER(`t121`.`caption`), '#adv')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'sponsorizzato')
                                          OR CONTAINS(LOWER(`t121`.`caption`), '#sponsored')
                                          WHEN UPPER(`t121`.`country`) = 'GB'
                                          THEN CONTAINS(LOWER(`t121`.`caption`), '#ad')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'advert')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'advertisement')
                                          WHEN UPPER(`t121`.`country`) = 'US'
                                          THEN CONTAINS(LOWER(`t121`.`caption`), '#ad')
                                          OR CONTAINS(LOWER(`t121`.`caption`), '#sponsored')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'advertisement')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'paid partnership')
                                          ELSE CONTAINS(LOWER(`t121`.`caption`), '#ad')
                                          OR CONTAINS(LOWER(`t121`.`caption`), '#sponsored')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'paid partnership')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'advertisement')
                                        END,
                                        1,
                                        0
                                      ) AS DOUBLE) AS `disclosed_sponsored_posts`
                                    FROM (
                                      SELECT
                                        `t114`.`campaign_id`,
                                        `t114`.`campaign`,
                                        `t114`.`influencer_id`,
                                        `t114`.`influencer`,
                                        `t114`.`account_id`,
                                        `t114`.`platform`,
                                        `t114`.`format`,
                                        `t114`.`post_id`,
                                        `t114`.`day`,
                                        `t114`.`country`,
                                        `t114`.`caption`,
                                        `t114`.`sponsored`,
                                        `t114`.`reach`,
                                        `t114`.`impressions`,
                                        `t114`.`views`,
                                        `t114`.`likes`,
                                        `t114`.`comments`,
                                        `t114`.`shares`,
                                        `t114`.`saves`,
                                        `t114`.`clicks`,
                                        `t114`.`reach__provenance`,
                                        `t114`.`impressions__provenance`,
                                        `t114`.`views__provenance`,
                                        `t114`.`likes__provenance`,
                                        `t114`.`comments__provenance`,
                                        `t114`.`shares__provenance`,
                                        `t114`.`saves__provenance`,
                                        `t114`.`clicks__provenance`,
                                        `t114`.`followers`,
                                        `t114`.`followers__provenance`,
                                        IF(
                                          (
                                            `t114`.`likes` IS NOT NULL AND NOT ISNAN(`t114`.`likes`)
                                          )
                                          OR (
                                            `t114`.`comments` IS NOT NULL AND NOT ISNAN(`t114`.`comments`)
                                          )
                                          OR (
                                            `t114`.`shares` IS NOT NULL AND NOT ISNAN(`t114`.`shares`)
                                          )
                                          OR (
                                            `t114`.`saves` IS NOT NULL AND NOT ISNAN(`t114`.`saves`)
                                          ),
                                          CAST(0 AS DOUBLE) + COALESCE(`t114`.`likes`, 0) + COALESCE(`t114`.`comments`, 0) + COALESCE(`t114`.`shares`, 0) + COALESCE(`t114`.`saves`, 0),
                                          CAST(NULL AS DOUBLE)
                                        ) AS `engagements`,
                                        NULLIF(
                                          GREATEST(
                                            COALESCE(`t114`.`likes__provenance`, -1),
                                            COALESCE(`t114`.`comments__provenance`, -1),
                                            COALESCE(`t114`.`shares__provenance`, -1),
                                            COALESCE(`t114`.`saves__provenance`, -1)
                                          ),
                                          -1
                                        ) AS `engagements__provenance`
                                      FROM (
                                        SELECT
                                          `t78`.`campaign_id`,
                                          `t78`.`campaign`,
                                          `t78`.`influencer_id`,
                                          `t78`.`influencer`,
                                          `t78`.`account_id`,
                                          `t78`.`platform`,
                                          `t78`.`format`,
                                          `t78`.`post_id`,
                                          `t78`.`day`,
                                          `t78`.`country`,
                                          `t78`.`caption`,
                                          `t78`.`sponsored`,
                                          `t92`.`reach`,
                                          `t92`.`impressions`,
                                          `t92`.`views`,
                                          `t92`.`likes`,
                                          `t92`.`comments`,
                                          `t92`.`shares`,
                                          `t92`.`saves`,
                                          `t92`.`clicks`,
                                          `t92`.`reach__provenance`,
                                          `t92`.`impressions__provenance`,
                                          `t92`.`views__provenance`,
                                          `t92`.`likes__provenance`,
                                          `t92`.`comments__provenance`,
                                          `t92`.`shares__provenance`,
                                          `t92`.`saves__provenance`,
                                          `t92`.`clicks__provenance`,
                                          `t101`.`followers`,
                                          `t101`.`followers__provenance`
                                        FROM `t64` AS `t78`
                                        LEFT OUTER JOIN (
                                          SELECT
                                            CAST(`t79`.`post_id` AS BIGINT) AS `post_id`,
                                            CAST(MAX(IF(`t79`.`metric` = 'reach', `t79`.`value`, NULL)) AS DOUBLE) AS `reach`,
                                            CAST(MAX(IF(`t79`.`metric` = 'impressions', `t79`.`value`, NULL)) AS DOUBLE) AS `impressions`,
                                            CAST(MAX(IF(`t79`.`metric` = 'views', `t79`.`value`, NULL)) AS DOUBLE) AS `views`,
                                            CAST(MAX(IF(`t79`.`metric` = 'likes', `t79`.`value`, NULL)) AS DOUBLE) AS `likes`,
                                            CAST(MAX(IF(`t79`.`metric` = 'comments', `t79`.`value`, NULL)) AS DOUBLE) AS `comments`,
                                            CAST(MAX(IF(`t79`.`metric` = 'shares', `t79`.`value`, NULL)) AS DOUBLE) AS `shares`,
                                            CAST(MAX(IF(`t79`.`metric` = 'saves', `t79`.`value`, NULL)) AS DOUBLE) AS `saves`,
                                            CAST(MAX(IF(`t79`.`metric` = 'clicks', `t79`.`value`, NULL)) AS DOUBLE) AS `clicks`,
                                            MAX(IF(`t79`.`metric` = 'reach', `t79`.`rank`, NULL)) AS `reach__provenance`,
                                            MAX(IF(`t79`.`metric` = 'impressions', `t79`.`rank`, NULL)) AS `impressions__provenance`,
                                            MAX(IF(`t79`.`metric` = 'views', `t79`.`rank`, NULL)) AS `views__provenance`,
                                            MAX(IF(`t79`.`metric` = 'likes', `t79`.`rank`, NULL)) AS `likes__provenance`,
                                            MAX(IF(`t79`.`metric` = 'comments', `t79`.`rank`, NULL)) AS `comments__provenance`,
                                            MAX(IF(`t79`.`metric` = 'shares', `t79`.`rank`, NULL)) AS `shares__provenance`,
                                            MAX(IF(`t79`.`metric` = 'saves', `t79`.`rank`, NULL)) AS `saves__provenance`,
                                            MAX(IF(`t79`.`metric` = 'clicks', `t79`.`rank`, NULL)) AS `clicks__provenance`
                                          FROM (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                `t33`.`id`,
                                                `t33`.`post_id`,
                                                `t33`.`captured_at`,
                                                `t33`.`metric`,
                                                `t33`.`value`,
                                                `t33`.`source`,
                                                `t33`.`provenance`,
                                                `t33`.`rank`,
                                                ROW_NUMBER() OVER (
                                                  PARTITION BY `t33`.`post_id`, `t33`.`metric`
                                                  ORDER BY `t33`.`captured_at` DESC, `t33`.`rank` ASC NULLS LAST
                                                ) - 1 AS `order`
                                              FROM (
                                                SELECT
                                                  `t9`.`id`,
                                                  `t9`.`post_id`,
                                                  `t9`.`captured_at`,
                                                  `t9`.`metric`,
                                                  `t9`.`value`,
                                                  `t9`.`source`,
                                                  `t9`.`provenance`,
                                                  CASE `t9`.`provenance`
                                                    WHEN 'measured'
                                                    THEN 0
                                                    WHEN 'self_reported'
                                                    THEN 1
                                                    WHEN 'estimated'
                                                    THEN 2
                                                    ELSE 2
                                                  END AS `rank`
                                                FROM `metric_snapshot` AS `t9`
                                                WHERE
                                                  `t9`.`captured_at` <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                                              ) AS `t33`
                                            ) AS `t66`
                                            WHERE
                                              `t66`.`order` = 0
                                          ) AS `t79`
                                          GROUP BY
                                            1
                                        ) AS `t92`
                                          ON `t78`.`post_id` = `t92`.`post_id`
                                        LEFT OUTER JOIN (
                                          SELECT
                                            CAST(`t89`.`post_id` AS BIGINT) AS `post_id`,
                                            CAST(`t89`.`followers` AS DOUBLE) AS `followers`,
                                            CASE `t89`.`provenance`
                                              WHEN 'measured'
                                              THEN 0
                                              WHEN 'self_reported'
                                              THEN 1
                                              WHEN 'estimated'
                                              THEN 2
                                              ELSE 2
                                            END AS `followers__provenance`
                                          FROM (
                                            SELECT
                                              `t56`.`post_id`,
                                              `t56`.`account_id`,
                                              `t56`.`published_at`,
                                              `t56`.`id`,
                                              `t56`.`captured_at`,
                                              `t56`.`followers`,
                                              `t56`.`source`,
                                              `t56`.`provenance`,
                                              ROW_NUMBER() OVER (
                                                PARTITION BY `t56`.`post_id`
                                                ORDER BY IF(`t56`.`captured_at` <= `t56`.`published_at`, 0, 1) ASC NULLS LAST, ABS(
                                                  UNIX_TIMESTAMP(CAST(CAST(`t56`.`published_at` AS TIMESTAMP) AS TIMESTAMP)) - UNIX_TIMESTAMP(CAST(CAST(`t56`.`captured_at` AS TIMESTAMP) AS TIMESTAMP))
                                                ) ASC NULLS LAST
                                              ) - 1 AS `order`
                                            FROM (
                                              SELECT
                                                `t32`.`post_id`,
                                                `t32`.`account_id`,
                                                `t32`.`published_at`,
                                                `t20`.`id`,
                                                `t20`.`captured_at`,
                                                `t20`.`followers`,
                                                `t20`.`source`,
                                                `t20`.`provenance`
                                              FROM (
                                                SELECT
                                                  `t6`.`id` AS `post_id`,
                                                  `t6`.`account_id`,
                                                  `t6`.`published_at`
                                                FROM `post` AS `t6`
                                              ) AS `t32`
                                              INNER JOIN `follower_snapshot` AS `t20`
                                                ON `t32`.`account_id` = `t20`.`account_id`
                                            ) AS `t56`
                                          ) AS `t89`
                                          WHERE
                                            `t89`.`order` = 0
                                        ) AS `t101`
                                          ON `t78`.`post_id` = `t101`.`post_id`
                                      ) AS `t114`
                                    ) AS `t121`
                                  ) AS `t134`
                                ) AS `t141`
                                INNER JOIN (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      CAST(`t0`.`id` AS BIGINT) AS `campaign_id`,
                                      EXPLODE(SPLIT(`t0`.`key_messages`, '\n')) AS `message`
                                    FROM `campaign` AS `t0`
                                  ) AS `t35`
                                  WHERE
                                    LENGTH(`t35`.`message`) > 0
                                ) AS `t67`
                                  ON `t141`.`campaign_id` = `t67`.`campaign_id`
                              ) AS `t149`
                              GROUP BY
                                1
                            ) AS `t156`
                              ON `t148`.`post_id` = `t156`.`post_id`
                          ) AS `t157`
                        ) AS `t158`
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            `t151`.`campaign_id`,
                            `t151`.`campaign`,
                            CAST(NULL AS BIGINT) AS `influencer_id`,
                            CAST(NULL AS STRING) AS `influencer`,
                            CAST(NULL AS BIGINT) AS `account_id`,
                            `t151`.`platform`,
                            CAST(NULL AS STRING) AS `format`,
                            CAST(NULL AS BIGINT) AS `post_id`,
                            `t151`.`day`,
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
                            CAST(`t151`.`ugc_post` AS DOUBLE) AS `ugc_post`,
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
                            CAST(NULL AS DOUBLE) AS `key_messages`
                          FROM (
                            SELECT
                              `t100`.`campaign_id`,
                              `t100`.`campaign`,
                              `t100`.`platform`,
                              `t100`.`day`,
                              `t100`.`post_id` AS `ugc_post`
                            FROM (
                              SELECT DISTINCT
                                *
                              FROM (
                                SELECT
                                  `t68`.`campaign_id`,
                                  `t68`.`campaign`,
                                  `t75`.`post_id`,
                                  `t75`.`influencer_id`,
                                  `t75`.`platform`,
                                  `t75`.`day`
                                FROM (
                                  SELECT
                                    CAST(`t39`.`id` AS BIGINT) AS `post_id`,
                                    CAST(`t14`.`id` AS BIGINT) AS `influencer_id`,
                                    `t14`.`workspace_id`,
                                    `t14`.`is_brand`,
                                    CAST(`t18`.`platform` AS STRING) AS `platform`,
                                    `t39`.`published_on` AS `day`,
                                    `t39`.`hashtags`
                                  FROM (
                                    SELECT
                                      *
                                    FROM `post` AS `t6`
                                    WHERE
                                      `t6`.`campaign_id` IS NULL
                                  ) AS `t39`
                                  INNER JOIN `account` AS `t18`
                                    ON `t39`.`account_id` = `t18`.`id`
                                  INNER JOIN `influencer` AS `t14`
                                    ON `t18`.`influencer_id` = `t14`.`id`
                                ) AS `t75`
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
                                  ) AS `t36`
                                  WHERE
                                    LENGTH(`t36`.`tag`) > 0
                                ) AS `t68`
                                  ON `t75`.`workspace_id` = `t68`.`workspace_id`
                                  AND `t75`.`day` >= `t68`.`start`
                                  AND `t75`.`day` <= `t68`.`end`
                                  AND NOT (
                                    `t75`.`is_brand`
                                  )
                                  AND CONTAINS(CONCAT(CONCAT(',', `t75`.`hashtags`), ','), CONCAT(CONCAT(',', `t68`.`tag`), ','))
                              ) AS `t88`
                            ) AS `t100`
                            LEFT ANTI JOIN (
                              SELECT DISTINCT
                                *
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    CAST(`t2`.`campaign_id` AS BIGINT) AS `campaign_id`,
                                    CAST(`t2`.`influencer_id` AS BIGINT) AS `influencer_id`
                                  FROM `roster` AS `t2`
                                ) AS `t27`
                                UNION ALL
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    `t134`.`campaign_id`,
                                    `t134`.`influencer_id`
                                  FROM (
                                    SELECT
                                      `t121`.`campaign_id`,
                                      `t121`.`campaign`,
                                      `t121`.`influencer_id`,
                                      `t121`.`influencer`,
                                      `t121`.`account_id`,
                                      `t121`.`platform`,
                                      `t121`.`format`,
                                      `t121`.`post_id`,
                                      `t121`.`day`,
                                      `t121`.`country`,
                                      `t121`.`caption`,
                                      `t121`.`sponsored`,
                                      `t121`.`reach`,
                                      `t121`.`impressions`,
                                      `t121`.`views`,
                                      `t121`.`likes`,
                                      `t121`.`comments`,
                                      `t121`.`shares`,
                                      `t121`.`saves`,
                                      `t121`.`clicks`,
                                      `t121`.`reach__provenance`,
                                      `t121`.`impressions__provenance`,
                                      `t121`.`views__provenance`,
                                      `t121`.`likes__provenance`,
                                      `t121`.`comments__provenance`,
                                      `t121`.`shares__provenance`,
                                      `t121`.`saves__provenance`,
                                      `t121`.`clicks__provenance`,
                                      `t121`.`followers`,
                                      `t121`.`followers__provenance`,
                                      `t121`.`engagements`,
                                      `t121`.`engagements__provenance`,
                                      COALESCE(
                                        COALESCE(`t121`.`impressions`, `t121`.`views`),
                                        `t121`.`reach` * COALESCE(
                                          SUM(
                                            IF(
                                              `t121`.`impressions` IS NOT NULL
                                              AND NOT ISNAN(`t121`.`impressions`)
                                              AND (
                                                `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                              ),
                                              `t121`.`impressions`,
                                              NULL
                                            )
                                          ) OVER (
                                            PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                          ) / NULLIF(
                                            SUM(
                                              IF(
                                                `t121`.`impressions` IS NOT NULL
                                                AND NOT ISNAN(`t121`.`impressions`)
                                                AND (
                                                  `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                                ),
                                                `t121`.`reach`,
                                                NULL
                                              )
                                            ) OVER (
                                              PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                            ),
                                            0
                                          ),
                                          CAST(1 AS DOUBLE)
                                        )
                                      ) AS `impressions_with_estimates`,
                                      IF(
                                        COALESCE(
                                          COALESCE(`t121`.`impressions`, `t121`.`views`),
                                          `t121`.`reach` * COALESCE(
                                            SUM(
                                              IF(
                                                `t121`.`impressions` IS NOT NULL
                                                AND NOT ISNAN(`t121`.`impressions`)
                                                AND (
                                                  `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                                ),
                                                `t121`.`impressions`,
                                                NULL
                                              )
                                            ) OVER (
                                              PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                            ) / NULLIF(
                                              SUM(
                                                IF(
                                                  `t121`.`impressions` IS NOT NULL
                                                  AND NOT ISNAN(`t121`.`impressions`)
                                                  AND (
                                                    `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                                  ),
                                                  `t121`.`reach`,
                                                  NULL
                                                )
                                              ) OVER (
                                                PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              ),
                                              0
                                            ),
                                            CAST(1 AS DOUBLE)
                                          )
                                        ) IS NOT NULL
                                        AND NOT ISNAN(
                                          COALESCE(
                                            COALESCE(`t121`.`impressions`, `t121`.`views`),
                                            `t121`.`reach` * COALESCE(
                                              SUM(
                                                IF(
                                                  `t121`.`impressions` IS NOT NULL
                                                  AND NOT ISNAN(`t121`.`impressions`)
                                                  AND (
                                                    `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                                  ),
                                                  `t121`.`impressions`,
                                                  NULL
                                                )
                                              ) OVER (
                                                PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              ) / NULLIF(
                                                SUM(
                                                  IF(
                                                    `t121`.`impressions` IS NOT NULL
                                                    AND NOT ISNAN(`t121`.`impressions`)
                                                    AND (
                                                      `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                                    ),
                                                    `t121`.`reach`,
                                                    NULL
                                                  )
                                                ) OVER (
                                                  PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ),
                                                0
                                              ),
                                              CAST(1 AS DOUBLE)
                                            )
                                          )
                                        ),
                                        IF(
                                          `t121`.`impressions` IS NOT NULL AND NOT ISNAN(`t121`.`impressions`),
                                          `t121`.`impressions__provenance`,
                                          2
                                        ),
                                        CAST(NULL AS BIGINT)
                                      ) AS `impressions_with_estimates__provenance`,
                                      (
                                        `t121`.`engagements` / NULLIF(`t121`.`reach`, 0)
                                      ) * 100 AS `er_reach_post`,
                                      (
                                        `t121`.`engagements` / NULLIF(`t121`.`followers`, 0)
                                      ) * 100 AS `er_followers_post`,
                                      (
                                        `t121`.`engagements` / NULLIF(`t121`.`impressions`, 0)
                                      ) * 100 AS `er_impressions_post`,
                                      (
                                        `t121`.`engagements` / NULLIF(`t121`.`views`, 0)
                                      ) * 100 AS `er_views_post`,
                                      NULLIF(
                                        GREATEST(
                                          COALESCE(`t121`.`engagements__provenance`, -1),
                                          COALESCE(`t121`.`reach__provenance`, -1)
                                        ),
                                        -1
                                      ) AS `er_reach_post__provenance`,
                                      NULLIF(
                                        GREATEST(
                                          COALESCE(`t121`.`engagements__provenance`, -1),
                                          COALESCE(`t121`.`followers__provenance`, -1)
                                        ),
                                        -1
                                      ) AS `er_followers_post__provenance`,
                                      NULLIF(
                                        GREATEST(
                                          COALESCE(`t121`.`engagements__provenance`, -1),
                                          COALESCE(`t121`.`impressions__provenance`, -1)
                                        ),
                                        -1
                                      ) AS `er_impressions_post__provenance`,
                                      NULLIF(
                                        GREATEST(
                                          COALESCE(`t121`.`engagements__provenance`, -1),
                                          COALESCE(`t121`.`views__provenance`, -1)
                                        ),
                                        -1
                                      ) AS `er_views_post__provenance`,
                                      `t121`.`platform` AS `post_platform`,
                                      `t121`.`influencer_id` AS `publishing_influencer`,
                                      CAST(IF(`t121`.`sponsored`, 1, 0) AS DOUBLE) AS `sponsored_posts`,
                                      CAST(IF(
                                        `t121`.`sponsored`
                                        AND CASE
                                          WHEN UPPER(`t121`.`country`) = 'FR'
                                          THEN CONTAINS(LOWER(`t121`.`caption`), 'publicité')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'publicite')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'collaboration commerciale')
                                          WHEN UPPER(`t121`.`country`) = 'BE'
                                          THEN CONTAINS(LOWER(`t121`.`caption`), 'publicité')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'publicite')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'collaboration commerciale')
                                          OR CONTAINS(LOWER(`t121`.`caption`), '#pub')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'reclame')
                                          OR CONTAINS(LOWER(`t121`.`caption`), '#ad')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'samenwerking')
                                          WHEN UPPER(`t121`.`country`) = 'DE'
                                          THEN CONTAINS(LOWER(`t121`.`caption`), 'werbung')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'anzeige')
                                          WHEN UPPER(`t121`.`country`) = 'ES'
                                          THEN CONTAINS(LOWER(`t121`.`caption`), 'publicidad')
                                          OR CONTAINS(LOWER(`t121`.`caption`), '#publi')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'patrocinado')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'colaboración pagada')
                                          WHEN UPPER(`t121`.`country`) = 'IT'
                                          THEN CONTAINS(LOWER(`t121`.`caption`), 'pubblicità')
                                          OR CONTAINS(LOWER(`t121`.`caption`), '#adv')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'sponsorizzato')
                                          OR CONTAINS(LOWER(`t121`.`caption`), '#sponsored')
                                          WHEN UPPER(`t121`.`country`) = 'GB'
                                          THEN CONTAINS(LOWER(`t121`.`caption`), '#ad')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'advert')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'advertisement')
                                          WHEN UPPER(`t121`.`country`) = 'US'
                                          THEN CONTAINS(LOWER(`t121`.`caption`), '#ad')
                                          OR CONTAINS(LOWER(`t121`.`caption`), '#sponsored')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'advertisement')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'paid partnership')
                                          ELSE CONTAINS(LOWER(`t121`.`caption`), '#ad')
                                          OR CONTAINS(LOWER(`t121`.`caption`), '#sponsored')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'paid partnership')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'advertisement')
                                        END,
                                        1,
                                        0
                                      ) AS DOUBLE) AS `disclosed_sponsored_posts`
                                    FROM (
                                      SELECT
                                        `t114`.`campaign_id`,
                                        `t114`.`campaign`,
                                        `t114`.`influencer_id`,
                                        `t114`.`influencer`,
                                        `t114`.`account_id`,
                                        `t114`.`platform`,
                                        `t114`.`format`,
                                        `t114`.`post_id`,
                                        `t114`.`day`,
                                        `t114`.`country`,
                                        `t114`.`caption`,
                                        `t114`.`sponsored`,
                                        `t114`.`reach`,
                                        `t114`.`impressions`,
                                        `t114`.`views`,
                                        `t114`.`likes`,
                                        `t114`.`comments`,
                                        `t114`.`shares`,
                                        `t114`.`saves`,
                                        `t114`.`clicks`,
                                        `t114`.`reach__provenance`,
                                        `t114`.`impressions__provenance`,
                                        `t114`.`views__provenance`,
                                        `t114`.`likes__provenance`,
                                        `t114`.`comments__provenance`,
                                        `t114`.`shares__provenance`,
                                        `t114`.`saves__provenance`,
                                        `t114`.`clicks__provenance`,
                                        `t114`.`followers`,
                                        `t114`.`followers__provenance`,
                                        IF(
                                          (
                                            `t114`.`likes` IS NOT NULL AND NOT ISNAN(`t114`.`likes`)
                                          )
                                          OR (
                                            `t114`.`comments` IS NOT NULL AND NOT ISNAN(`t114`.`comments`)
                                          )
                                          OR (
                                            `t114`.`shares` IS NOT NULL AND NOT ISNAN(`t114`.`shares`)
                                          )
                                          OR (
                                            `t114`.`saves` IS NOT NULL AND NOT ISNAN(`t114`.`saves`)
                                          ),
                                          CAST(0 AS DOUBLE) + COALESCE(`t114`.`likes`, 0) + COALESCE(`t114`.`comments`, 0) + COALESCE(`t114`.`shares`, 0) + COALESCE(`t114`.`saves`, 0),
                                          CAST(NULL AS DOUBLE)
                                        ) AS `engagements`,
                                        NULLIF(
                                          GREATEST(
                                            COALESCE(`t114`.`likes__provenance`, -1),
                                            COALESCE(`t114`.`comments__provenance`, -1),
                                            COALESCE(`t114`.`shares__provenance`, -1),
                                            COALESCE(`t114`.`saves__provenance`, -1)
                                          ),
                                          -1
                                        ) AS `engagements__provenance`
                                      FROM (
                                        SELECT
                                          `t78`.`campaign_id`,
                                          `t78`.`campaign`,
                                          `t78`.`influencer_id`,
                                          `t78`.`influencer`,
                                          `t78`.`account_id`,
                                          `t78`.`platform`,
                                          `t78`.`format`,
                                          `t78`.`post_id`,
                                          `t78`.`day`,
                                          `t78`.`country`,
                                          `t78`.`caption`,
                                          `t78`.`sponsored`,
                                          `t92`.`reach`,
                                          `t92`.`impressions`,
                                          `t92`.`views`,
                                          `t92`.`likes`,
                                          `t92`.`comments`,
                                          `t92`.`shares`,
                                          `t92`.`saves`,
                                          `t92`.`clicks`,
                                          `t92`.`reach__provenance`,
                                          `t92`.`impressions__provenance`,
                                          `t92`.`views__provenance`,
                                          `t92`.`likes__provenance`,
                                          `t92`.`comments__provenance`,
                                          `t92`.`shares__provenance`,
                                          `t92`.`saves__provenance`,
                                          `t92`.`clicks__provenance`,
                                          `t101`.`followers`,
                                          `t101`.`followers__provenance`
                                        FROM `t64` AS `t78`
                                        LEFT OUTER JOIN (
                                          SELECT
                                            CAST(`t79`.`post_id` AS BIGINT) AS `post_id`,
                                            CAST(MAX(IF(`t79`.`metric` = 'reach', `t79`.`value`, NULL)) AS DOUBLE) AS `reach`,
                                            CAST(MAX(IF(`t79`.`metric` = 'impressions', `t79`.`value`, NULL)) AS DOUBLE) AS `impressions`,
                                            CAST(MAX(IF(`t79`.`metric` = 'views', `t79`.`value`, NULL)) AS DOUBLE) AS `views`,
                                            CAST(MAX(IF(`t79`.`metric` = 'likes', `t79`.`value`, NULL)) AS DOUBLE) AS `likes`,
                                            CAST(MAX(IF(`t79`.`metric` = 'comments', `t79`.`value`, NULL)) AS DOUBLE) AS `comments`,
                                            CAST(MAX(IF(`t79`.`metric` = 'shares', `t79`.`value`, NULL)) AS DOUBLE) AS `shares`,
                                            CAST(MAX(IF(`t79`.`metric` = 'saves', `t79`.`value`, NULL)) AS DOUBLE) AS `saves`,
                                            CAST(MAX(IF(`t79`.`metric` = 'clicks', `t79`.`value`, NULL)) AS DOUBLE) AS `clicks`,
                                            MAX(IF(`t79`.`metric` = 'reach', `t79`.`rank`, NULL)) AS `reach__provenance`,
                                            MAX(IF(`t79`.`metric` = 'impressions', `t79`.`rank`, NULL)) AS `impressions__provenance`,
                                            MAX(IF(`t79`.`metric` = 'views', `t79`.`rank`, NULL)) AS `views__provenance`,
                                            MAX(IF(`t79`.`metric` = 'likes', `t79`.`rank`, NULL)) AS `likes__provenance`,
                                            MAX(IF(`t79`.`metric` = 'comments', `t79`.`rank`, NULL)) AS `comments__provenance`,
                                            MAX(IF(`t79`.`metric` = 'shares', `t79`.`rank`, NULL)) AS `shares__provenance`,
                                            MAX(IF(`t79`.`metric` = 'saves', `t79`.`rank`, NULL)) AS `saves__provenance`,
                                            MAX(IF(`t79`.`metric` = 'clicks', `t79`.`rank`, NULL)) AS `clicks__provenance`
                                          FROM (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                `t33`.`id`,
                                                `t33`.`post_id`,
                                                `t33`.`captured_at`,
                                                `t33`.`metric`,
                                                `t33`.`value`,
                                                `t33`.`source`,
                                                `t33`.`provenance`,
                                                `t33`.`rank`,
                                                ROW_NUMBER() OVER (
                                                  PARTITION BY `t33`.`post_id`, `t33`.`metric`
                                                  ORDER BY `t33`.`captured_at` DESC, `t33`.`rank` ASC NULLS LAST
                                                ) - 1 AS `order`
                                              FROM (
                                                SELECT
                                                  `t9`.`id`,
                                                  `t9`.`post_id`,
                                                  `t9`.`captured_at`,
                                                  `t9`.`metric`,
                                                  `t9`.`value`,
                                                  `t9`.`source`,
                                                  `t9`.`provenance`,
                                                  CASE `t9`.`provenance`
                                                    WHEN 'measured'
                                                    THEN 0
                                                    WHEN 'self_reported'
                                                    THEN 1
                                                    WHEN 'estimated'
                                                    THEN 2
                                                    ELSE 2
                                                  END AS `rank`
                                                FROM `metric_snapshot` AS `t9`
                                                WHERE
                                                  `t9`.`captured_at` <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                                              ) AS `t33`
                                            ) AS `t66`
                                            WHERE
                                              `t66`.`order` = 0
                                          ) AS `t79`
                                          GROUP BY
                                            1
                                        ) AS `t92`
                                          ON `t78`.`post_id` = `t92`.`post_id`
                                        LEFT OUTER JOIN (
                                          SELECT
                                            CAST(`t89`.`post_id` AS BIGINT) AS `post_id`,
                                            CAST(`t89`.`followers` AS DOUBLE) AS `followers`,
                                            CASE `t89`.`provenance`
                                              WHEN 'measured'
                                              THEN 0
                                              WHEN 'self_reported'
                                              THEN 1
                                              WHEN 'estimated'
                                              THEN 2
                                              ELSE 2
                                            END AS `followers__provenance`
                                          FROM (
                                            SELECT
                                              `t56`.`post_id`,
                                              `t56`.`account_id`,
                                              `t56`.`published_at`,
                                              `t56`.`id`,
                                              `t56`.`captured_at`,
                                              `t56`.`followers`,
                                              `t56`.`source`,
                                              `t56`.`provenance`,
                                              ROW_NUMBER() OVER (
                                                PARTITION BY `t56`.`post_id`
                                                ORDER BY IF(`t56`.`captured_at` <= `t56`.`published_at`, 0, 1) ASC NULLS LAST, ABS(
                                                  UNIX_TIMESTAMP(CAST(CAST(`t56`.`published_at` AS TIMESTAMP) AS TIMESTAMP)) - UNIX_TIMESTAMP(CAST(CAST(`t56`.`captured_at` AS TIMESTAMP) AS TIMESTAMP))
                                                ) ASC NULLS LAST
                                              ) - 1 AS `order`
                                            FROM (
                                              SELECT
                                                `t32`.`post_id`,
                                                `t32`.`account_id`,
                                                `t32`.`published_at`,
                                                `t20`.`id`,
                                                `t20`.`captured_at`,
                                                `t20`.`followers`,
                                                `t20`.`source`,
                                                `t20`.`provenance`
                                              FROM (
                                                SELECT
                                                  `t6`.`id` AS `post_id`,
                                                  `t6`.`account_id`,
                                                  `t6`.`published_at`
                                                FROM `post` AS `t6`
                                              ) AS `t32`
                                              INNER JOIN `follower_snapshot` AS `t20`
                                                ON `t32`.`account_id` = `t20`.`account_id`
                                            ) AS `t56`
                                          ) AS `t89`
                                          WHERE
                                            `t89`.`order` = 0
                                        ) AS `t101`
                                          ON `t78`.`post_id` = `t101`.`post_id`
                                      ) AS `t114`
                                    ) AS `t121`
                                  ) AS `t134`
                                ) AS `t138`
                              ) AS `t140`
                            ) AS `t146`
                              ON `t100`.`campaign_id` = `t146`.`campaign_id`
                              AND `t100`.`influencer_id` = `t146`.`influencer_id`
                          ) AS `t151`
                        ) AS `t154`
                      ) AS `t159`
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          `t96`.`campaign_id`,
                          `t96`.`campaign`,
                          `t96`.`influencer_id`,
                          `t96`.`influencer`,
                          CAST(NULL AS BIGINT) AS `account_id`,
                          CAST(NULL AS STRING) AS `platform`,
                          CAST(NULL AS STRING) AS `format`,
                          CAST(NULL AS BIGINT) AS `post_id`,
                          `t96`.`day`,
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
                          `t96`.`cost`,
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
                          CAST(NULL AS DOUBLE) AS `key_messages`
                        FROM (
                          SELECT
                            `t62`.`campaign_id`,
                            `t62`.`campaign`,
                            `t62`.`influencer_id`,
                            CAST(`t14`.`name` AS STRING) AS `influencer`,
                            `t62`.`incurred_on` AS `day`,
                            `t62`.`amount` AS `cost`
                          FROM `t44` AS `t62`
                          LEFT ANTI JOIN (
                            SELECT
                              `t71`.`campaign_id`,
                              `t71`.`campaign`,
                              `t71`.`influencer_id`,
                              `t71`.`influencer`,
                              `t71`.`account_id`,
                              `t71`.`platform`,
                              `t71`.`format`,
                              `t71`.`post_id`,
                              `t71`.`day`,
                              `t71`.`country`,
                              `t71`.`caption`,
                              `t71`.`sponsored`,
                              COUNT(`t71`.`post_id`) OVER (
                                PARTITION BY `t71`.`campaign_id`, `t71`.`influencer_id`
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) AS `n_posts`
                            FROM `t64` AS `t71`
                          ) AS `t84`
                            ON `t62`.`campaign_id` = `t84`.`campaign_id`
                            AND `t62`.`influencer_id` = `t84`.`influencer_id`
                          LEFT OUTER JOIN `influencer` AS `t14`
                            ON `t62`.`influencer_id` = `t14`.`id`
                        ) AS `t96`
                      ) AS `t104`
                    ) AS `t161`
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        `t49`.`campaign_id`,
                        `t49`.`campaign`,
                        CAST(NULL AS BIGINT) AS `influencer_id`,
                        CAST(NULL AS STRING) AS `influencer`,
                        CAST(NULL AS BIGINT) AS `account_id`,
                        `t49`.`platform`,
                        CAST(NULL AS STRING) AS `format`,
                        CAST(NULL AS BIGINT) AS `post_id`,
                        `t49`.`day`,
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
                        `t49`.`mentions`,
                        `t49`.`brand_mentions`,
                        `t49`.`mention_engagements`,
                        `t49`.`brand_mention_engagements`,
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
                        CAST(NULL AS DOUBLE) AS `key_messages`
                      FROM (
                        SELECT
                          CAST(`t10`.`id` AS BIGINT) AS `campaign_id`,
                          CAST(`t10`.`name` AS STRING) AS `campaign`,
                          CAST(`t16`.`platform` AS STRING) AS `platform`,
                          `t16`.`mentioned_on` AS `day`,
                          CAST(1 AS DOUBLE) AS `mentions`,
                          CAST(IF(`t16`.`own`, 1, 0) AS DOUBLE) AS `brand_mentions`,
                          `t16`.`engagements` AS `mention_engagements`,
                          CAST(IF(`t16`.`own`, 1, 0) AS DOUBLE) * `t16`.`engagements` AS `brand_mention_engagements`
                        FROM `mention` AS `t16`
                        INNER JOIN `campaign` AS `t10`
                          ON `t16`.`workspace_id` = `t10`.`workspace_id`
                          AND `t16`.`mentioned_on` >= `t10`.`start_date`
                          AND `t16`.`mentioned_on` <= `t10`.`end_date`
                      ) AS `t49`
                    ) AS `t61`
                  ) AS `t162`
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      `t153`.`campaign_id`,
                      `t153`.`campaign`,
                      `t153`.`influencer_id`,
                      `t153`.`influencer`,
                      `t153`.`account_id`,
                      `t153`.`platform`,
                      CAST(NULL AS STRING) AS `format`,
                      CAST(NULL AS BIGINT) AS `post_id`,
                      `t153`.`day`,
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
                      IF(`t153`.`is_brand` = FALSE, `t153`.`start_followers`, CAST(NULL AS DOUBLE)) AS `followers_start`,
                      IF(
                        `t153`.`is_brand` = FALSE,
                        IF(
                          `t153`.`end_seen_at` > `t153`.`start_seen_at`,
                          `t153`.`end_followers` - `t153`.`start_followers`,
                          CAST(NULL AS DOUBLE)
                        ),
                        CAST(NULL AS DOUBLE)
                      ) AS `followers_gained`,
                      IF(
                        `t153`.`is_brand` = FALSE,
                        IF(
                          `t153`.`end_seen_at` > `t153`.`start_seen_at`,
                          (
                            (
                              `t153`.`start_followers` - `t153`.`before_followers`
                            ) / NULLIF(CAST(`t153`.`start_seen_at` - `t153`.`before_seen_at` AS DOUBLE), 0)
                          ) * (
                            `t153`.`end_seen_at` - `t153`.`start_seen_at`
                          ),
                          CAST(NULL AS DOUBLE)
                        ),
                        CAST(NULL AS DOUBLE)
                      ) AS `followers_expected_gain`,
                      CAST(IF(`t153`.`is_brand` = FALSE, `t153`.`start_rank`, CAST(NULL AS TINYINT)) AS BIGINT) AS `followers_start__provenance`,
                      IF(
                        `t153`.`is_brand` = FALSE,
                        IF(
                          `t153`.`end_seen_at` > `t153`.`start_seen_at`,
                          NULLIF(GREATEST(COALESCE(`t153`.`start_rank`, -1), COALESCE(`t153`.`end_rank`, -1)), -1),
                          CAST(NULL AS BIGINT)
                        ),
                        CAST(NULL AS BIGINT)
                      ) AS `followers_gained__provenance`,
                      IF(
                        `t153`.`is_brand` = FALSE,
                        IF(
                          IF(
                            `t153`.`end_seen_at` > `t153`.`start_seen_at`,
                            (
                              (
                                `t153`.`start_followers` - `t153`.`before_followers`
                              ) / NULLIF(CAST(`t153`.`start_seen_at` - `t153`.`before_seen_at` AS DOUBLE), 0)
                            ) * (
                              `t153`.`end_seen_at` - `t153`.`start_seen_at`
                            ),
                            CAST(NULL AS DOUBLE)
                          ) IS NOT NULL
                          AND NOT ISNAN(
                            IF(
                              `t153`.`end_seen_at` > `t153`.`start_seen_at`,
                              (
                                (
                                  `t153`.`start_followers` - `t153`.`before_followers`
                                ) / NULLIF(CAST(`t153`.`start_seen_at` - `t153`.`before_seen_at` AS DOUBLE), 0)
                              ) * (
                                `t153`.`end_seen_at` - `t153`.`start_seen_at`
                              ),
                              CAST(NULL AS DOUBLE)
                            )
                          ),
                          NULLIF(
                            GREATEST(
                              COALESCE(
                                IF(
                                  `t153`.`end_seen_at` > `t153`.`start_seen_at`,
                                  NULLIF(GREATEST(COALESCE(`t153`.`start_rank`, -1), COALESCE(`t153`.`end_rank`, -1)), -1),
                                  CAST(NULL AS BIGINT)
                                ),
                                -1
                              ),
                              COALESCE(`t153`.`before_rank`, -1)
                            ),
                            -1
                          ),
                          CAST(NULL AS BIGINT)
                        ),
                        CAST(NULL AS BIGINT)
                      ) AS `followers_expected_gain__provenance`,
                      IF(`t153`.`is_brand` = TRUE, `t153`.`start_followers`, CAST(NULL AS DOUBLE)) AS `brand_followers_start`,
                      IF(
                        `t153`.`is_brand` = TRUE,
                        IF(
                          `t153`.`end_seen_at` > `t153`.`start_seen_at`,
                          `t153`.`end_followers` - `t153`.`start_followers`,
                          CAST(NULL AS DOUBLE)
                        ),
                        CAST(NULL AS DOUBLE)
                      ) AS `brand_followers_gained`,
                      IF(
                        `t153`.`is_brand` = TRUE,
                        IF(
                          `t153`.`end_seen_at` > `t153`.`start_seen_at`,
                          (
                            (
                              `t153`.`start_followers` - `t153`.`before_followers`
                            ) / NULLIF(CAST(`t153`.`start_seen_at` - `t153`.`before_seen_at` AS DOUBLE), 0)
                          ) * (
                            `t153`.`end_seen_at` - `t153`.`start_seen_at`
                          ),
                          CAST(NULL AS DOUBLE)
                        ),
                        CAST(NULL AS DOUBLE)
                      ) AS `brand_followers_expected_gain`,
                      CAST(IF(`t153`.`is_brand` = TRUE, `t153`.`start_rank`, CAST(NULL AS TINYINT)) AS BIGINT) AS `brand_followers_start__provenance`,
                      IF(
                        `t153`.`is_brand` = TRUE,
                        IF(
                          `t153`.`end_seen_at` > `t153`.`start_seen_at`,
                          NULLIF(GREATEST(COALESCE(`t153`.`start_rank`, -1), COALESCE(`t153`.`end_rank`, -1)), -1),
                          CAST(NULL AS BIGINT)
                        ),
                        CAST(NULL AS BIGINT)
                      ) AS `brand_followers_gained__provenance`,
                      IF(
                        `t153`.`is_brand` = TRUE,
                        IF(
                          IF(
                            `t153`.`end_seen_at` > `t153`.`start_seen_at`,
                            (
                              (
                                `t153`.`start_followers` - `t153`.`before_followers`
                              ) / NULLIF(CAST(`t153`.`start_seen_at` - `t153`.`before_seen_at` AS DOUBLE), 0)
                            ) * (
                              `t153`.`end_seen_at` - `t153`.`start_seen_at`
                            ),
                            CAST(NULL AS DOUBLE)
                          ) IS NOT NULL
                          AND NOT ISNAN(
                            IF(
                              `t153`.`end_seen_at` > `t153`.`start_seen_at`,
                              (
                                (
                                  `t153`.`start_followers` - `t153`.`before_followers`
                                ) / NULLIF(CAST(`t153`.`start_seen_at` - `t153`.`before_seen_at` AS DOUBLE), 0)
                              ) * (
                                `t153`.`end_seen_at` - `t153`.`start_seen_at`
                              ),
                              CAST(NULL AS DOUBLE)
                            )
                          ),
                          NULLIF(
                            GREATEST(
                              COALESCE(
                                IF(
                                  `t153`.`end_seen_at` > `t153`.`start_seen_at`,
                                  NULLIF(GREATEST(COALESCE(`t153`.`start_rank`, -1), COALESCE(`t153`.`end_rank`, -1)), -1),
                                  CAST(NULL AS BIGINT)
                                ),
                                -1
                              ),
                              COALESCE(`t153`.`before_rank`, -1)
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
                      CAST(NULL AS DOUBLE) AS `key_messages`
                    FROM (
                      SELECT
                        `t150`.`campaign_id`,
                        `t150`.`campaign`,
                        `t150`.`influencer_id`,
                        `t150`.`influencer`,
                        `t150`.`account_id`,
                        `t150`.`platform`,
                        `t150`.`is_brand`,
                        `t150`.`day`,
                        `t150`.`start_at`,
                        `t150`.`end_at`,
                        `t150`.`start_followers`,
                        `t150`.`start_seen_at`,
                        `t150`.`start_rank`,
                        `t150`.`end_followers`,
                        `t150`.`end_seen_at`,
                        `t150`.`end_rank`,
                        `t129`.`before_followers`,
                        `t129`.`before_seen_at`,
                        `t129`.`before_rank`
                      FROM (
                        SELECT
                          `t137`.`campaign_id`,
                          `t137`.`campaign`,
                          `t137`.`influencer_id`,
                          `t137`.`influencer`,
                          `t137`.`account_id`,
                          `t137`.`platform`,
                          `t137`.`is_brand`,
                          `t137`.`day`,
                          `t137`.`start_at`,
                          `t137`.`end_at`,
                          `t137`.`start_followers`,
                          `t137`.`start_seen_at`,
                          `t137`.`start_rank`,
                          `t128`.`end_followers`,
                          `t128`.`end_seen_at`,
                          `t128`.`end_rank`
                        FROM (
                          SELECT
                            `t111`.`campaign_id`,
                            `t111`.`campaign`,
                            `t111`.`influencer_id`,
                            `t111`.`influencer`,
                            `t111`.`account_id`,
                            `t111`.`platform`,
                            `t111`.`is_brand`,
                            `t111`.`day`,
                            `t111`.`start_at`,
                            `t111`.`end_at`,
                            `t131`.`start_followers`,
                            `t131`.`start_seen_at`,
                            `t131`.`start_rank`
                          FROM (
                            SELECT
                              `t91`.`campaign_id`,
                              CAST(`t10`.`name` AS STRING) AS `campaign`,
                              CAST(`t15`.`id` AS BIGINT) AS `influencer_id`,
                              CAST(`t15`.`name` AS STRING) AS `influencer`,
                              `t91`.`account_id`,
                              CAST(`t19`.`platform` AS STRING) AS `platform`,
                              `t91`.`is_brand`,
                              `t10`.`end_date` AS `day`,
                              UNIX_TIMESTAMP(CAST(CAST(`t10`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start_at`,
                              UNIX_TIMESTAMP(CAST(CAST(`t10`.`end_date` AS TIMESTAMP) AS TIMESTAMP)) + 86400 AS `end_at`
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  `t80`.`campaign_id`,
                                  `t80`.`account_id`,
                                  FALSE AS `is_brand`
                                FROM (
                                  SELECT DISTINCT
                                    `t74`.`campaign_id`,
                                    `t74`.`account_id`
                                  FROM `t64` AS `t74`
                                ) AS `t80`
                              ) AS `t83`
                              UNION ALL
                              SELECT
                                *
                              FROM (
                                SELECT
                                  CAST(`t12`.`id` AS BIGINT) AS `campaign_id`,
                                  CAST(`t19`.`id` AS BIGINT) AS `account_id`,
                                  TRUE AS `is_brand`
                                FROM `campaign` AS `t12`
                                INNER JOIN (
                                  SELECT
                                    *
                                  FROM `influencer` AS `t3`
                                  WHERE
                                    `t3`.`is_brand`
                                ) AS `t29`
                                  ON `t29`.`workspace_id` = `t12`.`workspace_id`
                                INNER JOIN `account` AS `t19`
                                  ON `t19`.`influencer_id` = `t29`.`id`
                              ) AS `t53`
                            ) AS `t91`
                            INNER JOIN `campaign` AS `t10`
                              ON `t91`.`campaign_id` = `t10`.`id`
                            INNER JOIN `account` AS `t19`
                              ON `t91`.`account_id` = `t19`.`id`
                            INNER JOIN `influencer` AS `t15`
                              ON `t19`.`influencer_id` = `t15`.`id`
                          ) AS `t111`
                          INNER JOIN (
                            SELECT
                              `t125`.`campaign_id`,
                              `t125`.`account_id`,
                              CAST(`t125`.`followers` AS DOUBLE) AS `start_followers`,
                              `t125`.`at` AS `start_seen_at`,
                              `t125`.`rank` AS `start_rank`
                            FROM (
                              SELECT
                                `t120`.`campaign_id`,
                                `t120`.`campaign`,
                                `t120`.`influencer_id`,
                                `t120`.`influencer`,
                                `t120`.`account_id`,
                                `t120`.`platform`,
                                `t120`.`is_brand`,
                                `t120`.`day`,
                                `t120`.`start_at`,
                                `t120`.`end_at`,
                                `t120`.`followers`,
                                `t120`.`at`,
                                `t120`.`rank`,
                                ROW_NUMBER() OVER (
                                  PARTITION BY `t120`.`campaign_id`, `t120`.`account_id`
                                  ORDER BY IF(`t120`.`at` <= `t120`.`start_at`, 0, 1) ASC NULLS LAST, ABS(`t120`.`at` - `t120`.`start_at`) ASC NULLS LAST
                                ) - 1 AS `order`
                              FROM `t119` AS `t120`
                            ) AS `t125`
                            WHERE
                              `t125`.`order` = 0
                          ) AS `t131`
                            ON `t111`.`campaign_id` = `t131`.`campaign_id`
                            AND `t111`.`account_id` = `t131`.`account_id`
                        ) AS `t137`
                        LEFT OUTER JOIN (
                          SELECT
                            `t123`.`campaign_id`,
                            `t123`.`account_id`,
                            CAST(`t123`.`followers` AS DOUBLE) AS `end_followers`,
                            `t123`.`at` AS `end_seen_at`,
                            `t123`.`rank` AS `end_rank`
                          FROM (
                            SELECT
                              `t120`.`campaign_id`,
                              `t120`.`campaign`,
                              `t120`.`influencer_id`,
                              `t120`.`influencer`,
                              `t120`.`account_id`,
                              `t120`.`platform`,
                              `t120`.`is_brand`,
                              `t120`.`day`,
                              `t120`.`start_at`,
                              `t120`.`end_at`,
                              `t120`.`followers`,
                              `t120`.`at`,
                              `t120`.`rank`,
                              ROW_NUMBER() OVER (PARTITION BY `t120`.`campaign_id`, `t120`.`account_id` ORDER BY `t120`.`at` DESC) - 1 AS `order`
                            FROM `t119` AS `t120`
                          ) AS `t123`
                          WHERE
                            `t123`.`order` = 0
                        ) AS `t128`
                          ON `t137`.`campaign_id` = `t128`.`campaign_id`
                          AND `t137`.`account_id` = `t128`.`account_id`
                      ) AS `t150`
                      LEFT OUTER JOIN (
                        SELECT
                          `t124`.`campaign_id`,
                          `t124`.`account_id`,
                          CAST(`t124`.`followers` AS DOUBLE) AS `before_followers`,
                          `t124`.`at` AS `before_seen_at`,
                          `t124`.`rank` AS `before_rank`
                        FROM (
                          SELECT
                            `t122`.`campaign_id`,
                            `t122`.`campaign`,
                            `t122`.`influencer_id`,
                            `t122`.`influencer`,
                            `t122`.`account_id`,
                            `t122`.`platform`,
                            `t122`.`is_brand`,
                            `t122`.`day`,
                            `t122`.`start_at`,
                            `t122`.`end_at`,
                            `t122`.`followers`,
                            `t122`.`at`,
                            `t122`.`rank`,
                            ROW_NUMBER() OVER (PARTITION BY `t122`.`campaign_id`, `t122`.`account_id` ORDER BY `t122`.`at` DESC) - 1 AS `order`
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                `t111`.`campaign_id`,
                                `t111`.`campaign`,
                                `t111`.`influencer_id`,
                                `t111`.`influencer`,
                                `t111`.`account_id`,
                                `t111`.`platform`,
                                `t111`.`is_brand`,
                                `t111`.`day`,
                                `t111`.`start_at`,
                                `t111`.`end_at`,
                                `t45`.`followers`,
                                `t45`.`at`,
                                `t45`.`rank`
                              FROM (
                                SELECT
                                  `t91`.`campaign_id`,
                                  CAST(`t10`.`name` AS STRING) AS `campaign`,
                                  CAST(`t15`.`id` AS BIGINT) AS `influencer_id`,
                                  CAST(`t15`.`name` AS STRING) AS `influencer`,
                                  `t91`.`account_id`,
                                  CAST(`t19`.`platform` AS STRING) AS `platform`,
                                  `t91`.`is_brand`,
                                  `t10`.`end_date` AS `day`,
                                  UNIX_TIMESTAMP(CAST(CAST(`t10`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start_at`,
                                  UNIX_TIMESTAMP(CAST(CAST(`t10`.`end_date` AS TIMESTAMP) AS TIMESTAMP)) + 86400 AS `end_at`
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      `t80`.`campaign_id`,
                                      `t80`.`account_id`,
                                      FALSE AS `is_brand`
                                    FROM (
                                      SELECT DISTINCT
                                        `t74`.`campaign_id`,
                                        `t74`.`account_id`
                                      FROM `t64` AS `t74`
                                    ) AS `t80`
                                  ) AS `t83`
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      CAST(`t12`.`id` AS BIGINT) AS `campaign_id`,
                                      CAST(`t19`.`id` AS BIGINT) AS `account_id`,
                                      TRUE AS `is_brand`
                                    FROM `campaign` AS `t12`
                                    INNER JOIN (
                                      SELECT
                                        *
                                      FROM `influencer` AS `t3`
                                      WHERE
                                        `t3`.`is_brand`
                                    ) AS `t29`
                                      ON `t29`.`workspace_id` = `t12`.`workspace_id`
                                    INNER JOIN `account` AS `t19`
                                      ON `t19`.`influencer_id` = `t29`.`id`
                                  ) AS `t53`
                                ) AS `t91`
                                INNER JOIN `campaign` AS `t10`
                                  ON `t91`.`campaign_id` = `t10`.`id`
                                INNER JOIN `account` AS `t19`
                                  ON `t91`.`account_id` = `t19`.`id`
                                INNER JOIN `influencer` AS `t15`
                                  ON `t19`.`influencer_id` = `t15`.`id`
                              ) AS `t111`
                              INNER JOIN (
                                SELECT
                                  CAST(`t8`.`account_id` AS BIGINT) AS `account_id`,
                                  `t8`.`followers`,
                                  UNIX_TIMESTAMP(CAST(CAST(`t8`.`captured_at` AS TIMESTAMP) AS TIMESTAMP)) AS `at`,
                                  CASE `t8`.`provenance`
                                    WHEN 'measured'
                                    THEN 0
                                    WHEN 'self_reported'
                                    THEN 1
                                    WHEN 'estimated'
                                    THEN 2
                                    ELSE 2
                                  END AS `rank`
                                FROM `follower_snapshot` AS `t8`
                              ) AS `t45`
                                ON `t111`.`account_id` = `t45`.`account_id`
                            ) AS `t118`
                            WHERE
                              `t118`.`at` <= (
                                `t118`.`start_at` - (
                                  `t118`.`end_at` - `t118`.`start_at`
                                )
                              )
                          ) AS `t122`
                        ) AS `t124`
                        WHERE
                          `t124`.`order` = 0
                      ) AS `t129`
                        ON `t150`.`campaign_id` = `t129`.`campaign_id`
                        AND `t150`.`account_id` = `t129`.`account_id`
                    ) AS `t153`
                  ) AS `t160`
                ) AS `t163`
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    `t48`.`campaign_id`,
                    `t48`.`campaign`,
                    `t48`.`influencer_id`,
                    `t48`.`influencer`,
                    CAST(NULL AS BIGINT) AS `account_id`,
                    CAST(NULL AS STRING) AS `platform`,
                    CAST(NULL AS STRING) AS `format`,
                    CAST(NULL AS BIGINT) AS `post_id`,
                    `t48`.`day`,
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
                    `t48`.`influencers_contacted`,
                    `t48`.`influencers_interested`,
                    `t48`.`posts_contracted`,
                    `t48`.`products_sent`,
                    CAST(NULL AS DOUBLE) AS `key_messages`
                  FROM (
                    SELECT
                      CAST(`t13`.`campaign_id` AS BIGINT) AS `campaign_id`,
                      CAST(`t10`.`name` AS STRING) AS `campaign`,
                      CAST(`t13`.`influencer_id` AS BIGINT) AS `influencer_id`,
                      CAST(`t14`.`name` AS STRING) AS `influencer`,
                      `t10`.`start_date` AS `day`,
                      CAST(1 AS DOUBLE) AS `influencers_contacted`,
                      CAST(IF(`t13`.`status` IN ('interested', 'activated'), 1, 0) AS DOUBLE) AS `influencers_interested`,
                      CAST(`t13`.`posts_contracted` AS DOUBLE) AS `posts_contracted`,
                      CAST(`t13`.`products_sent` AS DOUBLE) AS `products_sent`
                    FROM `roster` AS `t13`
                    INNER JOIN `campaign` AS `t10`
                      ON `t13`.`campaign_id` = `t10`.`id`
                    INNER JOIN `influencer` AS `t14`
                      ON `t13`.`influencer_id` = `t14`.`id`
                  ) AS `t48`
                ) AS `t60`
              ) AS `t164`
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
                  CAST(IF(
                    LENGTH(`t0`.`key_messages`) > 0,
                    (
                      LENGTH(`t0`.`key_messages`) - LENGTH(REPLACE(`t0`.`key_messages`, '\n', ''))
                    ) + 1,
                    0
                  ) AS DOUBLE) AS `key_messages`
                FROM `campaign` AS `t0`
              ) AS `t57`
            ) AS `t167`
            LEFT OUTER JOIN (
              SELECT
                `t107`.`campaign_id`,
                `t107`.`rate` AS `emv_rate`
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
                ) AS `t24`
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    `t94`.`campaign_id`,
                    `t94`.`rate`
                  FROM (
                    SELECT
                      `t77`.`campaign_id`,
                      `t77`.`start`,
                      `t77`.`rate`,
                      `t77`.`valid`,
                      ROW_NUMBER() OVER (
                        PARTITION BY `t77`.`campaign_id`
                        ORDER BY IF(`t77`.`valid` <= `t77`.`start`, 0, 1) ASC NULLS LAST, ABS(`t77`.`valid` - `t77`.`start`) ASC NULLS LAST
                      ) - 1 AS `order`
                    FROM (
                      SELECT
                        `t41`.`campaign_id`,
                        `t41`.`start`,
                        `t52`.`rate`,
                        UNIX_TIMESTAMP(CAST(CAST(`t52`.`valid_on` AS TIMESTAMP) AS TIMESTAMP)) AS `valid`
                      FROM (
                        SELECT
                          CAST(`t0`.`id` AS BIGINT) AS `campaign_id`,
                          `t0`.`currency`,
                          UNIX_TIMESTAMP(CAST(CAST(`t0`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start`
                        FROM `campaign` AS `t0`
                      ) AS `t41`
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
                        ) AS `t26`
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
                        ) AS `t43`
                      ) AS `t52`
                        ON `t41`.`currency` = `t52`.`quote`
                    ) AS `t77`
                  ) AS `t94`
                  WHERE
                    `t94`.`order` = 0
                ) AS `t103`
              ) AS `t107`
            ) AS `t116`
              ON `t167`.`campaign_id` = `t116`.`campaign_id`
          ) AS `t169`
        ) AS `t172`
        LEFT OUTER JOIN (
          SELECT
            `t106`.`campaign_id`,
            `t106`.`rate` AS `paid_rate`
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
            ) AS `t23`
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                `t93`.`campaign_id`,
                `t93`.`rate`
              FROM (
                SELECT
                  `t76`.`campaign_id`,
                  `t76`.`start`,
                  `t76`.`rate`,
                  `t76`.`valid`,
                  ROW_NUMBER() OVER (
                    PARTITION BY `t76`.`campaign_id`
                    ORDER BY IF(`t76`.`valid` <= `t76`.`start`, 0, 1) ASC NULLS LAST, ABS(`t76`.`valid` - `t76`.`start`) ASC NULLS LAST
                  ) - 1 AS `order`
                FROM (
                  SELECT
                    `t41`.`campaign_id`,
                    `t41`.`start`,
                    `t51`.`rate`,
                    UNIX_TIMESTAMP(CAST(CAST(`t51`.`valid_on` AS TIMESTAMP) AS TIMESTAMP)) AS `valid`
                  FROM (
                    SELECT
                      CAST(`t0`.`id` AS BIGINT) AS `campaign_id`,
                      `t0`.`currency`,
                      UNIX_TIMESTAMP(CAST(CAST(`t0`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start`
                    FROM `campaign` AS `t0`
                  ) AS `t41`
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
                    ) AS `t25`
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
                    ) AS `t42`
                  ) AS `t51`
                    ON `t41`.`currency` = `t51`.`quote`
                ) AS `t76`
              ) AS `t93`
              WHERE
                `t93`.`order` = 0
            ) AS `t102`
          ) AS `t106`
        ) AS `t115`
          ON `t172`.`campaign_id` = `t115`.`campaign_id`
      ) AS `t174`
      WHERE
        `t174`.`campaign_id` IN (1)
        AND (
          (
            `t174`.`brand_followers_expected_gain` IS NOT NULL
            AND NOT ISNAN(`t174`.`brand_followers_expected_gain`)
          )
          OR (
            `t174`.`brand_followers_gained` IS NOT NULL
            AND NOT ISNAN(`t174`.`brand_followers_gained`)
          )
          OR (
            `t174`.`brand_followers_start` IS NOT NULL
            AND NOT ISNAN(`t174`.`brand_followers_start`)
          )
          OR (
            `t174`.`brand_mention_engagements` IS NOT NULL
            AND NOT ISNAN(`t174`.`brand_mention_engagements`)
          )
          OR (
            `t174`.`brand_mentions` IS NOT NULL AND NOT ISNAN(`t174`.`brand_mentions`)
          )
          OR (
            `t174`.`clicks` IS NOT NULL AND NOT ISNAN(`t174`.`clicks`)
          )
          OR (
            `t174`.`comments` IS NOT NULL AND NOT ISNAN(`t174`.`comments`)
          )
          OR (
            `t174`.`cost` IS NOT NULL AND NOT ISNAN(`t174`.`cost`)
          )
          OR (
            `t174`.`disclosed_sponsored_posts` IS NOT NULL
            AND NOT ISNAN(`t174`.`disclosed_sponsored_posts`)
          )
          OR (
            `t174`.`emv` IS NOT NULL AND NOT ISNAN(`t174`.`emv`)
          )
          OR (
            `t174`.`engagements` IS NOT NULL AND NOT ISNAN(`t174`.`engagements`)
          )
          OR (
            `t174`.`er_followers_post` IS NOT NULL AND NOT ISNAN(`t174`.`er_followers_post`)
          )
          OR (
            `t174`.`er_impressions_post` IS NOT NULL
            AND NOT ISNAN(`t174`.`er_impressions_post`)
          )
          OR (
            `t174`.`er_reach_post` IS NOT NULL AND NOT ISNAN(`t174`.`er_reach_post`)
          )
          OR (
            `t174`.`er_views_post` IS NOT NULL AND NOT ISNAN(`t174`.`er_views_post`)
          )
          OR (
            `t174`.`followers` IS NOT NULL AND NOT ISNAN(`t174`.`followers`)
          )
          OR (
            `t174`.`followers_expected_gain` IS NOT NULL
            AND NOT ISNAN(`t174`.`followers_expected_gain`)
          )
          OR (
            `t174`.`followers_gained` IS NOT NULL AND NOT ISNAN(`t174`.`followers_gained`)
          )
          OR (
            `t174`.`followers_start` IS NOT NULL AND NOT ISNAN(`t174`.`followers_start`)
          )
          OR (
            `t174`.`impressions` IS NOT NULL AND NOT ISNAN(`t174`.`impressions`)
          )
          OR (
            `t174`.`impressions_with_estimates` IS NOT NULL
            AND NOT ISNAN(`t174`.`impressions_with_estimates`)
          )
          OR (
            `t174`.`influencers_contacted` IS NOT NULL
            AND NOT ISNAN(`t174`.`influencers_contacted`)
          )
          OR (
            `t174`.`influencers_interested` IS NOT NULL
            AND NOT ISNAN(`t174`.`influencers_interested`)
          )
          OR (
            `t174`.`key_message_posts` IS NOT NULL AND NOT ISNAN(`t174`.`key_message_posts`)
          )
          OR (
            `t174`.`key_messages` IS NOT NULL AND NOT ISNAN(`t174`.`key_messages`)
          )
          OR (
            `t174`.`likes` IS NOT NULL AND NOT ISNAN(`t174`.`likes`)
          )
          OR (
            `t174`.`mention_engagements` IS NOT NULL
            AND NOT ISNAN(`t174`.`mention_engagements`)
          )
          OR (
            `t174`.`mentions` IS NOT NULL AND NOT ISNAN(`t174`.`mentions`)
          )
          OR (
            (
              `t174`.`cost` / (
                CASE
                  WHEN `t174`.`platform` = 'tiktok'
                  THEN CAST(NULL AS DOUBLE)
                  WHEN `t174`.`platform` = 'youtube'
                  THEN CAST(NULL AS DOUBLE)
                  ELSE 1.88
                END * `t174`.`paid_rate`
              )
            ) IS NOT NULL
            AND NOT ISNAN(
              `t174`.`cost` / (
                CASE
                  WHEN `t174`.`platform` = 'tiktok'
                  THEN CAST(NULL AS DOUBLE)
                  WHEN `t174`.`platform` = 'youtube'
                  THEN CAST(NULL AS DOUBLE)
                  ELSE 1.88
                END * `t174`.`paid_rate`
              )
            )
          )
          OR (
            (
              (
                `t174`.`cost` / (
                  CASE
                    WHEN `t174`.`platform` = 'tiktok'
                    THEN 7.5
                    WHEN `t174`.`platform` = 'youtube'
                    THEN 3.53
                    ELSE 19.8
                  END * `t174`.`paid_rate`
                )
              ) * 1000
            ) IS NOT NULL
            AND NOT ISNAN(
              (
                `t174`.`cost` / (
                  CASE
                    WHEN `t174`.`platform` = 'tiktok'
                    THEN 7.5
                    WHEN `t174`.`platform` = 'youtube'
                    THEN 3.53
                    ELSE 19.8
                  END * `t174`.`paid_rate`
                )
              ) * 1000
            )
          )
          OR (
            (
              `t174`.`cost` / (
                CASE WHEN `t174`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t174`.`paid_rate`
              )
            ) IS NOT NULL
            AND NOT ISNAN(
              `t174`.`cost` / (
                CASE WHEN `t174`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t174`.`paid_rate`
              )
            )
          )
          OR (
            `t174`.`post_id` IS NOT NULL
          )
          OR (
            `t174`.`post_platform` IS NOT NULL
          )
          OR (
            `t174`.`posts_contracted` IS NOT NULL AND NOT ISNAN(`t174`.`posts_contracted`)
          )
          OR (
            `t174`.`products_sent` IS NOT NULL AND NOT ISNAN(`t174`.`products_sent`)
          )
          OR (
            `t174`.`publishing_influencer` IS NOT NULL
            AND NOT ISNAN(`t174`.`publishing_influencer`)
          )
          OR (
            `t174`.`reach` IS NOT NULL AND NOT ISNAN(`t174`.`reach`)
          )
          OR (
            `t174`.`saves` IS NOT NULL AND NOT ISNAN(`t174`.`saves`)
          )
          OR (
            `t174`.`shares` IS NOT NULL AND NOT ISNAN(`t174`.`shares`)
          )
          OR (
            `t174`.`sponsored_posts` IS NOT NULL AND NOT ISNAN(`t174`.`sponsored_posts`)
          )
          OR (
            `t174`.`ugc_post` IS NOT NULL AND NOT ISNAN(`t174`.`ugc_post`)
          )
          OR (
            `t174`.`views` IS NOT NULL AND NOT ISNAN(`t174`.`views`)
          )
        )
    ) AS `t175`
    GROUP BY
      1
  ) AS `t178`
  LEFT OUTER JOIN (
    SELECT
      `t180`.`week`,
      AVG(`t180`.`er_reach_account_mean`) AS `er_reach_account_mean`,
      MAX(
        IF(
          `t180`.`er_reach_account_mean` IS NOT NULL
          AND NOT ISNAN(`t180`.`er_reach_account_mean`),
          `t180`.`er_reach_account_mean__r`,
          NULL
        )
      ) AS `er_reach_account_mean__provenance`,
      PERCENTILE(`t180`.`er_reach_account_median`, 0.5) AS `er_reach_account_median`,
      MAX(
        IF(
          `t180`.`er_reach_account_median` IS NOT NULL
          AND NOT ISNAN(`t180`.`er_reach_account_median`),
          `t180`.`er_reach_account_median__r`,
          NULL
        )
      ) AS `er_reach_account_median__provenance`,
      AVG(`t180`.`er_followers_account_mean`) AS `er_followers_account_mean`,
      MAX(
        IF(
          `t180`.`er_followers_account_mean` IS NOT NULL
          AND NOT ISNAN(`t180`.`er_followers_account_mean`),
          `t180`.`er_followers_account_mean__r`,
          NULL
        )
      ) AS `er_followers_account_mean__provenance`,
      PERCENTILE(`t180`.`er_followers_account_median`, 0.5) AS `er_followers_account_median`,
      MAX(
        IF(
          `t180`.`er_followers_account_median` IS NOT NULL
          AND NOT ISNAN(`t180`.`er_followers_account_median`),
          `t180`.`er_followers_account_median__r`,
          NULL
        )
      ) AS `er_followers_account_median__provenance`,
      AVG(`t180`.`er_impressions_account_mean`) AS `er_impressions_account_mean`,
      MAX(
        IF(
          `t180`.`er_impressions_account_mean` IS NOT NULL
          AND NOT ISNAN(`t180`.`er_impressions_account_mean`),
          `t180`.`er_impressions_account_mean__r`,
          NULL
        )
      ) AS `er_impressions_account_mean__provenance`,
      PERCENTILE(`t180`.`er_impressions_account_median`, 0.5) AS `er_impressions_account_median`,
      MAX(
        IF(
          `t180`.`er_impressions_account_median` IS NOT NULL
          AND NOT ISNAN(`t180`.`er_impressions_account_median`),
          `t180`.`er_impressions_account_median__r`,
          NULL
        )
      ) AS `er_impressions_account_median__provenance`,
      AVG(`t180`.`er_views_account_mean`) AS `er_views_account_mean`,
      MAX(
        IF(
          `t180`.`er_views_account_mean` IS NOT NULL
          AND NOT ISNAN(`t180`.`er_views_account_mean`),
          `t180`.`er_views_account_mean__r`,
          NULL
        )
      ) AS `er_views_account_mean__provenance`,
      PERCENTILE(`t180`.`er_views_account_median`, 0.5) AS `er_views_account_median`,
      MAX(
        IF(
          `t180`.`er_views_account_median` IS NOT NULL
          AND NOT ISNAN(`t180`.`er_views_account_median`),
          `t180`.`er_views_account_median__r`,
          NULL
        )
      ) AS `er_views_account_median__provenance`
    FROM (
      SELECT
        `t179`.`week`,
        `t179`.`account_id`,
        `t179`.`er_reach_account_mean__n`,
        `t179`.`er_reach_account_mean__d`,
        `t179`.`er_reach_account_median__n`,
        `t179`.`er_reach_account_median__d`,
        `t179`.`er_followers_account_mean__n`,
        `t179`.`er_followers_account_mean__d`,
        `t179`.`er_followers_account_median__n`,
        `t179`.`er_followers_account_median__d`,
        `t179`.`er_impressions_account_mean__n`,
        `t179`.`er_impressions_account_mean__d`,
        `t179`.`er_impressions_account_median__n`,
        `t179`.`er_impressions_account_median__d`,
        `t179`.`er_views_account_mean__n`,
        `t179`.`er_views_account_mean__d`,
        `t179`.`er_views_account_median__n`,
        `t179`.`er_views_account_median__d`,
        `t179`.`er_reach_account_mean__r`,
        `t179`.`er_reach_account_median__r`,
        `t179`.`er_followers_account_mean__r`,
        `t179`.`er_followers_account_median__r`,
        `t179`.`er_impressions_account_mean__r`,
        `t179`.`er_impressions_account_median__r`,
        `t179`.`er_views_account_mean__r`,
        `t179`.`er_views_account_median__r`,
        (
          `t179`.`er_reach_account_mean__n` / NULLIF(`t179`.`er_reach_account_mean__d`, 0)
        ) * 100 AS `er_reach_account_mean`,
        (
          `t179`.`er_reach_account_median__n` / NULLIF(`t179`.`er_reach_account_median__d`, 0)
        ) * 100 AS `er_reach_account_median`,
        (
          `t179`.`er_followers_account_mean__n` / NULLIF(`t179`.`er_followers_account_mean__d`, 0)
        ) * 100 AS `er_followers_account_mean`,
        (
          `t179`.`er_followers_account_median__n` / NULLIF(`t179`.`er_followers_account_median__d`, 0)
        ) * 100 AS `er_followers_account_median`,
        (
          `t179`.`er_impressions_account_mean__n` / NULLIF(`t179`.`er_impressions_account_mean__d`, 0)
        ) * 100 AS `er_impressions_account_mean`,
        (
          `t179`.`er_impressions_account_median__n` / NULLIF(`t179`.`er_impressions_account_median__d`, 0)
        ) * 100 AS `er_impressions_account_median`,
        (
          `t179`.`er_views_account_mean__n` / NULLIF(`t179`.`er_views_account_mean__d`, 0)
        ) * 100 AS `er_views_account_mean`,
        (
          `t179`.`er_views_account_median__n` / NULLIF(`t179`.`er_views_account_median__d`, 0)
        ) * 100 AS `er_views_account_median`
      FROM (
        SELECT
          `t176`.`week`,
          `t176`.`account_id`,
          SUM(
            IF(
              `t176`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t176`.`engagements`)
              AND (
                `t176`.`reach` IS NOT NULL AND NOT ISNAN(`t176`.`reach`)
              ),
              `t176`.`engagements`,
              NULL
            )
          ) AS `er_reach_account_mean__n`,
          SUM(
            IF(
              `t176`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t176`.`engagements`)
              AND (
                `t176`.`reach` IS NOT NULL AND NOT ISNAN(`t176`.`reach`)
              ),
              `t176`.`reach`,
              NULL
            )
          ) AS `er_reach_account_mean__d`,
          SUM(
            IF(
              `t176`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t176`.`engagements`)
              AND (
                `t176`.`reach` IS NOT NULL AND NOT ISNAN(`t176`.`reach`)
              ),
              `t176`.`engagements`,
              NULL
            )
          ) AS `er_reach_account_median__n`,
          SUM(
            IF(
              `t176`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t176`.`engagements`)
              AND (
                `t176`.`reach` IS NOT NULL AND NOT ISNAN(`t176`.`reach`)
              ),
              `t176`.`reach`,
              NULL
            )
          ) AS `er_reach_account_median__d`,
          SUM(
            IF(
              `t176`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t176`.`engagements`)
              AND (
                `t176`.`followers` IS NOT NULL AND NOT ISNAN(`t176`.`followers`)
              ),
              `t176`.`engagements`,
              NULL
            )
          ) AS `er_followers_account_mean__n`,
          SUM(
            IF(
              `t176`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t176`.`engagements`)
              AND (
                `t176`.`followers` IS NOT NULL AND NOT ISNAN(`t176`.`followers`)
              ),
              `t176`.`followers`,
              NULL
            )
          ) AS `er_followers_account_mean__d`,
          SUM(
            IF(
              `t176`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t176`.`engagements`)
              AND (
                `t176`.`followers` IS NOT NULL AND NOT ISNAN(`t176`.`followers`)
              ),
              `t176`.`engagements`,
              NULL
            )
          ) AS `er_followers_account_median__n`,
          SUM(
            IF(
              `t176`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t176`.`engagements`)
              AND (
                `t176`.`followers` IS NOT NULL AND NOT ISNAN(`t176`.`followers`)
              ),
              `t176`.`followers`,
              NULL
            )
          ) AS `er_followers_account_median__d`,
          SUM(
            IF(
              `t176`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t176`.`engagements`)
              AND (
                `t176`.`impressions` IS NOT NULL AND NOT ISNAN(`t176`.`impressions`)
              ),
              `t176`.`engagements`,
              NULL
            )
          ) AS `er_impressions_account_mean__n`,
          SUM(
            IF(
              `t176`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t176`.`engagements`)
              AND (
                `t176`.`impressions` IS NOT NULL AND NOT ISNAN(`t176`.`impressions`)
              ),
              `t176`.`impressions`,
              NULL
            )
          ) AS `er_impressions_account_mean__d`,
          SUM(
            IF(
              `t176`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t176`.`engagements`)
              AND (
                `t176`.`impressions` IS NOT NULL AND NOT ISNAN(`t176`.`impressions`)
              ),
              `t176`.`engagements`,
              NULL
            )
          ) AS `er_impressions_account_median__n`,
          SUM(
            IF(
              `t176`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t176`.`engagements`)
              AND (
                `t176`.`impressions` IS NOT NULL AND NOT ISNAN(`t176`.`impressions`)
              ),
              `t176`.`impressions`,
              NULL
            )
          ) AS `er_impressions_account_median__d`,
          SUM(
            IF(
              `t176`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t176`.`engagements`)
              AND (
                `t176`.`views` IS NOT NULL AND NOT ISNAN(`t176`.`views`)
              ),
              `t176`.`engagements`,
              NULL
            )
          ) AS `er_views_account_mean__n`,
          SUM(
            IF(
              `t176`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t176`.`engagements`)
              AND (
                `t176`.`views` IS NOT NULL AND NOT ISNAN(`t176`.`views`)
              ),
              `t176`.`views`,
              NULL
            )
          ) AS `er_views_account_mean__d`,
          SUM(
            IF(
              `t176`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t176`.`engagements`)
              AND (
                `t176`.`views` IS NOT NULL AND NOT ISNAN(`t176`.`views`)
              ),
              `t176`.`engagements`,
              NULL
            )
          ) AS `er_views_account_median__n`,
          SUM(
            IF(
              `t176`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t176`.`engagements`)
              AND (
                `t176`.`views` IS NOT NULL AND NOT ISNAN(`t176`.`views`)
              ),
              `t176`.`views`,
              NULL
            )
          ) AS `er_views_account_median__d`,
          NULLIF(
            GREATEST(
              COALESCE(
                MAX(
                  IF(
                    `t176`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t176`.`engagements`)
                    AND (
                      `t176`.`reach` IS NOT NULL AND NOT ISNAN(`t176`.`reach`)
                    ),
                    `t176`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    `t176`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t176`.`engagements`)
                    AND (
                      `t176`.`reach` IS NOT NULL AND NOT ISNAN(`t176`.`reach`)
                    ),
                    `t176`.`reach__provenance`,
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
                    `t176`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t176`.`engagements`)
                    AND (
                      `t176`.`reach` IS NOT NULL AND NOT ISNAN(`t176`.`reach`)
                    ),
                    `t176`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    `t176`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t176`.`engagements`)
                    AND (
                      `t176`.`reach` IS NOT NULL AND NOT ISNAN(`t176`.`reach`)
                    ),
                    `t176`.`reach__provenance`,
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
                    `t176`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t176`.`engagements`)
                    AND (
                      `t176`.`followers` IS NOT NULL AND NOT ISNAN(`t176`.`followers`)
                    ),
                    `t176`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    `t176`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t176`.`engagements`)
                    AND (
                      `t176`.`followers` IS NOT NULL AND NOT ISNAN(`t176`.`followers`)
                    ),
                    `t176`.`followers__provenance`,
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
                    `t176`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t176`.`engagements`)
                    AND (
                      `t176`.`followers` IS NOT NULL AND NOT ISNAN(`t176`.`followers`)
                    ),
                    `t176`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    `t176`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t176`.`engagements`)
                    AND (
                      `t176`.`followers` IS NOT NULL AND NOT ISNAN(`t176`.`followers`)
                    ),
                    `t176`.`followers__provenance`,
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
                    `t176`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t176`.`engagements`)
                    AND (
                      `t176`.`impressions` IS NOT NULL AND NOT ISNAN(`t176`.`impressions`)
                    ),
                    `t176`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    `t176`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t176`.`engagements`)
                    AND (
                      `t176`.`impressions` IS NOT NULL AND NOT ISNAN(`t176`.`impressions`)
                    ),
                    `t176`.`impressions__provenance`,
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
                    `t176`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t176`.`engagements`)
                    AND (
                      `t176`.`impressions` IS NOT NULL AND NOT ISNAN(`t176`.`impressions`)
                    ),
                    `t176`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    `t176`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t176`.`engagements`)
                    AND (
                      `t176`.`impressions` IS NOT NULL AND NOT ISNAN(`t176`.`impressions`)
                    ),
                    `t176`.`impressions__provenance`,
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
                    `t176`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t176`.`engagements`)
                    AND (
                      `t176`.`views` IS NOT NULL AND NOT ISNAN(`t176`.`views`)
                    ),
                    `t176`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    `t176`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t176`.`engagements`)
                    AND (
                      `t176`.`views` IS NOT NULL AND NOT ISNAN(`t176`.`views`)
                    ),
                    `t176`.`views__provenance`,
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
                    `t176`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t176`.`engagements`)
                    AND (
                      `t176`.`views` IS NOT NULL AND NOT ISNAN(`t176`.`views`)
                    ),
                    `t176`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    `t176`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t176`.`engagements`)
                    AND (
                      `t176`.`views` IS NOT NULL AND NOT ISNAN(`t176`.`views`)
                    ),
                    `t176`.`views__provenance`,
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
            `t174`.`campaign_id`,
            `t174`.`campaign`,
            `t174`.`influencer_id`,
            `t174`.`influencer`,
            `t174`.`account_id`,
            `t174`.`platform`,
            `t174`.`format`,
            `t174`.`post_id`,
            `t174`.`day`,
            `t174`.`reach`,
            `t174`.`impressions`,
            `t174`.`views`,
            `t174`.`likes`,
            `t174`.`comments`,
            `t174`.`shares`,
            `t174`.`saves`,
            `t174`.`clicks`,
            `t174`.`reach__provenance`,
            `t174`.`impressions__provenance`,
            `t174`.`views__provenance`,
            `t174`.`likes__provenance`,
            `t174`.`comments__provenance`,
            `t174`.`shares__provenance`,
            `t174`.`saves__provenance`,
            `t174`.`clicks__provenance`,
            `t174`.`followers`,
            `t174`.`followers__provenance`,
            `t174`.`engagements`,
            `t174`.`engagements__provenance`,
            `t174`.`impressions_with_estimates`,
            `t174`.`impressions_with_estimates__provenance`,
            `t174`.`er_reach_post`,
            `t174`.`er_followers_post`,
            `t174`.`er_impressions_post`,
            `t174`.`er_views_post`,
            `t174`.`er_reach_post__provenance`,
            `t174`.`er_followers_post__provenance`,
            `t174`.`er_impressions_post__provenance`,
            `t174`.`er_views_post__provenance`,
            `t174`.`post_platform`,
            `t174`.`publishing_influencer`,
            `t174`.`sponsored_posts`,
            `t174`.`disclosed_sponsored_posts`,
            `t174`.`cost`,
            `t174`.`key_message_posts`,
            `t174`.`ugc_post`,
            `t174`.`mentions`,
            `t174`.`brand_mentions`,
            `t174`.`mention_engagements`,
            `t174`.`brand_mention_engagements`,
            `t174`.`followers_start`,
            `t174`.`followers_gained`,
            `t174`.`followers_expected_gain`,
            `t174`.`followers_start__provenance`,
            `t174`.`followers_gained__provenance`,
            `t174`.`followers_expected_gain__provenance`,
            `t174`.`brand_followers_start`,
            `t174`.`brand_followers_gained`,
            `t174`.`brand_followers_expected_gain`,
            `t174`.`brand_followers_start__provenance`,
            `t174`.`brand_followers_gained__provenance`,
            `t174`.`brand_followers_expected_gain__provenance`,
            `t174`.`influencers_contacted`,
            `t174`.`influencers_interested`,
            `t174`.`posts_contracted`,
            `t174`.`products_sent`,
            `t174`.`key_messages`,
            `t174`.`emv_rate`,
            `t174`.`emv`,
            `t174`.`emv__provenance`,
            `t174`.`paid_rate`,
            (
              `t174`.`cost` / (
                CASE
                  WHEN `t174`.`platform` = 'tiktok'
                  THEN 7.5
                  WHEN `t174`.`platform` = 'youtube'
                  THEN 3.53
                  ELSE 19.8
                END * `t174`.`paid_rate`
              )
            ) * 1000 AS `paid_impressions`,
            CAST(NULL AS DOUBLE) AS `paid_engagements`,
            `t174`.`cost` / (
              CASE
                WHEN `t174`.`platform` = 'tiktok'
                THEN CAST(NULL AS DOUBLE)
                WHEN `t174`.`platform` = 'youtube'
                THEN CAST(NULL AS DOUBLE)
                ELSE 1.88
              END * `t174`.`paid_rate`
            ) AS `paid_clicks`,
            `t174`.`cost` / (
              CASE WHEN `t174`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t174`.`paid_rate`
            ) AS `paid_views`,
            DATE_TRUNC('week', `t174`.`day`) AS `week`
          FROM (
            SELECT
              `t172`.`campaign_id`,
              `t172`.`campaign`,
              `t172`.`influencer_id`,
              `t172`.`influencer`,
              `t172`.`account_id`,
              `t172`.`platform`,
              `t172`.`format`,
              `t172`.`post_id`,
              `t172`.`day`,
              `t172`.`reach`,
              `t172`.`impressions`,
              `t172`.`views`,
              `t172`.`likes`,
              `t172`.`comments`,
              `t172`.`shares`,
              `t172`.`saves`,
              `t172`.`clicks`,
              `t172`.`reach__provenance`,
              `t172`.`impressions__provenance`,
              `t172`.`views__provenance`,
              `t172`.`likes__provenance`,
              `t172`.`comments__provenance`,
              `t172`.`shares__provenance`,
              `t172`.`saves__provenance`,
              `t172`.`clicks__provenance`,
              `t172`.`followers`,
              `t172`.`followers__provenance`,
              `t172`.`engagements`,
              `t172`.`engagements__provenance`,
              `t172`.`impressions_with_estimates`,
              `t172`.`impressions_with_estimates__provenance`,
              `t172`.`er_reach_post`,
              `t172`.`er_followers_post`,
              `t172`.`er_impressions_post`,
              `t172`.`er_views_post`,
              `t172`.`er_reach_post__provenance`,
              `t172`.`er_followers_post__provenance`,
              `t172`.`er_impressions_post__provenance`,
              `t172`.`er_views_post__provenance`,
              `t172`.`post_platform`,
              `t172`.`publishing_influencer`,
              `t172`.`sponsored_posts`,
              `t172`.`disclosed_sponsored_posts`,
              `t172`.`cost`,
              `t172`.`key_message_posts`,
              `t172`.`ugc_post`,
              `t172`.`mentions`,
              `t172`.`brand_mentions`,
              `t172`.`mention_engagements`,
              `t172`.`brand_mention_engagements`,
              `t172`.`followers_start`,
              `t172`.`followers_gained`,
              `t172`.`followers_expected_gain`,
              `t172`.`followers_start__provenance`,
              `t172`.`followers_gained__provenance`,
              `t172`.`followers_expected_gain__provenance`,
              `t172`.`brand_followers_start`,
              `t172`.`brand_followers_gained`,
              `t172`.`brand_followers_expected_gain`,
              `t172`.`brand_followers_start__provenance`,
              `t172`.`brand_followers_gained__provenance`,
              `t172`.`brand_followers_expected_gain__provenance`,
              `t172`.`influencers_contacted`,
              `t172`.`influencers_interested`,
              `t172`.`posts_contracted`,
              `t172`.`products_sent`,
              `t172`.`key_messages`,
              `t172`.`emv_rate`,
              `t172`.`emv`,
              `t172`.`emv__provenance`,
              `t115`.`paid_rate`
            FROM (
              SELECT
                `t169`.`campaign_id`,
                `t169`.`campaign`,
                `t169`.`influencer_id`,
                `t169`.`influencer`,
                `t169`.`account_id`,
                `t169`.`platform`,
                `t169`.`format`,
                `t169`.`post_id`,
                `t169`.`day`,
                `t169`.`reach`,
                `t169`.`impressions`,
                `t169`.`views`,
                `t169`.`likes`,
                `t169`.`comments`,
                `t169`.`shares`,
                `t169`.`saves`,
                `t169`.`clicks`,
                `t169`.`reach__provenance`,
                `t169`.`impressions__provenance`,
                `t169`.`views__provenance`,
                `t169`.`likes__provenance`,
                `t169`.`comments__provenance`,
                `t169`.`shares__provenance`,
                `t169`.`saves__provenance`,
                `t169`.`clicks__provenance`,
                `t169`.`followers`,
                `t169`.`followers__provenance`,
                `t169`.`engagements`,
                `t169`.`engagements__provenance`,
                `t169`.`impressions_with_estimates`,
                `t169`.`impressions_with_estimates__provenance`,
                `t169`.`er_reach_post`,
                `t169`.`er_followers_post`,
                `t169`.`er_impressions_post`,
                `t169`.`er_views_post`,
                `t169`.`er_reach_post__provenance`,
                `t169`.`er_followers_post__provenance`,
                `t169`.`er_impressions_post__provenance`,
                `t169`.`er_views_post__provenance`,
                `t169`.`post_platform`,
                `t169`.`publishing_influencer`,
                `t169`.`sponsored_posts`,
                `t169`.`disclosed_sponsored_posts`,
                `t169`.`cost`,
                `t169`.`key_message_posts`,
                `t169`.`ugc_post`,
                `t169`.`mentions`,
                `t169`.`brand_mentions`,
                `t169`.`mention_engagements`,
                `t169`.`brand_mention_engagements`,
                `t169`.`followers_start`,
                `t169`.`followers_gained`,
                `t169`.`followers_expected_gain`,
                `t169`.`followers_start__provenance`,
                `t169`.`followers_gained__provenance`,
                `t169`.`followers_expected_gain__provenance`,
                `t169`.`brand_followers_start`,
                `t169`.`brand_followers_gained`,
                `t169`.`brand_followers_expected_gain`,
                `t169`.`brand_followers_start__provenance`,
                `t169`.`brand_followers_gained__provenance`,
                `t169`.`brand_followers_expected_gain__provenance`,
                `t169`.`influencers_contacted`,
                `t169`.`influencers_interested`,
                `t169`.`posts_contracted`,
                `t169`.`products_sent`,
                `t169`.`key_messages`,
                `t169`.`emv_rate`,
                IF(
                  (
                    `t169`.`post_id` IS NOT NULL
                  )
                  AND (
                    (
                      (
                        (
                          COALESCE(`t169`.`impressions`, `t169`.`views`) * CASE WHEN `t169`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                        ) / 1000
                      ) IS NOT NULL
                      AND NOT ISNAN(
                        (
                          COALESCE(`t169`.`impressions`, `t169`.`views`) * CASE WHEN `t169`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                        ) / 1000
                      )
                    )
                    OR (
                      (
                        CASE
                          WHEN `t169`.`platform` = 'instagram'
                          THEN 0.07
                          WHEN `t169`.`platform` = 'tiktok'
                          THEN 0.09
                          WHEN `t169`.`platform` = 'youtube'
                          THEN 0.08
                          ELSE CAST(NULL AS DOUBLE)
                        END * `t169`.`likes`
                      ) IS NOT NULL
                      AND NOT ISNAN(
                        CASE
                          WHEN `t169`.`platform` = 'instagram'
                          THEN 0.07
                          WHEN `t169`.`platform` = 'tiktok'
                          THEN 0.09
                          WHEN `t169`.`platform` = 'youtube'
                          THEN 0.08
                          ELSE CAST(NULL AS DOUBLE)
                        END * `t169`.`likes`
                      )
                    )
                    OR (
                      (
                        CASE
                          WHEN `t169`.`platform` = 'instagram'
                          THEN 3.46
                          WHEN `t169`.`platform` = 'tiktok'
                          THEN 3.52
                          WHEN `t169`.`platform` = 'youtube'
                          THEN 6.99
                          ELSE CAST(NULL AS DOUBLE)
                        END * `t169`.`comments`
                      ) IS NOT NULL
                      AND NOT ISNAN(
                        CASE
                          WHEN `t169`.`platform` = 'instagram'
                          THEN 3.46
                          WHEN `t169`.`platform` = 'tiktok'
                          THEN 3.52
                          WHEN `t169`.`platform` = 'youtube'
                          THEN 6.99
                          ELSE CAST(NULL AS DOUBLE)
                        END * `t169`.`comments`
                      )
                    )
                    OR (
                      (
                        CASE WHEN `t169`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t169`.`shares`
                      ) IS NOT NULL
                      AND NOT ISNAN(
                        CASE WHEN `t169`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t169`.`shares`
                      )
                    )
                  ),
                  (
                    COALESCE(
                      (
                        COALESCE(`t169`.`impressions`, `t169`.`views`) * CASE WHEN `t169`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                      ) / 1000,
                      0
                    ) + COALESCE(
                      CASE
                        WHEN `t169`.`platform` = 'instagram'
                        THEN 0.07
                        WHEN `t169`.`platform` = 'tiktok'
                        THEN 0.09
                        WHEN `t169`.`platform` = 'youtube'
                        THEN 0.08
                        ELSE CAST(NULL AS DOUBLE)
                      END * `t169`.`likes`,
                      0
                    ) + COALESCE(
                      CASE
                        WHEN `t169`.`platform` = 'instagram'
                        THEN 3.46
                        WHEN `t169`.`platform` = 'tiktok'
                        THEN 3.52
                        WHEN `t169`.`platform` = 'youtube'
                        THEN 6.99
                        ELSE CAST(NULL AS DOUBLE)
                      END * `t169`.`comments`,
                      0
                    ) + COALESCE(
                      CASE WHEN `t169`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t169`.`shares`,
                      0
                    )
                  ) * `t169`.`emv_rate`,
                  CAST(NULL AS DOUBLE)
                ) AS `emv`,
                NULLIF(
                  GREATEST(
                    COALESCE(`t169`.`impressions__provenance`, -1),
                    COALESCE(`t169`.`views__provenance`, -1),
                    COALESCE(`t169`.`engagements__provenance`, -1)
                  ),
                  -1
                ) AS `emv__provenance`
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
                  `t167`.`cost`,
                  `t167`.`key_message_posts`,
                  `t167`.`ugc_post`,
                  `t167`.`mentions`,
                  `t167`.`brand_mentions`,
                  `t167`.`mention_engagements`,
                  `t167`.`brand_mention_engagements`,
                  `t167`.`followers_start`,
                  `t167`.`followers_gained`,
                  `t167`.`followers_expected_gain`,
                  `t167`.`followers_start__provenance`,
                  `t167`.`followers_gained__provenance`,
                  `t167`.`followers_expected_gain__provenance`,
                  `t167`.`brand_followers_start`,
                  `t167`.`brand_followers_gained`,
                  `t167`.`brand_followers_expected_gain`,
                  `t167`.`brand_followers_start__provenance`,
                  `t167`.`brand_followers_gained__provenance`,
                  `t167`.`brand_followers_expected_gain__provenance`,
                  `t167`.`influencers_contacted`,
                  `t167`.`influencers_interested`,
                  `t167`.`posts_contracted`,
                  `t167`.`products_sent`,
                  `t167`.`key_messages`,
                  `t116`.`emv_rate`
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
                                `t157`.`campaign_id`,
                                `t157`.`campaign`,
                                `t157`.`influencer_id`,
                                `t157`.`influencer`,
                                `t157`.`account_id`,
                                `t157`.`platform`,
                                `t157`.`format`,
                                `t157`.`post_id`,
                                `t157`.`day`,
                                `t157`.`reach`,
                                `t157`.`impressions`,
                                `t157`.`views`,
                                `t157`.`likes`,
                                `t157`.`comments`,
                                `t157`.`shares`,
                                `t157`.`saves`,
                                `t157`.`clicks`,
                                CAST(`t157`.`reach__provenance` AS BIGINT) AS `reach__provenance`,
                                CAST(`t157`.`impressions__provenance` AS BIGINT) AS `impressions__provenance`,
                                CAST(`t157`.`views__provenance` AS BIGINT) AS `views__provenance`,
                                CAST(`t157`.`likes__provenance` AS BIGINT) AS `likes__provenance`,
                                CAST(`t157`.`comments__provenance` AS BIGINT) AS `comments__provenance`,
                                CAST(`t157`.`shares__provenance` AS BIGINT) AS `shares__provenance`,
                                CAST(`t157`.`saves__provenance` AS BIGINT) AS `saves__provenance`,
                                CAST(`t157`.`clicks__provenance` AS BIGINT) AS `clicks__provenance`,
                                `t157`.`followers`,
                                CAST(`t157`.`followers__provenance` AS BIGINT) AS `followers__provenance`,
                                `t157`.`engagements`,
                                CAST(`t157`.`engagements__provenance` AS BIGINT) AS `engagements__provenance`,
                                `t157`.`impressions_with_estimates`,
                                `t157`.`impressions_with_estimates__provenance`,
                                `t157`.`er_reach_post`,
                                `t157`.`er_followers_post`,
                                `t157`.`er_impressions_post`,
                                `t157`.`er_views_post`,
                                CAST(`t157`.`er_reach_post__provenance` AS BIGINT) AS `er_reach_post__provenance`,
                                CAST(`t157`.`er_followers_post__provenance` AS BIGINT) AS `er_followers_post__provenance`,
                                CAST(`t157`.`er_impressions_post__provenance` AS BIGINT) AS `er_impressions_post__provenance`,
                                CAST(`t157`.`er_views_post__provenance` AS BIGINT) AS `er_views_post__provenance`,
                                `t157`.`post_platform`,
                                CAST(`t157`.`publishing_influencer` AS DOUBLE) AS `publishing_influencer`,
                                `t157`.`sponsored_posts`,
                                `t157`.`disclosed_sponsored_posts`,
                                `t157`.`cost`,
                                `t157`.`key_message_posts`,
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
                                CAST(NULL AS DOUBLE) AS `key_messages`
                              FROM (
                                SELECT
                                  `t148`.`campaign_id`,
                                  `t148`.`campaign`,
                                  `t148`.`influencer_id`,
                                  `t148`.`influencer`,
                                  `t148`.`account_id`,
                                  `t148`.`platform`,
                                  `t148`.`format`,
                                  `t148`.`post_id`,
                                  `t148`.`day`,
                                  `t148`.`country`,
                                  `t148`.`caption`,
                                  `t148`.`sponsored`,
                                  `t148`.`reach`,
                                  `t148`.`impressions`,
                                  `t148`.`views`,
                                  `t148`.`likes`,
                                  `t148`.`comments`,
                                  `t148`.`shares`,
                                  `t148`.`saves`,
                                  `t148`.`clicks`,
                                  `t148`.`reach__provenance`,
                                  `t148`.`impressions__provenance`,
                                  `t148`.`views__provenance`,
                                  `t148`.`likes__provenance`,
                                  `t148`.`comments__provenance`,
                                  `t148`.`shares__provenance`,
                                  `t148`.`saves__provenance`,
                                  `t148`.`clicks__provenance`,
                                  `t148`.`followers`,
                                  `t148`.`followers__provenance`,
                                  `t148`.`engagements`,
                                  `t148`.`engagements__provenance`,
                                  `t148`.`impressions_with_estimates`,
                                  `t148`.`impressions_with_estimates__provenance`,
                                  `t148`.`er_reach_post`,
                                  `t148`.`er_followers_post`,
                                  `t148`.`er_impressions_post`,
                                  `t148`.`er_views_post`,
                                  `t148`.`er_reach_post__provenance`,
                                  `t148`.`er_followers_post__provenance`,
                                  `t148`.`er_impressions_post__provenance`,
                                  `t148`.`er_views_post__provenance`,
                                  `t148`.`post_platform`,
                                  `t148`.`publishing_influencer`,
                                  `t148`.`sponsored_posts`,
                                  `t148`.`disclosed_sponsored_posts`,
                                  `t148`.`cost`,
                                  `t156`.`key_message_posts`
                                FROM (
                                  SELECT
                                    `t136`.`campaign_id`,
                                    `t136`.`campaign`,
                                    `t136`.`influencer_id`,
                                    `t136`.`influencer`,
                                    `t136`.`account_id`,
                                    `t136`.`platform`,
                                    `t136`.`format`,
                                    `t136`.`post_id`,
                                    `t136`.`day`,
                                    `t136`.`country`,
                                    `t136`.`caption`,
                                    `t136`.`sponsored`,
                                    `t136`.`reach`,
                                    `t136`.`impressions`,
                                    `t136`.`views`,
                                    `t136`.`likes`,
                                    `t136`.`comments`,
                                    `t136`.`shares`,
                                    `t136`.`saves`,
                                    `t136`.`clicks`,
                                    `t136`.`reach__provenance`,
                                    `t136`.`impressions__provenance`,
                                    `t136`.`views__provenance`,
                                    `t136`.`likes__provenance`,
                                    `t136`.`comments__provenance`,
                                    `t136`.`shares__provenance`,
                                    `t136`.`saves__provenance`,
                                    `t136`.`clicks__provenance`,
                                    `t136`.`followers`,
                                    `t136`.`followers__provenance`,
                                    `t136`.`engagements`,
                                    `t136`.`engagements__provenance`,
                                    `t136`.`impressions_with_estimates`,
                                    `t136`.`impressions_with_estimates__provenance`,
                                    `t136`.`er_reach_post`,
                                    `t136`.`er_followers_post`,
                                    `t136`.`er_impressions_post`,
                                    `t136`.`er_views_post`,
                                    `t136`.`er_reach_post__provenance`,
                                    `t136`.`er_followers_post__provenance`,
                                    `t136`.`er_impressions_post__provenance`,
                                    `t136`.`er_views_post__provenance`,
                                    `t136`.`post_platform`,
                                    `t136`.`publishing_influencer`,
                                    `t136`.`sponsored_posts`,
                                    `t136`.`disclosed_sponsored_posts`,
                                    `t110`.`cost`
                                  FROM (
                                    SELECT
                                      `t121`.`campaign_id`,
                                      `t121`.`campaign`,
                                      `t121`.`influencer_id`,
                                      `t121`.`influencer`,
                                      `t121`.`account_id`,
                                      `t121`.`platform`,
                                      `t121`.`format`,
                                      `t121`.`post_id`,
                                      `t121`.`day`,
                                      `t121`.`country`,
                                      `t121`.`caption`,
                                      `t121`.`sponsored`,
                                      `t121`.`reach`,
                                      `t121`.`impressions`,
                                      `t121`.`views`,
                                      `t121`.`likes`,
                                      `t121`.`comments`,
                                      `t121`.`shares`,
                                      `t121`.`saves`,
                                      `t121`.`clicks`,
                                      `t121`.`reach__provenance`,
                                      `t121`.`impressions__provenance`,
                                      `t121`.`views__provenance`,
                                      `t121`.`likes__provenance`,
                                      `t121`.`comments__provenance`,
                                      `t121`.`shares__provenance`,
                                      `t121`.`saves__provenance`,
                                      `t121`.`clicks__provenance`,
                                      `t121`.`followers`,
                                      `t121`.`followers__provenance`,
                                      `t121`.`engagements`,
                                      `t121`.`engagements__provenance`,
                                      COALESCE(
                                        COALESCE(`t121`.`impressions`, `t121`.`views`),
                                        `t121`.`reach` * COALESCE(
                                          SUM(
                                            IF(
                                              `t121`.`impressions` IS NOT NULL
                                              AND NOT ISNAN(`t121`.`impressions`)
                                              AND (
                                                `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                              ),
                                              `t121`.`impressions`,
                                              NULL
                                            )
                                          ) OVER (
                                            PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                          ) / NULLIF(
                                            SUM(
                                              IF(
                                                `t121`.`impressions` IS NOT NULL
                                                AND NOT ISNAN(`t121`.`impressions`)
                                                AND (
                                                  `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                                ),
                                                `t121`.`reach`,
                                                NULL
                                              )
                                            ) OVER (
                                              PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                            ),
                                            0
                                          ),
                                          CAST(1 AS DOUBLE)
                                        )
                                      ) AS `impressions_with_estimates`,
                                      IF(
                                        COALESCE(
                                          COALESCE(`t121`.`impressions`, `t121`.`views`),
                                          `t121`.`reach` * COALESCE(
                                            SUM(
                                              IF(
                                                `t121`.`impressions` IS NOT NULL
                                                AND NOT ISNAN(`t121`.`impressions`)
                                                AND (
                                                  `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                                ),
                                                `t121`.`impressions`,
                                                NULL
                                              )
                                            ) OVER (
                                              PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                            ) / NULLIF(
                                              SUM(
                                                IF(
                                                  `t121`.`impressions` IS NOT NULL
                                                  AND NOT ISNAN(`t121`.`impressions`)
                                                  AND (
                                                    `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                                  ),
                                                  `t121`.`reach`,
                                                  NULL
                                                )
                                              ) OVER (
                                                PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              ),
                                              0
                                            ),
                                            CAST(1 AS DOUBLE)
                                          )
                                        ) IS NOT NULL
                                        AND NOT ISNAN(
                                          COALESCE(
                                            COALESCE(`t121`.`impressions`, `t121`.`views`),
                                            `t121`.`reach` * COALESCE(
                                              SUM(
                                                IF(
                                                  `t121`.`impressions` IS NOT NULL
                                                  AND NOT ISNAN(`t121`.`impressions`)
                                                  AND (
                                                    `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                                  ),
                                                  `t121`.`impressions`,
                                                  NULL
                                                )
                                              ) OVER (
                                                PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              ) / NULLIF(
                                                SUM(
                                                  IF(
                                                    `t121`.`impressions` IS NOT NULL
                                                    AND NOT ISNAN(`t121`.`impressions`)
                                                    AND (
                                                      `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                                    ),
                                                    `t121`.`reach`,
                                                    NULL
                                                  )
                                                ) OVER (
                                                  PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ),
                                                0
                                              ),
                                              CAST(1 AS DOUBLE)
                                            )
                                          )
                                        ),
                                        IF(
                                          `t121`.`impressions` IS NOT NULL AND NOT ISNAN(`t121`.`impressions`),
                                          `t121`.`impressions__provenance`,
                                          2
                                        ),
                                        CAST(NULL AS BIGINT)
                                      ) AS `impressions_with_estimates__provenance`,
                                      (
                                        `t121`.`engagements` / NULLIF(`t121`.`reach`, 0)
                                      ) * 100 AS `er_reach_post`,
                                      (
                                        `t121`.`engagements` / NULLIF(`t121`.`followers`, 0)
                                      ) * 100 AS `er_followers_post`,
                                      (
                                        `t121`.`engagements` / NULLIF(`t121`.`impressions`, 0)
                                      ) * 100 AS `er_impressions_post`,
                                      (
                                        `t121`.`engagements` / NULLIF(`t121`.`views`, 0)
                                      ) * 100 AS `er_views_post`,
                                      NULLIF(
                                        GREATEST(
                                          COALESCE(`t121`.`engagements__provenance`, -1),
                                          COALESCE(`t121`.`reach__provenance`, -1)
                                        ),
                                        -1
                                      ) AS `er_reach_post__provenance`,
                                      NULLIF(
                                        GREATEST(
                                          COALESCE(`t121`.`engagements__provenance`, -1),
                                          COALESCE(`t121`.`followers__provenance`, -1)
                                        ),
                                        -1
                                      ) AS `er_followers_post__provenance`,
                                      NULLIF(
                                        GREATEST(
                                          COALESCE(`t121`.`engagements__provenance`, -1),
                                          COALESCE(`t121`.`impressions__provenance`, -1)
                                        ),
                                        -1
                                      ) AS `er_impressions_post__provenance`,
                                      NULLIF(
                                        GREATEST(
                                          COALESCE(`t121`.`engagements__provenance`, -1),
                                          COALESCE(`t121`.`views__provenance`, -1)
                                        ),
                                        -1
                                      ) AS `er_views_post__provenance`,
                                      `t121`.`platform` AS `post_platform`,
                                      `t121`.`influencer_id` AS `publishing_influencer`,
                                      CAST(IF(`t121`.`sponsored`, 1, 0) AS DOUBLE) AS `sponsored_posts`,
                                      CAST(IF(
                                        `t121`.`sponsored`
                                        AND CASE
                                          WHEN UPPER(`t121`.`country`) = 'FR'
                                          THEN CONTAINS(LOWER(`t121`.`caption`), 'publicité')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'publicite')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'collaboration commerciale')
                                          WHEN UPPER(`t121`.`country`) = 'BE'
                                          THEN CONTAINS(LOWER(`t121`.`caption`), 'publicité')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'publicite')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'collaboration commerciale')
                                          OR CONTAINS(LOWER(`t121`.`caption`), '#pub')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'reclame')
                                          OR CONTAINS(LOWER(`t121`.`caption`), '#ad')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'samenwerking')
                                          WHEN UPPER(`t121`.`country`) = 'DE'
                                          THEN CONTAINS(LOWER(`t121`.`caption`), 'werbung')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'anzeige')
                                          WHEN UPPER(`t121`.`country`) = 'ES'
                                          THEN CONTAINS(LOWER(`t121`.`caption`), 'publicidad')
                                          OR CONTAINS(LOWER(`t121`.`caption`), '#publi')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'patrocinado')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'colaboración pagada')
                                          WHEN UPPER(`t121`.`country`) = 'IT'
                                          THEN CONTAINS(LOWER(`t121`.`caption`), 'pubblicità')
                                          OR CONTAINS(LOWER(`t121`.`caption`), '#adv')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'sponsorizzato')
                                          OR CONTAINS(LOWER(`t121`.`caption`), '#sponsored')
                                          WHEN UPPER(`t121`.`country`) = 'GB'
                                          THEN CONTAINS(LOWER(`t121`.`caption`), '#ad')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'advert')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'advertisement')
                                          WHEN UPPER(`t121`.`country`) = 'US'
                                          THEN CONTAINS(LOWER(`t121`.`caption`), '#ad')
                                          OR CONTAINS(LOWER(`t121`.`caption`), '#sponsored')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'advertisement')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'paid partnership')
                                          ELSE CONTAINS(LOWER(`t121`.`caption`), '#ad')
                                          OR CONTAINS(LOWER(`t121`.`caption`), '#sponsored')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'paid partnership')
                                          OR CONTAINS(LOWER(`t121`.`caption`), 'advertisement')
                                        END,
                                        1,
                                        0
                                      ) AS DOUBLE) AS `disclosed_sponsored_posts`
                                    FROM (
                                      SELECT
                                        `t114`.`campaign_id`,
                                        `t114`.`campaign`,
                                        `t114`.`influencer_id`,
                                        `t114`.`influencer`,
                                        `t114`.`account_id`,
                                        `t114`.`platform`,
                                        `t114`.`format`,
                                        `t114`.`post_id`,
                                        `t114`.`day`,
                                        `t114`.`country`,
                                        `t114`.`caption`,
                                        `t114`.`sponsored`,
                                        `t114`.`reach`,
                                        `t114`.`impressions`,
                                        `t114`.`views`,
                                        `t114`.`likes`,
                                        `t114`.`comments`,
                                        `t114`.`shares`,
                                        `t114`.`saves`,
                                        `t114`.`clicks`,
                                        `t114`.`reach__provenance`,
                                        `t114`.`impressions__provenance`,
                                        `t114`.`views__provenance`,
                                        `t114`.`likes__provenance`,
                                        `t114`.`comments__provenance`,
                                        `t114`.`shares__provenance`,
                                        `t114`.`saves__provenance`,
                                        `t114`.`clicks__provenance`,
                                        `t114`.`followers`,
                                        `t114`.`followers__provenance`,
                                        IF(
                                          (
                                            `t114`.`likes` IS NOT NULL AND NOT ISNAN(`t114`.`likes`)
                                          )
                                          OR (
                                            `t114`.`comments` IS NOT NULL AND NOT ISNAN(`t114`.`comments`)
                                          )
                                          OR (
                                            `t114`.`shares` IS NOT NULL AND NOT ISNAN(`t114`.`shares`)
                                          )
                                          OR (
                                            `t114`.`saves` IS NOT NULL AND NOT ISNAN(`t114`.`saves`)
                                          ),
                                          CAST(0 AS DOUBLE) + COALESCE(`t114`.`likes`, 0) + COALESCE(`t114`.`comments`, 0) + COALESCE(`t114`.`shares`, 0) + COALESCE(`t114`.`saves`, 0),
                                          CAST(NULL AS DOUBLE)
                                        ) AS `engagements`,
                                        NULLIF(
                                          GREATEST(
                                            COALESCE(`t114`.`likes__provenance`, -1),
                                            COALESCE(`t114`.`comments__provenance`, -1),
                                            COALESCE(`t114`.`shares__provenance`, -1),
                                            COALESCE(`t114`.`saves__provenance`, -1)
                                          ),
                                          -1
                                        ) AS `engagements__provenance`
                                      FROM (
                                        SELECT
                                          `t78`.`campaign_id`,
                                          `t78`.`campaign`,
                                          `t78`.`influencer_id`,
                                          `t78`.`influencer`,
                                          `t78`.`account_id`,
                                          `t78`.`platform`,
                                          `t78`.`format`,
                                          `t78`.`post_id`,
                                          `t78`.`day`,
                                          `t78`.`country`,
                                          `t78`.`caption`,
                                          `t78`.`sponsored`,
                                          `t92`.`reach`,
                                          `t92`.`impressions`,
                                          `t92`.`views`,
                                          `t92`.`likes`,
                                          `t92`.`comments`,
                                          `t92`.`shares`,
                                          `t92`.`saves`,
                                          `t92`.`clicks`,
                                          `t92`.`reach__provenance`,
                                          `t92`.`impressions__provenance`,
                                          `t92`.`views__provenance`,
                                          `t92`.`likes__provenance`,
                                          `t92`.`comments__provenance`,
                                          `t92`.`shares__provenance`,
                                          `t92`.`saves__provenance`,
                                          `t92`.`clicks__provenance`,
                                          `t101`.`followers`,
                                          `t101`.`followers__provenance`
                                        FROM `t64` AS `t78`
                                        LEFT OUTER JOIN (
                                          SELECT
                                            CAST(`t79`.`post_id` AS BIGINT) AS `post_id`,
                                            CAST(MAX(IF(`t79`.`metric` = 'reach', `t79`.`value`, NULL)) AS DOUBLE) AS `reach`,
                                            CAST(MAX(IF(`t79`.`metric` = 'impressions', `t79`.`value`, NULL)) AS DOUBLE) AS `impressions`,
                                            CAST(MAX(IF(`t79`.`metric` = 'views', `t79`.`value`, NULL)) AS DOUBLE) AS `views`,
                                            CAST(MAX(IF(`t79`.`metric` = 'likes', `t79`.`value`, NULL)) AS DOUBLE) AS `likes`,
                                            CAST(MAX(IF(`t79`.`metric` = 'comments', `t79`.`value`, NULL)) AS DOUBLE) AS `comments`,
                                            CAST(MAX(IF(`t79`.`metric` = 'shares', `t79`.`value`, NULL)) AS DOUBLE) AS `shares`,
                                            CAST(MAX(IF(`t79`.`metric` = 'saves', `t79`.`value`, NULL)) AS DOUBLE) AS `saves`,
                                            CAST(MAX(IF(`t79`.`metric` = 'clicks', `t79`.`value`, NULL)) AS DOUBLE) AS `clicks`,
                                            MAX(IF(`t79`.`metric` = 'reach', `t79`.`rank`, NULL)) AS `reach__provenance`,
                                            MAX(IF(`t79`.`metric` = 'impressions', `t79`.`rank`, NULL)) AS `impressions__provenance`,
                                            MAX(IF(`t79`.`metric` = 'views', `t79`.`rank`, NULL)) AS `views__provenance`,
                                            MAX(IF(`t79`.`metric` = 'likes', `t79`.`rank`, NULL)) AS `likes__provenance`,
                                            MAX(IF(`t79`.`metric` = 'comments', `t79`.`rank`, NULL)) AS `comments__provenance`,
                                            MAX(IF(`t79`.`metric` = 'shares', `t79`.`rank`, NULL)) AS `shares__provenance`,
                                            MAX(IF(`t79`.`metric` = 'saves', `t79`.`rank`, NULL)) AS `saves__provenance`,
                                            MAX(IF(`t79`.`metric` = 'clicks', `t79`.`rank`, NULL)) AS `clicks__provenance`
                                          FROM (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                `t33`.`id`,
                                                `t33`.`post_id`,
                                                `t33`.`captured_at`,
                                                `t33`.`metric`,
                                                `t33`.`value`,
                                                `t33`.`source`,
                                                `t33`.`provenance`,
                                                `t33`.`rank`,
                                                ROW_NUMBER() OVER (
                                                  PARTITION BY `t33`.`post_id`, `t33`.`metric`
                                                  ORDER BY `t33`.`captured_at` DESC, `t33`.`rank` ASC NULLS LAST
                                                ) - 1 AS `order`
                                              FROM (
                                                SELECT
                                                  `t9`.`id`,
                                                  `t9`.`post_id`,
                                                  `t9`.`captured_at`,
                                                  `t9`.`metric`,
                                                  `t9`.`value`,
                                                  `t9`.`source`,
                                                  `t9`.`provenance`,
                                                  CASE `t9`.`provenance`
                                                    WHEN 'measured'
                                                    THEN 0
                                                    WHEN 'self_reported'
                                                    THEN 1
                                                    WHEN 'estimated'
                                                    THEN 2
                                                    ELSE 2
                                                  END AS `rank`
                                                FROM `metric_snapshot` AS `t9`
                                                WHERE
                                                  `t9`.`captured_at` <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                                              ) AS `t33`
                                            ) AS `t66`
                                            WHERE
                                              `t66`.`order` = 0
                                          ) AS `t79`
                                          GROUP BY
                                            1
                                        ) AS `t92`
                                          ON `t78`.`post_id` = `t92`.`post_id`
                                        LEFT OUTER JOIN (
                                          SELECT
                                            CAST(`t89`.`post_id` AS BIGINT) AS `post_id`,
                                            CAST(`t89`.`followers` AS DOUBLE) AS `followers`,
                                            CASE `t89`.`provenance`
                                              WHEN 'measured'
                                              THEN 0
                                              WHEN 'self_reported'
                                              THEN 1
                                              WHEN 'estimated'
                                              THEN 2
                                              ELSE 2
                                            END AS `followers__provenance`
                                          FROM (
                                            SELECT
                                              `t56`.`post_id`,
                                              `t56`.`account_id`,
                                              `t56`.`published_at`,
                                              `t56`.`id`,
                                              `t56`.`captured_at`,
                                              `t56`.`followers`,
                                              `t56`.`source`,
                                              `t56`.`provenance`,
                                              ROW_NUMBER() OVER (
                                                PARTITION BY `t56`.`post_id`
                                                ORDER BY IF(`t56`.`captured_at` <= `t56`.`published_at`, 0, 1) ASC NULLS LAST, ABS(
                                                  UNIX_TIMESTAMP(CAST(CAST(`t56`.`published_at` AS TIMESTAMP) AS TIMESTAMP)) - UNIX_TIMESTAMP(CAST(CAST(`t56`.`captured_at` AS TIMESTAMP) AS TIMESTAMP))
                                                ) ASC NULLS LAST
                                              ) - 1 AS `order`
                                            FROM (
                                              SELECT
                                                `t32`.`post_id`,
                                                `t32`.`account_id`,
                                                `t32`.`published_at`,
                                                `t20`.`id`,
                                                `t20`.`captured_at`,
                                                `t20`.`followers`,
                                                `t20`.`source`,
                                                `t20`.`provenance`
                                              FROM (
                                                SELECT
                                                  `t6`.`id` AS `post_id`,
                                                  `t6`.`account_id`,
                                                  `t6`.`published_at`
                                                FROM `post` AS `t6`
                                              ) AS `t32`
                                              INNER JOIN `follower_snapshot` AS `t20`
                                                ON `t32`.`account_id` = `t20`.`account_id`
                                            ) AS `t56`
                                          ) AS `t89`
                                          WHERE
                                            `t89`.`order` = 0
                                        ) AS `t101`
                                          ON `t78`.`post_id` = `t101`.`post_id`
                                      ) AS `t114`
                                    ) AS `t121`
                                  ) AS `t136`
                                  LEFT OUTER JOIN (
                                    SELECT
                                      `t97`.`post_id`,
                                      SUM(`t97`.`cost`) AS `cost`
                                    FROM (
                                      SELECT
                                        `t85`.`post_id`,
                                        `t63`.`amount` / `t85`.`n_posts` AS `cost`
                                      FROM `t44` AS `t63`
                                      INNER JOIN (
                                        SELECT
                                          `t73`.`campaign_id`,
                                          `t73`.`campaign`,
                                          `t73`.`influencer_id`,
                                          `t73`.`influencer`,
                                          `t73`.`account_id`,
                                          `t73`.`platform`,
                                          `t73`.`format`,
                                          `t73`.`post_id`,
                                          `t73`.`day`,
                                          `t73`.`country`,
                                          `t73`.`caption`,
                                          `t73`.`sponsored`,
                                          COUNT(`t73`.`post_id`) OVER (
                                            PARTITION BY `t73`.`campaign_id`, `t73`.`influencer_id`
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                          ) AS `n_posts`
                                        FROM `t64` AS `t73`
                                      ) AS `t85`
                                        ON `t63`.`campaign_id` = `t85`.`campaign_id`
                                        AND `t63`.`influencer_id` = `t85`.`influencer_id`
                                    ) AS `t97`
                                    GROUP BY
                                      1
                                  ) AS `t110`
                                    ON `t136`.`post_id` = `t110`.`post_id`
                                ) AS `t148`
                                LEFT OUTER JOIN (
                                  SELECT
                                    `t149`.`post_id`,
                                    MAX(
                                      CAST(IF(CONTAINS(LOWER(`t149`.`caption`), LOWER(`t149`.`message`)), 1, 0) AS DOUBLE)
                                    ) AS `key_message_posts`
                                  FROM (
                                    SELECT
                                      `t141`.`campaign_id`,
                                      `t141`.`post_id`,
                                      `t141`.`caption`,
                                      `t67`.`message`
                                    FROM (
                                      SELECT
                                        `t134`.`campaign_id`,
                                        `t134`.`post_id`,
                                        `t134`.`caption`
                                      FROM (
                                        SELECT
                                          `t121`.`campaign_id`,
                                          `t121`.`campaign`,
                                          `t121`.`influencer_id`,
                                          `t121`.`influencer`,
                                          `t121`.`account_id`,
                                          `t121`.`platform`,
                                          `t121`.`format`,
                                          `t121`.`post_id`,
                                          `t121`.`day`,
                                          `t121`.`country`,
                                          `t121`.`caption`,
                                          `t121`.`sponsored`,
                                          `t121`.`reach`,
                                          `t121`.`impressions`,
                                          `t121`.`views`,
                                          `t121`.`likes`,
                                          `t121`.`comments`,
                                          `t121`.`shares`,
                                          `t121`.`saves`,
                                          `t121`.`clicks`,
                                          `t121`.`reach__provenance`,
                                          `t121`.`impressions__provenance`,
                                          `t121`.`views__provenance`,
                                          `t121`.`likes__provenance`,
                                          `t121`.`comments__provenance`,
                                          `t121`.`shares__provenance`,
                                          `t121`.`saves__provenance`,
                                          `t121`.`clicks__provenance`,
                                          `t121`.`followers`,
                                          `t121`.`followers__provenance`,
                                          `t121`.`engagements`,
                                          `t121`.`engagements__provenance`,
                                          COALESCE(
                                            COALESCE(`t121`.`impressions`, `t121`.`views`),
                                            `t121`.`reach` * COALESCE(
                                              SUM(
                                                IF(
                                                  `t121`.`impressions` IS NOT NULL
                                                  AND NOT ISNAN(`t121`.`impressions`)
                                                  AND (
                                                    `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                                  ),
                                                  `t121`.`impressions`,
                                                  NULL
                                                )
                                              ) OVER (
                                                PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              ) / NULLIF(
                                                SUM(
                                                  IF(
                                                    `t121`.`impressions` IS NOT NULL
                                                    AND NOT ISNAN(`t121`.`impressions`)
                                                    AND (
                                                      `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                                    ),
                                                    `t121`.`reach`,
                                                    NULL
                                                  )
                                                ) OVER (
                                                  PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ),
                                                0
                                              ),
                                              CAST(1 AS DOUBLE)
                                            )
                                          ) AS `impressions_with_estimates`,
                                          IF(
                                            COALESCE(
                                              COALESCE(`t121`.`impressions`, `t121`.`views`),
                                              `t121`.`reach` * COALESCE(
                                                SUM(
                                                  IF(
                                                    `t121`.`impressions` IS NOT NULL
                                                    AND NOT ISNAN(`t121`.`impressions`)
                                                    AND (
                                                      `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                                    ),
                                                    `t121`.`impressions`,
                                                    NULL
                                                  )
                                                ) OVER (
                                                  PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ) / NULLIF(
                                                  SUM(
                                                    IF(
                                                      `t121`.`impressions` IS NOT NULL
                                                      AND NOT ISNAN(`t121`.`impressions`)
                                                      AND (
                                                        `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                                      ),
                                                      `t121`.`reach`,
                                                      NULL
                                                    )
                                                  ) OVER (
                                                    PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  ),
                                                  0
                                                ),
                                                CAST(1 AS DOUBLE)
                                              )
                                            ) IS NOT NULL
                                            AND NOT ISNAN(
                                              COALESCE(
                                                COALESCE(`t121`.`impressions`, `t121`.`views`),
                                                `t121`.`reach` * COALESCE(
                                                  SUM(
                                                    IF(
                                                      `t121`.`impressions` IS NOT NULL
                                                      AND NOT ISNAN(`t121`.`impressions`)
                                                      AND (
                                                        `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                                      ),
                                                      `t121`.`impressions`,
                                                      NULL
                                                    )
                                                  ) OVER (
                                                    PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  ) / NULLIF(
                                                    SUM(
                                                      IF(
                                                        `t121`.`impressions` IS NOT NULL
                                                        AND NOT ISNAN(`t121`.`impressions`)
                                                        AND (
                                                          `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                                        ),
                                                        `t121`.`reach`,
                                                        NULL
                                                      )
                                                    ) OVER (
                                                      PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                    ),
                                                    0
                                                  ),
                                                  CAST(1 AS DOUBLE)
                                                )
                                              )
                                            ),
                                            IF(
                                              `t121`.`impressions` IS NOT NULL AND NOT ISNAN(`t121`.`impressions`),
                                              `t121`.`impressions__provenance`,
                                              2
                                            ),
                                            CAST(NULL AS BIGINT)
                                          ) AS `impressions_with_estimates__provenance`,
                                          (
                                            `t121`.`engagements` / NULLIF(`t121`.`reach`, 0)
                                          ) * 100 AS `er_reach_post`,
                                          (
                                            `t121`.`engagements` / NULLIF(`t121`.`followers`, 0)
                                          ) * 100 AS `er_followers_post`,
                                          (
                                            `t121`.`engagements` / NULLIF(`t121`.`impressions`, 0)
                                          ) * 100 AS `er_impressions_post`,
                                          (
                                            `t121`.`engagements` / NULLIF(`t121`.`views`, 0)
                                          ) * 100 AS `er_views_post`,
                                          NULLIF(
                                            GREATEST(
                                              COALESCE(`t121`.`engagements__provenance`, -1),
                                              COALESCE(`t121`.`reach__provenance`, -1)
                                            ),
                                            -1
                                          ) AS `er_reach_post__provenance`,
                                          NULLIF(
                                            GREATEST(
                                              COALESCE(`t121`.`engagements__provenance`, -1),
                                              COALESCE(`t121`.`followers__provenance`, -1)
                                            ),
                                            -1
                                          ) AS `er_followers_post__provenance`,
                                          NULLIF(
                                            GREATEST(
                                              COALESCE(`t121`.`engagements__provenance`, -1),
                                              COALESCE(`t121`.`impressions__provenance`, -1)
                                            ),
                                            -1
                                          ) AS `er_impressions_post__provenance`,
                                          NULLIF(
                                            GREATEST(
                                              COALESCE(`t121`.`engagements__provenance`, -1),
                                              COALESCE(`t121`.`views__provenance`, -1)
                                            ),
                                            -1
                                          ) AS `er_views_post__provenance`,
                                          `t121`.`platform` AS `post_platform`,
                                          `t121`.`influencer_id` AS `publishing_influencer`,
                                          CAST(IF(`t121`.`sponsored`, 1, 0) AS DOUBLE) AS `sponsored_posts`,
                                          CAST(IF(
                                            `t121`.`sponsored`
                                            AND CASE
                                              WHEN UPPER(`t121`.`country`) = 'FR'
                                              THEN CONTAINS(LOWER(`t121`.`caption`), 'publicité')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'publicite')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'collaboration commerciale')
                                              WHEN UPPER(`t121`.`country`) = 'BE'
                                              THEN CONTAINS(LOWER(`t121`.`caption`), 'publicité')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'publicite')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'collaboration commerciale')
                                              OR CONTAINS(LOWER(`t121`.`caption`), '#pub')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'reclame')
                                              OR CONTAINS(LOWER(`t121`.`caption`), '#ad')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'samenwerking')
                                              WHEN UPPER(`t121`.`country`) = 'DE'
                                              THEN CONTAINS(LOWER(`t121`.`caption`), 'werbung')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'anzeige')
                                              WHEN UPPER(`t121`.`country`) = 'ES'
                                              THEN CONTAINS(LOWER(`t121`.`caption`), 'publicidad')
                                              OR CONTAINS(LOWER(`t121`.`caption`), '#publi')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'patrocinado')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'colaboración pagada')
                                              WHEN UPPER(`t121`.`country`) = 'IT'
                                              THEN CONTAINS(LOWER(`t121`.`caption`), 'pubblicità')
                                              OR CONTAINS(LOWER(`t121`.`caption`), '#adv')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'sponsorizzato')
                                              OR CONTAINS(LOWER(`t121`.`caption`), '#sponsored')
                                              WHEN UPPER(`t121`.`country`) = 'GB'
                                              THEN CONTAINS(LOWER(`t121`.`caption`), '#ad')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'advert')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'advertisement')
                                              WHEN UPPER(`t121`.`country`) = 'US'
                                              THEN CONTAINS(LOWER(`t121`.`caption`), '#ad')
                                              OR CONTAINS(LOWER(`t121`.`caption`), '#sponsored')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'advertisement')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'paid partnership')
                                              ELSE CONTAINS(LOWER(`t121`.`caption`), '#ad')
                                              OR CONTAINS(LOWER(`t121`.`caption`), '#sponsored')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'paid partnership')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'advertisement')
                                            END,
                                            1,
                                            0
                                          ) AS DOUBLE) AS `disclosed_sponsored_posts`
                                        FROM (
                                          SELECT
                                            `t114`.`campaign_id`,
                                            `t114`.`campaign`,
                                            `t114`.`influencer_id`,
                                            `t114`.`influencer`,
                                            `t114`.`account_id`,
                                            `t114`.`platform`,
                                            `t114`.`format`,
                                            `t114`.`post_id`,
                                            `t114`.`day`,
                                            `t114`.`country`,
                                            `t114`.`caption`,
                                            `t114`.`sponsored`,
                                            `t114`.`reach`,
                                            `t114`.`impressions`,
                                            `t114`.`views`,
                                            `t114`.`likes`,
                                            `t114`.`comments`,
                                            `t114`.`shares`,
                                            `t114`.`saves`,
                                            `t114`.`clicks`,
                                            `t114`.`reach__provenance`,
                                            `t114`.`impressions__provenance`,
                                            `t114`.`views__provenance`,
                                            `t114`.`likes__provenance`,
                                            `t114`.`comments__provenance`,
                                            `t114`.`shares__provenance`,
                                            `t114`.`saves__provenance`,
                                            `t114`.`clicks__provenance`,
                                            `t114`.`followers`,
                                            `t114`.`followers__provenance`,
                                            IF(
                                              (
                                                `t114`.`likes` IS NOT NULL AND NOT ISNAN(`t114`.`likes`)
                                              )
                                              OR (
                                                `t114`.`comments` IS NOT NULL AND NOT ISNAN(`t114`.`comments`)
                                              )
                                              OR (
                                                `t114`.`shares` IS NOT NULL AND NOT ISNAN(`t114`.`shares`)
                                              )
                                              OR (
                                                `t114`.`saves` IS NOT NULL AND NOT ISNAN(`t114`.`saves`)
                                              ),
                                              CAST(0 AS DOUBLE) + COALESCE(`t114`.`likes`, 0) + COALESCE(`t114`.`comments`, 0) + COALESCE(`t114`.`shares`, 0) + COALESCE(`t114`.`saves`, 0),
                                              CAST(NULL AS DOUBLE)
                                            ) AS `engagements`,
                                            NULLIF(
                                              GREATEST(
                                                COALESCE(`t114`.`likes__provenance`, -1),
                                                COALESCE(`t114`.`comments__provenance`, -1),
                                                COALESCE(`t114`.`shares__provenance`, -1),
                                                COALESCE(`t114`.`saves__provenance`, -1)
                                              ),
                                              -1
                                            ) AS `engagements__provenance`
                                          FROM (
                                            SELECT
                                              `t78`.`campaign_id`,
                                              `t78`.`campaign`,
                                              `t78`.`influencer_id`,
                                              `t78`.`influencer`,
                                              `t78`.`account_id`,
                                              `t78`.`platform`,
                                              `t78`.`format`,
                                              `t78`.`post_id`,
                                              `t78`.`day`,
                                              `t78`.`country`,
                                              `t78`.`caption`,
                                              `t78`.`sponsored`,
                                              `t92`.`reach`,
                                              `t92`.`impressions`,
                                              `t92`.`views`,
                                              `t92`.`likes`,
                                              `t92`.`comments`,
                                              `t92`.`shares`,
                                              `t92`.`saves`,
                                              `t92`.`clicks`,
                                              `t92`.`reach__provenance`,
                                              `t92`.`impressions__provenance`,
                                              `t92`.`views__provenance`,
                                              `t92`.`likes__provenance`,
                                              `t92`.`comments__provenance`,
                                              `t92`.`shares__provenance`,
                                              `t92`.`saves__provenance`,
                                              `t92`.`clicks__provenance`,
                                              `t101`.`followers`,
                                              `t101`.`followers__provenance`
                                            FROM `t64` AS `t78`
                                            LEFT OUTER JOIN (
                                              SELECT
                                                CAST(`t79`.`post_id` AS BIGINT) AS `post_id`,
                                                CAST(MAX(IF(`t79`.`metric` = 'reach', `t79`.`value`, NULL)) AS DOUBLE) AS `reach`,
                                                CAST(MAX(IF(`t79`.`metric` = 'impressions', `t79`.`value`, NULL)) AS DOUBLE) AS `impressions`,
                                                CAST(MAX(IF(`t79`.`metric` = 'views', `t79`.`value`, NULL)) AS DOUBLE) AS `views`,
                                                CAST(MAX(IF(`t79`.`metric` = 'likes', `t79`.`value`, NULL)) AS DOUBLE) AS `likes`,
                                                CAST(MAX(IF(`t79`.`metric` = 'comments', `t79`.`value`, NULL)) AS DOUBLE) AS `comments`,
                                                CAST(MAX(IF(`t79`.`metric` = 'shares', `t79`.`value`, NULL)) AS DOUBLE) AS `shares`,
                                                CAST(MAX(IF(`t79`.`metric` = 'saves', `t79`.`value`, NULL)) AS DOUBLE) AS `saves`,
                                                CAST(MAX(IF(`t79`.`metric` = 'clicks', `t79`.`value`, NULL)) AS DOUBLE) AS `clicks`,
                                                MAX(IF(`t79`.`metric` = 'reach', `t79`.`rank`, NULL)) AS `reach__provenance`,
                                                MAX(IF(`t79`.`metric` = 'impressions', `t79`.`rank`, NULL)) AS `impressions__provenance`,
                                                MAX(IF(`t79`.`metric` = 'views', `t79`.`rank`, NULL)) AS `views__provenance`,
                                                MAX(IF(`t79`.`metric` = 'likes', `t79`.`rank`, NULL)) AS `likes__provenance`,
                                                MAX(IF(`t79`.`metric` = 'comments', `t79`.`rank`, NULL)) AS `comments__provenance`,
                                                MAX(IF(`t79`.`metric` = 'shares', `t79`.`rank`, NULL)) AS `shares__provenance`,
                                                MAX(IF(`t79`.`metric` = 'saves', `t79`.`rank`, NULL)) AS `saves__provenance`,
                                                MAX(IF(`t79`.`metric` = 'clicks', `t79`.`rank`, NULL)) AS `clicks__provenance`
                                              FROM (
                                                SELECT
                                                  *
                                                FROM (
                                                  SELECT
                                                    `t33`.`id`,
                                                    `t33`.`post_id`,
                                                    `t33`.`captured_at`,
                                                    `t33`.`metric`,
                                                    `t33`.`value`,
                                                    `t33`.`source`,
                                                    `t33`.`provenance`,
                                                    `t33`.`rank`,
                                                    ROW_NUMBER() OVER (
                                                      PARTITION BY `t33`.`post_id`, `t33`.`metric`
                                                      ORDER BY `t33`.`captured_at` DESC, `t33`.`rank` ASC NULLS LAST
                                                    ) - 1 AS `order`
                                                  FROM (
                                                    SELECT
                                                      `t9`.`id`,
                                                      `t9`.`post_id`,
                                                      `t9`.`captured_at`,
                                                      `t9`.`metric`,
                                                      `t9`.`value`,
                                                      `t9`.`source`,
                                                      `t9`.`provenance`,
                                                      CASE `t9`.`provenance`
                                                        WHEN 'measured'
                                                        THEN 0
                                                        WHEN 'self_reported'
                                                        THEN 1
                                                        WHEN 'estimated'
                                                        THEN 2
                                                        ELSE 2
                                                      END AS `rank`
                                                    FROM `metric_snapshot` AS `t9`
                                                    WHERE
                                                      `t9`.`captured_at` <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                                                  ) AS `t33`
                                                ) AS `t66`
                                                WHERE
                                                  `t66`.`order` = 0
                                              ) AS `t79`
                                              GROUP BY
                                                1
                                            ) AS `t92`
                                              ON `t78`.`post_id` = `t92`.`post_id`
                                            LEFT OUTER JOIN (
                                              SELECT
                                                CAST(`t89`.`post_id` AS BIGINT) AS `post_id`,
                                                CAST(`t89`.`followers` AS DOUBLE) AS `followers`,
                                                CASE `t89`.`provenance`
                                                  WHEN 'measured'
                                                  THEN 0
                                                  WHEN 'self_reported'
                                                  THEN 1
                                                  WHEN 'estimated'
                                                  THEN 2
                                                  ELSE 2
                                                END AS `followers__provenance`
                                              FROM (
                                                SELECT
                                                  `t56`.`post_id`,
                                                  `t56`.`account_id`,
                                                  `t56`.`published_at`,
                                                  `t56`.`id`,
                                                  `t56`.`captured_at`,
                                                  `t56`.`followers`,
                                                  `t56`.`source`,
                                                  `t56`.`provenance`,
                                                  ROW_NUMBER() OVER (
                                                    PARTITION BY `t56`.`post_id`
                                                    ORDER BY IF(`t56`.`captured_at` <= `t56`.`published_at`, 0, 1) ASC NULLS LAST, ABS(
                                                      UNIX_TIMESTAMP(CAST(CAST(`t56`.`published_at` AS TIMESTAMP) AS TIMESTAMP)) - UNIX_TIMESTAMP(CAST(CAST(`t56`.`captured_at` AS TIMESTAMP) AS TIMESTAMP))
                                                    ) ASC NULLS LAST
                                                  ) - 1 AS `order`
                                                FROM (
                                                  SELECT
                                                    `t32`.`post_id`,
                                                    `t32`.`account_id`,
                                                    `t32`.`published_at`,
                                                    `t20`.`id`,
                                                    `t20`.`captured_at`,
                                                    `t20`.`followers`,
                                                    `t20`.`source`,
                                                    `t20`.`provenance`
                                                  FROM (
                                                    SELECT
                                                      `t6`.`id` AS `post_id`,
                                                      `t6`.`account_id`,
                                                      `t6`.`published_at`
                                                    FROM `post` AS `t6`
                                                  ) AS `t32`
                                                  INNER JOIN `follower_snapshot` AS `t20`
                                                    ON `t32`.`account_id` = `t20`.`account_id`
                                                ) AS `t56`
                                              ) AS `t89`
                                              WHERE
                                                `t89`.`order` = 0
                                            ) AS `t101`
                                              ON `t78`.`post_id` = `t101`.`post_id`
                                          ) AS `t114`
                                        ) AS `t121`
                                      ) AS `t134`
                                    ) AS `t141`
                                    INNER JOIN (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST(`t0`.`id` AS BIGINT) AS `campaign_id`,
                                          EXPLODE(SPLIT(`t0`.`key_messages`, '\n')) AS `message`
                                        FROM `campaign` AS `t0`
                                      ) AS `t35`
                                      WHERE
                                        LENGTH(`t35`.`message`) > 0
                                    ) AS `t67`
                                      ON `t141`.`campaign_id` = `t67`.`campaign_id`
                                  ) AS `t149`
                                  GROUP BY
                                    1
                                ) AS `t156`
                                  ON `t148`.`post_id` = `t156`.`post_id`
                              ) AS `t157`
                            ) AS `t158`
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                `t151`.`campaign_id`,
                                `t151`.`campaign`,
                                CAST(NULL AS BIGINT) AS `influencer_id`,
                                CAST(NULL AS STRING) AS `influencer`,
                                CAST(NULL AS BIGINT) AS `account_id`,
                                `t151`.`platform`,
                                CAST(NULL AS STRING) AS `format`,
                                CAST(NULL AS BIGINT) AS `post_id`,
                                `t151`.`day`,
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
                                CAST(`t151`.`ugc_post` AS DOUBLE) AS `ugc_post`,
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
                                CAST(NULL AS DOUBLE) AS `key_messages`
                              FROM (
                                SELECT
                                  `t100`.`campaign_id`,
                                  `t100`.`campaign`,
                                  `t100`.`platform`,
                                  `t100`.`day`,
                                  `t100`.`post_id` AS `ugc_post`
                                FROM (
                                  SELECT DISTINCT
                                    *
                                  FROM (
                                    SELECT
                                      `t68`.`campaign_id`,
                                      `t68`.`campaign`,
                                      `t75`.`post_id`,
                                      `t75`.`influencer_id`,
                                      `t75`.`platform`,
                                      `t75`.`day`
                                    FROM (
                                      SELECT
                                        CAST(`t39`.`id` AS BIGINT) AS `post_id`,
                                        CAST(`t14`.`id` AS BIGINT) AS `influencer_id`,
                                        `t14`.`workspace_id`,
                                        `t14`.`is_brand`,
                                        CAST(`t18`.`platform` AS STRING) AS `platform`,
                                        `t39`.`published_on` AS `day`,
                                        `t39`.`hashtags`
                                      FROM (
                                        SELECT
                                          *
                                        FROM `post` AS `t6`
                                        WHERE
                                          `t6`.`campaign_id` IS NULL
                                      ) AS `t39`
                                      INNER JOIN `account` AS `t18`
                                        ON `t39`.`account_id` = `t18`.`id`
                                      INNER JOIN `influencer` AS `t14`
                                        ON `t18`.`influencer_id` = `t14`.`id`
                                    ) AS `t75`
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
                                      ) AS `t36`
                                      WHERE
                                        LENGTH(`t36`.`tag`) > 0
                                    ) AS `t68`
                                      ON `t75`.`workspace_id` = `t68`.`workspace_id`
                                      AND `t75`.`day` >= `t68`.`start`
                                      AND `t75`.`day` <= `t68`.`end`
                                      AND NOT (
                                        `t75`.`is_brand`
                                      )
                                      AND CONTAINS(CONCAT(CONCAT(',', `t75`.`hashtags`), ','), CONCAT(CONCAT(',', `t68`.`tag`), ','))
                                  ) AS `t88`
                                ) AS `t100`
                                LEFT ANTI JOIN (
                                  SELECT DISTINCT
                                    *
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        CAST(`t2`.`campaign_id` AS BIGINT) AS `campaign_id`,
                                        CAST(`t2`.`influencer_id` AS BIGINT) AS `influencer_id`
                                      FROM `roster` AS `t2`
                                    ) AS `t27`
                                    UNION ALL
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        `t134`.`campaign_id`,
                                        `t134`.`influencer_id`
                                      FROM (
                                        SELECT
                                          `t121`.`campaign_id`,
                                          `t121`.`campaign`,
                                          `t121`.`influencer_id`,
                                          `t121`.`influencer`,
                                          `t121`.`account_id`,
                                          `t121`.`platform`,
                                          `t121`.`format`,
                                          `t121`.`post_id`,
                                          `t121`.`day`,
                                          `t121`.`country`,
                                          `t121`.`caption`,
                                          `t121`.`sponsored`,
                                          `t121`.`reach`,
                                          `t121`.`impressions`,
                                          `t121`.`views`,
                                          `t121`.`likes`,
                                          `t121`.`comments`,
                                          `t121`.`shares`,
                                          `t121`.`saves`,
                                          `t121`.`clicks`,
                                          `t121`.`reach__provenance`,
                                          `t121`.`impressions__provenance`,
                                          `t121`.`views__provenance`,
                                          `t121`.`likes__provenance`,
                                          `t121`.`comments__provenance`,
                                          `t121`.`shares__provenance`,
                                          `t121`.`saves__provenance`,
                                          `t121`.`clicks__provenance`,
                                          `t121`.`followers`,
                                          `t121`.`followers__provenance`,
                                          `t121`.`engagements`,
                                          `t121`.`engagements__provenance`,
                                          COALESCE(
                                            COALESCE(`t121`.`impressions`, `t121`.`views`),
                                            `t121`.`reach` * COALESCE(
                                              SUM(
                                                IF(
                                                  `t121`.`impressions` IS NOT NULL
                                                  AND NOT ISNAN(`t121`.`impressions`)
                                                  AND (
                                                    `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                                  ),
                                                  `t121`.`impressions`,
                                                  NULL
                                                )
                                              ) OVER (
                                                PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              ) / NULLIF(
                                                SUM(
                                                  IF(
                                                    `t121`.`impressions` IS NOT NULL
                                                    AND NOT ISNAN(`t121`.`impressions`)
                                                    AND (
                                                      `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                                    ),
                                                    `t121`.`reach`,
                                                    NULL
                                                  )
                                                ) OVER (
                                                  PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ),
                                                0
                                              ),
                                              CAST(1 AS DOUBLE)
                                            )
                                          ) AS `impressions_with_estimates`,
                                          IF(
                                            COALESCE(
                                              COALESCE(`t121`.`impressions`, `t121`.`views`),
                                              `t121`.`reach` * COALESCE(
                                                SUM(
                                                  IF(
                                                    `t121`.`impressions` IS NOT NULL
                                                    AND NOT ISNAN(`t121`.`impressions`)
                                                    AND (
                                                      `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                                    ),
                                                    `t121`.`impressions`,
                                                    NULL
                                                  )
                                                ) OVER (
                                                  PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ) / NULLIF(
                                                  SUM(
                                                    IF(
                                                      `t121`.`impressions` IS NOT NULL
                                                      AND NOT ISNAN(`t121`.`impressions`)
                                                      AND (
                                                        `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                                      ),
                                                      `t121`.`reach`,
                                                      NULL
                                                    )
                                                  ) OVER (
                                                    PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  ),
                                                  0
                                                ),
                                                CAST(1 AS DOUBLE)
                                              )
                                            ) IS NOT NULL
                                            AND NOT ISNAN(
                                              COALESCE(
                                                COALESCE(`t121`.`impressions`, `t121`.`views`),
                                                `t121`.`reach` * COALESCE(
                                                  SUM(
                                                    IF(
                                                      `t121`.`impressions` IS NOT NULL
                                                      AND NOT ISNAN(`t121`.`impressions`)
                                                      AND (
                                                        `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                                      ),
                                                      `t121`.`impressions`,
                                                      NULL
                                                    )
                                                  ) OVER (
                                                    PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  ) / NULLIF(
                                                    SUM(
                                                      IF(
                                                        `t121`.`impressions` IS NOT NULL
                                                        AND NOT ISNAN(`t121`.`impressions`)
                                                        AND (
                                                          `t121`.`reach` IS NOT NULL AND NOT ISNAN(`t121`.`reach`)
                                                        ),
                                                        `t121`.`reach`,
                                                        NULL
                                                      )
                                                    ) OVER (
                                                      PARTITION BY `t121`.`campaign_id`, `t121`.`platform`
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                    ),
                                                    0
                                                  ),
                                                  CAST(1 AS DOUBLE)
                                                )
                                              )
                                            ),
                                            IF(
                                              `t121`.`impressions` IS NOT NULL AND NOT ISNAN(`t121`.`impressions`),
                                              `t121`.`impressions__provenance`,
                                              2
                                            ),
                                            CAST(NULL AS BIGINT)
                                          ) AS `impressions_with_estimates__provenance`,
                                          (
                                            `t121`.`engagements` / NULLIF(`t121`.`reach`, 0)
                                          ) * 100 AS `er_reach_post`,
                                          (
                                            `t121`.`engagements` / NULLIF(`t121`.`followers`, 0)
                                          ) * 100 AS `er_followers_post`,
                                          (
                                            `t121`.`engagements` / NULLIF(`t121`.`impressions`, 0)
                                          ) * 100 AS `er_impressions_post`,
                                          (
                                            `t121`.`engagements` / NULLIF(`t121`.`views`, 0)
                                          ) * 100 AS `er_views_post`,
                                          NULLIF(
                                            GREATEST(
                                              COALESCE(`t121`.`engagements__provenance`, -1),
                                              COALESCE(`t121`.`reach__provenance`, -1)
                                            ),
                                            -1
                                          ) AS `er_reach_post__provenance`,
                                          NULLIF(
                                            GREATEST(
                                              COALESCE(`t121`.`engagements__provenance`, -1),
                                              COALESCE(`t121`.`followers__provenance`, -1)
                                            ),
                                            -1
                                          ) AS `er_followers_post__provenance`,
                                          NULLIF(
                                            GREATEST(
                                              COALESCE(`t121`.`engagements__provenance`, -1),
                                              COALESCE(`t121`.`impressions__provenance`, -1)
                                            ),
                                            -1
                                          ) AS `er_impressions_post__provenance`,
                                          NULLIF(
                                            GREATEST(
                                              COALESCE(`t121`.`engagements__provenance`, -1),
                                              COALESCE(`t121`.`views__provenance`, -1)
                                            ),
                                            -1
                                          ) AS `er_views_post__provenance`,
                                          `t121`.`platform` AS `post_platform`,
                                          `t121`.`influencer_id` AS `publishing_influencer`,
                                          CAST(IF(`t121`.`sponsored`, 1, 0) AS DOUBLE) AS `sponsored_posts`,
                                          CAST(IF(
                                            `t121`.`sponsored`
                                            AND CASE
                                              WHEN UPPER(`t121`.`country`) = 'FR'
                                              THEN CONTAINS(LOWER(`t121`.`caption`), 'publicité')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'publicite')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'collaboration commerciale')
                                              WHEN UPPER(`t121`.`country`) = 'BE'
                                              THEN CONTAINS(LOWER(`t121`.`caption`), 'publicité')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'publicite')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'collaboration commerciale')
                                              OR CONTAINS(LOWER(`t121`.`caption`), '#pub')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'reclame')
                                              OR CONTAINS(LOWER(`t121`.`caption`), '#ad')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'samenwerking')
                                              WHEN UPPER(`t121`.`country`) = 'DE'
                                              THEN CONTAINS(LOWER(`t121`.`caption`), 'werbung')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'anzeige')
                                              WHEN UPPER(`t121`.`country`) = 'ES'
                                              THEN CONTAINS(LOWER(`t121`.`caption`), 'publicidad')
                                              OR CONTAINS(LOWER(`t121`.`caption`), '#publi')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'patrocinado')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'colaboración pagada')
                                              WHEN UPPER(`t121`.`country`) = 'IT'
                                              THEN CONTAINS(LOWER(`t121`.`caption`), 'pubblicità')
                                              OR CONTAINS(LOWER(`t121`.`caption`), '#adv')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'sponsorizzato')
                                              OR CONTAINS(LOWER(`t121`.`caption`), '#sponsored')
                                              WHEN UPPER(`t121`.`country`) = 'GB'
                                              THEN CONTAINS(LOWER(`t121`.`caption`), '#ad')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'advert')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'advertisement')
                                              WHEN UPPER(`t121`.`country`) = 'US'
                                              THEN CONTAINS(LOWER(`t121`.`caption`), '#ad')
                                              OR CONTAINS(LOWER(`t121`.`caption`), '#sponsored')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'advertisement')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'paid partnership')
                                              ELSE CONTAINS(LOWER(`t121`.`caption`), '#ad')
                                              OR CONTAINS(LOWER(`t121`.`caption`), '#sponsored')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'paid partnership')
                                              OR CONTAINS(LOWER(`t121`.`caption`), 'advertisement')
                                            END,
                                            1,
                                            0
                                          ) AS DOUBLE) AS `disclosed_sponsored_posts`
                                        FROM (
                                          SELECT
                                            `t114`.`campaign_id`,
                                            `t114`.`campaign`,
                                            `t114`.`influencer_id`,
                                            `t114`.`influencer`,
                                            `t114`.`account_id`,
                                            `t114`.`platform`,
                                            `t114`.`format`,
                                            `t114`.`post_id`,
                                            `t114`.`day`,
                                            `t114`.`country`,
                                            `t114`.`caption`,
                                            `t114`.`sponsored`,
                                            `t114`.`reach`,
                                            `t114`.`impressions`,
                                            `t114`.`views`,
                                            `t114`.`likes`,
                                            `t114`.`comments`,
                                            `t114`.`shares`,
                                            `t114`.`saves`,
                                            `t114`.`clicks`,
                                            `t114`.`reach__provenance`,
                                            `t114`.`impressions__provenance`,
                                            `t114`.`views__provenance`,
                                            `t114`.`likes__provenance`,
                                            `t114`.`comments__provenance`,
                                            `t114`.`shares__provenance`,
                                            `t114`.`saves__provenance`,
                                            `t114`.`clicks__provenance`,
                                            `t114`.`followers`,
                                            `t114`.`followers__provenance`,
                                            IF(
                                              (
                                                `t114`.`likes` IS NOT NULL AND NOT ISNAN(`t114`.`likes`)
                                              )
                                              OR (
                                                `t114`.`comments` IS NOT NULL AND NOT ISNAN(`t114`.`comments`)
                                              )
                                              OR (
                                                `t114`.`shares` IS NOT NULL AND NOT ISNAN(`t114`.`shares`)
                                              )
                                              OR (
                                                `t114`.`saves` IS NOT NULL AND NOT ISNAN(`t114`.`saves`)
                                              ),
                                              CAST(0 AS DOUBLE) + COALESCE(`t114`.`likes`, 0) + COALESCE(`t114`.`comments`, 0) + COALESCE(`t114`.`shares`, 0) + COALESCE(`t114`.`saves`, 0),
                                              CAST(NULL AS DOUBLE)
                                            ) AS `engagements`,
                                            NULLIF(
                                              GREATEST(
                                                COALESCE(`t114`.`likes__provenance`, -1),
                                                COALESCE(`t114`.`comments__provenance`, -1),
                                                COALESCE(`t114`.`shares__provenance`, -1),
                                                COALESCE(`t114`.`saves__provenance`, -1)
                                              ),
                                              -1
                                            ) AS `engagements__provenance`
                                          FROM (
                                            SELECT
                                              `t78`.`campaign_id`,
                                              `t78`.`campaign`,
                                              `t78`.`influencer_id`,
                                              `t78`.`influencer`,
                                              `t78`.`account_id`,
                                              `t78`.`platform`,
                                              `t78`.`format`,
                                              `t78`.`post_id`,
                                              `t78`.`day`,
                                              `t78`.`country`,
                                              `t78`.`caption`,
                                              `t78`.`sponsored`,
                                              `t92`.`reach`,
                                              `t92`.`impressions`,
                                              `t92`.`views`,
                                              `t92`.`likes`,
                                              `t92`.`comments`,
                                              `t92`.`shares`,
                                              `t92`.`saves`,
                                              `t92`.`clicks`,
                                              `t92`.`reach__provenance`,
                                              `t92`.`impressions__provenance`,
                                              `t92`.`views__provenance`,
                                              `t92`.`likes__provenance`,
                                              `t92`.`comments__provenance`,
                                              `t92`.`shares__provenance`,
                                              `t92`.`saves__provenance`,
                                              `t92`.`clicks__provenance`,
                                              `t101`.`followers`,
                                              `t101`.`followers__provenance`
                                            FROM `t64` AS `t78`
                                            LEFT OUTER JOIN (
                                              SELECT
                                                CAST(`t79`.`post_id` AS BIGINT) AS `post_id`,
                                                CAST(MAX(IF(`t79`.`metric` = 'reach', `t79`.`value`, NULL)) AS DOUBLE) AS `reach`,
                                                CAST(MAX(IF(`t79`.`metric` = 'impressions', `t79`.`value`, NULL)) AS DOUBLE) AS `impressions`,
                                                CAST(MAX(IF(`t79`.`metric` = 'views', `t79`.`value`, NULL)) AS DOUBLE) AS `views`,
                                                CAST(MAX(IF(`t79`.`metric` = 'likes', `t79`.`value`, NULL)) AS DOUBLE) AS `likes`,
                                                CAST(MAX(IF(`t79`.`metric` = 'comments', `t79`.`value`, NULL)) AS DOUBLE) AS `comments`,
                                                CAST(MAX(IF(`t79`.`metric` = 'shares', `t79`.`value`, NULL)) AS DOUBLE) AS `shares`,
                                                CAST(MAX(IF(`t79`.`metric` = 'saves', `t79`.`value`, NULL)) AS DOUBLE) AS `saves`,
                                                CAST(MAX(IF(`t79`.`metric` = 'clicks', `t79`.`value`, NULL)) AS DOUBLE) AS `clicks`,
                                                MAX(IF(`t79`.`metric` = 'reach', `t79`.`rank`, NULL)) AS `reach__provenance`,
                                                MAX(IF(`t79`.`metric` = 'impressions', `t79`.`rank`, NULL)) AS `impressions__provenance`,
                                                MAX(IF(`t79`.`metric` = 'views', `t79`.`rank`, NULL)) AS `views__provenance`,
                                                MAX(IF(`t79`.`metric` = 'likes', `t79`.`rank`, NULL)) AS `likes__provenance`,
                                                MAX(IF(`t79`.`metric` = 'comments', `t79`.`rank`, NULL)) AS `comments__provenance`,
                                                MAX(IF(`t79`.`metric` = 'shares', `t79`.`rank`, NULL)) AS `shares__provenance`,
                                                MAX(IF(`t79`.`metric` = 'saves', `t79`.`rank`, NULL)) AS `saves__provenance`,
                                                MAX(IF(`t79`.`metric` = 'clicks', `t79`.`rank`, NULL)) AS `clicks__provenance`
                                              FROM (
                                                SELECT
                                                  *
                                                FROM (
                                                  SELECT
                                                    `t33`.`id`,
                                                    `t33`.`post_id`,
                                                    `t33`.`captured_at`,
                                                    `t33`.`metric`,
                                                    `t33`.`value`,
                                                    `t33`.`source`,
                                                    `t33`.`provenance`,
                                                    `t33`.`rank`,
                                                    ROW_NUMBER() OVER (
                                                      PARTITION BY `t33`.`post_id`, `t33`.`metric`
                                                      ORDER BY `t33`.`captured_at` DESC, `t33`.`rank` ASC NULLS LAST
                                                    ) - 1 AS `order`
                                                  FROM (
                                                    SELECT
                                                      `t9`.`id`,
                                                      `t9`.`post_id`,
                                                      `t9`.`captured_at`,
                                                      `t9`.`metric`,
                                                      `t9`.`value`,
                                                      `t9`.`source`,
                                                      `t9`.`provenance`,
                                                      CASE `t9`.`provenance`
                                                        WHEN 'measured'
                                                        THEN 0
                                                        WHEN 'self_reported'
                                                        THEN 1
                                                        WHEN 'estimated'
                                                        THEN 2
                                                        ELSE 2
                                                      END AS `rank`
                                                    FROM `metric_snapshot` AS `t9`
                                                    WHERE
                                                      `t9`.`captured_at` <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                                                  ) AS `t33`
                                                ) AS `t66`
                                                WHERE
                                                  `t66`.`order` = 0
                                              ) AS `t79`
                                              GROUP BY
                                                1
                                            ) AS `t92`
                                              ON `t78`.`post_id` = `t92`.`post_id`
                                            LEFT OUTER JOIN (
                                              SELECT
                                                CAST(`t89`.`post_id` AS BIGINT) AS `post_id`,
                                                CAST(`t89`.`followers` AS DOUBLE) AS `followers`,
                                                CASE `t89`.`provenance`
                                                  WHEN 'measured'
                                                  THEN 0
                                                  WHEN 'self_reported'
                                                  THEN 1
                                                  WHEN 'estimated'
                                                  THEN 2
                                                  ELSE 2
                                                END AS `followers__provenance`
                                              FROM (
                                                SELECT
                                                  `t56`.`post_id`,
                                                  `t56`.`account_id`,
                                                  `t56`.`published_at`,
                                                  `t56`.`id`,
                                                  `t56`.`captured_at`,
                                                  `t56`.`followers`,
                                                  `t56`.`source`,
                                                  `t56`.`provenance`,
                                                  ROW_NUMBER() OVER (
                                                    PARTITION BY `t56`.`post_id`
                                                    ORDER BY IF(`t56`.`captured_at` <= `t56`.`published_at`, 0, 1) ASC NULLS LAST, ABS(
                                                      UNIX_TIMESTAMP(CAST(CAST(`t56`.`published_at` AS TIMESTAMP) AS TIMESTAMP)) - UNIX_TIMESTAMP(CAST(CAST(`t56`.`captured_at` AS TIMESTAMP) AS TIMESTAMP))
                                                    ) ASC NULLS LAST
                                                  ) - 1 AS `order`
                                                FROM (
                                                  SELECT
                                                    `t32`.`post_id`,
                                                    `t32`.`account_id`,
                                                    `t32`.`published_at`,
                                                    `t20`.`id`,
                                                    `t20`.`captured_at`,
                                                    `t20`.`followers`,
                                                    `t20`.`source`,
                                                    `t20`.`provenance`
                                                  FROM (
                                                    SELECT
                                                      `t6`.`id` AS `post_id`,
                                                      `t6`.`account_id`,
                                                      `t6`.`published_at`
                                                    FROM `post` AS `t6`
                                                  ) AS `t32`
                                                  INNER JOIN `follower_snapshot` AS `t20`
                                                    ON `t32`.`account_id` = `t20`.`account_id`
                                                ) AS `t56`
                                              ) AS `t89`
                                              WHERE
                                                `t89`.`order` = 0
                                            ) AS `t101`
                                              ON `t78`.`post_id` = `t101`.`post_id`
                                          ) AS `t114`
                                        ) AS `t121`
                                      ) AS `t134`
                                    ) AS `t138`
                                  ) AS `t140`
                                ) AS `t146`
                                  ON `t100`.`campaign_id` = `t146`.`campaign_id`
                                  AND `t100`.`influencer_id` = `t146`.`influencer_id`
                              ) AS `t151`
                            ) AS `t154`
                          ) AS `t159`
                          UNION ALL
                          SELECT
                            *
                          FROM (
                            SELECT
                              `t96`.`campaign_id`,
                              `t96`.`campaign`,
                              `t96`.`influencer_id`,
                              `t96`.`influencer`,
                              CAST(NULL AS BIGINT) AS `account_id`,
                              CAST(NULL AS STRING) AS `platform`,
                              CAST(NULL AS STRING) AS `format`,
                              CAST(NULL AS BIGINT) AS `post_id`,
                              `t96`.`day`,
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
                              `t96`.`cost`,
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
                              CAST(NULL AS DOUBLE) AS `key_messages`
                            FROM (
                              SELECT
                                `t62`.`campaign_id`,
                                `t62`.`campaign`,
                                `t62`.`influencer_id`,
                                CAST(`t14`.`name` AS STRING) AS `influencer`,
                                `t62`.`incurred_on` AS `day`,
                                `t62`.`amount` AS `cost`
                              FROM `t44` AS `t62`
                              LEFT ANTI JOIN (
                                SELECT
                                  `t71`.`campaign_id`,
                                  `t71`.`campaign`,
                                  `t71`.`influencer_id`,
                                  `t71`.`influencer`,
                                  `t71`.`account_id`,
                                  `t71`.`platform`,
                                  `t71`.`format`,
                                  `t71`.`post_id`,
                                  `t71`.`day`,
                                  `t71`.`country`,
                                  `t71`.`caption`,
                                  `t71`.`sponsored`,
                                  COUNT(`t71`.`post_id`) OVER (
                                    PARTITION BY `t71`.`campaign_id`, `t71`.`influencer_id`
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  ) AS `n_posts`
                                FROM `t64` AS `t71`
                              ) AS `t84`
                                ON `t62`.`campaign_id` = `t84`.`campaign_id`
                                AND `t62`.`influencer_id` = `t84`.`influencer_id`
                              LEFT OUTER JOIN `influencer` AS `t14`
                                ON `t62`.`influencer_id` = `t14`.`id`
                            ) AS `t96`
                          ) AS `t104`
                        ) AS `t161`
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            `t49`.`campaign_id`,
                            `t49`.`campaign`,
                            CAST(NULL AS BIGINT) AS `influencer_id`,
                            CAST(NULL AS STRING) AS `influencer`,
                            CAST(NULL AS BIGINT) AS `account_id`,
                            `t49`.`platform`,
                            CAST(NULL AS STRING) AS `format`,
                            CAST(NULL AS BIGINT) AS `post_id`,
                            `t49`.`day`,
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
                            `t49`.`mentions`,
                            `t49`.`brand_mentions`,
                            `t49`.`mention_engagements`,
                            `t49`.`brand_mention_engagements`,
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
                            CAST(NULL AS DOUBLE) AS `key_messages`
                          FROM (
                            SELECT
                              CAST(`t10`.`id` AS BIGINT) AS `campaign_id`,
                              CAST(`t10`.`name` AS STRING) AS `campaign`,
                              CAST(`t16`.`platform` AS STRING) AS `platform`,
                              `t16`.`mentioned_on` AS `day`,
                              CAST(1 AS DOUBLE) AS `mentions`,
                              CAST(IF(`t16`.`own`, 1, 0) AS DOUBLE) AS `brand_mentions`,
                              `t16`.`engagements` AS `mention_engagements`,
                              CAST(IF(`t16`.`own`, 1, 0) AS DOUBLE) * `t16`.`engagements` AS `brand_mention_engagements`
                            FROM `mention` AS `t16`
                            INNER JOIN `campaign` AS `t10`
                              ON `t16`.`workspace_id` = `t10`.`workspace_id`
                              AND `t16`.`mentioned_on` >= `t10`.`start_date`
                              AND `t16`.`mentioned_on` <= `t10`.`end_date`
                          ) AS `t49`
                        ) AS `t61`
                      ) AS `t162`
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          `t153`.`campaign_id`,
                          `t153`.`campaign`,
                          `t153`.`influencer_id`,
                          `t153`.`influencer`,
                          `t153`.`account_id`,
                          `t153`.`platform`,
                          CAST(NULL AS STRING) AS `format`,
                          CAST(NULL AS BIGINT) AS `post_id`,
                          `t153`.`day`,
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
                          IF(`t153`.`is_brand` = FALSE, `t153`.`start_followers`, CAST(NULL AS DOUBLE)) AS `followers_start`,
                          IF(
                            `t153`.`is_brand` = FALSE,
                            IF(
                              `t153`.`end_seen_at` > `t153`.`start_seen_at`,
                              `t153`.`end_followers` - `t153`.`start_followers`,
                              CAST(NULL AS DOUBLE)
                            ),
                            CAST(NULL AS DOUBLE)
                          ) AS `followers_gained`,
                          IF(
                            `t153`.`is_brand` = FALSE,
                            IF(
                              `t153`.`end_seen_at` > `t153`.`start_seen_at`,
                              (
                                (
                                  `t153`.`start_followers` - `t153`.`before_followers`
                                ) / NULLIF(CAST(`t153`.`start_seen_at` - `t153`.`before_seen_at` AS DOUBLE), 0)
                              ) * (
                                `t153`.`end_seen_at` - `t153`.`start_seen_at`
                              ),
                              CAST(NULL AS DOUBLE)
                            ),
                            CAST(NULL AS DOUBLE)
                          ) AS `followers_expected_gain`,
                          CAST(IF(`t153`.`is_brand` = FALSE, `t153`.`start_rank`, CAST(NULL AS TINYINT)) AS BIGINT) AS `followers_start__provenance`,
                          IF(
                            `t153`.`is_brand` = FALSE,
                            IF(
                              `t153`.`end_seen_at` > `t153`.`start_seen_at`,
                              NULLIF(GREATEST(COALESCE(`t153`.`start_rank`, -1), COALESCE(`t153`.`end_rank`, -1)), -1),
                              CAST(NULL AS BIGINT)
                            ),
                            CAST(NULL AS BIGINT)
                          ) AS `followers_gained__provenance`,
                          IF(
                            `t153`.`is_brand` = FALSE,
                            IF(
                              IF(
                                `t153`.`end_seen_at` > `t153`.`start_seen_at`,
                                (
                                  (
                                    `t153`.`start_followers` - `t153`.`before_followers`
                                  ) / NULLIF(CAST(`t153`.`start_seen_at` - `t153`.`before_seen_at` AS DOUBLE), 0)
                                ) * (
                                  `t153`.`end_seen_at` - `t153`.`start_seen_at`
                                ),
                                CAST(NULL AS DOUBLE)
                              ) IS NOT NULL
                              AND NOT ISNAN(
                                IF(
                                  `t153`.`end_seen_at` > `t153`.`start_seen_at`,
                                  (
                                    (
                                      `t153`.`start_followers` - `t153`.`before_followers`
                                    ) / NULLIF(CAST(`t153`.`start_seen_at` - `t153`.`before_seen_at` AS DOUBLE), 0)
                                  ) * (
                                    `t153`.`end_seen_at` - `t153`.`start_seen_at`
                                  ),
                                  CAST(NULL AS DOUBLE)
                                )
                              ),
                              NULLIF(
                                GREATEST(
                                  COALESCE(
                                    IF(
                                      `t153`.`end_seen_at` > `t153`.`start_seen_at`,
                                      NULLIF(GREATEST(COALESCE(`t153`.`start_rank`, -1), COALESCE(`t153`.`end_rank`, -1)), -1),
                                      CAST(NULL AS BIGINT)
                                    ),
                                    -1
                                  ),
                                  COALESCE(`t153`.`before_rank`, -1)
                                ),
                                -1
                              ),
                              CAST(NULL AS BIGINT)
                            ),
                            CAST(NULL AS BIGINT)
                          ) AS `followers_expected_gain__provenance`,
                          IF(`t153`.`is_brand` = TRUE, `t153`.`start_followers`, CAST(NULL AS DOUBLE)) AS `brand_followers_start`,
                          IF(
                            `t153`.`is_brand` = TRUE,
                            IF(
                              `t153`.`end_seen_at` > `t153`.`start_seen_at`,
                              `t153`.`end_followers` - `t153`.`start_followers`,
                              CAST(NULL AS DOUBLE)
                            ),
                            CAST(NULL AS DOUBLE)
                          ) AS `brand_followers_gained`,
                          IF(
                            `t153`.`is_brand` = TRUE,
                            IF(
                              `t153`.`end_seen_at` > `t153`.`start_seen_at`,
                              (
                                (
                                  `t153`.`start_followers` - `t153`.`before_followers`
                                ) / NULLIF(CAST(`t153`.`start_seen_at` - `t153`.`before_seen_at` AS DOUBLE), 0)
                              ) * (
                                `t153`.`end_seen_at` - `t153`.`start_seen_at`
                              ),
                              CAST(NULL AS DOUBLE)
                            ),
                            CAST(NULL AS DOUBLE)
                          ) AS `brand_followers_expected_gain`,
                          CAST(IF(`t153`.`is_brand` = TRUE, `t153`.`start_rank`, CAST(NULL AS TINYINT)) AS BIGINT) AS `brand_followers_start__provenance`,
                          IF(
                            `t153`.`is_brand` = TRUE,
                            IF(
                              `t153`.`end_seen_at` > `t153`.`start_seen_at`,
                              NULLIF(GREATEST(COALESCE(`t153`.`start_rank`, -1), COALESCE(`t153`.`end_rank`, -1)), -1),
                              CAST(NULL AS BIGINT)
                            ),
                            CAST(NULL AS BIGINT)
                          ) AS `brand_followers_gained__provenance`,
                          IF(
                            `t153`.`is_brand` = TRUE,
                            IF(
                              IF(
                                `t153`.`end_seen_at` > `t153`.`start_seen_at`,
                                (
                                  (
                                    `t153`.`start_followers` - `t153`.`before_followers`
                                  ) / NULLIF(CAST(`t153`.`start_seen_at` - `t153`.`before_seen_at` AS DOUBLE), 0)
                                ) * (
                                  `t153`.`end_seen_at` - `t153`.`start_seen_at`
                                ),
                                CAST(NULL AS DOUBLE)
                              ) IS NOT NULL
                              AND NOT ISNAN(
                                IF(
                                  `t153`.`end_seen_at` > `t153`.`start_seen_at`,
                                  (
                                    (
                                      `t153`.`start_followers` - `t153`.`before_followers`
                                    ) / NULLIF(CAST(`t153`.`start_seen_at` - `t153`.`before_seen_at` AS DOUBLE), 0)
                                  ) * (
                                    `t153`.`end_seen_at` - `t153`.`start_seen_at`
                                  ),
                                  CAST(NULL AS DOUBLE)
                                )
                              ),
                              NULLIF(
                                GREATEST(
                                  COALESCE(
                                    IF(
                                      `t153`.`end_seen_at` > `t153`.`start_seen_at`,
                                      NULLIF(GREATEST(COALESCE(`t153`.`start_rank`, -1), COALESCE(`t153`.`end_rank`, -1)), -1),
                                      CAST(NULL AS BIGINT)
                                    ),
                                    -1
                                  ),
                                  COALESCE(`t153`.`before_rank`, -1)
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
                          CAST(NULL AS DOUBLE) AS `key_messages`
                        FROM (
                          SELECT
                            `t150`.`campaign_id`,
                            `t150`.`campaign`,
                            `t150`.`influencer_id`,
                            `t150`.`influencer`,
                            `t150`.`account_id`,
                            `t150`.`platform`,
                            `t150`.`is_brand`,
                            `t150`.`day`,
                            `t150`.`start_at`,
                            `t150`.`end_at`,
                            `t150`.`start_followers`,
                            `t150`.`start_seen_at`,
                            `t150`.`start_rank`,
                            `t150`.`end_followers`,
                            `t150`.`end_seen_at`,
                            `t150`.`end_rank`,
                            `t129`.`before_followers`,
                            `t129`.`before_seen_at`,
                            `t129`.`before_rank`
                          FROM (
                            SELECT
                              `t137`.`campaign_id`,
                              `t137`.`campaign`,
                              `t137`.`influencer_id`,
                              `t137`.`influencer`,
                              `t137`.`account_id`,
                              `t137`.`platform`,
                              `t137`.`is_brand`,
                              `t137`.`day`,
                              `t137`.`start_at`,
                              `t137`.`end_at`,
                              `t137`.`start_followers`,
                              `t137`.`start_seen_at`,
                              `t137`.`start_rank`,
                              `t128`.`end_followers`,
                              `t128`.`end_seen_at`,
                              `t128`.`end_rank`
                            FROM (
                              SELECT
                                `t111`.`campaign_id`,
                                `t111`.`campaign`,
                                `t111`.`influencer_id`,
                                `t111`.`influencer`,
                                `t111`.`account_id`,
                                `t111`.`platform`,
                                `t111`.`is_brand`,
                                `t111`.`day`,
                                `t111`.`start_at`,
                                `t111`.`end_at`,
                                `t131`.`start_followers`,
                                `t131`.`start_seen_at`,
                                `t131`.`start_rank`
                              FROM (
                                SELECT
                                  `t91`.`campaign_id`,
                                  CAST(`t10`.`name` AS STRING) AS `campaign`,
                                  CAST(`t15`.`id` AS BIGINT) AS `influencer_id`,
                                  CAST(`t15`.`name` AS STRING) AS `influencer`,
                                  `t91`.`account_id`,
                                  CAST(`t19`.`platform` AS STRING) AS `platform`,
                                  `t91`.`is_brand`,
                                  `t10`.`end_date` AS `day`,
                                  UNIX_TIMESTAMP(CAST(CAST(`t10`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start_at`,
                                  UNIX_TIMESTAMP(CAST(CAST(`t10`.`end_date` AS TIMESTAMP) AS TIMESTAMP)) + 86400 AS `end_at`
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      `t80`.`campaign_id`,
                                      `t80`.`account_id`,
                                      FALSE AS `is_brand`
                                    FROM (
                                      SELECT DISTINCT
                                        `t74`.`campaign_id`,
                                        `t74`.`account_id`
                                      FROM `t64` AS `t74`
                                    ) AS `t80`
                                  ) AS `t83`
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      CAST(`t12`.`id` AS BIGINT) AS `campaign_id`,
                                      CAST(`t19`.`id` AS BIGINT) AS `account_id`,
                                      TRUE AS `is_brand`
                                    FROM `campaign` AS `t12`
                                    INNER JOIN (
                                      SELECT
                                        *
                                      FROM `influencer` AS `t3`
                                      WHERE
                                        `t3`.`is_brand`
                                    ) AS `t29`
                                      ON `t29`.`workspace_id` = `t12`.`workspace_id`
                                    INNER JOIN `account` AS `t19`
                                      ON `t19`.`influencer_id` = `t29`.`id`
                                  ) AS `t53`
                                ) AS `t91`
                                INNER JOIN `campaign` AS `t10`
                                  ON `t91`.`campaign_id` = `t10`.`id`
                                INNER JOIN `account` AS `t19`
                                  ON `t91`.`account_id` = `t19`.`id`
                                INNER JOIN `influencer` AS `t15`
                                  ON `t19`.`influencer_id` = `t15`.`id`
                              ) AS `t111`
                              INNER JOIN (
                                SELECT
                                  `t125`.`campaign_id`,
                                  `t125`.`account_id`,
                                  CAST(`t125`.`followers` AS DOUBLE) AS `start_followers`,
                                  `t125`.`at` AS `start_seen_at`,
                                  `t125`.`rank` AS `start_rank`
                                FROM (
                                  SELECT
                                    `t120`.`campaign_id`,
                                    `t120`.`campaign`,
                                    `t120`.`influencer_id`,
                                    `t120`.`influencer`,
                                    `t120`.`account_id`,
                                    `t120`.`platform`,
                                    `t120`.`is_brand`,
                                    `t120`.`day`,
                                    `t120`.`start_at`,
                                    `t120`.`end_at`,
                                    `t120`.`followers`,
                                    `t120`.`at`,
                                    `t120`.`rank`,
                                    ROW_NUMBER() OVER (
                                      PARTITION BY `t120`.`campaign_id`, `t120`.`account_id`
                                      ORDER BY IF(`t120`.`at` <= `t120`.`start_at`, 0, 1) ASC NULLS LAST, ABS(`t120`.`at` - `t120`.`start_at`) ASC NULLS LAST
                                    ) - 1 AS `order`
                                  FROM `t119` AS `t120`
                                ) AS `t125`
                                WHERE
                                  `t125`.`order` = 0
                              ) AS `t131`
                                ON `t111`.`campaign_id` = `t131`.`campaign_id`
                                AND `t111`.`account_id` = `t131`.`account_id`
                            ) AS `t137`
                            LEFT OUTER JOIN (
                              SELECT
                                `t123`.`campaign_id`,
                                `t123`.`account_id`,
                                CAST(`t123`.`followers` AS DOUBLE) AS `end_followers`,
                                `t123`.`at` AS `end_seen_at`,
                                `t123`.`rank` AS `end_rank`
                              FROM (
                                SELECT
                                  `t120`.`campaign_id`,
                                  `t120`.`campaign`,
                                  `t120`.`influencer_id`,
                                  `t120`.`influencer`,
                                  `t120`.`account_id`,
                                  `t120`.`platform`,
                                  `t120`.`is_brand`,
                                  `t120`.`day`,
                                  `t120`.`start_at`,
                                  `t120`.`end_at`,
                                  `t120`.`followers`,
                                  `t120`.`at`,
                                  `t120`.`rank`,
                                  ROW_NUMBER() OVER (PARTITION BY `t120`.`campaign_id`, `t120`.`account_id` ORDER BY `t120`.`at` DESC) - 1 AS `order`
                                FROM `t119` AS `t120`
                              ) AS `t123`
                              WHERE
                                `t123`.`order` = 0
                            ) AS `t128`
                              ON `t137`.`campaign_id` = `t128`.`campaign_id`
                              AND `t137`.`account_id` = `t128`.`account_id`
                          ) AS `t150`
                          LEFT OUTER JOIN (
                            SELECT
                              `t124`.`campaign_id`,
                              `t124`.`account_id`,
                              CAST(`t124`.`followers` AS DOUBLE) AS `before_followers`,
                              `t124`.`at` AS `before_seen_at`,
                              `t124`.`rank` AS `before_rank`
                            FROM (
                              SELECT
                                `t122`.`campaign_id`,
                                `t122`.`campaign`,
                                `t122`.`influencer_id`,
                                `t122`.`influencer`,
                                `t122`.`account_id`,
                                `t122`.`platform`,
                                `t122`.`is_brand`,
                                `t122`.`day`,
                                `t122`.`start_at`,
                                `t122`.`end_at`,
                                `t122`.`followers`,
                                `t122`.`at`,
                                `t122`.`rank`,
                                ROW_NUMBER() OVER (PARTITION BY `t122`.`campaign_id`, `t122`.`account_id` ORDER BY `t122`.`at` DESC) - 1 AS `order`
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    `t111`.`campaign_id`,
                                    `t111`.`campaign`,
                                    `t111`.`influencer_id`,
                                    `t111`.`influencer`,
                                    `t111`.`account_id`,
                                    `t111`.`platform`,
                                    `t111`.`is_brand`,
                                    `t111`.`day`,
                                    `t111`.`start_at`,
                                    `t111`.`end_at`,
                                    `t45`.`followers`,
                                    `t45`.`at`,
                                    `t45`.`rank`
                                  FROM (
                                    SELECT
                                      `t91`.`campaign_id`,
                                      CAST(`t10`.`name` AS STRING) AS `campaign`,
                                      CAST(`t15`.`id` AS BIGINT) AS `influencer_id`,
                                      CAST(`t15`.`name` AS STRING) AS `influencer`,
                                      `t91`.`account_id`,
                                      CAST(`t19`.`platform` AS STRING) AS `platform`,
                                      `t91`.`is_brand`,
                                      `t10`.`end_date` AS `day`,
                                      UNIX_TIMESTAMP(CAST(CAST(`t10`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start_at`,
                                      UNIX_TIMESTAMP(CAST(CAST(`t10`.`end_date` AS TIMESTAMP) AS TIMESTAMP)) + 86400 AS `end_at`
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          `t80`.`campaign_id`,
                                          `t80`.`account_id`,
                                          FALSE AS `is_brand`
                                        FROM (
                                          SELECT DISTINCT
                                            `t74`.`campaign_id`,
                                            `t74`.`account_id`
                                          FROM `t64` AS `t74`
                                        ) AS `t80`
                                      ) AS `t83`
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST(`t12`.`id` AS BIGINT) AS `campaign_id`,
                                          CAST(`t19`.`id` AS BIGINT) AS `account_id`,
                                          TRUE AS `is_brand`
                                        FROM `campaign` AS `t12`
                                        INNER JOIN (
                                          SELECT
                                            *
                                          FROM `influencer` AS `t3`
                                          WHERE
                                            `t3`.`is_brand`
                                        ) AS `t29`
                                          ON `t29`.`workspace_id` = `t12`.`workspace_id`
                                        INNER JOIN `account` AS `t19`
                                          ON `t19`.`influencer_id` = `t29`.`id`
                                      ) AS `t53`
                                    ) AS `t91`
                                    INNER JOIN `campaign` AS `t10`
                                      ON `t91`.`campaign_id` = `t10`.`id`
                                    INNER JOIN `account` AS `t19`
                                      ON `t91`.`account_id` = `t19`.`id`
                                    INNER JOIN `influencer` AS `t15`
                                      ON `t19`.`influencer_id` = `t15`.`id`
                                  ) AS `t111`
                                  INNER JOIN (
                                    SELECT
                                      CAST(`t8`.`account_id` AS BIGINT) AS `account_id`,
                                      `t8`.`followers`,
                                      UNIX_TIMESTAMP(CAST(CAST(`t8`.`captured_at` AS TIMESTAMP) AS TIMESTAMP)) AS `at`,
                                      CASE `t8`.`provenance`
                                        WHEN 'measured'
                                        THEN 0
                                        WHEN 'self_reported'
                                        THEN 1
                                        WHEN 'estimated'
                                        THEN 2
                                        ELSE 2
                                      END AS `rank`
                                    FROM `follower_snapshot` AS `t8`
                                  ) AS `t45`
                                    ON `t111`.`account_id` = `t45`.`account_id`
                                ) AS `t118`
                                WHERE
                                  `t118`.`at` <= (
                                    `t118`.`start_at` - (
                                      `t118`.`end_at` - `t118`.`start_at`
                                    )
                                  )
                              ) AS `t122`
                            ) AS `t124`
                            WHERE
                              `t124`.`order` = 0
                          ) AS `t129`
                            ON `t150`.`campaign_id` = `t129`.`campaign_id`
                            AND `t150`.`account_id` = `t129`.`account_id`
                        ) AS `t153`
                      ) AS `t160`
                    ) AS `t163`
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        `t48`.`campaign_id`,
                        `t48`.`campaign`,
                        `t48`.`influencer_id`,
                        `t48`.`influencer`,
                        CAST(NULL AS BIGINT) AS `account_id`,
                        CAST(NULL AS STRING) AS `platform`,
                        CAST(NULL AS STRING) AS `format`,
                        CAST(NULL AS BIGINT) AS `post_id`,
                        `t48`.`day`,
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
                        `t48`.`influencers_contacted`,
                        `t48`.`influencers_interested`,
                        `t48`.`posts_contracted`,
                        `t48`.`products_sent`,
                        CAST(NULL AS DOUBLE) AS `key_messages`
                      FROM (
                        SELECT
                          CAST(`t13`.`campaign_id` AS BIGINT) AS `campaign_id`,
                          CAST(`t10`.`name` AS STRING) AS `campaign`,
                          CAST(`t13`.`influencer_id` AS BIGINT) AS `influencer_id`,
                          CAST(`t14`.`name` AS STRING) AS `influencer`,
                          `t10`.`start_date` AS `day`,
                          CAST(1 AS DOUBLE) AS `influencers_contacted`,
                          CAST(IF(`t13`.`status` IN ('interested', 'activated'), 1, 0) AS DOUBLE) AS `influencers_interested`,
                          CAST(`t13`.`posts_contracted` AS DOUBLE) AS `posts_contracted`,
                          CAST(`t13`.`products_sent` AS DOUBLE) AS `products_sent`
                        FROM `roster` AS `t13`
                        INNER JOIN `campaign` AS `t10`
                          ON `t13`.`campaign_id` = `t10`.`id`
                        INNER JOIN `influencer` AS `t14`
                          ON `t13`.`influencer_id` = `t14`.`id`
                      ) AS `t48`
                    ) AS `t60`
                  ) AS `t164`
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
                      CAST(IF(
                        LENGTH(`t0`.`key_messages`) > 0,
                        (
                          LENGTH(`t0`.`key_messages`) - LENGTH(REPLACE(`t0`.`key_messages`, '\n', ''))
                        ) + 1,
                        0
                      ) AS DOUBLE) AS `key_messages`
                    FROM `campaign` AS `t0`
                  ) AS `t57`
                ) AS `t167`
                LEFT OUTER JOIN (
                  SELECT
                    `t107`.`campaign_id`,
                    `t107`.`rate` AS `emv_rate`
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
                    ) AS `t24`
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        `t94`.`campaign_id`,
                        `t94`.`rate`
                      FROM (
                        SELECT
                          `t77`.`campaign_id`,
                          `t77`.`start`,
                          `t77`.`rate`,
                          `t77`.`valid`,
                          ROW_NUMBER() OVER (
                            PARTITION BY `t77`.`campaign_id`
                            ORDER BY IF(`t77`.`valid` <= `t77`.`start`, 0, 1) ASC NULLS LAST, ABS(`t77`.`valid` - `t77`.`start`) ASC NULLS LAST
                          ) - 1 AS `order`
                        FROM (
                          SELECT
                            `t41`.`campaign_id`,
                            `t41`.`start`,
                            `t52`.`rate`,
                            UNIX_TIMESTAMP(CAST(CAST(`t52`.`valid_on` AS TIMESTAMP) AS TIMESTAMP)) AS `valid`
                          FROM (
                            SELECT
                              CAST(`t0`.`id` AS BIGINT) AS `campaign_id`,
                              `t0`.`currency`,
                              UNIX_TIMESTAMP(CAST(CAST(`t0`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start`
                            FROM `campaign` AS `t0`
                          ) AS `t41`
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
                            ) AS `t26`
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
                            ) AS `t43`
                          ) AS `t52`
                            ON `t41`.`currency` = `t52`.`quote`
                        ) AS `t77`
                      ) AS `t94`
                      WHERE
                        `t94`.`order` = 0
                    ) AS `t103`
                  ) AS `t107`
                ) AS `t116`
                  ON `t167`.`campaign_id` = `t116`.`campaign_id`
              ) AS `t169`
            ) AS `t172`
            LEFT OUTER JOIN (
              SELECT
                `t106`.`campaign_id`,
                `t106`.`rate` AS `paid_rate`
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
                ) AS `t23`
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    `t93`.`campaign_id`,
                    `t93`.`rate`
                  FROM (
                    SELECT
                      `t76`.`campaign_id`,
                      `t76`.`start`,
                      `t76`.`rate`,
                      `t76`.`valid`,
                      ROW_NUMBER() OVER (
                        PARTITION BY `t76`.`campaign_id`
                        ORDER BY IF(`t76`.`valid` <= `t76`.`start`, 0, 1) ASC NULLS LAST, ABS(`t76`.`valid` - `t76`.`start`) ASC NULLS LAST
                      ) - 1 AS `order`
                    FROM (
                      SELECT
                        `t41`.`campaign_id`,
                        `t41`.`start`,
                        `t51`.`rate`,
                        UNIX_TIMESTAMP(CAST(CAST(`t51`.`valid_on` AS TIMESTAMP) AS TIMESTAMP)) AS `valid`
                      FROM (
                        SELECT
                          CAST(`t0`.`id` AS BIGINT) AS `campaign_id`,
                          `t0`.`currency`,
                          UNIX_TIMESTAMP(CAST(CAST(`t0`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start`
                        FROM `campaign` AS `t0`
                      ) AS `t41`
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
                        ) AS `t25`
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
                        ) AS `t42`
                      ) AS `t51`
                        ON `t41`.`currency` = `t51`.`quote`
                    ) AS `t76`
                  ) AS `t93`
                  WHERE
                    `t93`.`order` = 0
                ) AS `t102`
              ) AS `t106`
            ) AS `t115`
              ON `t172`.`campaign_id` = `t115`.`campaign_id`
          ) AS `t174`
          WHERE
            `t174`.`campaign_id` IN (1)
            AND (
              (
                `t174`.`brand_followers_expected_gain` IS NOT NULL
                AND NOT ISNAN(`t174`.`brand_followers_expected_gain`)
              )
              OR (
                `t174`.`brand_followers_gained` IS NOT NULL
                AND NOT ISNAN(`t174`.`brand_followers_gained`)
              )
              OR (
                `t174`.`brand_followers_start` IS NOT NULL
                AND NOT ISNAN(`t174`.`brand_followers_start`)
              )
              OR (
                `t174`.`brand_mention_engagements` IS NOT NULL
                AND NOT ISNAN(`t174`.`brand_mention_engagements`)
              )
              OR (
                `t174`.`brand_mentions` IS NOT NULL AND NOT ISNAN(`t174`.`brand_mentions`)
              )
              OR (
                `t174`.`clicks` IS NOT NULL AND NOT ISNAN(`t174`.`clicks`)
              )
              OR (
                `t174`.`comments` IS NOT NULL AND NOT ISNAN(`t174`.`comments`)
              )
              OR (
                `t174`.`cost` IS NOT NULL AND NOT ISNAN(`t174`.`cost`)
              )
              OR (
                `t174`.`disclosed_sponsored_posts` IS NOT NULL
                AND NOT ISNAN(`t174`.`disclosed_sponsored_posts`)
              )
              OR (
                `t174`.`emv` IS NOT NULL AND NOT ISNAN(`t174`.`emv`)
              )
              OR (
                `t174`.`engagements` IS NOT NULL AND NOT ISNAN(`t174`.`engagements`)
              )
              OR (
                `t174`.`er_followers_post` IS NOT NULL AND NOT ISNAN(`t174`.`er_followers_post`)
              )
              OR (
                `t174`.`er_impressions_post` IS NOT NULL
                AND NOT ISNAN(`t174`.`er_impressions_post`)
              )
              OR (
                `t174`.`er_reach_post` IS NOT NULL AND NOT ISNAN(`t174`.`er_reach_post`)
              )
              OR (
                `t174`.`er_views_post` IS NOT NULL AND NOT ISNAN(`t174`.`er_views_post`)
              )
              OR (
                `t174`.`followers` IS NOT NULL AND NOT ISNAN(`t174`.`followers`)
              )
              OR (
                `t174`.`followers_expected_gain` IS NOT NULL
                AND NOT ISNAN(`t174`.`followers_expected_gain`)
              )
              OR (
                `t174`.`followers_gained` IS NOT NULL AND NOT ISNAN(`t174`.`followers_gained`)
              )
              OR (
                `t174`.`followers_start` IS NOT NULL AND NOT ISNAN(`t174`.`followers_start`)
              )
              OR (
                `t174`.`impressions` IS NOT NULL AND NOT ISNAN(`t174`.`impressions`)
              )
              OR (
                `t174`.`impressions_with_estimates` IS NOT NULL
                AND NOT ISNAN(`t174`.`impressions_with_estimates`)
              )
              OR (
                `t174`.`influencers_contacted` IS NOT NULL
                AND NOT ISNAN(`t174`.`influencers_contacted`)
              )
              OR (
                `t174`.`influencers_interested` IS NOT NULL
                AND NOT ISNAN(`t174`.`influencers_interested`)
              )
              OR (
                `t174`.`key_message_posts` IS NOT NULL AND NOT ISNAN(`t174`.`key_message_posts`)
              )
              OR (
                `t174`.`key_messages` IS NOT NULL AND NOT ISNAN(`t174`.`key_messages`)
              )
              OR (
                `t174`.`likes` IS NOT NULL AND NOT ISNAN(`t174`.`likes`)
              )
              OR (
                `t174`.`mention_engagements` IS NOT NULL
                AND NOT ISNAN(`t174`.`mention_engagements`)
              )
              OR (
                `t174`.`mentions` IS NOT NULL AND NOT ISNAN(`t174`.`mentions`)
              )
              OR (
                (
                  `t174`.`cost` / (
                    CASE
                      WHEN `t174`.`platform` = 'tiktok'
                      THEN CAST(NULL AS DOUBLE)
                      WHEN `t174`.`platform` = 'youtube'
                      THEN CAST(NULL AS DOUBLE)
                      ELSE 1.88
                    END * `t174`.`paid_rate`
                  )
                ) IS NOT NULL
                AND NOT ISNAN(
                  `t174`.`cost` / (
                    CASE
                      WHEN `t174`.`platform` = 'tiktok'
                      THEN CAST(NULL AS DOUBLE)
                      WHEN `t174`.`platform` = 'youtube'
                      THEN CAST(NULL AS DOUBLE)
                      ELSE 1.88
                    END * `t174`.`paid_rate`
                  )
                )
              )
              OR (
                (
                  (
                    `t174`.`cost` / (
                      CASE
                        WHEN `t174`.`platform` = 'tiktok'
                        THEN 7.5
                        WHEN `t174`.`platform` = 'youtube'
                        THEN 3.53
                        ELSE 19.8
                      END * `t174`.`paid_rate`
                    )
                  ) * 1000
                ) IS NOT NULL
                AND NOT ISNAN(
                  (
                    `t174`.`cost` / (
                      CASE
                        WHEN `t174`.`platform` = 'tiktok'
                        THEN 7.5
                        WHEN `t174`.`platform` = 'youtube'
                        THEN 3.53
                        ELSE 19.8
                      END * `t174`.`paid_rate`
                    )
                  ) * 1000
                )
              )
              OR (
                (
                  `t174`.`cost` / (
                    CASE WHEN `t174`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t174`.`paid_rate`
                  )
                ) IS NOT NULL
                AND NOT ISNAN(
                  `t174`.`cost` / (
                    CASE WHEN `t174`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t174`.`paid_rate`
                  )
                )
              )
              OR (
                `t174`.`post_id` IS NOT NULL
              )
              OR (
                `t174`.`post_platform` IS NOT NULL
              )
              OR (
                `t174`.`posts_contracted` IS NOT NULL AND NOT ISNAN(`t174`.`posts_contracted`)
              )
              OR (
                `t174`.`products_sent` IS NOT NULL AND NOT ISNAN(`t174`.`products_sent`)
              )
              OR (
                `t174`.`publishing_influencer` IS NOT NULL
                AND NOT ISNAN(`t174`.`publishing_influencer`)
              )
              OR (
                `t174`.`reach` IS NOT NULL AND NOT ISNAN(`t174`.`reach`)
              )
              OR (
                `t174`.`saves` IS NOT NULL AND NOT ISNAN(`t174`.`saves`)
              )
              OR (
                `t174`.`shares` IS NOT NULL AND NOT ISNAN(`t174`.`shares`)
              )
              OR (
                `t174`.`sponsored_posts` IS NOT NULL AND NOT ISNAN(`t174`.`sponsored_posts`)
              )
              OR (
                `t174`.`ugc_post` IS NOT NULL AND NOT ISNAN(`t174`.`ugc_post`)
              )
              OR (
                `t174`.`views` IS NOT NULL AND NOT ISNAN(`t174`.`views`)
              )
            )
            AND `t174`.`account_id` IS NOT NULL
        ) AS `t176`
        GROUP BY
          1,
          2
      ) AS `t179`
    ) AS `t180`
    GROUP BY
      1
  ) AS `t182`
    ON `t178`.`week` IS NOT DISTINCT FROM `t182`.`week`
) AS `t183`
ORDER BY
  `t183`.`week` ASC NULLS LAST
