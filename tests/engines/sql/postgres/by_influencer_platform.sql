WITH "t29" AS (
  SELECT
    *
  FROM "campaign" AS "t1"
  WHERE
    "t1"."id" IN (1)
), "t68" AS (
  SELECT
    *
  FROM (
    SELECT
      "t3"."base",
      "t3"."quote",
      "t3"."valid_on",
      CAST("t3"."rate" AS DOUBLE PRECISION) AS "rate"
    FROM "exchange_rate" AS "t3"
  ) AS "t31"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      "t3"."quote" AS "base",
      "t3"."base" AS "quote",
      "t3"."valid_on",
      CAST(1 AS DOUBLE PRECISION) / NULLIF(CAST("t3"."rate" AS DOUBLE PRECISION), 0) AS "rate"
    FROM "exchange_rate" AS "t3"
  ) AS "t65"
), "t85" AS (
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
      "t12"."campaign_id" IN (1)
  ) AS "t59"
  INNER JOIN "campaign" AS "t17"
    ON "t59"."campaign_id" = "t17"."id"
), "campaign_posts_in" AS (
  SELECT
    CAST("t55"."campaign_id" AS BIGINT) AS "campaign_id",
    CAST("t18"."name" AS VARCHAR) AS "campaign",
    CAST("t43"."id" AS BIGINT) AS "influencer_id",
    CAST("t43"."name" AS VARCHAR) AS "influencer",
    CAST("t21"."id" AS BIGINT) AS "account_id",
    CAST("t21"."platform" AS VARCHAR) AS "platform",
    CAST("t55"."format" AS VARCHAR) AS "format",
    CAST("t55"."id" AS BIGINT) AS "post_id",
    "t55"."published_on" AS "day",
    "t43"."country",
    CAST("t55"."caption" AS VARCHAR) AS "caption",
    "t55"."sponsored"
  FROM (
    SELECT
      *
    FROM "post" AS "t10"
    WHERE
      "t10"."campaign_id" IS NOT NULL AND "t10"."campaign_id" IN (1)
  ) AS "t55"
  INNER JOIN "account" AS "t21"
    ON "t55"."account_id" = "t21"."id"
  INNER JOIN (
    SELECT
      *
    FROM "influencer" AS "t0"
    WHERE
      NOT (
        "t0"."is_brand"
      )
  ) AS "t43"
    ON "t21"."influencer_id" = "t43"."id"
  INNER JOIN "campaign" AS "t18"
    ON "t55"."campaign_id" = "t18"."id"
), "t130" AS (
  SELECT
    CAST("t105"."post_id" AS BIGINT) AS "post_id",
    (
      ARRAY_AGG(
        "t105"."value" ORDER BY (
          CAST(EXTRACT(epoch FROM CAST("t105"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
        ) + (
          15 - CASE "t105"."provenance"
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
            CAST(EXTRACT(epoch FROM CAST("t105"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
          ) + (
            15 - CASE "t105"."provenance"
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
        AND "t105"."metric" = 'reach')
    )[1] AS "reach",
    (
      ARRAY_AGG(
        "t105"."value" ORDER BY (
          CAST(EXTRACT(epoch FROM CAST("t105"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
        ) + (
          15 - CASE "t105"."provenance"
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
            CAST(EXTRACT(epoch FROM CAST("t105"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
          ) + (
            15 - CASE "t105"."provenance"
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
        AND "t105"."metric" = 'impressions')
    )[1] AS "impressions",
    (
      ARRAY_AGG(
        "t105"."value" ORDER BY (
          CAST(EXTRACT(epoch FROM CAST("t105"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
        ) + (
          15 - CASE "t105"."provenance"
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
            CAST(EXTRACT(epoch FROM CAST("t105"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
          ) + (
            15 - CASE "t105"."provenance"
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
        AND "t105"."metric" = 'views')
    )[1] AS "views",
    (
      ARRAY_AGG(
        "t105"."value" ORDER BY (
          CAST(EXTRACT(epoch FROM CAST("t105"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
        ) + (
          15 - CASE "t105"."provenance"
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
            CAST(EXTRACT(epoch FROM CAST("t105"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
          ) + (
            15 - CASE "t105"."provenance"
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
        AND "t105"."metric" = 'likes')
    )[1] AS "likes",
    (
      ARRAY_AGG(
        "t105"."value" ORDER BY (
          CAST(EXTRACT(epoch FROM CAST("t105"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
        ) + (
          15 - CASE "t105"."provenance"
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
            CAST(EXTRACT(epoch FROM CAST("t105"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
          ) + (
            15 - CASE "t105"."provenance"
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
        AND "t105"."metric" = 'comments')
    )[1] AS "comments",
    (
      ARRAY_AGG(
        "t105"."value" ORDER BY (
          CAST(EXTRACT(epoch FROM CAST("t105"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
        ) + (
          15 - CASE "t105"."provenance"
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
            CAST(EXTRACT(epoch FROM CAST("t105"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
          ) + (
            15 - CASE "t105"."provenance"
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
        AND "t105"."metric" = 'shares')
    )[1] AS "shares",
    (
      ARRAY_AGG(
        "t105"."value" ORDER BY (
          CAST(EXTRACT(epoch FROM CAST("t105"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
        ) + (
          15 - CASE "t105"."provenance"
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
            CAST(EXTRACT(epoch FROM CAST("t105"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
          ) + (
            15 - CASE "t105"."provenance"
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
        AND "t105"."metric" = 'saves')
    )[1] AS "saves",
    (
      ARRAY_AGG(
        "t105"."value" ORDER BY (
          CAST(EXTRACT(epoch FROM CAST("t105"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
        ) + (
          15 - CASE "t105"."provenance"
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
            CAST(EXTRACT(epoch FROM CAST("t105"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
          ) + (
            15 - CASE "t105"."provenance"
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
        AND "t105"."metric" = 'clicks')
    )[1] AS "clicks",
    BIT_OR(
      1 << CASE "t105"."provenance"
        WHEN 'measured'
        THEN 0
        WHEN 'self_reported'
        THEN 1
        WHEN 'estimated'
        THEN 2
        ELSE 2
      END
    ) AS "seen"
  FROM (
    SELECT
      *
    FROM (
      SELECT
        "t23"."id",
        "t23"."post_id",
        "t23"."captured_at",
        "t23"."metric",
        "t23"."value",
        "t23"."source",
        "t23"."provenance",
        "t57"."in_scope"
      FROM "metric_snapshot" AS "t23"
      INNER JOIN (
        SELECT
          "t10"."id" AS "in_scope"
        FROM "post" AS "t10"
        WHERE
          "t10"."campaign_id" IS NOT NULL AND "t10"."campaign_id" IN (1)
      ) AS "t57"
        ON "t23"."post_id" = "t57"."in_scope"
    ) AS "t83"
    WHERE
      "t83"."captured_at" <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
  ) AS "t105"
  GROUP BY
    1
), "t169" AS (
  SELECT
    *
  FROM (
    SELECT
      "t151"."campaign_id",
      "t151"."campaign",
      "t151"."influencer_id",
      "t151"."influencer",
      "t151"."account_id",
      "t151"."platform",
      "t151"."is_brand",
      "t151"."day",
      "t151"."start_at",
      "t151"."end_at",
      "t67"."followers",
      "t67"."at",
      "t67"."rank"
    FROM (
      SELECT
        "t129"."campaign_id",
        CAST("t17"."name" AS VARCHAR) AS "campaign",
        CAST("t16"."id" AS BIGINT) AS "influencer_id",
        CAST("t16"."name" AS VARCHAR) AS "influencer",
        "t129"."account_id",
        CAST("t22"."platform" AS VARCHAR) AS "platform",
        "t129"."is_brand",
        "t17"."end_date" AS "day",
        EXTRACT('epoch' FROM CAST("t17"."start_date" AS TIMESTAMPTZ)) AS "start_at",
        EXTRACT('epoch' FROM CAST("t17"."end_date" AS TIMESTAMPTZ)) + 86400 AS "end_at"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t111"."campaign_id",
            "t111"."account_id",
            FALSE AS "is_brand"
          FROM (
            SELECT DISTINCT
              "t96"."campaign_id",
              "t96"."account_id"
            FROM "campaign_posts_in" AS "t96"
          ) AS "t111"
        ) AS "t117"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            CAST("t62"."id" AS BIGINT) AS "campaign_id",
            CAST("t22"."id" AS BIGINT) AS "account_id",
            TRUE AS "is_brand"
          FROM "t29" AS "t62"
          INNER JOIN (
            SELECT
              *
            FROM "influencer" AS "t0"
            WHERE
              "t0"."is_brand"
          ) AS "t28"
            ON "t28"."workspace_id" = "t62"."workspace_id"
          INNER JOIN "account" AS "t22"
            ON "t22"."influencer_id" = "t28"."id"
        ) AS "t87"
      ) AS "t129"
      INNER JOIN "campaign" AS "t17"
        ON "t129"."campaign_id" = "t17"."id"
      INNER JOIN "account" AS "t22"
        ON "t129"."account_id" = "t22"."id"
      INNER JOIN "influencer" AS "t16"
        ON "t22"."influencer_id" = "t16"."id"
    ) AS "t151"
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
      ON "t151"."account_id" = "t67"."account_id"
  ) AS "t168"
  WHERE
    "t168"."at" <= "t168"."end_at"
), "post_rows" AS (
  SELECT
    "t203"."campaign_id",
    "t203"."campaign",
    "t203"."influencer_id",
    "t203"."influencer",
    "t203"."account_id",
    "t203"."platform",
    "t203"."format",
    "t203"."post_id",
    "t203"."day",
    "t203"."country",
    "t203"."caption",
    "t203"."sponsored",
    "t203"."reach",
    "t203"."impressions",
    "t203"."views",
    "t203"."likes",
    "t203"."comments",
    "t203"."shares",
    "t203"."saves",
    "t203"."clicks",
    "t203"."reach__provenance",
    "t203"."impressions__provenance",
    "t203"."views__provenance",
    "t203"."likes__provenance",
    "t203"."comments__provenance",
    "t203"."shares__provenance",
    "t203"."saves__provenance",
    "t203"."clicks__provenance",
    "t203"."followers",
    "t203"."followers__provenance",
    "t203"."engagements",
    "t203"."engagements__provenance",
    COALESCE(
      COALESCE("t203"."impressions", "t203"."views"),
      "t203"."reach" * COALESCE(
        CAST(SUM("t203"."impressions") FILTER(WHERE
          (
            "t203"."impressions" IS NOT NULL
          ) AND (
            "t203"."reach" IS NOT NULL
          )) OVER (
          PARTITION BY "t203"."campaign_id", "t203"."platform"
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) AS DOUBLE PRECISION) / NULLIF(
          SUM("t203"."reach") FILTER(WHERE
            (
              "t203"."impressions" IS NOT NULL
            ) AND (
              "t203"."reach" IS NOT NULL
            )) OVER (
            PARTITION BY "t203"."campaign_id", "t203"."platform"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ),
          0
        ),
        CAST(1 AS DOUBLE PRECISION)
      )
    ) AS "impressions_with_estimates",
    CASE
      WHEN COALESCE(
        COALESCE("t203"."impressions", "t203"."views"),
        "t203"."reach" * COALESCE(
          CAST(SUM("t203"."impressions") FILTER(WHERE
            (
              "t203"."impressions" IS NOT NULL
            ) AND (
              "t203"."reach" IS NOT NULL
            )) OVER (
            PARTITION BY "t203"."campaign_id", "t203"."platform"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ) AS DOUBLE PRECISION) / NULLIF(
            SUM("t203"."reach") FILTER(WHERE
              (
                "t203"."impressions" IS NOT NULL
              ) AND (
                "t203"."reach" IS NOT NULL
              )) OVER (
              PARTITION BY "t203"."campaign_id", "t203"."platform"
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ),
            0
          ),
          CAST(1 AS DOUBLE PRECISION)
        )
      ) IS NOT NULL
      THEN CASE
        WHEN "t203"."impressions" IS NOT NULL
        THEN "t203"."impressions__provenance"
        ELSE 2
      END
      ELSE CAST(NULL AS BIGINT)
    END AS "impressions_with_estimates__provenance",
    (
      CAST("t203"."engagements" AS DOUBLE PRECISION) / NULLIF("t203"."reach", 0)
    ) * 100 AS "er_reach_post",
    (
      CAST("t203"."engagements" AS DOUBLE PRECISION) / NULLIF("t203"."followers", 0)
    ) * 100 AS "er_followers_post",
    (
      CAST("t203"."engagements" AS DOUBLE PRECISION) / NULLIF("t203"."impressions", 0)
    ) * 100 AS "er_impressions_post",
    (
      CAST("t203"."engagements" AS DOUBLE PRECISION) / NULLIF("t203"."views", 0)
    ) * 100 AS "er_views_post",
    NULLIF(
      GREATEST(
        COALESCE("t203"."engagements__provenance", -1),
        COALESCE("t203"."reach__provenance", -1)
      ),
      -1
    ) AS "er_reach_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t203"."engagements__provenance", -1),
        COALESCE("t203"."followers__provenance", -1)
      ),
      -1
    ) AS "er_followers_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t203"."engagements__provenance", -1),
        COALESCE("t203"."impressions__provenance", -1)
      ),
      -1
    ) AS "er_impressions_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t203"."engagements__provenance", -1),
        COALESCE("t203"."views__provenance", -1)
      ),
      -1
    ) AS "er_views_post__provenance",
    "t203"."platform" AS "post_platform",
    "t203"."influencer_id" AS "publishing_influencer",
    CAST(CASE WHEN "t203"."sponsored" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "sponsored_posts",
    CAST(CASE
      WHEN "t203"."sponsored"
      AND CASE
        WHEN UPPER("t203"."country") = 'FR'
        THEN (
          POSITION('publicité' IN LOWER("t203"."caption")) > 0
        )
        OR (
          POSITION('publicite' IN LOWER("t203"."caption")) > 0
        )
        OR (
          POSITION('collaboration commerciale' IN LOWER("t203"."caption")) > 0
        )
        WHEN UPPER("t203"."country") = 'BE'
        THEN (
          POSITION('publicité' IN LOWER("t203"."caption")) > 0
        )
        OR (
          POSITION('publicite' IN LOWER("t203"."caption")) > 0
        )
        OR (
          POSITION('collaboration commerciale' IN LOWER("t203"."caption")) > 0
        )
        OR (
          POSITION('#pub' IN LOWER("t203"."caption")) > 0
        )
        OR (
          POSITION('reclame' IN LOWER("t203"."caption")) > 0
        )
        OR (
          POSITION('#ad' IN LOWER("t203"."caption")) > 0
        )
        OR (
          POSITION('samenwerking' IN LOWER("t203"."caption")) > 0
        )
        WHEN UPPER("t203"."country") = 'DE'
        THEN (
          POSITION('werbung' IN LOWER("t203"."caption")) > 0
        )
        OR (
          POSITION('anzeige' IN LOWER("t203"."caption")) > 0
        )
        WHEN UPPER("t203"."country") = 'ES'
        THEN (
          POSITION('publicidad' IN LOWER("t203"."caption")) > 0
        )
        OR (
          POSITION('#publi' IN LOWER("t203"."caption")) > 0
        )
        OR (
          POSITION('patrocinado' IN LOWER("t203"."caption")) > 0
        )
        OR (
          POSITION('colaboración pagada' IN LOWER("t203"."caption")) > 0
        )
        WHEN UPPER("t203"."country") = 'IT'
        THEN (
          POSITION('pubblicità' IN LOWER("t203"."caption")) > 0
        )
        OR (
          POSITION('#adv' IN LOWER("t203"."caption")) > 0
        )
        OR (
          POSITION('sponsorizzato' IN LOWER("t203"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t203"."caption")) > 0
        )
        WHEN UPPER("t203"."country") = 'GB'
        THEN (
          POSITION('#ad' IN LOWER("t203"."caption")) > 0
        )
        OR (
          POSITION('advert' IN LOWER("t203"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t203"."caption")) > 0
        )
        WHEN UPPER("t203"."country") = 'US'
        THEN (
          POSITION('#ad' IN LOWER("t203"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t203"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t203"."caption")) > 0
        )
        OR (
          POSITION('paid partnership' IN LOWER("t203"."caption")) > 0
        )
        ELSE (
          POSITION('#ad' IN LOWER("t203"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t203"."caption")) > 0
        )
        OR (
          POSITION('paid partnership' IN LOWER("t203"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t203"."caption")) > 0
        )
      END
      THEN 1
      ELSE 0
    END AS DOUBLE PRECISION) AS "disclosed_sponsored_posts"
  FROM (
    SELECT
      "t196"."campaign_id",
      "t196"."campaign",
      "t196"."influencer_id",
      "t196"."influencer",
      "t196"."account_id",
      "t196"."platform",
      "t196"."format",
      "t196"."post_id",
      "t196"."day",
      "t196"."country",
      "t196"."caption",
      "t196"."sponsored",
      "t196"."reach",
      "t196"."impressions",
      "t196"."views",
      "t196"."likes",
      "t196"."comments",
      "t196"."shares",
      "t196"."saves",
      "t196"."clicks",
      "t196"."reach__provenance",
      "t196"."impressions__provenance",
      "t196"."views__provenance",
      "t196"."likes__provenance",
      "t196"."comments__provenance",
      "t196"."shares__provenance",
      "t196"."saves__provenance",
      "t196"."clicks__provenance",
      "t196"."followers",
      "t196"."followers__provenance",
      CASE
        WHEN (
          "t196"."likes" IS NOT NULL
        )
        OR (
          "t196"."comments" IS NOT NULL
        )
        OR (
          "t196"."shares" IS NOT NULL
        )
        OR (
          "t196"."saves" IS NOT NULL
        )
        THEN CAST(0 AS DOUBLE PRECISION) + COALESCE("t196"."likes", 0) + COALESCE("t196"."comments", 0) + COALESCE("t196"."shares", 0) + COALESCE("t196"."saves", 0)
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END AS "engagements",
      NULLIF(
        GREATEST(
          COALESCE("t196"."likes__provenance", -1),
          COALESCE("t196"."comments__provenance", -1),
          COALESCE("t196"."shares__provenance", -1),
          COALESCE("t196"."saves__provenance", -1)
        ),
        -1
      ) AS "engagements__provenance"
    FROM (
      SELECT
        "t104"."campaign_id",
        "t104"."campaign",
        "t104"."influencer_id",
        "t104"."influencer",
        "t104"."account_id",
        "t104"."platform",
        "t104"."format",
        "t104"."post_id",
        "t104"."day",
        "t104"."country",
        "t104"."caption",
        "t104"."sponsored",
        "t191"."reach",
        "t191"."impressions",
        "t191"."views",
        "t191"."likes",
        "t191"."comments",
        "t191"."shares",
        "t191"."saves",
        "t191"."clicks",
        "t191"."reach__provenance",
        "t191"."impressions__provenance",
        "t191"."views__provenance",
        "t191"."likes__provenance",
        "t191"."comments__provenance",
        "t191"."shares__provenance",
        "t191"."saves__provenance",
        "t191"."clicks__provenance",
        "t152"."followers",
        "t152"."followers__provenance"
      FROM "campaign_posts_in" AS "t104"
      LEFT OUTER JOIN (
        SELECT
          "t136"."post_id",
          "t136"."reach",
          "t136"."impressions",
          "t136"."views",
          "t136"."likes",
          "t136"."comments",
          "t136"."shares",
          "t136"."saves",
          "t136"."clicks",
          CASE
            WHEN "t136"."reach" IS NULL
            THEN CAST(NULL AS BIGINT)
            ELSE CASE
              WHEN "t179"."mixed_post" IS NULL
              THEN CASE "t136"."seen" WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END
              ELSE 15 - (
                "t179"."reach" % 16
              )
            END
          END AS "reach__provenance",
          CASE
            WHEN "t136"."impressions" IS NULL
            THEN CAST(NULL AS BIGINT)
            ELSE CASE
              WHEN "t179"."mixed_post" IS NULL
              THEN CASE "t136"."seen" WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END
              ELSE 15 - (
                "t179"."impressions" % 16
              )
            END
          END AS "impressions__provenance",
          CASE
            WHEN "t136"."views" IS NULL
            THEN CAST(NULL AS BIGINT)
            ELSE CASE
              WHEN "t179"."mixed_post" IS NULL
              THEN CASE "t136"."seen" WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END
              ELSE 15 - (
                "t179"."views" % 16
              )
            END
          END AS "views__provenance",
          CASE
            WHEN "t136"."likes" IS NULL
            THEN CAST(NULL AS BIGINT)
            ELSE CASE
              WHEN "t179"."mixed_post" IS NULL
              THEN CASE "t136"."seen" WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END
              ELSE 15 - (
                "t179"."likes" % 16
              )
            END
          END AS "likes__provenance",
          CASE
            WHEN "t136"."comments" IS NULL
            THEN CAST(NULL AS BIGINT)
            ELSE CASE
              WHEN "t179"."mixed_post" IS NULL
              THEN CASE "t136"."seen" WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END
              ELSE 15 - (
                "t179"."comments" % 16
              )
            END
          END AS "comments__provenance",
          CASE
            WHEN "t136"."shares" IS NULL
            THEN CAST(NULL AS BIGINT)
            ELSE CASE
              WHEN "t179"."mixed_post" IS NULL
              THEN CASE "t136"."seen" WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END
              ELSE 15 - (
                "t179"."shares" % 16
              )
            END
          END AS "shares__provenance",
          CASE
            WHEN "t136"."saves" IS NULL
            THEN CAST(NULL AS BIGINT)
            ELSE CASE
              WHEN "t179"."mixed_post" IS NULL
              THEN CASE "t136"."seen" WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END
              ELSE 15 - (
                "t179"."saves" % 16
              )
            END
          END AS "saves__provenance",
          CASE
            WHEN "t136"."clicks" IS NULL
            THEN CAST(NULL AS BIGINT)
            ELSE CASE
              WHEN "t179"."mixed_post" IS NULL
              THEN CASE "t136"."seen" WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END
              ELSE 15 - (
                "t179"."clicks" % 16
              )
            END
          END AS "clicks__provenance"
        FROM "t130" AS "t136"
        LEFT OUTER JOIN (
          SELECT
            CAST("t165"."post_id" AS BIGINT) AS "mixed_post",
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t165"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t165"."provenance"
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
              "t165"."metric" = 'reach') AS "reach",
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t165"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t165"."provenance"
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
              "t165"."metric" = 'impressions') AS "impressions",
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t165"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t165"."provenance"
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
              "t165"."metric" = 'views') AS "views",
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t165"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t165"."provenance"
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
              "t165"."metric" = 'likes') AS "likes",
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t165"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t165"."provenance"
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
              "t165"."metric" = 'comments') AS "comments",
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t165"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t165"."provenance"
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
              "t165"."metric" = 'shares') AS "shares",
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t165"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t165"."provenance"
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
              "t165"."metric" = 'saves') AS "saves",
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t165"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t165"."provenance"
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
              "t165"."metric" = 'clicks') AS "clicks"
          FROM (
            SELECT
              *
            FROM (
              SELECT
                *
              FROM "metric_snapshot" AS "t14"
              WHERE
                "t14"."post_id" IN (
                  SELECT
                    "t131"."post_id"
                  FROM "t130" AS "t131"
                  WHERE
                    NOT (
                      "t131"."seen" IN (1, 2, 4)
                    )
                )
            ) AS "t153"
            WHERE
              "t153"."captured_at" <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
          ) AS "t165"
          GROUP BY
            1
        ) AS "t179"
          ON "t136"."post_id" = "t179"."mixed_post"
      ) AS "t191"
        ON "t104"."post_id" = "t191"."post_id"
      LEFT OUTER JOIN (
        SELECT
          CAST("t56"."post_id" AS BIGINT) AS "post_id",
          "t122"."followers",
          "t122"."rank" AS "followers__provenance"
        FROM (
          SELECT
            "t10"."id" AS "post_id",
            "t10"."account_id",
            "t10"."published_at"
          FROM "post" AS "t10"
          WHERE
            "t10"."campaign_id" IS NOT NULL AND "t10"."campaign_id" IN (1)
        ) AS "t56"
        INNER JOIN (
          SELECT
            "t82"."account_id",
            CAST("t82"."followers" AS DOUBLE PRECISION) AS "followers",
            CASE "t82"."provenance"
              WHEN 'measured'
              THEN 0
              WHEN 'self_reported'
              THEN 1
              WHEN 'estimated'
              THEN 2
              ELSE 2
            END AS "rank",
            "t82"."captured_at" AS "since",
            LEAD("t82"."captured_at") OVER (
              PARTITION BY "t82"."account_id"
              ORDER BY "t82"."captured_at" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) AS "until",
            (
              ROW_NUMBER() OVER (
                PARTITION BY "t82"."account_id"
                ORDER BY "t82"."captured_at" ASC
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
                    "t10"."campaign_id" IS NOT NULL AND "t10"."campaign_id" IN (1)
                )
            ) AS "t66"
            WHERE
              "t66"."captured_at" <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
          ) AS "t82"
        ) AS "t122"
          ON "t56"."account_id" = "t122"."account_id"
          AND (
            (
              (
                "t122"."since" <= "t56"."published_at"
              )
              AND (
                (
                  "t122"."until" IS NULL
                ) OR (
                  "t56"."published_at" < "t122"."until"
                )
              )
            )
            OR (
              "t122"."first" AND (
                "t56"."published_at" < "t122"."since"
              )
            )
          )
      ) AS "t152"
        ON "t104"."post_id" = "t152"."post_id"
    ) AS "t196"
  ) AS "t203"
), "kpi_facts" AS (
  SELECT
    "t248"."campaign_id",
    "t248"."influencer_id",
    "t248"."account_id",
    "t248"."platform",
    "t248"."post_id",
    "t248"."reach",
    "t248"."impressions",
    "t248"."views",
    "t248"."likes",
    "t248"."comments",
    "t248"."shares",
    "t248"."saves",
    "t248"."clicks",
    "t248"."reach__provenance",
    "t248"."impressions__provenance",
    "t248"."views__provenance",
    "t248"."likes__provenance",
    "t248"."comments__provenance",
    "t248"."shares__provenance",
    "t248"."saves__provenance",
    "t248"."clicks__provenance",
    "t248"."followers",
    "t248"."followers__provenance",
    "t248"."engagements",
    "t248"."engagements__provenance",
    "t248"."impressions_with_estimates",
    "t248"."impressions_with_estimates__provenance",
    "t248"."er_reach_post",
    "t248"."er_followers_post",
    "t248"."er_impressions_post",
    "t248"."er_views_post",
    "t248"."er_reach_post__provenance",
    "t248"."er_followers_post__provenance",
    "t248"."er_impressions_post__provenance",
    "t248"."er_views_post__provenance",
    "t248"."post_platform",
    "t248"."publishing_influencer",
    "t248"."sponsored_posts",
    "t248"."disclosed_sponsored_posts",
    "t248"."cost",
    "t248"."key_message_posts",
    "t248"."ugc_post",
    "t248"."mentions",
    "t248"."brand_mentions",
    "t248"."mention_engagements",
    "t248"."brand_mention_engagements",
    "t248"."followers_start",
    "t248"."followers_gained",
    "t248"."followers_expected_gain",
    "t248"."followers_start__provenance",
    "t248"."followers_gained__provenance",
    "t248"."followers_expected_gain__provenance",
    "t248"."brand_followers_start",
    "t248"."brand_followers_gained",
    "t248"."brand_followers_expected_gain",
    "t248"."brand_followers_start__provenance",
    "t248"."brand_followers_gained__provenance",
    "t248"."brand_followers_expected_gain__provenance",
    "t248"."influencers_contacted",
    "t248"."influencers_interested",
    "t248"."posts_contracted",
    "t248"."products_sent",
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
    "t248"."new_customers",
    "t248"."key_messages",
    "t248"."emv",
    "t248"."emv__provenance",
    "t248"."emv_authentic",
    "t248"."emv_authentic__provenance",
    (
      CAST("t248"."cost" AS DOUBLE PRECISION) / (
        CASE
          WHEN "t248"."platform" = 'tiktok'
          THEN 7.5
          WHEN "t248"."platform" = 'youtube'
          THEN 3.53
          ELSE 19.8
        END * "t248"."paid_rate"
      )
    ) * 1000 AS "paid_impressions",
    CAST("t248"."cost" AS DOUBLE PRECISION) / (
      CASE
        WHEN "t248"."platform" = 'tiktok'
        THEN CAST(NULL AS DOUBLE PRECISION)
        WHEN "t248"."platform" = 'youtube'
        THEN CAST(NULL AS DOUBLE PRECISION)
        ELSE 1.88
      END * "t248"."paid_rate"
    ) AS "paid_clicks",
    CAST("t248"."cost" AS DOUBLE PRECISION) / (
      CASE
        WHEN "t248"."platform" = 'youtube'
        THEN 0.026
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END * "t248"."paid_rate"
    ) AS "paid_views"
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
      "t246"."link_clicks",
      "t246"."unique_link_clicks",
      "t246"."bot_link_clicks",
      "t246"."sessions",
      "t246"."new_users",
      "t246"."engaged_sessions",
      "t246"."bounced_sessions",
      "t246"."session_seconds",
      "t246"."page_views",
      "t246"."key_events",
      "t246"."orders",
      "t246"."revenue",
      "t246"."new_customers",
      "t246"."key_messages",
      "t246"."emv_rate",
      "t246"."inauthentic_share",
      "t246"."emv",
      "t246"."emv__provenance",
      "t246"."emv_authentic",
      "t246"."emv_authentic__provenance",
      "t159"."paid_rate"
    FROM (
      SELECT
        "t243"."campaign_id",
        "t243"."campaign",
        "t243"."influencer_id",
        "t243"."influencer",
        "t243"."account_id",
        "t243"."platform",
        "t243"."format",
        "t243"."post_id",
        "t243"."day",
        "t243"."reach",
        "t243"."impressions",
        "t243"."views",
        "t243"."likes",
        "t243"."comments",
        "t243"."shares",
        "t243"."saves",
        "t243"."clicks",
        "t243"."reach__provenance",
        "t243"."impressions__provenance",
        "t243"."views__provenance",
        "t243"."likes__provenance",
        "t243"."comments__provenance",
        "t243"."shares__provenance",
        "t243"."saves__provenance",
        "t243"."clicks__provenance",
        "t243"."followers",
        "t243"."followers__provenance",
        "t243"."engagements",
        "t243"."engagements__provenance",
        "t243"."impressions_with_estimates",
        "t243"."impressions_with_estimates__provenance",
        "t243"."er_reach_post",
        "t243"."er_followers_post",
        "t243"."er_impressions_post",
        "t243"."er_views_post",
        "t243"."er_reach_post__provenance",
        "t243"."er_followers_post__provenance",
        "t243"."er_impressions_post__provenance",
        "t243"."er_views_post__provenance",
        "t243"."post_platform",
        "t243"."publishing_influencer",
        "t243"."sponsored_posts",
        "t243"."disclosed_sponsored_posts",
        "t243"."cost",
        "t243"."key_message_posts",
        "t243"."ugc_post",
        "t243"."mentions",
        "t243"."brand_mentions",
        "t243"."mention_engagements",
        "t243"."brand_mention_engagements",
        "t243"."followers_start",
        "t243"."followers_gained",
        "t243"."followers_expected_gain",
        "t243"."followers_start__provenance",
        "t243"."followers_gained__provenance",
        "t243"."followers_expected_gain__provenance",
        "t243"."brand_followers_start",
        "t243"."brand_followers_gained",
        "t243"."brand_followers_expected_gain",
        "t243"."brand_followers_start__provenance",
        "t243"."brand_followers_gained__provenance",
        "t243"."brand_followers_expected_gain__provenance",
        "t243"."influencers_contacted",
        "t243"."influencers_interested",
        "t243"."posts_contracted",
        "t243"."products_sent",
        "t243"."link_clicks",
        "t243"."unique_link_clicks",
        "t243"."bot_link_clicks",
        "t243"."sessions",
        "t243"."new_users",
        "t243"."engaged_sessions",
        "t243"."bounced_sessions",
        "t243"."session_seconds",
        "t243"."page_views",
        "t243"."key_events",
        "t243"."orders",
        "t243"."revenue",
        "t243"."new_customers",
        "t243"."key_messages",
        "t243"."emv_rate",
        "t243"."inauthentic_share",
        CASE
          WHEN (
            "t243"."post_id" IS NOT NULL
          )
          AND (
            (
              (
                CAST((
                  COALESCE("t243"."impressions", "t243"."views") * CASE
                    WHEN "t243"."platform" = 'tiktok'
                    THEN 6.89
                    ELSE CAST(NULL AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t243"."platform" = 'instagram'
                  THEN 0.07
                  WHEN "t243"."platform" = 'tiktok'
                  THEN 0.09
                  WHEN "t243"."platform" = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t243"."likes"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t243"."platform" = 'instagram'
                  THEN 3.46
                  WHEN "t243"."platform" = 'tiktok'
                  THEN 3.52
                  WHEN "t243"."platform" = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t243"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t243"."platform" = 'tiktok'
                  THEN 1.72
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t243"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              CAST((
                COALESCE("t243"."impressions", "t243"."views") * CASE
                  WHEN "t243"."platform" = 'tiktok'
                  THEN 6.89
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END
              ) AS DOUBLE PRECISION) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t243"."platform" = 'instagram'
                THEN 0.07
                WHEN "t243"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t243"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t243"."likes",
              0
            ) + COALESCE(
              CASE
                WHEN "t243"."platform" = 'instagram'
                THEN 3.46
                WHEN "t243"."platform" = 'tiktok'
                THEN 3.52
                WHEN "t243"."platform" = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t243"."comments",
              0
            ) + COALESCE(
              CASE
                WHEN "t243"."platform" = 'tiktok'
                THEN 1.72
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t243"."shares",
              0
            )
          ) * "t243"."emv_rate"
          ELSE CAST(NULL AS DOUBLE PRECISION)
        END AS "emv",
        NULLIF(
          GREATEST(
            COALESCE("t243"."impressions__provenance", -1),
            COALESCE("t243"."views__provenance", -1),
            COALESCE("t243"."engagements__provenance", -1)
          ),
          -1
        ) AS "emv__provenance",
        CASE
          WHEN (
            "t243"."post_id" IS NOT NULL
          )
          AND (
            (
              (
                CAST((
                  COALESCE("t243"."impressions", "t243"."views") * CASE
                    WHEN "t243"."platform" = 'tiktok'
                    THEN 6.89
                    ELSE CAST(NULL AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t243"."platform" = 'instagram'
                  THEN 0.07
                  WHEN "t243"."platform" = 'tiktok'
                  THEN 0.09
                  WHEN "t243"."platform" = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t243"."likes"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t243"."platform" = 'instagram'
                  THEN 3.46
                  WHEN "t243"."platform" = 'tiktok'
                  THEN 3.52
                  WHEN "t243"."platform" = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t243"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t243"."platform" = 'tiktok'
                  THEN 1.72
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t243"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              CAST((
                COALESCE("t243"."impressions", "t243"."views") * CASE
                  WHEN "t243"."platform" = 'tiktok'
                  THEN 6.89
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END
              ) AS DOUBLE PRECISION) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t243"."platform" = 'instagram'
                THEN 0.07
                WHEN "t243"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t243"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t243"."likes",
              0
            ) + COALESCE(
              CASE
                WHEN "t243"."platform" = 'instagram'
                THEN 3.46
                WHEN "t243"."platform" = 'tiktok'
                THEN 3.52
                WHEN "t243"."platform" = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t243"."comments",
              0
            ) + COALESCE(
              CASE
                WHEN "t243"."platform" = 'tiktok'
                THEN 1.72
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t243"."shares",
              0
            )
          ) * "t243"."emv_rate" * (
            1 - COALESCE("t243"."inauthentic_share", 0)
          )
          ELSE CAST(NULL AS DOUBLE PRECISION)
        END AS "emv_authentic",
        NULLIF(
          GREATEST(
            COALESCE(
              NULLIF(
                GREATEST(
                  COALESCE("t243"."impressions__provenance", -1),
                  COALESCE("t243"."views__provenance", -1),
                  COALESCE("t243"."engagements__provenance", -1)
                ),
                -1
              ),
              -1
            ),
            COALESCE(CASE WHEN "t243"."inauthentic_share" > 0 THEN 2 ELSE CAST(NULL AS BIGINT) END, -1)
          ),
          -1
        ) AS "emv_authentic__provenance"
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
          "t241"."link_clicks",
          "t241"."unique_link_clicks",
          "t241"."bot_link_clicks",
          "t241"."sessions",
          "t241"."new_users",
          "t241"."engaged_sessions",
          "t241"."bounced_sessions",
          "t241"."session_seconds",
          "t241"."page_views",
          "t241"."key_events",
          "t241"."orders",
          "t241"."revenue",
          "t241"."new_customers",
          "t241"."key_messages",
          "t241"."emv_rate",
          "t30"."inauthentic_share"
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
            "t238"."link_clicks",
            "t238"."unique_link_clicks",
            "t238"."bot_link_clicks",
            "t238"."sessions",
            "t238"."new_users",
            "t238"."engaged_sessions",
            "t238"."bounced_sessions",
            "t238"."session_seconds",
            "t238"."page_views",
            "t238"."key_events",
            "t238"."orders",
            "t238"."revenue",
            "t238"."new_customers",
            "t238"."key_messages",
            "t160"."emv_rate"
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
                                CAST(NULL AS DOUBLE PRECISION) AS "link_clicks",
                                CAST(NULL AS DOUBLE PRECISION) AS "unique_link_clicks",
                                CAST(NULL AS DOUBLE PRECISION) AS "bot_link_clicks",
                                CAST(NULL AS DOUBLE PRECISION) AS "sessions",
                                CAST(NULL AS DOUBLE PRECISION) AS "new_users",
                                CAST(NULL AS DOUBLE PRECISION) AS "engaged_sessions",
                                CAST(NULL AS DOUBLE PRECISION) AS "bounced_sessions",
                                CAST(NULL AS DOUBLE PRECISION) AS "session_seconds",
                                CAST(NULL AS DOUBLE PRECISION) AS "page_views",
                                CAST(NULL AS DOUBLE PRECISION) AS "key_events",
                                CAST(NULL AS DOUBLE PRECISION) AS "orders",
                                CAST(NULL AS DOUBLE PRECISION) AS "revenue",
                                CAST(NULL AS DOUBLE PRECISION) AS "new_customers",
                                CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                              FROM (
                                SELECT
                                  "t220"."campaign_id",
                                  "t220"."campaign",
                                  "t220"."influencer_id",
                                  "t220"."influencer",
                                  "t220"."account_id",
                                  "t220"."platform",
                                  "t220"."format",
                                  "t220"."post_id",
                                  "t220"."day",
                                  "t220"."country",
                                  "t220"."caption",
                                  "t220"."sponsored",
                                  "t220"."reach",
                                  "t220"."impressions",
                                  "t220"."views",
                                  "t220"."likes",
                                  "t220"."comments",
                                  "t220"."shares",
                                  "t220"."saves",
                                  "t220"."clicks",
                                  "t220"."reach__provenance",
                                  "t220"."impressions__provenance",
                                  "t220"."views__provenance",
                                  "t220"."likes__provenance",
                                  "t220"."comments__provenance",
                                  "t220"."shares__provenance",
                                  "t220"."saves__provenance",
                                  "t220"."clicks__provenance",
                                  "t220"."followers",
                                  "t220"."followers__provenance",
                                  "t220"."engagements",
                                  "t220"."engagements__provenance",
                                  "t220"."impressions_with_estimates",
                                  "t220"."impressions_with_estimates__provenance",
                                  "t220"."er_reach_post",
                                  "t220"."er_followers_post",
                                  "t220"."er_impressions_post",
                                  "t220"."er_views_post",
                                  "t220"."er_reach_post__provenance",
                                  "t220"."er_followers_post__provenance",
                                  "t220"."er_impressions_post__provenance",
                                  "t220"."er_views_post__provenance",
                                  "t220"."post_platform",
                                  "t220"."publishing_influencer",
                                  "t220"."sponsored_posts",
                                  "t220"."disclosed_sponsored_posts",
                                  "t220"."cost",
                                  "t225"."key_message_posts"
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
                                    "t198"."cost"
                                  FROM "post_rows" AS "t210"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t104"."post_id",
                                      "t192"."cost"
                                    FROM "campaign_posts_in" AS "t104"
                                    INNER JOIN (
                                      SELECT
                                        "t182"."campaign_id",
                                        "t182"."influencer_id",
                                        SUM("t182"."share") AS "cost"
                                      FROM (
                                        SELECT
                                          "t178"."campaign_id",
                                          "t178"."influencer_id",
                                          CAST("t178"."amount" AS DOUBLE PRECISION) / "t116"."n_posts" AS "share"
                                        FROM (
                                          SELECT
                                            "t107"."campaign_id",
                                            "t107"."campaign",
                                            "t107"."influencer_id",
                                            "t107"."incurred_on",
                                            "t107"."amount" * "t167"."rate" AS "amount"
                                          FROM "t85" AS "t107"
                                          LEFT OUTER JOIN (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                "t99"."key",
                                                CAST(1 AS DOUBLE PRECISION) AS "rate"
                                              FROM "t85" AS "t99"
                                              WHERE
                                                "t99"."base" = "t99"."quote"
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
                                                    "t107"."key",
                                                    "t107"."on",
                                                    "t78"."rate",
                                                    EXTRACT('epoch' FROM CAST("t78"."valid_on" AS TIMESTAMPTZ)) AS "valid"
                                                  FROM "t85" AS "t107"
                                                  INNER JOIN "t68" AS "t78"
                                                    ON "t107"."base" = "t78"."base" AND "t107"."quote" = "t78"."quote"
                                                ) AS "t124"
                                              ) AS "t148"
                                              WHERE
                                                "t148"."order" = 0
                                            ) AS "t158"
                                          ) AS "t167"
                                            ON "t107"."key" = "t167"."key"
                                        ) AS "t178"
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
                                          ON "t178"."campaign_id" = "t116"."campaign_id"
                                          AND "t178"."influencer_id" = "t116"."influencer_id"
                                      ) AS "t182"
                                      GROUP BY
                                        1,
                                        2
                                    ) AS "t192"
                                      ON "t192"."campaign_id" = "t104"."campaign_id"
                                      AND "t192"."influencer_id" = "t104"."influencer_id"
                                  ) AS "t198"
                                    ON "t210"."post_id" = "t198"."post_id"
                                ) AS "t220"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t221"."post_id",
                                    MAX(
                                      CAST(CASE
                                        WHEN POSITION(LOWER("t221"."message") IN LOWER("t221"."caption")) > 0
                                        THEN 1
                                        ELSE 0
                                      END AS DOUBLE PRECISION)
                                    ) AS "key_message_posts"
                                  FROM (
                                    SELECT
                                      "t215"."campaign_id",
                                      "t215"."post_id",
                                      "t215"."caption",
                                      "t88"."message"
                                    FROM (
                                      SELECT
                                        "t209"."campaign_id",
                                        "t209"."post_id",
                                        "t209"."caption"
                                      FROM "post_rows" AS "t209"
                                    ) AS "t215"
                                    INNER JOIN (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST("t1"."id" AS BIGINT) AS "campaign_id",
                                          UNNEST(STRING_TO_ARRAY("t1"."key_messages", '
')) AS "message"
                                        FROM "campaign" AS "t1"
                                      ) AS "t49"
                                      WHERE
                                        LENGTH("t49"."message") > 0
                                    ) AS "t88"
                                      ON "t215"."campaign_id" = "t88"."campaign_id"
                                  ) AS "t221"
                                  GROUP BY
                                    1
                                ) AS "t225"
                                  ON "t220"."post_id" = "t225"."post_id"
                              ) AS "t226"
                            ) AS "t227"
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t222"."campaign_id",
                                "t222"."campaign",
                                CAST(NULL AS BIGINT) AS "influencer_id",
                                CAST(NULL AS VARCHAR) AS "influencer",
                                CAST(NULL AS BIGINT) AS "account_id",
                                "t222"."platform",
                                CAST(NULL AS VARCHAR) AS "format",
                                CAST(NULL AS BIGINT) AS "post_id",
                                "t222"."day",
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
                                CAST("t222"."ugc_post" AS DOUBLE PRECISION) AS "ugc_post",
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
                                CAST(NULL AS DOUBLE PRECISION) AS "link_clicks",
                                CAST(NULL AS DOUBLE PRECISION) AS "unique_link_clicks",
                                CAST(NULL AS DOUBLE PRECISION) AS "bot_link_clicks",
                                CAST(NULL AS DOUBLE PRECISION) AS "sessions",
                                CAST(NULL AS DOUBLE PRECISION) AS "new_users",
                                CAST(NULL AS DOUBLE PRECISION) AS "engaged_sessions",
                                CAST(NULL AS DOUBLE PRECISION) AS "bounced_sessions",
                                CAST(NULL AS DOUBLE PRECISION) AS "session_seconds",
                                CAST(NULL AS DOUBLE PRECISION) AS "page_views",
                                CAST(NULL AS DOUBLE PRECISION) AS "key_events",
                                CAST(NULL AS DOUBLE PRECISION) AS "orders",
                                CAST(NULL AS DOUBLE PRECISION) AS "revenue",
                                CAST(NULL AS DOUBLE PRECISION) AS "new_customers",
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
                                      "t89"."campaign_id",
                                      "t89"."campaign",
                                      "t97"."post_id",
                                      "t97"."influencer_id",
                                      "t97"."platform",
                                      "t97"."day"
                                    FROM (
                                      SELECT
                                        CAST("t58"."id" AS BIGINT) AS "post_id",
                                        CAST("t15"."id" AS BIGINT) AS "influencer_id",
                                        "t15"."workspace_id",
                                        "t15"."is_brand",
                                        CAST("t21"."platform" AS VARCHAR) AS "platform",
                                        "t58"."published_on" AS "day",
                                        "t58"."hashtags"
                                      FROM (
                                        SELECT
                                          *
                                        FROM "post" AS "t10"
                                        WHERE
                                          "t10"."campaign_id" IS NULL
                                      ) AS "t58"
                                      INNER JOIN "account" AS "t21"
                                        ON "t58"."account_id" = "t21"."id"
                                      INNER JOIN "influencer" AS "t15"
                                        ON "t21"."influencer_id" = "t15"."id"
                                    ) AS "t97"
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
                                      ) AS "t50"
                                      WHERE
                                        LENGTH("t50"."tag") > 0
                                    ) AS "t89"
                                      ON "t97"."workspace_id" = "t89"."workspace_id"
                                      AND "t97"."day" >= "t89"."start"
                                      AND "t97"."day" <= "t89"."end"
                                      AND NOT (
                                        "t97"."is_brand"
                                      )
                                      AND POSITION(',' || "t89"."tag" || ',' IN ',' || "t97"."hashtags" || ',') > 0
                                  ) AS "t127"
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
                                            CAST("t5"."campaign_id" AS BIGINT) AS "campaign_id",
                                            CAST("t5"."influencer_id" AS BIGINT) AS "influencer_id"
                                          FROM "roster" AS "t5"
                                        ) AS "t33"
                                        UNION ALL
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            "t209"."campaign_id",
                                            "t209"."influencer_id"
                                          FROM "post_rows" AS "t209"
                                        ) AS "t212"
                                      ) AS "t214"
                                    ) AS "t219"
                                    WHERE
                                      "t139"."campaign_id" = "t219"."campaign_id"
                                      AND "t139"."influencer_id" = "t219"."influencer_id"
                                  )
                              ) AS "t222"
                            ) AS "t223"
                          ) AS "t228"
                          UNION ALL
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t181"."campaign_id",
                              "t181"."campaign",
                              "t181"."influencer_id",
                              "t181"."influencer",
                              CAST(NULL AS BIGINT) AS "account_id",
                              CAST(NULL AS VARCHAR) AS "platform",
                              CAST(NULL AS VARCHAR) AS "format",
                              CAST(NULL AS BIGINT) AS "post_id",
                              "t181"."day",
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
                              "t181"."cost",
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
                              CAST(NULL AS DOUBLE PRECISION) AS "link_clicks",
                              CAST(NULL AS DOUBLE PRECISION) AS "unique_link_clicks",
                              CAST(NULL AS DOUBLE PRECISION) AS "bot_link_clicks",
                              CAST(NULL AS DOUBLE PRECISION) AS "sessions",
                              CAST(NULL AS DOUBLE PRECISION) AS "new_users",
                              CAST(NULL AS DOUBLE PRECISION) AS "engaged_sessions",
                              CAST(NULL AS DOUBLE PRECISION) AS "bounced_sessions",
                              CAST(NULL AS DOUBLE PRECISION) AS "session_seconds",
                              CAST(NULL AS DOUBLE PRECISION) AS "page_views",
                              CAST(NULL AS DOUBLE PRECISION) AS "key_events",
                              CAST(NULL AS DOUBLE PRECISION) AS "orders",
                              CAST(NULL AS DOUBLE PRECISION) AS "revenue",
                              CAST(NULL AS DOUBLE PRECISION) AS "new_customers",
                              CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                            FROM (
                              SELECT
                                "t177"."campaign_id",
                                "t177"."campaign",
                                "t177"."influencer_id",
                                CAST("t15"."name" AS VARCHAR) AS "influencer",
                                "t177"."incurred_on" AS "day",
                                "t177"."amount" AS "cost"
                              FROM (
                                SELECT
                                  "t106"."campaign_id",
                                  "t106"."campaign",
                                  "t106"."influencer_id",
                                  "t106"."incurred_on",
                                  "t106"."amount" * "t166"."rate" AS "amount"
                                FROM "t85" AS "t106"
                                LEFT OUTER JOIN (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t98"."key",
                                      CAST(1 AS DOUBLE PRECISION) AS "rate"
                                    FROM "t85" AS "t98"
                                    WHERE
                                      "t98"."base" = "t98"."quote"
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
                                          "t106"."key",
                                          "t106"."on",
                                          "t77"."rate",
                                          EXTRACT('epoch' FROM CAST("t77"."valid_on" AS TIMESTAMPTZ)) AS "valid"
                                        FROM "t85" AS "t106"
                                        INNER JOIN "t68" AS "t77"
                                          ON "t106"."base" = "t77"."base" AND "t106"."quote" = "t77"."quote"
                                      ) AS "t123"
                                    ) AS "t147"
                                    WHERE
                                      "t147"."order" = 0
                                  ) AS "t157"
                                ) AS "t166"
                                  ON "t106"."key" = "t166"."key"
                              ) AS "t177"
                              LEFT OUTER JOIN "influencer" AS "t15"
                                ON "t177"."influencer_id" = "t15"."id"
                              WHERE
                                NOT EXISTS(
                                  SELECT
                                    1
                                  FROM (
                                    SELECT
                                      "t96"."campaign_id",
                                      "t96"."influencer_id",
                                      COUNT("t96"."post_id") AS "n_posts"
                                    FROM "campaign_posts_in" AS "t96"
                                    GROUP BY
                                      1,
                                      2
                                  ) AS "t116"
                                  WHERE
                                    "t177"."campaign_id" = "t116"."campaign_id"
                                    AND "t177"."influencer_id" = "t116"."influencer_id"
                                )
                            ) AS "t181"
                          ) AS "t185"
                        ) AS "t229"
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t86"."campaign_id",
                            "t86"."campaign",
                            CAST(NULL AS BIGINT) AS "influencer_id",
                            CAST(NULL AS VARCHAR) AS "influencer",
                            CAST(NULL AS BIGINT) AS "account_id",
                            "t86"."platform",
                            CAST(NULL AS VARCHAR) AS "format",
                            CAST(NULL AS BIGINT) AS "post_id",
                            "t86"."day",
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
                            "t86"."mentions",
                            "t86"."brand_mentions",
                            "t86"."mention_engagements",
                            "t86"."brand_mention_engagements",
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
                            CAST(NULL AS DOUBLE PRECISION) AS "link_clicks",
                            CAST(NULL AS DOUBLE PRECISION) AS "unique_link_clicks",
                            CAST(NULL AS DOUBLE PRECISION) AS "bot_link_clicks",
                            CAST(NULL AS DOUBLE PRECISION) AS "sessions",
                            CAST(NULL AS DOUBLE PRECISION) AS "new_users",
                            CAST(NULL AS DOUBLE PRECISION) AS "engaged_sessions",
                            CAST(NULL AS DOUBLE PRECISION) AS "bounced_sessions",
                            CAST(NULL AS DOUBLE PRECISION) AS "session_seconds",
                            CAST(NULL AS DOUBLE PRECISION) AS "page_views",
                            CAST(NULL AS DOUBLE PRECISION) AS "key_events",
                            CAST(NULL AS DOUBLE PRECISION) AS "orders",
                            CAST(NULL AS DOUBLE PRECISION) AS "revenue",
                            CAST(NULL AS DOUBLE PRECISION) AS "new_customers",
                            CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                          FROM (
                            SELECT
                              CAST("t61"."id" AS BIGINT) AS "campaign_id",
                              CAST("t61"."name" AS VARCHAR) AS "campaign",
                              CAST("t19"."platform" AS VARCHAR) AS "platform",
                              "t19"."mentioned_on" AS "day",
                              CAST(1 AS DOUBLE PRECISION) AS "mentions",
                              CAST(CASE WHEN "t19"."own" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "brand_mentions",
                              "t19"."engagements" AS "mention_engagements",
                              CAST(CASE WHEN "t19"."own" THEN 1 ELSE 0 END AS DOUBLE PRECISION) * "t19"."engagements" AS "brand_mention_engagements"
                            FROM "mention" AS "t19"
                            INNER JOIN "t29" AS "t61"
                              ON "t19"."workspace_id" = "t61"."workspace_id"
                              AND "t19"."mentioned_on" >= "t61"."start_date"
                              AND "t19"."mentioned_on" <= "t61"."end_date"
                          ) AS "t86"
                        ) AS "t100"
                      ) AS "t230"
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t207"."campaign_id",
                          "t207"."campaign",
                          "t207"."influencer_id",
                          "t207"."influencer",
                          "t207"."account_id",
                          "t207"."platform",
                          CAST(NULL AS VARCHAR) AS "format",
                          CAST(NULL AS BIGINT) AS "post_id",
                          "t207"."day",
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
                            WHEN "t207"."is_brand" = FALSE
                            THEN "t207"."start_followers"
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "followers_start",
                          CASE
                            WHEN "t207"."is_brand" = FALSE
                            THEN CASE
                              WHEN "t207"."end_seen_at" > "t207"."start_seen_at"
                              THEN "t207"."end_followers" - "t207"."start_followers"
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "followers_gained",
                          CASE
                            WHEN "t207"."is_brand" = FALSE
                            THEN CASE
                              WHEN "t207"."end_seen_at" > "t207"."start_seen_at"
                              THEN (
                                CAST((
                                  "t207"."start_followers" - "t207"."before_followers"
                                ) AS DOUBLE PRECISION) / NULLIF(CAST("t207"."start_seen_at" - "t207"."before_seen_at" AS DOUBLE PRECISION), 0)
                              ) * (
                                "t207"."end_seen_at" - "t207"."start_seen_at"
                              )
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "followers_expected_gain",
                          CAST(CASE
                            WHEN "t207"."is_brand" = FALSE
                            THEN "t207"."start_rank"
                            ELSE CAST(NULL AS SMALLINT)
                          END AS BIGINT) AS "followers_start__provenance",
                          CASE
                            WHEN "t207"."is_brand" = FALSE
                            THEN CASE
                              WHEN "t207"."end_seen_at" > "t207"."start_seen_at"
                              THEN NULLIF(GREATEST(COALESCE("t207"."start_rank", -1), COALESCE("t207"."end_rank", -1)), -1)
                              ELSE CAST(NULL AS BIGINT)
                            END
                            ELSE CAST(NULL AS BIGINT)
                          END AS "followers_gained__provenance",
                          CASE
                            WHEN "t207"."is_brand" = FALSE
                            THEN CASE
                              WHEN CASE
                                WHEN "t207"."end_seen_at" > "t207"."start_seen_at"
                                THEN (
                                  CAST((
                                    "t207"."start_followers" - "t207"."before_followers"
                                  ) AS DOUBLE PRECISION) / NULLIF(CAST("t207"."start_seen_at" - "t207"."before_seen_at" AS DOUBLE PRECISION), 0)
                                ) * (
                                  "t207"."end_seen_at" - "t207"."start_seen_at"
                                )
                                ELSE CAST(NULL AS DOUBLE PRECISION)
                              END IS NOT NULL
                              THEN NULLIF(
                                GREATEST(
                                  COALESCE(
                                    CASE
                                      WHEN "t207"."end_seen_at" > "t207"."start_seen_at"
                                      THEN NULLIF(GREATEST(COALESCE("t207"."start_rank", -1), COALESCE("t207"."end_rank", -1)), -1)
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    -1
                                  ),
                                  COALESCE("t207"."before_rank", -1)
                                ),
                                -1
                              )
                              ELSE CAST(NULL AS BIGINT)
                            END
                            ELSE CAST(NULL AS BIGINT)
                          END AS "followers_expected_gain__provenance",
                          CASE
                            WHEN "t207"."is_brand" = TRUE
                            THEN "t207"."start_followers"
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "brand_followers_start",
                          CASE
                            WHEN "t207"."is_brand" = TRUE
                            THEN CASE
                              WHEN "t207"."end_seen_at" > "t207"."start_seen_at"
                              THEN "t207"."end_followers" - "t207"."start_followers"
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "brand_followers_gained",
                          CASE
                            WHEN "t207"."is_brand" = TRUE
                            THEN CASE
                              WHEN "t207"."end_seen_at" > "t207"."start_seen_at"
                              THEN (
                                CAST((
                                  "t207"."start_followers" - "t207"."before_followers"
                                ) AS DOUBLE PRECISION) / NULLIF(CAST("t207"."start_seen_at" - "t207"."before_seen_at" AS DOUBLE PRECISION), 0)
                              ) * (
                                "t207"."end_seen_at" - "t207"."start_seen_at"
                              )
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "brand_followers_expected_gain",
                          CAST(CASE
                            WHEN "t207"."is_brand" = TRUE
                            THEN "t207"."start_rank"
                            ELSE CAST(NULL AS SMALLINT)
                          END AS BIGINT) AS "brand_followers_start__provenance",
                          CASE
                            WHEN "t207"."is_brand" = TRUE
                            THEN CASE
                              WHEN "t207"."end_seen_at" > "t207"."start_seen_at"
                              THEN NULLIF(GREATEST(COALESCE("t207"."start_rank", -1), COALESCE("t207"."end_rank", -1)), -1)
                              ELSE CAST(NULL AS BIGINT)
                            END
                            ELSE CAST(NULL AS BIGINT)
                          END AS "brand_followers_gained__provenance",
                          CASE
                            WHEN "t207"."is_brand" = TRUE
                            THEN CASE
                              WHEN CASE
                                WHEN "t207"."end_seen_at" > "t207"."start_seen_at"
                                THEN (
                                  CAST((
                                    "t207"."start_followers" - "t207"."before_followers"
                                  ) AS DOUBLE PRECISION) / NULLIF(CAST("t207"."start_seen_at" - "t207"."before_seen_at" AS DOUBLE PRECISION), 0)
                                ) * (
                                  "t207"."end_seen_at" - "t207"."start_seen_at"
                                )
                                ELSE CAST(NULL AS DOUBLE PRECISION)
                              END IS NOT NULL
                              THEN NULLIF(
                                GREATEST(
                                  COALESCE(
                                    CASE
                                      WHEN "t207"."end_seen_at" > "t207"."start_seen_at"
                                      THEN NULLIF(GREATEST(COALESCE("t207"."start_rank", -1), COALESCE("t207"."end_rank", -1)), -1)
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    -1
                                  ),
                                  COALESCE("t207"."before_rank", -1)
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
                          CAST(NULL AS DOUBLE PRECISION) AS "link_clicks",
                          CAST(NULL AS DOUBLE PRECISION) AS "unique_link_clicks",
                          CAST(NULL AS DOUBLE PRECISION) AS "bot_link_clicks",
                          CAST(NULL AS DOUBLE PRECISION) AS "sessions",
                          CAST(NULL AS DOUBLE PRECISION) AS "new_users",
                          CAST(NULL AS DOUBLE PRECISION) AS "engaged_sessions",
                          CAST(NULL AS DOUBLE PRECISION) AS "bounced_sessions",
                          CAST(NULL AS DOUBLE PRECISION) AS "session_seconds",
                          CAST(NULL AS DOUBLE PRECISION) AS "page_views",
                          CAST(NULL AS DOUBLE PRECISION) AS "key_events",
                          CAST(NULL AS DOUBLE PRECISION) AS "orders",
                          CAST(NULL AS DOUBLE PRECISION) AS "revenue",
                          CAST(NULL AS DOUBLE PRECISION) AS "new_customers",
                          CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
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
                            "t193"."before_followers",
                            "t193"."before_seen_at",
                            "t193"."before_rank"
                          FROM (
                            SELECT
                              "t201"."campaign_id",
                              "t201"."campaign",
                              "t201"."influencer_id",
                              "t201"."influencer",
                              "t201"."account_id",
                              "t201"."platform",
                              "t201"."is_brand",
                              "t201"."day",
                              "t201"."start_at",
                              "t201"."end_at",
                              "t201"."start_followers",
                              "t201"."start_seen_at",
                              "t201"."start_rank",
                              "t190"."end_followers",
                              "t190"."end_seen_at",
                              "t190"."end_rank"
                            FROM (
                              SELECT
                                "t151"."campaign_id",
                                "t151"."campaign",
                                "t151"."influencer_id",
                                "t151"."influencer",
                                "t151"."account_id",
                                "t151"."platform",
                                "t151"."is_brand",
                                "t151"."day",
                                "t151"."start_at",
                                "t151"."end_at",
                                "t195"."start_followers",
                                "t195"."start_seen_at",
                                "t195"."start_rank"
                              FROM (
                                SELECT
                                  "t129"."campaign_id",
                                  CAST("t17"."name" AS VARCHAR) AS "campaign",
                                  CAST("t16"."id" AS BIGINT) AS "influencer_id",
                                  CAST("t16"."name" AS VARCHAR) AS "influencer",
                                  "t129"."account_id",
                                  CAST("t22"."platform" AS VARCHAR) AS "platform",
                                  "t129"."is_brand",
                                  "t17"."end_date" AS "day",
                                  EXTRACT('epoch' FROM CAST("t17"."start_date" AS TIMESTAMPTZ)) AS "start_at",
                                  EXTRACT('epoch' FROM CAST("t17"."end_date" AS TIMESTAMPTZ)) + 86400 AS "end_at"
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t111"."campaign_id",
                                      "t111"."account_id",
                                      FALSE AS "is_brand"
                                    FROM (
                                      SELECT DISTINCT
                                        "t96"."campaign_id",
                                        "t96"."account_id"
                                      FROM "campaign_posts_in" AS "t96"
                                    ) AS "t111"
                                  ) AS "t117"
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      CAST("t62"."id" AS BIGINT) AS "campaign_id",
                                      CAST("t22"."id" AS BIGINT) AS "account_id",
                                      TRUE AS "is_brand"
                                    FROM "t29" AS "t62"
                                    INNER JOIN (
                                      SELECT
                                        *
                                      FROM "influencer" AS "t0"
                                      WHERE
                                        "t0"."is_brand"
                                    ) AS "t28"
                                      ON "t28"."workspace_id" = "t62"."workspace_id"
                                    INNER JOIN "account" AS "t22"
                                      ON "t22"."influencer_id" = "t28"."id"
                                  ) AS "t87"
                                ) AS "t129"
                                INNER JOIN "campaign" AS "t17"
                                  ON "t129"."campaign_id" = "t17"."id"
                                INNER JOIN "account" AS "t22"
                                  ON "t129"."account_id" = "t22"."id"
                                INNER JOIN "influencer" AS "t16"
                                  ON "t22"."influencer_id" = "t16"."id"
                              ) AS "t151"
                              INNER JOIN (
                                SELECT
                                  "t184"."campaign_id",
                                  "t184"."account_id",
                                  CAST("t184"."followers" AS DOUBLE PRECISION) AS "start_followers",
                                  "t184"."at" AS "start_seen_at",
                                  "t184"."rank" AS "start_rank"
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
                                      ORDER BY CASE WHEN "t172"."at" <= "t172"."start_at" THEN 0 ELSE 1 END ASC, ABS("t172"."at" - "t172"."start_at") ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    ) - 1 AS "order"
                                  FROM "t169" AS "t172"
                                ) AS "t184"
                                WHERE
                                  "t184"."order" = 0
                              ) AS "t195"
                                ON "t151"."campaign_id" = "t195"."campaign_id"
                                AND "t151"."account_id" = "t195"."account_id"
                            ) AS "t201"
                            LEFT OUTER JOIN (
                              SELECT
                                "t180"."campaign_id",
                                "t180"."account_id",
                                CAST("t180"."followers" AS DOUBLE PRECISION) AS "end_followers",
                                "t180"."at" AS "end_seen_at",
                                "t180"."rank" AS "end_rank"
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
                                    ORDER BY "t172"."at" DESC NULLS LAST
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  ) - 1 AS "order"
                                FROM "t169" AS "t172"
                              ) AS "t180"
                              WHERE
                                "t180"."order" = 0
                            ) AS "t190"
                              ON "t201"."campaign_id" = "t190"."campaign_id"
                              AND "t201"."account_id" = "t190"."account_id"
                          ) AS "t205"
                          LEFT OUTER JOIN (
                            SELECT
                              "t183"."campaign_id",
                              "t183"."account_id",
                              CAST("t183"."followers" AS DOUBLE PRECISION) AS "before_followers",
                              "t183"."at" AS "before_seen_at",
                              "t183"."rank" AS "before_rank"
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
                                "t175"."followers",
                                "t175"."at",
                                "t175"."rank",
                                ROW_NUMBER() OVER (
                                  PARTITION BY "t175"."campaign_id", "t175"."account_id"
                                  ORDER BY "t175"."at" DESC NULLS LAST
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                ) - 1 AS "order"
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t151"."campaign_id",
                                    "t151"."campaign",
                                    "t151"."influencer_id",
                                    "t151"."influencer",
                                    "t151"."account_id",
                                    "t151"."platform",
                                    "t151"."is_brand",
                                    "t151"."day",
                                    "t151"."start_at",
                                    "t151"."end_at",
                                    "t67"."followers",
                                    "t67"."at",
                                    "t67"."rank"
                                  FROM (
                                    SELECT
                                      "t129"."campaign_id",
                                      CAST("t17"."name" AS VARCHAR) AS "campaign",
                                      CAST("t16"."id" AS BIGINT) AS "influencer_id",
                                      CAST("t16"."name" AS VARCHAR) AS "influencer",
                                      "t129"."account_id",
                                      CAST("t22"."platform" AS VARCHAR) AS "platform",
                                      "t129"."is_brand",
                                      "t17"."end_date" AS "day",
                                      EXTRACT('epoch' FROM CAST("t17"."start_date" AS TIMESTAMPTZ)) AS "start_at",
                                      EXTRACT('epoch' FROM CAST("t17"."end_date" AS TIMESTAMPTZ)) + 86400 AS "end_at"
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t111"."campaign_id",
                                          "t111"."account_id",
                                          FALSE AS "is_brand"
                                        FROM (
                                          SELECT DISTINCT
                                            "t96"."campaign_id",
                                            "t96"."account_id"
                                          FROM "campaign_posts_in" AS "t96"
                                        ) AS "t111"
                                      ) AS "t117"
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST("t62"."id" AS BIGINT) AS "campaign_id",
                                          CAST("t22"."id" AS BIGINT) AS "account_id",
                                          TRUE AS "is_brand"
                                        FROM "t29" AS "t62"
                                        INNER JOIN (
                                          SELECT
                                            *
                                          FROM "influencer" AS "t0"
                                          WHERE
                                            "t0"."is_brand"
                                        ) AS "t28"
                                          ON "t28"."workspace_id" = "t62"."workspace_id"
                                        INNER JOIN "account" AS "t22"
                                          ON "t22"."influencer_id" = "t28"."id"
                                      ) AS "t87"
                                    ) AS "t129"
                                    INNER JOIN "campaign" AS "t17"
                                      ON "t129"."campaign_id" = "t17"."id"
                                    INNER JOIN "account" AS "t22"
                                      ON "t129"."account_id" = "t22"."id"
                                    INNER JOIN "influencer" AS "t16"
                                      ON "t22"."influencer_id" = "t16"."id"
                                  ) AS "t151"
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
                                    ON "t151"."account_id" = "t67"."account_id"
                                ) AS "t168"
                                WHERE
                                  "t168"."at" <= (
                                    "t168"."start_at" - (
                                      "t168"."end_at" - "t168"."start_at"
                                    )
                                  )
                              ) AS "t175"
                            ) AS "t183"
                            WHERE
                              "t183"."order" = 0
                          ) AS "t193"
                            ON "t205"."campaign_id" = "t193"."campaign_id"
                            AND "t205"."account_id" = "t193"."account_id"
                        ) AS "t207"
                      ) AS "t211"
                    ) AS "t231"
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t91"."campaign_id",
                        "t91"."campaign",
                        "t91"."influencer_id",
                        "t91"."influencer",
                        CAST(NULL AS BIGINT) AS "account_id",
                        CAST(NULL AS VARCHAR) AS "platform",
                        CAST(NULL AS VARCHAR) AS "format",
                        CAST(NULL AS BIGINT) AS "post_id",
                        "t91"."day",
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
                        "t91"."influencers_contacted",
                        "t91"."influencers_interested",
                        "t91"."posts_contracted",
                        "t91"."products_sent",
                        CAST(NULL AS DOUBLE PRECISION) AS "link_clicks",
                        CAST(NULL AS DOUBLE PRECISION) AS "unique_link_clicks",
                        CAST(NULL AS DOUBLE PRECISION) AS "bot_link_clicks",
                        CAST(NULL AS DOUBLE PRECISION) AS "sessions",
                        CAST(NULL AS DOUBLE PRECISION) AS "new_users",
                        CAST(NULL AS DOUBLE PRECISION) AS "engaged_sessions",
                        CAST(NULL AS DOUBLE PRECISION) AS "bounced_sessions",
                        CAST(NULL AS DOUBLE PRECISION) AS "session_seconds",
                        CAST(NULL AS DOUBLE PRECISION) AS "page_views",
                        CAST(NULL AS DOUBLE PRECISION) AS "key_events",
                        CAST(NULL AS DOUBLE PRECISION) AS "orders",
                        CAST(NULL AS DOUBLE PRECISION) AS "revenue",
                        CAST(NULL AS DOUBLE PRECISION) AS "new_customers",
                        CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                      FROM (
                        SELECT
                          CAST("t51"."campaign_id" AS BIGINT) AS "campaign_id",
                          CAST("t17"."name" AS VARCHAR) AS "campaign",
                          CAST("t51"."influencer_id" AS BIGINT) AS "influencer_id",
                          CAST("t15"."name" AS VARCHAR) AS "influencer",
                          "t17"."start_date" AS "day",
                          CAST(1 AS DOUBLE PRECISION) AS "influencers_contacted",
                          CAST(CASE WHEN "t51"."status" IN ('interested', 'activated') THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "influencers_interested",
                          CAST("t51"."posts_contracted" AS DOUBLE PRECISION) AS "posts_contracted",
                          CAST("t51"."products_sent" AS DOUBLE PRECISION) AS "products_sent"
                        FROM (
                          SELECT
                            *
                          FROM "roster" AS "t5"
                          WHERE
                            "t5"."campaign_id" IN (1)
                        ) AS "t51"
                        INNER JOIN "campaign" AS "t17"
                          ON "t51"."campaign_id" = "t17"."id"
                        INNER JOIN "influencer" AS "t15"
                          ON "t51"."influencer_id" = "t15"."id"
                      ) AS "t91"
                    ) AS "t102"
                  ) AS "t232"
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t156"."campaign_id",
                      "t156"."campaign",
                      "t156"."influencer_id",
                      "t156"."influencer",
                      CAST(NULL AS BIGINT) AS "account_id",
                      "t156"."platform",
                      CAST(NULL AS VARCHAR) AS "format",
                      CAST(NULL AS BIGINT) AS "post_id",
                      CAST(NULL AS DATE) AS "day",
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
                      "t156"."link_clicks",
                      "t156"."unique_link_clicks",
                      "t156"."bot_link_clicks",
                      CAST(NULL AS DOUBLE PRECISION) AS "sessions",
                      CAST(NULL AS DOUBLE PRECISION) AS "new_users",
                      CAST(NULL AS DOUBLE PRECISION) AS "engaged_sessions",
                      CAST(NULL AS DOUBLE PRECISION) AS "bounced_sessions",
                      CAST(NULL AS DOUBLE PRECISION) AS "session_seconds",
                      CAST(NULL AS DOUBLE PRECISION) AS "page_views",
                      CAST(NULL AS DOUBLE PRECISION) AS "key_events",
                      CAST(NULL AS DOUBLE PRECISION) AS "orders",
                      CAST(NULL AS DOUBLE PRECISION) AS "revenue",
                      CAST(NULL AS DOUBLE PRECISION) AS "new_customers",
                      CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                    FROM (
                      SELECT
                        "t140"."campaign_id",
                        "t140"."influencer_id",
                        "t140"."platform",
                        "t140"."link_clicks",
                        "t140"."unique_link_clicks",
                        "t140"."bot_link_clicks",
                        CAST("t17"."name" AS VARCHAR) AS "campaign",
                        CAST("t15"."name" AS VARCHAR) AS "influencer"
                      FROM (
                        SELECT
                          "t125"."campaign_id",
                          "t125"."influencer_id",
                          "t125"."platform",
                          SUM("t125"."link_clicks") AS "link_clicks",
                          SUM("t125"."unique_link_clicks") AS "unique_link_clicks",
                          SUM("t125"."bot_link_clicks") AS "bot_link_clicks"
                        FROM (
                          SELECT
                            CAST("t53"."campaign_id" AS BIGINT) AS "campaign_id",
                            CAST("t53"."influencer_id" AS BIGINT) AS "influencer_id",
                            CAST("t53"."platform" AS VARCHAR) AS "platform",
                            "t110"."link_clicks",
                            "t110"."unique_link_clicks",
                            "t110"."bot_link_clicks"
                          FROM (
                            SELECT
                              "t80"."link_id",
                              SUM("t80"."link_clicks") AS "link_clicks",
                              SUM("t80"."unique_link_clicks") AS "unique_link_clicks",
                              SUM("t80"."bot_link_clicks") AS "bot_link_clicks"
                            FROM (
                              SELECT
                                "t20"."link_id",
                                CAST(CASE WHEN NOT (
                                  "t20"."is_bot"
                                ) THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "link_clicks",
                                CAST(CASE WHEN NOT (
                                  "t20"."is_bot"
                                ) AND "t20"."is_unique" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "unique_link_clicks",
                                CAST(CASE WHEN "t20"."is_bot" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "bot_link_clicks"
                              FROM "click" AS "t20"
                              INNER JOIN (
                                SELECT
                                  "t8"."id" AS "link_id"
                                FROM "link" AS "t8"
                                WHERE
                                  "t8"."campaign_id" IN (1)
                              ) AS "t54"
                                ON "t20"."link_id" = "t54"."link_id"
                            ) AS "t80"
                            GROUP BY
                              1
                          ) AS "t110"
                          INNER JOIN (
                            SELECT
                              *
                            FROM "link" AS "t8"
                            WHERE
                              "t8"."campaign_id" IN (1)
                          ) AS "t53"
                            ON "t110"."link_id" = "t53"."id"
                        ) AS "t125"
                        GROUP BY
                          1,
                          2,
                          3
                      ) AS "t140"
                      INNER JOIN "campaign" AS "t17"
                        ON "t140"."campaign_id" = "t17"."id"
                      LEFT OUTER JOIN "influencer" AS "t15"
                        ON "t140"."influencer_id" = "t15"."id"
                    ) AS "t156"
                  ) AS "t163"
                ) AS "t233"
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    "t112"."campaign_id",
                    "t112"."campaign",
                    "t112"."influencer_id",
                    "t112"."influencer",
                    CAST(NULL AS BIGINT) AS "account_id",
                    "t112"."platform",
                    CAST(NULL AS VARCHAR) AS "format",
                    CAST(NULL AS BIGINT) AS "post_id",
                    CAST(NULL AS DATE) AS "day",
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
                    CAST(NULL AS DOUBLE PRECISION) AS "link_clicks",
                    CAST(NULL AS DOUBLE PRECISION) AS "unique_link_clicks",
                    CAST(NULL AS DOUBLE PRECISION) AS "bot_link_clicks",
                    "t112"."sessions",
                    "t112"."new_users",
                    "t112"."engaged_sessions",
                    "t112"."bounced_sessions",
                    "t112"."session_seconds",
                    "t112"."page_views",
                    "t112"."key_events",
                    CAST(NULL AS DOUBLE PRECISION) AS "orders",
                    CAST(NULL AS DOUBLE PRECISION) AS "revenue",
                    CAST(NULL AS DOUBLE PRECISION) AS "new_customers",
                    CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                  FROM (
                    SELECT
                      "t92"."campaign_id",
                      "t92"."influencer_id",
                      "t92"."platform",
                      "t92"."sessions",
                      "t92"."new_users",
                      "t92"."engaged_sessions",
                      "t92"."bounced_sessions",
                      "t92"."session_seconds",
                      "t92"."page_views",
                      "t92"."key_events",
                      CAST("t17"."name" AS VARCHAR) AS "campaign",
                      CAST("t15"."name" AS VARCHAR) AS "influencer"
                    FROM (
                      SELECT
                        "t52"."campaign_id",
                        "t52"."influencer_id",
                        "t52"."platform",
                        SUM("t52"."sessions") AS "sessions",
                        SUM("t52"."new_users") AS "new_users",
                        SUM("t52"."engaged_sessions") AS "engaged_sessions",
                        SUM("t52"."bounced_sessions") AS "bounced_sessions",
                        SUM("t52"."session_seconds") AS "session_seconds",
                        SUM("t52"."page_views") AS "page_views",
                        SUM("t52"."key_events") AS "key_events"
                      FROM (
                        SELECT
                          CAST("t6"."campaign_id" AS BIGINT) AS "campaign_id",
                          CAST("t6"."influencer_id" AS BIGINT) AS "influencer_id",
                          LOWER("t6"."utm_source") AS "platform",
                          "t6"."day",
                          CAST("t6"."sessions" AS DOUBLE PRECISION) AS "sessions",
                          CAST("t6"."new_users" AS DOUBLE PRECISION) AS "new_users",
                          CAST("t6"."engaged_sessions" AS DOUBLE PRECISION) AS "engaged_sessions",
                          CAST("t6"."sessions" - "t6"."engaged_sessions" AS DOUBLE PRECISION) AS "bounced_sessions",
                          CAST("t6"."duration_seconds" AS DOUBLE PRECISION) AS "session_seconds",
                          CAST("t6"."page_views" AS DOUBLE PRECISION) AS "page_views",
                          CAST("t6"."key_events" AS DOUBLE PRECISION) AS "key_events"
                        FROM "web_traffic" AS "t6"
                        WHERE
                          "t6"."campaign_id" IN (1) AND "t6"."campaign_id" IS NOT NULL
                      ) AS "t52"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t92"
                    INNER JOIN "campaign" AS "t17"
                      ON "t92"."campaign_id" = "t17"."id"
                    LEFT OUTER JOIN "influencer" AS "t15"
                      ON "t92"."influencer_id" = "t15"."id"
                  ) AS "t112"
                ) AS "t120"
              ) AS "t234"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t119"."campaign_id",
                  "t119"."campaign",
                  "t119"."influencer_id",
                  "t119"."influencer",
                  CAST(NULL AS BIGINT) AS "account_id",
                  "t119"."platform",
                  CAST(NULL AS VARCHAR) AS "format",
                  CAST(NULL AS BIGINT) AS "post_id",
                  CAST(NULL AS DATE) AS "day",
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
                  CAST(NULL AS DOUBLE PRECISION) AS "link_clicks",
                  CAST(NULL AS DOUBLE PRECISION) AS "unique_link_clicks",
                  CAST(NULL AS DOUBLE PRECISION) AS "bot_link_clicks",
                  CAST(NULL AS DOUBLE PRECISION) AS "sessions",
                  CAST(NULL AS DOUBLE PRECISION) AS "new_users",
                  CAST(NULL AS DOUBLE PRECISION) AS "engaged_sessions",
                  CAST(NULL AS DOUBLE PRECISION) AS "bounced_sessions",
                  CAST(NULL AS DOUBLE PRECISION) AS "session_seconds",
                  CAST(NULL AS DOUBLE PRECISION) AS "page_views",
                  CAST(NULL AS DOUBLE PRECISION) AS "key_events",
                  "t119"."orders",
                  "t119"."revenue",
                  "t119"."new_customers",
                  CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                FROM (
                  SELECT
                    "t101"."campaign_id",
                    "t101"."influencer_id",
                    "t101"."platform",
                    "t101"."orders",
                    "t101"."revenue",
                    "t101"."new_customers",
                    CAST("t17"."name" AS VARCHAR) AS "campaign",
                    CAST("t15"."name" AS VARCHAR) AS "influencer"
                  FROM (
                    SELECT
                      "t69"."campaign_id",
                      "t69"."influencer_id",
                      "t69"."platform",
                      SUM("t69"."orders") AS "orders",
                      SUM("t69"."revenue") AS "revenue",
                      SUM("t69"."new_customers") AS "new_customers"
                    FROM (
                      SELECT
                        CAST("t4"."campaign_id" AS BIGINT) AS "campaign_id",
                        CAST("t4"."influencer_id" AS BIGINT) AS "influencer_id",
                        "t4"."platform",
                        "t4"."ordered_on" AS "day",
                        CAST(CASE WHEN NOT (
                          "t4"."reversed"
                        ) THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "orders",
                        CASE
                          WHEN NOT (
                            "t4"."reversed"
                          )
                          THEN CAST("t4"."campaign_revenue" AS DOUBLE PRECISION)
                          ELSE 0
                        END AS "revenue",
                        CAST(CASE
                          WHEN NOT (
                            "t4"."reversed"
                          ) AND COALESCE("t4"."new_customer", FALSE)
                          THEN 1
                          ELSE 0
                        END AS DOUBLE PRECISION) AS "new_customers"
                      FROM "order_attribution" AS "t4"
                      WHERE
                        "t4"."campaign_id" IN (1)
                    ) AS "t69"
                    GROUP BY
                      1,
                      2,
                      3
                  ) AS "t101"
                  INNER JOIN "campaign" AS "t17"
                    ON "t101"."campaign_id" = "t17"."id"
                  LEFT OUTER JOIN "influencer" AS "t15"
                    ON "t101"."influencer_id" = "t15"."id"
                ) AS "t119"
              ) AS "t128"
            ) AS "t235"
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
                CAST(NULL AS DOUBLE PRECISION) AS "link_clicks",
                CAST(NULL AS DOUBLE PRECISION) AS "unique_link_clicks",
                CAST(NULL AS DOUBLE PRECISION) AS "bot_link_clicks",
                CAST(NULL AS DOUBLE PRECISION) AS "sessions",
                CAST(NULL AS DOUBLE PRECISION) AS "new_users",
                CAST(NULL AS DOUBLE PRECISION) AS "engaged_sessions",
                CAST(NULL AS DOUBLE PRECISION) AS "bounced_sessions",
                CAST(NULL AS DOUBLE PRECISION) AS "session_seconds",
                CAST(NULL AS DOUBLE PRECISION) AS "page_views",
                CAST(NULL AS DOUBLE PRECISION) AS "key_events",
                CAST(NULL AS DOUBLE PRECISION) AS "orders",
                CAST(NULL AS DOUBLE PRECISION) AS "revenue",
                CAST(NULL AS DOUBLE PRECISION) AS "new_customers",
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
          ) AS "t238"
          LEFT OUTER JOIN (
            SELECT
              "t150"."key" AS "campaign_id",
              "t150"."rate" AS "emv_rate"
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
              ) AS "t46"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t134"."key",
                  "t134"."rate"
                FROM (
                  SELECT
                    "t109"."key",
                    "t109"."on",
                    "t109"."rate",
                    "t109"."valid",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t109"."key"
                      ORDER BY CASE WHEN "t109"."valid" <= "t109"."on" THEN 0 ELSE 1 END ASC, ABS("t109"."valid" - "t109"."on") ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "order"
                  FROM (
                    SELECT
                      "t64"."key",
                      "t64"."on",
                      "t76"."rate",
                      EXTRACT('epoch' FROM CAST("t76"."valid_on" AS TIMESTAMPTZ)) AS "valid"
                    FROM (
                      SELECT
                        CAST("t1"."id" AS BIGINT) AS "key",
                        'EUR' AS "base",
                        CAST("t1"."currency" AS VARCHAR) AS "quote",
                        EXTRACT('epoch' FROM CAST("t1"."start_date" AS TIMESTAMPTZ)) AS "on"
                      FROM "campaign" AS "t1"
                    ) AS "t64"
                    INNER JOIN "t68" AS "t76"
                      ON "t64"."base" = "t76"."base" AND "t64"."quote" = "t76"."quote"
                  ) AS "t109"
                ) AS "t134"
                WHERE
                  "t134"."order" = 0
              ) AS "t143"
            ) AS "t150"
          ) AS "t160"
            ON "t238"."campaign_id" = "t160"."campaign_id"
        ) AS "t241"
        LEFT OUTER JOIN (
          SELECT
            "t2"."account_id",
            "t2"."inauthentic_share"
          FROM "account_audit" AS "t2"
        ) AS "t30"
          ON "t241"."account_id" = "t30"."account_id"
      ) AS "t243"
    ) AS "t246"
    LEFT OUTER JOIN (
      SELECT
        "t149"."key" AS "campaign_id",
        "t149"."rate" AS "paid_rate"
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
        ) AS "t45"
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
                "t63"."key",
                "t63"."on",
                "t75"."rate",
                EXTRACT('epoch' FROM CAST("t75"."valid_on" AS TIMESTAMPTZ)) AS "valid"
              FROM (
                SELECT
                  CAST("t1"."id" AS BIGINT) AS "key",
                  'USD' AS "base",
                  CAST("t1"."currency" AS VARCHAR) AS "quote",
                  EXTRACT('epoch' FROM CAST("t1"."start_date" AS TIMESTAMPTZ)) AS "on"
                FROM "campaign" AS "t1"
              ) AS "t63"
              INNER JOIN "t68" AS "t75"
                ON "t63"."base" = "t75"."base" AND "t63"."quote" = "t75"."quote"
            ) AS "t108"
          ) AS "t133"
          WHERE
            "t133"."order" = 0
        ) AS "t142"
      ) AS "t149"
    ) AS "t159"
      ON "t246"."campaign_id" = "t159"."campaign_id"
  ) AS "t248"
  WHERE
    "t248"."campaign_id" IN (1)
    AND (
      (
        "t248"."bot_link_clicks" IS NOT NULL
      )
      OR (
        "t248"."bounced_sessions" IS NOT NULL
      )
      OR (
        "t248"."brand_followers_expected_gain" IS NOT NULL
      )
      OR (
        "t248"."brand_followers_gained" IS NOT NULL
      )
      OR (
        "t248"."brand_followers_start" IS NOT NULL
      )
      OR (
        "t248"."brand_mention_engagements" IS NOT NULL
      )
      OR (
        "t248"."brand_mentions" IS NOT NULL
      )
      OR (
        "t248"."clicks" IS NOT NULL
      )
      OR (
        "t248"."comments" IS NOT NULL
      )
      OR (
        "t248"."cost" IS NOT NULL
      )
      OR (
        "t248"."disclosed_sponsored_posts" IS NOT NULL
      )
      OR (
        "t248"."emv" IS NOT NULL
      )
      OR (
        "t248"."emv_authentic" IS NOT NULL
      )
      OR (
        "t248"."engagements" IS NOT NULL
      )
      OR (
        "t248"."er_followers_post" IS NOT NULL
      )
      OR (
        "t248"."er_impressions_post" IS NOT NULL
      )
      OR (
        "t248"."er_reach_post" IS NOT NULL
      )
      OR (
        "t248"."er_views_post" IS NOT NULL
      )
      OR (
        "t248"."followers" IS NOT NULL
      )
      OR (
        "t248"."followers_expected_gain" IS NOT NULL
      )
      OR (
        "t248"."followers_gained" IS NOT NULL
      )
      OR (
        "t248"."followers_start" IS NOT NULL
      )
      OR (
        "t248"."impressions" IS NOT NULL
      )
      OR (
        "t248"."impressions_with_estimates" IS NOT NULL
      )
      OR (
        "t248"."influencers_contacted" IS NOT NULL
      )
      OR (
        "t248"."influencers_interested" IS NOT NULL
      )
      OR (
        "t248"."key_events" IS NOT NULL
      )
      OR (
        "t248"."key_message_posts" IS NOT NULL
      )
      OR (
        "t248"."key_messages" IS NOT NULL
      )
      OR (
        "t248"."likes" IS NOT NULL
      )
      OR (
        "t248"."link_clicks" IS NOT NULL
      )
      OR (
        "t248"."mention_engagements" IS NOT NULL
      )
      OR (
        "t248"."mentions" IS NOT NULL
      )
      OR (
        "t248"."new_customers" IS NOT NULL
      )
      OR (
        "t248"."new_users" IS NOT NULL
      )
      OR (
        "t248"."orders" IS NOT NULL
      )
      OR (
        "t248"."page_views" IS NOT NULL
      )
      OR (
        (
          CAST("t248"."cost" AS DOUBLE PRECISION) / (
            CASE
              WHEN "t248"."platform" = 'tiktok'
              THEN CAST(NULL AS DOUBLE PRECISION)
              WHEN "t248"."platform" = 'youtube'
              THEN CAST(NULL AS DOUBLE PRECISION)
              ELSE 1.88
            END * "t248"."paid_rate"
          )
        ) IS NOT NULL
      )
      OR (
        (
          (
            CAST("t248"."cost" AS DOUBLE PRECISION) / (
              CASE
                WHEN "t248"."platform" = 'tiktok'
                THEN 7.5
                WHEN "t248"."platform" = 'youtube'
                THEN 3.53
                ELSE 19.8
              END * "t248"."paid_rate"
            )
          ) * 1000
        ) IS NOT NULL
      )
      OR (
        (
          CAST("t248"."cost" AS DOUBLE PRECISION) / (
            CASE
              WHEN "t248"."platform" = 'youtube'
              THEN 0.026
              ELSE CAST(NULL AS DOUBLE PRECISION)
            END * "t248"."paid_rate"
          )
        ) IS NOT NULL
      )
      OR (
        "t248"."post_id" IS NOT NULL
      )
      OR (
        "t248"."post_platform" IS NOT NULL
      )
      OR (
        "t248"."posts_contracted" IS NOT NULL
      )
      OR (
        "t248"."products_sent" IS NOT NULL
      )
      OR (
        "t248"."publishing_influencer" IS NOT NULL
      )
      OR (
        "t248"."reach" IS NOT NULL
      )
      OR (
        "t248"."revenue" IS NOT NULL
      )
      OR (
        "t248"."saves" IS NOT NULL
      )
      OR (
        "t248"."session_seconds" IS NOT NULL
      )
      OR (
        "t248"."sessions" IS NOT NULL
      )
      OR (
        "t248"."shares" IS NOT NULL
      )
      OR (
        "t248"."sponsored_posts" IS NOT NULL
      )
      OR (
        "t248"."ugc_post" IS NOT NULL
      )
      OR (
        "t248"."unique_link_clicks" IS NOT NULL
      )
      OR (
        "t248"."views" IS NOT NULL
      )
    )
)
SELECT
  "t260"."influencer_id",
  "t260"."influencer",
  "t260"."platform",
  "t260"."key_messages",
  "t260"."platforms_selected",
  "t260"."influencers_contacted",
  "t260"."influencers_interested",
  (
    "t260"."influencers_interested" / NULLIF("t260"."influencers_contacted", 0)
  ) * 100 AS "influencers_interested_rate",
  "t260"."influencers_activated",
  "t260"."products_sent",
  "t260"."reach",
  "t260"."impressions",
  "t260"."views",
  "t260"."impressions_with_estimates",
  (
    CAST("t260"."reach_rate__first" AS DOUBLE PRECISION) / NULLIF("t260"."reach_rate__second", 0)
  ) * 100 AS "reach_rate",
  "t260"."brand_mentions",
  (
    "t260"."brand_mentions" / NULLIF("t260"."mentions", 0)
  ) * 100 AS "share_of_voice",
  (
    CAST("t260"."brand_mention_engagements" AS DOUBLE PRECISION) / NULLIF("t260"."mention_engagements", 0)
  ) * 100 AS "share_of_engagement",
  "t260"."key_message_posts",
  (
    "t260"."key_message_posts" / NULLIF(CAST("t260"."posts" AS DOUBLE PRECISION), 0)
  ) * 100 AS "key_message_rate",
  "t260"."posts",
  "t260"."posts_contracted",
  (
    CAST("t260"."posts" AS DOUBLE PRECISION) / NULLIF("t260"."posts_contracted", 0)
  ) * 100 AS "posts_delivery_rate",
  "t260"."ugc_posts",
  "t260"."likes",
  "t260"."comments",
  "t260"."shares",
  "t260"."saves",
  "t260"."engagements",
  (
    CAST("t260"."engagement_rate_reach__first" AS DOUBLE PRECISION) / NULLIF("t260"."engagement_rate_reach__second", 0)
  ) * 100 AS "engagement_rate_reach",
  (
    CAST("t260"."engagement_rate_followers__first" AS DOUBLE PRECISION) / NULLIF("t260"."engagement_rate_followers__second", 0)
  ) * 100 AS "engagement_rate_followers",
  "t260"."er_reach_post_mean" AS "engagement_rate_reach_post_mean",
  "t260"."er_reach_post_median" AS "engagement_rate_reach_post_median",
  "t260"."er_reach_account_mean" AS "engagement_rate_reach_account_mean",
  "t260"."er_reach_account_median" AS "engagement_rate_reach_account_median",
  "t260"."er_followers_post_mean" AS "engagement_rate_followers_post_mean",
  "t260"."er_followers_post_median" AS "engagement_rate_followers_post_median",
  "t260"."er_followers_account_mean" AS "engagement_rate_followers_account_mean",
  "t260"."er_followers_account_median" AS "engagement_rate_followers_account_median",
  (
    CAST("t260"."engagement_rate_impressions__first" AS DOUBLE PRECISION) / NULLIF("t260"."engagement_rate_impressions__second", 0)
  ) * 100 AS "engagement_rate_impressions",
  "t260"."er_impressions_post_mean" AS "engagement_rate_impressions_post_mean",
  "t260"."er_impressions_post_median" AS "engagement_rate_impressions_post_median",
  "t260"."er_impressions_account_mean" AS "engagement_rate_impressions_account_mean",
  "t260"."er_impressions_account_median" AS "engagement_rate_impressions_account_median",
  (
    CAST("t260"."engagement_rate_views__first" AS DOUBLE PRECISION) / NULLIF("t260"."engagement_rate_views__second", 0)
  ) * 100 AS "engagement_rate_views",
  "t260"."er_views_post_mean" AS "engagement_rate_views_post_mean",
  "t260"."er_views_post_median" AS "engagement_rate_views_post_median",
  "t260"."er_views_account_mean" AS "engagement_rate_views_account_mean",
  "t260"."er_views_account_median" AS "engagement_rate_views_account_median",
  "t260"."clicks" AS "platform_link_clicks",
  "t260"."followers_gained",
  (
    CAST("t260"."follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t260"."follower_growth_rate__second", 0)
  ) * 100 AS "follower_growth_rate",
  "t260"."followers_gained_above_trend__first" - "t260"."followers_gained_above_trend__second" AS "followers_gained_above_trend",
  "t260"."brand_followers_gained",
  (
    CAST("t260"."brand_follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t260"."brand_follower_growth_rate__second", 0)
  ) * 100 AS "brand_follower_growth_rate",
  "t260"."brand_followers_gained_above_trend__first" - "t260"."brand_followers_gained_above_trend__second" AS "brand_followers_gained_above_trend",
  "t260"."link_clicks" AS "tracked_clicks",
  "t260"."unique_link_clicks" AS "unique_clicks",
  "t260"."bot_link_clicks" AS "bot_clicks",
  (
    "t260"."link_clicks" / NULLIF("t260"."impressions_with_estimates", 0)
  ) * 100 AS "click_through_rate",
  "t260"."sessions",
  "t260"."new_users",
  (
    CAST("t260"."bounced_sessions" AS DOUBLE PRECISION) / NULLIF("t260"."sessions", 0)
  ) * 100 AS "bounce_rate",
  CAST("t260"."session_seconds" AS DOUBLE PRECISION) / NULLIF("t260"."sessions", 0) AS "average_session_duration",
  CAST("t260"."page_views" AS DOUBLE PRECISION) / NULLIF("t260"."sessions", 0) AS "pages_per_session",
  "t260"."key_events" AS "leads",
  "t260"."orders" AS "conversions",
  (
    "t260"."orders" / NULLIF("t260"."unique_link_clicks", 0)
  ) * 100 AS "conversion_rate",
  "t260"."revenue",
  "t260"."revenue" / NULLIF("t260"."orders", 0) AS "average_order_value",
  "t260"."new_customers",
  "t260"."revenue" / NULLIF("t260"."cost", 0) AS "return_on_ad_spend",
  (
    CAST((
      "t260"."revenue" - "t260"."cost"
    ) AS DOUBLE PRECISION) / NULLIF("t260"."cost", 0)
  ) * 100 AS "return_on_investment",
  (
    CAST((
      "t260"."revenue" - "t260"."cost"
    ) AS DOUBLE PRECISION) / NULLIF("t260"."revenue", 0)
  ) * 100 AS "profitability",
  "t260"."sponsored_posts",
  "t260"."disclosed_sponsored_posts",
  (
    "t260"."disclosed_sponsored_posts" / NULLIF("t260"."sponsored_posts", 0)
  ) * 100 AS "disclosure_rate",
  "t260"."cost",
  (
    "t260"."cost" / NULLIF("t260"."impressions_with_estimates", 0)
  ) * 1000 AS "cost_per_mille",
  "t260"."cost" / NULLIF("t260"."engagements", 0) AS "cost_per_engagement",
  "t260"."cost" / NULLIF("t260"."views", 0) AS "cost_per_view",
  "t260"."cost" / NULLIF("t260"."brand_followers_gained", 0) AS "cost_per_new_follower",
  "t260"."cost" / NULLIF("t260"."link_clicks", 0) AS "cost_per_click",
  "t260"."cost" / NULLIF("t260"."orders", 0) AS "cost_per_acquisition",
  "t260"."cost" / NULLIF("t260"."new_customers", 0) AS "customer_acquisition_cost",
  "t260"."cost" / NULLIF("t260"."key_events", 0) AS "cost_per_lead",
  "t260"."emv",
  "t260"."emv_authentic",
  "t260"."emv" / NULLIF("t260"."cost", 0) AS "emv_per_cost",
  "t260"."paid_impressions" AS "paid_equivalent_impressions",
  "t260"."paid_clicks" AS "paid_equivalent_clicks",
  "t260"."paid_views" AS "paid_equivalent_views",
  (
    CAST("t260"."impressions_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t260"."impressions_vs_paid__second", 0)
  ) * 100 AS "impressions_vs_paid",
  (
    CAST("t260"."clicks_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t260"."clicks_vs_paid__second", 0)
  ) * 100 AS "clicks_vs_paid",
  (
    CAST("t260"."views_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t260"."views_vs_paid__second", 0)
  ) * 100 AS "views_vs_paid",
  CASE
    WHEN "t260"."key_messages" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_messages__provenance",
  CASE
    WHEN "t260"."platforms_selected" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "platforms_selected__provenance",
  CASE
    WHEN "t260"."influencers_contacted" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_contacted__provenance",
  CASE
    WHEN "t260"."influencers_interested" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_interested__provenance",
  CASE
    WHEN (
      (
        CAST("t260"."influencers_interested" AS DOUBLE PRECISION) / NULLIF("t260"."influencers_contacted", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_interested_rate__provenance",
  CASE
    WHEN "t260"."influencers_activated" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_activated__provenance",
  CASE
    WHEN "t260"."products_sent" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "products_sent__provenance",
  CASE
    WHEN "t260"."reach" IS NOT NULL
    THEN COALESCE("t260"."reach__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "reach__provenance",
  CASE
    WHEN "t260"."impressions" IS NOT NULL
    THEN COALESCE("t260"."impressions__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions__provenance",
  CASE
    WHEN "t260"."views" IS NOT NULL
    THEN COALESCE("t260"."views__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "views__provenance",
  CASE
    WHEN "t260"."impressions_with_estimates" IS NOT NULL
    THEN COALESCE("t260"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions_with_estimates__provenance",
  CASE
    WHEN (
      (
        CAST("t260"."reach_rate__first" AS DOUBLE PRECISION) / NULLIF("t260"."reach_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t260"."reach_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "reach_rate__provenance",
  CASE
    WHEN "t260"."brand_mentions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_mentions__provenance",
  CASE
    WHEN (
      (
        CAST("t260"."brand_mentions" AS DOUBLE PRECISION) / NULLIF("t260"."mentions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "share_of_voice__provenance",
  CASE
    WHEN (
      (
        CAST("t260"."brand_mention_engagements" AS DOUBLE PRECISION) / NULLIF("t260"."mention_engagements", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "share_of_engagement__provenance",
  CASE
    WHEN "t260"."key_message_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_message_posts__provenance",
  CASE
    WHEN (
      (
        CAST("t260"."key_message_posts" AS DOUBLE PRECISION) / NULLIF(CAST("t260"."posts" AS DOUBLE PRECISION), 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_message_rate__provenance",
  CASE
    WHEN "t260"."posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts__provenance",
  CASE
    WHEN "t260"."posts_contracted" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts_contracted__provenance",
  CASE
    WHEN (
      (
        CAST("t260"."posts" AS DOUBLE PRECISION) / NULLIF("t260"."posts_contracted", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts_delivery_rate__provenance",
  CASE
    WHEN "t260"."ugc_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "ugc_posts__provenance",
  CASE
    WHEN "t260"."likes" IS NOT NULL
    THEN COALESCE("t260"."likes__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "likes__provenance",
  CASE
    WHEN "t260"."comments" IS NOT NULL
    THEN COALESCE("t260"."comments__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "comments__provenance",
  CASE
    WHEN "t260"."shares" IS NOT NULL
    THEN COALESCE("t260"."shares__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "shares__provenance",
  CASE
    WHEN "t260"."saves" IS NOT NULL
    THEN COALESCE("t260"."saves__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "saves__provenance",
  CASE
    WHEN "t260"."engagements" IS NOT NULL
    THEN COALESCE("t260"."engagements__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagements__provenance",
  CASE
    WHEN (
      (
        CAST("t260"."engagement_rate_reach__first" AS DOUBLE PRECISION) / NULLIF("t260"."engagement_rate_reach__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t260"."engagement_rate_reach__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach__provenance",
  CASE
    WHEN (
      (
        CAST("t260"."engagement_rate_followers__first" AS DOUBLE PRECISION) / NULLIF("t260"."engagement_rate_followers__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t260"."engagement_rate_followers__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers__provenance",
  CASE
    WHEN "t260"."er_reach_post_mean" IS NOT NULL
    THEN COALESCE("t260"."er_reach_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_post_mean__provenance",
  CASE
    WHEN "t260"."er_reach_post_median" IS NOT NULL
    THEN COALESCE("t260"."er_reach_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_post_median__provenance",
  CASE
    WHEN "t260"."er_reach_account_mean" IS NOT NULL
    THEN COALESCE("t260"."er_reach_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_account_mean__provenance",
  CASE
    WHEN "t260"."er_reach_account_median" IS NOT NULL
    THEN COALESCE("t260"."er_reach_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_account_median__provenance",
  CASE
    WHEN "t260"."er_followers_post_mean" IS NOT NULL
    THEN COALESCE("t260"."er_followers_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_post_mean__provenance",
  CASE
    WHEN "t260"."er_followers_post_median" IS NOT NULL
    THEN COALESCE("t260"."er_followers_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_post_median__provenance",
  CASE
    WHEN "t260"."er_followers_account_mean" IS NOT NULL
    THEN COALESCE("t260"."er_followers_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_account_mean__provenance",
  CASE
    WHEN "t260"."er_followers_account_median" IS NOT NULL
    THEN COALESCE("t260"."er_followers_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_account_median__provenance",
  CASE
    WHEN (
      (
        CAST("t260"."engagement_rate_impressions__first" AS DOUBLE PRECISION) / NULLIF("t260"."engagement_rate_impressions__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t260"."engagement_rate_impressions__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions__provenance",
  CASE
    WHEN "t260"."er_impressions_post_mean" IS NOT NULL
    THEN COALESCE("t260"."er_impressions_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_post_mean__provenance",
  CASE
    WHEN "t260"."er_impressions_post_median" IS NOT NULL
    THEN COALESCE("t260"."er_impressions_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_post_median__provenance",
  CASE
    WHEN "t260"."er_impressions_account_mean" IS NOT NULL
    THEN COALESCE("t260"."er_impressions_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_account_mean__provenance",
  CASE
    WHEN "t260"."er_impressions_account_median" IS NOT NULL
    THEN COALESCE("t260"."er_impressions_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_account_median__provenance",
  CASE
    WHEN (
      (
        CAST("t260"."engagement_rate_views__first" AS DOUBLE PRECISION) / NULLIF("t260"."engagement_rate_views__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t260"."engagement_rate_views__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views__provenance",
  CASE
    WHEN "t260"."er_views_post_mean" IS NOT NULL
    THEN COALESCE("t260"."er_views_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_post_mean__provenance",
  CASE
    WHEN "t260"."er_views_post_median" IS NOT NULL
    THEN COALESCE("t260"."er_views_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_post_median__provenance",
  CASE
    WHEN "t260"."er_views_account_mean" IS NOT NULL
    THEN COALESCE("t260"."er_views_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_account_mean__provenance",
  CASE
    WHEN "t260"."er_views_account_median" IS NOT NULL
    THEN COALESCE("t260"."er_views_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_account_median__provenance",
  CASE
    WHEN "t260"."clicks" IS NOT NULL
    THEN COALESCE("t260"."clicks__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "platform_link_clicks__provenance",
  CASE
    WHEN "t260"."followers_gained" IS NOT NULL
    THEN COALESCE("t260"."followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "followers_gained__provenance",
  CASE
    WHEN (
      (
        CAST("t260"."follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t260"."follower_growth_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t260"."follower_growth_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "follower_growth_rate__provenance",
  CASE
    WHEN (
      "t260"."followers_gained_above_trend__first" - "t260"."followers_gained_above_trend__second"
    ) IS NOT NULL
    THEN COALESCE("t260"."followers_gained_above_trend__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "followers_gained_above_trend__provenance",
  CASE
    WHEN "t260"."brand_followers_gained" IS NOT NULL
    THEN COALESCE("t260"."brand_followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_followers_gained__provenance",
  CASE
    WHEN (
      (
        CAST("t260"."brand_follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t260"."brand_follower_growth_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t260"."brand_follower_growth_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_follower_growth_rate__provenance",
  CASE
    WHEN (
      "t260"."brand_followers_gained_above_trend__first" - "t260"."brand_followers_gained_above_trend__second"
    ) IS NOT NULL
    THEN COALESCE("t260"."brand_followers_gained_above_trend__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_followers_gained_above_trend__provenance",
  CASE
    WHEN "t260"."link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "tracked_clicks__provenance",
  CASE
    WHEN "t260"."unique_link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "unique_clicks__provenance",
  CASE
    WHEN "t260"."bot_link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "bot_clicks__provenance",
  CASE
    WHEN (
      (
        CAST("t260"."link_clicks" AS DOUBLE PRECISION) / NULLIF("t260"."impressions_with_estimates", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t260"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "click_through_rate__provenance",
  CASE
    WHEN "t260"."sessions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "sessions__provenance",
  CASE
    WHEN "t260"."new_users" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "new_users__provenance",
  CASE
    WHEN (
      (
        CAST("t260"."bounced_sessions" AS DOUBLE PRECISION) / NULLIF("t260"."sessions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "bounce_rate__provenance",
  CASE
    WHEN (
      CAST("t260"."session_seconds" AS DOUBLE PRECISION) / NULLIF("t260"."sessions", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "average_session_duration__provenance",
  CASE
    WHEN (
      CAST("t260"."page_views" AS DOUBLE PRECISION) / NULLIF("t260"."sessions", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "pages_per_session__provenance",
  CASE
    WHEN "t260"."key_events" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "leads__provenance",
  CASE
    WHEN "t260"."orders" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "conversions__provenance",
  CASE
    WHEN (
      (
        CAST("t260"."orders" AS DOUBLE PRECISION) / NULLIF("t260"."unique_link_clicks", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "conversion_rate__provenance",
  CASE
    WHEN "t260"."revenue" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "revenue__provenance",
  CASE
    WHEN (
      CAST("t260"."revenue" AS DOUBLE PRECISION) / NULLIF("t260"."orders", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "average_order_value__provenance",
  CASE
    WHEN "t260"."new_customers" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "new_customers__provenance",
  CASE
    WHEN (
      CAST("t260"."revenue" AS DOUBLE PRECISION) / NULLIF("t260"."cost", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_ad_spend__provenance",
  CASE
    WHEN (
      (
        CAST((
          "t260"."revenue" - "t260"."cost"
        ) AS DOUBLE PRECISION) / NULLIF("t260"."cost", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_investment__provenance",
  CASE
    WHEN (
      (
        CAST((
          "t260"."revenue" - "t260"."cost"
        ) AS DOUBLE PRECISION) / NULLIF("t260"."revenue", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "profitability__provenance",
  CASE
    WHEN "t260"."sponsored_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "sponsored_posts__provenance",
  CASE
    WHEN "t260"."disclosed_sponsored_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "disclosed_sponsored_posts__provenance",
  CASE
    WHEN (
      (
        CAST("t260"."disclosed_sponsored_posts" AS DOUBLE PRECISION) / NULLIF("t260"."sponsored_posts", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "disclosure_rate__provenance",
  CASE
    WHEN "t260"."cost" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost__provenance",
  CASE
    WHEN (
      (
        CAST("t260"."cost" AS DOUBLE PRECISION) / NULLIF("t260"."impressions_with_estimates", 0)
      ) * 1000
    ) IS NOT NULL
    THEN COALESCE("t260"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_mille__provenance",
  CASE
    WHEN (
      CAST("t260"."cost" AS DOUBLE PRECISION) / NULLIF("t260"."engagements", 0)
    ) IS NOT NULL
    THEN COALESCE("t260"."engagements__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_engagement__provenance",
  CASE
    WHEN (
      CAST("t260"."cost" AS DOUBLE PRECISION) / NULLIF("t260"."views", 0)
    ) IS NOT NULL
    THEN COALESCE("t260"."views__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_view__provenance",
  CASE
    WHEN (
      CAST("t260"."cost" AS DOUBLE PRECISION) / NULLIF("t260"."brand_followers_gained", 0)
    ) IS NOT NULL
    THEN COALESCE("t260"."brand_followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_new_follower__provenance",
  CASE
    WHEN (
      CAST("t260"."cost" AS DOUBLE PRECISION) / NULLIF("t260"."link_clicks", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_click__provenance",
  CASE
    WHEN (
      CAST("t260"."cost" AS DOUBLE PRECISION) / NULLIF("t260"."orders", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_acquisition__provenance",
  CASE
    WHEN (
      CAST("t260"."cost" AS DOUBLE PRECISION) / NULLIF("t260"."new_customers", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "customer_acquisition_cost__provenance",
  CASE
    WHEN (
      CAST("t260"."cost" AS DOUBLE PRECISION) / NULLIF("t260"."key_events", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_lead__provenance",
  CASE
    WHEN "t260"."emv" IS NOT NULL
    THEN COALESCE("t260"."emv__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv__provenance",
  CASE
    WHEN "t260"."emv_authentic" IS NOT NULL
    THEN COALESCE("t260"."emv_authentic__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv_authentic__provenance",
  CASE
    WHEN (
      CAST("t260"."emv" AS DOUBLE PRECISION) / NULLIF("t260"."cost", 0)
    ) IS NOT NULL
    THEN COALESCE("t260"."emv__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv_per_cost__provenance",
  CASE
    WHEN "t260"."paid_impressions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_impressions__provenance",
  CASE
    WHEN "t260"."paid_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_clicks__provenance",
  CASE
    WHEN "t260"."paid_views" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_views__provenance",
  CASE
    WHEN (
      (
        CAST("t260"."impressions_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t260"."impressions_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t260"."impressions_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions_vs_paid__provenance",
  CASE
    WHEN (
      (
        CAST("t260"."clicks_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t260"."clicks_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t260"."clicks_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "clicks_vs_paid__provenance",
  CASE
    WHEN (
      (
        CAST("t260"."views_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t260"."views_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t260"."views_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "views_vs_paid__provenance"
FROM (
  SELECT
    "t259"."influencer_id",
    "t259"."platform",
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
    "t259"."new_customers",
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
    "t257"."er_reach_account_mean",
    "t257"."er_reach_account_median",
    "t257"."er_followers_account_mean",
    "t257"."er_followers_account_median",
    "t257"."er_impressions_account_mean",
    "t257"."er_impressions_account_median",
    "t257"."er_views_account_mean",
    "t257"."er_views_account_median",
    "t257"."er_reach_account_mean__provenance",
    "t257"."er_reach_account_median__provenance",
    "t257"."er_followers_account_mean__provenance",
    "t257"."er_followers_account_median__provenance",
    "t257"."er_impressions_account_mean__provenance",
    "t257"."er_impressions_account_median__provenance",
    "t257"."er_views_account_mean__provenance",
    "t257"."er_views_account_median__provenance",
    "t42"."influencer"
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
      "t255"."link_clicks",
      "t255"."unique_link_clicks",
      "t255"."bot_link_clicks",
      "t255"."sessions",
      "t255"."new_users",
      "t255"."bounced_sessions",
      "t255"."session_seconds",
      "t255"."page_views",
      "t255"."key_events",
      "t255"."orders",
      "t255"."revenue",
      "t255"."new_customers",
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
      END AS "views_vs_paid__pair__provenance"
    FROM (
      SELECT
        "t250"."influencer_id",
        "t250"."platform",
        SUM("t250"."key_messages") AS "key_messages",
        COUNT(DISTINCT "t250"."post_platform") AS "platforms_selected",
        SUM("t250"."influencers_contacted") AS "influencers_contacted",
        SUM("t250"."influencers_interested") AS "influencers_interested",
        COUNT(DISTINCT "t250"."publishing_influencer") AS "influencers_activated",
        SUM("t250"."products_sent") AS "products_sent",
        SUM("t250"."reach") AS "reach",
        SUM("t250"."impressions") AS "impressions",
        SUM("t250"."views") AS "views",
        SUM("t250"."impressions_with_estimates") AS "impressions_with_estimates",
        SUM("t250"."reach") FILTER(WHERE
          (
            "t250"."reach" IS NOT NULL
          ) AND (
            "t250"."followers" IS NOT NULL
          )) AS "reach_rate__first",
        SUM("t250"."followers") FILTER(WHERE
          (
            "t250"."reach" IS NOT NULL
          ) AND (
            "t250"."followers" IS NOT NULL
          )) AS "reach_rate__second",
        SUM("t250"."brand_mentions") AS "brand_mentions",
        SUM("t250"."mentions") AS "mentions",
        SUM("t250"."brand_mention_engagements") AS "brand_mention_engagements",
        SUM("t250"."mention_engagements") AS "mention_engagements",
        SUM("t250"."key_message_posts") AS "key_message_posts",
        COUNT("t250"."post_id") AS "posts",
        SUM("t250"."posts_contracted") AS "posts_contracted",
        COUNT(DISTINCT "t250"."ugc_post") AS "ugc_posts",
        SUM("t250"."likes") AS "likes",
        SUM("t250"."comments") AS "comments",
        SUM("t250"."shares") AS "shares",
        SUM("t250"."saves") AS "saves",
        SUM("t250"."engagements") AS "engagements",
        SUM("t250"."engagements") FILTER(WHERE
          (
            "t250"."engagements" IS NOT NULL
          ) AND (
            "t250"."reach" IS NOT NULL
          )) AS "engagement_rate_reach__first",
        SUM("t250"."reach") FILTER(WHERE
          (
            "t250"."engagements" IS NOT NULL
          ) AND (
            "t250"."reach" IS NOT NULL
          )) AS "engagement_rate_reach__second",
        SUM("t250"."engagements") FILTER(WHERE
          (
            "t250"."engagements" IS NOT NULL
          ) AND (
            "t250"."followers" IS NOT NULL
          )) AS "engagement_rate_followers__first",
        SUM("t250"."followers") FILTER(WHERE
          (
            "t250"."engagements" IS NOT NULL
          ) AND (
            "t250"."followers" IS NOT NULL
          )) AS "engagement_rate_followers__second",
        AVG("t250"."er_reach_post") AS "er_reach_post_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t250"."er_reach_post") AS "er_reach_post_median",
        AVG("t250"."er_followers_post") AS "er_followers_post_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t250"."er_followers_post") AS "er_followers_post_median",
        SUM("t250"."engagements") FILTER(WHERE
          (
            "t250"."engagements" IS NOT NULL
          ) AND (
            "t250"."impressions" IS NOT NULL
          )) AS "engagement_rate_impressions__first",
        SUM("t250"."impressions") FILTER(WHERE
          (
            "t250"."engagements" IS NOT NULL
          ) AND (
            "t250"."impressions" IS NOT NULL
          )) AS "engagement_rate_impressions__second",
        AVG("t250"."er_impressions_post") AS "er_impressions_post_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t250"."er_impressions_post") AS "er_impressions_post_median",
        SUM("t250"."engagements") FILTER(WHERE
          (
            "t250"."engagements" IS NOT NULL
          ) AND (
            "t250"."views" IS NOT NULL
          )) AS "engagement_rate_views__first",
        SUM("t250"."views") FILTER(WHERE
          (
            "t250"."engagements" IS NOT NULL
          ) AND (
            "t250"."views" IS NOT NULL
          )) AS "engagement_rate_views__second",
        AVG("t250"."er_views_post") AS "er_views_post_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t250"."er_views_post") AS "er_views_post_median",
        SUM("t250"."clicks") AS "clicks",
        SUM("t250"."followers_gained") AS "followers_gained",
        SUM("t250"."followers_gained") FILTER(WHERE
          (
            "t250"."followers_gained" IS NOT NULL
          )
          AND (
            "t250"."followers_start" IS NOT NULL
          )) AS "follower_growth_rate__first",
        SUM("t250"."followers_start") FILTER(WHERE
          (
            "t250"."followers_gained" IS NOT NULL
          )
          AND (
            "t250"."followers_start" IS NOT NULL
          )) AS "follower_growth_rate__second",
        SUM("t250"."followers_gained") FILTER(WHERE
          (
            "t250"."followers_gained" IS NOT NULL
          )
          AND (
            "t250"."followers_expected_gain" IS NOT NULL
          )) AS "followers_gained_above_trend__first",
        SUM("t250"."followers_expected_gain") FILTER(WHERE
          (
            "t250"."followers_gained" IS NOT NULL
          )
          AND (
            "t250"."followers_expected_gain" IS NOT NULL
          )) AS "followers_gained_above_trend__second",
        SUM("t250"."brand_followers_gained") AS "brand_followers_gained",
        SUM("t250"."brand_followers_gained") FILTER(WHERE
          (
            "t250"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t250"."brand_followers_start" IS NOT NULL
          )) AS "brand_follower_growth_rate__first",
        SUM("t250"."brand_followers_start") FILTER(WHERE
          (
            "t250"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t250"."brand_followers_start" IS NOT NULL
          )) AS "brand_follower_growth_rate__second",
        SUM("t250"."brand_followers_gained") FILTER(WHERE
          (
            "t250"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t250"."brand_followers_expected_gain" IS NOT NULL
          )) AS "brand_followers_gained_above_trend__first",
        SUM("t250"."brand_followers_expected_gain") FILTER(WHERE
          (
            "t250"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t250"."brand_followers_expected_gain" IS NOT NULL
          )) AS "brand_followers_gained_above_trend__second",
        SUM("t250"."link_clicks") AS "link_clicks",
        SUM("t250"."unique_link_clicks") AS "unique_link_clicks",
        SUM("t250"."bot_link_clicks") AS "bot_link_clicks",
        SUM("t250"."sessions") AS "sessions",
        SUM("t250"."new_users") AS "new_users",
        SUM("t250"."bounced_sessions") AS "bounced_sessions",
        SUM("t250"."session_seconds") AS "session_seconds",
        SUM("t250"."page_views") AS "page_views",
        SUM("t250"."key_events") AS "key_events",
        SUM("t250"."orders") AS "orders",
        SUM("t250"."revenue") AS "revenue",
        SUM("t250"."new_customers") AS "new_customers",
        SUM("t250"."cost") AS "cost",
        SUM("t250"."sponsored_posts") AS "sponsored_posts",
        SUM("t250"."disclosed_sponsored_posts") AS "disclosed_sponsored_posts",
        SUM("t250"."emv") AS "emv",
        SUM("t250"."emv_authentic") AS "emv_authentic",
        SUM("t250"."paid_impressions") AS "paid_impressions",
        SUM("t250"."paid_clicks") AS "paid_clicks",
        SUM("t250"."paid_views") AS "paid_views",
        SUM("t250"."impressions_with_estimates") FILTER(WHERE
          (
            "t250"."impressions_with_estimates" IS NOT NULL
          )
          AND (
            "t250"."paid_impressions" IS NOT NULL
          )) AS "impressions_vs_paid__first",
        SUM("t250"."paid_impressions") FILTER(WHERE
          (
            "t250"."impressions_with_estimates" IS NOT NULL
          )
          AND (
            "t250"."paid_impressions" IS NOT NULL
          )) AS "impressions_vs_paid__second",
        SUM("t250"."clicks") FILTER(WHERE
          (
            "t250"."clicks" IS NOT NULL
          ) AND (
            "t250"."paid_clicks" IS NOT NULL
          )) AS "clicks_vs_paid__first",
        SUM("t250"."paid_clicks") FILTER(WHERE
          (
            "t250"."clicks" IS NOT NULL
          ) AND (
            "t250"."paid_clicks" IS NOT NULL
          )) AS "clicks_vs_paid__second",
        SUM("t250"."views") FILTER(WHERE
          (
            "t250"."views" IS NOT NULL
          ) AND (
            "t250"."paid_views" IS NOT NULL
          )) AS "views_vs_paid__first",
        SUM("t250"."paid_views") FILTER(WHERE
          (
            "t250"."views" IS NOT NULL
          ) AND (
            "t250"."paid_views" IS NOT NULL
          )) AS "views_vs_paid__second",
        BIT_OR(
          (
            CASE
              WHEN "t250"."reach" IS NOT NULL
              THEN COALESCE("t250"."reach__provenance", 0)
              ELSE 0
            END << 0
          ) | (
            CASE
              WHEN "t250"."impressions" IS NOT NULL
              THEN COALESCE("t250"."impressions__provenance", 0)
              ELSE 0
            END << 2
          ) | (
            CASE
              WHEN "t250"."views" IS NOT NULL
              THEN COALESCE("t250"."views__provenance", 0)
              ELSE 0
            END << 4
          ) | (
            CASE
              WHEN "t250"."impressions_with_estimates" IS NOT NULL
              THEN COALESCE("t250"."impressions_with_estimates__provenance", 0)
              ELSE 0
            END << 6
          ) | (
            CASE
              WHEN (
                "t250"."reach" IS NOT NULL
              ) AND (
                "t250"."followers" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t250"."reach__provenance", -1),
                    COALESCE("t250"."followers__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 8
          ) | (
            CASE
              WHEN "t250"."likes" IS NOT NULL
              THEN COALESCE("t250"."likes__provenance", 0)
              ELSE 0
            END << 10
          ) | (
            CASE
              WHEN "t250"."comments" IS NOT NULL
              THEN COALESCE("t250"."comments__provenance", 0)
              ELSE 0
            END << 12
          ) | (
            CASE
              WHEN "t250"."shares" IS NOT NULL
              THEN COALESCE("t250"."shares__provenance", 0)
              ELSE 0
            END << 14
          ) | (
            CASE
              WHEN "t250"."saves" IS NOT NULL
              THEN COALESCE("t250"."saves__provenance", 0)
              ELSE 0
            END << 16
          ) | (
            CASE
              WHEN "t250"."engagements" IS NOT NULL
              THEN COALESCE("t250"."engagements__provenance", 0)
              ELSE 0
            END << 18
          ) | (
            CASE
              WHEN (
                "t250"."engagements" IS NOT NULL
              ) AND (
                "t250"."reach" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t250"."engagements__provenance", -1),
                    COALESCE("t250"."reach__provenance", -1)
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
                "t250"."engagements" IS NOT NULL
              ) AND (
                "t250"."followers" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t250"."engagements__provenance", -1),
                    COALESCE("t250"."followers__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 22
          ) | (
            CASE
              WHEN "t250"."er_reach_post" IS NOT NULL
              THEN COALESCE("t250"."er_reach_post__provenance", 0)
              ELSE 0
            END << 24
          ) | (
            CASE
              WHEN "t250"."er_followers_post" IS NOT NULL
              THEN COALESCE("t250"."er_followers_post__provenance", 0)
              ELSE 0
            END << 26
          ) | (
            CASE
              WHEN (
                "t250"."engagements" IS NOT NULL
              ) AND (
                "t250"."impressions" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t250"."engagements__provenance", -1),
                    COALESCE("t250"."impressions__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 28
          ) | (
            CASE
              WHEN "t250"."er_impressions_post" IS NOT NULL
              THEN COALESCE("t250"."er_impressions_post__provenance", 0)
              ELSE 0
            END << 30
          ) | (
            CASE
              WHEN (
                "t250"."engagements" IS NOT NULL
              ) AND (
                "t250"."views" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t250"."engagements__provenance", -1),
                    COALESCE("t250"."views__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 32
          ) | (
            CASE
              WHEN "t250"."er_views_post" IS NOT NULL
              THEN COALESCE("t250"."er_views_post__provenance", 0)
              ELSE 0
            END << 34
          ) | (
            CASE
              WHEN "t250"."clicks" IS NOT NULL
              THEN COALESCE("t250"."clicks__provenance", 0)
              ELSE 0
            END << 36
          ) | (
            CASE
              WHEN "t250"."followers_gained" IS NOT NULL
              THEN COALESCE("t250"."followers_gained__provenance", 0)
              ELSE 0
            END << 38
          ) | (
            CASE
              WHEN (
                "t250"."followers_gained" IS NOT NULL
              )
              AND (
                "t250"."followers_start" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t250"."followers_gained__provenance", -1),
                    COALESCE("t250"."followers_start__provenance", -1)
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
                "t250"."followers_gained" IS NOT NULL
              )
              AND (
                "t250"."followers_expected_gain" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t250"."followers_gained__provenance", -1),
                    COALESCE("t250"."followers_expected_gain__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 42
          ) | (
            CASE
              WHEN "t250"."brand_followers_gained" IS NOT NULL
              THEN COALESCE("t250"."brand_followers_gained__provenance", 0)
              ELSE 0
            END << 44
          ) | (
            CASE
              WHEN (
                "t250"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t250"."brand_followers_start" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t250"."brand_followers_gained__provenance", -1),
                    COALESCE("t250"."brand_followers_start__provenance", -1)
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
                "t250"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t250"."brand_followers_expected_gain" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t250"."brand_followers_gained__provenance", -1),
                    COALESCE("t250"."brand_followers_expected_gain__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 48
          ) | (
            CASE
              WHEN "t250"."emv" IS NOT NULL
              THEN COALESCE("t250"."emv__provenance", 0)
              ELSE 0
            END << 50
          ) | (
            CASE
              WHEN "t250"."emv_authentic" IS NOT NULL
              THEN COALESCE("t250"."emv_authentic__provenance", 0)
              ELSE 0
            END << 52
          ) | (
            CASE
              WHEN (
                "t250"."impressions_with_estimates" IS NOT NULL
              )
              AND (
                "t250"."paid_impressions" IS NOT NULL
              )
              THEN COALESCE("t250"."impressions_with_estimates__provenance", 0)
              ELSE 0
            END << 54
          ) | (
            CASE
              WHEN (
                "t250"."clicks" IS NOT NULL
              ) AND (
                "t250"."paid_clicks" IS NOT NULL
              )
              THEN COALESCE("t250"."clicks__provenance", 0)
              ELSE 0
            END << 56
          ) | (
            CASE
              WHEN (
                "t250"."views" IS NOT NULL
              ) AND (
                "t250"."paid_views" IS NOT NULL
              )
              THEN COALESCE("t250"."views__provenance", 0)
              ELSE 0
            END << 58
          )
        ) AS "ranks__0"
      FROM "kpi_facts" AS "t250"
      GROUP BY
        1,
        2
    ) AS "t255"
  ) AS "t259"
  LEFT OUTER JOIN (
    SELECT
      "t254"."influencer_id",
      "t254"."platform",
      "t254"."er_reach_account_mean",
      "t254"."er_reach_account_median",
      "t254"."er_followers_account_mean",
      "t254"."er_followers_account_median",
      "t254"."er_impressions_account_mean",
      "t254"."er_impressions_account_median",
      "t254"."er_views_account_mean",
      "t254"."er_views_account_median",
      CASE
        WHEN (
          (
            "t254"."ranks__0" >> 0
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t254"."ranks__0" >> 0
        ) & 3
      END AS "er_reach_account_mean__provenance",
      CASE
        WHEN (
          (
            "t254"."ranks__0" >> 2
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t254"."ranks__0" >> 2
        ) & 3
      END AS "er_reach_account_median__provenance",
      CASE
        WHEN (
          (
            "t254"."ranks__0" >> 4
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t254"."ranks__0" >> 4
        ) & 3
      END AS "er_followers_account_mean__provenance",
      CASE
        WHEN (
          (
            "t254"."ranks__0" >> 6
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t254"."ranks__0" >> 6
        ) & 3
      END AS "er_followers_account_median__provenance",
      CASE
        WHEN (
          (
            "t254"."ranks__0" >> 8
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t254"."ranks__0" >> 8
        ) & 3
      END AS "er_impressions_account_mean__provenance",
      CASE
        WHEN (
          (
            "t254"."ranks__0" >> 10
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t254"."ranks__0" >> 10
        ) & 3
      END AS "er_impressions_account_median__provenance",
      CASE
        WHEN (
          (
            "t254"."ranks__0" >> 12
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t254"."ranks__0" >> 12
        ) & 3
      END AS "er_views_account_mean__provenance",
      CASE
        WHEN (
          (
            "t254"."ranks__0" >> 14
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t254"."ranks__0" >> 14
        ) & 3
      END AS "er_views_account_median__provenance"
    FROM (
      SELECT
        "t253"."influencer_id",
        "t253"."platform",
        AVG("t253"."er_reach_account_mean") AS "er_reach_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t253"."er_reach_account_median") AS "er_reach_account_median",
        AVG("t253"."er_followers_account_mean") AS "er_followers_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t253"."er_followers_account_median") AS "er_followers_account_median",
        AVG("t253"."er_impressions_account_mean") AS "er_impressions_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t253"."er_impressions_account_median") AS "er_impressions_account_median",
        AVG("t253"."er_views_account_mean") AS "er_views_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t253"."er_views_account_median") AS "er_views_account_median",
        BIT_OR(
          (
            CASE
              WHEN "t253"."er_reach_account_mean" IS NOT NULL
              THEN COALESCE("t253"."engagements__per__reach__r", 0)
              ELSE 0
            END << 0
          ) | (
            CASE
              WHEN "t253"."er_reach_account_median" IS NOT NULL
              THEN COALESCE("t253"."engagements__per__reach__r", 0)
              ELSE 0
            END << 2
          ) | (
            CASE
              WHEN "t253"."er_followers_account_mean" IS NOT NULL
              THEN COALESCE("t253"."engagements__per__followers__r", 0)
              ELSE 0
            END << 4
          ) | (
            CASE
              WHEN "t253"."er_followers_account_median" IS NOT NULL
              THEN COALESCE("t253"."engagements__per__followers__r", 0)
              ELSE 0
            END << 6
          ) | (
            CASE
              WHEN "t253"."er_impressions_account_mean" IS NOT NULL
              THEN COALESCE("t253"."engagements__per__impressions__r", 0)
              ELSE 0
            END << 8
          ) | (
            CASE
              WHEN "t253"."er_impressions_account_median" IS NOT NULL
              THEN COALESCE("t253"."engagements__per__impressions__r", 0)
              ELSE 0
            END << 10
          ) | (
            CASE
              WHEN "t253"."er_views_account_mean" IS NOT NULL
              THEN COALESCE("t253"."engagements__per__views__r", 0)
              ELSE 0
            END << 12
          ) | (
            CASE
              WHEN "t253"."er_views_account_median" IS NOT NULL
              THEN COALESCE("t253"."engagements__per__views__r", 0)
              ELSE 0
            END << 14
          )
        ) AS "ranks__0"
      FROM (
        SELECT
          "t252"."influencer_id",
          "t252"."platform",
          "t252"."account_id",
          "t252"."engagements__per__reach__n",
          "t252"."engagements__per__reach__d",
          "t252"."engagements__per__followers__n",
          "t252"."engagements__per__followers__d",
          "t252"."engagements__per__impressions__n",
          "t252"."engagements__per__impressions__d",
          "t252"."engagements__per__views__n",
          "t252"."engagements__per__views__d",
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
          END AS "engagements__per__reach__r",
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
          END AS "engagements__per__followers__r",
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
          END AS "engagements__per__impressions__r",
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
          END AS "engagements__per__views__r",
          (
            CAST("t252"."engagements__per__reach__n" AS DOUBLE PRECISION) / NULLIF("t252"."engagements__per__reach__d", 0)
          ) * 100 AS "er_reach_account_mean",
          (
            CAST("t252"."engagements__per__reach__n" AS DOUBLE PRECISION) / NULLIF("t252"."engagements__per__reach__d", 0)
          ) * 100 AS "er_reach_account_median",
          (
            CAST("t252"."engagements__per__followers__n" AS DOUBLE PRECISION) / NULLIF("t252"."engagements__per__followers__d", 0)
          ) * 100 AS "er_followers_account_mean",
          (
            CAST("t252"."engagements__per__followers__n" AS DOUBLE PRECISION) / NULLIF("t252"."engagements__per__followers__d", 0)
          ) * 100 AS "er_followers_account_median",
          (
            CAST("t252"."engagements__per__impressions__n" AS DOUBLE PRECISION) / NULLIF("t252"."engagements__per__impressions__d", 0)
          ) * 100 AS "er_impressions_account_mean",
          (
            CAST("t252"."engagements__per__impressions__n" AS DOUBLE PRECISION) / NULLIF("t252"."engagements__per__impressions__d", 0)
          ) * 100 AS "er_impressions_account_median",
          (
            CAST("t252"."engagements__per__views__n" AS DOUBLE PRECISION) / NULLIF("t252"."engagements__per__views__d", 0)
          ) * 100 AS "er_views_account_mean",
          (
            CAST("t252"."engagements__per__views__n" AS DOUBLE PRECISION) / NULLIF("t252"."engagements__per__views__d", 0)
          ) * 100 AS "er_views_account_median"
        FROM (
          SELECT
            "t251"."influencer_id",
            "t251"."platform",
            "t251"."account_id",
            SUM("t251"."engagements") FILTER(WHERE
              (
                "t251"."engagements" IS NOT NULL
              ) AND (
                "t251"."reach" IS NOT NULL
              )) AS "engagements__per__reach__n",
            SUM("t251"."reach") FILTER(WHERE
              (
                "t251"."engagements" IS NOT NULL
              ) AND (
                "t251"."reach" IS NOT NULL
              )) AS "engagements__per__reach__d",
            SUM("t251"."engagements") FILTER(WHERE
              (
                "t251"."engagements" IS NOT NULL
              ) AND (
                "t251"."followers" IS NOT NULL
              )) AS "engagements__per__followers__n",
            SUM("t251"."followers") FILTER(WHERE
              (
                "t251"."engagements" IS NOT NULL
              ) AND (
                "t251"."followers" IS NOT NULL
              )) AS "engagements__per__followers__d",
            SUM("t251"."engagements") FILTER(WHERE
              (
                "t251"."engagements" IS NOT NULL
              ) AND (
                "t251"."impressions" IS NOT NULL
              )) AS "engagements__per__impressions__n",
            SUM("t251"."impressions") FILTER(WHERE
              (
                "t251"."engagements" IS NOT NULL
              ) AND (
                "t251"."impressions" IS NOT NULL
              )) AS "engagements__per__impressions__d",
            SUM("t251"."engagements") FILTER(WHERE
              (
                "t251"."engagements" IS NOT NULL
              ) AND (
                "t251"."views" IS NOT NULL
              )) AS "engagements__per__views__n",
            SUM("t251"."views") FILTER(WHERE
              (
                "t251"."engagements" IS NOT NULL
              ) AND (
                "t251"."views" IS NOT NULL
              )) AS "engagements__per__views__d",
            BIT_OR(
              (
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
                END << 0
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
                END << 2
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
                END << 4
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
                END << 6
              )
            ) AS "ranks__0"
          FROM (
            SELECT
              *
            FROM "kpi_facts" AS "t250"
            WHERE
              "t250"."account_id" IS NOT NULL
          ) AS "t251"
          GROUP BY
            1,
            2,
            3
        ) AS "t252"
      ) AS "t253"
      GROUP BY
        1,
        2
    ) AS "t254"
  ) AS "t257"
    ON "t259"."influencer_id" IS NOT DISTINCT FROM "t257"."influencer_id"
    AND "t259"."platform" IS NOT DISTINCT FROM "t257"."platform"
  LEFT OUTER JOIN (
    SELECT
      CAST("t0"."id" AS BIGINT) AS "influencer_id",
      CAST("t0"."name" AS VARCHAR) AS "influencer"
    FROM "influencer" AS "t0"
  ) AS "t42"
    ON "t259"."influencer_id" = "t42"."influencer_id"
) AS "t260"
ORDER BY
  "t260"."influencer_id" ASC,
  "t260"."influencer" ASC,
  "t260"."platform" ASC
