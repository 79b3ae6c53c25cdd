WITH "t24" AS (
  SELECT
    *
  FROM "campaign" AS "t0"
  WHERE
    "t0"."id" IN (1)
), "t66" AS (
  SELECT
    *
  FROM (
    SELECT
      "t6"."base",
      "t6"."quote",
      "t6"."valid_on",
      CAST("t6"."rate" AS DOUBLE) AS "rate"
    FROM "exchange_rate" AS "t6"
  ) AS "t28"
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
  ) AS "t63"
), "t82" AS (
  SELECT
    CAST("t57"."id" AS BIGINT) AS "key",
    CAST("t57"."currency" AS TEXT) AS "base",
    CAST("t15"."currency" AS TEXT) AS "quote",
    EPOCH(CAST(CAST("t57"."incurred_on" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "on",
    CAST("t57"."campaign_id" AS BIGINT) AS "campaign_id",
    CAST("t15"."name" AS TEXT) AS "campaign",
    CAST("t57"."influencer_id" AS BIGINT) AS "influencer_id",
    CAST("t57"."amount" AS DOUBLE) AS "amount",
    "t57"."incurred_on"
  FROM (
    SELECT
      *
    FROM "cost" AS "t12"
    WHERE
      "t12"."incurred_on" <= MAKE_DATE(2026, 3, 31) AND "t12"."campaign_id" IN (1)
  ) AS "t57"
  INNER JOIN "campaign" AS "t15"
    ON "t57"."campaign_id" = "t15"."id"
), "campaign_posts_in" AS (
  SELECT
    CAST("t53"."campaign_id" AS BIGINT) AS "campaign_id",
    CAST("t16"."name" AS TEXT) AS "campaign",
    CAST("t51"."id" AS BIGINT) AS "influencer_id",
    CAST("t51"."name" AS TEXT) AS "influencer",
    CAST("t19"."id" AS BIGINT) AS "account_id",
    CAST("t19"."platform" AS TEXT) AS "platform",
    CAST("t53"."format" AS TEXT) AS "format",
    CAST("t53"."id" AS BIGINT) AS "post_id",
    "t53"."published_on" AS "day",
    "t51"."country",
    CAST("t53"."caption" AS TEXT) AS "caption",
    "t53"."sponsored"
  FROM (
    SELECT
      *
    FROM "post" AS "t10"
    WHERE
      "t10"."published_on" <= MAKE_DATE(2026, 3, 31)
      AND "t10"."campaign_id" IS NOT NULL
      AND "t10"."campaign_id" IN (1)
  ) AS "t53"
  INNER JOIN "account" AS "t19"
    ON "t53"."account_id" = "t19"."id"
  INNER JOIN (
    SELECT
      *
    FROM "influencer" AS "t8"
    WHERE
      NOT (
        "t8"."is_brand"
      )
  ) AS "t51"
    ON "t19"."influencer_id" = "t51"."id"
  INNER JOIN "campaign" AS "t16"
    ON "t53"."campaign_id" = "t16"."id"
), "post_rows" AS (
  SELECT
    "t174"."campaign_id",
    "t174"."campaign",
    "t174"."influencer_id",
    "t174"."influencer",
    "t174"."account_id",
    "t174"."platform",
    "t174"."format",
    "t174"."post_id",
    "t174"."day",
    "t174"."country",
    "t174"."caption",
    "t174"."sponsored",
    "t174"."reach",
    "t174"."impressions",
    "t174"."views",
    "t174"."likes",
    "t174"."comments",
    "t174"."shares",
    "t174"."saves",
    "t174"."clicks",
    "t174"."reach__provenance",
    "t174"."impressions__provenance",
    "t174"."views__provenance",
    "t174"."likes__provenance",
    "t174"."comments__provenance",
    "t174"."shares__provenance",
    "t174"."saves__provenance",
    "t174"."clicks__provenance",
    "t174"."followers",
    "t174"."followers__provenance",
    "t174"."engagements",
    "t174"."engagements__provenance",
    COALESCE(
      COALESCE("t174"."impressions", "t174"."views"),
      "t174"."reach" * COALESCE(
        SUM("t174"."impressions") FILTER(WHERE
          (
            "t174"."impressions" IS NOT NULL
          ) AND (
            "t174"."reach" IS NOT NULL
          )) OVER (
          PARTITION BY "t174"."campaign_id", "t174"."platform"
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) / NULLIF(
          SUM("t174"."reach") FILTER(WHERE
            (
              "t174"."impressions" IS NOT NULL
            ) AND (
              "t174"."reach" IS NOT NULL
            )) OVER (
            PARTITION BY "t174"."campaign_id", "t174"."platform"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ),
          0
        ),
        CAST(1 AS DOUBLE)
      )
    ) AS "impressions_with_estimates",
    CASE
      WHEN COALESCE(
        COALESCE("t174"."impressions", "t174"."views"),
        "t174"."reach" * COALESCE(
          SUM("t174"."impressions") FILTER(WHERE
            (
              "t174"."impressions" IS NOT NULL
            ) AND (
              "t174"."reach" IS NOT NULL
            )) OVER (
            PARTITION BY "t174"."campaign_id", "t174"."platform"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ) / NULLIF(
            SUM("t174"."reach") FILTER(WHERE
              (
                "t174"."impressions" IS NOT NULL
              ) AND (
                "t174"."reach" IS NOT NULL
              )) OVER (
              PARTITION BY "t174"."campaign_id", "t174"."platform"
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ),
            0
          ),
          CAST(1 AS DOUBLE)
        )
      ) IS NOT NULL
      THEN CASE
        WHEN "t174"."impressions" IS NOT NULL
        THEN "t174"."impressions__provenance"
        ELSE 2
      END
      ELSE CAST(NULL AS BIGINT)
    END AS "impressions_with_estimates__provenance",
    (
      "t174"."engagements" / NULLIF("t174"."reach", 0)
    ) * 100 AS "er_reach_post",
    (
      "t174"."engagements" / NULLIF("t174"."followers", 0)
    ) * 100 AS "er_followers_post",
    (
      "t174"."engagements" / NULLIF("t174"."impressions", 0)
    ) * 100 AS "er_impressions_post",
    (
      "t174"."engagements" / NULLIF("t174"."views", 0)
    ) * 100 AS "er_views_post",
    NULLIF(
      GREATEST(
        COALESCE("t174"."engagements__provenance", -1),
        COALESCE("t174"."reach__provenance", -1)
      ),
      -1
    ) AS "er_reach_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t174"."engagements__provenance", -1),
        COALESCE("t174"."followers__provenance", -1)
      ),
      -1
    ) AS "er_followers_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t174"."engagements__provenance", -1),
        COALESCE("t174"."impressions__provenance", -1)
      ),
      -1
    ) AS "er_impressions_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t174"."engagements__provenance", -1),
        COALESCE("t174"."views__provenance", -1)
      ),
      -1
    ) AS "er_views_post__provenance",
    "t174"."platform" AS "post_platform",
    "t174"."influencer_id" AS "publishing_influencer",
    CAST(CAST(COALESCE("t174"."sponsored", FALSE) AS INT) AS DOUBLE) AS "sponsored_posts",
    CAST(CAST(COALESCE(
      "t174"."sponsored"
      AND CASE
        WHEN UPPER("t174"."country") = 'FR'
        THEN CONTAINS(LOWER("t174"."caption"), 'publicité')
        OR CONTAINS(LOWER("t174"."caption"), 'publicite')
        OR CONTAINS(LOWER("t174"."caption"), 'collaboration commerciale')
        WHEN UPPER("t174"."country") = 'BE'
        THEN CONTAINS(LOWER("t174"."caption"), 'publicité')
        OR CONTAINS(LOWER("t174"."caption"), 'publicite')
        OR CONTAINS(LOWER("t174"."caption"), 'collaboration commerciale')
        OR CONTAINS(LOWER("t174"."caption"), '#pub')
        OR CONTAINS(LOWER("t174"."caption"), 'reclame')
        OR CONTAINS(LOWER("t174"."caption"), '#ad')
        OR CONTAINS(LOWER("t174"."caption"), 'samenwerking')
        WHEN UPPER("t174"."country") = 'DE'
        THEN CONTAINS(LOWER("t174"."caption"), 'werbung')
        OR CONTAINS(LOWER("t174"."caption"), 'anzeige')
        WHEN UPPER("t174"."country") = 'ES'
        THEN CONTAINS(LOWER("t174"."caption"), 'publicidad')
        OR CONTAINS(LOWER("t174"."caption"), '#publi')
        OR CONTAINS(LOWER("t174"."caption"), 'patrocinado')
        OR CONTAINS(LOWER("t174"."caption"), 'colaboración pagada')
        WHEN UPPER("t174"."country") = 'IT'
        THEN CONTAINS(LOWER("t174"."caption"), 'pubblicità')
        OR CONTAINS(LOWER("t174"."caption"), '#adv')
        OR CONTAINS(LOWER("t174"."caption"), 'sponsorizzato')
        OR CONTAINS(LOWER("t174"."caption"), '#sponsored')
        WHEN UPPER("t174"."country") = 'GB'
        THEN CONTAINS(LOWER("t174"."caption"), '#ad')
        OR CONTAINS(LOWER("t174"."caption"), 'advert')
        OR CONTAINS(LOWER("t174"."caption"), 'advertisement')
        WHEN UPPER("t174"."country") = 'US'
        THEN CONTAINS(LOWER("t174"."caption"), '#ad')
        OR CONTAINS(LOWER("t174"."caption"), '#sponsored')
        OR CONTAINS(LOWER("t174"."caption"), 'advertisement')
        OR CONTAINS(LOWER("t174"."caption"), 'paid partnership')
        ELSE CONTAINS(LOWER("t174"."caption"), '#ad')
        OR CONTAINS(LOWER("t174"."caption"), '#sponsored')
        OR CONTAINS(LOWER("t174"."caption"), 'paid partnership')
        OR CONTAINS(LOWER("t174"."caption"), 'advertisement')
      END,
      FALSE
    ) AS INT) AS DOUBLE) AS "disclosed_sponsored_posts"
  FROM (
    SELECT
      "t163"."campaign_id",
      "t163"."campaign",
      "t163"."influencer_id",
      "t163"."influencer",
      "t163"."account_id",
      "t163"."platform",
      "t163"."format",
      "t163"."post_id",
      "t163"."day",
      "t163"."country",
      "t163"."caption",
      "t163"."sponsored",
      "t163"."reach",
      "t163"."impressions",
      "t163"."views",
      "t163"."likes",
      "t163"."comments",
      "t163"."shares",
      "t163"."saves",
      "t163"."clicks",
      "t163"."reach__provenance",
      "t163"."impressions__provenance",
      "t163"."views__provenance",
      "t163"."likes__provenance",
      "t163"."comments__provenance",
      "t163"."shares__provenance",
      "t163"."saves__provenance",
      "t163"."clicks__provenance",
      "t163"."followers",
      "t163"."followers__provenance",
      CASE
        WHEN (
          "t163"."likes" IS NOT NULL
        )
        OR (
          "t163"."comments" IS NOT NULL
        )
        OR (
          "t163"."shares" IS NOT NULL
        )
        OR (
          "t163"."saves" IS NOT NULL
        )
        THEN CAST(0 AS DOUBLE) + COALESCE("t163"."likes", 0) + COALESCE("t163"."comments", 0) + COALESCE("t163"."shares", 0) + COALESCE("t163"."saves", 0)
        ELSE CAST(NULL AS DOUBLE)
      END AS "engagements",
      NULLIF(
        GREATEST(
          COALESCE("t163"."likes__provenance", -1),
          COALESCE("t163"."comments__provenance", -1),
          COALESCE("t163"."shares__provenance", -1),
          COALESCE("t163"."saves__provenance", -1)
        ),
        -1
      ) AS "engagements__provenance"
    FROM (
      SELECT
        "t99"."campaign_id",
        "t99"."campaign",
        "t99"."influencer_id",
        "t99"."influencer",
        "t99"."account_id",
        "t99"."platform",
        "t99"."format",
        "t99"."post_id",
        "t99"."day",
        "t99"."country",
        "t99"."caption",
        "t99"."sponsored",
        "t144"."reach",
        "t144"."impressions",
        "t144"."views",
        "t144"."likes",
        "t144"."comments",
        "t144"."shares",
        "t144"."saves",
        "t144"."clicks",
        "t144"."reach__provenance",
        "t144"."impressions__provenance",
        "t144"."views__provenance",
        "t144"."likes__provenance",
        "t144"."comments__provenance",
        "t144"."shares__provenance",
        "t144"."saves__provenance",
        "t144"."clicks__provenance",
        "t151"."followers",
        "t151"."followers__provenance"
      FROM "campaign_posts_in" AS "t99"
      LEFT OUTER JOIN (
        SELECT
          "t130"."post_id",
          CAST("t130"."reach" >> 2 AS DOUBLE) AS "reach",
          CAST("t130"."impressions" >> 2 AS DOUBLE) AS "impressions",
          CAST("t130"."views" >> 2 AS DOUBLE) AS "views",
          CAST("t130"."likes" >> 2 AS DOUBLE) AS "likes",
          CAST("t130"."comments" >> 2 AS DOUBLE) AS "comments",
          CAST("t130"."shares" >> 2 AS DOUBLE) AS "shares",
          CAST("t130"."saves" >> 2 AS DOUBLE) AS "saves",
          CAST("t130"."clicks" >> 2 AS DOUBLE) AS "clicks",
          "t130"."reach" & 3 AS "reach__provenance",
          "t130"."impressions" & 3 AS "impressions__provenance",
          "t130"."views" & 3 AS "views__provenance",
          "t130"."likes" & 3 AS "likes__provenance",
          "t130"."comments" & 3 AS "comments__provenance",
          "t130"."shares" & 3 AS "shares__provenance",
          "t130"."saves" & 3 AS "saves__provenance",
          "t130"."clicks" & 3 AS "clicks__provenance"
        FROM (
          SELECT
            CAST("t100"."post_id" AS BIGINT) AS "post_id",
            ARG_MAX_NULL(
              (
                CAST(ROUND("t100"."value") AS BIGINT) * 4
              ) + CASE "t100"."provenance"
                WHEN 'measured'
                THEN 0
                WHEN 'self_reported'
                THEN 1
                WHEN 'estimated'
                THEN 2
                ELSE 2
              END,
              (
                DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t100"."captured_at") * 16
              ) + (
                15 - CASE "t100"."provenance"
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
              "t100"."metric" = 'reach') AS "reach",
            ARG_MAX_NULL(
              (
                CAST(ROUND("t100"."value") AS BIGINT) * 4
              ) + CASE "t100"."provenance"
                WHEN 'measured'
                THEN 0
                WHEN 'self_reported'
                THEN 1
                WHEN 'estimated'
                THEN 2
                ELSE 2
              END,
              (
                DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t100"."captured_at") * 16
              ) + (
                15 - CASE "t100"."provenance"
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
              "t100"."metric" = 'impressions') AS "impressions",
            ARG_MAX_NULL(
              (
                CAST(ROUND("t100"."value") AS BIGINT) * 4
              ) + CASE "t100"."provenance"
                WHEN 'measured'
                THEN 0
                WHEN 'self_reported'
                THEN 1
                WHEN 'estimated'
                THEN 2
                ELSE 2
              END,
              (
                DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t100"."captured_at") * 16
              ) + (
                15 - CASE "t100"."provenance"
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
              "t100"."metric" = 'views') AS "views",
            ARG_MAX_NULL(
              (
                CAST(ROUND("t100"."value") AS BIGINT) * 4
              ) + CASE "t100"."provenance"
                WHEN 'measured'
                THEN 0
                WHEN 'self_reported'
                THEN 1
                WHEN 'estimated'
                THEN 2
                ELSE 2
              END,
              (
                DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t100"."captured_at") * 16
              ) + (
                15 - CASE "t100"."provenance"
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
              "t100"."metric" = 'likes') AS "likes",
            ARG_MAX_NULL(
              (
                CAST(ROUND("t100"."value") AS BIGINT) * 4
              ) + CASE "t100"."provenance"
                WHEN 'measured'
                THEN 0
                WHEN 'self_reported'
                THEN 1
                WHEN 'estimated'
                THEN 2
                ELSE 2
              END,
              (
                DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t100"."captured_at") * 16
              ) + (
                15 - CASE "t100"."provenance"
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
              "t100"."metric" = 'comments') AS "comments",
            ARG_MAX_NULL(
              (
                CAST(ROUND("t100"."value") AS BIGINT) * 4
              ) + CASE "t100"."provenance"
                WHEN 'measured'
                THEN 0
                WHEN 'self_reported'
                THEN 1
                WHEN 'estimated'
                THEN 2
                ELSE 2
              END,
              (
                DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t100"."captured_at") * 16
              ) + (
                15 - CASE "t100"."provenance"
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
              "t100"."metric" = 'shares') AS "shares",
            ARG_MAX_NULL(
              (
                CAST(ROUND("t100"."value") AS BIGINT) * 4
              ) + CASE "t100"."provenance"
                WHEN 'measured'
                THEN 0
                WHEN 'self_reported'
                THEN 1
                WHEN 'estimated'
                THEN 2
                ELSE 2
              END,
              (
                DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t100"."captured_at") * 16
              ) + (
                15 - CASE "t100"."provenance"
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
              "t100"."metric" = 'saves') AS "saves",
            ARG_MAX_NULL(
              (
                CAST(ROUND("t100"."value") AS BIGINT) * 4
              ) + CASE "t100"."provenance"
                WHEN 'measured'
                THEN 0
                WHEN 'self_reported'
                THEN 1
                WHEN 'estimated'
                THEN 2
                ELSE 2
              END,
              (
                DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t100"."captured_at") * 16
              ) + (
                15 - CASE "t100"."provenance"
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
              "t100"."metric" = 'clicks') AS "clicks"
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
                "t56"."in_scope"
              FROM "metric_snapshot" AS "t21"
              INNER JOIN (
                SELECT
                  "t10"."id" AS "in_scope"
                FROM "post" AS "t10"
                WHERE
                  "t10"."published_on" <= MAKE_DATE(2026, 3, 31)
                  AND "t10"."campaign_id" IS NOT NULL
                  AND "t10"."campaign_id" IN (1)
              ) AS "t56"
                ON "t21"."post_id" = "t56"."in_scope"
            ) AS "t80"
            WHERE
              "t80"."captured_at" <= MAKE_TIMESTAMP(2026, 3, 31, 23, 59, 59.0)
          ) AS "t100"
          GROUP BY
            1
        ) AS "t130"
      ) AS "t144"
        ON "t99"."post_id" = "t144"."post_id"
      LEFT OUTER JOIN (
        SELECT
          CAST("t55"."post_id" AS BIGINT) AS "post_id",
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
        ) AS "t55"
        INNER JOIN (
          SELECT
            "t81"."account_id",
            CAST("t81"."followers" AS DOUBLE) AS "followers",
            CASE "t81"."provenance"
              WHEN 'measured'
              THEN 0
              WHEN 'self_reported'
              THEN 1
              WHEN 'estimated'
              THEN 2
              ELSE 2
            END AS "rank",
            "t81"."captured_at" AS "since",
            LEAD("t81"."captured_at") OVER (
              PARTITION BY "t81"."account_id"
              ORDER BY "t81"."captured_at" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) AS "until",
            (
              ROW_NUMBER() OVER (
                PARTITION BY "t81"."account_id"
                ORDER BY "t81"."captured_at" ASC
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
            ) AS "t64"
            WHERE
              "t64"."captured_at" <= MAKE_TIMESTAMP(2026, 3, 31, 23, 59, 59.0)
          ) AS "t81"
        ) AS "t121"
          ON "t55"."account_id" = "t121"."account_id"
          AND (
            (
              (
                "t121"."since" <= "t55"."published_at"
              )
              AND (
                (
                  "t121"."until" IS NULL
                ) OR (
                  "t55"."published_at" < "t121"."until"
                )
              )
            )
            OR (
              "t121"."first" AND (
                "t55"."published_at" < "t121"."since"
              )
            )
          )
      ) AS "t151"
        ON "t99"."post_id" = "t151"."post_id"
    ) AS "t163"
  ) AS "t174"
), "t195" AS (
  SELECT
    *
  FROM (
    SELECT
      "t188"."campaign_id",
      "t188"."influencer_id",
      "t188"."influencer",
      "t188"."account_id",
      "t188"."platform",
      "t188"."is_brand",
      "t188"."day",
      "t188"."start_at",
      "t188"."end_at",
      "t188"."campaign",
      "t65"."followers",
      "t65"."at",
      "t65"."rank"
    FROM (
      SELECT
        "t183"."campaign_id",
        "t183"."influencer_id",
        "t183"."influencer",
        "t183"."account_id",
        "t183"."platform",
        "t183"."is_brand",
        "t183"."day",
        "t183"."start_at",
        "t183"."end_at",
        CAST(NULL AS TEXT) AS "campaign"
      FROM (
        SELECT
          "t178"."influencer_id",
          "t178"."influencer",
          "t178"."account_id",
          "t178"."platform",
          "t178"."is_brand",
          "t178"."stretch",
          MIN("t178"."campaign_id") AS "campaign_id",
          MAX("t178"."day") AS "day",
          MIN("t178"."start_at") AS "start_at",
          MAX("t178"."end_at") AS "end_at"
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
            "t173"."reached",
            "t173"."opens",
            SUM("t173"."opens") OVER (
              PARTITION BY "t173"."account_id"
              ORDER BY "t173"."start_at" ASC, "t173"."campaign_id" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
            ) AS "stretch"
          FROM (
            SELECT
              "t162"."campaign_id",
              "t162"."campaign",
              "t162"."influencer_id",
              "t162"."influencer",
              "t162"."account_id",
              "t162"."platform",
              "t162"."is_brand",
              "t162"."day",
              "t162"."start_at",
              "t162"."end_at",
              "t162"."reached",
              CASE
                WHEN (
                  LAG("t162"."reached") OVER (
                    PARTITION BY "t162"."account_id"
                    ORDER BY "t162"."start_at" ASC, "t162"."campaign_id" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) IS NULL
                )
                OR (
                  "t162"."start_at" >= LAG("t162"."reached") OVER (
                    PARTITION BY "t162"."account_id"
                    ORDER BY "t162"."start_at" ASC, "t162"."campaign_id" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  )
                )
                THEN 1
                ELSE 0
              END AS "opens"
            FROM (
              SELECT
                "t143"."campaign_id",
                "t143"."campaign",
                "t143"."influencer_id",
                "t143"."influencer",
                "t143"."account_id",
                "t143"."platform",
                "t143"."is_brand",
                "t143"."day",
                "t143"."start_at",
                "t143"."end_at",
                MAX("t143"."end_at") OVER (
                  PARTITION BY "t143"."account_id"
                  ORDER BY "t143"."start_at" ASC, "t143"."campaign_id" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                ) AS "reached"
              FROM (
                SELECT
                  "t129"."campaign_id",
                  CAST("t15"."name" AS TEXT) AS "campaign",
                  CAST("t18"."id" AS BIGINT) AS "influencer_id",
                  CAST("t18"."name" AS TEXT) AS "influencer",
                  "t129"."account_id",
                  CAST("t20"."platform" AS TEXT) AS "platform",
                  "t129"."is_brand",
                  "t15"."end_date" AS "day",
                  EPOCH(CAST(CAST("t15"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "start_at",
                  EPOCH(CAST(CAST("t15"."end_date" AS TIMESTAMPTZ) AS TIMESTAMP)) + 86400 AS "end_at"
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t107"."campaign_id",
                      "t107"."account_id",
                      FALSE AS "is_brand"
                    FROM (
                      SELECT DISTINCT
                        "t92"."campaign_id",
                        "t92"."account_id"
                      FROM "campaign_posts_in" AS "t92"
                    ) AS "t107"
                  ) AS "t115"
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      CAST("t60"."id" AS BIGINT) AS "campaign_id",
                      CAST("t20"."id" AS BIGINT) AS "account_id",
                      TRUE AS "is_brand"
                    FROM "t24" AS "t60"
                    INNER JOIN (
                      SELECT
                        *
                      FROM "influencer" AS "t8"
                      WHERE
                        "t8"."is_brand"
                    ) AS "t32"
                      ON "t32"."workspace_id" = "t60"."workspace_id"
                    INNER JOIN "account" AS "t20"
                      ON "t20"."influencer_id" = "t32"."id"
                  ) AS "t83"
                ) AS "t129"
                INNER JOIN "campaign" AS "t15"
                  ON "t129"."campaign_id" = "t15"."id"
                INNER JOIN "account" AS "t20"
                  ON "t129"."account_id" = "t20"."id"
                INNER JOIN "influencer" AS "t18"
                  ON "t20"."influencer_id" = "t18"."id"
              ) AS "t143"
            ) AS "t162"
          ) AS "t173"
        ) AS "t178"
        GROUP BY
          1,
          2,
          3,
          4,
          5,
          6
      ) AS "t183"
    ) AS "t188"
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
    ) AS "t65"
      ON "t188"."account_id" = "t65"."account_id"
  ) AS "t192"
  WHERE
    "t192"."at" <= "t192"."end_at"
), "kpi_facts" AS (
  SELECT
    "t249"."campaign_id",
    "t249"."account_id",
    "t249"."post_id",
    "t249"."day",
    "t249"."reach",
    "t249"."impressions",
    "t249"."views",
    "t249"."likes",
    "t249"."comments",
    "t249"."shares",
    "t249"."saves",
    "t249"."clicks",
    "t249"."followers",
    "t249"."engagements",
    "t249"."impressions_with_estimates",
    "t249"."er_reach_post",
    "t249"."er_followers_post",
    "t249"."er_impressions_post",
    "t249"."er_views_post",
    "t249"."post_platform",
    "t249"."publishing_influencer",
    "t249"."sponsored_posts",
    "t249"."disclosed_sponsored_posts",
    "t249"."cost",
    "t249"."key_message_posts",
    "t249"."ugc_post",
    "t249"."mentions",
    "t249"."brand_mentions",
    "t249"."mention_engagements",
    "t249"."brand_mention_engagements",
    "t249"."followers_start",
    "t249"."followers_gained",
    "t249"."followers_expected_gain",
    "t249"."brand_followers_start",
    "t249"."brand_followers_gained",
    "t249"."brand_followers_expected_gain",
    "t249"."influencers_contacted",
    "t249"."influencers_interested",
    "t249"."posts_contracted",
    "t249"."products_sent",
    "t249"."key_messages",
    "t249"."emv",
    "t249"."emv_authentic",
    (
      "t249"."cost" / (
        CASE
          WHEN "t249"."platform" = 'tiktok'
          THEN 7.5
          WHEN "t249"."platform" = 'youtube'
          THEN 3.53
          ELSE 19.8
        END * "t249"."paid_rate"
      )
    ) * 1000 AS "paid_impressions",
    "t249"."cost" / (
      CASE
        WHEN "t249"."platform" = 'tiktok'
        THEN CAST(NULL AS DOUBLE)
        WHEN "t249"."platform" = 'youtube'
        THEN CAST(NULL AS DOUBLE)
        ELSE 1.88
      END * "t249"."paid_rate"
    ) AS "paid_clicks",
    "t249"."cost" / (
      CASE WHEN "t249"."platform" = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * "t249"."paid_rate"
    ) AS "paid_views",
    DATE_TRUNC('WEEK', "t249"."day") AS "week",
    (
      CASE
        WHEN "t249"."reach" IS NOT NULL
        THEN COALESCE("t249"."reach__provenance", 0)
        ELSE 0
      END << 0
    ) | (
      CASE
        WHEN "t249"."impressions" IS NOT NULL
        THEN COALESCE("t249"."impressions__provenance", 0)
        ELSE 0
      END << 2
    ) | (
      CASE
        WHEN "t249"."views" IS NOT NULL
        THEN COALESCE("t249"."views__provenance", 0)
        ELSE 0
      END << 4
    ) | (
      CASE
        WHEN "t249"."impressions_with_estimates" IS NOT NULL
        THEN COALESCE("t249"."impressions_with_estimates__provenance", 0)
        ELSE 0
      END << 6
    ) | (
      CASE
        WHEN (
          "t249"."reach" IS NOT NULL
        ) AND (
          "t249"."followers" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t249"."reach__provenance", -1),
              COALESCE("t249"."followers__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 8
    ) | (
      CASE
        WHEN "t249"."likes" IS NOT NULL
        THEN COALESCE("t249"."likes__provenance", 0)
        ELSE 0
      END << 10
    ) | (
      CASE
        WHEN "t249"."comments" IS NOT NULL
        THEN COALESCE("t249"."comments__provenance", 0)
        ELSE 0
      END << 12
    ) | (
      CASE
        WHEN "t249"."shares" IS NOT NULL
        THEN COALESCE("t249"."shares__provenance", 0)
        ELSE 0
      END << 14
    ) | (
      CASE
        WHEN "t249"."saves" IS NOT NULL
        THEN COALESCE("t249"."saves__provenance", 0)
        ELSE 0
      END << 16
    ) | (
      CASE
        WHEN "t249"."engagements" IS NOT NULL
        THEN COALESCE("t249"."engagements__provenance", 0)
        ELSE 0
      END << 18
    ) | (
      CASE
        WHEN (
          "t249"."engagements" IS NOT NULL
        ) AND (
          "t249"."reach" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t249"."engagements__provenance", -1),
              COALESCE("t249"."reach__provenance", -1)
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
          "t249"."engagements" IS NOT NULL
        ) AND (
          "t249"."followers" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t249"."engagements__provenance", -1),
              COALESCE("t249"."followers__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 22
    ) | (
      CASE
        WHEN "t249"."er_reach_post" IS NOT NULL
        THEN COALESCE("t249"."er_reach_post__provenance", 0)
        ELSE 0
      END << 24
    ) | (
      CASE
        WHEN "t249"."er_followers_post" IS NOT NULL
        THEN COALESCE("t249"."er_followers_post__provenance", 0)
        ELSE 0
      END << 26
    ) | (
      CASE
        WHEN (
          "t249"."engagements" IS NOT NULL
        ) AND (
          "t249"."impressions" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t249"."engagements__provenance", -1),
              COALESCE("t249"."impressions__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 28
    ) | (
      CASE
        WHEN "t249"."er_impressions_post" IS NOT NULL
        THEN COALESCE("t249"."er_impressions_post__provenance", 0)
        ELSE 0
      END << 30
    ) | (
      CASE
        WHEN (
          "t249"."engagements" IS NOT NULL
        ) AND (
          "t249"."views" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t249"."engagements__provenance", -1),
              COALESCE("t249"."views__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 32
    ) | (
      CASE
        WHEN "t249"."er_views_post" IS NOT NULL
        THEN COALESCE("t249"."er_views_post__provenance", 0)
        ELSE 0
      END << 34
    ) | (
      CASE
        WHEN "t249"."clicks" IS NOT NULL
        THEN COALESCE("t249"."clicks__provenance", 0)
        ELSE 0
      END << 36
    ) | (
      CASE
        WHEN "t249"."followers_gained" IS NOT NULL
        THEN COALESCE("t249"."followers_gained__provenance", 0)
        ELSE 0
      END << 38
    ) | (
      CASE
        WHEN (
          "t249"."followers_gained" IS NOT NULL
        )
        AND (
          "t249"."followers_start" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t249"."followers_gained__provenance", -1),
              COALESCE("t249"."followers_start__provenance", -1)
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
          "t249"."followers_gained" IS NOT NULL
        )
        AND (
          "t249"."followers_expected_gain" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t249"."followers_gained__provenance", -1),
              COALESCE("t249"."followers_expected_gain__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 42
    ) | (
      CASE
        WHEN "t249"."brand_followers_gained" IS NOT NULL
        THEN COALESCE("t249"."brand_followers_gained__provenance", 0)
        ELSE 0
      END << 44
    ) | (
      CASE
        WHEN (
          "t249"."brand_followers_gained" IS NOT NULL
        )
        AND (
          "t249"."brand_followers_start" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t249"."brand_followers_gained__provenance", -1),
              COALESCE("t249"."brand_followers_start__provenance", -1)
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
          "t249"."brand_followers_gained" IS NOT NULL
        )
        AND (
          "t249"."brand_followers_expected_gain" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t249"."brand_followers_gained__provenance", -1),
              COALESCE("t249"."brand_followers_expected_gain__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 48
    ) | (
      CASE
        WHEN "t249"."emv" IS NOT NULL
        THEN COALESCE("t249"."emv__provenance", 0)
        ELSE 0
      END << 50
    ) | (
      CASE
        WHEN "t249"."emv_authentic" IS NOT NULL
        THEN COALESCE("t249"."emv_authentic__provenance", 0)
        ELSE 0
      END << 52
    ) | (
      CASE
        WHEN (
          "t249"."impressions_with_estimates" IS NOT NULL
        )
        AND (
          (
            (
              "t249"."cost" / (
                CASE
                  WHEN "t249"."platform" = 'tiktok'
                  THEN 7.5
                  WHEN "t249"."platform" = 'youtube'
                  THEN 3.53
                  ELSE 19.8
                END * "t249"."paid_rate"
              )
            ) * 1000
          ) IS NOT NULL
        )
        THEN COALESCE("t249"."impressions_with_estimates__provenance", 0)
        ELSE 0
      END << 54
    ) | (
      CASE
        WHEN (
          "t249"."clicks" IS NOT NULL
        )
        AND (
          (
            "t249"."cost" / (
              CASE
                WHEN "t249"."platform" = 'tiktok'
                THEN CAST(NULL AS DOUBLE)
                WHEN "t249"."platform" = 'youtube'
                THEN CAST(NULL AS DOUBLE)
                ELSE 1.88
              END * "t249"."paid_rate"
            )
          ) IS NOT NULL
        )
        THEN COALESCE("t249"."clicks__provenance", 0)
        ELSE 0
      END << 56
    ) | (
      CASE
        WHEN (
          "t249"."views" IS NOT NULL
        )
        AND (
          (
            "t249"."cost" / (
              CASE WHEN "t249"."platform" = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * "t249"."paid_rate"
            )
          ) IS NOT NULL
        )
        THEN COALESCE("t249"."views__provenance", 0)
        ELSE 0
      END << 58
    ) AS "ranks__0"
  FROM (
    SELECT
      "t247"."campaign_id",
      "t247"."campaign",
      "t247"."influencer_id",
      "t247"."influencer",
      "t247"."account_id",
      "t247"."platform",
      "t247"."format",
      "t247"."post_id",
      "t247"."day",
      "t247"."reach",
      "t247"."impressions",
      "t247"."views",
      "t247"."likes",
      "t247"."comments",
      "t247"."shares",
      "t247"."saves",
      "t247"."clicks",
      "t247"."reach__provenance",
      "t247"."impressions__provenance",
      "t247"."views__provenance",
      "t247"."likes__provenance",
      "t247"."comments__provenance",
      "t247"."shares__provenance",
      "t247"."saves__provenance",
      "t247"."clicks__provenance",
      "t247"."followers",
      "t247"."followers__provenance",
      "t247"."engagements",
      "t247"."engagements__provenance",
      "t247"."impressions_with_estimates",
      "t247"."impressions_with_estimates__provenance",
      "t247"."er_reach_post",
      "t247"."er_followers_post",
      "t247"."er_impressions_post",
      "t247"."er_views_post",
      "t247"."er_reach_post__provenance",
      "t247"."er_followers_post__provenance",
      "t247"."er_impressions_post__provenance",
      "t247"."er_views_post__provenance",
      "t247"."post_platform",
      "t247"."publishing_influencer",
      "t247"."sponsored_posts",
      "t247"."disclosed_sponsored_posts",
      "t247"."cost",
      "t247"."key_message_posts",
      "t247"."ugc_post",
      "t247"."mentions",
      "t247"."brand_mentions",
      "t247"."mention_engagements",
      "t247"."brand_mention_engagements",
      "t247"."followers_start",
      "t247"."followers_gained",
      "t247"."followers_expected_gain",
      "t247"."followers_start__provenance",
      "t247"."followers_gained__provenance",
      "t247"."followers_expected_gain__provenance",
      "t247"."brand_followers_start",
      "t247"."brand_followers_gained",
      "t247"."brand_followers_expected_gain",
      "t247"."brand_followers_start__provenance",
      "t247"."brand_followers_gained__provenance",
      "t247"."brand_followers_expected_gain__provenance",
      "t247"."influencers_contacted",
      "t247"."influencers_interested",
      "t247"."posts_contracted",
      "t247"."products_sent",
      "t247"."key_messages",
      "t247"."emv_rate",
      "t247"."inauthentic_share",
      "t247"."emv",
      "t247"."emv__provenance",
      "t247"."emv_authentic",
      "t247"."emv_authentic__provenance",
      "t157"."paid_rate"
    FROM (
      SELECT
        "t244"."campaign_id",
        "t244"."campaign",
        "t244"."influencer_id",
        "t244"."influencer",
        "t244"."account_id",
        "t244"."platform",
        "t244"."format",
        "t244"."post_id",
        "t244"."day",
        "t244"."reach",
        "t244"."impressions",
        "t244"."views",
        "t244"."likes",
        "t244"."comments",
        "t244"."shares",
        "t244"."saves",
        "t244"."clicks",
        "t244"."reach__provenance",
        "t244"."impressions__provenance",
        "t244"."views__provenance",
        "t244"."likes__provenance",
        "t244"."comments__provenance",
        "t244"."shares__provenance",
        "t244"."saves__provenance",
        "t244"."clicks__provenance",
        "t244"."followers",
        "t244"."followers__provenance",
        "t244"."engagements",
        "t244"."engagements__provenance",
        "t244"."impressions_with_estimates",
        "t244"."impressions_with_estimates__provenance",
        "t244"."er_reach_post",
        "t244"."er_followers_post",
        "t244"."er_impressions_post",
        "t244"."er_views_post",
        "t244"."er_reach_post__provenance",
        "t244"."er_followers_post__provenance",
        "t244"."er_impressions_post__provenance",
        "t244"."er_views_post__provenance",
        "t244"."post_platform",
        "t244"."publishing_influencer",
        "t244"."sponsored_posts",
        "t244"."disclosed_sponsored_posts",
        "t244"."cost",
        "t244"."key_message_posts",
        "t244"."ugc_post",
        "t244"."mentions",
        "t244"."brand_mentions",
        "t244"."mention_engagements",
        "t244"."brand_mention_engagements",
        "t244"."followers_start",
        "t244"."followers_gained",
        "t244"."followers_expected_gain",
        "t244"."followers_start__provenance",
        "t244"."followers_gained__provenance",
        "t244"."followers_expected_gain__provenance",
        "t244"."brand_followers_start",
        "t244"."brand_followers_gained",
        "t244"."brand_followers_expected_gain",
        "t244"."brand_followers_start__provenance",
        "t244"."brand_followers_gained__provenance",
        "t244"."brand_followers_expected_gain__provenance",
        "t244"."influencers_contacted",
        "t244"."influencers_interested",
        "t244"."posts_contracted",
        "t244"."products_sent",
        "t244"."key_messages",
        "t244"."emv_rate",
        "t244"."inauthentic_share",
        CASE
          WHEN (
            "t244"."post_id" IS NOT NULL
          )
          AND (
            (
              (
                (
                  COALESCE("t244"."impressions", "t244"."views") * CASE WHEN "t244"."platform" = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                ) / 1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t244"."platform" = 'instagram'
                  THEN 0.07
                  WHEN "t244"."platform" = 'tiktok'
                  THEN 0.09
                  WHEN "t244"."platform" = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE)
                END * "t244"."likes"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t244"."platform" = 'instagram'
                  THEN 3.46
                  WHEN "t244"."platform" = 'tiktok'
                  THEN 3.52
                  WHEN "t244"."platform" = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE)
                END * "t244"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE WHEN "t244"."platform" = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * "t244"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              (
                COALESCE("t244"."impressions", "t244"."views") * CASE WHEN "t244"."platform" = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
              ) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t244"."platform" = 'instagram'
                THEN 0.07
                WHEN "t244"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t244"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE)
              END * "t244"."likes",
              0
            ) + COALESCE(
              CASE
                WHEN "t244"."platform" = 'instagram'
                THEN 3.46
                WHEN "t244"."platform" = 'tiktok'
                THEN 3.52
                WHEN "t244"."platform" = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE)
              END * "t244"."comments",
              0
            ) + COALESCE(
              CASE WHEN "t244"."platform" = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * "t244"."shares",
              0
            )
          ) * "t244"."emv_rate"
          ELSE CAST(NULL AS DOUBLE)
        END AS "emv",
        NULLIF(
          GREATEST(
            COALESCE("t244"."impressions__provenance", -1),
            COALESCE("t244"."views__provenance", -1),
            COALESCE("t244"."engagements__provenance", -1)
          ),
          -1
        ) AS "emv__provenance",
        CASE
          WHEN (
            "t244"."post_id" IS NOT NULL
          )
          AND (
            (
              (
                (
                  COALESCE("t244"."impressions", "t244"."views") * CASE WHEN "t244"."platform" = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                ) / 1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t244"."platform" = 'instagram'
                  THEN 0.07
                  WHEN "t244"."platform" = 'tiktok'
                  THEN 0.09
                  WHEN "t244"."platform" = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE)
                END * "t244"."likes"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t244"."platform" = 'instagram'
                  THEN 3.46
                  WHEN "t244"."platform" = 'tiktok'
                  THEN 3.52
                  WHEN "t244"."platform" = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE)
                END * "t244"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE WHEN "t244"."platform" = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * "t244"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              (
                COALESCE("t244"."impressions", "t244"."views") * CASE WHEN "t244"."platform" = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
              ) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t244"."platform" = 'instagram'
                THEN 0.07
                WHEN "t244"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t244"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE)
              END * "t244"."likes",
              0
            ) + COALESCE(
              CASE
                WHEN "t244"."platform" = 'instagram'
                THEN 3.46
                WHEN "t244"."platform" = 'tiktok'
                THEN 3.52
                WHEN "t244"."platform" = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE)
              END * "t244"."comments",
              0
            ) + COALESCE(
              CASE WHEN "t244"."platform" = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * "t244"."shares",
              0
            )
          ) * "t244"."emv_rate" * (
            1 - COALESCE("t244"."inauthentic_share", 0)
          )
          ELSE CAST(NULL AS DOUBLE)
        END AS "emv_authentic",
        NULLIF(
          GREATEST(
            COALESCE(
              NULLIF(
                GREATEST(
                  COALESCE("t244"."impressions__provenance", -1),
                  COALESCE("t244"."views__provenance", -1),
                  COALESCE("t244"."engagements__provenance", -1)
                ),
                -1
              ),
              -1
            ),
            COALESCE(CASE WHEN "t244"."inauthentic_share" > 0 THEN 2 ELSE CAST(NULL AS BIGINT) END, -1)
          ),
          -1
        ) AS "emv_authentic__provenance"
      FROM (
        SELECT
          "t242"."campaign_id",
          "t242"."campaign",
          "t242"."influencer_id",
          "t242"."influencer",
          "t242"."account_id",
          "t242"."platform",
          "t242"."format",
          "t242"."post_id",
          "t242"."day",
          "t242"."reach",
          "t242"."impressions",
          "t242"."views",
          "t242"."likes",
          "t242"."comments",
          "t242"."shares",
          "t242"."saves",
          "t242"."clicks",
          "t242"."reach__provenance",
          "t242"."impressions__provenance",
          "t242"."views__provenance",
          "t242"."likes__provenance",
          "t242"."comments__provenance",
          "t242"."shares__provenance",
          "t242"."saves__provenance",
          "t242"."clicks__provenance",
          "t242"."followers",
          "t242"."followers__provenance",
          "t242"."engagements",
          "t242"."engagements__provenance",
          "t242"."impressions_with_estimates",
          "t242"."impressions_with_estimates__provenance",
          "t242"."er_reach_post",
          "t242"."er_followers_post",
          "t242"."er_impressions_post",
          "t242"."er_views_post",
          "t242"."er_reach_post__provenance",
          "t242"."er_followers_post__provenance",
          "t242"."er_impressions_post__provenance",
          "t242"."er_views_post__provenance",
          "t242"."post_platform",
          "t242"."publishing_influencer",
          "t242"."sponsored_posts",
          "t242"."disclosed_sponsored_posts",
          "t242"."cost",
          "t242"."key_message_posts",
          "t242"."ugc_post",
          "t242"."mentions",
          "t242"."brand_mentions",
          "t242"."mention_engagements",
          "t242"."brand_mention_engagements",
          "t242"."followers_start",
          "t242"."followers_gained",
          "t242"."followers_expected_gain",
          "t242"."followers_start__provenance",
          "t242"."followers_gained__provenance",
          "t242"."followers_expected_gain__provenance",
          "t242"."brand_followers_start",
          "t242"."brand_followers_gained",
          "t242"."brand_followers_expected_gain",
          "t242"."brand_followers_start__provenance",
          "t242"."brand_followers_gained__provenance",
          "t242"."brand_followers_expected_gain__provenance",
          "t242"."influencers_contacted",
          "t242"."influencers_interested",
          "t242"."posts_contracted",
          "t242"."products_sent",
          "t242"."key_messages",
          "t242"."emv_rate",
          "t27"."inauthentic_share"
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
            "t239"."key_messages",
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
                          "t224"."campaign_id",
                          "t224"."campaign",
                          "t224"."influencer_id",
                          "t224"."influencer",
                          "t224"."account_id",
                          "t224"."platform",
                          "t224"."format",
                          "t224"."post_id",
                          "t224"."day",
                          "t224"."reach",
                          "t224"."impressions",
                          "t224"."views",
                          "t224"."likes",
                          "t224"."comments",
                          "t224"."shares",
                          "t224"."saves",
                          "t224"."clicks",
                          "t224"."reach__provenance",
                          "t224"."impressions__provenance",
                          "t224"."views__provenance",
                          "t224"."likes__provenance",
                          "t224"."comments__provenance",
                          "t224"."shares__provenance",
                          "t224"."saves__provenance",
                          "t224"."clicks__provenance",
                          "t224"."followers",
                          CAST("t224"."followers__provenance" AS BIGINT) AS "followers__provenance",
                          "t224"."engagements",
                          "t224"."engagements__provenance",
                          "t224"."impressions_with_estimates",
                          "t224"."impressions_with_estimates__provenance",
                          "t224"."er_reach_post",
                          "t224"."er_followers_post",
                          "t224"."er_impressions_post",
                          "t224"."er_views_post",
                          "t224"."er_reach_post__provenance",
                          "t224"."er_followers_post__provenance",
                          "t224"."er_impressions_post__provenance",
                          "t224"."er_views_post__provenance",
                          "t224"."post_platform",
                          CAST("t224"."publishing_influencer" AS DOUBLE) AS "publishing_influencer",
                          "t224"."sponsored_posts",
                          "t224"."disclosed_sponsored_posts",
                          "t224"."cost",
                          "t224"."key_message_posts",
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
                            "t206"."campaign_id",
                            "t206"."campaign",
                            "t206"."influencer_id",
                            "t206"."influencer",
                            "t206"."account_id",
                            "t206"."platform",
                            "t206"."format",
                            "t206"."post_id",
                            "t206"."day",
                            "t206"."country",
                            "t206"."caption",
                            "t206"."sponsored",
                            "t206"."reach",
                            "t206"."impressions",
                            "t206"."views",
                            "t206"."likes",
                            "t206"."comments",
                            "t206"."shares",
                            "t206"."saves",
                            "t206"."clicks",
                            "t206"."reach__provenance",
                            "t206"."impressions__provenance",
                            "t206"."views__provenance",
                            "t206"."likes__provenance",
                            "t206"."comments__provenance",
                            "t206"."shares__provenance",
                            "t206"."saves__provenance",
                            "t206"."clicks__provenance",
                            "t206"."followers",
                            "t206"."followers__provenance",
                            "t206"."engagements",
                            "t206"."engagements__provenance",
                            "t206"."impressions_with_estimates",
                            "t206"."impressions_with_estimates__provenance",
                            "t206"."er_reach_post",
                            "t206"."er_followers_post",
                            "t206"."er_impressions_post",
                            "t206"."er_views_post",
                            "t206"."er_reach_post__provenance",
                            "t206"."er_followers_post__provenance",
                            "t206"."er_impressions_post__provenance",
                            "t206"."er_views_post__provenance",
                            "t206"."post_platform",
                            "t206"."publishing_influencer",
                            "t206"."sponsored_posts",
                            "t206"."disclosed_sponsored_posts",
                            "t206"."cost",
                            "t220"."key_message_posts"
                          FROM (
                            SELECT
                              "t194"."campaign_id",
                              "t194"."campaign",
                              "t194"."influencer_id",
                              "t194"."influencer",
                              "t194"."account_id",
                              "t194"."platform",
                              "t194"."format",
                              "t194"."post_id",
                              "t194"."day",
                              "t194"."country",
                              "t194"."caption",
                              "t194"."sponsored",
                              "t194"."reach",
                              "t194"."impressions",
                              "t194"."views",
                              "t194"."likes",
                              "t194"."comments",
                              "t194"."shares",
                              "t194"."saves",
                              "t194"."clicks",
                              "t194"."reach__provenance",
                              "t194"."impressions__provenance",
                              "t194"."views__provenance",
                              "t194"."likes__provenance",
                              "t194"."comments__provenance",
                              "t194"."shares__provenance",
                              "t194"."saves__provenance",
                              "t194"."clicks__provenance",
                              "t194"."followers",
                              "t194"."followers__provenance",
                              "t194"."engagements",
                              "t194"."engagements__provenance",
                              "t194"."impressions_with_estimates",
                              "t194"."impressions_with_estimates__provenance",
                              "t194"."er_reach_post",
                              "t194"."er_followers_post",
                              "t194"."er_impressions_post",
                              "t194"."er_views_post",
                              "t194"."er_reach_post__provenance",
                              "t194"."er_followers_post__provenance",
                              "t194"."er_impressions_post__provenance",
                              "t194"."er_views_post__provenance",
                              "t194"."post_platform",
                              "t194"."publishing_influencer",
                              "t194"."sponsored_posts",
                              "t194"."disclosed_sponsored_posts",
                              "t189"."cost"
                            FROM "post_rows" AS "t194"
                            LEFT OUTER JOIN (
                              SELECT
                                "t99"."post_id",
                                "t181"."cost"
                              FROM "campaign_posts_in" AS "t99"
                              INNER JOIN (
                                SELECT
                                  "t176"."campaign_id",
                                  "t176"."influencer_id",
                                  SUM("t176"."share") AS "cost"
                                FROM (
                                  SELECT
                                    "t171"."campaign_id",
                                    "t171"."influencer_id",
                                    "t171"."amount" / "t114"."n_posts" AS "share"
                                  FROM (
                                    SELECT
                                      "t102"."campaign_id",
                                      "t102"."campaign",
                                      "t102"."influencer_id",
                                      "t102"."incurred_on",
                                      "t102"."amount" * "t165"."rate" AS "amount"
                                    FROM "t82" AS "t102"
                                    LEFT OUTER JOIN (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t95"."key",
                                          CAST(1 AS DOUBLE) AS "rate"
                                        FROM "t82" AS "t95"
                                        WHERE
                                          "t95"."base" = "t95"."quote"
                                      ) AS "t111"
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t147"."key",
                                          "t147"."rate"
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
                                              "t102"."key",
                                              "t102"."on",
                                              "t77"."rate",
                                              EPOCH(CAST(CAST("t77"."valid_on" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "valid"
                                            FROM "t82" AS "t102"
                                            INNER JOIN "t66" AS "t77"
                                              ON "t102"."base" = "t77"."base" AND "t102"."quote" = "t77"."quote"
                                          ) AS "t123"
                                        ) AS "t147"
                                        WHERE
                                          "t147"."order" = 0
                                      ) AS "t156"
                                    ) AS "t165"
                                      ON "t102"."key" = "t165"."key"
                                  ) AS "t171"
                                  INNER JOIN (
                                    SELECT
                                      "t92"."campaign_id",
                                      "t92"."influencer_id",
                                      COUNT("t92"."post_id") AS "n_posts"
                                    FROM "campaign_posts_in" AS "t92"
                                    GROUP BY
                                      1,
                                      2
                                  ) AS "t114"
                                    ON "t171"."campaign_id" = "t114"."campaign_id"
                                    AND "t171"."influencer_id" = "t114"."influencer_id"
                                ) AS "t176"
                                GROUP BY
                                  1,
                                  2
                              ) AS "t181"
                                ON "t181"."campaign_id" = "t99"."campaign_id"
                                AND "t181"."influencer_id" = "t99"."influencer_id"
                            ) AS "t189"
                              ON "t194"."post_id" = "t189"."post_id"
                          ) AS "t206"
                          LEFT OUTER JOIN (
                            SELECT
                              "t207"."post_id",
                              MAX(
                                CAST(CAST(COALESCE(CONTAINS(LOWER("t207"."caption"), LOWER("t207"."message")), FALSE) AS INT) AS DOUBLE)
                              ) AS "key_message_posts"
                            FROM (
                              SELECT
                                "t200"."campaign_id",
                                "t200"."post_id",
                                "t200"."caption",
                                "t84"."message"
                              FROM (
                                SELECT
                                  "t193"."campaign_id",
                                  "t193"."post_id",
                                  "t193"."caption"
                                FROM "post_rows" AS "t193"
                              ) AS "t200"
                              INNER JOIN (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    CAST("t0"."id" AS BIGINT) AS "campaign_id",
                                    UNNEST(STR_SPLIT("t0"."key_messages", '
')) AS "message"
                                  FROM "campaign" AS "t0"
                                ) AS "t45"
                                WHERE
                                  LENGTH("t45"."message") > 0
                              ) AS "t84"
                                ON "t200"."campaign_id" = "t84"."campaign_id"
                            ) AS "t207"
                            GROUP BY
                              1
                          ) AS "t220"
                            ON "t206"."post_id" = "t220"."post_id"
                        ) AS "t224"
                      ) AS "t225"
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t211"."campaign_id",
                          "t211"."campaign",
                          CAST(NULL AS BIGINT) AS "influencer_id",
                          CAST(NULL AS TEXT) AS "influencer",
                          CAST(NULL AS BIGINT) AS "account_id",
                          "t211"."platform",
                          CAST(NULL AS TEXT) AS "format",
                          CAST(NULL AS BIGINT) AS "post_id",
                          "t211"."day",
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
                          CAST("t211"."ugc_post" AS DOUBLE) AS "ugc_post",
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
                            "t137"."campaign_id",
                            "t137"."campaign",
                            "t137"."platform",
                            "t137"."day",
                            "t137"."post_id" AS "ugc_post"
                          FROM (
                            SELECT DISTINCT
                              *
                            FROM (
                              SELECT
                                "t85"."campaign_id",
                                "t85"."campaign",
                                "t93"."post_id",
                                "t93"."influencer_id",
                                "t93"."platform",
                                "t93"."day"
                              FROM (
                                SELECT
                                  CAST("t54"."id" AS BIGINT) AS "post_id",
                                  CAST("t17"."id" AS BIGINT) AS "influencer_id",
                                  "t17"."workspace_id",
                                  "t17"."is_brand",
                                  CAST("t19"."platform" AS TEXT) AS "platform",
                                  "t54"."published_on" AS "day",
                                  "t54"."hashtags"
                                FROM (
                                  SELECT
                                    *
                                  FROM "post" AS "t10"
                                  WHERE
                                    "t10"."published_on" <= MAKE_DATE(2026, 3, 31) AND "t10"."campaign_id" IS NULL
                                ) AS "t54"
                                INNER JOIN "account" AS "t19"
                                  ON "t54"."account_id" = "t19"."id"
                                INNER JOIN "influencer" AS "t17"
                                  ON "t19"."influencer_id" = "t17"."id"
                              ) AS "t93"
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
                                ) AS "t46"
                                WHERE
                                  LENGTH("t46"."tag") > 0
                              ) AS "t85"
                                ON "t93"."workspace_id" = "t85"."workspace_id"
                                AND "t93"."day" >= "t85"."start"
                                AND "t93"."day" <= "t85"."end"
                                AND NOT (
                                  "t93"."is_brand"
                                )
                                AND CONTAINS(',' || "t93"."hashtags" || ',', ',' || "t85"."tag" || ',')
                            ) AS "t127"
                          ) AS "t137"
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
                              ) AS "t30"
                              UNION ALL
                              SELECT
                                *
                              FROM (
                                SELECT
                                  "t193"."campaign_id",
                                  "t193"."influencer_id"
                                FROM "post_rows" AS "t193"
                              ) AS "t196"
                            ) AS "t199"
                          ) AS "t205"
                            ON "t137"."campaign_id" = "t205"."campaign_id"
                            AND "t137"."influencer_id" = "t205"."influencer_id"
                        ) AS "t211"
                      ) AS "t217"
                    ) AS "t227"
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t175"."campaign_id",
                        "t175"."campaign",
                        "t175"."influencer_id",
                        "t175"."influencer",
                        CAST(NULL AS BIGINT) AS "account_id",
                        CAST(NULL AS TEXT) AS "platform",
                        CAST(NULL AS TEXT) AS "format",
                        CAST(NULL AS BIGINT) AS "post_id",
                        "t175"."day",
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
                        "t175"."cost",
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
                          "t170"."campaign_id",
                          "t170"."campaign",
                          "t170"."influencer_id",
                          CAST("t17"."name" AS TEXT) AS "influencer",
                          "t170"."incurred_on" AS "day",
                          "t170"."amount" AS "cost"
                        FROM (
                          SELECT
                            "t101"."campaign_id",
                            "t101"."campaign",
                            "t101"."influencer_id",
                            "t101"."incurred_on",
                            "t101"."amount" * "t164"."rate" AS "amount"
                          FROM "t82" AS "t101"
                          LEFT OUTER JOIN (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t94"."key",
                                CAST(1 AS DOUBLE) AS "rate"
                              FROM "t82" AS "t94"
                              WHERE
                                "t94"."base" = "t94"."quote"
                            ) AS "t110"
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t146"."key",
                                "t146"."rate"
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
                                    "t101"."key",
                                    "t101"."on",
                                    "t76"."rate",
                                    EPOCH(CAST(CAST("t76"."valid_on" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "valid"
                                  FROM "t82" AS "t101"
                                  INNER JOIN "t66" AS "t76"
                                    ON "t101"."base" = "t76"."base" AND "t101"."quote" = "t76"."quote"
                                ) AS "t122"
                              ) AS "t146"
                              WHERE
                                "t146"."order" = 0
                            ) AS "t155"
                          ) AS "t164"
                            ON "t101"."key" = "t164"."key"
                        ) AS "t170"
                        ANTI JOIN (
                          SELECT
                            "t92"."campaign_id",
                            "t92"."influencer_id",
                            COUNT("t92"."post_id") AS "n_posts"
                          FROM "campaign_posts_in" AS "t92"
                          GROUP BY
                            1,
                            2
                        ) AS "t114"
                          ON "t170"."campaign_id" = "t114"."campaign_id"
                          AND "t170"."influencer_id" = "t114"."influencer_id"
                        LEFT OUTER JOIN "influencer" AS "t17"
                          ON "t170"."influencer_id" = "t17"."id"
                      ) AS "t175"
                    ) AS "t179"
                  ) AS "t229"
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t119"."campaign_id",
                      CAST(NULL AS TEXT) AS "campaign",
                      CAST(NULL AS BIGINT) AS "influencer_id",
                      CAST(NULL AS TEXT) AS "influencer",
                      CAST(NULL AS BIGINT) AS "account_id",
                      "t119"."platform",
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
                      "t119"."mentions",
                      "t119"."brand_mentions",
                      "t119"."mention_engagements",
                      "t119"."brand_mention_engagements",
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
                        "t113".*
                        EXCLUDE ("mention_id")
                      FROM (
                        SELECT
                          "t98"."mention_id",
                          "t98"."platform",
                          "t98"."day",
                          "t98"."mentions",
                          "t98"."brand_mentions",
                          "t98"."mention_engagements",
                          "t98"."brand_mention_engagements",
                          MIN("t98"."campaign_id") AS "campaign_id"
                        FROM (
                          SELECT
                            CAST("t59"."id" AS BIGINT) AS "campaign_id",
                            "t52"."id" AS "mention_id",
                            CAST("t52"."platform" AS TEXT) AS "platform",
                            "t52"."mentioned_on" AS "day",
                            CAST(1 AS DOUBLE) AS "mentions",
                            CAST(CAST(COALESCE("t52"."own", FALSE) AS INT) AS DOUBLE) AS "brand_mentions",
                            "t52"."engagements" AS "mention_engagements",
                            CAST(CAST(COALESCE("t52"."own", FALSE) AS INT) AS DOUBLE) * "t52"."engagements" AS "brand_mention_engagements"
                          FROM (
                            SELECT
                              *
                            FROM "mention" AS "t9"
                            WHERE
                              "t9"."mentioned_on" <= MAKE_DATE(2026, 3, 31)
                          ) AS "t52"
                          INNER JOIN "t24" AS "t59"
                            ON "t52"."workspace_id" = "t59"."workspace_id"
                            AND "t52"."mentioned_on" >= "t59"."start_date"
                            AND "t52"."mentioned_on" <= "t59"."end_date"
                        ) AS "t98"
                        GROUP BY
                          1,
                          2,
                          3,
                          4,
                          5,
                          6,
                          7
                      ) AS "t113"
                    ) AS "t119"
                  ) AS "t128"
                ) AS "t231"
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    "t233"."campaign_id",
                    "t233"."campaign",
                    "t233"."influencer_id",
                    "t233"."influencer",
                    "t233"."account_id",
                    "t233"."platform",
                    CAST(NULL AS TEXT) AS "format",
                    CAST(NULL AS BIGINT) AS "post_id",
                    "t233"."day",
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
                      WHEN "t233"."is_brand" = FALSE
                      THEN "t233"."start_followers"
                      ELSE CAST(NULL AS DOUBLE)
                    END AS "followers_start",
                    CASE
                      WHEN "t233"."is_brand" = FALSE
                      THEN CASE
                        WHEN "t233"."end_seen_at" > "t233"."start_seen_at"
                        THEN "t233"."end_followers" - "t233"."start_followers"
                        ELSE CAST(NULL AS DOUBLE)
                      END
                      ELSE CAST(NULL AS DOUBLE)
                    END AS "followers_gained",
                    CASE
                      WHEN "t233"."is_brand" = FALSE
                      THEN CASE
                        WHEN "t233"."end_seen_at" > "t233"."start_seen_at"
                        THEN (
                          (
                            "t233"."start_followers" - "t233"."before_followers"
                          ) / NULLIF(CAST("t233"."start_seen_at" - "t233"."before_seen_at" AS DOUBLE), 0)
                        ) * (
                          "t233"."end_seen_at" - "t233"."start_seen_at"
                        )
                        ELSE CAST(NULL AS DOUBLE)
                      END
                      ELSE CAST(NULL AS DOUBLE)
                    END AS "followers_expected_gain",
                    CAST(CASE
                      WHEN "t233"."is_brand" = FALSE
                      THEN "t233"."start_rank"
                      ELSE CAST(NULL AS TINYINT)
                    END AS BIGINT) AS "followers_start__provenance",
                    CASE
                      WHEN "t233"."is_brand" = FALSE
                      THEN CASE
                        WHEN "t233"."end_seen_at" > "t233"."start_seen_at"
                        THEN NULLIF(GREATEST(COALESCE("t233"."start_rank", -1), COALESCE("t233"."end_rank", -1)), -1)
                        ELSE CAST(NULL AS BIGINT)
                      END
                      ELSE CAST(NULL AS BIGINT)
                    END AS "followers_gained__provenance",
                    CASE
                      WHEN "t233"."is_brand" = FALSE
                      THEN CASE
                        WHEN CASE
                          WHEN "t233"."end_seen_at" > "t233"."start_seen_at"
                          THEN (
                            (
                              "t233"."start_followers" - "t233"."before_followers"
                            ) / NULLIF(CAST("t233"."start_seen_at" - "t233"."before_seen_at" AS DOUBLE), 0)
                          ) * (
                            "t233"."end_seen_at" - "t233"."start_seen_at"
                          )
                          ELSE CAST(NULL AS DOUBLE)
                        END IS NOT NULL
                        THEN NULLIF(
                          GREATEST(
                            COALESCE(
                              CASE
                                WHEN "t233"."end_seen_at" > "t233"."start_seen_at"
                                THEN NULLIF(GREATEST(COALESCE("t233"."start_rank", -1), COALESCE("t233"."end_rank", -1)), -1)
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              -1
                            ),
                            COALESCE("t233"."before_rank", -1)
                          ),
                          -1
                        )
                        ELSE CAST(NULL AS BIGINT)
                      END
                      ELSE CAST(NULL AS BIGINT)
                    END AS "followers_expected_gain__provenance",
                    CASE
                      WHEN "t233"."is_brand" = TRUE
                      THEN "t233"."start_followers"
                      ELSE CAST(NULL AS DOUBLE)
                    END AS "brand_followers_start",
                    CASE
                      WHEN "t233"."is_brand" = TRUE
                      THEN CASE
                        WHEN "t233"."end_seen_at" > "t233"."start_seen_at"
                        THEN "t233"."end_followers" - "t233"."start_followers"
                        ELSE CAST(NULL AS DOUBLE)
                      END
                      ELSE CAST(NULL AS DOUBLE)
                    END AS "brand_followers_gained",
                    CASE
                      WHEN "t233"."is_brand" = TRUE
                      THEN CASE
                        WHEN "t233"."end_seen_at" > "t233"."start_seen_at"
                        THEN (
                          (
                            "t233"."start_followers" - "t233"."before_followers"
                          ) / NULLIF(CAST("t233"."start_seen_at" - "t233"."before_seen_at" AS DOUBLE), 0)
                        ) * (
                          "t233"."end_seen_at" - "t233"."start_seen_at"
                        )
                        ELSE CAST(NULL AS DOUBLE)
                      END
                      ELSE CAST(NULL AS DOUBLE)
                    END AS "brand_followers_expected_gain",
                    CAST(CASE
                      WHEN "t233"."is_brand" = TRUE
                      THEN "t233"."start_rank"
                      ELSE CAST(NULL AS TINYINT)
                    END AS BIGINT) AS "brand_followers_start__provenance",
                    CASE
                      WHEN "t233"."is_brand" = TRUE
                      THEN CASE
                        WHEN "t233"."end_seen_at" > "t233"."start_seen_at"
                        THEN NULLIF(GREATEST(COALESCE("t233"."start_rank", -1), COALESCE("t233"."end_rank", -1)), -1)
                        ELSE CAST(NULL AS BIGINT)
                      END
                      ELSE CAST(NULL AS BIGINT)
                    END AS "brand_followers_gained__provenance",
                    CASE
                      WHEN "t233"."is_brand" = TRUE
                      THEN CASE
                        WHEN CASE
                          WHEN "t233"."end_seen_at" > "t233"."start_seen_at"
                          THEN (
                            (
                              "t233"."start_followers" - "t233"."before_followers"
                            ) / NULLIF(CAST("t233"."start_seen_at" - "t233"."before_seen_at" AS DOUBLE), 0)
                          ) * (
                            "t233"."end_seen_at" - "t233"."start_seen_at"
                          )
                          ELSE CAST(NULL AS DOUBLE)
                        END IS NOT NULL
                        THEN NULLIF(
                          GREATEST(
                            COALESCE(
                              CASE
                                WHEN "t233"."end_seen_at" > "t233"."start_seen_at"
                                THEN NULLIF(GREATEST(COALESCE("t233"."start_rank", -1), COALESCE("t233"."end_rank", -1)), -1)
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              -1
                            ),
                            COALESCE("t233"."before_rank", -1)
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
                      "t230"."campaign_id",
                      "t230"."influencer_id",
                      "t230"."influencer",
                      "t230"."account_id",
                      "t230"."platform",
                      "t230"."is_brand",
                      "t230"."day",
                      "t230"."start_at",
                      "t230"."end_at",
                      "t230"."campaign",
                      "t230"."start_followers",
                      "t230"."start_seen_at",
                      "t230"."start_rank",
                      "t230"."end_followers",
                      "t230"."end_seen_at",
                      "t230"."end_rank",
                      "t215"."before_followers",
                      "t215"."before_seen_at",
                      "t215"."before_rank"
                    FROM (
                      SELECT
                        "t223"."campaign_id",
                        "t223"."influencer_id",
                        "t223"."influencer",
                        "t223"."account_id",
                        "t223"."platform",
                        "t223"."is_brand",
                        "t223"."day",
                        "t223"."start_at",
                        "t223"."end_at",
                        "t223"."campaign",
                        "t223"."start_followers",
                        "t223"."start_seen_at",
                        "t223"."start_rank",
                        "t214"."end_followers",
                        "t214"."end_seen_at",
                        "t214"."end_rank"
                      FROM (
                        SELECT
                          "t188"."campaign_id",
                          "t188"."influencer_id",
                          "t188"."influencer",
                          "t188"."account_id",
                          "t188"."platform",
                          "t188"."is_brand",
                          "t188"."day",
                          "t188"."start_at",
                          "t188"."end_at",
                          "t188"."campaign",
                          "t218"."start_followers",
                          "t218"."start_seen_at",
                          "t218"."start_rank"
                        FROM (
                          SELECT
                            "t183"."campaign_id",
                            "t183"."influencer_id",
                            "t183"."influencer",
                            "t183"."account_id",
                            "t183"."platform",
                            "t183"."is_brand",
                            "t183"."day",
                            "t183"."start_at",
                            "t183"."end_at",
                            CAST(NULL AS TEXT) AS "campaign"
                          FROM (
                            SELECT
                              "t178"."influencer_id",
                              "t178"."influencer",
                              "t178"."account_id",
                              "t178"."platform",
                              "t178"."is_brand",
                              "t178"."stretch",
                              MIN("t178"."campaign_id") AS "campaign_id",
                              MAX("t178"."day") AS "day",
                              MIN("t178"."start_at") AS "start_at",
                              MAX("t178"."end_at") AS "end_at"
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
                                "t173"."reached",
                                "t173"."opens",
                                SUM("t173"."opens") OVER (
                                  PARTITION BY "t173"."account_id"
                                  ORDER BY "t173"."start_at" ASC, "t173"."campaign_id" ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                ) AS "stretch"
                              FROM (
                                SELECT
                                  "t162"."campaign_id",
                                  "t162"."campaign",
                                  "t162"."influencer_id",
                                  "t162"."influencer",
                                  "t162"."account_id",
                                  "t162"."platform",
                                  "t162"."is_brand",
                                  "t162"."day",
                                  "t162"."start_at",
                                  "t162"."end_at",
                                  "t162"."reached",
                                  CASE
                                    WHEN (
                                      LAG("t162"."reached") OVER (
                                        PARTITION BY "t162"."account_id"
                                        ORDER BY "t162"."start_at" ASC, "t162"."campaign_id" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                      ) IS NULL
                                    )
                                    OR (
                                      "t162"."start_at" >= LAG("t162"."reached") OVER (
                                        PARTITION BY "t162"."account_id"
                                        ORDER BY "t162"."start_at" ASC, "t162"."campaign_id" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                      )
                                    )
                                    THEN 1
                                    ELSE 0
                                  END AS "opens"
                                FROM (
                                  SELECT
                                    "t143"."campaign_id",
                                    "t143"."campaign",
                                    "t143"."influencer_id",
                                    "t143"."influencer",
                                    "t143"."account_id",
                                    "t143"."platform",
                                    "t143"."is_brand",
                                    "t143"."day",
                                    "t143"."start_at",
                                    "t143"."end_at",
                                    MAX("t143"."end_at") OVER (
                                      PARTITION BY "t143"."account_id"
                                      ORDER BY "t143"."start_at" ASC, "t143"."campaign_id" ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ) AS "reached"
                                  FROM (
                                    SELECT
                                      "t129"."campaign_id",
                                      CAST("t15"."name" AS TEXT) AS "campaign",
                                      CAST("t18"."id" AS BIGINT) AS "influencer_id",
                                      CAST("t18"."name" AS TEXT) AS "influencer",
                                      "t129"."account_id",
                                      CAST("t20"."platform" AS TEXT) AS "platform",
                                      "t129"."is_brand",
                                      "t15"."end_date" AS "day",
                                      EPOCH(CAST(CAST("t15"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "start_at",
                                      EPOCH(CAST(CAST("t15"."end_date" AS TIMESTAMPTZ) AS TIMESTAMP)) + 86400 AS "end_at"
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t107"."campaign_id",
                                          "t107"."account_id",
                                          FALSE AS "is_brand"
                                        FROM (
                                          SELECT DISTINCT
                                            "t92"."campaign_id",
                                            "t92"."account_id"
                                          FROM "campaign_posts_in" AS "t92"
                                        ) AS "t107"
                                      ) AS "t115"
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST("t60"."id" AS BIGINT) AS "campaign_id",
                                          CAST("t20"."id" AS BIGINT) AS "account_id",
                                          TRUE AS "is_brand"
                                        FROM "t24" AS "t60"
                                        INNER JOIN (
                                          SELECT
                                            *
                                          FROM "influencer" AS "t8"
                                          WHERE
                                            "t8"."is_brand"
                                        ) AS "t32"
                                          ON "t32"."workspace_id" = "t60"."workspace_id"
                                        INNER JOIN "account" AS "t20"
                                          ON "t20"."influencer_id" = "t32"."id"
                                      ) AS "t83"
                                    ) AS "t129"
                                    INNER JOIN "campaign" AS "t15"
                                      ON "t129"."campaign_id" = "t15"."id"
                                    INNER JOIN "account" AS "t20"
                                      ON "t129"."account_id" = "t20"."id"
                                    INNER JOIN "influencer" AS "t18"
                                      ON "t20"."influencer_id" = "t18"."id"
                                  ) AS "t143"
                                ) AS "t162"
                              ) AS "t173"
                            ) AS "t178"
                            GROUP BY
                              1,
                              2,
                              3,
                              4,
                              5,
                              6
                          ) AS "t183"
                        ) AS "t188"
                        INNER JOIN (
                          SELECT
                            "t210"."campaign_id",
                            "t210"."account_id",
                            CAST("t210"."followers" AS DOUBLE) AS "start_followers",
                            "t210"."at" AS "start_seen_at",
                            "t210"."rank" AS "start_rank"
                          FROM (
                            SELECT
                              "t198"."campaign_id",
                              "t198"."influencer_id",
                              "t198"."influencer",
                              "t198"."account_id",
                              "t198"."platform",
                              "t198"."is_brand",
                              "t198"."day",
                              "t198"."start_at",
                              "t198"."end_at",
                              "t198"."campaign",
                              "t198"."followers",
                              "t198"."at",
                              "t198"."rank",
                              ROW_NUMBER() OVER (
                                PARTITION BY "t198"."campaign_id", "t198"."account_id"
                                ORDER BY CASE WHEN "t198"."at" <= "t198"."start_at" THEN 0 ELSE 1 END ASC, ABS("t198"."at" - "t198"."start_at") ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) - 1 AS "order"
                            FROM "t195" AS "t198"
                          ) AS "t210"
                          WHERE
                            "t210"."order" = 0
                        ) AS "t218"
                          ON "t188"."campaign_id" = "t218"."campaign_id"
                          AND "t188"."account_id" = "t218"."account_id"
                      ) AS "t223"
                      LEFT OUTER JOIN (
                        SELECT
                          "t208"."campaign_id",
                          "t208"."account_id",
                          CAST("t208"."followers" AS DOUBLE) AS "end_followers",
                          "t208"."at" AS "end_seen_at",
                          "t208"."rank" AS "end_rank"
                        FROM (
                          SELECT
                            "t198"."campaign_id",
                            "t198"."influencer_id",
                            "t198"."influencer",
                            "t198"."account_id",
                            "t198"."platform",
                            "t198"."is_brand",
                            "t198"."day",
                            "t198"."start_at",
                            "t198"."end_at",
                            "t198"."campaign",
                            "t198"."followers",
                            "t198"."at",
                            "t198"."rank",
                            ROW_NUMBER() OVER (
                              PARTITION BY "t198"."campaign_id", "t198"."account_id"
                              ORDER BY "t198"."at" DESC
                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                            ) - 1 AS "order"
                          FROM "t195" AS "t198"
                        ) AS "t208"
                        WHERE
                          "t208"."order" = 0
                      ) AS "t214"
                        ON "t223"."campaign_id" = "t214"."campaign_id"
                        AND "t223"."account_id" = "t214"."account_id"
                    ) AS "t230"
                    LEFT OUTER JOIN (
                      SELECT
                        "t209"."campaign_id",
                        "t209"."account_id",
                        CAST("t209"."followers" AS DOUBLE) AS "before_followers",
                        "t209"."at" AS "before_seen_at",
                        "t209"."rank" AS "before_rank"
                      FROM (
                        SELECT
                          "t201"."campaign_id",
                          "t201"."influencer_id",
                          "t201"."influencer",
                          "t201"."account_id",
                          "t201"."platform",
                          "t201"."is_brand",
                          "t201"."day",
                          "t201"."start_at",
                          "t201"."end_at",
                          "t201"."campaign",
                          "t201"."followers",
                          "t201"."at",
                          "t201"."rank",
                          ROW_NUMBER() OVER (
                            PARTITION BY "t201"."campaign_id", "t201"."account_id"
                            ORDER BY "t201"."at" DESC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                          ) - 1 AS "order"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t188"."campaign_id",
                              "t188"."influencer_id",
                              "t188"."influencer",
                              "t188"."account_id",
                              "t188"."platform",
                              "t188"."is_brand",
                              "t188"."day",
                              "t188"."start_at",
                              "t188"."end_at",
                              "t188"."campaign",
                              "t65"."followers",
                              "t65"."at",
                              "t65"."rank"
                            FROM (
                              SELECT
                                "t183"."campaign_id",
                                "t183"."influencer_id",
                                "t183"."influencer",
                                "t183"."account_id",
                                "t183"."platform",
                                "t183"."is_brand",
                                "t183"."day",
                                "t183"."start_at",
                                "t183"."end_at",
                                CAST(NULL AS TEXT) AS "campaign"
                              FROM (
                                SELECT
                                  "t178"."influencer_id",
                                  "t178"."influencer",
                                  "t178"."account_id",
                                  "t178"."platform",
                                  "t178"."is_brand",
                                  "t178"."stretch",
                                  MIN("t178"."campaign_id") AS "campaign_id",
                                  MAX("t178"."day") AS "day",
                                  MIN("t178"."start_at") AS "start_at",
                                  MAX("t178"."end_at") AS "end_at"
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
                                    "t173"."reached",
                                    "t173"."opens",
                                    SUM("t173"."opens") OVER (
                                      PARTITION BY "t173"."account_id"
                                      ORDER BY "t173"."start_at" ASC, "t173"."campaign_id" ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ) AS "stretch"
                                  FROM (
                                    SELECT
                                      "t162"."campaign_id",
                                      "t162"."campaign",
                                      "t162"."influencer_id",
                                      "t162"."influencer",
                                      "t162"."account_id",
                                      "t162"."platform",
                                      "t162"."is_brand",
                                      "t162"."day",
                                      "t162"."start_at",
                                      "t162"."end_at",
                                      "t162"."reached",
                                      CASE
                                        WHEN (
                                          LAG("t162"."reached") OVER (
                                            PARTITION BY "t162"."account_id"
                                            ORDER BY "t162"."start_at" ASC, "t162"."campaign_id" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                          ) IS NULL
                                        )
                                        OR (
                                          "t162"."start_at" >= LAG("t162"."reached") OVER (
                                            PARTITION BY "t162"."account_id"
                                            ORDER BY "t162"."start_at" ASC, "t162"."campaign_id" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                          )
                                        )
                                        THEN 1
                                        ELSE 0
                                      END AS "opens"
                                    FROM (
                                      SELECT
                                        "t143"."campaign_id",
                                        "t143"."campaign",
                                        "t143"."influencer_id",
                                        "t143"."influencer",
                                        "t143"."account_id",
                                        "t143"."platform",
                                        "t143"."is_brand",
                                        "t143"."day",
                                        "t143"."start_at",
                                        "t143"."end_at",
                                        MAX("t143"."end_at") OVER (
                                          PARTITION BY "t143"."account_id"
                                          ORDER BY "t143"."start_at" ASC, "t143"."campaign_id" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                        ) AS "reached"
                                      FROM (
                                        SELECT
                                          "t129"."campaign_id",
                                          CAST("t15"."name" AS TEXT) AS "campaign",
                                          CAST("t18"."id" AS BIGINT) AS "influencer_id",
                                          CAST("t18"."name" AS TEXT) AS "influencer",
                                          "t129"."account_id",
                                          CAST("t20"."platform" AS TEXT) AS "platform",
                                          "t129"."is_brand",
                                          "t15"."end_date" AS "day",
                                          EPOCH(CAST(CAST("t15"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "start_at",
                                          EPOCH(CAST(CAST("t15"."end_date" AS TIMESTAMPTZ) AS TIMESTAMP)) + 86400 AS "end_at"
                                        FROM (
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              "t107"."campaign_id",
                                              "t107"."account_id",
                                              FALSE AS "is_brand"
                                            FROM (
                                              SELECT DISTINCT
                                                "t92"."campaign_id",
                                                "t92"."account_id"
                                              FROM "campaign_posts_in" AS "t92"
                                            ) AS "t107"
                                          ) AS "t115"
                                          UNION ALL
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              CAST("t60"."id" AS BIGINT) AS "campaign_id",
                                              CAST("t20"."id" AS BIGINT) AS "account_id",
                                              TRUE AS "is_brand"
                                            FROM "t24" AS "t60"
                                            INNER JOIN (
                                              SELECT
                                                *
                                              FROM "influencer" AS "t8"
                                              WHERE
                                                "t8"."is_brand"
                                            ) AS "t32"
                                              ON "t32"."workspace_id" = "t60"."workspace_id"
                                            INNER JOIN "account" AS "t20"
                                              ON "t20"."influencer_id" = "t32"."id"
                                          ) AS "t83"
                                        ) AS "t129"
                                        INNER JOIN "campaign" AS "t15"
                                          ON "t129"."campaign_id" = "t15"."id"
                                        INNER JOIN "account" AS "t20"
                                          ON "t129"."account_id" = "t20"."id"
                                        INNER JOIN "influencer" AS "t18"
                                          ON "t20"."influencer_id" = "t18"."id"
                                      ) AS "t143"
                                    ) AS "t162"
                                  ) AS "t173"
                                ) AS "t178"
                                GROUP BY
                                  1,
                                  2,
                                  3,
                                  4,
                                  5,
                                  6
                              ) AS "t183"
                            ) AS "t188"
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
                            ) AS "t65"
                              ON "t188"."account_id" = "t65"."account_id"
                          ) AS "t192"
                          WHERE
                            "t192"."at" <= (
                              "t192"."start_at" - (
                                "t192"."end_at" - "t192"."start_at"
                              )
                            )
                        ) AS "t201"
                      ) AS "t209"
                      WHERE
                        "t209"."order" = 0
                    ) AS "t215"
                      ON "t230"."campaign_id" = "t215"."campaign_id"
                      AND "t230"."account_id" = "t215"."account_id"
                  ) AS "t233"
                ) AS "t234"
              ) AS "t235"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t90"."campaign_id",
                  "t90"."campaign",
                  "t90"."influencer_id",
                  "t90"."influencer",
                  CAST(NULL AS BIGINT) AS "account_id",
                  CAST(NULL AS TEXT) AS "platform",
                  CAST(NULL AS TEXT) AS "format",
                  CAST(NULL AS BIGINT) AS "post_id",
                  "t90"."day",
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
                  "t90"."influencers_contacted",
                  "t90"."influencers_interested",
                  "t90"."posts_contracted",
                  "t90"."products_sent",
                  CAST(NULL AS DOUBLE) AS "key_messages"
                FROM (
                  SELECT
                    CAST("t50"."campaign_id" AS BIGINT) AS "campaign_id",
                    CAST("t15"."name" AS TEXT) AS "campaign",
                    CAST("t50"."influencer_id" AS BIGINT) AS "influencer_id",
                    CAST("t17"."name" AS TEXT) AS "influencer",
                    "t15"."start_date" AS "day",
                    CAST(1 AS DOUBLE) AS "influencers_contacted",
                    CAST(CAST(COALESCE("t50"."status" IN ('interested', 'activated'), FALSE) AS INT) AS DOUBLE) AS "influencers_interested",
                    CAST("t50"."posts_contracted" AS DOUBLE) AS "posts_contracted",
                    CAST("t50"."products_sent" AS DOUBLE) AS "products_sent"
                  FROM (
                    SELECT
                      *
                    FROM "roster" AS "t7"
                    WHERE
                      "t7"."campaign_id" IN (1)
                  ) AS "t50"
                  INNER JOIN "campaign" AS "t15"
                    ON "t50"."campaign_id" = "t15"."id"
                  INNER JOIN "influencer" AS "t17"
                    ON "t50"."influencer_id" = "t17"."id"
                ) AS "t90"
              ) AS "t106"
            ) AS "t236"
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
            ) AS "t70"
          ) AS "t239"
          LEFT OUTER JOIN (
            SELECT
              "t150"."key" AS "campaign_id",
              "t150"."rate" AS "emv_rate"
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
              ) AS "t42"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t134"."key",
                  "t134"."rate"
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
                      "t62"."key",
                      "t62"."on",
                      "t75"."rate",
                      EPOCH(CAST(CAST("t75"."valid_on" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "valid"
                    FROM (
                      SELECT
                        CAST("t0"."id" AS BIGINT) AS "key",
                        'EUR' AS "base",
                        CAST("t0"."currency" AS TEXT) AS "quote",
                        EPOCH(CAST(CAST("t0"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "on"
                      FROM "campaign" AS "t0"
                    ) AS "t62"
                    INNER JOIN "t66" AS "t75"
                      ON "t62"."base" = "t75"."base" AND "t62"."quote" = "t75"."quote"
                  ) AS "t105"
                ) AS "t134"
                WHERE
                  "t134"."order" = 0
              ) AS "t142"
            ) AS "t150"
          ) AS "t158"
            ON "t239"."campaign_id" = "t158"."campaign_id"
        ) AS "t242"
        LEFT OUTER JOIN (
          SELECT
            "t5"."account_id",
            "t5"."inauthentic_share"
          FROM "account_audit" AS "t5"
        ) AS "t27"
          ON "t242"."account_id" = "t27"."account_id"
      ) AS "t244"
    ) AS "t247"
    LEFT OUTER JOIN (
      SELECT
        "t149"."key" AS "campaign_id",
        "t149"."rate" AS "paid_rate"
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
        ) AS "t41"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            "t133"."key",
            "t133"."rate"
          FROM (
            SELECT
              "t104"."key",
              "t104"."on",
              "t104"."rate",
              "t104"."valid",
              ROW_NUMBER() OVER (
                PARTITION BY "t104"."key"
                ORDER BY CASE WHEN "t104"."valid" <= "t104"."on" THEN 0 ELSE 1 END ASC, ABS("t104"."valid" - "t104"."on") ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              ) - 1 AS "order"
            FROM (
              SELECT
                "t61"."key",
                "t61"."on",
                "t74"."rate",
                EPOCH(CAST(CAST("t74"."valid_on" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "valid"
              FROM (
                SELECT
                  CAST("t0"."id" AS BIGINT) AS "key",
                  'USD' AS "base",
                  CAST("t0"."currency" AS TEXT) AS "quote",
                  EPOCH(CAST(CAST("t0"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "on"
                FROM "campaign" AS "t0"
              ) AS "t61"
              INNER JOIN "t66" AS "t74"
                ON "t61"."base" = "t74"."base" AND "t61"."quote" = "t74"."quote"
            ) AS "t104"
          ) AS "t133"
          WHERE
            "t133"."order" = 0
        ) AS "t141"
      ) AS "t149"
    ) AS "t157"
      ON "t247"."campaign_id" = "t157"."campaign_id"
  ) AS "t249"
  WHERE
    "t249"."campaign_id" IN (1)
    AND (
      (
        "t249"."brand_followers_expected_gain" IS NOT NULL
      )
      OR (
        "t249"."brand_followers_gained" IS NOT NULL
      )
      OR (
        "t249"."brand_followers_start" IS NOT NULL
      )
      OR (
        "t249"."brand_mention_engagements" IS NOT NULL
      )
      OR (
        "t249"."brand_mentions" IS NOT NULL
      )
      OR (
        "t249"."clicks" IS NOT NULL
      )
      OR (
        "t249"."comments" IS NOT NULL
      )
      OR (
        "t249"."cost" IS NOT NULL
      )
      OR (
        "t249"."disclosed_sponsored_posts" IS NOT NULL
      )
      OR (
        "t249"."emv" IS NOT NULL
      )
      OR (
        "t249"."emv_authentic" IS NOT NULL
      )
      OR (
        "t249"."engagements" IS NOT NULL
      )
      OR (
        "t249"."er_followers_post" IS NOT NULL
      )
      OR (
        "t249"."er_impressions_post" IS NOT NULL
      )
      OR (
        "t249"."er_reach_post" IS NOT NULL
      )
      OR (
        "t249"."er_views_post" IS NOT NULL
      )
      OR (
        "t249"."followers" IS NOT NULL
      )
      OR (
        "t249"."followers_expected_gain" IS NOT NULL
      )
      OR (
        "t249"."followers_gained" IS NOT NULL
      )
      OR (
        "t249"."followers_start" IS NOT NULL
      )
      OR (
        "t249"."impressions" IS NOT NULL
      )
      OR (
        "t249"."impressions_with_estimates" IS NOT NULL
      )
      OR (
        "t249"."influencers_contacted" IS NOT NULL
      )
      OR (
        "t249"."influencers_interested" IS NOT NULL
      )
      OR (
        "t249"."key_message_posts" IS NOT NULL
      )
      OR (
        "t249"."key_messages" IS NOT NULL
      )
      OR (
        "t249"."likes" IS NOT NULL
      )
      OR (
        "t249"."mention_engagements" IS NOT NULL
      )
      OR (
        "t249"."mentions" IS NOT NULL
      )
      OR (
        (
          "t249"."cost" / (
            CASE
              WHEN "t249"."platform" = 'tiktok'
              THEN CAST(NULL AS DOUBLE)
              WHEN "t249"."platform" = 'youtube'
              THEN CAST(NULL AS DOUBLE)
              ELSE 1.88
            END * "t249"."paid_rate"
          )
        ) IS NOT NULL
      )
      OR (
        (
          (
            "t249"."cost" / (
              CASE
                WHEN "t249"."platform" = 'tiktok'
                THEN 7.5
                WHEN "t249"."platform" = 'youtube'
                THEN 3.53
                ELSE 19.8
              END * "t249"."paid_rate"
            )
          ) * 1000
        ) IS NOT NULL
      )
      OR (
        (
          "t249"."cost" / (
            CASE WHEN "t249"."platform" = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * "t249"."paid_rate"
          )
        ) IS NOT NULL
      )
      OR (
        "t249"."post_id" IS NOT NULL
      )
      OR (
        "t249"."post_platform" IS NOT NULL
      )
      OR (
        "t249"."posts_contracted" IS NOT NULL
      )
      OR (
        "t249"."products_sent" IS NOT NULL
      )
      OR (
        "t249"."publishing_influencer" IS NOT NULL
      )
      OR (
        "t249"."reach" IS NOT NULL
      )
      OR (
        "t249"."saves" IS NOT NULL
      )
      OR (
        "t249"."shares" IS NOT NULL
      )
      OR (
        "t249"."sponsored_posts" IS NOT NULL
      )
      OR (
        "t249"."ugc_post" IS NOT NULL
      )
      OR (
        "t249"."views" IS NOT NULL
      )
    )
)
SELECT
  "t264"."week",
  "t264"."key_messages",
  "t264"."platforms_selected",
  "t264"."influencers_contacted",
  "t264"."influencers_interested",
  (
    "t264"."influencers_interested" / NULLIF("t264"."influencers_contacted", 0)
  ) * 100 AS "influencers_interested_rate",
  "t264"."influencers_activated",
  "t264"."products_sent",
  "t264"."reach",
  "t264"."impressions",
  "t264"."views",
  "t264"."impressions_with_estimates",
  (
    "t264"."reach_rate__first" / NULLIF("t264"."reach_rate__second", 0)
  ) * 100 AS "reach_rate",
  "t264"."brand_mentions",
  (
    "t264"."brand_mentions" / NULLIF("t264"."mentions", 0)
  ) * 100 AS "share_of_voice",
  (
    "t264"."brand_mention_engagements" / NULLIF("t264"."mention_engagements", 0)
  ) * 100 AS "share_of_engagement",
  "t264"."key_message_posts",
  (
    "t264"."key_message_posts" / NULLIF(CAST("t264"."posts" AS DOUBLE), 0)
  ) * 100 AS "key_message_rate",
  "t264"."posts",
  "t264"."posts_contracted",
  (
    CAST("t264"."posts" AS DOUBLE) / NULLIF("t264"."posts_contracted", 0)
  ) * 100 AS "posts_delivery_rate",
  "t264"."ugc_posts",
  "t264"."likes",
  "t264"."comments",
  "t264"."shares",
  "t264"."saves",
  "t264"."engagements",
  (
    "t264"."engagement_rate_reach__first" / NULLIF("t264"."engagement_rate_reach__second", 0)
  ) * 100 AS "engagement_rate_reach",
  (
    "t264"."engagement_rate_followers__first" / NULLIF("t264"."engagement_rate_followers__second", 0)
  ) * 100 AS "engagement_rate_followers",
  "t264"."er_reach_post_mean" AS "engagement_rate_reach_post_mean",
  "t264"."er_reach_post_median" AS "engagement_rate_reach_post_median",
  "t264"."er_reach_account_mean" AS "engagement_rate_reach_account_mean",
  "t264"."er_reach_account_median" AS "engagement_rate_reach_account_median",
  "t264"."er_followers_post_mean" AS "engagement_rate_followers_post_mean",
  "t264"."er_followers_post_median" AS "engagement_rate_followers_post_median",
  "t264"."er_followers_account_mean" AS "engagement_rate_followers_account_mean",
  "t264"."er_followers_account_median" AS "engagement_rate_followers_account_median",
  (
    "t264"."engagement_rate_impressions__first" / NULLIF("t264"."engagement_rate_impressions__second", 0)
  ) * 100 AS "engagement_rate_impressions",
  "t264"."er_impressions_post_mean" AS "engagement_rate_impressions_post_mean",
  "t264"."er_impressions_post_median" AS "engagement_rate_impressions_post_median",
  "t264"."er_impressions_account_mean" AS "engagement_rate_impressions_account_mean",
  "t264"."er_impressions_account_median" AS "engagement_rate_impressions_account_median",
  (
    "t264"."engagement_rate_views__first" / NULLIF("t264"."engagement_rate_views__second", 0)
  ) * 100 AS "engagement_rate_views",
  "t264"."er_views_post_mean" AS "engagement_rate_views_post_mean",
  "t264"."er_views_post_median" AS "engagement_rate_views_post_median",
  "t264"."er_views_account_mean" AS "engagement_rate_views_account_mean",
  "t264"."er_views_account_median" AS "engagement_rate_views_account_median",
  "t264"."clicks" AS "platform_link_clicks",
  "t264"."followers_gained",
  (
    "t264"."follower_growth_rate__first" / NULLIF("t264"."follower_growth_rate__second", 0)
  ) * 100 AS "follower_growth_rate",
  "t264"."followers_gained_above_trend__first" - "t264"."followers_gained_above_trend__second" AS "followers_gained_above_trend",
  "t264"."brand_followers_gained",
  (
    "t264"."brand_follower_growth_rate__first" / NULLIF("t264"."brand_follower_growth_rate__second", 0)
  ) * 100 AS "brand_follower_growth_rate",
  "t264"."brand_followers_gained_above_trend__first" - "t264"."brand_followers_gained_above_trend__second" AS "brand_followers_gained_above_trend",
  "t264"."link_clicks" AS "tracked_clicks",
  "t264"."unique_link_clicks" AS "unique_clicks",
  "t264"."bot_link_clicks" AS "bot_clicks",
  (
    "t264"."link_clicks" / NULLIF("t264"."impressions_with_estimates", 0)
  ) * 100 AS "click_through_rate",
  "t264"."sessions",
  "t264"."new_users",
  (
    "t264"."bounced_sessions" / NULLIF("t264"."sessions", 0)
  ) * 100 AS "bounce_rate",
  "t264"."session_seconds" / NULLIF("t264"."sessions", 0) AS "average_session_duration",
  "t264"."page_views" / NULLIF("t264"."sessions", 0) AS "pages_per_session",
  "t264"."key_events" AS "leads",
  "t264"."orders" AS "conversions",
  (
    "t264"."orders" / NULLIF("t264"."unique_link_clicks", 0)
  ) * 100 AS "conversion_rate",
  "t264"."revenue",
  "t264"."revenue" / NULLIF("t264"."priced_orders", 0) AS "average_order_value",
  "t264"."new_customers",
  "t264"."revenue" / NULLIF("t264"."cost", 0) AS "return_on_ad_spend",
  (
    (
      "t264"."revenue" - "t264"."cost"
    ) / NULLIF("t264"."cost", 0)
  ) * 100 AS "return_on_investment",
  (
    (
      "t264"."revenue" - "t264"."cost"
    ) / NULLIF("t264"."revenue", 0)
  ) * 100 AS "profitability",
  "t264"."sponsored_posts",
  "t264"."disclosed_sponsored_posts",
  (
    "t264"."disclosed_sponsored_posts" / NULLIF("t264"."sponsored_posts", 0)
  ) * 100 AS "disclosure_rate",
  "t264"."cost",
  (
    "t264"."cost" / NULLIF("t264"."impressions_with_estimates", 0)
  ) * 1000 AS "cost_per_mille",
  "t264"."cost" / NULLIF("t264"."engagements", 0) AS "cost_per_engagement",
  "t264"."cost" / NULLIF("t264"."views", 0) AS "cost_per_view",
  "t264"."cost" / NULLIF("t264"."brand_followers_gained", 0) AS "cost_per_new_follower",
  "t264"."cost" / NULLIF("t264"."link_clicks", 0) AS "cost_per_click",
  "t264"."cost" / NULLIF("t264"."orders", 0) AS "cost_per_acquisition",
  "t264"."cost" / NULLIF("t264"."new_customers", 0) AS "customer_acquisition_cost",
  "t264"."cost" / NULLIF("t264"."key_events", 0) AS "cost_per_lead",
  "t264"."emv",
  "t264"."emv_authentic",
  "t264"."emv" / NULLIF("t264"."cost", 0) AS "emv_per_cost",
  "t264"."paid_impressions" AS "paid_equivalent_impressions",
  "t264"."paid_clicks" AS "paid_equivalent_clicks",
  "t264"."paid_views" AS "paid_equivalent_views",
  (
    "t264"."impressions_vs_paid__first" / NULLIF("t264"."impressions_vs_paid__second", 0)
  ) * 100 AS "impressions_vs_paid",
  (
    "t264"."clicks_vs_paid__first" / NULLIF("t264"."clicks_vs_paid__second", 0)
  ) * 100 AS "clicks_vs_paid",
  (
    "t264"."views_vs_paid__first" / NULLIF("t264"."views_vs_paid__second", 0)
  ) * 100 AS "views_vs_paid",
  (
    CAST(CASE WHEN "t264"."key_messages" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 0
  ) | (
    CAST(CASE WHEN "t264"."platforms_selected" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 2
  ) | (
    CAST(CASE WHEN "t264"."influencers_contacted" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 4
  ) | (
    CAST(CASE WHEN "t264"."influencers_interested" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 6
  ) | (
    CAST(CASE
      WHEN (
        (
          "t264"."influencers_interested" / NULLIF("t264"."influencers_contacted", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 8
  ) | (
    CAST(CASE WHEN "t264"."influencers_activated" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 10
  ) | (
    CAST(CASE WHEN "t264"."products_sent" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 12
  ) | (
    CASE
      WHEN "t264"."reach" IS NOT NULL
      THEN COALESCE("t264"."reach__provenance", 0)
      ELSE 3
    END << 14
  ) | (
    CASE
      WHEN "t264"."impressions" IS NOT NULL
      THEN COALESCE("t264"."impressions__provenance", 0)
      ELSE 3
    END << 16
  ) | (
    CASE
      WHEN "t264"."views" IS NOT NULL
      THEN COALESCE("t264"."views__provenance", 0)
      ELSE 3
    END << 18
  ) | (
    CASE
      WHEN "t264"."impressions_with_estimates" IS NOT NULL
      THEN COALESCE("t264"."impressions_with_estimates__provenance", 0)
      ELSE 3
    END << 20
  ) | (
    CASE
      WHEN (
        (
          "t264"."reach_rate__first" / NULLIF("t264"."reach_rate__second", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE("t264"."reach_rate__pair__provenance", 0)
      ELSE 3
    END << 22
  ) | (
    CAST(CASE WHEN "t264"."brand_mentions" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 24
  ) | (
    CAST(CASE
      WHEN (
        (
          "t264"."brand_mentions" / NULLIF("t264"."mentions", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 26
  ) | (
    CAST(CASE
      WHEN (
        (
          "t264"."brand_mention_engagements" / NULLIF("t264"."mention_engagements", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 28
  ) | (
    CAST(CASE WHEN "t264"."key_message_posts" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 30
  ) | (
    CAST(CASE
      WHEN (
        (
          "t264"."key_message_posts" / NULLIF(CAST("t264"."posts" AS DOUBLE), 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 32
  ) | (
    CAST(CASE WHEN "t264"."posts" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 34
  ) | (
    CAST(CASE WHEN "t264"."posts_contracted" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 36
  ) | (
    CAST(CASE
      WHEN (
        (
          CAST("t264"."posts" AS DOUBLE) / NULLIF("t264"."posts_contracted", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 38
  ) | (
    CAST(CASE WHEN "t264"."ugc_posts" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 40
  ) | (
    CASE
      WHEN "t264"."likes" IS NOT NULL
      THEN COALESCE("t264"."likes__provenance", 0)
      ELSE 3
    END << 42
  ) | (
    CASE
      WHEN "t264"."comments" IS NOT NULL
      THEN COALESCE("t264"."comments__provenance", 0)
      ELSE 3
    END << 44
  ) | (
    CASE
      WHEN "t264"."shares" IS NOT NULL
      THEN COALESCE("t264"."shares__provenance", 0)
      ELSE 3
    END << 46
  ) | (
    CASE
      WHEN "t264"."saves" IS NOT NULL
      THEN COALESCE("t264"."saves__provenance", 0)
      ELSE 3
    END << 48
  ) | (
    CASE
      WHEN "t264"."engagements" IS NOT NULL
      THEN COALESCE("t264"."engagements__provenance", 0)
      ELSE 3
    END << 50
  ) | (
    CASE
      WHEN (
        (
          "t264"."engagement_rate_reach__first" / NULLIF("t264"."engagement_rate_reach__second", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE("t264"."engagement_rate_reach__pair__provenance", 0)
      ELSE 3
    END << 52
  ) | (
    CASE
      WHEN (
        (
          "t264"."engagement_rate_followers__first" / NULLIF("t264"."engagement_rate_followers__second", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE("t264"."engagement_rate_followers__pair__provenance", 0)
      ELSE 3
    END << 54
  ) | (
    CASE
      WHEN "t264"."er_reach_post_mean" IS NOT NULL
      THEN COALESCE("t264"."er_reach_post_mean__provenance", 0)
      ELSE 3
    END << 56
  ) | (
    CASE
      WHEN "t264"."er_reach_post_median" IS NOT NULL
      THEN COALESCE("t264"."er_reach_post_mean__provenance", 0)
      ELSE 3
    END << 58
  ) | (
    CASE
      WHEN "t264"."er_reach_account_mean" IS NOT NULL
      THEN COALESCE("t264"."er_reach_account_mean__provenance", 0)
      ELSE 3
    END << 60
  ) AS "provenance__0",
  (
    CASE
      WHEN "t264"."er_reach_account_median" IS NOT NULL
      THEN COALESCE("t264"."er_reach_account_median__provenance", 0)
      ELSE 3
    END << 0
  ) | (
    CASE
      WHEN "t264"."er_followers_post_mean" IS NOT NULL
      THEN COALESCE("t264"."er_followers_post_mean__provenance", 0)
      ELSE 3
    END << 2
  ) | (
    CASE
      WHEN "t264"."er_followers_post_median" IS NOT NULL
      THEN COALESCE("t264"."er_followers_post_mean__provenance", 0)
      ELSE 3
    END << 4
  ) | (
    CASE
      WHEN "t264"."er_followers_account_mean" IS NOT NULL
      THEN COALESCE("t264"."er_followers_account_mean__provenance", 0)
      ELSE 3
    END << 6
  ) | (
    CASE
      WHEN "t264"."er_followers_account_median" IS NOT NULL
      THEN COALESCE("t264"."er_followers_account_median__provenance", 0)
      ELSE 3
    END << 8
  ) | (
    CASE
      WHEN (
        (
          "t264"."engagement_rate_impressions__first" / NULLIF("t264"."engagement_rate_impressions__second", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE("t264"."engagement_rate_impressions__pair__provenance", 0)
      ELSE 3
    END << 10
  ) | (
    CASE
      WHEN "t264"."er_impressions_post_mean" IS NOT NULL
      THEN COALESCE("t264"."er_impressions_post_mean__provenance", 0)
      ELSE 3
    END << 12
  ) | (
    CASE
      WHEN "t264"."er_impressions_post_median" IS NOT NULL
      THEN COALESCE("t264"."er_impressions_post_mean__provenance", 0)
      ELSE 3
    END << 14
  ) | (
    CASE
      WHEN "t264"."er_impressions_account_mean" IS NOT NULL
      THEN COALESCE("t264"."er_impressions_account_mean__provenance", 0)
      ELSE 3
    END << 16
  ) | (
    CASE
      WHEN "t264"."er_impressions_account_median" IS NOT NULL
      THEN COALESCE("t264"."er_impressions_account_median__provenance", 0)
      ELSE 3
    END << 18
  ) | (
    CASE
      WHEN (
        (
          "t264"."engagement_rate_views__first" / NULLIF("t264"."engagement_rate_views__second", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE("t264"."engagement_rate_views__pair__provenance", 0)
      ELSE 3
    END << 20
  ) | (
    CASE
      WHEN "t264"."er_views_post_mean" IS NOT NULL
      THEN COALESCE("t264"."er_views_post_mean__provenance", 0)
      ELSE 3
    END << 22
  ) | (
    CASE
      WHEN "t264"."er_views_post_median" IS NOT NULL
      THEN COALESCE("t264"."er_views_post_mean__provenance", 0)
      ELSE 3
    END << 24
  ) | (
    CASE
      WHEN "t264"."er_views_account_mean" IS NOT NULL
      THEN COALESCE("t264"."er_views_account_mean__provenance", 0)
      ELSE 3
    END << 26
  ) | (
    CASE
      WHEN "t264"."er_views_account_median" IS NOT NULL
      THEN COALESCE("t264"."er_views_account_median__provenance", 0)
      ELSE 3
    END << 28
  ) | (
    CASE
      WHEN "t264"."clicks" IS NOT NULL
      THEN COALESCE("t264"."clicks__provenance", 0)
      ELSE 3
    END << 30
  ) | (
    CASE
      WHEN "t264"."followers_gained" IS NOT NULL
      THEN COALESCE("t264"."followers_gained__provenance", 0)
      ELSE 3
    END << 32
  ) | (
    CASE
      WHEN (
        (
          "t264"."follower_growth_rate__first" / NULLIF("t264"."follower_growth_rate__second", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE("t264"."follower_growth_rate__pair__provenance", 0)
      ELSE 3
    END << 34
  ) | (
    CASE
      WHEN (
        "t264"."followers_gained_above_trend__first" - "t264"."followers_gained_above_trend__second"
      ) IS NOT NULL
      THEN COALESCE("t264"."followers_gained_above_trend__pair__provenance", 0)
      ELSE 3
    END << 36
  ) | (
    CASE
      WHEN "t264"."brand_followers_gained" IS NOT NULL
      THEN COALESCE("t264"."brand_followers_gained__provenance", 0)
      ELSE 3
    END << 38
  ) | (
    CASE
      WHEN (
        (
          "t264"."brand_follower_growth_rate__first" / NULLIF("t264"."brand_follower_growth_rate__second", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE("t264"."brand_follower_growth_rate__pair__provenance", 0)
      ELSE 3
    END << 40
  ) | (
    CASE
      WHEN (
        "t264"."brand_followers_gained_above_trend__first" - "t264"."brand_followers_gained_above_trend__second"
      ) IS NOT NULL
      THEN COALESCE("t264"."brand_followers_gained_above_trend__pair__provenance", 0)
      ELSE 3
    END << 42
  ) | (
    CAST(CASE WHEN "t264"."link_clicks" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 44
  ) | (
    CAST(CASE WHEN "t264"."unique_link_clicks" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 46
  ) | (
    CAST(CASE WHEN "t264"."bot_link_clicks" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 48
  ) | (
    CASE
      WHEN (
        (
          "t264"."link_clicks" / NULLIF("t264"."impressions_with_estimates", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE("t264"."impressions_with_estimates__provenance", 0)
      ELSE 3
    END << 50
  ) | (
    CAST(CASE WHEN "t264"."sessions" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 52
  ) | (
    CAST(CASE WHEN "t264"."new_users" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 54
  ) | (
    CAST(CASE
      WHEN (
        (
          "t264"."bounced_sessions" / NULLIF("t264"."sessions", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 56
  ) | (
    CAST(CASE
      WHEN (
        "t264"."session_seconds" / NULLIF("t264"."sessions", 0)
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 58
  ) | (
    CAST(CASE
      WHEN (
        "t264"."page_views" / NULLIF("t264"."sessions", 0)
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 60
  ) AS "provenance__1",
  (
    CAST(CASE WHEN "t264"."key_events" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 0
  ) | (
    CAST(CASE WHEN "t264"."orders" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 2
  ) | (
    CAST(CASE
      WHEN (
        (
          "t264"."orders" / NULLIF("t264"."unique_link_clicks", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 4
  ) | (
    CAST(CASE WHEN "t264"."revenue" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 6
  ) | (
    CAST(CASE
      WHEN (
        "t264"."revenue" / NULLIF("t264"."priced_orders", 0)
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 8
  ) | (
    CAST(CASE WHEN "t264"."new_customers" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 10
  ) | (
    CAST(CASE
      WHEN (
        "t264"."revenue" / NULLIF("t264"."cost", 0)
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 12
  ) | (
    CAST(CASE
      WHEN (
        (
          (
            "t264"."revenue" - "t264"."cost"
          ) / NULLIF("t264"."cost", 0)
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
            "t264"."revenue" - "t264"."cost"
          ) / NULLIF("t264"."revenue", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 16
  ) | (
    CAST(CASE WHEN "t264"."sponsored_posts" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 18
  ) | (
    CAST(CASE
      WHEN "t264"."disclosed_sponsored_posts" IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 20
  ) | (
    CAST(CASE
      WHEN (
        (
          "t264"."disclosed_sponsored_posts" / NULLIF("t264"."sponsored_posts", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 22
  ) | (
    CAST(CASE WHEN "t264"."cost" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 24
  ) | (
    CASE
      WHEN (
        (
          "t264"."cost" / NULLIF("t264"."impressions_with_estimates", 0)
        ) * 1000
      ) IS NOT NULL
      THEN COALESCE("t264"."impressions_with_estimates__provenance", 0)
      ELSE 3
    END << 26
  ) | (
    CASE
      WHEN (
        "t264"."cost" / NULLIF("t264"."engagements", 0)
      ) IS NOT NULL
      THEN COALESCE("t264"."engagements__provenance", 0)
      ELSE 3
    END << 28
  ) | (
    CASE
      WHEN (
        "t264"."cost" / NULLIF("t264"."views", 0)
      ) IS NOT NULL
      THEN COALESCE("t264"."views__provenance", 0)
      ELSE 3
    END << 30
  ) | (
    CASE
      WHEN (
        "t264"."cost" / NULLIF("t264"."brand_followers_gained", 0)
      ) IS NOT NULL
      THEN COALESCE("t264"."brand_followers_gained__provenance", 0)
      ELSE 3
    END << 32
  ) | (
    CAST(CASE
      WHEN (
        "t264"."cost" / NULLIF("t264"."link_clicks", 0)
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 34
  ) | (
    CAST(CASE
      WHEN (
        "t264"."cost" / NULLIF("t264"."orders", 0)
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 36
  ) | (
    CAST(CASE
      WHEN (
        "t264"."cost" / NULLIF("t264"."new_customers", 0)
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 38
  ) | (
    CAST(CASE
      WHEN (
        "t264"."cost" / NULLIF("t264"."key_events", 0)
      ) IS NOT NULL
      THEN COALESCE(0, 0)
      ELSE 3
    END AS BIGINT) << 40
  ) | (
    CASE
      WHEN "t264"."emv" IS NOT NULL
      THEN COALESCE("t264"."emv__provenance", 0)
      ELSE 3
    END << 42
  ) | (
    CASE
      WHEN "t264"."emv_authentic" IS NOT NULL
      THEN COALESCE("t264"."emv_authentic__provenance", 0)
      ELSE 3
    END << 44
  ) | (
    CASE
      WHEN (
        "t264"."emv" / NULLIF("t264"."cost", 0)
      ) IS NOT NULL
      THEN COALESCE("t264"."emv__provenance", 0)
      ELSE 3
    END << 46
  ) | (
    CAST(CASE WHEN "t264"."paid_impressions" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 48
  ) | (
    CAST(CASE WHEN "t264"."paid_clicks" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 50
  ) | (
    CAST(CASE WHEN "t264"."paid_views" IS NOT NULL THEN COALESCE(0, 0) ELSE 3 END AS BIGINT) << 52
  ) | (
    CASE
      WHEN (
        (
          "t264"."impressions_vs_paid__first" / NULLIF("t264"."impressions_vs_paid__second", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE("t264"."impressions_vs_paid__pair__provenance", 0)
      ELSE 3
    END << 54
  ) | (
    CASE
      WHEN (
        (
          "t264"."clicks_vs_paid__first" / NULLIF("t264"."clicks_vs_paid__second", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE("t264"."clicks_vs_paid__pair__provenance", 0)
      ELSE 3
    END << 56
  ) | (
    CASE
      WHEN (
        (
          "t264"."views_vs_paid__first" / NULLIF("t264"."views_vs_paid__second", 0)
        ) * 100
      ) IS NOT NULL
      THEN COALESCE("t264"."views_vs_paid__pair__provenance", 0)
      ELSE 3
    END << 58
  ) AS "provenance__2"
FROM (
  SELECT
    "t259"."week",
    "t259"."key_messages",
    "t259"."platforms_selected",
    "t259"."influencers_contacted",
    "t259"."influencers_interested",
    "t259"."influencers_activated",
    "t259"."products_sent",
    "t259"."reach",
    "t259"."impressions",
    "t259"."views",
    "t259"."impressions_with_estimates",
    "t259"."reach_rate__first",
    "t259"."reach_rate__second",
    "t259"."brand_mentions",
    "t259"."mentions",
    "t259"."brand_mention_engagements",
    "t259"."mention_engagements",
    "t259"."key_message_posts",
    "t259"."posts",
    "t259"."posts_contracted",
    "t259"."ugc_posts",
    "t259"."likes",
    "t259"."comments",
    "t259"."shares",
    "t259"."saves",
    "t259"."engagements",
    "t259"."engagement_rate_reach__first",
    "t259"."engagement_rate_reach__second",
    "t259"."engagement_rate_followers__first",
    "t259"."engagement_rate_followers__second",
    "t259"."er_reach_post_mean",
    "t259"."er_reach_post_median",
    "t259"."er_followers_post_mean",
    "t259"."er_followers_post_median",
    "t259"."engagement_rate_impressions__first",
    "t259"."engagement_rate_impressions__second",
    "t259"."er_impressions_post_mean",
    "t259"."er_impressions_post_median",
    "t259"."engagement_rate_views__first",
    "t259"."engagement_rate_views__second",
    "t259"."er_views_post_mean",
    "t259"."er_views_post_median",
    "t259"."clicks",
    "t259"."followers_gained",
    "t259"."follower_growth_rate__first",
    "t259"."follower_growth_rate__second",
    "t259"."followers_gained_above_trend__first",
    "t259"."followers_gained_above_trend__second",
    "t259"."brand_followers_gained",
    "t259"."brand_follower_growth_rate__first",
    "t259"."brand_follower_growth_rate__second",
    "t259"."brand_followers_gained_above_trend__first",
    "t259"."brand_followers_gained_above_trend__second",
    "t259"."cost",
    "t259"."sponsored_posts",
    "t259"."disclosed_sponsored_posts",
    "t259"."emv",
    "t259"."emv_authentic",
    "t259"."paid_impressions",
    "t259"."paid_clicks",
    "t259"."paid_views",
    "t259"."impressions_vs_paid__first",
    "t259"."impressions_vs_paid__second",
    "t259"."clicks_vs_paid__first",
    "t259"."clicks_vs_paid__second",
    "t259"."views_vs_paid__first",
    "t259"."views_vs_paid__second",
    "t259"."reach__provenance",
    "t259"."impressions__provenance",
    "t259"."views__provenance",
    "t259"."impressions_with_estimates__provenance",
    "t259"."reach_rate__pair__provenance",
    "t259"."likes__provenance",
    "t259"."comments__provenance",
    "t259"."shares__provenance",
    "t259"."saves__provenance",
    "t259"."engagements__provenance",
    "t259"."engagement_rate_reach__pair__provenance",
    "t259"."engagement_rate_followers__pair__provenance",
    "t259"."er_reach_post_mean__provenance",
    "t259"."er_followers_post_mean__provenance",
    "t259"."engagement_rate_impressions__pair__provenance",
    "t259"."er_impressions_post_mean__provenance",
    "t259"."engagement_rate_views__pair__provenance",
    "t259"."er_views_post_mean__provenance",
    "t259"."clicks__provenance",
    "t259"."followers_gained__provenance",
    "t259"."follower_growth_rate__pair__provenance",
    "t259"."followers_gained_above_trend__pair__provenance",
    "t259"."brand_followers_gained__provenance",
    "t259"."brand_follower_growth_rate__pair__provenance",
    "t259"."brand_followers_gained_above_trend__pair__provenance",
    "t259"."emv__provenance",
    "t259"."emv_authentic__provenance",
    "t259"."impressions_vs_paid__pair__provenance",
    "t259"."clicks_vs_paid__pair__provenance",
    "t259"."views_vs_paid__pair__provenance",
    "t259"."link_clicks",
    "t259"."unique_link_clicks",
    "t259"."bot_link_clicks",
    "t259"."sessions",
    "t259"."new_users",
    "t259"."bounced_sessions",
    "t259"."session_seconds",
    "t259"."page_views",
    "t259"."key_events",
    "t259"."orders",
    "t259"."revenue",
    "t259"."priced_orders",
    "t259"."new_customers",
    "t263"."er_reach_account_mean",
    "t263"."er_reach_account_median",
    "t263"."er_followers_account_mean",
    "t263"."er_followers_account_median",
    "t263"."er_impressions_account_mean",
    "t263"."er_impressions_account_median",
    "t263"."er_views_account_mean",
    "t263"."er_views_account_median",
    "t263"."er_reach_account_mean__provenance",
    "t263"."er_reach_account_median__provenance",
    "t263"."er_followers_account_mean__provenance",
    "t263"."er_followers_account_median__provenance",
    "t263"."er_impressions_account_mean__provenance",
    "t263"."er_impressions_account_median__provenance",
    "t263"."er_views_account_mean__provenance",
    "t263"."er_views_account_median__provenance"
  FROM (
    SELECT
      "t256"."week",
      MAX("t256"."key_messages") AS "key_messages",
      COALESCE(MAX("t256"."platforms_selected"), 0) AS "platforms_selected",
      MAX("t256"."influencers_contacted") AS "influencers_contacted",
      MAX("t256"."influencers_interested") AS "influencers_interested",
      COALESCE(MAX("t256"."influencers_activated"), 0) AS "influencers_activated",
      MAX("t256"."products_sent") AS "products_sent",
      MAX("t256"."reach") AS "reach",
      MAX("t256"."impressions") AS "impressions",
      MAX("t256"."views") AS "views",
      MAX("t256"."impressions_with_estimates") AS "impressions_with_estimates",
      MAX("t256"."reach_rate__first") AS "reach_rate__first",
      MAX("t256"."reach_rate__second") AS "reach_rate__second",
      MAX("t256"."brand_mentions") AS "brand_mentions",
      MAX("t256"."mentions") AS "mentions",
      MAX("t256"."brand_mention_engagements") AS "brand_mention_engagements",
      MAX("t256"."mention_engagements") AS "mention_engagements",
      MAX("t256"."key_message_posts") AS "key_message_posts",
      COALESCE(MAX("t256"."posts"), 0) AS "posts",
      MAX("t256"."posts_contracted") AS "posts_contracted",
      COALESCE(MAX("t256"."ugc_posts"), 0) AS "ugc_posts",
      MAX("t256"."likes") AS "likes",
      MAX("t256"."comments") AS "comments",
      MAX("t256"."shares") AS "shares",
      MAX("t256"."saves") AS "saves",
      MAX("t256"."engagements") AS "engagements",
      MAX("t256"."engagement_rate_reach__first") AS "engagement_rate_reach__first",
      MAX("t256"."engagement_rate_reach__second") AS "engagement_rate_reach__second",
      MAX("t256"."engagement_rate_followers__first") AS "engagement_rate_followers__first",
      MAX("t256"."engagement_rate_followers__second") AS "engagement_rate_followers__second",
      MAX("t256"."er_reach_post_mean") AS "er_reach_post_mean",
      MAX("t256"."er_reach_post_median") AS "er_reach_post_median",
      MAX("t256"."er_followers_post_mean") AS "er_followers_post_mean",
      MAX("t256"."er_followers_post_median") AS "er_followers_post_median",
      MAX("t256"."engagement_rate_impressions__first") AS "engagement_rate_impressions__first",
      MAX("t256"."engagement_rate_impressions__second") AS "engagement_rate_impressions__second",
      MAX("t256"."er_impressions_post_mean") AS "er_impressions_post_mean",
      MAX("t256"."er_impressions_post_median") AS "er_impressions_post_median",
      MAX("t256"."engagement_rate_views__first") AS "engagement_rate_views__first",
      MAX("t256"."engagement_rate_views__second") AS "engagement_rate_views__second",
      MAX("t256"."er_views_post_mean") AS "er_views_post_mean",
      MAX("t256"."er_views_post_median") AS "er_views_post_median",
      MAX("t256"."clicks") AS "clicks",
      MAX("t256"."followers_gained") AS "followers_gained",
      MAX("t256"."follower_growth_rate__first") AS "follower_growth_rate__first",
      MAX("t256"."follower_growth_rate__second") AS "follower_growth_rate__second",
      MAX("t256"."followers_gained_above_trend__first") AS "followers_gained_above_trend__first",
      MAX("t256"."followers_gained_above_trend__second") AS "followers_gained_above_trend__second",
      MAX("t256"."brand_followers_gained") AS "brand_followers_gained",
      MAX("t256"."brand_follower_growth_rate__first") AS "brand_follower_growth_rate__first",
      MAX("t256"."brand_follower_growth_rate__second") AS "brand_follower_growth_rate__second",
      MAX("t256"."brand_followers_gained_above_trend__first") AS "brand_followers_gained_above_trend__first",
      MAX("t256"."brand_followers_gained_above_trend__second") AS "brand_followers_gained_above_trend__second",
      MAX("t256"."cost") AS "cost",
      MAX("t256"."sponsored_posts") AS "sponsored_posts",
      MAX("t256"."disclosed_sponsored_posts") AS "disclosed_sponsored_posts",
      MAX("t256"."emv") AS "emv",
      MAX("t256"."emv_authentic") AS "emv_authentic",
      MAX("t256"."paid_impressions") AS "paid_impressions",
      MAX("t256"."paid_clicks") AS "paid_clicks",
      MAX("t256"."paid_views") AS "paid_views",
      MAX("t256"."impressions_vs_paid__first") AS "impressions_vs_paid__first",
      MAX("t256"."impressions_vs_paid__second") AS "impressions_vs_paid__second",
      MAX("t256"."clicks_vs_paid__first") AS "clicks_vs_paid__first",
      MAX("t256"."clicks_vs_paid__second") AS "clicks_vs_paid__second",
      MAX("t256"."views_vs_paid__first") AS "views_vs_paid__first",
      MAX("t256"."views_vs_paid__second") AS "views_vs_paid__second",
      MAX("t256"."reach__provenance") AS "reach__provenance",
      MAX("t256"."impressions__provenance") AS "impressions__provenance",
      MAX("t256"."views__provenance") AS "views__provenance",
      MAX("t256"."impressions_with_estimates__provenance") AS "impressions_with_estimates__provenance",
      MAX("t256"."reach_rate__pair__provenance") AS "reach_rate__pair__provenance",
      MAX("t256"."likes__provenance") AS "likes__provenance",
      MAX("t256"."comments__provenance") AS "comments__provenance",
      MAX("t256"."shares__provenance") AS "shares__provenance",
      MAX("t256"."saves__provenance") AS "saves__provenance",
      MAX("t256"."engagements__provenance") AS "engagements__provenance",
      MAX("t256"."engagement_rate_reach__pair__provenance") AS "engagement_rate_reach__pair__provenance",
      MAX("t256"."engagement_rate_followers__pair__provenance") AS "engagement_rate_followers__pair__provenance",
      MAX("t256"."er_reach_post_mean__provenance") AS "er_reach_post_mean__provenance",
      MAX("t256"."er_followers_post_mean__provenance") AS "er_followers_post_mean__provenance",
      MAX("t256"."engagement_rate_impressions__pair__provenance") AS "engagement_rate_impressions__pair__provenance",
      MAX("t256"."er_impressions_post_mean__provenance") AS "er_impressions_post_mean__provenance",
      MAX("t256"."engagement_rate_views__pair__provenance") AS "engagement_rate_views__pair__provenance",
      MAX("t256"."er_views_post_mean__provenance") AS "er_views_post_mean__provenance",
      MAX("t256"."clicks__provenance") AS "clicks__provenance",
      MAX("t256"."followers_gained__provenance") AS "followers_gained__provenance",
      MAX("t256"."follower_growth_rate__pair__provenance") AS "follower_growth_rate__pair__provenance",
      MAX("t256"."followers_gained_above_trend__pair__provenance") AS "followers_gained_above_trend__pair__provenance",
      MAX("t256"."brand_followers_gained__provenance") AS "brand_followers_gained__provenance",
      MAX("t256"."brand_follower_growth_rate__pair__provenance") AS "brand_follower_growth_rate__pair__provenance",
      MAX("t256"."brand_followers_gained_above_trend__pair__provenance") AS "brand_followers_gained_above_trend__pair__provenance",
      MAX("t256"."emv__provenance") AS "emv__provenance",
      MAX("t256"."emv_authentic__provenance") AS "emv_authentic__provenance",
      MAX("t256"."impressions_vs_paid__pair__provenance") AS "impressions_vs_paid__pair__provenance",
      MAX("t256"."clicks_vs_paid__pair__provenance") AS "clicks_vs_paid__pair__provenance",
      MAX("t256"."views_vs_paid__pair__provenance") AS "views_vs_paid__pair__provenance",
      MAX("t256"."link_clicks") AS "link_clicks",
      MAX("t256"."unique_link_clicks") AS "unique_link_clicks",
      MAX("t256"."bot_link_clicks") AS "bot_link_clicks",
      MAX("t256"."sessions") AS "sessions",
      MAX("t256"."new_users") AS "new_users",
      MAX("t256"."bounced_sessions") AS "bounced_sessions",
      MAX("t256"."session_seconds") AS "session_seconds",
      MAX("t256"."page_views") AS "page_views",
      MAX("t256"."key_events") AS "key_events",
      MAX("t256"."orders") AS "orders",
      MAX("t256"."revenue") AS "revenue",
      MAX("t256"."priced_orders") AS "priced_orders",
      MAX("t256"."new_customers") AS "new_customers"
    FROM (
      SELECT
        *
      FROM (
        SELECT
          "t253"."week",
          "t253"."key_messages",
          "t253"."platforms_selected",
          "t253"."influencers_contacted",
          "t253"."influencers_interested",
          "t253"."influencers_activated",
          "t253"."products_sent",
          "t253"."reach",
          "t253"."impressions",
          "t253"."views",
          "t253"."impressions_with_estimates",
          "t253"."reach_rate__first",
          "t253"."reach_rate__second",
          "t253"."brand_mentions",
          "t253"."mentions",
          "t253"."brand_mention_engagements",
          "t253"."mention_engagements",
          "t253"."key_message_posts",
          "t253"."posts",
          "t253"."posts_contracted",
          "t253"."ugc_posts",
          "t253"."likes",
          "t253"."comments",
          "t253"."shares",
          "t253"."saves",
          "t253"."engagements",
          "t253"."engagement_rate_reach__first",
          "t253"."engagement_rate_reach__second",
          "t253"."engagement_rate_followers__first",
          "t253"."engagement_rate_followers__second",
          "t253"."er_reach_post_mean",
          "t253"."er_reach_post_median",
          "t253"."er_followers_post_mean",
          "t253"."er_followers_post_median",
          "t253"."engagement_rate_impressions__first",
          "t253"."engagement_rate_impressions__second",
          "t253"."er_impressions_post_mean",
          "t253"."er_impressions_post_median",
          "t253"."engagement_rate_views__first",
          "t253"."engagement_rate_views__second",
          "t253"."er_views_post_mean",
          "t253"."er_views_post_median",
          "t253"."clicks",
          "t253"."followers_gained",
          "t253"."follower_growth_rate__first",
          "t253"."follower_growth_rate__second",
          "t253"."followers_gained_above_trend__first",
          "t253"."followers_gained_above_trend__second",
          "t253"."brand_followers_gained",
          "t253"."brand_follower_growth_rate__first",
          "t253"."brand_follower_growth_rate__second",
          "t253"."brand_followers_gained_above_trend__first",
          "t253"."brand_followers_gained_above_trend__second",
          "t253"."cost",
          "t253"."sponsored_posts",
          "t253"."disclosed_sponsored_posts",
          "t253"."emv",
          "t253"."emv_authentic",
          "t253"."paid_impressions",
          "t253"."paid_clicks",
          "t253"."paid_views",
          "t253"."impressions_vs_paid__first",
          "t253"."impressions_vs_paid__second",
          "t253"."clicks_vs_paid__first",
          "t253"."clicks_vs_paid__second",
          "t253"."views_vs_paid__first",
          "t253"."views_vs_paid__second",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 0
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 0
            ) & 3
          END AS "reach__provenance",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 2
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 2
            ) & 3
          END AS "impressions__provenance",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 4
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 4
            ) & 3
          END AS "views__provenance",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 6
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 6
            ) & 3
          END AS "impressions_with_estimates__provenance",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 8
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 8
            ) & 3
          END AS "reach_rate__pair__provenance",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 10
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 10
            ) & 3
          END AS "likes__provenance",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 12
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 12
            ) & 3
          END AS "comments__provenance",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 14
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 14
            ) & 3
          END AS "shares__provenance",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 16
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 16
            ) & 3
          END AS "saves__provenance",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 18
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 18
            ) & 3
          END AS "engagements__provenance",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 20
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 20
            ) & 3
          END AS "engagement_rate_reach__pair__provenance",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 22
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 22
            ) & 3
          END AS "engagement_rate_followers__pair__provenance",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 24
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 24
            ) & 3
          END AS "er_reach_post_mean__provenance",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 26
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 26
            ) & 3
          END AS "er_followers_post_mean__provenance",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 28
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 28
            ) & 3
          END AS "engagement_rate_impressions__pair__provenance",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 30
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 30
            ) & 3
          END AS "er_impressions_post_mean__provenance",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 32
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 32
            ) & 3
          END AS "engagement_rate_views__pair__provenance",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 34
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 34
            ) & 3
          END AS "er_views_post_mean__provenance",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 36
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 36
            ) & 3
          END AS "clicks__provenance",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 38
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 38
            ) & 3
          END AS "followers_gained__provenance",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 40
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 40
            ) & 3
          END AS "follower_growth_rate__pair__provenance",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 42
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 42
            ) & 3
          END AS "followers_gained_above_trend__pair__provenance",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 44
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 44
            ) & 3
          END AS "brand_followers_gained__provenance",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 46
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 46
            ) & 3
          END AS "brand_follower_growth_rate__pair__provenance",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 48
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 48
            ) & 3
          END AS "brand_followers_gained_above_trend__pair__provenance",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 50
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 50
            ) & 3
          END AS "emv__provenance",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 52
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 52
            ) & 3
          END AS "emv_authentic__provenance",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 54
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 54
            ) & 3
          END AS "impressions_vs_paid__pair__provenance",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 56
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 56
            ) & 3
          END AS "clicks_vs_paid__pair__provenance",
          CASE
            WHEN (
              (
                "t253"."ranks__0" >> 58
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t253"."ranks__0" >> 58
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
            "t251"."week",
            SUM("t251"."key_messages") AS "key_messages",
            COUNT(DISTINCT "t251"."post_platform") AS "platforms_selected",
            SUM("t251"."influencers_contacted") AS "influencers_contacted",
            SUM("t251"."influencers_interested") AS "influencers_interested",
            COUNT(DISTINCT "t251"."publishing_influencer") AS "influencers_activated",
            SUM("t251"."products_sent") AS "products_sent",
            SUM("t251"."reach") AS "reach",
            SUM("t251"."impressions") AS "impressions",
            SUM("t251"."views") AS "views",
            SUM("t251"."impressions_with_estimates") AS "impressions_with_estimates",
            SUM("t251"."reach") FILTER(WHERE
              (
                "t251"."reach" IS NOT NULL
              ) AND (
                "t251"."followers" IS NOT NULL
              )) AS "reach_rate__first",
            SUM("t251"."followers") FILTER(WHERE
              (
                "t251"."reach" IS NOT NULL
              ) AND (
                "t251"."followers" IS NOT NULL
              )) AS "reach_rate__second",
            SUM("t251"."brand_mentions") AS "brand_mentions",
            SUM("t251"."mentions") AS "mentions",
            SUM("t251"."brand_mention_engagements") AS "brand_mention_engagements",
            SUM("t251"."mention_engagements") AS "mention_engagements",
            SUM("t251"."key_message_posts") AS "key_message_posts",
            COUNT("t251"."post_id") AS "posts",
            SUM("t251"."posts_contracted") AS "posts_contracted",
            COUNT(DISTINCT "t251"."ugc_post") AS "ugc_posts",
            SUM("t251"."likes") AS "likes",
            SUM("t251"."comments") AS "comments",
            SUM("t251"."shares") AS "shares",
            SUM("t251"."saves") AS "saves",
            SUM("t251"."engagements") AS "engagements",
            SUM("t251"."engagements") FILTER(WHERE
              (
                "t251"."engagements" IS NOT NULL
              ) AND (
                "t251"."reach" IS NOT NULL
              )) AS "engagement_rate_reach__first",
            SUM("t251"."reach") FILTER(WHERE
              (
                "t251"."engagements" IS NOT NULL
              ) AND (
                "t251"."reach" IS NOT NULL
              )) AS "engagement_rate_reach__second",
            SUM("t251"."engagements") FILTER(WHERE
              (
                "t251"."engagements" IS NOT NULL
              ) AND (
                "t251"."followers" IS NOT NULL
              )) AS "engagement_rate_followers__first",
            SUM("t251"."followers") FILTER(WHERE
              (
                "t251"."engagements" IS NOT NULL
              ) AND (
                "t251"."followers" IS NOT NULL
              )) AS "engagement_rate_followers__second",
            AVG("t251"."er_reach_post") AS "er_reach_post_mean",
            QUANTILE_CONT("t251"."er_reach_post", 0.5) AS "er_reach_post_median",
            AVG("t251"."er_followers_post") AS "er_followers_post_mean",
            QUANTILE_CONT("t251"."er_followers_post", 0.5) AS "er_followers_post_median",
            SUM("t251"."engagements") FILTER(WHERE
              (
                "t251"."engagements" IS NOT NULL
              ) AND (
                "t251"."impressions" IS NOT NULL
              )) AS "engagement_rate_impressions__first",
            SUM("t251"."impressions") FILTER(WHERE
              (
                "t251"."engagements" IS NOT NULL
              ) AND (
                "t251"."impressions" IS NOT NULL
              )) AS "engagement_rate_impressions__second",
            AVG("t251"."er_impressions_post") AS "er_impressions_post_mean",
            QUANTILE_CONT("t251"."er_impressions_post", 0.5) AS "er_impressions_post_median",
            SUM("t251"."engagements") FILTER(WHERE
              (
                "t251"."engagements" IS NOT NULL
              ) AND (
                "t251"."views" IS NOT NULL
              )) AS "engagement_rate_views__first",
            SUM("t251"."views") FILTER(WHERE
              (
                "t251"."engagements" IS NOT NULL
              ) AND (
                "t251"."views" IS NOT NULL
              )) AS "engagement_rate_views__second",
            AVG("t251"."er_views_post") AS "er_views_post_mean",
            QUANTILE_CONT("t251"."er_views_post", 0.5) AS "er_views_post_median",
            SUM("t251"."clicks") AS "clicks",
            SUM("t251"."followers_gained") AS "followers_gained",
            SUM("t251"."followers_gained") FILTER(WHERE
              (
                "t251"."followers_gained" IS NOT NULL
              )
              AND (
                "t251"."followers_start" IS NOT NULL
              )) AS "follower_growth_rate__first",
            SUM("t251"."followers_start") FILTER(WHERE
              (
                "t251"."followers_gained" IS NOT NULL
              )
              AND (
                "t251"."followers_start" IS NOT NULL
              )) AS "follower_growth_rate__second",
            SUM("t251"."followers_gained") FILTER(WHERE
              (
                "t251"."followers_gained" IS NOT NULL
              )
              AND (
                "t251"."followers_expected_gain" IS NOT NULL
              )) AS "followers_gained_above_trend__first",
            SUM("t251"."followers_expected_gain") FILTER(WHERE
              (
                "t251"."followers_gained" IS NOT NULL
              )
              AND (
                "t251"."followers_expected_gain" IS NOT NULL
              )) AS "followers_gained_above_trend__second",
            SUM("t251"."brand_followers_gained") AS "brand_followers_gained",
            SUM("t251"."brand_followers_gained") FILTER(WHERE
              (
                "t251"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t251"."brand_followers_start" IS NOT NULL
              )) AS "brand_follower_growth_rate__first",
            SUM("t251"."brand_followers_start") FILTER(WHERE
              (
                "t251"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t251"."brand_followers_start" IS NOT NULL
              )) AS "brand_follower_growth_rate__second",
            SUM("t251"."brand_followers_gained") FILTER(WHERE
              (
                "t251"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t251"."brand_followers_expected_gain" IS NOT NULL
              )) AS "brand_followers_gained_above_trend__first",
            SUM("t251"."brand_followers_expected_gain") FILTER(WHERE
              (
                "t251"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t251"."brand_followers_expected_gain" IS NOT NULL
              )) AS "brand_followers_gained_above_trend__second",
            SUM("t251"."cost") AS "cost",
            SUM("t251"."sponsored_posts") AS "sponsored_posts",
            SUM("t251"."disclosed_sponsored_posts") AS "disclosed_sponsored_posts",
            SUM("t251"."emv") AS "emv",
            SUM("t251"."emv_authentic") AS "emv_authentic",
            SUM("t251"."paid_impressions") AS "paid_impressions",
            SUM("t251"."paid_clicks") AS "paid_clicks",
            SUM("t251"."paid_views") AS "paid_views",
            SUM("t251"."impressions_with_estimates") FILTER(WHERE
              (
                "t251"."impressions_with_estimates" IS NOT NULL
              )
              AND (
                "t251"."paid_impressions" IS NOT NULL
              )) AS "impressions_vs_paid__first",
            SUM("t251"."paid_impressions") FILTER(WHERE
              (
                "t251"."impressions_with_estimates" IS NOT NULL
              )
              AND (
                "t251"."paid_impressions" IS NOT NULL
              )) AS "impressions_vs_paid__second",
            SUM("t251"."clicks") FILTER(WHERE
              (
                "t251"."clicks" IS NOT NULL
              ) AND (
                "t251"."paid_clicks" IS NOT NULL
              )) AS "clicks_vs_paid__first",
            SUM("t251"."paid_clicks") FILTER(WHERE
              (
                "t251"."clicks" IS NOT NULL
              ) AND (
                "t251"."paid_clicks" IS NOT NULL
              )) AS "clicks_vs_paid__second",
            SUM("t251"."views") FILTER(WHERE
              (
                "t251"."views" IS NOT NULL
              ) AND (
                "t251"."paid_views" IS NOT NULL
              )) AS "views_vs_paid__first",
            SUM("t251"."paid_views") FILTER(WHERE
              (
                "t251"."views" IS NOT NULL
              ) AND (
                "t251"."paid_views" IS NOT NULL
              )) AS "views_vs_paid__second",
            BIT_OR("t251"."ranks__0") AS "ranks__0"
          FROM "kpi_facts" AS "t251"
          GROUP BY
            1
        ) AS "t253"
      ) AS "t255"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          "t182"."week",
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
          "t182"."link_clicks",
          "t182"."unique_link_clicks",
          "t182"."bot_link_clicks",
          "t182"."sessions",
          "t182"."new_users",
          "t182"."bounced_sessions",
          "t182"."session_seconds",
          "t182"."page_views",
          "t182"."key_events",
          "t182"."orders",
          "t182"."revenue",
          "t182"."priced_orders",
          "t182"."new_customers"
        FROM (
          SELECT
            "t177"."week",
            SUM("t177"."link_clicks") AS "link_clicks",
            SUM("t177"."unique_link_clicks") AS "unique_link_clicks",
            SUM("t177"."bot_link_clicks") AS "bot_link_clicks",
            SUM("t177"."sessions") AS "sessions",
            SUM("t177"."new_users") AS "new_users",
            SUM("t177"."bounced_sessions") AS "bounced_sessions",
            SUM("t177"."session_seconds") AS "session_seconds",
            SUM("t177"."page_views") AS "page_views",
            SUM("t177"."key_events") AS "key_events",
            SUM("t177"."orders") AS "orders",
            SUM("t177"."revenue") AS "revenue",
            SUM("t177"."priced_orders") AS "priced_orders",
            SUM("t177"."new_customers") AS "new_customers"
          FROM (
            SELECT
              "t152"."campaign_id",
              "t152"."account_id",
              "t152"."day",
              "t152"."link_clicks",
              "t152"."unique_link_clicks",
              "t152"."bot_link_clicks",
              "t152"."sessions",
              "t152"."new_users",
              "t152"."bounced_sessions",
              "t152"."session_seconds",
              "t152"."page_views",
              "t152"."key_events",
              "t152"."orders",
              "t152"."priced_orders",
              "t152"."revenue",
              "t152"."new_customers",
              DATE_TRUNC('WEEK', "t152"."day") AS "week"
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    "t136"."campaign_id",
                    CAST(NULL AS BIGINT) AS "account_id",
                    "t136"."day",
                    "t136"."link_clicks",
                    "t136"."unique_link_clicks",
                    "t136"."bot_link_clicks",
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
                      "t125"."day",
                      "t125"."link_clicks",
                      "t125"."unique_link_clicks",
                      "t125"."bot_link_clicks",
                      CAST("t15"."name" AS TEXT) AS "campaign"
                    FROM (
                      SELECT
                        "t97"."campaign_id",
                        "t97"."day",
                        SUM("t97"."link_clicks") AS "link_clicks",
                        SUM("t97"."unique_link_clicks") AS "unique_link_clicks",
                        SUM("t97"."bot_link_clicks") AS "bot_link_clicks"
                      FROM (
                        SELECT
                          CAST("t49"."campaign_id" AS BIGINT) AS "campaign_id",
                          CAST("t49"."influencer_id" AS BIGINT) AS "influencer_id",
                          CAST("t49"."platform" AS TEXT) AS "platform",
                          CAST("t48"."clicked_at" AS DATE) AS "day",
                          CAST(CAST(COALESCE(NOT (
                            "t48"."is_bot"
                          ), FALSE) AS INT) AS DOUBLE) AS "link_clicks",
                          CAST(CAST(COALESCE(NOT (
                            "t48"."is_bot"
                          ) AND "t48"."is_unique", FALSE) AS INT) AS DOUBLE) AS "unique_link_clicks",
                          CAST(CAST(COALESCE("t48"."is_bot", FALSE) AS INT) AS DOUBLE) AS "bot_link_clicks"
                        FROM (
                          SELECT
                            *
                          FROM "click" AS "t3"
                          WHERE
                            "t3"."clicked_at" <= MAKE_TIMESTAMP(2026, 3, 31, 23, 59, 59.0)
                        ) AS "t48"
                        INNER JOIN (
                          SELECT
                            *
                          FROM "link" AS "t4"
                          WHERE
                            "t4"."campaign_id" IN (1)
                        ) AS "t49"
                          ON "t48"."link_id" = "t49"."id"
                      ) AS "t97"
                      GROUP BY
                        1,
                        2
                    ) AS "t125"
                    INNER JOIN "campaign" AS "t15"
                      ON "t125"."campaign_id" = "t15"."id"
                  ) AS "t136"
                ) AS "t140"
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    "t108"."campaign_id",
                    CAST(NULL AS BIGINT) AS "account_id",
                    "t108"."day",
                    CAST(NULL AS DOUBLE) AS "link_clicks",
                    CAST(NULL AS DOUBLE) AS "unique_link_clicks",
                    CAST(NULL AS DOUBLE) AS "bot_link_clicks",
                    "t108"."sessions",
                    "t108"."new_users",
                    "t108"."bounced_sessions",
                    "t108"."session_seconds",
                    "t108"."page_views",
                    "t108"."key_events",
                    CAST(NULL AS DOUBLE) AS "orders",
                    CAST(NULL AS DOUBLE) AS "priced_orders",
                    CAST(NULL AS DOUBLE) AS "revenue",
                    CAST(NULL AS DOUBLE) AS "new_customers"
                  FROM (
                    SELECT
                      "t86"."campaign_id",
                      "t86"."day",
                      "t86"."sessions",
                      "t86"."new_users",
                      "t86"."engaged_sessions",
                      "t86"."bounced_sessions",
                      "t86"."session_seconds",
                      "t86"."page_views",
                      "t86"."key_events",
                      CAST("t15"."name" AS TEXT) AS "campaign"
                    FROM (
                      SELECT
                        "t47"."campaign_id",
                        "t47"."day",
                        SUM("t47"."sessions") AS "sessions",
                        SUM("t47"."new_users") AS "new_users",
                        SUM("t47"."engaged_sessions") AS "engaged_sessions",
                        SUM("t47"."bounced_sessions") AS "bounced_sessions",
                        SUM("t47"."session_seconds") AS "session_seconds",
                        SUM("t47"."page_views") AS "page_views",
                        SUM("t47"."key_events") AS "key_events"
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
                      ) AS "t47"
                      GROUP BY
                        1,
                        2
                    ) AS "t86"
                    INNER JOIN "campaign" AS "t15"
                      ON "t86"."campaign_id" = "t15"."id"
                  ) AS "t108"
                ) AS "t117"
              ) AS "t148"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t124"."campaign_id",
                  CAST(NULL AS BIGINT) AS "account_id",
                  "t124"."day",
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
                    "t103"."campaign_id",
                    "t103"."day",
                    "t103"."orders",
                    "t103"."priced_orders",
                    "t103"."revenue",
                    "t103"."new_customers",
                    CAST("t15"."name" AS TEXT) AS "campaign"
                  FROM (
                    SELECT
                      "t67"."campaign_id",
                      "t67"."day",
                      SUM("t67"."orders") AS "orders",
                      SUM("t67"."priced_orders") AS "priced_orders",
                      SUM("t67"."revenue") AS "revenue",
                      SUM("t67"."new_customers") AS "new_customers"
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
                    ) AS "t67"
                    GROUP BY
                      1,
                      2
                  ) AS "t103"
                  INNER JOIN "campaign" AS "t15"
                    ON "t103"."campaign_id" = "t15"."id"
                ) AS "t124"
              ) AS "t131"
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
          ) AS "t177"
          GROUP BY
            1
        ) AS "t182"
      ) AS "t184"
    ) AS "t256"
    GROUP BY
      1
  ) AS "t259"
  LEFT OUTER JOIN (
    SELECT
      "t261"."week",
      "t261"."er_reach_account_mean",
      "t261"."er_reach_account_median",
      "t261"."er_followers_account_mean",
      "t261"."er_followers_account_median",
      "t261"."er_impressions_account_mean",
      "t261"."er_impressions_account_median",
      "t261"."er_views_account_mean",
      "t261"."er_views_account_median",
      CASE
        WHEN (
          (
            "t261"."ranks__0" >> 0
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t261"."ranks__0" >> 0
        ) & 3
      END AS "er_reach_account_mean__provenance",
      CASE
        WHEN (
          (
            "t261"."ranks__0" >> 2
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t261"."ranks__0" >> 2
        ) & 3
      END AS "er_reach_account_median__provenance",
      CASE
        WHEN (
          (
            "t261"."ranks__0" >> 4
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t261"."ranks__0" >> 4
        ) & 3
      END AS "er_followers_account_mean__provenance",
      CASE
        WHEN (
          (
            "t261"."ranks__0" >> 6
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t261"."ranks__0" >> 6
        ) & 3
      END AS "er_followers_account_median__provenance",
      CASE
        WHEN (
          (
            "t261"."ranks__0" >> 8
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t261"."ranks__0" >> 8
        ) & 3
      END AS "er_impressions_account_mean__provenance",
      CASE
        WHEN (
          (
            "t261"."ranks__0" >> 10
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t261"."ranks__0" >> 10
        ) & 3
      END AS "er_impressions_account_median__provenance",
      CASE
        WHEN (
          (
            "t261"."ranks__0" >> 12
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t261"."ranks__0" >> 12
        ) & 3
      END AS "er_views_account_mean__provenance",
      CASE
        WHEN (
          (
            "t261"."ranks__0" >> 14
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t261"."ranks__0" >> 14
        ) & 3
      END AS "er_views_account_median__provenance"
    FROM (
      SELECT
        "t260"."week",
        AVG("t260"."er_reach_account_mean") AS "er_reach_account_mean",
        QUANTILE_CONT("t260"."er_reach_account_median", 0.5) AS "er_reach_account_median",
        AVG("t260"."er_followers_account_mean") AS "er_followers_account_mean",
        QUANTILE_CONT("t260"."er_followers_account_median", 0.5) AS "er_followers_account_median",
        AVG("t260"."er_impressions_account_mean") AS "er_impressions_account_mean",
        QUANTILE_CONT("t260"."er_impressions_account_median", 0.5) AS "er_impressions_account_median",
        AVG("t260"."er_views_account_mean") AS "er_views_account_mean",
        QUANTILE_CONT("t260"."er_views_account_median", 0.5) AS "er_views_account_median",
        BIT_OR("t260"."ranks__0") AS "ranks__0"
      FROM (
        SELECT
          "t257"."week",
          "t257"."account_id",
          "t257"."engagements__per__reach__n",
          "t257"."engagements__per__reach__d",
          "t257"."engagements__per__followers__n",
          "t257"."engagements__per__followers__d",
          "t257"."engagements__per__impressions__n",
          "t257"."engagements__per__impressions__d",
          "t257"."engagements__per__views__n",
          "t257"."engagements__per__views__d",
          "t257"."engagements__per__reach__r",
          "t257"."engagements__per__followers__r",
          "t257"."engagements__per__impressions__r",
          "t257"."engagements__per__views__r",
          "t257"."er_reach_account_mean",
          "t257"."er_reach_account_median",
          "t257"."er_followers_account_mean",
          "t257"."er_followers_account_median",
          "t257"."er_impressions_account_mean",
          "t257"."er_impressions_account_median",
          "t257"."er_views_account_mean",
          "t257"."er_views_account_median",
          (
            CASE
              WHEN "t257"."er_reach_account_mean" IS NOT NULL
              THEN COALESCE("t257"."engagements__per__reach__r", 0)
              ELSE 0
            END << 0
          ) | (
            CASE
              WHEN "t257"."er_reach_account_median" IS NOT NULL
              THEN COALESCE("t257"."engagements__per__reach__r", 0)
              ELSE 0
            END << 2
          ) | (
            CASE
              WHEN "t257"."er_followers_account_mean" IS NOT NULL
              THEN COALESCE("t257"."engagements__per__followers__r", 0)
              ELSE 0
            END << 4
          ) | (
            CASE
              WHEN "t257"."er_followers_account_median" IS NOT NULL
              THEN COALESCE("t257"."engagements__per__followers__r", 0)
              ELSE 0
            END << 6
          ) | (
            CASE
              WHEN "t257"."er_impressions_account_mean" IS NOT NULL
              THEN COALESCE("t257"."engagements__per__impressions__r", 0)
              ELSE 0
            END << 8
          ) | (
            CASE
              WHEN "t257"."er_impressions_account_median" IS NOT NULL
              THEN COALESCE("t257"."engagements__per__impressions__r", 0)
              ELSE 0
            END << 10
          ) | (
            CASE
              WHEN "t257"."er_views_account_mean" IS NOT NULL
              THEN COALESCE("t257"."engagements__per__views__r", 0)
              ELSE 0
            END << 12
          ) | (
            CASE
              WHEN "t257"."er_views_account_median" IS NOT NULL
              THEN COALESCE("t257"."engagements__per__views__r", 0)
              ELSE 0
            END << 14
          ) AS "ranks__0"
        FROM (
          SELECT
            "t254"."week",
            "t254"."account_id",
            "t254"."engagements__per__reach__n",
            "t254"."engagements__per__reach__d",
            "t254"."engagements__per__followers__n",
            "t254"."engagements__per__followers__d",
            "t254"."engagements__per__impressions__n",
            "t254"."engagements__per__impressions__d",
            "t254"."engagements__per__views__n",
            "t254"."engagements__per__views__d",
            CASE
              WHEN (
                (
                  "t254"."ranks__0" >> 20
                ) & 3
              ) >= 2
              THEN 2
              ELSE (
                "t254"."ranks__0" >> 20
              ) & 3
            END AS "engagements__per__reach__r",
            CASE
              WHEN (
                (
                  "t254"."ranks__0" >> 22
                ) & 3
              ) >= 2
              THEN 2
              ELSE (
                "t254"."ranks__0" >> 22
              ) & 3
            END AS "engagements__per__followers__r",
            CASE
              WHEN (
                (
                  "t254"."ranks__0" >> 28
                ) & 3
              ) >= 2
              THEN 2
              ELSE (
                "t254"."ranks__0" >> 28
              ) & 3
            END AS "engagements__per__impressions__r",
            CASE
              WHEN (
                (
                  "t254"."ranks__0" >> 32
                ) & 3
              ) >= 2
              THEN 2
              ELSE (
                "t254"."ranks__0" >> 32
              ) & 3
            END AS "engagements__per__views__r",
            (
              "t254"."engagements__per__reach__n" / NULLIF("t254"."engagements__per__reach__d", 0)
            ) * 100 AS "er_reach_account_mean",
            (
              "t254"."engagements__per__reach__n" / NULLIF("t254"."engagements__per__reach__d", 0)
            ) * 100 AS "er_reach_account_median",
            (
              "t254"."engagements__per__followers__n" / NULLIF("t254"."engagements__per__followers__d", 0)
            ) * 100 AS "er_followers_account_mean",
            (
              "t254"."engagements__per__followers__n" / NULLIF("t254"."engagements__per__followers__d", 0)
            ) * 100 AS "er_followers_account_median",
            (
              "t254"."engagements__per__impressions__n" / NULLIF("t254"."engagements__per__impressions__d", 0)
            ) * 100 AS "er_impressions_account_mean",
            (
              "t254"."engagements__per__impressions__n" / NULLIF("t254"."engagements__per__impressions__d", 0)
            ) * 100 AS "er_impressions_account_median",
            (
              "t254"."engagements__per__views__n" / NULLIF("t254"."engagements__per__views__d", 0)
            ) * 100 AS "er_views_account_mean",
            (
              "t254"."engagements__per__views__n" / NULLIF("t254"."engagements__per__views__d", 0)
            ) * 100 AS "er_views_account_median"
          FROM (
            SELECT
              "t252"."week",
              "t252"."account_id",
              SUM("t252"."engagements") FILTER(WHERE
                (
                  "t252"."engagements" IS NOT NULL
                ) AND (
                  "t252"."reach" IS NOT NULL
                )) AS "engagements__per__reach__n",
              SUM("t252"."reach") FILTER(WHERE
                (
                  "t252"."engagements" IS NOT NULL
                ) AND (
                  "t252"."reach" IS NOT NULL
                )) AS "engagements__per__reach__d",
              SUM("t252"."engagements") FILTER(WHERE
                (
                  "t252"."engagements" IS NOT NULL
                ) AND (
                  "t252"."followers" IS NOT NULL
                )) AS "engagements__per__followers__n",
              SUM("t252"."followers") FILTER(WHERE
                (
                  "t252"."engagements" IS NOT NULL
                ) AND (
                  "t252"."followers" IS NOT NULL
                )) AS "engagements__per__followers__d",
              SUM("t252"."engagements") FILTER(WHERE
                (
                  "t252"."engagements" IS NOT NULL
                ) AND (
                  "t252"."impressions" IS NOT NULL
                )) AS "engagements__per__impressions__n",
              SUM("t252"."impressions") FILTER(WHERE
                (
                  "t252"."engagements" IS NOT NULL
                ) AND (
                  "t252"."impressions" IS NOT NULL
                )) AS "engagements__per__impressions__d",
              SUM("t252"."engagements") FILTER(WHERE
                (
                  "t252"."engagements" IS NOT NULL
                ) AND (
                  "t252"."views" IS NOT NULL
                )) AS "engagements__per__views__n",
              SUM("t252"."views") FILTER(WHERE
                (
                  "t252"."engagements" IS NOT NULL
                ) AND (
                  "t252"."views" IS NOT NULL
                )) AS "engagements__per__views__d",
              BIT_OR("t252"."ranks__0") AS "ranks__0"
            FROM (
              SELECT
                *
              FROM "kpi_facts" AS "t251"
              WHERE
                "t251"."account_id" IS NOT NULL
            ) AS "t252"
            GROUP BY
              1,
              2
          ) AS "t254"
        ) AS "t257"
      ) AS "t260"
      GROUP BY
        1
    ) AS "t261"
  ) AS "t263"
    ON "t259"."week" IS NOT DISTINCT FROM "t263"."week"
) AS "t264"
ORDER BY
  "t264"."week" ASC
