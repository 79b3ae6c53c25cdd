WITH `t26` AS (
  SELECT
    *
  FROM `campaign` AS `t0`
  WHERE
    `t0`.`id` IN (1)
), `t66` AS (
  SELECT
    *
  FROM (
    SELECT
      `t2`.`base`,
      `t2`.`quote`,
      `t2`.`valid_on`,
      CAST(`t2`.`rate` AS DOUBLE) AS `rate`
    FROM `exchange_rate` AS `t2`
  ) AS `t28`
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      `t2`.`quote` AS `base`,
      `t2`.`base` AS `quote`,
      `t2`.`valid_on`,
      CAST(1 AS DOUBLE) / NULLIF(CAST(`t2`.`rate` AS DOUBLE), 0) AS `rate`
    FROM `exchange_rate` AS `t2`
  ) AS `t63`
), `t83` AS (
  SELECT
    CAST(`t57`.`id` AS BIGINT) AS `key`,
    CAST(`t57`.`currency` AS STRING) AS `base`,
    CAST(`t15`.`currency` AS STRING) AS `quote`,
    UNIX_TIMESTAMP(CAST(CAST(`t57`.`incurred_on` AS TIMESTAMP) AS TIMESTAMP)) AS `on`,
    CAST(`t57`.`campaign_id` AS BIGINT) AS `campaign_id`,
    CAST(`t15`.`name` AS STRING) AS `campaign`,
    CAST(`t57`.`influencer_id` AS BIGINT) AS `influencer_id`,
    CAST(`t57`.`amount` AS DOUBLE) AS `amount`,
    `t57`.`incurred_on`
  FROM (
    SELECT
      *
    FROM `cost` AS `t12`
    WHERE
      `t12`.`campaign_id` IN (1)
  ) AS `t57`
  INNER JOIN `campaign` AS `t15`
    ON `t57`.`campaign_id` = `t15`.`id`
), `campaign_posts_in` AS (
  SELECT
    CAST(`t53`.`campaign_id` AS BIGINT) AS `campaign_id`,
    CAST(`t16`.`name` AS STRING) AS `campaign`,
    CAST(`t49`.`id` AS BIGINT) AS `influencer_id`,
    CAST(`t49`.`name` AS STRING) AS `influencer`,
    CAST(`t21`.`id` AS BIGINT) AS `account_id`,
    CAST(`t21`.`platform` AS STRING) AS `platform`,
    CAST(`t53`.`format` AS STRING) AS `format`,
    CAST(`t53`.`id` AS BIGINT) AS `post_id`,
    `t53`.`published_on` AS `day`,
    `t49`.`country`,
    CAST(`t53`.`caption` AS STRING) AS `caption`,
    `t53`.`sponsored`
  FROM (
    SELECT
      *
    FROM `post` AS `t10`
    WHERE
      `t10`.`campaign_id` IS NOT NULL AND `t10`.`campaign_id` IN (1)
  ) AS `t53`
  INNER JOIN `account` AS `t21`
    ON `t53`.`account_id` = `t21`.`id`
  INNER JOIN (
    SELECT
      *
    FROM `influencer` AS `t5`
    WHERE
      NOT (
        `t5`.`is_brand`
      )
  ) AS `t49`
    ON `t21`.`influencer_id` = `t49`.`id`
  INNER JOIN `campaign` AS `t16`
    ON `t53`.`campaign_id` = `t16`.`id`
), `t128` AS (
  SELECT
    CAST(`t103`.`post_id` AS BIGINT) AS `post_id`,
    MAX_BY(
      IF(`t103`.`metric` = 'reach', `t103`.`value`, NULL),
      IF(
        `t103`.`metric` = 'reach',
        (
          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t103`.`captured_at`) * 16
        ) + (
          15 - CASE `t103`.`provenance`
            WHEN 'measured'
            THEN 0
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
      IF(`t103`.`metric` = 'impressions', `t103`.`value`, NULL),
      IF(
        `t103`.`metric` = 'impressions',
        (
          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t103`.`captured_at`) * 16
        ) + (
          15 - CASE `t103`.`provenance`
            WHEN 'measured'
            THEN 0
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
      IF(`t103`.`metric` = 'views', `t103`.`value`, NULL),
      IF(
        `t103`.`metric` = 'views',
        (
          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t103`.`captured_at`) * 16
        ) + (
          15 - CASE `t103`.`provenance`
            WHEN 'measured'
            THEN 0
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
      IF(`t103`.`metric` = 'likes', `t103`.`value`, NULL),
      IF(
        `t103`.`metric` = 'likes',
        (
          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t103`.`captured_at`) * 16
        ) + (
          15 - CASE `t103`.`provenance`
            WHEN 'measured'
            THEN 0
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
      IF(`t103`.`metric` = 'comments', `t103`.`value`, NULL),
      IF(
        `t103`.`metric` = 'comments',
        (
          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t103`.`captured_at`) * 16
        ) + (
          15 - CASE `t103`.`provenance`
            WHEN 'measured'
            THEN 0
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
      IF(`t103`.`metric` = 'shares', `t103`.`value`, NULL),
      IF(
        `t103`.`metric` = 'shares',
        (
          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t103`.`captured_at`) * 16
        ) + (
          15 - CASE `t103`.`provenance`
            WHEN 'measured'
            THEN 0
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
      IF(`t103`.`metric` = 'saves', `t103`.`value`, NULL),
      IF(
        `t103`.`metric` = 'saves',
        (
          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t103`.`captured_at`) * 16
        ) + (
          15 - CASE `t103`.`provenance`
            WHEN 'measured'
            THEN 0
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
      IF(`t103`.`metric` = 'clicks', `t103`.`value`, NULL),
      IF(
        `t103`.`metric` = 'clicks',
        (
          DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t103`.`captured_at`) * 16
        ) + (
          15 - CASE `t103`.`provenance`
            WHEN 'measured'
            THEN 0
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
        CASE `t103`.`provenance`
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
        `t55`.`in_scope`
      FROM `metric_snapshot` AS `t23`
      INNER JOIN (
        SELECT
          `t10`.`id` AS `in_scope`
        FROM `post` AS `t10`
        WHERE
          `t10`.`campaign_id` IS NOT NULL AND `t10`.`campaign_id` IN (1)
      ) AS `t55`
        ON `t23`.`post_id` = `t55`.`in_scope`
    ) AS `t81`
    WHERE
      `t81`.`captured_at` <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
  ) AS `t103`
  GROUP BY
    1
), `t167` AS (
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
      `t65`.`followers`,
      `t65`.`at`,
      `t65`.`rank`
    FROM (
      SELECT
        `t127`.`campaign_id`,
        CAST(`t15`.`name` AS STRING) AS `campaign`,
        CAST(`t18`.`id` AS BIGINT) AS `influencer_id`,
        CAST(`t18`.`name` AS STRING) AS `influencer`,
        `t127`.`account_id`,
        CAST(`t22`.`platform` AS STRING) AS `platform`,
        `t127`.`is_brand`,
        `t15`.`end_date` AS `day`,
        UNIX_TIMESTAMP(CAST(CAST(`t15`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start_at`,
        UNIX_TIMESTAMP(CAST(CAST(`t15`.`end_date` AS TIMESTAMP) AS TIMESTAMP)) + 86400 AS `end_at`
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
        ) AS `t115`
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            CAST(`t60`.`id` AS BIGINT) AS `campaign_id`,
            CAST(`t22`.`id` AS BIGINT) AS `account_id`,
            TRUE AS `is_brand`
          FROM `t26` AS `t60`
          INNER JOIN (
            SELECT
              *
            FROM `influencer` AS `t5`
            WHERE
              `t5`.`is_brand`
          ) AS `t32`
            ON `t32`.`workspace_id` = `t60`.`workspace_id`
          INNER JOIN `account` AS `t22`
            ON `t22`.`influencer_id` = `t32`.`id`
        ) AS `t85`
      ) AS `t127`
      INNER JOIN `campaign` AS `t15`
        ON `t127`.`campaign_id` = `t15`.`id`
      INNER JOIN `account` AS `t22`
        ON `t127`.`account_id` = `t22`.`id`
      INNER JOIN `influencer` AS `t18`
        ON `t22`.`influencer_id` = `t18`.`id`
    ) AS `t149`
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
    ) AS `t65`
      ON `t149`.`account_id` = `t65`.`account_id`
  ) AS `t166`
  WHERE
    `t166`.`at` <= `t166`.`end_at`
), `post_rows` AS (
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
    `t201`.`country`,
    `t201`.`caption`,
    `t201`.`sponsored`,
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
    COALESCE(
      COALESCE(`t201`.`impressions`, `t201`.`views`),
      `t201`.`reach` * COALESCE(
        SUM(
          IF(
            `t201`.`impressions` IS NOT NULL
            AND NOT ISNAN(`t201`.`impressions`)
            AND (
              `t201`.`reach` IS NOT NULL AND NOT ISNAN(`t201`.`reach`)
            ),
            `t201`.`impressions`,
            NULL
          )
        ) OVER (
          PARTITION BY `t201`.`campaign_id`, `t201`.`platform`
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) / NULLIF(
          SUM(
            IF(
              `t201`.`impressions` IS NOT NULL
              AND NOT ISNAN(`t201`.`impressions`)
              AND (
                `t201`.`reach` IS NOT NULL AND NOT ISNAN(`t201`.`reach`)
              ),
              `t201`.`reach`,
              NULL
            )
          ) OVER (
            PARTITION BY `t201`.`campaign_id`, `t201`.`platform`
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ),
          0
        ),
        CAST(1 AS DOUBLE)
      )
    ) AS `impressions_with_estimates`,
    IF(
      COALESCE(
        COALESCE(`t201`.`impressions`, `t201`.`views`),
        `t201`.`reach` * COALESCE(
          SUM(
            IF(
              `t201`.`impressions` IS NOT NULL
              AND NOT ISNAN(`t201`.`impressions`)
              AND (
                `t201`.`reach` IS NOT NULL AND NOT ISNAN(`t201`.`reach`)
              ),
              `t201`.`impressions`,
              NULL
            )
          ) OVER (
            PARTITION BY `t201`.`campaign_id`, `t201`.`platform`
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ) / NULLIF(
            SUM(
              IF(
                `t201`.`impressions` IS NOT NULL
                AND NOT ISNAN(`t201`.`impressions`)
                AND (
                  `t201`.`reach` IS NOT NULL AND NOT ISNAN(`t201`.`reach`)
                ),
                `t201`.`reach`,
                NULL
              )
            ) OVER (
              PARTITION BY `t201`.`campaign_id`, `t201`.`platform`
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ),
            0
          ),
          CAST(1 AS DOUBLE)
        )
      ) IS NOT NULL
      AND NOT ISNAN(
        COALESCE(
          COALESCE(`t201`.`impressions`, `t201`.`views`),
          `t201`.`reach` * COALESCE(
            SUM(
              IF(
                `t201`.`impressions` IS NOT NULL
                AND NOT ISNAN(`t201`.`impressions`)
                AND (
                  `t201`.`reach` IS NOT NULL AND NOT ISNAN(`t201`.`reach`)
                ),
                `t201`.`impressions`,
                NULL
              )
            ) OVER (
              PARTITION BY `t201`.`campaign_id`, `t201`.`platform`
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) / NULLIF(
              SUM(
                IF(
                  `t201`.`impressions` IS NOT NULL
                  AND NOT ISNAN(`t201`.`impressions`)
                  AND (
                    `t201`.`reach` IS NOT NULL AND NOT ISNAN(`t201`.`reach`)
                  ),
                  `t201`.`reach`,
                  NULL
                )
              ) OVER (
                PARTITION BY `t201`.`campaign_id`, `t201`.`platform`
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              ),
              0
            ),
            CAST(1 AS DOUBLE)
          )
        )
      ),
      IF(
        `t201`.`impressions` IS NOT NULL AND NOT ISNAN(`t201`.`impressions`),
        `t201`.`impressions__provenance`,
        2
      ),
      CAST(NULL AS BIGINT)
    ) AS `impressions_with_estimates__provenance`,
    (
      `t201`.`engagements` / NULLIF(`t201`.`reach`, 0)
    ) * 100 AS `er_reach_post`,
    (
      `t201`.`engagements` / NULLIF(`t201`.`followers`, 0)
    ) * 100 AS `er_followers_post`,
    (
      `t201`.`engagements` / NULLIF(`t201`.`impressions`, 0)
    ) * 100 AS `er_impressions_post`,
    (
      `t201`.`engagements` / NULLIF(`t201`.`views`, 0)
    ) * 100 AS `er_views_post`,
    NULLIF(
      GREATEST(
        COALESCE(`t201`.`engagements__provenance`, -1),
        COALESCE(`t201`.`reach__provenance`, -1)
      ),
      -1
    ) AS `er_reach_post__provenance`,
    NULLIF(
      GREATEST(
        COALESCE(`t201`.`engagements__provenance`, -1),
        COALESCE(`t201`.`followers__provenance`, -1)
      ),
      -1
    ) AS `er_followers_post__provenance`,
    NULLIF(
      GREATEST(
        COALESCE(`t201`.`engagements__provenance`, -1),
        COALESCE(`t201`.`impressions__provenance`, -1)
      ),
      -1
    ) AS `er_impressions_post__provenance`,
    NULLIF(
      GREATEST(
        COALESCE(`t201`.`engagements__provenance`, -1),
        COALESCE(`t201`.`views__provenance`, -1)
      ),
      -1
    ) AS `er_views_post__provenance`,
    `t201`.`platform` AS `post_platform`,
    `t201`.`influencer_id` AS `publishing_influencer`,
    CAST(IF(`t201`.`sponsored`, 1, 0) AS DOUBLE) AS `sponsored_posts`,
    CAST(IF(
      `t201`.`sponsored`
      AND CASE
        WHEN UPPER(`t201`.`country`) = 'FR'
        THEN CONTAINS(LOWER(`t201`.`caption`), 'publicité')
        OR CONTAINS(LOWER(`t201`.`caption`), 'publicite')
        OR CONTAINS(LOWER(`t201`.`caption`), 'collaboration commerciale')
        WHEN UPPER(`t201`.`country`) = 'BE'
        THEN CONTAINS(LOWER(`t201`.`caption`), 'publicité')
        OR CONTAINS(LOWER(`t201`.`caption`), 'publicite')
        OR CONTAINS(LOWER(`t201`.`caption`), 'collaboration commerciale')
        OR CONTAINS(LOWER(`t201`.`caption`), '#pub')
        OR CONTAINS(LOWER(`t201`.`caption`), 'reclame')
        OR CONTAINS(LOWER(`t201`.`caption`), '#ad')
        OR CONTAINS(LOWER(`t201`.`caption`), 'samenwerking')
        WHEN UPPER(`t201`.`country`) = 'DE'
        THEN CONTAINS(LOWER(`t201`.`caption`), 'werbung')
        OR CONTAINS(LOWER(`t201`.`caption`), 'anzeige')
        WHEN UPPER(`t201`.`country`) = 'ES'
        THEN CONTAINS(LOWER(`t201`.`caption`), 'publicidad')
        OR CONTAINS(LOWER(`t201`.`caption`), '#publi')
        OR CONTAINS(LOWER(`t201`.`caption`), 'patrocinado')
        OR CONTAINS(LOWER(`t201`.`caption`), 'colaboración pagada')
        WHEN UPPER(`t201`.`country`) = 'IT'
        THEN CONTAINS(LOWER(`t201`.`caption`), 'pubblicità')
        OR CONTAINS(LOWER(`t201`.`caption`), '#adv')
        OR CONTAINS(LOWER(`t201`.`caption`), 'sponsorizzato')
        OR CONTAINS(LOWER(`t201`.`caption`), '#sponsored')
        WHEN UPPER(`t201`.`country`) = 'GB'
        THEN CONTAINS(LOWER(`t201`.`caption`), '#ad')
        OR CONTAINS(LOWER(`t201`.`caption`), 'advert')
        OR CONTAINS(LOWER(`t201`.`caption`), 'advertisement')
        WHEN UPPER(`t201`.`country`) = 'US'
        THEN CONTAINS(LOWER(`t201`.`caption`), '#ad')
        OR CONTAINS(LOWER(`t201`.`caption`), '#sponsored')
        OR CONTAINS(LOWER(`t201`.`caption`), 'advertisement')
        OR CONTAINS(LOWER(`t201`.`caption`), 'paid partnership')
        ELSE CONTAINS(LOWER(`t201`.`caption`), '#ad')
        OR CONTAINS(LOWER(`t201`.`caption`), '#sponsored')
        OR CONTAINS(LOWER(`t201`.`caption`), 'paid partnership')
        OR CONTAINS(LOWER(`t201`.`caption`), 'advertisement')
      END,
      1,
      0
    ) AS DOUBLE) AS `disclosed_sponsored_posts`
  FROM (
    SELECT
      `t194`.`campaign_id`,
      `t194`.`campaign`,
      `t194`.`influencer_id`,
      `t194`.`influencer`,
      `t194`.`account_id`,
      `t194`.`platform`,
      `t194`.`format`,
      `t194`.`post_id`,
      `t194`.`day`,
      `t194`.`country`,
      `t194`.`caption`,
      `t194`.`sponsored`,
      `t194`.`reach`,
      `t194`.`impressions`,
      `t194`.`views`,
      `t194`.`likes`,
      `t194`.`comments`,
      `t194`.`shares`,
      `t194`.`saves`,
      `t194`.`clicks`,
      `t194`.`reach__provenance`,
      `t194`.`impressions__provenance`,
      `t194`.`views__provenance`,
      `t194`.`likes__provenance`,
      `t194`.`comments__provenance`,
      `t194`.`shares__provenance`,
      `t194`.`saves__provenance`,
      `t194`.`clicks__provenance`,
      `t194`.`followers`,
      `t194`.`followers__provenance`,
      IF(
        (
          `t194`.`likes` IS NOT NULL AND NOT ISNAN(`t194`.`likes`)
        )
        OR (
          `t194`.`comments` IS NOT NULL AND NOT ISNAN(`t194`.`comments`)
        )
        OR (
          `t194`.`shares` IS NOT NULL AND NOT ISNAN(`t194`.`shares`)
        )
        OR (
          `t194`.`saves` IS NOT NULL AND NOT ISNAN(`t194`.`saves`)
        ),
        CAST(0 AS DOUBLE) + COALESCE(`t194`.`likes`, 0) + COALESCE(`t194`.`comments`, 0) + COALESCE(`t194`.`shares`, 0) + COALESCE(`t194`.`saves`, 0),
        CAST(NULL AS DOUBLE)
      ) AS `engagements`,
      NULLIF(
        GREATEST(
          COALESCE(`t194`.`likes__provenance`, -1),
          COALESCE(`t194`.`comments__provenance`, -1),
          COALESCE(`t194`.`shares__provenance`, -1),
          COALESCE(`t194`.`saves__provenance`, -1)
        ),
        -1
      ) AS `engagements__provenance`
    FROM (
      SELECT
        `t102`.`campaign_id`,
        `t102`.`campaign`,
        `t102`.`influencer_id`,
        `t102`.`influencer`,
        `t102`.`account_id`,
        `t102`.`platform`,
        `t102`.`format`,
        `t102`.`post_id`,
        `t102`.`day`,
        `t102`.`country`,
        `t102`.`caption`,
        `t102`.`sponsored`,
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
        `t150`.`followers`,
        `t150`.`followers__provenance`
      FROM `campaign_posts_in` AS `t102`
      LEFT OUTER JOIN (
        SELECT
          `t134`.`post_id`,
          `t134`.`reach`,
          `t134`.`impressions`,
          `t134`.`views`,
          `t134`.`likes`,
          `t134`.`comments`,
          `t134`.`shares`,
          `t134`.`saves`,
          `t134`.`clicks`,
          IF(
            `t134`.`reach` IS NULL OR ISNAN(`t134`.`reach`),
            CAST(NULL AS BIGINT),
            IF(
              `t177`.`mixed_post` IS NULL,
              CASE `t134`.`seen` WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END,
              15 - (
                `t177`.`reach` % 16
              )
            )
          ) AS `reach__provenance`,
          IF(
            `t134`.`impressions` IS NULL OR ISNAN(`t134`.`impressions`),
            CAST(NULL AS BIGINT),
            IF(
              `t177`.`mixed_post` IS NULL,
              CASE `t134`.`seen` WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END,
              15 - (
                `t177`.`impressions` % 16
              )
            )
          ) AS `impressions__provenance`,
          IF(
            `t134`.`views` IS NULL OR ISNAN(`t134`.`views`),
            CAST(NULL AS BIGINT),
            IF(
              `t177`.`mixed_post` IS NULL,
              CASE `t134`.`seen` WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END,
              15 - (
                `t177`.`views` % 16
              )
            )
          ) AS `views__provenance`,
          IF(
            `t134`.`likes` IS NULL OR ISNAN(`t134`.`likes`),
            CAST(NULL AS BIGINT),
            IF(
              `t177`.`mixed_post` IS NULL,
              CASE `t134`.`seen` WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END,
              15 - (
                `t177`.`likes` % 16
              )
            )
          ) AS `likes__provenance`,
          IF(
            `t134`.`comments` IS NULL OR ISNAN(`t134`.`comments`),
            CAST(NULL AS BIGINT),
            IF(
              `t177`.`mixed_post` IS NULL,
              CASE `t134`.`seen` WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END,
              15 - (
                `t177`.`comments` % 16
              )
            )
          ) AS `comments__provenance`,
          IF(
            `t134`.`shares` IS NULL OR ISNAN(`t134`.`shares`),
            CAST(NULL AS BIGINT),
            IF(
              `t177`.`mixed_post` IS NULL,
              CASE `t134`.`seen` WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END,
              15 - (
                `t177`.`shares` % 16
              )
            )
          ) AS `shares__provenance`,
          IF(
            `t134`.`saves` IS NULL OR ISNAN(`t134`.`saves`),
            CAST(NULL AS BIGINT),
            IF(
              `t177`.`mixed_post` IS NULL,
              CASE `t134`.`seen` WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END,
              15 - (
                `t177`.`saves` % 16
              )
            )
          ) AS `saves__provenance`,
          IF(
            `t134`.`clicks` IS NULL OR ISNAN(`t134`.`clicks`),
            CAST(NULL AS BIGINT),
            IF(
              `t177`.`mixed_post` IS NULL,
              CASE `t134`.`seen` WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END,
              15 - (
                `t177`.`clicks` % 16
              )
            )
          ) AS `clicks__provenance`
        FROM `t128` AS `t134`
        LEFT OUTER JOIN (
          SELECT
            CAST(`t163`.`post_id` AS BIGINT) AS `mixed_post`,
            MAX(
              IF(
                `t163`.`metric` = 'reach',
                (
                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t163`.`captured_at`) * 16
                ) + (
                  15 - CASE `t163`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
                `t163`.`metric` = 'impressions',
                (
                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t163`.`captured_at`) * 16
                ) + (
                  15 - CASE `t163`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
                `t163`.`metric` = 'views',
                (
                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t163`.`captured_at`) * 16
                ) + (
                  15 - CASE `t163`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
                `t163`.`metric` = 'likes',
                (
                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t163`.`captured_at`) * 16
                ) + (
                  15 - CASE `t163`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
                `t163`.`metric` = 'comments',
                (
                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t163`.`captured_at`) * 16
                ) + (
                  15 - CASE `t163`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
                `t163`.`metric` = 'shares',
                (
                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t163`.`captured_at`) * 16
                ) + (
                  15 - CASE `t163`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
                `t163`.`metric` = 'saves',
                (
                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t163`.`captured_at`) * 16
                ) + (
                  15 - CASE `t163`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
                `t163`.`metric` = 'clicks',
                (
                  DATEDIFF(SECOND, CAST('1970-01-01T00:00:00' AS TIMESTAMP), `t163`.`captured_at`) * 16
                ) + (
                  15 - CASE `t163`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
                    `t129`.`post_id`
                  FROM `t128` AS `t129`
                  WHERE
                    NOT (
                      `t129`.`seen` IN (1, 2, 4)
                    )
                )
            ) AS `t151`
            WHERE
              `t151`.`captured_at` <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
          ) AS `t163`
          GROUP BY
            1
        ) AS `t177`
          ON `t134`.`post_id` = `t177`.`mixed_post`
      ) AS `t189`
        ON `t102`.`post_id` = `t189`.`post_id`
      LEFT OUTER JOIN (
        SELECT
          CAST(`t54`.`post_id` AS BIGINT) AS `post_id`,
          `t120`.`followers`,
          `t120`.`rank` AS `followers__provenance`
        FROM (
          SELECT
            `t10`.`id` AS `post_id`,
            `t10`.`account_id`,
            `t10`.`published_at`
          FROM `post` AS `t10`
          WHERE
            `t10`.`campaign_id` IS NOT NULL AND `t10`.`campaign_id` IN (1)
        ) AS `t54`
        INNER JOIN (
          SELECT
            `t80`.`account_id`,
            CAST(`t80`.`followers` AS DOUBLE) AS `followers`,
            CASE `t80`.`provenance`
              WHEN 'measured'
              THEN 0
              WHEN 'self_reported'
              THEN 1
              WHEN 'estimated'
              THEN 2
              ELSE 2
            END AS `rank`,
            `t80`.`captured_at` AS `since`,
            LEAD(`t80`.`captured_at`) OVER (PARTITION BY `t80`.`account_id` ORDER BY `t80`.`captured_at` ASC NULLS LAST) AS `until`,
            (
              ROW_NUMBER() OVER (PARTITION BY `t80`.`account_id` ORDER BY `t80`.`captured_at` ASC NULLS LAST) - 1
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
                    `t10`.`campaign_id` IS NOT NULL AND `t10`.`campaign_id` IN (1)
                )
            ) AS `t64`
            WHERE
              `t64`.`captured_at` <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
          ) AS `t80`
        ) AS `t120`
          ON `t54`.`account_id` = `t120`.`account_id`
          AND (
            (
              (
                `t120`.`since` <= `t54`.`published_at`
              )
              AND (
                (
                  `t120`.`until` IS NULL
                ) OR (
                  `t54`.`published_at` < `t120`.`until`
                )
              )
            )
            OR (
              `t120`.`first` AND (
                `t54`.`published_at` < `t120`.`since`
              )
            )
          )
      ) AS `t150`
        ON `t102`.`post_id` = `t150`.`post_id`
    ) AS `t194`
  ) AS `t201`
), `kpi_facts` AS (
  SELECT
    `t246`.`campaign_id`,
    `t246`.`account_id`,
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
    `t246`.`link_clicks`,
    `t246`.`unique_link_clicks`,
    `t246`.`bot_link_clicks`,
    `t246`.`sessions`,
    `t246`.`new_users`,
    `t246`.`bounced_sessions`,
    `t246`.`session_seconds`,
    `t246`.`page_views`,
    `t246`.`key_events`,
    `t246`.`orders`,
    `t246`.`revenue`,
    `t246`.`new_customers`,
    `t246`.`key_messages`,
    `t246`.`emv`,
    `t246`.`emv__provenance`,
    `t246`.`emv_authentic`,
    `t246`.`emv_authentic__provenance`,
    (
      `t246`.`cost` / (
        CASE
          WHEN `t246`.`platform` = 'tiktok'
          THEN 7.5
          WHEN `t246`.`platform` = 'youtube'
          THEN 3.53
          ELSE 19.8
        END * `t246`.`paid_rate`
      )
    ) * 1000 AS `paid_impressions`,
    `t246`.`cost` / (
      CASE
        WHEN `t246`.`platform` = 'tiktok'
        THEN CAST(NULL AS DOUBLE)
        WHEN `t246`.`platform` = 'youtube'
        THEN CAST(NULL AS DOUBLE)
        ELSE 1.88
      END * `t246`.`paid_rate`
    ) AS `paid_clicks`,
    `t246`.`cost` / (
      CASE WHEN `t246`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t246`.`paid_rate`
    ) AS `paid_views`,
    DATE_TRUNC('week', `t246`.`day`) AS `week`
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
      `t244`.`link_clicks`,
      `t244`.`unique_link_clicks`,
      `t244`.`bot_link_clicks`,
      `t244`.`sessions`,
      `t244`.`new_users`,
      `t244`.`engaged_sessions`,
      `t244`.`bounced_sessions`,
      `t244`.`session_seconds`,
      `t244`.`page_views`,
      `t244`.`key_events`,
      `t244`.`orders`,
      `t244`.`revenue`,
      `t244`.`new_customers`,
      `t244`.`key_messages`,
      `t244`.`emv_rate`,
      `t244`.`inauthentic_share`,
      `t244`.`emv`,
      `t244`.`emv__provenance`,
      `t244`.`emv_authentic`,
      `t244`.`emv_authentic__provenance`,
      `t157`.`paid_rate`
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
        `t241`.`link_clicks`,
        `t241`.`unique_link_clicks`,
        `t241`.`bot_link_clicks`,
        `t241`.`sessions`,
        `t241`.`new_users`,
        `t241`.`engaged_sessions`,
        `t241`.`bounced_sessions`,
        `t241`.`session_seconds`,
        `t241`.`page_views`,
        `t241`.`key_events`,
        `t241`.`orders`,
        `t241`.`revenue`,
        `t241`.`new_customers`,
        `t241`.`key_messages`,
        `t241`.`emv_rate`,
        `t241`.`inauthentic_share`,
        IF(
          (
            `t241`.`post_id` IS NOT NULL
          )
          AND (
            (
              (
                (
                  COALESCE(`t241`.`impressions`, `t241`.`views`) * CASE WHEN `t241`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                ) / 1000
              ) IS NOT NULL
              AND NOT ISNAN(
                (
                  COALESCE(`t241`.`impressions`, `t241`.`views`) * CASE WHEN `t241`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                ) / 1000
              )
            )
            OR (
              (
                CASE
                  WHEN `t241`.`platform` = 'instagram'
                  THEN 0.07
                  WHEN `t241`.`platform` = 'tiktok'
                  THEN 0.09
                  WHEN `t241`.`platform` = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE)
                END * `t241`.`likes`
              ) IS NOT NULL
              AND NOT ISNAN(
                CASE
                  WHEN `t241`.`platform` = 'instagram'
                  THEN 0.07
                  WHEN `t241`.`platform` = 'tiktok'
                  THEN 0.09
                  WHEN `t241`.`platform` = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE)
                END * `t241`.`likes`
              )
            )
            OR (
              (
                CASE
                  WHEN `t241`.`platform` = 'instagram'
                  THEN 3.46
                  WHEN `t241`.`platform` = 'tiktok'
                  THEN 3.52
                  WHEN `t241`.`platform` = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE)
                END * `t241`.`comments`
              ) IS NOT NULL
              AND NOT ISNAN(
                CASE
                  WHEN `t241`.`platform` = 'instagram'
                  THEN 3.46
                  WHEN `t241`.`platform` = 'tiktok'
                  THEN 3.52
                  WHEN `t241`.`platform` = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE)
                END * `t241`.`comments`
              )
            )
            OR (
              (
                CASE WHEN `t241`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t241`.`shares`
              ) IS NOT NULL
              AND NOT ISNAN(
                CASE WHEN `t241`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t241`.`shares`
              )
            )
          ),
          (
            COALESCE(
              (
                COALESCE(`t241`.`impressions`, `t241`.`views`) * CASE WHEN `t241`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
              ) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN `t241`.`platform` = 'instagram'
                THEN 0.07
                WHEN `t241`.`platform` = 'tiktok'
                THEN 0.09
                WHEN `t241`.`platform` = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE)
              END * `t241`.`likes`,
              0
            ) + COALESCE(
              CASE
                WHEN `t241`.`platform` = 'instagram'
                THEN 3.46
                WHEN `t241`.`platform` = 'tiktok'
                THEN 3.52
                WHEN `t241`.`platform` = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE)
              END * `t241`.`comments`,
              0
            ) + COALESCE(
              CASE WHEN `t241`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t241`.`shares`,
              0
            )
          ) * `t241`.`emv_rate`,
          CAST(NULL AS DOUBLE)
        ) AS `emv`,
        NULLIF(
          GREATEST(
            COALESCE(`t241`.`impressions__provenance`, -1),
            COALESCE(`t241`.`views__provenance`, -1),
            COALESCE(`t241`.`engagements__provenance`, -1)
          ),
          -1
        ) AS `emv__provenance`,
        IF(
          (
            `t241`.`post_id` IS NOT NULL
          )
          AND (
            (
              (
                (
                  COALESCE(`t241`.`impressions`, `t241`.`views`) * CASE WHEN `t241`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                ) / 1000
              ) IS NOT NULL
              AND NOT ISNAN(
                (
                  COALESCE(`t241`.`impressions`, `t241`.`views`) * CASE WHEN `t241`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                ) / 1000
              )
            )
            OR (
              (
                CASE
                  WHEN `t241`.`platform` = 'instagram'
                  THEN 0.07
                  WHEN `t241`.`platform` = 'tiktok'
                  THEN 0.09
                  WHEN `t241`.`platform` = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE)
                END * `t241`.`likes`
              ) IS NOT NULL
              AND NOT ISNAN(
                CASE
                  WHEN `t241`.`platform` = 'instagram'
                  THEN 0.07
                  WHEN `t241`.`platform` = 'tiktok'
                  THEN 0.09
                  WHEN `t241`.`platform` = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE)
                END * `t241`.`likes`
              )
            )
            OR (
              (
                CASE
                  WHEN `t241`.`platform` = 'instagram'
                  THEN 3.46
                  WHEN `t241`.`platform` = 'tiktok'
                  THEN 3.52
                  WHEN `t241`.`platform` = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE)
                END * `t241`.`comments`
              ) IS NOT NULL
              AND NOT ISNAN(
                CASE
                  WHEN `t241`.`platform` = 'instagram'
                  THEN 3.46
                  WHEN `t241`.`platform` = 'tiktok'
                  THEN 3.52
                  WHEN `t241`.`platform` = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE)
                END * `t241`.`comments`
              )
            )
            OR (
              (
                CASE WHEN `t241`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t241`.`shares`
              ) IS NOT NULL
              AND NOT ISNAN(
                CASE WHEN `t241`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t241`.`shares`
              )
            )
          ),
          (
            COALESCE(
              (
                COALESCE(`t241`.`impressions`, `t241`.`views`) * CASE WHEN `t241`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
              ) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN `t241`.`platform` = 'instagram'
                THEN 0.07
                WHEN `t241`.`platform` = 'tiktok'
                THEN 0.09
                WHEN `t241`.`platform` = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE)
              END * `t241`.`likes`,
              0
            ) + COALESCE(
              CASE
                WHEN `t241`.`platform` = 'instagram'
                THEN 3.46
                WHEN `t241`.`platform` = 'tiktok'
                THEN 3.52
                WHEN `t241`.`platform` = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE)
              END * `t241`.`comments`,
              0
            ) + COALESCE(
              CASE WHEN `t241`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t241`.`shares`,
              0
            )
          ) * `t241`.`emv_rate` * (
            1 - COALESCE(`t241`.`inauthentic_share`, 0)
          ),
          CAST(NULL AS DOUBLE)
        ) AS `emv_authentic`,
        NULLIF(
          GREATEST(
            COALESCE(
              NULLIF(
                GREATEST(
                  COALESCE(`t241`.`impressions__provenance`, -1),
                  COALESCE(`t241`.`views__provenance`, -1),
                  COALESCE(`t241`.`engagements__provenance`, -1)
                ),
                -1
              ),
              -1
            ),
            COALESCE(IF(`t241`.`inauthentic_share` > 0, 2, CAST(NULL AS BIGINT)), -1)
          ),
          -1
        ) AS `emv_authentic__provenance`
      FROM (
        SELECT
          `t239`.`campaign_id`,
          `t239`.`campaign`,
          `t239`.`influencer_id`,
          `t239`.`influencer`,
          `t239`.`account_id`,
          `t239`.`platform`,
          `t239`.`format`,
          `t239`.`post_id`,
          `t239`.`day`,
          `t239`.`reach`,
          `t239`.`impressions`,
          `t239`.`views`,
          `t239`.`likes`,
          `t239`.`comments`,
          `t239`.`shares`,
          `t239`.`saves`,
          `t239`.`clicks`,
          `t239`.`reach__provenance`,
          `t239`.`impressions__provenance`,
          `t239`.`views__provenance`,
          `t239`.`likes__provenance`,
          `t239`.`comments__provenance`,
          `t239`.`shares__provenance`,
          `t239`.`saves__provenance`,
          `t239`.`clicks__provenance`,
          `t239`.`followers`,
          `t239`.`followers__provenance`,
          `t239`.`engagements`,
          `t239`.`engagements__provenance`,
          `t239`.`impressions_with_estimates`,
          `t239`.`impressions_with_estimates__provenance`,
          `t239`.`er_reach_post`,
          `t239`.`er_followers_post`,
          `t239`.`er_impressions_post`,
          `t239`.`er_views_post`,
          `t239`.`er_reach_post__provenance`,
          `t239`.`er_followers_post__provenance`,
          `t239`.`er_impressions_post__provenance`,
          `t239`.`er_views_post__provenance`,
          `t239`.`post_platform`,
          `t239`.`publishing_influencer`,
          `t239`.`sponsored_posts`,
          `t239`.`disclosed_sponsored_posts`,
          `t239`.`cost`,
          `t239`.`key_message_posts`,
          `t239`.`ugc_post`,
          `t239`.`mentions`,
          `t239`.`brand_mentions`,
          `t239`.`mention_engagements`,
          `t239`.`brand_mention_engagements`,
          `t239`.`followers_start`,
          `t239`.`followers_gained`,
          `t239`.`followers_expected_gain`,
          `t239`.`followers_start__provenance`,
          `t239`.`followers_gained__provenance`,
          `t239`.`followers_expected_gain__provenance`,
          `t239`.`brand_followers_start`,
          `t239`.`brand_followers_gained`,
          `t239`.`brand_followers_expected_gain`,
          `t239`.`brand_followers_start__provenance`,
          `t239`.`brand_followers_gained__provenance`,
          `t239`.`brand_followers_expected_gain__provenance`,
          `t239`.`influencers_contacted`,
          `t239`.`influencers_interested`,
          `t239`.`posts_contracted`,
          `t239`.`products_sent`,
          `t239`.`link_clicks`,
          `t239`.`unique_link_clicks`,
          `t239`.`bot_link_clicks`,
          `t239`.`sessions`,
          `t239`.`new_users`,
          `t239`.`engaged_sessions`,
          `t239`.`bounced_sessions`,
          `t239`.`session_seconds`,
          `t239`.`page_views`,
          `t239`.`key_events`,
          `t239`.`orders`,
          `t239`.`revenue`,
          `t239`.`new_customers`,
          `t239`.`key_messages`,
          `t239`.`emv_rate`,
          `t27`.`inauthentic_share`
        FROM (
          SELECT
            `t236`.`campaign_id`,
            `t236`.`campaign`,
            `t236`.`influencer_id`,
            `t236`.`influencer`,
            `t236`.`account_id`,
            `t236`.`platform`,
            `t236`.`format`,
            `t236`.`post_id`,
            `t236`.`day`,
            `t236`.`reach`,
            `t236`.`impressions`,
            `t236`.`views`,
            `t236`.`likes`,
            `t236`.`comments`,
            `t236`.`shares`,
            `t236`.`saves`,
            `t236`.`clicks`,
            `t236`.`reach__provenance`,
            `t236`.`impressions__provenance`,
            `t236`.`views__provenance`,
            `t236`.`likes__provenance`,
            `t236`.`comments__provenance`,
            `t236`.`shares__provenance`,
            `t236`.`saves__provenance`,
            `t236`.`clicks__provenance`,
            `t236`.`followers`,
            `t236`.`followers__provenance`,
            `t236`.`engagements`,
            `t236`.`engagements__provenance`,
            `t236`.`impressions_with_estimates`,
            `t236`.`impressions_with_estimates__provenance`,
            `t236`.`er_reach_post`,
            `t236`.`er_followers_post`,
            `t236`.`er_impressions_post`,
            `t236`.`er_views_post`,
            `t236`.`er_reach_post__provenance`,
            `t236`.`er_followers_post__provenance`,
            `t236`.`er_impressions_post__provenance`,
            `t236`.`er_views_post__provenance`,
            `t236`.`post_platform`,
            `t236`.`publishing_influencer`,
            `t236`.`sponsored_posts`,
            `t236`.`disclosed_sponsored_posts`,
            `t236`.`cost`,
            `t236`.`key_message_posts`,
            `t236`.`ugc_post`,
            `t236`.`mentions`,
            `t236`.`brand_mentions`,
            `t236`.`mention_engagements`,
            `t236`.`brand_mention_engagements`,
            `t236`.`followers_start`,
            `t236`.`followers_gained`,
            `t236`.`followers_expected_gain`,
            `t236`.`followers_start__provenance`,
            `t236`.`followers_gained__provenance`,
            `t236`.`followers_expected_gain__provenance`,
            `t236`.`brand_followers_start`,
            `t236`.`brand_followers_gained`,
            `t236`.`brand_followers_expected_gain`,
            `t236`.`brand_followers_start__provenance`,
            `t236`.`brand_followers_gained__provenance`,
            `t236`.`brand_followers_expected_gain__provenance`,
            `t236`.`influencers_contacted`,
            `t236`.`influencers_interested`,
            `t236`.`posts_contracted`,
            `t236`.`products_sent`,
            `t236`.`link_clicks`,
            `t236`.`unique_link_clicks`,
            `t236`.`bot_link_clicks`,
            `t236`.`sessions`,
            `t236`.`new_users`,
            `t236`.`engaged_sessions`,
            `t236`.`bounced_sessions`,
            `t236`.`session_seconds`,
            `t236`.`page_views`,
            `t236`.`key_events`,
            `t236`.`orders`,
            `t236`.`revenue`,
            `t236`.`new_customers`,
            `t236`.`key_messages`,
            `t158`.`emv_rate`
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
                                `t224`.`campaign_id`,
                                `t224`.`campaign`,
                                `t224`.`influencer_id`,
                                `t224`.`influencer`,
                                `t224`.`account_id`,
                                `t224`.`platform`,
                                `t224`.`format`,
                                `t224`.`post_id`,
                                `t224`.`day`,
                                `t224`.`reach`,
                                `t224`.`impressions`,
                                `t224`.`views`,
                                `t224`.`likes`,
                                `t224`.`comments`,
                                `t224`.`shares`,
                                `t224`.`saves`,
                                `t224`.`clicks`,
                                `t224`.`reach__provenance`,
                                `t224`.`impressions__provenance`,
                                `t224`.`views__provenance`,
                                `t224`.`likes__provenance`,
                                `t224`.`comments__provenance`,
                                `t224`.`shares__provenance`,
                                `t224`.`saves__provenance`,
                                `t224`.`clicks__provenance`,
                                `t224`.`followers`,
                                CAST(`t224`.`followers__provenance` AS BIGINT) AS `followers__provenance`,
                                `t224`.`engagements`,
                                `t224`.`engagements__provenance`,
                                `t224`.`impressions_with_estimates`,
                                `t224`.`impressions_with_estimates__provenance`,
                                `t224`.`er_reach_post`,
                                `t224`.`er_followers_post`,
                                `t224`.`er_impressions_post`,
                                `t224`.`er_views_post`,
                                `t224`.`er_reach_post__provenance`,
                                `t224`.`er_followers_post__provenance`,
                                `t224`.`er_impressions_post__provenance`,
                                `t224`.`er_views_post__provenance`,
                                `t224`.`post_platform`,
                                CAST(`t224`.`publishing_influencer` AS DOUBLE) AS `publishing_influencer`,
                                `t224`.`sponsored_posts`,
                                `t224`.`disclosed_sponsored_posts`,
                                `t224`.`cost`,
                                `t224`.`key_message_posts`,
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
                                  `t218`.`campaign_id`,
                                  `t218`.`campaign`,
                                  `t218`.`influencer_id`,
                                  `t218`.`influencer`,
                                  `t218`.`account_id`,
                                  `t218`.`platform`,
                                  `t218`.`format`,
                                  `t218`.`post_id`,
                                  `t218`.`day`,
                                  `t218`.`country`,
                                  `t218`.`caption`,
                                  `t218`.`sponsored`,
                                  `t218`.`reach`,
                                  `t218`.`impressions`,
                                  `t218`.`views`,
                                  `t218`.`likes`,
                                  `t218`.`comments`,
                                  `t218`.`shares`,
                                  `t218`.`saves`,
                                  `t218`.`clicks`,
                                  `t218`.`reach__provenance`,
                                  `t218`.`impressions__provenance`,
                                  `t218`.`views__provenance`,
                                  `t218`.`likes__provenance`,
                                  `t218`.`comments__provenance`,
                                  `t218`.`shares__provenance`,
                                  `t218`.`saves__provenance`,
                                  `t218`.`clicks__provenance`,
                                  `t218`.`followers`,
                                  `t218`.`followers__provenance`,
                                  `t218`.`engagements`,
                                  `t218`.`engagements__provenance`,
                                  `t218`.`impressions_with_estimates`,
                                  `t218`.`impressions_with_estimates__provenance`,
                                  `t218`.`er_reach_post`,
                                  `t218`.`er_followers_post`,
                                  `t218`.`er_impressions_post`,
                                  `t218`.`er_views_post`,
                                  `t218`.`er_reach_post__provenance`,
                                  `t218`.`er_followers_post__provenance`,
                                  `t218`.`er_impressions_post__provenance`,
                                  `t218`.`er_views_post__provenance`,
                                  `t218`.`post_platform`,
                                  `t218`.`publishing_influencer`,
                                  `t218`.`sponsored_posts`,
                                  `t218`.`disclosed_sponsored_posts`,
                                  `t218`.`cost`,
                                  `t223`.`key_message_posts`
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
                                    `t196`.`cost`
                                  FROM `post_rows` AS `t208`
                                  LEFT OUTER JOIN (
                                    SELECT
                                      `t102`.`post_id`,
                                      `t190`.`cost`
                                    FROM `campaign_posts_in` AS `t102`
                                    INNER JOIN (
                                      SELECT
                                        `t180`.`campaign_id`,
                                        `t180`.`influencer_id`,
                                        SUM(`t180`.`share`) AS `cost`
                                      FROM (
                                        SELECT
                                          `t176`.`campaign_id`,
                                          `t176`.`influencer_id`,
                                          `t176`.`amount` / `t114`.`n_posts` AS `share`
                                        FROM (
                                          SELECT
                                            `t105`.`campaign_id`,
                                            `t105`.`campaign`,
                                            `t105`.`influencer_id`,
                                            `t105`.`incurred_on`,
                                            `t105`.`amount` * `t165`.`rate` AS `amount`
                                          FROM `t83` AS `t105`
                                          LEFT OUTER JOIN (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                `t97`.`key`,
                                                CAST(1 AS DOUBLE) AS `rate`
                                              FROM `t83` AS `t97`
                                              WHERE
                                                `t97`.`base` = `t97`.`quote`
                                            ) AS `t113`
                                            UNION ALL
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                `t146`.`key`,
                                                `t146`.`rate`
                                              FROM (
                                                SELECT
                                                  `t122`.`key`,
                                                  `t122`.`on`,
                                                  `t122`.`rate`,
                                                  `t122`.`valid`,
                                                  ROW_NUMBER() OVER (
                                                    PARTITION BY `t122`.`key`
                                                    ORDER BY IF(`t122`.`valid` <= `t122`.`on`, 0, 1) ASC NULLS LAST, ABS(`t122`.`valid` - `t122`.`on`) ASC NULLS LAST
                                                  ) - 1 AS `order`
                                                FROM (
                                                  SELECT
                                                    `t105`.`key`,
                                                    `t105`.`on`,
                                                    `t76`.`rate`,
                                                    UNIX_TIMESTAMP(CAST(CAST(`t76`.`valid_on` AS TIMESTAMP) AS TIMESTAMP)) AS `valid`
                                                  FROM `t83` AS `t105`
                                                  INNER JOIN `t66` AS `t76`
                                                    ON `t105`.`base` = `t76`.`base` AND `t105`.`quote` = `t76`.`quote`
                                                ) AS `t122`
                                              ) AS `t146`
                                              WHERE
                                                `t146`.`order` = 0
                                            ) AS `t156`
                                          ) AS `t165`
                                            ON `t105`.`key` = `t165`.`key`
                                        ) AS `t176`
                                        INNER JOIN (
                                          SELECT
                                            `t94`.`campaign_id`,
                                            `t94`.`influencer_id`,
                                            COUNT(`t94`.`post_id`) AS `n_posts`
                                          FROM `campaign_posts_in` AS `t94`
                                          GROUP BY
                                            1,
                                            2
                                        ) AS `t114`
                                          ON `t176`.`campaign_id` = `t114`.`campaign_id`
                                          AND `t176`.`influencer_id` = `t114`.`influencer_id`
                                      ) AS `t180`
                                      GROUP BY
                                        1,
                                        2
                                    ) AS `t190`
                                      ON `t190`.`campaign_id` = `t102`.`campaign_id`
                                      AND `t190`.`influencer_id` = `t102`.`influencer_id`
                                  ) AS `t196`
                                    ON `t208`.`post_id` = `t196`.`post_id`
                                ) AS `t218`
                                LEFT OUTER JOIN (
                                  SELECT
                                    `t219`.`post_id`,
                                    MAX(
                                      CAST(IF(CONTAINS(LOWER(`t219`.`caption`), LOWER(`t219`.`message`)), 1, 0) AS DOUBLE)
                                    ) AS `key_message_posts`
                                  FROM (
                                    SELECT
                                      `t213`.`campaign_id`,
                                      `t213`.`post_id`,
                                      `t213`.`caption`,
                                      `t86`.`message`
                                    FROM (
                                      SELECT
                                        `t207`.`campaign_id`,
                                        `t207`.`post_id`,
                                        `t207`.`caption`
                                      FROM `post_rows` AS `t207`
                                    ) AS `t213`
                                    INNER JOIN (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST(`t0`.`id` AS BIGINT) AS `campaign_id`,
                                          EXPLODE(SPLIT(`t0`.`key_messages`, '\n')) AS `message`
                                        FROM `campaign` AS `t0`
                                      ) AS `t46`
                                      WHERE
                                        LENGTH(`t46`.`message`) > 0
                                    ) AS `t86`
                                      ON `t213`.`campaign_id` = `t86`.`campaign_id`
                                  ) AS `t219`
                                  GROUP BY
                                    1
                                ) AS `t223`
                                  ON `t218`.`post_id` = `t223`.`post_id`
                              ) AS `t224`
                            ) AS `t225`
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                `t220`.`campaign_id`,
                                `t220`.`campaign`,
                                CAST(NULL AS BIGINT) AS `influencer_id`,
                                CAST(NULL AS STRING) AS `influencer`,
                                CAST(NULL AS BIGINT) AS `account_id`,
                                `t220`.`platform`,
                                CAST(NULL AS STRING) AS `format`,
                                CAST(NULL AS BIGINT) AS `post_id`,
                                `t220`.`day`,
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
                                CAST(`t220`.`ugc_post` AS DOUBLE) AS `ugc_post`,
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
                                      `t87`.`campaign_id`,
                                      `t87`.`campaign`,
                                      `t95`.`post_id`,
                                      `t95`.`influencer_id`,
                                      `t95`.`platform`,
                                      `t95`.`day`
                                    FROM (
                                      SELECT
                                        CAST(`t56`.`id` AS BIGINT) AS `post_id`,
                                        CAST(`t17`.`id` AS BIGINT) AS `influencer_id`,
                                        `t17`.`workspace_id`,
                                        `t17`.`is_brand`,
                                        CAST(`t21`.`platform` AS STRING) AS `platform`,
                                        `t56`.`published_on` AS `day`,
                                        `t56`.`hashtags`
                                      FROM (
                                        SELECT
                                          *
                                        FROM `post` AS `t10`
                                        WHERE
                                          `t10`.`campaign_id` IS NULL
                                      ) AS `t56`
                                      INNER JOIN `account` AS `t21`
                                        ON `t56`.`account_id` = `t21`.`id`
                                      INNER JOIN `influencer` AS `t17`
                                        ON `t21`.`influencer_id` = `t17`.`id`
                                    ) AS `t95`
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
                                      ) AS `t47`
                                      WHERE
                                        LENGTH(`t47`.`tag`) > 0
                                    ) AS `t87`
                                      ON `t95`.`workspace_id` = `t87`.`workspace_id`
                                      AND `t95`.`day` >= `t87`.`start`
                                      AND `t95`.`day` <= `t87`.`end`
                                      AND NOT (
                                        `t95`.`is_brand`
                                      )
                                      AND CONTAINS(CONCAT(CONCAT(',', `t95`.`hashtags`), ','), CONCAT(CONCAT(',', `t87`.`tag`), ','))
                                  ) AS `t125`
                                ) AS `t137`
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
                                    ) AS `t30`
                                    UNION ALL
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        `t207`.`campaign_id`,
                                        `t207`.`influencer_id`
                                      FROM `post_rows` AS `t207`
                                    ) AS `t210`
                                  ) AS `t212`
                                ) AS `t217`
                                  ON `t137`.`campaign_id` = `t217`.`campaign_id`
                                  AND `t137`.`influencer_id` = `t217`.`influencer_id`
                              ) AS `t220`
                            ) AS `t221`
                          ) AS `t226`
                          UNION ALL
                          SELECT
                            *
                          FROM (
                            SELECT
                              `t179`.`campaign_id`,
                              `t179`.`campaign`,
                              `t179`.`influencer_id`,
                              `t179`.`influencer`,
                              CAST(NULL AS BIGINT) AS `account_id`,
                              CAST(NULL AS STRING) AS `platform`,
                              CAST(NULL AS STRING) AS `format`,
                              CAST(NULL AS BIGINT) AS `post_id`,
                              `t179`.`day`,
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
                              `t179`.`cost`,
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
                                `t175`.`campaign_id`,
                                `t175`.`campaign`,
                                `t175`.`influencer_id`,
                                CAST(`t17`.`name` AS STRING) AS `influencer`,
                                `t175`.`incurred_on` AS `day`,
                                `t175`.`amount` AS `cost`
                              FROM (
                                SELECT
                                  `t104`.`campaign_id`,
                                  `t104`.`campaign`,
                                  `t104`.`influencer_id`,
                                  `t104`.`incurred_on`,
                                  `t104`.`amount` * `t164`.`rate` AS `amount`
                                FROM `t83` AS `t104`
                                LEFT OUTER JOIN (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      `t96`.`key`,
                                      CAST(1 AS DOUBLE) AS `rate`
                                    FROM `t83` AS `t96`
                                    WHERE
                                      `t96`.`base` = `t96`.`quote`
                                  ) AS `t112`
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      `t145`.`key`,
                                      `t145`.`rate`
                                    FROM (
                                      SELECT
                                        `t121`.`key`,
                                        `t121`.`on`,
                                        `t121`.`rate`,
                                        `t121`.`valid`,
                                        ROW_NUMBER() OVER (
                                          PARTITION BY `t121`.`key`
                                          ORDER BY IF(`t121`.`valid` <= `t121`.`on`, 0, 1) ASC NULLS LAST, ABS(`t121`.`valid` - `t121`.`on`) ASC NULLS LAST
                                        ) - 1 AS `order`
                                      FROM (
                                        SELECT
                                          `t104`.`key`,
                                          `t104`.`on`,
                                          `t75`.`rate`,
                                          UNIX_TIMESTAMP(CAST(CAST(`t75`.`valid_on` AS TIMESTAMP) AS TIMESTAMP)) AS `valid`
                                        FROM `t83` AS `t104`
                                        INNER JOIN `t66` AS `t75`
                                          ON `t104`.`base` = `t75`.`base` AND `t104`.`quote` = `t75`.`quote`
                                      ) AS `t121`
                                    ) AS `t145`
                                    WHERE
                                      `t145`.`order` = 0
                                  ) AS `t155`
                                ) AS `t164`
                                  ON `t104`.`key` = `t164`.`key`
                              ) AS `t175`
                              LEFT ANTI JOIN (
                                SELECT
                                  `t94`.`campaign_id`,
                                  `t94`.`influencer_id`,
                                  COUNT(`t94`.`post_id`) AS `n_posts`
                                FROM `campaign_posts_in` AS `t94`
                                GROUP BY
                                  1,
                                  2
                              ) AS `t114`
                                ON `t175`.`campaign_id` = `t114`.`campaign_id`
                                AND `t175`.`influencer_id` = `t114`.`influencer_id`
                              LEFT OUTER JOIN `influencer` AS `t17`
                                ON `t175`.`influencer_id` = `t17`.`id`
                            ) AS `t179`
                          ) AS `t183`
                        ) AS `t227`
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            `t84`.`campaign_id`,
                            `t84`.`campaign`,
                            CAST(NULL AS BIGINT) AS `influencer_id`,
                            CAST(NULL AS STRING) AS `influencer`,
                            CAST(NULL AS BIGINT) AS `account_id`,
                            `t84`.`platform`,
                            CAST(NULL AS STRING) AS `format`,
                            CAST(NULL AS BIGINT) AS `post_id`,
                            `t84`.`day`,
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
                            `t84`.`mentions`,
                            `t84`.`brand_mentions`,
                            `t84`.`mention_engagements`,
                            `t84`.`brand_mention_engagements`,
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
                              CAST(`t59`.`id` AS BIGINT) AS `campaign_id`,
                              CAST(`t59`.`name` AS STRING) AS `campaign`,
                              CAST(`t19`.`platform` AS STRING) AS `platform`,
                              `t19`.`mentioned_on` AS `day`,
                              CAST(1 AS DOUBLE) AS `mentions`,
                              CAST(IF(`t19`.`own`, 1, 0) AS DOUBLE) AS `brand_mentions`,
                              `t19`.`engagements` AS `mention_engagements`,
                              CAST(IF(`t19`.`own`, 1, 0) AS DOUBLE) * `t19`.`engagements` AS `brand_mention_engagements`
                            FROM `mention` AS `t19`
                            INNER JOIN `t26` AS `t59`
                              ON `t19`.`workspace_id` = `t59`.`workspace_id`
                              AND `t19`.`mentioned_on` >= `t59`.`start_date`
                              AND `t19`.`mentioned_on` <= `t59`.`end_date`
                          ) AS `t84`
                        ) AS `t98`
                      ) AS `t228`
                      UNION ALL
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
                          CAST(NULL AS STRING) AS `format`,
                          CAST(NULL AS BIGINT) AS `post_id`,
                          `t205`.`day`,
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
                          IF(`t205`.`is_brand` = FALSE, `t205`.`start_followers`, CAST(NULL AS DOUBLE)) AS `followers_start`,
                          IF(
                            `t205`.`is_brand` = FALSE,
                            IF(
                              `t205`.`end_seen_at` > `t205`.`start_seen_at`,
                              `t205`.`end_followers` - `t205`.`start_followers`,
                              CAST(NULL AS DOUBLE)
                            ),
                            CAST(NULL AS DOUBLE)
                          ) AS `followers_gained`,
                          IF(
                            `t205`.`is_brand` = FALSE,
                            IF(
                              `t205`.`end_seen_at` > `t205`.`start_seen_at`,
                              (
                                (
                                  `t205`.`start_followers` - `t205`.`before_followers`
                                ) / NULLIF(CAST(`t205`.`start_seen_at` - `t205`.`before_seen_at` AS DOUBLE), 0)
                              ) * (
                                `t205`.`end_seen_at` - `t205`.`start_seen_at`
                              ),
                              CAST(NULL AS DOUBLE)
                            ),
                            CAST(NULL AS DOUBLE)
                          ) AS `followers_expected_gain`,
                          CAST(IF(`t205`.`is_brand` = FALSE, `t205`.`start_rank`, CAST(NULL AS TINYINT)) AS BIGINT) AS `followers_start__provenance`,
                          IF(
                            `t205`.`is_brand` = FALSE,
                            IF(
                              `t205`.`end_seen_at` > `t205`.`start_seen_at`,
                              NULLIF(GREATEST(COALESCE(`t205`.`start_rank`, -1), COALESCE(`t205`.`end_rank`, -1)), -1),
                              CAST(NULL AS BIGINT)
                            ),
                            CAST(NULL AS BIGINT)
                          ) AS `followers_gained__provenance`,
                          IF(
                            `t205`.`is_brand` = FALSE,
                            IF(
                              IF(
                                `t205`.`end_seen_at` > `t205`.`start_seen_at`,
                                (
                                  (
                                    `t205`.`start_followers` - `t205`.`before_followers`
                                  ) / NULLIF(CAST(`t205`.`start_seen_at` - `t205`.`before_seen_at` AS DOUBLE), 0)
                                ) * (
                                  `t205`.`end_seen_at` - `t205`.`start_seen_at`
                                ),
                                CAST(NULL AS DOUBLE)
                              ) IS NOT NULL
                              AND NOT ISNAN(
                                IF(
                                  `t205`.`end_seen_at` > `t205`.`start_seen_at`,
                                  (
                                    (
                                      `t205`.`start_followers` - `t205`.`before_followers`
                                    ) / NULLIF(CAST(`t205`.`start_seen_at` - `t205`.`before_seen_at` AS DOUBLE), 0)
                                  ) * (
                                    `t205`.`end_seen_at` - `t205`.`start_seen_at`
                                  ),
                                  CAST(NULL AS DOUBLE)
                                )
                              ),
                              NULLIF(
                                GREATEST(
                                  COALESCE(
                                    IF(
                                      `t205`.`end_seen_at` > `t205`.`start_seen_at`,
                                      NULLIF(GREATEST(COALESCE(`t205`.`start_rank`, -1), COALESCE(`t205`.`end_rank`, -1)), -1),
                                      CAST(NULL AS BIGINT)
                                    ),
                                    -1
                                  ),
                                  COALESCE(`t205`.`before_rank`, -1)
                                ),
                                -1
                              ),
                              CAST(NULL AS BIGINT)
                            ),
                            CAST(NULL AS BIGINT)
                          ) AS `followers_expected_gain__provenance`,
                          IF(`t205`.`is_brand` = TRUE, `t205`.`start_followers`, CAST(NULL AS DOUBLE)) AS `brand_followers_start`,
                          IF(
                            `t205`.`is_brand` = TRUE,
                            IF(
                              `t205`.`end_seen_at` > `t205`.`start_seen_at`,
                              `t205`.`end_followers` - `t205`.`start_followers`,
                              CAST(NULL AS DOUBLE)
                            ),
                            CAST(NULL AS DOUBLE)
                          ) AS `brand_followers_gained`,
                          IF(
                            `t205`.`is_brand` = TRUE,
                            IF(
                              `t205`.`end_seen_at` > `t205`.`start_seen_at`,
                              (
                                (
                                  `t205`.`start_followers` - `t205`.`before_followers`
                                ) / NULLIF(CAST(`t205`.`start_seen_at` - `t205`.`before_seen_at` AS DOUBLE), 0)
                              ) * (
                                `t205`.`end_seen_at` - `t205`.`start_seen_at`
                              ),
                              CAST(NULL AS DOUBLE)
                            ),
                            CAST(NULL AS DOUBLE)
                          ) AS `brand_followers_expected_gain`,
                          CAST(IF(`t205`.`is_brand` = TRUE, `t205`.`start_rank`, CAST(NULL AS TINYINT)) AS BIGINT) AS `brand_followers_start__provenance`,
                          IF(
                            `t205`.`is_brand` = TRUE,
                            IF(
                              `t205`.`end_seen_at` > `t205`.`start_seen_at`,
                              NULLIF(GREATEST(COALESCE(`t205`.`start_rank`, -1), COALESCE(`t205`.`end_rank`, -1)), -1),
                              CAST(NULL AS BIGINT)
                            ),
                            CAST(NULL AS BIGINT)
                          ) AS `brand_followers_gained__provenance`,
                          IF(
                            `t205`.`is_brand` = TRUE,
                            IF(
                              IF(
                                `t205`.`end_seen_at` > `t205`.`start_seen_at`,
                                (
                                  (
                                    `t205`.`start_followers` - `t205`.`before_followers`
                                  ) / NULLIF(CAST(`t205`.`start_seen_at` - `t205`.`before_seen_at` AS DOUBLE), 0)
                                ) * (
                                  `t205`.`end_seen_at` - `t205`.`start_seen_at`
                                ),
                                CAST(NULL AS DOUBLE)
                              ) IS NOT NULL
                              AND NOT ISNAN(
                                IF(
                                  `t205`.`end_seen_at` > `t205`.`start_seen_at`,
                                  (
                                    (
                                      `t205`.`start_followers` - `t205`.`before_followers`
                                    ) / NULLIF(CAST(`t205`.`start_seen_at` - `t205`.`before_seen_at` AS DOUBLE), 0)
                                  ) * (
                                    `t205`.`end_seen_at` - `t205`.`start_seen_at`
                                  ),
                                  CAST(NULL AS DOUBLE)
                                )
                              ),
                              NULLIF(
                                GREATEST(
                                  COALESCE(
                                    IF(
                                      `t205`.`end_seen_at` > `t205`.`start_seen_at`,
                                      NULLIF(GREATEST(COALESCE(`t205`.`start_rank`, -1), COALESCE(`t205`.`end_rank`, -1)), -1),
                                      CAST(NULL AS BIGINT)
                                    ),
                                    -1
                                  ),
                                  COALESCE(`t205`.`before_rank`, -1)
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
                            `t203`.`campaign_id`,
                            `t203`.`campaign`,
                            `t203`.`influencer_id`,
                            `t203`.`influencer`,
                            `t203`.`account_id`,
                            `t203`.`platform`,
                            `t203`.`is_brand`,
                            `t203`.`day`,
                            `t203`.`start_at`,
                            `t203`.`end_at`,
                            `t203`.`start_followers`,
                            `t203`.`start_seen_at`,
                            `t203`.`start_rank`,
                            `t203`.`end_followers`,
                            `t203`.`end_seen_at`,
                            `t203`.`end_rank`,
                            `t191`.`before_followers`,
                            `t191`.`before_seen_at`,
                            `t191`.`before_rank`
                          FROM (
                            SELECT
                              `t199`.`campaign_id`,
                              `t199`.`campaign`,
                              `t199`.`influencer_id`,
                              `t199`.`influencer`,
                              `t199`.`account_id`,
                              `t199`.`platform`,
                              `t199`.`is_brand`,
                              `t199`.`day`,
                              `t199`.`start_at`,
                              `t199`.`end_at`,
                              `t199`.`start_followers`,
                              `t199`.`start_seen_at`,
                              `t199`.`start_rank`,
                              `t188`.`end_followers`,
                              `t188`.`end_seen_at`,
                              `t188`.`end_rank`
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
                                `t193`.`start_followers`,
                                `t193`.`start_seen_at`,
                                `t193`.`start_rank`
                              FROM (
                                SELECT
                                  `t127`.`campaign_id`,
                                  CAST(`t15`.`name` AS STRING) AS `campaign`,
                                  CAST(`t18`.`id` AS BIGINT) AS `influencer_id`,
                                  CAST(`t18`.`name` AS STRING) AS `influencer`,
                                  `t127`.`account_id`,
                                  CAST(`t22`.`platform` AS STRING) AS `platform`,
                                  `t127`.`is_brand`,
                                  `t15`.`end_date` AS `day`,
                                  UNIX_TIMESTAMP(CAST(CAST(`t15`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start_at`,
                                  UNIX_TIMESTAMP(CAST(CAST(`t15`.`end_date` AS TIMESTAMP) AS TIMESTAMP)) + 86400 AS `end_at`
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
                                  ) AS `t115`
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      CAST(`t60`.`id` AS BIGINT) AS `campaign_id`,
                                      CAST(`t22`.`id` AS BIGINT) AS `account_id`,
                                      TRUE AS `is_brand`
                                    FROM `t26` AS `t60`
                                    INNER JOIN (
                                      SELECT
                                        *
                                      FROM `influencer` AS `t5`
                                      WHERE
                                        `t5`.`is_brand`
                                    ) AS `t32`
                                      ON `t32`.`workspace_id` = `t60`.`workspace_id`
                                    INNER JOIN `account` AS `t22`
                                      ON `t22`.`influencer_id` = `t32`.`id`
                                  ) AS `t85`
                                ) AS `t127`
                                INNER JOIN `campaign` AS `t15`
                                  ON `t127`.`campaign_id` = `t15`.`id`
                                INNER JOIN `account` AS `t22`
                                  ON `t127`.`account_id` = `t22`.`id`
                                INNER JOIN `influencer` AS `t18`
                                  ON `t22`.`influencer_id` = `t18`.`id`
                              ) AS `t149`
                              INNER JOIN (
                                SELECT
                                  `t182`.`campaign_id`,
                                  `t182`.`account_id`,
                                  CAST(`t182`.`followers` AS DOUBLE) AS `start_followers`,
                                  `t182`.`at` AS `start_seen_at`,
                                  `t182`.`rank` AS `start_rank`
                                FROM (
                                  SELECT
                                    `t170`.`campaign_id`,
                                    `t170`.`campaign`,
                                    `t170`.`influencer_id`,
                                    `t170`.`influencer`,
                                    `t170`.`account_id`,
                                    `t170`.`platform`,
                                    `t170`.`is_brand`,
                                    `t170`.`day`,
                                    `t170`.`start_at`,
                                    `t170`.`end_at`,
                                    `t170`.`followers`,
                                    `t170`.`at`,
                                    `t170`.`rank`,
                                    ROW_NUMBER() OVER (
                                      PARTITION BY `t170`.`campaign_id`, `t170`.`account_id`
                                      ORDER BY IF(`t170`.`at` <= `t170`.`start_at`, 0, 1) ASC NULLS LAST, ABS(`t170`.`at` - `t170`.`start_at`) ASC NULLS LAST
                                    ) - 1 AS `order`
                                  FROM `t167` AS `t170`
                                ) AS `t182`
                                WHERE
                                  `t182`.`order` = 0
                              ) AS `t193`
                                ON `t149`.`campaign_id` = `t193`.`campaign_id`
                                AND `t149`.`account_id` = `t193`.`account_id`
                            ) AS `t199`
                            LEFT OUTER JOIN (
                              SELECT
                                `t178`.`campaign_id`,
                                `t178`.`account_id`,
                                CAST(`t178`.`followers` AS DOUBLE) AS `end_followers`,
                                `t178`.`at` AS `end_seen_at`,
                                `t178`.`rank` AS `end_rank`
                              FROM (
                                SELECT
                                  `t170`.`campaign_id`,
                                  `t170`.`campaign`,
                                  `t170`.`influencer_id`,
                                  `t170`.`influencer`,
                                  `t170`.`account_id`,
                                  `t170`.`platform`,
                                  `t170`.`is_brand`,
                                  `t170`.`day`,
                                  `t170`.`start_at`,
                                  `t170`.`end_at`,
                                  `t170`.`followers`,
                                  `t170`.`at`,
                                  `t170`.`rank`,
                                  ROW_NUMBER() OVER (PARTITION BY `t170`.`campaign_id`, `t170`.`account_id` ORDER BY `t170`.`at` DESC) - 1 AS `order`
                                FROM `t167` AS `t170`
                              ) AS `t178`
                              WHERE
                                `t178`.`order` = 0
                            ) AS `t188`
                              ON `t199`.`campaign_id` = `t188`.`campaign_id`
                              AND `t199`.`account_id` = `t188`.`account_id`
                          ) AS `t203`
                          LEFT OUTER JOIN (
                            SELECT
                              `t181`.`campaign_id`,
                              `t181`.`account_id`,
                              CAST(`t181`.`followers` AS DOUBLE) AS `before_followers`,
                              `t181`.`at` AS `before_seen_at`,
                              `t181`.`rank` AS `before_rank`
                            FROM (
                              SELECT
                                `t173`.`campaign_id`,
                                `t173`.`campaign`,
                                `t173`.`influencer_id`,
                                `t173`.`influencer`,
                                `t173`.`account_id`,
                                `t173`.`platform`,
                                `t173`.`is_brand`,
                                `t173`.`day`,
                                `t173`.`start_at`,
                                `t173`.`end_at`,
                                `t173`.`followers`,
                                `t173`.`at`,
                                `t173`.`rank`,
                                ROW_NUMBER() OVER (PARTITION BY `t173`.`campaign_id`, `t173`.`account_id` ORDER BY `t173`.`at` DESC) - 1 AS `order`
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
                                    `t65`.`followers`,
                                    `t65`.`at`,
                                    `t65`.`rank`
                                  FROM (
                                    SELECT
                                      `t127`.`campaign_id`,
                                      CAST(`t15`.`name` AS STRING) AS `campaign`,
                                      CAST(`t18`.`id` AS BIGINT) AS `influencer_id`,
                                      CAST(`t18`.`name` AS STRING) AS `influencer`,
                                      `t127`.`account_id`,
                                      CAST(`t22`.`platform` AS STRING) AS `platform`,
                                      `t127`.`is_brand`,
                                      `t15`.`end_date` AS `day`,
                                      UNIX_TIMESTAMP(CAST(CAST(`t15`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start_at`,
                                      UNIX_TIMESTAMP(CAST(CAST(`t15`.`end_date` AS TIMESTAMP) AS TIMESTAMP)) + 86400 AS `end_at`
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
                                      ) AS `t115`
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST(`t60`.`id` AS BIGINT) AS `campaign_id`,
                                          CAST(`t22`.`id` AS BIGINT) AS `account_id`,
                                          TRUE AS `is_brand`
                                        FROM `t26` AS `t60`
                                        INNER JOIN (
                                          SELECT
                                            *
                                          FROM `influencer` AS `t5`
                                          WHERE
                                            `t5`.`is_brand`
                                        ) AS `t32`
                                          ON `t32`.`workspace_id` = `t60`.`workspace_id`
                                        INNER JOIN `account` AS `t22`
                                          ON `t22`.`influencer_id` = `t32`.`id`
                                      ) AS `t85`
                                    ) AS `t127`
                                    INNER JOIN `campaign` AS `t15`
                                      ON `t127`.`campaign_id` = `t15`.`id`
                                    INNER JOIN `account` AS `t22`
                                      ON `t127`.`account_id` = `t22`.`id`
                                    INNER JOIN `influencer` AS `t18`
                                      ON `t22`.`influencer_id` = `t18`.`id`
                                  ) AS `t149`
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
                                  ) AS `t65`
                                    ON `t149`.`account_id` = `t65`.`account_id`
                                ) AS `t166`
                                WHERE
                                  `t166`.`at` <= (
                                    `t166`.`start_at` - (
                                      `t166`.`end_at` - `t166`.`start_at`
                                    )
                                  )
                              ) AS `t173`
                            ) AS `t181`
                            WHERE
                              `t181`.`order` = 0
                          ) AS `t191`
                            ON `t203`.`campaign_id` = `t191`.`campaign_id`
                            AND `t203`.`account_id` = `t191`.`account_id`
                        ) AS `t205`
                      ) AS `t209`
                    ) AS `t229`
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        `t89`.`campaign_id`,
                        `t89`.`campaign`,
                        `t89`.`influencer_id`,
                        `t89`.`influencer`,
                        CAST(NULL AS BIGINT) AS `account_id`,
                        CAST(NULL AS STRING) AS `platform`,
                        CAST(NULL AS STRING) AS `format`,
                        CAST(NULL AS BIGINT) AS `post_id`,
                        `t89`.`day`,
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
                        `t89`.`influencers_contacted`,
                        `t89`.`influencers_interested`,
                        `t89`.`posts_contracted`,
                        `t89`.`products_sent`,
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
                          CAST(`t48`.`campaign_id` AS BIGINT) AS `campaign_id`,
                          CAST(`t15`.`name` AS STRING) AS `campaign`,
                          CAST(`t48`.`influencer_id` AS BIGINT) AS `influencer_id`,
                          CAST(`t17`.`name` AS STRING) AS `influencer`,
                          `t15`.`start_date` AS `day`,
                          CAST(1 AS DOUBLE) AS `influencers_contacted`,
                          CAST(IF(`t48`.`status` IN ('interested', 'activated'), 1, 0) AS DOUBLE) AS `influencers_interested`,
                          CAST(`t48`.`posts_contracted` AS DOUBLE) AS `posts_contracted`,
                          CAST(`t48`.`products_sent` AS DOUBLE) AS `products_sent`
                        FROM (
                          SELECT
                            *
                          FROM `roster` AS `t4`
                          WHERE
                            `t4`.`campaign_id` IN (1)
                        ) AS `t48`
                        INNER JOIN `campaign` AS `t15`
                          ON `t48`.`campaign_id` = `t15`.`id`
                        INNER JOIN `influencer` AS `t17`
                          ON `t48`.`influencer_id` = `t17`.`id`
                      ) AS `t89`
                    ) AS `t100`
                  ) AS `t230`
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      `t154`.`campaign_id`,
                      `t154`.`campaign`,
                      CAST(NULL AS BIGINT) AS `influencer_id`,
                      CAST(NULL AS STRING) AS `influencer`,
                      CAST(NULL AS BIGINT) AS `account_id`,
                      CAST(NULL AS STRING) AS `platform`,
                      CAST(NULL AS STRING) AS `format`,
                      CAST(NULL AS BIGINT) AS `post_id`,
                      `t154`.`day`,
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
                        `t138`.`campaign_id`,
                        `t138`.`day`,
                        `t138`.`link_clicks`,
                        `t138`.`unique_link_clicks`,
                        `t138`.`bot_link_clicks`,
                        CAST(`t15`.`name` AS STRING) AS `campaign`
                      FROM (
                        SELECT
                          `t123`.`campaign_id`,
                          `t123`.`day`,
                          SUM(`t123`.`link_clicks`) AS `link_clicks`,
                          SUM(`t123`.`unique_link_clicks`) AS `unique_link_clicks`,
                          SUM(`t123`.`bot_link_clicks`) AS `bot_link_clicks`
                        FROM (
                          SELECT
                            CAST(`t51`.`campaign_id` AS BIGINT) AS `campaign_id`,
                            CAST(`t51`.`influencer_id` AS BIGINT) AS `influencer_id`,
                            CAST(`t51`.`platform` AS STRING) AS `platform`,
                            `t108`.`day`,
                            `t108`.`link_clicks`,
                            `t108`.`unique_link_clicks`,
                            `t108`.`bot_link_clicks`
                          FROM (
                            SELECT
                              `t78`.`link_id`,
                              `t78`.`day`,
                              SUM(`t78`.`link_clicks`) AS `link_clicks`,
                              SUM(`t78`.`unique_link_clicks`) AS `unique_link_clicks`,
                              SUM(`t78`.`bot_link_clicks`) AS `bot_link_clicks`
                            FROM (
                              SELECT
                                `t20`.`link_id`,
                                CAST(`t20`.`clicked_at` AS DATE) AS `day`,
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
                              ) AS `t52`
                                ON `t20`.`link_id` = `t52`.`link_id`
                            ) AS `t78`
                            GROUP BY
                              1,
                              2
                          ) AS `t108`
                          INNER JOIN (
                            SELECT
                              *
                            FROM `link` AS `t8`
                            WHERE
                              `t8`.`campaign_id` IN (1)
                          ) AS `t51`
                            ON `t108`.`link_id` = `t51`.`id`
                        ) AS `t123`
                        GROUP BY
                          1,
                          2
                      ) AS `t138`
                      INNER JOIN `campaign` AS `t15`
                        ON `t138`.`campaign_id` = `t15`.`id`
                    ) AS `t154`
                  ) AS `t161`
                ) AS `t231`
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    `t110`.`campaign_id`,
                    `t110`.`campaign`,
                    CAST(NULL AS BIGINT) AS `influencer_id`,
                    CAST(NULL AS STRING) AS `influencer`,
                    CAST(NULL AS BIGINT) AS `account_id`,
                    CAST(NULL AS STRING) AS `platform`,
                    CAST(NULL AS STRING) AS `format`,
                    CAST(NULL AS BIGINT) AS `post_id`,
                    `t110`.`day`,
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
                    `t110`.`sessions`,
                    `t110`.`new_users`,
                    `t110`.`engaged_sessions`,
                    `t110`.`bounced_sessions`,
                    `t110`.`session_seconds`,
                    `t110`.`page_views`,
                    `t110`.`key_events`,
                    CAST(NULL AS DOUBLE) AS `orders`,
                    CAST(NULL AS DOUBLE) AS `revenue`,
                    CAST(NULL AS DOUBLE) AS `new_customers`,
                    CAST(NULL AS DOUBLE) AS `key_messages`
                  FROM (
                    SELECT
                      `t90`.`campaign_id`,
                      `t90`.`day`,
                      `t90`.`sessions`,
                      `t90`.`new_users`,
                      `t90`.`engaged_sessions`,
                      `t90`.`bounced_sessions`,
                      `t90`.`session_seconds`,
                      `t90`.`page_views`,
                      `t90`.`key_events`,
                      CAST(`t15`.`name` AS STRING) AS `campaign`
                    FROM (
                      SELECT
                        `t50`.`campaign_id`,
                        `t50`.`day`,
                        SUM(`t50`.`sessions`) AS `sessions`,
                        SUM(`t50`.`new_users`) AS `new_users`,
                        SUM(`t50`.`engaged_sessions`) AS `engaged_sessions`,
                        SUM(`t50`.`bounced_sessions`) AS `bounced_sessions`,
                        SUM(`t50`.`session_seconds`) AS `session_seconds`,
                        SUM(`t50`.`page_views`) AS `page_views`,
                        SUM(`t50`.`key_events`) AS `key_events`
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
                      ) AS `t50`
                      GROUP BY
                        1,
                        2
                    ) AS `t90`
                    INNER JOIN `campaign` AS `t15`
                      ON `t90`.`campaign_id` = `t15`.`id`
                  ) AS `t110`
                ) AS `t118`
              ) AS `t232`
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  `t117`.`campaign_id`,
                  `t117`.`campaign`,
                  CAST(NULL AS BIGINT) AS `influencer_id`,
                  CAST(NULL AS STRING) AS `influencer`,
                  CAST(NULL AS BIGINT) AS `account_id`,
                  CAST(NULL AS STRING) AS `platform`,
                  CAST(NULL AS STRING) AS `format`,
                  CAST(NULL AS BIGINT) AS `post_id`,
                  `t117`.`day`,
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
                  `t117`.`orders`,
                  `t117`.`revenue`,
                  `t117`.`new_customers`,
                  CAST(NULL AS DOUBLE) AS `key_messages`
                FROM (
                  SELECT
                    `t99`.`campaign_id`,
                    `t99`.`day`,
                    `t99`.`orders`,
                    `t99`.`revenue`,
                    `t99`.`new_customers`,
                    CAST(`t15`.`name` AS STRING) AS `campaign`
                  FROM (
                    SELECT
                      `t67`.`campaign_id`,
                      `t67`.`day`,
                      SUM(`t67`.`orders`) AS `orders`,
                      SUM(`t67`.`revenue`) AS `revenue`,
                      SUM(`t67`.`new_customers`) AS `new_customers`
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
                      WHERE
                        `t3`.`campaign_id` IN (1)
                    ) AS `t67`
                    GROUP BY
                      1,
                      2
                  ) AS `t99`
                  INNER JOIN `campaign` AS `t15`
                    ON `t99`.`campaign_id` = `t15`.`id`
                ) AS `t117`
              ) AS `t126`
            ) AS `t233`
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
              WHERE
                `t0`.`id` IN (1)
            ) AS `t70`
          ) AS `t236`
          LEFT OUTER JOIN (
            SELECT
              `t148`.`key` AS `campaign_id`,
              `t148`.`rate` AS `emv_rate`
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  CAST(`t0`.`id` AS BIGINT) AS `key`,
                  CAST(1 AS DOUBLE) AS `rate`
                FROM `campaign` AS `t0`
                WHERE
                  'EUR' = CAST(`t0`.`currency` AS STRING)
              ) AS `t43`
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  `t132`.`key`,
                  `t132`.`rate`
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
                      `t62`.`key`,
                      `t62`.`on`,
                      `t74`.`rate`,
                      UNIX_TIMESTAMP(CAST(CAST(`t74`.`valid_on` AS TIMESTAMP) AS TIMESTAMP)) AS `valid`
                    FROM (
                      SELECT
                        CAST(`t0`.`id` AS BIGINT) AS `key`,
                        'EUR' AS `base`,
                        CAST(`t0`.`currency` AS STRING) AS `quote`,
                        UNIX_TIMESTAMP(CAST(CAST(`t0`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `on`
                      FROM `campaign` AS `t0`
                    ) AS `t62`
                    INNER JOIN `t66` AS `t74`
                      ON `t62`.`base` = `t74`.`base` AND `t62`.`quote` = `t74`.`quote`
                  ) AS `t107`
                ) AS `t132`
                WHERE
                  `t132`.`order` = 0
              ) AS `t141`
            ) AS `t148`
          ) AS `t158`
            ON `t236`.`campaign_id` = `t158`.`campaign_id`
        ) AS `t239`
        LEFT OUTER JOIN (
          SELECT
            `t1`.`account_id`,
            `t1`.`inauthentic_share`
          FROM `account_audit` AS `t1`
        ) AS `t27`
          ON `t239`.`account_id` = `t27`.`account_id`
      ) AS `t241`
    ) AS `t244`
    LEFT OUTER JOIN (
      SELECT
        `t147`.`key` AS `campaign_id`,
        `t147`.`rate` AS `paid_rate`
      FROM (
        SELECT
          *
        FROM (
          SELECT
            CAST(`t0`.`id` AS BIGINT) AS `key`,
            CAST(1 AS DOUBLE) AS `rate`
          FROM `campaign` AS `t0`
          WHERE
            'USD' = CAST(`t0`.`currency` AS STRING)
        ) AS `t42`
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            `t131`.`key`,
            `t131`.`rate`
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
                `t61`.`key`,
                `t61`.`on`,
                `t73`.`rate`,
                UNIX_TIMESTAMP(CAST(CAST(`t73`.`valid_on` AS TIMESTAMP) AS TIMESTAMP)) AS `valid`
              FROM (
                SELECT
                  CAST(`t0`.`id` AS BIGINT) AS `key`,
                  'USD' AS `base`,
                  CAST(`t0`.`currency` AS STRING) AS `quote`,
                  UNIX_TIMESTAMP(CAST(CAST(`t0`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `on`
                FROM `campaign` AS `t0`
              ) AS `t61`
              INNER JOIN `t66` AS `t73`
                ON `t61`.`base` = `t73`.`base` AND `t61`.`quote` = `t73`.`quote`
            ) AS `t106`
          ) AS `t131`
          WHERE
            `t131`.`order` = 0
        ) AS `t140`
      ) AS `t147`
    ) AS `t157`
      ON `t244`.`campaign_id` = `t157`.`campaign_id`
  ) AS `t246`
  WHERE
    `t246`.`campaign_id` IN (1)
    AND (
      (
        `t246`.`bot_link_clicks` IS NOT NULL AND NOT ISNAN(`t246`.`bot_link_clicks`)
      )
      OR (
        `t246`.`bounced_sessions` IS NOT NULL AND NOT ISNAN(`t246`.`bounced_sessions`)
      )
      OR (
        `t246`.`brand_followers_expected_gain` IS NOT NULL
        AND NOT ISNAN(`t246`.`brand_followers_expected_gain`)
      )
      OR (
        `t246`.`brand_followers_gained` IS NOT NULL
        AND NOT ISNAN(`t246`.`brand_followers_gained`)
      )
      OR (
        `t246`.`brand_followers_start` IS NOT NULL
        AND NOT ISNAN(`t246`.`brand_followers_start`)
      )
      OR (
        `t246`.`brand_mention_engagements` IS NOT NULL
        AND NOT ISNAN(`t246`.`brand_mention_engagements`)
      )
      OR (
        `t246`.`brand_mentions` IS NOT NULL AND NOT ISNAN(`t246`.`brand_mentions`)
      )
      OR (
        `t246`.`clicks` IS NOT NULL AND NOT ISNAN(`t246`.`clicks`)
      )
      OR (
        `t246`.`comments` IS NOT NULL AND NOT ISNAN(`t246`.`comments`)
      )
      OR (
        `t246`.`cost` IS NOT NULL AND NOT ISNAN(`t246`.`cost`)
      )
      OR (
        `t246`.`disclosed_sponsored_posts` IS NOT NULL
        AND NOT ISNAN(`t246`.`disclosed_sponsored_posts`)
      )
      OR (
        `t246`.`emv` IS NOT NULL AND NOT ISNAN(`t246`.`emv`)
      )
      OR (
        `t246`.`emv_authentic` IS NOT NULL AND NOT ISNAN(`t246`.`emv_authentic`)
      )
      OR (
        `t246`.`engagements` IS NOT NULL AND NOT ISNAN(`t246`.`engagements`)
      )
      OR (
        `t246`.`er_followers_post` IS NOT NULL AND NOT ISNAN(`t246`.`er_followers_post`)
      )
      OR (
        `t246`.`er_impressions_post` IS NOT NULL
        AND NOT ISNAN(`t246`.`er_impressions_post`)
      )
      OR (
        `t246`.`er_reach_post` IS NOT NULL AND NOT ISNAN(`t246`.`er_reach_post`)
      )
      OR (
        `t246`.`er_views_post` IS NOT NULL AND NOT ISNAN(`t246`.`er_views_post`)
      )
      OR (
        `t246`.`followers` IS NOT NULL AND NOT ISNAN(`t246`.`followers`)
      )
      OR (
        `t246`.`followers_expected_gain` IS NOT NULL
        AND NOT ISNAN(`t246`.`followers_expected_gain`)
      )
      OR (
        `t246`.`followers_gained` IS NOT NULL AND NOT ISNAN(`t246`.`followers_gained`)
      )
      OR (
        `t246`.`followers_start` IS NOT NULL AND NOT ISNAN(`t246`.`followers_start`)
      )
      OR (
        `t246`.`impressions` IS NOT NULL AND NOT ISNAN(`t246`.`impressions`)
      )
      OR (
        `t246`.`impressions_with_estimates` IS NOT NULL
        AND NOT ISNAN(`t246`.`impressions_with_estimates`)
      )
      OR (
        `t246`.`influencers_contacted` IS NOT NULL
        AND NOT ISNAN(`t246`.`influencers_contacted`)
      )
      OR (
        `t246`.`influencers_interested` IS NOT NULL
        AND NOT ISNAN(`t246`.`influencers_interested`)
      )
      OR (
        `t246`.`key_events` IS NOT NULL AND NOT ISNAN(`t246`.`key_events`)
      )
      OR (
        `t246`.`key_message_posts` IS NOT NULL AND NOT ISNAN(`t246`.`key_message_posts`)
      )
      OR (
        `t246`.`key_messages` IS NOT NULL AND NOT ISNAN(`t246`.`key_messages`)
      )
      OR (
        `t246`.`likes` IS NOT NULL AND NOT ISNAN(`t246`.`likes`)
      )
      OR (
        `t246`.`link_clicks` IS NOT NULL AND NOT ISNAN(`t246`.`link_clicks`)
      )
      OR (
        `t246`.`mention_engagements` IS NOT NULL
        AND NOT ISNAN(`t246`.`mention_engagements`)
      )
      OR (
        `t246`.`mentions` IS NOT NULL AND NOT ISNAN(`t246`.`mentions`)
      )
      OR (
        `t246`.`new_customers` IS NOT NULL AND NOT ISNAN(`t246`.`new_customers`)
      )
      OR (
        `t246`.`new_users` IS NOT NULL AND NOT ISNAN(`t246`.`new_users`)
      )
      OR (
        `t246`.`orders` IS NOT NULL AND NOT ISNAN(`t246`.`orders`)
      )
      OR (
        `t246`.`page_views` IS NOT NULL AND NOT ISNAN(`t246`.`page_views`)
      )
      OR (
        (
          `t246`.`cost` / (
            CASE
              WHEN `t246`.`platform` = 'tiktok'
              THEN CAST(NULL AS DOUBLE)
              WHEN `t246`.`platform` = 'youtube'
              THEN CAST(NULL AS DOUBLE)
              ELSE 1.88
            END * `t246`.`paid_rate`
          )
        ) IS NOT NULL
        AND NOT ISNAN(
          `t246`.`cost` / (
            CASE
              WHEN `t246`.`platform` = 'tiktok'
              THEN CAST(NULL AS DOUBLE)
              WHEN `t246`.`platform` = 'youtube'
              THEN CAST(NULL AS DOUBLE)
              ELSE 1.88
            END * `t246`.`paid_rate`
          )
        )
      )
      OR (
        (
          (
            `t246`.`cost` / (
              CASE
                WHEN `t246`.`platform` = 'tiktok'
                THEN 7.5
                WHEN `t246`.`platform` = 'youtube'
                THEN 3.53
                ELSE 19.8
              END * `t246`.`paid_rate`
            )
          ) * 1000
        ) IS NOT NULL
        AND NOT ISNAN(
          (
            `t246`.`cost` / (
              CASE
                WHEN `t246`.`platform` = 'tiktok'
                THEN 7.5
                WHEN `t246`.`platform` = 'youtube'
                THEN 3.53
                ELSE 19.8
              END * `t246`.`paid_rate`
            )
          ) * 1000
        )
      )
      OR (
        (
          `t246`.`cost` / (
            CASE WHEN `t246`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t246`.`paid_rate`
          )
        ) IS NOT NULL
        AND NOT ISNAN(
          `t246`.`cost` / (
            CASE WHEN `t246`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t246`.`paid_rate`
          )
        )
      )
      OR (
        `t246`.`post_id` IS NOT NULL
      )
      OR (
        `t246`.`post_platform` IS NOT NULL
      )
      OR (
        `t246`.`posts_contracted` IS NOT NULL AND NOT ISNAN(`t246`.`posts_contracted`)
      )
      OR (
        `t246`.`products_sent` IS NOT NULL AND NOT ISNAN(`t246`.`products_sent`)
      )
      OR (
        `t246`.`publishing_influencer` IS NOT NULL
        AND NOT ISNAN(`t246`.`publishing_influencer`)
      )
      OR (
        `t246`.`reach` IS NOT NULL AND NOT ISNAN(`t246`.`reach`)
      )
      OR (
        `t246`.`revenue` IS NOT NULL AND NOT ISNAN(`t246`.`revenue`)
      )
      OR (
        `t246`.`saves` IS NOT NULL AND NOT ISNAN(`t246`.`saves`)
      )
      OR (
        `t246`.`session_seconds` IS NOT NULL AND NOT ISNAN(`t246`.`session_seconds`)
      )
      OR (
        `t246`.`sessions` IS NOT NULL AND NOT ISNAN(`t246`.`sessions`)
      )
      OR (
        `t246`.`shares` IS NOT NULL AND NOT ISNAN(`t246`.`shares`)
      )
      OR (
        `t246`.`sponsored_posts` IS NOT NULL AND NOT ISNAN(`t246`.`sponsored_posts`)
      )
      OR (
        `t246`.`ugc_post` IS NOT NULL AND NOT ISNAN(`t246`.`ugc_post`)
      )
      OR (
        `t246`.`unique_link_clicks` IS NOT NULL
        AND NOT ISNAN(`t246`.`unique_link_clicks`)
      )
      OR (
        `t246`.`views` IS NOT NULL AND NOT ISNAN(`t246`.`views`)
      )
    )
)
SELECT
  `t258`.`week`,
  `t258`.`key_messages`,
  `t258`.`platforms_selected`,
  `t258`.`influencers_contacted`,
  `t258`.`influencers_interested`,
  (
    `t258`.`influencers_interested` / NULLIF(`t258`.`influencers_contacted`, 0)
  ) * 100 AS `influencers_interested_rate`,
  `t258`.`influencers_activated`,
  `t258`.`products_sent`,
  `t258`.`reach`,
  `t258`.`impressions`,
  `t258`.`views`,
  `t258`.`impressions_with_estimates`,
  (
    `t258`.`reach_rate__first` / NULLIF(`t258`.`reach_rate__second`, 0)
  ) * 100 AS `reach_rate`,
  `t258`.`brand_mentions`,
  (
    `t258`.`brand_mentions` / NULLIF(`t258`.`mentions`, 0)
  ) * 100 AS `share_of_voice`,
  (
    `t258`.`brand_mention_engagements` / NULLIF(`t258`.`mention_engagements`, 0)
  ) * 100 AS `share_of_engagement`,
  `t258`.`key_message_posts`,
  (
    `t258`.`key_message_posts` / NULLIF(CAST(`t258`.`posts` AS DOUBLE), 0)
  ) * 100 AS `key_message_rate`,
  `t258`.`posts`,
  `t258`.`posts_contracted`,
  (
    CAST(`t258`.`posts` AS DOUBLE) / NULLIF(`t258`.`posts_contracted`, 0)
  ) * 100 AS `posts_delivery_rate`,
  `t258`.`ugc_posts`,
  `t258`.`likes`,
  `t258`.`comments`,
  `t258`.`shares`,
  `t258`.`saves`,
  `t258`.`engagements`,
  (
    `t258`.`engagement_rate_reach__first` / NULLIF(`t258`.`engagement_rate_reach__second`, 0)
  ) * 100 AS `engagement_rate_reach`,
  (
    `t258`.`engagement_rate_followers__first` / NULLIF(`t258`.`engagement_rate_followers__second`, 0)
  ) * 100 AS `engagement_rate_followers`,
  `t258`.`er_reach_post_mean` AS `engagement_rate_reach_post_mean`,
  `t258`.`er_reach_post_median` AS `engagement_rate_reach_post_median`,
  `t258`.`er_reach_account_mean` AS `engagement_rate_reach_account_mean`,
  `t258`.`er_reach_account_median` AS `engagement_rate_reach_account_median`,
  `t258`.`er_followers_post_mean` AS `engagement_rate_followers_post_mean`,
  `t258`.`er_followers_post_median` AS `engagement_rate_followers_post_median`,
  `t258`.`er_followers_account_mean` AS `engagement_rate_followers_account_mean`,
  `t258`.`er_followers_account_median` AS `engagement_rate_followers_account_median`,
  (
    `t258`.`engagement_rate_impressions__first` / NULLIF(`t258`.`engagement_rate_impressions__second`, 0)
  ) * 100 AS `engagement_rate_impressions`,
  `t258`.`er_impressions_post_mean` AS `engagement_rate_impressions_post_mean`,
  `t258`.`er_impressions_post_median` AS `engagement_rate_impressions_post_median`,
  `t258`.`er_impressions_account_mean` AS `engagement_rate_impressions_account_mean`,
  `t258`.`er_impressions_account_median` AS `engagement_rate_impressions_account_median`,
  (
    `t258`.`engagement_rate_views__first` / NULLIF(`t258`.`engagement_rate_views__second`, 0)
  ) * 100 AS `engagement_rate_views`,
  `t258`.`er_views_post_mean` AS `engagement_rate_views_post_mean`,
  `t258`.`er_views_post_median` AS `engagement_rate_views_post_median`,
  `t258`.`er_views_account_mean` AS `engagement_rate_views_account_mean`,
  `t258`.`er_views_account_median` AS `engagement_rate_views_account_median`,
  `t258`.`clicks` AS `platform_link_clicks`,
  `t258`.`followers_gained`,
  (
    `t258`.`follower_growth_rate__first` / NULLIF(`t258`.`follower_growth_rate__second`, 0)
  ) * 100 AS `follower_growth_rate`,
  `t258`.`followers_gained_above_trend__first` - `t258`.`followers_gained_above_trend__second` AS `followers_gained_above_trend`,
  `t258`.`brand_followers_gained`,
  (
    `t258`.`brand_follower_growth_rate__first` / NULLIF(`t258`.`brand_follower_growth_rate__second`, 0)
  ) * 100 AS `brand_follower_growth_rate`,
  `t258`.`brand_followers_gained_above_trend__first` - `t258`.`brand_followers_gained_above_trend__second` AS `brand_followers_gained_above_trend`,
  `t258`.`link_clicks` AS `tracked_clicks`,
  `t258`.`unique_link_clicks` AS `unique_clicks`,
  `t258`.`bot_link_clicks` AS `bot_clicks`,
  (
    `t258`.`link_clicks` / NULLIF(`t258`.`impressions_with_estimates`, 0)
  ) * 100 AS `click_through_rate`,
  `t258`.`sessions`,
  `t258`.`new_users`,
  (
    `t258`.`bounced_sessions` / NULLIF(`t258`.`sessions`, 0)
  ) * 100 AS `bounce_rate`,
  `t258`.`session_seconds` / NULLIF(`t258`.`sessions`, 0) AS `average_session_duration`,
  `t258`.`page_views` / NULLIF(`t258`.`sessions`, 0) AS `pages_per_session`,
  `t258`.`key_events` AS `leads`,
  `t258`.`orders` AS `conversions`,
  (
    `t258`.`orders` / NULLIF(`t258`.`unique_link_clicks`, 0)
  ) * 100 AS `conversion_rate`,
  `t258`.`revenue`,
  `t258`.`revenue` / NULLIF(`t258`.`orders`, 0) AS `average_order_value`,
  `t258`.`new_customers`,
  `t258`.`revenue` / NULLIF(`t258`.`cost`, 0) AS `return_on_ad_spend`,
  (
    (
      `t258`.`revenue` - `t258`.`cost`
    ) / NULLIF(`t258`.`cost`, 0)
  ) * 100 AS `return_on_investment`,
  (
    (
      `t258`.`revenue` - `t258`.`cost`
    ) / NULLIF(`t258`.`revenue`, 0)
  ) * 100 AS `profitability`,
  `t258`.`sponsored_posts`,
  `t258`.`disclosed_sponsored_posts`,
  (
    `t258`.`disclosed_sponsored_posts` / NULLIF(`t258`.`sponsored_posts`, 0)
  ) * 100 AS `disclosure_rate`,
  `t258`.`cost`,
  (
    `t258`.`cost` / NULLIF(`t258`.`impressions_with_estimates`, 0)
  ) * 1000 AS `cost_per_mille`,
  `t258`.`cost` / NULLIF(`t258`.`engagements`, 0) AS `cost_per_engagement`,
  `t258`.`cost` / NULLIF(`t258`.`views`, 0) AS `cost_per_view`,
  `t258`.`cost` / NULLIF(`t258`.`brand_followers_gained`, 0) AS `cost_per_new_follower`,
  `t258`.`cost` / NULLIF(`t258`.`link_clicks`, 0) AS `cost_per_click`,
  `t258`.`cost` / NULLIF(`t258`.`orders`, 0) AS `cost_per_acquisition`,
  `t258`.`cost` / NULLIF(`t258`.`new_customers`, 0) AS `customer_acquisition_cost`,
  `t258`.`cost` / NULLIF(`t258`.`key_events`, 0) AS `cost_per_lead`,
  `t258`.`emv`,
  `t258`.`emv_authentic`,
  `t258`.`emv` / NULLIF(`t258`.`cost`, 0) AS `emv_per_cost`,
  `t258`.`paid_impressions` AS `paid_equivalent_impressions`,
  `t258`.`paid_clicks` AS `paid_equivalent_clicks`,
  `t258`.`paid_views` AS `paid_equivalent_views`,
  (
    `t258`.`impressions_vs_paid__first` / NULLIF(`t258`.`impressions_vs_paid__second`, 0)
  ) * 100 AS `impressions_vs_paid`,
  (
    `t258`.`clicks_vs_paid__first` / NULLIF(`t258`.`clicks_vs_paid__second`, 0)
  ) * 100 AS `clicks_vs_paid`,
  (
    `t258`.`views_vs_paid__first` / NULLIF(`t258`.`views_vs_paid__second`, 0)
  ) * 100 AS `views_vs_paid`,
  IF(
    `t258`.`key_messages` IS NOT NULL AND NOT ISNAN(`t258`.`key_messages`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `key_messages__provenance`,
  IF(`t258`.`platforms_selected` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS BIGINT)) AS `platforms_selected__provenance`,
  IF(
    `t258`.`influencers_contacted` IS NOT NULL
    AND NOT ISNAN(`t258`.`influencers_contacted`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `influencers_contacted__provenance`,
  IF(
    `t258`.`influencers_interested` IS NOT NULL
    AND NOT ISNAN(`t258`.`influencers_interested`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `influencers_interested__provenance`,
  IF(
    (
      (
        `t258`.`influencers_interested` / NULLIF(`t258`.`influencers_contacted`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t258`.`influencers_interested` / NULLIF(`t258`.`influencers_contacted`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `influencers_interested_rate__provenance`,
  IF(`t258`.`influencers_activated` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS BIGINT)) AS `influencers_activated__provenance`,
  IF(
    `t258`.`products_sent` IS NOT NULL AND NOT ISNAN(`t258`.`products_sent`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `products_sent__provenance`,
  IF(
    `t258`.`reach` IS NOT NULL AND NOT ISNAN(`t258`.`reach`),
    COALESCE(`t258`.`reach__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `reach__provenance`,
  IF(
    `t258`.`impressions` IS NOT NULL AND NOT ISNAN(`t258`.`impressions`),
    COALESCE(`t258`.`impressions__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `impressions__provenance`,
  IF(
    `t258`.`views` IS NOT NULL AND NOT ISNAN(`t258`.`views`),
    COALESCE(`t258`.`views__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `views__provenance`,
  IF(
    `t258`.`impressions_with_estimates` IS NOT NULL
    AND NOT ISNAN(`t258`.`impressions_with_estimates`),
    COALESCE(`t258`.`impressions_with_estimates__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `impressions_with_estimates__provenance`,
  IF(
    (
      (
        `t258`.`reach_rate__first` / NULLIF(`t258`.`reach_rate__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN((
      `t258`.`reach_rate__first` / NULLIF(`t258`.`reach_rate__second`, 0)
    ) * 100),
    COALESCE(`t258`.`reach_rate__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `reach_rate__provenance`,
  IF(
    `t258`.`brand_mentions` IS NOT NULL AND NOT ISNAN(`t258`.`brand_mentions`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `brand_mentions__provenance`,
  IF(
    (
      (
        `t258`.`brand_mentions` / NULLIF(`t258`.`mentions`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN((
      `t258`.`brand_mentions` / NULLIF(`t258`.`mentions`, 0)
    ) * 100),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `share_of_voice__provenance`,
  IF(
    (
      (
        `t258`.`brand_mention_engagements` / NULLIF(`t258`.`mention_engagements`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t258`.`brand_mention_engagements` / NULLIF(`t258`.`mention_engagements`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `share_of_engagement__provenance`,
  IF(
    `t258`.`key_message_posts` IS NOT NULL AND NOT ISNAN(`t258`.`key_message_posts`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `key_message_posts__provenance`,
  IF(
    (
      (
        `t258`.`key_message_posts` / NULLIF(CAST(`t258`.`posts` AS DOUBLE), 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t258`.`key_message_posts` / NULLIF(CAST(`t258`.`posts` AS DOUBLE), 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `key_message_rate__provenance`,
  IF(`t258`.`posts` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS BIGINT)) AS `posts__provenance`,
  IF(
    `t258`.`posts_contracted` IS NOT NULL AND NOT ISNAN(`t258`.`posts_contracted`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `posts_contracted__provenance`,
  IF(
    (
      (
        CAST(`t258`.`posts` AS DOUBLE) / NULLIF(`t258`.`posts_contracted`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        CAST(`t258`.`posts` AS DOUBLE) / NULLIF(`t258`.`posts_contracted`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `posts_delivery_rate__provenance`,
  IF(`t258`.`ugc_posts` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS BIGINT)) AS `ugc_posts__provenance`,
  IF(
    `t258`.`likes` IS NOT NULL AND NOT ISNAN(`t258`.`likes`),
    COALESCE(`t258`.`likes__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `likes__provenance`,
  IF(
    `t258`.`comments` IS NOT NULL AND NOT ISNAN(`t258`.`comments`),
    COALESCE(`t258`.`comments__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `comments__provenance`,
  IF(
    `t258`.`shares` IS NOT NULL AND NOT ISNAN(`t258`.`shares`),
    COALESCE(`t258`.`shares__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `shares__provenance`,
  IF(
    `t258`.`saves` IS NOT NULL AND NOT ISNAN(`t258`.`saves`),
    COALESCE(`t258`.`saves__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `saves__provenance`,
  IF(
    `t258`.`engagements` IS NOT NULL AND NOT ISNAN(`t258`.`engagements`),
    COALESCE(`t258`.`engagements__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagements__provenance`,
  IF(
    (
      (
        `t258`.`engagement_rate_reach__first` / NULLIF(`t258`.`engagement_rate_reach__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t258`.`engagement_rate_reach__first` / NULLIF(`t258`.`engagement_rate_reach__second`, 0)
      ) * 100
    ),
    COALESCE(`t258`.`engagement_rate_reach__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_reach__provenance`,
  IF(
    (
      (
        `t258`.`engagement_rate_followers__first` / NULLIF(`t258`.`engagement_rate_followers__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t258`.`engagement_rate_followers__first` / NULLIF(`t258`.`engagement_rate_followers__second`, 0)
      ) * 100
    ),
    COALESCE(`t258`.`engagement_rate_followers__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers__provenance`,
  IF(
    `t258`.`er_reach_post_mean` IS NOT NULL
    AND NOT ISNAN(`t258`.`er_reach_post_mean`),
    COALESCE(`t258`.`er_reach_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_reach_post_mean__provenance`,
  IF(
    `t258`.`er_reach_post_median` IS NOT NULL
    AND NOT ISNAN(`t258`.`er_reach_post_median`),
    COALESCE(`t258`.`er_reach_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_reach_post_median__provenance`,
  IF(
    `t258`.`er_reach_account_mean` IS NOT NULL
    AND NOT ISNAN(`t258`.`er_reach_account_mean`),
    COALESCE(`t258`.`er_reach_account_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_reach_account_mean__provenance`,
  IF(
    `t258`.`er_reach_account_median` IS NOT NULL
    AND NOT ISNAN(`t258`.`er_reach_account_median`),
    COALESCE(`t258`.`er_reach_account_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_reach_account_median__provenance`,
  IF(
    `t258`.`er_followers_post_mean` IS NOT NULL
    AND NOT ISNAN(`t258`.`er_followers_post_mean`),
    COALESCE(`t258`.`er_followers_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers_post_mean__provenance`,
  IF(
    `t258`.`er_followers_post_median` IS NOT NULL
    AND NOT ISNAN(`t258`.`er_followers_post_median`),
    COALESCE(`t258`.`er_followers_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers_post_median__provenance`,
  IF(
    `t258`.`er_followers_account_mean` IS NOT NULL
    AND NOT ISNAN(`t258`.`er_followers_account_mean`),
    COALESCE(`t258`.`er_followers_account_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers_account_mean__provenance`,
  IF(
    `t258`.`er_followers_account_median` IS NOT NULL
    AND NOT ISNAN(`t258`.`er_followers_account_median`),
    COALESCE(`t258`.`er_followers_account_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers_account_median__provenance`,
  IF(
    (
      (
        `t258`.`engagement_rate_impressions__first` / NULLIF(`t258`.`engagement_rate_impressions__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t258`.`engagement_rate_impressions__first` / NULLIF(`t258`.`engagement_rate_impressions__second`, 0)
      ) * 100
    ),
    COALESCE(`t258`.`engagement_rate_impressions__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions__provenance`,
  IF(
    `t258`.`er_impressions_post_mean` IS NOT NULL
    AND NOT ISNAN(`t258`.`er_impressions_post_mean`),
    COALESCE(`t258`.`er_impressions_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions_post_mean__provenance`,
  IF(
    `t258`.`er_impressions_post_median` IS NOT NULL
    AND NOT ISNAN(`t258`.`er_impressions_post_median`),
    COALESCE(`t258`.`er_impressions_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions_post_median__provenance`,
  IF(
    `t258`.`er_impressions_account_mean` IS NOT NULL
    AND NOT ISNAN(`t258`.`er_impressions_account_mean`),
    COALESCE(`t258`.`er_impressions_account_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions_account_mean__provenance`,
  IF(
    `t258`.`er_impressions_account_median` IS NOT NULL
    AND NOT ISNAN(`t258`.`er_impressions_account_median`),
    COALESCE(`t258`.`er_impressions_account_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions_account_median__provenance`,
  IF(
    (
      (
        `t258`.`engagement_rate_views__first` / NULLIF(`t258`.`engagement_rate_views__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t258`.`engagement_rate_views__first` / NULLIF(`t258`.`engagement_rate_views__second`, 0)
      ) * 100
    ),
    COALESCE(`t258`.`engagement_rate_views__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views__provenance`,
  IF(
    `t258`.`er_views_post_mean` IS NOT NULL
    AND NOT ISNAN(`t258`.`er_views_post_mean`),
    COALESCE(`t258`.`er_views_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views_post_mean__provenance`,
  IF(
    `t258`.`er_views_post_median` IS NOT NULL
    AND NOT ISNAN(`t258`.`er_views_post_median`),
    COALESCE(`t258`.`er_views_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views_post_median__provenance`,
  IF(
    `t258`.`er_views_account_mean` IS NOT NULL
    AND NOT ISNAN(`t258`.`er_views_account_mean`),
    COALESCE(`t258`.`er_views_account_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views_account_mean__provenance`,
  IF(
    `t258`.`er_views_account_median` IS NOT NULL
    AND NOT ISNAN(`t258`.`er_views_account_median`),
    COALESCE(`t258`.`er_views_account_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views_account_median__provenance`,
  IF(
    `t258`.`clicks` IS NOT NULL AND NOT ISNAN(`t258`.`clicks`),
    COALESCE(`t258`.`clicks__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `platform_link_clicks__provenance`,
  IF(
    `t258`.`followers_gained` IS NOT NULL AND NOT ISNAN(`t258`.`followers_gained`),
    COALESCE(`t258`.`followers_gained__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `followers_gained__provenance`,
  IF(
    (
      (
        `t258`.`follower_growth_rate__first` / NULLIF(`t258`.`follower_growth_rate__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t258`.`follower_growth_rate__first` / NULLIF(`t258`.`follower_growth_rate__second`, 0)
      ) * 100
    ),
    COALESCE(`t258`.`follower_growth_rate__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `follower_growth_rate__provenance`,
  IF(
    (
      `t258`.`followers_gained_above_trend__first` - `t258`.`followers_gained_above_trend__second`
    ) IS NOT NULL
    AND NOT ISNAN(
      `t258`.`followers_gained_above_trend__first` - `t258`.`followers_gained_above_trend__second`
    ),
    COALESCE(`t258`.`followers_gained_above_trend__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `followers_gained_above_trend__provenance`,
  IF(
    `t258`.`brand_followers_gained` IS NOT NULL
    AND NOT ISNAN(`t258`.`brand_followers_gained`),
    COALESCE(`t258`.`brand_followers_gained__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `brand_followers_gained__provenance`,
  IF(
    (
      (
        `t258`.`brand_follower_growth_rate__first` / NULLIF(`t258`.`brand_follower_growth_rate__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t258`.`brand_follower_growth_rate__first` / NULLIF(`t258`.`brand_follower_growth_rate__second`, 0)
      ) * 100
    ),
    COALESCE(`t258`.`brand_follower_growth_rate__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `brand_follower_growth_rate__provenance`,
  IF(
    (
      `t258`.`brand_followers_gained_above_trend__first` - `t258`.`brand_followers_gained_above_trend__second`
    ) IS NOT NULL
    AND NOT ISNAN(
      `t258`.`brand_followers_gained_above_trend__first` - `t258`.`brand_followers_gained_above_trend__second`
    ),
    COALESCE(`t258`.`brand_followers_gained_above_trend__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `brand_followers_gained_above_trend__provenance`,
  IF(
    `t258`.`link_clicks` IS NOT NULL AND NOT ISNAN(`t258`.`link_clicks`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `tracked_clicks__provenance`,
  IF(
    `t258`.`unique_link_clicks` IS NOT NULL
    AND NOT ISNAN(`t258`.`unique_link_clicks`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `unique_clicks__provenance`,
  IF(
    `t258`.`bot_link_clicks` IS NOT NULL AND NOT ISNAN(`t258`.`bot_link_clicks`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `bot_clicks__provenance`,
  IF(
    (
      (
        `t258`.`link_clicks` / NULLIF(`t258`.`impressions_with_estimates`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t258`.`link_clicks` / NULLIF(`t258`.`impressions_with_estimates`, 0)
      ) * 100
    ),
    COALESCE(`t258`.`impressions_with_estimates__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `click_through_rate__provenance`,
  IF(
    `t258`.`sessions` IS NOT NULL AND NOT ISNAN(`t258`.`sessions`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `sessions__provenance`,
  IF(
    `t258`.`new_users` IS NOT NULL AND NOT ISNAN(`t258`.`new_users`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `new_users__provenance`,
  IF(
    (
      (
        `t258`.`bounced_sessions` / NULLIF(`t258`.`sessions`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN((
      `t258`.`bounced_sessions` / NULLIF(`t258`.`sessions`, 0)
    ) * 100),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `bounce_rate__provenance`,
  IF(
    (
      `t258`.`session_seconds` / NULLIF(`t258`.`sessions`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t258`.`session_seconds` / NULLIF(`t258`.`sessions`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `average_session_duration__provenance`,
  IF(
    (
      `t258`.`page_views` / NULLIF(`t258`.`sessions`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t258`.`page_views` / NULLIF(`t258`.`sessions`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `pages_per_session__provenance`,
  IF(
    `t258`.`key_events` IS NOT NULL AND NOT ISNAN(`t258`.`key_events`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `leads__provenance`,
  IF(
    `t258`.`orders` IS NOT NULL AND NOT ISNAN(`t258`.`orders`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `conversions__provenance`,
  IF(
    (
      (
        `t258`.`orders` / NULLIF(`t258`.`unique_link_clicks`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN((
      `t258`.`orders` / NULLIF(`t258`.`unique_link_clicks`, 0)
    ) * 100),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `conversion_rate__provenance`,
  IF(
    `t258`.`revenue` IS NOT NULL AND NOT ISNAN(`t258`.`revenue`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `revenue__provenance`,
  IF(
    (
      `t258`.`revenue` / NULLIF(`t258`.`orders`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t258`.`revenue` / NULLIF(`t258`.`orders`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `average_order_value__provenance`,
  IF(
    `t258`.`new_customers` IS NOT NULL AND NOT ISNAN(`t258`.`new_customers`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `new_customers__provenance`,
  IF(
    (
      `t258`.`revenue` / NULLIF(`t258`.`cost`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t258`.`revenue` / NULLIF(`t258`.`cost`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `return_on_ad_spend__provenance`,
  IF(
    (
      (
        (
          `t258`.`revenue` - `t258`.`cost`
        ) / NULLIF(`t258`.`cost`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        (
          `t258`.`revenue` - `t258`.`cost`
        ) / NULLIF(`t258`.`cost`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `return_on_investment__provenance`,
  IF(
    (
      (
        (
          `t258`.`revenue` - `t258`.`cost`
        ) / NULLIF(`t258`.`revenue`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        (
          `t258`.`revenue` - `t258`.`cost`
        ) / NULLIF(`t258`.`revenue`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `profitability__provenance`,
  IF(
    `t258`.`sponsored_posts` IS NOT NULL AND NOT ISNAN(`t258`.`sponsored_posts`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `sponsored_posts__provenance`,
  IF(
    `t258`.`disclosed_sponsored_posts` IS NOT NULL
    AND NOT ISNAN(`t258`.`disclosed_sponsored_posts`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `disclosed_sponsored_posts__provenance`,
  IF(
    (
      (
        `t258`.`disclosed_sponsored_posts` / NULLIF(`t258`.`sponsored_posts`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t258`.`disclosed_sponsored_posts` / NULLIF(`t258`.`sponsored_posts`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `disclosure_rate__provenance`,
  IF(
    `t258`.`cost` IS NOT NULL AND NOT ISNAN(`t258`.`cost`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost__provenance`,
  IF(
    (
      (
        `t258`.`cost` / NULLIF(`t258`.`impressions_with_estimates`, 0)
      ) * 1000
    ) IS NOT NULL
    AND NOT ISNAN((
      `t258`.`cost` / NULLIF(`t258`.`impressions_with_estimates`, 0)
    ) * 1000),
    COALESCE(`t258`.`impressions_with_estimates__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_mille__provenance`,
  IF(
    (
      `t258`.`cost` / NULLIF(`t258`.`engagements`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t258`.`cost` / NULLIF(`t258`.`engagements`, 0)),
    COALESCE(`t258`.`engagements__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_engagement__provenance`,
  IF(
    (
      `t258`.`cost` / NULLIF(`t258`.`views`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t258`.`cost` / NULLIF(`t258`.`views`, 0)),
    COALESCE(`t258`.`views__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_view__provenance`,
  IF(
    (
      `t258`.`cost` / NULLIF(`t258`.`brand_followers_gained`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t258`.`cost` / NULLIF(`t258`.`brand_followers_gained`, 0)),
    COALESCE(`t258`.`brand_followers_gained__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_new_follower__provenance`,
  IF(
    (
      `t258`.`cost` / NULLIF(`t258`.`link_clicks`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t258`.`cost` / NULLIF(`t258`.`link_clicks`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_click__provenance`,
  IF(
    (
      `t258`.`cost` / NULLIF(`t258`.`orders`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t258`.`cost` / NULLIF(`t258`.`orders`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_acquisition__provenance`,
  IF(
    (
      `t258`.`cost` / NULLIF(`t258`.`new_customers`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t258`.`cost` / NULLIF(`t258`.`new_customers`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `customer_acquisition_cost__provenance`,
  IF(
    (
      `t258`.`cost` / NULLIF(`t258`.`key_events`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t258`.`cost` / NULLIF(`t258`.`key_events`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_lead__provenance`,
  IF(
    `t258`.`emv` IS NOT NULL AND NOT ISNAN(`t258`.`emv`),
    COALESCE(`t258`.`emv__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `emv__provenance`,
  IF(
    `t258`.`emv_authentic` IS NOT NULL AND NOT ISNAN(`t258`.`emv_authentic`),
    COALESCE(`t258`.`emv_authentic__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `emv_authentic__provenance`,
  IF(
    (
      `t258`.`emv` / NULLIF(`t258`.`cost`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t258`.`emv` / NULLIF(`t258`.`cost`, 0)),
    COALESCE(`t258`.`emv__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `emv_per_cost__provenance`,
  IF(
    `t258`.`paid_impressions` IS NOT NULL AND NOT ISNAN(`t258`.`paid_impressions`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `paid_equivalent_impressions__provenance`,
  IF(
    `t258`.`paid_clicks` IS NOT NULL AND NOT ISNAN(`t258`.`paid_clicks`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `paid_equivalent_clicks__provenance`,
  IF(
    `t258`.`paid_views` IS NOT NULL AND NOT ISNAN(`t258`.`paid_views`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `paid_equivalent_views__provenance`,
  IF(
    (
      (
        `t258`.`impressions_vs_paid__first` / NULLIF(`t258`.`impressions_vs_paid__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t258`.`impressions_vs_paid__first` / NULLIF(`t258`.`impressions_vs_paid__second`, 0)
      ) * 100
    ),
    COALESCE(`t258`.`impressions_vs_paid__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `impressions_vs_paid__provenance`,
  IF(
    (
      (
        `t258`.`clicks_vs_paid__first` / NULLIF(`t258`.`clicks_vs_paid__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t258`.`clicks_vs_paid__first` / NULLIF(`t258`.`clicks_vs_paid__second`, 0)
      ) * 100
    ),
    COALESCE(`t258`.`clicks_vs_paid__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `clicks_vs_paid__provenance`,
  IF(
    (
      (
        `t258`.`views_vs_paid__first` / NULLIF(`t258`.`views_vs_paid__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t258`.`views_vs_paid__first` / NULLIF(`t258`.`views_vs_paid__second`, 0)
      ) * 100
    ),
    COALESCE(`t258`.`views_vs_paid__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `views_vs_paid__provenance`
FROM (
  SELECT
    `t257`.`week`,
    `t257`.`key_messages`,
    `t257`.`platforms_selected`,
    `t257`.`influencers_contacted`,
    `t257`.`influencers_interested`,
    `t257`.`influencers_activated`,
    `t257`.`products_sent`,
    `t257`.`reach`,
    `t257`.`impressions`,
    `t257`.`views`,
    `t257`.`impressions_with_estimates`,
    `t257`.`reach_rate__first`,
    `t257`.`reach_rate__second`,
    `t257`.`brand_mentions`,
    `t257`.`mentions`,
    `t257`.`brand_mention_engagements`,
    `t257`.`mention_engagements`,
    `t257`.`key_message_posts`,
    `t257`.`posts`,
    `t257`.`posts_contracted`,
    `t257`.`ugc_posts`,
    `t257`.`likes`,
    `t257`.`comments`,
    `t257`.`shares`,
    `t257`.`saves`,
    `t257`.`engagements`,
    `t257`.`engagement_rate_reach__first`,
    `t257`.`engagement_rate_reach__second`,
    `t257`.`engagement_rate_followers__first`,
    `t257`.`engagement_rate_followers__second`,
    `t257`.`er_reach_post_mean`,
    `t257`.`er_reach_post_median`,
    `t257`.`er_followers_post_mean`,
    `t257`.`er_followers_post_median`,
    `t257`.`engagement_rate_impressions__first`,
    `t257`.`engagement_rate_impressions__second`,
    `t257`.`er_impressions_post_mean`,
    `t257`.`er_impressions_post_median`,
    `t257`.`engagement_rate_views__first`,
    `t257`.`engagement_rate_views__second`,
    `t257`.`er_views_post_mean`,
    `t257`.`er_views_post_median`,
    `t257`.`clicks`,
    `t257`.`followers_gained`,
    `t257`.`follower_growth_rate__first`,
    `t257`.`follower_growth_rate__second`,
    `t257`.`followers_gained_above_trend__first`,
    `t257`.`followers_gained_above_trend__second`,
    `t257`.`brand_followers_gained`,
    `t257`.`brand_follower_growth_rate__first`,
    `t257`.`brand_follower_growth_rate__second`,
    `t257`.`brand_followers_gained_above_trend__first`,
    `t257`.`brand_followers_gained_above_trend__second`,
    `t257`.`link_clicks`,
    `t257`.`unique_link_clicks`,
    `t257`.`bot_link_clicks`,
    `t257`.`sessions`,
    `t257`.`new_users`,
    `t257`.`bounced_sessions`,
    `t257`.`session_seconds`,
    `t257`.`page_views`,
    `t257`.`key_events`,
    `t257`.`orders`,
    `t257`.`revenue`,
    `t257`.`new_customers`,
    `t257`.`cost`,
    `t257`.`sponsored_posts`,
    `t257`.`disclosed_sponsored_posts`,
    `t257`.`emv`,
    `t257`.`emv_authentic`,
    `t257`.`paid_impressions`,
    `t257`.`paid_clicks`,
    `t257`.`paid_views`,
    `t257`.`impressions_vs_paid__first`,
    `t257`.`impressions_vs_paid__second`,
    `t257`.`clicks_vs_paid__first`,
    `t257`.`clicks_vs_paid__second`,
    `t257`.`views_vs_paid__first`,
    `t257`.`views_vs_paid__second`,
    `t257`.`reach__provenance`,
    `t257`.`impressions__provenance`,
    `t257`.`views__provenance`,
    `t257`.`impressions_with_estimates__provenance`,
    `t257`.`reach_rate__pair__provenance`,
    `t257`.`likes__provenance`,
    `t257`.`comments__provenance`,
    `t257`.`shares__provenance`,
    `t257`.`saves__provenance`,
    `t257`.`engagements__provenance`,
    `t257`.`engagement_rate_reach__pair__provenance`,
    `t257`.`engagement_rate_followers__pair__provenance`,
    `t257`.`er_reach_post_mean__provenance`,
    `t257`.`er_followers_post_mean__provenance`,
    `t257`.`engagement_rate_impressions__pair__provenance`,
    `t257`.`er_impressions_post_mean__provenance`,
    `t257`.`engagement_rate_views__pair__provenance`,
    `t257`.`er_views_post_mean__provenance`,
    `t257`.`clicks__provenance`,
    `t257`.`followers_gained__provenance`,
    `t257`.`follower_growth_rate__pair__provenance`,
    `t257`.`followers_gained_above_trend__pair__provenance`,
    `t257`.`brand_followers_gained__provenance`,
    `t257`.`brand_follower_growth_rate__pair__provenance`,
    `t257`.`brand_followers_gained_above_trend__pair__provenance`,
    `t257`.`emv__provenance`,
    `t257`.`emv_authentic__provenance`,
    `t257`.`impressions_vs_paid__pair__provenance`,
    `t257`.`clicks_vs_paid__pair__provenance`,
    `t257`.`views_vs_paid__pair__provenance`,
    `t255`.`er_reach_account_mean`,
    `t255`.`er_reach_account_median`,
    `t255`.`er_followers_account_mean`,
    `t255`.`er_followers_account_median`,
    `t255`.`er_impressions_account_mean`,
    `t255`.`er_impressions_account_median`,
    `t255`.`er_views_account_mean`,
    `t255`.`er_views_account_median`,
    `t255`.`er_reach_account_mean__provenance`,
    `t255`.`er_reach_account_median__provenance`,
    `t255`.`er_followers_account_mean__provenance`,
    `t255`.`er_followers_account_median__provenance`,
    `t255`.`er_impressions_account_mean__provenance`,
    `t255`.`er_impressions_account_median__provenance`,
    `t255`.`er_views_account_mean__provenance`,
    `t255`.`er_views_account_median__provenance`
  FROM (
    SELECT
      `t253`.`week`,
      `t253`.`key_messages`,
      `t253`.`platforms_selected`,
      `t253`.`influencers_contacted`,
      `t253`.`influencers_interested`,
      `t253`.`influencers_activated`,
      `t253`.`products_sent`,
      `t253`.`reach`,
      `t253`.`impressions`,
      `t253`.`views`,
      `t253`.`impressions_with_estimates`,
      `t253`.`reach_rate__first`,
      `t253`.`reach_rate__second`,
      `t253`.`brand_mentions`,
      `t253`.`mentions`,
      `t253`.`brand_mention_engagements`,
      `t253`.`mention_engagements`,
      `t253`.`key_message_posts`,
      `t253`.`posts`,
      `t253`.`posts_contracted`,
      `t253`.`ugc_posts`,
      `t253`.`likes`,
      `t253`.`comments`,
      `t253`.`shares`,
      `t253`.`saves`,
      `t253`.`engagements`,
      `t253`.`engagement_rate_reach__first`,
      `t253`.`engagement_rate_reach__second`,
      `t253`.`engagement_rate_followers__first`,
      `t253`.`engagement_rate_followers__second`,
      `t253`.`er_reach_post_mean`,
      `t253`.`er_reach_post_median`,
      `t253`.`er_followers_post_mean`,
      `t253`.`er_followers_post_median`,
      `t253`.`engagement_rate_impressions__first`,
      `t253`.`engagement_rate_impressions__second`,
      `t253`.`er_impressions_post_mean`,
      `t253`.`er_impressions_post_median`,
      `t253`.`engagement_rate_views__first`,
      `t253`.`engagement_rate_views__second`,
      `t253`.`er_views_post_mean`,
      `t253`.`er_views_post_median`,
      `t253`.`clicks`,
      `t253`.`followers_gained`,
      `t253`.`follower_growth_rate__first`,
      `t253`.`follower_growth_rate__second`,
      `t253`.`followers_gained_above_trend__first`,
      `t253`.`followers_gained_above_trend__second`,
      `t253`.`brand_followers_gained`,
      `t253`.`brand_follower_growth_rate__first`,
      `t253`.`brand_follower_growth_rate__second`,
      `t253`.`brand_followers_gained_above_trend__first`,
      `t253`.`brand_followers_gained_above_trend__second`,
      `t253`.`link_clicks`,
      `t253`.`unique_link_clicks`,
      `t253`.`bot_link_clicks`,
      `t253`.`sessions`,
      `t253`.`new_users`,
      `t253`.`bounced_sessions`,
      `t253`.`session_seconds`,
      `t253`.`page_views`,
      `t253`.`key_events`,
      `t253`.`orders`,
      `t253`.`revenue`,
      `t253`.`new_customers`,
      `t253`.`cost`,
      `t253`.`sponsored_posts`,
      `t253`.`disclosed_sponsored_posts`,
      `t253`.`emv`,
      `t253`.`emv_authentic`,
      `t253`.`paid_impressions`,
      `t253`.`paid_clicks`,
      `t253`.`paid_views`,
      `t253`.`impressions_vs_paid__first`,
      `t253`.`impressions_vs_paid__second`,
      `t253`.`clicks_vs_paid__first`,
      `t253`.`clicks_vs_paid__second`,
      `t253`.`views_vs_paid__first`,
      `t253`.`views_vs_paid__second`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 0)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 0)
        ) & 3
      ) AS `reach__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 2)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 2)
        ) & 3
      ) AS `impressions__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 4)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 4)
        ) & 3
      ) AS `views__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 6)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 6)
        ) & 3
      ) AS `impressions_with_estimates__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 8)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 8)
        ) & 3
      ) AS `reach_rate__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 10)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 10)
        ) & 3
      ) AS `likes__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 12)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 12)
        ) & 3
      ) AS `comments__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 14)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 14)
        ) & 3
      ) AS `shares__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 16)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 16)
        ) & 3
      ) AS `saves__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 18)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 18)
        ) & 3
      ) AS `engagements__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 20)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 20)
        ) & 3
      ) AS `engagement_rate_reach__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 22)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 22)
        ) & 3
      ) AS `engagement_rate_followers__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 24)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 24)
        ) & 3
      ) AS `er_reach_post_mean__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 26)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 26)
        ) & 3
      ) AS `er_followers_post_mean__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 28)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 28)
        ) & 3
      ) AS `engagement_rate_impressions__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 30)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 30)
        ) & 3
      ) AS `er_impressions_post_mean__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 32)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 32)
        ) & 3
      ) AS `engagement_rate_views__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 34)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 34)
        ) & 3
      ) AS `er_views_post_mean__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 36)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 36)
        ) & 3
      ) AS `clicks__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 38)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 38)
        ) & 3
      ) AS `followers_gained__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 40)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 40)
        ) & 3
      ) AS `follower_growth_rate__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 42)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 42)
        ) & 3
      ) AS `followers_gained_above_trend__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 44)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 44)
        ) & 3
      ) AS `brand_followers_gained__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 46)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 46)
        ) & 3
      ) AS `brand_follower_growth_rate__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 48)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 48)
        ) & 3
      ) AS `brand_followers_gained_above_trend__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 50)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 50)
        ) & 3
      ) AS `emv__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 52)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 52)
        ) & 3
      ) AS `emv_authentic__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 54)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 54)
        ) & 3
      ) AS `impressions_vs_paid__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 56)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 56)
        ) & 3
      ) AS `clicks_vs_paid__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t253`.`ranks__0`, 58)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t253`.`ranks__0`, 58)
        ) & 3
      ) AS `views_vs_paid__pair__provenance`
    FROM (
      SELECT
        `t248`.`week`,
        SUM(`t248`.`key_messages`) AS `key_messages`,
        COUNT(DISTINCT `t248`.`post_platform`) AS `platforms_selected`,
        SUM(`t248`.`influencers_contacted`) AS `influencers_contacted`,
        SUM(`t248`.`influencers_interested`) AS `influencers_interested`,
        COUNT(DISTINCT `t248`.`publishing_influencer`) AS `influencers_activated`,
        SUM(`t248`.`products_sent`) AS `products_sent`,
        SUM(`t248`.`reach`) AS `reach`,
        SUM(`t248`.`impressions`) AS `impressions`,
        SUM(`t248`.`views`) AS `views`,
        SUM(`t248`.`impressions_with_estimates`) AS `impressions_with_estimates`,
        SUM(
          IF(
            `t248`.`reach` IS NOT NULL
            AND NOT ISNAN(`t248`.`reach`)
            AND (
              `t248`.`followers` IS NOT NULL AND NOT ISNAN(`t248`.`followers`)
            ),
            `t248`.`reach`,
            NULL
          )
        ) AS `reach_rate__first`,
        SUM(
          IF(
            `t248`.`reach` IS NOT NULL
            AND NOT ISNAN(`t248`.`reach`)
            AND (
              `t248`.`followers` IS NOT NULL AND NOT ISNAN(`t248`.`followers`)
            ),
            `t248`.`followers`,
            NULL
          )
        ) AS `reach_rate__second`,
        SUM(`t248`.`brand_mentions`) AS `brand_mentions`,
        SUM(`t248`.`mentions`) AS `mentions`,
        SUM(`t248`.`brand_mention_engagements`) AS `brand_mention_engagements`,
        SUM(`t248`.`mention_engagements`) AS `mention_engagements`,
        SUM(`t248`.`key_message_posts`) AS `key_message_posts`,
        COUNT(`t248`.`post_id`) AS `posts`,
        SUM(`t248`.`posts_contracted`) AS `posts_contracted`,
        COUNT(DISTINCT `t248`.`ugc_post`) AS `ugc_posts`,
        SUM(`t248`.`likes`) AS `likes`,
        SUM(`t248`.`comments`) AS `comments`,
        SUM(`t248`.`shares`) AS `shares`,
        SUM(`t248`.`saves`) AS `saves`,
        SUM(`t248`.`engagements`) AS `engagements`,
        SUM(
          IF(
            `t248`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t248`.`engagements`)
            AND (
              `t248`.`reach` IS NOT NULL AND NOT ISNAN(`t248`.`reach`)
            ),
            `t248`.`engagements`,
            NULL
          )
        ) AS `engagement_rate_reach__first`,
        SUM(
          IF(
            `t248`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t248`.`engagements`)
            AND (
              `t248`.`reach` IS NOT NULL AND NOT ISNAN(`t248`.`reach`)
            ),
            `t248`.`reach`,
            NULL
          )
        ) AS `engagement_rate_reach__second`,
        SUM(
          IF(
            `t248`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t248`.`engagements`)
            AND (
              `t248`.`followers` IS NOT NULL AND NOT ISNAN(`t248`.`followers`)
            ),
            `t248`.`engagements`,
            NULL
          )
        ) AS `engagement_rate_followers__first`,
        SUM(
          IF(
            `t248`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t248`.`engagements`)
            AND (
              `t248`.`followers` IS NOT NULL AND NOT ISNAN(`t248`.`followers`)
            ),
            `t248`.`followers`,
            NULL
          )
        ) AS `engagement_rate_followers__second`,
        AVG(`t248`.`er_reach_post`) AS `er_reach_post_mean`,
        PERCENTILE(`t248`.`er_reach_post`, 0.5) AS `er_reach_post_median`,
        AVG(`t248`.`er_followers_post`) AS `er_followers_post_mean`,
        PERCENTILE(`t248`.`er_followers_post`, 0.5) AS `er_followers_post_median`,
        SUM(
          IF(
            `t248`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t248`.`engagements`)
            AND (
              `t248`.`impressions` IS NOT NULL AND NOT ISNAN(`t248`.`impressions`)
            ),
            `t248`.`engagements`,
            NULL
          )
        ) AS `engagement_rate_impressions__first`,
        SUM(
          IF(
            `t248`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t248`.`engagements`)
            AND (
              `t248`.`impressions` IS NOT NULL AND NOT ISNAN(`t248`.`impressions`)
            ),
            `t248`.`impressions`,
            NULL
          )
        ) AS `engagement_rate_impressions__second`,
        AVG(`t248`.`er_impressions_post`) AS `er_impressions_post_mean`,
        PERCENTILE(`t248`.`er_impressions_post`, 0.5) AS `er_impressions_post_median`,
        SUM(
          IF(
            `t248`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t248`.`engagements`)
            AND (
              `t248`.`views` IS NOT NULL AND NOT ISNAN(`t248`.`views`)
            ),
            `t248`.`engagements`,
            NULL
          )
        ) AS `engagement_rate_views__first`,
        SUM(
          IF(
            `t248`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t248`.`engagements`)
            AND (
              `t248`.`views` IS NOT NULL AND NOT ISNAN(`t248`.`views`)
            ),
            `t248`.`views`,
            NULL
          )
        ) AS `engagement_rate_views__second`,
        AVG(`t248`.`er_views_post`) AS `er_views_post_mean`,
        PERCENTILE(`t248`.`er_views_post`, 0.5) AS `er_views_post_median`,
        SUM(`t248`.`clicks`) AS `clicks`,
        SUM(`t248`.`followers_gained`) AS `followers_gained`,
        SUM(
          IF(
            `t248`.`followers_gained` IS NOT NULL
            AND NOT ISNAN(`t248`.`followers_gained`)
            AND (
              `t248`.`followers_start` IS NOT NULL AND NOT ISNAN(`t248`.`followers_start`)
            ),
            `t248`.`followers_gained`,
            NULL
          )
        ) AS `follower_growth_rate__first`,
        SUM(
          IF(
            `t248`.`followers_gained` IS NOT NULL
            AND NOT ISNAN(`t248`.`followers_gained`)
            AND (
              `t248`.`followers_start` IS NOT NULL AND NOT ISNAN(`t248`.`followers_start`)
            ),
            `t248`.`followers_start`,
            NULL
          )
        ) AS `follower_growth_rate__second`,
        SUM(
          IF(
            `t248`.`followers_gained` IS NOT NULL
            AND NOT ISNAN(`t248`.`followers_gained`)
            AND (
              `t248`.`followers_expected_gain` IS NOT NULL
              AND NOT ISNAN(`t248`.`followers_expected_gain`)
            ),
            `t248`.`followers_gained`,
            NULL
          )
        ) AS `followers_gained_above_trend__first`,
        SUM(
          IF(
            `t248`.`followers_gained` IS NOT NULL
            AND NOT ISNAN(`t248`.`followers_gained`)
            AND (
              `t248`.`followers_expected_gain` IS NOT NULL
              AND NOT ISNAN(`t248`.`followers_expected_gain`)
            ),
            `t248`.`followers_expected_gain`,
            NULL
          )
        ) AS `followers_gained_above_trend__second`,
        SUM(`t248`.`brand_followers_gained`) AS `brand_followers_gained`,
        SUM(
          IF(
            `t248`.`brand_followers_gained` IS NOT NULL
            AND NOT ISNAN(`t248`.`brand_followers_gained`)
            AND (
              `t248`.`brand_followers_start` IS NOT NULL
              AND NOT ISNAN(`t248`.`brand_followers_start`)
            ),
            `t248`.`brand_followers_gained`,
            NULL
          )
        ) AS `brand_follower_growth_rate__first`,
        SUM(
          IF(
            `t248`.`brand_followers_gained` IS NOT NULL
            AND NOT ISNAN(`t248`.`brand_followers_gained`)
            AND (
              `t248`.`brand_followers_start` IS NOT NULL
              AND NOT ISNAN(`t248`.`brand_followers_start`)
            ),
            `t248`.`brand_followers_start`,
            NULL
          )
        ) AS `brand_follower_growth_rate__second`,
        SUM(
          IF(
            `t248`.`brand_followers_gained` IS NOT NULL
            AND NOT ISNAN(`t248`.`brand_followers_gained`)
            AND (
              `t248`.`brand_followers_expected_gain` IS NOT NULL
              AND NOT ISNAN(`t248`.`brand_followers_expected_gain`)
            ),
            `t248`.`brand_followers_gained`,
            NULL
          )
        ) AS `brand_followers_gained_above_trend__first`,
        SUM(
          IF(
            `t248`.`brand_followers_gained` IS NOT NULL
            AND NOT ISNAN(`t248`.`brand_followers_gained`)
            AND (
              `t248`.`brand_followers_expected_gain` IS NOT NULL
              AND NOT ISNAN(`t248`.`brand_followers_expected_gain`)
            ),
            `t248`.`brand_followers_expected_gain`,
            NULL
          )
        ) AS `brand_followers_gained_above_trend__second`,
        SUM(`t248`.`link_clicks`) AS `link_clicks`,
        SUM(`t248`.`unique_link_clicks`) AS `unique_link_clicks`,
        SUM(`t248`.`bot_link_clicks`) AS `bot_link_clicks`,
        SUM(`t248`.`sessions`) AS `sessions`,
        SUM(`t248`.`new_users`) AS `new_users`,
        SUM(`t248`.`bounced_sessions`) AS `bounced_sessions`,
        SUM(`t248`.`session_seconds`) AS `session_seconds`,
        SUM(`t248`.`page_views`) AS `page_views`,
        SUM(`t248`.`key_events`) AS `key_events`,
        SUM(`t248`.`orders`) AS `orders`,
        SUM(`t248`.`revenue`) AS `revenue`,
        SUM(`t248`.`new_customers`) AS `new_customers`,
        SUM(`t248`.`cost`) AS `cost`,
        SUM(`t248`.`sponsored_posts`) AS `sponsored_posts`,
        SUM(`t248`.`disclosed_sponsored_posts`) AS `disclosed_sponsored_posts`,
        SUM(`t248`.`emv`) AS `emv`,
        SUM(`t248`.`emv_authentic`) AS `emv_authentic`,
        SUM(`t248`.`paid_impressions`) AS `paid_impressions`,
        SUM(`t248`.`paid_clicks`) AS `paid_clicks`,
        SUM(`t248`.`paid_views`) AS `paid_views`,
        SUM(
          IF(
            `t248`.`impressions_with_estimates` IS NOT NULL
            AND NOT ISNAN(`t248`.`impressions_with_estimates`)
            AND (
              `t248`.`paid_impressions` IS NOT NULL AND NOT ISNAN(`t248`.`paid_impressions`)
            ),
            `t248`.`impressions_with_estimates`,
            NULL
          )
        ) AS `impressions_vs_paid__first`,
        SUM(
          IF(
            `t248`.`impressions_with_estimates` IS NOT NULL
            AND NOT ISNAN(`t248`.`impressions_with_estimates`)
            AND (
              `t248`.`paid_impressions` IS NOT NULL AND NOT ISNAN(`t248`.`paid_impressions`)
            ),
            `t248`.`paid_impressions`,
            NULL
          )
        ) AS `impressions_vs_paid__second`,
        SUM(
          IF(
            `t248`.`clicks` IS NOT NULL
            AND NOT ISNAN(`t248`.`clicks`)
            AND (
              `t248`.`paid_clicks` IS NOT NULL AND NOT ISNAN(`t248`.`paid_clicks`)
            ),
            `t248`.`clicks`,
            NULL
          )
        ) AS `clicks_vs_paid__first`,
        SUM(
          IF(
            `t248`.`clicks` IS NOT NULL
            AND NOT ISNAN(`t248`.`clicks`)
            AND (
              `t248`.`paid_clicks` IS NOT NULL AND NOT ISNAN(`t248`.`paid_clicks`)
            ),
            `t248`.`paid_clicks`,
            NULL
          )
        ) AS `clicks_vs_paid__second`,
        SUM(
          IF(
            `t248`.`views` IS NOT NULL
            AND NOT ISNAN(`t248`.`views`)
            AND (
              `t248`.`paid_views` IS NOT NULL AND NOT ISNAN(`t248`.`paid_views`)
            ),
            `t248`.`views`,
            NULL
          )
        ) AS `views_vs_paid__first`,
        SUM(
          IF(
            `t248`.`views` IS NOT NULL
            AND NOT ISNAN(`t248`.`views`)
            AND (
              `t248`.`paid_views` IS NOT NULL AND NOT ISNAN(`t248`.`paid_views`)
            ),
            `t248`.`paid_views`,
            NULL
          )
        ) AS `views_vs_paid__second`,
        BIT_OR(
          (
            SHIFTLEFT(
              IF(
                `t248`.`reach` IS NOT NULL AND NOT ISNAN(`t248`.`reach`),
                COALESCE(`t248`.`reach__provenance`, 0),
                0
              ),
              0
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t248`.`impressions` IS NOT NULL AND NOT ISNAN(`t248`.`impressions`),
                COALESCE(`t248`.`impressions__provenance`, 0),
                0
              ),
              2
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t248`.`views` IS NOT NULL AND NOT ISNAN(`t248`.`views`),
                COALESCE(`t248`.`views__provenance`, 0),
                0
              ),
              4
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t248`.`impressions_with_estimates` IS NOT NULL
                AND NOT ISNAN(`t248`.`impressions_with_estimates`),
                COALESCE(`t248`.`impressions_with_estimates__provenance`, 0),
                0
              ),
              6
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t248`.`reach` IS NOT NULL
                AND NOT ISNAN(`t248`.`reach`)
                AND (
                  `t248`.`followers` IS NOT NULL AND NOT ISNAN(`t248`.`followers`)
                ),
                COALESCE(
                  NULLIF(
                    GREATEST(
                      COALESCE(`t248`.`reach__provenance`, -1),
                      COALESCE(`t248`.`followers__provenance`, -1)
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
                `t248`.`likes` IS NOT NULL AND NOT ISNAN(`t248`.`likes`),
                COALESCE(`t248`.`likes__provenance`, 0),
                0
              ),
              10
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t248`.`comments` IS NOT NULL AND NOT ISNAN(`t248`.`comments`),
                COALESCE(`t248`.`comments__provenance`, 0),
                0
              ),
              12
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t248`.`shares` IS NOT NULL AND NOT ISNAN(`t248`.`shares`),
                COALESCE(`t248`.`shares__provenance`, 0),
                0
              ),
              14
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t248`.`saves` IS NOT NULL AND NOT ISNAN(`t248`.`saves`),
                COALESCE(`t248`.`saves__provenance`, 0),
                0
              ),
              16
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t248`.`engagements` IS NOT NULL AND NOT ISNAN(`t248`.`engagements`),
                COALESCE(`t248`.`engagements__provenance`, 0),
                0
              ),
              18
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t248`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t248`.`engagements`)
                AND (
                  `t248`.`reach` IS NOT NULL AND NOT ISNAN(`t248`.`reach`)
                ),
                COALESCE(
                  NULLIF(
                    GREATEST(
                      COALESCE(`t248`.`engagements__provenance`, -1),
                      COALESCE(`t248`.`reach__provenance`, -1)
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
                `t248`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t248`.`engagements`)
                AND (
                  `t248`.`followers` IS NOT NULL AND NOT ISNAN(`t248`.`followers`)
                ),
                COALESCE(
                  NULLIF(
                    GREATEST(
                      COALESCE(`t248`.`engagements__provenance`, -1),
                      COALESCE(`t248`.`followers__provenance`, -1)
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
                `t248`.`er_reach_post` IS NOT NULL AND NOT ISNAN(`t248`.`er_reach_post`),
                COALESCE(`t248`.`er_reach_post__provenance`, 0),
                0
              ),
              24
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t248`.`er_followers_post` IS NOT NULL AND NOT ISNAN(`t248`.`er_followers_post`),
                COALESCE(`t248`.`er_followers_post__provenance`, 0),
                0
              ),
              26
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t248`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t248`.`engagements`)
                AND (
                  `t248`.`impressions` IS NOT NULL AND NOT ISNAN(`t248`.`impressions`)
                ),
                COALESCE(
                  NULLIF(
                    GREATEST(
                      COALESCE(`t248`.`engagements__provenance`, -1),
                      COALESCE(`t248`.`impressions__provenance`, -1)
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
                `t248`.`er_impressions_post` IS NOT NULL
                AND NOT ISNAN(`t248`.`er_impressions_post`),
                COALESCE(`t248`.`er_impressions_post__provenance`, 0),
                0
              ),
              30
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t248`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t248`.`engagements`)
                AND (
                  `t248`.`views` IS NOT NULL AND NOT ISNAN(`t248`.`views`)
                ),
                COALESCE(
                  NULLIF(
                    GREATEST(
                      COALESCE(`t248`.`engagements__provenance`, -1),
                      COALESCE(`t248`.`views__provenance`, -1)
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
                `t248`.`er_views_post` IS NOT NULL AND NOT ISNAN(`t248`.`er_views_post`),
                COALESCE(`t248`.`er_views_post__provenance`, 0),
                0
              ),
              34
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t248`.`clicks` IS NOT NULL AND NOT ISNAN(`t248`.`clicks`),
                COALESCE(`t248`.`clicks__provenance`, 0),
                0
              ),
              36
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t248`.`followers_gained` IS NOT NULL AND NOT ISNAN(`t248`.`followers_gained`),
                COALESCE(`t248`.`followers_gained__provenance`, 0),
                0
              ),
              38
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t248`.`followers_gained` IS NOT NULL
                AND NOT ISNAN(`t248`.`followers_gained`)
                AND (
                  `t248`.`followers_start` IS NOT NULL AND NOT ISNAN(`t248`.`followers_start`)
                ),
                COALESCE(
                  NULLIF(
                    GREATEST(
                      COALESCE(`t248`.`followers_gained__provenance`, -1),
                      COALESCE(`t248`.`followers_start__provenance`, -1)
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
                `t248`.`followers_gained` IS NOT NULL
                AND NOT ISNAN(`t248`.`followers_gained`)
                AND (
                  `t248`.`followers_expected_gain` IS NOT NULL
                  AND NOT ISNAN(`t248`.`followers_expected_gain`)
                ),
                COALESCE(
                  NULLIF(
                    GREATEST(
                      COALESCE(`t248`.`followers_gained__provenance`, -1),
                      COALESCE(`t248`.`followers_expected_gain__provenance`, -1)
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
                `t248`.`brand_followers_gained` IS NOT NULL
                AND NOT ISNAN(`t248`.`brand_followers_gained`),
                COALESCE(`t248`.`brand_followers_gained__provenance`, 0),
                0
              ),
              44
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t248`.`brand_followers_gained` IS NOT NULL
                AND NOT ISNAN(`t248`.`brand_followers_gained`)
                AND (
                  `t248`.`brand_followers_start` IS NOT NULL
                  AND NOT ISNAN(`t248`.`brand_followers_start`)
                ),
                COALESCE(
                  NULLIF(
                    GREATEST(
                      COALESCE(`t248`.`brand_followers_gained__provenance`, -1),
                      COALESCE(`t248`.`brand_followers_start__provenance`, -1)
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
                `t248`.`brand_followers_gained` IS NOT NULL
                AND NOT ISNAN(`t248`.`brand_followers_gained`)
                AND (
                  `t248`.`brand_followers_expected_gain` IS NOT NULL
                  AND NOT ISNAN(`t248`.`brand_followers_expected_gain`)
                ),
                COALESCE(
                  NULLIF(
                    GREATEST(
                      COALESCE(`t248`.`brand_followers_gained__provenance`, -1),
                      COALESCE(`t248`.`brand_followers_expected_gain__provenance`, -1)
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
                `t248`.`emv` IS NOT NULL AND NOT ISNAN(`t248`.`emv`),
                COALESCE(`t248`.`emv__provenance`, 0),
                0
              ),
              50
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t248`.`emv_authentic` IS NOT NULL AND NOT ISNAN(`t248`.`emv_authentic`),
                COALESCE(`t248`.`emv_authentic__provenance`, 0),
                0
              ),
              52
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t248`.`impressions_with_estimates` IS NOT NULL
                AND NOT ISNAN(`t248`.`impressions_with_estimates`)
                AND (
                  `t248`.`paid_impressions` IS NOT NULL AND NOT ISNAN(`t248`.`paid_impressions`)
                ),
                COALESCE(`t248`.`impressions_with_estimates__provenance`, 0),
                0
              ),
              54
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t248`.`clicks` IS NOT NULL
                AND NOT ISNAN(`t248`.`clicks`)
                AND (
                  `t248`.`paid_clicks` IS NOT NULL AND NOT ISNAN(`t248`.`paid_clicks`)
                ),
                COALESCE(`t248`.`clicks__provenance`, 0),
                0
              ),
              56
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t248`.`views` IS NOT NULL
                AND NOT ISNAN(`t248`.`views`)
                AND (
                  `t248`.`paid_views` IS NOT NULL AND NOT ISNAN(`t248`.`paid_views`)
                ),
                COALESCE(`t248`.`views__provenance`, 0),
                0
              ),
              58
            )
          )
        ) AS `ranks__0`
      FROM `kpi_facts` AS `t248`
      GROUP BY
        1
    ) AS `t253`
  ) AS `t257`
  LEFT OUTER JOIN (
    SELECT
      `t252`.`week`,
      `t252`.`er_reach_account_mean`,
      `t252`.`er_reach_account_median`,
      `t252`.`er_followers_account_mean`,
      `t252`.`er_followers_account_median`,
      `t252`.`er_impressions_account_mean`,
      `t252`.`er_impressions_account_median`,
      `t252`.`er_views_account_mean`,
      `t252`.`er_views_account_median`,
      IF(
        (
          (
            SHIFTRIGHT(`t252`.`ranks__0`, 0)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t252`.`ranks__0`, 0)
        ) & 3
      ) AS `er_reach_account_mean__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t252`.`ranks__0`, 2)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t252`.`ranks__0`, 2)
        ) & 3
      ) AS `er_reach_account_median__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t252`.`ranks__0`, 4)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t252`.`ranks__0`, 4)
        ) & 3
      ) AS `er_followers_account_mean__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t252`.`ranks__0`, 6)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t252`.`ranks__0`, 6)
        ) & 3
      ) AS `er_followers_account_median__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t252`.`ranks__0`, 8)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t252`.`ranks__0`, 8)
        ) & 3
      ) AS `er_impressions_account_mean__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t252`.`ranks__0`, 10)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t252`.`ranks__0`, 10)
        ) & 3
      ) AS `er_impressions_account_median__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t252`.`ranks__0`, 12)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t252`.`ranks__0`, 12)
        ) & 3
      ) AS `er_views_account_mean__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t252`.`ranks__0`, 14)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t252`.`ranks__0`, 14)
        ) & 3
      ) AS `er_views_account_median__provenance`
    FROM (
      SELECT
        `t251`.`week`,
        AVG(`t251`.`er_reach_account_mean`) AS `er_reach_account_mean`,
        PERCENTILE(`t251`.`er_reach_account_median`, 0.5) AS `er_reach_account_median`,
        AVG(`t251`.`er_followers_account_mean`) AS `er_followers_account_mean`,
        PERCENTILE(`t251`.`er_followers_account_median`, 0.5) AS `er_followers_account_median`,
        AVG(`t251`.`er_impressions_account_mean`) AS `er_impressions_account_mean`,
        PERCENTILE(`t251`.`er_impressions_account_median`, 0.5) AS `er_impressions_account_median`,
        AVG(`t251`.`er_views_account_mean`) AS `er_views_account_mean`,
        PERCENTILE(`t251`.`er_views_account_median`, 0.5) AS `er_views_account_median`,
        BIT_OR(
          (
            SHIFTLEFT(
              IF(
                `t251`.`er_reach_account_mean` IS NOT NULL
                AND NOT ISNAN(`t251`.`er_reach_account_mean`),
                COALESCE(`t251`.`engagements__per__reach__r`, 0),
                0
              ),
              0
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t251`.`er_reach_account_median` IS NOT NULL
                AND NOT ISNAN(`t251`.`er_reach_account_median`),
                COALESCE(`t251`.`engagements__per__reach__r`, 0),
                0
              ),
              2
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t251`.`er_followers_account_mean` IS NOT NULL
                AND NOT ISNAN(`t251`.`er_followers_account_mean`),
                COALESCE(`t251`.`engagements__per__followers__r`, 0),
                0
              ),
              4
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t251`.`er_followers_account_median` IS NOT NULL
                AND NOT ISNAN(`t251`.`er_followers_account_median`),
                COALESCE(`t251`.`engagements__per__followers__r`, 0),
                0
              ),
              6
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t251`.`er_impressions_account_mean` IS NOT NULL
                AND NOT ISNAN(`t251`.`er_impressions_account_mean`),
                COALESCE(`t251`.`engagements__per__impressions__r`, 0),
                0
              ),
              8
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t251`.`er_impressions_account_median` IS NOT NULL
                AND NOT ISNAN(`t251`.`er_impressions_account_median`),
                COALESCE(`t251`.`engagements__per__impressions__r`, 0),
                0
              ),
              10
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t251`.`er_views_account_mean` IS NOT NULL
                AND NOT ISNAN(`t251`.`er_views_account_mean`),
                COALESCE(`t251`.`engagements__per__views__r`, 0),
                0
              ),
              12
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t251`.`er_views_account_median` IS NOT NULL
                AND NOT ISNAN(`t251`.`er_views_account_median`),
                COALESCE(`t251`.`engagements__per__views__r`, 0),
                0
              ),
              14
            )
          )
        ) AS `ranks__0`
      FROM (
        SELECT
          `t250`.`week`,
          `t250`.`account_id`,
          `t250`.`engagements__per__reach__n`,
          `t250`.`engagements__per__reach__d`,
          `t250`.`engagements__per__followers__n`,
          `t250`.`engagements__per__followers__d`,
          `t250`.`engagements__per__impressions__n`,
          `t250`.`engagements__per__impressions__d`,
          `t250`.`engagements__per__views__n`,
          `t250`.`engagements__per__views__d`,
          IF(
            (
              (
                SHIFTRIGHT(`t250`.`ranks__0`, 0)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t250`.`ranks__0`, 0)
            ) & 3
          ) AS `engagements__per__reach__r`,
          IF(
            (
              (
                SHIFTRIGHT(`t250`.`ranks__0`, 2)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t250`.`ranks__0`, 2)
            ) & 3
          ) AS `engagements__per__followers__r`,
          IF(
            (
              (
                SHIFTRIGHT(`t250`.`ranks__0`, 4)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t250`.`ranks__0`, 4)
            ) & 3
          ) AS `engagements__per__impressions__r`,
          IF(
            (
              (
                SHIFTRIGHT(`t250`.`ranks__0`, 6)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t250`.`ranks__0`, 6)
            ) & 3
          ) AS `engagements__per__views__r`,
          (
            `t250`.`engagements__per__reach__n` / NULLIF(`t250`.`engagements__per__reach__d`, 0)
          ) * 100 AS `er_reach_account_mean`,
          (
            `t250`.`engagements__per__reach__n` / NULLIF(`t250`.`engagements__per__reach__d`, 0)
          ) * 100 AS `er_reach_account_median`,
          (
            `t250`.`engagements__per__followers__n` / NULLIF(`t250`.`engagements__per__followers__d`, 0)
          ) * 100 AS `er_followers_account_mean`,
          (
            `t250`.`engagements__per__followers__n` / NULLIF(`t250`.`engagements__per__followers__d`, 0)
          ) * 100 AS `er_followers_account_median`,
          (
            `t250`.`engagements__per__impressions__n` / NULLIF(`t250`.`engagements__per__impressions__d`, 0)
          ) * 100 AS `er_impressions_account_mean`,
          (
            `t250`.`engagements__per__impressions__n` / NULLIF(`t250`.`engagements__per__impressions__d`, 0)
          ) * 100 AS `er_impressions_account_median`,
          (
            `t250`.`engagements__per__views__n` / NULLIF(`t250`.`engagements__per__views__d`, 0)
          ) * 100 AS `er_views_account_mean`,
          (
            `t250`.`engagements__per__views__n` / NULLIF(`t250`.`engagements__per__views__d`, 0)
          ) * 100 AS `er_views_account_median`
        FROM (
          SELECT
            `t249`.`week`,
            `t249`.`account_id`,
            SUM(
              IF(
                `t249`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t249`.`engagements`)
                AND (
                  `t249`.`reach` IS NOT NULL AND NOT ISNAN(`t249`.`reach`)
                ),
                `t249`.`engagements`,
                NULL
              )
            ) AS `engagements__per__reach__n`,
            SUM(
              IF(
                `t249`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t249`.`engagements`)
                AND (
                  `t249`.`reach` IS NOT NULL AND NOT ISNAN(`t249`.`reach`)
                ),
                `t249`.`reach`,
                NULL
              )
            ) AS `engagements__per__reach__d`,
            SUM(
              IF(
                `t249`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t249`.`engagements`)
                AND (
                  `t249`.`followers` IS NOT NULL AND NOT ISNAN(`t249`.`followers`)
                ),
                `t249`.`engagements`,
                NULL
              )
            ) AS `engagements__per__followers__n`,
            SUM(
              IF(
                `t249`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t249`.`engagements`)
                AND (
                  `t249`.`followers` IS NOT NULL AND NOT ISNAN(`t249`.`followers`)
                ),
                `t249`.`followers`,
                NULL
              )
            ) AS `engagements__per__followers__d`,
            SUM(
              IF(
                `t249`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t249`.`engagements`)
                AND (
                  `t249`.`impressions` IS NOT NULL AND NOT ISNAN(`t249`.`impressions`)
                ),
                `t249`.`engagements`,
                NULL
              )
            ) AS `engagements__per__impressions__n`,
            SUM(
              IF(
                `t249`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t249`.`engagements`)
                AND (
                  `t249`.`impressions` IS NOT NULL AND NOT ISNAN(`t249`.`impressions`)
                ),
                `t249`.`impressions`,
                NULL
              )
            ) AS `engagements__per__impressions__d`,
            SUM(
              IF(
                `t249`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t249`.`engagements`)
                AND (
                  `t249`.`views` IS NOT NULL AND NOT ISNAN(`t249`.`views`)
                ),
                `t249`.`engagements`,
                NULL
              )
            ) AS `engagements__per__views__n`,
            SUM(
              IF(
                `t249`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t249`.`engagements`)
                AND (
                  `t249`.`views` IS NOT NULL AND NOT ISNAN(`t249`.`views`)
                ),
                `t249`.`views`,
                NULL
              )
            ) AS `engagements__per__views__d`,
            BIT_OR(
              (
                SHIFTLEFT(
                  IF(
                    `t249`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t249`.`engagements`)
                    AND (
                      `t249`.`reach` IS NOT NULL AND NOT ISNAN(`t249`.`reach`)
                    ),
                    COALESCE(
                      NULLIF(
                        GREATEST(
                          COALESCE(`t249`.`engagements__provenance`, -1),
                          COALESCE(`t249`.`reach__provenance`, -1)
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
                    `t249`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t249`.`engagements`)
                    AND (
                      `t249`.`followers` IS NOT NULL AND NOT ISNAN(`t249`.`followers`)
                    ),
                    COALESCE(
                      NULLIF(
                        GREATEST(
                          COALESCE(`t249`.`engagements__provenance`, -1),
                          COALESCE(`t249`.`followers__provenance`, -1)
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
                    `t249`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t249`.`engagements`)
                    AND (
                      `t249`.`impressions` IS NOT NULL AND NOT ISNAN(`t249`.`impressions`)
                    ),
                    COALESCE(
                      NULLIF(
                        GREATEST(
                          COALESCE(`t249`.`engagements__provenance`, -1),
                          COALESCE(`t249`.`impressions__provenance`, -1)
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
                    `t249`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t249`.`engagements`)
                    AND (
                      `t249`.`views` IS NOT NULL AND NOT ISNAN(`t249`.`views`)
                    ),
                    COALESCE(
                      NULLIF(
                        GREATEST(
                          COALESCE(`t249`.`engagements__provenance`, -1),
                          COALESCE(`t249`.`views__provenance`, -1)
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
            FROM `kpi_facts` AS `t248`
            WHERE
              `t248`.`account_id` IS NOT NULL
          ) AS `t249`
          GROUP BY
            1,
            2
        ) AS `t250`
      ) AS `t251`
      GROUP BY
        1
    ) AS `t252`
  ) AS `t255`
    ON `t257`.`week` IS NOT DISTINCT FROM `t255`.`week`
) AS `t258`
ORDER BY
  `t258`.`week` ASC NULLS LAST
