WITH `t26` AS (
  SELECT
    *
  FROM `campaign` AS `t0`
  WHERE
    `t0`.`id` IN (1)
), `t77` AS (
  SELECT
    CAST(`t53`.`campaign_id` AS INT64) AS `campaign_id`,
    CAST(`t15`.`name` AS STRING) AS `campaign`,
    CAST(`t53`.`influencer_id` AS INT64) AS `influencer_id`,
    CAST(`t53`.`amount` AS FLOAT64) AS `amount`,
    `t53`.`incurred_on`
  FROM (
    SELECT
      *
    FROM `cost` AS `t10`
    WHERE
      `t10`.`campaign_id` IN (1)
  ) AS `t53`
  INNER JOIN `campaign` AS `t15`
    ON `t53`.`campaign_id` = `t15`.`id`
), `campaign_posts_in` AS (
  SELECT
    CAST(`t54`.`campaign_id` AS INT64) AS `campaign_id`,
    CAST(`t16`.`name` AS STRING) AS `campaign`,
    CAST(`t49`.`id` AS INT64) AS `influencer_id`,
    CAST(`t49`.`name` AS STRING) AS `influencer`,
    CAST(`t21`.`id` AS INT64) AS `account_id`,
    CAST(`t21`.`platform` AS STRING) AS `platform`,
    CAST(`t54`.`format` AS STRING) AS `format`,
    CAST(`t54`.`id` AS INT64) AS `post_id`,
    `t54`.`published_on` AS `day`,
    `t49`.`country`,
    CAST(`t54`.`caption` AS STRING) AS `caption`,
    `t54`.`sponsored`
  FROM (
    SELECT
      *
    FROM `post` AS `t11`
    WHERE
      `t11`.`campaign_id` IS NOT NULL AND `t11`.`campaign_id` IN (1)
  ) AS `t54`
  INNER JOIN `account` AS `t21`
    ON `t54`.`account_id` = `t21`.`id`
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
    ON `t54`.`campaign_id` = `t16`.`id`
), `t121` AS (
  SELECT
    CAST(`t105`.`post_id` AS INT64) AS `post_id`,
    MAX_BY(
      IF(`t105`.`metric` = 'reach', `t105`.`value`, NULL),
      IF(
        `t105`.`metric` = 'reach',
        (
          DATETIME_DIFF(`t105`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
        ) + (
          15 - CASE `t105`.`provenance`
            WHEN 'measured'
            THEN 0
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
      IF(`t105`.`metric` = 'impressions', `t105`.`value`, NULL),
      IF(
        `t105`.`metric` = 'impressions',
        (
          DATETIME_DIFF(`t105`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
        ) + (
          15 - CASE `t105`.`provenance`
            WHEN 'measured'
            THEN 0
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
      IF(`t105`.`metric` = 'views', `t105`.`value`, NULL),
      IF(
        `t105`.`metric` = 'views',
        (
          DATETIME_DIFF(`t105`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
        ) + (
          15 - CASE `t105`.`provenance`
            WHEN 'measured'
            THEN 0
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
      IF(`t105`.`metric` = 'likes', `t105`.`value`, NULL),
      IF(
        `t105`.`metric` = 'likes',
        (
          DATETIME_DIFF(`t105`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
        ) + (
          15 - CASE `t105`.`provenance`
            WHEN 'measured'
            THEN 0
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
      IF(`t105`.`metric` = 'comments', `t105`.`value`, NULL),
      IF(
        `t105`.`metric` = 'comments',
        (
          DATETIME_DIFF(`t105`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
        ) + (
          15 - CASE `t105`.`provenance`
            WHEN 'measured'
            THEN 0
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
      IF(`t105`.`metric` = 'shares', `t105`.`value`, NULL),
      IF(
        `t105`.`metric` = 'shares',
        (
          DATETIME_DIFF(`t105`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
        ) + (
          15 - CASE `t105`.`provenance`
            WHEN 'measured'
            THEN 0
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
      IF(`t105`.`metric` = 'saves', `t105`.`value`, NULL),
      IF(
        `t105`.`metric` = 'saves',
        (
          DATETIME_DIFF(`t105`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
        ) + (
          15 - CASE `t105`.`provenance`
            WHEN 'measured'
            THEN 0
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
      IF(`t105`.`metric` = 'clicks', `t105`.`value`, NULL),
      IF(
        `t105`.`metric` = 'clicks',
        (
          DATETIME_DIFF(`t105`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
        ) + (
          15 - CASE `t105`.`provenance`
            WHEN 'measured'
            THEN 0
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
      1 << CASE `t105`.`provenance`
        WHEN 'measured'
        THEN 0
        WHEN 'self_reported'
        THEN 1
        WHEN 'estimated'
        THEN 2
        ELSE 2
      END
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
        `t56`.`in_scope`
      FROM `metric_snapshot` AS `t23`
      INNER JOIN (
        SELECT
          `t11`.`id` AS `in_scope`
        FROM `post` AS `t11`
        WHERE
          `t11`.`campaign_id` IS NOT NULL AND `t11`.`campaign_id` IN (1)
      ) AS `t56`
        ON `t23`.`post_id` = `t56`.`in_scope`
    ) AS `t79`
    WHERE
      `t79`.`captured_at` <= DATETIME('2026-03-31T23:59:59')
  ) AS `t105`
  GROUP BY
    1
), `t159` AS (
  SELECT
    *
  FROM (
    SELECT
      `t146`.`campaign_id`,
      `t146`.`campaign`,
      `t146`.`influencer_id`,
      `t146`.`influencer`,
      `t146`.`account_id`,
      `t146`.`platform`,
      `t146`.`is_brand`,
      `t146`.`day`,
      `t146`.`start_at`,
      `t146`.`end_at`,
      `t65`.`followers`,
      `t65`.`at`,
      `t65`.`rank`
    FROM (
      SELECT
        `t120`.`campaign_id`,
        CAST(`t15`.`name` AS STRING) AS `campaign`,
        CAST(`t18`.`id` AS INT64) AS `influencer_id`,
        CAST(`t18`.`name` AS STRING) AS `influencer`,
        `t120`.`account_id`,
        CAST(`t22`.`platform` AS STRING) AS `platform`,
        `t120`.`is_brand`,
        `t15`.`end_date` AS `day`,
        UNIX_SECONDS(CAST(`t15`.`start_date` AS TIMESTAMP)) AS `start_at`,
        UNIX_SECONDS(CAST(`t15`.`end_date` AS TIMESTAMP)) + 86400 AS `end_at`
      FROM (
        SELECT
          *
        FROM (
          SELECT
            `t107`.`campaign_id`,
            `t107`.`account_id`,
            FALSE AS `is_brand`
          FROM (
            SELECT DISTINCT
              `t93`.`campaign_id`,
              `t93`.`account_id`
            FROM `campaign_posts_in` AS `t93`
          ) AS `t107`
        ) AS `t112`
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            CAST(`t60`.`id` AS INT64) AS `campaign_id`,
            CAST(`t22`.`id` AS INT64) AS `account_id`,
            TRUE AS `is_brand`
          FROM `t26` AS `t60`
          INNER JOIN (
            SELECT
              *
            FROM `influencer` AS `t5`
            WHERE
              `t5`.`is_brand`
          ) AS `t35`
            ON `t35`.`workspace_id` = `t60`.`workspace_id`
          INNER JOIN `account` AS `t22`
            ON `t22`.`influencer_id` = `t35`.`id`
        ) AS `t82`
      ) AS `t120`
      INNER JOIN `campaign` AS `t15`
        ON `t120`.`campaign_id` = `t15`.`id`
      INNER JOIN `account` AS `t22`
        ON `t120`.`account_id` = `t22`.`id`
      INNER JOIN `influencer` AS `t18`
        ON `t22`.`influencer_id` = `t18`.`id`
    ) AS `t146`
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
    ) AS `t65`
      ON `t146`.`account_id` = `t65`.`account_id`
  ) AS `t158`
  WHERE
    `t158`.`at` <= `t158`.`end_at`
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
      `t175`.`campaign_id`,
      `t175`.`campaign`,
      `t175`.`influencer_id`,
      `t175`.`influencer`,
      `t175`.`account_id`,
      `t175`.`platform`,
      `t175`.`format`,
      `t175`.`post_id`,
      `t175`.`day`,
      `t175`.`country`,
      `t175`.`caption`,
      `t175`.`sponsored`,
      `t175`.`reach`,
      `t175`.`impressions`,
      `t175`.`views`,
      `t175`.`likes`,
      `t175`.`comments`,
      `t175`.`shares`,
      `t175`.`saves`,
      `t175`.`clicks`,
      `t175`.`reach__provenance`,
      `t175`.`impressions__provenance`,
      `t175`.`views__provenance`,
      `t175`.`likes__provenance`,
      `t175`.`comments__provenance`,
      `t175`.`shares__provenance`,
      `t175`.`saves__provenance`,
      `t175`.`clicks__provenance`,
      `t175`.`followers`,
      `t175`.`followers__provenance`,
      IF(
        (
          `t175`.`likes` IS NOT NULL
        )
        OR (
          `t175`.`comments` IS NOT NULL
        )
        OR (
          `t175`.`shares` IS NOT NULL
        )
        OR (
          `t175`.`saves` IS NOT NULL
        ),
        CAST(0 AS FLOAT64) + COALESCE(`t175`.`likes`, 0) + COALESCE(`t175`.`comments`, 0) + COALESCE(`t175`.`shares`, 0) + COALESCE(`t175`.`saves`, 0),
        CAST(NULL AS FLOAT64)
      ) AS `engagements`,
      NULLIF(
        GREATEST(
          COALESCE(`t175`.`likes__provenance`, -1),
          COALESCE(`t175`.`comments__provenance`, -1),
          COALESCE(`t175`.`shares__provenance`, -1),
          COALESCE(`t175`.`saves__provenance`, -1)
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
        `t134`.`followers`,
        `t134`.`followers__provenance`
      FROM `campaign_posts_in` AS `t103`
      LEFT OUTER JOIN (
        SELECT
          `t130`.`post_id`,
          `t130`.`reach`,
          `t130`.`impressions`,
          `t130`.`views`,
          `t130`.`likes`,
          `t130`.`comments`,
          `t130`.`shares`,
          `t130`.`saves`,
          `t130`.`clicks`,
          IF(
            `t130`.`reach` IS NULL,
            CAST(NULL AS INT64),
            IF(
              `t163`.`mixed_post` IS NULL,
              CASE `t130`.`seen` WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END,
              15 - (
                MOD(`t163`.`reach`, 16)
              )
            )
          ) AS `reach__provenance`,
          IF(
            `t130`.`impressions` IS NULL,
            CAST(NULL AS INT64),
            IF(
              `t163`.`mixed_post` IS NULL,
              CASE `t130`.`seen` WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END,
              15 - (
                MOD(`t163`.`impressions`, 16)
              )
            )
          ) AS `impressions__provenance`,
          IF(
            `t130`.`views` IS NULL,
            CAST(NULL AS INT64),
            IF(
              `t163`.`mixed_post` IS NULL,
              CASE `t130`.`seen` WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END,
              15 - (
                MOD(`t163`.`views`, 16)
              )
            )
          ) AS `views__provenance`,
          IF(
            `t130`.`likes` IS NULL,
            CAST(NULL AS INT64),
            IF(
              `t163`.`mixed_post` IS NULL,
              CASE `t130`.`seen` WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END,
              15 - (
                MOD(`t163`.`likes`, 16)
              )
            )
          ) AS `likes__provenance`,
          IF(
            `t130`.`comments` IS NULL,
            CAST(NULL AS INT64),
            IF(
              `t163`.`mixed_post` IS NULL,
              CASE `t130`.`seen` WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END,
              15 - (
                MOD(`t163`.`comments`, 16)
              )
            )
          ) AS `comments__provenance`,
          IF(
            `t130`.`shares` IS NULL,
            CAST(NULL AS INT64),
            IF(
              `t163`.`mixed_post` IS NULL,
              CASE `t130`.`seen` WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END,
              15 - (
                MOD(`t163`.`shares`, 16)
              )
            )
          ) AS `shares__provenance`,
          IF(
            `t130`.`saves` IS NULL,
            CAST(NULL AS INT64),
            IF(
              `t163`.`mixed_post` IS NULL,
              CASE `t130`.`seen` WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END,
              15 - (
                MOD(`t163`.`saves`, 16)
              )
            )
          ) AS `saves__provenance`,
          IF(
            `t130`.`clicks` IS NULL,
            CAST(NULL AS INT64),
            IF(
              `t163`.`mixed_post` IS NULL,
              CASE `t130`.`seen` WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END,
              15 - (
                MOD(`t163`.`clicks`, 16)
              )
            )
          ) AS `clicks__provenance`
        FROM `t121` AS `t130`
        LEFT OUTER JOIN (
          SELECT
            CAST(`t157`.`post_id` AS INT64) AS `mixed_post`,
            MAX(
              IF(
                `t157`.`metric` = 'reach',
                (
                  DATETIME_DIFF(`t157`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
                ) + (
                  15 - CASE `t157`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
                `t157`.`metric` = 'impressions',
                (
                  DATETIME_DIFF(`t157`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
                ) + (
                  15 - CASE `t157`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
                `t157`.`metric` = 'views',
                (
                  DATETIME_DIFF(`t157`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
                ) + (
                  15 - CASE `t157`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
                `t157`.`metric` = 'likes',
                (
                  DATETIME_DIFF(`t157`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
                ) + (
                  15 - CASE `t157`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
                `t157`.`metric` = 'comments',
                (
                  DATETIME_DIFF(`t157`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
                ) + (
                  15 - CASE `t157`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
                `t157`.`metric` = 'shares',
                (
                  DATETIME_DIFF(`t157`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
                ) + (
                  15 - CASE `t157`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
                `t157`.`metric` = 'saves',
                (
                  DATETIME_DIFF(`t157`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
                ) + (
                  15 - CASE `t157`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
                `t157`.`metric` = 'clicks',
                (
                  DATETIME_DIFF(`t157`.`captured_at`, DATETIME('1970-01-01T00:00:00'), SECOND) * 16
                ) + (
                  15 - CASE `t157`.`provenance`
                    WHEN 'measured'
                    THEN 0
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
                    `t126`.`post_id`
                  FROM `t121` AS `t126`
                  WHERE
                    NOT (
                      `t126`.`seen` IN (1, 2, 4)
                    )
                )
            ) AS `t149`
            WHERE
              `t149`.`captured_at` <= DATETIME('2026-03-31T23:59:59')
          ) AS `t157`
          GROUP BY
            1
        ) AS `t163`
          ON `t130`.`post_id` = `t163`.`mixed_post`
      ) AS `t171`
        ON `t103`.`post_id` = `t171`.`post_id`
      LEFT OUTER JOIN (
        SELECT
          CAST(`t55`.`post_id` AS INT64) AS `post_id`,
          `t108`.`followers`,
          `t108`.`rank` AS `followers__provenance`
        FROM (
          SELECT
            `t11`.`id` AS `post_id`,
            `t11`.`account_id`,
            `t11`.`published_at`
          FROM `post` AS `t11`
          WHERE
            `t11`.`campaign_id` IS NOT NULL AND `t11`.`campaign_id` IN (1)
        ) AS `t55`
        INNER JOIN (
          SELECT
            `t64`.`account_id`,
            CAST(`t64`.`followers` AS FLOAT64) AS `followers`,
            CASE `t64`.`provenance`
              WHEN 'measured'
              THEN 0
              WHEN 'self_reported'
              THEN 1
              WHEN 'estimated'
              THEN 2
              ELSE 2
            END AS `rank`,
            `t64`.`captured_at` AS `since`,
            LEAD(`t64`.`captured_at`) OVER (PARTITION BY `t64`.`account_id` ORDER BY `t64`.`captured_at` ASC) AS `until`,
            (
              ROW_NUMBER() OVER (PARTITION BY `t64`.`account_id` ORDER BY `t64`.`captured_at` ASC) - 1
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
          ) AS `t64`
        ) AS `t108`
          ON `t55`.`account_id` = `t108`.`account_id`
          AND (
            (
              (
                `t108`.`since` <= `t55`.`published_at`
              )
              AND (
                (
                  `t108`.`until` IS NULL
                ) OR (
                  `t55`.`published_at` < `t108`.`until`
                )
              )
            )
            OR (
              `t108`.`first` AND (
                `t55`.`published_at` < `t108`.`since`
              )
            )
          )
      ) AS `t134`
        ON `t103`.`post_id` = `t134`.`post_id`
    ) AS `t175`
  ) AS `t180`
), `kpi_facts` AS (
  SELECT
    `t225`.`campaign_id`,
    `t225`.`account_id`,
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
    `t225`.`bounced_sessions`,
    `t225`.`session_seconds`,
    `t225`.`page_views`,
    `t225`.`key_events`,
    `t225`.`orders`,
    `t225`.`revenue`,
    `t225`.`new_customers`,
    `t225`.`key_messages`,
    `t225`.`emv`,
    `t225`.`emv__provenance`,
    `t225`.`emv_authentic`,
    `t225`.`emv_authentic__provenance`,
    ieee_divide(
      `t225`.`cost`,
      CASE
        WHEN `t225`.`platform` = 'tiktok'
        THEN 7.5
        WHEN `t225`.`platform` = 'youtube'
        THEN 3.53
        ELSE 19.8
      END * `t225`.`paid_rate`
    ) * 1000 AS `paid_impressions`,
    ieee_divide(
      `t225`.`cost`,
      CASE
        WHEN `t225`.`platform` = 'tiktok'
        THEN CAST(NULL AS FLOAT64)
        WHEN `t225`.`platform` = 'youtube'
        THEN CAST(NULL AS FLOAT64)
        ELSE 1.88
      END * `t225`.`paid_rate`
    ) AS `paid_clicks`,
    ieee_divide(
      `t225`.`cost`,
      CASE WHEN `t225`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS FLOAT64) END * `t225`.`paid_rate`
    ) AS `paid_views`,
    DATE_TRUNC(`t225`.`day`, WEEK(MONDAY)) AS `week`
  FROM (
    SELECT
      `t223`.`campaign_id`,
      `t223`.`campaign`,
      `t223`.`influencer_id`,
      `t223`.`influencer`,
      `t223`.`account_id`,
      `t223`.`platform`,
      `t223`.`format`,
      `t223`.`post_id`,
      `t223`.`day`,
      `t223`.`reach`,
      `t223`.`impressions`,
      `t223`.`views`,
      `t223`.`likes`,
      `t223`.`comments`,
      `t223`.`shares`,
      `t223`.`saves`,
      `t223`.`clicks`,
      `t223`.`reach__provenance`,
      `t223`.`impressions__provenance`,
      `t223`.`views__provenance`,
      `t223`.`likes__provenance`,
      `t223`.`comments__provenance`,
      `t223`.`shares__provenance`,
      `t223`.`saves__provenance`,
      `t223`.`clicks__provenance`,
      `t223`.`followers`,
      `t223`.`followers__provenance`,
      `t223`.`engagements`,
      `t223`.`engagements__provenance`,
      `t223`.`impressions_with_estimates`,
      `t223`.`impressions_with_estimates__provenance`,
      `t223`.`er_reach_post`,
      `t223`.`er_followers_post`,
      `t223`.`er_impressions_post`,
      `t223`.`er_views_post`,
      `t223`.`er_reach_post__provenance`,
      `t223`.`er_followers_post__provenance`,
      `t223`.`er_impressions_post__provenance`,
      `t223`.`er_views_post__provenance`,
      `t223`.`post_platform`,
      `t223`.`publishing_influencer`,
      `t223`.`sponsored_posts`,
      `t223`.`disclosed_sponsored_posts`,
      `t223`.`cost`,
      `t223`.`key_message_posts`,
      `t223`.`ugc_post`,
      `t223`.`mentions`,
      `t223`.`brand_mentions`,
      `t223`.`mention_engagements`,
      `t223`.`brand_mention_engagements`,
      `t223`.`followers_start`,
      `t223`.`followers_gained`,
      `t223`.`followers_expected_gain`,
      `t223`.`followers_start__provenance`,
      `t223`.`followers_gained__provenance`,
      `t223`.`followers_expected_gain__provenance`,
      `t223`.`brand_followers_start`,
      `t223`.`brand_followers_gained`,
      `t223`.`brand_followers_expected_gain`,
      `t223`.`brand_followers_start__provenance`,
      `t223`.`brand_followers_gained__provenance`,
      `t223`.`brand_followers_expected_gain__provenance`,
      `t223`.`influencers_contacted`,
      `t223`.`influencers_interested`,
      `t223`.`posts_contracted`,
      `t223`.`products_sent`,
      `t223`.`link_clicks`,
      `t223`.`unique_link_clicks`,
      `t223`.`bot_link_clicks`,
      `t223`.`sessions`,
      `t223`.`new_users`,
      `t223`.`engaged_sessions`,
      `t223`.`bounced_sessions`,
      `t223`.`session_seconds`,
      `t223`.`page_views`,
      `t223`.`key_events`,
      `t223`.`orders`,
      `t223`.`revenue`,
      `t223`.`new_customers`,
      `t223`.`key_messages`,
      `t223`.`emv_rate`,
      `t223`.`inauthentic_share`,
      `t223`.`emv`,
      `t223`.`emv__provenance`,
      `t223`.`emv_authentic`,
      `t223`.`emv_authentic__provenance`,
      `t150`.`paid_rate`
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
        `t220`.`inauthentic_share`,
        IF(
          (
            `t220`.`post_id` IS NOT NULL
          )
          AND (
            (
              ieee_divide(
                COALESCE(`t220`.`impressions`, `t220`.`views`) * CASE WHEN `t220`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS FLOAT64) END,
                1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN `t220`.`platform` = 'instagram'
                  THEN 0.07
                  WHEN `t220`.`platform` = 'tiktok'
                  THEN 0.09
                  WHEN `t220`.`platform` = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS FLOAT64)
                END * `t220`.`likes`
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN `t220`.`platform` = 'instagram'
                  THEN 3.46
                  WHEN `t220`.`platform` = 'tiktok'
                  THEN 3.52
                  WHEN `t220`.`platform` = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS FLOAT64)
                END * `t220`.`comments`
              ) IS NOT NULL
            )
            OR (
              (
                CASE WHEN `t220`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS FLOAT64) END * `t220`.`shares`
              ) IS NOT NULL
            )
          ),
          (
            COALESCE(
              ieee_divide(
                COALESCE(`t220`.`impressions`, `t220`.`views`) * CASE WHEN `t220`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS FLOAT64) END,
                1000
              ),
              0
            ) + COALESCE(
              CASE
                WHEN `t220`.`platform` = 'instagram'
                THEN 0.07
                WHEN `t220`.`platform` = 'tiktok'
                THEN 0.09
                WHEN `t220`.`platform` = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS FLOAT64)
              END * `t220`.`likes`,
              0
            ) + COALESCE(
              CASE
                WHEN `t220`.`platform` = 'instagram'
                THEN 3.46
                WHEN `t220`.`platform` = 'tiktok'
                THEN 3.52
                WHEN `t220`.`platform` = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS FLOAT64)
              END * `t220`.`comments`,
              0
            ) + COALESCE(
              CASE WHEN `t220`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS FLOAT64) END * `t220`.`shares`,
              0
            )
          ) * `t220`.`emv_rate`,
          CAST(NULL AS FLOAT64)
        ) AS `emv`,
        NULLIF(
          GREATEST(
            COALESCE(`t220`.`impressions__provenance`, -1),
            COALESCE(`t220`.`views__provenance`, -1),
            COALESCE(`t220`.`engagements__provenance`, -1)
          ),
          -1
        ) AS `emv__provenance`,
        IF(
          (
            `t220`.`post_id` IS NOT NULL
          )
          AND (
            (
              ieee_divide(
                COALESCE(`t220`.`impressions`, `t220`.`views`) * CASE WHEN `t220`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS FLOAT64) END,
                1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN `t220`.`platform` = 'instagram'
                  THEN 0.07
                  WHEN `t220`.`platform` = 'tiktok'
                  THEN 0.09
                  WHEN `t220`.`platform` = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS FLOAT64)
                END * `t220`.`likes`
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN `t220`.`platform` = 'instagram'
                  THEN 3.46
                  WHEN `t220`.`platform` = 'tiktok'
                  THEN 3.52
                  WHEN `t220`.`platform` = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS FLOAT64)
                END * `t220`.`comments`
              ) IS NOT NULL
            )
            OR (
              (
                CASE WHEN `t220`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS FLOAT64) END * `t220`.`shares`
              ) IS NOT NULL
            )
          ),
          (
            COALESCE(
              ieee_divide(
                COALESCE(`t220`.`impressions`, `t220`.`views`) * CASE WHEN `t220`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS FLOAT64) END,
                1000
              ),
              0
            ) + COALESCE(
              CASE
                WHEN `t220`.`platform` = 'instagram'
                THEN 0.07
                WHEN `t220`.`platform` = 'tiktok'
                THEN 0.09
                WHEN `t220`.`platform` = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS FLOAT64)
              END * `t220`.`likes`,
              0
            ) + COALESCE(
              CASE
                WHEN `t220`.`platform` = 'instagram'
                THEN 3.46
                WHEN `t220`.`platform` = 'tiktok'
                THEN 3.52
                WHEN `t220`.`platform` = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS FLOAT64)
              END * `t220`.`comments`,
              0
            ) + COALESCE(
              CASE WHEN `t220`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS FLOAT64) END * `t220`.`shares`,
              0
            )
          ) * `t220`.`emv_rate` * (
            1 - COALESCE(`t220`.`inauthentic_share`, 0)
          ),
          CAST(NULL AS FLOAT64)
        ) AS `emv_authentic`,
        NULLIF(
          GREATEST(
            COALESCE(
              NULLIF(
                GREATEST(
                  COALESCE(`t220`.`impressions__provenance`, -1),
                  COALESCE(`t220`.`views__provenance`, -1),
                  COALESCE(`t220`.`engagements__provenance`, -1)
                ),
                -1
              ),
              -1
            ),
            COALESCE(IF(`t220`.`inauthentic_share` > 0, 2, CAST(NULL AS INT64)), -1)
          ),
          -1
        ) AS `emv_authentic__provenance`
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
          `t218`.`key_message_posts`,
          `t218`.`ugc_post`,
          `t218`.`mentions`,
          `t218`.`brand_mentions`,
          `t218`.`mention_engagements`,
          `t218`.`brand_mention_engagements`,
          `t218`.`followers_start`,
          `t218`.`followers_gained`,
          `t218`.`followers_expected_gain`,
          `t218`.`followers_start__provenance`,
          `t218`.`followers_gained__provenance`,
          `t218`.`followers_expected_gain__provenance`,
          `t218`.`brand_followers_start`,
          `t218`.`brand_followers_gained`,
          `t218`.`brand_followers_expected_gain`,
          `t218`.`brand_followers_start__provenance`,
          `t218`.`brand_followers_gained__provenance`,
          `t218`.`brand_followers_expected_gain__provenance`,
          `t218`.`influencers_contacted`,
          `t218`.`influencers_interested`,
          `t218`.`posts_contracted`,
          `t218`.`products_sent`,
          `t218`.`link_clicks`,
          `t218`.`unique_link_clicks`,
          `t218`.`bot_link_clicks`,
          `t218`.`sessions`,
          `t218`.`new_users`,
          `t218`.`engaged_sessions`,
          `t218`.`bounced_sessions`,
          `t218`.`session_seconds`,
          `t218`.`page_views`,
          `t218`.`key_events`,
          `t218`.`orders`,
          `t218`.`revenue`,
          `t218`.`new_customers`,
          `t218`.`key_messages`,
          `t218`.`emv_rate`,
          `t29`.`inauthentic_share`
        FROM (
          SELECT
            `t215`.`campaign_id`,
            `t215`.`campaign`,
            `t215`.`influencer_id`,
            `t215`.`influencer`,
            `t215`.`account_id`,
            `t215`.`platform`,
            `t215`.`format`,
            `t215`.`post_id`,
            `t215`.`day`,
            `t215`.`reach`,
            `t215`.`impressions`,
            `t215`.`views`,
            `t215`.`likes`,
            `t215`.`comments`,
            `t215`.`shares`,
            `t215`.`saves`,
            `t215`.`clicks`,
            `t215`.`reach__provenance`,
            `t215`.`impressions__provenance`,
            `t215`.`views__provenance`,
            `t215`.`likes__provenance`,
            `t215`.`comments__provenance`,
            `t215`.`shares__provenance`,
            `t215`.`saves__provenance`,
            `t215`.`clicks__provenance`,
            `t215`.`followers`,
            `t215`.`followers__provenance`,
            `t215`.`engagements`,
            `t215`.`engagements__provenance`,
            `t215`.`impressions_with_estimates`,
            `t215`.`impressions_with_estimates__provenance`,
            `t215`.`er_reach_post`,
            `t215`.`er_followers_post`,
            `t215`.`er_impressions_post`,
            `t215`.`er_views_post`,
            `t215`.`er_reach_post__provenance`,
            `t215`.`er_followers_post__provenance`,
            `t215`.`er_impressions_post__provenance`,
            `t215`.`er_views_post__provenance`,
            `t215`.`post_platform`,
            `t215`.`publishing_influencer`,
            `t215`.`sponsored_posts`,
            `t215`.`disclosed_sponsored_posts`,
            `t215`.`cost`,
            `t215`.`key_message_posts`,
            `t215`.`ugc_post`,
            `t215`.`mentions`,
            `t215`.`brand_mentions`,
            `t215`.`mention_engagements`,
            `t215`.`brand_mention_engagements`,
            `t215`.`followers_start`,
            `t215`.`followers_gained`,
            `t215`.`followers_expected_gain`,
            `t215`.`followers_start__provenance`,
            `t215`.`followers_gained__provenance`,
            `t215`.`followers_expected_gain__provenance`,
            `t215`.`brand_followers_start`,
            `t215`.`brand_followers_gained`,
            `t215`.`brand_followers_expected_gain`,
            `t215`.`brand_followers_start__provenance`,
            `t215`.`brand_followers_gained__provenance`,
            `t215`.`brand_followers_expected_gain__provenance`,
            `t215`.`influencers_contacted`,
            `t215`.`influencers_interested`,
            `t215`.`posts_contracted`,
            `t215`.`products_sent`,
            `t215`.`link_clicks`,
            `t215`.`unique_link_clicks`,
            `t215`.`bot_link_clicks`,
            `t215`.`sessions`,
            `t215`.`new_users`,
            `t215`.`engaged_sessions`,
            `t215`.`bounced_sessions`,
            `t215`.`session_seconds`,
            `t215`.`page_views`,
            `t215`.`key_events`,
            `t215`.`orders`,
            `t215`.`revenue`,
            `t215`.`new_customers`,
            `t215`.`key_messages`,
            `t151`.`emv_rate`
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
                                `t203`.`campaign_id`,
                                `t203`.`campaign`,
                                `t203`.`influencer_id`,
                                `t203`.`influencer`,
                                `t203`.`account_id`,
                                `t203`.`platform`,
                                `t203`.`format`,
                                `t203`.`post_id`,
                                `t203`.`day`,
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
                                CAST(`t203`.`followers__provenance` AS INT64) AS `followers__provenance`,
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
                                CAST(`t203`.`publishing_influencer` AS FLOAT64) AS `publishing_influencer`,
                                `t203`.`sponsored_posts`,
                                `t203`.`disclosed_sponsored_posts`,
                                `t203`.`cost`,
                                `t203`.`key_message_posts`,
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
                                  `t197`.`campaign_id`,
                                  `t197`.`campaign`,
                                  `t197`.`influencer_id`,
                                  `t197`.`influencer`,
                                  `t197`.`account_id`,
                                  `t197`.`platform`,
                                  `t197`.`format`,
                                  `t197`.`post_id`,
                                  `t197`.`day`,
                                  `t197`.`country`,
                                  `t197`.`caption`,
                                  `t197`.`sponsored`,
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
                                  `t202`.`key_message_posts`
                                FROM (
                                  SELECT
                                    `t187`.`campaign_id`,
                                    `t187`.`campaign`,
                                    `t187`.`influencer_id`,
                                    `t187`.`influencer`,
                                    `t187`.`account_id`,
                                    `t187`.`platform`,
                                    `t187`.`format`,
                                    `t187`.`post_id`,
                                    `t187`.`day`,
                                    `t187`.`country`,
                                    `t187`.`caption`,
                                    `t187`.`sponsored`,
                                    `t187`.`reach`,
                                    `t187`.`impressions`,
                                    `t187`.`views`,
                                    `t187`.`likes`,
                                    `t187`.`comments`,
                                    `t187`.`shares`,
                                    `t187`.`saves`,
                                    `t187`.`clicks`,
                                    `t187`.`reach__provenance`,
                                    `t187`.`impressions__provenance`,
                                    `t187`.`views__provenance`,
                                    `t187`.`likes__provenance`,
                                    `t187`.`comments__provenance`,
                                    `t187`.`shares__provenance`,
                                    `t187`.`saves__provenance`,
                                    `t187`.`clicks__provenance`,
                                    `t187`.`followers`,
                                    `t187`.`followers__provenance`,
                                    `t187`.`engagements`,
                                    `t187`.`engagements__provenance`,
                                    `t187`.`impressions_with_estimates`,
                                    `t187`.`impressions_with_estimates__provenance`,
                                    `t187`.`er_reach_post`,
                                    `t187`.`er_followers_post`,
                                    `t187`.`er_impressions_post`,
                                    `t187`.`er_views_post`,
                                    `t187`.`er_reach_post__provenance`,
                                    `t187`.`er_followers_post__provenance`,
                                    `t187`.`er_impressions_post__provenance`,
                                    `t187`.`er_views_post__provenance`,
                                    `t187`.`post_platform`,
                                    `t187`.`publishing_influencer`,
                                    `t187`.`sponsored_posts`,
                                    `t187`.`disclosed_sponsored_posts`,
                                    `t155`.`cost`
                                  FROM `post_rows` AS `t187`
                                  LEFT OUTER JOIN (
                                    SELECT
                                      `t103`.`post_id`,
                                      `t143`.`cost`
                                    FROM `campaign_posts_in` AS `t103`
                                    INNER JOIN (
                                      SELECT
                                        `t125`.`campaign_id`,
                                        `t125`.`influencer_id`,
                                        SUM(`t125`.`share`) AS `cost`
                                      FROM (
                                        SELECT
                                          `t102`.`campaign_id`,
                                          `t102`.`influencer_id`,
                                          ieee_divide(`t102`.`amount`, `t111`.`n_posts`) AS `share`
                                        FROM `t77` AS `t102`
                                        INNER JOIN (
                                          SELECT
                                            `t93`.`campaign_id`,
                                            `t93`.`influencer_id`,
                                            COUNT(`t93`.`post_id`) AS `n_posts`
                                          FROM `campaign_posts_in` AS `t93`
                                          GROUP BY
                                            1,
                                            2
                                        ) AS `t111`
                                          ON `t102`.`campaign_id` = `t111`.`campaign_id`
                                          AND `t102`.`influencer_id` = `t111`.`influencer_id`
                                      ) AS `t125`
                                      GROUP BY
                                        1,
                                        2
                                    ) AS `t143`
                                      ON `t143`.`campaign_id` = `t103`.`campaign_id`
                                      AND `t143`.`influencer_id` = `t103`.`influencer_id`
                                  ) AS `t155`
                                    ON `t187`.`post_id` = `t155`.`post_id`
                                ) AS `t197`
                                LEFT OUTER JOIN (
                                  SELECT
                                    `t198`.`post_id`,
                                    MAX(
                                      CAST(IF(INSTR(LOWER(`t198`.`caption`), LOWER(`t198`.`message`)) > 0, 1, 0) AS FLOAT64)
                                    ) AS `key_message_posts`
                                  FROM (
                                    SELECT
                                      `t192`.`campaign_id`,
                                      `t192`.`post_id`,
                                      `t192`.`caption`,
                                      `t83`.`message`
                                    FROM (
                                      SELECT
                                        `t186`.`campaign_id`,
                                        `t186`.`post_id`,
                                        `t186`.`caption`
                                      FROM `post_rows` AS `t186`
                                    ) AS `t192`
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
                                      ) AS `t46`
                                      WHERE
                                        LENGTH(`t46`.`message`) > 0
                                    ) AS `t83`
                                      ON `t192`.`campaign_id` = `t83`.`campaign_id`
                                  ) AS `t198`
                                  GROUP BY
                                    1
                                ) AS `t202`
                                  ON `t197`.`post_id` = `t202`.`post_id`
                              ) AS `t203`
                            ) AS `t204`
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                `t199`.`campaign_id`,
                                `t199`.`campaign`,
                                CAST(NULL AS INT64) AS `influencer_id`,
                                CAST(NULL AS STRING) AS `influencer`,
                                CAST(NULL AS INT64) AS `account_id`,
                                `t199`.`platform`,
                                CAST(NULL AS STRING) AS `format`,
                                CAST(NULL AS INT64) AS `post_id`,
                                `t199`.`day`,
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
                                CAST(`t199`.`ugc_post` AS FLOAT64) AS `ugc_post`,
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
                                  `t135`.`campaign_id`,
                                  `t135`.`campaign`,
                                  `t135`.`platform`,
                                  `t135`.`day`,
                                  `t135`.`post_id` AS `ugc_post`
                                FROM (
                                  SELECT DISTINCT
                                    *
                                  FROM (
                                    SELECT
                                      `t84`.`campaign_id`,
                                      `t84`.`campaign`,
                                      `t94`.`post_id`,
                                      `t94`.`influencer_id`,
                                      `t94`.`platform`,
                                      `t94`.`day`
                                    FROM (
                                      SELECT
                                        CAST(`t57`.`id` AS INT64) AS `post_id`,
                                        CAST(`t17`.`id` AS INT64) AS `influencer_id`,
                                        `t17`.`workspace_id`,
                                        `t17`.`is_brand`,
                                        CAST(`t21`.`platform` AS STRING) AS `platform`,
                                        `t57`.`published_on` AS `day`,
                                        `t57`.`hashtags`
                                      FROM (
                                        SELECT
                                          *
                                        FROM `post` AS `t11`
                                        WHERE
                                          `t11`.`campaign_id` IS NULL
                                      ) AS `t57`
                                      INNER JOIN `account` AS `t21`
                                        ON `t57`.`account_id` = `t21`.`id`
                                      INNER JOIN `influencer` AS `t17`
                                        ON `t21`.`influencer_id` = `t17`.`id`
                                    ) AS `t94`
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
                                      ) AS `t47`
                                      WHERE
                                        LENGTH(`t47`.`tag`) > 0
                                    ) AS `t84`
                                      ON `t94`.`workspace_id` = `t84`.`workspace_id`
                                      AND `t94`.`day` >= `t84`.`start`
                                      AND `t94`.`day` <= `t84`.`end`
                                      AND NOT (
                                        `t94`.`is_brand`
                                      )
                                      AND INSTR(CONCAT(CONCAT(',', `t94`.`hashtags`), ','), CONCAT(CONCAT(',', `t84`.`tag`), ',')) > 0
                                  ) AS `t118`
                                ) AS `t135`
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
                                        ) AS `t33`
                                        UNION ALL
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            `t186`.`campaign_id`,
                                            `t186`.`influencer_id`
                                          FROM `post_rows` AS `t186`
                                        ) AS `t189`
                                      ) AS `t191`
                                    ) AS `t196`
                                    WHERE
                                      `t135`.`campaign_id` = `t196`.`campaign_id`
                                      AND `t135`.`influencer_id` = `t196`.`influencer_id`
                                  )
                              ) AS `t199`
                            ) AS `t200`
                          ) AS `t205`
                          UNION ALL
                          SELECT
                            *
                          FROM (
                            SELECT
                              `t124`.`campaign_id`,
                              `t124`.`campaign`,
                              `t124`.`influencer_id`,
                              `t124`.`influencer`,
                              CAST(NULL AS INT64) AS `account_id`,
                              CAST(NULL AS STRING) AS `platform`,
                              CAST(NULL AS STRING) AS `format`,
                              CAST(NULL AS INT64) AS `post_id`,
                              `t124`.`day`,
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
                              `t124`.`cost`,
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
                                CAST(`t17`.`name` AS STRING) AS `influencer`,
                                `t101`.`incurred_on` AS `day`,
                                `t101`.`amount` AS `cost`
                              FROM `t77` AS `t101`
                              LEFT OUTER JOIN `influencer` AS `t17`
                                ON `t101`.`influencer_id` = `t17`.`id`
                              WHERE
                                NOT EXISTS(
                                  SELECT
                                    1
                                  FROM (
                                    SELECT
                                      `t93`.`campaign_id`,
                                      `t93`.`influencer_id`,
                                      COUNT(`t93`.`post_id`) AS `n_posts`
                                    FROM `campaign_posts_in` AS `t93`
                                    GROUP BY
                                      1,
                                      2
                                  ) AS `t111`
                                  WHERE
                                    `t101`.`campaign_id` = `t111`.`campaign_id`
                                    AND `t101`.`influencer_id` = `t111`.`influencer_id`
                                )
                            ) AS `t124`
                          ) AS `t133`
                        ) AS `t206`
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            `t81`.`campaign_id`,
                            `t81`.`campaign`,
                            CAST(NULL AS INT64) AS `influencer_id`,
                            CAST(NULL AS STRING) AS `influencer`,
                            CAST(NULL AS INT64) AS `account_id`,
                            `t81`.`platform`,
                            CAST(NULL AS STRING) AS `format`,
                            CAST(NULL AS INT64) AS `post_id`,
                            `t81`.`day`,
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
                            `t81`.`mentions`,
                            `t81`.`brand_mentions`,
                            `t81`.`mention_engagements`,
                            `t81`.`brand_mention_engagements`,
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
                              CAST(`t59`.`id` AS INT64) AS `campaign_id`,
                              CAST(`t59`.`name` AS STRING) AS `campaign`,
                              CAST(`t19`.`platform` AS STRING) AS `platform`,
                              `t19`.`mentioned_on` AS `day`,
                              CAST(1 AS FLOAT64) AS `mentions`,
                              CAST(IF(`t19`.`own`, 1, 0) AS FLOAT64) AS `brand_mentions`,
                              `t19`.`engagements` AS `mention_engagements`,
                              CAST(IF(`t19`.`own`, 1, 0) AS FLOAT64) * `t19`.`engagements` AS `brand_mention_engagements`
                            FROM `mention` AS `t19`
                            INNER JOIN `t26` AS `t59`
                              ON `t19`.`workspace_id` = `t59`.`workspace_id`
                              AND `t19`.`mentioned_on` >= `t59`.`start_date`
                              AND `t19`.`mentioned_on` <= `t59`.`end_date`
                          ) AS `t81`
                        ) AS `t95`
                      ) AS `t207`
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
                            `t182`.`campaign_id`,
                            `t182`.`campaign`,
                            `t182`.`influencer_id`,
                            `t182`.`influencer`,
                            `t182`.`account_id`,
                            `t182`.`platform`,
                            `t182`.`is_brand`,
                            `t182`.`day`,
                            `t182`.`start_at`,
                            `t182`.`end_at`,
                            `t182`.`start_followers`,
                            `t182`.`start_seen_at`,
                            `t182`.`start_rank`,
                            `t182`.`end_followers`,
                            `t182`.`end_seen_at`,
                            `t182`.`end_rank`,
                            `t172`.`before_followers`,
                            `t172`.`before_seen_at`,
                            `t172`.`before_rank`
                          FROM (
                            SELECT
                              `t178`.`campaign_id`,
                              `t178`.`campaign`,
                              `t178`.`influencer_id`,
                              `t178`.`influencer`,
                              `t178`.`account_id`,
                              `t178`.`platform`,
                              `t178`.`is_brand`,
                              `t178`.`day`,
                              `t178`.`start_at`,
                              `t178`.`end_at`,
                              `t178`.`start_followers`,
                              `t178`.`start_seen_at`,
                              `t178`.`start_rank`,
                              `t170`.`end_followers`,
                              `t170`.`end_seen_at`,
                              `t170`.`end_rank`
                            FROM (
                              SELECT
                                `t146`.`campaign_id`,
                                `t146`.`campaign`,
                                `t146`.`influencer_id`,
                                `t146`.`influencer`,
                                `t146`.`account_id`,
                                `t146`.`platform`,
                                `t146`.`is_brand`,
                                `t146`.`day`,
                                `t146`.`start_at`,
                                `t146`.`end_at`,
                                `t174`.`start_followers`,
                                `t174`.`start_seen_at`,
                                `t174`.`start_rank`
                              FROM (
                                SELECT
                                  `t120`.`campaign_id`,
                                  CAST(`t15`.`name` AS STRING) AS `campaign`,
                                  CAST(`t18`.`id` AS INT64) AS `influencer_id`,
                                  CAST(`t18`.`name` AS STRING) AS `influencer`,
                                  `t120`.`account_id`,
                                  CAST(`t22`.`platform` AS STRING) AS `platform`,
                                  `t120`.`is_brand`,
                                  `t15`.`end_date` AS `day`,
                                  UNIX_SECONDS(CAST(`t15`.`start_date` AS TIMESTAMP)) AS `start_at`,
                                  UNIX_SECONDS(CAST(`t15`.`end_date` AS TIMESTAMP)) + 86400 AS `end_at`
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      `t107`.`campaign_id`,
                                      `t107`.`account_id`,
                                      FALSE AS `is_brand`
                                    FROM (
                                      SELECT DISTINCT
                                        `t93`.`campaign_id`,
                                        `t93`.`account_id`
                                      FROM `campaign_posts_in` AS `t93`
                                    ) AS `t107`
                                  ) AS `t112`
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      CAST(`t60`.`id` AS INT64) AS `campaign_id`,
                                      CAST(`t22`.`id` AS INT64) AS `account_id`,
                                      TRUE AS `is_brand`
                                    FROM `t26` AS `t60`
                                    INNER JOIN (
                                      SELECT
                                        *
                                      FROM `influencer` AS `t5`
                                      WHERE
                                        `t5`.`is_brand`
                                    ) AS `t35`
                                      ON `t35`.`workspace_id` = `t60`.`workspace_id`
                                    INNER JOIN `account` AS `t22`
                                      ON `t22`.`influencer_id` = `t35`.`id`
                                  ) AS `t82`
                                ) AS `t120`
                                INNER JOIN `campaign` AS `t15`
                                  ON `t120`.`campaign_id` = `t15`.`id`
                                INNER JOIN `account` AS `t22`
                                  ON `t120`.`account_id` = `t22`.`id`
                                INNER JOIN `influencer` AS `t18`
                                  ON `t22`.`influencer_id` = `t18`.`id`
                              ) AS `t146`
                              INNER JOIN (
                                SELECT
                                  `t166`.`campaign_id`,
                                  `t166`.`account_id`,
                                  CAST(`t166`.`followers` AS FLOAT64) AS `start_followers`,
                                  `t166`.`at` AS `start_seen_at`,
                                  `t166`.`rank` AS `start_rank`
                                FROM (
                                  SELECT
                                    `t160`.`campaign_id`,
                                    `t160`.`campaign`,
                                    `t160`.`influencer_id`,
                                    `t160`.`influencer`,
                                    `t160`.`account_id`,
                                    `t160`.`platform`,
                                    `t160`.`is_brand`,
                                    `t160`.`day`,
                                    `t160`.`start_at`,
                                    `t160`.`end_at`,
                                    `t160`.`followers`,
                                    `t160`.`at`,
                                    `t160`.`rank`,
                                    ROW_NUMBER() OVER (
                                      PARTITION BY `t160`.`campaign_id`, `t160`.`account_id`
                                      ORDER BY IF(`t160`.`at` <= `t160`.`start_at`, 0, 1) ASC, ABS(`t160`.`at` - `t160`.`start_at`) ASC
                                    ) - 1 AS `order`
                                  FROM `t159` AS `t160`
                                ) AS `t166`
                                WHERE
                                  `t166`.`order` = 0
                              ) AS `t174`
                                ON `t146`.`campaign_id` = `t174`.`campaign_id`
                                AND `t146`.`account_id` = `t174`.`account_id`
                            ) AS `t178`
                            LEFT OUTER JOIN (
                              SELECT
                                `t164`.`campaign_id`,
                                `t164`.`account_id`,
                                CAST(`t164`.`followers` AS FLOAT64) AS `end_followers`,
                                `t164`.`at` AS `end_seen_at`,
                                `t164`.`rank` AS `end_rank`
                              FROM (
                                SELECT
                                  `t160`.`campaign_id`,
                                  `t160`.`campaign`,
                                  `t160`.`influencer_id`,
                                  `t160`.`influencer`,
                                  `t160`.`account_id`,
                                  `t160`.`platform`,
                                  `t160`.`is_brand`,
                                  `t160`.`day`,
                                  `t160`.`start_at`,
                                  `t160`.`end_at`,
                                  `t160`.`followers`,
                                  `t160`.`at`,
                                  `t160`.`rank`,
                                  ROW_NUMBER() OVER (PARTITION BY `t160`.`campaign_id`, `t160`.`account_id` ORDER BY `t160`.`at` DESC) - 1 AS `order`
                                FROM `t159` AS `t160`
                              ) AS `t164`
                              WHERE
                                `t164`.`order` = 0
                            ) AS `t170`
                              ON `t178`.`campaign_id` = `t170`.`campaign_id`
                              AND `t178`.`account_id` = `t170`.`account_id`
                          ) AS `t182`
                          LEFT OUTER JOIN (
                            SELECT
                              `t165`.`campaign_id`,
                              `t165`.`account_id`,
                              CAST(`t165`.`followers` AS FLOAT64) AS `before_followers`,
                              `t165`.`at` AS `before_seen_at`,
                              `t165`.`rank` AS `before_rank`
                            FROM (
                              SELECT
                                `t161`.`campaign_id`,
                                `t161`.`campaign`,
                                `t161`.`influencer_id`,
                                `t161`.`influencer`,
                                `t161`.`account_id`,
                                `t161`.`platform`,
                                `t161`.`is_brand`,
                                `t161`.`day`,
                                `t161`.`start_at`,
                                `t161`.`end_at`,
                                `t161`.`followers`,
                                `t161`.`at`,
                                `t161`.`rank`,
                                ROW_NUMBER() OVER (PARTITION BY `t161`.`campaign_id`, `t161`.`account_id` ORDER BY `t161`.`at` DESC) - 1 AS `order`
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    `t146`.`campaign_id`,
                                    `t146`.`campaign`,
                                    `t146`.`influencer_id`,
                                    `t146`.`influencer`,
                                    `t146`.`account_id`,
                                    `t146`.`platform`,
                                    `t146`.`is_brand`,
                                    `t146`.`day`,
                                    `t146`.`start_at`,
                                    `t146`.`end_at`,
                                    `t65`.`followers`,
                                    `t65`.`at`,
                                    `t65`.`rank`
                                  FROM (
                                    SELECT
                                      `t120`.`campaign_id`,
                                      CAST(`t15`.`name` AS STRING) AS `campaign`,
                                      CAST(`t18`.`id` AS INT64) AS `influencer_id`,
                                      CAST(`t18`.`name` AS STRING) AS `influencer`,
                                      `t120`.`account_id`,
                                      CAST(`t22`.`platform` AS STRING) AS `platform`,
                                      `t120`.`is_brand`,
                                      `t15`.`end_date` AS `day`,
                                      UNIX_SECONDS(CAST(`t15`.`start_date` AS TIMESTAMP)) AS `start_at`,
                                      UNIX_SECONDS(CAST(`t15`.`end_date` AS TIMESTAMP)) + 86400 AS `end_at`
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          `t107`.`campaign_id`,
                                          `t107`.`account_id`,
                                          FALSE AS `is_brand`
                                        FROM (
                                          SELECT DISTINCT
                                            `t93`.`campaign_id`,
                                            `t93`.`account_id`
                                          FROM `campaign_posts_in` AS `t93`
                                        ) AS `t107`
                                      ) AS `t112`
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST(`t60`.`id` AS INT64) AS `campaign_id`,
                                          CAST(`t22`.`id` AS INT64) AS `account_id`,
                                          TRUE AS `is_brand`
                                        FROM `t26` AS `t60`
                                        INNER JOIN (
                                          SELECT
                                            *
                                          FROM `influencer` AS `t5`
                                          WHERE
                                            `t5`.`is_brand`
                                        ) AS `t35`
                                          ON `t35`.`workspace_id` = `t60`.`workspace_id`
                                        INNER JOIN `account` AS `t22`
                                          ON `t22`.`influencer_id` = `t35`.`id`
                                      ) AS `t82`
                                    ) AS `t120`
                                    INNER JOIN `campaign` AS `t15`
                                      ON `t120`.`campaign_id` = `t15`.`id`
                                    INNER JOIN `account` AS `t22`
                                      ON `t120`.`account_id` = `t22`.`id`
                                    INNER JOIN `influencer` AS `t18`
                                      ON `t22`.`influencer_id` = `t18`.`id`
                                  ) AS `t146`
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
                                  ) AS `t65`
                                    ON `t146`.`account_id` = `t65`.`account_id`
                                ) AS `t158`
                                WHERE
                                  `t158`.`at` <= (
                                    `t158`.`start_at` - (
                                      `t158`.`end_at` - `t158`.`start_at`
                                    )
                                  )
                              ) AS `t161`
                            ) AS `t165`
                            WHERE
                              `t165`.`order` = 0
                          ) AS `t172`
                            ON `t182`.`campaign_id` = `t172`.`campaign_id`
                            AND `t182`.`account_id` = `t172`.`account_id`
                        ) AS `t184`
                      ) AS `t188`
                    ) AS `t208`
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        `t86`.`campaign_id`,
                        `t86`.`campaign`,
                        `t86`.`influencer_id`,
                        `t86`.`influencer`,
                        CAST(NULL AS INT64) AS `account_id`,
                        CAST(NULL AS STRING) AS `platform`,
                        CAST(NULL AS STRING) AS `format`,
                        CAST(NULL AS INT64) AS `post_id`,
                        `t86`.`day`,
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
                        `t86`.`influencers_contacted`,
                        `t86`.`influencers_interested`,
                        `t86`.`posts_contracted`,
                        `t86`.`products_sent`,
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
                          CAST(`t48`.`campaign_id` AS INT64) AS `campaign_id`,
                          CAST(`t15`.`name` AS STRING) AS `campaign`,
                          CAST(`t48`.`influencer_id` AS INT64) AS `influencer_id`,
                          CAST(`t17`.`name` AS STRING) AS `influencer`,
                          `t15`.`start_date` AS `day`,
                          CAST(1 AS FLOAT64) AS `influencers_contacted`,
                          CAST(IF(`t48`.`status` IN ('interested', 'activated'), 1, 0) AS FLOAT64) AS `influencers_interested`,
                          CAST(`t48`.`posts_contracted` AS FLOAT64) AS `posts_contracted`,
                          CAST(`t48`.`products_sent` AS FLOAT64) AS `products_sent`
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
                      ) AS `t86`
                    ) AS `t99`
                  ) AS `t209`
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      `t152`.`campaign_id`,
                      `t152`.`campaign`,
                      CAST(NULL AS INT64) AS `influencer_id`,
                      CAST(NULL AS STRING) AS `influencer`,
                      CAST(NULL AS INT64) AS `account_id`,
                      CAST(NULL AS STRING) AS `platform`,
                      CAST(NULL AS STRING) AS `format`,
                      CAST(NULL AS INT64) AS `post_id`,
                      `t152`.`day`,
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
                      `t152`.`link_clicks`,
                      `t152`.`unique_link_clicks`,
                      `t152`.`bot_link_clicks`,
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
                        `t138`.`campaign_id`,
                        `t138`.`day`,
                        `t138`.`link_clicks`,
                        `t138`.`unique_link_clicks`,
                        `t138`.`bot_link_clicks`,
                        CAST(`t15`.`name` AS STRING) AS `campaign`
                      FROM (
                        SELECT
                          `t116`.`campaign_id`,
                          `t116`.`day`,
                          SUM(`t116`.`link_clicks`) AS `link_clicks`,
                          SUM(`t116`.`unique_link_clicks`) AS `unique_link_clicks`,
                          SUM(`t116`.`bot_link_clicks`) AS `bot_link_clicks`
                        FROM (
                          SELECT
                            CAST(`t51`.`campaign_id` AS INT64) AS `campaign_id`,
                            CAST(`t51`.`influencer_id` AS INT64) AS `influencer_id`,
                            CAST(`t51`.`platform` AS STRING) AS `platform`,
                            `t106`.`day`,
                            `t106`.`link_clicks`,
                            `t106`.`unique_link_clicks`,
                            `t106`.`bot_link_clicks`
                          FROM (
                            SELECT
                              `t76`.`link_id`,
                              `t76`.`day`,
                              SUM(`t76`.`link_clicks`) AS `link_clicks`,
                              SUM(`t76`.`unique_link_clicks`) AS `unique_link_clicks`,
                              SUM(`t76`.`bot_link_clicks`) AS `bot_link_clicks`
                            FROM (
                              SELECT
                                `t20`.`link_id`,
                                DATE(`t20`.`clicked_at`) AS `day`,
                                CAST(IF(NOT (
                                  `t20`.`is_bot`
                                ), 1, 0) AS FLOAT64) AS `link_clicks`,
                                CAST(IF(NOT (
                                  `t20`.`is_bot`
                                ) AND `t20`.`is_unique`, 1, 0) AS FLOAT64) AS `unique_link_clicks`,
                                CAST(IF(`t20`.`is_bot`, 1, 0) AS FLOAT64) AS `bot_link_clicks`
                              FROM `click` AS `t20`
                              INNER JOIN (
                                SELECT
                                  `t8`.`id` AS `link_id`
                                FROM `link` AS `t8`
                                WHERE
                                  `t8`.`campaign_id` IN (1)
                              ) AS `t52`
                                ON `t20`.`link_id` = `t52`.`link_id`
                            ) AS `t76`
                            GROUP BY
                              1,
                              2
                          ) AS `t106`
                          INNER JOIN (
                            SELECT
                              *
                            FROM `link` AS `t8`
                            WHERE
                              `t8`.`campaign_id` IN (1)
                          ) AS `t51`
                            ON `t106`.`link_id` = `t51`.`id`
                        ) AS `t116`
                        GROUP BY
                          1,
                          2
                      ) AS `t138`
                      INNER JOIN `campaign` AS `t15`
                        ON `t138`.`campaign_id` = `t15`.`id`
                    ) AS `t152`
                  ) AS `t154`
                ) AS `t210`
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    `t109`.`campaign_id`,
                    `t109`.`campaign`,
                    CAST(NULL AS INT64) AS `influencer_id`,
                    CAST(NULL AS STRING) AS `influencer`,
                    CAST(NULL AS INT64) AS `account_id`,
                    CAST(NULL AS STRING) AS `platform`,
                    CAST(NULL AS STRING) AS `format`,
                    CAST(NULL AS INT64) AS `post_id`,
                    `t109`.`day`,
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
                    `t109`.`sessions`,
                    `t109`.`new_users`,
                    `t109`.`engaged_sessions`,
                    `t109`.`bounced_sessions`,
                    `t109`.`session_seconds`,
                    `t109`.`page_views`,
                    `t109`.`key_events`,
                    CAST(NULL AS FLOAT64) AS `orders`,
                    CAST(NULL AS FLOAT64) AS `revenue`,
                    CAST(NULL AS FLOAT64) AS `new_customers`,
                    CAST(NULL AS FLOAT64) AS `key_messages`
                  FROM (
                    SELECT
                      `t87`.`campaign_id`,
                      `t87`.`day`,
                      `t87`.`sessions`,
                      `t87`.`new_users`,
                      `t87`.`engaged_sessions`,
                      `t87`.`bounced_sessions`,
                      `t87`.`session_seconds`,
                      `t87`.`page_views`,
                      `t87`.`key_events`,
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
                          `t6`.`campaign_id` IN (1) AND `t6`.`campaign_id` IS NOT NULL
                      ) AS `t50`
                      GROUP BY
                        1,
                        2
                    ) AS `t87`
                    INNER JOIN `campaign` AS `t15`
                      ON `t87`.`campaign_id` = `t15`.`id`
                  ) AS `t109`
                ) AS `t114`
              ) AS `t211`
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  `t113`.`campaign_id`,
                  `t113`.`campaign`,
                  CAST(NULL AS INT64) AS `influencer_id`,
                  CAST(NULL AS STRING) AS `influencer`,
                  CAST(NULL AS INT64) AS `account_id`,
                  CAST(NULL AS STRING) AS `platform`,
                  CAST(NULL AS STRING) AS `format`,
                  CAST(NULL AS INT64) AS `post_id`,
                  `t113`.`day`,
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
                  `t113`.`orders`,
                  `t113`.`revenue`,
                  `t113`.`new_customers`,
                  CAST(NULL AS FLOAT64) AS `key_messages`
                FROM (
                  SELECT
                    `t98`.`campaign_id`,
                    `t98`.`day`,
                    `t98`.`orders`,
                    `t98`.`revenue`,
                    `t98`.`new_customers`,
                    CAST(`t15`.`name` AS STRING) AS `campaign`
                  FROM (
                    SELECT
                      `t68`.`campaign_id`,
                      `t68`.`day`,
                      SUM(`t68`.`orders`) AS `orders`,
                      SUM(`t68`.`revenue`) AS `revenue`,
                      SUM(`t68`.`new_customers`) AS `new_customers`
                    FROM (
                      SELECT
                        CAST(`t3`.`campaign_id` AS INT64) AS `campaign_id`,
                        CAST(`t3`.`influencer_id` AS INT64) AS `influencer_id`,
                        `t3`.`platform`,
                        `t3`.`ordered_on` AS `day`,
                        CAST(IF(NOT (
                          `t3`.`reversed`
                        ), 1, 0) AS FLOAT64) AS `orders`,
                        IF(NOT (
                          `t3`.`reversed`
                        ), CAST(`t3`.`campaign_revenue` AS FLOAT64), 0) AS `revenue`,
                        CAST(IF(NOT (
                          `t3`.`reversed`
                        ) AND COALESCE(`t3`.`new_customer`, FALSE), 1, 0) AS FLOAT64) AS `new_customers`
                      FROM `order_attribution` AS `t3`
                      WHERE
                        `t3`.`campaign_id` IN (1)
                    ) AS `t68`
                    GROUP BY
                      1,
                      2
                  ) AS `t98`
                  INNER JOIN `campaign` AS `t15`
                    ON `t98`.`campaign_id` = `t15`.`id`
                ) AS `t113`
              ) AS `t119`
            ) AS `t212`
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
              WHERE
                `t0`.`id` IN (1)
            ) AS `t72`
          ) AS `t215`
          LEFT OUTER JOIN (
            SELECT
              `t142`.`campaign_id`,
              `t142`.`rate` AS `emv_rate`
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
              ) AS `t28`
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
                      `t61`.`campaign_id`,
                      `t61`.`start`,
                      `t70`.`rate`,
                      UNIX_SECONDS(CAST(`t70`.`valid_on` AS TIMESTAMP)) AS `valid`
                    FROM (
                      SELECT
                        CAST(`t0`.`id` AS INT64) AS `campaign_id`,
                        `t0`.`currency`,
                        UNIX_SECONDS(CAST(`t0`.`start_date` AS TIMESTAMP)) AS `start`
                      FROM `campaign` AS `t0`
                    ) AS `t61`
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
                      ) AS `t31`
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
                      ) AS `t63`
                    ) AS `t70`
                      ON `t61`.`currency` = `t70`.`quote`
                  ) AS `t97`
                ) AS `t123`
                WHERE
                  `t123`.`order` = 0
              ) AS `t137`
            ) AS `t142`
          ) AS `t151`
            ON `t215`.`campaign_id` = `t151`.`campaign_id`
        ) AS `t218`
        LEFT OUTER JOIN (
          SELECT
            `t1`.`account_id`,
            `t1`.`inauthentic_share`
          FROM `account_audit` AS `t1`
        ) AS `t29`
          ON `t218`.`account_id` = `t29`.`account_id`
      ) AS `t220`
    ) AS `t223`
    LEFT OUTER JOIN (
      SELECT
        `t141`.`campaign_id`,
        `t141`.`rate` AS `paid_rate`
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
        ) AS `t27`
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            `t122`.`campaign_id`,
            `t122`.`rate`
          FROM (
            SELECT
              `t96`.`campaign_id`,
              `t96`.`start`,
              `t96`.`rate`,
              `t96`.`valid`,
              ROW_NUMBER() OVER (
                PARTITION BY `t96`.`campaign_id`
                ORDER BY IF(`t96`.`valid` <= `t96`.`start`, 0, 1) ASC, ABS(`t96`.`valid` - `t96`.`start`) ASC
              ) - 1 AS `order`
            FROM (
              SELECT
                `t61`.`campaign_id`,
                `t61`.`start`,
                `t69`.`rate`,
                UNIX_SECONDS(CAST(`t69`.`valid_on` AS TIMESTAMP)) AS `valid`
              FROM (
                SELECT
                  CAST(`t0`.`id` AS INT64) AS `campaign_id`,
                  `t0`.`currency`,
                  UNIX_SECONDS(CAST(`t0`.`start_date` AS TIMESTAMP)) AS `start`
                FROM `campaign` AS `t0`
              ) AS `t61`
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
                ) AS `t30`
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
                ) AS `t62`
              ) AS `t69`
                ON `t61`.`currency` = `t69`.`quote`
            ) AS `t96`
          ) AS `t122`
          WHERE
            `t122`.`order` = 0
        ) AS `t136`
      ) AS `t141`
    ) AS `t150`
      ON `t223`.`campaign_id` = `t150`.`campaign_id`
  ) AS `t225`
  WHERE
    `t225`.`campaign_id` IN (1)
    AND (
      (
        `t225`.`bot_link_clicks` IS NOT NULL
      )
      OR (
        `t225`.`bounced_sessions` IS NOT NULL
      )
      OR (
        `t225`.`brand_followers_expected_gain` IS NOT NULL
      )
      OR (
        `t225`.`brand_followers_gained` IS NOT NULL
      )
      OR (
        `t225`.`brand_followers_start` IS NOT NULL
      )
      OR (
        `t225`.`brand_mention_engagements` IS NOT NULL
      )
      OR (
        `t225`.`brand_mentions` IS NOT NULL
      )
      OR (
        `t225`.`clicks` IS NOT NULL
      )
      OR (
        `t225`.`comments` IS NOT NULL
      )
      OR (
        `t225`.`cost` IS NOT NULL
      )
      OR (
        `t225`.`disclosed_sponsored_posts` IS NOT NULL
      )
      OR (
        `t225`.`emv` IS NOT NULL
      )
      OR (
        `t225`.`emv_authentic` IS NOT NULL
      )
      OR (
        `t225`.`engagements` IS NOT NULL
      )
      OR (
        `t225`.`er_followers_post` IS NOT NULL
      )
      OR (
        `t225`.`er_impressions_post` IS NOT NULL
      )
      OR (
        `t225`.`er_reach_post` IS NOT NULL
      )
      OR (
        `t225`.`er_views_post` IS NOT NULL
      )
      OR (
        `t225`.`followers` IS NOT NULL
      )
      OR (
        `t225`.`followers_expected_gain` IS NOT NULL
      )
      OR (
        `t225`.`followers_gained` IS NOT NULL
      )
      OR (
        `t225`.`followers_start` IS NOT NULL
      )
      OR (
        `t225`.`impressions` IS NOT NULL
      )
      OR (
        `t225`.`impressions_with_estimates` IS NOT NULL
      )
      OR (
        `t225`.`influencers_contacted` IS NOT NULL
      )
      OR (
        `t225`.`influencers_interested` IS NOT NULL
      )
      OR (
        `t225`.`key_events` IS NOT NULL
      )
      OR (
        `t225`.`key_message_posts` IS NOT NULL
      )
      OR (
        `t225`.`key_messages` IS NOT NULL
      )
      OR (
        `t225`.`likes` IS NOT NULL
      )
      OR (
        `t225`.`link_clicks` IS NOT NULL
      )
      OR (
        `t225`.`mention_engagements` IS NOT NULL
      )
      OR (
        `t225`.`mentions` IS NOT NULL
      )
      OR (
        `t225`.`new_customers` IS NOT NULL
      )
      OR (
        `t225`.`new_users` IS NOT NULL
      )
      OR (
        `t225`.`orders` IS NOT NULL
      )
      OR (
        `t225`.`page_views` IS NOT NULL
      )
      OR (
        ieee_divide(
          `t225`.`cost`,
          CASE
            WHEN `t225`.`platform` = 'tiktok'
            THEN CAST(NULL AS FLOAT64)
            WHEN `t225`.`platform` = 'youtube'
            THEN CAST(NULL AS FLOAT64)
            ELSE 1.88
          END * `t225`.`paid_rate`
        ) IS NOT NULL
      )
      OR (
        (
          ieee_divide(
            `t225`.`cost`,
            CASE
              WHEN `t225`.`platform` = 'tiktok'
              THEN 7.5
              WHEN `t225`.`platform` = 'youtube'
              THEN 3.53
              ELSE 19.8
            END * `t225`.`paid_rate`
          ) * 1000
        ) IS NOT NULL
      )
      OR (
        ieee_divide(
          `t225`.`cost`,
          CASE WHEN `t225`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS FLOAT64) END * `t225`.`paid_rate`
        ) IS NOT NULL
      )
      OR (
        `t225`.`post_id` IS NOT NULL
      )
      OR (
        `t225`.`post_platform` IS NOT NULL
      )
      OR (
        `t225`.`posts_contracted` IS NOT NULL
      )
      OR (
        `t225`.`products_sent` IS NOT NULL
      )
      OR (
        `t225`.`publishing_influencer` IS NOT NULL
      )
      OR (
        `t225`.`reach` IS NOT NULL
      )
      OR (
        `t225`.`revenue` IS NOT NULL
      )
      OR (
        `t225`.`saves` IS NOT NULL
      )
      OR (
        `t225`.`session_seconds` IS NOT NULL
      )
      OR (
        `t225`.`sessions` IS NOT NULL
      )
      OR (
        `t225`.`shares` IS NOT NULL
      )
      OR (
        `t225`.`sponsored_posts` IS NOT NULL
      )
      OR (
        `t225`.`ugc_post` IS NOT NULL
      )
      OR (
        `t225`.`unique_link_clicks` IS NOT NULL
      )
      OR (
        `t225`.`views` IS NOT NULL
      )
    )
)
SELECT
  `t237`.`week`,
  `t237`.`key_messages`,
  `t237`.`platforms_selected`,
  `t237`.`influencers_contacted`,
  `t237`.`influencers_interested`,
  ieee_divide(`t237`.`influencers_interested`, NULLIF(`t237`.`influencers_contacted`, 0)) * 100 AS `influencers_interested_rate`,
  `t237`.`influencers_activated`,
  `t237`.`products_sent`,
  `t237`.`reach`,
  `t237`.`impressions`,
  `t237`.`views`,
  `t237`.`impressions_with_estimates`,
  ieee_divide(`t237`.`reach_rate__first`, NULLIF(`t237`.`reach_rate__second`, 0)) * 100 AS `reach_rate`,
  `t237`.`brand_mentions`,
  ieee_divide(`t237`.`brand_mentions`, NULLIF(`t237`.`mentions`, 0)) * 100 AS `share_of_voice`,
  ieee_divide(`t237`.`brand_mention_engagements`, NULLIF(`t237`.`mention_engagements`, 0)) * 100 AS `share_of_engagement`,
  `t237`.`key_message_posts`,
  ieee_divide(`t237`.`key_message_posts`, NULLIF(CAST(`t237`.`posts` AS FLOAT64), 0)) * 100 AS `key_message_rate`,
  `t237`.`posts`,
  `t237`.`posts_contracted`,
  ieee_divide(CAST(`t237`.`posts` AS FLOAT64), NULLIF(`t237`.`posts_contracted`, 0)) * 100 AS `posts_delivery_rate`,
  `t237`.`ugc_posts`,
  `t237`.`likes`,
  `t237`.`comments`,
  `t237`.`shares`,
  `t237`.`saves`,
  `t237`.`engagements`,
  ieee_divide(
    `t237`.`engagement_rate_reach__first`,
    NULLIF(`t237`.`engagement_rate_reach__second`, 0)
  ) * 100 AS `engagement_rate_reach`,
  ieee_divide(
    `t237`.`engagement_rate_followers__first`,
    NULLIF(`t237`.`engagement_rate_followers__second`, 0)
  ) * 100 AS `engagement_rate_followers`,
  `t237`.`er_reach_post_mean` AS `engagement_rate_reach_post_mean`,
  `t237`.`er_reach_post_median` AS `engagement_rate_reach_post_median`,
  `t237`.`er_reach_account_mean` AS `engagement_rate_reach_account_mean`,
  `t237`.`er_reach_account_median` AS `engagement_rate_reach_account_median`,
  `t237`.`er_followers_post_mean` AS `engagement_rate_followers_post_mean`,
  `t237`.`er_followers_post_median` AS `engagement_rate_followers_post_median`,
  `t237`.`er_followers_account_mean` AS `engagement_rate_followers_account_mean`,
  `t237`.`er_followers_account_median` AS `engagement_rate_followers_account_median`,
  ieee_divide(
    `t237`.`engagement_rate_impressions__first`,
    NULLIF(`t237`.`engagement_rate_impressions__second`, 0)
  ) * 100 AS `engagement_rate_impressions`,
  `t237`.`er_impressions_post_mean` AS `engagement_rate_impressions_post_mean`,
  `t237`.`er_impressions_post_median` AS `engagement_rate_impressions_post_median`,
  `t237`.`er_impressions_account_mean` AS `engagement_rate_impressions_account_mean`,
  `t237`.`er_impressions_account_median` AS `engagement_rate_impressions_account_median`,
  ieee_divide(
    `t237`.`engagement_rate_views__first`,
    NULLIF(`t237`.`engagement_rate_views__second`, 0)
  ) * 100 AS `engagement_rate_views`,
  `t237`.`er_views_post_mean` AS `engagement_rate_views_post_mean`,
  `t237`.`er_views_post_median` AS `engagement_rate_views_post_median`,
  `t237`.`er_views_account_mean` AS `engagement_rate_views_account_mean`,
  `t237`.`er_views_account_median` AS `engagement_rate_views_account_median`,
  `t237`.`clicks` AS `platform_link_clicks`,
  `t237`.`followers_gained`,
  ieee_divide(
    `t237`.`follower_growth_rate__first`,
    NULLIF(`t237`.`follower_growth_rate__second`, 0)
  ) * 100 AS `follower_growth_rate`,
  `t237`.`followers_gained_above_trend__first` - `t237`.`followers_gained_above_trend__second` AS `followers_gained_above_trend`,
  `t237`.`brand_followers_gained`,
  ieee_divide(
    `t237`.`brand_follower_growth_rate__first`,
    NULLIF(`t237`.`brand_follower_growth_rate__second`, 0)
  ) * 100 AS `brand_follower_growth_rate`,
  `t237`.`brand_followers_gained_above_trend__first` - `t237`.`brand_followers_gained_above_trend__second` AS `brand_followers_gained_above_trend`,
  `t237`.`link_clicks` AS `tracked_clicks`,
  `t237`.`unique_link_clicks` AS `unique_clicks`,
  `t237`.`bot_link_clicks` AS `bot_clicks`,
  ieee_divide(`t237`.`link_clicks`, NULLIF(`t237`.`impressions_with_estimates`, 0)) * 100 AS `click_through_rate`,
  `t237`.`sessions`,
  `t237`.`new_users`,
  ieee_divide(`t237`.`bounced_sessions`, NULLIF(`t237`.`sessions`, 0)) * 100 AS `bounce_rate`,
  ieee_divide(`t237`.`session_seconds`, NULLIF(`t237`.`sessions`, 0)) AS `average_session_duration`,
  ieee_divide(`t237`.`page_views`, NULLIF(`t237`.`sessions`, 0)) AS `pages_per_session`,
  `t237`.`key_events` AS `leads`,
  `t237`.`orders` AS `conversions`,
  ieee_divide(`t237`.`orders`, NULLIF(`t237`.`unique_link_clicks`, 0)) * 100 AS `conversion_rate`,
  `t237`.`revenue`,
  ieee_divide(`t237`.`revenue`, NULLIF(`t237`.`orders`, 0)) AS `average_order_value`,
  `t237`.`new_customers`,
  ieee_divide(`t237`.`revenue`, NULLIF(`t237`.`cost`, 0)) AS `return_on_ad_spend`,
  ieee_divide(`t237`.`revenue` - `t237`.`cost`, NULLIF(`t237`.`cost`, 0)) * 100 AS `return_on_investment`,
  ieee_divide(`t237`.`revenue` - `t237`.`cost`, NULLIF(`t237`.`revenue`, 0)) * 100 AS `profitability`,
  `t237`.`sponsored_posts`,
  `t237`.`disclosed_sponsored_posts`,
  ieee_divide(`t237`.`disclosed_sponsored_posts`, NULLIF(`t237`.`sponsored_posts`, 0)) * 100 AS `disclosure_rate`,
  `t237`.`cost`,
  ieee_divide(`t237`.`cost`, NULLIF(`t237`.`impressions_with_estimates`, 0)) * 1000 AS `cost_per_mille`,
  ieee_divide(`t237`.`cost`, NULLIF(`t237`.`engagements`, 0)) AS `cost_per_engagement`,
  ieee_divide(`t237`.`cost`, NULLIF(`t237`.`views`, 0)) AS `cost_per_view`,
  ieee_divide(`t237`.`cost`, NULLIF(`t237`.`brand_followers_gained`, 0)) AS `cost_per_new_follower`,
  ieee_divide(`t237`.`cost`, NULLIF(`t237`.`link_clicks`, 0)) AS `cost_per_click`,
  ieee_divide(`t237`.`cost`, NULLIF(`t237`.`orders`, 0)) AS `cost_per_acquisition`,
  ieee_divide(`t237`.`cost`, NULLIF(`t237`.`new_customers`, 0)) AS `customer_acquisition_cost`,
  ieee_divide(`t237`.`cost`, NULLIF(`t237`.`key_events`, 0)) AS `cost_per_lead`,
  `t237`.`emv`,
  `t237`.`emv_authentic`,
  ieee_divide(`t237`.`emv`, NULLIF(`t237`.`cost`, 0)) AS `emv_per_cost`,
  `t237`.`paid_impressions` AS `paid_equivalent_impressions`,
  `t237`.`paid_clicks` AS `paid_equivalent_clicks`,
  `t237`.`paid_views` AS `paid_equivalent_views`,
  ieee_divide(
    `t237`.`impressions_vs_paid__first`,
    NULLIF(`t237`.`impressions_vs_paid__second`, 0)
  ) * 100 AS `impressions_vs_paid`,
  ieee_divide(`t237`.`clicks_vs_paid__first`, NULLIF(`t237`.`clicks_vs_paid__second`, 0)) * 100 AS `clicks_vs_paid`,
  ieee_divide(`t237`.`views_vs_paid__first`, NULLIF(`t237`.`views_vs_paid__second`, 0)) * 100 AS `views_vs_paid`,
  IF(`t237`.`key_messages` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `key_messages__provenance`,
  IF(`t237`.`platforms_selected` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `platforms_selected__provenance`,
  IF(`t237`.`influencers_contacted` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `influencers_contacted__provenance`,
  IF(`t237`.`influencers_interested` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `influencers_interested__provenance`,
  IF(
    (
      ieee_divide(`t237`.`influencers_interested`, NULLIF(`t237`.`influencers_contacted`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `influencers_interested_rate__provenance`,
  IF(`t237`.`influencers_activated` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `influencers_activated__provenance`,
  IF(`t237`.`products_sent` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `products_sent__provenance`,
  IF(
    `t237`.`reach` IS NOT NULL,
    COALESCE(`t237`.`reach__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `reach__provenance`,
  IF(
    `t237`.`impressions` IS NOT NULL,
    COALESCE(`t237`.`impressions__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `impressions__provenance`,
  IF(
    `t237`.`views` IS NOT NULL,
    COALESCE(`t237`.`views__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `views__provenance`,
  IF(
    `t237`.`impressions_with_estimates` IS NOT NULL,
    COALESCE(`t237`.`impressions_with_estimates__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `impressions_with_estimates__provenance`,
  IF(
    (
      ieee_divide(`t237`.`reach_rate__first`, NULLIF(`t237`.`reach_rate__second`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(`t237`.`reach_rate__pair__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `reach_rate__provenance`,
  IF(`t237`.`brand_mentions` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `brand_mentions__provenance`,
  IF(
    (
      ieee_divide(`t237`.`brand_mentions`, NULLIF(`t237`.`mentions`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `share_of_voice__provenance`,
  IF(
    (
      ieee_divide(`t237`.`brand_mention_engagements`, NULLIF(`t237`.`mention_engagements`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `share_of_engagement__provenance`,
  IF(`t237`.`key_message_posts` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `key_message_posts__provenance`,
  IF(
    (
      ieee_divide(`t237`.`key_message_posts`, NULLIF(CAST(`t237`.`posts` AS FLOAT64), 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `key_message_rate__provenance`,
  IF(`t237`.`posts` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `posts__provenance`,
  IF(`t237`.`posts_contracted` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `posts_contracted__provenance`,
  IF(
    (
      ieee_divide(CAST(`t237`.`posts` AS FLOAT64), NULLIF(`t237`.`posts_contracted`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `posts_delivery_rate__provenance`,
  IF(`t237`.`ugc_posts` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `ugc_posts__provenance`,
  IF(
    `t237`.`likes` IS NOT NULL,
    COALESCE(`t237`.`likes__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `likes__provenance`,
  IF(
    `t237`.`comments` IS NOT NULL,
    COALESCE(`t237`.`comments__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `comments__provenance`,
  IF(
    `t237`.`shares` IS NOT NULL,
    COALESCE(`t237`.`shares__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `shares__provenance`,
  IF(
    `t237`.`saves` IS NOT NULL,
    COALESCE(`t237`.`saves__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `saves__provenance`,
  IF(
    `t237`.`engagements` IS NOT NULL,
    COALESCE(`t237`.`engagements__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagements__provenance`,
  IF(
    (
      ieee_divide(
        `t237`.`engagement_rate_reach__first`,
        NULLIF(`t237`.`engagement_rate_reach__second`, 0)
      ) * 100
    ) IS NOT NULL,
    COALESCE(`t237`.`engagement_rate_reach__pair__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_reach__provenance`,
  IF(
    (
      ieee_divide(
        `t237`.`engagement_rate_followers__first`,
        NULLIF(`t237`.`engagement_rate_followers__second`, 0)
      ) * 100
    ) IS NOT NULL,
    COALESCE(`t237`.`engagement_rate_followers__pair__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_followers__provenance`,
  IF(
    `t237`.`er_reach_post_mean` IS NOT NULL,
    COALESCE(`t237`.`er_reach_post_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_reach_post_mean__provenance`,
  IF(
    `t237`.`er_reach_post_median` IS NOT NULL,
    COALESCE(`t237`.`er_reach_post_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_reach_post_median__provenance`,
  IF(
    `t237`.`er_reach_account_mean` IS NOT NULL,
    COALESCE(`t237`.`er_reach_account_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_reach_account_mean__provenance`,
  IF(
    `t237`.`er_reach_account_median` IS NOT NULL,
    COALESCE(`t237`.`er_reach_account_median__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_reach_account_median__provenance`,
  IF(
    `t237`.`er_followers_post_mean` IS NOT NULL,
    COALESCE(`t237`.`er_followers_post_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_followers_post_mean__provenance`,
  IF(
    `t237`.`er_followers_post_median` IS NOT NULL,
    COALESCE(`t237`.`er_followers_post_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_followers_post_median__provenance`,
  IF(
    `t237`.`er_followers_account_mean` IS NOT NULL,
    COALESCE(`t237`.`er_followers_account_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_followers_account_mean__provenance`,
  IF(
    `t237`.`er_followers_account_median` IS NOT NULL,
    COALESCE(`t237`.`er_followers_account_median__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_followers_account_median__provenance`,
  IF(
    (
      ieee_divide(
        `t237`.`engagement_rate_impressions__first`,
        NULLIF(`t237`.`engagement_rate_impressions__second`, 0)
      ) * 100
    ) IS NOT NULL,
    COALESCE(`t237`.`engagement_rate_impressions__pair__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_impressions__provenance`,
  IF(
    `t237`.`er_impressions_post_mean` IS NOT NULL,
    COALESCE(`t237`.`er_impressions_post_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_impressions_post_mean__provenance`,
  IF(
    `t237`.`er_impressions_post_median` IS NOT NULL,
    COALESCE(`t237`.`er_impressions_post_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_impressions_post_median__provenance`,
  IF(
    `t237`.`er_impressions_account_mean` IS NOT NULL,
    COALESCE(`t237`.`er_impressions_account_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_impressions_account_mean__provenance`,
  IF(
    `t237`.`er_impressions_account_median` IS NOT NULL,
    COALESCE(`t237`.`er_impressions_account_median__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_impressions_account_median__provenance`,
  IF(
    (
      ieee_divide(
        `t237`.`engagement_rate_views__first`,
        NULLIF(`t237`.`engagement_rate_views__second`, 0)
      ) * 100
    ) IS NOT NULL,
    COALESCE(`t237`.`engagement_rate_views__pair__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_views__provenance`,
  IF(
    `t237`.`er_views_post_mean` IS NOT NULL,
    COALESCE(`t237`.`er_views_post_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_views_post_mean__provenance`,
  IF(
    `t237`.`er_views_post_median` IS NOT NULL,
    COALESCE(`t237`.`er_views_post_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_views_post_median__provenance`,
  IF(
    `t237`.`er_views_account_mean` IS NOT NULL,
    COALESCE(`t237`.`er_views_account_mean__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_views_account_mean__provenance`,
  IF(
    `t237`.`er_views_account_median` IS NOT NULL,
    COALESCE(`t237`.`er_views_account_median__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `engagement_rate_views_account_median__provenance`,
  IF(
    `t237`.`clicks` IS NOT NULL,
    COALESCE(`t237`.`clicks__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `platform_link_clicks__provenance`,
  IF(
    `t237`.`followers_gained` IS NOT NULL,
    COALESCE(`t237`.`followers_gained__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `followers_gained__provenance`,
  IF(
    (
      ieee_divide(
        `t237`.`follower_growth_rate__first`,
        NULLIF(`t237`.`follower_growth_rate__second`, 0)
      ) * 100
    ) IS NOT NULL,
    COALESCE(`t237`.`follower_growth_rate__pair__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `follower_growth_rate__provenance`,
  IF(
    (
      `t237`.`followers_gained_above_trend__first` - `t237`.`followers_gained_above_trend__second`
    ) IS NOT NULL,
    COALESCE(`t237`.`followers_gained_above_trend__pair__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `followers_gained_above_trend__provenance`,
  IF(
    `t237`.`brand_followers_gained` IS NOT NULL,
    COALESCE(`t237`.`brand_followers_gained__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `brand_followers_gained__provenance`,
  IF(
    (
      ieee_divide(
        `t237`.`brand_follower_growth_rate__first`,
        NULLIF(`t237`.`brand_follower_growth_rate__second`, 0)
      ) * 100
    ) IS NOT NULL,
    COALESCE(`t237`.`brand_follower_growth_rate__pair__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `brand_follower_growth_rate__provenance`,
  IF(
    (
      `t237`.`brand_followers_gained_above_trend__first` - `t237`.`brand_followers_gained_above_trend__second`
    ) IS NOT NULL,
    COALESCE(`t237`.`brand_followers_gained_above_trend__pair__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `brand_followers_gained_above_trend__provenance`,
  IF(`t237`.`link_clicks` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `tracked_clicks__provenance`,
  IF(`t237`.`unique_link_clicks` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `unique_clicks__provenance`,
  IF(`t237`.`bot_link_clicks` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `bot_clicks__provenance`,
  IF(
    (
      ieee_divide(`t237`.`link_clicks`, NULLIF(`t237`.`impressions_with_estimates`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(`t237`.`impressions_with_estimates__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `click_through_rate__provenance`,
  IF(`t237`.`sessions` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `sessions__provenance`,
  IF(`t237`.`new_users` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `new_users__provenance`,
  IF(
    (
      ieee_divide(`t237`.`bounced_sessions`, NULLIF(`t237`.`sessions`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `bounce_rate__provenance`,
  IF(
    ieee_divide(`t237`.`session_seconds`, NULLIF(`t237`.`sessions`, 0)) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `average_session_duration__provenance`,
  IF(
    ieee_divide(`t237`.`page_views`, NULLIF(`t237`.`sessions`, 0)) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `pages_per_session__provenance`,
  IF(`t237`.`key_events` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `leads__provenance`,
  IF(`t237`.`orders` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `conversions__provenance`,
  IF(
    (
      ieee_divide(`t237`.`orders`, NULLIF(`t237`.`unique_link_clicks`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `conversion_rate__provenance`,
  IF(`t237`.`revenue` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `revenue__provenance`,
  IF(
    ieee_divide(`t237`.`revenue`, NULLIF(`t237`.`orders`, 0)) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `average_order_value__provenance`,
  IF(`t237`.`new_customers` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `new_customers__provenance`,
  IF(
    ieee_divide(`t237`.`revenue`, NULLIF(`t237`.`cost`, 0)) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `return_on_ad_spend__provenance`,
  IF(
    (
      ieee_divide(`t237`.`revenue` - `t237`.`cost`, NULLIF(`t237`.`cost`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `return_on_investment__provenance`,
  IF(
    (
      ieee_divide(`t237`.`revenue` - `t237`.`cost`, NULLIF(`t237`.`revenue`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `profitability__provenance`,
  IF(`t237`.`sponsored_posts` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `sponsored_posts__provenance`,
  IF(`t237`.`disclosed_sponsored_posts` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `disclosed_sponsored_posts__provenance`,
  IF(
    (
      ieee_divide(`t237`.`disclosed_sponsored_posts`, NULLIF(`t237`.`sponsored_posts`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `disclosure_rate__provenance`,
  IF(`t237`.`cost` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `cost__provenance`,
  IF(
    (
      ieee_divide(`t237`.`cost`, NULLIF(`t237`.`impressions_with_estimates`, 0)) * 1000
    ) IS NOT NULL,
    COALESCE(`t237`.`impressions_with_estimates__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `cost_per_mille__provenance`,
  IF(
    ieee_divide(`t237`.`cost`, NULLIF(`t237`.`engagements`, 0)) IS NOT NULL,
    COALESCE(`t237`.`engagements__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `cost_per_engagement__provenance`,
  IF(
    ieee_divide(`t237`.`cost`, NULLIF(`t237`.`views`, 0)) IS NOT NULL,
    COALESCE(`t237`.`views__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `cost_per_view__provenance`,
  IF(
    ieee_divide(`t237`.`cost`, NULLIF(`t237`.`brand_followers_gained`, 0)) IS NOT NULL,
    COALESCE(`t237`.`brand_followers_gained__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `cost_per_new_follower__provenance`,
  IF(
    ieee_divide(`t237`.`cost`, NULLIF(`t237`.`link_clicks`, 0)) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `cost_per_click__provenance`,
  IF(
    ieee_divide(`t237`.`cost`, NULLIF(`t237`.`orders`, 0)) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `cost_per_acquisition__provenance`,
  IF(
    ieee_divide(`t237`.`cost`, NULLIF(`t237`.`new_customers`, 0)) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `customer_acquisition_cost__provenance`,
  IF(
    ieee_divide(`t237`.`cost`, NULLIF(`t237`.`key_events`, 0)) IS NOT NULL,
    COALESCE(0, 0),
    CAST(NULL AS INT64)
  ) AS `cost_per_lead__provenance`,
  IF(`t237`.`emv` IS NOT NULL, COALESCE(`t237`.`emv__provenance`, 0), CAST(NULL AS INT64)) AS `emv__provenance`,
  IF(
    `t237`.`emv_authentic` IS NOT NULL,
    COALESCE(`t237`.`emv_authentic__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `emv_authentic__provenance`,
  IF(
    ieee_divide(`t237`.`emv`, NULLIF(`t237`.`cost`, 0)) IS NOT NULL,
    COALESCE(`t237`.`emv__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `emv_per_cost__provenance`,
  IF(`t237`.`paid_impressions` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `paid_equivalent_impressions__provenance`,
  IF(`t237`.`paid_clicks` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `paid_equivalent_clicks__provenance`,
  IF(`t237`.`paid_views` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS INT64)) AS `paid_equivalent_views__provenance`,
  IF(
    (
      ieee_divide(
        `t237`.`impressions_vs_paid__first`,
        NULLIF(`t237`.`impressions_vs_paid__second`, 0)
      ) * 100
    ) IS NOT NULL,
    COALESCE(`t237`.`impressions_vs_paid__pair__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `impressions_vs_paid__provenance`,
  IF(
    (
      ieee_divide(`t237`.`clicks_vs_paid__first`, NULLIF(`t237`.`clicks_vs_paid__second`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(`t237`.`clicks_vs_paid__pair__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `clicks_vs_paid__provenance`,
  IF(
    (
      ieee_divide(`t237`.`views_vs_paid__first`, NULLIF(`t237`.`views_vs_paid__second`, 0)) * 100
    ) IS NOT NULL,
    COALESCE(`t237`.`views_vs_paid__pair__provenance`, 0),
    CAST(NULL AS INT64)
  ) AS `views_vs_paid__provenance`
FROM (
  SELECT
    `t236`.`week`,
    `t236`.`key_messages`,
    `t236`.`platforms_selected`,
    `t236`.`influencers_contacted`,
    `t236`.`influencers_interested`,
    `t236`.`influencers_activated`,
    `t236`.`products_sent`,
    `t236`.`reach`,
    `t236`.`impressions`,
    `t236`.`views`,
    `t236`.`impressions_with_estimates`,
    `t236`.`reach_rate__first`,
    `t236`.`reach_rate__second`,
    `t236`.`brand_mentions`,
    `t236`.`mentions`,
    `t236`.`brand_mention_engagements`,
    `t236`.`mention_engagements`,
    `t236`.`key_message_posts`,
    `t236`.`posts`,
    `t236`.`posts_contracted`,
    `t236`.`ugc_posts`,
    `t236`.`likes`,
    `t236`.`comments`,
    `t236`.`shares`,
    `t236`.`saves`,
    `t236`.`engagements`,
    `t236`.`engagement_rate_reach__first`,
    `t236`.`engagement_rate_reach__second`,
    `t236`.`engagement_rate_followers__first`,
    `t236`.`engagement_rate_followers__second`,
    `t236`.`er_reach_post_mean`,
    `t236`.`er_reach_post_median`,
    `t236`.`er_followers_post_mean`,
    `t236`.`er_followers_post_median`,
    `t236`.`engagement_rate_impressions__first`,
    `t236`.`engagement_rate_impressions__second`,
    `t236`.`er_impressions_post_mean`,
    `t236`.`er_impressions_post_median`,
    `t236`.`engagement_rate_views__first`,
    `t236`.`engagement_rate_views__second`,
    `t236`.`er_views_post_mean`,
    `t236`.`er_views_post_median`,
    `t236`.`clicks`,
    `t236`.`followers_gained`,
    `t236`.`follower_growth_rate__first`,
    `t236`.`follower_growth_rate__second`,
    `t236`.`followers_gained_above_trend__first`,
    `t236`.`followers_gained_above_trend__second`,
    `t236`.`brand_followers_gained`,
    `t236`.`brand_follower_growth_rate__first`,
    `t236`.`brand_follower_growth_rate__second`,
    `t236`.`brand_followers_gained_above_trend__first`,
    `t236`.`brand_followers_gained_above_trend__second`,
    `t236`.`link_clicks`,
    `t236`.`unique_link_clicks`,
    `t236`.`bot_link_clicks`,
    `t236`.`sessions`,
    `t236`.`new_users`,
    `t236`.`bounced_sessions`,
    `t236`.`session_seconds`,
    `t236`.`page_views`,
    `t236`.`key_events`,
    `t236`.`orders`,
    `t236`.`revenue`,
    `t236`.`new_customers`,
    `t236`.`cost`,
    `t236`.`sponsored_posts`,
    `t236`.`disclosed_sponsored_posts`,
    `t236`.`emv`,
    `t236`.`emv_authentic`,
    `t236`.`paid_impressions`,
    `t236`.`paid_clicks`,
    `t236`.`paid_views`,
    `t236`.`impressions_vs_paid__first`,
    `t236`.`impressions_vs_paid__second`,
    `t236`.`clicks_vs_paid__first`,
    `t236`.`clicks_vs_paid__second`,
    `t236`.`views_vs_paid__first`,
    `t236`.`views_vs_paid__second`,
    `t236`.`reach__provenance`,
    `t236`.`impressions__provenance`,
    `t236`.`views__provenance`,
    `t236`.`impressions_with_estimates__provenance`,
    `t236`.`reach_rate__pair__provenance`,
    `t236`.`likes__provenance`,
    `t236`.`comments__provenance`,
    `t236`.`shares__provenance`,
    `t236`.`saves__provenance`,
    `t236`.`engagements__provenance`,
    `t236`.`engagement_rate_reach__pair__provenance`,
    `t236`.`engagement_rate_followers__pair__provenance`,
    `t236`.`er_reach_post_mean__provenance`,
    `t236`.`er_followers_post_mean__provenance`,
    `t236`.`engagement_rate_impressions__pair__provenance`,
    `t236`.`er_impressions_post_mean__provenance`,
    `t236`.`engagement_rate_views__pair__provenance`,
    `t236`.`er_views_post_mean__provenance`,
    `t236`.`clicks__provenance`,
    `t236`.`followers_gained__provenance`,
    `t236`.`follower_growth_rate__pair__provenance`,
    `t236`.`followers_gained_above_trend__pair__provenance`,
    `t236`.`brand_followers_gained__provenance`,
    `t236`.`brand_follower_growth_rate__pair__provenance`,
    `t236`.`brand_followers_gained_above_trend__pair__provenance`,
    `t236`.`emv__provenance`,
    `t236`.`emv_authentic__provenance`,
    `t236`.`impressions_vs_paid__pair__provenance`,
    `t236`.`clicks_vs_paid__pair__provenance`,
    `t236`.`views_vs_paid__pair__provenance`,
    `t234`.`er_reach_account_mean`,
    `t234`.`er_reach_account_median`,
    `t234`.`er_followers_account_mean`,
    `t234`.`er_followers_account_median`,
    `t234`.`er_impressions_account_mean`,
    `t234`.`er_impressions_account_median`,
    `t234`.`er_views_account_mean`,
    `t234`.`er_views_account_median`,
    `t234`.`er_reach_account_mean__provenance`,
    `t234`.`er_reach_account_median__provenance`,
    `t234`.`er_followers_account_mean__provenance`,
    `t234`.`er_followers_account_median__provenance`,
    `t234`.`er_impressions_account_mean__provenance`,
    `t234`.`er_impressions_account_median__provenance`,
    `t234`.`er_views_account_mean__provenance`,
    `t234`.`er_views_account_median__provenance`
  FROM (
    SELECT
      `t232`.`week`,
      `t232`.`key_messages`,
      `t232`.`platforms_selected`,
      `t232`.`influencers_contacted`,
      `t232`.`influencers_interested`,
      `t232`.`influencers_activated`,
      `t232`.`products_sent`,
      `t232`.`reach`,
      `t232`.`impressions`,
      `t232`.`views`,
      `t232`.`impressions_with_estimates`,
      `t232`.`reach_rate__first`,
      `t232`.`reach_rate__second`,
      `t232`.`brand_mentions`,
      `t232`.`mentions`,
      `t232`.`brand_mention_engagements`,
      `t232`.`mention_engagements`,
      `t232`.`key_message_posts`,
      `t232`.`posts`,
      `t232`.`posts_contracted`,
      `t232`.`ugc_posts`,
      `t232`.`likes`,
      `t232`.`comments`,
      `t232`.`shares`,
      `t232`.`saves`,
      `t232`.`engagements`,
      `t232`.`engagement_rate_reach__first`,
      `t232`.`engagement_rate_reach__second`,
      `t232`.`engagement_rate_followers__first`,
      `t232`.`engagement_rate_followers__second`,
      `t232`.`er_reach_post_mean`,
      `t232`.`er_reach_post_median`,
      `t232`.`er_followers_post_mean`,
      `t232`.`er_followers_post_median`,
      `t232`.`engagement_rate_impressions__first`,
      `t232`.`engagement_rate_impressions__second`,
      `t232`.`er_impressions_post_mean`,
      `t232`.`er_impressions_post_median`,
      `t232`.`engagement_rate_views__first`,
      `t232`.`engagement_rate_views__second`,
      `t232`.`er_views_post_mean`,
      `t232`.`er_views_post_median`,
      `t232`.`clicks`,
      `t232`.`followers_gained`,
      `t232`.`follower_growth_rate__first`,
      `t232`.`follower_growth_rate__second`,
      `t232`.`followers_gained_above_trend__first`,
      `t232`.`followers_gained_above_trend__second`,
      `t232`.`brand_followers_gained`,
      `t232`.`brand_follower_growth_rate__first`,
      `t232`.`brand_follower_growth_rate__second`,
      `t232`.`brand_followers_gained_above_trend__first`,
      `t232`.`brand_followers_gained_above_trend__second`,
      `t232`.`link_clicks`,
      `t232`.`unique_link_clicks`,
      `t232`.`bot_link_clicks`,
      `t232`.`sessions`,
      `t232`.`new_users`,
      `t232`.`bounced_sessions`,
      `t232`.`session_seconds`,
      `t232`.`page_views`,
      `t232`.`key_events`,
      `t232`.`orders`,
      `t232`.`revenue`,
      `t232`.`new_customers`,
      `t232`.`cost`,
      `t232`.`sponsored_posts`,
      `t232`.`disclosed_sponsored_posts`,
      `t232`.`emv`,
      `t232`.`emv_authentic`,
      `t232`.`paid_impressions`,
      `t232`.`paid_clicks`,
      `t232`.`paid_views`,
      `t232`.`impressions_vs_paid__first`,
      `t232`.`impressions_vs_paid__second`,
      `t232`.`clicks_vs_paid__first`,
      `t232`.`clicks_vs_paid__second`,
      `t232`.`views_vs_paid__first`,
      `t232`.`views_vs_paid__second`,
      IF((
        (
          `t232`.`ranks__0` >> 0
        ) & 3
      ) >= 2, 2, (
        `t232`.`ranks__0` >> 0
      ) & 3) AS `reach__provenance`,
      IF((
        (
          `t232`.`ranks__0` >> 2
        ) & 3
      ) >= 2, 2, (
        `t232`.`ranks__0` >> 2
      ) & 3) AS `impressions__provenance`,
      IF((
        (
          `t232`.`ranks__0` >> 4
        ) & 3
      ) >= 2, 2, (
        `t232`.`ranks__0` >> 4
      ) & 3) AS `views__provenance`,
      IF((
        (
          `t232`.`ranks__0` >> 6
        ) & 3
      ) >= 2, 2, (
        `t232`.`ranks__0` >> 6
      ) & 3) AS `impressions_with_estimates__provenance`,
      IF((
        (
          `t232`.`ranks__0` >> 8
        ) & 3
      ) >= 2, 2, (
        `t232`.`ranks__0` >> 8
      ) & 3) AS `reach_rate__pair__provenance`,
      IF(
        (
          (
            `t232`.`ranks__0` >> 10
          ) & 3
        ) >= 2,
        2,
        (
          `t232`.`ranks__0` >> 10
        ) & 3
      ) AS `likes__provenance`,
      IF(
        (
          (
            `t232`.`ranks__0` >> 12
          ) & 3
        ) >= 2,
        2,
        (
          `t232`.`ranks__0` >> 12
        ) & 3
      ) AS `comments__provenance`,
      IF(
        (
          (
            `t232`.`ranks__0` >> 14
          ) & 3
        ) >= 2,
        2,
        (
          `t232`.`ranks__0` >> 14
        ) & 3
      ) AS `shares__provenance`,
      IF(
        (
          (
            `t232`.`ranks__0` >> 16
          ) & 3
        ) >= 2,
        2,
        (
          `t232`.`ranks__0` >> 16
        ) & 3
      ) AS `saves__provenance`,
      IF(
        (
          (
            `t232`.`ranks__0` >> 18
          ) & 3
        ) >= 2,
        2,
        (
          `t232`.`ranks__0` >> 18
        ) & 3
      ) AS `engagements__provenance`,
      IF(
        (
          (
            `t232`.`ranks__0` >> 20
          ) & 3
        ) >= 2,
        2,
        (
          `t232`.`ranks__0` >> 20
        ) & 3
      ) AS `engagement_rate_reach__pair__provenance`,
      IF(
        (
          (
            `t232`.`ranks__0` >> 22
          ) & 3
        ) >= 2,
        2,
        (
          `t232`.`ranks__0` >> 22
        ) & 3
      ) AS `engagement_rate_followers__pair__provenance`,
      IF(
        (
          (
            `t232`.`ranks__0` >> 24
          ) & 3
        ) >= 2,
        2,
        (
          `t232`.`ranks__0` >> 24
        ) & 3
      ) AS `er_reach_post_mean__provenance`,
      IF(
        (
          (
            `t232`.`ranks__0` >> 26
          ) & 3
        ) >= 2,
        2,
        (
          `t232`.`ranks__0` >> 26
        ) & 3
      ) AS `er_followers_post_mean__provenance`,
      IF(
        (
          (
            `t232`.`ranks__0` >> 28
          ) & 3
        ) >= 2,
        2,
        (
          `t232`.`ranks__0` >> 28
        ) & 3
      ) AS `engagement_rate_impressions__pair__provenance`,
      IF(
        (
          (
            `t232`.`ranks__0` >> 30
          ) & 3
        ) >= 2,
        2,
        (
          `t232`.`ranks__0` >> 30
        ) & 3
      ) AS `er_impressions_post_mean__provenance`,
      IF(
        (
          (
            `t232`.`ranks__0` >> 32
          ) & 3
        ) >= 2,
        2,
        (
          `t232`.`ranks__0` >> 32
        ) & 3
      ) AS `engagement_rate_views__pair__provenance`,
      IF(
        (
          (
            `t232`.`ranks__0` >> 34
          ) & 3
        ) >= 2,
        2,
        (
          `t232`.`ranks__0` >> 34
        ) & 3
      ) AS `er_views_post_mean__provenance`,
      IF(
        (
          (
            `t232`.`ranks__0` >> 36
          ) & 3
        ) >= 2,
        2,
        (
          `t232`.`ranks__0` >> 36
        ) & 3
      ) AS `clicks__provenance`,
      IF(
        (
          (
            `t232`.`ranks__0` >> 38
          ) & 3
        ) >= 2,
        2,
        (
          `t232`.`ranks__0` >> 38
        ) & 3
      ) AS `followers_gained__provenance`,
      IF(
        (
          (
            `t232`.`ranks__0` >> 40
          ) & 3
        ) >= 2,
        2,
        (
          `t232`.`ranks__0` >> 40
        ) & 3
      ) AS `follower_growth_rate__pair__provenance`,
      IF(
        (
          (
            `t232`.`ranks__0` >> 42
          ) & 3
        ) >= 2,
        2,
        (
          `t232`.`ranks__0` >> 42
        ) & 3
      ) AS `followers_gained_above_trend__pair__provenance`,
      IF(
        (
          (
            `t232`.`ranks__0` >> 44
          ) & 3
        ) >= 2,
        2,
        (
          `t232`.`ranks__0` >> 44
        ) & 3
      ) AS `brand_followers_gained__provenance`,
      IF(
        (
          (
            `t232`.`ranks__0` >> 46
          ) & 3
        ) >= 2,
        2,
        (
          `t232`.`ranks__0` >> 46
        ) & 3
      ) AS `brand_follower_growth_rate__pair__provenance`,
      IF(
        (
          (
            `t232`.`ranks__0` >> 48
          ) & 3
        ) >= 2,
        2,
        (
          `t232`.`ranks__0` >> 48
        ) & 3
      ) AS `brand_followers_gained_above_trend__pair__provenance`,
      IF(
        (
          (
            `t232`.`ranks__0` >> 50
          ) & 3
        ) >= 2,
        2,
        (
          `t232`.`ranks__0` >> 50
        ) & 3
      ) AS `emv__provenance`,
      IF(
        (
          (
            `t232`.`ranks__0` >> 52
          ) & 3
        ) >= 2,
        2,
        (
          `t232`.`ranks__0` >> 52
        ) & 3
      ) AS `emv_authentic__provenance`,
      IF(
        (
          (
            `t232`.`ranks__0` >> 54
          ) & 3
        ) >= 2,
        2,
        (
          `t232`.`ranks__0` >> 54
        ) & 3
      ) AS `impressions_vs_paid__pair__provenance`,
      IF(
        (
          (
            `t232`.`ranks__0` >> 56
          ) & 3
        ) >= 2,
        2,
        (
          `t232`.`ranks__0` >> 56
        ) & 3
      ) AS `clicks_vs_paid__pair__provenance`,
      IF(
        (
          (
            `t232`.`ranks__0` >> 58
          ) & 3
        ) >= 2,
        2,
        (
          `t232`.`ranks__0` >> 58
        ) & 3
      ) AS `views_vs_paid__pair__provenance`
    FROM (
      SELECT
        `t227`.`week`,
        SUM(`t227`.`key_messages`) AS `key_messages`,
        COUNT(DISTINCT `t227`.`post_platform`) AS `platforms_selected`,
        SUM(`t227`.`influencers_contacted`) AS `influencers_contacted`,
        SUM(`t227`.`influencers_interested`) AS `influencers_interested`,
        COUNT(DISTINCT `t227`.`publishing_influencer`) AS `influencers_activated`,
        SUM(`t227`.`products_sent`) AS `products_sent`,
        SUM(`t227`.`reach`) AS `reach`,
        SUM(`t227`.`impressions`) AS `impressions`,
        SUM(`t227`.`views`) AS `views`,
        SUM(`t227`.`impressions_with_estimates`) AS `impressions_with_estimates`,
        SUM(
          IF(
            (
              `t227`.`reach` IS NOT NULL
            ) AND (
              `t227`.`followers` IS NOT NULL
            ),
            `t227`.`reach`,
            NULL
          )
        ) AS `reach_rate__first`,
        SUM(
          IF(
            (
              `t227`.`reach` IS NOT NULL
            ) AND (
              `t227`.`followers` IS NOT NULL
            ),
            `t227`.`followers`,
            NULL
          )
        ) AS `reach_rate__second`,
        SUM(`t227`.`brand_mentions`) AS `brand_mentions`,
        SUM(`t227`.`mentions`) AS `mentions`,
        SUM(`t227`.`brand_mention_engagements`) AS `brand_mention_engagements`,
        SUM(`t227`.`mention_engagements`) AS `mention_engagements`,
        SUM(`t227`.`key_message_posts`) AS `key_message_posts`,
        COUNT(`t227`.`post_id`) AS `posts`,
        SUM(`t227`.`posts_contracted`) AS `posts_contracted`,
        COUNT(DISTINCT `t227`.`ugc_post`) AS `ugc_posts`,
        SUM(`t227`.`likes`) AS `likes`,
        SUM(`t227`.`comments`) AS `comments`,
        SUM(`t227`.`shares`) AS `shares`,
        SUM(`t227`.`saves`) AS `saves`,
        SUM(`t227`.`engagements`) AS `engagements`,
        SUM(
          IF(
            (
              `t227`.`engagements` IS NOT NULL
            ) AND (
              `t227`.`reach` IS NOT NULL
            ),
            `t227`.`engagements`,
            NULL
          )
        ) AS `engagement_rate_reach__first`,
        SUM(
          IF(
            (
              `t227`.`engagements` IS NOT NULL
            ) AND (
              `t227`.`reach` IS NOT NULL
            ),
            `t227`.`reach`,
            NULL
          )
        ) AS `engagement_rate_reach__second`,
        SUM(
          IF(
            (
              `t227`.`engagements` IS NOT NULL
            ) AND (
              `t227`.`followers` IS NOT NULL
            ),
            `t227`.`engagements`,
            NULL
          )
        ) AS `engagement_rate_followers__first`,
        SUM(
          IF(
            (
              `t227`.`engagements` IS NOT NULL
            ) AND (
              `t227`.`followers` IS NOT NULL
            ),
            `t227`.`followers`,
            NULL
          )
        ) AS `engagement_rate_followers__second`,
        AVG(`t227`.`er_reach_post`) AS `er_reach_post_mean`,
        APPROX_QUANTILES(`t227`.`er_reach_post`, 2)[offset(1)] AS `er_reach_post_median`,
        AVG(`t227`.`er_followers_post`) AS `er_followers_post_mean`,
        APPROX_QUANTILES(`t227`.`er_followers_post`, 2)[offset(1)] AS `er_followers_post_median`,
        SUM(
          IF(
            (
              `t227`.`engagements` IS NOT NULL
            ) AND (
              `t227`.`impressions` IS NOT NULL
            ),
            `t227`.`engagements`,
            NULL
          )
        ) AS `engagement_rate_impressions__first`,
        SUM(
          IF(
            (
              `t227`.`engagements` IS NOT NULL
            ) AND (
              `t227`.`impressions` IS NOT NULL
            ),
            `t227`.`impressions`,
            NULL
          )
        ) AS `engagement_rate_impressions__second`,
        AVG(`t227`.`er_impressions_post`) AS `er_impressions_post_mean`,
        APPROX_QUANTILES(`t227`.`er_impressions_post`, 2)[offset(1)] AS `er_impressions_post_median`,
        SUM(
          IF(
            (
              `t227`.`engagements` IS NOT NULL
            ) AND (
              `t227`.`views` IS NOT NULL
            ),
            `t227`.`engagements`,
            NULL
          )
        ) AS `engagement_rate_views__first`,
        SUM(
          IF(
            (
              `t227`.`engagements` IS NOT NULL
            ) AND (
              `t227`.`views` IS NOT NULL
            ),
            `t227`.`views`,
            NULL
          )
        ) AS `engagement_rate_views__second`,
        AVG(`t227`.`er_views_post`) AS `er_views_post_mean`,
        APPROX_QUANTILES(`t227`.`er_views_post`, 2)[offset(1)] AS `er_views_post_median`,
        SUM(`t227`.`clicks`) AS `clicks`,
        SUM(`t227`.`followers_gained`) AS `followers_gained`,
        SUM(
          IF(
            (
              `t227`.`followers_gained` IS NOT NULL
            )
            AND (
              `t227`.`followers_start` IS NOT NULL
            ),
            `t227`.`followers_gained`,
            NULL
          )
        ) AS `follower_growth_rate__first`,
        SUM(
          IF(
            (
              `t227`.`followers_gained` IS NOT NULL
            )
            AND (
              `t227`.`followers_start` IS NOT NULL
            ),
            `t227`.`followers_start`,
            NULL
          )
        ) AS `follower_growth_rate__second`,
        SUM(
          IF(
            (
              `t227`.`followers_gained` IS NOT NULL
            )
            AND (
              `t227`.`followers_expected_gain` IS NOT NULL
            ),
            `t227`.`followers_gained`,
            NULL
          )
        ) AS `followers_gained_above_trend__first`,
        SUM(
          IF(
            (
              `t227`.`followers_gained` IS NOT NULL
            )
            AND (
              `t227`.`followers_expected_gain` IS NOT NULL
            ),
            `t227`.`followers_expected_gain`,
            NULL
          )
        ) AS `followers_gained_above_trend__second`,
        SUM(`t227`.`brand_followers_gained`) AS `brand_followers_gained`,
        SUM(
          IF(
            (
              `t227`.`brand_followers_gained` IS NOT NULL
            )
            AND (
              `t227`.`brand_followers_start` IS NOT NULL
            ),
            `t227`.`brand_followers_gained`,
            NULL
          )
        ) AS `brand_follower_growth_rate__first`,
        SUM(
          IF(
            (
              `t227`.`brand_followers_gained` IS NOT NULL
            )
            AND (
              `t227`.`brand_followers_start` IS NOT NULL
            ),
            `t227`.`brand_followers_start`,
            NULL
          )
        ) AS `brand_follower_growth_rate__second`,
        SUM(
          IF(
            (
              `t227`.`brand_followers_gained` IS NOT NULL
            )
            AND (
              `t227`.`brand_followers_expected_gain` IS NOT NULL
            ),
            `t227`.`brand_followers_gained`,
            NULL
          )
        ) AS `brand_followers_gained_above_trend__first`,
        SUM(
          IF(
            (
              `t227`.`brand_followers_gained` IS NOT NULL
            )
            AND (
              `t227`.`brand_followers_expected_gain` IS NOT NULL
            ),
            `t227`.`brand_followers_expected_gain`,
            NULL
          )
        ) AS `brand_followers_gained_above_trend__second`,
        SUM(`t227`.`link_clicks`) AS `link_clicks`,
        SUM(`t227`.`unique_link_clicks`) AS `unique_link_clicks`,
        SUM(`t227`.`bot_link_clicks`) AS `bot_link_clicks`,
        SUM(`t227`.`sessions`) AS `sessions`,
        SUM(`t227`.`new_users`) AS `new_users`,
        SUM(`t227`.`bounced_sessions`) AS `bounced_sessions`,
        SUM(`t227`.`session_seconds`) AS `session_seconds`,
        SUM(`t227`.`page_views`) AS `page_views`,
        SUM(`t227`.`key_events`) AS `key_events`,
        SUM(`t227`.`orders`) AS `orders`,
        SUM(`t227`.`revenue`) AS `revenue`,
        SUM(`t227`.`new_customers`) AS `new_customers`,
        SUM(`t227`.`cost`) AS `cost`,
        SUM(`t227`.`sponsored_posts`) AS `sponsored_posts`,
        SUM(`t227`.`disclosed_sponsored_posts`) AS `disclosed_sponsored_posts`,
        SUM(`t227`.`emv`) AS `emv`,
        SUM(`t227`.`emv_authentic`) AS `emv_authentic`,
        SUM(`t227`.`paid_impressions`) AS `paid_impressions`,
        SUM(`t227`.`paid_clicks`) AS `paid_clicks`,
        SUM(`t227`.`paid_views`) AS `paid_views`,
        SUM(
          IF(
            (
              `t227`.`impressions_with_estimates` IS NOT NULL
            )
            AND (
              `t227`.`paid_impressions` IS NOT NULL
            ),
            `t227`.`impressions_with_estimates`,
            NULL
          )
        ) AS `impressions_vs_paid__first`,
        SUM(
          IF(
            (
              `t227`.`impressions_with_estimates` IS NOT NULL
            )
            AND (
              `t227`.`paid_impressions` IS NOT NULL
            ),
            `t227`.`paid_impressions`,
            NULL
          )
        ) AS `impressions_vs_paid__second`,
        SUM(
          IF(
            (
              `t227`.`clicks` IS NOT NULL
            ) AND (
              `t227`.`paid_clicks` IS NOT NULL
            ),
            `t227`.`clicks`,
            NULL
          )
        ) AS `clicks_vs_paid__first`,
        SUM(
          IF(
            (
              `t227`.`clicks` IS NOT NULL
            ) AND (
              `t227`.`paid_clicks` IS NOT NULL
            ),
            `t227`.`paid_clicks`,
            NULL
          )
        ) AS `clicks_vs_paid__second`,
        SUM(
          IF(
            (
              `t227`.`views` IS NOT NULL
            ) AND (
              `t227`.`paid_views` IS NOT NULL
            ),
            `t227`.`views`,
            NULL
          )
        ) AS `views_vs_paid__first`,
        SUM(
          IF(
            (
              `t227`.`views` IS NOT NULL
            ) AND (
              `t227`.`paid_views` IS NOT NULL
            ),
            `t227`.`paid_views`,
            NULL
          )
        ) AS `views_vs_paid__second`,
        BIT_OR(
          (
            IF(`t227`.`reach` IS NOT NULL, COALESCE(`t227`.`reach__provenance`, 0), 0) << 0
          ) | (
            IF(`t227`.`impressions` IS NOT NULL, COALESCE(`t227`.`impressions__provenance`, 0), 0) << 2
          ) | (
            IF(`t227`.`views` IS NOT NULL, COALESCE(`t227`.`views__provenance`, 0), 0) << 4
          ) | (
            IF(
              `t227`.`impressions_with_estimates` IS NOT NULL,
              COALESCE(`t227`.`impressions_with_estimates__provenance`, 0),
              0
            ) << 6
          ) | (
            IF(
              (
                `t227`.`reach` IS NOT NULL
              ) AND (
                `t227`.`followers` IS NOT NULL
              ),
              COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE(`t227`.`reach__provenance`, -1),
                    COALESCE(`t227`.`followers__provenance`, -1)
                  ),
                  -1
                ),
                0
              ),
              0
            ) << 8
          ) | (
            IF(`t227`.`likes` IS NOT NULL, COALESCE(`t227`.`likes__provenance`, 0), 0) << 10
          ) | (
            IF(`t227`.`comments` IS NOT NULL, COALESCE(`t227`.`comments__provenance`, 0), 0) << 12
          ) | (
            IF(`t227`.`shares` IS NOT NULL, COALESCE(`t227`.`shares__provenance`, 0), 0) << 14
          ) | (
            IF(`t227`.`saves` IS NOT NULL, COALESCE(`t227`.`saves__provenance`, 0), 0) << 16
          ) | (
            IF(`t227`.`engagements` IS NOT NULL, COALESCE(`t227`.`engagements__provenance`, 0), 0) << 18
          ) | (
            IF(
              (
                `t227`.`engagements` IS NOT NULL
              ) AND (
                `t227`.`reach` IS NOT NULL
              ),
              COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE(`t227`.`engagements__provenance`, -1),
                    COALESCE(`t227`.`reach__provenance`, -1)
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
                `t227`.`engagements` IS NOT NULL
              ) AND (
                `t227`.`followers` IS NOT NULL
              ),
              COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE(`t227`.`engagements__provenance`, -1),
                    COALESCE(`t227`.`followers__provenance`, -1)
                  ),
                  -1
                ),
                0
              ),
              0
            ) << 22
          ) | (
            IF(
              `t227`.`er_reach_post` IS NOT NULL,
              COALESCE(`t227`.`er_reach_post__provenance`, 0),
              0
            ) << 24
          ) | (
            IF(
              `t227`.`er_followers_post` IS NOT NULL,
              COALESCE(`t227`.`er_followers_post__provenance`, 0),
              0
            ) << 26
          ) | (
            IF(
              (
                `t227`.`engagements` IS NOT NULL
              ) AND (
                `t227`.`impressions` IS NOT NULL
              ),
              COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE(`t227`.`engagements__provenance`, -1),
                    COALESCE(`t227`.`impressions__provenance`, -1)
                  ),
                  -1
                ),
                0
              ),
              0
            ) << 28
          ) | (
            IF(
              `t227`.`er_impressions_post` IS NOT NULL,
              COALESCE(`t227`.`er_impressions_post__provenance`, 0),
              0
            ) << 30
          ) | (
            IF(
              (
                `t227`.`engagements` IS NOT NULL
              ) AND (
                `t227`.`views` IS NOT NULL
              ),
              COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE(`t227`.`engagements__provenance`, -1),
                    COALESCE(`t227`.`views__provenance`, -1)
                  ),
                  -1
                ),
                0
              ),
              0
            ) << 32
          ) | (
            IF(
              `t227`.`er_views_post` IS NOT NULL,
              COALESCE(`t227`.`er_views_post__provenance`, 0),
              0
            ) << 34
          ) | (
            IF(`t227`.`clicks` IS NOT NULL, COALESCE(`t227`.`clicks__provenance`, 0), 0) << 36
          ) | (
            IF(
              `t227`.`followers_gained` IS NOT NULL,
              COALESCE(`t227`.`followers_gained__provenance`, 0),
              0
            ) << 38
          ) | (
            IF(
              (
                `t227`.`followers_gained` IS NOT NULL
              )
              AND (
                `t227`.`followers_start` IS NOT NULL
              ),
              COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE(`t227`.`followers_gained__provenance`, -1),
                    COALESCE(`t227`.`followers_start__provenance`, -1)
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
                `t227`.`followers_gained` IS NOT NULL
              )
              AND (
                `t227`.`followers_expected_gain` IS NOT NULL
              ),
              COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE(`t227`.`followers_gained__provenance`, -1),
                    COALESCE(`t227`.`followers_expected_gain__provenance`, -1)
                  ),
                  -1
                ),
                0
              ),
              0
            ) << 42
          ) | (
            IF(
              `t227`.`brand_followers_gained` IS NOT NULL,
              COALESCE(`t227`.`brand_followers_gained__provenance`, 0),
              0
            ) << 44
          ) | (
            IF(
              (
                `t227`.`brand_followers_gained` IS NOT NULL
              )
              AND (
                `t227`.`brand_followers_start` IS NOT NULL
              ),
              COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE(`t227`.`brand_followers_gained__provenance`, -1),
                    COALESCE(`t227`.`brand_followers_start__provenance`, -1)
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
                `t227`.`brand_followers_gained` IS NOT NULL
              )
              AND (
                `t227`.`brand_followers_expected_gain` IS NOT NULL
              ),
              COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE(`t227`.`brand_followers_gained__provenance`, -1),
                    COALESCE(`t227`.`brand_followers_expected_gain__provenance`, -1)
                  ),
                  -1
                ),
                0
              ),
              0
            ) << 48
          ) | (
            IF(`t227`.`emv` IS NOT NULL, COALESCE(`t227`.`emv__provenance`, 0), 0) << 50
          ) | (
            IF(
              `t227`.`emv_authentic` IS NOT NULL,
              COALESCE(`t227`.`emv_authentic__provenance`, 0),
              0
            ) << 52
          ) | (
            IF(
              (
                `t227`.`impressions_with_estimates` IS NOT NULL
              )
              AND (
                `t227`.`paid_impressions` IS NOT NULL
              ),
              COALESCE(`t227`.`impressions_with_estimates__provenance`, 0),
              0
            ) << 54
          ) | (
            IF(
              (
                `t227`.`clicks` IS NOT NULL
              ) AND (
                `t227`.`paid_clicks` IS NOT NULL
              ),
              COALESCE(`t227`.`clicks__provenance`, 0),
              0
            ) << 56
          ) | (
            IF(
              (
                `t227`.`views` IS NOT NULL
              ) AND (
                `t227`.`paid_views` IS NOT NULL
              ),
              COALESCE(`t227`.`views__provenance`, 0),
              0
            ) << 58
          )
        ) AS `ranks__0`
      FROM `kpi_facts` AS `t227`
      GROUP BY
        1
    ) AS `t232`
  ) AS `t236`
  LEFT OUTER JOIN (
    SELECT
      `t231`.`week`,
      `t231`.`er_reach_account_mean`,
      `t231`.`er_reach_account_median`,
      `t231`.`er_followers_account_mean`,
      `t231`.`er_followers_account_median`,
      `t231`.`er_impressions_account_mean`,
      `t231`.`er_impressions_account_median`,
      `t231`.`er_views_account_mean`,
      `t231`.`er_views_account_median`,
      IF((
        (
          `t231`.`ranks__0` >> 0
        ) & 3
      ) >= 2, 2, (
        `t231`.`ranks__0` >> 0
      ) & 3) AS `er_reach_account_mean__provenance`,
      IF((
        (
          `t231`.`ranks__0` >> 2
        ) & 3
      ) >= 2, 2, (
        `t231`.`ranks__0` >> 2
      ) & 3) AS `er_reach_account_median__provenance`,
      IF((
        (
          `t231`.`ranks__0` >> 4
        ) & 3
      ) >= 2, 2, (
        `t231`.`ranks__0` >> 4
      ) & 3) AS `er_followers_account_mean__provenance`,
      IF((
        (
          `t231`.`ranks__0` >> 6
        ) & 3
      ) >= 2, 2, (
        `t231`.`ranks__0` >> 6
      ) & 3) AS `er_followers_account_median__provenance`,
      IF((
        (
          `t231`.`ranks__0` >> 8
        ) & 3
      ) >= 2, 2, (
        `t231`.`ranks__0` >> 8
      ) & 3) AS `er_impressions_account_mean__provenance`,
      IF(
        (
          (
            `t231`.`ranks__0` >> 10
          ) & 3
        ) >= 2,
        2,
        (
          `t231`.`ranks__0` >> 10
        ) & 3
      ) AS `er_impressions_account_median__provenance`,
      IF(
        (
          (
            `t231`.`ranks__0` >> 12
          ) & 3
        ) >= 2,
        2,
        (
          `t231`.`ranks__0` >> 12
        ) & 3
      ) AS `er_views_account_mean__provenance`,
      IF(
        (
          (
            `t231`.`ranks__0` >> 14
          ) & 3
        ) >= 2,
        2,
        (
          `t231`.`ranks__0` >> 14
        ) & 3
      ) AS `er_views_account_median__provenance`
    FROM (
      SELECT
        `t230`.`week`,
        AVG(`t230`.`er_reach_account_mean`) AS `er_reach_account_mean`,
        APPROX_QUANTILES(`t230`.`er_reach_account_median`, 2)[offset(1)] AS `er_reach_account_median`,
        AVG(`t230`.`er_followers_account_mean`) AS `er_followers_account_mean`,
        APPROX_QUANTILES(`t230`.`er_followers_account_median`, 2)[offset(1)] AS `er_followers_account_median`,
        AVG(`t230`.`er_impressions_account_mean`) AS `er_impressions_account_mean`,
        APPROX_QUANTILES(`t230`.`er_impressions_account_median`, 2)[offset(1)] AS `er_impressions_account_median`,
        AVG(`t230`.`er_views_account_mean`) AS `er_views_account_mean`,
        APPROX_QUANTILES(`t230`.`er_views_account_median`, 2)[offset(1)] AS `er_views_account_median`,
        BIT_OR(
          (
            IF(
              `t230`.`er_reach_account_mean` IS NOT NULL,
              COALESCE(`t230`.`engagements__per__reach__r`, 0),
              0
            ) << 0
          ) | (
            IF(
              `t230`.`er_reach_account_median` IS NOT NULL,
              COALESCE(`t230`.`engagements__per__reach__r`, 0),
              0
            ) << 2
          ) | (
            IF(
              `t230`.`er_followers_account_mean` IS NOT NULL,
              COALESCE(`t230`.`engagements__per__followers__r`, 0),
              0
            ) << 4
          ) | (
            IF(
              `t230`.`er_followers_account_median` IS NOT NULL,
              COALESCE(`t230`.`engagements__per__followers__r`, 0),
              0
            ) << 6
          ) | (
            IF(
              `t230`.`er_impressions_account_mean` IS NOT NULL,
              COALESCE(`t230`.`engagements__per__impressions__r`, 0),
              0
            ) << 8
          ) | (
            IF(
              `t230`.`er_impressions_account_median` IS NOT NULL,
              COALESCE(`t230`.`engagements__per__impressions__r`, 0),
              0
            ) << 10
          ) | (
            IF(
              `t230`.`er_views_account_mean` IS NOT NULL,
              COALESCE(`t230`.`engagements__per__views__r`, 0),
              0
            ) << 12
          ) | (
            IF(
              `t230`.`er_views_account_median` IS NOT NULL,
              COALESCE(`t230`.`engagements__per__views__r`, 0),
              0
            ) << 14
          )
        ) AS `ranks__0`
      FROM (
        SELECT
          `t229`.`week`,
          `t229`.`account_id`,
          `t229`.`engagements__per__reach__n`,
          `t229`.`engagements__per__reach__d`,
          `t229`.`engagements__per__followers__n`,
          `t229`.`engagements__per__followers__d`,
          `t229`.`engagements__per__impressions__n`,
          `t229`.`engagements__per__impressions__d`,
          `t229`.`engagements__per__views__n`,
          `t229`.`engagements__per__views__d`,
          IF((
            (
              `t229`.`ranks__0` >> 0
            ) & 3
          ) >= 2, 2, (
            `t229`.`ranks__0` >> 0
          ) & 3) AS `engagements__per__reach__r`,
          IF((
            (
              `t229`.`ranks__0` >> 2
            ) & 3
          ) >= 2, 2, (
            `t229`.`ranks__0` >> 2
          ) & 3) AS `engagements__per__followers__r`,
          IF((
            (
              `t229`.`ranks__0` >> 4
            ) & 3
          ) >= 2, 2, (
            `t229`.`ranks__0` >> 4
          ) & 3) AS `engagements__per__impressions__r`,
          IF((
            (
              `t229`.`ranks__0` >> 6
            ) & 3
          ) >= 2, 2, (
            `t229`.`ranks__0` >> 6
          ) & 3) AS `engagements__per__views__r`,
          ieee_divide(
            `t229`.`engagements__per__reach__n`,
            NULLIF(`t229`.`engagements__per__reach__d`, 0)
          ) * 100 AS `er_reach_account_mean`,
          ieee_divide(
            `t229`.`engagements__per__reach__n`,
            NULLIF(`t229`.`engagements__per__reach__d`, 0)
          ) * 100 AS `er_reach_account_median`,
          ieee_divide(
            `t229`.`engagements__per__followers__n`,
            NULLIF(`t229`.`engagements__per__followers__d`, 0)
          ) * 100 AS `er_followers_account_mean`,
          ieee_divide(
            `t229`.`engagements__per__followers__n`,
            NULLIF(`t229`.`engagements__per__followers__d`, 0)
          ) * 100 AS `er_followers_account_median`,
          ieee_divide(
            `t229`.`engagements__per__impressions__n`,
            NULLIF(`t229`.`engagements__per__impressions__d`, 0)
          ) * 100 AS `er_impressions_account_mean`,
          ieee_divide(
            `t229`.`engagements__per__impressions__n`,
            NULLIF(`t229`.`engagements__per__impressions__d`, 0)
          ) * 100 AS `er_impressions_account_median`,
          ieee_divide(
            `t229`.`engagements__per__views__n`,
            NULLIF(`t229`.`engagements__per__views__d`, 0)
          ) * 100 AS `er_views_account_mean`,
          ieee_divide(
            `t229`.`engagements__per__views__n`,
            NULLIF(`t229`.`engagements__per__views__d`, 0)
          ) * 100 AS `er_views_account_median`
        FROM (
          SELECT
            `t228`.`week`,
            `t228`.`account_id`,
            SUM(
              IF(
                (
                  `t228`.`engagements` IS NOT NULL
                ) AND (
                  `t228`.`reach` IS NOT NULL
                ),
                `t228`.`engagements`,
                NULL
              )
            ) AS `engagements__per__reach__n`,
            SUM(
              IF(
                (
                  `t228`.`engagements` IS NOT NULL
                ) AND (
                  `t228`.`reach` IS NOT NULL
                ),
                `t228`.`reach`,
                NULL
              )
            ) AS `engagements__per__reach__d`,
            SUM(
              IF(
                (
                  `t228`.`engagements` IS NOT NULL
                ) AND (
                  `t228`.`followers` IS NOT NULL
                ),
                `t228`.`engagements`,
                NULL
              )
            ) AS `engagements__per__followers__n`,
            SUM(
              IF(
                (
                  `t228`.`engagements` IS NOT NULL
                ) AND (
                  `t228`.`followers` IS NOT NULL
                ),
                `t228`.`followers`,
                NULL
              )
            ) AS `engagements__per__followers__d`,
            SUM(
              IF(
                (
                  `t228`.`engagements` IS NOT NULL
                ) AND (
                  `t228`.`impressions` IS NOT NULL
                ),
                `t228`.`engagements`,
                NULL
              )
            ) AS `engagements__per__impressions__n`,
            SUM(
              IF(
                (
                  `t228`.`engagements` IS NOT NULL
                ) AND (
                  `t228`.`impressions` IS NOT NULL
                ),
                `t228`.`impressions`,
                NULL
              )
            ) AS `engagements__per__impressions__d`,
            SUM(
              IF(
                (
                  `t228`.`engagements` IS NOT NULL
                ) AND (
                  `t228`.`views` IS NOT NULL
                ),
                `t228`.`engagements`,
                NULL
              )
            ) AS `engagements__per__views__n`,
            SUM(
              IF(
                (
                  `t228`.`engagements` IS NOT NULL
                ) AND (
                  `t228`.`views` IS NOT NULL
                ),
                `t228`.`views`,
                NULL
              )
            ) AS `engagements__per__views__d`,
            BIT_OR(
              (
                IF(
                  (
                    `t228`.`engagements` IS NOT NULL
                  ) AND (
                    `t228`.`reach` IS NOT NULL
                  ),
                  COALESCE(
                    NULLIF(
                      GREATEST(
                        COALESCE(`t228`.`engagements__provenance`, -1),
                        COALESCE(`t228`.`reach__provenance`, -1)
                      ),
                      -1
                    ),
                    0
                  ),
                  0
                ) << 0
              ) | (
                IF(
                  (
                    `t228`.`engagements` IS NOT NULL
                  ) AND (
                    `t228`.`followers` IS NOT NULL
                  ),
                  COALESCE(
                    NULLIF(
                      GREATEST(
                        COALESCE(`t228`.`engagements__provenance`, -1),
                        COALESCE(`t228`.`followers__provenance`, -1)
                      ),
                      -1
                    ),
                    0
                  ),
                  0
                ) << 2
              ) | (
                IF(
                  (
                    `t228`.`engagements` IS NOT NULL
                  ) AND (
                    `t228`.`impressions` IS NOT NULL
                  ),
                  COALESCE(
                    NULLIF(
                      GREATEST(
                        COALESCE(`t228`.`engagements__provenance`, -1),
                        COALESCE(`t228`.`impressions__provenance`, -1)
                      ),
                      -1
                    ),
                    0
                  ),
                  0
                ) << 4
              ) | (
                IF(
                  (
                    `t228`.`engagements` IS NOT NULL
                  ) AND (
                    `t228`.`views` IS NOT NULL
                  ),
                  COALESCE(
                    NULLIF(
                      GREATEST(
                        COALESCE(`t228`.`engagements__provenance`, -1),
                        COALESCE(`t228`.`views__provenance`, -1)
                      ),
                      -1
                    ),
                    0
                  ),
                  0
                ) << 6
              )
            ) AS `ranks__0`
          FROM (
            SELECT
              *
            FROM `kpi_facts` AS `t227`
            WHERE
              `t227`.`account_id` IS NOT NULL
          ) AS `t228`
          GROUP BY
            1,
            2
        ) AS `t229`
      ) AS `t230`
      GROUP BY
        1
    ) AS `t231`
  ) AS `t234`
    ON `t236`.`week` IS NOT DISTINCT FROM `t234`.`week`
) AS `t237`
ORDER BY
  `t237`.`week` ASC NULLS LAST
