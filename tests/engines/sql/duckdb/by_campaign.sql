WITH "t24" AS (
  SELECT
    *
  FROM "campaign" AS "t0"
  WHERE
    "t0"."id" IN (1)
), "t68" AS (
  SELECT
    *
  FROM (
    SELECT
      "t6"."base",
      "t6"."quote",
      "t6"."valid_on",
      CAST("t6"."rate" AS DOUBLE) AS "rate"
    FROM "exchange_rate" AS "t6"
  ) AS "t29"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      "t6"."quote" AS "base",
      "t6"."base" AS "quote",
      "t6"."valid_on",
      CAST(1 AS DOUBLE) / NULLIF(CAST("t6"."rate" AS DOUBLE), 0) AS "rate"
    FROM "exchange_rate" AS "t6"
  ) AS "t65"
), "t84" AS (
  SELECT
    CAST("t59"."id" AS BIGINT) AS "key",
    CAST("t59"."currency" AS TEXT) AS "base",
    CAST("t15"."currency" AS TEXT) AS "quote",
    EPOCH(CAST(CAST("t59"."incurred_on" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "on",
    CAST("t59"."campaign_id" AS BIGINT) AS "campaign_id",
    CAST("t15"."name" AS TEXT) AS "campaign",
    CAST("t59"."influencer_id" AS BIGINT) AS "influencer_id",
    CAST("t59"."amount" AS DOUBLE) AS "amount",
    "t59"."incurred_on"
  FROM (
    SELECT
      *
    FROM "cost" AS "t12"
    WHERE
      "t12"."incurred_on" <= MAKE_DATE(2026, 3, 31) AND "t12"."campaign_id" IN (1)
  ) AS "t59"
  INNER JOIN "campaign" AS "t15"
    ON "t59"."campaign_id" = "t15"."id"
), "campaign_posts_in" AS (
  SELECT
    CAST("t55"."campaign_id" AS BIGINT) AS "campaign_id",
    CAST("t16"."name" AS TEXT) AS "campaign",
    CAST("t53"."id" AS BIGINT) AS "influencer_id",
    CAST("t53"."name" AS TEXT) AS "influencer",
    CAST("t19"."id" AS BIGINT) AS "account_id",
    CAST("t19"."platform" AS TEXT) AS "platform",
    CAST("t55"."format" AS TEXT) AS "format",
    CAST("t55"."id" AS BIGINT) AS "post_id",
    "t55"."published_on" AS "day",
    "t53"."country",
    CAST("t55"."caption" AS TEXT) AS "caption",
    "t55"."sponsored"
  FROM (
    SELECT
      *
    FROM "post" AS "t10"
    WHERE
      "t10"."published_on" <= MAKE_DATE(2026, 3, 31)
      AND "t10"."campaign_id" IS NOT NULL
      AND "t10"."campaign_id" IN (1)
  ) AS "t55"
  INNER JOIN "account" AS "t19"
    ON "t55"."account_id" = "t19"."id"
  INNER JOIN (
    SELECT
      *
    FROM "influencer" AS "t8"
    WHERE
      NOT (
        "t8"."is_brand"
      )
  ) AS "t53"
    ON "t19"."influencer_id" = "t53"."id"
  INNER JOIN "campaign" AS "t16"
    ON "t55"."campaign_id" = "t16"."id"
), "t166" AS (
  SELECT
    *
  FROM (
    SELECT
      "t150"."campaign_id",
      "t150"."campaign",
      "t150"."influencer_id",
      "t150"."influencer",
      "t150"."account_id",
      "t150"."platform",
      "t150"."is_brand",
      "t150"."day",
      "t150"."start_at",
      "t150"."end_at",
      "t67"."followers",
      "t67"."at",
      "t67"."rank"
    FROM (
      SELECT
        "t128"."campaign_id",
        CAST("t15"."name" AS TEXT) AS "campaign",
        CAST("t18"."id" AS BIGINT) AS "influencer_id",
        CAST("t18"."name" AS TEXT) AS "influencer",
        "t128"."account_id",
        CAST("t20"."platform" AS TEXT) AS "platform",
        "t128"."is_brand",
        "t15"."end_date" AS "day",
        EPOCH(CAST(CAST("t15"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "start_at",
        EPOCH(CAST(CAST("t15"."end_date" AS TIMESTAMPTZ) AS TIMESTAMP)) + 86400 AS "end_at"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t109"."campaign_id",
            "t109"."account_id",
            FALSE AS "is_brand"
          FROM (
            SELECT DISTINCT
              "t94"."campaign_id",
              "t94"."account_id"
            FROM "campaign_posts_in" AS "t94"
          ) AS "t109"
        ) AS "t116"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            CAST("t62"."id" AS BIGINT) AS "campaign_id",
            CAST("t20"."id" AS BIGINT) AS "account_id",
            TRUE AS "is_brand"
          FROM "t24" AS "t62"
          INNER JOIN (
            SELECT
              *
            FROM "influencer" AS "t8"
            WHERE
              "t8"."is_brand"
          ) AS "t33"
            ON "t33"."workspace_id" = "t62"."workspace_id"
          INNER JOIN "account" AS "t20"
            ON "t20"."influencer_id" = "t33"."id"
        ) AS "t85"
      ) AS "t128"
      INNER JOIN "campaign" AS "t15"
        ON "t128"."campaign_id" = "t15"."id"
      INNER JOIN "account" AS "t20"
        ON "t128"."account_id" = "t20"."id"
      INNER JOIN "influencer" AS "t18"
        ON "t20"."influencer_id" = "t18"."id"
    ) AS "t150"
    INNER JOIN (
      SELECT
        CAST("t13"."account_id" AS BIGINT) AS "account_id",
        "t13"."followers",
        EPOCH(CAST(CAST("t13"."captured_at" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "at",
        CASE "t13"."provenance"
          WHEN 'measured'
          THEN 0
          WHEN 'self_reported'
          THEN 1
          WHEN 'estimated'
          THEN 2
          ELSE 2
        END AS "rank"
      FROM "follower_snapshot" AS "t13"
      WHERE
        "t13"."captured_at" <= MAKE_TIMESTAMP(2026, 3, 31, 23, 59, 59.0)
    ) AS "t67"
      ON "t150"."account_id" = "t67"."account_id"
  ) AS "t165"
  WHERE
    "t165"."at" <= "t165"."end_at"
), "post_rows" AS (
  SELECT
    "t175"."campaign_id",
    "t175"."campaign",
    "t175"."influencer_id",
    "t175"."influencer",
    "t175"."account_id",
    "t175"."platform",
    "t175"."format",
    "t175"."post_id",
    "t175"."day",
    "t175"."country",
    "t175"."caption",
    "t175"."sponsored",
    "t175"."reach",
    "t175"."impressions",
    "t175"."views",
    "t175"."likes",
    "t175"."comments",
    "t175"."shares",
    "t175"."saves",
    "t175"."clicks",
    "t175"."reach__provenance",
    "t175"."impressions__provenance",
    "t175"."views__provenance",
    "t175"."likes__provenance",
    "t175"."comments__provenance",
    "t175"."shares__provenance",
    "t175"."saves__provenance",
    "t175"."clicks__provenance",
    "t175"."followers",
    "t175"."followers__provenance",
    "t175"."engagements",
    "t175"."engagements__provenance",
    COALESCE(
      COALESCE("t175"."impressions", "t175"."views"),
      "t175"."reach" * COALESCE(
        SUM("t175"."impressions") FILTER(WHERE
          (
            "t175"."impressions" IS NOT NULL
          ) AND (
            "t175"."reach" IS NOT NULL
          )) OVER (
          PARTITION BY "t175"."campaign_id", "t175"."platform"
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) / NULLIF(
          SUM("t175"."reach") FILTER(WHERE
            (
              "t175"."impressions" IS NOT NULL
            ) AND (
              "t175"."reach" IS NOT NULL
            )) OVER (
            PARTITION BY "t175"."campaign_id", "t175"."platform"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ),
          0
        ),
        CAST(1 AS DOUBLE)
      )
    ) AS "impressions_with_estimates",
    CASE
      WHEN COALESCE(
        COALESCE("t175"."impressions", "t175"."views"),
        "t175"."reach" * COALESCE(
          SUM("t175"."impressions") FILTER(WHERE
            (
              "t175"."impressions" IS NOT NULL
            ) AND (
              "t175"."reach" IS NOT NULL
            )) OVER (
            PARTITION BY "t175"."campaign_id", "t175"."platform"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ) / NULLIF(
            SUM("t175"."reach") FILTER(WHERE
              (
                "t175"."impressions" IS NOT NULL
              ) AND (
                "t175"."reach" IS NOT NULL
              )) OVER (
              PARTITION BY "t175"."campaign_id", "t175"."platform"
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ),
            0
          ),
          CAST(1 AS DOUBLE)
        )
      ) IS NOT NULL
      THEN CASE
        WHEN "t175"."impressions" IS NOT NULL
        THEN "t175"."impressions__provenance"
        ELSE 2
      END
      ELSE CAST(NULL AS BIGINT)
    END AS "impressions_with_estimates__provenance",
    (
      "t175"."engagements" / NULLIF("t175"."reach", 0)
    ) * 100 AS "er_reach_post",
    (
      "t175"."engagements" / NULLIF("t175"."followers", 0)
    ) * 100 AS "er_followers_post",
    (
      "t175"."engagements" / NULLIF("t175"."impressions", 0)
    ) * 100 AS "er_impressions_post",
    (
      "t175"."engagements" / NULLIF("t175"."views", 0)
    ) * 100 AS "er_views_post",
    NULLIF(
      GREATEST(
        COALESCE("t175"."engagements__provenance", -1),
        COALESCE("t175"."reach__provenance", -1)
      ),
      -1
    ) AS "er_reach_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t175"."engagements__provenance", -1),
        COALESCE("t175"."followers__provenance", -1)
      ),
      -1
    ) AS "er_followers_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t175"."engagements__provenance", -1),
        COALESCE("t175"."impressions__provenance", -1)
      ),
      -1
    ) AS "er_impressions_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t175"."engagements__provenance", -1),
        COALESCE("t175"."views__provenance", -1)
      ),
      -1
    ) AS "er_views_post__provenance",
    "t175"."platform" AS "post_platform",
    "t175"."influencer_id" AS "publishing_influencer",
    CAST(CAST(COALESCE("t175"."sponsored", FALSE) AS INT) AS DOUBLE) AS "sponsored_posts",
    CAST(CAST(COALESCE(
      "t175"."sponsored"
      AND CASE
        WHEN UPPER("t175"."country") = 'FR'
        THEN CONTAINS(LOWER("t175"."caption"), 'publicité')
        OR CONTAINS(LOWER("t175"."caption"), 'publicite')
        OR CONTAINS(LOWER("t175"."caption"), 'collaboration commerciale')
        WHEN UPPER("t175"."country") = 'BE'
        THEN CONTAINS(LOWER("t175"."caption"), 'publicité')
        OR CONTAINS(LOWER("t175"."caption"), 'publicite')
        OR CONTAINS(LOWER("t175"."caption"), 'collaboration commerciale')
        OR CONTAINS(LOWER("t175"."caption"), '#pub')
        OR CONTAINS(LOWER("t175"."caption"), 'reclame')
        OR CONTAINS(LOWER("t175"."caption"), '#ad')
        OR CONTAINS(LOWER("t175"."caption"), 'samenwerking')
        WHEN UPPER("t175"."country") = 'DE'
        THEN CONTAINS(LOWER("t175"."caption"), 'werbung')
        OR CONTAINS(LOWER("t175"."caption"), 'anzeige')
        WHEN UPPER("t175"."country") = 'ES'
        THEN CONTAINS(LOWER("t175"."caption"), 'publicidad')
        OR CONTAINS(LOWER("t175"."caption"), '#publi')
        OR CONTAINS(LOWER("t175"."caption"), 'patrocinado')
        OR CONTAINS(LOWER("t175"."caption"), 'colaboración pagada')
        WHEN UPPER("t175"."country") = 'IT'
        THEN CONTAINS(LOWER("t175"."caption"), 'pubblicità')
        OR CONTAINS(LOWER("t175"."caption"), '#adv')
        OR CONTAINS(LOWER("t175"."caption"), 'sponsorizzato')
        OR CONTAINS(LOWER("t175"."caption"), '#sponsored')
        WHEN UPPER("t175"."country") = 'GB'
        THEN CONTAINS(LOWER("t175"."caption"), '#ad')
        OR CONTAINS(LOWER("t175"."caption"), 'advert')
        OR CONTAINS(LOWER("t175"."caption"), 'advertisement')
        WHEN UPPER("t175"."country") = 'US'
        THEN CONTAINS(LOWER("t175"."caption"), '#ad')
        OR CONTAINS(LOWER("t175"."caption"), '#sponsored')
        OR CONTAINS(LOWER("t175"."caption"), 'advertisement')
        OR CONTAINS(LOWER("t175"."caption"), 'paid partnership')
        ELSE CONTAINS(LOWER("t175"."caption"), '#ad')
        OR CONTAINS(LOWER("t175"."caption"), '#sponsored')
        OR CONTAINS(LOWER("t175"."caption"), 'paid partnership')
        OR CONTAINS(LOWER("t175"."caption"), 'advertisement')
      END,
      FALSE
    ) AS INT) AS DOUBLE) AS "disclosed_sponsored_posts"
  FROM (
    SELECT
      "t162"."campaign_id",
      "t162"."campaign",
      "t162"."influencer_id",
      "t162"."influencer",
      "t162"."account_id",
      "t162"."platform",
      "t162"."format",
      "t162"."post_id",
      "t162"."day",
      "t162"."country",
      "t162"."caption",
      "t162"."sponsored",
      "t162"."reach",
      "t162"."impressions",
      "t162"."views",
      "t162"."likes",
      "t162"."comments",
      "t162"."shares",
      "t162"."saves",
      "t162"."clicks",
      "t162"."reach__provenance",
      "t162"."impressions__provenance",
      "t162"."views__provenance",
      "t162"."likes__provenance",
      "t162"."comments__provenance",
      "t162"."shares__provenance",
      "t162"."saves__provenance",
      "t162"."clicks__provenance",
      "t162"."followers",
      "t162"."followers__provenance",
      CASE
        WHEN (
          "t162"."likes" IS NOT NULL
        )
        OR (
          "t162"."comments" IS NOT NULL
        )
        OR (
          "t162"."shares" IS NOT NULL
        )
        OR (
          "t162"."saves" IS NOT NULL
        )
        THEN CAST(0 AS DOUBLE) + COALESCE("t162"."likes", 0) + COALESCE("t162"."comments", 0) + COALESCE("t162"."shares", 0) + COALESCE("t162"."saves", 0)
        ELSE CAST(NULL AS DOUBLE)
      END AS "engagements",
      NULLIF(
        GREATEST(
          COALESCE("t162"."likes__provenance", -1),
          COALESCE("t162"."comments__provenance", -1),
          COALESCE("t162"."shares__provenance", -1),
          COALESCE("t162"."saves__provenance", -1)
        ),
        -1
      ) AS "engagements__provenance"
    FROM (
      SELECT
        "t100"."campaign_id",
        "t100"."campaign",
        "t100"."influencer_id",
        "t100"."influencer",
        "t100"."account_id",
        "t100"."platform",
        "t100"."format",
        "t100"."post_id",
        "t100"."day",
        "t100"."country",
        "t100"."caption",
        "t100"."sponsored",
        "t143"."reach",
        "t143"."impressions",
        "t143"."views",
        "t143"."likes",
        "t143"."comments",
        "t143"."shares",
        "t143"."saves",
        "t143"."clicks",
        "t143"."reach__provenance",
        "t143"."impressions__provenance",
        "t143"."views__provenance",
        "t143"."likes__provenance",
        "t143"."comments__provenance",
        "t143"."shares__provenance",
        "t143"."saves__provenance",
        "t143"."clicks__provenance",
        "t151"."followers",
        "t151"."followers__provenance"
      FROM "campaign_posts_in" AS "t100"
      LEFT OUTER JOIN (
        SELECT
          "t129"."post_id",
          CAST("t129"."reach" >> 2 AS DOUBLE) AS "reach",
          CAST("t129"."impressions" >> 2 AS DOUBLE) AS "impressions",
          CAST("t129"."views" >> 2 AS DOUBLE) AS "views",
          CAST("t129"."likes" >> 2 AS DOUBLE) AS "likes",
          CAST("t129"."comments" >> 2 AS DOUBLE) AS "comments",
          CAST("t129"."shares" >> 2 AS DOUBLE) AS "shares",
          CAST("t129"."saves" >> 2 AS DOUBLE) AS "saves",
          CAST("t129"."clicks" >> 2 AS DOUBLE) AS "clicks",
          "t129"."reach" & 3 AS "reach__provenance",
          "t129"."impressions" & 3 AS "impressions__provenance",
          "t129"."views" & 3 AS "views__provenance",
          "t129"."likes" & 3 AS "likes__provenance",
          "t129"."comments" & 3 AS "comments__provenance",
          "t129"."shares" & 3 AS "shares__provenance",
          "t129"."saves" & 3 AS "saves__provenance",
          "t129"."clicks" & 3 AS "clicks__provenance"
        FROM (
          SELECT
            CAST("t101"."post_id" AS BIGINT) AS "post_id",
            ARG_MAX_NULL(
              (
                CAST(ROUND("t101"."value") AS BIGINT) * 4
              ) + CASE "t101"."provenance"
                WHEN 'measured'
                THEN 0
                WHEN 'self_reported'
                THEN 1
                WHEN 'estimated'
                THEN 2
                ELSE 2
              END,
              (
                DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t101"."captured_at") * 16
              ) + (
                15 - CASE "t101"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END
              )
            ) FILTER(WHERE
              "t101"."metric" = 'reach') AS "reach",
            ARG_MAX_NULL(
              (
                CAST(ROUND("t101"."value") AS BIGINT) * 4
              ) + CASE "t101"."provenance"
                WHEN 'measured'
                THEN 0
                WHEN 'self_reported'
                THEN 1
                WHEN 'estimated'
                THEN 2
                ELSE 2
              END,
              (
                DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t101"."captured_at") * 16
              ) + (
                15 - CASE "t101"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END
              )
            ) FILTER(WHERE
              "t101"."metric" = 'impressions') AS "impressions",
            ARG_MAX_NULL(
              (
                CAST(ROUND("t101"."value") AS BIGINT) * 4
              ) + CASE "t101"."provenance"
                WHEN 'measured'
                THEN 0
                WHEN 'self_reported'
                THEN 1
                WHEN 'estimated'
                THEN 2
                ELSE 2
              END,
              (
                DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t101"."captured_at") * 16
              ) + (
                15 - CASE "t101"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END
              )
            ) FILTER(WHERE
              "t101"."metric" = 'views') AS "views",
            ARG_MAX_NULL(
              (
                CAST(ROUND("t101"."value") AS BIGINT) * 4
              ) + CASE "t101"."provenance"
                WHEN 'measured'
                THEN 0
                WHEN 'self_reported'
                THEN 1
                WHEN 'estimated'
                THEN 2
                ELSE 2
              END,
              (
                DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t101"."captured_at") * 16
              ) + (
                15 - CASE "t101"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END
              )
            ) FILTER(WHERE
              "t101"."metric" = 'likes') AS "likes",
            ARG_MAX_NULL(
              (
                CAST(ROUND("t101"."value") AS BIGINT) * 4
              ) + CASE "t101"."provenance"
                WHEN 'measured'
                THEN 0
                WHEN 'self_reported'
                THEN 1
                WHEN 'estimated'
                THEN 2
                ELSE 2
              END,
              (
                DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t101"."captured_at") * 16
              ) + (
                15 - CASE "t101"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END
              )
            ) FILTER(WHERE
              "t101"."metric" = 'comments') AS "comments",
            ARG_MAX_NULL(
              (
                CAST(ROUND("t101"."value") AS BIGINT) * 4
              ) + CASE "t101"."provenance"
                WHEN 'measured'
                THEN 0
                WHEN 'self_reported'
                THEN 1
                WHEN 'estimated'
                THEN 2
                ELSE 2
              END,
              (
                DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t101"."captured_at") * 16
              ) + (
                15 - CASE "t101"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END
              )
            ) FILTER(WHERE
              "t101"."metric" = 'shares') AS "shares",
            ARG_MAX_NULL(
              (
                CAST(ROUND("t101"."value") AS BIGINT) * 4
              ) + CASE "t101"."provenance"
                WHEN 'measured'
                THEN 0
                WHEN 'self_reported'
                THEN 1
                WHEN 'estimated'
                THEN 2
                ELSE 2
              END,
              (
                DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t101"."captured_at") * 16
              ) + (
                15 - CASE "t101"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END
              )
            ) FILTER(WHERE
              "t101"."metric" = 'saves') AS "saves",
            ARG_MAX_NULL(
              (
                CAST(ROUND("t101"."value") AS BIGINT) * 4
              ) + CASE "t101"."provenance"
                WHEN 'measured'
                THEN 0
                WHEN 'self_reported'
                THEN 1
                WHEN 'estimated'
                THEN 2
                ELSE 2
              END,
              (
                DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t101"."captured_at") * 16
              ) + (
                15 - CASE "t101"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END
              )
            ) FILTER(WHERE
              "t101"."metric" = 'clicks') AS "clicks"
          FROM (
            SELECT
              *
            FROM (
              SELECT
                "t21"."id",
                "t21"."post_id",
                "t21"."captured_at",
                "t21"."metric",
                "t21"."value",
                "t21"."source",
                "t21"."provenance",
                "t58"."in_scope"
              FROM "metric_snapshot" AS "t21"
              INNER JOIN (
                SELECT
                  "t10"."id" AS "in_scope"
                FROM "post" AS "t10"
                WHERE
                  "t10"."published_on" <= MAKE_DATE(2026, 3, 31)
                  AND "t10"."campaign_id" IS NOT NULL
                  AND "t10"."campaign_id" IN (1)
              ) AS "t58"
                ON "t21"."post_id" = "t58"."in_scope"
            ) AS "t82"
            WHERE
              "t82"."captured_at" <= MAKE_TIMESTAMP(2026, 3, 31, 23, 59, 59.0)
          ) AS "t101"
          GROUP BY
            1
        ) AS "t129"
      ) AS "t143"
        ON "t100"."post_id" = "t143"."post_id"
      LEFT OUTER JOIN (
        SELECT
          CAST("t57"."post_id" AS BIGINT) AS "post_id",
          "t121"."followers",
          "t121"."rank" AS "followers__provenance"
        FROM (
          SELECT
            "t10"."id" AS "post_id",
            "t10"."account_id",
            "t10"."published_at"
          FROM "post" AS "t10"
          WHERE
            "t10"."published_on" <= MAKE_DATE(2026, 3, 31)
            AND "t10"."campaign_id" IS NOT NULL
            AND "t10"."campaign_id" IN (1)
        ) AS "t57"
        INNER JOIN (
          SELECT
            "t83"."account_id",
            CAST("t83"."followers" AS DOUBLE) AS "followers",
            CASE "t83"."provenance"
              WHEN 'measured'
              THEN 0
              WHEN 'self_reported'
              THEN 1
              WHEN 'estimated'
              THEN 2
              ELSE 2
            END AS "rank",
            "t83"."captured_at" AS "since",
            LEAD("t83"."captured_at") OVER (
              PARTITION BY "t83"."account_id"
              ORDER BY "t83"."captured_at" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) AS "until",
            (
              ROW_NUMBER() OVER (
                PARTITION BY "t83"."account_id"
                ORDER BY "t83"."captured_at" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              ) - 1
            ) = 0 AS "first"
          FROM (
            SELECT
              *
            FROM (
              SELECT
                *
              FROM "follower_snapshot" AS "t13"
              WHERE
                "t13"."account_id" IN (
                  SELECT
                    "t10"."account_id"
                  FROM "post" AS "t10"
                  WHERE
                    "t10"."published_on" <= MAKE_DATE(2026, 3, 31)
                    AND "t10"."campaign_id" IS NOT NULL
                    AND "t10"."campaign_id" IN (1)
                )
            ) AS "t66"
            WHERE
              "t66"."captured_at" <= MAKE_TIMESTAMP(2026, 3, 31, 23, 59, 59.0)
          ) AS "t83"
        ) AS "t121"
          ON "t57"."account_id" = "t121"."account_id"
          AND (
            (
              (
                "t121"."since" <= "t57"."published_at"
              )
              AND (
                (
                  "t121"."until" IS NULL
                ) OR (
                  "t57"."published_at" < "t121"."until"
                )
              )
            )
            OR (
              "t121"."first" AND (
                "t57"."published_at" < "t121"."since"
              )
            )
          )
      ) AS "t151"
        ON "t100"."post_id" = "t151"."post_id"
    ) AS "t162"
  ) AS "t175"
), "kpi_facts" AS (
  SELECT
    "t240"."campaign_id",
    "t240"."account_id",
    "t240"."post_id",
    "t240"."reach",
    "t240"."impressions",
    "t240"."views",
    "t240"."likes",
    "t240"."comments",
    "t240"."shares",
    "t240"."saves",
    "t240"."clicks",
    "t240"."followers",
    "t240"."engagements",
    "t240"."impressions_with_estimates",
    "t240"."er_reach_post",
    "t240"."er_followers_post",
    "t240"."er_impressions_post",
    "t240"."er_views_post",
    "t240"."post_platform",
    "t240"."publishing_influencer",
    "t240"."sponsored_posts",
    "t240"."disclosed_sponsored_posts",
    "t240"."cost",
    "t240"."key_message_posts",
    "t240"."ugc_post",
    "t240"."mentions",
    "t240"."brand_mentions",
    "t240"."mention_engagements",
    "t240"."brand_mention_engagements",
    "t240"."followers_start",
    "t240"."followers_gained",
    "t240"."followers_expected_gain",
    "t240"."brand_followers_start",
    "t240"."brand_followers_gained",
    "t240"."brand_followers_expected_gain",
    "t240"."influencers_contacted",
    "t240"."influencers_interested",
    "t240"."posts_contracted",
    "t240"."products_sent",
    "t240"."key_messages",
    "t240"."emv",
    "t240"."emv_authentic",
    (
      "t240"."cost" / (
        CASE
          WHEN "t240"."platform" = 'tiktok'
          THEN 7.5
          WHEN "t240"."platform" = 'youtube'
          THEN 3.53
          ELSE 19.8
        END * "t240"."paid_rate"
      )
    ) * 1000 AS "paid_impressions",
    "t240"."cost" / (
      CASE
        WHEN "t240"."platform" = 'tiktok'
        THEN CAST(NULL AS DOUBLE)
        WHEN "t240"."platform" = 'youtube'
        THEN CAST(NULL AS DOUBLE)
        ELSE 1.88
      END * "t240"."paid_rate"
    ) AS "paid_clicks",
    "t240"."cost" / (
      CASE WHEN "t240"."platform" = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * "t240"."paid_rate"
    ) AS "paid_views",
    (
      CASE
        WHEN "t240"."reach" IS NOT NULL
        THEN COALESCE("t240"."reach__provenance", 0)
        ELSE 0
      END << 0
    ) | (
      CASE
        WHEN "t240"."impressions" IS NOT NULL
        THEN COALESCE("t240"."impressions__provenance", 0)
        ELSE 0
      END << 2
    ) | (
      CASE
        WHEN "t240"."views" IS NOT NULL
        THEN COALESCE("t240"."views__provenance", 0)
        ELSE 0
      END << 4
    ) | (
      CASE
        WHEN "t240"."impressions_with_estimates" IS NOT NULL
        THEN COALESCE("t240"."impressions_with_estimates__provenance", 0)
        ELSE 0
      END << 6
    ) | (
      CASE
        WHEN (
          "t240"."reach" IS NOT NULL
        ) AND (
          "t240"."followers" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t240"."reach__provenance", -1),
              COALESCE("t240"."followers__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 8
    ) | (
      CASE
        WHEN "t240"."likes" IS NOT NULL
        THEN COALESCE("t240"."likes__provenance", 0)
        ELSE 0
      END << 10
    ) | (
      CASE
        WHEN "t240"."comments" IS NOT NULL
        THEN COALESCE("t240"."comments__provenance", 0)
        ELSE 0
      END << 12
    ) | (
      CASE
        WHEN "t240"."shares" IS NOT NULL
        THEN COALESCE("t240"."shares__provenance", 0)
        ELSE 0
      END << 14
    ) | (
      CASE
        WHEN "t240"."saves" IS NOT NULL
        THEN COALESCE("t240"."saves__provenance", 0)
        ELSE 0
      END << 16
    ) | (
      CASE
        WHEN "t240"."engagements" IS NOT NULL
        THEN COALESCE("t240"."engagements__provenance", 0)
        ELSE 0
      END << 18
    ) | (
      CASE
        WHEN (
          "t240"."engagements" IS NOT NULL
        ) AND (
          "t240"."reach" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t240"."engagements__provenance", -1),
              COALESCE("t240"."reach__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 20
    ) | (
      CASE
        WHEN (
          "t240"."engagements" IS NOT NULL
        ) AND (
          "t240"."followers" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t240"."engagements__provenance", -1),
              COALESCE("t240"."followers__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 22
    ) | (
      CASE
        WHEN "t240"."er_reach_post" IS NOT NULL
        THEN COALESCE("t240"."er_reach_post__provenance", 0)
        ELSE 0
      END << 24
    ) | (
      CASE
        WHEN "t240"."er_followers_post" IS NOT NULL
        THEN COALESCE("t240"."er_followers_post__provenance", 0)
        ELSE 0
      END << 26
    ) | (
      CASE
        WHEN (
          "t240"."engagements" IS NOT NULL
        ) AND (
          "t240"."impressions" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t240"."engagements__provenance", -1),
              COALESCE("t240"."impressions__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 28
    ) | (
      CASE
        WHEN "t240"."er_impressions_post" IS NOT NULL
        THEN COALESCE("t240"."er_impressions_post__provenance", 0)
        ELSE 0
      END << 30
    ) | (
      CASE
        WHEN (
          "t240"."engagements" IS NOT NULL
        ) AND (
          "t240"."views" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t240"."engagements__provenance", -1),
              COALESCE("t240"."views__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 32
    ) | (
      CASE
        WHEN "t240"."er_views_post" IS NOT NULL
        THEN COALESCE("t240"."er_views_post__provenance", 0)
        ELSE 0
      END << 34
    ) | (
      CASE
        WHEN "t240"."clicks" IS NOT NULL
        THEN COALESCE("t240"."clicks__provenance", 0)
        ELSE 0
      END << 36
    ) | (
      CASE
        WHEN "t240"."followers_gained" IS NOT NULL
        THEN COALESCE("t240"."followers_gained__provenance", 0)
        ELSE 0
      END << 38
    ) | (
      CASE
        WHEN (
          "t240"."followers_gained" IS NOT NULL
        )
        AND (
          "t240"."followers_start" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t240"."followers_gained__provenance", -1),
              COALESCE("t240"."followers_start__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 40
    ) | (
      CASE
        WHEN (
          "t240"."followers_gained" IS NOT NULL
        )
        AND (
          "t240"."followers_expected_gain" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t240"."followers_gained__provenance", -1),
              COALESCE("t240"."followers_expected_gain__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 42
    ) | (
      CASE
        WHEN "t240"."brand_followers_gained" IS NOT NULL
        THEN COALESCE("t240"."brand_followers_gained__provenance", 0)
        ELSE 0
      END << 44
    ) | (
      CASE
        WHEN (
          "t240"."brand_followers_gained" IS NOT NULL
        )
        AND (
          "t240"."brand_followers_start" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t240"."brand_followers_gained__provenance", -1),
              COALESCE("t240"."brand_followers_start__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 46
    ) | (
      CASE
        WHEN (
          "t240"."brand_followers_gained" IS NOT NULL
        )
        AND (
          "t240"."brand_followers_expected_gain" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t240"."brand_followers_gained__provenance", -1),
              COALESCE("t240"."brand_followers_expected_gain__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 48
    ) | (
      CASE
        WHEN "t240"."emv" IS NOT NULL
        THEN COALESCE("t240"."emv__provenance", 0)
        ELSE 0
      END << 50
    ) | (
      CASE
        WHEN "t240"."emv_authentic" IS NOT NULL
        THEN COALESCE("t240"."emv_authentic__provenance", 0)
        ELSE 0
      END << 52
    ) | (
      CASE
        WHEN (
          "t240"."impressions_with_estimates" IS NOT NULL
        )
        AND (
          (
            (
              "t240"."cost" / (
                CASE
                  WHEN "t240"."platform" = 'tiktok'
                  THEN 7.5
                  WHEN "t240"."platform" = 'youtube'
                  THEN 3.53
                  ELSE 19.8
                END * "t240"."paid_rate"
              )
            ) * 1000
          ) IS NOT NULL
        )
        THEN COALESCE("t240"."impressions_with_estimates__provenance", 0)
        ELSE 0
      END << 54
    ) | (
      CASE
        WHEN (
          "t240"."clicks" IS NOT NULL
        )
        AND (
          (
            "t240"."cost" / (
              CASE
                WHEN "t240"."platform" = 'tiktok'
                THEN CAST(NULL AS DOUBLE)
                WHEN "t240"."platform" = 'youtube'
                THEN CAST(NULL AS DOUBLE)
                ELSE 1.88
              END * "t240"."paid_rate"
            )
          ) IS NOT NULL
        )
        THEN COALESCE("t240"."clicks__provenance", 0)
        ELSE 0
      END << 56
    ) | (
      CASE
        WHEN (
          "t240"."views" IS NOT NULL
        )
        AND (
          (
            "t240"."cost" / (
              CASE WHEN "t240"."platform" = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * "t240"."paid_rate"
            )
          ) IS NOT NULL
        )
        THEN COALESCE("t240"."views__provenance", 0)
        ELSE 0
      END << 58
    ) AS "ranks__0"
  FROM (
    SELECT
      "t238"."campaign_id",
      "t238"."campaign",
      "t238"."influencer_id",
      "t238"."influencer",
      "t238"."account_id",
      "t238"."platform",
      "t238"."format",
      "t238"."post_id",
      "t238"."day",
      "t238"."reach",
      "t238"."impressions",
      "t238"."views",
      "t238"."likes",
      "t238"."comments",
      "t238"."shares",
      "t238"."saves",
      "t238"."clicks",
      "t238"."reach__provenance",
      "t238"."impressions__provenance",
      "t238"."views__provenance",
      "t238"."likes__provenance",
      "t238"."comments__provenance",
      "t238"."shares__provenance",
      "t238"."saves__provenance",
      "t238"."clicks__provenance",
      "t238"."followers",
      "t238"."followers__provenance",
      "t238"."engagements",
      "t238"."engagements__provenance",
      "t238"."impressions_with_estimates",
      "t238"."impressions_with_estimates__provenance",
      "t238"."er_reach_post",
      "t238"."er_followers_post",
      "t238"."er_impressions_post",
      "t238"."er_views_post",
      "t238"."er_reach_post__provenance",
      "t238"."er_followers_post__provenance",
      "t238"."er_impressions_post__provenance",
      "t238"."er_views_post__provenance",
      "t238"."post_platform",
      "t238"."publishing_influencer",
      "t238"."sponsored_posts",
      "t238"."disclosed_sponsored_posts",
      "t238"."cost",
      "t238"."key_message_posts",
      "t238"."ugc_post",
      "t238"."mentions",
      "t238"."brand_mentions",
      "t238"."mention_engagements",
      "t238"."brand_mention_engagements",
      "t238"."followers_start",
      "t238"."followers_gained",
      "t238"."followers_expected_gain",
      "t238"."followers_start__provenance",
      "t238"."followers_gained__provenance",
      "t238"."followers_expected_gain__provenance",
      "t238"."brand_followers_start",
      "t238"."brand_followers_gained",
      "t238"."brand_followers_expected_gain",
      "t238"."brand_followers_start__provenance",
      "t238"."brand_followers_gained__provenance",
      "t238"."brand_followers_expected_gain__provenance",
      "t238"."influencers_contacted",
      "t238"."influencers_interested",
      "t238"."posts_contracted",
      "t238"."products_sent",
      "t238"."key_messages",
      "t238"."emv_rate",
      "t238"."inauthentic_share",
      "t238"."emv",
      "t238"."emv__provenance",
      "t238"."emv_authentic",
      "t238"."emv_authentic__provenance",
      "t157"."paid_rate"
    FROM (
      SELECT
        "t235"."campaign_id",
        "t235"."campaign",
        "t235"."influencer_id",
        "t235"."influencer",
        "t235"."account_id",
        "t235"."platform",
        "t235"."format",
        "t235"."post_id",
        "t235"."day",
        "t235"."reach",
        "t235"."impressions",
        "t235"."views",
        "t235"."likes",
        "t235"."comments",
        "t235"."shares",
        "t235"."saves",
        "t235"."clicks",
        "t235"."reach__provenance",
        "t235"."impressions__provenance",
        "t235"."views__provenance",
        "t235"."likes__provenance",
        "t235"."comments__provenance",
        "t235"."shares__provenance",
        "t235"."saves__provenance",
        "t235"."clicks__provenance",
        "t235"."followers",
        "t235"."followers__provenance",
        "t235"."engagements",
        "t235"."engagements__provenance",
        "t235"."impressions_with_estimates",
        "t235"."impressions_with_estimates__provenance",
        "t235"."er_reach_post",
        "t235"."er_followers_post",
        "t235"."er_impressions_post",
        "t235"."er_views_post",
        "t235"."er_reach_post__provenance",
        "t235"."er_followers_post__provenance",
        "t235"."er_impressions_post__provenance",
        "t235"."er_views_post__provenance",
        "t235"."post_platform",
        "t235"."publishing_influencer",
        "t235"."sponsored_posts",
        "t235"."disclosed_sponsored_posts",
        "t235"."cost",
        "t235"."key_message_posts",
        "t235"."ugc_post",
        "t235"."mentions",
        "t235"."brand_mentions",
        "t235"."mention_engagements",
        "t235"."brand_mention_engagements",
        "t235"."followers_start",
        "t235"."followers_gained",
        "t235"."followers_expected_gain",
        "t235"."followers_start__provenance",
        "t235"."followers_gained__provenance",
        "t235"."followers_expected_gain__provenance",
        "t235"."brand_followers_start",
        "t235"."brand_followers_gained",
        "t235"."brand_followers_expected_gain",
        "t235"."brand_followers_start__provenance",
        "t235"."brand_followers_gained__provenance",
        "t235"."brand_followers_expected_gain__provenance",
        "t235"."influencers_contacted",
        "t235"."influencers_interested",
        "t235"."posts_contracted",
        "t235"."products_sent",
        "t235"."key_messages",
        "t235"."emv_rate",
        "t235"."inauthentic_share",
        CASE
          WHEN (
            "t235"."post_id" IS NOT NULL
          )
          AND (
            (
              (
                (
                  COALESCE("t235"."impressions", "t235"."views") * CASE WHEN "t235"."platform" = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                ) / 1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t235"."platform" = 'instagram'
                  THEN 0.07
                  WHEN "t235"."platform" = 'tiktok'
                  THEN 0.09
                  WHEN "t235"."platform" = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE)
                END * "t235"."likes"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t235"."platform" = 'instagram'
                  THEN 3.46
                  WHEN "t235"."platform" = 'tiktok'
                  THEN 3.52
                  WHEN "t235"."platform" = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE)
                END * "t235"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE WHEN "t235"."platform" = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * "t235"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              (
                COALESCE("t235"."impressions", "t235"."views") * CASE WHEN "t235"."platform" = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
              ) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t235"."platform" = 'instagram'
                THEN 0.07
                WHEN "t235"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t235"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE)
              END * "t235"."likes",
              0
            ) + COALESCE(
              CASE
                WHEN "t235"."platform" = 'instagram'
                THEN 3.46
                WHEN "t235"."platform" = 'tiktok'
                THEN 3.52
                WHEN "t235"."platform" = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE)
              END * "t235"."comments",
              0
            ) + COALESCE(
              CASE WHEN "t235"."platform" = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * "t235"."shares",
              0
            )
          ) * "t235"."emv_rate"
          ELSE CAST(NULL AS DOUBLE)
        END AS "emv",
        NULLIF(
          GREATEST(
            COALESCE("t235"."impressions__provenance", -1),
            COALESCE("t235"."views__provenance", -1),
            COALESCE("t235"."engagements__provenance", -1)
          ),
          -1
        ) AS "emv__provenance",
        CASE
          WHEN (
            "t235"."post_id" IS NOT NULL
          )
          AND (
            (
              (
                (
                  COALESCE("t235"."impressions", "t235"."views") * CASE WHEN "t235"."platform" = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                ) / 1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t235"."platform" = 'instagram'
                  THEN 0.07
                  WHEN "t235"."platform" = 'tiktok'
                  THEN 0.09
                  WHEN "t235"."platform" = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE)
                END * "t235"."likes"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t235"."platform" = 'instagram'
                  THEN 3.46
                  WHEN "t235"."platform" = 'tiktok'
                  THEN 3.52
                  WHEN "t235"."platform" = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE)
                END * "t235"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE WHEN "t235"."platform" = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * "t235"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              (
                COALESCE("t235"."impressions", "t235"."views") * CASE WHEN "t235"."platform" = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
              ) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t235"."platform" = 'instagram'
                THEN 0.07
                WHEN "t235"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t235"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE)
              END * "t235"."likes",
              0
            ) + COALESCE(
              CASE
                WHEN "t235"."platform" = 'instagram'
                THEN 3.46
                WHEN "t235"."platform" = 'tiktok'
                THEN 3.52
                WHEN "t235"."platform" = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE)
              END * "t235"."comments",
              0
            ) + COALESCE(
              CASE WHEN "t235"."platform" = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * "t235"."shares",
              0
            )
          ) * "t235"."emv_rate" * (
            1 - COALESCE("t235"."inauthentic_share", 0)
          )
          ELSE CAST(NULL AS DOUBLE)
        END AS "emv_authentic",
        NULLIF(
          GREATEST(
            COALESCE(
              NULLIF(
                GREATEST(
                  COALESCE("t235"."impressions__provenance", -1),
                  COALESCE("t235"."views__provenance", -1),
                  COALESCE("t235"."engagements__provenance", -1)
                ),
                -1
              ),
              -1
            ),
            COALESCE(CASE WHEN "t235"."inauthentic_share" > 0 THEN 2 ELSE CAST(NULL AS BIGINT) END, -1)
          ),
          -1
        ) AS "emv_authentic__provenance"
      FROM (
        SELECT
          "t233"."campaign_id",
          "t233"."campaign",
          "t233"."influencer_id",
          "t233"."influencer",
          "t233"."account_id",
          "t233"."platform",
          "t233"."format",
          "t233"."post_id",
          "t233"."day",
          "t233"."reach",
          "t233"."impressions",
          "t233"."views",
          "t233"."likes",
          "t233"."comments",
          "t233"."shares",
          "t233"."saves",
          "t233"."clicks",
          "t233"."reach__provenance",
          "t233"."impressions__provenance",
          "t233"."views__provenance",
          "t233"."likes__provenance",
          "t233"."comments__provenance",
          "t233"."shares__provenance",
          "t233"."saves__provenance",
          "t233"."clicks__provenance",
          "t233"."followers",
          "t233"."followers__provenance",
          "t233"."engagements",
          "t233"."engagements__provenance",
          "t233"."impressions_with_estimates",
          "t233"."impressions_with_estimates__provenance",
          "t233"."er_reach_post",
          "t233"."er_followers_post",
          "t233"."er_impressions_post",
          "t233"."er_views_post",
          "t233"."er_reach_post__provenance",
          "t233"."er_followers_post__provenance",
          "t233"."er_impressions_post__provenance",
          "t233"."er_views_post__provenance",
          "t233"."post_platform",
          "t233"."publishing_influencer",
          "t233"."sponsored_posts",
          "t233"."disclosed_sponsored_posts",
          "t233"."cost",
          "t233"."key_message_posts",
          "t233"."ugc_post",
          "t233"."mentions",
          "t233"."brand_mentions",
          "t233"."mention_engagements",
          "t233"."brand_mention_engagements",
          "t233"."followers_start",
          "t233"."followers_gained",
          "t233"."followers_expected_gain",
          "t233"."followers_start__provenance",
          "t233"."followers_gained__provenance",
          "t233"."followers_expected_gain__provenance",
          "t233"."brand_followers_start",
          "t233"."brand_followers_gained",
          "t233"."brand_followers_expected_gain",
          "t233"."brand_followers_start__provenance",
          "t233"."brand_followers_gained__provenance",
          "t233"."brand_followers_expected_gain__provenance",
          "t233"."influencers_contacted",
          "t233"."influencers_interested",
          "t233"."posts_contracted",
          "t233"."products_sent",
          "t233"."key_messages",
          "t233"."emv_rate",
          "t28"."inauthentic_share"
        FROM (
          SELECT
            "t230"."campaign_id",
            "t230"."campaign",
            "t230"."influencer_id",
            "t230"."influencer",
            "t230"."account_id",
            "t230"."platform",
            "t230"."format",
            "t230"."post_id",
            "t230"."day",
            "t230"."reach",
            "t230"."impressions",
            "t230"."views",
            "t230"."likes",
            "t230"."comments",
            "t230"."shares",
            "t230"."saves",
            "t230"."clicks",
            "t230"."reach__provenance",
            "t230"."impressions__provenance",
            "t230"."views__provenance",
            "t230"."likes__provenance",
            "t230"."comments__provenance",
            "t230"."shares__provenance",
            "t230"."saves__provenance",
            "t230"."clicks__provenance",
            "t230"."followers",
            "t230"."followers__provenance",
            "t230"."engagements",
            "t230"."engagements__provenance",
            "t230"."impressions_with_estimates",
            "t230"."impressions_with_estimates__provenance",
            "t230"."er_reach_post",
            "t230"."er_followers_post",
            "t230"."er_impressions_post",
            "t230"."er_views_post",
            "t230"."er_reach_post__provenance",
            "t230"."er_followers_post__provenance",
            "t230"."er_impressions_post__provenance",
            "t230"."er_views_post__provenance",
            "t230"."post_platform",
            "t230"."publishing_influencer",
            "t230"."sponsored_posts",
            "t230"."disclosed_sponsored_posts",
            "t230"."cost",
            "t230"."key_message_posts",
            "t230"."ugc_post",
            "t230"."mentions",
            "t230"."brand_mentions",
            "t230"."mention_engagements",
            "t230"."brand_mention_engagements",
            "t230"."followers_start",
            "t230"."followers_gained",
            "t230"."followers_expected_gain",
            "t230"."followers_start__provenance",
            "t230"."followers_gained__provenance",
            "t230"."followers_expected_gain__provenance",
            "t230"."brand_followers_start",
            "t230"."brand_followers_gained",
            "t230"."brand_followers_expected_gain",
            "t230"."brand_followers_start__provenance",
            "t230"."brand_followers_gained__provenance",
            "t230"."brand_followers_expected_gain__provenance",
            "t230"."influencers_contacted",
            "t230"."influencers_interested",
            "t230"."posts_contracted",
            "t230"."products_sent",
            "t230"."key_messages",
            "t158"."emv_rate"
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
                          "t221"."campaign_id",
                          "t221"."campaign",
                          "t221"."influencer_id",
                          "t221"."influencer",
                          "t221"."account_id",
                          "t221"."platform",
                          "t221"."format",
                          "t221"."post_id",
                          "t221"."day",
                          "t221"."reach",
                          "t221"."impressions",
                          "t221"."views",
                          "t221"."likes",
                          "t221"."comments",
                          "t221"."shares",
                          "t221"."saves",
                          "t221"."clicks",
                          "t221"."reach__provenance",
                          "t221"."impressions__provenance",
                          "t221"."views__provenance",
                          "t221"."likes__provenance",
                          "t221"."comments__provenance",
                          "t221"."shares__provenance",
                          "t221"."saves__provenance",
                          "t221"."clicks__provenance",
                          "t221"."followers",
                          CAST("t221"."followers__provenance" AS BIGINT) AS "followers__provenance",
                          "t221"."engagements",
                          "t221"."engagements__provenance",
                          "t221"."impressions_with_estimates",
                          "t221"."impressions_with_estimates__provenance",
                          "t221"."er_reach_post",
                          "t221"."er_followers_post",
                          "t221"."er_impressions_post",
                          "t221"."er_views_post",
                          "t221"."er_reach_post__provenance",
                          "t221"."er_followers_post__provenance",
                          "t221"."er_impressions_post__provenance",
                          "t221"."er_views_post__provenance",
                          "t221"."post_platform",
                          CAST("t221"."publishing_influencer" AS DOUBLE) AS "publishing_influencer",
                          "t221"."sponsored_posts",
                          "t221"."disclosed_sponsored_posts",
                          "t221"."cost",
                          "t221"."key_message_posts",
                          CAST(NULL AS DOUBLE) AS "ugc_post",
                          CAST(NULL AS DOUBLE) AS "mentions",
                          CAST(NULL AS DOUBLE) AS "brand_mentions",
                          CAST(NULL AS DOUBLE) AS "mention_engagements",
                          CAST(NULL AS DOUBLE) AS "brand_mention_engagements",
                          CAST(NULL AS DOUBLE) AS "followers_start",
                          CAST(NULL AS DOUBLE) AS "followers_gained",
                          CAST(NULL AS DOUBLE) AS "followers_expected_gain",
                          CAST(NULL AS BIGINT) AS "followers_start__provenance",
                          CAST(NULL AS BIGINT) AS "followers_gained__provenance",
                          CAST(NULL AS BIGINT) AS "followers_expected_gain__provenance",
                          CAST(NULL AS DOUBLE) AS "brand_followers_start",
                          CAST(NULL AS DOUBLE) AS "brand_followers_gained",
                          CAST(NULL AS DOUBLE) AS "brand_followers_expected_gain",
                          CAST(NULL AS BIGINT) AS "brand_followers_start__provenance",
                          CAST(NULL AS BIGINT) AS "brand_followers_gained__provenance",
                          CAST(NULL AS BIGINT) AS "brand_followers_expected_gain__provenance",
                          CAST(NULL AS DOUBLE) AS "influencers_contacted",
                          CAST(NULL AS DOUBLE) AS "influencers_interested",
                          CAST(NULL AS DOUBLE) AS "posts_contracted",
                          CAST(NULL AS DOUBLE) AS "products_sent",
                          CAST(NULL AS DOUBLE) AS "key_messages"
                        FROM (
                          SELECT
                            "t213"."campaign_id",
                            "t213"."campaign",
                            "t213"."influencer_id",
                            "t213"."influencer",
                            "t213"."account_id",
                            "t213"."platform",
                            "t213"."format",
                            "t213"."post_id",
                            "t213"."day",
                            "t213"."country",
                            "t213"."caption",
                            "t213"."sponsored",
                            "t213"."reach",
                            "t213"."impressions",
                            "t213"."views",
                            "t213"."likes",
                            "t213"."comments",
                            "t213"."shares",
                            "t213"."saves",
                            "t213"."clicks",
                            "t213"."reach__provenance",
                            "t213"."impressions__provenance",
                            "t213"."views__provenance",
                            "t213"."likes__provenance",
                            "t213"."comments__provenance",
                            "t213"."shares__provenance",
                            "t213"."saves__provenance",
                            "t213"."clicks__provenance",
                            "t213"."followers",
                            "t213"."followers__provenance",
                            "t213"."engagements",
                            "t213"."engagements__provenance",
                            "t213"."impressions_with_estimates",
                            "t213"."impressions_with_estimates__provenance",
                            "t213"."er_reach_post",
                            "t213"."er_followers_post",
                            "t213"."er_impressions_post",
                            "t213"."er_views_post",
                            "t213"."er_reach_post__provenance",
                            "t213"."er_followers_post__provenance",
                            "t213"."er_impressions_post__provenance",
                            "t213"."er_views_post__provenance",
                            "t213"."post_platform",
                            "t213"."publishing_influencer",
                            "t213"."sponsored_posts",
                            "t213"."disclosed_sponsored_posts",
                            "t213"."cost",
                            "t219"."key_message_posts"
                          FROM (
                            SELECT
                              "t201"."campaign_id",
                              "t201"."campaign",
                              "t201"."influencer_id",
                              "t201"."influencer",
                              "t201"."account_id",
                              "t201"."platform",
                              "t201"."format",
                              "t201"."post_id",
                              "t201"."day",
                              "t201"."country",
                              "t201"."caption",
                              "t201"."sponsored",
                              "t201"."reach",
                              "t201"."impressions",
                              "t201"."views",
                              "t201"."likes",
                              "t201"."comments",
                              "t201"."shares",
                              "t201"."saves",
                              "t201"."clicks",
                              "t201"."reach__provenance",
                              "t201"."impressions__provenance",
                              "t201"."views__provenance",
                              "t201"."likes__provenance",
                              "t201"."comments__provenance",
                              "t201"."shares__provenance",
                              "t201"."saves__provenance",
                              "t201"."clicks__provenance",
                              "t201"."followers",
                              "t201"."followers__provenance",
                              "t201"."engagements",
                              "t201"."engagements__provenance",
                              "t201"."impressions_with_estimates",
                              "t201"."impressions_with_estimates__provenance",
                              "t201"."er_reach_post",
                              "t201"."er_followers_post",
                              "t201"."er_impressions_post",
                              "t201"."er_views_post",
                              "t201"."er_reach_post__provenance",
                              "t201"."er_followers_post__provenance",
                              "t201"."er_impressions_post__provenance",
                              "t201"."er_views_post__provenance",
                              "t201"."post_platform",
                              "t201"."publishing_influencer",
                              "t201"."sponsored_posts",
                              "t201"."disclosed_sponsored_posts",
                              "t194"."cost"
                            FROM "post_rows" AS "t201"
                            LEFT OUTER JOIN (
                              SELECT
                                "t100"."post_id",
                                "t187"."cost"
                              FROM "campaign_posts_in" AS "t100"
                              INNER JOIN (
                                SELECT
                                  "t178"."campaign_id",
                                  "t178"."influencer_id",
                                  SUM("t178"."share") AS "cost"
                                FROM (
                                  SELECT
                                    "t174"."campaign_id",
                                    "t174"."influencer_id",
                                    "t174"."amount" / "t115"."n_posts" AS "share"
                                  FROM (
                                    SELECT
                                      "t103"."campaign_id",
                                      "t103"."campaign",
                                      "t103"."influencer_id",
                                      "t103"."incurred_on",
                                      "t103"."amount" * "t164"."rate" AS "amount"
                                    FROM "t84" AS "t103"
                                    LEFT OUTER JOIN (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t97"."key",
                                          CAST(1 AS DOUBLE) AS "rate"
                                        FROM "t84" AS "t97"
                                        WHERE
                                          "t97"."base" = "t97"."quote"
                                      ) AS "t113"
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t146"."key",
                                          "t146"."rate"
                                        FROM (
                                          SELECT
                                            "t123"."key",
                                            "t123"."on",
                                            "t123"."rate",
                                            "t123"."valid",
                                            ROW_NUMBER() OVER (
                                              PARTITION BY "t123"."key"
                                              ORDER BY CASE WHEN "t123"."valid" <= "t123"."on" THEN 0 ELSE 1 END ASC, ABS("t123"."valid" - "t123"."on") ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                            ) - 1 AS "order"
                                          FROM (
                                            SELECT
                                              "t103"."key",
                                              "t103"."on",
                                              "t79"."rate",
                                              EPOCH(CAST(CAST("t79"."valid_on" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "valid"
                                            FROM "t84" AS "t103"
                                            INNER JOIN "t68" AS "t79"
                                              ON "t103"."base" = "t79"."base" AND "t103"."quote" = "t79"."quote"
                                          ) AS "t123"
                                        ) AS "t146"
                                        WHERE
                                          "t146"."order" = 0
                                      ) AS "t156"
                                    ) AS "t164"
                                      ON "t103"."key" = "t164"."key"
                                  ) AS "t174"
                                  INNER JOIN (
                                    SELECT
                                      "t94"."campaign_id",
                                      "t94"."influencer_id",
                                      COUNT("t94"."post_id") AS "n_posts"
                                    FROM "campaign_posts_in" AS "t94"
                                    GROUP BY
                                      1,
                                      2
                                  ) AS "t115"
                                    ON "t174"."campaign_id" = "t115"."campaign_id"
                                    AND "t174"."influencer_id" = "t115"."influencer_id"
                                ) AS "t178"
                                GROUP BY
                                  1,
                                  2
                              ) AS "t187"
                                ON "t187"."campaign_id" = "t100"."campaign_id"
                                AND "t187"."influencer_id" = "t100"."influencer_id"
                            ) AS "t194"
                              ON "t201"."post_id" = "t194"."post_id"
                          ) AS "t213"
                          LEFT OUTER JOIN (
                            SELECT
                              "t214"."post_id",
                              MAX(
                                CAST(CAST(COALESCE(CONTAINS(LOWER("t214"."caption"), LOWER("t214"."message")), FALSE) AS INT) AS DOUBLE)
                              ) AS "key_message_posts"
                            FROM (
                              SELECT
                                "t207"."campaign_id",
                                "t207"."post_id",
                                "t207"."caption",
                                "t86"."message"
                              FROM (
                                SELECT
                                  "t199"."campaign_id",
                                  "t199"."post_id",
                                  "t199"."caption"
                                FROM "post_rows" AS "t199"
                              ) AS "t207"
                              INNER JOIN (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    CAST("t0"."id" AS BIGINT) AS "campaign_id",
                                    UNNEST(STR_SPLIT("t0"."key_messages", '
')) AS "message"
                                  FROM "campaign" AS "t0"
                                ) AS "t47"
                                WHERE
                                  LENGTH("t47"."message") > 0
                              ) AS "t86"
                                ON "t207"."campaign_id" = "t86"."campaign_id"
                            ) AS "t214"
                            GROUP BY
                              1
                          ) AS "t219"
                            ON "t213"."post_id" = "t219"."post_id"
                        ) AS "t221"
                      ) AS "t222"
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t216"."campaign_id",
                          "t216"."campaign",
                          CAST(NULL AS BIGINT) AS "influencer_id",
                          CAST(NULL AS TEXT) AS "influencer",
                          CAST(NULL AS BIGINT) AS "account_id",
                          "t216"."platform",
                          CAST(NULL AS TEXT) AS "format",
                          CAST(NULL AS BIGINT) AS "post_id",
                          "t216"."day",
                          CAST(NULL AS DOUBLE) AS "reach",
                          CAST(NULL AS DOUBLE) AS "impressions",
                          CAST(NULL AS DOUBLE) AS "views",
                          CAST(NULL AS DOUBLE) AS "likes",
                          CAST(NULL AS DOUBLE) AS "comments",
                          CAST(NULL AS DOUBLE) AS "shares",
                          CAST(NULL AS DOUBLE) AS "saves",
                          CAST(NULL AS DOUBLE) AS "clicks",
                          CAST(NULL AS BIGINT) AS "reach__provenance",
                          CAST(NULL AS BIGINT) AS "impressions__provenance",
                          CAST(NULL AS BIGINT) AS "views__provenance",
                          CAST(NULL AS BIGINT) AS "likes__provenance",
                          CAST(NULL AS BIGINT) AS "comments__provenance",
                          CAST(NULL AS BIGINT) AS "shares__provenance",
                          CAST(NULL AS BIGINT) AS "saves__provenance",
                          CAST(NULL AS BIGINT) AS "clicks__provenance",
                          CAST(NULL AS DOUBLE) AS "followers",
                          CAST(NULL AS BIGINT) AS "followers__provenance",
                          CAST(NULL AS DOUBLE) AS "engagements",
                          CAST(NULL AS BIGINT) AS "engagements__provenance",
                          CAST(NULL AS DOUBLE) AS "impressions_with_estimates",
                          CAST(NULL AS BIGINT) AS "impressions_with_estimates__provenance",
                          CAST(NULL AS DOUBLE) AS "er_reach_post",
                          CAST(NULL AS DOUBLE) AS "er_followers_post",
                          CAST(NULL AS DOUBLE) AS "er_impressions_post",
                          CAST(NULL AS DOUBLE) AS "er_views_post",
                          CAST(NULL AS BIGINT) AS "er_reach_post__provenance",
                          CAST(NULL AS BIGINT) AS "er_followers_post__provenance",
                          CAST(NULL AS BIGINT) AS "er_impressions_post__provenance",
                          CAST(NULL AS BIGINT) AS "er_views_post__provenance",
                          CAST(NULL AS TEXT) AS "post_platform",
                          CAST(NULL AS DOUBLE) AS "publishing_influencer",
                          CAST(NULL AS DOUBLE) AS "sponsored_posts",
                          CAST(NULL AS DOUBLE) AS "disclosed_sponsored_posts",
                          CAST(NULL AS DOUBLE) AS "cost",
                          CAST(NULL AS DOUBLE) AS "key_message_posts",
                          CAST("t216"."ugc_post" AS DOUBLE) AS "ugc_post",
                          CAST(NULL AS DOUBLE) AS "mentions",
                          CAST(NULL AS DOUBLE) AS "brand_mentions",
                          CAST(NULL AS DOUBLE) AS "mention_engagements",
                          CAST(NULL AS DOUBLE) AS "brand_mention_engagements",
                          CAST(NULL AS DOUBLE) AS "followers_start",
                          CAST(NULL AS DOUBLE) AS "followers_gained",
                          CAST(NULL AS DOUBLE) AS "followers_expected_gain",
                          CAST(NULL AS BIGINT) AS "followers_start__provenance",
                          CAST(NULL AS BIGINT) AS "followers_gained__provenance",
                          CAST(NULL AS BIGINT) AS "followers_expected_gain__provenance",
                          CAST(NULL AS DOUBLE) AS "brand_followers_start",
                          CAST(NULL AS DOUBLE) AS "brand_followers_gained",
                          CAST(NULL AS DOUBLE) AS "brand_followers_expected_gain",
                          CAST(NULL AS BIGINT) AS "brand_followers_start__provenance",
                          CAST(NULL AS BIGINT) AS "brand_followers_gained__provenance",
                          CAST(NULL AS BIGINT) AS "brand_followers_expected_gain__provenance",
                          CAST(NULL AS DOUBLE) AS "influencers_contacted",
                          CAST(NULL AS DOUBLE) AS "influencers_interested",
                          CAST(NULL AS DOUBLE) AS "posts_contracted",
                          CAST(NULL AS DOUBLE) AS "products_sent",
                          CAST(NULL AS DOUBLE) AS "key_messages"
                        FROM (
                          SELECT
                            "t136"."campaign_id",
                            "t136"."campaign",
                            "t136"."platform",
                            "t136"."day",
                            "t136"."post_id" AS "ugc_post"
                          FROM (
                            SELECT DISTINCT
                              *
                            FROM (
                              SELECT
                                "t87"."campaign_id",
                                "t87"."campaign",
                                "t95"."post_id",
                                "t95"."influencer_id",
                                "t95"."platform",
                                "t95"."day"
                              FROM (
                                SELECT
                                  CAST("t56"."id" AS BIGINT) AS "post_id",
                                  CAST("t17"."id" AS BIGINT) AS "influencer_id",
                                  "t17"."workspace_id",
                                  "t17"."is_brand",
                                  CAST("t19"."platform" AS TEXT) AS "platform",
                                  "t56"."published_on" AS "day",
                                  "t56"."hashtags"
                                FROM (
                                  SELECT
                                    *
                                  FROM "post" AS "t10"
                                  WHERE
                                    "t10"."published_on" <= MAKE_DATE(2026, 3, 31) AND "t10"."campaign_id" IS NULL
                                ) AS "t56"
                                INNER JOIN "account" AS "t19"
                                  ON "t56"."account_id" = "t19"."id"
                                INNER JOIN "influencer" AS "t17"
                                  ON "t19"."influencer_id" = "t17"."id"
                              ) AS "t95"
                              INNER JOIN (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    CAST("t0"."id" AS BIGINT) AS "campaign_id",
                                    CAST("t0"."name" AS TEXT) AS "campaign",
                                    "t0"."workspace_id",
                                    "t0"."start_date" AS "start",
                                    "t0"."end_date" AS "end",
                                    UNNEST(STR_SPLIT("t0"."hashtags", ',')) AS "tag"
                                  FROM "campaign" AS "t0"
                                ) AS "t48"
                                WHERE
                                  LENGTH("t48"."tag") > 0
                              ) AS "t87"
                                ON "t95"."workspace_id" = "t87"."workspace_id"
                                AND "t95"."day" >= "t87"."start"
                                AND "t95"."day" <= "t87"."end"
                                AND NOT (
                                  "t95"."is_brand"
                                )
                                AND CONTAINS(',' || "t95"."hashtags" || ',', ',' || "t87"."tag" || ',')
                            ) AS "t127"
                          ) AS "t136"
                          ANTI JOIN (
                            SELECT DISTINCT
                              *
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  CAST("t7"."campaign_id" AS BIGINT) AS "campaign_id",
                                  CAST("t7"."influencer_id" AS BIGINT) AS "influencer_id"
                                FROM "roster" AS "t7"
                              ) AS "t31"
                              UNION ALL
                              SELECT
                                *
                              FROM (
                                SELECT
                                  "t199"."campaign_id",
                                  "t199"."influencer_id"
                                FROM "post_rows" AS "t199"
                              ) AS "t203"
                            ) AS "t206"
                          ) AS "t211"
                            ON "t136"."campaign_id" = "t211"."campaign_id"
                            AND "t136"."influencer_id" = "t211"."influencer_id"
                        ) AS "t216"
                      ) AS "t217"
                    ) AS "t223"
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t177"."campaign_id",
                        "t177"."campaign",
                        "t177"."influencer_id",
                        "t177"."influencer",
                        CAST(NULL AS BIGINT) AS "account_id",
                        CAST(NULL AS TEXT) AS "platform",
                        CAST(NULL AS TEXT) AS "format",
                        CAST(NULL AS BIGINT) AS "post_id",
                        "t177"."day",
                        CAST(NULL AS DOUBLE) AS "reach",
                        CAST(NULL AS DOUBLE) AS "impressions",
                        CAST(NULL AS DOUBLE) AS "views",
                        CAST(NULL AS DOUBLE) AS "likes",
                        CAST(NULL AS DOUBLE) AS "comments",
                        CAST(NULL AS DOUBLE) AS "shares",
                        CAST(NULL AS DOUBLE) AS "saves",
                        CAST(NULL AS DOUBLE) AS "clicks",
                        CAST(NULL AS BIGINT) AS "reach__provenance",
                        CAST(NULL AS BIGINT) AS "impressions__provenance",
                        CAST(NULL AS BIGINT) AS "views__provenance",
                        CAST(NULL AS BIGINT) AS "likes__provenance",
                        CAST(NULL AS BIGINT) AS "comments__provenance",
                        CAST(NULL AS BIGINT) AS "shares__provenance",
                        CAST(NULL AS BIGINT) AS "saves__provenance",
                        CAST(NULL AS BIGINT) AS "clicks__provenance",
                        CAST(NULL AS DOUBLE) AS "followers",
                        CAST(NULL AS BIGINT) AS "followers__provenance",
                        CAST(NULL AS DOUBLE) AS "engagements",
                        CAST(NULL AS BIGINT) AS "engagements__provenance",
                        CAST(NULL AS DOUBLE) AS "impressions_with_estimates",
                        CAST(NULL AS BIGINT) AS "impressions_with_estimates__provenance",
                        CAST(NULL AS DOUBLE) AS "er_reach_post",
                        CAST(NULL AS DOUBLE) AS "er_followers_post",
                        CAST(NULL AS DOUBLE) AS "er_impressions_post",
                        CAST(NULL AS DOUBLE) AS "er_views_post",
                        CAST(NULL AS BIGINT) AS "er_reach_post__provenance",
                        CAST(NULL AS BIGINT) AS "er_followers_post__provenance",
                        CAST(NULL AS BIGINT) AS "er_impressions_post__provenance",
                        CAST(NULL AS BIGINT) AS "er_views_post__provenance",
                        CAST(NULL AS TEXT) AS "post_platform",
                        CAST(NULL AS DOUBLE) AS "publishing_influencer",
                        CAST(NULL AS DOUBLE) AS "sponsored_posts",
                        CAST(NULL AS DOUBLE) AS "disclosed_sponsored_posts",
                        "t177"."cost",
                        CAST(NULL AS DOUBLE) AS "key_message_posts",
                        CAST(NULL AS DOUBLE) AS "ugc_post",
                        CAST(NULL AS DOUBLE) AS "mentions",
                        CAST(NULL AS DOUBLE) AS "brand_mentions",
                        CAST(NULL AS DOUBLE) AS "mention_engagements",
                        CAST(NULL AS DOUBLE) AS "brand_mention_engagements",
                        CAST(NULL AS DOUBLE) AS "followers_start",
                        CAST(NULL AS DOUBLE) AS "followers_gained",
                        CAST(NULL AS DOUBLE) AS "followers_expected_gain",
                        CAST(NULL AS BIGINT) AS "followers_start__provenance",
                        CAST(NULL AS BIGINT) AS "followers_gained__provenance",
                        CAST(NULL AS BIGINT) AS "followers_expected_gain__provenance",
                        CAST(NULL AS DOUBLE) AS "brand_followers_start",
                        CAST(NULL AS DOUBLE) AS "brand_followers_gained",
                        CAST(NULL AS DOUBLE) AS "brand_followers_expected_gain",
                        CAST(NULL AS BIGINT) AS "brand_followers_start__provenance",
                        CAST(NULL AS BIGINT) AS "brand_followers_gained__provenance",
                        CAST(NULL AS BIGINT) AS "brand_followers_expected_gain__provenance",
                        CAST(NULL AS DOUBLE) AS "influencers_contacted",
                        CAST(NULL AS DOUBLE) AS "influencers_interested",
                        CAST(NULL AS DOUBLE) AS "posts_contracted",
                        CAST(NULL AS DOUBLE) AS "products_sent",
                        CAST(NULL AS DOUBLE) AS "key_messages"
                      FROM (
                        SELECT
                          "t173"."campaign_id",
                          "t173"."campaign",
                          "t173"."influencer_id",
                          CAST("t17"."name" AS TEXT) AS "influencer",
                          "t173"."incurred_on" AS "day",
                          "t173"."amount" AS "cost"
                        FROM (
                          SELECT
                            "t102"."campaign_id",
                            "t102"."campaign",
                            "t102"."influencer_id",
                            "t102"."incurred_on",
                            "t102"."amount" * "t163"."rate" AS "amount"
                          FROM "t84" AS "t102"
                          LEFT OUTER JOIN (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t96"."key",
                                CAST(1 AS DOUBLE) AS "rate"
                              FROM "t84" AS "t96"
                              WHERE
                                "t96"."base" = "t96"."quote"
                            ) AS "t112"
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t145"."key",
                                "t145"."rate"
                              FROM (
                                SELECT
                                  "t122"."key",
                                  "t122"."on",
                                  "t122"."rate",
                                  "t122"."valid",
                                  ROW_NUMBER() OVER (
                                    PARTITION BY "t122"."key"
                                    ORDER BY CASE WHEN "t122"."valid" <= "t122"."on" THEN 0 ELSE 1 END ASC, ABS("t122"."valid" - "t122"."on") ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  ) - 1 AS "order"
                                FROM (
                                  SELECT
                                    "t102"."key",
                                    "t102"."on",
                                    "t78"."rate",
                                    EPOCH(CAST(CAST("t78"."valid_on" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "valid"
                                  FROM "t84" AS "t102"
                                  INNER JOIN "t68" AS "t78"
                                    ON "t102"."base" = "t78"."base" AND "t102"."quote" = "t78"."quote"
                                ) AS "t122"
                              ) AS "t145"
                              WHERE
                                "t145"."order" = 0
                            ) AS "t155"
                          ) AS "t163"
                            ON "t102"."key" = "t163"."key"
                        ) AS "t173"
                        ANTI JOIN (
                          SELECT
                            "t94"."campaign_id",
                            "t94"."influencer_id",
                            COUNT("t94"."post_id") AS "n_posts"
                          FROM "campaign_posts_in" AS "t94"
                          GROUP BY
                            1,
                            2
                        ) AS "t115"
                          ON "t173"."campaign_id" = "t115"."campaign_id"
                          AND "t173"."influencer_id" = "t115"."influencer_id"
                        LEFT OUTER JOIN "influencer" AS "t17"
                          ON "t173"."influencer_id" = "t17"."id"
                      ) AS "t177"
                    ) AS "t182"
                  ) AS "t224"
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t93"."campaign_id",
                      "t93"."campaign",
                      CAST(NULL AS BIGINT) AS "influencer_id",
                      CAST(NULL AS TEXT) AS "influencer",
                      CAST(NULL AS BIGINT) AS "account_id",
                      "t93"."platform",
                      CAST(NULL AS TEXT) AS "format",
                      CAST(NULL AS BIGINT) AS "post_id",
                      "t93"."day",
                      CAST(NULL AS DOUBLE) AS "reach",
                      CAST(NULL AS DOUBLE) AS "impressions",
                      CAST(NULL AS DOUBLE) AS "views",
                      CAST(NULL AS DOUBLE) AS "likes",
                      CAST(NULL AS DOUBLE) AS "comments",
                      CAST(NULL AS DOUBLE) AS "shares",
                      CAST(NULL AS DOUBLE) AS "saves",
                      CAST(NULL AS DOUBLE) AS "clicks",
                      CAST(NULL AS BIGINT) AS "reach__provenance",
                      CAST(NULL AS BIGINT) AS "impressions__provenance",
                      CAST(NULL AS BIGINT) AS "views__provenance",
                      CAST(NULL AS BIGINT) AS "likes__provenance",
                      CAST(NULL AS BIGINT) AS "comments__provenance",
                      CAST(NULL AS BIGINT) AS "shares__provenance",
                      CAST(NULL AS BIGINT) AS "saves__provenance",
                      CAST(NULL AS BIGINT) AS "clicks__provenance",
                      CAST(NULL AS DOUBLE) AS "followers",
                      CAST(NULL AS BIGINT) AS "followers__provenance",
                      CAST(NULL AS DOUBLE) AS "engagements",
                      CAST(NULL AS BIGINT) AS "engagements__provenance",
                      CAST(NULL AS DOUBLE) AS "impressions_with_estimates",
                      CAST(NULL AS BIGINT) AS "impressions_with_estimates__provenance",
                      CAST(NULL AS DOUBLE) AS "er_reach_post",
                      CAST(NULL AS DOUBLE) AS "er_followers_post",
                      CAST(NULL AS DOUBLE) AS "er_impressions_post",
                      CAST(NULL AS DOUBLE) AS "er_views_post",
                      CAST(NULL AS BIGINT) AS "er_reach_post__provenance",
                      CAST(NULL AS BIGINT) AS "er_followers_post__provenance",
                      CAST(NULL AS BIGINT) AS "er_impressions_post__provenance",
                      CAST(NULL AS BIGINT) AS "er_views_post__provenance",
                      CAST(NULL AS TEXT) AS "post_platform",
                      CAST(NULL AS DOUBLE) AS "publishing_influencer",
                      CAST(NULL AS DOUBLE) AS "sponsored_posts",
                      CAST(NULL AS DOUBLE) AS "disclosed_sponsored_posts",
                      CAST(NULL AS DOUBLE) AS "cost",
                      CAST(NULL AS DOUBLE) AS "key_message_posts",
                      CAST(NULL AS DOUBLE) AS "ugc_post",
                      "t93"."mentions",
                      "t93"."brand_mentions",
                      "t93"."mention_engagements",
                      "t93"."brand_mention_engagements",
                      CAST(NULL AS DOUBLE) AS "followers_start",
                      CAST(NULL AS DOUBLE) AS "followers_gained",
                      CAST(NULL AS DOUBLE) AS "followers_expected_gain",
                      CAST(NULL AS BIGINT) AS "followers_start__provenance",
                      CAST(NULL AS BIGINT) AS "followers_gained__provenance",
                      CAST(NULL AS BIGINT) AS "followers_expected_gain__provenance",
                      CAST(NULL AS DOUBLE) AS "brand_followers_start",
                      CAST(NULL AS DOUBLE) AS "brand_followers_gained",
                      CAST(NULL AS DOUBLE) AS "brand_followers_expected_gain",
                      CAST(NULL AS BIGINT) AS "brand_followers_start__provenance",
                      CAST(NULL AS BIGINT) AS "brand_followers_gained__provenance",
                      CAST(NULL AS BIGINT) AS "brand_followers_expected_gain__provenance",
                      CAST(NULL AS DOUBLE) AS "influencers_contacted",
                      CAST(NULL AS DOUBLE) AS "influencers_interested",
                      CAST(NULL AS DOUBLE) AS "posts_contracted",
                      CAST(NULL AS DOUBLE) AS "products_sent",
                      CAST(NULL AS DOUBLE) AS "key_messages"
                    FROM (
                      SELECT
                        CAST("t61"."id" AS BIGINT) AS "campaign_id",
                        CAST("t61"."name" AS TEXT) AS "campaign",
                        CAST("t54"."platform" AS TEXT) AS "platform",
                        "t54"."mentioned_on" AS "day",
                        CAST(1 AS DOUBLE) AS "mentions",
                        CAST(CAST(COALESCE("t54"."own", FALSE) AS INT) AS DOUBLE) AS "brand_mentions",
                        "t54"."engagements" AS "mention_engagements",
                        CAST(CAST(COALESCE("t54"."own", FALSE) AS INT) AS DOUBLE) * "t54"."engagements" AS "brand_mention_engagements"
                      FROM (
                        SELECT
                          *
                        FROM "mention" AS "t9"
                        WHERE
                          "t9"."mentioned_on" <= MAKE_DATE(2026, 3, 31)
                      ) AS "t54"
                      INNER JOIN "t24" AS "t61"
                        ON "t54"."workspace_id" = "t61"."workspace_id"
                        AND "t54"."mentioned_on" >= "t61"."start_date"
                        AND "t54"."mentioned_on" <= "t61"."end_date"
                    ) AS "t93"
                  ) AS "t108"
                ) AS "t225"
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    "t215"."campaign_id",
                    "t215"."campaign",
                    "t215"."influencer_id",
                    "t215"."influencer",
                    "t215"."account_id",
                    "t215"."platform",
                    CAST(NULL AS TEXT) AS "format",
                    CAST(NULL AS BIGINT) AS "post_id",
                    "t215"."day",
                    CAST(NULL AS DOUBLE) AS "reach",
                    CAST(NULL AS DOUBLE) AS "impressions",
                    CAST(NULL AS DOUBLE) AS "views",
                    CAST(NULL AS DOUBLE) AS "likes",
                    CAST(NULL AS DOUBLE) AS "comments",
                    CAST(NULL AS DOUBLE) AS "shares",
                    CAST(NULL AS DOUBLE) AS "saves",
                    CAST(NULL AS DOUBLE) AS "clicks",
                    CAST(NULL AS BIGINT) AS "reach__provenance",
                    CAST(NULL AS BIGINT) AS "impressions__provenance",
                    CAST(NULL AS BIGINT) AS "views__provenance",
                    CAST(NULL AS BIGINT) AS "likes__provenance",
                    CAST(NULL AS BIGINT) AS "comments__provenance",
                    CAST(NULL AS BIGINT) AS "shares__provenance",
                    CAST(NULL AS BIGINT) AS "saves__provenance",
                    CAST(NULL AS BIGINT) AS "clicks__provenance",
                    CAST(NULL AS DOUBLE) AS "followers",
                    CAST(NULL AS BIGINT) AS "followers__provenance",
                    CAST(NULL AS DOUBLE) AS "engagements",
                    CAST(NULL AS BIGINT) AS "engagements__provenance",
                    CAST(NULL AS DOUBLE) AS "impressions_with_estimates",
                    CAST(NULL AS BIGINT) AS "impressions_with_estimates__provenance",
                    CAST(NULL AS DOUBLE) AS "er_reach_post",
                    CAST(NULL AS DOUBLE) AS "er_followers_post",
                    CAST(NULL AS DOUBLE) AS "er_impressions_post",
                    CAST(NULL AS DOUBLE) AS "er_views_post",
                    CAST(NULL AS BIGINT) AS "er_reach_post__provenance",
                    CAST(NULL AS BIGINT) AS "er_followers_post__provenance",
                    CAST(NULL AS BIGINT) AS "er_impressions_post__provenance",
                    CAST(NULL AS BIGINT) AS "er_views_post__provenance",
                    CAST(NULL AS TEXT) AS "post_platform",
                    CAST(NULL AS DOUBLE) AS "publishing_influencer",
                    CAST(NULL AS DOUBLE) AS "sponsored_posts",
                    CAST(NULL AS DOUBLE) AS "disclosed_sponsored_posts",
                    CAST(NULL AS DOUBLE) AS "cost",
                    CAST(NULL AS DOUBLE) AS "key_message_posts",
                    CAST(NULL AS DOUBLE) AS "ugc_post",
                    CAST(NULL AS DOUBLE) AS "mentions",
                    CAST(NULL AS DOUBLE) AS "brand_mentions",
                    CAST(NULL AS DOUBLE) AS "mention_engagements",
                    CAST(NULL AS DOUBLE) AS "brand_mention_engagements",
                    CASE
                      WHEN "t215"."is_brand" = FALSE
                      THEN "t215"."start_followers"
                      ELSE CAST(NULL AS DOUBLE)
                    END AS "followers_start",
                    CASE
                      WHEN "t215"."is_brand" = FALSE
                      THEN CASE
                        WHEN "t215"."end_seen_at" > "t215"."start_seen_at"
                        THEN "t215"."end_followers" - "t215"."start_followers"
                        ELSE CAST(NULL AS DOUBLE)
                      END
                      ELSE CAST(NULL AS DOUBLE)
                    END AS "followers_gained",
                    CASE
                      WHEN "t215"."is_brand" = FALSE
                      THEN CASE
                        WHEN "t215"."end_seen_at" > "t215"."start_seen_at"
                        THEN (
                          (
                            "t215"."start_followers" - "t215"."before_followers"
                          ) / NULLIF(CAST("t215"."start_seen_at" - "t215"."before_seen_at" AS DOUBLE), 0)
                        ) * (
                          "t215"."end_seen_at" - "t215"."start_seen_at"
                        )
                        ELSE CAST(NULL AS DOUBLE)
                      END
                      ELSE CAST(NULL AS DOUBLE)
                    END AS "followers_expected_gain",
                    CAST(CASE
                      WHEN "t215"."is_brand" = FALSE
                      THEN "t215"."start_rank"
                      ELSE CAST(NULL AS TINYINT)
                    END AS BIGINT) AS "followers_start__provenance",
                    CASE
                      WHEN "t215"."is_brand" = FALSE
                      THEN CASE
                        WHEN "t215"."end_seen_at" > "t215"."start_seen_at"
                        THEN NULLIF(GREATEST(COALESCE("t215"."start_rank", -1), COALESCE("t215"."end_rank", -1)), -1)
                        ELSE CAST(NULL AS BIGINT)
                      END
                      ELSE CAST(NULL AS BIGINT)
                    END AS "followers_gained__provenance",
                    CASE
                      WHEN "t215"."is_brand" = FALSE
                      THEN CASE
                        WHEN CASE
                          WHEN "t215"."end_seen_at" > "t215"."start_seen_at"
                          THEN (
                            (
                              "t215"."start_followers" - "t215"."before_followers"
                            ) / NULLIF(CAST("t215"."start_seen_at" - "t215"."before_seen_at" AS DOUBLE), 0)
                          ) * (
                            "t215"."end_seen_at" - "t215"."start_seen_at"
                          )
                          ELSE CAST(NULL AS DOUBLE)
                        END IS NOT NULL
                        THEN NULLIF(
                          GREATEST(
                            COALESCE(
                              CASE
                                WHEN "t215"."end_seen_at" > "t215"."start_seen_at"
                                THEN NULLIF(GREATEST(COALESCE("t215"."start_rank", -1), COALESCE("t215"."end_rank", -1)), -1)
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              -1
                            ),
                            COALESCE("t215"."before_rank", -1)
                          ),
                          -1
                        )
                        ELSE CAST(NULL AS BIGINT)
                      END
                      ELSE CAST(NULL AS BIGINT)
                    END AS "followers_expected_gain__provenance",
                    CASE
                      WHEN "t215"."is_brand" = TRUE
                      THEN "t215"."start_followers"
                      ELSE CAST(NULL AS DOUBLE)
                    END AS "brand_followers_start",
                    CASE
                      WHEN "t215"."is_brand" = TRUE
                      THEN CASE
                        WHEN "t215"."end_seen_at" > "t215"."start_seen_at"
                        THEN "t215"."end_followers" - "t215"."start_followers"
                        ELSE CAST(NULL AS DOUBLE)
                      END
                      ELSE CAST(NULL AS DOUBLE)
                    END AS "brand_followers_gained",
                    CASE
                      WHEN "t215"."is_brand" = TRUE
                      THEN CASE
                        WHEN "t215"."end_seen_at" > "t215"."start_seen_at"
                        THEN (
                          (
                            "t215"."start_followers" - "t215"."before_followers"
                          ) / NULLIF(CAST("t215"."start_seen_at" - "t215"."before_seen_at" AS DOUBLE), 0)
                        ) * (
                          "t215"."end_seen_at" - "t215"."start_seen_at"
                        )
                        ELSE CAST(NULL AS DOUBLE)
                      END
                      ELSE CAST(NULL AS DOUBLE)
                    END AS "brand_followers_expected_gain",
                    CAST(CASE
                      WHEN "t215"."is_brand" = TRUE
                      THEN "t215"."start_rank"
                      ELSE CAST(NULL AS TINYINT)
                    END AS BIGINT) AS "brand_followers_start__provenance",
                    CASE
                      WHEN "t215"."is_brand" = TRUE
                      THEN CASE
                        WHEN "t215"."end_seen_at" > "t215"."start_seen_at"
                        THEN NULLIF(GREATEST(COALESCE("t215"."start_rank", -1), COALESCE("t215"."end_rank", -1)), -1)
                        ELSE CAST(NULL AS BIGINT)
                      END
                      ELSE CAST(NULL AS BIGINT)
                    END AS "brand_followers_gained__provenance",
                    CASE
                      WHEN "t215"."is_brand" = TRUE
                      THEN CASE
                        WHEN CASE
                          WHEN "t215"."end_seen_at" > "t215"."start_seen_at"
                          THEN (
                            (
                              "t215"."start_followers" - "t215"."before_followers"
                            ) / NULLIF(CAST("t215"."start_seen_at" - "t215"."before_seen_at" AS DOUBLE), 0)
                          ) * (
                            "t215"."end_seen_at" - "t215"."start_seen_at"
                          )
                          ELSE CAST(NULL AS DOUBLE)
                        END IS NOT NULL
                        THEN NULLIF(
                          GREATEST(
                            COALESCE(
                              CASE
                                WHEN "t215"."end_seen_at" > "t215"."start_seen_at"
                                THEN NULLIF(GREATEST(COALESCE("t215"."start_rank", -1), COALESCE("t215"."end_rank", -1)), -1)
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              -1
                            ),
                            COALESCE("t215"."before_rank", -1)
                          ),
                          -1
                        )
                        ELSE CAST(NULL AS BIGINT)
                      END
                      ELSE CAST(NULL AS BIGINT)
                    END AS "brand_followers_expected_gain__provenance",
                    CAST(NULL AS DOUBLE) AS "influencers_contacted",
                    CAST(NULL AS DOUBLE) AS "influencers_interested",
                    CAST(NULL AS DOUBLE) AS "posts_contracted",
                    CAST(NULL AS DOUBLE) AS "products_sent",
                    CAST(NULL AS DOUBLE) AS "key_messages"
                  FROM (
                    SELECT
                      "t205"."campaign_id",
                      "t205"."campaign",
                      "t205"."influencer_id",
                      "t205"."influencer",
                      "t205"."account_id",
                      "t205"."platform",
                      "t205"."is_brand",
                      "t205"."day",
                      "t205"."start_at",
                      "t205"."end_at",
                      "t205"."start_followers",
                      "t205"."start_seen_at",
                      "t205"."start_rank",
                      "t205"."end_followers",
                      "t205"."end_seen_at",
                      "t205"."end_rank",
                      "t189"."before_followers",
                      "t189"."before_seen_at",
                      "t189"."before_rank"
                    FROM (
                      SELECT
                        "t197"."campaign_id",
                        "t197"."campaign",
                        "t197"."influencer_id",
                        "t197"."influencer",
                        "t197"."account_id",
                        "t197"."platform",
                        "t197"."is_brand",
                        "t197"."day",
                        "t197"."start_at",
                        "t197"."end_at",
                        "t197"."start_followers",
                        "t197"."start_seen_at",
                        "t197"."start_rank",
                        "t186"."end_followers",
                        "t186"."end_seen_at",
                        "t186"."end_rank"
                      FROM (
                        SELECT
                          "t150"."campaign_id",
                          "t150"."campaign",
                          "t150"."influencer_id",
                          "t150"."influencer",
                          "t150"."account_id",
                          "t150"."platform",
                          "t150"."is_brand",
                          "t150"."day",
                          "t150"."start_at",
                          "t150"."end_at",
                          "t191"."start_followers",
                          "t191"."start_seen_at",
                          "t191"."start_rank"
                        FROM (
                          SELECT
                            "t128"."campaign_id",
                            CAST("t15"."name" AS TEXT) AS "campaign",
                            CAST("t18"."id" AS BIGINT) AS "influencer_id",
                            CAST("t18"."name" AS TEXT) AS "influencer",
                            "t128"."account_id",
                            CAST("t20"."platform" AS TEXT) AS "platform",
                            "t128"."is_brand",
                            "t15"."end_date" AS "day",
                            EPOCH(CAST(CAST("t15"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "start_at",
                            EPOCH(CAST(CAST("t15"."end_date" AS TIMESTAMPTZ) AS TIMESTAMP)) + 86400 AS "end_at"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t109"."campaign_id",
                                "t109"."account_id",
                                FALSE AS "is_brand"
                              FROM (
                                SELECT DISTINCT
                                  "t94"."campaign_id",
                                  "t94"."account_id"
                                FROM "campaign_posts_in" AS "t94"
                              ) AS "t109"
                            ) AS "t116"
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                CAST("t62"."id" AS BIGINT) AS "campaign_id",
                                CAST("t20"."id" AS BIGINT) AS "account_id",
                                TRUE AS "is_brand"
                              FROM "t24" AS "t62"
                              INNER JOIN (
                                SELECT
                                  *
                                FROM "influencer" AS "t8"
                                WHERE
                                  "t8"."is_brand"
                              ) AS "t33"
                                ON "t33"."workspace_id" = "t62"."workspace_id"
                              INNER JOIN "account" AS "t20"
                                ON "t20"."influencer_id" = "t33"."id"
                            ) AS "t85"
                          ) AS "t128"
                          INNER JOIN "campaign" AS "t15"
                            ON "t128"."campaign_id" = "t15"."id"
                          INNER JOIN "account" AS "t20"
                            ON "t128"."account_id" = "t20"."id"
                          INNER JOIN "influencer" AS "t18"
                            ON "t20"."influencer_id" = "t18"."id"
                        ) AS "t150"
                        INNER JOIN (
                          SELECT
                            "t181"."campaign_id",
                            "t181"."account_id",
                            CAST("t181"."followers" AS DOUBLE) AS "start_followers",
                            "t181"."at" AS "start_seen_at",
                            "t181"."rank" AS "start_rank"
                          FROM (
                            SELECT
                              "t169"."campaign_id",
                              "t169"."campaign",
                              "t169"."influencer_id",
                              "t169"."influencer",
                              "t169"."account_id",
                              "t169"."platform",
                              "t169"."is_brand",
                              "t169"."day",
                              "t169"."start_at",
                              "t169"."end_at",
                              "t169"."followers",
                              "t169"."at",
                              "t169"."rank",
                              ROW_NUMBER() OVER (
                                PARTITION BY "t169"."campaign_id", "t169"."account_id"
                                ORDER BY CASE WHEN "t169"."at" <= "t169"."start_at" THEN 0 ELSE 1 END ASC, ABS("t169"."at" - "t169"."start_at") ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) - 1 AS "order"
                            FROM "t166" AS "t169"
                          ) AS "t181"
                          WHERE
                            "t181"."order" = 0
                        ) AS "t191"
                          ON "t150"."campaign_id" = "t191"."campaign_id"
                          AND "t150"."account_id" = "t191"."account_id"
                      ) AS "t197"
                      LEFT OUTER JOIN (
                        SELECT
                          "t176"."campaign_id",
                          "t176"."account_id",
                          CAST("t176"."followers" AS DOUBLE) AS "end_followers",
                          "t176"."at" AS "end_seen_at",
                          "t176"."rank" AS "end_rank"
                        FROM (
                          SELECT
                            "t169"."campaign_id",
                            "t169"."campaign",
                            "t169"."influencer_id",
                            "t169"."influencer",
                            "t169"."account_id",
                            "t169"."platform",
                            "t169"."is_brand",
                            "t169"."day",
                            "t169"."start_at",
                            "t169"."end_at",
                            "t169"."followers",
                            "t169"."at",
                            "t169"."rank",
                            ROW_NUMBER() OVER (
                              PARTITION BY "t169"."campaign_id", "t169"."account_id"
                              ORDER BY "t169"."at" DESC
                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                            ) - 1 AS "order"
                          FROM "t166" AS "t169"
                        ) AS "t176"
                        WHERE
                          "t176"."order" = 0
                      ) AS "t186"
                        ON "t197"."campaign_id" = "t186"."campaign_id"
                        AND "t197"."account_id" = "t186"."account_id"
                    ) AS "t205"
                    LEFT OUTER JOIN (
                      SELECT
                        "t179"."campaign_id",
                        "t179"."account_id",
                        CAST("t179"."followers" AS DOUBLE) AS "before_followers",
                        "t179"."at" AS "before_seen_at",
                        "t179"."rank" AS "before_rank"
                      FROM (
                        SELECT
                          "t172"."campaign_id",
                          "t172"."campaign",
                          "t172"."influencer_id",
                          "t172"."influencer",
                          "t172"."account_id",
                          "t172"."platform",
                          "t172"."is_brand",
                          "t172"."day",
                          "t172"."start_at",
                          "t172"."end_at",
                          "t172"."followers",
                          "t172"."at",
                          "t172"."rank",
                          ROW_NUMBER() OVER (
                            PARTITION BY "t172"."campaign_id", "t172"."account_id"
                            ORDER BY "t172"."at" DESC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                          ) - 1 AS "order"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t150"."campaign_id",
                              "t150"."campaign",
                              "t150"."influencer_id",
                              "t150"."influencer",
                              "t150"."account_id",
                              "t150"."platform",
                              "t150"."is_brand",
                              "t150"."day",
                              "t150"."start_at",
                              "t150"."end_at",
                              "t67"."followers",
                              "t67"."at",
                              "t67"."rank"
                            FROM (
                              SELECT
                                "t128"."campaign_id",
                                CAST("t15"."name" AS TEXT) AS "campaign",
                                CAST("t18"."id" AS BIGINT) AS "influencer_id",
                                CAST("t18"."name" AS TEXT) AS "influencer",
                                "t128"."account_id",
                                CAST("t20"."platform" AS TEXT) AS "platform",
                                "t128"."is_brand",
                                "t15"."end_date" AS "day",
                                EPOCH(CAST(CAST("t15"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "start_at",
                                EPOCH(CAST(CAST("t15"."end_date" AS TIMESTAMPTZ) AS TIMESTAMP)) + 86400 AS "end_at"
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t109"."campaign_id",
                                    "t109"."account_id",
                                    FALSE AS "is_brand"
                                  FROM (
                                    SELECT DISTINCT
                                      "t94"."campaign_id",
                                      "t94"."account_id"
                                    FROM "campaign_posts_in" AS "t94"
                                  ) AS "t109"
                                ) AS "t116"
                                UNION ALL
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    CAST("t62"."id" AS BIGINT) AS "campaign_id",
                                    CAST("t20"."id" AS BIGINT) AS "account_id",
                                    TRUE AS "is_brand"
                                  FROM "t24" AS "t62"
                                  INNER JOIN (
                                    SELECT
                                      *
                                    FROM "influencer" AS "t8"
                                    WHERE
                                      "t8"."is_brand"
                                  ) AS "t33"
                                    ON "t33"."workspace_id" = "t62"."workspace_id"
                                  INNER JOIN "account" AS "t20"
                                    ON "t20"."influencer_id" = "t33"."id"
                                ) AS "t85"
                              ) AS "t128"
                              INNER JOIN "campaign" AS "t15"
                                ON "t128"."campaign_id" = "t15"."id"
                              INNER JOIN "account" AS "t20"
                                ON "t128"."account_id" = "t20"."id"
                              INNER JOIN "influencer" AS "t18"
                                ON "t20"."influencer_id" = "t18"."id"
                            ) AS "t150"
                            INNER JOIN (
                              SELECT
                                CAST("t13"."account_id" AS BIGINT) AS "account_id",
                                "t13"."followers",
                                EPOCH(CAST(CAST("t13"."captured_at" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "at",
                                CASE "t13"."provenance"
                                  WHEN 'measured'
                                  THEN 0
                                  WHEN 'self_reported'
                                  THEN 1
                                  WHEN 'estimated'
                                  THEN 2
                                  ELSE 2
                                END AS "rank"
                              FROM "follower_snapshot" AS "t13"
                              WHERE
                                "t13"."captured_at" <= MAKE_TIMESTAMP(2026, 3, 31, 23, 59, 59.0)
                            ) AS "t67"
                              ON "t150"."account_id" = "t67"."account_id"
                          ) AS "t165"
                          WHERE
                            "t165"."at" <= (
                              "t165"."start_at" - (
                                "t165"."end_at" - "t165"."start_at"
                              )
                            )
                        ) AS "t172"
                      ) AS "t179"
                      WHERE
                        "t179"."order" = 0
                    ) AS "t189"
                      ON "t205"."campaign_id" = "t189"."campaign_id"
                      AND "t205"."account_id" = "t189"."account_id"
                  ) AS "t215"
                ) AS "t220"
              ) AS "t226"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t92"."campaign_id",
                  "t92"."campaign",
                  "t92"."influencer_id",
                  "t92"."influencer",
                  CAST(NULL AS BIGINT) AS "account_id",
                  CAST(NULL AS TEXT) AS "platform",
                  CAST(NULL AS TEXT) AS "format",
                  CAST(NULL AS BIGINT) AS "post_id",
                  "t92"."day",
                  CAST(NULL AS DOUBLE) AS "reach",
                  CAST(NULL AS DOUBLE) AS "impressions",
                  CAST(NULL AS DOUBLE) AS "views",
                  CAST(NULL AS DOUBLE) AS "likes",
                  CAST(NULL AS DOUBLE) AS "comments",
                  CAST(NULL AS DOUBLE) AS "shares",
                  CAST(NULL AS DOUBLE) AS "saves",
                  CAST(NULL AS DOUBLE) AS "clicks",
                  CAST(NULL AS BIGINT) AS "reach__provenance",
                  CAST(NULL AS BIGINT) AS "impressions__provenance",
                  CAST(NULL AS BIGINT) AS "views__provenance",
                  CAST(NULL AS BIGINT) AS "likes__provenance",
                  CAST(NULL AS BIGINT) AS "comments__provenance",
                  CAST(NULL AS BIGINT) AS "shares__provenance",
                  CAST(NULL AS BIGINT) AS "saves__provenance",
                  CAST(NULL AS BIGINT) AS "clicks__provenance",
                  CAST(NULL AS DOUBLE) AS "followers",
                  CAST(NULL AS BIGINT) AS "followers__provenance",
                  CAST(NULL AS DOUBLE) AS "engagements",
                  CAST(NULL AS BIGINT) AS "engagements__provenance",
                  CAST(NULL AS DOUBLE) AS "impressions_with_estimates",
                  CAST(NULL AS BIGINT) AS "impressions_with_estimates__provenance",
                  CAST(NULL AS DOUBLE) AS "er_reach_post",
                  CAST(NULL AS DOUBLE) AS "er_followers_post",
                  CAST(NULL AS DOUBLE) AS "er_impressions_post",
                  CAST(NULL AS DOUBLE) AS "er_views_post",
                  CAST(NULL AS BIGINT) AS "er_reach_post__provenance",
                  CAST(NULL AS BIGINT) AS "er_followers_post__provenance",
                  CAST(NULL AS BIGINT) AS "er_impressions_post__provenance",
                  CAST(NULL AS BIGINT) AS "er_views_post__provenance",
                  CAST(NULL AS TEXT) AS "post_platform",
                  CAST(NULL AS DOUBLE) AS "publishing_influencer",
                  CAST(NULL AS DOUBLE) AS "sponsored_posts",
                  CAST(NULL AS DOUBLE) AS "disclosed_sponsored_posts",
                  CAST(NULL AS DOUBLE) AS "cost",
                  CAST(NULL AS DOUBLE) AS "key_message_posts",
                  CAST(NULL AS DOUBLE) AS "ugc_post",
                  CAST(NULL AS DOUBLE) AS "mentions",
                  CAST(NULL AS DOUBLE) AS "brand_mentions",
                  CAST(NULL AS DOUBLE) AS "mention_engagements",
                  CAST(NULL AS DOUBLE) AS "brand_mention_engagements",
                  CAST(NULL AS DOUBLE) AS "followers_start",
                  CAST(NULL AS DOUBLE) AS "followers_gained",
                  CAST(NULL AS DOUBLE) AS "followers_expected_gain",
                  CAST(NULL AS BIGINT) AS "followers_start__provenance",
                  CAST(NULL AS BIGINT) AS "followers_gained__provenance",
                  CAST(NULL AS BIGINT) AS "followers_expected_gain__provenance",
                  CAST(NULL AS DOUBLE) AS "brand_followers_start",
                  CAST(NULL AS DOUBLE) AS "brand_followers_gained",
                  CAST(NULL AS DOUBLE) AS "brand_followers_expected_gain",
                  CAST(NULL AS BIGINT) AS "brand_followers_start__provenance",
                  CAST(NULL AS BIGINT) AS "brand_followers_gained__provenance",
                  CAST(NULL AS BIGINT) AS "brand_followers_expected_gain__provenance",
                  "t92"."influencers_contacted",
                  "t92"."influencers_interested",
                  "t92"."posts_contracted",
                  "t92"."products_sent",
                  CAST(NULL AS DOUBLE) AS "key_messages"
                FROM (
                  SELECT
                    CAST("t52"."campaign_id" AS BIGINT) AS "campaign_id",
                    CAST("t15"."name" AS TEXT) AS "campaign",
                    CAST("t52"."influencer_id" AS BIGINT) AS "influencer_id",
                    CAST("t17"."name" AS TEXT) AS "influencer",
                    "t15"."start_date" AS "day",
                    CAST(1 AS DOUBLE) AS "influencers_contacted",
                    CAST(CAST(COALESCE("t52"."status" IN ('interested', 'activated'), FALSE) AS INT) AS DOUBLE) AS "influencers_interested",
                    CAST("t52"."posts_contracted" AS DOUBLE) AS "posts_contracted",
                    CAST("t52"."products_sent" AS DOUBLE) AS "products_sent"
                  FROM (
                    SELECT
                      *
                    FROM "roster" AS "t7"
                    WHERE
                      "t7"."campaign_id" IN (1)
                  ) AS "t52"
                  INNER JOIN "campaign" AS "t15"
                    ON "t52"."campaign_id" = "t15"."id"
                  INNER JOIN "influencer" AS "t17"
                    ON "t52"."influencer_id" = "t17"."id"
                ) AS "t92"
              ) AS "t107"
            ) AS "t227"
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                CAST("t0"."id" AS BIGINT) AS "campaign_id",
                CAST("t0"."name" AS TEXT) AS "campaign",
                CAST(NULL AS BIGINT) AS "influencer_id",
                CAST(NULL AS TEXT) AS "influencer",
                CAST(NULL AS BIGINT) AS "account_id",
                CAST(NULL AS TEXT) AS "platform",
                CAST(NULL AS TEXT) AS "format",
                CAST(NULL AS BIGINT) AS "post_id",
                CAST("t0"."start_date" AS DATE) AS "day",
                CAST(NULL AS DOUBLE) AS "reach",
                CAST(NULL AS DOUBLE) AS "impressions",
                CAST(NULL AS DOUBLE) AS "views",
                CAST(NULL AS DOUBLE) AS "likes",
                CAST(NULL AS DOUBLE) AS "comments",
                CAST(NULL AS DOUBLE) AS "shares",
                CAST(NULL AS DOUBLE) AS "saves",
                CAST(NULL AS DOUBLE) AS "clicks",
                CAST(NULL AS BIGINT) AS "reach__provenance",
                CAST(NULL AS BIGINT) AS "impressions__provenance",
                CAST(NULL AS BIGINT) AS "views__provenance",
                CAST(NULL AS BIGINT) AS "likes__provenance",
                CAST(NULL AS BIGINT) AS "comments__provenance",
                CAST(NULL AS BIGINT) AS "shares__provenance",
                CAST(NULL AS BIGINT) AS "saves__provenance",
                CAST(NULL AS BIGINT) AS "clicks__provenance",
                CAST(NULL AS DOUBLE) AS "followers",
                CAST(NULL AS BIGINT) AS "followers__provenance",
                CAST(NULL AS DOUBLE) AS "engagements",
                CAST(NULL AS BIGINT) AS "engagements__provenance",
                CAST(NULL AS DOUBLE) AS "impressions_with_estimates",
                CAST(NULL AS BIGINT) AS "impressions_with_estimates__provenance",
                CAST(NULL AS DOUBLE) AS "er_reach_post",
                CAST(NULL AS DOUBLE) AS "er_followers_post",
                CAST(NULL AS DOUBLE) AS "er_impressions_post",
                CAST(NULL AS DOUBLE) AS "er_views_post",
                CAST(NULL AS BIGINT) AS "er_reach_post__provenance",
                CAST(NULL AS BIGINT) AS "er_followers_post__provenance",
                CAST(NULL AS BIGINT) AS "er_impressions_post__provenance",
                CAST(NULL AS BIGINT) AS "er_views_post__provenance",
                CAST(NULL AS TEXT) AS "post_platform",
                CAST(NULL AS DOUBLE) AS "publishing_influencer",
                CAST(NULL AS DOUBLE) AS "sponsored_posts",
                CAST(NULL AS DOUBLE) AS "disclosed_sponsored_posts",
                CAST(NULL AS DOUBLE) AS "cost",
                CAST(NULL AS DOUBLE) AS "key_message_posts",
                CAST(NULL AS DOUBLE) AS "ugc_post",
                CAST(NULL AS DOUBLE) AS "mentions",
                CAST(NULL AS DOUBLE) AS "brand_mentions",
                CAST(NULL AS DOUBLE) AS "mention_engagements",
                CAST(NULL AS DOUBLE) AS "brand_mention_engagements",
                CAST(NULL AS DOUBLE) AS "followers_start",
                CAST(NULL AS DOUBLE) AS "followers_gained",
                CAST(NULL AS DOUBLE) AS "followers_expected_gain",
                CAST(NULL AS BIGINT) AS "followers_start__provenance",
                CAST(NULL AS BIGINT) AS "followers_gained__provenance",
                CAST(NULL AS BIGINT) AS "followers_expected_gain__provenance",
                CAST(NULL AS DOUBLE) AS "brand_followers_start",
                CAST(NULL AS DOUBLE) AS "brand_followers_gained",
                CAST(NULL AS DOUBLE) AS "brand_followers_expected_gain",
                CAST(NULL AS BIGINT) AS "brand_followers_start__provenance",
                CAST(NULL AS BIGINT) AS "brand_followers_gained__provenance",
                CAST(NULL AS BIGINT) AS "brand_followers_expected_gain__provenance",
                CAST(NULL AS DOUBLE) AS "influencers_contacted",
                CAST(NULL AS DOUBLE) AS "influencers_interested",
                CAST(NULL AS DOUBLE) AS "posts_contracted",
                CAST(NULL AS DOUBLE) AS "products_sent",
                CAST(CASE
                  WHEN LENGTH("t0"."key_messages") > 0
                  THEN (
                    LENGTH("t0"."key_messages") - LENGTH(REPLACE("t0"."key_messages", '
', ''))
                  ) + 1
                  ELSE 0
                END AS DOUBLE) AS "key_messages"
              FROM "campaign" AS "t0"
              WHERE
                "t0"."id" IN (1)
            ) AS "t72"
          ) AS "t230"
          LEFT OUTER JOIN (
            SELECT
              "t149"."key" AS "campaign_id",
              "t149"."rate" AS "emv_rate"
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  CAST("t0"."id" AS BIGINT) AS "key",
                  CAST(1 AS DOUBLE) AS "rate"
                FROM "campaign" AS "t0"
                WHERE
                  'EUR' = CAST("t0"."currency" AS TEXT)
              ) AS "t44"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t133"."key",
                  "t133"."rate"
                FROM (
                  SELECT
                    "t106"."key",
                    "t106"."on",
                    "t106"."rate",
                    "t106"."valid",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t106"."key"
                      ORDER BY CASE WHEN "t106"."valid" <= "t106"."on" THEN 0 ELSE 1 END ASC, ABS("t106"."valid" - "t106"."on") ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "order"
                  FROM (
                    SELECT
                      "t64"."key",
                      "t64"."on",
                      "t77"."rate",
                      EPOCH(CAST(CAST("t77"."valid_on" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "valid"
                    FROM (
                      SELECT
                        CAST("t0"."id" AS BIGINT) AS "key",
                        'EUR' AS "base",
                        CAST("t0"."currency" AS TEXT) AS "quote",
                        EPOCH(CAST(CAST("t0"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "on"
                      FROM "campaign" AS "t0"
                    ) AS "t64"
                    INNER JOIN "t68" AS "t77"
                      ON "t64"."base" = "t77"."base" AND "t64"."quote" = "t77"."quote"
                  ) AS "t106"
                ) AS "t133"
                WHERE
                  "t133"."order" = 0
              ) AS "t141"
            ) AS "t149"
          ) AS "t158"
            ON "t230"."campaign_id" = "t158"."campaign_id"
        ) AS "t233"
        LEFT OUTER JOIN (
          SELECT
            "t5"."account_id",
            "t5"."inauthentic_share"
          FROM "account_audit" AS "t5"
        ) AS "t28"
          ON "t233"."account_id" = "t28"."account_id"
      ) AS "t235"
    ) AS "t238"
    LEFT OUTER JOIN (
      SELECT
        "t148"."key" AS "campaign_id",
        "t148"."rate" AS "paid_rate"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            CAST("t0"."id" AS BIGINT) AS "key",
            CAST(1 AS DOUBLE) AS "rate"
          FROM "campaign" AS "t0"
          WHERE
            'USD' = CAST("t0"."currency" AS TEXT)
        ) AS "t43"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            "t132"."key",
            "t132"."rate"
          FROM (
            SELECT
              "t105"."key",
              "t105"."on",
              "t105"."rate",
              "t105"."valid",
              ROW_NUMBER() OVER (
                PARTITION BY "t105"."key"
                ORDER BY CASE WHEN "t105"."valid" <= "t105"."on" THEN 0 ELSE 1 END ASC, ABS("t105"."valid" - "t105"."on") ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              ) - 1 AS "order"
            FROM (
              SELECT
                "t63"."key",
                "t63"."on",
                "t76"."rate",
                EPOCH(CAST(CAST("t76"."valid_on" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "valid"
              FROM (
                SELECT
                  CAST("t0"."id" AS BIGINT) AS "key",
                  'USD' AS "base",
                  CAST("t0"."currency" AS TEXT) AS "quote",
                  EPOCH(CAST(CAST("t0"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "on"
                FROM "campaign" AS "t0"
              ) AS "t63"
              INNER JOIN "t68" AS "t76"
                ON "t63"."base" = "t76"."base" AND "t63"."quote" = "t76"."quote"
            ) AS "t105"
          ) AS "t132"
          WHERE
            "t132"."order" = 0
        ) AS "t140"
      ) AS "t148"
    ) AS "t157"
      ON "t238"."campaign_id" = "t157"."campaign_id"
  ) AS "t240"
  WHERE
    "t240"."campaign_id" IN (1)
    AND (
      (
        "t240"."brand_followers_expected_gain" IS NOT NULL
      )
      OR (
        "t240"."brand_followers_gained" IS NOT NULL
      )
      OR (
        "t240"."brand_followers_start" IS NOT NULL
      )
      OR (
        "t240"."brand_mention_engagements" IS NOT NULL
      )
      OR (
        "t240"."brand_mentions" IS NOT NULL
      )
      OR (
        "t240"."clicks" IS NOT NULL
      )
      OR (
        "t240"."comments" IS NOT NULL
      )
      OR (
        "t240"."cost" IS NOT NULL
      )
      OR (
        "t240"."disclosed_sponsored_posts" IS NOT NULL
      )
      OR (
        "t240"."emv" IS NOT NULL
      )
      OR (
        "t240"."emv_authentic" IS NOT NULL
      )
      OR (
        "t240"."engagements" IS NOT NULL
      )
      OR (
        "t240"."er_followers_post" IS NOT NULL
      )
      OR (
        "t240"."er_impressions_post" IS NOT NULL
      )
      OR (
        "t240"."er_reach_post" IS NOT NULL
      )
      OR (
        "t240"."er_views_post" IS NOT NULL
      )
      OR (
        "t240"."followers" IS NOT NULL
      )
      OR (
        "t240"."followers_expected_gain" IS NOT NULL
      )
      OR (
        "t240"."followers_gained" IS NOT NULL
      )
      OR (
        "t240"."followers_start" IS NOT NULL
      )
      OR (
        "t240"."impressions" IS NOT NULL
      )
      OR (
        "t240"."impressions_with_estimates" IS NOT NULL
      )
      OR (
        "t240"."influencers_contacted" IS NOT NULL
      )
      OR (
        "t240"."influencers_interested" IS NOT NULL
      )
      OR (
        "t240"."key_message_posts" IS NOT NULL
      )
      OR (
        "t240"."key_messages" IS NOT NULL
      )
      OR (
        "t240"."likes" IS NOT NULL
      )
      OR (
        "t240"."mention_engagements" IS NOT NULL
      )
      OR (
        "t240"."mentions" IS NOT NULL
      )
      OR (
        (
          "t240"."cost" / (
            CASE
              WHEN "t240"."platform" = 'tiktok'
              THEN CAST(NULL AS DOUBLE)
              WHEN "t240"."platform" = 'youtube'
              THEN CAST(NULL AS DOUBLE)
              ELSE 1.88
            END * "t240"."paid_rate"
          )
        ) IS NOT NULL
      )
      OR (
        (
          (
            "t240"."cost" / (
              CASE
                WHEN "t240"."platform" = 'tiktok'
                THEN 7.5
                WHEN "t240"."platform" = 'youtube'
                THEN 3.53
                ELSE 19.8
              END * "t240"."paid_rate"
            )
          ) * 1000
        ) IS NOT NULL
      )
      OR (
        (
          "t240"."cost" / (
            CASE WHEN "t240"."platform" = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * "t240"."paid_rate"
          )
        ) IS NOT NULL
      )
      OR (
        "t240"."post_id" IS NOT NULL
      )
      OR (
        "t240"."post_platform" IS NOT NULL
      )
      OR (
        "t240"."posts_contracted" IS NOT NULL
      )
      OR (
        "t240"."products_sent" IS NOT NULL
      )
      OR (
        "t240"."publishing_influencer" IS NOT NULL
      )
      OR (
        "t240"."reach" IS NOT NULL
      )
      OR (
        "t240"."saves" IS NOT NULL
      )
      OR (
        "t240"."shares" IS NOT NULL
      )
      OR (
        "t240"."sponsored_posts" IS NOT NULL
      )
      OR (
        "t240"."ugc_post" IS NOT NULL
      )
      OR (
        "t240"."views" IS NOT NULL
      )
    )
)
SELECT
  "t255"."campaign_id",
  "t255"."campaign",
  "t255"."key_messages",
  "t255"."platforms_selected",
  "t255"."influencers_contacted",
  "t255"."influencers_interested",
  (
    "t255"."influencers_interested" / NULLIF("t255"."influencers_contacted", 0)
  ) * 100 AS "influencers_interested_rate",
  "t255"."influencers_activated",
  "t255"."products_sent",
  "t255"."reach",
  "t255"."impressions",
  "t255"."views",
  "t255"."impressions_with_estimates",
  (
    "t255"."reach_rate__first" / NULLIF("t255"."reach_rate__second", 0)
  ) * 100 AS "reach_rate",
  "t255"."brand_mentions",
  (
    "t255"."brand_mentions" / NULLIF("t255"."mentions", 0)
  ) * 100 AS "share_of_voice",
  (
    "t255"."brand_mention_engagements" / NULLIF("t255"."mention_engagements", 0)
  ) * 100 AS "share_of_engagement",
  "t255"."key_message_posts",
  (
    "t255"."key_message_posts" / NULLIF(CAST("t255"."posts" AS DOUBLE), 0)
  ) * 100 AS "key_message_rate",
  "t255"."posts",
  "t255"."posts_contracted",
  (
    CAST("t255"."posts" AS DOUBLE) / NULLIF("t255"."posts_contracted", 0)
  ) * 100 AS "posts_delivery_rate",
  "t255"."ugc_posts",
  "t255"."likes",
  "t255"."comments",
  "t255"."shares",
  "t255"."saves",
  "t255"."engagements",
  (
    "t255"."engagement_rate_reach__first" / NULLIF("t255"."engagement_rate_reach__second", 0)
  ) * 100 AS "engagement_rate_reach",
  (
    "t255"."engagement_rate_followers__first" / NULLIF("t255"."engagement_rate_followers__second", 0)
  ) * 100 AS "engagement_rate_followers",
  "t255"."er_reach_post_mean" AS "engagement_rate_reach_post_mean",
  "t255"."er_reach_post_median" AS "engagement_rate_reach_post_median",
  "t255"."er_reach_account_mean" AS "engagement_rate_reach_account_mean",
  "t255"."er_reach_account_median" AS "engagement_rate_reach_account_median",
  "t255"."er_followers_post_mean" AS "engagement_rate_followers_post_mean",
  "t255"."er_followers_post_median" AS "engagement_rate_followers_post_median",
  "t255"."er_followers_account_mean" AS "engagement_rate_followers_account_mean",
  "t255"."er_followers_account_median" AS "engagement_rate_followers_account_median",
  (
    "t255"."engagement_rate_impressions__first" / NULLIF("t255"."engagement_rate_impressions__second", 0)
  ) * 100 AS "engagement_rate_impressions",
  "t255"."er_impressions_post_mean" AS "engagement_rate_impressions_post_mean",
  "t255"."er_impressions_post_median" AS "engagement_rate_impressions_post_median",
  "t255"."er_impressions_account_mean" AS "engagement_rate_impressions_account_mean",
  "t255"."er_impressions_account_median" AS "engagement_rate_impressions_account_median",
  (
    "t255"."engagement_rate_views__first" / NULLIF("t255"."engagement_rate_views__second", 0)
  ) * 100 AS "engagement_rate_views",
  "t255"."er_views_post_mean" AS "engagement_rate_views_post_mean",
  "t255"."er_views_post_median" AS "engagement_rate_views_post_median",
  "t255"."er_views_account_mean" AS "engagement_rate_views_account_mean",
  "t255"."er_views_account_median" AS "engagement_rate_views_account_median",
  "t255"."clicks" AS "platform_link_clicks",
  "t255"."followers_gained",
  (
    "t255"."follower_growth_rate__first" / NULLIF("t255"."follower_growth_rate__second", 0)
  ) * 100 AS "follower_growth_rate",
  "t255"."followers_gained_above_trend__first" - "t255"."followers_gained_above_trend__second" AS "followers_gained_above_trend",
  "t255"."brand_followers_gained",
  (
    "t255"."brand_follower_growth_rate__first" / NULLIF("t255"."brand_follower_growth_rate__second", 0)
  ) * 100 AS "brand_follower_growth_rate",
  "t255"."brand_followers_gained_above_trend__first" - "t255"."brand_followers_gained_above_trend__second" AS "brand_followers_gained_above_trend",
  "t255"."link_clicks" AS "tracked_clicks",
  "t255"."unique_link_clicks" AS "unique_clicks",
  "t255"."bot_link_clicks" AS "bot_clicks",
  (
    "t255"."link_clicks" / NULLIF("t255"."impressions_with_estimates", 0)
  ) * 100 AS "click_through_rate",
  "t255"."sessions",
  "t255"."new_users",
  (
    "t255"."bounced_sessions" / NULLIF("t255"."sessions", 0)
  ) * 100 AS "bounce_rate",
  "t255"."session_seconds" / NULLIF("t255"."sessions", 0) AS "average_session_duration",
  "t255"."page_views" / NULLIF("t255"."sessions", 0) AS "pages_per_session",
  "t255"."key_events" AS "leads",
  "t255"."orders" AS "conversions",
  (
    "t255"."orders" / NULLIF("t255"."unique_link_clicks", 0)
  ) * 100 AS "conversion_rate",
  "t255"."revenue",
  "t255"."revenue" / NULLIF("t255"."priced_orders", 0) AS "average_order_value",
  "t255"."new_customers",
  "t255"."revenue" / NULLIF("t255"."cost", 0) AS "return_on_ad_spend",
  (
    (
      "t255"."revenue" - "t255"."cost"
    ) / NULLIF("t255"."cost", 0)
  ) * 100 AS "return_on_investment",
  (
    (
      "t255"."revenue" - "t255"."cost"
    ) / NULLIF("t255"."revenue", 0)
  ) * 100 AS "profitability",
  "t255"."sponsored_posts",
  "t255"."disclosed_sponsored_posts",
  (
    "t255"."disclosed_sponsored_posts" / NULLIF("t255"."sponsored_posts", 0)
  ) * 100 AS "disclosure_rate",
  "t255"."cost",
  (
    "t255"."cost" / NULLIF("t255"."impressions_with_estimates", 0)
  ) * 1000 AS "cost_per_mille",
  "t255"."cost" / NULLIF("t255"."engagements", 0) AS "cost_per_engagement",
  "t255"."cost" / NULLIF("t255"."views", 0) AS "cost_per_view",
  "t255"."cost" / NULLIF("t255"."brand_followers_gained", 0) AS "cost_per_new_follower",
  "t255"."cost" / NULLIF("t255"."link_clicks", 0) AS "cost_per_click",
  "t255"."cost" / NULLIF("t255"."orders", 0) AS "cost_per_acquisition",
  "t255"."cost" / NULLIF("t255"."new_customers", 0) AS "customer_acquisition_cost",
  "t255"."cost" / NULLIF("t255"."key_events", 0) AS "cost_per_lead",
  "t255"."emv",
  "t255"."emv_authentic",
  "t255"."emv" / NULLIF("t255"."cost", 0) AS "emv_per_cost",
  "t255"."paid_impressions" AS "paid_equivalent_impressions",
  "t255"."paid_clicks" AS "paid_equivalent_clicks",
  "t255"."paid_views" AS "paid_equivalent_views",
  (
    "t255"."impressions_vs_paid__first" / NULLIF("t255"."impressions_vs_paid__second", 0)
  ) * 100 AS "impressions_vs_paid",
  (
    "t255"."clicks_vs_paid__first" / NULLIF("t255"."clicks_vs_paid__second", 0)
  ) * 100 AS "clicks_vs_paid",
  (
    "t255"."views_vs_paid__first" / NULLIF("t255"."views_vs_paid__second", 0)
  ) * 100 AS "views_vs_paid",
  (
    CAST(CASE WHEN "t255"."key_messages" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 0
  ) | (
    CAST(CASE WHEN "t255"."platforms_selected" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 2
  ) | (
    CAST(CASE WHEN "t255"."influencers_contacted" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 4
  ) | (
    CAST(CASE WHEN "t255"."influencers_interested" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 6
  ) | (
    CAST(CASE
      WHEN (
        (
          "t255"."influencers_interested" / NULLIF("t255"."influencers_contacted", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 8
  ) | (
    CAST(CASE WHEN "t255"."influencers_activated" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 10
  ) | (
    CAST(CASE WHEN "t255"."products_sent" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 12
  ) | (
    CASE
      WHEN "t255"."reach" IS NOT NULL
      THEN COALESCE("t255"."reach__provenance", 0)
      ELSE 3
    END << 14
  ) | (
    CASE
      WHEN "t255"."impressions" IS NOT NULL
      THEN COALESCE("t255"."impressions__provenance", 0)
      ELSE 3
    END << 16
  ) | (
    CASE
      WHEN "t255"."views" IS NOT NULL
      THEN COALESCE("t255"."views__provenance", 0)
      ELSE 3
    END << 18
  ) | (
    CASE
      WHEN "t255"."impressions_with_estimates" IS NOT NULL
      THEN COALESCE("t255"."impressions_with_estimates__provenance", 0)
      ELSE 3
    END << 20
  ) | (
    CASE
      WHEN (
        (
          "t255"."reach_rate__first" / NULLIF("t255"."reach_rate__second", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE("t255"."reach_rate__pair__provenance", 0)
      ELSE 3
    END << 22
  ) | (
    CAST(CASE WHEN "t255"."brand_mentions" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 24
  ) | (
    CAST(CASE
      WHEN (
        (
          "t255"."brand_mentions" / NULLIF("t255"."mentions", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 26
  ) | (
    CAST(CASE
      WHEN (
        (
          "t255"."brand_mention_engagements" / NULLIF("t255"."mention_engagements", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 28
  ) | (
    CAST(CASE WHEN "t255"."key_message_posts" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 30
  ) | (
    CAST(CASE
      WHEN (
        (
          "t255"."key_message_posts" / NULLIF(CAST("t255"."posts" AS DOUBLE), 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 32
  ) | (
    CAST(CASE WHEN "t255"."posts" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 34
  ) | (
    CAST(CASE WHEN "t255"."posts_contracted" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 36
  ) | (
    CAST(CASE
      WHEN (
        (
          CAST("t255"."posts" AS DOUBLE) / NULLIF("t255"."posts_contracted", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 38
  ) | (
    CAST(CASE WHEN "t255"."ugc_posts" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 40
  ) | (
    CASE
      WHEN "t255"."likes" IS NOT NULL
      THEN COALESCE("t255"."likes__provenance", 0)
      ELSE 3
    END << 42
  ) | (
    CASE
      WHEN "t255"."comments" IS NOT NULL
      THEN COALESCE("t255"."comments__provenance", 0)
      ELSE 3
    END << 44
  ) | (
    CASE
      WHEN "t255"."shares" IS NOT NULL
      THEN COALESCE("t255"."shares__provenance", 0)
      ELSE 3
    END << 46
  ) | (
    CASE
      WHEN "t255"."saves" IS NOT NULL
      THEN COALESCE("t255"."saves__provenance", 0)
      ELSE 3
    END << 48
  ) | (
    CASE
      WHEN "t255"."engagements" IS NOT NULL
      THEN COALESCE("t255"."engagements__provenance", 0)
      ELSE 3
    END << 50
  ) | (
    CASE
      WHEN (
        (
          "t255"."engagement_rate_reach__first" / NULLIF("t255"."engagement_rate_reach__second", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE("t255"."engagement_rate_reach__pair__provenance", 0)
      ELSE 3
    END << 52
  ) | (
    CASE
      WHEN (
        (
          "t255"."engagement_rate_followers__first" / NULLIF("t255"."engagement_rate_followers__second", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE("t255"."engagement_rate_followers__pair__provenance", 0)
      ELSE 3
    END << 54
  ) | (
    CASE
      WHEN "t255"."er_reach_post_mean" IS NOT NULL
      THEN COALESCE("t255"."er_reach_post_mean__provenance", 0)
      ELSE 3
    END << 56
  ) | (
    CASE
      WHEN "t255"."er_reach_post_median" IS NOT NULL
      THEN COALESCE("t255"."er_reach_post_mean__provenance", 0)
      ELSE 3
    END << 58
  ) | (
    CASE
      WHEN "t255"."er_reach_account_mean" IS NOT NULL
      THEN COALESCE("t255"."er_reach_account_mean__provenance", 0)
      ELSE 3
    END << 60
  ) AS "provenance__0",
  (
    CASE
      WHEN "t255"."er_reach_account_median" IS NOT NULL
      THEN COALESCE("t255"."er_reach_account_median__provenance", 0)
      ELSE 3
    END << 0
  ) | (
    CASE
      WHEN "t255"."er_followers_post_mean" IS NOT NULL
      THEN COALESCE("t255"."er_followers_post_mean__provenance", 0)
      ELSE 3
    END << 2
  ) | (
    CASE
      WHEN "t255"."er_followers_post_median" IS NOT NULL
      THEN COALESCE("t255"."er_followers_post_mean__provenance", 0)
      ELSE 3
    END << 4
  ) | (
    CASE
      WHEN "t255"."er_followers_account_mean" IS NOT NULL
      THEN COALESCE("t255"."er_followers_account_mean__provenance", 0)
      ELSE 3
    END << 6
  ) | (
    CASE
      WHEN "t255"."er_followers_account_median" IS NOT NULL
      THEN COALESCE("t255"."er_followers_account_median__provenance", 0)
      ELSE 3
    END << 8
  ) | (
    CASE
      WHEN (
        (
          "t255"."engagement_rate_impressions__first" / NULLIF("t255"."engagement_rate_impressions__second", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE("t255"."engagement_rate_impressions__pair__provenance", 0)
      ELSE 3
    END << 10
  ) | (
    CASE
      WHEN "t255"."er_impressions_post_mean" IS NOT NULL
      THEN COALESCE("t255"."er_impressions_post_mean__provenance", 0)
      ELSE 3
    END << 12
  ) | (
    CASE
      WHEN "t255"."er_impressions_post_median" IS NOT NULL
      THEN COALESCE("t255"."er_impressions_post_mean__provenance", 0)
      ELSE 3
    END << 14
  ) | (
    CASE
      WHEN "t255"."er_impressions_account_mean" IS NOT NULL
      THEN COALESCE("t255"."er_impressions_account_mean__provenance", 0)
      ELSE 3
    END << 16
  ) | (
    CASE
      WHEN "t255"."er_impressions_account_median" IS NOT NULL
      THEN COALESCE("t255"."er_impressions_account_median__provenance", 0)
      ELSE 3
    END << 18
  ) | (
    CASE
      WHEN (
        (
          "t255"."engagement_rate_views__first" / NULLIF("t255"."engagement_rate_views__second", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE("t255"."engagement_rate_views__pair__provenance", 0)
      ELSE 3
    END << 20
  ) | (
    CASE
      WHEN "t255"."er_views_post_mean" IS NOT NULL
      THEN COALESCE("t255"."er_views_post_mean__provenance", 0)
      ELSE 3
    END << 22
  ) | (
    CASE
      WHEN "t255"."er_views_post_median" IS NOT NULL
      THEN COALESCE("t255"."er_views_post_mean__provenance", 0)
      ELSE 3
    END << 24
  ) | (
    CASE
      WHEN "t255"."er_views_account_mean" IS NOT NULL
      THEN COALESCE("t255"."er_views_account_mean__provenance", 0)
      ELSE 3
    END << 26
  ) | (
    CASE
      WHEN "t255"."er_views_account_median" IS NOT NULL
      THEN COALESCE("t255"."er_views_account_median__provenance", 0)
      ELSE 3
    END << 28
  ) | (
    CASE
      WHEN "t255"."clicks" IS NOT NULL
      THEN COALESCE("t255"."clicks__provenance", 0)
      ELSE 3
    END << 30
  ) | (
    CASE
      WHEN "t255"."followers_gained" IS NOT NULL
      THEN COALESCE("t255"."followers_gained__provenance", 0)
      ELSE 3
    END << 32
  ) | (
    CASE
      WHEN (
        (
          "t255"."follower_growth_rate__first" / NULLIF("t255"."follower_growth_rate__second", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE("t255"."follower_growth_rate__pair__provenance", 0)
      ELSE 3
    END << 34
  ) | (
    CASE
      WHEN (
        "t255"."followers_gained_above_trend__first" - "t255"."followers_gained_above_trend__second"
      ) IS NOT NULL
      THEN COALESCE("t255"."followers_gained_above_trend__pair__provenance", 0)
      ELSE 3
    END << 36
  ) | (
    CASE
      WHEN "t255"."brand_followers_gained" IS NOT NULL
      THEN COALESCE("t255"."brand_followers_gained__provenance", 0)
      ELSE 3
    END << 38
  ) | (
    CASE
      WHEN (
        (
          "t255"."brand_follower_growth_rate__first" / NULLIF("t255"."brand_follower_growth_rate__second", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE("t255"."brand_follower_growth_rate__pair__provenance", 0)
      ELSE 3
    END << 40
  ) | (
    CASE
      WHEN (
        "t255"."brand_followers_gained_above_trend__first" - "t255"."brand_followers_gained_above_trend__second"
      ) IS NOT NULL
      THEN COALESCE("t255"."brand_followers_gained_above_trend__pair__provenance", 0)
      ELSE 3
    END << 42
  ) | (
    CAST(CASE WHEN "t255"."link_clicks" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 44
  ) | (
    CAST(CASE WHEN "t255"."unique_link_clicks" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 46
  ) | (
    CAST(CASE WHEN "t255"."bot_link_clicks" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 48
  ) | (
    CASE
      WHEN (
        (
          "t255"."link_clicks" / NULLIF("t255"."impressions_with_estimates", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE("t255"."impressions_with_estimates__provenance", 0)
      ELSE 3
    END << 50
  ) | (
    CAST(CASE WHEN "t255"."sessions" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 52
  ) | (
    CAST(CASE WHEN "t255"."new_users" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 54
  ) | (
    CAST(CASE
      WHEN (
        (
          "t255"."bounced_sessions" / NULLIF("t255"."sessions", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 56
  ) | (
    CAST(CASE
      WHEN (
        "t255"."session_seconds" / NULLIF("t255"."sessions", 0)
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 58
  ) | (
    CAST(CASE
      WHEN (
        "t255"."page_views" / NULLIF("t255"."sessions", 0)
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 60
  ) AS "provenance__1",
  (
    CAST(CASE WHEN "t255"."key_events" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 0
  ) | (
    CAST(CASE WHEN "t255"."orders" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 2
  ) | (
    CAST(CASE
      WHEN (
        (
          "t255"."orders" / NULLIF("t255"."unique_link_clicks", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 4
  ) | (
    CAST(CASE WHEN "t255"."revenue" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 6
  ) | (
    CAST(CASE
      WHEN (
        "t255"."revenue" / NULLIF("t255"."priced_orders", 0)
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 8
  ) | (
    CAST(CASE WHEN "t255"."new_customers" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 10
  ) | (
    CAST(CASE
      WHEN (
        "t255"."revenue" / NULLIF("t255"."cost", 0)
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 12
  ) | (
    CAST(CASE
      WHEN (
        (
          (
            "t255"."revenue" - "t255"."cost"
          ) / NULLIF("t255"."cost", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 14
  ) | (
    CAST(CASE
      WHEN (
        (
          (
            "t255"."revenue" - "t255"."cost"
          ) / NULLIF("t255"."revenue", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 16
  ) | (
    CAST(CASE WHEN "t255"."sponsored_posts" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 18
  ) | (
    CAST(CASE
      WHEN "t255"."disclosed_sponsored_posts" IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 20
  ) | (
    CAST(CASE
      WHEN (
        (
          "t255"."disclosed_sponsored_posts" / NULLIF("t255"."sponsored_posts", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 22
  ) | (
    CAST(CASE WHEN "t255"."cost" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 24
  ) | (
    CASE
      WHEN (
        (
          "t255"."cost" / NULLIF("t255"."impressions_with_estimates", 0)
        ) * 1000
      ) IS NOT NULL
      THEN COALESCE("t255"."impressions_with_estimates__provenance", 0)
      ELSE 3
    END << 26
  ) | (
    CASE
      WHEN (
        "t255"."cost" / NULLIF("t255"."engagements", 0)
      ) IS NOT NULL
      THEN COALESCE("t255"."engagements__provenance", 0)
      ELSE 3
    END << 28
  ) | (
    CASE
      WHEN (
        "t255"."cost" / NULLIF("t255"."views", 0)
      ) IS NOT NULL
      THEN COALESCE("t255"."views__provenance", 0)
      ELSE 3
    END << 30
  ) | (
    CASE
      WHEN (
        "t255"."cost" / NULLIF("t255"."brand_followers_gained", 0)
      ) IS NOT NULL
      THEN COALESCE("t255"."brand_followers_gained__provenance", 0)
      ELSE 3
    END << 32
  ) | (
    CAST(CASE
      WHEN (
        "t255"."cost" / NULLIF("t255"."link_clicks", 0)
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 34
  ) | (
    CAST(CASE
      WHEN (
        "t255"."cost" / NULLIF("t255"."orders", 0)
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 36
  ) | (
    CAST(CASE
      WHEN (
        "t255"."cost" / NULLIF("t255"."new_customers", 0)
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 38
  ) | (
    CAST(CASE
      WHEN (
        "t255"."cost" / NULLIF("t255"."key_events", 0)
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 40
  ) | (
    CASE
      WHEN "t255"."emv" IS NOT NULL
      THEN COALESCE("t255"."emv__provenance", 0)
      ELSE 3
    END << 42
  ) | (
    CASE
      WHEN "t255"."emv_authentic" IS NOT NULL
      THEN COALESCE("t255"."emv_authentic__provenance", 0)
      ELSE 3
    END << 44
  ) | (
    CASE
      WHEN (
        "t255"."emv" / NULLIF("t255"."cost", 0)
      ) IS NOT NULL
      THEN COALESCE("t255"."emv__provenance", 0)
      ELSE 3
    END << 46
  ) | (
    CAST(CASE WHEN "t255"."paid_impressions" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 48
  ) | (
    CAST(CASE WHEN "t255"."paid_clicks" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 50
  ) | (
    CAST(CASE WHEN "t255"."paid_views" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 52
  ) | (
    CASE
      WHEN (
        (
          "t255"."impressions_vs_paid__first" / NULLIF("t255"."impressions_vs_paid__second", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE("t255"."impressions_vs_paid__pair__provenance", 0)
      ELSE 3
    END << 54
  ) | (
    CASE
      WHEN (
        (
          "t255"."clicks_vs_paid__first" / NULLIF("t255"."clicks_vs_paid__second", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE("t255"."clicks_vs_paid__pair__provenance", 0)
      ELSE 3
    END << 56
  ) | (
    CASE
      WHEN (
        (
          "t255"."views_vs_paid__first" / NULLIF("t255"."views_vs_paid__second", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE("t255"."views_vs_paid__pair__provenance", 0)
      ELSE 3
    END << 58
  ) AS "provenance__2"
FROM (
  SELECT
    "t250"."campaign_id",
    "t250"."key_messages",
    "t250"."platforms_selected",
    "t250"."influencers_contacted",
    "t250"."influencers_interested",
    "t250"."influencers_activated",
    "t250"."products_sent",
    "t250"."reach",
    "t250"."impressions",
    "t250"."views",
    "t250"."impressions_with_estimates",
    "t250"."reach_rate__first",
    "t250"."reach_rate__second",
    "t250"."brand_mentions",
    "t250"."mentions",
    "t250"."brand_mention_engagements",
    "t250"."mention_engagements",
    "t250"."key_message_posts",
    "t250"."posts",
    "t250"."posts_contracted",
    "t250"."ugc_posts",
    "t250"."likes",
    "t250"."comments",
    "t250"."shares",
    "t250"."saves",
    "t250"."engagements",
    "t250"."engagement_rate_reach__first",
    "t250"."engagement_rate_reach__second",
    "t250"."engagement_rate_followers__first",
    "t250"."engagement_rate_followers__second",
    "t250"."er_reach_post_mean",
    "t250"."er_reach_post_median",
    "t250"."er_followers_post_mean",
    "t250"."er_followers_post_median",
    "t250"."engagement_rate_impressions__first",
    "t250"."engagement_rate_impressions__second",
    "t250"."er_impressions_post_mean",
    "t250"."er_impressions_post_median",
    "t250"."engagement_rate_views__first",
    "t250"."engagement_rate_views__second",
    "t250"."er_views_post_mean",
    "t250"."er_views_post_median",
    "t250"."clicks",
    "t250"."followers_gained",
    "t250"."follower_growth_rate__first",
    "t250"."follower_growth_rate__second",
    "t250"."followers_gained_above_trend__first",
    "t250"."followers_gained_above_trend__second",
    "t250"."brand_followers_gained",
    "t250"."brand_follower_growth_rate__first",
    "t250"."brand_follower_growth_rate__second",
    "t250"."brand_followers_gained_above_trend__first",
    "t250"."brand_followers_gained_above_trend__second",
    "t250"."cost",
    "t250"."sponsored_posts",
    "t250"."disclosed_sponsored_posts",
    "t250"."emv",
    "t250"."emv_authentic",
    "t250"."paid_impressions",
    "t250"."paid_clicks",
    "t250"."paid_views",
    "t250"."impressions_vs_paid__first",
    "t250"."impressions_vs_paid__second",
    "t250"."clicks_vs_paid__first",
    "t250"."clicks_vs_paid__second",
    "t250"."views_vs_paid__first",
    "t250"."views_vs_paid__second",
    "t250"."reach__provenance",
    "t250"."impressions__provenance",
    "t250"."views__provenance",
    "t250"."impressions_with_estimates__provenance",
    "t250"."reach_rate__pair__provenance",
    "t250"."likes__provenance",
    "t250"."comments__provenance",
    "t250"."shares__provenance",
    "t250"."saves__provenance",
    "t250"."engagements__provenance",
    "t250"."engagement_rate_reach__pair__provenance",
    "t250"."engagement_rate_followers__pair__provenance",
    "t250"."er_reach_post_mean__provenance",
    "t250"."er_followers_post_mean__provenance",
    "t250"."engagement_rate_impressions__pair__provenance",
    "t250"."er_impressions_post_mean__provenance",
    "t250"."engagement_rate_views__pair__provenance",
    "t250"."er_views_post_mean__provenance",
    "t250"."clicks__provenance",
    "t250"."followers_gained__provenance",
    "t250"."follower_growth_rate__pair__provenance",
    "t250"."followers_gained_above_trend__pair__provenance",
    "t250"."brand_followers_gained__provenance",
    "t250"."brand_follower_growth_rate__pair__provenance",
    "t250"."brand_followers_gained_above_trend__pair__provenance",
    "t250"."emv__provenance",
    "t250"."emv_authentic__provenance",
    "t250"."impressions_vs_paid__pair__provenance",
    "t250"."clicks_vs_paid__pair__provenance",
    "t250"."views_vs_paid__pair__provenance",
    "t250"."link_clicks",
    "t250"."unique_link_clicks",
    "t250"."bot_link_clicks",
    "t250"."sessions",
    "t250"."new_users",
    "t250"."bounced_sessions",
    "t250"."session_seconds",
    "t250"."page_views",
    "t250"."key_events",
    "t250"."orders",
    "t250"."revenue",
    "t250"."priced_orders",
    "t250"."new_customers",
    "t254"."er_reach_account_mean",
    "t254"."er_reach_account_median",
    "t254"."er_followers_account_mean",
    "t254"."er_followers_account_median",
    "t254"."er_impressions_account_mean",
    "t254"."er_impressions_account_median",
    "t254"."er_views_account_mean",
    "t254"."er_views_account_median",
    "t254"."er_reach_account_mean__provenance",
    "t254"."er_reach_account_median__provenance",
    "t254"."er_followers_account_mean__provenance",
    "t254"."er_followers_account_median__provenance",
    "t254"."er_impressions_account_mean__provenance",
    "t254"."er_impressions_account_median__provenance",
    "t254"."er_views_account_mean__provenance",
    "t254"."er_views_account_median__provenance",
    "t42"."campaign"
  FROM (
    SELECT
      "t247"."campaign_id",
      MAX("t247"."key_messages") AS "key_messages",
      COALESCE(MAX("t247"."platforms_selected"), 0) AS "platforms_selected",
      MAX("t247"."influencers_contacted") AS "influencers_contacted",
      MAX("t247"."influencers_interested") AS "influencers_interested",
      COALESCE(MAX("t247"."influencers_activated"), 0) AS "influencers_activated",
      MAX("t247"."products_sent") AS "products_sent",
      MAX("t247"."reach") AS "reach",
      MAX("t247"."impressions") AS "impressions",
      MAX("t247"."views") AS "views",
      MAX("t247"."impressions_with_estimates") AS "impressions_with_estimates",
      MAX("t247"."reach_rate__first") AS "reach_rate__first",
      MAX("t247"."reach_rate__second") AS "reach_rate__second",
      MAX("t247"."brand_mentions") AS "brand_mentions",
      MAX("t247"."mentions") AS "mentions",
      MAX("t247"."brand_mention_engagements") AS "brand_mention_engagements",
      MAX("t247"."mention_engagements") AS "mention_engagements",
      MAX("t247"."key_message_posts") AS "key_message_posts",
      COALESCE(MAX("t247"."posts"), 0) AS "posts",
      MAX("t247"."posts_contracted") AS "posts_contracted",
      COALESCE(MAX("t247"."ugc_posts"), 0) AS "ugc_posts",
      MAX("t247"."likes") AS "likes",
      MAX("t247"."comments") AS "comments",
      MAX("t247"."shares") AS "shares",
      MAX("t247"."saves") AS "saves",
      MAX("t247"."engagements") AS "engagements",
      MAX("t247"."engagement_rate_reach__first") AS "engagement_rate_reach__first",
      MAX("t247"."engagement_rate_reach__second") AS "engagement_rate_reach__second",
      MAX("t247"."engagement_rate_followers__first") AS "engagement_rate_followers__first",
      MAX("t247"."engagement_rate_followers__second") AS "engagement_rate_followers__second",
      MAX("t247"."er_reach_post_mean") AS "er_reach_post_mean",
      MAX("t247"."er_reach_post_median") AS "er_reach_post_median",
      MAX("t247"."er_followers_post_mean") AS "er_followers_post_mean",
      MAX("t247"."er_followers_post_median") AS "er_followers_post_median",
      MAX("t247"."engagement_rate_impressions__first") AS "engagement_rate_impressions__first",
      MAX("t247"."engagement_rate_impressions__second") AS "engagement_rate_impressions__second",
      MAX("t247"."er_impressions_post_mean") AS "er_impressions_post_mean",
      MAX("t247"."er_impressions_post_median") AS "er_impressions_post_median",
      MAX("t247"."engagement_rate_views__first") AS "engagement_rate_views__first",
      MAX("t247"."engagement_rate_views__second") AS "engagement_rate_views__second",
      MAX("t247"."er_views_post_mean") AS "er_views_post_mean",
      MAX("t247"."er_views_post_median") AS "er_views_post_median",
      MAX("t247"."clicks") AS "clicks",
      MAX("t247"."followers_gained") AS "followers_gained",
      MAX("t247"."follower_growth_rate__first") AS "follower_growth_rate__first",
      MAX("t247"."follower_growth_rate__second") AS "follower_growth_rate__second",
      MAX("t247"."followers_gained_above_trend__first") AS "followers_gained_above_trend__first",
      MAX("t247"."followers_gained_above_trend__second") AS "followers_gained_above_trend__second",
      MAX("t247"."brand_followers_gained") AS "brand_followers_gained",
      MAX("t247"."brand_follower_growth_rate__first") AS "brand_follower_growth_rate__first",
      MAX("t247"."brand_follower_growth_rate__second") AS "brand_follower_growth_rate__second",
      MAX("t247"."brand_followers_gained_above_trend__first") AS "brand_followers_gained_above_trend__first",
      MAX("t247"."brand_followers_gained_above_trend__second") AS "brand_followers_gained_above_trend__second",
      MAX("t247"."cost") AS "cost",
      MAX("t247"."sponsored_posts") AS "sponsored_posts",
      MAX("t247"."disclosed_sponsored_posts") AS "disclosed_sponsored_posts",
      MAX("t247"."emv") AS "emv",
      MAX("t247"."emv_authentic") AS "emv_authentic",
      MAX("t247"."paid_impressions") AS "paid_impressions",
      MAX("t247"."paid_clicks") AS "paid_clicks",
      MAX("t247"."paid_views") AS "paid_views",
      MAX("t247"."impressions_vs_paid__first") AS "impressions_vs_paid__first",
      MAX("t247"."impressions_vs_paid__second") AS "impressions_vs_paid__second",
      MAX("t247"."clicks_vs_paid__first") AS "clicks_vs_paid__first",
      MAX("t247"."clicks_vs_paid__second") AS "clicks_vs_paid__second",
      MAX("t247"."views_vs_paid__first") AS "views_vs_paid__first",
      MAX("t247"."views_vs_paid__second") AS "views_vs_paid__second",
      MAX("t247"."reach__provenance") AS "reach__provenance",
      MAX("t247"."impressions__provenance") AS "impressions__provenance",
      MAX("t247"."views__provenance") AS "views__provenance",
      MAX("t247"."impressions_with_estimates__provenance") AS "impressions_with_estimates__provenance",
      MAX("t247"."reach_rate__pair__provenance") AS "reach_rate__pair__provenance",
      MAX("t247"."likes__provenance") AS "likes__provenance",
      MAX("t247"."comments__provenance") AS "comments__provenance",
      MAX("t247"."shares__provenance") AS "shares__provenance",
      MAX("t247"."saves__provenance") AS "saves__provenance",
      MAX("t247"."engagements__provenance") AS "engagements__provenance",
      MAX("t247"."engagement_rate_reach__pair__provenance") AS "engagement_rate_reach__pair__provenance",
      MAX("t247"."engagement_rate_followers__pair__provenance") AS "engagement_rate_followers__pair__provenance",
      MAX("t247"."er_reach_post_mean__provenance") AS "er_reach_post_mean__provenance",
      MAX("t247"."er_followers_post_mean__provenance") AS "er_followers_post_mean__provenance",
      MAX("t247"."engagement_rate_impressions__pair__provenance") AS "engagement_rate_impressions__pair__provenance",
      MAX("t247"."er_impressions_post_mean__provenance") AS "er_impressions_post_mean__provenance",
      MAX("t247"."engagement_rate_views__pair__provenance") AS "engagement_rate_views__pair__provenance",
      MAX("t247"."er_views_post_mean__provenance") AS "er_views_post_mean__provenance",
      MAX("t247"."clicks__provenance") AS "clicks__provenance",
      MAX("t247"."followers_gained__provenance") AS "followers_gained__provenance",
      MAX("t247"."follower_growth_rate__pair__provenance") AS "follower_growth_rate__pair__provenance",
      MAX("t247"."followers_gained_above_trend__pair__provenance") AS "followers_gained_above_trend__pair__provenance",
      MAX("t247"."brand_followers_gained__provenance") AS "brand_followers_gained__provenance",
      MAX("t247"."brand_follower_growth_rate__pair__provenance") AS "brand_follower_growth_rate__pair__provenance",
      MAX("t247"."brand_followers_gained_above_trend__pair__provenance") AS "brand_followers_gained_above_trend__pair__provenance",
      MAX("t247"."emv__provenance") AS "emv__provenance",
      MAX("t247"."emv_authentic__provenance") AS "emv_authentic__provenance",
      MAX("t247"."impressions_vs_paid__pair__provenance") AS "impressions_vs_paid__pair__provenance",
      MAX("t247"."clicks_vs_paid__pair__provenance") AS "clicks_vs_paid__pair__provenance",
      MAX("t247"."views_vs_paid__pair__provenance") AS "views_vs_paid__pair__provenance",
      MAX("t247"."link_clicks") AS "link_clicks",
      MAX("t247"."unique_link_clicks") AS "unique_link_clicks",
      MAX("t247"."bot_link_clicks") AS "bot_link_clicks",
      MAX("t247"."sessions") AS "sessions",
      MAX("t247"."new_users") AS "new_users",
      MAX("t247"."bounced_sessions") AS "bounced_sessions",
      MAX("t247"."session_seconds") AS "session_seconds",
      MAX("t247"."page_views") AS "page_views",
      MAX("t247"."key_events") AS "key_events",
      MAX("t247"."orders") AS "orders",
      MAX("t247"."revenue") AS "revenue",
      MAX("t247"."priced_orders") AS "priced_orders",
      MAX("t247"."new_customers") AS "new_customers"
    FROM (
      SELECT
        *
      FROM (
        SELECT
          "t244"."campaign_id",
          "t244"."key_messages",
          "t244"."platforms_selected",
          "t244"."influencers_contacted",
          "t244"."influencers_interested",
          "t244"."influencers_activated",
          "t244"."products_sent",
          "t244"."reach",
          "t244"."impressions",
          "t244"."views",
          "t244"."impressions_with_estimates",
          "t244"."reach_rate__first",
          "t244"."reach_rate__second",
          "t244"."brand_mentions",
          "t244"."mentions",
          "t244"."brand_mention_engagements",
          "t244"."mention_engagements",
          "t244"."key_message_posts",
          "t244"."posts",
          "t244"."posts_contracted",
          "t244"."ugc_posts",
          "t244"."likes",
          "t244"."comments",
          "t244"."shares",
          "t244"."saves",
          "t244"."engagements",
          "t244"."engagement_rate_reach__first",
          "t244"."engagement_rate_reach__second",
          "t244"."engagement_rate_followers__first",
          "t244"."engagement_rate_followers__second",
          "t244"."er_reach_post_mean",
          "t244"."er_reach_post_median",
          "t244"."er_followers_post_mean",
          "t244"."er_followers_post_median",
          "t244"."engagement_rate_impressions__first",
          "t244"."engagement_rate_impressions__second",
          "t244"."er_impressions_post_mean",
          "t244"."er_impressions_post_median",
          "t244"."engagement_rate_views__first",
          "t244"."engagement_rate_views__second",
          "t244"."er_views_post_mean",
          "t244"."er_views_post_median",
          "t244"."clicks",
          "t244"."followers_gained",
          "t244"."follower_growth_rate__first",
          "t244"."follower_growth_rate__second",
          "t244"."followers_gained_above_trend__first",
          "t244"."followers_gained_above_trend__second",
          "t244"."brand_followers_gained",
          "t244"."brand_follower_growth_rate__first",
          "t244"."brand_follower_growth_rate__second",
          "t244"."brand_followers_gained_above_trend__first",
          "t244"."brand_followers_gained_above_trend__second",
          "t244"."cost",
          "t244"."sponsored_posts",
          "t244"."disclosed_sponsored_posts",
          "t244"."emv",
          "t244"."emv_authentic",
          "t244"."paid_impressions",
          "t244"."paid_clicks",
          "t244"."paid_views",
          "t244"."impressions_vs_paid__first",
          "t244"."impressions_vs_paid__second",
          "t244"."clicks_vs_paid__first",
          "t244"."clicks_vs_paid__second",
          "t244"."views_vs_paid__first",
          "t244"."views_vs_paid__second",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 0
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 0
            ) & 3
          END AS "reach__provenance",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 2
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 2
            ) & 3
          END AS "impressions__provenance",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 4
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 4
            ) & 3
          END AS "views__provenance",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 6
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 6
            ) & 3
          END AS "impressions_with_estimates__provenance",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 8
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 8
            ) & 3
          END AS "reach_rate__pair__provenance",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 10
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 10
            ) & 3
          END AS "likes__provenance",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 12
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 12
            ) & 3
          END AS "comments__provenance",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 14
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 14
            ) & 3
          END AS "shares__provenance",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 16
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 16
            ) & 3
          END AS "saves__provenance",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 18
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 18
            ) & 3
          END AS "engagements__provenance",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 20
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 20
            ) & 3
          END AS "engagement_rate_reach__pair__provenance",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 22
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 22
            ) & 3
          END AS "engagement_rate_followers__pair__provenance",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 24
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 24
            ) & 3
          END AS "er_reach_post_mean__provenance",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 26
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 26
            ) & 3
          END AS "er_followers_post_mean__provenance",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 28
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 28
            ) & 3
          END AS "engagement_rate_impressions__pair__provenance",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 30
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 30
            ) & 3
          END AS "er_impressions_post_mean__provenance",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 32
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 32
            ) & 3
          END AS "engagement_rate_views__pair__provenance",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 34
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 34
            ) & 3
          END AS "er_views_post_mean__provenance",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 36
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 36
            ) & 3
          END AS "clicks__provenance",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 38
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 38
            ) & 3
          END AS "followers_gained__provenance",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 40
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 40
            ) & 3
          END AS "follower_growth_rate__pair__provenance",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 42
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 42
            ) & 3
          END AS "followers_gained_above_trend__pair__provenance",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 44
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 44
            ) & 3
          END AS "brand_followers_gained__provenance",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 46
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 46
            ) & 3
          END AS "brand_follower_growth_rate__pair__provenance",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 48
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 48
            ) & 3
          END AS "brand_followers_gained_above_trend__pair__provenance",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 50
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 50
            ) & 3
          END AS "emv__provenance",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 52
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 52
            ) & 3
          END AS "emv_authentic__provenance",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 54
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 54
            ) & 3
          END AS "impressions_vs_paid__pair__provenance",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 56
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 56
            ) & 3
          END AS "clicks_vs_paid__pair__provenance",
          CASE
            WHEN (
              (
                "t244"."ranks__0" >> 58
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t244"."ranks__0" >> 58
            ) & 3
          END AS "views_vs_paid__pair__provenance",
          CAST(NULL AS DOUBLE) AS "link_clicks",
          CAST(NULL AS DOUBLE) AS "unique_link_clicks",
          CAST(NULL AS DOUBLE) AS "bot_link_clicks",
          CAST(NULL AS DOUBLE) AS "sessions",
          CAST(NULL AS DOUBLE) AS "new_users",
          CAST(NULL AS DOUBLE) AS "bounced_sessions",
          CAST(NULL AS DOUBLE) AS "session_seconds",
          CAST(NULL AS DOUBLE) AS "page_views",
          CAST(NULL AS DOUBLE) AS "key_events",
          CAST(NULL AS DOUBLE) AS "orders",
          CAST(NULL AS DOUBLE) AS "revenue",
          CAST(NULL AS DOUBLE) AS "priced_orders",
          CAST(NULL AS DOUBLE) AS "new_customers"
        FROM (
          SELECT
            "t242"."campaign_id",
            SUM("t242"."key_messages") AS "key_messages",
            COUNT(DISTINCT "t242"."post_platform") AS "platforms_selected",
            SUM("t242"."influencers_contacted") AS "influencers_contacted",
            SUM("t242"."influencers_interested") AS "influencers_interested",
            COUNT(DISTINCT "t242"."publishing_influencer") AS "influencers_activated",
            SUM("t242"."products_sent") AS "products_sent",
            SUM("t242"."reach") AS "reach",
            SUM("t242"."impressions") AS "impressions",
            SUM("t242"."views") AS "views",
            SUM("t242"."impressions_with_estimates") AS "impressions_with_estimates",
            SUM("t242"."reach") FILTER(WHERE
              (
                "t242"."reach" IS NOT NULL
              ) AND (
                "t242"."followers" IS NOT NULL
              )) AS "reach_rate__first",
            SUM("t242"."followers") FILTER(WHERE
              (
                "t242"."reach" IS NOT NULL
              ) AND (
                "t242"."followers" IS NOT NULL
              )) AS "reach_rate__second",
            SUM("t242"."brand_mentions") AS "brand_mentions",
            SUM("t242"."mentions") AS "mentions",
            SUM("t242"."brand_mention_engagements") AS "brand_mention_engagements",
            SUM("t242"."mention_engagements") AS "mention_engagements",
            SUM("t242"."key_message_posts") AS "key_message_posts",
            COUNT("t242"."post_id") AS "posts",
            SUM("t242"."posts_contracted") AS "posts_contracted",
            COUNT(DISTINCT "t242"."ugc_post") AS "ugc_posts",
            SUM("t242"."likes") AS "likes",
            SUM("t242"."comments") AS "comments",
            SUM("t242"."shares") AS "shares",
            SUM("t242"."saves") AS "saves",
            SUM("t242"."engagements") AS "engagements",
            SUM("t242"."engagements") FILTER(WHERE
              (
                "t242"."engagements" IS NOT NULL
              ) AND (
                "t242"."reach" IS NOT NULL
              )) AS "engagement_rate_reach__first",
            SUM("t242"."reach") FILTER(WHERE
              (
                "t242"."engagements" IS NOT NULL
              ) AND (
                "t242"."reach" IS NOT NULL
              )) AS "engagement_rate_reach__second",
            SUM("t242"."engagements") FILTER(WHERE
              (
                "t242"."engagements" IS NOT NULL
              ) AND (
                "t242"."followers" IS NOT NULL
              )) AS "engagement_rate_followers__first",
            SUM("t242"."followers") FILTER(WHERE
              (
                "t242"."engagements" IS NOT NULL
              ) AND (
                "t242"."followers" IS NOT NULL
              )) AS "engagement_rate_followers__second",
            AVG("t242"."er_reach_post") AS "er_reach_post_mean",
            QUANTILE_CONT("t242"."er_reach_post", 0.5) AS "er_reach_post_median",
            AVG("t242"."er_followers_post") AS "er_followers_post_mean",
            QUANTILE_CONT("t242"."er_followers_post", 0.5) AS "er_followers_post_median",
            SUM("t242"."engagements") FILTER(WHERE
              (
                "t242"."engagements" IS NOT NULL
              ) AND (
                "t242"."impressions" IS NOT NULL
              )) AS "engagement_rate_impressions__first",
            SUM("t242"."impressions") FILTER(WHERE
              (
                "t242"."engagements" IS NOT NULL
              ) AND (
                "t242"."impressions" IS NOT NULL
              )) AS "engagement_rate_impressions__second",
            AVG("t242"."er_impressions_post") AS "er_impressions_post_mean",
            QUANTILE_CONT("t242"."er_impressions_post", 0.5) AS "er_impressions_post_median",
            SUM("t242"."engagements") FILTER(WHERE
              (
                "t242"."engagements" IS NOT NULL
              ) AND (
                "t242"."views" IS NOT NULL
              )) AS "engagement_rate_views__first",
            SUM("t242"."views") FILTER(WHERE
              (
                "t242"."engagements" IS NOT NULL
              ) AND (
                "t242"."views" IS NOT NULL
              )) AS "engagement_rate_views__second",
            AVG("t242"."er_views_post") AS "er_views_post_mean",
            QUANTILE_CONT("t242"."er_views_post", 0.5) AS "er_views_post_median",
            SUM("t242"."clicks") AS "clicks",
            SUM("t242"."followers_gained") AS "followers_gained",
            SUM("t242"."followers_gained") FILTER(WHERE
              (
                "t242"."followers_gained" IS NOT NULL
              )
              AND (
                "t242"."followers_start" IS NOT NULL
              )) AS "follower_growth_rate__first",
            SUM("t242"."followers_start") FILTER(WHERE
              (
                "t242"."followers_gained" IS NOT NULL
              )
              AND (
                "t242"."followers_start" IS NOT NULL
              )) AS "follower_growth_rate__second",
            SUM("t242"."followers_gained") FILTER(WHERE
              (
                "t242"."followers_gained" IS NOT NULL
              )
              AND (
                "t242"."followers_expected_gain" IS NOT NULL
              )) AS "followers_gained_above_trend__first",
            SUM("t242"."followers_expected_gain") FILTER(WHERE
              (
                "t242"."followers_gained" IS NOT NULL
              )
              AND (
                "t242"."followers_expected_gain" IS NOT NULL
              )) AS "followers_gained_above_trend__second",
            SUM("t242"."brand_followers_gained") AS "brand_followers_gained",
            SUM("t242"."brand_followers_gained") FILTER(WHERE
              (
                "t242"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t242"."brand_followers_start" IS NOT NULL
              )) AS "brand_follower_growth_rate__first",
            SUM("t242"."brand_followers_start") FILTER(WHERE
              (
                "t242"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t242"."brand_followers_start" IS NOT NULL
              )) AS "brand_follower_growth_rate__second",
            SUM("t242"."brand_followers_gained") FILTER(WHERE
              (
                "t242"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t242"."brand_followers_expected_gain" IS NOT NULL
              )) AS "brand_followers_gained_above_trend__first",
            SUM("t242"."brand_followers_expected_gain") FILTER(WHERE
              (
                "t242"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t242"."brand_followers_expected_gain" IS NOT NULL
              )) AS "brand_followers_gained_above_trend__second",
            SUM("t242"."cost") AS "cost",
            SUM("t242"."sponsored_posts") AS "sponsored_posts",
            SUM("t242"."disclosed_sponsored_posts") AS "disclosed_sponsored_posts",
            SUM("t242"."emv") AS "emv",
            SUM("t242"."emv_authentic") AS "emv_authentic",
            SUM("t242"."paid_impressions") AS "paid_impressions",
            SUM("t242"."paid_clicks") AS "paid_clicks",
            SUM("t242"."paid_views") AS "paid_views",
            SUM("t242"."impressions_with_estimates") FILTER(WHERE
              (
                "t242"."impressions_with_estimates" IS NOT NULL
              )
              AND (
                "t242"."paid_impressions" IS NOT NULL
              )) AS "impressions_vs_paid__first",
            SUM("t242"."paid_impressions") FILTER(WHERE
              (
                "t242"."impressions_with_estimates" IS NOT NULL
              )
              AND (
                "t242"."paid_impressions" IS NOT NULL
              )) AS "impressions_vs_paid__second",
            SUM("t242"."clicks") FILTER(WHERE
              (
                "t242"."clicks" IS NOT NULL
              ) AND (
                "t242"."paid_clicks" IS NOT NULL
              )) AS "clicks_vs_paid__first",
            SUM("t242"."paid_clicks") FILTER(WHERE
              (
                "t242"."clicks" IS NOT NULL
              ) AND (
                "t242"."paid_clicks" IS NOT NULL
              )) AS "clicks_vs_paid__second",
            SUM("t242"."views") FILTER(WHERE
              (
                "t242"."views" IS NOT NULL
              ) AND (
                "t242"."paid_views" IS NOT NULL
              )) AS "views_vs_paid__first",
            SUM("t242"."paid_views") FILTER(WHERE
              (
                "t242"."views" IS NOT NULL
              ) AND (
                "t242"."paid_views" IS NOT NULL
              )) AS "views_vs_paid__second",
            BIT_OR("t242"."ranks__0") AS "ranks__0"
          FROM "kpi_facts" AS "t242"
          GROUP BY
            1
        ) AS "t244"
      ) AS "t246"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          "t188"."campaign_id",
          CAST(NULL AS DOUBLE) AS "key_messages",
          CAST(NULL AS BIGINT) AS "platforms_selected",
          CAST(NULL AS DOUBLE) AS "influencers_contacted",
          CAST(NULL AS DOUBLE) AS "influencers_interested",
          CAST(NULL AS BIGINT) AS "influencers_activated",
          CAST(NULL AS DOUBLE) AS "products_sent",
          CAST(NULL AS DOUBLE) AS "reach",
          CAST(NULL AS DOUBLE) AS "impressions",
          CAST(NULL AS DOUBLE) AS "views",
          CAST(NULL AS DOUBLE) AS "impressions_with_estimates",
          CAST(NULL AS DOUBLE) AS "reach_rate__first",
          CAST(NULL AS DOUBLE) AS "reach_rate__second",
          CAST(NULL AS DOUBLE) AS "brand_mentions",
          CAST(NULL AS DOUBLE) AS "mentions",
          CAST(NULL AS DOUBLE) AS "brand_mention_engagements",
          CAST(NULL AS DOUBLE) AS "mention_engagements",
          CAST(NULL AS DOUBLE) AS "key_message_posts",
          CAST(NULL AS BIGINT) AS "posts",
          CAST(NULL AS DOUBLE) AS "posts_contracted",
          CAST(NULL AS BIGINT) AS "ugc_posts",
          CAST(NULL AS DOUBLE) AS "likes",
          CAST(NULL AS DOUBLE) AS "comments",
          CAST(NULL AS DOUBLE) AS "shares",
          CAST(NULL AS DOUBLE) AS "saves",
          CAST(NULL AS DOUBLE) AS "engagements",
          CAST(NULL AS DOUBLE) AS "engagement_rate_reach__first",
          CAST(NULL AS DOUBLE) AS "engagement_rate_reach__second",
          CAST(NULL AS DOUBLE) AS "engagement_rate_followers__first",
          CAST(NULL AS DOUBLE) AS "engagement_rate_followers__second",
          CAST(NULL AS DOUBLE) AS "er_reach_post_mean",
          CAST(NULL AS DOUBLE) AS "er_reach_post_median",
          CAST(NULL AS DOUBLE) AS "er_followers_post_mean",
          CAST(NULL AS DOUBLE) AS "er_followers_post_median",
          CAST(NULL AS DOUBLE) AS "engagement_rate_impressions__first",
          CAST(NULL AS DOUBLE) AS "engagement_rate_impressions__second",
          CAST(NULL AS DOUBLE) AS "er_impressions_post_mean",
          CAST(NULL AS DOUBLE) AS "er_impressions_post_median",
          CAST(NULL AS DOUBLE) AS "engagement_rate_views__first",
          CAST(NULL AS DOUBLE) AS "engagement_rate_views__second",
          CAST(NULL AS DOUBLE) AS "er_views_post_mean",
          CAST(NULL AS DOUBLE) AS "er_views_post_median",
          CAST(NULL AS DOUBLE) AS "clicks",
          CAST(NULL AS DOUBLE) AS "followers_gained",
          CAST(NULL AS DOUBLE) AS "follower_growth_rate__first",
          CAST(NULL AS DOUBLE) AS "follower_growth_rate__second",
          CAST(NULL AS DOUBLE) AS "followers_gained_above_trend__first",
          CAST(NULL AS DOUBLE) AS "followers_gained_above_trend__second",
          CAST(NULL AS DOUBLE) AS "brand_followers_gained",
          CAST(NULL AS DOUBLE) AS "brand_follower_growth_rate__first",
          CAST(NULL AS DOUBLE) AS "brand_follower_growth_rate__second",
          CAST(NULL AS DOUBLE) AS "brand_followers_gained_above_trend__first",
          CAST(NULL AS DOUBLE) AS "brand_followers_gained_above_trend__second",
          CAST(NULL AS DOUBLE) AS "cost",
          CAST(NULL AS DOUBLE) AS "sponsored_posts",
          CAST(NULL AS DOUBLE) AS "disclosed_sponsored_posts",
          CAST(NULL AS DOUBLE) AS "emv",
          CAST(NULL AS DOUBLE) AS "emv_authentic",
          CAST(NULL AS DOUBLE) AS "paid_impressions",
          CAST(NULL AS DOUBLE) AS "paid_clicks",
          CAST(NULL AS DOUBLE) AS "paid_views",
          CAST(NULL AS DOUBLE) AS "impressions_vs_paid__first",
          CAST(NULL AS DOUBLE) AS "impressions_vs_paid__second",
          CAST(NULL AS DOUBLE) AS "clicks_vs_paid__first",
          CAST(NULL AS DOUBLE) AS "clicks_vs_paid__second",
          CAST(NULL AS DOUBLE) AS "views_vs_paid__first",
          CAST(NULL AS DOUBLE) AS "views_vs_paid__second",
          CAST(NULL AS BIGINT) AS "reach__provenance",
          CAST(NULL AS BIGINT) AS "impressions__provenance",
          CAST(NULL AS BIGINT) AS "views__provenance",
          CAST(NULL AS BIGINT) AS "impressions_with_estimates__provenance",
          CAST(NULL AS BIGINT) AS "reach_rate__pair__provenance",
          CAST(NULL AS BIGINT) AS "likes__provenance",
          CAST(NULL AS BIGINT) AS "comments__provenance",
          CAST(NULL AS BIGINT) AS "shares__provenance",
          CAST(NULL AS BIGINT) AS "saves__provenance",
          CAST(NULL AS BIGINT) AS "engagements__provenance",
          CAST(NULL AS BIGINT) AS "engagement_rate_reach__pair__provenance",
          CAST(NULL AS BIGINT) AS "engagement_rate_followers__pair__provenance",
          CAST(NULL AS BIGINT) AS "er_reach_post_mean__provenance",
          CAST(NULL AS BIGINT) AS "er_followers_post_mean__provenance",
          CAST(NULL AS BIGINT) AS "engagement_rate_impressions__pair__provenance",
          CAST(NULL AS BIGINT) AS "er_impressions_post_mean__provenance",
          CAST(NULL AS BIGINT) AS "engagement_rate_views__pair__provenance",
          CAST(NULL AS BIGINT) AS "er_views_post_mean__provenance",
          CAST(NULL AS BIGINT) AS "clicks__provenance",
          CAST(NULL AS BIGINT) AS "followers_gained__provenance",
          CAST(NULL AS BIGINT) AS "follower_growth_rate__pair__provenance",
          CAST(NULL AS BIGINT) AS "followers_gained_above_trend__pair__provenance",
          CAST(NULL AS BIGINT) AS "brand_followers_gained__provenance",
          CAST(NULL AS BIGINT) AS "brand_follower_growth_rate__pair__provenance",
          CAST(NULL AS BIGINT) AS "brand_followers_gained_above_trend__pair__provenance",
          CAST(NULL AS BIGINT) AS "emv__provenance",
          CAST(NULL AS BIGINT) AS "emv_authentic__provenance",
          CAST(NULL AS BIGINT) AS "impressions_vs_paid__pair__provenance",
          CAST(NULL AS BIGINT) AS "clicks_vs_paid__pair__provenance",
          CAST(NULL AS BIGINT) AS "views_vs_paid__pair__provenance",
          "t188"."link_clicks",
          "t188"."unique_link_clicks",
          "t188"."bot_link_clicks",
          "t188"."sessions",
          "t188"."new_users",
          "t188"."bounced_sessions",
          "t188"."session_seconds",
          "t188"."page_views",
          "t188"."key_events",
          "t188"."orders",
          "t188"."revenue",
          "t188"."priced_orders",
          "t188"."new_customers"
        FROM (
          SELECT
            "t180"."campaign_id",
            SUM("t180"."link_clicks") AS "link_clicks",
            SUM("t180"."unique_link_clicks") AS "unique_link_clicks",
            SUM("t180"."bot_link_clicks") AS "bot_link_clicks",
            SUM("t180"."sessions") AS "sessions",
            SUM("t180"."new_users") AS "new_users",
            SUM("t180"."bounced_sessions") AS "bounced_sessions",
            SUM("t180"."session_seconds") AS "session_seconds",
            SUM("t180"."page_views") AS "page_views",
            SUM("t180"."key_events") AS "key_events",
            SUM("t180"."orders") AS "orders",
            SUM("t180"."revenue") AS "revenue",
            SUM("t180"."priced_orders") AS "priced_orders",
            SUM("t180"."new_customers") AS "new_customers"
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
                    "t135"."campaign_id",
                    CAST(NULL AS BIGINT) AS "account_id",
                    "t135"."link_clicks",
                    "t135"."unique_link_clicks",
                    "t135"."bot_link_clicks",
                    CAST(NULL AS DOUBLE) AS "sessions",
                    CAST(NULL AS DOUBLE) AS "new_users",
                    CAST(NULL AS DOUBLE) AS "bounced_sessions",
                    CAST(NULL AS DOUBLE) AS "session_seconds",
                    CAST(NULL AS DOUBLE) AS "page_views",
                    CAST(NULL AS DOUBLE) AS "key_events",
                    CAST(NULL AS DOUBLE) AS "orders",
                    CAST(NULL AS DOUBLE) AS "priced_orders",
                    CAST(NULL AS DOUBLE) AS "revenue",
                    CAST(NULL AS DOUBLE) AS "new_customers"
                  FROM (
                    SELECT
                      "t125"."campaign_id",
                      "t125"."link_clicks",
                      "t125"."unique_link_clicks",
                      "t125"."bot_link_clicks",
                      CAST("t15"."name" AS TEXT) AS "campaign"
                    FROM (
                      SELECT
                        "t99"."campaign_id",
                        SUM("t99"."link_clicks") AS "link_clicks",
                        SUM("t99"."unique_link_clicks") AS "unique_link_clicks",
                        SUM("t99"."bot_link_clicks") AS "bot_link_clicks"
                      FROM (
                        SELECT
                          CAST("t51"."campaign_id" AS BIGINT) AS "campaign_id",
                          CAST("t51"."influencer_id" AS BIGINT) AS "influencer_id",
                          CAST("t51"."platform" AS TEXT) AS "platform",
                          CAST("t50"."clicked_at" AS DATE) AS "day",
                          CAST(CAST(COALESCE(NOT (
                            "t50"."is_bot"
                          ), FALSE) AS INT) AS DOUBLE) AS "link_clicks",
                          CAST(CAST(COALESCE(NOT (
                            "t50"."is_bot"
                          ) AND "t50"."is_unique", FALSE) AS INT) AS DOUBLE) AS "unique_link_clicks",
                          CAST(CAST(COALESCE("t50"."is_bot", FALSE) AS INT) AS DOUBLE) AS "bot_link_clicks"
                        FROM (
                          SELECT
                            *
                          FROM "click" AS "t3"
                          WHERE
                            "t3"."clicked_at" <= MAKE_TIMESTAMP(2026, 3, 31, 23, 59, 59.0)
                        ) AS "t50"
                        INNER JOIN (
                          SELECT
                            *
                          FROM "link" AS "t4"
                          WHERE
                            "t4"."campaign_id" IN (1)
                        ) AS "t51"
                          ON "t50"."link_id" = "t51"."id"
                      ) AS "t99"
                      GROUP BY
                        1
                    ) AS "t125"
                    INNER JOIN "campaign" AS "t15"
                      ON "t125"."campaign_id" = "t15"."id"
                  ) AS "t135"
                ) AS "t139"
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    "t110"."campaign_id",
                    CAST(NULL AS BIGINT) AS "account_id",
                    CAST(NULL AS DOUBLE) AS "link_clicks",
                    CAST(NULL AS DOUBLE) AS "unique_link_clicks",
                    CAST(NULL AS DOUBLE) AS "bot_link_clicks",
                    "t110"."sessions",
                    "t110"."new_users",
                    "t110"."bounced_sessions",
                    "t110"."session_seconds",
                    "t110"."page_views",
                    "t110"."key_events",
                    CAST(NULL AS DOUBLE) AS "orders",
                    CAST(NULL AS DOUBLE) AS "priced_orders",
                    CAST(NULL AS DOUBLE) AS "revenue",
                    CAST(NULL AS DOUBLE) AS "new_customers"
                  FROM (
                    SELECT
                      "t88"."campaign_id",
                      "t88"."sessions",
                      "t88"."new_users",
                      "t88"."engaged_sessions",
                      "t88"."bounced_sessions",
                      "t88"."session_seconds",
                      "t88"."page_views",
                      "t88"."key_events",
                      CAST("t15"."name" AS TEXT) AS "campaign"
                    FROM (
                      SELECT
                        "t49"."campaign_id",
                        SUM("t49"."sessions") AS "sessions",
                        SUM("t49"."new_users") AS "new_users",
                        SUM("t49"."engaged_sessions") AS "engaged_sessions",
                        SUM("t49"."bounced_sessions") AS "bounced_sessions",
                        SUM("t49"."session_seconds") AS "session_seconds",
                        SUM("t49"."page_views") AS "page_views",
                        SUM("t49"."key_events") AS "key_events"
                      FROM (
                        SELECT
                          CAST("t2"."campaign_id" AS BIGINT) AS "campaign_id",
                          CAST("t2"."influencer_id" AS BIGINT) AS "influencer_id",
                          LOWER("t2"."utm_source") AS "platform",
                          "t2"."day",
                          CAST("t2"."sessions" AS DOUBLE) AS "sessions",
                          CAST("t2"."new_users" AS DOUBLE) AS "new_users",
                          CAST("t2"."engaged_sessions" AS DOUBLE) AS "engaged_sessions",
                          CAST("t2"."sessions" - "t2"."engaged_sessions" AS DOUBLE) AS "bounced_sessions",
                          CAST("t2"."duration_seconds" AS DOUBLE) AS "session_seconds",
                          CAST("t2"."page_views" AS DOUBLE) AS "page_views",
                          CAST("t2"."key_events" AS DOUBLE) AS "key_events"
                        FROM "web_traffic" AS "t2"
                        WHERE
                          "t2"."campaign_id" IN (1)
                          AND "t2"."day" <= MAKE_DATE(2026, 3, 31)
                          AND "t2"."campaign_id" IS NOT NULL
                      ) AS "t49"
                      GROUP BY
                        1
                    ) AS "t88"
                    INNER JOIN "campaign" AS "t15"
                      ON "t88"."campaign_id" = "t15"."id"
                  ) AS "t110"
                ) AS "t118"
              ) AS "t147"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t124"."campaign_id",
                  CAST(NULL AS BIGINT) AS "account_id",
                  CAST(NULL AS DOUBLE) AS "link_clicks",
                  CAST(NULL AS DOUBLE) AS "unique_link_clicks",
                  CAST(NULL AS DOUBLE) AS "bot_link_clicks",
                  CAST(NULL AS DOUBLE) AS "sessions",
                  CAST(NULL AS DOUBLE) AS "new_users",
                  CAST(NULL AS DOUBLE) AS "bounced_sessions",
                  CAST(NULL AS DOUBLE) AS "session_seconds",
                  CAST(NULL AS DOUBLE) AS "page_views",
                  CAST(NULL AS DOUBLE) AS "key_events",
                  "t124"."orders",
                  "t124"."priced_orders",
                  "t124"."revenue",
                  "t124"."new_customers"
                FROM (
                  SELECT
                    "t104"."campaign_id",
                    "t104"."orders",
                    "t104"."priced_orders",
                    "t104"."revenue",
                    "t104"."new_customers",
                    CAST("t15"."name" AS TEXT) AS "campaign"
                  FROM (
                    SELECT
                      "t69"."campaign_id",
                      SUM("t69"."orders") AS "orders",
                      SUM("t69"."priced_orders") AS "priced_orders",
                      SUM("t69"."revenue") AS "revenue",
                      SUM("t69"."new_customers") AS "new_customers"
                    FROM (
                      SELECT
                        CAST("t1"."campaign_id" AS BIGINT) AS "campaign_id",
                        CAST("t1"."influencer_id" AS BIGINT) AS "influencer_id",
                        "t1"."platform",
                        "t1"."ordered_on" AS "day",
                        CAST(CAST(COALESCE(NOT (
                          "t1"."reversed"
                        ), FALSE) AS INT) AS DOUBLE) AS "orders",
                        CAST(CAST(COALESCE(NOT (
                          "t1"."reversed"
                        ) AND (
                          "t1"."campaign_revenue" IS NOT NULL
                        ), FALSE) AS INT) AS DOUBLE) AS "priced_orders",
                        CASE
                          WHEN NOT (
                            "t1"."reversed"
                          )
                          THEN CAST("t1"."campaign_revenue" AS DOUBLE)
                          ELSE 0
                        END AS "revenue",
                        CAST(CAST(COALESCE(NOT (
                          "t1"."reversed"
                        ) AND COALESCE("t1"."new_customer", FALSE), FALSE) AS INT) AS DOUBLE) AS "new_customers"
                      FROM "order_attribution" AS "t1"
                      WHERE
                        "t1"."campaign_id" IN (1) AND "t1"."ordered_on" <= MAKE_DATE(2026, 3, 31)
                    ) AS "t69"
                    GROUP BY
                      1
                  ) AS "t104"
                  INNER JOIN "campaign" AS "t15"
                    ON "t104"."campaign_id" = "t15"."id"
                ) AS "t124"
              ) AS "t130"
            ) AS "t152"
            WHERE
              "t152"."campaign_id" IN (1)
              AND (
                (
                  "t152"."bot_link_clicks" IS NOT NULL
                )
                OR (
                  "t152"."bounced_sessions" IS NOT NULL
                )
                OR (
                  "t152"."key_events" IS NOT NULL
                )
                OR (
                  "t152"."link_clicks" IS NOT NULL
                )
                OR (
                  "t152"."new_customers" IS NOT NULL
                )
                OR (
                  "t152"."new_users" IS NOT NULL
                )
                OR (
                  "t152"."orders" IS NOT NULL
                )
                OR (
                  "t152"."page_views" IS NOT NULL
                )
                OR (
                  "t152"."priced_orders" IS NOT NULL
                )
                OR (
                  "t152"."revenue" IS NOT NULL
                )
                OR (
                  "t152"."session_seconds" IS NOT NULL
                )
                OR (
                  "t152"."sessions" IS NOT NULL
                )
                OR (
                  "t152"."unique_link_clicks" IS NOT NULL
                )
              )
          ) AS "t180"
          GROUP BY
            1
        ) AS "t188"
      ) AS "t192"
    ) AS "t247"
    GROUP BY
      1
  ) AS "t250"
  LEFT OUTER JOIN (
    SELECT
      "t252"."campaign_id",
      "t252"."er_reach_account_mean",
      "t252"."er_reach_account_median",
      "t252"."er_followers_account_mean",
      "t252"."er_followers_account_median",
      "t252"."er_impressions_account_mean",
      "t252"."er_impressions_account_median",
      "t252"."er_views_account_mean",
      "t252"."er_views_account_median",
      CASE
        WHEN (
          (
            "t252"."ranks__0" >> 0
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t252"."ranks__0" >> 0
        ) & 3
      END AS "er_reach_account_mean__provenance",
      CASE
        WHEN (
          (
            "t252"."ranks__0" >> 2
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t252"."ranks__0" >> 2
        ) & 3
      END AS "er_reach_account_median__provenance",
      CASE
        WHEN (
          (
            "t252"."ranks__0" >> 4
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t252"."ranks__0" >> 4
        ) & 3
      END AS "er_followers_account_mean__provenance",
      CASE
        WHEN (
          (
            "t252"."ranks__0" >> 6
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t252"."ranks__0" >> 6
        ) & 3
      END AS "er_followers_account_median__provenance",
      CASE
        WHEN (
          (
            "t252"."ranks__0" >> 8
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t252"."ranks__0" >> 8
        ) & 3
      END AS "er_impressions_account_mean__provenance",
      CASE
        WHEN (
          (
            "t252"."ranks__0" >> 10
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t252"."ranks__0" >> 10
        ) & 3
      END AS "er_impressions_account_median__provenance",
      CASE
        WHEN (
          (
            "t252"."ranks__0" >> 12
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t252"."ranks__0" >> 12
        ) & 3
      END AS "er_views_account_mean__provenance",
      CASE
        WHEN (
          (
            "t252"."ranks__0" >> 14
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t252"."ranks__0" >> 14
        ) & 3
      END AS "er_views_account_median__provenance"
    FROM (
      SELECT
        "t251"."campaign_id",
        AVG("t251"."er_reach_account_mean") AS "er_reach_account_mean",
        QUANTILE_CONT("t251"."er_reach_account_median", 0.5) AS "er_reach_account_median",
        AVG("t251"."er_followers_account_mean") AS "er_followers_account_mean",
        QUANTILE_CONT("t251"."er_followers_account_median", 0.5) AS "er_followers_account_median",
        AVG("t251"."er_impressions_account_mean") AS "er_impressions_account_mean",
        QUANTILE_CONT("t251"."er_impressions_account_median", 0.5) AS "er_impressions_account_median",
        AVG("t251"."er_views_account_mean") AS "er_views_account_mean",
        QUANTILE_CONT("t251"."er_views_account_median", 0.5) AS "er_views_account_median",
        BIT_OR("t251"."ranks__0") AS "ranks__0"
      FROM (
        SELECT
          "t248"."campaign_id",
          "t248"."account_id",
          "t248"."engagements__per__reach__n",
          "t248"."engagements__per__reach__d",
          "t248"."engagements__per__followers__n",
          "t248"."engagements__per__followers__d",
          "t248"."engagements__per__impressions__n",
          "t248"."engagements__per__impressions__d",
          "t248"."engagements__per__views__n",
          "t248"."engagements__per__views__d",
          "t248"."engagements__per__reach__r",
          "t248"."engagements__per__followers__r",
          "t248"."engagements__per__impressions__r",
          "t248"."engagements__per__views__r",
          "t248"."er_reach_account_mean",
          "t248"."er_reach_account_median",
          "t248"."er_followers_account_mean",
          "t248"."er_followers_account_median",
          "t248"."er_impressions_account_mean",
          "t248"."er_impressions_account_median",
          "t248"."er_views_account_mean",
          "t248"."er_views_account_median",
          (
            CASE
              WHEN "t248"."er_reach_account_mean" IS NOT NULL
              THEN COALESCE("t248"."engagements__per__reach__r", 0)
              ELSE 0
            END << 0
          ) | (
            CASE
              WHEN "t248"."er_reach_account_median" IS NOT NULL
              THEN COALESCE("t248"."engagements__per__reach__r", 0)
              ELSE 0
            END << 2
          ) | (
            CASE
              WHEN "t248"."er_followers_account_mean" IS NOT NULL
              THEN COALESCE("t248"."engagements__per__followers__r", 0)
              ELSE 0
            END << 4
          ) | (
            CASE
              WHEN "t248"."er_followers_account_median" IS NOT NULL
              THEN COALESCE("t248"."engagements__per__followers__r", 0)
              ELSE 0
            END << 6
          ) | (
            CASE
              WHEN "t248"."er_impressions_account_mean" IS NOT NULL
              THEN COALESCE("t248"."engagements__per__impressions__r", 0)
              ELSE 0
            END << 8
          ) | (
            CASE
              WHEN "t248"."er_impressions_account_median" IS NOT NULL
              THEN COALESCE("t248"."engagements__per__impressions__r", 0)
              ELSE 0
            END << 10
          ) | (
            CASE
              WHEN "t248"."er_views_account_mean" IS NOT NULL
              THEN COALESCE("t248"."engagements__per__views__r", 0)
              ELSE 0
            END << 12
          ) | (
            CASE
              WHEN "t248"."er_views_account_median" IS NOT NULL
              THEN COALESCE("t248"."engagements__per__views__r", 0)
              ELSE 0
            END << 14
          ) AS "ranks__0"
        FROM (
          SELECT
            "t245"."campaign_id",
            "t245"."account_id",
            "t245"."engagements__per__reach__n",
            "t245"."engagements__per__reach__d",
            "t245"."engagements__per__followers__n",
            "t245"."engagements__per__followers__d",
            "t245"."engagements__per__impressions__n",
            "t245"."engagements__per__impressions__d",
            "t245"."engagements__per__views__n",
            "t245"."engagements__per__views__d",
            CASE
              WHEN (
                (
                  "t245"."ranks__0" >> 20
                ) & 3
              ) >= 2
              THEN 2
              ELSE (
                "t245"."ranks__0" >> 20
              ) & 3
            END AS "engagements__per__reach__r",
            CASE
              WHEN (
                (
                  "t245"."ranks__0" >> 22
                ) & 3
              ) >= 2
              THEN 2
              ELSE (
                "t245"."ranks__0" >> 22
              ) & 3
            END AS "engagements__per__followers__r",
            CASE
              WHEN (
                (
                  "t245"."ranks__0" >> 28
                ) & 3
              ) >= 2
              THEN 2
              ELSE (
                "t245"."ranks__0" >> 28
              ) & 3
            END AS "engagements__per__impressions__r",
            CASE
              WHEN (
                (
                  "t245"."ranks__0" >> 32
                ) & 3
              ) >= 2
              THEN 2
              ELSE (
                "t245"."ranks__0" >> 32
              ) & 3
            END AS "engagements__per__views__r",
            (
              "t245"."engagements__per__reach__n" / NULLIF("t245"."engagements__per__reach__d", 0)
            ) * 100 AS "er_reach_account_mean",
            (
              "t245"."engagements__per__reach__n" / NULLIF("t245"."engagements__per__reach__d", 0)
            ) * 100 AS "er_reach_account_median",
            (
              "t245"."engagements__per__followers__n" / NULLIF("t245"."engagements__per__followers__d", 0)
            ) * 100 AS "er_followers_account_mean",
            (
              "t245"."engagements__per__followers__n" / NULLIF("t245"."engagements__per__followers__d", 0)
            ) * 100 AS "er_followers_account_median",
            (
              "t245"."engagements__per__impressions__n" / NULLIF("t245"."engagements__per__impressions__d", 0)
            ) * 100 AS "er_impressions_account_mean",
            (
              "t245"."engagements__per__impressions__n" / NULLIF("t245"."engagements__per__impressions__d", 0)
            ) * 100 AS "er_impressions_account_median",
            (
              "t245"."engagements__per__views__n" / NULLIF("t245"."engagements__per__views__d", 0)
            ) * 100 AS "er_views_account_mean",
            (
              "t245"."engagements__per__views__n" / NULLIF("t245"."engagements__per__views__d", 0)
            ) * 100 AS "er_views_account_median"
          FROM (
            SELECT
              "t243"."campaign_id",
              "t243"."account_id",
              SUM("t243"."engagements") FILTER(WHERE
                (
                  "t243"."engagements" IS NOT NULL
                ) AND (
                  "t243"."reach" IS NOT NULL
                )) AS "engagements__per__reach__n",
              SUM("t243"."reach") FILTER(WHERE
                (
                  "t243"."engagements" IS NOT NULL
                ) AND (
                  "t243"."reach" IS NOT NULL
                )) AS "engagements__per__reach__d",
              SUM("t243"."engagements") FILTER(WHERE
                (
                  "t243"."engagements" IS NOT NULL
                ) AND (
                  "t243"."followers" IS NOT NULL
                )) AS "engagements__per__followers__n",
              SUM("t243"."followers") FILTER(WHERE
                (
                  "t243"."engagements" IS NOT NULL
                ) AND (
                  "t243"."followers" IS NOT NULL
                )) AS "engagements__per__followers__d",
              SUM("t243"."engagements") FILTER(WHERE
                (
                  "t243"."engagements" IS NOT NULL
                ) AND (
                  "t243"."impressions" IS NOT NULL
                )) AS "engagements__per__impressions__n",
              SUM("t243"."impressions") FILTER(WHERE
                (
                  "t243"."engagements" IS NOT NULL
                ) AND (
                  "t243"."impressions" IS NOT NULL
                )) AS "engagements__per__impressions__d",
              SUM("t243"."engagements") FILTER(WHERE
                (
                  "t243"."engagements" IS NOT NULL
                ) AND (
                  "t243"."views" IS NOT NULL
                )) AS "engagements__per__views__n",
              SUM("t243"."views") FILTER(WHERE
                (
                  "t243"."engagements" IS NOT NULL
                ) AND (
                  "t243"."views" IS NOT NULL
                )) AS "engagements__per__views__d",
              BIT_OR("t243"."ranks__0") AS "ranks__0"
            FROM (
              SELECT
                *
              FROM "kpi_facts" AS "t242"
              WHERE
                "t242"."account_id" IS NOT NULL
            ) AS "t243"
            GROUP BY
              1,
              2
          ) AS "t245"
        ) AS "t248"
      ) AS "t251"
      GROUP BY
        1
    ) AS "t252"
  ) AS "t254"
    ON "t250"."campaign_id" IS NOT DISTINCT FROM "t254"."campaign_id"
  LEFT OUTER JOIN (
    SELECT
      CAST("t0"."id" AS BIGINT) AS "campaign_id",
      CAST("t0"."name" AS TEXT) AS "campaign"
    FROM "campaign" AS "t0"
  ) AS "t42"
    ON "t250"."campaign_id" = "t42"."campaign_id"
) AS "t255"
ORDER BY
  "t255"."campaign_id" ASC
