WITH "t26" AS (
  SELECT
    *
  FROM "campaign" AS "t0"
  WHERE
    "t0"."id" IN (1)
), "t77" AS (
  SELECT
    CAST("t53"."campaign_id" AS BIGINT) AS "campaign_id",
    CAST("t15"."name" AS VARCHAR) AS "campaign",
    CAST("t53"."influencer_id" AS BIGINT) AS "influencer_id",
    CAST("t53"."amount" AS DOUBLE PRECISION) AS "amount",
    "t53"."incurred_on"
  FROM (
    SELECT
      *
    FROM "cost" AS "t10"
    WHERE
      "t10"."campaign_id" IN (1)
  ) AS "t53"
  INNER JOIN "campaign" AS "t15"
    ON "t53"."campaign_id" = "t15"."id"
), "campaign_posts_in" AS (
  SELECT
    CAST("t54"."campaign_id" AS BIGINT) AS "campaign_id",
    CAST("t16"."name" AS VARCHAR) AS "campaign",
    CAST("t49"."id" AS BIGINT) AS "influencer_id",
    CAST("t49"."name" AS VARCHAR) AS "influencer",
    CAST("t21"."id" AS BIGINT) AS "account_id",
    CAST("t21"."platform" AS VARCHAR) AS "platform",
    CAST("t54"."format" AS VARCHAR) AS "format",
    CAST("t54"."id" AS BIGINT) AS "post_id",
    "t54"."published_on" AS "day",
    "t49"."country",
    CAST("t54"."caption" AS VARCHAR) AS "caption",
    "t54"."sponsored"
  FROM (
    SELECT
      *
    FROM "post" AS "t11"
    WHERE
      "t11"."campaign_id" IS NOT NULL AND "t11"."campaign_id" IN (1)
  ) AS "t54"
  INNER JOIN "account" AS "t21"
    ON "t54"."account_id" = "t21"."id"
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
    ON "t54"."campaign_id" = "t16"."id"
), "t121" AS (
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
        "t56"."in_scope"
      FROM "metric_snapshot" AS "t23"
      INNER JOIN (
        SELECT
          "t11"."id" AS "in_scope"
        FROM "post" AS "t11"
        WHERE
          "t11"."campaign_id" IS NOT NULL AND "t11"."campaign_id" IN (1)
      ) AS "t56"
        ON "t23"."post_id" = "t56"."in_scope"
    ) AS "t79"
    WHERE
      "t79"."captured_at" <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
  ) AS "t105"
  GROUP BY
    1
), "t159" AS (
  SELECT
    *
  FROM (
    SELECT
      "t146"."campaign_id",
      "t146"."campaign",
      "t146"."influencer_id",
      "t146"."influencer",
      "t146"."account_id",
      "t146"."platform",
      "t146"."is_brand",
      "t146"."day",
      "t146"."start_at",
      "t146"."end_at",
      "t65"."followers",
      "t65"."at",
      "t65"."rank"
    FROM (
      SELECT
        "t120"."campaign_id",
        CAST("t15"."name" AS VARCHAR) AS "campaign",
        CAST("t18"."id" AS BIGINT) AS "influencer_id",
        CAST("t18"."name" AS VARCHAR) AS "influencer",
        "t120"."account_id",
        CAST("t22"."platform" AS VARCHAR) AS "platform",
        "t120"."is_brand",
        "t15"."end_date" AS "day",
        EXTRACT('epoch' FROM CAST("t15"."start_date" AS TIMESTAMPTZ)) AS "start_at",
        EXTRACT('epoch' FROM CAST("t15"."end_date" AS TIMESTAMPTZ)) + 86400 AS "end_at"
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
              "t93"."campaign_id",
              "t93"."account_id"
            FROM "campaign_posts_in" AS "t93"
          ) AS "t107"
        ) AS "t112"
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
          ) AS "t35"
            ON "t35"."workspace_id" = "t60"."workspace_id"
          INNER JOIN "account" AS "t22"
            ON "t22"."influencer_id" = "t35"."id"
        ) AS "t82"
      ) AS "t120"
      INNER JOIN "campaign" AS "t15"
        ON "t120"."campaign_id" = "t15"."id"
      INNER JOIN "account" AS "t22"
        ON "t120"."account_id" = "t22"."id"
      INNER JOIN "influencer" AS "t18"
        ON "t22"."influencer_id" = "t18"."id"
    ) AS "t146"
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
    ) AS "t65"
      ON "t146"."account_id" = "t65"."account_id"
  ) AS "t158"
  WHERE
    "t158"."at" <= "t158"."end_at"
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
        CAST(SUM("t180"."impressions") FILTER(WHERE
          (
            "t180"."impressions" IS NOT NULL
          ) AND (
            "t180"."reach" IS NOT NULL
          )) OVER (
          PARTITION BY "t180"."campaign_id", "t180"."platform"
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) AS DOUBLE PRECISION) / NULLIF(
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
        CAST(1 AS DOUBLE PRECISION)
      )
    ) AS "impressions_with_estimates",
    CASE
      WHEN COALESCE(
        COALESCE("t180"."impressions", "t180"."views"),
        "t180"."reach" * COALESCE(
          CAST(SUM("t180"."impressions") FILTER(WHERE
            (
              "t180"."impressions" IS NOT NULL
            ) AND (
              "t180"."reach" IS NOT NULL
            )) OVER (
            PARTITION BY "t180"."campaign_id", "t180"."platform"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ) AS DOUBLE PRECISION) / NULLIF(
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
          CAST(1 AS DOUBLE PRECISION)
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
      CAST("t180"."engagements" AS DOUBLE PRECISION) / NULLIF("t180"."reach", 0)
    ) * 100 AS "er_reach_post",
    (
      CAST("t180"."engagements" AS DOUBLE PRECISION) / NULLIF("t180"."followers", 0)
    ) * 100 AS "er_followers_post",
    (
      CAST("t180"."engagements" AS DOUBLE PRECISION) / NULLIF("t180"."impressions", 0)
    ) * 100 AS "er_impressions_post",
    (
      CAST("t180"."engagements" AS DOUBLE PRECISION) / NULLIF("t180"."views", 0)
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
    CAST(CASE WHEN "t180"."sponsored" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "sponsored_posts",
    CAST(CASE
      WHEN "t180"."sponsored"
      AND CASE
        WHEN UPPER("t180"."country") = 'FR'
        THEN (
          POSITION('publicité' IN LOWER("t180"."caption")) > 0
        )
        OR (
          POSITION('publicite' IN LOWER("t180"."caption")) > 0
        )
        OR (
          POSITION('collaboration commerciale' IN LOWER("t180"."caption")) > 0
        )
        WHEN UPPER("t180"."country") = 'BE'
        THEN (
          POSITION('publicité' IN LOWER("t180"."caption")) > 0
        )
        OR (
          POSITION('publicite' IN LOWER("t180"."caption")) > 0
        )
        OR (
          POSITION('collaboration commerciale' IN LOWER("t180"."caption")) > 0
        )
        OR (
          POSITION('#pub' IN LOWER("t180"."caption")) > 0
        )
        OR (
          POSITION('reclame' IN LOWER("t180"."caption")) > 0
        )
        OR (
          POSITION('#ad' IN LOWER("t180"."caption")) > 0
        )
        OR (
          POSITION('samenwerking' IN LOWER("t180"."caption")) > 0
        )
        WHEN UPPER("t180"."country") = 'DE'
        THEN (
          POSITION('werbung' IN LOWER("t180"."caption")) > 0
        )
        OR (
          POSITION('anzeige' IN LOWER("t180"."caption")) > 0
        )
        WHEN UPPER("t180"."country") = 'ES'
        THEN (
          POSITION('publicidad' IN LOWER("t180"."caption")) > 0
        )
        OR (
          POSITION('#publi' IN LOWER("t180"."caption")) > 0
        )
        OR (
          POSITION('patrocinado' IN LOWER("t180"."caption")) > 0
        )
        OR (
          POSITION('colaboración pagada' IN LOWER("t180"."caption")) > 0
        )
        WHEN UPPER("t180"."country") = 'IT'
        THEN (
          POSITION('pubblicità' IN LOWER("t180"."caption")) > 0
        )
        OR (
          POSITION('#adv' IN LOWER("t180"."caption")) > 0
        )
        OR (
          POSITION('sponsorizzato' IN LOWER("t180"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t180"."caption")) > 0
        )
        WHEN UPPER("t180"."country") = 'GB'
        THEN (
          POSITION('#ad' IN LOWER("t180"."caption")) > 0
        )
        OR (
          POSITION('advert' IN LOWER("t180"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t180"."caption")) > 0
        )
        WHEN UPPER("t180"."country") = 'US'
        THEN (
          POSITION('#ad' IN LOWER("t180"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t180"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t180"."caption")) > 0
        )
        OR (
          POSITION('paid partnership' IN LOWER("t180"."caption")) > 0
        )
        ELSE (
          POSITION('#ad' IN LOWER("t180"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t180"."caption")) > 0
        )
        OR (
          POSITION('paid partnership' IN LOWER("t180"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t180"."caption")) > 0
        )
      END
      THEN 1
      ELSE 0
    END AS DOUBLE PRECISION) AS "disclosed_sponsored_posts"
  FROM (
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
      CASE
        WHEN (
          "t175"."likes" IS NOT NULL
        )
        OR (
          "t175"."comments" IS NOT NULL
        )
        OR (
          "t175"."shares" IS NOT NULL
        )
        OR (
          "t175"."saves" IS NOT NULL
        )
        THEN CAST(0 AS DOUBLE PRECISION) + COALESCE("t175"."likes", 0) + COALESCE("t175"."comments", 0) + COALESCE("t175"."shares", 0) + COALESCE("t175"."saves", 0)
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END AS "engagements",
      NULLIF(
        GREATEST(
          COALESCE("t175"."likes__provenance", -1),
          COALESCE("t175"."comments__provenance", -1),
          COALESCE("t175"."shares__provenance", -1),
          COALESCE("t175"."saves__provenance", -1)
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
        "t171"."reach",
        "t171"."impressions",
        "t171"."views",
        "t171"."likes",
        "t171"."comments",
        "t171"."shares",
        "t171"."saves",
        "t171"."clicks",
        "t171"."reach__provenance",
        "t171"."impressions__provenance",
        "t171"."views__provenance",
        "t171"."likes__provenance",
        "t171"."comments__provenance",
        "t171"."shares__provenance",
        "t171"."saves__provenance",
        "t171"."clicks__provenance",
        "t134"."followers",
        "t134"."followers__provenance"
      FROM "campaign_posts_in" AS "t103"
      LEFT OUTER JOIN (
        SELECT
          "t130"."post_id",
          "t130"."reach",
          "t130"."impressions",
          "t130"."views",
          "t130"."likes",
          "t130"."comments",
          "t130"."shares",
          "t130"."saves",
          "t130"."clicks",
          CASE
            WHEN "t130"."reach" IS NULL
            THEN CAST(NULL AS BIGINT)
            ELSE CASE
              WHEN "t163"."mixed_post" IS NULL
              THEN CASE "t130"."seen" WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END
              ELSE 15 - (
                "t163"."reach" % 16
              )
            END
          END AS "reach__provenance",
          CASE
            WHEN "t130"."impressions" IS NULL
            THEN CAST(NULL AS BIGINT)
            ELSE CASE
              WHEN "t163"."mixed_post" IS NULL
              THEN CASE "t130"."seen" WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END
              ELSE 15 - (
                "t163"."impressions" % 16
              )
            END
          END AS "impressions__provenance",
          CASE
            WHEN "t130"."views" IS NULL
            THEN CAST(NULL AS BIGINT)
            ELSE CASE
              WHEN "t163"."mixed_post" IS NULL
              THEN CASE "t130"."seen" WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END
              ELSE 15 - (
                "t163"."views" % 16
              )
            END
          END AS "views__provenance",
          CASE
            WHEN "t130"."likes" IS NULL
            THEN CAST(NULL AS BIGINT)
            ELSE CASE
              WHEN "t163"."mixed_post" IS NULL
              THEN CASE "t130"."seen" WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END
              ELSE 15 - (
                "t163"."likes" % 16
              )
            END
          END AS "likes__provenance",
          CASE
            WHEN "t130"."comments" IS NULL
            THEN CAST(NULL AS BIGINT)
            ELSE CASE
              WHEN "t163"."mixed_post" IS NULL
              THEN CASE "t130"."seen" WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END
              ELSE 15 - (
                "t163"."comments" % 16
              )
            END
          END AS "comments__provenance",
          CASE
            WHEN "t130"."shares" IS NULL
            THEN CAST(NULL AS BIGINT)
            ELSE CASE
              WHEN "t163"."mixed_post" IS NULL
              THEN CASE "t130"."seen" WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END
              ELSE 15 - (
                "t163"."shares" % 16
              )
            END
          END AS "shares__provenance",
          CASE
            WHEN "t130"."saves" IS NULL
            THEN CAST(NULL AS BIGINT)
            ELSE CASE
              WHEN "t163"."mixed_post" IS NULL
              THEN CASE "t130"."seen" WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END
              ELSE 15 - (
                "t163"."saves" % 16
              )
            END
          END AS "saves__provenance",
          CASE
            WHEN "t130"."clicks" IS NULL
            THEN CAST(NULL AS BIGINT)
            ELSE CASE
              WHEN "t163"."mixed_post" IS NULL
              THEN CASE "t130"."seen" WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 4 THEN 2 ELSE NULL END
              ELSE 15 - (
                "t163"."clicks" % 16
              )
            END
          END AS "clicks__provenance"
        FROM "t121" AS "t130"
        LEFT OUTER JOIN (
          SELECT
            CAST("t157"."post_id" AS BIGINT) AS "mixed_post",
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t157"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t157"."provenance"
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
              "t157"."metric" = 'reach') AS "reach",
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t157"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t157"."provenance"
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
              "t157"."metric" = 'impressions') AS "impressions",
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t157"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t157"."provenance"
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
              "t157"."metric" = 'views') AS "views",
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t157"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t157"."provenance"
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
              "t157"."metric" = 'likes') AS "likes",
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t157"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t157"."provenance"
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
              "t157"."metric" = 'comments') AS "comments",
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t157"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t157"."provenance"
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
              "t157"."metric" = 'shares') AS "shares",
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t157"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t157"."provenance"
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
              "t157"."metric" = 'saves') AS "saves",
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t157"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t157"."provenance"
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
              "t157"."metric" = 'clicks') AS "clicks"
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
                    "t126"."post_id"
                  FROM "t121" AS "t126"
                  WHERE
                    NOT (
                      "t126"."seen" IN (1, 2, 4)
                    )
                )
            ) AS "t149"
            WHERE
              "t149"."captured_at" <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
          ) AS "t157"
          GROUP BY
            1
        ) AS "t163"
          ON "t130"."post_id" = "t163"."mixed_post"
      ) AS "t171"
        ON "t103"."post_id" = "t171"."post_id"
      LEFT OUTER JOIN (
        SELECT
          CAST("t55"."post_id" AS BIGINT) AS "post_id",
          "t108"."followers",
          "t108"."rank" AS "followers__provenance"
        FROM (
          SELECT
            "t11"."id" AS "post_id",
            "t11"."account_id",
            "t11"."published_at"
          FROM "post" AS "t11"
          WHERE
            "t11"."campaign_id" IS NOT NULL AND "t11"."campaign_id" IN (1)
        ) AS "t55"
        INNER JOIN (
          SELECT
            "t64"."account_id",
            CAST("t64"."followers" AS DOUBLE PRECISION) AS "followers",
            CASE "t64"."provenance"
              WHEN 'measured'
              THEN 0
              WHEN 'self_reported'
              THEN 1
              WHEN 'estimated'
              THEN 2
              ELSE 2
            END AS "rank",
            "t64"."captured_at" AS "since",
            LEAD("t64"."captured_at") OVER (
              PARTITION BY "t64"."account_id"
              ORDER BY "t64"."captured_at" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) AS "until",
            (
              ROW_NUMBER() OVER (
                PARTITION BY "t64"."account_id"
                ORDER BY "t64"."captured_at" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              ) - 1
            ) = 0 AS "first"
          FROM (
            SELECT
              *
            FROM "follower_snapshot" AS "t13"
            WHERE
              "t13"."account_id" IN (
                SELECT
                  "t11"."account_id"
                FROM "post" AS "t11"
                WHERE
                  "t11"."campaign_id" IS NOT NULL AND "t11"."campaign_id" IN (1)
              )
          ) AS "t64"
        ) AS "t108"
          ON "t55"."account_id" = "t108"."account_id"
          AND (
            (
              (
                "t108"."since" <= "t55"."published_at"
              )
              AND (
                (
                  "t108"."until" IS NULL
                ) OR (
                  "t55"."published_at" < "t108"."until"
                )
              )
            )
            OR (
              "t108"."first" AND (
                "t55"."published_at" < "t108"."since"
              )
            )
          )
      ) AS "t134"
        ON "t103"."post_id" = "t134"."post_id"
    ) AS "t175"
  ) AS "t180"
), "kpi_facts" AS (
  SELECT
    "t225"."campaign_id",
    "t225"."account_id",
    "t225"."post_id",
    "t225"."day",
    "t225"."reach",
    "t225"."impressions",
    "t225"."views",
    "t225"."likes",
    "t225"."comments",
    "t225"."shares",
    "t225"."saves",
    "t225"."clicks",
    "t225"."reach__provenance",
    "t225"."impressions__provenance",
    "t225"."views__provenance",
    "t225"."likes__provenance",
    "t225"."comments__provenance",
    "t225"."shares__provenance",
    "t225"."saves__provenance",
    "t225"."clicks__provenance",
    "t225"."followers",
    "t225"."followers__provenance",
    "t225"."engagements",
    "t225"."engagements__provenance",
    "t225"."impressions_with_estimates",
    "t225"."impressions_with_estimates__provenance",
    "t225"."er_reach_post",
    "t225"."er_followers_post",
    "t225"."er_impressions_post",
    "t225"."er_views_post",
    "t225"."er_reach_post__provenance",
    "t225"."er_followers_post__provenance",
    "t225"."er_impressions_post__provenance",
    "t225"."er_views_post__provenance",
    "t225"."post_platform",
    "t225"."publishing_influencer",
    "t225"."sponsored_posts",
    "t225"."disclosed_sponsored_posts",
    "t225"."cost",
    "t225"."key_message_posts",
    "t225"."ugc_post",
    "t225"."mentions",
    "t225"."brand_mentions",
    "t225"."mention_engagements",
    "t225"."brand_mention_engagements",
    "t225"."followers_start",
    "t225"."followers_gained",
    "t225"."followers_expected_gain",
    "t225"."followers_start__provenance",
    "t225"."followers_gained__provenance",
    "t225"."followers_expected_gain__provenance",
    "t225"."brand_followers_start",
    "t225"."brand_followers_gained",
    "t225"."brand_followers_expected_gain",
    "t225"."brand_followers_start__provenance",
    "t225"."brand_followers_gained__provenance",
    "t225"."brand_followers_expected_gain__provenance",
    "t225"."influencers_contacted",
    "t225"."influencers_interested",
    "t225"."posts_contracted",
    "t225"."products_sent",
    "t225"."link_clicks",
    "t225"."unique_link_clicks",
    "t225"."bot_link_clicks",
    "t225"."sessions",
    "t225"."new_users",
    "t225"."bounced_sessions",
    "t225"."session_seconds",
    "t225"."page_views",
    "t225"."key_events",
    "t225"."orders",
    "t225"."revenue",
    "t225"."new_customers",
    "t225"."key_messages",
    "t225"."emv",
    "t225"."emv__provenance",
    "t225"."emv_authentic",
    "t225"."emv_authentic__provenance",
    (
      CAST("t225"."cost" AS DOUBLE PRECISION) / (
        CASE
          WHEN "t225"."platform" = 'tiktok'
          THEN 7.5
          WHEN "t225"."platform" = 'youtube'
          THEN 3.53
          ELSE 19.8
        END * "t225"."paid_rate"
      )
    ) * 1000 AS "paid_impressions",
    CAST("t225"."cost" AS DOUBLE PRECISION) / (
      CASE
        WHEN "t225"."platform" = 'tiktok'
        THEN CAST(NULL AS DOUBLE PRECISION)
        WHEN "t225"."platform" = 'youtube'
        THEN CAST(NULL AS DOUBLE PRECISION)
        ELSE 1.88
      END * "t225"."paid_rate"
    ) AS "paid_clicks",
    CAST("t225"."cost" AS DOUBLE PRECISION) / (
      CASE
        WHEN "t225"."platform" = 'youtube'
        THEN 0.026
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END * "t225"."paid_rate"
    ) AS "paid_views",
    DATE_TRUNC('WEEK', "t225"."day") AS "week"
  FROM (
    SELECT
      "t223"."campaign_id",
      "t223"."campaign",
      "t223"."influencer_id",
      "t223"."influencer",
      "t223"."account_id",
      "t223"."platform",
      "t223"."format",
      "t223"."post_id",
      "t223"."day",
      "t223"."reach",
      "t223"."impressions",
      "t223"."views",
      "t223"."likes",
      "t223"."comments",
      "t223"."shares",
      "t223"."saves",
      "t223"."clicks",
      "t223"."reach__provenance",
      "t223"."impressions__provenance",
      "t223"."views__provenance",
      "t223"."likes__provenance",
      "t223"."comments__provenance",
      "t223"."shares__provenance",
      "t223"."saves__provenance",
      "t223"."clicks__provenance",
      "t223"."followers",
      "t223"."followers__provenance",
      "t223"."engagements",
      "t223"."engagements__provenance",
      "t223"."impressions_with_estimates",
      "t223"."impressions_with_estimates__provenance",
      "t223"."er_reach_post",
      "t223"."er_followers_post",
      "t223"."er_impressions_post",
      "t223"."er_views_post",
      "t223"."er_reach_post__provenance",
      "t223"."er_followers_post__provenance",
      "t223"."er_impressions_post__provenance",
      "t223"."er_views_post__provenance",
      "t223"."post_platform",
      "t223"."publishing_influencer",
      "t223"."sponsored_posts",
      "t223"."disclosed_sponsored_posts",
      "t223"."cost",
      "t223"."key_message_posts",
      "t223"."ugc_post",
      "t223"."mentions",
      "t223"."brand_mentions",
      "t223"."mention_engagements",
      "t223"."brand_mention_engagements",
      "t223"."followers_start",
      "t223"."followers_gained",
      "t223"."followers_expected_gain",
      "t223"."followers_start__provenance",
      "t223"."followers_gained__provenance",
      "t223"."followers_expected_gain__provenance",
      "t223"."brand_followers_start",
      "t223"."brand_followers_gained",
      "t223"."brand_followers_expected_gain",
      "t223"."brand_followers_start__provenance",
      "t223"."brand_followers_gained__provenance",
      "t223"."brand_followers_expected_gain__provenance",
      "t223"."influencers_contacted",
      "t223"."influencers_interested",
      "t223"."posts_contracted",
      "t223"."products_sent",
      "t223"."link_clicks",
      "t223"."unique_link_clicks",
      "t223"."bot_link_clicks",
      "t223"."sessions",
      "t223"."new_users",
      "t223"."engaged_sessions",
      "t223"."bounced_sessions",
      "t223"."session_seconds",
      "t223"."page_views",
      "t223"."key_events",
      "t223"."orders",
      "t223"."revenue",
      "t223"."new_customers",
      "t223"."key_messages",
      "t223"."emv_rate",
      "t223"."inauthentic_share",
      "t223"."emv",
      "t223"."emv__provenance",
      "t223"."emv_authentic",
      "t223"."emv_authentic__provenance",
      "t150"."paid_rate"
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
        "t220"."key_message_posts",
        "t220"."ugc_post",
        "t220"."mentions",
        "t220"."brand_mentions",
        "t220"."mention_engagements",
        "t220"."brand_mention_engagements",
        "t220"."followers_start",
        "t220"."followers_gained",
        "t220"."followers_expected_gain",
        "t220"."followers_start__provenance",
        "t220"."followers_gained__provenance",
        "t220"."followers_expected_gain__provenance",
        "t220"."brand_followers_start",
        "t220"."brand_followers_gained",
        "t220"."brand_followers_expected_gain",
        "t220"."brand_followers_start__provenance",
        "t220"."brand_followers_gained__provenance",
        "t220"."brand_followers_expected_gain__provenance",
        "t220"."influencers_contacted",
        "t220"."influencers_interested",
        "t220"."posts_contracted",
        "t220"."products_sent",
        "t220"."link_clicks",
        "t220"."unique_link_clicks",
        "t220"."bot_link_clicks",
        "t220"."sessions",
        "t220"."new_users",
        "t220"."engaged_sessions",
        "t220"."bounced_sessions",
        "t220"."session_seconds",
        "t220"."page_views",
        "t220"."key_events",
        "t220"."orders",
        "t220"."revenue",
        "t220"."new_customers",
        "t220"."key_messages",
        "t220"."emv_rate",
        "t220"."inauthentic_share",
        CASE
          WHEN (
            "t220"."post_id" IS NOT NULL
          )
          AND (
            (
              (
                CAST((
                  COALESCE("t220"."impressions", "t220"."views") * CASE
                    WHEN "t220"."platform" = 'tiktok'
                    THEN 6.89
                    ELSE CAST(NULL AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t220"."platform" = 'instagram'
                  THEN 0.07
                  WHEN "t220"."platform" = 'tiktok'
                  THEN 0.09
                  WHEN "t220"."platform" = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t220"."likes"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t220"."platform" = 'instagram'
                  THEN 3.46
                  WHEN "t220"."platform" = 'tiktok'
                  THEN 3.52
                  WHEN "t220"."platform" = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t220"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t220"."platform" = 'tiktok'
                  THEN 1.72
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t220"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              CAST((
                COALESCE("t220"."impressions", "t220"."views") * CASE
                  WHEN "t220"."platform" = 'tiktok'
                  THEN 6.89
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END
              ) AS DOUBLE PRECISION) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t220"."platform" = 'instagram'
                THEN 0.07
                WHEN "t220"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t220"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t220"."likes",
              0
            ) + COALESCE(
              CASE
                WHEN "t220"."platform" = 'instagram'
                THEN 3.46
                WHEN "t220"."platform" = 'tiktok'
                THEN 3.52
                WHEN "t220"."platform" = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t220"."comments",
              0
            ) + COALESCE(
              CASE
                WHEN "t220"."platform" = 'tiktok'
                THEN 1.72
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t220"."shares",
              0
            )
          ) * "t220"."emv_rate"
          ELSE CAST(NULL AS DOUBLE PRECISION)
        END AS "emv",
        NULLIF(
          GREATEST(
            COALESCE("t220"."impressions__provenance", -1),
            COALESCE("t220"."views__provenance", -1),
            COALESCE("t220"."engagements__provenance", -1)
          ),
          -1
        ) AS "emv__provenance",
        CASE
          WHEN (
            "t220"."post_id" IS NOT NULL
          )
          AND (
            (
              (
                CAST((
                  COALESCE("t220"."impressions", "t220"."views") * CASE
                    WHEN "t220"."platform" = 'tiktok'
                    THEN 6.89
                    ELSE CAST(NULL AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t220"."platform" = 'instagram'
                  THEN 0.07
                  WHEN "t220"."platform" = 'tiktok'
                  THEN 0.09
                  WHEN "t220"."platform" = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t220"."likes"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t220"."platform" = 'instagram'
                  THEN 3.46
                  WHEN "t220"."platform" = 'tiktok'
                  THEN 3.52
                  WHEN "t220"."platform" = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t220"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t220"."platform" = 'tiktok'
                  THEN 1.72
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t220"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              CAST((
                COALESCE("t220"."impressions", "t220"."views") * CASE
                  WHEN "t220"."platform" = 'tiktok'
                  THEN 6.89
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END
              ) AS DOUBLE PRECISION) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t220"."platform" = 'instagram'
                THEN 0.07
                WHEN "t220"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t220"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t220"."likes",
              0
            ) + COALESCE(
              CASE
                WHEN "t220"."platform" = 'instagram'
                THEN 3.46
                WHEN "t220"."platform" = 'tiktok'
                THEN 3.52
                WHEN "t220"."platform" = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t220"."comments",
              0
            ) + COALESCE(
              CASE
                WHEN "t220"."platform" = 'tiktok'
                THEN 1.72
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t220"."shares",
              0
            )
          ) * "t220"."emv_rate" * (
            1 - COALESCE("t220"."inauthentic_share", 0)
          )
          ELSE CAST(NULL AS DOUBLE PRECISION)
        END AS "emv_authentic",
        NULLIF(
          GREATEST(
            COALESCE(
              NULLIF(
                GREATEST(
                  COALESCE("t220"."impressions__provenance", -1),
                  COALESCE("t220"."views__provenance", -1),
                  COALESCE("t220"."engagements__provenance", -1)
                ),
                -1
              ),
              -1
            ),
            COALESCE(CASE WHEN "t220"."inauthentic_share" > 0 THEN 2 ELSE CAST(NULL AS BIGINT) END, -1)
          ),
          -1
        ) AS "emv_authentic__provenance"
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
          "t218"."key_message_posts",
          "t218"."ugc_post",
          "t218"."mentions",
          "t218"."brand_mentions",
          "t218"."mention_engagements",
          "t218"."brand_mention_engagements",
          "t218"."followers_start",
          "t218"."followers_gained",
          "t218"."followers_expected_gain",
          "t218"."followers_start__provenance",
          "t218"."followers_gained__provenance",
          "t218"."followers_expected_gain__provenance",
          "t218"."brand_followers_start",
          "t218"."brand_followers_gained",
          "t218"."brand_followers_expected_gain",
          "t218"."brand_followers_start__provenance",
          "t218"."brand_followers_gained__provenance",
          "t218"."brand_followers_expected_gain__provenance",
          "t218"."influencers_contacted",
          "t218"."influencers_interested",
          "t218"."posts_contracted",
          "t218"."products_sent",
          "t218"."link_clicks",
          "t218"."unique_link_clicks",
          "t218"."bot_link_clicks",
          "t218"."sessions",
          "t218"."new_users",
          "t218"."engaged_sessions",
          "t218"."bounced_sessions",
          "t218"."session_seconds",
          "t218"."page_views",
          "t218"."key_events",
          "t218"."orders",
          "t218"."revenue",
          "t218"."new_customers",
          "t218"."key_messages",
          "t218"."emv_rate",
          "t29"."inauthentic_share"
        FROM (
          SELECT
            "t215"."campaign_id",
            "t215"."campaign",
            "t215"."influencer_id",
            "t215"."influencer",
            "t215"."account_id",
            "t215"."platform",
            "t215"."format",
            "t215"."post_id",
            "t215"."day",
            "t215"."reach",
            "t215"."impressions",
            "t215"."views",
            "t215"."likes",
            "t215"."comments",
            "t215"."shares",
            "t215"."saves",
            "t215"."clicks",
            "t215"."reach__provenance",
            "t215"."impressions__provenance",
            "t215"."views__provenance",
            "t215"."likes__provenance",
            "t215"."comments__provenance",
            "t215"."shares__provenance",
            "t215"."saves__provenance",
            "t215"."clicks__provenance",
            "t215"."followers",
            "t215"."followers__provenance",
            "t215"."engagements",
            "t215"."engagements__provenance",
            "t215"."impressions_with_estimates",
            "t215"."impressions_with_estimates__provenance",
            "t215"."er_reach_post",
            "t215"."er_followers_post",
            "t215"."er_impressions_post",
            "t215"."er_views_post",
            "t215"."er_reach_post__provenance",
            "t215"."er_followers_post__provenance",
            "t215"."er_impressions_post__provenance",
            "t215"."er_views_post__provenance",
            "t215"."post_platform",
            "t215"."publishing_influencer",
            "t215"."sponsored_posts",
            "t215"."disclosed_sponsored_posts",
            "t215"."cost",
            "t215"."key_message_posts",
            "t215"."ugc_post",
            "t215"."mentions",
            "t215"."brand_mentions",
            "t215"."mention_engagements",
            "t215"."brand_mention_engagements",
            "t215"."followers_start",
            "t215"."followers_gained",
            "t215"."followers_expected_gain",
            "t215"."followers_start__provenance",
            "t215"."followers_gained__provenance",
            "t215"."followers_expected_gain__provenance",
            "t215"."brand_followers_start",
            "t215"."brand_followers_gained",
            "t215"."brand_followers_expected_gain",
            "t215"."brand_followers_start__provenance",
            "t215"."brand_followers_gained__provenance",
            "t215"."brand_followers_expected_gain__provenance",
            "t215"."influencers_contacted",
            "t215"."influencers_interested",
            "t215"."posts_contracted",
            "t215"."products_sent",
            "t215"."link_clicks",
            "t215"."unique_link_clicks",
            "t215"."bot_link_clicks",
            "t215"."sessions",
            "t215"."new_users",
            "t215"."engaged_sessions",
            "t215"."bounced_sessions",
            "t215"."session_seconds",
            "t215"."page_views",
            "t215"."key_events",
            "t215"."orders",
            "t215"."revenue",
            "t215"."new_customers",
            "t215"."key_messages",
            "t151"."emv_rate"
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
                                "t203"."campaign_id",
                                "t203"."campaign",
                                "t203"."influencer_id",
                                "t203"."influencer",
                                "t203"."account_id",
                                "t203"."platform",
                                "t203"."format",
                                "t203"."post_id",
                                "t203"."day",
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
                                CAST("t203"."followers__provenance" AS BIGINT) AS "followers__provenance",
                                "t203"."engagements",
                                "t203"."engagements__provenance",
                                "t203"."impressions_with_estimates",
                                "t203"."impressions_with_estimates__provenance",
                                "t203"."er_reach_post",
                                "t203"."er_followers_post",
                                "t203"."er_impressions_post",
                                "t203"."er_views_post",
                                "t203"."er_reach_post__provenance",
                                "t203"."er_followers_post__provenance",
                                "t203"."er_impressions_post__provenance",
                                "t203"."er_views_post__provenance",
                                "t203"."post_platform",
                                CAST("t203"."publishing_influencer" AS DOUBLE PRECISION) AS "publishing_influencer",
                                "t203"."sponsored_posts",
                                "t203"."disclosed_sponsored_posts",
                                "t203"."cost",
                                "t203"."key_message_posts",
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
                                  "t197"."campaign_id",
                                  "t197"."campaign",
                                  "t197"."influencer_id",
                                  "t197"."influencer",
                                  "t197"."account_id",
                                  "t197"."platform",
                                  "t197"."format",
                                  "t197"."post_id",
                                  "t197"."day",
                                  "t197"."country",
                                  "t197"."caption",
                                  "t197"."sponsored",
                                  "t197"."reach",
                                  "t197"."impressions",
                                  "t197"."views",
                                  "t197"."likes",
                                  "t197"."comments",
                                  "t197"."shares",
                                  "t197"."saves",
                                  "t197"."clicks",
                                  "t197"."reach__provenance",
                                  "t197"."impressions__provenance",
                                  "t197"."views__provenance",
                                  "t197"."likes__provenance",
                                  "t197"."comments__provenance",
                                  "t197"."shares__provenance",
                                  "t197"."saves__provenance",
                                  "t197"."clicks__provenance",
                                  "t197"."followers",
                                  "t197"."followers__provenance",
                                  "t197"."engagements",
                                  "t197"."engagements__provenance",
                                  "t197"."impressions_with_estimates",
                                  "t197"."impressions_with_estimates__provenance",
                                  "t197"."er_reach_post",
                                  "t197"."er_followers_post",
                                  "t197"."er_impressions_post",
                                  "t197"."er_views_post",
                                  "t197"."er_reach_post__provenance",
                                  "t197"."er_followers_post__provenance",
                                  "t197"."er_impressions_post__provenance",
                                  "t197"."er_views_post__provenance",
                                  "t197"."post_platform",
                                  "t197"."publishing_influencer",
                                  "t197"."sponsored_posts",
                                  "t197"."disclosed_sponsored_posts",
                                  "t197"."cost",
                                  "t202"."key_message_posts"
                                FROM (
                                  SELECT
                                    "t187"."campaign_id",
                                    "t187"."campaign",
                                    "t187"."influencer_id",
                                    "t187"."influencer",
                                    "t187"."account_id",
                                    "t187"."platform",
                                    "t187"."format",
                                    "t187"."post_id",
                                    "t187"."day",
                                    "t187"."country",
                                    "t187"."caption",
                                    "t187"."sponsored",
                                    "t187"."reach",
                                    "t187"."impressions",
                                    "t187"."views",
                                    "t187"."likes",
                                    "t187"."comments",
                                    "t187"."shares",
                                    "t187"."saves",
                                    "t187"."clicks",
                                    "t187"."reach__provenance",
                                    "t187"."impressions__provenance",
                                    "t187"."views__provenance",
                                    "t187"."likes__provenance",
                                    "t187"."comments__provenance",
                                    "t187"."shares__provenance",
                                    "t187"."saves__provenance",
                                    "t187"."clicks__provenance",
                                    "t187"."followers",
                                    "t187"."followers__provenance",
                                    "t187"."engagements",
                                    "t187"."engagements__provenance",
                                    "t187"."impressions_with_estimates",
                                    "t187"."impressions_with_estimates__provenance",
                                    "t187"."er_reach_post",
                                    "t187"."er_followers_post",
                                    "t187"."er_impressions_post",
                                    "t187"."er_views_post",
                                    "t187"."er_reach_post__provenance",
                                    "t187"."er_followers_post__provenance",
                                    "t187"."er_impressions_post__provenance",
                                    "t187"."er_views_post__provenance",
                                    "t187"."post_platform",
                                    "t187"."publishing_influencer",
                                    "t187"."sponsored_posts",
                                    "t187"."disclosed_sponsored_posts",
                                    "t155"."cost"
                                  FROM "post_rows" AS "t187"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t103"."post_id",
                                      "t143"."cost"
                                    FROM "campaign_posts_in" AS "t103"
                                    INNER JOIN (
                                      SELECT
                                        "t125"."campaign_id",
                                        "t125"."influencer_id",
                                        SUM("t125"."share") AS "cost"
                                      FROM (
                                        SELECT
                                          "t102"."campaign_id",
                                          "t102"."influencer_id",
                                          CAST("t102"."amount" AS DOUBLE PRECISION) / "t111"."n_posts" AS "share"
                                        FROM "t77" AS "t102"
                                        INNER JOIN (
                                          SELECT
                                            "t93"."campaign_id",
                                            "t93"."influencer_id",
                                            COUNT("t93"."post_id") AS "n_posts"
                                          FROM "campaign_posts_in" AS "t93"
                                          GROUP BY
                                            1,
                                            2
                                        ) AS "t111"
                                          ON "t102"."campaign_id" = "t111"."campaign_id"
                                          AND "t102"."influencer_id" = "t111"."influencer_id"
                                      ) AS "t125"
                                      GROUP BY
                                        1,
                                        2
                                    ) AS "t143"
                                      ON "t143"."campaign_id" = "t103"."campaign_id"
                                      AND "t143"."influencer_id" = "t103"."influencer_id"
                                  ) AS "t155"
                                    ON "t187"."post_id" = "t155"."post_id"
                                ) AS "t197"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t198"."post_id",
                                    MAX(
                                      CAST(CASE
                                        WHEN POSITION(LOWER("t198"."message") IN LOWER("t198"."caption")) > 0
                                        THEN 1
                                        ELSE 0
                                      END AS DOUBLE PRECISION)
                                    ) AS "key_message_posts"
                                  FROM (
                                    SELECT
                                      "t192"."campaign_id",
                                      "t192"."post_id",
                                      "t192"."caption",
                                      "t83"."message"
                                    FROM (
                                      SELECT
                                        "t186"."campaign_id",
                                        "t186"."post_id",
                                        "t186"."caption"
                                      FROM "post_rows" AS "t186"
                                    ) AS "t192"
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
                                    ) AS "t83"
                                      ON "t192"."campaign_id" = "t83"."campaign_id"
                                  ) AS "t198"
                                  GROUP BY
                                    1
                                ) AS "t202"
                                  ON "t197"."post_id" = "t202"."post_id"
                              ) AS "t203"
                            ) AS "t204"
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t199"."campaign_id",
                                "t199"."campaign",
                                CAST(NULL AS BIGINT) AS "influencer_id",
                                CAST(NULL AS VARCHAR) AS "influencer",
                                CAST(NULL AS BIGINT) AS "account_id",
                                "t199"."platform",
                                CAST(NULL AS VARCHAR) AS "format",
                                CAST(NULL AS BIGINT) AS "post_id",
                                "t199"."day",
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
                                CAST("t199"."ugc_post" AS DOUBLE PRECISION) AS "ugc_post",
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
                                      "t84"."campaign_id",
                                      "t84"."campaign",
                                      "t94"."post_id",
                                      "t94"."influencer_id",
                                      "t94"."platform",
                                      "t94"."day"
                                    FROM (
                                      SELECT
                                        CAST("t57"."id" AS BIGINT) AS "post_id",
                                        CAST("t17"."id" AS BIGINT) AS "influencer_id",
                                        "t17"."workspace_id",
                                        "t17"."is_brand",
                                        CAST("t21"."platform" AS VARCHAR) AS "platform",
                                        "t57"."published_on" AS "day",
                                        "t57"."hashtags"
                                      FROM (
                                        SELECT
                                          *
                                        FROM "post" AS "t11"
                                        WHERE
                                          "t11"."campaign_id" IS NULL
                                      ) AS "t57"
                                      INNER JOIN "account" AS "t21"
                                        ON "t57"."account_id" = "t21"."id"
                                      INNER JOIN "influencer" AS "t17"
                                        ON "t21"."influencer_id" = "t17"."id"
                                    ) AS "t94"
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
                                    ) AS "t84"
                                      ON "t94"."workspace_id" = "t84"."workspace_id"
                                      AND "t94"."day" >= "t84"."start"
                                      AND "t94"."day" <= "t84"."end"
                                      AND NOT (
                                        "t94"."is_brand"
                                      )
                                      AND POSITION(',' || "t84"."tag" || ',' IN ',' || "t94"."hashtags" || ',') > 0
                                  ) AS "t118"
                                ) AS "t135"
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
                                        ) AS "t33"
                                        UNION ALL
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            "t186"."campaign_id",
                                            "t186"."influencer_id"
                                          FROM "post_rows" AS "t186"
                                        ) AS "t189"
                                      ) AS "t191"
                                    ) AS "t196"
                                    WHERE
                                      "t135"."campaign_id" = "t196"."campaign_id"
                                      AND "t135"."influencer_id" = "t196"."influencer_id"
                                  )
                              ) AS "t199"
                            ) AS "t200"
                          ) AS "t205"
                          UNION ALL
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t124"."campaign_id",
                              "t124"."campaign",
                              "t124"."influencer_id",
                              "t124"."influencer",
                              CAST(NULL AS BIGINT) AS "account_id",
                              CAST(NULL AS VARCHAR) AS "platform",
                              CAST(NULL AS VARCHAR) AS "format",
                              CAST(NULL AS BIGINT) AS "post_id",
                              "t124"."day",
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
                              "t124"."cost",
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
                                "t101"."campaign_id",
                                "t101"."campaign",
                                "t101"."influencer_id",
                                CAST("t17"."name" AS VARCHAR) AS "influencer",
                                "t101"."incurred_on" AS "day",
                                "t101"."amount" AS "cost"
                              FROM "t77" AS "t101"
                              LEFT OUTER JOIN "influencer" AS "t17"
                                ON "t101"."influencer_id" = "t17"."id"
                              WHERE
                                NOT EXISTS(
                                  SELECT
                                    1
                                  FROM (
                                    SELECT
                                      "t93"."campaign_id",
                                      "t93"."influencer_id",
                                      COUNT("t93"."post_id") AS "n_posts"
                                    FROM "campaign_posts_in" AS "t93"
                                    GROUP BY
                                      1,
                                      2
                                  ) AS "t111"
                                  WHERE
                                    "t101"."campaign_id" = "t111"."campaign_id"
                                    AND "t101"."influencer_id" = "t111"."influencer_id"
                                )
                            ) AS "t124"
                          ) AS "t133"
                        ) AS "t206"
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t81"."campaign_id",
                            "t81"."campaign",
                            CAST(NULL AS BIGINT) AS "influencer_id",
                            CAST(NULL AS VARCHAR) AS "influencer",
                            CAST(NULL AS BIGINT) AS "account_id",
                            "t81"."platform",
                            CAST(NULL AS VARCHAR) AS "format",
                            CAST(NULL AS BIGINT) AS "post_id",
                            "t81"."day",
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
                            "t81"."mentions",
                            "t81"."brand_mentions",
                            "t81"."mention_engagements",
                            "t81"."brand_mention_engagements",
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
                          ) AS "t81"
                        ) AS "t95"
                      ) AS "t207"
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t184"."campaign_id",
                          "t184"."campaign",
                          "t184"."influencer_id",
                          "t184"."influencer",
                          "t184"."account_id",
                          "t184"."platform",
                          CAST(NULL AS VARCHAR) AS "format",
                          CAST(NULL AS BIGINT) AS "post_id",
                          "t184"."day",
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
                            WHEN "t184"."is_brand" = FALSE
                            THEN "t184"."start_followers"
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "followers_start",
                          CASE
                            WHEN "t184"."is_brand" = FALSE
                            THEN CASE
                              WHEN "t184"."end_seen_at" > "t184"."start_seen_at"
                              THEN "t184"."end_followers" - "t184"."start_followers"
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "followers_gained",
                          CASE
                            WHEN "t184"."is_brand" = FALSE
                            THEN CASE
                              WHEN "t184"."end_seen_at" > "t184"."start_seen_at"
                              THEN (
                                CAST((
                                  "t184"."start_followers" - "t184"."before_followers"
                                ) AS DOUBLE PRECISION) / NULLIF(CAST("t184"."start_seen_at" - "t184"."before_seen_at" AS DOUBLE PRECISION), 0)
                              ) * (
                                "t184"."end_seen_at" - "t184"."start_seen_at"
                              )
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "followers_expected_gain",
                          CAST(CASE
                            WHEN "t184"."is_brand" = FALSE
                            THEN "t184"."start_rank"
                            ELSE CAST(NULL AS SMALLINT)
                          END AS BIGINT) AS "followers_start__provenance",
                          CASE
                            WHEN "t184"."is_brand" = FALSE
                            THEN CASE
                              WHEN "t184"."end_seen_at" > "t184"."start_seen_at"
                              THEN NULLIF(GREATEST(COALESCE("t184"."start_rank", -1), COALESCE("t184"."end_rank", -1)), -1)
                              ELSE CAST(NULL AS BIGINT)
                            END
                            ELSE CAST(NULL AS BIGINT)
                          END AS "followers_gained__provenance",
                          CASE
                            WHEN "t184"."is_brand" = FALSE
                            THEN CASE
                              WHEN CASE
                                WHEN "t184"."end_seen_at" > "t184"."start_seen_at"
                                THEN (
                                  CAST((
                                    "t184"."start_followers" - "t184"."before_followers"
                                  ) AS DOUBLE PRECISION) / NULLIF(CAST("t184"."start_seen_at" - "t184"."before_seen_at" AS DOUBLE PRECISION), 0)
                                ) * (
                                  "t184"."end_seen_at" - "t184"."start_seen_at"
                                )
                                ELSE CAST(NULL AS DOUBLE PRECISION)
                              END IS NOT NULL
                              THEN NULLIF(
                                GREATEST(
                                  COALESCE(
                                    CASE
                                      WHEN "t184"."end_seen_at" > "t184"."start_seen_at"
                                      THEN NULLIF(GREATEST(COALESCE("t184"."start_rank", -1), COALESCE("t184"."end_rank", -1)), -1)
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    -1
                                  ),
                                  COALESCE("t184"."before_rank", -1)
                                ),
                                -1
                              )
                              ELSE CAST(NULL AS BIGINT)
                            END
                            ELSE CAST(NULL AS BIGINT)
                          END AS "followers_expected_gain__provenance",
                          CASE
                            WHEN "t184"."is_brand" = TRUE
                            THEN "t184"."start_followers"
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "brand_followers_start",
                          CASE
                            WHEN "t184"."is_brand" = TRUE
                            THEN CASE
                              WHEN "t184"."end_seen_at" > "t184"."start_seen_at"
                              THEN "t184"."end_followers" - "t184"."start_followers"
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "brand_followers_gained",
                          CASE
                            WHEN "t184"."is_brand" = TRUE
                            THEN CASE
                              WHEN "t184"."end_seen_at" > "t184"."start_seen_at"
                              THEN (
                                CAST((
                                  "t184"."start_followers" - "t184"."before_followers"
                                ) AS DOUBLE PRECISION) / NULLIF(CAST("t184"."start_seen_at" - "t184"."before_seen_at" AS DOUBLE PRECISION), 0)
                              ) * (
                                "t184"."end_seen_at" - "t184"."start_seen_at"
                              )
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "brand_followers_expected_gain",
                          CAST(CASE
                            WHEN "t184"."is_brand" = TRUE
                            THEN "t184"."start_rank"
                            ELSE CAST(NULL AS SMALLINT)
                          END AS BIGINT) AS "brand_followers_start__provenance",
                          CASE
                            WHEN "t184"."is_brand" = TRUE
                            THEN CASE
                              WHEN "t184"."end_seen_at" > "t184"."start_seen_at"
                              THEN NULLIF(GREATEST(COALESCE("t184"."start_rank", -1), COALESCE("t184"."end_rank", -1)), -1)
                              ELSE CAST(NULL AS BIGINT)
                            END
                            ELSE CAST(NULL AS BIGINT)
                          END AS "brand_followers_gained__provenance",
                          CASE
                            WHEN "t184"."is_brand" = TRUE
                            THEN CASE
                              WHEN CASE
                                WHEN "t184"."end_seen_at" > "t184"."start_seen_at"
                                THEN (
                                  CAST((
                                    "t184"."start_followers" - "t184"."before_followers"
                                  ) AS DOUBLE PRECISION) / NULLIF(CAST("t184"."start_seen_at" - "t184"."before_seen_at" AS DOUBLE PRECISION), 0)
                                ) * (
                                  "t184"."end_seen_at" - "t184"."start_seen_at"
                                )
                                ELSE CAST(NULL AS DOUBLE PRECISION)
                              END IS NOT NULL
                              THEN NULLIF(
                                GREATEST(
                                  COALESCE(
                                    CASE
                                      WHEN "t184"."end_seen_at" > "t184"."start_seen_at"
                                      THEN NULLIF(GREATEST(COALESCE("t184"."start_rank", -1), COALESCE("t184"."end_rank", -1)), -1)
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    -1
                                  ),
                                  COALESCE("t184"."before_rank", -1)
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
                            "t182"."campaign_id",
                            "t182"."campaign",
                            "t182"."influencer_id",
                            "t182"."influencer",
                            "t182"."account_id",
                            "t182"."platform",
                            "t182"."is_brand",
                            "t182"."day",
                            "t182"."start_at",
                            "t182"."end_at",
                            "t182"."start_followers",
                            "t182"."start_seen_at",
                            "t182"."start_rank",
                            "t182"."end_followers",
                            "t182"."end_seen_at",
                            "t182"."end_rank",
                            "t172"."before_followers",
                            "t172"."before_seen_at",
                            "t172"."before_rank"
                          FROM (
                            SELECT
                              "t178"."campaign_id",
                              "t178"."campaign",
                              "t178"."influencer_id",
                              "t178"."influencer",
                              "t178"."account_id",
                              "t178"."platform",
                              "t178"."is_brand",
                              "t178"."day",
                              "t178"."start_at",
                              "t178"."end_at",
                              "t178"."start_followers",
                              "t178"."start_seen_at",
                              "t178"."start_rank",
                              "t170"."end_followers",
                              "t170"."end_seen_at",
                              "t170"."end_rank"
                            FROM (
                              SELECT
                                "t146"."campaign_id",
                                "t146"."campaign",
                                "t146"."influencer_id",
                                "t146"."influencer",
                                "t146"."account_id",
                                "t146"."platform",
                                "t146"."is_brand",
                                "t146"."day",
                                "t146"."start_at",
                                "t146"."end_at",
                                "t174"."start_followers",
                                "t174"."start_seen_at",
                                "t174"."start_rank"
                              FROM (
                                SELECT
                                  "t120"."campaign_id",
                                  CAST("t15"."name" AS VARCHAR) AS "campaign",
                                  CAST("t18"."id" AS BIGINT) AS "influencer_id",
                                  CAST("t18"."name" AS VARCHAR) AS "influencer",
                                  "t120"."account_id",
                                  CAST("t22"."platform" AS VARCHAR) AS "platform",
                                  "t120"."is_brand",
                                  "t15"."end_date" AS "day",
                                  EXTRACT('epoch' FROM CAST("t15"."start_date" AS TIMESTAMPTZ)) AS "start_at",
                                  EXTRACT('epoch' FROM CAST("t15"."end_date" AS TIMESTAMPTZ)) + 86400 AS "end_at"
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
                                        "t93"."campaign_id",
                                        "t93"."account_id"
                                      FROM "campaign_posts_in" AS "t93"
                                    ) AS "t107"
                                  ) AS "t112"
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
                                    ) AS "t35"
                                      ON "t35"."workspace_id" = "t60"."workspace_id"
                                    INNER JOIN "account" AS "t22"
                                      ON "t22"."influencer_id" = "t35"."id"
                                  ) AS "t82"
                                ) AS "t120"
                                INNER JOIN "campaign" AS "t15"
                                  ON "t120"."campaign_id" = "t15"."id"
                                INNER JOIN "account" AS "t22"
                                  ON "t120"."account_id" = "t22"."id"
                                INNER JOIN "influencer" AS "t18"
                                  ON "t22"."influencer_id" = "t18"."id"
                              ) AS "t146"
                              INNER JOIN (
                                SELECT
                                  "t166"."campaign_id",
                                  "t166"."account_id",
                                  CAST("t166"."followers" AS DOUBLE PRECISION) AS "start_followers",
                                  "t166"."at" AS "start_seen_at",
                                  "t166"."rank" AS "start_rank"
                                FROM (
                                  SELECT
                                    "t160"."campaign_id",
                                    "t160"."campaign",
                                    "t160"."influencer_id",
                                    "t160"."influencer",
                                    "t160"."account_id",
                                    "t160"."platform",
                                    "t160"."is_brand",
                                    "t160"."day",
                                    "t160"."start_at",
                                    "t160"."end_at",
                                    "t160"."followers",
                                    "t160"."at",
                                    "t160"."rank",
                                    ROW_NUMBER() OVER (
                                      PARTITION BY "t160"."campaign_id", "t160"."account_id"
                                      ORDER BY CASE WHEN "t160"."at" <= "t160"."start_at" THEN 0 ELSE 1 END ASC, ABS("t160"."at" - "t160"."start_at") ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    ) - 1 AS "order"
                                  FROM "t159" AS "t160"
                                ) AS "t166"
                                WHERE
                                  "t166"."order" = 0
                              ) AS "t174"
                                ON "t146"."campaign_id" = "t174"."campaign_id"
                                AND "t146"."account_id" = "t174"."account_id"
                            ) AS "t178"
                            LEFT OUTER JOIN (
                              SELECT
                                "t164"."campaign_id",
                                "t164"."account_id",
                                CAST("t164"."followers" AS DOUBLE PRECISION) AS "end_followers",
                                "t164"."at" AS "end_seen_at",
                                "t164"."rank" AS "end_rank"
                              FROM (
                                SELECT
                                  "t160"."campaign_id",
                                  "t160"."campaign",
                                  "t160"."influencer_id",
                                  "t160"."influencer",
                                  "t160"."account_id",
                                  "t160"."platform",
                                  "t160"."is_brand",
                                  "t160"."day",
                                  "t160"."start_at",
                                  "t160"."end_at",
                                  "t160"."followers",
                                  "t160"."at",
                                  "t160"."rank",
                                  ROW_NUMBER() OVER (
                                    PARTITION BY "t160"."campaign_id", "t160"."account_id"
                                    ORDER BY "t160"."at" DESC NULLS LAST
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  ) - 1 AS "order"
                                FROM "t159" AS "t160"
                              ) AS "t164"
                              WHERE
                                "t164"."order" = 0
                            ) AS "t170"
                              ON "t178"."campaign_id" = "t170"."campaign_id"
                              AND "t178"."account_id" = "t170"."account_id"
                          ) AS "t182"
                          LEFT OUTER JOIN (
                            SELECT
                              "t165"."campaign_id",
                              "t165"."account_id",
                              CAST("t165"."followers" AS DOUBLE PRECISION) AS "before_followers",
                              "t165"."at" AS "before_seen_at",
                              "t165"."rank" AS "before_rank"
                            FROM (
                              SELECT
                                "t161"."campaign_id",
                                "t161"."campaign",
                                "t161"."influencer_id",
                                "t161"."influencer",
                                "t161"."account_id",
                                "t161"."platform",
                                "t161"."is_brand",
                                "t161"."day",
                                "t161"."start_at",
                                "t161"."end_at",
                                "t161"."followers",
                                "t161"."at",
                                "t161"."rank",
                                ROW_NUMBER() OVER (
                                  PARTITION BY "t161"."campaign_id", "t161"."account_id"
                                  ORDER BY "t161"."at" DESC NULLS LAST
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                ) - 1 AS "order"
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t146"."campaign_id",
                                    "t146"."campaign",
                                    "t146"."influencer_id",
                                    "t146"."influencer",
                                    "t146"."account_id",
                                    "t146"."platform",
                                    "t146"."is_brand",
                                    "t146"."day",
                                    "t146"."start_at",
                                    "t146"."end_at",
                                    "t65"."followers",
                                    "t65"."at",
                                    "t65"."rank"
                                  FROM (
                                    SELECT
                                      "t120"."campaign_id",
                                      CAST("t15"."name" AS VARCHAR) AS "campaign",
                                      CAST("t18"."id" AS BIGINT) AS "influencer_id",
                                      CAST("t18"."name" AS VARCHAR) AS "influencer",
                                      "t120"."account_id",
                                      CAST("t22"."platform" AS VARCHAR) AS "platform",
                                      "t120"."is_brand",
                                      "t15"."end_date" AS "day",
                                      EXTRACT('epoch' FROM CAST("t15"."start_date" AS TIMESTAMPTZ)) AS "start_at",
                                      EXTRACT('epoch' FROM CAST("t15"."end_date" AS TIMESTAMPTZ)) + 86400 AS "end_at"
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
                                            "t93"."campaign_id",
                                            "t93"."account_id"
                                          FROM "campaign_posts_in" AS "t93"
                                        ) AS "t107"
                                      ) AS "t112"
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
                                        ) AS "t35"
                                          ON "t35"."workspace_id" = "t60"."workspace_id"
                                        INNER JOIN "account" AS "t22"
                                          ON "t22"."influencer_id" = "t35"."id"
                                      ) AS "t82"
                                    ) AS "t120"
                                    INNER JOIN "campaign" AS "t15"
                                      ON "t120"."campaign_id" = "t15"."id"
                                    INNER JOIN "account" AS "t22"
                                      ON "t120"."account_id" = "t22"."id"
                                    INNER JOIN "influencer" AS "t18"
                                      ON "t22"."influencer_id" = "t18"."id"
                                  ) AS "t146"
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
                                  ) AS "t65"
                                    ON "t146"."account_id" = "t65"."account_id"
                                ) AS "t158"
                                WHERE
                                  "t158"."at" <= (
                                    "t158"."start_at" - (
                                      "t158"."end_at" - "t158"."start_at"
                                    )
                                  )
                              ) AS "t161"
                            ) AS "t165"
                            WHERE
                              "t165"."order" = 0
                          ) AS "t172"
                            ON "t182"."campaign_id" = "t172"."campaign_id"
                            AND "t182"."account_id" = "t172"."account_id"
                        ) AS "t184"
                      ) AS "t188"
                    ) AS "t208"
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t86"."campaign_id",
                        "t86"."campaign",
                        "t86"."influencer_id",
                        "t86"."influencer",
                        CAST(NULL AS BIGINT) AS "account_id",
                        CAST(NULL AS VARCHAR) AS "platform",
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
                        "t86"."influencers_contacted",
                        "t86"."influencers_interested",
                        "t86"."posts_contracted",
                        "t86"."products_sent",
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
                      ) AS "t86"
                    ) AS "t99"
                  ) AS "t209"
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t152"."campaign_id",
                      "t152"."campaign",
                      CAST(NULL AS BIGINT) AS "influencer_id",
                      CAST(NULL AS VARCHAR) AS "influencer",
                      CAST(NULL AS BIGINT) AS "account_id",
                      CAST(NULL AS VARCHAR) AS "platform",
                      CAST(NULL AS VARCHAR) AS "format",
                      CAST(NULL AS BIGINT) AS "post_id",
                      "t152"."day",
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
                      "t152"."link_clicks",
                      "t152"."unique_link_clicks",
                      "t152"."bot_link_clicks",
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
                          "t116"."campaign_id",
                          "t116"."day",
                          SUM("t116"."link_clicks") AS "link_clicks",
                          SUM("t116"."unique_link_clicks") AS "unique_link_clicks",
                          SUM("t116"."bot_link_clicks") AS "bot_link_clicks"
                        FROM (
                          SELECT
                            CAST("t51"."campaign_id" AS BIGINT) AS "campaign_id",
                            CAST("t51"."influencer_id" AS BIGINT) AS "influencer_id",
                            CAST("t51"."platform" AS VARCHAR) AS "platform",
                            "t106"."day",
                            "t106"."link_clicks",
                            "t106"."unique_link_clicks",
                            "t106"."bot_link_clicks"
                          FROM (
                            SELECT
                              "t76"."link_id",
                              "t76"."day",
                              SUM("t76"."link_clicks") AS "link_clicks",
                              SUM("t76"."unique_link_clicks") AS "unique_link_clicks",
                              SUM("t76"."bot_link_clicks") AS "bot_link_clicks"
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
                            ) AS "t76"
                            GROUP BY
                              1,
                              2
                          ) AS "t106"
                          INNER JOIN (
                            SELECT
                              *
                            FROM "link" AS "t8"
                            WHERE
                              "t8"."campaign_id" IN (1)
                          ) AS "t51"
                            ON "t106"."link_id" = "t51"."id"
                        ) AS "t116"
                        GROUP BY
                          1,
                          2
                      ) AS "t138"
                      INNER JOIN "campaign" AS "t15"
                        ON "t138"."campaign_id" = "t15"."id"
                    ) AS "t152"
                  ) AS "t154"
                ) AS "t210"
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    "t109"."campaign_id",
                    "t109"."campaign",
                    CAST(NULL AS BIGINT) AS "influencer_id",
                    CAST(NULL AS VARCHAR) AS "influencer",
                    CAST(NULL AS BIGINT) AS "account_id",
                    CAST(NULL AS VARCHAR) AS "platform",
                    CAST(NULL AS VARCHAR) AS "format",
                    CAST(NULL AS BIGINT) AS "post_id",
                    "t109"."day",
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
                    "t109"."sessions",
                    "t109"."new_users",
                    "t109"."engaged_sessions",
                    "t109"."bounced_sessions",
                    "t109"."session_seconds",
                    "t109"."page_views",
                    "t109"."key_events",
                    CAST(NULL AS DOUBLE PRECISION) AS "orders",
                    CAST(NULL AS DOUBLE PRECISION) AS "revenue",
                    CAST(NULL AS DOUBLE PRECISION) AS "new_customers",
                    CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                  FROM (
                    SELECT
                      "t87"."campaign_id",
                      "t87"."day",
                      "t87"."sessions",
                      "t87"."new_users",
                      "t87"."engaged_sessions",
                      "t87"."bounced_sessions",
                      "t87"."session_seconds",
                      "t87"."page_views",
                      "t87"."key_events",
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
                    ) AS "t87"
                    INNER JOIN "campaign" AS "t15"
                      ON "t87"."campaign_id" = "t15"."id"
                  ) AS "t109"
                ) AS "t114"
              ) AS "t211"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t113"."campaign_id",
                  "t113"."campaign",
                  CAST(NULL AS BIGINT) AS "influencer_id",
                  CAST(NULL AS VARCHAR) AS "influencer",
                  CAST(NULL AS BIGINT) AS "account_id",
                  CAST(NULL AS VARCHAR) AS "platform",
                  CAST(NULL AS VARCHAR) AS "format",
                  CAST(NULL AS BIGINT) AS "post_id",
                  "t113"."day",
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
                  "t113"."orders",
                  "t113"."revenue",
                  "t113"."new_customers",
                  CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                FROM (
                  SELECT
                    "t98"."campaign_id",
                    "t98"."day",
                    "t98"."orders",
                    "t98"."revenue",
                    "t98"."new_customers",
                    CAST("t15"."name" AS VARCHAR) AS "campaign"
                  FROM (
                    SELECT
                      "t68"."campaign_id",
                      "t68"."day",
                      SUM("t68"."orders") AS "orders",
                      SUM("t68"."revenue") AS "revenue",
                      SUM("t68"."new_customers") AS "new_customers"
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
                    ) AS "t68"
                    GROUP BY
                      1,
                      2
                  ) AS "t98"
                  INNER JOIN "campaign" AS "t15"
                    ON "t98"."campaign_id" = "t15"."id"
                ) AS "t113"
              ) AS "t119"
            ) AS "t212"
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
            ) AS "t72"
          ) AS "t215"
          LEFT OUTER JOIN (
            SELECT
              "t142"."campaign_id",
              "t142"."rate" AS "emv_rate"
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  CAST("t0"."id" AS BIGINT) AS "campaign_id",
                  CAST(1 AS DOUBLE PRECISION) AS "rate"
                FROM "campaign" AS "t0"
                WHERE
                  "t0"."currency" = 'EUR'
              ) AS "t28"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t123"."campaign_id",
                  "t123"."rate"
                FROM (
                  SELECT
                    "t97"."campaign_id",
                    "t97"."start",
                    "t97"."rate",
                    "t97"."valid",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t97"."campaign_id"
                      ORDER BY CASE WHEN "t97"."valid" <= "t97"."start" THEN 0 ELSE 1 END ASC, ABS("t97"."valid" - "t97"."start") ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "order"
                  FROM (
                    SELECT
                      "t61"."campaign_id",
                      "t61"."start",
                      "t70"."rate",
                      EXTRACT('epoch' FROM CAST("t70"."valid_on" AS TIMESTAMPTZ)) AS "valid"
                    FROM (
                      SELECT
                        CAST("t0"."id" AS BIGINT) AS "campaign_id",
                        "t0"."currency",
                        EXTRACT('epoch' FROM CAST("t0"."start_date" AS TIMESTAMPTZ)) AS "start"
                      FROM "campaign" AS "t0"
                    ) AS "t61"
                    INNER JOIN (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t2"."quote",
                          "t2"."valid_on",
                          CAST("t2"."rate" AS DOUBLE PRECISION) AS "rate"
                        FROM "exchange_rate" AS "t2"
                        WHERE
                          "t2"."base" = 'EUR'
                      ) AS "t31"
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t2"."base" AS "quote",
                          "t2"."valid_on",
                          CAST(1 AS DOUBLE PRECISION) / NULLIF(CAST("t2"."rate" AS DOUBLE PRECISION), 0) AS "rate"
                        FROM "exchange_rate" AS "t2"
                        WHERE
                          "t2"."quote" = 'EUR'
                      ) AS "t63"
                    ) AS "t70"
                      ON "t61"."currency" = "t70"."quote"
                  ) AS "t97"
                ) AS "t123"
                WHERE
                  "t123"."order" = 0
              ) AS "t137"
            ) AS "t142"
          ) AS "t151"
            ON "t215"."campaign_id" = "t151"."campaign_id"
        ) AS "t218"
        LEFT OUTER JOIN (
          SELECT
            "t1"."account_id",
            "t1"."inauthentic_share"
          FROM "account_audit" AS "t1"
        ) AS "t29"
          ON "t218"."account_id" = "t29"."account_id"
      ) AS "t220"
    ) AS "t223"
    LEFT OUTER JOIN (
      SELECT
        "t141"."campaign_id",
        "t141"."rate" AS "paid_rate"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            CAST("t0"."id" AS BIGINT) AS "campaign_id",
            CAST(1 AS DOUBLE PRECISION) AS "rate"
          FROM "campaign" AS "t0"
          WHERE
            "t0"."currency" = 'USD'
        ) AS "t27"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            "t122"."campaign_id",
            "t122"."rate"
          FROM (
            SELECT
              "t96"."campaign_id",
              "t96"."start",
              "t96"."rate",
              "t96"."valid",
              ROW_NUMBER() OVER (
                PARTITION BY "t96"."campaign_id"
                ORDER BY CASE WHEN "t96"."valid" <= "t96"."start" THEN 0 ELSE 1 END ASC, ABS("t96"."valid" - "t96"."start") ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              ) - 1 AS "order"
            FROM (
              SELECT
                "t61"."campaign_id",
                "t61"."start",
                "t69"."rate",
                EXTRACT('epoch' FROM CAST("t69"."valid_on" AS TIMESTAMPTZ)) AS "valid"
              FROM (
                SELECT
                  CAST("t0"."id" AS BIGINT) AS "campaign_id",
                  "t0"."currency",
                  EXTRACT('epoch' FROM CAST("t0"."start_date" AS TIMESTAMPTZ)) AS "start"
                FROM "campaign" AS "t0"
              ) AS "t61"
              INNER JOIN (
                SELECT
                  *
                FROM (
                  SELECT
                    "t2"."quote",
                    "t2"."valid_on",
                    CAST("t2"."rate" AS DOUBLE PRECISION) AS "rate"
                  FROM "exchange_rate" AS "t2"
                  WHERE
                    "t2"."base" = 'USD'
                ) AS "t30"
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    "t2"."base" AS "quote",
                    "t2"."valid_on",
                    CAST(1 AS DOUBLE PRECISION) / NULLIF(CAST("t2"."rate" AS DOUBLE PRECISION), 0) AS "rate"
                  FROM "exchange_rate" AS "t2"
                  WHERE
                    "t2"."quote" = 'USD'
                ) AS "t62"
              ) AS "t69"
                ON "t61"."currency" = "t69"."quote"
            ) AS "t96"
          ) AS "t122"
          WHERE
            "t122"."order" = 0
        ) AS "t136"
      ) AS "t141"
    ) AS "t150"
      ON "t223"."campaign_id" = "t150"."campaign_id"
  ) AS "t225"
  WHERE
    "t225"."campaign_id" IN (1)
    AND (
      (
        "t225"."bot_link_clicks" IS NOT NULL
      )
      OR (
        "t225"."bounced_sessions" IS NOT NULL
      )
      OR (
        "t225"."brand_followers_expected_gain" IS NOT NULL
      )
      OR (
        "t225"."brand_followers_gained" IS NOT NULL
      )
      OR (
        "t225"."brand_followers_start" IS NOT NULL
      )
      OR (
        "t225"."brand_mention_engagements" IS NOT NULL
      )
      OR (
        "t225"."brand_mentions" IS NOT NULL
      )
      OR (
        "t225"."clicks" IS NOT NULL
      )
      OR (
        "t225"."comments" IS NOT NULL
      )
      OR (
        "t225"."cost" IS NOT NULL
      )
      OR (
        "t225"."disclosed_sponsored_posts" IS NOT NULL
      )
      OR (
        "t225"."emv" IS NOT NULL
      )
      OR (
        "t225"."emv_authentic" IS NOT NULL
      )
      OR (
        "t225"."engagements" IS NOT NULL
      )
      OR (
        "t225"."er_followers_post" IS NOT NULL
      )
      OR (
        "t225"."er_impressions_post" IS NOT NULL
      )
      OR (
        "t225"."er_reach_post" IS NOT NULL
      )
      OR (
        "t225"."er_views_post" IS NOT NULL
      )
      OR (
        "t225"."followers" IS NOT NULL
      )
      OR (
        "t225"."followers_expected_gain" IS NOT NULL
      )
      OR (
        "t225"."followers_gained" IS NOT NULL
      )
      OR (
        "t225"."followers_start" IS NOT NULL
      )
      OR (
        "t225"."impressions" IS NOT NULL
      )
      OR (
        "t225"."impressions_with_estimates" IS NOT NULL
      )
      OR (
        "t225"."influencers_contacted" IS NOT NULL
      )
      OR (
        "t225"."influencers_interested" IS NOT NULL
      )
      OR (
        "t225"."key_events" IS NOT NULL
      )
      OR (
        "t225"."key_message_posts" IS NOT NULL
      )
      OR (
        "t225"."key_messages" IS NOT NULL
      )
      OR (
        "t225"."likes" IS NOT NULL
      )
      OR (
        "t225"."link_clicks" IS NOT NULL
      )
      OR (
        "t225"."mention_engagements" IS NOT NULL
      )
      OR (
        "t225"."mentions" IS NOT NULL
      )
      OR (
        "t225"."new_customers" IS NOT NULL
      )
      OR (
        "t225"."new_users" IS NOT NULL
      )
      OR (
        "t225"."orders" IS NOT NULL
      )
      OR (
        "t225"."page_views" IS NOT NULL
      )
      OR (
        (
          CAST("t225"."cost" AS DOUBLE PRECISION) / (
            CASE
              WHEN "t225"."platform" = 'tiktok'
              THEN CAST(NULL AS DOUBLE PRECISION)
              WHEN "t225"."platform" = 'youtube'
              THEN CAST(NULL AS DOUBLE PRECISION)
              ELSE 1.88
            END * "t225"."paid_rate"
          )
        ) IS NOT NULL
      )
      OR (
        (
          (
            CAST("t225"."cost" AS DOUBLE PRECISION) / (
              CASE
                WHEN "t225"."platform" = 'tiktok'
                THEN 7.5
                WHEN "t225"."platform" = 'youtube'
                THEN 3.53
                ELSE 19.8
              END * "t225"."paid_rate"
            )
          ) * 1000
        ) IS NOT NULL
      )
      OR (
        (
          CAST("t225"."cost" AS DOUBLE PRECISION) / (
            CASE
              WHEN "t225"."platform" = 'youtube'
              THEN 0.026
              ELSE CAST(NULL AS DOUBLE PRECISION)
            END * "t225"."paid_rate"
          )
        ) IS NOT NULL
      )
      OR (
        "t225"."post_id" IS NOT NULL
      )
      OR (
        "t225"."post_platform" IS NOT NULL
      )
      OR (
        "t225"."posts_contracted" IS NOT NULL
      )
      OR (
        "t225"."products_sent" IS NOT NULL
      )
      OR (
        "t225"."publishing_influencer" IS NOT NULL
      )
      OR (
        "t225"."reach" IS NOT NULL
      )
      OR (
        "t225"."revenue" IS NOT NULL
      )
      OR (
        "t225"."saves" IS NOT NULL
      )
      OR (
        "t225"."session_seconds" IS NOT NULL
      )
      OR (
        "t225"."sessions" IS NOT NULL
      )
      OR (
        "t225"."shares" IS NOT NULL
      )
      OR (
        "t225"."sponsored_posts" IS NOT NULL
      )
      OR (
        "t225"."ugc_post" IS NOT NULL
      )
      OR (
        "t225"."unique_link_clicks" IS NOT NULL
      )
      OR (
        "t225"."views" IS NOT NULL
      )
    )
)
SELECT
  "t237"."week",
  "t237"."key_messages",
  "t237"."platforms_selected",
  "t237"."influencers_contacted",
  "t237"."influencers_interested",
  (
    "t237"."influencers_interested" / NULLIF("t237"."influencers_contacted", 0)
  ) * 100 AS "influencers_interested_rate",
  "t237"."influencers_activated",
  "t237"."products_sent",
  "t237"."reach",
  "t237"."impressions",
  "t237"."views",
  "t237"."impressions_with_estimates",
  (
    CAST("t237"."reach_rate__first" AS DOUBLE PRECISION) / NULLIF("t237"."reach_rate__second", 0)
  ) * 100 AS "reach_rate",
  "t237"."brand_mentions",
  (
    "t237"."brand_mentions" / NULLIF("t237"."mentions", 0)
  ) * 100 AS "share_of_voice",
  (
    CAST("t237"."brand_mention_engagements" AS DOUBLE PRECISION) / NULLIF("t237"."mention_engagements", 0)
  ) * 100 AS "share_of_engagement",
  "t237"."key_message_posts",
  (
    "t237"."key_message_posts" / NULLIF(CAST("t237"."posts" AS DOUBLE PRECISION), 0)
  ) * 100 AS "key_message_rate",
  "t237"."posts",
  "t237"."posts_contracted",
  (
    CAST("t237"."posts" AS DOUBLE PRECISION) / NULLIF("t237"."posts_contracted", 0)
  ) * 100 AS "posts_delivery_rate",
  "t237"."ugc_posts",
  "t237"."likes",
  "t237"."comments",
  "t237"."shares",
  "t237"."saves",
  "t237"."engagements",
  (
    CAST("t237"."engagement_rate_reach__first" AS DOUBLE PRECISION) / NULLIF("t237"."engagement_rate_reach__second", 0)
  ) * 100 AS "engagement_rate_reach",
  (
    CAST("t237"."engagement_rate_followers__first" AS DOUBLE PRECISION) / NULLIF("t237"."engagement_rate_followers__second", 0)
  ) * 100 AS "engagement_rate_followers",
  "t237"."er_reach_post_mean" AS "engagement_rate_reach_post_mean",
  "t237"."er_reach_post_median" AS "engagement_rate_reach_post_median",
  "t237"."er_reach_account_mean" AS "engagement_rate_reach_account_mean",
  "t237"."er_reach_account_median" AS "engagement_rate_reach_account_median",
  "t237"."er_followers_post_mean" AS "engagement_rate_followers_post_mean",
  "t237"."er_followers_post_median" AS "engagement_rate_followers_post_median",
  "t237"."er_followers_account_mean" AS "engagement_rate_followers_account_mean",
  "t237"."er_followers_account_median" AS "engagement_rate_followers_account_median",
  (
    CAST("t237"."engagement_rate_impressions__first" AS DOUBLE PRECISION) / NULLIF("t237"."engagement_rate_impressions__second", 0)
  ) * 100 AS "engagement_rate_impressions",
  "t237"."er_impressions_post_mean" AS "engagement_rate_impressions_post_mean",
  "t237"."er_impressions_post_median" AS "engagement_rate_impressions_post_median",
  "t237"."er_impressions_account_mean" AS "engagement_rate_impressions_account_mean",
  "t237"."er_impressions_account_median" AS "engagement_rate_impressions_account_median",
  (
    CAST("t237"."engagement_rate_views__first" AS DOUBLE PRECISION) / NULLIF("t237"."engagement_rate_views__second", 0)
  ) * 100 AS "engagement_rate_views",
  "t237"."er_views_post_mean" AS "engagement_rate_views_post_mean",
  "t237"."er_views_post_median" AS "engagement_rate_views_post_median",
  "t237"."er_views_account_mean" AS "engagement_rate_views_account_mean",
  "t237"."er_views_account_median" AS "engagement_rate_views_account_median",
  "t237"."clicks" AS "platform_link_clicks",
  "t237"."followers_gained",
  (
    CAST("t237"."follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t237"."follower_growth_rate__second", 0)
  ) * 100 AS "follower_growth_rate",
  "t237"."followers_gained_above_trend__first" - "t237"."followers_gained_above_trend__second" AS "followers_gained_above_trend",
  "t237"."brand_followers_gained",
  (
    CAST("t237"."brand_follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t237"."brand_follower_growth_rate__second", 0)
  ) * 100 AS "brand_follower_growth_rate",
  "t237"."brand_followers_gained_above_trend__first" - "t237"."brand_followers_gained_above_trend__second" AS "brand_followers_gained_above_trend",
  "t237"."link_clicks" AS "tracked_clicks",
  "t237"."unique_link_clicks" AS "unique_clicks",
  "t237"."bot_link_clicks" AS "bot_clicks",
  (
    "t237"."link_clicks" / NULLIF("t237"."impressions_with_estimates", 0)
  ) * 100 AS "click_through_rate",
  "t237"."sessions",
  "t237"."new_users",
  (
    CAST("t237"."bounced_sessions" AS DOUBLE PRECISION) / NULLIF("t237"."sessions", 0)
  ) * 100 AS "bounce_rate",
  CAST("t237"."session_seconds" AS DOUBLE PRECISION) / NULLIF("t237"."sessions", 0) AS "average_session_duration",
  CAST("t237"."page_views" AS DOUBLE PRECISION) / NULLIF("t237"."sessions", 0) AS "pages_per_session",
  "t237"."key_events" AS "leads",
  "t237"."orders" AS "conversions",
  (
    "t237"."orders" / NULLIF("t237"."unique_link_clicks", 0)
  ) * 100 AS "conversion_rate",
  "t237"."revenue",
  "t237"."revenue" / NULLIF("t237"."orders", 0) AS "average_order_value",
  "t237"."new_customers",
  "t237"."revenue" / NULLIF("t237"."cost", 0) AS "return_on_ad_spend",
  (
    CAST((
      "t237"."revenue" - "t237"."cost"
    ) AS DOUBLE PRECISION) / NULLIF("t237"."cost", 0)
  ) * 100 AS "return_on_investment",
  (
    CAST((
      "t237"."revenue" - "t237"."cost"
    ) AS DOUBLE PRECISION) / NULLIF("t237"."revenue", 0)
  ) * 100 AS "profitability",
  "t237"."sponsored_posts",
  "t237"."disclosed_sponsored_posts",
  (
    "t237"."disclosed_sponsored_posts" / NULLIF("t237"."sponsored_posts", 0)
  ) * 100 AS "disclosure_rate",
  "t237"."cost",
  (
    "t237"."cost" / NULLIF("t237"."impressions_with_estimates", 0)
  ) * 1000 AS "cost_per_mille",
  "t237"."cost" / NULLIF("t237"."engagements", 0) AS "cost_per_engagement",
  "t237"."cost" / NULLIF("t237"."views", 0) AS "cost_per_view",
  "t237"."cost" / NULLIF("t237"."brand_followers_gained", 0) AS "cost_per_new_follower",
  "t237"."cost" / NULLIF("t237"."link_clicks", 0) AS "cost_per_click",
  "t237"."cost" / NULLIF("t237"."orders", 0) AS "cost_per_acquisition",
  "t237"."cost" / NULLIF("t237"."new_customers", 0) AS "customer_acquisition_cost",
  "t237"."cost" / NULLIF("t237"."key_events", 0) AS "cost_per_lead",
  "t237"."emv",
  "t237"."emv_authentic",
  "t237"."emv" / NULLIF("t237"."cost", 0) AS "emv_per_cost",
  "t237"."paid_impressions" AS "paid_equivalent_impressions",
  "t237"."paid_clicks" AS "paid_equivalent_clicks",
  "t237"."paid_views" AS "paid_equivalent_views",
  (
    CAST("t237"."impressions_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t237"."impressions_vs_paid__second", 0)
  ) * 100 AS "impressions_vs_paid",
  (
    CAST("t237"."clicks_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t237"."clicks_vs_paid__second", 0)
  ) * 100 AS "clicks_vs_paid",
  (
    CAST("t237"."views_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t237"."views_vs_paid__second", 0)
  ) * 100 AS "views_vs_paid",
  CASE
    WHEN "t237"."key_messages" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_messages__provenance",
  CASE
    WHEN "t237"."platforms_selected" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "platforms_selected__provenance",
  CASE
    WHEN "t237"."influencers_contacted" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_contacted__provenance",
  CASE
    WHEN "t237"."influencers_interested" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_interested__provenance",
  CASE
    WHEN (
      (
        CAST("t237"."influencers_interested" AS DOUBLE PRECISION) / NULLIF("t237"."influencers_contacted", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_interested_rate__provenance",
  CASE
    WHEN "t237"."influencers_activated" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_activated__provenance",
  CASE
    WHEN "t237"."products_sent" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "products_sent__provenance",
  CASE
    WHEN "t237"."reach" IS NOT NULL
    THEN COALESCE("t237"."reach__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "reach__provenance",
  CASE
    WHEN "t237"."impressions" IS NOT NULL
    THEN COALESCE("t237"."impressions__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions__provenance",
  CASE
    WHEN "t237"."views" IS NOT NULL
    THEN COALESCE("t237"."views__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "views__provenance",
  CASE
    WHEN "t237"."impressions_with_estimates" IS NOT NULL
    THEN COALESCE("t237"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions_with_estimates__provenance",
  CASE
    WHEN (
      (
        CAST("t237"."reach_rate__first" AS DOUBLE PRECISION) / NULLIF("t237"."reach_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t237"."reach_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "reach_rate__provenance",
  CASE
    WHEN "t237"."brand_mentions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_mentions__provenance",
  CASE
    WHEN (
      (
        CAST("t237"."brand_mentions" AS DOUBLE PRECISION) / NULLIF("t237"."mentions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "share_of_voice__provenance",
  CASE
    WHEN (
      (
        CAST("t237"."brand_mention_engagements" AS DOUBLE PRECISION) / NULLIF("t237"."mention_engagements", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "share_of_engagement__provenance",
  CASE
    WHEN "t237"."key_message_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_message_posts__provenance",
  CASE
    WHEN (
      (
        CAST("t237"."key_message_posts" AS DOUBLE PRECISION) / NULLIF(CAST("t237"."posts" AS DOUBLE PRECISION), 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_message_rate__provenance",
  CASE
    WHEN "t237"."posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts__provenance",
  CASE
    WHEN "t237"."posts_contracted" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts_contracted__provenance",
  CASE
    WHEN (
      (
        CAST("t237"."posts" AS DOUBLE PRECISION) / NULLIF("t237"."posts_contracted", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts_delivery_rate__provenance",
  CASE
    WHEN "t237"."ugc_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "ugc_posts__provenance",
  CASE
    WHEN "t237"."likes" IS NOT NULL
    THEN COALESCE("t237"."likes__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "likes__provenance",
  CASE
    WHEN "t237"."comments" IS NOT NULL
    THEN COALESCE("t237"."comments__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "comments__provenance",
  CASE
    WHEN "t237"."shares" IS NOT NULL
    THEN COALESCE("t237"."shares__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "shares__provenance",
  CASE
    WHEN "t237"."saves" IS NOT NULL
    THEN COALESCE("t237"."saves__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "saves__provenance",
  CASE
    WHEN "t237"."engagements" IS NOT NULL
    THEN COALESCE("t237"."engagements__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagements__provenance",
  CASE
    WHEN (
      (
        CAST("t237"."engagement_rate_reach__first" AS DOUBLE PRECISION) / NULLIF("t237"."engagement_rate_reach__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t237"."engagement_rate_reach__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach__provenance",
  CASE
    WHEN (
      (
        CAST("t237"."engagement_rate_followers__first" AS DOUBLE PRECISION) / NULLIF("t237"."engagement_rate_followers__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t237"."engagement_rate_followers__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers__provenance",
  CASE
    WHEN "t237"."er_reach_post_mean" IS NOT NULL
    THEN COALESCE("t237"."er_reach_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_post_mean__provenance",
  CASE
    WHEN "t237"."er_reach_post_median" IS NOT NULL
    THEN COALESCE("t237"."er_reach_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_post_median__provenance",
  CASE
    WHEN "t237"."er_reach_account_mean" IS NOT NULL
    THEN COALESCE("t237"."er_reach_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_account_mean__provenance",
  CASE
    WHEN "t237"."er_reach_account_median" IS NOT NULL
    THEN COALESCE("t237"."er_reach_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_account_median__provenance",
  CASE
    WHEN "t237"."er_followers_post_mean" IS NOT NULL
    THEN COALESCE("t237"."er_followers_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_post_mean__provenance",
  CASE
    WHEN "t237"."er_followers_post_median" IS NOT NULL
    THEN COALESCE("t237"."er_followers_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_post_median__provenance",
  CASE
    WHEN "t237"."er_followers_account_mean" IS NOT NULL
    THEN COALESCE("t237"."er_followers_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_account_mean__provenance",
  CASE
    WHEN "t237"."er_followers_account_median" IS NOT NULL
    THEN COALESCE("t237"."er_followers_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_account_median__provenance",
  CASE
    WHEN (
      (
        CAST("t237"."engagement_rate_impressions__first" AS DOUBLE PRECISION) / NULLIF("t237"."engagement_rate_impressions__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t237"."engagement_rate_impressions__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions__provenance",
  CASE
    WHEN "t237"."er_impressions_post_mean" IS NOT NULL
    THEN COALESCE("t237"."er_impressions_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_post_mean__provenance",
  CASE
    WHEN "t237"."er_impressions_post_median" IS NOT NULL
    THEN COALESCE("t237"."er_impressions_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_post_median__provenance",
  CASE
    WHEN "t237"."er_impressions_account_mean" IS NOT NULL
    THEN COALESCE("t237"."er_impressions_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_account_mean__provenance",
  CASE
    WHEN "t237"."er_impressions_account_median" IS NOT NULL
    THEN COALESCE("t237"."er_impressions_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_account_median__provenance",
  CASE
    WHEN (
      (
        CAST("t237"."engagement_rate_views__first" AS DOUBLE PRECISION) / NULLIF("t237"."engagement_rate_views__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t237"."engagement_rate_views__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views__provenance",
  CASE
    WHEN "t237"."er_views_post_mean" IS NOT NULL
    THEN COALESCE("t237"."er_views_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_post_mean__provenance",
  CASE
    WHEN "t237"."er_views_post_median" IS NOT NULL
    THEN COALESCE("t237"."er_views_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_post_median__provenance",
  CASE
    WHEN "t237"."er_views_account_mean" IS NOT NULL
    THEN COALESCE("t237"."er_views_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_account_mean__provenance",
  CASE
    WHEN "t237"."er_views_account_median" IS NOT NULL
    THEN COALESCE("t237"."er_views_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_account_median__provenance",
  CASE
    WHEN "t237"."clicks" IS NOT NULL
    THEN COALESCE("t237"."clicks__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "platform_link_clicks__provenance",
  CASE
    WHEN "t237"."followers_gained" IS NOT NULL
    THEN COALESCE("t237"."followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "followers_gained__provenance",
  CASE
    WHEN (
      (
        CAST("t237"."follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t237"."follower_growth_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t237"."follower_growth_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "follower_growth_rate__provenance",
  CASE
    WHEN (
      "t237"."followers_gained_above_trend__first" - "t237"."followers_gained_above_trend__second"
    ) IS NOT NULL
    THEN COALESCE("t237"."followers_gained_above_trend__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "followers_gained_above_trend__provenance",
  CASE
    WHEN "t237"."brand_followers_gained" IS NOT NULL
    THEN COALESCE("t237"."brand_followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_followers_gained__provenance",
  CASE
    WHEN (
      (
        CAST("t237"."brand_follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t237"."brand_follower_growth_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t237"."brand_follower_growth_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_follower_growth_rate__provenance",
  CASE
    WHEN (
      "t237"."brand_followers_gained_above_trend__first" - "t237"."brand_followers_gained_above_trend__second"
    ) IS NOT NULL
    THEN COALESCE("t237"."brand_followers_gained_above_trend__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_followers_gained_above_trend__provenance",
  CASE
    WHEN "t237"."link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "tracked_clicks__provenance",
  CASE
    WHEN "t237"."unique_link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "unique_clicks__provenance",
  CASE
    WHEN "t237"."bot_link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "bot_clicks__provenance",
  CASE
    WHEN (
      (
        CAST("t237"."link_clicks" AS DOUBLE PRECISION) / NULLIF("t237"."impressions_with_estimates", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t237"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "click_through_rate__provenance",
  CASE
    WHEN "t237"."sessions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "sessions__provenance",
  CASE
    WHEN "t237"."new_users" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "new_users__provenance",
  CASE
    WHEN (
      (
        CAST("t237"."bounced_sessions" AS DOUBLE PRECISION) / NULLIF("t237"."sessions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "bounce_rate__provenance",
  CASE
    WHEN (
      CAST("t237"."session_seconds" AS DOUBLE PRECISION) / NULLIF("t237"."sessions", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "average_session_duration__provenance",
  CASE
    WHEN (
      CAST("t237"."page_views" AS DOUBLE PRECISION) / NULLIF("t237"."sessions", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "pages_per_session__provenance",
  CASE
    WHEN "t237"."key_events" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "leads__provenance",
  CASE
    WHEN "t237"."orders" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "conversions__provenance",
  CASE
    WHEN (
      (
        CAST("t237"."orders" AS DOUBLE PRECISION) / NULLIF("t237"."unique_link_clicks", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "conversion_rate__provenance",
  CASE
    WHEN "t237"."revenue" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "revenue__provenance",
  CASE
    WHEN (
      CAST("t237"."revenue" AS DOUBLE PRECISION) / NULLIF("t237"."orders", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "average_order_value__provenance",
  CASE
    WHEN "t237"."new_customers" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "new_customers__provenance",
  CASE
    WHEN (
      CAST("t237"."revenue" AS DOUBLE PRECISION) / NULLIF("t237"."cost", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_ad_spend__provenance",
  CASE
    WHEN (
      (
        CAST((
          "t237"."revenue" - "t237"."cost"
        ) AS DOUBLE PRECISION) / NULLIF("t237"."cost", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_investment__provenance",
  CASE
    WHEN (
      (
        CAST((
          "t237"."revenue" - "t237"."cost"
        ) AS DOUBLE PRECISION) / NULLIF("t237"."revenue", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "profitability__provenance",
  CASE
    WHEN "t237"."sponsored_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "sponsored_posts__provenance",
  CASE
    WHEN "t237"."disclosed_sponsored_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "disclosed_sponsored_posts__provenance",
  CASE
    WHEN (
      (
        CAST("t237"."disclosed_sponsored_posts" AS DOUBLE PRECISION) / NULLIF("t237"."sponsored_posts", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "disclosure_rate__provenance",
  CASE
    WHEN "t237"."cost" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost__provenance",
  CASE
    WHEN (
      (
        CAST("t237"."cost" AS DOUBLE PRECISION) / NULLIF("t237"."impressions_with_estimates", 0)
      ) * 1000
    ) IS NOT NULL
    THEN COALESCE("t237"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_mille__provenance",
  CASE
    WHEN (
      CAST("t237"."cost" AS DOUBLE PRECISION) / NULLIF("t237"."engagements", 0)
    ) IS NOT NULL
    THEN COALESCE("t237"."engagements__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_engagement__provenance",
  CASE
    WHEN (
      CAST("t237"."cost" AS DOUBLE PRECISION) / NULLIF("t237"."views", 0)
    ) IS NOT NULL
    THEN COALESCE("t237"."views__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_view__provenance",
  CASE
    WHEN (
      CAST("t237"."cost" AS DOUBLE PRECISION) / NULLIF("t237"."brand_followers_gained", 0)
    ) IS NOT NULL
    THEN COALESCE("t237"."brand_followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_new_follower__provenance",
  CASE
    WHEN (
      CAST("t237"."cost" AS DOUBLE PRECISION) / NULLIF("t237"."link_clicks", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_click__provenance",
  CASE
    WHEN (
      CAST("t237"."cost" AS DOUBLE PRECISION) / NULLIF("t237"."orders", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_acquisition__provenance",
  CASE
    WHEN (
      CAST("t237"."cost" AS DOUBLE PRECISION) / NULLIF("t237"."new_customers", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "customer_acquisition_cost__provenance",
  CASE
    WHEN (
      CAST("t237"."cost" AS DOUBLE PRECISION) / NULLIF("t237"."key_events", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_lead__provenance",
  CASE
    WHEN "t237"."emv" IS NOT NULL
    THEN COALESCE("t237"."emv__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv__provenance",
  CASE
    WHEN "t237"."emv_authentic" IS NOT NULL
    THEN COALESCE("t237"."emv_authentic__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv_authentic__provenance",
  CASE
    WHEN (
      CAST("t237"."emv" AS DOUBLE PRECISION) / NULLIF("t237"."cost", 0)
    ) IS NOT NULL
    THEN COALESCE("t237"."emv__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv_per_cost__provenance",
  CASE
    WHEN "t237"."paid_impressions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_impressions__provenance",
  CASE
    WHEN "t237"."paid_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_clicks__provenance",
  CASE
    WHEN "t237"."paid_views" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_views__provenance",
  CASE
    WHEN (
      (
        CAST("t237"."impressions_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t237"."impressions_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t237"."impressions_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions_vs_paid__provenance",
  CASE
    WHEN (
      (
        CAST("t237"."clicks_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t237"."clicks_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t237"."clicks_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "clicks_vs_paid__provenance",
  CASE
    WHEN (
      (
        CAST("t237"."views_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t237"."views_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t237"."views_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "views_vs_paid__provenance"
FROM (
  SELECT
    "t236"."week",
    "t236"."key_messages",
    "t236"."platforms_selected",
    "t236"."influencers_contacted",
    "t236"."influencers_interested",
    "t236"."influencers_activated",
    "t236"."products_sent",
    "t236"."reach",
    "t236"."impressions",
    "t236"."views",
    "t236"."impressions_with_estimates",
    "t236"."reach_rate__first",
    "t236"."reach_rate__second",
    "t236"."brand_mentions",
    "t236"."mentions",
    "t236"."brand_mention_engagements",
    "t236"."mention_engagements",
    "t236"."key_message_posts",
    "t236"."posts",
    "t236"."posts_contracted",
    "t236"."ugc_posts",
    "t236"."likes",
    "t236"."comments",
    "t236"."shares",
    "t236"."saves",
    "t236"."engagements",
    "t236"."engagement_rate_reach__first",
    "t236"."engagement_rate_reach__second",
    "t236"."engagement_rate_followers__first",
    "t236"."engagement_rate_followers__second",
    "t236"."er_reach_post_mean",
    "t236"."er_reach_post_median",
    "t236"."er_followers_post_mean",
    "t236"."er_followers_post_median",
    "t236"."engagement_rate_impressions__first",
    "t236"."engagement_rate_impressions__second",
    "t236"."er_impressions_post_mean",
    "t236"."er_impressions_post_median",
    "t236"."engagement_rate_views__first",
    "t236"."engagement_rate_views__second",
    "t236"."er_views_post_mean",
    "t236"."er_views_post_median",
    "t236"."clicks",
    "t236"."followers_gained",
    "t236"."follower_growth_rate__first",
    "t236"."follower_growth_rate__second",
    "t236"."followers_gained_above_trend__first",
    "t236"."followers_gained_above_trend__second",
    "t236"."brand_followers_gained",
    "t236"."brand_follower_growth_rate__first",
    "t236"."brand_follower_growth_rate__second",
    "t236"."brand_followers_gained_above_trend__first",
    "t236"."brand_followers_gained_above_trend__second",
    "t236"."link_clicks",
    "t236"."unique_link_clicks",
    "t236"."bot_link_clicks",
    "t236"."sessions",
    "t236"."new_users",
    "t236"."bounced_sessions",
    "t236"."session_seconds",
    "t236"."page_views",
    "t236"."key_events",
    "t236"."orders",
    "t236"."revenue",
    "t236"."new_customers",
    "t236"."cost",
    "t236"."sponsored_posts",
    "t236"."disclosed_sponsored_posts",
    "t236"."emv",
    "t236"."emv_authentic",
    "t236"."paid_impressions",
    "t236"."paid_clicks",
    "t236"."paid_views",
    "t236"."impressions_vs_paid__first",
    "t236"."impressions_vs_paid__second",
    "t236"."clicks_vs_paid__first",
    "t236"."clicks_vs_paid__second",
    "t236"."views_vs_paid__first",
    "t236"."views_vs_paid__second",
    "t236"."reach__provenance",
    "t236"."impressions__provenance",
    "t236"."views__provenance",
    "t236"."impressions_with_estimates__provenance",
    "t236"."reach_rate__pair__provenance",
    "t236"."likes__provenance",
    "t236"."comments__provenance",
    "t236"."shares__provenance",
    "t236"."saves__provenance",
    "t236"."engagements__provenance",
    "t236"."engagement_rate_reach__pair__provenance",
    "t236"."engagement_rate_followers__pair__provenance",
    "t236"."er_reach_post_mean__provenance",
    "t236"."er_followers_post_mean__provenance",
    "t236"."engagement_rate_impressions__pair__provenance",
    "t236"."er_impressions_post_mean__provenance",
    "t236"."engagement_rate_views__pair__provenance",
    "t236"."er_views_post_mean__provenance",
    "t236"."clicks__provenance",
    "t236"."followers_gained__provenance",
    "t236"."follower_growth_rate__pair__provenance",
    "t236"."followers_gained_above_trend__pair__provenance",
    "t236"."brand_followers_gained__provenance",
    "t236"."brand_follower_growth_rate__pair__provenance",
    "t236"."brand_followers_gained_above_trend__pair__provenance",
    "t236"."emv__provenance",
    "t236"."emv_authentic__provenance",
    "t236"."impressions_vs_paid__pair__provenance",
    "t236"."clicks_vs_paid__pair__provenance",
    "t236"."views_vs_paid__pair__provenance",
    "t234"."er_reach_account_mean",
    "t234"."er_reach_account_median",
    "t234"."er_followers_account_mean",
    "t234"."er_followers_account_median",
    "t234"."er_impressions_account_mean",
    "t234"."er_impressions_account_median",
    "t234"."er_views_account_mean",
    "t234"."er_views_account_median",
    "t234"."er_reach_account_mean__provenance",
    "t234"."er_reach_account_median__provenance",
    "t234"."er_followers_account_mean__provenance",
    "t234"."er_followers_account_median__provenance",
    "t234"."er_impressions_account_mean__provenance",
    "t234"."er_impressions_account_median__provenance",
    "t234"."er_views_account_mean__provenance",
    "t234"."er_views_account_median__provenance"
  FROM (
    SELECT
      "t232"."week",
      "t232"."key_messages",
      "t232"."platforms_selected",
      "t232"."influencers_contacted",
      "t232"."influencers_interested",
      "t232"."influencers_activated",
      "t232"."products_sent",
      "t232"."reach",
      "t232"."impressions",
      "t232"."views",
      "t232"."impressions_with_estimates",
      "t232"."reach_rate__first",
      "t232"."reach_rate__second",
      "t232"."brand_mentions",
      "t232"."mentions",
      "t232"."brand_mention_engagements",
      "t232"."mention_engagements",
      "t232"."key_message_posts",
      "t232"."posts",
      "t232"."posts_contracted",
      "t232"."ugc_posts",
      "t232"."likes",
      "t232"."comments",
      "t232"."shares",
      "t232"."saves",
      "t232"."engagements",
      "t232"."engagement_rate_reach__first",
      "t232"."engagement_rate_reach__second",
      "t232"."engagement_rate_followers__first",
      "t232"."engagement_rate_followers__second",
      "t232"."er_reach_post_mean",
      "t232"."er_reach_post_median",
      "t232"."er_followers_post_mean",
      "t232"."er_followers_post_median",
      "t232"."engagement_rate_impressions__first",
      "t232"."engagement_rate_impressions__second",
      "t232"."er_impressions_post_mean",
      "t232"."er_impressions_post_median",
      "t232"."engagement_rate_views__first",
      "t232"."engagement_rate_views__second",
      "t232"."er_views_post_mean",
      "t232"."er_views_post_median",
      "t232"."clicks",
      "t232"."followers_gained",
      "t232"."follower_growth_rate__first",
      "t232"."follower_growth_rate__second",
      "t232"."followers_gained_above_trend__first",
      "t232"."followers_gained_above_trend__second",
      "t232"."brand_followers_gained",
      "t232"."brand_follower_growth_rate__first",
      "t232"."brand_follower_growth_rate__second",
      "t232"."brand_followers_gained_above_trend__first",
      "t232"."brand_followers_gained_above_trend__second",
      "t232"."link_clicks",
      "t232"."unique_link_clicks",
      "t232"."bot_link_clicks",
      "t232"."sessions",
      "t232"."new_users",
      "t232"."bounced_sessions",
      "t232"."session_seconds",
      "t232"."page_views",
      "t232"."key_events",
      "t232"."orders",
      "t232"."revenue",
      "t232"."new_customers",
      "t232"."cost",
      "t232"."sponsored_posts",
      "t232"."disclosed_sponsored_posts",
      "t232"."emv",
      "t232"."emv_authentic",
      "t232"."paid_impressions",
      "t232"."paid_clicks",
      "t232"."paid_views",
      "t232"."impressions_vs_paid__first",
      "t232"."impressions_vs_paid__second",
      "t232"."clicks_vs_paid__first",
      "t232"."clicks_vs_paid__second",
      "t232"."views_vs_paid__first",
      "t232"."views_vs_paid__second",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 0
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 0
        ) & 3
      END AS "reach__provenance",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 2
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 2
        ) & 3
      END AS "impressions__provenance",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 4
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 4
        ) & 3
      END AS "views__provenance",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 6
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 6
        ) & 3
      END AS "impressions_with_estimates__provenance",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 8
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 8
        ) & 3
      END AS "reach_rate__pair__provenance",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 10
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 10
        ) & 3
      END AS "likes__provenance",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 12
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 12
        ) & 3
      END AS "comments__provenance",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 14
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 14
        ) & 3
      END AS "shares__provenance",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 16
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 16
        ) & 3
      END AS "saves__provenance",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 18
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 18
        ) & 3
      END AS "engagements__provenance",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 20
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 20
        ) & 3
      END AS "engagement_rate_reach__pair__provenance",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 22
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 22
        ) & 3
      END AS "engagement_rate_followers__pair__provenance",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 24
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 24
        ) & 3
      END AS "er_reach_post_mean__provenance",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 26
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 26
        ) & 3
      END AS "er_followers_post_mean__provenance",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 28
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 28
        ) & 3
      END AS "engagement_rate_impressions__pair__provenance",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 30
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 30
        ) & 3
      END AS "er_impressions_post_mean__provenance",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 32
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 32
        ) & 3
      END AS "engagement_rate_views__pair__provenance",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 34
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 34
        ) & 3
      END AS "er_views_post_mean__provenance",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 36
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 36
        ) & 3
      END AS "clicks__provenance",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 38
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 38
        ) & 3
      END AS "followers_gained__provenance",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 40
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 40
        ) & 3
      END AS "follower_growth_rate__pair__provenance",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 42
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 42
        ) & 3
      END AS "followers_gained_above_trend__pair__provenance",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 44
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 44
        ) & 3
      END AS "brand_followers_gained__provenance",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 46
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 46
        ) & 3
      END AS "brand_follower_growth_rate__pair__provenance",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 48
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 48
        ) & 3
      END AS "brand_followers_gained_above_trend__pair__provenance",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 50
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 50
        ) & 3
      END AS "emv__provenance",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 52
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 52
        ) & 3
      END AS "emv_authentic__provenance",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 54
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 54
        ) & 3
      END AS "impressions_vs_paid__pair__provenance",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 56
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 56
        ) & 3
      END AS "clicks_vs_paid__pair__provenance",
      CASE
        WHEN (
          (
            "t232"."ranks__0" >> 58
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t232"."ranks__0" >> 58
        ) & 3
      END AS "views_vs_paid__pair__provenance"
    FROM (
      SELECT
        "t227"."week",
        SUM("t227"."key_messages") AS "key_messages",
        COUNT(DISTINCT "t227"."post_platform") AS "platforms_selected",
        SUM("t227"."influencers_contacted") AS "influencers_contacted",
        SUM("t227"."influencers_interested") AS "influencers_interested",
        COUNT(DISTINCT "t227"."publishing_influencer") AS "influencers_activated",
        SUM("t227"."products_sent") AS "products_sent",
        SUM("t227"."reach") AS "reach",
        SUM("t227"."impressions") AS "impressions",
        SUM("t227"."views") AS "views",
        SUM("t227"."impressions_with_estimates") AS "impressions_with_estimates",
        SUM("t227"."reach") FILTER(WHERE
          (
            "t227"."reach" IS NOT NULL
          ) AND (
            "t227"."followers" IS NOT NULL
          )) AS "reach_rate__first",
        SUM("t227"."followers") FILTER(WHERE
          (
            "t227"."reach" IS NOT NULL
          ) AND (
            "t227"."followers" IS NOT NULL
          )) AS "reach_rate__second",
        SUM("t227"."brand_mentions") AS "brand_mentions",
        SUM("t227"."mentions") AS "mentions",
        SUM("t227"."brand_mention_engagements") AS "brand_mention_engagements",
        SUM("t227"."mention_engagements") AS "mention_engagements",
        SUM("t227"."key_message_posts") AS "key_message_posts",
        COUNT("t227"."post_id") AS "posts",
        SUM("t227"."posts_contracted") AS "posts_contracted",
        COUNT(DISTINCT "t227"."ugc_post") AS "ugc_posts",
        SUM("t227"."likes") AS "likes",
        SUM("t227"."comments") AS "comments",
        SUM("t227"."shares") AS "shares",
        SUM("t227"."saves") AS "saves",
        SUM("t227"."engagements") AS "engagements",
        SUM("t227"."engagements") FILTER(WHERE
          (
            "t227"."engagements" IS NOT NULL
          ) AND (
            "t227"."reach" IS NOT NULL
          )) AS "engagement_rate_reach__first",
        SUM("t227"."reach") FILTER(WHERE
          (
            "t227"."engagements" IS NOT NULL
          ) AND (
            "t227"."reach" IS NOT NULL
          )) AS "engagement_rate_reach__second",
        SUM("t227"."engagements") FILTER(WHERE
          (
            "t227"."engagements" IS NOT NULL
          ) AND (
            "t227"."followers" IS NOT NULL
          )) AS "engagement_rate_followers__first",
        SUM("t227"."followers") FILTER(WHERE
          (
            "t227"."engagements" IS NOT NULL
          ) AND (
            "t227"."followers" IS NOT NULL
          )) AS "engagement_rate_followers__second",
        AVG("t227"."er_reach_post") AS "er_reach_post_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t227"."er_reach_post") AS "er_reach_post_median",
        AVG("t227"."er_followers_post") AS "er_followers_post_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t227"."er_followers_post") AS "er_followers_post_median",
        SUM("t227"."engagements") FILTER(WHERE
          (
            "t227"."engagements" IS NOT NULL
          ) AND (
            "t227"."impressions" IS NOT NULL
          )) AS "engagement_rate_impressions__first",
        SUM("t227"."impressions") FILTER(WHERE
          (
            "t227"."engagements" IS NOT NULL
          ) AND (
            "t227"."impressions" IS NOT NULL
          )) AS "engagement_rate_impressions__second",
        AVG("t227"."er_impressions_post") AS "er_impressions_post_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t227"."er_impressions_post") AS "er_impressions_post_median",
        SUM("t227"."engagements") FILTER(WHERE
          (
            "t227"."engagements" IS NOT NULL
          ) AND (
            "t227"."views" IS NOT NULL
          )) AS "engagement_rate_views__first",
        SUM("t227"."views") FILTER(WHERE
          (
            "t227"."engagements" IS NOT NULL
          ) AND (
            "t227"."views" IS NOT NULL
          )) AS "engagement_rate_views__second",
        AVG("t227"."er_views_post") AS "er_views_post_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t227"."er_views_post") AS "er_views_post_median",
        SUM("t227"."clicks") AS "clicks",
        SUM("t227"."followers_gained") AS "followers_gained",
        SUM("t227"."followers_gained") FILTER(WHERE
          (
            "t227"."followers_gained" IS NOT NULL
          )
          AND (
            "t227"."followers_start" IS NOT NULL
          )) AS "follower_growth_rate__first",
        SUM("t227"."followers_start") FILTER(WHERE
          (
            "t227"."followers_gained" IS NOT NULL
          )
          AND (
            "t227"."followers_start" IS NOT NULL
          )) AS "follower_growth_rate__second",
        SUM("t227"."followers_gained") FILTER(WHERE
          (
            "t227"."followers_gained" IS NOT NULL
          )
          AND (
            "t227"."followers_expected_gain" IS NOT NULL
          )) AS "followers_gained_above_trend__first",
        SUM("t227"."followers_expected_gain") FILTER(WHERE
          (
            "t227"."followers_gained" IS NOT NULL
          )
          AND (
            "t227"."followers_expected_gain" IS NOT NULL
          )) AS "followers_gained_above_trend__second",
        SUM("t227"."brand_followers_gained") AS "brand_followers_gained",
        SUM("t227"."brand_followers_gained") FILTER(WHERE
          (
            "t227"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t227"."brand_followers_start" IS NOT NULL
          )) AS "brand_follower_growth_rate__first",
        SUM("t227"."brand_followers_start") FILTER(WHERE
          (
            "t227"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t227"."brand_followers_start" IS NOT NULL
          )) AS "brand_follower_growth_rate__second",
        SUM("t227"."brand_followers_gained") FILTER(WHERE
          (
            "t227"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t227"."brand_followers_expected_gain" IS NOT NULL
          )) AS "brand_followers_gained_above_trend__first",
        SUM("t227"."brand_followers_expected_gain") FILTER(WHERE
          (
            "t227"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t227"."brand_followers_expected_gain" IS NOT NULL
          )) AS "brand_followers_gained_above_trend__second",
        SUM("t227"."link_clicks") AS "link_clicks",
        SUM("t227"."unique_link_clicks") AS "unique_link_clicks",
        SUM("t227"."bot_link_clicks") AS "bot_link_clicks",
        SUM("t227"."sessions") AS "sessions",
        SUM("t227"."new_users") AS "new_users",
        SUM("t227"."bounced_sessions") AS "bounced_sessions",
        SUM("t227"."session_seconds") AS "session_seconds",
        SUM("t227"."page_views") AS "page_views",
        SUM("t227"."key_events") AS "key_events",
        SUM("t227"."orders") AS "orders",
        SUM("t227"."revenue") AS "revenue",
        SUM("t227"."new_customers") AS "new_customers",
        SUM("t227"."cost") AS "cost",
        SUM("t227"."sponsored_posts") AS "sponsored_posts",
        SUM("t227"."disclosed_sponsored_posts") AS "disclosed_sponsored_posts",
        SUM("t227"."emv") AS "emv",
        SUM("t227"."emv_authentic") AS "emv_authentic",
        SUM("t227"."paid_impressions") AS "paid_impressions",
        SUM("t227"."paid_clicks") AS "paid_clicks",
        SUM("t227"."paid_views") AS "paid_views",
        SUM("t227"."impressions_with_estimates") FILTER(WHERE
          (
            "t227"."impressions_with_estimates" IS NOT NULL
          )
          AND (
            "t227"."paid_impressions" IS NOT NULL
          )) AS "impressions_vs_paid__first",
        SUM("t227"."paid_impressions") FILTER(WHERE
          (
            "t227"."impressions_with_estimates" IS NOT NULL
          )
          AND (
            "t227"."paid_impressions" IS NOT NULL
          )) AS "impressions_vs_paid__second",
        SUM("t227"."clicks") FILTER(WHERE
          (
            "t227"."clicks" IS NOT NULL
          ) AND (
            "t227"."paid_clicks" IS NOT NULL
          )) AS "clicks_vs_paid__first",
        SUM("t227"."paid_clicks") FILTER(WHERE
          (
            "t227"."clicks" IS NOT NULL
          ) AND (
            "t227"."paid_clicks" IS NOT NULL
          )) AS "clicks_vs_paid__second",
        SUM("t227"."views") FILTER(WHERE
          (
            "t227"."views" IS NOT NULL
          ) AND (
            "t227"."paid_views" IS NOT NULL
          )) AS "views_vs_paid__first",
        SUM("t227"."paid_views") FILTER(WHERE
          (
            "t227"."views" IS NOT NULL
          ) AND (
            "t227"."paid_views" IS NOT NULL
          )) AS "views_vs_paid__second",
        BIT_OR(
          (
            CASE
              WHEN "t227"."reach" IS NOT NULL
              THEN COALESCE("t227"."reach__provenance", 0)
              ELSE 0
            END << 0
          ) | (
            CASE
              WHEN "t227"."impressions" IS NOT NULL
              THEN COALESCE("t227"."impressions__provenance", 0)
              ELSE 0
            END << 2
          ) | (
            CASE
              WHEN "t227"."views" IS NOT NULL
              THEN COALESCE("t227"."views__provenance", 0)
              ELSE 0
            END << 4
          ) | (
            CASE
              WHEN "t227"."impressions_with_estimates" IS NOT NULL
              THEN COALESCE("t227"."impressions_with_estimates__provenance", 0)
              ELSE 0
            END << 6
          ) | (
            CASE
              WHEN (
                "t227"."reach" IS NOT NULL
              ) AND (
                "t227"."followers" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t227"."reach__provenance", -1),
                    COALESCE("t227"."followers__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 8
          ) | (
            CASE
              WHEN "t227"."likes" IS NOT NULL
              THEN COALESCE("t227"."likes__provenance", 0)
              ELSE 0
            END << 10
          ) | (
            CASE
              WHEN "t227"."comments" IS NOT NULL
              THEN COALESCE("t227"."comments__provenance", 0)
              ELSE 0
            END << 12
          ) | (
            CASE
              WHEN "t227"."shares" IS NOT NULL
              THEN COALESCE("t227"."shares__provenance", 0)
              ELSE 0
            END << 14
          ) | (
            CASE
              WHEN "t227"."saves" IS NOT NULL
              THEN COALESCE("t227"."saves__provenance", 0)
              ELSE 0
            END << 16
          ) | (
            CASE
              WHEN "t227"."engagements" IS NOT NULL
              THEN COALESCE("t227"."engagements__provenance", 0)
              ELSE 0
            END << 18
          ) | (
            CASE
              WHEN (
                "t227"."engagements" IS NOT NULL
              ) AND (
                "t227"."reach" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t227"."engagements__provenance", -1),
                    COALESCE("t227"."reach__provenance", -1)
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
                "t227"."engagements" IS NOT NULL
              ) AND (
                "t227"."followers" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t227"."engagements__provenance", -1),
                    COALESCE("t227"."followers__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 22
          ) | (
            CASE
              WHEN "t227"."er_reach_post" IS NOT NULL
              THEN COALESCE("t227"."er_reach_post__provenance", 0)
              ELSE 0
            END << 24
          ) | (
            CASE
              WHEN "t227"."er_followers_post" IS NOT NULL
              THEN COALESCE("t227"."er_followers_post__provenance", 0)
              ELSE 0
            END << 26
          ) | (
            CASE
              WHEN (
                "t227"."engagements" IS NOT NULL
              ) AND (
                "t227"."impressions" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t227"."engagements__provenance", -1),
                    COALESCE("t227"."impressions__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 28
          ) | (
            CASE
              WHEN "t227"."er_impressions_post" IS NOT NULL
              THEN COALESCE("t227"."er_impressions_post__provenance", 0)
              ELSE 0
            END << 30
          ) | (
            CASE
              WHEN (
                "t227"."engagements" IS NOT NULL
              ) AND (
                "t227"."views" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t227"."engagements__provenance", -1),
                    COALESCE("t227"."views__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 32
          ) | (
            CASE
              WHEN "t227"."er_views_post" IS NOT NULL
              THEN COALESCE("t227"."er_views_post__provenance", 0)
              ELSE 0
            END << 34
          ) | (
            CASE
              WHEN "t227"."clicks" IS NOT NULL
              THEN COALESCE("t227"."clicks__provenance", 0)
              ELSE 0
            END << 36
          ) | (
            CASE
              WHEN "t227"."followers_gained" IS NOT NULL
              THEN COALESCE("t227"."followers_gained__provenance", 0)
              ELSE 0
            END << 38
          ) | (
            CASE
              WHEN (
                "t227"."followers_gained" IS NOT NULL
              )
              AND (
                "t227"."followers_start" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t227"."followers_gained__provenance", -1),
                    COALESCE("t227"."followers_start__provenance", -1)
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
                "t227"."followers_gained" IS NOT NULL
              )
              AND (
                "t227"."followers_expected_gain" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t227"."followers_gained__provenance", -1),
                    COALESCE("t227"."followers_expected_gain__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 42
          ) | (
            CASE
              WHEN "t227"."brand_followers_gained" IS NOT NULL
              THEN COALESCE("t227"."brand_followers_gained__provenance", 0)
              ELSE 0
            END << 44
          ) | (
            CASE
              WHEN (
                "t227"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t227"."brand_followers_start" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t227"."brand_followers_gained__provenance", -1),
                    COALESCE("t227"."brand_followers_start__provenance", -1)
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
                "t227"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t227"."brand_followers_expected_gain" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t227"."brand_followers_gained__provenance", -1),
                    COALESCE("t227"."brand_followers_expected_gain__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 48
          ) | (
            CASE
              WHEN "t227"."emv" IS NOT NULL
              THEN COALESCE("t227"."emv__provenance", 0)
              ELSE 0
            END << 50
          ) | (
            CASE
              WHEN "t227"."emv_authentic" IS NOT NULL
              THEN COALESCE("t227"."emv_authentic__provenance", 0)
              ELSE 0
            END << 52
          ) | (
            CASE
              WHEN (
                "t227"."impressions_with_estimates" IS NOT NULL
              )
              AND (
                "t227"."paid_impressions" IS NOT NULL
              )
              THEN COALESCE("t227"."impressions_with_estimates__provenance", 0)
              ELSE 0
            END << 54
          ) | (
            CASE
              WHEN (
                "t227"."clicks" IS NOT NULL
              ) AND (
                "t227"."paid_clicks" IS NOT NULL
              )
              THEN COALESCE("t227"."clicks__provenance", 0)
              ELSE 0
            END << 56
          ) | (
            CASE
              WHEN (
                "t227"."views" IS NOT NULL
              ) AND (
                "t227"."paid_views" IS NOT NULL
              )
              THEN COALESCE("t227"."views__provenance", 0)
              ELSE 0
            END << 58
          )
        ) AS "ranks__0"
      FROM "kpi_facts" AS "t227"
      GROUP BY
        1
    ) AS "t232"
  ) AS "t236"
  LEFT OUTER JOIN (
    SELECT
      "t231"."week",
      "t231"."er_reach_account_mean",
      "t231"."er_reach_account_median",
      "t231"."er_followers_account_mean",
      "t231"."er_followers_account_median",
      "t231"."er_impressions_account_mean",
      "t231"."er_impressions_account_median",
      "t231"."er_views_account_mean",
      "t231"."er_views_account_median",
      CASE
        WHEN (
          (
            "t231"."ranks__0" >> 0
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t231"."ranks__0" >> 0
        ) & 3
      END AS "er_reach_account_mean__provenance",
      CASE
        WHEN (
          (
            "t231"."ranks__0" >> 2
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t231"."ranks__0" >> 2
        ) & 3
      END AS "er_reach_account_median__provenance",
      CASE
        WHEN (
          (
            "t231"."ranks__0" >> 4
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t231"."ranks__0" >> 4
        ) & 3
      END AS "er_followers_account_mean__provenance",
      CASE
        WHEN (
          (
            "t231"."ranks__0" >> 6
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t231"."ranks__0" >> 6
        ) & 3
      END AS "er_followers_account_median__provenance",
      CASE
        WHEN (
          (
            "t231"."ranks__0" >> 8
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t231"."ranks__0" >> 8
        ) & 3
      END AS "er_impressions_account_mean__provenance",
      CASE
        WHEN (
          (
            "t231"."ranks__0" >> 10
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t231"."ranks__0" >> 10
        ) & 3
      END AS "er_impressions_account_median__provenance",
      CASE
        WHEN (
          (
            "t231"."ranks__0" >> 12
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t231"."ranks__0" >> 12
        ) & 3
      END AS "er_views_account_mean__provenance",
      CASE
        WHEN (
          (
            "t231"."ranks__0" >> 14
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t231"."ranks__0" >> 14
        ) & 3
      END AS "er_views_account_median__provenance"
    FROM (
      SELECT
        "t230"."week",
        AVG("t230"."er_reach_account_mean") AS "er_reach_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t230"."er_reach_account_median") AS "er_reach_account_median",
        AVG("t230"."er_followers_account_mean") AS "er_followers_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t230"."er_followers_account_median") AS "er_followers_account_median",
        AVG("t230"."er_impressions_account_mean") AS "er_impressions_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t230"."er_impressions_account_median") AS "er_impressions_account_median",
        AVG("t230"."er_views_account_mean") AS "er_views_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t230"."er_views_account_median") AS "er_views_account_median",
        BIT_OR(
          (
            CASE
              WHEN "t230"."er_reach_account_mean" IS NOT NULL
              THEN COALESCE("t230"."engagements__per__reach__r", 0)
              ELSE 0
            END << 0
          ) | (
            CASE
              WHEN "t230"."er_reach_account_median" IS NOT NULL
              THEN COALESCE("t230"."engagements__per__reach__r", 0)
              ELSE 0
            END << 2
          ) | (
            CASE
              WHEN "t230"."er_followers_account_mean" IS NOT NULL
              THEN COALESCE("t230"."engagements__per__followers__r", 0)
              ELSE 0
            END << 4
          ) | (
            CASE
              WHEN "t230"."er_followers_account_median" IS NOT NULL
              THEN COALESCE("t230"."engagements__per__followers__r", 0)
              ELSE 0
            END << 6
          ) | (
            CASE
              WHEN "t230"."er_impressions_account_mean" IS NOT NULL
              THEN COALESCE("t230"."engagements__per__impressions__r", 0)
              ELSE 0
            END << 8
          ) | (
            CASE
              WHEN "t230"."er_impressions_account_median" IS NOT NULL
              THEN COALESCE("t230"."engagements__per__impressions__r", 0)
              ELSE 0
            END << 10
          ) | (
            CASE
              WHEN "t230"."er_views_account_mean" IS NOT NULL
              THEN COALESCE("t230"."engagements__per__views__r", 0)
              ELSE 0
            END << 12
          ) | (
            CASE
              WHEN "t230"."er_views_account_median" IS NOT NULL
              THEN COALESCE("t230"."engagements__per__views__r", 0)
              ELSE 0
            END << 14
          )
        ) AS "ranks__0"
      FROM (
        SELECT
          "t229"."week",
          "t229"."account_id",
          "t229"."engagements__per__reach__n",
          "t229"."engagements__per__reach__d",
          "t229"."engagements__per__followers__n",
          "t229"."engagements__per__followers__d",
          "t229"."engagements__per__impressions__n",
          "t229"."engagements__per__impressions__d",
          "t229"."engagements__per__views__n",
          "t229"."engagements__per__views__d",
          CASE
            WHEN (
              (
                "t229"."ranks__0" >> 0
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t229"."ranks__0" >> 0
            ) & 3
          END AS "engagements__per__reach__r",
          CASE
            WHEN (
              (
                "t229"."ranks__0" >> 2
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t229"."ranks__0" >> 2
            ) & 3
          END AS "engagements__per__followers__r",
          CASE
            WHEN (
              (
                "t229"."ranks__0" >> 4
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t229"."ranks__0" >> 4
            ) & 3
          END AS "engagements__per__impressions__r",
          CASE
            WHEN (
              (
                "t229"."ranks__0" >> 6
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t229"."ranks__0" >> 6
            ) & 3
          END AS "engagements__per__views__r",
          (
            CAST("t229"."engagements__per__reach__n" AS DOUBLE PRECISION) / NULLIF("t229"."engagements__per__reach__d", 0)
          ) * 100 AS "er_reach_account_mean",
          (
            CAST("t229"."engagements__per__reach__n" AS DOUBLE PRECISION) / NULLIF("t229"."engagements__per__reach__d", 0)
          ) * 100 AS "er_reach_account_median",
          (
            CAST("t229"."engagements__per__followers__n" AS DOUBLE PRECISION) / NULLIF("t229"."engagements__per__followers__d", 0)
          ) * 100 AS "er_followers_account_mean",
          (
            CAST("t229"."engagements__per__followers__n" AS DOUBLE PRECISION) / NULLIF("t229"."engagements__per__followers__d", 0)
          ) * 100 AS "er_followers_account_median",
          (
            CAST("t229"."engagements__per__impressions__n" AS DOUBLE PRECISION) / NULLIF("t229"."engagements__per__impressions__d", 0)
          ) * 100 AS "er_impressions_account_mean",
          (
            CAST("t229"."engagements__per__impressions__n" AS DOUBLE PRECISION) / NULLIF("t229"."engagements__per__impressions__d", 0)
          ) * 100 AS "er_impressions_account_median",
          (
            CAST("t229"."engagements__per__views__n" AS DOUBLE PRECISION) / NULLIF("t229"."engagements__per__views__d", 0)
          ) * 100 AS "er_views_account_mean",
          (
            CAST("t229"."engagements__per__views__n" AS DOUBLE PRECISION) / NULLIF("t229"."engagements__per__views__d", 0)
          ) * 100 AS "er_views_account_median"
        FROM (
          SELECT
            "t228"."week",
            "t228"."account_id",
            SUM("t228"."engagements") FILTER(WHERE
              (
                "t228"."engagements" IS NOT NULL
              ) AND (
                "t228"."reach" IS NOT NULL
              )) AS "engagements__per__reach__n",
            SUM("t228"."reach") FILTER(WHERE
              (
                "t228"."engagements" IS NOT NULL
              ) AND (
                "t228"."reach" IS NOT NULL
              )) AS "engagements__per__reach__d",
            SUM("t228"."engagements") FILTER(WHERE
              (
                "t228"."engagements" IS NOT NULL
              ) AND (
                "t228"."followers" IS NOT NULL
              )) AS "engagements__per__followers__n",
            SUM("t228"."followers") FILTER(WHERE
              (
                "t228"."engagements" IS NOT NULL
              ) AND (
                "t228"."followers" IS NOT NULL
              )) AS "engagements__per__followers__d",
            SUM("t228"."engagements") FILTER(WHERE
              (
                "t228"."engagements" IS NOT NULL
              ) AND (
                "t228"."impressions" IS NOT NULL
              )) AS "engagements__per__impressions__n",
            SUM("t228"."impressions") FILTER(WHERE
              (
                "t228"."engagements" IS NOT NULL
              ) AND (
                "t228"."impressions" IS NOT NULL
              )) AS "engagements__per__impressions__d",
            SUM("t228"."engagements") FILTER(WHERE
              (
                "t228"."engagements" IS NOT NULL
              ) AND (
                "t228"."views" IS NOT NULL
              )) AS "engagements__per__views__n",
            SUM("t228"."views") FILTER(WHERE
              (
                "t228"."engagements" IS NOT NULL
              ) AND (
                "t228"."views" IS NOT NULL
              )) AS "engagements__per__views__d",
            BIT_OR(
              (
                CASE
                  WHEN (
                    "t228"."engagements" IS NOT NULL
                  ) AND (
                    "t228"."reach" IS NOT NULL
                  )
                  THEN COALESCE(
                    NULLIF(
                      GREATEST(
                        COALESCE("t228"."engagements__provenance", -1),
                        COALESCE("t228"."reach__provenance", -1)
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
                    "t228"."engagements" IS NOT NULL
                  ) AND (
                    "t228"."followers" IS NOT NULL
                  )
                  THEN COALESCE(
                    NULLIF(
                      GREATEST(
                        COALESCE("t228"."engagements__provenance", -1),
                        COALESCE("t228"."followers__provenance", -1)
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
                    "t228"."engagements" IS NOT NULL
                  ) AND (
                    "t228"."impressions" IS NOT NULL
                  )
                  THEN COALESCE(
                    NULLIF(
                      GREATEST(
                        COALESCE("t228"."engagements__provenance", -1),
                        COALESCE("t228"."impressions__provenance", -1)
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
                    "t228"."engagements" IS NOT NULL
                  ) AND (
                    "t228"."views" IS NOT NULL
                  )
                  THEN COALESCE(
                    NULLIF(
                      GREATEST(
                        COALESCE("t228"."engagements__provenance", -1),
                        COALESCE("t228"."views__provenance", -1)
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
            FROM "kpi_facts" AS "t227"
            WHERE
              "t227"."account_id" IS NOT NULL
          ) AS "t228"
          GROUP BY
            1,
            2
        ) AS "t229"
      ) AS "t230"
      GROUP BY
        1
    ) AS "t231"
  ) AS "t234"
    ON "t236"."week" IS NOT DISTINCT FROM "t234"."week"
) AS "t237"
ORDER BY
  "t237"."week" ASC
