WITH "t24" AS (
  SELECT
    *
  FROM "campaign" AS "t0"
  WHERE
    "t0"."id" IN (1)
), "t70" AS (
  SELECT
    *
  FROM (
    SELECT
      "t2"."base",
      "t2"."quote",
      "t2"."valid_on",
      CAST("t2"."rate" AS DOUBLE PRECISION) AS "rate"
    FROM "exchange_rate" AS "t2"
  ) AS "t27"
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
  ) AS "t67"
), "t86" AS (
  SELECT
    CAST("t61"."id" AS BIGINT) AS "key",
    CAST("t61"."currency" AS VARCHAR) AS "base",
    CAST("t15"."currency" AS VARCHAR) AS "quote",
    EXTRACT('epoch' FROM CAST("t61"."incurred_on" AS TIMESTAMPTZ)) AS "on",
    CAST("t61"."campaign_id" AS BIGINT) AS "campaign_id",
    CAST("t15"."name" AS VARCHAR) AS "campaign",
    CAST("t61"."influencer_id" AS BIGINT) AS "influencer_id",
    CAST("t61"."amount" AS DOUBLE PRECISION) AS "amount",
    "t61"."incurred_on"
  FROM (
    SELECT
      *
    FROM "cost" AS "t12"
    WHERE
      "t12"."incurred_on" <= MAKE_DATE(2026, 3, 31) AND "t12"."campaign_id" IN (1)
  ) AS "t61"
  INNER JOIN "campaign" AS "t15"
    ON "t61"."campaign_id" = "t15"."id"
), "campaign_posts_in" AS (
  SELECT
    CAST("t57"."campaign_id" AS BIGINT) AS "campaign_id",
    CAST("t16"."name" AS VARCHAR) AS "campaign",
    CAST("t51"."id" AS BIGINT) AS "influencer_id",
    CAST("t51"."name" AS VARCHAR) AS "influencer",
    CAST("t19"."id" AS BIGINT) AS "account_id",
    CAST("t19"."platform" AS VARCHAR) AS "platform",
    CAST("t57"."format" AS VARCHAR) AS "format",
    CAST("t57"."id" AS BIGINT) AS "post_id",
    "t57"."published_on" AS "day",
    "t51"."country",
    CAST("t57"."caption" AS VARCHAR) AS "caption",
    "t57"."sponsored"
  FROM (
    SELECT
      *
    FROM "post" AS "t10"
    WHERE
      "t10"."published_on" <= MAKE_DATE(2026, 3, 31)
      AND "t10"."campaign_id" IS NOT NULL
      AND "t10"."campaign_id" IN (1)
  ) AS "t57"
  INNER JOIN "account" AS "t19"
    ON "t57"."account_id" = "t19"."id"
  INNER JOIN (
    SELECT
      *
    FROM "influencer" AS "t5"
    WHERE
      NOT (
        "t5"."is_brand"
      )
  ) AS "t51"
    ON "t19"."influencer_id" = "t51"."id"
  INNER JOIN "campaign" AS "t16"
    ON "t57"."campaign_id" = "t16"."id"
), "t169" AS (
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
      "t69"."followers",
      "t69"."at",
      "t69"."rank"
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
            "t111"."campaign_id",
            "t111"."account_id",
            FALSE AS "is_brand"
          FROM (
            SELECT DISTINCT
              "t98"."campaign_id",
              "t98"."account_id"
            FROM "campaign_posts_in" AS "t98"
          ) AS "t111"
        ) AS "t119"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            CAST("t64"."id" AS BIGINT) AS "campaign_id",
            CAST("t20"."id" AS BIGINT) AS "account_id",
            TRUE AS "is_brand"
          FROM "t24" AS "t64"
          INNER JOIN (
            SELECT
              *
            FROM "influencer" AS "t5"
            WHERE
              "t5"."is_brand"
          ) AS "t31"
            ON "t31"."workspace_id" = "t64"."workspace_id"
          INNER JOIN "account" AS "t20"
            ON "t20"."influencer_id" = "t31"."id"
        ) AS "t87"
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
    ) AS "t69"
      ON "t150"."account_id" = "t69"."account_id"
  ) AS "t166"
  WHERE
    "t166"."at" <= "t166"."end_at"
), "post_rows" AS (
  SELECT
    "t182"."campaign_id",
    "t182"."campaign",
    "t182"."influencer_id",
    "t182"."influencer",
    "t182"."account_id",
    "t182"."platform",
    "t182"."format",
    "t182"."post_id",
    "t182"."day",
    "t182"."country",
    "t182"."caption",
    "t182"."sponsored",
    "t182"."reach",
    "t182"."impressions",
    "t182"."views",
    "t182"."likes",
    "t182"."comments",
    "t182"."shares",
    "t182"."saves",
    "t182"."clicks",
    "t182"."reach__provenance",
    "t182"."impressions__provenance",
    "t182"."views__provenance",
    "t182"."likes__provenance",
    "t182"."comments__provenance",
    "t182"."shares__provenance",
    "t182"."saves__provenance",
    "t182"."clicks__provenance",
    "t182"."followers",
    "t182"."followers__provenance",
    "t182"."engagements",
    "t182"."engagements__provenance",
    COALESCE(
      COALESCE("t182"."impressions", "t182"."views"),
      "t182"."reach" * COALESCE(
        CAST(SUM("t182"."impressions") FILTER(WHERE
          (
            "t182"."impressions" IS NOT NULL
          ) AND (
            "t182"."reach" IS NOT NULL
          )) OVER (
          PARTITION BY "t182"."campaign_id", "t182"."platform"
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) AS DOUBLE PRECISION) / NULLIF(
          SUM("t182"."reach") FILTER(WHERE
            (
              "t182"."impressions" IS NOT NULL
            ) AND (
              "t182"."reach" IS NOT NULL
            )) OVER (
            PARTITION BY "t182"."campaign_id", "t182"."platform"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ),
          0
        ),
        CAST(1 AS DOUBLE PRECISION)
      )
    ) AS "impressions_with_estimates",
    CASE
      WHEN COALESCE(
        COALESCE("t182"."impressions", "t182"."views"),
        "t182"."reach" * COALESCE(
          CAST(SUM("t182"."impressions") FILTER(WHERE
            (
              "t182"."impressions" IS NOT NULL
            ) AND (
              "t182"."reach" IS NOT NULL
            )) OVER (
            PARTITION BY "t182"."campaign_id", "t182"."platform"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ) AS DOUBLE PRECISION) / NULLIF(
            SUM("t182"."reach") FILTER(WHERE
              (
                "t182"."impressions" IS NOT NULL
              ) AND (
                "t182"."reach" IS NOT NULL
              )) OVER (
              PARTITION BY "t182"."campaign_id", "t182"."platform"
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ),
            0
          ),
          CAST(1 AS DOUBLE PRECISION)
        )
      ) IS NOT NULL
      THEN CASE
        WHEN "t182"."impressions" IS NOT NULL
        THEN "t182"."impressions__provenance"
        ELSE 2
      END
      ELSE CAST(NULL AS BIGINT)
    END AS "impressions_with_estimates__provenance",
    (
      CAST("t182"."engagements" AS DOUBLE PRECISION) / NULLIF("t182"."reach", 0)
    ) * 100 AS "er_reach_post",
    (
      CAST("t182"."engagements" AS DOUBLE PRECISION) / NULLIF("t182"."followers", 0)
    ) * 100 AS "er_followers_post",
    (
      CAST("t182"."engagements" AS DOUBLE PRECISION) / NULLIF("t182"."impressions", 0)
    ) * 100 AS "er_impressions_post",
    (
      CAST("t182"."engagements" AS DOUBLE PRECISION) / NULLIF("t182"."views", 0)
    ) * 100 AS "er_views_post",
    NULLIF(
      GREATEST(
        COALESCE("t182"."engagements__provenance", -1),
        COALESCE("t182"."reach__provenance", -1)
      ),
      -1
    ) AS "er_reach_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t182"."engagements__provenance", -1),
        COALESCE("t182"."followers__provenance", -1)
      ),
      -1
    ) AS "er_followers_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t182"."engagements__provenance", -1),
        COALESCE("t182"."impressions__provenance", -1)
      ),
      -1
    ) AS "er_impressions_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t182"."engagements__provenance", -1),
        COALESCE("t182"."views__provenance", -1)
      ),
      -1
    ) AS "er_views_post__provenance",
    "t182"."platform" AS "post_platform",
    "t182"."influencer_id" AS "publishing_influencer",
    CAST(CASE WHEN "t182"."sponsored" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "sponsored_posts",
    CAST(CASE
      WHEN "t182"."sponsored"
      AND CASE
        WHEN UPPER("t182"."country") = 'FR'
        THEN (
          POSITION('publicité' IN LOWER("t182"."caption")) > 0
        )
        OR (
          POSITION('publicite' IN LOWER("t182"."caption")) > 0
        )
        OR (
          POSITION('collaboration commerciale' IN LOWER("t182"."caption")) > 0
        )
        WHEN UPPER("t182"."country") = 'BE'
        THEN (
          POSITION('publicité' IN LOWER("t182"."caption")) > 0
        )
        OR (
          POSITION('publicite' IN LOWER("t182"."caption")) > 0
        )
        OR (
          POSITION('collaboration commerciale' IN LOWER("t182"."caption")) > 0
        )
        OR (
          POSITION('#pub' IN LOWER("t182"."caption")) > 0
        )
        OR (
          POSITION('reclame' IN LOWER("t182"."caption")) > 0
        )
        OR (
          POSITION('#ad' IN LOWER("t182"."caption")) > 0
        )
        OR (
          POSITION('samenwerking' IN LOWER("t182"."caption")) > 0
        )
        WHEN UPPER("t182"."country") = 'DE'
        THEN (
          POSITION('werbung' IN LOWER("t182"."caption")) > 0
        )
        OR (
          POSITION('anzeige' IN LOWER("t182"."caption")) > 0
        )
        WHEN UPPER("t182"."country") = 'ES'
        THEN (
          POSITION('publicidad' IN LOWER("t182"."caption")) > 0
        )
        OR (
          POSITION('#publi' IN LOWER("t182"."caption")) > 0
        )
        OR (
          POSITION('patrocinado' IN LOWER("t182"."caption")) > 0
        )
        OR (
          POSITION('colaboración pagada' IN LOWER("t182"."caption")) > 0
        )
        WHEN UPPER("t182"."country") = 'IT'
        THEN (
          POSITION('pubblicità' IN LOWER("t182"."caption")) > 0
        )
        OR (
          POSITION('#adv' IN LOWER("t182"."caption")) > 0
        )
        OR (
          POSITION('sponsorizzato' IN LOWER("t182"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t182"."caption")) > 0
        )
        WHEN UPPER("t182"."country") = 'GB'
        THEN (
          POSITION('#ad' IN LOWER("t182"."caption")) > 0
        )
        OR (
          POSITION('advert' IN LOWER("t182"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t182"."caption")) > 0
        )
        WHEN UPPER("t182"."country") = 'US'
        THEN (
          POSITION('#ad' IN LOWER("t182"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t182"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t182"."caption")) > 0
        )
        OR (
          POSITION('paid partnership' IN LOWER("t182"."caption")) > 0
        )
        ELSE (
          POSITION('#ad' IN LOWER("t182"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t182"."caption")) > 0
        )
        OR (
          POSITION('paid partnership' IN LOWER("t182"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t182"."caption")) > 0
        )
      END
      THEN 1
      ELSE 0
    END AS DOUBLE PRECISION) AS "disclosed_sponsored_posts"
  FROM (
    SELECT
      "t168"."campaign_id",
      "t168"."campaign",
      "t168"."influencer_id",
      "t168"."influencer",
      "t168"."account_id",
      "t168"."platform",
      "t168"."format",
      "t168"."post_id",
      "t168"."day",
      "t168"."country",
      "t168"."caption",
      "t168"."sponsored",
      "t168"."reach",
      "t168"."impressions",
      "t168"."views",
      "t168"."likes",
      "t168"."comments",
      "t168"."shares",
      "t168"."saves",
      "t168"."clicks",
      "t168"."reach__provenance",
      "t168"."impressions__provenance",
      "t168"."views__provenance",
      "t168"."likes__provenance",
      "t168"."comments__provenance",
      "t168"."shares__provenance",
      "t168"."saves__provenance",
      "t168"."clicks__provenance",
      "t168"."followers",
      "t168"."followers__provenance",
      CASE
        WHEN (
          "t168"."likes" IS NOT NULL
        )
        OR (
          "t168"."comments" IS NOT NULL
        )
        OR (
          "t168"."shares" IS NOT NULL
        )
        OR (
          "t168"."saves" IS NOT NULL
        )
        THEN CAST(0 AS DOUBLE PRECISION) + COALESCE("t168"."likes", 0) + COALESCE("t168"."comments", 0) + COALESCE("t168"."shares", 0) + COALESCE("t168"."saves", 0)
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END AS "engagements",
      NULLIF(
        GREATEST(
          COALESCE("t168"."likes__provenance", -1),
          COALESCE("t168"."comments__provenance", -1),
          COALESCE("t168"."shares__provenance", -1),
          COALESCE("t168"."saves__provenance", -1)
        ),
        -1
      ) AS "engagements__provenance"
    FROM (
      SELECT
        "t105"."campaign_id",
        "t105"."campaign",
        "t105"."influencer_id",
        "t105"."influencer",
        "t105"."account_id",
        "t105"."platform",
        "t105"."format",
        "t105"."post_id",
        "t105"."day",
        "t105"."country",
        "t105"."caption",
        "t105"."sponsored",
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
      FROM "campaign_posts_in" AS "t105"
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
            CAST("t106"."post_id" AS BIGINT) AS "post_id",
            (
              ARRAY_AGG(
                (
                  CAST(ROUND("t106"."value") AS BIGINT) * 4
                ) + CASE "t106"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END ORDER BY (
                  CAST(EXTRACT(epoch FROM CAST("t106"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                ) + (
                  15 - CASE "t106"."provenance"
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
                    CAST(EXTRACT(epoch FROM CAST("t106"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                  ) + (
                    15 - CASE "t106"."provenance"
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
                AND "t106"."metric" = 'reach')
            )[1] AS "reach",
            (
              ARRAY_AGG(
                (
                  CAST(ROUND("t106"."value") AS BIGINT) * 4
                ) + CASE "t106"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END ORDER BY (
                  CAST(EXTRACT(epoch FROM CAST("t106"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                ) + (
                  15 - CASE "t106"."provenance"
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
                    CAST(EXTRACT(epoch FROM CAST("t106"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                  ) + (
                    15 - CASE "t106"."provenance"
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
                AND "t106"."metric" = 'impressions')
            )[1] AS "impressions",
            (
              ARRAY_AGG(
                (
                  CAST(ROUND("t106"."value") AS BIGINT) * 4
                ) + CASE "t106"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END ORDER BY (
                  CAST(EXTRACT(epoch FROM CAST("t106"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                ) + (
                  15 - CASE "t106"."provenance"
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
                    CAST(EXTRACT(epoch FROM CAST("t106"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                  ) + (
                    15 - CASE "t106"."provenance"
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
                AND "t106"."metric" = 'views')
            )[1] AS "views",
            (
              ARRAY_AGG(
                (
                  CAST(ROUND("t106"."value") AS BIGINT) * 4
                ) + CASE "t106"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END ORDER BY (
                  CAST(EXTRACT(epoch FROM CAST("t106"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                ) + (
                  15 - CASE "t106"."provenance"
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
                    CAST(EXTRACT(epoch FROM CAST("t106"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                  ) + (
                    15 - CASE "t106"."provenance"
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
                AND "t106"."metric" = 'likes')
            )[1] AS "likes",
            (
              ARRAY_AGG(
                (
                  CAST(ROUND("t106"."value") AS BIGINT) * 4
                ) + CASE "t106"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END ORDER BY (
                  CAST(EXTRACT(epoch FROM CAST("t106"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                ) + (
                  15 - CASE "t106"."provenance"
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
                    CAST(EXTRACT(epoch FROM CAST("t106"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                  ) + (
                    15 - CASE "t106"."provenance"
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
                AND "t106"."metric" = 'comments')
            )[1] AS "comments",
            (
              ARRAY_AGG(
                (
                  CAST(ROUND("t106"."value") AS BIGINT) * 4
                ) + CASE "t106"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END ORDER BY (
                  CAST(EXTRACT(epoch FROM CAST("t106"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                ) + (
                  15 - CASE "t106"."provenance"
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
                    CAST(EXTRACT(epoch FROM CAST("t106"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                  ) + (
                    15 - CASE "t106"."provenance"
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
                AND "t106"."metric" = 'shares')
            )[1] AS "shares",
            (
              ARRAY_AGG(
                (
                  CAST(ROUND("t106"."value") AS BIGINT) * 4
                ) + CASE "t106"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END ORDER BY (
                  CAST(EXTRACT(epoch FROM CAST("t106"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                ) + (
                  15 - CASE "t106"."provenance"
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
                    CAST(EXTRACT(epoch FROM CAST("t106"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                  ) + (
                    15 - CASE "t106"."provenance"
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
                AND "t106"."metric" = 'saves')
            )[1] AS "saves",
            (
              ARRAY_AGG(
                (
                  CAST(ROUND("t106"."value") AS BIGINT) * 4
                ) + CASE "t106"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END ORDER BY (
                  CAST(EXTRACT(epoch FROM CAST("t106"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                ) + (
                  15 - CASE "t106"."provenance"
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
                    CAST(EXTRACT(epoch FROM CAST("t106"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                  ) + (
                    15 - CASE "t106"."provenance"
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
                AND "t106"."metric" = 'clicks')
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
                "t60"."in_scope"
              FROM "metric_snapshot" AS "t21"
              INNER JOIN (
                SELECT
                  "t10"."id" AS "in_scope"
                FROM "post" AS "t10"
                WHERE
                  "t10"."published_on" <= MAKE_DATE(2026, 3, 31)
                  AND "t10"."campaign_id" IS NOT NULL
                  AND "t10"."campaign_id" IN (1)
              ) AS "t60"
                ON "t21"."post_id" = "t60"."in_scope"
            ) AS "t84"
            WHERE
              "t84"."captured_at" <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
          ) AS "t106"
          GROUP BY
            1
        ) AS "t131"
      ) AS "t159"
        ON "t105"."post_id" = "t159"."post_id"
      LEFT OUTER JOIN (
        SELECT
          CAST("t59"."post_id" AS BIGINT) AS "post_id",
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
        ) AS "t59"
        INNER JOIN (
          SELECT
            "t85"."account_id",
            CAST("t85"."followers" AS DOUBLE PRECISION) AS "followers",
            CASE "t85"."provenance"
              WHEN 'measured'
              THEN 0
              WHEN 'self_reported'
              THEN 1
              WHEN 'estimated'
              THEN 2
              ELSE 2
            END AS "rank",
            "t85"."captured_at" AS "since",
            LEAD("t85"."captured_at") OVER (
              PARTITION BY "t85"."account_id"
              ORDER BY "t85"."captured_at" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) AS "until",
            (
              ROW_NUMBER() OVER (
                PARTITION BY "t85"."account_id"
                ORDER BY "t85"."captured_at" ASC
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
            ) AS "t68"
            WHERE
              "t68"."captured_at" <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
          ) AS "t85"
        ) AS "t124"
          ON "t59"."account_id" = "t124"."account_id"
          AND (
            (
              (
                "t124"."since" <= "t59"."published_at"
              )
              AND (
                (
                  "t124"."until" IS NULL
                ) OR (
                  "t59"."published_at" < "t124"."until"
                )
              )
            )
            OR (
              "t124"."first" AND (
                "t59"."published_at" < "t124"."since"
              )
            )
          )
      ) AS "t151"
        ON "t105"."post_id" = "t151"."post_id"
    ) AS "t168"
  ) AS "t182"
), "kpi_facts" AS (
  SELECT
    "t243"."campaign_id",
    "t243"."account_id",
    "t243"."post_id",
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
    "t243"."bounced_sessions",
    "t243"."session_seconds",
    "t243"."page_views",
    "t243"."key_events",
    "t243"."orders",
    "t243"."priced_orders",
    "t243"."revenue",
    "t243"."new_customers",
    "t243"."key_messages",
    "t243"."emv",
    "t243"."emv__provenance",
    "t243"."emv_authentic",
    "t243"."emv_authentic__provenance",
    (
      CAST("t243"."cost" AS DOUBLE PRECISION) / (
        CASE
          WHEN "t243"."platform" = 'tiktok'
          THEN 7.5
          WHEN "t243"."platform" = 'youtube'
          THEN 3.53
          ELSE 19.8
        END * "t243"."paid_rate"
      )
    ) * 1000 AS "paid_impressions",
    CAST("t243"."cost" AS DOUBLE PRECISION) / (
      CASE
        WHEN "t243"."platform" = 'tiktok'
        THEN CAST(NULL AS DOUBLE PRECISION)
        WHEN "t243"."platform" = 'youtube'
        THEN CAST(NULL AS DOUBLE PRECISION)
        ELSE 1.88
      END * "t243"."paid_rate"
    ) AS "paid_clicks",
    CAST("t243"."cost" AS DOUBLE PRECISION) / (
      CASE
        WHEN "t243"."platform" = 'youtube'
        THEN 0.026
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END * "t243"."paid_rate"
    ) AS "paid_views"
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
      "t241"."priced_orders",
      "t241"."revenue",
      "t241"."new_customers",
      "t241"."key_messages",
      "t241"."emv_rate",
      "t241"."inauthentic_share",
      "t241"."emv",
      "t241"."emv__provenance",
      "t241"."emv_authentic",
      "t241"."emv_authentic__provenance",
      "t157"."paid_rate"
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
        "t238"."priced_orders",
        "t238"."revenue",
        "t238"."new_customers",
        "t238"."key_messages",
        "t238"."emv_rate",
        "t238"."inauthentic_share",
        CASE
          WHEN (
            "t238"."post_id" IS NOT NULL
          )
          AND (
            (
              (
                CAST((
                  COALESCE("t238"."impressions", "t238"."views") * CASE
                    WHEN "t238"."platform" = 'tiktok'
                    THEN 6.89
                    ELSE CAST(NULL AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t238"."platform" = 'instagram'
                  THEN 0.07
                  WHEN "t238"."platform" = 'tiktok'
                  THEN 0.09
                  WHEN "t238"."platform" = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t238"."likes"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t238"."platform" = 'instagram'
                  THEN 3.46
                  WHEN "t238"."platform" = 'tiktok'
                  THEN 3.52
                  WHEN "t238"."platform" = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t238"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t238"."platform" = 'tiktok'
                  THEN 1.72
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t238"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              CAST((
                COALESCE("t238"."impressions", "t238"."views") * CASE
                  WHEN "t238"."platform" = 'tiktok'
                  THEN 6.89
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END
              ) AS DOUBLE PRECISION) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t238"."platform" = 'instagram'
                THEN 0.07
                WHEN "t238"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t238"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t238"."likes",
              0
            ) + COALESCE(
              CASE
                WHEN "t238"."platform" = 'instagram'
                THEN 3.46
                WHEN "t238"."platform" = 'tiktok'
                THEN 3.52
                WHEN "t238"."platform" = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t238"."comments",
              0
            ) + COALESCE(
              CASE
                WHEN "t238"."platform" = 'tiktok'
                THEN 1.72
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t238"."shares",
              0
            )
          ) * "t238"."emv_rate"
          ELSE CAST(NULL AS DOUBLE PRECISION)
        END AS "emv",
        NULLIF(
          GREATEST(
            COALESCE("t238"."impressions__provenance", -1),
            COALESCE("t238"."views__provenance", -1),
            COALESCE("t238"."engagements__provenance", -1)
          ),
          -1
        ) AS "emv__provenance",
        CASE
          WHEN (
            "t238"."post_id" IS NOT NULL
          )
          AND (
            (
              (
                CAST((
                  COALESCE("t238"."impressions", "t238"."views") * CASE
                    WHEN "t238"."platform" = 'tiktok'
                    THEN 6.89
                    ELSE CAST(NULL AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t238"."platform" = 'instagram'
                  THEN 0.07
                  WHEN "t238"."platform" = 'tiktok'
                  THEN 0.09
                  WHEN "t238"."platform" = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t238"."likes"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t238"."platform" = 'instagram'
                  THEN 3.46
                  WHEN "t238"."platform" = 'tiktok'
                  THEN 3.52
                  WHEN "t238"."platform" = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t238"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t238"."platform" = 'tiktok'
                  THEN 1.72
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t238"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              CAST((
                COALESCE("t238"."impressions", "t238"."views") * CASE
                  WHEN "t238"."platform" = 'tiktok'
                  THEN 6.89
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END
              ) AS DOUBLE PRECISION) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t238"."platform" = 'instagram'
                THEN 0.07
                WHEN "t238"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t238"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t238"."likes",
              0
            ) + COALESCE(
              CASE
                WHEN "t238"."platform" = 'instagram'
                THEN 3.46
                WHEN "t238"."platform" = 'tiktok'
                THEN 3.52
                WHEN "t238"."platform" = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t238"."comments",
              0
            ) + COALESCE(
              CASE
                WHEN "t238"."platform" = 'tiktok'
                THEN 1.72
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t238"."shares",
              0
            )
          ) * "t238"."emv_rate" * (
            1 - COALESCE("t238"."inauthentic_share", 0)
          )
          ELSE CAST(NULL AS DOUBLE PRECISION)
        END AS "emv_authentic",
        NULLIF(
          GREATEST(
            COALESCE(
              NULLIF(
                GREATEST(
                  COALESCE("t238"."impressions__provenance", -1),
                  COALESCE("t238"."views__provenance", -1),
                  COALESCE("t238"."engagements__provenance", -1)
                ),
                -1
              ),
              -1
            ),
            COALESCE(CASE WHEN "t238"."inauthentic_share" > 0 THEN 2 ELSE CAST(NULL AS BIGINT) END, -1)
          ),
          -1
        ) AS "emv_authentic__provenance"
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
          "t26"."inauthentic_share"
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
            "t233"."link_clicks",
            "t233"."unique_link_clicks",
            "t233"."bot_link_clicks",
            "t233"."sessions",
            "t233"."new_users",
            "t233"."engaged_sessions",
            "t233"."bounced_sessions",
            "t233"."session_seconds",
            "t233"."page_views",
            "t233"."key_events",
            "t233"."orders",
            "t233"."priced_orders",
            "t233"."revenue",
            "t233"."new_customers",
            "t233"."key_messages",
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
                                CAST("t221"."publishing_influencer" AS DOUBLE PRECISION) AS "publishing_influencer",
                                "t221"."sponsored_posts",
                                "t221"."disclosed_sponsored_posts",
                                "t221"."cost",
                                "t221"."key_message_posts",
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
                                CAST(NULL AS DOUBLE PRECISION) AS "priced_orders",
                                CAST(NULL AS DOUBLE PRECISION) AS "revenue",
                                CAST(NULL AS DOUBLE PRECISION) AS "new_customers",
                                CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                              FROM (
                                SELECT
                                  "t214"."campaign_id",
                                  "t214"."campaign",
                                  "t214"."influencer_id",
                                  "t214"."influencer",
                                  "t214"."account_id",
                                  "t214"."platform",
                                  "t214"."format",
                                  "t214"."post_id",
                                  "t214"."day",
                                  "t214"."country",
                                  "t214"."caption",
                                  "t214"."sponsored",
                                  "t214"."reach",
                                  "t214"."impressions",
                                  "t214"."views",
                                  "t214"."likes",
                                  "t214"."comments",
                                  "t214"."shares",
                                  "t214"."saves",
                                  "t214"."clicks",
                                  "t214"."reach__provenance",
                                  "t214"."impressions__provenance",
                                  "t214"."views__provenance",
                                  "t214"."likes__provenance",
                                  "t214"."comments__provenance",
                                  "t214"."shares__provenance",
                                  "t214"."saves__provenance",
                                  "t214"."clicks__provenance",
                                  "t214"."followers",
                                  "t214"."followers__provenance",
                                  "t214"."engagements",
                                  "t214"."engagements__provenance",
                                  "t214"."impressions_with_estimates",
                                  "t214"."impressions_with_estimates__provenance",
                                  "t214"."er_reach_post",
                                  "t214"."er_followers_post",
                                  "t214"."er_impressions_post",
                                  "t214"."er_views_post",
                                  "t214"."er_reach_post__provenance",
                                  "t214"."er_followers_post__provenance",
                                  "t214"."er_impressions_post__provenance",
                                  "t214"."er_views_post__provenance",
                                  "t214"."post_platform",
                                  "t214"."publishing_influencer",
                                  "t214"."sponsored_posts",
                                  "t214"."disclosed_sponsored_posts",
                                  "t214"."cost",
                                  "t219"."key_message_posts"
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
                                    "t203"."publishing_influencer",
                                    "t203"."sponsored_posts",
                                    "t203"."disclosed_sponsored_posts",
                                    "t194"."cost"
                                  FROM "post_rows" AS "t203"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t105"."post_id",
                                      "t189"."cost"
                                    FROM "campaign_posts_in" AS "t105"
                                    INNER JOIN (
                                      SELECT
                                        "t180"."campaign_id",
                                        "t180"."influencer_id",
                                        SUM("t180"."share") AS "cost"
                                      FROM (
                                        SELECT
                                          "t177"."campaign_id",
                                          "t177"."influencer_id",
                                          CAST("t177"."amount" AS DOUBLE PRECISION) / "t118"."n_posts" AS "share"
                                        FROM (
                                          SELECT
                                            "t108"."campaign_id",
                                            "t108"."campaign",
                                            "t108"."influencer_id",
                                            "t108"."incurred_on",
                                            "t108"."amount" * "t165"."rate" AS "amount"
                                          FROM "t86" AS "t108"
                                          LEFT OUTER JOIN (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                "t101"."key",
                                                CAST(1 AS DOUBLE PRECISION) AS "rate"
                                              FROM "t86" AS "t101"
                                              WHERE
                                                "t101"."base" = "t101"."quote"
                                            ) AS "t116"
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
                                                    "t108"."key",
                                                    "t108"."on",
                                                    "t80"."rate",
                                                    EXTRACT('epoch' FROM CAST("t80"."valid_on" AS TIMESTAMPTZ)) AS "valid"
                                                  FROM "t86" AS "t108"
                                                  INNER JOIN "t70" AS "t80"
                                                    ON "t108"."base" = "t80"."base" AND "t108"."quote" = "t80"."quote"
                                                ) AS "t126"
                                              ) AS "t146"
                                              WHERE
                                                "t146"."order" = 0
                                            ) AS "t156"
                                          ) AS "t165"
                                            ON "t108"."key" = "t165"."key"
                                        ) AS "t177"
                                        INNER JOIN (
                                          SELECT
                                            "t98"."campaign_id",
                                            "t98"."influencer_id",
                                            COUNT("t98"."post_id") AS "n_posts"
                                          FROM "campaign_posts_in" AS "t98"
                                          GROUP BY
                                            1,
                                            2
                                        ) AS "t118"
                                          ON "t177"."campaign_id" = "t118"."campaign_id"
                                          AND "t177"."influencer_id" = "t118"."influencer_id"
                                      ) AS "t180"
                                      GROUP BY
                                        1,
                                        2
                                    ) AS "t189"
                                      ON "t189"."campaign_id" = "t105"."campaign_id"
                                      AND "t189"."influencer_id" = "t105"."influencer_id"
                                  ) AS "t194"
                                    ON "t203"."post_id" = "t194"."post_id"
                                ) AS "t214"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t215"."post_id",
                                    MAX(
                                      CAST(CASE
                                        WHEN POSITION(LOWER("t215"."message") IN LOWER("t215"."caption")) > 0
                                        THEN 1
                                        ELSE 0
                                      END AS DOUBLE PRECISION)
                                    ) AS "key_message_posts"
                                  FROM (
                                    SELECT
                                      "t207"."campaign_id",
                                      "t207"."post_id",
                                      "t207"."caption",
                                      "t88"."message"
                                    FROM (
                                      SELECT
                                        "t201"."campaign_id",
                                        "t201"."post_id",
                                        "t201"."caption"
                                      FROM "post_rows" AS "t201"
                                    ) AS "t207"
                                    INNER JOIN (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST("t0"."id" AS BIGINT) AS "campaign_id",
                                          UNNEST(STRING_TO_ARRAY("t0"."key_messages", '
')) AS "message"
                                        FROM "campaign" AS "t0"
                                      ) AS "t48"
                                      WHERE
                                        LENGTH("t48"."message") > 0
                                    ) AS "t88"
                                      ON "t207"."campaign_id" = "t88"."campaign_id"
                                  ) AS "t215"
                                  GROUP BY
                                    1
                                ) AS "t219"
                                  ON "t214"."post_id" = "t219"."post_id"
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
                                CAST(NULL AS DOUBLE PRECISION) AS "priced_orders",
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
                                      "t89"."campaign_id",
                                      "t89"."campaign",
                                      "t99"."post_id",
                                      "t99"."influencer_id",
                                      "t99"."platform",
                                      "t99"."day"
                                    FROM (
                                      SELECT
                                        CAST("t58"."id" AS BIGINT) AS "post_id",
                                        CAST("t17"."id" AS BIGINT) AS "influencer_id",
                                        "t17"."workspace_id",
                                        "t17"."is_brand",
                                        CAST("t19"."platform" AS VARCHAR) AS "platform",
                                        "t58"."published_on" AS "day",
                                        "t58"."hashtags"
                                      FROM (
                                        SELECT
                                          *
                                        FROM "post" AS "t10"
                                        WHERE
                                          "t10"."published_on" <= MAKE_DATE(2026, 3, 31) AND "t10"."campaign_id" IS NULL
                                      ) AS "t58"
                                      INNER JOIN "account" AS "t19"
                                        ON "t58"."account_id" = "t19"."id"
                                      INNER JOIN "influencer" AS "t17"
                                        ON "t19"."influencer_id" = "t17"."id"
                                    ) AS "t99"
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
                                      ) AS "t49"
                                      WHERE
                                        LENGTH("t49"."tag") > 0
                                    ) AS "t89"
                                      ON "t99"."workspace_id" = "t89"."workspace_id"
                                      AND "t99"."day" >= "t89"."start"
                                      AND "t99"."day" <= "t89"."end"
                                      AND NOT (
                                        "t99"."is_brand"
                                      )
                                      AND POSITION(',' || "t89"."tag" || ',' IN ',' || "t99"."hashtags" || ',') > 0
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
                                            CAST("t4"."campaign_id" AS BIGINT) AS "campaign_id",
                                            CAST("t4"."influencer_id" AS BIGINT) AS "influencer_id"
                                          FROM "roster" AS "t4"
                                        ) AS "t29"
                                        UNION ALL
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            "t201"."campaign_id",
                                            "t201"."influencer_id"
                                          FROM "post_rows" AS "t201"
                                        ) AS "t204"
                                      ) AS "t206"
                                    ) AS "t213"
                                    WHERE
                                      "t137"."campaign_id" = "t213"."campaign_id"
                                      AND "t137"."influencer_id" = "t213"."influencer_id"
                                  )
                              ) AS "t216"
                            ) AS "t217"
                          ) AS "t223"
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
                              CAST(NULL AS DOUBLE PRECISION) AS "priced_orders",
                              CAST(NULL AS DOUBLE PRECISION) AS "revenue",
                              CAST(NULL AS DOUBLE PRECISION) AS "new_customers",
                              CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                            FROM (
                              SELECT
                                "t176"."campaign_id",
                                "t176"."campaign",
                                "t176"."influencer_id",
                                CAST("t17"."name" AS VARCHAR) AS "influencer",
                                "t176"."incurred_on" AS "day",
                                "t176"."amount" AS "cost"
                              FROM (
                                SELECT
                                  "t107"."campaign_id",
                                  "t107"."campaign",
                                  "t107"."influencer_id",
                                  "t107"."incurred_on",
                                  "t107"."amount" * "t164"."rate" AS "amount"
                                FROM "t86" AS "t107"
                                LEFT OUTER JOIN (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t100"."key",
                                      CAST(1 AS DOUBLE PRECISION) AS "rate"
                                    FROM "t86" AS "t100"
                                    WHERE
                                      "t100"."base" = "t100"."quote"
                                  ) AS "t115"
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
                                          "t107"."key",
                                          "t107"."on",
                                          "t79"."rate",
                                          EXTRACT('epoch' FROM CAST("t79"."valid_on" AS TIMESTAMPTZ)) AS "valid"
                                        FROM "t86" AS "t107"
                                        INNER JOIN "t70" AS "t79"
                                          ON "t107"."base" = "t79"."base" AND "t107"."quote" = "t79"."quote"
                                      ) AS "t125"
                                    ) AS "t145"
                                    WHERE
                                      "t145"."order" = 0
                                  ) AS "t155"
                                ) AS "t164"
                                  ON "t107"."key" = "t164"."key"
                              ) AS "t176"
                              LEFT OUTER JOIN "influencer" AS "t17"
                                ON "t176"."influencer_id" = "t17"."id"
                              WHERE
                                NOT EXISTS(
                                  SELECT
                                    1
                                  FROM (
                                    SELECT
                                      "t98"."campaign_id",
                                      "t98"."influencer_id",
                                      COUNT("t98"."post_id") AS "n_posts"
                                    FROM "campaign_posts_in" AS "t98"
                                    GROUP BY
                                      1,
                                      2
                                  ) AS "t118"
                                  WHERE
                                    "t176"."campaign_id" = "t118"."campaign_id"
                                    AND "t176"."influencer_id" = "t118"."influencer_id"
                                )
                            ) AS "t179"
                          ) AS "t184"
                        ) AS "t224"
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t93"."campaign_id",
                            "t93"."campaign",
                            CAST(NULL AS BIGINT) AS "influencer_id",
                            CAST(NULL AS VARCHAR) AS "influencer",
                            CAST(NULL AS BIGINT) AS "account_id",
                            "t93"."platform",
                            CAST(NULL AS VARCHAR) AS "format",
                            CAST(NULL AS BIGINT) AS "post_id",
                            "t93"."day",
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
                            "t93"."mentions",
                            "t93"."brand_mentions",
                            "t93"."mention_engagements",
                            "t93"."brand_mention_engagements",
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
                            CAST(NULL AS DOUBLE PRECISION) AS "priced_orders",
                            CAST(NULL AS DOUBLE PRECISION) AS "revenue",
                            CAST(NULL AS DOUBLE PRECISION) AS "new_customers",
                            CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                          FROM (
                            SELECT
                              CAST("t63"."id" AS BIGINT) AS "campaign_id",
                              CAST("t63"."name" AS VARCHAR) AS "campaign",
                              CAST("t53"."platform" AS VARCHAR) AS "platform",
                              "t53"."mentioned_on" AS "day",
                              CAST(1 AS DOUBLE PRECISION) AS "mentions",
                              CAST(CASE WHEN "t53"."own" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "brand_mentions",
                              "t53"."engagements" AS "mention_engagements",
                              CAST(CASE WHEN "t53"."own" THEN 1 ELSE 0 END AS DOUBLE PRECISION) * "t53"."engagements" AS "brand_mention_engagements"
                            FROM (
                              SELECT
                                *
                              FROM "mention" AS "t7"
                              WHERE
                                "t7"."mentioned_on" <= MAKE_DATE(2026, 3, 31)
                            ) AS "t53"
                            INNER JOIN "t24" AS "t63"
                              ON "t53"."workspace_id" = "t63"."workspace_id"
                              AND "t53"."mentioned_on" >= "t63"."start_date"
                              AND "t53"."mentioned_on" <= "t63"."end_date"
                          ) AS "t93"
                        ) AS "t104"
                      ) AS "t225"
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t211"."campaign_id",
                          "t211"."campaign",
                          "t211"."influencer_id",
                          "t211"."influencer",
                          "t211"."account_id",
                          "t211"."platform",
                          CAST(NULL AS VARCHAR) AS "format",
                          CAST(NULL AS BIGINT) AS "post_id",
                          "t211"."day",
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
                            WHEN "t211"."is_brand" = FALSE
                            THEN "t211"."start_followers"
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "followers_start",
                          CASE
                            WHEN "t211"."is_brand" = FALSE
                            THEN CASE
                              WHEN "t211"."end_seen_at" > "t211"."start_seen_at"
                              THEN "t211"."end_followers" - "t211"."start_followers"
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "followers_gained",
                          CASE
                            WHEN "t211"."is_brand" = FALSE
                            THEN CASE
                              WHEN "t211"."end_seen_at" > "t211"."start_seen_at"
                              THEN (
                                CAST((
                                  "t211"."start_followers" - "t211"."before_followers"
                                ) AS DOUBLE PRECISION) / NULLIF(CAST("t211"."start_seen_at" - "t211"."before_seen_at" AS DOUBLE PRECISION), 0)
                              ) * (
                                "t211"."end_seen_at" - "t211"."start_seen_at"
                              )
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "followers_expected_gain",
                          CAST(CASE
                            WHEN "t211"."is_brand" = FALSE
                            THEN "t211"."start_rank"
                            ELSE CAST(NULL AS SMALLINT)
                          END AS BIGINT) AS "followers_start__provenance",
                          CASE
                            WHEN "t211"."is_brand" = FALSE
                            THEN CASE
                              WHEN "t211"."end_seen_at" > "t211"."start_seen_at"
                              THEN NULLIF(GREATEST(COALESCE("t211"."start_rank", -1), COALESCE("t211"."end_rank", -1)), -1)
                              ELSE CAST(NULL AS BIGINT)
                            END
                            ELSE CAST(NULL AS BIGINT)
                          END AS "followers_gained__provenance",
                          CASE
                            WHEN "t211"."is_brand" = FALSE
                            THEN CASE
                              WHEN CASE
                                WHEN "t211"."end_seen_at" > "t211"."start_seen_at"
                                THEN (
                                  CAST((
                                    "t211"."start_followers" - "t211"."before_followers"
                                  ) AS DOUBLE PRECISION) / NULLIF(CAST("t211"."start_seen_at" - "t211"."before_seen_at" AS DOUBLE PRECISION), 0)
                                ) * (
                                  "t211"."end_seen_at" - "t211"."start_seen_at"
                                )
                                ELSE CAST(NULL AS DOUBLE PRECISION)
                              END IS NOT NULL
                              THEN NULLIF(
                                GREATEST(
                                  COALESCE(
                                    CASE
                                      WHEN "t211"."end_seen_at" > "t211"."start_seen_at"
                                      THEN NULLIF(GREATEST(COALESCE("t211"."start_rank", -1), COALESCE("t211"."end_rank", -1)), -1)
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    -1
                                  ),
                                  COALESCE("t211"."before_rank", -1)
                                ),
                                -1
                              )
                              ELSE CAST(NULL AS BIGINT)
                            END
                            ELSE CAST(NULL AS BIGINT)
                          END AS "followers_expected_gain__provenance",
                          CASE
                            WHEN "t211"."is_brand" = TRUE
                            THEN "t211"."start_followers"
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "brand_followers_start",
                          CASE
                            WHEN "t211"."is_brand" = TRUE
                            THEN CASE
                              WHEN "t211"."end_seen_at" > "t211"."start_seen_at"
                              THEN "t211"."end_followers" - "t211"."start_followers"
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "brand_followers_gained",
                          CASE
                            WHEN "t211"."is_brand" = TRUE
                            THEN CASE
                              WHEN "t211"."end_seen_at" > "t211"."start_seen_at"
                              THEN (
                                CAST((
                                  "t211"."start_followers" - "t211"."before_followers"
                                ) AS DOUBLE PRECISION) / NULLIF(CAST("t211"."start_seen_at" - "t211"."before_seen_at" AS DOUBLE PRECISION), 0)
                              ) * (
                                "t211"."end_seen_at" - "t211"."start_seen_at"
                              )
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "brand_followers_expected_gain",
                          CAST(CASE
                            WHEN "t211"."is_brand" = TRUE
                            THEN "t211"."start_rank"
                            ELSE CAST(NULL AS SMALLINT)
                          END AS BIGINT) AS "brand_followers_start__provenance",
                          CASE
                            WHEN "t211"."is_brand" = TRUE
                            THEN CASE
                              WHEN "t211"."end_seen_at" > "t211"."start_seen_at"
                              THEN NULLIF(GREATEST(COALESCE("t211"."start_rank", -1), COALESCE("t211"."end_rank", -1)), -1)
                              ELSE CAST(NULL AS BIGINT)
                            END
                            ELSE CAST(NULL AS BIGINT)
                          END AS "brand_followers_gained__provenance",
                          CASE
                            WHEN "t211"."is_brand" = TRUE
                            THEN CASE
                              WHEN CASE
                                WHEN "t211"."end_seen_at" > "t211"."start_seen_at"
                                THEN (
                                  CAST((
                                    "t211"."start_followers" - "t211"."before_followers"
                                  ) AS DOUBLE PRECISION) / NULLIF(CAST("t211"."start_seen_at" - "t211"."before_seen_at" AS DOUBLE PRECISION), 0)
                                ) * (
                                  "t211"."end_seen_at" - "t211"."start_seen_at"
                                )
                                ELSE CAST(NULL AS DOUBLE PRECISION)
                              END IS NOT NULL
                              THEN NULLIF(
                                GREATEST(
                                  COALESCE(
                                    CASE
                                      WHEN "t211"."end_seen_at" > "t211"."start_seen_at"
                                      THEN NULLIF(GREATEST(COALESCE("t211"."start_rank", -1), COALESCE("t211"."end_rank", -1)), -1)
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    -1
                                  ),
                                  COALESCE("t211"."before_rank", -1)
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
                          CAST(NULL AS DOUBLE PRECISION) AS "priced_orders",
                          CAST(NULL AS DOUBLE PRECISION) AS "revenue",
                          CAST(NULL AS DOUBLE PRECISION) AS "new_customers",
                          CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                        FROM (
                          SELECT
                            "t202"."campaign_id",
                            "t202"."campaign",
                            "t202"."influencer_id",
                            "t202"."influencer",
                            "t202"."account_id",
                            "t202"."platform",
                            "t202"."is_brand",
                            "t202"."day",
                            "t202"."start_at",
                            "t202"."end_at",
                            "t202"."start_followers",
                            "t202"."start_seen_at",
                            "t202"."start_rank",
                            "t202"."end_followers",
                            "t202"."end_seen_at",
                            "t202"."end_rank",
                            "t190"."before_followers",
                            "t190"."before_seen_at",
                            "t190"."before_rank"
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
                                "t192"."start_followers",
                                "t192"."start_seen_at",
                                "t192"."start_rank"
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
                                      "t111"."campaign_id",
                                      "t111"."account_id",
                                      FALSE AS "is_brand"
                                    FROM (
                                      SELECT DISTINCT
                                        "t98"."campaign_id",
                                        "t98"."account_id"
                                      FROM "campaign_posts_in" AS "t98"
                                    ) AS "t111"
                                  ) AS "t119"
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      CAST("t64"."id" AS BIGINT) AS "campaign_id",
                                      CAST("t20"."id" AS BIGINT) AS "account_id",
                                      TRUE AS "is_brand"
                                    FROM "t24" AS "t64"
                                    INNER JOIN (
                                      SELECT
                                        *
                                      FROM "influencer" AS "t5"
                                      WHERE
                                        "t5"."is_brand"
                                    ) AS "t31"
                                      ON "t31"."workspace_id" = "t64"."workspace_id"
                                    INNER JOIN "account" AS "t20"
                                      ON "t20"."influencer_id" = "t31"."id"
                                  ) AS "t87"
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
                                  "t183"."campaign_id",
                                  "t183"."account_id",
                                  CAST("t183"."followers" AS DOUBLE PRECISION) AS "start_followers",
                                  "t183"."at" AS "start_seen_at",
                                  "t183"."rank" AS "start_rank"
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
                                ) AS "t183"
                                WHERE
                                  "t183"."order" = 0
                              ) AS "t192"
                                ON "t150"."campaign_id" = "t192"."campaign_id"
                                AND "t150"."account_id" = "t192"."account_id"
                            ) AS "t197"
                            LEFT OUTER JOIN (
                              SELECT
                                "t178"."campaign_id",
                                "t178"."account_id",
                                CAST("t178"."followers" AS DOUBLE PRECISION) AS "end_followers",
                                "t178"."at" AS "end_seen_at",
                                "t178"."rank" AS "end_rank"
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
                              ) AS "t178"
                              WHERE
                                "t178"."order" = 0
                            ) AS "t188"
                              ON "t197"."campaign_id" = "t188"."campaign_id"
                              AND "t197"."account_id" = "t188"."account_id"
                          ) AS "t202"
                          LEFT OUTER JOIN (
                            SELECT
                              "t181"."campaign_id",
                              "t181"."account_id",
                              CAST("t181"."followers" AS DOUBLE PRECISION) AS "before_followers",
                              "t181"."at" AS "before_seen_at",
                              "t181"."rank" AS "before_rank"
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
                                    "t69"."followers",
                                    "t69"."at",
                                    "t69"."rank"
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
                                          "t111"."campaign_id",
                                          "t111"."account_id",
                                          FALSE AS "is_brand"
                                        FROM (
                                          SELECT DISTINCT
                                            "t98"."campaign_id",
                                            "t98"."account_id"
                                          FROM "campaign_posts_in" AS "t98"
                                        ) AS "t111"
                                      ) AS "t119"
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST("t64"."id" AS BIGINT) AS "campaign_id",
                                          CAST("t20"."id" AS BIGINT) AS "account_id",
                                          TRUE AS "is_brand"
                                        FROM "t24" AS "t64"
                                        INNER JOIN (
                                          SELECT
                                            *
                                          FROM "influencer" AS "t5"
                                          WHERE
                                            "t5"."is_brand"
                                        ) AS "t31"
                                          ON "t31"."workspace_id" = "t64"."workspace_id"
                                        INNER JOIN "account" AS "t20"
                                          ON "t20"."influencer_id" = "t31"."id"
                                      ) AS "t87"
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
                                  ) AS "t69"
                                    ON "t150"."account_id" = "t69"."account_id"
                                ) AS "t166"
                                WHERE
                                  "t166"."at" <= (
                                    "t166"."start_at" - (
                                      "t166"."end_at" - "t166"."start_at"
                                    )
                                  )
                              ) AS "t175"
                            ) AS "t181"
                            WHERE
                              "t181"."order" = 0
                          ) AS "t190"
                            ON "t202"."campaign_id" = "t190"."campaign_id"
                            AND "t202"."account_id" = "t190"."account_id"
                        ) AS "t211"
                      ) AS "t220"
                    ) AS "t226"
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
                        CAST(NULL AS DOUBLE PRECISION) AS "priced_orders",
                        CAST(NULL AS DOUBLE PRECISION) AS "revenue",
                        CAST(NULL AS DOUBLE PRECISION) AS "new_customers",
                        CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                      FROM (
                        SELECT
                          CAST("t50"."campaign_id" AS BIGINT) AS "campaign_id",
                          CAST("t15"."name" AS VARCHAR) AS "campaign",
                          CAST("t50"."influencer_id" AS BIGINT) AS "influencer_id",
                          CAST("t17"."name" AS VARCHAR) AS "influencer",
                          "t15"."start_date" AS "day",
                          CAST(1 AS DOUBLE PRECISION) AS "influencers_contacted",
                          CAST(CASE WHEN "t50"."status" IN ('interested', 'activated') THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "influencers_interested",
                          CAST("t50"."posts_contracted" AS DOUBLE PRECISION) AS "posts_contracted",
                          CAST("t50"."products_sent" AS DOUBLE PRECISION) AS "products_sent"
                        FROM (
                          SELECT
                            *
                          FROM "roster" AS "t4"
                          WHERE
                            "t4"."campaign_id" IN (1)
                        ) AS "t50"
                        INNER JOIN "campaign" AS "t15"
                          ON "t50"."campaign_id" = "t15"."id"
                        INNER JOIN "influencer" AS "t17"
                          ON "t50"."influencer_id" = "t17"."id"
                      ) AS "t91"
                    ) AS "t103"
                  ) AS "t227"
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t162"."campaign_id",
                      "t162"."campaign",
                      CAST(NULL AS BIGINT) AS "influencer_id",
                      CAST(NULL AS VARCHAR) AS "influencer",
                      CAST(NULL AS BIGINT) AS "account_id",
                      CAST(NULL AS VARCHAR) AS "platform",
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
                      "t162"."link_clicks",
                      "t162"."unique_link_clicks",
                      "t162"."bot_link_clicks",
                      CAST(NULL AS DOUBLE PRECISION) AS "sessions",
                      CAST(NULL AS DOUBLE PRECISION) AS "new_users",
                      CAST(NULL AS DOUBLE PRECISION) AS "engaged_sessions",
                      CAST(NULL AS DOUBLE PRECISION) AS "bounced_sessions",
                      CAST(NULL AS DOUBLE PRECISION) AS "session_seconds",
                      CAST(NULL AS DOUBLE PRECISION) AS "page_views",
                      CAST(NULL AS DOUBLE PRECISION) AS "key_events",
                      CAST(NULL AS DOUBLE PRECISION) AS "orders",
                      CAST(NULL AS DOUBLE PRECISION) AS "priced_orders",
                      CAST(NULL AS DOUBLE PRECISION) AS "revenue",
                      CAST(NULL AS DOUBLE PRECISION) AS "new_customers",
                      CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                    FROM (
                      SELECT
                        "t149"."campaign_id",
                        "t149"."link_clicks",
                        "t149"."unique_link_clicks",
                        "t149"."bot_link_clicks",
                        CAST("t15"."name" AS VARCHAR) AS "campaign"
                      FROM (
                        SELECT
                          "t132"."campaign_id",
                          SUM("t132"."link_clicks") AS "link_clicks",
                          SUM("t132"."unique_link_clicks") AS "unique_link_clicks",
                          SUM("t132"."bot_link_clicks") AS "bot_link_clicks"
                        FROM (
                          SELECT
                            CAST("t54"."campaign_id" AS BIGINT) AS "campaign_id",
                            CAST("t54"."influencer_id" AS BIGINT) AS "influencer_id",
                            CAST("t54"."platform" AS VARCHAR) AS "platform",
                            "t117"."link_clicks",
                            "t117"."unique_link_clicks",
                            "t117"."bot_link_clicks"
                          FROM (
                            SELECT
                              "t97"."link_id",
                              SUM("t97"."link_clicks") AS "link_clicks",
                              SUM("t97"."unique_link_clicks") AS "unique_link_clicks",
                              SUM("t97"."bot_link_clicks") AS "bot_link_clicks"
                            FROM (
                              SELECT
                                "t56"."link_id",
                                CAST(CASE WHEN NOT (
                                  "t56"."is_bot"
                                ) THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "link_clicks",
                                CAST(CASE WHEN NOT (
                                  "t56"."is_bot"
                                ) AND "t56"."is_unique" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "unique_link_clicks",
                                CAST(CASE WHEN "t56"."is_bot" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "bot_link_clicks"
                              FROM (
                                SELECT
                                  *
                                FROM "click" AS "t9"
                                WHERE
                                  "t9"."clicked_at" <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                              ) AS "t56"
                              INNER JOIN (
                                SELECT
                                  "t8"."id" AS "link_id"
                                FROM "link" AS "t8"
                                WHERE
                                  "t8"."campaign_id" IN (1)
                              ) AS "t55"
                                ON "t56"."link_id" = "t55"."link_id"
                            ) AS "t97"
                            GROUP BY
                              1
                          ) AS "t117"
                          INNER JOIN (
                            SELECT
                              *
                            FROM "link" AS "t8"
                            WHERE
                              "t8"."campaign_id" IN (1)
                          ) AS "t54"
                            ON "t117"."link_id" = "t54"."id"
                        ) AS "t132"
                        GROUP BY
                          1
                      ) AS "t149"
                      INNER JOIN "campaign" AS "t15"
                        ON "t149"."campaign_id" = "t15"."id"
                    ) AS "t162"
                  ) AS "t167"
                ) AS "t228"
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    "t112"."campaign_id",
                    "t112"."campaign",
                    CAST(NULL AS BIGINT) AS "influencer_id",
                    CAST(NULL AS VARCHAR) AS "influencer",
                    CAST(NULL AS BIGINT) AS "account_id",
                    CAST(NULL AS VARCHAR) AS "platform",
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
                    CAST(NULL AS DOUBLE PRECISION) AS "priced_orders",
                    CAST(NULL AS DOUBLE PRECISION) AS "revenue",
                    CAST(NULL AS DOUBLE PRECISION) AS "new_customers",
                    CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                  FROM (
                    SELECT
                      "t92"."campaign_id",
                      "t92"."sessions",
                      "t92"."new_users",
                      "t92"."engaged_sessions",
                      "t92"."bounced_sessions",
                      "t92"."session_seconds",
                      "t92"."page_views",
                      "t92"."key_events",
                      CAST("t15"."name" AS VARCHAR) AS "campaign"
                    FROM (
                      SELECT
                        "t52"."campaign_id",
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
                          "t6"."campaign_id" IN (1)
                          AND "t6"."day" <= MAKE_DATE(2026, 3, 31)
                          AND "t6"."campaign_id" IS NOT NULL
                      ) AS "t52"
                      GROUP BY
                        1
                    ) AS "t92"
                    INNER JOIN "campaign" AS "t15"
                      ON "t92"."campaign_id" = "t15"."id"
                  ) AS "t112"
                ) AS "t122"
              ) AS "t229"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t121"."campaign_id",
                  "t121"."campaign",
                  CAST(NULL AS BIGINT) AS "influencer_id",
                  CAST(NULL AS VARCHAR) AS "influencer",
                  CAST(NULL AS BIGINT) AS "account_id",
                  CAST(NULL AS VARCHAR) AS "platform",
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
                  "t121"."orders",
                  "t121"."priced_orders",
                  "t121"."revenue",
                  "t121"."new_customers",
                  CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                FROM (
                  SELECT
                    "t102"."campaign_id",
                    "t102"."orders",
                    "t102"."priced_orders",
                    "t102"."revenue",
                    "t102"."new_customers",
                    CAST("t15"."name" AS VARCHAR) AS "campaign"
                  FROM (
                    SELECT
                      "t71"."campaign_id",
                      SUM("t71"."orders") AS "orders",
                      SUM("t71"."priced_orders") AS "priced_orders",
                      SUM("t71"."revenue") AS "revenue",
                      SUM("t71"."new_customers") AS "new_customers"
                    FROM (
                      SELECT
                        CAST("t3"."campaign_id" AS BIGINT) AS "campaign_id",
                        CAST("t3"."influencer_id" AS BIGINT) AS "influencer_id",
                        "t3"."platform",
                        "t3"."ordered_on" AS "day",
                        CAST(CASE WHEN NOT (
                          "t3"."reversed"
                        ) THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "orders",
                        CAST(CASE
                          WHEN NOT (
                            "t3"."reversed"
                          ) AND (
                            "t3"."campaign_revenue" IS NOT NULL
                          )
                          THEN 1
                          ELSE 0
                        END AS DOUBLE PRECISION) AS "priced_orders",
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
                        "t3"."campaign_id" IN (1) AND "t3"."ordered_on" <= MAKE_DATE(2026, 3, 31)
                    ) AS "t71"
                    GROUP BY
                      1
                  ) AS "t102"
                  INNER JOIN "campaign" AS "t15"
                    ON "t102"."campaign_id" = "t15"."id"
                ) AS "t121"
              ) AS "t129"
            ) AS "t230"
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
                CAST(NULL AS DOUBLE PRECISION) AS "priced_orders",
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
            ) AS "t74"
          ) AS "t233"
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
              ) AS "t45"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t135"."key",
                  "t135"."rate"
                FROM (
                  SELECT
                    "t110"."key",
                    "t110"."on",
                    "t110"."rate",
                    "t110"."valid",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t110"."key"
                      ORDER BY CASE WHEN "t110"."valid" <= "t110"."on" THEN 0 ELSE 1 END ASC, ABS("t110"."valid" - "t110"."on") ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "order"
                  FROM (
                    SELECT
                      "t66"."key",
                      "t66"."on",
                      "t78"."rate",
                      EXTRACT('epoch' FROM CAST("t78"."valid_on" AS TIMESTAMPTZ)) AS "valid"
                    FROM (
                      SELECT
                        CAST("t0"."id" AS BIGINT) AS "key",
                        'EUR' AS "base",
                        CAST("t0"."currency" AS VARCHAR) AS "quote",
                        EXTRACT('epoch' FROM CAST("t0"."start_date" AS TIMESTAMPTZ)) AS "on"
                      FROM "campaign" AS "t0"
                    ) AS "t66"
                    INNER JOIN "t70" AS "t78"
                      ON "t66"."base" = "t78"."base" AND "t66"."quote" = "t78"."quote"
                  ) AS "t110"
                ) AS "t135"
                WHERE
                  "t135"."order" = 0
              ) AS "t141"
            ) AS "t148"
          ) AS "t158"
            ON "t233"."campaign_id" = "t158"."campaign_id"
        ) AS "t236"
        LEFT OUTER JOIN (
          SELECT
            "t1"."account_id",
            "t1"."inauthentic_share"
          FROM "account_audit" AS "t1"
        ) AS "t26"
          ON "t236"."account_id" = "t26"."account_id"
      ) AS "t238"
    ) AS "t241"
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
        ) AS "t44"
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
                "t65"."key",
                "t65"."on",
                "t77"."rate",
                EXTRACT('epoch' FROM CAST("t77"."valid_on" AS TIMESTAMPTZ)) AS "valid"
              FROM (
                SELECT
                  CAST("t0"."id" AS BIGINT) AS "key",
                  'USD' AS "base",
                  CAST("t0"."currency" AS VARCHAR) AS "quote",
                  EXTRACT('epoch' FROM CAST("t0"."start_date" AS TIMESTAMPTZ)) AS "on"
                FROM "campaign" AS "t0"
              ) AS "t65"
              INNER JOIN "t70" AS "t77"
                ON "t65"."base" = "t77"."base" AND "t65"."quote" = "t77"."quote"
            ) AS "t109"
          ) AS "t134"
          WHERE
            "t134"."order" = 0
        ) AS "t140"
      ) AS "t147"
    ) AS "t157"
      ON "t241"."campaign_id" = "t157"."campaign_id"
  ) AS "t243"
  WHERE
    "t243"."campaign_id" IN (1)
    AND (
      (
        "t243"."bot_link_clicks" IS NOT NULL
      )
      OR (
        "t243"."bounced_sessions" IS NOT NULL
      )
      OR (
        "t243"."brand_followers_expected_gain" IS NOT NULL
      )
      OR (
        "t243"."brand_followers_gained" IS NOT NULL
      )
      OR (
        "t243"."brand_followers_start" IS NOT NULL
      )
      OR (
        "t243"."brand_mention_engagements" IS NOT NULL
      )
      OR (
        "t243"."brand_mentions" IS NOT NULL
      )
      OR (
        "t243"."clicks" IS NOT NULL
      )
      OR (
        "t243"."comments" IS NOT NULL
      )
      OR (
        "t243"."cost" IS NOT NULL
      )
      OR (
        "t243"."disclosed_sponsored_posts" IS NOT NULL
      )
      OR (
        "t243"."emv" IS NOT NULL
      )
      OR (
        "t243"."emv_authentic" IS NOT NULL
      )
      OR (
        "t243"."engagements" IS NOT NULL
      )
      OR (
        "t243"."er_followers_post" IS NOT NULL
      )
      OR (
        "t243"."er_impressions_post" IS NOT NULL
      )
      OR (
        "t243"."er_reach_post" IS NOT NULL
      )
      OR (
        "t243"."er_views_post" IS NOT NULL
      )
      OR (
        "t243"."followers" IS NOT NULL
      )
      OR (
        "t243"."followers_expected_gain" IS NOT NULL
      )
      OR (
        "t243"."followers_gained" IS NOT NULL
      )
      OR (
        "t243"."followers_start" IS NOT NULL
      )
      OR (
        "t243"."impressions" IS NOT NULL
      )
      OR (
        "t243"."impressions_with_estimates" IS NOT NULL
      )
      OR (
        "t243"."influencers_contacted" IS NOT NULL
      )
      OR (
        "t243"."influencers_interested" IS NOT NULL
      )
      OR (
        "t243"."key_events" IS NOT NULL
      )
      OR (
        "t243"."key_message_posts" IS NOT NULL
      )
      OR (
        "t243"."key_messages" IS NOT NULL
      )
      OR (
        "t243"."likes" IS NOT NULL
      )
      OR (
        "t243"."link_clicks" IS NOT NULL
      )
      OR (
        "t243"."mention_engagements" IS NOT NULL
      )
      OR (
        "t243"."mentions" IS NOT NULL
      )
      OR (
        "t243"."new_customers" IS NOT NULL
      )
      OR (
        "t243"."new_users" IS NOT NULL
      )
      OR (
        "t243"."orders" IS NOT NULL
      )
      OR (
        "t243"."page_views" IS NOT NULL
      )
      OR (
        (
          CAST("t243"."cost" AS DOUBLE PRECISION) / (
            CASE
              WHEN "t243"."platform" = 'tiktok'
              THEN CAST(NULL AS DOUBLE PRECISION)
              WHEN "t243"."platform" = 'youtube'
              THEN CAST(NULL AS DOUBLE PRECISION)
              ELSE 1.88
            END * "t243"."paid_rate"
          )
        ) IS NOT NULL
      )
      OR (
        (
          (
            CAST("t243"."cost" AS DOUBLE PRECISION) / (
              CASE
                WHEN "t243"."platform" = 'tiktok'
                THEN 7.5
                WHEN "t243"."platform" = 'youtube'
                THEN 3.53
                ELSE 19.8
              END * "t243"."paid_rate"
            )
          ) * 1000
        ) IS NOT NULL
      )
      OR (
        (
          CAST("t243"."cost" AS DOUBLE PRECISION) / (
            CASE
              WHEN "t243"."platform" = 'youtube'
              THEN 0.026
              ELSE CAST(NULL AS DOUBLE PRECISION)
            END * "t243"."paid_rate"
          )
        ) IS NOT NULL
      )
      OR (
        "t243"."post_id" IS NOT NULL
      )
      OR (
        "t243"."post_platform" IS NOT NULL
      )
      OR (
        "t243"."posts_contracted" IS NOT NULL
      )
      OR (
        "t243"."priced_orders" IS NOT NULL
      )
      OR (
        "t243"."products_sent" IS NOT NULL
      )
      OR (
        "t243"."publishing_influencer" IS NOT NULL
      )
      OR (
        "t243"."reach" IS NOT NULL
      )
      OR (
        "t243"."revenue" IS NOT NULL
      )
      OR (
        "t243"."saves" IS NOT NULL
      )
      OR (
        "t243"."session_seconds" IS NOT NULL
      )
      OR (
        "t243"."sessions" IS NOT NULL
      )
      OR (
        "t243"."shares" IS NOT NULL
      )
      OR (
        "t243"."sponsored_posts" IS NOT NULL
      )
      OR (
        "t243"."ugc_post" IS NOT NULL
      )
      OR (
        "t243"."unique_link_clicks" IS NOT NULL
      )
      OR (
        "t243"."views" IS NOT NULL
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
    CAST("t255"."reach_rate__first" AS DOUBLE PRECISION) / NULLIF("t255"."reach_rate__second", 0)
  ) * 100 AS "reach_rate",
  "t255"."brand_mentions",
  (
    "t255"."brand_mentions" / NULLIF("t255"."mentions", 0)
  ) * 100 AS "share_of_voice",
  (
    CAST("t255"."brand_mention_engagements" AS DOUBLE PRECISION) / NULLIF("t255"."mention_engagements", 0)
  ) * 100 AS "share_of_engagement",
  "t255"."key_message_posts",
  (
    "t255"."key_message_posts" / NULLIF(CAST("t255"."posts" AS DOUBLE PRECISION), 0)
  ) * 100 AS "key_message_rate",
  "t255"."posts",
  "t255"."posts_contracted",
  (
    CAST("t255"."posts" AS DOUBLE PRECISION) / NULLIF("t255"."posts_contracted", 0)
  ) * 100 AS "posts_delivery_rate",
  "t255"."ugc_posts",
  "t255"."likes",
  "t255"."comments",
  "t255"."shares",
  "t255"."saves",
  "t255"."engagements",
  (
    CAST("t255"."engagement_rate_reach__first" AS DOUBLE PRECISION) / NULLIF("t255"."engagement_rate_reach__second", 0)
  ) * 100 AS "engagement_rate_reach",
  (
    CAST("t255"."engagement_rate_followers__first" AS DOUBLE PRECISION) / NULLIF("t255"."engagement_rate_followers__second", 0)
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
    CAST("t255"."engagement_rate_impressions__first" AS DOUBLE PRECISION) / NULLIF("t255"."engagement_rate_impressions__second", 0)
  ) * 100 AS "engagement_rate_impressions",
  "t255"."er_impressions_post_mean" AS "engagement_rate_impressions_post_mean",
  "t255"."er_impressions_post_median" AS "engagement_rate_impressions_post_median",
  "t255"."er_impressions_account_mean" AS "engagement_rate_impressions_account_mean",
  "t255"."er_impressions_account_median" AS "engagement_rate_impressions_account_median",
  (
    CAST("t255"."engagement_rate_views__first" AS DOUBLE PRECISION) / NULLIF("t255"."engagement_rate_views__second", 0)
  ) * 100 AS "engagement_rate_views",
  "t255"."er_views_post_mean" AS "engagement_rate_views_post_mean",
  "t255"."er_views_post_median" AS "engagement_rate_views_post_median",
  "t255"."er_views_account_mean" AS "engagement_rate_views_account_mean",
  "t255"."er_views_account_median" AS "engagement_rate_views_account_median",
  "t255"."clicks" AS "platform_link_clicks",
  "t255"."followers_gained",
  (
    CAST("t255"."follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t255"."follower_growth_rate__second", 0)
  ) * 100 AS "follower_growth_rate",
  "t255"."followers_gained_above_trend__first" - "t255"."followers_gained_above_trend__second" AS "followers_gained_above_trend",
  "t255"."brand_followers_gained",
  (
    CAST("t255"."brand_follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t255"."brand_follower_growth_rate__second", 0)
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
    CAST("t255"."bounced_sessions" AS DOUBLE PRECISION) / NULLIF("t255"."sessions", 0)
  ) * 100 AS "bounce_rate",
  CAST("t255"."session_seconds" AS DOUBLE PRECISION) / NULLIF("t255"."sessions", 0) AS "average_session_duration",
  CAST("t255"."page_views" AS DOUBLE PRECISION) / NULLIF("t255"."sessions", 0) AS "pages_per_session",
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
    CAST((
      "t255"."revenue" - "t255"."cost"
    ) AS DOUBLE PRECISION) / NULLIF("t255"."cost", 0)
  ) * 100 AS "return_on_investment",
  (
    CAST((
      "t255"."revenue" - "t255"."cost"
    ) AS DOUBLE PRECISION) / NULLIF("t255"."revenue", 0)
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
    CAST("t255"."impressions_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t255"."impressions_vs_paid__second", 0)
  ) * 100 AS "impressions_vs_paid",
  (
    CAST("t255"."clicks_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t255"."clicks_vs_paid__second", 0)
  ) * 100 AS "clicks_vs_paid",
  (
    CAST("t255"."views_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t255"."views_vs_paid__second", 0)
  ) * 100 AS "views_vs_paid",
  CASE
    WHEN "t255"."key_messages" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_messages__provenance",
  CASE
    WHEN "t255"."platforms_selected" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "platforms_selected__provenance",
  CASE
    WHEN "t255"."influencers_contacted" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_contacted__provenance",
  CASE
    WHEN "t255"."influencers_interested" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_interested__provenance",
  CASE
    WHEN (
      (
        CAST("t255"."influencers_interested" AS DOUBLE PRECISION) / NULLIF("t255"."influencers_contacted", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_interested_rate__provenance",
  CASE
    WHEN "t255"."influencers_activated" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_activated__provenance",
  CASE
    WHEN "t255"."products_sent" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "products_sent__provenance",
  CASE
    WHEN "t255"."reach" IS NOT NULL
    THEN COALESCE("t255"."reach__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "reach__provenance",
  CASE
    WHEN "t255"."impressions" IS NOT NULL
    THEN COALESCE("t255"."impressions__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions__provenance",
  CASE
    WHEN "t255"."views" IS NOT NULL
    THEN COALESCE("t255"."views__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "views__provenance",
  CASE
    WHEN "t255"."impressions_with_estimates" IS NOT NULL
    THEN COALESCE("t255"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions_with_estimates__provenance",
  CASE
    WHEN (
      (
        CAST("t255"."reach_rate__first" AS DOUBLE PRECISION) / NULLIF("t255"."reach_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t255"."reach_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "reach_rate__provenance",
  CASE
    WHEN "t255"."brand_mentions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_mentions__provenance",
  CASE
    WHEN (
      (
        CAST("t255"."brand_mentions" AS DOUBLE PRECISION) / NULLIF("t255"."mentions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "share_of_voice__provenance",
  CASE
    WHEN (
      (
        CAST("t255"."brand_mention_engagements" AS DOUBLE PRECISION) / NULLIF("t255"."mention_engagements", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "share_of_engagement__provenance",
  CASE
    WHEN "t255"."key_message_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_message_posts__provenance",
  CASE
    WHEN (
      (
        CAST("t255"."key_message_posts" AS DOUBLE PRECISION) / NULLIF(CAST("t255"."posts" AS DOUBLE PRECISION), 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_message_rate__provenance",
  CASE
    WHEN "t255"."posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts__provenance",
  CASE
    WHEN "t255"."posts_contracted" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts_contracted__provenance",
  CASE
    WHEN (
      (
        CAST("t255"."posts" AS DOUBLE PRECISION) / NULLIF("t255"."posts_contracted", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts_delivery_rate__provenance",
  CASE
    WHEN "t255"."ugc_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "ugc_posts__provenance",
  CASE
    WHEN "t255"."likes" IS NOT NULL
    THEN COALESCE("t255"."likes__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "likes__provenance",
  CASE
    WHEN "t255"."comments" IS NOT NULL
    THEN COALESCE("t255"."comments__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "comments__provenance",
  CASE
    WHEN "t255"."shares" IS NOT NULL
    THEN COALESCE("t255"."shares__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "shares__provenance",
  CASE
    WHEN "t255"."saves" IS NOT NULL
    THEN COALESCE("t255"."saves__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "saves__provenance",
  CASE
    WHEN "t255"."engagements" IS NOT NULL
    THEN COALESCE("t255"."engagements__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagements__provenance",
  CASE
    WHEN (
      (
        CAST("t255"."engagement_rate_reach__first" AS DOUBLE PRECISION) / NULLIF("t255"."engagement_rate_reach__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t255"."engagement_rate_reach__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach__provenance",
  CASE
    WHEN (
      (
        CAST("t255"."engagement_rate_followers__first" AS DOUBLE PRECISION) / NULLIF("t255"."engagement_rate_followers__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t255"."engagement_rate_followers__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers__provenance",
  CASE
    WHEN "t255"."er_reach_post_mean" IS NOT NULL
    THEN COALESCE("t255"."er_reach_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_post_mean__provenance",
  CASE
    WHEN "t255"."er_reach_post_median" IS NOT NULL
    THEN COALESCE("t255"."er_reach_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_post_median__provenance",
  CASE
    WHEN "t255"."er_reach_account_mean" IS NOT NULL
    THEN COALESCE("t255"."er_reach_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_account_mean__provenance",
  CASE
    WHEN "t255"."er_reach_account_median" IS NOT NULL
    THEN COALESCE("t255"."er_reach_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_account_median__provenance",
  CASE
    WHEN "t255"."er_followers_post_mean" IS NOT NULL
    THEN COALESCE("t255"."er_followers_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_post_mean__provenance",
  CASE
    WHEN "t255"."er_followers_post_median" IS NOT NULL
    THEN COALESCE("t255"."er_followers_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_post_median__provenance",
  CASE
    WHEN "t255"."er_followers_account_mean" IS NOT NULL
    THEN COALESCE("t255"."er_followers_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_account_mean__provenance",
  CASE
    WHEN "t255"."er_followers_account_median" IS NOT NULL
    THEN COALESCE("t255"."er_followers_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_account_median__provenance",
  CASE
    WHEN (
      (
        CAST("t255"."engagement_rate_impressions__first" AS DOUBLE PRECISION) / NULLIF("t255"."engagement_rate_impressions__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t255"."engagement_rate_impressions__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions__provenance",
  CASE
    WHEN "t255"."er_impressions_post_mean" IS NOT NULL
    THEN COALESCE("t255"."er_impressions_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_post_mean__provenance",
  CASE
    WHEN "t255"."er_impressions_post_median" IS NOT NULL
    THEN COALESCE("t255"."er_impressions_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_post_median__provenance",
  CASE
    WHEN "t255"."er_impressions_account_mean" IS NOT NULL
    THEN COALESCE("t255"."er_impressions_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_account_mean__provenance",
  CASE
    WHEN "t255"."er_impressions_account_median" IS NOT NULL
    THEN COALESCE("t255"."er_impressions_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_account_median__provenance",
  CASE
    WHEN (
      (
        CAST("t255"."engagement_rate_views__first" AS DOUBLE PRECISION) / NULLIF("t255"."engagement_rate_views__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t255"."engagement_rate_views__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views__provenance",
  CASE
    WHEN "t255"."er_views_post_mean" IS NOT NULL
    THEN COALESCE("t255"."er_views_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_post_mean__provenance",
  CASE
    WHEN "t255"."er_views_post_median" IS NOT NULL
    THEN COALESCE("t255"."er_views_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_post_median__provenance",
  CASE
    WHEN "t255"."er_views_account_mean" IS NOT NULL
    THEN COALESCE("t255"."er_views_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_account_mean__provenance",
  CASE
    WHEN "t255"."er_views_account_median" IS NOT NULL
    THEN COALESCE("t255"."er_views_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_account_median__provenance",
  CASE
    WHEN "t255"."clicks" IS NOT NULL
    THEN COALESCE("t255"."clicks__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "platform_link_clicks__provenance",
  CASE
    WHEN "t255"."followers_gained" IS NOT NULL
    THEN COALESCE("t255"."followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "followers_gained__provenance",
  CASE
    WHEN (
      (
        CAST("t255"."follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t255"."follower_growth_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t255"."follower_growth_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "follower_growth_rate__provenance",
  CASE
    WHEN (
      "t255"."followers_gained_above_trend__first" - "t255"."followers_gained_above_trend__second"
    ) IS NOT NULL
    THEN COALESCE("t255"."followers_gained_above_trend__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "followers_gained_above_trend__provenance",
  CASE
    WHEN "t255"."brand_followers_gained" IS NOT NULL
    THEN COALESCE("t255"."brand_followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_followers_gained__provenance",
  CASE
    WHEN (
      (
        CAST("t255"."brand_follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t255"."brand_follower_growth_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t255"."brand_follower_growth_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_follower_growth_rate__provenance",
  CASE
    WHEN (
      "t255"."brand_followers_gained_above_trend__first" - "t255"."brand_followers_gained_above_trend__second"
    ) IS NOT NULL
    THEN COALESCE("t255"."brand_followers_gained_above_trend__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_followers_gained_above_trend__provenance",
  CASE
    WHEN "t255"."link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "tracked_clicks__provenance",
  CASE
    WHEN "t255"."unique_link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "unique_clicks__provenance",
  CASE
    WHEN "t255"."bot_link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "bot_clicks__provenance",
  CASE
    WHEN (
      (
        CAST("t255"."link_clicks" AS DOUBLE PRECISION) / NULLIF("t255"."impressions_with_estimates", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t255"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "click_through_rate__provenance",
  CASE
    WHEN "t255"."sessions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "sessions__provenance",
  CASE
    WHEN "t255"."new_users" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "new_users__provenance",
  CASE
    WHEN (
      (
        CAST("t255"."bounced_sessions" AS DOUBLE PRECISION) / NULLIF("t255"."sessions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "bounce_rate__provenance",
  CASE
    WHEN (
      CAST("t255"."session_seconds" AS DOUBLE PRECISION) / NULLIF("t255"."sessions", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "average_session_duration__provenance",
  CASE
    WHEN (
      CAST("t255"."page_views" AS DOUBLE PRECISION) / NULLIF("t255"."sessions", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "pages_per_session__provenance",
  CASE
    WHEN "t255"."key_events" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "leads__provenance",
  CASE
    WHEN "t255"."orders" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "conversions__provenance",
  CASE
    WHEN (
      (
        CAST("t255"."orders" AS DOUBLE PRECISION) / NULLIF("t255"."unique_link_clicks", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "conversion_rate__provenance",
  CASE
    WHEN "t255"."revenue" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "revenue__provenance",
  CASE
    WHEN (
      CAST("t255"."revenue" AS DOUBLE PRECISION) / NULLIF("t255"."priced_orders", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "average_order_value__provenance",
  CASE
    WHEN "t255"."new_customers" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "new_customers__provenance",
  CASE
    WHEN (
      CAST("t255"."revenue" AS DOUBLE PRECISION) / NULLIF("t255"."cost", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_ad_spend__provenance",
  CASE
    WHEN (
      (
        CAST((
          "t255"."revenue" - "t255"."cost"
        ) AS DOUBLE PRECISION) / NULLIF("t255"."cost", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_investment__provenance",
  CASE
    WHEN (
      (
        CAST((
          "t255"."revenue" - "t255"."cost"
        ) AS DOUBLE PRECISION) / NULLIF("t255"."revenue", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "profitability__provenance",
  CASE
    WHEN "t255"."sponsored_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "sponsored_posts__provenance",
  CASE
    WHEN "t255"."disclosed_sponsored_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "disclosed_sponsored_posts__provenance",
  CASE
    WHEN (
      (
        CAST("t255"."disclosed_sponsored_posts" AS DOUBLE PRECISION) / NULLIF("t255"."sponsored_posts", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "disclosure_rate__provenance",
  CASE
    WHEN "t255"."cost" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost__provenance",
  CASE
    WHEN (
      (
        CAST("t255"."cost" AS DOUBLE PRECISION) / NULLIF("t255"."impressions_with_estimates", 0)
      ) * 1000
    ) IS NOT NULL
    THEN COALESCE("t255"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_mille__provenance",
  CASE
    WHEN (
      CAST("t255"."cost" AS DOUBLE PRECISION) / NULLIF("t255"."engagements", 0)
    ) IS NOT NULL
    THEN COALESCE("t255"."engagements__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_engagement__provenance",
  CASE
    WHEN (
      CAST("t255"."cost" AS DOUBLE PRECISION) / NULLIF("t255"."views", 0)
    ) IS NOT NULL
    THEN COALESCE("t255"."views__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_view__provenance",
  CASE
    WHEN (
      CAST("t255"."cost" AS DOUBLE PRECISION) / NULLIF("t255"."brand_followers_gained", 0)
    ) IS NOT NULL
    THEN COALESCE("t255"."brand_followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_new_follower__provenance",
  CASE
    WHEN (
      CAST("t255"."cost" AS DOUBLE PRECISION) / NULLIF("t255"."link_clicks", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_click__provenance",
  CASE
    WHEN (
      CAST("t255"."cost" AS DOUBLE PRECISION) / NULLIF("t255"."orders", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_acquisition__provenance",
  CASE
    WHEN (
      CAST("t255"."cost" AS DOUBLE PRECISION) / NULLIF("t255"."new_customers", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "customer_acquisition_cost__provenance",
  CASE
    WHEN (
      CAST("t255"."cost" AS DOUBLE PRECISION) / NULLIF("t255"."key_events", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_lead__provenance",
  CASE
    WHEN "t255"."emv" IS NOT NULL
    THEN COALESCE("t255"."emv__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv__provenance",
  CASE
    WHEN "t255"."emv_authentic" IS NOT NULL
    THEN COALESCE("t255"."emv_authentic__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv_authentic__provenance",
  CASE
    WHEN (
      CAST("t255"."emv" AS DOUBLE PRECISION) / NULLIF("t255"."cost", 0)
    ) IS NOT NULL
    THEN COALESCE("t255"."emv__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv_per_cost__provenance",
  CASE
    WHEN "t255"."paid_impressions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_impressions__provenance",
  CASE
    WHEN "t255"."paid_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_clicks__provenance",
  CASE
    WHEN "t255"."paid_views" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_views__provenance",
  CASE
    WHEN (
      (
        CAST("t255"."impressions_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t255"."impressions_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t255"."impressions_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions_vs_paid__provenance",
  CASE
    WHEN (
      (
        CAST("t255"."clicks_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t255"."clicks_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t255"."clicks_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "clicks_vs_paid__provenance",
  CASE
    WHEN (
      (
        CAST("t255"."views_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t255"."views_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t255"."views_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "views_vs_paid__provenance"
FROM (
  SELECT
    "t254"."campaign_id",
    "t254"."key_messages",
    "t254"."platforms_selected",
    "t254"."influencers_contacted",
    "t254"."influencers_interested",
    "t254"."influencers_activated",
    "t254"."products_sent",
    "t254"."reach",
    "t254"."impressions",
    "t254"."views",
    "t254"."impressions_with_estimates",
    "t254"."reach_rate__first",
    "t254"."reach_rate__second",
    "t254"."brand_mentions",
    "t254"."mentions",
    "t254"."brand_mention_engagements",
    "t254"."mention_engagements",
    "t254"."key_message_posts",
    "t254"."posts",
    "t254"."posts_contracted",
    "t254"."ugc_posts",
    "t254"."likes",
    "t254"."comments",
    "t254"."shares",
    "t254"."saves",
    "t254"."engagements",
    "t254"."engagement_rate_reach__first",
    "t254"."engagement_rate_reach__second",
    "t254"."engagement_rate_followers__first",
    "t254"."engagement_rate_followers__second",
    "t254"."er_reach_post_mean",
    "t254"."er_reach_post_median",
    "t254"."er_followers_post_mean",
    "t254"."er_followers_post_median",
    "t254"."engagement_rate_impressions__first",
    "t254"."engagement_rate_impressions__second",
    "t254"."er_impressions_post_mean",
    "t254"."er_impressions_post_median",
    "t254"."engagement_rate_views__first",
    "t254"."engagement_rate_views__second",
    "t254"."er_views_post_mean",
    "t254"."er_views_post_median",
    "t254"."clicks",
    "t254"."followers_gained",
    "t254"."follower_growth_rate__first",
    "t254"."follower_growth_rate__second",
    "t254"."followers_gained_above_trend__first",
    "t254"."followers_gained_above_trend__second",
    "t254"."brand_followers_gained",
    "t254"."brand_follower_growth_rate__first",
    "t254"."brand_follower_growth_rate__second",
    "t254"."brand_followers_gained_above_trend__first",
    "t254"."brand_followers_gained_above_trend__second",
    "t254"."link_clicks",
    "t254"."unique_link_clicks",
    "t254"."bot_link_clicks",
    "t254"."sessions",
    "t254"."new_users",
    "t254"."bounced_sessions",
    "t254"."session_seconds",
    "t254"."page_views",
    "t254"."key_events",
    "t254"."orders",
    "t254"."revenue",
    "t254"."priced_orders",
    "t254"."new_customers",
    "t254"."cost",
    "t254"."sponsored_posts",
    "t254"."disclosed_sponsored_posts",
    "t254"."emv",
    "t254"."emv_authentic",
    "t254"."paid_impressions",
    "t254"."paid_clicks",
    "t254"."paid_views",
    "t254"."impressions_vs_paid__first",
    "t254"."impressions_vs_paid__second",
    "t254"."clicks_vs_paid__first",
    "t254"."clicks_vs_paid__second",
    "t254"."views_vs_paid__first",
    "t254"."views_vs_paid__second",
    "t254"."reach__provenance",
    "t254"."impressions__provenance",
    "t254"."views__provenance",
    "t254"."impressions_with_estimates__provenance",
    "t254"."reach_rate__pair__provenance",
    "t254"."likes__provenance",
    "t254"."comments__provenance",
    "t254"."shares__provenance",
    "t254"."saves__provenance",
    "t254"."engagements__provenance",
    "t254"."engagement_rate_reach__pair__provenance",
    "t254"."engagement_rate_followers__pair__provenance",
    "t254"."er_reach_post_mean__provenance",
    "t254"."er_followers_post_mean__provenance",
    "t254"."engagement_rate_impressions__pair__provenance",
    "t254"."er_impressions_post_mean__provenance",
    "t254"."engagement_rate_views__pair__provenance",
    "t254"."er_views_post_mean__provenance",
    "t254"."clicks__provenance",
    "t254"."followers_gained__provenance",
    "t254"."follower_growth_rate__pair__provenance",
    "t254"."followers_gained_above_trend__pair__provenance",
    "t254"."brand_followers_gained__provenance",
    "t254"."brand_follower_growth_rate__pair__provenance",
    "t254"."brand_followers_gained_above_trend__pair__provenance",
    "t254"."emv__provenance",
    "t254"."emv_authentic__provenance",
    "t254"."impressions_vs_paid__pair__provenance",
    "t254"."clicks_vs_paid__pair__provenance",
    "t254"."views_vs_paid__pair__provenance",
    "t252"."er_reach_account_mean",
    "t252"."er_reach_account_median",
    "t252"."er_followers_account_mean",
    "t252"."er_followers_account_median",
    "t252"."er_impressions_account_mean",
    "t252"."er_impressions_account_median",
    "t252"."er_views_account_mean",
    "t252"."er_views_account_median",
    "t252"."er_reach_account_mean__provenance",
    "t252"."er_reach_account_median__provenance",
    "t252"."er_followers_account_mean__provenance",
    "t252"."er_followers_account_median__provenance",
    "t252"."er_impressions_account_mean__provenance",
    "t252"."er_impressions_account_median__provenance",
    "t252"."er_views_account_mean__provenance",
    "t252"."er_views_account_median__provenance",
    "t43"."campaign"
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
      END AS "reach__provenance",
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
      END AS "impressions__provenance",
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
      END AS "views__provenance",
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
      END AS "impressions_with_estimates__provenance",
      CASE
        WHEN (
          (
            "t250"."ranks__0" >> 8
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t250"."ranks__0" >> 8
        ) & 3
      END AS "reach_rate__pair__provenance",
      CASE
        WHEN (
          (
            "t250"."ranks__0" >> 10
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t250"."ranks__0" >> 10
        ) & 3
      END AS "likes__provenance",
      CASE
        WHEN (
          (
            "t250"."ranks__0" >> 12
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t250"."ranks__0" >> 12
        ) & 3
      END AS "comments__provenance",
      CASE
        WHEN (
          (
            "t250"."ranks__0" >> 14
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t250"."ranks__0" >> 14
        ) & 3
      END AS "shares__provenance",
      CASE
        WHEN (
          (
            "t250"."ranks__0" >> 16
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t250"."ranks__0" >> 16
        ) & 3
      END AS "saves__provenance",
      CASE
        WHEN (
          (
            "t250"."ranks__0" >> 18
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t250"."ranks__0" >> 18
        ) & 3
      END AS "engagements__provenance",
      CASE
        WHEN (
          (
            "t250"."ranks__0" >> 20
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t250"."ranks__0" >> 20
        ) & 3
      END AS "engagement_rate_reach__pair__provenance",
      CASE
        WHEN (
          (
            "t250"."ranks__0" >> 22
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t250"."ranks__0" >> 22
        ) & 3
      END AS "engagement_rate_followers__pair__provenance",
      CASE
        WHEN (
          (
            "t250"."ranks__0" >> 24
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t250"."ranks__0" >> 24
        ) & 3
      END AS "er_reach_post_mean__provenance",
      CASE
        WHEN (
          (
            "t250"."ranks__0" >> 26
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t250"."ranks__0" >> 26
        ) & 3
      END AS "er_followers_post_mean__provenance",
      CASE
        WHEN (
          (
            "t250"."ranks__0" >> 28
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t250"."ranks__0" >> 28
        ) & 3
      END AS "engagement_rate_impressions__pair__provenance",
      CASE
        WHEN (
          (
            "t250"."ranks__0" >> 30
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t250"."ranks__0" >> 30
        ) & 3
      END AS "er_impressions_post_mean__provenance",
      CASE
        WHEN (
          (
            "t250"."ranks__0" >> 32
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t250"."ranks__0" >> 32
        ) & 3
      END AS "engagement_rate_views__pair__provenance",
      CASE
        WHEN (
          (
            "t250"."ranks__0" >> 34
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t250"."ranks__0" >> 34
        ) & 3
      END AS "er_views_post_mean__provenance",
      CASE
        WHEN (
          (
            "t250"."ranks__0" >> 36
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t250"."ranks__0" >> 36
        ) & 3
      END AS "clicks__provenance",
      CASE
        WHEN (
          (
            "t250"."ranks__0" >> 38
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t250"."ranks__0" >> 38
        ) & 3
      END AS "followers_gained__provenance",
      CASE
        WHEN (
          (
            "t250"."ranks__0" >> 40
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t250"."ranks__0" >> 40
        ) & 3
      END AS "follower_growth_rate__pair__provenance",
      CASE
        WHEN (
          (
            "t250"."ranks__0" >> 42
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t250"."ranks__0" >> 42
        ) & 3
      END AS "followers_gained_above_trend__pair__provenance",
      CASE
        WHEN (
          (
            "t250"."ranks__0" >> 44
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t250"."ranks__0" >> 44
        ) & 3
      END AS "brand_followers_gained__provenance",
      CASE
        WHEN (
          (
            "t250"."ranks__0" >> 46
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t250"."ranks__0" >> 46
        ) & 3
      END AS "brand_follower_growth_rate__pair__provenance",
      CASE
        WHEN (
          (
            "t250"."ranks__0" >> 48
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t250"."ranks__0" >> 48
        ) & 3
      END AS "brand_followers_gained_above_trend__pair__provenance",
      CASE
        WHEN (
          (
            "t250"."ranks__0" >> 50
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t250"."ranks__0" >> 50
        ) & 3
      END AS "emv__provenance",
      CASE
        WHEN (
          (
            "t250"."ranks__0" >> 52
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t250"."ranks__0" >> 52
        ) & 3
      END AS "emv_authentic__provenance",
      CASE
        WHEN (
          (
            "t250"."ranks__0" >> 54
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t250"."ranks__0" >> 54
        ) & 3
      END AS "impressions_vs_paid__pair__provenance",
      CASE
        WHEN (
          (
            "t250"."ranks__0" >> 56
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t250"."ranks__0" >> 56
        ) & 3
      END AS "clicks_vs_paid__pair__provenance",
      CASE
        WHEN (
          (
            "t250"."ranks__0" >> 58
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t250"."ranks__0" >> 58
        ) & 3
      END AS "views_vs_paid__pair__provenance"
    FROM (
      SELECT
        "t245"."campaign_id",
        SUM("t245"."key_messages") AS "key_messages",
        COUNT(DISTINCT "t245"."post_platform") AS "platforms_selected",
        SUM("t245"."influencers_contacted") AS "influencers_contacted",
        SUM("t245"."influencers_interested") AS "influencers_interested",
        COUNT(DISTINCT "t245"."publishing_influencer") AS "influencers_activated",
        SUM("t245"."products_sent") AS "products_sent",
        SUM("t245"."reach") AS "reach",
        SUM("t245"."impressions") AS "impressions",
        SUM("t245"."views") AS "views",
        SUM("t245"."impressions_with_estimates") AS "impressions_with_estimates",
        SUM("t245"."reach") FILTER(WHERE
          (
            "t245"."reach" IS NOT NULL
          ) AND (
            "t245"."followers" IS NOT NULL
          )) AS "reach_rate__first",
        SUM("t245"."followers") FILTER(WHERE
          (
            "t245"."reach" IS NOT NULL
          ) AND (
            "t245"."followers" IS NOT NULL
          )) AS "reach_rate__second",
        SUM("t245"."brand_mentions") AS "brand_mentions",
        SUM("t245"."mentions") AS "mentions",
        SUM("t245"."brand_mention_engagements") AS "brand_mention_engagements",
        SUM("t245"."mention_engagements") AS "mention_engagements",
        SUM("t245"."key_message_posts") AS "key_message_posts",
        COUNT("t245"."post_id") AS "posts",
        SUM("t245"."posts_contracted") AS "posts_contracted",
        COUNT(DISTINCT "t245"."ugc_post") AS "ugc_posts",
        SUM("t245"."likes") AS "likes",
        SUM("t245"."comments") AS "comments",
        SUM("t245"."shares") AS "shares",
        SUM("t245"."saves") AS "saves",
        SUM("t245"."engagements") AS "engagements",
        SUM("t245"."engagements") FILTER(WHERE
          (
            "t245"."engagements" IS NOT NULL
          ) AND (
            "t245"."reach" IS NOT NULL
          )) AS "engagement_rate_reach__first",
        SUM("t245"."reach") FILTER(WHERE
          (
            "t245"."engagements" IS NOT NULL
          ) AND (
            "t245"."reach" IS NOT NULL
          )) AS "engagement_rate_reach__second",
        SUM("t245"."engagements") FILTER(WHERE
          (
            "t245"."engagements" IS NOT NULL
          ) AND (
            "t245"."followers" IS NOT NULL
          )) AS "engagement_rate_followers__first",
        SUM("t245"."followers") FILTER(WHERE
          (
            "t245"."engagements" IS NOT NULL
          ) AND (
            "t245"."followers" IS NOT NULL
          )) AS "engagement_rate_followers__second",
        AVG("t245"."er_reach_post") AS "er_reach_post_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t245"."er_reach_post") AS "er_reach_post_median",
        AVG("t245"."er_followers_post") AS "er_followers_post_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t245"."er_followers_post") AS "er_followers_post_median",
        SUM("t245"."engagements") FILTER(WHERE
          (
            "t245"."engagements" IS NOT NULL
          ) AND (
            "t245"."impressions" IS NOT NULL
          )) AS "engagement_rate_impressions__first",
        SUM("t245"."impressions") FILTER(WHERE
          (
            "t245"."engagements" IS NOT NULL
          ) AND (
            "t245"."impressions" IS NOT NULL
          )) AS "engagement_rate_impressions__second",
        AVG("t245"."er_impressions_post") AS "er_impressions_post_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t245"."er_impressions_post") AS "er_impressions_post_median",
        SUM("t245"."engagements") FILTER(WHERE
          (
            "t245"."engagements" IS NOT NULL
          ) AND (
            "t245"."views" IS NOT NULL
          )) AS "engagement_rate_views__first",
        SUM("t245"."views") FILTER(WHERE
          (
            "t245"."engagements" IS NOT NULL
          ) AND (
            "t245"."views" IS NOT NULL
          )) AS "engagement_rate_views__second",
        AVG("t245"."er_views_post") AS "er_views_post_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t245"."er_views_post") AS "er_views_post_median",
        SUM("t245"."clicks") AS "clicks",
        SUM("t245"."followers_gained") AS "followers_gained",
        SUM("t245"."followers_gained") FILTER(WHERE
          (
            "t245"."followers_gained" IS NOT NULL
          )
          AND (
            "t245"."followers_start" IS NOT NULL
          )) AS "follower_growth_rate__first",
        SUM("t245"."followers_start") FILTER(WHERE
          (
            "t245"."followers_gained" IS NOT NULL
          )
          AND (
            "t245"."followers_start" IS NOT NULL
          )) AS "follower_growth_rate__second",
        SUM("t245"."followers_gained") FILTER(WHERE
          (
            "t245"."followers_gained" IS NOT NULL
          )
          AND (
            "t245"."followers_expected_gain" IS NOT NULL
          )) AS "followers_gained_above_trend__first",
        SUM("t245"."followers_expected_gain") FILTER(WHERE
          (
            "t245"."followers_gained" IS NOT NULL
          )
          AND (
            "t245"."followers_expected_gain" IS NOT NULL
          )) AS "followers_gained_above_trend__second",
        SUM("t245"."brand_followers_gained") AS "brand_followers_gained",
        SUM("t245"."brand_followers_gained") FILTER(WHERE
          (
            "t245"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t245"."brand_followers_start" IS NOT NULL
          )) AS "brand_follower_growth_rate__first",
        SUM("t245"."brand_followers_start") FILTER(WHERE
          (
            "t245"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t245"."brand_followers_start" IS NOT NULL
          )) AS "brand_follower_growth_rate__second",
        SUM("t245"."brand_followers_gained") FILTER(WHERE
          (
            "t245"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t245"."brand_followers_expected_gain" IS NOT NULL
          )) AS "brand_followers_gained_above_trend__first",
        SUM("t245"."brand_followers_expected_gain") FILTER(WHERE
          (
            "t245"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t245"."brand_followers_expected_gain" IS NOT NULL
          )) AS "brand_followers_gained_above_trend__second",
        SUM("t245"."link_clicks") AS "link_clicks",
        SUM("t245"."unique_link_clicks") AS "unique_link_clicks",
        SUM("t245"."bot_link_clicks") AS "bot_link_clicks",
        SUM("t245"."sessions") AS "sessions",
        SUM("t245"."new_users") AS "new_users",
        SUM("t245"."bounced_sessions") AS "bounced_sessions",
        SUM("t245"."session_seconds") AS "session_seconds",
        SUM("t245"."page_views") AS "page_views",
        SUM("t245"."key_events") AS "key_events",
        SUM("t245"."orders") AS "orders",
        SUM("t245"."revenue") AS "revenue",
        SUM("t245"."priced_orders") AS "priced_orders",
        SUM("t245"."new_customers") AS "new_customers",
        SUM("t245"."cost") AS "cost",
        SUM("t245"."sponsored_posts") AS "sponsored_posts",
        SUM("t245"."disclosed_sponsored_posts") AS "disclosed_sponsored_posts",
        SUM("t245"."emv") AS "emv",
        SUM("t245"."emv_authentic") AS "emv_authentic",
        SUM("t245"."paid_impressions") AS "paid_impressions",
        SUM("t245"."paid_clicks") AS "paid_clicks",
        SUM("t245"."paid_views") AS "paid_views",
        SUM("t245"."impressions_with_estimates") FILTER(WHERE
          (
            "t245"."impressions_with_estimates" IS NOT NULL
          )
          AND (
            "t245"."paid_impressions" IS NOT NULL
          )) AS "impressions_vs_paid__first",
        SUM("t245"."paid_impressions") FILTER(WHERE
          (
            "t245"."impressions_with_estimates" IS NOT NULL
          )
          AND (
            "t245"."paid_impressions" IS NOT NULL
          )) AS "impressions_vs_paid__second",
        SUM("t245"."clicks") FILTER(WHERE
          (
            "t245"."clicks" IS NOT NULL
          ) AND (
            "t245"."paid_clicks" IS NOT NULL
          )) AS "clicks_vs_paid__first",
        SUM("t245"."paid_clicks") FILTER(WHERE
          (
            "t245"."clicks" IS NOT NULL
          ) AND (
            "t245"."paid_clicks" IS NOT NULL
          )) AS "clicks_vs_paid__second",
        SUM("t245"."views") FILTER(WHERE
          (
            "t245"."views" IS NOT NULL
          ) AND (
            "t245"."paid_views" IS NOT NULL
          )) AS "views_vs_paid__first",
        SUM("t245"."paid_views") FILTER(WHERE
          (
            "t245"."views" IS NOT NULL
          ) AND (
            "t245"."paid_views" IS NOT NULL
          )) AS "views_vs_paid__second",
        BIT_OR(
          (
            CASE
              WHEN "t245"."reach" IS NOT NULL
              THEN COALESCE("t245"."reach__provenance", 0)
              ELSE 0
            END << 0
          ) | (
            CASE
              WHEN "t245"."impressions" IS NOT NULL
              THEN COALESCE("t245"."impressions__provenance", 0)
              ELSE 0
            END << 2
          ) | (
            CASE
              WHEN "t245"."views" IS NOT NULL
              THEN COALESCE("t245"."views__provenance", 0)
              ELSE 0
            END << 4
          ) | (
            CASE
              WHEN "t245"."impressions_with_estimates" IS NOT NULL
              THEN COALESCE("t245"."impressions_with_estimates__provenance", 0)
              ELSE 0
            END << 6
          ) | (
            CASE
              WHEN (
                "t245"."reach" IS NOT NULL
              ) AND (
                "t245"."followers" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t245"."reach__provenance", -1),
                    COALESCE("t245"."followers__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 8
          ) | (
            CASE
              WHEN "t245"."likes" IS NOT NULL
              THEN COALESCE("t245"."likes__provenance", 0)
              ELSE 0
            END << 10
          ) | (
            CASE
              WHEN "t245"."comments" IS NOT NULL
              THEN COALESCE("t245"."comments__provenance", 0)
              ELSE 0
            END << 12
          ) | (
            CASE
              WHEN "t245"."shares" IS NOT NULL
              THEN COALESCE("t245"."shares__provenance", 0)
              ELSE 0
            END << 14
          ) | (
            CASE
              WHEN "t245"."saves" IS NOT NULL
              THEN COALESCE("t245"."saves__provenance", 0)
              ELSE 0
            END << 16
          ) | (
            CASE
              WHEN "t245"."engagements" IS NOT NULL
              THEN COALESCE("t245"."engagements__provenance", 0)
              ELSE 0
            END << 18
          ) | (
            CASE
              WHEN (
                "t245"."engagements" IS NOT NULL
              ) AND (
                "t245"."reach" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t245"."engagements__provenance", -1),
                    COALESCE("t245"."reach__provenance", -1)
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
                "t245"."engagements" IS NOT NULL
              ) AND (
                "t245"."followers" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t245"."engagements__provenance", -1),
                    COALESCE("t245"."followers__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 22
          ) | (
            CASE
              WHEN "t245"."er_reach_post" IS NOT NULL
              THEN COALESCE("t245"."er_reach_post__provenance", 0)
              ELSE 0
            END << 24
          ) | (
            CASE
              WHEN "t245"."er_followers_post" IS NOT NULL
              THEN COALESCE("t245"."er_followers_post__provenance", 0)
              ELSE 0
            END << 26
          ) | (
            CASE
              WHEN (
                "t245"."engagements" IS NOT NULL
              ) AND (
                "t245"."impressions" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t245"."engagements__provenance", -1),
                    COALESCE("t245"."impressions__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 28
          ) | (
            CASE
              WHEN "t245"."er_impressions_post" IS NOT NULL
              THEN COALESCE("t245"."er_impressions_post__provenance", 0)
              ELSE 0
            END << 30
          ) | (
            CASE
              WHEN (
                "t245"."engagements" IS NOT NULL
              ) AND (
                "t245"."views" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t245"."engagements__provenance", -1),
                    COALESCE("t245"."views__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 32
          ) | (
            CASE
              WHEN "t245"."er_views_post" IS NOT NULL
              THEN COALESCE("t245"."er_views_post__provenance", 0)
              ELSE 0
            END << 34
          ) | (
            CASE
              WHEN "t245"."clicks" IS NOT NULL
              THEN COALESCE("t245"."clicks__provenance", 0)
              ELSE 0
            END << 36
          ) | (
            CASE
              WHEN "t245"."followers_gained" IS NOT NULL
              THEN COALESCE("t245"."followers_gained__provenance", 0)
              ELSE 0
            END << 38
          ) | (
            CASE
              WHEN (
                "t245"."followers_gained" IS NOT NULL
              )
              AND (
                "t245"."followers_start" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t245"."followers_gained__provenance", -1),
                    COALESCE("t245"."followers_start__provenance", -1)
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
                "t245"."followers_gained" IS NOT NULL
              )
              AND (
                "t245"."followers_expected_gain" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t245"."followers_gained__provenance", -1),
                    COALESCE("t245"."followers_expected_gain__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 42
          ) | (
            CASE
              WHEN "t245"."brand_followers_gained" IS NOT NULL
              THEN COALESCE("t245"."brand_followers_gained__provenance", 0)
              ELSE 0
            END << 44
          ) | (
            CASE
              WHEN (
                "t245"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t245"."brand_followers_start" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t245"."brand_followers_gained__provenance", -1),
                    COALESCE("t245"."brand_followers_start__provenance", -1)
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
                "t245"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t245"."brand_followers_expected_gain" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t245"."brand_followers_gained__provenance", -1),
                    COALESCE("t245"."brand_followers_expected_gain__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 48
          ) | (
            CASE
              WHEN "t245"."emv" IS NOT NULL
              THEN COALESCE("t245"."emv__provenance", 0)
              ELSE 0
            END << 50
          ) | (
            CASE
              WHEN "t245"."emv_authentic" IS NOT NULL
              THEN COALESCE("t245"."emv_authentic__provenance", 0)
              ELSE 0
            END << 52
          ) | (
            CASE
              WHEN (
                "t245"."impressions_with_estimates" IS NOT NULL
              )
              AND (
                "t245"."paid_impressions" IS NOT NULL
              )
              THEN COALESCE("t245"."impressions_with_estimates__provenance", 0)
              ELSE 0
            END << 54
          ) | (
            CASE
              WHEN (
                "t245"."clicks" IS NOT NULL
              ) AND (
                "t245"."paid_clicks" IS NOT NULL
              )
              THEN COALESCE("t245"."clicks__provenance", 0)
              ELSE 0
            END << 56
          ) | (
            CASE
              WHEN (
                "t245"."views" IS NOT NULL
              ) AND (
                "t245"."paid_views" IS NOT NULL
              )
              THEN COALESCE("t245"."views__provenance", 0)
              ELSE 0
            END << 58
          )
        ) AS "ranks__0"
      FROM "kpi_facts" AS "t245"
      GROUP BY
        1
    ) AS "t250"
  ) AS "t254"
  LEFT OUTER JOIN (
    SELECT
      "t249"."campaign_id",
      "t249"."er_reach_account_mean",
      "t249"."er_reach_account_median",
      "t249"."er_followers_account_mean",
      "t249"."er_followers_account_median",
      "t249"."er_impressions_account_mean",
      "t249"."er_impressions_account_median",
      "t249"."er_views_account_mean",
      "t249"."er_views_account_median",
      CASE
        WHEN (
          (
            "t249"."ranks__0" >> 0
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t249"."ranks__0" >> 0
        ) & 3
      END AS "er_reach_account_mean__provenance",
      CASE
        WHEN (
          (
            "t249"."ranks__0" >> 2
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t249"."ranks__0" >> 2
        ) & 3
      END AS "er_reach_account_median__provenance",
      CASE
        WHEN (
          (
            "t249"."ranks__0" >> 4
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t249"."ranks__0" >> 4
        ) & 3
      END AS "er_followers_account_mean__provenance",
      CASE
        WHEN (
          (
            "t249"."ranks__0" >> 6
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t249"."ranks__0" >> 6
        ) & 3
      END AS "er_followers_account_median__provenance",
      CASE
        WHEN (
          (
            "t249"."ranks__0" >> 8
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t249"."ranks__0" >> 8
        ) & 3
      END AS "er_impressions_account_mean__provenance",
      CASE
        WHEN (
          (
            "t249"."ranks__0" >> 10
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t249"."ranks__0" >> 10
        ) & 3
      END AS "er_impressions_account_median__provenance",
      CASE
        WHEN (
          (
            "t249"."ranks__0" >> 12
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t249"."ranks__0" >> 12
        ) & 3
      END AS "er_views_account_mean__provenance",
      CASE
        WHEN (
          (
            "t249"."ranks__0" >> 14
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t249"."ranks__0" >> 14
        ) & 3
      END AS "er_views_account_median__provenance"
    FROM (
      SELECT
        "t248"."campaign_id",
        AVG("t248"."er_reach_account_mean") AS "er_reach_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t248"."er_reach_account_median") AS "er_reach_account_median",
        AVG("t248"."er_followers_account_mean") AS "er_followers_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t248"."er_followers_account_median") AS "er_followers_account_median",
        AVG("t248"."er_impressions_account_mean") AS "er_impressions_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t248"."er_impressions_account_median") AS "er_impressions_account_median",
        AVG("t248"."er_views_account_mean") AS "er_views_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t248"."er_views_account_median") AS "er_views_account_median",
        BIT_OR(
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
          )
        ) AS "ranks__0"
      FROM (
        SELECT
          "t247"."campaign_id",
          "t247"."account_id",
          "t247"."engagements__per__reach__n",
          "t247"."engagements__per__reach__d",
          "t247"."engagements__per__followers__n",
          "t247"."engagements__per__followers__d",
          "t247"."engagements__per__impressions__n",
          "t247"."engagements__per__impressions__d",
          "t247"."engagements__per__views__n",
          "t247"."engagements__per__views__d",
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
          END AS "engagements__per__reach__r",
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
          END AS "engagements__per__followers__r",
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
          END AS "engagements__per__impressions__r",
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
          END AS "engagements__per__views__r",
          (
            CAST("t247"."engagements__per__reach__n" AS DOUBLE PRECISION) / NULLIF("t247"."engagements__per__reach__d", 0)
          ) * 100 AS "er_reach_account_mean",
          (
            CAST("t247"."engagements__per__reach__n" AS DOUBLE PRECISION) / NULLIF("t247"."engagements__per__reach__d", 0)
          ) * 100 AS "er_reach_account_median",
          (
            CAST("t247"."engagements__per__followers__n" AS DOUBLE PRECISION) / NULLIF("t247"."engagements__per__followers__d", 0)
          ) * 100 AS "er_followers_account_mean",
          (
            CAST("t247"."engagements__per__followers__n" AS DOUBLE PRECISION) / NULLIF("t247"."engagements__per__followers__d", 0)
          ) * 100 AS "er_followers_account_median",
          (
            CAST("t247"."engagements__per__impressions__n" AS DOUBLE PRECISION) / NULLIF("t247"."engagements__per__impressions__d", 0)
          ) * 100 AS "er_impressions_account_mean",
          (
            CAST("t247"."engagements__per__impressions__n" AS DOUBLE PRECISION) / NULLIF("t247"."engagements__per__impressions__d", 0)
          ) * 100 AS "er_impressions_account_median",
          (
            CAST("t247"."engagements__per__views__n" AS DOUBLE PRECISION) / NULLIF("t247"."engagements__per__views__d", 0)
          ) * 100 AS "er_views_account_mean",
          (
            CAST("t247"."engagements__per__views__n" AS DOUBLE PRECISION) / NULLIF("t247"."engagements__per__views__d", 0)
          ) * 100 AS "er_views_account_median"
        FROM (
          SELECT
            "t246"."campaign_id",
            "t246"."account_id",
            SUM("t246"."engagements") FILTER(WHERE
              (
                "t246"."engagements" IS NOT NULL
              ) AND (
                "t246"."reach" IS NOT NULL
              )) AS "engagements__per__reach__n",
            SUM("t246"."reach") FILTER(WHERE
              (
                "t246"."engagements" IS NOT NULL
              ) AND (
                "t246"."reach" IS NOT NULL
              )) AS "engagements__per__reach__d",
            SUM("t246"."engagements") FILTER(WHERE
              (
                "t246"."engagements" IS NOT NULL
              ) AND (
                "t246"."followers" IS NOT NULL
              )) AS "engagements__per__followers__n",
            SUM("t246"."followers") FILTER(WHERE
              (
                "t246"."engagements" IS NOT NULL
              ) AND (
                "t246"."followers" IS NOT NULL
              )) AS "engagements__per__followers__d",
            SUM("t246"."engagements") FILTER(WHERE
              (
                "t246"."engagements" IS NOT NULL
              ) AND (
                "t246"."impressions" IS NOT NULL
              )) AS "engagements__per__impressions__n",
            SUM("t246"."impressions") FILTER(WHERE
              (
                "t246"."engagements" IS NOT NULL
              ) AND (
                "t246"."impressions" IS NOT NULL
              )) AS "engagements__per__impressions__d",
            SUM("t246"."engagements") FILTER(WHERE
              (
                "t246"."engagements" IS NOT NULL
              ) AND (
                "t246"."views" IS NOT NULL
              )) AS "engagements__per__views__n",
            SUM("t246"."views") FILTER(WHERE
              (
                "t246"."engagements" IS NOT NULL
              ) AND (
                "t246"."views" IS NOT NULL
              )) AS "engagements__per__views__d",
            BIT_OR(
              (
                CASE
                  WHEN (
                    "t246"."engagements" IS NOT NULL
                  ) AND (
                    "t246"."reach" IS NOT NULL
                  )
                  THEN COALESCE(
                    NULLIF(
                      GREATEST(
                        COALESCE("t246"."engagements__provenance", -1),
                        COALESCE("t246"."reach__provenance", -1)
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
                    "t246"."engagements" IS NOT NULL
                  ) AND (
                    "t246"."followers" IS NOT NULL
                  )
                  THEN COALESCE(
                    NULLIF(
                      GREATEST(
                        COALESCE("t246"."engagements__provenance", -1),
                        COALESCE("t246"."followers__provenance", -1)
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
                    "t246"."engagements" IS NOT NULL
                  ) AND (
                    "t246"."impressions" IS NOT NULL
                  )
                  THEN COALESCE(
                    NULLIF(
                      GREATEST(
                        COALESCE("t246"."engagements__provenance", -1),
                        COALESCE("t246"."impressions__provenance", -1)
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
                    "t246"."engagements" IS NOT NULL
                  ) AND (
                    "t246"."views" IS NOT NULL
                  )
                  THEN COALESCE(
                    NULLIF(
                      GREATEST(
                        COALESCE("t246"."engagements__provenance", -1),
                        COALESCE("t246"."views__provenance", -1)
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
            FROM "kpi_facts" AS "t245"
            WHERE
              "t245"."account_id" IS NOT NULL
          ) AS "t246"
          GROUP BY
            1,
            2
        ) AS "t247"
      ) AS "t248"
      GROUP BY
        1
    ) AS "t249"
  ) AS "t252"
    ON "t254"."campaign_id" IS NOT DISTINCT FROM "t252"."campaign_id"
  LEFT OUTER JOIN (
    SELECT
      CAST("t0"."id" AS BIGINT) AS "campaign_id",
      CAST("t0"."name" AS VARCHAR) AS "campaign"
    FROM "campaign" AS "t0"
  ) AS "t43"
    ON "t254"."campaign_id" = "t43"."campaign_id"
) AS "t255"
ORDER BY
  "t255"."campaign_id" ASC,
  "t255"."campaign" ASC
