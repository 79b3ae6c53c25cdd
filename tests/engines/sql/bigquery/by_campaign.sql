WITH `t24` AS (
  SELECT
    *
  FROM `campaign` AS `t0`
  WHERE
    `t0`.`id` IN (1)
), `t69` AS (
  SELECT
    *
  FROM (
    SELECT
      `t6`.`base`,
      `t6`.`quote`,
      `t6`.`valid_on`,
      CAST(`t6`.`rate` AS FLOAT64) AS `rate`
    FROM `exchange_rate` AS `t6`
  ) AS `t29`
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      `t6`.`quote` AS `base`,
      `t6`.`base` AS `quote`,
      `t6`.`valid_on`,
      ieee_divide(CAST(1 AS FLOAT64), NULLIF(CAST(`t6`.`rate` AS FLOAT64), 0)) AS `rate`
    FROM `exchange_rate` AS `t6`
  ) AS `t65`
), `t84` AS (
  SELECT
    CAST(`t59`.`id` AS INT64) AS `key`,
    CAST(`t59`.`currency` AS STRING) AS `base`,
    CAST(`t15`.`currency` AS STRING) AS `quote`,
    UNIX_SECONDS(CAST(`t59`.`incurred_on` AS TIMESTAMP)) AS `on`,
    CAST(`t59`.`campaign_id` AS INT64) AS `campaign_id`,
    CAST(`t15`.`name` AS STRING) AS `campaign`,
    CAST(`t59`.`influencer_id` AS INT64) AS `influencer_id`,
    CAST(`t59`.`amount` AS FLOAT64) AS `amount`,
    `t59`.`incurred_on`
  FROM (
    SELECT
      *
    FROM `cost` AS `t12`
    WHERE
      `t12`.`incurred_on` <= DATE(2026, 3, 31) AND `t12`.`campaign_id` IN (1)
  ) AS `t59`
  INNER JOIN `campaign` AS `t15`
    ON `t59`.`campaign_id` = `t15`.`id`
), `campaign_posts_in` AS (
  SELECT
    CAST(`t55`.`campaign_id` AS INT64) AS `campaign_id`,
    CAST(`t16`.`name` AS STRING) AS `campaign`,
    CAST(`t53`.`id` AS INT64) AS `influencer_id`,
    CAST(`t53`.`name` AS STRING) AS `influencer`,
    CAST(`t19`.`id` AS INT64) AS `account_id`,
    CAST(`t19`.`platform` AS STRING) AS `platform`,
    CAST(`t55`.`format` AS STRING) AS `format`,
    CAST(`t55`.`id` AS INT64) AS `post_id`,
    `t55`.`published_on` AS `day`,
    `t53`.`country`,
    CAST(`t55`.`caption` AS STRING) AS `caption`,
    `t55`.`sponsored`
  FROM (
    SELECT
      *
    FROM `post` AS `t10`
    WHERE
      `t10`.`published_on` <= DATE(2026, 3, 31)
      AND `t10`.`campaign_id` IS NOT NULL
      AND `t10`.`campaign_id` IN (1)
  ) AS `t55`
  INNER JOIN `account` AS `t19`
    ON `t55`.`account_id` = `t19`.`id`
  INNER JOIN (
    SELECT
      *
    FROM `influencer` AS `t8`
    WHERE
      NOT (
        `t8`.`is_brand`
      )
  ) AS `t53`
    ON `t19`.`influencer_id` = `t53`.`id`
  INNER JOIN `campaign` AS `t16`
    ON `t55`.`campaign_id` = `t16`.`id`
), `t166` AS (
  SELECT
    *
  FROM (
    SELECT
      `t149`.`campaign_id`,
      `t149`.`campaign`,
      `t149`.`influencer_id`,
      `t149`.`influencer`,
      `t149`.`account_id`,
      `t149`.`platform`,
      `t149`.`is_brand`,
      `t149`.`day`,
      `t149`.`start_at`,
      `t149`.`end_at`,
      `t67`.`followers`,
      `t67`.`at`,
      `t67`.`rank`
    FROM (
      SELECT
        `t129`.`campaign_id`,
        CAST(`t15`.`name` AS STRING) AS `campaign`,
        CAST(`t18`.`id` AS INT64) AS `influencer_id`,
        CAST(`t18`.`name` AS STRING) AS `influencer`,
        `t129`.`account_id`,
        CAST(`t20`.`platform` AS STRING) AS `platform`,
        `t129`.`is_brand`,
        `t15`.`end_date` AS `day`,
        UNIX_SECONDS(CAST(`t15`.`start_date` AS TIMESTAMP)) AS `start_at`,
        UNIX_SECONDS(CAST(`t15`.`end_date` AS TIMESTAMP)) + 86400 AS `end_at`
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
              `t96`.`campaign_id`,
              `t96`.`account_id`
            FROM `campaign_posts_in` AS `t96`
          ) AS `t109`
        ) AS `t117`
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            CAST(`t62`.`id` AS INT64) AS `campaign_id`,
            CAST(`t20`.`id` AS INT64) AS `account_id`,
            TRUE AS `is_brand`
          FROM `t24` AS `t62`
          INNER JOIN (
            SELECT
              *
            FROM `influencer` AS `t8`
            WHERE
              `t8`.`is_brand`
          ) AS `t33`
            ON `t33`.`workspace_id` = `t62`.`workspace_id`
          INNER JOIN `account` AS `t20`
            ON `t20`.`influencer_id` = `t33`.`id`
        ) AS `t85`
      ) AS `t129`
      INNER JOIN `campaign` AS `t15`
        ON `t129`.`campaign_id` = `t15`.`id`
      INNER JOIN `account` AS `t20`
        ON `t129`.`account_id` = `t20`.`id`
      INNER JOIN `influencer` AS `t18`
        ON `t20`.`influencer_id` = `t18`.`id`
    ) AS `t149`
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
      WHERE
        `t13`.`captured_at` <= DATETIME('2026-03-31T23:59:59')
    ) AS `t67`
      ON `t149`.`account_id` = `t67`.`account_id`
  ) AS `t164`
  WHERE
    `t164`.`at` <= `t164`.`end_at`
), `post_rows` AS (
  SELECT
    `t180`.`campaign_id`,
    `t180`.`campaign`,
    `t180`.`influencer_id`,
    `t180`.`influencer`,
    `t180`.`account_id`,
    `t180`.`platform`,
    `t180`.`format`,
    `t180`.`post_id`,
    `t180`.`day`,
    `t180`.`country`,
    `t180`.`caption`,
    `t180`.`sponsored`,
    `t180`.`reach`,
    `t180`.`impressions`,
    `t180`.`views`,
    `t180`.`likes`,
    `t180`.`comments`,
    `t180`.`shares`,
    `t180`.`saves`,
    `t180`.`clicks`,
    `t180`.`reach__provenance`,
    `t180`.`impressions__provenance`,
    `t180`.`views__provenance`,
    `t180`.`likes__provenance`,
    `t180`.`comments__provenance`,
    `t180`.`shares__provenance`,
    `t180`.`saves__provenance`,
    `t180`.`clicks__provenance`,
    `t180`.`followers`,
    `t180`.`followers__provenance`,
    `t180`.`engagements`,
    `t180`.`engagements__provenance`,
    COALESCE(
      COALESCE(`t180`.`impressions`, `t180`.`views`),
      `t180`.`reach` * COALESCE(
        ieee_divide(
          SUM(
            IF(
              (
                `t180`.`impressions` IS NOT NULL
              ) AND (
                `t180`.`reach` IS NOT NULL
              ),
              `t180`.`impressions`,
              NULL
            )
          ) OVER (
            PARTITION BY `t180`.`campaign_id`, `t180`.`platform`
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ),
          NULLIF(
            SUM(
              IF(
                (
                  `t180`.`impressions` IS NOT NULL
                ) AND (
                  `t180`.`reach` IS NOT NULL
                ),
                `t180`.`reach`,
                NULL
              )
            ) OVER (
              PARTITION BY `t180`.`campaign_id`, `t180`.`platform`
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
        COALESCE(`t180`.`impressions`, `t180`.`views`),
        `t180`.`reach` * COALESCE(
          ieee_divide(
            SUM(
              IF(
                (
                  `t180`.`impressions` IS NOT NULL
                ) AND (
                  `t180`.`reach` IS NOT NULL
                ),
                `t180`.`impressions`,
                NULL
              )
            ) OVER (
              PARTITION BY `t180`.`campaign_id`, `t180`.`platform`
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ),
            NULLIF(
              SUM(
                IF(
                  (
                    `t180`.`impressions` IS NOT NULL
                  ) AND (
                    `t180`.`reach` IS NOT NULL
                  ),
                  `t180`.`reach`,
                  NULL
                )
              ) OVER (
                PARTITION BY `t180`.`campaign_id`, `t180`.`platform`
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              ),
              0
            )
          ),
          CAST(1 AS FLOAT64)
        )
      ) IS NOT NULL,
      IF(`t180`.`impressions` IS NOT NULL, `t180`.`impressions__provenance`, 2),
      CAST(NULL AS INT64)
    ) AS `impressions_with_estimates__provenance`,
    ieee_divide(`t180`.`engagements`, NULLIF(`t180`.`reach`, 0)) * 100 AS `er_reach_post`,
    ieee_divide(`t180`.`engagements`, NULLIF(`t180`.`followers`, 0)) * 100 AS `er_followers_post`,
    ieee_divide(`t180`.`engagements`, NULLIF(`t180`.`impressions`, 0)) * 100 AS `er_impressions_post`,
    ieee_divide(`t180`.`engagements`, NULLIF(`t180`.`views`, 0)) * 100 AS `er_views_post`,
    NULLIF(
      GREATEST(
        COALESCE(`t180`.`engagements__provenance`, -1),
        COALESCE(`t180`.`reach__provenance`, -1)
      ),
      -1
    ) AS `er_reach_post__provenance`,
    NULLIF(
      GREATEST(
        COALESCE(`t180`.`engagements__provenance`, -1),
        COALESCE(`t180`.`followers__provenance`, -1)
      ),
      -1
    ) AS `er_followers_post__provenance`,
    NULLIF(
      GREATEST(
        COALESCE(`t180`.`engagements__provenance`, -1),
        COALESCE(`t180`.`impressions__provenance`, -1)
      ),
      -1
    ) AS `er_impressions_post__provenance`,
    NULLIF(
      GREATEST(
        COALESCE(`t180`.`engagements__provenance`, -1),
        COALESCE(`t180`.`views__provenance`, -1)
      ),
      -1
    ) AS `er_views_post__provenance`,
    `t180`.`platform` AS `post_platform`,
    `t180`.`influencer_id` AS `publishing_influencer`,
    CAST(IF(`t180`.`sponsored`, 1, 0) AS FLOAT64) AS `sponsored_posts`,
    CAST(IF(
      `t180`.`sponsored`
      AND CASE
        WHEN UPPER(`t180`.`country`) = 'FR'
        THEN (
          INSTR(LOWER(`t180`.`caption`), 'publicité') > 0
        )
        OR (
          INSTR(LOWER(`t180`.`caption`), 'publicite') > 0
        )
        OR (
          INSTR(LOWER(`t180`.`caption`), 'collaboration commerciale') > 0
        )
        WHEN UPPER(`t180`.`country`) = 'BE'
        THEN (
          INSTR(LOWER(`t180`.`caption`), 'publicité') > 0
        )
        OR (
          INSTR(LOWER(`t180`.`caption`), 'publicite') > 0
        )
        OR (
          INSTR(LOWER(`t180`.`caption`), 'collaboration commerciale') > 0
        )
        OR (
          INSTR(LOWER(`t180`.`caption`), '#pub') > 0
        )
        OR (
          INSTR(LOWER(`t180`.`caption`), 'reclame') > 0
        )
        OR (
          INSTR(LOWER(`t180`.`caption`), '#ad') > 0
        )
        OR (
          INSTR(LOWER(`t180`.`caption`), 'samenwerking') > 0
        )
        WHEN UPPER(`t180`.`country`) = 'DE'
        THEN (
          INSTR(LOWER(`t180`.`caption`), 'werbung') > 0
        )
        OR (
          INSTR(LOWER(`t180`.`caption`), 'anzeige') > 0
        )
        WHEN UPPER(`t180`.`country`) = 'ES'
        THEN (
          INSTR(LOWER(`t180`.`caption`), 'publicidad') > 0
        )
        OR (
          INSTR(LOWER(`t180`.`caption`), '#publi') > 0
        )
        OR (
          INSTR(LOWER(`t180`.`caption`), 'patrocinado') > 0
        )
        OR (
          INSTR(LOWER(`t180`.`caption`), 'colaboración pagada') > 0
        )
        WHEN UPPER(`t180`.`country`) = 'IT'
        THEN (
          INSTR(LOWER(`t180`.`caption`), 'pubblicità') > 0
        )
        OR (
          INSTR(LOWER(`t180`.`caption`), '#adv') > 0
        )
        OR (
          INSTR(LOWER(`t180`.`caption`), 'sponsorizzato') > 0
        )
        OR (
          INSTR(LOWER(`t180`.`caption`), '#sponsored') > 0
        )
        WHEN UPPER(`t180`.`country`) = 'GB'
        THEN (
          INSTR(LOWER(`t180`.`caption`), '#ad') > 0
        )
        OR (
          INSTR(LOWER(`t180`.`caption`), 'advert') > 0
        )
        OR (
          INSTR(LOWER(`t180`.`caption`), 'advertisement') > 0
        )
        WHEN UPPER(`t180`.`country`) = 'US'
        THEN (
          INSTR(LOWER(`t180`.`caption`), '#ad') > 0
        )
        OR (
          INSTR(LOWER(`t180`.`caption`), '#sponsored') > 0
        )
        OR (
          INSTR(LOWER(`t180`.`caption`), 'advertisement') > 0
        )
        OR (
          INSTR(LOWER(`t180`.`caption`), 'paid partnership') > 0
        )
        ELSE (
          INSTR(LOWER(`t180`.`caption`), '#ad') > 0
        )
        OR (
          INSTR(LOWER(`t180`.`caption`), '#sponsored') > 0
        )
        OR (
          INSTR(LOWER(`t180`.`caption`), 'paid partnership') > 0
        )
        OR (
          INSTR(LOWER(`t180`.`caption`), 'advertisement') > 0
        )
      END,
      1,
      0
    ) AS FLOAT64) AS `disclosed_sponsored_posts`
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
          `t165`.`likes` IS NOT NULL
        )
        OR (
          `t165`.`comments` IS NOT NULL
        )
        OR (
          `t165`.`shares` IS NOT NULL
        )
        OR (
          `t165`.`saves` IS NOT NULL
        ),
        CAST(0 AS FLOAT64) + COALESCE(`t165`.`likes`, 0) + COALESCE(`t165`.`comments`, 0) + COALESCE(`t165`.`shares`, 0) + COALESCE(`t165`.`saves`, 0),
        CAST(NULL AS FLOAT64)
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
        `t103`.`campaign_id`,
        `t103`.`campaign`,
        `t103`.`influencer_id`,
        `t103`.`influencer`,
        `t103`.`account_id`,
        `t103`.`platform`,
        `t103`.`format`,
        `t103`.`post_id`,
        `t103`.`day`,
        `t103`.`country`,
        `t103`.`caption`,
        `t103`.`sponsored`,
        `t158`.`reach`,
        `t158`.`impressions`,
        `t158`.`views`,
        `t158`.`likes`,
        `t158`.`comments`,
        `t158`.`shares`,
        `t158`.`saves`,
        `t158`.`clicks`,
        `t158`.`reach__provenance`,
        `t158`.`impressions__provenance`,
        `t158`.`views__provenance`,
        `t158`.`likes__provenance`,
        `t158`.`comments__provenance`,
        `t158`.`shares__provenance`,
        `t158`.`saves__provenance`,
        `t158`.`clicks__provenance`,
        `t150`.`followers`,
        `t150`.`followers__provenance`
      FROM `campaign_posts_in` AS `t103`
      LEFT OUTER JOIN (
        SELECT
          `t130`.`post_id`,
          CAST(CAST(FLOOR(ieee_divide(`t130`.`reach`, 4)) AS INT64) AS FLOAT64) AS `reach`,
          CAST(CAST(FLOOR(ieee_divide(`t130`.`impressions`, 4)) AS INT64) AS FLOAT64) AS `impressions`,
          CAST(CAST(FLOOR(ieee_divide(`t130`.`views`, 4)) AS INT64) AS FLOAT64) AS `views`,
          CAST(CAST(FLOOR(ieee_divide(`t130`.`likes`, 4)) AS INT64) AS FLOAT64) AS `likes`,
          CAST(CAST(FLOOR(ieee_divide(`t130`.`comments`, 4)) AS INT64) AS FLOAT64) AS `comments`,
          CAST(CAST(FLOOR(ieee_divide(`t130`.`shares`, 4)) AS INT64) AS FLOAT64) AS `shares`,
          CAST(CAST(FLOOR(ieee_divide(`t130`.`saves`, 4)) AS INT64) AS FLOAT64) AS `saves`,
          CAST(CAST(FLOOR(ieee_divide(`t130`.`clicks`, 4)) AS INT64) AS FLOAT64) AS `clicks`,
          CAST(TRUNC(
            `t130`.`reach` - (
              CAST(CAST(FLOOR(ieee_divide(`t130`.`reach`, 4)) AS INT64) AS FLOAT64) * 4
            )
          ) AS INT64) AS `reach__provenance`,
          CAST(TRUNC(
            `t130`.`impressions` - (
              CAST(CAST(FLOOR(ieee_divide(`t130`.`impressions`, 4)) AS INT64) AS FLOAT64) * 4
            )
          ) AS INT64) AS `impressions__provenance`,
          CAST(TRUNC(
            `t130`.`views` - (
              CAST(CAST(FLOOR(ieee_divide(`t130`.`views`, 4)) AS INT64) AS FLOAT64) * 4
            )
          ) AS INT64) AS `views__provenance`,
          CAST(TRUNC(
            `t130`.`likes` - (
              CAST(CAST(FLOOR(ieee_divide(`t130`.`likes`, 4)) AS INT64) AS FLOAT64) * 4
            )
          ) AS INT64) AS `likes__provenance`,
          CAST(TRUNC(
            `t130`.`comments` - (
              CAST(CAST(FLOOR(ieee_divide(`t130`.`comments`, 4)) AS INT64) AS FLOAT64) * 4
            )
          ) AS INT64) AS `comments__provenance`,
          CAST(TRUNC(
            `t130`.`shares` - (
              CAST(CAST(FLOOR(ieee_divide(`t130`.`shares`, 4)) AS INT64) AS FLOAT64) * 4
            )
          ) AS INT64) AS `shares__provenance`,
          CAST(TRUNC(
            `t130`.`saves` - (
              CAST(CAST(FLOOR(ieee_divide(`t130`.`saves`, 4)) AS INT64) AS FLOAT64) * 4
            )
          ) AS INT64) AS `saves__provenance`,
          CAST(TRUNC(
            `t130`.`clicks` - (
              CAST(CAST(FLOOR(ieee_divide(`t130`.`clicks`, 4)) AS INT64) AS FLOAT64) * 4
            )
          ) AS INT64) AS `clicks__provenance`
        FROM (
          SELECT
            CAST(`t104`.`post_id` AS INT64) AS `post_id`,
            MAX_BY(
              IF(
                `t104`.`metric` = 'reach',
                (
                  CAST(ROUND(`t104`.`value`, 0) AS INT64) * 4
                ) + CASE `t104`.`provenance`
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
                `t104`.`metric` = 'reach',
                (
                  DATETIME_DIFF(`t104`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
                ) + (
                  15 - CASE `t104`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
                `t104`.`metric` = 'impressions',
                (
                  CAST(ROUND(`t104`.`value`, 0) AS INT64) * 4
                ) + CASE `t104`.`provenance`
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
                `t104`.`metric` = 'impressions',
                (
                  DATETIME_DIFF(`t104`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
                ) + (
                  15 - CASE `t104`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
                `t104`.`metric` = 'views',
                (
                  CAST(ROUND(`t104`.`value`, 0) AS INT64) * 4
                ) + CASE `t104`.`provenance`
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
                `t104`.`metric` = 'views',
                (
                  DATETIME_DIFF(`t104`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
                ) + (
                  15 - CASE `t104`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
                `t104`.`metric` = 'likes',
                (
                  CAST(ROUND(`t104`.`value`, 0) AS INT64) * 4
                ) + CASE `t104`.`provenance`
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
                `t104`.`metric` = 'likes',
                (
                  DATETIME_DIFF(`t104`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
                ) + (
                  15 - CASE `t104`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
                `t104`.`metric` = 'comments',
                (
                  CAST(ROUND(`t104`.`value`, 0) AS INT64) * 4
                ) + CASE `t104`.`provenance`
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
                `t104`.`metric` = 'comments',
                (
                  DATETIME_DIFF(`t104`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
                ) + (
                  15 - CASE `t104`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
                `t104`.`metric` = 'shares',
                (
                  CAST(ROUND(`t104`.`value`, 0) AS INT64) * 4
                ) + CASE `t104`.`provenance`
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
                `t104`.`metric` = 'shares',
                (
                  DATETIME_DIFF(`t104`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
                ) + (
                  15 - CASE `t104`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
                `t104`.`metric` = 'saves',
                (
                  CAST(ROUND(`t104`.`value`, 0) AS INT64) * 4
                ) + CASE `t104`.`provenance`
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
                `t104`.`metric` = 'saves',
                (
                  DATETIME_DIFF(`t104`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
                ) + (
                  15 - CASE `t104`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
                `t104`.`metric` = 'clicks',
                (
                  CAST(ROUND(`t104`.`value`, 0) AS INT64) * 4
                ) + CASE `t104`.`provenance`
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
                `t104`.`metric` = 'clicks',
                (
                  DATETIME_DIFF(`t104`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
                ) + (
                  15 - CASE `t104`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
                  `t10`.`published_on` <= DATE(2026, 3, 31)
                  AND `t10`.`campaign_id` IS NOT NULL
                  AND `t10`.`campaign_id` IN (1)
              ) AS `t58`
                ON `t21`.`post_id` = `t58`.`in_scope`
            ) AS `t82`
            WHERE
              `t82`.`captured_at` <= DATETIME('2026-03-31T23:59:59')
          ) AS `t104`
          GROUP BY
            1
        ) AS `t130`
      ) AS `t158`
        ON `t103`.`post_id` = `t158`.`post_id`
      LEFT OUTER JOIN (
        SELECT
          CAST(`t57`.`post_id` AS INT64) AS `post_id`,
          `t123`.`followers`,
          `t123`.`rank` AS `followers__provenance`
        FROM (
          SELECT
            `t10`.`id` AS `post_id`,
            `t10`.`account_id`,
            `t10`.`published_at`
          FROM `post` AS `t10`
          WHERE
            `t10`.`published_on` <= DATE(2026, 3, 31)
            AND `t10`.`campaign_id` IS NOT NULL
            AND `t10`.`campaign_id` IN (1)
        ) AS `t57`
        INNER JOIN (
          SELECT
            `t83`.`account_id`,
            CAST(`t83`.`followers` AS FLOAT64) AS `followers`,
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
            LEAD(`t83`.`captured_at`) OVER (PARTITION BY `t83`.`account_id` ORDER BY `t83`.`captured_at` ASC) AS `until`,
            (
              ROW_NUMBER() OVER (PARTITION BY `t83`.`account_id` ORDER BY `t83`.`captured_at` ASC) - 1
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
                    `t10`.`published_on` <= DATE(2026, 3, 31)
                    AND `t10`.`campaign_id` IS NOT NULL
                    AND `t10`.`campaign_id` IN (1)
                )
            ) AS `t66`
            WHERE
              `t66`.`captured_at` <= DATETIME('2026-03-31T23:59:59')
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
      ) AS `t150`
        ON `t103`.`post_id` = `t150`.`post_id`
    ) AS `t165`
  ) AS `t180`
), `kpi_facts` AS (
  SELECT
    `t240`.`campaign_id`,
    `t240`.`account_id`,
    `t240`.`post_id`,
    `t240`.`reach`,
    `t240`.`impressions`,
    `t240`.`views`,
    `t240`.`likes`,
    `t240`.`comments`,
    `t240`.`shares`,
    `t240`.`saves`,
    `t240`.`clicks`,
    `t240`.`followers`,
    `t240`.`engagements`,
    `t240`.`impressions_with_estimates`,
    `t240`.`er_reach_post`,
    `t240`.`er_followers_post`,
    `t240`.`er_impressions_post`,
    `t240`.`er_views_post`,
    `t240`.`post_platform`,
    `t240`.`publishing_influencer`,
    `t240`.`sponsored_posts`,
    `t240`.`disclosed_sponsored_posts`,
    `t240`.`cost`,
    `t240`.`key_message_posts`,
    `t240`.`ugc_post`,
    `t240`.`mentions`,
    `t240`.`brand_mentions`,
    `t240`.`mention_engagements`,
    `t240`.`brand_mention_engagements`,
    `t240`.`followers_start`,
    `t240`.`followers_gained`,
    `t240`.`followers_expected_gain`,
    `t240`.`brand_followers_start`,
    `t240`.`brand_followers_gained`,
    `t240`.`brand_followers_expected_gain`,
    `t240`.`influencers_contacted`,
    `t240`.`influencers_interested`,
    `t240`.`posts_contracted`,
    `t240`.`products_sent`,
    `t240`.`key_messages`,
    `t240`.`emv`,
    `t240`.`emv_authentic`,
    ieee_divide(
      `t240`.`cost`,
      CASE
        WHEN `t240`.`platform` = 'tiktok'
        THEN 7.5
        WHEN `t240`.`platform` = 'youtube'
        THEN 3.53
        ELSE 19.8
      END * `t240`.`paid_rate`
    ) * 1000 AS `paid_impressions`,
    ieee_divide(
      `t240`.`cost`,
      CASE
        WHEN `t240`.`platform` = 'tiktok'
        THEN CAST(NULL AS FLOAT64)
        WHEN `t240`.`platform` = 'youtube'
        THEN CAST(NULL AS FLOAT64)
        ELSE 1.88
      END * `t240`.`paid_rate`
    ) AS `paid_clicks`,
    ieee_divide(
      `t240`.`cost`,
      CASE WHEN `t240`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS FLOAT64) END * `t240`.`paid_rate`
    ) AS `paid_views`,
    (
      IF(`t240`.`reach` IS NOT NULL, COALESCE(`t240`.`reach__provenance`, 0), 0) << 0
    ) | (
      IF(`t240`.`impressions` IS NOT NULL, COALESCE(`t240`.`impressions__provenance`, 0), 0) << 2
    ) | (
      IF(`t240`.`views` IS NOT NULL, COALESCE(`t240`.`views__provenance`, 0), 0) << 4
    ) | (
      IF(
        `t240`.`impressions_with_estimates` IS NOT NULL,
        COALESCE(`t240`.`impressions_with_estimates__provenance`, 0),
        0
      ) << 6
    ) | (
      IF(
        (
          `t240`.`reach` IS NOT NULL
        ) AND (
          `t240`.`followers` IS NOT NULL
        ),
        COALESCE(
          NULLIF(
            GREATEST(
              COALESCE(`t240`.`reach__provenance`, -1),
              COALESCE(`t240`.`followers__provenance`, -1)
            ),
            -1
          ),
          0
        ),
        0
      ) << 8
    ) | (
      IF(`t240`.`likes` IS NOT NULL, COALESCE(`t240`.`likes__provenance`, 0), 0) << 10
    ) | (
      IF(`t240`.`comments` IS NOT NULL, COALESCE(`t240`.`comments__provenance`, 0), 0) << 12
    ) | (
      IF(`t240`.`shares` IS NOT NULL, COALESCE(`t240`.`shares__provenance`, 0), 0) << 14
    ) | (
      IF(`t240`.`saves` IS NOT NULL, COALESCE(`t240`.`saves__provenance`, 0), 0) << 16
    ) | (
      IF(`t240`.`engagements` IS NOT NULL, COALESCE(`t240`.`engagements__provenance`, 0), 0) << 18
    ) | (
      IF(
        (
          `t240`.`engagements` IS NOT NULL
        ) AND (
          `t240`.`reach` IS NOT NULL
        ),
        COALESCE(
          NULLIF(
            GREATEST(
              COALESCE(`t240`.`engagements__provenance`, -1),
              COALESCE(`t240`.`reach__provenance`, -1)
            ),
            -1
          ),
          0
        ),
        0
      ) << 20
    ) | (
      IF(
        (
          `t240`.`engagements` IS NOT NULL
        ) AND (
          `t240`.`followers` IS NOT NULL
        ),
        COALESCE(
          NULLIF(
            GREATEST(
              COALESCE(`t240`.`engagements__provenance`, -1),
              COALESCE(`t240`.`followers__provenance`, -1)
            ),
            -1
          ),
          0
        ),
        0
      ) << 22
    ) | (
      IF(
        `t240`.`er_reach_post` IS NOT NULL,
        COALESCE(`t240`.`er_reach_post__provenance`, 0),
        0
      ) << 24
    ) | (
      IF(
        `t240`.`er_followers_post` IS NOT NULL,
        COALESCE(`t240`.`er_followers_post__provenance`, 0),
        0
      ) << 26
    ) | (
      IF(
        (
          `t240`.`engagements` IS NOT NULL
        ) AND (
          `t240`.`impressions` IS NOT NULL
        ),
        COALESCE(
          NULLIF(
            GREATEST(
              COALESCE(`t240`.`engagements__provenance`, -1),
              COALESCE(`t240`.`impressions__provenance`, -1)
            ),
            -1
          ),
          0
        ),
        0
      ) << 28
    ) | (
      IF(
        `t240`.`er_impressions_post` IS NOT NULL,
        COALESCE(`t240`.`er_impressions_post__provenance`, 0),
        0
      ) << 30
    ) | (
      IF(
        (
          `t240`.`engagements` IS NOT NULL
        ) AND (
          `t240`.`views` IS NOT NULL
        ),
        COALESCE(
          NULLIF(
            GREATEST(
              COALESCE(`t240`.`engagements__provenance`, -1),
              COALESCE(`t240`.`views__provenance`, -1)
            ),
            -1
          ),
          0
        ),
        0
      ) << 32
    ) | (
      IF(
        `t240`.`er_views_post` IS NOT NULL,
        COALESCE(`t240`.`er_views_post__provenance`, 0),
        0
      ) << 34
    ) | (
      IF(`t240`.`clicks` IS NOT NULL, COALESCE(`t240`.`clicks__provenance`, 0), 0) << 36
    ) | (
      IF(
        `t240`.`followers_gained` IS NOT NULL,
        COALESCE(`t240`.`followers_gained__provenance`, 0),
        0
      ) << 38
    ) | (
      IF(
        (
          `t240`.`followers_gained` IS NOT NULL
        )
        AND (
          `t240`.`followers_start` IS NOT NULL
        ),
        COALESCE(
          NULLIF(
            GREATEST(
              COALESCE(`t240`.`followers_gained__provenance`, -1),
              COALESCE(`t240`.`followers_start__provenance`, -1)
            ),
            -1
          ),
          0
        ),
        0
      ) << 40
    ) | (
      IF(
        (
          `t240`.`followers_gained` IS NOT NULL
        )
        AND (
          `t240`.`followers_expected_gain` IS NOT NULL
        ),
        COALESCE(
          NULLIF(
            GREATEST(
              COALESCE(`t240`.`followers_gained__provenance`, -1),
              COALESCE(`t240`.`followers_expected_gain__provenance`, -1)
            ),
            -1
          ),
          0
        ),
        0
      ) << 42
    ) | (
      IF(
        `t240`.`brand_followers_gained` IS NOT NULL,
        COALESCE(`t240`.`brand_followers_gained__provenance`, 0),
        0
      ) << 44
    ) | (
      IF(
        (
          `t240`.`brand_followers_gained` IS NOT NULL
        )
        AND (
          `t240`.`brand_followers_start` IS NOT NULL
        ),
        COALESCE(
          NULLIF(
            GREATEST(
              COALESCE(`t240`.`brand_followers_gained__provenance`, -1),
              COALESCE(`t240`.`brand_followers_start__provenance`, -1)
            ),
            -1
          ),
          0
        ),
        0
      ) << 46
    ) | (
      IF(
        (
          `t240`.`brand_followers_gained` IS NOT NULL
        )
        AND (
          `t240`.`brand_followers_expected_gain` IS NOT NULL
        ),
        COALESCE(
          NULLIF(
            GREATEST(
              COALESCE(`t240`.`brand_followers_gained__provenance`, -1),
              COALESCE(`t240`.`brand_followers_expected_gain__provenance`, -1)
            ),
            -1
          ),
          0
        ),
        0
      ) << 48
    ) | (
      IF(`t240`.`emv` IS NOT NULL, COALESCE(`t240`.`emv__provenance`, 0), 0) << 50
    ) | (
      IF(
        `t240`.`emv_authentic` IS NOT NULL,
        COALESCE(`t240`.`emv_authentic__provenance`, 0),
        0
      ) << 52
    ) | (
      IF(
        (
          `t240`.`impressions_with_estimates` IS NOT NULL
        )
        AND (
          (
            ieee_divide(
              `t240`.`cost`,
              CASE
                WHEN `t240`.`platform` = 'tiktok'
                THEN 7.5
                WHEN `t240`.`platform` = 'youtube'
                THEN 3.53
                ELSE 19.8
              END * `t240`.`paid_rate`
            ) * 1000
          ) IS NOT NULL
        ),
        COALESCE(`t240`.`impressions_with_estimates__provenance`, 0),
        0
      ) << 54
    ) | (
      IF(
        (
          `t240`.`clicks` IS NOT NULL
        )
        AND (
          ieee_divide(
            `t240`.`cost`,
            CASE
              WHEN `t240`.`platform` = 'tiktok'
              THEN CAST(NULL AS FLOAT64)
              WHEN `t240`.`platform` = 'youtube'
              THEN CAST(NULL AS FLOAT64)
              ELSE 1.88
            END * `t240`.`paid_rate`
          ) IS NOT NULL
        ),
        COALESCE(`t240`.`clicks__provenance`, 0),
        0
      ) << 56
    ) | (
      IF(
        (
          `t240`.`views` IS NOT NULL
        )
        AND (
          ieee_divide(
            `t240`.`cost`,
            CASE WHEN `t240`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS FLOAT64) END * `t240`.`paid_rate`
          ) IS NOT NULL
        ),
        COALESCE(`t240`.`views__provenance`, 0),
        0
      ) << 58
    ) AS `ranks__0`
  FROM (
    SELECT
      `t238`.`campaign_id`,
      `t238`.`campaign`,
      `t238`.`influencer_id`,
      `t238`.`influencer`,
      `t238`.`account_id`,
      `t238`.`platform`,
      `t238`.`format`,
      `t238`.`post_id`,
      `t238`.`day`,
      `t238`.`reach`,
      `t238`.`impressions`,
      `t238`.`views`,
      `t238`.`likes`,
      `t238`.`comments`,
      `t238`.`shares`,
      `t238`.`saves`,
      `t238`.`clicks`,
      `t238`.`reach__provenance`,
      `t238`.`impressions__provenance`,
      `t238`.`views__provenance`,
      `t238`.`likes__provenance`,
      `t238`.`comments__provenance`,
      `t238`.`shares__provenance`,
      `t238`.`saves__provenance`,
      `t238`.`clicks__provenance`,
      `t238`.`followers`,
      `t238`.`followers__provenance`,
      `t238`.`engagements`,
      `t238`.`engagements__provenance`,
      `t238`.`impressions_with_estimates`,
      `t238`.`impressions_with_estimates__provenance`,
      `t238`.`er_reach_post`,
      `t238`.`er_followers_post`,
      `t238`.`er_impressions_post`,
      `t238`.`er_views_post`,
      `t238`.`er_reach_post__provenance`,
      `t238`.`er_followers_post__provenance`,
      `t238`.`er_impressions_post__provenance`,
      `t238`.`er_views_post__provenance`,
      `t238`.`post_platform`,
      `t238`.`publishing_influencer`,
      `t238`.`sponsored_posts`,
      `t238`.`disclosed_sponsored_posts`,
      `t238`.`cost`,
      `t238`.`key_message_posts`,
      `t238`.`ugc_post`,
      `t238`.`mentions`,
      `t238`.`brand_mentions`,
      `t238`.`mention_engagements`,
      `t238`.`brand_mention_engagements`,
      `t238`.`followers_start`,
      `t238`.`followers_gained`,
      `t238`.`followers_expected_gain`,
      `t238`.`followers_start__provenance`,
      `t238`.`followers_gained__provenance`,
      `t238`.`followers_expected_gain__provenance`,
      `t238`.`brand_followers_start`,
      `t238`.`brand_followers_gained`,
      `t238`.`brand_followers_expected_gain`,
      `t238`.`brand_followers_start__provenance`,
      `t238`.`brand_followers_gained__provenance`,
      `t238`.`brand_followers_expected_gain__provenance`,
      `t238`.`influencers_contacted`,
      `t238`.`influencers_interested`,
      `t238`.`posts_contracted`,
      `t238`.`products_sent`,
      `t238`.`key_messages`,
      `t238`.`emv_rate`,
      `t238`.`inauthentic_share`,
      `t238`.`emv`,
      `t238`.`emv__provenance`,
      `t238`.`emv_authentic`,
      `t238`.`emv_authentic__provenance`,
      `t156`.`paid_rate`
    FROM (
      SELECT
        `t235`.`campaign_id`,
        `t235`.`campaign`,
        `t235`.`influencer_id`,
        `t235`.`influencer`,
        `t235`.`account_id`,
        `t235`.`platform`,
        `t235`.`format`,
        `t235`.`post_id`,
        `t235`.`day`,
        `t235`.`reach`,
        `t235`.`impressions`,
        `t235`.`views`,
        `t235`.`likes`,
        `t235`.`comments`,
        `t235`.`shares`,
        `t235`.`saves`,
        `t235`.`clicks`,
        `t235`.`reach__provenance`,
        `t235`.`impressions__provenance`,
        `t235`.`views__provenance`,
        `t235`.`likes__provenance`,
        `t235`.`comments__provenance`,
        `t235`.`shares__provenance`,
        `t235`.`saves__provenance`,
        `t235`.`clicks__provenance`,
        `t235`.`followers`,
        `t235`.`followers__provenance`,
        `t235`.`engagements`,
        `t235`.`engagements__provenance`,
        `t235`.`impressions_with_estimates`,
        `t235`.`impressions_with_estimates__provenance`,
        `t235`.`er_reach_post`,
        `t235`.`er_followers_post`,
        `t235`.`er_impressions_post`,
        `t235`.`er_views_post`,
        `t235`.`er_reach_post__provenance`,
        `t235`.`er_followers_post__provenance`,
        `t235`.`er_impressions_post__provenance`,
        `t235`.`er_views_post__provenance`,
        `t235`.`post_platform`,
        `t235`.`publishing_influencer`,
        `t235`.`sponsored_posts`,
        `t235`.`disclosed_sponsored_posts`,
        `t235`.`cost`,
        `t235`.`key_message_posts`,
        `t235`.`ugc_post`,
        `t235`.`mentions`,
        `t235`.`brand_mentions`,
        `t235`.`mention_engagements`,
        `t235`.`brand_mention_engagements`,
        `t235`.`followers_start`,
        `t235`.`followers_gained`,
        `t235`.`followers_expected_gain`,
        `t235`.`followers_start__provenance`,
        `t235`.`followers_gained__provenance`,
        `t235`.`followers_expected_gain__provenance`,
        `t235`.`brand_followers_start`,
        `t235`.`brand_followers_gained`,
        `t235`.`brand_followers_expected_gain`,
        `t235`.`brand_followers_start__provenance`,
        `t235`.`brand_followers_gained__provenance`,
        `t235`.`brand_followers_expected_gain__provenance`,
        `t235`.`influencers_contacted`,
        `t235`.`influencers_interested`,
        `t235`.`posts_contracted`,
        `t235`.`products_sent`,
        `t235`.`key_messages`,
        `t235`.`emv_rate`,
        `t235`.`inauthentic_share`,
        IF(
          (
            `t235`.`post_id` IS NOT NULL
          )
          AND (
            (
              ieee_divide(
                COALESCE(`t235`.`impressions`, `t235`.`views`) * CASE WHEN `t235`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS FLOAT64) END,
                1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN `t235`.`platform` = 'instagram'
                  THEN 0.07
                  WHEN `t235`.`platform` = 'tiktok'
                  THEN 0.09
                  WHEN `t235`.`platform` = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS FLOAT64)
                END * `t235`.`likes`
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN `t235`.`platform` = 'instagram'
                  THEN 3.46
                  WHEN `t235`.`platform` = 'tiktok'
                  THEN 3.52
                  WHEN `t235`.`platform` = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS FLOAT64)
                END * `t235`.`comments`
              ) IS NOT NULL
            )
            OR (
              (
                CASE WHEN `t235`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS FLOAT64) END * `t235`.`shares`
              ) IS NOT NULL
            )
          ),
          (
            COALESCE(
              ieee_divide(
                COALESCE(`t235`.`impressions`, `t235`.`views`) * CASE WHEN `t235`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS FLOAT64) END,
                1000
              ),
              0
            ) + COALESCE(
              CASE
                WHEN `t235`.`platform` = 'instagram'
                THEN 0.07
                WHEN `t235`.`platform` = 'tiktok'
                THEN 0.09
                WHEN `t235`.`platform` = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS FLOAT64)
              END * `t235`.`likes`,
              0
            ) + COALESCE(
              CASE
                WHEN `t235`.`platform` = 'instagram'
                THEN 3.46
                WHEN `t235`.`platform` = 'tiktok'
                THEN 3.52
                WHEN `t235`.`platform` = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS FLOAT64)
              END * `t235`.`comments`,
              0
            ) + COALESCE(
              CASE WHEN `t235`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS FLOAT64) END * `t235`.`shares`,
              0
            )
          ) * `t235`.`emv_rate`,
          CAST(NULL AS FLOAT64)
        ) AS `emv`,
        NULLIF(
          GREATEST(
            COALESCE(`t235`.`impressions__provenance`, -1),
            COALESCE(`t235`.`views__provenance`, -1),
            COALESCE(`t235`.`engagements__provenance`, -1)
          ),
          -1
        ) AS `emv__provenance`,
        IF(
          (
            `t235`.`post_id` IS NOT NULL
          )
          AND (
            (
              ieee_divide(
                COALESCE(`t235`.`impressions`, `t235`.`views`) * CASE WHEN `t235`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS FLOAT64) END,
                1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN `t235`.`platform` = 'instagram'
                  THEN 0.07
                  WHEN `t235`.`platform` = 'tiktok'
                  THEN 0.09
                  WHEN `t235`.`platform` = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS FLOAT64)
                END * `t235`.`likes`
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN `t235`.`platform` = 'instagram'
                  THEN 3.46
                  WHEN `t235`.`platform` = 'tiktok'
                  THEN 3.52
                  WHEN `t235`.`platform` = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS FLOAT64)
                END * `t235`.`comments`
              ) IS NOT NULL
            )
            OR (
              (
                CASE WHEN `t235`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS FLOAT64) END * `t235`.`shares`
              ) IS NOT NULL
            )
          ),
          (
            COALESCE(
              ieee_divide(
                COALESCE(`t235`.`impressions`, `t235`.`views`) * CASE WHEN `t235`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS FLOAT64) END,
                1000
              ),
              0
            ) + COALESCE(
              CASE
                WHEN `t235`.`platform` = 'instagram'
                THEN 0.07
                WHEN `t235`.`platform` = 'tiktok'
                THEN 0.09
                WHEN `t235`.`platform` = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS FLOAT64)
              END * `t235`.`likes`,
              0
            ) + COALESCE(
              CASE
                WHEN `t235`.`platform` = 'instagram'
                THEN 3.46
                WHEN `t235`.`platform` = 'tiktok'
                THEN 3.52
                WHEN `t235`.`platform` = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS FLOAT64)
              END * `t235`.`comments`,
              0
            ) + COALESCE(
              CASE WHEN `t235`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS FLOAT64) END * `t235`.`shares`,
              0
            )
          ) * `t235`.`emv_rate` * (
            1 - COALESCE(`t235`.`inauthentic_share`, 0)
          ),
          CAST(NULL AS FLOAT64)
        ) AS `emv_authentic`,
        NULLIF(
          GREATEST(
            COALESCE(
              NULLIF(
                GREATEST(
                  COALESCE(`t235`.`impressions__provenance`, -1),
                  COALESCE(`t235`.`views__provenance`, -1),
                  COALESCE(`t235`.`engagements__provenance`, -1)
                ),
                -1
              ),
              -1
            ),
            COALESCE(IF(`t235`.`inauthentic_share` > 0, 2, CAST(NULL AS INT64)), -1)
          ),
          -1
        ) AS `emv_authentic__provenance`
      FROM (
        SELECT
          `t233`.`campaign_id`,
          `t233`.`campaign`,
          `t233`.`influencer_id`,
          `t233`.`influencer`,
          `t233`.`account_id`,
          `t233`.`platform`,
          `t233`.`format`,
          `t233`.`post_id`,
          `t233`.`day`,
          `t233`.`reach`,
          `t233`.`impressions`,
          `t233`.`views`,
          `t233`.`likes`,
          `t233`.`comments`,
          `t233`.`shares`,
          `t233`.`saves`,
          `t233`.`clicks`,
          `t233`.`reach__provenance`,
          `t233`.`impressions__provenance`,
          `t233`.`views__provenance`,
          `t233`.`likes__provenance`,
          `t233`.`comments__provenance`,
          `t233`.`shares__provenance`,
          `t233`.`saves__provenance`,
          `t233`.`clicks__provenance`,
          `t233`.`followers`,
          `t233`.`followers__provenance`,
          `t233`.`engagements`,
          `t233`.`engagements__provenance`,
          `t233`.`impressions_with_estimates`,
          `t233`.`impressions_with_estimates__provenance`,
          `t233`.`er_reach_post`,
          `t233`.`er_followers_post`,
          `t233`.`er_impressions_post`,
          `t233`.`er_views_post`,
          `t233`.`er_reach_post__provenance`,
          `t233`.`er_followers_post__provenance`,
          `t233`.`er_impressions_post__provenance`,
          `t233`.`er_views_post__provenance`,
          `t233`.`post_platform`,
          `t233`.`publishing_influencer`,
          `t233`.`sponsored_posts`,
          `t233`.`disclosed_sponsored_posts`,
          `t233`.`cost`,
          `t233`.`key_message_posts`,
          `t233`.`ugc_post`,
          `t233`.`mentions`,
          `t233`.`brand_mentions`,
          `t233`.`mention_engagements`,
          `t233`.`brand_mention_engagements`,
          `t233`.`followers_start`,
          `t233`.`followers_gained`,
          `t233`.`followers_expected_gain`,
          `t233`.`followers_start__provenance`,
          `t233`.`followers_gained__provenance`,
          `t233`.`followers_expected_gain__provenance`,
          `t233`.`brand_followers_start`,
          `t233`.`brand_followers_gained`,
          `t233`.`brand_followers_expected_gain`,
          `t233`.`brand_followers_start__provenance`,
          `t233`.`brand_followers_gained__provenance`,
          `t233`.`brand_followers_expected_gain__provenance`,
          `t233`.`influencers_contacted`,
          `t233`.`influencers_interested`,
          `t233`.`posts_contracted`,
          `t233`.`products_sent`,
          `t233`.`key_messages`,
          `t233`.`emv_rate`,
          `t28`.`inauthentic_share`
        FROM (
          SELECT
            `t230`.`campaign_id`,
            `t230`.`campaign`,
            `t230`.`influencer_id`,
            `t230`.`influencer`,
            `t230`.`account_id`,
            `t230`.`platform`,
            `t230`.`format`,
            `t230`.`post_id`,
            `t230`.`day`,
            `t230`.`reach`,
            `t230`.`impressions`,
            `t230`.`views`,
            `t230`.`likes`,
            `t230`.`comments`,
            `t230`.`shares`,
            `t230`.`saves`,
            `t230`.`clicks`,
            `t230`.`reach__provenance`,
            `t230`.`impressions__provenance`,
            `t230`.`views__provenance`,
            `t230`.`likes__provenance`,
            `t230`.`comments__provenance`,
            `t230`.`shares__provenance`,
            `t230`.`saves__provenance`,
            `t230`.`clicks__provenance`,
            `t230`.`followers`,
            `t230`.`followers__provenance`,
            `t230`.`engagements`,
            `t230`.`engagements__provenance`,
            `t230`.`impressions_with_estimates`,
            `t230`.`impressions_with_estimates__provenance`,
            `t230`.`er_reach_post`,
            `t230`.`er_followers_post`,
            `t230`.`er_impressions_post`,
            `t230`.`er_views_post`,
            `t230`.`er_reach_post__provenance`,
            `t230`.`er_followers_post__provenance`,
            `t230`.`er_impressions_post__provenance`,
            `t230`.`er_views_post__provenance`,
            `t230`.`post_platform`,
            `t230`.`publishing_influencer`,
            `t230`.`sponsored_posts`,
            `t230`.`disclosed_sponsored_posts`,
            `t230`.`cost`,
            `t230`.`key_message_posts`,
            `t230`.`ugc_post`,
            `t230`.`mentions`,
            `t230`.`brand_mentions`,
            `t230`.`mention_engagements`,
            `t230`.`brand_mention_engagements`,
            `t230`.`followers_start`,
            `t230`.`followers_gained`,
            `t230`.`followers_expected_gain`,
            `t230`.`followers_start__provenance`,
            `t230`.`followers_gained__provenance`,
            `t230`.`followers_expected_gain__provenance`,
            `t230`.`brand_followers_start`,
            `t230`.`brand_followers_gained`,
            `t230`.`brand_followers_expected_gain`,
            `t230`.`brand_followers_start__provenance`,
            `t230`.`brand_followers_gained__provenance`,
            `t230`.`brand_followers_expected_gain__provenance`,
            `t230`.`influencers_contacted`,
            `t230`.`influencers_interested`,
            `t230`.`posts_contracted`,
            `t230`.`products_sent`,
            `t230`.`key_messages`,
            `t157`.`emv_rate`
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
                          `t221`.`campaign_id`,
                          `t221`.`campaign`,
                          `t221`.`influencer_id`,
                          `t221`.`influencer`,
                          `t221`.`account_id`,
                          `t221`.`platform`,
                          `t221`.`format`,
                          `t221`.`post_id`,
                          `t221`.`day`,
                          `t221`.`reach`,
                          `t221`.`impressions`,
                          `t221`.`views`,
                          `t221`.`likes`,
                          `t221`.`comments`,
                          `t221`.`shares`,
                          `t221`.`saves`,
                          `t221`.`clicks`,
                          `t221`.`reach__provenance`,
                          `t221`.`impressions__provenance`,
                          `t221`.`views__provenance`,
                          `t221`.`likes__provenance`,
                          `t221`.`comments__provenance`,
                          `t221`.`shares__provenance`,
                          `t221`.`saves__provenance`,
                          `t221`.`clicks__provenance`,
                          `t221`.`followers`,
                          CAST(`t221`.`followers__provenance` AS INT64) AS `followers__provenance`,
                          `t221`.`engagements`,
                          `t221`.`engagements__provenance`,
                          `t221`.`impressions_with_estimates`,
                          `t221`.`impressions_with_estimates__provenance`,
                          `t221`.`er_reach_post`,
                          `t221`.`er_followers_post`,
                          `t221`.`er_impressions_post`,
                          `t221`.`er_views_post`,
                          `t221`.`er_reach_post__provenance`,
                          `t221`.`er_followers_post__provenance`,
                          `t221`.`er_impressions_post__provenance`,
                          `t221`.`er_views_post__provenance`,
                          `t221`.`post_platform`,
                          CAST(`t221`.`publishing_influencer` AS FLOAT64) AS `publishing_influencer`,
                          `t221`.`sponsored_posts`,
                          `t221`.`disclosed_sponsored_posts`,
                          `t221`.`cost`,
                          `t221`.`key_message_posts`,
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
                          CAST(NULL AS FLOAT64) AS `key_messages`
                        FROM (
                          SELECT
                            `t214`.`campaign_id`,
                            `t214`.`campaign`,
                            `t214`.`influencer_id`,
                            `t214`.`influencer`,
                            `t214`.`account_id`,
                            `t214`.`platform`,
                            `t214`.`format`,
                            `t214`.`post_id`,
                            `t214`.`day`,
                            `t214`.`country`,
                            `t214`.`caption`,
                            `t214`.`sponsored`,
                            `t214`.`reach`,
                            `t214`.`impressions`,
                            `t214`.`views`,
                            `t214`.`likes`,
                            `t214`.`comments`,
                            `t214`.`shares`,
                            `t214`.`saves`,
                            `t214`.`clicks`,
                            `t214`.`reach__provenance`,
                            `t214`.`impressions__provenance`,
                            `t214`.`views__provenance`,
                            `t214`.`likes__provenance`,
                            `t214`.`comments__provenance`,
                            `t214`.`shares__provenance`,
                            `t214`.`saves__provenance`,
                            `t214`.`clicks__provenance`,
                            `t214`.`followers`,
                            `t214`.`followers__provenance`,
                            `t214`.`engagements`,
                            `t214`.`engagements__provenance`,
                            `t214`.`impressions_with_estimates`,
                            `t214`.`impressions_with_estimates__provenance`,
                            `t214`.`er_reach_post`,
                            `t214`.`er_followers_post`,
                            `t214`.`er_impressions_post`,
                            `t214`.`er_views_post`,
                            `t214`.`er_reach_post__provenance`,
                            `t214`.`er_followers_post__provenance`,
                            `t214`.`er_impressions_post__provenance`,
                            `t214`.`er_views_post__provenance`,
                            `t214`.`post_platform`,
                            `t214`.`publishing_influencer`,
                            `t214`.`sponsored_posts`,
                            `t214`.`disclosed_sponsored_posts`,
                            `t214`.`cost`,
                            `t219`.`key_message_posts`
                          FROM (
                            SELECT
                              `t203`.`campaign_id`,
                              `t203`.`campaign`,
                              `t203`.`influencer_id`,
                              `t203`.`influencer`,
                              `t203`.`account_id`,
                              `t203`.`platform`,
                              `t203`.`format`,
                              `t203`.`post_id`,
                              `t203`.`day`,
                              `t203`.`country`,
                              `t203`.`caption`,
                              `t203`.`sponsored`,
                              `t203`.`reach`,
                              `t203`.`impressions`,
                              `t203`.`views`,
                              `t203`.`likes`,
                              `t203`.`comments`,
                              `t203`.`shares`,
                              `t203`.`saves`,
                              `t203`.`clicks`,
                              `t203`.`reach__provenance`,
                              `t203`.`impressions__provenance`,
                              `t203`.`views__provenance`,
                              `t203`.`likes__provenance`,
                              `t203`.`comments__provenance`,
                              `t203`.`shares__provenance`,
                              `t203`.`saves__provenance`,
                              `t203`.`clicks__provenance`,
                              `t203`.`followers`,
                              `t203`.`followers__provenance`,
                              `t203`.`engagements`,
                              `t203`.`engagements__provenance`,
                              `t203`.`impressions_with_estimates`,
                              `t203`.`impressions_with_estimates__provenance`,
                              `t203`.`er_reach_post`,
                              `t203`.`er_followers_post`,
                              `t203`.`er_impressions_post`,
                              `t203`.`er_views_post`,
                              `t203`.`er_reach_post__provenance`,
                              `t203`.`er_followers_post__provenance`,
                              `t203`.`er_impressions_post__provenance`,
                              `t203`.`er_views_post__provenance`,
                              `t203`.`post_platform`,
                              `t203`.`publishing_influencer`,
                              `t203`.`sponsored_posts`,
                              `t203`.`disclosed_sponsored_posts`,
                              `t194`.`cost`
                            FROM `post_rows` AS `t203`
                            LEFT OUTER JOIN (
                              SELECT
                                `t103`.`post_id`,
                                `t188`.`cost`
                              FROM `campaign_posts_in` AS `t103`
                              INNER JOIN (
                                SELECT
                                  `t177`.`campaign_id`,
                                  `t177`.`influencer_id`,
                                  SUM(`t177`.`share`) AS `cost`
                                FROM (
                                  SELECT
                                    `t174`.`campaign_id`,
                                    `t174`.`influencer_id`,
                                    ieee_divide(`t174`.`amount`, `t116`.`n_posts`) AS `share`
                                  FROM (
                                    SELECT
                                      `t106`.`campaign_id`,
                                      `t106`.`campaign`,
                                      `t106`.`influencer_id`,
                                      `t106`.`incurred_on`,
                                      `t106`.`amount` * `t163`.`rate` AS `amount`
                                    FROM `t84` AS `t106`
                                    LEFT OUTER JOIN (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          `t99`.`key`,
                                          CAST(1 AS FLOAT64) AS `rate`
                                        FROM `t84` AS `t99`
                                        WHERE
                                          `t99`.`base` = `t99`.`quote`
                                      ) AS `t114`
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          `t145`.`key`,
                                          `t145`.`rate`
                                        FROM (
                                          SELECT
                                            `t125`.`key`,
                                            `t125`.`on`,
                                            `t125`.`rate`,
                                            `t125`.`valid`,
                                            ROW_NUMBER() OVER (
                                              PARTITION BY `t125`.`key`
                                              ORDER BY IF(`t125`.`valid` <= `t125`.`on`, 0, 1) ASC, ABS(`t125`.`valid` - `t125`.`on`) ASC
                                            ) - 1 AS `order`
                                          FROM (
                                            SELECT
                                              `t106`.`key`,
                                              `t106`.`on`,
                                              `t79`.`rate`,
                                              UNIX_SECONDS(CAST(`t79`.`valid_on` AS TIMESTAMP)) AS `valid`
                                            FROM `t84` AS `t106`
                                            INNER JOIN `t69` AS `t79`
                                              ON `t106`.`base` = `t79`.`base` AND `t106`.`quote` = `t79`.`quote`
                                          ) AS `t125`
                                        ) AS `t145`
                                        WHERE
                                          `t145`.`order` = 0
                                      ) AS `t155`
                                    ) AS `t163`
                                      ON `t106`.`key` = `t163`.`key`
                                  ) AS `t174`
                                  INNER JOIN (
                                    SELECT
                                      `t96`.`campaign_id`,
                                      `t96`.`influencer_id`,
                                      COUNT(`t96`.`post_id`) AS `n_posts`
                                    FROM `campaign_posts_in` AS `t96`
                                    GROUP BY
                                      1,
                                      2
                                  ) AS `t116`
                                    ON `t174`.`campaign_id` = `t116`.`campaign_id`
                                    AND `t174`.`influencer_id` = `t116`.`influencer_id`
                                ) AS `t177`
                                GROUP BY
                                  1,
                                  2
                              ) AS `t188`
                                ON `t188`.`campaign_id` = `t103`.`campaign_id`
                                AND `t188`.`influencer_id` = `t103`.`influencer_id`
                            ) AS `t194`
                              ON `t203`.`post_id` = `t194`.`post_id`
                          ) AS `t214`
                          LEFT OUTER JOIN (
                            SELECT
                              `t215`.`post_id`,
                              MAX(
                                CAST(IF(INSTR(LOWER(`t215`.`caption`), LOWER(`t215`.`message`)) > 0, 1, 0) AS FLOAT64)
                              ) AS `key_message_posts`
                            FROM (
                              SELECT
                                `t207`.`campaign_id`,
                                `t207`.`post_id`,
                                `t207`.`caption`,
                                `t86`.`message`
                              FROM (
                                SELECT
                                  `t201`.`campaign_id`,
                                  `t201`.`post_id`,
                                  `t201`.`caption`
                                FROM `post_rows` AS `t201`
                              ) AS `t207`
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
                                ) AS `t47`
                                WHERE
                                  LENGTH(`t47`.`message`) > 0
                              ) AS `t86`
                                ON `t207`.`campaign_id` = `t86`.`campaign_id`
                            ) AS `t215`
                            GROUP BY
                              1
                          ) AS `t219`
                            ON `t214`.`post_id` = `t219`.`post_id`
                        ) AS `t221`
                      ) AS `t222`
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          `t216`.`campaign_id`,
                          `t216`.`campaign`,
                          CAST(NULL AS INT64) AS `influencer_id`,
                          CAST(NULL AS STRING) AS `influencer`,
                          CAST(NULL AS INT64) AS `account_id`,
                          `t216`.`platform`,
                          CAST(NULL AS STRING) AS `format`,
                          CAST(NULL AS INT64) AS `post_id`,
                          `t216`.`day`,
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
                          CAST(`t216`.`ugc_post` AS FLOAT64) AS `ugc_post`,
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
                          CAST(NULL AS FLOAT64) AS `key_messages`
                        FROM (
                          SELECT
                            `t136`.`campaign_id`,
                            `t136`.`campaign`,
                            `t136`.`platform`,
                            `t136`.`day`,
                            `t136`.`post_id` AS `ugc_post`
                          FROM (
                            SELECT DISTINCT
                              *
                            FROM (
                              SELECT
                                `t87`.`campaign_id`,
                                `t87`.`campaign`,
                                `t97`.`post_id`,
                                `t97`.`influencer_id`,
                                `t97`.`platform`,
                                `t97`.`day`
                              FROM (
                                SELECT
                                  CAST(`t56`.`id` AS INT64) AS `post_id`,
                                  CAST(`t17`.`id` AS INT64) AS `influencer_id`,
                                  `t17`.`workspace_id`,
                                  `t17`.`is_brand`,
                                  CAST(`t19`.`platform` AS STRING) AS `platform`,
                                  `t56`.`published_on` AS `day`,
                                  `t56`.`hashtags`
                                FROM (
                                  SELECT
                                    *
                                  FROM `post` AS `t10`
                                  WHERE
                                    `t10`.`published_on` <= DATE(2026, 3, 31) AND `t10`.`campaign_id` IS NULL
                                ) AS `t56`
                                INNER JOIN `account` AS `t19`
                                  ON `t56`.`account_id` = `t19`.`id`
                                INNER JOIN `influencer` AS `t17`
                                  ON `t19`.`influencer_id` = `t17`.`id`
                              ) AS `t97`
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
                                ) AS `t48`
                                WHERE
                                  LENGTH(`t48`.`tag`) > 0
                              ) AS `t87`
                                ON `t97`.`workspace_id` = `t87`.`workspace_id`
                                AND `t97`.`day` >= `t87`.`start`
                                AND `t97`.`day` <= `t87`.`end`
                                AND NOT (
                                  `t97`.`is_brand`
                                )
                                AND INSTR(CONCAT(CONCAT(',', `t97`.`hashtags`), ','), CONCAT(CONCAT(',', `t87`.`tag`), ',')) > 0
                            ) AS `t127`
                          ) AS `t136`
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
                                      CAST(`t7`.`campaign_id` AS INT64) AS `campaign_id`,
                                      CAST(`t7`.`influencer_id` AS INT64) AS `influencer_id`
                                    FROM `roster` AS `t7`
                                  ) AS `t31`
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      `t201`.`campaign_id`,
                                      `t201`.`influencer_id`
                                    FROM `post_rows` AS `t201`
                                  ) AS `t204`
                                ) AS `t206`
                              ) AS `t213`
                              WHERE
                                `t136`.`campaign_id` = `t213`.`campaign_id`
                                AND `t136`.`influencer_id` = `t213`.`influencer_id`
                            )
                        ) AS `t216`
                      ) AS `t217`
                    ) AS `t223`
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        `t176`.`campaign_id`,
                        `t176`.`campaign`,
                        `t176`.`influencer_id`,
                        `t176`.`influencer`,
                        CAST(NULL AS INT64) AS `account_id`,
                        CAST(NULL AS STRING) AS `platform`,
                        CAST(NULL AS STRING) AS `format`,
                        CAST(NULL AS INT64) AS `post_id`,
                        `t176`.`day`,
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
                        `t176`.`cost`,
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
                        CAST(NULL AS FLOAT64) AS `key_messages`
                      FROM (
                        SELECT
                          `t173`.`campaign_id`,
                          `t173`.`campaign`,
                          `t173`.`influencer_id`,
                          CAST(`t17`.`name` AS STRING) AS `influencer`,
                          `t173`.`incurred_on` AS `day`,
                          `t173`.`amount` AS `cost`
                        FROM (
                          SELECT
                            `t105`.`campaign_id`,
                            `t105`.`campaign`,
                            `t105`.`influencer_id`,
                            `t105`.`incurred_on`,
                            `t105`.`amount` * `t162`.`rate` AS `amount`
                          FROM `t84` AS `t105`
                          LEFT OUTER JOIN (
                            SELECT
                              *
                            FROM (
                              SELECT
                                `t98`.`key`,
                                CAST(1 AS FLOAT64) AS `rate`
                              FROM `t84` AS `t98`
                              WHERE
                                `t98`.`base` = `t98`.`quote`
                            ) AS `t113`
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                `t144`.`key`,
                                `t144`.`rate`
                              FROM (
                                SELECT
                                  `t124`.`key`,
                                  `t124`.`on`,
                                  `t124`.`rate`,
                                  `t124`.`valid`,
                                  ROW_NUMBER() OVER (
                                    PARTITION BY `t124`.`key`
                                    ORDER BY IF(`t124`.`valid` <= `t124`.`on`, 0, 1) ASC, ABS(`t124`.`valid` - `t124`.`on`) ASC
                                  ) - 1 AS `order`
                                FROM (
                                  SELECT
                                    `t105`.`key`,
                                    `t105`.`on`,
                                    `t78`.`rate`,
                                    UNIX_SECONDS(CAST(`t78`.`valid_on` AS TIMESTAMP)) AS `valid`
                                  FROM `t84` AS `t105`
                                  INNER JOIN `t69` AS `t78`
                                    ON `t105`.`base` = `t78`.`base` AND `t105`.`quote` = `t78`.`quote`
                                ) AS `t124`
                              ) AS `t144`
                              WHERE
                                `t144`.`order` = 0
                            ) AS `t154`
                          ) AS `t162`
                            ON `t105`.`key` = `t162`.`key`
                        ) AS `t173`
                        LEFT OUTER JOIN `influencer` AS `t17`
                          ON `t173`.`influencer_id` = `t17`.`id`
                        WHERE
                          NOT EXISTS(
                            SELECT
                              1
                            FROM (
                              SELECT
                                `t96`.`campaign_id`,
                                `t96`.`influencer_id`,
                                COUNT(`t96`.`post_id`) AS `n_posts`
                              FROM `campaign_posts_in` AS `t96`
                              GROUP BY
                                1,
                                2
                            ) AS `t116`
                            WHERE
                              `t173`.`campaign_id` = `t116`.`campaign_id`
                              AND `t173`.`influencer_id` = `t116`.`influencer_id`
                          )
                      ) AS `t176`
                    ) AS `t182`
                  ) AS `t224`
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      `t91`.`campaign_id`,
                      `t91`.`campaign`,
                      CAST(NULL AS INT64) AS `influencer_id`,
                      CAST(NULL AS STRING) AS `influencer`,
                      CAST(NULL AS INT64) AS `account_id`,
                      `t91`.`platform`,
                      CAST(NULL AS STRING) AS `format`,
                      CAST(NULL AS INT64) AS `post_id`,
                      `t91`.`day`,
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
                      `t91`.`mentions`,
                      `t91`.`brand_mentions`,
                      `t91`.`mention_engagements`,
                      `t91`.`brand_mention_engagements`,
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
                      CAST(NULL AS FLOAT64) AS `key_messages`
                    FROM (
                      SELECT
                        CAST(`t61`.`id` AS INT64) AS `campaign_id`,
                        CAST(`t61`.`name` AS STRING) AS `campaign`,
                        CAST(`t54`.`platform` AS STRING) AS `platform`,
                        `t54`.`mentioned_on` AS `day`,
                        CAST(1 AS FLOAT64) AS `mentions`,
                        CAST(IF(`t54`.`own`, 1, 0) AS FLOAT64) AS `brand_mentions`,
                        `t54`.`engagements` AS `mention_engagements`,
                        CAST(IF(`t54`.`own`, 1, 0) AS FLOAT64) * `t54`.`engagements` AS `brand_mention_engagements`
                      FROM (
                        SELECT
                          *
                        FROM `mention` AS `t9`
                        WHERE
                          `t9`.`mentioned_on` <= DATE(2026, 3, 31)
                      ) AS `t54`
                      INNER JOIN `t24` AS `t61`
                        ON `t54`.`workspace_id` = `t61`.`workspace_id`
                        AND `t54`.`mentioned_on` >= `t61`.`start_date`
                        AND `t54`.`mentioned_on` <= `t61`.`end_date`
                    ) AS `t91`
                  ) AS `t102`
                ) AS `t225`
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    `t211`.`campaign_id`,
                    `t211`.`campaign`,
                    `t211`.`influencer_id`,
                    `t211`.`influencer`,
                    `t211`.`account_id`,
                    `t211`.`platform`,
                    CAST(NULL AS STRING) AS `format`,
                    CAST(NULL AS INT64) AS `post_id`,
                    `t211`.`day`,
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
                    IF(`t211`.`is_brand` = FALSE, `t211`.`start_followers`, CAST(NULL AS FLOAT64)) AS `followers_start`,
                    IF(
                      `t211`.`is_brand` = FALSE,
                      IF(
                        `t211`.`end_seen_at` > `t211`.`start_seen_at`,
                        `t211`.`end_followers` - `t211`.`start_followers`,
                        CAST(NULL AS FLOAT64)
                      ),
                      CAST(NULL AS FLOAT64)
                    ) AS `followers_gained`,
                    IF(
                      `t211`.`is_brand` = FALSE,
                      IF(
                        `t211`.`end_seen_at` > `t211`.`start_seen_at`,
                        ieee_divide(
                          `t211`.`start_followers` - `t211`.`before_followers`,
                          NULLIF(CAST(`t211`.`start_seen_at` - `t211`.`before_seen_at` AS FLOAT64), 0)
                        ) * (
                          `t211`.`end_seen_at` - `t211`.`start_seen_at`
                        ),
                        CAST(NULL AS FLOAT64)
                      ),
                      CAST(NULL AS FLOAT64)
                    ) AS `followers_expected_gain`,
                    CAST(IF(`t211`.`is_brand` = FALSE, `t211`.`start_rank`, CAST(NULL AS INT64)) AS INT64) AS `followers_start__provenance`,
                    IF(
                      `t211`.`is_brand` = FALSE,
                      IF(
                        `t211`.`end_seen_at` > `t211`.`start_seen_at`,
                        NULLIF(GREATEST(COALESCE(`t211`.`start_rank`, -1), COALESCE(`t211`.`end_rank`, -1)), -1),
                        CAST(NULL AS INT64)
                      ),
                      CAST(NULL AS INT64)
                    ) AS `followers_gained__provenance`,
                    IF(
                      `t211`.`is_brand` = FALSE,
                      IF(
                        IF(
                          `t211`.`end_seen_at` > `t211`.`start_seen_at`,
                          ieee_divide(
                            `t211`.`start_followers` - `t211`.`before_followers`,
                            NULLIF(CAST(`t211`.`start_seen_at` - `t211`.`before_seen_at` AS FLOAT64), 0)
                          ) * (
                            `t211`.`end_seen_at` - `t211`.`start_seen_at`
                          ),
                          CAST(NULL AS FLOAT64)
                        ) IS NOT NULL,
                        NULLIF(
                          GREATEST(
                            COALESCE(
                              IF(
                                `t211`.`end_seen_at` > `t211`.`start_seen_at`,
                                NULLIF(GREATEST(COALESCE(`t211`.`start_rank`, -1), COALESCE(`t211`.`end_rank`, -1)), -1),
                                CAST(NULL AS INT64)
                              ),
                              -1
                            ),
                            COALESCE(`t211`.`before_rank`, -1)
                          ),
                          -1
                        ),
                        CAST(NULL AS INT64)
                      ),
                      CAST(NULL AS INT64)
                    ) AS `followers_expected_gain__provenance`,
                    IF(`t211`.`is_brand` = TRUE, `t211`.`start_followers`, CAST(NULL AS FLOAT64)) AS `brand_followers_start`,
                    IF(
                      `t211`.`is_brand` = TRUE,
                      IF(
                        `t211`.`end_seen_at` > `t211`.`start_seen_at`,
                        `t211`.`end_followers` - `t211`.`start_followers`,
                        CAST(NULL AS FLOAT64)
                      ),
                      CAST(NULL AS FLOAT64)
                    ) AS `brand_followers_gained`,
                    IF(
                      `t211`.`is_brand` = TRUE,
                      IF(
                        `t211`.`end_seen_at` > `t211`.`start_seen_at`,
                        ieee_divide(
                          `t211`.`start_followers` - `t211`.`before_followers`,
                          NULLIF(CAST(`t211`.`start_seen_at` - `t211`.`before_seen_at` AS FLOAT64), 0)
                        ) * (
                          `t211`.`end_seen_at` - `t211`.`start_seen_at`
                        ),
                        CAST(NULL AS FLOAT64)
                      ),
                      CAST(NULL AS FLOAT64)
                    ) AS `brand_followers_expected_gain`,
                    CAST(IF(`t211`.`is_brand` = TRUE, `t211`.`start_rank`, CAST(NULL AS INT64)) AS INT64) AS `brand_followers_start__provenance`,
                    IF(
                      `t211`.`is_brand` = TRUE,
                      IF(
                        `t211`.`end_seen_at` > `t211`.`start_seen_at`,
                        NULLIF(GREATEST(COALESCE(`t211`.`start_rank`, -1), COALESCE(`t211`.`end_rank`, -1)), -1),
                        CAST(NULL AS INT64)
                      ),
                      CAST(NULL AS INT64)
                    ) AS `brand_followers_gained__provenance`,
                    IF(
                      `t211`.`is_brand` = TRUE,
                      IF(
                        IF(
                          `t211`.`end_seen_at` > `t211`.`start_seen_at`,
                          ieee_divide(
                            `t211`.`start_followers` - `t211`.`before_followers`,
                            NULLIF(CAST(`t211`.`start_seen_at` - `t211`.`before_seen_at` AS FLOAT64), 0)
                          ) * (
                            `t211`.`end_seen_at` - `t211`.`start_seen_at`
                          ),
                          CAST(NULL AS FLOAT64)
                        ) IS NOT NULL,
                        NULLIF(
                          GREATEST(
                            COALESCE(
                              IF(
                                `t211`.`end_seen_at` > `t211`.`start_seen_at`,
                                NULLIF(GREATEST(COALESCE(`t211`.`start_rank`, -1), COALESCE(`t211`.`end_rank`, -1)), -1),
                                CAST(NULL AS INT64)
                              ),
                              -1
                            ),
                            COALESCE(`t211`.`before_rank`, -1)
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
                    CAST(NULL AS FLOAT64) AS `key_messages`
                  FROM (
                    SELECT
                      `t202`.`campaign_id`,
                      `t202`.`campaign`,
                      `t202`.`influencer_id`,
                      `t202`.`influencer`,
                      `t202`.`account_id`,
                      `t202`.`platform`,
                      `t202`.`is_brand`,
                      `t202`.`day`,
                      `t202`.`start_at`,
                      `t202`.`end_at`,
                      `t202`.`start_followers`,
                      `t202`.`start_seen_at`,
                      `t202`.`start_rank`,
                      `t202`.`end_followers`,
                      `t202`.`end_seen_at`,
                      `t202`.`end_rank`,
                      `t189`.`before_followers`,
                      `t189`.`before_seen_at`,
                      `t189`.`before_rank`
                    FROM (
                      SELECT
                        `t197`.`campaign_id`,
                        `t197`.`campaign`,
                        `t197`.`influencer_id`,
                        `t197`.`influencer`,
                        `t197`.`account_id`,
                        `t197`.`platform`,
                        `t197`.`is_brand`,
                        `t197`.`day`,
                        `t197`.`start_at`,
                        `t197`.`end_at`,
                        `t197`.`start_followers`,
                        `t197`.`start_seen_at`,
                        `t197`.`start_rank`,
                        `t187`.`end_followers`,
                        `t187`.`end_seen_at`,
                        `t187`.`end_rank`
                      FROM (
                        SELECT
                          `t149`.`campaign_id`,
                          `t149`.`campaign`,
                          `t149`.`influencer_id`,
                          `t149`.`influencer`,
                          `t149`.`account_id`,
                          `t149`.`platform`,
                          `t149`.`is_brand`,
                          `t149`.`day`,
                          `t149`.`start_at`,
                          `t149`.`end_at`,
                          `t192`.`start_followers`,
                          `t192`.`start_seen_at`,
                          `t192`.`start_rank`
                        FROM (
                          SELECT
                            `t129`.`campaign_id`,
                            CAST(`t15`.`name` AS STRING) AS `campaign`,
                            CAST(`t18`.`id` AS INT64) AS `influencer_id`,
                            CAST(`t18`.`name` AS STRING) AS `influencer`,
                            `t129`.`account_id`,
                            CAST(`t20`.`platform` AS STRING) AS `platform`,
                            `t129`.`is_brand`,
                            `t15`.`end_date` AS `day`,
                            UNIX_SECONDS(CAST(`t15`.`start_date` AS TIMESTAMP)) AS `start_at`,
                            UNIX_SECONDS(CAST(`t15`.`end_date` AS TIMESTAMP)) + 86400 AS `end_at`
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
                                  `t96`.`campaign_id`,
                                  `t96`.`account_id`
                                FROM `campaign_posts_in` AS `t96`
                              ) AS `t109`
                            ) AS `t117`
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                CAST(`t62`.`id` AS INT64) AS `campaign_id`,
                                CAST(`t20`.`id` AS INT64) AS `account_id`,
                                TRUE AS `is_brand`
                              FROM `t24` AS `t62`
                              INNER JOIN (
                                SELECT
                                  *
                                FROM `influencer` AS `t8`
                                WHERE
                                  `t8`.`is_brand`
                              ) AS `t33`
                                ON `t33`.`workspace_id` = `t62`.`workspace_id`
                              INNER JOIN `account` AS `t20`
                                ON `t20`.`influencer_id` = `t33`.`id`
                            ) AS `t85`
                          ) AS `t129`
                          INNER JOIN `campaign` AS `t15`
                            ON `t129`.`campaign_id` = `t15`.`id`
                          INNER JOIN `account` AS `t20`
                            ON `t129`.`account_id` = `t20`.`id`
                          INNER JOIN `influencer` AS `t18`
                            ON `t20`.`influencer_id` = `t18`.`id`
                        ) AS `t149`
                        INNER JOIN (
                          SELECT
                            `t181`.`campaign_id`,
                            `t181`.`account_id`,
                            CAST(`t181`.`followers` AS FLOAT64) AS `start_followers`,
                            `t181`.`at` AS `start_seen_at`,
                            `t181`.`rank` AS `start_rank`
                          FROM (
                            SELECT
                              `t169`.`campaign_id`,
                              `t169`.`campaign`,
                              `t169`.`influencer_id`,
                              `t169`.`influencer`,
                              `t169`.`account_id`,
                              `t169`.`platform`,
                              `t169`.`is_brand`,
                              `t169`.`day`,
                              `t169`.`start_at`,
                              `t169`.`end_at`,
                              `t169`.`followers`,
                              `t169`.`at`,
                              `t169`.`rank`,
                              ROW_NUMBER() OVER (
                                PARTITION BY `t169`.`campaign_id`, `t169`.`account_id`
                                ORDER BY IF(`t169`.`at` <= `t169`.`start_at`, 0, 1) ASC, ABS(`t169`.`at` - `t169`.`start_at`) ASC
                              ) - 1 AS `order`
                            FROM `t166` AS `t169`
                          ) AS `t181`
                          WHERE
                            `t181`.`order` = 0
                        ) AS `t192`
                          ON `t149`.`campaign_id` = `t192`.`campaign_id`
                          AND `t149`.`account_id` = `t192`.`account_id`
                      ) AS `t197`
                      LEFT OUTER JOIN (
                        SELECT
                          `t175`.`campaign_id`,
                          `t175`.`account_id`,
                          CAST(`t175`.`followers` AS FLOAT64) AS `end_followers`,
                          `t175`.`at` AS `end_seen_at`,
                          `t175`.`rank` AS `end_rank`
                        FROM (
                          SELECT
                            `t169`.`campaign_id`,
                            `t169`.`campaign`,
                            `t169`.`influencer_id`,
                            `t169`.`influencer`,
                            `t169`.`account_id`,
                            `t169`.`platform`,
                            `t169`.`is_brand`,
                            `t169`.`day`,
                            `t169`.`start_at`,
                            `t169`.`end_at`,
                            `t169`.`followers`,
                            `t169`.`at`,
                            `t169`.`rank`,
                            ROW_NUMBER() OVER (PARTITION BY `t169`.`campaign_id`, `t169`.`account_id` ORDER BY `t169`.`at` DESC) - 1 AS `order`
                          FROM `t166` AS `t169`
                        ) AS `t175`
                        WHERE
                          `t175`.`order` = 0
                      ) AS `t187`
                        ON `t197`.`campaign_id` = `t187`.`campaign_id`
                        AND `t197`.`account_id` = `t187`.`account_id`
                    ) AS `t202`
                    LEFT OUTER JOIN (
                      SELECT
                        `t179`.`campaign_id`,
                        `t179`.`account_id`,
                        CAST(`t179`.`followers` AS FLOAT64) AS `before_followers`,
                        `t179`.`at` AS `before_seen_at`,
                        `t179`.`rank` AS `before_rank`
                      FROM (
                        SELECT
                          `t172`.`campaign_id`,
                          `t172`.`campaign`,
                          `t172`.`influencer_id`,
                          `t172`.`influencer`,
                          `t172`.`account_id`,
                          `t172`.`platform`,
                          `t172`.`is_brand`,
                          `t172`.`day`,
                          `t172`.`start_at`,
                          `t172`.`end_at`,
                          `t172`.`followers`,
                          `t172`.`at`,
                          `t172`.`rank`,
                          ROW_NUMBER() OVER (PARTITION BY `t172`.`campaign_id`, `t172`.`account_id` ORDER BY `t172`.`at` DESC) - 1 AS `order`
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              `t149`.`campaign_id`,
                              `t149`.`campaign`,
                              `t149`.`influencer_id`,
                              `t149`.`influencer`,
                              `t149`.`account_id`,
                              `t149`.`platform`,
                              `t149`.`is_brand`,
                              `t149`.`day`,
                              `t149`.`start_at`,
                              `t149`.`end_at`,
                              `t67`.`followers`,
                              `t67`.`at`,
                              `t67`.`rank`
                            FROM (
                              SELECT
                                `t129`.`campaign_id`,
                                CAST(`t15`.`name` AS STRING) AS `campaign`,
                                CAST(`t18`.`id` AS INT64) AS `influencer_id`,
                                CAST(`t18`.`name` AS STRING) AS `influencer`,
                                `t129`.`account_id`,
                                CAST(`t20`.`platform` AS STRING) AS `platform`,
                                `t129`.`is_brand`,
                                `t15`.`end_date` AS `day`,
                                UNIX_SECONDS(CAST(`t15`.`start_date` AS TIMESTAMP)) AS `start_at`,
                                UNIX_SECONDS(CAST(`t15`.`end_date` AS TIMESTAMP)) + 86400 AS `end_at`
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
                                      `t96`.`campaign_id`,
                                      `t96`.`account_id`
                                    FROM `campaign_posts_in` AS `t96`
                                  ) AS `t109`
                                ) AS `t117`
                                UNION ALL
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    CAST(`t62`.`id` AS INT64) AS `campaign_id`,
                                    CAST(`t20`.`id` AS INT64) AS `account_id`,
                                    TRUE AS `is_brand`
                                  FROM `t24` AS `t62`
                                  INNER JOIN (
                                    SELECT
                                      *
                                    FROM `influencer` AS `t8`
                                    WHERE
                                      `t8`.`is_brand`
                                  ) AS `t33`
                                    ON `t33`.`workspace_id` = `t62`.`workspace_id`
                                  INNER JOIN `account` AS `t20`
                                    ON `t20`.`influencer_id` = `t33`.`id`
                                ) AS `t85`
                              ) AS `t129`
                              INNER JOIN `campaign` AS `t15`
                                ON `t129`.`campaign_id` = `t15`.`id`
                              INNER JOIN `account` AS `t20`
                                ON `t129`.`account_id` = `t20`.`id`
                              INNER JOIN `influencer` AS `t18`
                                ON `t20`.`influencer_id` = `t18`.`id`
                            ) AS `t149`
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
                              WHERE
                                `t13`.`captured_at` <= DATETIME('2026-03-31T23:59:59')
                            ) AS `t67`
                              ON `t149`.`account_id` = `t67`.`account_id`
                          ) AS `t164`
                          WHERE
                            `t164`.`at` <= (
                              `t164`.`start_at` - (
                                `t164`.`end_at` - `t164`.`start_at`
                              )
                            )
                        ) AS `t172`
                      ) AS `t179`
                      WHERE
                        `t179`.`order` = 0
                    ) AS `t189`
                      ON `t202`.`campaign_id` = `t189`.`campaign_id`
                      AND `t202`.`account_id` = `t189`.`account_id`
                  ) AS `t211`
                ) AS `t220`
              ) AS `t226`
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  `t90`.`campaign_id`,
                  `t90`.`campaign`,
                  `t90`.`influencer_id`,
                  `t90`.`influencer`,
                  CAST(NULL AS INT64) AS `account_id`,
                  CAST(NULL AS STRING) AS `platform`,
                  CAST(NULL AS STRING) AS `format`,
                  CAST(NULL AS INT64) AS `post_id`,
                  `t90`.`day`,
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
                  `t90`.`influencers_contacted`,
                  `t90`.`influencers_interested`,
                  `t90`.`posts_contracted`,
                  `t90`.`products_sent`,
                  CAST(NULL AS FLOAT64) AS `key_messages`
                FROM (
                  SELECT
                    CAST(`t52`.`campaign_id` AS INT64) AS `campaign_id`,
                    CAST(`t15`.`name` AS STRING) AS `campaign`,
                    CAST(`t52`.`influencer_id` AS INT64) AS `influencer_id`,
                    CAST(`t17`.`name` AS STRING) AS `influencer`,
                    `t15`.`start_date` AS `day`,
                    CAST(1 AS FLOAT64) AS `influencers_contacted`,
                    CAST(IF(`t52`.`status` IN ('interested', 'activated'), 1, 0) AS FLOAT64) AS `influencers_interested`,
                    CAST(`t52`.`posts_contracted` AS FLOAT64) AS `posts_contracted`,
                    CAST(`t52`.`products_sent` AS FLOAT64) AS `products_sent`
                  FROM (
                    SELECT
                      *
                    FROM `roster` AS `t7`
                    WHERE
                      `t7`.`campaign_id` IN (1)
                  ) AS `t52`
                  INNER JOIN `campaign` AS `t15`
                    ON `t52`.`campaign_id` = `t15`.`id`
                  INNER JOIN `influencer` AS `t17`
                    ON `t52`.`influencer_id` = `t17`.`id`
                ) AS `t90`
              ) AS `t101`
            ) AS `t227`
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
                CAST(IF(
                  LENGTH(`t0`.`key_messages`) > 0,
                  (
                    LENGTH(`t0`.`key_messages`) - LENGTH(REPLACE(`t0`.`key_messages`, '\n', ''))
                  ) + 1,
                  0
                ) AS FLOAT64) AS `key_messages`
              FROM `campaign` AS `t0`
              WHERE
                `t0`.`id` IN (1)
            ) AS `t72`
          ) AS `t230`
          LEFT OUTER JOIN (
            SELECT
              `t148`.`key` AS `campaign_id`,
              `t148`.`rate` AS `emv_rate`
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  CAST(`t0`.`id` AS INT64) AS `key`,
                  CAST(1 AS FLOAT64) AS `rate`
                FROM `campaign` AS `t0`
                WHERE
                  'EUR' = CAST(`t0`.`currency` AS STRING)
              ) AS `t44`
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  `t134`.`key`,
                  `t134`.`rate`
                FROM (
                  SELECT
                    `t108`.`key`,
                    `t108`.`on`,
                    `t108`.`rate`,
                    `t108`.`valid`,
                    ROW_NUMBER() OVER (
                      PARTITION BY `t108`.`key`
                      ORDER BY IF(`t108`.`valid` <= `t108`.`on`, 0, 1) ASC, ABS(`t108`.`valid` - `t108`.`on`) ASC
                    ) - 1 AS `order`
                  FROM (
                    SELECT
                      `t64`.`key`,
                      `t64`.`on`,
                      `t77`.`rate`,
                      UNIX_SECONDS(CAST(`t77`.`valid_on` AS TIMESTAMP)) AS `valid`
                    FROM (
                      SELECT
                        CAST(`t0`.`id` AS INT64) AS `key`,
                        'EUR' AS `base`,
                        CAST(`t0`.`currency` AS STRING) AS `quote`,
                        UNIX_SECONDS(CAST(`t0`.`start_date` AS TIMESTAMP)) AS `on`
                      FROM `campaign` AS `t0`
                    ) AS `t64`
                    INNER JOIN `t69` AS `t77`
                      ON `t64`.`base` = `t77`.`base` AND `t64`.`quote` = `t77`.`quote`
                  ) AS `t108`
                ) AS `t134`
                WHERE
                  `t134`.`order` = 0
              ) AS `t141`
            ) AS `t148`
          ) AS `t157`
            ON `t230`.`campaign_id` = `t157`.`campaign_id`
        ) AS `t233`
        LEFT OUTER JOIN (
          SELECT
            `t5`.`account_id`,
            `t5`.`inauthentic_share`
          FROM `account_audit` AS `t5`
        ) AS `t28`
          ON `t233`.`account_id` = `t28`.`account_id`
      ) AS `t235`
    ) AS `t238`
    LEFT OUTER JOIN (
      SELECT
        `t147`.`key` AS `campaign_id`,
        `t147`.`rate` AS `paid_rate`
      FROM (
        SELECT
          *
        FROM (
          SELECT
            CAST(`t0`.`id` AS INT64) AS `key`,
            CAST(1 AS FLOAT64) AS `rate`
          FROM `campaign` AS `t0`
          WHERE
            'USD' = CAST(`t0`.`currency` AS STRING)
        ) AS `t43`
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            `t133`.`key`,
            `t133`.`rate`
          FROM (
            SELECT
              `t107`.`key`,
              `t107`.`on`,
              `t107`.`rate`,
              `t107`.`valid`,
              ROW_NUMBER() OVER (
                PARTITION BY `t107`.`key`
                ORDER BY IF(`t107`.`valid` <= `t107`.`on`, 0, 1) ASC, ABS(`t107`.`valid` - `t107`.`on`) ASC
              ) - 1 AS `order`
            FROM (
              SELECT
                `t63`.`key`,
                `t63`.`on`,
                `t76`.`rate`,
                UNIX_SECONDS(CAST(`t76`.`valid_on` AS TIMESTAMP)) AS `valid`
              FROM (
                SELECT
                  CAST(`t0`.`id` AS INT64) AS `key`,
                  'USD' AS `base`,
                  CAST(`t0`.`currency` AS STRING) AS `quote`,
                  UNIX_SECONDS(CAST(`t0`.`start_date` AS TIMESTAMP)) AS `on`
                FROM `campaign` AS `t0`
              ) AS `t63`
              INNER JOIN `t69` AS `t76`
                ON `t63`.`base` = `t76`.`base` AND `t63`.`quote` = `t76`.`quote`
            ) AS `t107`
          ) AS `t133`
          WHERE
            `t133`.`order` = 0
        ) AS `t140`
      ) AS `t147`
    ) AS `t156`
      ON `t238`.`campaign_id` = `t156`.`campaign_id`
  ) AS `t240`
  WHERE
    `t240`.`campaign_id` IN (1)
    AND (
      (
        `t240`.`brand_followers_expected_gain` IS NOT NULL
      )
      OR (
        `t240`.`brand_followers_gained` IS NOT NULL
      )
      OR (
        `t240`.`brand_followers_start` IS NOT NULL
      )
      OR (
        `t240`.`brand_mention_engagements` IS NOT NULL
      )
      OR (
        `t240`.`brand_mentions` IS NOT NULL
      )
      OR (
        `t240`.`clicks` IS NOT NULL
      )
      OR (
        `t240`.`comments` IS NOT NULL
      )
      OR (
        `t240`.`cost` IS NOT NULL
      )
      OR (
        `t240`.`disclosed_sponsored_posts` IS NOT NULL
      )
      OR (
        `t240`.`emv` IS NOT NULL
      )
      OR (
        `t240`.`emv_authentic` IS NOT NULL
      )
      OR (
        `t240`.`engagements` IS NOT NULL
      )
      OR (
        `t240`.`er_followers_post` IS NOT NULL
      )
      OR (
        `t240`.`er_impressions_post` IS NOT NULL
      )
      OR (
        `t240`.`er_reach_post` IS NOT NULL
      )
      OR (
        `t240`.`er_views_post` IS NOT NULL
      )
      OR (
        `t240`.`followers` IS NOT NULL
      )
      OR (
        `t240`.`followers_expected_gain` IS NOT NULL
      )
      OR (
        `t240`.`followers_gained` IS NOT NULL
      )
      OR (
        `t240`.`followers_start` IS NOT NULL
      )
      OR (
        `t240`.`impressions` IS NOT NULL
      )
      OR (
        `t240`.`impressions_with_estimates` IS NOT NULL
      )
      OR (
        `t240`.`influencers_contacted` IS NOT NULL
      )
      OR (
        `t240`.`influencers_interested` IS NOT NULL
      )
      OR (
        `t240`.`key_message_posts` IS NOT NULL
      )
      OR (
        `t240`.`key_messages` IS NOT NULL
      )
      OR (
        `t240`.`likes` IS NOT NULL
      )
      OR (
        `t240`.`mention_engagements` IS NOT NULL
      )
      OR (
        `t240`.`mentions` IS NOT NULL
      )
      OR (
        ieee_divide(
          `t240`.`cost`,
          CASE
            WHEN `t240`.`platform` = 'tiktok'
            THEN CAST(NULL AS FLOAT64)
            WHEN `t240`.`platform` = 'youtube'
            THEN CAST(NULL AS FLOAT64)
            ELSE 1.88
          END * `t240`.`paid_rate`
        ) IS NOT NULL
      )
      OR (
        (
          ieee_divide(
            `t240`.`cost`,
            CASE
              WHEN `t240`.`platform` = 'tiktok'
              THEN 7.5
              WHEN `t240`.`platform` = 'youtube'
              THEN 3.53
              ELSE 19.8
            END * `t240`.`paid_rate`
          ) * 1000
        ) IS NOT NULL
      )
      OR (
        ieee_divide(
          `t240`.`cost`,
          CASE WHEN `t240`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS FLOAT64) END * `t240`.`paid_rate`
        ) IS NOT NULL
      )
      OR (
        `t240`.`post_id` IS NOT NULL
      )
      OR (
        `t240`.`post_platform` IS NOT NULL
      )
      OR (
        `t240`.`posts_contracted` IS NOT NULL
      )
      OR (
        `t240`.`products_sent` IS NOT NULL
      )
      OR (
        `t240`.`publishing_influencer` IS NOT NULL
      )
      OR (
        `t240`.`reach` IS NOT NULL
      )
      OR (
        `t240`.`saves` IS NOT NULL
      )
      OR (
        `t240`.`shares` IS NOT NULL
      )
      OR (
        `t240`.`sponsored_posts` IS NOT NULL
      )
      OR (
        `t240`.`ugc_post` IS NOT NULL
      )
      OR (
        `t240`.`views` IS NOT NULL
      )
    )
)
SELECT
  `t255`.`campaign_id`,
  `t255`.`campaign`,
  `t255`.`key_messages`,
  `t255`.`platforms_selected`,
  `t255`.`influencers_contacted`,
  `t255`.`influencers_interested`,
  ieee_divide(`t255`.`influencers_interested`, NULLIF(`t255`.`influencers_contacted`, 0)) * 100 AS `influencers_interested_rate`,
  `t255`.`influencers_activated`,
  `t255`.`products_sent`,
  `t255`.`reach`,
  `t255`.`impressions`,
  `t255`.`views`,
  `t255`.`impressions_with_estimates`,
  ieee_divide(`t255`.`reach_rate__first`, NULLIF(`t255`.`reach_rate__second`, 0)) * 100 AS `reach_rate`,
  `t255`.`brand_mentions`,
  ieee_divide(`t255`.`brand_mentions`, NULLIF(`t255`.`mentions`, 0)) * 100 AS `share_of_voice`,
  ieee_divide(`t255`.`brand_mention_engagements`, NULLIF(`t255`.`mention_engagements`, 0)) * 100 AS `share_of_engagement`,
  `t255`.`key_message_posts`,
  ieee_divide(`t255`.`key_message_posts`, NULLIF(CAST(`t255`.`posts` AS FLOAT64), 0)) * 100 AS `key_message_rate`,
  `t255`.`posts`,
  `t255`.`posts_contracted`,
  ieee_divide(CAST(`t255`.`posts` AS FLOAT64), NULLIF(`t255`.`posts_contracted`, 0)) * 100 AS `posts_delivery_rate`,
  `t255`.`ugc_posts`,
  `t255`.`likes`,
  `t255`.`comments`,
  `t255`.`shares`,
  `t255`.`saves`,
  `t255`.`engagements`,
  ieee_divide(
    `t255`.`engagement_rate_reach__first`,
    NULLIF(`t255`.`engagement_rate_reach__second`, 0)
  ) * 100 AS `engagement_rate_reach`,
  ieee_divide(
    `t255`.`engagement_rate_followers__first`,
    NULLIF(`t255`.`engagement_rate_followers__second`, 0)
  ) * 100 AS `engagement_rate_followers`,
  `t255`.`er_reach_post_mean` AS `engagement_rate_reach_post_mean`,
  `t255`.`er_reach_post_median` AS `engagement_rate_reach_post_median`,
  `t255`.`er_reach_account_mean` AS `engagement_rate_reach_account_mean`,
  `t255`.`er_reach_account_median` AS `engagement_rate_reach_account_median`,
  `t255`.`er_followers_post_mean` AS `engagement_rate_followers_post_mean`,
  `t255`.`er_followers_post_median` AS `engagement_rate_followers_post_median`,
  `t255`.`er_followers_account_mean` AS `engagement_rate_followers_account_mean`,
  `t255`.`er_followers_account_median` AS `engagement_rate_followers_account_median`,
  ieee_divide(
    `t255`.`engagement_rate_impressions__first`,
    NULLIF(`t255`.`engagement_rate_impressions__second`, 0)
  ) * 100 AS `engagement_rate_impressions`,
  `t255`.`er_impressions_post_mean` AS `engagement_rate_impressions_post_mean`,
  `t255`.`er_impressions_post_median` AS `engagement_rate_impressions_post_median`,
  `t255`.`er_impressions_account_mean` AS `engagement_rate_impressions_account_mean`,
  `t255`.`er_impressions_account_median` AS `engagement_rate_impressions_account_median`,
  ieee_divide(
    `t255`.`engagement_rate_views__first`,
    NULLIF(`t255`.`engagement_rate_views__second`, 0)
  ) * 100 AS `engagement_rate_views`,
  `t255`.`er_views_post_mean` AS `engagement_rate_views_post_mean`,
  `t255`.`er_views_post_median` AS `engagement_rate_views_post_median`,
  `t255`.`er_views_account_mean` AS `engagement_rate_views_account_mean`,
  `t255`.`er_views_account_median` AS `engagement_rate_views_account_median`,
  `t255`.`clicks` AS `platform_link_clicks`,
  `t255`.`followers_gained`,
  ieee_divide(
    `t255`.`follower_growth_rate__first`,
    NULLIF(`t255`.`follower_growth_rate__second`, 0)
  ) * 100 AS `follower_growth_rate`,
  `t255`.`followers_gained_above_trend__first` - `t255`.`followers_gained_above_trend__second` AS `followers_gained_above_trend`,
  `t255`.`brand_followers_gained`,
  ieee_divide(
    `t255`.`brand_follower_growth_rate__first`,
    NULLIF(`t255`.`brand_follower_growth_rate__second`, 0)
  ) * 100 AS `brand_follower_growth_rate`,
  `t255`.`brand_followers_gained_above_trend__first` - `t255`.`brand_followers_gained_above_trend__second` AS `brand_followers_gained_above_trend`,
  `t255`.`link_clicks` AS `tracked_clicks`,
  `t255`.`unique_link_clicks` AS `unique_clicks`,
  `t255`.`bot_link_clicks` AS `bot_clicks`,
  ieee_divide(`t255`.`link_clicks`, NULLIF(`t255`.`impressions_with_estimates`, 0)) * 100 AS `click_through_rate`,
  `t255`.`sessions`,
  `t255`.`new_users`,
  ieee_divide(`t255`.`bounced_sessions`, NULLIF(`t255`.`sessions`, 0)) * 100 AS `bounce_rate`,
  ieee_divide(`t255`.`session_seconds`, NULLIF(`t255`.`sessions`, 0)) AS `average_session_duration`,
  ieee_divide(`t255`.`page_views`, NULLIF(`t255`.`sessions`, 0)) AS `pages_per_session`,
  `t255`.`key_events` AS `leads`,
  `t255`.`orders` AS `conversions`,
  ieee_divide(`t255`.`orders`, NULLIF(`t255`.`unique_link_clicks`, 0)) * 100 AS `conversion_rate`,
  `t255`.`revenue`,
  ieee_divide(`t255`.`revenue`, NULLIF(`t255`.`priced_orders`, 0)) AS `average_order_value`,
  `t255`.`new_customers`,
  ieee_divide(`t255`.`revenue`, NULLIF(`t255`.`cost`, 0)) AS `return_on_ad_spend`,
  ieee_divide(`t255`.`revenue` - `t255`.`cost`, NULLIF(`t255`.`cost`, 0)) * 100 AS `return_on_investment`,
  ieee_divide(`t255`.`revenue` - `t255`.`cost`, NULLIF(`t255`.`revenue`, 0)) * 100 AS `profitability`,
  `t255`.`sponsored_posts`,
  `t255`.`disclosed_sponsored_posts`,
  ieee_divide(`t255`.`disclosed_sponsored_posts`, NULLIF(`t255`.`sponsored_posts`, 0)) * 100 AS `disclosure_rate`,
  `t255`.`cost`,
  ieee_divide(`t255`.`cost`, NULLIF(`t255`.`impressions_with_estimates`, 0)) * 1000 AS `cost_per_mille`,
  ieee_divide(`t255`.`cost`, NULLIF(`t255`.`engagements`, 0)) AS `cost_per_engagement`,
  ieee_divide(`t255`.`cost`, NULLIF(`t255`.`views`, 0)) AS `cost_per_view`,
  ieee_divide(`t255`.`cost`, NULLIF(`t255`.`brand_followers_gained`, 0)) AS `cost_per_new_follower`,
  ieee_divide(`t255`.`cost`, NULLIF(`t255`.`link_clicks`, 0)) AS `cost_per_click`,
  ieee_divide(`t255`.`cost`, NULLIF(`t255`.`orders`, 0)) AS `cost_per_acquisition`,
  ieee_divide(`t255`.`cost`, NULLIF(`t255`.`new_customers`, 0)) AS `customer_acquisition_cost`,
  ieee_divide(`t255`.`cost`, NULLIF(`t255`.`key_events`, 0)) AS `cost_per_lead`,
  `t255`.`emv`,
  `t255`.`emv_authentic`,
  ieee_divide(`t255`.`emv`, NULLIF(`t255`.`cost`, 0)) AS `emv_per_cost`,
  `t255`.`paid_impressions` AS `paid_equivalent_impressions`,
  `t255`.`paid_clicks` AS `paid_equivalent_clicks`,
  `t255`.`paid_views` AS `paid_equivalent_views`,
  ieee_divide(
    `t255`.`impressions_vs_paid__first`,
    NULLIF(`t255`.`impressions_vs_paid__second`, 0)
  ) * 100 AS `impressions_vs_paid`,
  ieee_divide(`t255`.`clicks_vs_paid__first`, NULLIF(`t255`.`clicks_vs_paid__second`, 0)) * 100 AS `clicks_vs_paid`,
  ieee_divide(`t255`.`views_vs_paid__first`, NULLIF(`t255`.`views_vs_paid__second`, 0)) * 100 AS `views_vs_paid`,
  IF(`t255`.`key_messages` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `key_messages__provenance`,
  IF(`t255`.`platforms_selected` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `platforms_selected__provenance`,
  IF(`t255`.`influencers_contacted` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `influencers_contacted__provenance`,
  IF(`t255`.`influencers_interested` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `influencers_interested__provenance`,
  IF(
    (
      ieee_divide(`t255`.`influencers_interested`, NULLIF(`t255`.`influencers_contacted`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `influencers_interested_rate__provenance`,
  IF(`t255`.`influencers_activated` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `influencers_activated__provenance`,
  IF(`t255`.`products_sent` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `products_sent__provenance`,
  IF(
    `t255`.`reach` IS NOT NULL,
    COALESCE(`t255`.`reach__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `reach__provenance`,
  IF(
    `t255`.`impressions` IS NOT NULL,
    COALESCE(`t255`.`impressions__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `impressions__provenance`,
  IF(
    `t255`.`views` IS NOT NULL,
    COALESCE(`t255`.`views__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `views__provenance`,
  IF(
    `t255`.`impressions_with_estimates` IS NOT NULL,
    COALESCE(`t255`.`impressions_with_estimates__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `impressions_with_estimates__provenance`,
  IF(
    (
      ieee_divide(`t255`.`reach_rate__first`, NULLIF(`t255`.`reach_rate__second`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(`t255`.`reach_rate__pair__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `reach_rate__provenance`,
  IF(`t255`.`brand_mentions` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `brand_mentions__provenance`,
  IF(
    (
      ieee_divide(`t255`.`brand_mentions`, NULLIF(`t255`.`mentions`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `share_of_voice__provenance`,
  IF(
    (
      ieee_divide(`t255`.`brand_mention_engagements`, NULLIF(`t255`.`mention_engagements`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `share_of_engagement__provenance`,
  IF(`t255`.`key_message_posts` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `key_message_posts__provenance`,
  IF(
    (
      ieee_divide(`t255`.`key_message_posts`, NULLIF(CAST(`t255`.`posts` AS FLOAT64), 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `key_message_rate__provenance`,
  IF(`t255`.`posts` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `posts__provenance`,
  IF(`t255`.`posts_contracted` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `posts_contracted__provenance`,
  IF(
    (
      ieee_divide(CAST(`t255`.`posts` AS FLOAT64), NULLIF(`t255`.`posts_contracted`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `posts_delivery_rate__provenance`,
  IF(`t255`.`ugc_posts` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `ugc_posts__provenance`,
  IF(
    `t255`.`likes` IS NOT NULL,
    COALESCE(`t255`.`likes__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `likes__provenance`,
  IF(
    `t255`.`comments` IS NOT NULL,
    COALESCE(`t255`.`comments__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `comments__provenance`,
  IF(
    `t255`.`shares` IS NOT NULL,
    COALESCE(`t255`.`shares__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `shares__provenance`,
  IF(
    `t255`.`saves` IS NOT NULL,
    COALESCE(`t255`.`saves__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `saves__provenance`,
  IF(
    `t255`.`engagements` IS NOT NULL,
    COALESCE(`t255`.`engagements__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagements__provenance`,
  IF(
    (
      ieee_divide(
        `t255`.`engagement_rate_reach__first`,
        NULLIF(`t255`.`engagement_rate_reach__second`, 0)
      ) * 100
    ) IS NOT NULL,
    COALESCE(`t255`.`engagement_rate_reach__pair__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_reach__provenance`,
  IF(
    (
      ieee_divide(
        `t255`.`engagement_rate_followers__first`,
        NULLIF(`t255`.`engagement_rate_followers__second`, 0)
      ) * 100
    ) IS NOT NULL,
    COALESCE(`t255`.`engagement_rate_followers__pair__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_followers__provenance`,
  IF(
    `t255`.`er_reach_post_mean` IS NOT NULL,
    COALESCE(`t255`.`er_reach_post_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_reach_post_mean__provenance`,
  IF(
    `t255`.`er_reach_post_median` IS NOT NULL,
    COALESCE(`t255`.`er_reach_post_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_reach_post_median__provenance`,
  IF(
    `t255`.`er_reach_account_mean` IS NOT NULL,
    COALESCE(`t255`.`er_reach_account_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_reach_account_mean__provenance`,
  IF(
    `t255`.`er_reach_account_median` IS NOT NULL,
    COALESCE(`t255`.`er_reach_account_median__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_reach_account_median__provenance`,
  IF(
    `t255`.`er_followers_post_mean` IS NOT NULL,
    COALESCE(`t255`.`er_followers_post_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_followers_post_mean__provenance`,
  IF(
    `t255`.`er_followers_post_median` IS NOT NULL,
    COALESCE(`t255`.`er_followers_post_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_followers_post_median__provenance`,
  IF(
    `t255`.`er_followers_account_mean` IS NOT NULL,
    COALESCE(`t255`.`er_followers_account_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_followers_account_mean__provenance`,
  IF(
    `t255`.`er_followers_account_median` IS NOT NULL,
    COALESCE(`t255`.`er_followers_account_median__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_followers_account_median__provenance`,
  IF(
    (
      ieee_divide(
        `t255`.`engagement_rate_impressions__first`,
        NULLIF(`t255`.`engagement_rate_impressions__second`, 0)
      ) * 100
    ) IS NOT NULL,
    COALESCE(`t255`.`engagement_rate_impressions__pair__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_impressions__provenance`,
  IF(
    `t255`.`er_impressions_post_mean` IS NOT NULL,
    COALESCE(`t255`.`er_impressions_post_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_impressions_post_mean__provenance`,
  IF(
    `t255`.`er_impressions_post_median` IS NOT NULL,
    COALESCE(`t255`.`er_impressions_post_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_impressions_post_median__provenance`,
  IF(
    `t255`.`er_impressions_account_mean` IS NOT NULL,
    COALESCE(`t255`.`er_impressions_account_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_impressions_account_mean__provenance`,
  IF(
    `t255`.`er_impressions_account_median` IS NOT NULL,
    COALESCE(`t255`.`er_impressions_account_median__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_impressions_account_median__provenance`,
  IF(
    (
      ieee_divide(
        `t255`.`engagement_rate_views__first`,
        NULLIF(`t255`.`engagement_rate_views__second`, 0)
      ) * 100
    ) IS NOT NULL,
    COALESCE(`t255`.`engagement_rate_views__pair__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_views__provenance`,
  IF(
    `t255`.`er_views_post_mean` IS NOT NULL,
    COALESCE(`t255`.`er_views_post_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_views_post_mean__provenance`,
  IF(
    `t255`.`er_views_post_median` IS NOT NULL,
    COALESCE(`t255`.`er_views_post_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_views_post_median__provenance`,
  IF(
    `t255`.`er_views_account_mean` IS NOT NULL,
    COALESCE(`t255`.`er_views_account_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_views_account_mean__provenance`,
  IF(
    `t255`.`er_views_account_median` IS NOT NULL,
    COALESCE(`t255`.`er_views_account_median__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_views_account_median__provenance`,
  IF(
    `t255`.`clicks` IS NOT NULL,
    COALESCE(`t255`.`clicks__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `platform_link_clicks__provenance`,
  IF(
    `t255`.`followers_gained` IS NOT NULL,
    COALESCE(`t255`.`followers_gained__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `followers_gained__provenance`,
  IF(
    (
      ieee_divide(
        `t255`.`follower_growth_rate__first`,
        NULLIF(`t255`.`follower_growth_rate__second`, 0)
      ) * 100
    ) IS NOT NULL,
    COALESCE(`t255`.`follower_growth_rate__pair__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `follower_growth_rate__provenance`,
  IF(
    (
      `t255`.`followers_gained_above_trend__first` - `t255`.`followers_gained_above_trend__second`
    ) IS NOT NULL,
    COALESCE(`t255`.`followers_gained_above_trend__pair__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `followers_gained_above_trend__provenance`,
  IF(
    `t255`.`brand_followers_gained` IS NOT NULL,
    COALESCE(`t255`.`brand_followers_gained__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `brand_followers_gained__provenance`,
  IF(
    (
      ieee_divide(
        `t255`.`brand_follower_growth_rate__first`,
        NULLIF(`t255`.`brand_follower_growth_rate__second`, 0)
      ) * 100
    ) IS NOT NULL,
    COALESCE(`t255`.`brand_follower_growth_rate__pair__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `brand_follower_growth_rate__provenance`,
  IF(
    (
      `t255`.`brand_followers_gained_above_trend__first` - `t255`.`brand_followers_gained_above_trend__second`
    ) IS NOT NULL,
    COALESCE(`t255`.`brand_followers_gained_above_trend__pair__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `brand_followers_gained_above_trend__provenance`,
  IF(`t255`.`link_clicks` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `tracked_clicks__provenance`,
  IF(`t255`.`unique_link_clicks` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `unique_clicks__provenance`,
  IF(`t255`.`bot_link_clicks` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `bot_clicks__provenance`,
  IF(
    (
      ieee_divide(`t255`.`link_clicks`, NULLIF(`t255`.`impressions_with_estimates`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(`t255`.`impressions_with_estimates__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `click_through_rate__provenance`,
  IF(`t255`.`sessions` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `sessions__provenance`,
  IF(`t255`.`new_users` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `new_users__provenance`,
  IF(
    (
      ieee_divide(`t255`.`bounced_sessions`, NULLIF(`t255`.`sessions`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `bounce_rate__provenance`,
  IF(
    ieee_divide(`t255`.`session_seconds`, NULLIF(`t255`.`sessions`, 0)) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `average_session_duration__provenance`,
  IF(
    ieee_divide(`t255`.`page_views`, NULLIF(`t255`.`sessions`, 0)) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `pages_per_session__provenance`,
  IF(`t255`.`key_events` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `leads__provenance`,
  IF(`t255`.`orders` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `conversions__provenance`,
  IF(
    (
      ieee_divide(`t255`.`orders`, NULLIF(`t255`.`unique_link_clicks`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `conversion_rate__provenance`,
  IF(`t255`.`revenue` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `revenue__provenance`,
  IF(
    ieee_divide(`t255`.`revenue`, NULLIF(`t255`.`priced_orders`, 0)) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `average_order_value__provenance`,
  IF(`t255`.`new_customers` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `new_customers__provenance`,
  IF(
    ieee_divide(`t255`.`revenue`, NULLIF(`t255`.`cost`, 0)) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `return_on_ad_spend__provenance`,
  IF(
    (
      ieee_divide(`t255`.`revenue` - `t255`.`cost`, NULLIF(`t255`.`cost`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `return_on_investment__provenance`,
  IF(
    (
      ieee_divide(`t255`.`revenue` - `t255`.`cost`, NULLIF(`t255`.`revenue`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `profitability__provenance`,
  IF(`t255`.`sponsored_posts` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `sponsored_posts__provenance`,
  IF(`t255`.`disclosed_sponsored_posts` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `disclosed_sponsored_posts__provenance`,
  IF(
    (
      ieee_divide(`t255`.`disclosed_sponsored_posts`, NULLIF(`t255`.`sponsored_posts`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `disclosure_rate__provenance`,
  IF(`t255`.`cost` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `cost__provenance`,
  IF(
    (
      ieee_divide(`t255`.`cost`, NULLIF(`t255`.`impressions_with_estimates`, 0)) * 1000
    ) IS NOT NULL,
    COALESCE(`t255`.`impressions_with_estimates__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `cost_per_mille__provenance`,
  IF(
    ieee_divide(`t255`.`cost`, NULLIF(`t255`.`engagements`, 0)) IS NOT NULL,
    COALESCE(`t255`.`engagements__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `cost_per_engagement__provenance`,
  IF(
    ieee_divide(`t255`.`cost`, NULLIF(`t255`.`views`, 0)) IS NOT NULL,
    COALESCE(`t255`.`views__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `cost_per_view__provenance`,
  IF(
    ieee_divide(`t255`.`cost`, NULLIF(`t255`.`brand_followers_gained`, 0)) IS NOT NULL,
    COALESCE(`t255`.`brand_followers_gained__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `cost_per_new_follower__provenance`,
  IF(
    ieee_divide(`t255`.`cost`, NULLIF(`t255`.`link_clicks`, 0)) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `cost_per_click__provenance`,
  IF(
    ieee_divide(`t255`.`cost`, NULLIF(`t255`.`orders`, 0)) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `cost_per_acquisition__provenance`,
  IF(
    ieee_divide(`t255`.`cost`, NULLIF(`t255`.`new_customers`, 0)) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `customer_acquisition_cost__provenance`,
  IF(
    ieee_divide(`t255`.`cost`, NULLIF(`t255`.`key_events`, 0)) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `cost_per_lead__provenance`,
  IF(`t255`.`emv` IS NOT NULL, COALESCE(`t255`.`emv__provenance`, 0), CAST(NULL AS INT64)) AS `emv__provenance`,
  IF(
    `t255`.`emv_authentic` IS NOT NULL,
    COALESCE(`t255`.`emv_authentic__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `emv_authentic__provenance`,
  IF(
    ieee_divide(`t255`.`emv`, NULLIF(`t255`.`cost`, 0)) IS NOT NULL,
    COALESCE(`t255`.`emv__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `emv_per_cost__provenance`,
  IF(`t255`.`paid_impressions` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `paid_equivalent_impressions__provenance`,
  IF(`t255`.`paid_clicks` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `paid_equivalent_clicks__provenance`,
  IF(`t255`.`paid_views` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `paid_equivalent_views__provenance`,
  IF(
    (
      ieee_divide(
        `t255`.`impressions_vs_paid__first`,
        NULLIF(`t255`.`impressions_vs_paid__second`, 0)
      ) * 100
    ) IS NOT NULL,
    COALESCE(`t255`.`impressions_vs_paid__pair__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `impressions_vs_paid__provenance`,
  IF(
    (
      ieee_divide(`t255`.`clicks_vs_paid__first`, NULLIF(`t255`.`clicks_vs_paid__second`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(`t255`.`clicks_vs_paid__pair__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `clicks_vs_paid__provenance`,
  IF(
    (
      ieee_divide(`t255`.`views_vs_paid__first`, NULLIF(`t255`.`views_vs_paid__second`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(`t255`.`views_vs_paid__pair__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `views_vs_paid__provenance`
FROM (
  SELECT
    `t250`.`campaign_id`,
    `t250`.`key_messages`,
    `t250`.`platforms_selected`,
    `t250`.`influencers_contacted`,
    `t250`.`influencers_interested`,
    `t250`.`influencers_activated`,
    `t250`.`products_sent`,
    `t250`.`reach`,
    `t250`.`impressions`,
    `t250`.`views`,
    `t250`.`impressions_with_estimates`,
    `t250`.`reach_rate__first`,
    `t250`.`reach_rate__second`,
    `t250`.`brand_mentions`,
    `t250`.`mentions`,
    `t250`.`brand_mention_engagements`,
    `t250`.`mention_engagements`,
    `t250`.`key_message_posts`,
    `t250`.`posts`,
    `t250`.`posts_contracted`,
    `t250`.`ugc_posts`,
    `t250`.`likes`,
    `t250`.`comments`,
    `t250`.`shares`,
    `t250`.`saves`,
    `t250`.`engagements`,
    `t250`.`engagement_rate_reach__first`,
    `t250`.`engagement_rate_reach__second`,
    `t250`.`engagement_rate_followers__first`,
    `t250`.`engagement_rate_followers__second`,
    `t250`.`er_reach_post_mean`,
    `t250`.`er_reach_post_median`,
    `t250`.`er_followers_post_mean`,
    `t250`.`er_followers_post_median`,
    `t250`.`engagement_rate_impressions__first`,
    `t250`.`engagement_rate_impressions__second`,
    `t250`.`er_impressions_post_mean`,
    `t250`.`er_impressions_post_median`,
    `t250`.`engagement_rate_views__first`,
    `t250`.`engagement_rate_views__second`,
    `t250`.`er_views_post_mean`,
    `t250`.`er_views_post_median`,
    `t250`.`clicks`,
    `t250`.`followers_gained`,
    `t250`.`follower_growth_rate__first`,
    `t250`.`follower_growth_rate__second`,
    `t250`.`followers_gained_above_trend__first`,
    `t250`.`followers_gained_above_trend__second`,
    `t250`.`brand_followers_gained`,
    `t250`.`brand_follower_growth_rate__first`,
    `t250`.`brand_follower_growth_rate__second`,
    `t250`.`brand_followers_gained_above_trend__first`,
    `t250`.`brand_followers_gained_above_trend__second`,
    `t250`.`cost`,
    `t250`.`sponsored_posts`,
    `t250`.`disclosed_sponsored_posts`,
    `t250`.`emv`,
    `t250`.`emv_authentic`,
    `t250`.`paid_impressions`,
    `t250`.`paid_clicks`,
    `t250`.`paid_views`,
    `t250`.`impressions_vs_paid__first`,
    `t250`.`impressions_vs_paid__second`,
    `t250`.`clicks_vs_paid__first`,
    `t250`.`clicks_vs_paid__second`,
    `t250`.`views_vs_paid__first`,
    `t250`.`views_vs_paid__second`,
    `t250`.`reach__provenance`,
    `t250`.`impressions__provenance`,
    `t250`.`views__provenance`,
    `t250`.`impressions_with_estimates__provenance`,
    `t250`.`reach_rate__pair__provenance`,
    `t250`.`likes__provenance`,
    `t250`.`comments__provenance`,
    `t250`.`shares__provenance`,
    `t250`.`saves__provenance`,
    `t250`.`engagements__provenance`,
    `t250`.`engagement_rate_reach__pair__provenance`,
    `t250`.`engagement_rate_followers__pair__provenance`,
    `t250`.`er_reach_post_mean__provenance`,
    `t250`.`er_followers_post_mean__provenance`,
    `t250`.`engagement_rate_impressions__pair__provenance`,
    `t250`.`er_impressions_post_mean__provenance`,
    `t250`.`engagement_rate_views__pair__provenance`,
    `t250`.`er_views_post_mean__provenance`,
    `t250`.`clicks__provenance`,
    `t250`.`followers_gained__provenance`,
    `t250`.`follower_growth_rate__pair__provenance`,
    `t250`.`followers_gained_above_trend__pair__provenance`,
    `t250`.`brand_followers_gained__provenance`,
    `t250`.`brand_follower_growth_rate__pair__provenance`,
    `t250`.`brand_followers_gained_above_trend__pair__provenance`,
    `t250`.`emv__provenance`,
    `t250`.`emv_authentic__provenance`,
    `t250`.`impressions_vs_paid__pair__provenance`,
    `t250`.`clicks_vs_paid__pair__provenance`,
    `t250`.`views_vs_paid__pair__provenance`,
    `t250`.`link_clicks`,
    `t250`.`unique_link_clicks`,
    `t250`.`bot_link_clicks`,
    `t250`.`sessions`,
    `t250`.`new_users`,
    `t250`.`bounced_sessions`,
    `t250`.`session_seconds`,
    `t250`.`page_views`,
    `t250`.`key_events`,
    `t250`.`orders`,
    `t250`.`revenue`,
    `t250`.`priced_orders`,
    `t250`.`new_customers`,
    `t254`.`er_reach_account_mean`,
    `t254`.`er_reach_account_median`,
    `t254`.`er_followers_account_mean`,
    `t254`.`er_followers_account_median`,
    `t254`.`er_impressions_account_mean`,
    `t254`.`er_impressions_account_median`,
    `t254`.`er_views_account_mean`,
    `t254`.`er_views_account_median`,
    `t254`.`er_reach_account_mean__provenance`,
    `t254`.`er_reach_account_median__provenance`,
    `t254`.`er_followers_account_mean__provenance`,
    `t254`.`er_followers_account_median__provenance`,
    `t254`.`er_impressions_account_mean__provenance`,
    `t254`.`er_impressions_account_median__provenance`,
    `t254`.`er_views_account_mean__provenance`,
    `t254`.`er_views_account_median__provenance`,
    `t42`.`campaign`
  FROM (
    SELECT
      `t247`.`campaign_id`,
      MAX(`t247`.`key_messages`) AS `key_messages`,
      COALESCE(MAX(`t247`.`platforms_selected`), 0) AS `platforms_selected`,
      MAX(`t247`.`influencers_contacted`) AS `influencers_contacted`,
      MAX(`t247`.`influencers_interested`) AS `influencers_interested`,
      COALESCE(MAX(`t247`.`influencers_activated`), 0) AS `influencers_activated`,
      MAX(`t247`.`products_sent`) AS `products_sent`,
      MAX(`t247`.`reach`) AS `reach`,
      MAX(`t247`.`impressions`) AS `impressions`,
      MAX(`t247`.`views`) AS `views`,
      MAX(`t247`.`impressions_with_estimates`) AS `impressions_with_estimates`,
      MAX(`t247`.`reach_rate__first`) AS `reach_rate__first`,
      MAX(`t247`.`reach_rate__second`) AS `reach_rate__second`,
      MAX(`t247`.`brand_mentions`) AS `brand_mentions`,
      MAX(`t247`.`mentions`) AS `mentions`,
      MAX(`t247`.`brand_mention_engagements`) AS `brand_mention_engagements`,
      MAX(`t247`.`mention_engagements`) AS `mention_engagements`,
      MAX(`t247`.`key_message_posts`) AS `key_message_posts`,
      COALESCE(MAX(`t247`.`posts`), 0) AS `posts`,
      MAX(`t247`.`posts_contracted`) AS `posts_contracted`,
      COALESCE(MAX(`t247`.`ugc_posts`), 0) AS `ugc_posts`,
      MAX(`t247`.`likes`) AS `likes`,
      MAX(`t247`.`comments`) AS `comments`,
      MAX(`t247`.`shares`) AS `shares`,
      MAX(`t247`.`saves`) AS `saves`,
      MAX(`t247`.`engagements`) AS `engagements`,
      MAX(`t247`.`engagement_rate_reach__first`) AS `engagement_rate_reach__first`,
      MAX(`t247`.`engagement_rate_reach__second`) AS `engagement_rate_reach__second`,
      MAX(`t247`.`engagement_rate_followers__first`) AS `engagement_rate_followers__first`,
      MAX(`t247`.`engagement_rate_followers__second`) AS `engagement_rate_followers__second`,
      MAX(`t247`.`er_reach_post_mean`) AS `er_reach_post_mean`,
      MAX(`t247`.`er_reach_post_median`) AS `er_reach_post_median`,
      MAX(`t247`.`er_followers_post_mean`) AS `er_followers_post_mean`,
      MAX(`t247`.`er_followers_post_median`) AS `er_followers_post_median`,
      MAX(`t247`.`engagement_rate_impressions__first`) AS `engagement_rate_impressions__first`,
      MAX(`t247`.`engagement_rate_impressions__second`) AS `engagement_rate_impressions__second`,
      MAX(`t247`.`er_impressions_post_mean`) AS `er_impressions_post_mean`,
      MAX(`t247`.`er_impressions_post_median`) AS `er_impressions_post_median`,
      MAX(`t247`.`engagement_rate_views__first`) AS `engagement_rate_views__first`,
      MAX(`t247`.`engagement_rate_views__second`) AS `engagement_rate_views__second`,
      MAX(`t247`.`er_views_post_mean`) AS `er_views_post_mean`,
      MAX(`t247`.`er_views_post_median`) AS `er_views_post_median`,
      MAX(`t247`.`clicks`) AS `clicks`,
      MAX(`t247`.`followers_gained`) AS `followers_gained`,
      MAX(`t247`.`follower_growth_rate__first`) AS `follower_growth_rate__first`,
      MAX(`t247`.`follower_growth_rate__second`) AS `follower_growth_rate__second`,
      MAX(`t247`.`followers_gained_above_trend__first`) AS `followers_gained_above_trend__first`,
      MAX(`t247`.`followers_gained_above_trend__second`) AS `followers_gained_above_trend__second`,
      MAX(`t247`.`brand_followers_gained`) AS `brand_followers_gained`,
      MAX(`t247`.`brand_follower_growth_rate__first`) AS `brand_follower_growth_rate__first`,
      MAX(`t247`.`brand_follower_growth_rate__second`) AS `brand_follower_growth_rate__second`,
      MAX(`t247`.`brand_followers_gained_above_trend__first`) AS `brand_followers_gained_above_trend__first`,
      MAX(`t247`.`brand_followers_gained_above_trend__second`) AS `brand_followers_gained_above_trend__second`,
      MAX(`t247`.`cost`) AS `cost`,
      MAX(`t247`.`sponsored_posts`) AS `sponsored_posts`,
      MAX(`t247`.`disclosed_sponsored_posts`) AS `disclosed_sponsored_posts`,
      MAX(`t247`.`emv`) AS `emv`,
      MAX(`t247`.`emv_authentic`) AS `emv_authentic`,
      MAX(`t247`.`paid_impressions`) AS `paid_impressions`,
      MAX(`t247`.`paid_clicks`) AS `paid_clicks`,
      MAX(`t247`.`paid_views`) AS `paid_views`,
      MAX(`t247`.`impressions_vs_paid__first`) AS `impressions_vs_paid__first`,
      MAX(`t247`.`impressions_vs_paid__second`) AS `impressions_vs_paid__second`,
      MAX(`t247`.`clicks_vs_paid__first`) AS `clicks_vs_paid__first`,
      MAX(`t247`.`clicks_vs_paid__second`) AS `clicks_vs_paid__second`,
      MAX(`t247`.`views_vs_paid__first`) AS `views_vs_paid__first`,
      MAX(`t247`.`views_vs_paid__second`) AS `views_vs_paid__second`,
      MAX(`t247`.`reach__provenance`) AS `reach__provenance`,
      MAX(`t247`.`impressions__provenance`) AS `impressions__provenance`,
      MAX(`t247`.`views__provenance`) AS `views__provenance`,
      MAX(`t247`.`impressions_with_estimates__provenance`) AS `impressions_with_estimates__provenance`,
      MAX(`t247`.`reach_rate__pair__provenance`) AS `reach_rate__pair__provenance`,
      MAX(`t247`.`likes__provenance`) AS `likes__provenance`,
      MAX(`t247`.`comments__provenance`) AS `comments__provenance`,
      MAX(`t247`.`shares__provenance`) AS `shares__provenance`,
      MAX(`t247`.`saves__provenance`) AS `saves__provenance`,
      MAX(`t247`.`engagements__provenance`) AS `engagements__provenance`,
      MAX(`t247`.`engagement_rate_reach__pair__provenance`) AS `engagement_rate_reach__pair__provenance`,
      MAX(`t247`.`engagement_rate_followers__pair__provenance`) AS `engagement_rate_followers__pair__provenance`,
      MAX(`t247`.`er_reach_post_mean__provenance`) AS `er_reach_post_mean__provenance`,
      MAX(`t247`.`er_followers_post_mean__provenance`) AS `er_followers_post_mean__provenance`,
      MAX(`t247`.`engagement_rate_impressions__pair__provenance`) AS `engagement_rate_impressions__pair__provenance`,
      MAX(`t247`.`er_impressions_post_mean__provenance`) AS `er_impressions_post_mean__provenance`,
      MAX(`t247`.`engagement_rate_views__pair__provenance`) AS `engagement_rate_views__pair__provenance`,
      MAX(`t247`.`er_views_post_mean__provenance`) AS `er_views_post_mean__provenance`,
      MAX(`t247`.`clicks__provenance`) AS `clicks__provenance`,
      MAX(`t247`.`followers_gained__provenance`) AS `followers_gained__provenance`,
      MAX(`t247`.`follower_growth_rate__pair__provenance`) AS `follower_growth_rate__pair__provenance`,
      MAX(`t247`.`followers_gained_above_trend__pair__provenance`) AS `followers_gained_above_trend__pair__provenance`,
      MAX(`t247`.`brand_followers_gained__provenance`) AS `brand_followers_gained__provenance`,
      MAX(`t247`.`brand_follower_growth_rate__pair__provenance`) AS `brand_follower_growth_rate__pair__provenance`,
      MAX(`t247`.`brand_followers_gained_above_trend__pair__provenance`) AS `brand_followers_gained_above_trend__pair__provenance`,
      MAX(`t247`.`emv__provenance`) AS `emv__provenance`,
      MAX(`t247`.`emv_authentic__provenance`) AS `emv_authentic__provenance`,
      MAX(`t247`.`impressions_vs_paid__pair__provenance`) AS `impressions_vs_paid__pair__provenance`,
      MAX(`t247`.`clicks_vs_paid__pair__provenance`) AS `clicks_vs_paid__pair__provenance`,
      MAX(`t247`.`views_vs_paid__pair__provenance`) AS `views_vs_paid__pair__provenance`,
      MAX(`t247`.`link_clicks`) AS `link_clicks`,
      MAX(`t247`.`unique_link_clicks`) AS `unique_link_clicks`,
      MAX(`t247`.`bot_link_clicks`) AS `bot_link_clicks`,
      MAX(`t247`.`sessions`) AS `sessions`,
      MAX(`t247`.`new_users`) AS `new_users`,
      MAX(`t247`.`bounced_sessions`) AS `bounced_sessions`,
      MAX(`t247`.`session_seconds`) AS `session_seconds`,
      MAX(`t247`.`page_views`) AS `page_views`,
      MAX(`t247`.`key_events`) AS `key_events`,
      MAX(`t247`.`orders`) AS `orders`,
      MAX(`t247`.`revenue`) AS `revenue`,
      MAX(`t247`.`priced_orders`) AS `priced_orders`,
      MAX(`t247`.`new_customers`) AS `new_customers`
    FROM (
      SELECT
        *
      FROM (
        SELECT
          `t244`.`campaign_id`,
          `t244`.`key_messages`,
          `t244`.`platforms_selected`,
          `t244`.`influencers_contacted`,
          `t244`.`influencers_interested`,
          `t244`.`influencers_activated`,
          `t244`.`products_sent`,
          `t244`.`reach`,
          `t244`.`impressions`,
          `t244`.`views`,
          `t244`.`impressions_with_estimates`,
          `t244`.`reach_rate__first`,
          `t244`.`reach_rate__second`,
          `t244`.`brand_mentions`,
          `t244`.`mentions`,
          `t244`.`brand_mention_engagements`,
          `t244`.`mention_engagements`,
          `t244`.`key_message_posts`,
          `t244`.`posts`,
          `t244`.`posts_contracted`,
          `t244`.`ugc_posts`,
          `t244`.`likes`,
          `t244`.`comments`,
          `t244`.`shares`,
          `t244`.`saves`,
          `t244`.`engagements`,
          `t244`.`engagement_rate_reach__first`,
          `t244`.`engagement_rate_reach__second`,
          `t244`.`engagement_rate_followers__first`,
          `t244`.`engagement_rate_followers__second`,
          `t244`.`er_reach_post_mean`,
          `t244`.`er_reach_post_median`,
          `t244`.`er_followers_post_mean`,
          `t244`.`er_followers_post_median`,
          `t244`.`engagement_rate_impressions__first`,
          `t244`.`engagement_rate_impressions__second`,
          `t244`.`er_impressions_post_mean`,
          `t244`.`er_impressions_post_median`,
          `t244`.`engagement_rate_views__first`,
          `t244`.`engagement_rate_views__second`,
          `t244`.`er_views_post_mean`,
          `t244`.`er_views_post_median`,
          `t244`.`clicks`,
          `t244`.`followers_gained`,
          `t244`.`follower_growth_rate__first`,
          `t244`.`follower_growth_rate__second`,
          `t244`.`followers_gained_above_trend__first`,
          `t244`.`followers_gained_above_trend__second`,
          `t244`.`brand_followers_gained`,
          `t244`.`brand_follower_growth_rate__first`,
          `t244`.`brand_follower_growth_rate__second`,
          `t244`.`brand_followers_gained_above_trend__first`,
          `t244`.`brand_followers_gained_above_trend__second`,
          `t244`.`cost`,
          `t244`.`sponsored_posts`,
          `t244`.`disclosed_sponsored_posts`,
          `t244`.`emv`,
          `t244`.`emv_authentic`,
          `t244`.`paid_impressions`,
          `t244`.`paid_clicks`,
          `t244`.`paid_views`,
          `t244`.`impressions_vs_paid__first`,
          `t244`.`impressions_vs_paid__second`,
          `t244`.`clicks_vs_paid__first`,
          `t244`.`clicks_vs_paid__second`,
          `t244`.`views_vs_paid__first`,
          `t244`.`views_vs_paid__second`,
          IF((
            (
              `t244`.`ranks__0` >> 0
            ) & 3
          ) >= 2, 2, (
            `t244`.`ranks__0` >> 0
          ) & 3) AS `reach__provenance`,
          IF((
            (
              `t244`.`ranks__0` >> 2
            ) & 3
          ) >= 2, 2, (
            `t244`.`ranks__0` >> 2
          ) & 3) AS `impressions__provenance`,
          IF((
            (
              `t244`.`ranks__0` >> 4
            ) & 3
          ) >= 2, 2, (
            `t244`.`ranks__0` >> 4
          ) & 3) AS `views__provenance`,
          IF((
            (
              `t244`.`ranks__0` >> 6
            ) & 3
          ) >= 2, 2, (
            `t244`.`ranks__0` >> 6
          ) & 3) AS `impressions_with_estimates__provenance`,
          IF((
            (
              `t244`.`ranks__0` >> 8
            ) & 3
          ) >= 2, 2, (
            `t244`.`ranks__0` >> 8
          ) & 3) AS `reach_rate__pair__provenance`,
          IF(
            (
              (
                `t244`.`ranks__0` >> 10
              ) & 3
            ) >= 2,
            2,
            (
              `t244`.`ranks__0` >> 10
            ) & 3
          ) AS `likes__provenance`,
          IF(
            (
              (
                `t244`.`ranks__0` >> 12
              ) & 3
            ) >= 2,
            2,
            (
              `t244`.`ranks__0` >> 12
            ) & 3
          ) AS `comments__provenance`,
          IF(
            (
              (
                `t244`.`ranks__0` >> 14
              ) & 3
            ) >= 2,
            2,
            (
              `t244`.`ranks__0` >> 14
            ) & 3
          ) AS `shares__provenance`,
          IF(
            (
              (
                `t244`.`ranks__0` >> 16
              ) & 3
            ) >= 2,
            2,
            (
              `t244`.`ranks__0` >> 16
            ) & 3
          ) AS `saves__provenance`,
          IF(
            (
              (
                `t244`.`ranks__0` >> 18
              ) & 3
            ) >= 2,
            2,
            (
              `t244`.`ranks__0` >> 18
            ) & 3
          ) AS `engagements__provenance`,
          IF(
            (
              (
                `t244`.`ranks__0` >> 20
              ) & 3
            ) >= 2,
            2,
            (
              `t244`.`ranks__0` >> 20
            ) & 3
          ) AS `engagement_rate_reach__pair__provenance`,
          IF(
            (
              (
                `t244`.`ranks__0` >> 22
              ) & 3
            ) >= 2,
            2,
            (
              `t244`.`ranks__0` >> 22
            ) & 3
          ) AS `engagement_rate_followers__pair__provenance`,
          IF(
            (
              (
                `t244`.`ranks__0` >> 24
              ) & 3
            ) >= 2,
            2,
            (
              `t244`.`ranks__0` >> 24
            ) & 3
          ) AS `er_reach_post_mean__provenance`,
          IF(
            (
              (
                `t244`.`ranks__0` >> 26
              ) & 3
            ) >= 2,
            2,
            (
              `t244`.`ranks__0` >> 26
            ) & 3
          ) AS `er_followers_post_mean__provenance`,
          IF(
            (
              (
                `t244`.`ranks__0` >> 28
              ) & 3
            ) >= 2,
            2,
            (
              `t244`.`ranks__0` >> 28
            ) & 3
          ) AS `engagement_rate_impressions__pair__provenance`,
          IF(
            (
              (
                `t244`.`ranks__0` >> 30
              ) & 3
            ) >= 2,
            2,
            (
              `t244`.`ranks__0` >> 30
            ) & 3
          ) AS `er_impressions_post_mean__provenance`,
          IF(
            (
              (
                `t244`.`ranks__0` >> 32
              ) & 3
            ) >= 2,
            2,
            (
              `t244`.`ranks__0` >> 32
            ) & 3
          ) AS `engagement_rate_views__pair__provenance`,
          IF(
            (
              (
                `t244`.`ranks__0` >> 34
              ) & 3
            ) >= 2,
            2,
            (
              `t244`.`ranks__0` >> 34
            ) & 3
          ) AS `er_views_post_mean__provenance`,
          IF(
            (
              (
                `t244`.`ranks__0` >> 36
              ) & 3
            ) >= 2,
            2,
            (
              `t244`.`ranks__0` >> 36
            ) & 3
          ) AS `clicks__provenance`,
          IF(
            (
              (
                `t244`.`ranks__0` >> 38
              ) & 3
            ) >= 2,
            2,
            (
              `t244`.`ranks__0` >> 38
            ) & 3
          ) AS `followers_gained__provenance`,
          IF(
            (
              (
                `t244`.`ranks__0` >> 40
              ) & 3
            ) >= 2,
            2,
            (
              `t244`.`ranks__0` >> 40
            ) & 3
          ) AS `follower_growth_rate__pair__provenance`,
          IF(
            (
              (
                `t244`.`ranks__0` >> 42
              ) & 3
            ) >= 2,
            2,
            (
              `t244`.`ranks__0` >> 42
            ) & 3
          ) AS `followers_gained_above_trend__pair__provenance`,
          IF(
            (
              (
                `t244`.`ranks__0` >> 44
              ) & 3
            ) >= 2,
            2,
            (
              `t244`.`ranks__0` >> 44
            ) & 3
          ) AS `brand_followers_gained__provenance`,
          IF(
            (
              (
                `t244`.`ranks__0` >> 46
              ) & 3
            ) >= 2,
            2,
            (
              `t244`.`ranks__0` >> 46
            ) & 3
          ) AS `brand_follower_growth_rate__pair__provenance`,
          IF(
            (
              (
                `t244`.`ranks__0` >> 48
              ) & 3
            ) >= 2,
            2,
            (
              `t244`.`ranks__0` >> 48
            ) & 3
          ) AS `brand_followers_gained_above_trend__pair__provenance`,
          IF(
            (
              (
                `t244`.`ranks__0` >> 50
              ) & 3
            ) >= 2,
            2,
            (
              `t244`.`ranks__0` >> 50
            ) & 3
          ) AS `emv__provenance`,
          IF(
            (
              (
                `t244`.`ranks__0` >> 52
              ) & 3
            ) >= 2,
            2,
            (
              `t244`.`ranks__0` >> 52
            ) & 3
          ) AS `emv_authentic__provenance`,
          IF(
            (
              (
                `t244`.`ranks__0` >> 54
              ) & 3
            ) >= 2,
            2,
            (
              `t244`.`ranks__0` >> 54
            ) & 3
          ) AS `impressions_vs_paid__pair__provenance`,
          IF(
            (
              (
                `t244`.`ranks__0` >> 56
              ) & 3
            ) >= 2,
            2,
            (
              `t244`.`ranks__0` >> 56
            ) & 3
          ) AS `clicks_vs_paid__pair__provenance`,
          IF(
            (
              (
                `t244`.`ranks__0` >> 58
              ) & 3
            ) >= 2,
            2,
            (
              `t244`.`ranks__0` >> 58
            ) & 3
          ) AS `views_vs_paid__pair__provenance`,
          CAST(NULL AS FLOAT64) AS `link_clicks`,
          CAST(NULL AS FLOAT64) AS `unique_link_clicks`,
          CAST(NULL AS FLOAT64) AS `bot_link_clicks`,
          CAST(NULL AS FLOAT64) AS `sessions`,
          CAST(NULL AS FLOAT64) AS `new_users`,
          CAST(NULL AS FLOAT64) AS `bounced_sessions`,
          CAST(NULL AS FLOAT64) AS `session_seconds`,
          CAST(NULL AS FLOAT64) AS `page_views`,
          CAST(NULL AS FLOAT64) AS `key_events`,
          CAST(NULL AS FLOAT64) AS `orders`,
          CAST(NULL AS FLOAT64) AS `revenue`,
          CAST(NULL AS FLOAT64) AS `priced_orders`,
          CAST(NULL AS FLOAT64) AS `new_customers`
        FROM (
          SELECT
            `t242`.`campaign_id`,
            SUM(`t242`.`key_messages`) AS `key_messages`,
            COUNT(DISTINCT `t242`.`post_platform`) AS `platforms_selected`,
            SUM(`t242`.`influencers_contacted`) AS `influencers_contacted`,
            SUM(`t242`.`influencers_interested`) AS `influencers_interested`,
            COUNT(DISTINCT `t242`.`publishing_influencer`) AS `influencers_activated`,
            SUM(`t242`.`products_sent`) AS `products_sent`,
            SUM(`t242`.`reach`) AS `reach`,
            SUM(`t242`.`impressions`) AS `impressions`,
            SUM(`t242`.`views`) AS `views`,
            SUM(`t242`.`impressions_with_estimates`) AS `impressions_with_estimates`,
            SUM(
              IF(
                (
                  `t242`.`reach` IS NOT NULL
                ) AND (
                  `t242`.`followers` IS NOT NULL
                ),
                `t242`.`reach`,
                NULL
              )
            ) AS `reach_rate__first`,
            SUM(
              IF(
                (
                  `t242`.`reach` IS NOT NULL
                ) AND (
                  `t242`.`followers` IS NOT NULL
                ),
                `t242`.`followers`,
                NULL
              )
            ) AS `reach_rate__second`,
            SUM(`t242`.`brand_mentions`) AS `brand_mentions`,
            SUM(`t242`.`mentions`) AS `mentions`,
            SUM(`t242`.`brand_mention_engagements`) AS `brand_mention_engagements`,
            SUM(`t242`.`mention_engagements`) AS `mention_engagements`,
            SUM(`t242`.`key_message_posts`) AS `key_message_posts`,
            COUNT(`t242`.`post_id`) AS `posts`,
            SUM(`t242`.`posts_contracted`) AS `posts_contracted`,
            COUNT(DISTINCT `t242`.`ugc_post`) AS `ugc_posts`,
            SUM(`t242`.`likes`) AS `likes`,
            SUM(`t242`.`comments`) AS `comments`,
            SUM(`t242`.`shares`) AS `shares`,
            SUM(`t242`.`saves`) AS `saves`,
            SUM(`t242`.`engagements`) AS `engagements`,
            SUM(
              IF(
                (
                  `t242`.`engagements` IS NOT NULL
                ) AND (
                  `t242`.`reach` IS NOT NULL
                ),
                `t242`.`engagements`,
                NULL
              )
            ) AS `engagement_rate_reach__first`,
            SUM(
              IF(
                (
                  `t242`.`engagements` IS NOT NULL
                ) AND (
                  `t242`.`reach` IS NOT NULL
                ),
                `t242`.`reach`,
                NULL
              )
            ) AS `engagement_rate_reach__second`,
            SUM(
              IF(
                (
                  `t242`.`engagements` IS NOT NULL
                ) AND (
                  `t242`.`followers` IS NOT NULL
                ),
                `t242`.`engagements`,
                NULL
              )
            ) AS `engagement_rate_followers__first`,
            SUM(
              IF(
                (
                  `t242`.`engagements` IS NOT NULL
                ) AND (
                  `t242`.`followers` IS NOT NULL
                ),
                `t242`.`followers`,
                NULL
              )
            ) AS `engagement_rate_followers__second`,
            AVG(`t242`.`er_reach_post`) AS `er_reach_post_mean`,
            APPROX_QUANTILES(`t242`.`er_reach_post`, 2)[offset(1)] AS `er_reach_post_median`,
            AVG(`t242`.`er_followers_post`) AS `er_followers_post_mean`,
            APPROX_QUANTILES(`t242`.`er_followers_post`, 2)[offset(1)] AS `er_followers_post_median`,
            SUM(
              IF(
                (
                  `t242`.`engagements` IS NOT NULL
                ) AND (
                  `t242`.`impressions` IS NOT NULL
                ),
                `t242`.`engagements`,
                NULL
              )
            ) AS `engagement_rate_impressions__first`,
            SUM(
              IF(
                (
                  `t242`.`engagements` IS NOT NULL
                ) AND (
                  `t242`.`impressions` IS NOT NULL
                ),
                `t242`.`impressions`,
                NULL
              )
            ) AS `engagement_rate_impressions__second`,
            AVG(`t242`.`er_impressions_post`) AS `er_impressions_post_mean`,
            APPROX_QUANTILES(`t242`.`er_impressions_post`, 2)[offset(1)] AS `er_impressions_post_median`,
            SUM(
              IF(
                (
                  `t242`.`engagements` IS NOT NULL
                ) AND (
                  `t242`.`views` IS NOT NULL
                ),
                `t242`.`engagements`,
                NULL
              )
            ) AS `engagement_rate_views__first`,
            SUM(
              IF(
                (
                  `t242`.`engagements` IS NOT NULL
                ) AND (
                  `t242`.`views` IS NOT NULL
                ),
                `t242`.`views`,
                NULL
              )
            ) AS `engagement_rate_views__second`,
            AVG(`t242`.`er_views_post`) AS `er_views_post_mean`,
            APPROX_QUANTILES(`t242`.`er_views_post`, 2)[offset(1)] AS `er_views_post_median`,
            SUM(`t242`.`clicks`) AS `clicks`,
            SUM(`t242`.`followers_gained`) AS `followers_gained`,
            SUM(
              IF(
                (
                  `t242`.`followers_gained` IS NOT NULL
                )
                AND (
                  `t242`.`followers_start` IS NOT NULL
                ),
                `t242`.`followers_gained`,
                NULL
              )
            ) AS `follower_growth_rate__first`,
            SUM(
              IF(
                (
                  `t242`.`followers_gained` IS NOT NULL
                )
                AND (
                  `t242`.`followers_start` IS NOT NULL
                ),
                `t242`.`followers_start`,
                NULL
              )
            ) AS `follower_growth_rate__second`,
            SUM(
              IF(
                (
                  `t242`.`followers_gained` IS NOT NULL
                )
                AND (
                  `t242`.`followers_expected_gain` IS NOT NULL
                ),
                `t242`.`followers_gained`,
                NULL
              )
            ) AS `followers_gained_above_trend__first`,
            SUM(
              IF(
                (
                  `t242`.`followers_gained` IS NOT NULL
                )
                AND (
                  `t242`.`followers_expected_gain` IS NOT NULL
                ),
                `t242`.`followers_expected_gain`,
                NULL
              )
            ) AS `followers_gained_above_trend__second`,
            SUM(`t242`.`brand_followers_gained`) AS `brand_followers_gained`,
            SUM(
              IF(
                (
                  `t242`.`brand_followers_gained` IS NOT NULL
                )
                AND (
                  `t242`.`brand_followers_start` IS NOT NULL
                ),
                `t242`.`brand_followers_gained`,
                NULL
              )
            ) AS `brand_follower_growth_rate__first`,
            SUM(
              IF(
                (
                  `t242`.`brand_followers_gained` IS NOT NULL
                )
                AND (
                  `t242`.`brand_followers_start` IS NOT NULL
                ),
                `t242`.`brand_followers_start`,
                NULL
              )
            ) AS `brand_follower_growth_rate__second`,
            SUM(
              IF(
                (
                  `t242`.`brand_followers_gained` IS NOT NULL
                )
                AND (
                  `t242`.`brand_followers_expected_gain` IS NOT NULL
                ),
                `t242`.`brand_followers_gained`,
                NULL
              )
            ) AS `brand_followers_gained_above_trend__first`,
            SUM(
              IF(
                (
                  `t242`.`brand_followers_gained` IS NOT NULL
                )
                AND (
                  `t242`.`brand_followers_expected_gain` IS NOT NULL
                ),
                `t242`.`brand_followers_expected_gain`,
                NULL
              )
            ) AS `brand_followers_gained_above_trend__second`,
            SUM(`t242`.`cost`) AS `cost`,
            SUM(`t242`.`sponsored_posts`) AS `sponsored_posts`,
            SUM(`t242`.`disclosed_sponsored_posts`) AS `disclosed_sponsored_posts`,
            SUM(`t242`.`emv`) AS `emv`,
            SUM(`t242`.`emv_authentic`) AS `emv_authentic`,
            SUM(`t242`.`paid_impressions`) AS `paid_impressions`,
            SUM(`t242`.`paid_clicks`) AS `paid_clicks`,
            SUM(`t242`.`paid_views`) AS `paid_views`,
            SUM(
              IF(
                (
                  `t242`.`impressions_with_estimates` IS NOT NULL
                )
                AND (
                  `t242`.`paid_impressions` IS NOT NULL
                ),
                `t242`.`impressions_with_estimates`,
                NULL
              )
            ) AS `impressions_vs_paid__first`,
            SUM(
              IF(
                (
                  `t242`.`impressions_with_estimates` IS NOT NULL
                )
                AND (
                  `t242`.`paid_impressions` IS NOT NULL
                ),
                `t242`.`paid_impressions`,
                NULL
              )
            ) AS `impressions_vs_paid__second`,
            SUM(
              IF(
                (
                  `t242`.`clicks` IS NOT NULL
                ) AND (
                  `t242`.`paid_clicks` IS NOT NULL
                ),
                `t242`.`clicks`,
                NULL
              )
            ) AS `clicks_vs_paid__first`,
            SUM(
              IF(
                (
                  `t242`.`clicks` IS NOT NULL
                ) AND (
                  `t242`.`paid_clicks` IS NOT NULL
                ),
                `t242`.`paid_clicks`,
                NULL
              )
            ) AS `clicks_vs_paid__second`,
            SUM(
              IF(
                (
                  `t242`.`views` IS NOT NULL
                ) AND (
                  `t242`.`paid_views` IS NOT NULL
                ),
                `t242`.`views`,
                NULL
              )
            ) AS `views_vs_paid__first`,
            SUM(
              IF(
                (
                  `t242`.`views` IS NOT NULL
                ) AND (
                  `t242`.`paid_views` IS NOT NULL
                ),
                `t242`.`paid_views`,
                NULL
              )
            ) AS `views_vs_paid__second`,
            BIT_OR(`t242`.`ranks__0`) AS `ranks__0`
          FROM `kpi_facts` AS `t242`
          GROUP BY
            1
        ) AS `t244`
      ) AS `t246`
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          `t185`.`campaign_id`,
          CAST(NULL AS FLOAT64) AS `key_messages`,
          CAST(NULL AS INT64) AS `platforms_selected`,
          CAST(NULL AS FLOAT64) AS `influencers_contacted`,
          CAST(NULL AS FLOAT64) AS `influencers_interested`,
          CAST(NULL AS INT64) AS `influencers_activated`,
          CAST(NULL AS FLOAT64) AS `products_sent`,
          CAST(NULL AS FLOAT64) AS `reach`,
          CAST(NULL AS FLOAT64) AS `impressions`,
          CAST(NULL AS FLOAT64) AS `views`,
          CAST(NULL AS FLOAT64) AS `impressions_with_estimates`,
          CAST(NULL AS FLOAT64) AS `reach_rate__first`,
          CAST(NULL AS FLOAT64) AS `reach_rate__second`,
          CAST(NULL AS FLOAT64) AS `brand_mentions`,
          CAST(NULL AS FLOAT64) AS `mentions`,
          CAST(NULL AS FLOAT64) AS `brand_mention_engagements`,
          CAST(NULL AS FLOAT64) AS `mention_engagements`,
          CAST(NULL AS FLOAT64) AS `key_message_posts`,
          CAST(NULL AS INT64) AS `posts`,
          CAST(NULL AS FLOAT64) AS `posts_contracted`,
          CAST(NULL AS INT64) AS `ugc_posts`,
          CAST(NULL AS FLOAT64) AS `likes`,
          CAST(NULL AS FLOAT64) AS `comments`,
          CAST(NULL AS FLOAT64) AS `shares`,
          CAST(NULL AS FLOAT64) AS `saves`,
          CAST(NULL AS FLOAT64) AS `engagements`,
          CAST(NULL AS FLOAT64) AS `engagement_rate_reach__first`,
          CAST(NULL AS FLOAT64) AS `engagement_rate_reach__second`,
          CAST(NULL AS FLOAT64) AS `engagement_rate_followers__first`,
          CAST(NULL AS FLOAT64) AS `engagement_rate_followers__second`,
          CAST(NULL AS FLOAT64) AS `er_reach_post_mean`,
          CAST(NULL AS FLOAT64) AS `er_reach_post_median`,
          CAST(NULL AS FLOAT64) AS `er_followers_post_mean`,
          CAST(NULL AS FLOAT64) AS `er_followers_post_median`,
          CAST(NULL AS FLOAT64) AS `engagement_rate_impressions__first`,
          CAST(NULL AS FLOAT64) AS `engagement_rate_impressions__second`,
          CAST(NULL AS FLOAT64) AS `er_impressions_post_mean`,
          CAST(NULL AS FLOAT64) AS `er_impressions_post_median`,
          CAST(NULL AS FLOAT64) AS `engagement_rate_views__first`,
          CAST(NULL AS FLOAT64) AS `engagement_rate_views__second`,
          CAST(NULL AS FLOAT64) AS `er_views_post_mean`,
          CAST(NULL AS FLOAT64) AS `er_views_post_median`,
          CAST(NULL AS FLOAT64) AS `clicks`,
          CAST(NULL AS FLOAT64) AS `followers_gained`,
          CAST(NULL AS FLOAT64) AS `follower_growth_rate__first`,
          CAST(NULL AS FLOAT64) AS `follower_growth_rate__second`,
          CAST(NULL AS FLOAT64) AS `followers_gained_above_trend__first`,
          CAST(NULL AS FLOAT64) AS `followers_gained_above_trend__second`,
          CAST(NULL AS FLOAT64) AS `brand_followers_gained`,
          CAST(NULL AS FLOAT64) AS `brand_follower_growth_rate__first`,
          CAST(NULL AS FLOAT64) AS `brand_follower_growth_rate__second`,
          CAST(NULL AS FLOAT64) AS `brand_followers_gained_above_trend__first`,
          CAST(NULL AS FLOAT64) AS `brand_followers_gained_above_trend__second`,
          CAST(NULL AS FLOAT64) AS `cost`,
          CAST(NULL AS FLOAT64) AS `sponsored_posts`,
          CAST(NULL AS FLOAT64) AS `disclosed_sponsored_posts`,
          CAST(NULL AS FLOAT64) AS `emv`,
          CAST(NULL AS FLOAT64) AS `emv_authentic`,
          CAST(NULL AS FLOAT64) AS `paid_impressions`,
          CAST(NULL AS FLOAT64) AS `paid_clicks`,
          CAST(NULL AS FLOAT64) AS `paid_views`,
          CAST(NULL AS FLOAT64) AS `impressions_vs_paid__first`,
          CAST(NULL AS FLOAT64) AS `impressions_vs_paid__second`,
          CAST(NULL AS FLOAT64) AS `clicks_vs_paid__first`,
          CAST(NULL AS FLOAT64) AS `clicks_vs_paid__second`,
          CAST(NULL AS FLOAT64) AS `views_vs_paid__first`,
          CAST(NULL AS FLOAT64) AS `views_vs_paid__second`,
          CAST(NULL AS INT64) AS `reach__provenance`,
          CAST(NULL AS INT64) AS `impressions__provenance`,
          CAST(NULL AS INT64) AS `views__provenance`,
          CAST(NULL AS INT64) AS `impressions_with_estimates__provenance`,
          CAST(NULL AS INT64) AS `reach_rate__pair__provenance`,
          CAST(NULL AS INT64) AS `likes__provenance`,
          CAST(NULL AS INT64) AS `comments__provenance`,
          CAST(NULL AS INT64) AS `shares__provenance`,
          CAST(NULL AS INT64) AS `saves__provenance`,
          CAST(NULL AS INT64) AS `engagements__provenance`,
          CAST(NULL AS INT64) AS `engagement_rate_reach__pair__provenance`,
          CAST(NULL AS INT64) AS `engagement_rate_followers__pair__provenance`,
          CAST(NULL AS INT64) AS `er_reach_post_mean__provenance`,
          CAST(NULL AS INT64) AS `er_followers_post_mean__provenance`,
          CAST(NULL AS INT64) AS `engagement_rate_impressions__pair__provenance`,
          CAST(NULL AS INT64) AS `er_impressions_post_mean__provenance`,
          CAST(NULL AS INT64) AS `engagement_rate_views__pair__provenance`,
          CAST(NULL AS INT64) AS `er_views_post_mean__provenance`,
          CAST(NULL AS INT64) AS `clicks__provenance`,
          CAST(NULL AS INT64) AS `followers_gained__provenance`,
          CAST(NULL AS INT64) AS `follower_growth_rate__pair__provenance`,
          CAST(NULL AS INT64) AS `followers_gained_above_trend__pair__provenance`,
          CAST(NULL AS INT64) AS `brand_followers_gained__provenance`,
          CAST(NULL AS INT64) AS `brand_follower_growth_rate__pair__provenance`,
          CAST(NULL AS INT64) AS `brand_followers_gained_above_trend__pair__provenance`,
          CAST(NULL AS INT64) AS `emv__provenance`,
          CAST(NULL AS INT64) AS `emv_authentic__provenance`,
          CAST(NULL AS INT64) AS `impressions_vs_paid__pair__provenance`,
          CAST(NULL AS INT64) AS `clicks_vs_paid__pair__provenance`,
          CAST(NULL AS INT64) AS `views_vs_paid__pair__provenance`,
          `t185`.`link_clicks`,
          `t185`.`unique_link_clicks`,
          `t185`.`bot_link_clicks`,
          `t185`.`sessions`,
          `t185`.`new_users`,
          `t185`.`bounced_sessions`,
          `t185`.`session_seconds`,
          `t185`.`page_views`,
          `t185`.`key_events`,
          `t185`.`orders`,
          `t185`.`revenue`,
          `t185`.`priced_orders`,
          `t185`.`new_customers`
        FROM (
          SELECT
            `t178`.`campaign_id`,
            SUM(`t178`.`link_clicks`) AS `link_clicks`,
            SUM(`t178`.`unique_link_clicks`) AS `unique_link_clicks`,
            SUM(`t178`.`bot_link_clicks`) AS `bot_link_clicks`,
            SUM(`t178`.`sessions`) AS `sessions`,
            SUM(`t178`.`new_users`) AS `new_users`,
            SUM(`t178`.`bounced_sessions`) AS `bounced_sessions`,
            SUM(`t178`.`session_seconds`) AS `session_seconds`,
            SUM(`t178`.`page_views`) AS `page_views`,
            SUM(`t178`.`key_events`) AS `key_events`,
            SUM(`t178`.`orders`) AS `orders`,
            SUM(`t178`.`revenue`) AS `revenue`,
            SUM(`t178`.`priced_orders`) AS `priced_orders`,
            SUM(`t178`.`new_customers`) AS `new_customers`
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
                    `t132`.`campaign_id`,
                    CAST(NULL AS INT64) AS `account_id`,
                    `t132`.`link_clicks`,
                    `t132`.`unique_link_clicks`,
                    `t132`.`bot_link_clicks`,
                    CAST(NULL AS FLOAT64) AS `sessions`,
                    CAST(NULL AS FLOAT64) AS `new_users`,
                    CAST(NULL AS FLOAT64) AS `bounced_sessions`,
                    CAST(NULL AS FLOAT64) AS `session_seconds`,
                    CAST(NULL AS FLOAT64) AS `page_views`,
                    CAST(NULL AS FLOAT64) AS `key_events`,
                    CAST(NULL AS FLOAT64) AS `orders`,
                    CAST(NULL AS FLOAT64) AS `priced_orders`,
                    CAST(NULL AS FLOAT64) AS `revenue`,
                    CAST(NULL AS FLOAT64) AS `new_customers`
                  FROM (
                    SELECT
                      `t121`.`campaign_id`,
                      `t121`.`link_clicks`,
                      `t121`.`unique_link_clicks`,
                      `t121`.`bot_link_clicks`,
                      CAST(`t15`.`name` AS STRING) AS `campaign`
                    FROM (
                      SELECT
                        `t95`.`campaign_id`,
                        SUM(`t95`.`link_clicks`) AS `link_clicks`,
                        SUM(`t95`.`unique_link_clicks`) AS `unique_link_clicks`,
                        SUM(`t95`.`bot_link_clicks`) AS `bot_link_clicks`
                      FROM (
                        SELECT
                          CAST(`t51`.`campaign_id` AS INT64) AS `campaign_id`,
                          CAST(`t51`.`influencer_id` AS INT64) AS `influencer_id`,
                          CAST(`t51`.`platform` AS STRING) AS `platform`,
                          DATE(`t50`.`clicked_at`) AS `day`,
                          CAST(IF(NOT (
                            `t50`.`is_bot`
                          ), 1, 0) AS FLOAT64) AS `link_clicks`,
                          CAST(IF(NOT (
                            `t50`.`is_bot`
                          ) AND `t50`.`is_unique`, 1, 0) AS FLOAT64) AS `unique_link_clicks`,
                          CAST(IF(`t50`.`is_bot`, 1, 0) AS FLOAT64) AS `bot_link_clicks`
                        FROM (
                          SELECT
                            *
                          FROM `click` AS `t3`
                          WHERE
                            `t3`.`clicked_at` <= DATETIME('2026-03-31T23:59:59')
                        ) AS `t50`
                        INNER JOIN (
                          SELECT
                            *
                          FROM `link` AS `t4`
                          WHERE
                            `t4`.`campaign_id` IN (1)
                        ) AS `t51`
                          ON `t50`.`link_id` = `t51`.`id`
                      ) AS `t95`
                      GROUP BY
                        1
                    ) AS `t121`
                    INNER JOIN `campaign` AS `t15`
                      ON `t121`.`campaign_id` = `t15`.`id`
                  ) AS `t132`
                ) AS `t137`
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    `t110`.`campaign_id`,
                    CAST(NULL AS INT64) AS `account_id`,
                    CAST(NULL AS FLOAT64) AS `link_clicks`,
                    CAST(NULL AS FLOAT64) AS `unique_link_clicks`,
                    CAST(NULL AS FLOAT64) AS `bot_link_clicks`,
                    `t110`.`sessions`,
                    `t110`.`new_users`,
                    `t110`.`bounced_sessions`,
                    `t110`.`session_seconds`,
                    `t110`.`page_views`,
                    `t110`.`key_events`,
                    CAST(NULL AS FLOAT64) AS `orders`,
                    CAST(NULL AS FLOAT64) AS `priced_orders`,
                    CAST(NULL AS FLOAT64) AS `revenue`,
                    CAST(NULL AS FLOAT64) AS `new_customers`
                  FROM (
                    SELECT
                      `t89`.`campaign_id`,
                      `t89`.`sessions`,
                      `t89`.`new_users`,
                      `t89`.`engaged_sessions`,
                      `t89`.`bounced_sessions`,
                      `t89`.`session_seconds`,
                      `t89`.`page_views`,
                      `t89`.`key_events`,
                      CAST(`t15`.`name` AS STRING) AS `campaign`
                    FROM (
                      SELECT
                        `t49`.`campaign_id`,
                        SUM(`t49`.`sessions`) AS `sessions`,
                        SUM(`t49`.`new_users`) AS `new_users`,
                        SUM(`t49`.`engaged_sessions`) AS `engaged_sessions`,
                        SUM(`t49`.`bounced_sessions`) AS `bounced_sessions`,
                        SUM(`t49`.`session_seconds`) AS `session_seconds`,
                        SUM(`t49`.`page_views`) AS `page_views`,
                        SUM(`t49`.`key_events`) AS `key_events`
                      FROM (
                        SELECT
                          CAST(`t2`.`campaign_id` AS INT64) AS `campaign_id`,
                          CAST(`t2`.`influencer_id` AS INT64) AS `influencer_id`,
                          LOWER(`t2`.`utm_source`) AS `platform`,
                          `t2`.`day`,
                          CAST(`t2`.`sessions` AS FLOAT64) AS `sessions`,
                          CAST(`t2`.`new_users` AS FLOAT64) AS `new_users`,
                          CAST(`t2`.`engaged_sessions` AS FLOAT64) AS `engaged_sessions`,
                          CAST(`t2`.`sessions` - `t2`.`engaged_sessions` AS FLOAT64) AS `bounced_sessions`,
                          CAST(`t2`.`duration_seconds` AS FLOAT64) AS `session_seconds`,
                          CAST(`t2`.`page_views` AS FLOAT64) AS `page_views`,
                          CAST(`t2`.`key_events` AS FLOAT64) AS `key_events`
                        FROM `web_traffic` AS `t2`
                        WHERE
                          `t2`.`campaign_id` IN (1)
                          AND `t2`.`day` <= DATE(2026, 3, 31)
                          AND `t2`.`campaign_id` IS NOT NULL
                      ) AS `t49`
                      GROUP BY
                        1
                    ) AS `t89`
                    INNER JOIN `campaign` AS `t15`
                      ON `t89`.`campaign_id` = `t15`.`id`
                  ) AS `t110`
                ) AS `t120`
              ) AS `t139`
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  `t119`.`campaign_id`,
                  CAST(NULL AS INT64) AS `account_id`,
                  CAST(NULL AS FLOAT64) AS `link_clicks`,
                  CAST(NULL AS FLOAT64) AS `unique_link_clicks`,
                  CAST(NULL AS FLOAT64) AS `bot_link_clicks`,
                  CAST(NULL AS FLOAT64) AS `sessions`,
                  CAST(NULL AS FLOAT64) AS `new_users`,
                  CAST(NULL AS FLOAT64) AS `bounced_sessions`,
                  CAST(NULL AS FLOAT64) AS `session_seconds`,
                  CAST(NULL AS FLOAT64) AS `page_views`,
                  CAST(NULL AS FLOAT64) AS `key_events`,
                  `t119`.`orders`,
                  `t119`.`priced_orders`,
                  `t119`.`revenue`,
                  `t119`.`new_customers`
                FROM (
                  SELECT
                    `t100`.`campaign_id`,
                    `t100`.`orders`,
                    `t100`.`priced_orders`,
                    `t100`.`revenue`,
                    `t100`.`new_customers`,
                    CAST(`t15`.`name` AS STRING) AS `campaign`
                  FROM (
                    SELECT
                      `t68`.`campaign_id`,
                      SUM(`t68`.`orders`) AS `orders`,
                      SUM(`t68`.`priced_orders`) AS `priced_orders`,
                      SUM(`t68`.`revenue`) AS `revenue`,
                      SUM(`t68`.`new_customers`) AS `new_customers`
                    FROM (
                      SELECT
                        CAST(`t1`.`campaign_id` AS INT64) AS `campaign_id`,
                        CAST(`t1`.`influencer_id` AS INT64) AS `influencer_id`,
                        `t1`.`platform`,
                        `t1`.`ordered_on` AS `day`,
                        CAST(IF(NOT (
                          `t1`.`reversed`
                        ), 1, 0) AS FLOAT64) AS `orders`,
                        CAST(IF(NOT (
                          `t1`.`reversed`
                        ) AND (
                          `t1`.`campaign_revenue` IS NOT NULL
                        ), 1, 0) AS FLOAT64) AS `priced_orders`,
                        IF(NOT (
                          `t1`.`reversed`
                        ), CAST(`t1`.`campaign_revenue` AS FLOAT64), 0) AS `revenue`,
                        CAST(IF(NOT (
                          `t1`.`reversed`
                        ) AND COALESCE(`t1`.`new_customer`, FALSE), 1, 0) AS FLOAT64) AS `new_customers`
                      FROM `order_attribution` AS `t1`
                      WHERE
                        `t1`.`campaign_id` IN (1) AND `t1`.`ordered_on` <= DATE(2026, 3, 31)
                    ) AS `t68`
                    GROUP BY
                      1
                  ) AS `t100`
                  INNER JOIN `campaign` AS `t15`
                    ON `t100`.`campaign_id` = `t15`.`id`
                ) AS `t119`
              ) AS `t128`
            ) AS `t146`
            WHERE
              `t146`.`campaign_id` IN (1)
              AND (
                (
                  `t146`.`bot_link_clicks` IS NOT NULL
                )
                OR (
                  `t146`.`bounced_sessions` IS NOT NULL
                )
                OR (
                  `t146`.`key_events` IS NOT NULL
                )
                OR (
                  `t146`.`link_clicks` IS NOT NULL
                )
                OR (
                  `t146`.`new_customers` IS NOT NULL
                )
                OR (
                  `t146`.`new_users` IS NOT NULL
                )
                OR (
                  `t146`.`orders` IS NOT NULL
                )
                OR (
                  `t146`.`page_views` IS NOT NULL
                )
                OR (
                  `t146`.`priced_orders` IS NOT NULL
                )
                OR (
                  `t146`.`revenue` IS NOT NULL
                )
                OR (
                  `t146`.`session_seconds` IS NOT NULL
                )
                OR (
                  `t146`.`sessions` IS NOT NULL
                )
                OR (
                  `t146`.`unique_link_clicks` IS NOT NULL
                )
              )
          ) AS `t178`
          GROUP BY
            1
        ) AS `t185`
      ) AS `t191`
    ) AS `t247`
    GROUP BY
      1
  ) AS `t250`
  LEFT OUTER JOIN (
    SELECT
      `t252`.`campaign_id`,
      `t252`.`er_reach_account_mean`,
      `t252`.`er_reach_account_median`,
      `t252`.`er_followers_account_mean`,
      `t252`.`er_followers_account_median`,
      `t252`.`er_impressions_account_mean`,
      `t252`.`er_impressions_account_median`,
      `t252`.`er_views_account_mean`,
      `t252`.`er_views_account_median`,
      IF((
        (
          `t252`.`ranks__0` >> 0
        ) & 3
      ) >= 2, 2, (
        `t252`.`ranks__0` >> 0
      ) & 3) AS `er_reach_account_mean__provenance`,
      IF((
        (
          `t252`.`ranks__0` >> 2
        ) & 3
      ) >= 2, 2, (
        `t252`.`ranks__0` >> 2
      ) & 3) AS `er_reach_account_median__provenance`,
      IF((
        (
          `t252`.`ranks__0` >> 4
        ) & 3
      ) >= 2, 2, (
        `t252`.`ranks__0` >> 4
      ) & 3) AS `er_followers_account_mean__provenance`,
      IF((
        (
          `t252`.`ranks__0` >> 6
        ) & 3
      ) >= 2, 2, (
        `t252`.`ranks__0` >> 6
      ) & 3) AS `er_followers_account_median__provenance`,
      IF((
        (
          `t252`.`ranks__0` >> 8
        ) & 3
      ) >= 2, 2, (
        `t252`.`ranks__0` >> 8
      ) & 3) AS `er_impressions_account_mean__provenance`,
      IF(
        (
          (
            `t252`.`ranks__0` >> 10
          ) & 3
        ) >= 2,
        2,
        (
          `t252`.`ranks__0` >> 10
        ) & 3
      ) AS `er_impressions_account_median__provenance`,
      IF(
        (
          (
            `t252`.`ranks__0` >> 12
          ) & 3
        ) >= 2,
        2,
        (
          `t252`.`ranks__0` >> 12
        ) & 3
      ) AS `er_views_account_mean__provenance`,
      IF(
        (
          (
            `t252`.`ranks__0` >> 14
          ) & 3
        ) >= 2,
        2,
        (
          `t252`.`ranks__0` >> 14
        ) & 3
      ) AS `er_views_account_median__provenance`
    FROM (
      SELECT
        `t251`.`campaign_id`,
        AVG(`t251`.`er_reach_account_mean`) AS `er_reach_account_mean`,
        APPROX_QUANTILES(`t251`.`er_reach_account_median`, 2)[offset(1)] AS `er_reach_account_median`,
        AVG(`t251`.`er_followers_account_mean`) AS `er_followers_account_mean`,
        APPROX_QUANTILES(`t251`.`er_followers_account_median`, 2)[offset(1)] AS `er_followers_account_median`,
        AVG(`t251`.`er_impressions_account_mean`) AS `er_impressions_account_mean`,
        APPROX_QUANTILES(`t251`.`er_impressions_account_median`, 2)[offset(1)] AS `er_impressions_account_median`,
        AVG(`t251`.`er_views_account_mean`) AS `er_views_account_mean`,
        APPROX_QUANTILES(`t251`.`er_views_account_median`, 2)[offset(1)] AS `er_views_account_median`,
        BIT_OR(`t251`.`ranks__0`) AS `ranks__0`
      FROM (
        SELECT
          `t248`.`campaign_id`,
          `t248`.`account_id`,
          `t248`.`engagements__per__reach__n`,
          `t248`.`engagements__per__reach__d`,
          `t248`.`engagements__per__followers__n`,
          `t248`.`engagements__per__followers__d`,
          `t248`.`engagements__per__impressions__n`,
          `t248`.`engagements__per__impressions__d`,
          `t248`.`engagements__per__views__n`,
          `t248`.`engagements__per__views__d`,
          `t248`.`engagements__per__reach__r`,
          `t248`.`engagements__per__followers__r`,
          `t248`.`engagements__per__impressions__r`,
          `t248`.`engagements__per__views__r`,
          `t248`.`er_reach_account_mean`,
          `t248`.`er_reach_account_median`,
          `t248`.`er_followers_account_mean`,
          `t248`.`er_followers_account_median`,
          `t248`.`er_impressions_account_mean`,
          `t248`.`er_impressions_account_median`,
          `t248`.`er_views_account_mean`,
          `t248`.`er_views_account_median`,
          (
            IF(
              `t248`.`er_reach_account_mean` IS NOT NULL,
              COALESCE(`t248`.`engagements__per__reach__r`, 0),
              0
            ) << 0
          ) | (
            IF(
              `t248`.`er_reach_account_median` IS NOT NULL,
              COALESCE(`t248`.`engagements__per__reach__r`, 0),
              0
            ) << 2
          ) | (
            IF(
              `t248`.`er_followers_account_mean` IS NOT NULL,
              COALESCE(`t248`.`engagements__per__followers__r`, 0),
              0
            ) << 4
          ) | (
            IF(
              `t248`.`er_followers_account_median` IS NOT NULL,
              COALESCE(`t248`.`engagements__per__followers__r`, 0),
              0
            ) << 6
          ) | (
            IF(
              `t248`.`er_impressions_account_mean` IS NOT NULL,
              COALESCE(`t248`.`engagements__per__impressions__r`, 0),
              0
            ) << 8
          ) | (
            IF(
              `t248`.`er_impressions_account_median` IS NOT NULL,
              COALESCE(`t248`.`engagements__per__impressions__r`, 0),
              0
            ) << 10
          ) | (
            IF(
              `t248`.`er_views_account_mean` IS NOT NULL,
              COALESCE(`t248`.`engagements__per__views__r`, 0),
              0
            ) << 12
          ) | (
            IF(
              `t248`.`er_views_account_median` IS NOT NULL,
              COALESCE(`t248`.`engagements__per__views__r`, 0),
              0
            ) << 14
          ) AS `ranks__0`
        FROM (
          SELECT
            `t245`.`campaign_id`,
            `t245`.`account_id`,
            `t245`.`engagements__per__reach__n`,
            `t245`.`engagements__per__reach__d`,
            `t245`.`engagements__per__followers__n`,
            `t245`.`engagements__per__followers__d`,
            `t245`.`engagements__per__impressions__n`,
            `t245`.`engagements__per__impressions__d`,
            `t245`.`engagements__per__views__n`,
            `t245`.`engagements__per__views__d`,
            IF(
              (
                (
                  `t245`.`ranks__0` >> 20
                ) & 3
              ) >= 2,
              2,
              (
                `t245`.`ranks__0` >> 20
              ) & 3
            ) AS `engagements__per__reach__r`,
            IF(
              (
                (
                  `t245`.`ranks__0` >> 22
                ) & 3
              ) >= 2,
              2,
              (
                `t245`.`ranks__0` >> 22
              ) & 3
            ) AS `engagements__per__followers__r`,
            IF(
              (
                (
                  `t245`.`ranks__0` >> 28
                ) & 3
              ) >= 2,
              2,
              (
                `t245`.`ranks__0` >> 28
              ) & 3
            ) AS `engagements__per__impressions__r`,
            IF(
              (
                (
                  `t245`.`ranks__0` >> 32
                ) & 3
              ) >= 2,
              2,
              (
                `t245`.`ranks__0` >> 32
              ) & 3
            ) AS `engagements__per__views__r`,
            ieee_divide(
              `t245`.`engagements__per__reach__n`,
              NULLIF(`t245`.`engagements__per__reach__d`, 0)
            ) * 100 AS `er_reach_account_mean`,
            ieee_divide(
              `t245`.`engagements__per__reach__n`,
              NULLIF(`t245`.`engagements__per__reach__d`, 0)
            ) * 100 AS `er_reach_account_median`,
            ieee_divide(
              `t245`.`engagements__per__followers__n`,
              NULLIF(`t245`.`engagements__per__followers__d`, 0)
            ) * 100 AS `er_followers_account_mean`,
            ieee_divide(
              `t245`.`engagements__per__followers__n`,
              NULLIF(`t245`.`engagements__per__followers__d`, 0)
            ) * 100 AS `er_followers_account_median`,
            ieee_divide(
              `t245`.`engagements__per__impressions__n`,
              NULLIF(`t245`.`engagements__per__impressions__d`, 0)
            ) * 100 AS `er_impressions_account_mean`,
            ieee_divide(
              `t245`.`engagements__per__impressions__n`,
              NULLIF(`t245`.`engagements__per__impressions__d`, 0)
            ) * 100 AS `er_impressions_account_median`,
            ieee_divide(
              `t245`.`engagements__per__views__n`,
              NULLIF(`t245`.`engagements__per__views__d`, 0)
            ) * 100 AS `er_views_account_mean`,
            ieee_divide(
              `t245`.`engagements__per__views__n`,
              NULLIF(`t245`.`engagements__per__views__d`, 0)
            ) * 100 AS `er_views_account_median`
          FROM (
            SELECT
              `t243`.`campaign_id`,
              `t243`.`account_id`,
              SUM(
                IF(
                  (
                    `t243`.`engagements` IS NOT NULL
                  ) AND (
                    `t243`.`reach` IS NOT NULL
                  ),
                  `t243`.`engagements`,
                  NULL
                )
              ) AS `engagements__per__reach__n`,
              SUM(
                IF(
                  (
                    `t243`.`engagements` IS NOT NULL
                  ) AND (
                    `t243`.`reach` IS NOT NULL
                  ),
                  `t243`.`reach`,
                  NULL
                )
              ) AS `engagements__per__reach__d`,
              SUM(
                IF(
                  (
                    `t243`.`engagements` IS NOT NULL
                  ) AND (
                    `t243`.`followers` IS NOT NULL
                  ),
                  `t243`.`engagements`,
                  NULL
                )
              ) AS `engagements__per__followers__n`,
              SUM(
                IF(
                  (
                    `t243`.`engagements` IS NOT NULL
                  ) AND (
                    `t243`.`followers` IS NOT NULL
                  ),
                  `t243`.`followers`,
                  NULL
                )
              ) AS `engagements__per__followers__d`,
              SUM(
                IF(
                  (
                    `t243`.`engagements` IS NOT NULL
                  ) AND (
                    `t243`.`impressions` IS NOT NULL
                  ),
                  `t243`.`engagements`,
                  NULL
                )
              ) AS `engagements__per__impressions__n`,
              SUM(
                IF(
                  (
                    `t243`.`engagements` IS NOT NULL
                  ) AND (
                    `t243`.`impressions` IS NOT NULL
                  ),
                  `t243`.`impressions`,
                  NULL
                )
              ) AS `engagements__per__impressions__d`,
              SUM(
                IF(
                  (
                    `t243`.`engagements` IS NOT NULL
                  ) AND (
                    `t243`.`views` IS NOT NULL
                  ),
                  `t243`.`engagements`,
                  NULL
                )
              ) AS `engagements__per__views__n`,
              SUM(
                IF(
                  (
                    `t243`.`engagements` IS NOT NULL
                  ) AND (
                    `t243`.`views` IS NOT NULL
                  ),
                  `t243`.`views`,
                  NULL
                )
              ) AS `engagements__per__views__d`,
              BIT_OR(`t243`.`ranks__0`) AS `ranks__0`
            FROM (
              SELECT
                *
              FROM `kpi_facts` AS `t242`
              WHERE
                `t242`.`account_id` IS NOT NULL
            ) AS `t243`
            GROUP BY
              1,
              2
          ) AS `t245`
        ) AS `t248`
      ) AS `t251`
      GROUP BY
        1
    ) AS `t252`
  ) AS `t254`
    ON `t250`.`campaign_id` IS NOT DISTINCT FROM `t254`.`campaign_id`
  LEFT OUTER JOIN (
    SELECT
      CAST(`t0`.`id` AS INT64) AS `campaign_id`,
      CAST(`t0`.`name` AS STRING) AS `campaign`
    FROM `campaign` AS `t0`
  ) AS `t42`
    ON `t250`.`campaign_id` = `t42`.`campaign_id`
) AS `t255`
ORDER BY
  `t255`.`campaign_id` ASC NULLS LAST,
  `t255`.`campaign` ASC NULLS LAST
