WITH `t29` AS (
  SELECT
    *
  FROM `campaign` AS `t1`
  WHERE
    `t1`.`id` IN (1)
), `t79` AS (
  SELECT
    CAST(`t55`.`campaign_id` AS BIGINT) AS `campaign_id`,
    CAST(`t17`.`name` AS STRING) AS `campaign`,
    CAST(`t55`.`influencer_id` AS BIGINT) AS `influencer_id`,
    CAST(`t55`.`amount` AS DOUBLE) AS `amount`,
    `t55`.`incurred_on`
  FROM (
    SELECT
      *
    FROM `cost` AS `t10`
    WHERE
      `t10`.`campaign_id` IN (1)
  ) AS `t55`
  INNER JOIN `campaign` AS `t17`
    ON `t55`.`campaign_id` = `t17`.`id`
), `campaign_posts_in` AS (
  SELECT
    CAST(`t56`.`campaign_id` AS BIGINT) AS `campaign_id`,
    CAST(`t18`.`name` AS STRING) AS `campaign`,
    CAST(`t46`.`id` AS BIGINT) AS `influencer_id`,
    CAST(`t46`.`name` AS STRING) AS `influencer`,
    CAST(`t21`.`id` AS BIGINT) AS `account_id`,
    CAST(`t21`.`platform` AS STRING) AS `platform`,
    CAST(`t56`.`format` AS STRING) AS `format`,
    CAST(`t56`.`id` AS BIGINT) AS `post_id`,
    `t56`.`published_on` AS `day`,
    `t46`.`country`,
    CAST(`t56`.`caption` AS STRING) AS `caption`,
    `t56`.`sponsored`
  FROM (
    SELECT
      *
    FROM `post` AS `t11`
    WHERE
      `t11`.`campaign_id` IS NOT NULL AND `t11`.`campaign_id` IN (1)
  ) AS `t56`
  INNER JOIN `account` AS `t21`
    ON `t56`.`account_id` = `t21`.`id`
  INNER JOIN (
    SELECT
      *
    FROM `influencer` AS `t0`
    WHERE
      NOT (
        `t0`.`is_brand`
      )
  ) AS `t46`
    ON `t21`.`influencer_id` = `t46`.`id`
  INNER JOIN `campaign` AS `t18`
    ON `t56`.`campaign_id` = `t18`.`id`
), `t123` AS (
  SELECT
    CAST(`t107`.`post_id` AS BIGINT) AS `post_id`,
    MAX_BY(
      IF(`t107`.`metric` = 'reach', `t107`.`value`, NULL),
      IF(
        `t107`.`metric` = 'reach',
        (
          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t107`.`captured_at`) * 16
        ) + (
          15 - CASE `t107`.`provenance`
            WHEN 'measured'
            THEN 0
            WHEN 'self_reported'
            THEN 1
            WHEN 'estimated'
            THEN 2
            ELSE 2
          END
        ),
        NULL
      )
    ) AS `reach`,
    MAX_BY(
      IF(`t107`.`metric` = 'impressions', `t107`.`value`, NULL),
      IF(
        `t107`.`metric` = 'impressions',
        (
          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t107`.`captured_at`) * 16
        ) + (
          15 - CASE `t107`.`provenance`
            WHEN 'measured'
            THEN 0
            WHEN 'self_reported'
            THEN 1
            WHEN 'estimated'
            THEN 2
            ELSE 2
          END
        ),
        NULL
      )
    ) AS `impressions`,
    MAX_BY(
      IF(`t107`.`metric` = 'views', `t107`.`value`, NULL),
      IF(
        `t107`.`metric` = 'views',
        (
          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t107`.`captured_at`) * 16
        ) + (
          15 - CASE `t107`.`provenance`
            WHEN 'measured'
            THEN 0
            WHEN 'self_reported'
            THEN 1
            WHEN 'estimated'
            THEN 2
            ELSE 2
          END
        ),
        NULL
      )
    ) AS `views`,
    MAX_BY(
      IF(`t107`.`metric` = 'likes', `t107`.`value`, NULL),
      IF(
        `t107`.`metric` = 'likes',
        (
          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t107`.`captured_at`) * 16
        ) + (
          15 - CASE `t107`.`provenance`
            WHEN 'measured'
            THEN 0
            WHEN 'self_reported'
            THEN 1
            WHEN 'estimated'
            THEN 2
            ELSE 2
          END
        ),
        NULL
      )
    ) AS `likes`,
    MAX_BY(
      IF(`t107`.`metric` = 'comments', `t107`.`value`, NULL),
      IF(
        `t107`.`metric` = 'comments',
        (
          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t107`.`captured_at`) * 16
        ) + (
          15 - CASE `t107`.`provenance`
            WHEN 'measured'
            THEN 0
            WHEN 'self_reported'
            THEN 1
            WHEN 'estimated'
            THEN 2
            ELSE 2
          END
        ),
        NULL
      )
    ) AS `comments`,
    MAX_BY(
      IF(`t107`.`metric` = 'shares', `t107`.`value`, NULL),
      IF(
        `t107`.`metric` = 'shares',
        (
          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t107`.`captured_at`) * 16
        ) + (
          15 - CASE `t107`.`provenance`
            WHEN 'measured'
            THEN 0
            WHEN 'self_reported'
            THEN 1
            WHEN 'estimated'
            THEN 2
            ELSE 2
          END
        ),
        NULL
      )
    ) AS `shares`,
    MAX_BY(
      IF(`t107`.`metric` = 'saves', `t107`.`value`, NULL),
      IF(
        `t107`.`metric` = 'saves',
        (
          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t107`.`captured_at`) * 16
        ) + (
          15 - CASE `t107`.`provenance`
            WHEN 'measured'
            THEN 0
            WHEN 'self_reported'
            THEN 1
            WHEN 'estimated'
            THEN 2
            ELSE 2
          END
        ),
        NULL
      )
    ) AS `saves`,
    MAX_BY(
      IF(`t107`.`metric` = 'clicks', `t107`.`value`, NULL),
      IF(
        `t107`.`metric` = 'clicks',
        (
          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t107`.`captured_at`) * 16
        ) + (
          15 - CASE `t107`.`provenance`
            WHEN 'measured'
            THEN 0
            WHEN 'self_reported'
            THEN 1
            WHEN 'estimated'
            THEN 2
            ELSE 2
          END
        ),
        NULL
      )
    ) AS `clicks`,
    BIT_OR(
      SHIFTLEFT(
        1,
        CASE `t107`.`provenance`
          WHEN 'measured'
          THEN 0
          WHEN 'self_reported'
          THEN 1
          WHEN 'estimated'
          THEN 2
          ELSE 2
        END
      )
    ) AS `seen`
  FROM (
    SELECT
      *
    FROM (
      SELECT
        `t23`.`id`,
        `t23`.`post_id`,
        `t23`.`captured_at`,
        `t23`.`metric`,
        `t23`.`value`,
        `t23`.`source`,
        `t23`.`provenance`,
        `t58`.`in_scope`
      FROM `metric_snapshot` AS `t23`
      INNER JOIN (
        SELECT
          `t11`.`id` AS `in_scope`
        FROM `post` AS `t11`
        WHERE
          `t11`.`campaign_id` IS NOT NULL AND `t11`.`campaign_id` IN (1)
      ) AS `t58`
        ON `t23`.`post_id` = `t58`.`in_scope`
    ) AS `t81`
    WHERE
      `t81`.`captured_at` <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
  ) AS `t107`
  GROUP BY
    1
), `t161` AS (
  SELECT
    *
  FROM (
    SELECT
      `t148`.`campaign_id`,
      `t148`.`campaign`,
      `t148`.`influencer_id`,
      `t148`.`influencer`,
      `t148`.`account_id`,
      `t148`.`platform`,
      `t148`.`is_brand`,
      `t148`.`day`,
      `t148`.`start_at`,
      `t148`.`end_at`,
      `t67`.`followers`,
      `t67`.`at`,
      `t67`.`rank`
    FROM (
      SELECT
        `t122`.`campaign_id`,
        CAST(`t17`.`name` AS STRING) AS `campaign`,
        CAST(`t16`.`id` AS BIGINT) AS `influencer_id`,
        CAST(`t16`.`name` AS STRING) AS `influencer`,
        `t122`.`account_id`,
        CAST(`t22`.`platform` AS STRING) AS `platform`,
        `t122`.`is_brand`,
        `t17`.`end_date` AS `day`,
        UNIX_TIMESTAMP(CAST(CAST(`t17`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start_at`,
        UNIX_TIMESTAMP(CAST(CAST(`t17`.`end_date` AS TIMESTAMP) AS TIMESTAMP)) + 86400 AS `end_at`
      FROM (
        SELECT
          *
        FROM (
          SELECT
            `t109`.`campaign_id`,
            `t109`.`account_id`,
            FALSE AS `is_brand`
          FROM (
            SELECT DISTINCT
              `t95`.`campaign_id`,
              `t95`.`account_id`
            FROM `campaign_posts_in` AS `t95`
          ) AS `t109`
        ) AS `t114`
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            CAST(`t62`.`id` AS BIGINT) AS `campaign_id`,
            CAST(`t22`.`id` AS BIGINT) AS `account_id`,
            TRUE AS `is_brand`
          FROM `t29` AS `t62`
          INNER JOIN (
            SELECT
              *
            FROM `influencer` AS `t0`
            WHERE
              `t0`.`is_brand`
          ) AS `t28`
            ON `t28`.`workspace_id` = `t62`.`workspace_id`
          INNER JOIN `account` AS `t22`
            ON `t22`.`influencer_id` = `t28`.`id`
        ) AS `t84`
      ) AS `t122`
      INNER JOIN `campaign` AS `t17`
        ON `t122`.`campaign_id` = `t17`.`id`
      INNER JOIN `account` AS `t22`
        ON `t122`.`account_id` = `t22`.`id`
      INNER JOIN `influencer` AS `t16`
        ON `t22`.`influencer_id` = `t16`.`id`
    ) AS `t148`
    INNER JOIN (
      SELECT
        CAST(`t13`.`account_id` AS BIGINT) AS `account_id`,
        `t13`.`followers`,
        UNIX_TIMESTAMP(CAST(CAST(`t13`.`captured_at` AS TIMESTAMP) AS TIMESTAMP)) AS `at`,
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
    ) AS `t67`
      ON `t148`.`account_id` = `t67`.`account_id`
  ) AS `t160`
  WHERE
    `t160`.`at` <= `t160`.`end_at`
), `post_rows` AS (
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
    `t182`.`country`,
    `t182`.`caption`,
    `t182`.`sponsored`,
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
    `t182`.`followers__provenance`,
    `t182`.`engagements`,
    `t182`.`engagements__provenance`,
    COALESCE(
      COALESCE(`t182`.`impressions`, `t182`.`views`),
      `t182`.`reach` * COALESCE(
        SUM(
          IF(
            `t182`.`impressions` IS NOT NULL
            AND NOT ISNAN(`t182`.`impressions`)
            AND (
              `t182`.`reach` IS NOT NULL AND NOT ISNAN(`t182`.`reach`)
            ),
            `t182`.`impressions`,
            NULL
          )
        ) OVER (
          PARTITION BY `t182`.`campaign_id`, `t182`.`platform`
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) / NULLIF(
          SUM(
            IF(
              `t182`.`impressions` IS NOT NULL
              AND NOT ISNAN(`t182`.`impressions`)
              AND (
                `t182`.`reach` IS NOT NULL AND NOT ISNAN(`t182`.`reach`)
              ),
              `t182`.`reach`,
              NULL
            )
          ) OVER (
            PARTITION BY `t182`.`campaign_id`, `t182`.`platform`
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ),
          0
        ),
        CAST(1 AS DOUBLE)
      )
    ) AS `impressions_with_estimates`,
    IF(
      COALESCE(
        COALESCE(`t182`.`impressions`, `t182`.`views`),
        `t182`.`reach` * COALESCE(
          SUM(
            IF(
              `t182`.`impressions` IS NOT NULL
              AND NOT ISNAN(`t182`.`impressions`)
              AND (
                `t182`.`reach` IS NOT NULL AND NOT ISNAN(`t182`.`reach`)
              ),
              `t182`.`impressions`,
              NULL
            )
          ) OVER (
            PARTITION BY `t182`.`campaign_id`, `t182`.`platform`
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ) / NULLIF(
            SUM(
              IF(
                `t182`.`impressions` IS NOT NULL
                AND NOT ISNAN(`t182`.`impressions`)
                AND (
                  `t182`.`reach` IS NOT NULL AND NOT ISNAN(`t182`.`reach`)
                ),
                `t182`.`reach`,
                NULL
              )
            ) OVER (
              PARTITION BY `t182`.`campaign_id`, `t182`.`platform`
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ),
            0
          ),
          CAST(1 AS DOUBLE)
        )
      ) IS NOT NULL
      AND NOT ISNAN(
        COALESCE(
          COALESCE(`t182`.`impressions`, `t182`.`views`),
          `t182`.`reach` * COALESCE(
            SUM(
              IF(
                `t182`.`impressions` IS NOT NULL
                AND NOT ISNAN(`t182`.`impressions`)
                AND (
                  `t182`.`reach` IS NOT NULL AND NOT ISNAN(`t182`.`reach`)
                ),
                `t182`.`impressions`,
                NULL
              )
            ) OVER (
              PARTITION BY `t182`.`campaign_id`, `t182`.`platform`
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) / NULLIF(
              SUM(
                IF(
                  `t182`.`impressions` IS NOT NULL
                  AND NOT ISNAN(`t182`.`impressions`)
                  AND (
                    `t182`.`reach` IS NOT NULL AND NOT ISNAN(`t182`.`reach`)
                  ),
                  `t182`.`reach`,
                  NULL
                )
              ) OVER (
                PARTITION BY `t182`.`campaign_id`, `t182`.`platform`
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              ),
              0
            ),
            CAST(1 AS DOUBLE)
          )
        )
      ),
      IF(
        `t182`.`impressions` IS NOT NULL AND NOT ISNAN(`t182`.`impressions`),
        `t182`.`impressions__provenance`,
        2
      ),
      CAST(NULL AS BIGINT)
    ) AS `impressions_with_estimates__provenance`,
    (
      `t182`.`engagements` / NULLIF(`t182`.`reach`, 0)
    ) * 100 AS `er_reach_post`,
    (
      `t182`.`engagements` / NULLIF(`t182`.`followers`, 0)
    ) * 100 AS `er_followers_post`,
    (
      `t182`.`engagements` / NULLIF(`t182`.`impressions`, 0)
    ) * 100 AS `er_impressions_post`,
    (
      `t182`.`engagements` / NULLIF(`t182`.`views`, 0)
    ) * 100 AS `er_views_post`,
    NULLIF(
      GREATEST(
        COALESCE(`t182`.`engagements__provenance`, -1),
        COALESCE(`t182`.`reach__provenance`, -1)
      ),
      -1
    ) AS `er_reach_post__provenance`,
    NULLIF(
      GREATEST(
        COALESCE(`t182`.`engagements__provenance`, -1),
        COALESCE(`t182`.`followers__provenance`, -1)
      ),
      -1
    ) AS `er_followers_post__provenance`,
    NULLIF(
      GREATEST(
        COALESCE(`t182`.`engagements__provenance`, -1),
        COALESCE(`t182`.`impressions__provenance`, -1)
      ),
      -1
    ) AS `er_impressions_post__provenance`,
    NULLIF(
      GREATEST(
        COALESCE(`t182`.`engagements__provenance`, -1),
        COALESCE(`t182`.`views__provenance`, -1)
      ),
      -1
    ) AS `er_views_post__provenance`,
    `t182`.`platform` AS `post_platform`,
    `t182`.`influencer_id` AS `publishing_influencer`,
    CAST(IF(`t182`.`sponsored`, 1, 0) AS DOUBLE) AS `sponsored_posts`,
    CAST(IF(
      `t182`.`sponsored`
      AND CASE
        WHEN UPPER(`t182`.`country`) = 'FR'
        THEN CONTAINS(LOWER(`t182`.`caption`), 'publicité')
        OR CONTAINS(LOWER(`t182`.`caption`), 'publicite')
        OR CONTAINS(LOWER(`t182`.`caption`), 'collaboration commerciale')
        WHEN UPPER(`t182`.`country`) = 'BE'
        THEN CONTAINS(LOWER(`t182`.`caption`), 'publicité')
        OR CONTAINS(LOWER(`t182`.`caption`), 'publicite')
        OR CONTAINS(LOWER(`t182`.`caption`), 'collaboration commerciale')
        OR CONTAINS(LOWER(`t182`.`caption`), '#pub')
        OR CONTAINS(LOWER(`t182`.`caption`), 'reclame')
        OR CONTAINS(LOWER(`t182`.`caption`), '#ad')
        OR CONTAINS(LOWER(`t182`.`caption`), 'samenwerking')
        WHEN UPPER(`t182`.`country`) = 'DE'
        THEN CONTAINS(LOWER(`t182`.`caption`), 'werbung')
        OR CONTAINS(LOWER(`t182`.`caption`), 'anzeige')
        WHEN UPPER(`t182`.`country`) = 'ES'
        THEN CONTAINS(LOWER(`t182`.`caption`), 'publicidad')
        OR CONTAINS(LOWER(`t182`.`caption`), '#publi')
        OR CONTAINS(LOWER(`t182`.`caption`), 'patrocinado')
        OR CONTAINS(LOWER(`t182`.`caption`), 'colaboración pagada')
        WHEN UPPER(`t182`.`country`) = 'IT'
        THEN CONTAINS(LOWER(`t182`.`caption`), 'pubblicità')
        OR CONTAINS(LOWER(`t182`.`caption`), '#adv')
        OR CONTAINS(LOWER(`t182`.`caption`), 'sponsorizzato')
        OR CONTAINS(LOWER(`t182`.`caption`), '#sponsored')
        WHEN UPPER(`t182`.`country`) = 'GB'
        THEN CONTAINS(LOWER(`t182`.`caption`), '#ad')
        OR CONTAINS(LOWER(`t182`.`caption`), 'advert')
        OR CONTAINS(LOWER(`t182`.`caption`), 'advertisement')
        WHEN UPPER(`t182`.`country`) = 'US'
        THEN CONTAINS(LOWER(`t182`.`caption`), '#ad')
        OR CONTAINS(LOWER(`t182`.`caption`), '#sponsored')
        OR CONTAINS(LOWER(`t182`.`caption`), 'advertisement')
        OR CONTAINS(LOWER(`t182`.`caption`), 'paid partnership')
        ELSE CONTAINS(LOWER(`t182`.`caption`), '#ad')
        OR CONTAINS(LOWER(`t182`.`caption`), '#sponsored')
        OR CONTAINS(LOWER(`t182`.`caption`), 'paid partnership')
        OR CONTAINS(LOWER(`t182`.`caption`), 'advertisement')
      END,
      1,
      0
    ) AS DOUBLE) AS `disclosed_sponsored_posts`
  FROM (
    SELECT
      `t177`.`campaign_id`,
      `t177`.`campaign`,
      `t177`.`influencer_id`,
      `t177`.`influencer`,
      `t177`.`account_id`,
      `t177`.`platform`,
      `t177`.`format`,
      `t177`.`post_id`,
      `t177`.`day`,
      `t177`.`country`,
      `t177`.`caption`,
      `t177`.`sponsored`,
      `t177`.`reach`,
      `t177`.`impressions`,
      `t177`.`views`,
      `t177`.`likes`,
      `t177`.`comments`,
      `t177`.`shares`,
      `t177`.`saves`,
      `t177`.`clicks`,
      `t177`.`reach__provenance`,
      `t177`.`impressions__provenance`,
      `t177`.`views__provenance`,
      `t177`.`likes__provenance`,
      `t177`.`comments__provenance`,
      `t177`.`shares__provenance`,
      `t177`.`saves__provenance`,
      `t177`.`clicks__provenance`,
      `t177`.`followers`,
      `t177`.`followers__provenance`,
      IF(
        (
          `t177`.`likes` IS NOT NULL AND NOT ISNAN(`t177`.`likes`)
        )
        OR (
          `t177`.`comments` IS NOT NULL AND NOT ISNAN(`t177`.`comments`)
        )
        OR (
          `t177`.`shares` IS NOT NULL AND NOT ISNAN(`t177`.`shares`)
        )
        OR (
          `t177`.`saves` IS NOT NULL AND NOT ISNAN(`t177`.`saves`)
        ),
        CAST(0 AS DOUBLE) + COALESCE(`t177`.`likes`, 0) + COALESCE(`t177`.`comments`, 0) + COALESCE(`t177`.`shares`, 0) + COALESCE(`t177`.`saves`, 0),
        CAST(NULL AS DOUBLE)
      ) AS `engagements`,
      NULLIF(
        GREATEST(
          COALESCE(`t177`.`likes__provenance`, -1),
          COALESCE(`t177`.`comments__provenance`, -1),
          COALESCE(`t177`.`shares__provenance`, -1),
          COALESCE(`t177`.`saves__provenance`, -1)
        ),
        -1
      ) AS `engagements__provenance`
    FROM (
      SELECT
        `t105`.`campaign_id`,
        `t105`.`campaign`,
        `t105`.`influencer_id`,
        `t105`.`influencer`,
        `t105`.`account_id`,
        `t105`.`platform`,
        `t105`.`format`,
        `t105`.`post_id`,
        `t105`.`day`,
        `t105`.`country`,
        `t105`.`caption`,
        `t105`.`sponsored`,
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
        `t136`.`followers`,
        `t136`.`followers__provenance`
      FROM `campaign_posts_in` AS `t105`
      LEFT OUTER JOIN (
        SELECT
          `t132`.`post_id`,
          `t132`.`reach`,
          `t132`.`impressions`,
          `t132`.`views`,
          `t132`.`likes`,
          `t132`.`comments`,
          `t132`.`shares`,
          `t132`.`saves`,
          `t132`.`clicks`,
          IF(
            `t132`.`reach` IS NULL OR ISNAN(`t132`.`reach`),
            CAST(NULL AS BIGINT),
            IF(
              `t165`.`mixed_post` IS NULL,
              CASE `t132`.`seen` WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END,
              15 - (
                `t165`.`reach` % 16
              )
            )
          ) AS `reach__provenance`,
          IF(
            `t132`.`impressions` IS NULL OR ISNAN(`t132`.`impressions`),
            CAST(NULL AS BIGINT),
            IF(
              `t165`.`mixed_post` IS NULL,
              CASE `t132`.`seen` WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END,
              15 - (
                `t165`.`impressions` % 16
              )
            )
          ) AS `impressions__provenance`,
          IF(
            `t132`.`views` IS NULL OR ISNAN(`t132`.`views`),
            CAST(NULL AS BIGINT),
            IF(
              `t165`.`mixed_post` IS NULL,
              CASE `t132`.`seen` WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END,
              15 - (
                `t165`.`views` % 16
              )
            )
          ) AS `views__provenance`,
          IF(
            `t132`.`likes` IS NULL OR ISNAN(`t132`.`likes`),
            CAST(NULL AS BIGINT),
            IF(
              `t165`.`mixed_post` IS NULL,
              CASE `t132`.`seen` WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END,
              15 - (
                `t165`.`likes` % 16
              )
            )
          ) AS `likes__provenance`,
          IF(
            `t132`.`comments` IS NULL OR ISNAN(`t132`.`comments`),
            CAST(NULL AS BIGINT),
            IF(
              `t165`.`mixed_post` IS NULL,
              CASE `t132`.`seen` WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END,
              15 - (
                `t165`.`comments` % 16
              )
            )
          ) AS `comments__provenance`,
          IF(
            `t132`.`shares` IS NULL OR ISNAN(`t132`.`shares`),
            CAST(NULL AS BIGINT),
            IF(
              `t165`.`mixed_post` IS NULL,
              CASE `t132`.`seen` WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END,
              15 - (
                `t165`.`shares` % 16
              )
            )
          ) AS `shares__provenance`,
          IF(
            `t132`.`saves` IS NULL OR ISNAN(`t132`.`saves`),
            CAST(NULL AS BIGINT),
            IF(
              `t165`.`mixed_post` IS NULL,
              CASE `t132`.`seen` WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END,
              15 - (
                `t165`.`saves` % 16
              )
            )
          ) AS `saves__provenance`,
          IF(
            `t132`.`clicks` IS NULL OR ISNAN(`t132`.`clicks`),
            CAST(NULL AS BIGINT),
            IF(
              `t165`.`mixed_post` IS NULL,
              CASE `t132`.`seen` WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END,
              15 - (
                `t165`.`clicks` % 16
              )
            )
          ) AS `clicks__provenance`
        FROM `t123` AS `t132`
        LEFT OUTER JOIN (
          SELECT
            CAST(`t159`.`post_id` AS BIGINT) AS `mixed_post`,
            MAX(
              IF(
                `t159`.`metric` = 'reach',
                (
                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t159`.`captured_at`) * 16
                ) + (
                  15 - CASE `t159`.`provenance`
                    WHEN 'measured'
                    THEN 0
                    WHEN 'self_reported'
                    THEN 1
                    WHEN 'estimated'
                    THEN 2
                    ELSE 2
                  END
                ),
                NULL
              )
            ) AS `reach`,
            MAX(
              IF(
                `t159`.`metric` = 'impressions',
                (
                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t159`.`captured_at`) * 16
                ) + (
                  15 - CASE `t159`.`provenance`
                    WHEN 'measured'
                    THEN 0
                    WHEN 'self_reported'
                    THEN 1
                    WHEN 'estimated'
                    THEN 2
                    ELSE 2
                  END
                ),
                NULL
              )
            ) AS `impressions`,
            MAX(
              IF(
                `t159`.`metric` = 'views',
                (
                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t159`.`captured_at`) * 16
                ) + (
                  15 - CASE `t159`.`provenance`
                    WHEN 'measured'
                    THEN 0
                    WHEN 'self_reported'
                    THEN 1
                    WHEN 'estimated'
                    THEN 2
                    ELSE 2
                  END
                ),
                NULL
              )
            ) AS `views`,
            MAX(
              IF(
                `t159`.`metric` = 'likes',
                (
                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t159`.`captured_at`) * 16
                ) + (
                  15 - CASE `t159`.`provenance`
                    WHEN 'measured'
                    THEN 0
                    WHEN 'self_reported'
                    THEN 1
                    WHEN 'estimated'
                    THEN 2
                    ELSE 2
                  END
                ),
                NULL
              )
            ) AS `likes`,
            MAX(
              IF(
                `t159`.`metric` = 'comments',
                (
                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t159`.`captured_at`) * 16
                ) + (
                  15 - CASE `t159`.`provenance`
                    WHEN 'measured'
                    THEN 0
                    WHEN 'self_reported'
                    THEN 1
                    WHEN 'estimated'
                    THEN 2
                    ELSE 2
                  END
                ),
                NULL
              )
            ) AS `comments`,
            MAX(
              IF(
                `t159`.`metric` = 'shares',
                (
                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t159`.`captured_at`) * 16
                ) + (
                  15 - CASE `t159`.`provenance`
                    WHEN 'measured'
                    THEN 0
                    WHEN 'self_reported'
                    THEN 1
                    WHEN 'estimated'
                    THEN 2
                    ELSE 2
                  END
                ),
                NULL
              )
            ) AS `shares`,
            MAX(
              IF(
                `t159`.`metric` = 'saves',
                (
                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t159`.`captured_at`) * 16
                ) + (
                  15 - CASE `t159`.`provenance`
                    WHEN 'measured'
                    THEN 0
                    WHEN 'self_reported'
                    THEN 1
                    WHEN 'estimated'
                    THEN 2
                    ELSE 2
                  END
                ),
                NULL
              )
            ) AS `saves`,
            MAX(
              IF(
                `t159`.`metric` = 'clicks',
                (
                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t159`.`captured_at`) * 16
                ) + (
                  15 - CASE `t159`.`provenance`
                    WHEN 'measured'
                    THEN 0
                    WHEN 'self_reported'
                    THEN 1
                    WHEN 'estimated'
                    THEN 2
                    ELSE 2
                  END
                ),
                NULL
              )
            ) AS `clicks`
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
                    `t128`.`post_id`
                  FROM `t123` AS `t128`
                  WHERE
                    NOT (
                      `t128`.`seen` IN (1, 2, 4)
                    )
                )
            ) AS `t151`
            WHERE
              `t151`.`captured_at` <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
          ) AS `t159`
          GROUP BY
            1
        ) AS `t165`
          ON `t132`.`post_id` = `t165`.`mixed_post`
      ) AS `t173`
        ON `t105`.`post_id` = `t173`.`post_id`
      LEFT OUTER JOIN (
        SELECT
          CAST(`t57`.`post_id` AS BIGINT) AS `post_id`,
          `t110`.`followers`,
          `t110`.`rank` AS `followers__provenance`
        FROM (
          SELECT
            `t11`.`id` AS `post_id`,
            `t11`.`account_id`,
            `t11`.`published_at`
          FROM `post` AS `t11`
          WHERE
            `t11`.`campaign_id` IS NOT NULL AND `t11`.`campaign_id` IN (1)
        ) AS `t57`
        INNER JOIN (
          SELECT
            `t66`.`account_id`,
            CAST(`t66`.`followers` AS DOUBLE) AS `followers`,
            CASE `t66`.`provenance`
              WHEN 'measured'
              THEN 0
              WHEN 'self_reported'
              THEN 1
              WHEN 'estimated'
              THEN 2
              ELSE 2
            END AS `rank`,
            `t66`.`captured_at` AS `since`,
            LEAD(`t66`.`captured_at`) OVER (PARTITION BY `t66`.`account_id` ORDER BY `t66`.`captured_at` ASC NULLS LAST) AS `until`,
            (
              ROW_NUMBER() OVER (PARTITION BY `t66`.`account_id` ORDER BY `t66`.`captured_at` ASC NULLS LAST) - 1
            ) = 0 AS `first`
          FROM (
            SELECT
              *
            FROM `follower_snapshot` AS `t13`
            WHERE
              `t13`.`account_id` IN (
                SELECT
                  `t11`.`account_id`
                FROM `post` AS `t11`
                WHERE
                  `t11`.`campaign_id` IS NOT NULL AND `t11`.`campaign_id` IN (1)
              )
          ) AS `t66`
        ) AS `t110`
          ON `t57`.`account_id` = `t110`.`account_id`
          AND (
            (
              (
                `t110`.`since` <= `t57`.`published_at`
              )
              AND (
                (
                  `t110`.`until` IS NULL
                ) OR (
                  `t57`.`published_at` < `t110`.`until`
                )
              )
            )
            OR (
              `t110`.`first` AND (
                `t57`.`published_at` < `t110`.`since`
              )
            )
          )
      ) AS `t136`
        ON `t105`.`post_id` = `t136`.`post_id`
    ) AS `t177`
  ) AS `t182`
), `kpi_facts` AS (
  SELECT
    `t227`.`campaign_id`,
    `t227`.`influencer_id`,
    `t227`.`account_id`,
    `t227`.`platform`,
    `t227`.`post_id`,
    `t227`.`reach`,
    `t227`.`impressions`,
    `t227`.`views`,
    `t227`.`likes`,
    `t227`.`comments`,
    `t227`.`shares`,
    `t227`.`saves`,
    `t227`.`clicks`,
    `t227`.`reach__provenance`,
    `t227`.`impressions__provenance`,
    `t227`.`views__provenance`,
    `t227`.`likes__provenance`,
    `t227`.`comments__provenance`,
    `t227`.`shares__provenance`,
    `t227`.`saves__provenance`,
    `t227`.`clicks__provenance`,
    `t227`.`followers`,
    `t227`.`followers__provenance`,
    `t227`.`engagements`,
    `t227`.`engagements__provenance`,
    `t227`.`impressions_with_estimates`,
    `t227`.`impressions_with_estimates__provenance`,
    `t227`.`er_reach_post`,
    `t227`.`er_followers_post`,
    `t227`.`er_impressions_post`,
    `t227`.`er_views_post`,
    `t227`.`er_reach_post__provenance`,
    `t227`.`er_followers_post__provenance`,
    `t227`.`er_impressions_post__provenance`,
    `t227`.`er_views_post__provenance`,
    `t227`.`post_platform`,
    `t227`.`publishing_influencer`,
    `t227`.`sponsored_posts`,
    `t227`.`disclosed_sponsored_posts`,
    `t227`.`cost`,
    `t227`.`key_message_posts`,
    `t227`.`ugc_post`,
    `t227`.`mentions`,
    `t227`.`brand_mentions`,
    `t227`.`mention_engagements`,
    `t227`.`brand_mention_engagements`,
    `t227`.`followers_start`,
    `t227`.`followers_gained`,
    `t227`.`followers_expected_gain`,
    `t227`.`followers_start__provenance`,
    `t227`.`followers_gained__provenance`,
    `t227`.`followers_expected_gain__provenance`,
    `t227`.`brand_followers_start`,
    `t227`.`brand_followers_gained`,
    `t227`.`brand_followers_expected_gain`,
    `t227`.`brand_followers_start__provenance`,
    `t227`.`brand_followers_gained__provenance`,
    `t227`.`brand_followers_expected_gain__provenance`,
    `t227`.`influencers_contacted`,
    `t227`.`influencers_interested`,
    `t227`.`posts_contracted`,
    `t227`.`products_sent`,
    `t227`.`link_clicks`,
    `t227`.`unique_link_clicks`,
    `t227`.`bot_link_clicks`,
    `t227`.`sessions`,
    `t227`.`new_users`,
    `t227`.`bounced_sessions`,
    `t227`.`session_seconds`,
    `t227`.`page_views`,
    `t227`.`key_events`,
    `t227`.`orders`,
    `t227`.`revenue`,
    `t227`.`new_customers`,
    `t227`.`key_messages`,
    `t227`.`emv`,
    `t227`.`emv__provenance`,
    `t227`.`emv_authentic`,
    `t227`.`emv_authentic__provenance`,
    (
      `t227`.`cost` / (
        CASE
          WHEN `t227`.`platform` = 'tiktok'
          THEN 7.5
          WHEN `t227`.`platform` = 'youtube'
          THEN 3.53
          ELSE 19.8
        END * `t227`.`paid_rate`
      )
    ) * 1000 AS `paid_impressions`,
    `t227`.`cost` / (
      CASE
        WHEN `t227`.`platform` = 'tiktok'
        THEN CAST(NULL AS DOUBLE)
        WHEN `t227`.`platform` = 'youtube'
        THEN CAST(NULL AS DOUBLE)
        ELSE 1.88
      END * `t227`.`paid_rate`
    ) AS `paid_clicks`,
    `t227`.`cost` / (
      CASE WHEN `t227`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t227`.`paid_rate`
    ) AS `paid_views`
  FROM (
    SELECT
      `t225`.`campaign_id`,
      `t225`.`campaign`,
      `t225`.`influencer_id`,
      `t225`.`influencer`,
      `t225`.`account_id`,
      `t225`.`platform`,
      `t225`.`format`,
      `t225`.`post_id`,
      `t225`.`day`,
      `t225`.`reach`,
      `t225`.`impressions`,
      `t225`.`views`,
      `t225`.`likes`,
      `t225`.`comments`,
      `t225`.`shares`,
      `t225`.`saves`,
      `t225`.`clicks`,
      `t225`.`reach__provenance`,
      `t225`.`impressions__provenance`,
      `t225`.`views__provenance`,
      `t225`.`likes__provenance`,
      `t225`.`comments__provenance`,
      `t225`.`shares__provenance`,
      `t225`.`saves__provenance`,
      `t225`.`clicks__provenance`,
      `t225`.`followers`,
      `t225`.`followers__provenance`,
      `t225`.`engagements`,
      `t225`.`engagements__provenance`,
      `t225`.`impressions_with_estimates`,
      `t225`.`impressions_with_estimates__provenance`,
      `t225`.`er_reach_post`,
      `t225`.`er_followers_post`,
      `t225`.`er_impressions_post`,
      `t225`.`er_views_post`,
      `t225`.`er_reach_post__provenance`,
      `t225`.`er_followers_post__provenance`,
      `t225`.`er_impressions_post__provenance`,
      `t225`.`er_views_post__provenance`,
      `t225`.`post_platform`,
      `t225`.`publishing_influencer`,
      `t225`.`sponsored_posts`,
      `t225`.`disclosed_sponsored_posts`,
      `t225`.`cost`,
      `t225`.`key_message_posts`,
      `t225`.`ugc_post`,
      `t225`.`mentions`,
      `t225`.`brand_mentions`,
      `t225`.`mention_engagements`,
      `t225`.`brand_mention_engagements`,
      `t225`.`followers_start`,
      `t225`.`followers_gained`,
      `t225`.`followers_expected_gain`,
      `t225`.`followers_start__provenance`,
      `t225`.`followers_gained__provenance`,
      `t225`.`followers_expected_gain__provenance`,
      `t225`.`brand_followers_start`,
      `t225`.`brand_followers_gained`,
      `t225`.`brand_followers_expected_gain`,
      `t225`.`brand_followers_start__provenance`,
      `t225`.`brand_followers_gained__provenance`,
      `t225`.`brand_followers_expected_gain__provenance`,
      `t225`.`influencers_contacted`,
      `t225`.`influencers_interested`,
      `t225`.`posts_contracted`,
      `t225`.`products_sent`,
      `t225`.`link_clicks`,
      `t225`.`unique_link_clicks`,
      `t225`.`bot_link_clicks`,
      `t225`.`sessions`,
      `t225`.`new_users`,
      `t225`.`engaged_sessions`,
      `t225`.`bounced_sessions`,
      `t225`.`session_seconds`,
      `t225`.`page_views`,
      `t225`.`key_events`,
      `t225`.`orders`,
      `t225`.`revenue`,
      `t225`.`new_customers`,
      `t225`.`key_messages`,
      `t225`.`emv_rate`,
      `t225`.`inauthentic_share`,
      `t225`.`emv`,
      `t225`.`emv__provenance`,
      `t225`.`emv_authentic`,
      `t225`.`emv_authentic__provenance`,
      `t152`.`paid_rate`
    FROM (
      SELECT
        `t222`.`campaign_id`,
        `t222`.`campaign`,
        `t222`.`influencer_id`,
        `t222`.`influencer`,
        `t222`.`account_id`,
        `t222`.`platform`,
        `t222`.`format`,
        `t222`.`post_id`,
        `t222`.`day`,
        `t222`.`reach`,
        `t222`.`impressions`,
        `t222`.`views`,
        `t222`.`likes`,
        `t222`.`comments`,
        `t222`.`shares`,
        `t222`.`saves`,
        `t222`.`clicks`,
        `t222`.`reach__provenance`,
        `t222`.`impressions__provenance`,
        `t222`.`views__provenance`,
        `t222`.`likes__provenance`,
        `t222`.`comments__provenance`,
        `t222`.`shares__provenance`,
        `t222`.`saves__provenance`,
        `t222`.`clicks__provenance`,
        `t222`.`followers`,
        `t222`.`followers__provenance`,
        `t222`.`engagements`,
        `t222`.`engagements__provenance`,
        `t222`.`impressions_with_estimates`,
        `t222`.`impressions_with_estimates__provenance`,
        `t222`.`er_reach_post`,
        `t222`.`er_followers_post`,
        `t222`.`er_impressions_post`,
        `t222`.`er_views_post`,
        `t222`.`er_reach_post__provenance`,
        `t222`.`er_followers_post__provenance`,
        `t222`.`er_impressions_post__provenance`,
        `t222`.`er_views_post__provenance`,
        `t222`.`post_platform`,
        `t222`.`publishing_influencer`,
        `t222`.`sponsored_posts`,
        `t222`.`disclosed_sponsored_posts`,
        `t222`.`cost`,
        `t222`.`key_message_posts`,
        `t222`.`ugc_post`,
        `t222`.`mentions`,
        `t222`.`brand_mentions`,
        `t222`.`mention_engagements`,
        `t222`.`brand_mention_engagements`,
        `t222`.`followers_start`,
        `t222`.`followers_gained`,
        `t222`.`followers_expected_gain`,
        `t222`.`followers_start__provenance`,
        `t222`.`followers_gained__provenance`,
        `t222`.`followers_expected_gain__provenance`,
        `t222`.`brand_followers_start`,
        `t222`.`brand_followers_gained`,
        `t222`.`brand_followers_expected_gain`,
        `t222`.`brand_followers_start__provenance`,
        `t222`.`brand_followers_gained__provenance`,
        `t222`.`brand_followers_expected_gain__provenance`,
        `t222`.`influencers_contacted`,
        `t222`.`influencers_interested`,
        `t222`.`posts_contracted`,
        `t222`.`products_sent`,
        `t222`.`link_clicks`,
        `t222`.`unique_link_clicks`,
        `t222`.`bot_link_clicks`,
        `t222`.`sessions`,
        `t222`.`new_users`,
        `t222`.`engaged_sessions`,
        `t222`.`bounced_sessions`,
        `t222`.`session_seconds`,
        `t222`.`page_views`,
        `t222`.`key_events`,
        `t222`.`orders`,
        `t222`.`revenue`,
        `t222`.`new_customers`,
        `t222`.`key_messages`,
        `t222`.`emv_rate`,
        `t222`.`inauthentic_share`,
        IF(
          (
            `t222`.`post_id` IS NOT NULL
          )
          AND (
            (
              (
                (
                  COALESCE(`t222`.`impressions`, `t222`.`views`) * CASE WHEN `t222`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                ) / 1000
              ) IS NOT NULL
              AND NOT ISNAN(
                (
                  COALESCE(`t222`.`impressions`, `t222`.`views`) * CASE WHEN `t222`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                ) / 1000
              )
            )
            OR (
              (
                CASE
                  WHEN `t222`.`platform` = 'instagram'
                  THEN 0.07
                  WHEN `t222`.`platform` = 'tiktok'
                  THEN 0.09
                  WHEN `t222`.`platform` = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE)
                END * `t222`.`likes`
              ) IS NOT NULL
              AND NOT ISNAN(
                CASE
                  WHEN `t222`.`platform` = 'instagram'
                  THEN 0.07
                  WHEN `t222`.`platform` = 'tiktok'
                  THEN 0.09
                  WHEN `t222`.`platform` = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE)
                END * `t222`.`likes`
              )
            )
            OR (
              (
                CASE
                  WHEN `t222`.`platform` = 'instagram'
                  THEN 3.46
                  WHEN `t222`.`platform` = 'tiktok'
                  THEN 3.52
                  WHEN `t222`.`platform` = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE)
                END * `t222`.`comments`
              ) IS NOT NULL
              AND NOT ISNAN(
                CASE
                  WHEN `t222`.`platform` = 'instagram'
                  THEN 3.46
                  WHEN `t222`.`platform` = 'tiktok'
                  THEN 3.52
                  WHEN `t222`.`platform` = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE)
                END * `t222`.`comments`
              )
            )
            OR (
              (
                CASE WHEN `t222`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t222`.`shares`
              ) IS NOT NULL
              AND NOT ISNAN(
                CASE WHEN `t222`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t222`.`shares`
              )
            )
          ),
          (
            COALESCE(
              (
                COALESCE(`t222`.`impressions`, `t222`.`views`) * CASE WHEN `t222`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
              ) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN `t222`.`platform` = 'instagram'
                THEN 0.07
                WHEN `t222`.`platform` = 'tiktok'
                THEN 0.09
                WHEN `t222`.`platform` = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE)
              END * `t222`.`likes`,
              0
            ) + COALESCE(
              CASE
                WHEN `t222`.`platform` = 'instagram'
                THEN 3.46
                WHEN `t222`.`platform` = 'tiktok'
                THEN 3.52
                WHEN `t222`.`platform` = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE)
              END * `t222`.`comments`,
              0
            ) + COALESCE(
              CASE WHEN `t222`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t222`.`shares`,
              0
            )
          ) * `t222`.`emv_rate`,
          CAST(NULL AS DOUBLE)
        ) AS `emv`,
        NULLIF(
          GREATEST(
            COALESCE(`t222`.`impressions__provenance`, -1),
            COALESCE(`t222`.`views__provenance`, -1),
            COALESCE(`t222`.`engagements__provenance`, -1)
          ),
          -1
        ) AS `emv__provenance`,
        IF(
          (
            `t222`.`post_id` IS NOT NULL
          )
          AND (
            (
              (
                (
                  COALESCE(`t222`.`impressions`, `t222`.`views`) * CASE WHEN `t222`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                ) / 1000
              ) IS NOT NULL
              AND NOT ISNAN(
                (
                  COALESCE(`t222`.`impressions`, `t222`.`views`) * CASE WHEN `t222`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                ) / 1000
              )
            )
            OR (
              (
                CASE
                  WHEN `t222`.`platform` = 'instagram'
                  THEN 0.07
                  WHEN `t222`.`platform` = 'tiktok'
                  THEN 0.09
                  WHEN `t222`.`platform` = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE)
                END * `t222`.`likes`
              ) IS NOT NULL
              AND NOT ISNAN(
                CASE
                  WHEN `t222`.`platform` = 'instagram'
                  THEN 0.07
                  WHEN `t222`.`platform` = 'tiktok'
                  THEN 0.09
                  WHEN `t222`.`platform` = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE)
                END * `t222`.`likes`
              )
            )
            OR (
              (
                CASE
                  WHEN `t222`.`platform` = 'instagram'
                  THEN 3.46
                  WHEN `t222`.`platform` = 'tiktok'
                  THEN 3.52
                  WHEN `t222`.`platform` = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE)
                END * `t222`.`comments`
              ) IS NOT NULL
              AND NOT ISNAN(
                CASE
                  WHEN `t222`.`platform` = 'instagram'
                  THEN 3.46
                  WHEN `t222`.`platform` = 'tiktok'
                  THEN 3.52
                  WHEN `t222`.`platform` = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE)
                END * `t222`.`comments`
              )
            )
            OR (
              (
                CASE WHEN `t222`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t222`.`shares`
              ) IS NOT NULL
              AND NOT ISNAN(
                CASE WHEN `t222`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t222`.`shares`
              )
            )
          ),
          (
            COALESCE(
              (
                COALESCE(`t222`.`impressions`, `t222`.`views`) * CASE WHEN `t222`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
              ) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN `t222`.`platform` = 'instagram'
                THEN 0.07
                WHEN `t222`.`platform` = 'tiktok'
                THEN 0.09
                WHEN `t222`.`platform` = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE)
              END * `t222`.`likes`,
              0
            ) + COALESCE(
              CASE
                WHEN `t222`.`platform` = 'instagram'
                THEN 3.46
                WHEN `t222`.`platform` = 'tiktok'
                THEN 3.52
                WHEN `t222`.`platform` = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE)
              END * `t222`.`comments`,
              0
            ) + COALESCE(
              CASE WHEN `t222`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t222`.`shares`,
              0
            )
          ) * `t222`.`emv_rate` * (
            1 - COALESCE(`t222`.`inauthentic_share`, 0)
          ),
          CAST(NULL AS DOUBLE)
        ) AS `emv_authentic`,
        NULLIF(
          GREATEST(
            COALESCE(
              NULLIF(
                GREATEST(
                  COALESCE(`t222`.`impressions__provenance`, -1),
                  COALESCE(`t222`.`views__provenance`, -1),
                  COALESCE(`t222`.`engagements__provenance`, -1)
                ),
                -1
              ),
              -1
            ),
            COALESCE(IF(`t222`.`inauthentic_share` > 0, 2, CAST(NULL AS BIGINT)), -1)
          ),
          -1
        ) AS `emv_authentic__provenance`
      FROM (
        SELECT
          `t220`.`campaign_id`,
          `t220`.`campaign`,
          `t220`.`influencer_id`,
          `t220`.`influencer`,
          `t220`.`account_id`,
          `t220`.`platform`,
          `t220`.`format`,
          `t220`.`post_id`,
          `t220`.`day`,
          `t220`.`reach`,
          `t220`.`impressions`,
          `t220`.`views`,
          `t220`.`likes`,
          `t220`.`comments`,
          `t220`.`shares`,
          `t220`.`saves`,
          `t220`.`clicks`,
          `t220`.`reach__provenance`,
          `t220`.`impressions__provenance`,
          `t220`.`views__provenance`,
          `t220`.`likes__provenance`,
          `t220`.`comments__provenance`,
          `t220`.`shares__provenance`,
          `t220`.`saves__provenance`,
          `t220`.`clicks__provenance`,
          `t220`.`followers`,
          `t220`.`followers__provenance`,
          `t220`.`engagements`,
          `t220`.`engagements__provenance`,
          `t220`.`impressions_with_estimates`,
          `t220`.`impressions_with_estimates__provenance`,
          `t220`.`er_reach_post`,
          `t220`.`er_followers_post`,
          `t220`.`er_impressions_post`,
          `t220`.`er_views_post`,
          `t220`.`er_reach_post__provenance`,
          `t220`.`er_followers_post__provenance`,
          `t220`.`er_impressions_post__provenance`,
          `t220`.`er_views_post__provenance`,
          `t220`.`post_platform`,
          `t220`.`publishing_influencer`,
          `t220`.`sponsored_posts`,
          `t220`.`disclosed_sponsored_posts`,
          `t220`.`cost`,
          `t220`.`key_message_posts`,
          `t220`.`ugc_post`,
          `t220`.`mentions`,
          `t220`.`brand_mentions`,
          `t220`.`mention_engagements`,
          `t220`.`brand_mention_engagements`,
          `t220`.`followers_start`,
          `t220`.`followers_gained`,
          `t220`.`followers_expected_gain`,
          `t220`.`followers_start__provenance`,
          `t220`.`followers_gained__provenance`,
          `t220`.`followers_expected_gain__provenance`,
          `t220`.`brand_followers_start`,
          `t220`.`brand_followers_gained`,
          `t220`.`brand_followers_expected_gain`,
          `t220`.`brand_followers_start__provenance`,
          `t220`.`brand_followers_gained__provenance`,
          `t220`.`brand_followers_expected_gain__provenance`,
          `t220`.`influencers_contacted`,
          `t220`.`influencers_interested`,
          `t220`.`posts_contracted`,
          `t220`.`products_sent`,
          `t220`.`link_clicks`,
          `t220`.`unique_link_clicks`,
          `t220`.`bot_link_clicks`,
          `t220`.`sessions`,
          `t220`.`new_users`,
          `t220`.`engaged_sessions`,
          `t220`.`bounced_sessions`,
          `t220`.`session_seconds`,
          `t220`.`page_views`,
          `t220`.`key_events`,
          `t220`.`orders`,
          `t220`.`revenue`,
          `t220`.`new_customers`,
          `t220`.`key_messages`,
          `t220`.`emv_rate`,
          `t32`.`inauthentic_share`
        FROM (
          SELECT
            `t217`.`campaign_id`,
            `t217`.`campaign`,
            `t217`.`influencer_id`,
            `t217`.`influencer`,
            `t217`.`account_id`,
            `t217`.`platform`,
            `t217`.`format`,
            `t217`.`post_id`,
            `t217`.`day`,
            `t217`.`reach`,
            `t217`.`impressions`,
            `t217`.`views`,
            `t217`.`likes`,
            `t217`.`comments`,
            `t217`.`shares`,
            `t217`.`saves`,
            `t217`.`clicks`,
            `t217`.`reach__provenance`,
            `t217`.`impressions__provenance`,
            `t217`.`views__provenance`,
            `t217`.`likes__provenance`,
            `t217`.`comments__provenance`,
            `t217`.`shares__provenance`,
            `t217`.`saves__provenance`,
            `t217`.`clicks__provenance`,
            `t217`.`followers`,
            `t217`.`followers__provenance`,
            `t217`.`engagements`,
            `t217`.`engagements__provenance`,
            `t217`.`impressions_with_estimates`,
            `t217`.`impressions_with_estimates__provenance`,
            `t217`.`er_reach_post`,
            `t217`.`er_followers_post`,
            `t217`.`er_impressions_post`,
            `t217`.`er_views_post`,
            `t217`.`er_reach_post__provenance`,
            `t217`.`er_followers_post__provenance`,
            `t217`.`er_impressions_post__provenance`,
            `t217`.`er_views_post__provenance`,
            `t217`.`post_platform`,
            `t217`.`publishing_influencer`,
            `t217`.`sponsored_posts`,
            `t217`.`disclosed_sponsored_posts`,
            `t217`.`cost`,
            `t217`.`key_message_posts`,
            `t217`.`ugc_post`,
            `t217`.`mentions`,
            `t217`.`brand_mentions`,
            `t217`.`mention_engagements`,
            `t217`.`brand_mention_engagements`,
            `t217`.`followers_start`,
            `t217`.`followers_gained`,
            `t217`.`followers_expected_gain`,
            `t217`.`followers_start__provenance`,
            `t217`.`followers_gained__provenance`,
            `t217`.`followers_expected_gain__provenance`,
            `t217`.`brand_followers_start`,
            `t217`.`brand_followers_gained`,
            `t217`.`brand_followers_expected_gain`,
            `t217`.`brand_followers_start__provenance`,
            `t217`.`brand_followers_gained__provenance`,
            `t217`.`brand_followers_expected_gain__provenance`,
            `t217`.`influencers_contacted`,
            `t217`.`influencers_interested`,
            `t217`.`posts_contracted`,
            `t217`.`products_sent`,
            `t217`.`link_clicks`,
            `t217`.`unique_link_clicks`,
            `t217`.`bot_link_clicks`,
            `t217`.`sessions`,
            `t217`.`new_users`,
            `t217`.`engaged_sessions`,
            `t217`.`bounced_sessions`,
            `t217`.`session_seconds`,
            `t217`.`page_views`,
            `t217`.`key_events`,
            `t217`.`orders`,
            `t217`.`revenue`,
            `t217`.`new_customers`,
            `t217`.`key_messages`,
            `t153`.`emv_rate`
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
                                `t205`.`campaign_id`,
                                `t205`.`campaign`,
                                `t205`.`influencer_id`,
                                `t205`.`influencer`,
                                `t205`.`account_id`,
                                `t205`.`platform`,
                                `t205`.`format`,
                                `t205`.`post_id`,
                                `t205`.`day`,
                                `t205`.`reach`,
                                `t205`.`impressions`,
                                `t205`.`views`,
                                `t205`.`likes`,
                                `t205`.`comments`,
                                `t205`.`shares`,
                                `t205`.`saves`,
                                `t205`.`clicks`,
                                `t205`.`reach__provenance`,
                                `t205`.`impressions__provenance`,
                                `t205`.`views__provenance`,
                                `t205`.`likes__provenance`,
                                `t205`.`comments__provenance`,
                                `t205`.`shares__provenance`,
                                `t205`.`saves__provenance`,
                                `t205`.`clicks__provenance`,
                                `t205`.`followers`,
                                CAST(`t205`.`followers__provenance` AS BIGINT) AS `followers__provenance`,
                                `t205`.`engagements`,
                                `t205`.`engagements__provenance`,
                                `t205`.`impressions_with_estimates`,
                                `t205`.`impressions_with_estimates__provenance`,
                                `t205`.`er_reach_post`,
                                `t205`.`er_followers_post`,
                                `t205`.`er_impressions_post`,
                                `t205`.`er_views_post`,
                                `t205`.`er_reach_post__provenance`,
                                `t205`.`er_followers_post__provenance`,
                                `t205`.`er_impressions_post__provenance`,
                                `t205`.`er_views_post__provenance`,
                                `t205`.`post_platform`,
                                CAST(`t205`.`publishing_influencer` AS DOUBLE) AS `publishing_influencer`,
                                `t205`.`sponsored_posts`,
                                `t205`.`disclosed_sponsored_posts`,
                                `t205`.`cost`,
                                `t205`.`key_message_posts`,
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
                                  `t199`.`campaign_id`,
                                  `t199`.`campaign`,
                                  `t199`.`influencer_id`,
                                  `t199`.`influencer`,
                                  `t199`.`account_id`,
                                  `t199`.`platform`,
                                  `t199`.`format`,
                                  `t199`.`post_id`,
                                  `t199`.`day`,
                                  `t199`.`country`,
                                  `t199`.`caption`,
                                  `t199`.`sponsored`,
                                  `t199`.`reach`,
                                  `t199`.`impressions`,
                                  `t199`.`views`,
                                  `t199`.`likes`,
                                  `t199`.`comments`,
                                  `t199`.`shares`,
                                  `t199`.`saves`,
                                  `t199`.`clicks`,
                                  `t199`.`reach__provenance`,
                                  `t199`.`impressions__provenance`,
                                  `t199`.`views__provenance`,
                                  `t199`.`likes__provenance`,
                                  `t199`.`comments__provenance`,
                                  `t199`.`shares__provenance`,
                                  `t199`.`saves__provenance`,
                                  `t199`.`clicks__provenance`,
                                  `t199`.`followers`,
                                  `t199`.`followers__provenance`,
                                  `t199`.`engagements`,
                                  `t199`.`engagements__provenance`,
                                  `t199`.`impressions_with_estimates`,
                                  `t199`.`impressions_with_estimates__provenance`,
                                  `t199`.`er_reach_post`,
                                  `t199`.`er_followers_post`,
                                  `t199`.`er_impressions_post`,
                                  `t199`.`er_views_post`,
                                  `t199`.`er_reach_post__provenance`,
                                  `t199`.`er_followers_post__provenance`,
                                  `t199`.`er_impressions_post__provenance`,
                                  `t199`.`er_views_post__provenance`,
                                  `t199`.`post_platform`,
                                  `t199`.`publishing_influencer`,
                                  `t199`.`sponsored_posts`,
                                  `t199`.`disclosed_sponsored_posts`,
                                  `t199`.`cost`,
                                  `t204`.`key_message_posts`
                                FROM (
                                  SELECT
                                    `t189`.`campaign_id`,
                                    `t189`.`campaign`,
                                    `t189`.`influencer_id`,
                                    `t189`.`influencer`,
                                    `t189`.`account_id`,
                                    `t189`.`platform`,
                                    `t189`.`format`,
                                    `t189`.`post_id`,
                                    `t189`.`day`,
                                    `t189`.`country`,
                                    `t189`.`caption`,
                                    `t189`.`sponsored`,
                                    `t189`.`reach`,
                                    `t189`.`impressions`,
                                    `t189`.`views`,
                                    `t189`.`likes`,
                                    `t189`.`comments`,
                                    `t189`.`shares`,
                                    `t189`.`saves`,
                                    `t189`.`clicks`,
                                    `t189`.`reach__provenance`,
                                    `t189`.`impressions__provenance`,
                                    `t189`.`views__provenance`,
                                    `t189`.`likes__provenance`,
                                    `t189`.`comments__provenance`,
                                    `t189`.`shares__provenance`,
                                    `t189`.`saves__provenance`,
                                    `t189`.`clicks__provenance`,
                                    `t189`.`followers`,
                                    `t189`.`followers__provenance`,
                                    `t189`.`engagements`,
                                    `t189`.`engagements__provenance`,
                                    `t189`.`impressions_with_estimates`,
                                    `t189`.`impressions_with_estimates__provenance`,
                                    `t189`.`er_reach_post`,
                                    `t189`.`er_followers_post`,
                                    `t189`.`er_impressions_post`,
                                    `t189`.`er_views_post`,
                                    `t189`.`er_reach_post__provenance`,
                                    `t189`.`er_followers_post__provenance`,
                                    `t189`.`er_impressions_post__provenance`,
                                    `t189`.`er_views_post__provenance`,
                                    `t189`.`post_platform`,
                                    `t189`.`publishing_influencer`,
                                    `t189`.`sponsored_posts`,
                                    `t189`.`disclosed_sponsored_posts`,
                                    `t157`.`cost`
                                  FROM `post_rows` AS `t189`
                                  LEFT OUTER JOIN (
                                    SELECT
                                      `t105`.`post_id`,
                                      `t145`.`cost`
                                    FROM `campaign_posts_in` AS `t105`
                                    INNER JOIN (
                                      SELECT
                                        `t127`.`campaign_id`,
                                        `t127`.`influencer_id`,
                                        SUM(`t127`.`share`) AS `cost`
                                      FROM (
                                        SELECT
                                          `t104`.`campaign_id`,
                                          `t104`.`influencer_id`,
                                          `t104`.`amount` / `t113`.`n_posts` AS `share`
                                        FROM `t79` AS `t104`
                                        INNER JOIN (
                                          SELECT
                                            `t95`.`campaign_id`,
                                            `t95`.`influencer_id`,
                                            COUNT(`t95`.`post_id`) AS `n_posts`
                                          FROM `campaign_posts_in` AS `t95`
                                          GROUP BY
                                            1,
                                            2
                                        ) AS `t113`
                                          ON `t104`.`campaign_id` = `t113`.`campaign_id`
                                          AND `t104`.`influencer_id` = `t113`.`influencer_id`
                                      ) AS `t127`
                                      GROUP BY
                                        1,
                                        2
                                    ) AS `t145`
                                      ON `t145`.`campaign_id` = `t105`.`campaign_id`
                                      AND `t145`.`influencer_id` = `t105`.`influencer_id`
                                  ) AS `t157`
                                    ON `t189`.`post_id` = `t157`.`post_id`
                                ) AS `t199`
                                LEFT OUTER JOIN (
                                  SELECT
                                    `t200`.`post_id`,
                                    MAX(
                                      CAST(IF(CONTAINS(LOWER(`t200`.`caption`), LOWER(`t200`.`message`)), 1, 0) AS DOUBLE)
                                    ) AS `key_message_posts`
                                  FROM (
                                    SELECT
                                      `t194`.`campaign_id`,
                                      `t194`.`post_id`,
                                      `t194`.`caption`,
                                      `t85`.`message`
                                    FROM (
                                      SELECT
                                        `t188`.`campaign_id`,
                                        `t188`.`post_id`,
                                        `t188`.`caption`
                                      FROM `post_rows` AS `t188`
                                    ) AS `t194`
                                    INNER JOIN (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST(`t1`.`id` AS BIGINT) AS `campaign_id`,
                                          EXPLODE(SPLIT(`t1`.`key_messages`, '\n')) AS `message`
                                        FROM `campaign` AS `t1`
                                      ) AS `t49`
                                      WHERE
                                        LENGTH(`t49`.`message`) > 0
                                    ) AS `t85`
                                      ON `t194`.`campaign_id` = `t85`.`campaign_id`
                                  ) AS `t200`
                                  GROUP BY
                                    1
                                ) AS `t204`
                                  ON `t199`.`post_id` = `t204`.`post_id`
                              ) AS `t205`
                            ) AS `t206`
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                `t201`.`campaign_id`,
                                `t201`.`campaign`,
                                CAST(NULL AS BIGINT) AS `influencer_id`,
                                CAST(NULL AS STRING) AS `influencer`,
                                CAST(NULL AS BIGINT) AS `account_id`,
                                `t201`.`platform`,
                                CAST(NULL AS STRING) AS `format`,
                                CAST(NULL AS BIGINT) AS `post_id`,
                                `t201`.`day`,
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
                                CAST(`t201`.`ugc_post` AS DOUBLE) AS `ugc_post`,
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
                                  `t137`.`campaign_id`,
                                  `t137`.`campaign`,
                                  `t137`.`platform`,
                                  `t137`.`day`,
                                  `t137`.`post_id` AS `ugc_post`
                                FROM (
                                  SELECT DISTINCT
                                    *
                                  FROM (
                                    SELECT
                                      `t86`.`campaign_id`,
                                      `t86`.`campaign`,
                                      `t96`.`post_id`,
                                      `t96`.`influencer_id`,
                                      `t96`.`platform`,
                                      `t96`.`day`
                                    FROM (
                                      SELECT
                                        CAST(`t59`.`id` AS BIGINT) AS `post_id`,
                                        CAST(`t15`.`id` AS BIGINT) AS `influencer_id`,
                                        `t15`.`workspace_id`,
                                        `t15`.`is_brand`,
                                        CAST(`t21`.`platform` AS STRING) AS `platform`,
                                        `t59`.`published_on` AS `day`,
                                        `t59`.`hashtags`
                                      FROM (
                                        SELECT
                                          *
                                        FROM `post` AS `t11`
                                        WHERE
                                          `t11`.`campaign_id` IS NULL
                                      ) AS `t59`
                                      INNER JOIN `account` AS `t21`
                                        ON `t59`.`account_id` = `t21`.`id`
                                      INNER JOIN `influencer` AS `t15`
                                        ON `t21`.`influencer_id` = `t15`.`id`
                                    ) AS `t96`
                                    INNER JOIN (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST(`t1`.`id` AS BIGINT) AS `campaign_id`,
                                          CAST(`t1`.`name` AS STRING) AS `campaign`,
                                          `t1`.`workspace_id`,
                                          `t1`.`start_date` AS `start`,
                                          `t1`.`end_date` AS `end`,
                                          EXPLODE(SPLIT(`t1`.`hashtags`, ',')) AS `tag`
                                        FROM `campaign` AS `t1`
                                      ) AS `t50`
                                      WHERE
                                        LENGTH(`t50`.`tag`) > 0
                                    ) AS `t86`
                                      ON `t96`.`workspace_id` = `t86`.`workspace_id`
                                      AND `t96`.`day` >= `t86`.`start`
                                      AND `t96`.`day` <= `t86`.`end`
                                      AND NOT (
                                        `t96`.`is_brand`
                                      )
                                      AND CONTAINS(CONCAT(CONCAT(',', `t96`.`hashtags`), ','), CONCAT(CONCAT(',', `t86`.`tag`), ','))
                                  ) AS `t120`
                                ) AS `t137`
                                LEFT ANTI JOIN (
                                  SELECT DISTINCT
                                    *
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        CAST(`t5`.`campaign_id` AS BIGINT) AS `campaign_id`,
                                        CAST(`t5`.`influencer_id` AS BIGINT) AS `influencer_id`
                                      FROM `roster` AS `t5`
                                    ) AS `t36`
                                    UNION ALL
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        `t188`.`campaign_id`,
                                        `t188`.`influencer_id`
                                      FROM `post_rows` AS `t188`
                                    ) AS `t191`
                                  ) AS `t193`
                                ) AS `t198`
                                  ON `t137`.`campaign_id` = `t198`.`campaign_id`
                                  AND `t137`.`influencer_id` = `t198`.`influencer_id`
                              ) AS `t201`
                            ) AS `t202`
                          ) AS `t207`
                          UNION ALL
                          SELECT
                            *
                          FROM (
                            SELECT
                              `t126`.`campaign_id`,
                              `t126`.`campaign`,
                              `t126`.`influencer_id`,
                              `t126`.`influencer`,
                              CAST(NULL AS BIGINT) AS `account_id`,
                              CAST(NULL AS STRING) AS `platform`,
                              CAST(NULL AS STRING) AS `format`,
                              CAST(NULL AS BIGINT) AS `post_id`,
                              `t126`.`day`,
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
                              `t126`.`cost`,
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
                                `t103`.`campaign_id`,
                                `t103`.`campaign`,
                                `t103`.`influencer_id`,
                                CAST(`t15`.`name` AS STRING) AS `influencer`,
                                `t103`.`incurred_on` AS `day`,
                                `t103`.`amount` AS `cost`
                              FROM `t79` AS `t103`
                              LEFT ANTI JOIN (
                                SELECT
                                  `t95`.`campaign_id`,
                                  `t95`.`influencer_id`,
                                  COUNT(`t95`.`post_id`) AS `n_posts`
                                FROM `campaign_posts_in` AS `t95`
                                GROUP BY
                                  1,
                                  2
                              ) AS `t113`
                                ON `t103`.`campaign_id` = `t113`.`campaign_id`
                                AND `t103`.`influencer_id` = `t113`.`influencer_id`
                              LEFT OUTER JOIN `influencer` AS `t15`
                                ON `t103`.`influencer_id` = `t15`.`id`
                            ) AS `t126`
                          ) AS `t135`
                        ) AS `t208`
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            `t83`.`campaign_id`,
                            `t83`.`campaign`,
                            CAST(NULL AS BIGINT) AS `influencer_id`,
                            CAST(NULL AS STRING) AS `influencer`,
                            CAST(NULL AS BIGINT) AS `account_id`,
                            `t83`.`platform`,
                            CAST(NULL AS STRING) AS `format`,
                            CAST(NULL AS BIGINT) AS `post_id`,
                            `t83`.`day`,
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
                            `t83`.`mentions`,
                            `t83`.`brand_mentions`,
                            `t83`.`mention_engagements`,
                            `t83`.`brand_mention_engagements`,
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
                              CAST(`t61`.`id` AS BIGINT) AS `campaign_id`,
                              CAST(`t61`.`name` AS STRING) AS `campaign`,
                              CAST(`t19`.`platform` AS STRING) AS `platform`,
                              `t19`.`mentioned_on` AS `day`,
                              CAST(1 AS DOUBLE) AS `mentions`,
                              CAST(IF(`t19`.`own`, 1, 0) AS DOUBLE) AS `brand_mentions`,
                              `t19`.`engagements` AS `mention_engagements`,
                              CAST(IF(`t19`.`own`, 1, 0) AS DOUBLE) * `t19`.`engagements` AS `brand_mention_engagements`
                            FROM `mention` AS `t19`
                            INNER JOIN `t29` AS `t61`
                              ON `t19`.`workspace_id` = `t61`.`workspace_id`
                              AND `t19`.`mentioned_on` >= `t61`.`start_date`
                              AND `t19`.`mentioned_on` <= `t61`.`end_date`
                          ) AS `t83`
                        ) AS `t97`
                      ) AS `t209`
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          `t186`.`campaign_id`,
                          `t186`.`campaign`,
                          `t186`.`influencer_id`,
                          `t186`.`influencer`,
                          `t186`.`account_id`,
                          `t186`.`platform`,
                          CAST(NULL AS STRING) AS `format`,
                          CAST(NULL AS BIGINT) AS `post_id`,
                          `t186`.`day`,
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
                          IF(`t186`.`is_brand` = FALSE, `t186`.`start_followers`, CAST(NULL AS DOUBLE)) AS `followers_start`,
                          IF(
                            `t186`.`is_brand` = FALSE,
                            IF(
                              `t186`.`end_seen_at` > `t186`.`start_seen_at`,
                              `t186`.`end_followers` - `t186`.`start_followers`,
                              CAST(NULL AS DOUBLE)
                            ),
                            CAST(NULL AS DOUBLE)
                          ) AS `followers_gained`,
                          IF(
                            `t186`.`is_brand` = FALSE,
                            IF(
                              `t186`.`end_seen_at` > `t186`.`start_seen_at`,
                              (
                                (
                                  `t186`.`start_followers` - `t186`.`before_followers`
                                ) / NULLIF(CAST(`t186`.`start_seen_at` - `t186`.`before_seen_at` AS DOUBLE), 0)
                              ) * (
                                `t186`.`end_seen_at` - `t186`.`start_seen_at`
                              ),
                              CAST(NULL AS DOUBLE)
                            ),
                            CAST(NULL AS DOUBLE)
                          ) AS `followers_expected_gain`,
                          CAST(IF(`t186`.`is_brand` = FALSE, `t186`.`start_rank`, CAST(NULL AS TINYINT)) AS BIGINT) AS `followers_start__provenance`,
                          IF(
                            `t186`.`is_brand` = FALSE,
                            IF(
                              `t186`.`end_seen_at` > `t186`.`start_seen_at`,
                              NULLIF(GREATEST(COALESCE(`t186`.`start_rank`, -1), COALESCE(`t186`.`end_rank`, -1)), -1),
                              CAST(NULL AS BIGINT)
                            ),
                            CAST(NULL AS BIGINT)
                          ) AS `followers_gained__provenance`,
                          IF(
                            `t186`.`is_brand` = FALSE,
                            IF(
                              IF(
                                `t186`.`end_seen_at` > `t186`.`start_seen_at`,
                                (
                                  (
                                    `t186`.`start_followers` - `t186`.`before_followers`
                                  ) / NULLIF(CAST(`t186`.`start_seen_at` - `t186`.`before_seen_at` AS DOUBLE), 0)
                                ) * (
                                  `t186`.`end_seen_at` - `t186`.`start_seen_at`
                                ),
                                CAST(NULL AS DOUBLE)
                              ) IS NOT NULL
                              AND NOT ISNAN(
                                IF(
                                  `t186`.`end_seen_at` > `t186`.`start_seen_at`,
                                  (
                                    (
                                      `t186`.`start_followers` - `t186`.`before_followers`
                                    ) / NULLIF(CAST(`t186`.`start_seen_at` - `t186`.`before_seen_at` AS DOUBLE), 0)
                                  ) * (
                                    `t186`.`end_seen_at` - `t186`.`start_seen_at`
                                  ),
                                  CAST(NULL AS DOUBLE)
                                )
                              ),
                              NULLIF(
                                GREATEST(
                                  COALESCE(
                                    IF(
                                      `t186`.`end_seen_at` > `t186`.`start_seen_at`,
                                      NULLIF(GREATEST(COALESCE(`t186`.`start_rank`, -1), COALESCE(`t186`.`end_rank`, -1)), -1),
                                      CAST(NULL AS BIGINT)
                                    ),
                                    -1
                                  ),
                                  COALESCE(`t186`.`before_rank`, -1)
                                ),
                                -1
                              ),
                              CAST(NULL AS BIGINT)
                            ),
                            CAST(NULL AS BIGINT)
                          ) AS `followers_expected_gain__provenance`,
                          IF(`t186`.`is_brand` = TRUE, `t186`.`start_followers`, CAST(NULL AS DOUBLE)) AS `brand_followers_start`,
                          IF(
                            `t186`.`is_brand` = TRUE,
                            IF(
                              `t186`.`end_seen_at` > `t186`.`start_seen_at`,
                              `t186`.`end_followers` - `t186`.`start_followers`,
                              CAST(NULL AS DOUBLE)
                            ),
                            CAST(NULL AS DOUBLE)
                          ) AS `brand_followers_gained`,
                          IF(
                            `t186`.`is_brand` = TRUE,
                            IF(
                              `t186`.`end_seen_at` > `t186`.`start_seen_at`,
                              (
                                (
                                  `t186`.`start_followers` - `t186`.`before_followers`
                                ) / NULLIF(CAST(`t186`.`start_seen_at` - `t186`.`before_seen_at` AS DOUBLE), 0)
                              ) * (
                                `t186`.`end_seen_at` - `t186`.`start_seen_at`
                              ),
                              CAST(NULL AS DOUBLE)
                            ),
                            CAST(NULL AS DOUBLE)
                          ) AS `brand_followers_expected_gain`,
                          CAST(IF(`t186`.`is_brand` = TRUE, `t186`.`start_rank`, CAST(NULL AS TINYINT)) AS BIGINT) AS `brand_followers_start__provenance`,
                          IF(
                            `t186`.`is_brand` = TRUE,
                            IF(
                              `t186`.`end_seen_at` > `t186`.`start_seen_at`,
                              NULLIF(GREATEST(COALESCE(`t186`.`start_rank`, -1), COALESCE(`t186`.`end_rank`, -1)), -1),
                              CAST(NULL AS BIGINT)
                            ),
                            CAST(NULL AS BIGINT)
                          ) AS `brand_followers_gained__provenance`,
                          IF(
                            `t186`.`is_brand` = TRUE,
                            IF(
                              IF(
                                `t186`.`end_seen_at` > `t186`.`start_seen_at`,
                                (
                                  (
                                    `t186`.`start_followers` - `t186`.`before_followers`
                                  ) / NULLIF(CAST(`t186`.`start_seen_at` - `t186`.`before_seen_at` AS DOUBLE), 0)
                                ) * (
                                  `t186`.`end_seen_at` - `t186`.`start_seen_at`
                                ),
                                CAST(NULL AS DOUBLE)
                              ) IS NOT NULL
                              AND NOT ISNAN(
                                IF(
                                  `t186`.`end_seen_at` > `t186`.`start_seen_at`,
                                  (
                                    (
                                      `t186`.`start_followers` - `t186`.`before_followers`
                                    ) / NULLIF(CAST(`t186`.`start_seen_at` - `t186`.`before_seen_at` AS DOUBLE), 0)
                                  ) * (
                                    `t186`.`end_seen_at` - `t186`.`start_seen_at`
                                  ),
                                  CAST(NULL AS DOUBLE)
                                )
                              ),
                              NULLIF(
                                GREATEST(
                                  COALESCE(
                                    IF(
                                      `t186`.`end_seen_at` > `t186`.`start_seen_at`,
                                      NULLIF(GREATEST(COALESCE(`t186`.`start_rank`, -1), COALESCE(`t186`.`end_rank`, -1)), -1),
                                      CAST(NULL AS BIGINT)
                                    ),
                                    -1
                                  ),
                                  COALESCE(`t186`.`before_rank`, -1)
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
                            `t184`.`campaign_id`,
                            `t184`.`campaign`,
                            `t184`.`influencer_id`,
                            `t184`.`influencer`,
                            `t184`.`account_id`,
                            `t184`.`platform`,
                            `t184`.`is_brand`,
                            `t184`.`day`,
                            `t184`.`start_at`,
                            `t184`.`end_at`,
                            `t184`.`start_followers`,
                            `t184`.`start_seen_at`,
                            `t184`.`start_rank`,
                            `t184`.`end_followers`,
                            `t184`.`end_seen_at`,
                            `t184`.`end_rank`,
                            `t174`.`before_followers`,
                            `t174`.`before_seen_at`,
                            `t174`.`before_rank`
                          FROM (
                            SELECT
                              `t180`.`campaign_id`,
                              `t180`.`campaign`,
                              `t180`.`influencer_id`,
                              `t180`.`influencer`,
                              `t180`.`account_id`,
                              `t180`.`platform`,
                              `t180`.`is_brand`,
                              `t180`.`day`,
                              `t180`.`start_at`,
                              `t180`.`end_at`,
                              `t180`.`start_followers`,
                              `t180`.`start_seen_at`,
                              `t180`.`start_rank`,
                              `t172`.`end_followers`,
                              `t172`.`end_seen_at`,
                              `t172`.`end_rank`
                            FROM (
                              SELECT
                                `t148`.`campaign_id`,
                                `t148`.`campaign`,
                                `t148`.`influencer_id`,
                                `t148`.`influencer`,
                                `t148`.`account_id`,
                                `t148`.`platform`,
                                `t148`.`is_brand`,
                                `t148`.`day`,
                                `t148`.`start_at`,
                                `t148`.`end_at`,
                                `t176`.`start_followers`,
                                `t176`.`start_seen_at`,
                                `t176`.`start_rank`
                              FROM (
                                SELECT
                                  `t122`.`campaign_id`,
                                  CAST(`t17`.`name` AS STRING) AS `campaign`,
                                  CAST(`t16`.`id` AS BIGINT) AS `influencer_id`,
                                  CAST(`t16`.`name` AS STRING) AS `influencer`,
                                  `t122`.`account_id`,
                                  CAST(`t22`.`platform` AS STRING) AS `platform`,
                                  `t122`.`is_brand`,
                                  `t17`.`end_date` AS `day`,
                                  UNIX_TIMESTAMP(CAST(CAST(`t17`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start_at`,
                                  UNIX_TIMESTAMP(CAST(CAST(`t17`.`end_date` AS TIMESTAMP) AS TIMESTAMP)) + 86400 AS `end_at`
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      `t109`.`campaign_id`,
                                      `t109`.`account_id`,
                                      FALSE AS `is_brand`
                                    FROM (
                                      SELECT DISTINCT
                                        `t95`.`campaign_id`,
                                        `t95`.`account_id`
                                      FROM `campaign_posts_in` AS `t95`
                                    ) AS `t109`
                                  ) AS `t114`
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      CAST(`t62`.`id` AS BIGINT) AS `campaign_id`,
                                      CAST(`t22`.`id` AS BIGINT) AS `account_id`,
                                      TRUE AS `is_brand`
                                    FROM `t29` AS `t62`
                                    INNER JOIN (
                                      SELECT
                                        *
                                      FROM `influencer` AS `t0`
                                      WHERE
                                        `t0`.`is_brand`
                                    ) AS `t28`
                                      ON `t28`.`workspace_id` = `t62`.`workspace_id`
                                    INNER JOIN `account` AS `t22`
                                      ON `t22`.`influencer_id` = `t28`.`id`
                                  ) AS `t84`
                                ) AS `t122`
                                INNER JOIN `campaign` AS `t17`
                                  ON `t122`.`campaign_id` = `t17`.`id`
                                INNER JOIN `account` AS `t22`
                                  ON `t122`.`account_id` = `t22`.`id`
                                INNER JOIN `influencer` AS `t16`
                                  ON `t22`.`influencer_id` = `t16`.`id`
                              ) AS `t148`
                              INNER JOIN (
                                SELECT
                                  `t168`.`campaign_id`,
                                  `t168`.`account_id`,
                                  CAST(`t168`.`followers` AS DOUBLE) AS `start_followers`,
                                  `t168`.`at` AS `start_seen_at`,
                                  `t168`.`rank` AS `start_rank`
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
                                    `t162`.`followers`,
                                    `t162`.`at`,
                                    `t162`.`rank`,
                                    ROW_NUMBER() OVER (
                                      PARTITION BY `t162`.`campaign_id`, `t162`.`account_id`
                                      ORDER BY IF(`t162`.`at` <= `t162`.`start_at`, 0, 1) ASC NULLS LAST, ABS(`t162`.`at` - `t162`.`start_at`) ASC NULLS LAST
                                    ) - 1 AS `order`
                                  FROM `t161` AS `t162`
                                ) AS `t168`
                                WHERE
                                  `t168`.`order` = 0
                              ) AS `t176`
                                ON `t148`.`campaign_id` = `t176`.`campaign_id`
                                AND `t148`.`account_id` = `t176`.`account_id`
                            ) AS `t180`
                            LEFT OUTER JOIN (
                              SELECT
                                `t166`.`campaign_id`,
                                `t166`.`account_id`,
                                CAST(`t166`.`followers` AS DOUBLE) AS `end_followers`,
                                `t166`.`at` AS `end_seen_at`,
                                `t166`.`rank` AS `end_rank`
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
                                  `t162`.`followers`,
                                  `t162`.`at`,
                                  `t162`.`rank`,
                                  ROW_NUMBER() OVER (PARTITION BY `t162`.`campaign_id`, `t162`.`account_id` ORDER BY `t162`.`at` DESC) - 1 AS `order`
                                FROM `t161` AS `t162`
                              ) AS `t166`
                              WHERE
                                `t166`.`order` = 0
                            ) AS `t172`
                              ON `t180`.`campaign_id` = `t172`.`campaign_id`
                              AND `t180`.`account_id` = `t172`.`account_id`
                          ) AS `t184`
                          LEFT OUTER JOIN (
                            SELECT
                              `t167`.`campaign_id`,
                              `t167`.`account_id`,
                              CAST(`t167`.`followers` AS DOUBLE) AS `before_followers`,
                              `t167`.`at` AS `before_seen_at`,
                              `t167`.`rank` AS `before_rank`
                            FROM (
                              SELECT
                                `t163`.`campaign_id`,
                                `t163`.`campaign`,
                                `t163`.`influencer_id`,
                                `t163`.`influencer`,
                                `t163`.`account_id`,
                                `t163`.`platform`,
                                `t163`.`is_brand`,
                                `t163`.`day`,
                                `t163`.`start_at`,
                                `t163`.`end_at`,
                                `t163`.`followers`,
                                `t163`.`at`,
                                `t163`.`rank`,
                                ROW_NUMBER() OVER (PARTITION BY `t163`.`campaign_id`, `t163`.`account_id` ORDER BY `t163`.`at` DESC) - 1 AS `order`
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    `t148`.`campaign_id`,
                                    `t148`.`campaign`,
                                    `t148`.`influencer_id`,
                                    `t148`.`influencer`,
                                    `t148`.`account_id`,
                                    `t148`.`platform`,
                                    `t148`.`is_brand`,
                                    `t148`.`day`,
                                    `t148`.`start_at`,
                                    `t148`.`end_at`,
                                    `t67`.`followers`,
                                    `t67`.`at`,
                                    `t67`.`rank`
                                  FROM (
                                    SELECT
                                      `t122`.`campaign_id`,
                                      CAST(`t17`.`name` AS STRING) AS `campaign`,
                                      CAST(`t16`.`id` AS BIGINT) AS `influencer_id`,
                                      CAST(`t16`.`name` AS STRING) AS `influencer`,
                                      `t122`.`account_id`,
                                      CAST(`t22`.`platform` AS STRING) AS `platform`,
                                      `t122`.`is_brand`,
                                      `t17`.`end_date` AS `day`,
                                      UNIX_TIMESTAMP(CAST(CAST(`t17`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start_at`,
                                      UNIX_TIMESTAMP(CAST(CAST(`t17`.`end_date` AS TIMESTAMP) AS TIMESTAMP)) + 86400 AS `end_at`
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          `t109`.`campaign_id`,
                                          `t109`.`account_id`,
                                          FALSE AS `is_brand`
                                        FROM (
                                          SELECT DISTINCT
                                            `t95`.`campaign_id`,
                                            `t95`.`account_id`
                                          FROM `campaign_posts_in` AS `t95`
                                        ) AS `t109`
                                      ) AS `t114`
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST(`t62`.`id` AS BIGINT) AS `campaign_id`,
                                          CAST(`t22`.`id` AS BIGINT) AS `account_id`,
                                          TRUE AS `is_brand`
                                        FROM `t29` AS `t62`
                                        INNER JOIN (
                                          SELECT
                                            *
                                          FROM `influencer` AS `t0`
                                          WHERE
                                            `t0`.`is_brand`
                                        ) AS `t28`
                                          ON `t28`.`workspace_id` = `t62`.`workspace_id`
                                        INNER JOIN `account` AS `t22`
                                          ON `t22`.`influencer_id` = `t28`.`id`
                                      ) AS `t84`
                                    ) AS `t122`
                                    INNER JOIN `campaign` AS `t17`
                                      ON `t122`.`campaign_id` = `t17`.`id`
                                    INNER JOIN `account` AS `t22`
                                      ON `t122`.`account_id` = `t22`.`id`
                                    INNER JOIN `influencer` AS `t16`
                                      ON `t22`.`influencer_id` = `t16`.`id`
                                  ) AS `t148`
                                  INNER JOIN (
                                    SELECT
                                      CAST(`t13`.`account_id` AS BIGINT) AS `account_id`,
                                      `t13`.`followers`,
                                      UNIX_TIMESTAMP(CAST(CAST(`t13`.`captured_at` AS TIMESTAMP) AS TIMESTAMP)) AS `at`,
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
                                  ) AS `t67`
                                    ON `t148`.`account_id` = `t67`.`account_id`
                                ) AS `t160`
                                WHERE
                                  `t160`.`at` <= (
                                    `t160`.`start_at` - (
                                      `t160`.`end_at` - `t160`.`start_at`
                                    )
                                  )
                              ) AS `t163`
                            ) AS `t167`
                            WHERE
                              `t167`.`order` = 0
                          ) AS `t174`
                            ON `t184`.`campaign_id` = `t174`.`campaign_id`
                            AND `t184`.`account_id` = `t174`.`account_id`
                        ) AS `t186`
                      ) AS `t190`
                    ) AS `t210`
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
                        CAST(NULL AS STRING) AS `platform`,
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
                        `t88`.`influencers_contacted`,
                        `t88`.`influencers_interested`,
                        `t88`.`posts_contracted`,
                        `t88`.`products_sent`,
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
                          CAST(`t51`.`campaign_id` AS BIGINT) AS `campaign_id`,
                          CAST(`t17`.`name` AS STRING) AS `campaign`,
                          CAST(`t51`.`influencer_id` AS BIGINT) AS `influencer_id`,
                          CAST(`t15`.`name` AS STRING) AS `influencer`,
                          `t17`.`start_date` AS `day`,
                          CAST(1 AS DOUBLE) AS `influencers_contacted`,
                          CAST(IF(`t51`.`status` IN ('interested', 'activated'), 1, 0) AS DOUBLE) AS `influencers_interested`,
                          CAST(`t51`.`posts_contracted` AS DOUBLE) AS `posts_contracted`,
                          CAST(`t51`.`products_sent` AS DOUBLE) AS `products_sent`
                        FROM (
                          SELECT
                            *
                          FROM `roster` AS `t5`
                          WHERE
                            `t5`.`campaign_id` IN (1)
                        ) AS `t51`
                        INNER JOIN `campaign` AS `t17`
                          ON `t51`.`campaign_id` = `t17`.`id`
                        INNER JOIN `influencer` AS `t15`
                          ON `t51`.`influencer_id` = `t15`.`id`
                      ) AS `t88`
                    ) AS `t101`
                  ) AS `t211`
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      `t154`.`campaign_id`,
                      `t154`.`campaign`,
                      `t154`.`influencer_id`,
                      `t154`.`influencer`,
                      CAST(NULL AS BIGINT) AS `account_id`,
                      `t154`.`platform`,
                      CAST(NULL AS STRING) AS `format`,
                      CAST(NULL AS BIGINT) AS `post_id`,
                      CAST(NULL AS DATE) AS `day`,
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
                      `t154`.`link_clicks`,
                      `t154`.`unique_link_clicks`,
                      `t154`.`bot_link_clicks`,
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
                        `t140`.`campaign_id`,
                        `t140`.`influencer_id`,
                        `t140`.`platform`,
                        `t140`.`link_clicks`,
                        `t140`.`unique_link_clicks`,
                        `t140`.`bot_link_clicks`,
                        CAST(`t17`.`name` AS STRING) AS `campaign`,
                        CAST(`t15`.`name` AS STRING) AS `influencer`
                      FROM (
                        SELECT
                          `t118`.`campaign_id`,
                          `t118`.`influencer_id`,
                          `t118`.`platform`,
                          SUM(`t118`.`link_clicks`) AS `link_clicks`,
                          SUM(`t118`.`unique_link_clicks`) AS `unique_link_clicks`,
                          SUM(`t118`.`bot_link_clicks`) AS `bot_link_clicks`
                        FROM (
                          SELECT
                            CAST(`t53`.`campaign_id` AS BIGINT) AS `campaign_id`,
                            CAST(`t53`.`influencer_id` AS BIGINT) AS `influencer_id`,
                            CAST(`t53`.`platform` AS STRING) AS `platform`,
                            `t108`.`link_clicks`,
                            `t108`.`unique_link_clicks`,
                            `t108`.`bot_link_clicks`
                          FROM (
                            SELECT
                              `t78`.`link_id`,
                              SUM(`t78`.`link_clicks`) AS `link_clicks`,
                              SUM(`t78`.`unique_link_clicks`) AS `unique_link_clicks`,
                              SUM(`t78`.`bot_link_clicks`) AS `bot_link_clicks`
                            FROM (
                              SELECT
                                `t20`.`link_id`,
                                CAST(IF(NOT (
                                  `t20`.`is_bot`
                                ), 1, 0) AS DOUBLE) AS `link_clicks`,
                                CAST(IF(NOT (
                                  `t20`.`is_bot`
                                ) AND `t20`.`is_unique`, 1, 0) AS DOUBLE) AS `unique_link_clicks`,
                                CAST(IF(`t20`.`is_bot`, 1, 0) AS DOUBLE) AS `bot_link_clicks`
                              FROM `click` AS `t20`
                              INNER JOIN (
                                SELECT
                                  `t8`.`id` AS `link_id`
                                FROM `link` AS `t8`
                                WHERE
                                  `t8`.`campaign_id` IN (1)
                              ) AS `t54`
                                ON `t20`.`link_id` = `t54`.`link_id`
                            ) AS `t78`
                            GROUP BY
                              1
                          ) AS `t108`
                          INNER JOIN (
                            SELECT
                              *
                            FROM `link` AS `t8`
                            WHERE
                              `t8`.`campaign_id` IN (1)
                          ) AS `t53`
                            ON `t108`.`link_id` = `t53`.`id`
                        ) AS `t118`
                        GROUP BY
                          1,
                          2,
                          3
                      ) AS `t140`
                      INNER JOIN `campaign` AS `t17`
                        ON `t140`.`campaign_id` = `t17`.`id`
                      LEFT OUTER JOIN `influencer` AS `t15`
                        ON `t140`.`influencer_id` = `t15`.`id`
                    ) AS `t154`
                  ) AS `t156`
                ) AS `t212`
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    `t111`.`campaign_id`,
                    `t111`.`campaign`,
                    `t111`.`influencer_id`,
                    `t111`.`influencer`,
                    CAST(NULL AS BIGINT) AS `account_id`,
                    `t111`.`platform`,
                    CAST(NULL AS STRING) AS `format`,
                    CAST(NULL AS BIGINT) AS `post_id`,
                    CAST(NULL AS DATE) AS `day`,
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
                    `t111`.`sessions`,
                    `t111`.`new_users`,
                    `t111`.`engaged_sessions`,
                    `t111`.`bounced_sessions`,
                    `t111`.`session_seconds`,
                    `t111`.`page_views`,
                    `t111`.`key_events`,
                    CAST(NULL AS DOUBLE) AS `orders`,
                    CAST(NULL AS DOUBLE) AS `revenue`,
                    CAST(NULL AS DOUBLE) AS `new_customers`,
                    CAST(NULL AS DOUBLE) AS `key_messages`
                  FROM (
                    SELECT
                      `t89`.`campaign_id`,
                      `t89`.`influencer_id`,
                      `t89`.`platform`,
                      `t89`.`sessions`,
                      `t89`.`new_users`,
                      `t89`.`engaged_sessions`,
                      `t89`.`bounced_sessions`,
                      `t89`.`session_seconds`,
                      `t89`.`page_views`,
                      `t89`.`key_events`,
                      CAST(`t17`.`name` AS STRING) AS `campaign`,
                      CAST(`t15`.`name` AS STRING) AS `influencer`
                    FROM (
                      SELECT
                        `t52`.`campaign_id`,
                        `t52`.`influencer_id`,
                        `t52`.`platform`,
                        SUM(`t52`.`sessions`) AS `sessions`,
                        SUM(`t52`.`new_users`) AS `new_users`,
                        SUM(`t52`.`engaged_sessions`) AS `engaged_sessions`,
                        SUM(`t52`.`bounced_sessions`) AS `bounced_sessions`,
                        SUM(`t52`.`session_seconds`) AS `session_seconds`,
                        SUM(`t52`.`page_views`) AS `page_views`,
                        SUM(`t52`.`key_events`) AS `key_events`
                      FROM (
                        SELECT
                          CAST(`t6`.`campaign_id` AS BIGINT) AS `campaign_id`,
                          CAST(`t6`.`influencer_id` AS BIGINT) AS `influencer_id`,
                          LOWER(`t6`.`utm_source`) AS `platform`,
                          `t6`.`day`,
                          CAST(`t6`.`sessions` AS DOUBLE) AS `sessions`,
                          CAST(`t6`.`new_users` AS DOUBLE) AS `new_users`,
                          CAST(`t6`.`engaged_sessions` AS DOUBLE) AS `engaged_sessions`,
                          CAST(`t6`.`sessions` - `t6`.`engaged_sessions` AS DOUBLE) AS `bounced_sessions`,
                          CAST(`t6`.`duration_seconds` AS DOUBLE) AS `session_seconds`,
                          CAST(`t6`.`page_views` AS DOUBLE) AS `page_views`,
                          CAST(`t6`.`key_events` AS DOUBLE) AS `key_events`
                        FROM `web_traffic` AS `t6`
                        WHERE
                          `t6`.`campaign_id` IN (1) AND `t6`.`campaign_id` IS NOT NULL
                      ) AS `t52`
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS `t89`
                    INNER JOIN `campaign` AS `t17`
                      ON `t89`.`campaign_id` = `t17`.`id`
                    LEFT OUTER JOIN `influencer` AS `t15`
                      ON `t89`.`influencer_id` = `t15`.`id`
                  ) AS `t111`
                ) AS `t116`
              ) AS `t213`
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  `t115`.`campaign_id`,
                  `t115`.`campaign`,
                  `t115`.`influencer_id`,
                  `t115`.`influencer`,
                  CAST(NULL AS BIGINT) AS `account_id`,
                  `t115`.`platform`,
                  CAST(NULL AS STRING) AS `format`,
                  CAST(NULL AS BIGINT) AS `post_id`,
                  CAST(NULL AS DATE) AS `day`,
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
                  `t115`.`orders`,
                  `t115`.`revenue`,
                  `t115`.`new_customers`,
                  CAST(NULL AS DOUBLE) AS `key_messages`
                FROM (
                  SELECT
                    `t100`.`campaign_id`,
                    `t100`.`influencer_id`,
                    `t100`.`platform`,
                    `t100`.`orders`,
                    `t100`.`revenue`,
                    `t100`.`new_customers`,
                    CAST(`t17`.`name` AS STRING) AS `campaign`,
                    CAST(`t15`.`name` AS STRING) AS `influencer`
                  FROM (
                    SELECT
                      `t70`.`campaign_id`,
                      `t70`.`influencer_id`,
                      `t70`.`platform`,
                      SUM(`t70`.`orders`) AS `orders`,
                      SUM(`t70`.`revenue`) AS `revenue`,
                      SUM(`t70`.`new_customers`) AS `new_customers`
                    FROM (
                      SELECT
                        CAST(`t4`.`campaign_id` AS BIGINT) AS `campaign_id`,
                        CAST(`t4`.`influencer_id` AS BIGINT) AS `influencer_id`,
                        `t4`.`platform`,
                        `t4`.`ordered_on` AS `day`,
                        CAST(IF(NOT (
                          `t4`.`reversed`
                        ), 1, 0) AS DOUBLE) AS `orders`,
                        IF(NOT (
                          `t4`.`reversed`
                        ), CAST(`t4`.`campaign_revenue` AS DOUBLE), 0) AS `revenue`,
                        CAST(IF(NOT (
                          `t4`.`reversed`
                        ) AND COALESCE(`t4`.`new_customer`, FALSE), 1, 0) AS DOUBLE) AS `new_customers`
                      FROM `order_attribution` AS `t4`
                      WHERE
                        `t4`.`campaign_id` IN (1)
                    ) AS `t70`
                    GROUP BY
                      1,
                      2,
                      3
                  ) AS `t100`
                  INNER JOIN `campaign` AS `t17`
                    ON `t100`.`campaign_id` = `t17`.`id`
                  LEFT OUTER JOIN `influencer` AS `t15`
                    ON `t100`.`influencer_id` = `t15`.`id`
                ) AS `t115`
              ) AS `t121`
            ) AS `t214`
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                CAST(`t1`.`id` AS BIGINT) AS `campaign_id`,
                CAST(`t1`.`name` AS STRING) AS `campaign`,
                CAST(NULL AS BIGINT) AS `influencer_id`,
                CAST(NULL AS STRING) AS `influencer`,
                CAST(NULL AS BIGINT) AS `account_id`,
                CAST(NULL AS STRING) AS `platform`,
                CAST(NULL AS STRING) AS `format`,
                CAST(NULL AS BIGINT) AS `post_id`,
                CAST(`t1`.`start_date` AS DATE) AS `day`,
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
                  LENGTH(`t1`.`key_messages`) > 0,
                  (
                    LENGTH(`t1`.`key_messages`) - LENGTH(REPLACE(`t1`.`key_messages`, '\n', ''))
                  ) + 1,
                  0
                ) AS DOUBLE) AS `key_messages`
              FROM `campaign` AS `t1`
              WHERE
                `t1`.`id` IN (1)
            ) AS `t74`
          ) AS `t217`
          LEFT OUTER JOIN (
            SELECT
              `t144`.`campaign_id`,
              `t144`.`rate` AS `emv_rate`
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  CAST(`t1`.`id` AS BIGINT) AS `campaign_id`,
                  CAST(1 AS DOUBLE) AS `rate`
                FROM `campaign` AS `t1`
                WHERE
                  `t1`.`currency` = 'EUR'
              ) AS `t31`
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  `t125`.`campaign_id`,
                  `t125`.`rate`
                FROM (
                  SELECT
                    `t99`.`campaign_id`,
                    `t99`.`start`,
                    `t99`.`rate`,
                    `t99`.`valid`,
                    ROW_NUMBER() OVER (
                      PARTITION BY `t99`.`campaign_id`
                      ORDER BY IF(`t99`.`valid` <= `t99`.`start`, 0, 1) ASC NULLS LAST, ABS(`t99`.`valid` - `t99`.`start`) ASC NULLS LAST
                    ) - 1 AS `order`
                  FROM (
                    SELECT
                      `t63`.`campaign_id`,
                      `t63`.`start`,
                      `t72`.`rate`,
                      UNIX_TIMESTAMP(CAST(CAST(`t72`.`valid_on` AS TIMESTAMP) AS TIMESTAMP)) AS `valid`
                    FROM (
                      SELECT
                        CAST(`t1`.`id` AS BIGINT) AS `campaign_id`,
                        `t1`.`currency`,
                        UNIX_TIMESTAMP(CAST(CAST(`t1`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start`
                      FROM `campaign` AS `t1`
                    ) AS `t63`
                    INNER JOIN (
                      SELECT
                        *
                      FROM (
                        SELECT
                          `t3`.`quote`,
                          `t3`.`valid_on`,
                          CAST(`t3`.`rate` AS DOUBLE) AS `rate`
                        FROM `exchange_rate` AS `t3`
                        WHERE
                          `t3`.`base` = 'EUR'
                      ) AS `t34`
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          `t3`.`base` AS `quote`,
                          `t3`.`valid_on`,
                          CAST(1 AS DOUBLE) / NULLIF(CAST(`t3`.`rate` AS DOUBLE), 0) AS `rate`
                        FROM `exchange_rate` AS `t3`
                        WHERE
                          `t3`.`quote` = 'EUR'
                      ) AS `t65`
                    ) AS `t72`
                      ON `t63`.`currency` = `t72`.`quote`
                  ) AS `t99`
                ) AS `t125`
                WHERE
                  `t125`.`order` = 0
              ) AS `t139`
            ) AS `t144`
          ) AS `t153`
            ON `t217`.`campaign_id` = `t153`.`campaign_id`
        ) AS `t220`
        LEFT OUTER JOIN (
          SELECT
            `t2`.`account_id`,
            `t2`.`inauthentic_share`
          FROM `account_audit` AS `t2`
        ) AS `t32`
          ON `t220`.`account_id` = `t32`.`account_id`
      ) AS `t222`
    ) AS `t225`
    LEFT OUTER JOIN (
      SELECT
        `t143`.`campaign_id`,
        `t143`.`rate` AS `paid_rate`
      FROM (
        SELECT
          *
        FROM (
          SELECT
            CAST(`t1`.`id` AS BIGINT) AS `campaign_id`,
            CAST(1 AS DOUBLE) AS `rate`
          FROM `campaign` AS `t1`
          WHERE
            `t1`.`currency` = 'USD'
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
                ORDER BY IF(`t98`.`valid` <= `t98`.`start`, 0, 1) ASC NULLS LAST, ABS(`t98`.`valid` - `t98`.`start`) ASC NULLS LAST
              ) - 1 AS `order`
            FROM (
              SELECT
                `t63`.`campaign_id`,
                `t63`.`start`,
                `t71`.`rate`,
                UNIX_TIMESTAMP(CAST(CAST(`t71`.`valid_on` AS TIMESTAMP) AS TIMESTAMP)) AS `valid`
              FROM (
                SELECT
                  CAST(`t1`.`id` AS BIGINT) AS `campaign_id`,
                  `t1`.`currency`,
                  UNIX_TIMESTAMP(CAST(CAST(`t1`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start`
                FROM `campaign` AS `t1`
              ) AS `t63`
              INNER JOIN (
                SELECT
                  *
                FROM (
                  SELECT
                    `t3`.`quote`,
                    `t3`.`valid_on`,
                    CAST(`t3`.`rate` AS DOUBLE) AS `rate`
                  FROM `exchange_rate` AS `t3`
                  WHERE
                    `t3`.`base` = 'USD'
                ) AS `t33`
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    `t3`.`base` AS `quote`,
                    `t3`.`valid_on`,
                    CAST(1 AS DOUBLE) / NULLIF(CAST(`t3`.`rate` AS DOUBLE), 0) AS `rate`
                  FROM `exchange_rate` AS `t3`
                  WHERE
                    `t3`.`quote` = 'USD'
                ) AS `t64`
              ) AS `t71`
                ON `t63`.`currency` = `t71`.`quote`
            ) AS `t98`
          ) AS `t124`
          WHERE
            `t124`.`order` = 0
        ) AS `t138`
      ) AS `t143`
    ) AS `t152`
      ON `t225`.`campaign_id` = `t152`.`campaign_id`
  ) AS `t227`
  WHERE
    `t227`.`campaign_id` IN (1)
    AND (
      (
        `t227`.`bot_link_clicks` IS NOT NULL AND NOT ISNAN(`t227`.`bot_link_clicks`)
      )
      OR (
        `t227`.`bounced_sessions` IS NOT NULL AND NOT ISNAN(`t227`.`bounced_sessions`)
      )
      OR (
        `t227`.`brand_followers_expected_gain` IS NOT NULL
        AND NOT ISNAN(`t227`.`brand_followers_expected_gain`)
      )
      OR (
        `t227`.`brand_followers_gained` IS NOT NULL
        AND NOT ISNAN(`t227`.`brand_followers_gained`)
      )
      OR (
        `t227`.`brand_followers_start` IS NOT NULL
        AND NOT ISNAN(`t227`.`brand_followers_start`)
      )
      OR (
        `t227`.`brand_mention_engagements` IS NOT NULL
        AND NOT ISNAN(`t227`.`brand_mention_engagements`)
      )
      OR (
        `t227`.`brand_mentions` IS NOT NULL AND NOT ISNAN(`t227`.`brand_mentions`)
      )
      OR (
        `t227`.`clicks` IS NOT NULL AND NOT ISNAN(`t227`.`clicks`)
      )
      OR (
        `t227`.`comments` IS NOT NULL AND NOT ISNAN(`t227`.`comments`)
      )
      OR (
        `t227`.`cost` IS NOT NULL AND NOT ISNAN(`t227`.`cost`)
      )
      OR (
        `t227`.`disclosed_sponsored_posts` IS NOT NULL
        AND NOT ISNAN(`t227`.`disclosed_sponsored_posts`)
      )
      OR (
        `t227`.`emv` IS NOT NULL AND NOT ISNAN(`t227`.`emv`)
      )
      OR (
        `t227`.`emv_authentic` IS NOT NULL AND NOT ISNAN(`t227`.`emv_authentic`)
      )
      OR (
        `t227`.`engagements` IS NOT NULL AND NOT ISNAN(`t227`.`engagements`)
      )
      OR (
        `t227`.`er_followers_post` IS NOT NULL AND NOT ISNAN(`t227`.`er_followers_post`)
      )
      OR (
        `t227`.`er_impressions_post` IS NOT NULL
        AND NOT ISNAN(`t227`.`er_impressions_post`)
      )
      OR (
        `t227`.`er_reach_post` IS NOT NULL AND NOT ISNAN(`t227`.`er_reach_post`)
      )
      OR (
        `t227`.`er_views_post` IS NOT NULL AND NOT ISNAN(`t227`.`er_views_post`)
      )
      OR (
        `t227`.`followers` IS NOT NULL AND NOT ISNAN(`t227`.`followers`)
      )
      OR (
        `t227`.`followers_expected_gain` IS NOT NULL
        AND NOT ISNAN(`t227`.`followers_expected_gain`)
      )
      OR (
        `t227`.`followers_gained` IS NOT NULL AND NOT ISNAN(`t227`.`followers_gained`)
      )
      OR (
        `t227`.`followers_start` IS NOT NULL AND NOT ISNAN(`t227`.`followers_start`)
      )
      OR (
        `t227`.`impressions` IS NOT NULL AND NOT ISNAN(`t227`.`impressions`)
      )
      OR (
        `t227`.`impressions_with_estimates` IS NOT NULL
        AND NOT ISNAN(`t227`.`impressions_with_estimates`)
      )
      OR (
        `t227`.`influencers_contacted` IS NOT NULL
        AND NOT ISNAN(`t227`.`influencers_contacted`)
      )
      OR (
        `t227`.`influencers_interested` IS NOT NULL
        AND NOT ISNAN(`t227`.`influencers_interested`)
      )
      OR (
        `t227`.`key_events` IS NOT NULL AND NOT ISNAN(`t227`.`key_events`)
      )
      OR (
        `t227`.`key_message_posts` IS NOT NULL AND NOT ISNAN(`t227`.`key_message_posts`)
      )
      OR (
        `t227`.`key_messages` IS NOT NULL AND NOT ISNAN(`t227`.`key_messages`)
      )
      OR (
        `t227`.`likes` IS NOT NULL AND NOT ISNAN(`t227`.`likes`)
      )
      OR (
        `t227`.`link_clicks` IS NOT NULL AND NOT ISNAN(`t227`.`link_clicks`)
      )
      OR (
        `t227`.`mention_engagements` IS NOT NULL
        AND NOT ISNAN(`t227`.`mention_engagements`)
      )
      OR (
        `t227`.`mentions` IS NOT NULL AND NOT ISNAN(`t227`.`mentions`)
      )
      OR (
        `t227`.`new_customers` IS NOT NULL AND NOT ISNAN(`t227`.`new_customers`)
      )
      OR (
        `t227`.`new_users` IS NOT NULL AND NOT ISNAN(`t227`.`new_users`)
      )
      OR (
        `t227`.`orders` IS NOT NULL AND NOT ISNAN(`t227`.`orders`)
      )
      OR (
        `t227`.`page_views` IS NOT NULL AND NOT ISNAN(`t227`.`page_views`)
      )
      OR (
        (
          `t227`.`cost` / (
            CASE
              WHEN `t227`.`platform` = 'tiktok'
              THEN CAST(NULL AS DOUBLE)
              WHEN `t227`.`platform` = 'youtube'
              THEN CAST(NULL AS DOUBLE)
              ELSE 1.88
            END * `t227`.`paid_rate`
          )
        ) IS NOT NULL
        AND NOT ISNAN(
          `t227`.`cost` / (
            CASE
              WHEN `t227`.`platform` = 'tiktok'
              THEN CAST(NULL AS DOUBLE)
              WHEN `t227`.`platform` = 'youtube'
              THEN CAST(NULL AS DOUBLE)
              ELSE 1.88
            END * `t227`.`paid_rate`
          )
        )
      )
      OR (
        (
          (
            `t227`.`cost` / (
              CASE
                WHEN `t227`.`platform` = 'tiktok'
                THEN 7.5
                WHEN `t227`.`platform` = 'youtube'
                THEN 3.53
                ELSE 19.8
              END * `t227`.`paid_rate`
            )
          ) * 1000
        ) IS NOT NULL
        AND NOT ISNAN(
          (
            `t227`.`cost` / (
              CASE
                WHEN `t227`.`platform` = 'tiktok'
                THEN 7.5
                WHEN `t227`.`platform` = 'youtube'
                THEN 3.53
                ELSE 19.8
              END * `t227`.`paid_rate`
            )
          ) * 1000
        )
      )
      OR (
        (
          `t227`.`cost` / (
            CASE WHEN `t227`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t227`.`paid_rate`
          )
        ) IS NOT NULL
        AND NOT ISNAN(
          `t227`.`cost` / (
            CASE WHEN `t227`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t227`.`paid_rate`
          )
        )
      )
      OR (
        `t227`.`post_id` IS NOT NULL
      )
      OR (
        `t227`.`post_platform` IS NOT NULL
      )
      OR (
        `t227`.`posts_contracted` IS NOT NULL AND NOT ISNAN(`t227`.`posts_contracted`)
      )
      OR (
        `t227`.`products_sent` IS NOT NULL AND NOT ISNAN(`t227`.`products_sent`)
      )
      OR (
        `t227`.`publishing_influencer` IS NOT NULL
        AND NOT ISNAN(`t227`.`publishing_influencer`)
      )
      OR (
        `t227`.`reach` IS NOT NULL AND NOT ISNAN(`t227`.`reach`)
      )
      OR (
        `t227`.`revenue` IS NOT NULL AND NOT ISNAN(`t227`.`revenue`)
      )
      OR (
        `t227`.`saves` IS NOT NULL AND NOT ISNAN(`t227`.`saves`)
      )
      OR (
        `t227`.`session_seconds` IS NOT NULL AND NOT ISNAN(`t227`.`session_seconds`)
      )
      OR (
        `t227`.`sessions` IS NOT NULL AND NOT ISNAN(`t227`.`sessions`)
      )
      OR (
        `t227`.`shares` IS NOT NULL AND NOT ISNAN(`t227`.`shares`)
      )
      OR (
        `t227`.`sponsored_posts` IS NOT NULL AND NOT ISNAN(`t227`.`sponsored_posts`)
      )
      OR (
        `t227`.`ugc_post` IS NOT NULL AND NOT ISNAN(`t227`.`ugc_post`)
      )
      OR (
        `t227`.`unique_link_clicks` IS NOT NULL
        AND NOT ISNAN(`t227`.`unique_link_clicks`)
      )
      OR (
        `t227`.`views` IS NOT NULL AND NOT ISNAN(`t227`.`views`)
      )
    )
)
SELECT
  `t239`.`influencer_id`,
  `t239`.`influencer`,
  `t239`.`platform`,
  `t239`.`key_messages`,
  `t239`.`platforms_selected`,
  `t239`.`influencers_contacted`,
  `t239`.`influencers_interested`,
  (
    `t239`.`influencers_interested` / NULLIF(`t239`.`influencers_contacted`, 0)
  ) * 100 AS `influencers_interested_rate`,
  `t239`.`influencers_activated`,
  `t239`.`products_sent`,
  `t239`.`reach`,
  `t239`.`impressions`,
  `t239`.`views`,
  `t239`.`impressions_with_estimates`,
  (
    `t239`.`reach_rate__first` / NULLIF(`t239`.`reach_rate__second`, 0)
  ) * 100 AS `reach_rate`,
  `t239`.`brand_mentions`,
  (
    `t239`.`brand_mentions` / NULLIF(`t239`.`mentions`, 0)
  ) * 100 AS `share_of_voice`,
  (
    `t239`.`brand_mention_engagements` / NULLIF(`t239`.`mention_engagements`, 0)
  ) * 100 AS `share_of_engagement`,
  `t239`.`key_message_posts`,
  (
    `t239`.`key_message_posts` / NULLIF(CAST(`t239`.`posts` AS DOUBLE), 0)
  ) * 100 AS `key_message_rate`,
  `t239`.`posts`,
  `t239`.`posts_contracted`,
  (
    CAST(`t239`.`posts` AS DOUBLE) / NULLIF(`t239`.`posts_contracted`, 0)
  ) * 100 AS `posts_delivery_rate`,
  `t239`.`ugc_posts`,
  `t239`.`likes`,
  `t239`.`comments`,
  `t239`.`shares`,
  `t239`.`saves`,
  `t239`.`engagements`,
  (
    `t239`.`engagement_rate_reach__first` / NULLIF(`t239`.`engagement_rate_reach__second`, 0)
  ) * 100 AS `engagement_rate_reach`,
  (
    `t239`.`engagement_rate_followers__first` / NULLIF(`t239`.`engagement_rate_followers__second`, 0)
  ) * 100 AS `engagement_rate_followers`,
  `t239`.`er_reach_post_mean` AS `engagement_rate_reach_post_mean`,
  `t239`.`er_reach_post_median` AS `engagement_rate_reach_post_median`,
  `t239`.`er_reach_account_mean` AS `engagement_rate_reach_account_mean`,
  `t239`.`er_reach_account_median` AS `engagement_rate_reach_account_median`,
  `t239`.`er_followers_post_mean` AS `engagement_rate_followers_post_mean`,
  `t239`.`er_followers_post_median` AS `engagement_rate_followers_post_median`,
  `t239`.`er_followers_account_mean` AS `engagement_rate_followers_account_mean`,
  `t239`.`er_followers_account_median` AS `engagement_rate_followers_account_median`,
  (
    `t239`.`engagement_rate_impressions__first` / NULLIF(`t239`.`engagement_rate_impressions__second`, 0)
  ) * 100 AS `engagement_rate_impressions`,
  `t239`.`er_impressions_post_mean` AS `engagement_rate_impressions_post_mean`,
  `t239`.`er_impressions_post_median` AS `engagement_rate_impressions_post_median`,
  `t239`.`er_impressions_account_mean` AS `engagement_rate_impressions_account_mean`,
  `t239`.`er_impressions_account_median` AS `engagement_rate_impressions_account_median`,
  (
    `t239`.`engagement_rate_views__first` / NULLIF(`t239`.`engagement_rate_views__second`, 0)
  ) * 100 AS `engagement_rate_views`,
  `t239`.`er_views_post_mean` AS `engagement_rate_views_post_mean`,
  `t239`.`er_views_post_median` AS `engagement_rate_views_post_median`,
  `t239`.`er_views_account_mean` AS `engagement_rate_views_account_mean`,
  `t239`.`er_views_account_median` AS `engagement_rate_views_account_median`,
  `t239`.`clicks` AS `platform_link_clicks`,
  `t239`.`followers_gained`,
  (
    `t239`.`follower_growth_rate__first` / NULLIF(`t239`.`follower_growth_rate__second`, 0)
  ) * 100 AS `follower_growth_rate`,
  `t239`.`followers_gained_above_trend__first` - `t239`.`followers_gained_above_trend__second` AS `followers_gained_above_trend`,
  `t239`.`brand_followers_gained`,
  (
    `t239`.`brand_follower_growth_rate__first` / NULLIF(`t239`.`brand_follower_growth_rate__second`, 0)
  ) * 100 AS `brand_follower_growth_rate`,
  `t239`.`brand_followers_gained_above_trend__first` - `t239`.`brand_followers_gained_above_trend__second` AS `brand_followers_gained_above_trend`,
  `t239`.`link_clicks` AS `tracked_clicks`,
  `t239`.`unique_link_clicks` AS `unique_clicks`,
  `t239`.`bot_link_clicks` AS `bot_clicks`,
  (
    `t239`.`link_clicks` / NULLIF(`t239`.`impressions_with_estimates`, 0)
  ) * 100 AS `click_through_rate`,
  `t239`.`sessions`,
  `t239`.`new_users`,
  (
    `t239`.`bounced_sessions` / NULLIF(`t239`.`sessions`, 0)
  ) * 100 AS `bounce_rate`,
  `t239`.`session_seconds` / NULLIF(`t239`.`sessions`, 0) AS `average_session_duration`,
  `t239`.`page_views` / NULLIF(`t239`.`sessions`, 0) AS `pages_per_session`,
  `t239`.`key_events` AS `leads`,
  `t239`.`orders` AS `conversions`,
  (
    `t239`.`orders` / NULLIF(`t239`.`unique_link_clicks`, 0)
  ) * 100 AS `conversion_rate`,
  `t239`.`revenue`,
  `t239`.`revenue` / NULLIF(`t239`.`orders`, 0) AS `average_order_value`,
  `t239`.`new_customers`,
  `t239`.`revenue` / NULLIF(`t239`.`cost`, 0) AS `return_on_ad_spend`,
  (
    (
      `t239`.`revenue` - `t239`.`cost`
    ) / NULLIF(`t239`.`cost`, 0)
  ) * 100 AS `return_on_investment`,
  (
    (
      `t239`.`revenue` - `t239`.`cost`
    ) / NULLIF(`t239`.`revenue`, 0)
  ) * 100 AS `profitability`,
  `t239`.`sponsored_posts`,
  `t239`.`disclosed_sponsored_posts`,
  (
    `t239`.`disclosed_sponsored_posts` / NULLIF(`t239`.`sponsored_posts`, 0)
  ) * 100 AS `disclosure_rate`,
  `t239`.`cost`,
  (
    `t239`.`cost` / NULLIF(`t239`.`impressions_with_estimates`, 0)
  ) * 1000 AS `cost_per_mille`,
  `t239`.`cost` / NULLIF(`t239`.`engagements`, 0) AS `cost_per_engagement`,
  `t239`.`cost` / NULLIF(`t239`.`views`, 0) AS `cost_per_view`,
  `t239`.`cost` / NULLIF(`t239`.`brand_followers_gained`, 0) AS `cost_per_new_follower`,
  `t239`.`cost` / NULLIF(`t239`.`link_clicks`, 0) AS `cost_per_click`,
  `t239`.`cost` / NULLIF(`t239`.`orders`, 0) AS `cost_per_acquisition`,
  `t239`.`cost` / NULLIF(`t239`.`new_customers`, 0) AS `customer_acquisition_cost`,
  `t239`.`cost` / NULLIF(`t239`.`key_events`, 0) AS `cost_per_lead`,
  `t239`.`emv`,
  `t239`.`emv_authentic`,
  `t239`.`emv` / NULLIF(`t239`.`cost`, 0) AS `emv_per_cost`,
  `t239`.`paid_impressions` AS `paid_equivalent_impressions`,
  `t239`.`paid_clicks` AS `paid_equivalent_clicks`,
  `t239`.`paid_views` AS `paid_equivalent_views`,
  (
    `t239`.`impressions_vs_paid__first` / NULLIF(`t239`.`impressions_vs_paid__second`, 0)
  ) * 100 AS `impressions_vs_paid`,
  (
    `t239`.`clicks_vs_paid__first` / NULLIF(`t239`.`clicks_vs_paid__second`, 0)
  ) * 100 AS `clicks_vs_paid`,
  (
    `t239`.`views_vs_paid__first` / NULLIF(`t239`.`views_vs_paid__second`, 0)
  ) * 100 AS `views_vs_paid`,
  IF(
    `t239`.`key_messages` IS NOT NULL AND NOT ISNAN(`t239`.`key_messages`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `key_messages__provenance`,
  IF(`t239`.`platforms_selected` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS BIGINT)) AS `platforms_selected__provenance`,
  IF(
    `t239`.`influencers_contacted` IS NOT NULL
    AND NOT ISNAN(`t239`.`influencers_contacted`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `influencers_contacted__provenance`,
  IF(
    `t239`.`influencers_interested` IS NOT NULL
    AND NOT ISNAN(`t239`.`influencers_interested`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `influencers_interested__provenance`,
  IF(
    (
      (
        `t239`.`influencers_interested` / NULLIF(`t239`.`influencers_contacted`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t239`.`influencers_interested` / NULLIF(`t239`.`influencers_contacted`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `influencers_interested_rate__provenance`,
  IF(`t239`.`influencers_activated` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS BIGINT)) AS `influencers_activated__provenance`,
  IF(
    `t239`.`products_sent` IS NOT NULL AND NOT ISNAN(`t239`.`products_sent`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `products_sent__provenance`,
  IF(
    `t239`.`reach` IS NOT NULL AND NOT ISNAN(`t239`.`reach`),
    COALESCE(`t239`.`reach__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `reach__provenance`,
  IF(
    `t239`.`impressions` IS NOT NULL AND NOT ISNAN(`t239`.`impressions`),
    COALESCE(`t239`.`impressions__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `impressions__provenance`,
  IF(
    `t239`.`views` IS NOT NULL AND NOT ISNAN(`t239`.`views`),
    COALESCE(`t239`.`views__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `views__provenance`,
  IF(
    `t239`.`impressions_with_estimates` IS NOT NULL
    AND NOT ISNAN(`t239`.`impressions_with_estimates`),
    COALESCE(`t239`.`impressions_with_estimates__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `impressions_with_estimates__provenance`,
  IF(
    (
      (
        `t239`.`reach_rate__first` / NULLIF(`t239`.`reach_rate__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN((
      `t239`.`reach_rate__first` / NULLIF(`t239`.`reach_rate__second`, 0)
    ) * 100),
    COALESCE(`t239`.`reach_rate__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `reach_rate__provenance`,
  IF(
    `t239`.`brand_mentions` IS NOT NULL AND NOT ISNAN(`t239`.`brand_mentions`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `brand_mentions__provenance`,
  IF(
    (
      (
        `t239`.`brand_mentions` / NULLIF(`t239`.`mentions`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN((
      `t239`.`brand_mentions` / NULLIF(`t239`.`mentions`, 0)
    ) * 100),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `share_of_voice__provenance`,
  IF(
    (
      (
        `t239`.`brand_mention_engagements` / NULLIF(`t239`.`mention_engagements`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t239`.`brand_mention_engagements` / NULLIF(`t239`.`mention_engagements`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `share_of_engagement__provenance`,
  IF(
    `t239`.`key_message_posts` IS NOT NULL AND NOT ISNAN(`t239`.`key_message_posts`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `key_message_posts__provenance`,
  IF(
    (
      (
        `t239`.`key_message_posts` / NULLIF(CAST(`t239`.`posts` AS DOUBLE), 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t239`.`key_message_posts` / NULLIF(CAST(`t239`.`posts` AS DOUBLE), 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `key_message_rate__provenance`,
  IF(`t239`.`posts` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS BIGINT)) AS `posts__provenance`,
  IF(
    `t239`.`posts_contracted` IS NOT NULL AND NOT ISNAN(`t239`.`posts_contracted`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `posts_contracted__provenance`,
  IF(
    (
      (
        CAST(`t239`.`posts` AS DOUBLE) / NULLIF(`t239`.`posts_contracted`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        CAST(`t239`.`posts` AS DOUBLE) / NULLIF(`t239`.`posts_contracted`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `posts_delivery_rate__provenance`,
  IF(`t239`.`ugc_posts` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS BIGINT)) AS `ugc_posts__provenance`,
  IF(
    `t239`.`likes` IS NOT NULL AND NOT ISNAN(`t239`.`likes`),
    COALESCE(`t239`.`likes__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `likes__provenance`,
  IF(
    `t239`.`comments` IS NOT NULL AND NOT ISNAN(`t239`.`comments`),
    COALESCE(`t239`.`comments__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `comments__provenance`,
  IF(
    `t239`.`shares` IS NOT NULL AND NOT ISNAN(`t239`.`shares`),
    COALESCE(`t239`.`shares__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `shares__provenance`,
  IF(
    `t239`.`saves` IS NOT NULL AND NOT ISNAN(`t239`.`saves`),
    COALESCE(`t239`.`saves__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `saves__provenance`,
  IF(
    `t239`.`engagements` IS NOT NULL AND NOT ISNAN(`t239`.`engagements`),
    COALESCE(`t239`.`engagements__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagements__provenance`,
  IF(
    (
      (
        `t239`.`engagement_rate_reach__first` / NULLIF(`t239`.`engagement_rate_reach__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t239`.`engagement_rate_reach__first` / NULLIF(`t239`.`engagement_rate_reach__second`, 0)
      ) * 100
    ),
    COALESCE(`t239`.`engagement_rate_reach__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_reach__provenance`,
  IF(
    (
      (
        `t239`.`engagement_rate_followers__first` / NULLIF(`t239`.`engagement_rate_followers__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t239`.`engagement_rate_followers__first` / NULLIF(`t239`.`engagement_rate_followers__second`, 0)
      ) * 100
    ),
    COALESCE(`t239`.`engagement_rate_followers__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers__provenance`,
  IF(
    `t239`.`er_reach_post_mean` IS NOT NULL
    AND NOT ISNAN(`t239`.`er_reach_post_mean`),
    COALESCE(`t239`.`er_reach_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_reach_post_mean__provenance`,
  IF(
    `t239`.`er_reach_post_median` IS NOT NULL
    AND NOT ISNAN(`t239`.`er_reach_post_median`),
    COALESCE(`t239`.`er_reach_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_reach_post_median__provenance`,
  IF(
    `t239`.`er_reach_account_mean` IS NOT NULL
    AND NOT ISNAN(`t239`.`er_reach_account_mean`),
    COALESCE(`t239`.`er_reach_account_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_reach_account_mean__provenance`,
  IF(
    `t239`.`er_reach_account_median` IS NOT NULL
    AND NOT ISNAN(`t239`.`er_reach_account_median`),
    COALESCE(`t239`.`er_reach_account_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_reach_account_median__provenance`,
  IF(
    `t239`.`er_followers_post_mean` IS NOT NULL
    AND NOT ISNAN(`t239`.`er_followers_post_mean`),
    COALESCE(`t239`.`er_followers_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers_post_mean__provenance`,
  IF(
    `t239`.`er_followers_post_median` IS NOT NULL
    AND NOT ISNAN(`t239`.`er_followers_post_median`),
    COALESCE(`t239`.`er_followers_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers_post_median__provenance`,
  IF(
    `t239`.`er_followers_account_mean` IS NOT NULL
    AND NOT ISNAN(`t239`.`er_followers_account_mean`),
    COALESCE(`t239`.`er_followers_account_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers_account_mean__provenance`,
  IF(
    `t239`.`er_followers_account_median` IS NOT NULL
    AND NOT ISNAN(`t239`.`er_followers_account_median`),
    COALESCE(`t239`.`er_followers_account_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers_account_median__provenance`,
  IF(
    (
      (
        `t239`.`engagement_rate_impressions__first` / NULLIF(`t239`.`engagement_rate_impressions__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t239`.`engagement_rate_impressions__first` / NULLIF(`t239`.`engagement_rate_impressions__second`, 0)
      ) * 100
    ),
    COALESCE(`t239`.`engagement_rate_impressions__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions__provenance`,
  IF(
    `t239`.`er_impressions_post_mean` IS NOT NULL
    AND NOT ISNAN(`t239`.`er_impressions_post_mean`),
    COALESCE(`t239`.`er_impressions_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions_post_mean__provenance`,
  IF(
    `t239`.`er_impressions_post_median` IS NOT NULL
    AND NOT ISNAN(`t239`.`er_impressions_post_median`),
    COALESCE(`t239`.`er_impressions_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions_post_median__provenance`,
  IF(
    `t239`.`er_impressions_account_mean` IS NOT NULL
    AND NOT ISNAN(`t239`.`er_impressions_account_mean`),
    COALESCE(`t239`.`er_impressions_account_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions_account_mean__provenance`,
  IF(
    `t239`.`er_impressions_account_median` IS NOT NULL
    AND NOT ISNAN(`t239`.`er_impressions_account_median`),
    COALESCE(`t239`.`er_impressions_account_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions_account_median__provenance`,
  IF(
    (
      (
        `t239`.`engagement_rate_views__first` / NULLIF(`t239`.`engagement_rate_views__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t239`.`engagement_rate_views__first` / NULLIF(`t239`.`engagement_rate_views__second`, 0)
      ) * 100
    ),
    COALESCE(`t239`.`engagement_rate_views__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views__provenance`,
  IF(
    `t239`.`er_views_post_mean` IS NOT NULL
    AND NOT ISNAN(`t239`.`er_views_post_mean`),
    COALESCE(`t239`.`er_views_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views_post_mean__provenance`,
  IF(
    `t239`.`er_views_post_median` IS NOT NULL
    AND NOT ISNAN(`t239`.`er_views_post_median`),
    COALESCE(`t239`.`er_views_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views_post_median__provenance`,
  IF(
    `t239`.`er_views_account_mean` IS NOT NULL
    AND NOT ISNAN(`t239`.`er_views_account_mean`),
    COALESCE(`t239`.`er_views_account_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views_account_mean__provenance`,
  IF(
    `t239`.`er_views_account_median` IS NOT NULL
    AND NOT ISNAN(`t239`.`er_views_account_median`),
    COALESCE(`t239`.`er_views_account_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views_account_median__provenance`,
  IF(
    `t239`.`clicks` IS NOT NULL AND NOT ISNAN(`t239`.`clicks`),
    COALESCE(`t239`.`clicks__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `platform_link_clicks__provenance`,
  IF(
    `t239`.`followers_gained` IS NOT NULL AND NOT ISNAN(`t239`.`followers_gained`),
    COALESCE(`t239`.`followers_gained__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `followers_gained__provenance`,
  IF(
    (
      (
        `t239`.`follower_growth_rate__first` / NULLIF(`t239`.`follower_growth_rate__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t239`.`follower_growth_rate__first` / NULLIF(`t239`.`follower_growth_rate__second`, 0)
      ) * 100
    ),
    COALESCE(`t239`.`follower_growth_rate__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `follower_growth_rate__provenance`,
  IF(
    (
      `t239`.`followers_gained_above_trend__first` - `t239`.`followers_gained_above_trend__second`
    ) IS NOT NULL
    AND NOT ISNAN(
      `t239`.`followers_gained_above_trend__first` - `t239`.`followers_gained_above_trend__second`
    ),
    COALESCE(`t239`.`followers_gained_above_trend__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `followers_gained_above_trend__provenance`,
  IF(
    `t239`.`brand_followers_gained` IS NOT NULL
    AND NOT ISNAN(`t239`.`brand_followers_gained`),
    COALESCE(`t239`.`brand_followers_gained__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `brand_followers_gained__provenance`,
  IF(
    (
      (
        `t239`.`brand_follower_growth_rate__first` / NULLIF(`t239`.`brand_follower_growth_rate__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t239`.`brand_follower_growth_rate__first` / NULLIF(`t239`.`brand_follower_growth_rate__second`, 0)
      ) * 100
    ),
    COALESCE(`t239`.`brand_follower_growth_rate__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `brand_follower_growth_rate__provenance`,
  IF(
    (
      `t239`.`brand_followers_gained_above_trend__first` - `t239`.`brand_followers_gained_above_trend__second`
    ) IS NOT NULL
    AND NOT ISNAN(
      `t239`.`brand_followers_gained_above_trend__first` - `t239`.`brand_followers_gained_above_trend__second`
    ),
    COALESCE(`t239`.`brand_followers_gained_above_trend__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `brand_followers_gained_above_trend__provenance`,
  IF(
    `t239`.`link_clicks` IS NOT NULL AND NOT ISNAN(`t239`.`link_clicks`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `tracked_clicks__provenance`,
  IF(
    `t239`.`unique_link_clicks` IS NOT NULL
    AND NOT ISNAN(`t239`.`unique_link_clicks`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `unique_clicks__provenance`,
  IF(
    `t239`.`bot_link_clicks` IS NOT NULL AND NOT ISNAN(`t239`.`bot_link_clicks`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `bot_clicks__provenance`,
  IF(
    (
      (
        `t239`.`link_clicks` / NULLIF(`t239`.`impressions_with_estimates`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t239`.`link_clicks` / NULLIF(`t239`.`impressions_with_estimates`, 0)
      ) * 100
    ),
    COALESCE(`t239`.`impressions_with_estimates__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `click_through_rate__provenance`,
  IF(
    `t239`.`sessions` IS NOT NULL AND NOT ISNAN(`t239`.`sessions`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `sessions__provenance`,
  IF(
    `t239`.`new_users` IS NOT NULL AND NOT ISNAN(`t239`.`new_users`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `new_users__provenance`,
  IF(
    (
      (
        `t239`.`bounced_sessions` / NULLIF(`t239`.`sessions`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN((
      `t239`.`bounced_sessions` / NULLIF(`t239`.`sessions`, 0)
    ) * 100),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `bounce_rate__provenance`,
  IF(
    (
      `t239`.`session_seconds` / NULLIF(`t239`.`sessions`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t239`.`session_seconds` / NULLIF(`t239`.`sessions`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `average_session_duration__provenance`,
  IF(
    (
      `t239`.`page_views` / NULLIF(`t239`.`sessions`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t239`.`page_views` / NULLIF(`t239`.`sessions`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `pages_per_session__provenance`,
  IF(
    `t239`.`key_events` IS NOT NULL AND NOT ISNAN(`t239`.`key_events`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `leads__provenance`,
  IF(
    `t239`.`orders` IS NOT NULL AND NOT ISNAN(`t239`.`orders`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `conversions__provenance`,
  IF(
    (
      (
        `t239`.`orders` / NULLIF(`t239`.`unique_link_clicks`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN((
      `t239`.`orders` / NULLIF(`t239`.`unique_link_clicks`, 0)
    ) * 100),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `conversion_rate__provenance`,
  IF(
    `t239`.`revenue` IS NOT NULL AND NOT ISNAN(`t239`.`revenue`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `revenue__provenance`,
  IF(
    (
      `t239`.`revenue` / NULLIF(`t239`.`orders`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t239`.`revenue` / NULLIF(`t239`.`orders`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `average_order_value__provenance`,
  IF(
    `t239`.`new_customers` IS NOT NULL AND NOT ISNAN(`t239`.`new_customers`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `new_customers__provenance`,
  IF(
    (
      `t239`.`revenue` / NULLIF(`t239`.`cost`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t239`.`revenue` / NULLIF(`t239`.`cost`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `return_on_ad_spend__provenance`,
  IF(
    (
      (
        (
          `t239`.`revenue` - `t239`.`cost`
        ) / NULLIF(`t239`.`cost`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        (
          `t239`.`revenue` - `t239`.`cost`
        ) / NULLIF(`t239`.`cost`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `return_on_investment__provenance`,
  IF(
    (
      (
        (
          `t239`.`revenue` - `t239`.`cost`
        ) / NULLIF(`t239`.`revenue`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        (
          `t239`.`revenue` - `t239`.`cost`
        ) / NULLIF(`t239`.`revenue`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `profitability__provenance`,
  IF(
    `t239`.`sponsored_posts` IS NOT NULL AND NOT ISNAN(`t239`.`sponsored_posts`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `sponsored_posts__provenance`,
  IF(
    `t239`.`disclosed_sponsored_posts` IS NOT NULL
    AND NOT ISNAN(`t239`.`disclosed_sponsored_posts`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `disclosed_sponsored_posts__provenance`,
  IF(
    (
      (
        `t239`.`disclosed_sponsored_posts` / NULLIF(`t239`.`sponsored_posts`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t239`.`disclosed_sponsored_posts` / NULLIF(`t239`.`sponsored_posts`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `disclosure_rate__provenance`,
  IF(
    `t239`.`cost` IS NOT NULL AND NOT ISNAN(`t239`.`cost`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost__provenance`,
  IF(
    (
      (
        `t239`.`cost` / NULLIF(`t239`.`impressions_with_estimates`, 0)
      ) * 1000
    ) IS NOT NULL
    AND NOT ISNAN((
      `t239`.`cost` / NULLIF(`t239`.`impressions_with_estimates`, 0)
    ) * 1000),
    COALESCE(`t239`.`impressions_with_estimates__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_mille__provenance`,
  IF(
    (
      `t239`.`cost` / NULLIF(`t239`.`engagements`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t239`.`cost` / NULLIF(`t239`.`engagements`, 0)),
    COALESCE(`t239`.`engagements__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_engagement__provenance`,
  IF(
    (
      `t239`.`cost` / NULLIF(`t239`.`views`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t239`.`cost` / NULLIF(`t239`.`views`, 0)),
    COALESCE(`t239`.`views__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_view__provenance`,
  IF(
    (
      `t239`.`cost` / NULLIF(`t239`.`brand_followers_gained`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t239`.`cost` / NULLIF(`t239`.`brand_followers_gained`, 0)),
    COALESCE(`t239`.`brand_followers_gained__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_new_follower__provenance`,
  IF(
    (
      `t239`.`cost` / NULLIF(`t239`.`link_clicks`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t239`.`cost` / NULLIF(`t239`.`link_clicks`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_click__provenance`,
  IF(
    (
      `t239`.`cost` / NULLIF(`t239`.`orders`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t239`.`cost` / NULLIF(`t239`.`orders`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_acquisition__provenance`,
  IF(
    (
      `t239`.`cost` / NULLIF(`t239`.`new_customers`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t239`.`cost` / NULLIF(`t239`.`new_customers`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `customer_acquisition_cost__provenance`,
  IF(
    (
      `t239`.`cost` / NULLIF(`t239`.`key_events`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t239`.`cost` / NULLIF(`t239`.`key_events`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_lead__provenance`,
  IF(
    `t239`.`emv` IS NOT NULL AND NOT ISNAN(`t239`.`emv`),
    COALESCE(`t239`.`emv__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `emv__provenance`,
  IF(
    `t239`.`emv_authentic` IS NOT NULL AND NOT ISNAN(`t239`.`emv_authentic`),
    COALESCE(`t239`.`emv_authentic__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `emv_authentic__provenance`,
  IF(
    (
      `t239`.`emv` / NULLIF(`t239`.`cost`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t239`.`emv` / NULLIF(`t239`.`cost`, 0)),
    COALESCE(`t239`.`emv__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `emv_per_cost__provenance`,
  IF(
    `t239`.`paid_impressions` IS NOT NULL AND NOT ISNAN(`t239`.`paid_impressions`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `paid_equivalent_impressions__provenance`,
  IF(
    `t239`.`paid_clicks` IS NOT NULL AND NOT ISNAN(`t239`.`paid_clicks`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `paid_equivalent_clicks__provenance`,
  IF(
    `t239`.`paid_views` IS NOT NULL AND NOT ISNAN(`t239`.`paid_views`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `paid_equivalent_views__provenance`,
  IF(
    (
      (
        `t239`.`impressions_vs_paid__first` / NULLIF(`t239`.`impressions_vs_paid__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t239`.`impressions_vs_paid__first` / NULLIF(`t239`.`impressions_vs_paid__second`, 0)
      ) * 100
    ),
    COALESCE(`t239`.`impressions_vs_paid__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `impressions_vs_paid__provenance`,
  IF(
    (
      (
        `t239`.`clicks_vs_paid__first` / NULLIF(`t239`.`clicks_vs_paid__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t239`.`clicks_vs_paid__first` / NULLIF(`t239`.`clicks_vs_paid__second`, 0)
      ) * 100
    ),
    COALESCE(`t239`.`clicks_vs_paid__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `clicks_vs_paid__provenance`,
  IF(
    (
      (
        `t239`.`views_vs_paid__first` / NULLIF(`t239`.`views_vs_paid__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t239`.`views_vs_paid__first` / NULLIF(`t239`.`views_vs_paid__second`, 0)
      ) * 100
    ),
    COALESCE(`t239`.`views_vs_paid__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `views_vs_paid__provenance`
FROM (
  SELECT
    `t238`.`influencer_id`,
    `t238`.`platform`,
    `t238`.`key_messages`,
    `t238`.`platforms_selected`,
    `t238`.`influencers_contacted`,
    `t238`.`influencers_interested`,
    `t238`.`influencers_activated`,
    `t238`.`products_sent`,
    `t238`.`reach`,
    `t238`.`impressions`,
    `t238`.`views`,
    `t238`.`impressions_with_estimates`,
    `t238`.`reach_rate__first`,
    `t238`.`reach_rate__second`,
    `t238`.`brand_mentions`,
    `t238`.`mentions`,
    `t238`.`brand_mention_engagements`,
    `t238`.`mention_engagements`,
    `t238`.`key_message_posts`,
    `t238`.`posts`,
    `t238`.`posts_contracted`,
    `t238`.`ugc_posts`,
    `t238`.`likes`,
    `t238`.`comments`,
    `t238`.`shares`,
    `t238`.`saves`,
    `t238`.`engagements`,
    `t238`.`engagement_rate_reach__first`,
    `t238`.`engagement_rate_reach__second`,
    `t238`.`engagement_rate_followers__first`,
    `t238`.`engagement_rate_followers__second`,
    `t238`.`er_reach_post_mean`,
    `t238`.`er_reach_post_median`,
    `t238`.`er_followers_post_mean`,
    `t238`.`er_followers_post_median`,
    `t238`.`engagement_rate_impressions__first`,
    `t238`.`engagement_rate_impressions__second`,
    `t238`.`er_impressions_post_mean`,
    `t238`.`er_impressions_post_median`,
    `t238`.`engagement_rate_views__first`,
    `t238`.`engagement_rate_views__second`,
    `t238`.`er_views_post_mean`,
    `t238`.`er_views_post_median`,
    `t238`.`clicks`,
    `t238`.`followers_gained`,
    `t238`.`follower_growth_rate__first`,
    `t238`.`follower_growth_rate__second`,
    `t238`.`followers_gained_above_trend__first`,
    `t238`.`followers_gained_above_trend__second`,
    `t238`.`brand_followers_gained`,
    `t238`.`brand_follower_growth_rate__first`,
    `t238`.`brand_follower_growth_rate__second`,
    `t238`.`brand_followers_gained_above_trend__first`,
    `t238`.`brand_followers_gained_above_trend__second`,
    `t238`.`link_clicks`,
    `t238`.`unique_link_clicks`,
    `t238`.`bot_link_clicks`,
    `t238`.`sessions`,
    `t238`.`new_users`,
    `t238`.`bounced_sessions`,
    `t238`.`session_seconds`,
    `t238`.`page_views`,
    `t238`.`key_events`,
    `t238`.`orders`,
    `t238`.`revenue`,
    `t238`.`new_customers`,
    `t238`.`cost`,
    `t238`.`sponsored_posts`,
    `t238`.`disclosed_sponsored_posts`,
    `t238`.`emv`,
    `t238`.`emv_authentic`,
    `t238`.`paid_impressions`,
    `t238`.`paid_clicks`,
    `t238`.`paid_views`,
    `t238`.`impressions_vs_paid__first`,
    `t238`.`impressions_vs_paid__second`,
    `t238`.`clicks_vs_paid__first`,
    `t238`.`clicks_vs_paid__second`,
    `t238`.`views_vs_paid__first`,
    `t238`.`views_vs_paid__second`,
    `t238`.`reach__provenance`,
    `t238`.`impressions__provenance`,
    `t238`.`views__provenance`,
    `t238`.`impressions_with_estimates__provenance`,
    `t238`.`reach_rate__pair__provenance`,
    `t238`.`likes__provenance`,
    `t238`.`comments__provenance`,
    `t238`.`shares__provenance`,
    `t238`.`saves__provenance`,
    `t238`.`engagements__provenance`,
    `t238`.`engagement_rate_reach__pair__provenance`,
    `t238`.`engagement_rate_followers__pair__provenance`,
    `t238`.`er_reach_post_mean__provenance`,
    `t238`.`er_followers_post_mean__provenance`,
    `t238`.`engagement_rate_impressions__pair__provenance`,
    `t238`.`er_impressions_post_mean__provenance`,
    `t238`.`engagement_rate_views__pair__provenance`,
    `t238`.`er_views_post_mean__provenance`,
    `t238`.`clicks__provenance`,
    `t238`.`followers_gained__provenance`,
    `t238`.`follower_growth_rate__pair__provenance`,
    `t238`.`followers_gained_above_trend__pair__provenance`,
    `t238`.`brand_followers_gained__provenance`,
    `t238`.`brand_follower_growth_rate__pair__provenance`,
    `t238`.`brand_followers_gained_above_trend__pair__provenance`,
    `t238`.`emv__provenance`,
    `t238`.`emv_authentic__provenance`,
    `t238`.`impressions_vs_paid__pair__provenance`,
    `t238`.`clicks_vs_paid__pair__provenance`,
    `t238`.`views_vs_paid__pair__provenance`,
    `t236`.`er_reach_account_mean`,
    `t236`.`er_reach_account_median`,
    `t236`.`er_followers_account_mean`,
    `t236`.`er_followers_account_median`,
    `t236`.`er_impressions_account_mean`,
    `t236`.`er_impressions_account_median`,
    `t236`.`er_views_account_mean`,
    `t236`.`er_views_account_median`,
    `t236`.`er_reach_account_mean__provenance`,
    `t236`.`er_reach_account_median__provenance`,
    `t236`.`er_followers_account_mean__provenance`,
    `t236`.`er_followers_account_median__provenance`,
    `t236`.`er_impressions_account_mean__provenance`,
    `t236`.`er_impressions_account_median__provenance`,
    `t236`.`er_views_account_mean__provenance`,
    `t236`.`er_views_account_median__provenance`,
    `t45`.`influencer`
  FROM (
    SELECT
      `t234`.`influencer_id`,
      `t234`.`platform`,
      `t234`.`key_messages`,
      `t234`.`platforms_selected`,
      `t234`.`influencers_contacted`,
      `t234`.`influencers_interested`,
      `t234`.`influencers_activated`,
      `t234`.`products_sent`,
      `t234`.`reach`,
      `t234`.`impressions`,
      `t234`.`views`,
      `t234`.`impressions_with_estimates`,
      `t234`.`reach_rate__first`,
      `t234`.`reach_rate__second`,
      `t234`.`brand_mentions`,
      `t234`.`mentions`,
      `t234`.`brand_mention_engagements`,
      `t234`.`mention_engagements`,
      `t234`.`key_message_posts`,
      `t234`.`posts`,
      `t234`.`posts_contracted`,
      `t234`.`ugc_posts`,
      `t234`.`likes`,
      `t234`.`comments`,
      `t234`.`shares`,
      `t234`.`saves`,
      `t234`.`engagements`,
      `t234`.`engagement_rate_reach__first`,
      `t234`.`engagement_rate_reach__second`,
      `t234`.`engagement_rate_followers__first`,
      `t234`.`engagement_rate_followers__second`,
      `t234`.`er_reach_post_mean`,
      `t234`.`er_reach_post_median`,
      `t234`.`er_followers_post_mean`,
      `t234`.`er_followers_post_median`,
      `t234`.`engagement_rate_impressions__first`,
      `t234`.`engagement_rate_impressions__second`,
      `t234`.`er_impressions_post_mean`,
      `t234`.`er_impressions_post_median`,
      `t234`.`engagement_rate_views__first`,
      `t234`.`engagement_rate_views__second`,
      `t234`.`er_views_post_mean`,
      `t234`.`er_views_post_median`,
      `t234`.`clicks`,
      `t234`.`followers_gained`,
      `t234`.`follower_growth_rate__first`,
      `t234`.`follower_growth_rate__second`,
      `t234`.`followers_gained_above_trend__first`,
      `t234`.`followers_gained_above_trend__second`,
      `t234`.`brand_followers_gained`,
      `t234`.`brand_follower_growth_rate__first`,
      `t234`.`brand_follower_growth_rate__second`,
      `t234`.`brand_followers_gained_above_trend__first`,
      `t234`.`brand_followers_gained_above_trend__second`,
      `t234`.`link_clicks`,
      `t234`.`unique_link_clicks`,
      `t234`.`bot_link_clicks`,
      `t234`.`sessions`,
      `t234`.`new_users`,
      `t234`.`bounced_sessions`,
      `t234`.`session_seconds`,
      `t234`.`page_views`,
      `t234`.`key_events`,
      `t234`.`orders`,
      `t234`.`revenue`,
      `t234`.`new_customers`,
      `t234`.`cost`,
      `t234`.`sponsored_posts`,
      `t234`.`disclosed_sponsored_posts`,
      `t234`.`emv`,
      `t234`.`emv_authentic`,
      `t234`.`paid_impressions`,
      `t234`.`paid_clicks`,
      `t234`.`paid_views`,
      `t234`.`impressions_vs_paid__first`,
      `t234`.`impressions_vs_paid__second`,
      `t234`.`clicks_vs_paid__first`,
      `t234`.`clicks_vs_paid__second`,
      `t234`.`views_vs_paid__first`,
      `t234`.`views_vs_paid__second`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 0)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 0)
        ) & 3
      ) AS `reach__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 2)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 2)
        ) & 3
      ) AS `impressions__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 4)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 4)
        ) & 3
      ) AS `views__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 6)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 6)
        ) & 3
      ) AS `impressions_with_estimates__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 8)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 8)
        ) & 3
      ) AS `reach_rate__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 10)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 10)
        ) & 3
      ) AS `likes__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 12)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 12)
        ) & 3
      ) AS `comments__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 14)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 14)
        ) & 3
      ) AS `shares__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 16)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 16)
        ) & 3
      ) AS `saves__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 18)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 18)
        ) & 3
      ) AS `engagements__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 20)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 20)
        ) & 3
      ) AS `engagement_rate_reach__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 22)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 22)
        ) & 3
      ) AS `engagement_rate_followers__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 24)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 24)
        ) & 3
      ) AS `er_reach_post_mean__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 26)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 26)
        ) & 3
      ) AS `er_followers_post_mean__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 28)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 28)
        ) & 3
      ) AS `engagement_rate_impressions__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 30)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 30)
        ) & 3
      ) AS `er_impressions_post_mean__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 32)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 32)
        ) & 3
      ) AS `engagement_rate_views__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 34)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 34)
        ) & 3
      ) AS `er_views_post_mean__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 36)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 36)
        ) & 3
      ) AS `clicks__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 38)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 38)
        ) & 3
      ) AS `followers_gained__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 40)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 40)
        ) & 3
      ) AS `follower_growth_rate__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 42)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 42)
        ) & 3
      ) AS `followers_gained_above_trend__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 44)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 44)
        ) & 3
      ) AS `brand_followers_gained__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 46)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 46)
        ) & 3
      ) AS `brand_follower_growth_rate__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 48)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 48)
        ) & 3
      ) AS `brand_followers_gained_above_trend__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 50)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 50)
        ) & 3
      ) AS `emv__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 52)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 52)
        ) & 3
      ) AS `emv_authentic__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 54)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 54)
        ) & 3
      ) AS `impressions_vs_paid__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 56)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 56)
        ) & 3
      ) AS `clicks_vs_paid__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t234`.`ranks__0`, 58)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t234`.`ranks__0`, 58)
        ) & 3
      ) AS `views_vs_paid__pair__provenance`
    FROM (
      SELECT
        `t229`.`influencer_id`,
        `t229`.`platform`,
        SUM(`t229`.`key_messages`) AS `key_messages`,
        COUNT(DISTINCT `t229`.`post_platform`) AS `platforms_selected`,
        SUM(`t229`.`influencers_contacted`) AS `influencers_contacted`,
        SUM(`t229`.`influencers_interested`) AS `influencers_interested`,
        COUNT(DISTINCT `t229`.`publishing_influencer`) AS `influencers_activated`,
        SUM(`t229`.`products_sent`) AS `products_sent`,
        SUM(`t229`.`reach`) AS `reach`,
        SUM(`t229`.`impressions`) AS `impressions`,
        SUM(`t229`.`views`) AS `views`,
        SUM(`t229`.`impressions_with_estimates`) AS `impressions_with_estimates`,
        SUM(
          IF(
            `t229`.`reach` IS NOT NULL
            AND NOT ISNAN(`t229`.`reach`)
            AND (
              `t229`.`followers` IS NOT NULL AND NOT ISNAN(`t229`.`followers`)
            ),
            `t229`.`reach`,
            NULL
          )
        ) AS `reach_rate__first`,
        SUM(
          IF(
            `t229`.`reach` IS NOT NULL
            AND NOT ISNAN(`t229`.`reach`)
            AND (
              `t229`.`followers` IS NOT NULL AND NOT ISNAN(`t229`.`followers`)
            ),
            `t229`.`followers`,
            NULL
          )
        ) AS `reach_rate__second`,
        SUM(`t229`.`brand_mentions`) AS `brand_mentions`,
        SUM(`t229`.`mentions`) AS `mentions`,
        SUM(`t229`.`brand_mention_engagements`) AS `brand_mention_engagements`,
        SUM(`t229`.`mention_engagements`) AS `mention_engagements`,
        SUM(`t229`.`key_message_posts`) AS `key_message_posts`,
        COUNT(`t229`.`post_id`) AS `posts`,
        SUM(`t229`.`posts_contracted`) AS `posts_contracted`,
        COUNT(DISTINCT `t229`.`ugc_post`) AS `ugc_posts`,
        SUM(`t229`.`likes`) AS `likes`,
        SUM(`t229`.`comments`) AS `comments`,
        SUM(`t229`.`shares`) AS `shares`,
        SUM(`t229`.`saves`) AS `saves`,
        SUM(`t229`.`engagements`) AS `engagements`,
        SUM(
          IF(
            `t229`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t229`.`engagements`)
            AND (
              `t229`.`reach` IS NOT NULL AND NOT ISNAN(`t229`.`reach`)
            ),
            `t229`.`engagements`,
            NULL
          )
        ) AS `engagement_rate_reach__first`,
        SUM(
          IF(
            `t229`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t229`.`engagements`)
            AND (
              `t229`.`reach` IS NOT NULL AND NOT ISNAN(`t229`.`reach`)
            ),
            `t229`.`reach`,
            NULL
          )
        ) AS `engagement_rate_reach__second`,
        SUM(
          IF(
            `t229`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t229`.`engagements`)
            AND (
              `t229`.`followers` IS NOT NULL AND NOT ISNAN(`t229`.`followers`)
            ),
            `t229`.`engagements`,
            NULL
          )
        ) AS `engagement_rate_followers__first`,
        SUM(
          IF(
            `t229`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t229`.`engagements`)
            AND (
              `t229`.`followers` IS NOT NULL AND NOT ISNAN(`t229`.`followers`)
            ),
            `t229`.`followers`,
            NULL
          )
        ) AS `engagement_rate_followers__second`,
        AVG(`t229`.`er_reach_post`) AS `er_reach_post_mean`,
        PERCENTILE(`t229`.`er_reach_post`, 0.5) AS `er_reach_post_median`,
        AVG(`t229`.`er_followers_post`) AS `er_followers_post_mean`,
        PERCENTILE(`t229`.`er_followers_post`, 0.5) AS `er_followers_post_median`,
        SUM(
          IF(
            `t229`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t229`.`engagements`)
            AND (
              `t229`.`impressions` IS NOT NULL AND NOT ISNAN(`t229`.`impressions`)
            ),
            `t229`.`engagements`,
            NULL
          )
        ) AS `engagement_rate_impressions__first`,
        SUM(
          IF(
            `t229`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t229`.`engagements`)
            AND (
              `t229`.`impressions` IS NOT NULL AND NOT ISNAN(`t229`.`impressions`)
            ),
            `t229`.`impressions`,
            NULL
          )
        ) AS `engagement_rate_impressions__second`,
        AVG(`t229`.`er_impressions_post`) AS `er_impressions_post_mean`,
        PERCENTILE(`t229`.`er_impressions_post`, 0.5) AS `er_impressions_post_median`,
        SUM(
          IF(
            `t229`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t229`.`engagements`)
            AND (
              `t229`.`views` IS NOT NULL AND NOT ISNAN(`t229`.`views`)
            ),
            `t229`.`engagements`,
            NULL
          )
        ) AS `engagement_rate_views__first`,
        SUM(
          IF(
            `t229`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t229`.`engagements`)
            AND (
              `t229`.`views` IS NOT NULL AND NOT ISNAN(`t229`.`views`)
            ),
            `t229`.`views`,
            NULL
          )
        ) AS `engagement_rate_views__second`,
        AVG(`t229`.`er_views_post`) AS `er_views_post_mean`,
        PERCENTILE(`t229`.`er_views_post`, 0.5) AS `er_views_post_median`,
        SUM(`t229`.`clicks`) AS `clicks`,
        SUM(`t229`.`followers_gained`) AS `followers_gained`,
        SUM(
          IF(
            `t229`.`followers_gained` IS NOT NULL
            AND NOT ISNAN(`t229`.`followers_gained`)
            AND (
              `t229`.`followers_start` IS NOT NULL AND NOT ISNAN(`t229`.`followers_start`)
            ),
            `t229`.`followers_gained`,
            NULL
          )
        ) AS `follower_growth_rate__first`,
        SUM(
          IF(
            `t229`.`followers_gained` IS NOT NULL
            AND NOT ISNAN(`t229`.`followers_gained`)
            AND (
              `t229`.`followers_start` IS NOT NULL AND NOT ISNAN(`t229`.`followers_start`)
            ),
            `t229`.`followers_start`,
            NULL
          )
        ) AS `follower_growth_rate__second`,
        SUM(
          IF(
            `t229`.`followers_gained` IS NOT NULL
            AND NOT ISNAN(`t229`.`followers_gained`)
            AND (
              `t229`.`followers_expected_gain` IS NOT NULL
              AND NOT ISNAN(`t229`.`followers_expected_gain`)
            ),
            `t229`.`followers_gained`,
            NULL
          )
        ) AS `followers_gained_above_trend__first`,
        SUM(
          IF(
            `t229`.`followers_gained` IS NOT NULL
            AND NOT ISNAN(`t229`.`followers_gained`)
            AND (
              `t229`.`followers_expected_gain` IS NOT NULL
              AND NOT ISNAN(`t229`.`followers_expected_gain`)
            ),
            `t229`.`followers_expected_gain`,
            NULL
          )
        ) AS `followers_gained_above_trend__second`,
        SUM(`t229`.`brand_followers_gained`) AS `brand_followers_gained`,
        SUM(
          IF(
            `t229`.`brand_followers_gained` IS NOT NULL
            AND NOT ISNAN(`t229`.`brand_followers_gained`)
            AND (
              `t229`.`brand_followers_start` IS NOT NULL
              AND NOT ISNAN(`t229`.`brand_followers_start`)
            ),
            `t229`.`brand_followers_gained`,
            NULL
          )
        ) AS `brand_follower_growth_rate__first`,
        SUM(
          IF(
            `t229`.`brand_followers_gained` IS NOT NULL
            AND NOT ISNAN(`t229`.`brand_followers_gained`)
            AND (
              `t229`.`brand_followers_start` IS NOT NULL
              AND NOT ISNAN(`t229`.`brand_followers_start`)
            ),
            `t229`.`brand_followers_start`,
            NULL
          )
        ) AS `brand_follower_growth_rate__second`,
        SUM(
          IF(
            `t229`.`brand_followers_gained` IS NOT NULL
            AND NOT ISNAN(`t229`.`brand_followers_gained`)
            AND (
              `t229`.`brand_followers_expected_gain` IS NOT NULL
              AND NOT ISNAN(`t229`.`brand_followers_expected_gain`)
            ),
            `t229`.`brand_followers_gained`,
            NULL
          )
        ) AS `brand_followers_gained_above_trend__first`,
        SUM(
          IF(
            `t229`.`brand_followers_gained` IS NOT NULL
            AND NOT ISNAN(`t229`.`brand_followers_gained`)
            AND (
              `t229`.`brand_followers_expected_gain` IS NOT NULL
              AND NOT ISNAN(`t229`.`brand_followers_expected_gain`)
            ),
            `t229`.`brand_followers_expected_gain`,
            NULL
          )
        ) AS `brand_followers_gained_above_trend__second`,
        SUM(`t229`.`link_clicks`) AS `link_clicks`,
        SUM(`t229`.`unique_link_clicks`) AS `unique_link_clicks`,
        SUM(`t229`.`bot_link_clicks`) AS `bot_link_clicks`,
        SUM(`t229`.`sessions`) AS `sessions`,
        SUM(`t229`.`new_users`) AS `new_users`,
        SUM(`t229`.`bounced_sessions`) AS `bounced_sessions`,
        SUM(`t229`.`session_seconds`) AS `session_seconds`,
        SUM(`t229`.`page_views`) AS `page_views`,
        SUM(`t229`.`key_events`) AS `key_events`,
        SUM(`t229`.`orders`) AS `orders`,
        SUM(`t229`.`revenue`) AS `revenue`,
        SUM(`t229`.`new_customers`) AS `new_customers`,
        SUM(`t229`.`cost`) AS `cost`,
        SUM(`t229`.`sponsored_posts`) AS `sponsored_posts`,
        SUM(`t229`.`disclosed_sponsored_posts`) AS `disclosed_sponsored_posts`,
        SUM(`t229`.`emv`) AS `emv`,
        SUM(`t229`.`emv_authentic`) AS `emv_authentic`,
        SUM(`t229`.`paid_impressions`) AS `paid_impressions`,
        SUM(`t229`.`paid_clicks`) AS `paid_clicks`,
        SUM(`t229`.`paid_views`) AS `paid_views`,
        SUM(
          IF(
            `t229`.`impressions_with_estimates` IS NOT NULL
            AND NOT ISNAN(`t229`.`impressions_with_estimates`)
            AND (
              `t229`.`paid_impressions` IS NOT NULL AND NOT ISNAN(`t229`.`paid_impressions`)
            ),
            `t229`.`impressions_with_estimates`,
            NULL
          )
        ) AS `impressions_vs_paid__first`,
        SUM(
          IF(
            `t229`.`impressions_with_estimates` IS NOT NULL
            AND NOT ISNAN(`t229`.`impressions_with_estimates`)
            AND (
              `t229`.`paid_impressions` IS NOT NULL AND NOT ISNAN(`t229`.`paid_impressions`)
            ),
            `t229`.`paid_impressions`,
            NULL
          )
        ) AS `impressions_vs_paid__second`,
        SUM(
          IF(
            `t229`.`clicks` IS NOT NULL
            AND NOT ISNAN(`t229`.`clicks`)
            AND (
              `t229`.`paid_clicks` IS NOT NULL AND NOT ISNAN(`t229`.`paid_clicks`)
            ),
            `t229`.`clicks`,
            NULL
          )
        ) AS `clicks_vs_paid__first`,
        SUM(
          IF(
            `t229`.`clicks` IS NOT NULL
            AND NOT ISNAN(`t229`.`clicks`)
            AND (
              `t229`.`paid_clicks` IS NOT NULL AND NOT ISNAN(`t229`.`paid_clicks`)
            ),
            `t229`.`paid_clicks`,
            NULL
          )
        ) AS `clicks_vs_paid__second`,
        SUM(
          IF(
            `t229`.`views` IS NOT NULL
            AND NOT ISNAN(`t229`.`views`)
            AND (
              `t229`.`paid_views` IS NOT NULL AND NOT ISNAN(`t229`.`paid_views`)
            ),
            `t229`.`views`,
            NULL
          )
        ) AS `views_vs_paid__first`,
        SUM(
          IF(
            `t229`.`views` IS NOT NULL
            AND NOT ISNAN(`t229`.`views`)
            AND (
              `t229`.`paid_views` IS NOT NULL AND NOT ISNAN(`t229`.`paid_views`)
            ),
            `t229`.`paid_views`,
            NULL
          )
        ) AS `views_vs_paid__second`,
        BIT_OR(
          (
            SHIFTLEFT(
              IF(
                `t229`.`reach` IS NOT NULL AND NOT ISNAN(`t229`.`reach`),
                COALESCE(`t229`.`reach__provenance`, 0),
                0
              ),
              0
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t229`.`impressions` IS NOT NULL AND NOT ISNAN(`t229`.`impressions`),
                COALESCE(`t229`.`impressions__provenance`, 0),
                0
              ),
              2
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t229`.`views` IS NOT NULL AND NOT ISNAN(`t229`.`views`),
                COALESCE(`t229`.`views__provenance`, 0),
                0
              ),
              4
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t229`.`impressions_with_estimates` IS NOT NULL
                AND NOT ISNAN(`t229`.`impressions_with_estimates`),
                COALESCE(`t229`.`impressions_with_estimates__provenance`, 0),
                0
              ),
              6
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t229`.`reach` IS NOT NULL
                AND NOT ISNAN(`t229`.`reach`)
                AND (
                  `t229`.`followers` IS NOT NULL AND NOT ISNAN(`t229`.`followers`)
                ),
                COALESCE(
                  NULLIF(
                    GREATEST(
                      COALESCE(`t229`.`reach__provenance`, -1),
                      COALESCE(`t229`.`followers__provenance`, -1)
                    ),
                    -1
                  ),
                  0
                ),
                0
              ),
              8
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t229`.`likes` IS NOT NULL AND NOT ISNAN(`t229`.`likes`),
                COALESCE(`t229`.`likes__provenance`, 0),
                0
              ),
              10
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t229`.`comments` IS NOT NULL AND NOT ISNAN(`t229`.`comments`),
                COALESCE(`t229`.`comments__provenance`, 0),
                0
              ),
              12
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t229`.`shares` IS NOT NULL AND NOT ISNAN(`t229`.`shares`),
                COALESCE(`t229`.`shares__provenance`, 0),
                0
              ),
              14
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t229`.`saves` IS NOT NULL AND NOT ISNAN(`t229`.`saves`),
                COALESCE(`t229`.`saves__provenance`, 0),
                0
              ),
              16
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t229`.`engagements` IS NOT NULL AND NOT ISNAN(`t229`.`engagements`),
                COALESCE(`t229`.`engagements__provenance`, 0),
                0
              ),
              18
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t229`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t229`.`engagements`)
                AND (
                  `t229`.`reach` IS NOT NULL AND NOT ISNAN(`t229`.`reach`)
                ),
                COALESCE(
                  NULLIF(
                    GREATEST(
                      COALESCE(`t229`.`engagements__provenance`, -1),
                      COALESCE(`t229`.`reach__provenance`, -1)
                    ),
                    -1
                  ),
                  0
                ),
                0
              ),
              20
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t229`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t229`.`engagements`)
                AND (
                  `t229`.`followers` IS NOT NULL AND NOT ISNAN(`t229`.`followers`)
                ),
                COALESCE(
                  NULLIF(
                    GREATEST(
                      COALESCE(`t229`.`engagements__provenance`, -1),
                      COALESCE(`t229`.`followers__provenance`, -1)
                    ),
                    -1
                  ),
                  0
                ),
                0
              ),
              22
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t229`.`er_reach_post` IS NOT NULL AND NOT ISNAN(`t229`.`er_reach_post`),
                COALESCE(`t229`.`er_reach_post__provenance`, 0),
                0
              ),
              24
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t229`.`er_followers_post` IS NOT NULL AND NOT ISNAN(`t229`.`er_followers_post`),
                COALESCE(`t229`.`er_followers_post__provenance`, 0),
                0
              ),
              26
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t229`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t229`.`engagements`)
                AND (
                  `t229`.`impressions` IS NOT NULL AND NOT ISNAN(`t229`.`impressions`)
                ),
                COALESCE(
                  NULLIF(
                    GREATEST(
                      COALESCE(`t229`.`engagements__provenance`, -1),
                      COALESCE(`t229`.`impressions__provenance`, -1)
                    ),
                    -1
                  ),
                  0
                ),
                0
              ),
              28
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t229`.`er_impressions_post` IS NOT NULL
                AND NOT ISNAN(`t229`.`er_impressions_post`),
                COALESCE(`t229`.`er_impressions_post__provenance`, 0),
                0
              ),
              30
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t229`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t229`.`engagements`)
                AND (
                  `t229`.`views` IS NOT NULL AND NOT ISNAN(`t229`.`views`)
                ),
                COALESCE(
                  NULLIF(
                    GREATEST(
                      COALESCE(`t229`.`engagements__provenance`, -1),
                      COALESCE(`t229`.`views__provenance`, -1)
                    ),
                    -1
                  ),
                  0
                ),
                0
              ),
              32
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t229`.`er_views_post` IS NOT NULL AND NOT ISNAN(`t229`.`er_views_post`),
                COALESCE(`t229`.`er_views_post__provenance`, 0),
                0
              ),
              34
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t229`.`clicks` IS NOT NULL AND NOT ISNAN(`t229`.`clicks`),
                COALESCE(`t229`.`clicks__provenance`, 0),
                0
              ),
              36
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t229`.`followers_gained` IS NOT NULL AND NOT ISNAN(`t229`.`followers_gained`),
                COALESCE(`t229`.`followers_gained__provenance`, 0),
                0
              ),
              38
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t229`.`followers_gained` IS NOT NULL
                AND NOT ISNAN(`t229`.`followers_gained`)
                AND (
                  `t229`.`followers_start` IS NOT NULL AND NOT ISNAN(`t229`.`followers_start`)
                ),
                COALESCE(
                  NULLIF(
                    GREATEST(
                      COALESCE(`t229`.`followers_gained__provenance`, -1),
                      COALESCE(`t229`.`followers_start__provenance`, -1)
                    ),
                    -1
                  ),
                  0
                ),
                0
              ),
              40
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t229`.`followers_gained` IS NOT NULL
                AND NOT ISNAN(`t229`.`followers_gained`)
                AND (
                  `t229`.`followers_expected_gain` IS NOT NULL
                  AND NOT ISNAN(`t229`.`followers_expected_gain`)
                ),
                COALESCE(
                  NULLIF(
                    GREATEST(
                      COALESCE(`t229`.`followers_gained__provenance`, -1),
                      COALESCE(`t229`.`followers_expected_gain__provenance`, -1)
                    ),
                    -1
                  ),
                  0
                ),
                0
              ),
              42
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t229`.`brand_followers_gained` IS NOT NULL
                AND NOT ISNAN(`t229`.`brand_followers_gained`),
                COALESCE(`t229`.`brand_followers_gained__provenance`, 0),
                0
              ),
              44
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t229`.`brand_followers_gained` IS NOT NULL
                AND NOT ISNAN(`t229`.`brand_followers_gained`)
                AND (
                  `t229`.`brand_followers_start` IS NOT NULL
                  AND NOT ISNAN(`t229`.`brand_followers_start`)
                ),
                COALESCE(
                  NULLIF(
                    GREATEST(
                      COALESCE(`t229`.`brand_followers_gained__provenance`, -1),
                      COALESCE(`t229`.`brand_followers_start__provenance`, -1)
                    ),
                    -1
                  ),
                  0
                ),
                0
              ),
              46
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t229`.`brand_followers_gained` IS NOT NULL
                AND NOT ISNAN(`t229`.`brand_followers_gained`)
                AND (
                  `t229`.`brand_followers_expected_gain` IS NOT NULL
                  AND NOT ISNAN(`t229`.`brand_followers_expected_gain`)
                ),
                COALESCE(
                  NULLIF(
                    GREATEST(
                      COALESCE(`t229`.`brand_followers_gained__provenance`, -1),
                      COALESCE(`t229`.`brand_followers_expected_gain__provenance`, -1)
                    ),
                    -1
                  ),
                  0
                ),
                0
              ),
              48
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t229`.`emv` IS NOT NULL AND NOT ISNAN(`t229`.`emv`),
                COALESCE(`t229`.`emv__provenance`, 0),
                0
              ),
              50
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t229`.`emv_authentic` IS NOT NULL AND NOT ISNAN(`t229`.`emv_authentic`),
                COALESCE(`t229`.`emv_authentic__provenance`, 0),
                0
              ),
              52
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t229`.`impressions_with_estimates` IS NOT NULL
                AND NOT ISNAN(`t229`.`impressions_with_estimates`)
                AND (
                  `t229`.`paid_impressions` IS NOT NULL AND NOT ISNAN(`t229`.`paid_impressions`)
                ),
                COALESCE(`t229`.`impressions_with_estimates__provenance`, 0),
                0
              ),
              54
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t229`.`clicks` IS NOT NULL
                AND NOT ISNAN(`t229`.`clicks`)
                AND (
                  `t229`.`paid_clicks` IS NOT NULL AND NOT ISNAN(`t229`.`paid_clicks`)
                ),
                COALESCE(`t229`.`clicks__provenance`, 0),
                0
              ),
              56
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t229`.`views` IS NOT NULL
                AND NOT ISNAN(`t229`.`views`)
                AND (
                  `t229`.`paid_views` IS NOT NULL AND NOT ISNAN(`t229`.`paid_views`)
                ),
                COALESCE(`t229`.`views__provenance`, 0),
                0
              ),
              58
            )
          )
        ) AS `ranks__0`
      FROM `kpi_facts` AS `t229`
      GROUP BY
        1,
        2
    ) AS `t234`
  ) AS `t238`
  LEFT OUTER JOIN (
    SELECT
      `t233`.`influencer_id`,
      `t233`.`platform`,
      `t233`.`er_reach_account_mean`,
      `t233`.`er_reach_account_median`,
      `t233`.`er_followers_account_mean`,
      `t233`.`er_followers_account_median`,
      `t233`.`er_impressions_account_mean`,
      `t233`.`er_impressions_account_median`,
      `t233`.`er_views_account_mean`,
      `t233`.`er_views_account_median`,
      IF(
        (
          (
            SHIFTRIGHT(`t233`.`ranks__0`, 0)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t233`.`ranks__0`, 0)
        ) & 3
      ) AS `er_reach_account_mean__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t233`.`ranks__0`, 2)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t233`.`ranks__0`, 2)
        ) & 3
      ) AS `er_reach_account_median__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t233`.`ranks__0`, 4)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t233`.`ranks__0`, 4)
        ) & 3
      ) AS `er_followers_account_mean__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t233`.`ranks__0`, 6)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t233`.`ranks__0`, 6)
        ) & 3
      ) AS `er_followers_account_median__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t233`.`ranks__0`, 8)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t233`.`ranks__0`, 8)
        ) & 3
      ) AS `er_impressions_account_mean__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t233`.`ranks__0`, 10)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t233`.`ranks__0`, 10)
        ) & 3
      ) AS `er_impressions_account_median__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t233`.`ranks__0`, 12)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t233`.`ranks__0`, 12)
        ) & 3
      ) AS `er_views_account_mean__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t233`.`ranks__0`, 14)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t233`.`ranks__0`, 14)
        ) & 3
      ) AS `er_views_account_median__provenance`
    FROM (
      SELECT
        `t232`.`influencer_id`,
        `t232`.`platform`,
        AVG(`t232`.`er_reach_account_mean`) AS `er_reach_account_mean`,
        PERCENTILE(`t232`.`er_reach_account_median`, 0.5) AS `er_reach_account_median`,
        AVG(`t232`.`er_followers_account_mean`) AS `er_followers_account_mean`,
        PERCENTILE(`t232`.`er_followers_account_median`, 0.5) AS `er_followers_account_median`,
        AVG(`t232`.`er_impressions_account_mean`) AS `er_impressions_account_mean`,
        PERCENTILE(`t232`.`er_impressions_account_median`, 0.5) AS `er_impressions_account_median`,
        AVG(`t232`.`er_views_account_mean`) AS `er_views_account_mean`,
        PERCENTILE(`t232`.`er_views_account_median`, 0.5) AS `er_views_account_median`,
        BIT_OR(
          (
            SHIFTLEFT(
              IF(
                `t232`.`er_reach_account_mean` IS NOT NULL
                AND NOT ISNAN(`t232`.`er_reach_account_mean`),
                COALESCE(`t232`.`engagements__per__reach__r`, 0),
                0
              ),
              0
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t232`.`er_reach_account_median` IS NOT NULL
                AND NOT ISNAN(`t232`.`er_reach_account_median`),
                COALESCE(`t232`.`engagements__per__reach__r`, 0),
                0
              ),
              2
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t232`.`er_followers_account_mean` IS NOT NULL
                AND NOT ISNAN(`t232`.`er_followers_account_mean`),
                COALESCE(`t232`.`engagements__per__followers__r`, 0),
                0
              ),
              4
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t232`.`er_followers_account_median` IS NOT NULL
                AND NOT ISNAN(`t232`.`er_followers_account_median`),
                COALESCE(`t232`.`engagements__per__followers__r`, 0),
                0
              ),
              6
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t232`.`er_impressions_account_mean` IS NOT NULL
                AND NOT ISNAN(`t232`.`er_impressions_account_mean`),
                COALESCE(`t232`.`engagements__per__impressions__r`, 0),
                0
              ),
              8
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t232`.`er_impressions_account_median` IS NOT NULL
                AND NOT ISNAN(`t232`.`er_impressions_account_median`),
                COALESCE(`t232`.`engagements__per__impressions__r`, 0),
                0
              ),
              10
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t232`.`er_views_account_mean` IS NOT NULL
                AND NOT ISNAN(`t232`.`er_views_account_mean`),
                COALESCE(`t232`.`engagements__per__views__r`, 0),
                0
              ),
              12
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t232`.`er_views_account_median` IS NOT NULL
                AND NOT ISNAN(`t232`.`er_views_account_median`),
                COALESCE(`t232`.`engagements__per__views__r`, 0),
                0
              ),
              14
            )
          )
        ) AS `ranks__0`
      FROM (
        SELECT
          `t231`.`influencer_id`,
          `t231`.`platform`,
          `t231`.`account_id`,
          `t231`.`engagements__per__reach__n`,
          `t231`.`engagements__per__reach__d`,
          `t231`.`engagements__per__followers__n`,
          `t231`.`engagements__per__followers__d`,
          `t231`.`engagements__per__impressions__n`,
          `t231`.`engagements__per__impressions__d`,
          `t231`.`engagements__per__views__n`,
          `t231`.`engagements__per__views__d`,
          IF(
            (
              (
                SHIFTRIGHT(`t231`.`ranks__0`, 0)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t231`.`ranks__0`, 0)
            ) & 3
          ) AS `engagements__per__reach__r`,
          IF(
            (
              (
                SHIFTRIGHT(`t231`.`ranks__0`, 2)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t231`.`ranks__0`, 2)
            ) & 3
          ) AS `engagements__per__followers__r`,
          IF(
            (
              (
                SHIFTRIGHT(`t231`.`ranks__0`, 4)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t231`.`ranks__0`, 4)
            ) & 3
          ) AS `engagements__per__impressions__r`,
          IF(
            (
              (
                SHIFTRIGHT(`t231`.`ranks__0`, 6)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t231`.`ranks__0`, 6)
            ) & 3
          ) AS `engagements__per__views__r`,
          (
            `t231`.`engagements__per__reach__n` / NULLIF(`t231`.`engagements__per__reach__d`, 0)
          ) * 100 AS `er_reach_account_mean`,
          (
            `t231`.`engagements__per__reach__n` / NULLIF(`t231`.`engagements__per__reach__d`, 0)
          ) * 100 AS `er_reach_account_median`,
          (
            `t231`.`engagements__per__followers__n` / NULLIF(`t231`.`engagements__per__followers__d`, 0)
          ) * 100 AS `er_followers_account_mean`,
          (
            `t231`.`engagements__per__followers__n` / NULLIF(`t231`.`engagements__per__followers__d`, 0)
          ) * 100 AS `er_followers_account_median`,
          (
            `t231`.`engagements__per__impressions__n` / NULLIF(`t231`.`engagements__per__impressions__d`, 0)
          ) * 100 AS `er_impressions_account_mean`,
          (
            `t231`.`engagements__per__impressions__n` / NULLIF(`t231`.`engagements__per__impressions__d`, 0)
          ) * 100 AS `er_impressions_account_median`,
          (
            `t231`.`engagements__per__views__n` / NULLIF(`t231`.`engagements__per__views__d`, 0)
          ) * 100 AS `er_views_account_mean`,
          (
            `t231`.`engagements__per__views__n` / NULLIF(`t231`.`engagements__per__views__d`, 0)
          ) * 100 AS `er_views_account_median`
        FROM (
          SELECT
            `t230`.`influencer_id`,
            `t230`.`platform`,
            `t230`.`account_id`,
            SUM(
              IF(
                `t230`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t230`.`engagements`)
                AND (
                  `t230`.`reach` IS NOT NULL AND NOT ISNAN(`t230`.`reach`)
                ),
                `t230`.`engagements`,
                NULL
              )
            ) AS `engagements__per__reach__n`,
            SUM(
              IF(
                `t230`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t230`.`engagements`)
                AND (
                  `t230`.`reach` IS NOT NULL AND NOT ISNAN(`t230`.`reach`)
                ),
                `t230`.`reach`,
                NULL
              )
            ) AS `engagements__per__reach__d`,
            SUM(
              IF(
                `t230`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t230`.`engagements`)
                AND (
                  `t230`.`followers` IS NOT NULL AND NOT ISNAN(`t230`.`followers`)
                ),
                `t230`.`engagements`,
                NULL
              )
            ) AS `engagements__per__followers__n`,
            SUM(
              IF(
                `t230`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t230`.`engagements`)
                AND (
                  `t230`.`followers` IS NOT NULL AND NOT ISNAN(`t230`.`followers`)
                ),
                `t230`.`followers`,
                NULL
              )
            ) AS `engagements__per__followers__d`,
            SUM(
              IF(
                `t230`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t230`.`engagements`)
                AND (
                  `t230`.`impressions` IS NOT NULL AND NOT ISNAN(`t230`.`impressions`)
                ),
                `t230`.`engagements`,
                NULL
              )
            ) AS `engagements__per__impressions__n`,
            SUM(
              IF(
                `t230`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t230`.`engagements`)
                AND (
                  `t230`.`impressions` IS NOT NULL AND NOT ISNAN(`t230`.`impressions`)
                ),
                `t230`.`impressions`,
                NULL
              )
            ) AS `engagements__per__impressions__d`,
            SUM(
              IF(
                `t230`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t230`.`engagements`)
                AND (
                  `t230`.`views` IS NOT NULL AND NOT ISNAN(`t230`.`views`)
                ),
                `t230`.`engagements`,
                NULL
              )
            ) AS `engagements__per__views__n`,
            SUM(
              IF(
                `t230`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t230`.`engagements`)
                AND (
                  `t230`.`views` IS NOT NULL AND NOT ISNAN(`t230`.`views`)
                ),
                `t230`.`views`,
                NULL
              )
            ) AS `engagements__per__views__d`,
            BIT_OR(
              (
                SHIFTLEFT(
                  IF(
                    `t230`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t230`.`engagements`)
                    AND (
                      `t230`.`reach` IS NOT NULL AND NOT ISNAN(`t230`.`reach`)
                    ),
                    COALESCE(
                      NULLIF(
                        GREATEST(
                          COALESCE(`t230`.`engagements__provenance`, -1),
                          COALESCE(`t230`.`reach__provenance`, -1)
                        ),
                        -1
                      ),
                      0
                    ),
                    0
                  ),
                  0
                )
              ) | (
                SHIFTLEFT(
                  IF(
                    `t230`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t230`.`engagements`)
                    AND (
                      `t230`.`followers` IS NOT NULL AND NOT ISNAN(`t230`.`followers`)
                    ),
                    COALESCE(
                      NULLIF(
                        GREATEST(
                          COALESCE(`t230`.`engagements__provenance`, -1),
                          COALESCE(`t230`.`followers__provenance`, -1)
                        ),
                        -1
                      ),
                      0
                    ),
                    0
                  ),
                  2
                )
              ) | (
                SHIFTLEFT(
                  IF(
                    `t230`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t230`.`engagements`)
                    AND (
                      `t230`.`impressions` IS NOT NULL AND NOT ISNAN(`t230`.`impressions`)
                    ),
                    COALESCE(
                      NULLIF(
                        GREATEST(
                          COALESCE(`t230`.`engagements__provenance`, -1),
                          COALESCE(`t230`.`impressions__provenance`, -1)
                        ),
                        -1
                      ),
                      0
                    ),
                    0
                  ),
                  4
                )
              ) | (
                SHIFTLEFT(
                  IF(
                    `t230`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t230`.`engagements`)
                    AND (
                      `t230`.`views` IS NOT NULL AND NOT ISNAN(`t230`.`views`)
                    ),
                    COALESCE(
                      NULLIF(
                        GREATEST(
                          COALESCE(`t230`.`engagements__provenance`, -1),
                          COALESCE(`t230`.`views__provenance`, -1)
                        ),
                        -1
                      ),
                      0
                    ),
                    0
                  ),
                  6
                )
              )
            ) AS `ranks__0`
          FROM (
            SELECT
              *
            FROM `kpi_facts` AS `t229`
            WHERE
              `t229`.`account_id` IS NOT NULL
          ) AS `t230`
          GROUP BY
            1,
            2,
            3
        ) AS `t231`
      ) AS `t232`
      GROUP BY
        1,
        2
    ) AS `t233`
  ) AS `t236`
    ON `t238`.`influencer_id` IS NOT DISTINCT FROM `t236`.`influencer_id`
    AND `t238`.`platform` IS NOT DISTINCT FROM `t236`.`platform`
  LEFT OUTER JOIN (
    SELECT
      CAST(`t0`.`id` AS BIGINT) AS `influencer_id`,
      CAST(`t0`.`name` AS STRING) AS `influencer`
    FROM `influencer` AS `t0`
  ) AS `t45`
    ON `t238`.`influencer_id` = `t45`.`influencer_id`
) AS `t239`
ORDER BY
  `t239`.`influencer_id` ASC NULLS LAST,
  `t239`.`influencer` ASC NULLS LAST,
  `t239`.`platform` ASC NULLS LAST
