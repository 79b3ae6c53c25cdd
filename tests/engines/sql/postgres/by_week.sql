WITH "t26" AS (
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
      "t2"."base",
      "t2"."quote",
      "t2"."valid_on",
      CAST("t2"."rate" AS DOUBLE PRECISION) AS "rate"
    FROM "exchange_rate" AS "t2"
  ) AS "t28"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      "t2"."quote" AS "base",
      "t2"."base" AS "quote",
      "t2"."valid_on",
      CAST(1 AS DOUBLE PRECISION) / NULLIF(CAST("t2"."rate" AS DOUBLE PRECISION), 0) AS "rate"
    FROM "exchange_rate" AS "t2"
  ) AS "t63"
), "t83" AS (
  SELECT
    CAST("t57"."id" AS BIGINT) AS "key",
    CAST("t57"."currency" AS VARCHAR) AS "base",
    CAST("t15"."currency" AS VARCHAR) AS "quote",
    EXTRACT('epoch' FROM CAST("t57"."incurred_on" AS TIMESTAMPTZ)) AS "on",
    CAST("t57"."campaign_id" AS BIGINT) AS "campaign_id",
    CAST("t15"."name" AS VARCHAR) AS "campaign",
    CAST("t57"."influencer_id" AS BIGINT) AS "influencer_id",
    CAST("t57"."amount" AS DOUBLE PRECISION) AS "amount",
    "t57"."incurred_on"
  FROM (
    SELECT
      *
    FROM "cost" AS "t12"
    WHERE
      "t12"."campaign_id" IN (1)
  ) AS "t57"
  INNER JOIN "campaign" AS "t15"
    ON "t57"."campaign_id" = "t15"."id"
), "campaign_posts_in" AS (
  SELECT
    CAST("t53"."campaign_id" AS BIGINT) AS "campaign_id",
    CAST("t16"."name" AS VARCHAR) AS "campaign",
    CAST("t49"."id" AS BIGINT) AS "influencer_id",
    CAST("t49"."name" AS VARCHAR) AS "influencer",
    CAST("t21"."id" AS BIGINT) AS "account_id",
    CAST("t21"."platform" AS VARCHAR) AS "platform",
    CAST("t53"."format" AS VARCHAR) AS "format",
    CAST("t53"."id" AS BIGINT) AS "post_id",
    "t53"."published_on" AS "day",
    "t49"."country",
    CAST("t53"."caption" AS VARCHAR) AS "caption",
    "t53"."sponsored"
  FROM (
    SELECT
      *
    FROM "post" AS "t10"
    WHERE
      "t10"."campaign_id" IS NOT NULL AND "t10"."campaign_id" IN (1)
  ) AS "t53"
  INNER JOIN "account" AS "t21"
    ON "t53"."account_id" = "t21"."id"
  INNER JOIN (
    SELECT
      *
    FROM "influencer" AS "t5"
    WHERE
      NOT (
        "t5"."is_brand"
      )
  ) AS "t49"
    ON "t21"."influencer_id" = "t49"."id"
  INNER JOIN "campaign" AS "t16"
    ON "t53"."campaign_id" = "t16"."id"
), "t128" AS (
  SELECT
    CAST("t103"."post_id" AS BIGINT) AS "post_id",
    (
      ARRAY_AGG(
        "t103"."value" ORDER BY (
          CAST(EXTRACT(epoch FROM CAST("t103"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
        ) + (
          15 - CASE "t103"."provenance"
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
            CAST(EXTRACT(epoch FROM CAST("t103"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
          ) + (
            15 - CASE "t103"."provenance"
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
        AND "t103"."metric" = 'reach')
    )[1] AS "reach",
    (
      ARRAY_AGG(
        "t103"."value" ORDER BY (
          CAST(EXTRACT(epoch FROM CAST("t103"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
        ) + (
          15 - CASE "t103"."provenance"
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
            CAST(EXTRACT(epoch FROM CAST("t103"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
          ) + (
            15 - CASE "t103"."provenance"
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
        AND "t103"."metric" = 'impressions')
    )[1] AS "impressions",
    (
      ARRAY_AGG(
        "t103"."value" ORDER BY (
          CAST(EXTRACT(epoch FROM CAST("t103"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
        ) + (
          15 - CASE "t103"."provenance"
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
            CAST(EXTRACT(epoch FROM CAST("t103"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
          ) + (
            15 - CASE "t103"."provenance"
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
        AND "t103"."metric" = 'views')
    )[1] AS "views",
    (
      ARRAY_AGG(
        "t103"."value" ORDER BY (
          CAST(EXTRACT(epoch FROM CAST("t103"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
        ) + (
          15 - CASE "t103"."provenance"
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
            CAST(EXTRACT(epoch FROM CAST("t103"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
          ) + (
            15 - CASE "t103"."provenance"
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
        AND "t103"."metric" = 'likes')
    )[1] AS "likes",
    (
      ARRAY_AGG(
        "t103"."value" ORDER BY (
          CAST(EXTRACT(epoch FROM CAST("t103"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
        ) + (
          15 - CASE "t103"."provenance"
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
            CAST(EXTRACT(epoch FROM CAST("t103"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
          ) + (
            15 - CASE "t103"."provenance"
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
        AND "t103"."metric" = 'comments')
    )[1] AS "comments",
    (
      ARRAY_AGG(
        "t103"."value" ORDER BY (
          CAST(EXTRACT(epoch FROM CAST("t103"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
        ) + (
          15 - CASE "t103"."provenance"
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
            CAST(EXTRACT(epoch FROM CAST("t103"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
          ) + (
            15 - CASE "t103"."provenance"
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
        AND "t103"."metric" = 'shares')
    )[1] AS "shares",
    (
      ARRAY_AGG(
        "t103"."value" ORDER BY (
          CAST(EXTRACT(epoch FROM CAST("t103"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
        ) + (
          15 - CASE "t103"."provenance"
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
            CAST(EXTRACT(epoch FROM CAST("t103"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
          ) + (
            15 - CASE "t103"."provenance"
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
        AND "t103"."metric" = 'saves')
    )[1] AS "saves",
    (
      ARRAY_AGG(
        "t103"."value" ORDER BY (
          CAST(EXTRACT(epoch FROM CAST("t103"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
        ) + (
          15 - CASE "t103"."provenance"
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
            CAST(EXTRACT(epoch FROM CAST("t103"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
          ) + (
            15 - CASE "t103"."provenance"
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
        AND "t103"."metric" = 'clicks')
    )[1] AS "clicks",
    BIT_OR(
      1 << CASE "t103"."provenance"
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
        "t55"."in_scope"
      FROM "metric_snapshot" AS "t23"
      INNER JOIN (
        SELECT
          "t10"."id" AS "in_scope"
        FROM "post" AS "t10"
        WHERE
          "t10"."campaign_id" IS NOT NULL AND "t10"."campaign_id" IN (1)
      ) AS "t55"
        ON "t23"."post_id" = "t55"."in_scope"
    ) AS "t81"
    WHERE
      "t81"."captured_at" <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
  ) AS "t103"
  GROUP BY
    1
), "t167" AS (
  SELECT
    *
  FROM (
    SELECT
      "t149"."campaign_id",
      "t149"."campaign",
      "t149"."influencer_id",
      "t149"."influencer",
      "t149"."account_id",
      "t149"."platform",
      "t149"."is_brand",
      "t149"."day",
      "t149"."start_at",
      "t149"."end_at",
      "t65"."followers",
      "t65"."at",
      "t65"."rank"
    FROM (
      SELECT
        "t127"."campaign_id",
        CAST("t15"."name" AS VARCHAR) AS "campaign",
        CAST("t18"."id" AS BIGINT) AS "influencer_id",
        CAST("t18"."name" AS VARCHAR) AS "influencer",
        "t127"."account_id",
        CAST("t22"."platform" AS VARCHAR) AS "platform",
        "t127"."is_brand",
        "t15"."end_date" AS "day",
        EXTRACT('epoch' FROM CAST("t15"."start_date" AS TIMESTAMPTZ)) AS "start_at",
        EXTRACT('epoch' FROM CAST("t15"."end_date" AS TIMESTAMPTZ)) + 86400 AS "end_at"
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
        ) AS "t115"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            CAST("t60"."id" AS BIGINT) AS "campaign_id",
            CAST("t22"."id" AS BIGINT) AS "account_id",
            TRUE AS "is_brand"
          FROM "t26" AS "t60"
          INNER JOIN (
            SELECT
              *
            FROM "influencer" AS "t5"
            WHERE
              "t5"."is_brand"
          ) AS "t32"
            ON "t32"."workspace_id" = "t60"."workspace_id"
          INNER JOIN "account" AS "t22"
            ON "t22"."influencer_id" = "t32"."id"
        ) AS "t85"
      ) AS "t127"
      INNER JOIN "campaign" AS "t15"
        ON "t127"."campaign_id" = "t15"."id"
      INNER JOIN "account" AS "t22"
        ON "t127"."account_id" = "t22"."id"
      INNER JOIN "influencer" AS "t18"
        ON "t22"."influencer_id" = "t18"."id"
    ) AS "t149"
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
    ) AS "t65"
      ON "t149"."account_id" = "t65"."account_id"
  ) AS "t166"
  WHERE
    "t166"."at" <= "t166"."end_at"
), "post_rows" AS (
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
    COALESCE(
      COALESCE("t201"."impressions", "t201"."views"),
      "t201"."reach" * COALESCE(
        CAST(SUM("t201"."impressions") FILTER(WHERE
          (
            "t201"."impressions" IS NOT NULL
          ) AND (
            "t201"."reach" IS NOT NULL
          )) OVER (
          PARTITION BY "t201"."campaign_id", "t201"."platform"
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) AS DOUBLE PRECISION) / NULLIF(
          SUM("t201"."reach") FILTER(WHERE
            (
              "t201"."impressions" IS NOT NULL
            ) AND (
              "t201"."reach" IS NOT NULL
            )) OVER (
            PARTITION BY "t201"."campaign_id", "t201"."platform"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ),
          0
        ),
        CAST(1 AS DOUBLE PRECISION)
      )
    ) AS "impressions_with_estimates",
    CASE
      WHEN COALESCE(
        COALESCE("t201"."impressions", "t201"."views"),
        "t201"."reach" * COALESCE(
          CAST(SUM("t201"."impressions") FILTER(WHERE
            (
              "t201"."impressions" IS NOT NULL
            ) AND (
              "t201"."reach" IS NOT NULL
            )) OVER (
            PARTITION BY "t201"."campaign_id", "t201"."platform"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ) AS DOUBLE PRECISION) / NULLIF(
            SUM("t201"."reach") FILTER(WHERE
              (
                "t201"."impressions" IS NOT NULL
              ) AND (
                "t201"."reach" IS NOT NULL
              )) OVER (
              PARTITION BY "t201"."campaign_id", "t201"."platform"
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ),
            0
          ),
          CAST(1 AS DOUBLE PRECISION)
        )
      ) IS NOT NULL
      THEN CASE
        WHEN "t201"."impressions" IS NOT NULL
        THEN "t201"."impressions__provenance"
        ELSE 2
      END
      ELSE CAST(NULL AS BIGINT)
    END AS "impressions_with_estimates__provenance",
    (
      CAST("t201"."engagements" AS DOUBLE PRECISION) / NULLIF("t201"."reach", 0)
    ) * 100 AS "er_reach_post",
    (
      CAST("t201"."engagements" AS DOUBLE PRECISION) / NULLIF("t201"."followers", 0)
    ) * 100 AS "er_followers_post",
    (
      CAST("t201"."engagements" AS DOUBLE PRECISION) / NULLIF("t201"."impressions", 0)
    ) * 100 AS "er_impressions_post",
    (
      CAST("t201"."engagements" AS DOUBLE PRECISION) / NULLIF("t201"."views", 0)
    ) * 100 AS "er_views_post",
    NULLIF(
      GREATEST(
        COALESCE("t201"."engagements__provenance", -1),
        COALESCE("t201"."reach__provenance", -1)
      ),
      -1
    ) AS "er_reach_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t201"."engagements__provenance", -1),
        COALESCE("t201"."followers__provenance", -1)
      ),
      -1
    ) AS "er_followers_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t201"."engagements__provenance", -1),
        COALESCE("t201"."impressions__provenance", -1)
      ),
      -1
    ) AS "er_impressions_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t201"."engagements__provenance", -1),
        COALESCE("t201"."views__provenance", -1)
      ),
      -1
    ) AS "er_views_post__provenance",
    "t201"."platform" AS "post_platform",
    "t201"."influencer_id" AS "publishing_influencer",
    CAST(CASE WHEN "t201"."sponsored" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "sponsored_posts",
    CAST(CASE
      WHEN "t201"."sponsored"
      AND CASE
        WHEN UPPER("t201"."country") = 'FR'
        THEN (
          POSITION('publicité' IN LOWER("t201"."caption")) > 0
        )
        OR (
          POSITION('publicite' IN LOWER("t201"."caption")) > 0
        )
        OR (
          POSITION('collaboration commerciale' IN LOWER("t201"."caption")) > 0
        )
        WHEN UPPER("t201"."country") = 'BE'
        THEN (
          POSITION('publicité' IN LOWER("t201"."caption")) > 0
        )
        OR (
          POSITION('publicite' IN LOWER("t201"."caption")) > 0
        )
        OR (
          POSITION('collaboration commerciale' IN LOWER("t201"."caption")) > 0
        )
        OR (
          POSITION('#pub' IN LOWER("t201"."caption")) > 0
        )
        OR (
          POSITION('reclame' IN LOWER("t201"."caption")) > 0
        )
        OR (
          POSITION('#ad' IN LOWER("t201"."caption")) > 0
        )
        OR (
          POSITION('samenwerking' IN LOWER("t201"."caption")) > 0
        )
        WHEN UPPER("t201"."country") = 'DE'
        THEN (
          POSITION('werbung' IN LOWER("t201"."caption")) > 0
        )
        OR (
          POSITION('anzeige' IN LOWER("t201"."caption")) > 0
        )
        WHEN UPPER("t201"."country") = 'ES'
        THEN (
          POSITION('publicidad' IN LOWER("t201"."caption")) > 0
        )
        OR (
          POSITION('#publi' IN LOWER("t201"."caption")) > 0
        )
        OR (
          POSITION('patrocinado' IN LOWER("t201"."caption")) > 0
        )
        OR (
          POSITION('colaboración pagada' IN LOWER("t201"."caption")) > 0
        )
        WHEN UPPER("t201"."country") = 'IT'
        THEN (
          POSITION('pubblicità' IN LOWER("t201"."caption")) > 0
        )
        OR (
          POSITION('#adv' IN LOWER("t201"."caption")) > 0
        )
        OR (
          POSITION('sponsorizzato' IN LOWER("t201"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t201"."caption")) > 0
        )
        WHEN UPPER("t201"."country") = 'GB'
        THEN (
          POSITION('#ad' IN LOWER("t201"."caption")) > 0
        )
        OR (
          POSITION('advert' IN LOWER("t201"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t201"."caption")) > 0
        )
        WHEN UPPER("t201"."country") = 'US'
        THEN (
          POSITION('#ad' IN LOWER("t201"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t201"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t201"."caption")) > 0
        )
        OR (
          POSITION('paid partnership' IN LOWER("t201"."caption")) > 0
        )
        ELSE (
          POSITION('#ad' IN LOWER("t201"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t201"."caption")) > 0
        )
        OR (
          POSITION('paid partnership' IN LOWER("t201"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t201"."caption")) > 0
        )
      END
      THEN 1
      ELSE 0
    END AS DOUBLE PRECISION) AS "disclosed_sponsored_posts"
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
      CASE
        WHEN (
          "t194"."likes" IS NOT NULL
        )
        OR (
          "t194"."comments" IS NOT NULL
        )
        OR (
          "t194"."shares" IS NOT NULL
        )
        OR (
          "t194"."saves" IS NOT NULL
        )
        THEN CAST(0 AS DOUBLE PRECISION) + COALESCE("t194"."likes", 0) + COALESCE("t194"."comments", 0) + COALESCE("t194"."shares", 0) + COALESCE("t194"."saves", 0)
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END AS "engagements",
      NULLIF(
        GREATEST(
          COALESCE("t194"."likes__provenance", -1),
          COALESCE("t194"."comments__provenance", -1),
          COALESCE("t194"."shares__provenance", -1),
          COALESCE("t194"."saves__provenance", -1)
        ),
        -1
      ) AS "engagements__provenance"
    FROM (
      SELECT
        "t102"."campaign_id",
        "t102"."campaign",
        "t102"."influencer_id",
        "t102"."influencer",
        "t102"."account_id",
        "t102"."platform",
        "t102"."format",
        "t102"."post_id",
        "t102"."day",
        "t102"."country",
        "t102"."caption",
        "t102"."sponsored",
        "t189"."reach",
        "t189"."impressions",
        "t189"."views",
        "t189"."likes",
        "t189"."comments",
        "t189"."shares",
        "t189"."saves",
        "t189"."clicks",
        "t189"."reach__provenance",
        "t189"."impressions__provenance",
        "t189"."views__provenance",
        "t189"."likes__provenance",
        "t189"."comments__provenance",
        "t189"."shares__provenance",
        "t189"."saves__provenance",
        "t189"."clicks__provenance",
        "t150"."followers",
        "t150"."followers__provenance"
      FROM "campaign_posts_in" AS "t102"
      LEFT OUTER JOIN (
        SELECT
          "t134"."post_id",
          "t134"."reach",
          "t134"."impressions",
          "t134"."views",
          "t134"."likes",
          "t134"."comments",
          "t134"."shares",
          "t134"."saves",
          "t134"."clicks",
          CASE
            WHEN "t134"."reach" IS NULL
            THEN CAST(NULL AS BIGINT)
            ELSE CASE
              WHEN "t177"."mixed_post" IS NULL
              THEN CASE "t134"."seen" WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END
              ELSE 15 - (
                "t177"."reach" % 16
              )
            END
          END AS "reach__provenance",
          CASE
            WHEN "t134"."impressions" IS NULL
            THEN CAST(NULL AS BIGINT)
            ELSE CASE
              WHEN "t177"."mixed_post" IS NULL
              THEN CASE "t134"."seen" WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END
              ELSE 15 - (
                "t177"."impressions" % 16
              )
            END
          END AS "impressions__provenance",
          CASE
            WHEN "t134"."views" IS NULL
            THEN CAST(NULL AS BIGINT)
            ELSE CASE
              WHEN "t177"."mixed_post" IS NULL
              THEN CASE "t134"."seen" WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END
              ELSE 15 - (
                "t177"."views" % 16
              )
            END
          END AS "views__provenance",
          CASE
            WHEN "t134"."likes" IS NULL
            THEN CAST(NULL AS BIGINT)
            ELSE CASE
              WHEN "t177"."mixed_post" IS NULL
              THEN CASE "t134"."seen" WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END
              ELSE 15 - (
                "t177"."likes" % 16
              )
            END
          END AS "likes__provenance",
          CASE
            WHEN "t134"."comments" IS NULL
            THEN CAST(NULL AS BIGINT)
            ELSE CASE
              WHEN "t177"."mixed_post" IS NULL
              THEN CASE "t134"."seen" WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END
              ELSE 15 - (
                "t177"."comments" % 16
              )
            END
          END AS "comments__provenance",
          CASE
            WHEN "t134"."shares" IS NULL
            THEN CAST(NULL AS BIGINT)
            ELSE CASE
              WHEN "t177"."mixed_post" IS NULL
              THEN CASE "t134"."seen" WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END
              ELSE 15 - (
                "t177"."shares" % 16
              )
            END
          END AS "shares__provenance",
          CASE
            WHEN "t134"."saves" IS NULL
            THEN CAST(NULL AS BIGINT)
            ELSE CASE
              WHEN "t177"."mixed_post" IS NULL
              THEN CASE "t134"."seen" WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END
              ELSE 15 - (
                "t177"."saves" % 16
              )
            END
          END AS "saves__provenance",
          CASE
            WHEN "t134"."clicks" IS NULL
            THEN CAST(NULL AS BIGINT)
            ELSE CASE
              WHEN "t177"."mixed_post" IS NULL
              THEN CASE "t134"."seen" WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END
              ELSE 15 - (
                "t177"."clicks" % 16
              )
            END
          END AS "clicks__provenance"
        FROM "t128" AS "t134"
        LEFT OUTER JOIN (
          SELECT
            CAST("t163"."post_id" AS BIGINT) AS "mixed_post",
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t163"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t163"."provenance"
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
              "t163"."metric" = 'reach') AS "reach",
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t163"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t163"."provenance"
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
              "t163"."metric" = 'impressions') AS "impressions",
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t163"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t163"."provenance"
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
              "t163"."metric" = 'views') AS "views",
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t163"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t163"."provenance"
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
              "t163"."metric" = 'likes') AS "likes",
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t163"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t163"."provenance"
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
              "t163"."metric" = 'comments') AS "comments",
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t163"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t163"."provenance"
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
              "t163"."metric" = 'shares') AS "shares",
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t163"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t163"."provenance"
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
              "t163"."metric" = 'saves') AS "saves",
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t163"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t163"."provenance"
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
              "t163"."metric" = 'clicks') AS "clicks"
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
                    "t129"."post_id"
                  FROM "t128" AS "t129"
                  WHERE
                    NOT (
                      "t129"."seen" IN (1, 2, 4)
                    )
                )
            ) AS "t151"
            WHERE
              "t151"."captured_at" <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
          ) AS "t163"
          GROUP BY
            1
        ) AS "t177"
          ON "t134"."post_id" = "t177"."mixed_post"
      ) AS "t189"
        ON "t102"."post_id" = "t189"."post_id"
      LEFT OUTER JOIN (
        SELECT
          CAST("t54"."post_id" AS BIGINT) AS "post_id",
          "t120"."followers",
          "t120"."rank" AS "followers__provenance"
        FROM (
          SELECT
            "t10"."id" AS "post_id",
            "t10"."account_id",
            "t10"."published_at"
          FROM "post" AS "t10"
          WHERE
            "t10"."campaign_id" IS NOT NULL AND "t10"."campaign_id" IN (1)
        ) AS "t54"
        INNER JOIN (
          SELECT
            "t80"."account_id",
            CAST("t80"."followers" AS DOUBLE PRECISION) AS "followers",
            CASE "t80"."provenance"
              WHEN 'measured'
              THEN 0
              WHEN 'self_reported'
              THEN 1
              WHEN 'estimated'
              THEN 2
              ELSE 2
            END AS "rank",
            "t80"."captured_at" AS "since",
            LEAD("t80"."captured_at") OVER (
              PARTITION BY "t80"."account_id"
              ORDER BY "t80"."captured_at" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) AS "until",
            (
              ROW_NUMBER() OVER (
                PARTITION BY "t80"."account_id"
                ORDER BY "t80"."captured_at" ASC
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
            ) AS "t64"
            WHERE
              "t64"."captured_at" <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
          ) AS "t80"
        ) AS "t120"
          ON "t54"."account_id" = "t120"."account_id"
          AND (
            (
              (
                "t120"."since" <= "t54"."published_at"
              )
              AND (
                (
                  "t120"."until" IS NULL
                ) OR (
                  "t54"."published_at" < "t120"."until"
                )
              )
            )
            OR (
              "t120"."first" AND (
                "t54"."published_at" < "t120"."since"
              )
            )
          )
      ) AS "t150"
        ON "t102"."post_id" = "t150"."post_id"
    ) AS "t194"
  ) AS "t201"
), "kpi_facts" AS (
  SELECT
    "t246"."campaign_id",
    "t246"."account_id",
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
    "t246"."bounced_sessions",
    "t246"."session_seconds",
    "t246"."page_views",
    "t246"."key_events",
    "t246"."orders",
    "t246"."revenue",
    "t246"."new_customers",
    "t246"."key_messages",
    "t246"."emv",
    "t246"."emv__provenance",
    "t246"."emv_authentic",
    "t246"."emv_authentic__provenance",
    (
      CAST("t246"."cost" AS DOUBLE PRECISION) / (
        CASE
          WHEN "t246"."platform" = 'tiktok'
          THEN 7.5
          WHEN "t246"."platform" = 'youtube'
          THEN 3.53
          ELSE 19.8
        END * "t246"."paid_rate"
      )
    ) * 1000 AS "paid_impressions",
    CAST("t246"."cost" AS DOUBLE PRECISION) / (
      CASE
        WHEN "t246"."platform" = 'tiktok'
        THEN CAST(NULL AS DOUBLE PRECISION)
        WHEN "t246"."platform" = 'youtube'
        THEN CAST(NULL AS DOUBLE PRECISION)
        ELSE 1.88
      END * "t246"."paid_rate"
    ) AS "paid_clicks",
    CAST("t246"."cost" AS DOUBLE PRECISION) / (
      CASE
        WHEN "t246"."platform" = 'youtube'
        THEN 0.026
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END * "t246"."paid_rate"
    ) AS "paid_views",
    DATE_TRUNC('WEEK', "t246"."day") AS "week"
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
      "t244"."link_clicks",
      "t244"."unique_link_clicks",
      "t244"."bot_link_clicks",
      "t244"."sessions",
      "t244"."new_users",
      "t244"."engaged_sessions",
      "t244"."bounced_sessions",
      "t244"."session_seconds",
      "t244"."page_views",
      "t244"."key_events",
      "t244"."orders",
      "t244"."revenue",
      "t244"."new_customers",
      "t244"."key_messages",
      "t244"."emv_rate",
      "t244"."inauthentic_share",
      "t244"."emv",
      "t244"."emv__provenance",
      "t244"."emv_authentic",
      "t244"."emv_authentic__provenance",
      "t157"."paid_rate"
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
        "t241"."inauthentic_share",
        CASE
          WHEN (
            "t241"."post_id" IS NOT NULL
          )
          AND (
            (
              (
                CAST((
                  COALESCE("t241"."impressions", "t241"."views") * CASE
                    WHEN "t241"."platform" = 'tiktok'
                    THEN 6.89
                    ELSE CAST(NULL AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t241"."platform" = 'instagram'
                  THEN 0.07
                  WHEN "t241"."platform" = 'tiktok'
                  THEN 0.09
                  WHEN "t241"."platform" = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t241"."likes"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t241"."platform" = 'instagram'
                  THEN 3.46
                  WHEN "t241"."platform" = 'tiktok'
                  THEN 3.52
                  WHEN "t241"."platform" = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t241"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t241"."platform" = 'tiktok'
                  THEN 1.72
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t241"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              CAST((
                COALESCE("t241"."impressions", "t241"."views") * CASE
                  WHEN "t241"."platform" = 'tiktok'
                  THEN 6.89
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END
              ) AS DOUBLE PRECISION) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t241"."platform" = 'instagram'
                THEN 0.07
                WHEN "t241"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t241"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t241"."likes",
              0
            ) + COALESCE(
              CASE
                WHEN "t241"."platform" = 'instagram'
                THEN 3.46
                WHEN "t241"."platform" = 'tiktok'
                THEN 3.52
                WHEN "t241"."platform" = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t241"."comments",
              0
            ) + COALESCE(
              CASE
                WHEN "t241"."platform" = 'tiktok'
                THEN 1.72
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t241"."shares",
              0
            )
          ) * "t241"."emv_rate"
          ELSE CAST(NULL AS DOUBLE PRECISION)
        END AS "emv",
        NULLIF(
          GREATEST(
            COALESCE("t241"."impressions__provenance", -1),
            COALESCE("t241"."views__provenance", -1),
            COALESCE("t241"."engagements__provenance", -1)
          ),
          -1
        ) AS "emv__provenance",
        CASE
          WHEN (
            "t241"."post_id" IS NOT NULL
          )
          AND (
            (
              (
                CAST((
                  COALESCE("t241"."impressions", "t241"."views") * CASE
                    WHEN "t241"."platform" = 'tiktok'
                    THEN 6.89
                    ELSE CAST(NULL AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t241"."platform" = 'instagram'
                  THEN 0.07
                  WHEN "t241"."platform" = 'tiktok'
                  THEN 0.09
                  WHEN "t241"."platform" = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t241"."likes"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t241"."platform" = 'instagram'
                  THEN 3.46
                  WHEN "t241"."platform" = 'tiktok'
                  THEN 3.52
                  WHEN "t241"."platform" = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t241"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t241"."platform" = 'tiktok'
                  THEN 1.72
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t241"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              CAST((
                COALESCE("t241"."impressions", "t241"."views") * CASE
                  WHEN "t241"."platform" = 'tiktok'
                  THEN 6.89
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END
              ) AS DOUBLE PRECISION) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t241"."platform" = 'instagram'
                THEN 0.07
                WHEN "t241"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t241"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t241"."likes",
              0
            ) + COALESCE(
              CASE
                WHEN "t241"."platform" = 'instagram'
                THEN 3.46
                WHEN "t241"."platform" = 'tiktok'
                THEN 3.52
                WHEN "t241"."platform" = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t241"."comments",
              0
            ) + COALESCE(
              CASE
                WHEN "t241"."platform" = 'tiktok'
                THEN 1.72
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t241"."shares",
              0
            )
          ) * "t241"."emv_rate" * (
            1 - COALESCE("t241"."inauthentic_share", 0)
          )
          ELSE CAST(NULL AS DOUBLE PRECISION)
        END AS "emv_authentic",
        NULLIF(
          GREATEST(
            COALESCE(
              NULLIF(
                GREATEST(
                  COALESCE("t241"."impressions__provenance", -1),
                  COALESCE("t241"."views__provenance", -1),
                  COALESCE("t241"."engagements__provenance", -1)
                ),
                -1
              ),
              -1
            ),
            COALESCE(CASE WHEN "t241"."inauthentic_share" > 0 THEN 2 ELSE CAST(NULL AS BIGINT) END, -1)
          ),
          -1
        ) AS "emv_authentic__provenance"
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
          "t239"."revenue",
          "t239"."new_customers",
          "t239"."key_messages",
          "t239"."emv_rate",
          "t27"."inauthentic_share"
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
            "t236"."revenue",
            "t236"."new_customers",
            "t236"."key_messages",
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
                                CAST("t224"."publishing_influencer" AS DOUBLE PRECISION) AS "publishing_influencer",
                                "t224"."sponsored_posts",
                                "t224"."disclosed_sponsored_posts",
                                "t224"."cost",
                                "t224"."key_message_posts",
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
                                  "t218"."campaign_id",
                                  "t218"."campaign",
                                  "t218"."influencer_id",
                                  "t218"."influencer",
                                  "t218"."account_id",
                                  "t218"."platform",
                                  "t218"."format",
                                  "t218"."post_id",
                                  "t218"."day",
                                  "t218"."country",
                                  "t218"."caption",
                                  "t218"."sponsored",
                                  "t218"."reach",
                                  "t218"."impressions",
                                  "t218"."views",
                                  "t218"."likes",
                                  "t218"."comments",
                                  "t218"."shares",
                                  "t218"."saves",
                                  "t218"."clicks",
                                  "t218"."reach__provenance",
                                  "t218"."impressions__provenance",
                                  "t218"."views__provenance",
                                  "t218"."likes__provenance",
                                  "t218"."comments__provenance",
                                  "t218"."shares__provenance",
                                  "t218"."saves__provenance",
                                  "t218"."clicks__provenance",
                                  "t218"."followers",
                                  "t218"."followers__provenance",
                                  "t218"."engagements",
                                  "t218"."engagements__provenance",
                                  "t218"."impressions_with_estimates",
                                  "t218"."impressions_with_estimates__provenance",
                                  "t218"."er_reach_post",
                                  "t218"."er_followers_post",
                                  "t218"."er_impressions_post",
                                  "t218"."er_views_post",
                                  "t218"."er_reach_post__provenance",
                                  "t218"."er_followers_post__provenance",
                                  "t218"."er_impressions_post__provenance",
                                  "t218"."er_views_post__provenance",
                                  "t218"."post_platform",
                                  "t218"."publishing_influencer",
                                  "t218"."sponsored_posts",
                                  "t218"."disclosed_sponsored_posts",
                                  "t218"."cost",
                                  "t223"."key_message_posts"
                                FROM (
                                  SELECT
                                    "t208"."campaign_id",
                                    "t208"."campaign",
                                    "t208"."influencer_id",
                                    "t208"."influencer",
                                    "t208"."account_id",
                                    "t208"."platform",
                                    "t208"."format",
                                    "t208"."post_id",
                                    "t208"."day",
                                    "t208"."country",
                                    "t208"."caption",
                                    "t208"."sponsored",
                                    "t208"."reach",
                                    "t208"."impressions",
                                    "t208"."views",
                                    "t208"."likes",
                                    "t208"."comments",
                                    "t208"."shares",
                                    "t208"."saves",
                                    "t208"."clicks",
                                    "t208"."reach__provenance",
                                    "t208"."impressions__provenance",
                                    "t208"."views__provenance",
                                    "t208"."likes__provenance",
                                    "t208"."comments__provenance",
                                    "t208"."shares__provenance",
                                    "t208"."saves__provenance",
                                    "t208"."clicks__provenance",
                                    "t208"."followers",
                                    "t208"."followers__provenance",
                                    "t208"."engagements",
                                    "t208"."engagements__provenance",
                                    "t208"."impressions_with_estimates",
                                    "t208"."impressions_with_estimates__provenance",
                                    "t208"."er_reach_post",
                                    "t208"."er_followers_post",
                                    "t208"."er_impressions_post",
                                    "t208"."er_views_post",
                                    "t208"."er_reach_post__provenance",
                                    "t208"."er_followers_post__provenance",
                                    "t208"."er_impressions_post__provenance",
                                    "t208"."er_views_post__provenance",
                                    "t208"."post_platform",
                                    "t208"."publishing_influencer",
                                    "t208"."sponsored_posts",
                                    "t208"."disclosed_sponsored_posts",
                                    "t196"."cost"
                                  FROM "post_rows" AS "t208"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t102"."post_id",
                                      "t190"."cost"
                                    FROM "campaign_posts_in" AS "t102"
                                    INNER JOIN (
                                      SELECT
                                        "t180"."campaign_id",
                                        "t180"."influencer_id",
                                        SUM("t180"."share") AS "cost"
                                      FROM (
                                        SELECT
                                          "t176"."campaign_id",
                                          "t176"."influencer_id",
                                          CAST("t176"."amount" AS DOUBLE PRECISION) / "t114"."n_posts" AS "share"
                                        FROM (
                                          SELECT
                                            "t105"."campaign_id",
                                            "t105"."campaign",
                                            "t105"."influencer_id",
                                            "t105"."incurred_on",
                                            "t105"."amount" * "t165"."rate" AS "amount"
                                          FROM "t83" AS "t105"
                                          LEFT OUTER JOIN (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                "t97"."key",
                                                CAST(1 AS DOUBLE PRECISION) AS "rate"
                                              FROM "t83" AS "t97"
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
                                                    "t105"."key",
                                                    "t105"."on",
                                                    "t76"."rate",
                                                    EXTRACT('epoch' FROM CAST("t76"."valid_on" AS TIMESTAMPTZ)) AS "valid"
                                                  FROM "t83" AS "t105"
                                                  INNER JOIN "t66" AS "t76"
                                                    ON "t105"."base" = "t76"."base" AND "t105"."quote" = "t76"."quote"
                                                ) AS "t122"
                                              ) AS "t146"
                                              WHERE
                                                "t146"."order" = 0
                                            ) AS "t156"
                                          ) AS "t165"
                                            ON "t105"."key" = "t165"."key"
                                        ) AS "t176"
                                        INNER JOIN (
                                          SELECT
                                            "t94"."campaign_id",
                                            "t94"."influencer_id",
                                            COUNT("t94"."post_id") AS "n_posts"
                                          FROM "campaign_posts_in" AS "t94"
                                          GROUP BY
                                            1,
                                            2
                                        ) AS "t114"
                                          ON "t176"."campaign_id" = "t114"."campaign_id"
                                          AND "t176"."influencer_id" = "t114"."influencer_id"
                                      ) AS "t180"
                                      GROUP BY
                                        1,
                                        2
                                    ) AS "t190"
                                      ON "t190"."campaign_id" = "t102"."campaign_id"
                                      AND "t190"."influencer_id" = "t102"."influencer_id"
                                  ) AS "t196"
                                    ON "t208"."post_id" = "t196"."post_id"
                                ) AS "t218"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t219"."post_id",
                                    MAX(
                                      CAST(CASE
                                        WHEN POSITION(LOWER("t219"."message") IN LOWER("t219"."caption")) > 0
                                        THEN 1
                                        ELSE 0
                                      END AS DOUBLE PRECISION)
                                    ) AS "key_message_posts"
                                  FROM (
                                    SELECT
                                      "t213"."campaign_id",
                                      "t213"."post_id",
                                      "t213"."caption",
                                      "t86"."message"
                                    FROM (
                                      SELECT
                                        "t207"."campaign_id",
                                        "t207"."post_id",
                                        "t207"."caption"
                                      FROM "post_rows" AS "t207"
                                    ) AS "t213"
                                    INNER JOIN (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST("t0"."id" AS BIGINT) AS "campaign_id",
                                          UNNEST(STRING_TO_ARRAY("t0"."key_messages", '
')) AS "message"
                                        FROM "campaign" AS "t0"
                                      ) AS "t46"
                                      WHERE
                                        LENGTH("t46"."message") > 0
                                    ) AS "t86"
                                      ON "t213"."campaign_id" = "t86"."campaign_id"
                                  ) AS "t219"
                                  GROUP BY
                                    1
                                ) AS "t223"
                                  ON "t218"."post_id" = "t223"."post_id"
                              ) AS "t224"
                            ) AS "t225"
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t220"."campaign_id",
                                "t220"."campaign",
                                CAST(NULL AS BIGINT) AS "influencer_id",
                                CAST(NULL AS VARCHAR) AS "influencer",
                                CAST(NULL AS BIGINT) AS "account_id",
                                "t220"."platform",
                                CAST(NULL AS VARCHAR) AS "format",
                                CAST(NULL AS BIGINT) AS "post_id",
                                "t220"."day",
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
                                CAST("t220"."ugc_post" AS DOUBLE PRECISION) AS "ugc_post",
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
                                        CAST("t21"."platform" AS VARCHAR) AS "platform",
                                        "t56"."published_on" AS "day",
                                        "t56"."hashtags"
                                      FROM (
                                        SELECT
                                          *
                                        FROM "post" AS "t10"
                                        WHERE
                                          "t10"."campaign_id" IS NULL
                                      ) AS "t56"
                                      INNER JOIN "account" AS "t21"
                                        ON "t56"."account_id" = "t21"."id"
                                      INNER JOIN "influencer" AS "t17"
                                        ON "t21"."influencer_id" = "t17"."id"
                                    ) AS "t95"
                                    INNER JOIN (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST("t0"."id" AS BIGINT) AS "campaign_id",
                                          CAST("t0"."name" AS VARCHAR) AS "campaign",
                                          "t0"."workspace_id",
                                          "t0"."start_date" AS "start",
                                          "t0"."end_date" AS "end",
                                          UNNEST(STRING_TO_ARRAY("t0"."hashtags", ',')) AS "tag"
                                        FROM "campaign" AS "t0"
                                      ) AS "t47"
                                      WHERE
                                        LENGTH("t47"."tag") > 0
                                    ) AS "t87"
                                      ON "t95"."workspace_id" = "t87"."workspace_id"
                                      AND "t95"."day" >= "t87"."start"
                                      AND "t95"."day" <= "t87"."end"
                                      AND NOT (
                                        "t95"."is_brand"
                                      )
                                      AND POSITION(',' || "t87"."tag" || ',' IN ',' || "t95"."hashtags" || ',') > 0
                                  ) AS "t125"
                                ) AS "t137"
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
                                            CAST("t4"."campaign_id" AS BIGINT) AS "campaign_id",
                                            CAST("t4"."influencer_id" AS BIGINT) AS "influencer_id"
                                          FROM "roster" AS "t4"
                                        ) AS "t30"
                                        UNION ALL
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            "t207"."campaign_id",
                                            "t207"."influencer_id"
                                          FROM "post_rows" AS "t207"
                                        ) AS "t210"
                                      ) AS "t212"
                                    ) AS "t217"
                                    WHERE
                                      "t137"."campaign_id" = "t217"."campaign_id"
                                      AND "t137"."influencer_id" = "t217"."influencer_id"
                                  )
                              ) AS "t220"
                            ) AS "t221"
                          ) AS "t226"
                          UNION ALL
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t179"."campaign_id",
                              "t179"."campaign",
                              "t179"."influencer_id",
                              "t179"."influencer",
                              CAST(NULL AS BIGINT) AS "account_id",
                              CAST(NULL AS VARCHAR) AS "platform",
                              CAST(NULL AS VARCHAR) AS "format",
                              CAST(NULL AS BIGINT) AS "post_id",
                              "t179"."day",
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
                              "t179"."cost",
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
                                "t175"."campaign_id",
                                "t175"."campaign",
                                "t175"."influencer_id",
                                CAST("t17"."name" AS VARCHAR) AS "influencer",
                                "t175"."incurred_on" AS "day",
                                "t175"."amount" AS "cost"
                              FROM (
                                SELECT
                                  "t104"."campaign_id",
                                  "t104"."campaign",
                                  "t104"."influencer_id",
                                  "t104"."incurred_on",
                                  "t104"."amount" * "t164"."rate" AS "amount"
                                FROM "t83" AS "t104"
                                LEFT OUTER JOIN (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t96"."key",
                                      CAST(1 AS DOUBLE PRECISION) AS "rate"
                                    FROM "t83" AS "t96"
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
                                        "t121"."key",
                                        "t121"."on",
                                        "t121"."rate",
                                        "t121"."valid",
                                        ROW_NUMBER() OVER (
                                          PARTITION BY "t121"."key"
                                          ORDER BY CASE WHEN "t121"."valid" <= "t121"."on" THEN 0 ELSE 1 END ASC, ABS("t121"."valid" - "t121"."on") ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        ) - 1 AS "order"
                                      FROM (
                                        SELECT
                                          "t104"."key",
                                          "t104"."on",
                                          "t75"."rate",
                                          EXTRACT('epoch' FROM CAST("t75"."valid_on" AS TIMESTAMPTZ)) AS "valid"
                                        FROM "t83" AS "t104"
                                        INNER JOIN "t66" AS "t75"
                                          ON "t104"."base" = "t75"."base" AND "t104"."quote" = "t75"."quote"
                                      ) AS "t121"
                                    ) AS "t145"
                                    WHERE
                                      "t145"."order" = 0
                                  ) AS "t155"
                                ) AS "t164"
                                  ON "t104"."key" = "t164"."key"
                              ) AS "t175"
                              LEFT OUTER JOIN "influencer" AS "t17"
                                ON "t175"."influencer_id" = "t17"."id"
                              WHERE
                                NOT EXISTS(
                                  SELECT
                                    1
                                  FROM (
                                    SELECT
                                      "t94"."campaign_id",
                                      "t94"."influencer_id",
                                      COUNT("t94"."post_id") AS "n_posts"
                                    FROM "campaign_posts_in" AS "t94"
                                    GROUP BY
                                      1,
                                      2
                                  ) AS "t114"
                                  WHERE
                                    "t175"."campaign_id" = "t114"."campaign_id"
                                    AND "t175"."influencer_id" = "t114"."influencer_id"
                                )
                            ) AS "t179"
                          ) AS "t183"
                        ) AS "t227"
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t84"."campaign_id",
                            "t84"."campaign",
                            CAST(NULL AS BIGINT) AS "influencer_id",
                            CAST(NULL AS VARCHAR) AS "influencer",
                            CAST(NULL AS BIGINT) AS "account_id",
                            "t84"."platform",
                            CAST(NULL AS VARCHAR) AS "format",
                            CAST(NULL AS BIGINT) AS "post_id",
                            "t84"."day",
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
                            "t84"."mentions",
                            "t84"."brand_mentions",
                            "t84"."mention_engagements",
                            "t84"."brand_mention_engagements",
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
                              CAST("t59"."id" AS BIGINT) AS "campaign_id",
                              CAST("t59"."name" AS VARCHAR) AS "campaign",
                              CAST("t19"."platform" AS VARCHAR) AS "platform",
                              "t19"."mentioned_on" AS "day",
                              CAST(1 AS DOUBLE PRECISION) AS "mentions",
                              CAST(CASE WHEN "t19"."own" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "brand_mentions",
                              "t19"."engagements" AS "mention_engagements",
                              CAST(CASE WHEN "t19"."own" THEN 1 ELSE 0 END AS DOUBLE PRECISION) * "t19"."engagements" AS "brand_mention_engagements"
                            FROM "mention" AS "t19"
                            INNER JOIN "t26" AS "t59"
                              ON "t19"."workspace_id" = "t59"."workspace_id"
                              AND "t19"."mentioned_on" >= "t59"."start_date"
                              AND "t19"."mentioned_on" <= "t59"."end_date"
                          ) AS "t84"
                        ) AS "t98"
                      ) AS "t228"
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t205"."campaign_id",
                          "t205"."campaign",
                          "t205"."influencer_id",
                          "t205"."influencer",
                          "t205"."account_id",
                          "t205"."platform",
                          CAST(NULL AS VARCHAR) AS "format",
                          CAST(NULL AS BIGINT) AS "post_id",
                          "t205"."day",
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
                            WHEN "t205"."is_brand" = FALSE
                            THEN "t205"."start_followers"
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "followers_start",
                          CASE
                            WHEN "t205"."is_brand" = FALSE
                            THEN CASE
                              WHEN "t205"."end_seen_at" > "t205"."start_seen_at"
                              THEN "t205"."end_followers" - "t205"."start_followers"
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "followers_gained",
                          CASE
                            WHEN "t205"."is_brand" = FALSE
                            THEN CASE
                              WHEN "t205"."end_seen_at" > "t205"."start_seen_at"
                              THEN (
                                CAST((
                                  "t205"."start_followers" - "t205"."before_followers"
                                ) AS DOUBLE PRECISION) / NULLIF(CAST("t205"."start_seen_at" - "t205"."before_seen_at" AS DOUBLE PRECISION), 0)
                              ) * (
                                "t205"."end_seen_at" - "t205"."start_seen_at"
                              )
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "followers_expected_gain",
                          CAST(CASE
                            WHEN "t205"."is_brand" = FALSE
                            THEN "t205"."start_rank"
                            ELSE CAST(NULL AS SMALLINT)
                          END AS BIGINT) AS "followers_start__provenance",
                          CASE
                            WHEN "t205"."is_brand" = FALSE
                            THEN CASE
                              WHEN "t205"."end_seen_at" > "t205"."start_seen_at"
                              THEN NULLIF(GREATEST(COALESCE("t205"."start_rank", -1), COALESCE("t205"."end_rank", -1)), -1)
                              ELSE CAST(NULL AS BIGINT)
                            END
                            ELSE CAST(NULL AS BIGINT)
                          END AS "followers_gained__provenance",
                          CASE
                            WHEN "t205"."is_brand" = FALSE
                            THEN CASE
                              WHEN CASE
                                WHEN "t205"."end_seen_at" > "t205"."start_seen_at"
                                THEN (
                                  CAST((
                                    "t205"."start_followers" - "t205"."before_followers"
                                  ) AS DOUBLE PRECISION) / NULLIF(CAST("t205"."start_seen_at" - "t205"."before_seen_at" AS DOUBLE PRECISION), 0)
                                ) * (
                                  "t205"."end_seen_at" - "t205"."start_seen_at"
                                )
                                ELSE CAST(NULL AS DOUBLE PRECISION)
                              END IS NOT NULL
                              THEN NULLIF(
                                GREATEST(
                                  COALESCE(
                                    CASE
                                      WHEN "t205"."end_seen_at" > "t205"."start_seen_at"
                                      THEN NULLIF(GREATEST(COALESCE("t205"."start_rank", -1), COALESCE("t205"."end_rank", -1)), -1)
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    -1
                                  ),
                                  COALESCE("t205"."before_rank", -1)
                                ),
                                -1
                              )
                              ELSE CAST(NULL AS BIGINT)
                            END
                            ELSE CAST(NULL AS BIGINT)
                          END AS "followers_expected_gain__provenance",
                          CASE
                            WHEN "t205"."is_brand" = TRUE
                            THEN "t205"."start_followers"
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "brand_followers_start",
                          CASE
                            WHEN "t205"."is_brand" = TRUE
                            THEN CASE
                              WHEN "t205"."end_seen_at" > "t205"."start_seen_at"
                              THEN "t205"."end_followers" - "t205"."start_followers"
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "brand_followers_gained",
                          CASE
                            WHEN "t205"."is_brand" = TRUE
                            THEN CASE
                              WHEN "t205"."end_seen_at" > "t205"."start_seen_at"
                              THEN (
                                CAST((
                                  "t205"."start_followers" - "t205"."before_followers"
                                ) AS DOUBLE PRECISION) / NULLIF(CAST("t205"."start_seen_at" - "t205"."before_seen_at" AS DOUBLE PRECISION), 0)
                              ) * (
                                "t205"."end_seen_at" - "t205"."start_seen_at"
                              )
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "brand_followers_expected_gain",
                          CAST(CASE
                            WHEN "t205"."is_brand" = TRUE
                            THEN "t205"."start_rank"
                            ELSE CAST(NULL AS SMALLINT)
                          END AS BIGINT) AS "brand_followers_start__provenance",
                          CASE
                            WHEN "t205"."is_brand" = TRUE
                            THEN CASE
                              WHEN "t205"."end_seen_at" > "t205"."start_seen_at"
                              THEN NULLIF(GREATEST(COALESCE("t205"."start_rank", -1), COALESCE("t205"."end_rank", -1)), -1)
                              ELSE CAST(NULL AS BIGINT)
                            END
                            ELSE CAST(NULL AS BIGINT)
                          END AS "brand_followers_gained__provenance",
                          CASE
                            WHEN "t205"."is_brand" = TRUE
                            THEN CASE
                              WHEN CASE
                                WHEN "t205"."end_seen_at" > "t205"."start_seen_at"
                                THEN (
                                  CAST((
                                    "t205"."start_followers" - "t205"."before_followers"
                                  ) AS DOUBLE PRECISION) / NULLIF(CAST("t205"."start_seen_at" - "t205"."before_seen_at" AS DOUBLE PRECISION), 0)
                                ) * (
                                  "t205"."end_seen_at" - "t205"."start_seen_at"
                                )
                                ELSE CAST(NULL AS DOUBLE PRECISION)
                              END IS NOT NULL
                              THEN NULLIF(
                                GREATEST(
                                  COALESCE(
                                    CASE
                                      WHEN "t205"."end_seen_at" > "t205"."start_seen_at"
                                      THEN NULLIF(GREATEST(COALESCE("t205"."start_rank", -1), COALESCE("t205"."end_rank", -1)), -1)
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    -1
                                  ),
                                  COALESCE("t205"."before_rank", -1)
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
                            "t203"."campaign_id",
                            "t203"."campaign",
                            "t203"."influencer_id",
                            "t203"."influencer",
                            "t203"."account_id",
                            "t203"."platform",
                            "t203"."is_brand",
                            "t203"."day",
                            "t203"."start_at",
                            "t203"."end_at",
                            "t203"."start_followers",
                            "t203"."start_seen_at",
                            "t203"."start_rank",
                            "t203"."end_followers",
                            "t203"."end_seen_at",
                            "t203"."end_rank",
                            "t191"."before_followers",
                            "t191"."before_seen_at",
                            "t191"."before_rank"
                          FROM (
                            SELECT
                              "t199"."campaign_id",
                              "t199"."campaign",
                              "t199"."influencer_id",
                              "t199"."influencer",
                              "t199"."account_id",
                              "t199"."platform",
                              "t199"."is_brand",
                              "t199"."day",
                              "t199"."start_at",
                              "t199"."end_at",
                              "t199"."start_followers",
                              "t199"."start_seen_at",
                              "t199"."start_rank",
                              "t188"."end_followers",
                              "t188"."end_seen_at",
                              "t188"."end_rank"
                            FROM (
                              SELECT
                                "t149"."campaign_id",
                                "t149"."campaign",
                                "t149"."influencer_id",
                                "t149"."influencer",
                                "t149"."account_id",
                                "t149"."platform",
                                "t149"."is_brand",
                                "t149"."day",
                                "t149"."start_at",
                                "t149"."end_at",
                                "t193"."start_followers",
                                "t193"."start_seen_at",
                                "t193"."start_rank"
                              FROM (
                                SELECT
                                  "t127"."campaign_id",
                                  CAST("t15"."name" AS VARCHAR) AS "campaign",
                                  CAST("t18"."id" AS BIGINT) AS "influencer_id",
                                  CAST("t18"."name" AS VARCHAR) AS "influencer",
                                  "t127"."account_id",
                                  CAST("t22"."platform" AS VARCHAR) AS "platform",
                                  "t127"."is_brand",
                                  "t15"."end_date" AS "day",
                                  EXTRACT('epoch' FROM CAST("t15"."start_date" AS TIMESTAMPTZ)) AS "start_at",
                                  EXTRACT('epoch' FROM CAST("t15"."end_date" AS TIMESTAMPTZ)) + 86400 AS "end_at"
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
                                  ) AS "t115"
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      CAST("t60"."id" AS BIGINT) AS "campaign_id",
                                      CAST("t22"."id" AS BIGINT) AS "account_id",
                                      TRUE AS "is_brand"
                                    FROM "t26" AS "t60"
                                    INNER JOIN (
                                      SELECT
                                        *
                                      FROM "influencer" AS "t5"
                                      WHERE
                                        "t5"."is_brand"
                                    ) AS "t32"
                                      ON "t32"."workspace_id" = "t60"."workspace_id"
                                    INNER JOIN "account" AS "t22"
                                      ON "t22"."influencer_id" = "t32"."id"
                                  ) AS "t85"
                                ) AS "t127"
                                INNER JOIN "campaign" AS "t15"
                                  ON "t127"."campaign_id" = "t15"."id"
                                INNER JOIN "account" AS "t22"
                                  ON "t127"."account_id" = "t22"."id"
                                INNER JOIN "influencer" AS "t18"
                                  ON "t22"."influencer_id" = "t18"."id"
                              ) AS "t149"
                              INNER JOIN (
                                SELECT
                                  "t182"."campaign_id",
                                  "t182"."account_id",
                                  CAST("t182"."followers" AS DOUBLE PRECISION) AS "start_followers",
                                  "t182"."at" AS "start_seen_at",
                                  "t182"."rank" AS "start_rank"
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
                                ) AS "t182"
                                WHERE
                                  "t182"."order" = 0
                              ) AS "t193"
                                ON "t149"."campaign_id" = "t193"."campaign_id"
                                AND "t149"."account_id" = "t193"."account_id"
                            ) AS "t199"
                            LEFT OUTER JOIN (
                              SELECT
                                "t178"."campaign_id",
                                "t178"."account_id",
                                CAST("t178"."followers" AS DOUBLE PRECISION) AS "end_followers",
                                "t178"."at" AS "end_seen_at",
                                "t178"."rank" AS "end_rank"
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
                                    ORDER BY "t170"."at" DESC NULLS LAST
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  ) - 1 AS "order"
                                FROM "t167" AS "t170"
                              ) AS "t178"
                              WHERE
                                "t178"."order" = 0
                            ) AS "t188"
                              ON "t199"."campaign_id" = "t188"."campaign_id"
                              AND "t199"."account_id" = "t188"."account_id"
                          ) AS "t203"
                          LEFT OUTER JOIN (
                            SELECT
                              "t181"."campaign_id",
                              "t181"."account_id",
                              CAST("t181"."followers" AS DOUBLE PRECISION) AS "before_followers",
                              "t181"."at" AS "before_seen_at",
                              "t181"."rank" AS "before_rank"
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
                                  ORDER BY "t173"."at" DESC NULLS LAST
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                ) - 1 AS "order"
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t149"."campaign_id",
                                    "t149"."campaign",
                                    "t149"."influencer_id",
                                    "t149"."influencer",
                                    "t149"."account_id",
                                    "t149"."platform",
                                    "t149"."is_brand",
                                    "t149"."day",
                                    "t149"."start_at",
                                    "t149"."end_at",
                                    "t65"."followers",
                                    "t65"."at",
                                    "t65"."rank"
                                  FROM (
                                    SELECT
                                      "t127"."campaign_id",
                                      CAST("t15"."name" AS VARCHAR) AS "campaign",
                                      CAST("t18"."id" AS BIGINT) AS "influencer_id",
                                      CAST("t18"."name" AS VARCHAR) AS "influencer",
                                      "t127"."account_id",
                                      CAST("t22"."platform" AS VARCHAR) AS "platform",
                                      "t127"."is_brand",
                                      "t15"."end_date" AS "day",
                                      EXTRACT('epoch' FROM CAST("t15"."start_date" AS TIMESTAMPTZ)) AS "start_at",
                                      EXTRACT('epoch' FROM CAST("t15"."end_date" AS TIMESTAMPTZ)) + 86400 AS "end_at"
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
                                      ) AS "t115"
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST("t60"."id" AS BIGINT) AS "campaign_id",
                                          CAST("t22"."id" AS BIGINT) AS "account_id",
                                          TRUE AS "is_brand"
                                        FROM "t26" AS "t60"
                                        INNER JOIN (
                                          SELECT
                                            *
                                          FROM "influencer" AS "t5"
                                          WHERE
                                            "t5"."is_brand"
                                        ) AS "t32"
                                          ON "t32"."workspace_id" = "t60"."workspace_id"
                                        INNER JOIN "account" AS "t22"
                                          ON "t22"."influencer_id" = "t32"."id"
                                      ) AS "t85"
                                    ) AS "t127"
                                    INNER JOIN "campaign" AS "t15"
                                      ON "t127"."campaign_id" = "t15"."id"
                                    INNER JOIN "account" AS "t22"
                                      ON "t127"."account_id" = "t22"."id"
                                    INNER JOIN "influencer" AS "t18"
                                      ON "t22"."influencer_id" = "t18"."id"
                                  ) AS "t149"
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
                                  ) AS "t65"
                                    ON "t149"."account_id" = "t65"."account_id"
                                ) AS "t166"
                                WHERE
                                  "t166"."at" <= (
                                    "t166"."start_at" - (
                                      "t166"."end_at" - "t166"."start_at"
                                    )
                                  )
                              ) AS "t173"
                            ) AS "t181"
                            WHERE
                              "t181"."order" = 0
                          ) AS "t191"
                            ON "t203"."campaign_id" = "t191"."campaign_id"
                            AND "t203"."account_id" = "t191"."account_id"
                        ) AS "t205"
                      ) AS "t209"
                    ) AS "t229"
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
                        CAST(NULL AS VARCHAR) AS "platform",
                        CAST(NULL AS VARCHAR) AS "format",
                        CAST(NULL AS BIGINT) AS "post_id",
                        "t89"."day",
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
                        "t89"."influencers_contacted",
                        "t89"."influencers_interested",
                        "t89"."posts_contracted",
                        "t89"."products_sent",
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
                          CAST("t48"."campaign_id" AS BIGINT) AS "campaign_id",
                          CAST("t15"."name" AS VARCHAR) AS "campaign",
                          CAST("t48"."influencer_id" AS BIGINT) AS "influencer_id",
                          CAST("t17"."name" AS VARCHAR) AS "influencer",
                          "t15"."start_date" AS "day",
                          CAST(1 AS DOUBLE PRECISION) AS "influencers_contacted",
                          CAST(CASE WHEN "t48"."status" IN ('interested', 'activated') THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "influencers_interested",
                          CAST("t48"."posts_contracted" AS DOUBLE PRECISION) AS "posts_contracted",
                          CAST("t48"."products_sent" AS DOUBLE PRECISION) AS "products_sent"
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
                    ) AS "t100"
                  ) AS "t230"
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t154"."campaign_id",
                      "t154"."campaign",
                      CAST(NULL AS BIGINT) AS "influencer_id",
                      CAST(NULL AS VARCHAR) AS "influencer",
                      CAST(NULL AS BIGINT) AS "account_id",
                      CAST(NULL AS VARCHAR) AS "platform",
                      CAST(NULL AS VARCHAR) AS "format",
                      CAST(NULL AS BIGINT) AS "post_id",
                      "t154"."day",
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
                      "t154"."link_clicks",
                      "t154"."unique_link_clicks",
                      "t154"."bot_link_clicks",
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
                        "t138"."campaign_id",
                        "t138"."day",
                        "t138"."link_clicks",
                        "t138"."unique_link_clicks",
                        "t138"."bot_link_clicks",
                        CAST("t15"."name" AS VARCHAR) AS "campaign"
                      FROM (
                        SELECT
                          "t123"."campaign_id",
                          "t123"."day",
                          SUM("t123"."link_clicks") AS "link_clicks",
                          SUM("t123"."unique_link_clicks") AS "unique_link_clicks",
                          SUM("t123"."bot_link_clicks") AS "bot_link_clicks"
                        FROM (
                          SELECT
                            CAST("t51"."campaign_id" AS BIGINT) AS "campaign_id",
                            CAST("t51"."influencer_id" AS BIGINT) AS "influencer_id",
                            CAST("t51"."platform" AS VARCHAR) AS "platform",
                            "t108"."day",
                            "t108"."link_clicks",
                            "t108"."unique_link_clicks",
                            "t108"."bot_link_clicks"
                          FROM (
                            SELECT
                              "t78"."link_id",
                              "t78"."day",
                              SUM("t78"."link_clicks") AS "link_clicks",
                              SUM("t78"."unique_link_clicks") AS "unique_link_clicks",
                              SUM("t78"."bot_link_clicks") AS "bot_link_clicks"
                            FROM (
                              SELECT
                                "t20"."link_id",
                                DATE("t20"."clicked_at") AS "day",
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
                              ) AS "t52"
                                ON "t20"."link_id" = "t52"."link_id"
                            ) AS "t78"
                            GROUP BY
                              1,
                              2
                          ) AS "t108"
                          INNER JOIN (
                            SELECT
                              *
                            FROM "link" AS "t8"
                            WHERE
                              "t8"."campaign_id" IN (1)
                          ) AS "t51"
                            ON "t108"."link_id" = "t51"."id"
                        ) AS "t123"
                        GROUP BY
                          1,
                          2
                      ) AS "t138"
                      INNER JOIN "campaign" AS "t15"
                        ON "t138"."campaign_id" = "t15"."id"
                    ) AS "t154"
                  ) AS "t161"
                ) AS "t231"
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    "t110"."campaign_id",
                    "t110"."campaign",
                    CAST(NULL AS BIGINT) AS "influencer_id",
                    CAST(NULL AS VARCHAR) AS "influencer",
                    CAST(NULL AS BIGINT) AS "account_id",
                    CAST(NULL AS VARCHAR) AS "platform",
                    CAST(NULL AS VARCHAR) AS "format",
                    CAST(NULL AS BIGINT) AS "post_id",
                    "t110"."day",
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
                    "t110"."sessions",
                    "t110"."new_users",
                    "t110"."engaged_sessions",
                    "t110"."bounced_sessions",
                    "t110"."session_seconds",
                    "t110"."page_views",
                    "t110"."key_events",
                    CAST(NULL AS DOUBLE PRECISION) AS "orders",
                    CAST(NULL AS DOUBLE PRECISION) AS "revenue",
                    CAST(NULL AS DOUBLE PRECISION) AS "new_customers",
                    CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
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
                      CAST("t15"."name" AS VARCHAR) AS "campaign"
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
                      ) AS "t50"
                      GROUP BY
                        1,
                        2
                    ) AS "t90"
                    INNER JOIN "campaign" AS "t15"
                      ON "t90"."campaign_id" = "t15"."id"
                  ) AS "t110"
                ) AS "t118"
              ) AS "t232"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t117"."campaign_id",
                  "t117"."campaign",
                  CAST(NULL AS BIGINT) AS "influencer_id",
                  CAST(NULL AS VARCHAR) AS "influencer",
                  CAST(NULL AS BIGINT) AS "account_id",
                  CAST(NULL AS VARCHAR) AS "platform",
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
                  "t117"."orders",
                  "t117"."revenue",
                  "t117"."new_customers",
                  CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                FROM (
                  SELECT
                    "t99"."campaign_id",
                    "t99"."day",
                    "t99"."orders",
                    "t99"."revenue",
                    "t99"."new_customers",
                    CAST("t15"."name" AS VARCHAR) AS "campaign"
                  FROM (
                    SELECT
                      "t67"."campaign_id",
                      "t67"."day",
                      SUM("t67"."orders") AS "orders",
                      SUM("t67"."revenue") AS "revenue",
                      SUM("t67"."new_customers") AS "new_customers"
                    FROM (
                      SELECT
                        CAST("t3"."campaign_id" AS BIGINT) AS "campaign_id",
                        CAST("t3"."influencer_id" AS BIGINT) AS "influencer_id",
                        "t3"."platform",
                        "t3"."ordered_on" AS "day",
                        CAST(CASE WHEN NOT (
                          "t3"."reversed"
                        ) THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "orders",
                        CASE
                          WHEN NOT (
                            "t3"."reversed"
                          )
                          THEN CAST("t3"."campaign_revenue" AS DOUBLE PRECISION)
                          ELSE 0
                        END AS "revenue",
                        CAST(CASE
                          WHEN NOT (
                            "t3"."reversed"
                          ) AND COALESCE("t3"."new_customer", FALSE)
                          THEN 1
                          ELSE 0
                        END AS DOUBLE PRECISION) AS "new_customers"
                      FROM "order_attribution" AS "t3"
                      WHERE
                        "t3"."campaign_id" IN (1)
                    ) AS "t67"
                    GROUP BY
                      1,
                      2
                  ) AS "t99"
                  INNER JOIN "campaign" AS "t15"
                    ON "t99"."campaign_id" = "t15"."id"
                ) AS "t117"
              ) AS "t126"
            ) AS "t233"
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                CAST("t0"."id" AS BIGINT) AS "campaign_id",
                CAST("t0"."name" AS VARCHAR) AS "campaign",
                CAST(NULL AS BIGINT) AS "influencer_id",
                CAST(NULL AS VARCHAR) AS "influencer",
                CAST(NULL AS BIGINT) AS "account_id",
                CAST(NULL AS VARCHAR) AS "platform",
                CAST(NULL AS VARCHAR) AS "format",
                CAST(NULL AS BIGINT) AS "post_id",
                CAST("t0"."start_date" AS DATE) AS "day",
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
                  WHEN LENGTH("t0"."key_messages") > 0
                  THEN (
                    LENGTH("t0"."key_messages") - LENGTH(REPLACE("t0"."key_messages", '
', ''))
                  ) + 1
                  ELSE 0
                END AS DOUBLE PRECISION) AS "key_messages"
              FROM "campaign" AS "t0"
              WHERE
                "t0"."id" IN (1)
            ) AS "t70"
          ) AS "t236"
          LEFT OUTER JOIN (
            SELECT
              "t148"."key" AS "campaign_id",
              "t148"."rate" AS "emv_rate"
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  CAST("t0"."id" AS BIGINT) AS "key",
                  CAST(1 AS DOUBLE PRECISION) AS "rate"
                FROM "campaign" AS "t0"
                WHERE
                  'EUR' = CAST("t0"."currency" AS VARCHAR)
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
                      "t62"."key",
                      "t62"."on",
                      "t74"."rate",
                      EXTRACT('epoch' FROM CAST("t74"."valid_on" AS TIMESTAMPTZ)) AS "valid"
                    FROM (
                      SELECT
                        CAST("t0"."id" AS BIGINT) AS "key",
                        'EUR' AS "base",
                        CAST("t0"."currency" AS VARCHAR) AS "quote",
                        EXTRACT('epoch' FROM CAST("t0"."start_date" AS TIMESTAMPTZ)) AS "on"
                      FROM "campaign" AS "t0"
                    ) AS "t62"
                    INNER JOIN "t66" AS "t74"
                      ON "t62"."base" = "t74"."base" AND "t62"."quote" = "t74"."quote"
                  ) AS "t107"
                ) AS "t132"
                WHERE
                  "t132"."order" = 0
              ) AS "t141"
            ) AS "t148"
          ) AS "t158"
            ON "t236"."campaign_id" = "t158"."campaign_id"
        ) AS "t239"
        LEFT OUTER JOIN (
          SELECT
            "t1"."account_id",
            "t1"."inauthentic_share"
          FROM "account_audit" AS "t1"
        ) AS "t27"
          ON "t239"."account_id" = "t27"."account_id"
      ) AS "t241"
    ) AS "t244"
    LEFT OUTER JOIN (
      SELECT
        "t147"."key" AS "campaign_id",
        "t147"."rate" AS "paid_rate"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            CAST("t0"."id" AS BIGINT) AS "key",
            CAST(1 AS DOUBLE PRECISION) AS "rate"
          FROM "campaign" AS "t0"
          WHERE
            'USD' = CAST("t0"."currency" AS VARCHAR)
        ) AS "t42"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            "t131"."key",
            "t131"."rate"
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
                "t61"."key",
                "t61"."on",
                "t73"."rate",
                EXTRACT('epoch' FROM CAST("t73"."valid_on" AS TIMESTAMPTZ)) AS "valid"
              FROM (
                SELECT
                  CAST("t0"."id" AS BIGINT) AS "key",
                  'USD' AS "base",
                  CAST("t0"."currency" AS VARCHAR) AS "quote",
                  EXTRACT('epoch' FROM CAST("t0"."start_date" AS TIMESTAMPTZ)) AS "on"
                FROM "campaign" AS "t0"
              ) AS "t61"
              INNER JOIN "t66" AS "t73"
                ON "t61"."base" = "t73"."base" AND "t61"."quote" = "t73"."quote"
            ) AS "t106"
          ) AS "t131"
          WHERE
            "t131"."order" = 0
        ) AS "t140"
      ) AS "t147"
    ) AS "t157"
      ON "t244"."campaign_id" = "t157"."campaign_id"
  ) AS "t246"
  WHERE
    "t246"."campaign_id" IN (1)
    AND (
      (
        "t246"."bot_link_clicks" IS NOT NULL
      )
      OR (
        "t246"."bounced_sessions" IS NOT NULL
      )
      OR (
        "t246"."brand_followers_expected_gain" IS NOT NULL
      )
      OR (
        "t246"."brand_followers_gained" IS NOT NULL
      )
      OR (
        "t246"."brand_followers_start" IS NOT NULL
      )
      OR (
        "t246"."brand_mention_engagements" IS NOT NULL
      )
      OR (
        "t246"."brand_mentions" IS NOT NULL
      )
      OR (
        "t246"."clicks" IS NOT NULL
      )
      OR (
        "t246"."comments" IS NOT NULL
      )
      OR (
        "t246"."cost" IS NOT NULL
      )
      OR (
        "t246"."disclosed_sponsored_posts" IS NOT NULL
      )
      OR (
        "t246"."emv" IS NOT NULL
      )
      OR (
        "t246"."emv_authentic" IS NOT NULL
      )
      OR (
        "t246"."engagements" IS NOT NULL
      )
      OR (
        "t246"."er_followers_post" IS NOT NULL
      )
      OR (
        "t246"."er_impressions_post" IS NOT NULL
      )
      OR (
        "t246"."er_reach_post" IS NOT NULL
      )
      OR (
        "t246"."er_views_post" IS NOT NULL
      )
      OR (
        "t246"."followers" IS NOT NULL
      )
      OR (
        "t246"."followers_expected_gain" IS NOT NULL
      )
      OR (
        "t246"."followers_gained" IS NOT NULL
      )
      OR (
        "t246"."followers_start" IS NOT NULL
      )
      OR (
        "t246"."impressions" IS NOT NULL
      )
      OR (
        "t246"."impressions_with_estimates" IS NOT NULL
      )
      OR (
        "t246"."influencers_contacted" IS NOT NULL
      )
      OR (
        "t246"."influencers_interested" IS NOT NULL
      )
      OR (
        "t246"."key_events" IS NOT NULL
      )
      OR (
        "t246"."key_message_posts" IS NOT NULL
      )
      OR (
        "t246"."key_messages" IS NOT NULL
      )
      OR (
        "t246"."likes" IS NOT NULL
      )
      OR (
        "t246"."link_clicks" IS NOT NULL
      )
      OR (
        "t246"."mention_engagements" IS NOT NULL
      )
      OR (
        "t246"."mentions" IS NOT NULL
      )
      OR (
        "t246"."new_customers" IS NOT NULL
      )
      OR (
        "t246"."new_users" IS NOT NULL
      )
      OR (
        "t246"."orders" IS NOT NULL
      )
      OR (
        "t246"."page_views" IS NOT NULL
      )
      OR (
        (
          CAST("t246"."cost" AS DOUBLE PRECISION) / (
            CASE
              WHEN "t246"."platform" = 'tiktok'
              THEN CAST(NULL AS DOUBLE PRECISION)
              WHEN "t246"."platform" = 'youtube'
              THEN CAST(NULL AS DOUBLE PRECISION)
              ELSE 1.88
            END * "t246"."paid_rate"
          )
        ) IS NOT NULL
      )
      OR (
        (
          (
            CAST("t246"."cost" AS DOUBLE PRECISION) / (
              CASE
                WHEN "t246"."platform" = 'tiktok'
                THEN 7.5
                WHEN "t246"."platform" = 'youtube'
                THEN 3.53
                ELSE 19.8
              END * "t246"."paid_rate"
            )
          ) * 1000
        ) IS NOT NULL
      )
      OR (
        (
          CAST("t246"."cost" AS DOUBLE PRECISION) / (
            CASE
              WHEN "t246"."platform" = 'youtube'
              THEN 0.026
              ELSE CAST(NULL AS DOUBLE PRECISION)
            END * "t246"."paid_rate"
          )
        ) IS NOT NULL
      )
      OR (
        "t246"."post_id" IS NOT NULL
      )
      OR (
        "t246"."post_platform" IS NOT NULL
      )
      OR (
        "t246"."posts_contracted" IS NOT NULL
      )
      OR (
        "t246"."products_sent" IS NOT NULL
      )
      OR (
        "t246"."publishing_influencer" IS NOT NULL
      )
      OR (
        "t246"."reach" IS NOT NULL
      )
      OR (
        "t246"."revenue" IS NOT NULL
      )
      OR (
        "t246"."saves" IS NOT NULL
      )
      OR (
        "t246"."session_seconds" IS NOT NULL
      )
      OR (
        "t246"."sessions" IS NOT NULL
      )
      OR (
        "t246"."shares" IS NOT NULL
      )
      OR (
        "t246"."sponsored_posts" IS NOT NULL
      )
      OR (
        "t246"."ugc_post" IS NOT NULL
      )
      OR (
        "t246"."unique_link_clicks" IS NOT NULL
      )
      OR (
        "t246"."views" IS NOT NULL
      )
    )
)
SELECT
  "t258"."week",
  "t258"."key_messages",
  "t258"."platforms_selected",
  "t258"."influencers_contacted",
  "t258"."influencers_interested",
  (
    "t258"."influencers_interested" / NULLIF("t258"."influencers_contacted", 0)
  ) * 100 AS "influencers_interested_rate",
  "t258"."influencers_activated",
  "t258"."products_sent",
  "t258"."reach",
  "t258"."impressions",
  "t258"."views",
  "t258"."impressions_with_estimates",
  (
    CAST("t258"."reach_rate__first" AS DOUBLE PRECISION) / NULLIF("t258"."reach_rate__second", 0)
  ) * 100 AS "reach_rate",
  "t258"."brand_mentions",
  (
    "t258"."brand_mentions" / NULLIF("t258"."mentions", 0)
  ) * 100 AS "share_of_voice",
  (
    CAST("t258"."brand_mention_engagements" AS DOUBLE PRECISION) / NULLIF("t258"."mention_engagements", 0)
  ) * 100 AS "share_of_engagement",
  "t258"."key_message_posts",
  (
    "t258"."key_message_posts" / NULLIF(CAST("t258"."posts" AS DOUBLE PRECISION), 0)
  ) * 100 AS "key_message_rate",
  "t258"."posts",
  "t258"."posts_contracted",
  (
    CAST("t258"."posts" AS DOUBLE PRECISION) / NULLIF("t258"."posts_contracted", 0)
  ) * 100 AS "posts_delivery_rate",
  "t258"."ugc_posts",
  "t258"."likes",
  "t258"."comments",
  "t258"."shares",
  "t258"."saves",
  "t258"."engagements",
  (
    CAST("t258"."engagement_rate_reach__first" AS DOUBLE PRECISION) / NULLIF("t258"."engagement_rate_reach__second", 0)
  ) * 100 AS "engagement_rate_reach",
  (
    CAST("t258"."engagement_rate_followers__first" AS DOUBLE PRECISION) / NULLIF("t258"."engagement_rate_followers__second", 0)
  ) * 100 AS "engagement_rate_followers",
  "t258"."er_reach_post_mean" AS "engagement_rate_reach_post_mean",
  "t258"."er_reach_post_median" AS "engagement_rate_reach_post_median",
  "t258"."er_reach_account_mean" AS "engagement_rate_reach_account_mean",
  "t258"."er_reach_account_median" AS "engagement_rate_reach_account_median",
  "t258"."er_followers_post_mean" AS "engagement_rate_followers_post_mean",
  "t258"."er_followers_post_median" AS "engagement_rate_followers_post_median",
  "t258"."er_followers_account_mean" AS "engagement_rate_followers_account_mean",
  "t258"."er_followers_account_median" AS "engagement_rate_followers_account_median",
  (
    CAST("t258"."engagement_rate_impressions__first" AS DOUBLE PRECISION) / NULLIF("t258"."engagement_rate_impressions__second", 0)
  ) * 100 AS "engagement_rate_impressions",
  "t258"."er_impressions_post_mean" AS "engagement_rate_impressions_post_mean",
  "t258"."er_impressions_post_median" AS "engagement_rate_impressions_post_median",
  "t258"."er_impressions_account_mean" AS "engagement_rate_impressions_account_mean",
  "t258"."er_impressions_account_median" AS "engagement_rate_impressions_account_median",
  (
    CAST("t258"."engagement_rate_views__first" AS DOUBLE PRECISION) / NULLIF("t258"."engagement_rate_views__second", 0)
  ) * 100 AS "engagement_rate_views",
  "t258"."er_views_post_mean" AS "engagement_rate_views_post_mean",
  "t258"."er_views_post_median" AS "engagement_rate_views_post_median",
  "t258"."er_views_account_mean" AS "engagement_rate_views_account_mean",
  "t258"."er_views_account_median" AS "engagement_rate_views_account_median",
  "t258"."clicks" AS "platform_link_clicks",
  "t258"."followers_gained",
  (
    CAST("t258"."follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t258"."follower_growth_rate__second", 0)
  ) * 100 AS "follower_growth_rate",
  "t258"."followers_gained_above_trend__first" - "t258"."followers_gained_above_trend__second" AS "followers_gained_above_trend",
  "t258"."brand_followers_gained",
  (
    CAST("t258"."brand_follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t258"."brand_follower_growth_rate__second", 0)
  ) * 100 AS "brand_follower_growth_rate",
  "t258"."brand_followers_gained_above_trend__first" - "t258"."brand_followers_gained_above_trend__second" AS "brand_followers_gained_above_trend",
  "t258"."link_clicks" AS "tracked_clicks",
  "t258"."unique_link_clicks" AS "unique_clicks",
  "t258"."bot_link_clicks" AS "bot_clicks",
  (
    "t258"."link_clicks" / NULLIF("t258"."impressions_with_estimates", 0)
  ) * 100 AS "click_through_rate",
  "t258"."sessions",
  "t258"."new_users",
  (
    CAST("t258"."bounced_sessions" AS DOUBLE PRECISION) / NULLIF("t258"."sessions", 0)
  ) * 100 AS "bounce_rate",
  CAST("t258"."session_seconds" AS DOUBLE PRECISION) / NULLIF("t258"."sessions", 0) AS "average_session_duration",
  CAST("t258"."page_views" AS DOUBLE PRECISION) / NULLIF("t258"."sessions", 0) AS "pages_per_session",
  "t258"."key_events" AS "leads",
  "t258"."orders" AS "conversions",
  (
    "t258"."orders" / NULLIF("t258"."unique_link_clicks", 0)
  ) * 100 AS "conversion_rate",
  "t258"."revenue",
  "t258"."revenue" / NULLIF("t258"."orders", 0) AS "average_order_value",
  "t258"."new_customers",
  "t258"."revenue" / NULLIF("t258"."cost", 0) AS "return_on_ad_spend",
  (
    CAST((
      "t258"."revenue" - "t258"."cost"
    ) AS DOUBLE PRECISION) / NULLIF("t258"."cost", 0)
  ) * 100 AS "return_on_investment",
  (
    CAST((
      "t258"."revenue" - "t258"."cost"
    ) AS DOUBLE PRECISION) / NULLIF("t258"."revenue", 0)
  ) * 100 AS "profitability",
  "t258"."sponsored_posts",
  "t258"."disclosed_sponsored_posts",
  (
    "t258"."disclosed_sponsored_posts" / NULLIF("t258"."sponsored_posts", 0)
  ) * 100 AS "disclosure_rate",
  "t258"."cost",
  (
    "t258"."cost" / NULLIF("t258"."impressions_with_estimates", 0)
  ) * 1000 AS "cost_per_mille",
  "t258"."cost" / NULLIF("t258"."engagements", 0) AS "cost_per_engagement",
  "t258"."cost" / NULLIF("t258"."views", 0) AS "cost_per_view",
  "t258"."cost" / NULLIF("t258"."brand_followers_gained", 0) AS "cost_per_new_follower",
  "t258"."cost" / NULLIF("t258"."link_clicks", 0) AS "cost_per_click",
  "t258"."cost" / NULLIF("t258"."orders", 0) AS "cost_per_acquisition",
  "t258"."cost" / NULLIF("t258"."new_customers", 0) AS "customer_acquisition_cost",
  "t258"."cost" / NULLIF("t258"."key_events", 0) AS "cost_per_lead",
  "t258"."emv",
  "t258"."emv_authentic",
  "t258"."emv" / NULLIF("t258"."cost", 0) AS "emv_per_cost",
  "t258"."paid_impressions" AS "paid_equivalent_impressions",
  "t258"."paid_clicks" AS "paid_equivalent_clicks",
  "t258"."paid_views" AS "paid_equivalent_views",
  (
    CAST("t258"."impressions_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t258"."impressions_vs_paid__second", 0)
  ) * 100 AS "impressions_vs_paid",
  (
    CAST("t258"."clicks_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t258"."clicks_vs_paid__second", 0)
  ) * 100 AS "clicks_vs_paid",
  (
    CAST("t258"."views_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t258"."views_vs_paid__second", 0)
  ) * 100 AS "views_vs_paid",
  CASE
    WHEN "t258"."key_messages" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_messages__provenance",
  CASE
    WHEN "t258"."platforms_selected" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "platforms_selected__provenance",
  CASE
    WHEN "t258"."influencers_contacted" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_contacted__provenance",
  CASE
    WHEN "t258"."influencers_interested" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_interested__provenance",
  CASE
    WHEN (
      (
        CAST("t258"."influencers_interested" AS DOUBLE PRECISION) / NULLIF("t258"."influencers_contacted", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_interested_rate__provenance",
  CASE
    WHEN "t258"."influencers_activated" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_activated__provenance",
  CASE
    WHEN "t258"."products_sent" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "products_sent__provenance",
  CASE
    WHEN "t258"."reach" IS NOT NULL
    THEN COALESCE("t258"."reach__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "reach__provenance",
  CASE
    WHEN "t258"."impressions" IS NOT NULL
    THEN COALESCE("t258"."impressions__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions__provenance",
  CASE
    WHEN "t258"."views" IS NOT NULL
    THEN COALESCE("t258"."views__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "views__provenance",
  CASE
    WHEN "t258"."impressions_with_estimates" IS NOT NULL
    THEN COALESCE("t258"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions_with_estimates__provenance",
  CASE
    WHEN (
      (
        CAST("t258"."reach_rate__first" AS DOUBLE PRECISION) / NULLIF("t258"."reach_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t258"."reach_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "reach_rate__provenance",
  CASE
    WHEN "t258"."brand_mentions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_mentions__provenance",
  CASE
    WHEN (
      (
        CAST("t258"."brand_mentions" AS DOUBLE PRECISION) / NULLIF("t258"."mentions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "share_of_voice__provenance",
  CASE
    WHEN (
      (
        CAST("t258"."brand_mention_engagements" AS DOUBLE PRECISION) / NULLIF("t258"."mention_engagements", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "share_of_engagement__provenance",
  CASE
    WHEN "t258"."key_message_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_message_posts__provenance",
  CASE
    WHEN (
      (
        CAST("t258"."key_message_posts" AS DOUBLE PRECISION) / NULLIF(CAST("t258"."posts" AS DOUBLE PRECISION), 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_message_rate__provenance",
  CASE
    WHEN "t258"."posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts__provenance",
  CASE
    WHEN "t258"."posts_contracted" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts_contracted__provenance",
  CASE
    WHEN (
      (
        CAST("t258"."posts" AS DOUBLE PRECISION) / NULLIF("t258"."posts_contracted", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts_delivery_rate__provenance",
  CASE
    WHEN "t258"."ugc_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "ugc_posts__provenance",
  CASE
    WHEN "t258"."likes" IS NOT NULL
    THEN COALESCE("t258"."likes__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "likes__provenance",
  CASE
    WHEN "t258"."comments" IS NOT NULL
    THEN COALESCE("t258"."comments__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "comments__provenance",
  CASE
    WHEN "t258"."shares" IS NOT NULL
    THEN COALESCE("t258"."shares__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "shares__provenance",
  CASE
    WHEN "t258"."saves" IS NOT NULL
    THEN COALESCE("t258"."saves__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "saves__provenance",
  CASE
    WHEN "t258"."engagements" IS NOT NULL
    THEN COALESCE("t258"."engagements__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagements__provenance",
  CASE
    WHEN (
      (
        CAST("t258"."engagement_rate_reach__first" AS DOUBLE PRECISION) / NULLIF("t258"."engagement_rate_reach__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t258"."engagement_rate_reach__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach__provenance",
  CASE
    WHEN (
      (
        CAST("t258"."engagement_rate_followers__first" AS DOUBLE PRECISION) / NULLIF("t258"."engagement_rate_followers__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t258"."engagement_rate_followers__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers__provenance",
  CASE
    WHEN "t258"."er_reach_post_mean" IS NOT NULL
    THEN COALESCE("t258"."er_reach_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_post_mean__provenance",
  CASE
    WHEN "t258"."er_reach_post_median" IS NOT NULL
    THEN COALESCE("t258"."er_reach_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_post_median__provenance",
  CASE
    WHEN "t258"."er_reach_account_mean" IS NOT NULL
    THEN COALESCE("t258"."er_reach_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_account_mean__provenance",
  CASE
    WHEN "t258"."er_reach_account_median" IS NOT NULL
    THEN COALESCE("t258"."er_reach_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_account_median__provenance",
  CASE
    WHEN "t258"."er_followers_post_mean" IS NOT NULL
    THEN COALESCE("t258"."er_followers_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_post_mean__provenance",
  CASE
    WHEN "t258"."er_followers_post_median" IS NOT NULL
    THEN COALESCE("t258"."er_followers_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_post_median__provenance",
  CASE
    WHEN "t258"."er_followers_account_mean" IS NOT NULL
    THEN COALESCE("t258"."er_followers_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_account_mean__provenance",
  CASE
    WHEN "t258"."er_followers_account_median" IS NOT NULL
    THEN COALESCE("t258"."er_followers_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_account_median__provenance",
  CASE
    WHEN (
      (
        CAST("t258"."engagement_rate_impressions__first" AS DOUBLE PRECISION) / NULLIF("t258"."engagement_rate_impressions__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t258"."engagement_rate_impressions__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions__provenance",
  CASE
    WHEN "t258"."er_impressions_post_mean" IS NOT NULL
    THEN COALESCE("t258"."er_impressions_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_post_mean__provenance",
  CASE
    WHEN "t258"."er_impressions_post_median" IS NOT NULL
    THEN COALESCE("t258"."er_impressions_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_post_median__provenance",
  CASE
    WHEN "t258"."er_impressions_account_mean" IS NOT NULL
    THEN COALESCE("t258"."er_impressions_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_account_mean__provenance",
  CASE
    WHEN "t258"."er_impressions_account_median" IS NOT NULL
    THEN COALESCE("t258"."er_impressions_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_account_median__provenance",
  CASE
    WHEN (
      (
        CAST("t258"."engagement_rate_views__first" AS DOUBLE PRECISION) / NULLIF("t258"."engagement_rate_views__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t258"."engagement_rate_views__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views__provenance",
  CASE
    WHEN "t258"."er_views_post_mean" IS NOT NULL
    THEN COALESCE("t258"."er_views_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_post_mean__provenance",
  CASE
    WHEN "t258"."er_views_post_median" IS NOT NULL
    THEN COALESCE("t258"."er_views_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_post_median__provenance",
  CASE
    WHEN "t258"."er_views_account_mean" IS NOT NULL
    THEN COALESCE("t258"."er_views_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_account_mean__provenance",
  CASE
    WHEN "t258"."er_views_account_median" IS NOT NULL
    THEN COALESCE("t258"."er_views_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_account_median__provenance",
  CASE
    WHEN "t258"."clicks" IS NOT NULL
    THEN COALESCE("t258"."clicks__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "platform_link_clicks__provenance",
  CASE
    WHEN "t258"."followers_gained" IS NOT NULL
    THEN COALESCE("t258"."followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "followers_gained__provenance",
  CASE
    WHEN (
      (
        CAST("t258"."follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t258"."follower_growth_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t258"."follower_growth_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "follower_growth_rate__provenance",
  CASE
    WHEN (
      "t258"."followers_gained_above_trend__first" - "t258"."followers_gained_above_trend__second"
    ) IS NOT NULL
    THEN COALESCE("t258"."followers_gained_above_trend__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "followers_gained_above_trend__provenance",
  CASE
    WHEN "t258"."brand_followers_gained" IS NOT NULL
    THEN COALESCE("t258"."brand_followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_followers_gained__provenance",
  CASE
    WHEN (
      (
        CAST("t258"."brand_follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t258"."brand_follower_growth_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t258"."brand_follower_growth_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_follower_growth_rate__provenance",
  CASE
    WHEN (
      "t258"."brand_followers_gained_above_trend__first" - "t258"."brand_followers_gained_above_trend__second"
    ) IS NOT NULL
    THEN COALESCE("t258"."brand_followers_gained_above_trend__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_followers_gained_above_trend__provenance",
  CASE
    WHEN "t258"."link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "tracked_clicks__provenance",
  CASE
    WHEN "t258"."unique_link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "unique_clicks__provenance",
  CASE
    WHEN "t258"."bot_link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "bot_clicks__provenance",
  CASE
    WHEN (
      (
        CAST("t258"."link_clicks" AS DOUBLE PRECISION) / NULLIF("t258"."impressions_with_estimates", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t258"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "click_through_rate__provenance",
  CASE
    WHEN "t258"."sessions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "sessions__provenance",
  CASE
    WHEN "t258"."new_users" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "new_users__provenance",
  CASE
    WHEN (
      (
        CAST("t258"."bounced_sessions" AS DOUBLE PRECISION) / NULLIF("t258"."sessions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "bounce_rate__provenance",
  CASE
    WHEN (
      CAST("t258"."session_seconds" AS DOUBLE PRECISION) / NULLIF("t258"."sessions", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "average_session_duration__provenance",
  CASE
    WHEN (
      CAST("t258"."page_views" AS DOUBLE PRECISION) / NULLIF("t258"."sessions", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "pages_per_session__provenance",
  CASE
    WHEN "t258"."key_events" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "leads__provenance",
  CASE
    WHEN "t258"."orders" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "conversions__provenance",
  CASE
    WHEN (
      (
        CAST("t258"."orders" AS DOUBLE PRECISION) / NULLIF("t258"."unique_link_clicks", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "conversion_rate__provenance",
  CASE
    WHEN "t258"."revenue" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "revenue__provenance",
  CASE
    WHEN (
      CAST("t258"."revenue" AS DOUBLE PRECISION) / NULLIF("t258"."orders", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "average_order_value__provenance",
  CASE
    WHEN "t258"."new_customers" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "new_customers__provenance",
  CASE
    WHEN (
      CAST("t258"."revenue" AS DOUBLE PRECISION) / NULLIF("t258"."cost", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_ad_spend__provenance",
  CASE
    WHEN (
      (
        CAST((
          "t258"."revenue" - "t258"."cost"
        ) AS DOUBLE PRECISION) / NULLIF("t258"."cost", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_investment__provenance",
  CASE
    WHEN (
      (
        CAST((
          "t258"."revenue" - "t258"."cost"
        ) AS DOUBLE PRECISION) / NULLIF("t258"."revenue", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "profitability__provenance",
  CASE
    WHEN "t258"."sponsored_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "sponsored_posts__provenance",
  CASE
    WHEN "t258"."disclosed_sponsored_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "disclosed_sponsored_posts__provenance",
  CASE
    WHEN (
      (
        CAST("t258"."disclosed_sponsored_posts" AS DOUBLE PRECISION) / NULLIF("t258"."sponsored_posts", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "disclosure_rate__provenance",
  CASE
    WHEN "t258"."cost" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost__provenance",
  CASE
    WHEN (
      (
        CAST("t258"."cost" AS DOUBLE PRECISION) / NULLIF("t258"."impressions_with_estimates", 0)
      ) * 1000
    ) IS NOT NULL
    THEN COALESCE("t258"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_mille__provenance",
  CASE
    WHEN (
      CAST("t258"."cost" AS DOUBLE PRECISION) / NULLIF("t258"."engagements", 0)
    ) IS NOT NULL
    THEN COALESCE("t258"."engagements__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_engagement__provenance",
  CASE
    WHEN (
      CAST("t258"."cost" AS DOUBLE PRECISION) / NULLIF("t258"."views", 0)
    ) IS NOT NULL
    THEN COALESCE("t258"."views__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_view__provenance",
  CASE
    WHEN (
      CAST("t258"."cost" AS DOUBLE PRECISION) / NULLIF("t258"."brand_followers_gained", 0)
    ) IS NOT NULL
    THEN COALESCE("t258"."brand_followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_new_follower__provenance",
  CASE
    WHEN (
      CAST("t258"."cost" AS DOUBLE PRECISION) / NULLIF("t258"."link_clicks", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_click__provenance",
  CASE
    WHEN (
      CAST("t258"."cost" AS DOUBLE PRECISION) / NULLIF("t258"."orders", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_acquisition__provenance",
  CASE
    WHEN (
      CAST("t258"."cost" AS DOUBLE PRECISION) / NULLIF("t258"."new_customers", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "customer_acquisition_cost__provenance",
  CASE
    WHEN (
      CAST("t258"."cost" AS DOUBLE PRECISION) / NULLIF("t258"."key_events", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_lead__provenance",
  CASE
    WHEN "t258"."emv" IS NOT NULL
    THEN COALESCE("t258"."emv__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv__provenance",
  CASE
    WHEN "t258"."emv_authentic" IS NOT NULL
    THEN COALESCE("t258"."emv_authentic__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv_authentic__provenance",
  CASE
    WHEN (
      CAST("t258"."emv" AS DOUBLE PRECISION) / NULLIF("t258"."cost", 0)
    ) IS NOT NULL
    THEN COALESCE("t258"."emv__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv_per_cost__provenance",
  CASE
    WHEN "t258"."paid_impressions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_impressions__provenance",
  CASE
    WHEN "t258"."paid_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_clicks__provenance",
  CASE
    WHEN "t258"."paid_views" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_views__provenance",
  CASE
    WHEN (
      (
        CAST("t258"."impressions_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t258"."impressions_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t258"."impressions_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions_vs_paid__provenance",
  CASE
    WHEN (
      (
        CAST("t258"."clicks_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t258"."clicks_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t258"."clicks_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "clicks_vs_paid__provenance",
  CASE
    WHEN (
      (
        CAST("t258"."views_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t258"."views_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t258"."views_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "views_vs_paid__provenance"
FROM (
  SELECT
    "t257"."week",
    "t257"."key_messages",
    "t257"."platforms_selected",
    "t257"."influencers_contacted",
    "t257"."influencers_interested",
    "t257"."influencers_activated",
    "t257"."products_sent",
    "t257"."reach",
    "t257"."impressions",
    "t257"."views",
    "t257"."impressions_with_estimates",
    "t257"."reach_rate__first",
    "t257"."reach_rate__second",
    "t257"."brand_mentions",
    "t257"."mentions",
    "t257"."brand_mention_engagements",
    "t257"."mention_engagements",
    "t257"."key_message_posts",
    "t257"."posts",
    "t257"."posts_contracted",
    "t257"."ugc_posts",
    "t257"."likes",
    "t257"."comments",
    "t257"."shares",
    "t257"."saves",
    "t257"."engagements",
    "t257"."engagement_rate_reach__first",
    "t257"."engagement_rate_reach__second",
    "t257"."engagement_rate_followers__first",
    "t257"."engagement_rate_followers__second",
    "t257"."er_reach_post_mean",
    "t257"."er_reach_post_median",
    "t257"."er_followers_post_mean",
    "t257"."er_followers_post_median",
    "t257"."engagement_rate_impressions__first",
    "t257"."engagement_rate_impressions__second",
    "t257"."er_impressions_post_mean",
    "t257"."er_impressions_post_median",
    "t257"."engagement_rate_views__first",
    "t257"."engagement_rate_views__second",
    "t257"."er_views_post_mean",
    "t257"."er_views_post_median",
    "t257"."clicks",
    "t257"."followers_gained",
    "t257"."follower_growth_rate__first",
    "t257"."follower_growth_rate__second",
    "t257"."followers_gained_above_trend__first",
    "t257"."followers_gained_above_trend__second",
    "t257"."brand_followers_gained",
    "t257"."brand_follower_growth_rate__first",
    "t257"."brand_follower_growth_rate__second",
    "t257"."brand_followers_gained_above_trend__first",
    "t257"."brand_followers_gained_above_trend__second",
    "t257"."link_clicks",
    "t257"."unique_link_clicks",
    "t257"."bot_link_clicks",
    "t257"."sessions",
    "t257"."new_users",
    "t257"."bounced_sessions",
    "t257"."session_seconds",
    "t257"."page_views",
    "t257"."key_events",
    "t257"."orders",
    "t257"."revenue",
    "t257"."new_customers",
    "t257"."cost",
    "t257"."sponsored_posts",
    "t257"."disclosed_sponsored_posts",
    "t257"."emv",
    "t257"."emv_authentic",
    "t257"."paid_impressions",
    "t257"."paid_clicks",
    "t257"."paid_views",
    "t257"."impressions_vs_paid__first",
    "t257"."impressions_vs_paid__second",
    "t257"."clicks_vs_paid__first",
    "t257"."clicks_vs_paid__second",
    "t257"."views_vs_paid__first",
    "t257"."views_vs_paid__second",
    "t257"."reach__provenance",
    "t257"."impressions__provenance",
    "t257"."views__provenance",
    "t257"."impressions_with_estimates__provenance",
    "t257"."reach_rate__pair__provenance",
    "t257"."likes__provenance",
    "t257"."comments__provenance",
    "t257"."shares__provenance",
    "t257"."saves__provenance",
    "t257"."engagements__provenance",
    "t257"."engagement_rate_reach__pair__provenance",
    "t257"."engagement_rate_followers__pair__provenance",
    "t257"."er_reach_post_mean__provenance",
    "t257"."er_followers_post_mean__provenance",
    "t257"."engagement_rate_impressions__pair__provenance",
    "t257"."er_impressions_post_mean__provenance",
    "t257"."engagement_rate_views__pair__provenance",
    "t257"."er_views_post_mean__provenance",
    "t257"."clicks__provenance",
    "t257"."followers_gained__provenance",
    "t257"."follower_growth_rate__pair__provenance",
    "t257"."followers_gained_above_trend__pair__provenance",
    "t257"."brand_followers_gained__provenance",
    "t257"."brand_follower_growth_rate__pair__provenance",
    "t257"."brand_followers_gained_above_trend__pair__provenance",
    "t257"."emv__provenance",
    "t257"."emv_authentic__provenance",
    "t257"."impressions_vs_paid__pair__provenance",
    "t257"."clicks_vs_paid__pair__provenance",
    "t257"."views_vs_paid__pair__provenance",
    "t255"."er_reach_account_mean",
    "t255"."er_reach_account_median",
    "t255"."er_followers_account_mean",
    "t255"."er_followers_account_median",
    "t255"."er_impressions_account_mean",
    "t255"."er_impressions_account_median",
    "t255"."er_views_account_mean",
    "t255"."er_views_account_median",
    "t255"."er_reach_account_mean__provenance",
    "t255"."er_reach_account_median__provenance",
    "t255"."er_followers_account_mean__provenance",
    "t255"."er_followers_account_median__provenance",
    "t255"."er_impressions_account_mean__provenance",
    "t255"."er_impressions_account_median__provenance",
    "t255"."er_views_account_mean__provenance",
    "t255"."er_views_account_median__provenance"
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
      "t253"."link_clicks",
      "t253"."unique_link_clicks",
      "t253"."bot_link_clicks",
      "t253"."sessions",
      "t253"."new_users",
      "t253"."bounced_sessions",
      "t253"."session_seconds",
      "t253"."page_views",
      "t253"."key_events",
      "t253"."orders",
      "t253"."revenue",
      "t253"."new_customers",
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
      END AS "views_vs_paid__pair__provenance"
    FROM (
      SELECT
        "t248"."week",
        SUM("t248"."key_messages") AS "key_messages",
        COUNT(DISTINCT "t248"."post_platform") AS "platforms_selected",
        SUM("t248"."influencers_contacted") AS "influencers_contacted",
        SUM("t248"."influencers_interested") AS "influencers_interested",
        COUNT(DISTINCT "t248"."publishing_influencer") AS "influencers_activated",
        SUM("t248"."products_sent") AS "products_sent",
        SUM("t248"."reach") AS "reach",
        SUM("t248"."impressions") AS "impressions",
        SUM("t248"."views") AS "views",
        SUM("t248"."impressions_with_estimates") AS "impressions_with_estimates",
        SUM("t248"."reach") FILTER(WHERE
          (
            "t248"."reach" IS NOT NULL
          ) AND (
            "t248"."followers" IS NOT NULL
          )) AS "reach_rate__first",
        SUM("t248"."followers") FILTER(WHERE
          (
            "t248"."reach" IS NOT NULL
          ) AND (
            "t248"."followers" IS NOT NULL
          )) AS "reach_rate__second",
        SUM("t248"."brand_mentions") AS "brand_mentions",
        SUM("t248"."mentions") AS "mentions",
        SUM("t248"."brand_mention_engagements") AS "brand_mention_engagements",
        SUM("t248"."mention_engagements") AS "mention_engagements",
        SUM("t248"."key_message_posts") AS "key_message_posts",
        COUNT("t248"."post_id") AS "posts",
        SUM("t248"."posts_contracted") AS "posts_contracted",
        COUNT(DISTINCT "t248"."ugc_post") AS "ugc_posts",
        SUM("t248"."likes") AS "likes",
        SUM("t248"."comments") AS "comments",
        SUM("t248"."shares") AS "shares",
        SUM("t248"."saves") AS "saves",
        SUM("t248"."engagements") AS "engagements",
        SUM("t248"."engagements") FILTER(WHERE
          (
            "t248"."engagements" IS NOT NULL
          ) AND (
            "t248"."reach" IS NOT NULL
          )) AS "engagement_rate_reach__first",
        SUM("t248"."reach") FILTER(WHERE
          (
            "t248"."engagements" IS NOT NULL
          ) AND (
            "t248"."reach" IS NOT NULL
          )) AS "engagement_rate_reach__second",
        SUM("t248"."engagements") FILTER(WHERE
          (
            "t248"."engagements" IS NOT NULL
          ) AND (
            "t248"."followers" IS NOT NULL
          )) AS "engagement_rate_followers__first",
        SUM("t248"."followers") FILTER(WHERE
          (
            "t248"."engagements" IS NOT NULL
          ) AND (
            "t248"."followers" IS NOT NULL
          )) AS "engagement_rate_followers__second",
        AVG("t248"."er_reach_post") AS "er_reach_post_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t248"."er_reach_post") AS "er_reach_post_median",
        AVG("t248"."er_followers_post") AS "er_followers_post_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t248"."er_followers_post") AS "er_followers_post_median",
        SUM("t248"."engagements") FILTER(WHERE
          (
            "t248"."engagements" IS NOT NULL
          ) AND (
            "t248"."impressions" IS NOT NULL
          )) AS "engagement_rate_impressions__first",
        SUM("t248"."impressions") FILTER(WHERE
          (
            "t248"."engagements" IS NOT NULL
          ) AND (
            "t248"."impressions" IS NOT NULL
          )) AS "engagement_rate_impressions__second",
        AVG("t248"."er_impressions_post") AS "er_impressions_post_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t248"."er_impressions_post") AS "er_impressions_post_median",
        SUM("t248"."engagements") FILTER(WHERE
          (
            "t248"."engagements" IS NOT NULL
          ) AND (
            "t248"."views" IS NOT NULL
          )) AS "engagement_rate_views__first",
        SUM("t248"."views") FILTER(WHERE
          (
            "t248"."engagements" IS NOT NULL
          ) AND (
            "t248"."views" IS NOT NULL
          )) AS "engagement_rate_views__second",
        AVG("t248"."er_views_post") AS "er_views_post_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t248"."er_views_post") AS "er_views_post_median",
        SUM("t248"."clicks") AS "clicks",
        SUM("t248"."followers_gained") AS "followers_gained",
        SUM("t248"."followers_gained") FILTER(WHERE
          (
            "t248"."followers_gained" IS NOT NULL
          )
          AND (
            "t248"."followers_start" IS NOT NULL
          )) AS "follower_growth_rate__first",
        SUM("t248"."followers_start") FILTER(WHERE
          (
            "t248"."followers_gained" IS NOT NULL
          )
          AND (
            "t248"."followers_start" IS NOT NULL
          )) AS "follower_growth_rate__second",
        SUM("t248"."followers_gained") FILTER(WHERE
          (
            "t248"."followers_gained" IS NOT NULL
          )
          AND (
            "t248"."followers_expected_gain" IS NOT NULL
          )) AS "followers_gained_above_trend__first",
        SUM("t248"."followers_expected_gain") FILTER(WHERE
          (
            "t248"."followers_gained" IS NOT NULL
          )
          AND (
            "t248"."followers_expected_gain" IS NOT NULL
          )) AS "followers_gained_above_trend__second",
        SUM("t248"."brand_followers_gained") AS "brand_followers_gained",
        SUM("t248"."brand_followers_gained") FILTER(WHERE
          (
            "t248"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t248"."brand_followers_start" IS NOT NULL
          )) AS "brand_follower_growth_rate__first",
        SUM("t248"."brand_followers_start") FILTER(WHERE
          (
            "t248"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t248"."brand_followers_start" IS NOT NULL
          )) AS "brand_follower_growth_rate__second",
        SUM("t248"."brand_followers_gained") FILTER(WHERE
          (
            "t248"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t248"."brand_followers_expected_gain" IS NOT NULL
          )) AS "brand_followers_gained_above_trend__first",
        SUM("t248"."brand_followers_expected_gain") FILTER(WHERE
          (
            "t248"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t248"."brand_followers_expected_gain" IS NOT NULL
          )) AS "brand_followers_gained_above_trend__second",
        SUM("t248"."link_clicks") AS "link_clicks",
        SUM("t248"."unique_link_clicks") AS "unique_link_clicks",
        SUM("t248"."bot_link_clicks") AS "bot_link_clicks",
        SUM("t248"."sessions") AS "sessions",
        SUM("t248"."new_users") AS "new_users",
        SUM("t248"."bounced_sessions") AS "bounced_sessions",
        SUM("t248"."session_seconds") AS "session_seconds",
        SUM("t248"."page_views") AS "page_views",
        SUM("t248"."key_events") AS "key_events",
        SUM("t248"."orders") AS "orders",
        SUM("t248"."revenue") AS "revenue",
        SUM("t248"."new_customers") AS "new_customers",
        SUM("t248"."cost") AS "cost",
        SUM("t248"."sponsored_posts") AS "sponsored_posts",
        SUM("t248"."disclosed_sponsored_posts") AS "disclosed_sponsored_posts",
        SUM("t248"."emv") AS "emv",
        SUM("t248"."emv_authentic") AS "emv_authentic",
        SUM("t248"."paid_impressions") AS "paid_impressions",
        SUM("t248"."paid_clicks") AS "paid_clicks",
        SUM("t248"."paid_views") AS "paid_views",
        SUM("t248"."impressions_with_estimates") FILTER(WHERE
          (
            "t248"."impressions_with_estimates" IS NOT NULL
          )
          AND (
            "t248"."paid_impressions" IS NOT NULL
          )) AS "impressions_vs_paid__first",
        SUM("t248"."paid_impressions") FILTER(WHERE
          (
            "t248"."impressions_with_estimates" IS NOT NULL
          )
          AND (
            "t248"."paid_impressions" IS NOT NULL
          )) AS "impressions_vs_paid__second",
        SUM("t248"."clicks") FILTER(WHERE
          (
            "t248"."clicks" IS NOT NULL
          ) AND (
            "t248"."paid_clicks" IS NOT NULL
          )) AS "clicks_vs_paid__first",
        SUM("t248"."paid_clicks") FILTER(WHERE
          (
            "t248"."clicks" IS NOT NULL
          ) AND (
            "t248"."paid_clicks" IS NOT NULL
          )) AS "clicks_vs_paid__second",
        SUM("t248"."views") FILTER(WHERE
          (
            "t248"."views" IS NOT NULL
          ) AND (
            "t248"."paid_views" IS NOT NULL
          )) AS "views_vs_paid__first",
        SUM("t248"."paid_views") FILTER(WHERE
          (
            "t248"."views" IS NOT NULL
          ) AND (
            "t248"."paid_views" IS NOT NULL
          )) AS "views_vs_paid__second",
        BIT_OR(
          (
            CASE
              WHEN "t248"."reach" IS NOT NULL
              THEN COALESCE("t248"."reach__provenance", 0)
              ELSE 0
            END << 0
          ) | (
            CASE
              WHEN "t248"."impressions" IS NOT NULL
              THEN COALESCE("t248"."impressions__provenance", 0)
              ELSE 0
            END << 2
          ) | (
            CASE
              WHEN "t248"."views" IS NOT NULL
              THEN COALESCE("t248"."views__provenance", 0)
              ELSE 0
            END << 4
          ) | (
            CASE
              WHEN "t248"."impressions_with_estimates" IS NOT NULL
              THEN COALESCE("t248"."impressions_with_estimates__provenance", 0)
              ELSE 0
            END << 6
          ) | (
            CASE
              WHEN (
                "t248"."reach" IS NOT NULL
              ) AND (
                "t248"."followers" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t248"."reach__provenance", -1),
                    COALESCE("t248"."followers__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 8
          ) | (
            CASE
              WHEN "t248"."likes" IS NOT NULL
              THEN COALESCE("t248"."likes__provenance", 0)
              ELSE 0
            END << 10
          ) | (
            CASE
              WHEN "t248"."comments" IS NOT NULL
              THEN COALESCE("t248"."comments__provenance", 0)
              ELSE 0
            END << 12
          ) | (
            CASE
              WHEN "t248"."shares" IS NOT NULL
              THEN COALESCE("t248"."shares__provenance", 0)
              ELSE 0
            END << 14
          ) | (
            CASE
              WHEN "t248"."saves" IS NOT NULL
              THEN COALESCE("t248"."saves__provenance", 0)
              ELSE 0
            END << 16
          ) | (
            CASE
              WHEN "t248"."engagements" IS NOT NULL
              THEN COALESCE("t248"."engagements__provenance", 0)
              ELSE 0
            END << 18
          ) | (
            CASE
              WHEN (
                "t248"."engagements" IS NOT NULL
              ) AND (
                "t248"."reach" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t248"."engagements__provenance", -1),
                    COALESCE("t248"."reach__provenance", -1)
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
                "t248"."engagements" IS NOT NULL
              ) AND (
                "t248"."followers" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t248"."engagements__provenance", -1),
                    COALESCE("t248"."followers__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 22
          ) | (
            CASE
              WHEN "t248"."er_reach_post" IS NOT NULL
              THEN COALESCE("t248"."er_reach_post__provenance", 0)
              ELSE 0
            END << 24
          ) | (
            CASE
              WHEN "t248"."er_followers_post" IS NOT NULL
              THEN COALESCE("t248"."er_followers_post__provenance", 0)
              ELSE 0
            END << 26
          ) | (
            CASE
              WHEN (
                "t248"."engagements" IS NOT NULL
              ) AND (
                "t248"."impressions" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t248"."engagements__provenance", -1),
                    COALESCE("t248"."impressions__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 28
          ) | (
            CASE
              WHEN "t248"."er_impressions_post" IS NOT NULL
              THEN COALESCE("t248"."er_impressions_post__provenance", 0)
              ELSE 0
            END << 30
          ) | (
            CASE
              WHEN (
                "t248"."engagements" IS NOT NULL
              ) AND (
                "t248"."views" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t248"."engagements__provenance", -1),
                    COALESCE("t248"."views__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 32
          ) | (
            CASE
              WHEN "t248"."er_views_post" IS NOT NULL
              THEN COALESCE("t248"."er_views_post__provenance", 0)
              ELSE 0
            END << 34
          ) | (
            CASE
              WHEN "t248"."clicks" IS NOT NULL
              THEN COALESCE("t248"."clicks__provenance", 0)
              ELSE 0
            END << 36
          ) | (
            CASE
              WHEN "t248"."followers_gained" IS NOT NULL
              THEN COALESCE("t248"."followers_gained__provenance", 0)
              ELSE 0
            END << 38
          ) | (
            CASE
              WHEN (
                "t248"."followers_gained" IS NOT NULL
              )
              AND (
                "t248"."followers_start" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t248"."followers_gained__provenance", -1),
                    COALESCE("t248"."followers_start__provenance", -1)
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
                "t248"."followers_gained" IS NOT NULL
              )
              AND (
                "t248"."followers_expected_gain" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t248"."followers_gained__provenance", -1),
                    COALESCE("t248"."followers_expected_gain__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 42
          ) | (
            CASE
              WHEN "t248"."brand_followers_gained" IS NOT NULL
              THEN COALESCE("t248"."brand_followers_gained__provenance", 0)
              ELSE 0
            END << 44
          ) | (
            CASE
              WHEN (
                "t248"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t248"."brand_followers_start" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t248"."brand_followers_gained__provenance", -1),
                    COALESCE("t248"."brand_followers_start__provenance", -1)
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
                "t248"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t248"."brand_followers_expected_gain" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t248"."brand_followers_gained__provenance", -1),
                    COALESCE("t248"."brand_followers_expected_gain__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 48
          ) | (
            CASE
              WHEN "t248"."emv" IS NOT NULL
              THEN COALESCE("t248"."emv__provenance", 0)
              ELSE 0
            END << 50
          ) | (
            CASE
              WHEN "t248"."emv_authentic" IS NOT NULL
              THEN COALESCE("t248"."emv_authentic__provenance", 0)
              ELSE 0
            END << 52
          ) | (
            CASE
              WHEN (
                "t248"."impressions_with_estimates" IS NOT NULL
              )
              AND (
                "t248"."paid_impressions" IS NOT NULL
              )
              THEN COALESCE("t248"."impressions_with_estimates__provenance", 0)
              ELSE 0
            END << 54
          ) | (
            CASE
              WHEN (
                "t248"."clicks" IS NOT NULL
              ) AND (
                "t248"."paid_clicks" IS NOT NULL
              )
              THEN COALESCE("t248"."clicks__provenance", 0)
              ELSE 0
            END << 56
          ) | (
            CASE
              WHEN (
                "t248"."views" IS NOT NULL
              ) AND (
                "t248"."paid_views" IS NOT NULL
              )
              THEN COALESCE("t248"."views__provenance", 0)
              ELSE 0
            END << 58
          )
        ) AS "ranks__0"
      FROM "kpi_facts" AS "t248"
      GROUP BY
        1
    ) AS "t253"
  ) AS "t257"
  LEFT OUTER JOIN (
    SELECT
      "t252"."week",
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
        "t251"."week",
        AVG("t251"."er_reach_account_mean") AS "er_reach_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t251"."er_reach_account_median") AS "er_reach_account_median",
        AVG("t251"."er_followers_account_mean") AS "er_followers_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t251"."er_followers_account_median") AS "er_followers_account_median",
        AVG("t251"."er_impressions_account_mean") AS "er_impressions_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t251"."er_impressions_account_median") AS "er_impressions_account_median",
        AVG("t251"."er_views_account_mean") AS "er_views_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t251"."er_views_account_median") AS "er_views_account_median",
        BIT_OR(
          (
            CASE
              WHEN "t251"."er_reach_account_mean" IS NOT NULL
              THEN COALESCE("t251"."engagements__per__reach__r", 0)
              ELSE 0
            END << 0
          ) | (
            CASE
              WHEN "t251"."er_reach_account_median" IS NOT NULL
              THEN COALESCE("t251"."engagements__per__reach__r", 0)
              ELSE 0
            END << 2
          ) | (
            CASE
              WHEN "t251"."er_followers_account_mean" IS NOT NULL
              THEN COALESCE("t251"."engagements__per__followers__r", 0)
              ELSE 0
            END << 4
          ) | (
            CASE
              WHEN "t251"."er_followers_account_median" IS NOT NULL
              THEN COALESCE("t251"."engagements__per__followers__r", 0)
              ELSE 0
            END << 6
          ) | (
            CASE
              WHEN "t251"."er_impressions_account_mean" IS NOT NULL
              THEN COALESCE("t251"."engagements__per__impressions__r", 0)
              ELSE 0
            END << 8
          ) | (
            CASE
              WHEN "t251"."er_impressions_account_median" IS NOT NULL
              THEN COALESCE("t251"."engagements__per__impressions__r", 0)
              ELSE 0
            END << 10
          ) | (
            CASE
              WHEN "t251"."er_views_account_mean" IS NOT NULL
              THEN COALESCE("t251"."engagements__per__views__r", 0)
              ELSE 0
            END << 12
          ) | (
            CASE
              WHEN "t251"."er_views_account_median" IS NOT NULL
              THEN COALESCE("t251"."engagements__per__views__r", 0)
              ELSE 0
            END << 14
          )
        ) AS "ranks__0"
      FROM (
        SELECT
          "t250"."week",
          "t250"."account_id",
          "t250"."engagements__per__reach__n",
          "t250"."engagements__per__reach__d",
          "t250"."engagements__per__followers__n",
          "t250"."engagements__per__followers__d",
          "t250"."engagements__per__impressions__n",
          "t250"."engagements__per__impressions__d",
          "t250"."engagements__per__views__n",
          "t250"."engagements__per__views__d",
          CASE
            WHEN (
              (
                "t250"."ranks__0" >> 0
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t250"."ranks__0" >> 0
            ) & 3
          END AS "engagements__per__reach__r",
          CASE
            WHEN (
              (
                "t250"."ranks__0" >> 2
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t250"."ranks__0" >> 2
            ) & 3
          END AS "engagements__per__followers__r",
          CASE
            WHEN (
              (
                "t250"."ranks__0" >> 4
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t250"."ranks__0" >> 4
            ) & 3
          END AS "engagements__per__impressions__r",
          CASE
            WHEN (
              (
                "t250"."ranks__0" >> 6
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t250"."ranks__0" >> 6
            ) & 3
          END AS "engagements__per__views__r",
          (
            CAST("t250"."engagements__per__reach__n" AS DOUBLE PRECISION) / NULLIF("t250"."engagements__per__reach__d", 0)
          ) * 100 AS "er_reach_account_mean",
          (
            CAST("t250"."engagements__per__reach__n" AS DOUBLE PRECISION) / NULLIF("t250"."engagements__per__reach__d", 0)
          ) * 100 AS "er_reach_account_median",
          (
            CAST("t250"."engagements__per__followers__n" AS DOUBLE PRECISION) / NULLIF("t250"."engagements__per__followers__d", 0)
          ) * 100 AS "er_followers_account_mean",
          (
            CAST("t250"."engagements__per__followers__n" AS DOUBLE PRECISION) / NULLIF("t250"."engagements__per__followers__d", 0)
          ) * 100 AS "er_followers_account_median",
          (
            CAST("t250"."engagements__per__impressions__n" AS DOUBLE PRECISION) / NULLIF("t250"."engagements__per__impressions__d", 0)
          ) * 100 AS "er_impressions_account_mean",
          (
            CAST("t250"."engagements__per__impressions__n" AS DOUBLE PRECISION) / NULLIF("t250"."engagements__per__impressions__d", 0)
          ) * 100 AS "er_impressions_account_median",
          (
            CAST("t250"."engagements__per__views__n" AS DOUBLE PRECISION) / NULLIF("t250"."engagements__per__views__d", 0)
          ) * 100 AS "er_views_account_mean",
          (
            CAST("t250"."engagements__per__views__n" AS DOUBLE PRECISION) / NULLIF("t250"."engagements__per__views__d", 0)
          ) * 100 AS "er_views_account_median"
        FROM (
          SELECT
            "t249"."week",
            "t249"."account_id",
            SUM("t249"."engagements") FILTER(WHERE
              (
                "t249"."engagements" IS NOT NULL
              ) AND (
                "t249"."reach" IS NOT NULL
              )) AS "engagements__per__reach__n",
            SUM("t249"."reach") FILTER(WHERE
              (
                "t249"."engagements" IS NOT NULL
              ) AND (
                "t249"."reach" IS NOT NULL
              )) AS "engagements__per__reach__d",
            SUM("t249"."engagements") FILTER(WHERE
              (
                "t249"."engagements" IS NOT NULL
              ) AND (
                "t249"."followers" IS NOT NULL
              )) AS "engagements__per__followers__n",
            SUM("t249"."followers") FILTER(WHERE
              (
                "t249"."engagements" IS NOT NULL
              ) AND (
                "t249"."followers" IS NOT NULL
              )) AS "engagements__per__followers__d",
            SUM("t249"."engagements") FILTER(WHERE
              (
                "t249"."engagements" IS NOT NULL
              ) AND (
                "t249"."impressions" IS NOT NULL
              )) AS "engagements__per__impressions__n",
            SUM("t249"."impressions") FILTER(WHERE
              (
                "t249"."engagements" IS NOT NULL
              ) AND (
                "t249"."impressions" IS NOT NULL
              )) AS "engagements__per__impressions__d",
            SUM("t249"."engagements") FILTER(WHERE
              (
                "t249"."engagements" IS NOT NULL
              ) AND (
                "t249"."views" IS NOT NULL
              )) AS "engagements__per__views__n",
            SUM("t249"."views") FILTER(WHERE
              (
                "t249"."engagements" IS NOT NULL
              ) AND (
                "t249"."views" IS NOT NULL
              )) AS "engagements__per__views__d",
            BIT_OR(
              (
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
                END << 0
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
                END << 2
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
                END << 4
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
                END << 6
              )
            ) AS "ranks__0"
          FROM (
            SELECT
              *
            FROM "kpi_facts" AS "t248"
            WHERE
              "t248"."account_id" IS NOT NULL
          ) AS "t249"
          GROUP BY
            1,
            2
        ) AS "t250"
      ) AS "t251"
      GROUP BY
        1
    ) AS "t252"
  ) AS "t255"
    ON "t257"."week" IS NOT DISTINCT FROM "t255"."week"
) AS "t258"
ORDER BY
  "t258"."week" ASC
