WITH `t25` AS (
  SELECT
    *
  FROM `campaign` AS `t0`
  WHERE
    `t0`.`id` IN (1)
), `t76` AS (
  SELECT
    CAST(`t52`.`campaign_id` AS BIGINT) AS `campaign_id`,
    CAST(`t15`.`name` AS STRING) AS `campaign`,
    CAST(`t52`.`influencer_id` AS BIGINT) AS `influencer_id`,
    CAST(`t52`.`amount` AS DOUBLE) AS `amount`,
    `t52`.`incurred_on`
  FROM (
    SELECT
      *
    FROM `cost` AS `t10`
    WHERE
      `t10`.`campaign_id` IN (1)
  ) AS `t52`
  INNER JOIN `campaign` AS `t15`
    ON `t52`.`campaign_id` = `t15`.`id`
), `campaign_posts_in` AS (
  SELECT
    CAST(`t53`.`campaign_id` AS BIGINT) AS `campaign_id`,
    CAST(`t16`.`name` AS STRING) AS `campaign`,
    CAST(`t48`.`id` AS BIGINT) AS `influencer_id`,
    CAST(`t48`.`name` AS STRING) AS `influencer`,
    CAST(`t21`.`id` AS BIGINT) AS `account_id`,
    CAST(`t21`.`platform` AS STRING) AS `platform`,
    CAST(`t53`.`format` AS STRING) AS `format`,
    CAST(`t53`.`id` AS BIGINT) AS `post_id`,
    `t53`.`published_on` AS `day`,
    `t48`.`country`,
    CAST(`t53`.`caption` AS STRING) AS `caption`,
    `t53`.`sponsored`
  FROM (
    SELECT
      *
    FROM `post` AS `t11`
    WHERE
      `t11`.`campaign_id` IS NOT NULL AND `t11`.`campaign_id` IN (1)
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
  ) AS `t48`
    ON `t21`.`influencer_id` = `t48`.`id`
  INNER JOIN `campaign` AS `t16`
    ON `t53`.`campaign_id` = `t16`.`id`
), `t155` AS (
  SELECT
    *
  FROM (
    SELECT
      `t143`.`campaign_id`,
      `t143`.`campaign`,
      `t143`.`influencer_id`,
      `t143`.`influencer`,
      `t143`.`account_id`,
      `t143`.`platform`,
      `t143`.`is_brand`,
      `t143`.`day`,
      `t143`.`start_at`,
      `t143`.`end_at`,
      `t64`.`followers`,
      `t64`.`at`,
      `t64`.`rank`
    FROM (
      SELECT
        `t119`.`campaign_id`,
        CAST(`t15`.`name` AS STRING) AS `campaign`,
        CAST(`t18`.`id` AS BIGINT) AS `influencer_id`,
        CAST(`t18`.`name` AS STRING) AS `influencer`,
        `t119`.`account_id`,
        CAST(`t22`.`platform` AS STRING) AS `platform`,
        `t119`.`is_brand`,
        `t15`.`end_date` AS `day`,
        UNIX_TIMESTAMP(CAST(CAST(`t15`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start_at`,
        UNIX_TIMESTAMP(CAST(CAST(`t15`.`end_date` AS TIMESTAMP) AS TIMESTAMP)) + 86400 AS `end_at`
      FROM (
        SELECT
          *
        FROM (
          SELECT
            `t105`.`campaign_id`,
            `t105`.`account_id`,
            FALSE AS `is_brand`
          FROM (
            SELECT DISTINCT
              `t92`.`campaign_id`,
              `t92`.`account_id`
            FROM `campaign_posts_in` AS `t92`
          ) AS `t105`
        ) AS `t110`
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            CAST(`t58`.`id` AS BIGINT) AS `campaign_id`,
            CAST(`t22`.`id` AS BIGINT) AS `account_id`,
            TRUE AS `is_brand`
          FROM `t25` AS `t58`
          INNER JOIN (
            SELECT
              *
            FROM `influencer` AS `t5`
            WHERE
              `t5`.`is_brand`
          ) AS `t34`
            ON `t34`.`workspace_id` = `t58`.`workspace_id`
          INNER JOIN `account` AS `t22`
            ON `t22`.`influencer_id` = `t34`.`id`
        ) AS `t81`
      ) AS `t119`
      INNER JOIN `campaign` AS `t15`
        ON `t119`.`campaign_id` = `t15`.`id`
      INNER JOIN `account` AS `t22`
        ON `t119`.`account_id` = `t22`.`id`
      INNER JOIN `influencer` AS `t18`
        ON `t22`.`influencer_id` = `t18`.`id`
    ) AS `t143`
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
    ) AS `t64`
      ON `t143`.`account_id` = `t64`.`account_id`
  ) AS `t154`
  WHERE
    `t154`.`at` <= `t154`.`end_at`
), `post_rows` AS (
  SELECT
    `t158`.`campaign_id`,
    `t158`.`campaign`,
    `t158`.`influencer_id`,
    `t158`.`influencer`,
    `t158`.`account_id`,
    `t158`.`platform`,
    `t158`.`format`,
    `t158`.`post_id`,
    `t158`.`day`,
    `t158`.`country`,
    `t158`.`caption`,
    `t158`.`sponsored`,
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
    `t158`.`followers`,
    `t158`.`followers__provenance`,
    `t158`.`engagements`,
    `t158`.`engagements__provenance`,
    COALESCE(
      COALESCE(`t158`.`impressions`, `t158`.`views`),
      `t158`.`reach` * COALESCE(
        SUM(
          IF(
            `t158`.`impressions` IS NOT NULL
            AND NOT ISNAN(`t158`.`impressions`)
            AND (
              `t158`.`reach` IS NOT NULL AND NOT ISNAN(`t158`.`reach`)
            ),
            `t158`.`impressions`,
            NULL
          )
        ) OVER (
          PARTITION BY `t158`.`campaign_id`, `t158`.`platform`
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) / NULLIF(
          SUM(
            IF(
              `t158`.`impressions` IS NOT NULL
              AND NOT ISNAN(`t158`.`impressions`)
              AND (
                `t158`.`reach` IS NOT NULL AND NOT ISNAN(`t158`.`reach`)
              ),
              `t158`.`reach`,
              NULL
            )
          ) OVER (
            PARTITION BY `t158`.`campaign_id`, `t158`.`platform`
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ),
          0
        ),
        CAST(1 AS DOUBLE)
      )
    ) AS `impressions_with_estimates`,
    IF(
      COALESCE(
        COALESCE(`t158`.`impressions`, `t158`.`views`),
        `t158`.`reach` * COALESCE(
          SUM(
            IF(
              `t158`.`impressions` IS NOT NULL
              AND NOT ISNAN(`t158`.`impressions`)
              AND (
                `t158`.`reach` IS NOT NULL AND NOT ISNAN(`t158`.`reach`)
              ),
              `t158`.`impressions`,
              NULL
            )
          ) OVER (
            PARTITION BY `t158`.`campaign_id`, `t158`.`platform`
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ) / NULLIF(
            SUM(
              IF(
                `t158`.`impressions` IS NOT NULL
                AND NOT ISNAN(`t158`.`impressions`)
                AND (
                  `t158`.`reach` IS NOT NULL AND NOT ISNAN(`t158`.`reach`)
                ),
                `t158`.`reach`,
                NULL
              )
            ) OVER (
              PARTITION BY `t158`.`campaign_id`, `t158`.`platform`
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ),
            0
          ),
          CAST(1 AS DOUBLE)
        )
      ) IS NOT NULL
      AND NOT ISNAN(
        COALESCE(
          COALESCE(`t158`.`impressions`, `t158`.`views`),
          `t158`.`reach` * COALESCE(
            SUM(
              IF(
                `t158`.`impressions` IS NOT NULL
                AND NOT ISNAN(`t158`.`impressions`)
                AND (
                  `t158`.`reach` IS NOT NULL AND NOT ISNAN(`t158`.`reach`)
                ),
                `t158`.`impressions`,
                NULL
              )
            ) OVER (
              PARTITION BY `t158`.`campaign_id`, `t158`.`platform`
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) / NULLIF(
              SUM(
                IF(
                  `t158`.`impressions` IS NOT NULL
                  AND NOT ISNAN(`t158`.`impressions`)
                  AND (
                    `t158`.`reach` IS NOT NULL AND NOT ISNAN(`t158`.`reach`)
                  ),
                  `t158`.`reach`,
                  NULL
                )
              ) OVER (
                PARTITION BY `t158`.`campaign_id`, `t158`.`platform`
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              ),
              0
            ),
            CAST(1 AS DOUBLE)
          )
        )
      ),
      IF(
        `t158`.`impressions` IS NOT NULL AND NOT ISNAN(`t158`.`impressions`),
        `t158`.`impressions__provenance`,
        2
      ),
      CAST(NULL AS BIGINT)
    ) AS `impressions_with_estimates__provenance`,
    (
      `t158`.`engagements` / NULLIF(`t158`.`reach`, 0)
    ) * 100 AS `er_reach_post`,
    (
      `t158`.`engagements` / NULLIF(`t158`.`followers`, 0)
    ) * 100 AS `er_followers_post`,
    (
      `t158`.`engagements` / NULLIF(`t158`.`impressions`, 0)
    ) * 100 AS `er_impressions_post`,
    (
      `t158`.`engagements` / NULLIF(`t158`.`views`, 0)
    ) * 100 AS `er_views_post`,
    NULLIF(
      GREATEST(
        COALESCE(`t158`.`engagements__provenance`, -1),
        COALESCE(`t158`.`reach__provenance`, -1)
      ),
      -1
    ) AS `er_reach_post__provenance`,
    NULLIF(
      GREATEST(
        COALESCE(`t158`.`engagements__provenance`, -1),
        COALESCE(`t158`.`followers__provenance`, -1)
      ),
      -1
    ) AS `er_followers_post__provenance`,
    NULLIF(
      GREATEST(
        COALESCE(`t158`.`engagements__provenance`, -1),
        COALESCE(`t158`.`impressions__provenance`, -1)
      ),
      -1
    ) AS `er_impressions_post__provenance`,
    NULLIF(
      GREATEST(
        COALESCE(`t158`.`engagements__provenance`, -1),
        COALESCE(`t158`.`views__provenance`, -1)
      ),
      -1
    ) AS `er_views_post__provenance`,
    `t158`.`platform` AS `post_platform`,
    `t158`.`influencer_id` AS `publishing_influencer`,
    CAST(IF(`t158`.`sponsored`, 1, 0) AS DOUBLE) AS `sponsored_posts`,
    CAST(IF(
      `t158`.`sponsored`
      AND CASE
        WHEN UPPER(`t158`.`country`) = 'FR'
        THEN CONTAINS(LOWER(`t158`.`caption`), 'publicité')
        OR CONTAINS(LOWER(`t158`.`caption`), 'publicite')
        OR CONTAINS(LOWER(`t158`.`caption`), 'collaboration commerciale')
        WHEN UPPER(`t158`.`country`) = 'BE'
        THEN CONTAINS(LOWER(`t158`.`caption`), 'publicité')
        OR CONTAINS(LOWER(`t158`.`caption`), 'publicite')
        OR CONTAINS(LOWER(`t158`.`caption`), 'collaboration commerciale')
        OR CONTAINS(LOWER(`t158`.`caption`), '#pub')
        OR CONTAINS(LOWER(`t158`.`caption`), 'reclame')
        OR CONTAINS(LOWER(`t158`.`caption`), '#ad')
        OR CONTAINS(LOWER(`t158`.`caption`), 'samenwerking')
        WHEN UPPER(`t158`.`country`) = 'DE'
        THEN CONTAINS(LOWER(`t158`.`caption`), 'werbung')
        OR CONTAINS(LOWER(`t158`.`caption`), 'anzeige')
        WHEN UPPER(`t158`.`country`) = 'ES'
        THEN CONTAINS(LOWER(`t158`.`caption`), 'publicidad')
        OR CONTAINS(LOWER(`t158`.`caption`), '#publi')
        OR CONTAINS(LOWER(`t158`.`caption`), 'patrocinado')
        OR CONTAINS(LOWER(`t158`.`caption`), 'colaboración pagada')
        WHEN UPPER(`t158`.`country`) = 'IT'
        THEN CONTAINS(LOWER(`t158`.`caption`), 'pubblicità')
        OR CONTAINS(LOWER(`t158`.`caption`), '#adv')
        OR CONTAINS(LOWER(`t158`.`caption`), 'sponsorizzato')
        OR CONTAINS(LOWER(`t158`.`caption`), '#sponsored')
        WHEN UPPER(`t158`.`country`) = 'GB'
        THEN CONTAINS(LOWER(`t158`.`caption`), '#ad')
        OR CONTAINS(LOWER(`t158`.`caption`), 'advert')
        OR CONTAINS(LOWER(`t158`.`caption`), 'advertisement')
        WHEN UPPER(`t158`.`country`) = 'US'
        THEN CONTAINS(LOWER(`t158`.`caption`), '#ad')
        OR CONTAINS(LOWER(`t158`.`caption`), '#sponsored')
        OR CONTAINS(LOWER(`t158`.`caption`), 'advertisement')
        OR CONTAINS(LOWER(`t158`.`caption`), 'paid partnership')
        ELSE CONTAINS(LOWER(`t158`.`caption`), '#ad')
        OR CONTAINS(LOWER(`t158`.`caption`), '#sponsored')
        OR CONTAINS(LOWER(`t158`.`caption`), 'paid partnership')
        OR CONTAINS(LOWER(`t158`.`caption`), 'advertisement')
      END,
      1,
      0
    ) AS DOUBLE) AS `disclosed_sponsored_posts`
  FROM (
    SELECT
      `t149`.`campaign_id`,
      `t149`.`campaign`,
      `t149`.`influencer_id`,
      `t149`.`influencer`,
      `t149`.`account_id`,
      `t149`.`platform`,
      `t149`.`format`,
      `t149`.`post_id`,
      `t149`.`day`,
      `t149`.`country`,
      `t149`.`caption`,
      `t149`.`sponsored`,
      `t149`.`reach`,
      `t149`.`impressions`,
      `t149`.`views`,
      `t149`.`likes`,
      `t149`.`comments`,
      `t149`.`shares`,
      `t149`.`saves`,
      `t149`.`clicks`,
      `t149`.`reach__provenance`,
      `t149`.`impressions__provenance`,
      `t149`.`views__provenance`,
      `t149`.`likes__provenance`,
      `t149`.`comments__provenance`,
      `t149`.`shares__provenance`,
      `t149`.`saves__provenance`,
      `t149`.`clicks__provenance`,
      `t149`.`followers`,
      `t149`.`followers__provenance`,
      IF(
        (
          `t149`.`likes` IS NOT NULL AND NOT ISNAN(`t149`.`likes`)
        )
        OR (
          `t149`.`comments` IS NOT NULL AND NOT ISNAN(`t149`.`comments`)
        )
        OR (
          `t149`.`shares` IS NOT NULL AND NOT ISNAN(`t149`.`shares`)
        )
        OR (
          `t149`.`saves` IS NOT NULL AND NOT ISNAN(`t149`.`saves`)
        ),
        CAST(0 AS DOUBLE) + COALESCE(`t149`.`likes`, 0) + COALESCE(`t149`.`comments`, 0) + COALESCE(`t149`.`shares`, 0) + COALESCE(`t149`.`saves`, 0),
        CAST(NULL AS DOUBLE)
      ) AS `engagements`,
      NULLIF(
        GREATEST(
          COALESCE(`t149`.`likes__provenance`, -1),
          COALESCE(`t149`.`comments__provenance`, -1),
          COALESCE(`t149`.`shares__provenance`, -1),
          COALESCE(`t149`.`saves__provenance`, -1)
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
        `t138`.`reach`,
        `t138`.`impressions`,
        `t138`.`views`,
        `t138`.`likes`,
        `t138`.`comments`,
        `t138`.`shares`,
        `t138`.`saves`,
        `t138`.`clicks`,
        `t138`.`reach__provenance`,
        `t138`.`impressions__provenance`,
        `t138`.`views__provenance`,
        `t138`.`likes__provenance`,
        `t138`.`comments__provenance`,
        `t138`.`shares__provenance`,
        `t138`.`saves__provenance`,
        `t138`.`clicks__provenance`,
        `t131`.`followers`,
        `t131`.`followers__provenance`
      FROM `campaign_posts_in` AS `t102`
      LEFT OUTER JOIN (
        SELECT
          CAST(`t111`.`post_id` AS BIGINT) AS `post_id`,
          CAST(MAX(IF(`t111`.`counter` = 0, `t111`.`value`, NULL)) AS DOUBLE) AS `reach`,
          CAST(MAX(IF(`t111`.`counter` = 1, `t111`.`value`, NULL)) AS DOUBLE) AS `impressions`,
          CAST(MAX(IF(`t111`.`counter` = 2, `t111`.`value`, NULL)) AS DOUBLE) AS `views`,
          CAST(MAX(IF(`t111`.`counter` = 3, `t111`.`value`, NULL)) AS DOUBLE) AS `likes`,
          CAST(MAX(IF(`t111`.`counter` = 4, `t111`.`value`, NULL)) AS DOUBLE) AS `comments`,
          CAST(MAX(IF(`t111`.`counter` = 5, `t111`.`value`, NULL)) AS DOUBLE) AS `shares`,
          CAST(MAX(IF(`t111`.`counter` = 6, `t111`.`value`, NULL)) AS DOUBLE) AS `saves`,
          CAST(MAX(IF(`t111`.`counter` = 7, `t111`.`value`, NULL)) AS DOUBLE) AS `clicks`,
          15 - (
            MAX(IF(`t111`.`counter` = 0, `t111`.`freshness`, NULL)) % 16
          ) AS `reach__provenance`,
          15 - (
            MAX(IF(`t111`.`counter` = 1, `t111`.`freshness`, NULL)) % 16
          ) AS `impressions__provenance`,
          15 - (
            MAX(IF(`t111`.`counter` = 2, `t111`.`freshness`, NULL)) % 16
          ) AS `views__provenance`,
          15 - (
            MAX(IF(`t111`.`counter` = 3, `t111`.`freshness`, NULL)) % 16
          ) AS `likes__provenance`,
          15 - (
            MAX(IF(`t111`.`counter` = 4, `t111`.`freshness`, NULL)) % 16
          ) AS `comments__provenance`,
          15 - (
            MAX(IF(`t111`.`counter` = 5, `t111`.`freshness`, NULL)) % 16
          ) AS `shares__provenance`,
          15 - (
            MAX(IF(`t111`.`counter` = 6, `t111`.`freshness`, NULL)) % 16
          ) AS `saves__provenance`,
          15 - (
            MAX(IF(`t111`.`counter` = 7, `t111`.`freshness`, NULL)) % 16
          ) AS `clicks__provenance`
        FROM (
          SELECT
            `t78`.`post_id`,
            CASE `t78`.`metric`
              WHEN 'reach'
              THEN 0
              WHEN 'impressions'
              THEN 1
              WHEN 'views'
              THEN 2
              WHEN 'likes'
              THEN 3
              WHEN 'comments'
              THEN 4
              WHEN 'shares'
              THEN 5
              WHEN 'saves'
              THEN 6
              WHEN 'clicks'
              THEN 7
              ELSE NULL
            END AS `counter`,
            MAX_BY(
              `t78`.`value`,
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
              )
            ) AS `value`,
            MAX(
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
              )
            ) AS `freshness`
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
            ) AS `t62`
            WHERE
              `t62`.`captured_at` <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
          ) AS `t78`
          GROUP BY
            1,
            2
        ) AS `t111`
        GROUP BY
          1
      ) AS `t138`
        ON `t102`.`post_id` = `t138`.`post_id`
      LEFT OUTER JOIN (
        SELECT
          CAST(`t54`.`post_id` AS BIGINT) AS `post_id`,
          `t106`.`followers`,
          `t106`.`rank` AS `followers__provenance`
        FROM (
          SELECT
            `t11`.`id` AS `post_id`,
            `t11`.`account_id`,
            `t11`.`published_at`
          FROM `post` AS `t11`
          WHERE
            `t11`.`campaign_id` IS NOT NULL AND `t11`.`campaign_id` IN (1)
        ) AS `t54`
        INNER JOIN (
          SELECT
            `t63`.`account_id`,
            CAST(`t63`.`followers` AS DOUBLE) AS `followers`,
            CASE `t63`.`provenance`
              WHEN 'measured'
              THEN 0
              WHEN 'self_reported'
              THEN 1
              WHEN 'estimated'
              THEN 2
              ELSE 2
            END AS `rank`,
            `t63`.`captured_at` AS `since`,
            LEAD(`t63`.`captured_at`) OVER (PARTITION BY `t63`.`account_id` ORDER BY `t63`.`captured_at` ASC NULLS LAST) AS `until`,
            (
              ROW_NUMBER() OVER (PARTITION BY `t63`.`account_id` ORDER BY `t63`.`captured_at` ASC NULLS LAST) - 1
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
          ) AS `t63`
        ) AS `t106`
          ON `t54`.`account_id` = `t106`.`account_id`
          AND (
            (
              (
                `t106`.`since` <= `t54`.`published_at`
              )
              AND (
                (
                  `t106`.`until` IS NULL
                ) OR (
                  `t54`.`published_at` < `t106`.`until`
                )
              )
            )
            OR (
              `t106`.`first` AND (
                `t54`.`published_at` < `t106`.`since`
              )
            )
          )
      ) AS `t131`
        ON `t102`.`post_id` = `t131`.`post_id`
    ) AS `t149`
  ) AS `t158`
), `kpi_facts` AS (
  SELECT
    `t216`.`campaign_id`,
    `t216`.`account_id`,
    `t216`.`post_id`,
    `t216`.`day`,
    `t216`.`reach`,
    `t216`.`impressions`,
    `t216`.`views`,
    `t216`.`likes`,
    `t216`.`comments`,
    `t216`.`shares`,
    `t216`.`saves`,
    `t216`.`clicks`,
    `t216`.`reach__provenance`,
    `t216`.`impressions__provenance`,
    `t216`.`views__provenance`,
    `t216`.`likes__provenance`,
    `t216`.`comments__provenance`,
    `t216`.`shares__provenance`,
    `t216`.`saves__provenance`,
    `t216`.`clicks__provenance`,
    `t216`.`followers`,
    `t216`.`followers__provenance`,
    `t216`.`engagements`,
    `t216`.`engagements__provenance`,
    `t216`.`impressions_with_estimates`,
    `t216`.`impressions_with_estimates__provenance`,
    `t216`.`er_reach_post`,
    `t216`.`er_followers_post`,
    `t216`.`er_impressions_post`,
    `t216`.`er_views_post`,
    `t216`.`er_reach_post__provenance`,
    `t216`.`er_followers_post__provenance`,
    `t216`.`er_impressions_post__provenance`,
    `t216`.`er_views_post__provenance`,
    `t216`.`post_platform`,
    `t216`.`publishing_influencer`,
    `t216`.`sponsored_posts`,
    `t216`.`disclosed_sponsored_posts`,
    `t216`.`cost`,
    `t216`.`key_message_posts`,
    `t216`.`ugc_post`,
    `t216`.`mentions`,
    `t216`.`brand_mentions`,
    `t216`.`mention_engagements`,
    `t216`.`brand_mention_engagements`,
    `t216`.`followers_start`,
    `t216`.`followers_gained`,
    `t216`.`followers_expected_gain`,
    `t216`.`followers_start__provenance`,
    `t216`.`followers_gained__provenance`,
    `t216`.`followers_expected_gain__provenance`,
    `t216`.`brand_followers_start`,
    `t216`.`brand_followers_gained`,
    `t216`.`brand_followers_expected_gain`,
    `t216`.`brand_followers_start__provenance`,
    `t216`.`brand_followers_gained__provenance`,
    `t216`.`brand_followers_expected_gain__provenance`,
    `t216`.`influencers_contacted`,
    `t216`.`influencers_interested`,
    `t216`.`posts_contracted`,
    `t216`.`products_sent`,
    `t216`.`link_clicks`,
    `t216`.`unique_link_clicks`,
    `t216`.`bot_link_clicks`,
    `t216`.`sessions`,
    `t216`.`new_users`,
    `t216`.`bounced_sessions`,
    `t216`.`session_seconds`,
    `t216`.`page_views`,
    `t216`.`key_events`,
    `t216`.`orders`,
    `t216`.`revenue`,
    `t216`.`new_customers`,
    `t216`.`key_messages`,
    `t216`.`emv`,
    `t216`.`emv__provenance`,
    `t216`.`emv_authentic`,
    `t216`.`emv_authentic__provenance`,
    (
      `t216`.`cost` / (
        CASE
          WHEN `t216`.`platform` = 'tiktok'
          THEN 7.5
          WHEN `t216`.`platform` = 'youtube'
          THEN 3.53
          ELSE 19.8
        END * `t216`.`paid_rate`
      )
    ) * 1000 AS `paid_impressions`,
    `t216`.`cost` / (
      CASE
        WHEN `t216`.`platform` = 'tiktok'
        THEN CAST(NULL AS DOUBLE)
        WHEN `t216`.`platform` = 'youtube'
        THEN CAST(NULL AS DOUBLE)
        ELSE 1.88
      END * `t216`.`paid_rate`
    ) AS `paid_clicks`,
    `t216`.`cost` / (
      CASE WHEN `t216`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t216`.`paid_rate`
    ) AS `paid_views`,
    DATE_TRUNC('week', `t216`.`day`) AS `week`
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
      `t214`.`key_message_posts`,
      `t214`.`ugc_post`,
      `t214`.`mentions`,
      `t214`.`brand_mentions`,
      `t214`.`mention_engagements`,
      `t214`.`brand_mention_engagements`,
      `t214`.`followers_start`,
      `t214`.`followers_gained`,
      `t214`.`followers_expected_gain`,
      `t214`.`followers_start__provenance`,
      `t214`.`followers_gained__provenance`,
      `t214`.`followers_expected_gain__provenance`,
      `t214`.`brand_followers_start`,
      `t214`.`brand_followers_gained`,
      `t214`.`brand_followers_expected_gain`,
      `t214`.`brand_followers_start__provenance`,
      `t214`.`brand_followers_gained__provenance`,
      `t214`.`brand_followers_expected_gain__provenance`,
      `t214`.`influencers_contacted`,
      `t214`.`influencers_interested`,
      `t214`.`posts_contracted`,
      `t214`.`products_sent`,
      `t214`.`link_clicks`,
      `t214`.`unique_link_clicks`,
      `t214`.`bot_link_clicks`,
      `t214`.`sessions`,
      `t214`.`new_users`,
      `t214`.`engaged_sessions`,
      `t214`.`bounced_sessions`,
      `t214`.`session_seconds`,
      `t214`.`page_views`,
      `t214`.`key_events`,
      `t214`.`orders`,
      `t214`.`revenue`,
      `t214`.`new_customers`,
      `t214`.`key_messages`,
      `t214`.`emv_rate`,
      `t214`.`inauthentic_share`,
      `t214`.`emv`,
      `t214`.`emv__provenance`,
      `t214`.`emv_authentic`,
      `t214`.`emv_authentic__provenance`,
      `t146`.`paid_rate`
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
        IF(
          (
            `t211`.`post_id` IS NOT NULL
          )
          AND (
            (
              (
                (
                  COALESCE(`t211`.`impressions`, `t211`.`views`) * CASE WHEN `t211`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                ) / 1000
              ) IS NOT NULL
              AND NOT ISNAN(
                (
                  COALESCE(`t211`.`impressions`, `t211`.`views`) * CASE WHEN `t211`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                ) / 1000
              )
            )
            OR (
              (
                CASE
                  WHEN `t211`.`platform` = 'instagram'
                  THEN 0.07
                  WHEN `t211`.`platform` = 'tiktok'
                  THEN 0.09
                  WHEN `t211`.`platform` = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE)
                END * `t211`.`likes`
              ) IS NOT NULL
              AND NOT ISNAN(
                CASE
                  WHEN `t211`.`platform` = 'instagram'
                  THEN 0.07
                  WHEN `t211`.`platform` = 'tiktok'
                  THEN 0.09
                  WHEN `t211`.`platform` = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE)
                END * `t211`.`likes`
              )
            )
            OR (
              (
                CASE
                  WHEN `t211`.`platform` = 'instagram'
                  THEN 3.46
                  WHEN `t211`.`platform` = 'tiktok'
                  THEN 3.52
                  WHEN `t211`.`platform` = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE)
                END * `t211`.`comments`
              ) IS NOT NULL
              AND NOT ISNAN(
                CASE
                  WHEN `t211`.`platform` = 'instagram'
                  THEN 3.46
                  WHEN `t211`.`platform` = 'tiktok'
                  THEN 3.52
                  WHEN `t211`.`platform` = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE)
                END * `t211`.`comments`
              )
            )
            OR (
              (
                CASE WHEN `t211`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t211`.`shares`
              ) IS NOT NULL
              AND NOT ISNAN(
                CASE WHEN `t211`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t211`.`shares`
              )
            )
          ),
          (
            COALESCE(
              (
                COALESCE(`t211`.`impressions`, `t211`.`views`) * CASE WHEN `t211`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
              ) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN `t211`.`platform` = 'instagram'
                THEN 0.07
                WHEN `t211`.`platform` = 'tiktok'
                THEN 0.09
                WHEN `t211`.`platform` = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE)
              END * `t211`.`likes`,
              0
            ) + COALESCE(
              CASE
                WHEN `t211`.`platform` = 'instagram'
                THEN 3.46
                WHEN `t211`.`platform` = 'tiktok'
                THEN 3.52
                WHEN `t211`.`platform` = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE)
              END * `t211`.`comments`,
              0
            ) + COALESCE(
              CASE WHEN `t211`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t211`.`shares`,
              0
            )
          ) * `t211`.`emv_rate`,
          CAST(NULL AS DOUBLE)
        ) AS `emv`,
        NULLIF(
          GREATEST(
            COALESCE(`t211`.`impressions__provenance`, -1),
            COALESCE(`t211`.`views__provenance`, -1),
            COALESCE(`t211`.`engagements__provenance`, -1)
          ),
          -1
        ) AS `emv__provenance`,
        IF(
          (
            `t211`.`post_id` IS NOT NULL
          )
          AND (
            (
              (
                (
                  COALESCE(`t211`.`impressions`, `t211`.`views`) * CASE WHEN `t211`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                ) / 1000
              ) IS NOT NULL
              AND NOT ISNAN(
                (
                  COALESCE(`t211`.`impressions`, `t211`.`views`) * CASE WHEN `t211`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                ) / 1000
              )
            )
            OR (
              (
                CASE
                  WHEN `t211`.`platform` = 'instagram'
                  THEN 0.07
                  WHEN `t211`.`platform` = 'tiktok'
                  THEN 0.09
                  WHEN `t211`.`platform` = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE)
                END * `t211`.`likes`
              ) IS NOT NULL
              AND NOT ISNAN(
                CASE
                  WHEN `t211`.`platform` = 'instagram'
                  THEN 0.07
                  WHEN `t211`.`platform` = 'tiktok'
                  THEN 0.09
                  WHEN `t211`.`platform` = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE)
                END * `t211`.`likes`
              )
            )
            OR (
              (
                CASE
                  WHEN `t211`.`platform` = 'instagram'
                  THEN 3.46
                  WHEN `t211`.`platform` = 'tiktok'
                  THEN 3.52
                  WHEN `t211`.`platform` = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE)
                END * `t211`.`comments`
              ) IS NOT NULL
              AND NOT ISNAN(
                CASE
                  WHEN `t211`.`platform` = 'instagram'
                  THEN 3.46
                  WHEN `t211`.`platform` = 'tiktok'
                  THEN 3.52
                  WHEN `t211`.`platform` = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE)
                END * `t211`.`comments`
              )
            )
            OR (
              (
                CASE WHEN `t211`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t211`.`shares`
              ) IS NOT NULL
              AND NOT ISNAN(
                CASE WHEN `t211`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t211`.`shares`
              )
            )
          ),
          (
            COALESCE(
              (
                COALESCE(`t211`.`impressions`, `t211`.`views`) * CASE WHEN `t211`.`platform` = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
              ) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN `t211`.`platform` = 'instagram'
                THEN 0.07
                WHEN `t211`.`platform` = 'tiktok'
                THEN 0.09
                WHEN `t211`.`platform` = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE)
              END * `t211`.`likes`,
              0
            ) + COALESCE(
              CASE
                WHEN `t211`.`platform` = 'instagram'
                THEN 3.46
                WHEN `t211`.`platform` = 'tiktok'
                THEN 3.52
                WHEN `t211`.`platform` = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE)
              END * `t211`.`comments`,
              0
            ) + COALESCE(
              CASE WHEN `t211`.`platform` = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * `t211`.`shares`,
              0
            )
          ) * `t211`.`emv_rate` * (
            1 - COALESCE(`t211`.`inauthentic_share`, 0)
          ),
          CAST(NULL AS DOUBLE)
        ) AS `emv_authentic`,
        NULLIF(
          GREATEST(
            COALESCE(
              NULLIF(
                GREATEST(
                  COALESCE(`t211`.`impressions__provenance`, -1),
                  COALESCE(`t211`.`views__provenance`, -1),
                  COALESCE(`t211`.`engagements__provenance`, -1)
                ),
                -1
              ),
              -1
            ),
            COALESCE(IF(`t211`.`inauthentic_share` > 0, 2, CAST(NULL AS BIGINT)), -1)
          ),
          -1
        ) AS `emv_authentic__provenance`
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
          `t28`.`inauthentic_share`
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
                                `t193`.`campaign_id`,
                                `t193`.`campaign`,
                                `t193`.`influencer_id`,
                                `t193`.`influencer`,
                                `t193`.`account_id`,
                                `t193`.`platform`,
                                `t193`.`format`,
                                `t193`.`post_id`,
                                `t193`.`day`,
                                `t193`.`reach`,
                                `t193`.`impressions`,
                                `t193`.`views`,
                                `t193`.`likes`,
                                `t193`.`comments`,
                                `t193`.`shares`,
                                `t193`.`saves`,
                                `t193`.`clicks`,
                                `t193`.`reach__provenance`,
                                `t193`.`impressions__provenance`,
                                `t193`.`views__provenance`,
                                `t193`.`likes__provenance`,
                                `t193`.`comments__provenance`,
                                `t193`.`shares__provenance`,
                                `t193`.`saves__provenance`,
                                `t193`.`clicks__provenance`,
                                `t193`.`followers`,
                                CAST(`t193`.`followers__provenance` AS BIGINT) AS `followers__provenance`,
                                `t193`.`engagements`,
                                `t193`.`engagements__provenance`,
                                `t193`.`impressions_with_estimates`,
                                `t193`.`impressions_with_estimates__provenance`,
                                `t193`.`er_reach_post`,
                                `t193`.`er_followers_post`,
                                `t193`.`er_impressions_post`,
                                `t193`.`er_views_post`,
                                `t193`.`er_reach_post__provenance`,
                                `t193`.`er_followers_post__provenance`,
                                `t193`.`er_impressions_post__provenance`,
                                `t193`.`er_views_post__provenance`,
                                `t193`.`post_platform`,
                                CAST(`t193`.`publishing_influencer` AS DOUBLE) AS `publishing_influencer`,
                                `t193`.`sponsored_posts`,
                                `t193`.`disclosed_sponsored_posts`,
                                `t193`.`cost`,
                                `t193`.`key_message_posts`,
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
                                  `t185`.`campaign_id`,
                                  `t185`.`campaign`,
                                  `t185`.`influencer_id`,
                                  `t185`.`influencer`,
                                  `t185`.`account_id`,
                                  `t185`.`platform`,
                                  `t185`.`format`,
                                  `t185`.`post_id`,
                                  `t185`.`day`,
                                  `t185`.`country`,
                                  `t185`.`caption`,
                                  `t185`.`sponsored`,
                                  `t185`.`reach`,
                                  `t185`.`impressions`,
                                  `t185`.`views`,
                                  `t185`.`likes`,
                                  `t185`.`comments`,
                                  `t185`.`shares`,
                                  `t185`.`saves`,
                                  `t185`.`clicks`,
                                  `t185`.`reach__provenance`,
                                  `t185`.`impressions__provenance`,
                                  `t185`.`views__provenance`,
                                  `t185`.`likes__provenance`,
                                  `t185`.`comments__provenance`,
                                  `t185`.`shares__provenance`,
                                  `t185`.`saves__provenance`,
                                  `t185`.`clicks__provenance`,
                                  `t185`.`followers`,
                                  `t185`.`followers__provenance`,
                                  `t185`.`engagements`,
                                  `t185`.`engagements__provenance`,
                                  `t185`.`impressions_with_estimates`,
                                  `t185`.`impressions_with_estimates__provenance`,
                                  `t185`.`er_reach_post`,
                                  `t185`.`er_followers_post`,
                                  `t185`.`er_impressions_post`,
                                  `t185`.`er_views_post`,
                                  `t185`.`er_reach_post__provenance`,
                                  `t185`.`er_followers_post__provenance`,
                                  `t185`.`er_impressions_post__provenance`,
                                  `t185`.`er_views_post__provenance`,
                                  `t185`.`post_platform`,
                                  `t185`.`publishing_influencer`,
                                  `t185`.`sponsored_posts`,
                                  `t185`.`disclosed_sponsored_posts`,
                                  `t185`.`cost`,
                                  `t192`.`key_message_posts`
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
                                    `t152`.`cost`
                                  FROM `post_rows` AS `t173`
                                  LEFT OUTER JOIN (
                                    SELECT
                                      `t102`.`post_id`,
                                      `t141`.`cost`
                                    FROM `campaign_posts_in` AS `t102`
                                    INNER JOIN (
                                      SELECT
                                        `t123`.`campaign_id`,
                                        `t123`.`influencer_id`,
                                        SUM(`t123`.`share`) AS `cost`
                                      FROM (
                                        SELECT
                                          `t101`.`campaign_id`,
                                          `t101`.`influencer_id`,
                                          `t101`.`amount` / `t109`.`n_posts` AS `share`
                                        FROM `t76` AS `t101`
                                        INNER JOIN (
                                          SELECT
                                            `t92`.`campaign_id`,
                                            `t92`.`influencer_id`,
                                            COUNT(`t92`.`post_id`) AS `n_posts`
                                          FROM `campaign_posts_in` AS `t92`
                                          GROUP BY
                                            1,
                                            2
                                        ) AS `t109`
                                          ON `t101`.`campaign_id` = `t109`.`campaign_id`
                                          AND `t101`.`influencer_id` = `t109`.`influencer_id`
                                      ) AS `t123`
                                      GROUP BY
                                        1,
                                        2
                                    ) AS `t141`
                                      ON `t141`.`campaign_id` = `t102`.`campaign_id`
                                      AND `t141`.`influencer_id` = `t102`.`influencer_id`
                                  ) AS `t152`
                                    ON `t173`.`post_id` = `t152`.`post_id`
                                ) AS `t185`
                                LEFT OUTER JOIN (
                                  SELECT
                                    `t186`.`post_id`,
                                    MAX(
                                      CAST(IF(CONTAINS(LOWER(`t186`.`caption`), LOWER(`t186`.`message`)), 1, 0) AS DOUBLE)
                                    ) AS `key_message_posts`
                                  FROM (
                                    SELECT
                                      `t177`.`campaign_id`,
                                      `t177`.`post_id`,
                                      `t177`.`caption`,
                                      `t82`.`message`
                                    FROM (
                                      SELECT
                                        `t172`.`campaign_id`,
                                        `t172`.`post_id`,
                                        `t172`.`caption`
                                      FROM `post_rows` AS `t172`
                                    ) AS `t177`
                                    INNER JOIN (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST(`t0`.`id` AS BIGINT) AS `campaign_id`,
                                          EXPLODE(SPLIT(`t0`.`key_messages`, '\n')) AS `message`
                                        FROM `campaign` AS `t0`
                                      ) AS `t45`
                                      WHERE
                                        LENGTH(`t45`.`message`) > 0
                                    ) AS `t82`
                                      ON `t177`.`campaign_id` = `t82`.`campaign_id`
                                  ) AS `t186`
                                  GROUP BY
                                    1
                                ) AS `t192`
                                  ON `t185`.`post_id` = `t192`.`post_id`
                              ) AS `t193`
                            ) AS `t195`
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                `t188`.`campaign_id`,
                                `t188`.`campaign`,
                                CAST(NULL AS BIGINT) AS `influencer_id`,
                                CAST(NULL AS STRING) AS `influencer`,
                                CAST(NULL AS BIGINT) AS `account_id`,
                                `t188`.`platform`,
                                CAST(NULL AS STRING) AS `format`,
                                CAST(NULL AS BIGINT) AS `post_id`,
                                `t188`.`day`,
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
                                CAST(`t188`.`ugc_post` AS DOUBLE) AS `ugc_post`,
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
                                  `t132`.`campaign_id`,
                                  `t132`.`campaign`,
                                  `t132`.`platform`,
                                  `t132`.`day`,
                                  `t132`.`post_id` AS `ugc_post`
                                FROM (
                                  SELECT DISTINCT
                                    *
                                  FROM (
                                    SELECT
                                      `t83`.`campaign_id`,
                                      `t83`.`campaign`,
                                      `t93`.`post_id`,
                                      `t93`.`influencer_id`,
                                      `t93`.`platform`,
                                      `t93`.`day`
                                    FROM (
                                      SELECT
                                        CAST(`t55`.`id` AS BIGINT) AS `post_id`,
                                        CAST(`t17`.`id` AS BIGINT) AS `influencer_id`,
                                        `t17`.`workspace_id`,
                                        `t17`.`is_brand`,
                                        CAST(`t21`.`platform` AS STRING) AS `platform`,
                                        `t55`.`published_on` AS `day`,
                                        `t55`.`hashtags`
                                      FROM (
                                        SELECT
                                          *
                                        FROM `post` AS `t11`
                                        WHERE
                                          `t11`.`campaign_id` IS NULL
                                      ) AS `t55`
                                      INNER JOIN `account` AS `t21`
                                        ON `t55`.`account_id` = `t21`.`id`
                                      INNER JOIN `influencer` AS `t17`
                                        ON `t21`.`influencer_id` = `t17`.`id`
                                    ) AS `t93`
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
                                      ) AS `t46`
                                      WHERE
                                        LENGTH(`t46`.`tag`) > 0
                                    ) AS `t83`
                                      ON `t93`.`workspace_id` = `t83`.`workspace_id`
                                      AND `t93`.`day` >= `t83`.`start`
                                      AND `t93`.`day` <= `t83`.`end`
                                      AND NOT (
                                        `t93`.`is_brand`
                                      )
                                      AND CONTAINS(CONCAT(CONCAT(',', `t93`.`hashtags`), ','), CONCAT(CONCAT(',', `t83`.`tag`), ','))
                                  ) AS `t117`
                                ) AS `t132`
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
                                    ) AS `t32`
                                    UNION ALL
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        `t172`.`campaign_id`,
                                        `t172`.`influencer_id`
                                      FROM `post_rows` AS `t172`
                                    ) AS `t174`
                                  ) AS `t176`
                                ) AS `t184`
                                  ON `t132`.`campaign_id` = `t184`.`campaign_id`
                                  AND `t132`.`influencer_id` = `t184`.`influencer_id`
                              ) AS `t188`
                            ) AS `t190`
                          ) AS `t196`
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
                                `t100`.`campaign_id`,
                                `t100`.`campaign`,
                                `t100`.`influencer_id`,
                                CAST(`t17`.`name` AS STRING) AS `influencer`,
                                `t100`.`incurred_on` AS `day`,
                                `t100`.`amount` AS `cost`
                              FROM `t76` AS `t100`
                              LEFT ANTI JOIN (
                                SELECT
                                  `t92`.`campaign_id`,
                                  `t92`.`influencer_id`,
                                  COUNT(`t92`.`post_id`) AS `n_posts`
                                FROM `campaign_posts_in` AS `t92`
                                GROUP BY
                                  1,
                                  2
                              ) AS `t109`
                                ON `t100`.`campaign_id` = `t109`.`campaign_id`
                                AND `t100`.`influencer_id` = `t109`.`influencer_id`
                              LEFT OUTER JOIN `influencer` AS `t17`
                                ON `t100`.`influencer_id` = `t17`.`id`
                            ) AS `t122`
                          ) AS `t129`
                        ) AS `t197`
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            `t80`.`campaign_id`,
                            `t80`.`campaign`,
                            CAST(NULL AS BIGINT) AS `influencer_id`,
                            CAST(NULL AS STRING) AS `influencer`,
                            CAST(NULL AS BIGINT) AS `account_id`,
                            `t80`.`platform`,
                            CAST(NULL AS STRING) AS `format`,
                            CAST(NULL AS BIGINT) AS `post_id`,
                            `t80`.`day`,
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
                            `t80`.`mentions`,
                            `t80`.`brand_mentions`,
                            `t80`.`mention_engagements`,
                            `t80`.`brand_mention_engagements`,
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
                              CAST(`t57`.`id` AS BIGINT) AS `campaign_id`,
                              CAST(`t57`.`name` AS STRING) AS `campaign`,
                              CAST(`t19`.`platform` AS STRING) AS `platform`,
                              `t19`.`mentioned_on` AS `day`,
                              CAST(1 AS DOUBLE) AS `mentions`,
                              CAST(IF(`t19`.`own`, 1, 0) AS DOUBLE) AS `brand_mentions`,
                              `t19`.`engagements` AS `mention_engagements`,
                              CAST(IF(`t19`.`own`, 1, 0) AS DOUBLE) * `t19`.`engagements` AS `brand_mention_engagements`
                            FROM `mention` AS `t19`
                            INNER JOIN `t25` AS `t57`
                              ON `t19`.`workspace_id` = `t57`.`workspace_id`
                              AND `t19`.`mentioned_on` >= `t57`.`start_date`
                              AND `t19`.`mentioned_on` <= `t57`.`end_date`
                          ) AS `t80`
                        ) AS `t94`
                      ) AS `t198`
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          `t189`.`campaign_id`,
                          `t189`.`campaign`,
                          `t189`.`influencer_id`,
                          `t189`.`influencer`,
                          `t189`.`account_id`,
                          `t189`.`platform`,
                          CAST(NULL AS STRING) AS `format`,
                          CAST(NULL AS BIGINT) AS `post_id`,
                          `t189`.`day`,
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
                          IF(`t189`.`is_brand` = FALSE, `t189`.`start_followers`, CAST(NULL AS DOUBLE)) AS `followers_start`,
                          IF(
                            `t189`.`is_brand` = FALSE,
                            IF(
                              `t189`.`end_seen_at` > `t189`.`start_seen_at`,
                              `t189`.`end_followers` - `t189`.`start_followers`,
                              CAST(NULL AS DOUBLE)
                            ),
                            CAST(NULL AS DOUBLE)
                          ) AS `followers_gained`,
                          IF(
                            `t189`.`is_brand` = FALSE,
                            IF(
                              `t189`.`end_seen_at` > `t189`.`start_seen_at`,
                              (
                                (
                                  `t189`.`start_followers` - `t189`.`before_followers`
                                ) / NULLIF(CAST(`t189`.`start_seen_at` - `t189`.`before_seen_at` AS DOUBLE), 0)
                              ) * (
                                `t189`.`end_seen_at` - `t189`.`start_seen_at`
                              ),
                              CAST(NULL AS DOUBLE)
                            ),
                            CAST(NULL AS DOUBLE)
                          ) AS `followers_expected_gain`,
                          CAST(IF(`t189`.`is_brand` = FALSE, `t189`.`start_rank`, CAST(NULL AS TINYINT)) AS BIGINT) AS `followers_start__provenance`,
                          IF(
                            `t189`.`is_brand` = FALSE,
                            IF(
                              `t189`.`end_seen_at` > `t189`.`start_seen_at`,
                              NULLIF(GREATEST(COALESCE(`t189`.`start_rank`, -1), COALESCE(`t189`.`end_rank`, -1)), -1),
                              CAST(NULL AS BIGINT)
                            ),
                            CAST(NULL AS BIGINT)
                          ) AS `followers_gained__provenance`,
                          IF(
                            `t189`.`is_brand` = FALSE,
                            IF(
                              IF(
                                `t189`.`end_seen_at` > `t189`.`start_seen_at`,
                                (
                                  (
                                    `t189`.`start_followers` - `t189`.`before_followers`
                                  ) / NULLIF(CAST(`t189`.`start_seen_at` - `t189`.`before_seen_at` AS DOUBLE), 0)
                                ) * (
                                  `t189`.`end_seen_at` - `t189`.`start_seen_at`
                                ),
                                CAST(NULL AS DOUBLE)
                              ) IS NOT NULL
                              AND NOT ISNAN(
                                IF(
                                  `t189`.`end_seen_at` > `t189`.`start_seen_at`,
                                  (
                                    (
                                      `t189`.`start_followers` - `t189`.`before_followers`
                                    ) / NULLIF(CAST(`t189`.`start_seen_at` - `t189`.`before_seen_at` AS DOUBLE), 0)
                                  ) * (
                                    `t189`.`end_seen_at` - `t189`.`start_seen_at`
                                  ),
                                  CAST(NULL AS DOUBLE)
                                )
                              ),
                              NULLIF(
                                GREATEST(
                                  COALESCE(
                                    IF(
                                      `t189`.`end_seen_at` > `t189`.`start_seen_at`,
                                      NULLIF(GREATEST(COALESCE(`t189`.`start_rank`, -1), COALESCE(`t189`.`end_rank`, -1)), -1),
                                      CAST(NULL AS BIGINT)
                                    ),
                                    -1
                                  ),
                                  COALESCE(`t189`.`before_rank`, -1)
                                ),
                                -1
                              ),
                              CAST(NULL AS BIGINT)
                            ),
                            CAST(NULL AS BIGINT)
                          ) AS `followers_expected_gain__provenance`,
                          IF(`t189`.`is_brand` = TRUE, `t189`.`start_followers`, CAST(NULL AS DOUBLE)) AS `brand_followers_start`,
                          IF(
                            `t189`.`is_brand` = TRUE,
                            IF(
                              `t189`.`end_seen_at` > `t189`.`start_seen_at`,
                              `t189`.`end_followers` - `t189`.`start_followers`,
                              CAST(NULL AS DOUBLE)
                            ),
                            CAST(NULL AS DOUBLE)
                          ) AS `brand_followers_gained`,
                          IF(
                            `t189`.`is_brand` = TRUE,
                            IF(
                              `t189`.`end_seen_at` > `t189`.`start_seen_at`,
                              (
                                (
                                  `t189`.`start_followers` - `t189`.`before_followers`
                                ) / NULLIF(CAST(`t189`.`start_seen_at` - `t189`.`before_seen_at` AS DOUBLE), 0)
                              ) * (
                                `t189`.`end_seen_at` - `t189`.`start_seen_at`
                              ),
                              CAST(NULL AS DOUBLE)
                            ),
                            CAST(NULL AS DOUBLE)
                          ) AS `brand_followers_expected_gain`,
                          CAST(IF(`t189`.`is_brand` = TRUE, `t189`.`start_rank`, CAST(NULL AS TINYINT)) AS BIGINT) AS `brand_followers_start__provenance`,
                          IF(
                            `t189`.`is_brand` = TRUE,
                            IF(
                              `t189`.`end_seen_at` > `t189`.`start_seen_at`,
                              NULLIF(GREATEST(COALESCE(`t189`.`start_rank`, -1), COALESCE(`t189`.`end_rank`, -1)), -1),
                              CAST(NULL AS BIGINT)
                            ),
                            CAST(NULL AS BIGINT)
                          ) AS `brand_followers_gained__provenance`,
                          IF(
                            `t189`.`is_brand` = TRUE,
                            IF(
                              IF(
                                `t189`.`end_seen_at` > `t189`.`start_seen_at`,
                                (
                                  (
                                    `t189`.`start_followers` - `t189`.`before_followers`
                                  ) / NULLIF(CAST(`t189`.`start_seen_at` - `t189`.`before_seen_at` AS DOUBLE), 0)
                                ) * (
                                  `t189`.`end_seen_at` - `t189`.`start_seen_at`
                                ),
                                CAST(NULL AS DOUBLE)
                              ) IS NOT NULL
                              AND NOT ISNAN(
                                IF(
                                  `t189`.`end_seen_at` > `t189`.`start_seen_at`,
                                  (
                                    (
                                      `t189`.`start_followers` - `t189`.`before_followers`
                                    ) / NULLIF(CAST(`t189`.`start_seen_at` - `t189`.`before_seen_at` AS DOUBLE), 0)
                                  ) * (
                                    `t189`.`end_seen_at` - `t189`.`start_seen_at`
                                  ),
                                  CAST(NULL AS DOUBLE)
                                )
                              ),
                              NULLIF(
                                GREATEST(
                                  COALESCE(
                                    IF(
                                      `t189`.`end_seen_at` > `t189`.`start_seen_at`,
                                      NULLIF(GREATEST(COALESCE(`t189`.`start_rank`, -1), COALESCE(`t189`.`end_rank`, -1)), -1),
                                      CAST(NULL AS BIGINT)
                                    ),
                                    -1
                                  ),
                                  COALESCE(`t189`.`before_rank`, -1)
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
                            `t165`.`before_followers`,
                            `t165`.`before_seen_at`,
                            `t165`.`before_rank`
                          FROM (
                            SELECT
                              `t171`.`campaign_id`,
                              `t171`.`campaign`,
                              `t171`.`influencer_id`,
                              `t171`.`influencer`,
                              `t171`.`account_id`,
                              `t171`.`platform`,
                              `t171`.`is_brand`,
                              `t171`.`day`,
                              `t171`.`start_at`,
                              `t171`.`end_at`,
                              `t171`.`start_followers`,
                              `t171`.`start_seen_at`,
                              `t171`.`start_rank`,
                              `t164`.`end_followers`,
                              `t164`.`end_seen_at`,
                              `t164`.`end_rank`
                            FROM (
                              SELECT
                                `t143`.`campaign_id`,
                                `t143`.`campaign`,
                                `t143`.`influencer_id`,
                                `t143`.`influencer`,
                                `t143`.`account_id`,
                                `t143`.`platform`,
                                `t143`.`is_brand`,
                                `t143`.`day`,
                                `t143`.`start_at`,
                                `t143`.`end_at`,
                                `t167`.`start_followers`,
                                `t167`.`start_seen_at`,
                                `t167`.`start_rank`
                              FROM (
                                SELECT
                                  `t119`.`campaign_id`,
                                  CAST(`t15`.`name` AS STRING) AS `campaign`,
                                  CAST(`t18`.`id` AS BIGINT) AS `influencer_id`,
                                  CAST(`t18`.`name` AS STRING) AS `influencer`,
                                  `t119`.`account_id`,
                                  CAST(`t22`.`platform` AS STRING) AS `platform`,
                                  `t119`.`is_brand`,
                                  `t15`.`end_date` AS `day`,
                                  UNIX_TIMESTAMP(CAST(CAST(`t15`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start_at`,
                                  UNIX_TIMESTAMP(CAST(CAST(`t15`.`end_date` AS TIMESTAMP) AS TIMESTAMP)) + 86400 AS `end_at`
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      `t105`.`campaign_id`,
                                      `t105`.`account_id`,
                                      FALSE AS `is_brand`
                                    FROM (
                                      SELECT DISTINCT
                                        `t92`.`campaign_id`,
                                        `t92`.`account_id`
                                      FROM `campaign_posts_in` AS `t92`
                                    ) AS `t105`
                                  ) AS `t110`
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      CAST(`t58`.`id` AS BIGINT) AS `campaign_id`,
                                      CAST(`t22`.`id` AS BIGINT) AS `account_id`,
                                      TRUE AS `is_brand`
                                    FROM `t25` AS `t58`
                                    INNER JOIN (
                                      SELECT
                                        *
                                      FROM `influencer` AS `t5`
                                      WHERE
                                        `t5`.`is_brand`
                                    ) AS `t34`
                                      ON `t34`.`workspace_id` = `t58`.`workspace_id`
                                    INNER JOIN `account` AS `t22`
                                      ON `t22`.`influencer_id` = `t34`.`id`
                                  ) AS `t81`
                                ) AS `t119`
                                INNER JOIN `campaign` AS `t15`
                                  ON `t119`.`campaign_id` = `t15`.`id`
                                INNER JOIN `account` AS `t22`
                                  ON `t119`.`account_id` = `t22`.`id`
                                INNER JOIN `influencer` AS `t18`
                                  ON `t22`.`influencer_id` = `t18`.`id`
                              ) AS `t143`
                              INNER JOIN (
                                SELECT
                                  `t161`.`campaign_id`,
                                  `t161`.`account_id`,
                                  CAST(`t161`.`followers` AS DOUBLE) AS `start_followers`,
                                  `t161`.`at` AS `start_seen_at`,
                                  `t161`.`rank` AS `start_rank`
                                FROM (
                                  SELECT
                                    `t156`.`campaign_id`,
                                    `t156`.`campaign`,
                                    `t156`.`influencer_id`,
                                    `t156`.`influencer`,
                                    `t156`.`account_id`,
                                    `t156`.`platform`,
                                    `t156`.`is_brand`,
                                    `t156`.`day`,
                                    `t156`.`start_at`,
                                    `t156`.`end_at`,
                                    `t156`.`followers`,
                                    `t156`.`at`,
                                    `t156`.`rank`,
                                    ROW_NUMBER() OVER (
                                      PARTITION BY `t156`.`campaign_id`, `t156`.`account_id`
                                      ORDER BY IF(`t156`.`at` <= `t156`.`start_at`, 0, 1) ASC NULLS LAST, ABS(`t156`.`at` - `t156`.`start_at`) ASC NULLS LAST
                                    ) - 1 AS `order`
                                  FROM `t155` AS `t156`
                                ) AS `t161`
                                WHERE
                                  `t161`.`order` = 0
                              ) AS `t167`
                                ON `t143`.`campaign_id` = `t167`.`campaign_id`
                                AND `t143`.`account_id` = `t167`.`account_id`
                            ) AS `t171`
                            LEFT OUTER JOIN (
                              SELECT
                                `t159`.`campaign_id`,
                                `t159`.`account_id`,
                                CAST(`t159`.`followers` AS DOUBLE) AS `end_followers`,
                                `t159`.`at` AS `end_seen_at`,
                                `t159`.`rank` AS `end_rank`
                              FROM (
                                SELECT
                                  `t156`.`campaign_id`,
                                  `t156`.`campaign`,
                                  `t156`.`influencer_id`,
                                  `t156`.`influencer`,
                                  `t156`.`account_id`,
                                  `t156`.`platform`,
                                  `t156`.`is_brand`,
                                  `t156`.`day`,
                                  `t156`.`start_at`,
                                  `t156`.`end_at`,
                                  `t156`.`followers`,
                                  `t156`.`at`,
                                  `t156`.`rank`,
                                  ROW_NUMBER() OVER (PARTITION BY `t156`.`campaign_id`, `t156`.`account_id` ORDER BY `t156`.`at` DESC) - 1 AS `order`
                                FROM `t155` AS `t156`
                              ) AS `t159`
                              WHERE
                                `t159`.`order` = 0
                            ) AS `t164`
                              ON `t171`.`campaign_id` = `t164`.`campaign_id`
                              AND `t171`.`account_id` = `t164`.`account_id`
                          ) AS `t182`
                          LEFT OUTER JOIN (
                            SELECT
                              `t160`.`campaign_id`,
                              `t160`.`account_id`,
                              CAST(`t160`.`followers` AS DOUBLE) AS `before_followers`,
                              `t160`.`at` AS `before_seen_at`,
                              `t160`.`rank` AS `before_rank`
                            FROM (
                              SELECT
                                `t157`.`campaign_id`,
                                `t157`.`campaign`,
                                `t157`.`influencer_id`,
                                `t157`.`influencer`,
                                `t157`.`account_id`,
                                `t157`.`platform`,
                                `t157`.`is_brand`,
                                `t157`.`day`,
                                `t157`.`start_at`,
                                `t157`.`end_at`,
                                `t157`.`followers`,
                                `t157`.`at`,
                                `t157`.`rank`,
                                ROW_NUMBER() OVER (PARTITION BY `t157`.`campaign_id`, `t157`.`account_id` ORDER BY `t157`.`at` DESC) - 1 AS `order`
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    `t143`.`campaign_id`,
                                    `t143`.`campaign`,
                                    `t143`.`influencer_id`,
                                    `t143`.`influencer`,
                                    `t143`.`account_id`,
                                    `t143`.`platform`,
                                    `t143`.`is_brand`,
                                    `t143`.`day`,
                                    `t143`.`start_at`,
                                    `t143`.`end_at`,
                                    `t64`.`followers`,
                                    `t64`.`at`,
                                    `t64`.`rank`
                                  FROM (
                                    SELECT
                                      `t119`.`campaign_id`,
                                      CAST(`t15`.`name` AS STRING) AS `campaign`,
                                      CAST(`t18`.`id` AS BIGINT) AS `influencer_id`,
                                      CAST(`t18`.`name` AS STRING) AS `influencer`,
                                      `t119`.`account_id`,
                                      CAST(`t22`.`platform` AS STRING) AS `platform`,
                                      `t119`.`is_brand`,
                                      `t15`.`end_date` AS `day`,
                                      UNIX_TIMESTAMP(CAST(CAST(`t15`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start_at`,
                                      UNIX_TIMESTAMP(CAST(CAST(`t15`.`end_date` AS TIMESTAMP) AS TIMESTAMP)) + 86400 AS `end_at`
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          `t105`.`campaign_id`,
                                          `t105`.`account_id`,
                                          FALSE AS `is_brand`
                                        FROM (
                                          SELECT DISTINCT
                                            `t92`.`campaign_id`,
                                            `t92`.`account_id`
                                          FROM `campaign_posts_in` AS `t92`
                                        ) AS `t105`
                                      ) AS `t110`
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST(`t58`.`id` AS BIGINT) AS `campaign_id`,
                                          CAST(`t22`.`id` AS BIGINT) AS `account_id`,
                                          TRUE AS `is_brand`
                                        FROM `t25` AS `t58`
                                        INNER JOIN (
                                          SELECT
                                            *
                                          FROM `influencer` AS `t5`
                                          WHERE
                                            `t5`.`is_brand`
                                        ) AS `t34`
                                          ON `t34`.`workspace_id` = `t58`.`workspace_id`
                                        INNER JOIN `account` AS `t22`
                                          ON `t22`.`influencer_id` = `t34`.`id`
                                      ) AS `t81`
                                    ) AS `t119`
                                    INNER JOIN `campaign` AS `t15`
                                      ON `t119`.`campaign_id` = `t15`.`id`
                                    INNER JOIN `account` AS `t22`
                                      ON `t119`.`account_id` = `t22`.`id`
                                    INNER JOIN `influencer` AS `t18`
                                      ON `t22`.`influencer_id` = `t18`.`id`
                                  ) AS `t143`
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
                                  ) AS `t64`
                                    ON `t143`.`account_id` = `t64`.`account_id`
                                ) AS `t154`
                                WHERE
                                  `t154`.`at` <= (
                                    `t154`.`start_at` - (
                                      `t154`.`end_at` - `t154`.`start_at`
                                    )
                                  )
                              ) AS `t157`
                            ) AS `t160`
                            WHERE
                              `t160`.`order` = 0
                          ) AS `t165`
                            ON `t182`.`campaign_id` = `t165`.`campaign_id`
                            AND `t182`.`account_id` = `t165`.`account_id`
                        ) AS `t189`
                      ) AS `t194`
                    ) AS `t199`
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        `t85`.`campaign_id`,
                        `t85`.`campaign`,
                        `t85`.`influencer_id`,
                        `t85`.`influencer`,
                        CAST(NULL AS BIGINT) AS `account_id`,
                        CAST(NULL AS STRING) AS `platform`,
                        CAST(NULL AS STRING) AS `format`,
                        CAST(NULL AS BIGINT) AS `post_id`,
                        `t85`.`day`,
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
                        `t85`.`influencers_contacted`,
                        `t85`.`influencers_interested`,
                        `t85`.`posts_contracted`,
                        `t85`.`products_sent`,
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
                          CAST(`t47`.`campaign_id` AS BIGINT) AS `campaign_id`,
                          CAST(`t15`.`name` AS STRING) AS `campaign`,
                          CAST(`t47`.`influencer_id` AS BIGINT) AS `influencer_id`,
                          CAST(`t17`.`name` AS STRING) AS `influencer`,
                          `t15`.`start_date` AS `day`,
                          CAST(1 AS DOUBLE) AS `influencers_contacted`,
                          CAST(IF(`t47`.`status` IN ('interested', 'activated'), 1, 0) AS DOUBLE) AS `influencers_interested`,
                          CAST(`t47`.`posts_contracted` AS DOUBLE) AS `posts_contracted`,
                          CAST(`t47`.`products_sent` AS DOUBLE) AS `products_sent`
                        FROM (
                          SELECT
                            *
                          FROM `roster` AS `t4`
                          WHERE
                            `t4`.`campaign_id` IN (1)
                        ) AS `t47`
                        INNER JOIN `campaign` AS `t15`
                          ON `t47`.`campaign_id` = `t15`.`id`
                        INNER JOIN `influencer` AS `t17`
                          ON `t47`.`influencer_id` = `t17`.`id`
                      ) AS `t85`
                    ) AS `t98`
                  ) AS `t200`
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      `t148`.`campaign_id`,
                      `t148`.`campaign`,
                      CAST(NULL AS BIGINT) AS `influencer_id`,
                      CAST(NULL AS STRING) AS `influencer`,
                      CAST(NULL AS BIGINT) AS `account_id`,
                      CAST(NULL AS STRING) AS `platform`,
                      CAST(NULL AS STRING) AS `format`,
                      `t148`.`post_id`,
                      `t148`.`day`,
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
                      `t148`.`link_clicks`,
                      `t148`.`unique_link_clicks`,
                      `t148`.`bot_link_clicks`,
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
                        `t135`.`campaign_id`,
                        `t135`.`post_id`,
                        `t135`.`day`,
                        `t135`.`link_clicks`,
                        `t135`.`unique_link_clicks`,
                        `t135`.`bot_link_clicks`,
                        CAST(`t15`.`name` AS STRING) AS `campaign`
                      FROM (
                        SELECT
                          `t115`.`campaign_id`,
                          `t115`.`post_id`,
                          `t115`.`day`,
                          SUM(`t115`.`link_clicks`) AS `link_clicks`,
                          SUM(`t115`.`unique_link_clicks`) AS `unique_link_clicks`,
                          SUM(`t115`.`bot_link_clicks`) AS `bot_link_clicks`
                        FROM (
                          SELECT
                            CAST(`t50`.`campaign_id` AS BIGINT) AS `campaign_id`,
                            CAST(`t50`.`influencer_id` AS BIGINT) AS `influencer_id`,
                            CAST(`t50`.`post_id` AS BIGINT) AS `post_id`,
                            CAST(`t50`.`platform` AS STRING) AS `platform`,
                            `t104`.`day`,
                            `t104`.`link_clicks`,
                            `t104`.`unique_link_clicks`,
                            `t104`.`bot_link_clicks`
                          FROM (
                            SELECT
                              `t75`.`link_id`,
                              `t75`.`day`,
                              SUM(`t75`.`link_clicks`) AS `link_clicks`,
                              SUM(`t75`.`unique_link_clicks`) AS `unique_link_clicks`,
                              SUM(`t75`.`bot_link_clicks`) AS `bot_link_clicks`
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
                              ) AS `t51`
                                ON `t20`.`link_id` = `t51`.`link_id`
                            ) AS `t75`
                            GROUP BY
                              1,
                              2
                          ) AS `t104`
                          INNER JOIN (
                            SELECT
                              *
                            FROM `link` AS `t8`
                            WHERE
                              `t8`.`campaign_id` IN (1)
                          ) AS `t50`
                            ON `t104`.`link_id` = `t50`.`id`
                        ) AS `t115`
                        GROUP BY
                          1,
                          2,
                          3
                      ) AS `t135`
                      INNER JOIN `campaign` AS `t15`
                        ON `t135`.`campaign_id` = `t15`.`id`
                    ) AS `t148`
                  ) AS `t151`
                ) AS `t201`
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    `t107`.`campaign_id`,
                    `t107`.`campaign`,
                    CAST(NULL AS BIGINT) AS `influencer_id`,
                    CAST(NULL AS STRING) AS `influencer`,
                    CAST(NULL AS BIGINT) AS `account_id`,
                    CAST(NULL AS STRING) AS `platform`,
                    CAST(NULL AS STRING) AS `format`,
                    CAST(NULL AS BIGINT) AS `post_id`,
                    `t107`.`day`,
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
                    `t107`.`sessions`,
                    `t107`.`new_users`,
                    `t107`.`engaged_sessions`,
                    `t107`.`bounced_sessions`,
                    `t107`.`session_seconds`,
                    `t107`.`page_views`,
                    `t107`.`key_events`,
                    CAST(NULL AS DOUBLE) AS `orders`,
                    CAST(NULL AS DOUBLE) AS `revenue`,
                    CAST(NULL AS DOUBLE) AS `new_customers`,
                    CAST(NULL AS DOUBLE) AS `key_messages`
                  FROM (
                    SELECT
                      `t86`.`campaign_id`,
                      `t86`.`day`,
                      `t86`.`sessions`,
                      `t86`.`new_users`,
                      `t86`.`engaged_sessions`,
                      `t86`.`bounced_sessions`,
                      `t86`.`session_seconds`,
                      `t86`.`page_views`,
                      `t86`.`key_events`,
                      CAST(`t15`.`name` AS STRING) AS `campaign`
                    FROM (
                      SELECT
                        `t49`.`campaign_id`,
                        `t49`.`day`,
                        SUM(`t49`.`sessions`) AS `sessions`,
                        SUM(`t49`.`new_users`) AS `new_users`,
                        SUM(`t49`.`engaged_sessions`) AS `engaged_sessions`,
                        SUM(`t49`.`bounced_sessions`) AS `bounced_sessions`,
                        SUM(`t49`.`session_seconds`) AS `session_seconds`,
                        SUM(`t49`.`page_views`) AS `page_views`,
                        SUM(`t49`.`key_events`) AS `key_events`
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
                      ) AS `t49`
                      GROUP BY
                        1,
                        2
                    ) AS `t86`
                    INNER JOIN `campaign` AS `t15`
                      ON `t86`.`campaign_id` = `t15`.`id`
                  ) AS `t107`
                ) AS `t113`
              ) AS `t202`
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  `t112`.`campaign_id`,
                  `t112`.`campaign`,
                  CAST(NULL AS BIGINT) AS `influencer_id`,
                  CAST(NULL AS STRING) AS `influencer`,
                  CAST(NULL AS BIGINT) AS `account_id`,
                  CAST(NULL AS STRING) AS `platform`,
                  CAST(NULL AS STRING) AS `format`,
                  CAST(NULL AS BIGINT) AS `post_id`,
                  `t112`.`day`,
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
                  `t112`.`orders`,
                  `t112`.`revenue`,
                  `t112`.`new_customers`,
                  CAST(NULL AS DOUBLE) AS `key_messages`
                FROM (
                  SELECT
                    `t97`.`campaign_id`,
                    `t97`.`day`,
                    `t97`.`orders`,
                    `t97`.`revenue`,
                    `t97`.`new_customers`,
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
                  ) AS `t97`
                  INNER JOIN `campaign` AS `t15`
                    ON `t97`.`campaign_id` = `t15`.`id`
                ) AS `t112`
              ) AS `t118`
            ) AS `t203`
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
            ) AS `t71`
          ) AS `t206`
          LEFT OUTER JOIN (
            SELECT
              `t140`.`campaign_id`,
              `t140`.`rate` AS `emv_rate`
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
              ) AS `t27`
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  `t121`.`campaign_id`,
                  `t121`.`rate`
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
                      `t59`.`campaign_id`,
                      `t59`.`start`,
                      `t69`.`rate`,
                      UNIX_TIMESTAMP(CAST(CAST(`t69`.`valid_on` AS TIMESTAMP) AS TIMESTAMP)) AS `valid`
                    FROM (
                      SELECT
                        CAST(`t0`.`id` AS BIGINT) AS `campaign_id`,
                        `t0`.`currency`,
                        UNIX_TIMESTAMP(CAST(CAST(`t0`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start`
                      FROM `campaign` AS `t0`
                    ) AS `t59`
                    INNER JOIN (
                      SELECT
                        *
                      FROM (
                        SELECT
                          `t2`.`quote`,
                          `t2`.`valid_on`,
                          CAST(`t2`.`rate` AS DOUBLE) AS `rate`
                        FROM `exchange_rate` AS `t2`
                        WHERE
                          `t2`.`base` = 'EUR'
                      ) AS `t30`
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          `t2`.`base` AS `quote`,
                          `t2`.`valid_on`,
                          CAST(1 AS DOUBLE) / NULLIF(CAST(`t2`.`rate` AS DOUBLE), 0) AS `rate`
                        FROM `exchange_rate` AS `t2`
                        WHERE
                          `t2`.`quote` = 'EUR'
                      ) AS `t61`
                    ) AS `t69`
                      ON `t59`.`currency` = `t69`.`quote`
                  ) AS `t96`
                ) AS `t121`
                WHERE
                  `t121`.`order` = 0
              ) AS `t134`
            ) AS `t140`
          ) AS `t147`
            ON `t206`.`campaign_id` = `t147`.`campaign_id`
        ) AS `t209`
        LEFT OUTER JOIN (
          SELECT
            `t1`.`account_id`,
            `t1`.`inauthentic_share`
          FROM `account_audit` AS `t1`
        ) AS `t28`
          ON `t209`.`account_id` = `t28`.`account_id`
      ) AS `t211`
    ) AS `t214`
    LEFT OUTER JOIN (
      SELECT
        `t139`.`campaign_id`,
        `t139`.`rate` AS `paid_rate`
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
        ) AS `t26`
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            `t120`.`campaign_id`,
            `t120`.`rate`
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
                `t59`.`campaign_id`,
                `t59`.`start`,
                `t68`.`rate`,
                UNIX_TIMESTAMP(CAST(CAST(`t68`.`valid_on` AS TIMESTAMP) AS TIMESTAMP)) AS `valid`
              FROM (
                SELECT
                  CAST(`t0`.`id` AS BIGINT) AS `campaign_id`,
                  `t0`.`currency`,
                  UNIX_TIMESTAMP(CAST(CAST(`t0`.`start_date` AS TIMESTAMP) AS TIMESTAMP)) AS `start`
                FROM `campaign` AS `t0`
              ) AS `t59`
              INNER JOIN (
                SELECT
                  *
                FROM (
                  SELECT
                    `t2`.`quote`,
                    `t2`.`valid_on`,
                    CAST(`t2`.`rate` AS DOUBLE) AS `rate`
                  FROM `exchange_rate` AS `t2`
                  WHERE
                    `t2`.`base` = 'USD'
                ) AS `t29`
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    `t2`.`base` AS `quote`,
                    `t2`.`valid_on`,
                    CAST(1 AS DOUBLE) / NULLIF(CAST(`t2`.`rate` AS DOUBLE), 0) AS `rate`
                  FROM `exchange_rate` AS `t2`
                  WHERE
                    `t2`.`quote` = 'USD'
                ) AS `t60`
              ) AS `t68`
                ON `t59`.`currency` = `t68`.`quote`
            ) AS `t95`
          ) AS `t120`
          WHERE
            `t120`.`order` = 0
        ) AS `t133`
      ) AS `t139`
    ) AS `t146`
      ON `t214`.`campaign_id` = `t146`.`campaign_id`
  ) AS `t216`
  WHERE
    `t216`.`campaign_id` IN (1)
    AND (
      (
        `t216`.`bot_link_clicks` IS NOT NULL AND NOT ISNAN(`t216`.`bot_link_clicks`)
      )
      OR (
        `t216`.`bounced_sessions` IS NOT NULL AND NOT ISNAN(`t216`.`bounced_sessions`)
      )
      OR (
        `t216`.`brand_followers_expected_gain` IS NOT NULL
        AND NOT ISNAN(`t216`.`brand_followers_expected_gain`)
      )
      OR (
        `t216`.`brand_followers_gained` IS NOT NULL
        AND NOT ISNAN(`t216`.`brand_followers_gained`)
      )
      OR (
        `t216`.`brand_followers_start` IS NOT NULL
        AND NOT ISNAN(`t216`.`brand_followers_start`)
      )
      OR (
        `t216`.`brand_mention_engagements` IS NOT NULL
        AND NOT ISNAN(`t216`.`brand_mention_engagements`)
      )
      OR (
        `t216`.`brand_mentions` IS NOT NULL AND NOT ISNAN(`t216`.`brand_mentions`)
      )
      OR (
        `t216`.`clicks` IS NOT NULL AND NOT ISNAN(`t216`.`clicks`)
      )
      OR (
        `t216`.`comments` IS NOT NULL AND NOT ISNAN(`t216`.`comments`)
      )
      OR (
        `t216`.`cost` IS NOT NULL AND NOT ISNAN(`t216`.`cost`)
      )
      OR (
        `t216`.`disclosed_sponsored_posts` IS NOT NULL
        AND NOT ISNAN(`t216`.`disclosed_sponsored_posts`)
      )
      OR (
        `t216`.`emv` IS NOT NULL AND NOT ISNAN(`t216`.`emv`)
      )
      OR (
        `t216`.`emv_authentic` IS NOT NULL AND NOT ISNAN(`t216`.`emv_authentic`)
      )
      OR (
        `t216`.`engagements` IS NOT NULL AND NOT ISNAN(`t216`.`engagements`)
      )
      OR (
        `t216`.`er_followers_post` IS NOT NULL AND NOT ISNAN(`t216`.`er_followers_post`)
      )
      OR (
        `t216`.`er_impressions_post` IS NOT NULL
        AND NOT ISNAN(`t216`.`er_impressions_post`)
      )
      OR (
        `t216`.`er_reach_post` IS NOT NULL AND NOT ISNAN(`t216`.`er_reach_post`)
      )
      OR (
        `t216`.`er_views_post` IS NOT NULL AND NOT ISNAN(`t216`.`er_views_post`)
      )
      OR (
        `t216`.`followers` IS NOT NULL AND NOT ISNAN(`t216`.`followers`)
      )
      OR (
        `t216`.`followers_expected_gain` IS NOT NULL
        AND NOT ISNAN(`t216`.`followers_expected_gain`)
      )
      OR (
        `t216`.`followers_gained` IS NOT NULL AND NOT ISNAN(`t216`.`followers_gained`)
      )
      OR (
        `t216`.`followers_start` IS NOT NULL AND NOT ISNAN(`t216`.`followers_start`)
      )
      OR (
        `t216`.`impressions` IS NOT NULL AND NOT ISNAN(`t216`.`impressions`)
      )
      OR (
        `t216`.`impressions_with_estimates` IS NOT NULL
        AND NOT ISNAN(`t216`.`impressions_with_estimates`)
      )
      OR (
        `t216`.`influencers_contacted` IS NOT NULL
        AND NOT ISNAN(`t216`.`influencers_contacted`)
      )
      OR (
        `t216`.`influencers_interested` IS NOT NULL
        AND NOT ISNAN(`t216`.`influencers_interested`)
      )
      OR (
        `t216`.`key_events` IS NOT NULL AND NOT ISNAN(`t216`.`key_events`)
      )
      OR (
        `t216`.`key_message_posts` IS NOT NULL AND NOT ISNAN(`t216`.`key_message_posts`)
      )
      OR (
        `t216`.`key_messages` IS NOT NULL AND NOT ISNAN(`t216`.`key_messages`)
      )
      OR (
        `t216`.`likes` IS NOT NULL AND NOT ISNAN(`t216`.`likes`)
      )
      OR (
        `t216`.`link_clicks` IS NOT NULL AND NOT ISNAN(`t216`.`link_clicks`)
      )
      OR (
        `t216`.`mention_engagements` IS NOT NULL
        AND NOT ISNAN(`t216`.`mention_engagements`)
      )
      OR (
        `t216`.`mentions` IS NOT NULL AND NOT ISNAN(`t216`.`mentions`)
      )
      OR (
        `t216`.`new_customers` IS NOT NULL AND NOT ISNAN(`t216`.`new_customers`)
      )
      OR (
        `t216`.`new_users` IS NOT NULL AND NOT ISNAN(`t216`.`new_users`)
      )
      OR (
        `t216`.`orders` IS NOT NULL AND NOT ISNAN(`t216`.`orders`)
      )
      OR (
        `t216`.`page_views` IS NOT NULL AND NOT ISNAN(`t216`.`page_views`)
      )
      OR (
        (
          `t216`.`cost` / (
            CASE
              WHEN `t216`.`platform` = 'tiktok'
              THEN CAST(NULL AS DOUBLE)
              WHEN `t216`.`platform` = 'youtube'
              THEN CAST(NULL AS DOUBLE)
              ELSE 1.88
            END * `t216`.`paid_rate`
          )
        ) IS NOT NULL
        AND NOT ISNAN(
          `t216`.`cost` / (
            CASE
              WHEN `t216`.`platform` = 'tiktok'
              THEN CAST(NULL AS DOUBLE)
              WHEN `t216`.`platform` = 'youtube'
              THEN CAST(NULL AS DOUBLE)
              ELSE 1.88
            END * `t216`.`paid_rate`
          )
        )
      )
      OR (
        (
          (
            `t216`.`cost` / (
              CASE
                WHEN `t216`.`platform` = 'tiktok'
                THEN 7.5
                WHEN `t216`.`platform` = 'youtube'
                THEN 3.53
                ELSE 19.8
              END * `t216`.`paid_rate`
            )
          ) * 1000
        ) IS NOT NULL
        AND NOT ISNAN(
          (
            `t216`.`cost` / (
              CASE
                WHEN `t216`.`platform` = 'tiktok'
                THEN 7.5
                WHEN `t216`.`platform` = 'youtube'
                THEN 3.53
                ELSE 19.8
              END * `t216`.`paid_rate`
            )
          ) * 1000
        )
      )
      OR (
        (
          `t216`.`cost` / (
            CASE WHEN `t216`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t216`.`paid_rate`
          )
        ) IS NOT NULL
        AND NOT ISNAN(
          `t216`.`cost` / (
            CASE WHEN `t216`.`platform` = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * `t216`.`paid_rate`
          )
        )
      )
      OR (
        `t216`.`post_id` IS NOT NULL
      )
      OR (
        `t216`.`post_platform` IS NOT NULL
      )
      OR (
        `t216`.`posts_contracted` IS NOT NULL AND NOT ISNAN(`t216`.`posts_contracted`)
      )
      OR (
        `t216`.`products_sent` IS NOT NULL AND NOT ISNAN(`t216`.`products_sent`)
      )
      OR (
        `t216`.`publishing_influencer` IS NOT NULL
        AND NOT ISNAN(`t216`.`publishing_influencer`)
      )
      OR (
        `t216`.`reach` IS NOT NULL AND NOT ISNAN(`t216`.`reach`)
      )
      OR (
        `t216`.`revenue` IS NOT NULL AND NOT ISNAN(`t216`.`revenue`)
      )
      OR (
        `t216`.`saves` IS NOT NULL AND NOT ISNAN(`t216`.`saves`)
      )
      OR (
        `t216`.`session_seconds` IS NOT NULL AND NOT ISNAN(`t216`.`session_seconds`)
      )
      OR (
        `t216`.`sessions` IS NOT NULL AND NOT ISNAN(`t216`.`sessions`)
      )
      OR (
        `t216`.`shares` IS NOT NULL AND NOT ISNAN(`t216`.`shares`)
      )
      OR (
        `t216`.`sponsored_posts` IS NOT NULL AND NOT ISNAN(`t216`.`sponsored_posts`)
      )
      OR (
        `t216`.`ugc_post` IS NOT NULL AND NOT ISNAN(`t216`.`ugc_post`)
      )
      OR (
        `t216`.`unique_link_clicks` IS NOT NULL
        AND NOT ISNAN(`t216`.`unique_link_clicks`)
      )
      OR (
        `t216`.`views` IS NOT NULL AND NOT ISNAN(`t216`.`views`)
      )
    )
)
SELECT
  `t228`.`week`,
  `t228`.`key_messages`,
  `t228`.`platforms_selected`,
  `t228`.`influencers_contacted`,
  `t228`.`influencers_interested`,
  (
    `t228`.`influencers_interested` / NULLIF(`t228`.`influencers_contacted`, 0)
  ) * 100 AS `influencers_interested_rate`,
  `t228`.`influencers_activated`,
  `t228`.`products_sent`,
  `t228`.`reach`,
  `t228`.`impressions`,
  `t228`.`views`,
  `t228`.`impressions_with_estimates`,
  (
    `t228`.`reach_rate__first` / NULLIF(`t228`.`reach_rate__second`, 0)
  ) * 100 AS `reach_rate`,
  `t228`.`brand_mentions`,
  (
    `t228`.`brand_mentions` / NULLIF(`t228`.`mentions`, 0)
  ) * 100 AS `share_of_voice`,
  (
    `t228`.`brand_mention_engagements` / NULLIF(`t228`.`mention_engagements`, 0)
  ) * 100 AS `share_of_engagement`,
  `t228`.`key_message_posts`,
  (
    `t228`.`key_message_posts` / NULLIF(CAST(`t228`.`posts` AS DOUBLE), 0)
  ) * 100 AS `key_message_rate`,
  `t228`.`posts`,
  `t228`.`posts_contracted`,
  (
    CAST(`t228`.`posts` AS DOUBLE) / NULLIF(`t228`.`posts_contracted`, 0)
  ) * 100 AS `posts_delivery_rate`,
  `t228`.`ugc_posts`,
  `t228`.`likes`,
  `t228`.`comments`,
  `t228`.`shares`,
  `t228`.`saves`,
  `t228`.`engagements`,
  (
    `t228`.`engagement_rate_reach__first` / NULLIF(`t228`.`engagement_rate_reach__second`, 0)
  ) * 100 AS `engagement_rate_reach`,
  (
    `t228`.`engagement_rate_followers__first` / NULLIF(`t228`.`engagement_rate_followers__second`, 0)
  ) * 100 AS `engagement_rate_followers`,
  `t228`.`er_reach_post_mean` AS `engagement_rate_reach_post_mean`,
  `t228`.`er_reach_post_median` AS `engagement_rate_reach_post_median`,
  `t228`.`er_reach_account_mean` AS `engagement_rate_reach_account_mean`,
  `t228`.`er_reach_account_median` AS `engagement_rate_reach_account_median`,
  `t228`.`er_followers_post_mean` AS `engagement_rate_followers_post_mean`,
  `t228`.`er_followers_post_median` AS `engagement_rate_followers_post_median`,
  `t228`.`er_followers_account_mean` AS `engagement_rate_followers_account_mean`,
  `t228`.`er_followers_account_median` AS `engagement_rate_followers_account_median`,
  (
    `t228`.`engagement_rate_impressions__first` / NULLIF(`t228`.`engagement_rate_impressions__second`, 0)
  ) * 100 AS `engagement_rate_impressions`,
  `t228`.`er_impressions_post_mean` AS `engagement_rate_impressions_post_mean`,
  `t228`.`er_impressions_post_median` AS `engagement_rate_impressions_post_median`,
  `t228`.`er_impressions_account_mean` AS `engagement_rate_impressions_account_mean`,
  `t228`.`er_impressions_account_median` AS `engagement_rate_impressions_account_median`,
  (
    `t228`.`engagement_rate_views__first` / NULLIF(`t228`.`engagement_rate_views__second`, 0)
  ) * 100 AS `engagement_rate_views`,
  `t228`.`er_views_post_mean` AS `engagement_rate_views_post_mean`,
  `t228`.`er_views_post_median` AS `engagement_rate_views_post_median`,
  `t228`.`er_views_account_mean` AS `engagement_rate_views_account_mean`,
  `t228`.`er_views_account_median` AS `engagement_rate_views_account_median`,
  `t228`.`clicks` AS `platform_link_clicks`,
  `t228`.`followers_gained`,
  (
    `t228`.`follower_growth_rate__first` / NULLIF(`t228`.`follower_growth_rate__second`, 0)
  ) * 100 AS `follower_growth_rate`,
  `t228`.`followers_gained_above_trend__first` - `t228`.`followers_gained_above_trend__second` AS `followers_gained_above_trend`,
  `t228`.`brand_followers_gained`,
  (
    `t228`.`brand_follower_growth_rate__first` / NULLIF(`t228`.`brand_follower_growth_rate__second`, 0)
  ) * 100 AS `brand_follower_growth_rate`,
  `t228`.`brand_followers_gained_above_trend__first` - `t228`.`brand_followers_gained_above_trend__second` AS `brand_followers_gained_above_trend`,
  `t228`.`link_clicks` AS `tracked_clicks`,
  `t228`.`unique_link_clicks` AS `unique_clicks`,
  `t228`.`bot_link_clicks` AS `bot_clicks`,
  (
    `t228`.`link_clicks` / NULLIF(`t228`.`impressions_with_estimates`, 0)
  ) * 100 AS `click_through_rate`,
  `t228`.`sessions`,
  `t228`.`new_users`,
  (
    `t228`.`bounced_sessions` / NULLIF(`t228`.`sessions`, 0)
  ) * 100 AS `bounce_rate`,
  `t228`.`session_seconds` / NULLIF(`t228`.`sessions`, 0) AS `average_session_duration`,
  `t228`.`page_views` / NULLIF(`t228`.`sessions`, 0) AS `pages_per_session`,
  `t228`.`key_events` AS `leads`,
  `t228`.`orders` AS `conversions`,
  (
    `t228`.`orders` / NULLIF(`t228`.`unique_link_clicks`, 0)
  ) * 100 AS `conversion_rate`,
  `t228`.`revenue`,
  `t228`.`revenue` / NULLIF(`t228`.`orders`, 0) AS `average_order_value`,
  `t228`.`new_customers`,
  `t228`.`revenue` / NULLIF(`t228`.`cost`, 0) AS `return_on_ad_spend`,
  (
    (
      `t228`.`revenue` - `t228`.`cost`
    ) / NULLIF(`t228`.`cost`, 0)
  ) * 100 AS `return_on_investment`,
  (
    (
      `t228`.`revenue` - `t228`.`cost`
    ) / NULLIF(`t228`.`revenue`, 0)
  ) * 100 AS `profitability`,
  `t228`.`sponsored_posts`,
  `t228`.`disclosed_sponsored_posts`,
  (
    `t228`.`disclosed_sponsored_posts` / NULLIF(`t228`.`sponsored_posts`, 0)
  ) * 100 AS `disclosure_rate`,
  `t228`.`cost`,
  (
    `t228`.`cost` / NULLIF(`t228`.`impressions_with_estimates`, 0)
  ) * 1000 AS `cost_per_mille`,
  `t228`.`cost` / NULLIF(`t228`.`engagements`, 0) AS `cost_per_engagement`,
  `t228`.`cost` / NULLIF(`t228`.`views`, 0) AS `cost_per_view`,
  `t228`.`cost` / NULLIF(`t228`.`brand_followers_gained`, 0) AS `cost_per_new_follower`,
  `t228`.`cost` / NULLIF(`t228`.`link_clicks`, 0) AS `cost_per_click`,
  `t228`.`cost` / NULLIF(`t228`.`orders`, 0) AS `cost_per_acquisition`,
  `t228`.`cost` / NULLIF(`t228`.`new_customers`, 0) AS `customer_acquisition_cost`,
  `t228`.`cost` / NULLIF(`t228`.`key_events`, 0) AS `cost_per_lead`,
  `t228`.`emv`,
  `t228`.`emv_authentic`,
  `t228`.`emv` / NULLIF(`t228`.`cost`, 0) AS `emv_per_cost`,
  `t228`.`paid_impressions` AS `paid_equivalent_impressions`,
  `t228`.`paid_clicks` AS `paid_equivalent_clicks`,
  `t228`.`paid_views` AS `paid_equivalent_views`,
  (
    `t228`.`impressions_vs_paid__first` / NULLIF(`t228`.`impressions_vs_paid__second`, 0)
  ) * 100 AS `impressions_vs_paid`,
  (
    `t228`.`clicks_vs_paid__first` / NULLIF(`t228`.`clicks_vs_paid__second`, 0)
  ) * 100 AS `clicks_vs_paid`,
  (
    `t228`.`views_vs_paid__first` / NULLIF(`t228`.`views_vs_paid__second`, 0)
  ) * 100 AS `views_vs_paid`,
  IF(
    `t228`.`key_messages` IS NOT NULL AND NOT ISNAN(`t228`.`key_messages`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `key_messages__provenance`,
  IF(`t228`.`platforms_selected` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS BIGINT)) AS `platforms_selected__provenance`,
  IF(
    `t228`.`influencers_contacted` IS NOT NULL
    AND NOT ISNAN(`t228`.`influencers_contacted`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `influencers_contacted__provenance`,
  IF(
    `t228`.`influencers_interested` IS NOT NULL
    AND NOT ISNAN(`t228`.`influencers_interested`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `influencers_interested__provenance`,
  IF(
    (
      (
        `t228`.`influencers_interested` / NULLIF(`t228`.`influencers_contacted`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t228`.`influencers_interested` / NULLIF(`t228`.`influencers_contacted`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `influencers_interested_rate__provenance`,
  IF(`t228`.`influencers_activated` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS BIGINT)) AS `influencers_activated__provenance`,
  IF(
    `t228`.`products_sent` IS NOT NULL AND NOT ISNAN(`t228`.`products_sent`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `products_sent__provenance`,
  IF(
    `t228`.`reach` IS NOT NULL AND NOT ISNAN(`t228`.`reach`),
    COALESCE(`t228`.`reach__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `reach__provenance`,
  IF(
    `t228`.`impressions` IS NOT NULL AND NOT ISNAN(`t228`.`impressions`),
    COALESCE(`t228`.`impressions__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `impressions__provenance`,
  IF(
    `t228`.`views` IS NOT NULL AND NOT ISNAN(`t228`.`views`),
    COALESCE(`t228`.`views__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `views__provenance`,
  IF(
    `t228`.`impressions_with_estimates` IS NOT NULL
    AND NOT ISNAN(`t228`.`impressions_with_estimates`),
    COALESCE(`t228`.`impressions_with_estimates__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `impressions_with_estimates__provenance`,
  IF(
    (
      (
        `t228`.`reach_rate__first` / NULLIF(`t228`.`reach_rate__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN((
      `t228`.`reach_rate__first` / NULLIF(`t228`.`reach_rate__second`, 0)
    ) * 100),
    COALESCE(`t228`.`reach_rate__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `reach_rate__provenance`,
  IF(
    `t228`.`brand_mentions` IS NOT NULL AND NOT ISNAN(`t228`.`brand_mentions`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `brand_mentions__provenance`,
  IF(
    (
      (
        `t228`.`brand_mentions` / NULLIF(`t228`.`mentions`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN((
      `t228`.`brand_mentions` / NULLIF(`t228`.`mentions`, 0)
    ) * 100),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `share_of_voice__provenance`,
  IF(
    (
      (
        `t228`.`brand_mention_engagements` / NULLIF(`t228`.`mention_engagements`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t228`.`brand_mention_engagements` / NULLIF(`t228`.`mention_engagements`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `share_of_engagement__provenance`,
  IF(
    `t228`.`key_message_posts` IS NOT NULL AND NOT ISNAN(`t228`.`key_message_posts`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `key_message_posts__provenance`,
  IF(
    (
      (
        `t228`.`key_message_posts` / NULLIF(CAST(`t228`.`posts` AS DOUBLE), 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t228`.`key_message_posts` / NULLIF(CAST(`t228`.`posts` AS DOUBLE), 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `key_message_rate__provenance`,
  IF(`t228`.`posts` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS BIGINT)) AS `posts__provenance`,
  IF(
    `t228`.`posts_contracted` IS NOT NULL AND NOT ISNAN(`t228`.`posts_contracted`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `posts_contracted__provenance`,
  IF(
    (
      (
        CAST(`t228`.`posts` AS DOUBLE) / NULLIF(`t228`.`posts_contracted`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        CAST(`t228`.`posts` AS DOUBLE) / NULLIF(`t228`.`posts_contracted`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `posts_delivery_rate__provenance`,
  IF(`t228`.`ugc_posts` IS NOT NULL, COALESCE(0, 0), CAST(NULL AS BIGINT)) AS `ugc_posts__provenance`,
  IF(
    `t228`.`likes` IS NOT NULL AND NOT ISNAN(`t228`.`likes`),
    COALESCE(`t228`.`likes__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `likes__provenance`,
  IF(
    `t228`.`comments` IS NOT NULL AND NOT ISNAN(`t228`.`comments`),
    COALESCE(`t228`.`comments__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `comments__provenance`,
  IF(
    `t228`.`shares` IS NOT NULL AND NOT ISNAN(`t228`.`shares`),
    COALESCE(`t228`.`shares__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `shares__provenance`,
  IF(
    `t228`.`saves` IS NOT NULL AND NOT ISNAN(`t228`.`saves`),
    COALESCE(`t228`.`saves__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `saves__provenance`,
  IF(
    `t228`.`engagements` IS NOT NULL AND NOT ISNAN(`t228`.`engagements`),
    COALESCE(`t228`.`engagements__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagements__provenance`,
  IF(
    (
      (
        `t228`.`engagement_rate_reach__first` / NULLIF(`t228`.`engagement_rate_reach__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t228`.`engagement_rate_reach__first` / NULLIF(`t228`.`engagement_rate_reach__second`, 0)
      ) * 100
    ),
    COALESCE(`t228`.`engagement_rate_reach__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_reach__provenance`,
  IF(
    (
      (
        `t228`.`engagement_rate_followers__first` / NULLIF(`t228`.`engagement_rate_followers__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t228`.`engagement_rate_followers__first` / NULLIF(`t228`.`engagement_rate_followers__second`, 0)
      ) * 100
    ),
    COALESCE(`t228`.`engagement_rate_followers__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers__provenance`,
  IF(
    `t228`.`er_reach_post_mean` IS NOT NULL
    AND NOT ISNAN(`t228`.`er_reach_post_mean`),
    COALESCE(`t228`.`er_reach_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_reach_post_mean__provenance`,
  IF(
    `t228`.`er_reach_post_median` IS NOT NULL
    AND NOT ISNAN(`t228`.`er_reach_post_median`),
    COALESCE(`t228`.`er_reach_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_reach_post_median__provenance`,
  IF(
    `t228`.`er_reach_account_mean` IS NOT NULL
    AND NOT ISNAN(`t228`.`er_reach_account_mean`),
    COALESCE(`t228`.`er_reach_account_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_reach_account_mean__provenance`,
  IF(
    `t228`.`er_reach_account_median` IS NOT NULL
    AND NOT ISNAN(`t228`.`er_reach_account_median`),
    COALESCE(`t228`.`er_reach_account_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_reach_account_median__provenance`,
  IF(
    `t228`.`er_followers_post_mean` IS NOT NULL
    AND NOT ISNAN(`t228`.`er_followers_post_mean`),
    COALESCE(`t228`.`er_followers_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers_post_mean__provenance`,
  IF(
    `t228`.`er_followers_post_median` IS NOT NULL
    AND NOT ISNAN(`t228`.`er_followers_post_median`),
    COALESCE(`t228`.`er_followers_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers_post_median__provenance`,
  IF(
    `t228`.`er_followers_account_mean` IS NOT NULL
    AND NOT ISNAN(`t228`.`er_followers_account_mean`),
    COALESCE(`t228`.`er_followers_account_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers_account_mean__provenance`,
  IF(
    `t228`.`er_followers_account_median` IS NOT NULL
    AND NOT ISNAN(`t228`.`er_followers_account_median`),
    COALESCE(`t228`.`er_followers_account_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_followers_account_median__provenance`,
  IF(
    (
      (
        `t228`.`engagement_rate_impressions__first` / NULLIF(`t228`.`engagement_rate_impressions__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t228`.`engagement_rate_impressions__first` / NULLIF(`t228`.`engagement_rate_impressions__second`, 0)
      ) * 100
    ),
    COALESCE(`t228`.`engagement_rate_impressions__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions__provenance`,
  IF(
    `t228`.`er_impressions_post_mean` IS NOT NULL
    AND NOT ISNAN(`t228`.`er_impressions_post_mean`),
    COALESCE(`t228`.`er_impressions_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions_post_mean__provenance`,
  IF(
    `t228`.`er_impressions_post_median` IS NOT NULL
    AND NOT ISNAN(`t228`.`er_impressions_post_median`),
    COALESCE(`t228`.`er_impressions_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions_post_median__provenance`,
  IF(
    `t228`.`er_impressions_account_mean` IS NOT NULL
    AND NOT ISNAN(`t228`.`er_impressions_account_mean`),
    COALESCE(`t228`.`er_impressions_account_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions_account_mean__provenance`,
  IF(
    `t228`.`er_impressions_account_median` IS NOT NULL
    AND NOT ISNAN(`t228`.`er_impressions_account_median`),
    COALESCE(`t228`.`er_impressions_account_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_impressions_account_median__provenance`,
  IF(
    (
      (
        `t228`.`engagement_rate_views__first` / NULLIF(`t228`.`engagement_rate_views__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t228`.`engagement_rate_views__first` / NULLIF(`t228`.`engagement_rate_views__second`, 0)
      ) * 100
    ),
    COALESCE(`t228`.`engagement_rate_views__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views__provenance`,
  IF(
    `t228`.`er_views_post_mean` IS NOT NULL
    AND NOT ISNAN(`t228`.`er_views_post_mean`),
    COALESCE(`t228`.`er_views_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views_post_mean__provenance`,
  IF(
    `t228`.`er_views_post_median` IS NOT NULL
    AND NOT ISNAN(`t228`.`er_views_post_median`),
    COALESCE(`t228`.`er_views_post_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views_post_median__provenance`,
  IF(
    `t228`.`er_views_account_mean` IS NOT NULL
    AND NOT ISNAN(`t228`.`er_views_account_mean`),
    COALESCE(`t228`.`er_views_account_mean__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views_account_mean__provenance`,
  IF(
    `t228`.`er_views_account_median` IS NOT NULL
    AND NOT ISNAN(`t228`.`er_views_account_median`),
    COALESCE(`t228`.`er_views_account_median__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `engagement_rate_views_account_median__provenance`,
  IF(
    `t228`.`clicks` IS NOT NULL AND NOT ISNAN(`t228`.`clicks`),
    COALESCE(`t228`.`clicks__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `platform_link_clicks__provenance`,
  IF(
    `t228`.`followers_gained` IS NOT NULL AND NOT ISNAN(`t228`.`followers_gained`),
    COALESCE(`t228`.`followers_gained__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `followers_gained__provenance`,
  IF(
    (
      (
        `t228`.`follower_growth_rate__first` / NULLIF(`t228`.`follower_growth_rate__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t228`.`follower_growth_rate__first` / NULLIF(`t228`.`follower_growth_rate__second`, 0)
      ) * 100
    ),
    COALESCE(`t228`.`follower_growth_rate__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `follower_growth_rate__provenance`,
  IF(
    (
      `t228`.`followers_gained_above_trend__first` - `t228`.`followers_gained_above_trend__second`
    ) IS NOT NULL
    AND NOT ISNAN(
      `t228`.`followers_gained_above_trend__first` - `t228`.`followers_gained_above_trend__second`
    ),
    COALESCE(`t228`.`followers_gained_above_trend__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `followers_gained_above_trend__provenance`,
  IF(
    `t228`.`brand_followers_gained` IS NOT NULL
    AND NOT ISNAN(`t228`.`brand_followers_gained`),
    COALESCE(`t228`.`brand_followers_gained__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `brand_followers_gained__provenance`,
  IF(
    (
      (
        `t228`.`brand_follower_growth_rate__first` / NULLIF(`t228`.`brand_follower_growth_rate__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t228`.`brand_follower_growth_rate__first` / NULLIF(`t228`.`brand_follower_growth_rate__second`, 0)
      ) * 100
    ),
    COALESCE(`t228`.`brand_follower_growth_rate__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `brand_follower_growth_rate__provenance`,
  IF(
    (
      `t228`.`brand_followers_gained_above_trend__first` - `t228`.`brand_followers_gained_above_trend__second`
    ) IS NOT NULL
    AND NOT ISNAN(
      `t228`.`brand_followers_gained_above_trend__first` - `t228`.`brand_followers_gained_above_trend__second`
    ),
    COALESCE(`t228`.`brand_followers_gained_above_trend__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `brand_followers_gained_above_trend__provenance`,
  IF(
    `t228`.`link_clicks` IS NOT NULL AND NOT ISNAN(`t228`.`link_clicks`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `tracked_clicks__provenance`,
  IF(
    `t228`.`unique_link_clicks` IS NOT NULL
    AND NOT ISNAN(`t228`.`unique_link_clicks`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `unique_clicks__provenance`,
  IF(
    `t228`.`bot_link_clicks` IS NOT NULL AND NOT ISNAN(`t228`.`bot_link_clicks`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `bot_clicks__provenance`,
  IF(
    (
      (
        `t228`.`link_clicks` / NULLIF(`t228`.`impressions_with_estimates`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t228`.`link_clicks` / NULLIF(`t228`.`impressions_with_estimates`, 0)
      ) * 100
    ),
    COALESCE(`t228`.`impressions_with_estimates__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `click_through_rate__provenance`,
  IF(
    `t228`.`sessions` IS NOT NULL AND NOT ISNAN(`t228`.`sessions`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `sessions__provenance`,
  IF(
    `t228`.`new_users` IS NOT NULL AND NOT ISNAN(`t228`.`new_users`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `new_users__provenance`,
  IF(
    (
      (
        `t228`.`bounced_sessions` / NULLIF(`t228`.`sessions`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN((
      `t228`.`bounced_sessions` / NULLIF(`t228`.`sessions`, 0)
    ) * 100),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `bounce_rate__provenance`,
  IF(
    (
      `t228`.`session_seconds` / NULLIF(`t228`.`sessions`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t228`.`session_seconds` / NULLIF(`t228`.`sessions`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `average_session_duration__provenance`,
  IF(
    (
      `t228`.`page_views` / NULLIF(`t228`.`sessions`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t228`.`page_views` / NULLIF(`t228`.`sessions`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `pages_per_session__provenance`,
  IF(
    `t228`.`key_events` IS NOT NULL AND NOT ISNAN(`t228`.`key_events`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `leads__provenance`,
  IF(
    `t228`.`orders` IS NOT NULL AND NOT ISNAN(`t228`.`orders`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `conversions__provenance`,
  IF(
    (
      (
        `t228`.`orders` / NULLIF(`t228`.`unique_link_clicks`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN((
      `t228`.`orders` / NULLIF(`t228`.`unique_link_clicks`, 0)
    ) * 100),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `conversion_rate__provenance`,
  IF(
    `t228`.`revenue` IS NOT NULL AND NOT ISNAN(`t228`.`revenue`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `revenue__provenance`,
  IF(
    (
      `t228`.`revenue` / NULLIF(`t228`.`orders`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t228`.`revenue` / NULLIF(`t228`.`orders`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `average_order_value__provenance`,
  IF(
    `t228`.`new_customers` IS NOT NULL AND NOT ISNAN(`t228`.`new_customers`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `new_customers__provenance`,
  IF(
    (
      `t228`.`revenue` / NULLIF(`t228`.`cost`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t228`.`revenue` / NULLIF(`t228`.`cost`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `return_on_ad_spend__provenance`,
  IF(
    (
      (
        (
          `t228`.`revenue` - `t228`.`cost`
        ) / NULLIF(`t228`.`cost`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        (
          `t228`.`revenue` - `t228`.`cost`
        ) / NULLIF(`t228`.`cost`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `return_on_investment__provenance`,
  IF(
    (
      (
        (
          `t228`.`revenue` - `t228`.`cost`
        ) / NULLIF(`t228`.`revenue`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        (
          `t228`.`revenue` - `t228`.`cost`
        ) / NULLIF(`t228`.`revenue`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `profitability__provenance`,
  IF(
    `t228`.`sponsored_posts` IS NOT NULL AND NOT ISNAN(`t228`.`sponsored_posts`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `sponsored_posts__provenance`,
  IF(
    `t228`.`disclosed_sponsored_posts` IS NOT NULL
    AND NOT ISNAN(`t228`.`disclosed_sponsored_posts`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `disclosed_sponsored_posts__provenance`,
  IF(
    (
      (
        `t228`.`disclosed_sponsored_posts` / NULLIF(`t228`.`sponsored_posts`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t228`.`disclosed_sponsored_posts` / NULLIF(`t228`.`sponsored_posts`, 0)
      ) * 100
    ),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `disclosure_rate__provenance`,
  IF(
    `t228`.`cost` IS NOT NULL AND NOT ISNAN(`t228`.`cost`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost__provenance`,
  IF(
    (
      (
        `t228`.`cost` / NULLIF(`t228`.`impressions_with_estimates`, 0)
      ) * 1000
    ) IS NOT NULL
    AND NOT ISNAN((
      `t228`.`cost` / NULLIF(`t228`.`impressions_with_estimates`, 0)
    ) * 1000),
    COALESCE(`t228`.`impressions_with_estimates__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_mille__provenance`,
  IF(
    (
      `t228`.`cost` / NULLIF(`t228`.`engagements`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t228`.`cost` / NULLIF(`t228`.`engagements`, 0)),
    COALESCE(`t228`.`engagements__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_engagement__provenance`,
  IF(
    (
      `t228`.`cost` / NULLIF(`t228`.`views`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t228`.`cost` / NULLIF(`t228`.`views`, 0)),
    COALESCE(`t228`.`views__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_view__provenance`,
  IF(
    (
      `t228`.`cost` / NULLIF(`t228`.`brand_followers_gained`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t228`.`cost` / NULLIF(`t228`.`brand_followers_gained`, 0)),
    COALESCE(`t228`.`brand_followers_gained__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_new_follower__provenance`,
  IF(
    (
      `t228`.`cost` / NULLIF(`t228`.`link_clicks`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t228`.`cost` / NULLIF(`t228`.`link_clicks`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_click__provenance`,
  IF(
    (
      `t228`.`cost` / NULLIF(`t228`.`orders`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t228`.`cost` / NULLIF(`t228`.`orders`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_acquisition__provenance`,
  IF(
    (
      `t228`.`cost` / NULLIF(`t228`.`new_customers`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t228`.`cost` / NULLIF(`t228`.`new_customers`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `customer_acquisition_cost__provenance`,
  IF(
    (
      `t228`.`cost` / NULLIF(`t228`.`key_events`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t228`.`cost` / NULLIF(`t228`.`key_events`, 0)),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `cost_per_lead__provenance`,
  IF(
    `t228`.`emv` IS NOT NULL AND NOT ISNAN(`t228`.`emv`),
    COALESCE(`t228`.`emv__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `emv__provenance`,
  IF(
    `t228`.`emv_authentic` IS NOT NULL AND NOT ISNAN(`t228`.`emv_authentic`),
    COALESCE(`t228`.`emv_authentic__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `emv_authentic__provenance`,
  IF(
    (
      `t228`.`emv` / NULLIF(`t228`.`cost`, 0)
    ) IS NOT NULL
    AND NOT ISNAN(`t228`.`emv` / NULLIF(`t228`.`cost`, 0)),
    COALESCE(`t228`.`emv__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `emv_per_cost__provenance`,
  IF(
    `t228`.`paid_impressions` IS NOT NULL AND NOT ISNAN(`t228`.`paid_impressions`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `paid_equivalent_impressions__provenance`,
  IF(
    `t228`.`paid_clicks` IS NOT NULL AND NOT ISNAN(`t228`.`paid_clicks`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `paid_equivalent_clicks__provenance`,
  IF(
    `t228`.`paid_views` IS NOT NULL AND NOT ISNAN(`t228`.`paid_views`),
    COALESCE(0, 0),
    CAST(NULL AS BIGINT)
  ) AS `paid_equivalent_views__provenance`,
  IF(
    (
      (
        `t228`.`impressions_vs_paid__first` / NULLIF(`t228`.`impressions_vs_paid__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t228`.`impressions_vs_paid__first` / NULLIF(`t228`.`impressions_vs_paid__second`, 0)
      ) * 100
    ),
    COALESCE(`t228`.`impressions_vs_paid__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `impressions_vs_paid__provenance`,
  IF(
    (
      (
        `t228`.`clicks_vs_paid__first` / NULLIF(`t228`.`clicks_vs_paid__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t228`.`clicks_vs_paid__first` / NULLIF(`t228`.`clicks_vs_paid__second`, 0)
      ) * 100
    ),
    COALESCE(`t228`.`clicks_vs_paid__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `clicks_vs_paid__provenance`,
  IF(
    (
      (
        `t228`.`views_vs_paid__first` / NULLIF(`t228`.`views_vs_paid__second`, 0)
      ) * 100
    ) IS NOT NULL
    AND NOT ISNAN(
      (
        `t228`.`views_vs_paid__first` / NULLIF(`t228`.`views_vs_paid__second`, 0)
      ) * 100
    ),
    COALESCE(`t228`.`views_vs_paid__pair__provenance`, 0),
    CAST(NULL AS BIGINT)
  ) AS `views_vs_paid__provenance`
FROM (
  SELECT
    `t227`.`week`,
    `t227`.`key_messages`,
    `t227`.`platforms_selected`,
    `t227`.`influencers_contacted`,
    `t227`.`influencers_interested`,
    `t227`.`influencers_activated`,
    `t227`.`products_sent`,
    `t227`.`reach`,
    `t227`.`impressions`,
    `t227`.`views`,
    `t227`.`impressions_with_estimates`,
    `t227`.`reach_rate__first`,
    `t227`.`reach_rate__second`,
    `t227`.`brand_mentions`,
    `t227`.`mentions`,
    `t227`.`brand_mention_engagements`,
    `t227`.`mention_engagements`,
    `t227`.`key_message_posts`,
    `t227`.`posts`,
    `t227`.`posts_contracted`,
    `t227`.`ugc_posts`,
    `t227`.`likes`,
    `t227`.`comments`,
    `t227`.`shares`,
    `t227`.`saves`,
    `t227`.`engagements`,
    `t227`.`engagement_rate_reach__first`,
    `t227`.`engagement_rate_reach__second`,
    `t227`.`engagement_rate_followers__first`,
    `t227`.`engagement_rate_followers__second`,
    `t227`.`er_reach_post_mean`,
    `t227`.`er_reach_post_median`,
    `t227`.`er_followers_post_mean`,
    `t227`.`er_followers_post_median`,
    `t227`.`engagement_rate_impressions__first`,
    `t227`.`engagement_rate_impressions__second`,
    `t227`.`er_impressions_post_mean`,
    `t227`.`er_impressions_post_median`,
    `t227`.`engagement_rate_views__first`,
    `t227`.`engagement_rate_views__second`,
    `t227`.`er_views_post_mean`,
    `t227`.`er_views_post_median`,
    `t227`.`clicks`,
    `t227`.`followers_gained`,
    `t227`.`follower_growth_rate__first`,
    `t227`.`follower_growth_rate__second`,
    `t227`.`followers_gained_above_trend__first`,
    `t227`.`followers_gained_above_trend__second`,
    `t227`.`brand_followers_gained`,
    `t227`.`brand_follower_growth_rate__first`,
    `t227`.`brand_follower_growth_rate__second`,
    `t227`.`brand_followers_gained_above_trend__first`,
    `t227`.`brand_followers_gained_above_trend__second`,
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
    `t227`.`cost`,
    `t227`.`sponsored_posts`,
    `t227`.`disclosed_sponsored_posts`,
    `t227`.`emv`,
    `t227`.`emv_authentic`,
    `t227`.`paid_impressions`,
    `t227`.`paid_clicks`,
    `t227`.`paid_views`,
    `t227`.`impressions_vs_paid__first`,
    `t227`.`impressions_vs_paid__second`,
    `t227`.`clicks_vs_paid__first`,
    `t227`.`clicks_vs_paid__second`,
    `t227`.`views_vs_paid__first`,
    `t227`.`views_vs_paid__second`,
    `t227`.`reach__provenance`,
    `t227`.`impressions__provenance`,
    `t227`.`views__provenance`,
    `t227`.`impressions_with_estimates__provenance`,
    `t227`.`reach_rate__pair__provenance`,
    `t227`.`likes__provenance`,
    `t227`.`comments__provenance`,
    `t227`.`shares__provenance`,
    `t227`.`saves__provenance`,
    `t227`.`engagements__provenance`,
    `t227`.`engagement_rate_reach__pair__provenance`,
    `t227`.`engagement_rate_followers__pair__provenance`,
    `t227`.`er_reach_post_mean__provenance`,
    `t227`.`er_followers_post_mean__provenance`,
    `t227`.`engagement_rate_impressions__pair__provenance`,
    `t227`.`er_impressions_post_mean__provenance`,
    `t227`.`engagement_rate_views__pair__provenance`,
    `t227`.`er_views_post_mean__provenance`,
    `t227`.`clicks__provenance`,
    `t227`.`followers_gained__provenance`,
    `t227`.`follower_growth_rate__pair__provenance`,
    `t227`.`followers_gained_above_trend__pair__provenance`,
    `t227`.`brand_followers_gained__provenance`,
    `t227`.`brand_follower_growth_rate__pair__provenance`,
    `t227`.`brand_followers_gained_above_trend__pair__provenance`,
    `t227`.`emv__provenance`,
    `t227`.`emv_authentic__provenance`,
    `t227`.`impressions_vs_paid__pair__provenance`,
    `t227`.`clicks_vs_paid__pair__provenance`,
    `t227`.`views_vs_paid__pair__provenance`,
    `t225`.`er_reach_account_mean`,
    `t225`.`er_reach_account_median`,
    `t225`.`er_followers_account_mean`,
    `t225`.`er_followers_account_median`,
    `t225`.`er_impressions_account_mean`,
    `t225`.`er_impressions_account_median`,
    `t225`.`er_views_account_mean`,
    `t225`.`er_views_account_median`,
    `t225`.`er_reach_account_mean__provenance`,
    `t225`.`er_reach_account_median__provenance`,
    `t225`.`er_followers_account_mean__provenance`,
    `t225`.`er_followers_account_median__provenance`,
    `t225`.`er_impressions_account_mean__provenance`,
    `t225`.`er_impressions_account_median__provenance`,
    `t225`.`er_views_account_mean__provenance`,
    `t225`.`er_views_account_median__provenance`
  FROM (
    SELECT
      `t223`.`week`,
      `t223`.`key_messages`,
      `t223`.`platforms_selected`,
      `t223`.`influencers_contacted`,
      `t223`.`influencers_interested`,
      `t223`.`influencers_activated`,
      `t223`.`products_sent`,
      `t223`.`reach`,
      `t223`.`impressions`,
      `t223`.`views`,
      `t223`.`impressions_with_estimates`,
      `t223`.`reach_rate__first`,
      `t223`.`reach_rate__second`,
      `t223`.`brand_mentions`,
      `t223`.`mentions`,
      `t223`.`brand_mention_engagements`,
      `t223`.`mention_engagements`,
      `t223`.`key_message_posts`,
      `t223`.`posts`,
      `t223`.`posts_contracted`,
      `t223`.`ugc_posts`,
      `t223`.`likes`,
      `t223`.`comments`,
      `t223`.`shares`,
      `t223`.`saves`,
      `t223`.`engagements`,
      `t223`.`engagement_rate_reach__first`,
      `t223`.`engagement_rate_reach__second`,
      `t223`.`engagement_rate_followers__first`,
      `t223`.`engagement_rate_followers__second`,
      `t223`.`er_reach_post_mean`,
      `t223`.`er_reach_post_median`,
      `t223`.`er_followers_post_mean`,
      `t223`.`er_followers_post_median`,
      `t223`.`engagement_rate_impressions__first`,
      `t223`.`engagement_rate_impressions__second`,
      `t223`.`er_impressions_post_mean`,
      `t223`.`er_impressions_post_median`,
      `t223`.`engagement_rate_views__first`,
      `t223`.`engagement_rate_views__second`,
      `t223`.`er_views_post_mean`,
      `t223`.`er_views_post_median`,
      `t223`.`clicks`,
      `t223`.`followers_gained`,
      `t223`.`follower_growth_rate__first`,
      `t223`.`follower_growth_rate__second`,
      `t223`.`followers_gained_above_trend__first`,
      `t223`.`followers_gained_above_trend__second`,
      `t223`.`brand_followers_gained`,
      `t223`.`brand_follower_growth_rate__first`,
      `t223`.`brand_follower_growth_rate__second`,
      `t223`.`brand_followers_gained_above_trend__first`,
      `t223`.`brand_followers_gained_above_trend__second`,
      `t223`.`link_clicks`,
      `t223`.`unique_link_clicks`,
      `t223`.`bot_link_clicks`,
      `t223`.`sessions`,
      `t223`.`new_users`,
      `t223`.`bounced_sessions`,
      `t223`.`session_seconds`,
      `t223`.`page_views`,
      `t223`.`key_events`,
      `t223`.`orders`,
      `t223`.`revenue`,
      `t223`.`new_customers`,
      `t223`.`cost`,
      `t223`.`sponsored_posts`,
      `t223`.`disclosed_sponsored_posts`,
      `t223`.`emv`,
      `t223`.`emv_authentic`,
      `t223`.`paid_impressions`,
      `t223`.`paid_clicks`,
      `t223`.`paid_views`,
      `t223`.`impressions_vs_paid__first`,
      `t223`.`impressions_vs_paid__second`,
      `t223`.`clicks_vs_paid__first`,
      `t223`.`clicks_vs_paid__second`,
      `t223`.`views_vs_paid__first`,
      `t223`.`views_vs_paid__second`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 0)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 0)
        ) & 3
      ) AS `reach__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 2)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 2)
        ) & 3
      ) AS `impressions__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 4)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 4)
        ) & 3
      ) AS `views__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 6)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 6)
        ) & 3
      ) AS `impressions_with_estimates__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 8)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 8)
        ) & 3
      ) AS `reach_rate__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 10)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 10)
        ) & 3
      ) AS `likes__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 12)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 12)
        ) & 3
      ) AS `comments__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 14)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 14)
        ) & 3
      ) AS `shares__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 16)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 16)
        ) & 3
      ) AS `saves__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 18)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 18)
        ) & 3
      ) AS `engagements__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 20)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 20)
        ) & 3
      ) AS `engagement_rate_reach__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 22)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 22)
        ) & 3
      ) AS `engagement_rate_followers__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 24)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 24)
        ) & 3
      ) AS `er_reach_post_mean__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 26)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 26)
        ) & 3
      ) AS `er_followers_post_mean__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 28)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 28)
        ) & 3
      ) AS `engagement_rate_impressions__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 30)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 30)
        ) & 3
      ) AS `er_impressions_post_mean__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 32)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 32)
        ) & 3
      ) AS `engagement_rate_views__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 34)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 34)
        ) & 3
      ) AS `er_views_post_mean__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 36)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 36)
        ) & 3
      ) AS `clicks__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 38)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 38)
        ) & 3
      ) AS `followers_gained__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 40)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 40)
        ) & 3
      ) AS `follower_growth_rate__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 42)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 42)
        ) & 3
      ) AS `followers_gained_above_trend__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 44)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 44)
        ) & 3
      ) AS `brand_followers_gained__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 46)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 46)
        ) & 3
      ) AS `brand_follower_growth_rate__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 48)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 48)
        ) & 3
      ) AS `brand_followers_gained_above_trend__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 50)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 50)
        ) & 3
      ) AS `emv__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 52)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 52)
        ) & 3
      ) AS `emv_authentic__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 54)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 54)
        ) & 3
      ) AS `impressions_vs_paid__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 56)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 56)
        ) & 3
      ) AS `clicks_vs_paid__pair__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t223`.`ranks__0`, 58)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t223`.`ranks__0`, 58)
        ) & 3
      ) AS `views_vs_paid__pair__provenance`
    FROM (
      SELECT
        `t218`.`week`,
        SUM(`t218`.`key_messages`) AS `key_messages`,
        COUNT(DISTINCT `t218`.`post_platform`) AS `platforms_selected`,
        SUM(`t218`.`influencers_contacted`) AS `influencers_contacted`,
        SUM(`t218`.`influencers_interested`) AS `influencers_interested`,
        COUNT(DISTINCT `t218`.`publishing_influencer`) AS `influencers_activated`,
        SUM(`t218`.`products_sent`) AS `products_sent`,
        SUM(`t218`.`reach`) AS `reach`,
        SUM(`t218`.`impressions`) AS `impressions`,
        SUM(`t218`.`views`) AS `views`,
        SUM(`t218`.`impressions_with_estimates`) AS `impressions_with_estimates`,
        SUM(
          IF(
            `t218`.`reach` IS NOT NULL
            AND NOT ISNAN(`t218`.`reach`)
            AND (
              `t218`.`followers` IS NOT NULL AND NOT ISNAN(`t218`.`followers`)
            ),
            `t218`.`reach`,
            NULL
          )
        ) AS `reach_rate__first`,
        SUM(
          IF(
            `t218`.`reach` IS NOT NULL
            AND NOT ISNAN(`t218`.`reach`)
            AND (
              `t218`.`followers` IS NOT NULL AND NOT ISNAN(`t218`.`followers`)
            ),
            `t218`.`followers`,
            NULL
          )
        ) AS `reach_rate__second`,
        SUM(`t218`.`brand_mentions`) AS `brand_mentions`,
        SUM(`t218`.`mentions`) AS `mentions`,
        SUM(`t218`.`brand_mention_engagements`) AS `brand_mention_engagements`,
        SUM(`t218`.`mention_engagements`) AS `mention_engagements`,
        SUM(`t218`.`key_message_posts`) AS `key_message_posts`,
        COUNT(DISTINCT `t218`.`post_id`) AS `posts`,
        SUM(`t218`.`posts_contracted`) AS `posts_contracted`,
        COUNT(DISTINCT `t218`.`ugc_post`) AS `ugc_posts`,
        SUM(`t218`.`likes`) AS `likes`,
        SUM(`t218`.`comments`) AS `comments`,
        SUM(`t218`.`shares`) AS `shares`,
        SUM(`t218`.`saves`) AS `saves`,
        SUM(`t218`.`engagements`) AS `engagements`,
        SUM(
          IF(
            `t218`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t218`.`engagements`)
            AND (
              `t218`.`reach` IS NOT NULL AND NOT ISNAN(`t218`.`reach`)
            ),
            `t218`.`engagements`,
            NULL
          )
        ) AS `engagement_rate_reach__first`,
        SUM(
          IF(
            `t218`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t218`.`engagements`)
            AND (
              `t218`.`reach` IS NOT NULL AND NOT ISNAN(`t218`.`reach`)
            ),
            `t218`.`reach`,
            NULL
          )
        ) AS `engagement_rate_reach__second`,
        SUM(
          IF(
            `t218`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t218`.`engagements`)
            AND (
              `t218`.`followers` IS NOT NULL AND NOT ISNAN(`t218`.`followers`)
            ),
            `t218`.`engagements`,
            NULL
          )
        ) AS `engagement_rate_followers__first`,
        SUM(
          IF(
            `t218`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t218`.`engagements`)
            AND (
              `t218`.`followers` IS NOT NULL AND NOT ISNAN(`t218`.`followers`)
            ),
            `t218`.`followers`,
            NULL
          )
        ) AS `engagement_rate_followers__second`,
        AVG(`t218`.`er_reach_post`) AS `er_reach_post_mean`,
        PERCENTILE(`t218`.`er_reach_post`, 0.5) AS `er_reach_post_median`,
        AVG(`t218`.`er_followers_post`) AS `er_followers_post_mean`,
        PERCENTILE(`t218`.`er_followers_post`, 0.5) AS `er_followers_post_median`,
        SUM(
          IF(
            `t218`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t218`.`engagements`)
            AND (
              `t218`.`impressions` IS NOT NULL AND NOT ISNAN(`t218`.`impressions`)
            ),
            `t218`.`engagements`,
            NULL
          )
        ) AS `engagement_rate_impressions__first`,
        SUM(
          IF(
            `t218`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t218`.`engagements`)
            AND (
              `t218`.`impressions` IS NOT NULL AND NOT ISNAN(`t218`.`impressions`)
            ),
            `t218`.`impressions`,
            NULL
          )
        ) AS `engagement_rate_impressions__second`,
        AVG(`t218`.`er_impressions_post`) AS `er_impressions_post_mean`,
        PERCENTILE(`t218`.`er_impressions_post`, 0.5) AS `er_impressions_post_median`,
        SUM(
          IF(
            `t218`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t218`.`engagements`)
            AND (
              `t218`.`views` IS NOT NULL AND NOT ISNAN(`t218`.`views`)
            ),
            `t218`.`engagements`,
            NULL
          )
        ) AS `engagement_rate_views__first`,
        SUM(
          IF(
            `t218`.`engagements` IS NOT NULL
            AND NOT ISNAN(`t218`.`engagements`)
            AND (
              `t218`.`views` IS NOT NULL AND NOT ISNAN(`t218`.`views`)
            ),
            `t218`.`views`,
            NULL
          )
        ) AS `engagement_rate_views__second`,
        AVG(`t218`.`er_views_post`) AS `er_views_post_mean`,
        PERCENTILE(`t218`.`er_views_post`, 0.5) AS `er_views_post_median`,
        SUM(`t218`.`clicks`) AS `clicks`,
        SUM(`t218`.`followers_gained`) AS `followers_gained`,
        SUM(
          IF(
            `t218`.`followers_gained` IS NOT NULL
            AND NOT ISNAN(`t218`.`followers_gained`)
            AND (
              `t218`.`followers_start` IS NOT NULL AND NOT ISNAN(`t218`.`followers_start`)
            ),
            `t218`.`followers_gained`,
            NULL
          )
        ) AS `follower_growth_rate__first`,
        SUM(
          IF(
            `t218`.`followers_gained` IS NOT NULL
            AND NOT ISNAN(`t218`.`followers_gained`)
            AND (
              `t218`.`followers_start` IS NOT NULL AND NOT ISNAN(`t218`.`followers_start`)
            ),
            `t218`.`followers_start`,
            NULL
          )
        ) AS `follower_growth_rate__second`,
        SUM(
          IF(
            `t218`.`followers_gained` IS NOT NULL
            AND NOT ISNAN(`t218`.`followers_gained`)
            AND (
              `t218`.`followers_expected_gain` IS NOT NULL
              AND NOT ISNAN(`t218`.`followers_expected_gain`)
            ),
            `t218`.`followers_gained`,
            NULL
          )
        ) AS `followers_gained_above_trend__first`,
        SUM(
          IF(
            `t218`.`followers_gained` IS NOT NULL
            AND NOT ISNAN(`t218`.`followers_gained`)
            AND (
              `t218`.`followers_expected_gain` IS NOT NULL
              AND NOT ISNAN(`t218`.`followers_expected_gain`)
            ),
            `t218`.`followers_expected_gain`,
            NULL
          )
        ) AS `followers_gained_above_trend__second`,
        SUM(`t218`.`brand_followers_gained`) AS `brand_followers_gained`,
        SUM(
          IF(
            `t218`.`brand_followers_gained` IS NOT NULL
            AND NOT ISNAN(`t218`.`brand_followers_gained`)
            AND (
              `t218`.`brand_followers_start` IS NOT NULL
              AND NOT ISNAN(`t218`.`brand_followers_start`)
            ),
            `t218`.`brand_followers_gained`,
            NULL
          )
        ) AS `brand_follower_growth_rate__first`,
        SUM(
          IF(
            `t218`.`brand_followers_gained` IS NOT NULL
            AND NOT ISNAN(`t218`.`brand_followers_gained`)
            AND (
              `t218`.`brand_followers_start` IS NOT NULL
              AND NOT ISNAN(`t218`.`brand_followers_start`)
            ),
            `t218`.`brand_followers_start`,
            NULL
          )
        ) AS `brand_follower_growth_rate__second`,
        SUM(
          IF(
            `t218`.`brand_followers_gained` IS NOT NULL
            AND NOT ISNAN(`t218`.`brand_followers_gained`)
            AND (
              `t218`.`brand_followers_expected_gain` IS NOT NULL
              AND NOT ISNAN(`t218`.`brand_followers_expected_gain`)
            ),
            `t218`.`brand_followers_gained`,
            NULL
          )
        ) AS `brand_followers_gained_above_trend__first`,
        SUM(
          IF(
            `t218`.`brand_followers_gained` IS NOT NULL
            AND NOT ISNAN(`t218`.`brand_followers_gained`)
            AND (
              `t218`.`brand_followers_expected_gain` IS NOT NULL
              AND NOT ISNAN(`t218`.`brand_followers_expected_gain`)
            ),
            `t218`.`brand_followers_expected_gain`,
            NULL
          )
        ) AS `brand_followers_gained_above_trend__second`,
        SUM(`t218`.`link_clicks`) AS `link_clicks`,
        SUM(`t218`.`unique_link_clicks`) AS `unique_link_clicks`,
        SUM(`t218`.`bot_link_clicks`) AS `bot_link_clicks`,
        SUM(`t218`.`sessions`) AS `sessions`,
        SUM(`t218`.`new_users`) AS `new_users`,
        SUM(`t218`.`bounced_sessions`) AS `bounced_sessions`,
        SUM(`t218`.`session_seconds`) AS `session_seconds`,
        SUM(`t218`.`page_views`) AS `page_views`,
        SUM(`t218`.`key_events`) AS `key_events`,
        SUM(`t218`.`orders`) AS `orders`,
        SUM(`t218`.`revenue`) AS `revenue`,
        SUM(`t218`.`new_customers`) AS `new_customers`,
        SUM(`t218`.`cost`) AS `cost`,
        SUM(`t218`.`sponsored_posts`) AS `sponsored_posts`,
        SUM(`t218`.`disclosed_sponsored_posts`) AS `disclosed_sponsored_posts`,
        SUM(`t218`.`emv`) AS `emv`,
        SUM(`t218`.`emv_authentic`) AS `emv_authentic`,
        SUM(`t218`.`paid_impressions`) AS `paid_impressions`,
        SUM(`t218`.`paid_clicks`) AS `paid_clicks`,
        SUM(`t218`.`paid_views`) AS `paid_views`,
        SUM(
          IF(
            `t218`.`impressions_with_estimates` IS NOT NULL
            AND NOT ISNAN(`t218`.`impressions_with_estimates`)
            AND (
              `t218`.`paid_impressions` IS NOT NULL AND NOT ISNAN(`t218`.`paid_impressions`)
            ),
            `t218`.`impressions_with_estimates`,
            NULL
          )
        ) AS `impressions_vs_paid__first`,
        SUM(
          IF(
            `t218`.`impressions_with_estimates` IS NOT NULL
            AND NOT ISNAN(`t218`.`impressions_with_estimates`)
            AND (
              `t218`.`paid_impressions` IS NOT NULL AND NOT ISNAN(`t218`.`paid_impressions`)
            ),
            `t218`.`paid_impressions`,
            NULL
          )
        ) AS `impressions_vs_paid__second`,
        SUM(
          IF(
            `t218`.`clicks` IS NOT NULL
            AND NOT ISNAN(`t218`.`clicks`)
            AND (
              `t218`.`paid_clicks` IS NOT NULL AND NOT ISNAN(`t218`.`paid_clicks`)
            ),
            `t218`.`clicks`,
            NULL
          )
        ) AS `clicks_vs_paid__first`,
        SUM(
          IF(
            `t218`.`clicks` IS NOT NULL
            AND NOT ISNAN(`t218`.`clicks`)
            AND (
              `t218`.`paid_clicks` IS NOT NULL AND NOT ISNAN(`t218`.`paid_clicks`)
            ),
            `t218`.`paid_clicks`,
            NULL
          )
        ) AS `clicks_vs_paid__second`,
        SUM(
          IF(
            `t218`.`views` IS NOT NULL
            AND NOT ISNAN(`t218`.`views`)
            AND (
              `t218`.`paid_views` IS NOT NULL AND NOT ISNAN(`t218`.`paid_views`)
            ),
            `t218`.`views`,
            NULL
          )
        ) AS `views_vs_paid__first`,
        SUM(
          IF(
            `t218`.`views` IS NOT NULL
            AND NOT ISNAN(`t218`.`views`)
            AND (
              `t218`.`paid_views` IS NOT NULL AND NOT ISNAN(`t218`.`paid_views`)
            ),
            `t218`.`paid_views`,
            NULL
          )
        ) AS `views_vs_paid__second`,
        BIT_OR(
          (
            SHIFTLEFT(
              IF(
                `t218`.`reach` IS NOT NULL AND NOT ISNAN(`t218`.`reach`),
                COALESCE(`t218`.`reach__provenance`, 0),
                0
              ),
              0
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t218`.`impressions` IS NOT NULL AND NOT ISNAN(`t218`.`impressions`),
                COALESCE(`t218`.`impressions__provenance`, 0),
                0
              ),
              2
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t218`.`views` IS NOT NULL AND NOT ISNAN(`t218`.`views`),
                COALESCE(`t218`.`views__provenance`, 0),
                0
              ),
              4
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t218`.`impressions_with_estimates` IS NOT NULL
                AND NOT ISNAN(`t218`.`impressions_with_estimates`),
                COALESCE(`t218`.`impressions_with_estimates__provenance`, 0),
                0
              ),
              6
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t218`.`reach` IS NOT NULL
                AND NOT ISNAN(`t218`.`reach`)
                AND (
                  `t218`.`followers` IS NOT NULL AND NOT ISNAN(`t218`.`followers`)
                ),
                COALESCE(
                  NULLIF(
                    GREATEST(
                      COALESCE(`t218`.`reach__provenance`, -1),
                      COALESCE(`t218`.`followers__provenance`, -1)
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
                `t218`.`likes` IS NOT NULL AND NOT ISNAN(`t218`.`likes`),
                COALESCE(`t218`.`likes__provenance`, 0),
                0
              ),
              10
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t218`.`comments` IS NOT NULL AND NOT ISNAN(`t218`.`comments`),
                COALESCE(`t218`.`comments__provenance`, 0),
                0
              ),
              12
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t218`.`shares` IS NOT NULL AND NOT ISNAN(`t218`.`shares`),
                COALESCE(`t218`.`shares__provenance`, 0),
                0
              ),
              14
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t218`.`saves` IS NOT NULL AND NOT ISNAN(`t218`.`saves`),
                COALESCE(`t218`.`saves__provenance`, 0),
                0
              ),
              16
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t218`.`engagements` IS NOT NULL AND NOT ISNAN(`t218`.`engagements`),
                COALESCE(`t218`.`engagements__provenance`, 0),
                0
              ),
              18
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t218`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t218`.`engagements`)
                AND (
                  `t218`.`reach` IS NOT NULL AND NOT ISNAN(`t218`.`reach`)
                ),
                COALESCE(
                  NULLIF(
                    GREATEST(
                      COALESCE(`t218`.`engagements__provenance`, -1),
                      COALESCE(`t218`.`reach__provenance`, -1)
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
                `t218`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t218`.`engagements`)
                AND (
                  `t218`.`followers` IS NOT NULL AND NOT ISNAN(`t218`.`followers`)
                ),
                COALESCE(
                  NULLIF(
                    GREATEST(
                      COALESCE(`t218`.`engagements__provenance`, -1),
                      COALESCE(`t218`.`followers__provenance`, -1)
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
                `t218`.`er_reach_post` IS NOT NULL AND NOT ISNAN(`t218`.`er_reach_post`),
                COALESCE(`t218`.`er_reach_post__provenance`, 0),
                0
              ),
              24
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t218`.`er_followers_post` IS NOT NULL AND NOT ISNAN(`t218`.`er_followers_post`),
                COALESCE(`t218`.`er_followers_post__provenance`, 0),
                0
              ),
              26
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t218`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t218`.`engagements`)
                AND (
                  `t218`.`impressions` IS NOT NULL AND NOT ISNAN(`t218`.`impressions`)
                ),
                COALESCE(
                  NULLIF(
                    GREATEST(
                      COALESCE(`t218`.`engagements__provenance`, -1),
                      COALESCE(`t218`.`impressions__provenance`, -1)
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
                `t218`.`er_impressions_post` IS NOT NULL
                AND NOT ISNAN(`t218`.`er_impressions_post`),
                COALESCE(`t218`.`er_impressions_post__provenance`, 0),
                0
              ),
              30
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t218`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t218`.`engagements`)
                AND (
                  `t218`.`views` IS NOT NULL AND NOT ISNAN(`t218`.`views`)
                ),
                COALESCE(
                  NULLIF(
                    GREATEST(
                      COALESCE(`t218`.`engagements__provenance`, -1),
                      COALESCE(`t218`.`views__provenance`, -1)
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
                `t218`.`er_views_post` IS NOT NULL AND NOT ISNAN(`t218`.`er_views_post`),
                COALESCE(`t218`.`er_views_post__provenance`, 0),
                0
              ),
              34
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t218`.`clicks` IS NOT NULL AND NOT ISNAN(`t218`.`clicks`),
                COALESCE(`t218`.`clicks__provenance`, 0),
                0
              ),
              36
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t218`.`followers_gained` IS NOT NULL AND NOT ISNAN(`t218`.`followers_gained`),
                COALESCE(`t218`.`followers_gained__provenance`, 0),
                0
              ),
              38
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t218`.`followers_gained` IS NOT NULL
                AND NOT ISNAN(`t218`.`followers_gained`)
                AND (
                  `t218`.`followers_start` IS NOT NULL AND NOT ISNAN(`t218`.`followers_start`)
                ),
                COALESCE(
                  NULLIF(
                    GREATEST(
                      COALESCE(`t218`.`followers_gained__provenance`, -1),
                      COALESCE(`t218`.`followers_start__provenance`, -1)
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
                `t218`.`followers_gained` IS NOT NULL
                AND NOT ISNAN(`t218`.`followers_gained`)
                AND (
                  `t218`.`followers_expected_gain` IS NOT NULL
                  AND NOT ISNAN(`t218`.`followers_expected_gain`)
                ),
                COALESCE(
                  NULLIF(
                    GREATEST(
                      COALESCE(`t218`.`followers_gained__provenance`, -1),
                      COALESCE(`t218`.`followers_expected_gain__provenance`, -1)
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
                `t218`.`brand_followers_gained` IS NOT NULL
                AND NOT ISNAN(`t218`.`brand_followers_gained`),
                COALESCE(`t218`.`brand_followers_gained__provenance`, 0),
                0
              ),
              44
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t218`.`brand_followers_gained` IS NOT NULL
                AND NOT ISNAN(`t218`.`brand_followers_gained`)
                AND (
                  `t218`.`brand_followers_start` IS NOT NULL
                  AND NOT ISNAN(`t218`.`brand_followers_start`)
                ),
                COALESCE(
                  NULLIF(
                    GREATEST(
                      COALESCE(`t218`.`brand_followers_gained__provenance`, -1),
                      COALESCE(`t218`.`brand_followers_start__provenance`, -1)
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
                `t218`.`brand_followers_gained` IS NOT NULL
                AND NOT ISNAN(`t218`.`brand_followers_gained`)
                AND (
                  `t218`.`brand_followers_expected_gain` IS NOT NULL
                  AND NOT ISNAN(`t218`.`brand_followers_expected_gain`)
                ),
                COALESCE(
                  NULLIF(
                    GREATEST(
                      COALESCE(`t218`.`brand_followers_gained__provenance`, -1),
                      COALESCE(`t218`.`brand_followers_expected_gain__provenance`, -1)
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
                `t218`.`emv` IS NOT NULL AND NOT ISNAN(`t218`.`emv`),
                COALESCE(`t218`.`emv__provenance`, 0),
                0
              ),
              50
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t218`.`emv_authentic` IS NOT NULL AND NOT ISNAN(`t218`.`emv_authentic`),
                COALESCE(`t218`.`emv_authentic__provenance`, 0),
                0
              ),
              52
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t218`.`impressions_with_estimates` IS NOT NULL
                AND NOT ISNAN(`t218`.`impressions_with_estimates`)
                AND (
                  `t218`.`paid_impressions` IS NOT NULL AND NOT ISNAN(`t218`.`paid_impressions`)
                ),
                COALESCE(`t218`.`impressions_with_estimates__provenance`, 0),
                0
              ),
              54
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t218`.`clicks` IS NOT NULL
                AND NOT ISNAN(`t218`.`clicks`)
                AND (
                  `t218`.`paid_clicks` IS NOT NULL AND NOT ISNAN(`t218`.`paid_clicks`)
                ),
                COALESCE(`t218`.`clicks__provenance`, 0),
                0
              ),
              56
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t218`.`views` IS NOT NULL
                AND NOT ISNAN(`t218`.`views`)
                AND (
                  `t218`.`paid_views` IS NOT NULL AND NOT ISNAN(`t218`.`paid_views`)
                ),
                COALESCE(`t218`.`views__provenance`, 0),
                0
              ),
              58
            )
          )
        ) AS `ranks__0`
      FROM `kpi_facts` AS `t218`
      GROUP BY
        1
    ) AS `t223`
  ) AS `t227`
  LEFT OUTER JOIN (
    SELECT
      `t222`.`week`,
      `t222`.`er_reach_account_mean`,
      `t222`.`er_reach_account_median`,
      `t222`.`er_followers_account_mean`,
      `t222`.`er_followers_account_median`,
      `t222`.`er_impressions_account_mean`,
      `t222`.`er_impressions_account_median`,
      `t222`.`er_views_account_mean`,
      `t222`.`er_views_account_median`,
      IF(
        (
          (
            SHIFTRIGHT(`t222`.`ranks__0`, 0)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t222`.`ranks__0`, 0)
        ) & 3
      ) AS `er_reach_account_mean__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t222`.`ranks__0`, 2)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t222`.`ranks__0`, 2)
        ) & 3
      ) AS `er_reach_account_median__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t222`.`ranks__0`, 4)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t222`.`ranks__0`, 4)
        ) & 3
      ) AS `er_followers_account_mean__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t222`.`ranks__0`, 6)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t222`.`ranks__0`, 6)
        ) & 3
      ) AS `er_followers_account_median__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t222`.`ranks__0`, 8)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t222`.`ranks__0`, 8)
        ) & 3
      ) AS `er_impressions_account_mean__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t222`.`ranks__0`, 10)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t222`.`ranks__0`, 10)
        ) & 3
      ) AS `er_impressions_account_median__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t222`.`ranks__0`, 12)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t222`.`ranks__0`, 12)
        ) & 3
      ) AS `er_views_account_mean__provenance`,
      IF(
        (
          (
            SHIFTRIGHT(`t222`.`ranks__0`, 14)
          ) & 3
        ) >= 2,
        2,
        (
          SHIFTRIGHT(`t222`.`ranks__0`, 14)
        ) & 3
      ) AS `er_views_account_median__provenance`
    FROM (
      SELECT
        `t221`.`week`,
        AVG(`t221`.`er_reach_account_mean`) AS `er_reach_account_mean`,
        PERCENTILE(`t221`.`er_reach_account_median`, 0.5) AS `er_reach_account_median`,
        AVG(`t221`.`er_followers_account_mean`) AS `er_followers_account_mean`,
        PERCENTILE(`t221`.`er_followers_account_median`, 0.5) AS `er_followers_account_median`,
        AVG(`t221`.`er_impressions_account_mean`) AS `er_impressions_account_mean`,
        PERCENTILE(`t221`.`er_impressions_account_median`, 0.5) AS `er_impressions_account_median`,
        AVG(`t221`.`er_views_account_mean`) AS `er_views_account_mean`,
        PERCENTILE(`t221`.`er_views_account_median`, 0.5) AS `er_views_account_median`,
        BIT_OR(
          (
            SHIFTLEFT(
              IF(
                `t221`.`er_reach_account_mean` IS NOT NULL
                AND NOT ISNAN(`t221`.`er_reach_account_mean`),
                COALESCE(`t221`.`engagements__per__reach__r`, 0),
                0
              ),
              0
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t221`.`er_reach_account_median` IS NOT NULL
                AND NOT ISNAN(`t221`.`er_reach_account_median`),
                COALESCE(`t221`.`engagements__per__reach__r`, 0),
                0
              ),
              2
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t221`.`er_followers_account_mean` IS NOT NULL
                AND NOT ISNAN(`t221`.`er_followers_account_mean`),
                COALESCE(`t221`.`engagements__per__followers__r`, 0),
                0
              ),
              4
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t221`.`er_followers_account_median` IS NOT NULL
                AND NOT ISNAN(`t221`.`er_followers_account_median`),
                COALESCE(`t221`.`engagements__per__followers__r`, 0),
                0
              ),
              6
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t221`.`er_impressions_account_mean` IS NOT NULL
                AND NOT ISNAN(`t221`.`er_impressions_account_mean`),
                COALESCE(`t221`.`engagements__per__impressions__r`, 0),
                0
              ),
              8
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t221`.`er_impressions_account_median` IS NOT NULL
                AND NOT ISNAN(`t221`.`er_impressions_account_median`),
                COALESCE(`t221`.`engagements__per__impressions__r`, 0),
                0
              ),
              10
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t221`.`er_views_account_mean` IS NOT NULL
                AND NOT ISNAN(`t221`.`er_views_account_mean`),
                COALESCE(`t221`.`engagements__per__views__r`, 0),
                0
              ),
              12
            )
          ) | (
            SHIFTLEFT(
              IF(
                `t221`.`er_views_account_median` IS NOT NULL
                AND NOT ISNAN(`t221`.`er_views_account_median`),
                COALESCE(`t221`.`engagements__per__views__r`, 0),
                0
              ),
              14
            )
          )
        ) AS `ranks__0`
      FROM (
        SELECT
          `t220`.`week`,
          `t220`.`account_id`,
          `t220`.`engagements__per__reach__n`,
          `t220`.`engagements__per__reach__d`,
          `t220`.`engagements__per__followers__n`,
          `t220`.`engagements__per__followers__d`,
          `t220`.`engagements__per__impressions__n`,
          `t220`.`engagements__per__impressions__d`,
          `t220`.`engagements__per__views__n`,
          `t220`.`engagements__per__views__d`,
          IF(
            (
              (
                SHIFTRIGHT(`t220`.`ranks__0`, 0)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t220`.`ranks__0`, 0)
            ) & 3
          ) AS `engagements__per__reach__r`,
          IF(
            (
              (
                SHIFTRIGHT(`t220`.`ranks__0`, 2)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t220`.`ranks__0`, 2)
            ) & 3
          ) AS `engagements__per__followers__r`,
          IF(
            (
              (
                SHIFTRIGHT(`t220`.`ranks__0`, 4)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t220`.`ranks__0`, 4)
            ) & 3
          ) AS `engagements__per__impressions__r`,
          IF(
            (
              (
                SHIFTRIGHT(`t220`.`ranks__0`, 6)
              ) & 3
            ) >= 2,
            2,
            (
              SHIFTRIGHT(`t220`.`ranks__0`, 6)
            ) & 3
          ) AS `engagements__per__views__r`,
          (
            `t220`.`engagements__per__reach__n` / NULLIF(`t220`.`engagements__per__reach__d`, 0)
          ) * 100 AS `er_reach_account_mean`,
          (
            `t220`.`engagements__per__reach__n` / NULLIF(`t220`.`engagements__per__reach__d`, 0)
          ) * 100 AS `er_reach_account_median`,
          (
            `t220`.`engagements__per__followers__n` / NULLIF(`t220`.`engagements__per__followers__d`, 0)
          ) * 100 AS `er_followers_account_mean`,
          (
            `t220`.`engagements__per__followers__n` / NULLIF(`t220`.`engagements__per__followers__d`, 0)
          ) * 100 AS `er_followers_account_median`,
          (
            `t220`.`engagements__per__impressions__n` / NULLIF(`t220`.`engagements__per__impressions__d`, 0)
          ) * 100 AS `er_impressions_account_mean`,
          (
            `t220`.`engagements__per__impressions__n` / NULLIF(`t220`.`engagements__per__impressions__d`, 0)
          ) * 100 AS `er_impressions_account_median`,
          (
            `t220`.`engagements__per__views__n` / NULLIF(`t220`.`engagements__per__views__d`, 0)
          ) * 100 AS `er_views_account_mean`,
          (
            `t220`.`engagements__per__views__n` / NULLIF(`t220`.`engagements__per__views__d`, 0)
          ) * 100 AS `er_views_account_median`
        FROM (
          SELECT
            `t219`.`week`,
            `t219`.`account_id`,
            SUM(
              IF(
                `t219`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t219`.`engagements`)
                AND (
                  `t219`.`reach` IS NOT NULL AND NOT ISNAN(`t219`.`reach`)
                ),
                `t219`.`engagements`,
                NULL
              )
            ) AS `engagements__per__reach__n`,
            SUM(
              IF(
                `t219`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t219`.`engagements`)
                AND (
                  `t219`.`reach` IS NOT NULL AND NOT ISNAN(`t219`.`reach`)
                ),
                `t219`.`reach`,
                NULL
              )
            ) AS `engagements__per__reach__d`,
            SUM(
              IF(
                `t219`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t219`.`engagements`)
                AND (
                  `t219`.`followers` IS NOT NULL AND NOT ISNAN(`t219`.`followers`)
                ),
                `t219`.`engagements`,
                NULL
              )
            ) AS `engagements__per__followers__n`,
            SUM(
              IF(
                `t219`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t219`.`engagements`)
                AND (
                  `t219`.`followers` IS NOT NULL AND NOT ISNAN(`t219`.`followers`)
                ),
                `t219`.`followers`,
                NULL
              )
            ) AS `engagements__per__followers__d`,
            SUM(
              IF(
                `t219`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t219`.`engagements`)
                AND (
                  `t219`.`impressions` IS NOT NULL AND NOT ISNAN(`t219`.`impressions`)
                ),
                `t219`.`engagements`,
                NULL
              )
            ) AS `engagements__per__impressions__n`,
            SUM(
              IF(
                `t219`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t219`.`engagements`)
                AND (
                  `t219`.`impressions` IS NOT NULL AND NOT ISNAN(`t219`.`impressions`)
                ),
                `t219`.`impressions`,
                NULL
              )
            ) AS `engagements__per__impressions__d`,
            SUM(
              IF(
                `t219`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t219`.`engagements`)
                AND (
                  `t219`.`views` IS NOT NULL AND NOT ISNAN(`t219`.`views`)
                ),
                `t219`.`engagements`,
                NULL
              )
            ) AS `engagements__per__views__n`,
            SUM(
              IF(
                `t219`.`engagements` IS NOT NULL
                AND NOT ISNAN(`t219`.`engagements`)
                AND (
                  `t219`.`views` IS NOT NULL AND NOT ISNAN(`t219`.`views`)
                ),
                `t219`.`views`,
                NULL
              )
            ) AS `engagements__per__views__d`,
            BIT_OR(
              (
                SHIFTLEFT(
                  IF(
                    `t219`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t219`.`engagements`)
                    AND (
                      `t219`.`reach` IS NOT NULL AND NOT ISNAN(`t219`.`reach`)
                    ),
                    COALESCE(
                      NULLIF(
                        GREATEST(
                          COALESCE(`t219`.`engagements__provenance`, -1),
                          COALESCE(`t219`.`reach__provenance`, -1)
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
                    `t219`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t219`.`engagements`)
                    AND (
                      `t219`.`followers` IS NOT NULL AND NOT ISNAN(`t219`.`followers`)
                    ),
                    COALESCE(
                      NULLIF(
                        GREATEST(
                          COALESCE(`t219`.`engagements__provenance`, -1),
                          COALESCE(`t219`.`followers__provenance`, -1)
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
                    `t219`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t219`.`engagements`)
                    AND (
                      `t219`.`impressions` IS NOT NULL AND NOT ISNAN(`t219`.`impressions`)
                    ),
                    COALESCE(
                      NULLIF(
                        GREATEST(
                          COALESCE(`t219`.`engagements__provenance`, -1),
                          COALESCE(`t219`.`impressions__provenance`, -1)
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
                    `t219`.`engagements` IS NOT NULL
                    AND NOT ISNAN(`t219`.`engagements`)
                    AND (
                      `t219`.`views` IS NOT NULL AND NOT ISNAN(`t219`.`views`)
                    ),
                    COALESCE(
                      NULLIF(
                        GREATEST(
                          COALESCE(`t219`.`engagements__provenance`, -1),
                          COALESCE(`t219`.`views__provenance`, -1)
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
            FROM `kpi_facts` AS `t218`
            WHERE
              `t218`.`account_id` IS NOT NULL
          ) AS `t219`
          GROUP BY
            1,
            2
        ) AS `t220`
      ) AS `t221`
      GROUP BY
        1
    ) AS `t222`
  ) AS `t225`
    ON `t227`.`week` IS NOT DISTINCT FROM `t225`.`week`
) AS `t228`
ORDER BY
  `t228`.`week` ASC NULLS LAST
