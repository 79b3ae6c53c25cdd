WITH "t27" AS (
  SELECT
    *
  FROM "campaign" AS "t1"
  WHERE
    "t1"."id" IN (1)
), "t69" AS (
  SELECT
    *
  FROM (
    SELECT
      "t7"."base",
      "t7"."quote",
      "t7"."valid_on",
      CAST("t7"."rate" AS DOUBLE PRECISION) AS "rate"
    FROM "exchange_rate" AS "t7"
  ) AS "t31"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      "t7"."quote" AS "base",
      "t7"."base" AS "quote",
      "t7"."valid_on",
      CAST(1 AS DOUBLE PRECISION) / NULLIF(CAST("t7"."rate" AS DOUBLE PRECISION), 0) AS "rate"
    FROM "exchange_rate" AS "t7"
  ) AS "t65"
), "t84" AS (
  SELECT
    CAST("t59"."id" AS BIGINT) AS "key",
    CAST("t59"."currency" AS VARCHAR) AS "base",
    CAST("t17"."currency" AS VARCHAR) AS "quote",
    EXTRACT('epoch' FROM CAST("t59"."incurred_on" AS TIMESTAMPTZ)) AS "on",
    CAST("t59"."campaign_id" AS BIGINT) AS "campaign_id",
    CAST("t17"."name" AS VARCHAR) AS "campaign",
    CAST("t59"."influencer_id" AS BIGINT) AS "influencer_id",
    CAST("t59"."amount" AS DOUBLE PRECISION) AS "amount",
    "t59"."incurred_on"
  FROM (
    SELECT
      *
    FROM "cost" AS "t12"
    WHERE
      "t12"."incurred_on" <= MAKE_DATE(2026, 3, 31) AND "t12"."campaign_id" IN (1)
  ) AS "t59"
  INNER JOIN "campaign" AS "t17"
    ON "t59"."campaign_id" = "t17"."id"
), "campaign_posts_in" AS (
  SELECT
    CAST("t55"."campaign_id" AS BIGINT) AS "campaign_id",
    CAST("t18"."name" AS VARCHAR) AS "campaign",
    CAST("t42"."id" AS BIGINT) AS "influencer_id",
    CAST("t42"."name" AS VARCHAR) AS "influencer",
    CAST("t19"."id" AS BIGINT) AS "account_id",
    CAST("t19"."platform" AS VARCHAR) AS "platform",
    CAST("t55"."format" AS VARCHAR) AS "format",
    CAST("t55"."id" AS BIGINT) AS "post_id",
    "t55"."published_on" AS "day",
    "t42"."country",
    CAST("t55"."caption" AS VARCHAR) AS "caption",
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
    FROM "influencer" AS "t0"
    WHERE
      NOT (
        "t0"."is_brand"
      )
  ) AS "t42"
    ON "t19"."influencer_id" = "t42"."id"
  INNER JOIN "campaign" AS "t18"
    ON "t55"."campaign_id" = "t18"."id"
), "post_rows" AS (
  SELECT
    "t179"."campaign_id",
    "t179"."campaign",
    "t179"."influencer_id",
    "t179"."influencer",
    "t179"."account_id",
    "t179"."platform",
    "t179"."format",
    "t179"."post_id",
    "t179"."day",
    "t179"."country",
    "t179"."caption",
    "t179"."sponsored",
    "t179"."reach",
    "t179"."impressions",
    "t179"."views",
    "t179"."likes",
    "t179"."comments",
    "t179"."shares",
    "t179"."saves",
    "t179"."clicks",
    "t179"."reach__provenance",
    "t179"."impressions__provenance",
    "t179"."views__provenance",
    "t179"."likes__provenance",
    "t179"."comments__provenance",
    "t179"."shares__provenance",
    "t179"."saves__provenance",
    "t179"."clicks__provenance",
    "t179"."followers",
    "t179"."followers__provenance",
    "t179"."engagements",
    "t179"."engagements__provenance",
    COALESCE(
      COALESCE("t179"."impressions", "t179"."views"),
      "t179"."reach" * COALESCE(
        CAST(SUM("t179"."impressions") FILTER(WHERE
          (
            "t179"."impressions" IS NOT NULL
          ) AND (
            "t179"."reach" IS NOT NULL
          )) OVER (
          PARTITION BY "t179"."campaign_id", "t179"."platform"
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) AS DOUBLE PRECISION) / NULLIF(
          SUM("t179"."reach") FILTER(WHERE
            (
              "t179"."impressions" IS NOT NULL
            ) AND (
              "t179"."reach" IS NOT NULL
            )) OVER (
            PARTITION BY "t179"."campaign_id", "t179"."platform"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ),
          0
        ),
        CAST(1 AS DOUBLE PRECISION)
      )
    ) AS "impressions_with_estimates",
    CASE
      WHEN COALESCE(
        COALESCE("t179"."impressions", "t179"."views"),
        "t179"."reach" * COALESCE(
          CAST(SUM("t179"."impressions") FILTER(WHERE
            (
              "t179"."impressions" IS NOT NULL
            ) AND (
              "t179"."reach" IS NOT NULL
            )) OVER (
            PARTITION BY "t179"."campaign_id", "t179"."platform"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ) AS DOUBLE PRECISION) / NULLIF(
            SUM("t179"."reach") FILTER(WHERE
              (
                "t179"."impressions" IS NOT NULL
              ) AND (
                "t179"."reach" IS NOT NULL
              )) OVER (
              PARTITION BY "t179"."campaign_id", "t179"."platform"
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ),
            0
          ),
          CAST(1 AS DOUBLE PRECISION)
        )
      ) IS NOT NULL
      THEN CASE
        WHEN "t179"."impressions" IS NOT NULL
        THEN "t179"."impressions__provenance"
        ELSE 2
      END
      ELSE CAST(NULL AS BIGINT)
    END AS "impressions_with_estimates__provenance",
    (
      CAST("t179"."engagements" AS DOUBLE PRECISION) / NULLIF("t179"."reach", 0)
    ) * 100 AS "er_reach_post",
    (
      CAST("t179"."engagements" AS DOUBLE PRECISION) / NULLIF("t179"."followers", 0)
    ) * 100 AS "er_followers_post",
    (
      CAST("t179"."engagements" AS DOUBLE PRECISION) / NULLIF("t179"."impressions", 0)
    ) * 100 AS "er_impressions_post",
    (
      CAST("t179"."engagements" AS DOUBLE PRECISION) / NULLIF("t179"."views", 0)
    ) * 100 AS "er_views_post",
    NULLIF(
      GREATEST(
        COALESCE("t179"."engagements__provenance", -1),
        COALESCE("t179"."reach__provenance", -1)
      ),
      -1
    ) AS "er_reach_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t179"."engagements__provenance", -1),
        COALESCE("t179"."followers__provenance", -1)
      ),
      -1
    ) AS "er_followers_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t179"."engagements__provenance", -1),
        COALESCE("t179"."impressions__provenance", -1)
      ),
      -1
    ) AS "er_impressions_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t179"."engagements__provenance", -1),
        COALESCE("t179"."views__provenance", -1)
      ),
      -1
    ) AS "er_views_post__provenance",
    "t179"."platform" AS "post_platform",
    "t179"."influencer_id" AS "publishing_influencer",
    CAST(CASE WHEN "t179"."sponsored" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "sponsored_posts",
    CAST(CASE
      WHEN "t179"."sponsored"
      AND CASE
        WHEN UPPER("t179"."country") = 'FR'
        THEN (
          POSITION('publicité' IN LOWER("t179"."caption")) > 0
        )
        OR (
          POSITION('publicite' IN LOWER("t179"."caption")) > 0
        )
        OR (
          POSITION('collaboration commerciale' IN LOWER("t179"."caption")) > 0
        )
        WHEN UPPER("t179"."country") = 'BE'
        THEN (
          POSITION('publicité' IN LOWER("t179"."caption")) > 0
        )
        OR (
          POSITION('publicite' IN LOWER("t179"."caption")) > 0
        )
        OR (
          POSITION('collaboration commerciale' IN LOWER("t179"."caption")) > 0
        )
        OR (
          POSITION('#pub' IN LOWER("t179"."caption")) > 0
        )
        OR (
          POSITION('reclame' IN LOWER("t179"."caption")) > 0
        )
        OR (
          POSITION('#ad' IN LOWER("t179"."caption")) > 0
        )
        OR (
          POSITION('samenwerking' IN LOWER("t179"."caption")) > 0
        )
        WHEN UPPER("t179"."country") = 'DE'
        THEN (
          POSITION('werbung' IN LOWER("t179"."caption")) > 0
        )
        OR (
          POSITION('anzeige' IN LOWER("t179"."caption")) > 0
        )
        WHEN UPPER("t179"."country") = 'ES'
        THEN (
          POSITION('publicidad' IN LOWER("t179"."caption")) > 0
        )
        OR (
          POSITION('#publi' IN LOWER("t179"."caption")) > 0
        )
        OR (
          POSITION('patrocinado' IN LOWER("t179"."caption")) > 0
        )
        OR (
          POSITION('colaboración pagada' IN LOWER("t179"."caption")) > 0
        )
        WHEN UPPER("t179"."country") = 'IT'
        THEN (
          POSITION('pubblicità' IN LOWER("t179"."caption")) > 0
        )
        OR (
          POSITION('#adv' IN LOWER("t179"."caption")) > 0
        )
        OR (
          POSITION('sponsorizzato' IN LOWER("t179"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t179"."caption")) > 0
        )
        WHEN UPPER("t179"."country") = 'GB'
        THEN (
          POSITION('#ad' IN LOWER("t179"."caption")) > 0
        )
        OR (
          POSITION('advert' IN LOWER("t179"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t179"."caption")) > 0
        )
        WHEN UPPER("t179"."country") = 'US'
        THEN (
          POSITION('#ad' IN LOWER("t179"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t179"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t179"."caption")) > 0
        )
        OR (
          POSITION('paid partnership' IN LOWER("t179"."caption")) > 0
        )
        ELSE (
          POSITION('#ad' IN LOWER("t179"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t179"."caption")) > 0
        )
        OR (
          POSITION('paid partnership' IN LOWER("t179"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t179"."caption")) > 0
        )
      END
      THEN 1
      ELSE 0
    END AS DOUBLE PRECISION) AS "disclosed_sponsored_posts"
  FROM (
    SELECT
      "t167"."campaign_id",
      "t167"."campaign",
      "t167"."influencer_id",
      "t167"."influencer",
      "t167"."account_id",
      "t167"."platform",
      "t167"."format",
      "t167"."post_id",
      "t167"."day",
      "t167"."country",
      "t167"."caption",
      "t167"."sponsored",
      "t167"."reach",
      "t167"."impressions",
      "t167"."views",
      "t167"."likes",
      "t167"."comments",
      "t167"."shares",
      "t167"."saves",
      "t167"."clicks",
      "t167"."reach__provenance",
      "t167"."impressions__provenance",
      "t167"."views__provenance",
      "t167"."likes__provenance",
      "t167"."comments__provenance",
      "t167"."shares__provenance",
      "t167"."saves__provenance",
      "t167"."clicks__provenance",
      "t167"."followers",
      "t167"."followers__provenance",
      CASE
        WHEN (
          "t167"."likes" IS NOT NULL
        )
        OR (
          "t167"."comments" IS NOT NULL
        )
        OR (
          "t167"."shares" IS NOT NULL
        )
        OR (
          "t167"."saves" IS NOT NULL
        )
        THEN CAST(0 AS DOUBLE PRECISION) + COALESCE("t167"."likes", 0) + COALESCE("t167"."comments", 0) + COALESCE("t167"."shares", 0) + COALESCE("t167"."saves", 0)
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END AS "engagements",
      NULLIF(
        GREATEST(
          COALESCE("t167"."likes__provenance", -1),
          COALESCE("t167"."comments__provenance", -1),
          COALESCE("t167"."shares__provenance", -1),
          COALESCE("t167"."saves__provenance", -1)
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
        "t161"."reach",
        "t161"."impressions",
        "t161"."views",
        "t161"."likes",
        "t161"."comments",
        "t161"."shares",
        "t161"."saves",
        "t161"."clicks",
        "t161"."reach__provenance",
        "t161"."impressions__provenance",
        "t161"."views__provenance",
        "t161"."likes__provenance",
        "t161"."comments__provenance",
        "t161"."shares__provenance",
        "t161"."saves__provenance",
        "t161"."clicks__provenance",
        "t152"."followers",
        "t152"."followers__provenance"
      FROM "campaign_posts_in" AS "t103"
      LEFT OUTER JOIN (
        SELECT
          "t133"."post_id",
          CAST(CAST(FLOOR(CAST("t133"."reach" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) AS "reach",
          CAST(CAST(FLOOR(CAST("t133"."impressions" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) AS "impressions",
          CAST(CAST(FLOOR(CAST("t133"."views" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) AS "views",
          CAST(CAST(FLOOR(CAST("t133"."likes" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) AS "likes",
          CAST(CAST(FLOOR(CAST("t133"."comments" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) AS "comments",
          CAST(CAST(FLOOR(CAST("t133"."shares" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) AS "shares",
          CAST(CAST(FLOOR(CAST("t133"."saves" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) AS "saves",
          CAST(CAST(FLOOR(CAST("t133"."clicks" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) AS "clicks",
          CAST("t133"."reach" - (
            CAST(CAST(FLOOR(CAST("t133"."reach" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) * 4
          ) AS BIGINT) AS "reach__provenance",
          CAST("t133"."impressions" - (
            CAST(CAST(FLOOR(CAST("t133"."impressions" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) * 4
          ) AS BIGINT) AS "impressions__provenance",
          CAST("t133"."views" - (
            CAST(CAST(FLOOR(CAST("t133"."views" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) * 4
          ) AS BIGINT) AS "views__provenance",
          CAST("t133"."likes" - (
            CAST(CAST(FLOOR(CAST("t133"."likes" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) * 4
          ) AS BIGINT) AS "likes__provenance",
          CAST("t133"."comments" - (
            CAST(CAST(FLOOR(CAST("t133"."comments" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) * 4
          ) AS BIGINT) AS "comments__provenance",
          CAST("t133"."shares" - (
            CAST(CAST(FLOOR(CAST("t133"."shares" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) * 4
          ) AS BIGINT) AS "shares__provenance",
          CAST("t133"."saves" - (
            CAST(CAST(FLOOR(CAST("t133"."saves" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) * 4
          ) AS BIGINT) AS "saves__provenance",
          CAST("t133"."clicks" - (
            CAST(CAST(FLOOR(CAST("t133"."clicks" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) * 4
          ) AS BIGINT) AS "clicks__provenance"
        FROM (
          SELECT
            CAST("t104"."post_id" AS BIGINT) AS "post_id",
            (
              ARRAY_AGG(
                (
                  CAST(ROUND("t104"."value") AS BIGINT) * 4
                ) + CASE "t104"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END ORDER BY (
                  CAST(EXTRACT(epoch FROM CAST("t104"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
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
                ) DESC NULLS LAST
              ) FILTER(WHERE
                (
                  (
                    CAST(EXTRACT(epoch FROM CAST("t104"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
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
                ) IS NOT NULL
                AND "t104"."metric" = 'reach')
            )[1] AS "reach",
            (
              ARRAY_AGG(
                (
                  CAST(ROUND("t104"."value") AS BIGINT) * 4
                ) + CASE "t104"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END ORDER BY (
                  CAST(EXTRACT(epoch FROM CAST("t104"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
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
                ) DESC NULLS LAST
              ) FILTER(WHERE
                (
                  (
                    CAST(EXTRACT(epoch FROM CAST("t104"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
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
                ) IS NOT NULL
                AND "t104"."metric" = 'impressions')
            )[1] AS "impressions",
            (
              ARRAY_AGG(
                (
                  CAST(ROUND("t104"."value") AS BIGINT) * 4
                ) + CASE "t104"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END ORDER BY (
                  CAST(EXTRACT(epoch FROM CAST("t104"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
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
                ) DESC NULLS LAST
              ) FILTER(WHERE
                (
                  (
                    CAST(EXTRACT(epoch FROM CAST("t104"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
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
                ) IS NOT NULL
                AND "t104"."metric" = 'views')
            )[1] AS "views",
            (
              ARRAY_AGG(
                (
                  CAST(ROUND("t104"."value") AS BIGINT) * 4
                ) + CASE "t104"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END ORDER BY (
                  CAST(EXTRACT(epoch FROM CAST("t104"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
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
                ) DESC NULLS LAST
              ) FILTER(WHERE
                (
                  (
                    CAST(EXTRACT(epoch FROM CAST("t104"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
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
                ) IS NOT NULL
                AND "t104"."metric" = 'likes')
            )[1] AS "likes",
            (
              ARRAY_AGG(
                (
                  CAST(ROUND("t104"."value") AS BIGINT) * 4
                ) + CASE "t104"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END ORDER BY (
                  CAST(EXTRACT(epoch FROM CAST("t104"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
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
                ) DESC NULLS LAST
              ) FILTER(WHERE
                (
                  (
                    CAST(EXTRACT(epoch FROM CAST("t104"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
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
                ) IS NOT NULL
                AND "t104"."metric" = 'comments')
            )[1] AS "comments",
            (
              ARRAY_AGG(
                (
                  CAST(ROUND("t104"."value") AS BIGINT) * 4
                ) + CASE "t104"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END ORDER BY (
                  CAST(EXTRACT(epoch FROM CAST("t104"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
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
                ) DESC NULLS LAST
              ) FILTER(WHERE
                (
                  (
                    CAST(EXTRACT(epoch FROM CAST("t104"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
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
                ) IS NOT NULL
                AND "t104"."metric" = 'shares')
            )[1] AS "shares",
            (
              ARRAY_AGG(
                (
                  CAST(ROUND("t104"."value") AS BIGINT) * 4
                ) + CASE "t104"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END ORDER BY (
                  CAST(EXTRACT(epoch FROM CAST("t104"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
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
                ) DESC NULLS LAST
              ) FILTER(WHERE
                (
                  (
                    CAST(EXTRACT(epoch FROM CAST("t104"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
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
                ) IS NOT NULL
                AND "t104"."metric" = 'saves')
            )[1] AS "saves",
            (
              ARRAY_AGG(
                (
                  CAST(ROUND("t104"."value") AS BIGINT) * 4
                ) + CASE "t104"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END ORDER BY (
                  CAST(EXTRACT(epoch FROM CAST("t104"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
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
                ) DESC NULLS LAST
              ) FILTER(WHERE
                (
                  (
                    CAST(EXTRACT(epoch FROM CAST("t104"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
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
                ) IS NOT NULL
                AND "t104"."metric" = 'clicks')
            )[1] AS "clicks"
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
              "t82"."captured_at" <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
          ) AS "t104"
          GROUP BY
            1
        ) AS "t133"
      ) AS "t161"
        ON "t103"."post_id" = "t161"."post_id"
      LEFT OUTER JOIN (
        SELECT
          CAST("t57"."post_id" AS BIGINT) AS "post_id",
          "t125"."followers",
          "t125"."rank" AS "followers__provenance"
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
            CAST("t83"."followers" AS DOUBLE PRECISION) AS "followers",
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
              "t66"."captured_at" <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
          ) AS "t83"
        ) AS "t125"
          ON "t57"."account_id" = "t125"."account_id"
          AND (
            (
              (
                "t125"."since" <= "t57"."published_at"
              )
              AND (
                (
                  "t125"."until" IS NULL
                ) OR (
                  "t57"."published_at" < "t125"."until"
                )
              )
            )
            OR (
              "t125"."first" AND (
                "t57"."published_at" < "t125"."since"
              )
            )
          )
      ) AS "t152"
        ON "t103"."post_id" = "t152"."post_id"
    ) AS "t167"
  ) AS "t179"
), "t195" AS (
  SELECT
    *
  FROM (
    SELECT
      "t190"."campaign_id",
      "t190"."influencer_id",
      "t190"."influencer",
      "t190"."account_id",
      "t190"."platform",
      "t190"."is_brand",
      "t190"."day",
      "t190"."start_at",
      "t190"."end_at",
      "t190"."campaign",
      "t67"."followers",
      "t67"."at",
      "t67"."rank"
    FROM (
      SELECT
        "t185"."campaign_id",
        "t185"."influencer_id",
        "t185"."influencer",
        "t185"."account_id",
        "t185"."platform",
        "t185"."is_brand",
        "t185"."day",
        "t185"."start_at",
        "t185"."end_at",
        CAST(NULL AS VARCHAR) AS "campaign"
      FROM (
        SELECT
          "t180"."influencer_id",
          "t180"."influencer",
          "t180"."account_id",
          "t180"."platform",
          "t180"."is_brand",
          "t180"."stretch",
          MIN("t180"."campaign_id") AS "campaign_id",
          MAX("t180"."day") AS "day",
          MIN("t180"."start_at") AS "start_at",
          MAX("t180"."end_at") AS "end_at"
        FROM (
          SELECT
            "t175"."campaign_id",
            "t175"."campaign",
            "t175"."influencer_id",
            "t175"."influencer",
            "t175"."account_id",
            "t175"."platform",
            "t175"."is_brand",
            "t175"."day",
            "t175"."start_at",
            "t175"."end_at",
            "t175"."reached",
            "t175"."opens",
            SUM("t175"."opens") OVER (
              PARTITION BY "t175"."account_id"
              ORDER BY "t175"."start_at" ASC, "t175"."campaign_id" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
            ) AS "stretch"
          FROM (
            SELECT
              "t164"."campaign_id",
              "t164"."campaign",
              "t164"."influencer_id",
              "t164"."influencer",
              "t164"."account_id",
              "t164"."platform",
              "t164"."is_brand",
              "t164"."day",
              "t164"."start_at",
              "t164"."end_at",
              "t164"."reached",
              CASE
                WHEN (
                  LAG("t164"."reached") OVER (
                    PARTITION BY "t164"."account_id"
                    ORDER BY "t164"."start_at" ASC, "t164"."campaign_id" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) IS NULL
                )
                OR (
                  "t164"."start_at" >= LAG("t164"."reached") OVER (
                    PARTITION BY "t164"."account_id"
                    ORDER BY "t164"."start_at" ASC, "t164"."campaign_id" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  )
                )
                THEN 1
                ELSE 0
              END AS "opens"
            FROM (
              SELECT
                "t145"."campaign_id",
                "t145"."campaign",
                "t145"."influencer_id",
                "t145"."influencer",
                "t145"."account_id",
                "t145"."platform",
                "t145"."is_brand",
                "t145"."day",
                "t145"."start_at",
                "t145"."end_at",
                MAX("t145"."end_at") OVER (
                  PARTITION BY "t145"."account_id"
                  ORDER BY "t145"."start_at" ASC, "t145"."campaign_id" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                ) AS "reached"
              FROM (
                SELECT
                  "t132"."campaign_id",
                  CAST("t17"."name" AS VARCHAR) AS "campaign",
                  CAST("t16"."id" AS BIGINT) AS "influencer_id",
                  CAST("t16"."name" AS VARCHAR) AS "influencer",
                  "t132"."account_id",
                  CAST("t20"."platform" AS VARCHAR) AS "platform",
                  "t132"."is_brand",
                  "t17"."end_date" AS "day",
                  EXTRACT('epoch' FROM CAST("t17"."start_date" AS TIMESTAMPTZ)) AS "start_at",
                  EXTRACT('epoch' FROM CAST("t17"."end_date" AS TIMESTAMPTZ)) + 86400 AS "end_at"
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
                        "t97"."campaign_id",
                        "t97"."account_id"
                      FROM "campaign_posts_in" AS "t97"
                    ) AS "t109"
                  ) AS "t119"
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      CAST("t62"."id" AS BIGINT) AS "campaign_id",
                      CAST("t20"."id" AS BIGINT) AS "account_id",
                      TRUE AS "is_brand"
                    FROM "t27" AS "t62"
                    INNER JOIN (
                      SELECT
                        *
                      FROM "influencer" AS "t0"
                      WHERE
                        "t0"."is_brand"
                    ) AS "t26"
                      ON "t26"."workspace_id" = "t62"."workspace_id"
                    INNER JOIN "account" AS "t20"
                      ON "t20"."influencer_id" = "t26"."id"
                  ) AS "t85"
                ) AS "t132"
                INNER JOIN "campaign" AS "t17"
                  ON "t132"."campaign_id" = "t17"."id"
                INNER JOIN "account" AS "t20"
                  ON "t132"."account_id" = "t20"."id"
                INNER JOIN "influencer" AS "t16"
                  ON "t20"."influencer_id" = "t16"."id"
              ) AS "t145"
            ) AS "t164"
          ) AS "t175"
        ) AS "t180"
        GROUP BY
          1,
          2,
          3,
          4,
          5,
          6
      ) AS "t185"
    ) AS "t190"
    INNER JOIN (
      SELECT
        CAST("t13"."account_id" AS BIGINT) AS "account_id",
        "t13"."followers",
        EXTRACT('epoch' FROM CAST("t13"."captured_at" AS TIMESTAMPTZ)) AS "at",
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
        "t13"."captured_at" <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
    ) AS "t67"
      ON "t190"."account_id" = "t67"."account_id"
  ) AS "t193"
  WHERE
    "t193"."at" <= "t193"."end_at"
), "kpi_facts" AS (
  SELECT
    "t251"."campaign_id",
    "t251"."influencer_id",
    "t251"."account_id",
    "t251"."platform",
    "t251"."post_id",
    "t251"."reach",
    "t251"."impressions",
    "t251"."views",
    "t251"."likes",
    "t251"."comments",
    "t251"."shares",
    "t251"."saves",
    "t251"."clicks",
    "t251"."followers",
    "t251"."engagements",
    "t251"."impressions_with_estimates",
    "t251"."er_reach_post",
    "t251"."er_followers_post",
    "t251"."er_impressions_post",
    "t251"."er_views_post",
    "t251"."post_platform",
    "t251"."publishing_influencer",
    "t251"."sponsored_posts",
    "t251"."disclosed_sponsored_posts",
    "t251"."cost",
    "t251"."key_message_posts",
    "t251"."ugc_post",
    "t251"."mentions",
    "t251"."brand_mentions",
    "t251"."mention_engagements",
    "t251"."brand_mention_engagements",
    "t251"."followers_start",
    "t251"."followers_gained",
    "t251"."followers_expected_gain",
    "t251"."brand_followers_start",
    "t251"."brand_followers_gained",
    "t251"."brand_followers_expected_gain",
    "t251"."influencers_contacted",
    "t251"."influencers_interested",
    "t251"."posts_contracted",
    "t251"."products_sent",
    "t251"."key_messages",
    "t251"."emv",
    "t251"."emv_authentic",
    (
      CAST("t251"."cost" AS DOUBLE PRECISION) / (
        CASE
          WHEN "t251"."platform" = 'tiktok'
          THEN 7.5
          WHEN "t251"."platform" = 'youtube'
          THEN 3.53
          ELSE 19.8
        END * "t251"."paid_rate"
      )
    ) * 1000 AS "paid_impressions",
    CAST("t251"."cost" AS DOUBLE PRECISION) / (
      CASE
        WHEN "t251"."platform" = 'tiktok'
        THEN CAST(NULL AS DOUBLE PRECISION)
        WHEN "t251"."platform" = 'youtube'
        THEN CAST(NULL AS DOUBLE PRECISION)
        ELSE 1.88
      END * "t251"."paid_rate"
    ) AS "paid_clicks",
    CAST("t251"."cost" AS DOUBLE PRECISION) / (
      CASE
        WHEN "t251"."platform" = 'youtube'
        THEN 0.026
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END * "t251"."paid_rate"
    ) AS "paid_views",
    (
      CASE
        WHEN "t251"."reach" IS NOT NULL
        THEN COALESCE("t251"."reach__provenance", 0)
        ELSE 0
      END << 0
    ) | (
      CASE
        WHEN "t251"."impressions" IS NOT NULL
        THEN COALESCE("t251"."impressions__provenance", 0)
        ELSE 0
      END << 2
    ) | (
      CASE
        WHEN "t251"."views" IS NOT NULL
        THEN COALESCE("t251"."views__provenance", 0)
        ELSE 0
      END << 4
    ) | (
      CASE
        WHEN "t251"."impressions_with_estimates" IS NOT NULL
        THEN COALESCE("t251"."impressions_with_estimates__provenance", 0)
        ELSE 0
      END << 6
    ) | (
      CASE
        WHEN (
          "t251"."reach" IS NOT NULL
        ) AND (
          "t251"."followers" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t251"."reach__provenance", -1),
              COALESCE("t251"."followers__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 8
    ) | (
      CASE
        WHEN "t251"."likes" IS NOT NULL
        THEN COALESCE("t251"."likes__provenance", 0)
        ELSE 0
      END << 10
    ) | (
      CASE
        WHEN "t251"."comments" IS NOT NULL
        THEN COALESCE("t251"."comments__provenance", 0)
        ELSE 0
      END << 12
    ) | (
      CASE
        WHEN "t251"."shares" IS NOT NULL
        THEN COALESCE("t251"."shares__provenance", 0)
        ELSE 0
      END << 14
    ) | (
      CASE
        WHEN "t251"."saves" IS NOT NULL
        THEN COALESCE("t251"."saves__provenance", 0)
        ELSE 0
      END << 16
    ) | (
      CASE
        WHEN "t251"."engagements" IS NOT NULL
        THEN COALESCE("t251"."engagements__provenance", 0)
        ELSE 0
      END << 18
    ) | (
      CASE
        WHEN (
          "t251"."engagements" IS NOT NULL
        ) AND (
          "t251"."reach" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t251"."engagements__provenance", -1),
              COALESCE("t251"."reach__provenance", -1)
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
          "t251"."engagements" IS NOT NULL
        ) AND (
          "t251"."followers" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t251"."engagements__provenance", -1),
              COALESCE("t251"."followers__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 22
    ) | (
      CASE
        WHEN "t251"."er_reach_post" IS NOT NULL
        THEN COALESCE("t251"."er_reach_post__provenance", 0)
        ELSE 0
      END << 24
    ) | (
      CASE
        WHEN "t251"."er_followers_post" IS NOT NULL
        THEN COALESCE("t251"."er_followers_post__provenance", 0)
        ELSE 0
      END << 26
    ) | (
      CASE
        WHEN (
          "t251"."engagements" IS NOT NULL
        ) AND (
          "t251"."impressions" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t251"."engagements__provenance", -1),
              COALESCE("t251"."impressions__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 28
    ) | (
      CASE
        WHEN "t251"."er_impressions_post" IS NOT NULL
        THEN COALESCE("t251"."er_impressions_post__provenance", 0)
        ELSE 0
      END << 30
    ) | (
      CASE
        WHEN (
          "t251"."engagements" IS NOT NULL
        ) AND (
          "t251"."views" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t251"."engagements__provenance", -1),
              COALESCE("t251"."views__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 32
    ) | (
      CASE
        WHEN "t251"."er_views_post" IS NOT NULL
        THEN COALESCE("t251"."er_views_post__provenance", 0)
        ELSE 0
      END << 34
    ) | (
      CASE
        WHEN "t251"."clicks" IS NOT NULL
        THEN COALESCE("t251"."clicks__provenance", 0)
        ELSE 0
      END << 36
    ) | (
      CASE
        WHEN "t251"."followers_gained" IS NOT NULL
        THEN COALESCE("t251"."followers_gained__provenance", 0)
        ELSE 0
      END << 38
    ) | (
      CASE
        WHEN (
          "t251"."followers_gained" IS NOT NULL
        )
        AND (
          "t251"."followers_start" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t251"."followers_gained__provenance", -1),
              COALESCE("t251"."followers_start__provenance", -1)
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
          "t251"."followers_gained" IS NOT NULL
        )
        AND (
          "t251"."followers_expected_gain" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t251"."followers_gained__provenance", -1),
              COALESCE("t251"."followers_expected_gain__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 42
    ) | (
      CASE
        WHEN "t251"."brand_followers_gained" IS NOT NULL
        THEN COALESCE("t251"."brand_followers_gained__provenance", 0)
        ELSE 0
      END << 44
    ) | (
      CASE
        WHEN (
          "t251"."brand_followers_gained" IS NOT NULL
        )
        AND (
          "t251"."brand_followers_start" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t251"."brand_followers_gained__provenance", -1),
              COALESCE("t251"."brand_followers_start__provenance", -1)
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
          "t251"."brand_followers_gained" IS NOT NULL
        )
        AND (
          "t251"."brand_followers_expected_gain" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t251"."brand_followers_gained__provenance", -1),
              COALESCE("t251"."brand_followers_expected_gain__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 48
    ) | (
      CASE
        WHEN "t251"."emv" IS NOT NULL
        THEN COALESCE("t251"."emv__provenance", 0)
        ELSE 0
      END << 50
    ) | (
      CASE
        WHEN "t251"."emv_authentic" IS NOT NULL
        THEN COALESCE("t251"."emv_authentic__provenance", 0)
        ELSE 0
      END << 52
    ) | (
      CASE
        WHEN (
          "t251"."impressions_with_estimates" IS NOT NULL
        )
        AND (
          (
            (
              CAST("t251"."cost" AS DOUBLE PRECISION) / (
                CASE
                  WHEN "t251"."platform" = 'tiktok'
                  THEN 7.5
                  WHEN "t251"."platform" = 'youtube'
                  THEN 3.53
                  ELSE 19.8
                END * "t251"."paid_rate"
              )
            ) * 1000
          ) IS NOT NULL
        )
        THEN COALESCE("t251"."impressions_with_estimates__provenance", 0)
        ELSE 0
      END << 54
    ) | (
      CASE
        WHEN (
          "t251"."clicks" IS NOT NULL
        )
        AND (
          (
            CAST("t251"."cost" AS DOUBLE PRECISION) / (
              CASE
                WHEN "t251"."platform" = 'tiktok'
                THEN CAST(NULL AS DOUBLE PRECISION)
                WHEN "t251"."platform" = 'youtube'
                THEN CAST(NULL AS DOUBLE PRECISION)
                ELSE 1.88
              END * "t251"."paid_rate"
            )
          ) IS NOT NULL
        )
        THEN COALESCE("t251"."clicks__provenance", 0)
        ELSE 0
      END << 56
    ) | (
      CASE
        WHEN (
          "t251"."views" IS NOT NULL
        )
        AND (
          (
            CAST("t251"."cost" AS DOUBLE PRECISION) / (
              CASE
                WHEN "t251"."platform" = 'youtube'
                THEN 0.026
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t251"."paid_rate"
            )
          ) IS NOT NULL
        )
        THEN COALESCE("t251"."views__provenance", 0)
        ELSE 0
      END << 58
    ) AS "ranks__0"
  FROM (
    SELECT
      "t249"."campaign_id",
      "t249"."campaign",
      "t249"."influencer_id",
      "t249"."influencer",
      "t249"."account_id",
      "t249"."platform",
      "t249"."format",
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
      "t249"."reach__provenance",
      "t249"."impressions__provenance",
      "t249"."views__provenance",
      "t249"."likes__provenance",
      "t249"."comments__provenance",
      "t249"."shares__provenance",
      "t249"."saves__provenance",
      "t249"."clicks__provenance",
      "t249"."followers",
      "t249"."followers__provenance",
      "t249"."engagements",
      "t249"."engagements__provenance",
      "t249"."impressions_with_estimates",
      "t249"."impressions_with_estimates__provenance",
      "t249"."er_reach_post",
      "t249"."er_followers_post",
      "t249"."er_impressions_post",
      "t249"."er_views_post",
      "t249"."er_reach_post__provenance",
      "t249"."er_followers_post__provenance",
      "t249"."er_impressions_post__provenance",
      "t249"."er_views_post__provenance",
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
      "t249"."followers_start__provenance",
      "t249"."followers_gained__provenance",
      "t249"."followers_expected_gain__provenance",
      "t249"."brand_followers_start",
      "t249"."brand_followers_gained",
      "t249"."brand_followers_expected_gain",
      "t249"."brand_followers_start__provenance",
      "t249"."brand_followers_gained__provenance",
      "t249"."brand_followers_expected_gain__provenance",
      "t249"."influencers_contacted",
      "t249"."influencers_interested",
      "t249"."posts_contracted",
      "t249"."products_sent",
      "t249"."key_messages",
      "t249"."emv_rate",
      "t249"."inauthentic_share",
      "t249"."emv",
      "t249"."emv__provenance",
      "t249"."emv_authentic",
      "t249"."emv_authentic__provenance",
      "t158"."paid_rate"
    FROM (
      SELECT
        "t246"."campaign_id",
        "t246"."campaign",
        "t246"."influencer_id",
        "t246"."influencer",
        "t246"."account_id",
        "t246"."platform",
        "t246"."format",
        "t246"."post_id",
        "t246"."day",
        "t246"."reach",
        "t246"."impressions",
        "t246"."views",
        "t246"."likes",
        "t246"."comments",
        "t246"."shares",
        "t246"."saves",
        "t246"."clicks",
        "t246"."reach__provenance",
        "t246"."impressions__provenance",
        "t246"."views__provenance",
        "t246"."likes__provenance",
        "t246"."comments__provenance",
        "t246"."shares__provenance",
        "t246"."saves__provenance",
        "t246"."clicks__provenance",
        "t246"."followers",
        "t246"."followers__provenance",
        "t246"."engagements",
        "t246"."engagements__provenance",
        "t246"."impressions_with_estimates",
        "t246"."impressions_with_estimates__provenance",
        "t246"."er_reach_post",
        "t246"."er_followers_post",
        "t246"."er_impressions_post",
        "t246"."er_views_post",
        "t246"."er_reach_post__provenance",
        "t246"."er_followers_post__provenance",
        "t246"."er_impressions_post__provenance",
        "t246"."er_views_post__provenance",
        "t246"."post_platform",
        "t246"."publishing_influencer",
        "t246"."sponsored_posts",
        "t246"."disclosed_sponsored_posts",
        "t246"."cost",
        "t246"."key_message_posts",
        "t246"."ugc_post",
        "t246"."mentions",
        "t246"."brand_mentions",
        "t246"."mention_engagements",
        "t246"."brand_mention_engagements",
        "t246"."followers_start",
        "t246"."followers_gained",
        "t246"."followers_expected_gain",
        "t246"."followers_start__provenance",
        "t246"."followers_gained__provenance",
        "t246"."followers_expected_gain__provenance",
        "t246"."brand_followers_start",
        "t246"."brand_followers_gained",
        "t246"."brand_followers_expected_gain",
        "t246"."brand_followers_start__provenance",
        "t246"."brand_followers_gained__provenance",
        "t246"."brand_followers_expected_gain__provenance",
        "t246"."influencers_contacted",
        "t246"."influencers_interested",
        "t246"."posts_contracted",
        "t246"."products_sent",
        "t246"."key_messages",
        "t246"."emv_rate",
        "t246"."inauthentic_share",
        CASE
          WHEN (
            "t246"."post_id" IS NOT NULL
          )
          AND (
            (
              (
                CAST((
                  COALESCE("t246"."impressions", "t246"."views") * CASE
                    WHEN "t246"."platform" = 'tiktok'
                    THEN 6.89
                    ELSE CAST(NULL AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t246"."platform" = 'instagram'
                  THEN 0.07
                  WHEN "t246"."platform" = 'tiktok'
                  THEN 0.09
                  WHEN "t246"."platform" = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t246"."likes"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t246"."platform" = 'instagram'
                  THEN 3.46
                  WHEN "t246"."platform" = 'tiktok'
                  THEN 3.52
                  WHEN "t246"."platform" = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t246"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t246"."platform" = 'tiktok'
                  THEN 1.72
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t246"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              CAST((
                COALESCE("t246"."impressions", "t246"."views") * CASE
                  WHEN "t246"."platform" = 'tiktok'
                  THEN 6.89
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END
              ) AS DOUBLE PRECISION) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t246"."platform" = 'instagram'
                THEN 0.07
                WHEN "t246"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t246"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t246"."likes",
              0
            ) + COALESCE(
              CASE
                WHEN "t246"."platform" = 'instagram'
                THEN 3.46
                WHEN "t246"."platform" = 'tiktok'
                THEN 3.52
                WHEN "t246"."platform" = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t246"."comments",
              0
            ) + COALESCE(
              CASE
                WHEN "t246"."platform" = 'tiktok'
                THEN 1.72
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t246"."shares",
              0
            )
          ) * "t246"."emv_rate"
          ELSE CAST(NULL AS DOUBLE PRECISION)
        END AS "emv",
        NULLIF(
          GREATEST(
            COALESCE("t246"."impressions__provenance", -1),
            COALESCE("t246"."views__provenance", -1),
            COALESCE("t246"."engagements__provenance", -1)
          ),
          -1
        ) AS "emv__provenance",
        CASE
          WHEN (
            "t246"."post_id" IS NOT NULL
          )
          AND (
            (
              (
                CAST((
                  COALESCE("t246"."impressions", "t246"."views") * CASE
                    WHEN "t246"."platform" = 'tiktok'
                    THEN 6.89
                    ELSE CAST(NULL AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t246"."platform" = 'instagram'
                  THEN 0.07
                  WHEN "t246"."platform" = 'tiktok'
                  THEN 0.09
                  WHEN "t246"."platform" = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t246"."likes"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t246"."platform" = 'instagram'
                  THEN 3.46
                  WHEN "t246"."platform" = 'tiktok'
                  THEN 3.52
                  WHEN "t246"."platform" = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t246"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t246"."platform" = 'tiktok'
                  THEN 1.72
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t246"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              CAST((
                COALESCE("t246"."impressions", "t246"."views") * CASE
                  WHEN "t246"."platform" = 'tiktok'
                  THEN 6.89
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END
              ) AS DOUBLE PRECISION) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t246"."platform" = 'instagram'
                THEN 0.07
                WHEN "t246"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t246"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t246"."likes",
              0
            ) + COALESCE(
              CASE
                WHEN "t246"."platform" = 'instagram'
                THEN 3.46
                WHEN "t246"."platform" = 'tiktok'
                THEN 3.52
                WHEN "t246"."platform" = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t246"."comments",
              0
            ) + COALESCE(
              CASE
                WHEN "t246"."platform" = 'tiktok'
                THEN 1.72
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t246"."shares",
              0
            )
          ) * "t246"."emv_rate" * (
            1 - COALESCE("t246"."inauthentic_share", 0)
          )
          ELSE CAST(NULL AS DOUBLE PRECISION)
        END AS "emv_authentic",
        NULLIF(
          GREATEST(
            COALESCE(
              NULLIF(
                GREATEST(
                  COALESCE("t246"."impressions__provenance", -1),
                  COALESCE("t246"."views__provenance", -1),
                  COALESCE("t246"."engagements__provenance", -1)
                ),
                -1
              ),
              -1
            ),
            COALESCE(CASE WHEN "t246"."inauthentic_share" > 0 THEN 2 ELSE CAST(NULL AS BIGINT) END, -1)
          ),
          -1
        ) AS "emv_authentic__provenance"
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
          "t30"."inauthentic_share"
        FROM (
          SELECT
            "t241"."campaign_id",
            "t241"."campaign",
            "t241"."influencer_id",
            "t241"."influencer",
            "t241"."account_id",
            "t241"."platform",
            "t241"."format",
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
            "t241"."key_messages",
            "t159"."emv_rate"
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
                          "t226"."campaign_id",
                          "t226"."campaign",
                          "t226"."influencer_id",
                          "t226"."influencer",
                          "t226"."account_id",
                          "t226"."platform",
                          "t226"."format",
                          "t226"."post_id",
                          "t226"."day",
                          "t226"."reach",
                          "t226"."impressions",
                          "t226"."views",
                          "t226"."likes",
                          "t226"."comments",
                          "t226"."shares",
                          "t226"."saves",
                          "t226"."clicks",
                          "t226"."reach__provenance",
                          "t226"."impressions__provenance",
                          "t226"."views__provenance",
                          "t226"."likes__provenance",
                          "t226"."comments__provenance",
                          "t226"."shares__provenance",
                          "t226"."saves__provenance",
                          "t226"."clicks__provenance",
                          "t226"."followers",
                          CAST("t226"."followers__provenance" AS BIGINT) AS "followers__provenance",
                          "t226"."engagements",
                          "t226"."engagements__provenance",
                          "t226"."impressions_with_estimates",
                          "t226"."impressions_with_estimates__provenance",
                          "t226"."er_reach_post",
                          "t226"."er_followers_post",
                          "t226"."er_impressions_post",
                          "t226"."er_views_post",
                          "t226"."er_reach_post__provenance",
                          "t226"."er_followers_post__provenance",
                          "t226"."er_impressions_post__provenance",
                          "t226"."er_views_post__provenance",
                          "t226"."post_platform",
                          CAST("t226"."publishing_influencer" AS DOUBLE PRECISION) AS "publishing_influencer",
                          "t226"."sponsored_posts",
                          "t226"."disclosed_sponsored_posts",
                          "t226"."cost",
                          "t226"."key_message_posts",
                          CAST(NULL AS DOUBLE PRECISION) AS "ugc_post",
                          CAST(NULL AS DOUBLE PRECISION) AS "mentions",
                          CAST(NULL AS DOUBLE PRECISION) AS "brand_mentions",
                          CAST(NULL AS DOUBLE PRECISION) AS "mention_engagements",
                          CAST(NULL AS DOUBLE PRECISION) AS "brand_mention_engagements",
                          CAST(NULL AS DOUBLE PRECISION) AS "followers_start",
                          CAST(NULL AS DOUBLE PRECISION) AS "followers_gained",
                          CAST(NULL AS DOUBLE PRECISION) AS "followers_expected_gain",
                          CAST(NULL AS BIGINT) AS "followers_start__provenance",
                          CAST(NULL AS BIGINT) AS "followers_gained__provenance",
                          CAST(NULL AS BIGINT) AS "followers_expected_gain__provenance",
                          CAST(NULL AS DOUBLE PRECISION) AS "brand_followers_start",
                          CAST(NULL AS DOUBLE PRECISION) AS "brand_followers_gained",
                          CAST(NULL AS DOUBLE PRECISION) AS "brand_followers_expected_gain",
                          CAST(NULL AS BIGINT) AS "brand_followers_start__provenance",
                          CAST(NULL AS BIGINT) AS "brand_followers_gained__provenance",
                          CAST(NULL AS BIGINT) AS "brand_followers_expected_gain__provenance",
                          CAST(NULL AS DOUBLE PRECISION) AS "influencers_contacted",
                          CAST(NULL AS DOUBLE PRECISION) AS "influencers_interested",
                          CAST(NULL AS DOUBLE PRECISION) AS "posts_contracted",
                          CAST(NULL AS DOUBLE PRECISION) AS "products_sent",
                          CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                        FROM (
                          SELECT
                            "t210"."campaign_id",
                            "t210"."campaign",
                            "t210"."influencer_id",
                            "t210"."influencer",
                            "t210"."account_id",
                            "t210"."platform",
                            "t210"."format",
                            "t210"."post_id",
                            "t210"."day",
                            "t210"."country",
                            "t210"."caption",
                            "t210"."sponsored",
                            "t210"."reach",
                            "t210"."impressions",
                            "t210"."views",
                            "t210"."likes",
                            "t210"."comments",
                            "t210"."shares",
                            "t210"."saves",
                            "t210"."clicks",
                            "t210"."reach__provenance",
                            "t210"."impressions__provenance",
                            "t210"."views__provenance",
                            "t210"."likes__provenance",
                            "t210"."comments__provenance",
                            "t210"."shares__provenance",
                            "t210"."saves__provenance",
                            "t210"."clicks__provenance",
                            "t210"."followers",
                            "t210"."followers__provenance",
                            "t210"."engagements",
                            "t210"."engagements__provenance",
                            "t210"."impressions_with_estimates",
                            "t210"."impressions_with_estimates__provenance",
                            "t210"."er_reach_post",
                            "t210"."er_followers_post",
                            "t210"."er_impressions_post",
                            "t210"."er_views_post",
                            "t210"."er_reach_post__provenance",
                            "t210"."er_followers_post__provenance",
                            "t210"."er_impressions_post__provenance",
                            "t210"."er_views_post__provenance",
                            "t210"."post_platform",
                            "t210"."publishing_influencer",
                            "t210"."sponsored_posts",
                            "t210"."disclosed_sponsored_posts",
                            "t210"."cost",
                            "t222"."key_message_posts"
                          FROM (
                            SELECT
                              "t198"."campaign_id",
                              "t198"."campaign",
                              "t198"."influencer_id",
                              "t198"."influencer",
                              "t198"."account_id",
                              "t198"."platform",
                              "t198"."format",
                              "t198"."post_id",
                              "t198"."day",
                              "t198"."country",
                              "t198"."caption",
                              "t198"."sponsored",
                              "t198"."reach",
                              "t198"."impressions",
                              "t198"."views",
                              "t198"."likes",
                              "t198"."comments",
                              "t198"."shares",
                              "t198"."saves",
                              "t198"."clicks",
                              "t198"."reach__provenance",
                              "t198"."impressions__provenance",
                              "t198"."views__provenance",
                              "t198"."likes__provenance",
                              "t198"."comments__provenance",
                              "t198"."shares__provenance",
                              "t198"."saves__provenance",
                              "t198"."clicks__provenance",
                              "t198"."followers",
                              "t198"."followers__provenance",
                              "t198"."engagements",
                              "t198"."engagements__provenance",
                              "t198"."impressions_with_estimates",
                              "t198"."impressions_with_estimates__provenance",
                              "t198"."er_reach_post",
                              "t198"."er_followers_post",
                              "t198"."er_impressions_post",
                              "t198"."er_views_post",
                              "t198"."er_reach_post__provenance",
                              "t198"."er_followers_post__provenance",
                              "t198"."er_impressions_post__provenance",
                              "t198"."er_views_post__provenance",
                              "t198"."post_platform",
                              "t198"."publishing_influencer",
                              "t198"."sponsored_posts",
                              "t198"."disclosed_sponsored_posts",
                              "t191"."cost"
                            FROM "post_rows" AS "t198"
                            LEFT OUTER JOIN (
                              SELECT
                                "t103"."post_id",
                                "t184"."cost"
                              FROM "campaign_posts_in" AS "t103"
                              INNER JOIN (
                                SELECT
                                  "t177"."campaign_id",
                                  "t177"."influencer_id",
                                  SUM("t177"."share") AS "cost"
                                FROM (
                                  SELECT
                                    "t173"."campaign_id",
                                    "t173"."influencer_id",
                                    CAST("t173"."amount" AS DOUBLE PRECISION) / "t118"."n_posts" AS "share"
                                  FROM (
                                    SELECT
                                      "t106"."campaign_id",
                                      "t106"."campaign",
                                      "t106"."influencer_id",
                                      "t106"."incurred_on",
                                      "t106"."amount" * "t166"."rate" AS "amount"
                                    FROM "t84" AS "t106"
                                    LEFT OUTER JOIN (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t100"."key",
                                          CAST(1 AS DOUBLE PRECISION) AS "rate"
                                        FROM "t84" AS "t100"
                                        WHERE
                                          "t100"."base" = "t100"."quote"
                                      ) AS "t115"
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t148"."key",
                                          "t148"."rate"
                                        FROM (
                                          SELECT
                                            "t127"."key",
                                            "t127"."on",
                                            "t127"."rate",
                                            "t127"."valid",
                                            ROW_NUMBER() OVER (
                                              PARTITION BY "t127"."key"
                                              ORDER BY CASE WHEN "t127"."valid" <= "t127"."on" THEN 0 ELSE 1 END ASC, ABS("t127"."valid" - "t127"."on") ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                            ) - 1 AS "order"
                                          FROM (
                                            SELECT
                                              "t106"."key",
                                              "t106"."on",
                                              "t79"."rate",
                                              EXTRACT('epoch' FROM CAST("t79"."valid_on" AS TIMESTAMPTZ)) AS "valid"
                                            FROM "t84" AS "t106"
                                            INNER JOIN "t69" AS "t79"
                                              ON "t106"."base" = "t79"."base" AND "t106"."quote" = "t79"."quote"
                                          ) AS "t127"
                                        ) AS "t148"
                                        WHERE
                                          "t148"."order" = 0
                                      ) AS "t157"
                                    ) AS "t166"
                                      ON "t106"."key" = "t166"."key"
                                  ) AS "t173"
                                  INNER JOIN (
                                    SELECT
                                      "t97"."campaign_id",
                                      "t97"."influencer_id",
                                      COUNT("t97"."post_id") AS "n_posts"
                                    FROM "campaign_posts_in" AS "t97"
                                    GROUP BY
                                      1,
                                      2
                                  ) AS "t118"
                                    ON "t173"."campaign_id" = "t118"."campaign_id"
                                    AND "t173"."influencer_id" = "t118"."influencer_id"
                                ) AS "t177"
                                GROUP BY
                                  1,
                                  2
                              ) AS "t184"
                                ON "t184"."campaign_id" = "t103"."campaign_id"
                                AND "t184"."influencer_id" = "t103"."influencer_id"
                            ) AS "t191"
                              ON "t198"."post_id" = "t191"."post_id"
                          ) AS "t210"
                          LEFT OUTER JOIN (
                            SELECT
                              "t211"."post_id",
                              MAX(
                                CAST(CASE
                                  WHEN POSITION(LOWER("t211"."message") IN LOWER("t211"."caption")) > 0
                                  THEN 1
                                  ELSE 0
                                END AS DOUBLE PRECISION)
                              ) AS "key_message_posts"
                            FROM (
                              SELECT
                                "t203"."campaign_id",
                                "t203"."post_id",
                                "t203"."caption",
                                "t86"."message"
                              FROM (
                                SELECT
                                  "t196"."campaign_id",
                                  "t196"."post_id",
                                  "t196"."caption"
                                FROM "post_rows" AS "t196"
                              ) AS "t203"
                              INNER JOIN (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    CAST("t1"."id" AS BIGINT) AS "campaign_id",
                                    UNNEST(STRING_TO_ARRAY("t1"."key_messages", '
')) AS "message"
                                  FROM "campaign" AS "t1"
                                ) AS "t48"
                                WHERE
                                  LENGTH("t48"."message") > 0
                              ) AS "t86"
                                ON "t203"."campaign_id" = "t86"."campaign_id"
                            ) AS "t211"
                            GROUP BY
                              1
                          ) AS "t222"
                            ON "t210"."post_id" = "t222"."post_id"
                        ) AS "t226"
                      ) AS "t228"
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t216"."campaign_id",
                          "t216"."campaign",
                          CAST(NULL AS BIGINT) AS "influencer_id",
                          CAST(NULL AS VARCHAR) AS "influencer",
                          CAST(NULL AS BIGINT) AS "account_id",
                          "t216"."platform",
                          CAST(NULL AS VARCHAR) AS "format",
                          CAST(NULL AS BIGINT) AS "post_id",
                          "t216"."day",
                          CAST(NULL AS DOUBLE PRECISION) AS "reach",
                          CAST(NULL AS DOUBLE PRECISION) AS "impressions",
                          CAST(NULL AS DOUBLE PRECISION) AS "views",
                          CAST(NULL AS DOUBLE PRECISION) AS "likes",
                          CAST(NULL AS DOUBLE PRECISION) AS "comments",
                          CAST(NULL AS DOUBLE PRECISION) AS "shares",
                          CAST(NULL AS DOUBLE PRECISION) AS "saves",
                          CAST(NULL AS DOUBLE PRECISION) AS "clicks",
                          CAST(NULL AS BIGINT) AS "reach__provenance",
                          CAST(NULL AS BIGINT) AS "impressions__provenance",
                          CAST(NULL AS BIGINT) AS "views__provenance",
                          CAST(NULL AS BIGINT) AS "likes__provenance",
                          CAST(NULL AS BIGINT) AS "comments__provenance",
                          CAST(NULL AS BIGINT) AS "shares__provenance",
                          CAST(NULL AS BIGINT) AS "saves__provenance",
                          CAST(NULL AS BIGINT) AS "clicks__provenance",
                          CAST(NULL AS DOUBLE PRECISION) AS "followers",
                          CAST(NULL AS BIGINT) AS "followers__provenance",
                          CAST(NULL AS DOUBLE PRECISION) AS "engagements",
                          CAST(NULL AS BIGINT) AS "engagements__provenance",
                          CAST(NULL AS DOUBLE PRECISION) AS "impressions_with_estimates",
                          CAST(NULL AS BIGINT) AS "impressions_with_estimates__provenance",
                          CAST(NULL AS DOUBLE PRECISION) AS "er_reach_post",
                          CAST(NULL AS DOUBLE PRECISION) AS "er_followers_post",
                          CAST(NULL AS DOUBLE PRECISION) AS "er_impressions_post",
                          CAST(NULL AS DOUBLE PRECISION) AS "er_views_post",
                          CAST(NULL AS BIGINT) AS "er_reach_post__provenance",
                          CAST(NULL AS BIGINT) AS "er_followers_post__provenance",
                          CAST(NULL AS BIGINT) AS "er_impressions_post__provenance",
                          CAST(NULL AS BIGINT) AS "er_views_post__provenance",
                          CAST(NULL AS VARCHAR) AS "post_platform",
                          CAST(NULL AS DOUBLE PRECISION) AS "publishing_influencer",
                          CAST(NULL AS DOUBLE PRECISION) AS "sponsored_posts",
                          CAST(NULL AS DOUBLE PRECISION) AS "disclosed_sponsored_posts",
                          CAST(NULL AS DOUBLE PRECISION) AS "cost",
                          CAST(NULL AS DOUBLE PRECISION) AS "key_message_posts",
                          CAST("t216"."ugc_post" AS DOUBLE PRECISION) AS "ugc_post",
                          CAST(NULL AS DOUBLE PRECISION) AS "mentions",
                          CAST(NULL AS DOUBLE PRECISION) AS "brand_mentions",
                          CAST(NULL AS DOUBLE PRECISION) AS "mention_engagements",
                          CAST(NULL AS DOUBLE PRECISION) AS "brand_mention_engagements",
                          CAST(NULL AS DOUBLE PRECISION) AS "followers_start",
                          CAST(NULL AS DOUBLE PRECISION) AS "followers_gained",
                          CAST(NULL AS DOUBLE PRECISION) AS "followers_expected_gain",
                          CAST(NULL AS BIGINT) AS "followers_start__provenance",
                          CAST(NULL AS BIGINT) AS "followers_gained__provenance",
                          CAST(NULL AS BIGINT) AS "followers_expected_gain__provenance",
                          CAST(NULL AS DOUBLE PRECISION) AS "brand_followers_start",
                          CAST(NULL AS DOUBLE PRECISION) AS "brand_followers_gained",
                          CAST(NULL AS DOUBLE PRECISION) AS "brand_followers_expected_gain",
                          CAST(NULL AS BIGINT) AS "brand_followers_start__provenance",
                          CAST(NULL AS BIGINT) AS "brand_followers_gained__provenance",
                          CAST(NULL AS BIGINT) AS "brand_followers_expected_gain__provenance",
                          CAST(NULL AS DOUBLE PRECISION) AS "influencers_contacted",
                          CAST(NULL AS DOUBLE PRECISION) AS "influencers_interested",
                          CAST(NULL AS DOUBLE PRECISION) AS "posts_contracted",
                          CAST(NULL AS DOUBLE PRECISION) AS "products_sent",
                          CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                        FROM (
                          SELECT
                            "t139"."campaign_id",
                            "t139"."campaign",
                            "t139"."platform",
                            "t139"."day",
                            "t139"."post_id" AS "ugc_post"
                          FROM (
                            SELECT DISTINCT
                              *
                            FROM (
                              SELECT
                                "t87"."campaign_id",
                                "t87"."campaign",
                                "t98"."post_id",
                                "t98"."influencer_id",
                                "t98"."platform",
                                "t98"."day"
                              FROM (
                                SELECT
                                  CAST("t56"."id" AS BIGINT) AS "post_id",
                                  CAST("t15"."id" AS BIGINT) AS "influencer_id",
                                  "t15"."workspace_id",
                                  "t15"."is_brand",
                                  CAST("t19"."platform" AS VARCHAR) AS "platform",
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
                                INNER JOIN "influencer" AS "t15"
                                  ON "t19"."influencer_id" = "t15"."id"
                              ) AS "t98"
                              INNER JOIN (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    CAST("t1"."id" AS BIGINT) AS "campaign_id",
                                    CAST("t1"."name" AS VARCHAR) AS "campaign",
                                    "t1"."workspace_id",
                                    "t1"."start_date" AS "start",
                                    "t1"."end_date" AS "end",
                                    UNNEST(STRING_TO_ARRAY("t1"."hashtags", ',')) AS "tag"
                                  FROM "campaign" AS "t1"
                                ) AS "t49"
                                WHERE
                                  LENGTH("t49"."tag") > 0
                              ) AS "t87"
                                ON "t98"."workspace_id" = "t87"."workspace_id"
                                AND "t98"."day" >= "t87"."start"
                                AND "t98"."day" <= "t87"."end"
                                AND NOT (
                                  "t98"."is_brand"
                                )
                                AND POSITION(',' || "t87"."tag" || ',' IN ',' || "t98"."hashtags" || ',') > 0
                            ) AS "t130"
                          ) AS "t139"
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
                                      CAST("t8"."campaign_id" AS BIGINT) AS "campaign_id",
                                      CAST("t8"."influencer_id" AS BIGINT) AS "influencer_id"
                                    FROM "roster" AS "t8"
                                  ) AS "t33"
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t196"."campaign_id",
                                      "t196"."influencer_id"
                                    FROM "post_rows" AS "t196"
                                  ) AS "t200"
                                ) AS "t202"
                              ) AS "t208"
                              WHERE
                                "t139"."campaign_id" = "t208"."campaign_id"
                                AND "t139"."influencer_id" = "t208"."influencer_id"
                            )
                        ) AS "t216"
                      ) AS "t220"
                    ) AS "t230"
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t176"."campaign_id",
                        "t176"."campaign",
                        "t176"."influencer_id",
                        "t176"."influencer",
                        CAST(NULL AS BIGINT) AS "account_id",
                        CAST(NULL AS VARCHAR) AS "platform",
                        CAST(NULL AS VARCHAR) AS "format",
                        CAST(NULL AS BIGINT) AS "post_id",
                        "t176"."day",
                        CAST(NULL AS DOUBLE PRECISION) AS "reach",
                        CAST(NULL AS DOUBLE PRECISION) AS "impressions",
                        CAST(NULL AS DOUBLE PRECISION) AS "views",
                        CAST(NULL AS DOUBLE PRECISION) AS "likes",
                        CAST(NULL AS DOUBLE PRECISION) AS "comments",
                        CAST(NULL AS DOUBLE PRECISION) AS "shares",
                        CAST(NULL AS DOUBLE PRECISION) AS "saves",
                        CAST(NULL AS DOUBLE PRECISION) AS "clicks",
                        CAST(NULL AS BIGINT) AS "reach__provenance",
                        CAST(NULL AS BIGINT) AS "impressions__provenance",
                        CAST(NULL AS BIGINT) AS "views__provenance",
                        CAST(NULL AS BIGINT) AS "likes__provenance",
                        CAST(NULL AS BIGINT) AS "comments__provenance",
                        CAST(NULL AS BIGINT) AS "shares__provenance",
                        CAST(NULL AS BIGINT) AS "saves__provenance",
                        CAST(NULL AS BIGINT) AS "clicks__provenance",
                        CAST(NULL AS DOUBLE PRECISION) AS "followers",
                        CAST(NULL AS BIGINT) AS "followers__provenance",
                        CAST(NULL AS DOUBLE PRECISION) AS "engagements",
                        CAST(NULL AS BIGINT) AS "engagements__provenance",
                        CAST(NULL AS DOUBLE PRECISION) AS "impressions_with_estimates",
                        CAST(NULL AS BIGINT) AS "impressions_with_estimates__provenance",
                        CAST(NULL AS DOUBLE PRECISION) AS "er_reach_post",
                        CAST(NULL AS DOUBLE PRECISION) AS "er_followers_post",
                        CAST(NULL AS DOUBLE PRECISION) AS "er_impressions_post",
                        CAST(NULL AS DOUBLE PRECISION) AS "er_views_post",
                        CAST(NULL AS BIGINT) AS "er_reach_post__provenance",
                        CAST(NULL AS BIGINT) AS "er_followers_post__provenance",
                        CAST(NULL AS BIGINT) AS "er_impressions_post__provenance",
                        CAST(NULL AS BIGINT) AS "er_views_post__provenance",
                        CAST(NULL AS VARCHAR) AS "post_platform",
                        CAST(NULL AS DOUBLE PRECISION) AS "publishing_influencer",
                        CAST(NULL AS DOUBLE PRECISION) AS "sponsored_posts",
                        CAST(NULL AS DOUBLE PRECISION) AS "disclosed_sponsored_posts",
                        "t176"."cost",
                        CAST(NULL AS DOUBLE PRECISION) AS "key_message_posts",
                        CAST(NULL AS DOUBLE PRECISION) AS "ugc_post",
                        CAST(NULL AS DOUBLE PRECISION) AS "mentions",
                        CAST(NULL AS DOUBLE PRECISION) AS "brand_mentions",
                        CAST(NULL AS DOUBLE PRECISION) AS "mention_engagements",
                        CAST(NULL AS DOUBLE PRECISION) AS "brand_mention_engagements",
                        CAST(NULL AS DOUBLE PRECISION) AS "followers_start",
                        CAST(NULL AS DOUBLE PRECISION) AS "followers_gained",
                        CAST(NULL AS DOUBLE PRECISION) AS "followers_expected_gain",
                        CAST(NULL AS BIGINT) AS "followers_start__provenance",
                        CAST(NULL AS BIGINT) AS "followers_gained__provenance",
                        CAST(NULL AS BIGINT) AS "followers_expected_gain__provenance",
                        CAST(NULL AS DOUBLE PRECISION) AS "brand_followers_start",
                        CAST(NULL AS DOUBLE PRECISION) AS "brand_followers_gained",
                        CAST(NULL AS DOUBLE PRECISION) AS "brand_followers_expected_gain",
                        CAST(NULL AS BIGINT) AS "brand_followers_start__provenance",
                        CAST(NULL AS BIGINT) AS "brand_followers_gained__provenance",
                        CAST(NULL AS BIGINT) AS "brand_followers_expected_gain__provenance",
                        CAST(NULL AS DOUBLE PRECISION) AS "influencers_contacted",
                        CAST(NULL AS DOUBLE PRECISION) AS "influencers_interested",
                        CAST(NULL AS DOUBLE PRECISION) AS "posts_contracted",
                        CAST(NULL AS DOUBLE PRECISION) AS "products_sent",
                        CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                      FROM (
                        SELECT
                          "t172"."campaign_id",
                          "t172"."campaign",
                          "t172"."influencer_id",
                          CAST("t15"."name" AS VARCHAR) AS "influencer",
                          "t172"."incurred_on" AS "day",
                          "t172"."amount" AS "cost"
                        FROM (
                          SELECT
                            "t105"."campaign_id",
                            "t105"."campaign",
                            "t105"."influencer_id",
                            "t105"."incurred_on",
                            "t105"."amount" * "t165"."rate" AS "amount"
                          FROM "t84" AS "t105"
                          LEFT OUTER JOIN (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t99"."key",
                                CAST(1 AS DOUBLE PRECISION) AS "rate"
                              FROM "t84" AS "t99"
                              WHERE
                                "t99"."base" = "t99"."quote"
                            ) AS "t114"
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t147"."key",
                                "t147"."rate"
                              FROM (
                                SELECT
                                  "t126"."key",
                                  "t126"."on",
                                  "t126"."rate",
                                  "t126"."valid",
                                  ROW_NUMBER() OVER (
                                    PARTITION BY "t126"."key"
                                    ORDER BY CASE WHEN "t126"."valid" <= "t126"."on" THEN 0 ELSE 1 END ASC, ABS("t126"."valid" - "t126"."on") ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  ) - 1 AS "order"
                                FROM (
                                  SELECT
                                    "t105"."key",
                                    "t105"."on",
                                    "t78"."rate",
                                    EXTRACT('epoch' FROM CAST("t78"."valid_on" AS TIMESTAMPTZ)) AS "valid"
                                  FROM "t84" AS "t105"
                                  INNER JOIN "t69" AS "t78"
                                    ON "t105"."base" = "t78"."base" AND "t105"."quote" = "t78"."quote"
                                ) AS "t126"
                              ) AS "t147"
                              WHERE
                                "t147"."order" = 0
                            ) AS "t156"
                          ) AS "t165"
                            ON "t105"."key" = "t165"."key"
                        ) AS "t172"
                        LEFT OUTER JOIN "influencer" AS "t15"
                          ON "t172"."influencer_id" = "t15"."id"
                        WHERE
                          NOT EXISTS(
                            SELECT
                              1
                            FROM (
                              SELECT
                                "t97"."campaign_id",
                                "t97"."influencer_id",
                                COUNT("t97"."post_id") AS "n_posts"
                              FROM "campaign_posts_in" AS "t97"
                              GROUP BY
                                1,
                                2
                            ) AS "t118"
                            WHERE
                              "t172"."campaign_id" = "t118"."campaign_id"
                              AND "t172"."influencer_id" = "t118"."influencer_id"
                          )
                      ) AS "t176"
                    ) AS "t181"
                  ) AS "t232"
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t117"."campaign_id",
                      CAST(NULL AS VARCHAR) AS "campaign",
                      CAST(NULL AS BIGINT) AS "influencer_id",
                      CAST(NULL AS VARCHAR) AS "influencer",
                      CAST(NULL AS BIGINT) AS "account_id",
                      "t117"."platform",
                      CAST(NULL AS VARCHAR) AS "format",
                      CAST(NULL AS BIGINT) AS "post_id",
                      "t117"."day",
                      CAST(NULL AS DOUBLE PRECISION) AS "reach",
                      CAST(NULL AS DOUBLE PRECISION) AS "impressions",
                      CAST(NULL AS DOUBLE PRECISION) AS "views",
                      CAST(NULL AS DOUBLE PRECISION) AS "likes",
                      CAST(NULL AS DOUBLE PRECISION) AS "comments",
                      CAST(NULL AS DOUBLE PRECISION) AS "shares",
                      CAST(NULL AS DOUBLE PRECISION) AS "saves",
                      CAST(NULL AS DOUBLE PRECISION) AS "clicks",
                      CAST(NULL AS BIGINT) AS "reach__provenance",
                      CAST(NULL AS BIGINT) AS "impressions__provenance",
                      CAST(NULL AS BIGINT) AS "views__provenance",
                      CAST(NULL AS BIGINT) AS "likes__provenance",
                      CAST(NULL AS BIGINT) AS "comments__provenance",
                      CAST(NULL AS BIGINT) AS "shares__provenance",
                      CAST(NULL AS BIGINT) AS "saves__provenance",
                      CAST(NULL AS BIGINT) AS "clicks__provenance",
                      CAST(NULL AS DOUBLE PRECISION) AS "followers",
                      CAST(NULL AS BIGINT) AS "followers__provenance",
                      CAST(NULL AS DOUBLE PRECISION) AS "engagements",
                      CAST(NULL AS BIGINT) AS "engagements__provenance",
                      CAST(NULL AS DOUBLE PRECISION) AS "impressions_with_estimates",
                      CAST(NULL AS BIGINT) AS "impressions_with_estimates__provenance",
                      CAST(NULL AS DOUBLE PRECISION) AS "er_reach_post",
                      CAST(NULL AS DOUBLE PRECISION) AS "er_followers_post",
                      CAST(NULL AS DOUBLE PRECISION) AS "er_impressions_post",
                      CAST(NULL AS DOUBLE PRECISION) AS "er_views_post",
                      CAST(NULL AS BIGINT) AS "er_reach_post__provenance",
                      CAST(NULL AS BIGINT) AS "er_followers_post__provenance",
                      CAST(NULL AS BIGINT) AS "er_impressions_post__provenance",
                      CAST(NULL AS BIGINT) AS "er_views_post__provenance",
                      CAST(NULL AS VARCHAR) AS "post_platform",
                      CAST(NULL AS DOUBLE PRECISION) AS "publishing_influencer",
                      CAST(NULL AS DOUBLE PRECISION) AS "sponsored_posts",
                      CAST(NULL AS DOUBLE PRECISION) AS "disclosed_sponsored_posts",
                      CAST(NULL AS DOUBLE PRECISION) AS "cost",
                      CAST(NULL AS DOUBLE PRECISION) AS "key_message_posts",
                      CAST(NULL AS DOUBLE PRECISION) AS "ugc_post",
                      "t117"."mentions",
                      "t117"."brand_mentions",
                      "t117"."mention_engagements",
                      "t117"."brand_mention_engagements",
                      CAST(NULL AS DOUBLE PRECISION) AS "followers_start",
                      CAST(NULL AS DOUBLE PRECISION) AS "followers_gained",
                      CAST(NULL AS DOUBLE PRECISION) AS "followers_expected_gain",
                      CAST(NULL AS BIGINT) AS "followers_start__provenance",
                      CAST(NULL AS BIGINT) AS "followers_gained__provenance",
                      CAST(NULL AS BIGINT) AS "followers_expected_gain__provenance",
                      CAST(NULL AS DOUBLE PRECISION) AS "brand_followers_start",
                      CAST(NULL AS DOUBLE PRECISION) AS "brand_followers_gained",
                      CAST(NULL AS DOUBLE PRECISION) AS "brand_followers_expected_gain",
                      CAST(NULL AS BIGINT) AS "brand_followers_start__provenance",
                      CAST(NULL AS BIGINT) AS "brand_followers_gained__provenance",
                      CAST(NULL AS BIGINT) AS "brand_followers_expected_gain__provenance",
                      CAST(NULL AS DOUBLE PRECISION) AS "influencers_contacted",
                      CAST(NULL AS DOUBLE PRECISION) AS "influencers_interested",
                      CAST(NULL AS DOUBLE PRECISION) AS "posts_contracted",
                      CAST(NULL AS DOUBLE PRECISION) AS "products_sent",
                      CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                    FROM (
                      SELECT
                        "t112"."platform",
                        "t112"."day",
                        "t112"."mentions",
                        "t112"."brand_mentions",
                        "t112"."mention_engagements",
                        "t112"."brand_mention_engagements",
                        "t112"."campaign_id"
                      FROM (
                        SELECT
                          "t96"."mention_id",
                          "t96"."platform",
                          "t96"."day",
                          "t96"."mentions",
                          "t96"."brand_mentions",
                          "t96"."mention_engagements",
                          "t96"."brand_mention_engagements",
                          MIN("t96"."campaign_id") AS "campaign_id"
                        FROM (
                          SELECT
                            CAST("t61"."id" AS BIGINT) AS "campaign_id",
                            "t54"."id" AS "mention_id",
                            CAST("t54"."platform" AS VARCHAR) AS "platform",
                            "t54"."mentioned_on" AS "day",
                            CAST(1 AS DOUBLE PRECISION) AS "mentions",
                            CAST(CASE WHEN "t54"."own" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "brand_mentions",
                            "t54"."engagements" AS "mention_engagements",
                            CAST(CASE WHEN "t54"."own" THEN 1 ELSE 0 END AS DOUBLE PRECISION) * "t54"."engagements" AS "brand_mention_engagements"
                          FROM (
                            SELECT
                              *
                            FROM "mention" AS "t9"
                            WHERE
                              "t9"."mentioned_on" <= MAKE_DATE(2026, 3, 31)
                          ) AS "t54"
                          INNER JOIN "t27" AS "t61"
                            ON "t54"."workspace_id" = "t61"."workspace_id"
                            AND "t54"."mentioned_on" >= "t61"."start_date"
                            AND "t54"."mentioned_on" <= "t61"."end_date"
                        ) AS "t96"
                        GROUP BY
                          1,
                          2,
                          3,
                          4,
                          5,
                          6,
                          7
                      ) AS "t112"
                    ) AS "t117"
                  ) AS "t128"
                ) AS "t233"
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    "t235"."campaign_id",
                    "t235"."campaign",
                    "t235"."influencer_id",
                    "t235"."influencer",
                    "t235"."account_id",
                    "t235"."platform",
                    CAST(NULL AS VARCHAR) AS "format",
                    CAST(NULL AS BIGINT) AS "post_id",
                    "t235"."day",
                    CAST(NULL AS DOUBLE PRECISION) AS "reach",
                    CAST(NULL AS DOUBLE PRECISION) AS "impressions",
                    CAST(NULL AS DOUBLE PRECISION) AS "views",
                    CAST(NULL AS DOUBLE PRECISION) AS "likes",
                    CAST(NULL AS DOUBLE PRECISION) AS "comments",
                    CAST(NULL AS DOUBLE PRECISION) AS "shares",
                    CAST(NULL AS DOUBLE PRECISION) AS "saves",
                    CAST(NULL AS DOUBLE PRECISION) AS "clicks",
                    CAST(NULL AS BIGINT) AS "reach__provenance",
                    CAST(NULL AS BIGINT) AS "impressions__provenance",
                    CAST(NULL AS BIGINT) AS "views__provenance",
                    CAST(NULL AS BIGINT) AS "likes__provenance",
                    CAST(NULL AS BIGINT) AS "comments__provenance",
                    CAST(NULL AS BIGINT) AS "shares__provenance",
                    CAST(NULL AS BIGINT) AS "saves__provenance",
                    CAST(NULL AS BIGINT) AS "clicks__provenance",
                    CAST(NULL AS DOUBLE PRECISION) AS "followers",
                    CAST(NULL AS BIGINT) AS "followers__provenance",
                    CAST(NULL AS DOUBLE PRECISION) AS "engagements",
                    CAST(NULL AS BIGINT) AS "engagements__provenance",
                    CAST(NULL AS DOUBLE PRECISION) AS "impressions_with_estimates",
                    CAST(NULL AS BIGINT) AS "impressions_with_estimates__provenance",
                    CAST(NULL AS DOUBLE PRECISION) AS "er_reach_post",
                    CAST(NULL AS DOUBLE PRECISION) AS "er_followers_post",
                    CAST(NULL AS DOUBLE PRECISION) AS "er_impressions_post",
                    CAST(NULL AS DOUBLE PRECISION) AS "er_views_post",
                    CAST(NULL AS BIGINT) AS "er_reach_post__provenance",
                    CAST(NULL AS BIGINT) AS "er_followers_post__provenance",
                    CAST(NULL AS BIGINT) AS "er_impressions_post__provenance",
                    CAST(NULL AS BIGINT) AS "er_views_post__provenance",
                    CAST(NULL AS VARCHAR) AS "post_platform",
                    CAST(NULL AS DOUBLE PRECISION) AS "publishing_influencer",
                    CAST(NULL AS DOUBLE PRECISION) AS "sponsored_posts",
                    CAST(NULL AS DOUBLE PRECISION) AS "disclosed_sponsored_posts",
                    CAST(NULL AS DOUBLE PRECISION) AS "cost",
                    CAST(NULL AS DOUBLE PRECISION) AS "key_message_posts",
                    CAST(NULL AS DOUBLE PRECISION) AS "ugc_post",
                    CAST(NULL AS DOUBLE PRECISION) AS "mentions",
                    CAST(NULL AS DOUBLE PRECISION) AS "brand_mentions",
                    CAST(NULL AS DOUBLE PRECISION) AS "mention_engagements",
                    CAST(NULL AS DOUBLE PRECISION) AS "brand_mention_engagements",
                    CASE
                      WHEN "t235"."is_brand" = FALSE
                      THEN "t235"."start_followers"
                      ELSE CAST(NULL AS DOUBLE PRECISION)
                    END AS "followers_start",
                    CASE
                      WHEN "t235"."is_brand" = FALSE
                      THEN CASE
                        WHEN "t235"."end_seen_at" > "t235"."start_seen_at"
                        THEN "t235"."end_followers" - "t235"."start_followers"
                        ELSE CAST(NULL AS DOUBLE PRECISION)
                      END
                      ELSE CAST(NULL AS DOUBLE PRECISION)
                    END AS "followers_gained",
                    CASE
                      WHEN "t235"."is_brand" = FALSE
                      THEN CASE
                        WHEN "t235"."end_seen_at" > "t235"."start_seen_at"
                        THEN (
                          CAST((
                            "t235"."start_followers" - "t235"."before_followers"
                          ) AS DOUBLE PRECISION) / NULLIF(CAST("t235"."start_seen_at" - "t235"."before_seen_at" AS DOUBLE PRECISION), 0)
                        ) * (
                          "t235"."end_seen_at" - "t235"."start_seen_at"
                        )
                        ELSE CAST(NULL AS DOUBLE PRECISION)
                      END
                      ELSE CAST(NULL AS DOUBLE PRECISION)
                    END AS "followers_expected_gain",
                    CAST(CASE
                      WHEN "t235"."is_brand" = FALSE
                      THEN "t235"."start_rank"
                      ELSE CAST(NULL AS SMALLINT)
                    END AS BIGINT) AS "followers_start__provenance",
                    CASE
                      WHEN "t235"."is_brand" = FALSE
                      THEN CASE
                        WHEN "t235"."end_seen_at" > "t235"."start_seen_at"
                        THEN NULLIF(GREATEST(COALESCE("t235"."start_rank", -1), COALESCE("t235"."end_rank", -1)), -1)
                        ELSE CAST(NULL AS BIGINT)
                      END
                      ELSE CAST(NULL AS BIGINT)
                    END AS "followers_gained__provenance",
                    CASE
                      WHEN "t235"."is_brand" = FALSE
                      THEN CASE
                        WHEN CASE
                          WHEN "t235"."end_seen_at" > "t235"."start_seen_at"
                          THEN (
                            CAST((
                              "t235"."start_followers" - "t235"."before_followers"
                            ) AS DOUBLE PRECISION) / NULLIF(CAST("t235"."start_seen_at" - "t235"."before_seen_at" AS DOUBLE PRECISION), 0)
                          ) * (
                            "t235"."end_seen_at" - "t235"."start_seen_at"
                          )
                          ELSE CAST(NULL AS DOUBLE PRECISION)
                        END IS NOT NULL
                        THEN NULLIF(
                          GREATEST(
                            COALESCE(
                              CASE
                                WHEN "t235"."end_seen_at" > "t235"."start_seen_at"
                                THEN NULLIF(GREATEST(COALESCE("t235"."start_rank", -1), COALESCE("t235"."end_rank", -1)), -1)
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              -1
                            ),
                            COALESCE("t235"."before_rank", -1)
                          ),
                          -1
                        )
                        ELSE CAST(NULL AS BIGINT)
                      END
                      ELSE CAST(NULL AS BIGINT)
                    END AS "followers_expected_gain__provenance",
                    CASE
                      WHEN "t235"."is_brand" = TRUE
                      THEN "t235"."start_followers"
                      ELSE CAST(NULL AS DOUBLE PRECISION)
                    END AS "brand_followers_start",
                    CASE
                      WHEN "t235"."is_brand" = TRUE
                      THEN CASE
                        WHEN "t235"."end_seen_at" > "t235"."start_seen_at"
                        THEN "t235"."end_followers" - "t235"."start_followers"
                        ELSE CAST(NULL AS DOUBLE PRECISION)
                      END
                      ELSE CAST(NULL AS DOUBLE PRECISION)
                    END AS "brand_followers_gained",
                    CASE
                      WHEN "t235"."is_brand" = TRUE
                      THEN CASE
                        WHEN "t235"."end_seen_at" > "t235"."start_seen_at"
                        THEN (
                          CAST((
                            "t235"."start_followers" - "t235"."before_followers"
                          ) AS DOUBLE PRECISION) / NULLIF(CAST("t235"."start_seen_at" - "t235"."before_seen_at" AS DOUBLE PRECISION), 0)
                        ) * (
                          "t235"."end_seen_at" - "t235"."start_seen_at"
                        )
                        ELSE CAST(NULL AS DOUBLE PRECISION)
                      END
                      ELSE CAST(NULL AS DOUBLE PRECISION)
                    END AS "brand_followers_expected_gain",
                    CAST(CASE
                      WHEN "t235"."is_brand" = TRUE
                      THEN "t235"."start_rank"
                      ELSE CAST(NULL AS SMALLINT)
                    END AS BIGINT) AS "brand_followers_start__provenance",
                    CASE
                      WHEN "t235"."is_brand" = TRUE
                      THEN CASE
                        WHEN "t235"."end_seen_at" > "t235"."start_seen_at"
                        THEN NULLIF(GREATEST(COALESCE("t235"."start_rank", -1), COALESCE("t235"."end_rank", -1)), -1)
                        ELSE CAST(NULL AS BIGINT)
                      END
                      ELSE CAST(NULL AS BIGINT)
                    END AS "brand_followers_gained__provenance",
                    CASE
                      WHEN "t235"."is_brand" = TRUE
                      THEN CASE
                        WHEN CASE
                          WHEN "t235"."end_seen_at" > "t235"."start_seen_at"
                          THEN (
                            CAST((
                              "t235"."start_followers" - "t235"."before_followers"
                            ) AS DOUBLE PRECISION) / NULLIF(CAST("t235"."start_seen_at" - "t235"."before_seen_at" AS DOUBLE PRECISION), 0)
                          ) * (
                            "t235"."end_seen_at" - "t235"."start_seen_at"
                          )
                          ELSE CAST(NULL AS DOUBLE PRECISION)
                        END IS NOT NULL
                        THEN NULLIF(
                          GREATEST(
                            COALESCE(
                              CASE
                                WHEN "t235"."end_seen_at" > "t235"."start_seen_at"
                                THEN NULLIF(GREATEST(COALESCE("t235"."start_rank", -1), COALESCE("t235"."end_rank", -1)), -1)
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              -1
                            ),
                            COALESCE("t235"."before_rank", -1)
                          ),
                          -1
                        )
                        ELSE CAST(NULL AS BIGINT)
                      END
                      ELSE CAST(NULL AS BIGINT)
                    END AS "brand_followers_expected_gain__provenance",
                    CAST(NULL AS DOUBLE PRECISION) AS "influencers_contacted",
                    CAST(NULL AS DOUBLE PRECISION) AS "influencers_interested",
                    CAST(NULL AS DOUBLE PRECISION) AS "posts_contracted",
                    CAST(NULL AS DOUBLE PRECISION) AS "products_sent",
                    CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                  FROM (
                    SELECT
                      "t231"."campaign_id",
                      "t231"."influencer_id",
                      "t231"."influencer",
                      "t231"."account_id",
                      "t231"."platform",
                      "t231"."is_brand",
                      "t231"."day",
                      "t231"."start_at",
                      "t231"."end_at",
                      "t231"."campaign",
                      "t231"."start_followers",
                      "t231"."start_seen_at",
                      "t231"."start_rank",
                      "t231"."end_followers",
                      "t231"."end_seen_at",
                      "t231"."end_rank",
                      "t217"."before_followers",
                      "t217"."before_seen_at",
                      "t217"."before_rank"
                    FROM (
                      SELECT
                        "t225"."campaign_id",
                        "t225"."influencer_id",
                        "t225"."influencer",
                        "t225"."account_id",
                        "t225"."platform",
                        "t225"."is_brand",
                        "t225"."day",
                        "t225"."start_at",
                        "t225"."end_at",
                        "t225"."campaign",
                        "t225"."start_followers",
                        "t225"."start_seen_at",
                        "t225"."start_rank",
                        "t215"."end_followers",
                        "t215"."end_seen_at",
                        "t215"."end_rank"
                      FROM (
                        SELECT
                          "t190"."campaign_id",
                          "t190"."influencer_id",
                          "t190"."influencer",
                          "t190"."account_id",
                          "t190"."platform",
                          "t190"."is_brand",
                          "t190"."day",
                          "t190"."start_at",
                          "t190"."end_at",
                          "t190"."campaign",
                          "t219"."start_followers",
                          "t219"."start_seen_at",
                          "t219"."start_rank"
                        FROM (
                          SELECT
                            "t185"."campaign_id",
                            "t185"."influencer_id",
                            "t185"."influencer",
                            "t185"."account_id",
                            "t185"."platform",
                            "t185"."is_brand",
                            "t185"."day",
                            "t185"."start_at",
                            "t185"."end_at",
                            CAST(NULL AS VARCHAR) AS "campaign"
                          FROM (
                            SELECT
                              "t180"."influencer_id",
                              "t180"."influencer",
                              "t180"."account_id",
                              "t180"."platform",
                              "t180"."is_brand",
                              "t180"."stretch",
                              MIN("t180"."campaign_id") AS "campaign_id",
                              MAX("t180"."day") AS "day",
                              MIN("t180"."start_at") AS "start_at",
                              MAX("t180"."end_at") AS "end_at"
                            FROM (
                              SELECT
                                "t175"."campaign_id",
                                "t175"."campaign",
                                "t175"."influencer_id",
                                "t175"."influencer",
                                "t175"."account_id",
                                "t175"."platform",
                                "t175"."is_brand",
                                "t175"."day",
                                "t175"."start_at",
                                "t175"."end_at",
                                "t175"."reached",
                                "t175"."opens",
                                SUM("t175"."opens") OVER (
                                  PARTITION BY "t175"."account_id"
                                  ORDER BY "t175"."start_at" ASC, "t175"."campaign_id" ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                ) AS "stretch"
                              FROM (
                                SELECT
                                  "t164"."campaign_id",
                                  "t164"."campaign",
                                  "t164"."influencer_id",
                                  "t164"."influencer",
                                  "t164"."account_id",
                                  "t164"."platform",
                                  "t164"."is_brand",
                                  "t164"."day",
                                  "t164"."start_at",
                                  "t164"."end_at",
                                  "t164"."reached",
                                  CASE
                                    WHEN (
                                      LAG("t164"."reached") OVER (
                                        PARTITION BY "t164"."account_id"
                                        ORDER BY "t164"."start_at" ASC, "t164"."campaign_id" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                      ) IS NULL
                                    )
                                    OR (
                                      "t164"."start_at" >= LAG("t164"."reached") OVER (
                                        PARTITION BY "t164"."account_id"
                                        ORDER BY "t164"."start_at" ASC, "t164"."campaign_id" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                      )
                                    )
                                    THEN 1
                                    ELSE 0
                                  END AS "opens"
                                FROM (
                                  SELECT
                                    "t145"."campaign_id",
                                    "t145"."campaign",
                                    "t145"."influencer_id",
                                    "t145"."influencer",
                                    "t145"."account_id",
                                    "t145"."platform",
                                    "t145"."is_brand",
                                    "t145"."day",
                                    "t145"."start_at",
                                    "t145"."end_at",
                                    MAX("t145"."end_at") OVER (
                                      PARTITION BY "t145"."account_id"
                                      ORDER BY "t145"."start_at" ASC, "t145"."campaign_id" ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ) AS "reached"
                                  FROM (
                                    SELECT
                                      "t132"."campaign_id",
                                      CAST("t17"."name" AS VARCHAR) AS "campaign",
                                      CAST("t16"."id" AS BIGINT) AS "influencer_id",
                                      CAST("t16"."name" AS VARCHAR) AS "influencer",
                                      "t132"."account_id",
                                      CAST("t20"."platform" AS VARCHAR) AS "platform",
                                      "t132"."is_brand",
                                      "t17"."end_date" AS "day",
                                      EXTRACT('epoch' FROM CAST("t17"."start_date" AS TIMESTAMPTZ)) AS "start_at",
                                      EXTRACT('epoch' FROM CAST("t17"."end_date" AS TIMESTAMPTZ)) + 86400 AS "end_at"
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
                                            "t97"."campaign_id",
                                            "t97"."account_id"
                                          FROM "campaign_posts_in" AS "t97"
                                        ) AS "t109"
                                      ) AS "t119"
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST("t62"."id" AS BIGINT) AS "campaign_id",
                                          CAST("t20"."id" AS BIGINT) AS "account_id",
                                          TRUE AS "is_brand"
                                        FROM "t27" AS "t62"
                                        INNER JOIN (
                                          SELECT
                                            *
                                          FROM "influencer" AS "t0"
                                          WHERE
                                            "t0"."is_brand"
                                        ) AS "t26"
                                          ON "t26"."workspace_id" = "t62"."workspace_id"
                                        INNER JOIN "account" AS "t20"
                                          ON "t20"."influencer_id" = "t26"."id"
                                      ) AS "t85"
                                    ) AS "t132"
                                    INNER JOIN "campaign" AS "t17"
                                      ON "t132"."campaign_id" = "t17"."id"
                                    INNER JOIN "account" AS "t20"
                                      ON "t132"."account_id" = "t20"."id"
                                    INNER JOIN "influencer" AS "t16"
                                      ON "t20"."influencer_id" = "t16"."id"
                                  ) AS "t145"
                                ) AS "t164"
                              ) AS "t175"
                            ) AS "t180"
                            GROUP BY
                              1,
                              2,
                              3,
                              4,
                              5,
                              6
                          ) AS "t185"
                        ) AS "t190"
                        INNER JOIN (
                          SELECT
                            "t212"."campaign_id",
                            "t212"."account_id",
                            CAST("t212"."followers" AS DOUBLE PRECISION) AS "start_followers",
                            "t212"."at" AS "start_seen_at",
                            "t212"."rank" AS "start_rank"
                          FROM (
                            SELECT
                              "t197"."campaign_id",
                              "t197"."influencer_id",
                              "t197"."influencer",
                              "t197"."account_id",
                              "t197"."platform",
                              "t197"."is_brand",
                              "t197"."day",
                              "t197"."start_at",
                              "t197"."end_at",
                              "t197"."campaign",
                              "t197"."followers",
                              "t197"."at",
                              "t197"."rank",
                              ROW_NUMBER() OVER (
                                PARTITION BY "t197"."campaign_id", "t197"."account_id"
                                ORDER BY CASE WHEN "t197"."at" <= "t197"."start_at" THEN 0 ELSE 1 END ASC, ABS("t197"."at" - "t197"."start_at") ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) - 1 AS "order"
                            FROM "t195" AS "t197"
                          ) AS "t212"
                          WHERE
                            "t212"."order" = 0
                        ) AS "t219"
                          ON "t190"."campaign_id" = "t219"."campaign_id"
                          AND "t190"."account_id" = "t219"."account_id"
                      ) AS "t225"
                      LEFT OUTER JOIN (
                        SELECT
                          "t206"."campaign_id",
                          "t206"."account_id",
                          CAST("t206"."followers" AS DOUBLE PRECISION) AS "end_followers",
                          "t206"."at" AS "end_seen_at",
                          "t206"."rank" AS "end_rank"
                        FROM (
                          SELECT
                            "t197"."campaign_id",
                            "t197"."influencer_id",
                            "t197"."influencer",
                            "t197"."account_id",
                            "t197"."platform",
                            "t197"."is_brand",
                            "t197"."day",
                            "t197"."start_at",
                            "t197"."end_at",
                            "t197"."campaign",
                            "t197"."followers",
                            "t197"."at",
                            "t197"."rank",
                            ROW_NUMBER() OVER (
                              PARTITION BY "t197"."campaign_id", "t197"."account_id"
                              ORDER BY "t197"."at" DESC NULLS LAST
                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                            ) - 1 AS "order"
                          FROM "t195" AS "t197"
                        ) AS "t206"
                        WHERE
                          "t206"."order" = 0
                      ) AS "t215"
                        ON "t225"."campaign_id" = "t215"."campaign_id"
                        AND "t225"."account_id" = "t215"."account_id"
                    ) AS "t231"
                    LEFT OUTER JOIN (
                      SELECT
                        "t209"."campaign_id",
                        "t209"."account_id",
                        CAST("t209"."followers" AS DOUBLE PRECISION) AS "before_followers",
                        "t209"."at" AS "before_seen_at",
                        "t209"."rank" AS "before_rank"
                      FROM (
                        SELECT
                          "t199"."campaign_id",
                          "t199"."influencer_id",
                          "t199"."influencer",
                          "t199"."account_id",
                          "t199"."platform",
                          "t199"."is_brand",
                          "t199"."day",
                          "t199"."start_at",
                          "t199"."end_at",
                          "t199"."campaign",
                          "t199"."followers",
                          "t199"."at",
                          "t199"."rank",
                          ROW_NUMBER() OVER (
                            PARTITION BY "t199"."campaign_id", "t199"."account_id"
                            ORDER BY "t199"."at" DESC NULLS LAST
                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                          ) - 1 AS "order"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t190"."campaign_id",
                              "t190"."influencer_id",
                              "t190"."influencer",
                              "t190"."account_id",
                              "t190"."platform",
                              "t190"."is_brand",
                              "t190"."day",
                              "t190"."start_at",
                              "t190"."end_at",
                              "t190"."campaign",
                              "t67"."followers",
                              "t67"."at",
                              "t67"."rank"
                            FROM (
                              SELECT
                                "t185"."campaign_id",
                                "t185"."influencer_id",
                                "t185"."influencer",
                                "t185"."account_id",
                                "t185"."platform",
                                "t185"."is_brand",
                                "t185"."day",
                                "t185"."start_at",
                                "t185"."end_at",
                                CAST(NULL AS VARCHAR) AS "campaign"
                              FROM (
                                SELECT
                                  "t180"."influencer_id",
                                  "t180"."influencer",
                                  "t180"."account_id",
                                  "t180"."platform",
                                  "t180"."is_brand",
                                  "t180"."stretch",
                                  MIN("t180"."campaign_id") AS "campaign_id",
                                  MAX("t180"."day") AS "day",
                                  MIN("t180"."start_at") AS "start_at",
                                  MAX("t180"."end_at") AS "end_at"
                                FROM (
                                  SELECT
                                    "t175"."campaign_id",
                                    "t175"."campaign",
                                    "t175"."influencer_id",
                                    "t175"."influencer",
                                    "t175"."account_id",
                                    "t175"."platform",
                                    "t175"."is_brand",
                                    "t175"."day",
                                    "t175"."start_at",
                                    "t175"."end_at",
                                    "t175"."reached",
                                    "t175"."opens",
                                    SUM("t175"."opens") OVER (
                                      PARTITION BY "t175"."account_id"
                                      ORDER BY "t175"."start_at" ASC, "t175"."campaign_id" ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ) AS "stretch"
                                  FROM (
                                    SELECT
                                      "t164"."campaign_id",
                                      "t164"."campaign",
                                      "t164"."influencer_id",
                                      "t164"."influencer",
                                      "t164"."account_id",
                                      "t164"."platform",
                                      "t164"."is_brand",
                                      "t164"."day",
                                      "t164"."start_at",
                                      "t164"."end_at",
                                      "t164"."reached",
                                      CASE
                                        WHEN (
                                          LAG("t164"."reached") OVER (
                                            PARTITION BY "t164"."account_id"
                                            ORDER BY "t164"."start_at" ASC, "t164"."campaign_id" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                          ) IS NULL
                                        )
                                        OR (
                                          "t164"."start_at" >= LAG("t164"."reached") OVER (
                                            PARTITION BY "t164"."account_id"
                                            ORDER BY "t164"."start_at" ASC, "t164"."campaign_id" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                          )
                                        )
                                        THEN 1
                                        ELSE 0
                                      END AS "opens"
                                    FROM (
                                      SELECT
                                        "t145"."campaign_id",
                                        "t145"."campaign",
                                        "t145"."influencer_id",
                                        "t145"."influencer",
                                        "t145"."account_id",
                                        "t145"."platform",
                                        "t145"."is_brand",
                                        "t145"."day",
                                        "t145"."start_at",
                                        "t145"."end_at",
                                        MAX("t145"."end_at") OVER (
                                          PARTITION BY "t145"."account_id"
                                          ORDER BY "t145"."start_at" ASC, "t145"."campaign_id" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                        ) AS "reached"
                                      FROM (
                                        SELECT
                                          "t132"."campaign_id",
                                          CAST("t17"."name" AS VARCHAR) AS "campaign",
                                          CAST("t16"."id" AS BIGINT) AS "influencer_id",
                                          CAST("t16"."name" AS VARCHAR) AS "influencer",
                                          "t132"."account_id",
                                          CAST("t20"."platform" AS VARCHAR) AS "platform",
                                          "t132"."is_brand",
                                          "t17"."end_date" AS "day",
                                          EXTRACT('epoch' FROM CAST("t17"."start_date" AS TIMESTAMPTZ)) AS "start_at",
                                          EXTRACT('epoch' FROM CAST("t17"."end_date" AS TIMESTAMPTZ)) + 86400 AS "end_at"
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
                                                "t97"."campaign_id",
                                                "t97"."account_id"
                                              FROM "campaign_posts_in" AS "t97"
                                            ) AS "t109"
                                          ) AS "t119"
                                          UNION ALL
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              CAST("t62"."id" AS BIGINT) AS "campaign_id",
                                              CAST("t20"."id" AS BIGINT) AS "account_id",
                                              TRUE AS "is_brand"
                                            FROM "t27" AS "t62"
                                            INNER JOIN (
                                              SELECT
                                                *
                                              FROM "influencer" AS "t0"
                                              WHERE
                                                "t0"."is_brand"
                                            ) AS "t26"
                                              ON "t26"."workspace_id" = "t62"."workspace_id"
                                            INNER JOIN "account" AS "t20"
                                              ON "t20"."influencer_id" = "t26"."id"
                                          ) AS "t85"
                                        ) AS "t132"
                                        INNER JOIN "campaign" AS "t17"
                                          ON "t132"."campaign_id" = "t17"."id"
                                        INNER JOIN "account" AS "t20"
                                          ON "t132"."account_id" = "t20"."id"
                                        INNER JOIN "influencer" AS "t16"
                                          ON "t20"."influencer_id" = "t16"."id"
                                      ) AS "t145"
                                    ) AS "t164"
                                  ) AS "t175"
                                ) AS "t180"
                                GROUP BY
                                  1,
                                  2,
                                  3,
                                  4,
                                  5,
                                  6
                              ) AS "t185"
                            ) AS "t190"
                            INNER JOIN (
                              SELECT
                                CAST("t13"."account_id" AS BIGINT) AS "account_id",
                                "t13"."followers",
                                EXTRACT('epoch' FROM CAST("t13"."captured_at" AS TIMESTAMPTZ)) AS "at",
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
                                "t13"."captured_at" <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                            ) AS "t67"
                              ON "t190"."account_id" = "t67"."account_id"
                          ) AS "t193"
                          WHERE
                            "t193"."at" <= (
                              "t193"."start_at" - (
                                "t193"."end_at" - "t193"."start_at"
                              )
                            )
                        ) AS "t199"
                      ) AS "t209"
                      WHERE
                        "t209"."order" = 0
                    ) AS "t217"
                      ON "t231"."campaign_id" = "t217"."campaign_id"
                      AND "t231"."account_id" = "t217"."account_id"
                  ) AS "t235"
                ) AS "t236"
              ) AS "t237"
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
                  CAST(NULL AS VARCHAR) AS "platform",
                  CAST(NULL AS VARCHAR) AS "format",
                  CAST(NULL AS BIGINT) AS "post_id",
                  "t90"."day",
                  CAST(NULL AS DOUBLE PRECISION) AS "reach",
                  CAST(NULL AS DOUBLE PRECISION) AS "impressions",
                  CAST(NULL AS DOUBLE PRECISION) AS "views",
                  CAST(NULL AS DOUBLE PRECISION) AS "likes",
                  CAST(NULL AS DOUBLE PRECISION) AS "comments",
                  CAST(NULL AS DOUBLE PRECISION) AS "shares",
                  CAST(NULL AS DOUBLE PRECISION) AS "saves",
                  CAST(NULL AS DOUBLE PRECISION) AS "clicks",
                  CAST(NULL AS BIGINT) AS "reach__provenance",
                  CAST(NULL AS BIGINT) AS "impressions__provenance",
                  CAST(NULL AS BIGINT) AS "views__provenance",
                  CAST(NULL AS BIGINT) AS "likes__provenance",
                  CAST(NULL AS BIGINT) AS "comments__provenance",
                  CAST(NULL AS BIGINT) AS "shares__provenance",
                  CAST(NULL AS BIGINT) AS "saves__provenance",
                  CAST(NULL AS BIGINT) AS "clicks__provenance",
                  CAST(NULL AS DOUBLE PRECISION) AS "followers",
                  CAST(NULL AS BIGINT) AS "followers__provenance",
                  CAST(NULL AS DOUBLE PRECISION) AS "engagements",
                  CAST(NULL AS BIGINT) AS "engagements__provenance",
                  CAST(NULL AS DOUBLE PRECISION) AS "impressions_with_estimates",
                  CAST(NULL AS BIGINT) AS "impressions_with_estimates__provenance",
                  CAST(NULL AS DOUBLE PRECISION) AS "er_reach_post",
                  CAST(NULL AS DOUBLE PRECISION) AS "er_followers_post",
                  CAST(NULL AS DOUBLE PRECISION) AS "er_impressions_post",
                  CAST(NULL AS DOUBLE PRECISION) AS "er_views_post",
                  CAST(NULL AS BIGINT) AS "er_reach_post__provenance",
                  CAST(NULL AS BIGINT) AS "er_followers_post__provenance",
                  CAST(NULL AS BIGINT) AS "er_impressions_post__provenance",
                  CAST(NULL AS BIGINT) AS "er_views_post__provenance",
                  CAST(NULL AS VARCHAR) AS "post_platform",
                  CAST(NULL AS DOUBLE PRECISION) AS "publishing_influencer",
                  CAST(NULL AS DOUBLE PRECISION) AS "sponsored_posts",
                  CAST(NULL AS DOUBLE PRECISION) AS "disclosed_sponsored_posts",
                  CAST(NULL AS DOUBLE PRECISION) AS "cost",
                  CAST(NULL AS DOUBLE PRECISION) AS "key_message_posts",
                  CAST(NULL AS DOUBLE PRECISION) AS "ugc_post",
                  CAST(NULL AS DOUBLE PRECISION) AS "mentions",
                  CAST(NULL AS DOUBLE PRECISION) AS "brand_mentions",
                  CAST(NULL AS DOUBLE PRECISION) AS "mention_engagements",
                  CAST(NULL AS DOUBLE PRECISION) AS "brand_mention_engagements",
                  CAST(NULL AS DOUBLE PRECISION) AS "followers_start",
                  CAST(NULL AS DOUBLE PRECISION) AS "followers_gained",
                  CAST(NULL AS DOUBLE PRECISION) AS "followers_expected_gain",
                  CAST(NULL AS BIGINT) AS "followers_start__provenance",
                  CAST(NULL AS BIGINT) AS "followers_gained__provenance",
                  CAST(NULL AS BIGINT) AS "followers_expected_gain__provenance",
                  CAST(NULL AS DOUBLE PRECISION) AS "brand_followers_start",
                  CAST(NULL AS DOUBLE PRECISION) AS "brand_followers_gained",
                  CAST(NULL AS DOUBLE PRECISION) AS "brand_followers_expected_gain",
                  CAST(NULL AS BIGINT) AS "brand_followers_start__provenance",
                  CAST(NULL AS BIGINT) AS "brand_followers_gained__provenance",
                  CAST(NULL AS BIGINT) AS "brand_followers_expected_gain__provenance",
                  "t90"."influencers_contacted",
                  "t90"."influencers_interested",
                  "t90"."posts_contracted",
                  "t90"."products_sent",
                  CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                FROM (
                  SELECT
                    CAST("t53"."campaign_id" AS BIGINT) AS "campaign_id",
                    CAST("t17"."name" AS VARCHAR) AS "campaign",
                    CAST("t53"."influencer_id" AS BIGINT) AS "influencer_id",
                    CAST("t15"."name" AS VARCHAR) AS "influencer",
                    "t17"."start_date" AS "day",
                    CAST(1 AS DOUBLE PRECISION) AS "influencers_contacted",
                    CAST(CASE WHEN "t53"."status" IN ('interested', 'activated') THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "influencers_interested",
                    CAST("t53"."posts_contracted" AS DOUBLE PRECISION) AS "posts_contracted",
                    CAST("t53"."products_sent" AS DOUBLE PRECISION) AS "products_sent"
                  FROM (
                    SELECT
                      *
                    FROM "roster" AS "t8"
                    WHERE
                      "t8"."campaign_id" IN (1)
                  ) AS "t53"
                  INNER JOIN "campaign" AS "t17"
                    ON "t53"."campaign_id" = "t17"."id"
                  INNER JOIN "influencer" AS "t15"
                    ON "t53"."influencer_id" = "t15"."id"
                ) AS "t90"
              ) AS "t102"
            ) AS "t238"
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                CAST("t1"."id" AS BIGINT) AS "campaign_id",
                CAST("t1"."name" AS VARCHAR) AS "campaign",
                CAST(NULL AS BIGINT) AS "influencer_id",
                CAST(NULL AS VARCHAR) AS "influencer",
                CAST(NULL AS BIGINT) AS "account_id",
                CAST(NULL AS VARCHAR) AS "platform",
                CAST(NULL AS VARCHAR) AS "format",
                CAST(NULL AS BIGINT) AS "post_id",
                CAST("t1"."start_date" AS DATE) AS "day",
                CAST(NULL AS DOUBLE PRECISION) AS "reach",
                CAST(NULL AS DOUBLE PRECISION) AS "impressions",
                CAST(NULL AS DOUBLE PRECISION) AS "views",
                CAST(NULL AS DOUBLE PRECISION) AS "likes",
                CAST(NULL AS DOUBLE PRECISION) AS "comments",
                CAST(NULL AS DOUBLE PRECISION) AS "shares",
                CAST(NULL AS DOUBLE PRECISION) AS "saves",
                CAST(NULL AS DOUBLE PRECISION) AS "clicks",
                CAST(NULL AS BIGINT) AS "reach__provenance",
                CAST(NULL AS BIGINT) AS "impressions__provenance",
                CAST(NULL AS BIGINT) AS "views__provenance",
                CAST(NULL AS BIGINT) AS "likes__provenance",
                CAST(NULL AS BIGINT) AS "comments__provenance",
                CAST(NULL AS BIGINT) AS "shares__provenance",
                CAST(NULL AS BIGINT) AS "saves__provenance",
                CAST(NULL AS BIGINT) AS "clicks__provenance",
                CAST(NULL AS DOUBLE PRECISION) AS "followers",
                CAST(NULL AS BIGINT) AS "followers__provenance",
                CAST(NULL AS DOUBLE PRECISION) AS "engagements",
                CAST(NULL AS BIGINT) AS "engagements__provenance",
                CAST(NULL AS DOUBLE PRECISION) AS "impressions_with_estimates",
                CAST(NULL AS BIGINT) AS "impressions_with_estimates__provenance",
                CAST(NULL AS DOUBLE PRECISION) AS "er_reach_post",
                CAST(NULL AS DOUBLE PRECISION) AS "er_followers_post",
                CAST(NULL AS DOUBLE PRECISION) AS "er_impressions_post",
                CAST(NULL AS DOUBLE PRECISION) AS "er_views_post",
                CAST(NULL AS BIGINT) AS "er_reach_post__provenance",
                CAST(NULL AS BIGINT) AS "er_followers_post__provenance",
                CAST(NULL AS BIGINT) AS "er_impressions_post__provenance",
                CAST(NULL AS BIGINT) AS "er_views_post__provenance",
                CAST(NULL AS VARCHAR) AS "post_platform",
                CAST(NULL AS DOUBLE PRECISION) AS "publishing_influencer",
                CAST(NULL AS DOUBLE PRECISION) AS "sponsored_posts",
                CAST(NULL AS DOUBLE PRECISION) AS "disclosed_sponsored_posts",
                CAST(NULL AS DOUBLE PRECISION) AS "cost",
                CAST(NULL AS DOUBLE PRECISION) AS "key_message_posts",
                CAST(NULL AS DOUBLE PRECISION) AS "ugc_post",
                CAST(NULL AS DOUBLE PRECISION) AS "mentions",
                CAST(NULL AS DOUBLE PRECISION) AS "brand_mentions",
                CAST(NULL AS DOUBLE PRECISION) AS "mention_engagements",
                CAST(NULL AS DOUBLE PRECISION) AS "brand_mention_engagements",
                CAST(NULL AS DOUBLE PRECISION) AS "followers_start",
                CAST(NULL AS DOUBLE PRECISION) AS "followers_gained",
                CAST(NULL AS DOUBLE PRECISION) AS "followers_expected_gain",
                CAST(NULL AS BIGINT) AS "followers_start__provenance",
                CAST(NULL AS BIGINT) AS "followers_gained__provenance",
                CAST(NULL AS BIGINT) AS "followers_expected_gain__provenance",
                CAST(NULL AS DOUBLE PRECISION) AS "brand_followers_start",
                CAST(NULL AS DOUBLE PRECISION) AS "brand_followers_gained",
                CAST(NULL AS DOUBLE PRECISION) AS "brand_followers_expected_gain",
                CAST(NULL AS BIGINT) AS "brand_followers_start__provenance",
                CAST(NULL AS BIGINT) AS "brand_followers_gained__provenance",
                CAST(NULL AS BIGINT) AS "brand_followers_expected_gain__provenance",
                CAST(NULL AS DOUBLE PRECISION) AS "influencers_contacted",
                CAST(NULL AS DOUBLE PRECISION) AS "influencers_interested",
                CAST(NULL AS DOUBLE PRECISION) AS "posts_contracted",
                CAST(NULL AS DOUBLE PRECISION) AS "products_sent",
                CAST(CASE
                  WHEN LENGTH("t1"."key_messages") > 0
                  THEN (
                    LENGTH("t1"."key_messages") - LENGTH(REPLACE("t1"."key_messages", '
', ''))
                  ) + 1
                  ELSE 0
                END AS DOUBLE PRECISION) AS "key_messages"
              FROM "campaign" AS "t1"
              WHERE
                "t1"."id" IN (1)
            ) AS "t72"
          ) AS "t241"
          LEFT OUTER JOIN (
            SELECT
              "t151"."key" AS "campaign_id",
              "t151"."rate" AS "emv_rate"
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  CAST("t1"."id" AS BIGINT) AS "key",
                  CAST(1 AS DOUBLE PRECISION) AS "rate"
                FROM "campaign" AS "t1"
                WHERE
                  'EUR' = CAST("t1"."currency" AS VARCHAR)
              ) AS "t45"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t137"."key",
                  "t137"."rate"
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
                      "t77"."rate",
                      EXTRACT('epoch' FROM CAST("t77"."valid_on" AS TIMESTAMPTZ)) AS "valid"
                    FROM (
                      SELECT
                        CAST("t1"."id" AS BIGINT) AS "key",
                        'EUR' AS "base",
                        CAST("t1"."currency" AS VARCHAR) AS "quote",
                        EXTRACT('epoch' FROM CAST("t1"."start_date" AS TIMESTAMPTZ)) AS "on"
                      FROM "campaign" AS "t1"
                    ) AS "t64"
                    INNER JOIN "t69" AS "t77"
                      ON "t64"."base" = "t77"."base" AND "t64"."quote" = "t77"."quote"
                  ) AS "t108"
                ) AS "t137"
                WHERE
                  "t137"."order" = 0
              ) AS "t144"
            ) AS "t151"
          ) AS "t159"
            ON "t241"."campaign_id" = "t159"."campaign_id"
        ) AS "t244"
        LEFT OUTER JOIN (
          SELECT
            "t6"."account_id",
            "t6"."inauthentic_share"
          FROM "account_audit" AS "t6"
        ) AS "t30"
          ON "t244"."account_id" = "t30"."account_id"
      ) AS "t246"
    ) AS "t249"
    LEFT OUTER JOIN (
      SELECT
        "t150"."key" AS "campaign_id",
        "t150"."rate" AS "paid_rate"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            CAST("t1"."id" AS BIGINT) AS "key",
            CAST(1 AS DOUBLE PRECISION) AS "rate"
          FROM "campaign" AS "t1"
          WHERE
            'USD' = CAST("t1"."currency" AS VARCHAR)
        ) AS "t44"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            "t136"."key",
            "t136"."rate"
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
                "t76"."rate",
                EXTRACT('epoch' FROM CAST("t76"."valid_on" AS TIMESTAMPTZ)) AS "valid"
              FROM (
                SELECT
                  CAST("t1"."id" AS BIGINT) AS "key",
                  'USD' AS "base",
                  CAST("t1"."currency" AS VARCHAR) AS "quote",
                  EXTRACT('epoch' FROM CAST("t1"."start_date" AS TIMESTAMPTZ)) AS "on"
                FROM "campaign" AS "t1"
              ) AS "t63"
              INNER JOIN "t69" AS "t76"
                ON "t63"."base" = "t76"."base" AND "t63"."quote" = "t76"."quote"
            ) AS "t107"
          ) AS "t136"
          WHERE
            "t136"."order" = 0
        ) AS "t143"
      ) AS "t150"
    ) AS "t158"
      ON "t249"."campaign_id" = "t158"."campaign_id"
  ) AS "t251"
  WHERE
    "t251"."campaign_id" IN (1)
    AND (
      (
        "t251"."brand_followers_expected_gain" IS NOT NULL
      )
      OR (
        "t251"."brand_followers_gained" IS NOT NULL
      )
      OR (
        "t251"."brand_followers_start" IS NOT NULL
      )
      OR (
        "t251"."brand_mention_engagements" IS NOT NULL
      )
      OR (
        "t251"."brand_mentions" IS NOT NULL
      )
      OR (
        "t251"."clicks" IS NOT NULL
      )
      OR (
        "t251"."comments" IS NOT NULL
      )
      OR (
        "t251"."cost" IS NOT NULL
      )
      OR (
        "t251"."disclosed_sponsored_posts" IS NOT NULL
      )
      OR (
        "t251"."emv" IS NOT NULL
      )
      OR (
        "t251"."emv_authentic" IS NOT NULL
      )
      OR (
        "t251"."engagements" IS NOT NULL
      )
      OR (
        "t251"."er_followers_post" IS NOT NULL
      )
      OR (
        "t251"."er_impressions_post" IS NOT NULL
      )
      OR (
        "t251"."er_reach_post" IS NOT NULL
      )
      OR (
        "t251"."er_views_post" IS NOT NULL
      )
      OR (
        "t251"."followers" IS NOT NULL
      )
      OR (
        "t251"."followers_expected_gain" IS NOT NULL
      )
      OR (
        "t251"."followers_gained" IS NOT NULL
      )
      OR (
        "t251"."followers_start" IS NOT NULL
      )
      OR (
        "t251"."impressions" IS NOT NULL
      )
      OR (
        "t251"."impressions_with_estimates" IS NOT NULL
      )
      OR (
        "t251"."influencers_contacted" IS NOT NULL
      )
      OR (
        "t251"."influencers_interested" IS NOT NULL
      )
      OR (
        "t251"."key_message_posts" IS NOT NULL
      )
      OR (
        "t251"."key_messages" IS NOT NULL
      )
      OR (
        "t251"."likes" IS NOT NULL
      )
      OR (
        "t251"."mention_engagements" IS NOT NULL
      )
      OR (
        "t251"."mentions" IS NOT NULL
      )
      OR (
        (
          CAST("t251"."cost" AS DOUBLE PRECISION) / (
            CASE
              WHEN "t251"."platform" = 'tiktok'
              THEN CAST(NULL AS DOUBLE PRECISION)
              WHEN "t251"."platform" = 'youtube'
              THEN CAST(NULL AS DOUBLE PRECISION)
              ELSE 1.88
            END * "t251"."paid_rate"
          )
        ) IS NOT NULL
      )
      OR (
        (
          (
            CAST("t251"."cost" AS DOUBLE PRECISION) / (
              CASE
                WHEN "t251"."platform" = 'tiktok'
                THEN 7.5
                WHEN "t251"."platform" = 'youtube'
                THEN 3.53
                ELSE 19.8
              END * "t251"."paid_rate"
            )
          ) * 1000
        ) IS NOT NULL
      )
      OR (
        (
          CAST("t251"."cost" AS DOUBLE PRECISION) / (
            CASE
              WHEN "t251"."platform" = 'youtube'
              THEN 0.026
              ELSE CAST(NULL AS DOUBLE PRECISION)
            END * "t251"."paid_rate"
          )
        ) IS NOT NULL
      )
      OR (
        "t251"."post_id" IS NOT NULL
      )
      OR (
        "t251"."post_platform" IS NOT NULL
      )
      OR (
        "t251"."posts_contracted" IS NOT NULL
      )
      OR (
        "t251"."products_sent" IS NOT NULL
      )
      OR (
        "t251"."publishing_influencer" IS NOT NULL
      )
      OR (
        "t251"."reach" IS NOT NULL
      )
      OR (
        "t251"."saves" IS NOT NULL
      )
      OR (
        "t251"."shares" IS NOT NULL
      )
      OR (
        "t251"."sponsored_posts" IS NOT NULL
      )
      OR (
        "t251"."ugc_post" IS NOT NULL
      )
      OR (
        "t251"."views" IS NOT NULL
      )
    )
)
SELECT
  "t266"."influencer_id",
  "t266"."influencer",
  "t266"."platform",
  "t266"."key_messages",
  "t266"."platforms_selected",
  "t266"."influencers_contacted",
  "t266"."influencers_interested",
  (
    "t266"."influencers_interested" / NULLIF("t266"."influencers_contacted", 0)
  ) * 100 AS "influencers_interested_rate",
  "t266"."influencers_activated",
  "t266"."products_sent",
  "t266"."reach",
  "t266"."impressions",
  "t266"."views",
  "t266"."impressions_with_estimates",
  (
    CAST("t266"."reach_rate__first" AS DOUBLE PRECISION) / NULLIF("t266"."reach_rate__second", 0)
  ) * 100 AS "reach_rate",
  "t266"."brand_mentions",
  (
    "t266"."brand_mentions" / NULLIF("t266"."mentions", 0)
  ) * 100 AS "share_of_voice",
  (
    CAST("t266"."brand_mention_engagements" AS DOUBLE PRECISION) / NULLIF("t266"."mention_engagements", 0)
  ) * 100 AS "share_of_engagement",
  "t266"."key_message_posts",
  (
    "t266"."key_message_posts" / NULLIF(CAST("t266"."posts" AS DOUBLE PRECISION), 0)
  ) * 100 AS "key_message_rate",
  "t266"."posts",
  "t266"."posts_contracted",
  (
    CAST("t266"."posts" AS DOUBLE PRECISION) / NULLIF("t266"."posts_contracted", 0)
  ) * 100 AS "posts_delivery_rate",
  "t266"."ugc_posts",
  "t266"."likes",
  "t266"."comments",
  "t266"."shares",
  "t266"."saves",
  "t266"."engagements",
  (
    CAST("t266"."engagement_rate_reach__first" AS DOUBLE PRECISION) / NULLIF("t266"."engagement_rate_reach__second", 0)
  ) * 100 AS "engagement_rate_reach",
  (
    CAST("t266"."engagement_rate_followers__first" AS DOUBLE PRECISION) / NULLIF("t266"."engagement_rate_followers__second", 0)
  ) * 100 AS "engagement_rate_followers",
  "t266"."er_reach_post_mean" AS "engagement_rate_reach_post_mean",
  "t266"."er_reach_post_median" AS "engagement_rate_reach_post_median",
  "t266"."er_reach_account_mean" AS "engagement_rate_reach_account_mean",
  "t266"."er_reach_account_median" AS "engagement_rate_reach_account_median",
  "t266"."er_followers_post_mean" AS "engagement_rate_followers_post_mean",
  "t266"."er_followers_post_median" AS "engagement_rate_followers_post_median",
  "t266"."er_followers_account_mean" AS "engagement_rate_followers_account_mean",
  "t266"."er_followers_account_median" AS "engagement_rate_followers_account_median",
  (
    CAST("t266"."engagement_rate_impressions__first" AS DOUBLE PRECISION) / NULLIF("t266"."engagement_rate_impressions__second", 0)
  ) * 100 AS "engagement_rate_impressions",
  "t266"."er_impressions_post_mean" AS "engagement_rate_impressions_post_mean",
  "t266"."er_impressions_post_median" AS "engagement_rate_impressions_post_median",
  "t266"."er_impressions_account_mean" AS "engagement_rate_impressions_account_mean",
  "t266"."er_impressions_account_median" AS "engagement_rate_impressions_account_median",
  (
    CAST("t266"."engagement_rate_views__first" AS DOUBLE PRECISION) / NULLIF("t266"."engagement_rate_views__second", 0)
  ) * 100 AS "engagement_rate_views",
  "t266"."er_views_post_mean" AS "engagement_rate_views_post_mean",
  "t266"."er_views_post_median" AS "engagement_rate_views_post_median",
  "t266"."er_views_account_mean" AS "engagement_rate_views_account_mean",
  "t266"."er_views_account_median" AS "engagement_rate_views_account_median",
  "t266"."clicks" AS "platform_link_clicks",
  "t266"."followers_gained",
  (
    CAST("t266"."follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t266"."follower_growth_rate__second", 0)
  ) * 100 AS "follower_growth_rate",
  "t266"."followers_gained_above_trend__first" - "t266"."followers_gained_above_trend__second" AS "followers_gained_above_trend",
  "t266"."brand_followers_gained",
  (
    CAST("t266"."brand_follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t266"."brand_follower_growth_rate__second", 0)
  ) * 100 AS "brand_follower_growth_rate",
  "t266"."brand_followers_gained_above_trend__first" - "t266"."brand_followers_gained_above_trend__second" AS "brand_followers_gained_above_trend",
  "t266"."link_clicks" AS "tracked_clicks",
  "t266"."unique_link_clicks" AS "unique_clicks",
  "t266"."bot_link_clicks" AS "bot_clicks",
  (
    "t266"."link_clicks" / NULLIF("t266"."impressions_with_estimates", 0)
  ) * 100 AS "click_through_rate",
  "t266"."sessions",
  "t266"."new_users",
  (
    CAST("t266"."bounced_sessions" AS DOUBLE PRECISION) / NULLIF("t266"."sessions", 0)
  ) * 100 AS "bounce_rate",
  CAST("t266"."session_seconds" AS DOUBLE PRECISION) / NULLIF("t266"."sessions", 0) AS "average_session_duration",
  CAST("t266"."page_views" AS DOUBLE PRECISION) / NULLIF("t266"."sessions", 0) AS "pages_per_session",
  "t266"."key_events" AS "leads",
  "t266"."orders" AS "conversions",
  (
    "t266"."orders" / NULLIF("t266"."unique_link_clicks", 0)
  ) * 100 AS "conversion_rate",
  "t266"."revenue",
  "t266"."revenue" / NULLIF("t266"."priced_orders", 0) AS "average_order_value",
  "t266"."new_customers",
  "t266"."revenue" / NULLIF("t266"."cost", 0) AS "return_on_ad_spend",
  (
    CAST((
      "t266"."revenue" - "t266"."cost"
    ) AS DOUBLE PRECISION) / NULLIF("t266"."cost", 0)
  ) * 100 AS "return_on_investment",
  (
    CAST((
      "t266"."revenue" - "t266"."cost"
    ) AS DOUBLE PRECISION) / NULLIF("t266"."revenue", 0)
  ) * 100 AS "profitability",
  "t266"."sponsored_posts",
  "t266"."disclosed_sponsored_posts",
  (
    "t266"."disclosed_sponsored_posts" / NULLIF("t266"."sponsored_posts", 0)
  ) * 100 AS "disclosure_rate",
  "t266"."cost",
  (
    "t266"."cost" / NULLIF("t266"."impressions_with_estimates", 0)
  ) * 1000 AS "cost_per_mille",
  "t266"."cost" / NULLIF("t266"."engagements", 0) AS "cost_per_engagement",
  "t266"."cost" / NULLIF("t266"."views", 0) AS "cost_per_view",
  "t266"."cost" / NULLIF("t266"."brand_followers_gained", 0) AS "cost_per_new_follower",
  "t266"."cost" / NULLIF("t266"."link_clicks", 0) AS "cost_per_click",
  "t266"."cost" / NULLIF("t266"."orders", 0) AS "cost_per_acquisition",
  "t266"."cost" / NULLIF("t266"."new_customers", 0) AS "customer_acquisition_cost",
  "t266"."cost" / NULLIF("t266"."key_events", 0) AS "cost_per_lead",
  "t266"."emv",
  "t266"."emv_authentic",
  "t266"."emv" / NULLIF("t266"."cost", 0) AS "emv_per_cost",
  "t266"."paid_impressions" AS "paid_equivalent_impressions",
  "t266"."paid_clicks" AS "paid_equivalent_clicks",
  "t266"."paid_views" AS "paid_equivalent_views",
  (
    CAST("t266"."impressions_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t266"."impressions_vs_paid__second", 0)
  ) * 100 AS "impressions_vs_paid",
  (
    CAST("t266"."clicks_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t266"."clicks_vs_paid__second", 0)
  ) * 100 AS "clicks_vs_paid",
  (
    CAST("t266"."views_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t266"."views_vs_paid__second", 0)
  ) * 100 AS "views_vs_paid",
  CASE
    WHEN "t266"."key_messages" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_messages__provenance",
  CASE
    WHEN "t266"."platforms_selected" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "platforms_selected__provenance",
  CASE
    WHEN "t266"."influencers_contacted" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_contacted__provenance",
  CASE
    WHEN "t266"."influencers_interested" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_interested__provenance",
  CASE
    WHEN (
      (
        CAST("t266"."influencers_interested" AS DOUBLE PRECISION) / NULLIF("t266"."influencers_contacted", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_interested_rate__provenance",
  CASE
    WHEN "t266"."influencers_activated" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_activated__provenance",
  CASE
    WHEN "t266"."products_sent" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "products_sent__provenance",
  CASE
    WHEN "t266"."reach" IS NOT NULL
    THEN COALESCE("t266"."reach__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "reach__provenance",
  CASE
    WHEN "t266"."impressions" IS NOT NULL
    THEN COALESCE("t266"."impressions__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions__provenance",
  CASE
    WHEN "t266"."views" IS NOT NULL
    THEN COALESCE("t266"."views__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "views__provenance",
  CASE
    WHEN "t266"."impressions_with_estimates" IS NOT NULL
    THEN COALESCE("t266"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions_with_estimates__provenance",
  CASE
    WHEN (
      (
        CAST("t266"."reach_rate__first" AS DOUBLE PRECISION) / NULLIF("t266"."reach_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t266"."reach_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "reach_rate__provenance",
  CASE
    WHEN "t266"."brand_mentions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_mentions__provenance",
  CASE
    WHEN (
      (
        CAST("t266"."brand_mentions" AS DOUBLE PRECISION) / NULLIF("t266"."mentions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "share_of_voice__provenance",
  CASE
    WHEN (
      (
        CAST("t266"."brand_mention_engagements" AS DOUBLE PRECISION) / NULLIF("t266"."mention_engagements", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "share_of_engagement__provenance",
  CASE
    WHEN "t266"."key_message_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_message_posts__provenance",
  CASE
    WHEN (
      (
        CAST("t266"."key_message_posts" AS DOUBLE PRECISION) / NULLIF(CAST("t266"."posts" AS DOUBLE PRECISION), 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_message_rate__provenance",
  CASE
    WHEN "t266"."posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts__provenance",
  CASE
    WHEN "t266"."posts_contracted" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts_contracted__provenance",
  CASE
    WHEN (
      (
        CAST("t266"."posts" AS DOUBLE PRECISION) / NULLIF("t266"."posts_contracted", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts_delivery_rate__provenance",
  CASE
    WHEN "t266"."ugc_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "ugc_posts__provenance",
  CASE
    WHEN "t266"."likes" IS NOT NULL
    THEN COALESCE("t266"."likes__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "likes__provenance",
  CASE
    WHEN "t266"."comments" IS NOT NULL
    THEN COALESCE("t266"."comments__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "comments__provenance",
  CASE
    WHEN "t266"."shares" IS NOT NULL
    THEN COALESCE("t266"."shares__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "shares__provenance",
  CASE
    WHEN "t266"."saves" IS NOT NULL
    THEN COALESCE("t266"."saves__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "saves__provenance",
  CASE
    WHEN "t266"."engagements" IS NOT NULL
    THEN COALESCE("t266"."engagements__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagements__provenance",
  CASE
    WHEN (
      (
        CAST("t266"."engagement_rate_reach__first" AS DOUBLE PRECISION) / NULLIF("t266"."engagement_rate_reach__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t266"."engagement_rate_reach__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach__provenance",
  CASE
    WHEN (
      (
        CAST("t266"."engagement_rate_followers__first" AS DOUBLE PRECISION) / NULLIF("t266"."engagement_rate_followers__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t266"."engagement_rate_followers__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers__provenance",
  CASE
    WHEN "t266"."er_reach_post_mean" IS NOT NULL
    THEN COALESCE("t266"."er_reach_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_post_mean__provenance",
  CASE
    WHEN "t266"."er_reach_post_median" IS NOT NULL
    THEN COALESCE("t266"."er_reach_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_post_median__provenance",
  CASE
    WHEN "t266"."er_reach_account_mean" IS NOT NULL
    THEN COALESCE("t266"."er_reach_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_account_mean__provenance",
  CASE
    WHEN "t266"."er_reach_account_median" IS NOT NULL
    THEN COALESCE("t266"."er_reach_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_account_median__provenance",
  CASE
    WHEN "t266"."er_followers_post_mean" IS NOT NULL
    THEN COALESCE("t266"."er_followers_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_post_mean__provenance",
  CASE
    WHEN "t266"."er_followers_post_median" IS NOT NULL
    THEN COALESCE("t266"."er_followers_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_post_median__provenance",
  CASE
    WHEN "t266"."er_followers_account_mean" IS NOT NULL
    THEN COALESCE("t266"."er_followers_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_account_mean__provenance",
  CASE
    WHEN "t266"."er_followers_account_median" IS NOT NULL
    THEN COALESCE("t266"."er_followers_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_account_median__provenance",
  CASE
    WHEN (
      (
        CAST("t266"."engagement_rate_impressions__first" AS DOUBLE PRECISION) / NULLIF("t266"."engagement_rate_impressions__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t266"."engagement_rate_impressions__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions__provenance",
  CASE
    WHEN "t266"."er_impressions_post_mean" IS NOT NULL
    THEN COALESCE("t266"."er_impressions_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_post_mean__provenance",
  CASE
    WHEN "t266"."er_impressions_post_median" IS NOT NULL
    THEN COALESCE("t266"."er_impressions_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_post_median__provenance",
  CASE
    WHEN "t266"."er_impressions_account_mean" IS NOT NULL
    THEN COALESCE("t266"."er_impressions_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_account_mean__provenance",
  CASE
    WHEN "t266"."er_impressions_account_median" IS NOT NULL
    THEN COALESCE("t266"."er_impressions_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_account_median__provenance",
  CASE
    WHEN (
      (
        CAST("t266"."engagement_rate_views__first" AS DOUBLE PRECISION) / NULLIF("t266"."engagement_rate_views__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t266"."engagement_rate_views__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views__provenance",
  CASE
    WHEN "t266"."er_views_post_mean" IS NOT NULL
    THEN COALESCE("t266"."er_views_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_post_mean__provenance",
  CASE
    WHEN "t266"."er_views_post_median" IS NOT NULL
    THEN COALESCE("t266"."er_views_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_post_median__provenance",
  CASE
    WHEN "t266"."er_views_account_mean" IS NOT NULL
    THEN COALESCE("t266"."er_views_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_account_mean__provenance",
  CASE
    WHEN "t266"."er_views_account_median" IS NOT NULL
    THEN COALESCE("t266"."er_views_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_account_median__provenance",
  CASE
    WHEN "t266"."clicks" IS NOT NULL
    THEN COALESCE("t266"."clicks__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "platform_link_clicks__provenance",
  CASE
    WHEN "t266"."followers_gained" IS NOT NULL
    THEN COALESCE("t266"."followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "followers_gained__provenance",
  CASE
    WHEN (
      (
        CAST("t266"."follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t266"."follower_growth_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t266"."follower_growth_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "follower_growth_rate__provenance",
  CASE
    WHEN (
      "t266"."followers_gained_above_trend__first" - "t266"."followers_gained_above_trend__second"
    ) IS NOT NULL
    THEN COALESCE("t266"."followers_gained_above_trend__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "followers_gained_above_trend__provenance",
  CASE
    WHEN "t266"."brand_followers_gained" IS NOT NULL
    THEN COALESCE("t266"."brand_followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_followers_gained__provenance",
  CASE
    WHEN (
      (
        CAST("t266"."brand_follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t266"."brand_follower_growth_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t266"."brand_follower_growth_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_follower_growth_rate__provenance",
  CASE
    WHEN (
      "t266"."brand_followers_gained_above_trend__first" - "t266"."brand_followers_gained_above_trend__second"
    ) IS NOT NULL
    THEN COALESCE("t266"."brand_followers_gained_above_trend__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_followers_gained_above_trend__provenance",
  CASE
    WHEN "t266"."link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "tracked_clicks__provenance",
  CASE
    WHEN "t266"."unique_link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "unique_clicks__provenance",
  CASE
    WHEN "t266"."bot_link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "bot_clicks__provenance",
  CASE
    WHEN (
      (
        CAST("t266"."link_clicks" AS DOUBLE PRECISION) / NULLIF("t266"."impressions_with_estimates", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t266"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "click_through_rate__provenance",
  CASE
    WHEN "t266"."sessions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "sessions__provenance",
  CASE
    WHEN "t266"."new_users" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "new_users__provenance",
  CASE
    WHEN (
      (
        CAST("t266"."bounced_sessions" AS DOUBLE PRECISION) / NULLIF("t266"."sessions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "bounce_rate__provenance",
  CASE
    WHEN (
      CAST("t266"."session_seconds" AS DOUBLE PRECISION) / NULLIF("t266"."sessions", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "average_session_duration__provenance",
  CASE
    WHEN (
      CAST("t266"."page_views" AS DOUBLE PRECISION) / NULLIF("t266"."sessions", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "pages_per_session__provenance",
  CASE
    WHEN "t266"."key_events" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "leads__provenance",
  CASE
    WHEN "t266"."orders" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "conversions__provenance",
  CASE
    WHEN (
      (
        CAST("t266"."orders" AS DOUBLE PRECISION) / NULLIF("t266"."unique_link_clicks", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "conversion_rate__provenance",
  CASE
    WHEN "t266"."revenue" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "revenue__provenance",
  CASE
    WHEN (
      CAST("t266"."revenue" AS DOUBLE PRECISION) / NULLIF("t266"."priced_orders", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "average_order_value__provenance",
  CASE
    WHEN "t266"."new_customers" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "new_customers__provenance",
  CASE
    WHEN (
      CAST("t266"."revenue" AS DOUBLE PRECISION) / NULLIF("t266"."cost", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_ad_spend__provenance",
  CASE
    WHEN (
      (
        CAST((
          "t266"."revenue" - "t266"."cost"
        ) AS DOUBLE PRECISION) / NULLIF("t266"."cost", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_investment__provenance",
  CASE
    WHEN (
      (
        CAST((
          "t266"."revenue" - "t266"."cost"
        ) AS DOUBLE PRECISION) / NULLIF("t266"."revenue", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "profitability__provenance",
  CASE
    WHEN "t266"."sponsored_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "sponsored_posts__provenance",
  CASE
    WHEN "t266"."disclosed_sponsored_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "disclosed_sponsored_posts__provenance",
  CASE
    WHEN (
      (
        CAST("t266"."disclosed_sponsored_posts" AS DOUBLE PRECISION) / NULLIF("t266"."sponsored_posts", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "disclosure_rate__provenance",
  CASE
    WHEN "t266"."cost" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost__provenance",
  CASE
    WHEN (
      (
        CAST("t266"."cost" AS DOUBLE PRECISION) / NULLIF("t266"."impressions_with_estimates", 0)
      ) * 1000
    ) IS NOT NULL
    THEN COALESCE("t266"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_mille__provenance",
  CASE
    WHEN (
      CAST("t266"."cost" AS DOUBLE PRECISION) / NULLIF("t266"."engagements", 0)
    ) IS NOT NULL
    THEN COALESCE("t266"."engagements__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_engagement__provenance",
  CASE
    WHEN (
      CAST("t266"."cost" AS DOUBLE PRECISION) / NULLIF("t266"."views", 0)
    ) IS NOT NULL
    THEN COALESCE("t266"."views__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_view__provenance",
  CASE
    WHEN (
      CAST("t266"."cost" AS DOUBLE PRECISION) / NULLIF("t266"."brand_followers_gained", 0)
    ) IS NOT NULL
    THEN COALESCE("t266"."brand_followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_new_follower__provenance",
  CASE
    WHEN (
      CAST("t266"."cost" AS DOUBLE PRECISION) / NULLIF("t266"."link_clicks", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_click__provenance",
  CASE
    WHEN (
      CAST("t266"."cost" AS DOUBLE PRECISION) / NULLIF("t266"."orders", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_acquisition__provenance",
  CASE
    WHEN (
      CAST("t266"."cost" AS DOUBLE PRECISION) / NULLIF("t266"."new_customers", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "customer_acquisition_cost__provenance",
  CASE
    WHEN (
      CAST("t266"."cost" AS DOUBLE PRECISION) / NULLIF("t266"."key_events", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_lead__provenance",
  CASE
    WHEN "t266"."emv" IS NOT NULL
    THEN COALESCE("t266"."emv__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv__provenance",
  CASE
    WHEN "t266"."emv_authentic" IS NOT NULL
    THEN COALESCE("t266"."emv_authentic__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv_authentic__provenance",
  CASE
    WHEN (
      CAST("t266"."emv" AS DOUBLE PRECISION) / NULLIF("t266"."cost", 0)
    ) IS NOT NULL
    THEN COALESCE("t266"."emv__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv_per_cost__provenance",
  CASE
    WHEN "t266"."paid_impressions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_impressions__provenance",
  CASE
    WHEN "t266"."paid_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_clicks__provenance",
  CASE
    WHEN "t266"."paid_views" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_views__provenance",
  CASE
    WHEN (
      (
        CAST("t266"."impressions_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t266"."impressions_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t266"."impressions_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions_vs_paid__provenance",
  CASE
    WHEN (
      (
        CAST("t266"."clicks_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t266"."clicks_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t266"."clicks_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "clicks_vs_paid__provenance",
  CASE
    WHEN (
      (
        CAST("t266"."views_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t266"."views_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t266"."views_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "views_vs_paid__provenance"
FROM (
  SELECT
    "t261"."influencer_id",
    "t261"."platform",
    "t261"."key_messages",
    "t261"."platforms_selected",
    "t261"."influencers_contacted",
    "t261"."influencers_interested",
    "t261"."influencers_activated",
    "t261"."products_sent",
    "t261"."reach",
    "t261"."impressions",
    "t261"."views",
    "t261"."impressions_with_estimates",
    "t261"."reach_rate__first",
    "t261"."reach_rate__second",
    "t261"."brand_mentions",
    "t261"."mentions",
    "t261"."brand_mention_engagements",
    "t261"."mention_engagements",
    "t261"."key_message_posts",
    "t261"."posts",
    "t261"."posts_contracted",
    "t261"."ugc_posts",
    "t261"."likes",
    "t261"."comments",
    "t261"."shares",
    "t261"."saves",
    "t261"."engagements",
    "t261"."engagement_rate_reach__first",
    "t261"."engagement_rate_reach__second",
    "t261"."engagement_rate_followers__first",
    "t261"."engagement_rate_followers__second",
    "t261"."er_reach_post_mean",
    "t261"."er_reach_post_median",
    "t261"."er_followers_post_mean",
    "t261"."er_followers_post_median",
    "t261"."engagement_rate_impressions__first",
    "t261"."engagement_rate_impressions__second",
    "t261"."er_impressions_post_mean",
    "t261"."er_impressions_post_median",
    "t261"."engagement_rate_views__first",
    "t261"."engagement_rate_views__second",
    "t261"."er_views_post_mean",
    "t261"."er_views_post_median",
    "t261"."clicks",
    "t261"."followers_gained",
    "t261"."follower_growth_rate__first",
    "t261"."follower_growth_rate__second",
    "t261"."followers_gained_above_trend__first",
    "t261"."followers_gained_above_trend__second",
    "t261"."brand_followers_gained",
    "t261"."brand_follower_growth_rate__first",
    "t261"."brand_follower_growth_rate__second",
    "t261"."brand_followers_gained_above_trend__first",
    "t261"."brand_followers_gained_above_trend__second",
    "t261"."cost",
    "t261"."sponsored_posts",
    "t261"."disclosed_sponsored_posts",
    "t261"."emv",
    "t261"."emv_authentic",
    "t261"."paid_impressions",
    "t261"."paid_clicks",
    "t261"."paid_views",
    "t261"."impressions_vs_paid__first",
    "t261"."impressions_vs_paid__second",
    "t261"."clicks_vs_paid__first",
    "t261"."clicks_vs_paid__second",
    "t261"."views_vs_paid__first",
    "t261"."views_vs_paid__second",
    "t261"."reach__provenance",
    "t261"."impressions__provenance",
    "t261"."views__provenance",
    "t261"."impressions_with_estimates__provenance",
    "t261"."reach_rate__pair__provenance",
    "t261"."likes__provenance",
    "t261"."comments__provenance",
    "t261"."shares__provenance",
    "t261"."saves__provenance",
    "t261"."engagements__provenance",
    "t261"."engagement_rate_reach__pair__provenance",
    "t261"."engagement_rate_followers__pair__provenance",
    "t261"."er_reach_post_mean__provenance",
    "t261"."er_followers_post_mean__provenance",
    "t261"."engagement_rate_impressions__pair__provenance",
    "t261"."er_impressions_post_mean__provenance",
    "t261"."engagement_rate_views__pair__provenance",
    "t261"."er_views_post_mean__provenance",
    "t261"."clicks__provenance",
    "t261"."followers_gained__provenance",
    "t261"."follower_growth_rate__pair__provenance",
    "t261"."followers_gained_above_trend__pair__provenance",
    "t261"."brand_followers_gained__provenance",
    "t261"."brand_follower_growth_rate__pair__provenance",
    "t261"."brand_followers_gained_above_trend__pair__provenance",
    "t261"."emv__provenance",
    "t261"."emv_authentic__provenance",
    "t261"."impressions_vs_paid__pair__provenance",
    "t261"."clicks_vs_paid__pair__provenance",
    "t261"."views_vs_paid__pair__provenance",
    "t261"."link_clicks",
    "t261"."unique_link_clicks",
    "t261"."bot_link_clicks",
    "t261"."sessions",
    "t261"."new_users",
    "t261"."bounced_sessions",
    "t261"."session_seconds",
    "t261"."page_views",
    "t261"."key_events",
    "t261"."orders",
    "t261"."revenue",
    "t261"."priced_orders",
    "t261"."new_customers",
    "t265"."er_reach_account_mean",
    "t265"."er_reach_account_median",
    "t265"."er_followers_account_mean",
    "t265"."er_followers_account_median",
    "t265"."er_impressions_account_mean",
    "t265"."er_impressions_account_median",
    "t265"."er_views_account_mean",
    "t265"."er_views_account_median",
    "t265"."er_reach_account_mean__provenance",
    "t265"."er_reach_account_median__provenance",
    "t265"."er_followers_account_mean__provenance",
    "t265"."er_followers_account_median__provenance",
    "t265"."er_impressions_account_mean__provenance",
    "t265"."er_impressions_account_median__provenance",
    "t265"."er_views_account_mean__provenance",
    "t265"."er_views_account_median__provenance",
    "t41"."influencer"
  FROM (
    SELECT
      "t258"."influencer_id",
      "t258"."platform",
      MAX("t258"."key_messages") AS "key_messages",
      COALESCE(MAX("t258"."platforms_selected"), 0) AS "platforms_selected",
      MAX("t258"."influencers_contacted") AS "influencers_contacted",
      MAX("t258"."influencers_interested") AS "influencers_interested",
      COALESCE(MAX("t258"."influencers_activated"), 0) AS "influencers_activated",
      MAX("t258"."products_sent") AS "products_sent",
      MAX("t258"."reach") AS "reach",
      MAX("t258"."impressions") AS "impressions",
      MAX("t258"."views") AS "views",
      MAX("t258"."impressions_with_estimates") AS "impressions_with_estimates",
      MAX("t258"."reach_rate__first") AS "reach_rate__first",
      MAX("t258"."reach_rate__second") AS "reach_rate__second",
      MAX("t258"."brand_mentions") AS "brand_mentions",
      MAX("t258"."mentions") AS "mentions",
      MAX("t258"."brand_mention_engagements") AS "brand_mention_engagements",
      MAX("t258"."mention_engagements") AS "mention_engagements",
      MAX("t258"."key_message_posts") AS "key_message_posts",
      COALESCE(MAX("t258"."posts"), 0) AS "posts",
      MAX("t258"."posts_contracted") AS "posts_contracted",
      COALESCE(MAX("t258"."ugc_posts"), 0) AS "ugc_posts",
      MAX("t258"."likes") AS "likes",
      MAX("t258"."comments") AS "comments",
      MAX("t258"."shares") AS "shares",
      MAX("t258"."saves") AS "saves",
      MAX("t258"."engagements") AS "engagements",
      MAX("t258"."engagement_rate_reach__first") AS "engagement_rate_reach__first",
      MAX("t258"."engagement_rate_reach__second") AS "engagement_rate_reach__second",
      MAX("t258"."engagement_rate_followers__first") AS "engagement_rate_followers__first",
      MAX("t258"."engagement_rate_followers__second") AS "engagement_rate_followers__second",
      MAX("t258"."er_reach_post_mean") AS "er_reach_post_mean",
      MAX("t258"."er_reach_post_median") AS "er_reach_post_median",
      MAX("t258"."er_followers_post_mean") AS "er_followers_post_mean",
      MAX("t258"."er_followers_post_median") AS "er_followers_post_median",
      MAX("t258"."engagement_rate_impressions__first") AS "engagement_rate_impressions__first",
      MAX("t258"."engagement_rate_impressions__second") AS "engagement_rate_impressions__second",
      MAX("t258"."er_impressions_post_mean") AS "er_impressions_post_mean",
      MAX("t258"."er_impressions_post_median") AS "er_impressions_post_median",
      MAX("t258"."engagement_rate_views__first") AS "engagement_rate_views__first",
      MAX("t258"."engagement_rate_views__second") AS "engagement_rate_views__second",
      MAX("t258"."er_views_post_mean") AS "er_views_post_mean",
      MAX("t258"."er_views_post_median") AS "er_views_post_median",
      MAX("t258"."clicks") AS "clicks",
      MAX("t258"."followers_gained") AS "followers_gained",
      MAX("t258"."follower_growth_rate__first") AS "follower_growth_rate__first",
      MAX("t258"."follower_growth_rate__second") AS "follower_growth_rate__second",
      MAX("t258"."followers_gained_above_trend__first") AS "followers_gained_above_trend__first",
      MAX("t258"."followers_gained_above_trend__second") AS "followers_gained_above_trend__second",
      MAX("t258"."brand_followers_gained") AS "brand_followers_gained",
      MAX("t258"."brand_follower_growth_rate__first") AS "brand_follower_growth_rate__first",
      MAX("t258"."brand_follower_growth_rate__second") AS "brand_follower_growth_rate__second",
      MAX("t258"."brand_followers_gained_above_trend__first") AS "brand_followers_gained_above_trend__first",
      MAX("t258"."brand_followers_gained_above_trend__second") AS "brand_followers_gained_above_trend__second",
      MAX("t258"."cost") AS "cost",
      MAX("t258"."sponsored_posts") AS "sponsored_posts",
      MAX("t258"."disclosed_sponsored_posts") AS "disclosed_sponsored_posts",
      MAX("t258"."emv") AS "emv",
      MAX("t258"."emv_authentic") AS "emv_authentic",
      MAX("t258"."paid_impressions") AS "paid_impressions",
      MAX("t258"."paid_clicks") AS "paid_clicks",
      MAX("t258"."paid_views") AS "paid_views",
      MAX("t258"."impressions_vs_paid__first") AS "impressions_vs_paid__first",
      MAX("t258"."impressions_vs_paid__second") AS "impressions_vs_paid__second",
      MAX("t258"."clicks_vs_paid__first") AS "clicks_vs_paid__first",
      MAX("t258"."clicks_vs_paid__second") AS "clicks_vs_paid__second",
      MAX("t258"."views_vs_paid__first") AS "views_vs_paid__first",
      MAX("t258"."views_vs_paid__second") AS "views_vs_paid__second",
      MAX("t258"."reach__provenance") AS "reach__provenance",
      MAX("t258"."impressions__provenance") AS "impressions__provenance",
      MAX("t258"."views__provenance") AS "views__provenance",
      MAX("t258"."impressions_with_estimates__provenance") AS "impressions_with_estimates__provenance",
      MAX("t258"."reach_rate__pair__provenance") AS "reach_rate__pair__provenance",
      MAX("t258"."likes__provenance") AS "likes__provenance",
      MAX("t258"."comments__provenance") AS "comments__provenance",
      MAX("t258"."shares__provenance") AS "shares__provenance",
      MAX("t258"."saves__provenance") AS "saves__provenance",
      MAX("t258"."engagements__provenance") AS "engagements__provenance",
      MAX("t258"."engagement_rate_reach__pair__provenance") AS "engagement_rate_reach__pair__provenance",
      MAX("t258"."engagement_rate_followers__pair__provenance") AS "engagement_rate_followers__pair__provenance",
      MAX("t258"."er_reach_post_mean__provenance") AS "er_reach_post_mean__provenance",
      MAX("t258"."er_followers_post_mean__provenance") AS "er_followers_post_mean__provenance",
      MAX("t258"."engagement_rate_impressions__pair__provenance") AS "engagement_rate_impressions__pair__provenance",
      MAX("t258"."er_impressions_post_mean__provenance") AS "er_impressions_post_mean__provenance",
      MAX("t258"."engagement_rate_views__pair__provenance") AS "engagement_rate_views__pair__provenance",
      MAX("t258"."er_views_post_mean__provenance") AS "er_views_post_mean__provenance",
      MAX("t258"."clicks__provenance") AS "clicks__provenance",
      MAX("t258"."followers_gained__provenance") AS "followers_gained__provenance",
      MAX("t258"."follower_growth_rate__pair__provenance") AS "follower_growth_rate__pair__provenance",
      MAX("t258"."followers_gained_above_trend__pair__provenance") AS "followers_gained_above_trend__pair__provenance",
      MAX("t258"."brand_followers_gained__provenance") AS "brand_followers_gained__provenance",
      MAX("t258"."brand_follower_growth_rate__pair__provenance") AS "brand_follower_growth_rate__pair__provenance",
      MAX("t258"."brand_followers_gained_above_trend__pair__provenance") AS "brand_followers_gained_above_trend__pair__provenance",
      MAX("t258"."emv__provenance") AS "emv__provenance",
      MAX("t258"."emv_authentic__provenance") AS "emv_authentic__provenance",
      MAX("t258"."impressions_vs_paid__pair__provenance") AS "impressions_vs_paid__pair__provenance",
      MAX("t258"."clicks_vs_paid__pair__provenance") AS "clicks_vs_paid__pair__provenance",
      MAX("t258"."views_vs_paid__pair__provenance") AS "views_vs_paid__pair__provenance",
      MAX("t258"."link_clicks") AS "link_clicks",
      MAX("t258"."unique_link_clicks") AS "unique_link_clicks",
      MAX("t258"."bot_link_clicks") AS "bot_link_clicks",
      MAX("t258"."sessions") AS "sessions",
      MAX("t258"."new_users") AS "new_users",
      MAX("t258"."bounced_sessions") AS "bounced_sessions",
      MAX("t258"."session_seconds") AS "session_seconds",
      MAX("t258"."page_views") AS "page_views",
      MAX("t258"."key_events") AS "key_events",
      MAX("t258"."orders") AS "orders",
      MAX("t258"."revenue") AS "revenue",
      MAX("t258"."priced_orders") AS "priced_orders",
      MAX("t258"."new_customers") AS "new_customers"
    FROM (
      SELECT
        *
      FROM (
        SELECT
          "t255"."influencer_id",
          "t255"."platform",
          "t255"."key_messages",
          "t255"."platforms_selected",
          "t255"."influencers_contacted",
          "t255"."influencers_interested",
          "t255"."influencers_activated",
          "t255"."products_sent",
          "t255"."reach",
          "t255"."impressions",
          "t255"."views",
          "t255"."impressions_with_estimates",
          "t255"."reach_rate__first",
          "t255"."reach_rate__second",
          "t255"."brand_mentions",
          "t255"."mentions",
          "t255"."brand_mention_engagements",
          "t255"."mention_engagements",
          "t255"."key_message_posts",
          "t255"."posts",
          "t255"."posts_contracted",
          "t255"."ugc_posts",
          "t255"."likes",
          "t255"."comments",
          "t255"."shares",
          "t255"."saves",
          "t255"."engagements",
          "t255"."engagement_rate_reach__first",
          "t255"."engagement_rate_reach__second",
          "t255"."engagement_rate_followers__first",
          "t255"."engagement_rate_followers__second",
          "t255"."er_reach_post_mean",
          "t255"."er_reach_post_median",
          "t255"."er_followers_post_mean",
          "t255"."er_followers_post_median",
          "t255"."engagement_rate_impressions__first",
          "t255"."engagement_rate_impressions__second",
          "t255"."er_impressions_post_mean",
          "t255"."er_impressions_post_median",
          "t255"."engagement_rate_views__first",
          "t255"."engagement_rate_views__second",
          "t255"."er_views_post_mean",
          "t255"."er_views_post_median",
          "t255"."clicks",
          "t255"."followers_gained",
          "t255"."follower_growth_rate__first",
          "t255"."follower_growth_rate__second",
          "t255"."followers_gained_above_trend__first",
          "t255"."followers_gained_above_trend__second",
          "t255"."brand_followers_gained",
          "t255"."brand_follower_growth_rate__first",
          "t255"."brand_follower_growth_rate__second",
          "t255"."brand_followers_gained_above_trend__first",
          "t255"."brand_followers_gained_above_trend__second",
          "t255"."cost",
          "t255"."sponsored_posts",
          "t255"."disclosed_sponsored_posts",
          "t255"."emv",
          "t255"."emv_authentic",
          "t255"."paid_impressions",
          "t255"."paid_clicks",
          "t255"."paid_views",
          "t255"."impressions_vs_paid__first",
          "t255"."impressions_vs_paid__second",
          "t255"."clicks_vs_paid__first",
          "t255"."clicks_vs_paid__second",
          "t255"."views_vs_paid__first",
          "t255"."views_vs_paid__second",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 0
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 0
            ) & 3
          END AS "reach__provenance",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 2
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 2
            ) & 3
          END AS "impressions__provenance",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 4
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 4
            ) & 3
          END AS "views__provenance",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 6
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 6
            ) & 3
          END AS "impressions_with_estimates__provenance",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 8
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 8
            ) & 3
          END AS "reach_rate__pair__provenance",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 10
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 10
            ) & 3
          END AS "likes__provenance",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 12
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 12
            ) & 3
          END AS "comments__provenance",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 14
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 14
            ) & 3
          END AS "shares__provenance",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 16
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 16
            ) & 3
          END AS "saves__provenance",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 18
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 18
            ) & 3
          END AS "engagements__provenance",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 20
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 20
            ) & 3
          END AS "engagement_rate_reach__pair__provenance",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 22
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 22
            ) & 3
          END AS "engagement_rate_followers__pair__provenance",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 24
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 24
            ) & 3
          END AS "er_reach_post_mean__provenance",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 26
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 26
            ) & 3
          END AS "er_followers_post_mean__provenance",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 28
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 28
            ) & 3
          END AS "engagement_rate_impressions__pair__provenance",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 30
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 30
            ) & 3
          END AS "er_impressions_post_mean__provenance",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 32
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 32
            ) & 3
          END AS "engagement_rate_views__pair__provenance",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 34
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 34
            ) & 3
          END AS "er_views_post_mean__provenance",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 36
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 36
            ) & 3
          END AS "clicks__provenance",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 38
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 38
            ) & 3
          END AS "followers_gained__provenance",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 40
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 40
            ) & 3
          END AS "follower_growth_rate__pair__provenance",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 42
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 42
            ) & 3
          END AS "followers_gained_above_trend__pair__provenance",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 44
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 44
            ) & 3
          END AS "brand_followers_gained__provenance",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 46
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 46
            ) & 3
          END AS "brand_follower_growth_rate__pair__provenance",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 48
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 48
            ) & 3
          END AS "brand_followers_gained_above_trend__pair__provenance",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 50
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 50
            ) & 3
          END AS "emv__provenance",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 52
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 52
            ) & 3
          END AS "emv_authentic__provenance",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 54
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 54
            ) & 3
          END AS "impressions_vs_paid__pair__provenance",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 56
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 56
            ) & 3
          END AS "clicks_vs_paid__pair__provenance",
          CASE
            WHEN (
              (
                "t255"."ranks__0" >> 58
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t255"."ranks__0" >> 58
            ) & 3
          END AS "views_vs_paid__pair__provenance",
          CAST(NULL AS DOUBLE PRECISION) AS "link_clicks",
          CAST(NULL AS DOUBLE PRECISION) AS "unique_link_clicks",
          CAST(NULL AS DOUBLE PRECISION) AS "bot_link_clicks",
          CAST(NULL AS DOUBLE PRECISION) AS "sessions",
          CAST(NULL AS DOUBLE PRECISION) AS "new_users",
          CAST(NULL AS DOUBLE PRECISION) AS "bounced_sessions",
          CAST(NULL AS DOUBLE PRECISION) AS "session_seconds",
          CAST(NULL AS DOUBLE PRECISION) AS "page_views",
          CAST(NULL AS DOUBLE PRECISION) AS "key_events",
          CAST(NULL AS DOUBLE PRECISION) AS "orders",
          CAST(NULL AS DOUBLE PRECISION) AS "revenue",
          CAST(NULL AS DOUBLE PRECISION) AS "priced_orders",
          CAST(NULL AS DOUBLE PRECISION) AS "new_customers"
        FROM (
          SELECT
            "t253"."influencer_id",
            "t253"."platform",
            SUM("t253"."key_messages") AS "key_messages",
            COUNT(DISTINCT "t253"."post_platform") AS "platforms_selected",
            SUM("t253"."influencers_contacted") AS "influencers_contacted",
            SUM("t253"."influencers_interested") AS "influencers_interested",
            COUNT(DISTINCT "t253"."publishing_influencer") AS "influencers_activated",
            SUM("t253"."products_sent") AS "products_sent",
            SUM("t253"."reach") AS "reach",
            SUM("t253"."impressions") AS "impressions",
            SUM("t253"."views") AS "views",
            SUM("t253"."impressions_with_estimates") AS "impressions_with_estimates",
            SUM("t253"."reach") FILTER(WHERE
              (
                "t253"."reach" IS NOT NULL
              ) AND (
                "t253"."followers" IS NOT NULL
              )) AS "reach_rate__first",
            SUM("t253"."followers") FILTER(WHERE
              (
                "t253"."reach" IS NOT NULL
              ) AND (
                "t253"."followers" IS NOT NULL
              )) AS "reach_rate__second",
            SUM("t253"."brand_mentions") AS "brand_mentions",
            SUM("t253"."mentions") AS "mentions",
            SUM("t253"."brand_mention_engagements") AS "brand_mention_engagements",
            SUM("t253"."mention_engagements") AS "mention_engagements",
            SUM("t253"."key_message_posts") AS "key_message_posts",
            COUNT("t253"."post_id") AS "posts",
            SUM("t253"."posts_contracted") AS "posts_contracted",
            COUNT(DISTINCT "t253"."ugc_post") AS "ugc_posts",
            SUM("t253"."likes") AS "likes",
            SUM("t253"."comments") AS "comments",
            SUM("t253"."shares") AS "shares",
            SUM("t253"."saves") AS "saves",
            SUM("t253"."engagements") AS "engagements",
            SUM("t253"."engagements") FILTER(WHERE
              (
                "t253"."engagements" IS NOT NULL
              ) AND (
                "t253"."reach" IS NOT NULL
              )) AS "engagement_rate_reach__first",
            SUM("t253"."reach") FILTER(WHERE
              (
                "t253"."engagements" IS NOT NULL
              ) AND (
                "t253"."reach" IS NOT NULL
              )) AS "engagement_rate_reach__second",
            SUM("t253"."engagements") FILTER(WHERE
              (
                "t253"."engagements" IS NOT NULL
              ) AND (
                "t253"."followers" IS NOT NULL
              )) AS "engagement_rate_followers__first",
            SUM("t253"."followers") FILTER(WHERE
              (
                "t253"."engagements" IS NOT NULL
              ) AND (
                "t253"."followers" IS NOT NULL
              )) AS "engagement_rate_followers__second",
            AVG("t253"."er_reach_post") AS "er_reach_post_mean",
            PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
              "t253"."er_reach_post") AS "er_reach_post_median",
            AVG("t253"."er_followers_post") AS "er_followers_post_mean",
            PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
              "t253"."er_followers_post") AS "er_followers_post_median",
            SUM("t253"."engagements") FILTER(WHERE
              (
                "t253"."engagements" IS NOT NULL
              ) AND (
                "t253"."impressions" IS NOT NULL
              )) AS "engagement_rate_impressions__first",
            SUM("t253"."impressions") FILTER(WHERE
              (
                "t253"."engagements" IS NOT NULL
              ) AND (
                "t253"."impressions" IS NOT NULL
              )) AS "engagement_rate_impressions__second",
            AVG("t253"."er_impressions_post") AS "er_impressions_post_mean",
            PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
              "t253"."er_impressions_post") AS "er_impressions_post_median",
            SUM("t253"."engagements") FILTER(WHERE
              (
                "t253"."engagements" IS NOT NULL
              ) AND (
                "t253"."views" IS NOT NULL
              )) AS "engagement_rate_views__first",
            SUM("t253"."views") FILTER(WHERE
              (
                "t253"."engagements" IS NOT NULL
              ) AND (
                "t253"."views" IS NOT NULL
              )) AS "engagement_rate_views__second",
            AVG("t253"."er_views_post") AS "er_views_post_mean",
            PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
              "t253"."er_views_post") AS "er_views_post_median",
            SUM("t253"."clicks") AS "clicks",
            SUM("t253"."followers_gained") AS "followers_gained",
            SUM("t253"."followers_gained") FILTER(WHERE
              (
                "t253"."followers_gained" IS NOT NULL
              )
              AND (
                "t253"."followers_start" IS NOT NULL
              )) AS "follower_growth_rate__first",
            SUM("t253"."followers_start") FILTER(WHERE
              (
                "t253"."followers_gained" IS NOT NULL
              )
              AND (
                "t253"."followers_start" IS NOT NULL
              )) AS "follower_growth_rate__second",
            SUM("t253"."followers_gained") FILTER(WHERE
              (
                "t253"."followers_gained" IS NOT NULL
              )
              AND (
                "t253"."followers_expected_gain" IS NOT NULL
              )) AS "followers_gained_above_trend__first",
            SUM("t253"."followers_expected_gain") FILTER(WHERE
              (
                "t253"."followers_gained" IS NOT NULL
              )
              AND (
                "t253"."followers_expected_gain" IS NOT NULL
              )) AS "followers_gained_above_trend__second",
            SUM("t253"."brand_followers_gained") AS "brand_followers_gained",
            SUM("t253"."brand_followers_gained") FILTER(WHERE
              (
                "t253"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t253"."brand_followers_start" IS NOT NULL
              )) AS "brand_follower_growth_rate__first",
            SUM("t253"."brand_followers_start") FILTER(WHERE
              (
                "t253"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t253"."brand_followers_start" IS NOT NULL
              )) AS "brand_follower_growth_rate__second",
            SUM("t253"."brand_followers_gained") FILTER(WHERE
              (
                "t253"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t253"."brand_followers_expected_gain" IS NOT NULL
              )) AS "brand_followers_gained_above_trend__first",
            SUM("t253"."brand_followers_expected_gain") FILTER(WHERE
              (
                "t253"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t253"."brand_followers_expected_gain" IS NOT NULL
              )) AS "brand_followers_gained_above_trend__second",
            SUM("t253"."cost") AS "cost",
            SUM("t253"."sponsored_posts") AS "sponsored_posts",
            SUM("t253"."disclosed_sponsored_posts") AS "disclosed_sponsored_posts",
            SUM("t253"."emv") AS "emv",
            SUM("t253"."emv_authentic") AS "emv_authentic",
            SUM("t253"."paid_impressions") AS "paid_impressions",
            SUM("t253"."paid_clicks") AS "paid_clicks",
            SUM("t253"."paid_views") AS "paid_views",
            SUM("t253"."impressions_with_estimates") FILTER(WHERE
              (
                "t253"."impressions_with_estimates" IS NOT NULL
              )
              AND (
                "t253"."paid_impressions" IS NOT NULL
              )) AS "impressions_vs_paid__first",
            SUM("t253"."paid_impressions") FILTER(WHERE
              (
                "t253"."impressions_with_estimates" IS NOT NULL
              )
              AND (
                "t253"."paid_impressions" IS NOT NULL
              )) AS "impressions_vs_paid__second",
            SUM("t253"."clicks") FILTER(WHERE
              (
                "t253"."clicks" IS NOT NULL
              ) AND (
                "t253"."paid_clicks" IS NOT NULL
              )) AS "clicks_vs_paid__first",
            SUM("t253"."paid_clicks") FILTER(WHERE
              (
                "t253"."clicks" IS NOT NULL
              ) AND (
                "t253"."paid_clicks" IS NOT NULL
              )) AS "clicks_vs_paid__second",
            SUM("t253"."views") FILTER(WHERE
              (
                "t253"."views" IS NOT NULL
              ) AND (
                "t253"."paid_views" IS NOT NULL
              )) AS "views_vs_paid__first",
            SUM("t253"."paid_views") FILTER(WHERE
              (
                "t253"."views" IS NOT NULL
              ) AND (
                "t253"."paid_views" IS NOT NULL
              )) AS "views_vs_paid__second",
            BIT_OR("t253"."ranks__0") AS "ranks__0"
          FROM "kpi_facts" AS "t253"
          GROUP BY
            1,
            2
        ) AS "t255"
      ) AS "t257"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          "t183"."influencer_id",
          "t183"."platform",
          CAST(NULL AS DOUBLE PRECISION) AS "key_messages",
          CAST(NULL AS BIGINT) AS "platforms_selected",
          CAST(NULL AS DOUBLE PRECISION) AS "influencers_contacted",
          CAST(NULL AS DOUBLE PRECISION) AS "influencers_interested",
          CAST(NULL AS BIGINT) AS "influencers_activated",
          CAST(NULL AS DOUBLE PRECISION) AS "products_sent",
          CAST(NULL AS DOUBLE PRECISION) AS "reach",
          CAST(NULL AS DOUBLE PRECISION) AS "impressions",
          CAST(NULL AS DOUBLE PRECISION) AS "views",
          CAST(NULL AS DOUBLE PRECISION) AS "impressions_with_estimates",
          CAST(NULL AS DOUBLE PRECISION) AS "reach_rate__first",
          CAST(NULL AS DOUBLE PRECISION) AS "reach_rate__second",
          CAST(NULL AS DOUBLE PRECISION) AS "brand_mentions",
          CAST(NULL AS DOUBLE PRECISION) AS "mentions",
          CAST(NULL AS DOUBLE PRECISION) AS "brand_mention_engagements",
          CAST(NULL AS DOUBLE PRECISION) AS "mention_engagements",
          CAST(NULL AS DOUBLE PRECISION) AS "key_message_posts",
          CAST(NULL AS BIGINT) AS "posts",
          CAST(NULL AS DOUBLE PRECISION) AS "posts_contracted",
          CAST(NULL AS BIGINT) AS "ugc_posts",
          CAST(NULL AS DOUBLE PRECISION) AS "likes",
          CAST(NULL AS DOUBLE PRECISION) AS "comments",
          CAST(NULL AS DOUBLE PRECISION) AS "shares",
          CAST(NULL AS DOUBLE PRECISION) AS "saves",
          CAST(NULL AS DOUBLE PRECISION) AS "engagements",
          CAST(NULL AS DOUBLE PRECISION) AS "engagement_rate_reach__first",
          CAST(NULL AS DOUBLE PRECISION) AS "engagement_rate_reach__second",
          CAST(NULL AS DOUBLE PRECISION) AS "engagement_rate_followers__first",
          CAST(NULL AS DOUBLE PRECISION) AS "engagement_rate_followers__second",
          CAST(NULL AS DOUBLE PRECISION) AS "er_reach_post_mean",
          CAST(NULL AS DOUBLE PRECISION) AS "er_reach_post_median",
          CAST(NULL AS DOUBLE PRECISION) AS "er_followers_post_mean",
          CAST(NULL AS DOUBLE PRECISION) AS "er_followers_post_median",
          CAST(NULL AS DOUBLE PRECISION) AS "engagement_rate_impressions__first",
          CAST(NULL AS DOUBLE PRECISION) AS "engagement_rate_impressions__second",
          CAST(NULL AS DOUBLE PRECISION) AS "er_impressions_post_mean",
          CAST(NULL AS DOUBLE PRECISION) AS "er_impressions_post_median",
          CAST(NULL AS DOUBLE PRECISION) AS "engagement_rate_views__first",
          CAST(NULL AS DOUBLE PRECISION) AS "engagement_rate_views__second",
          CAST(NULL AS DOUBLE PRECISION) AS "er_views_post_mean",
          CAST(NULL AS DOUBLE PRECISION) AS "er_views_post_median",
          CAST(NULL AS DOUBLE PRECISION) AS "clicks",
          CAST(NULL AS DOUBLE PRECISION) AS "followers_gained",
          CAST(NULL AS DOUBLE PRECISION) AS "follower_growth_rate__first",
          CAST(NULL AS DOUBLE PRECISION) AS "follower_growth_rate__second",
          CAST(NULL AS DOUBLE PRECISION) AS "followers_gained_above_trend__first",
          CAST(NULL AS DOUBLE PRECISION) AS "followers_gained_above_trend__second",
          CAST(NULL AS DOUBLE PRECISION) AS "brand_followers_gained",
          CAST(NULL AS DOUBLE PRECISION) AS "brand_follower_growth_rate__first",
          CAST(NULL AS DOUBLE PRECISION) AS "brand_follower_growth_rate__second",
          CAST(NULL AS DOUBLE PRECISION) AS "brand_followers_gained_above_trend__first",
          CAST(NULL AS DOUBLE PRECISION) AS "brand_followers_gained_above_trend__second",
          CAST(NULL AS DOUBLE PRECISION) AS "cost",
          CAST(NULL AS DOUBLE PRECISION) AS "sponsored_posts",
          CAST(NULL AS DOUBLE PRECISION) AS "disclosed_sponsored_posts",
          CAST(NULL AS DOUBLE PRECISION) AS "emv",
          CAST(NULL AS DOUBLE PRECISION) AS "emv_authentic",
          CAST(NULL AS DOUBLE PRECISION) AS "paid_impressions",
          CAST(NULL AS DOUBLE PRECISION) AS "paid_clicks",
          CAST(NULL AS DOUBLE PRECISION) AS "paid_views",
          CAST(NULL AS DOUBLE PRECISION) AS "impressions_vs_paid__first",
          CAST(NULL AS DOUBLE PRECISION) AS "impressions_vs_paid__second",
          CAST(NULL AS DOUBLE PRECISION) AS "clicks_vs_paid__first",
          CAST(NULL AS DOUBLE PRECISION) AS "clicks_vs_paid__second",
          CAST(NULL AS DOUBLE PRECISION) AS "views_vs_paid__first",
          CAST(NULL AS DOUBLE PRECISION) AS "views_vs_paid__second",
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
          "t183"."link_clicks",
          "t183"."unique_link_clicks",
          "t183"."bot_link_clicks",
          "t183"."sessions",
          "t183"."new_users",
          "t183"."bounced_sessions",
          "t183"."session_seconds",
          "t183"."page_views",
          "t183"."key_events",
          "t183"."orders",
          "t183"."revenue",
          "t183"."priced_orders",
          "t183"."new_customers"
        FROM (
          SELECT
            "t178"."influencer_id",
            "t178"."platform",
            SUM("t178"."link_clicks") AS "link_clicks",
            SUM("t178"."unique_link_clicks") AS "unique_link_clicks",
            SUM("t178"."bot_link_clicks") AS "bot_link_clicks",
            SUM("t178"."sessions") AS "sessions",
            SUM("t178"."new_users") AS "new_users",
            SUM("t178"."bounced_sessions") AS "bounced_sessions",
            SUM("t178"."session_seconds") AS "session_seconds",
            SUM("t178"."page_views") AS "page_views",
            SUM("t178"."key_events") AS "key_events",
            SUM("t178"."orders") AS "orders",
            SUM("t178"."revenue") AS "revenue",
            SUM("t178"."priced_orders") AS "priced_orders",
            SUM("t178"."new_customers") AS "new_customers"
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
                    "t135"."influencer_id",
                    CAST(NULL AS BIGINT) AS "account_id",
                    "t135"."platform",
                    "t135"."link_clicks",
                    "t135"."unique_link_clicks",
                    "t135"."bot_link_clicks",
                    CAST(NULL AS DOUBLE PRECISION) AS "sessions",
                    CAST(NULL AS DOUBLE PRECISION) AS "new_users",
                    CAST(NULL AS DOUBLE PRECISION) AS "bounced_sessions",
                    CAST(NULL AS DOUBLE PRECISION) AS "session_seconds",
                    CAST(NULL AS DOUBLE PRECISION) AS "page_views",
                    CAST(NULL AS DOUBLE PRECISION) AS "key_events",
                    CAST(NULL AS DOUBLE PRECISION) AS "orders",
                    CAST(NULL AS DOUBLE PRECISION) AS "priced_orders",
                    CAST(NULL AS DOUBLE PRECISION) AS "revenue",
                    CAST(NULL AS DOUBLE PRECISION) AS "new_customers"
                  FROM (
                    SELECT
                      "t123"."campaign_id",
                      "t123"."influencer_id",
                      "t123"."platform",
                      "t123"."link_clicks",
                      "t123"."unique_link_clicks",
                      "t123"."bot_link_clicks",
                      CAST("t17"."name" AS VARCHAR) AS "campaign",
                      CAST("t15"."name" AS VARCHAR) AS "influencer"
                    FROM (
                      SELECT
                        "t95"."campaign_id",
                        "t95"."influencer_id",
                        "t95"."platform",
                        SUM("t95"."link_clicks") AS "link_clicks",
                        SUM("t95"."unique_link_clicks") AS "unique_link_clicks",
                        SUM("t95"."bot_link_clicks") AS "bot_link_clicks"
                      FROM (
                        SELECT
                          CAST("t52"."campaign_id" AS BIGINT) AS "campaign_id",
                          CAST("t52"."influencer_id" AS BIGINT) AS "influencer_id",
                          CAST("t52"."platform" AS VARCHAR) AS "platform",
                          DATE("t51"."clicked_at") AS "day",
                          CAST(CASE WHEN NOT (
                            "t51"."is_bot"
                          ) THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "link_clicks",
                          CAST(CASE WHEN NOT (
                            "t51"."is_bot"
                          ) AND "t51"."is_unique" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "unique_link_clicks",
                          CAST(CASE WHEN "t51"."is_bot" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "bot_link_clicks"
                        FROM (
                          SELECT
                            *
                          FROM "click" AS "t4"
                          WHERE
                            "t4"."clicked_at" <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                        ) AS "t51"
                        INNER JOIN (
                          SELECT
                            *
                          FROM "link" AS "t5"
                          WHERE
                            "t5"."campaign_id" IN (1)
                        ) AS "t52"
                          ON "t51"."link_id" = "t52"."id"
                      ) AS "t95"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t123"
                    INNER JOIN "campaign" AS "t17"
                      ON "t123"."campaign_id" = "t17"."id"
                    LEFT OUTER JOIN "influencer" AS "t15"
                      ON "t123"."influencer_id" = "t15"."id"
                  ) AS "t135"
                ) AS "t140"
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    "t110"."campaign_id",
                    "t110"."influencer_id",
                    CAST(NULL AS BIGINT) AS "account_id",
                    "t110"."platform",
                    CAST(NULL AS DOUBLE PRECISION) AS "link_clicks",
                    CAST(NULL AS DOUBLE PRECISION) AS "unique_link_clicks",
                    CAST(NULL AS DOUBLE PRECISION) AS "bot_link_clicks",
                    "t110"."sessions",
                    "t110"."new_users",
                    "t110"."bounced_sessions",
                    "t110"."session_seconds",
                    "t110"."page_views",
                    "t110"."key_events",
                    CAST(NULL AS DOUBLE PRECISION) AS "orders",
                    CAST(NULL AS DOUBLE PRECISION) AS "priced_orders",
                    CAST(NULL AS DOUBLE PRECISION) AS "revenue",
                    CAST(NULL AS DOUBLE PRECISION) AS "new_customers"
                  FROM (
                    SELECT
                      "t89"."campaign_id",
                      "t89"."influencer_id",
                      "t89"."platform",
                      "t89"."sessions",
                      "t89"."new_users",
                      "t89"."engaged_sessions",
                      "t89"."bounced_sessions",
                      "t89"."session_seconds",
                      "t89"."page_views",
                      "t89"."key_events",
                      CAST("t17"."name" AS VARCHAR) AS "campaign",
                      CAST("t15"."name" AS VARCHAR) AS "influencer"
                    FROM (
                      SELECT
                        "t50"."campaign_id",
                        "t50"."influencer_id",
                        "t50"."platform",
                        SUM("t50"."sessions") AS "sessions",
                        SUM("t50"."new_users") AS "new_users",
                        SUM("t50"."engaged_sessions") AS "engaged_sessions",
                        SUM("t50"."bounced_sessions") AS "bounced_sessions",
                        SUM("t50"."session_seconds") AS "session_seconds",
                        SUM("t50"."page_views") AS "page_views",
                        SUM("t50"."key_events") AS "key_events"
                      FROM (
                        SELECT
                          CAST("t3"."campaign_id" AS BIGINT) AS "campaign_id",
                          CAST("t3"."influencer_id" AS BIGINT) AS "influencer_id",
                          LOWER("t3"."utm_source") AS "platform",
                          "t3"."day",
                          CAST("t3"."sessions" AS DOUBLE PRECISION) AS "sessions",
                          CAST("t3"."new_users" AS DOUBLE PRECISION) AS "new_users",
                          CAST("t3"."engaged_sessions" AS DOUBLE PRECISION) AS "engaged_sessions",
                          CAST("t3"."sessions" - "t3"."engaged_sessions" AS DOUBLE PRECISION) AS "bounced_sessions",
                          CAST("t3"."duration_seconds" AS DOUBLE PRECISION) AS "session_seconds",
                          CAST("t3"."page_views" AS DOUBLE PRECISION) AS "page_views",
                          CAST("t3"."key_events" AS DOUBLE PRECISION) AS "key_events"
                        FROM "web_traffic" AS "t3"
                        WHERE
                          "t3"."campaign_id" IN (1)
                          AND "t3"."day" <= MAKE_DATE(2026, 3, 31)
                          AND "t3"."campaign_id" IS NOT NULL
                      ) AS "t50"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t89"
                    INNER JOIN "campaign" AS "t17"
                      ON "t89"."campaign_id" = "t17"."id"
                    LEFT OUTER JOIN "influencer" AS "t15"
                      ON "t89"."influencer_id" = "t15"."id"
                  ) AS "t110"
                ) AS "t122"
              ) AS "t142"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t121"."campaign_id",
                  "t121"."influencer_id",
                  CAST(NULL AS BIGINT) AS "account_id",
                  "t121"."platform",
                  CAST(NULL AS DOUBLE PRECISION) AS "link_clicks",
                  CAST(NULL AS DOUBLE PRECISION) AS "unique_link_clicks",
                  CAST(NULL AS DOUBLE PRECISION) AS "bot_link_clicks",
                  CAST(NULL AS DOUBLE PRECISION) AS "sessions",
                  CAST(NULL AS DOUBLE PRECISION) AS "new_users",
                  CAST(NULL AS DOUBLE PRECISION) AS "bounced_sessions",
                  CAST(NULL AS DOUBLE PRECISION) AS "session_seconds",
                  CAST(NULL AS DOUBLE PRECISION) AS "page_views",
                  CAST(NULL AS DOUBLE PRECISION) AS "key_events",
                  "t121"."orders",
                  "t121"."priced_orders",
                  "t121"."revenue",
                  "t121"."new_customers"
                FROM (
                  SELECT
                    "t101"."campaign_id",
                    "t101"."influencer_id",
                    "t101"."platform",
                    "t101"."orders",
                    "t101"."priced_orders",
                    "t101"."revenue",
                    "t101"."new_customers",
                    CAST("t17"."name" AS VARCHAR) AS "campaign",
                    CAST("t15"."name" AS VARCHAR) AS "influencer"
                  FROM (
                    SELECT
                      "t68"."campaign_id",
                      "t68"."influencer_id",
                      "t68"."platform",
                      SUM("t68"."orders") AS "orders",
                      SUM("t68"."priced_orders") AS "priced_orders",
                      SUM("t68"."revenue") AS "revenue",
                      SUM("t68"."new_customers") AS "new_customers"
                    FROM (
                      SELECT
                        CAST("t2"."campaign_id" AS BIGINT) AS "campaign_id",
                        CAST("t2"."influencer_id" AS BIGINT) AS "influencer_id",
                        "t2"."platform",
                        "t2"."ordered_on" AS "day",
                        CAST(CASE WHEN NOT (
                          "t2"."reversed"
                        ) THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "orders",
                        CAST(CASE
                          WHEN NOT (
                            "t2"."reversed"
                          ) AND (
                            "t2"."campaign_revenue" IS NOT NULL
                          )
                          THEN 1
                          ELSE 0
                        END AS DOUBLE PRECISION) AS "priced_orders",
                        CASE
                          WHEN NOT (
                            "t2"."reversed"
                          )
                          THEN CAST("t2"."campaign_revenue" AS DOUBLE PRECISION)
                          ELSE 0
                        END AS "revenue",
                        CAST(CASE
                          WHEN NOT (
                            "t2"."reversed"
                          ) AND COALESCE("t2"."new_customer", FALSE)
                          THEN 1
                          ELSE 0
                        END AS DOUBLE PRECISION) AS "new_customers"
                      FROM "order_attribution" AS "t2"
                      WHERE
                        "t2"."campaign_id" IN (1) AND "t2"."ordered_on" <= MAKE_DATE(2026, 3, 31)
                    ) AS "t68"
                    GROUP BY
                      1,
                      2,
                      3
                  ) AS "t101"
                  INNER JOIN "campaign" AS "t17"
                    ON "t101"."campaign_id" = "t17"."id"
                  LEFT OUTER JOIN "influencer" AS "t15"
                    ON "t101"."influencer_id" = "t15"."id"
                ) AS "t121"
              ) AS "t131"
            ) AS "t149"
            WHERE
              "t149"."campaign_id" IN (1)
              AND (
                (
                  "t149"."bot_link_clicks" IS NOT NULL
                )
                OR (
                  "t149"."bounced_sessions" IS NOT NULL
                )
                OR (
                  "t149"."key_events" IS NOT NULL
                )
                OR (
                  "t149"."link_clicks" IS NOT NULL
                )
                OR (
                  "t149"."new_customers" IS NOT NULL
                )
                OR (
                  "t149"."new_users" IS NOT NULL
                )
                OR (
                  "t149"."orders" IS NOT NULL
                )
                OR (
                  "t149"."page_views" IS NOT NULL
                )
                OR (
                  "t149"."priced_orders" IS NOT NULL
                )
                OR (
                  "t149"."revenue" IS NOT NULL
                )
                OR (
                  "t149"."session_seconds" IS NOT NULL
                )
                OR (
                  "t149"."sessions" IS NOT NULL
                )
                OR (
                  "t149"."unique_link_clicks" IS NOT NULL
                )
              )
          ) AS "t178"
          GROUP BY
            1,
            2
        ) AS "t183"
      ) AS "t186"
    ) AS "t258"
    GROUP BY
      1,
      2
  ) AS "t261"
  LEFT OUTER JOIN (
    SELECT
      "t263"."influencer_id",
      "t263"."platform",
      "t263"."er_reach_account_mean",
      "t263"."er_reach_account_median",
      "t263"."er_followers_account_mean",
      "t263"."er_followers_account_median",
      "t263"."er_impressions_account_mean",
      "t263"."er_impressions_account_median",
      "t263"."er_views_account_mean",
      "t263"."er_views_account_median",
      CASE
        WHEN (
          (
            "t263"."ranks__0" >> 0
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t263"."ranks__0" >> 0
        ) & 3
      END AS "er_reach_account_mean__provenance",
      CASE
        WHEN (
          (
            "t263"."ranks__0" >> 2
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t263"."ranks__0" >> 2
        ) & 3
      END AS "er_reach_account_median__provenance",
      CASE
        WHEN (
          (
            "t263"."ranks__0" >> 4
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t263"."ranks__0" >> 4
        ) & 3
      END AS "er_followers_account_mean__provenance",
      CASE
        WHEN (
          (
            "t263"."ranks__0" >> 6
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t263"."ranks__0" >> 6
        ) & 3
      END AS "er_followers_account_median__provenance",
      CASE
        WHEN (
          (
            "t263"."ranks__0" >> 8
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t263"."ranks__0" >> 8
        ) & 3
      END AS "er_impressions_account_mean__provenance",
      CASE
        WHEN (
          (
            "t263"."ranks__0" >> 10
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t263"."ranks__0" >> 10
        ) & 3
      END AS "er_impressions_account_median__provenance",
      CASE
        WHEN (
          (
            "t263"."ranks__0" >> 12
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t263"."ranks__0" >> 12
        ) & 3
      END AS "er_views_account_mean__provenance",
      CASE
        WHEN (
          (
            "t263"."ranks__0" >> 14
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t263"."ranks__0" >> 14
        ) & 3
      END AS "er_views_account_median__provenance"
    FROM (
      SELECT
        "t262"."influencer_id",
        "t262"."platform",
        AVG("t262"."er_reach_account_mean") AS "er_reach_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t262"."er_reach_account_median") AS "er_reach_account_median",
        AVG("t262"."er_followers_account_mean") AS "er_followers_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t262"."er_followers_account_median") AS "er_followers_account_median",
        AVG("t262"."er_impressions_account_mean") AS "er_impressions_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t262"."er_impressions_account_median") AS "er_impressions_account_median",
        AVG("t262"."er_views_account_mean") AS "er_views_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t262"."er_views_account_median") AS "er_views_account_median",
        BIT_OR("t262"."ranks__0") AS "ranks__0"
      FROM (
        SELECT
          "t259"."influencer_id",
          "t259"."platform",
          "t259"."account_id",
          "t259"."engagements__per__reach__n",
          "t259"."engagements__per__reach__d",
          "t259"."engagements__per__followers__n",
          "t259"."engagements__per__followers__d",
          "t259"."engagements__per__impressions__n",
          "t259"."engagements__per__impressions__d",
          "t259"."engagements__per__views__n",
          "t259"."engagements__per__views__d",
          "t259"."engagements__per__reach__r",
          "t259"."engagements__per__followers__r",
          "t259"."engagements__per__impressions__r",
          "t259"."engagements__per__views__r",
          "t259"."er_reach_account_mean",
          "t259"."er_reach_account_median",
          "t259"."er_followers_account_mean",
          "t259"."er_followers_account_median",
          "t259"."er_impressions_account_mean",
          "t259"."er_impressions_account_median",
          "t259"."er_views_account_mean",
          "t259"."er_views_account_median",
          (
            CASE
              WHEN "t259"."er_reach_account_mean" IS NOT NULL
              THEN COALESCE("t259"."engagements__per__reach__r", 0)
              ELSE 0
            END << 0
          ) | (
            CASE
              WHEN "t259"."er_reach_account_median" IS NOT NULL
              THEN COALESCE("t259"."engagements__per__reach__r", 0)
              ELSE 0
            END << 2
          ) | (
            CASE
              WHEN "t259"."er_followers_account_mean" IS NOT NULL
              THEN COALESCE("t259"."engagements__per__followers__r", 0)
              ELSE 0
            END << 4
          ) | (
            CASE
              WHEN "t259"."er_followers_account_median" IS NOT NULL
              THEN COALESCE("t259"."engagements__per__followers__r", 0)
              ELSE 0
            END << 6
          ) | (
            CASE
              WHEN "t259"."er_impressions_account_mean" IS NOT NULL
              THEN COALESCE("t259"."engagements__per__impressions__r", 0)
              ELSE 0
            END << 8
          ) | (
            CASE
              WHEN "t259"."er_impressions_account_median" IS NOT NULL
              THEN COALESCE("t259"."engagements__per__impressions__r", 0)
              ELSE 0
            END << 10
          ) | (
            CASE
              WHEN "t259"."er_views_account_mean" IS NOT NULL
              THEN COALESCE("t259"."engagements__per__views__r", 0)
              ELSE 0
            END << 12
          ) | (
            CASE
              WHEN "t259"."er_views_account_median" IS NOT NULL
              THEN COALESCE("t259"."engagements__per__views__r", 0)
              ELSE 0
            END << 14
          ) AS "ranks__0"
        FROM (
          SELECT
            "t256"."influencer_id",
            "t256"."platform",
            "t256"."account_id",
            "t256"."engagements__per__reach__n",
            "t256"."engagements__per__reach__d",
            "t256"."engagements__per__followers__n",
            "t256"."engagements__per__followers__d",
            "t256"."engagements__per__impressions__n",
            "t256"."engagements__per__impressions__d",
            "t256"."engagements__per__views__n",
            "t256"."engagements__per__views__d",
            CASE
              WHEN (
                (
                  "t256"."ranks__0" >> 20
                ) & 3
              ) >= 2
              THEN 2
              ELSE (
                "t256"."ranks__0" >> 20
              ) & 3
            END AS "engagements__per__reach__r",
            CASE
              WHEN (
                (
                  "t256"."ranks__0" >> 22
                ) & 3
              ) >= 2
              THEN 2
              ELSE (
                "t256"."ranks__0" >> 22
              ) & 3
            END AS "engagements__per__followers__r",
            CASE
              WHEN (
                (
                  "t256"."ranks__0" >> 28
                ) & 3
              ) >= 2
              THEN 2
              ELSE (
                "t256"."ranks__0" >> 28
              ) & 3
            END AS "engagements__per__impressions__r",
            CASE
              WHEN (
                (
                  "t256"."ranks__0" >> 32
                ) & 3
              ) >= 2
              THEN 2
              ELSE (
                "t256"."ranks__0" >> 32
              ) & 3
            END AS "engagements__per__views__r",
            (
              CAST("t256"."engagements__per__reach__n" AS DOUBLE PRECISION) / NULLIF("t256"."engagements__per__reach__d", 0)
            ) * 100 AS "er_reach_account_mean",
            (
              CAST("t256"."engagements__per__reach__n" AS DOUBLE PRECISION) / NULLIF("t256"."engagements__per__reach__d", 0)
            ) * 100 AS "er_reach_account_median",
            (
              CAST("t256"."engagements__per__followers__n" AS DOUBLE PRECISION) / NULLIF("t256"."engagements__per__followers__d", 0)
            ) * 100 AS "er_followers_account_mean",
            (
              CAST("t256"."engagements__per__followers__n" AS DOUBLE PRECISION) / NULLIF("t256"."engagements__per__followers__d", 0)
            ) * 100 AS "er_followers_account_median",
            (
              CAST("t256"."engagements__per__impressions__n" AS DOUBLE PRECISION) / NULLIF("t256"."engagements__per__impressions__d", 0)
            ) * 100 AS "er_impressions_account_mean",
            (
              CAST("t256"."engagements__per__impressions__n" AS DOUBLE PRECISION) / NULLIF("t256"."engagements__per__impressions__d", 0)
            ) * 100 AS "er_impressions_account_median",
            (
              CAST("t256"."engagements__per__views__n" AS DOUBLE PRECISION) / NULLIF("t256"."engagements__per__views__d", 0)
            ) * 100 AS "er_views_account_mean",
            (
              CAST("t256"."engagements__per__views__n" AS DOUBLE PRECISION) / NULLIF("t256"."engagements__per__views__d", 0)
            ) * 100 AS "er_views_account_median"
          FROM (
            SELECT
              "t254"."influencer_id",
              "t254"."platform",
              "t254"."account_id",
              SUM("t254"."engagements") FILTER(WHERE
                (
                  "t254"."engagements" IS NOT NULL
                ) AND (
                  "t254"."reach" IS NOT NULL
                )) AS "engagements__per__reach__n",
              SUM("t254"."reach") FILTER(WHERE
                (
                  "t254"."engagements" IS NOT NULL
                ) AND (
                  "t254"."reach" IS NOT NULL
                )) AS "engagements__per__reach__d",
              SUM("t254"."engagements") FILTER(WHERE
                (
                  "t254"."engagements" IS NOT NULL
                ) AND (
                  "t254"."followers" IS NOT NULL
                )) AS "engagements__per__followers__n",
              SUM("t254"."followers") FILTER(WHERE
                (
                  "t254"."engagements" IS NOT NULL
                ) AND (
                  "t254"."followers" IS NOT NULL
                )) AS "engagements__per__followers__d",
              SUM("t254"."engagements") FILTER(WHERE
                (
                  "t254"."engagements" IS NOT NULL
                ) AND (
                  "t254"."impressions" IS NOT NULL
                )) AS "engagements__per__impressions__n",
              SUM("t254"."impressions") FILTER(WHERE
                (
                  "t254"."engagements" IS NOT NULL
                ) AND (
                  "t254"."impressions" IS NOT NULL
                )) AS "engagements__per__impressions__d",
              SUM("t254"."engagements") FILTER(WHERE
                (
                  "t254"."engagements" IS NOT NULL
                ) AND (
                  "t254"."views" IS NOT NULL
                )) AS "engagements__per__views__n",
              SUM("t254"."views") FILTER(WHERE
                (
                  "t254"."engagements" IS NOT NULL
                ) AND (
                  "t254"."views" IS NOT NULL
                )) AS "engagements__per__views__d",
              BIT_OR("t254"."ranks__0") AS "ranks__0"
            FROM (
              SELECT
                *
              FROM "kpi_facts" AS "t253"
              WHERE
                "t253"."account_id" IS NOT NULL
            ) AS "t254"
            GROUP BY
              1,
              2,
              3
          ) AS "t256"
        ) AS "t259"
      ) AS "t262"
      GROUP BY
        1,
        2
    ) AS "t263"
  ) AS "t265"
    ON "t261"."influencer_id" IS NOT DISTINCT FROM "t265"."influencer_id"
    AND "t261"."platform" IS NOT DISTINCT FROM "t265"."platform"
  LEFT OUTER JOIN (
    SELECT
      CAST("t0"."id" AS BIGINT) AS "influencer_id",
      CAST("t0"."name" AS VARCHAR) AS "influencer"
    FROM "influencer" AS "t0"
  ) AS "t41"
    ON "t261"."influencer_id" = "t41"."influencer_id"
) AS "t266"
ORDER BY
  "t266"."influencer_id" ASC,
  "t266"."influencer" ASC,
  "t266"."platform" ASC
