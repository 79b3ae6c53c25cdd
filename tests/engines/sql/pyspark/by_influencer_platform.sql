WITH `t27` AS (
  SELECT
    *
  FROM `campaign` AS `t1`
  WHERE
    `t1`.`id` IN (1)
), `t68` AS (
  SELECT
    *
  FROM (
    SELECT
      `t7`.`base`,
      `t7`.`quote`,
      `t7`.`valid_on`,
      CAST(`t7`.`rate` AS DOUBLE) AS `rate`
    FROM `exchange_rate` AS `t7`
  ) AS `t31`
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      `t7`.`quote` AS `base`,
      `t7`.`base` AS `quote`,
      `t7`.`valid_on`,
      CAST(1 AS DOUBLE) / NULLIF(CAST(`t7`.`rate` AS DOUBLE), 0) AS `rate`
    FROM `exchange_rate` AS `t7`
  ) AS `t65`
), `t84` AS (
  SELECT
    CAST(`t59`.`id` AS BIGINT) AS `key`,
    CAST(`t59`.`currency` AS STRING) AS `base`,
    CAST(`t17`.`currency` AS STRING) AS `quote`,
    UNIX_TIMESTAMP(CAST(CAST(`t59`.`incurred_on` AS TIMESTAMP) AS TIMESTAMP)) AS `on`,
    CAST(`t59`.`campaign_id` AS BIGINT) AS `campaign_id`,
    CAST(`t17`.`name` AS STRING) AS `campaign`,
    CAST(`t59`.`influencer_id` AS BIGINT) AS `influencer_id`,
    CAST(`t59`.`amount` AS DOUBLE) AS `amount`,
    `t59`.`incurred_on`
  FROM (
    SELECT
      *
    FROM `cost` AS `t12`
    WHERE
      `t12`.`incurred_on` <= MAKE_DATE(2026, 3, 31) AND `t12`.`campaign_id` IN (1)
  ) AS `t59`
  INNER JOIN `campaign` AS `t17`
    ON `t59`.`campaign_id` = `t17`.`id`
), `campaign_posts_in` AS (
  SELECT
    CAST(`t55`.`campaign_id` AS BIGINT) AS `campaign_id`,
    CAST(`t18`.`name` AS STRING) AS `campaign`,
    CAST(`t42`.`id` AS BIGINT) AS `influencer_id`,
    CAST(`t42`.`name` AS STRING) AS `influencer`,
    CAST(`t19`.`id` AS BIGINT) AS `account_id`,
    CAST(`t19`.`platform` AS STRING) AS `platform`,
    CAST(`t55`.`format` AS STRING) AS `format`,
    CAST(`t55`.`id` AS BIGINT) AS `post_id`,
    `t55`.`published_on` AS `day`,
    `t42`.`country`,
    CAST(`t55`.`caption` AS STRING) AS `caption`,
    `t55`.`sponsored`
  FROM (
    SELECT
      *
    FROM `post` AS `t10`
    WHERE
      `t10`.`published_on` <= MAKE_DATE(2026, 3, 31)
      AND `t10`.`campaign_id` IS NOT NULL
      AND `t10`.`campaign_id` IN (1)
  ) AS `t55`
  INNER JOIN `account` AS `t19`
    ON `t55`.`account_id` = `t19`.`id`
  INNER JOIN (
    SELECT
      *
    FROM `influencer` AS `t0`
    WHERE
      NOT (
        `t0`.`is_brand`
      )
  ) AS `t42`
    ON `t19`.`influencer_id` = `t42`.`id`
  INNER JOIN `campaign` AS `t18`
    ON `t55`.`campaign_id` = `t18`.`id`
), `post_rows` AS (
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
    `t176`.`country`,
    `t176`.`caption`,
    `t176`.`sponsored`,
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
    COALESCE(
      COALESCE(`t176`.`impressions`, `t176`.`views`),
      `t176`.`reach` * COALESCE(
        SUM(
          IF(
            `t176`.`impressions` IS NOT NULL
            AND NOT ISNAN(`t176`.`impressions`)
            AND (
              `t176`.`reach` IS NOT NULL AND NOT ISNAN(`t176`.`reach`)
            ),
            `t176`.`impressions`,
            NULL
          )
        ) OVER (
          PARTITION BY `t176`.`campaign_id`, `t176`.`platform`
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) / NULLIF(
          SUM(
            IF(
              `t176`.`impressions` IS NOT NULL
              AND NOT ISNAN(`t176`.`impressions`)
              AND (
                `t176`.`reach` IS NOT NULL AND NOT ISNAN(`t176`.`reach`)
              ),
              `t176`.`reach`,
              NULL
            )
          ) OVER (
            PARTITION BY `t176`.`campaign_id`, `t176`.`platform`
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ),
          0
        ),
        CAST(1 AS DOUBLE)
      )
    ) AS `impressions_with_estimates`,
    IF(
      COALESCE(
        COALESCE(`t176`.`impressions`, `t176`.`views`),
        `t176`.`reach` * COALESCE(
          SUM(
            IF(
              `t176`.`impressions` IS NOT NULL
              AND NOT ISNAN(`t176`.`impressions`)
              AND (
                `t176`.`reach` IS NOT NULL AND NOT ISNAN(`t176`.`reach`)
              ),
              `t176`.`impressions`,
              NULL
            )
          ) OVER (
            PARTITION BY `t176`.`campaign_id`, `t176`.`platform`
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ) / NULLIF(
            SUM(
              IF(
                `t176`.`impressions` IS NOT NULL
                AND NOT ISNAN(`t176`.`impressions`)
                AND (
                  `t176`.`reach` IS NOT NULL AND NOT ISNAN(`t176`.`reach`)
                ),
                `t176`.`reach`,
                NULL
              )
            ) OVER (
              PARTITION BY `t176`.`campaign_id`, `t176`.`platform`
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ),
            0
          ),
          CAST(1 AS DOUBLE)
        )
      ) IS NOT NULL
      AND NOT ISNAN(
        COALESCE(
          COALESCE(`t176`.`impressions`, `t176`.`views`),
          `t176`.`reach` * COALESCE(
            SUM(
              IF(
                `t176`.`impressions` IS NOT NULL
                AND NOT ISNAN(`t176`.`impressions`)
                AND (
                  `t176`.`reach` IS NOT NULL AND NOT ISNAN(`t176`.`reach`)
                ),
                `t176`.`impressions`,
                NULL
              )
            ) OVER (
              PARTITION BY `t176`.`campaign_id`, `t176`.`platform`
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) / NULLIF(
              SUM(
                IF(
                  `t176`.`impressions` IS NOT NULL
                  AND NOT ISNAN(`t176`.`impressions`)
                  AND (
                    `t176`.`reach` IS NOT NULL AND NOT ISNAN(`t176`.`reach`)
                  ),
                  `t176`.`reach`,
                  NULL
                )
              ) OVER (
                PARTITION BY `t176`.`campaign_id`, `t176`.`platform`
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              ),
              0
            ),
            CAST(1 AS DOUBLE)
          )
        )
      ),
      IF(
        `t176`.`impressions` IS NOT NULL AND NOT ISNAN(`t176`.`impressions`),
        `t176`.`impressions__provenance`,
        2
      ),
      CAST(NULL AS BIGINT)
    ) AS `impressions_with_estimates__provenance`,
    (
      `t176`.`engagements` / NULLIF(`t176`.`reach`, 0)
    ) * 100 AS `er_reach_post`,
    (
      `t176`.`engagements` / NULLIF(`t176`.`followers`, 0)
    ) * 100 AS `er_followers_post`,
    (
      `t176`.`engagements` / NULLIF(`t176`.`impressions`, 0)
    ) * 100 AS `er_impressions_post`,
    (
      `t176`.`engagements` / NULLIF(`t176`.`views`, 0)
    ) * 100 AS `er_views_post`,
    NULLIF(
      GREATEST(
        COALESCE(`t176`.`engagements__provenance`, -1),
        COALESCE(`t176`.`reach__provenance`, -1)
      ),
      -1
    ) AS `er_reach_post__provenance`,
    NULLIF(
      GREATEST(
        COALESCE(`t176`.`engagements__provenance`, -1),
        COALESCE(`t176`.`followers__provenance`, -1)
      ),
      -1
    ) AS `er_followers_post__provenance`,
    NULLIF(
      GREATEST(
        COALESCE(`t176`.`engagements__provenance`, -1),
        COALESCE(`t176`.`impressions__provenance`, -1)
      ),
      -1
    ) AS `er_impressions_post__provenance`,
    NULLIF(
      GREATEST(
        COALESCE(`t176`.`engagements__provenance`, -1),
        COALESCE(`t176`.`views__provenance`, -1)
      ),
      -1
    ) AS `er_views_post__provenance`,
    `t176`.`platform` AS `post_platform`,
    `t176`.`influencer_id` AS `publishing_influencer`,
    CAST(CAST(COALESCE(`t176`.`sponsored`, FALSE) AS INT) AS DOUBLE) AS `sponsored_posts`,
    CAST(CAST(COALESCE(
      `t176`.`sponsored`
      AND CASE
        WHEN UPPER(`t176`.`country`) = 'FR'
        THEN CONTAINS(LOWER(`t176`.`caption`), 'publicité')
        OR CONTAINS(LOWER(`t176`.`caption`), 'publicite')
        OR CONTAINS(LOWER(`t176`.`caption`), 'collaboration commerciale')
        WHEN UPPER(`t176`.`country`) = 'BE'
        THEN CONTAINS(LOWER(`t176`.`caption`), 'publicité')
        OR CONTAINS(LOWER(`t176`.`caption`), 'publicite')
        OR CONTAINS(LOWER(`t176`.`caption`), 'collaboration commerciale')
        OR CONTAINS(LOWER(`t176`.`caption`), '#pub')
        OR CONTAINS(LOWER(`t176`.`caption`), 'reclame')
        OR CONTAINS(LOWER(`t176`.`caption`), '#ad')
        OR CONTAINS(LOWER(`t176`.`caption`), 'samenwerking')
        WHEN UPPER(`t176`.`country`) = 'DE'
        THEN CONTAINS(LOWER(`t176`.`caption`), 'werbung')
        OR CONTAINS(LOWER(`t176`.`caption`), 'anzeige')
        WHEN UPPER(`t176`.`country`) = 'ES'
        THEN CONTAINS(LOWER(`t176`.`caption`), 'publicidad')
        OR CONTAINS(LOWER(`t176`.`caption`), '#publi')
        OR CONTAINS(LOWER(`t176`.`caption`), 'patrocinado')
        OR CONTAINS(LOWER(`t176`.`caption`), 'colaboración pagada')
        WHEN UPPER(`t176`.`country`) = 'IT'
        THEN CONTAINS(LOWER(`t176`.`caption`), 'pubblicità')
        OR CONTAINS(LOWER(`t176`.`caption`), '#adv')
        OR CONTAINS(LOWER(`t176`.`caption`), 'sponsorizzato')
        OR CONTAINS(LOWER(`t176`.`caption`), '#sponsored')
        WHEN UPPER(`t176`.`country`) = 'GB'
        THEN CONTAINS(LOWER(`t176`.`caption`), '#ad')
        OR CONTAINS(LOWER(`t176`.`caption`), 'advert')
        OR CONTAINS(LOWER(`t176`.`caption`), 'advertisement')
        WHEN UPPER(`t176`.`country`) = 'US'
        THEN CONTAINS(LOWER(`t176`.`caption`), '#ad')
        OR CONTAINS(LOWER(`t176`.`caption`), '#sponsored')
        OR CONTAINS(LOWER(`t176`.`caption`), 'advertisement')
        OR CONTAINS(LOWER(`t176`.`caption`), 'paid partnership')
        ELSE CONTAINS(LOWER(`t176`.`caption`), '#ad')
        OR CONTAINS(LOWER(`t176`.`caption`), '#sponsored')
        OR CONTAINS(LOWER(`t176`.`caption`), 'paid partnership')
        OR CONTAINS(LOWER(`t176`.`caption`), 'advertisement')
      END,
      FALSE
    ) AS INT) AS DOUBLE) AS `disclosed_sponsored_posts`
  FROM (
    SELECT
      `t165`.`campaign_id`,
      `t165`.`campaign`,
      `t165`.`influencer_id`,
      `t165`.`influencer`,
      `t165`.`account_id`,
      `t165`.`platform`,
      `t165`.`format`,
      `t165`.`post_id`,
      `t165`.`day`,
      `t165`.`country`,
      `t165`.`caption`,
      `t165`.`sponsored`,
      `t165`.`reach`,
      `t165`.`impressions`,
      `t165`.`views`,
      `t165`.`likes`,
      `t165`.`comments`,
      `t165`.`shares`,
      `t165`.`saves`,
      `t165`.`clicks`,
      `t165`.`reach__provenance`,
      `t165`.`impressions__provenance`,
      `t165`.`views__provenance`,
      `t165`.`likes__provenance`,
      `t165`.`comments__provenance`,
      `t165`.`shares__provenance`,
      `t165`.`saves__provenance`,
      `t165`.`clicks__provenance`,
      `t165`.`followers`,
      `t165`.`followers__provenance`,
      IF(
        (
          `t165`.`likes` IS NOT NULL AND NOT ISNAN(`t165`.`likes`)
        )
        OR (
          `t165`.`comments` IS NOT NULL AND NOT ISNAN(`t165`.`comments`)
        )
        OR (
          `t165`.`shares` IS NOT NULL AND NOT ISNAN(`t165`.`shares`)
        )
        OR (
          `t165`.`saves` IS NOT NULL AND NOT ISNAN(`t165`.`saves`)
        ),
        CAST(0 AS DOUBLE) + COALESCE(`t165`.`likes`, 0) + COALESCE(`t165`.`comments`, 0) + COALESCE(`t165`.`shares`, 0) + COALESCE(`t165`.`saves`, 0),
        CAST(NULL AS DOUBLE)
      ) AS `engagements`,
      NULLIF(
        GREATEST(
          COALESCE(`t165`.`likes__provenance`, -1),
          COALESCE(`t165`.`comments__provenance`, -1),
          COALESCE(`t165`.`shares__provenance`, -1),
          COALESCE(`t165`.`saves__provenance`, -1)
        ),
        -1
      ) AS `engagements__provenance`
    FROM (
      SELECT
        `t101`.`campaign_id`,
        `t101`.`campaign`,
        `t101`.`influencer_id`,
        `t101`.`influencer`,
        `t101`.`account_id`,
        `t101`.`platform`,
        `t101`.`format`,
        `t101`.`post_id`,
        `t101`.`day`,
        `t101`.`country`,
        `t101`.`caption`,
        `t101`.`sponsored`,
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
        `t153`.`followers`,
        `t153`.`followers__provenance`
      FROM `campaign_posts_in` AS `t101`
      LEFT OUTER JOIN (
        SELECT
          `t132`.`post_id`,
          CAST(SHIFTRIGHT(`t132`.`reach`, 2) AS DOUBLE) AS `reach`,
          CAST(SHIFTRIGHT(`t132`.`impressions`, 2) AS DOUBLE) AS `impressions`,
          CAST(SHIFTRIGHT(`t132`.`views`, 2) AS DOUBLE) AS `views`,
          CAST(SHIFTRIGHT(`t132`.`likes`, 2) AS DOUBLE) AS `likes`,
          CAST(SHIFTRIGHT(`t132`.`comments`, 2) AS DOUBLE) AS `comments`,
          CAST(SHIFTRIGHT(`t132`.`shares`, 2) AS DOUBLE) AS `shares`,
          CAST(SHIFTRIGHT(`t132`.`saves`, 2) AS DOUBLE) AS `saves`,
          CAST(SHIFTRIGHT(`t132`.`clicks`, 2) AS DOUBLE) AS `clicks`,
          `t132`.`reach` & 3 AS `reach__provenance`,
          `t132`.`impressions` & 3 AS `impressions__provenance`,
          `t132`.`views` & 3 AS `views__provenance`,
          `t132`.`likes` & 3 AS `likes__provenance`,
          `t132`.`comments` & 3 AS `comments__provenance`,
          `t132`.`shares` & 3 AS `shares__provenance`,
          `t132`.`saves` & 3 AS `saves__provenance`,
          `t132`.`clicks` & 3 AS `clicks__provenance`
        FROM (
          SELECT
            CAST(`t102`.`post_id` AS BIGINT) AS `post_id`,
            MAX_BY(
              IF(
                `t102`.`metric` = 'reach',
                (
                  CAST(ROUND(`t102`.`value`, 0) AS BIGINT) * 4
                ) + CASE `t102`.`provenance`
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
              IF(
                `t102`.`metric` = 'reach',
                (
                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t102`.`captured_at`) * 16
                ) + (
                  15 - CASE `t102`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
              IF(
                `t102`.`metric` = 'impressions',
                (
                  CAST(ROUND(`t102`.`value`, 0) AS BIGINT) * 4
                ) + CASE `t102`.`provenance`
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
              IF(
                `t102`.`metric` = 'impressions',
                (
                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t102`.`captured_at`) * 16
                ) + (
                  15 - CASE `t102`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
              IF(
                `t102`.`metric` = 'views',
                (
                  CAST(ROUND(`t102`.`value`, 0) AS BIGINT) * 4
                ) + CASE `t102`.`provenance`
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
              IF(
                `t102`.`metric` = 'views',
                (
                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t102`.`captured_at`) * 16
                ) + (
                  15 - CASE `t102`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
              IF(
                `t102`.`metric` = 'likes',
                (
                  CAST(ROUND(`t102`.`value`, 0) AS BIGINT) * 4
                ) + CASE `t102`.`provenance`
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
              IF(
                `t102`.`metric` = 'likes',
                (
                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t102`.`captured_at`) * 16
                ) + (
                  15 - CASE `t102`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
              IF(
                `t102`.`metric` = 'comments',
                (
                  CAST(ROUND(`t102`.`value`, 0) AS BIGINT) * 4
                ) + CASE `t102`.`provenance`
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
              IF(
                `t102`.`metric` = 'comments',
                (
                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t102`.`captured_at`) * 16
                ) + (
                  15 - CASE `t102`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
              IF(
                `t102`.`metric` = 'shares',
                (
                  CAST(ROUND(`t102`.`value`, 0) AS BIGINT) * 4
                ) + CASE `t102`.`provenance`
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
              IF(
                `t102`.`metric` = 'shares',
                (
                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t102`.`captured_at`) * 16
                ) + (
                  15 - CASE `t102`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
              IF(
                `t102`.`metric` = 'saves',
                (
                  CAST(ROUND(`t102`.`value`, 0) AS BIGINT) * 4
                ) + CASE `t102`.`provenance`
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
              IF(
                `t102`.`metric` = 'saves',
                (
                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t102`.`captured_at`) * 16
                ) + (
                  15 - CASE `t102`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
              IF(
                `t102`.`metric` = 'clicks',
                (
                  CAST(ROUND(`t102`.`value`, 0) AS BIGINT) * 4
                ) + CASE `t102`.`provenance`
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
              IF(
                `t102`.`metric` = 'clicks',
                (
                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t102`.`captured_at`) * 16
                ) + (
                  15 - CASE `t102`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
                `t21`.`id`,
                `t21`.`post_id`,
                `t21`.`captured_at`,
                `t21`.`metric`,
                `t21`.`value`,
                `t21`.`source`,
                `t21`.`provenance`,
                `t58`.`in_scope`
              FROM `metric_snapshot` AS `t21`
              INNER JOIN (
                SELECT
                  `t10`.`id` AS `in_scope`
                FROM `post` AS `t10`
                WHERE
                  `t10`.`published_on` <= MAKE_DATE(2026, 3, 31)
                  AND `t10`.`campaign_id` IS NOT NULL
                  AND `t10`.`campaign_id` IN (1)
              ) AS `t58`
                ON `t21`.`post_id` = `t58`.`in_scope`
            ) AS `t82`
            WHERE
              `t82`.`captured_at` <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
          ) AS `t102`
          GROUP BY
            1
        ) AS `t132`
      ) AS `t146`
        ON `t101`.`post_id` = `t146`.`post_id`
      LEFT OUTER JOIN (
        SELECT
          CAST(`t57`.`post_id` AS BIGINT) AS `post_id`,
          `t123`.`followers`,
          `t123`.`rank` AS `followers__provenance`
        FROM (
          SELECT
            `t10`.`id` AS `post_id`,
            `t10`.`account_id`,
            `t10`.`published_at`
          FROM `post` AS `t10`
          WHERE
            `t10`.`published_on` <= MAKE_DATE(2026, 3, 31)
            AND `t10`.`campaign_id` IS NOT NULL
            AND `t10`.`campaign_id` IN (1)
        ) AS `t57`
        INNER JOIN (
          SELECT
            `t83`.`account_id`,
            CAST(`t83`.`followers` AS DOUBLE) AS `followers`,
            CASE `t83`.`provenance`
              WHEN 'measured'
              THEN 0
              WHEN 'self_reported'
              THEN 1
              WHEN 'estimated'
              THEN 2
              ELSE 2
            END AS `rank`,
            `t83`.`captured_at` AS `since`,
            LEAD(`t83`.`captured_at`) OVER (PARTITION BY `t83`.`account_id` ORDER BY `t83`.`captured_at` ASC NULLS LAST) AS `until`,
            (
              ROW_NUMBER() OVER (PARTITION BY `t83`.`account_id` ORDER BY `t83`.`captured_at` ASC NULLS LAST) - 1
            ) = 0 AS `first`
          FROM (
            SELECT
              *
            FROM (
              SELECT
                *
              FROM `follower_snapshot` AS `t13`
              WHERE
                `t13`.`account_id` IN (
                  SELECT
                    `t10`.`account_id`
                  FROM `post` AS `t10`
                  WHERE
                    `t10`.`published_on` <= MAKE_DATE(2026, 3, 31)
                    AND `t10`.`campaign_id` IS NOT NULL
                    AND `t10`.`campaign_id` IN (1)
                )
            ) AS `t66`
            WHERE
              `t66`.`captured_at` <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
          ) AS `t83`
        ) AS `t123`
          ON `t57`.`account_id` = `t123`.`account_id`
          AND (
            (
              (
                `t123`.`since` <= `t57`.`published_at`
              )
              AND (
                (
                  `t123`.`until` IS NULL
                ) OR (
                  `t57`.`published_at` < `t123`.`until`
                )
              )
            )
            OR (
              `t123`.`first` AND (
                `t57`.`published_at` < `t123`.`since`
              )
            )
          )
      ) AS `t153`
        ON `t101`.`post_id` = `t153`.`post_id`
    ) AS `t165`
  ) AS `t176`
), `t197` AS (
  SELECT
    *
  FROM (
    SELECT
      `t190`.`campaign_id`,
      `t190`.`influencer_id`,
      `t190`.`influencer`,
      `t190`.`account_id`,
      `t190`.`platform`,
      `t190`.`is_brand`,
      `t190`.`day`,
      `t190`.`start_at`,
      `t190`.`end_at`,
      `t190`.`campaign`,
      `t67`.`followers`,
      `t67`.`at`,
      `t67`.`rank`
    FROM (
      SELECT
        `t185`.`campaign_id`,
        `t185`.`influencer_id`,
        `t185`.`influencer`,
        `t185`.`account_id`,
        `t185`.`platform`,
        `t185`.`is_brand`,
        `t185`.`day`,
        `t185`.`start_at`,
        `t185`.`end_at`,
        CAST(NULL AS STRING) AS `campaign`
      FROM (
        SELECT
          `t180`.`influencer_id`,
          `t180`.`influencer`,
          `t180`.`account_id`,
          `t180`.`platform`,
          `t180`.`is_brand`,
          `t180`.`stretch`,
          MIN(`t180`.`campaign_id`) AS `campaign_id`,
          MAX(`t180`.`day`) AS `day`,
          MIN(`t180`.`start_at`) AS `start_at`,
          MAX(`t180`.`end_at`) AS `end_at`
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
            `t175`.`reached`,
            `t175`.`opens`,
            SUM(`t175`.`opens`) OVER (
              PARTITION BY `t175`.`account_id`
              ORDER BY `t175`.`start_at` ASC NULLS LAST, `t175`.`campaign_id` ASC NULLS LAST
              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
            ) AS `stretch`
          FROM (
            SELECT
              `t164`.`campaign_id`,
              `t164`.`campaign`,
              `t164`.`influencer_id`,
              `t164`.`influencer`,
              `t164`.`account_id`,
              `t164`.`platform`,
              `t164`.`is_brand`,
              `t164`.`day`,
              `t164`.`start_at`,
              `t164`.`end_at`,
              `t164`.`reached`,
              IF(
                (
                  LAG(`t164`.`reached`) OVER (
                    PARTITION BY `t164`.`account_id`
                    ORDER BY `t164`.`start_at` ASC NULLS LAST, `t164`.`campaign_id` ASC NULLS LAST
                  ) IS NULL
                )
                OR (
                  `t164`.`start_at` >= LAG(`t164`.`reached`) OVER (
                    PARTITION BY `t164`.`account_id`
                    ORDER BY `t164`.`start_at` ASC NULLS LAST, `t164`.`campaign_id` ASC NULLS LAST
                  )
                ),
                1,
                0
              ) AS `opens`
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
                MAX(`t145`.`end_at`) OVER (
                  PARTITION BY `t145`.`account_id`
                  ORDER BY `t145`.`start_at` ASC NULLS LAST, `t145`.`campaign_id` ASC NULLS LAST
                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                ) AS `reached`
              FROM (
                SELECT
                  `t131`.`campaign_id`,
                  CAST(`t17`.`name` AS STRING) AS `campaign`,
                  CAST(`t16`.`id` AS BIGINT) AS `influencer_id`,
                  CAST(`t16`.`name` AS STRING) AS `influencer`,
                  `t131`.`account_id`,
                  CAST(`t20`.`platform` AS STRING) AS `platform`,
                  `t131`.`is_brand`,
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
                        `t94`.`campaign_id`,
                        `t94`.`account_id`
                      FROM `campaign_posts_in` AS `t94`
                    ) AS `t109`
                  ) AS `t117`
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      CAST(`t62`.`id` AS BIGINT) AS `campaign_id`,
                      CAST(`t20`.`id` AS BIGINT) AS `account_id`,
                      TRUE AS `is_brand`
                    FROM `t27` AS `t62`
                    INNER JOIN (
                      SELECT
                        *
                      FROM `influencer` AS `t0`
                      WHERE
                        `t0`.`is_brand`
                    ) AS `t26`
                      ON `t26`.`workspace_id` = `t62`.`workspace_id`
                    INNER JOIN `account` AS `t20`
                      ON `t20`.`influencer_id` = `t26`.`id`
                  ) AS `t85`
                ) AS `t131`
                INNER JOIN `campaign` AS `t17`
                  ON `t131`.`campaign_id` = `t17`.`id`
                INNER JOIN `account` AS `t20`
                  ON `t131`.`account_id` = `t20`.`id`
                INNER JOIN `influencer` AS `t16`
                  ON `t20`.`influencer_id` = `t16`.`id`
              ) AS `t145`
            ) AS `t164`
          ) AS `t175`
        ) AS `t180`
        GROUP BY
          1,
          2,
          3,
          4,
          5,
          6
      ) AS `t185`
    ) AS `t190`
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
      WHERE
        `t13`.`captured_at` <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
    ) AS `t67`
      ON `t190`.`account_id` = `t67`.`account_id`
  ) AS `t194`
  WHERE
    `t194`.`at` <= `t194`.`end_at`
), `kpi_facts` AS (
  SELECT
    `t251`.`campaign_id`,
    `t251`.`influencer_id`,
    `t251`.`account_id`,
    `t251`.`platform`,
    `t251`.`post_id`,
    `t251`.`reach`,
    `t251`.`impressions`,
    `t251`.`views`,
    `t251`.`likes`,
    `t251`.`comments`,
    `t251`.`shares`,
    `t251`.`saves`,
    `t251`.`clicks`,
    `t251`.`followers`,
    `t251`.`engagements`,
    `t251`.`impressions_with_estimates`,
    `t251`.`er_reach_post`,
    `t251`.`er_followers_post`,
    `t251`.`er_impressions_post`,
    `t251`.`er_views_post`,
    `t251`.`post_platform`,
    `t251`.`publishing_influencer`,
    `t251`.`sponsored_posts`,
    `t251`.`disclosed_sponsored_posts`,
    `t251`.`cost`,
    `t251`.`key_message_posts`,
    `t251`.`ugc_post`,
    `t251`.`mentions`,
    `t251`.`brand_mentions`,
    `t251`.`mention_engagements`,
    `t251`.`brand_mention_engagements`,
    `t251`.`followers_start`,
    `t251`.`followers_gained`,
    `t251`.`followers_expected_gain`,
    `t251`.`brand_followers_start`,
    `t251`.`brand_followers_gained`,
    `t251`.`brand_followers_expected_gain`,
    `t251`.`influencers_contacted`,
    `t251`.`influencers_interested`,
    `t251`.`posts_contracted`,
    `t251`.`products_sent`,
    `t251`.`key_messages`,
    `t251`.`emv`,
    `t251`.`emv_authentic`,
    (
      `t251`.`cost` / (
        CASE
          WHEN `t251`.`platform` = 'tiktok'
          THEN 7.5
          WHEN `t251`.`platform` = 'youtube'
          THEN 3.53
          ELSE 19.8
        END * `t251`.`paid_rate`
      )
    ) * 1000 AS `paid_impressions`,
    `t251`.`cost` / (
      CASE
        WHEN `t251`.`platform` = 'tiktok'
        THEN CAST(NULL AS DOUBLE)
        WHEN `t251`.`platform` = 'youtube'
        THEN CAST(NULL AS DOUBLE)
        ELSE 1.88
      END * `t251`.`paid_rate`
    ) AS `paid_clicks`,
    `t251`.`cost` / (
      CASE WHEN `t251`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t251`.`paid_rate`
    ) AS `paid_views`,
    (
      SHIFTLEFT(
        IF(
          `t251`.`reach` IS NOT NULL AND NOT ISNAN(`t251`.`reach`),
          COALESCE(`t251`.`reach__provenance`, 0),
          0
        ),
        0
      )
    ) | (
      SHIFTLEFT(
        IF(
          `t251`.`impressions` IS NOT NULL AND NOT ISNAN(`t251`.`impressions`),
          COALESCE(`t251`.`impressions__provenance`, 0),
          0
        ),
        2
      )
    ) | (
      SHIFTLEFT(
        IF(
          `t251`.`views` IS NOT NULL AND NOT ISNAN(`t251`.`views`),
          COALESCE(`t251`.`views__provenance`, 0),
          0
        ),
        4
      )
    ) | (
      SHIFTLEFT(
        IF(
          `t251`.`impressions_with_estimates` IS NOT NULL
          AND NOT ISNAN(`t251`.`impressions_with_estimates`),
          COALESCE(`t251`.`impressions_with_estimates__provenance`, 0),
          0
        ),
        6
      )
    ) | (
      SHIFTLEFT(
        IF(
          `t251`.`reach` IS NOT NULL
          AND NOT ISNAN(`t251`.`reach`)
          AND (
            `t251`.`followers` IS NOT NULL AND NOT ISNAN(`t251`.`followers`)
          ),
          COALESCE(
            NULLIF(
              GREATEST(
                COALESCE(`t251`.`reach__provenance`, -1),
                COALESCE(`t251`.`followers__provenance`, -1)
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
          `t251`.`likes` IS NOT NULL AND NOT ISNAN(`t251`.`likes`),
          COALESCE(`t251`.`likes__provenance`, 0),
          0
        ),
        10
      )
    ) | (
      SHIFTLEFT(
        IF(
          `t251`.`comments` IS NOT NULL AND NOT ISNAN(`t251`.`comments`),
          COALESCE(`t251`.`comments__provenance`, 0),
          0
        ),
        12
      )
    ) | (
      SHIFTLEFT(
        IF(
          `t251`.`shares` IS NOT NULL AND NOT ISNAN(`t251`.`shares`),
          COALESCE(`t251`.`shares__provenance`, 0),
          0
        ),
        14
      )
    ) | (
      SHIFTLEFT(
        IF(
          `t251`.`saves` IS NOT NULL AND NOT ISNAN(`t251`.`saves`),
          COALESCE(`t251`.`saves__provenance`, 0),
          0
        ),
        16
      )
    ) | (
      SHIFTLEFT(
        IF(
          `t251`.`engagements` IS NOT NULL AND NOT ISNAN(`t251`.`engagements`),
          COALESCE(`t251`.`engagements__provenance`, 0),
          0
        ),
        18
      )
    ) | (
      SHIFTLEFT(
        IF(
          `t251`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t251`.`engagements`)
          AND (
            `t251`.`reach` IS NOT NULL AND NOT ISNAN(`t251`.`reach`)
          ),
          COALESCE(
            NULLIF(
              GREATEST(
                COALESCE(`t251`.`engagements__provenance`, -1),
                COALESCE(`t251`.`reach__provenance`, -1)
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
          `t251`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t251`.`engagements`)
          AND (
            `t251`.`followers` IS NOT NULL AND NOT ISNAN(`t251`.`followers`)
          ),
          COALESCE(
            NULLIF(
              GREATEST(
                COALESCE(`t251`.`engagements__provenance`, -1),
                COALESCE(`t251`.`followers__provenance`, -1)
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
          `t251`.`er_reach_post` IS NOT NULL AND NOT ISNAN(`t251`.`er_reach_post`),
          COALESCE(`t251`.`er_reach_post__provenance`, 0),
          0
        ),
        24
      )
    ) | (
      SHIFTLEFT(
        IF(
          `t251`.`er_followers_post` IS NOT NULL AND NOT ISNAN(`t251`.`er_followers_post`),
          COALESCE(`t251`.`er_followers_post__provenance`, 0),
          0
        ),
        26
      )
    ) | (
      SHIFTLEFT(
        IF(
          `t251`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t251`.`engagements`)
          AND (
            `t251`.`impressions` IS NOT NULL AND NOT ISNAN(`t251`.`impressions`)
          ),
          COALESCE(
            NULLIF(
              GREATEST(
                COALESCE(`t251`.`engagements__provenance`, -1),
                COALESCE(`t251`.`impressions__provenance`, -1)
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
          `t251`.`er_impressions_post` IS NOT NULL
          AND NOT ISNAN(`t251`.`er_impressions_post`),
          COALESCE(`t251`.`er_impressions_post__provenance`, 0),
          0
        ),
        30
      )
    ) | (
      SHIFTLEFT(
        IF(
          `t251`.`engagements` IS NOT NULL
          AND NOT ISNAN(`t251`.`engagements`)
          AND (
            `t251`.`views` IS NOT NULL AND NOT ISNAN(`t251`.`views`)
          ),
          COALESCE(
            NULLIF(
              GREATEST(
                COALESCE(`t251`.`engagements__provenance`, -1),
                COALESCE(`t251`.`views__provenance`, -1)
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
          `t251`.`er_views_post` IS NOT NULL AND NOT ISNAN(`t251`.`er_views_post`),
          COALESCE(`t251`.`er_views_post__provenance`, 0),
          0
        ),
        34
      )
    ) | (
      SHIFTLEFT(
        IF(
          `t251`.`clicks` IS NOT NULL AND NOT ISNAN(`t251`.`clicks`),
          COALESCE(`t251`.`clicks__provenance`, 0),
          0
        ),
        36
      )
    ) | (
      SHIFTLEFT(
        IF(
          `t251`.`followers_gained` IS NOT NULL AND NOT ISNAN(`t251`.`followers_gained`),
          COALESCE(`t251`.`followers_gained__provenance`, 0),
          0
        ),
        38
      )
    ) | (
      SHIFTLEFT(
        IF(
          `t251`.`followers_gained` IS NOT NULL
          AND NOT ISNAN(`t251`.`followers_gained`)
          AND (
            `t251`.`followers_start` IS NOT NULL AND NOT ISNAN(`t251`.`followers_start`)
          ),
          COALESCE(
            NULLIF(
              GREATEST(
                COALESCE(`t251`.`followers_gained__provenance`, -1),
                COALESCE(`t251`.`followers_start__provenance`, -1)
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
          `t251`.`followers_gained` IS NOT NULL
          AND NOT ISNAN(`t251`.`followers_gained`)
          AND (
            `t251`.`followers_expected_gain` IS NOT NULL
            AND NOT ISNAN(`t251`.`followers_expected_gain`)
          ),
          COALESCE(
            NULLIF(
              GREATEST(
                COALESCE(`t251`.`followers_gained__provenance`, -1),
                COALESCE(`t251`.`followers_expected_gain__provenance`, -1)
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
          `t251`.`brand_followers_gained` IS NOT NULL
          AND NOT ISNAN(`t251`.`brand_followers_gained`),
          COALESCE(`t251`.`brand_followers_gained__provenance`, 0),
          0
        ),
        44
      )
    ) | (
      SHIFTLEFT(
        IF(
          `t251`.`brand_followers_gained` IS NOT NULL
          AND NOT ISNAN(`t251`.`brand_followers_gained`)
          AND (
            `t251`.`brand_followers_start` IS NOT NULL
            AND NOT ISNAN(`t251`.`brand_followers_start`)
          ),
          COALESCE(
            NULLIF(
              GREATEST(
                COALESCE(`t251`.`brand_followers_gained__provenance`, -1),
                COALESCE(`t251`.`brand_followers_start__provenance`, -1)
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
          `t251`.`brand_followers_gained` IS NOT NULL
          AND NOT ISNAN(`t251`.`brand_followers_gained`)
          AND (
            `t251`.`brand_followers_expected_gain` IS NOT NULL
            AND NOT ISNAN(`t251`.`brand_followers_expected_gain`)
          ),
          COALESCE(
            NULLIF(
              GREATEST(
                COALESCE(`t251`.`brand_followers_gained__provenance`, -1),
                COALESCE(`t251`.`brand_followers_expected_gain__provenance`, -1)
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
          `t251`.`emv` IS NOT NULL AND NOT ISNAN(`t251`.`emv`),
          COALESCE(`t251`.`emv__provenance`, 0),
          0
        ),
        50
      )
    ) | (
      SHIFTLEFT(
        IF(
          `t251`.`emv_authentic` IS NOT NULL AND NOT ISNAN(`t251`.`emv_authentic`),
          COALESCE(`t251`.`emv_authentic__provenance`, 0),
          0
        ),
        52
      )
    ) | (
      SHIFTLEFT(
        IF(
          `t251`.`impressions_with_estimates` IS NOT NULL
          AND NOT ISNAN(`t251`.`impressions_with_estimates`)
          AND (
            (
              (
                `t251`.`cost` / (
                  CASE
                    WHEN `t251`.`platform` = 'tiktok'
                    THEN 7.5
                    WHEN `t251`.`platform` = 'youtube'
                    THEN 3.53
                    ELSE 19.8
                  END * `t251`.`paid_rate`
                )
              ) * 1000
            ) IS NOT NULL
            AND NOT ISNAN(
              (
                `t251`.`cost` / (
                  CASE
                    WHEN `t251`.`platform` = 'tiktok'
                    THEN 7.5
                    WHEN `t251`.`platform` = 'youtube'
                    THEN 3.53
                    ELSE 19.8
                  END * `t251`.`paid_rate`
                )
              ) * 1000
            )
          ),
          COALESCE(`t251`.`impressions_with_estimates__provenance`, 0),
          0
        ),
        54
      )
    ) | (
      SHIFTLEFT(
        IF(
          `t251`.`clicks` IS NOT NULL
          AND NOT ISNAN(`t251`.`clicks`)
          AND (
            (
              `t251`.`cost` / (
                CASE
                  WHEN `t251`.`platform` = 'tiktok'
                  THEN CAST(NULL AS DOUBLE)
                  WHEN `t251`.`platform` = 'youtube'
                  THEN CAST(NULL AS DOUBLE)
                  ELSE 1.88
                END * `t251`.`paid_rate`
              )
            ) IS NOT NULL
            AND NOT ISNAN(
              `t251`.`cost` / (
                CASE
                  WHEN `t251`.`platform` = 'tiktok'
                  THEN CAST(NULL AS DOUBLE)
                  WHEN `t251`.`platform` = 'youtube'
                  THEN CAST(NULL AS DOUBLE)
                  ELSE 1.88
                END * `t251`.`paid_rate`
              )
            )
          ),
          COALESCE(`t251`.`clicks__provenance`, 0),
          0
        ),
        56
      )
    ) | (
      SHIFTLEFT(
        IF(
          `t251`.`views` IS NOT NULL
          AND NOT ISNAN(`t251`.`views`)
          AND (
            (
              `t251`.`cost` / (
                CASE WHEN `t251`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t251`.`paid_rate`
              )
            ) IS NOT NULL
            AND NOT ISNAN(
              `t251`.`cost` / (
                CASE WHEN `t251`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t251`.`paid_rate`
              )
            )
          ),
          COALESCE(`t251`.`views__provenance`, 0),
          0
        ),
        58
      )
    ) AS `ranks__0`
  FROM (
    SELECT
      `t249`.`campaign_id`,
      `t249`.`campaign`,
      `t249`.`influencer_id`,
      `t249`.`influencer`,
      `t249`.`account_id`,
      `t249`.`platform`,
      `t249`.`format`,
      `t249`.`post_id`,
      `t249`.`day`,
      `t249`.`reach`,
      `t249`.`impressions`,
      `t249`.`views`,
      `t249`.`likes`,
      `t249`.`comments`,
      `t249`.`shares`,
      `t249`.`saves`,
      `t249`.`clicks`,
      `t249`.`reach__provenance`,
      `t249`.`impressions__provenance`,
      `t249`.`views__provenance`,
      `t249`.`likes__provenance`,
      `t249`.`comments__provenance`,
      `t249`.`shares__provenance`,
      `t249`.`saves__provenance`,
      `t249`.`clicks__provenance`,
      `t249`.`followers`,
      `t249`.`followers__provenance`,
      `t249`.`engagements`,
      `t249`.`engagements__provenance`,
      `t249`.`impressions_with_estimates`,
      `t249`.`impressions_with_estimates__provenance`,
      `t249`.`er_reach_post`,
      `t249`.`er_followers_post`,
      `t249`.`er_impressions_post`,
      `t249`.`er_views_post`,
      `t249`.`er_reach_post__provenance`,
      `t249`.`er_followers_post__provenance`,
      `t249`.`er_impressions_post__provenance`,
      `t249`.`er_views_post__provenance`,
      `t249`.`post_platform`,
      `t249`.`publishing_influencer`,
      `t249`.`sponsored_posts`,
      `t249`.`disclosed_sponsored_posts`,
      `t249`.`cost`,
      `t249`.`key_message_posts`,
      `t249`.`ugc_post`,
      `t249`.`mentions`,
      `t249`.`brand_mentions`,
      `t249`.`mention_engagements`,
      `t249`.`brand_mention_engagements`,
      `t249`.`followers_start`,
      `t249`.`followers_gained`,
      `t249`.`followers_expected_gain`,
      `t249`.`followers_start__provenance`,
      `t249`.`followers_gained__provenance`,
      `t249`.`followers_expected_gain__provenance`,
      `t249`.`brand_followers_start`,
      `t249`.`brand_followers_gained`,
      `t249`.`brand_followers_expected_gain`,
      `t249`.`brand_followers_start__provenance`,
      `t249`.`brand_followers_gained__provenance`,
      `t249`.`brand_followers_expected_gain__provenance`,
      `t249`.`influencers_contacted`,
      `t249`.`influencers_interested`,
      `t249`.`posts_contracted`,
      `t249`.`products_sent`,
      `t249`.`key_messages`,
      `t249`.`emv_rate`,
      `t249`.`inauthentic_share`,
      `t249`.`emv`,
      `t249`.`emv__provenance`,
      `t249`.`emv_authentic`,
      `t249`.`emv_authentic__provenance`,
      `t159`.`paid_rate`
    FROM (
      SELECT
        `t246`.`campaign_id`,
        `t246`.`campaign`,
        `t246`.`influencer_id`,
        `t246`.`influencer`,
        `t246`.`account_id`,
        `t246`.`platform`,
        `t246`.`format`,
        `t246`.`post_id`,
        `t246`.`day`,
        `t246`.`reach`,
        `t246`.`impressions`,
        `t246`.`views`,
        `t246`.`likes`,
        `t246`.`comments`,
        `t246`.`shares`,
        `t246`.`saves`,
        `t246`.`clicks`,
        `t246`.`reach__provenance`,
        `t246`.`impressions__provenance`,
        `t246`.`views__provenance`,
        `t246`.`likes__provenance`,
        `t246`.`comments__provenance`,
        `t246`.`shares__provenance`,
        `t246`.`saves__provenance`,
        `t246`.`clicks__provenance`,
        `t246`.`followers`,
        `t246`.`followers__provenance`,
        `t246`.`engagements`,
        `t246`.`engagements__provenance`,
        `t246`.`impressions_with_estimates`,
        `t246`.`impressions_with_estimates__provenance`,
        `t246`.`er_reach_post`,
        `t246`.`er_followers_post`,
        `t246`.`er_impressions_post`,
        `t246`.`er_views_post`,
        `t246`.`er_reach_post__provenance`,
        `t246`.`er_followers_post__provenance`,
        `t246`.`er_impressions_post__provenance`,
        `t246`.`er_views_post__provenance`,
        `t246`.`post_platform`,
        `t246`.`publishing_influencer`,
        `t246`.`sponsored_posts`,
        `t246`.`disclosed_sponsored_posts`,
        `t246`.`cost`,
        `t246`.`key_message_posts`,
        `t246`.`ugc_post`,
        `t246`.`mentions`,
        `t246`.`brand_mentions`,
        `t246`.`mention_engagements`,
        `t246`.`brand_mention_engagements`,
        `t246`.`followers_start`,
        `t246`.`followers_gained`,
        `t246`.`followers_expected_gain`,
        `t246`.`followers_start__provenance`,
        `t246`.`followers_gained__provenance`,
        `t246`.`followers_expected_gain__provenance`,
        `t246`.`brand_followers_start`,
        `t246`.`brand_followers_gained`,
        `t246`.`brand_followers_expected_gain`,
        `t246`.`brand_followers_start__provenance`,
        `t246`.`brand_followers_gained__provenance`,
        `t246`.`brand_followers_expected_gain__provenance`,
        `t246`.`influencers_contacted`,
        `t246`.`influencers_interested`,
        `t246`.`posts_contracted`,
        `t246`.`products_sent`,
        `t246`.`key_messages`,
        `t246`.`emv_rate`,
        `t246`.`inauthentic_share`,
        IF(
          (
            `t246`.`post_id` IS NOT NULL
          )
          AND (
            (
              (
                (
                  COALESCE(`t246`.`impressions`, `t246`.`views`) * CASE WHEN `t246`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                ) / 1000
              ) IS NOT NULL
              AND NOT ISNAN(
                (
                  COALESCE(`t246`.`impressions`, `t246`.`views`) * CASE WHEN `t246`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                ) / 1000
              )
            )
            OR (
              (
                CASE
                  WHEN `t246`.`platform` = 'instagram'
                  THEN 0.07
                  WHEN `t246`.`platform` = 'tiktok'
                  THEN 0.09
                  WHEN `t246`.`platform` = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE)
                END * `t246`.`likes`
              ) IS NOT NULL
              AND NOT ISNAN(
                CASE
                  WHEN `t246`.`platform` = 'instagram'
                  THEN 0.07
                  WHEN `t246`.`platform` = 'tiktok'
                  THEN 0.09
                  WHEN `t246`.`platform` = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE)
                END * `t246`.`likes`
              )
            )
            OR (
              (
                CASE
                  WHEN `t246`.`platform` = 'instagram'
                  THEN 3.46
                  WHEN `t246`.`platform` = 'tiktok'
                  THEN 3.52
                  WHEN `t246`.`platform` = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE)
                END * `t246`.`comments`
              ) IS NOT NULL
              AND NOT ISNAN(
                CASE
                  WHEN `t246`.`platform` = 'instagram'
                  THEN 3.46
                  WHEN `t246`.`platform` = 'tiktok'
                  THEN 3.52
                  WHEN `t246`.`platform` = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE)
                END * `t246`.`comments`
              )
            )
            OR (
              (
                CASE WHEN `t246`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t246`.`shares`
              ) IS NOT NULL
              AND NOT ISNAN(
                CASE WHEN `t246`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t246`.`shares`
              )
            )
          ),
          (
            COALESCE(
              (
                COALESCE(`t246`.`impressions`, `t246`.`views`) * CASE WHEN `t246`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
              ) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN `t246`.`platform` = 'instagram'
                THEN 0.07
                WHEN `t246`.`platform` = 'tiktok'
                THEN 0.09
                WHEN `t246`.`platform` = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE)
              END * `t246`.`likes`,
              0
            ) + COALESCE(
              CASE
                WHEN `t246`.`platform` = 'instagram'
                THEN 3.46
                WHEN `t246`.`platform` = 'tiktok'
                THEN 3.52
                WHEN `t246`.`platform` = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE)
              END * `t246`.`comments`,
              0
            ) + COALESCE(
              CASE WHEN `t246`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t246`.`shares`,
              0
            )
          ) * `t246`.`emv_rate`,
          CAST(NULL AS DOUBLE)
        ) AS `emv`,
        NULLIF(
          GREATEST(
            COALESCE(`t246`.`impressions__provenance`, -1),
            COALESCE(`t246`.`views__provenance`, -1),
            COALESCE(`t246`.`engagements__provenance`, -1)
          ),
          -1
        ) AS `emv__provenance`,
        IF(
          (
            `t246`.`post_id` IS NOT NULL
          )
          AND (
            (
              (
                (
                  COALESCE(`t246`.`impressions`, `t246`.`views`) * CASE WHEN `t246`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                ) / 1000
              ) IS NOT NULL
              AND NOT ISNAN(
                (
                  COALESCE(`t246`.`impressions`, `t246`.`views`) * CASE WHEN `t246`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                ) / 1000
              )
            )
            OR (
              (
                CASE
                  WHEN `t246`.`platform` = 'instagram'
                  THEN 0.07
                  WHEN `t246`.`platform` = 'tiktok'
                  THEN 0.09
                  WHEN `t246`.`platform` = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE)
                END * `t246`.`likes`
              ) IS NOT NULL
              AND NOT ISNAN(
                CASE
                  WHEN `t246`.`platform` = 'instagram'
                  THEN 0.07
                  WHEN `t246`.`platform` = 'tiktok'
                  THEN 0.09
                  WHEN `t246`.`platform` = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE)
                END * `t246`.`likes`
              )
            )
            OR (
              (
                CASE
                  WHEN `t246`.`platform` = 'instagram'
                  THEN 3.46
                  WHEN `t246`.`platform` = 'tiktok'
                  THEN 3.52
                  WHEN `t246`.`platform` = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE)
                END * `t246`.`comments`
              ) IS NOT NULL
              AND NOT ISNAN(
                CASE
                  WHEN `t246`.`platform` = 'instagram'
                  THEN 3.46
                  WHEN `t246`.`platform` = 'tiktok'
                  THEN 3.52
                  WHEN `t246`.`platform` = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE)
                END * `t246`.`comments`
              )
            )
            OR (
              (
                CASE WHEN `t246`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t246`.`shares`
              ) IS NOT NULL
              AND NOT ISNAN(
                CASE WHEN `t246`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t246`.`shares`
              )
            )
          ),
          (
            COALESCE(
              (
                COALESCE(`t246`.`impressions`, `t246`.`views`) * CASE WHEN `t246`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
              ) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN `t246`.`platform` = 'instagram'
                THEN 0.07
                WHEN `t246`.`platform` = 'tiktok'
                THEN 0.09
                WHEN `t246`.`platform` = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE)
              END * `t246`.`likes`,
              0
            ) + COALESCE(
              CASE
                WHEN `t246`.`platform` = 'instagram'
                THEN 3.46
                WHEN `t246`.`platform` = 'tiktok'
                THEN 3.52
                WHEN `t246`.`platform` = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE)
              END * `t246`.`comments`,
              0
            ) + COALESCE(
              CASE WHEN `t246`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t246`.`shares`,
              0
            )
          ) * `t246`.`emv_rate` * (
            1 - COALESCE(`t246`.`inauthentic_share`, 0)
          ),
          CAST(NULL AS DOUBLE)
        ) AS `emv_authentic`,
        NULLIF(
          GREATEST(
            COALESCE(
              NULLIF(
                GREATEST(
                  COALESCE(`t246`.`impressions__provenance`, -1),
                  COALESCE(`t246`.`views__provenance`, -1),
                  COALESCE(`t246`.`engagements__provenance`, -1)
                ),
                -1
              ),
              -1
            ),
            COALESCE(IF(`t246`.`inauthentic_share` > 0, 2, CAST(NULL AS BIGINT)), -1)
          ),
          -1
        ) AS `emv_authentic__provenance`
      FROM (
        SELECT
          `t244`.`campaign_id`,
          `t244`.`campaign`,
          `t244`.`influencer_id`,
          `t244`.`influencer`,
          `t244`.`account_id`,
          `t244`.`platform`,
          `t244`.`format`,
          `t244`.`post_id`,
          `t244`.`day`,
          `t244`.`reach`,
          `t244`.`impressions`,
          `t244`.`views`,
          `t244`.`likes`,
          `t244`.`comments`,
          `t244`.`shares`,
          `t244`.`saves`,
          `t244`.`clicks`,
          `t244`.`reach__provenance`,
          `t244`.`impressions__provenance`,
          `t244`.`views__provenance`,
          `t244`.`likes__provenance`,
          `t244`.`comments__provenance`,
          `t244`.`shares__provenance`,
          `t244`.`saves__provenance`,
          `t244`.`clicks__provenance`,
          `t244`.`followers`,
          `t244`.`followers__provenance`,
          `t244`.`engagements`,
          `t244`.`engagements__provenance`,
          `t244`.`impressions_with_estimates`,
          `t244`.`impressions_with_estimates__provenance`,
          `t244`.`er_reach_post`,
          `t244`.`er_followers_post`,
          `t244`.`er_impressions_post`,
          `t244`.`er_views_post`,
          `t244`.`er_reach_post__provenance`,
          `t244`.`er_followers_post__provenance`,
          `t244`.`er_impressions_post__provenance`,
          `t244`.`er_views_post__provenance`,
          `t244`.`post_platform`,
          `t244`.`publishing_influencer`,
          `t244`.`sponsored_posts`,
          `t244`.`disclosed_sponsored_posts`,
          `t244`.`cost`,
          `t244`.`key_message_posts`,
          `t244`.`ugc_post`,
          `t244`.`mentions`,
          `t244`.`brand_mentions`,
          `t244`.`mention_engagements`,
          `t244`.`brand_mention_engagements`,
          `t244`.`followers_start`,
          `t244`.`followers_gained`,
          `t244`.`followers_expected_gain`,
          `t244`.`followers_start__provenance`,
          `t244`.`followers_gained__provenance`,
          `t244`.`followers_expected_gain__provenance`,
          `t244`.`brand_followers_start`,
          `t244`.`brand_followers_gained`,
          `t244`.`brand_followers_expected_gain`,
          `t244`.`brand_followers_start__provenance`,
          `t244`.`brand_followers_gained__provenance`,
          `t244`.`brand_followers_expected_gain__provenance`,
          `t244`.`influencers_contacted`,
          `t244`.`influencers_interested`,
          `t244`.`posts_contracted`,
          `t244`.`products_sent`,
          `t244`.`key_messages`,
          `t244`.`emv_rate`,
          `t30`.`inauthentic_share`
        FROM (
          SELECT
            `t241`.`campaign_id`,
            `t241`.`campaign`,
            `t241`.`influencer_id`,
            `t241`.`influencer`,
            `t241`.`account_id`,
            `t241`.`platform`,
            `t241`.`format`,
            `t241`.`post_id`,
            `t241`.`day`,
            `t241`.`reach`,
            `t241`.`impressions`,
            `t241`.`views`,
            `t241`.`likes`,
            `t241`.`comments`,
            `t241`.`shares`,
            `t241`.`saves`,
            `t241`.`clicks`,
            `t241`.`reach__provenance`,
            `t241`.`impressions__provenance`,
            `t241`.`views__provenance`,
            `t241`.`likes__provenance`,
            `t241`.`comments__provenance`,
            `t241`.`shares__provenance`,
            `t241`.`saves__provenance`,
            `t241`.`clicks__provenance`,
            `t241`.`followers`,
            `t241`.`followers__provenance`,
            `t241`.`engagements`,
            `t241`.`engagements__provenance`,
            `t241`.`impressions_with_estimates`,
            `t241`.`impressions_with_estimates__provenance`,
            `t241`.`er_reach_post`,
            `t241`.`er_followers_post`,
            `t241`.`er_impressions_post`,
            `t241`.`er_views_post`,
            `t241`.`er_reach_post__provenance`,
            `t241`.`er_followers_post__provenance`,
            `t241`.`er_impressions_post__provenance`,
            `t241`.`er_views_post__provenance`,
            `t241`.`post_platform`,
            `t241`.`publishing_influencer`,
            `t241`.`sponsored_posts`,
            `t241`.`disclosed_sponsored_posts`,
            `t241`.`cost`,
            `t241`.`key_message_posts`,
            `t241`.`ugc_post`,
            `t241`.`mentions`,
            `t241`.`brand_mentions`,
            `t241`.`mention_engagements`,
            `t241`.`brand_mention_engagements`,
            `t241`.`followers_start`,
            `t241`.`followers_gained`,
            `t241`.`followers_expected_gain`,
            `t241`.`followers_start__provenance`,
            `t241`.`followers_gained__provenance`,
            `t241`.`followers_expected_gain__provenance`,
            `t241`.`brand_followers_start`,
            `t241`.`brand_followers_gained`,
            `t241`.`brand_followers_expected_gain`,
            `t241`.`brand_followers_start__provenance`,
            `t241`.`brand_followers_gained__provenance`,
            `t241`.`brand_followers_expected_gain__provenance`,
            `t241`.`influencers_contacted`,
            `t241`.`influencers_interested`,
            `t241`.`posts_contracted`,
            `t241`.`products_sent`,
            `t241`.`key_messages`,
            `t160`.`emv_rate`
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
                          `t226`.`campaign_id`,
                          `t226`.`campaign`,
                          `t226`.`influencer_id`,
                          `t226`.`influencer`,
                          `t226`.`account_id`,
                          `t226`.`platform`,
                          `t226`.`format`,
                          `t226`.`post_id`,
                          `t226`.`day`,
                          `t226`.`reach`,
                          `t226`.`impressions`,
                          `t226`.`views`,
                          `t226`.`likes`,
                          `t226`.`comments`,
                          `t226`.`shares`,
                          `t226`.`saves`,
                          `t226`.`clicks`,
                          `t226`.`reach__provenance`,
                          `t226`.`impressions__provenance`,
                          `t226`.`views__provenance`,
                          `t226`.`likes__provenance`,
                          `t226`.`comments__provenance`,
                          `t226`.`shares__provenance`,
                          `t226`.`saves__provenance`,
                          `t226`.`clicks__provenance`,
                          `t226`.`followers`,
                          CAST(`t226`.`followers__provenance` AS BIGINT) AS `followers__provenance`,
                          `t226`.`engagements`,
                          `t226`.`engagements__provenance`,
                          `t226`.`impressions_with_estimates`,
                          `t226`.`impressions_with_estimates__provenance`,
                          `t226`.`er_reach_post`,
                          `t226`.`er_followers_post`,
                          `t226`.`er_impressions_post`,
                          `t226`.`er_views_post`,
                          `t226`.`er_reach_post__provenance`,
                          `t226`.`er_followers_post__provenance`,
                          `t226`.`er_impressions_post__provenance`,
                          `t226`.`er_views_post__provenance`,
                          `t226`.`post_platform`,
                          CAST(`t226`.`publishing_influencer` AS DOUBLE) AS `publishing_influencer`,
                          `t226`.`sponsored_posts`,
                          `t226`.`disclosed_sponsored_posts`,
                          `t226`.`cost`,
                          `t226`.`key_message_posts`,
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
                            `t208`.`campaign_id`,
                            `t208`.`campaign`,
                            `t208`.`influencer_id`,
                            `t208`.`influencer`,
                            `t208`.`account_id`,
                            `t208`.`platform`,
                            `t208`.`format`,
                            `t208`.`post_id`,
                            `t208`.`day`,
                            `t208`.`country`,
                            `t208`.`caption`,
                            `t208`.`sponsored`,
                            `t208`.`reach`,
                            `t208`.`impressions`,
                            `t208`.`views`,
                            `t208`.`likes`,
                            `t208`.`comments`,
                            `t208`.`shares`,
                            `t208`.`saves`,
                            `t208`.`clicks`,
                            `t208`.`reach__provenance`,
                            `t208`.`impressions__provenance`,
                            `t208`.`views__provenance`,
                            `t208`.`likes__provenance`,
                            `t208`.`comments__provenance`,
                            `t208`.`shares__provenance`,
                            `t208`.`saves__provenance`,
                            `t208`.`clicks__provenance`,
                            `t208`.`followers`,
                            `t208`.`followers__provenance`,
                            `t208`.`engagements`,
                            `t208`.`engagements__provenance`,
                            `t208`.`impressions_with_estimates`,
                            `t208`.`impressions_with_estimates__provenance`,
                            `t208`.`er_reach_post`,
                            `t208`.`er_followers_post`,
                            `t208`.`er_impressions_post`,
                            `t208`.`er_views_post`,
                            `t208`.`er_reach_post__provenance`,
                            `t208`.`er_followers_post__provenance`,
                            `t208`.`er_impressions_post__provenance`,
                            `t208`.`er_views_post__provenance`,
                            `t208`.`post_platform`,
                            `t208`.`publishing_influencer`,
                            `t208`.`sponsored_posts`,
                            `t208`.`disclosed_sponsored_posts`,
                            `t208`.`cost`,
                            `t222`.`key_message_posts`
                          FROM (
                            SELECT
                              `t196`.`campaign_id`,
                              `t196`.`campaign`,
                              `t196`.`influencer_id`,
                              `t196`.`influencer`,
                              `t196`.`account_id`,
                              `t196`.`platform`,
                              `t196`.`format`,
                              `t196`.`post_id`,
                              `t196`.`day`,
                              `t196`.`country`,
                              `t196`.`caption`,
                              `t196`.`sponsored`,
                              `t196`.`reach`,
                              `t196`.`impressions`,
                              `t196`.`views`,
                              `t196`.`likes`,
                              `t196`.`comments`,
                              `t196`.`shares`,
                              `t196`.`saves`,
                              `t196`.`clicks`,
                              `t196`.`reach__provenance`,
                              `t196`.`impressions__provenance`,
                              `t196`.`views__provenance`,
                              `t196`.`likes__provenance`,
                              `t196`.`comments__provenance`,
                              `t196`.`shares__provenance`,
                              `t196`.`saves__provenance`,
                              `t196`.`clicks__provenance`,
                              `t196`.`followers`,
                              `t196`.`followers__provenance`,
                              `t196`.`engagements`,
                              `t196`.`engagements__provenance`,
                              `t196`.`impressions_with_estimates`,
                              `t196`.`impressions_with_estimates__provenance`,
                              `t196`.`er_reach_post`,
                              `t196`.`er_followers_post`,
                              `t196`.`er_impressions_post`,
                              `t196`.`er_views_post`,
                              `t196`.`er_reach_post__provenance`,
                              `t196`.`er_followers_post__provenance`,
                              `t196`.`er_impressions_post__provenance`,
                              `t196`.`er_views_post__provenance`,
                              `t196`.`post_platform`,
                              `t196`.`publishing_influencer`,
                              `t196`.`sponsored_posts`,
                              `t196`.`disclosed_sponsored_posts`,
                              `t191`.`cost`
                            FROM `post_rows` AS `t196`
                            LEFT OUTER JOIN (
                              SELECT
                                `t101`.`post_id`,
                                `t183`.`cost`
                              FROM `campaign_posts_in` AS `t101`
                              INNER JOIN (
                                SELECT
                                  `t178`.`campaign_id`,
                                  `t178`.`influencer_id`,
                                  SUM(`t178`.`share`) AS `cost`
                                FROM (
                                  SELECT
                                    `t173`.`campaign_id`,
                                    `t173`.`influencer_id`,
                                    `t173`.`amount` / `t116`.`n_posts` AS `share`
                                  FROM (
                                    SELECT
                                      `t104`.`campaign_id`,
                                      `t104`.`campaign`,
                                      `t104`.`influencer_id`,
                                      `t104`.`incurred_on`,
                                      `t104`.`amount` * `t167`.`rate` AS `amount`
                                    FROM `t84` AS `t104`
                                    LEFT OUTER JOIN (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          `t97`.`key`,
                                          CAST(1 AS DOUBLE) AS `rate`
                                        FROM `t84` AS `t97`
                                        WHERE
                                          `t97`.`base` = `t97`.`quote`
                                      ) AS `t113`
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          `t149`.`key`,
                                          `t149`.`rate`
                                        FROM (
                                          SELECT
                                            `t125`.`key`,
                                            `t125`.`on`,
                                            `t125`.`rate`,
                                            `t125`.`valid`,
                                            ROW_NUMBER() OVER (
                                              PARTITION BY `t125`.`key`
                                              ORDER BY IF(`t125`.`valid` <= `t125`.`on`, 0, 1) ASC NULLS LAST, ABS(`t125`.`valid` - `t125`.`on`) ASC NULLS LAST
                                            ) - 1 AS `order`
                                          FROM (
                                            SELECT
                                              `t104`.`key`,
                                              `t104`.`on`,
                                              `t79`.`rate`,
                                              UNIX_TIMESTAMP(CAST(CAST(`t79`.`valid_on` AS TIMESTAMP) AS TIMESTAMP)) AS `valid`
                                            FROM `t84` AS `t104`
                                            INNER JOIN `t68` AS `t79`
                                              ON `t104`.`base` = `t79`.`base` AND `t104`.`quote` = `t79`.`quote`
                                          ) AS `t125`
                                        ) AS `t149`
                                        WHERE
                                          `t149`.`order` = 0
                                      ) AS `t158`
                                    ) AS `t167`
                                      ON `t104`.`key` = `t167`.`key`
                                  ) AS `t173`
                                  INNER JOIN (
                                    SELECT
                                      `t94`.`campaign_id`,
                                      `t94`.`influencer_id`,
                                      COUNT(`t94`.`post_id`) AS `n_posts`
                                    FROM `campaign_posts_in` AS `t94`
                                    GROUP BY
                                      1,
                                      2
                                  ) AS `t116`
                                    ON `t173`.`campaign_id` = `t116`.`campaign_id`
                                    AND `t173`.`influencer_id` = `t116`.`influencer_id`
                                ) AS `t178`
                                GROUP BY
                                  1,
                                  2
                              ) AS `t183`
                                ON `t183`.`campaign_id` = `t101`.`campaign_id`
                                AND `t183`.`influencer_id` = `t101`.`influencer_id`
                            ) AS `t191`
                              ON `t196`.`post_id` = `t191`.`post_id`
                          ) AS `t208`
                          LEFT OUTER JOIN (
                            SELECT
                              `t209`.`post_id`,
                              MAX(
                                CAST(CAST(COALESCE(CONTAINS(LOWER(`t209`.`caption`), LOWER(`t209`.`message`)), FALSE) AS INT) AS DOUBLE)
                              ) AS `key_message_posts`
                            FROM (
                              SELECT
                                `t202`.`campaign_id`,
                                `t202`.`post_id`,
                                `t202`.`caption`,
                                `t86`.`message`
                              FROM (
                                SELECT
                                  `t195`.`campaign_id`,
                                  `t195`.`post_id`,
                                  `t195`.`caption`
                                FROM `post_rows` AS `t195`
                              ) AS `t202`
                              INNER JOIN (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    CAST(`t1`.`id` AS BIGINT) AS `campaign_id`,
                                    EXPLODE(SPLIT(`t1`.`key_messages`, '\n')) AS `message`
                                  FROM `campaign` AS `t1`
                                ) AS `t48`
                                WHERE
                                  LENGTH(`t48`.`message`) > 0
                              ) AS `t86`
                                ON `t202`.`campaign_id` = `t86`.`campaign_id`
                            ) AS `t209`
                            GROUP BY
                              1
                          ) AS `t222`
                            ON `t208`.`post_id` = `t222`.`post_id`
                        ) AS `t226`
                      ) AS `t227`
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          `t213`.`campaign_id`,
                          `t213`.`campaign`,
                          CAST(NULL AS BIGINT) AS `influencer_id`,
                          CAST(NULL AS STRING) AS `influencer`,
                          CAST(NULL AS BIGINT) AS `account_id`,
                          `t213`.`platform`,
                          CAST(NULL AS STRING) AS `format`,
                          CAST(NULL AS BIGINT) AS `post_id`,
                          `t213`.`day`,
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
                          CAST(`t213`.`ugc_post` AS DOUBLE) AS `ugc_post`,
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
                            `t139`.`campaign_id`,
                            `t139`.`campaign`,
                            `t139`.`platform`,
                            `t139`.`day`,
                            `t139`.`post_id` AS `ugc_post`
                          FROM (
                            SELECT DISTINCT
                              *
                            FROM (
                              SELECT
                                `t87`.`campaign_id`,
                                `t87`.`campaign`,
                                `t95`.`post_id`,
                                `t95`.`influencer_id`,
                                `t95`.`platform`,
                                `t95`.`day`
                              FROM (
                                SELECT
                                  CAST(`t56`.`id` AS BIGINT) AS `post_id`,
                                  CAST(`t15`.`id` AS BIGINT) AS `influencer_id`,
                                  `t15`.`workspace_id`,
                                  `t15`.`is_brand`,
                                  CAST(`t19`.`platform` AS STRING) AS `platform`,
                                  `t56`.`published_on` AS `day`,
                                  `t56`.`hashtags`
                                FROM (
                                  SELECT
                                    *
                                  FROM `post` AS `t10`
                                  WHERE
                                    `t10`.`published_on` <= MAKE_DATE(2026, 3, 31) AND `t10`.`campaign_id` IS NULL
                                ) AS `t56`
                                INNER JOIN `account` AS `t19`
                                  ON `t56`.`account_id` = `t19`.`id`
                                INNER JOIN `influencer` AS `t15`
                                  ON `t19`.`influencer_id` = `t15`.`id`
                              ) AS `t95`
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
                                ) AS `t49`
                                WHERE
                                  LENGTH(`t49`.`tag`) > 0
                              ) AS `t87`
                                ON `t95`.`workspace_id` = `t87`.`workspace_id`
                                AND `t95`.`day` >= `t87`.`start`
                                AND `t95`.`day` <= `t87`.`end`
                                AND NOT (
                                  `t95`.`is_brand`
                                )
                                AND CONTAINS(CONCAT(CONCAT(',', `t95`.`hashtags`), ','), CONCAT(CONCAT(',', `t87`.`tag`), ','))
                            ) AS `t129`
                          ) AS `t139`
                          LEFT ANTI JOIN (
                            SELECT DISTINCT
                              *
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  CAST(`t8`.`campaign_id` AS BIGINT) AS `campaign_id`,
                                  CAST(`t8`.`influencer_id` AS BIGINT) AS `influencer_id`
                                FROM `roster` AS `t8`
                              ) AS `t33`
                              UNION ALL
                              SELECT
                                *
                              FROM (
                                SELECT
                                  `t195`.`campaign_id`,
                                  `t195`.`influencer_id`
                                FROM `post_rows` AS `t195`
                              ) AS `t198`
                            ) AS `t201`
                          ) AS `t207`
                            ON `t139`.`campaign_id` = `t207`.`campaign_id`
                            AND `t139`.`influencer_id` = `t207`.`influencer_id`
                        ) AS `t213`
                      ) AS `t219`
                    ) AS `t229`
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        `t177`.`campaign_id`,
                        `t177`.`campaign`,
                        `t177`.`influencer_id`,
                        `t177`.`influencer`,
                        CAST(NULL AS BIGINT) AS `account_id`,
                        CAST(NULL AS STRING) AS `platform`,
                        CAST(NULL AS STRING) AS `format`,
                        CAST(NULL AS BIGINT) AS `post_id`,
                        `t177`.`day`,
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
                        `t177`.`cost`,
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
                          `t172`.`campaign_id`,
                          `t172`.`campaign`,
                          `t172`.`influencer_id`,
                          CAST(`t15`.`name` AS STRING) AS `influencer`,
                          `t172`.`incurred_on` AS `day`,
                          `t172`.`amount` AS `cost`
                        FROM (
                          SELECT
                            `t103`.`campaign_id`,
                            `t103`.`campaign`,
                            `t103`.`influencer_id`,
                            `t103`.`incurred_on`,
                            `t103`.`amount` * `t166`.`rate` AS `amount`
                          FROM `t84` AS `t103`
                          LEFT OUTER JOIN (
                            SELECT
                              *
                            FROM (
                              SELECT
                                `t96`.`key`,
                                CAST(1 AS DOUBLE) AS `rate`
                              FROM `t84` AS `t96`
                              WHERE
                                `t96`.`base` = `t96`.`quote`
                            ) AS `t112`
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                `t148`.`key`,
                                `t148`.`rate`
                              FROM (
                                SELECT
                                  `t124`.`key`,
                                  `t124`.`on`,
                                  `t124`.`rate`,
                                  `t124`.`valid`,
                                  ROW_NUMBER() OVER (
                                    PARTITION BY `t124`.`key`
                                    ORDER BY IF(`t124`.`valid` <= `t124`.`on`, 0, 1) ASC NULLS LAST, ABS(`t124`.`valid` - `t124`.`on`) ASC NULLS LAST
                                  ) - 1 AS `order`
                                FROM (
                                  SELECT
                                    `t103`.`key`,
                                    `t103`.`on`,
                                    `t78`.`rate`,
                                    UNIX_TIMESTAMP(CAST(CAST(`t78`.`valid_on` AS TIMESTAMP) AS TIMESTAMP)) AS `valid`
                                  FROM `t84` AS `t103`
                                  INNER JOIN `t68` AS `t78`
                                    ON `t103`.`base` = `t78`.`base` AND `t103`.`quote` = `t78`.`quote`
                                ) AS `t124`
                              ) AS `t148`
                              WHERE
                                `t148`.`order` = 0
                            ) AS `t157`
                          ) AS `t166`
                            ON `t103`.`key` = `t166`.`key`
                        ) AS `t172`
                        LEFT ANTI JOIN (
                          SELECT
                            `t94`.`campaign_id`,
                            `t94`.`influencer_id`,
                            COUNT(`t94`.`post_id`) AS `n_posts`
                          FROM `campaign_posts_in` AS `t94`
                          GROUP BY
                            1,
                            2
                        ) AS `t116`
                          ON `t172`.`campaign_id` = `t116`.`campaign_id`
                          AND `t172`.`influencer_id` = `t116`.`influencer_id`
                        LEFT OUTER JOIN `influencer` AS `t15`
                          ON `t172`.`influencer_id` = `t15`.`id`
                      ) AS `t177`
                    ) AS `t181`
                  ) AS `t231`
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      `t121`.`campaign_id`,
                      CAST(NULL AS STRING) AS `campaign`,
                      CAST(NULL AS BIGINT) AS `influencer_id`,
                      CAST(NULL AS STRING) AS `influencer`,
                      CAST(NULL AS BIGINT) AS `account_id`,
                      `t121`.`platform`,
                      CAST(NULL AS STRING) AS `format`,
                      CAST(NULL AS BIGINT) AS `post_id`,
                      `t121`.`day`,
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
                      `t121`.`mentions`,
                      `t121`.`brand_mentions`,
                      `t121`.`mention_engagements`,
                      `t121`.`brand_mention_engagements`,
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
                        `t115`.`platform`,
                        `t115`.`day`,
                        `t115`.`mentions`,
                        `t115`.`brand_mentions`,
                        `t115`.`mention_engagements`,
                        `t115`.`brand_mention_engagements`,
                        `t115`.`campaign_id`
                      FROM (
                        SELECT
                          `t100`.`mention_id`,
                          `t100`.`platform`,
                          `t100`.`day`,
                          `t100`.`mentions`,
                          `t100`.`brand_mentions`,
                          `t100`.`mention_engagements`,
                          `t100`.`brand_mention_engagements`,
                          MIN(`t100`.`campaign_id`) AS `campaign_id`
                        FROM (
                          SELECT
                            CAST(`t61`.`id` AS BIGINT) AS `campaign_id`,
                            `t54`.`id` AS `mention_id`,
                            CAST(`t54`.`platform` AS STRING) AS `platform`,
                            `t54`.`mentioned_on` AS `day`,
                            CAST(1 AS DOUBLE) AS `mentions`,
                            CAST(CAST(COALESCE(`t54`.`own`, FALSE) AS INT) AS DOUBLE) AS `brand_mentions`,
                            `t54`.`engagements` AS `mention_engagements`,
                            CAST(CAST(COALESCE(`t54`.`own`, FALSE) AS INT) AS DOUBLE) * `t54`.`engagements` AS `brand_mention_engagements`
                          FROM (
                            SELECT
                              *
                            FROM `mention` AS `t9`
                            WHERE
                              `t9`.`mentioned_on` <= MAKE_DATE(2026, 3, 31)
                          ) AS `t54`
                          INNER JOIN `t27` AS `t61`
                            ON `t54`.`workspace_id` = `t61`.`workspace_id`
                            AND `t54`.`mentioned_on` >= `t61`.`start_date`
                            AND `t54`.`mentioned_on` <= `t61`.`end_date`
                        ) AS `t100`
                        GROUP BY
                          1,
                          2,
                          3,
                          4,
                          5,
                          6,
                          7
                      ) AS `t115`
                    ) AS `t121`
                  ) AS `t130`
                ) AS `t233`
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    `t235`.`campaign_id`,
                    `t235`.`campaign`,
                    `t235`.`influencer_id`,
                    `t235`.`influencer`,
                    `t235`.`account_id`,
                    `t235`.`platform`,
                    CAST(NULL AS STRING) AS `format`,
                    CAST(NULL AS BIGINT) AS `post_id`,
                    `t235`.`day`,
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
                    IF(`t235`.`is_brand` = FALSE, `t235`.`start_followers`, CAST(NULL AS DOUBLE)) AS `followers_start`,
                    IF(
                      `t235`.`is_brand` = FALSE,
                      IF(
                        `t235`.`end_seen_at` > `t235`.`start_seen_at`,
                        `t235`.`end_followers` - `t235`.`start_followers`,
                        CAST(NULL AS DOUBLE)
                      ),
                      CAST(NULL AS DOUBLE)
                    ) AS `followers_gained`,
                    IF(
                      `t235`.`is_brand` = FALSE,
                      IF(
                        `t235`.`end_seen_at` > `t235`.`start_seen_at`,
                        (
                          (
                            `t235`.`start_followers` - `t235`.`before_followers`
                          ) / NULLIF(CAST(`t235`.`start_seen_at` - `t235`.`before_seen_at` AS DOUBLE), 0)
                        ) * (
                          `t235`.`end_seen_at` - `t235`.`start_seen_at`
                        ),
                        CAST(NULL AS DOUBLE)
                      ),
                      CAST(NULL AS DOUBLE)
                    ) AS `followers_expected_gain`,
                    CAST(IF(`t235`.`is_brand` = FALSE, `t235`.`start_rank`, CAST(NULL AS TINYINT)) AS BIGINT) AS `followers_start__provenance`,
                    IF(
                      `t235`.`is_brand` = FALSE,
                      IF(
                        `t235`.`end_seen_at` > `t235`.`start_seen_at`,
                        NULLIF(GREATEST(COALESCE(`t235`.`start_rank`, -1), COALESCE(`t235`.`end_rank`, -1)), -1),
                        CAST(NULL AS BIGINT)
                      ),
                      CAST(NULL AS BIGINT)
                    ) AS `followers_gained__provenance`,
                    IF(
                      `t235`.`is_brand` = FALSE,
                      IF(
                        IF(
                          `t235`.`end_seen_at` > `t235`.`start_seen_at`,
                          (
                            (
                              `t235`.`start_followers` - `t235`.`before_followers`
                            ) / NULLIF(CAST(`t235`.`start_seen_at` - `t235`.`before_seen_at` AS DOUBLE), 0)
                          ) * (
                            `t235`.`end_seen_at` - `t235`.`start_seen_at`
                          ),
                          CAST(NULL AS DOUBLE)
                        ) IS NOT NULL
                        AND NOT ISNAN(
                          IF(
                            `t235`.`end_seen_at` > `t235`.`start_seen_at`,
                            (
                              (
                                `t235`.`start_followers` - `t235`.`before_followers`
                              ) / NULLIF(CAST(`t235`.`start_seen_at` - `t235`.`before_seen_at` AS DOUBLE), 0)
                            ) * (
                              `t235`.`end_seen_at` - `t235`.`start_seen_at`
                            ),
                            CAST(NULL AS DOUBLE)
                          )
                        ),
                        NULLIF(
                          GREATEST(
                            COALESCE(
                              IF(
                                `t235`.`end_seen_at` > `t235`.`start_seen_at`,
                                NULLIF(GREATEST(COALESCE(`t235`.`start_rank`, -1), COALESCE(`t235`.`end_rank`, -1)), -1),
                                CAST(NULL AS BIGINT)
                              ),
                              -1
                            ),
                            COALESCE(`t235`.`before_rank`, -1)
                          ),
                          -1
                        ),
                        CAST(NULL AS BIGINT)
                      ),
                      CAST(NULL AS BIGINT)
                    ) AS `followers_expected_gain__provenance`,
                    IF(`t235`.`is_brand` = TRUE, `t235`.`start_followers`, CAST(NULL AS DOUBLE)) AS `brand_followers_start`,
                    IF(
                      `t235`.`is_brand` = TRUE,
                      IF(
                        `t235`.`end_seen_at` > `t235`.`start_seen_at`,
                        `t235`.`end_followers` - `t235`.`start_followers`,
                        CAST(NULL AS DOUBLE)
                      ),
                      CAST(NULL AS DOUBLE)
                    ) AS `brand_followers_gained`,
                    IF(
                      `t235`.`is_brand` = TRUE,
                      IF(
                        `t235`.`end_seen_at` > `t235`.`start_seen_at`,
                        (
                          (
                            `t235`.`start_followers` - `t235`.`before_followers`
                          ) / NULLIF(CAST(`t235`.`start_seen_at` - `t235`.`before_seen_at` AS DOUBLE), 0)
                        ) * (
                          `t235`.`end_seen_at` - `t235`.`start_seen_at`
                        ),
                        CAST(NULL AS DOUBLE)
                      ),
                      CAST(NULL AS DOUBLE)
                    ) AS `brand_followers_expected_gain`,
                    CAST(IF(`t235`.`is_brand` = TRUE, `t235`.`start_rank`, CAST(NULL AS TINYINT)) AS BIGINT) AS `brand_followers_start__provenance`,
                    IF(
                      `t235`.`is_brand` = TRUE,
                      IF(
                        `t235`.`end_seen_at` > `t235`.`start_seen_at`,
                        NULLIF(GREATEST(COALESCE(`t235`.`start_rank`, -1), COALESCE(`t235`.`end_rank`, -1)), -1),
                        CAST(NULL AS BIGINT)
                      ),
                      CAST(NULL AS BIGINT)
                    ) AS `brand_followers_gained__provenance`,
                    IF(
                      `t235`.`is_brand` = TRUE,
                      IF(
                        IF(
                          `t235`.`end_seen_at` > `t235`.`start_seen_at`,
                          (
                            (
                              `t235`.`start_followers` - `t235`.`before_followers`
                            ) / NULLIF(CAST(`t235`.`start_seen_at` - `t235`.`before_seen_at` AS DOUBLE), 0)
                          ) * (
                            `t235`.`end_seen_at` - `t235`.`start_seen_at`
                          ),
                          CAST(NULL AS DOUBLE)
                        ) IS NOT NULL
                        AND NOT ISNAN(
                          IF(
                            `t235`.`end_seen_at` > `t235`.`start_seen_at`,
                            (
                              (
                                `t235`.`start_followers` - `t235`.`before_followers`
                              ) / NULLIF(CAST(`t235`.`start_seen_at` - `t235`.`before_seen_at` AS DOUBLE), 0)
                            ) * (
                              `t235`.`end_seen_at` - `t235`.`start_seen_at`
                            ),
                            CAST(NULL AS DOUBLE)
                          )
                        ),
                        NULLIF(
                          GREATEST(
                            COALESCE(
                              IF(
                                `t235`.`end_seen_at` > `t235`.`start_seen_at`,
                                NULLIF(GREATEST(COALESCE(`t235`.`start_rank`, -1), COALESCE(`t235`.`end_rank`, -1)), -1),
                                CAST(NULL AS BIGINT)
                              ),
                              -1
                            ),
                            COALESCE(`t235`.`before_rank`, -1)
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
                      `t232`.`campaign_id`,
                      `t232`.`influencer_id`,
                      `t232`.`influencer`,
                      `t232`.`account_id`,
                      `t232`.`platform`,
                      `t232`.`is_brand`,
                      `t232`.`day`,
                      `t232`.`start_at`,
                      `t232`.`end_at`,
                      `t232`.`campaign`,
                      `t232`.`start_followers`,
                      `t232`.`start_seen_at`,
                      `t232`.`start_rank`,
                      `t232`.`end_followers`,
                      `t232`.`end_seen_at`,
                      `t232`.`end_rank`,
                      `t217`.`before_followers`,
                      `t217`.`before_seen_at`,
                      `t217`.`before_rank`
                    FROM (
                      SELECT
                        `t225`.`campaign_id`,
                        `t225`.`influencer_id`,
                        `t225`.`influencer`,
                        `t225`.`account_id`,
                        `t225`.`platform`,
                        `t225`.`is_brand`,
                        `t225`.`day`,
                        `t225`.`start_at`,
                        `t225`.`end_at`,
                        `t225`.`campaign`,
                        `t225`.`start_followers`,
                        `t225`.`start_seen_at`,
                        `t225`.`start_rank`,
                        `t216`.`end_followers`,
                        `t216`.`end_seen_at`,
                        `t216`.`end_rank`
                      FROM (
                        SELECT
                          `t190`.`campaign_id`,
                          `t190`.`influencer_id`,
                          `t190`.`influencer`,
                          `t190`.`account_id`,
                          `t190`.`platform`,
                          `t190`.`is_brand`,
                          `t190`.`day`,
                          `t190`.`start_at`,
                          `t190`.`end_at`,
                          `t190`.`campaign`,
                          `t220`.`start_followers`,
                          `t220`.`start_seen_at`,
                          `t220`.`start_rank`
                        FROM (
                          SELECT
                            `t185`.`campaign_id`,
                            `t185`.`influencer_id`,
                            `t185`.`influencer`,
                            `t185`.`account_id`,
                            `t185`.`platform`,
                            `t185`.`is_brand`,
                            `t185`.`day`,
                            `t185`.`start_at`,
                            `t185`.`end_at`,
                            CAST(NULL AS STRING) AS `campaign`
                          FROM (
                            SELECT
                              `t180`.`influencer_id`,
                              `t180`.`influencer`,
                              `t180`.`account_id`,
                              `t180`.`platform`,
                              `t180`.`is_brand`,
                              `t180`.`stretch`,
                              MIN(`t180`.`campaign_id`) AS `campaign_id`,
                              MAX(`t180`.`day`) AS `day`,
                              MIN(`t180`.`start_at`) AS `start_at`,
                              MAX(`t180`.`end_at`) AS `end_at`
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
                                `t175`.`reached`,
                                `t175`.`opens`,
                                SUM(`t175`.`opens`) OVER (
                                  PARTITION BY `t175`.`account_id`
                                  ORDER BY `t175`.`start_at` ASC NULLS LAST, `t175`.`campaign_id` ASC NULLS LAST
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                ) AS `stretch`
                              FROM (
                                SELECT
                                  `t164`.`campaign_id`,
                                  `t164`.`campaign`,
                                  `t164`.`influencer_id`,
                                  `t164`.`influencer`,
                                  `t164`.`account_id`,
                                  `t164`.`platform`,
                                  `t164`.`is_brand`,
                                  `t164`.`day`,
                                  `t164`.`start_at`,
                                  `t164`.`end_at`,
                                  `t164`.`reached`,
                                  IF(
                                    (
                                      LAG(`t164`.`reached`) OVER (
                                        PARTITION BY `t164`.`account_id`
                                        ORDER BY `t164`.`start_at` ASC NULLS LAST, `t164`.`campaign_id` ASC NULLS LAST
                                      ) IS NULL
                                    )
                                    OR (
                                      `t164`.`start_at` >= LAG(`t164`.`reached`) OVER (
                                        PARTITION BY `t164`.`account_id`
                                        ORDER BY `t164`.`start_at` ASC NULLS LAST, `t164`.`campaign_id` ASC NULLS LAST
                                      )
                                    ),
                                    1,
                                    0
                                  ) AS `opens`
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
                                    MAX(`t145`.`end_at`) OVER (
                                      PARTITION BY `t145`.`account_id`
                                      ORDER BY `t145`.`start_at` ASC NULLS LAST, `t145`.`campaign_id` ASC NULLS LAST
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ) AS `reached`
                                  FROM (
                                    SELECT
                                      `t131`.`campaign_id`,
                                      CAST(`t17`.`name` AS STRING) AS `campaign`,
                                      CAST(`t16`.`id` AS BIGINT) AS `influencer_id`,
                                      CAST(`t16`.`name` AS STRING) AS `influencer`,
                                      `t131`.`account_id`,
                                      CAST(`t20`.`platform` AS STRING) AS `platform`,
                                      `t131`.`is_brand`,
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
                                            `t94`.`campaign_id`,
                                            `t94`.`account_id`
                                          FROM `campaign_posts_in` AS `t94`
                                        ) AS `t109`
                                      ) AS `t117`
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST(`t62`.`id` AS BIGINT) AS `campaign_id`,
                                          CAST(`t20`.`id` AS BIGINT) AS `account_id`,
                                          TRUE AS `is_brand`
                                        FROM `t27` AS `t62`
                                        INNER JOIN (
                                          SELECT
                                            *
                                          FROM `influencer` AS `t0`
                                          WHERE
                                            `t0`.`is_brand`
                                        ) AS `t26`
                                          ON `t26`.`workspace_id` = `t62`.`workspace_id`
                                        INNER JOIN `account` AS `t20`
                                          ON `t20`.`influencer_id` = `t26`.`id`
                                      ) AS `t85`
                                    ) AS `t131`
                                    INNER JOIN `campaign` AS `t17`
                                      ON `t131`.`campaign_id` = `t17`.`id`
                                    INNER JOIN `account` AS `t20`
                                      ON `t131`.`account_id` = `t20`.`id`
                                    INNER JOIN `influencer` AS `t16`
                                      ON `t20`.`influencer_id` = `t16`.`id`
                                  ) AS `t145`
                                ) AS `t164`
                              ) AS `t175`
                            ) AS `t180`
                            GROUP BY
                              1,
                              2,
                              3,
                              4,
                              5,
                              6
                          ) AS `t185`
                        ) AS `t190`
                        INNER JOIN (
                          SELECT
                            `t212`.`campaign_id`,
                            `t212`.`account_id`,
                            CAST(`t212`.`followers` AS DOUBLE) AS `start_followers`,
                            `t212`.`at` AS `start_seen_at`,
                            `t212`.`rank` AS `start_rank`
                          FROM (
                            SELECT
                              `t200`.`campaign_id`,
                              `t200`.`influencer_id`,
                              `t200`.`influencer`,
                              `t200`.`account_id`,
                              `t200`.`platform`,
                              `t200`.`is_brand`,
                              `t200`.`day`,
                              `t200`.`start_at`,
                              `t200`.`end_at`,
                              `t200`.`campaign`,
                              `t200`.`followers`,
                              `t200`.`at`,
                              `t200`.`rank`,
                              ROW_NUMBER() OVER (
                                PARTITION BY `t200`.`campaign_id`, `t200`.`account_id`
                                ORDER BY IF(`t200`.`at` <= `t200`.`start_at`, 0, 1) ASC NULLS LAST, ABS(`t200`.`at` - `t200`.`start_at`) ASC NULLS LAST
                              ) - 1 AS `order`
                            FROM `t197` AS `t200`
                          ) AS `t212`
                          WHERE
                            `t212`.`order` = 0
                        ) AS `t220`
                          ON `t190`.`campaign_id` = `t220`.`campaign_id`
                          AND `t190`.`account_id` = `t220`.`account_id`
                      ) AS `t225`
                      LEFT OUTER JOIN (
                        SELECT
                          `t210`.`campaign_id`,
                          `t210`.`account_id`,
                          CAST(`t210`.`followers` AS DOUBLE) AS `end_followers`,
                          `t210`.`at` AS `end_seen_at`,
                          `t210`.`rank` AS `end_rank`
                        FROM (
                          SELECT
                            `t200`.`campaign_id`,
                            `t200`.`influencer_id`,
                            `t200`.`influencer`,
                            `t200`.`account_id`,
                            `t200`.`platform`,
                            `t200`.`is_brand`,
                            `t200`.`day`,
                            `t200`.`start_at`,
                            `t200`.`end_at`,
                            `t200`.`campaign`,
                            `t200`.`followers`,
                            `t200`.`at`,
                            `t200`.`rank`,
                            ROW_NUMBER() OVER (PARTITION BY `t200`.`campaign_id`, `t200`.`account_id` ORDER BY `t200`.`at` DESC) - 1 AS `order`
                          FROM `t197` AS `t200`
                        ) AS `t210`
                        WHERE
                          `t210`.`order` = 0
                      ) AS `t216`
                        ON `t225`.`campaign_id` = `t216`.`campaign_id`
                        AND `t225`.`account_id` = `t216`.`account_id`
                    ) AS `t232`
                    LEFT OUTER JOIN (
                      SELECT
                        `t211`.`campaign_id`,
                        `t211`.`account_id`,
                        CAST(`t211`.`followers` AS DOUBLE) AS `before_followers`,
                        `t211`.`at` AS `before_seen_at`,
                        `t211`.`rank` AS `before_rank`
                      FROM (
                        SELECT
                          `t203`.`campaign_id`,
                          `t203`.`influencer_id`,
                          `t203`.`influencer`,
                          `t203`.`account_id`,
                          `t203`.`platform`,
                          `t203`.`is_brand`,
                          `t203`.`day`,
                          `t203`.`start_at`,
                          `t203`.`end_at`,
                          `t203`.`campaign`,
                          `t203`.`followers`,
                          `t203`.`at`,
                          `t203`.`rank`,
                          ROW_NUMBER() OVER (PARTITION BY `t203`.`campaign_id`, `t203`.`account_id` ORDER BY `t203`.`at` DESC) - 1 AS `order`
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              `t190`.`campaign_id`,
                              `t190`.`influencer_id`,
                              `t190`.`influencer`,
                              `t190`.`account_id`,
                              `t190`.`platform`,
                              `t190`.`is_brand`,
                              `t190`.`day`,
                              `t190`.`start_at`,
                              `t190`.`end_at`,
                              `t190`.`campaign`,
                              `t67`.`followers`,
                              `t67`.`at`,
                              `t67`.`rank`
                            FROM (
                              SELECT
                                `t185`.`campaign_id`,
                                `t185`.`influencer_id`,
                                `t185`.`influencer`,
                                `t185`.`account_id`,
                                `t185`.`platform`,
                                `t185`.`is_brand`,
                                `t185`.`day`,
                                `t185`.`start_at`,
                                `t185`.`end_at`,
                                CAST(NULL AS STRING) AS `campaign`
                              FROM (
                                SELECT
                                  `t180`.`influencer_id`,
                                  `t180`.`influencer`,
                                  `t180`.`account_id`,
                                  `t180`.`platform`,
                                  `t180`.`is_brand`,
                                  `t180`.`stretch`,
                                  MIN(`t180`.`campaign_id`) AS `campaign_id`,
                                  MAX(`t180`.`day`) AS `day`,
                                  MIN(`t180`.`start_at`) AS `start_at`,
                                  MAX(`t180`.`end_at`) AS `end_at`
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
                                    `t175`.`reached`,
                                    `t175`.`opens`,
                                    SUM(`t175`.`opens`) OVER (
                                      PARTITION BY `t175`.`account_id`
                                      ORDER BY `t175`.`start_at` ASC NULLS LAST, `t175`.`campaign_id` ASC NULLS LAST
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ) AS `stretch`
                                  FROM (
                                    SELECT
                                      `t164`.`campaign_id`,
                                      `t164`.`campaign`,
                                      `t164`.`influencer_id`,
                                      `t164`.`influencer`,
                                      `t164`.`account_id`,
                                      `t164`.`platform`,
                                      `t164`.`is_brand`,
                                      `t164`.`day`,
                                      `t164`.`start_at`,
                                      `t164`.`end_at`,
                                      `t164`.`reached`,
                                      IF(
                                        (
                                          LAG(`t164`.`reached`) OVER (
                                            PARTITION BY `t164`.`account_id`
                                            ORDER BY `t164`.`start_at` ASC NULLS LAST, `t164`.`campaign_id` ASC NULLS LAST
                                          ) IS NULL
                                        )
                                        OR (
                                          `t164`.`start_at` >= LAG(`t164`.`reached`) OVER (
                                            PARTITION BY `t164`.`account_id`
                                            ORDER BY `t164`.`start_at` ASC NULLS LAST, `t164`.`campaign_id` ASC NULLS LAST
                                          )
                                        ),
                                        1,
                                        0
                                      ) AS `opens`
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
                                        MAX(`t145`.`end_at`) OVER (
                                          PARTITION BY `t145`.`account_id`
                                          ORDER BY `t145`.`start_at` ASC NULLS LAST, `t145`.`campaign_id` ASC NULLS LAST
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                        ) AS `reached`
                                      FROM (
                                        SELECT
                                          `t131`.`campaign_id`,
                                          CAST(`t17`.`name` AS STRING) AS `campaign`,
                                          CAST(`t16`.`id` AS BIGINT) AS `influencer_id`,
                                          CAST(`t16`.`name` AS STRING) AS `influencer`,
                                          `t131`.`account_id`,
                                          CAST(`t20`.`platform` AS STRING) AS `platform`,
                                          `t131`.`is_brand`,
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
                                                `t94`.`campaign_id`,
                                                `t94`.`account_id`
                                              FROM `campaign_posts_in` AS `t94`
                                            ) AS `t109`
                                          ) AS `t117`
                                          UNION ALL
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              CAST(`t62`.`id` AS BIGINT) AS `campaign_id`,
                                              CAST(`t20`.`id` AS BIGINT) AS `account_id`,
                                              TRUE AS `is_brand`
                                            FROM `t27` AS `t62`
                                            INNER JOIN (
                                              SELECT
                                                *
                                              FROM `influencer` AS `t0`
                                              WHERE
                                                `t0`.`is_brand`
                                            ) AS `t26`
                                              ON `t26`.`workspace_id` = `t62`.`workspace_id`
                                            INNER JOIN `account` AS `t20`
                                              ON `t20`.`influencer_id` = `t26`.`id`
                                          ) AS `t85`
                                        ) AS `t131`
                                        INNER JOIN `campaign` AS `t17`
                                          ON `t131`.`campaign_id` = `t17`.`id`
                                        INNER JOIN `account` AS `t20`
                                          ON `t131`.`account_id` = `t20`.`id`
                                        INNER JOIN `influencer` AS `t16`
                                          ON `t20`.`influencer_id` = `t16`.`id`
                                      ) AS `t145`
                                    ) AS `t164`
                                  ) AS `t175`
                                ) AS `t180`
                                GROUP BY
                                  1,
                                  2,
                                  3,
                                  4,
                                  5,
                                  6
                              ) AS `t185`
                            ) AS `t190`
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
                              WHERE
                                `t13`.`captured_at` <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                            ) AS `t67`
                              ON `t190`.`account_id` = `t67`.`account_id`
                          ) AS `t194`
                          WHERE
                            `t194`.`at` <= (
                              `t194`.`start_at` - (
                                `t194`.`end_at` - `t194`.`start_at`
                              )
                            )
                        ) AS `t203`
                      ) AS `t211`
                      WHERE
                        `t211`.`order` = 0
                    ) AS `t217`
                      ON `t232`.`campaign_id` = `t217`.`campaign_id`
                      AND `t232`.`account_id` = `t217`.`account_id`
                  ) AS `t235`
                ) AS `t236`
              ) AS `t237`
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  `t92`.`campaign_id`,
                  `t92`.`campaign`,
                  `t92`.`influencer_id`,
                  `t92`.`influencer`,
                  CAST(NULL AS BIGINT) AS `account_id`,
                  CAST(NULL AS STRING) AS `platform`,
                  CAST(NULL AS STRING) AS `format`,
                  CAST(NULL AS BIGINT) AS `post_id`,
                  `t92`.`day`,
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
                  `t92`.`influencers_contacted`,
                  `t92`.`influencers_interested`,
                  `t92`.`posts_contracted`,
                  `t92`.`products_sent`,
                  CAST(NULL AS DOUBLE) AS `key_messages`
                FROM (
                  SELECT
                    CAST(`t53`.`campaign_id` AS BIGINT) AS `campaign_id`,
                    CAST(`t17`.`name` AS STRING) AS `campaign`,
                    CAST(`t53`.`influencer_id` AS BIGINT) AS `influencer_id`,
                    CAST(`t15`.`name` AS STRING) AS `influencer`,
                    `t17`.`start_date` AS `day`,
                    CAST(1 AS DOUBLE) AS `influencers_contacted`,
                    CAST(CAST(COALESCE(`t53`.`status` IN ('interested', 'activated'), FALSE) AS INT) AS DOUBLE) AS `influencers_interested`,
                    CAST(`t53`.`posts_contracted` AS DOUBLE) AS `posts_contracted`,
                    CAST(`t53`.`products_sent` AS DOUBLE) AS `products_sent`
                  FROM (
                    SELECT
                      *
                    FROM `roster` AS `t8`
                    WHERE
                      `t8`.`campaign_id` IN (1)
                  ) AS `t53`
                  INNER JOIN `campaign` AS `t17`
                    ON `t53`.`campaign_id` = `t17`.`id`
                  INNER JOIN `influencer` AS `t15`
                    ON `t53`.`influencer_id` = `t15`.`id`
                ) AS `t92`
              ) AS `t108`
            ) AS `t238`
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
            ) AS `t72`
          ) AS `t241`
          LEFT OUTER JOIN (
            SELECT
              `t152`.`key` AS `campaign_id`,
              `t152`.`rate` AS `emv_rate`
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  CAST(`t1`.`id` AS BIGINT) AS `key`,
                  CAST(1 AS DOUBLE) AS `rate`
                FROM `campaign` AS `t1`
                WHERE
                  'EUR' = CAST(`t1`.`currency` AS STRING)
              ) AS `t45`
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  `t136`.`key`,
                  `t136`.`rate`
                FROM (
                  SELECT
                    `t107`.`key`,
                    `t107`.`on`,
                    `t107`.`rate`,
                    `t107`.`valid`,
                    ROW_NUMBER() OVER (
                      PARTITION BY `t107`.`key`
                      ORDER BY IF(`t107`.`valid` <= `t107`.`on`, 0, 1) ASC NULLS LAST, ABS(`t107`.`valid` - `t107`.`on`) ASC NULLS LAST
                    ) - 1 AS `order`
                  FROM (
                    SELECT
                      `t64`.`key`,
                      `t64`.`on`,
                      `t77`.`rate`,
                      UNIX_TIMESTAMP(CAST(CAST(`t77`.`valid_on` AS TIMESTAMP) AS TIMESTAMP)) AS `valid`
                    FROM (
                      SELECT
                        CAST(`t1`.`id` AS BIGINT) AS `key`,
                        'EUR' AS `base`,
                        CAST(`t1`.`currency` AS STRING) AS `quote`,
                        UNIX_TIMESTAMP(CAST(CAST(`t1`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `on`
                      FROM `campaign` AS `t1`
                    ) AS `t64`
                    INNER JOIN `t68` AS `t77`
                      ON `t64`.`base` = `t77`.`base` AND `t64`.`quote` = `t77`.`quote`
                  ) AS `t107`
                ) AS `t136`
                WHERE
                  `t136`.`order` = 0
              ) AS `t144`
            ) AS `t152`
          ) AS `t160`
            ON `t241`.`campaign_id` = `t160`.`campaign_id`
        ) AS `t244`
        LEFT OUTER JOIN (
          SELECT
            `t6`.`account_id`,
            `t6`.`inauthentic_share`
          FROM `account_audit` AS `t6`
        ) AS `t30`
          ON `t244`.`account_id` = `t30`.`account_id`
      ) AS `t246`
    ) AS `t249`
    LEFT OUTER JOIN (
      SELECT
        `t151`.`key` AS `campaign_id`,
        `t151`.`rate` AS `paid_rate`
      FROM (
        SELECT
          *
        FROM (
          SELECT
            CAST(`t1`.`id` AS BIGINT) AS `key`,
            CAST(1 AS DOUBLE) AS `rate`
          FROM `campaign` AS `t1`
          WHERE
            'USD' = CAST(`t1`.`currency` AS STRING)
        ) AS `t44`
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            `t135`.`key`,
            `t135`.`rate`
          FROM (
            SELECT
              `t106`.`key`,
              `t106`.`on`,
              `t106`.`rate`,
              `t106`.`valid`,
              ROW_NUMBER() OVER (
                PARTITION BY `t106`.`key`
                ORDER BY IF(`t106`.`valid` <= `t106`.`on`, 0, 1) ASC NULLS LAST, ABS(`t106`.`valid` - `t106`.`on`) ASC NULLS LAST
              ) - 1 AS `order`
            FROM (
              SELECT
                `t63`.`key`,
                `t63`.`on`,
                `t76`.`rate`,
                UNIX_TIMESTAMP(CAST(CAST(`t76`.`valid_on` AS TIMESTAMP) AS TIMESTAMP)) AS `valid`
              FROM (
                SELECT
                  CAST(`t1`.`id` AS BIGINT) AS `key`,
                  'USD' AS `base`,
                  CAST(`t1`.`currency` AS STRING) AS `quote`,
                  UNIX_TIMESTAMP(CAST(CAST(`t1`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `on`
                FROM `campaign` AS `t1`
              ) AS `t63`
              INNER JOIN `t68` AS `t76`
                ON `t63`.`base` = `t76`.`base` AND `t63`.`quote` = `t76`.`quote`
            ) AS `t106`
          ) AS `t135`
          WHERE
            `t135`.`order` = 0
        ) AS `t143`
      ) AS `t151`
    ) AS `t159`
      ON `t249`.`campaign_id` = `t159`.`campaign_id`
  ) AS `t251`
  WHERE
    `t251`.`campaign_id` IN (1)
    AND (
      (
        `t251`.`brand_followers_expected_gain` IS NOT NULL
        AND NOT ISNAN(`t251`.`brand_followers_expected_gain`)
      )
      OR (
        `t251`.`brand_followers_gained` IS NOT NULL
        AND NOT ISNAN(`t251`.`brand_followers_gained`)
      )
      OR (
        `t251`.`brand_followers_start` IS NOT NULL
        AND NOT ISNAN(`t251`.`brand_followers_start`)
      )
      OR (
        `t251`.`brand_mention_engagements` IS NOT NULL
        AND NOT ISNAN(`t251`.`brand_mention_engagements`)
      )
      OR (
        `t251`.`brand_mentions` IS NOT NULL AND NOT ISNAN(`t251`.`brand_mentions`)
      )
      OR (
        `t251`.`clicks` IS NOT NULL AND NOT ISNAN(`t251`.`clicks`)
      )
      OR (
        `t251`.`comments` IS NOT NULL AND NOT ISNAN(`t251`.`comments`)
      )
      OR (
        `t251`.`cost` IS NOT NULL AND NOT ISNAN(`t251`.`cost`)
      )
      OR (
        `t251`.`disclosed_sponsored_posts` IS NOT NULL
        AND NOT ISNAN(`t251`.`disclosed_sponsored_posts`)
      )
      OR (
        `t251`.`emv` IS NOT NULL AND NOT ISNAN(`t251`.`emv`)
      )
      OR (
        `t251`.`emv_authentic` IS NOT NULL AND NOT ISNAN(`t251`.`emv_authentic`)
      )
      OR (
        `t251`.`engagements` IS NOT NULL AND NOT ISNAN(`t251`.`engagements`)
      )
      OR (
        `t251`.`er_followers_post` IS NOT NULL AND NOT ISNAN(`t251`.`er_followers_post`)
      )
      OR (
        `t251`.`er_impressions_post` IS NOT NULL
        AND NOT ISNAN(`t251`.`er_impressions_post`)
      )
      OR (
        `t251`.`er_reach_post` IS NOT NULL AND NOT ISNAN(`t251`.`er_reach_post`)
      )
      OR (
        `t251`.`er_views_post` IS NOT NULL AND NOT ISNAN(`t251`.`er_views_post`)
      )
      OR (
        `t251`.`followers` IS NOT NULL AND NOT ISNAN(`t251`.`followers`)
      )
      OR (
        `t251`.`followers_expected_gain` IS NOT NULL
        AND NOT ISNAN(`t251`.`followers_expected_gain`)
      )
      OR (
        `t251`.`followers_gained` IS NOT NULL AND NOT ISNAN(`t251`.`followers_gained`)
      )
      OR (
        `t251`.`followers_start` IS NOT NULL AND NOT ISNAN(`t251`.`followers_start`)
      )
      OR (
        `t251`.`impressions` IS NOT NULL AND NOT ISNAN(`t251`.`impressions`)
      )
      OR (
        `t251`.`impressions_with_estimates` IS NOT NULL
        AND NOT ISNAN(`t251`.`impressions_with_estimates`)
      )
      OR (
        `t251`.`influencers_contacted` IS NOT NULL
        AND NOT ISNAN(`t251`.`influencers_contacted`)
      )
      OR (
        `t251`.`influencers_interested` IS NOT NULL
        AND NOT ISNAN(`t251`.`influencers_interested`)
      )
      OR (
        `t251`.`key_message_posts` IS NOT NULL AND NOT ISNAN(`t251`.`key_message_posts`)
      )
      OR (
        `t251`.`key_messages` IS NOT NULL AND NOT ISNAN(`t251`.`key_messages`)
      )
      OR (
        `t251`.`likes` IS NOT NULL AND NOT ISNAN(`t251`.`likes`)
      )
      OR (
        `t251`.`mention_engagements` IS NOT NULL
        AND NOT ISNAN(`t251`.`mention_engagements`)
      )
      OR (
        `t251`.`mentions` IS NOT NULL AND NOT ISNAN(`t251`.`mentions`)
      )
      OR (
        (
          `t251`.`cost` / (
            CASE
              WHEN `t251`.`platform` = 'tiktok'
              THEN CAST(NULL AS DOUBLE)
              WHEN `t251`.`platform` = 'youtube'
              THEN CAST(NULL AS DOUBLE)
              ELSE 1.88
            END * `t251`.`paid_rate`
          )
        ) IS NOT NULL
        AND NOT ISNAN(
          `t251`.`cost` / (
            CASE
              WHEN `t251`.`platform` = 'tiktok'
              THEN CAST(NULL AS DOUBLE)
              WHEN `t251`.`platform` = 'youtube'
              THEN CAST(NULL AS DOUBLE)
              ELSE 1.88
            END * `t251`.`paid_rate`
          )
        )
      )
      OR (
        (
          (
            `t251`.`cost` / (
              CASE
                WHEN `t251`.`platform` = 'tiktok'
                THEN 7.5
                WHEN `t251`.`platform` = 'youtube'
                THEN 3.53
                ELSE 19.8
              END * `t251`.`paid_rate`
            )
          ) * 1000
        ) IS NOT NULL
        AND NOT ISNAN(
          (
            `t251`.`cost` / (
              CASE
                WHEN `t251`.`platform` = 'tiktok'
                THEN 7.5
                WHEN `t251`.`platform` = 'youtube'
                THEN 3.53
                ELSE 19.8
              END * `t251`.`paid_rate`
            )
          ) * 1000
        )
      )
      OR (
        (
          `t251`.`cost` / (
            CASE WHEN `t251`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t251`.`paid_rate`
          )
        ) IS NOT NULL
        AND NOT ISNAN(
          `t251`.`cost` / (
            CASE WHEN `t251`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t251`.`paid_rate`
          )
        )
      )
      OR (
        `t251`.`post_id` IS NOT NULL
      )
      OR (
        `t251`.`post_platform` IS NOT NULL
      )
      OR (
        `t251`.`posts_contracted` IS NOT NULL AND NOT ISNAN(`t251`.`posts_contracted`)
      )
      OR (
        `t251`.`products_sent` IS NOT NULL AND NOT ISNAN(`t251`.`products_sent`)
      )
      OR (
        `t251`.`publishing_influencer` IS NOT NULL
        AND NOT ISNAN(`t251`.`publishing_influencer`)
      )
      OR (
        `t251`.`reach` IS NOT NULL AND NOT ISNAN(`t251`.`reach`)
      )
      OR (
        `t251`.`saves` IS NOT NULL AND NOT ISNAN(`t251`.`saves`)
      )
      OR (
        `t251`.`shares` IS NOT NULL AND NOT ISNAN(`t251`.`shares`)
      )
      OR (
        `t251`.`sponsored_posts` IS NOT NULL AND NOT ISNAN(`t251`.`sponsored_posts`)
      )
      OR (
        `t251`.`ugc_post` IS NOT NULL AND NOT ISNAN(`t251`.`ugc_post`)
      )
      OR (
        `t251`.`views` IS NOT NULL AND NOT ISNAN(`t251`.`views`)
      )
    )
)
SELECT
  `t266`.`influencer_id`,
  `t266`.`influencer`,
  `t266`.`platform`,
  `t266`.`key_messages`,
  `t266`.`platforms_selected`,
  `t266`.`influencers_contacted`,
  `t266`.`influencers_interested`,
  (
    `t266`.`influencers_interested` / NULLIF(`t266`.`influencers_contacted`, 0)
  ) * 100 AS `influencers_interested_rate`,
  `t266`.`influencers_activated`,
  `t266`.`products_sent`,
  `t266`.`reach`,
  `t266`.`impressions`,
  `t266`.`views`,
  `t266`.`impressions_with_estimates`,
  (
    `t266`.`reach_rate__first` / NULLIF(`t266`.`reach_rate__second`, 0)
  ) * 100 AS `reach_rate`,
  `t266`.`brand_mentions`,
  (
    `t266`.`brand_mentions` / NULLIF(`t266`.`mentions`, 0)
  ) * 100 AS `share_of_voice`,
  (
    `t266`.`brand_mention_engagements` / NULLIF(`t266`.`mention_engagements`, 0)
  ) * 100 AS `share_of_engagement`,
  `t266`.`key_message_posts`,
  (
    `t266`.`key_message_posts` / NULLIF(CAST(`t266`.`posts` AS DOUBLE), 0)
  ) * 100 AS `key_message_rate`,
  `t266`.`posts`,
  `t266`.`posts_contracted`,
  (
    CAST(`t266`.`posts` AS DOUBLE) / NULLIF(`t266`.`posts_contracted`, 0)
  ) * 100 AS `posts_delivery_rate`,
  `t266`.`ugc_posts`,
  `t266`.`likes`,
  `t266`.`comments`,
  `t266`.`shares`,
  `t266`.`saves`,
  `t266`.`engagements`,
  (
    `t266`.`engagement_rate_reach__first` / NULLIF(`t266`.`engagement_rate_reach__second`, 0)
  ) * 100 AS `engagement_rate_reach`,
  (
    `t266`.`engagement_rate_followers__first` / NULLIF(`t266`.`engagement_rate_followers__second`, 0)
  ) * 100 AS `engagement_rate_followers`,
  `t266`.`er_reach_post_mean` AS `engagement_rate_reach_post_mean`,
  `t266`.`er_reach_post_median` AS `engagement_rate_reach_post_median`,
  `t266`.`er_reach_account_mean` AS `engagement_rate_reach_account_mean`,
  `t266`.`er_reach_account_median` AS `engagement_rate_reach_account_median`,
  `t266`.`er_followers_post_mean` AS `engagement_rate_followers_post_mean`,
  `t266`.`er_followers_post_median` AS `engagement_rate_followers_post_median`,
  `t266`.`er_followers_account_mean` AS `engagement_rate_followers_account_mean`,
  `t266`.`er_followers_account_median` AS `engagement_rate_followers_account_median`,
  (
    `t266`.`engagement_rate_impressions__first` / NULLIF(`t266`.`engagement_rate_impressions__second`, 0)
  ) * 100 AS `engagement_rate_impressions`,
  `t266`.`er_impressions_post_mean` AS `engagement_rate_impressions_post_mean`,
  `t266`.`er_impressions_post_median` AS `engagement_rate_impressions_post_median`,
  `t266`.`er_impressions_account_mean` AS `engagement_rate_impressions_account_mean`,
  `t266`.`er_impressions_account_median` AS `engagement_rate_impressions_account_median`,
  (
    `t266`.`engagement_rate_views__first` / NULLIF(`t266`.`engagement_rate_views__second`, 0)
  ) * 100 AS `engagement_rate_views`,
  `t266`.`er_views_post_mean` AS `engagement_rate_views_post_mean`,
  `t266`.`er_views_post_median` AS `engagement_rate_views_post_median`,
  `t266`.`er_views_account_mean` AS `engagement_rate_views_account_mean`,
  `t266`.`er_views_account_median` AS `engagement_rate_views_account_median`,
  `t266`.`clicks` AS `platform_link_clicks`,
  `t266`.`followers_gained`,
  (
    `t266`.`follower_growth_rate__first` / NULLIF(`t266`.`follower_growth_rate__second`, 0)
  ) * 100 AS `follower_growth_rate`,
  `t266`.`followers_gained_above_trend__first` - `t266`.`followers_gained_above_trend__second` AS `followers_gained_above_trend`,
  `t266`.`brand_followers_gained`,
  (
    `t266`.`brand_follower_growth_rate__first` / NULLIF(`t266`.`brand_follower_growth_rate__second`, 0)
  ) * 100 AS `brand_follower_growth_rate`,
  `t266`.`brand_followers_gained_above_trend__first` - `t266`.`brand_followers_gained_above_trend__second` AS `brand_followers_gained_above_trend`,
  `t266`.`link_clicks` AS `tracked_clicks`,
  `t266`.`unique_link_clicks` AS `unique_clicks`,
  `t266`.`bot_link_clicks` AS `bot_clicks`,
  (
    `t266`.`link_clicks` / NULLIF(`t266`.`impressions_with_estimates`, 0)
  ) * 100 AS `click_through_rate`,
  `t266`.`sessions`,
  `t266`.`new_users`,
  (
    `t266`.`bounced_sessions` / NULLIF(`t266`.`sessions`, 0)
  ) * 100 AS `bounce_rate`,
  `t266`.`session_seconds` / NULLIF(`t266`.`sessions`, 0) AS `average_session_duration`,
  `t266`.`page_views` / NULLIF(`t266`.`sessions`, 0) AS `pages_per_session`,
  `t266`.`key_events` AS `leads`,
  `t266`.`orders` AS `conversions`,
  (
    `t266`.`orders` / NULLIF(`t266`.`unique_link_clicks`, 0)
  ) * 100 AS `conversion_rate`,
  `t266`.`revenue`,
  `t266`.`revenue` / NULLIF(`t266`.`priced_orders`, 0) AS `average_order_value`,
  `t266`.`new_customers`,
  `t266`.`revenue` / NULLIF(`t266`.`cost`, 0) AS `return_on_ad_spend`,
  (
    (
      `t266`.`revenue` - `t266`.`cost`
    ) / NULLIF(`t266`.`cost`, 0)
  ) * 100 AS `return_on_investment`,
  (
    (
      `t266`.`revenue` - `t266`.`cost`
    ) / NULLIF(`t266`.`revenue`, 0)
  ) * 100 AS `profitability`,
  `t266`.`sponsored_posts`,
  `t266`.`disclosed_sponsored_posts`,
  (
    `t266`.`disclosed_sponsored_posts` / NULLIF(`t266`.`sponsored_posts`, 0)
  ) * 100 AS `disclosure_rate`,
  `t266`.`cost`,
  (
    `t266`.`cost` / NULLIF(`t266`.`impressions_with_estimates`, 0)
  ) * 1000 AS `cost_per_mille`,
  `t266`.`cost` / NULLIF(`t266`.`engagements`, 0) AS `cost_per_engagement`,
  `t266`.`cost` / NULLIF(`t266`.`views`, 0) AS `cost_per_view`,
  `t266`.`cost` / NULLIF(`t266`.`brand_followers_gained`, 0) AS `cost_per_new_follower`,
  `t266`.`cost` / NULLIF(`t266`.`link_clicks`, 0) AS `cost_per_click`,
  `t266`.`cost` / NULLIF(`t266`.`orders`, 0) AS `cost_per_acquisition`,
  `t266`.`cost` / NULLIF(`t266`.`new_customers`, 0) AS `customer_acquisition_cost`,
  `t266`.`cost` / NULLIF(`t266`.`key_events`, 0) AS `cost_per_lead`,
  `t266`.`emv`,
  `t266`.`emv_authentic`,
  `t266`.`emv` / NULLIF(`t266`.`cost`, 0) AS `emv_per_cost`,
  `t266`.`paid_impressions` AS `paid_equivalent_impressions`,
  `t266`.`paid_clicks` AS `paid_equivalent_clicks`,
  `t266`.`paid_views` AS `paid_equivalent_views`,
  (
    `t266`.`impressions_vs_paid__first` / NULLIF(`t266`.`impressions_vs_paid__second`, 0)
  ) * 100 AS `impressions_vs_paid`,
  (
    `t266`.`clicks_vs_paid__first` / NULLIF(`t266`.`clicks_vs_paid__second`, 0)
  ) * 100 AS `clicks_vs_paid`,
  (
    `t266`.`views_vs_paid__first` / NULLIF(`t266`.`views_vs_paid__second`, 0)
  ) * 100 AS `views_vs_paid`,
  (
    SHIFTLEFT(
      CAST(IF(
        `t266`.`key_messages` IS NOT NULL AND NOT ISNAN(`t266`.`key_messages`),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      0
    )
  ) | (
    SHIFTLEFT(CAST(IF(`t266`.`platforms_selected` IS NOT NULL, COALESCE(0, 0), 3) AS BIGINT), 2)
  ) | (
    SHIFTLEFT(
      CAST(IF(
        `t266`.`influencers_contacted` IS NOT NULL
        AND NOT ISNAN(`t266`.`influencers_contacted`),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      4
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        `t266`.`influencers_interested` IS NOT NULL
        AND NOT ISNAN(`t266`.`influencers_interested`),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      6
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        (
          (
            `t266`.`influencers_interested` / NULLIF(`t266`.`influencers_contacted`, 0)
          ) * 100
        ) IS NOT NULL
        AND NOT ISNAN(
          (
            `t266`.`influencers_interested` / NULLIF(`t266`.`influencers_contacted`, 0)
          ) * 100
        ),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      8
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(`t266`.`influencers_activated` IS NOT NULL, COALESCE(0, 0), 3) AS BIGINT),
      10
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        `t266`.`products_sent` IS NOT NULL AND NOT ISNAN(`t266`.`products_sent`),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      12
    )
  ) | (
    SHIFTLEFT(
      IF(
        `t266`.`reach` IS NOT NULL AND NOT ISNAN(`t266`.`reach`),
        COALESCE(`t266`.`reach__provenance`, 0),
        3
      ),
      14
    )
  ) | (
    SHIFTLEFT(
      IF(
        `t266`.`impressions` IS NOT NULL AND NOT ISNAN(`t266`.`impressions`),
        COALESCE(`t266`.`impressions__provenance`, 0),
        3
      ),
      16
    )
  ) | (
    SHIFTLEFT(
      IF(
        `t266`.`views` IS NOT NULL AND NOT ISNAN(`t266`.`views`),
        COALESCE(`t266`.`views__provenance`, 0),
        3
      ),
      18
    )
  ) | (
    SHIFTLEFT(
      IF(
        `t266`.`impressions_with_estimates` IS NOT NULL
        AND NOT ISNAN(`t266`.`impressions_with_estimates`),
        COALESCE(`t266`.`impressions_with_estimates__provenance`, 0),
        3
      ),
      20
    )
  ) | (
    SHIFTLEFT(
      IF(
        (
          (
            `t266`.`reach_rate__first` / NULLIF(`t266`.`reach_rate__second`, 0)
          ) * 100
        ) IS NOT NULL
        AND NOT ISNAN((
          `t266`.`reach_rate__first` / NULLIF(`t266`.`reach_rate__second`, 0)
        ) * 100),
        COALESCE(`t266`.`reach_rate__pair__provenance`, 0),
        3
      ),
      22
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        `t266`.`brand_mentions` IS NOT NULL AND NOT ISNAN(`t266`.`brand_mentions`),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      24
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        (
          (
            `t266`.`brand_mentions` / NULLIF(`t266`.`mentions`, 0)
          ) * 100
        ) IS NOT NULL
        AND NOT ISNAN((
          `t266`.`brand_mentions` / NULLIF(`t266`.`mentions`, 0)
        ) * 100),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      26
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        (
          (
            `t266`.`brand_mention_engagements` / NULLIF(`t266`.`mention_engagements`, 0)
          ) * 100
        ) IS NOT NULL
        AND NOT ISNAN(
          (
            `t266`.`brand_mention_engagements` / NULLIF(`t266`.`mention_engagements`, 0)
          ) * 100
        ),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      28
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        `t266`.`key_message_posts` IS NOT NULL AND NOT ISNAN(`t266`.`key_message_posts`),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      30
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        (
          (
            `t266`.`key_message_posts` / NULLIF(CAST(`t266`.`posts` AS DOUBLE), 0)
          ) * 100
        ) IS NOT NULL
        AND NOT ISNAN(
          (
            `t266`.`key_message_posts` / NULLIF(CAST(`t266`.`posts` AS DOUBLE), 0)
          ) * 100
        ),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      32
    )
  ) | (
    SHIFTLEFT(CAST(IF(`t266`.`posts` IS NOT NULL, COALESCE(0, 0), 3) AS BIGINT), 34)
  ) | (
    SHIFTLEFT(
      CAST(IF(
        `t266`.`posts_contracted` IS NOT NULL AND NOT ISNAN(`t266`.`posts_contracted`),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      36
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        (
          (
            CAST(`t266`.`posts` AS DOUBLE) / NULLIF(`t266`.`posts_contracted`, 0)
          ) * 100
        ) IS NOT NULL
        AND NOT ISNAN(
          (
            CAST(`t266`.`posts` AS DOUBLE) / NULLIF(`t266`.`posts_contracted`, 0)
          ) * 100
        ),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      38
    )
  ) | (
    SHIFTLEFT(CAST(IF(`t266`.`ugc_posts` IS NOT NULL, COALESCE(0, 0), 3) AS BIGINT), 40)
  ) | (
    SHIFTLEFT(
      IF(
        `t266`.`likes` IS NOT NULL AND NOT ISNAN(`t266`.`likes`),
        COALESCE(`t266`.`likes__provenance`, 0),
        3
      ),
      42
    )
  ) | (
    SHIFTLEFT(
      IF(
        `t266`.`comments` IS NOT NULL AND NOT ISNAN(`t266`.`comments`),
        COALESCE(`t266`.`comments__provenance`, 0),
        3
      ),
      44
    )
  ) | (
    SHIFTLEFT(
      IF(
        `t266`.`shares` IS NOT NULL AND NOT ISNAN(`t266`.`shares`),
        COALESCE(`t266`.`shares__provenance`, 0),
        3
      ),
      46
    )
  ) | (
    SHIFTLEFT(
      IF(
        `t266`.`saves` IS NOT NULL AND NOT ISNAN(`t266`.`saves`),
        COALESCE(`t266`.`saves__provenance`, 0),
        3
      ),
      48
    )
  ) | (
    SHIFTLEFT(
      IF(
        `t266`.`engagements` IS NOT NULL AND NOT ISNAN(`t266`.`engagements`),
        COALESCE(`t266`.`engagements__provenance`, 0),
        3
      ),
      50
    )
  ) | (
    SHIFTLEFT(
      IF(
        (
          (
            `t266`.`engagement_rate_reach__first` / NULLIF(`t266`.`engagement_rate_reach__second`, 0)
          ) * 100
        ) IS NOT NULL
        AND NOT ISNAN(
          (
            `t266`.`engagement_rate_reach__first` / NULLIF(`t266`.`engagement_rate_reach__second`, 0)
          ) * 100
        ),
        COALESCE(`t266`.`engagement_rate_reach__pair__provenance`, 0),
        3
      ),
      52
    )
  ) | (
    SHIFTLEFT(
      IF(
        (
          (
            `t266`.`engagement_rate_followers__first` / NULLIF(`t266`.`engagement_rate_followers__second`, 0)
          ) * 100
        ) IS NOT NULL
        AND NOT ISNAN(
          (
            `t266`.`engagement_rate_followers__first` / NULLIF(`t266`.`engagement_rate_followers__second`, 0)
          ) * 100
        ),
        COALESCE(`t266`.`engagement_rate_followers__pair__provenance`, 0),
        3
      ),
      54
    )
  ) | (
    SHIFTLEFT(
      IF(
        `t266`.`er_reach_post_mean` IS NOT NULL
        AND NOT ISNAN(`t266`.`er_reach_post_mean`),
        COALESCE(`t266`.`er_reach_post_mean__provenance`, 0),
        3
      ),
      56
    )
  ) | (
    SHIFTLEFT(
      IF(
        `t266`.`er_reach_post_median` IS NOT NULL
        AND NOT ISNAN(`t266`.`er_reach_post_median`),
        COALESCE(`t266`.`er_reach_post_mean__provenance`, 0),
        3
      ),
      58
    )
  ) | (
    SHIFTLEFT(
      IF(
        `t266`.`er_reach_account_mean` IS NOT NULL
        AND NOT ISNAN(`t266`.`er_reach_account_mean`),
        COALESCE(`t266`.`er_reach_account_mean__provenance`, 0),
        3
      ),
      60
    )
  ) AS `provenance__0`,
  (
    SHIFTLEFT(
      IF(
        `t266`.`er_reach_account_median` IS NOT NULL
        AND NOT ISNAN(`t266`.`er_reach_account_median`),
        COALESCE(`t266`.`er_reach_account_median__provenance`, 0),
        3
      ),
      0
    )
  ) | (
    SHIFTLEFT(
      IF(
        `t266`.`er_followers_post_mean` IS NOT NULL
        AND NOT ISNAN(`t266`.`er_followers_post_mean`),
        COALESCE(`t266`.`er_followers_post_mean__provenance`, 0),
        3
      ),
      2
    )
  ) | (
    SHIFTLEFT(
      IF(
        `t266`.`er_followers_post_median` IS NOT NULL
        AND NOT ISNAN(`t266`.`er_followers_post_median`),
        COALESCE(`t266`.`er_followers_post_mean__provenance`, 0),
        3
      ),
      4
    )
  ) | (
    SHIFTLEFT(
      IF(
        `t266`.`er_followers_account_mean` IS NOT NULL
        AND NOT ISNAN(`t266`.`er_followers_account_mean`),
        COALESCE(`t266`.`er_followers_account_mean__provenance`, 0),
        3
      ),
      6
    )
  ) | (
    SHIFTLEFT(
      IF(
        `t266`.`er_followers_account_median` IS NOT NULL
        AND NOT ISNAN(`t266`.`er_followers_account_median`),
        COALESCE(`t266`.`er_followers_account_median__provenance`, 0),
        3
      ),
      8
    )
  ) | (
    SHIFTLEFT(
      IF(
        (
          (
            `t266`.`engagement_rate_impressions__first` / NULLIF(`t266`.`engagement_rate_impressions__second`, 0)
          ) * 100
        ) IS NOT NULL
        AND NOT ISNAN(
          (
            `t266`.`engagement_rate_impressions__first` / NULLIF(`t266`.`engagement_rate_impressions__second`, 0)
          ) * 100
        ),
        COALESCE(`t266`.`engagement_rate_impressions__pair__provenance`, 0),
        3
      ),
      10
    )
  ) | (
    SHIFTLEFT(
      IF(
        `t266`.`er_impressions_post_mean` IS NOT NULL
        AND NOT ISNAN(`t266`.`er_impressions_post_mean`),
        COALESCE(`t266`.`er_impressions_post_mean__provenance`, 0),
        3
      ),
      12
    )
  ) | (
    SHIFTLEFT(
      IF(
        `t266`.`er_impressions_post_median` IS NOT NULL
        AND NOT ISNAN(`t266`.`er_impressions_post_median`),
        COALESCE(`t266`.`er_impressions_post_mean__provenance`, 0),
        3
      ),
      14
    )
  ) | (
    SHIFTLEFT(
      IF(
        `t266`.`er_impressions_account_mean` IS NOT NULL
        AND NOT ISNAN(`t266`.`er_impressions_account_mean`),
        COALESCE(`t266`.`er_impressions_account_mean__provenance`, 0),
        3
      ),
      16
    )
  ) | (
    SHIFTLEFT(
      IF(
        `t266`.`er_impressions_account_median` IS NOT NULL
        AND NOT ISNAN(`t266`.`er_impressions_account_median`),
        COALESCE(`t266`.`er_impressions_account_median__provenance`, 0),
        3
      ),
      18
    )
  ) | (
    SHIFTLEFT(
      IF(
        (
          (
            `t266`.`engagement_rate_views__first` / NULLIF(`t266`.`engagement_rate_views__second`, 0)
          ) * 100
        ) IS NOT NULL
        AND NOT ISNAN(
          (
            `t266`.`engagement_rate_views__first` / NULLIF(`t266`.`engagement_rate_views__second`, 0)
          ) * 100
        ),
        COALESCE(`t266`.`engagement_rate_views__pair__provenance`, 0),
        3
      ),
      20
    )
  ) | (
    SHIFTLEFT(
      IF(
        `t266`.`er_views_post_mean` IS NOT NULL
        AND NOT ISNAN(`t266`.`er_views_post_mean`),
        COALESCE(`t266`.`er_views_post_mean__provenance`, 0),
        3
      ),
      22
    )
  ) | (
    SHIFTLEFT(
      IF(
        `t266`.`er_views_post_median` IS NOT NULL
        AND NOT ISNAN(`t266`.`er_views_post_median`),
        COALESCE(`t266`.`er_views_post_mean__provenance`, 0),
        3
      ),
      24
    )
  ) | (
    SHIFTLEFT(
      IF(
        `t266`.`er_views_account_mean` IS NOT NULL
        AND NOT ISNAN(`t266`.`er_views_account_mean`),
        COALESCE(`t266`.`er_views_account_mean__provenance`, 0),
        3
      ),
      26
    )
  ) | (
    SHIFTLEFT(
      IF(
        `t266`.`er_views_account_median` IS NOT NULL
        AND NOT ISNAN(`t266`.`er_views_account_median`),
        COALESCE(`t266`.`er_views_account_median__provenance`, 0),
        3
      ),
      28
    )
  ) | (
    SHIFTLEFT(
      IF(
        `t266`.`clicks` IS NOT NULL AND NOT ISNAN(`t266`.`clicks`),
        COALESCE(`t266`.`clicks__provenance`, 0),
        3
      ),
      30
    )
  ) | (
    SHIFTLEFT(
      IF(
        `t266`.`followers_gained` IS NOT NULL AND NOT ISNAN(`t266`.`followers_gained`),
        COALESCE(`t266`.`followers_gained__provenance`, 0),
        3
      ),
      32
    )
  ) | (
    SHIFTLEFT(
      IF(
        (
          (
            `t266`.`follower_growth_rate__first` / NULLIF(`t266`.`follower_growth_rate__second`, 0)
          ) * 100
        ) IS NOT NULL
        AND NOT ISNAN(
          (
            `t266`.`follower_growth_rate__first` / NULLIF(`t266`.`follower_growth_rate__second`, 0)
          ) * 100
        ),
        COALESCE(`t266`.`follower_growth_rate__pair__provenance`, 0),
        3
      ),
      34
    )
  ) | (
    SHIFTLEFT(
      IF(
        (
          `t266`.`followers_gained_above_trend__first` - `t266`.`followers_gained_above_trend__second`
        ) IS NOT NULL
        AND NOT ISNAN(
          `t266`.`followers_gained_above_trend__first` - `t266`.`followers_gained_above_trend__second`
        ),
        COALESCE(`t266`.`followers_gained_above_trend__pair__provenance`, 0),
        3
      ),
      36
    )
  ) | (
    SHIFTLEFT(
      IF(
        `t266`.`brand_followers_gained` IS NOT NULL
        AND NOT ISNAN(`t266`.`brand_followers_gained`),
        COALESCE(`t266`.`brand_followers_gained__provenance`, 0),
        3
      ),
      38
    )
  ) | (
    SHIFTLEFT(
      IF(
        (
          (
            `t266`.`brand_follower_growth_rate__first` / NULLIF(`t266`.`brand_follower_growth_rate__second`, 0)
          ) * 100
        ) IS NOT NULL
        AND NOT ISNAN(
          (
            `t266`.`brand_follower_growth_rate__first` / NULLIF(`t266`.`brand_follower_growth_rate__second`, 0)
          ) * 100
        ),
        COALESCE(`t266`.`brand_follower_growth_rate__pair__provenance`, 0),
        3
      ),
      40
    )
  ) | (
    SHIFTLEFT(
      IF(
        (
          `t266`.`brand_followers_gained_above_trend__first` - `t266`.`brand_followers_gained_above_trend__second`
        ) IS NOT NULL
        AND NOT ISNAN(
          `t266`.`brand_followers_gained_above_trend__first` - `t266`.`brand_followers_gained_above_trend__second`
        ),
        COALESCE(`t266`.`brand_followers_gained_above_trend__pair__provenance`, 0),
        3
      ),
      42
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        `t266`.`link_clicks` IS NOT NULL AND NOT ISNAN(`t266`.`link_clicks`),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      44
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        `t266`.`unique_link_clicks` IS NOT NULL
        AND NOT ISNAN(`t266`.`unique_link_clicks`),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      46
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        `t266`.`bot_link_clicks` IS NOT NULL AND NOT ISNAN(`t266`.`bot_link_clicks`),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      48
    )
  ) | (
    SHIFTLEFT(
      IF(
        (
          (
            `t266`.`link_clicks` / NULLIF(`t266`.`impressions_with_estimates`, 0)
          ) * 100
        ) IS NOT NULL
        AND NOT ISNAN(
          (
            `t266`.`link_clicks` / NULLIF(`t266`.`impressions_with_estimates`, 0)
          ) * 100
        ),
        COALESCE(`t266`.`impressions_with_estimates__provenance`, 0),
        3
      ),
      50
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(`t266`.`sessions` IS NOT NULL AND NOT ISNAN(`t266`.`sessions`), COALESCE(0, 0), 3) AS BIGINT),
      52
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(`t266`.`new_users` IS NOT NULL AND NOT ISNAN(`t266`.`new_users`), COALESCE(0, 0), 3) AS BIGINT),
      54
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        (
          (
            `t266`.`bounced_sessions` / NULLIF(`t266`.`sessions`, 0)
          ) * 100
        ) IS NOT NULL
        AND NOT ISNAN((
          `t266`.`bounced_sessions` / NULLIF(`t266`.`sessions`, 0)
        ) * 100),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      56
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        (
          `t266`.`session_seconds` / NULLIF(`t266`.`sessions`, 0)
        ) IS NOT NULL
        AND NOT ISNAN(`t266`.`session_seconds` / NULLIF(`t266`.`sessions`, 0)),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      58
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        (
          `t266`.`page_views` / NULLIF(`t266`.`sessions`, 0)
        ) IS NOT NULL
        AND NOT ISNAN(`t266`.`page_views` / NULLIF(`t266`.`sessions`, 0)),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      60
    )
  ) AS `provenance__1`,
  (
    SHIFTLEFT(
      CAST(IF(
        `t266`.`key_events` IS NOT NULL AND NOT ISNAN(`t266`.`key_events`),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      0
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(`t266`.`orders` IS NOT NULL AND NOT ISNAN(`t266`.`orders`), COALESCE(0, 0), 3) AS BIGINT),
      2
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        (
          (
            `t266`.`orders` / NULLIF(`t266`.`unique_link_clicks`, 0)
          ) * 100
        ) IS NOT NULL
        AND NOT ISNAN((
          `t266`.`orders` / NULLIF(`t266`.`unique_link_clicks`, 0)
        ) * 100),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      4
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(`t266`.`revenue` IS NOT NULL AND NOT ISNAN(`t266`.`revenue`), COALESCE(0, 0), 3) AS BIGINT),
      6
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        (
          `t266`.`revenue` / NULLIF(`t266`.`priced_orders`, 0)
        ) IS NOT NULL
        AND NOT ISNAN(`t266`.`revenue` / NULLIF(`t266`.`priced_orders`, 0)),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      8
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        `t266`.`new_customers` IS NOT NULL AND NOT ISNAN(`t266`.`new_customers`),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      10
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        (
          `t266`.`revenue` / NULLIF(`t266`.`cost`, 0)
        ) IS NOT NULL
        AND NOT ISNAN(`t266`.`revenue` / NULLIF(`t266`.`cost`, 0)),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      12
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        (
          (
            (
              `t266`.`revenue` - `t266`.`cost`
            ) / NULLIF(`t266`.`cost`, 0)
          ) * 100
        ) IS NOT NULL
        AND NOT ISNAN(
          (
            (
              `t266`.`revenue` - `t266`.`cost`
            ) / NULLIF(`t266`.`cost`, 0)
          ) * 100
        ),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      14
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        (
          (
            (
              `t266`.`revenue` - `t266`.`cost`
            ) / NULLIF(`t266`.`revenue`, 0)
          ) * 100
        ) IS NOT NULL
        AND NOT ISNAN(
          (
            (
              `t266`.`revenue` - `t266`.`cost`
            ) / NULLIF(`t266`.`revenue`, 0)
          ) * 100
        ),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      16
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        `t266`.`sponsored_posts` IS NOT NULL AND NOT ISNAN(`t266`.`sponsored_posts`),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      18
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        `t266`.`disclosed_sponsored_posts` IS NOT NULL
        AND NOT ISNAN(`t266`.`disclosed_sponsored_posts`),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      20
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        (
          (
            `t266`.`disclosed_sponsored_posts` / NULLIF(`t266`.`sponsored_posts`, 0)
          ) * 100
        ) IS NOT NULL
        AND NOT ISNAN(
          (
            `t266`.`disclosed_sponsored_posts` / NULLIF(`t266`.`sponsored_posts`, 0)
          ) * 100
        ),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      22
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(`t266`.`cost` IS NOT NULL AND NOT ISNAN(`t266`.`cost`), COALESCE(0, 0), 3) AS BIGINT),
      24
    )
  ) | (
    SHIFTLEFT(
      IF(
        (
          (
            `t266`.`cost` / NULLIF(`t266`.`impressions_with_estimates`, 0)
          ) * 1000
        ) IS NOT NULL
        AND NOT ISNAN((
          `t266`.`cost` / NULLIF(`t266`.`impressions_with_estimates`, 0)
        ) * 1000),
        COALESCE(`t266`.`impressions_with_estimates__provenance`, 0),
        3
      ),
      26
    )
  ) | (
    SHIFTLEFT(
      IF(
        (
          `t266`.`cost` / NULLIF(`t266`.`engagements`, 0)
        ) IS NOT NULL
        AND NOT ISNAN(`t266`.`cost` / NULLIF(`t266`.`engagements`, 0)),
        COALESCE(`t266`.`engagements__provenance`, 0),
        3
      ),
      28
    )
  ) | (
    SHIFTLEFT(
      IF(
        (
          `t266`.`cost` / NULLIF(`t266`.`views`, 0)
        ) IS NOT NULL
        AND NOT ISNAN(`t266`.`cost` / NULLIF(`t266`.`views`, 0)),
        COALESCE(`t266`.`views__provenance`, 0),
        3
      ),
      30
    )
  ) | (
    SHIFTLEFT(
      IF(
        (
          `t266`.`cost` / NULLIF(`t266`.`brand_followers_gained`, 0)
        ) IS NOT NULL
        AND NOT ISNAN(`t266`.`cost` / NULLIF(`t266`.`brand_followers_gained`, 0)),
        COALESCE(`t266`.`brand_followers_gained__provenance`, 0),
        3
      ),
      32
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        (
          `t266`.`cost` / NULLIF(`t266`.`link_clicks`, 0)
        ) IS NOT NULL
        AND NOT ISNAN(`t266`.`cost` / NULLIF(`t266`.`link_clicks`, 0)),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      34
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        (
          `t266`.`cost` / NULLIF(`t266`.`orders`, 0)
        ) IS NOT NULL
        AND NOT ISNAN(`t266`.`cost` / NULLIF(`t266`.`orders`, 0)),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      36
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        (
          `t266`.`cost` / NULLIF(`t266`.`new_customers`, 0)
        ) IS NOT NULL
        AND NOT ISNAN(`t266`.`cost` / NULLIF(`t266`.`new_customers`, 0)),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      38
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        (
          `t266`.`cost` / NULLIF(`t266`.`key_events`, 0)
        ) IS NOT NULL
        AND NOT ISNAN(`t266`.`cost` / NULLIF(`t266`.`key_events`, 0)),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      40
    )
  ) | (
    SHIFTLEFT(
      IF(
        `t266`.`emv` IS NOT NULL AND NOT ISNAN(`t266`.`emv`),
        COALESCE(`t266`.`emv__provenance`, 0),
        3
      ),
      42
    )
  ) | (
    SHIFTLEFT(
      IF(
        `t266`.`emv_authentic` IS NOT NULL AND NOT ISNAN(`t266`.`emv_authentic`),
        COALESCE(`t266`.`emv_authentic__provenance`, 0),
        3
      ),
      44
    )
  ) | (
    SHIFTLEFT(
      IF(
        (
          `t266`.`emv` / NULLIF(`t266`.`cost`, 0)
        ) IS NOT NULL
        AND NOT ISNAN(`t266`.`emv` / NULLIF(`t266`.`cost`, 0)),
        COALESCE(`t266`.`emv__provenance`, 0),
        3
      ),
      46
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        `t266`.`paid_impressions` IS NOT NULL AND NOT ISNAN(`t266`.`paid_impressions`),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      48
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        `t266`.`paid_clicks` IS NOT NULL AND NOT ISNAN(`t266`.`paid_clicks`),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      50
    )
  ) | (
    SHIFTLEFT(
      CAST(IF(
        `t266`.`paid_views` IS NOT NULL AND NOT ISNAN(`t266`.`paid_views`),
        COALESCE(0, 0),
        3
      ) AS BIGINT),
      52
    )
  ) | (
    SHIFTLEFT(
      IF(
        (
          (
            `t266`.`impressions_vs_paid__first` / NULLIF(`t266`.`impressions_vs_paid__second`, 0)
          ) * 100
        ) IS NOT NULL
        AND NOT ISNAN(
          (
            `t266`.`impressions_vs_paid__first` / NULLIF(`t266`.`impressions_vs_paid__second`, 0)
          ) * 100
        ),
        COALESCE(`t266`.`impressions_vs_paid__pair__provenance`, 0),
        3
      ),
      54
    )
  ) | (
    SHIFTLEFT(
      IF(
        (
          (
            `t266`.`clicks_vs_paid__first` / NULLIF(`t266`.`clicks_vs_paid__second`, 0)
          ) * 100
        ) IS NOT NULL
        AND NOT ISNAN(
          (
            `t266`.`clicks_vs_paid__first` / NULLIF(`t266`.`clicks_vs_paid__second`, 0)
          ) * 100
        ),
        COALESCE(`t266`.`clicks_vs_paid__pair__provenance`, 0),
        3
      ),
      56
    )
  ) | (
    SHIFTLEFT(
      IF(
        (
          (
            `t266`.`views_vs_paid__first` / NULLIF(`t266`.`views_vs_paid__second`, 0)
          ) * 100
        ) IS NOT NULL
        AND NOT ISNAN(
          (
            `t266`.`views_vs_paid__first` / NULLIF(`t266`.`views_vs_paid__second`, 0)
          ) * 100
        ),
        COALESCE(`t266`.`views_vs_paid__pair__provenance`, 0),
        3
      ),
      58
    )
  ) AS `provenance__2`
FROM (
  SELECT
    `t261`.`influencer_id`,
    `t261`.`platform`,
    `t261`.`key_messages`,
    `t261`.`platforms_selected`,
    `t261`.`influencers_contacted`,
    `t261`.`influencers_interested`,
    `t261`.`influencers_activated`,
    `t261`.`products_sent`,
    `t261`.`reach`,
    `t261`.`impressions`,
    `t261`.`views`,
    `t261`.`impressions_with_estimates`,
    `t261`.`reach_rate__first`,
    `t261`.`reach_rate__second`,
    `t261`.`brand_mentions`,
    `t261`.`mentions`,
    `t261`.`brand_mention_engagements`,
    `t261`.`mention_engagements`,
    `t261`.`key_message_posts`,
    `t261`.`posts`,
    `t261`.`posts_contracted`,
    `t261`.`ugc_posts`,
    `t261`.`likes`,
    `t261`.`comments`,
    `t261`.`shares`,
    `t261`.`saves`,
    `t261`.`engagements`,
    `t261`.`engagement_rate_reach__first`,
    `t261`.`engagement_rate_reach__second`,
    `t261`.`engagement_rate_followers__first`,
    `t261`.`engagement_rate_followers__second`,
    `t261`.`er_reach_post_mean`,
    `t261`.`er_reach_post_median`,
    `t261`.`er_followers_post_mean`,
    `t261`.`er_followers_post_median`,
    `t261`.`engagement_rate_impressions__first`,
    `t261`.`engagement_rate_impressions__second`,
    `t261`.`er_impressions_post_mean`,
    `t261`.`er_impressions_post_median`,
    `t261`.`engagement_rate_views__first`,
    `t261`.`engagement_rate_views__second`,
    `t261`.`er_views_post_mean`,
    `t261`.`er_views_post_median`,
    `t261`.`clicks`,
    `t261`.`followers_gained`,
    `t261`.`follower_growth_rate__first`,
    `t261`.`follower_growth_rate__second`,
    `t261`.`followers_gained_above_trend__first`,
    `t261`.`followers_gained_above_trend__second`,
    `t261`.`brand_followers_gained`,
    `t261`.`brand_follower_growth_rate__first`,
    `t261`.`brand_follower_growth_rate__second`,
    `t261`.`brand_followers_gained_above_trend__first`,
    `t261`.`brand_followers_gained_above_trend__second`,
    `t261`.`cost`,
    `t261`.`sponsored_posts`,
    `t261`.`disclosed_sponsored_posts`,
    `t261`.`emv`,
    `t261`.`emv_authentic`,
    `t261`.`paid_impressions`,
    `t261`.`paid_clicks`,
    `t261`.`paid_views`,
    `t261`.`impressions_vs_paid__first`,
    `t261`.`impressions_vs_paid__second`,
    `t261`.`clicks_vs_paid__first`,
    `t261`.`clicks_vs_paid__second`,
    `t261`.`views_vs_paid__first`,
    `t261`.`views_vs_paid__second`,
    `t261`.`reach__provenance`,
    `t261`.`impressions__provenance`,
    `t261`.`views__provenance`,
    `t261`.`impressions_with_estimates__provenance`,
    `t261`.`reach_rate__pair__provenance`,
    `t261`.`likes__provenance`,
    `t261`.`comments__provenance`,
    `t261`.`shares__provenance`,
    `t261`.`saves__provenance`,
    `t261`.`engagements__provenance`,
    `t261`.`engagement_rate_reach__pair__provenance`,
    `t261`.`engagement_rate_followers__pair__provenance`,
    `t261`.`er_reach_post_mean__provenance`,
    `t261`.`er_followers_post_mean__provenance`,
    `t261`.`engagement_rate_impressions__pair__provenance`,
    `t261`.`er_impressions_post_mean__provenance`,
    `t261`.`engagement_rate_views__pair__provenance`,
    `t261`.`er_views_post_mean__provenance`,
    `t261`.`clicks__provenance`,
    `t261`.`followers_gained__provenance`,
    `t261`.`follower_growth_rate__pair__provenance`,
    `t261`.`followers_gained_above_trend__pair__provenance`,
    `t261`.`brand_followers_gained__provenance`,
    `t261`.`brand_follower_growth_rate__pair__provenance`,
    `t261`.`brand_followers_gained_above_trend__pair__provenance`,
    `t261`.`emv__provenance`,
    `t261`.`emv_authentic__provenance`,
    `t261`.`impressions_vs_paid__pair__provenance`,
    `t261`.`clicks_vs_paid__pair__provenance`,
    `t261`.`views_vs_paid__pair__provenance`,
    `t261`.`link_clicks`,
    `t261`.`unique_link_clicks`,
    `t261`.`bot_link_clicks`,
    `t261`.`sessions`,
    `t261`.`new_users`,
    `t261`.`bounced_sessions`,
    `t261`.`session_seconds`,
    `t261`.`page_views`,
    `t261`.`key_events`,
    `t261`.`orders`,
    `t261`.`revenue`,
    `t261`.`priced_orders`,
    `t261`.`new_customers`,
    `t265`.`er_reach_account_mean`,
    `t265`.`er_reach_account_median`,
    `t265`.`er_followers_account_mean`,
    `t265`.`er_followers_account_median`,
    `t265`.`er_impressions_account_mean`,
    `t265`.`er_impressions_account_median`,
    `t265`.`er_views_account_mean`,
    `t265`.`er_views_account_median`,
    `t265`.`er_reach_account_mean__provenance`,
    `t265`.`er_reach_account_median__provenance`,
    `t265`.`er_followers_account_mean__provenance`,
    `t265`.`er_followers_account_median__provenance`,
    `t265`.`er_impressions_account_mean__provenance`,
    `t265`.`er_impressions_account_median__provenance`,
    `t265`.`er_views_account_mean__provenance`,
    `t265`.`er_views_account_median__provenance`,
    `t41`.`influencer`
  FROM (
    SELECT
      `t258`.`influencer_id`,
      `t258`.`platform`,
      MAX(`t258`.`key_messages`) AS `key_messages`,
      COALESCE(MAX(`t258`.`platforms_selected`), 0) AS `platforms_selected`,
      MAX(`t258`.`influencers_contacted`) AS `influencers_contacted`,
      MAX(`t258`.`influencers_interested`) AS `influencers_interested`,
      COALESCE(MAX(`t258`.`influencers_activated`), 0) AS `influencers_activated`,
      MAX(`t258`.`products_sent`) AS `products_sent`,
      MAX(`t258`.`reach`) AS `reach`,
      MAX(`t258`.`impressions`) AS `impressions`,
      MAX(`t258`.`views`) AS `views`,
      MAX(`t258`.`impressions_with_estimates`) AS `impressions_with_estimates`,
      MAX(`t258`.`reach_rate__first`) AS `reach_rate__first`,
      MAX(`t258`.`reach_rate__second`) AS `reach_rate__second`,
      MAX(`t258`.`brand_mentions`) AS `brand_mentions`,
      MAX(`t258`.`mentions`) AS `mentions`,
      MAX(`t258`.`brand_mention_engagements`) AS `brand_mention_engagements`,
      MAX(`t258`.`mention_engagements`) AS `mention_engagements`,
      MAX(`t258`.`key_message_posts`) AS `key_message_posts`,
      COALESCE(MAX(`t258`.`posts`), 0) AS `posts`,
      MAX(`t258`.`posts_contracted`) AS `posts_contracted`,
      COALESCE(MAX(`t258`.`ugc_posts`), 0) AS `ugc_posts`,
      MAX(`t258`.`likes`) AS `likes`,
      MAX(`t258`.`comments`) AS `comments`,
      MAX(`t258`.`shares`) AS `shares`,
      MAX(`t258`.`saves`) AS `saves`,
      MAX(`t258`.`engagements`) AS `engagements`,
      MAX(`t258`.`engagement_rate_reach__first`) AS `engagement_rate_reach__first`,
      MAX(`t258`.`engagement_rate_reach__second`) AS `engagement_rate_reach__second`,
      MAX(`t258`.`engagement_rate_followers__first`) AS `engagement_rate_followers__first`,
      MAX(`t258`.`engagement_rate_followers__second`) AS `engagement_rate_followers__second`,
      MAX(`t258`.`er_reach_post_mean`) AS `er_reach_post_mean`,
      MAX(`t258`.`er_reach_post_median`) AS `er_reach_post_median`,
      MAX(`t258`.`er_followers_post_mean`) AS `er_followers_post_mean`,
      MAX(`t258`.`er_followers_post_median`) AS `er_followers_post_median`,
      MAX(`t258`.`engagement_rate_impressions__first`) AS `engagement_rate_impressions__first`,
      MAX(`t258`.`engagement_rate_impressions__second`) AS `engagement_rate_impressions__second`,
      MAX(`t258`.`er_impressions_post_mean`) AS `er_impressions_post_mean`,
      MAX(`t258`.`er_impressions_post_median`) AS `er_impressions_post_median`,
      MAX(`t258`.`engagement_rate_views__first`) AS `engagement_rate_views__first`,
      MAX(`t258`.`engagement_rate_views__second`) AS `engagement_rate_views__second`,
      MAX(`t258`.`er_views_post_mean`) AS `er_views_post_mean`,
      MAX(`t258`.`er_views_post_median`) AS `er_views_post_median`,
      MAX(`t258`.`clicks`) AS `clicks`,
      MAX(`t258`.`followers_gained`) AS `followers_gained`,
      MAX(`t258`.`follower_growth_rate__first`) AS `follower_growth_rate__first`,
      MAX(`t258`.`follower_growth_rate__second`) AS `follower_growth_rate__second`,
      MAX(`t258`.`followers_gained_above_trend__first`) AS `followers_gained_above_trend__first`,
      MAX(`t258`.`followers_gained_above_trend__second`) AS `followers_gained_above_trend__second`,
      MAX(`t258`.`brand_followers_gained`) AS `brand_followers_gained`,
      MAX(`t258`.`brand_follower_growth_rate__first`) AS `brand_follower_growth_rate__first`,
      MAX(`t258`.`brand_follower_growth_rate__second`) AS `brand_follower_growth_rate__second`,
      MAX(`t258`.`brand_followers_gained_above_trend__first`) AS `brand_followers_gained_above_trend__first`,
      MAX(`t258`.`brand_followers_gained_above_trend__second`) AS `brand_followers_gained_above_trend__second`,
      MAX(`t258`.`cost`) AS `cost`,
      MAX(`t258`.`sponsored_posts`) AS `sponsored_posts`,
      MAX(`t258`.`disclosed_sponsored_posts`) AS `disclosed_sponsored_posts`,
      MAX(`t258`.`emv`) AS `emv`,
      MAX(`t258`.`emv_authentic`) AS `emv_authentic`,
      MAX(`t258`.`paid_impressions`) AS `paid_impressions`,
      MAX(`t258`.`paid_clicks`) AS `paid_clicks`,
      MAX(`t258`.`paid_views`) AS `paid_views`,
      MAX(`t258`.`impressions_vs_paid__first`) AS `impressions_vs_paid__first`,
      MAX(`t258`.`impressions_vs_paid__second`) AS `impressions_vs_paid__second`,
      MAX(`t258`.`clicks_vs_paid__first`) AS `clicks_vs_paid__first`,
      MAX(`t258`.`clicks_vs_paid__second`) AS `clicks_vs_paid__second`,
      MAX(`t258`.`views_vs_paid__first`) AS `views_vs_paid__first`,
      MAX(`t258`.`views_vs_paid__second`) AS `views_vs_paid__second`,
      MAX(`t258`.`reach__provenance`) AS `reach__provenance`,
      MAX(`t258`.`impressions__provenance`) AS `impressions__provenance`,
      MAX(`t258`.`views__provenance`) AS `views__provenance`,
      MAX(`t258`.`impressions_with_estimates__provenance`) AS `impressions_with_estimates__provenance`,
      MAX(`t258`.`reach_rate__pair__provenance`) AS `reach_rate__pair__provenance`,
      MAX(`t258`.`likes__provenance`) AS `likes__provenance`,
      MAX(`t258`.`comments__provenance`) AS `comments__provenance`,
      MAX(`t258`.`shares__provenance`) AS `shares__provenance`,
      MAX(`t258`.`saves__provenance`) AS `saves__provenance`,
      MAX(`t258`.`engagements__provenance`) AS `engagements__provenance`,
      MAX(`t258`.`engagement_rate_reach__pair__provenance`) AS `engagement_rate_reach__pair__provenance`,
      MAX(`t258`.`engagement_rate_followers__pair__provenance`) AS `engagement_rate_followers__pair__provenance`,
      MAX(`t258`.`er_reach_post_mean__provenance`) AS `er_reach_post_mean__provenance`,
      MAX(`t258`.`er_followers_post_mean__provenance`) AS `er_followers_post_mean__provenance`,
      MAX(`t258`.`engagement_rate_impressions__pair__provenance`) AS `engagement_rate_impressions__pair__provenance`,
      MAX(`t258`.`er_impressions_post_mean__provenance`) AS `er_impressions_post_mean__provenance`,
      MAX(`t258`.`engagement_rate_views__pair__provenance`) AS `engagement_rate_views__pair__provenance`,
      MAX(`t258`.`er_views_post_mean__provenance`) AS `er_views_post_mean__provenance`,
      MAX(`t258`.`clicks__provenance`) AS `clicks__provenance`,
      MAX(`t258`.`followers_gained__provenance`) AS `followers_gained__provenance`,
      MAX(`t258`.`follower_growth_rate__pair__provenance`) AS `follower_growth_rate__pair__provenance`,
      MAX(`t258`.`followers_gained_above_trend__pair__provenance`) AS `followers_gained_above_trend__pair__provenance`,
      MAX(`t258`.`brand_followers_gained__provenance`) AS `brand_followers_gained__provenance`,
      MAX(`t258`.`brand_follower_growth_rate__pair__provenance`) AS `brand_follower_growth_rate__pair__provenance`,
      MAX(`t258`.`brand_followers_gained_above_trend__pair__provenance`) AS `brand_followers_gained_above_trend__pair__provenance`,
      MAX(`t258`.`emv__provenance`) AS `emv__provenance`,
      MAX(`t258`.`emv_authentic__provenance`) AS `emv_authentic__provenance`,
      MAX(`t258`.`impressions_vs_paid__pair__provenance`) AS `impressions_vs_paid__pair__provenance`,
      MAX(`t258`.`clicks_vs_paid__pair__provenance`) AS `clicks_vs_paid__pair__provenance`,
      MAX(`t258`.`views_vs_paid__pair__provenance`) AS `views_vs_paid__pair__provenance`,
      MAX(`t258`.`link_clicks`) AS `link_clicks`,
      MAX(`t258`.`unique_link_clicks`) AS `unique_link_clicks`,
      MAX(`t258`.`bot_link_clicks`) AS `bot_link_clicks`,
      MAX(`t258`.`sessions`) AS `sessions`,
      MAX(`t258`.`new_users`) AS `new_users`,
      MAX(`t258`.`bounced_sessions`) AS `bounced_sessions`,
      MAX(`t258`.`session_seconds`) AS `session_seconds`,
      MAX(`t258`.`page_views`) AS `page_views`,
      MAX(`t258`.`key_events`) AS `key_events`,
      MAX(`t258`.`orders`) AS `orders`,
      MAX(`t258`.`revenue`) AS `revenue`,
      MAX(`t258`.`priced_orders`) AS `priced_orders`,
      MAX(`t258`.`new_customers`) AS `new_customers`
    FROM (
      SELECT
        *
      FROM (
        SELECT
          `t255`.`influencer_id`,
          `t255`.`platform`,
          `t255`.`key_messages`,
          `t255`.`platforms_selected`,
          `t255`.`influencers_contacted`,
          `t255`.`influencers_interested`,
          `t255`.`influencers_activated`,
          `t255`.`products_sent`,
          `t255`.`reach`,
          `t255`.`impressions`,
          `t255`.`views`,
          `t255`.`impressions_with_estimates`,
          `t255`.`reach_rate__first`,
          `t255`.`reach_rate__second`,
          `t255`.`brand_mentions`,
          `t255`.`mentions`,
          `t255`.`brand_mention_engagements`,
          `t255`.`mention_engagements`,
          `t255`.`key_message_posts`,
          `t255`.`posts`,
          `t255`.`posts_contracted`,
          `t255`.`ugc_posts`,
          `t255`.`likes`,
          `t255`.`comments`,
          `t255`.`shares`,
          `t255`.`saves`,
          `t255`.`engagements`,
          `t255`.`engagement_rate_reach__first`,
          `t255`.`engagement_rate_reach__second`,
          `t255`.`engagement_rate_followers__first`,
          `t255`.`engagement_rate_followers__second`,
          `t255`.`er_reach_post_mean`,
          `t255`.`er_reach_post_median`,
          `t255`.`er_followers_post_mean`,
          `t255`.`er_followers_post_median`,
          `t255`.`engagement_rate_impressions__first`,
          `t255`.`engagement_rate_impressions__second`,
          `t255`.`er_impressions_post_mean`,
          `t255`.`er_impressions_post_median`,
          `t255`.`engagement_rate_views__first`,
          `t255`.`engagement_rate_views__second`,
          `t255`.`er_views_post_mean`,
          `t255`.`er_views_post_median`,
          `t255`.`clicks`,
          `t255`.`followers_gained`,
          `t255`.`follower_growth_rate__first`,
          `t255`.`follower_growth_rate__second`,
          `t255`.`followers_gained_above_trend__first`,
          `t255`.`followers_gained_above_trend__second`,
          `t255`.`brand_followers_gained`,
          `t255`.`brand_follower_growth_rate__first`,
          `t255`.`brand_follower_growth_rate__second`,
          `t255`.`brand_followers_gained_above_trend__first`,
          `t255`.`brand_followers_gained_above_trend__second`,
          `t255`.`cost`,
          `t255`.`sponsored_posts`,
          `t255`.`disclosed_sponsored_posts`,
          `t255`.`emv`,
          `t255`.`emv_authentic`,
          `t255`.`paid_impressions`,
          `t255`.`paid_clicks`,
          `t255`.`paid_views`,
          `t255`.`impressions_vs_paid__first`,
          `t255`.`impressions_vs_paid__second`,
          `t255`.`clicks_vs_paid__first`,
          `t255`.`clicks_vs_paid__second`,
          `t255`.`views_vs_paid__first`,
          `t255`.`views_vs_paid__second`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 0)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 0)
            ) & 3
          ) AS `reach__provenance`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 2)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 2)
            ) & 3
          ) AS `impressions__provenance`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 4)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 4)
            ) & 3
          ) AS `views__provenance`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 6)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 6)
            ) & 3
          ) AS `impressions_with_estimates__provenance`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 8)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 8)
            ) & 3
          ) AS `reach_rate__pair__provenance`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 10)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 10)
            ) & 3
          ) AS `likes__provenance`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 12)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 12)
            ) & 3
          ) AS `comments__provenance`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 14)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 14)
            ) & 3
          ) AS `shares__provenance`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 16)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 16)
            ) & 3
          ) AS `saves__provenance`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 18)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 18)
            ) & 3
          ) AS `engagements__provenance`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 20)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 20)
            ) & 3
          ) AS `engagement_rate_reach__pair__provenance`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 22)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 22)
            ) & 3
          ) AS `engagement_rate_followers__pair__provenance`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 24)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 24)
            ) & 3
          ) AS `er_reach_post_mean__provenance`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 26)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 26)
            ) & 3
          ) AS `er_followers_post_mean__provenance`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 28)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 28)
            ) & 3
          ) AS `engagement_rate_impressions__pair__provenance`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 30)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 30)
            ) & 3
          ) AS `er_impressions_post_mean__provenance`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 32)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 32)
            ) & 3
          ) AS `engagement_rate_views__pair__provenance`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 34)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 34)
            ) & 3
          ) AS `er_views_post_mean__provenance`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 36)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 36)
            ) & 3
          ) AS `clicks__provenance`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 38)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 38)
            ) & 3
          ) AS `followers_gained__provenance`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 40)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 40)
            ) & 3
          ) AS `follower_growth_rate__pair__provenance`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 42)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 42)
            ) & 3
          ) AS `followers_gained_above_trend__pair__provenance`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 44)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 44)
            ) & 3
          ) AS `brand_followers_gained__provenance`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 46)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 46)
            ) & 3
          ) AS `brand_follower_growth_rate__pair__provenance`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 48)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 48)
            ) & 3
          ) AS `brand_followers_gained_above_trend__pair__provenance`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 50)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 50)
            ) & 3
          ) AS `emv__provenance`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 52)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 52)
            ) & 3
          ) AS `emv_authentic__provenance`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 54)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 54)
            ) & 3
          ) AS `impressions_vs_paid__pair__provenance`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 56)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 56)
            ) & 3
          ) AS `clicks_vs_paid__pair__provenance`,
          IF(
            (
              (
                SHIFTRIGHT(`t255`.`ranks__0`, 58)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t255`.`ranks__0`, 58)
            ) & 3
          ) AS `views_vs_paid__pair__provenance`,
          CAST(NULL AS DOUBLE) AS `link_clicks`,
          CAST(NULL AS DOUBLE) AS `unique_link_clicks`,
          CAST(NULL AS DOUBLE) AS `bot_link_clicks`,
          CAST(NULL AS DOUBLE) AS `sessions`,
          CAST(NULL AS DOUBLE) AS `new_users`,
          CAST(NULL AS DOUBLE) AS `bounced_sessions`,
          CAST(NULL AS DOUBLE) AS `session_seconds`,
          CAST(NULL AS DOUBLE) AS `page_views`,
          CAST(NULL AS DOUBLE) AS `key_events`,
          CAST(NULL AS DOUBLE) AS `orders`,
          CAST(NULL AS DOUBLE) AS `revenue`,
          CAST(NULL AS DOUBLE) AS `priced_orders`,
          CAST(NULL AS DOUBLE) AS `new_customers`
        FROM (
          SELECT
            `t253`.`influencer_id`,
            `t253`.`platform`,
            SUM(`t253`.`key_messages`) AS `key_messages`,
            COUNT(DISTINCT `t253`.`post_platform`) AS `platforms_selected`,
            SUM(`t253`.`influencers_contacted`) AS `influencers_contacted`,
            SUM(`t253`.`influencers_interested`) AS `influencers_interested`,
            COUNT(DISTINCT `t253`.`publishing_influencer`) AS `influencers_activated`,
            SUM(`t253`.`products_sent`) AS `products_sent`,
            SUM(`t253`.`reach`) AS `reach`,
            SUM(`t253`.`impressions`) AS `impressions`,
            SUM(`t253`.`views`) AS `views`,
            SUM(`t253`.`impressions_with_estimates`) AS `impressions_with_estimates`,
            SUM(
              IF(
                `t253`.`reach` IS NOT NULL
                AND NOT ISNAN(`t253`.`reach`)
                AND (
                  `t253`.`followers` IS NOT NULL AND NOT ISNAN(`t253`.`followers`)
                ),
                `t253`.`reach`,
                NULL
              )
            ) AS `reach_rate__first`,
            SUM(
              IF(
                `t253`.`reach` IS NOT NULL
                AND NOT ISNAN(`t253`.`reach`)
                AND (
                  `t253`.`followers` IS NOT NULL AND NOT ISNAN(`t253`.`followers`)
                ),
                `t253`.`followers`,
                NULL
              )
            ) AS `reach_rate__second`,
            SUM(`t253`.`brand_mentions`) AS `brand_mentions`,
            SUM(`t253`.`mentions`) AS `mentions`,
            SUM(`t253`.`brand_mention_engagements`) AS `brand_mention_engagements`,
            SUM(`t253`.`mention_engagements`) AS `mention_engagements`,
            SUM(`t253`.`key_message_posts`) AS `key_message_posts`,
            COUNT(`t253`.`post_id`) AS `posts`,
            SUM(`t253`.`posts_contracted`) AS `posts_contracted`,
            COUNT(DISTINCT `t253`.`ugc_post`) AS `ugc_posts`,
            SUM(`t253`.`likes`) AS `likes`,
            SUM(`t253`.`comments`) AS `comments`,
            SUM(`t253`.`shares`) AS `shares`,
            SUM(`t253`.`saves`) AS `saves`,
            SUM(`t253`.`engagements`) AS `engagements`,
            SUM(
              IF(
                `t253`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t253`.`engagements`)
                AND (
                  `t253`.`reach` IS NOT NULL AND NOT ISNAN(`t253`.`reach`)
                ),
                `t253`.`engagements`,
                NULL
              )
            ) AS `engagement_rate_reach__first`,
            SUM(
              IF(
                `t253`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t253`.`engagements`)
                AND (
                  `t253`.`reach` IS NOT NULL AND NOT ISNAN(`t253`.`reach`)
                ),
                `t253`.`reach`,
                NULL
              )
            ) AS `engagement_rate_reach__second`,
            SUM(
              IF(
                `t253`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t253`.`engagements`)
                AND (
                  `t253`.`followers` IS NOT NULL AND NOT ISNAN(`t253`.`followers`)
                ),
                `t253`.`engagements`,
                NULL
              )
            ) AS `engagement_rate_followers__first`,
            SUM(
              IF(
                `t253`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t253`.`engagements`)
                AND (
                  `t253`.`followers` IS NOT NULL AND NOT ISNAN(`t253`.`followers`)
                ),
                `t253`.`followers`,
                NULL
              )
            ) AS `engagement_rate_followers__second`,
            AVG(`t253`.`er_reach_post`) AS `er_reach_post_mean`,
            PERCENTILE(`t253`.`er_reach_post`, 0.5) AS `er_reach_post_median`,
            AVG(`t253`.`er_followers_post`) AS `er_followers_post_mean`,
            PERCENTILE(`t253`.`er_followers_post`, 0.5) AS `er_followers_post_median`,
            SUM(
              IF(
                `t253`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t253`.`engagements`)
                AND (
                  `t253`.`impressions` IS NOT NULL AND NOT ISNAN(`t253`.`impressions`)
                ),
                `t253`.`engagements`,
                NULL
              )
            ) AS `engagement_rate_impressions__first`,
            SUM(
              IF(
                `t253`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t253`.`engagements`)
                AND (
                  `t253`.`impressions` IS NOT NULL AND NOT ISNAN(`t253`.`impressions`)
                ),
                `t253`.`impressions`,
                NULL
              )
            ) AS `engagement_rate_impressions__second`,
            AVG(`t253`.`er_impressions_post`) AS `er_impressions_post_mean`,
            PERCENTILE(`t253`.`er_impressions_post`, 0.5) AS `er_impressions_post_median`,
            SUM(
              IF(
                `t253`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t253`.`engagements`)
                AND (
                  `t253`.`views` IS NOT NULL AND NOT ISNAN(`t253`.`views`)
                ),
                `t253`.`engagements`,
                NULL
              )
            ) AS `engagement_rate_views__first`,
            SUM(
              IF(
                `t253`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t253`.`engagements`)
                AND (
                  `t253`.`views` IS NOT NULL AND NOT ISNAN(`t253`.`views`)
                ),
                `t253`.`views`,
                NULL
              )
            ) AS `engagement_rate_views__second`,
            AVG(`t253`.`er_views_post`) AS `er_views_post_mean`,
            PERCENTILE(`t253`.`er_views_post`, 0.5) AS `er_views_post_median`,
            SUM(`t253`.`clicks`) AS `clicks`,
            SUM(`t253`.`followers_gained`) AS `followers_gained`,
            SUM(
              IF(
                `t253`.`followers_gained` IS NOT NULL
                AND NOT ISNAN(`t253`.`followers_gained`)
                AND (
                  `t253`.`followers_start` IS NOT NULL AND NOT ISNAN(`t253`.`followers_start`)
                ),
                `t253`.`followers_gained`,
                NULL
              )
            ) AS `follower_growth_rate__first`,
            SUM(
              IF(
                `t253`.`followers_gained` IS NOT NULL
                AND NOT ISNAN(`t253`.`followers_gained`)
                AND (
                  `t253`.`followers_start` IS NOT NULL AND NOT ISNAN(`t253`.`followers_start`)
                ),
                `t253`.`followers_start`,
                NULL
              )
            ) AS `follower_growth_rate__second`,
            SUM(
              IF(
                `t253`.`followers_gained` IS NOT NULL
                AND NOT ISNAN(`t253`.`followers_gained`)
                AND (
                  `t253`.`followers_expected_gain` IS NOT NULL
                  AND NOT ISNAN(`t253`.`followers_expected_gain`)
                ),
                `t253`.`followers_gained`,
                NULL
              )
            ) AS `followers_gained_above_trend__first`,
            SUM(
              IF(
                `t253`.`followers_gained` IS NOT NULL
                AND NOT ISNAN(`t253`.`followers_gained`)
                AND (
                  `t253`.`followers_expected_gain` IS NOT NULL
                  AND NOT ISNAN(`t253`.`followers_expected_gain`)
                ),
                `t253`.`followers_expected_gain`,
                NULL
              )
            ) AS `followers_gained_above_trend__second`,
            SUM(`t253`.`brand_followers_gained`) AS `brand_followers_gained`,
            SUM(
              IF(
                `t253`.`brand_followers_gained` IS NOT NULL
                AND NOT ISNAN(`t253`.`brand_followers_gained`)
                AND (
                  `t253`.`brand_followers_start` IS NOT NULL
                  AND NOT ISNAN(`t253`.`brand_followers_start`)
                ),
                `t253`.`brand_followers_gained`,
                NULL
              )
            ) AS `brand_follower_growth_rate__first`,
            SUM(
              IF(
                `t253`.`brand_followers_gained` IS NOT NULL
                AND NOT ISNAN(`t253`.`brand_followers_gained`)
                AND (
                  `t253`.`brand_followers_start` IS NOT NULL
                  AND NOT ISNAN(`t253`.`brand_followers_start`)
                ),
                `t253`.`brand_followers_start`,
                NULL
              )
            ) AS `brand_follower_growth_rate__second`,
            SUM(
              IF(
                `t253`.`brand_followers_gained` IS NOT NULL
                AND NOT ISNAN(`t253`.`brand_followers_gained`)
                AND (
                  `t253`.`brand_followers_expected_gain` IS NOT NULL
                  AND NOT ISNAN(`t253`.`brand_followers_expected_gain`)
                ),
                `t253`.`brand_followers_gained`,
                NULL
              )
            ) AS `brand_followers_gained_above_trend__first`,
            SUM(
              IF(
                `t253`.`brand_followers_gained` IS NOT NULL
                AND NOT ISNAN(`t253`.`brand_followers_gained`)
                AND (
                  `t253`.`brand_followers_expected_gain` IS NOT NULL
                  AND NOT ISNAN(`t253`.`brand_followers_expected_gain`)
                ),
                `t253`.`brand_followers_expected_gain`,
                NULL
              )
            ) AS `brand_followers_gained_above_trend__second`,
            SUM(`t253`.`cost`) AS `cost`,
            SUM(`t253`.`sponsored_posts`) AS `sponsored_posts`,
            SUM(`t253`.`disclosed_sponsored_posts`) AS `disclosed_sponsored_posts`,
            SUM(`t253`.`emv`) AS `emv`,
            SUM(`t253`.`emv_authentic`) AS `emv_authentic`,
            SUM(`t253`.`paid_impressions`) AS `paid_impressions`,
            SUM(`t253`.`paid_clicks`) AS `paid_clicks`,
            SUM(`t253`.`paid_views`) AS `paid_views`,
            SUM(
              IF(
                `t253`.`impressions_with_estimates` IS NOT NULL
                AND NOT ISNAN(`t253`.`impressions_with_estimates`)
                AND (
                  `t253`.`paid_impressions` IS NOT NULL AND NOT ISNAN(`t253`.`paid_impressions`)
                ),
                `t253`.`impressions_with_estimates`,
                NULL
              )
            ) AS `impressions_vs_paid__first`,
            SUM(
              IF(
                `t253`.`impressions_with_estimates` IS NOT NULL
                AND NOT ISNAN(`t253`.`impressions_with_estimates`)
                AND (
                  `t253`.`paid_impressions` IS NOT NULL AND NOT ISNAN(`t253`.`paid_impressions`)
                ),
                `t253`.`paid_impressions`,
                NULL
              )
            ) AS `impressions_vs_paid__second`,
            SUM(
              IF(
                `t253`.`clicks` IS NOT NULL
                AND NOT ISNAN(`t253`.`clicks`)
                AND (
                  `t253`.`paid_clicks` IS NOT NULL AND NOT ISNAN(`t253`.`paid_clicks`)
                ),
                `t253`.`clicks`,
                NULL
              )
            ) AS `clicks_vs_paid__first`,
            SUM(
              IF(
                `t253`.`clicks` IS NOT NULL
                AND NOT ISNAN(`t253`.`clicks`)
                AND (
                  `t253`.`paid_clicks` IS NOT NULL AND NOT ISNAN(`t253`.`paid_clicks`)
                ),
                `t253`.`paid_clicks`,
                NULL
              )
            ) AS `clicks_vs_paid__second`,
            SUM(
              IF(
                `t253`.`views` IS NOT NULL
                AND NOT ISNAN(`t253`.`views`)
                AND (
                  `t253`.`paid_views` IS NOT NULL AND NOT ISNAN(`t253`.`paid_views`)
                ),
                `t253`.`views`,
                NULL
              )
            ) AS `views_vs_paid__first`,
            SUM(
              IF(
                `t253`.`views` IS NOT NULL
                AND NOT ISNAN(`t253`.`views`)
                AND (
                  `t253`.`paid_views` IS NOT NULL AND NOT ISNAN(`t253`.`paid_views`)
                ),
                `t253`.`paid_views`,
                NULL
              )
            ) AS `views_vs_paid__second`,
            BIT_OR(`t253`.`ranks__0`) AS `ranks__0`
          FROM `kpi_facts` AS `t253`
          GROUP BY
            1,
            2
        ) AS `t255`
      ) AS `t257`
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          `t184`.`influencer_id`,
          `t184`.`platform`,
          CAST(NULL AS DOUBLE) AS `key_messages`,
          CAST(NULL AS BIGINT) AS `platforms_selected`,
          CAST(NULL AS DOUBLE) AS `influencers_contacted`,
          CAST(NULL AS DOUBLE) AS `influencers_interested`,
          CAST(NULL AS BIGINT) AS `influencers_activated`,
          CAST(NULL AS DOUBLE) AS `products_sent`,
          CAST(NULL AS DOUBLE) AS `reach`,
          CAST(NULL AS DOUBLE) AS `impressions`,
          CAST(NULL AS DOUBLE) AS `views`,
          CAST(NULL AS DOUBLE) AS `impressions_with_estimates`,
          CAST(NULL AS DOUBLE) AS `reach_rate__first`,
          CAST(NULL AS DOUBLE) AS `reach_rate__second`,
          CAST(NULL AS DOUBLE) AS `brand_mentions`,
          CAST(NULL AS DOUBLE) AS `mentions`,
          CAST(NULL AS DOUBLE) AS `brand_mention_engagements`,
          CAST(NULL AS DOUBLE) AS `mention_engagements`,
          CAST(NULL AS DOUBLE) AS `key_message_posts`,
          CAST(NULL AS BIGINT) AS `posts`,
          CAST(NULL AS DOUBLE) AS `posts_contracted`,
          CAST(NULL AS BIGINT) AS `ugc_posts`,
          CAST(NULL AS DOUBLE) AS `likes`,
          CAST(NULL AS DOUBLE) AS `comments`,
          CAST(NULL AS DOUBLE) AS `shares`,
          CAST(NULL AS DOUBLE) AS `saves`,
          CAST(NULL AS DOUBLE) AS `engagements`,
          CAST(NULL AS DOUBLE) AS `engagement_rate_reach__first`,
          CAST(NULL AS DOUBLE) AS `engagement_rate_reach__second`,
          CAST(NULL AS DOUBLE) AS `engagement_rate_followers__first`,
          CAST(NULL AS DOUBLE) AS `engagement_rate_followers__second`,
          CAST(NULL AS DOUBLE) AS `er_reach_post_mean`,
          CAST(NULL AS DOUBLE) AS `er_reach_post_median`,
          CAST(NULL AS DOUBLE) AS `er_followers_post_mean`,
          CAST(NULL AS DOUBLE) AS `er_followers_post_median`,
          CAST(NULL AS DOUBLE) AS `engagement_rate_impressions__first`,
          CAST(NULL AS DOUBLE) AS `engagement_rate_impressions__second`,
          CAST(NULL AS DOUBLE) AS `er_impressions_post_mean`,
          CAST(NULL AS DOUBLE) AS `er_impressions_post_median`,
          CAST(NULL AS DOUBLE) AS `engagement_rate_views__first`,
          CAST(NULL AS DOUBLE) AS `engagement_rate_views__second`,
          CAST(NULL AS DOUBLE) AS `er_views_post_mean`,
          CAST(NULL AS DOUBLE) AS `er_views_post_median`,
          CAST(NULL AS DOUBLE) AS `clicks`,
          CAST(NULL AS DOUBLE) AS `followers_gained`,
          CAST(NULL AS DOUBLE) AS `follower_growth_rate__first`,
          CAST(NULL AS DOUBLE) AS `follower_growth_rate__second`,
          CAST(NULL AS DOUBLE) AS `followers_gained_above_trend__first`,
          CAST(NULL AS DOUBLE) AS `followers_gained_above_trend__second`,
          CAST(NULL AS DOUBLE) AS `brand_followers_gained`,
          CAST(NULL AS DOUBLE) AS `brand_follower_growth_rate__first`,
          CAST(NULL AS DOUBLE) AS `brand_follower_growth_rate__second`,
          CAST(NULL AS DOUBLE) AS `brand_followers_gained_above_trend__first`,
          CAST(NULL AS DOUBLE) AS `brand_followers_gained_above_trend__second`,
          CAST(NULL AS DOUBLE) AS `cost`,
          CAST(NULL AS DOUBLE) AS `sponsored_posts`,
          CAST(NULL AS DOUBLE) AS `disclosed_sponsored_posts`,
          CAST(NULL AS DOUBLE) AS `emv`,
          CAST(NULL AS DOUBLE) AS `emv_authentic`,
          CAST(NULL AS DOUBLE) AS `paid_impressions`,
          CAST(NULL AS DOUBLE) AS `paid_clicks`,
          CAST(NULL AS DOUBLE) AS `paid_views`,
          CAST(NULL AS DOUBLE) AS `impressions_vs_paid__first`,
          CAST(NULL AS DOUBLE) AS `impressions_vs_paid__second`,
          CAST(NULL AS DOUBLE) AS `clicks_vs_paid__first`,
          CAST(NULL AS DOUBLE) AS `clicks_vs_paid__second`,
          CAST(NULL AS DOUBLE) AS `views_vs_paid__first`,
          CAST(NULL AS DOUBLE) AS `views_vs_paid__second`,
          CAST(NULL AS BIGINT) AS `reach__provenance`,
          CAST(NULL AS BIGINT) AS `impressions__provenance`,
          CAST(NULL AS BIGINT) AS `views__provenance`,
          CAST(NULL AS BIGINT) AS `impressions_with_estimates__provenance`,
          CAST(NULL AS BIGINT) AS `reach_rate__pair__provenance`,
          CAST(NULL AS BIGINT) AS `likes__provenance`,
          CAST(NULL AS BIGINT) AS `comments__provenance`,
          CAST(NULL AS BIGINT) AS `shares__provenance`,
          CAST(NULL AS BIGINT) AS `saves__provenance`,
          CAST(NULL AS BIGINT) AS `engagements__provenance`,
          CAST(NULL AS BIGINT) AS `engagement_rate_reach__pair__provenance`,
          CAST(NULL AS BIGINT) AS `engagement_rate_followers__pair__provenance`,
          CAST(NULL AS BIGINT) AS `er_reach_post_mean__provenance`,
          CAST(NULL AS BIGINT) AS `er_followers_post_mean__provenance`,
          CAST(NULL AS BIGINT) AS `engagement_rate_impressions__pair__provenance`,
          CAST(NULL AS BIGINT) AS `er_impressions_post_mean__provenance`,
          CAST(NULL AS BIGINT) AS `engagement_rate_views__pair__provenance`,
          CAST(NULL AS BIGINT) AS `er_views_post_mean__provenance`,
          CAST(NULL AS BIGINT) AS `clicks__provenance`,
          CAST(NULL AS BIGINT) AS `followers_gained__provenance`,
          CAST(NULL AS BIGINT) AS `follower_growth_rate__pair__provenance`,
          CAST(NULL AS BIGINT) AS `followers_gained_above_trend__pair__provenance`,
          CAST(NULL AS BIGINT) AS `brand_followers_gained__provenance`,
          CAST(NULL AS BIGINT) AS `brand_follower_growth_rate__pair__provenance`,
          CAST(NULL AS BIGINT) AS `brand_followers_gained_above_trend__pair__provenance`,
          CAST(NULL AS BIGINT) AS `emv__provenance`,
          CAST(NULL AS BIGINT) AS `emv_authentic__provenance`,
          CAST(NULL AS BIGINT) AS `impressions_vs_paid__pair__provenance`,
          CAST(NULL AS BIGINT) AS `clicks_vs_paid__pair__provenance`,
          CAST(NULL AS BIGINT) AS `views_vs_paid__pair__provenance`,
          `t184`.`link_clicks`,
          `t184`.`unique_link_clicks`,
          `t184`.`bot_link_clicks`,
          `t184`.`sessions`,
          `t184`.`new_users`,
          `t184`.`bounced_sessions`,
          `t184`.`session_seconds`,
          `t184`.`page_views`,
          `t184`.`key_events`,
          `t184`.`orders`,
          `t184`.`revenue`,
          `t184`.`priced_orders`,
          `t184`.`new_customers`
        FROM (
          SELECT
            `t179`.`influencer_id`,
            `t179`.`platform`,
            SUM(`t179`.`link_clicks`) AS `link_clicks`,
            SUM(`t179`.`unique_link_clicks`) AS `unique_link_clicks`,
            SUM(`t179`.`bot_link_clicks`) AS `bot_link_clicks`,
            SUM(`t179`.`sessions`) AS `sessions`,
            SUM(`t179`.`new_users`) AS `new_users`,
            SUM(`t179`.`bounced_sessions`) AS `bounced_sessions`,
            SUM(`t179`.`session_seconds`) AS `session_seconds`,
            SUM(`t179`.`page_views`) AS `page_views`,
            SUM(`t179`.`key_events`) AS `key_events`,
            SUM(`t179`.`orders`) AS `orders`,
            SUM(`t179`.`revenue`) AS `revenue`,
            SUM(`t179`.`priced_orders`) AS `priced_orders`,
            SUM(`t179`.`new_customers`) AS `new_customers`
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
                    `t138`.`campaign_id`,
                    `t138`.`influencer_id`,
                    CAST(NULL AS BIGINT) AS `account_id`,
                    `t138`.`platform`,
                    `t138`.`link_clicks`,
                    `t138`.`unique_link_clicks`,
                    `t138`.`bot_link_clicks`,
                    CAST(NULL AS DOUBLE) AS `sessions`,
                    CAST(NULL AS DOUBLE) AS `new_users`,
                    CAST(NULL AS DOUBLE) AS `bounced_sessions`,
                    CAST(NULL AS DOUBLE) AS `session_seconds`,
                    CAST(NULL AS DOUBLE) AS `page_views`,
                    CAST(NULL AS DOUBLE) AS `key_events`,
                    CAST(NULL AS DOUBLE) AS `orders`,
                    CAST(NULL AS DOUBLE) AS `priced_orders`,
                    CAST(NULL AS DOUBLE) AS `revenue`,
                    CAST(NULL AS DOUBLE) AS `new_customers`
                  FROM (
                    SELECT
                      `t127`.`campaign_id`,
                      `t127`.`influencer_id`,
                      `t127`.`platform`,
                      `t127`.`link_clicks`,
                      `t127`.`unique_link_clicks`,
                      `t127`.`bot_link_clicks`,
                      CAST(`t17`.`name` AS STRING) AS `campaign`,
                      CAST(`t15`.`name` AS STRING) AS `influencer`
                    FROM (
                      SELECT
                        `t99`.`campaign_id`,
                        `t99`.`influencer_id`,
                        `t99`.`platform`,
                        SUM(`t99`.`link_clicks`) AS `link_clicks`,
                        SUM(`t99`.`unique_link_clicks`) AS `unique_link_clicks`,
                        SUM(`t99`.`bot_link_clicks`) AS `bot_link_clicks`
                      FROM (
                        SELECT
                          CAST(`t52`.`campaign_id` AS BIGINT) AS `campaign_id`,
                          CAST(`t52`.`influencer_id` AS BIGINT) AS `influencer_id`,
                          CAST(`t52`.`platform` AS STRING) AS `platform`,
                          CAST(`t51`.`clicked_at` AS DATE) AS `day`,
                          CAST(CAST(COALESCE(NOT (
                            `t51`.`is_bot`
                          ), FALSE) AS INT) AS DOUBLE) AS `link_clicks`,
                          CAST(CAST(COALESCE(NOT (
                            `t51`.`is_bot`
                          ) AND `t51`.`is_unique`, FALSE) AS INT) AS DOUBLE) AS `unique_link_clicks`,
                          CAST(CAST(COALESCE(`t51`.`is_bot`, FALSE) AS INT) AS DOUBLE) AS `bot_link_clicks`
                        FROM (
                          SELECT
                            *
                          FROM `click` AS `t4`
                          WHERE
                            `t4`.`clicked_at` <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                        ) AS `t51`
                        INNER JOIN (
                          SELECT
                            *
                          FROM `link` AS `t5`
                          WHERE
                            `t5`.`campaign_id` IN (1)
                        ) AS `t52`
                          ON `t51`.`link_id` = `t52`.`id`
                      ) AS `t99`
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS `t127`
                    INNER JOIN `campaign` AS `t17`
                      ON `t127`.`campaign_id` = `t17`.`id`
                    LEFT OUTER JOIN `influencer` AS `t15`
                      ON `t127`.`influencer_id` = `t15`.`id`
                  ) AS `t138`
                ) AS `t142`
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    `t110`.`campaign_id`,
                    `t110`.`influencer_id`,
                    CAST(NULL AS BIGINT) AS `account_id`,
                    `t110`.`platform`,
                    CAST(NULL AS DOUBLE) AS `link_clicks`,
                    CAST(NULL AS DOUBLE) AS `unique_link_clicks`,
                    CAST(NULL AS DOUBLE) AS `bot_link_clicks`,
                    `t110`.`sessions`,
                    `t110`.`new_users`,
                    `t110`.`bounced_sessions`,
                    `t110`.`session_seconds`,
                    `t110`.`page_views`,
                    `t110`.`key_events`,
                    CAST(NULL AS DOUBLE) AS `orders`,
                    CAST(NULL AS DOUBLE) AS `priced_orders`,
                    CAST(NULL AS DOUBLE) AS `revenue`,
                    CAST(NULL AS DOUBLE) AS `new_customers`
                  FROM (
                    SELECT
                      `t88`.`campaign_id`,
                      `t88`.`influencer_id`,
                      `t88`.`platform`,
                      `t88`.`sessions`,
                      `t88`.`new_users`,
                      `t88`.`engaged_sessions`,
                      `t88`.`bounced_sessions`,
                      `t88`.`session_seconds`,
                      `t88`.`page_views`,
                      `t88`.`key_events`,
                      CAST(`t17`.`name` AS STRING) AS `campaign`,
                      CAST(`t15`.`name` AS STRING) AS `influencer`
                    FROM (
                      SELECT
                        `t50`.`campaign_id`,
                        `t50`.`influencer_id`,
                        `t50`.`platform`,
                        SUM(`t50`.`sessions`) AS `sessions`,
                        SUM(`t50`.`new_users`) AS `new_users`,
                        SUM(`t50`.`engaged_sessions`) AS `engaged_sessions`,
                        SUM(`t50`.`bounced_sessions`) AS `bounced_sessions`,
                        SUM(`t50`.`session_seconds`) AS `session_seconds`,
                        SUM(`t50`.`page_views`) AS `page_views`,
                        SUM(`t50`.`key_events`) AS `key_events`
                      FROM (
                        SELECT
                          CAST(`t3`.`campaign_id` AS BIGINT) AS `campaign_id`,
                          CAST(`t3`.`influencer_id` AS BIGINT) AS `influencer_id`,
                          LOWER(`t3`.`utm_source`) AS `platform`,
                          `t3`.`day`,
                          CAST(`t3`.`sessions` AS DOUBLE) AS `sessions`,
                          CAST(`t3`.`new_users` AS DOUBLE) AS `new_users`,
                          CAST(`t3`.`engaged_sessions` AS DOUBLE) AS `engaged_sessions`,
                          CAST(`t3`.`sessions` - `t3`.`engaged_sessions` AS DOUBLE) AS `bounced_sessions`,
                          CAST(`t3`.`duration_seconds` AS DOUBLE) AS `session_seconds`,
                          CAST(`t3`.`page_views` AS DOUBLE) AS `page_views`,
                          CAST(`t3`.`key_events` AS DOUBLE) AS `key_events`
                        FROM `web_traffic` AS `t3`
                        WHERE
                          `t3`.`campaign_id` IN (1)
                          AND `t3`.`day` <= MAKE_DATE(2026, 3, 31)
                          AND `t3`.`campaign_id` IS NOT NULL
                      ) AS `t50`
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS `t88`
                    INNER JOIN `campaign` AS `t17`
                      ON `t88`.`campaign_id` = `t17`.`id`
                    LEFT OUTER JOIN `influencer` AS `t15`
                      ON `t88`.`influencer_id` = `t15`.`id`
                  ) AS `t110`
                ) AS `t119`
              ) AS `t150`
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  `t126`.`campaign_id`,
                  `t126`.`influencer_id`,
                  CAST(NULL AS BIGINT) AS `account_id`,
                  `t126`.`platform`,
                  CAST(NULL AS DOUBLE) AS `link_clicks`,
                  CAST(NULL AS DOUBLE) AS `unique_link_clicks`,
                  CAST(NULL AS DOUBLE) AS `bot_link_clicks`,
                  CAST(NULL AS DOUBLE) AS `sessions`,
                  CAST(NULL AS DOUBLE) AS `new_users`,
                  CAST(NULL AS DOUBLE) AS `bounced_sessions`,
                  CAST(NULL AS DOUBLE) AS `session_seconds`,
                  CAST(NULL AS DOUBLE) AS `page_views`,
                  CAST(NULL AS DOUBLE) AS `key_events`,
                  `t126`.`orders`,
                  `t126`.`priced_orders`,
                  `t126`.`revenue`,
                  `t126`.`new_customers`
                FROM (
                  SELECT
                    `t105`.`campaign_id`,
                    `t105`.`influencer_id`,
                    `t105`.`platform`,
                    `t105`.`orders`,
                    `t105`.`priced_orders`,
                    `t105`.`revenue`,
                    `t105`.`new_customers`,
                    CAST(`t17`.`name` AS STRING) AS `campaign`,
                    CAST(`t15`.`name` AS STRING) AS `influencer`
                  FROM (
                    SELECT
                      `t69`.`campaign_id`,
                      `t69`.`influencer_id`,
                      `t69`.`platform`,
                      SUM(`t69`.`orders`) AS `orders`,
                      SUM(`t69`.`priced_orders`) AS `priced_orders`,
                      SUM(`t69`.`revenue`) AS `revenue`,
                      SUM(`t69`.`new_customers`) AS `new_customers`
                    FROM (
                      SELECT
                        CAST(`t2`.`campaign_id` AS BIGINT) AS `campaign_id`,
                        CAST(`t2`.`influencer_id` AS BIGINT) AS `influencer_id`,
                        `t2`.`platform`,
                        `t2`.`ordered_on` AS `day`,
                        CAST(CAST(COALESCE(NOT (
                          `t2`.`reversed`
                        ), FALSE) AS INT) AS DOUBLE) AS `orders`,
                        CAST(CAST(COALESCE(NOT (
                          `t2`.`reversed`
                        ) AND (
                          `t2`.`campaign_revenue` IS NOT NULL
                        ), FALSE) AS INT) AS DOUBLE) AS `priced_orders`,
                        IF(NOT (
                          `t2`.`reversed`
                        ), CAST(`t2`.`campaign_revenue` AS DOUBLE), 0) AS `revenue`,
                        CAST(CAST(COALESCE(NOT (
                          `t2`.`reversed`
                        ) AND COALESCE(`t2`.`new_customer`, FALSE), FALSE) AS INT) AS DOUBLE) AS `new_customers`
                      FROM `order_attribution` AS `t2`
                      WHERE
                        `t2`.`campaign_id` IN (1) AND `t2`.`ordered_on` <= MAKE_DATE(2026, 3, 31)
                    ) AS `t69`
                    GROUP BY
                      1,
                      2,
                      3
                  ) AS `t105`
                  INNER JOIN `campaign` AS `t17`
                    ON `t105`.`campaign_id` = `t17`.`id`
                  LEFT OUTER JOIN `influencer` AS `t15`
                    ON `t105`.`influencer_id` = `t15`.`id`
                ) AS `t126`
              ) AS `t133`
            ) AS `t154`
            WHERE
              `t154`.`campaign_id` IN (1)
              AND (
                (
                  `t154`.`bot_link_clicks` IS NOT NULL AND NOT ISNAN(`t154`.`bot_link_clicks`)
                )
                OR (
                  `t154`.`bounced_sessions` IS NOT NULL AND NOT ISNAN(`t154`.`bounced_sessions`)
                )
                OR (
                  `t154`.`key_events` IS NOT NULL AND NOT ISNAN(`t154`.`key_events`)
                )
                OR (
                  `t154`.`link_clicks` IS NOT NULL AND NOT ISNAN(`t154`.`link_clicks`)
                )
                OR (
                  `t154`.`new_customers` IS NOT NULL AND NOT ISNAN(`t154`.`new_customers`)
                )
                OR (
                  `t154`.`new_users` IS NOT NULL AND NOT ISNAN(`t154`.`new_users`)
                )
                OR (
                  `t154`.`orders` IS NOT NULL AND NOT ISNAN(`t154`.`orders`)
                )
                OR (
                  `t154`.`page_views` IS NOT NULL AND NOT ISNAN(`t154`.`page_views`)
                )
                OR (
                  `t154`.`priced_orders` IS NOT NULL AND NOT ISNAN(`t154`.`priced_orders`)
                )
                OR (
                  `t154`.`revenue` IS NOT NULL AND NOT ISNAN(`t154`.`revenue`)
                )
                OR (
                  `t154`.`session_seconds` IS NOT NULL AND NOT ISNAN(`t154`.`session_seconds`)
                )
                OR (
                  `t154`.`sessions` IS NOT NULL AND NOT ISNAN(`t154`.`sessions`)
                )
                OR (
                  `t154`.`unique_link_clicks` IS NOT NULL
                  AND NOT ISNAN(`t154`.`unique_link_clicks`)
                )
              )
          ) AS `t179`
          GROUP BY
            1,
            2
        ) AS `t184`
      ) AS `t186`
    ) AS `t258`
    GROUP BY
      1,
      2
  ) AS `t261`
  LEFT OUTER JOIN (
    SELECT
      `t263`.`influencer_id`,
      `t263`.`platform`,
      `t263`.`er_reach_account_mean`,
      `t263`.`er_reach_account_median`,
      `t263`.`er_followers_account_mean`,
      `t263`.`er_followers_account_median`,
      `t263`.`er_impressions_account_mean`,
      `t263`.`er_impressions_account_median`,
      `t263`.`er_views_account_mean`,
      `t263`.`er_views_account_median`,
      IF(
        (
          (
            SHIFTRIGHT(`t263`.`ranks__0`, 0)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t263`.`ranks__0`, 0)
        ) & 3
      ) AS `er_reach_account_mean__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t263`.`ranks__0`, 2)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t263`.`ranks__0`, 2)
        ) & 3
      ) AS `er_reach_account_median__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t263`.`ranks__0`, 4)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t263`.`ranks__0`, 4)
        ) & 3
      ) AS `er_followers_account_mean__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t263`.`ranks__0`, 6)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t263`.`ranks__0`, 6)
        ) & 3
      ) AS `er_followers_account_median__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t263`.`ranks__0`, 8)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t263`.`ranks__0`, 8)
        ) & 3
      ) AS `er_impressions_account_mean__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t263`.`ranks__0`, 10)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t263`.`ranks__0`, 10)
        ) & 3
      ) AS `er_impressions_account_median__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t263`.`ranks__0`, 12)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t263`.`ranks__0`, 12)
        ) & 3
      ) AS `er_views_account_mean__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t263`.`ranks__0`, 14)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t263`.`ranks__0`, 14)
        ) & 3
      ) AS `er_views_account_median__provenance`
    FROM (
      SELECT
        `t262`.`influencer_id`,
        `t262`.`platform`,
        AVG(`t262`.`er_reach_account_mean`) AS `er_reach_account_mean`,
        PERCENTILE(`t262`.`er_reach_account_median`, 0.5) AS `er_reach_account_median`,
        AVG(`t262`.`er_followers_account_mean`) AS `er_followers_account_mean`,
        PERCENTILE(`t262`.`er_followers_account_median`, 0.5) AS `er_followers_account_median`,
        AVG(`t262`.`er_impressions_account_mean`) AS `er_impressions_account_mean`,
        PERCENTILE(`t262`.`er_impressions_account_median`, 0.5) AS `er_impressions_account_median`,
        AVG(`t262`.`er_views_account_mean`) AS `er_views_account_mean`,
        PERCENTILE(`t262`.`er_views_account_median`, 0.5) AS `er_views_account_median`,
        BIT_OR(`t262`.`ranks__0`) AS `ranks__0`
      FROM (
        SELECT
          `t259`.`influencer_id`,
          `t259`.`platform`,
          `t259`.`account_id`,
          `t259`.`engagements__per__reach__n`,
          `t259`.`engagements__per__reach__d`,
          `t259`.`engagements__per__followers__n`,
          `t259`.`engagements__per__followers__d`,
          `t259`.`engagements__per__impressions__n`,
          `t259`.`engagements__per__impressions__d`,
          `t259`.`engagements__per__views__n`,
          `t259`.`engagements__per__views__d`,
          `t259`.`engagements__per__reach__r`,
          `t259`.`engagements__per__followers__r`,
          `t259`.`engagements__per__impressions__r`,
          `t259`.`engagements__per__views__r`,
          `t259`.`er_reach_account_mean`,
          `t259`.`er_reach_account_median`,
          `t259`.`er_followers_account_mean`,
          `t259`.`er_followers_account_median`,
          `t259`.`er_impressions_account_mean`,
          `t259`.`er_impressions_account_median`,
          `t259`.`er_views_account_mean`,
          `t259`.`er_views_account_median`,
          (
            SHIFTLEFT(
              IF(
                `t259`.`er_reach_account_mean` IS NOT NULL
                AND NOT ISNAN(`t259`.`er_reach_account_mean`),
                COALESCE(`t259`.`engagements__per__reach__r`, 0),
                0
              ),
              0
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t259`.`er_reach_account_median` IS NOT NULL
                AND NOT ISNAN(`t259`.`er_reach_account_median`),
                COALESCE(`t259`.`engagements__per__reach__r`, 0),
                0
              ),
              2
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t259`.`er_followers_account_mean` IS NOT NULL
                AND NOT ISNAN(`t259`.`er_followers_account_mean`),
                COALESCE(`t259`.`engagements__per__followers__r`, 0),
                0
              ),
              4
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t259`.`er_followers_account_median` IS NOT NULL
                AND NOT ISNAN(`t259`.`er_followers_account_median`),
                COALESCE(`t259`.`engagements__per__followers__r`, 0),
                0
              ),
              6
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t259`.`er_impressions_account_mean` IS NOT NULL
                AND NOT ISNAN(`t259`.`er_impressions_account_mean`),
                COALESCE(`t259`.`engagements__per__impressions__r`, 0),
                0
              ),
              8
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t259`.`er_impressions_account_median` IS NOT NULL
                AND NOT ISNAN(`t259`.`er_impressions_account_median`),
                COALESCE(`t259`.`engagements__per__impressions__r`, 0),
                0
              ),
              10
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t259`.`er_views_account_mean` IS NOT NULL
                AND NOT ISNAN(`t259`.`er_views_account_mean`),
                COALESCE(`t259`.`engagements__per__views__r`, 0),
                0
              ),
              12
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t259`.`er_views_account_median` IS NOT NULL
                AND NOT ISNAN(`t259`.`er_views_account_median`),
                COALESCE(`t259`.`engagements__per__views__r`, 0),
                0
              ),
              14
            )
          ) AS `ranks__0`
        FROM (
          SELECT
            `t256`.`influencer_id`,
            `t256`.`platform`,
            `t256`.`account_id`,
            `t256`.`engagements__per__reach__n`,
            `t256`.`engagements__per__reach__d`,
            `t256`.`engagements__per__followers__n`,
            `t256`.`engagements__per__followers__d`,
            `t256`.`engagements__per__impressions__n`,
            `t256`.`engagements__per__impressions__d`,
            `t256`.`engagements__per__views__n`,
            `t256`.`engagements__per__views__d`,
            IF(
              (
                (
                  SHIFTRIGHT(`t256`.`ranks__0`, 20)
                ) & 3
              ) >= 2,
              2,
              (
                SHIFTRIGHT(`t256`.`ranks__0`, 20)
              ) & 3
            ) AS `engagements__per__reach__r`,
            IF(
              (
                (
                  SHIFTRIGHT(`t256`.`ranks__0`, 22)
                ) & 3
              ) >= 2,
              2,
              (
                SHIFTRIGHT(`t256`.`ranks__0`, 22)
              ) & 3
            ) AS `engagements__per__followers__r`,
            IF(
              (
                (
                  SHIFTRIGHT(`t256`.`ranks__0`, 28)
                ) & 3
              ) >= 2,
              2,
              (
                SHIFTRIGHT(`t256`.`ranks__0`, 28)
              ) & 3
            ) AS `engagements__per__impressions__r`,
            IF(
              (
                (
                  SHIFTRIGHT(`t256`.`ranks__0`, 32)
                ) & 3
              ) >= 2,
              2,
              (
                SHIFTRIGHT(`t256`.`ranks__0`, 32)
              ) & 3
            ) AS `engagements__per__views__r`,
            (
              `t256`.`engagements__per__reach__n` / NULLIF(`t256`.`engagements__per__reach__d`, 0)
            ) * 100 AS `er_reach_account_mean`,
            (
              `t256`.`engagements__per__reach__n` / NULLIF(`t256`.`engagements__per__reach__d`, 0)
            ) * 100 AS `er_reach_account_median`,
            (
              `t256`.`engagements__per__followers__n` / NULLIF(`t256`.`engagements__per__followers__d`, 0)
            ) * 100 AS `er_followers_account_mean`,
            (
              `t256`.`engagements__per__followers__n` / NULLIF(`t256`.`engagements__per__followers__d`, 0)
            ) * 100 AS `er_followers_account_median`,
            (
              `t256`.`engagements__per__impressions__n` / NULLIF(`t256`.`engagements__per__impressions__d`, 0)
            ) * 100 AS `er_impressions_account_mean`,
            (
              `t256`.`engagements__per__impressions__n` / NULLIF(`t256`.`engagements__per__impressions__d`, 0)
            ) * 100 AS `er_impressions_account_median`,
            (
              `t256`.`engagements__per__views__n` / NULLIF(`t256`.`engagements__per__views__d`, 0)
            ) * 100 AS `er_views_account_mean`,
            (
              `t256`.`engagements__per__views__n` / NULLIF(`t256`.`engagements__per__views__d`, 0)
            ) * 100 AS `er_views_account_median`
          FROM (
            SELECT
              `t254`.`influencer_id`,
              `t254`.`platform`,
              `t254`.`account_id`,
              SUM(
                IF(
                  `t254`.`engagements` IS NOT NULL
                  AND NOT ISNAN(`t254`.`engagements`)
                  AND (
                    `t254`.`reach` IS NOT NULL AND NOT ISNAN(`t254`.`reach`)
                  ),
                  `t254`.`engagements`,
                  NULL
                )
              ) AS `engagements__per__reach__n`,
              SUM(
                IF(
                  `t254`.`engagements` IS NOT NULL
                  AND NOT ISNAN(`t254`.`engagements`)
                  AND (
                    `t254`.`reach` IS NOT NULL AND NOT ISNAN(`t254`.`reach`)
                  ),
                  `t254`.`reach`,
                  NULL
                )
              ) AS `engagements__per__reach__d`,
              SUM(
                IF(
                  `t254`.`engagements` IS NOT NULL
                  AND NOT ISNAN(`t254`.`engagements`)
                  AND (
                    `t254`.`followers` IS NOT NULL AND NOT ISNAN(`t254`.`followers`)
                  ),
                  `t254`.`engagements`,
                  NULL
                )
              ) AS `engagements__per__followers__n`,
              SUM(
                IF(
                  `t254`.`engagements` IS NOT NULL
                  AND NOT ISNAN(`t254`.`engagements`)
                  AND (
                    `t254`.`followers` IS NOT NULL AND NOT ISNAN(`t254`.`followers`)
                  ),
                  `t254`.`followers`,
                  NULL
                )
              ) AS `engagements__per__followers__d`,
              SUM(
                IF(
                  `t254`.`engagements` IS NOT NULL
                  AND NOT ISNAN(`t254`.`engagements`)
                  AND (
                    `t254`.`impressions` IS NOT NULL AND NOT ISNAN(`t254`.`impressions`)
                  ),
                  `t254`.`engagements`,
                  NULL
                )
              ) AS `engagements__per__impressions__n`,
              SUM(
                IF(
                  `t254`.`engagements` IS NOT NULL
                  AND NOT ISNAN(`t254`.`engagements`)
                  AND (
                    `t254`.`impressions` IS NOT NULL AND NOT ISNAN(`t254`.`impressions`)
                  ),
                  `t254`.`impressions`,
                  NULL
                )
              ) AS `engagements__per__impressions__d`,
              SUM(
                IF(
                  `t254`.`engagements` IS NOT NULL
                  AND NOT ISNAN(`t254`.`engagements`)
                  AND (
                    `t254`.`views` IS NOT NULL AND NOT ISNAN(`t254`.`views`)
                  ),
                  `t254`.`engagements`,
                  NULL
                )
              ) AS `engagements__per__views__n`,
              SUM(
                IF(
                  `t254`.`engagements` IS NOT NULL
                  AND NOT ISNAN(`t254`.`engagements`)
                  AND (
                    `t254`.`views` IS NOT NULL AND NOT ISNAN(`t254`.`views`)
                  ),
                  `t254`.`views`,
                  NULL
                )
              ) AS `engagements__per__views__d`,
              BIT_OR(`t254`.`ranks__0`) AS `ranks__0`
            FROM (
              SELECT
                *
              FROM `kpi_facts` AS `t253`
              WHERE
                `t253`.`account_id` IS NOT NULL
            ) AS `t254`
            GROUP BY
              1,
              2,
              3
          ) AS `t256`
        ) AS `t259`
      ) AS `t262`
      GROUP BY
        1,
        2
    ) AS `t263`
  ) AS `t265`
    ON `t261`.`influencer_id` IS NOT DISTINCT FROM `t265`.`influencer_id`
    AND `t261`.`platform` IS NOT DISTINCT FROM `t265`.`platform`
  LEFT OUTER JOIN (
    SELECT
      CAST(`t0`.`id` AS BIGINT) AS `influencer_id`,
      CAST(`t0`.`name` AS STRING) AS `influencer`
    FROM `influencer` AS `t0`
  ) AS `t41`
    ON `t261`.`influencer_id` = `t41`.`influencer_id`
) AS `t266`
ORDER BY
  `t266`.`influencer_id` ASC NULLS LAST,
  `t266`.`platform` ASC NULLS LAST
