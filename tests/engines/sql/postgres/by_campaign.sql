WITH "t24" AS (
  SELECT
    *
  FROM "campaign" AS "t0"
  WHERE
    "t0"."id" IN (1)
), "t69" AS (
  SELECT
    *
  FROM (
    SELECT
      "t6"."base",
      "t6"."quote",
      "t6"."valid_on",
      CAST("t6"."rate" AS DOUBLE PRECISION) AS "rate"
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
      CAST(1 AS DOUBLE PRECISION) / NULLIF(CAST("t6"."rate" AS DOUBLE PRECISION), 0) AS "rate"
    FROM "exchange_rate" AS "t6"
  ) AS "t65"
), "t84" AS (
  SELECT
    CAST("t59"."id" AS BIGINT) AS "key",
    CAST("t59"."currency" AS VARCHAR) AS "base",
    CAST("t15"."currency" AS VARCHAR) AS "quote",
    EXTRACT('epoch' FROM CAST("t59"."incurred_on" AS TIMESTAMPTZ)) AS "on",
    CAST("t59"."campaign_id" AS BIGINT) AS "campaign_id",
    CAST("t15"."name" AS VARCHAR) AS "campaign",
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
  INNER JOIN "campaign" AS "t15"
    ON "t59"."campaign_id" = "t15"."id"
), "campaign_posts_in" AS (
  SELECT
    CAST("t55"."campaign_id" AS BIGINT) AS "campaign_id",
    CAST("t16"."name" AS VARCHAR) AS "campaign",
    CAST("t53"."id" AS BIGINT) AS "influencer_id",
    CAST("t53"."name" AS VARCHAR) AS "influencer",
    CAST("t19"."id" AS BIGINT) AS "account_id",
    CAST("t19"."platform" AS VARCHAR) AS "platform",
    CAST("t55"."format" AS VARCHAR) AS "format",
    CAST("t55"."id" AS BIGINT) AS "post_id",
    "t55"."published_on" AS "day",
    "t53"."country",
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
    FROM "influencer" AS "t8"
    WHERE
      NOT (
        "t8"."is_brand"
      )
  ) AS "t53"
    ON "t19"."influencer_id" = "t53"."id"
  INNER JOIN "campaign" AS "t16"
    ON "t55"."campaign_id" = "t16"."id"
), "t167" AS (
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
        "t130"."campaign_id",
        CAST("t15"."name" AS VARCHAR) AS "campaign",
        CAST("t18"."id" AS BIGINT) AS "influencer_id",
        CAST("t18"."name" AS VARCHAR) AS "influencer",
        "t130"."account_id",
        CAST("t20"."platform" AS VARCHAR) AS "platform",
        "t130"."is_brand",
        "t15"."end_date" AS "day",
        EXTRACT('epoch' FROM CAST("t15"."start_date" AS TIMESTAMPTZ)) AS "start_at",
        EXTRACT('epoch' FROM CAST("t15"."end_date" AS TIMESTAMPTZ)) + 86400 AS "end_at"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t110"."campaign_id",
            "t110"."account_id",
            FALSE AS "is_brand"
          FROM (
            SELECT DISTINCT
              "t97"."campaign_id",
              "t97"."account_id"
            FROM "campaign_posts_in" AS "t97"
          ) AS "t110"
        ) AS "t118"
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
      ) AS "t130"
      INNER JOIN "campaign" AS "t15"
        ON "t130"."campaign_id" = "t15"."id"
      INNER JOIN "account" AS "t20"
        ON "t130"."account_id" = "t20"."id"
      INNER JOIN "influencer" AS "t18"
        ON "t20"."influencer_id" = "t18"."id"
    ) AS "t150"
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
      ON "t150"."account_id" = "t67"."account_id"
  ) AS "t165"
  WHERE
    "t165"."at" <= "t165"."end_at"
), "post_rows" AS (
  SELECT
    "t181"."campaign_id",
    "t181"."campaign",
    "t181"."influencer_id",
    "t181"."influencer",
    "t181"."account_id",
    "t181"."platform",
    "t181"."format",
    "t181"."post_id",
    "t181"."day",
    "t181"."country",
    "t181"."caption",
    "t181"."sponsored",
    "t181"."reach",
    "t181"."impressions",
    "t181"."views",
    "t181"."likes",
    "t181"."comments",
    "t181"."shares",
    "t181"."saves",
    "t181"."clicks",
    "t181"."reach__provenance",
    "t181"."impressions__provenance",
    "t181"."views__provenance",
    "t181"."likes__provenance",
    "t181"."comments__provenance",
    "t181"."shares__provenance",
    "t181"."saves__provenance",
    "t181"."clicks__provenance",
    "t181"."followers",
    "t181"."followers__provenance",
    "t181"."engagements",
    "t181"."engagements__provenance",
    COALESCE(
      COALESCE("t181"."impressions", "t181"."views"),
      "t181"."reach" * COALESCE(
        CAST(SUM("t181"."impressions") FILTER(WHERE
          (
            "t181"."impressions" IS NOT NULL
          ) AND (
            "t181"."reach" IS NOT NULL
          )) OVER (
          PARTITION BY "t181"."campaign_id", "t181"."platform"
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) AS DOUBLE PRECISION) / NULLIF(
          SUM("t181"."reach") FILTER(WHERE
            (
              "t181"."impressions" IS NOT NULL
            ) AND (
              "t181"."reach" IS NOT NULL
            )) OVER (
            PARTITION BY "t181"."campaign_id", "t181"."platform"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ),
          0
        ),
        CAST(1 AS DOUBLE PRECISION)
      )
    ) AS "impressions_with_estimates",
    CASE
      WHEN COALESCE(
        COALESCE("t181"."impressions", "t181"."views"),
        "t181"."reach" * COALESCE(
          CAST(SUM("t181"."impressions") FILTER(WHERE
            (
              "t181"."impressions" IS NOT NULL
            ) AND (
              "t181"."reach" IS NOT NULL
            )) OVER (
            PARTITION BY "t181"."campaign_id", "t181"."platform"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ) AS DOUBLE PRECISION) / NULLIF(
            SUM("t181"."reach") FILTER(WHERE
              (
                "t181"."impressions" IS NOT NULL
              ) AND (
                "t181"."reach" IS NOT NULL
              )) OVER (
              PARTITION BY "t181"."campaign_id", "t181"."platform"
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ),
            0
          ),
          CAST(1 AS DOUBLE PRECISION)
        )
      ) IS NOT NULL
      THEN CASE
        WHEN "t181"."impressions" IS NOT NULL
        THEN "t181"."impressions__provenance"
        ELSE 2
      END
      ELSE CAST(NULL AS BIGINT)
    END AS "impressions_with_estimates__provenance",
    (
      CAST("t181"."engagements" AS DOUBLE PRECISION) / NULLIF("t181"."reach", 0)
    ) * 100 AS "er_reach_post",
    (
      CAST("t181"."engagements" AS DOUBLE PRECISION) / NULLIF("t181"."followers", 0)
    ) * 100 AS "er_followers_post",
    (
      CAST("t181"."engagements" AS DOUBLE PRECISION) / NULLIF("t181"."impressions", 0)
    ) * 100 AS "er_impressions_post",
    (
      CAST("t181"."engagements" AS DOUBLE PRECISION) / NULLIF("t181"."views", 0)
    ) * 100 AS "er_views_post",
    NULLIF(
      GREATEST(
        COALESCE("t181"."engagements__provenance", -1),
        COALESCE("t181"."reach__provenance", -1)
      ),
      -1
    ) AS "er_reach_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t181"."engagements__provenance", -1),
        COALESCE("t181"."followers__provenance", -1)
      ),
      -1
    ) AS "er_followers_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t181"."engagements__provenance", -1),
        COALESCE("t181"."impressions__provenance", -1)
      ),
      -1
    ) AS "er_impressions_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t181"."engagements__provenance", -1),
        COALESCE("t181"."views__provenance", -1)
      ),
      -1
    ) AS "er_views_post__provenance",
    "t181"."platform" AS "post_platform",
    "t181"."influencer_id" AS "publishing_influencer",
    CAST(CASE WHEN "t181"."sponsored" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "sponsored_posts",
    CAST(CASE
      WHEN "t181"."sponsored"
      AND CASE
        WHEN UPPER("t181"."country") = 'FR'
        THEN (
          POSITION('publicité' IN LOWER("t181"."caption")) > 0
        )
        OR (
          POSITION('publicite' IN LOWER("t181"."caption")) > 0
        )
        OR (
          POSITION('collaboration commerciale' IN LOWER("t181"."caption")) > 0
        )
        WHEN UPPER("t181"."country") = 'BE'
        THEN (
          POSITION('publicité' IN LOWER("t181"."caption")) > 0
        )
        OR (
          POSITION('publicite' IN LOWER("t181"."caption")) > 0
        )
        OR (
          POSITION('collaboration commerciale' IN LOWER("t181"."caption")) > 0
        )
        OR (
          POSITION('#pub' IN LOWER("t181"."caption")) > 0
        )
        OR (
          POSITION('reclame' IN LOWER("t181"."caption")) > 0
        )
        OR (
          POSITION('#ad' IN LOWER("t181"."caption")) > 0
        )
        OR (
          POSITION('samenwerking' IN LOWER("t181"."caption")) > 0
        )
        WHEN UPPER("t181"."country") = 'DE'
        THEN (
          POSITION('werbung' IN LOWER("t181"."caption")) > 0
        )
        OR (
          POSITION('anzeige' IN LOWER("t181"."caption")) > 0
        )
        WHEN UPPER("t181"."country") = 'ES'
        THEN (
          POSITION('publicidad' IN LOWER("t181"."caption")) > 0
        )
        OR (
          POSITION('#publi' IN LOWER("t181"."caption")) > 0
        )
        OR (
          POSITION('patrocinado' IN LOWER("t181"."caption")) > 0
        )
        OR (
          POSITION('colaboración pagada' IN LOWER("t181"."caption")) > 0
        )
        WHEN UPPER("t181"."country") = 'IT'
        THEN (
          POSITION('pubblicità' IN LOWER("t181"."caption")) > 0
        )
        OR (
          POSITION('#adv' IN LOWER("t181"."caption")) > 0
        )
        OR (
          POSITION('sponsorizzato' IN LOWER("t181"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t181"."caption")) > 0
        )
        WHEN UPPER("t181"."country") = 'GB'
        THEN (
          POSITION('#ad' IN LOWER("t181"."caption")) > 0
        )
        OR (
          POSITION('advert' IN LOWER("t181"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t181"."caption")) > 0
        )
        WHEN UPPER("t181"."country") = 'US'
        THEN (
          POSITION('#ad' IN LOWER("t181"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t181"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t181"."caption")) > 0
        )
        OR (
          POSITION('paid partnership' IN LOWER("t181"."caption")) > 0
        )
        ELSE (
          POSITION('#ad' IN LOWER("t181"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t181"."caption")) > 0
        )
        OR (
          POSITION('paid partnership' IN LOWER("t181"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t181"."caption")) > 0
        )
      END
      THEN 1
      ELSE 0
    END AS DOUBLE PRECISION) AS "disclosed_sponsored_posts"
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
        THEN CAST(0 AS DOUBLE PRECISION) + COALESCE("t166"."likes", 0) + COALESCE("t166"."comments", 0) + COALESCE("t166"."shares", 0) + COALESCE("t166"."saves", 0)
        ELSE CAST(NULL AS DOUBLE PRECISION)
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
        "t159"."reach",
        "t159"."impressions",
        "t159"."views",
        "t159"."likes",
        "t159"."comments",
        "t159"."shares",
        "t159"."saves",
        "t159"."clicks",
        "t159"."reach__provenance",
        "t159"."impressions__provenance",
        "t159"."views__provenance",
        "t159"."likes__provenance",
        "t159"."comments__provenance",
        "t159"."shares__provenance",
        "t159"."saves__provenance",
        "t159"."clicks__provenance",
        "t151"."followers",
        "t151"."followers__provenance"
      FROM "campaign_posts_in" AS "t103"
      LEFT OUTER JOIN (
        SELECT
          "t131"."post_id",
          CAST(CAST(FLOOR(CAST("t131"."reach" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) AS "reach",
          CAST(CAST(FLOOR(CAST("t131"."impressions" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) AS "impressions",
          CAST(CAST(FLOOR(CAST("t131"."views" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) AS "views",
          CAST(CAST(FLOOR(CAST("t131"."likes" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) AS "likes",
          CAST(CAST(FLOOR(CAST("t131"."comments" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) AS "comments",
          CAST(CAST(FLOOR(CAST("t131"."shares" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) AS "shares",
          CAST(CAST(FLOOR(CAST("t131"."saves" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) AS "saves",
          CAST(CAST(FLOOR(CAST("t131"."clicks" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) AS "clicks",
          CAST("t131"."reach" - (
            CAST(CAST(FLOOR(CAST("t131"."reach" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) * 4
          ) AS BIGINT) AS "reach__provenance",
          CAST("t131"."impressions" - (
            CAST(CAST(FLOOR(CAST("t131"."impressions" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) * 4
          ) AS BIGINT) AS "impressions__provenance",
          CAST("t131"."views" - (
            CAST(CAST(FLOOR(CAST("t131"."views" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) * 4
          ) AS BIGINT) AS "views__provenance",
          CAST("t131"."likes" - (
            CAST(CAST(FLOOR(CAST("t131"."likes" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) * 4
          ) AS BIGINT) AS "likes__provenance",
          CAST("t131"."comments" - (
            CAST(CAST(FLOOR(CAST("t131"."comments" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) * 4
          ) AS BIGINT) AS "comments__provenance",
          CAST("t131"."shares" - (
            CAST(CAST(FLOOR(CAST("t131"."shares" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) * 4
          ) AS BIGINT) AS "shares__provenance",
          CAST("t131"."saves" - (
            CAST(CAST(FLOOR(CAST("t131"."saves" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) * 4
          ) AS BIGINT) AS "saves__provenance",
          CAST("t131"."clicks" - (
            CAST(CAST(FLOOR(CAST("t131"."clicks" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) * 4
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
        ) AS "t131"
      ) AS "t159"
        ON "t103"."post_id" = "t159"."post_id"
      LEFT OUTER JOIN (
        SELECT
          CAST("t57"."post_id" AS BIGINT) AS "post_id",
          "t124"."followers",
          "t124"."rank" AS "followers__provenance"
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
        ) AS "t124"
          ON "t57"."account_id" = "t124"."account_id"
          AND (
            (
              (
                "t124"."since" <= "t57"."published_at"
              )
              AND (
                (
                  "t124"."until" IS NULL
                ) OR (
                  "t57"."published_at" < "t124"."until"
                )
              )
            )
            OR (
              "t124"."first" AND (
                "t57"."published_at" < "t124"."since"
              )
            )
          )
      ) AS "t151"
        ON "t103"."post_id" = "t151"."post_id"
    ) AS "t166"
  ) AS "t181"
), "kpi_facts" AS (
  SELECT
    "t241"."campaign_id",
    "t241"."account_id",
    "t241"."post_id",
    "t241"."reach",
    "t241"."impressions",
    "t241"."views",
    "t241"."likes",
    "t241"."comments",
    "t241"."shares",
    "t241"."saves",
    "t241"."clicks",
    "t241"."followers",
    "t241"."engagements",
    "t241"."impressions_with_estimates",
    "t241"."er_reach_post",
    "t241"."er_followers_post",
    "t241"."er_impressions_post",
    "t241"."er_views_post",
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
    "t241"."brand_followers_start",
    "t241"."brand_followers_gained",
    "t241"."brand_followers_expected_gain",
    "t241"."influencers_contacted",
    "t241"."influencers_interested",
    "t241"."posts_contracted",
    "t241"."products_sent",
    "t241"."key_messages",
    "t241"."emv",
    "t241"."emv_authentic",
    (
      CAST("t241"."cost" AS DOUBLE PRECISION) / (
        CASE
          WHEN "t241"."platform" = 'tiktok'
          THEN 7.5
          WHEN "t241"."platform" = 'youtube'
          THEN 3.53
          ELSE 19.8
        END * "t241"."paid_rate"
      )
    ) * 1000 AS "paid_impressions",
    CAST("t241"."cost" AS DOUBLE PRECISION) / (
      CASE
        WHEN "t241"."platform" = 'tiktok'
        THEN CAST(NULL AS DOUBLE PRECISION)
        WHEN "t241"."platform" = 'youtube'
        THEN CAST(NULL AS DOUBLE PRECISION)
        ELSE 1.88
      END * "t241"."paid_rate"
    ) AS "paid_clicks",
    CAST("t241"."cost" AS DOUBLE PRECISION) / (
      CASE
        WHEN "t241"."platform" = 'youtube'
        THEN 0.026
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END * "t241"."paid_rate"
    ) AS "paid_views",
    (
      CASE
        WHEN "t241"."reach" IS NOT NULL
        THEN COALESCE("t241"."reach__provenance", 0)
        ELSE 0
      END << 0
    ) | (
      CASE
        WHEN "t241"."impressions" IS NOT NULL
        THEN COALESCE("t241"."impressions__provenance", 0)
        ELSE 0
      END << 2
    ) | (
      CASE
        WHEN "t241"."views" IS NOT NULL
        THEN COALESCE("t241"."views__provenance", 0)
        ELSE 0
      END << 4
    ) | (
      CASE
        WHEN "t241"."impressions_with_estimates" IS NOT NULL
        THEN COALESCE("t241"."impressions_with_estimates__provenance", 0)
        ELSE 0
      END << 6
    ) | (
      CASE
        WHEN (
          "t241"."reach" IS NOT NULL
        ) AND (
          "t241"."followers" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t241"."reach__provenance", -1),
              COALESCE("t241"."followers__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 8
    ) | (
      CASE
        WHEN "t241"."likes" IS NOT NULL
        THEN COALESCE("t241"."likes__provenance", 0)
        ELSE 0
      END << 10
    ) | (
      CASE
        WHEN "t241"."comments" IS NOT NULL
        THEN COALESCE("t241"."comments__provenance", 0)
        ELSE 0
      END << 12
    ) | (
      CASE
        WHEN "t241"."shares" IS NOT NULL
        THEN COALESCE("t241"."shares__provenance", 0)
        ELSE 0
      END << 14
    ) | (
      CASE
        WHEN "t241"."saves" IS NOT NULL
        THEN COALESCE("t241"."saves__provenance", 0)
        ELSE 0
      END << 16
    ) | (
      CASE
        WHEN "t241"."engagements" IS NOT NULL
        THEN COALESCE("t241"."engagements__provenance", 0)
        ELSE 0
      END << 18
    ) | (
      CASE
        WHEN (
          "t241"."engagements" IS NOT NULL
        ) AND (
          "t241"."reach" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t241"."engagements__provenance", -1),
              COALESCE("t241"."reach__provenance", -1)
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
          "t241"."engagements" IS NOT NULL
        ) AND (
          "t241"."followers" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t241"."engagements__provenance", -1),
              COALESCE("t241"."followers__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 22
    ) | (
      CASE
        WHEN "t241"."er_reach_post" IS NOT NULL
        THEN COALESCE("t241"."er_reach_post__provenance", 0)
        ELSE 0
      END << 24
    ) | (
      CASE
        WHEN "t241"."er_followers_post" IS NOT NULL
        THEN COALESCE("t241"."er_followers_post__provenance", 0)
        ELSE 0
      END << 26
    ) | (
      CASE
        WHEN (
          "t241"."engagements" IS NOT NULL
        ) AND (
          "t241"."impressions" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t241"."engagements__provenance", -1),
              COALESCE("t241"."impressions__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 28
    ) | (
      CASE
        WHEN "t241"."er_impressions_post" IS NOT NULL
        THEN COALESCE("t241"."er_impressions_post__provenance", 0)
        ELSE 0
      END << 30
    ) | (
      CASE
        WHEN (
          "t241"."engagements" IS NOT NULL
        ) AND (
          "t241"."views" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t241"."engagements__provenance", -1),
              COALESCE("t241"."views__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 32
    ) | (
      CASE
        WHEN "t241"."er_views_post" IS NOT NULL
        THEN COALESCE("t241"."er_views_post__provenance", 0)
        ELSE 0
      END << 34
    ) | (
      CASE
        WHEN "t241"."clicks" IS NOT NULL
        THEN COALESCE("t241"."clicks__provenance", 0)
        ELSE 0
      END << 36
    ) | (
      CASE
        WHEN "t241"."followers_gained" IS NOT NULL
        THEN COALESCE("t241"."followers_gained__provenance", 0)
        ELSE 0
      END << 38
    ) | (
      CASE
        WHEN (
          "t241"."followers_gained" IS NOT NULL
        )
        AND (
          "t241"."followers_start" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t241"."followers_gained__provenance", -1),
              COALESCE("t241"."followers_start__provenance", -1)
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
          "t241"."followers_gained" IS NOT NULL
        )
        AND (
          "t241"."followers_expected_gain" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t241"."followers_gained__provenance", -1),
              COALESCE("t241"."followers_expected_gain__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 42
    ) | (
      CASE
        WHEN "t241"."brand_followers_gained" IS NOT NULL
        THEN COALESCE("t241"."brand_followers_gained__provenance", 0)
        ELSE 0
      END << 44
    ) | (
      CASE
        WHEN (
          "t241"."brand_followers_gained" IS NOT NULL
        )
        AND (
          "t241"."brand_followers_start" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t241"."brand_followers_gained__provenance", -1),
              COALESCE("t241"."brand_followers_start__provenance", -1)
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
          "t241"."brand_followers_gained" IS NOT NULL
        )
        AND (
          "t241"."brand_followers_expected_gain" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t241"."brand_followers_gained__provenance", -1),
              COALESCE("t241"."brand_followers_expected_gain__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 48
    ) | (
      CASE
        WHEN "t241"."emv" IS NOT NULL
        THEN COALESCE("t241"."emv__provenance", 0)
        ELSE 0
      END << 50
    ) | (
      CASE
        WHEN "t241"."emv_authentic" IS NOT NULL
        THEN COALESCE("t241"."emv_authentic__provenance", 0)
        ELSE 0
      END << 52
    ) | (
      CASE
        WHEN (
          "t241"."impressions_with_estimates" IS NOT NULL
        )
        AND (
          (
            (
              CAST("t241"."cost" AS DOUBLE PRECISION) / (
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
        THEN COALESCE("t241"."impressions_with_estimates__provenance", 0)
        ELSE 0
      END << 54
    ) | (
      CASE
        WHEN (
          "t241"."clicks" IS NOT NULL
        )
        AND (
          (
            CAST("t241"."cost" AS DOUBLE PRECISION) / (
              CASE
                WHEN "t241"."platform" = 'tiktok'
                THEN CAST(NULL AS DOUBLE PRECISION)
                WHEN "t241"."platform" = 'youtube'
                THEN CAST(NULL AS DOUBLE PRECISION)
                ELSE 1.88
              END * "t241"."paid_rate"
            )
          ) IS NOT NULL
        )
        THEN COALESCE("t241"."clicks__provenance", 0)
        ELSE 0
      END << 56
    ) | (
      CASE
        WHEN (
          "t241"."views" IS NOT NULL
        )
        AND (
          (
            CAST("t241"."cost" AS DOUBLE PRECISION) / (
              CASE
                WHEN "t241"."platform" = 'youtube'
                THEN 0.026
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t241"."paid_rate"
            )
          ) IS NOT NULL
        )
        THEN COALESCE("t241"."views__provenance", 0)
        ELSE 0
      END << 58
    ) AS "ranks__0"
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
      "t239"."emv_rate",
      "t239"."inauthentic_share",
      "t239"."emv",
      "t239"."emv__provenance",
      "t239"."emv_authentic",
      "t239"."emv_authentic__provenance",
      "t157"."paid_rate"
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
                CAST((
                  COALESCE("t236"."impressions", "t236"."views") * CASE
                    WHEN "t236"."platform" = 'tiktok'
                    THEN 6.89
                    ELSE CAST(NULL AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 1000
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
                  ELSE CAST(NULL AS DOUBLE PRECISION)
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
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t236"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t236"."platform" = 'tiktok'
                  THEN 1.72
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t236"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              CAST((
                COALESCE("t236"."impressions", "t236"."views") * CASE
                  WHEN "t236"."platform" = 'tiktok'
                  THEN 6.89
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END
              ) AS DOUBLE PRECISION) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t236"."platform" = 'instagram'
                THEN 0.07
                WHEN "t236"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t236"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE PRECISION)
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
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t236"."comments",
              0
            ) + COALESCE(
              CASE
                WHEN "t236"."platform" = 'tiktok'
                THEN 1.72
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t236"."shares",
              0
            )
          ) * "t236"."emv_rate"
          ELSE CAST(NULL AS DOUBLE PRECISION)
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
                CAST((
                  COALESCE("t236"."impressions", "t236"."views") * CASE
                    WHEN "t236"."platform" = 'tiktok'
                    THEN 6.89
                    ELSE CAST(NULL AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 1000
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
                  ELSE CAST(NULL AS DOUBLE PRECISION)
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
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t236"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t236"."platform" = 'tiktok'
                  THEN 1.72
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t236"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              CAST((
                COALESCE("t236"."impressions", "t236"."views") * CASE
                  WHEN "t236"."platform" = 'tiktok'
                  THEN 6.89
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END
              ) AS DOUBLE PRECISION) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t236"."platform" = 'instagram'
                THEN 0.07
                WHEN "t236"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t236"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE PRECISION)
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
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t236"."comments",
              0
            ) + COALESCE(
              CASE
                WHEN "t236"."platform" = 'tiktok'
                THEN 1.72
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t236"."shares",
              0
            )
          ) * "t236"."emv_rate" * (
            1 - COALESCE("t236"."inauthentic_share", 0)
          )
          ELSE CAST(NULL AS DOUBLE PRECISION)
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
          "t234"."key_messages",
          "t234"."emv_rate",
          "t28"."inauthentic_share"
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
            "t231"."key_messages",
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
                          "t222"."campaign_id",
                          "t222"."campaign",
                          "t222"."influencer_id",
                          "t222"."influencer",
                          "t222"."account_id",
                          "t222"."platform",
                          "t222"."format",
                          "t222"."post_id",
                          "t222"."day",
                          "t222"."reach",
                          "t222"."impressions",
                          "t222"."views",
                          "t222"."likes",
                          "t222"."comments",
                          "t222"."shares",
                          "t222"."saves",
                          "t222"."clicks",
                          "t222"."reach__provenance",
                          "t222"."impressions__provenance",
                          "t222"."views__provenance",
                          "t222"."likes__provenance",
                          "t222"."comments__provenance",
                          "t222"."shares__provenance",
                          "t222"."saves__provenance",
                          "t222"."clicks__provenance",
                          "t222"."followers",
                          CAST("t222"."followers__provenance" AS BIGINT) AS "followers__provenance",
                          "t222"."engagements",
                          "t222"."engagements__provenance",
                          "t222"."impressions_with_estimates",
                          "t222"."impressions_with_estimates__provenance",
                          "t222"."er_reach_post",
                          "t222"."er_followers_post",
                          "t222"."er_impressions_post",
                          "t222"."er_views_post",
                          "t222"."er_reach_post__provenance",
                          "t222"."er_followers_post__provenance",
                          "t222"."er_impressions_post__provenance",
                          "t222"."er_views_post__provenance",
                          "t222"."post_platform",
                          CAST("t222"."publishing_influencer" AS DOUBLE PRECISION) AS "publishing_influencer",
                          "t222"."sponsored_posts",
                          "t222"."disclosed_sponsored_posts",
                          "t222"."cost",
                          "t222"."key_message_posts",
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
                            "t215"."campaign_id",
                            "t215"."campaign",
                            "t215"."influencer_id",
                            "t215"."influencer",
                            "t215"."account_id",
                            "t215"."platform",
                            "t215"."format",
                            "t215"."post_id",
                            "t215"."day",
                            "t215"."country",
                            "t215"."caption",
                            "t215"."sponsored",
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
                            "t220"."key_message_posts"
                          FROM (
                            SELECT
                              "t204"."campaign_id",
                              "t204"."campaign",
                              "t204"."influencer_id",
                              "t204"."influencer",
                              "t204"."account_id",
                              "t204"."platform",
                              "t204"."format",
                              "t204"."post_id",
                              "t204"."day",
                              "t204"."country",
                              "t204"."caption",
                              "t204"."sponsored",
                              "t204"."reach",
                              "t204"."impressions",
                              "t204"."views",
                              "t204"."likes",
                              "t204"."comments",
                              "t204"."shares",
                              "t204"."saves",
                              "t204"."clicks",
                              "t204"."reach__provenance",
                              "t204"."impressions__provenance",
                              "t204"."views__provenance",
                              "t204"."likes__provenance",
                              "t204"."comments__provenance",
                              "t204"."shares__provenance",
                              "t204"."saves__provenance",
                              "t204"."clicks__provenance",
                              "t204"."followers",
                              "t204"."followers__provenance",
                              "t204"."engagements",
                              "t204"."engagements__provenance",
                              "t204"."impressions_with_estimates",
                              "t204"."impressions_with_estimates__provenance",
                              "t204"."er_reach_post",
                              "t204"."er_followers_post",
                              "t204"."er_impressions_post",
                              "t204"."er_views_post",
                              "t204"."er_reach_post__provenance",
                              "t204"."er_followers_post__provenance",
                              "t204"."er_impressions_post__provenance",
                              "t204"."er_views_post__provenance",
                              "t204"."post_platform",
                              "t204"."publishing_influencer",
                              "t204"."sponsored_posts",
                              "t204"."disclosed_sponsored_posts",
                              "t195"."cost"
                            FROM "post_rows" AS "t204"
                            LEFT OUTER JOIN (
                              SELECT
                                "t103"."post_id",
                                "t189"."cost"
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
                                    CAST("t175"."amount" AS DOUBLE PRECISION) / "t117"."n_posts" AS "share"
                                  FROM (
                                    SELECT
                                      "t106"."campaign_id",
                                      "t106"."campaign",
                                      "t106"."influencer_id",
                                      "t106"."incurred_on",
                                      "t106"."amount" * "t164"."rate" AS "amount"
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
                                          "t146"."key",
                                          "t146"."rate"
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
                                              "t106"."key",
                                              "t106"."on",
                                              "t79"."rate",
                                              EXTRACT('epoch' FROM CAST("t79"."valid_on" AS TIMESTAMPTZ)) AS "valid"
                                            FROM "t84" AS "t106"
                                            INNER JOIN "t69" AS "t79"
                                              ON "t106"."base" = "t79"."base" AND "t106"."quote" = "t79"."quote"
                                          ) AS "t126"
                                        ) AS "t146"
                                        WHERE
                                          "t146"."order" = 0
                                      ) AS "t156"
                                    ) AS "t164"
                                      ON "t106"."key" = "t164"."key"
                                  ) AS "t175"
                                  INNER JOIN (
                                    SELECT
                                      "t97"."campaign_id",
                                      "t97"."influencer_id",
                                      COUNT("t97"."post_id") AS "n_posts"
                                    FROM "campaign_posts_in" AS "t97"
                                    GROUP BY
                                      1,
                                      2
                                  ) AS "t117"
                                    ON "t175"."campaign_id" = "t117"."campaign_id"
                                    AND "t175"."influencer_id" = "t117"."influencer_id"
                                ) AS "t178"
                                GROUP BY
                                  1,
                                  2
                              ) AS "t189"
                                ON "t189"."campaign_id" = "t103"."campaign_id"
                                AND "t189"."influencer_id" = "t103"."influencer_id"
                            ) AS "t195"
                              ON "t204"."post_id" = "t195"."post_id"
                          ) AS "t215"
                          LEFT OUTER JOIN (
                            SELECT
                              "t216"."post_id",
                              MAX(
                                CAST(CASE
                                  WHEN POSITION(LOWER("t216"."message") IN LOWER("t216"."caption")) > 0
                                  THEN 1
                                  ELSE 0
                                END AS DOUBLE PRECISION)
                              ) AS "key_message_posts"
                            FROM (
                              SELECT
                                "t208"."campaign_id",
                                "t208"."post_id",
                                "t208"."caption",
                                "t86"."message"
                              FROM (
                                SELECT
                                  "t202"."campaign_id",
                                  "t202"."post_id",
                                  "t202"."caption"
                                FROM "post_rows" AS "t202"
                              ) AS "t208"
                              INNER JOIN (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    CAST("t0"."id" AS BIGINT) AS "campaign_id",
                                    UNNEST(STRING_TO_ARRAY("t0"."key_messages", '
')) AS "message"
                                  FROM "campaign" AS "t0"
                                ) AS "t47"
                                WHERE
                                  LENGTH("t47"."message") > 0
                              ) AS "t86"
                                ON "t208"."campaign_id" = "t86"."campaign_id"
                            ) AS "t216"
                            GROUP BY
                              1
                          ) AS "t220"
                            ON "t215"."post_id" = "t220"."post_id"
                        ) AS "t222"
                      ) AS "t223"
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t217"."campaign_id",
                          "t217"."campaign",
                          CAST(NULL AS BIGINT) AS "influencer_id",
                          CAST(NULL AS VARCHAR) AS "influencer",
                          CAST(NULL AS BIGINT) AS "account_id",
                          "t217"."platform",
                          CAST(NULL AS VARCHAR) AS "format",
                          CAST(NULL AS BIGINT) AS "post_id",
                          "t217"."day",
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
                          CAST("t217"."ugc_post" AS DOUBLE PRECISION) AS "ugc_post",
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
                                "t98"."post_id",
                                "t98"."influencer_id",
                                "t98"."platform",
                                "t98"."day"
                              FROM (
                                SELECT
                                  CAST("t56"."id" AS BIGINT) AS "post_id",
                                  CAST("t17"."id" AS BIGINT) AS "influencer_id",
                                  "t17"."workspace_id",
                                  "t17"."is_brand",
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
                                INNER JOIN "influencer" AS "t17"
                                  ON "t19"."influencer_id" = "t17"."id"
                              ) AS "t98"
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
                                ) AS "t48"
                                WHERE
                                  LENGTH("t48"."tag") > 0
                              ) AS "t87"
                                ON "t98"."workspace_id" = "t87"."workspace_id"
                                AND "t98"."day" >= "t87"."start"
                                AND "t98"."day" <= "t87"."end"
                                AND NOT (
                                  "t98"."is_brand"
                                )
                                AND POSITION(',' || "t87"."tag" || ',' IN ',' || "t98"."hashtags" || ',') > 0
                            ) AS "t128"
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
                                      CAST("t7"."campaign_id" AS BIGINT) AS "campaign_id",
                                      CAST("t7"."influencer_id" AS BIGINT) AS "influencer_id"
                                    FROM "roster" AS "t7"
                                  ) AS "t31"
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t202"."campaign_id",
                                      "t202"."influencer_id"
                                    FROM "post_rows" AS "t202"
                                  ) AS "t205"
                                ) AS "t207"
                              ) AS "t214"
                              WHERE
                                "t137"."campaign_id" = "t214"."campaign_id"
                                AND "t137"."influencer_id" = "t214"."influencer_id"
                            )
                        ) AS "t217"
                      ) AS "t218"
                    ) AS "t224"
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
                        CAST(NULL AS VARCHAR) AS "platform",
                        CAST(NULL AS VARCHAR) AS "format",
                        CAST(NULL AS BIGINT) AS "post_id",
                        "t177"."day",
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
                        "t177"."cost",
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
                          "t174"."campaign_id",
                          "t174"."campaign",
                          "t174"."influencer_id",
                          CAST("t17"."name" AS VARCHAR) AS "influencer",
                          "t174"."incurred_on" AS "day",
                          "t174"."amount" AS "cost"
                        FROM (
                          SELECT
                            "t105"."campaign_id",
                            "t105"."campaign",
                            "t105"."influencer_id",
                            "t105"."incurred_on",
                            "t105"."amount" * "t163"."rate" AS "amount"
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
                                "t145"."key",
                                "t145"."rate"
                              FROM (
                                SELECT
                                  "t125"."key",
                                  "t125"."on",
                                  "t125"."rate",
                                  "t125"."valid",
                                  ROW_NUMBER() OVER (
                                    PARTITION BY "t125"."key"
                                    ORDER BY CASE WHEN "t125"."valid" <= "t125"."on" THEN 0 ELSE 1 END ASC, ABS("t125"."valid" - "t125"."on") ASC
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
                                ) AS "t125"
                              ) AS "t145"
                              WHERE
                                "t145"."order" = 0
                            ) AS "t155"
                          ) AS "t163"
                            ON "t105"."key" = "t163"."key"
                        ) AS "t174"
                        LEFT OUTER JOIN "influencer" AS "t17"
                          ON "t174"."influencer_id" = "t17"."id"
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
                            ) AS "t117"
                            WHERE
                              "t174"."campaign_id" = "t117"."campaign_id"
                              AND "t174"."influencer_id" = "t117"."influencer_id"
                          )
                      ) AS "t177"
                    ) AS "t183"
                  ) AS "t225"
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t96"."campaign_id",
                      "t96"."campaign",
                      CAST(NULL AS BIGINT) AS "influencer_id",
                      CAST(NULL AS VARCHAR) AS "influencer",
                      CAST(NULL AS BIGINT) AS "account_id",
                      "t96"."platform",
                      CAST(NULL AS VARCHAR) AS "format",
                      CAST(NULL AS BIGINT) AS "post_id",
                      "t96"."day",
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
                      "t96"."mentions",
                      "t96"."brand_mentions",
                      "t96"."mention_engagements",
                      "t96"."brand_mention_engagements",
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
                        "t91"."campaign_id",
                        "t91"."campaign",
                        "t91"."platform",
                        "t91"."day",
                        "t91"."mentions",
                        "t91"."brand_mentions",
                        "t91"."mention_engagements",
                        "t91"."brand_mention_engagements"
                      FROM (
                        SELECT
                          CAST("t61"."id" AS BIGINT) AS "campaign_id",
                          CAST("t61"."name" AS VARCHAR) AS "campaign",
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
                        INNER JOIN "t24" AS "t61"
                          ON "t54"."workspace_id" = "t61"."workspace_id"
                          AND "t54"."mentioned_on" >= "t61"."start_date"
                          AND "t54"."mentioned_on" <= "t61"."end_date"
                      ) AS "t91"
                    ) AS "t96"
                  ) AS "t109"
                ) AS "t226"
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    "t212"."campaign_id",
                    "t212"."campaign",
                    "t212"."influencer_id",
                    "t212"."influencer",
                    "t212"."account_id",
                    "t212"."platform",
                    CAST(NULL AS VARCHAR) AS "format",
                    CAST(NULL AS BIGINT) AS "post_id",
                    "t212"."day",
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
                      WHEN "t212"."is_brand" = FALSE
                      THEN "t212"."start_followers"
                      ELSE CAST(NULL AS DOUBLE PRECISION)
                    END AS "followers_start",
                    CASE
                      WHEN "t212"."is_brand" = FALSE
                      THEN CASE
                        WHEN "t212"."end_seen_at" > "t212"."start_seen_at"
                        THEN "t212"."end_followers" - "t212"."start_followers"
                        ELSE CAST(NULL AS DOUBLE PRECISION)
                      END
                      ELSE CAST(NULL AS DOUBLE PRECISION)
                    END AS "followers_gained",
                    CASE
                      WHEN "t212"."is_brand" = FALSE
                      THEN CASE
                        WHEN "t212"."end_seen_at" > "t212"."start_seen_at"
                        THEN (
                          CAST((
                            "t212"."start_followers" - "t212"."before_followers"
                          ) AS DOUBLE PRECISION) / NULLIF(CAST("t212"."start_seen_at" - "t212"."before_seen_at" AS DOUBLE PRECISION), 0)
                        ) * (
                          "t212"."end_seen_at" - "t212"."start_seen_at"
                        )
                        ELSE CAST(NULL AS DOUBLE PRECISION)
                      END
                      ELSE CAST(NULL AS DOUBLE PRECISION)
                    END AS "followers_expected_gain",
                    CAST(CASE
                      WHEN "t212"."is_brand" = FALSE
                      THEN "t212"."start_rank"
                      ELSE CAST(NULL AS SMALLINT)
                    END AS BIGINT) AS "followers_start__provenance",
                    CASE
                      WHEN "t212"."is_brand" = FALSE
                      THEN CASE
                        WHEN "t212"."end_seen_at" > "t212"."start_seen_at"
                        THEN NULLIF(GREATEST(COALESCE("t212"."start_rank", -1), COALESCE("t212"."end_rank", -1)), -1)
                        ELSE CAST(NULL AS BIGINT)
                      END
                      ELSE CAST(NULL AS BIGINT)
                    END AS "followers_gained__provenance",
                    CASE
                      WHEN "t212"."is_brand" = FALSE
                      THEN CASE
                        WHEN CASE
                          WHEN "t212"."end_seen_at" > "t212"."start_seen_at"
                          THEN (
                            CAST((
                              "t212"."start_followers" - "t212"."before_followers"
                            ) AS DOUBLE PRECISION) / NULLIF(CAST("t212"."start_seen_at" - "t212"."before_seen_at" AS DOUBLE PRECISION), 0)
                          ) * (
                            "t212"."end_seen_at" - "t212"."start_seen_at"
                          )
                          ELSE CAST(NULL AS DOUBLE PRECISION)
                        END IS NOT NULL
                        THEN NULLIF(
                          GREATEST(
                            COALESCE(
                              CASE
                                WHEN "t212"."end_seen_at" > "t212"."start_seen_at"
                                THEN NULLIF(GREATEST(COALESCE("t212"."start_rank", -1), COALESCE("t212"."end_rank", -1)), -1)
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              -1
                            ),
                            COALESCE("t212"."before_rank", -1)
                          ),
                          -1
                        )
                        ELSE CAST(NULL AS BIGINT)
                      END
                      ELSE CAST(NULL AS BIGINT)
                    END AS "followers_expected_gain__provenance",
                    CASE
                      WHEN "t212"."is_brand" = TRUE
                      THEN "t212"."start_followers"
                      ELSE CAST(NULL AS DOUBLE PRECISION)
                    END AS "brand_followers_start",
                    CASE
                      WHEN "t212"."is_brand" = TRUE
                      THEN CASE
                        WHEN "t212"."end_seen_at" > "t212"."start_seen_at"
                        THEN "t212"."end_followers" - "t212"."start_followers"
                        ELSE CAST(NULL AS DOUBLE PRECISION)
                      END
                      ELSE CAST(NULL AS DOUBLE PRECISION)
                    END AS "brand_followers_gained",
                    CASE
                      WHEN "t212"."is_brand" = TRUE
                      THEN CASE
                        WHEN "t212"."end_seen_at" > "t212"."start_seen_at"
                        THEN (
                          CAST((
                            "t212"."start_followers" - "t212"."before_followers"
                          ) AS DOUBLE PRECISION) / NULLIF(CAST("t212"."start_seen_at" - "t212"."before_seen_at" AS DOUBLE PRECISION), 0)
                        ) * (
                          "t212"."end_seen_at" - "t212"."start_seen_at"
                        )
                        ELSE CAST(NULL AS DOUBLE PRECISION)
                      END
                      ELSE CAST(NULL AS DOUBLE PRECISION)
                    END AS "brand_followers_expected_gain",
                    CAST(CASE
                      WHEN "t212"."is_brand" = TRUE
                      THEN "t212"."start_rank"
                      ELSE CAST(NULL AS SMALLINT)
                    END AS BIGINT) AS "brand_followers_start__provenance",
                    CASE
                      WHEN "t212"."is_brand" = TRUE
                      THEN CASE
                        WHEN "t212"."end_seen_at" > "t212"."start_seen_at"
                        THEN NULLIF(GREATEST(COALESCE("t212"."start_rank", -1), COALESCE("t212"."end_rank", -1)), -1)
                        ELSE CAST(NULL AS BIGINT)
                      END
                      ELSE CAST(NULL AS BIGINT)
                    END AS "brand_followers_gained__provenance",
                    CASE
                      WHEN "t212"."is_brand" = TRUE
                      THEN CASE
                        WHEN CASE
                          WHEN "t212"."end_seen_at" > "t212"."start_seen_at"
                          THEN (
                            CAST((
                              "t212"."start_followers" - "t212"."before_followers"
                            ) AS DOUBLE PRECISION) / NULLIF(CAST("t212"."start_seen_at" - "t212"."before_seen_at" AS DOUBLE PRECISION), 0)
                          ) * (
                            "t212"."end_seen_at" - "t212"."start_seen_at"
                          )
                          ELSE CAST(NULL AS DOUBLE PRECISION)
                        END IS NOT NULL
                        THEN NULLIF(
                          GREATEST(
                            COALESCE(
                              CASE
                                WHEN "t212"."end_seen_at" > "t212"."start_seen_at"
                                THEN NULLIF(GREATEST(COALESCE("t212"."start_rank", -1), COALESCE("t212"."end_rank", -1)), -1)
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              -1
                            ),
                            COALESCE("t212"."before_rank", -1)
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
                      "t190"."before_followers",
                      "t190"."before_seen_at",
                      "t190"."before_rank"
                    FROM (
                      SELECT
                        "t198"."campaign_id",
                        "t198"."campaign",
                        "t198"."influencer_id",
                        "t198"."influencer",
                        "t198"."account_id",
                        "t198"."platform",
                        "t198"."is_brand",
                        "t198"."day",
                        "t198"."start_at",
                        "t198"."end_at",
                        "t198"."start_followers",
                        "t198"."start_seen_at",
                        "t198"."start_rank",
                        "t188"."end_followers",
                        "t188"."end_seen_at",
                        "t188"."end_rank"
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
                          "t193"."start_followers",
                          "t193"."start_seen_at",
                          "t193"."start_rank"
                        FROM (
                          SELECT
                            "t130"."campaign_id",
                            CAST("t15"."name" AS VARCHAR) AS "campaign",
                            CAST("t18"."id" AS BIGINT) AS "influencer_id",
                            CAST("t18"."name" AS VARCHAR) AS "influencer",
                            "t130"."account_id",
                            CAST("t20"."platform" AS VARCHAR) AS "platform",
                            "t130"."is_brand",
                            "t15"."end_date" AS "day",
                            EXTRACT('epoch' FROM CAST("t15"."start_date" AS TIMESTAMPTZ)) AS "start_at",
                            EXTRACT('epoch' FROM CAST("t15"."end_date" AS TIMESTAMPTZ)) + 86400 AS "end_at"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t110"."campaign_id",
                                "t110"."account_id",
                                FALSE AS "is_brand"
                              FROM (
                                SELECT DISTINCT
                                  "t97"."campaign_id",
                                  "t97"."account_id"
                                FROM "campaign_posts_in" AS "t97"
                              ) AS "t110"
                            ) AS "t118"
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
                          ) AS "t130"
                          INNER JOIN "campaign" AS "t15"
                            ON "t130"."campaign_id" = "t15"."id"
                          INNER JOIN "account" AS "t20"
                            ON "t130"."account_id" = "t20"."id"
                          INNER JOIN "influencer" AS "t18"
                            ON "t20"."influencer_id" = "t18"."id"
                        ) AS "t150"
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
                          ON "t150"."campaign_id" = "t193"."campaign_id"
                          AND "t150"."account_id" = "t193"."account_id"
                      ) AS "t198"
                      LEFT OUTER JOIN (
                        SELECT
                          "t176"."campaign_id",
                          "t176"."account_id",
                          CAST("t176"."followers" AS DOUBLE PRECISION) AS "end_followers",
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
                              ORDER BY "t170"."at" DESC NULLS LAST
                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                            ) - 1 AS "order"
                          FROM "t167" AS "t170"
                        ) AS "t176"
                        WHERE
                          "t176"."order" = 0
                      ) AS "t188"
                        ON "t198"."campaign_id" = "t188"."campaign_id"
                        AND "t198"."account_id" = "t188"."account_id"
                    ) AS "t203"
                    LEFT OUTER JOIN (
                      SELECT
                        "t180"."campaign_id",
                        "t180"."account_id",
                        CAST("t180"."followers" AS DOUBLE PRECISION) AS "before_followers",
                        "t180"."at" AS "before_seen_at",
                        "t180"."rank" AS "before_rank"
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
                                "t130"."campaign_id",
                                CAST("t15"."name" AS VARCHAR) AS "campaign",
                                CAST("t18"."id" AS BIGINT) AS "influencer_id",
                                CAST("t18"."name" AS VARCHAR) AS "influencer",
                                "t130"."account_id",
                                CAST("t20"."platform" AS VARCHAR) AS "platform",
                                "t130"."is_brand",
                                "t15"."end_date" AS "day",
                                EXTRACT('epoch' FROM CAST("t15"."start_date" AS TIMESTAMPTZ)) AS "start_at",
                                EXTRACT('epoch' FROM CAST("t15"."end_date" AS TIMESTAMPTZ)) + 86400 AS "end_at"
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t110"."campaign_id",
                                    "t110"."account_id",
                                    FALSE AS "is_brand"
                                  FROM (
                                    SELECT DISTINCT
                                      "t97"."campaign_id",
                                      "t97"."account_id"
                                    FROM "campaign_posts_in" AS "t97"
                                  ) AS "t110"
                                ) AS "t118"
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
                              ) AS "t130"
                              INNER JOIN "campaign" AS "t15"
                                ON "t130"."campaign_id" = "t15"."id"
                              INNER JOIN "account" AS "t20"
                                ON "t130"."account_id" = "t20"."id"
                              INNER JOIN "influencer" AS "t18"
                                ON "t20"."influencer_id" = "t18"."id"
                            ) AS "t150"
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
                              ON "t150"."account_id" = "t67"."account_id"
                          ) AS "t165"
                          WHERE
                            "t165"."at" <= (
                              "t165"."start_at" - (
                                "t165"."end_at" - "t165"."start_at"
                              )
                            )
                        ) AS "t173"
                      ) AS "t180"
                      WHERE
                        "t180"."order" = 0
                    ) AS "t190"
                      ON "t203"."campaign_id" = "t190"."campaign_id"
                      AND "t203"."account_id" = "t190"."account_id"
                  ) AS "t212"
                ) AS "t221"
              ) AS "t227"
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
                    CAST("t52"."campaign_id" AS BIGINT) AS "campaign_id",
                    CAST("t15"."name" AS VARCHAR) AS "campaign",
                    CAST("t52"."influencer_id" AS BIGINT) AS "influencer_id",
                    CAST("t17"."name" AS VARCHAR) AS "influencer",
                    "t15"."start_date" AS "day",
                    CAST(1 AS DOUBLE PRECISION) AS "influencers_contacted",
                    CAST(CASE WHEN "t52"."status" IN ('interested', 'activated') THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "influencers_interested",
                    CAST("t52"."posts_contracted" AS DOUBLE PRECISION) AS "posts_contracted",
                    CAST("t52"."products_sent" AS DOUBLE PRECISION) AS "products_sent"
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
                ) AS "t90"
              ) AS "t102"
            ) AS "t228"
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
          ) AS "t231"
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
                  CAST(1 AS DOUBLE PRECISION) AS "rate"
                FROM "campaign" AS "t0"
                WHERE
                  'EUR' = CAST("t0"."currency" AS VARCHAR)
              ) AS "t44"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t135"."key",
                  "t135"."rate"
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
                        CAST("t0"."id" AS BIGINT) AS "key",
                        'EUR' AS "base",
                        CAST("t0"."currency" AS VARCHAR) AS "quote",
                        EXTRACT('epoch' FROM CAST("t0"."start_date" AS TIMESTAMPTZ)) AS "on"
                      FROM "campaign" AS "t0"
                    ) AS "t64"
                    INNER JOIN "t69" AS "t77"
                      ON "t64"."base" = "t77"."base" AND "t64"."quote" = "t77"."quote"
                  ) AS "t108"
                ) AS "t135"
                WHERE
                  "t135"."order" = 0
              ) AS "t142"
            ) AS "t149"
          ) AS "t158"
            ON "t231"."campaign_id" = "t158"."campaign_id"
        ) AS "t234"
        LEFT OUTER JOIN (
          SELECT
            "t5"."account_id",
            "t5"."inauthentic_share"
          FROM "account_audit" AS "t5"
        ) AS "t28"
          ON "t234"."account_id" = "t28"."account_id"
      ) AS "t236"
    ) AS "t239"
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
            CAST(1 AS DOUBLE PRECISION) AS "rate"
          FROM "campaign" AS "t0"
          WHERE
            'USD' = CAST("t0"."currency" AS VARCHAR)
        ) AS "t43"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            "t134"."key",
            "t134"."rate"
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
                  CAST("t0"."id" AS BIGINT) AS "key",
                  'USD' AS "base",
                  CAST("t0"."currency" AS VARCHAR) AS "quote",
                  EXTRACT('epoch' FROM CAST("t0"."start_date" AS TIMESTAMPTZ)) AS "on"
                FROM "campaign" AS "t0"
              ) AS "t63"
              INNER JOIN "t69" AS "t76"
                ON "t63"."base" = "t76"."base" AND "t63"."quote" = "t76"."quote"
            ) AS "t107"
          ) AS "t134"
          WHERE
            "t134"."order" = 0
        ) AS "t141"
      ) AS "t148"
    ) AS "t157"
      ON "t239"."campaign_id" = "t157"."campaign_id"
  ) AS "t241"
  WHERE
    "t241"."campaign_id" IN (1)
    AND (
      (
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
        "t241"."key_message_posts" IS NOT NULL
      )
      OR (
        "t241"."key_messages" IS NOT NULL
      )
      OR (
        "t241"."likes" IS NOT NULL
      )
      OR (
        "t241"."mention_engagements" IS NOT NULL
      )
      OR (
        "t241"."mentions" IS NOT NULL
      )
      OR (
        (
          CAST("t241"."cost" AS DOUBLE PRECISION) / (
            CASE
              WHEN "t241"."platform" = 'tiktok'
              THEN CAST(NULL AS DOUBLE PRECISION)
              WHEN "t241"."platform" = 'youtube'
              THEN CAST(NULL AS DOUBLE PRECISION)
              ELSE 1.88
            END * "t241"."paid_rate"
          )
        ) IS NOT NULL
      )
      OR (
        (
          (
            CAST("t241"."cost" AS DOUBLE PRECISION) / (
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
          CAST("t241"."cost" AS DOUBLE PRECISION) / (
            CASE
              WHEN "t241"."platform" = 'youtube'
              THEN 0.026
              ELSE CAST(NULL AS DOUBLE PRECISION)
            END * "t241"."paid_rate"
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
        "t241"."products_sent" IS NOT NULL
      )
      OR (
        "t241"."publishing_influencer" IS NOT NULL
      )
      OR (
        "t241"."reach" IS NOT NULL
      )
      OR (
        "t241"."saves" IS NOT NULL
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
        "t241"."views" IS NOT NULL
      )
    )
)
SELECT
  "t256"."campaign_id",
  "t256"."campaign",
  "t256"."key_messages",
  "t256"."platforms_selected",
  "t256"."influencers_contacted",
  "t256"."influencers_interested",
  (
    "t256"."influencers_interested" / NULLIF("t256"."influencers_contacted", 0)
  ) * 100 AS "influencers_interested_rate",
  "t256"."influencers_activated",
  "t256"."products_sent",
  "t256"."reach",
  "t256"."impressions",
  "t256"."views",
  "t256"."impressions_with_estimates",
  (
    CAST("t256"."reach_rate__first" AS DOUBLE PRECISION) / NULLIF("t256"."reach_rate__second", 0)
  ) * 100 AS "reach_rate",
  "t256"."brand_mentions",
  (
    "t256"."brand_mentions" / NULLIF("t256"."mentions", 0)
  ) * 100 AS "share_of_voice",
  (
    CAST("t256"."brand_mention_engagements" AS DOUBLE PRECISION) / NULLIF("t256"."mention_engagements", 0)
  ) * 100 AS "share_of_engagement",
  "t256"."key_message_posts",
  (
    "t256"."key_message_posts" / NULLIF(CAST("t256"."posts" AS DOUBLE PRECISION), 0)
  ) * 100 AS "key_message_rate",
  "t256"."posts",
  "t256"."posts_contracted",
  (
    CAST("t256"."posts" AS DOUBLE PRECISION) / NULLIF("t256"."posts_contracted", 0)
  ) * 100 AS "posts_delivery_rate",
  "t256"."ugc_posts",
  "t256"."likes",
  "t256"."comments",
  "t256"."shares",
  "t256"."saves",
  "t256"."engagements",
  (
    CAST("t256"."engagement_rate_reach__first" AS DOUBLE PRECISION) / NULLIF("t256"."engagement_rate_reach__second", 0)
  ) * 100 AS "engagement_rate_reach",
  (
    CAST("t256"."engagement_rate_followers__first" AS DOUBLE PRECISION) / NULLIF("t256"."engagement_rate_followers__second", 0)
  ) * 100 AS "engagement_rate_followers",
  "t256"."er_reach_post_mean" AS "engagement_rate_reach_post_mean",
  "t256"."er_reach_post_median" AS "engagement_rate_reach_post_median",
  "t256"."er_reach_account_mean" AS "engagement_rate_reach_account_mean",
  "t256"."er_reach_account_median" AS "engagement_rate_reach_account_median",
  "t256"."er_followers_post_mean" AS "engagement_rate_followers_post_mean",
  "t256"."er_followers_post_median" AS "engagement_rate_followers_post_median",
  "t256"."er_followers_account_mean" AS "engagement_rate_followers_account_mean",
  "t256"."er_followers_account_median" AS "engagement_rate_followers_account_median",
  (
    CAST("t256"."engagement_rate_impressions__first" AS DOUBLE PRECISION) / NULLIF("t256"."engagement_rate_impressions__second", 0)
  ) * 100 AS "engagement_rate_impressions",
  "t256"."er_impressions_post_mean" AS "engagement_rate_impressions_post_mean",
  "t256"."er_impressions_post_median" AS "engagement_rate_impressions_post_median",
  "t256"."er_impressions_account_mean" AS "engagement_rate_impressions_account_mean",
  "t256"."er_impressions_account_median" AS "engagement_rate_impressions_account_median",
  (
    CAST("t256"."engagement_rate_views__first" AS DOUBLE PRECISION) / NULLIF("t256"."engagement_rate_views__second", 0)
  ) * 100 AS "engagement_rate_views",
  "t256"."er_views_post_mean" AS "engagement_rate_views_post_mean",
  "t256"."er_views_post_median" AS "engagement_rate_views_post_median",
  "t256"."er_views_account_mean" AS "engagement_rate_views_account_mean",
  "t256"."er_views_account_median" AS "engagement_rate_views_account_median",
  "t256"."clicks" AS "platform_link_clicks",
  "t256"."followers_gained",
  (
    CAST("t256"."follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t256"."follower_growth_rate__second", 0)
  ) * 100 AS "follower_growth_rate",
  "t256"."followers_gained_above_trend__first" - "t256"."followers_gained_above_trend__second" AS "followers_gained_above_trend",
  "t256"."brand_followers_gained",
  (
    CAST("t256"."brand_follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t256"."brand_follower_growth_rate__second", 0)
  ) * 100 AS "brand_follower_growth_rate",
  "t256"."brand_followers_gained_above_trend__first" - "t256"."brand_followers_gained_above_trend__second" AS "brand_followers_gained_above_trend",
  "t256"."link_clicks" AS "tracked_clicks",
  "t256"."unique_link_clicks" AS "unique_clicks",
  "t256"."bot_link_clicks" AS "bot_clicks",
  (
    "t256"."link_clicks" / NULLIF("t256"."impressions_with_estimates", 0)
  ) * 100 AS "click_through_rate",
  "t256"."sessions",
  "t256"."new_users",
  (
    CAST("t256"."bounced_sessions" AS DOUBLE PRECISION) / NULLIF("t256"."sessions", 0)
  ) * 100 AS "bounce_rate",
  CAST("t256"."session_seconds" AS DOUBLE PRECISION) / NULLIF("t256"."sessions", 0) AS "average_session_duration",
  CAST("t256"."page_views" AS DOUBLE PRECISION) / NULLIF("t256"."sessions", 0) AS "pages_per_session",
  "t256"."key_events" AS "leads",
  "t256"."orders" AS "conversions",
  (
    "t256"."orders" / NULLIF("t256"."unique_link_clicks", 0)
  ) * 100 AS "conversion_rate",
  "t256"."revenue",
  "t256"."revenue" / NULLIF("t256"."priced_orders", 0) AS "average_order_value",
  "t256"."new_customers",
  "t256"."revenue" / NULLIF("t256"."cost", 0) AS "return_on_ad_spend",
  (
    CAST((
      "t256"."revenue" - "t256"."cost"
    ) AS DOUBLE PRECISION) / NULLIF("t256"."cost", 0)
  ) * 100 AS "return_on_investment",
  (
    CAST((
      "t256"."revenue" - "t256"."cost"
    ) AS DOUBLE PRECISION) / NULLIF("t256"."revenue", 0)
  ) * 100 AS "profitability",
  "t256"."sponsored_posts",
  "t256"."disclosed_sponsored_posts",
  (
    "t256"."disclosed_sponsored_posts" / NULLIF("t256"."sponsored_posts", 0)
  ) * 100 AS "disclosure_rate",
  "t256"."cost",
  (
    "t256"."cost" / NULLIF("t256"."impressions_with_estimates", 0)
  ) * 1000 AS "cost_per_mille",
  "t256"."cost" / NULLIF("t256"."engagements", 0) AS "cost_per_engagement",
  "t256"."cost" / NULLIF("t256"."views", 0) AS "cost_per_view",
  "t256"."cost" / NULLIF("t256"."brand_followers_gained", 0) AS "cost_per_new_follower",
  "t256"."cost" / NULLIF("t256"."link_clicks", 0) AS "cost_per_click",
  "t256"."cost" / NULLIF("t256"."orders", 0) AS "cost_per_acquisition",
  "t256"."cost" / NULLIF("t256"."new_customers", 0) AS "customer_acquisition_cost",
  "t256"."cost" / NULLIF("t256"."key_events", 0) AS "cost_per_lead",
  "t256"."emv",
  "t256"."emv_authentic",
  "t256"."emv" / NULLIF("t256"."cost", 0) AS "emv_per_cost",
  "t256"."paid_impressions" AS "paid_equivalent_impressions",
  "t256"."paid_clicks" AS "paid_equivalent_clicks",
  "t256"."paid_views" AS "paid_equivalent_views",
  (
    CAST("t256"."impressions_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t256"."impressions_vs_paid__second", 0)
  ) * 100 AS "impressions_vs_paid",
  (
    CAST("t256"."clicks_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t256"."clicks_vs_paid__second", 0)
  ) * 100 AS "clicks_vs_paid",
  (
    CAST("t256"."views_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t256"."views_vs_paid__second", 0)
  ) * 100 AS "views_vs_paid",
  CASE
    WHEN "t256"."key_messages" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_messages__provenance",
  CASE
    WHEN "t256"."platforms_selected" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "platforms_selected__provenance",
  CASE
    WHEN "t256"."influencers_contacted" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_contacted__provenance",
  CASE
    WHEN "t256"."influencers_interested" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_interested__provenance",
  CASE
    WHEN (
      (
        CAST("t256"."influencers_interested" AS DOUBLE PRECISION) / NULLIF("t256"."influencers_contacted", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_interested_rate__provenance",
  CASE
    WHEN "t256"."influencers_activated" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_activated__provenance",
  CASE
    WHEN "t256"."products_sent" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "products_sent__provenance",
  CASE
    WHEN "t256"."reach" IS NOT NULL
    THEN COALESCE("t256"."reach__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "reach__provenance",
  CASE
    WHEN "t256"."impressions" IS NOT NULL
    THEN COALESCE("t256"."impressions__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions__provenance",
  CASE
    WHEN "t256"."views" IS NOT NULL
    THEN COALESCE("t256"."views__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "views__provenance",
  CASE
    WHEN "t256"."impressions_with_estimates" IS NOT NULL
    THEN COALESCE("t256"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions_with_estimates__provenance",
  CASE
    WHEN (
      (
        CAST("t256"."reach_rate__first" AS DOUBLE PRECISION) / NULLIF("t256"."reach_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t256"."reach_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "reach_rate__provenance",
  CASE
    WHEN "t256"."brand_mentions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_mentions__provenance",
  CASE
    WHEN (
      (
        CAST("t256"."brand_mentions" AS DOUBLE PRECISION) / NULLIF("t256"."mentions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "share_of_voice__provenance",
  CASE
    WHEN (
      (
        CAST("t256"."brand_mention_engagements" AS DOUBLE PRECISION) / NULLIF("t256"."mention_engagements", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "share_of_engagement__provenance",
  CASE
    WHEN "t256"."key_message_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_message_posts__provenance",
  CASE
    WHEN (
      (
        CAST("t256"."key_message_posts" AS DOUBLE PRECISION) / NULLIF(CAST("t256"."posts" AS DOUBLE PRECISION), 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_message_rate__provenance",
  CASE
    WHEN "t256"."posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts__provenance",
  CASE
    WHEN "t256"."posts_contracted" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts_contracted__provenance",
  CASE
    WHEN (
      (
        CAST("t256"."posts" AS DOUBLE PRECISION) / NULLIF("t256"."posts_contracted", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts_delivery_rate__provenance",
  CASE
    WHEN "t256"."ugc_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "ugc_posts__provenance",
  CASE
    WHEN "t256"."likes" IS NOT NULL
    THEN COALESCE("t256"."likes__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "likes__provenance",
  CASE
    WHEN "t256"."comments" IS NOT NULL
    THEN COALESCE("t256"."comments__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "comments__provenance",
  CASE
    WHEN "t256"."shares" IS NOT NULL
    THEN COALESCE("t256"."shares__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "shares__provenance",
  CASE
    WHEN "t256"."saves" IS NOT NULL
    THEN COALESCE("t256"."saves__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "saves__provenance",
  CASE
    WHEN "t256"."engagements" IS NOT NULL
    THEN COALESCE("t256"."engagements__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagements__provenance",
  CASE
    WHEN (
      (
        CAST("t256"."engagement_rate_reach__first" AS DOUBLE PRECISION) / NULLIF("t256"."engagement_rate_reach__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t256"."engagement_rate_reach__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach__provenance",
  CASE
    WHEN (
      (
        CAST("t256"."engagement_rate_followers__first" AS DOUBLE PRECISION) / NULLIF("t256"."engagement_rate_followers__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t256"."engagement_rate_followers__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers__provenance",
  CASE
    WHEN "t256"."er_reach_post_mean" IS NOT NULL
    THEN COALESCE("t256"."er_reach_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_post_mean__provenance",
  CASE
    WHEN "t256"."er_reach_post_median" IS NOT NULL
    THEN COALESCE("t256"."er_reach_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_post_median__provenance",
  CASE
    WHEN "t256"."er_reach_account_mean" IS NOT NULL
    THEN COALESCE("t256"."er_reach_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_account_mean__provenance",
  CASE
    WHEN "t256"."er_reach_account_median" IS NOT NULL
    THEN COALESCE("t256"."er_reach_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_account_median__provenance",
  CASE
    WHEN "t256"."er_followers_post_mean" IS NOT NULL
    THEN COALESCE("t256"."er_followers_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_post_mean__provenance",
  CASE
    WHEN "t256"."er_followers_post_median" IS NOT NULL
    THEN COALESCE("t256"."er_followers_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_post_median__provenance",
  CASE
    WHEN "t256"."er_followers_account_mean" IS NOT NULL
    THEN COALESCE("t256"."er_followers_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_account_mean__provenance",
  CASE
    WHEN "t256"."er_followers_account_median" IS NOT NULL
    THEN COALESCE("t256"."er_followers_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_account_median__provenance",
  CASE
    WHEN (
      (
        CAST("t256"."engagement_rate_impressions__first" AS DOUBLE PRECISION) / NULLIF("t256"."engagement_rate_impressions__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t256"."engagement_rate_impressions__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions__provenance",
  CASE
    WHEN "t256"."er_impressions_post_mean" IS NOT NULL
    THEN COALESCE("t256"."er_impressions_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_post_mean__provenance",
  CASE
    WHEN "t256"."er_impressions_post_median" IS NOT NULL
    THEN COALESCE("t256"."er_impressions_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_post_median__provenance",
  CASE
    WHEN "t256"."er_impressions_account_mean" IS NOT NULL
    THEN COALESCE("t256"."er_impressions_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_account_mean__provenance",
  CASE
    WHEN "t256"."er_impressions_account_median" IS NOT NULL
    THEN COALESCE("t256"."er_impressions_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_account_median__provenance",
  CASE
    WHEN (
      (
        CAST("t256"."engagement_rate_views__first" AS DOUBLE PRECISION) / NULLIF("t256"."engagement_rate_views__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t256"."engagement_rate_views__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views__provenance",
  CASE
    WHEN "t256"."er_views_post_mean" IS NOT NULL
    THEN COALESCE("t256"."er_views_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_post_mean__provenance",
  CASE
    WHEN "t256"."er_views_post_median" IS NOT NULL
    THEN COALESCE("t256"."er_views_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_post_median__provenance",
  CASE
    WHEN "t256"."er_views_account_mean" IS NOT NULL
    THEN COALESCE("t256"."er_views_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_account_mean__provenance",
  CASE
    WHEN "t256"."er_views_account_median" IS NOT NULL
    THEN COALESCE("t256"."er_views_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_account_median__provenance",
  CASE
    WHEN "t256"."clicks" IS NOT NULL
    THEN COALESCE("t256"."clicks__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "platform_link_clicks__provenance",
  CASE
    WHEN "t256"."followers_gained" IS NOT NULL
    THEN COALESCE("t256"."followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "followers_gained__provenance",
  CASE
    WHEN (
      (
        CAST("t256"."follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t256"."follower_growth_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t256"."follower_growth_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "follower_growth_rate__provenance",
  CASE
    WHEN (
      "t256"."followers_gained_above_trend__first" - "t256"."followers_gained_above_trend__second"
    ) IS NOT NULL
    THEN COALESCE("t256"."followers_gained_above_trend__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "followers_gained_above_trend__provenance",
  CASE
    WHEN "t256"."brand_followers_gained" IS NOT NULL
    THEN COALESCE("t256"."brand_followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_followers_gained__provenance",
  CASE
    WHEN (
      (
        CAST("t256"."brand_follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t256"."brand_follower_growth_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t256"."brand_follower_growth_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_follower_growth_rate__provenance",
  CASE
    WHEN (
      "t256"."brand_followers_gained_above_trend__first" - "t256"."brand_followers_gained_above_trend__second"
    ) IS NOT NULL
    THEN COALESCE("t256"."brand_followers_gained_above_trend__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_followers_gained_above_trend__provenance",
  CASE
    WHEN "t256"."link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "tracked_clicks__provenance",
  CASE
    WHEN "t256"."unique_link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "unique_clicks__provenance",
  CASE
    WHEN "t256"."bot_link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "bot_clicks__provenance",
  CASE
    WHEN (
      (
        CAST("t256"."link_clicks" AS DOUBLE PRECISION) / NULLIF("t256"."impressions_with_estimates", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t256"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "click_through_rate__provenance",
  CASE
    WHEN "t256"."sessions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "sessions__provenance",
  CASE
    WHEN "t256"."new_users" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "new_users__provenance",
  CASE
    WHEN (
      (
        CAST("t256"."bounced_sessions" AS DOUBLE PRECISION) / NULLIF("t256"."sessions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "bounce_rate__provenance",
  CASE
    WHEN (
      CAST("t256"."session_seconds" AS DOUBLE PRECISION) / NULLIF("t256"."sessions", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "average_session_duration__provenance",
  CASE
    WHEN (
      CAST("t256"."page_views" AS DOUBLE PRECISION) / NULLIF("t256"."sessions", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "pages_per_session__provenance",
  CASE
    WHEN "t256"."key_events" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "leads__provenance",
  CASE
    WHEN "t256"."orders" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "conversions__provenance",
  CASE
    WHEN (
      (
        CAST("t256"."orders" AS DOUBLE PRECISION) / NULLIF("t256"."unique_link_clicks", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "conversion_rate__provenance",
  CASE
    WHEN "t256"."revenue" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "revenue__provenance",
  CASE
    WHEN (
      CAST("t256"."revenue" AS DOUBLE PRECISION) / NULLIF("t256"."priced_orders", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "average_order_value__provenance",
  CASE
    WHEN "t256"."new_customers" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "new_customers__provenance",
  CASE
    WHEN (
      CAST("t256"."revenue" AS DOUBLE PRECISION) / NULLIF("t256"."cost", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_ad_spend__provenance",
  CASE
    WHEN (
      (
        CAST((
          "t256"."revenue" - "t256"."cost"
        ) AS DOUBLE PRECISION) / NULLIF("t256"."cost", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_investment__provenance",
  CASE
    WHEN (
      (
        CAST((
          "t256"."revenue" - "t256"."cost"
        ) AS DOUBLE PRECISION) / NULLIF("t256"."revenue", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "profitability__provenance",
  CASE
    WHEN "t256"."sponsored_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "sponsored_posts__provenance",
  CASE
    WHEN "t256"."disclosed_sponsored_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "disclosed_sponsored_posts__provenance",
  CASE
    WHEN (
      (
        CAST("t256"."disclosed_sponsored_posts" AS DOUBLE PRECISION) / NULLIF("t256"."sponsored_posts", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "disclosure_rate__provenance",
  CASE
    WHEN "t256"."cost" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost__provenance",
  CASE
    WHEN (
      (
        CAST("t256"."cost" AS DOUBLE PRECISION) / NULLIF("t256"."impressions_with_estimates", 0)
      ) * 1000
    ) IS NOT NULL
    THEN COALESCE("t256"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_mille__provenance",
  CASE
    WHEN (
      CAST("t256"."cost" AS DOUBLE PRECISION) / NULLIF("t256"."engagements", 0)
    ) IS NOT NULL
    THEN COALESCE("t256"."engagements__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_engagement__provenance",
  CASE
    WHEN (
      CAST("t256"."cost" AS DOUBLE PRECISION) / NULLIF("t256"."views", 0)
    ) IS NOT NULL
    THEN COALESCE("t256"."views__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_view__provenance",
  CASE
    WHEN (
      CAST("t256"."cost" AS DOUBLE PRECISION) / NULLIF("t256"."brand_followers_gained", 0)
    ) IS NOT NULL
    THEN COALESCE("t256"."brand_followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_new_follower__provenance",
  CASE
    WHEN (
      CAST("t256"."cost" AS DOUBLE PRECISION) / NULLIF("t256"."link_clicks", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_click__provenance",
  CASE
    WHEN (
      CAST("t256"."cost" AS DOUBLE PRECISION) / NULLIF("t256"."orders", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_acquisition__provenance",
  CASE
    WHEN (
      CAST("t256"."cost" AS DOUBLE PRECISION) / NULLIF("t256"."new_customers", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "customer_acquisition_cost__provenance",
  CASE
    WHEN (
      CAST("t256"."cost" AS DOUBLE PRECISION) / NULLIF("t256"."key_events", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_lead__provenance",
  CASE
    WHEN "t256"."emv" IS NOT NULL
    THEN COALESCE("t256"."emv__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv__provenance",
  CASE
    WHEN "t256"."emv_authentic" IS NOT NULL
    THEN COALESCE("t256"."emv_authentic__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv_authentic__provenance",
  CASE
    WHEN (
      CAST("t256"."emv" AS DOUBLE PRECISION) / NULLIF("t256"."cost", 0)
    ) IS NOT NULL
    THEN COALESCE("t256"."emv__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv_per_cost__provenance",
  CASE
    WHEN "t256"."paid_impressions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_impressions__provenance",
  CASE
    WHEN "t256"."paid_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_clicks__provenance",
  CASE
    WHEN "t256"."paid_views" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_views__provenance",
  CASE
    WHEN (
      (
        CAST("t256"."impressions_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t256"."impressions_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t256"."impressions_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions_vs_paid__provenance",
  CASE
    WHEN (
      (
        CAST("t256"."clicks_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t256"."clicks_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t256"."clicks_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "clicks_vs_paid__provenance",
  CASE
    WHEN (
      (
        CAST("t256"."views_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t256"."views_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t256"."views_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "views_vs_paid__provenance"
FROM (
  SELECT
    "t251"."campaign_id",
    "t251"."key_messages",
    "t251"."platforms_selected",
    "t251"."influencers_contacted",
    "t251"."influencers_interested",
    "t251"."influencers_activated",
    "t251"."products_sent",
    "t251"."reach",
    "t251"."impressions",
    "t251"."views",
    "t251"."impressions_with_estimates",
    "t251"."reach_rate__first",
    "t251"."reach_rate__second",
    "t251"."brand_mentions",
    "t251"."mentions",
    "t251"."brand_mention_engagements",
    "t251"."mention_engagements",
    "t251"."key_message_posts",
    "t251"."posts",
    "t251"."posts_contracted",
    "t251"."ugc_posts",
    "t251"."likes",
    "t251"."comments",
    "t251"."shares",
    "t251"."saves",
    "t251"."engagements",
    "t251"."engagement_rate_reach__first",
    "t251"."engagement_rate_reach__second",
    "t251"."engagement_rate_followers__first",
    "t251"."engagement_rate_followers__second",
    "t251"."er_reach_post_mean",
    "t251"."er_reach_post_median",
    "t251"."er_followers_post_mean",
    "t251"."er_followers_post_median",
    "t251"."engagement_rate_impressions__first",
    "t251"."engagement_rate_impressions__second",
    "t251"."er_impressions_post_mean",
    "t251"."er_impressions_post_median",
    "t251"."engagement_rate_views__first",
    "t251"."engagement_rate_views__second",
    "t251"."er_views_post_mean",
    "t251"."er_views_post_median",
    "t251"."clicks",
    "t251"."followers_gained",
    "t251"."follower_growth_rate__first",
    "t251"."follower_growth_rate__second",
    "t251"."followers_gained_above_trend__first",
    "t251"."followers_gained_above_trend__second",
    "t251"."brand_followers_gained",
    "t251"."brand_follower_growth_rate__first",
    "t251"."brand_follower_growth_rate__second",
    "t251"."brand_followers_gained_above_trend__first",
    "t251"."brand_followers_gained_above_trend__second",
    "t251"."cost",
    "t251"."sponsored_posts",
    "t251"."disclosed_sponsored_posts",
    "t251"."emv",
    "t251"."emv_authentic",
    "t251"."paid_impressions",
    "t251"."paid_clicks",
    "t251"."paid_views",
    "t251"."impressions_vs_paid__first",
    "t251"."impressions_vs_paid__second",
    "t251"."clicks_vs_paid__first",
    "t251"."clicks_vs_paid__second",
    "t251"."views_vs_paid__first",
    "t251"."views_vs_paid__second",
    "t251"."reach__provenance",
    "t251"."impressions__provenance",
    "t251"."views__provenance",
    "t251"."impressions_with_estimates__provenance",
    "t251"."reach_rate__pair__provenance",
    "t251"."likes__provenance",
    "t251"."comments__provenance",
    "t251"."shares__provenance",
    "t251"."saves__provenance",
    "t251"."engagements__provenance",
    "t251"."engagement_rate_reach__pair__provenance",
    "t251"."engagement_rate_followers__pair__provenance",
    "t251"."er_reach_post_mean__provenance",
    "t251"."er_followers_post_mean__provenance",
    "t251"."engagement_rate_impressions__pair__provenance",
    "t251"."er_impressions_post_mean__provenance",
    "t251"."engagement_rate_views__pair__provenance",
    "t251"."er_views_post_mean__provenance",
    "t251"."clicks__provenance",
    "t251"."followers_gained__provenance",
    "t251"."follower_growth_rate__pair__provenance",
    "t251"."followers_gained_above_trend__pair__provenance",
    "t251"."brand_followers_gained__provenance",
    "t251"."brand_follower_growth_rate__pair__provenance",
    "t251"."brand_followers_gained_above_trend__pair__provenance",
    "t251"."emv__provenance",
    "t251"."emv_authentic__provenance",
    "t251"."impressions_vs_paid__pair__provenance",
    "t251"."clicks_vs_paid__pair__provenance",
    "t251"."views_vs_paid__pair__provenance",
    "t251"."link_clicks",
    "t251"."unique_link_clicks",
    "t251"."bot_link_clicks",
    "t251"."sessions",
    "t251"."new_users",
    "t251"."bounced_sessions",
    "t251"."session_seconds",
    "t251"."page_views",
    "t251"."key_events",
    "t251"."orders",
    "t251"."revenue",
    "t251"."priced_orders",
    "t251"."new_customers",
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
    "t255"."er_views_account_median__provenance",
    "t42"."campaign"
  FROM (
    SELECT
      "t248"."campaign_id",
      MAX("t248"."key_messages") AS "key_messages",
      COALESCE(MAX("t248"."platforms_selected"), 0) AS "platforms_selected",
      MAX("t248"."influencers_contacted") AS "influencers_contacted",
      MAX("t248"."influencers_interested") AS "influencers_interested",
      COALESCE(MAX("t248"."influencers_activated"), 0) AS "influencers_activated",
      MAX("t248"."products_sent") AS "products_sent",
      MAX("t248"."reach") AS "reach",
      MAX("t248"."impressions") AS "impressions",
      MAX("t248"."views") AS "views",
      MAX("t248"."impressions_with_estimates") AS "impressions_with_estimates",
      MAX("t248"."reach_rate__first") AS "reach_rate__first",
      MAX("t248"."reach_rate__second") AS "reach_rate__second",
      MAX("t248"."brand_mentions") AS "brand_mentions",
      MAX("t248"."mentions") AS "mentions",
      MAX("t248"."brand_mention_engagements") AS "brand_mention_engagements",
      MAX("t248"."mention_engagements") AS "mention_engagements",
      MAX("t248"."key_message_posts") AS "key_message_posts",
      COALESCE(MAX("t248"."posts"), 0) AS "posts",
      MAX("t248"."posts_contracted") AS "posts_contracted",
      COALESCE(MAX("t248"."ugc_posts"), 0) AS "ugc_posts",
      MAX("t248"."likes") AS "likes",
      MAX("t248"."comments") AS "comments",
      MAX("t248"."shares") AS "shares",
      MAX("t248"."saves") AS "saves",
      MAX("t248"."engagements") AS "engagements",
      MAX("t248"."engagement_rate_reach__first") AS "engagement_rate_reach__first",
      MAX("t248"."engagement_rate_reach__second") AS "engagement_rate_reach__second",
      MAX("t248"."engagement_rate_followers__first") AS "engagement_rate_followers__first",
      MAX("t248"."engagement_rate_followers__second") AS "engagement_rate_followers__second",
      MAX("t248"."er_reach_post_mean") AS "er_reach_post_mean",
      MAX("t248"."er_reach_post_median") AS "er_reach_post_median",
      MAX("t248"."er_followers_post_mean") AS "er_followers_post_mean",
      MAX("t248"."er_followers_post_median") AS "er_followers_post_median",
      MAX("t248"."engagement_rate_impressions__first") AS "engagement_rate_impressions__first",
      MAX("t248"."engagement_rate_impressions__second") AS "engagement_rate_impressions__second",
      MAX("t248"."er_impressions_post_mean") AS "er_impressions_post_mean",
      MAX("t248"."er_impressions_post_median") AS "er_impressions_post_median",
      MAX("t248"."engagement_rate_views__first") AS "engagement_rate_views__first",
      MAX("t248"."engagement_rate_views__second") AS "engagement_rate_views__second",
      MAX("t248"."er_views_post_mean") AS "er_views_post_mean",
      MAX("t248"."er_views_post_median") AS "er_views_post_median",
      MAX("t248"."clicks") AS "clicks",
      MAX("t248"."followers_gained") AS "followers_gained",
      MAX("t248"."follower_growth_rate__first") AS "follower_growth_rate__first",
      MAX("t248"."follower_growth_rate__second") AS "follower_growth_rate__second",
      MAX("t248"."followers_gained_above_trend__first") AS "followers_gained_above_trend__first",
      MAX("t248"."followers_gained_above_trend__second") AS "followers_gained_above_trend__second",
      MAX("t248"."brand_followers_gained") AS "brand_followers_gained",
      MAX("t248"."brand_follower_growth_rate__first") AS "brand_follower_growth_rate__first",
      MAX("t248"."brand_follower_growth_rate__second") AS "brand_follower_growth_rate__second",
      MAX("t248"."brand_followers_gained_above_trend__first") AS "brand_followers_gained_above_trend__first",
      MAX("t248"."brand_followers_gained_above_trend__second") AS "brand_followers_gained_above_trend__second",
      MAX("t248"."cost") AS "cost",
      MAX("t248"."sponsored_posts") AS "sponsored_posts",
      MAX("t248"."disclosed_sponsored_posts") AS "disclosed_sponsored_posts",
      MAX("t248"."emv") AS "emv",
      MAX("t248"."emv_authentic") AS "emv_authentic",
      MAX("t248"."paid_impressions") AS "paid_impressions",
      MAX("t248"."paid_clicks") AS "paid_clicks",
      MAX("t248"."paid_views") AS "paid_views",
      MAX("t248"."impressions_vs_paid__first") AS "impressions_vs_paid__first",
      MAX("t248"."impressions_vs_paid__second") AS "impressions_vs_paid__second",
      MAX("t248"."clicks_vs_paid__first") AS "clicks_vs_paid__first",
      MAX("t248"."clicks_vs_paid__second") AS "clicks_vs_paid__second",
      MAX("t248"."views_vs_paid__first") AS "views_vs_paid__first",
      MAX("t248"."views_vs_paid__second") AS "views_vs_paid__second",
      MAX("t248"."reach__provenance") AS "reach__provenance",
      MAX("t248"."impressions__provenance") AS "impressions__provenance",
      MAX("t248"."views__provenance") AS "views__provenance",
      MAX("t248"."impressions_with_estimates__provenance") AS "impressions_with_estimates__provenance",
      MAX("t248"."reach_rate__pair__provenance") AS "reach_rate__pair__provenance",
      MAX("t248"."likes__provenance") AS "likes__provenance",
      MAX("t248"."comments__provenance") AS "comments__provenance",
      MAX("t248"."shares__provenance") AS "shares__provenance",
      MAX("t248"."saves__provenance") AS "saves__provenance",
      MAX("t248"."engagements__provenance") AS "engagements__provenance",
      MAX("t248"."engagement_rate_reach__pair__provenance") AS "engagement_rate_reach__pair__provenance",
      MAX("t248"."engagement_rate_followers__pair__provenance") AS "engagement_rate_followers__pair__provenance",
      MAX("t248"."er_reach_post_mean__provenance") AS "er_reach_post_mean__provenance",
      MAX("t248"."er_followers_post_mean__provenance") AS "er_followers_post_mean__provenance",
      MAX("t248"."engagement_rate_impressions__pair__provenance") AS "engagement_rate_impressions__pair__provenance",
      MAX("t248"."er_impressions_post_mean__provenance") AS "er_impressions_post_mean__provenance",
      MAX("t248"."engagement_rate_views__pair__provenance") AS "engagement_rate_views__pair__provenance",
      MAX("t248"."er_views_post_mean__provenance") AS "er_views_post_mean__provenance",
      MAX("t248"."clicks__provenance") AS "clicks__provenance",
      MAX("t248"."followers_gained__provenance") AS "followers_gained__provenance",
      MAX("t248"."follower_growth_rate__pair__provenance") AS "follower_growth_rate__pair__provenance",
      MAX("t248"."followers_gained_above_trend__pair__provenance") AS "followers_gained_above_trend__pair__provenance",
      MAX("t248"."brand_followers_gained__provenance") AS "brand_followers_gained__provenance",
      MAX("t248"."brand_follower_growth_rate__pair__provenance") AS "brand_follower_growth_rate__pair__provenance",
      MAX("t248"."brand_followers_gained_above_trend__pair__provenance") AS "brand_followers_gained_above_trend__pair__provenance",
      MAX("t248"."emv__provenance") AS "emv__provenance",
      MAX("t248"."emv_authentic__provenance") AS "emv_authentic__provenance",
      MAX("t248"."impressions_vs_paid__pair__provenance") AS "impressions_vs_paid__pair__provenance",
      MAX("t248"."clicks_vs_paid__pair__provenance") AS "clicks_vs_paid__pair__provenance",
      MAX("t248"."views_vs_paid__pair__provenance") AS "views_vs_paid__pair__provenance",
      MAX("t248"."link_clicks") AS "link_clicks",
      MAX("t248"."unique_link_clicks") AS "unique_link_clicks",
      MAX("t248"."bot_link_clicks") AS "bot_link_clicks",
      MAX("t248"."sessions") AS "sessions",
      MAX("t248"."new_users") AS "new_users",
      MAX("t248"."bounced_sessions") AS "bounced_sessions",
      MAX("t248"."session_seconds") AS "session_seconds",
      MAX("t248"."page_views") AS "page_views",
      MAX("t248"."key_events") AS "key_events",
      MAX("t248"."orders") AS "orders",
      MAX("t248"."revenue") AS "revenue",
      MAX("t248"."priced_orders") AS "priced_orders",
      MAX("t248"."new_customers") AS "new_customers"
    FROM (
      SELECT
        *
      FROM (
        SELECT
          "t245"."campaign_id",
          "t245"."key_messages",
          "t245"."platforms_selected",
          "t245"."influencers_contacted",
          "t245"."influencers_interested",
          "t245"."influencers_activated",
          "t245"."products_sent",
          "t245"."reach",
          "t245"."impressions",
          "t245"."views",
          "t245"."impressions_with_estimates",
          "t245"."reach_rate__first",
          "t245"."reach_rate__second",
          "t245"."brand_mentions",
          "t245"."mentions",
          "t245"."brand_mention_engagements",
          "t245"."mention_engagements",
          "t245"."key_message_posts",
          "t245"."posts",
          "t245"."posts_contracted",
          "t245"."ugc_posts",
          "t245"."likes",
          "t245"."comments",
          "t245"."shares",
          "t245"."saves",
          "t245"."engagements",
          "t245"."engagement_rate_reach__first",
          "t245"."engagement_rate_reach__second",
          "t245"."engagement_rate_followers__first",
          "t245"."engagement_rate_followers__second",
          "t245"."er_reach_post_mean",
          "t245"."er_reach_post_median",
          "t245"."er_followers_post_mean",
          "t245"."er_followers_post_median",
          "t245"."engagement_rate_impressions__first",
          "t245"."engagement_rate_impressions__second",
          "t245"."er_impressions_post_mean",
          "t245"."er_impressions_post_median",
          "t245"."engagement_rate_views__first",
          "t245"."engagement_rate_views__second",
          "t245"."er_views_post_mean",
          "t245"."er_views_post_median",
          "t245"."clicks",
          "t245"."followers_gained",
          "t245"."follower_growth_rate__first",
          "t245"."follower_growth_rate__second",
          "t245"."followers_gained_above_trend__first",
          "t245"."followers_gained_above_trend__second",
          "t245"."brand_followers_gained",
          "t245"."brand_follower_growth_rate__first",
          "t245"."brand_follower_growth_rate__second",
          "t245"."brand_followers_gained_above_trend__first",
          "t245"."brand_followers_gained_above_trend__second",
          "t245"."cost",
          "t245"."sponsored_posts",
          "t245"."disclosed_sponsored_posts",
          "t245"."emv",
          "t245"."emv_authentic",
          "t245"."paid_impressions",
          "t245"."paid_clicks",
          "t245"."paid_views",
          "t245"."impressions_vs_paid__first",
          "t245"."impressions_vs_paid__second",
          "t245"."clicks_vs_paid__first",
          "t245"."clicks_vs_paid__second",
          "t245"."views_vs_paid__first",
          "t245"."views_vs_paid__second",
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
          END AS "reach__provenance",
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
          END AS "impressions__provenance",
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
          END AS "views__provenance",
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
          END AS "impressions_with_estimates__provenance",
          CASE
            WHEN (
              (
                "t245"."ranks__0" >> 8
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t245"."ranks__0" >> 8
            ) & 3
          END AS "reach_rate__pair__provenance",
          CASE
            WHEN (
              (
                "t245"."ranks__0" >> 10
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t245"."ranks__0" >> 10
            ) & 3
          END AS "likes__provenance",
          CASE
            WHEN (
              (
                "t245"."ranks__0" >> 12
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t245"."ranks__0" >> 12
            ) & 3
          END AS "comments__provenance",
          CASE
            WHEN (
              (
                "t245"."ranks__0" >> 14
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t245"."ranks__0" >> 14
            ) & 3
          END AS "shares__provenance",
          CASE
            WHEN (
              (
                "t245"."ranks__0" >> 16
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t245"."ranks__0" >> 16
            ) & 3
          END AS "saves__provenance",
          CASE
            WHEN (
              (
                "t245"."ranks__0" >> 18
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t245"."ranks__0" >> 18
            ) & 3
          END AS "engagements__provenance",
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
          END AS "engagement_rate_reach__pair__provenance",
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
          END AS "engagement_rate_followers__pair__provenance",
          CASE
            WHEN (
              (
                "t245"."ranks__0" >> 24
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t245"."ranks__0" >> 24
            ) & 3
          END AS "er_reach_post_mean__provenance",
          CASE
            WHEN (
              (
                "t245"."ranks__0" >> 26
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t245"."ranks__0" >> 26
            ) & 3
          END AS "er_followers_post_mean__provenance",
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
          END AS "engagement_rate_impressions__pair__provenance",
          CASE
            WHEN (
              (
                "t245"."ranks__0" >> 30
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t245"."ranks__0" >> 30
            ) & 3
          END AS "er_impressions_post_mean__provenance",
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
          END AS "engagement_rate_views__pair__provenance",
          CASE
            WHEN (
              (
                "t245"."ranks__0" >> 34
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t245"."ranks__0" >> 34
            ) & 3
          END AS "er_views_post_mean__provenance",
          CASE
            WHEN (
              (
                "t245"."ranks__0" >> 36
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t245"."ranks__0" >> 36
            ) & 3
          END AS "clicks__provenance",
          CASE
            WHEN (
              (
                "t245"."ranks__0" >> 38
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t245"."ranks__0" >> 38
            ) & 3
          END AS "followers_gained__provenance",
          CASE
            WHEN (
              (
                "t245"."ranks__0" >> 40
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t245"."ranks__0" >> 40
            ) & 3
          END AS "follower_growth_rate__pair__provenance",
          CASE
            WHEN (
              (
                "t245"."ranks__0" >> 42
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t245"."ranks__0" >> 42
            ) & 3
          END AS "followers_gained_above_trend__pair__provenance",
          CASE
            WHEN (
              (
                "t245"."ranks__0" >> 44
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t245"."ranks__0" >> 44
            ) & 3
          END AS "brand_followers_gained__provenance",
          CASE
            WHEN (
              (
                "t245"."ranks__0" >> 46
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t245"."ranks__0" >> 46
            ) & 3
          END AS "brand_follower_growth_rate__pair__provenance",
          CASE
            WHEN (
              (
                "t245"."ranks__0" >> 48
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t245"."ranks__0" >> 48
            ) & 3
          END AS "brand_followers_gained_above_trend__pair__provenance",
          CASE
            WHEN (
              (
                "t245"."ranks__0" >> 50
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t245"."ranks__0" >> 50
            ) & 3
          END AS "emv__provenance",
          CASE
            WHEN (
              (
                "t245"."ranks__0" >> 52
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t245"."ranks__0" >> 52
            ) & 3
          END AS "emv_authentic__provenance",
          CASE
            WHEN (
              (
                "t245"."ranks__0" >> 54
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t245"."ranks__0" >> 54
            ) & 3
          END AS "impressions_vs_paid__pair__provenance",
          CASE
            WHEN (
              (
                "t245"."ranks__0" >> 56
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t245"."ranks__0" >> 56
            ) & 3
          END AS "clicks_vs_paid__pair__provenance",
          CASE
            WHEN (
              (
                "t245"."ranks__0" >> 58
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t245"."ranks__0" >> 58
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
            "t243"."campaign_id",
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
            PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
              "t243"."er_reach_post") AS "er_reach_post_median",
            AVG("t243"."er_followers_post") AS "er_followers_post_mean",
            PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
              "t243"."er_followers_post") AS "er_followers_post_median",
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
            PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
              "t243"."er_impressions_post") AS "er_impressions_post_median",
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
            PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
              "t243"."er_views_post") AS "er_views_post_median",
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
            BIT_OR("t243"."ranks__0") AS "ranks__0"
          FROM "kpi_facts" AS "t243"
          GROUP BY
            1
        ) AS "t245"
      ) AS "t247"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          "t186"."campaign_id",
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
          "t186"."link_clicks",
          "t186"."unique_link_clicks",
          "t186"."bot_link_clicks",
          "t186"."sessions",
          "t186"."new_users",
          "t186"."bounced_sessions",
          "t186"."session_seconds",
          "t186"."page_views",
          "t186"."key_events",
          "t186"."orders",
          "t186"."revenue",
          "t186"."priced_orders",
          "t186"."new_customers"
        FROM (
          SELECT
            "t179"."campaign_id",
            SUM("t179"."link_clicks") AS "link_clicks",
            SUM("t179"."unique_link_clicks") AS "unique_link_clicks",
            SUM("t179"."bot_link_clicks") AS "bot_link_clicks",
            SUM("t179"."sessions") AS "sessions",
            SUM("t179"."new_users") AS "new_users",
            SUM("t179"."bounced_sessions") AS "bounced_sessions",
            SUM("t179"."session_seconds") AS "session_seconds",
            SUM("t179"."page_views") AS "page_views",
            SUM("t179"."key_events") AS "key_events",
            SUM("t179"."orders") AS "orders",
            SUM("t179"."revenue") AS "revenue",
            SUM("t179"."priced_orders") AS "priced_orders",
            SUM("t179"."new_customers") AS "new_customers"
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
                    "t133"."campaign_id",
                    CAST(NULL AS BIGINT) AS "account_id",
                    "t133"."link_clicks",
                    "t133"."unique_link_clicks",
                    "t133"."bot_link_clicks",
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
                      "t122"."campaign_id",
                      "t122"."link_clicks",
                      "t122"."unique_link_clicks",
                      "t122"."bot_link_clicks",
                      CAST("t15"."name" AS VARCHAR) AS "campaign"
                    FROM (
                      SELECT
                        "t95"."campaign_id",
                        SUM("t95"."link_clicks") AS "link_clicks",
                        SUM("t95"."unique_link_clicks") AS "unique_link_clicks",
                        SUM("t95"."bot_link_clicks") AS "bot_link_clicks"
                      FROM (
                        SELECT
                          CAST("t51"."campaign_id" AS BIGINT) AS "campaign_id",
                          CAST("t51"."influencer_id" AS BIGINT) AS "influencer_id",
                          CAST("t51"."platform" AS VARCHAR) AS "platform",
                          DATE("t50"."clicked_at") AS "day",
                          CAST(CASE WHEN NOT (
                            "t50"."is_bot"
                          ) THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "link_clicks",
                          CAST(CASE WHEN NOT (
                            "t50"."is_bot"
                          ) AND "t50"."is_unique" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "unique_link_clicks",
                          CAST(CASE WHEN "t50"."is_bot" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "bot_link_clicks"
                        FROM (
                          SELECT
                            *
                          FROM "click" AS "t3"
                          WHERE
                            "t3"."clicked_at" <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                        ) AS "t50"
                        INNER JOIN (
                          SELECT
                            *
                          FROM "link" AS "t4"
                          WHERE
                            "t4"."campaign_id" IN (1)
                        ) AS "t51"
                          ON "t50"."link_id" = "t51"."id"
                      ) AS "t95"
                      GROUP BY
                        1
                    ) AS "t122"
                    INNER JOIN "campaign" AS "t15"
                      ON "t122"."campaign_id" = "t15"."id"
                  ) AS "t133"
                ) AS "t138"
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    "t111"."campaign_id",
                    CAST(NULL AS BIGINT) AS "account_id",
                    CAST(NULL AS DOUBLE PRECISION) AS "link_clicks",
                    CAST(NULL AS DOUBLE PRECISION) AS "unique_link_clicks",
                    CAST(NULL AS DOUBLE PRECISION) AS "bot_link_clicks",
                    "t111"."sessions",
                    "t111"."new_users",
                    "t111"."bounced_sessions",
                    "t111"."session_seconds",
                    "t111"."page_views",
                    "t111"."key_events",
                    CAST(NULL AS DOUBLE PRECISION) AS "orders",
                    CAST(NULL AS DOUBLE PRECISION) AS "priced_orders",
                    CAST(NULL AS DOUBLE PRECISION) AS "revenue",
                    CAST(NULL AS DOUBLE PRECISION) AS "new_customers"
                  FROM (
                    SELECT
                      "t89"."campaign_id",
                      "t89"."sessions",
                      "t89"."new_users",
                      "t89"."engaged_sessions",
                      "t89"."bounced_sessions",
                      "t89"."session_seconds",
                      "t89"."page_views",
                      "t89"."key_events",
                      CAST("t15"."name" AS VARCHAR) AS "campaign"
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
                          CAST("t2"."sessions" AS DOUBLE PRECISION) AS "sessions",
                          CAST("t2"."new_users" AS DOUBLE PRECISION) AS "new_users",
                          CAST("t2"."engaged_sessions" AS DOUBLE PRECISION) AS "engaged_sessions",
                          CAST("t2"."sessions" - "t2"."engaged_sessions" AS DOUBLE PRECISION) AS "bounced_sessions",
                          CAST("t2"."duration_seconds" AS DOUBLE PRECISION) AS "session_seconds",
                          CAST("t2"."page_views" AS DOUBLE PRECISION) AS "page_views",
                          CAST("t2"."key_events" AS DOUBLE PRECISION) AS "key_events"
                        FROM "web_traffic" AS "t2"
                        WHERE
                          "t2"."campaign_id" IN (1)
                          AND "t2"."day" <= MAKE_DATE(2026, 3, 31)
                          AND "t2"."campaign_id" IS NOT NULL
                      ) AS "t49"
                      GROUP BY
                        1
                    ) AS "t89"
                    INNER JOIN "campaign" AS "t15"
                      ON "t89"."campaign_id" = "t15"."id"
                  ) AS "t111"
                ) AS "t121"
              ) AS "t140"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t120"."campaign_id",
                  CAST(NULL AS BIGINT) AS "account_id",
                  CAST(NULL AS DOUBLE PRECISION) AS "link_clicks",
                  CAST(NULL AS DOUBLE PRECISION) AS "unique_link_clicks",
                  CAST(NULL AS DOUBLE PRECISION) AS "bot_link_clicks",
                  CAST(NULL AS DOUBLE PRECISION) AS "sessions",
                  CAST(NULL AS DOUBLE PRECISION) AS "new_users",
                  CAST(NULL AS DOUBLE PRECISION) AS "bounced_sessions",
                  CAST(NULL AS DOUBLE PRECISION) AS "session_seconds",
                  CAST(NULL AS DOUBLE PRECISION) AS "page_views",
                  CAST(NULL AS DOUBLE PRECISION) AS "key_events",
                  "t120"."orders",
                  "t120"."priced_orders",
                  "t120"."revenue",
                  "t120"."new_customers"
                FROM (
                  SELECT
                    "t101"."campaign_id",
                    "t101"."orders",
                    "t101"."priced_orders",
                    "t101"."revenue",
                    "t101"."new_customers",
                    CAST("t15"."name" AS VARCHAR) AS "campaign"
                  FROM (
                    SELECT
                      "t68"."campaign_id",
                      SUM("t68"."orders") AS "orders",
                      SUM("t68"."priced_orders") AS "priced_orders",
                      SUM("t68"."revenue") AS "revenue",
                      SUM("t68"."new_customers") AS "new_customers"
                    FROM (
                      SELECT
                        CAST("t1"."campaign_id" AS BIGINT) AS "campaign_id",
                        CAST("t1"."influencer_id" AS BIGINT) AS "influencer_id",
                        "t1"."platform",
                        "t1"."ordered_on" AS "day",
                        CAST(CASE WHEN NOT (
                          "t1"."reversed"
                        ) THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "orders",
                        CAST(CASE
                          WHEN NOT (
                            "t1"."reversed"
                          ) AND (
                            "t1"."campaign_revenue" IS NOT NULL
                          )
                          THEN 1
                          ELSE 0
                        END AS DOUBLE PRECISION) AS "priced_orders",
                        CASE
                          WHEN NOT (
                            "t1"."reversed"
                          )
                          THEN CAST("t1"."campaign_revenue" AS DOUBLE PRECISION)
                          ELSE 0
                        END AS "revenue",
                        CAST(CASE
                          WHEN NOT (
                            "t1"."reversed"
                          ) AND COALESCE("t1"."new_customer", FALSE)
                          THEN 1
                          ELSE 0
                        END AS DOUBLE PRECISION) AS "new_customers"
                      FROM "order_attribution" AS "t1"
                      WHERE
                        "t1"."campaign_id" IN (1) AND "t1"."ordered_on" <= MAKE_DATE(2026, 3, 31)
                    ) AS "t68"
                    GROUP BY
                      1
                  ) AS "t101"
                  INNER JOIN "campaign" AS "t15"
                    ON "t101"."campaign_id" = "t15"."id"
                ) AS "t120"
              ) AS "t129"
            ) AS "t147"
            WHERE
              "t147"."campaign_id" IN (1)
              AND (
                (
                  "t147"."bot_link_clicks" IS NOT NULL
                )
                OR (
                  "t147"."bounced_sessions" IS NOT NULL
                )
                OR (
                  "t147"."key_events" IS NOT NULL
                )
                OR (
                  "t147"."link_clicks" IS NOT NULL
                )
                OR (
                  "t147"."new_customers" IS NOT NULL
                )
                OR (
                  "t147"."new_users" IS NOT NULL
                )
                OR (
                  "t147"."orders" IS NOT NULL
                )
                OR (
                  "t147"."page_views" IS NOT NULL
                )
                OR (
                  "t147"."priced_orders" IS NOT NULL
                )
                OR (
                  "t147"."revenue" IS NOT NULL
                )
                OR (
                  "t147"."session_seconds" IS NOT NULL
                )
                OR (
                  "t147"."sessions" IS NOT NULL
                )
                OR (
                  "t147"."unique_link_clicks" IS NOT NULL
                )
              )
          ) AS "t179"
          GROUP BY
            1
        ) AS "t186"
      ) AS "t192"
    ) AS "t248"
    GROUP BY
      1
  ) AS "t251"
  LEFT OUTER JOIN (
    SELECT
      "t253"."campaign_id",
      "t253"."er_reach_account_mean",
      "t253"."er_reach_account_median",
      "t253"."er_followers_account_mean",
      "t253"."er_followers_account_median",
      "t253"."er_impressions_account_mean",
      "t253"."er_impressions_account_median",
      "t253"."er_views_account_mean",
      "t253"."er_views_account_median",
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
      END AS "er_reach_account_mean__provenance",
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
      END AS "er_reach_account_median__provenance",
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
      END AS "er_followers_account_mean__provenance",
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
      END AS "er_followers_account_median__provenance",
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
      END AS "er_impressions_account_mean__provenance",
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
      END AS "er_impressions_account_median__provenance",
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
      END AS "er_views_account_mean__provenance",
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
      END AS "er_views_account_median__provenance"
    FROM (
      SELECT
        "t252"."campaign_id",
        AVG("t252"."er_reach_account_mean") AS "er_reach_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t252"."er_reach_account_median") AS "er_reach_account_median",
        AVG("t252"."er_followers_account_mean") AS "er_followers_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t252"."er_followers_account_median") AS "er_followers_account_median",
        AVG("t252"."er_impressions_account_mean") AS "er_impressions_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t252"."er_impressions_account_median") AS "er_impressions_account_median",
        AVG("t252"."er_views_account_mean") AS "er_views_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t252"."er_views_account_median") AS "er_views_account_median",
        BIT_OR("t252"."ranks__0") AS "ranks__0"
      FROM (
        SELECT
          "t249"."campaign_id",
          "t249"."account_id",
          "t249"."engagements__per__reach__n",
          "t249"."engagements__per__reach__d",
          "t249"."engagements__per__followers__n",
          "t249"."engagements__per__followers__d",
          "t249"."engagements__per__impressions__n",
          "t249"."engagements__per__impressions__d",
          "t249"."engagements__per__views__n",
          "t249"."engagements__per__views__d",
          "t249"."engagements__per__reach__r",
          "t249"."engagements__per__followers__r",
          "t249"."engagements__per__impressions__r",
          "t249"."engagements__per__views__r",
          "t249"."er_reach_account_mean",
          "t249"."er_reach_account_median",
          "t249"."er_followers_account_mean",
          "t249"."er_followers_account_median",
          "t249"."er_impressions_account_mean",
          "t249"."er_impressions_account_median",
          "t249"."er_views_account_mean",
          "t249"."er_views_account_median",
          (
            CASE
              WHEN "t249"."er_reach_account_mean" IS NOT NULL
              THEN COALESCE("t249"."engagements__per__reach__r", 0)
              ELSE 0
            END << 0
          ) | (
            CASE
              WHEN "t249"."er_reach_account_median" IS NOT NULL
              THEN COALESCE("t249"."engagements__per__reach__r", 0)
              ELSE 0
            END << 2
          ) | (
            CASE
              WHEN "t249"."er_followers_account_mean" IS NOT NULL
              THEN COALESCE("t249"."engagements__per__followers__r", 0)
              ELSE 0
            END << 4
          ) | (
            CASE
              WHEN "t249"."er_followers_account_median" IS NOT NULL
              THEN COALESCE("t249"."engagements__per__followers__r", 0)
              ELSE 0
            END << 6
          ) | (
            CASE
              WHEN "t249"."er_impressions_account_mean" IS NOT NULL
              THEN COALESCE("t249"."engagements__per__impressions__r", 0)
              ELSE 0
            END << 8
          ) | (
            CASE
              WHEN "t249"."er_impressions_account_median" IS NOT NULL
              THEN COALESCE("t249"."engagements__per__impressions__r", 0)
              ELSE 0
            END << 10
          ) | (
            CASE
              WHEN "t249"."er_views_account_mean" IS NOT NULL
              THEN COALESCE("t249"."engagements__per__views__r", 0)
              ELSE 0
            END << 12
          ) | (
            CASE
              WHEN "t249"."er_views_account_median" IS NOT NULL
              THEN COALESCE("t249"."engagements__per__views__r", 0)
              ELSE 0
            END << 14
          ) AS "ranks__0"
        FROM (
          SELECT
            "t246"."campaign_id",
            "t246"."account_id",
            "t246"."engagements__per__reach__n",
            "t246"."engagements__per__reach__d",
            "t246"."engagements__per__followers__n",
            "t246"."engagements__per__followers__d",
            "t246"."engagements__per__impressions__n",
            "t246"."engagements__per__impressions__d",
            "t246"."engagements__per__views__n",
            "t246"."engagements__per__views__d",
            CASE
              WHEN (
                (
                  "t246"."ranks__0" >> 20
                ) & 3
              ) >= 2
              THEN 2
              ELSE (
                "t246"."ranks__0" >> 20
              ) & 3
            END AS "engagements__per__reach__r",
            CASE
              WHEN (
                (
                  "t246"."ranks__0" >> 22
                ) & 3
              ) >= 2
              THEN 2
              ELSE (
                "t246"."ranks__0" >> 22
              ) & 3
            END AS "engagements__per__followers__r",
            CASE
              WHEN (
                (
                  "t246"."ranks__0" >> 28
                ) & 3
              ) >= 2
              THEN 2
              ELSE (
                "t246"."ranks__0" >> 28
              ) & 3
            END AS "engagements__per__impressions__r",
            CASE
              WHEN (
                (
                  "t246"."ranks__0" >> 32
                ) & 3
              ) >= 2
              THEN 2
              ELSE (
                "t246"."ranks__0" >> 32
              ) & 3
            END AS "engagements__per__views__r",
            (
              CAST("t246"."engagements__per__reach__n" AS DOUBLE PRECISION) / NULLIF("t246"."engagements__per__reach__d", 0)
            ) * 100 AS "er_reach_account_mean",
            (
              CAST("t246"."engagements__per__reach__n" AS DOUBLE PRECISION) / NULLIF("t246"."engagements__per__reach__d", 0)
            ) * 100 AS "er_reach_account_median",
            (
              CAST("t246"."engagements__per__followers__n" AS DOUBLE PRECISION) / NULLIF("t246"."engagements__per__followers__d", 0)
            ) * 100 AS "er_followers_account_mean",
            (
              CAST("t246"."engagements__per__followers__n" AS DOUBLE PRECISION) / NULLIF("t246"."engagements__per__followers__d", 0)
            ) * 100 AS "er_followers_account_median",
            (
              CAST("t246"."engagements__per__impressions__n" AS DOUBLE PRECISION) / NULLIF("t246"."engagements__per__impressions__d", 0)
            ) * 100 AS "er_impressions_account_mean",
            (
              CAST("t246"."engagements__per__impressions__n" AS DOUBLE PRECISION) / NULLIF("t246"."engagements__per__impressions__d", 0)
            ) * 100 AS "er_impressions_account_median",
            (
              CAST("t246"."engagements__per__views__n" AS DOUBLE PRECISION) / NULLIF("t246"."engagements__per__views__d", 0)
            ) * 100 AS "er_views_account_mean",
            (
              CAST("t246"."engagements__per__views__n" AS DOUBLE PRECISION) / NULLIF("t246"."engagements__per__views__d", 0)
            ) * 100 AS "er_views_account_median"
          FROM (
            SELECT
              "t244"."campaign_id",
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
              BIT_OR("t244"."ranks__0") AS "ranks__0"
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
          ) AS "t246"
        ) AS "t249"
      ) AS "t252"
      GROUP BY
        1
    ) AS "t253"
  ) AS "t255"
    ON "t251"."campaign_id" IS NOT DISTINCT FROM "t255"."campaign_id"
  LEFT OUTER JOIN (
    SELECT
      CAST("t0"."id" AS BIGINT) AS "campaign_id",
      CAST("t0"."name" AS VARCHAR) AS "campaign"
    FROM "campaign" AS "t0"
  ) AS "t42"
    ON "t251"."campaign_id" = "t42"."campaign_id"
) AS "t256"
ORDER BY
  "t256"."campaign_id" ASC,
  "t256"."campaign" ASC
