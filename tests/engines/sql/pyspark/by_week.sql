WITH `t61` AS (
  SELECT
    CAST(`t38`.`campaign_id` AS BIGINT) AS `campaign_id`,
    CAST(`t10`.`name` AS STRING) AS `campaign`,
    CAST(`t38`.`influencer_id` AS BIGINT) AS `influencer_id`,
    CAST(`t38`.`amount` AS DOUBLE) AS `amount`,
    `t38`.`incurred_on`
  FROM (
    SELECT
      *
    FROM `cost` AS `t5`
    WHERE
      `t5`.`campaign_id` IN (1)
  ) AS `t38`
  INNER JOIN `campaign` AS `t10`
    ON `t38`.`campaign_id` = `t10`.`id`
), `t63` AS (
  SELECT
    CAST(`t40`.`campaign_id` AS BIGINT) AS `campaign_id`,
    CAST(`t11`.`name` AS STRING) AS `campaign`,
    CAST(`t37`.`id` AS BIGINT) AS `influencer_id`,
    CAST(`t37`.`name` AS STRING) AS `influencer`,
    CAST(`t17`.`id` AS BIGINT) AS `account_id`,
    CAST(`t17`.`platform` AS STRING) AS `platform`,
    CAST(`t40`.`format` AS STRING) AS `format`,
    CAST(`t40`.`id` AS BIGINT) AS `post_id`,
    `t40`.`published_on` AS `day`,
    `t37`.`country`,
    CAST(`t40`.`caption` AS STRING) AS `caption`,
    `t40`.`sponsored`
  FROM (
    SELECT
      *
    FROM `post` AS `t6`
    WHERE
      `t6`.`campaign_id` IS NOT NULL AND `t6`.`campaign_id` IN (1)
  ) AS `t40`
  INNER JOIN `account` AS `t17`
    ON `t40`.`account_id` = `t17`.`id`
  INNER JOIN (
    SELECT
      *
    FROM `influencer` AS `t3`
    WHERE
      NOT (
        `t3`.`is_brand`
      )
  ) AS `t37`
    ON `t17`.`influencer_id` = `t37`.`id`
  INNER JOIN `campaign` AS `t11`
    ON `t40`.`campaign_id` = `t11`.`id`
), `t123` AS (
  SELECT
    *
  FROM (
    SELECT
      `t113`.`campaign_id`,
      `t113`.`campaign`,
      `t113`.`influencer_id`,
      `t113`.`influencer`,
      `t113`.`account_id`,
      `t113`.`platform`,
      `t113`.`is_brand`,
      `t113`.`day`,
      `t113`.`start_at`,
      `t113`.`end_at`,
      `t48`.`followers`,
      `t48`.`at`,
      `t48`.`rank`
    FROM (
      SELECT
        `t93`.`campaign_id`,
        CAST(`t10`.`name` AS STRING) AS `campaign`,
        CAST(`t15`.`id` AS BIGINT) AS `influencer_id`,
        CAST(`t15`.`name` AS STRING) AS `influencer`,
        `t93`.`account_id`,
        CAST(`t18`.`platform` AS STRING) AS `platform`,
        `t93`.`is_brand`,
        `t10`.`end_date` AS `day`,
        UNIX_TIMESTAMP(CAST(CAST(`t10`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start_at`,
        UNIX_TIMESTAMP(CAST(CAST(`t10`.`end_date` AS TIMESTAMP) AS TIMESTAMP)) + 86400 AS `end_at`
      FROM (
        SELECT
          *
        FROM (
          SELECT
            `t83`.`campaign_id`,
            `t83`.`account_id`,
            FALSE AS `is_brand`
          FROM (
            SELECT DISTINCT
              `t70`.`campaign_id`,
              `t70`.`account_id`
            FROM (
              SELECT
                CAST(`t39`.`campaign_id` AS BIGINT) AS `campaign_id`,
                CAST(`t11`.`name` AS STRING) AS `campaign`,
                CAST(`t37`.`id` AS BIGINT) AS `influencer_id`,
                CAST(`t37`.`name` AS STRING) AS `influencer`,
                CAST(`t17`.`id` AS BIGINT) AS `account_id`,
                CAST(`t17`.`platform` AS STRING) AS `platform`,
                CAST(`t39`.`format` AS STRING) AS `format`,
                CAST(`t39`.`id` AS BIGINT) AS `post_id`,
                `t39`.`published_on` AS `day`,
                `t37`.`country`,
                CAST(`t39`.`caption` AS STRING) AS `caption`,
                `t39`.`sponsored`
              FROM (
                SELECT
                  *
                FROM `post` AS `t6`
                WHERE
                  `t6`.`campaign_id` IS NOT NULL
              ) AS `t39`
              INNER JOIN `account` AS `t17`
                ON `t39`.`account_id` = `t17`.`id`
              INNER JOIN (
                SELECT
                  *
                FROM `influencer` AS `t3`
                WHERE
                  NOT (
                    `t3`.`is_brand`
                  )
              ) AS `t37`
                ON `t17`.`influencer_id` = `t37`.`id`
              INNER JOIN `campaign` AS `t11`
                ON `t39`.`campaign_id` = `t11`.`id`
            ) AS `t70`
          ) AS `t83`
        ) AS `t85`
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            CAST(`t12`.`id` AS BIGINT) AS `campaign_id`,
            CAST(`t18`.`id` AS BIGINT) AS `account_id`,
            TRUE AS `is_brand`
          FROM `campaign` AS `t12`
          INNER JOIN (
            SELECT
              *
            FROM `influencer` AS `t3`
            WHERE
              `t3`.`is_brand`
          ) AS `t27`
            ON `t27`.`workspace_id` = `t12`.`workspace_id`
          INNER JOIN `account` AS `t18`
            ON `t18`.`influencer_id` = `t27`.`id`
        ) AS `t55`
      ) AS `t93`
      INNER JOIN `campaign` AS `t10`
        ON `t93`.`campaign_id` = `t10`.`id`
      INNER JOIN `account` AS `t18`
        ON `t93`.`account_id` = `t18`.`id`
      INNER JOIN `influencer` AS `t15`
        ON `t18`.`influencer_id` = `t15`.`id`
    ) AS `t113`
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
    ) AS `t48`
      ON `t113`.`account_id` = `t48`.`account_id`
  ) AS `t122`
  WHERE
    `t122`.`at` <= `t122`.`end_at`
)
SELECT
  `t187`.`week`,
  `t187`.`key_messages`,
  `t187`.`platforms_selected`,
  `t187`.`influencers_contacted`,
  `t187`.`influencers_interested`,
  (
    `t187`.`influencers_interested` / NULLIF(`t187`.`influencers_contacted`, 0)
  ) * 100 AS `influencers_interested_rate`,
  `t187`.`influencers_activated`,
  `t187`.`products_sent`,
  `t187`.`reach`,
  `t187`.`impressions`,
  `t187`.`views`,
  `t187`.`impressions_with_estimates`,
  (
    `t187`.`reach_rate__first` / NULLIF(`t187`.`reach_rate__second`, 0)
  ) * 100 AS `reach_rate`,
  `t187`.`brand_mentions`,
  (
    `t187`.`brand_mentions` / NULLIF(`t187`.`mentions`, 0)
  ) * 100 AS `share_of_voice`,
  (
    `t187`.`brand_mention_engagements` / NULLIF(`t187`.`mention_engagements`, 0)
  ) * 100 AS `share_of_engagement`,
  `t187`.`key_message_posts`,
  (
    `t187`.`key_message_posts` / NULLIF(CAST(`t187`.`posts` AS DOUBLE), 0)
  ) * 100 AS `key_message_rate`,
  `t187`.`posts`,
  `t187`.`posts_contracted`,
  (
    CAST(`t187`.`posts` AS DOUBLE) / NULLIF(`t187`.`posts_contracted`, 0)
  ) * 100 AS `posts_delivery_rate`,
  `t187`.`ugc_posts`,
  `t187`.`likes`,
  `t187`.`comments`,
  `t187`.`shares`,
  `t187`.`saves`,
  `t187`.`engagements`,
  (
    `t187`.`engagement_rate_reach__first` / NULLIF(`t187`.`engagement_rate_reach__second`, 0)
  ) * 100 AS `engagement_rate_reach`,
  (
    `t187`.`engagement_rate_followers__first` / NULLIF(`t187`.`engagement_rate_followers__second`, 0)
  ) * 100 AS `engagement_rate_followers`,
  `t187`.`er_reach_post_mean` AS `engagement_rate_reach_post_mean`,
  `t187`.`er_reach_post_median` AS `engagement_rate_reach_post_median`,
  `t187`.`er_reach_account_mean` AS `engagement_rate_reach_account_mean`,
  `t187`.`er_reach_account_median` AS `engagement_rate_reach_account_median`,
  `t187`.`er_followers_post_mean` AS `engagement_rate_followers_post_mean`,
  `t187`.`er_followers_post_median` AS `engagement_rate_followers_post_median`,
  `t187`.`er_followers_account_mean` AS `engagement_rate_followers_account_mean`,
  `t187`.`er_followers_account_median` AS `engagement_rate_followers_account_median`,
  (
    `t187`.`engagement_rate_impressions__first` / NULLIF(`t187`.`engagement_rate_impressions__second`, 0)
  ) * 100 AS `engagement_rate_impressions`,
  `t187`.`er_impressions_post_mean` AS `engagement_rate_impressions_post_mean`,
  `t187`.`er_impressions_post_median` AS `engagement_rate_impressions_post_median`,
  `t187`.`er_impressions_account_mean` AS `engagement_rate_impressions_account_mean`,
  `t187`.`er_impressions_account_median` AS `engagement_rate_impressions_account_median`,
  (
    `t187`.`engagement_rate_views__first` / NULLIF(`t187`.`engagement_rate_views__second`, 0)
  ) * 100 AS `engagement_rate_views`,
  `t187`.`er_views_post_mean` AS `engagement_rate_views_post_mean`,
  `t187`.`er_views_post_median` AS `engagement_rate_views_post_median`,
  `t187`.`er_views_account_mean` AS `engagement_rate_views_account_mean`,
  `t187`.`er_views_account_median` AS `engagement_rate_views_account_median`,
  `t187`.`clicks` AS `platform_link_clicks`,
  `t187`.`followers_gained`,
  (
    `t187`.`follower_growth_rate__first` / NULLIF(`t187`.`follower_growth_rate__second`, 0)
  ) * 100 AS `follower_growth_rate`,
  `t187`.`followers_gained_above_trend__first` - `t187`.`followers_gained_above_trend__second` AS `followers_gained_above_trend`,
  `t187`.`brand_followers_gained`,
  (
    `t187`.`brand_follower_growth_rate__first` / NULLIF(`t187`.`brand_follower_growth_rate__second`, 0)
  ) * 100 AS `brand_follower_growth_rate`,
  `t187`.`brand_followers_gained_above_trend__first` - `t187`.`brand_followers_gained_above_trend__second` AS `brand_followers_gained_above_trend`,
  `t187`.`sponsored_posts`,
  `t187`.`disclosed_sponsored_posts`,
  (
    `t187`.`disclosed_sponsored_posts` / NULLIF(`t187`.`sponsored_posts`, 0)
  ) * 100 AS `disclosure_rate`,
  `t187`.`cost`,
  (
    `t187`.`cost` / NULLIF(`t187`.`impressions_with_estimates`, 0)
  ) * 1000 AS `cost_per_mille`,
  `t187`.`cost` / NULLIF(`t187`.`engagements`, 0) AS `cost_per_engagement`,
  `t187`.`cost` / NULLIF(`t187`.`views`, 0) AS `cost_per_view`,
  `t187`.`cost` / NULLIF(`t187`.`brand_followers_gained`, 0) AS `cost_per_new_follower`,
  `t187`.`emv`,
  `t187`.`emv` / NULLIF(`t187`.`cost`, 0) AS `emv_per_cost`,
  `t187`.`paid_impressions` AS `paid_equivalent_impressions`,
  `t187`.`paid_clicks` AS `paid_equivalent_clicks`,
  `t187`.`paid_views` AS `paid_equivalent_views`,
  (
    `t187`.`impressions_vs_paid__first` / NULLIF(`t187`.`impressions_vs_paid__second`, 0)
  ) * 100 AS `impressions_vs_paid`,
  (
    `t187`.`clicks_vs_paid__first` / NULLIF(`t187`.`clicks_vs_paid__second`, 0)
  ) * 100 AS `clicks_vs_paid`,
  (
    `t187`.`views_vs_paid__first` / NULLIF(`t187`.`views_vs_paid__second`, 0)
  ) * 100 AS `views_vs_paid`,
  IF(
    `t187`.`key_messages` IS NOT NULL AND NOT ISNAN(`t187`.`key_messages`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `key_messages__provenance`,
  IF(`t187`.`platforms_selected` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS BIGINT)) AS `platforms_selected__provenance`,
  IF(
    `t187`.`influencers_contacted` IS NOT NULL
    AND NOT ISNAN(`t187`.`influencers_contacted`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `influencers_contacted__provenance`,
  IF(
    `t187`.`influencers_interested` IS NOT NULL
    AND NOT ISNAN(`t187`.`influencers_interested`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `influencers_interested__provenance`,
  IF(
    (
      (
        `t187`.`influencers_interested` / NULLIF(`t187`.`influencers_contacted`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t187`.`influencers_interested` / NULLIF(`t187`.`influencers_contacted`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `influencers_interested_rate__provenance`,
  IF(`t187`.`influencers_activated` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS BIGINT)) AS `influencers_activated__provenance`,
  IF(
    `t187`.`products_sent` IS NOT NULL AND NOT ISNAN(`t187`.`products_sent`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `products_sent__provenance`,
  IF(
    `t187`.`reach` IS NOT NULL AND NOT ISNAN(`t187`.`reach`),
    COALESCE(`t187`.`reach__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `reach__provenance`,
  IF(
    `t187`.`impressions` IS NOT NULL AND NOT ISNAN(`t187`.`impressions`),
    COALESCE(`t187`.`impressions__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `impressions__provenance`,
  IF(
    `t187`.`views` IS NOT NULL AND NOT ISNAN(`t187`.`views`),
    COALESCE(`t187`.`views__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `views__provenance`,
  IF(
    `t187`.`impressions_with_estimates` IS NOT NULL
    AND NOT ISNAN(`t187`.`impressions_with_estimates`),
    COALESCE(`t187`.`impressions_with_estimates__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `impressions_with_estimates__provenance`,
  IF(
    (
      (
        `t187`.`reach_rate__first` / NULLIF(`t187`.`reach_rate__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN((
      `t187`.`reach_rate__first` / NULLIF(`t187`.`reach_rate__second`, 0)
    ) * 100),
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t187`.`reach_rate__first__provenance`, -1),
          COALESCE(`t187`.`reach_rate__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS BIGINT)
  ) AS `reach_rate__provenance`,
  IF(
    `t187`.`brand_mentions` IS NOT NULL AND NOT ISNAN(`t187`.`brand_mentions`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `brand_mentions__provenance`,
  IF(
    (
      (
        `t187`.`brand_mentions` / NULLIF(`t187`.`mentions`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN((
      `t187`.`brand_mentions` / NULLIF(`t187`.`mentions`, 0)
    ) * 100),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `share_of_voice__provenance`,
  IF(
    (
      (
        `t187`.`brand_mention_engagements` / NULLIF(`t187`.`mention_engagements`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t187`.`brand_mention_engagements` / NULLIF(`t187`.`mention_engagements`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `share_of_engagement__provenance`,
  IF(
    `t187`.`key_message_posts` IS NOT NULL AND NOT ISNAN(`t187`.`key_message_posts`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `key_message_posts__provenance`,
  IF(
    (
      (
        `t187`.`key_message_posts` / NULLIF(CAST(`t187`.`posts` AS DOUBLE), 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t187`.`key_message_posts` / NULLIF(CAST(`t187`.`posts` AS DOUBLE), 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `key_message_rate__provenance`,
  IF(`t187`.`posts` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS BIGINT)) AS `posts__provenance`,
  IF(
    `t187`.`posts_contracted` IS NOT NULL AND NOT ISNAN(`t187`.`posts_contracted`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `posts_contracted__provenance`,
  IF(
    (
      (
        CAST(`t187`.`posts` AS DOUBLE) / NULLIF(`t187`.`posts_contracted`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        CAST(`t187`.`posts` AS DOUBLE) / NULLIF(`t187`.`posts_contracted`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `posts_delivery_rate__provenance`,
  IF(`t187`.`ugc_posts` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS BIGINT)) AS `ugc_posts__provenance`,
  IF(
    `t187`.`likes` IS NOT NULL AND NOT ISNAN(`t187`.`likes`),
    COALESCE(`t187`.`likes__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `likes__provenance`,
  IF(
    `t187`.`comments` IS NOT NULL AND NOT ISNAN(`t187`.`comments`),
    COALESCE(`t187`.`comments__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `comments__provenance`,
  IF(
    `t187`.`shares` IS NOT NULL AND NOT ISNAN(`t187`.`shares`),
    COALESCE(`t187`.`shares__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `shares__provenance`,
  IF(
    `t187`.`saves` IS NOT NULL AND NOT ISNAN(`t187`.`saves`),
    COALESCE(`t187`.`saves__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `saves__provenance`,
  IF(
    `t187`.`engagements` IS NOT NULL AND NOT ISNAN(`t187`.`engagements`),
    COALESCE(`t187`.`engagements__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagements__provenance`,
  IF(
    (
      (
        `t187`.`engagement_rate_reach__first` / NULLIF(`t187`.`engagement_rate_reach__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t187`.`engagement_rate_reach__first` / NULLIF(`t187`.`engagement_rate_reach__second`, 0)
      ) * 100
    ),
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t187`.`engagement_rate_reach__first__provenance`, -1),
          COALESCE(`t187`.`engagement_rate_reach__second__provenance`, -1)
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
        `t187`.`engagement_rate_followers__first` / NULLIF(`t187`.`engagement_rate_followers__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t187`.`engagement_rate_followers__first` / NULLIF(`t187`.`engagement_rate_followers__second`, 0)
      ) * 100
    ),
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t187`.`engagement_rate_followers__first__provenance`, -1),
          COALESCE(`t187`.`engagement_rate_followers__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers__provenance`,
  IF(
    `t187`.`er_reach_post_mean` IS NOT NULL
    AND NOT ISNAN(`t187`.`er_reach_post_mean`),
    COALESCE(`t187`.`er_reach_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_reach_post_mean__provenance`,
  IF(
    `t187`.`er_reach_post_median` IS NOT NULL
    AND NOT ISNAN(`t187`.`er_reach_post_median`),
    COALESCE(`t187`.`er_reach_post_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_reach_post_median__provenance`,
  IF(
    `t187`.`er_reach_account_mean` IS NOT NULL
    AND NOT ISNAN(`t187`.`er_reach_account_mean`),
    COALESCE(`t187`.`er_reach_account_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_reach_account_mean__provenance`,
  IF(
    `t187`.`er_reach_account_median` IS NOT NULL
    AND NOT ISNAN(`t187`.`er_reach_account_median`),
    COALESCE(`t187`.`er_reach_account_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_reach_account_median__provenance`,
  IF(
    `t187`.`er_followers_post_mean` IS NOT NULL
    AND NOT ISNAN(`t187`.`er_followers_post_mean`),
    COALESCE(`t187`.`er_followers_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers_post_mean__provenance`,
  IF(
    `t187`.`er_followers_post_median` IS NOT NULL
    AND NOT ISNAN(`t187`.`er_followers_post_median`),
    COALESCE(`t187`.`er_followers_post_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers_post_median__provenance`,
  IF(
    `t187`.`er_followers_account_mean` IS NOT NULL
    AND NOT ISNAN(`t187`.`er_followers_account_mean`),
    COALESCE(`t187`.`er_followers_account_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers_account_mean__provenance`,
  IF(
    `t187`.`er_followers_account_median` IS NOT NULL
    AND NOT ISNAN(`t187`.`er_followers_account_median`),
    COALESCE(`t187`.`er_followers_account_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers_account_median__provenance`,
  IF(
    (
      (
        `t187`.`engagement_rate_impressions__first` / NULLIF(`t187`.`engagement_rate_impressions__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t187`.`engagement_rate_impressions__first` / NULLIF(`t187`.`engagement_rate_impressions__second`, 0)
      ) * 100
    ),
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t187`.`engagement_rate_impressions__first__provenance`, -1),
          COALESCE(`t187`.`engagement_rate_impressions__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions__provenance`,
  IF(
    `t187`.`er_impressions_post_mean` IS NOT NULL
    AND NOT ISNAN(`t187`.`er_impressions_post_mean`),
    COALESCE(`t187`.`er_impressions_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions_post_mean__provenance`,
  IF(
    `t187`.`er_impressions_post_median` IS NOT NULL
    AND NOT ISNAN(`t187`.`er_impressions_post_median`),
    COALESCE(`t187`.`er_impressions_post_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions_post_median__provenance`,
  IF(
    `t187`.`er_impressions_account_mean` IS NOT NULL
    AND NOT ISNAN(`t187`.`er_impressions_account_mean`),
    COALESCE(`t187`.`er_impressions_account_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions_account_mean__provenance`,
  IF(
    `t187`.`er_impressions_account_median` IS NOT NULL
    AND NOT ISNAN(`t187`.`er_impressions_account_median`),
    COALESCE(`t187`.`er_impressions_account_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions_account_median__provenance`,
  IF(
    (
      (
        `t187`.`engagement_rate_views__first` / NULLIF(`t187`.`engagement_rate_views__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t187`.`engagement_rate_views__first` / NULLIF(`t187`.`engagement_rate_views__second`, 0)
      ) * 100
    ),
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t187`.`engagement_rate_views__first__provenance`, -1),
          COALESCE(`t187`.`engagement_rate_views__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views__provenance`,
  IF(
    `t187`.`er_views_post_mean` IS NOT NULL
    AND NOT ISNAN(`t187`.`er_views_post_mean`),
    COALESCE(`t187`.`er_views_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views_post_mean__provenance`,
  IF(
    `t187`.`er_views_post_median` IS NOT NULL
    AND NOT ISNAN(`t187`.`er_views_post_median`),
    COALESCE(`t187`.`er_views_post_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views_post_median__provenance`,
  IF(
    `t187`.`er_views_account_mean` IS NOT NULL
    AND NOT ISNAN(`t187`.`er_views_account_mean`),
    COALESCE(`t187`.`er_views_account_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views_account_mean__provenance`,
  IF(
    `t187`.`er_views_account_median` IS NOT NULL
    AND NOT ISNAN(`t187`.`er_views_account_median`),
    COALESCE(`t187`.`er_views_account_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views_account_median__provenance`,
  IF(
    `t187`.`clicks` IS NOT NULL AND NOT ISNAN(`t187`.`clicks`),
    COALESCE(`t187`.`clicks__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `platform_link_clicks__provenance`,
  IF(
    `t187`.`followers_gained` IS NOT NULL AND NOT ISNAN(`t187`.`followers_gained`),
    COALESCE(`t187`.`followers_gained__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `followers_gained__provenance`,
  IF(
    (
      (
        `t187`.`follower_growth_rate__first` / NULLIF(`t187`.`follower_growth_rate__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t187`.`follower_growth_rate__first` / NULLIF(`t187`.`follower_growth_rate__second`, 0)
      ) * 100
    ),
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t187`.`follower_growth_rate__first__provenance`, -1),
          COALESCE(`t187`.`follower_growth_rate__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS BIGINT)
  ) AS `follower_growth_rate__provenance`,
  IF(
    (
      `t187`.`followers_gained_above_trend__first` - `t187`.`followers_gained_above_trend__second`
    ) IS NOT NULL
    AND NOT ISNAN(
      `t187`.`followers_gained_above_trend__first` - `t187`.`followers_gained_above_trend__second`
    ),
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t187`.`followers_gained_above_trend__first__provenance`, -1),
          COALESCE(`t187`.`followers_gained_above_trend__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS BIGINT)
  ) AS `followers_gained_above_trend__provenance`,
  IF(
    `t187`.`brand_followers_gained` IS NOT NULL
    AND NOT ISNAN(`t187`.`brand_followers_gained`),
    COALESCE(`t187`.`brand_followers_gained__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `brand_followers_gained__provenance`,
  IF(
    (
      (
        `t187`.`brand_follower_growth_rate__first` / NULLIF(`t187`.`brand_follower_growth_rate__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t187`.`brand_follower_growth_rate__first` / NULLIF(`t187`.`brand_follower_growth_rate__second`, 0)
      ) * 100
    ),
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t187`.`brand_follower_growth_rate__first__provenance`, -1),
          COALESCE(`t187`.`brand_follower_growth_rate__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS BIGINT)
  ) AS `brand_follower_growth_rate__provenance`,
  IF(
    (
      `t187`.`brand_followers_gained_above_trend__first` - `t187`.`brand_followers_gained_above_trend__second`
    ) IS NOT NULL
    AND NOT ISNAN(
      `t187`.`brand_followers_gained_above_trend__first` - `t187`.`brand_followers_gained_above_trend__second`
    ),
    COALESCE(
      NULLIF(
        GREATEST(
          COALESCE(`t187`.`brand_followers_gained_above_trend__first__provenance`, -1),
          COALESCE(`t187`.`brand_followers_gained_above_trend__second__provenance`, -1)
        ),
        -1
      ),
      0
    ),
    CAST(NULL AS BIGINT)
  ) AS `brand_followers_gained_above_trend__provenance`,
  IF(
    `t187`.`sponsored_posts` IS NOT NULL AND NOT ISNAN(`t187`.`sponsored_posts`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `sponsored_posts__provenance`,
  IF(
    `t187`.`disclosed_sponsored_posts` IS NOT NULL
    AND NOT ISNAN(`t187`.`disclosed_sponsored_posts`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `disclosed_sponsored_posts__provenance`,
  IF(
    (
      (
        `t187`.`disclosed_sponsored_posts` / NULLIF(`t187`.`sponsored_posts`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t187`.`disclosed_sponsored_posts` / NULLIF(`t187`.`sponsored_posts`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `disclosure_rate__provenance`,
  IF(
    `t187`.`cost` IS NOT NULL AND NOT ISNAN(`t187`.`cost`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost__provenance`,
  IF(
    (
      (
        `t187`.`cost` / NULLIF(`t187`.`impressions_with_estimates`, 0)
      ) * 1000
    ) IS NOT NULL
    AND NOT ISNAN((
      `t187`.`cost` / NULLIF(`t187`.`impressions_with_estimates`, 0)
    ) * 1000),
    COALESCE(`t187`.`impressions_with_estimates__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_mille__provenance`,
  IF(
    (
      `t187`.`cost` / NULLIF(`t187`.`engagements`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t187`.`cost` / NULLIF(`t187`.`engagements`, 0)),
    COALESCE(`t187`.`engagements__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_engagement__provenance`,
  IF(
    (
      `t187`.`cost` / NULLIF(`t187`.`views`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t187`.`cost` / NULLIF(`t187`.`views`, 0)),
    COALESCE(`t187`.`views__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_view__provenance`,
  IF(
    (
      `t187`.`cost` / NULLIF(`t187`.`brand_followers_gained`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t187`.`cost` / NULLIF(`t187`.`brand_followers_gained`, 0)),
    COALESCE(`t187`.`brand_followers_gained__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_new_follower__provenance`,
  IF(
    `t187`.`emv` IS NOT NULL AND NOT ISNAN(`t187`.`emv`),
    COALESCE(`t187`.`emv__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `emv__provenance`,
  IF(
    (
      `t187`.`emv` / NULLIF(`t187`.`cost`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t187`.`emv` / NULLIF(`t187`.`cost`, 0)),
    COALESCE(`t187`.`emv__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `emv_per_cost__provenance`,
  IF(
    `t187`.`paid_impressions` IS NOT NULL AND NOT ISNAN(`t187`.`paid_impressions`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `paid_equivalent_impressions__provenance`,
  IF(
    `t187`.`paid_clicks` IS NOT NULL AND NOT ISNAN(`t187`.`paid_clicks`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `paid_equivalent_clicks__provenance`,
  IF(
    `t187`.`paid_views` IS NOT NULL AND NOT ISNAN(`t187`.`paid_views`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `paid_equivalent_views__provenance`,
  IF(
    (
      (
        `t187`.`impressions_vs_paid__first` / NULLIF(`t187`.`impressions_vs_paid__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t187`.`impressions_vs_paid__first` / NULLIF(`t187`.`impressions_vs_paid__second`, 0)
      ) * 100
    ),
    COALESCE(`t187`.`impressions_vs_paid__first__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `impressions_vs_paid__provenance`,
  IF(
    (
      (
        `t187`.`clicks_vs_paid__first` / NULLIF(`t187`.`clicks_vs_paid__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t187`.`clicks_vs_paid__first` / NULLIF(`t187`.`clicks_vs_paid__second`, 0)
      ) * 100
    ),
    COALESCE(`t187`.`clicks_vs_paid__first__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `clicks_vs_paid__provenance`,
  IF(
    (
      (
        `t187`.`views_vs_paid__first` / NULLIF(`t187`.`views_vs_paid__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t187`.`views_vs_paid__first` / NULLIF(`t187`.`views_vs_paid__second`, 0)
      ) * 100
    ),
    COALESCE(`t187`.`views_vs_paid__first__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `views_vs_paid__provenance`
FROM (
  SELECT
    `t182`.`week`,
    `t182`.`key_messages`,
    `t182`.`platforms_selected`,
    `t182`.`influencers_contacted`,
    `t182`.`influencers_interested`,
    `t182`.`influencers_activated`,
    `t182`.`products_sent`,
    `t182`.`reach`,
    `t182`.`reach__provenance`,
    `t182`.`impressions`,
    `t182`.`impressions__provenance`,
    `t182`.`views`,
    `t182`.`views__provenance`,
    `t182`.`impressions_with_estimates`,
    `t182`.`impressions_with_estimates__provenance`,
    `t182`.`reach_rate__first`,
    `t182`.`reach_rate__first__provenance`,
    `t182`.`reach_rate__second`,
    `t182`.`reach_rate__second__provenance`,
    `t182`.`brand_mentions`,
    `t182`.`mentions`,
    `t182`.`brand_mention_engagements`,
    `t182`.`mention_engagements`,
    `t182`.`key_message_posts`,
    `t182`.`posts`,
    `t182`.`posts_contracted`,
    `t182`.`ugc_posts`,
    `t182`.`likes`,
    `t182`.`likes__provenance`,
    `t182`.`comments`,
    `t182`.`comments__provenance`,
    `t182`.`shares`,
    `t182`.`shares__provenance`,
    `t182`.`saves`,
    `t182`.`saves__provenance`,
    `t182`.`engagements`,
    `t182`.`engagements__provenance`,
    `t182`.`engagement_rate_reach__first`,
    `t182`.`engagement_rate_reach__first__provenance`,
    `t182`.`engagement_rate_reach__second`,
    `t182`.`engagement_rate_reach__second__provenance`,
    `t182`.`engagement_rate_followers__first`,
    `t182`.`engagement_rate_followers__first__provenance`,
    `t182`.`engagement_rate_followers__second`,
    `t182`.`engagement_rate_followers__second__provenance`,
    `t182`.`er_reach_post_mean`,
    `t182`.`er_reach_post_mean__provenance`,
    `t182`.`er_reach_post_median`,
    `t182`.`er_reach_post_median__provenance`,
    `t182`.`er_followers_post_mean`,
    `t182`.`er_followers_post_mean__provenance`,
    `t182`.`er_followers_post_median`,
    `t182`.`er_followers_post_median__provenance`,
    `t182`.`engagement_rate_impressions__first`,
    `t182`.`engagement_rate_impressions__first__provenance`,
    `t182`.`engagement_rate_impressions__second`,
    `t182`.`engagement_rate_impressions__second__provenance`,
    `t182`.`er_impressions_post_mean`,
    `t182`.`er_impressions_post_mean__provenance`,
    `t182`.`er_impressions_post_median`,
    `t182`.`er_impressions_post_median__provenance`,
    `t182`.`engagement_rate_views__first`,
    `t182`.`engagement_rate_views__first__provenance`,
    `t182`.`engagement_rate_views__second`,
    `t182`.`engagement_rate_views__second__provenance`,
    `t182`.`er_views_post_mean`,
    `t182`.`er_views_post_mean__provenance`,
    `t182`.`er_views_post_median`,
    `t182`.`er_views_post_median__provenance`,
    `t182`.`clicks`,
    `t182`.`clicks__provenance`,
    `t182`.`followers_gained`,
    `t182`.`followers_gained__provenance`,
    `t182`.`follower_growth_rate__first`,
    `t182`.`follower_growth_rate__first__provenance`,
    `t182`.`follower_growth_rate__second`,
    `t182`.`follower_growth_rate__second__provenance`,
    `t182`.`followers_gained_above_trend__first`,
    `t182`.`followers_gained_above_trend__first__provenance`,
    `t182`.`followers_gained_above_trend__second`,
    `t182`.`followers_gained_above_trend__second__provenance`,
    `t182`.`brand_followers_gained`,
    `t182`.`brand_followers_gained__provenance`,
    `t182`.`brand_follower_growth_rate__first`,
    `t182`.`brand_follower_growth_rate__first__provenance`,
    `t182`.`brand_follower_growth_rate__second`,
    `t182`.`brand_follower_growth_rate__second__provenance`,
    `t182`.`brand_followers_gained_above_trend__first`,
    `t182`.`brand_followers_gained_above_trend__first__provenance`,
    `t182`.`brand_followers_gained_above_trend__second`,
    `t182`.`brand_followers_gained_above_trend__second__provenance`,
    `t182`.`sponsored_posts`,
    `t182`.`disclosed_sponsored_posts`,
    `t182`.`cost`,
    `t182`.`emv`,
    `t182`.`emv__provenance`,
    `t182`.`paid_impressions`,
    `t182`.`paid_clicks`,
    `t182`.`paid_views`,
    `t182`.`impressions_vs_paid__first`,
    `t182`.`impressions_vs_paid__first__provenance`,
    `t182`.`impressions_vs_paid__second`,
    `t182`.`clicks_vs_paid__first`,
    `t182`.`clicks_vs_paid__first__provenance`,
    `t182`.`clicks_vs_paid__second`,
    `t182`.`views_vs_paid__first`,
    `t182`.`views_vs_paid__first__provenance`,
    `t182`.`views_vs_paid__second`,
    `t186`.`er_reach_account_mean`,
    `t186`.`er_reach_account_mean__provenance`,
    `t186`.`er_reach_account_median`,
    `t186`.`er_reach_account_median__provenance`,
    `t186`.`er_followers_account_mean`,
    `t186`.`er_followers_account_mean__provenance`,
    `t186`.`er_followers_account_median`,
    `t186`.`er_followers_account_median__provenance`,
    `t186`.`er_impressions_account_mean`,
    `t186`.`er_impressions_account_mean__provenance`,
    `t186`.`er_impressions_account_median`,
    `t186`.`er_impressions_account_median__provenance`,
    `t186`.`er_views_account_mean`,
    `t186`.`er_views_account_mean__provenance`,
    `t186`.`er_views_account_median`,
    `t186`.`er_views_account_median__provenance`
  FROM (
    SELECT
      `t179`.`week`,
      SUM(`t179`.`key_messages`) AS `key_messages`,
      COUNT(DISTINCT `t179`.`post_platform`) AS `platforms_selected`,
      SUM(`t179`.`influencers_contacted`) AS `influencers_contacted`,
      SUM(`t179`.`influencers_interested`) AS `influencers_interested`,
      COUNT(DISTINCT `t179`.`publishing_influencer`) AS `influencers_activated`,
      SUM(`t179`.`products_sent`) AS `products_sent`,
      SUM(`t179`.`reach`) AS `reach`,
      MAX(
        IF(
          `t179`.`reach` IS NOT NULL AND NOT ISNAN(`t179`.`reach`),
          `t179`.`reach__provenance`,
          NULL
        )
      ) AS `reach__provenance`,
      SUM(`t179`.`impressions`) AS `impressions`,
      MAX(
        IF(
          `t179`.`impressions` IS NOT NULL AND NOT ISNAN(`t179`.`impressions`),
          `t179`.`impressions__provenance`,
          NULL
        )
      ) AS `impressions__provenance`,
      SUM(`t179`.`views`) AS `views`,
      MAX(
        IF(
          `t179`.`views` IS NOT NULL AND NOT ISNAN(`t179`.`views`),
          `t179`.`views__provenance`,
          NULL
        )
      ) AS `views__provenance`,
      SUM(`t179`.`impressions_with_estimates`) AS `impressions_with_estimates`,
      MAX(
        IF(
          `t179`.`impressions_with_estimates` IS NOT NULL
          AND NOT ISNAN(`t179`.`impressions_with_estimates`),
          `t179`.`impressions_with_estimates__provenance`,
          NULL
        )
      ) AS `impressions_with_estimates__provenance`,
      SUM(
        IF(
          `t179`.`reach` IS NOT NULL
          AND NOT ISNAN(`t179`.`reach`)
          AND (
            `t179`.`followers` IS NOT NULL AND NOT ISNAN(`t179`.`followers`)
          ),
          `t179`.`reach`,
          NULL
        )
      ) AS `reach_rate__first`,
      MAX(
        IF(
          `t179`.`reach` IS NOT NULL
          AND NOT ISNAN(`t179`.`reach`)
          AND (
            `t179`.`reach` IS NOT NULL
            AND NOT ISNAN(`t179`.`reach`)
            AND (
              `t179`.`followers` IS NOT NULL AND NOT ISNAN(`t179`.`followers`)
            )
          ),
          `t179`.`reach__provenance`,
          NULL
        )
      ) AS `reach_rate__first__provenance`,
      SUM(
        IF(
          `t179`.`reach` IS NOT NULL
          AND NOT ISNAN(`t179`.`reach`)
          AND (
            `t179`.`followers` IS NOT NULL AND NOT ISNAN(`t179`.`followers`)
          ),
          `t179`.`followers`,
          NULL
        )
      ) AS `reach_rate__second`,
      MAX(
        IF(
          `t179`.`followers` IS NOT NULL
          AND NOT ISNAN(`t179`.`followers`)
          AND (
            `t179`.`reach` IS NOT NULL
            AND NOT ISNAN(`t179`.`reach`)
            AND (
              `t179`.`followers` IS NOT NULL AND NOT ISNAN(`t179`.`followers`)
            )
          ),
          `t179`.`followers__provenance`,
          NULL
        )
      ) AS `reach_rate__second__provenance`,
      SUM(`t179`.`brand_mentions`) AS `brand_mentions`,
      SUM(`t179`.`mentions`) AS `mentions`,
      SUM(`t179`.`brand_mention_engagements`) AS `brand_mention_engagements`,
      SUM(`t179`.`mention_engagements`) AS `mention_engagements`,
      SUM(`t179`.`key_message_posts`) AS `key_message_posts`,
      COUNT(DISTINCT `t179`.`post_id`) AS `posts`,
      SUM(`t179`.`posts_contracted`) AS `posts_contracted`,
      COUNT(DISTINCT `t179`.`ugc_post`) AS `ugc_posts`,
      SUM(`t179`.`likes`) AS `likes`,
      MAX(
        IF(
          `t179`.`likes` IS NOT NULL AND NOT ISNAN(`t179`.`likes`),
          `t179`.`likes__provenance`,
          NULL
        )
      ) AS `likes__provenance`,
      SUM(`t179`.`comments`) AS `comments`,
      MAX(
        IF(
          `t179`.`comments` IS NOT NULL AND NOT ISNAN(`t179`.`comments`),
          `t179`.`comments__provenance`,
          NULL
        )
      ) AS `comments__provenance`,
      SUM(`t179`.`shares`) AS `shares`,
      MAX(
        IF(
          `t179`.`shares` IS NOT NULL AND NOT ISNAN(`t179`.`shares`),
          `t179`.`shares__provenance`,
          NULL
        )
      ) AS `shares__provenance`,
      SUM(`t179`.`saves`) AS `saves`,
      MAX(
        IF(
          `t179`.`saves` IS NOT NULL AND NOT ISNAN(`t179`.`saves`),
          `t179`.`saves__provenance`,
          NULL
        )
      ) AS `saves__provenance`,
      SUM(`t179`.`engagements`) AS `engagements`,
      MAX(
        IF(
          `t179`.`engagements` IS NOT NULL AND NOT ISNAN(`t179`.`engagements`),
          `t179`.`engagements__provenance`,
          NULL
        )
      ) AS `engagements__provenance`,
      SUM(
        IF(
          `t179`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t179`.`engagements`)
          AND (
            `t179`.`reach` IS NOT NULL AND NOT ISNAN(`t179`.`reach`)
          ),
          `t179`.`engagements`,
          NULL
        )
      ) AS `engagement_rate_reach__first`,
      MAX(
        IF(
          `t179`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t179`.`engagements`)
          AND (
            `t179`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t179`.`engagements`)
            AND (
              `t179`.`reach` IS NOT NULL AND NOT ISNAN(`t179`.`reach`)
            )
          ),
          `t179`.`engagements__provenance`,
          NULL
        )
      ) AS `engagement_rate_reach__first__provenance`,
      SUM(
        IF(
          `t179`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t179`.`engagements`)
          AND (
            `t179`.`reach` IS NOT NULL AND NOT ISNAN(`t179`.`reach`)
          ),
          `t179`.`reach`,
          NULL
        )
      ) AS `engagement_rate_reach__second`,
      MAX(
        IF(
          `t179`.`reach` IS NOT NULL
          AND NOT ISNAN(`t179`.`reach`)
          AND (
            `t179`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t179`.`engagements`)
            AND (
              `t179`.`reach` IS NOT NULL AND NOT ISNAN(`t179`.`reach`)
            )
          ),
          `t179`.`reach__provenance`,
          NULL
        )
      ) AS `engagement_rate_reach__second__provenance`,
      SUM(
        IF(
          `t179`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t179`.`engagements`)
          AND (
            `t179`.`followers` IS NOT NULL AND NOT ISNAN(`t179`.`followers`)
          ),
          `t179`.`engagements`,
          NULL
        )
      ) AS `engagement_rate_followers__first`,
      MAX(
        IF(
          `t179`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t179`.`engagements`)
          AND (
            `t179`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t179`.`engagements`)
            AND (
              `t179`.`followers` IS NOT NULL AND NOT ISNAN(`t179`.`followers`)
            )
          ),
          `t179`.`engagements__provenance`,
          NULL
        )
      ) AS `engagement_rate_followers__first__provenance`,
      SUM(
        IF(
          `t179`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t179`.`engagements`)
          AND (
            `t179`.`followers` IS NOT NULL AND NOT ISNAN(`t179`.`followers`)
          ),
          `t179`.`followers`,
          NULL
        )
      ) AS `engagement_rate_followers__second`,
      MAX(
        IF(
          `t179`.`followers` IS NOT NULL
          AND NOT ISNAN(`t179`.`followers`)
          AND (
            `t179`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t179`.`engagements`)
            AND (
              `t179`.`followers` IS NOT NULL AND NOT ISNAN(`t179`.`followers`)
            )
          ),
          `t179`.`followers__provenance`,
          NULL
        )
      ) AS `engagement_rate_followers__second__provenance`,
      AVG(`t179`.`er_reach_post`) AS `er_reach_post_mean`,
      MAX(
        IF(
          `t179`.`er_reach_post` IS NOT NULL AND NOT ISNAN(`t179`.`er_reach_post`),
          `t179`.`er_reach_post__provenance`,
          NULL
        )
      ) AS `er_reach_post_mean__provenance`,
      PERCENTILE(`t179`.`er_reach_post`, 0.5) AS `er_reach_post_median`,
      MAX(
        IF(
          `t179`.`er_reach_post` IS NOT NULL AND NOT ISNAN(`t179`.`er_reach_post`),
          `t179`.`er_reach_post__provenance`,
          NULL
        )
      ) AS `er_reach_post_median__provenance`,
      AVG(`t179`.`er_followers_post`) AS `er_followers_post_mean`,
      MAX(
        IF(
          `t179`.`er_followers_post` IS NOT NULL AND NOT ISNAN(`t179`.`er_followers_post`),
          `t179`.`er_followers_post__provenance`,
          NULL
        )
      ) AS `er_followers_post_mean__provenance`,
      PERCENTILE(`t179`.`er_followers_post`, 0.5) AS `er_followers_post_median`,
      MAX(
        IF(
          `t179`.`er_followers_post` IS NOT NULL AND NOT ISNAN(`t179`.`er_followers_post`),
          `t179`.`er_followers_post__provenance`,
          NULL
        )
      ) AS `er_followers_post_median__provenance`,
      SUM(
        IF(
          `t179`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t179`.`engagements`)
          AND (
            `t179`.`impressions` IS NOT NULL AND NOT ISNAN(`t179`.`impressions`)
          ),
          `t179`.`engagements`,
          NULL
        )
      ) AS `engagement_rate_impressions__first`,
      MAX(
        IF(
          `t179`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t179`.`engagements`)
          AND (
            `t179`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t179`.`engagements`)
            AND (
              `t179`.`impressions` IS NOT NULL AND NOT ISNAN(`t179`.`impressions`)
            )
          ),
          `t179`.`engagements__provenance`,
          NULL
        )
      ) AS `engagement_rate_impressions__first__provenance`,
      SUM(
        IF(
          `t179`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t179`.`engagements`)
          AND (
            `t179`.`impressions` IS NOT NULL AND NOT ISNAN(`t179`.`impressions`)
          ),
          `t179`.`impressions`,
          NULL
        )
      ) AS `engagement_rate_impressions__second`,
      MAX(
        IF(
          `t179`.`impressions` IS NOT NULL
          AND NOT ISNAN(`t179`.`impressions`)
          AND (
            `t179`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t179`.`engagements`)
            AND (
              `t179`.`impressions` IS NOT NULL AND NOT ISNAN(`t179`.`impressions`)
            )
          ),
          `t179`.`impressions__provenance`,
          NULL
        )
      ) AS `engagement_rate_impressions__second__provenance`,
      AVG(`t179`.`er_impressions_post`) AS `er_impressions_post_mean`,
      MAX(
        IF(
          `t179`.`er_impressions_post` IS NOT NULL
          AND NOT ISNAN(`t179`.`er_impressions_post`),
          `t179`.`er_impressions_post__provenance`,
          NULL
        )
      ) AS `er_impressions_post_mean__provenance`,
      PERCENTILE(`t179`.`er_impressions_post`, 0.5) AS `er_impressions_post_median`,
      MAX(
        IF(
          `t179`.`er_impressions_post` IS NOT NULL
          AND NOT ISNAN(`t179`.`er_impressions_post`),
          `t179`.`er_impressions_post__provenance`,
          NULL
        )
      ) AS `er_impressions_post_median__provenance`,
      SUM(
        IF(
          `t179`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t179`.`engagements`)
          AND (
            `t179`.`views` IS NOT NULL AND NOT ISNAN(`t179`.`views`)
          ),
          `t179`.`engagements`,
          NULL
        )
      ) AS `engagement_rate_views__first`,
      MAX(
        IF(
          `t179`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t179`.`engagements`)
          AND (
            `t179`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t179`.`engagements`)
            AND (
              `t179`.`views` IS NOT NULL AND NOT ISNAN(`t179`.`views`)
            )
          ),
          `t179`.`engagements__provenance`,
          NULL
        )
      ) AS `engagement_rate_views__first__provenance`,
      SUM(
        IF(
          `t179`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t179`.`engagements`)
          AND (
            `t179`.`views` IS NOT NULL AND NOT ISNAN(`t179`.`views`)
          ),
          `t179`.`views`,
          NULL
        )
      ) AS `engagement_rate_views__second`,
      MAX(
        IF(
          `t179`.`views` IS NOT NULL
          AND NOT ISNAN(`t179`.`views`)
          AND (
            `t179`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t179`.`engagements`)
            AND (
              `t179`.`views` IS NOT NULL AND NOT ISNAN(`t179`.`views`)
            )
          ),
          `t179`.`views__provenance`,
          NULL
        )
      ) AS `engagement_rate_views__second__provenance`,
      AVG(`t179`.`er_views_post`) AS `er_views_post_mean`,
      MAX(
        IF(
          `t179`.`er_views_post` IS NOT NULL AND NOT ISNAN(`t179`.`er_views_post`),
          `t179`.`er_views_post__provenance`,
          NULL
        )
      ) AS `er_views_post_mean__provenance`,
      PERCENTILE(`t179`.`er_views_post`, 0.5) AS `er_views_post_median`,
      MAX(
        IF(
          `t179`.`er_views_post` IS NOT NULL AND NOT ISNAN(`t179`.`er_views_post`),
          `t179`.`er_views_post__provenance`,
          NULL
        )
      ) AS `er_views_post_median__provenance`,
      SUM(`t179`.`clicks`) AS `clicks`,
      MAX(
        IF(
          `t179`.`clicks` IS NOT NULL AND NOT ISNAN(`t179`.`clicks`),
          `t179`.`clicks__provenance`,
          NULL
        )
      ) AS `clicks__provenance`,
      SUM(`t179`.`followers_gained`) AS `followers_gained`,
      MAX(
        IF(
          `t179`.`followers_gained` IS NOT NULL AND NOT ISNAN(`t179`.`followers_gained`),
          `t179`.`followers_gained__provenance`,
          NULL
        )
      ) AS `followers_gained__provenance`,
      SUM(
        IF(
          `t179`.`followers_gained` IS NOT NULL
          AND NOT ISNAN(`t179`.`followers_gained`)
          AND (
            `t179`.`followers_start` IS NOT NULL AND NOT ISNAN(`t179`.`followers_start`)
          ),
          `t179`.`followers_gained`,
          NULL
        )
      ) AS `follower_growth_rate__first`,
      MAX(
        IF(
          `t179`.`followers_gained` IS NOT NULL
          AND NOT ISNAN(`t179`.`followers_gained`)
          AND (
            `t179`.`followers_gained` IS NOT NULL
            AND NOT ISNAN(`t179`.`followers_gained`)
            AND (
              `t179`.`followers_start` IS NOT NULL AND NOT ISNAN(`t179`.`followers_start`)
            )
          ),
          `t179`.`followers_gained__provenance`,
          NULL
        )
      ) AS `follower_growth_rate__first__provenance`,
      SUM(
        IF(
          `t179`.`followers_gained` IS NOT NULL
          AND NOT ISNAN(`t179`.`followers_gained`)
          AND (
            `t179`.`followers_start` IS NOT NULL AND NOT ISNAN(`t179`.`followers_start`)
          ),
          `t179`.`followers_start`,
          NULL
        )
      ) AS `follower_growth_rate__second`,
      MAX(
        IF(
          `t179`.`followers_start` IS NOT NULL
          AND NOT ISNAN(`t179`.`followers_start`)
          AND (
            `t179`.`followers_gained` IS NOT NULL
            AND NOT ISNAN(`t179`.`followers_gained`)
            AND (
              `t179`.`followers_start` IS NOT NULL AND NOT ISNAN(`t179`.`followers_start`)
            )
          ),
          `t179`.`followers_start__provenance`,
          NULL
        )
      ) AS `follower_growth_rate__second__provenance`,
      SUM(
        IF(
          `t179`.`followers_gained` IS NOT NULL
          AND NOT ISNAN(`t179`.`followers_gained`)
          AND (
            `t179`.`followers_expected_gain` IS NOT NULL
            AND NOT ISNAN(`t179`.`followers_expected_gain`)
          ),
          `t179`.`followers_gained`,
          NULL
        )
      ) AS `followers_gained_above_trend__first`,
      MAX(
        IF(
          `t179`.`followers_gained` IS NOT NULL
          AND NOT ISNAN(`t179`.`followers_gained`)
          AND (
            `t179`.`followers_gained` IS NOT NULL
            AND NOT ISNAN(`t179`.`followers_gained`)
            AND (
              `t179`.`followers_expected_gain` IS NOT NULL
              AND NOT ISNAN(`t179`.`followers_expected_gain`)
            )
          ),
          `t179`.`followers_gained__provenance`,
          NULL
        )
      ) AS `followers_gained_above_trend__first__provenance`,
      SUM(
        IF(
          `t179`.`followers_gained` IS NOT NULL
          AND NOT ISNAN(`t179`.`followers_gained`)
          AND (
            `t179`.`followers_expected_gain` IS NOT NULL
            AND NOT ISNAN(`t179`.`followers_expected_gain`)
          ),
          `t179`.`followers_expected_gain`,
          NULL
        )
      ) AS `followers_gained_above_trend__second`,
      MAX(
        IF(
          `t179`.`followers_expected_gain` IS NOT NULL
          AND NOT ISNAN(`t179`.`followers_expected_gain`)
          AND (
            `t179`.`followers_gained` IS NOT NULL
            AND NOT ISNAN(`t179`.`followers_gained`)
            AND (
              `t179`.`followers_expected_gain` IS NOT NULL
              AND NOT ISNAN(`t179`.`followers_expected_gain`)
            )
          ),
          `t179`.`followers_expected_gain__provenance`,
          NULL
        )
      ) AS `followers_gained_above_trend__second__provenance`,
      SUM(`t179`.`brand_followers_gained`) AS `brand_followers_gained`,
      MAX(
        IF(
          `t179`.`brand_followers_gained` IS NOT NULL
          AND NOT ISNAN(`t179`.`brand_followers_gained`),
          `t179`.`brand_followers_gained__provenance`,
          NULL
        )
      ) AS `brand_followers_gained__provenance`,
      SUM(
        IF(
          `t179`.`brand_followers_gained` IS NOT NULL
          AND NOT ISNAN(`t179`.`brand_followers_gained`)
          AND (
            `t179`.`brand_followers_start` IS NOT NULL
            AND NOT ISNAN(`t179`.`brand_followers_start`)
          ),
          `t179`.`brand_followers_gained`,
          NULL
        )
      ) AS `brand_follower_growth_rate__first`,
      MAX(
        IF(
          `t179`.`brand_followers_gained` IS NOT NULL
          AND NOT ISNAN(`t179`.`brand_followers_gained`)
          AND (
            `t179`.`brand_followers_gained` IS NOT NULL
            AND NOT ISNAN(`t179`.`brand_followers_gained`)
            AND (
              `t179`.`brand_followers_start` IS NOT NULL
              AND NOT ISNAN(`t179`.`brand_followers_start`)
            )
          ),
          `t179`.`brand_followers_gained__provenance`,
          NULL
        )
      ) AS `brand_follower_growth_rate__first__provenance`,
      SUM(
        IF(
          `t179`.`brand_followers_gained` IS NOT NULL
          AND NOT ISNAN(`t179`.`brand_followers_gained`)
          AND (
            `t179`.`brand_followers_start` IS NOT NULL
            AND NOT ISNAN(`t179`.`brand_followers_start`)
          ),
          `t179`.`brand_followers_start`,
          NULL
        )
      ) AS `brand_follower_growth_rate__second`,
      MAX(
        IF(
          `t179`.`brand_followers_start` IS NOT NULL
          AND NOT ISNAN(`t179`.`brand_followers_start`)
          AND (
            `t179`.`brand_followers_gained` IS NOT NULL
            AND NOT ISNAN(`t179`.`brand_followers_gained`)
            AND (
              `t179`.`brand_followers_start` IS NOT NULL
              AND NOT ISNAN(`t179`.`brand_followers_start`)
            )
          ),
          `t179`.`brand_followers_start__provenance`,
          NULL
        )
      ) AS `brand_follower_growth_rate__second__provenance`,
      SUM(
        IF(
          `t179`.`brand_followers_gained` IS NOT NULL
          AND NOT ISNAN(`t179`.`brand_followers_gained`)
          AND (
            `t179`.`brand_followers_expected_gain` IS NOT NULL
            AND NOT ISNAN(`t179`.`brand_followers_expected_gain`)
          ),
          `t179`.`brand_followers_gained`,
          NULL
        )
      ) AS `brand_followers_gained_above_trend__first`,
      MAX(
        IF(
          `t179`.`brand_followers_gained` IS NOT NULL
          AND NOT ISNAN(`t179`.`brand_followers_gained`)
          AND (
            `t179`.`brand_followers_gained` IS NOT NULL
            AND NOT ISNAN(`t179`.`brand_followers_gained`)
            AND (
              `t179`.`brand_followers_expected_gain` IS NOT NULL
              AND NOT ISNAN(`t179`.`brand_followers_expected_gain`)
            )
          ),
          `t179`.`brand_followers_gained__provenance`,
          NULL
        )
      ) AS `brand_followers_gained_above_trend__first__provenance`,
      SUM(
        IF(
          `t179`.`brand_followers_gained` IS NOT NULL
          AND NOT ISNAN(`t179`.`brand_followers_gained`)
          AND (
            `t179`.`brand_followers_expected_gain` IS NOT NULL
            AND NOT ISNAN(`t179`.`brand_followers_expected_gain`)
          ),
          `t179`.`brand_followers_expected_gain`,
          NULL
        )
      ) AS `brand_followers_gained_above_trend__second`,
      MAX(
        IF(
          `t179`.`brand_followers_expected_gain` IS NOT NULL
          AND NOT ISNAN(`t179`.`brand_followers_expected_gain`)
          AND (
            `t179`.`brand_followers_gained` IS NOT NULL
            AND NOT ISNAN(`t179`.`brand_followers_gained`)
            AND (
              `t179`.`brand_followers_expected_gain` IS NOT NULL
              AND NOT ISNAN(`t179`.`brand_followers_expected_gain`)
            )
          ),
          `t179`.`brand_followers_expected_gain__provenance`,
          NULL
        )
      ) AS `brand_followers_gained_above_trend__second__provenance`,
      SUM(`t179`.`sponsored_posts`) AS `sponsored_posts`,
      SUM(`t179`.`disclosed_sponsored_posts`) AS `disclosed_sponsored_posts`,
      SUM(`t179`.`cost`) AS `cost`,
      SUM(`t179`.`emv`) AS `emv`,
      MAX(
        IF(`t179`.`emv` IS NOT NULL AND NOT ISNAN(`t179`.`emv`), `t179`.`emv__provenance`, NULL)
      ) AS `emv__provenance`,
      SUM(`t179`.`paid_impressions`) AS `paid_impressions`,
      SUM(`t179`.`paid_clicks`) AS `paid_clicks`,
      SUM(`t179`.`paid_views`) AS `paid_views`,
      SUM(
        IF(
          `t179`.`impressions_with_estimates` IS NOT NULL
          AND NOT ISNAN(`t179`.`impressions_with_estimates`)
          AND (
            `t179`.`paid_impressions` IS NOT NULL AND NOT ISNAN(`t179`.`paid_impressions`)
          ),
          `t179`.`impressions_with_estimates`,
          NULL
        )
      ) AS `impressions_vs_paid__first`,
      MAX(
        IF(
          `t179`.`impressions_with_estimates` IS NOT NULL
          AND NOT ISNAN(`t179`.`impressions_with_estimates`)
          AND (
            `t179`.`impressions_with_estimates` IS NOT NULL
            AND NOT ISNAN(`t179`.`impressions_with_estimates`)
            AND (
              `t179`.`paid_impressions` IS NOT NULL AND NOT ISNAN(`t179`.`paid_impressions`)
            )
          ),
          `t179`.`impressions_with_estimates__provenance`,
          NULL
        )
      ) AS `impressions_vs_paid__first__provenance`,
      SUM(
        IF(
          `t179`.`impressions_with_estimates` IS NOT NULL
          AND NOT ISNAN(`t179`.`impressions_with_estimates`)
          AND (
            `t179`.`paid_impressions` IS NOT NULL AND NOT ISNAN(`t179`.`paid_impressions`)
          ),
          `t179`.`paid_impressions`,
          NULL
        )
      ) AS `impressions_vs_paid__second`,
      SUM(
        IF(
          `t179`.`clicks` IS NOT NULL
          AND NOT ISNAN(`t179`.`clicks`)
          AND (
            `t179`.`paid_clicks` IS NOT NULL AND NOT ISNAN(`t179`.`paid_clicks`)
          ),
          `t179`.`clicks`,
          NULL
        )
      ) AS `clicks_vs_paid__first`,
      MAX(
        IF(
          `t179`.`clicks` IS NOT NULL
          AND NOT ISNAN(`t179`.`clicks`)
          AND (
            `t179`.`clicks` IS NOT NULL
            AND NOT ISNAN(`t179`.`clicks`)
            AND (
              `t179`.`paid_clicks` IS NOT NULL AND NOT ISNAN(`t179`.`paid_clicks`)
            )
          ),
          `t179`.`clicks__provenance`,
          NULL
        )
      ) AS `clicks_vs_paid__first__provenance`,
      SUM(
        IF(
          `t179`.`clicks` IS NOT NULL
          AND NOT ISNAN(`t179`.`clicks`)
          AND (
            `t179`.`paid_clicks` IS NOT NULL AND NOT ISNAN(`t179`.`paid_clicks`)
          ),
          `t179`.`paid_clicks`,
          NULL
        )
      ) AS `clicks_vs_paid__second`,
      SUM(
        IF(
          `t179`.`views` IS NOT NULL
          AND NOT ISNAN(`t179`.`views`)
          AND (
            `t179`.`paid_views` IS NOT NULL AND NOT ISNAN(`t179`.`paid_views`)
          ),
          `t179`.`views`,
          NULL
        )
      ) AS `views_vs_paid__first`,
      MAX(
        IF(
          `t179`.`views` IS NOT NULL
          AND NOT ISNAN(`t179`.`views`)
          AND (
            `t179`.`views` IS NOT NULL
            AND NOT ISNAN(`t179`.`views`)
            AND (
              `t179`.`paid_views` IS NOT NULL AND NOT ISNAN(`t179`.`paid_views`)
            )
          ),
          `t179`.`views__provenance`,
          NULL
        )
      ) AS `views_vs_paid__first__provenance`,
      SUM(
        IF(
          `t179`.`views` IS NOT NULL
          AND NOT ISNAN(`t179`.`views`)
          AND (
            `t179`.`paid_views` IS NOT NULL AND NOT ISNAN(`t179`.`paid_views`)
          ),
          `t179`.`paid_views`,
          NULL
        )
      ) AS `views_vs_paid__second`
    FROM (
      SELECT
        `t178`.`campaign_id`,
        `t178`.`campaign`,
        `t178`.`influencer_id`,
        `t178`.`influencer`,
        `t178`.`account_id`,
        `t178`.`platform`,
        `t178`.`format`,
        `t178`.`post_id`,
        `t178`.`day`,
        `t178`.`reach`,
        `t178`.`impressions`,
        `t178`.`views`,
        `t178`.`likes`,
        `t178`.`comments`,
        `t178`.`shares`,
        `t178`.`saves`,
        `t178`.`clicks`,
        `t178`.`reach__provenance`,
        `t178`.`impressions__provenance`,
        `t178`.`views__provenance`,
        `t178`.`likes__provenance`,
        `t178`.`comments__provenance`,
        `t178`.`shares__provenance`,
        `t178`.`saves__provenance`,
        `t178`.`clicks__provenance`,
        `t178`.`followers`,
        `t178`.`followers__provenance`,
        `t178`.`engagements`,
        `t178`.`engagements__provenance`,
        `t178`.`impressions_with_estimates`,
        `t178`.`impressions_with_estimates__provenance`,
        `t178`.`er_reach_post`,
        `t178`.`er_followers_post`,
        `t178`.`er_impressions_post`,
        `t178`.`er_views_post`,
        `t178`.`er_reach_post__provenance`,
        `t178`.`er_followers_post__provenance`,
        `t178`.`er_impressions_post__provenance`,
        `t178`.`er_views_post__provenance`,
        `t178`.`post_platform`,
        `t178`.`publishing_influencer`,
        `t178`.`sponsored_posts`,
        `t178`.`disclosed_sponsored_posts`,
        `t178`.`cost`,
        `t178`.`key_message_posts`,
        `t178`.`ugc_post`,
        `t178`.`mentions`,
        `t178`.`brand_mentions`,
        `t178`.`mention_engagements`,
        `t178`.`brand_mention_engagements`,
        `t178`.`followers_start`,
        `t178`.`followers_gained`,
        `t178`.`followers_expected_gain`,
        `t178`.`followers_start__provenance`,
        `t178`.`followers_gained__provenance`,
        `t178`.`followers_expected_gain__provenance`,
        `t178`.`brand_followers_start`,
        `t178`.`brand_followers_gained`,
        `t178`.`brand_followers_expected_gain`,
        `t178`.`brand_followers_start__provenance`,
        `t178`.`brand_followers_gained__provenance`,
        `t178`.`brand_followers_expected_gain__provenance`,
        `t178`.`influencers_contacted`,
        `t178`.`influencers_interested`,
        `t178`.`posts_contracted`,
        `t178`.`products_sent`,
        `t178`.`key_messages`,
        `t178`.`emv_rate`,
        `t178`.`emv`,
        `t178`.`emv__provenance`,
        `t178`.`paid_rate`,
        (
          `t178`.`cost` / (
            CASE
              WHEN `t178`.`platform` = 'tiktok'
              THEN 7.5
              WHEN `t178`.`platform` = 'youtube'
              THEN 3.53
              ELSE 19.8
            END * `t178`.`paid_rate`
          )
        ) * 1000 AS `paid_impressions`,
        CAST(NULL AS DOUBLE) AS `paid_engagements`,
        `t178`.`cost` / (
          CASE
            WHEN `t178`.`platform` = 'tiktok'
            THEN CAST(NULL AS DOUBLE)
            WHEN `t178`.`platform` = 'youtube'
            THEN CAST(NULL AS DOUBLE)
            ELSE 1.88
          END * `t178`.`paid_rate`
        ) AS `paid_clicks`,
        `t178`.`cost` / (
          CASE WHEN `t178`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t178`.`paid_rate`
        ) AS `paid_views`,
        DATE_TRUNC('week', `t178`.`day`) AS `week`
      FROM (
        SELECT
          `t176`.`campaign_id`,
          `t176`.`campaign`,
          `t176`.`influencer_id`,
          `t176`.`influencer`,
          `t176`.`account_id`,
          `t176`.`platform`,
          `t176`.`format`,
          `t176`.`post_id`,
          `t176`.`day`,
          `t176`.`reach`,
          `t176`.`impressions`,
          `t176`.`views`,
          `t176`.`likes`,
          `t176`.`comments`,
          `t176`.`shares`,
          `t176`.`saves`,
          `t176`.`clicks`,
          `t176`.`reach__provenance`,
          `t176`.`impressions__provenance`,
          `t176`.`views__provenance`,
          `t176`.`likes__provenance`,
          `t176`.`comments__provenance`,
          `t176`.`shares__provenance`,
          `t176`.`saves__provenance`,
          `t176`.`clicks__provenance`,
          `t176`.`followers`,
          `t176`.`followers__provenance`,
          `t176`.`engagements`,
          `t176`.`engagements__provenance`,
          `t176`.`impressions_with_estimates`,
          `t176`.`impressions_with_estimates__provenance`,
          `t176`.`er_reach_post`,
          `t176`.`er_followers_post`,
          `t176`.`er_impressions_post`,
          `t176`.`er_views_post`,
          `t176`.`er_reach_post__provenance`,
          `t176`.`er_followers_post__provenance`,
          `t176`.`er_impressions_post__provenance`,
          `t176`.`er_views_post__provenance`,
          `t176`.`post_platform`,
          `t176`.`publishing_influencer`,
          `t176`.`sponsored_posts`,
          `t176`.`disclosed_sponsored_posts`,
          `t176`.`cost`,
          `t176`.`key_message_posts`,
          `t176`.`ugc_post`,
          `t176`.`mentions`,
          `t176`.`brand_mentions`,
          `t176`.`mention_engagements`,
          `t176`.`brand_mention_engagements`,
          `t176`.`followers_start`,
          `t176`.`followers_gained`,
          `t176`.`followers_expected_gain`,
          `t176`.`followers_start__provenance`,
          `t176`.`followers_gained__provenance`,
          `t176`.`followers_expected_gain__provenance`,
          `t176`.`brand_followers_start`,
          `t176`.`brand_followers_gained`,
          `t176`.`brand_followers_expected_gain`,
          `t176`.`brand_followers_start__provenance`,
          `t176`.`brand_followers_gained__provenance`,
          `t176`.`brand_followers_expected_gain__provenance`,
          `t176`.`influencers_contacted`,
          `t176`.`influencers_interested`,
          `t176`.`posts_contracted`,
          `t176`.`products_sent`,
          `t176`.`key_messages`,
          `t176`.`emv_rate`,
          `t176`.`emv`,
          `t176`.`emv__provenance`,
          `t119`.`paid_rate`
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
            `t173`.`key_message_posts`,
            `t173`.`ugc_post`,
            `t173`.`mentions`,
            `t173`.`brand_mentions`,
            `t173`.`mention_engagements`,
            `t173`.`brand_mention_engagements`,
            `t173`.`followers_start`,
            `t173`.`followers_gained`,
            `t173`.`followers_expected_gain`,
            `t173`.`followers_start__provenance`,
            `t173`.`followers_gained__provenance`,
            `t173`.`followers_expected_gain__provenance`,
            `t173`.`brand_followers_start`,
            `t173`.`brand_followers_gained`,
            `t173`.`brand_followers_expected_gain`,
            `t173`.`brand_followers_start__provenance`,
            `t173`.`brand_followers_gained__provenance`,
            `t173`.`brand_followers_expected_gain__provenance`,
            `t173`.`influencers_contacted`,
            `t173`.`influencers_interested`,
            `t173`.`posts_contracted`,
            `t173`.`products_sent`,
            `t173`.`key_messages`,
            `t173`.`emv_rate`,
            IF(
              (
                `t173`.`post_id` IS NOT NULL
              )
              AND (
                (
                  (
                    (
                      COALESCE(`t173`.`impressions`, `t173`.`views`) * CASE WHEN `t173`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                    ) / 1000
                  ) IS NOT NULL
                  AND NOT ISNAN(
                    (
                      COALESCE(`t173`.`impressions`, `t173`.`views`) * CASE WHEN `t173`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                    ) / 1000
                  )
                )
                OR (
                  (
                    CASE
                      WHEN `t173`.`platform` = 'instagram'
                      THEN 0.07
                      WHEN `t173`.`platform` = 'tiktok'
                      THEN 0.09
                      WHEN `t173`.`platform` = 'youtube'
                      THEN 0.08
                      ELSE CAST(NULL AS DOUBLE)
                    END * `t173`.`likes`
                  ) IS NOT NULL
                  AND NOT ISNAN(
                    CASE
                      WHEN `t173`.`platform` = 'instagram'
                      THEN 0.07
                      WHEN `t173`.`platform` = 'tiktok'
                      THEN 0.09
                      WHEN `t173`.`platform` = 'youtube'
                      THEN 0.08
                      ELSE CAST(NULL AS DOUBLE)
                    END * `t173`.`likes`
                  )
                )
                OR (
                  (
                    CASE
                      WHEN `t173`.`platform` = 'instagram'
                      THEN 3.46
                      WHEN `t173`.`platform` = 'tiktok'
                      THEN 3.52
                      WHEN `t173`.`platform` = 'youtube'
                      THEN 6.99
                      ELSE CAST(NULL AS DOUBLE)
                    END * `t173`.`comments`
                  ) IS NOT NULL
                  AND NOT ISNAN(
                    CASE
                      WHEN `t173`.`platform` = 'instagram'
                      THEN 3.46
                      WHEN `t173`.`platform` = 'tiktok'
                      THEN 3.52
                      WHEN `t173`.`platform` = 'youtube'
                      THEN 6.99
                      ELSE CAST(NULL AS DOUBLE)
                    END * `t173`.`comments`
                  )
                )
                OR (
                  (
                    CASE WHEN `t173`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t173`.`shares`
                  ) IS NOT NULL
                  AND NOT ISNAN(
                    CASE WHEN `t173`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t173`.`shares`
                  )
                )
              ),
              (
                COALESCE(
                  (
                    COALESCE(`t173`.`impressions`, `t173`.`views`) * CASE WHEN `t173`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                  ) / 1000,
                  0
                ) + COALESCE(
                  CASE
                    WHEN `t173`.`platform` = 'instagram'
                    THEN 0.07
                    WHEN `t173`.`platform` = 'tiktok'
                    THEN 0.09
                    WHEN `t173`.`platform` = 'youtube'
                    THEN 0.08
                    ELSE CAST(NULL AS DOUBLE)
                  END * `t173`.`likes`,
                  0
                ) + COALESCE(
                  CASE
                    WHEN `t173`.`platform` = 'instagram'
                    THEN 3.46
                    WHEN `t173`.`platform` = 'tiktok'
                    THEN 3.52
                    WHEN `t173`.`platform` = 'youtube'
                    THEN 6.99
                    ELSE CAST(NULL AS DOUBLE)
                  END * `t173`.`comments`,
                  0
                ) + COALESCE(
                  CASE WHEN `t173`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t173`.`shares`,
                  0
                )
              ) * `t173`.`emv_rate`,
              CAST(NULL AS DOUBLE)
            ) AS `emv`,
            NULLIF(
              GREATEST(
                COALESCE(`t173`.`impressions__provenance`, -1),
                COALESCE(`t173`.`views__provenance`, -1),
                COALESCE(`t173`.`engagements__provenance`, -1)
              ),
              -1
            ) AS `emv__provenance`
          FROM (
            SELECT
              `t171`.`campaign_id`,
              `t171`.`campaign`,
              `t171`.`influencer_id`,
              `t171`.`influencer`,
              `t171`.`account_id`,
              `t171`.`platform`,
              `t171`.`format`,
              `t171`.`post_id`,
              `t171`.`day`,
              `t171`.`reach`,
              `t171`.`impressions`,
              `t171`.`views`,
              `t171`.`likes`,
              `t171`.`comments`,
              `t171`.`shares`,
              `t171`.`saves`,
              `t171`.`clicks`,
              `t171`.`reach__provenance`,
              `t171`.`impressions__provenance`,
              `t171`.`views__provenance`,
              `t171`.`likes__provenance`,
              `t171`.`comments__provenance`,
              `t171`.`shares__provenance`,
              `t171`.`saves__provenance`,
              `t171`.`clicks__provenance`,
              `t171`.`followers`,
              `t171`.`followers__provenance`,
              `t171`.`engagements`,
              `t171`.`engagements__provenance`,
              `t171`.`impressions_with_estimates`,
              `t171`.`impressions_with_estimates__provenance`,
              `t171`.`er_reach_post`,
              `t171`.`er_followers_post`,
              `t171`.`er_impressions_post`,
              `t171`.`er_views_post`,
              `t171`.`er_reach_post__provenance`,
              `t171`.`er_followers_post__provenance`,
              `t171`.`er_impressions_post__provenance`,
              `t171`.`er_views_post__provenance`,
              `t171`.`post_platform`,
              `t171`.`publishing_influencer`,
              `t171`.`sponsored_posts`,
              `t171`.`disclosed_sponsored_posts`,
              `t171`.`cost`,
              `t171`.`key_message_posts`,
              `t171`.`ugc_post`,
              `t171`.`mentions`,
              `t171`.`brand_mentions`,
              `t171`.`mention_engagements`,
              `t171`.`brand_mention_engagements`,
              `t171`.`followers_start`,
              `t171`.`followers_gained`,
              `t171`.`followers_expected_gain`,
              `t171`.`followers_start__provenance`,
              `t171`.`followers_gained__provenance`,
              `t171`.`followers_expected_gain__provenance`,
              `t171`.`brand_followers_start`,
              `t171`.`brand_followers_gained`,
              `t171`.`brand_followers_expected_gain`,
              `t171`.`brand_followers_start__provenance`,
              `t171`.`brand_followers_gained__provenance`,
              `t171`.`brand_followers_expected_gain__provenance`,
              `t171`.`influencers_contacted`,
              `t171`.`influencers_interested`,
              `t171`.`posts_contracted`,
              `t171`.`products_sent`,
              `t171`.`key_messages`,
              `t120`.`emv_rate`
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
                            `t161`.`campaign_id`,
                            `t161`.`campaign`,
                            `t161`.`influencer_id`,
                            `t161`.`influencer`,
                            `t161`.`account_id`,
                            `t161`.`platform`,
                            `t161`.`format`,
                            `t161`.`post_id`,
                            `t161`.`day`,
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
                            CAST(`t161`.`followers__provenance` AS BIGINT) AS `followers__provenance`,
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
                            CAST(`t161`.`publishing_influencer` AS DOUBLE) AS `publishing_influencer`,
                            `t161`.`sponsored_posts`,
                            `t161`.`disclosed_sponsored_posts`,
                            `t161`.`cost`,
                            `t161`.`key_message_posts`,
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
                              `t152`.`impressions_with_estimates`,
                              `t152`.`impressions_with_estimates__provenance`,
                              `t152`.`er_reach_post`,
                              `t152`.`er_followers_post`,
                              `t152`.`er_impressions_post`,
                              `t152`.`er_views_post`,
                              `t152`.`er_reach_post__provenance`,
                              `t152`.`er_followers_post__provenance`,
                              `t152`.`er_impressions_post__provenance`,
                              `t152`.`er_views_post__provenance`,
                              `t152`.`post_platform`,
                              `t152`.`publishing_influencer`,
                              `t152`.`sponsored_posts`,
                              `t152`.`disclosed_sponsored_posts`,
                              `t152`.`cost`,
                              `t160`.`key_message_posts`
                            FROM (
                              SELECT
                                `t140`.`campaign_id`,
                                `t140`.`campaign`,
                                `t140`.`influencer_id`,
                                `t140`.`influencer`,
                                `t140`.`account_id`,
                                `t140`.`platform`,
                                `t140`.`format`,
                                `t140`.`post_id`,
                                `t140`.`day`,
                                `t140`.`country`,
                                `t140`.`caption`,
                                `t140`.`sponsored`,
                                `t140`.`reach`,
                                `t140`.`impressions`,
                                `t140`.`views`,
                                `t140`.`likes`,
                                `t140`.`comments`,
                                `t140`.`shares`,
                                `t140`.`saves`,
                                `t140`.`clicks`,
                                `t140`.`reach__provenance`,
                                `t140`.`impressions__provenance`,
                                `t140`.`views__provenance`,
                                `t140`.`likes__provenance`,
                                `t140`.`comments__provenance`,
                                `t140`.`shares__provenance`,
                                `t140`.`saves__provenance`,
                                `t140`.`clicks__provenance`,
                                `t140`.`followers`,
                                `t140`.`followers__provenance`,
                                `t140`.`engagements`,
                                `t140`.`engagements__provenance`,
                                `t140`.`impressions_with_estimates`,
                                `t140`.`impressions_with_estimates__provenance`,
                                `t140`.`er_reach_post`,
                                `t140`.`er_followers_post`,
                                `t140`.`er_impressions_post`,
                                `t140`.`er_views_post`,
                                `t140`.`er_reach_post__provenance`,
                                `t140`.`er_followers_post__provenance`,
                                `t140`.`er_impressions_post__provenance`,
                                `t140`.`er_views_post__provenance`,
                                `t140`.`post_platform`,
                                `t140`.`publishing_influencer`,
                                `t140`.`sponsored_posts`,
                                `t140`.`disclosed_sponsored_posts`,
                                `t115`.`cost`
                              FROM (
                                SELECT
                                  `t125`.`campaign_id`,
                                  `t125`.`campaign`,
                                  `t125`.`influencer_id`,
                                  `t125`.`influencer`,
                                  `t125`.`account_id`,
                                  `t125`.`platform`,
                                  `t125`.`format`,
                                  `t125`.`post_id`,
                                  `t125`.`day`,
                                  `t125`.`country`,
                                  `t125`.`caption`,
                                  `t125`.`sponsored`,
                                  `t125`.`reach`,
                                  `t125`.`impressions`,
                                  `t125`.`views`,
                                  `t125`.`likes`,
                                  `t125`.`comments`,
                                  `t125`.`shares`,
                                  `t125`.`saves`,
                                  `t125`.`clicks`,
                                  `t125`.`reach__provenance`,
                                  `t125`.`impressions__provenance`,
                                  `t125`.`views__provenance`,
                                  `t125`.`likes__provenance`,
                                  `t125`.`comments__provenance`,
                                  `t125`.`shares__provenance`,
                                  `t125`.`saves__provenance`,
                                  `t125`.`clicks__provenance`,
                                  `t125`.`followers`,
                                  `t125`.`followers__provenance`,
                                  `t125`.`engagements`,
                                  `t125`.`engagements__provenance`,
                                  COALESCE(
                                    COALESCE(`t125`.`impressions`, `t125`.`views`),
                                    `t125`.`reach` * COALESCE(
                                      SUM(
                                        IF(
                                          `t125`.`impressions` IS NOT NULL
                                          AND NOT ISNAN(`t125`.`impressions`)
                                          AND (
                                            `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                          ),
                                          `t125`.`impressions`,
                                          NULL
                                        )
                                      ) OVER (
                                        PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                      ) / NULLIF(
                                        SUM(
                                          IF(
                                            `t125`.`impressions` IS NOT NULL
                                            AND NOT ISNAN(`t125`.`impressions`)
                                            AND (
                                              `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                            ),
                                            `t125`.`reach`,
                                            NULL
                                          )
                                        ) OVER (
                                          PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        ),
                                        0
                                      ),
                                      CAST(1 AS DOUBLE)
                                    )
                                  ) AS `impressions_with_estimates`,
                                  IF(
                                    COALESCE(
                                      COALESCE(`t125`.`impressions`, `t125`.`views`),
                                      `t125`.`reach` * COALESCE(
                                        SUM(
                                          IF(
                                            `t125`.`impressions` IS NOT NULL
                                            AND NOT ISNAN(`t125`.`impressions`)
                                            AND (
                                              `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                            ),
                                            `t125`.`impressions`,
                                            NULL
                                          )
                                        ) OVER (
                                          PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        ) / NULLIF(
                                          SUM(
                                            IF(
                                              `t125`.`impressions` IS NOT NULL
                                              AND NOT ISNAN(`t125`.`impressions`)
                                              AND (
                                                `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                              ),
                                              `t125`.`reach`,
                                              NULL
                                            )
                                          ) OVER (
                                            PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                          ),
                                          0
                                        ),
                                        CAST(1 AS DOUBLE)
                                      )
                                    ) IS NOT NULL
                                    AND NOT ISNAN(
                                      COALESCE(
                                        COALESCE(`t125`.`impressions`, `t125`.`views`),
                                        `t125`.`reach` * COALESCE(
                                          SUM(
                                            IF(
                                              `t125`.`impressions` IS NOT NULL
                                              AND NOT ISNAN(`t125`.`impressions`)
                                              AND (
                                                `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                              ),
                                              `t125`.`impressions`,
                                              NULL
                                            )
                                          ) OVER (
                                            PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                          ) / NULLIF(
                                            SUM(
                                              IF(
                                                `t125`.`impressions` IS NOT NULL
                                                AND NOT ISNAN(`t125`.`impressions`)
                                                AND (
                                                  `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                                ),
                                                `t125`.`reach`,
                                                NULL
                                              )
                                            ) OVER (
                                              PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                            ),
                                            0
                                          ),
                                          CAST(1 AS DOUBLE)
                                        )
                                      )
                                    ),
                                    IF(
                                      `t125`.`impressions` IS NOT NULL AND NOT ISNAN(`t125`.`impressions`),
                                      `t125`.`impressions__provenance`,
                                      2
                                    ),
                                    CAST(NULL AS BIGINT)
                                  ) AS `impressions_with_estimates__provenance`,
                                  (
                                    `t125`.`engagements` / NULLIF(`t125`.`reach`, 0)
                                  ) * 100 AS `er_reach_post`,
                                  (
                                    `t125`.`engagements` / NULLIF(`t125`.`followers`, 0)
                                  ) * 100 AS `er_followers_post`,
                                  (
                                    `t125`.`engagements` / NULLIF(`t125`.`impressions`, 0)
                                  ) * 100 AS `er_impressions_post`,
                                  (
                                    `t125`.`engagements` / NULLIF(`t125`.`views`, 0)
                                  ) * 100 AS `er_views_post`,
                                  NULLIF(
                                    GREATEST(
                                      COALESCE(`t125`.`engagements__provenance`, -1),
                                      COALESCE(`t125`.`reach__provenance`, -1)
                                    ),
                                    -1
                                  ) AS `er_reach_post__provenance`,
                                  NULLIF(
                                    GREATEST(
                                      COALESCE(`t125`.`engagements__provenance`, -1),
                                      COALESCE(`t125`.`followers__provenance`, -1)
                                    ),
                                    -1
                                  ) AS `er_followers_post__provenance`,
                                  NULLIF(
                                    GREATEST(
                                      COALESCE(`t125`.`engagements__provenance`, -1),
                                      COALESCE(`t125`.`impressions__provenance`, -1)
                                    ),
                                    -1
                                  ) AS `er_impressions_post__provenance`,
                                  NULLIF(
                                    GREATEST(
                                      COALESCE(`t125`.`engagements__provenance`, -1),
                                      COALESCE(`t125`.`views__provenance`, -1)
                                    ),
                                    -1
                                  ) AS `er_views_post__provenance`,
                                  `t125`.`platform` AS `post_platform`,
                                  `t125`.`influencer_id` AS `publishing_influencer`,
                                  CAST(IF(`t125`.`sponsored`, 1, 0) AS DOUBLE) AS `sponsored_posts`,
                                  CAST(IF(
                                    `t125`.`sponsored`
                                    AND CASE
                                      WHEN UPPER(`t125`.`country`) = 'FR'
                                      THEN CONTAINS(LOWER(`t125`.`caption`), 'publicité')
                                      OR CONTAINS(LOWER(`t125`.`caption`), 'publicite')
                                      OR CONTAINS(LOWER(`t125`.`caption`), 'collaboration commerciale')
                                      WHEN UPPER(`t125`.`country`) = 'BE'
                                      THEN CONTAINS(LOWER(`t125`.`caption`), 'publicité')
                                      OR CONTAINS(LOWER(`t125`.`caption`), 'publicite')
                                      OR CONTAINS(LOWER(`t125`.`caption`), 'collaboration commerciale')
                                      OR CONTAINS(LOWER(`t125`.`caption`), '#pub')
                                      OR CONTAINS(LOWER(`t125`.`caption`), 'reclame')
                                      OR CONTAINS(LOWER(`t125`.`caption`), '#ad')
                                      OR CONTAINS(LOWER(`t125`.`caption`), 'samenwerking')
                                      WHEN UPPER(`t125`.`country`) = 'DE'
                                      THEN CONTAINS(LOWER(`t125`.`caption`), 'werbung')
                                      OR CONTAINS(LOWER(`t125`.`caption`), 'anzeige')
                                      WHEN UPPER(`t125`.`country`) = 'ES'
                                      THEN CONTAINS(LOWER(`t125`.`caption`), 'publicidad')
                                      OR CONTAINS(LOWER(`t125`.`caption`), '#publi')
                                      OR CONTAINS(LOWER(`t125`.`caption`), 'patrocinado')
                                      OR CONTAINS(LOWER(`t125`.`caption`), 'colaboración pagada')
                                      WHEN UPPER(`t125`.`country`) = 'IT'
                                      THEN CONTAINS(LOWER(`t125`.`caption`), 'pubblicità')
                                      OR CONTAINS(LOWER(`t125`.`caption`), '#adv')
                                      OR CONTAINS(LOWER(`t125`.`caption`), 'sponsorizzato')
                                      OR CONTAINS(LOWER(`t125`.`caption`), '#sponsored')
                                      WHEN UPPER(`t125`.`country`) = 'GB'
                                      THEN CONTAINS(LOWER(`t125`.`caption`), '#ad')
                                      OR CONTAINS(LOWER(`t125`.`caption`), 'advert')
                                      OR CONTAINS(LOWER(`t125`.`caption`), 'advertisement')
                                      WHEN UPPER(`t125`.`country`) = 'US'
                                      THEN CONTAINS(LOWER(`t125`.`caption`), '#ad')
                                      OR CONTAINS(LOWER(`t125`.`caption`), '#sponsored')
                                      OR CONTAINS(LOWER(`t125`.`caption`), 'advertisement')
                                      OR CONTAINS(LOWER(`t125`.`caption`), 'paid partnership')
                                      ELSE CONTAINS(LOWER(`t125`.`caption`), '#ad')
                                      OR CONTAINS(LOWER(`t125`.`caption`), '#sponsored')
                                      OR CONTAINS(LOWER(`t125`.`caption`), 'paid partnership')
                                      OR CONTAINS(LOWER(`t125`.`caption`), 'advertisement')
                                    END,
                                    1,
                                    0
                                  ) AS DOUBLE) AS `disclosed_sponsored_posts`
                                FROM (
                                  SELECT
                                    `t116`.`campaign_id`,
                                    `t116`.`campaign`,
                                    `t116`.`influencer_id`,
                                    `t116`.`influencer`,
                                    `t116`.`account_id`,
                                    `t116`.`platform`,
                                    `t116`.`format`,
                                    `t116`.`post_id`,
                                    `t116`.`day`,
                                    `t116`.`country`,
                                    `t116`.`caption`,
                                    `t116`.`sponsored`,
                                    `t116`.`reach`,
                                    `t116`.`impressions`,
                                    `t116`.`views`,
                                    `t116`.`likes`,
                                    `t116`.`comments`,
                                    `t116`.`shares`,
                                    `t116`.`saves`,
                                    `t116`.`clicks`,
                                    `t116`.`reach__provenance`,
                                    `t116`.`impressions__provenance`,
                                    `t116`.`views__provenance`,
                                    `t116`.`likes__provenance`,
                                    `t116`.`comments__provenance`,
                                    `t116`.`shares__provenance`,
                                    `t116`.`saves__provenance`,
                                    `t116`.`clicks__provenance`,
                                    `t116`.`followers`,
                                    `t116`.`followers__provenance`,
                                    IF(
                                      (
                                        `t116`.`likes` IS NOT NULL AND NOT ISNAN(`t116`.`likes`)
                                      )
                                      OR (
                                        `t116`.`comments` IS NOT NULL AND NOT ISNAN(`t116`.`comments`)
                                      )
                                      OR (
                                        `t116`.`shares` IS NOT NULL AND NOT ISNAN(`t116`.`shares`)
                                      )
                                      OR (
                                        `t116`.`saves` IS NOT NULL AND NOT ISNAN(`t116`.`saves`)
                                      ),
                                      CAST(0 AS DOUBLE) + COALESCE(`t116`.`likes`, 0) + COALESCE(`t116`.`comments`, 0) + COALESCE(`t116`.`shares`, 0) + COALESCE(`t116`.`saves`, 0),
                                      CAST(NULL AS DOUBLE)
                                    ) AS `engagements`,
                                    NULLIF(
                                      GREATEST(
                                        COALESCE(`t116`.`likes__provenance`, -1),
                                        COALESCE(`t116`.`comments__provenance`, -1),
                                        COALESCE(`t116`.`shares__provenance`, -1),
                                        COALESCE(`t116`.`saves__provenance`, -1)
                                      ),
                                      -1
                                    ) AS `engagements__provenance`
                                  FROM (
                                    SELECT
                                      `t84`.`campaign_id`,
                                      `t84`.`campaign`,
                                      `t84`.`influencer_id`,
                                      `t84`.`influencer`,
                                      `t84`.`account_id`,
                                      `t84`.`platform`,
                                      `t84`.`format`,
                                      `t84`.`post_id`,
                                      `t84`.`day`,
                                      `t84`.`country`,
                                      `t84`.`caption`,
                                      `t84`.`sponsored`,
                                      `t96`.`reach`,
                                      `t96`.`impressions`,
                                      `t96`.`views`,
                                      `t96`.`likes`,
                                      `t96`.`comments`,
                                      `t96`.`shares`,
                                      `t96`.`saves`,
                                      `t96`.`clicks`,
                                      `t96`.`reach__provenance`,
                                      `t96`.`impressions__provenance`,
                                      `t96`.`views__provenance`,
                                      `t96`.`likes__provenance`,
                                      `t96`.`comments__provenance`,
                                      `t96`.`shares__provenance`,
                                      `t96`.`saves__provenance`,
                                      `t96`.`clicks__provenance`,
                                      `t103`.`followers`,
                                      `t103`.`followers__provenance`
                                    FROM `t63` AS `t84`
                                    LEFT OUTER JOIN (
                                      SELECT
                                        CAST(`t64`.`post_id` AS BIGINT) AS `post_id`,
                                        CAST(MAX_BY(
                                          IF(`t64`.`metric` = 'reach', `t64`.`value`, NULL),
                                          IF(
                                            `t64`.`metric` = 'reach',
                                            (
                                              DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                            ) + (
                                              15 - CASE `t64`.`provenance`
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
                                          IF(`t64`.`metric` = 'impressions', `t64`.`value`, NULL),
                                          IF(
                                            `t64`.`metric` = 'impressions',
                                            (
                                              DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                            ) + (
                                              15 - CASE `t64`.`provenance`
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
                                          IF(`t64`.`metric` = 'views', `t64`.`value`, NULL),
                                          IF(
                                            `t64`.`metric` = 'views',
                                            (
                                              DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                            ) + (
                                              15 - CASE `t64`.`provenance`
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
                                          IF(`t64`.`metric` = 'likes', `t64`.`value`, NULL),
                                          IF(
                                            `t64`.`metric` = 'likes',
                                            (
                                              DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                            ) + (
                                              15 - CASE `t64`.`provenance`
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
                                          IF(`t64`.`metric` = 'comments', `t64`.`value`, NULL),
                                          IF(
                                            `t64`.`metric` = 'comments',
                                            (
                                              DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                            ) + (
                                              15 - CASE `t64`.`provenance`
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
                                          IF(`t64`.`metric` = 'shares', `t64`.`value`, NULL),
                                          IF(
                                            `t64`.`metric` = 'shares',
                                            (
                                              DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                            ) + (
                                              15 - CASE `t64`.`provenance`
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
                                          IF(`t64`.`metric` = 'saves', `t64`.`value`, NULL),
                                          IF(
                                            `t64`.`metric` = 'saves',
                                            (
                                              DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                            ) + (
                                              15 - CASE `t64`.`provenance`
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
                                          IF(`t64`.`metric` = 'clicks', `t64`.`value`, NULL),
                                          IF(
                                            `t64`.`metric` = 'clicks',
                                            (
                                              DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                            ) + (
                                              15 - CASE `t64`.`provenance`
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
                                              `t64`.`metric` = 'reach',
                                              (
                                                DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                              ) + (
                                                15 - CASE `t64`.`provenance`
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
                                              `t64`.`metric` = 'impressions',
                                              (
                                                DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                              ) + (
                                                15 - CASE `t64`.`provenance`
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
                                              `t64`.`metric` = 'views',
                                              (
                                                DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                              ) + (
                                                15 - CASE `t64`.`provenance`
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
                                              `t64`.`metric` = 'likes',
                                              (
                                                DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                              ) + (
                                                15 - CASE `t64`.`provenance`
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
                                              `t64`.`metric` = 'comments',
                                              (
                                                DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                              ) + (
                                                15 - CASE `t64`.`provenance`
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
                                              `t64`.`metric` = 'shares',
                                              (
                                                DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                              ) + (
                                                15 - CASE `t64`.`provenance`
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
                                              `t64`.`metric` = 'saves',
                                              (
                                                DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                              ) + (
                                                15 - CASE `t64`.`provenance`
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
                                              `t64`.`metric` = 'clicks',
                                              (
                                                DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                              ) + (
                                                15 - CASE `t64`.`provenance`
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
                                          FROM `metric_snapshot` AS `t9`
                                          WHERE
                                            `t9`.`post_id` IN (
                                              SELECT
                                                `t6`.`id`
                                              FROM `post` AS `t6`
                                              WHERE
                                                `t6`.`campaign_id` IS NOT NULL AND `t6`.`campaign_id` IN (1)
                                            )
                                        ) AS `t47`
                                        WHERE
                                          `t47`.`captured_at` <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                                      ) AS `t64`
                                      GROUP BY
                                        1
                                    ) AS `t96`
                                      ON `t84`.`post_id` = `t96`.`post_id`
                                    LEFT OUTER JOIN (
                                      SELECT
                                        `t86`.`post_id`,
                                        CAST(IF(`t86`.`before` IS NOT NULL, `t86`.`before`, `t86`.`after`) AS DOUBLE) AS `followers`,
                                        IF(`t86`.`before` IS NOT NULL, `t86`.`before_rank`, `t86`.`after_rank`) AS `followers__provenance`
                                      FROM (
                                        SELECT
                                          CAST(`t65`.`post_id` AS BIGINT) AS `post_id`,
                                          MAX_BY(
                                            IF(`t65`.`captured_at` <= `t65`.`published_at`, `t65`.`followers`, NULL),
                                            IF(`t65`.`captured_at` <= `t65`.`published_at`, `t65`.`captured_at`, NULL)
                                          ) AS `before`,
                                          MAX_BY(
                                            IF(
                                              `t65`.`captured_at` <= `t65`.`published_at`,
                                              CASE `t65`.`provenance`
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
                                            IF(`t65`.`captured_at` <= `t65`.`published_at`, `t65`.`captured_at`, NULL)
                                          ) AS `before_rank`,
                                          MIN_BY(
                                            IF(NOT (
                                              `t65`.`captured_at` <= `t65`.`published_at`
                                            ), `t65`.`followers`, NULL),
                                            IF(NOT (
                                              `t65`.`captured_at` <= `t65`.`published_at`
                                            ), `t65`.`captured_at`, NULL)
                                          ) AS `after`,
                                          MIN_BY(
                                            IF(
                                              NOT (
                                                `t65`.`captured_at` <= `t65`.`published_at`
                                              ),
                                              CASE `t65`.`provenance`
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
                                              `t65`.`captured_at` <= `t65`.`published_at`
                                            ), `t65`.`captured_at`, NULL)
                                          ) AS `after_rank`
                                        FROM (
                                          SELECT
                                            `t41`.`post_id`,
                                            `t41`.`account_id`,
                                            `t41`.`published_at`,
                                            `t19`.`id`,
                                            `t19`.`captured_at`,
                                            `t19`.`followers`,
                                            `t19`.`source`,
                                            `t19`.`provenance`
                                          FROM (
                                            SELECT
                                              `t6`.`id` AS `post_id`,
                                              `t6`.`account_id`,
                                              `t6`.`published_at`
                                            FROM `post` AS `t6`
                                            WHERE
                                              `t6`.`campaign_id` IS NOT NULL AND `t6`.`campaign_id` IN (1)
                                          ) AS `t41`
                                          INNER JOIN `follower_snapshot` AS `t19`
                                            ON `t41`.`account_id` = `t19`.`account_id`
                                        ) AS `t65`
                                        GROUP BY
                                          1
                                      ) AS `t86`
                                    ) AS `t103`
                                      ON `t84`.`post_id` = `t103`.`post_id`
                                  ) AS `t116`
                                ) AS `t125`
                              ) AS `t140`
                              LEFT OUTER JOIN (
                                SELECT
                                  `t102`.`post_id`,
                                  SUM(`t102`.`cost`) AS `cost`
                                FROM (
                                  SELECT
                                    `t92`.`post_id`,
                                    `t82`.`amount` / `t92`.`n_posts` AS `cost`
                                  FROM `t61` AS `t82`
                                  INNER JOIN (
                                    SELECT
                                      `t77`.`campaign_id`,
                                      `t77`.`campaign`,
                                      `t77`.`influencer_id`,
                                      `t77`.`influencer`,
                                      `t77`.`account_id`,
                                      `t77`.`platform`,
                                      `t77`.`format`,
                                      `t77`.`post_id`,
                                      `t77`.`day`,
                                      `t77`.`country`,
                                      `t77`.`caption`,
                                      `t77`.`sponsored`,
                                      COUNT(`t77`.`post_id`) OVER (
                                        PARTITION BY `t77`.`campaign_id`, `t77`.`influencer_id`
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                      ) AS `n_posts`
                                    FROM `t63` AS `t77`
                                  ) AS `t92`
                                    ON `t82`.`campaign_id` = `t92`.`campaign_id`
                                    AND `t82`.`influencer_id` = `t92`.`influencer_id`
                                ) AS `t102`
                                GROUP BY
                                  1
                              ) AS `t115`
                                ON `t140`.`post_id` = `t115`.`post_id`
                            ) AS `t152`
                            LEFT OUTER JOIN (
                              SELECT
                                `t153`.`post_id`,
                                MAX(
                                  CAST(IF(CONTAINS(LOWER(`t153`.`caption`), LOWER(`t153`.`message`)), 1, 0) AS DOUBLE)
                                ) AS `key_message_posts`
                              FROM (
                                SELECT
                                  `t145`.`campaign_id`,
                                  `t145`.`post_id`,
                                  `t145`.`caption`,
                                  `t67`.`message`
                                FROM (
                                  SELECT
                                    `t138`.`campaign_id`,
                                    `t138`.`post_id`,
                                    `t138`.`caption`
                                  FROM (
                                    SELECT
                                      `t125`.`campaign_id`,
                                      `t125`.`campaign`,
                                      `t125`.`influencer_id`,
                                      `t125`.`influencer`,
                                      `t125`.`account_id`,
                                      `t125`.`platform`,
                                      `t125`.`format`,
                                      `t125`.`post_id`,
                                      `t125`.`day`,
                                      `t125`.`country`,
                                      `t125`.`caption`,
                                      `t125`.`sponsored`,
                                      `t125`.`reach`,
                                      `t125`.`impressions`,
                                      `t125`.`views`,
                                      `t125`.`likes`,
                                      `t125`.`comments`,
                                      `t125`.`shares`,
                                      `t125`.`saves`,
                                      `t125`.`clicks`,
                                      `t125`.`reach__provenance`,
                                      `t125`.`impressions__provenance`,
                                      `t125`.`views__provenance`,
                                      `t125`.`likes__provenance`,
                                      `t125`.`comments__provenance`,
                                      `t125`.`shares__provenance`,
                                      `t125`.`saves__provenance`,
                                      `t125`.`clicks__provenance`,
                                      `t125`.`followers`,
                                      `t125`.`followers__provenance`,
                                      `t125`.`engagements`,
                                      `t125`.`engagements__provenance`,
                                      COALESCE(
                                        COALESCE(`t125`.`impressions`, `t125`.`views`),
                                        `t125`.`reach` * COALESCE(
                                          SUM(
                                            IF(
                                              `t125`.`impressions` IS NOT NULL
                                              AND NOT ISNAN(`t125`.`impressions`)
                                              AND (
                                                `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                              ),
                                              `t125`.`impressions`,
                                              NULL
                                            )
                                          ) OVER (
                                            PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                          ) / NULLIF(
                                            SUM(
                                              IF(
                                                `t125`.`impressions` IS NOT NULL
                                                AND NOT ISNAN(`t125`.`impressions`)
                                                AND (
                                                  `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                                ),
                                                `t125`.`reach`,
                                                NULL
                                              )
                                            ) OVER (
                                              PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                            ),
                                            0
                                          ),
                                          CAST(1 AS DOUBLE)
                                        )
                                      ) AS `impressions_with_estimates`,
                                      IF(
                                        COALESCE(
                                          COALESCE(`t125`.`impressions`, `t125`.`views`),
                                          `t125`.`reach` * COALESCE(
                                            SUM(
                                              IF(
                                                `t125`.`impressions` IS NOT NULL
                                                AND NOT ISNAN(`t125`.`impressions`)
                                                AND (
                                                  `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                                ),
                                                `t125`.`impressions`,
                                                NULL
                                              )
                                            ) OVER (
                                              PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                            ) / NULLIF(
                                              SUM(
                                                IF(
                                                  `t125`.`impressions` IS NOT NULL
                                                  AND NOT ISNAN(`t125`.`impressions`)
                                                  AND (
                                                    `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                                  ),
                                                  `t125`.`reach`,
                                                  NULL
                                                )
                                              ) OVER (
                                                PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              ),
                                              0
                                            ),
                                            CAST(1 AS DOUBLE)
                                          )
                                        ) IS NOT NULL
                                        AND NOT ISNAN(
                                          COALESCE(
                                            COALESCE(`t125`.`impressions`, `t125`.`views`),
                                            `t125`.`reach` * COALESCE(
                                              SUM(
                                                IF(
                                                  `t125`.`impressions` IS NOT NULL
                                                  AND NOT ISNAN(`t125`.`impressions`)
                                                  AND (
                                                    `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                                  ),
                                                  `t125`.`impressions`,
                                                  NULL
                                                )
                                              ) OVER (
                                                PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              ) / NULLIF(
                                                SUM(
                                                  IF(
                                                    `t125`.`impressions` IS NOT NULL
                                                    AND NOT ISNAN(`t125`.`impressions`)
                                                    AND (
                                                      `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                                    ),
                                                    `t125`.`reach`,
                                                    NULL
                                                  )
                                                ) OVER (
                                                  PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ),
                                                0
                                              ),
                                              CAST(1 AS DOUBLE)
                                            )
                                          )
                                        ),
                                        IF(
                                          `t125`.`impressions` IS NOT NULL AND NOT ISNAN(`t125`.`impressions`),
                                          `t125`.`impressions__provenance`,
                                          2
                                        ),
                                        CAST(NULL AS BIGINT)
                                      ) AS `impressions_with_estimates__provenance`,
                                      (
                                        `t125`.`engagements` / NULLIF(`t125`.`reach`, 0)
                                      ) * 100 AS `er_reach_post`,
                                      (
                                        `t125`.`engagements` / NULLIF(`t125`.`followers`, 0)
                                      ) * 100 AS `er_followers_post`,
                                      (
                                        `t125`.`engagements` / NULLIF(`t125`.`impressions`, 0)
                                      ) * 100 AS `er_impressions_post`,
                                      (
                                        `t125`.`engagements` / NULLIF(`t125`.`views`, 0)
                                      ) * 100 AS `er_views_post`,
                                      NULLIF(
                                        GREATEST(
                                          COALESCE(`t125`.`engagements__provenance`, -1),
                                          COALESCE(`t125`.`reach__provenance`, -1)
                                        ),
                                        -1
                                      ) AS `er_reach_post__provenance`,
                                      NULLIF(
                                        GREATEST(
                                          COALESCE(`t125`.`engagements__provenance`, -1),
                                          COALESCE(`t125`.`followers__provenance`, -1)
                                        ),
                                        -1
                                      ) AS `er_followers_post__provenance`,
                                      NULLIF(
                                        GREATEST(
                                          COALESCE(`t125`.`engagements__provenance`, -1),
                                          COALESCE(`t125`.`impressions__provenance`, -1)
                                        ),
                                        -1
                                      ) AS `er_impressions_post__provenance`,
                                      NULLIF(
                                        GREATEST(
                                          COALESCE(`t125`.`engagements__provenance`, -1),
                                          COALESCE(`t125`.`views__provenance`, -1)
                                        ),
                                        -1
                                      ) AS `er_views_post__provenance`,
                                      `t125`.`platform` AS `post_platform`,
                                      `t125`.`influencer_id` AS `publishing_influencer`,
                                      CAST(IF(`t125`.`sponsored`, 1, 0) AS DOUBLE) AS `sponsored_posts`,
                                      CAST(IF(
                                        `t125`.`sponsored`
                                        AND CASE
                                          WHEN UPPER(`t125`.`country`) = 'FR'
                                          THEN CONTAINS(LOWER(`t125`.`caption`), 'publicité')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'publicite')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'collaboration commerciale')
                                          WHEN UPPER(`t125`.`country`) = 'BE'
                                          THEN CONTAINS(LOWER(`t125`.`caption`), 'publicité')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'publicite')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'collaboration commerciale')
                                          OR CONTAINS(LOWER(`t125`.`caption`), '#pub')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'reclame')
                                          OR CONTAINS(LOWER(`t125`.`caption`), '#ad')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'samenwerking')
                                          WHEN UPPER(`t125`.`country`) = 'DE'
                                          THEN CONTAINS(LOWER(`t125`.`caption`), 'werbung')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'anzeige')
                                          WHEN UPPER(`t125`.`country`) = 'ES'
                                          THEN CONTAINS(LOWER(`t125`.`caption`), 'publicidad')
                                          OR CONTAINS(LOWER(`t125`.`caption`), '#publi')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'patrocinado')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'colaboración pagada')
                                          WHEN UPPER(`t125`.`country`) = 'IT'
                                          THEN CONTAINS(LOWER(`t125`.`caption`), 'pubblicità')
                                          OR CONTAINS(LOWER(`t125`.`caption`), '#adv')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'sponsorizzato')
                                          OR CONTAINS(LOWER(`t125`.`caption`), '#sponsored')
                                          WHEN UPPER(`t125`.`country`) = 'GB'
                                          THEN CONTAINS(LOWER(`t125`.`caption`), '#ad')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'advert')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'advertisement')
                                          WHEN UPPER(`t125`.`country`) = 'US'
                                          THEN CONTAINS(LOWER(`t125`.`caption`), '#ad')
                                          OR CONTAINS(LOWER(`t125`.`caption`), '#sponsored')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'advertisement')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'paid partnership')
                                          ELSE CONTAINS(LOWER(`t125`.`caption`), '#ad')
                                          OR CONTAINS(LOWER(`t125`.`caption`), '#sponsored')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'paid partnership')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'advertisement')
                                        END,
                                        1,
                                        0
                                      ) AS DOUBLE) AS `disclosed_sponsored_posts`
                                    FROM (
                                      SELECT
                                        `t116`.`campaign_id`,
                                        `t116`.`campaign`,
                                        `t116`.`influencer_id`,
                                        `t116`.`influencer`,
                                        `t116`.`account_id`,
                                        `t116`.`platform`,
                                        `t116`.`format`,
                                        `t116`.`post_id`,
                                        `t116`.`day`,
                                        `t116`.`country`,
                                        `t116`.`caption`,
                                        `t116`.`sponsored`,
                                        `t116`.`reach`,
                                        `t116`.`impressions`,
                                        `t116`.`views`,
                                        `t116`.`likes`,
                                        `t116`.`comments`,
                                        `t116`.`shares`,
                                        `t116`.`saves`,
                                        `t116`.`clicks`,
                                        `t116`.`reach__provenance`,
                                        `t116`.`impressions__provenance`,
                                        `t116`.`views__provenance`,
                                        `t116`.`likes__provenance`,
                                        `t116`.`comments__provenance`,
                                        `t116`.`shares__provenance`,
                                        `t116`.`saves__provenance`,
                                        `t116`.`clicks__provenance`,
                                        `t116`.`followers`,
                                        `t116`.`followers__provenance`,
                                        IF(
                                          (
                                            `t116`.`likes` IS NOT NULL AND NOT ISNAN(`t116`.`likes`)
                                          )
                                          OR (
                                            `t116`.`comments` IS NOT NULL AND NOT ISNAN(`t116`.`comments`)
                                          )
                                          OR (
                                            `t116`.`shares` IS NOT NULL AND NOT ISNAN(`t116`.`shares`)
                                          )
                                          OR (
                                            `t116`.`saves` IS NOT NULL AND NOT ISNAN(`t116`.`saves`)
                                          ),
                                          CAST(0 AS DOUBLE) + COALESCE(`t116`.`likes`, 0) + COALESCE(`t116`.`comments`, 0) + COALESCE(`t116`.`shares`, 0) + COALESCE(`t116`.`saves`, 0),
                                          CAST(NULL AS DOUBLE)
                                        ) AS `engagements`,
                                        NULLIF(
                                          GREATEST(
                                            COALESCE(`t116`.`likes__provenance`, -1),
                                            COALESCE(`t116`.`comments__provenance`, -1),
                                            COALESCE(`t116`.`shares__provenance`, -1),
                                            COALESCE(`t116`.`saves__provenance`, -1)
                                          ),
                                          -1
                                        ) AS `engagements__provenance`
                                      FROM (
                                        SELECT
                                          `t84`.`campaign_id`,
                                          `t84`.`campaign`,
                                          `t84`.`influencer_id`,
                                          `t84`.`influencer`,
                                          `t84`.`account_id`,
                                          `t84`.`platform`,
                                          `t84`.`format`,
                                          `t84`.`post_id`,
                                          `t84`.`day`,
                                          `t84`.`country`,
                                          `t84`.`caption`,
                                          `t84`.`sponsored`,
                                          `t96`.`reach`,
                                          `t96`.`impressions`,
                                          `t96`.`views`,
                                          `t96`.`likes`,
                                          `t96`.`comments`,
                                          `t96`.`shares`,
                                          `t96`.`saves`,
                                          `t96`.`clicks`,
                                          `t96`.`reach__provenance`,
                                          `t96`.`impressions__provenance`,
                                          `t96`.`views__provenance`,
                                          `t96`.`likes__provenance`,
                                          `t96`.`comments__provenance`,
                                          `t96`.`shares__provenance`,
                                          `t96`.`saves__provenance`,
                                          `t96`.`clicks__provenance`,
                                          `t103`.`followers`,
                                          `t103`.`followers__provenance`
                                        FROM `t63` AS `t84`
                                        LEFT OUTER JOIN (
                                          SELECT
                                            CAST(`t64`.`post_id` AS BIGINT) AS `post_id`,
                                            CAST(MAX_BY(
                                              IF(`t64`.`metric` = 'reach', `t64`.`value`, NULL),
                                              IF(
                                                `t64`.`metric` = 'reach',
                                                (
                                                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                ) + (
                                                  15 - CASE `t64`.`provenance`
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
                                              IF(`t64`.`metric` = 'impressions', `t64`.`value`, NULL),
                                              IF(
                                                `t64`.`metric` = 'impressions',
                                                (
                                                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                ) + (
                                                  15 - CASE `t64`.`provenance`
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
                                              IF(`t64`.`metric` = 'views', `t64`.`value`, NULL),
                                              IF(
                                                `t64`.`metric` = 'views',
                                                (
                                                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                ) + (
                                                  15 - CASE `t64`.`provenance`
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
                                              IF(`t64`.`metric` = 'likes', `t64`.`value`, NULL),
                                              IF(
                                                `t64`.`metric` = 'likes',
                                                (
                                                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                ) + (
                                                  15 - CASE `t64`.`provenance`
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
                                              IF(`t64`.`metric` = 'comments', `t64`.`value`, NULL),
                                              IF(
                                                `t64`.`metric` = 'comments',
                                                (
                                                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                ) + (
                                                  15 - CASE `t64`.`provenance`
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
                                              IF(`t64`.`metric` = 'shares', `t64`.`value`, NULL),
                                              IF(
                                                `t64`.`metric` = 'shares',
                                                (
                                                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                ) + (
                                                  15 - CASE `t64`.`provenance`
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
                                              IF(`t64`.`metric` = 'saves', `t64`.`value`, NULL),
                                              IF(
                                                `t64`.`metric` = 'saves',
                                                (
                                                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                ) + (
                                                  15 - CASE `t64`.`provenance`
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
                                              IF(`t64`.`metric` = 'clicks', `t64`.`value`, NULL),
                                              IF(
                                                `t64`.`metric` = 'clicks',
                                                (
                                                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                ) + (
                                                  15 - CASE `t64`.`provenance`
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
                                                  `t64`.`metric` = 'reach',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t64`.`provenance`
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
                                                  `t64`.`metric` = 'impressions',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t64`.`provenance`
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
                                                  `t64`.`metric` = 'views',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t64`.`provenance`
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
                                                  `t64`.`metric` = 'likes',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t64`.`provenance`
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
                                                  `t64`.`metric` = 'comments',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t64`.`provenance`
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
                                                  `t64`.`metric` = 'shares',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t64`.`provenance`
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
                                                  `t64`.`metric` = 'saves',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t64`.`provenance`
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
                                                  `t64`.`metric` = 'clicks',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t64`.`provenance`
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
                                              FROM `metric_snapshot` AS `t9`
                                              WHERE
                                                `t9`.`post_id` IN (
                                                  SELECT
                                                    `t6`.`id`
                                                  FROM `post` AS `t6`
                                                  WHERE
                                                    `t6`.`campaign_id` IS NOT NULL AND `t6`.`campaign_id` IN (1)
                                                )
                                            ) AS `t47`
                                            WHERE
                                              `t47`.`captured_at` <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                                          ) AS `t64`
                                          GROUP BY
                                            1
                                        ) AS `t96`
                                          ON `t84`.`post_id` = `t96`.`post_id`
                                        LEFT OUTER JOIN (
                                          SELECT
                                            `t86`.`post_id`,
                                            CAST(IF(`t86`.`before` IS NOT NULL, `t86`.`before`, `t86`.`after`) AS DOUBLE) AS `followers`,
                                            IF(`t86`.`before` IS NOT NULL, `t86`.`before_rank`, `t86`.`after_rank`) AS `followers__provenance`
                                          FROM (
                                            SELECT
                                              CAST(`t65`.`post_id` AS BIGINT) AS `post_id`,
                                              MAX_BY(
                                                IF(`t65`.`captured_at` <= `t65`.`published_at`, `t65`.`followers`, NULL),
                                                IF(`t65`.`captured_at` <= `t65`.`published_at`, `t65`.`captured_at`, NULL)
                                              ) AS `before`,
                                              MAX_BY(
                                                IF(
                                                  `t65`.`captured_at` <= `t65`.`published_at`,
                                                  CASE `t65`.`provenance`
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
                                                IF(`t65`.`captured_at` <= `t65`.`published_at`, `t65`.`captured_at`, NULL)
                                              ) AS `before_rank`,
                                              MIN_BY(
                                                IF(NOT (
                                                  `t65`.`captured_at` <= `t65`.`published_at`
                                                ), `t65`.`followers`, NULL),
                                                IF(NOT (
                                                  `t65`.`captured_at` <= `t65`.`published_at`
                                                ), `t65`.`captured_at`, NULL)
                                              ) AS `after`,
                                              MIN_BY(
                                                IF(
                                                  NOT (
                                                    `t65`.`captured_at` <= `t65`.`published_at`
                                                  ),
                                                  CASE `t65`.`provenance`
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
                                                  `t65`.`captured_at` <= `t65`.`published_at`
                                                ), `t65`.`captured_at`, NULL)
                                              ) AS `after_rank`
                                            FROM (
                                              SELECT
                                                `t41`.`post_id`,
                                                `t41`.`account_id`,
                                                `t41`.`published_at`,
                                                `t19`.`id`,
                                                `t19`.`captured_at`,
                                                `t19`.`followers`,
                                                `t19`.`source`,
                                                `t19`.`provenance`
                                              FROM (
                                                SELECT
                                                  `t6`.`id` AS `post_id`,
                                                  `t6`.`account_id`,
                                                  `t6`.`published_at`
                                                FROM `post` AS `t6`
                                                WHERE
                                                  `t6`.`campaign_id` IS NOT NULL AND `t6`.`campaign_id` IN (1)
                                              ) AS `t41`
                                              INNER JOIN `follower_snapshot` AS `t19`
                                                ON `t41`.`account_id` = `t19`.`account_id`
                                            ) AS `t65`
                                            GROUP BY
                                              1
                                          ) AS `t86`
                                        ) AS `t103`
                                          ON `t84`.`post_id` = `t103`.`post_id`
                                      ) AS `t116`
                                    ) AS `t125`
                                  ) AS `t138`
                                ) AS `t145`
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
                                  ON `t145`.`campaign_id` = `t67`.`campaign_id`
                              ) AS `t153`
                              GROUP BY
                                1
                            ) AS `t160`
                              ON `t152`.`post_id` = `t160`.`post_id`
                          ) AS `t161`
                        ) AS `t162`
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            `t155`.`campaign_id`,
                            `t155`.`campaign`,
                            CAST(NULL AS BIGINT) AS `influencer_id`,
                            CAST(NULL AS STRING) AS `influencer`,
                            CAST(NULL AS BIGINT) AS `account_id`,
                            `t155`.`platform`,
                            CAST(NULL AS STRING) AS `format`,
                            CAST(NULL AS BIGINT) AS `post_id`,
                            `t155`.`day`,
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
                            CAST(`t155`.`ugc_post` AS DOUBLE) AS `ugc_post`,
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
                              `t106`.`campaign_id`,
                              `t106`.`campaign`,
                              `t106`.`platform`,
                              `t106`.`day`,
                              `t106`.`post_id` AS `ugc_post`
                            FROM (
                              SELECT DISTINCT
                                *
                              FROM (
                                SELECT
                                  `t68`.`campaign_id`,
                                  `t68`.`campaign`,
                                  `t78`.`post_id`,
                                  `t78`.`influencer_id`,
                                  `t78`.`platform`,
                                  `t78`.`day`
                                FROM (
                                  SELECT
                                    CAST(`t42`.`id` AS BIGINT) AS `post_id`,
                                    CAST(`t14`.`id` AS BIGINT) AS `influencer_id`,
                                    `t14`.`workspace_id`,
                                    `t14`.`is_brand`,
                                    CAST(`t17`.`platform` AS STRING) AS `platform`,
                                    `t42`.`published_on` AS `day`,
                                    `t42`.`hashtags`
                                  FROM (
                                    SELECT
                                      *
                                    FROM `post` AS `t6`
                                    WHERE
                                      `t6`.`campaign_id` IS NULL
                                  ) AS `t42`
                                  INNER JOIN `account` AS `t17`
                                    ON `t42`.`account_id` = `t17`.`id`
                                  INNER JOIN `influencer` AS `t14`
                                    ON `t17`.`influencer_id` = `t14`.`id`
                                ) AS `t78`
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
                                  ON `t78`.`workspace_id` = `t68`.`workspace_id`
                                  AND `t78`.`day` >= `t68`.`start`
                                  AND `t78`.`day` <= `t68`.`end`
                                  AND NOT (
                                    `t78`.`is_brand`
                                  )
                                  AND CONTAINS(CONCAT(CONCAT(',', `t78`.`hashtags`), ','), CONCAT(CONCAT(',', `t68`.`tag`), ','))
                              ) AS `t95`
                            ) AS `t106`
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
                                ) AS `t25`
                                UNION ALL
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    `t138`.`campaign_id`,
                                    `t138`.`influencer_id`
                                  FROM (
                                    SELECT
                                      `t125`.`campaign_id`,
                                      `t125`.`campaign`,
                                      `t125`.`influencer_id`,
                                      `t125`.`influencer`,
                                      `t125`.`account_id`,
                                      `t125`.`platform`,
                                      `t125`.`format`,
                                      `t125`.`post_id`,
                                      `t125`.`day`,
                                      `t125`.`country`,
                                      `t125`.`caption`,
                                      `t125`.`sponsored`,
                                      `t125`.`reach`,
                                      `t125`.`impressions`,
                                      `t125`.`views`,
                                      `t125`.`likes`,
                                      `t125`.`comments`,
                                      `t125`.`shares`,
                                      `t125`.`saves`,
                                      `t125`.`clicks`,
                                      `t125`.`reach__provenance`,
                                      `t125`.`impressions__provenance`,
                                      `t125`.`views__provenance`,
                                      `t125`.`likes__provenance`,
                                      `t125`.`comments__provenance`,
                                      `t125`.`shares__provenance`,
                                      `t125`.`saves__provenance`,
                                      `t125`.`clicks__provenance`,
                                      `t125`.`followers`,
                                      `t125`.`followers__provenance`,
                                      `t125`.`engagements`,
                                      `t125`.`engagements__provenance`,
                                      COALESCE(
                                        COALESCE(`t125`.`impressions`, `t125`.`views`),
                                        `t125`.`reach` * COALESCE(
                                          SUM(
                                            IF(
                                              `t125`.`impressions` IS NOT NULL
                                              AND NOT ISNAN(`t125`.`impressions`)
                                              AND (
                                                `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                              ),
                                              `t125`.`impressions`,
                                              NULL
                                            )
                                          ) OVER (
                                            PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                          ) / NULLIF(
                                            SUM(
                                              IF(
                                                `t125`.`impressions` IS NOT NULL
                                                AND NOT ISNAN(`t125`.`impressions`)
                                                AND (
                                                  `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                                ),
                                                `t125`.`reach`,
                                                NULL
                                              )
                                            ) OVER (
                                              PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                            ),
                                            0
                                          ),
                                          CAST(1 AS DOUBLE)
                                        )
                                      ) AS `impressions_with_estimates`,
                                      IF(
                                        COALESCE(
                                          COALESCE(`t125`.`impressions`, `t125`.`views`),
                                          `t125`.`reach` * COALESCE(
                                            SUM(
                                              IF(
                                                `t125`.`impressions` IS NOT NULL
                                                AND NOT ISNAN(`t125`.`impressions`)
                                                AND (
                                                  `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                                ),
                                                `t125`.`impressions`,
                                                NULL
                                              )
                                            ) OVER (
                                              PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                            ) / NULLIF(
                                              SUM(
                                                IF(
                                                  `t125`.`impressions` IS NOT NULL
                                                  AND NOT ISNAN(`t125`.`impressions`)
                                                  AND (
                                                    `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                                  ),
                                                  `t125`.`reach`,
                                                  NULL
                                                )
                                              ) OVER (
                                                PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              ),
                                              0
                                            ),
                                            CAST(1 AS DOUBLE)
                                          )
                                        ) IS NOT NULL
                                        AND NOT ISNAN(
                                          COALESCE(
                                            COALESCE(`t125`.`impressions`, `t125`.`views`),
                                            `t125`.`reach` * COALESCE(
                                              SUM(
                                                IF(
                                                  `t125`.`impressions` IS NOT NULL
                                                  AND NOT ISNAN(`t125`.`impressions`)
                                                  AND (
                                                    `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                                  ),
                                                  `t125`.`impressions`,
                                                  NULL
                                                )
                                              ) OVER (
                                                PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              ) / NULLIF(
                                                SUM(
                                                  IF(
                                                    `t125`.`impressions` IS NOT NULL
                                                    AND NOT ISNAN(`t125`.`impressions`)
                                                    AND (
                                                      `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                                    ),
                                                    `t125`.`reach`,
                                                    NULL
                                                  )
                                                ) OVER (
                                                  PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ),
                                                0
                                              ),
                                              CAST(1 AS DOUBLE)
                                            )
                                          )
                                        ),
                                        IF(
                                          `t125`.`impressions` IS NOT NULL AND NOT ISNAN(`t125`.`impressions`),
                                          `t125`.`impressions__provenance`,
                                          2
                                        ),
                                        CAST(NULL AS BIGINT)
                                      ) AS `impressions_with_estimates__provenance`,
                                      (
                                        `t125`.`engagements` / NULLIF(`t125`.`reach`, 0)
                                      ) * 100 AS `er_reach_post`,
                                      (
                                        `t125`.`engagements` / NULLIF(`t125`.`followers`, 0)
                                      ) * 100 AS `er_followers_post`,
                                      (
                                        `t125`.`engagements` / NULLIF(`t125`.`impressions`, 0)
                                      ) * 100 AS `er_impressions_post`,
                                      (
                                        `t125`.`engagements` / NULLIF(`t125`.`views`, 0)
                                      ) * 100 AS `er_views_post`,
                                      NULLIF(
                                        GREATEST(
                                          COALESCE(`t125`.`engagements__provenance`, -1),
                                          COALESCE(`t125`.`reach__provenance`, -1)
                                        ),
                                        -1
                                      ) AS `er_reach_post__provenance`,
                                      NULLIF(
                                        GREATEST(
                                          COALESCE(`t125`.`engagements__provenance`, -1),
                                          COALESCE(`t125`.`followers__provenance`, -1)
                                        ),
                                        -1
                                      ) AS `er_followers_post__provenance`,
                                      NULLIF(
                                        GREATEST(
                                          COALESCE(`t125`.`engagements__provenance`, -1),
                                          COALESCE(`t125`.`impressions__provenance`, -1)
                                        ),
                                        -1
                                      ) AS `er_impressions_post__provenance`,
                                      NULLIF(
                                        GREATEST(
                                          COALESCE(`t125`.`engagements__provenance`, -1),
                                          COALESCE(`t125`.`views__provenance`, -1)
                                        ),
                                        -1
                                      ) AS `er_views_post__provenance`,
                                      `t125`.`platform` AS `post_platform`,
                                      `t125`.`influencer_id` AS `publishing_influencer`,
                                      CAST(IF(`t125`.`sponsored`, 1, 0) AS DOUBLE) AS `sponsored_posts`,
                                      CAST(IF(
                                        `t125`.`sponsored`
                                        AND CASE
                                          WHEN UPPER(`t125`.`country`) = 'FR'
                                          THEN CONTAINS(LOWER(`t125`.`caption`), 'publicité')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'publicite')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'collaboration commerciale')
                                          WHEN UPPER(`t125`.`country`) = 'BE'
                                          THEN CONTAINS(LOWER(`t125`.`caption`), 'publicité')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'publicite')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'collaboration commerciale')
                                          OR CONTAINS(LOWER(`t125`.`caption`), '#pub')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'reclame')
                                          OR CONTAINS(LOWER(`t125`.`caption`), '#ad')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'samenwerking')
                                          WHEN UPPER(`t125`.`country`) = 'DE'
                                          THEN CONTAINS(LOWER(`t125`.`caption`), 'werbung')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'anzeige')
                                          WHEN UPPER(`t125`.`country`) = 'ES'
                                          THEN CONTAINS(LOWER(`t125`.`caption`), 'publicidad')
                                          OR CONTAINS(LOWER(`t125`.`caption`), '#publi')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'patrocinado')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'colaboración pagada')
                                          WHEN UPPER(`t125`.`country`) = 'IT'
                                          THEN CONTAINS(LOWER(`t125`.`caption`), 'pubblicità')
                                          OR CONTAINS(LOWER(`t125`.`caption`), '#adv')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'sponsorizzato')
                                          OR CONTAINS(LOWER(`t125`.`caption`), '#sponsored')
                                          WHEN UPPER(`t125`.`country`) = 'GB'
                                          THEN CONTAINS(LOWER(`t125`.`caption`), '#ad')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'advert')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'advertisement')
                                          WHEN UPPER(`t125`.`country`) = 'US'
                                          THEN CONTAINS(LOWER(`t125`.`caption`), '#ad')
                                          OR CONTAINS(LOWER(`t125`.`caption`), '#sponsored')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'advertisement')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'paid partnership')
                                          ELSE CONTAINS(LOWER(`t125`.`caption`), '#ad')
                                          OR CONTAINS(LOWER(`t125`.`caption`), '#sponsored')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'paid partnership')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'advertisement')
                                        END,
                                        1,
                                        0
                                      ) AS DOUBLE) AS `disclosed_sponsored_posts`
                                    FROM (
                                      SELECT
                                        `t116`.`campaign_id`,
                                        `t116`.`campaign`,
                                        `t116`.`influencer_id`,
                                        `t116`.`influencer`,
                                        `t116`.`account_id`,
                                        `t116`.`platform`,
                                        `t116`.`format`,
                                        `t116`.`post_id`,
                                        `t116`.`day`,
                                        `t116`.`country`,
                                        `t116`.`caption`,
                                        `t116`.`sponsored`,
                                        `t116`.`reach`,
                                        `t116`.`impressions`,
                                        `t116`.`views`,
                                        `t116`.`likes`,
                                        `t116`.`comments`,
                                        `t116`.`shares`,
                                        `t116`.`saves`,
                                        `t116`.`clicks`,
                                        `t116`.`reach__provenance`,
                                        `t116`.`impressions__provenance`,
                                        `t116`.`views__provenance`,
                                        `t116`.`likes__provenance`,
                                        `t116`.`comments__provenance`,
                                        `t116`.`shares__provenance`,
                                        `t116`.`saves__provenance`,
                                        `t116`.`clicks__provenance`,
                                        `t116`.`followers`,
                                        `t116`.`followers__provenance`,
                                        IF(
                                          (
                                            `t116`.`likes` IS NOT NULL AND NOT ISNAN(`t116`.`likes`)
                                          )
                                          OR (
                                            `t116`.`comments` IS NOT NULL AND NOT ISNAN(`t116`.`comments`)
                                          )
                                          OR (
                                            `t116`.`shares` IS NOT NULL AND NOT ISNAN(`t116`.`shares`)
                                          )
                                          OR (
                                            `t116`.`saves` IS NOT NULL AND NOT ISNAN(`t116`.`saves`)
                                          ),
                                          CAST(0 AS DOUBLE) + COALESCE(`t116`.`likes`, 0) + COALESCE(`t116`.`comments`, 0) + COALESCE(`t116`.`shares`, 0) + COALESCE(`t116`.`saves`, 0),
                                          CAST(NULL AS DOUBLE)
                                        ) AS `engagements`,
                                        NULLIF(
                                          GREATEST(
                                            COALESCE(`t116`.`likes__provenance`, -1),
                                            COALESCE(`t116`.`comments__provenance`, -1),
                                            COALESCE(`t116`.`shares__provenance`, -1),
                                            COALESCE(`t116`.`saves__provenance`, -1)
                                          ),
                                          -1
                                        ) AS `engagements__provenance`
                                      FROM (
                                        SELECT
                                          `t84`.`campaign_id`,
                                          `t84`.`campaign`,
                                          `t84`.`influencer_id`,
                                          `t84`.`influencer`,
                                          `t84`.`account_id`,
                                          `t84`.`platform`,
                                          `t84`.`format`,
                                          `t84`.`post_id`,
                                          `t84`.`day`,
                                          `t84`.`country`,
                                          `t84`.`caption`,
                                          `t84`.`sponsored`,
                                          `t96`.`reach`,
                                          `t96`.`impressions`,
                                          `t96`.`views`,
                                          `t96`.`likes`,
                                          `t96`.`comments`,
                                          `t96`.`shares`,
                                          `t96`.`saves`,
                                          `t96`.`clicks`,
                                          `t96`.`reach__provenance`,
                                          `t96`.`impressions__provenance`,
                                          `t96`.`views__provenance`,
                                          `t96`.`likes__provenance`,
                                          `t96`.`comments__provenance`,
                                          `t96`.`shares__provenance`,
                                          `t96`.`saves__provenance`,
                                          `t96`.`clicks__provenance`,
                                          `t103`.`followers`,
                                          `t103`.`followers__provenance`
                                        FROM `t63` AS `t84`
                                        LEFT OUTER JOIN (
                                          SELECT
                                            CAST(`t64`.`post_id` AS BIGINT) AS `post_id`,
                                            CAST(MAX_BY(
                                              IF(`t64`.`metric` = 'reach', `t64`.`value`, NULL),
                                              IF(
                                                `t64`.`metric` = 'reach',
                                                (
                                                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                ) + (
                                                  15 - CASE `t64`.`provenance`
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
                                              IF(`t64`.`metric` = 'impressions', `t64`.`value`, NULL),
                                              IF(
                                                `t64`.`metric` = 'impressions',
                                                (
                                                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                ) + (
                                                  15 - CASE `t64`.`provenance`
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
                                              IF(`t64`.`metric` = 'views', `t64`.`value`, NULL),
                                              IF(
                                                `t64`.`metric` = 'views',
                                                (
                                                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                ) + (
                                                  15 - CASE `t64`.`provenance`
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
                                              IF(`t64`.`metric` = 'likes', `t64`.`value`, NULL),
                                              IF(
                                                `t64`.`metric` = 'likes',
                                                (
                                                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                ) + (
                                                  15 - CASE `t64`.`provenance`
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
                                              IF(`t64`.`metric` = 'comments', `t64`.`value`, NULL),
                                              IF(
                                                `t64`.`metric` = 'comments',
                                                (
                                                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                ) + (
                                                  15 - CASE `t64`.`provenance`
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
                                              IF(`t64`.`metric` = 'shares', `t64`.`value`, NULL),
                                              IF(
                                                `t64`.`metric` = 'shares',
                                                (
                                                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                ) + (
                                                  15 - CASE `t64`.`provenance`
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
                                              IF(`t64`.`metric` = 'saves', `t64`.`value`, NULL),
                                              IF(
                                                `t64`.`metric` = 'saves',
                                                (
                                                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                ) + (
                                                  15 - CASE `t64`.`provenance`
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
                                              IF(`t64`.`metric` = 'clicks', `t64`.`value`, NULL),
                                              IF(
                                                `t64`.`metric` = 'clicks',
                                                (
                                                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                ) + (
                                                  15 - CASE `t64`.`provenance`
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
                                                  `t64`.`metric` = 'reach',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t64`.`provenance`
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
                                                  `t64`.`metric` = 'impressions',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t64`.`provenance`
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
                                                  `t64`.`metric` = 'views',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t64`.`provenance`
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
                                                  `t64`.`metric` = 'likes',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t64`.`provenance`
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
                                                  `t64`.`metric` = 'comments',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t64`.`provenance`
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
                                                  `t64`.`metric` = 'shares',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t64`.`provenance`
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
                                                  `t64`.`metric` = 'saves',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t64`.`provenance`
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
                                                  `t64`.`metric` = 'clicks',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t64`.`provenance`
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
                                              FROM `metric_snapshot` AS `t9`
                                              WHERE
                                                `t9`.`post_id` IN (
                                                  SELECT
                                                    `t6`.`id`
                                                  FROM `post` AS `t6`
                                                  WHERE
                                                    `t6`.`campaign_id` IS NOT NULL AND `t6`.`campaign_id` IN (1)
                                                )
                                            ) AS `t47`
                                            WHERE
                                              `t47`.`captured_at` <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                                          ) AS `t64`
                                          GROUP BY
                                            1
                                        ) AS `t96`
                                          ON `t84`.`post_id` = `t96`.`post_id`
                                        LEFT OUTER JOIN (
                                          SELECT
                                            `t86`.`post_id`,
                                            CAST(IF(`t86`.`before` IS NOT NULL, `t86`.`before`, `t86`.`after`) AS DOUBLE) AS `followers`,
                                            IF(`t86`.`before` IS NOT NULL, `t86`.`before_rank`, `t86`.`after_rank`) AS `followers__provenance`
                                          FROM (
                                            SELECT
                                              CAST(`t65`.`post_id` AS BIGINT) AS `post_id`,
                                              MAX_BY(
                                                IF(`t65`.`captured_at` <= `t65`.`published_at`, `t65`.`followers`, NULL),
                                                IF(`t65`.`captured_at` <= `t65`.`published_at`, `t65`.`captured_at`, NULL)
                                              ) AS `before`,
                                              MAX_BY(
                                                IF(
                                                  `t65`.`captured_at` <= `t65`.`published_at`,
                                                  CASE `t65`.`provenance`
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
                                                IF(`t65`.`captured_at` <= `t65`.`published_at`, `t65`.`captured_at`, NULL)
                                              ) AS `before_rank`,
                                              MIN_BY(
                                                IF(NOT (
                                                  `t65`.`captured_at` <= `t65`.`published_at`
                                                ), `t65`.`followers`, NULL),
                                                IF(NOT (
                                                  `t65`.`captured_at` <= `t65`.`published_at`
                                                ), `t65`.`captured_at`, NULL)
                                              ) AS `after`,
                                              MIN_BY(
                                                IF(
                                                  NOT (
                                                    `t65`.`captured_at` <= `t65`.`published_at`
                                                  ),
                                                  CASE `t65`.`provenance`
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
                                                  `t65`.`captured_at` <= `t65`.`published_at`
                                                ), `t65`.`captured_at`, NULL)
                                              ) AS `after_rank`
                                            FROM (
                                              SELECT
                                                `t41`.`post_id`,
                                                `t41`.`account_id`,
                                                `t41`.`published_at`,
                                                `t19`.`id`,
                                                `t19`.`captured_at`,
                                                `t19`.`followers`,
                                                `t19`.`source`,
                                                `t19`.`provenance`
                                              FROM (
                                                SELECT
                                                  `t6`.`id` AS `post_id`,
                                                  `t6`.`account_id`,
                                                  `t6`.`published_at`
                                                FROM `post` AS `t6`
                                                WHERE
                                                  `t6`.`campaign_id` IS NOT NULL AND `t6`.`campaign_id` IN (1)
                                              ) AS `t41`
                                              INNER JOIN `follower_snapshot` AS `t19`
                                                ON `t41`.`account_id` = `t19`.`account_id`
                                            ) AS `t65`
                                            GROUP BY
                                              1
                                          ) AS `t86`
                                        ) AS `t103`
                                          ON `t84`.`post_id` = `t103`.`post_id`
                                      ) AS `t116`
                                    ) AS `t125`
                                  ) AS `t138`
                                ) AS `t142`
                              ) AS `t144`
                            ) AS `t150`
                              ON `t106`.`campaign_id` = `t150`.`campaign_id`
                              AND `t106`.`influencer_id` = `t150`.`influencer_id`
                          ) AS `t155`
                        ) AS `t158`
                      ) AS `t163`
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
                          CAST(NULL AS STRING) AS `platform`,
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
                          `t101`.`cost`,
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
                            `t81`.`campaign_id`,
                            `t81`.`campaign`,
                            `t81`.`influencer_id`,
                            CAST(`t14`.`name` AS STRING) AS `influencer`,
                            `t81`.`incurred_on` AS `day`,
                            `t81`.`amount` AS `cost`
                          FROM `t61` AS `t81`
                          LEFT ANTI JOIN (
                            SELECT
                              `t75`.`campaign_id`,
                              `t75`.`campaign`,
                              `t75`.`influencer_id`,
                              `t75`.`influencer`,
                              `t75`.`account_id`,
                              `t75`.`platform`,
                              `t75`.`format`,
                              `t75`.`post_id`,
                              `t75`.`day`,
                              `t75`.`country`,
                              `t75`.`caption`,
                              `t75`.`sponsored`,
                              COUNT(`t75`.`post_id`) OVER (
                                PARTITION BY `t75`.`campaign_id`, `t75`.`influencer_id`
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) AS `n_posts`
                            FROM `t63` AS `t75`
                          ) AS `t91`
                            ON `t81`.`campaign_id` = `t91`.`campaign_id`
                            AND `t81`.`influencer_id` = `t91`.`influencer_id`
                          LEFT OUTER JOIN `influencer` AS `t14`
                            ON `t81`.`influencer_id` = `t14`.`id`
                        ) AS `t101`
                      ) AS `t110`
                    ) AS `t165`
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        `t52`.`campaign_id`,
                        `t52`.`campaign`,
                        CAST(NULL AS BIGINT) AS `influencer_id`,
                        CAST(NULL AS STRING) AS `influencer`,
                        CAST(NULL AS BIGINT) AS `account_id`,
                        `t52`.`platform`,
                        CAST(NULL AS STRING) AS `format`,
                        CAST(NULL AS BIGINT) AS `post_id`,
                        `t52`.`day`,
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
                        `t52`.`mentions`,
                        `t52`.`brand_mentions`,
                        `t52`.`mention_engagements`,
                        `t52`.`brand_mention_engagements`,
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
                      ) AS `t52`
                    ) AS `t60`
                  ) AS `t166`
                  UNION ALL
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
                      CAST(NULL AS STRING) AS `format`,
                      CAST(NULL AS BIGINT) AS `post_id`,
                      `t157`.`day`,
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
                      IF(`t157`.`is_brand` = FALSE, `t157`.`start_followers`, CAST(NULL AS DOUBLE)) AS `followers_start`,
                      IF(
                        `t157`.`is_brand` = FALSE,
                        IF(
                          `t157`.`end_seen_at` > `t157`.`start_seen_at`,
                          `t157`.`end_followers` - `t157`.`start_followers`,
                          CAST(NULL AS DOUBLE)
                        ),
                        CAST(NULL AS DOUBLE)
                      ) AS `followers_gained`,
                      IF(
                        `t157`.`is_brand` = FALSE,
                        IF(
                          `t157`.`end_seen_at` > `t157`.`start_seen_at`,
                          (
                            (
                              `t157`.`start_followers` - `t157`.`before_followers`
                            ) / NULLIF(CAST(`t157`.`start_seen_at` - `t157`.`before_seen_at` AS DOUBLE), 0)
                          ) * (
                            `t157`.`end_seen_at` - `t157`.`start_seen_at`
                          ),
                          CAST(NULL AS DOUBLE)
                        ),
                        CAST(NULL AS DOUBLE)
                      ) AS `followers_expected_gain`,
                      CAST(IF(`t157`.`is_brand` = FALSE, `t157`.`start_rank`, CAST(NULL AS TINYINT)) AS BIGINT) AS `followers_start__provenance`,
                      IF(
                        `t157`.`is_brand` = FALSE,
                        IF(
                          `t157`.`end_seen_at` > `t157`.`start_seen_at`,
                          NULLIF(GREATEST(COALESCE(`t157`.`start_rank`, -1), COALESCE(`t157`.`end_rank`, -1)), -1),
                          CAST(NULL AS BIGINT)
                        ),
                        CAST(NULL AS BIGINT)
                      ) AS `followers_gained__provenance`,
                      IF(
                        `t157`.`is_brand` = FALSE,
                        IF(
                          IF(
                            `t157`.`end_seen_at` > `t157`.`start_seen_at`,
                            (
                              (
                                `t157`.`start_followers` - `t157`.`before_followers`
                              ) / NULLIF(CAST(`t157`.`start_seen_at` - `t157`.`before_seen_at` AS DOUBLE), 0)
                            ) * (
                              `t157`.`end_seen_at` - `t157`.`start_seen_at`
                            ),
                            CAST(NULL AS DOUBLE)
                          ) IS NOT NULL
                          AND NOT ISNAN(
                            IF(
                              `t157`.`end_seen_at` > `t157`.`start_seen_at`,
                              (
                                (
                                  `t157`.`start_followers` - `t157`.`before_followers`
                                ) / NULLIF(CAST(`t157`.`start_seen_at` - `t157`.`before_seen_at` AS DOUBLE), 0)
                              ) * (
                                `t157`.`end_seen_at` - `t157`.`start_seen_at`
                              ),
                              CAST(NULL AS DOUBLE)
                            )
                          ),
                          NULLIF(
                            GREATEST(
                              COALESCE(
                                IF(
                                  `t157`.`end_seen_at` > `t157`.`start_seen_at`,
                                  NULLIF(GREATEST(COALESCE(`t157`.`start_rank`, -1), COALESCE(`t157`.`end_rank`, -1)), -1),
                                  CAST(NULL AS BIGINT)
                                ),
                                -1
                              ),
                              COALESCE(`t157`.`before_rank`, -1)
                            ),
                            -1
                          ),
                          CAST(NULL AS BIGINT)
                        ),
                        CAST(NULL AS BIGINT)
                      ) AS `followers_expected_gain__provenance`,
                      IF(`t157`.`is_brand` = TRUE, `t157`.`start_followers`, CAST(NULL AS DOUBLE)) AS `brand_followers_start`,
                      IF(
                        `t157`.`is_brand` = TRUE,
                        IF(
                          `t157`.`end_seen_at` > `t157`.`start_seen_at`,
                          `t157`.`end_followers` - `t157`.`start_followers`,
                          CAST(NULL AS DOUBLE)
                        ),
                        CAST(NULL AS DOUBLE)
                      ) AS `brand_followers_gained`,
                      IF(
                        `t157`.`is_brand` = TRUE,
                        IF(
                          `t157`.`end_seen_at` > `t157`.`start_seen_at`,
                          (
                            (
                              `t157`.`start_followers` - `t157`.`before_followers`
                            ) / NULLIF(CAST(`t157`.`start_seen_at` - `t157`.`before_seen_at` AS DOUBLE), 0)
                          ) * (
                            `t157`.`end_seen_at` - `t157`.`start_seen_at`
                          ),
                          CAST(NULL AS DOUBLE)
                        ),
                        CAST(NULL AS DOUBLE)
                      ) AS `brand_followers_expected_gain`,
                      CAST(IF(`t157`.`is_brand` = TRUE, `t157`.`start_rank`, CAST(NULL AS TINYINT)) AS BIGINT) AS `brand_followers_start__provenance`,
                      IF(
                        `t157`.`is_brand` = TRUE,
                        IF(
                          `t157`.`end_seen_at` > `t157`.`start_seen_at`,
                          NULLIF(GREATEST(COALESCE(`t157`.`start_rank`, -1), COALESCE(`t157`.`end_rank`, -1)), -1),
                          CAST(NULL AS BIGINT)
                        ),
                        CAST(NULL AS BIGINT)
                      ) AS `brand_followers_gained__provenance`,
                      IF(
                        `t157`.`is_brand` = TRUE,
                        IF(
                          IF(
                            `t157`.`end_seen_at` > `t157`.`start_seen_at`,
                            (
                              (
                                `t157`.`start_followers` - `t157`.`before_followers`
                              ) / NULLIF(CAST(`t157`.`start_seen_at` - `t157`.`before_seen_at` AS DOUBLE), 0)
                            ) * (
                              `t157`.`end_seen_at` - `t157`.`start_seen_at`
                            ),
                            CAST(NULL AS DOUBLE)
                          ) IS NOT NULL
                          AND NOT ISNAN(
                            IF(
                              `t157`.`end_seen_at` > `t157`.`start_seen_at`,
                              (
                                (
                                  `t157`.`start_followers` - `t157`.`before_followers`
                                ) / NULLIF(CAST(`t157`.`start_seen_at` - `t157`.`before_seen_at` AS DOUBLE), 0)
                              ) * (
                                `t157`.`end_seen_at` - `t157`.`start_seen_at`
                              ),
                              CAST(NULL AS DOUBLE)
                            )
                          ),
                          NULLIF(
                            GREATEST(
                              COALESCE(
                                IF(
                                  `t157`.`end_seen_at` > `t157`.`start_seen_at`,
                                  NULLIF(GREATEST(COALESCE(`t157`.`start_rank`, -1), COALESCE(`t157`.`end_rank`, -1)), -1),
                                  CAST(NULL AS BIGINT)
                                ),
                                -1
                              ),
                              COALESCE(`t157`.`before_rank`, -1)
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
                        `t154`.`campaign_id`,
                        `t154`.`campaign`,
                        `t154`.`influencer_id`,
                        `t154`.`influencer`,
                        `t154`.`account_id`,
                        `t154`.`platform`,
                        `t154`.`is_brand`,
                        `t154`.`day`,
                        `t154`.`start_at`,
                        `t154`.`end_at`,
                        `t154`.`start_followers`,
                        `t154`.`start_seen_at`,
                        `t154`.`start_rank`,
                        `t154`.`end_followers`,
                        `t154`.`end_seen_at`,
                        `t154`.`end_rank`,
                        `t133`.`before_followers`,
                        `t133`.`before_seen_at`,
                        `t133`.`before_rank`
                      FROM (
                        SELECT
                          `t141`.`campaign_id`,
                          `t141`.`campaign`,
                          `t141`.`influencer_id`,
                          `t141`.`influencer`,
                          `t141`.`account_id`,
                          `t141`.`platform`,
                          `t141`.`is_brand`,
                          `t141`.`day`,
                          `t141`.`start_at`,
                          `t141`.`end_at`,
                          `t141`.`start_followers`,
                          `t141`.`start_seen_at`,
                          `t141`.`start_rank`,
                          `t132`.`end_followers`,
                          `t132`.`end_seen_at`,
                          `t132`.`end_rank`
                        FROM (
                          SELECT
                            `t113`.`campaign_id`,
                            `t113`.`campaign`,
                            `t113`.`influencer_id`,
                            `t113`.`influencer`,
                            `t113`.`account_id`,
                            `t113`.`platform`,
                            `t113`.`is_brand`,
                            `t113`.`day`,
                            `t113`.`start_at`,
                            `t113`.`end_at`,
                            `t135`.`start_followers`,
                            `t135`.`start_seen_at`,
                            `t135`.`start_rank`
                          FROM (
                            SELECT
                              `t93`.`campaign_id`,
                              CAST(`t10`.`name` AS STRING) AS `campaign`,
                              CAST(`t15`.`id` AS BIGINT) AS `influencer_id`,
                              CAST(`t15`.`name` AS STRING) AS `influencer`,
                              `t93`.`account_id`,
                              CAST(`t18`.`platform` AS STRING) AS `platform`,
                              `t93`.`is_brand`,
                              `t10`.`end_date` AS `day`,
                              UNIX_TIMESTAMP(CAST(CAST(`t10`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start_at`,
                              UNIX_TIMESTAMP(CAST(CAST(`t10`.`end_date` AS TIMESTAMP) AS TIMESTAMP)) + 86400 AS `end_at`
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  `t83`.`campaign_id`,
                                  `t83`.`account_id`,
                                  FALSE AS `is_brand`
                                FROM (
                                  SELECT DISTINCT
                                    `t70`.`campaign_id`,
                                    `t70`.`account_id`
                                  FROM (
                                    SELECT
                                      CAST(`t39`.`campaign_id` AS BIGINT) AS `campaign_id`,
                                      CAST(`t11`.`name` AS STRING) AS `campaign`,
                                      CAST(`t37`.`id` AS BIGINT) AS `influencer_id`,
                                      CAST(`t37`.`name` AS STRING) AS `influencer`,
                                      CAST(`t17`.`id` AS BIGINT) AS `account_id`,
                                      CAST(`t17`.`platform` AS STRING) AS `platform`,
                                      CAST(`t39`.`format` AS STRING) AS `format`,
                                      CAST(`t39`.`id` AS BIGINT) AS `post_id`,
                                      `t39`.`published_on` AS `day`,
                                      `t37`.`country`,
                                      CAST(`t39`.`caption` AS STRING) AS `caption`,
                                      `t39`.`sponsored`
                                    FROM (
                                      SELECT
                                        *
                                      FROM `post` AS `t6`
                                      WHERE
                                        `t6`.`campaign_id` IS NOT NULL
                                    ) AS `t39`
                                    INNER JOIN `account` AS `t17`
                                      ON `t39`.`account_id` = `t17`.`id`
                                    INNER JOIN (
                                      SELECT
                                        *
                                      FROM `influencer` AS `t3`
                                      WHERE
                                        NOT (
                                          `t3`.`is_brand`
                                        )
                                    ) AS `t37`
                                      ON `t17`.`influencer_id` = `t37`.`id`
                                    INNER JOIN `campaign` AS `t11`
                                      ON `t39`.`campaign_id` = `t11`.`id`
                                  ) AS `t70`
                                ) AS `t83`
                              ) AS `t85`
                              UNION ALL
                              SELECT
                                *
                              FROM (
                                SELECT
                                  CAST(`t12`.`id` AS BIGINT) AS `campaign_id`,
                                  CAST(`t18`.`id` AS BIGINT) AS `account_id`,
                                  TRUE AS `is_brand`
                                FROM `campaign` AS `t12`
                                INNER JOIN (
                                  SELECT
                                    *
                                  FROM `influencer` AS `t3`
                                  WHERE
                                    `t3`.`is_brand`
                                ) AS `t27`
                                  ON `t27`.`workspace_id` = `t12`.`workspace_id`
                                INNER JOIN `account` AS `t18`
                                  ON `t18`.`influencer_id` = `t27`.`id`
                              ) AS `t55`
                            ) AS `t93`
                            INNER JOIN `campaign` AS `t10`
                              ON `t93`.`campaign_id` = `t10`.`id`
                            INNER JOIN `account` AS `t18`
                              ON `t93`.`account_id` = `t18`.`id`
                            INNER JOIN `influencer` AS `t15`
                              ON `t18`.`influencer_id` = `t15`.`id`
                          ) AS `t113`
                          INNER JOIN (
                            SELECT
                              `t129`.`campaign_id`,
                              `t129`.`account_id`,
                              CAST(`t129`.`followers` AS DOUBLE) AS `start_followers`,
                              `t129`.`at` AS `start_seen_at`,
                              `t129`.`rank` AS `start_rank`
                            FROM (
                              SELECT
                                `t124`.`campaign_id`,
                                `t124`.`campaign`,
                                `t124`.`influencer_id`,
                                `t124`.`influencer`,
                                `t124`.`account_id`,
                                `t124`.`platform`,
                                `t124`.`is_brand`,
                                `t124`.`day`,
                                `t124`.`start_at`,
                                `t124`.`end_at`,
                                `t124`.`followers`,
                                `t124`.`at`,
                                `t124`.`rank`,
                                ROW_NUMBER() OVER (
                                  PARTITION BY `t124`.`campaign_id`, `t124`.`account_id`
                                  ORDER BY IF(`t124`.`at` <= `t124`.`start_at`, 0, 1) ASC NULLS LAST, ABS(`t124`.`at` - `t124`.`start_at`) ASC NULLS LAST
                                ) - 1 AS `order`
                              FROM `t123` AS `t124`
                            ) AS `t129`
                            WHERE
                              `t129`.`order` = 0
                          ) AS `t135`
                            ON `t113`.`campaign_id` = `t135`.`campaign_id`
                            AND `t113`.`account_id` = `t135`.`account_id`
                        ) AS `t141`
                        LEFT OUTER JOIN (
                          SELECT
                            `t127`.`campaign_id`,
                            `t127`.`account_id`,
                            CAST(`t127`.`followers` AS DOUBLE) AS `end_followers`,
                            `t127`.`at` AS `end_seen_at`,
                            `t127`.`rank` AS `end_rank`
                          FROM (
                            SELECT
                              `t124`.`campaign_id`,
                              `t124`.`campaign`,
                              `t124`.`influencer_id`,
                              `t124`.`influencer`,
                              `t124`.`account_id`,
                              `t124`.`platform`,
                              `t124`.`is_brand`,
                              `t124`.`day`,
                              `t124`.`start_at`,
                              `t124`.`end_at`,
                              `t124`.`followers`,
                              `t124`.`at`,
                              `t124`.`rank`,
                              ROW_NUMBER() OVER (PARTITION BY `t124`.`campaign_id`, `t124`.`account_id` ORDER BY `t124`.`at` DESC) - 1 AS `order`
                            FROM `t123` AS `t124`
                          ) AS `t127`
                          WHERE
                            `t127`.`order` = 0
                        ) AS `t132`
                          ON `t141`.`campaign_id` = `t132`.`campaign_id`
                          AND `t141`.`account_id` = `t132`.`account_id`
                      ) AS `t154`
                      LEFT OUTER JOIN (
                        SELECT
                          `t128`.`campaign_id`,
                          `t128`.`account_id`,
                          CAST(`t128`.`followers` AS DOUBLE) AS `before_followers`,
                          `t128`.`at` AS `before_seen_at`,
                          `t128`.`rank` AS `before_rank`
                        FROM (
                          SELECT
                            `t126`.`campaign_id`,
                            `t126`.`campaign`,
                            `t126`.`influencer_id`,
                            `t126`.`influencer`,
                            `t126`.`account_id`,
                            `t126`.`platform`,
                            `t126`.`is_brand`,
                            `t126`.`day`,
                            `t126`.`start_at`,
                            `t126`.`end_at`,
                            `t126`.`followers`,
                            `t126`.`at`,
                            `t126`.`rank`,
                            ROW_NUMBER() OVER (PARTITION BY `t126`.`campaign_id`, `t126`.`account_id` ORDER BY `t126`.`at` DESC) - 1 AS `order`
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                `t113`.`campaign_id`,
                                `t113`.`campaign`,
                                `t113`.`influencer_id`,
                                `t113`.`influencer`,
                                `t113`.`account_id`,
                                `t113`.`platform`,
                                `t113`.`is_brand`,
                                `t113`.`day`,
                                `t113`.`start_at`,
                                `t113`.`end_at`,
                                `t48`.`followers`,
                                `t48`.`at`,
                                `t48`.`rank`
                              FROM (
                                SELECT
                                  `t93`.`campaign_id`,
                                  CAST(`t10`.`name` AS STRING) AS `campaign`,
                                  CAST(`t15`.`id` AS BIGINT) AS `influencer_id`,
                                  CAST(`t15`.`name` AS STRING) AS `influencer`,
                                  `t93`.`account_id`,
                                  CAST(`t18`.`platform` AS STRING) AS `platform`,
                                  `t93`.`is_brand`,
                                  `t10`.`end_date` AS `day`,
                                  UNIX_TIMESTAMP(CAST(CAST(`t10`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start_at`,
                                  UNIX_TIMESTAMP(CAST(CAST(`t10`.`end_date` AS TIMESTAMP) AS TIMESTAMP)) + 86400 AS `end_at`
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      `t83`.`campaign_id`,
                                      `t83`.`account_id`,
                                      FALSE AS `is_brand`
                                    FROM (
                                      SELECT DISTINCT
                                        `t70`.`campaign_id`,
                                        `t70`.`account_id`
                                      FROM (
                                        SELECT
                                          CAST(`t39`.`campaign_id` AS BIGINT) AS `campaign_id`,
                                          CAST(`t11`.`name` AS STRING) AS `campaign`,
                                          CAST(`t37`.`id` AS BIGINT) AS `influencer_id`,
                                          CAST(`t37`.`name` AS STRING) AS `influencer`,
                                          CAST(`t17`.`id` AS BIGINT) AS `account_id`,
                                          CAST(`t17`.`platform` AS STRING) AS `platform`,
                                          CAST(`t39`.`format` AS STRING) AS `format`,
                                          CAST(`t39`.`id` AS BIGINT) AS `post_id`,
                                          `t39`.`published_on` AS `day`,
                                          `t37`.`country`,
                                          CAST(`t39`.`caption` AS STRING) AS `caption`,
                                          `t39`.`sponsored`
                                        FROM (
                                          SELECT
                                            *
                                          FROM `post` AS `t6`
                                          WHERE
                                            `t6`.`campaign_id` IS NOT NULL
                                        ) AS `t39`
                                        INNER JOIN `account` AS `t17`
                                          ON `t39`.`account_id` = `t17`.`id`
                                        INNER JOIN (
                                          SELECT
                                            *
                                          FROM `influencer` AS `t3`
                                          WHERE
                                            NOT (
                                              `t3`.`is_brand`
                                            )
                                        ) AS `t37`
                                          ON `t17`.`influencer_id` = `t37`.`id`
                                        INNER JOIN `campaign` AS `t11`
                                          ON `t39`.`campaign_id` = `t11`.`id`
                                      ) AS `t70`
                                    ) AS `t83`
                                  ) AS `t85`
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      CAST(`t12`.`id` AS BIGINT) AS `campaign_id`,
                                      CAST(`t18`.`id` AS BIGINT) AS `account_id`,
                                      TRUE AS `is_brand`
                                    FROM `campaign` AS `t12`
                                    INNER JOIN (
                                      SELECT
                                        *
                                      FROM `influencer` AS `t3`
                                      WHERE
                                        `t3`.`is_brand`
                                    ) AS `t27`
                                      ON `t27`.`workspace_id` = `t12`.`workspace_id`
                                    INNER JOIN `account` AS `t18`
                                      ON `t18`.`influencer_id` = `t27`.`id`
                                  ) AS `t55`
                                ) AS `t93`
                                INNER JOIN `campaign` AS `t10`
                                  ON `t93`.`campaign_id` = `t10`.`id`
                                INNER JOIN `account` AS `t18`
                                  ON `t93`.`account_id` = `t18`.`id`
                                INNER JOIN `influencer` AS `t15`
                                  ON `t18`.`influencer_id` = `t15`.`id`
                              ) AS `t113`
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
                              ) AS `t48`
                                ON `t113`.`account_id` = `t48`.`account_id`
                            ) AS `t122`
                            WHERE
                              `t122`.`at` <= (
                                `t122`.`start_at` - (
                                  `t122`.`end_at` - `t122`.`start_at`
                                )
                              )
                          ) AS `t126`
                        ) AS `t128`
                        WHERE
                          `t128`.`order` = 0
                      ) AS `t133`
                        ON `t154`.`campaign_id` = `t133`.`campaign_id`
                        AND `t154`.`account_id` = `t133`.`account_id`
                    ) AS `t157`
                  ) AS `t164`
                ) AS `t167`
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    `t51`.`campaign_id`,
                    `t51`.`campaign`,
                    `t51`.`influencer_id`,
                    `t51`.`influencer`,
                    CAST(NULL AS BIGINT) AS `account_id`,
                    CAST(NULL AS STRING) AS `platform`,
                    CAST(NULL AS STRING) AS `format`,
                    CAST(NULL AS BIGINT) AS `post_id`,
                    `t51`.`day`,
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
                    `t51`.`influencers_contacted`,
                    `t51`.`influencers_interested`,
                    `t51`.`posts_contracted`,
                    `t51`.`products_sent`,
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
                  ) AS `t51`
                ) AS `t59`
              ) AS `t168`
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
              ) AS `t56`
            ) AS `t171`
            LEFT OUTER JOIN (
              SELECT
                `t112`.`campaign_id`,
                `t112`.`rate` AS `emv_rate`
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
                ) AS `t22`
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    `t98`.`campaign_id`,
                    `t98`.`rate`
                  FROM (
                    SELECT
                      `t80`.`campaign_id`,
                      `t80`.`start`,
                      `t80`.`rate`,
                      `t80`.`valid`,
                      ROW_NUMBER() OVER (
                        PARTITION BY `t80`.`campaign_id`
                        ORDER BY IF(`t80`.`valid` <= `t80`.`start`, 0, 1) ASC NULLS LAST, ABS(`t80`.`valid` - `t80`.`start`) ASC NULLS LAST
                      ) - 1 AS `order`
                    FROM (
                      SELECT
                        `t44`.`campaign_id`,
                        `t44`.`start`,
                        `t54`.`rate`,
                        UNIX_TIMESTAMP(CAST(CAST(`t54`.`valid_on` AS TIMESTAMP) AS TIMESTAMP)) AS `valid`
                      FROM (
                        SELECT
                          CAST(`t0`.`id` AS BIGINT) AS `campaign_id`,
                          `t0`.`currency`,
                          UNIX_TIMESTAMP(CAST(CAST(`t0`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start`
                        FROM `campaign` AS `t0`
                      ) AS `t44`
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
                        ) AS `t24`
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
                        ) AS `t46`
                      ) AS `t54`
                        ON `t44`.`currency` = `t54`.`quote`
                    ) AS `t80`
                  ) AS `t98`
                  WHERE
                    `t98`.`order` = 0
                ) AS `t108`
              ) AS `t112`
            ) AS `t120`
              ON `t171`.`campaign_id` = `t120`.`campaign_id`
          ) AS `t173`
        ) AS `t176`
        LEFT OUTER JOIN (
          SELECT
            `t111`.`campaign_id`,
            `t111`.`rate` AS `paid_rate`
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
            ) AS `t21`
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                `t97`.`campaign_id`,
                `t97`.`rate`
              FROM (
                SELECT
                  `t79`.`campaign_id`,
                  `t79`.`start`,
                  `t79`.`rate`,
                  `t79`.`valid`,
                  ROW_NUMBER() OVER (
                    PARTITION BY `t79`.`campaign_id`
                    ORDER BY IF(`t79`.`valid` <= `t79`.`start`, 0, 1) ASC NULLS LAST, ABS(`t79`.`valid` - `t79`.`start`) ASC NULLS LAST
                  ) - 1 AS `order`
                FROM (
                  SELECT
                    `t44`.`campaign_id`,
                    `t44`.`start`,
                    `t53`.`rate`,
                    UNIX_TIMESTAMP(CAST(CAST(`t53`.`valid_on` AS TIMESTAMP) AS TIMESTAMP)) AS `valid`
                  FROM (
                    SELECT
                      CAST(`t0`.`id` AS BIGINT) AS `campaign_id`,
                      `t0`.`currency`,
                      UNIX_TIMESTAMP(CAST(CAST(`t0`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start`
                    FROM `campaign` AS `t0`
                  ) AS `t44`
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
                    ) AS `t23`
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
                    ) AS `t45`
                  ) AS `t53`
                    ON `t44`.`currency` = `t53`.`quote`
                ) AS `t79`
              ) AS `t97`
              WHERE
                `t97`.`order` = 0
            ) AS `t107`
          ) AS `t111`
        ) AS `t119`
          ON `t176`.`campaign_id` = `t119`.`campaign_id`
      ) AS `t178`
      WHERE
        `t178`.`campaign_id` IN (1)
        AND (
          (
            `t178`.`brand_followers_expected_gain` IS NOT NULL
            AND NOT ISNAN(`t178`.`brand_followers_expected_gain`)
          )
          OR (
            `t178`.`brand_followers_gained` IS NOT NULL
            AND NOT ISNAN(`t178`.`brand_followers_gained`)
          )
          OR (
            `t178`.`brand_followers_start` IS NOT NULL
            AND NOT ISNAN(`t178`.`brand_followers_start`)
          )
          OR (
            `t178`.`brand_mention_engagements` IS NOT NULL
            AND NOT ISNAN(`t178`.`brand_mention_engagements`)
          )
          OR (
            `t178`.`brand_mentions` IS NOT NULL AND NOT ISNAN(`t178`.`brand_mentions`)
          )
          OR (
            `t178`.`clicks` IS NOT NULL AND NOT ISNAN(`t178`.`clicks`)
          )
          OR (
            `t178`.`comments` IS NOT NULL AND NOT ISNAN(`t178`.`comments`)
          )
          OR (
            `t178`.`cost` IS NOT NULL AND NOT ISNAN(`t178`.`cost`)
          )
          OR (
            `t178`.`disclosed_sponsored_posts` IS NOT NULL
            AND NOT ISNAN(`t178`.`disclosed_sponsored_posts`)
          )
          OR (
            `t178`.`emv` IS NOT NULL AND NOT ISNAN(`t178`.`emv`)
          )
          OR (
            `t178`.`engagements` IS NOT NULL AND NOT ISNAN(`t178`.`engagements`)
          )
          OR (
            `t178`.`er_followers_post` IS NOT NULL AND NOT ISNAN(`t178`.`er_followers_post`)
          )
          OR (
            `t178`.`er_impressions_post` IS NOT NULL
            AND NOT ISNAN(`t178`.`er_impressions_post`)
          )
          OR (
            `t178`.`er_reach_post` IS NOT NULL AND NOT ISNAN(`t178`.`er_reach_post`)
          )
          OR (
            `t178`.`er_views_post` IS NOT NULL AND NOT ISNAN(`t178`.`er_views_post`)
          )
          OR (
            `t178`.`followers` IS NOT NULL AND NOT ISNAN(`t178`.`followers`)
          )
          OR (
            `t178`.`followers_expected_gain` IS NOT NULL
            AND NOT ISNAN(`t178`.`followers_expected_gain`)
          )
          OR (
            `t178`.`followers_gained` IS NOT NULL AND NOT ISNAN(`t178`.`followers_gained`)
          )
          OR (
            `t178`.`followers_start` IS NOT NULL AND NOT ISNAN(`t178`.`followers_start`)
          )
          OR (
            `t178`.`impressions` IS NOT NULL AND NOT ISNAN(`t178`.`impressions`)
          )
          OR (
            `t178`.`impressions_with_estimates` IS NOT NULL
            AND NOT ISNAN(`t178`.`impressions_with_estimates`)
          )
          OR (
            `t178`.`influencers_contacted` IS NOT NULL
            AND NOT ISNAN(`t178`.`influencers_contacted`)
          )
          OR (
            `t178`.`influencers_interested` IS NOT NULL
            AND NOT ISNAN(`t178`.`influencers_interested`)
          )
          OR (
            `t178`.`key_message_posts` IS NOT NULL AND NOT ISNAN(`t178`.`key_message_posts`)
          )
          OR (
            `t178`.`key_messages` IS NOT NULL AND NOT ISNAN(`t178`.`key_messages`)
          )
          OR (
            `t178`.`likes` IS NOT NULL AND NOT ISNAN(`t178`.`likes`)
          )
          OR (
            `t178`.`mention_engagements` IS NOT NULL
            AND NOT ISNAN(`t178`.`mention_engagements`)
          )
          OR (
            `t178`.`mentions` IS NOT NULL AND NOT ISNAN(`t178`.`mentions`)
          )
          OR (
            (
              `t178`.`cost` / (
                CASE
                  WHEN `t178`.`platform` = 'tiktok'
                  THEN CAST(NULL AS DOUBLE)
                  WHEN `t178`.`platform` = 'youtube'
                  THEN CAST(NULL AS DOUBLE)
                  ELSE 1.88
                END * `t178`.`paid_rate`
              )
            ) IS NOT NULL
            AND NOT ISNAN(
              `t178`.`cost` / (
                CASE
                  WHEN `t178`.`platform` = 'tiktok'
                  THEN CAST(NULL AS DOUBLE)
                  WHEN `t178`.`platform` = 'youtube'
                  THEN CAST(NULL AS DOUBLE)
                  ELSE 1.88
                END * `t178`.`paid_rate`
              )
            )
          )
          OR (
            (
              (
                `t178`.`cost` / (
                  CASE
                    WHEN `t178`.`platform` = 'tiktok'
                    THEN 7.5
                    WHEN `t178`.`platform` = 'youtube'
                    THEN 3.53
                    ELSE 19.8
                  END * `t178`.`paid_rate`
                )
              ) * 1000
            ) IS NOT NULL
            AND NOT ISNAN(
              (
                `t178`.`cost` / (
                  CASE
                    WHEN `t178`.`platform` = 'tiktok'
                    THEN 7.5
                    WHEN `t178`.`platform` = 'youtube'
                    THEN 3.53
                    ELSE 19.8
                  END * `t178`.`paid_rate`
                )
              ) * 1000
            )
          )
          OR (
            (
              `t178`.`cost` / (
                CASE WHEN `t178`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t178`.`paid_rate`
              )
            ) IS NOT NULL
            AND NOT ISNAN(
              `t178`.`cost` / (
                CASE WHEN `t178`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t178`.`paid_rate`
              )
            )
          )
          OR (
            `t178`.`post_id` IS NOT NULL
          )
          OR (
            `t178`.`post_platform` IS NOT NULL
          )
          OR (
            `t178`.`posts_contracted` IS NOT NULL AND NOT ISNAN(`t178`.`posts_contracted`)
          )
          OR (
            `t178`.`products_sent` IS NOT NULL AND NOT ISNAN(`t178`.`products_sent`)
          )
          OR (
            `t178`.`publishing_influencer` IS NOT NULL
            AND NOT ISNAN(`t178`.`publishing_influencer`)
          )
          OR (
            `t178`.`reach` IS NOT NULL AND NOT ISNAN(`t178`.`reach`)
          )
          OR (
            `t178`.`saves` IS NOT NULL AND NOT ISNAN(`t178`.`saves`)
          )
          OR (
            `t178`.`shares` IS NOT NULL AND NOT ISNAN(`t178`.`shares`)
          )
          OR (
            `t178`.`sponsored_posts` IS NOT NULL AND NOT ISNAN(`t178`.`sponsored_posts`)
          )
          OR (
            `t178`.`ugc_post` IS NOT NULL AND NOT ISNAN(`t178`.`ugc_post`)
          )
          OR (
            `t178`.`views` IS NOT NULL AND NOT ISNAN(`t178`.`views`)
          )
        )
    ) AS `t179`
    GROUP BY
      1
  ) AS `t182`
  LEFT OUTER JOIN (
    SELECT
      `t184`.`week`,
      AVG(`t184`.`er_reach_account_mean`) AS `er_reach_account_mean`,
      MAX(
        IF(
          `t184`.`er_reach_account_mean` IS NOT NULL
          AND NOT ISNAN(`t184`.`er_reach_account_mean`),
          `t184`.`er_reach_account_mean__r`,
          NULL
        )
      ) AS `er_reach_account_mean__provenance`,
      PERCENTILE(`t184`.`er_reach_account_median`, 0.5) AS `er_reach_account_median`,
      MAX(
        IF(
          `t184`.`er_reach_account_median` IS NOT NULL
          AND NOT ISNAN(`t184`.`er_reach_account_median`),
          `t184`.`er_reach_account_median__r`,
          NULL
        )
      ) AS `er_reach_account_median__provenance`,
      AVG(`t184`.`er_followers_account_mean`) AS `er_followers_account_mean`,
      MAX(
        IF(
          `t184`.`er_followers_account_mean` IS NOT NULL
          AND NOT ISNAN(`t184`.`er_followers_account_mean`),
          `t184`.`er_followers_account_mean__r`,
          NULL
        )
      ) AS `er_followers_account_mean__provenance`,
      PERCENTILE(`t184`.`er_followers_account_median`, 0.5) AS `er_followers_account_median`,
      MAX(
        IF(
          `t184`.`er_followers_account_median` IS NOT NULL
          AND NOT ISNAN(`t184`.`er_followers_account_median`),
          `t184`.`er_followers_account_median__r`,
          NULL
        )
      ) AS `er_followers_account_median__provenance`,
      AVG(`t184`.`er_impressions_account_mean`) AS `er_impressions_account_mean`,
      MAX(
        IF(
          `t184`.`er_impressions_account_mean` IS NOT NULL
          AND NOT ISNAN(`t184`.`er_impressions_account_mean`),
          `t184`.`er_impressions_account_mean__r`,
          NULL
        )
      ) AS `er_impressions_account_mean__provenance`,
      PERCENTILE(`t184`.`er_impressions_account_median`, 0.5) AS `er_impressions_account_median`,
      MAX(
        IF(
          `t184`.`er_impressions_account_median` IS NOT NULL
          AND NOT ISNAN(`t184`.`er_impressions_account_median`),
          `t184`.`er_impressions_account_median__r`,
          NULL
        )
      ) AS `er_impressions_account_median__provenance`,
      AVG(`t184`.`er_views_account_mean`) AS `er_views_account_mean`,
      MAX(
        IF(
          `t184`.`er_views_account_mean` IS NOT NULL
          AND NOT ISNAN(`t184`.`er_views_account_mean`),
          `t184`.`er_views_account_mean__r`,
          NULL
        )
      ) AS `er_views_account_mean__provenance`,
      PERCENTILE(`t184`.`er_views_account_median`, 0.5) AS `er_views_account_median`,
      MAX(
        IF(
          `t184`.`er_views_account_median` IS NOT NULL
          AND NOT ISNAN(`t184`.`er_views_account_median`),
          `t184`.`er_views_account_median__r`,
          NULL
        )
      ) AS `er_views_account_median__provenance`
    FROM (
      SELECT
        `t183`.`week`,
        `t183`.`account_id`,
        `t183`.`er_reach_account_mean__n`,
        `t183`.`er_reach_account_mean__d`,
        `t183`.`er_reach_account_median__n`,
        `t183`.`er_reach_account_median__d`,
        `t183`.`er_followers_account_mean__n`,
        `t183`.`er_followers_account_mean__d`,
        `t183`.`er_followers_account_median__n`,
        `t183`.`er_followers_account_median__d`,
        `t183`.`er_impressions_account_mean__n`,
        `t183`.`er_impressions_account_mean__d`,
        `t183`.`er_impressions_account_median__n`,
        `t183`.`er_impressions_account_median__d`,
        `t183`.`er_views_account_mean__n`,
        `t183`.`er_views_account_mean__d`,
        `t183`.`er_views_account_median__n`,
        `t183`.`er_views_account_median__d`,
        `t183`.`er_reach_account_mean__r`,
        `t183`.`er_reach_account_median__r`,
        `t183`.`er_followers_account_mean__r`,
        `t183`.`er_followers_account_median__r`,
        `t183`.`er_impressions_account_mean__r`,
        `t183`.`er_impressions_account_median__r`,
        `t183`.`er_views_account_mean__r`,
        `t183`.`er_views_account_median__r`,
        (
          `t183`.`er_reach_account_mean__n` / NULLIF(`t183`.`er_reach_account_mean__d`, 0)
        ) * 100 AS `er_reach_account_mean`,
        (
          `t183`.`er_reach_account_median__n` / NULLIF(`t183`.`er_reach_account_median__d`, 0)
        ) * 100 AS `er_reach_account_median`,
        (
          `t183`.`er_followers_account_mean__n` / NULLIF(`t183`.`er_followers_account_mean__d`, 0)
        ) * 100 AS `er_followers_account_mean`,
        (
          `t183`.`er_followers_account_median__n` / NULLIF(`t183`.`er_followers_account_median__d`, 0)
        ) * 100 AS `er_followers_account_median`,
        (
          `t183`.`er_impressions_account_mean__n` / NULLIF(`t183`.`er_impressions_account_mean__d`, 0)
        ) * 100 AS `er_impressions_account_mean`,
        (
          `t183`.`er_impressions_account_median__n` / NULLIF(`t183`.`er_impressions_account_median__d`, 0)
        ) * 100 AS `er_impressions_account_median`,
        (
          `t183`.`er_views_account_mean__n` / NULLIF(`t183`.`er_views_account_mean__d`, 0)
        ) * 100 AS `er_views_account_mean`,
        (
          `t183`.`er_views_account_median__n` / NULLIF(`t183`.`er_views_account_median__d`, 0)
        ) * 100 AS `er_views_account_median`
      FROM (
        SELECT
          `t180`.`week`,
          `t180`.`account_id`,
          SUM(
            IF(
              `t180`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t180`.`engagements`)
              AND (
                `t180`.`reach` IS NOT NULL AND NOT ISNAN(`t180`.`reach`)
              ),
              `t180`.`engagements`,
              NULL
            )
          ) AS `er_reach_account_mean__n`,
          SUM(
            IF(
              `t180`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t180`.`engagements`)
              AND (
                `t180`.`reach` IS NOT NULL AND NOT ISNAN(`t180`.`reach`)
              ),
              `t180`.`reach`,
              NULL
            )
          ) AS `er_reach_account_mean__d`,
          SUM(
            IF(
              `t180`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t180`.`engagements`)
              AND (
                `t180`.`reach` IS NOT NULL AND NOT ISNAN(`t180`.`reach`)
              ),
              `t180`.`engagements`,
              NULL
            )
          ) AS `er_reach_account_median__n`,
          SUM(
            IF(
              `t180`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t180`.`engagements`)
              AND (
                `t180`.`reach` IS NOT NULL AND NOT ISNAN(`t180`.`reach`)
              ),
              `t180`.`reach`,
              NULL
            )
          ) AS `er_reach_account_median__d`,
          SUM(
            IF(
              `t180`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t180`.`engagements`)
              AND (
                `t180`.`followers` IS NOT NULL AND NOT ISNAN(`t180`.`followers`)
              ),
              `t180`.`engagements`,
              NULL
            )
          ) AS `er_followers_account_mean__n`,
          SUM(
            IF(
              `t180`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t180`.`engagements`)
              AND (
                `t180`.`followers` IS NOT NULL AND NOT ISNAN(`t180`.`followers`)
              ),
              `t180`.`followers`,
              NULL
            )
          ) AS `er_followers_account_mean__d`,
          SUM(
            IF(
              `t180`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t180`.`engagements`)
              AND (
                `t180`.`followers` IS NOT NULL AND NOT ISNAN(`t180`.`followers`)
              ),
              `t180`.`engagements`,
              NULL
            )
          ) AS `er_followers_account_median__n`,
          SUM(
            IF(
              `t180`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t180`.`engagements`)
              AND (
                `t180`.`followers` IS NOT NULL AND NOT ISNAN(`t180`.`followers`)
              ),
              `t180`.`followers`,
              NULL
            )
          ) AS `er_followers_account_median__d`,
          SUM(
            IF(
              `t180`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t180`.`engagements`)
              AND (
                `t180`.`impressions` IS NOT NULL AND NOT ISNAN(`t180`.`impressions`)
              ),
              `t180`.`engagements`,
              NULL
            )
          ) AS `er_impressions_account_mean__n`,
          SUM(
            IF(
              `t180`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t180`.`engagements`)
              AND (
                `t180`.`impressions` IS NOT NULL AND NOT ISNAN(`t180`.`impressions`)
              ),
              `t180`.`impressions`,
              NULL
            )
          ) AS `er_impressions_account_mean__d`,
          SUM(
            IF(
              `t180`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t180`.`engagements`)
              AND (
                `t180`.`impressions` IS NOT NULL AND NOT ISNAN(`t180`.`impressions`)
              ),
              `t180`.`engagements`,
              NULL
            )
          ) AS `er_impressions_account_median__n`,
          SUM(
            IF(
              `t180`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t180`.`engagements`)
              AND (
                `t180`.`impressions` IS NOT NULL AND NOT ISNAN(`t180`.`impressions`)
              ),
              `t180`.`impressions`,
              NULL
            )
          ) AS `er_impressions_account_median__d`,
          SUM(
            IF(
              `t180`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t180`.`engagements`)
              AND (
                `t180`.`views` IS NOT NULL AND NOT ISNAN(`t180`.`views`)
              ),
              `t180`.`engagements`,
              NULL
            )
          ) AS `er_views_account_mean__n`,
          SUM(
            IF(
              `t180`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t180`.`engagements`)
              AND (
                `t180`.`views` IS NOT NULL AND NOT ISNAN(`t180`.`views`)
              ),
              `t180`.`views`,
              NULL
            )
          ) AS `er_views_account_mean__d`,
          SUM(
            IF(
              `t180`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t180`.`engagements`)
              AND (
                `t180`.`views` IS NOT NULL AND NOT ISNAN(`t180`.`views`)
              ),
              `t180`.`engagements`,
              NULL
            )
          ) AS `er_views_account_median__n`,
          SUM(
            IF(
              `t180`.`engagements` IS NOT NULL
              AND NOT ISNAN(`t180`.`engagements`)
              AND (
                `t180`.`views` IS NOT NULL AND NOT ISNAN(`t180`.`views`)
              ),
              `t180`.`views`,
              NULL
            )
          ) AS `er_views_account_median__d`,
          NULLIF(
            GREATEST(
              COALESCE(
                MAX(
                  IF(
                    `t180`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t180`.`engagements`)
                    AND (
                      `t180`.`reach` IS NOT NULL AND NOT ISNAN(`t180`.`reach`)
                    ),
                    `t180`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    `t180`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t180`.`engagements`)
                    AND (
                      `t180`.`reach` IS NOT NULL AND NOT ISNAN(`t180`.`reach`)
                    ),
                    `t180`.`reach__provenance`,
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
                    `t180`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t180`.`engagements`)
                    AND (
                      `t180`.`reach` IS NOT NULL AND NOT ISNAN(`t180`.`reach`)
                    ),
                    `t180`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    `t180`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t180`.`engagements`)
                    AND (
                      `t180`.`reach` IS NOT NULL AND NOT ISNAN(`t180`.`reach`)
                    ),
                    `t180`.`reach__provenance`,
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
                    `t180`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t180`.`engagements`)
                    AND (
                      `t180`.`followers` IS NOT NULL AND NOT ISNAN(`t180`.`followers`)
                    ),
                    `t180`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    `t180`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t180`.`engagements`)
                    AND (
                      `t180`.`followers` IS NOT NULL AND NOT ISNAN(`t180`.`followers`)
                    ),
                    `t180`.`followers__provenance`,
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
                    `t180`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t180`.`engagements`)
                    AND (
                      `t180`.`followers` IS NOT NULL AND NOT ISNAN(`t180`.`followers`)
                    ),
                    `t180`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    `t180`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t180`.`engagements`)
                    AND (
                      `t180`.`followers` IS NOT NULL AND NOT ISNAN(`t180`.`followers`)
                    ),
                    `t180`.`followers__provenance`,
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
                    `t180`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t180`.`engagements`)
                    AND (
                      `t180`.`impressions` IS NOT NULL AND NOT ISNAN(`t180`.`impressions`)
                    ),
                    `t180`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    `t180`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t180`.`engagements`)
                    AND (
                      `t180`.`impressions` IS NOT NULL AND NOT ISNAN(`t180`.`impressions`)
                    ),
                    `t180`.`impressions__provenance`,
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
                    `t180`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t180`.`engagements`)
                    AND (
                      `t180`.`impressions` IS NOT NULL AND NOT ISNAN(`t180`.`impressions`)
                    ),
                    `t180`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    `t180`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t180`.`engagements`)
                    AND (
                      `t180`.`impressions` IS NOT NULL AND NOT ISNAN(`t180`.`impressions`)
                    ),
                    `t180`.`impressions__provenance`,
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
                    `t180`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t180`.`engagements`)
                    AND (
                      `t180`.`views` IS NOT NULL AND NOT ISNAN(`t180`.`views`)
                    ),
                    `t180`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    `t180`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t180`.`engagements`)
                    AND (
                      `t180`.`views` IS NOT NULL AND NOT ISNAN(`t180`.`views`)
                    ),
                    `t180`.`views__provenance`,
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
                    `t180`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t180`.`engagements`)
                    AND (
                      `t180`.`views` IS NOT NULL AND NOT ISNAN(`t180`.`views`)
                    ),
                    `t180`.`engagements__provenance`,
                    NULL
                  )
                ),
                -1
              ),
              COALESCE(
                MAX(
                  IF(
                    `t180`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t180`.`engagements`)
                    AND (
                      `t180`.`views` IS NOT NULL AND NOT ISNAN(`t180`.`views`)
                    ),
                    `t180`.`views__provenance`,
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
            `t178`.`campaign_id`,
            `t178`.`campaign`,
            `t178`.`influencer_id`,
            `t178`.`influencer`,
            `t178`.`account_id`,
            `t178`.`platform`,
            `t178`.`format`,
            `t178`.`post_id`,
            `t178`.`day`,
            `t178`.`reach`,
            `t178`.`impressions`,
            `t178`.`views`,
            `t178`.`likes`,
            `t178`.`comments`,
            `t178`.`shares`,
            `t178`.`saves`,
            `t178`.`clicks`,
            `t178`.`reach__provenance`,
            `t178`.`impressions__provenance`,
            `t178`.`views__provenance`,
            `t178`.`likes__provenance`,
            `t178`.`comments__provenance`,
            `t178`.`shares__provenance`,
            `t178`.`saves__provenance`,
            `t178`.`clicks__provenance`,
            `t178`.`followers`,
            `t178`.`followers__provenance`,
            `t178`.`engagements`,
            `t178`.`engagements__provenance`,
            `t178`.`impressions_with_estimates`,
            `t178`.`impressions_with_estimates__provenance`,
            `t178`.`er_reach_post`,
            `t178`.`er_followers_post`,
            `t178`.`er_impressions_post`,
            `t178`.`er_views_post`,
            `t178`.`er_reach_post__provenance`,
            `t178`.`er_followers_post__provenance`,
            `t178`.`er_impressions_post__provenance`,
            `t178`.`er_views_post__provenance`,
            `t178`.`post_platform`,
            `t178`.`publishing_influencer`,
            `t178`.`sponsored_posts`,
            `t178`.`disclosed_sponsored_posts`,
            `t178`.`cost`,
            `t178`.`key_message_posts`,
            `t178`.`ugc_post`,
            `t178`.`mentions`,
            `t178`.`brand_mentions`,
            `t178`.`mention_engagements`,
            `t178`.`brand_mention_engagements`,
            `t178`.`followers_start`,
            `t178`.`followers_gained`,
            `t178`.`followers_expected_gain`,
            `t178`.`followers_start__provenance`,
            `t178`.`followers_gained__provenance`,
            `t178`.`followers_expected_gain__provenance`,
            `t178`.`brand_followers_start`,
            `t178`.`brand_followers_gained`,
            `t178`.`brand_followers_expected_gain`,
            `t178`.`brand_followers_start__provenance`,
            `t178`.`brand_followers_gained__provenance`,
            `t178`.`brand_followers_expected_gain__provenance`,
            `t178`.`influencers_contacted`,
            `t178`.`influencers_interested`,
            `t178`.`posts_contracted`,
            `t178`.`products_sent`,
            `t178`.`key_messages`,
            `t178`.`emv_rate`,
            `t178`.`emv`,
            `t178`.`emv__provenance`,
            `t178`.`paid_rate`,
            (
              `t178`.`cost` / (
                CASE
                  WHEN `t178`.`platform` = 'tiktok'
                  THEN 7.5
                  WHEN `t178`.`platform` = 'youtube'
                  THEN 3.53
                  ELSE 19.8
                END * `t178`.`paid_rate`
              )
            ) * 1000 AS `paid_impressions`,
            CAST(NULL AS DOUBLE) AS `paid_engagements`,
            `t178`.`cost` / (
              CASE
                WHEN `t178`.`platform` = 'tiktok'
                THEN CAST(NULL AS DOUBLE)
                WHEN `t178`.`platform` = 'youtube'
                THEN CAST(NULL AS DOUBLE)
                ELSE 1.88
              END * `t178`.`paid_rate`
            ) AS `paid_clicks`,
            `t178`.`cost` / (
              CASE WHEN `t178`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t178`.`paid_rate`
            ) AS `paid_views`,
            DATE_TRUNC('week', `t178`.`day`) AS `week`
          FROM (
            SELECT
              `t176`.`campaign_id`,
              `t176`.`campaign`,
              `t176`.`influencer_id`,
              `t176`.`influencer`,
              `t176`.`account_id`,
              `t176`.`platform`,
              `t176`.`format`,
              `t176`.`post_id`,
              `t176`.`day`,
              `t176`.`reach`,
              `t176`.`impressions`,
              `t176`.`views`,
              `t176`.`likes`,
              `t176`.`comments`,
              `t176`.`shares`,
              `t176`.`saves`,
              `t176`.`clicks`,
              `t176`.`reach__provenance`,
              `t176`.`impressions__provenance`,
              `t176`.`views__provenance`,
              `t176`.`likes__provenance`,
              `t176`.`comments__provenance`,
              `t176`.`shares__provenance`,
              `t176`.`saves__provenance`,
              `t176`.`clicks__provenance`,
              `t176`.`followers`,
              `t176`.`followers__provenance`,
              `t176`.`engagements`,
              `t176`.`engagements__provenance`,
              `t176`.`impressions_with_estimates`,
              `t176`.`impressions_with_estimates__provenance`,
              `t176`.`er_reach_post`,
              `t176`.`er_followers_post`,
              `t176`.`er_impressions_post`,
              `t176`.`er_views_post`,
              `t176`.`er_reach_post__provenance`,
              `t176`.`er_followers_post__provenance`,
              `t176`.`er_impressions_post__provenance`,
              `t176`.`er_views_post__provenance`,
              `t176`.`post_platform`,
              `t176`.`publishing_influencer`,
              `t176`.`sponsored_posts`,
              `t176`.`disclosed_sponsored_posts`,
              `t176`.`cost`,
              `t176`.`key_message_posts`,
              `t176`.`ugc_post`,
              `t176`.`mentions`,
              `t176`.`brand_mentions`,
              `t176`.`mention_engagements`,
              `t176`.`brand_mention_engagements`,
              `t176`.`followers_start`,
              `t176`.`followers_gained`,
              `t176`.`followers_expected_gain`,
              `t176`.`followers_start__provenance`,
              `t176`.`followers_gained__provenance`,
              `t176`.`followers_expected_gain__provenance`,
              `t176`.`brand_followers_start`,
              `t176`.`brand_followers_gained`,
              `t176`.`brand_followers_expected_gain`,
              `t176`.`brand_followers_start__provenance`,
              `t176`.`brand_followers_gained__provenance`,
              `t176`.`brand_followers_expected_gain__provenance`,
              `t176`.`influencers_contacted`,
              `t176`.`influencers_interested`,
              `t176`.`posts_contracted`,
              `t176`.`products_sent`,
              `t176`.`key_messages`,
              `t176`.`emv_rate`,
              `t176`.`emv`,
              `t176`.`emv__provenance`,
              `t119`.`paid_rate`
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
                `t173`.`key_message_posts`,
                `t173`.`ugc_post`,
                `t173`.`mentions`,
                `t173`.`brand_mentions`,
                `t173`.`mention_engagements`,
                `t173`.`brand_mention_engagements`,
                `t173`.`followers_start`,
                `t173`.`followers_gained`,
                `t173`.`followers_expected_gain`,
                `t173`.`followers_start__provenance`,
                `t173`.`followers_gained__provenance`,
                `t173`.`followers_expected_gain__provenance`,
                `t173`.`brand_followers_start`,
                `t173`.`brand_followers_gained`,
                `t173`.`brand_followers_expected_gain`,
                `t173`.`brand_followers_start__provenance`,
                `t173`.`brand_followers_gained__provenance`,
                `t173`.`brand_followers_expected_gain__provenance`,
                `t173`.`influencers_contacted`,
                `t173`.`influencers_interested`,
                `t173`.`posts_contracted`,
                `t173`.`products_sent`,
                `t173`.`key_messages`,
                `t173`.`emv_rate`,
                IF(
                  (
                    `t173`.`post_id` IS NOT NULL
                  )
                  AND (
                    (
                      (
                        (
                          COALESCE(`t173`.`impressions`, `t173`.`views`) * CASE WHEN `t173`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                        ) / 1000
                      ) IS NOT NULL
                      AND NOT ISNAN(
                        (
                          COALESCE(`t173`.`impressions`, `t173`.`views`) * CASE WHEN `t173`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                        ) / 1000
                      )
                    )
                    OR (
                      (
                        CASE
                          WHEN `t173`.`platform` = 'instagram'
                          THEN 0.07
                          WHEN `t173`.`platform` = 'tiktok'
                          THEN 0.09
                          WHEN `t173`.`platform` = 'youtube'
                          THEN 0.08
                          ELSE CAST(NULL AS DOUBLE)
                        END * `t173`.`likes`
                      ) IS NOT NULL
                      AND NOT ISNAN(
                        CASE
                          WHEN `t173`.`platform` = 'instagram'
                          THEN 0.07
                          WHEN `t173`.`platform` = 'tiktok'
                          THEN 0.09
                          WHEN `t173`.`platform` = 'youtube'
                          THEN 0.08
                          ELSE CAST(NULL AS DOUBLE)
                        END * `t173`.`likes`
                      )
                    )
                    OR (
                      (
                        CASE
                          WHEN `t173`.`platform` = 'instagram'
                          THEN 3.46
                          WHEN `t173`.`platform` = 'tiktok'
                          THEN 3.52
                          WHEN `t173`.`platform` = 'youtube'
                          THEN 6.99
                          ELSE CAST(NULL AS DOUBLE)
                        END * `t173`.`comments`
                      ) IS NOT NULL
                      AND NOT ISNAN(
                        CASE
                          WHEN `t173`.`platform` = 'instagram'
                          THEN 3.46
                          WHEN `t173`.`platform` = 'tiktok'
                          THEN 3.52
                          WHEN `t173`.`platform` = 'youtube'
                          THEN 6.99
                          ELSE CAST(NULL AS DOUBLE)
                        END * `t173`.`comments`
                      )
                    )
                    OR (
                      (
                        CASE WHEN `t173`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t173`.`shares`
                      ) IS NOT NULL
                      AND NOT ISNAN(
                        CASE WHEN `t173`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t173`.`shares`
                      )
                    )
                  ),
                  (
                    COALESCE(
                      (
                        COALESCE(`t173`.`impressions`, `t173`.`views`) * CASE WHEN `t173`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                      ) / 1000,
                      0
                    ) + COALESCE(
                      CASE
                        WHEN `t173`.`platform` = 'instagram'
                        THEN 0.07
                        WHEN `t173`.`platform` = 'tiktok'
                        THEN 0.09
                        WHEN `t173`.`platform` = 'youtube'
                        THEN 0.08
                        ELSE CAST(NULL AS DOUBLE)
                      END * `t173`.`likes`,
                      0
                    ) + COALESCE(
                      CASE
                        WHEN `t173`.`platform` = 'instagram'
                        THEN 3.46
                        WHEN `t173`.`platform` = 'tiktok'
                        THEN 3.52
                        WHEN `t173`.`platform` = 'youtube'
                        THEN 6.99
                        ELSE CAST(NULL AS DOUBLE)
                      END * `t173`.`comments`,
                      0
                    ) + COALESCE(
                      CASE WHEN `t173`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t173`.`shares`,
                      0
                    )
                  ) * `t173`.`emv_rate`,
                  CAST(NULL AS DOUBLE)
                ) AS `emv`,
                NULLIF(
                  GREATEST(
                    COALESCE(`t173`.`impressions__provenance`, -1),
                    COALESCE(`t173`.`views__provenance`, -1),
                    COALESCE(`t173`.`engagements__provenance`, -1)
                  ),
                  -1
                ) AS `emv__provenance`
              FROM (
                SELECT
                  `t171`.`campaign_id`,
                  `t171`.`campaign`,
                  `t171`.`influencer_id`,
                  `t171`.`influencer`,
                  `t171`.`account_id`,
                  `t171`.`platform`,
                  `t171`.`format`,
                  `t171`.`post_id`,
                  `t171`.`day`,
                  `t171`.`reach`,
                  `t171`.`impressions`,
                  `t171`.`views`,
                  `t171`.`likes`,
                  `t171`.`comments`,
                  `t171`.`shares`,
                  `t171`.`saves`,
                  `t171`.`clicks`,
                  `t171`.`reach__provenance`,
                  `t171`.`impressions__provenance`,
                  `t171`.`views__provenance`,
                  `t171`.`likes__provenance`,
                  `t171`.`comments__provenance`,
                  `t171`.`shares__provenance`,
                  `t171`.`saves__provenance`,
                  `t171`.`clicks__provenance`,
                  `t171`.`followers`,
                  `t171`.`followers__provenance`,
                  `t171`.`engagements`,
                  `t171`.`engagements__provenance`,
                  `t171`.`impressions_with_estimates`,
                  `t171`.`impressions_with_estimates__provenance`,
                  `t171`.`er_reach_post`,
                  `t171`.`er_followers_post`,
                  `t171`.`er_impressions_post`,
                  `t171`.`er_views_post`,
                  `t171`.`er_reach_post__provenance`,
                  `t171`.`er_followers_post__provenance`,
                  `t171`.`er_impressions_post__provenance`,
                  `t171`.`er_views_post__provenance`,
                  `t171`.`post_platform`,
                  `t171`.`publishing_influencer`,
                  `t171`.`sponsored_posts`,
                  `t171`.`disclosed_sponsored_posts`,
                  `t171`.`cost`,
                  `t171`.`key_message_posts`,
                  `t171`.`ugc_post`,
                  `t171`.`mentions`,
                  `t171`.`brand_mentions`,
                  `t171`.`mention_engagements`,
                  `t171`.`brand_mention_engagements`,
                  `t171`.`followers_start`,
                  `t171`.`followers_gained`,
                  `t171`.`followers_expected_gain`,
                  `t171`.`followers_start__provenance`,
                  `t171`.`followers_gained__provenance`,
                  `t171`.`followers_expected_gain__provenance`,
                  `t171`.`brand_followers_start`,
                  `t171`.`brand_followers_gained`,
                  `t171`.`brand_followers_expected_gain`,
                  `t171`.`brand_followers_start__provenance`,
                  `t171`.`brand_followers_gained__provenance`,
                  `t171`.`brand_followers_expected_gain__provenance`,
                  `t171`.`influencers_contacted`,
                  `t171`.`influencers_interested`,
                  `t171`.`posts_contracted`,
                  `t171`.`products_sent`,
                  `t171`.`key_messages`,
                  `t120`.`emv_rate`
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
                                `t161`.`campaign_id`,
                                `t161`.`campaign`,
                                `t161`.`influencer_id`,
                                `t161`.`influencer`,
                                `t161`.`account_id`,
                                `t161`.`platform`,
                                `t161`.`format`,
                                `t161`.`post_id`,
                                `t161`.`day`,
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
                                CAST(`t161`.`followers__provenance` AS BIGINT) AS `followers__provenance`,
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
                                CAST(`t161`.`publishing_influencer` AS DOUBLE) AS `publishing_influencer`,
                                `t161`.`sponsored_posts`,
                                `t161`.`disclosed_sponsored_posts`,
                                `t161`.`cost`,
                                `t161`.`key_message_posts`,
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
                                  `t152`.`impressions_with_estimates`,
                                  `t152`.`impressions_with_estimates__provenance`,
                                  `t152`.`er_reach_post`,
                                  `t152`.`er_followers_post`,
                                  `t152`.`er_impressions_post`,
                                  `t152`.`er_views_post`,
                                  `t152`.`er_reach_post__provenance`,
                                  `t152`.`er_followers_post__provenance`,
                                  `t152`.`er_impressions_post__provenance`,
                                  `t152`.`er_views_post__provenance`,
                                  `t152`.`post_platform`,
                                  `t152`.`publishing_influencer`,
                                  `t152`.`sponsored_posts`,
                                  `t152`.`disclosed_sponsored_posts`,
                                  `t152`.`cost`,
                                  `t160`.`key_message_posts`
                                FROM (
                                  SELECT
                                    `t140`.`campaign_id`,
                                    `t140`.`campaign`,
                                    `t140`.`influencer_id`,
                                    `t140`.`influencer`,
                                    `t140`.`account_id`,
                                    `t140`.`platform`,
                                    `t140`.`format`,
                                    `t140`.`post_id`,
                                    `t140`.`day`,
                                    `t140`.`country`,
                                    `t140`.`caption`,
                                    `t140`.`sponsored`,
                                    `t140`.`reach`,
                                    `t140`.`impressions`,
                                    `t140`.`views`,
                                    `t140`.`likes`,
                                    `t140`.`comments`,
                                    `t140`.`shares`,
                                    `t140`.`saves`,
                                    `t140`.`clicks`,
                                    `t140`.`reach__provenance`,
                                    `t140`.`impressions__provenance`,
                                    `t140`.`views__provenance`,
                                    `t140`.`likes__provenance`,
                                    `t140`.`comments__provenance`,
                                    `t140`.`shares__provenance`,
                                    `t140`.`saves__provenance`,
                                    `t140`.`clicks__provenance`,
                                    `t140`.`followers`,
                                    `t140`.`followers__provenance`,
                                    `t140`.`engagements`,
                                    `t140`.`engagements__provenance`,
                                    `t140`.`impressions_with_estimates`,
                                    `t140`.`impressions_with_estimates__provenance`,
                                    `t140`.`er_reach_post`,
                                    `t140`.`er_followers_post`,
                                    `t140`.`er_impressions_post`,
                                    `t140`.`er_views_post`,
                                    `t140`.`er_reach_post__provenance`,
                                    `t140`.`er_followers_post__provenance`,
                                    `t140`.`er_impressions_post__provenance`,
                                    `t140`.`er_views_post__provenance`,
                                    `t140`.`post_platform`,
                                    `t140`.`publishing_influencer`,
                                    `t140`.`sponsored_posts`,
                                    `t140`.`disclosed_sponsored_posts`,
                                    `t115`.`cost`
                                  FROM (
                                    SELECT
                                      `t125`.`campaign_id`,
                                      `t125`.`campaign`,
                                      `t125`.`influencer_id`,
                                      `t125`.`influencer`,
                                      `t125`.`account_id`,
                                      `t125`.`platform`,
                                      `t125`.`format`,
                                      `t125`.`post_id`,
                                      `t125`.`day`,
                                      `t125`.`country`,
                                      `t125`.`caption`,
                                      `t125`.`sponsored`,
                                      `t125`.`reach`,
                                      `t125`.`impressions`,
                                      `t125`.`views`,
                                      `t125`.`likes`,
                                      `t125`.`comments`,
                                      `t125`.`shares`,
                                      `t125`.`saves`,
                                      `t125`.`clicks`,
                                      `t125`.`reach__provenance`,
                                      `t125`.`impressions__provenance`,
                                      `t125`.`views__provenance`,
                                      `t125`.`likes__provenance`,
                                      `t125`.`comments__provenance`,
                                      `t125`.`shares__provenance`,
                                      `t125`.`saves__provenance`,
                                      `t125`.`clicks__provenance`,
                                      `t125`.`followers`,
                                      `t125`.`followers__provenance`,
                                      `t125`.`engagements`,
                                      `t125`.`engagements__provenance`,
                                      COALESCE(
                                        COALESCE(`t125`.`impressions`, `t125`.`views`),
                                        `t125`.`reach` * COALESCE(
                                          SUM(
                                            IF(
                                              `t125`.`impressions` IS NOT NULL
                                              AND NOT ISNAN(`t125`.`impressions`)
                                              AND (
                                                `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                              ),
                                              `t125`.`impressions`,
                                              NULL
                                            )
                                          ) OVER (
                                            PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                          ) / NULLIF(
                                            SUM(
                                              IF(
                                                `t125`.`impressions` IS NOT NULL
                                                AND NOT ISNAN(`t125`.`impressions`)
                                                AND (
                                                  `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                                ),
                                                `t125`.`reach`,
                                                NULL
                                              )
                                            ) OVER (
                                              PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                            ),
                                            0
                                          ),
                                          CAST(1 AS DOUBLE)
                                        )
                                      ) AS `impressions_with_estimates`,
                                      IF(
                                        COALESCE(
                                          COALESCE(`t125`.`impressions`, `t125`.`views`),
                                          `t125`.`reach` * COALESCE(
                                            SUM(
                                              IF(
                                                `t125`.`impressions` IS NOT NULL
                                                AND NOT ISNAN(`t125`.`impressions`)
                                                AND (
                                                  `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                                ),
                                                `t125`.`impressions`,
                                                NULL
                                              )
                                            ) OVER (
                                              PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                            ) / NULLIF(
                                              SUM(
                                                IF(
                                                  `t125`.`impressions` IS NOT NULL
                                                  AND NOT ISNAN(`t125`.`impressions`)
                                                  AND (
                                                    `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                                  ),
                                                  `t125`.`reach`,
                                                  NULL
                                                )
                                              ) OVER (
                                                PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              ),
                                              0
                                            ),
                                            CAST(1 AS DOUBLE)
                                          )
                                        ) IS NOT NULL
                                        AND NOT ISNAN(
                                          COALESCE(
                                            COALESCE(`t125`.`impressions`, `t125`.`views`),
                                            `t125`.`reach` * COALESCE(
                                              SUM(
                                                IF(
                                                  `t125`.`impressions` IS NOT NULL
                                                  AND NOT ISNAN(`t125`.`impressions`)
                                                  AND (
                                                    `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                                  ),
                                                  `t125`.`impressions`,
                                                  NULL
                                                )
                                              ) OVER (
                                                PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              ) / NULLIF(
                                                SUM(
                                                  IF(
                                                    `t125`.`impressions` IS NOT NULL
                                                    AND NOT ISNAN(`t125`.`impressions`)
                                                    AND (
                                                      `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                                    ),
                                                    `t125`.`reach`,
                                                    NULL
                                                  )
                                                ) OVER (
                                                  PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ),
                                                0
                                              ),
                                              CAST(1 AS DOUBLE)
                                            )
                                          )
                                        ),
                                        IF(
                                          `t125`.`impressions` IS NOT NULL AND NOT ISNAN(`t125`.`impressions`),
                                          `t125`.`impressions__provenance`,
                                          2
                                        ),
                                        CAST(NULL AS BIGINT)
                                      ) AS `impressions_with_estimates__provenance`,
                                      (
                                        `t125`.`engagements` / NULLIF(`t125`.`reach`, 0)
                                      ) * 100 AS `er_reach_post`,
                                      (
                                        `t125`.`engagements` / NULLIF(`t125`.`followers`, 0)
                                      ) * 100 AS `er_followers_post`,
                                      (
                                        `t125`.`engagements` / NULLIF(`t125`.`impressions`, 0)
                                      ) * 100 AS `er_impressions_post`,
                                      (
                                        `t125`.`engagements` / NULLIF(`t125`.`views`, 0)
                                      ) * 100 AS `er_views_post`,
                                      NULLIF(
                                        GREATEST(
                                          COALESCE(`t125`.`engagements__provenance`, -1),
                                          COALESCE(`t125`.`reach__provenance`, -1)
                                        ),
                                        -1
                                      ) AS `er_reach_post__provenance`,
                                      NULLIF(
                                        GREATEST(
                                          COALESCE(`t125`.`engagements__provenance`, -1),
                                          COALESCE(`t125`.`followers__provenance`, -1)
                                        ),
                                        -1
                                      ) AS `er_followers_post__provenance`,
                                      NULLIF(
                                        GREATEST(
                                          COALESCE(`t125`.`engagements__provenance`, -1),
                                          COALESCE(`t125`.`impressions__provenance`, -1)
                                        ),
                                        -1
                                      ) AS `er_impressions_post__provenance`,
                                      NULLIF(
                                        GREATEST(
                                          COALESCE(`t125`.`engagements__provenance`, -1),
                                          COALESCE(`t125`.`views__provenance`, -1)
                                        ),
                                        -1
                                      ) AS `er_views_post__provenance`,
                                      `t125`.`platform` AS `post_platform`,
                                      `t125`.`influencer_id` AS `publishing_influencer`,
                                      CAST(IF(`t125`.`sponsored`, 1, 0) AS DOUBLE) AS `sponsored_posts`,
                                      CAST(IF(
                                        `t125`.`sponsored`
                                        AND CASE
                                          WHEN UPPER(`t125`.`country`) = 'FR'
                                          THEN CONTAINS(LOWER(`t125`.`caption`), 'publicité')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'publicite')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'collaboration commerciale')
                                          WHEN UPPER(`t125`.`country`) = 'BE'
                                          THEN CONTAINS(LOWER(`t125`.`caption`), 'publicité')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'publicite')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'collaboration commerciale')
                                          OR CONTAINS(LOWER(`t125`.`caption`), '#pub')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'reclame')
                                          OR CONTAINS(LOWER(`t125`.`caption`), '#ad')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'samenwerking')
                                          WHEN UPPER(`t125`.`country`) = 'DE'
                                          THEN CONTAINS(LOWER(`t125`.`caption`), 'werbung')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'anzeige')
                                          WHEN UPPER(`t125`.`country`) = 'ES'
                                          THEN CONTAINS(LOWER(`t125`.`caption`), 'publicidad')
                                          OR CONTAINS(LOWER(`t125`.`caption`), '#publi')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'patrocinado')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'colaboración pagada')
                                          WHEN UPPER(`t125`.`country`) = 'IT'
                                          THEN CONTAINS(LOWER(`t125`.`caption`), 'pubblicità')
                                          OR CONTAINS(LOWER(`t125`.`caption`), '#adv')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'sponsorizzato')
                                          OR CONTAINS(LOWER(`t125`.`caption`), '#sponsored')
                                          WHEN UPPER(`t125`.`country`) = 'GB'
                                          THEN CONTAINS(LOWER(`t125`.`caption`), '#ad')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'advert')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'advertisement')
                                          WHEN UPPER(`t125`.`country`) = 'US'
                                          THEN CONTAINS(LOWER(`t125`.`caption`), '#ad')
                                          OR CONTAINS(LOWER(`t125`.`caption`), '#sponsored')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'advertisement')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'paid partnership')
                                          ELSE CONTAINS(LOWER(`t125`.`caption`), '#ad')
                                          OR CONTAINS(LOWER(`t125`.`caption`), '#sponsored')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'paid partnership')
                                          OR CONTAINS(LOWER(`t125`.`caption`), 'advertisement')
                                        END,
                                        1,
                                        0
                                      ) AS DOUBLE) AS `disclosed_sponsored_posts`
                                    FROM (
                                      SELECT
                                        `t116`.`campaign_id`,
                                        `t116`.`campaign`,
                                        `t116`.`influencer_id`,
                                        `t116`.`influencer`,
                                        `t116`.`account_id`,
                                        `t116`.`platform`,
                                        `t116`.`format`,
                                        `t116`.`post_id`,
                                        `t116`.`day`,
                                        `t116`.`country`,
                                        `t116`.`caption`,
                                        `t116`.`sponsored`,
                                        `t116`.`reach`,
                                        `t116`.`impressions`,
                                        `t116`.`views`,
                                        `t116`.`likes`,
                                        `t116`.`comments`,
                                        `t116`.`shares`,
                                        `t116`.`saves`,
                                        `t116`.`clicks`,
                                        `t116`.`reach__provenance`,
                                        `t116`.`impressions__provenance`,
                                        `t116`.`views__provenance`,
                                        `t116`.`likes__provenance`,
                                        `t116`.`comments__provenance`,
                                        `t116`.`shares__provenance`,
                                        `t116`.`saves__provenance`,
                                        `t116`.`clicks__provenance`,
                                        `t116`.`followers`,
                                        `t116`.`followers__provenance`,
                                        IF(
                                          (
                                            `t116`.`likes` IS NOT NULL AND NOT ISNAN(`t116`.`likes`)
                                          )
                                          OR (
                                            `t116`.`comments` IS NOT NULL AND NOT ISNAN(`t116`.`comments`)
                                          )
                                          OR (
                                            `t116`.`shares` IS NOT NULL AND NOT ISNAN(`t116`.`shares`)
                                          )
                                          OR (
                                            `t116`.`saves` IS NOT NULL AND NOT ISNAN(`t116`.`saves`)
                                          ),
                                          CAST(0 AS DOUBLE) + COALESCE(`t116`.`likes`, 0) + COALESCE(`t116`.`comments`, 0) + COALESCE(`t116`.`shares`, 0) + COALESCE(`t116`.`saves`, 0),
                                          CAST(NULL AS DOUBLE)
                                        ) AS `engagements`,
                                        NULLIF(
                                          GREATEST(
                                            COALESCE(`t116`.`likes__provenance`, -1),
                                            COALESCE(`t116`.`comments__provenance`, -1),
                                            COALESCE(`t116`.`shares__provenance`, -1),
                                            COALESCE(`t116`.`saves__provenance`, -1)
                                          ),
                                          -1
                                        ) AS `engagements__provenance`
                                      FROM (
                                        SELECT
                                          `t84`.`campaign_id`,
                                          `t84`.`campaign`,
                                          `t84`.`influencer_id`,
                                          `t84`.`influencer`,
                                          `t84`.`account_id`,
                                          `t84`.`platform`,
                                          `t84`.`format`,
                                          `t84`.`post_id`,
                                          `t84`.`day`,
                                          `t84`.`country`,
                                          `t84`.`caption`,
                                          `t84`.`sponsored`,
                                          `t96`.`reach`,
                                          `t96`.`impressions`,
                                          `t96`.`views`,
                                          `t96`.`likes`,
                                          `t96`.`comments`,
                                          `t96`.`shares`,
                                          `t96`.`saves`,
                                          `t96`.`clicks`,
                                          `t96`.`reach__provenance`,
                                          `t96`.`impressions__provenance`,
                                          `t96`.`views__provenance`,
                                          `t96`.`likes__provenance`,
                                          `t96`.`comments__provenance`,
                                          `t96`.`shares__provenance`,
                                          `t96`.`saves__provenance`,
                                          `t96`.`clicks__provenance`,
                                          `t103`.`followers`,
                                          `t103`.`followers__provenance`
                                        FROM `t63` AS `t84`
                                        LEFT OUTER JOIN (
                                          SELECT
                                            CAST(`t64`.`post_id` AS BIGINT) AS `post_id`,
                                            CAST(MAX_BY(
                                              IF(`t64`.`metric` = 'reach', `t64`.`value`, NULL),
                                              IF(
                                                `t64`.`metric` = 'reach',
                                                (
                                                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                ) + (
                                                  15 - CASE `t64`.`provenance`
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
                                              IF(`t64`.`metric` = 'impressions', `t64`.`value`, NULL),
                                              IF(
                                                `t64`.`metric` = 'impressions',
                                                (
                                                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                ) + (
                                                  15 - CASE `t64`.`provenance`
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
                                              IF(`t64`.`metric` = 'views', `t64`.`value`, NULL),
                                              IF(
                                                `t64`.`metric` = 'views',
                                                (
                                                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                ) + (
                                                  15 - CASE `t64`.`provenance`
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
                                              IF(`t64`.`metric` = 'likes', `t64`.`value`, NULL),
                                              IF(
                                                `t64`.`metric` = 'likes',
                                                (
                                                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                ) + (
                                                  15 - CASE `t64`.`provenance`
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
                                              IF(`t64`.`metric` = 'comments', `t64`.`value`, NULL),
                                              IF(
                                                `t64`.`metric` = 'comments',
                                                (
                                                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                ) + (
                                                  15 - CASE `t64`.`provenance`
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
                                              IF(`t64`.`metric` = 'shares', `t64`.`value`, NULL),
                                              IF(
                                                `t64`.`metric` = 'shares',
                                                (
                                                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                ) + (
                                                  15 - CASE `t64`.`provenance`
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
                                              IF(`t64`.`metric` = 'saves', `t64`.`value`, NULL),
                                              IF(
                                                `t64`.`metric` = 'saves',
                                                (
                                                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                ) + (
                                                  15 - CASE `t64`.`provenance`
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
                                              IF(`t64`.`metric` = 'clicks', `t64`.`value`, NULL),
                                              IF(
                                                `t64`.`metric` = 'clicks',
                                                (
                                                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                ) + (
                                                  15 - CASE `t64`.`provenance`
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
                                                  `t64`.`metric` = 'reach',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t64`.`provenance`
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
                                                  `t64`.`metric` = 'impressions',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t64`.`provenance`
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
                                                  `t64`.`metric` = 'views',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t64`.`provenance`
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
                                                  `t64`.`metric` = 'likes',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t64`.`provenance`
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
                                                  `t64`.`metric` = 'comments',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t64`.`provenance`
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
                                                  `t64`.`metric` = 'shares',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t64`.`provenance`
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
                                                  `t64`.`metric` = 'saves',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t64`.`provenance`
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
                                                  `t64`.`metric` = 'clicks',
                                                  (
                                                    DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                  ) + (
                                                    15 - CASE `t64`.`provenance`
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
                                              FROM `metric_snapshot` AS `t9`
                                              WHERE
                                                `t9`.`post_id` IN (
                                                  SELECT
                                                    `t6`.`id`
                                                  FROM `post` AS `t6`
                                                  WHERE
                                                    `t6`.`campaign_id` IS NOT NULL AND `t6`.`campaign_id` IN (1)
                                                )
                                            ) AS `t47`
                                            WHERE
                                              `t47`.`captured_at` <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                                          ) AS `t64`
                                          GROUP BY
                                            1
                                        ) AS `t96`
                                          ON `t84`.`post_id` = `t96`.`post_id`
                                        LEFT OUTER JOIN (
                                          SELECT
                                            `t86`.`post_id`,
                                            CAST(IF(`t86`.`before` IS NOT NULL, `t86`.`before`, `t86`.`after`) AS DOUBLE) AS `followers`,
                                            IF(`t86`.`before` IS NOT NULL, `t86`.`before_rank`, `t86`.`after_rank`) AS `followers__provenance`
                                          FROM (
                                            SELECT
                                              CAST(`t65`.`post_id` AS BIGINT) AS `post_id`,
                                              MAX_BY(
                                                IF(`t65`.`captured_at` <= `t65`.`published_at`, `t65`.`followers`, NULL),
                                                IF(`t65`.`captured_at` <= `t65`.`published_at`, `t65`.`captured_at`, NULL)
                                              ) AS `before`,
                                              MAX_BY(
                                                IF(
                                                  `t65`.`captured_at` <= `t65`.`published_at`,
                                                  CASE `t65`.`provenance`
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
                                                IF(`t65`.`captured_at` <= `t65`.`published_at`, `t65`.`captured_at`, NULL)
                                              ) AS `before_rank`,
                                              MIN_BY(
                                                IF(NOT (
                                                  `t65`.`captured_at` <= `t65`.`published_at`
                                                ), `t65`.`followers`, NULL),
                                                IF(NOT (
                                                  `t65`.`captured_at` <= `t65`.`published_at`
                                                ), `t65`.`captured_at`, NULL)
                                              ) AS `after`,
                                              MIN_BY(
                                                IF(
                                                  NOT (
                                                    `t65`.`captured_at` <= `t65`.`published_at`
                                                  ),
                                                  CASE `t65`.`provenance`
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
                                                  `t65`.`captured_at` <= `t65`.`published_at`
                                                ), `t65`.`captured_at`, NULL)
                                              ) AS `after_rank`
                                            FROM (
                                              SELECT
                                                `t41`.`post_id`,
                                                `t41`.`account_id`,
                                                `t41`.`published_at`,
                                                `t19`.`id`,
                                                `t19`.`captured_at`,
                                                `t19`.`followers`,
                                                `t19`.`source`,
                                                `t19`.`provenance`
                                              FROM (
                                                SELECT
                                                  `t6`.`id` AS `post_id`,
                                                  `t6`.`account_id`,
                                                  `t6`.`published_at`
                                                FROM `post` AS `t6`
                                                WHERE
                                                  `t6`.`campaign_id` IS NOT NULL AND `t6`.`campaign_id` IN (1)
                                              ) AS `t41`
                                              INNER JOIN `follower_snapshot` AS `t19`
                                                ON `t41`.`account_id` = `t19`.`account_id`
                                            ) AS `t65`
                                            GROUP BY
                                              1
                                          ) AS `t86`
                                        ) AS `t103`
                                          ON `t84`.`post_id` = `t103`.`post_id`
                                      ) AS `t116`
                                    ) AS `t125`
                                  ) AS `t140`
                                  LEFT OUTER JOIN (
                                    SELECT
                                      `t102`.`post_id`,
                                      SUM(`t102`.`cost`) AS `cost`
                                    FROM (
                                      SELECT
                                        `t92`.`post_id`,
                                        `t82`.`amount` / `t92`.`n_posts` AS `cost`
                                      FROM `t61` AS `t82`
                                      INNER JOIN (
                                        SELECT
                                          `t77`.`campaign_id`,
                                          `t77`.`campaign`,
                                          `t77`.`influencer_id`,
                                          `t77`.`influencer`,
                                          `t77`.`account_id`,
                                          `t77`.`platform`,
                                          `t77`.`format`,
                                          `t77`.`post_id`,
                                          `t77`.`day`,
                                          `t77`.`country`,
                                          `t77`.`caption`,
                                          `t77`.`sponsored`,
                                          COUNT(`t77`.`post_id`) OVER (
                                            PARTITION BY `t77`.`campaign_id`, `t77`.`influencer_id`
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                          ) AS `n_posts`
                                        FROM `t63` AS `t77`
                                      ) AS `t92`
                                        ON `t82`.`campaign_id` = `t92`.`campaign_id`
                                        AND `t82`.`influencer_id` = `t92`.`influencer_id`
                                    ) AS `t102`
                                    GROUP BY
                                      1
                                  ) AS `t115`
                                    ON `t140`.`post_id` = `t115`.`post_id`
                                ) AS `t152`
                                LEFT OUTER JOIN (
                                  SELECT
                                    `t153`.`post_id`,
                                    MAX(
                                      CAST(IF(CONTAINS(LOWER(`t153`.`caption`), LOWER(`t153`.`message`)), 1, 0) AS DOUBLE)
                                    ) AS `key_message_posts`
                                  FROM (
                                    SELECT
                                      `t145`.`campaign_id`,
                                      `t145`.`post_id`,
                                      `t145`.`caption`,
                                      `t67`.`message`
                                    FROM (
                                      SELECT
                                        `t138`.`campaign_id`,
                                        `t138`.`post_id`,
                                        `t138`.`caption`
                                      FROM (
                                        SELECT
                                          `t125`.`campaign_id`,
                                          `t125`.`campaign`,
                                          `t125`.`influencer_id`,
                                          `t125`.`influencer`,
                                          `t125`.`account_id`,
                                          `t125`.`platform`,
                                          `t125`.`format`,
                                          `t125`.`post_id`,
                                          `t125`.`day`,
                                          `t125`.`country`,
                                          `t125`.`caption`,
                                          `t125`.`sponsored`,
                                          `t125`.`reach`,
                                          `t125`.`impressions`,
                                          `t125`.`views`,
                                          `t125`.`likes`,
                                          `t125`.`comments`,
                                          `t125`.`shares`,
                                          `t125`.`saves`,
                                          `t125`.`clicks`,
                                          `t125`.`reach__provenance`,
                                          `t125`.`impressions__provenance`,
                                          `t125`.`views__provenance`,
                                          `t125`.`likes__provenance`,
                                          `t125`.`comments__provenance`,
                                          `t125`.`shares__provenance`,
                                          `t125`.`saves__provenance`,
                                          `t125`.`clicks__provenance`,
                                          `t125`.`followers`,
                                          `t125`.`followers__provenance`,
                                          `t125`.`engagements`,
                                          `t125`.`engagements__provenance`,
                                          COALESCE(
                                            COALESCE(`t125`.`impressions`, `t125`.`views`),
                                            `t125`.`reach` * COALESCE(
                                              SUM(
                                                IF(
                                                  `t125`.`impressions` IS NOT NULL
                                                  AND NOT ISNAN(`t125`.`impressions`)
                                                  AND (
                                                    `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                                  ),
                                                  `t125`.`impressions`,
                                                  NULL
                                                )
                                              ) OVER (
                                                PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              ) / NULLIF(
                                                SUM(
                                                  IF(
                                                    `t125`.`impressions` IS NOT NULL
                                                    AND NOT ISNAN(`t125`.`impressions`)
                                                    AND (
                                                      `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                                    ),
                                                    `t125`.`reach`,
                                                    NULL
                                                  )
                                                ) OVER (
                                                  PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ),
                                                0
                                              ),
                                              CAST(1 AS DOUBLE)
                                            )
                                          ) AS `impressions_with_estimates`,
                                          IF(
                                            COALESCE(
                                              COALESCE(`t125`.`impressions`, `t125`.`views`),
                                              `t125`.`reach` * COALESCE(
                                                SUM(
                                                  IF(
                                                    `t125`.`impressions` IS NOT NULL
                                                    AND NOT ISNAN(`t125`.`impressions`)
                                                    AND (
                                                      `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                                    ),
                                                    `t125`.`impressions`,
                                                    NULL
                                                  )
                                                ) OVER (
                                                  PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ) / NULLIF(
                                                  SUM(
                                                    IF(
                                                      `t125`.`impressions` IS NOT NULL
                                                      AND NOT ISNAN(`t125`.`impressions`)
                                                      AND (
                                                        `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                                      ),
                                                      `t125`.`reach`,
                                                      NULL
                                                    )
                                                  ) OVER (
                                                    PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  ),
                                                  0
                                                ),
                                                CAST(1 AS DOUBLE)
                                              )
                                            ) IS NOT NULL
                                            AND NOT ISNAN(
                                              COALESCE(
                                                COALESCE(`t125`.`impressions`, `t125`.`views`),
                                                `t125`.`reach` * COALESCE(
                                                  SUM(
                                                    IF(
                                                      `t125`.`impressions` IS NOT NULL
                                                      AND NOT ISNAN(`t125`.`impressions`)
                                                      AND (
                                                        `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                                      ),
                                                      `t125`.`impressions`,
                                                      NULL
                                                    )
                                                  ) OVER (
                                                    PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  ) / NULLIF(
                                                    SUM(
                                                      IF(
                                                        `t125`.`impressions` IS NOT NULL
                                                        AND NOT ISNAN(`t125`.`impressions`)
                                                        AND (
                                                          `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                                        ),
                                                        `t125`.`reach`,
                                                        NULL
                                                      )
                                                    ) OVER (
                                                      PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                    ),
                                                    0
                                                  ),
                                                  CAST(1 AS DOUBLE)
                                                )
                                              )
                                            ),
                                            IF(
                                              `t125`.`impressions` IS NOT NULL AND NOT ISNAN(`t125`.`impressions`),
                                              `t125`.`impressions__provenance`,
                                              2
                                            ),
                                            CAST(NULL AS BIGINT)
                                          ) AS `impressions_with_estimates__provenance`,
                                          (
                                            `t125`.`engagements` / NULLIF(`t125`.`reach`, 0)
                                          ) * 100 AS `er_reach_post`,
                                          (
                                            `t125`.`engagements` / NULLIF(`t125`.`followers`, 0)
                                          ) * 100 AS `er_followers_post`,
                                          (
                                            `t125`.`engagements` / NULLIF(`t125`.`impressions`, 0)
                                          ) * 100 AS `er_impressions_post`,
                                          (
                                            `t125`.`engagements` / NULLIF(`t125`.`views`, 0)
                                          ) * 100 AS `er_views_post`,
                                          NULLIF(
                                            GREATEST(
                                              COALESCE(`t125`.`engagements__provenance`, -1),
                                              COALESCE(`t125`.`reach__provenance`, -1)
                                            ),
                                            -1
                                          ) AS `er_reach_post__provenance`,
                                          NULLIF(
                                            GREATEST(
                                              COALESCE(`t125`.`engagements__provenance`, -1),
                                              COALESCE(`t125`.`followers__provenance`, -1)
                                            ),
                                            -1
                                          ) AS `er_followers_post__provenance`,
                                          NULLIF(
                                            GREATEST(
                                              COALESCE(`t125`.`engagements__provenance`, -1),
                                              COALESCE(`t125`.`impressions__provenance`, -1)
                                            ),
                                            -1
                                          ) AS `er_impressions_post__provenance`,
                                          NULLIF(
                                            GREATEST(
                                              COALESCE(`t125`.`engagements__provenance`, -1),
                                              COALESCE(`t125`.`views__provenance`, -1)
                                            ),
                                            -1
                                          ) AS `er_views_post__provenance`,
                                          `t125`.`platform` AS `post_platform`,
                                          `t125`.`influencer_id` AS `publishing_influencer`,
                                          CAST(IF(`t125`.`sponsored`, 1, 0) AS DOUBLE) AS `sponsored_posts`,
                                          CAST(IF(
                                            `t125`.`sponsored`
                                            AND CASE
                                              WHEN UPPER(`t125`.`country`) = 'FR'
                                              THEN CONTAINS(LOWER(`t125`.`caption`), 'publicité')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'publicite')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'collaboration commerciale')
                                              WHEN UPPER(`t125`.`country`) = 'BE'
                                              THEN CONTAINS(LOWER(`t125`.`caption`), 'publicité')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'publicite')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'collaboration commerciale')
                                              OR CONTAINS(LOWER(`t125`.`caption`), '#pub')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'reclame')
                                              OR CONTAINS(LOWER(`t125`.`caption`), '#ad')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'samenwerking')
                                              WHEN UPPER(`t125`.`country`) = 'DE'
                                              THEN CONTAINS(LOWER(`t125`.`caption`), 'werbung')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'anzeige')
                                              WHEN UPPER(`t125`.`country`) = 'ES'
                                              THEN CONTAINS(LOWER(`t125`.`caption`), 'publicidad')
                                              OR CONTAINS(LOWER(`t125`.`caption`), '#publi')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'patrocinado')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'colaboración pagada')
                                              WHEN UPPER(`t125`.`country`) = 'IT'
                                              THEN CONTAINS(LOWER(`t125`.`caption`), 'pubblicità')
                                              OR CONTAINS(LOWER(`t125`.`caption`), '#adv')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'sponsorizzato')
                                              OR CONTAINS(LOWER(`t125`.`caption`), '#sponsored')
                                              WHEN UPPER(`t125`.`country`) = 'GB'
                                              THEN CONTAINS(LOWER(`t125`.`caption`), '#ad')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'advert')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'advertisement')
                                              WHEN UPPER(`t125`.`country`) = 'US'
                                              THEN CONTAINS(LOWER(`t125`.`caption`), '#ad')
                                              OR CONTAINS(LOWER(`t125`.`caption`), '#sponsored')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'advertisement')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'paid partnership')
                                              ELSE CONTAINS(LOWER(`t125`.`caption`), '#ad')
                                              OR CONTAINS(LOWER(`t125`.`caption`), '#sponsored')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'paid partnership')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'advertisement')
                                            END,
                                            1,
                                            0
                                          ) AS DOUBLE) AS `disclosed_sponsored_posts`
                                        FROM (
                                          SELECT
                                            `t116`.`campaign_id`,
                                            `t116`.`campaign`,
                                            `t116`.`influencer_id`,
                                            `t116`.`influencer`,
                                            `t116`.`account_id`,
                                            `t116`.`platform`,
                                            `t116`.`format`,
                                            `t116`.`post_id`,
                                            `t116`.`day`,
                                            `t116`.`country`,
                                            `t116`.`caption`,
                                            `t116`.`sponsored`,
                                            `t116`.`reach`,
                                            `t116`.`impressions`,
                                            `t116`.`views`,
                                            `t116`.`likes`,
                                            `t116`.`comments`,
                                            `t116`.`shares`,
                                            `t116`.`saves`,
                                            `t116`.`clicks`,
                                            `t116`.`reach__provenance`,
                                            `t116`.`impressions__provenance`,
                                            `t116`.`views__provenance`,
                                            `t116`.`likes__provenance`,
                                            `t116`.`comments__provenance`,
                                            `t116`.`shares__provenance`,
                                            `t116`.`saves__provenance`,
                                            `t116`.`clicks__provenance`,
                                            `t116`.`followers`,
                                            `t116`.`followers__provenance`,
                                            IF(
                                              (
                                                `t116`.`likes` IS NOT NULL AND NOT ISNAN(`t116`.`likes`)
                                              )
                                              OR (
                                                `t116`.`comments` IS NOT NULL AND NOT ISNAN(`t116`.`comments`)
                                              )
                                              OR (
                                                `t116`.`shares` IS NOT NULL AND NOT ISNAN(`t116`.`shares`)
                                              )
                                              OR (
                                                `t116`.`saves` IS NOT NULL AND NOT ISNAN(`t116`.`saves`)
                                              ),
                                              CAST(0 AS DOUBLE) + COALESCE(`t116`.`likes`, 0) + COALESCE(`t116`.`comments`, 0) + COALESCE(`t116`.`shares`, 0) + COALESCE(`t116`.`saves`, 0),
                                              CAST(NULL AS DOUBLE)
                                            ) AS `engagements`,
                                            NULLIF(
                                              GREATEST(
                                                COALESCE(`t116`.`likes__provenance`, -1),
                                                COALESCE(`t116`.`comments__provenance`, -1),
                                                COALESCE(`t116`.`shares__provenance`, -1),
                                                COALESCE(`t116`.`saves__provenance`, -1)
                                              ),
                                              -1
                                            ) AS `engagements__provenance`
                                          FROM (
                                            SELECT
                                              `t84`.`campaign_id`,
                                              `t84`.`campaign`,
                                              `t84`.`influencer_id`,
                                              `t84`.`influencer`,
                                              `t84`.`account_id`,
                                              `t84`.`platform`,
                                              `t84`.`format`,
                                              `t84`.`post_id`,
                                              `t84`.`day`,
                                              `t84`.`country`,
                                              `t84`.`caption`,
                                              `t84`.`sponsored`,
                                              `t96`.`reach`,
                                              `t96`.`impressions`,
                                              `t96`.`views`,
                                              `t96`.`likes`,
                                              `t96`.`comments`,
                                              `t96`.`shares`,
                                              `t96`.`saves`,
                                              `t96`.`clicks`,
                                              `t96`.`reach__provenance`,
                                              `t96`.`impressions__provenance`,
                                              `t96`.`views__provenance`,
                                              `t96`.`likes__provenance`,
                                              `t96`.`comments__provenance`,
                                              `t96`.`shares__provenance`,
                                              `t96`.`saves__provenance`,
                                              `t96`.`clicks__provenance`,
                                              `t103`.`followers`,
                                              `t103`.`followers__provenance`
                                            FROM `t63` AS `t84`
                                            LEFT OUTER JOIN (
                                              SELECT
                                                CAST(`t64`.`post_id` AS BIGINT) AS `post_id`,
                                                CAST(MAX_BY(
                                                  IF(`t64`.`metric` = 'reach', `t64`.`value`, NULL),
                                                  IF(
                                                    `t64`.`metric` = 'reach',
                                                    (
                                                      DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                    ) + (
                                                      15 - CASE `t64`.`provenance`
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
                                                  IF(`t64`.`metric` = 'impressions', `t64`.`value`, NULL),
                                                  IF(
                                                    `t64`.`metric` = 'impressions',
                                                    (
                                                      DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                    ) + (
                                                      15 - CASE `t64`.`provenance`
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
                                                  IF(`t64`.`metric` = 'views', `t64`.`value`, NULL),
                                                  IF(
                                                    `t64`.`metric` = 'views',
                                                    (
                                                      DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                    ) + (
                                                      15 - CASE `t64`.`provenance`
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
                                                  IF(`t64`.`metric` = 'likes', `t64`.`value`, NULL),
                                                  IF(
                                                    `t64`.`metric` = 'likes',
                                                    (
                                                      DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                    ) + (
                                                      15 - CASE `t64`.`provenance`
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
                                                  IF(`t64`.`metric` = 'comments', `t64`.`value`, NULL),
                                                  IF(
                                                    `t64`.`metric` = 'comments',
                                                    (
                                                      DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                    ) + (
                                                      15 - CASE `t64`.`provenance`
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
                                                  IF(`t64`.`metric` = 'shares', `t64`.`value`, NULL),
                                                  IF(
                                                    `t64`.`metric` = 'shares',
                                                    (
                                                      DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                    ) + (
                                                      15 - CASE `t64`.`provenance`
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
                                                  IF(`t64`.`metric` = 'saves', `t64`.`value`, NULL),
                                                  IF(
                                                    `t64`.`metric` = 'saves',
                                                    (
                                                      DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                    ) + (
                                                      15 - CASE `t64`.`provenance`
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
                                                  IF(`t64`.`metric` = 'clicks', `t64`.`value`, NULL),
                                                  IF(
                                                    `t64`.`metric` = 'clicks',
                                                    (
                                                      DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                    ) + (
                                                      15 - CASE `t64`.`provenance`
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
                                                      `t64`.`metric` = 'reach',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t64`.`provenance`
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
                                                      `t64`.`metric` = 'impressions',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t64`.`provenance`
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
                                                      `t64`.`metric` = 'views',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t64`.`provenance`
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
                                                      `t64`.`metric` = 'likes',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t64`.`provenance`
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
                                                      `t64`.`metric` = 'comments',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t64`.`provenance`
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
                                                      `t64`.`metric` = 'shares',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t64`.`provenance`
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
                                                      `t64`.`metric` = 'saves',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t64`.`provenance`
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
                                                      `t64`.`metric` = 'clicks',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t64`.`provenance`
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
                                                  FROM `metric_snapshot` AS `t9`
                                                  WHERE
                                                    `t9`.`post_id` IN (
                                                      SELECT
                                                        `t6`.`id`
                                                      FROM `post` AS `t6`
                                                      WHERE
                                                        `t6`.`campaign_id` IS NOT NULL AND `t6`.`campaign_id` IN (1)
                                                    )
                                                ) AS `t47`
                                                WHERE
                                                  `t47`.`captured_at` <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                                              ) AS `t64`
                                              GROUP BY
                                                1
                                            ) AS `t96`
                                              ON `t84`.`post_id` = `t96`.`post_id`
                                            LEFT OUTER JOIN (
                                              SELECT
                                                `t86`.`post_id`,
                                                CAST(IF(`t86`.`before` IS NOT NULL, `t86`.`before`, `t86`.`after`) AS DOUBLE) AS `followers`,
                                                IF(`t86`.`before` IS NOT NULL, `t86`.`before_rank`, `t86`.`after_rank`) AS `followers__provenance`
                                              FROM (
                                                SELECT
                                                  CAST(`t65`.`post_id` AS BIGINT) AS `post_id`,
                                                  MAX_BY(
                                                    IF(`t65`.`captured_at` <= `t65`.`published_at`, `t65`.`followers`, NULL),
                                                    IF(`t65`.`captured_at` <= `t65`.`published_at`, `t65`.`captured_at`, NULL)
                                                  ) AS `before`,
                                                  MAX_BY(
                                                    IF(
                                                      `t65`.`captured_at` <= `t65`.`published_at`,
                                                      CASE `t65`.`provenance`
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
                                                    IF(`t65`.`captured_at` <= `t65`.`published_at`, `t65`.`captured_at`, NULL)
                                                  ) AS `before_rank`,
                                                  MIN_BY(
                                                    IF(NOT (
                                                      `t65`.`captured_at` <= `t65`.`published_at`
                                                    ), `t65`.`followers`, NULL),
                                                    IF(NOT (
                                                      `t65`.`captured_at` <= `t65`.`published_at`
                                                    ), `t65`.`captured_at`, NULL)
                                                  ) AS `after`,
                                                  MIN_BY(
                                                    IF(
                                                      NOT (
                                                        `t65`.`captured_at` <= `t65`.`published_at`
                                                      ),
                                                      CASE `t65`.`provenance`
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
                                                      `t65`.`captured_at` <= `t65`.`published_at`
                                                    ), `t65`.`captured_at`, NULL)
                                                  ) AS `after_rank`
                                                FROM (
                                                  SELECT
                                                    `t41`.`post_id`,
                                                    `t41`.`account_id`,
                                                    `t41`.`published_at`,
                                                    `t19`.`id`,
                                                    `t19`.`captured_at`,
                                                    `t19`.`followers`,
                                                    `t19`.`source`,
                                                    `t19`.`provenance`
                                                  FROM (
                                                    SELECT
                                                      `t6`.`id` AS `post_id`,
                                                      `t6`.`account_id`,
                                                      `t6`.`published_at`
                                                    FROM `post` AS `t6`
                                                    WHERE
                                                      `t6`.`campaign_id` IS NOT NULL AND `t6`.`campaign_id` IN (1)
                                                  ) AS `t41`
                                                  INNER JOIN `follower_snapshot` AS `t19`
                                                    ON `t41`.`account_id` = `t19`.`account_id`
                                                ) AS `t65`
                                                GROUP BY
                                                  1
                                              ) AS `t86`
                                            ) AS `t103`
                                              ON `t84`.`post_id` = `t103`.`post_id`
                                          ) AS `t116`
                                        ) AS `t125`
                                      ) AS `t138`
                                    ) AS `t145`
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
                                      ON `t145`.`campaign_id` = `t67`.`campaign_id`
                                  ) AS `t153`
                                  GROUP BY
                                    1
                                ) AS `t160`
                                  ON `t152`.`post_id` = `t160`.`post_id`
                              ) AS `t161`
                            ) AS `t162`
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                `t155`.`campaign_id`,
                                `t155`.`campaign`,
                                CAST(NULL AS BIGINT) AS `influencer_id`,
                                CAST(NULL AS STRING) AS `influencer`,
                                CAST(NULL AS BIGINT) AS `account_id`,
                                `t155`.`platform`,
                                CAST(NULL AS STRING) AS `format`,
                                CAST(NULL AS BIGINT) AS `post_id`,
                                `t155`.`day`,
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
                                CAST(`t155`.`ugc_post` AS DOUBLE) AS `ugc_post`,
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
                                  `t106`.`campaign_id`,
                                  `t106`.`campaign`,
                                  `t106`.`platform`,
                                  `t106`.`day`,
                                  `t106`.`post_id` AS `ugc_post`
                                FROM (
                                  SELECT DISTINCT
                                    *
                                  FROM (
                                    SELECT
                                      `t68`.`campaign_id`,
                                      `t68`.`campaign`,
                                      `t78`.`post_id`,
                                      `t78`.`influencer_id`,
                                      `t78`.`platform`,
                                      `t78`.`day`
                                    FROM (
                                      SELECT
                                        CAST(`t42`.`id` AS BIGINT) AS `post_id`,
                                        CAST(`t14`.`id` AS BIGINT) AS `influencer_id`,
                                        `t14`.`workspace_id`,
                                        `t14`.`is_brand`,
                                        CAST(`t17`.`platform` AS STRING) AS `platform`,
                                        `t42`.`published_on` AS `day`,
                                        `t42`.`hashtags`
                                      FROM (
                                        SELECT
                                          *
                                        FROM `post` AS `t6`
                                        WHERE
                                          `t6`.`campaign_id` IS NULL
                                      ) AS `t42`
                                      INNER JOIN `account` AS `t17`
                                        ON `t42`.`account_id` = `t17`.`id`
                                      INNER JOIN `influencer` AS `t14`
                                        ON `t17`.`influencer_id` = `t14`.`id`
                                    ) AS `t78`
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
                                      ON `t78`.`workspace_id` = `t68`.`workspace_id`
                                      AND `t78`.`day` >= `t68`.`start`
                                      AND `t78`.`day` <= `t68`.`end`
                                      AND NOT (
                                        `t78`.`is_brand`
                                      )
                                      AND CONTAINS(CONCAT(CONCAT(',', `t78`.`hashtags`), ','), CONCAT(CONCAT(',', `t68`.`tag`), ','))
                                  ) AS `t95`
                                ) AS `t106`
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
                                    ) AS `t25`
                                    UNION ALL
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        `t138`.`campaign_id`,
                                        `t138`.`influencer_id`
                                      FROM (
                                        SELECT
                                          `t125`.`campaign_id`,
                                          `t125`.`campaign`,
                                          `t125`.`influencer_id`,
                                          `t125`.`influencer`,
                                          `t125`.`account_id`,
                                          `t125`.`platform`,
                                          `t125`.`format`,
                                          `t125`.`post_id`,
                                          `t125`.`day`,
                                          `t125`.`country`,
                                          `t125`.`caption`,
                                          `t125`.`sponsored`,
                                          `t125`.`reach`,
                                          `t125`.`impressions`,
                                          `t125`.`views`,
                                          `t125`.`likes`,
                                          `t125`.`comments`,
                                          `t125`.`shares`,
                                          `t125`.`saves`,
                                          `t125`.`clicks`,
                                          `t125`.`reach__provenance`,
                                          `t125`.`impressions__provenance`,
                                          `t125`.`views__provenance`,
                                          `t125`.`likes__provenance`,
                                          `t125`.`comments__provenance`,
                                          `t125`.`shares__provenance`,
                                          `t125`.`saves__provenance`,
                                          `t125`.`clicks__provenance`,
                                          `t125`.`followers`,
                                          `t125`.`followers__provenance`,
                                          `t125`.`engagements`,
                                          `t125`.`engagements__provenance`,
                                          COALESCE(
                                            COALESCE(`t125`.`impressions`, `t125`.`views`),
                                            `t125`.`reach` * COALESCE(
                                              SUM(
                                                IF(
                                                  `t125`.`impressions` IS NOT NULL
                                                  AND NOT ISNAN(`t125`.`impressions`)
                                                  AND (
                                                    `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                                  ),
                                                  `t125`.`impressions`,
                                                  NULL
                                                )
                                              ) OVER (
                                                PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              ) / NULLIF(
                                                SUM(
                                                  IF(
                                                    `t125`.`impressions` IS NOT NULL
                                                    AND NOT ISNAN(`t125`.`impressions`)
                                                    AND (
                                                      `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                                    ),
                                                    `t125`.`reach`,
                                                    NULL
                                                  )
                                                ) OVER (
                                                  PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ),
                                                0
                                              ),
                                              CAST(1 AS DOUBLE)
                                            )
                                          ) AS `impressions_with_estimates`,
                                          IF(
                                            COALESCE(
                                              COALESCE(`t125`.`impressions`, `t125`.`views`),
                                              `t125`.`reach` * COALESCE(
                                                SUM(
                                                  IF(
                                                    `t125`.`impressions` IS NOT NULL
                                                    AND NOT ISNAN(`t125`.`impressions`)
                                                    AND (
                                                      `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                                    ),
                                                    `t125`.`impressions`,
                                                    NULL
                                                  )
                                                ) OVER (
                                                  PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ) / NULLIF(
                                                  SUM(
                                                    IF(
                                                      `t125`.`impressions` IS NOT NULL
                                                      AND NOT ISNAN(`t125`.`impressions`)
                                                      AND (
                                                        `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                                      ),
                                                      `t125`.`reach`,
                                                      NULL
                                                    )
                                                  ) OVER (
                                                    PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  ),
                                                  0
                                                ),
                                                CAST(1 AS DOUBLE)
                                              )
                                            ) IS NOT NULL
                                            AND NOT ISNAN(
                                              COALESCE(
                                                COALESCE(`t125`.`impressions`, `t125`.`views`),
                                                `t125`.`reach` * COALESCE(
                                                  SUM(
                                                    IF(
                                                      `t125`.`impressions` IS NOT NULL
                                                      AND NOT ISNAN(`t125`.`impressions`)
                                                      AND (
                                                        `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                                      ),
                                                      `t125`.`impressions`,
                                                      NULL
                                                    )
                                                  ) OVER (
                                                    PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  ) / NULLIF(
                                                    SUM(
                                                      IF(
                                                        `t125`.`impressions` IS NOT NULL
                                                        AND NOT ISNAN(`t125`.`impressions`)
                                                        AND (
                                                          `t125`.`reach` IS NOT NULL AND NOT ISNAN(`t125`.`reach`)
                                                        ),
                                                        `t125`.`reach`,
                                                        NULL
                                                      )
                                                    ) OVER (
                                                      PARTITION BY `t125`.`campaign_id`, `t125`.`platform`
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                    ),
                                                    0
                                                  ),
                                                  CAST(1 AS DOUBLE)
                                                )
                                              )
                                            ),
                                            IF(
                                              `t125`.`impressions` IS NOT NULL AND NOT ISNAN(`t125`.`impressions`),
                                              `t125`.`impressions__provenance`,
                                              2
                                            ),
                                            CAST(NULL AS BIGINT)
                                          ) AS `impressions_with_estimates__provenance`,
                                          (
                                            `t125`.`engagements` / NULLIF(`t125`.`reach`, 0)
                                          ) * 100 AS `er_reach_post`,
                                          (
                                            `t125`.`engagements` / NULLIF(`t125`.`followers`, 0)
                                          ) * 100 AS `er_followers_post`,
                                          (
                                            `t125`.`engagements` / NULLIF(`t125`.`impressions`, 0)
                                          ) * 100 AS `er_impressions_post`,
                                          (
                                            `t125`.`engagements` / NULLIF(`t125`.`views`, 0)
                                          ) * 100 AS `er_views_post`,
                                          NULLIF(
                                            GREATEST(
                                              COALESCE(`t125`.`engagements__provenance`, -1),
                                              COALESCE(`t125`.`reach__provenance`, -1)
                                            ),
                                            -1
                                          ) AS `er_reach_post__provenance`,
                                          NULLIF(
                                            GREATEST(
                                              COALESCE(`t125`.`engagements__provenance`, -1),
                                              COALESCE(`t125`.`followers__provenance`, -1)
                                            ),
                                            -1
                                          ) AS `er_followers_post__provenance`,
                                          NULLIF(
                                            GREATEST(
                                              COALESCE(`t125`.`engagements__provenance`, -1),
                                              COALESCE(`t125`.`impressions__provenance`, -1)
                                            ),
                                            -1
                                          ) AS `er_impressions_post__provenance`,
                                          NULLIF(
                                            GREATEST(
                                              COALESCE(`t125`.`engagements__provenance`, -1),
                                              COALESCE(`t125`.`views__provenance`, -1)
                                            ),
                                            -1
                                          ) AS `er_views_post__provenance`,
                                          `t125`.`platform` AS `post_platform`,
                                          `t125`.`influencer_id` AS `publishing_influencer`,
                                          CAST(IF(`t125`.`sponsored`, 1, 0) AS DOUBLE) AS `sponsored_posts`,
                                          CAST(IF(
                                            `t125`.`sponsored`
                                            AND CASE
                                              WHEN UPPER(`t125`.`country`) = 'FR'
                                              THEN CONTAINS(LOWER(`t125`.`caption`), 'publicité')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'publicite')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'collaboration commerciale')
                                              WHEN UPPER(`t125`.`country`) = 'BE'
                                              THEN CONTAINS(LOWER(`t125`.`caption`), 'publicité')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'publicite')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'collaboration commerciale')
                                              OR CONTAINS(LOWER(`t125`.`caption`), '#pub')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'reclame')
                                              OR CONTAINS(LOWER(`t125`.`caption`), '#ad')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'samenwerking')
                                              WHEN UPPER(`t125`.`country`) = 'DE'
                                              THEN CONTAINS(LOWER(`t125`.`caption`), 'werbung')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'anzeige')
                                              WHEN UPPER(`t125`.`country`) = 'ES'
                                              THEN CONTAINS(LOWER(`t125`.`caption`), 'publicidad')
                                              OR CONTAINS(LOWER(`t125`.`caption`), '#publi')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'patrocinado')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'colaboración pagada')
                                              WHEN UPPER(`t125`.`country`) = 'IT'
                                              THEN CONTAINS(LOWER(`t125`.`caption`), 'pubblicità')
                                              OR CONTAINS(LOWER(`t125`.`caption`), '#adv')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'sponsorizzato')
                                              OR CONTAINS(LOWER(`t125`.`caption`), '#sponsored')
                                              WHEN UPPER(`t125`.`country`) = 'GB'
                                              THEN CONTAINS(LOWER(`t125`.`caption`), '#ad')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'advert')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'advertisement')
                                              WHEN UPPER(`t125`.`country`) = 'US'
                                              THEN CONTAINS(LOWER(`t125`.`caption`), '#ad')
                                              OR CONTAINS(LOWER(`t125`.`caption`), '#sponsored')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'advertisement')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'paid partnership')
                                              ELSE CONTAINS(LOWER(`t125`.`caption`), '#ad')
                                              OR CONTAINS(LOWER(`t125`.`caption`), '#sponsored')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'paid partnership')
                                              OR CONTAINS(LOWER(`t125`.`caption`), 'advertisement')
                                            END,
                                            1,
                                            0
                                          ) AS DOUBLE) AS `disclosed_sponsored_posts`
                                        FROM (
                                          SELECT
                                            `t116`.`campaign_id`,
                                            `t116`.`campaign`,
                                            `t116`.`influencer_id`,
                                            `t116`.`influencer`,
                                            `t116`.`account_id`,
                                            `t116`.`platform`,
                                            `t116`.`format`,
                                            `t116`.`post_id`,
                                            `t116`.`day`,
                                            `t116`.`country`,
                                            `t116`.`caption`,
                                            `t116`.`sponsored`,
                                            `t116`.`reach`,
                                            `t116`.`impressions`,
                                            `t116`.`views`,
                                            `t116`.`likes`,
                                            `t116`.`comments`,
                                            `t116`.`shares`,
                                            `t116`.`saves`,
                                            `t116`.`clicks`,
                                            `t116`.`reach__provenance`,
                                            `t116`.`impressions__provenance`,
                                            `t116`.`views__provenance`,
                                            `t116`.`likes__provenance`,
                                            `t116`.`comments__provenance`,
                                            `t116`.`shares__provenance`,
                                            `t116`.`saves__provenance`,
                                            `t116`.`clicks__provenance`,
                                            `t116`.`followers`,
                                            `t116`.`followers__provenance`,
                                            IF(
                                              (
                                                `t116`.`likes` IS NOT NULL AND NOT ISNAN(`t116`.`likes`)
                                              )
                                              OR (
                                                `t116`.`comments` IS NOT NULL AND NOT ISNAN(`t116`.`comments`)
                                              )
                                              OR (
                                                `t116`.`shares` IS NOT NULL AND NOT ISNAN(`t116`.`shares`)
                                              )
                                              OR (
                                                `t116`.`saves` IS NOT NULL AND NOT ISNAN(`t116`.`saves`)
                                              ),
                                              CAST(0 AS DOUBLE) + COALESCE(`t116`.`likes`, 0) + COALESCE(`t116`.`comments`, 0) + COALESCE(`t116`.`shares`, 0) + COALESCE(`t116`.`saves`, 0),
                                              CAST(NULL AS DOUBLE)
                                            ) AS `engagements`,
                                            NULLIF(
                                              GREATEST(
                                                COALESCE(`t116`.`likes__provenance`, -1),
                                                COALESCE(`t116`.`comments__provenance`, -1),
                                                COALESCE(`t116`.`shares__provenance`, -1),
                                                COALESCE(`t116`.`saves__provenance`, -1)
                                              ),
                                              -1
                                            ) AS `engagements__provenance`
                                          FROM (
                                            SELECT
                                              `t84`.`campaign_id`,
                                              `t84`.`campaign`,
                                              `t84`.`influencer_id`,
                                              `t84`.`influencer`,
                                              `t84`.`account_id`,
                                              `t84`.`platform`,
                                              `t84`.`format`,
                                              `t84`.`post_id`,
                                              `t84`.`day`,
                                              `t84`.`country`,
                                              `t84`.`caption`,
                                              `t84`.`sponsored`,
                                              `t96`.`reach`,
                                              `t96`.`impressions`,
                                              `t96`.`views`,
                                              `t96`.`likes`,
                                              `t96`.`comments`,
                                              `t96`.`shares`,
                                              `t96`.`saves`,
                                              `t96`.`clicks`,
                                              `t96`.`reach__provenance`,
                                              `t96`.`impressions__provenance`,
                                              `t96`.`views__provenance`,
                                              `t96`.`likes__provenance`,
                                              `t96`.`comments__provenance`,
                                              `t96`.`shares__provenance`,
                                              `t96`.`saves__provenance`,
                                              `t96`.`clicks__provenance`,
                                              `t103`.`followers`,
                                              `t103`.`followers__provenance`
                                            FROM `t63` AS `t84`
                                            LEFT OUTER JOIN (
                                              SELECT
                                                CAST(`t64`.`post_id` AS BIGINT) AS `post_id`,
                                                CAST(MAX_BY(
                                                  IF(`t64`.`metric` = 'reach', `t64`.`value`, NULL),
                                                  IF(
                                                    `t64`.`metric` = 'reach',
                                                    (
                                                      DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                    ) + (
                                                      15 - CASE `t64`.`provenance`
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
                                                  IF(`t64`.`metric` = 'impressions', `t64`.`value`, NULL),
                                                  IF(
                                                    `t64`.`metric` = 'impressions',
                                                    (
                                                      DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                    ) + (
                                                      15 - CASE `t64`.`provenance`
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
                                                  IF(`t64`.`metric` = 'views', `t64`.`value`, NULL),
                                                  IF(
                                                    `t64`.`metric` = 'views',
                                                    (
                                                      DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                    ) + (
                                                      15 - CASE `t64`.`provenance`
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
                                                  IF(`t64`.`metric` = 'likes', `t64`.`value`, NULL),
                                                  IF(
                                                    `t64`.`metric` = 'likes',
                                                    (
                                                      DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                    ) + (
                                                      15 - CASE `t64`.`provenance`
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
                                                  IF(`t64`.`metric` = 'comments', `t64`.`value`, NULL),
                                                  IF(
                                                    `t64`.`metric` = 'comments',
                                                    (
                                                      DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                    ) + (
                                                      15 - CASE `t64`.`provenance`
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
                                                  IF(`t64`.`metric` = 'shares', `t64`.`value`, NULL),
                                                  IF(
                                                    `t64`.`metric` = 'shares',
                                                    (
                                                      DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                    ) + (
                                                      15 - CASE `t64`.`provenance`
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
                                                  IF(`t64`.`metric` = 'saves', `t64`.`value`, NULL),
                                                  IF(
                                                    `t64`.`metric` = 'saves',
                                                    (
                                                      DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                    ) + (
                                                      15 - CASE `t64`.`provenance`
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
                                                  IF(`t64`.`metric` = 'clicks', `t64`.`value`, NULL),
                                                  IF(
                                                    `t64`.`metric` = 'clicks',
                                                    (
                                                      DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                    ) + (
                                                      15 - CASE `t64`.`provenance`
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
                                                      `t64`.`metric` = 'reach',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t64`.`provenance`
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
                                                      `t64`.`metric` = 'impressions',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t64`.`provenance`
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
                                                      `t64`.`metric` = 'views',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t64`.`provenance`
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
                                                      `t64`.`metric` = 'likes',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t64`.`provenance`
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
                                                      `t64`.`metric` = 'comments',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t64`.`provenance`
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
                                                      `t64`.`metric` = 'shares',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t64`.`provenance`
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
                                                      `t64`.`metric` = 'saves',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t64`.`provenance`
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
                                                      `t64`.`metric` = 'clicks',
                                                      (
                                                        DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t64`.`captured_at`) * 16
                                                      ) + (
                                                        15 - CASE `t64`.`provenance`
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
                                                  FROM `metric_snapshot` AS `t9`
                                                  WHERE
                                                    `t9`.`post_id` IN (
                                                      SELECT
                                                        `t6`.`id`
                                                      FROM `post` AS `t6`
                                                      WHERE
                                                        `t6`.`campaign_id` IS NOT NULL AND `t6`.`campaign_id` IN (1)
                                                    )
                                                ) AS `t47`
                                                WHERE
                                                  `t47`.`captured_at` <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                                              ) AS `t64`
                                              GROUP BY
                                                1
                                            ) AS `t96`
                                              ON `t84`.`post_id` = `t96`.`post_id`
                                            LEFT OUTER JOIN (
                                              SELECT
                                                `t86`.`post_id`,
                                                CAST(IF(`t86`.`before` IS NOT NULL, `t86`.`before`, `t86`.`after`) AS DOUBLE) AS `followers`,
                                                IF(`t86`.`before` IS NOT NULL, `t86`.`before_rank`, `t86`.`after_rank`) AS `followers__provenance`
                                              FROM (
                                                SELECT
                                                  CAST(`t65`.`post_id` AS BIGINT) AS `post_id`,
                                                  MAX_BY(
                                                    IF(`t65`.`captured_at` <= `t65`.`published_at`, `t65`.`followers`, NULL),
                                                    IF(`t65`.`captured_at` <= `t65`.`published_at`, `t65`.`captured_at`, NULL)
                                                  ) AS `before`,
                                                  MAX_BY(
                                                    IF(
                                                      `t65`.`captured_at` <= `t65`.`published_at`,
                                                      CASE `t65`.`provenance`
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
                                                    IF(`t65`.`captured_at` <= `t65`.`published_at`, `t65`.`captured_at`, NULL)
                                                  ) AS `before_rank`,
                                                  MIN_BY(
                                                    IF(NOT (
                                                      `t65`.`captured_at` <= `t65`.`published_at`
                                                    ), `t65`.`followers`, NULL),
                                                    IF(NOT (
                                                      `t65`.`captured_at` <= `t65`.`published_at`
                                                    ), `t65`.`captured_at`, NULL)
                                                  ) AS `after`,
                                                  MIN_BY(
                                                    IF(
                                                      NOT (
                                                        `t65`.`captured_at` <= `t65`.`published_at`
                                                      ),
                                                      CASE `t65`.`provenance`
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
                                                      `t65`.`captured_at` <= `t65`.`published_at`
                                                    ), `t65`.`captured_at`, NULL)
                                                  ) AS `after_rank`
                                                FROM (
                                                  SELECT
                                                    `t41`.`post_id`,
                                                    `t41`.`account_id`,
                                                    `t41`.`published_at`,
                                                    `t19`.`id`,
                                                    `t19`.`captured_at`,
                                                    `t19`.`followers`,
                                                    `t19`.`source`,
                                                    `t19`.`provenance`
                                                  FROM (
                                                    SELECT
                                                      `t6`.`id` AS `post_id`,
                                                      `t6`.`account_id`,
                                                      `t6`.`published_at`
                                                    FROM `post` AS `t6`
                                                    WHERE
                                                      `t6`.`campaign_id` IS NOT NULL AND `t6`.`campaign_id` IN (1)
                                                  ) AS `t41`
                                                  INNER JOIN `follower_snapshot` AS `t19`
                                                    ON `t41`.`account_id` = `t19`.`account_id`
                                                ) AS `t65`
                                                GROUP BY
                                                  1
                                              ) AS `t86`
                                            ) AS `t103`
                                              ON `t84`.`post_id` = `t103`.`post_id`
                                          ) AS `t116`
                                        ) AS `t125`
                                      ) AS `t138`
                                    ) AS `t142`
                                  ) AS `t144`
                                ) AS `t150`
                                  ON `t106`.`campaign_id` = `t150`.`campaign_id`
                                  AND `t106`.`influencer_id` = `t150`.`influencer_id`
                              ) AS `t155`
                            ) AS `t158`
                          ) AS `t163`
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
                              CAST(NULL AS STRING) AS `platform`,
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
                              `t101`.`cost`,
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
                                `t81`.`campaign_id`,
                                `t81`.`campaign`,
                                `t81`.`influencer_id`,
                                CAST(`t14`.`name` AS STRING) AS `influencer`,
                                `t81`.`incurred_on` AS `day`,
                                `t81`.`amount` AS `cost`
                              FROM `t61` AS `t81`
                              LEFT ANTI JOIN (
                                SELECT
                                  `t75`.`campaign_id`,
                                  `t75`.`campaign`,
                                  `t75`.`influencer_id`,
                                  `t75`.`influencer`,
                                  `t75`.`account_id`,
                                  `t75`.`platform`,
                                  `t75`.`format`,
                                  `t75`.`post_id`,
                                  `t75`.`day`,
                                  `t75`.`country`,
                                  `t75`.`caption`,
                                  `t75`.`sponsored`,
                                  COUNT(`t75`.`post_id`) OVER (
                                    PARTITION BY `t75`.`campaign_id`, `t75`.`influencer_id`
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  ) AS `n_posts`
                                FROM `t63` AS `t75`
                              ) AS `t91`
                                ON `t81`.`campaign_id` = `t91`.`campaign_id`
                                AND `t81`.`influencer_id` = `t91`.`influencer_id`
                              LEFT OUTER JOIN `influencer` AS `t14`
                                ON `t81`.`influencer_id` = `t14`.`id`
                            ) AS `t101`
                          ) AS `t110`
                        ) AS `t165`
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            `t52`.`campaign_id`,
                            `t52`.`campaign`,
                            CAST(NULL AS BIGINT) AS `influencer_id`,
                            CAST(NULL AS STRING) AS `influencer`,
                            CAST(NULL AS BIGINT) AS `account_id`,
                            `t52`.`platform`,
                            CAST(NULL AS STRING) AS `format`,
                            CAST(NULL AS BIGINT) AS `post_id`,
                            `t52`.`day`,
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
                            `t52`.`mentions`,
                            `t52`.`brand_mentions`,
                            `t52`.`mention_engagements`,
                            `t52`.`brand_mention_engagements`,
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
                          ) AS `t52`
                        ) AS `t60`
                      ) AS `t166`
                      UNION ALL
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
                          CAST(NULL AS STRING) AS `format`,
                          CAST(NULL AS BIGINT) AS `post_id`,
                          `t157`.`day`,
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
                          IF(`t157`.`is_brand` = FALSE, `t157`.`start_followers`, CAST(NULL AS DOUBLE)) AS `followers_start`,
                          IF(
                            `t157`.`is_brand` = FALSE,
                            IF(
                              `t157`.`end_seen_at` > `t157`.`start_seen_at`,
                              `t157`.`end_followers` - `t157`.`start_followers`,
                              CAST(NULL AS DOUBLE)
                            ),
                            CAST(NULL AS DOUBLE)
                          ) AS `followers_gained`,
                          IF(
                            `t157`.`is_brand` = FALSE,
                            IF(
                              `t157`.`end_seen_at` > `t157`.`start_seen_at`,
                              (
                                (
                                  `t157`.`start_followers` - `t157`.`before_followers`
                                ) / NULLIF(CAST(`t157`.`start_seen_at` - `t157`.`before_seen_at` AS DOUBLE), 0)
                              ) * (
                                `t157`.`end_seen_at` - `t157`.`start_seen_at`
                              ),
                              CAST(NULL AS DOUBLE)
                            ),
                            CAST(NULL AS DOUBLE)
                          ) AS `followers_expected_gain`,
                          CAST(IF(`t157`.`is_brand` = FALSE, `t157`.`start_rank`, CAST(NULL AS TINYINT)) AS BIGINT) AS `followers_start__provenance`,
                          IF(
                            `t157`.`is_brand` = FALSE,
                            IF(
                              `t157`.`end_seen_at` > `t157`.`start_seen_at`,
                              NULLIF(GREATEST(COALESCE(`t157`.`start_rank`, -1), COALESCE(`t157`.`end_rank`, -1)), -1),
                              CAST(NULL AS BIGINT)
                            ),
                            CAST(NULL AS BIGINT)
                          ) AS `followers_gained__provenance`,
                          IF(
                            `t157`.`is_brand` = FALSE,
                            IF(
                              IF(
                                `t157`.`end_seen_at` > `t157`.`start_seen_at`,
                                (
                                  (
                                    `t157`.`start_followers` - `t157`.`before_followers`
                                  ) / NULLIF(CAST(`t157`.`start_seen_at` - `t157`.`before_seen_at` AS DOUBLE), 0)
                                ) * (
                                  `t157`.`end_seen_at` - `t157`.`start_seen_at`
                                ),
                                CAST(NULL AS DOUBLE)
                              ) IS NOT NULL
                              AND NOT ISNAN(
                                IF(
                                  `t157`.`end_seen_at` > `t157`.`start_seen_at`,
                                  (
                                    (
                                      `t157`.`start_followers` - `t157`.`before_followers`
                                    ) / NULLIF(CAST(`t157`.`start_seen_at` - `t157`.`before_seen_at` AS DOUBLE), 0)
                                  ) * (
                                    `t157`.`end_seen_at` - `t157`.`start_seen_at`
                                  ),
                                  CAST(NULL AS DOUBLE)
                                )
                              ),
                              NULLIF(
                                GREATEST(
                                  COALESCE(
                                    IF(
                                      `t157`.`end_seen_at` > `t157`.`start_seen_at`,
                                      NULLIF(GREATEST(COALESCE(`t157`.`start_rank`, -1), COALESCE(`t157`.`end_rank`, -1)), -1),
                                      CAST(NULL AS BIGINT)
                                    ),
                                    -1
                                  ),
                                  COALESCE(`t157`.`before_rank`, -1)
                                ),
                                -1
                              ),
                              CAST(NULL AS BIGINT)
                            ),
                            CAST(NULL AS BIGINT)
                          ) AS `followers_expected_gain__provenance`,
                          IF(`t157`.`is_brand` = TRUE, `t157`.`start_followers`, CAST(NULL AS DOUBLE)) AS `brand_followers_start`,
                          IF(
                            `t157`.`is_brand` = TRUE,
                            IF(
                              `t157`.`end_seen_at` > `t157`.`start_seen_at`,
                              `t157`.`end_followers` - `t157`.`start_followers`,
                              CAST(NULL AS DOUBLE)
                            ),
                            CAST(NULL AS DOUBLE)
                          ) AS `brand_followers_gained`,
                          IF(
                            `t157`.`is_brand` = TRUE,
                            IF(
                              `t157`.`end_seen_at` > `t157`.`start_seen_at`,
                              (
                                (
                                  `t157`.`start_followers` - `t157`.`before_followers`
                                ) / NULLIF(CAST(`t157`.`start_seen_at` - `t157`.`before_seen_at` AS DOUBLE), 0)
                              ) * (
                                `t157`.`end_seen_at` - `t157`.`start_seen_at`
                              ),
                              CAST(NULL AS DOUBLE)
                            ),
                            CAST(NULL AS DOUBLE)
                          ) AS `brand_followers_expected_gain`,
                          CAST(IF(`t157`.`is_brand` = TRUE, `t157`.`start_rank`, CAST(NULL AS TINYINT)) AS BIGINT) AS `brand_followers_start__provenance`,
                          IF(
                            `t157`.`is_brand` = TRUE,
                            IF(
                              `t157`.`end_seen_at` > `t157`.`start_seen_at`,
                              NULLIF(GREATEST(COALESCE(`t157`.`start_rank`, -1), COALESCE(`t157`.`end_rank`, -1)), -1),
                              CAST(NULL AS BIGINT)
                            ),
                            CAST(NULL AS BIGINT)
                          ) AS `brand_followers_gained__provenance`,
                          IF(
                            `t157`.`is_brand` = TRUE,
                            IF(
                              IF(
                                `t157`.`end_seen_at` > `t157`.`start_seen_at`,
                                (
                                  (
                                    `t157`.`start_followers` - `t157`.`before_followers`
                                  ) / NULLIF(CAST(`t157`.`start_seen_at` - `t157`.`before_seen_at` AS DOUBLE), 0)
                                ) * (
                                  `t157`.`end_seen_at` - `t157`.`start_seen_at`
                                ),
                                CAST(NULL AS DOUBLE)
                              ) IS NOT NULL
                              AND NOT ISNAN(
                                IF(
                                  `t157`.`end_seen_at` > `t157`.`start_seen_at`,
                                  (
                                    (
                                      `t157`.`start_followers` - `t157`.`before_followers`
                                    ) / NULLIF(CAST(`t157`.`start_seen_at` - `t157`.`before_seen_at` AS DOUBLE), 0)
                                  ) * (
                                    `t157`.`end_seen_at` - `t157`.`start_seen_at`
                                  ),
                                  CAST(NULL AS DOUBLE)
                                )
                              ),
                              NULLIF(
                                GREATEST(
                                  COALESCE(
                                    IF(
                                      `t157`.`end_seen_at` > `t157`.`start_seen_at`,
                                      NULLIF(GREATEST(COALESCE(`t157`.`start_rank`, -1), COALESCE(`t157`.`end_rank`, -1)), -1),
                                      CAST(NULL AS BIGINT)
                                    ),
                                    -1
                                  ),
                                  COALESCE(`t157`.`before_rank`, -1)
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
                            `t154`.`campaign_id`,
                            `t154`.`campaign`,
                            `t154`.`influencer_id`,
                            `t154`.`influencer`,
                            `t154`.`account_id`,
                            `t154`.`platform`,
                            `t154`.`is_brand`,
                            `t154`.`day`,
                            `t154`.`start_at`,
                            `t154`.`end_at`,
                            `t154`.`start_followers`,
                            `t154`.`start_seen_at`,
                            `t154`.`start_rank`,
                            `t154`.`end_followers`,
                            `t154`.`end_seen_at`,
                            `t154`.`end_rank`,
                            `t133`.`before_followers`,
                            `t133`.`before_seen_at`,
                            `t133`.`before_rank`
                          FROM (
                            SELECT
                              `t141`.`campaign_id`,
                              `t141`.`campaign`,
                              `t141`.`influencer_id`,
                              `t141`.`influencer`,
                              `t141`.`account_id`,
                              `t141`.`platform`,
                              `t141`.`is_brand`,
                              `t141`.`day`,
                              `t141`.`start_at`,
                              `t141`.`end_at`,
                              `t141`.`start_followers`,
                              `t141`.`start_seen_at`,
                              `t141`.`start_rank`,
                              `t132`.`end_followers`,
                              `t132`.`end_seen_at`,
                              `t132`.`end_rank`
                            FROM (
                              SELECT
                                `t113`.`campaign_id`,
                                `t113`.`campaign`,
                                `t113`.`influencer_id`,
                                `t113`.`influencer`,
                                `t113`.`account_id`,
                                `t113`.`platform`,
                                `t113`.`is_brand`,
                                `t113`.`day`,
                                `t113`.`start_at`,
                                `t113`.`end_at`,
                                `t135`.`start_followers`,
                                `t135`.`start_seen_at`,
                                `t135`.`start_rank`
                              FROM (
                                SELECT
                                  `t93`.`campaign_id`,
                                  CAST(`t10`.`name` AS STRING) AS `campaign`,
                                  CAST(`t15`.`id` AS BIGINT) AS `influencer_id`,
                                  CAST(`t15`.`name` AS STRING) AS `influencer`,
                                  `t93`.`account_id`,
                                  CAST(`t18`.`platform` AS STRING) AS `platform`,
                                  `t93`.`is_brand`,
                                  `t10`.`end_date` AS `day`,
                                  UNIX_TIMESTAMP(CAST(CAST(`t10`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start_at`,
                                  UNIX_TIMESTAMP(CAST(CAST(`t10`.`end_date` AS TIMESTAMP) AS TIMESTAMP)) + 86400 AS `end_at`
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      `t83`.`campaign_id`,
                                      `t83`.`account_id`,
                                      FALSE AS `is_brand`
                                    FROM (
                                      SELECT DISTINCT
                                        `t70`.`campaign_id`,
                                        `t70`.`account_id`
                                      FROM (
                                        SELECT
                                          CAST(`t39`.`campaign_id` AS BIGINT) AS `campaign_id`,
                                          CAST(`t11`.`name` AS STRING) AS `campaign`,
                                          CAST(`t37`.`id` AS BIGINT) AS `influencer_id`,
                                          CAST(`t37`.`name` AS STRING) AS `influencer`,
                                          CAST(`t17`.`id` AS BIGINT) AS `account_id`,
                                          CAST(`t17`.`platform` AS STRING) AS `platform`,
                                          CAST(`t39`.`format` AS STRING) AS `format`,
                                          CAST(`t39`.`id` AS BIGINT) AS `post_id`,
                                          `t39`.`published_on` AS `day`,
                                          `t37`.`country`,
                                          CAST(`t39`.`caption` AS STRING) AS `caption`,
                                          `t39`.`sponsored`
                                        FROM (
                                          SELECT
                                            *
                                          FROM `post` AS `t6`
                                          WHERE
                                            `t6`.`campaign_id` IS NOT NULL
                                        ) AS `t39`
                                        INNER JOIN `account` AS `t17`
                                          ON `t39`.`account_id` = `t17`.`id`
                                        INNER JOIN (
                                          SELECT
                                            *
                                          FROM `influencer` AS `t3`
                                          WHERE
                                            NOT (
                                              `t3`.`is_brand`
                                            )
                                        ) AS `t37`
                                          ON `t17`.`influencer_id` = `t37`.`id`
                                        INNER JOIN `campaign` AS `t11`
                                          ON `t39`.`campaign_id` = `t11`.`id`
                                      ) AS `t70`
                                    ) AS `t83`
                                  ) AS `t85`
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      CAST(`t12`.`id` AS BIGINT) AS `campaign_id`,
                                      CAST(`t18`.`id` AS BIGINT) AS `account_id`,
                                      TRUE AS `is_brand`
                                    FROM `campaign` AS `t12`
                                    INNER JOIN (
                                      SELECT
                                        *
                                      FROM `influencer` AS `t3`
                                      WHERE
                                        `t3`.`is_brand`
                                    ) AS `t27`
                                      ON `t27`.`workspace_id` = `t12`.`workspace_id`
                                    INNER JOIN `account` AS `t18`
                                      ON `t18`.`influencer_id` = `t27`.`id`
                                  ) AS `t55`
                                ) AS `t93`
                                INNER JOIN `campaign` AS `t10`
                                  ON `t93`.`campaign_id` = `t10`.`id`
                                INNER JOIN `account` AS `t18`
                                  ON `t93`.`account_id` = `t18`.`id`
                                INNER JOIN `influencer` AS `t15`
                                  ON `t18`.`influencer_id` = `t15`.`id`
                              ) AS `t113`
                              INNER JOIN (
                                SELECT
                                  `t129`.`campaign_id`,
                                  `t129`.`account_id`,
                                  CAST(`t129`.`followers` AS DOUBLE) AS `start_followers`,
                                  `t129`.`at` AS `start_seen_at`,
                                  `t129`.`rank` AS `start_rank`
                                FROM (
                                  SELECT
                                    `t124`.`campaign_id`,
                                    `t124`.`campaign`,
                                    `t124`.`influencer_id`,
                                    `t124`.`influencer`,
                                    `t124`.`account_id`,
                                    `t124`.`platform`,
                                    `t124`.`is_brand`,
                                    `t124`.`day`,
                                    `t124`.`start_at`,
                                    `t124`.`end_at`,
                                    `t124`.`followers`,
                                    `t124`.`at`,
                                    `t124`.`rank`,
                                    ROW_NUMBER() OVER (
                                      PARTITION BY `t124`.`campaign_id`, `t124`.`account_id`
                                      ORDER BY IF(`t124`.`at` <= `t124`.`start_at`, 0, 1) ASC NULLS LAST, ABS(`t124`.`at` - `t124`.`start_at`) ASC NULLS LAST
                                    ) - 1 AS `order`
                                  FROM `t123` AS `t124`
                                ) AS `t129`
                                WHERE
                                  `t129`.`order` = 0
                              ) AS `t135`
                                ON `t113`.`campaign_id` = `t135`.`campaign_id`
                                AND `t113`.`account_id` = `t135`.`account_id`
                            ) AS `t141`
                            LEFT OUTER JOIN (
                              SELECT
                                `t127`.`campaign_id`,
                                `t127`.`account_id`,
                                CAST(`t127`.`followers` AS DOUBLE) AS `end_followers`,
                                `t127`.`at` AS `end_seen_at`,
                                `t127`.`rank` AS `end_rank`
                              FROM (
                                SELECT
                                  `t124`.`campaign_id`,
                                  `t124`.`campaign`,
                                  `t124`.`influencer_id`,
                                  `t124`.`influencer`,
                                  `t124`.`account_id`,
                                  `t124`.`platform`,
                                  `t124`.`is_brand`,
                                  `t124`.`day`,
                                  `t124`.`start_at`,
                                  `t124`.`end_at`,
                                  `t124`.`followers`,
                                  `t124`.`at`,
                                  `t124`.`rank`,
                                  ROW_NUMBER() OVER (PARTITION BY `t124`.`campaign_id`, `t124`.`account_id` ORDER BY `t124`.`at` DESC) - 1 AS `order`
                                FROM `t123` AS `t124`
                              ) AS `t127`
                              WHERE
                                `t127`.`order` = 0
                            ) AS `t132`
                              ON `t141`.`campaign_id` = `t132`.`campaign_id`
                              AND `t141`.`account_id` = `t132`.`account_id`
                          ) AS `t154`
                          LEFT OUTER JOIN (
                            SELECT
                              `t128`.`campaign_id`,
                              `t128`.`account_id`,
                              CAST(`t128`.`followers` AS DOUBLE) AS `before_followers`,
                              `t128`.`at` AS `before_seen_at`,
                              `t128`.`rank` AS `before_rank`
                            FROM (
                              SELECT
                                `t126`.`campaign_id`,
                                `t126`.`campaign`,
                                `t126`.`influencer_id`,
                                `t126`.`influencer`,
                                `t126`.`account_id`,
                                `t126`.`platform`,
                                `t126`.`is_brand`,
                                `t126`.`day`,
                                `t126`.`start_at`,
                                `t126`.`end_at`,
                                `t126`.`followers`,
                                `t126`.`at`,
                                `t126`.`rank`,
                                ROW_NUMBER() OVER (PARTITION BY `t126`.`campaign_id`, `t126`.`account_id` ORDER BY `t126`.`at` DESC) - 1 AS `order`
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    `t113`.`campaign_id`,
                                    `t113`.`campaign`,
                                    `t113`.`influencer_id`,
                                    `t113`.`influencer`,
                                    `t113`.`account_id`,
                                    `t113`.`platform`,
                                    `t113`.`is_brand`,
                                    `t113`.`day`,
                                    `t113`.`start_at`,
                                    `t113`.`end_at`,
                                    `t48`.`followers`,
                                    `t48`.`at`,
                                    `t48`.`rank`
                                  FROM (
                                    SELECT
                                      `t93`.`campaign_id`,
                                      CAST(`t10`.`name` AS STRING) AS `campaign`,
                                      CAST(`t15`.`id` AS BIGINT) AS `influencer_id`,
                                      CAST(`t15`.`name` AS STRING) AS `influencer`,
                                      `t93`.`account_id`,
                                      CAST(`t18`.`platform` AS STRING) AS `platform`,
                                      `t93`.`is_brand`,
                                      `t10`.`end_date` AS `day`,
                                      UNIX_TIMESTAMP(CAST(CAST(`t10`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start_at`,
                                      UNIX_TIMESTAMP(CAST(CAST(`t10`.`end_date` AS TIMESTAMP) AS TIMESTAMP)) + 86400 AS `end_at`
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          `t83`.`campaign_id`,
                                          `t83`.`account_id`,
                                          FALSE AS `is_brand`
                                        FROM (
                                          SELECT DISTINCT
                                            `t70`.`campaign_id`,
                                            `t70`.`account_id`
                                          FROM (
                                            SELECT
                                              CAST(`t39`.`campaign_id` AS BIGINT) AS `campaign_id`,
                                              CAST(`t11`.`name` AS STRING) AS `campaign`,
                                              CAST(`t37`.`id` AS BIGINT) AS `influencer_id`,
                                              CAST(`t37`.`name` AS STRING) AS `influencer`,
                                              CAST(`t17`.`id` AS BIGINT) AS `account_id`,
                                              CAST(`t17`.`platform` AS STRING) AS `platform`,
                                              CAST(`t39`.`format` AS STRING) AS `format`,
                                              CAST(`t39`.`id` AS BIGINT) AS `post_id`,
                                              `t39`.`published_on` AS `day`,
                                              `t37`.`country`,
                                              CAST(`t39`.`caption` AS STRING) AS `caption`,
                                              `t39`.`sponsored`
                                            FROM (
                                              SELECT
                                                *
                                              FROM `post` AS `t6`
                                              WHERE
                                                `t6`.`campaign_id` IS NOT NULL
                                            ) AS `t39`
                                            INNER JOIN `account` AS `t17`
                                              ON `t39`.`account_id` = `t17`.`id`
                                            INNER JOIN (
                                              SELECT
                                                *
                                              FROM `influencer` AS `t3`
                                              WHERE
                                                NOT (
                                                  `t3`.`is_brand`
                                                )
                                            ) AS `t37`
                                              ON `t17`.`influencer_id` = `t37`.`id`
                                            INNER JOIN `campaign` AS `t11`
                                              ON `t39`.`campaign_id` = `t11`.`id`
                                          ) AS `t70`
                                        ) AS `t83`
                                      ) AS `t85`
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST(`t12`.`id` AS BIGINT) AS `campaign_id`,
                                          CAST(`t18`.`id` AS BIGINT) AS `account_id`,
                                          TRUE AS `is_brand`
                                        FROM `campaign` AS `t12`
                                        INNER JOIN (
                                          SELECT
                                            *
                                          FROM `influencer` AS `t3`
                                          WHERE
                                            `t3`.`is_brand`
                                        ) AS `t27`
                                          ON `t27`.`workspace_id` = `t12`.`workspace_id`
                                        INNER JOIN `account` AS `t18`
                                          ON `t18`.`influencer_id` = `t27`.`id`
                                      ) AS `t55`
                                    ) AS `t93`
                                    INNER JOIN `campaign` AS `t10`
                                      ON `t93`.`campaign_id` = `t10`.`id`
                                    INNER JOIN `account` AS `t18`
                                      ON `t93`.`account_id` = `t18`.`id`
                                    INNER JOIN `influencer` AS `t15`
                                      ON `t18`.`influencer_id` = `t15`.`id`
                                  ) AS `t113`
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
                                  ) AS `t48`
                                    ON `t113`.`account_id` = `t48`.`account_id`
                                ) AS `t122`
                                WHERE
                                  `t122`.`at` <= (
                                    `t122`.`start_at` - (
                                      `t122`.`end_at` - `t122`.`start_at`
                                    )
                                  )
                              ) AS `t126`
                            ) AS `t128`
                            WHERE
                              `t128`.`order` = 0
                          ) AS `t133`
                            ON `t154`.`campaign_id` = `t133`.`campaign_id`
                            AND `t154`.`account_id` = `t133`.`account_id`
                        ) AS `t157`
                      ) AS `t164`
                    ) AS `t167`
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        `t51`.`campaign_id`,
                        `t51`.`campaign`,
                        `t51`.`influencer_id`,
                        `t51`.`influencer`,
                        CAST(NULL AS BIGINT) AS `account_id`,
                        CAST(NULL AS STRING) AS `platform`,
                        CAST(NULL AS STRING) AS `format`,
                        CAST(NULL AS BIGINT) AS `post_id`,
                        `t51`.`day`,
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
                        `t51`.`influencers_contacted`,
                        `t51`.`influencers_interested`,
                        `t51`.`posts_contracted`,
                        `t51`.`products_sent`,
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
                      ) AS `t51`
                    ) AS `t59`
                  ) AS `t168`
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
                  ) AS `t56`
                ) AS `t171`
                LEFT OUTER JOIN (
                  SELECT
                    `t112`.`campaign_id`,
                    `t112`.`rate` AS `emv_rate`
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
                    ) AS `t22`
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        `t98`.`campaign_id`,
                        `t98`.`rate`
                      FROM (
                        SELECT
                          `t80`.`campaign_id`,
                          `t80`.`start`,
                          `t80`.`rate`,
                          `t80`.`valid`,
                          ROW_NUMBER() OVER (
                            PARTITION BY `t80`.`campaign_id`
                            ORDER BY IF(`t80`.`valid` <= `t80`.`start`, 0, 1) ASC NULLS LAST, ABS(`t80`.`valid` - `t80`.`start`) ASC NULLS LAST
                          ) - 1 AS `order`
                        FROM (
                          SELECT
                            `t44`.`campaign_id`,
                            `t44`.`start`,
                            `t54`.`rate`,
                            UNIX_TIMESTAMP(CAST(CAST(`t54`.`valid_on` AS TIMESTAMP) AS TIMESTAMP)) AS `valid`
                          FROM (
                            SELECT
                              CAST(`t0`.`id` AS BIGINT) AS `campaign_id`,
                              `t0`.`currency`,
                              UNIX_TIMESTAMP(CAST(CAST(`t0`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start`
                            FROM `campaign` AS `t0`
                          ) AS `t44`
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
                            ) AS `t24`
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
                            ) AS `t46`
                          ) AS `t54`
                            ON `t44`.`currency` = `t54`.`quote`
                        ) AS `t80`
                      ) AS `t98`
                      WHERE
                        `t98`.`order` = 0
                    ) AS `t108`
                  ) AS `t112`
                ) AS `t120`
                  ON `t171`.`campaign_id` = `t120`.`campaign_id`
              ) AS `t173`
            ) AS `t176`
            LEFT OUTER JOIN (
              SELECT
                `t111`.`campaign_id`,
                `t111`.`rate` AS `paid_rate`
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
                ) AS `t21`
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    `t97`.`campaign_id`,
                    `t97`.`rate`
                  FROM (
                    SELECT
                      `t79`.`campaign_id`,
                      `t79`.`start`,
                      `t79`.`rate`,
                      `t79`.`valid`,
                      ROW_NUMBER() OVER (
                        PARTITION BY `t79`.`campaign_id`
                        ORDER BY IF(`t79`.`valid` <= `t79`.`start`, 0, 1) ASC NULLS LAST, ABS(`t79`.`valid` - `t79`.`start`) ASC NULLS LAST
                      ) - 1 AS `order`
                    FROM (
                      SELECT
                        `t44`.`campaign_id`,
                        `t44`.`start`,
                        `t53`.`rate`,
                        UNIX_TIMESTAMP(CAST(CAST(`t53`.`valid_on` AS TIMESTAMP) AS TIMESTAMP)) AS `valid`
                      FROM (
                        SELECT
                          CAST(`t0`.`id` AS BIGINT) AS `campaign_id`,
                          `t0`.`currency`,
                          UNIX_TIMESTAMP(CAST(CAST(`t0`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start`
                        FROM `campaign` AS `t0`
                      ) AS `t44`
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
                        ) AS `t23`
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
                        ) AS `t45`
                      ) AS `t53`
                        ON `t44`.`currency` = `t53`.`quote`
                    ) AS `t79`
                  ) AS `t97`
                  WHERE
                    `t97`.`order` = 0
                ) AS `t107`
              ) AS `t111`
            ) AS `t119`
              ON `t176`.`campaign_id` = `t119`.`campaign_id`
          ) AS `t178`
          WHERE
            `t178`.`campaign_id` IN (1)
            AND (
              (
                `t178`.`brand_followers_expected_gain` IS NOT NULL
                AND NOT ISNAN(`t178`.`brand_followers_expected_gain`)
              )
              OR (
                `t178`.`brand_followers_gained` IS NOT NULL
                AND NOT ISNAN(`t178`.`brand_followers_gained`)
              )
              OR (
                `t178`.`brand_followers_start` IS NOT NULL
                AND NOT ISNAN(`t178`.`brand_followers_start`)
              )
              OR (
                `t178`.`brand_mention_engagements` IS NOT NULL
                AND NOT ISNAN(`t178`.`brand_mention_engagements`)
              )
              OR (
                `t178`.`brand_mentions` IS NOT NULL AND NOT ISNAN(`t178`.`brand_mentions`)
              )
              OR (
                `t178`.`clicks` IS NOT NULL AND NOT ISNAN(`t178`.`clicks`)
              )
              OR (
                `t178`.`comments` IS NOT NULL AND NOT ISNAN(`t178`.`comments`)
              )
              OR (
                `t178`.`cost` IS NOT NULL AND NOT ISNAN(`t178`.`cost`)
              )
              OR (
                `t178`.`disclosed_sponsored_posts` IS NOT NULL
                AND NOT ISNAN(`t178`.`disclosed_sponsored_posts`)
              )
              OR (
                `t178`.`emv` IS NOT NULL AND NOT ISNAN(`t178`.`emv`)
              )
              OR (
                `t178`.`engagements` IS NOT NULL AND NOT ISNAN(`t178`.`engagements`)
              )
              OR (
                `t178`.`er_followers_post` IS NOT NULL AND NOT ISNAN(`t178`.`er_followers_post`)
              )
              OR (
                `t178`.`er_impressions_post` IS NOT NULL
                AND NOT ISNAN(`t178`.`er_impressions_post`)
              )
              OR (
                `t178`.`er_reach_post` IS NOT NULL AND NOT ISNAN(`t178`.`er_reach_post`)
              )
              OR (
                `t178`.`er_views_post` IS NOT NULL AND NOT ISNAN(`t178`.`er_views_post`)
              )
              OR (
                `t178`.`followers` IS NOT NULL AND NOT ISNAN(`t178`.`followers`)
              )
              OR (
                `t178`.`followers_expected_gain` IS NOT NULL
                AND NOT ISNAN(`t178`.`followers_expected_gain`)
              )
              OR (
                `t178`.`followers_gained` IS NOT NULL AND NOT ISNAN(`t178`.`followers_gained`)
              )
              OR (
                `t178`.`followers_start` IS NOT NULL AND NOT ISNAN(`t178`.`followers_start`)
              )
              OR (
                `t178`.`impressions` IS NOT NULL AND NOT ISNAN(`t178`.`impressions`)
              )
              OR (
                `t178`.`impressions_with_estimates` IS NOT NULL
                AND NOT ISNAN(`t178`.`impressions_with_estimates`)
              )
              OR (
                `t178`.`influencers_contacted` IS NOT NULL
                AND NOT ISNAN(`t178`.`influencers_contacted`)
              )
              OR (
                `t178`.`influencers_interested` IS NOT NULL
                AND NOT ISNAN(`t178`.`influencers_interested`)
              )
              OR (
                `t178`.`key_message_posts` IS NOT NULL AND NOT ISNAN(`t178`.`key_message_posts`)
              )
              OR (
                `t178`.`key_messages` IS NOT NULL AND NOT ISNAN(`t178`.`key_messages`)
              )
              OR (
                `t178`.`likes` IS NOT NULL AND NOT ISNAN(`t178`.`likes`)
              )
              OR (
                `t178`.`mention_engagements` IS NOT NULL
                AND NOT ISNAN(`t178`.`mention_engagements`)
              )
              OR (
                `t178`.`mentions` IS NOT NULL AND NOT ISNAN(`t178`.`mentions`)
              )
              OR (
                (
                  `t178`.`cost` / (
                    CASE
                      WHEN `t178`.`platform` = 'tiktok'
                      THEN CAST(NULL AS DOUBLE)
                      WHEN `t178`.`platform` = 'youtube'
                      THEN CAST(NULL AS DOUBLE)
                      ELSE 1.88
                    END * `t178`.`paid_rate`
                  )
                ) IS NOT NULL
                AND NOT ISNAN(
                  `t178`.`cost` / (
                    CASE
                      WHEN `t178`.`platform` = 'tiktok'
                      THEN CAST(NULL AS DOUBLE)
                      WHEN `t178`.`platform` = 'youtube'
                      THEN CAST(NULL AS DOUBLE)
                      ELSE 1.88
                    END * `t178`.`paid_rate`
                  )
                )
              )
              OR (
                (
                  (
                    `t178`.`cost` / (
                      CASE
                        WHEN `t178`.`platform` = 'tiktok'
                        THEN 7.5
                        WHEN `t178`.`platform` = 'youtube'
                        THEN 3.53
                        ELSE 19.8
                      END * `t178`.`paid_rate`
                    )
                  ) * 1000
                ) IS NOT NULL
                AND NOT ISNAN(
                  (
                    `t178`.`cost` / (
                      CASE
                        WHEN `t178`.`platform` = 'tiktok'
                        THEN 7.5
                        WHEN `t178`.`platform` = 'youtube'
                        THEN 3.53
                        ELSE 19.8
                      END * `t178`.`paid_rate`
                    )
                  ) * 1000
                )
              )
              OR (
                (
                  `t178`.`cost` / (
                    CASE WHEN `t178`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t178`.`paid_rate`
                  )
                ) IS NOT NULL
                AND NOT ISNAN(
                  `t178`.`cost` / (
                    CASE WHEN `t178`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t178`.`paid_rate`
                  )
                )
              )
              OR (
                `t178`.`post_id` IS NOT NULL
              )
              OR (
                `t178`.`post_platform` IS NOT NULL
              )
              OR (
                `t178`.`posts_contracted` IS NOT NULL AND NOT ISNAN(`t178`.`posts_contracted`)
              )
              OR (
                `t178`.`products_sent` IS NOT NULL AND NOT ISNAN(`t178`.`products_sent`)
              )
              OR (
                `t178`.`publishing_influencer` IS NOT NULL
                AND NOT ISNAN(`t178`.`publishing_influencer`)
              )
              OR (
                `t178`.`reach` IS NOT NULL AND NOT ISNAN(`t178`.`reach`)
              )
              OR (
                `t178`.`saves` IS NOT NULL AND NOT ISNAN(`t178`.`saves`)
              )
              OR (
                `t178`.`shares` IS NOT NULL AND NOT ISNAN(`t178`.`shares`)
              )
              OR (
                `t178`.`sponsored_posts` IS NOT NULL AND NOT ISNAN(`t178`.`sponsored_posts`)
              )
              OR (
                `t178`.`ugc_post` IS NOT NULL AND NOT ISNAN(`t178`.`ugc_post`)
              )
              OR (
                `t178`.`views` IS NOT NULL AND NOT ISNAN(`t178`.`views`)
              )
            )
            AND `t178`.`account_id` IS NOT NULL
        ) AS `t180`
        GROUP BY
          1,
          2
      ) AS `t183`
    ) AS `t184`
    GROUP BY
      1
  ) AS `t186`
    ON `t182`.`week` IS NOT DISTINCT FROM `t186`.`week`
) AS `t187`
ORDER BY
  `t187`.`week` ASC NULLS LAST
