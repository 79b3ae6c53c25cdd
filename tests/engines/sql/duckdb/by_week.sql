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
      "t2"."base",
      "t2"."quote",
      "t2"."valid_on",
      CAST("t2"."rate" AS DOUBLE) AS "rate"
    FROM "exchange_rate" AS "t2"
  ) AS "t26"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      "t2"."quote" AS "base",
      "t2"."base" AS "quote",
      "t2"."valid_on",
      CAST(1 AS DOUBLE) / NULLIF(CAST("t2"."rate" AS DOUBLE), 0) AS "rate"
    FROM "exchange_rate" AS "t2"
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
    CAST("t49"."id" AS BIGINT) AS "influencer_id",
    CAST("t49"."name" AS TEXT) AS "influencer",
    CAST("t19"."id" AS BIGINT) AS "account_id",
    CAST("t19"."platform" AS TEXT) AS "platform",
    CAST("t55"."format" AS TEXT) AS "format",
    CAST("t55"."id" AS BIGINT) AS "post_id",
    "t55"."published_on" AS "day",
    "t49"."country",
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
    FROM "influencer" AS "t5"
    WHERE
      NOT (
        "t5"."is_brand"
      )
  ) AS "t49"
    ON "t19"."influencer_id" = "t49"."id"
  INNER JOIN "campaign" AS "t16"
    ON "t55"."campaign_id" = "t16"."id"
), "t167" AS (
  SELECT
    *
  FROM (
    SELECT
      "t148"."campaign_id",
      "t148"."campaign",
      "t148"."influencer_id",
      "t148"."influencer",
      "t148"."account_id",
      "t148"."platform",
      "t148"."is_brand",
      "t148"."day",
      "t148"."start_at",
      "t148"."end_at",
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
              "t96"."campaign_id",
              "t96"."account_id"
            FROM "campaign_posts_in" AS "t96"
          ) AS "t109"
        ) AS "t117"
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
            FROM "influencer" AS "t5"
            WHERE
              "t5"."is_brand"
          ) AS "t30"
            ON "t30"."workspace_id" = "t62"."workspace_id"
          INNER JOIN "account" AS "t20"
            ON "t20"."influencer_id" = "t30"."id"
        ) AS "t85"
      ) AS "t128"
      INNER JOIN "campaign" AS "t15"
        ON "t128"."campaign_id" = "t15"."id"
      INNER JOIN "account" AS "t20"
        ON "t128"."account_id" = "t20"."id"
      INNER JOIN "influencer" AS "t18"
        ON "t20"."influencer_id" = "t18"."id"
    ) AS "t148"
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
      ON "t148"."account_id" = "t67"."account_id"
  ) AS "t164"
  WHERE
    "t164"."at" <= "t164"."end_at"
), "post_rows" AS (
  SELECT
    "t180"."campaign_id",
    "t180"."campaign",
    "t180"."influencer_id",
    "t180"."influencer",
    "t180"."account_id",
    "t180"."platform",
    "t180"."format",
    "t180"."post_id",
    "t180"."day",
    "t180"."country",
    "t180"."caption",
    "t180"."sponsored",
    "t180"."reach",
    "t180"."impressions",
    "t180"."views",
    "t180"."likes",
    "t180"."comments",
    "t180"."shares",
    "t180"."saves",
    "t180"."clicks",
    "t180"."reach__provenance",
    "t180"."impressions__provenance",
    "t180"."views__provenance",
    "t180"."likes__provenance",
    "t180"."comments__provenance",
    "t180"."shares__provenance",
    "t180"."saves__provenance",
    "t180"."clicks__provenance",
    "t180"."followers",
    "t180"."followers__provenance",
    "t180"."engagements",
    "t180"."engagements__provenance",
    COALESCE(
      COALESCE("t180"."impressions", "t180"."views"),
      "t180"."reach" * COALESCE(
        SUM("t180"."impressions") FILTER(WHERE
          (
            "t180"."impressions" IS NOT NULL
          ) AND (
            "t180"."reach" IS NOT NULL
          )) OVER (
          PARTITION BY "t180"."campaign_id", "t180"."platform"
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) / NULLIF(
          SUM("t180"."reach") FILTER(WHERE
            (
              "t180"."impressions" IS NOT NULL
            ) AND (
              "t180"."reach" IS NOT NULL
            )) OVER (
            PARTITION BY "t180"."campaign_id", "t180"."platform"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ),
          0
        ),
        CAST(1 AS DOUBLE)
      )
    ) AS "impressions_with_estimates",
    CASE
      WHEN COALESCE(
        COALESCE("t180"."impressions", "t180"."views"),
        "t180"."reach" * COALESCE(
          SUM("t180"."impressions") FILTER(WHERE
            (
              "t180"."impressions" IS NOT NULL
            ) AND (
              "t180"."reach" IS NOT NULL
            )) OVER (
            PARTITION BY "t180"."campaign_id", "t180"."platform"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ) / NULLIF(
            SUM("t180"."reach") FILTER(WHERE
              (
                "t180"."impressions" IS NOT NULL
              ) AND (
                "t180"."reach" IS NOT NULL
              )) OVER (
              PARTITION BY "t180"."campaign_id", "t180"."platform"
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ),
            0
          ),
          CAST(1 AS DOUBLE)
        )
      ) IS NOT NULL
      THEN CASE
        WHEN "t180"."impressions" IS NOT NULL
        THEN "t180"."impressions__provenance"
        ELSE 2
      END
      ELSE CAST(NULL AS BIGINT)
    END AS "impressions_with_estimates__provenance",
    (
      "t180"."engagements" / NULLIF("t180"."reach", 0)
    ) * 100 AS "er_reach_post",
    (
      "t180"."engagements" / NULLIF("t180"."followers", 0)
    ) * 100 AS "er_followers_post",
    (
      "t180"."engagements" / NULLIF("t180"."impressions", 0)
    ) * 100 AS "er_impressions_post",
    (
      "t180"."engagements" / NULLIF("t180"."views", 0)
    ) * 100 AS "er_views_post",
    NULLIF(
      GREATEST(
        COALESCE("t180"."engagements__provenance", -1),
        COALESCE("t180"."reach__provenance", -1)
      ),
      -1
    ) AS "er_reach_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t180"."engagements__provenance", -1),
        COALESCE("t180"."followers__provenance", -1)
      ),
      -1
    ) AS "er_followers_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t180"."engagements__provenance", -1),
        COALESCE("t180"."impressions__provenance", -1)
      ),
      -1
    ) AS "er_impressions_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t180"."engagements__provenance", -1),
        COALESCE("t180"."views__provenance", -1)
      ),
      -1
    ) AS "er_views_post__provenance",
    "t180"."platform" AS "post_platform",
    "t180"."influencer_id" AS "publishing_influencer",
    CAST(CASE WHEN "t180"."sponsored" THEN 1 ELSE 0 END AS DOUBLE) AS "sponsored_posts",
    CAST(CASE
      WHEN "t180"."sponsored"
      AND CASE
        WHEN UPPER("t180"."country") = 'FR'
        THEN CONTAINS(LOWER("t180"."caption"), 'publicité')
        OR CONTAINS(LOWER("t180"."caption"), 'publicite')
        OR CONTAINS(LOWER("t180"."caption"), 'collaboration commerciale')
        WHEN UPPER("t180"."country") = 'BE'
        THEN CONTAINS(LOWER("t180"."caption"), 'publicité')
        OR CONTAINS(LOWER("t180"."caption"), 'publicite')
        OR CONTAINS(LOWER("t180"."caption"), 'collaboration commerciale')
        OR CONTAINS(LOWER("t180"."caption"), '#pub')
        OR CONTAINS(LOWER("t180"."caption"), 'reclame')
        OR CONTAINS(LOWER("t180"."caption"), '#ad')
        OR CONTAINS(LOWER("t180"."caption"), 'samenwerking')
        WHEN UPPER("t180"."country") = 'DE'
        THEN CONTAINS(LOWER("t180"."caption"), 'werbung')
        OR CONTAINS(LOWER("t180"."caption"), 'anzeige')
        WHEN UPPER("t180"."country") = 'ES'
        THEN CONTAINS(LOWER("t180"."caption"), 'publicidad')
        OR CONTAINS(LOWER("t180"."caption"), '#publi')
        OR CONTAINS(LOWER("t180"."caption"), 'patrocinado')
        OR CONTAINS(LOWER("t180"."caption"), 'colaboración pagada')
        WHEN UPPER("t180"."country") = 'IT'
        THEN CONTAINS(LOWER("t180"."caption"), 'pubblicità')
        OR CONTAINS(LOWER("t180"."caption"), '#adv')
        OR CONTAINS(LOWER("t180"."caption"), 'sponsorizzato')
        OR CONTAINS(LOWER("t180"."caption"), '#sponsored')
        WHEN UPPER("t180"."country") = 'GB'
        THEN CONTAINS(LOWER("t180"."caption"), '#ad')
        OR CONTAINS(LOWER("t180"."caption"), 'advert')
        OR CONTAINS(LOWER("t180"."caption"), 'advertisement')
        WHEN UPPER("t180"."country") = 'US'
        THEN CONTAINS(LOWER("t180"."caption"), '#ad')
        OR CONTAINS(LOWER("t180"."caption"), '#sponsored')
        OR CONTAINS(LOWER("t180"."caption"), 'advertisement')
        OR CONTAINS(LOWER("t180"."caption"), 'paid partnership')
        ELSE CONTAINS(LOWER("t180"."caption"), '#ad')
        OR CONTAINS(LOWER("t180"."caption"), '#sponsored')
        OR CONTAINS(LOWER("t180"."caption"), 'paid partnership')
        OR CONTAINS(LOWER("t180"."caption"), 'advertisement')
      END
      THEN 1
      ELSE 0
    END AS DOUBLE) AS "disclosed_sponsored_posts"
  FROM (
    SELECT
      "t166"."campaign_id",
      "t166"."campaign",
      "t166"."influencer_id",
      "t166"."influencer",
      "t166"."account_id",
      "t166"."platform",
      "t166"."format",
      "t166"."post_id",
      "t166"."day",
      "t166"."country",
      "t166"."caption",
      "t166"."sponsored",
      "t166"."reach",
      "t166"."impressions",
      "t166"."views",
      "t166"."likes",
      "t166"."comments",
      "t166"."shares",
      "t166"."saves",
      "t166"."clicks",
      "t166"."reach__provenance",
      "t166"."impressions__provenance",
      "t166"."views__provenance",
      "t166"."likes__provenance",
      "t166"."comments__provenance",
      "t166"."shares__provenance",
      "t166"."saves__provenance",
      "t166"."clicks__provenance",
      "t166"."followers",
      "t166"."followers__provenance",
      CASE
        WHEN (
          "t166"."likes" IS NOT NULL
        )
        OR (
          "t166"."comments" IS NOT NULL
        )
        OR (
          "t166"."shares" IS NOT NULL
        )
        OR (
          "t166"."saves" IS NOT NULL
        )
        THEN CAST(0 AS DOUBLE) + COALESCE("t166"."likes", 0) + COALESCE("t166"."comments", 0) + COALESCE("t166"."shares", 0) + COALESCE("t166"."saves", 0)
        ELSE CAST(NULL AS DOUBLE)
      END AS "engagements",
      NULLIF(
        GREATEST(
          COALESCE("t166"."likes__provenance", -1),
          COALESCE("t166"."comments__provenance", -1),
          COALESCE("t166"."shares__provenance", -1),
          COALESCE("t166"."saves__provenance", -1)
        ),
        -1
      ) AS "engagements__provenance"
    FROM (
      SELECT
        "t103"."campaign_id",
        "t103"."campaign",
        "t103"."influencer_id",
        "t103"."influencer",
        "t103"."account_id",
        "t103"."platform",
        "t103"."format",
        "t103"."post_id",
        "t103"."day",
        "t103"."country",
        "t103"."caption",
        "t103"."sponsored",
        "t157"."reach",
        "t157"."impressions",
        "t157"."views",
        "t157"."likes",
        "t157"."comments",
        "t157"."shares",
        "t157"."saves",
        "t157"."clicks",
        "t157"."reach__provenance",
        "t157"."impressions__provenance",
        "t157"."views__provenance",
        "t157"."likes__provenance",
        "t157"."comments__provenance",
        "t157"."shares__provenance",
        "t157"."saves__provenance",
        "t157"."clicks__provenance",
        "t149"."followers",
        "t149"."followers__provenance"
      FROM "campaign_posts_in" AS "t103"
      LEFT OUTER JOIN (
        SELECT
          "t129"."post_id",
          CAST(CAST(FLOOR("t129"."reach" / 4) AS BIGINT) AS DOUBLE) AS "reach",
          CAST(CAST(FLOOR("t129"."impressions" / 4) AS BIGINT) AS DOUBLE) AS "impressions",
          CAST(CAST(FLOOR("t129"."views" / 4) AS BIGINT) AS DOUBLE) AS "views",
          CAST(CAST(FLOOR("t129"."likes" / 4) AS BIGINT) AS DOUBLE) AS "likes",
          CAST(CAST(FLOOR("t129"."comments" / 4) AS BIGINT) AS DOUBLE) AS "comments",
          CAST(CAST(FLOOR("t129"."shares" / 4) AS BIGINT) AS DOUBLE) AS "shares",
          CAST(CAST(FLOOR("t129"."saves" / 4) AS BIGINT) AS DOUBLE) AS "saves",
          CAST(CAST(FLOOR("t129"."clicks" / 4) AS BIGINT) AS DOUBLE) AS "clicks",
          CAST("t129"."reach" - (
            CAST(CAST(FLOOR("t129"."reach" / 4) AS BIGINT) AS DOUBLE) * 4
          ) AS BIGINT) AS "reach__provenance",
          CAST("t129"."impressions" - (
            CAST(CAST(FLOOR("t129"."impressions" / 4) AS BIGINT) AS DOUBLE) * 4
          ) AS BIGINT) AS "impressions__provenance",
          CAST("t129"."views" - (
            CAST(CAST(FLOOR("t129"."views" / 4) AS BIGINT) AS DOUBLE) * 4
          ) AS BIGINT) AS "views__provenance",
          CAST("t129"."likes" - (
            CAST(CAST(FLOOR("t129"."likes" / 4) AS BIGINT) AS DOUBLE) * 4
          ) AS BIGINT) AS "likes__provenance",
          CAST("t129"."comments" - (
            CAST(CAST(FLOOR("t129"."comments" / 4) AS BIGINT) AS DOUBLE) * 4
          ) AS BIGINT) AS "comments__provenance",
          CAST("t129"."shares" - (
            CAST(CAST(FLOOR("t129"."shares" / 4) AS BIGINT) AS DOUBLE) * 4
          ) AS BIGINT) AS "shares__provenance",
          CAST("t129"."saves" - (
            CAST(CAST(FLOOR("t129"."saves" / 4) AS BIGINT) AS DOUBLE) * 4
          ) AS BIGINT) AS "saves__provenance",
          CAST("t129"."clicks" - (
            CAST(CAST(FLOOR("t129"."clicks" / 4) AS BIGINT) AS DOUBLE) * 4
          ) AS BIGINT) AS "clicks__provenance"
        FROM (
          SELECT
            CAST("t104"."post_id" AS BIGINT) AS "post_id",
            ARG_MAX_NULL(
              (
                CAST(ROUND("t104"."value", 0) AS BIGINT) * 4
              ) + CASE "t104"."provenance"
                WHEN 'measured'
                THEN 0
                WHEN 'self_reported'
                THEN 1
                WHEN 'estimated'
                THEN 2
                ELSE 2
              END,
              (
                DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t104"."captured_at") * 16
              ) + (
                15 - CASE "t104"."provenance"
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
              "t104"."metric" = 'reach') AS "reach",
            ARG_MAX_NULL(
              (
                CAST(ROUND("t104"."value", 0) AS BIGINT) * 4
              ) + CASE "t104"."provenance"
                WHEN 'measured'
                THEN 0
                WHEN 'self_reported'
                THEN 1
                WHEN 'estimated'
                THEN 2
                ELSE 2
              END,
              (
                DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t104"."captured_at") * 16
              ) + (
                15 - CASE "t104"."provenance"
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
              "t104"."metric" = 'impressions') AS "impressions",
            ARG_MAX_NULL(
              (
                CAST(ROUND("t104"."value", 0) AS BIGINT) * 4
              ) + CASE "t104"."provenance"
                WHEN 'measured'
                THEN 0
                WHEN 'self_reported'
                THEN 1
                WHEN 'estimated'
                THEN 2
                ELSE 2
              END,
              (
                DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t104"."captured_at") * 16
              ) + (
                15 - CASE "t104"."provenance"
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
              "t104"."metric" = 'views') AS "views",
            ARG_MAX_NULL(
              (
                CAST(ROUND("t104"."value", 0) AS BIGINT) * 4
              ) + CASE "t104"."provenance"
                WHEN 'measured'
                THEN 0
                WHEN 'self_reported'
                THEN 1
                WHEN 'estimated'
                THEN 2
                ELSE 2
              END,
              (
                DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t104"."captured_at") * 16
              ) + (
                15 - CASE "t104"."provenance"
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
              "t104"."metric" = 'likes') AS "likes",
            ARG_MAX_NULL(
              (
                CAST(ROUND("t104"."value", 0) AS BIGINT) * 4
              ) + CASE "t104"."provenance"
                WHEN 'measured'
                THEN 0
                WHEN 'self_reported'
                THEN 1
                WHEN 'estimated'
                THEN 2
                ELSE 2
              END,
              (
                DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t104"."captured_at") * 16
              ) + (
                15 - CASE "t104"."provenance"
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
              "t104"."metric" = 'comments') AS "comments",
            ARG_MAX_NULL(
              (
                CAST(ROUND("t104"."value", 0) AS BIGINT) * 4
              ) + CASE "t104"."provenance"
                WHEN 'measured'
                THEN 0
                WHEN 'self_reported'
                THEN 1
                WHEN 'estimated'
                THEN 2
                ELSE 2
              END,
              (
                DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t104"."captured_at") * 16
              ) + (
                15 - CASE "t104"."provenance"
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
              "t104"."metric" = 'shares') AS "shares",
            ARG_MAX_NULL(
              (
                CAST(ROUND("t104"."value", 0) AS BIGINT) * 4
              ) + CASE "t104"."provenance"
                WHEN 'measured'
                THEN 0
                WHEN 'self_reported'
                THEN 1
                WHEN 'estimated'
                THEN 2
                ELSE 2
              END,
              (
                DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t104"."captured_at") * 16
              ) + (
                15 - CASE "t104"."provenance"
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
              "t104"."metric" = 'saves') AS "saves",
            ARG_MAX_NULL(
              (
                CAST(ROUND("t104"."value", 0) AS BIGINT) * 4
              ) + CASE "t104"."provenance"
                WHEN 'measured'
                THEN 0
                WHEN 'self_reported'
                THEN 1
                WHEN 'estimated'
                THEN 2
                ELSE 2
              END,
              (
                DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t104"."captured_at") * 16
              ) + (
                15 - CASE "t104"."provenance"
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
              "t104"."metric" = 'clicks') AS "clicks"
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
          ) AS "t104"
          GROUP BY
            1
        ) AS "t129"
      ) AS "t157"
        ON "t103"."post_id" = "t157"."post_id"
      LEFT OUTER JOIN (
        SELECT
          CAST("t57"."post_id" AS BIGINT) AS "post_id",
          "t122"."followers",
          "t122"."rank" AS "followers__provenance"
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
        ) AS "t122"
          ON "t57"."account_id" = "t122"."account_id"
          AND (
            (
              (
                "t122"."since" <= "t57"."published_at"
              )
              AND (
                (
                  "t122"."until" IS NULL
                ) OR (
                  "t57"."published_at" < "t122"."until"
                )
              )
            )
            OR (
              "t122"."first" AND (
                "t57"."published_at" < "t122"."since"
              )
            )
          )
      ) AS "t149"
        ON "t103"."post_id" = "t149"."post_id"
    ) AS "t166"
  ) AS "t180"
), "kpi_facts" AS (
  SELECT
    "t241"."campaign_id",
    "t241"."account_id",
    "t241"."post_id",
    "t241"."day",
    "t241"."reach",
    "t241"."impressions",
    "t241"."views",
    "t241"."likes",
    "t241"."comments",
    "t241"."shares",
    "t241"."saves",
    "t241"."clicks",
    "t241"."reach__provenance",
    "t241"."impressions__provenance",
    "t241"."views__provenance",
    "t241"."likes__provenance",
    "t241"."comments__provenance",
    "t241"."shares__provenance",
    "t241"."saves__provenance",
    "t241"."clicks__provenance",
    "t241"."followers",
    "t241"."followers__provenance",
    "t241"."engagements",
    "t241"."engagements__provenance",
    "t241"."impressions_with_estimates",
    "t241"."impressions_with_estimates__provenance",
    "t241"."er_reach_post",
    "t241"."er_followers_post",
    "t241"."er_impressions_post",
    "t241"."er_views_post",
    "t241"."er_reach_post__provenance",
    "t241"."er_followers_post__provenance",
    "t241"."er_impressions_post__provenance",
    "t241"."er_views_post__provenance",
    "t241"."post_platform",
    "t241"."publishing_influencer",
    "t241"."sponsored_posts",
    "t241"."disclosed_sponsored_posts",
    "t241"."cost",
    "t241"."key_message_posts",
    "t241"."ugc_post",
    "t241"."mentions",
    "t241"."brand_mentions",
    "t241"."mention_engagements",
    "t241"."brand_mention_engagements",
    "t241"."followers_start",
    "t241"."followers_gained",
    "t241"."followers_expected_gain",
    "t241"."followers_start__provenance",
    "t241"."followers_gained__provenance",
    "t241"."followers_expected_gain__provenance",
    "t241"."brand_followers_start",
    "t241"."brand_followers_gained",
    "t241"."brand_followers_expected_gain",
    "t241"."brand_followers_start__provenance",
    "t241"."brand_followers_gained__provenance",
    "t241"."brand_followers_expected_gain__provenance",
    "t241"."influencers_contacted",
    "t241"."influencers_interested",
    "t241"."posts_contracted",
    "t241"."products_sent",
    "t241"."link_clicks",
    "t241"."unique_link_clicks",
    "t241"."bot_link_clicks",
    "t241"."sessions",
    "t241"."new_users",
    "t241"."bounced_sessions",
    "t241"."session_seconds",
    "t241"."page_views",
    "t241"."key_events",
    "t241"."orders",
    "t241"."priced_orders",
    "t241"."revenue",
    "t241"."new_customers",
    "t241"."key_messages",
    "t241"."emv",
    "t241"."emv__provenance",
    "t241"."emv_authentic",
    "t241"."emv_authentic__provenance",
    (
      "t241"."cost" / (
        CASE
          WHEN "t241"."platform" = 'tiktok'
          THEN 7.5
          WHEN "t241"."platform" = 'youtube'
          THEN 3.53
          ELSE 19.8
        END * "t241"."paid_rate"
      )
    ) * 1000 AS "paid_impressions",
    "t241"."cost" / (
      CASE
        WHEN "t241"."platform" = 'tiktok'
        THEN CAST(NULL AS DOUBLE)
        WHEN "t241"."platform" = 'youtube'
        THEN CAST(NULL AS DOUBLE)
        ELSE 1.88
      END * "t241"."paid_rate"
    ) AS "paid_clicks",
    "t241"."cost" / (
      CASE WHEN "t241"."platform" = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * "t241"."paid_rate"
    ) AS "paid_views",
    DATE_TRUNC('WEEK', "t241"."day") AS "week"
  FROM (
    SELECT
      "t239"."campaign_id",
      "t239"."campaign",
      "t239"."influencer_id",
      "t239"."influencer",
      "t239"."account_id",
      "t239"."platform",
      "t239"."format",
      "t239"."post_id",
      "t239"."day",
      "t239"."reach",
      "t239"."impressions",
      "t239"."views",
      "t239"."likes",
      "t239"."comments",
      "t239"."shares",
      "t239"."saves",
      "t239"."clicks",
      "t239"."reach__provenance",
      "t239"."impressions__provenance",
      "t239"."views__provenance",
      "t239"."likes__provenance",
      "t239"."comments__provenance",
      "t239"."shares__provenance",
      "t239"."saves__provenance",
      "t239"."clicks__provenance",
      "t239"."followers",
      "t239"."followers__provenance",
      "t239"."engagements",
      "t239"."engagements__provenance",
      "t239"."impressions_with_estimates",
      "t239"."impressions_with_estimates__provenance",
      "t239"."er_reach_post",
      "t239"."er_followers_post",
      "t239"."er_impressions_post",
      "t239"."er_views_post",
      "t239"."er_reach_post__provenance",
      "t239"."er_followers_post__provenance",
      "t239"."er_impressions_post__provenance",
      "t239"."er_views_post__provenance",
      "t239"."post_platform",
      "t239"."publishing_influencer",
      "t239"."sponsored_posts",
      "t239"."disclosed_sponsored_posts",
      "t239"."cost",
      "t239"."key_message_posts",
      "t239"."ugc_post",
      "t239"."mentions",
      "t239"."brand_mentions",
      "t239"."mention_engagements",
      "t239"."brand_mention_engagements",
      "t239"."followers_start",
      "t239"."followers_gained",
      "t239"."followers_expected_gain",
      "t239"."followers_start__provenance",
      "t239"."followers_gained__provenance",
      "t239"."followers_expected_gain__provenance",
      "t239"."brand_followers_start",
      "t239"."brand_followers_gained",
      "t239"."brand_followers_expected_gain",
      "t239"."brand_followers_start__provenance",
      "t239"."brand_followers_gained__provenance",
      "t239"."brand_followers_expected_gain__provenance",
      "t239"."influencers_contacted",
      "t239"."influencers_interested",
      "t239"."posts_contracted",
      "t239"."products_sent",
      "t239"."link_clicks",
      "t239"."unique_link_clicks",
      "t239"."bot_link_clicks",
      "t239"."sessions",
      "t239"."new_users",
      "t239"."engaged_sessions",
      "t239"."bounced_sessions",
      "t239"."session_seconds",
      "t239"."page_views",
      "t239"."key_events",
      "t239"."orders",
      "t239"."priced_orders",
      "t239"."revenue",
      "t239"."new_customers",
      "t239"."key_messages",
      "t239"."emv_rate",
      "t239"."inauthentic_share",
      "t239"."emv",
      "t239"."emv__provenance",
      "t239"."emv_authentic",
      "t239"."emv_authentic__provenance",
      "t155"."paid_rate"
    FROM (
      SELECT
        "t236"."campaign_id",
        "t236"."campaign",
        "t236"."influencer_id",
        "t236"."influencer",
        "t236"."account_id",
        "t236"."platform",
        "t236"."format",
        "t236"."post_id",
        "t236"."day",
        "t236"."reach",
        "t236"."impressions",
        "t236"."views",
        "t236"."likes",
        "t236"."comments",
        "t236"."shares",
        "t236"."saves",
        "t236"."clicks",
        "t236"."reach__provenance",
        "t236"."impressions__provenance",
        "t236"."views__provenance",
        "t236"."likes__provenance",
        "t236"."comments__provenance",
        "t236"."shares__provenance",
        "t236"."saves__provenance",
        "t236"."clicks__provenance",
        "t236"."followers",
        "t236"."followers__provenance",
        "t236"."engagements",
        "t236"."engagements__provenance",
        "t236"."impressions_with_estimates",
        "t236"."impressions_with_estimates__provenance",
        "t236"."er_reach_post",
        "t236"."er_followers_post",
        "t236"."er_impressions_post",
        "t236"."er_views_post",
        "t236"."er_reach_post__provenance",
        "t236"."er_followers_post__provenance",
        "t236"."er_impressions_post__provenance",
        "t236"."er_views_post__provenance",
        "t236"."post_platform",
        "t236"."publishing_influencer",
        "t236"."sponsored_posts",
        "t236"."disclosed_sponsored_posts",
        "t236"."cost",
        "t236"."key_message_posts",
        "t236"."ugc_post",
        "t236"."mentions",
        "t236"."brand_mentions",
        "t236"."mention_engagements",
        "t236"."brand_mention_engagements",
        "t236"."followers_start",
        "t236"."followers_gained",
        "t236"."followers_expected_gain",
        "t236"."followers_start__provenance",
        "t236"."followers_gained__provenance",
        "t236"."followers_expected_gain__provenance",
        "t236"."brand_followers_start",
        "t236"."brand_followers_gained",
        "t236"."brand_followers_expected_gain",
        "t236"."brand_followers_start__provenance",
        "t236"."brand_followers_gained__provenance",
        "t236"."brand_followers_expected_gain__provenance",
        "t236"."influencers_contacted",
        "t236"."influencers_interested",
        "t236"."posts_contracted",
        "t236"."products_sent",
        "t236"."link_clicks",
        "t236"."unique_link_clicks",
        "t236"."bot_link_clicks",
        "t236"."sessions",
        "t236"."new_users",
        "t236"."engaged_sessions",
        "t236"."bounced_sessions",
        "t236"."session_seconds",
        "t236"."page_views",
        "t236"."key_events",
        "t236"."orders",
        "t236"."priced_orders",
        "t236"."revenue",
        "t236"."new_customers",
        "t236"."key_messages",
        "t236"."emv_rate",
        "t236"."inauthentic_share",
        CASE
          WHEN (
            "t236"."post_id" IS NOT NULL
          )
          AND (
            (
              (
                (
                  COALESCE("t236"."impressions", "t236"."views") * CASE WHEN "t236"."platform" = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                ) / 1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t236"."platform" = 'instagram'
                  THEN 0.07
                  WHEN "t236"."platform" = 'tiktok'
                  THEN 0.09
                  WHEN "t236"."platform" = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE)
                END * "t236"."likes"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t236"."platform" = 'instagram'
                  THEN 3.46
                  WHEN "t236"."platform" = 'tiktok'
                  THEN 3.52
                  WHEN "t236"."platform" = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE)
                END * "t236"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE WHEN "t236"."platform" = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * "t236"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              (
                COALESCE("t236"."impressions", "t236"."views") * CASE WHEN "t236"."platform" = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
              ) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t236"."platform" = 'instagram'
                THEN 0.07
                WHEN "t236"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t236"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE)
              END * "t236"."likes",
              0
            ) + COALESCE(
              CASE
                WHEN "t236"."platform" = 'instagram'
                THEN 3.46
                WHEN "t236"."platform" = 'tiktok'
                THEN 3.52
                WHEN "t236"."platform" = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE)
              END * "t236"."comments",
              0
            ) + COALESCE(
              CASE WHEN "t236"."platform" = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * "t236"."shares",
              0
            )
          ) * "t236"."emv_rate"
          ELSE CAST(NULL AS DOUBLE)
        END AS "emv",
        NULLIF(
          GREATEST(
            COALESCE("t236"."impressions__provenance", -1),
            COALESCE("t236"."views__provenance", -1),
            COALESCE("t236"."engagements__provenance", -1)
          ),
          -1
        ) AS "emv__provenance",
        CASE
          WHEN (
            "t236"."post_id" IS NOT NULL
          )
          AND (
            (
              (
                (
                  COALESCE("t236"."impressions", "t236"."views") * CASE WHEN "t236"."platform" = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                ) / 1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t236"."platform" = 'instagram'
                  THEN 0.07
                  WHEN "t236"."platform" = 'tiktok'
                  THEN 0.09
                  WHEN "t236"."platform" = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE)
                END * "t236"."likes"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t236"."platform" = 'instagram'
                  THEN 3.46
                  WHEN "t236"."platform" = 'tiktok'
                  THEN 3.52
                  WHEN "t236"."platform" = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE)
                END * "t236"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE WHEN "t236"."platform" = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * "t236"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              (
                COALESCE("t236"."impressions", "t236"."views") * CASE WHEN "t236"."platform" = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
              ) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t236"."platform" = 'instagram'
                THEN 0.07
                WHEN "t236"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t236"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE)
              END * "t236"."likes",
              0
            ) + COALESCE(
              CASE
                WHEN "t236"."platform" = 'instagram'
                THEN 3.46
                WHEN "t236"."platform" = 'tiktok'
                THEN 3.52
                WHEN "t236"."platform" = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE)
              END * "t236"."comments",
              0
            ) + COALESCE(
              CASE WHEN "t236"."platform" = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * "t236"."shares",
              0
            )
          ) * "t236"."emv_rate" * (
            1 - COALESCE("t236"."inauthentic_share", 0)
          )
          ELSE CAST(NULL AS DOUBLE)
        END AS "emv_authentic",
        NULLIF(
          GREATEST(
            COALESCE(
              NULLIF(
                GREATEST(
                  COALESCE("t236"."impressions__provenance", -1),
                  COALESCE("t236"."views__provenance", -1),
                  COALESCE("t236"."engagements__provenance", -1)
                ),
                -1
              ),
              -1
            ),
            COALESCE(CASE WHEN "t236"."inauthentic_share" > 0 THEN 2 ELSE CAST(NULL AS BIGINT) END, -1)
          ),
          -1
        ) AS "emv_authentic__provenance"
      FROM (
        SELECT
          "t234"."campaign_id",
          "t234"."campaign",
          "t234"."influencer_id",
          "t234"."influencer",
          "t234"."account_id",
          "t234"."platform",
          "t234"."format",
          "t234"."post_id",
          "t234"."day",
          "t234"."reach",
          "t234"."impressions",
          "t234"."views",
          "t234"."likes",
          "t234"."comments",
          "t234"."shares",
          "t234"."saves",
          "t234"."clicks",
          "t234"."reach__provenance",
          "t234"."impressions__provenance",
          "t234"."views__provenance",
          "t234"."likes__provenance",
          "t234"."comments__provenance",
          "t234"."shares__provenance",
          "t234"."saves__provenance",
          "t234"."clicks__provenance",
          "t234"."followers",
          "t234"."followers__provenance",
          "t234"."engagements",
          "t234"."engagements__provenance",
          "t234"."impressions_with_estimates",
          "t234"."impressions_with_estimates__provenance",
          "t234"."er_reach_post",
          "t234"."er_followers_post",
          "t234"."er_impressions_post",
          "t234"."er_views_post",
          "t234"."er_reach_post__provenance",
          "t234"."er_followers_post__provenance",
          "t234"."er_impressions_post__provenance",
          "t234"."er_views_post__provenance",
          "t234"."post_platform",
          "t234"."publishing_influencer",
          "t234"."sponsored_posts",
          "t234"."disclosed_sponsored_posts",
          "t234"."cost",
          "t234"."key_message_posts",
          "t234"."ugc_post",
          "t234"."mentions",
          "t234"."brand_mentions",
          "t234"."mention_engagements",
          "t234"."brand_mention_engagements",
          "t234"."followers_start",
          "t234"."followers_gained",
          "t234"."followers_expected_gain",
          "t234"."followers_start__provenance",
          "t234"."followers_gained__provenance",
          "t234"."followers_expected_gain__provenance",
          "t234"."brand_followers_start",
          "t234"."brand_followers_gained",
          "t234"."brand_followers_expected_gain",
          "t234"."brand_followers_start__provenance",
          "t234"."brand_followers_gained__provenance",
          "t234"."brand_followers_expected_gain__provenance",
          "t234"."influencers_contacted",
          "t234"."influencers_interested",
          "t234"."posts_contracted",
          "t234"."products_sent",
          "t234"."link_clicks",
          "t234"."unique_link_clicks",
          "t234"."bot_link_clicks",
          "t234"."sessions",
          "t234"."new_users",
          "t234"."engaged_sessions",
          "t234"."bounced_sessions",
          "t234"."session_seconds",
          "t234"."page_views",
          "t234"."key_events",
          "t234"."orders",
          "t234"."priced_orders",
          "t234"."revenue",
          "t234"."new_customers",
          "t234"."key_messages",
          "t234"."emv_rate",
          "t25"."inauthentic_share"
        FROM (
          SELECT
            "t231"."campaign_id",
            "t231"."campaign",
            "t231"."influencer_id",
            "t231"."influencer",
            "t231"."account_id",
            "t231"."platform",
            "t231"."format",
            "t231"."post_id",
            "t231"."day",
            "t231"."reach",
            "t231"."impressions",
            "t231"."views",
            "t231"."likes",
            "t231"."comments",
            "t231"."shares",
            "t231"."saves",
            "t231"."clicks",
            "t231"."reach__provenance",
            "t231"."impressions__provenance",
            "t231"."views__provenance",
            "t231"."likes__provenance",
            "t231"."comments__provenance",
            "t231"."shares__provenance",
            "t231"."saves__provenance",
            "t231"."clicks__provenance",
            "t231"."followers",
            "t231"."followers__provenance",
            "t231"."engagements",
            "t231"."engagements__provenance",
            "t231"."impressions_with_estimates",
            "t231"."impressions_with_estimates__provenance",
            "t231"."er_reach_post",
            "t231"."er_followers_post",
            "t231"."er_impressions_post",
            "t231"."er_views_post",
            "t231"."er_reach_post__provenance",
            "t231"."er_followers_post__provenance",
            "t231"."er_impressions_post__provenance",
            "t231"."er_views_post__provenance",
            "t231"."post_platform",
            "t231"."publishing_influencer",
            "t231"."sponsored_posts",
            "t231"."disclosed_sponsored_posts",
            "t231"."cost",
            "t231"."key_message_posts",
            "t231"."ugc_post",
            "t231"."mentions",
            "t231"."brand_mentions",
            "t231"."mention_engagements",
            "t231"."brand_mention_engagements",
            "t231"."followers_start",
            "t231"."followers_gained",
            "t231"."followers_expected_gain",
            "t231"."followers_start__provenance",
            "t231"."followers_gained__provenance",
            "t231"."followers_expected_gain__provenance",
            "t231"."brand_followers_start",
            "t231"."brand_followers_gained",
            "t231"."brand_followers_expected_gain",
            "t231"."brand_followers_start__provenance",
            "t231"."brand_followers_gained__provenance",
            "t231"."brand_followers_expected_gain__provenance",
            "t231"."influencers_contacted",
            "t231"."influencers_interested",
            "t231"."posts_contracted",
            "t231"."products_sent",
            "t231"."link_clicks",
            "t231"."unique_link_clicks",
            "t231"."bot_link_clicks",
            "t231"."sessions",
            "t231"."new_users",
            "t231"."engaged_sessions",
            "t231"."bounced_sessions",
            "t231"."session_seconds",
            "t231"."page_views",
            "t231"."key_events",
            "t231"."orders",
            "t231"."priced_orders",
            "t231"."revenue",
            "t231"."new_customers",
            "t231"."key_messages",
            "t156"."emv_rate"
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
                                "t219"."campaign_id",
                                "t219"."campaign",
                                "t219"."influencer_id",
                                "t219"."influencer",
                                "t219"."account_id",
                                "t219"."platform",
                                "t219"."format",
                                "t219"."post_id",
                                "t219"."day",
                                "t219"."reach",
                                "t219"."impressions",
                                "t219"."views",
                                "t219"."likes",
                                "t219"."comments",
                                "t219"."shares",
                                "t219"."saves",
                                "t219"."clicks",
                                "t219"."reach__provenance",
                                "t219"."impressions__provenance",
                                "t219"."views__provenance",
                                "t219"."likes__provenance",
                                "t219"."comments__provenance",
                                "t219"."shares__provenance",
                                "t219"."saves__provenance",
                                "t219"."clicks__provenance",
                                "t219"."followers",
                                CAST("t219"."followers__provenance" AS BIGINT) AS "followers__provenance",
                                "t219"."engagements",
                                "t219"."engagements__provenance",
                                "t219"."impressions_with_estimates",
                                "t219"."impressions_with_estimates__provenance",
                                "t219"."er_reach_post",
                                "t219"."er_followers_post",
                                "t219"."er_impressions_post",
                                "t219"."er_views_post",
                                "t219"."er_reach_post__provenance",
                                "t219"."er_followers_post__provenance",
                                "t219"."er_impressions_post__provenance",
                                "t219"."er_views_post__provenance",
                                "t219"."post_platform",
                                CAST("t219"."publishing_influencer" AS DOUBLE) AS "publishing_influencer",
                                "t219"."sponsored_posts",
                                "t219"."disclosed_sponsored_posts",
                                "t219"."cost",
                                "t219"."key_message_posts",
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
                                CAST(NULL AS DOUBLE) AS "link_clicks",
                                CAST(NULL AS DOUBLE) AS "unique_link_clicks",
                                CAST(NULL AS DOUBLE) AS "bot_link_clicks",
                                CAST(NULL AS DOUBLE) AS "sessions",
                                CAST(NULL AS DOUBLE) AS "new_users",
                                CAST(NULL AS DOUBLE) AS "engaged_sessions",
                                CAST(NULL AS DOUBLE) AS "bounced_sessions",
                                CAST(NULL AS DOUBLE) AS "session_seconds",
                                CAST(NULL AS DOUBLE) AS "page_views",
                                CAST(NULL AS DOUBLE) AS "key_events",
                                CAST(NULL AS DOUBLE) AS "orders",
                                CAST(NULL AS DOUBLE) AS "priced_orders",
                                CAST(NULL AS DOUBLE) AS "revenue",
                                CAST(NULL AS DOUBLE) AS "new_customers",
                                CAST(NULL AS DOUBLE) AS "key_messages"
                              FROM (
                                SELECT
                                  "t212"."campaign_id",
                                  "t212"."campaign",
                                  "t212"."influencer_id",
                                  "t212"."influencer",
                                  "t212"."account_id",
                                  "t212"."platform",
                                  "t212"."format",
                                  "t212"."post_id",
                                  "t212"."day",
                                  "t212"."country",
                                  "t212"."caption",
                                  "t212"."sponsored",
                                  "t212"."reach",
                                  "t212"."impressions",
                                  "t212"."views",
                                  "t212"."likes",
                                  "t212"."comments",
                                  "t212"."shares",
                                  "t212"."saves",
                                  "t212"."clicks",
                                  "t212"."reach__provenance",
                                  "t212"."impressions__provenance",
                                  "t212"."views__provenance",
                                  "t212"."likes__provenance",
                                  "t212"."comments__provenance",
                                  "t212"."shares__provenance",
                                  "t212"."saves__provenance",
                                  "t212"."clicks__provenance",
                                  "t212"."followers",
                                  "t212"."followers__provenance",
                                  "t212"."engagements",
                                  "t212"."engagements__provenance",
                                  "t212"."impressions_with_estimates",
                                  "t212"."impressions_with_estimates__provenance",
                                  "t212"."er_reach_post",
                                  "t212"."er_followers_post",
                                  "t212"."er_impressions_post",
                                  "t212"."er_views_post",
                                  "t212"."er_reach_post__provenance",
                                  "t212"."er_followers_post__provenance",
                                  "t212"."er_impressions_post__provenance",
                                  "t212"."er_views_post__provenance",
                                  "t212"."post_platform",
                                  "t212"."publishing_influencer",
                                  "t212"."sponsored_posts",
                                  "t212"."disclosed_sponsored_posts",
                                  "t212"."cost",
                                  "t217"."key_message_posts"
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
                                    "t192"."cost"
                                  FROM "post_rows" AS "t201"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t103"."post_id",
                                      "t187"."cost"
                                    FROM "campaign_posts_in" AS "t103"
                                    INNER JOIN (
                                      SELECT
                                        "t178"."campaign_id",
                                        "t178"."influencer_id",
                                        SUM("t178"."share") AS "cost"
                                      FROM (
                                        SELECT
                                          "t175"."campaign_id",
                                          "t175"."influencer_id",
                                          "t175"."amount" / "t116"."n_posts" AS "share"
                                        FROM (
                                          SELECT
                                            "t106"."campaign_id",
                                            "t106"."campaign",
                                            "t106"."influencer_id",
                                            "t106"."incurred_on",
                                            "t106"."amount" * "t163"."rate" AS "amount"
                                          FROM "t84" AS "t106"
                                          LEFT OUTER JOIN (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                "t99"."key",
                                                CAST(1 AS DOUBLE) AS "rate"
                                              FROM "t84" AS "t99"
                                              WHERE
                                                "t99"."base" = "t99"."quote"
                                            ) AS "t114"
                                            UNION ALL
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                "t144"."key",
                                                "t144"."rate"
                                              FROM (
                                                SELECT
                                                  "t124"."key",
                                                  "t124"."on",
                                                  "t124"."rate",
                                                  "t124"."valid",
                                                  ROW_NUMBER() OVER (
                                                    PARTITION BY "t124"."key"
                                                    ORDER BY CASE WHEN "t124"."valid" <= "t124"."on" THEN 0 ELSE 1 END ASC, ABS("t124"."valid" - "t124"."on") ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  ) - 1 AS "order"
                                                FROM (
                                                  SELECT
                                                    "t106"."key",
                                                    "t106"."on",
                                                    "t78"."rate",
                                                    EPOCH(CAST(CAST("t78"."valid_on" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "valid"
                                                  FROM "t84" AS "t106"
                                                  INNER JOIN "t68" AS "t78"
                                                    ON "t106"."base" = "t78"."base" AND "t106"."quote" = "t78"."quote"
                                                ) AS "t124"
                                              ) AS "t144"
                                              WHERE
                                                "t144"."order" = 0
                                            ) AS "t154"
                                          ) AS "t163"
                                            ON "t106"."key" = "t163"."key"
                                        ) AS "t175"
                                        INNER JOIN (
                                          SELECT
                                            "t96"."campaign_id",
                                            "t96"."influencer_id",
                                            COUNT("t96"."post_id") AS "n_posts"
                                          FROM "campaign_posts_in" AS "t96"
                                          GROUP BY
                                            1,
                                            2
                                        ) AS "t116"
                                          ON "t175"."campaign_id" = "t116"."campaign_id"
                                          AND "t175"."influencer_id" = "t116"."influencer_id"
                                      ) AS "t178"
                                      GROUP BY
                                        1,
                                        2
                                    ) AS "t187"
                                      ON "t187"."campaign_id" = "t103"."campaign_id"
                                      AND "t187"."influencer_id" = "t103"."influencer_id"
                                  ) AS "t192"
                                    ON "t201"."post_id" = "t192"."post_id"
                                ) AS "t212"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t213"."post_id",
                                    MAX(
                                      CAST(CASE
                                        WHEN CONTAINS(LOWER("t213"."caption"), LOWER("t213"."message"))
                                        THEN 1
                                        ELSE 0
                                      END AS DOUBLE)
                                    ) AS "key_message_posts"
                                  FROM (
                                    SELECT
                                      "t205"."campaign_id",
                                      "t205"."post_id",
                                      "t205"."caption",
                                      "t86"."message"
                                    FROM (
                                      SELECT
                                        "t199"."campaign_id",
                                        "t199"."post_id",
                                        "t199"."caption"
                                      FROM "post_rows" AS "t199"
                                    ) AS "t205"
                                    INNER JOIN (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST("t0"."id" AS BIGINT) AS "campaign_id",
                                          UNNEST(STR_SPLIT("t0"."key_messages", '
')) AS "message"
                                        FROM "campaign" AS "t0"
                                      ) AS "t46"
                                      WHERE
                                        LENGTH("t46"."message") > 0
                                    ) AS "t86"
                                      ON "t205"."campaign_id" = "t86"."campaign_id"
                                  ) AS "t213"
                                  GROUP BY
                                    1
                                ) AS "t217"
                                  ON "t212"."post_id" = "t217"."post_id"
                              ) AS "t219"
                            ) AS "t220"
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t214"."campaign_id",
                                "t214"."campaign",
                                CAST(NULL AS BIGINT) AS "influencer_id",
                                CAST(NULL AS TEXT) AS "influencer",
                                CAST(NULL AS BIGINT) AS "account_id",
                                "t214"."platform",
                                CAST(NULL AS TEXT) AS "format",
                                CAST(NULL AS BIGINT) AS "post_id",
                                "t214"."day",
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
                                CAST("t214"."ugc_post" AS DOUBLE) AS "ugc_post",
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
                                CAST(NULL AS DOUBLE) AS "link_clicks",
                                CAST(NULL AS DOUBLE) AS "unique_link_clicks",
                                CAST(NULL AS DOUBLE) AS "bot_link_clicks",
                                CAST(NULL AS DOUBLE) AS "sessions",
                                CAST(NULL AS DOUBLE) AS "new_users",
                                CAST(NULL AS DOUBLE) AS "engaged_sessions",
                                CAST(NULL AS DOUBLE) AS "bounced_sessions",
                                CAST(NULL AS DOUBLE) AS "session_seconds",
                                CAST(NULL AS DOUBLE) AS "page_views",
                                CAST(NULL AS DOUBLE) AS "key_events",
                                CAST(NULL AS DOUBLE) AS "orders",
                                CAST(NULL AS DOUBLE) AS "priced_orders",
                                CAST(NULL AS DOUBLE) AS "revenue",
                                CAST(NULL AS DOUBLE) AS "new_customers",
                                CAST(NULL AS DOUBLE) AS "key_messages"
                              FROM (
                                SELECT
                                  "t135"."campaign_id",
                                  "t135"."campaign",
                                  "t135"."platform",
                                  "t135"."day",
                                  "t135"."post_id" AS "ugc_post"
                                FROM (
                                  SELECT DISTINCT
                                    *
                                  FROM (
                                    SELECT
                                      "t87"."campaign_id",
                                      "t87"."campaign",
                                      "t97"."post_id",
                                      "t97"."influencer_id",
                                      "t97"."platform",
                                      "t97"."day"
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
                                    ) AS "t97"
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
                                      ) AS "t47"
                                      WHERE
                                        LENGTH("t47"."tag") > 0
                                    ) AS "t87"
                                      ON "t97"."workspace_id" = "t87"."workspace_id"
                                      AND "t97"."day" >= "t87"."start"
                                      AND "t97"."day" <= "t87"."end"
                                      AND NOT (
                                        "t97"."is_brand"
                                      )
                                      AND CONTAINS(',' || "t97"."hashtags" || ',', ',' || "t87"."tag" || ',')
                                  ) AS "t126"
                                ) AS "t135"
                                ANTI JOIN (
                                  SELECT DISTINCT
                                    *
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        CAST("t4"."campaign_id" AS BIGINT) AS "campaign_id",
                                        CAST("t4"."influencer_id" AS BIGINT) AS "influencer_id"
                                      FROM "roster" AS "t4"
                                    ) AS "t28"
                                    UNION ALL
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        "t199"."campaign_id",
                                        "t199"."influencer_id"
                                      FROM "post_rows" AS "t199"
                                    ) AS "t202"
                                  ) AS "t204"
                                ) AS "t211"
                                  ON "t135"."campaign_id" = "t211"."campaign_id"
                                  AND "t135"."influencer_id" = "t211"."influencer_id"
                              ) AS "t214"
                            ) AS "t215"
                          ) AS "t221"
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
                              CAST(NULL AS DOUBLE) AS "link_clicks",
                              CAST(NULL AS DOUBLE) AS "unique_link_clicks",
                              CAST(NULL AS DOUBLE) AS "bot_link_clicks",
                              CAST(NULL AS DOUBLE) AS "sessions",
                              CAST(NULL AS DOUBLE) AS "new_users",
                              CAST(NULL AS DOUBLE) AS "engaged_sessions",
                              CAST(NULL AS DOUBLE) AS "bounced_sessions",
                              CAST(NULL AS DOUBLE) AS "session_seconds",
                              CAST(NULL AS DOUBLE) AS "page_views",
                              CAST(NULL AS DOUBLE) AS "key_events",
                              CAST(NULL AS DOUBLE) AS "orders",
                              CAST(NULL AS DOUBLE) AS "priced_orders",
                              CAST(NULL AS DOUBLE) AS "revenue",
                              CAST(NULL AS DOUBLE) AS "new_customers",
                              CAST(NULL AS DOUBLE) AS "key_messages"
                            FROM (
                              SELECT
                                "t174"."campaign_id",
                                "t174"."campaign",
                                "t174"."influencer_id",
                                CAST("t17"."name" AS TEXT) AS "influencer",
                                "t174"."incurred_on" AS "day",
                                "t174"."amount" AS "cost"
                              FROM (
                                SELECT
                                  "t105"."campaign_id",
                                  "t105"."campaign",
                                  "t105"."influencer_id",
                                  "t105"."incurred_on",
                                  "t105"."amount" * "t162"."rate" AS "amount"
                                FROM "t84" AS "t105"
                                LEFT OUTER JOIN (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t98"."key",
                                      CAST(1 AS DOUBLE) AS "rate"
                                    FROM "t84" AS "t98"
                                    WHERE
                                      "t98"."base" = "t98"."quote"
                                  ) AS "t113"
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t143"."key",
                                      "t143"."rate"
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
                                          "t105"."key",
                                          "t105"."on",
                                          "t77"."rate",
                                          EPOCH(CAST(CAST("t77"."valid_on" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "valid"
                                        FROM "t84" AS "t105"
                                        INNER JOIN "t68" AS "t77"
                                          ON "t105"."base" = "t77"."base" AND "t105"."quote" = "t77"."quote"
                                      ) AS "t123"
                                    ) AS "t143"
                                    WHERE
                                      "t143"."order" = 0
                                  ) AS "t153"
                                ) AS "t162"
                                  ON "t105"."key" = "t162"."key"
                              ) AS "t174"
                              ANTI JOIN (
                                SELECT
                                  "t96"."campaign_id",
                                  "t96"."influencer_id",
                                  COUNT("t96"."post_id") AS "n_posts"
                                FROM "campaign_posts_in" AS "t96"
                                GROUP BY
                                  1,
                                  2
                              ) AS "t116"
                                ON "t174"."campaign_id" = "t116"."campaign_id"
                                AND "t174"."influencer_id" = "t116"."influencer_id"
                              LEFT OUTER JOIN "influencer" AS "t17"
                                ON "t174"."influencer_id" = "t17"."id"
                            ) AS "t177"
                          ) AS "t182"
                        ) AS "t222"
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t91"."campaign_id",
                            "t91"."campaign",
                            CAST(NULL AS BIGINT) AS "influencer_id",
                            CAST(NULL AS TEXT) AS "influencer",
                            CAST(NULL AS BIGINT) AS "account_id",
                            "t91"."platform",
                            CAST(NULL AS TEXT) AS "format",
                            CAST(NULL AS BIGINT) AS "post_id",
                            "t91"."day",
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
                            "t91"."mentions",
                            "t91"."brand_mentions",
                            "t91"."mention_engagements",
                            "t91"."brand_mention_engagements",
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
                            CAST(NULL AS DOUBLE) AS "link_clicks",
                            CAST(NULL AS DOUBLE) AS "unique_link_clicks",
                            CAST(NULL AS DOUBLE) AS "bot_link_clicks",
                            CAST(NULL AS DOUBLE) AS "sessions",
                            CAST(NULL AS DOUBLE) AS "new_users",
                            CAST(NULL AS DOUBLE) AS "engaged_sessions",
                            CAST(NULL AS DOUBLE) AS "bounced_sessions",
                            CAST(NULL AS DOUBLE) AS "session_seconds",
                            CAST(NULL AS DOUBLE) AS "page_views",
                            CAST(NULL AS DOUBLE) AS "key_events",
                            CAST(NULL AS DOUBLE) AS "orders",
                            CAST(NULL AS DOUBLE) AS "priced_orders",
                            CAST(NULL AS DOUBLE) AS "revenue",
                            CAST(NULL AS DOUBLE) AS "new_customers",
                            CAST(NULL AS DOUBLE) AS "key_messages"
                          FROM (
                            SELECT
                              CAST("t61"."id" AS BIGINT) AS "campaign_id",
                              CAST("t61"."name" AS TEXT) AS "campaign",
                              CAST("t51"."platform" AS TEXT) AS "platform",
                              "t51"."mentioned_on" AS "day",
                              CAST(1 AS DOUBLE) AS "mentions",
                              CAST(CASE WHEN "t51"."own" THEN 1 ELSE 0 END AS DOUBLE) AS "brand_mentions",
                              "t51"."engagements" AS "mention_engagements",
                              CAST(CASE WHEN "t51"."own" THEN 1 ELSE 0 END AS DOUBLE) * "t51"."engagements" AS "brand_mention_engagements"
                            FROM (
                              SELECT
                                *
                              FROM "mention" AS "t7"
                              WHERE
                                "t7"."mentioned_on" <= MAKE_DATE(2026, 3, 31)
                            ) AS "t51"
                            INNER JOIN "t24" AS "t61"
                              ON "t51"."workspace_id" = "t61"."workspace_id"
                              AND "t51"."mentioned_on" >= "t61"."start_date"
                              AND "t51"."mentioned_on" <= "t61"."end_date"
                          ) AS "t91"
                        ) AS "t102"
                      ) AS "t223"
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t209"."campaign_id",
                          "t209"."campaign",
                          "t209"."influencer_id",
                          "t209"."influencer",
                          "t209"."account_id",
                          "t209"."platform",
                          CAST(NULL AS TEXT) AS "format",
                          CAST(NULL AS BIGINT) AS "post_id",
                          "t209"."day",
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
                            WHEN "t209"."is_brand" = FALSE
                            THEN "t209"."start_followers"
                            ELSE CAST(NULL AS DOUBLE)
                          END AS "followers_start",
                          CASE
                            WHEN "t209"."is_brand" = FALSE
                            THEN CASE
                              WHEN "t209"."end_seen_at" > "t209"."start_seen_at"
                              THEN "t209"."end_followers" - "t209"."start_followers"
                              ELSE CAST(NULL AS DOUBLE)
                            END
                            ELSE CAST(NULL AS DOUBLE)
                          END AS "followers_gained",
                          CASE
                            WHEN "t209"."is_brand" = FALSE
                            THEN CASE
                              WHEN "t209"."end_seen_at" > "t209"."start_seen_at"
                              THEN (
                                (
                                  "t209"."start_followers" - "t209"."before_followers"
                                ) / NULLIF(CAST("t209"."start_seen_at" - "t209"."before_seen_at" AS DOUBLE), 0)
                              ) * (
                                "t209"."end_seen_at" - "t209"."start_seen_at"
                              )
                              ELSE CAST(NULL AS DOUBLE)
                            END
                            ELSE CAST(NULL AS DOUBLE)
                          END AS "followers_expected_gain",
                          CAST(CASE
                            WHEN "t209"."is_brand" = FALSE
                            THEN "t209"."start_rank"
                            ELSE CAST(NULL AS TINYINT)
                          END AS BIGINT) AS "followers_start__provenance",
                          CASE
                            WHEN "t209"."is_brand" = FALSE
                            THEN CASE
                              WHEN "t209"."end_seen_at" > "t209"."start_seen_at"
                              THEN NULLIF(GREATEST(COALESCE("t209"."start_rank", -1), COALESCE("t209"."end_rank", -1)), -1)
                              ELSE CAST(NULL AS BIGINT)
                            END
                            ELSE CAST(NULL AS BIGINT)
                          END AS "followers_gained__provenance",
                          CASE
                            WHEN "t209"."is_brand" = FALSE
                            THEN CASE
                              WHEN CASE
                                WHEN "t209"."end_seen_at" > "t209"."start_seen_at"
                                THEN (
                                  (
                                    "t209"."start_followers" - "t209"."before_followers"
                                  ) / NULLIF(CAST("t209"."start_seen_at" - "t209"."before_seen_at" AS DOUBLE), 0)
                                ) * (
                                  "t209"."end_seen_at" - "t209"."start_seen_at"
                                )
                                ELSE CAST(NULL AS DOUBLE)
                              END IS NOT NULL
                              THEN NULLIF(
                                GREATEST(
                                  COALESCE(
                                    CASE
                                      WHEN "t209"."end_seen_at" > "t209"."start_seen_at"
                                      THEN NULLIF(GREATEST(COALESCE("t209"."start_rank", -1), COALESCE("t209"."end_rank", -1)), -1)
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    -1
                                  ),
                                  COALESCE("t209"."before_rank", -1)
                                ),
                                -1
                              )
                              ELSE CAST(NULL AS BIGINT)
                            END
                            ELSE CAST(NULL AS BIGINT)
                          END AS "followers_expected_gain__provenance",
                          CASE
                            WHEN "t209"."is_brand" = TRUE
                            THEN "t209"."start_followers"
                            ELSE CAST(NULL AS DOUBLE)
                          END AS "brand_followers_start",
                          CASE
                            WHEN "t209"."is_brand" = TRUE
                            THEN CASE
                              WHEN "t209"."end_seen_at" > "t209"."start_seen_at"
                              THEN "t209"."end_followers" - "t209"."start_followers"
                              ELSE CAST(NULL AS DOUBLE)
                            END
                            ELSE CAST(NULL AS DOUBLE)
                          END AS "brand_followers_gained",
                          CASE
                            WHEN "t209"."is_brand" = TRUE
                            THEN CASE
                              WHEN "t209"."end_seen_at" > "t209"."start_seen_at"
                              THEN (
                                (
                                  "t209"."start_followers" - "t209"."before_followers"
                                ) / NULLIF(CAST("t209"."start_seen_at" - "t209"."before_seen_at" AS DOUBLE), 0)
                              ) * (
                                "t209"."end_seen_at" - "t209"."start_seen_at"
                              )
                              ELSE CAST(NULL AS DOUBLE)
                            END
                            ELSE CAST(NULL AS DOUBLE)
                          END AS "brand_followers_expected_gain",
                          CAST(CASE
                            WHEN "t209"."is_brand" = TRUE
                            THEN "t209"."start_rank"
                            ELSE CAST(NULL AS TINYINT)
                          END AS BIGINT) AS "brand_followers_start__provenance",
                          CASE
                            WHEN "t209"."is_brand" = TRUE
                            THEN CASE
                              WHEN "t209"."end_seen_at" > "t209"."start_seen_at"
                              THEN NULLIF(GREATEST(COALESCE("t209"."start_rank", -1), COALESCE("t209"."end_rank", -1)), -1)
                              ELSE CAST(NULL AS BIGINT)
                            END
                            ELSE CAST(NULL AS BIGINT)
                          END AS "brand_followers_gained__provenance",
                          CASE
                            WHEN "t209"."is_brand" = TRUE
                            THEN CASE
                              WHEN CASE
                                WHEN "t209"."end_seen_at" > "t209"."start_seen_at"
                                THEN (
                                  (
                                    "t209"."start_followers" - "t209"."before_followers"
                                  ) / NULLIF(CAST("t209"."start_seen_at" - "t209"."before_seen_at" AS DOUBLE), 0)
                                ) * (
                                  "t209"."end_seen_at" - "t209"."start_seen_at"
                                )
                                ELSE CAST(NULL AS DOUBLE)
                              END IS NOT NULL
                              THEN NULLIF(
                                GREATEST(
                                  COALESCE(
                                    CASE
                                      WHEN "t209"."end_seen_at" > "t209"."start_seen_at"
                                      THEN NULLIF(GREATEST(COALESCE("t209"."start_rank", -1), COALESCE("t209"."end_rank", -1)), -1)
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    -1
                                  ),
                                  COALESCE("t209"."before_rank", -1)
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
                          CAST(NULL AS DOUBLE) AS "link_clicks",
                          CAST(NULL AS DOUBLE) AS "unique_link_clicks",
                          CAST(NULL AS DOUBLE) AS "bot_link_clicks",
                          CAST(NULL AS DOUBLE) AS "sessions",
                          CAST(NULL AS DOUBLE) AS "new_users",
                          CAST(NULL AS DOUBLE) AS "engaged_sessions",
                          CAST(NULL AS DOUBLE) AS "bounced_sessions",
                          CAST(NULL AS DOUBLE) AS "session_seconds",
                          CAST(NULL AS DOUBLE) AS "page_views",
                          CAST(NULL AS DOUBLE) AS "key_events",
                          CAST(NULL AS DOUBLE) AS "orders",
                          CAST(NULL AS DOUBLE) AS "priced_orders",
                          CAST(NULL AS DOUBLE) AS "revenue",
                          CAST(NULL AS DOUBLE) AS "new_customers",
                          CAST(NULL AS DOUBLE) AS "key_messages"
                        FROM (
                          SELECT
                            "t200"."campaign_id",
                            "t200"."campaign",
                            "t200"."influencer_id",
                            "t200"."influencer",
                            "t200"."account_id",
                            "t200"."platform",
                            "t200"."is_brand",
                            "t200"."day",
                            "t200"."start_at",
                            "t200"."end_at",
                            "t200"."start_followers",
                            "t200"."start_seen_at",
                            "t200"."start_rank",
                            "t200"."end_followers",
                            "t200"."end_seen_at",
                            "t200"."end_rank",
                            "t188"."before_followers",
                            "t188"."before_seen_at",
                            "t188"."before_rank"
                          FROM (
                            SELECT
                              "t195"."campaign_id",
                              "t195"."campaign",
                              "t195"."influencer_id",
                              "t195"."influencer",
                              "t195"."account_id",
                              "t195"."platform",
                              "t195"."is_brand",
                              "t195"."day",
                              "t195"."start_at",
                              "t195"."end_at",
                              "t195"."start_followers",
                              "t195"."start_seen_at",
                              "t195"."start_rank",
                              "t186"."end_followers",
                              "t186"."end_seen_at",
                              "t186"."end_rank"
                            FROM (
                              SELECT
                                "t148"."campaign_id",
                                "t148"."campaign",
                                "t148"."influencer_id",
                                "t148"."influencer",
                                "t148"."account_id",
                                "t148"."platform",
                                "t148"."is_brand",
                                "t148"."day",
                                "t148"."start_at",
                                "t148"."end_at",
                                "t190"."start_followers",
                                "t190"."start_seen_at",
                                "t190"."start_rank"
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
                                        "t96"."campaign_id",
                                        "t96"."account_id"
                                      FROM "campaign_posts_in" AS "t96"
                                    ) AS "t109"
                                  ) AS "t117"
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
                                      FROM "influencer" AS "t5"
                                      WHERE
                                        "t5"."is_brand"
                                    ) AS "t30"
                                      ON "t30"."workspace_id" = "t62"."workspace_id"
                                    INNER JOIN "account" AS "t20"
                                      ON "t20"."influencer_id" = "t30"."id"
                                  ) AS "t85"
                                ) AS "t128"
                                INNER JOIN "campaign" AS "t15"
                                  ON "t128"."campaign_id" = "t15"."id"
                                INNER JOIN "account" AS "t20"
                                  ON "t128"."account_id" = "t20"."id"
                                INNER JOIN "influencer" AS "t18"
                                  ON "t20"."influencer_id" = "t18"."id"
                              ) AS "t148"
                              INNER JOIN (
                                SELECT
                                  "t181"."campaign_id",
                                  "t181"."account_id",
                                  CAST("t181"."followers" AS DOUBLE) AS "start_followers",
                                  "t181"."at" AS "start_seen_at",
                                  "t181"."rank" AS "start_rank"
                                FROM (
                                  SELECT
                                    "t170"."campaign_id",
                                    "t170"."campaign",
                                    "t170"."influencer_id",
                                    "t170"."influencer",
                                    "t170"."account_id",
                                    "t170"."platform",
                                    "t170"."is_brand",
                                    "t170"."day",
                                    "t170"."start_at",
                                    "t170"."end_at",
                                    "t170"."followers",
                                    "t170"."at",
                                    "t170"."rank",
                                    ROW_NUMBER() OVER (
                                      PARTITION BY "t170"."campaign_id", "t170"."account_id"
                                      ORDER BY CASE WHEN "t170"."at" <= "t170"."start_at" THEN 0 ELSE 1 END ASC, ABS("t170"."at" - "t170"."start_at") ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    ) - 1 AS "order"
                                  FROM "t167" AS "t170"
                                ) AS "t181"
                                WHERE
                                  "t181"."order" = 0
                              ) AS "t190"
                                ON "t148"."campaign_id" = "t190"."campaign_id"
                                AND "t148"."account_id" = "t190"."account_id"
                            ) AS "t195"
                            LEFT OUTER JOIN (
                              SELECT
                                "t176"."campaign_id",
                                "t176"."account_id",
                                CAST("t176"."followers" AS DOUBLE) AS "end_followers",
                                "t176"."at" AS "end_seen_at",
                                "t176"."rank" AS "end_rank"
                              FROM (
                                SELECT
                                  "t170"."campaign_id",
                                  "t170"."campaign",
                                  "t170"."influencer_id",
                                  "t170"."influencer",
                                  "t170"."account_id",
                                  "t170"."platform",
                                  "t170"."is_brand",
                                  "t170"."day",
                                  "t170"."start_at",
                                  "t170"."end_at",
                                  "t170"."followers",
                                  "t170"."at",
                                  "t170"."rank",
                                  ROW_NUMBER() OVER (
                                    PARTITION BY "t170"."campaign_id", "t170"."account_id"
                                    ORDER BY "t170"."at" DESC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  ) - 1 AS "order"
                                FROM "t167" AS "t170"
                              ) AS "t176"
                              WHERE
                                "t176"."order" = 0
                            ) AS "t186"
                              ON "t195"."campaign_id" = "t186"."campaign_id"
                              AND "t195"."account_id" = "t186"."account_id"
                          ) AS "t200"
                          LEFT OUTER JOIN (
                            SELECT
                              "t179"."campaign_id",
                              "t179"."account_id",
                              CAST("t179"."followers" AS DOUBLE) AS "before_followers",
                              "t179"."at" AS "before_seen_at",
                              "t179"."rank" AS "before_rank"
                            FROM (
                              SELECT
                                "t173"."campaign_id",
                                "t173"."campaign",
                                "t173"."influencer_id",
                                "t173"."influencer",
                                "t173"."account_id",
                                "t173"."platform",
                                "t173"."is_brand",
                                "t173"."day",
                                "t173"."start_at",
                                "t173"."end_at",
                                "t173"."followers",
                                "t173"."at",
                                "t173"."rank",
                                ROW_NUMBER() OVER (
                                  PARTITION BY "t173"."campaign_id", "t173"."account_id"
                                  ORDER BY "t173"."at" DESC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                ) - 1 AS "order"
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t148"."campaign_id",
                                    "t148"."campaign",
                                    "t148"."influencer_id",
                                    "t148"."influencer",
                                    "t148"."account_id",
                                    "t148"."platform",
                                    "t148"."is_brand",
                                    "t148"."day",
                                    "t148"."start_at",
                                    "t148"."end_at",
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
                                            "t96"."campaign_id",
                                            "t96"."account_id"
                                          FROM "campaign_posts_in" AS "t96"
                                        ) AS "t109"
                                      ) AS "t117"
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
                                          FROM "influencer" AS "t5"
                                          WHERE
                                            "t5"."is_brand"
                                        ) AS "t30"
                                          ON "t30"."workspace_id" = "t62"."workspace_id"
                                        INNER JOIN "account" AS "t20"
                                          ON "t20"."influencer_id" = "t30"."id"
                                      ) AS "t85"
                                    ) AS "t128"
                                    INNER JOIN "campaign" AS "t15"
                                      ON "t128"."campaign_id" = "t15"."id"
                                    INNER JOIN "account" AS "t20"
                                      ON "t128"."account_id" = "t20"."id"
                                    INNER JOIN "influencer" AS "t18"
                                      ON "t20"."influencer_id" = "t18"."id"
                                  ) AS "t148"
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
                                    ON "t148"."account_id" = "t67"."account_id"
                                ) AS "t164"
                                WHERE
                                  "t164"."at" <= (
                                    "t164"."start_at" - (
                                      "t164"."end_at" - "t164"."start_at"
                                    )
                                  )
                              ) AS "t173"
                            ) AS "t179"
                            WHERE
                              "t179"."order" = 0
                          ) AS "t188"
                            ON "t200"."campaign_id" = "t188"."campaign_id"
                            AND "t200"."account_id" = "t188"."account_id"
                        ) AS "t209"
                      ) AS "t218"
                    ) AS "t224"
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t89"."campaign_id",
                        "t89"."campaign",
                        "t89"."influencer_id",
                        "t89"."influencer",
                        CAST(NULL AS BIGINT) AS "account_id",
                        CAST(NULL AS TEXT) AS "platform",
                        CAST(NULL AS TEXT) AS "format",
                        CAST(NULL AS BIGINT) AS "post_id",
                        "t89"."day",
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
                        "t89"."influencers_contacted",
                        "t89"."influencers_interested",
                        "t89"."posts_contracted",
                        "t89"."products_sent",
                        CAST(NULL AS DOUBLE) AS "link_clicks",
                        CAST(NULL AS DOUBLE) AS "unique_link_clicks",
                        CAST(NULL AS DOUBLE) AS "bot_link_clicks",
                        CAST(NULL AS DOUBLE) AS "sessions",
                        CAST(NULL AS DOUBLE) AS "new_users",
                        CAST(NULL AS DOUBLE) AS "engaged_sessions",
                        CAST(NULL AS DOUBLE) AS "bounced_sessions",
                        CAST(NULL AS DOUBLE) AS "session_seconds",
                        CAST(NULL AS DOUBLE) AS "page_views",
                        CAST(NULL AS DOUBLE) AS "key_events",
                        CAST(NULL AS DOUBLE) AS "orders",
                        CAST(NULL AS DOUBLE) AS "priced_orders",
                        CAST(NULL AS DOUBLE) AS "revenue",
                        CAST(NULL AS DOUBLE) AS "new_customers",
                        CAST(NULL AS DOUBLE) AS "key_messages"
                      FROM (
                        SELECT
                          CAST("t48"."campaign_id" AS BIGINT) AS "campaign_id",
                          CAST("t15"."name" AS TEXT) AS "campaign",
                          CAST("t48"."influencer_id" AS BIGINT) AS "influencer_id",
                          CAST("t17"."name" AS TEXT) AS "influencer",
                          "t15"."start_date" AS "day",
                          CAST(1 AS DOUBLE) AS "influencers_contacted",
                          CAST(CASE WHEN "t48"."status" IN ('interested', 'activated') THEN 1 ELSE 0 END AS DOUBLE) AS "influencers_interested",
                          CAST("t48"."posts_contracted" AS DOUBLE) AS "posts_contracted",
                          CAST("t48"."products_sent" AS DOUBLE) AS "products_sent"
                        FROM (
                          SELECT
                            *
                          FROM "roster" AS "t4"
                          WHERE
                            "t4"."campaign_id" IN (1)
                        ) AS "t48"
                        INNER JOIN "campaign" AS "t15"
                          ON "t48"."campaign_id" = "t15"."id"
                        INNER JOIN "influencer" AS "t17"
                          ON "t48"."influencer_id" = "t17"."id"
                      ) AS "t89"
                    ) AS "t101"
                  ) AS "t225"
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t160"."campaign_id",
                      "t160"."campaign",
                      CAST(NULL AS BIGINT) AS "influencer_id",
                      CAST(NULL AS TEXT) AS "influencer",
                      CAST(NULL AS BIGINT) AS "account_id",
                      CAST(NULL AS TEXT) AS "platform",
                      CAST(NULL AS TEXT) AS "format",
                      CAST(NULL AS BIGINT) AS "post_id",
                      "t160"."day",
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
                      "t160"."link_clicks",
                      "t160"."unique_link_clicks",
                      "t160"."bot_link_clicks",
                      CAST(NULL AS DOUBLE) AS "sessions",
                      CAST(NULL AS DOUBLE) AS "new_users",
                      CAST(NULL AS DOUBLE) AS "engaged_sessions",
                      CAST(NULL AS DOUBLE) AS "bounced_sessions",
                      CAST(NULL AS DOUBLE) AS "session_seconds",
                      CAST(NULL AS DOUBLE) AS "page_views",
                      CAST(NULL AS DOUBLE) AS "key_events",
                      CAST(NULL AS DOUBLE) AS "orders",
                      CAST(NULL AS DOUBLE) AS "priced_orders",
                      CAST(NULL AS DOUBLE) AS "revenue",
                      CAST(NULL AS DOUBLE) AS "new_customers",
                      CAST(NULL AS DOUBLE) AS "key_messages"
                    FROM (
                      SELECT
                        "t147"."campaign_id",
                        "t147"."day",
                        "t147"."link_clicks",
                        "t147"."unique_link_clicks",
                        "t147"."bot_link_clicks",
                        CAST("t15"."name" AS TEXT) AS "campaign"
                      FROM (
                        SELECT
                          "t130"."campaign_id",
                          "t130"."day",
                          SUM("t130"."link_clicks") AS "link_clicks",
                          SUM("t130"."unique_link_clicks") AS "unique_link_clicks",
                          SUM("t130"."bot_link_clicks") AS "bot_link_clicks"
                        FROM (
                          SELECT
                            CAST("t52"."campaign_id" AS BIGINT) AS "campaign_id",
                            CAST("t52"."influencer_id" AS BIGINT) AS "influencer_id",
                            CAST("t52"."platform" AS TEXT) AS "platform",
                            "t115"."day",
                            "t115"."link_clicks",
                            "t115"."unique_link_clicks",
                            "t115"."bot_link_clicks"
                          FROM (
                            SELECT
                              "t95"."link_id",
                              "t95"."day",
                              SUM("t95"."link_clicks") AS "link_clicks",
                              SUM("t95"."unique_link_clicks") AS "unique_link_clicks",
                              SUM("t95"."bot_link_clicks") AS "bot_link_clicks"
                            FROM (
                              SELECT
                                "t54"."link_id",
                                CAST("t54"."clicked_at" AS DATE) AS "day",
                                CAST(CASE WHEN NOT (
                                  "t54"."is_bot"
                                ) THEN 1 ELSE 0 END AS DOUBLE) AS "link_clicks",
                                CAST(CASE WHEN NOT (
                                  "t54"."is_bot"
                                ) AND "t54"."is_unique" THEN 1 ELSE 0 END AS DOUBLE) AS "unique_link_clicks",
                                CAST(CASE WHEN "t54"."is_bot" THEN 1 ELSE 0 END AS DOUBLE) AS "bot_link_clicks"
                              FROM (
                                SELECT
                                  *
                                FROM "click" AS "t9"
                                WHERE
                                  "t9"."clicked_at" <= MAKE_TIMESTAMP(2026, 3, 31, 23, 59, 59.0)
                              ) AS "t54"
                              INNER JOIN (
                                SELECT
                                  "t8"."id" AS "link_id"
                                FROM "link" AS "t8"
                                WHERE
                                  "t8"."campaign_id" IN (1)
                              ) AS "t53"
                                ON "t54"."link_id" = "t53"."link_id"
                            ) AS "t95"
                            GROUP BY
                              1,
                              2
                          ) AS "t115"
                          INNER JOIN (
                            SELECT
                              *
                            FROM "link" AS "t8"
                            WHERE
                              "t8"."campaign_id" IN (1)
                          ) AS "t52"
                            ON "t115"."link_id" = "t52"."id"
                        ) AS "t130"
                        GROUP BY
                          1,
                          2
                      ) AS "t147"
                      INNER JOIN "campaign" AS "t15"
                        ON "t147"."campaign_id" = "t15"."id"
                    ) AS "t160"
                  ) AS "t165"
                ) AS "t226"
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    "t110"."campaign_id",
                    "t110"."campaign",
                    CAST(NULL AS BIGINT) AS "influencer_id",
                    CAST(NULL AS TEXT) AS "influencer",
                    CAST(NULL AS BIGINT) AS "account_id",
                    CAST(NULL AS TEXT) AS "platform",
                    CAST(NULL AS TEXT) AS "format",
                    CAST(NULL AS BIGINT) AS "post_id",
                    "t110"."day",
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
                    CAST(NULL AS DOUBLE) AS "link_clicks",
                    CAST(NULL AS DOUBLE) AS "unique_link_clicks",
                    CAST(NULL AS DOUBLE) AS "bot_link_clicks",
                    "t110"."sessions",
                    "t110"."new_users",
                    "t110"."engaged_sessions",
                    "t110"."bounced_sessions",
                    "t110"."session_seconds",
                    "t110"."page_views",
                    "t110"."key_events",
                    CAST(NULL AS DOUBLE) AS "orders",
                    CAST(NULL AS DOUBLE) AS "priced_orders",
                    CAST(NULL AS DOUBLE) AS "revenue",
                    CAST(NULL AS DOUBLE) AS "new_customers",
                    CAST(NULL AS DOUBLE) AS "key_messages"
                  FROM (
                    SELECT
                      "t90"."campaign_id",
                      "t90"."day",
                      "t90"."sessions",
                      "t90"."new_users",
                      "t90"."engaged_sessions",
                      "t90"."bounced_sessions",
                      "t90"."session_seconds",
                      "t90"."page_views",
                      "t90"."key_events",
                      CAST("t15"."name" AS TEXT) AS "campaign"
                    FROM (
                      SELECT
                        "t50"."campaign_id",
                        "t50"."day",
                        SUM("t50"."sessions") AS "sessions",
                        SUM("t50"."new_users") AS "new_users",
                        SUM("t50"."engaged_sessions") AS "engaged_sessions",
                        SUM("t50"."bounced_sessions") AS "bounced_sessions",
                        SUM("t50"."session_seconds") AS "session_seconds",
                        SUM("t50"."page_views") AS "page_views",
                        SUM("t50"."key_events") AS "key_events"
                      FROM (
                        SELECT
                          CAST("t6"."campaign_id" AS BIGINT) AS "campaign_id",
                          CAST("t6"."influencer_id" AS BIGINT) AS "influencer_id",
                          LOWER("t6"."utm_source") AS "platform",
                          "t6"."day",
                          CAST("t6"."sessions" AS DOUBLE) AS "sessions",
                          CAST("t6"."new_users" AS DOUBLE) AS "new_users",
                          CAST("t6"."engaged_sessions" AS DOUBLE) AS "engaged_sessions",
                          CAST("t6"."sessions" - "t6"."engaged_sessions" AS DOUBLE) AS "bounced_sessions",
                          CAST("t6"."duration_seconds" AS DOUBLE) AS "session_seconds",
                          CAST("t6"."page_views" AS DOUBLE) AS "page_views",
                          CAST("t6"."key_events" AS DOUBLE) AS "key_events"
                        FROM "web_traffic" AS "t6"
                        WHERE
                          "t6"."campaign_id" IN (1)
                          AND "t6"."day" <= MAKE_DATE(2026, 3, 31)
                          AND "t6"."campaign_id" IS NOT NULL
                      ) AS "t50"
                      GROUP BY
                        1,
                        2
                    ) AS "t90"
                    INNER JOIN "campaign" AS "t15"
                      ON "t90"."campaign_id" = "t15"."id"
                  ) AS "t110"
                ) AS "t120"
              ) AS "t227"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t119"."campaign_id",
                  "t119"."campaign",
                  CAST(NULL AS BIGINT) AS "influencer_id",
                  CAST(NULL AS TEXT) AS "influencer",
                  CAST(NULL AS BIGINT) AS "account_id",
                  CAST(NULL AS TEXT) AS "platform",
                  CAST(NULL AS TEXT) AS "format",
                  CAST(NULL AS BIGINT) AS "post_id",
                  "t119"."day",
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
                  CAST(NULL AS DOUBLE) AS "link_clicks",
                  CAST(NULL AS DOUBLE) AS "unique_link_clicks",
                  CAST(NULL AS DOUBLE) AS "bot_link_clicks",
                  CAST(NULL AS DOUBLE) AS "sessions",
                  CAST(NULL AS DOUBLE) AS "new_users",
                  CAST(NULL AS DOUBLE) AS "engaged_sessions",
                  CAST(NULL AS DOUBLE) AS "bounced_sessions",
                  CAST(NULL AS DOUBLE) AS "session_seconds",
                  CAST(NULL AS DOUBLE) AS "page_views",
                  CAST(NULL AS DOUBLE) AS "key_events",
                  "t119"."orders",
                  "t119"."priced_orders",
                  "t119"."revenue",
                  "t119"."new_customers",
                  CAST(NULL AS DOUBLE) AS "key_messages"
                FROM (
                  SELECT
                    "t100"."campaign_id",
                    "t100"."day",
                    "t100"."orders",
                    "t100"."priced_orders",
                    "t100"."revenue",
                    "t100"."new_customers",
                    CAST("t15"."name" AS TEXT) AS "campaign"
                  FROM (
                    SELECT
                      "t69"."campaign_id",
                      "t69"."day",
                      SUM("t69"."orders") AS "orders",
                      SUM("t69"."priced_orders") AS "priced_orders",
                      SUM("t69"."revenue") AS "revenue",
                      SUM("t69"."new_customers") AS "new_customers"
                    FROM (
                      SELECT
                        CAST("t3"."campaign_id" AS BIGINT) AS "campaign_id",
                        CAST("t3"."influencer_id" AS BIGINT) AS "influencer_id",
                        "t3"."platform",
                        "t3"."ordered_on" AS "day",
                        CAST(CASE WHEN NOT (
                          "t3"."reversed"
                        ) THEN 1 ELSE 0 END AS DOUBLE) AS "orders",
                        CAST(CASE
                          WHEN NOT (
                            "t3"."reversed"
                          ) AND (
                            "t3"."campaign_revenue" IS NOT NULL
                          )
                          THEN 1
                          ELSE 0
                        END AS DOUBLE) AS "priced_orders",
                        CASE
                          WHEN NOT (
                            "t3"."reversed"
                          )
                          THEN CAST("t3"."campaign_revenue" AS DOUBLE)
                          ELSE 0
                        END AS "revenue",
                        CAST(CASE
                          WHEN NOT (
                            "t3"."reversed"
                          ) AND COALESCE("t3"."new_customer", FALSE)
                          THEN 1
                          ELSE 0
                        END AS DOUBLE) AS "new_customers"
                      FROM "order_attribution" AS "t3"
                      WHERE
                        "t3"."campaign_id" IN (1) AND "t3"."ordered_on" <= MAKE_DATE(2026, 3, 31)
                    ) AS "t69"
                    GROUP BY
                      1,
                      2
                  ) AS "t100"
                  INNER JOIN "campaign" AS "t15"
                    ON "t100"."campaign_id" = "t15"."id"
                ) AS "t119"
              ) AS "t127"
            ) AS "t228"
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
                CAST(NULL AS DOUBLE) AS "link_clicks",
                CAST(NULL AS DOUBLE) AS "unique_link_clicks",
                CAST(NULL AS DOUBLE) AS "bot_link_clicks",
                CAST(NULL AS DOUBLE) AS "sessions",
                CAST(NULL AS DOUBLE) AS "new_users",
                CAST(NULL AS DOUBLE) AS "engaged_sessions",
                CAST(NULL AS DOUBLE) AS "bounced_sessions",
                CAST(NULL AS DOUBLE) AS "session_seconds",
                CAST(NULL AS DOUBLE) AS "page_views",
                CAST(NULL AS DOUBLE) AS "key_events",
                CAST(NULL AS DOUBLE) AS "orders",
                CAST(NULL AS DOUBLE) AS "priced_orders",
                CAST(NULL AS DOUBLE) AS "revenue",
                CAST(NULL AS DOUBLE) AS "new_customers",
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
          ) AS "t231"
          LEFT OUTER JOIN (
            SELECT
              "t146"."key" AS "campaign_id",
              "t146"."rate" AS "emv_rate"
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
              ) AS "t43"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t133"."key",
                  "t133"."rate"
                FROM (
                  SELECT
                    "t108"."key",
                    "t108"."on",
                    "t108"."rate",
                    "t108"."valid",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t108"."key"
                      ORDER BY CASE WHEN "t108"."valid" <= "t108"."on" THEN 0 ELSE 1 END ASC, ABS("t108"."valid" - "t108"."on") ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "order"
                  FROM (
                    SELECT
                      "t64"."key",
                      "t64"."on",
                      "t76"."rate",
                      EPOCH(CAST(CAST("t76"."valid_on" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "valid"
                    FROM (
                      SELECT
                        CAST("t0"."id" AS BIGINT) AS "key",
                        'EUR' AS "base",
                        CAST("t0"."currency" AS TEXT) AS "quote",
                        EPOCH(CAST(CAST("t0"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "on"
                      FROM "campaign" AS "t0"
                    ) AS "t64"
                    INNER JOIN "t68" AS "t76"
                      ON "t64"."base" = "t76"."base" AND "t64"."quote" = "t76"."quote"
                  ) AS "t108"
                ) AS "t133"
                WHERE
                  "t133"."order" = 0
              ) AS "t139"
            ) AS "t146"
          ) AS "t156"
            ON "t231"."campaign_id" = "t156"."campaign_id"
        ) AS "t234"
        LEFT OUTER JOIN (
          SELECT
            "t1"."account_id",
            "t1"."inauthentic_share"
          FROM "account_audit" AS "t1"
        ) AS "t25"
          ON "t234"."account_id" = "t25"."account_id"
      ) AS "t236"
    ) AS "t239"
    LEFT OUTER JOIN (
      SELECT
        "t145"."key" AS "campaign_id",
        "t145"."rate" AS "paid_rate"
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
        ) AS "t42"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            "t132"."key",
            "t132"."rate"
          FROM (
            SELECT
              "t107"."key",
              "t107"."on",
              "t107"."rate",
              "t107"."valid",
              ROW_NUMBER() OVER (
                PARTITION BY "t107"."key"
                ORDER BY CASE WHEN "t107"."valid" <= "t107"."on" THEN 0 ELSE 1 END ASC, ABS("t107"."valid" - "t107"."on") ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              ) - 1 AS "order"
            FROM (
              SELECT
                "t63"."key",
                "t63"."on",
                "t75"."rate",
                EPOCH(CAST(CAST("t75"."valid_on" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "valid"
              FROM (
                SELECT
                  CAST("t0"."id" AS BIGINT) AS "key",
                  'USD' AS "base",
                  CAST("t0"."currency" AS TEXT) AS "quote",
                  EPOCH(CAST(CAST("t0"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "on"
                FROM "campaign" AS "t0"
              ) AS "t63"
              INNER JOIN "t68" AS "t75"
                ON "t63"."base" = "t75"."base" AND "t63"."quote" = "t75"."quote"
            ) AS "t107"
          ) AS "t132"
          WHERE
            "t132"."order" = 0
        ) AS "t138"
      ) AS "t145"
    ) AS "t155"
      ON "t239"."campaign_id" = "t155"."campaign_id"
  ) AS "t241"
  WHERE
    "t241"."campaign_id" IN (1)
    AND (
      (
        "t241"."bot_link_clicks" IS NOT NULL
      )
      OR (
        "t241"."bounced_sessions" IS NOT NULL
      )
      OR (
        "t241"."brand_followers_expected_gain" IS NOT NULL
      )
      OR (
        "t241"."brand_followers_gained" IS NOT NULL
      )
      OR (
        "t241"."brand_followers_start" IS NOT NULL
      )
      OR (
        "t241"."brand_mention_engagements" IS NOT NULL
      )
      OR (
        "t241"."brand_mentions" IS NOT NULL
      )
      OR (
        "t241"."clicks" IS NOT NULL
      )
      OR (
        "t241"."comments" IS NOT NULL
      )
      OR (
        "t241"."cost" IS NOT NULL
      )
      OR (
        "t241"."disclosed_sponsored_posts" IS NOT NULL
      )
      OR (
        "t241"."emv" IS NOT NULL
      )
      OR (
        "t241"."emv_authentic" IS NOT NULL
      )
      OR (
        "t241"."engagements" IS NOT NULL
      )
      OR (
        "t241"."er_followers_post" IS NOT NULL
      )
      OR (
        "t241"."er_impressions_post" IS NOT NULL
      )
      OR (
        "t241"."er_reach_post" IS NOT NULL
      )
      OR (
        "t241"."er_views_post" IS NOT NULL
      )
      OR (
        "t241"."followers" IS NOT NULL
      )
      OR (
        "t241"."followers_expected_gain" IS NOT NULL
      )
      OR (
        "t241"."followers_gained" IS NOT NULL
      )
      OR (
        "t241"."followers_start" IS NOT NULL
      )
      OR (
        "t241"."impressions" IS NOT NULL
      )
      OR (
        "t241"."impressions_with_estimates" IS NOT NULL
      )
      OR (
        "t241"."influencers_contacted" IS NOT NULL
      )
      OR (
        "t241"."influencers_interested" IS NOT NULL
      )
      OR (
        "t241"."key_events" IS NOT NULL
      )
      OR (
        "t241"."key_message_posts" IS NOT NULL
      )
      OR (
        "t241"."key_messages" IS NOT NULL
      )
      OR (
        "t241"."likes" IS NOT NULL
      )
      OR (
        "t241"."link_clicks" IS NOT NULL
      )
      OR (
        "t241"."mention_engagements" IS NOT NULL
      )
      OR (
        "t241"."mentions" IS NOT NULL
      )
      OR (
        "t241"."new_customers" IS NOT NULL
      )
      OR (
        "t241"."new_users" IS NOT NULL
      )
      OR (
        "t241"."orders" IS NOT NULL
      )
      OR (
        "t241"."page_views" IS NOT NULL
      )
      OR (
        (
          "t241"."cost" / (
            CASE
              WHEN "t241"."platform" = 'tiktok'
              THEN CAST(NULL AS DOUBLE)
              WHEN "t241"."platform" = 'youtube'
              THEN CAST(NULL AS DOUBLE)
              ELSE 1.88
            END * "t241"."paid_rate"
          )
        ) IS NOT NULL
      )
      OR (
        (
          (
            "t241"."cost" / (
              CASE
                WHEN "t241"."platform" = 'tiktok'
                THEN 7.5
                WHEN "t241"."platform" = 'youtube'
                THEN 3.53
                ELSE 19.8
              END * "t241"."paid_rate"
            )
          ) * 1000
        ) IS NOT NULL
      )
      OR (
        (
          "t241"."cost" / (
            CASE WHEN "t241"."platform" = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * "t241"."paid_rate"
          )
        ) IS NOT NULL
      )
      OR (
        "t241"."post_id" IS NOT NULL
      )
      OR (
        "t241"."post_platform" IS NOT NULL
      )
      OR (
        "t241"."posts_contracted" IS NOT NULL
      )
      OR (
        "t241"."priced_orders" IS NOT NULL
      )
      OR (
        "t241"."products_sent" IS NOT NULL
      )
      OR (
        "t241"."publishing_influencer" IS NOT NULL
      )
      OR (
        "t241"."reach" IS NOT NULL
      )
      OR (
        "t241"."revenue" IS NOT NULL
      )
      OR (
        "t241"."saves" IS NOT NULL
      )
      OR (
        "t241"."session_seconds" IS NOT NULL
      )
      OR (
        "t241"."sessions" IS NOT NULL
      )
      OR (
        "t241"."shares" IS NOT NULL
      )
      OR (
        "t241"."sponsored_posts" IS NOT NULL
      )
      OR (
        "t241"."ugc_post" IS NOT NULL
      )
      OR (
        "t241"."unique_link_clicks" IS NOT NULL
      )
      OR (
        "t241"."views" IS NOT NULL
      )
    )
)
SELECT
  "t253"."week",
  "t253"."key_messages",
  "t253"."platforms_selected",
  "t253"."influencers_contacted",
  "t253"."influencers_interested",
  (
    "t253"."influencers_interested" / NULLIF("t253"."influencers_contacted", 0)
  ) * 100 AS "influencers_interested_rate",
  "t253"."influencers_activated",
  "t253"."products_sent",
  "t253"."reach",
  "t253"."impressions",
  "t253"."views",
  "t253"."impressions_with_estimates",
  (
    "t253"."reach_rate__first" / NULLIF("t253"."reach_rate__second", 0)
  ) * 100 AS "reach_rate",
  "t253"."brand_mentions",
  (
    "t253"."brand_mentions" / NULLIF("t253"."mentions", 0)
  ) * 100 AS "share_of_voice",
  (
    "t253"."brand_mention_engagements" / NULLIF("t253"."mention_engagements", 0)
  ) * 100 AS "share_of_engagement",
  "t253"."key_message_posts",
  (
    "t253"."key_message_posts" / NULLIF(CAST("t253"."posts" AS DOUBLE), 0)
  ) * 100 AS "key_message_rate",
  "t253"."posts",
  "t253"."posts_contracted",
  (
    CAST("t253"."posts" AS DOUBLE) / NULLIF("t253"."posts_contracted", 0)
  ) * 100 AS "posts_delivery_rate",
  "t253"."ugc_posts",
  "t253"."likes",
  "t253"."comments",
  "t253"."shares",
  "t253"."saves",
  "t253"."engagements",
  (
    "t253"."engagement_rate_reach__first" / NULLIF("t253"."engagement_rate_reach__second", 0)
  ) * 100 AS "engagement_rate_reach",
  (
    "t253"."engagement_rate_followers__first" / NULLIF("t253"."engagement_rate_followers__second", 0)
  ) * 100 AS "engagement_rate_followers",
  "t253"."er_reach_post_mean" AS "engagement_rate_reach_post_mean",
  "t253"."er_reach_post_median" AS "engagement_rate_reach_post_median",
  "t253"."er_reach_account_mean" AS "engagement_rate_reach_account_mean",
  "t253"."er_reach_account_median" AS "engagement_rate_reach_account_median",
  "t253"."er_followers_post_mean" AS "engagement_rate_followers_post_mean",
  "t253"."er_followers_post_median" AS "engagement_rate_followers_post_median",
  "t253"."er_followers_account_mean" AS "engagement_rate_followers_account_mean",
  "t253"."er_followers_account_median" AS "engagement_rate_followers_account_median",
  (
    "t253"."engagement_rate_impressions__first" / NULLIF("t253"."engagement_rate_impressions__second", 0)
  ) * 100 AS "engagement_rate_impressions",
  "t253"."er_impressions_post_mean" AS "engagement_rate_impressions_post_mean",
  "t253"."er_impressions_post_median" AS "engagement_rate_impressions_post_median",
  "t253"."er_impressions_account_mean" AS "engagement_rate_impressions_account_mean",
  "t253"."er_impressions_account_median" AS "engagement_rate_impressions_account_median",
  (
    "t253"."engagement_rate_views__first" / NULLIF("t253"."engagement_rate_views__second", 0)
  ) * 100 AS "engagement_rate_views",
  "t253"."er_views_post_mean" AS "engagement_rate_views_post_mean",
  "t253"."er_views_post_median" AS "engagement_rate_views_post_median",
  "t253"."er_views_account_mean" AS "engagement_rate_views_account_mean",
  "t253"."er_views_account_median" AS "engagement_rate_views_account_median",
  "t253"."clicks" AS "platform_link_clicks",
  "t253"."followers_gained",
  (
    "t253"."follower_growth_rate__first" / NULLIF("t253"."follower_growth_rate__second", 0)
  ) * 100 AS "follower_growth_rate",
  "t253"."followers_gained_above_trend__first" - "t253"."followers_gained_above_trend__second" AS "followers_gained_above_trend",
  "t253"."brand_followers_gained",
  (
    "t253"."brand_follower_growth_rate__first" / NULLIF("t253"."brand_follower_growth_rate__second", 0)
  ) * 100 AS "brand_follower_growth_rate",
  "t253"."brand_followers_gained_above_trend__first" - "t253"."brand_followers_gained_above_trend__second" AS "brand_followers_gained_above_trend",
  "t253"."link_clicks" AS "tracked_clicks",
  "t253"."unique_link_clicks" AS "unique_clicks",
  "t253"."bot_link_clicks" AS "bot_clicks",
  (
    "t253"."link_clicks" / NULLIF("t253"."impressions_with_estimates", 0)
  ) * 100 AS "click_through_rate",
  "t253"."sessions",
  "t253"."new_users",
  (
    "t253"."bounced_sessions" / NULLIF("t253"."sessions", 0)
  ) * 100 AS "bounce_rate",
  "t253"."session_seconds" / NULLIF("t253"."sessions", 0) AS "average_session_duration",
  "t253"."page_views" / NULLIF("t253"."sessions", 0) AS "pages_per_session",
  "t253"."key_events" AS "leads",
  "t253"."orders" AS "conversions",
  (
    "t253"."orders" / NULLIF("t253"."unique_link_clicks", 0)
  ) * 100 AS "conversion_rate",
  "t253"."revenue",
  "t253"."revenue" / NULLIF("t253"."priced_orders", 0) AS "average_order_value",
  "t253"."new_customers",
  "t253"."revenue" / NULLIF("t253"."cost", 0) AS "return_on_ad_spend",
  (
    (
      "t253"."revenue" - "t253"."cost"
    ) / NULLIF("t253"."cost", 0)
  ) * 100 AS "return_on_investment",
  (
    (
      "t253"."revenue" - "t253"."cost"
    ) / NULLIF("t253"."revenue", 0)
  ) * 100 AS "profitability",
  "t253"."sponsored_posts",
  "t253"."disclosed_sponsored_posts",
  (
    "t253"."disclosed_sponsored_posts" / NULLIF("t253"."sponsored_posts", 0)
  ) * 100 AS "disclosure_rate",
  "t253"."cost",
  (
    "t253"."cost" / NULLIF("t253"."impressions_with_estimates", 0)
  ) * 1000 AS "cost_per_mille",
  "t253"."cost" / NULLIF("t253"."engagements", 0) AS "cost_per_engagement",
  "t253"."cost" / NULLIF("t253"."views", 0) AS "cost_per_view",
  "t253"."cost" / NULLIF("t253"."brand_followers_gained", 0) AS "cost_per_new_follower",
  "t253"."cost" / NULLIF("t253"."link_clicks", 0) AS "cost_per_click",
  "t253"."cost" / NULLIF("t253"."orders", 0) AS "cost_per_acquisition",
  "t253"."cost" / NULLIF("t253"."new_customers", 0) AS "customer_acquisition_cost",
  "t253"."cost" / NULLIF("t253"."key_events", 0) AS "cost_per_lead",
  "t253"."emv",
  "t253"."emv_authentic",
  "t253"."emv" / NULLIF("t253"."cost", 0) AS "emv_per_cost",
  "t253"."paid_impressions" AS "paid_equivalent_impressions",
  "t253"."paid_clicks" AS "paid_equivalent_clicks",
  "t253"."paid_views" AS "paid_equivalent_views",
  (
    "t253"."impressions_vs_paid__first" / NULLIF("t253"."impressions_vs_paid__second", 0)
  ) * 100 AS "impressions_vs_paid",
  (
    "t253"."clicks_vs_paid__first" / NULLIF("t253"."clicks_vs_paid__second", 0)
  ) * 100 AS "clicks_vs_paid",
  (
    "t253"."views_vs_paid__first" / NULLIF("t253"."views_vs_paid__second", 0)
  ) * 100 AS "views_vs_paid",
  CASE
    WHEN "t253"."key_messages" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_messages__provenance",
  CASE
    WHEN "t253"."platforms_selected" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "platforms_selected__provenance",
  CASE
    WHEN "t253"."influencers_contacted" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_contacted__provenance",
  CASE
    WHEN "t253"."influencers_interested" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_interested__provenance",
  CASE
    WHEN (
      (
        "t253"."influencers_interested" / NULLIF("t253"."influencers_contacted", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_interested_rate__provenance",
  CASE
    WHEN "t253"."influencers_activated" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_activated__provenance",
  CASE
    WHEN "t253"."products_sent" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "products_sent__provenance",
  CASE
    WHEN "t253"."reach" IS NOT NULL
    THEN COALESCE("t253"."reach__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "reach__provenance",
  CASE
    WHEN "t253"."impressions" IS NOT NULL
    THEN COALESCE("t253"."impressions__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions__provenance",
  CASE
    WHEN "t253"."views" IS NOT NULL
    THEN COALESCE("t253"."views__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "views__provenance",
  CASE
    WHEN "t253"."impressions_with_estimates" IS NOT NULL
    THEN COALESCE("t253"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions_with_estimates__provenance",
  CASE
    WHEN (
      (
        "t253"."reach_rate__first" / NULLIF("t253"."reach_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t253"."reach_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "reach_rate__provenance",
  CASE
    WHEN "t253"."brand_mentions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_mentions__provenance",
  CASE
    WHEN (
      (
        "t253"."brand_mentions" / NULLIF("t253"."mentions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "share_of_voice__provenance",
  CASE
    WHEN (
      (
        "t253"."brand_mention_engagements" / NULLIF("t253"."mention_engagements", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "share_of_engagement__provenance",
  CASE
    WHEN "t253"."key_message_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_message_posts__provenance",
  CASE
    WHEN (
      (
        "t253"."key_message_posts" / NULLIF(CAST("t253"."posts" AS DOUBLE), 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_message_rate__provenance",
  CASE
    WHEN "t253"."posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts__provenance",
  CASE
    WHEN "t253"."posts_contracted" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts_contracted__provenance",
  CASE
    WHEN (
      (
        CAST("t253"."posts" AS DOUBLE) / NULLIF("t253"."posts_contracted", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts_delivery_rate__provenance",
  CASE
    WHEN "t253"."ugc_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "ugc_posts__provenance",
  CASE
    WHEN "t253"."likes" IS NOT NULL
    THEN COALESCE("t253"."likes__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "likes__provenance",
  CASE
    WHEN "t253"."comments" IS NOT NULL
    THEN COALESCE("t253"."comments__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "comments__provenance",
  CASE
    WHEN "t253"."shares" IS NOT NULL
    THEN COALESCE("t253"."shares__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "shares__provenance",
  CASE
    WHEN "t253"."saves" IS NOT NULL
    THEN COALESCE("t253"."saves__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "saves__provenance",
  CASE
    WHEN "t253"."engagements" IS NOT NULL
    THEN COALESCE("t253"."engagements__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagements__provenance",
  CASE
    WHEN (
      (
        "t253"."engagement_rate_reach__first" / NULLIF("t253"."engagement_rate_reach__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t253"."engagement_rate_reach__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach__provenance",
  CASE
    WHEN (
      (
        "t253"."engagement_rate_followers__first" / NULLIF("t253"."engagement_rate_followers__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t253"."engagement_rate_followers__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers__provenance",
  CASE
    WHEN "t253"."er_reach_post_mean" IS NOT NULL
    THEN COALESCE("t253"."er_reach_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_post_mean__provenance",
  CASE
    WHEN "t253"."er_reach_post_median" IS NOT NULL
    THEN COALESCE("t253"."er_reach_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_post_median__provenance",
  CASE
    WHEN "t253"."er_reach_account_mean" IS NOT NULL
    THEN COALESCE("t253"."er_reach_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_account_mean__provenance",
  CASE
    WHEN "t253"."er_reach_account_median" IS NOT NULL
    THEN COALESCE("t253"."er_reach_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_account_median__provenance",
  CASE
    WHEN "t253"."er_followers_post_mean" IS NOT NULL
    THEN COALESCE("t253"."er_followers_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_post_mean__provenance",
  CASE
    WHEN "t253"."er_followers_post_median" IS NOT NULL
    THEN COALESCE("t253"."er_followers_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_post_median__provenance",
  CASE
    WHEN "t253"."er_followers_account_mean" IS NOT NULL
    THEN COALESCE("t253"."er_followers_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_account_mean__provenance",
  CASE
    WHEN "t253"."er_followers_account_median" IS NOT NULL
    THEN COALESCE("t253"."er_followers_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_account_median__provenance",
  CASE
    WHEN (
      (
        "t253"."engagement_rate_impressions__first" / NULLIF("t253"."engagement_rate_impressions__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t253"."engagement_rate_impressions__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions__provenance",
  CASE
    WHEN "t253"."er_impressions_post_mean" IS NOT NULL
    THEN COALESCE("t253"."er_impressions_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_post_mean__provenance",
  CASE
    WHEN "t253"."er_impressions_post_median" IS NOT NULL
    THEN COALESCE("t253"."er_impressions_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_post_median__provenance",
  CASE
    WHEN "t253"."er_impressions_account_mean" IS NOT NULL
    THEN COALESCE("t253"."er_impressions_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_account_mean__provenance",
  CASE
    WHEN "t253"."er_impressions_account_median" IS NOT NULL
    THEN COALESCE("t253"."er_impressions_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_account_median__provenance",
  CASE
    WHEN (
      (
        "t253"."engagement_rate_views__first" / NULLIF("t253"."engagement_rate_views__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t253"."engagement_rate_views__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views__provenance",
  CASE
    WHEN "t253"."er_views_post_mean" IS NOT NULL
    THEN COALESCE("t253"."er_views_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_post_mean__provenance",
  CASE
    WHEN "t253"."er_views_post_median" IS NOT NULL
    THEN COALESCE("t253"."er_views_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_post_median__provenance",
  CASE
    WHEN "t253"."er_views_account_mean" IS NOT NULL
    THEN COALESCE("t253"."er_views_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_account_mean__provenance",
  CASE
    WHEN "t253"."er_views_account_median" IS NOT NULL
    THEN COALESCE("t253"."er_views_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_account_median__provenance",
  CASE
    WHEN "t253"."clicks" IS NOT NULL
    THEN COALESCE("t253"."clicks__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "platform_link_clicks__provenance",
  CASE
    WHEN "t253"."followers_gained" IS NOT NULL
    THEN COALESCE("t253"."followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "followers_gained__provenance",
  CASE
    WHEN (
      (
        "t253"."follower_growth_rate__first" / NULLIF("t253"."follower_growth_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t253"."follower_growth_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "follower_growth_rate__provenance",
  CASE
    WHEN (
      "t253"."followers_gained_above_trend__first" - "t253"."followers_gained_above_trend__second"
    ) IS NOT NULL
    THEN COALESCE("t253"."followers_gained_above_trend__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "followers_gained_above_trend__provenance",
  CASE
    WHEN "t253"."brand_followers_gained" IS NOT NULL
    THEN COALESCE("t253"."brand_followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_followers_gained__provenance",
  CASE
    WHEN (
      (
        "t253"."brand_follower_growth_rate__first" / NULLIF("t253"."brand_follower_growth_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t253"."brand_follower_growth_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_follower_growth_rate__provenance",
  CASE
    WHEN (
      "t253"."brand_followers_gained_above_trend__first" - "t253"."brand_followers_gained_above_trend__second"
    ) IS NOT NULL
    THEN COALESCE("t253"."brand_followers_gained_above_trend__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_followers_gained_above_trend__provenance",
  CASE
    WHEN "t253"."link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "tracked_clicks__provenance",
  CASE
    WHEN "t253"."unique_link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "unique_clicks__provenance",
  CASE
    WHEN "t253"."bot_link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "bot_clicks__provenance",
  CASE
    WHEN (
      (
        "t253"."link_clicks" / NULLIF("t253"."impressions_with_estimates", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t253"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "click_through_rate__provenance",
  CASE
    WHEN "t253"."sessions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "sessions__provenance",
  CASE
    WHEN "t253"."new_users" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "new_users__provenance",
  CASE
    WHEN (
      (
        "t253"."bounced_sessions" / NULLIF("t253"."sessions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "bounce_rate__provenance",
  CASE
    WHEN (
      "t253"."session_seconds" / NULLIF("t253"."sessions", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "average_session_duration__provenance",
  CASE
    WHEN (
      "t253"."page_views" / NULLIF("t253"."sessions", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "pages_per_session__provenance",
  CASE
    WHEN "t253"."key_events" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "leads__provenance",
  CASE
    WHEN "t253"."orders" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "conversions__provenance",
  CASE
    WHEN (
      (
        "t253"."orders" / NULLIF("t253"."unique_link_clicks", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "conversion_rate__provenance",
  CASE
    WHEN "t253"."revenue" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "revenue__provenance",
  CASE
    WHEN (
      "t253"."revenue" / NULLIF("t253"."priced_orders", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "average_order_value__provenance",
  CASE
    WHEN "t253"."new_customers" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "new_customers__provenance",
  CASE
    WHEN (
      "t253"."revenue" / NULLIF("t253"."cost", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_ad_spend__provenance",
  CASE
    WHEN (
      (
        (
          "t253"."revenue" - "t253"."cost"
        ) / NULLIF("t253"."cost", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_investment__provenance",
  CASE
    WHEN (
      (
        (
          "t253"."revenue" - "t253"."cost"
        ) / NULLIF("t253"."revenue", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "profitability__provenance",
  CASE
    WHEN "t253"."sponsored_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "sponsored_posts__provenance",
  CASE
    WHEN "t253"."disclosed_sponsored_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "disclosed_sponsored_posts__provenance",
  CASE
    WHEN (
      (
        "t253"."disclosed_sponsored_posts" / NULLIF("t253"."sponsored_posts", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "disclosure_rate__provenance",
  CASE
    WHEN "t253"."cost" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost__provenance",
  CASE
    WHEN (
      (
        "t253"."cost" / NULLIF("t253"."impressions_with_estimates", 0)
      ) * 1000
    ) IS NOT NULL
    THEN COALESCE("t253"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_mille__provenance",
  CASE
    WHEN (
      "t253"."cost" / NULLIF("t253"."engagements", 0)
    ) IS NOT NULL
    THEN COALESCE("t253"."engagements__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_engagement__provenance",
  CASE
    WHEN (
      "t253"."cost" / NULLIF("t253"."views", 0)
    ) IS NOT NULL
    THEN COALESCE("t253"."views__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_view__provenance",
  CASE
    WHEN (
      "t253"."cost" / NULLIF("t253"."brand_followers_gained", 0)
    ) IS NOT NULL
    THEN COALESCE("t253"."brand_followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_new_follower__provenance",
  CASE
    WHEN (
      "t253"."cost" / NULLIF("t253"."link_clicks", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_click__provenance",
  CASE
    WHEN (
      "t253"."cost" / NULLIF("t253"."orders", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_acquisition__provenance",
  CASE
    WHEN (
      "t253"."cost" / NULLIF("t253"."new_customers", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "customer_acquisition_cost__provenance",
  CASE
    WHEN (
      "t253"."cost" / NULLIF("t253"."key_events", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_lead__provenance",
  CASE
    WHEN "t253"."emv" IS NOT NULL
    THEN COALESCE("t253"."emv__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv__provenance",
  CASE
    WHEN "t253"."emv_authentic" IS NOT NULL
    THEN COALESCE("t253"."emv_authentic__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv_authentic__provenance",
  CASE
    WHEN (
      "t253"."emv" / NULLIF("t253"."cost", 0)
    ) IS NOT NULL
    THEN COALESCE("t253"."emv__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv_per_cost__provenance",
  CASE
    WHEN "t253"."paid_impressions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_impressions__provenance",
  CASE
    WHEN "t253"."paid_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_clicks__provenance",
  CASE
    WHEN "t253"."paid_views" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_views__provenance",
  CASE
    WHEN (
      (
        "t253"."impressions_vs_paid__first" / NULLIF("t253"."impressions_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t253"."impressions_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions_vs_paid__provenance",
  CASE
    WHEN (
      (
        "t253"."clicks_vs_paid__first" / NULLIF("t253"."clicks_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t253"."clicks_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "clicks_vs_paid__provenance",
  CASE
    WHEN (
      (
        "t253"."views_vs_paid__first" / NULLIF("t253"."views_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t253"."views_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "views_vs_paid__provenance"
FROM (
  SELECT
    "t252"."week",
    "t252"."key_messages",
    "t252"."platforms_selected",
    "t252"."influencers_contacted",
    "t252"."influencers_interested",
    "t252"."influencers_activated",
    "t252"."products_sent",
    "t252"."reach",
    "t252"."impressions",
    "t252"."views",
    "t252"."impressions_with_estimates",
    "t252"."reach_rate__first",
    "t252"."reach_rate__second",
    "t252"."brand_mentions",
    "t252"."mentions",
    "t252"."brand_mention_engagements",
    "t252"."mention_engagements",
    "t252"."key_message_posts",
    "t252"."posts",
    "t252"."posts_contracted",
    "t252"."ugc_posts",
    "t252"."likes",
    "t252"."comments",
    "t252"."shares",
    "t252"."saves",
    "t252"."engagements",
    "t252"."engagement_rate_reach__first",
    "t252"."engagement_rate_reach__second",
    "t252"."engagement_rate_followers__first",
    "t252"."engagement_rate_followers__second",
    "t252"."er_reach_post_mean",
    "t252"."er_reach_post_median",
    "t252"."er_followers_post_mean",
    "t252"."er_followers_post_median",
    "t252"."engagement_rate_impressions__first",
    "t252"."engagement_rate_impressions__second",
    "t252"."er_impressions_post_mean",
    "t252"."er_impressions_post_median",
    "t252"."engagement_rate_views__first",
    "t252"."engagement_rate_views__second",
    "t252"."er_views_post_mean",
    "t252"."er_views_post_median",
    "t252"."clicks",
    "t252"."followers_gained",
    "t252"."follower_growth_rate__first",
    "t252"."follower_growth_rate__second",
    "t252"."followers_gained_above_trend__first",
    "t252"."followers_gained_above_trend__second",
    "t252"."brand_followers_gained",
    "t252"."brand_follower_growth_rate__first",
    "t252"."brand_follower_growth_rate__second",
    "t252"."brand_followers_gained_above_trend__first",
    "t252"."brand_followers_gained_above_trend__second",
    "t252"."link_clicks",
    "t252"."unique_link_clicks",
    "t252"."bot_link_clicks",
    "t252"."sessions",
    "t252"."new_users",
    "t252"."bounced_sessions",
    "t252"."session_seconds",
    "t252"."page_views",
    "t252"."key_events",
    "t252"."orders",
    "t252"."revenue",
    "t252"."priced_orders",
    "t252"."new_customers",
    "t252"."cost",
    "t252"."sponsored_posts",
    "t252"."disclosed_sponsored_posts",
    "t252"."emv",
    "t252"."emv_authentic",
    "t252"."paid_impressions",
    "t252"."paid_clicks",
    "t252"."paid_views",
    "t252"."impressions_vs_paid__first",
    "t252"."impressions_vs_paid__second",
    "t252"."clicks_vs_paid__first",
    "t252"."clicks_vs_paid__second",
    "t252"."views_vs_paid__first",
    "t252"."views_vs_paid__second",
    "t252"."reach__provenance",
    "t252"."impressions__provenance",
    "t252"."views__provenance",
    "t252"."impressions_with_estimates__provenance",
    "t252"."reach_rate__pair__provenance",
    "t252"."likes__provenance",
    "t252"."comments__provenance",
    "t252"."shares__provenance",
    "t252"."saves__provenance",
    "t252"."engagements__provenance",
    "t252"."engagement_rate_reach__pair__provenance",
    "t252"."engagement_rate_followers__pair__provenance",
    "t252"."er_reach_post_mean__provenance",
    "t252"."er_followers_post_mean__provenance",
    "t252"."engagement_rate_impressions__pair__provenance",
    "t252"."er_impressions_post_mean__provenance",
    "t252"."engagement_rate_views__pair__provenance",
    "t252"."er_views_post_mean__provenance",
    "t252"."clicks__provenance",
    "t252"."followers_gained__provenance",
    "t252"."follower_growth_rate__pair__provenance",
    "t252"."followers_gained_above_trend__pair__provenance",
    "t252"."brand_followers_gained__provenance",
    "t252"."brand_follower_growth_rate__pair__provenance",
    "t252"."brand_followers_gained_above_trend__pair__provenance",
    "t252"."emv__provenance",
    "t252"."emv_authentic__provenance",
    "t252"."impressions_vs_paid__pair__provenance",
    "t252"."clicks_vs_paid__pair__provenance",
    "t252"."views_vs_paid__pair__provenance",
    "t250"."er_reach_account_mean",
    "t250"."er_reach_account_median",
    "t250"."er_followers_account_mean",
    "t250"."er_followers_account_median",
    "t250"."er_impressions_account_mean",
    "t250"."er_impressions_account_median",
    "t250"."er_views_account_mean",
    "t250"."er_views_account_median",
    "t250"."er_reach_account_mean__provenance",
    "t250"."er_reach_account_median__provenance",
    "t250"."er_followers_account_mean__provenance",
    "t250"."er_followers_account_median__provenance",
    "t250"."er_impressions_account_mean__provenance",
    "t250"."er_impressions_account_median__provenance",
    "t250"."er_views_account_mean__provenance",
    "t250"."er_views_account_median__provenance"
  FROM (
    SELECT
      "t248"."week",
      "t248"."key_messages",
      "t248"."platforms_selected",
      "t248"."influencers_contacted",
      "t248"."influencers_interested",
      "t248"."influencers_activated",
      "t248"."products_sent",
      "t248"."reach",
      "t248"."impressions",
      "t248"."views",
      "t248"."impressions_with_estimates",
      "t248"."reach_rate__first",
      "t248"."reach_rate__second",
      "t248"."brand_mentions",
      "t248"."mentions",
      "t248"."brand_mention_engagements",
      "t248"."mention_engagements",
      "t248"."key_message_posts",
      "t248"."posts",
      "t248"."posts_contracted",
      "t248"."ugc_posts",
      "t248"."likes",
      "t248"."comments",
      "t248"."shares",
      "t248"."saves",
      "t248"."engagements",
      "t248"."engagement_rate_reach__first",
      "t248"."engagement_rate_reach__second",
      "t248"."engagement_rate_followers__first",
      "t248"."engagement_rate_followers__second",
      "t248"."er_reach_post_mean",
      "t248"."er_reach_post_median",
      "t248"."er_followers_post_mean",
      "t248"."er_followers_post_median",
      "t248"."engagement_rate_impressions__first",
      "t248"."engagement_rate_impressions__second",
      "t248"."er_impressions_post_mean",
      "t248"."er_impressions_post_median",
      "t248"."engagement_rate_views__first",
      "t248"."engagement_rate_views__second",
      "t248"."er_views_post_mean",
      "t248"."er_views_post_median",
      "t248"."clicks",
      "t248"."followers_gained",
      "t248"."follower_growth_rate__first",
      "t248"."follower_growth_rate__second",
      "t248"."followers_gained_above_trend__first",
      "t248"."followers_gained_above_trend__second",
      "t248"."brand_followers_gained",
      "t248"."brand_follower_growth_rate__first",
      "t248"."brand_follower_growth_rate__second",
      "t248"."brand_followers_gained_above_trend__first",
      "t248"."brand_followers_gained_above_trend__second",
      "t248"."link_clicks",
      "t248"."unique_link_clicks",
      "t248"."bot_link_clicks",
      "t248"."sessions",
      "t248"."new_users",
      "t248"."bounced_sessions",
      "t248"."session_seconds",
      "t248"."page_views",
      "t248"."key_events",
      "t248"."orders",
      "t248"."revenue",
      "t248"."priced_orders",
      "t248"."new_customers",
      "t248"."cost",
      "t248"."sponsored_posts",
      "t248"."disclosed_sponsored_posts",
      "t248"."emv",
      "t248"."emv_authentic",
      "t248"."paid_impressions",
      "t248"."paid_clicks",
      "t248"."paid_views",
      "t248"."impressions_vs_paid__first",
      "t248"."impressions_vs_paid__second",
      "t248"."clicks_vs_paid__first",
      "t248"."clicks_vs_paid__second",
      "t248"."views_vs_paid__first",
      "t248"."views_vs_paid__second",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 0
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 0
        ) & 3
      END AS "reach__provenance",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 2
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 2
        ) & 3
      END AS "impressions__provenance",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 4
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 4
        ) & 3
      END AS "views__provenance",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 6
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 6
        ) & 3
      END AS "impressions_with_estimates__provenance",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 8
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 8
        ) & 3
      END AS "reach_rate__pair__provenance",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 10
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 10
        ) & 3
      END AS "likes__provenance",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 12
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 12
        ) & 3
      END AS "comments__provenance",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 14
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 14
        ) & 3
      END AS "shares__provenance",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 16
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 16
        ) & 3
      END AS "saves__provenance",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 18
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 18
        ) & 3
      END AS "engagements__provenance",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 20
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 20
        ) & 3
      END AS "engagement_rate_reach__pair__provenance",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 22
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 22
        ) & 3
      END AS "engagement_rate_followers__pair__provenance",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 24
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 24
        ) & 3
      END AS "er_reach_post_mean__provenance",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 26
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 26
        ) & 3
      END AS "er_followers_post_mean__provenance",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 28
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 28
        ) & 3
      END AS "engagement_rate_impressions__pair__provenance",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 30
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 30
        ) & 3
      END AS "er_impressions_post_mean__provenance",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 32
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 32
        ) & 3
      END AS "engagement_rate_views__pair__provenance",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 34
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 34
        ) & 3
      END AS "er_views_post_mean__provenance",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 36
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 36
        ) & 3
      END AS "clicks__provenance",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 38
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 38
        ) & 3
      END AS "followers_gained__provenance",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 40
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 40
        ) & 3
      END AS "follower_growth_rate__pair__provenance",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 42
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 42
        ) & 3
      END AS "followers_gained_above_trend__pair__provenance",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 44
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 44
        ) & 3
      END AS "brand_followers_gained__provenance",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 46
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 46
        ) & 3
      END AS "brand_follower_growth_rate__pair__provenance",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 48
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 48
        ) & 3
      END AS "brand_followers_gained_above_trend__pair__provenance",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 50
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 50
        ) & 3
      END AS "emv__provenance",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 52
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 52
        ) & 3
      END AS "emv_authentic__provenance",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 54
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 54
        ) & 3
      END AS "impressions_vs_paid__pair__provenance",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 56
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 56
        ) & 3
      END AS "clicks_vs_paid__pair__provenance",
      CASE
        WHEN (
          (
            "t248"."ranks__0" >> 58
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t248"."ranks__0" >> 58
        ) & 3
      END AS "views_vs_paid__pair__provenance"
    FROM (
      SELECT
        "t243"."week",
        SUM("t243"."key_messages") AS "key_messages",
        COUNT(DISTINCT "t243"."post_platform") AS "platforms_selected",
        SUM("t243"."influencers_contacted") AS "influencers_contacted",
        SUM("t243"."influencers_interested") AS "influencers_interested",
        COUNT(DISTINCT "t243"."publishing_influencer") AS "influencers_activated",
        SUM("t243"."products_sent") AS "products_sent",
        SUM("t243"."reach") AS "reach",
        SUM("t243"."impressions") AS "impressions",
        SUM("t243"."views") AS "views",
        SUM("t243"."impressions_with_estimates") AS "impressions_with_estimates",
        SUM("t243"."reach") FILTER(WHERE
          (
            "t243"."reach" IS NOT NULL
          ) AND (
            "t243"."followers" IS NOT NULL
          )) AS "reach_rate__first",
        SUM("t243"."followers") FILTER(WHERE
          (
            "t243"."reach" IS NOT NULL
          ) AND (
            "t243"."followers" IS NOT NULL
          )) AS "reach_rate__second",
        SUM("t243"."brand_mentions") AS "brand_mentions",
        SUM("t243"."mentions") AS "mentions",
        SUM("t243"."brand_mention_engagements") AS "brand_mention_engagements",
        SUM("t243"."mention_engagements") AS "mention_engagements",
        SUM("t243"."key_message_posts") AS "key_message_posts",
        COUNT("t243"."post_id") AS "posts",
        SUM("t243"."posts_contracted") AS "posts_contracted",
        COUNT(DISTINCT "t243"."ugc_post") AS "ugc_posts",
        SUM("t243"."likes") AS "likes",
        SUM("t243"."comments") AS "comments",
        SUM("t243"."shares") AS "shares",
        SUM("t243"."saves") AS "saves",
        SUM("t243"."engagements") AS "engagements",
        SUM("t243"."engagements") FILTER(WHERE
          (
            "t243"."engagements" IS NOT NULL
          ) AND (
            "t243"."reach" IS NOT NULL
          )) AS "engagement_rate_reach__first",
        SUM("t243"."reach") FILTER(WHERE
          (
            "t243"."engagements" IS NOT NULL
          ) AND (
            "t243"."reach" IS NOT NULL
          )) AS "engagement_rate_reach__second",
        SUM("t243"."engagements") FILTER(WHERE
          (
            "t243"."engagements" IS NOT NULL
          ) AND (
            "t243"."followers" IS NOT NULL
          )) AS "engagement_rate_followers__first",
        SUM("t243"."followers") FILTER(WHERE
          (
            "t243"."engagements" IS NOT NULL
          ) AND (
            "t243"."followers" IS NOT NULL
          )) AS "engagement_rate_followers__second",
        AVG("t243"."er_reach_post") AS "er_reach_post_mean",
        QUANTILE_CONT("t243"."er_reach_post", 0.5) AS "er_reach_post_median",
        AVG("t243"."er_followers_post") AS "er_followers_post_mean",
        QUANTILE_CONT("t243"."er_followers_post", 0.5) AS "er_followers_post_median",
        SUM("t243"."engagements") FILTER(WHERE
          (
            "t243"."engagements" IS NOT NULL
          ) AND (
            "t243"."impressions" IS NOT NULL
          )) AS "engagement_rate_impressions__first",
        SUM("t243"."impressions") FILTER(WHERE
          (
            "t243"."engagements" IS NOT NULL
          ) AND (
            "t243"."impressions" IS NOT NULL
          )) AS "engagement_rate_impressions__second",
        AVG("t243"."er_impressions_post") AS "er_impressions_post_mean",
        QUANTILE_CONT("t243"."er_impressions_post", 0.5) AS "er_impressions_post_median",
        SUM("t243"."engagements") FILTER(WHERE
          (
            "t243"."engagements" IS NOT NULL
          ) AND (
            "t243"."views" IS NOT NULL
          )) AS "engagement_rate_views__first",
        SUM("t243"."views") FILTER(WHERE
          (
            "t243"."engagements" IS NOT NULL
          ) AND (
            "t243"."views" IS NOT NULL
          )) AS "engagement_rate_views__second",
        AVG("t243"."er_views_post") AS "er_views_post_mean",
        QUANTILE_CONT("t243"."er_views_post", 0.5) AS "er_views_post_median",
        SUM("t243"."clicks") AS "clicks",
        SUM("t243"."followers_gained") AS "followers_gained",
        SUM("t243"."followers_gained") FILTER(WHERE
          (
            "t243"."followers_gained" IS NOT NULL
          )
          AND (
            "t243"."followers_start" IS NOT NULL
          )) AS "follower_growth_rate__first",
        SUM("t243"."followers_start") FILTER(WHERE
          (
            "t243"."followers_gained" IS NOT NULL
          )
          AND (
            "t243"."followers_start" IS NOT NULL
          )) AS "follower_growth_rate__second",
        SUM("t243"."followers_gained") FILTER(WHERE
          (
            "t243"."followers_gained" IS NOT NULL
          )
          AND (
            "t243"."followers_expected_gain" IS NOT NULL
          )) AS "followers_gained_above_trend__first",
        SUM("t243"."followers_expected_gain") FILTER(WHERE
          (
            "t243"."followers_gained" IS NOT NULL
          )
          AND (
            "t243"."followers_expected_gain" IS NOT NULL
          )) AS "followers_gained_above_trend__second",
        SUM("t243"."brand_followers_gained") AS "brand_followers_gained",
        SUM("t243"."brand_followers_gained") FILTER(WHERE
          (
            "t243"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t243"."brand_followers_start" IS NOT NULL
          )) AS "brand_follower_growth_rate__first",
        SUM("t243"."brand_followers_start") FILTER(WHERE
          (
            "t243"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t243"."brand_followers_start" IS NOT NULL
          )) AS "brand_follower_growth_rate__second",
        SUM("t243"."brand_followers_gained") FILTER(WHERE
          (
            "t243"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t243"."brand_followers_expected_gain" IS NOT NULL
          )) AS "brand_followers_gained_above_trend__first",
        SUM("t243"."brand_followers_expected_gain") FILTER(WHERE
          (
            "t243"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t243"."brand_followers_expected_gain" IS NOT NULL
          )) AS "brand_followers_gained_above_trend__second",
        SUM("t243"."link_clicks") AS "link_clicks",
        SUM("t243"."unique_link_clicks") AS "unique_link_clicks",
        SUM("t243"."bot_link_clicks") AS "bot_link_clicks",
        SUM("t243"."sessions") AS "sessions",
        SUM("t243"."new_users") AS "new_users",
        SUM("t243"."bounced_sessions") AS "bounced_sessions",
        SUM("t243"."session_seconds") AS "session_seconds",
        SUM("t243"."page_views") AS "page_views",
        SUM("t243"."key_events") AS "key_events",
        SUM("t243"."orders") AS "orders",
        SUM("t243"."revenue") AS "revenue",
        SUM("t243"."priced_orders") AS "priced_orders",
        SUM("t243"."new_customers") AS "new_customers",
        SUM("t243"."cost") AS "cost",
        SUM("t243"."sponsored_posts") AS "sponsored_posts",
        SUM("t243"."disclosed_sponsored_posts") AS "disclosed_sponsored_posts",
        SUM("t243"."emv") AS "emv",
        SUM("t243"."emv_authentic") AS "emv_authentic",
        SUM("t243"."paid_impressions") AS "paid_impressions",
        SUM("t243"."paid_clicks") AS "paid_clicks",
        SUM("t243"."paid_views") AS "paid_views",
        SUM("t243"."impressions_with_estimates") FILTER(WHERE
          (
            "t243"."impressions_with_estimates" IS NOT NULL
          )
          AND (
            "t243"."paid_impressions" IS NOT NULL
          )) AS "impressions_vs_paid__first",
        SUM("t243"."paid_impressions") FILTER(WHERE
          (
            "t243"."impressions_with_estimates" IS NOT NULL
          )
          AND (
            "t243"."paid_impressions" IS NOT NULL
          )) AS "impressions_vs_paid__second",
        SUM("t243"."clicks") FILTER(WHERE
          (
            "t243"."clicks" IS NOT NULL
          ) AND (
            "t243"."paid_clicks" IS NOT NULL
          )) AS "clicks_vs_paid__first",
        SUM("t243"."paid_clicks") FILTER(WHERE
          (
            "t243"."clicks" IS NOT NULL
          ) AND (
            "t243"."paid_clicks" IS NOT NULL
          )) AS "clicks_vs_paid__second",
        SUM("t243"."views") FILTER(WHERE
          (
            "t243"."views" IS NOT NULL
          ) AND (
            "t243"."paid_views" IS NOT NULL
          )) AS "views_vs_paid__first",
        SUM("t243"."paid_views") FILTER(WHERE
          (
            "t243"."views" IS NOT NULL
          ) AND (
            "t243"."paid_views" IS NOT NULL
          )) AS "views_vs_paid__second",
        BIT_OR(
          (
            CASE
              WHEN "t243"."reach" IS NOT NULL
              THEN COALESCE("t243"."reach__provenance", 0)
              ELSE 0
            END << 0
          ) | (
            CASE
              WHEN "t243"."impressions" IS NOT NULL
              THEN COALESCE("t243"."impressions__provenance", 0)
              ELSE 0
            END << 2
          ) | (
            CASE
              WHEN "t243"."views" IS NOT NULL
              THEN COALESCE("t243"."views__provenance", 0)
              ELSE 0
            END << 4
          ) | (
            CASE
              WHEN "t243"."impressions_with_estimates" IS NOT NULL
              THEN COALESCE("t243"."impressions_with_estimates__provenance", 0)
              ELSE 0
            END << 6
          ) | (
            CASE
              WHEN (
                "t243"."reach" IS NOT NULL
              ) AND (
                "t243"."followers" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t243"."reach__provenance", -1),
                    COALESCE("t243"."followers__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 8
          ) | (
            CASE
              WHEN "t243"."likes" IS NOT NULL
              THEN COALESCE("t243"."likes__provenance", 0)
              ELSE 0
            END << 10
          ) | (
            CASE
              WHEN "t243"."comments" IS NOT NULL
              THEN COALESCE("t243"."comments__provenance", 0)
              ELSE 0
            END << 12
          ) | (
            CASE
              WHEN "t243"."shares" IS NOT NULL
              THEN COALESCE("t243"."shares__provenance", 0)
              ELSE 0
            END << 14
          ) | (
            CASE
              WHEN "t243"."saves" IS NOT NULL
              THEN COALESCE("t243"."saves__provenance", 0)
              ELSE 0
            END << 16
          ) | (
            CASE
              WHEN "t243"."engagements" IS NOT NULL
              THEN COALESCE("t243"."engagements__provenance", 0)
              ELSE 0
            END << 18
          ) | (
            CASE
              WHEN (
                "t243"."engagements" IS NOT NULL
              ) AND (
                "t243"."reach" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t243"."engagements__provenance", -1),
                    COALESCE("t243"."reach__provenance", -1)
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
                "t243"."engagements" IS NOT NULL
              ) AND (
                "t243"."followers" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t243"."engagements__provenance", -1),
                    COALESCE("t243"."followers__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 22
          ) | (
            CASE
              WHEN "t243"."er_reach_post" IS NOT NULL
              THEN COALESCE("t243"."er_reach_post__provenance", 0)
              ELSE 0
            END << 24
          ) | (
            CASE
              WHEN "t243"."er_followers_post" IS NOT NULL
              THEN COALESCE("t243"."er_followers_post__provenance", 0)
              ELSE 0
            END << 26
          ) | (
            CASE
              WHEN (
                "t243"."engagements" IS NOT NULL
              ) AND (
                "t243"."impressions" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t243"."engagements__provenance", -1),
                    COALESCE("t243"."impressions__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 28
          ) | (
            CASE
              WHEN "t243"."er_impressions_post" IS NOT NULL
              THEN COALESCE("t243"."er_impressions_post__provenance", 0)
              ELSE 0
            END << 30
          ) | (
            CASE
              WHEN (
                "t243"."engagements" IS NOT NULL
              ) AND (
                "t243"."views" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t243"."engagements__provenance", -1),
                    COALESCE("t243"."views__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 32
          ) | (
            CASE
              WHEN "t243"."er_views_post" IS NOT NULL
              THEN COALESCE("t243"."er_views_post__provenance", 0)
              ELSE 0
            END << 34
          ) | (
            CASE
              WHEN "t243"."clicks" IS NOT NULL
              THEN COALESCE("t243"."clicks__provenance", 0)
              ELSE 0
            END << 36
          ) | (
            CASE
              WHEN "t243"."followers_gained" IS NOT NULL
              THEN COALESCE("t243"."followers_gained__provenance", 0)
              ELSE 0
            END << 38
          ) | (
            CASE
              WHEN (
                "t243"."followers_gained" IS NOT NULL
              )
              AND (
                "t243"."followers_start" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t243"."followers_gained__provenance", -1),
                    COALESCE("t243"."followers_start__provenance", -1)
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
                "t243"."followers_gained" IS NOT NULL
              )
              AND (
                "t243"."followers_expected_gain" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t243"."followers_gained__provenance", -1),
                    COALESCE("t243"."followers_expected_gain__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 42
          ) | (
            CASE
              WHEN "t243"."brand_followers_gained" IS NOT NULL
              THEN COALESCE("t243"."brand_followers_gained__provenance", 0)
              ELSE 0
            END << 44
          ) | (
            CASE
              WHEN (
                "t243"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t243"."brand_followers_start" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t243"."brand_followers_gained__provenance", -1),
                    COALESCE("t243"."brand_followers_start__provenance", -1)
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
                "t243"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t243"."brand_followers_expected_gain" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t243"."brand_followers_gained__provenance", -1),
                    COALESCE("t243"."brand_followers_expected_gain__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 48
          ) | (
            CASE
              WHEN "t243"."emv" IS NOT NULL
              THEN COALESCE("t243"."emv__provenance", 0)
              ELSE 0
            END << 50
          ) | (
            CASE
              WHEN "t243"."emv_authentic" IS NOT NULL
              THEN COALESCE("t243"."emv_authentic__provenance", 0)
              ELSE 0
            END << 52
          ) | (
            CASE
              WHEN (
                "t243"."impressions_with_estimates" IS NOT NULL
              )
              AND (
                "t243"."paid_impressions" IS NOT NULL
              )
              THEN COALESCE("t243"."impressions_with_estimates__provenance", 0)
              ELSE 0
            END << 54
          ) | (
            CASE
              WHEN (
                "t243"."clicks" IS NOT NULL
              ) AND (
                "t243"."paid_clicks" IS NOT NULL
              )
              THEN COALESCE("t243"."clicks__provenance", 0)
              ELSE 0
            END << 56
          ) | (
            CASE
              WHEN (
                "t243"."views" IS NOT NULL
              ) AND (
                "t243"."paid_views" IS NOT NULL
              )
              THEN COALESCE("t243"."views__provenance", 0)
              ELSE 0
            END << 58
          )
        ) AS "ranks__0"
      FROM "kpi_facts" AS "t243"
      GROUP BY
        1
    ) AS "t248"
  ) AS "t252"
  LEFT OUTER JOIN (
    SELECT
      "t247"."week",
      "t247"."er_reach_account_mean",
      "t247"."er_reach_account_median",
      "t247"."er_followers_account_mean",
      "t247"."er_followers_account_median",
      "t247"."er_impressions_account_mean",
      "t247"."er_impressions_account_median",
      "t247"."er_views_account_mean",
      "t247"."er_views_account_median",
      CASE
        WHEN (
          (
            "t247"."ranks__0" >> 0
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t247"."ranks__0" >> 0
        ) & 3
      END AS "er_reach_account_mean__provenance",
      CASE
        WHEN (
          (
            "t247"."ranks__0" >> 2
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t247"."ranks__0" >> 2
        ) & 3
      END AS "er_reach_account_median__provenance",
      CASE
        WHEN (
          (
            "t247"."ranks__0" >> 4
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t247"."ranks__0" >> 4
        ) & 3
      END AS "er_followers_account_mean__provenance",
      CASE
        WHEN (
          (
            "t247"."ranks__0" >> 6
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t247"."ranks__0" >> 6
        ) & 3
      END AS "er_followers_account_median__provenance",
      CASE
        WHEN (
          (
            "t247"."ranks__0" >> 8
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t247"."ranks__0" >> 8
        ) & 3
      END AS "er_impressions_account_mean__provenance",
      CASE
        WHEN (
          (
            "t247"."ranks__0" >> 10
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t247"."ranks__0" >> 10
        ) & 3
      END AS "er_impressions_account_median__provenance",
      CASE
        WHEN (
          (
            "t247"."ranks__0" >> 12
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t247"."ranks__0" >> 12
        ) & 3
      END AS "er_views_account_mean__provenance",
      CASE
        WHEN (
          (
            "t247"."ranks__0" >> 14
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t247"."ranks__0" >> 14
        ) & 3
      END AS "er_views_account_median__provenance"
    FROM (
      SELECT
        "t246"."week",
        AVG("t246"."er_reach_account_mean") AS "er_reach_account_mean",
        QUANTILE_CONT("t246"."er_reach_account_median", 0.5) AS "er_reach_account_median",
        AVG("t246"."er_followers_account_mean") AS "er_followers_account_mean",
        QUANTILE_CONT("t246"."er_followers_account_median", 0.5) AS "er_followers_account_median",
        AVG("t246"."er_impressions_account_mean") AS "er_impressions_account_mean",
        QUANTILE_CONT("t246"."er_impressions_account_median", 0.5) AS "er_impressions_account_median",
        AVG("t246"."er_views_account_mean") AS "er_views_account_mean",
        QUANTILE_CONT("t246"."er_views_account_median", 0.5) AS "er_views_account_median",
        BIT_OR(
          (
            CASE
              WHEN "t246"."er_reach_account_mean" IS NOT NULL
              THEN COALESCE("t246"."engagements__per__reach__r", 0)
              ELSE 0
            END << 0
          ) | (
            CASE
              WHEN "t246"."er_reach_account_median" IS NOT NULL
              THEN COALESCE("t246"."engagements__per__reach__r", 0)
              ELSE 0
            END << 2
          ) | (
            CASE
              WHEN "t246"."er_followers_account_mean" IS NOT NULL
              THEN COALESCE("t246"."engagements__per__followers__r", 0)
              ELSE 0
            END << 4
          ) | (
            CASE
              WHEN "t246"."er_followers_account_median" IS NOT NULL
              THEN COALESCE("t246"."engagements__per__followers__r", 0)
              ELSE 0
            END << 6
          ) | (
            CASE
              WHEN "t246"."er_impressions_account_mean" IS NOT NULL
              THEN COALESCE("t246"."engagements__per__impressions__r", 0)
              ELSE 0
            END << 8
          ) | (
            CASE
              WHEN "t246"."er_impressions_account_median" IS NOT NULL
              THEN COALESCE("t246"."engagements__per__impressions__r", 0)
              ELSE 0
            END << 10
          ) | (
            CASE
              WHEN "t246"."er_views_account_mean" IS NOT NULL
              THEN COALESCE("t246"."engagements__per__views__r", 0)
              ELSE 0
            END << 12
          ) | (
            CASE
              WHEN "t246"."er_views_account_median" IS NOT NULL
              THEN COALESCE("t246"."engagements__per__views__r", 0)
              ELSE 0
            END << 14
          )
        ) AS "ranks__0"
      FROM (
        SELECT
          "t245"."week",
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
                "t245"."ranks__0" >> 0
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t245"."ranks__0" >> 0
            ) & 3
          END AS "engagements__per__reach__r",
          CASE
            WHEN (
              (
                "t245"."ranks__0" >> 2
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t245"."ranks__0" >> 2
            ) & 3
          END AS "engagements__per__followers__r",
          CASE
            WHEN (
              (
                "t245"."ranks__0" >> 4
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t245"."ranks__0" >> 4
            ) & 3
          END AS "engagements__per__impressions__r",
          CASE
            WHEN (
              (
                "t245"."ranks__0" >> 6
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t245"."ranks__0" >> 6
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
            "t244"."week",
            "t244"."account_id",
            SUM("t244"."engagements") FILTER(WHERE
              (
                "t244"."engagements" IS NOT NULL
              ) AND (
                "t244"."reach" IS NOT NULL
              )) AS "engagements__per__reach__n",
            SUM("t244"."reach") FILTER(WHERE
              (
                "t244"."engagements" IS NOT NULL
              ) AND (
                "t244"."reach" IS NOT NULL
              )) AS "engagements__per__reach__d",
            SUM("t244"."engagements") FILTER(WHERE
              (
                "t244"."engagements" IS NOT NULL
              ) AND (
                "t244"."followers" IS NOT NULL
              )) AS "engagements__per__followers__n",
            SUM("t244"."followers") FILTER(WHERE
              (
                "t244"."engagements" IS NOT NULL
              ) AND (
                "t244"."followers" IS NOT NULL
              )) AS "engagements__per__followers__d",
            SUM("t244"."engagements") FILTER(WHERE
              (
                "t244"."engagements" IS NOT NULL
              ) AND (
                "t244"."impressions" IS NOT NULL
              )) AS "engagements__per__impressions__n",
            SUM("t244"."impressions") FILTER(WHERE
              (
                "t244"."engagements" IS NOT NULL
              ) AND (
                "t244"."impressions" IS NOT NULL
              )) AS "engagements__per__impressions__d",
            SUM("t244"."engagements") FILTER(WHERE
              (
                "t244"."engagements" IS NOT NULL
              ) AND (
                "t244"."views" IS NOT NULL
              )) AS "engagements__per__views__n",
            SUM("t244"."views") FILTER(WHERE
              (
                "t244"."engagements" IS NOT NULL
              ) AND (
                "t244"."views" IS NOT NULL
              )) AS "engagements__per__views__d",
            BIT_OR(
              (
                CASE
                  WHEN (
                    "t244"."engagements" IS NOT NULL
                  ) AND (
                    "t244"."reach" IS NOT NULL
                  )
                  THEN COALESCE(
                    NULLIF(
                      GREATEST(
                        COALESCE("t244"."engagements__provenance", -1),
                        COALESCE("t244"."reach__provenance", -1)
                      ),
                      -1
                    ),
                    0
                  )
                  ELSE 0
                END << 0
              ) | (
                CASE
                  WHEN (
                    "t244"."engagements" IS NOT NULL
                  ) AND (
                    "t244"."followers" IS NOT NULL
                  )
                  THEN COALESCE(
                    NULLIF(
                      GREATEST(
                        COALESCE("t244"."engagements__provenance", -1),
                        COALESCE("t244"."followers__provenance", -1)
                      ),
                      -1
                    ),
                    0
                  )
                  ELSE 0
                END << 2
              ) | (
                CASE
                  WHEN (
                    "t244"."engagements" IS NOT NULL
                  ) AND (
                    "t244"."impressions" IS NOT NULL
                  )
                  THEN COALESCE(
                    NULLIF(
                      GREATEST(
                        COALESCE("t244"."engagements__provenance", -1),
                        COALESCE("t244"."impressions__provenance", -1)
                      ),
                      -1
                    ),
                    0
                  )
                  ELSE 0
                END << 4
              ) | (
                CASE
                  WHEN (
                    "t244"."engagements" IS NOT NULL
                  ) AND (
                    "t244"."views" IS NOT NULL
                  )
                  THEN COALESCE(
                    NULLIF(
                      GREATEST(
                        COALESCE("t244"."engagements__provenance", -1),
                        COALESCE("t244"."views__provenance", -1)
                      ),
                      -1
                    ),
                    0
                  )
                  ELSE 0
                END << 6
              )
            ) AS "ranks__0"
          FROM (
            SELECT
              *
            FROM "kpi_facts" AS "t243"
            WHERE
              "t243"."account_id" IS NOT NULL
          ) AS "t244"
          GROUP BY
            1,
            2
        ) AS "t245"
      ) AS "t246"
      GROUP BY
        1
    ) AS "t247"
  ) AS "t250"
    ON "t252"."week" IS NOT DISTINCT FROM "t250"."week"
) AS "t253"
ORDER BY
  "t253"."week" ASC
