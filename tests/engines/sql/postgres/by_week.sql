WITH "t24" AS (
  SELECT
    *
  FROM "campaign" AS "t0"
  WHERE
    "t0"."id" IN (1)
), "t67" AS (
  SELECT
    *
  FROM (
    SELECT
      "t6"."base",
      "t6"."quote",
      "t6"."valid_on",
      CAST("t6"."rate" AS DOUBLE PRECISION) AS "rate"
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
      CAST(1 AS DOUBLE PRECISION) / NULLIF(CAST("t6"."rate" AS DOUBLE PRECISION), 0) AS "rate"
    FROM "exchange_rate" AS "t6"
  ) AS "t63"
), "t82" AS (
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
      "t12"."incurred_on" <= MAKE_DATE(2026, 3, 31) AND "t12"."campaign_id" IN (1)
  ) AS "t57"
  INNER JOIN "campaign" AS "t15"
    ON "t57"."campaign_id" = "t15"."id"
), "campaign_posts_in" AS (
  SELECT
    CAST("t53"."campaign_id" AS BIGINT) AS "campaign_id",
    CAST("t16"."name" AS VARCHAR) AS "campaign",
    CAST("t51"."id" AS BIGINT) AS "influencer_id",
    CAST("t51"."name" AS VARCHAR) AS "influencer",
    CAST("t19"."id" AS BIGINT) AS "account_id",
    CAST("t19"."platform" AS VARCHAR) AS "platform",
    CAST("t53"."format" AS VARCHAR) AS "format",
    CAST("t53"."id" AS BIGINT) AS "post_id",
    "t53"."published_on" AS "day",
    "t51"."country",
    CAST("t53"."caption" AS VARCHAR) AS "caption",
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
), "t164" AS (
  SELECT
    *
  FROM (
    SELECT
      "t147"."campaign_id",
      "t147"."campaign",
      "t147"."influencer_id",
      "t147"."influencer",
      "t147"."account_id",
      "t147"."platform",
      "t147"."is_brand",
      "t147"."day",
      "t147"."start_at",
      "t147"."end_at",
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
        CAST("t20"."platform" AS VARCHAR) AS "platform",
        "t127"."is_brand",
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
              "t94"."campaign_id",
              "t94"."account_id"
            FROM "campaign_posts_in" AS "t94"
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
      ) AS "t127"
      INNER JOIN "campaign" AS "t15"
        ON "t127"."campaign_id" = "t15"."id"
      INNER JOIN "account" AS "t20"
        ON "t127"."account_id" = "t20"."id"
      INNER JOIN "influencer" AS "t18"
        ON "t20"."influencer_id" = "t18"."id"
    ) AS "t147"
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
      ON "t147"."account_id" = "t65"."account_id"
  ) AS "t162"
  WHERE
    "t162"."at" <= "t162"."end_at"
), "post_rows" AS (
  SELECT
    "t178"."campaign_id",
    "t178"."campaign",
    "t178"."influencer_id",
    "t178"."influencer",
    "t178"."account_id",
    "t178"."platform",
    "t178"."format",
    "t178"."post_id",
    "t178"."day",
    "t178"."country",
    "t178"."caption",
    "t178"."sponsored",
    "t178"."reach",
    "t178"."impressions",
    "t178"."views",
    "t178"."likes",
    "t178"."comments",
    "t178"."shares",
    "t178"."saves",
    "t178"."clicks",
    "t178"."reach__provenance",
    "t178"."impressions__provenance",
    "t178"."views__provenance",
    "t178"."likes__provenance",
    "t178"."comments__provenance",
    "t178"."shares__provenance",
    "t178"."saves__provenance",
    "t178"."clicks__provenance",
    "t178"."followers",
    "t178"."followers__provenance",
    "t178"."engagements",
    "t178"."engagements__provenance",
    COALESCE(
      COALESCE("t178"."impressions", "t178"."views"),
      "t178"."reach" * COALESCE(
        CAST(SUM("t178"."impressions") FILTER(WHERE
          (
            "t178"."impressions" IS NOT NULL
          ) AND (
            "t178"."reach" IS NOT NULL
          )) OVER (
          PARTITION BY "t178"."campaign_id", "t178"."platform"
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) AS DOUBLE PRECISION) / NULLIF(
          SUM("t178"."reach") FILTER(WHERE
            (
              "t178"."impressions" IS NOT NULL
            ) AND (
              "t178"."reach" IS NOT NULL
            )) OVER (
            PARTITION BY "t178"."campaign_id", "t178"."platform"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ),
          0
        ),
        CAST(1 AS DOUBLE PRECISION)
      )
    ) AS "impressions_with_estimates",
    CASE
      WHEN COALESCE(
        COALESCE("t178"."impressions", "t178"."views"),
        "t178"."reach" * COALESCE(
          CAST(SUM("t178"."impressions") FILTER(WHERE
            (
              "t178"."impressions" IS NOT NULL
            ) AND (
              "t178"."reach" IS NOT NULL
            )) OVER (
            PARTITION BY "t178"."campaign_id", "t178"."platform"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ) AS DOUBLE PRECISION) / NULLIF(
            SUM("t178"."reach") FILTER(WHERE
              (
                "t178"."impressions" IS NOT NULL
              ) AND (
                "t178"."reach" IS NOT NULL
              )) OVER (
              PARTITION BY "t178"."campaign_id", "t178"."platform"
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ),
            0
          ),
          CAST(1 AS DOUBLE PRECISION)
        )
      ) IS NOT NULL
      THEN CASE
        WHEN "t178"."impressions" IS NOT NULL
        THEN "t178"."impressions__provenance"
        ELSE 2
      END
      ELSE CAST(NULL AS BIGINT)
    END AS "impressions_with_estimates__provenance",
    (
      CAST("t178"."engagements" AS DOUBLE PRECISION) / NULLIF("t178"."reach", 0)
    ) * 100 AS "er_reach_post",
    (
      CAST("t178"."engagements" AS DOUBLE PRECISION) / NULLIF("t178"."followers", 0)
    ) * 100 AS "er_followers_post",
    (
      CAST("t178"."engagements" AS DOUBLE PRECISION) / NULLIF("t178"."impressions", 0)
    ) * 100 AS "er_impressions_post",
    (
      CAST("t178"."engagements" AS DOUBLE PRECISION) / NULLIF("t178"."views", 0)
    ) * 100 AS "er_views_post",
    NULLIF(
      GREATEST(
        COALESCE("t178"."engagements__provenance", -1),
        COALESCE("t178"."reach__provenance", -1)
      ),
      -1
    ) AS "er_reach_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t178"."engagements__provenance", -1),
        COALESCE("t178"."followers__provenance", -1)
      ),
      -1
    ) AS "er_followers_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t178"."engagements__provenance", -1),
        COALESCE("t178"."impressions__provenance", -1)
      ),
      -1
    ) AS "er_impressions_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t178"."engagements__provenance", -1),
        COALESCE("t178"."views__provenance", -1)
      ),
      -1
    ) AS "er_views_post__provenance",
    "t178"."platform" AS "post_platform",
    "t178"."influencer_id" AS "publishing_influencer",
    CAST(CASE WHEN "t178"."sponsored" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "sponsored_posts",
    CAST(CASE
      WHEN "t178"."sponsored"
      AND CASE
        WHEN UPPER("t178"."country") = 'FR'
        THEN (
          POSITION('publicité' IN LOWER("t178"."caption")) > 0
        )
        OR (
          POSITION('publicite' IN LOWER("t178"."caption")) > 0
        )
        OR (
          POSITION('collaboration commerciale' IN LOWER("t178"."caption")) > 0
        )
        WHEN UPPER("t178"."country") = 'BE'
        THEN (
          POSITION('publicité' IN LOWER("t178"."caption")) > 0
        )
        OR (
          POSITION('publicite' IN LOWER("t178"."caption")) > 0
        )
        OR (
          POSITION('collaboration commerciale' IN LOWER("t178"."caption")) > 0
        )
        OR (
          POSITION('#pub' IN LOWER("t178"."caption")) > 0
        )
        OR (
          POSITION('reclame' IN LOWER("t178"."caption")) > 0
        )
        OR (
          POSITION('#ad' IN LOWER("t178"."caption")) > 0
        )
        OR (
          POSITION('samenwerking' IN LOWER("t178"."caption")) > 0
        )
        WHEN UPPER("t178"."country") = 'DE'
        THEN (
          POSITION('werbung' IN LOWER("t178"."caption")) > 0
        )
        OR (
          POSITION('anzeige' IN LOWER("t178"."caption")) > 0
        )
        WHEN UPPER("t178"."country") = 'ES'
        THEN (
          POSITION('publicidad' IN LOWER("t178"."caption")) > 0
        )
        OR (
          POSITION('#publi' IN LOWER("t178"."caption")) > 0
        )
        OR (
          POSITION('patrocinado' IN LOWER("t178"."caption")) > 0
        )
        OR (
          POSITION('colaboración pagada' IN LOWER("t178"."caption")) > 0
        )
        WHEN UPPER("t178"."country") = 'IT'
        THEN (
          POSITION('pubblicità' IN LOWER("t178"."caption")) > 0
        )
        OR (
          POSITION('#adv' IN LOWER("t178"."caption")) > 0
        )
        OR (
          POSITION('sponsorizzato' IN LOWER("t178"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t178"."caption")) > 0
        )
        WHEN UPPER("t178"."country") = 'GB'
        THEN (
          POSITION('#ad' IN LOWER("t178"."caption")) > 0
        )
        OR (
          POSITION('advert' IN LOWER("t178"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t178"."caption")) > 0
        )
        WHEN UPPER("t178"."country") = 'US'
        THEN (
          POSITION('#ad' IN LOWER("t178"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t178"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t178"."caption")) > 0
        )
        OR (
          POSITION('paid partnership' IN LOWER("t178"."caption")) > 0
        )
        ELSE (
          POSITION('#ad' IN LOWER("t178"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t178"."caption")) > 0
        )
        OR (
          POSITION('paid partnership' IN LOWER("t178"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t178"."caption")) > 0
        )
      END
      THEN 1
      ELSE 0
    END AS DOUBLE PRECISION) AS "disclosed_sponsored_posts"
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
        THEN CAST(0 AS DOUBLE PRECISION) + COALESCE("t163"."likes", 0) + COALESCE("t163"."comments", 0) + COALESCE("t163"."shares", 0) + COALESCE("t163"."saves", 0)
        ELSE CAST(NULL AS DOUBLE PRECISION)
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
        "t101"."campaign_id",
        "t101"."campaign",
        "t101"."influencer_id",
        "t101"."influencer",
        "t101"."account_id",
        "t101"."platform",
        "t101"."format",
        "t101"."post_id",
        "t101"."day",
        "t101"."country",
        "t101"."caption",
        "t101"."sponsored",
        "t156"."reach",
        "t156"."impressions",
        "t156"."views",
        "t156"."likes",
        "t156"."comments",
        "t156"."shares",
        "t156"."saves",
        "t156"."clicks",
        "t156"."reach__provenance",
        "t156"."impressions__provenance",
        "t156"."views__provenance",
        "t156"."likes__provenance",
        "t156"."comments__provenance",
        "t156"."shares__provenance",
        "t156"."saves__provenance",
        "t156"."clicks__provenance",
        "t148"."followers",
        "t148"."followers__provenance"
      FROM "campaign_posts_in" AS "t101"
      LEFT OUTER JOIN (
        SELECT
          "t128"."post_id",
          CAST(CAST(FLOOR(CAST("t128"."reach" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) AS "reach",
          CAST(CAST(FLOOR(CAST("t128"."impressions" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) AS "impressions",
          CAST(CAST(FLOOR(CAST("t128"."views" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) AS "views",
          CAST(CAST(FLOOR(CAST("t128"."likes" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) AS "likes",
          CAST(CAST(FLOOR(CAST("t128"."comments" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) AS "comments",
          CAST(CAST(FLOOR(CAST("t128"."shares" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) AS "shares",
          CAST(CAST(FLOOR(CAST("t128"."saves" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) AS "saves",
          CAST(CAST(FLOOR(CAST("t128"."clicks" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) AS "clicks",
          CAST("t128"."reach" - (
            CAST(CAST(FLOOR(CAST("t128"."reach" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) * 4
          ) AS BIGINT) AS "reach__provenance",
          CAST("t128"."impressions" - (
            CAST(CAST(FLOOR(CAST("t128"."impressions" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) * 4
          ) AS BIGINT) AS "impressions__provenance",
          CAST("t128"."views" - (
            CAST(CAST(FLOOR(CAST("t128"."views" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) * 4
          ) AS BIGINT) AS "views__provenance",
          CAST("t128"."likes" - (
            CAST(CAST(FLOOR(CAST("t128"."likes" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) * 4
          ) AS BIGINT) AS "likes__provenance",
          CAST("t128"."comments" - (
            CAST(CAST(FLOOR(CAST("t128"."comments" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) * 4
          ) AS BIGINT) AS "comments__provenance",
          CAST("t128"."shares" - (
            CAST(CAST(FLOOR(CAST("t128"."shares" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) * 4
          ) AS BIGINT) AS "shares__provenance",
          CAST("t128"."saves" - (
            CAST(CAST(FLOOR(CAST("t128"."saves" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) * 4
          ) AS BIGINT) AS "saves__provenance",
          CAST("t128"."clicks" - (
            CAST(CAST(FLOOR(CAST("t128"."clicks" AS DOUBLE PRECISION) / 4) AS BIGINT) AS DOUBLE PRECISION) * 4
          ) AS BIGINT) AS "clicks__provenance"
        FROM (
          SELECT
            CAST("t102"."post_id" AS BIGINT) AS "post_id",
            (
              ARRAY_AGG(
                (
                  CAST(ROUND("t102"."value") AS BIGINT) * 4
                ) + CASE "t102"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END ORDER BY (
                  CAST(EXTRACT(epoch FROM CAST("t102"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                ) + (
                  15 - CASE "t102"."provenance"
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
                    CAST(EXTRACT(epoch FROM CAST("t102"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                  ) + (
                    15 - CASE "t102"."provenance"
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
                AND "t102"."metric" = 'reach')
            )[1] AS "reach",
            (
              ARRAY_AGG(
                (
                  CAST(ROUND("t102"."value") AS BIGINT) * 4
                ) + CASE "t102"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END ORDER BY (
                  CAST(EXTRACT(epoch FROM CAST("t102"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                ) + (
                  15 - CASE "t102"."provenance"
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
                    CAST(EXTRACT(epoch FROM CAST("t102"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                  ) + (
                    15 - CASE "t102"."provenance"
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
                AND "t102"."metric" = 'impressions')
            )[1] AS "impressions",
            (
              ARRAY_AGG(
                (
                  CAST(ROUND("t102"."value") AS BIGINT) * 4
                ) + CASE "t102"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END ORDER BY (
                  CAST(EXTRACT(epoch FROM CAST("t102"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                ) + (
                  15 - CASE "t102"."provenance"
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
                    CAST(EXTRACT(epoch FROM CAST("t102"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                  ) + (
                    15 - CASE "t102"."provenance"
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
                AND "t102"."metric" = 'views')
            )[1] AS "views",
            (
              ARRAY_AGG(
                (
                  CAST(ROUND("t102"."value") AS BIGINT) * 4
                ) + CASE "t102"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END ORDER BY (
                  CAST(EXTRACT(epoch FROM CAST("t102"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                ) + (
                  15 - CASE "t102"."provenance"
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
                    CAST(EXTRACT(epoch FROM CAST("t102"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                  ) + (
                    15 - CASE "t102"."provenance"
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
                AND "t102"."metric" = 'likes')
            )[1] AS "likes",
            (
              ARRAY_AGG(
                (
                  CAST(ROUND("t102"."value") AS BIGINT) * 4
                ) + CASE "t102"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END ORDER BY (
                  CAST(EXTRACT(epoch FROM CAST("t102"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                ) + (
                  15 - CASE "t102"."provenance"
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
                    CAST(EXTRACT(epoch FROM CAST("t102"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                  ) + (
                    15 - CASE "t102"."provenance"
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
                AND "t102"."metric" = 'comments')
            )[1] AS "comments",
            (
              ARRAY_AGG(
                (
                  CAST(ROUND("t102"."value") AS BIGINT) * 4
                ) + CASE "t102"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END ORDER BY (
                  CAST(EXTRACT(epoch FROM CAST("t102"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                ) + (
                  15 - CASE "t102"."provenance"
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
                    CAST(EXTRACT(epoch FROM CAST("t102"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                  ) + (
                    15 - CASE "t102"."provenance"
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
                AND "t102"."metric" = 'shares')
            )[1] AS "shares",
            (
              ARRAY_AGG(
                (
                  CAST(ROUND("t102"."value") AS BIGINT) * 4
                ) + CASE "t102"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END ORDER BY (
                  CAST(EXTRACT(epoch FROM CAST("t102"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                ) + (
                  15 - CASE "t102"."provenance"
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
                    CAST(EXTRACT(epoch FROM CAST("t102"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                  ) + (
                    15 - CASE "t102"."provenance"
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
                AND "t102"."metric" = 'saves')
            )[1] AS "saves",
            (
              ARRAY_AGG(
                (
                  CAST(ROUND("t102"."value") AS BIGINT) * 4
                ) + CASE "t102"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END ORDER BY (
                  CAST(EXTRACT(epoch FROM CAST("t102"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                ) + (
                  15 - CASE "t102"."provenance"
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
                    CAST(EXTRACT(epoch FROM CAST("t102"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                  ) + (
                    15 - CASE "t102"."provenance"
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
                AND "t102"."metric" = 'clicks')
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
              "t80"."captured_at" <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
          ) AS "t102"
          GROUP BY
            1
        ) AS "t128"
      ) AS "t156"
        ON "t101"."post_id" = "t156"."post_id"
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
            CAST("t81"."followers" AS DOUBLE PRECISION) AS "followers",
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
              "t64"."captured_at" <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
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
      ) AS "t148"
        ON "t101"."post_id" = "t148"."post_id"
    ) AS "t163"
  ) AS "t178"
), "kpi_facts" AS (
  SELECT
    "t238"."campaign_id",
    "t238"."account_id",
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
    "t238"."followers",
    "t238"."engagements",
    "t238"."impressions_with_estimates",
    "t238"."er_reach_post",
    "t238"."er_followers_post",
    "t238"."er_impressions_post",
    "t238"."er_views_post",
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
    "t238"."brand_followers_start",
    "t238"."brand_followers_gained",
    "t238"."brand_followers_expected_gain",
    "t238"."influencers_contacted",
    "t238"."influencers_interested",
    "t238"."posts_contracted",
    "t238"."products_sent",
    "t238"."key_messages",
    "t238"."emv",
    "t238"."emv_authentic",
    (
      CAST("t238"."cost" AS DOUBLE PRECISION) / (
        CASE
          WHEN "t238"."platform" = 'tiktok'
          THEN 7.5
          WHEN "t238"."platform" = 'youtube'
          THEN 3.53
          ELSE 19.8
        END * "t238"."paid_rate"
      )
    ) * 1000 AS "paid_impressions",
    CAST("t238"."cost" AS DOUBLE PRECISION) / (
      CASE
        WHEN "t238"."platform" = 'tiktok'
        THEN CAST(NULL AS DOUBLE PRECISION)
        WHEN "t238"."platform" = 'youtube'
        THEN CAST(NULL AS DOUBLE PRECISION)
        ELSE 1.88
      END * "t238"."paid_rate"
    ) AS "paid_clicks",
    CAST("t238"."cost" AS DOUBLE PRECISION) / (
      CASE
        WHEN "t238"."platform" = 'youtube'
        THEN 0.026
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END * "t238"."paid_rate"
    ) AS "paid_views",
    DATE_TRUNC('WEEK', "t238"."day") AS "week",
    (
      CASE
        WHEN "t238"."reach" IS NOT NULL
        THEN COALESCE("t238"."reach__provenance", 0)
        ELSE 0
      END << 0
    ) | (
      CASE
        WHEN "t238"."impressions" IS NOT NULL
        THEN COALESCE("t238"."impressions__provenance", 0)
        ELSE 0
      END << 2
    ) | (
      CASE
        WHEN "t238"."views" IS NOT NULL
        THEN COALESCE("t238"."views__provenance", 0)
        ELSE 0
      END << 4
    ) | (
      CASE
        WHEN "t238"."impressions_with_estimates" IS NOT NULL
        THEN COALESCE("t238"."impressions_with_estimates__provenance", 0)
        ELSE 0
      END << 6
    ) | (
      CASE
        WHEN (
          "t238"."reach" IS NOT NULL
        ) AND (
          "t238"."followers" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t238"."reach__provenance", -1),
              COALESCE("t238"."followers__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 8
    ) | (
      CASE
        WHEN "t238"."likes" IS NOT NULL
        THEN COALESCE("t238"."likes__provenance", 0)
        ELSE 0
      END << 10
    ) | (
      CASE
        WHEN "t238"."comments" IS NOT NULL
        THEN COALESCE("t238"."comments__provenance", 0)
        ELSE 0
      END << 12
    ) | (
      CASE
        WHEN "t238"."shares" IS NOT NULL
        THEN COALESCE("t238"."shares__provenance", 0)
        ELSE 0
      END << 14
    ) | (
      CASE
        WHEN "t238"."saves" IS NOT NULL
        THEN COALESCE("t238"."saves__provenance", 0)
        ELSE 0
      END << 16
    ) | (
      CASE
        WHEN "t238"."engagements" IS NOT NULL
        THEN COALESCE("t238"."engagements__provenance", 0)
        ELSE 0
      END << 18
    ) | (
      CASE
        WHEN (
          "t238"."engagements" IS NOT NULL
        ) AND (
          "t238"."reach" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t238"."engagements__provenance", -1),
              COALESCE("t238"."reach__provenance", -1)
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
          "t238"."engagements" IS NOT NULL
        ) AND (
          "t238"."followers" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t238"."engagements__provenance", -1),
              COALESCE("t238"."followers__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 22
    ) | (
      CASE
        WHEN "t238"."er_reach_post" IS NOT NULL
        THEN COALESCE("t238"."er_reach_post__provenance", 0)
        ELSE 0
      END << 24
    ) | (
      CASE
        WHEN "t238"."er_followers_post" IS NOT NULL
        THEN COALESCE("t238"."er_followers_post__provenance", 0)
        ELSE 0
      END << 26
    ) | (
      CASE
        WHEN (
          "t238"."engagements" IS NOT NULL
        ) AND (
          "t238"."impressions" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t238"."engagements__provenance", -1),
              COALESCE("t238"."impressions__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 28
    ) | (
      CASE
        WHEN "t238"."er_impressions_post" IS NOT NULL
        THEN COALESCE("t238"."er_impressions_post__provenance", 0)
        ELSE 0
      END << 30
    ) | (
      CASE
        WHEN (
          "t238"."engagements" IS NOT NULL
        ) AND (
          "t238"."views" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t238"."engagements__provenance", -1),
              COALESCE("t238"."views__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 32
    ) | (
      CASE
        WHEN "t238"."er_views_post" IS NOT NULL
        THEN COALESCE("t238"."er_views_post__provenance", 0)
        ELSE 0
      END << 34
    ) | (
      CASE
        WHEN "t238"."clicks" IS NOT NULL
        THEN COALESCE("t238"."clicks__provenance", 0)
        ELSE 0
      END << 36
    ) | (
      CASE
        WHEN "t238"."followers_gained" IS NOT NULL
        THEN COALESCE("t238"."followers_gained__provenance", 0)
        ELSE 0
      END << 38
    ) | (
      CASE
        WHEN (
          "t238"."followers_gained" IS NOT NULL
        )
        AND (
          "t238"."followers_start" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t238"."followers_gained__provenance", -1),
              COALESCE("t238"."followers_start__provenance", -1)
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
          "t238"."followers_gained" IS NOT NULL
        )
        AND (
          "t238"."followers_expected_gain" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t238"."followers_gained__provenance", -1),
              COALESCE("t238"."followers_expected_gain__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 42
    ) | (
      CASE
        WHEN "t238"."brand_followers_gained" IS NOT NULL
        THEN COALESCE("t238"."brand_followers_gained__provenance", 0)
        ELSE 0
      END << 44
    ) | (
      CASE
        WHEN (
          "t238"."brand_followers_gained" IS NOT NULL
        )
        AND (
          "t238"."brand_followers_start" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t238"."brand_followers_gained__provenance", -1),
              COALESCE("t238"."brand_followers_start__provenance", -1)
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
          "t238"."brand_followers_gained" IS NOT NULL
        )
        AND (
          "t238"."brand_followers_expected_gain" IS NOT NULL
        )
        THEN COALESCE(
          NULLIF(
            GREATEST(
              COALESCE("t238"."brand_followers_gained__provenance", -1),
              COALESCE("t238"."brand_followers_expected_gain__provenance", -1)
            ),
            -1
          ),
          0
        )
        ELSE 0
      END << 48
    ) | (
      CASE
        WHEN "t238"."emv" IS NOT NULL
        THEN COALESCE("t238"."emv__provenance", 0)
        ELSE 0
      END << 50
    ) | (
      CASE
        WHEN "t238"."emv_authentic" IS NOT NULL
        THEN COALESCE("t238"."emv_authentic__provenance", 0)
        ELSE 0
      END << 52
    ) | (
      CASE
        WHEN (
          "t238"."impressions_with_estimates" IS NOT NULL
        )
        AND (
          (
            (
              CAST("t238"."cost" AS DOUBLE PRECISION) / (
                CASE
                  WHEN "t238"."platform" = 'tiktok'
                  THEN 7.5
                  WHEN "t238"."platform" = 'youtube'
                  THEN 3.53
                  ELSE 19.8
                END * "t238"."paid_rate"
              )
            ) * 1000
          ) IS NOT NULL
        )
        THEN COALESCE("t238"."impressions_with_estimates__provenance", 0)
        ELSE 0
      END << 54
    ) | (
      CASE
        WHEN (
          "t238"."clicks" IS NOT NULL
        )
        AND (
          (
            CAST("t238"."cost" AS DOUBLE PRECISION) / (
              CASE
                WHEN "t238"."platform" = 'tiktok'
                THEN CAST(NULL AS DOUBLE PRECISION)
                WHEN "t238"."platform" = 'youtube'
                THEN CAST(NULL AS DOUBLE PRECISION)
                ELSE 1.88
              END * "t238"."paid_rate"
            )
          ) IS NOT NULL
        )
        THEN COALESCE("t238"."clicks__provenance", 0)
        ELSE 0
      END << 56
    ) | (
      CASE
        WHEN (
          "t238"."views" IS NOT NULL
        )
        AND (
          (
            CAST("t238"."cost" AS DOUBLE PRECISION) / (
              CASE
                WHEN "t238"."platform" = 'youtube'
                THEN 0.026
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t238"."paid_rate"
            )
          ) IS NOT NULL
        )
        THEN COALESCE("t238"."views__provenance", 0)
        ELSE 0
      END << 58
    ) AS "ranks__0"
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
      "t236"."emv",
      "t236"."emv__provenance",
      "t236"."emv_authentic",
      "t236"."emv_authentic__provenance",
      "t154"."paid_rate"
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
        "t233"."inauthentic_share",
        CASE
          WHEN (
            "t233"."post_id" IS NOT NULL
          )
          AND (
            (
              (
                CAST((
                  COALESCE("t233"."impressions", "t233"."views") * CASE
                    WHEN "t233"."platform" = 'tiktok'
                    THEN 6.89
                    ELSE CAST(NULL AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t233"."platform" = 'instagram'
                  THEN 0.07
                  WHEN "t233"."platform" = 'tiktok'
                  THEN 0.09
                  WHEN "t233"."platform" = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t233"."likes"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t233"."platform" = 'instagram'
                  THEN 3.46
                  WHEN "t233"."platform" = 'tiktok'
                  THEN 3.52
                  WHEN "t233"."platform" = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t233"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t233"."platform" = 'tiktok'
                  THEN 1.72
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t233"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              CAST((
                COALESCE("t233"."impressions", "t233"."views") * CASE
                  WHEN "t233"."platform" = 'tiktok'
                  THEN 6.89
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END
              ) AS DOUBLE PRECISION) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t233"."platform" = 'instagram'
                THEN 0.07
                WHEN "t233"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t233"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t233"."likes",
              0
            ) + COALESCE(
              CASE
                WHEN "t233"."platform" = 'instagram'
                THEN 3.46
                WHEN "t233"."platform" = 'tiktok'
                THEN 3.52
                WHEN "t233"."platform" = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t233"."comments",
              0
            ) + COALESCE(
              CASE
                WHEN "t233"."platform" = 'tiktok'
                THEN 1.72
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t233"."shares",
              0
            )
          ) * "t233"."emv_rate"
          ELSE CAST(NULL AS DOUBLE PRECISION)
        END AS "emv",
        NULLIF(
          GREATEST(
            COALESCE("t233"."impressions__provenance", -1),
            COALESCE("t233"."views__provenance", -1),
            COALESCE("t233"."engagements__provenance", -1)
          ),
          -1
        ) AS "emv__provenance",
        CASE
          WHEN (
            "t233"."post_id" IS NOT NULL
          )
          AND (
            (
              (
                CAST((
                  COALESCE("t233"."impressions", "t233"."views") * CASE
                    WHEN "t233"."platform" = 'tiktok'
                    THEN 6.89
                    ELSE CAST(NULL AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t233"."platform" = 'instagram'
                  THEN 0.07
                  WHEN "t233"."platform" = 'tiktok'
                  THEN 0.09
                  WHEN "t233"."platform" = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t233"."likes"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t233"."platform" = 'instagram'
                  THEN 3.46
                  WHEN "t233"."platform" = 'tiktok'
                  THEN 3.52
                  WHEN "t233"."platform" = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t233"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t233"."platform" = 'tiktok'
                  THEN 1.72
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t233"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              CAST((
                COALESCE("t233"."impressions", "t233"."views") * CASE
                  WHEN "t233"."platform" = 'tiktok'
                  THEN 6.89
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END
              ) AS DOUBLE PRECISION) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t233"."platform" = 'instagram'
                THEN 0.07
                WHEN "t233"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t233"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t233"."likes",
              0
            ) + COALESCE(
              CASE
                WHEN "t233"."platform" = 'instagram'
                THEN 3.46
                WHEN "t233"."platform" = 'tiktok'
                THEN 3.52
                WHEN "t233"."platform" = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t233"."comments",
              0
            ) + COALESCE(
              CASE
                WHEN "t233"."platform" = 'tiktok'
                THEN 1.72
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t233"."shares",
              0
            )
          ) * "t233"."emv_rate" * (
            1 - COALESCE("t233"."inauthentic_share", 0)
          )
          ELSE CAST(NULL AS DOUBLE PRECISION)
        END AS "emv_authentic",
        NULLIF(
          GREATEST(
            COALESCE(
              NULLIF(
                GREATEST(
                  COALESCE("t233"."impressions__provenance", -1),
                  COALESCE("t233"."views__provenance", -1),
                  COALESCE("t233"."engagements__provenance", -1)
                ),
                -1
              ),
              -1
            ),
            COALESCE(CASE WHEN "t233"."inauthentic_share" > 0 THEN 2 ELSE CAST(NULL AS BIGINT) END, -1)
          ),
          -1
        ) AS "emv_authentic__provenance"
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
          "t231"."emv_rate",
          "t27"."inauthentic_share"
        FROM (
          SELECT
            "t228"."campaign_id",
            "t228"."campaign",
            "t228"."influencer_id",
            "t228"."influencer",
            "t228"."account_id",
            "t228"."platform",
            "t228"."format",
            "t228"."post_id",
            "t228"."day",
            "t228"."reach",
            "t228"."impressions",
            "t228"."views",
            "t228"."likes",
            "t228"."comments",
            "t228"."shares",
            "t228"."saves",
            "t228"."clicks",
            "t228"."reach__provenance",
            "t228"."impressions__provenance",
            "t228"."views__provenance",
            "t228"."likes__provenance",
            "t228"."comments__provenance",
            "t228"."shares__provenance",
            "t228"."saves__provenance",
            "t228"."clicks__provenance",
            "t228"."followers",
            "t228"."followers__provenance",
            "t228"."engagements",
            "t228"."engagements__provenance",
            "t228"."impressions_with_estimates",
            "t228"."impressions_with_estimates__provenance",
            "t228"."er_reach_post",
            "t228"."er_followers_post",
            "t228"."er_impressions_post",
            "t228"."er_views_post",
            "t228"."er_reach_post__provenance",
            "t228"."er_followers_post__provenance",
            "t228"."er_impressions_post__provenance",
            "t228"."er_views_post__provenance",
            "t228"."post_platform",
            "t228"."publishing_influencer",
            "t228"."sponsored_posts",
            "t228"."disclosed_sponsored_posts",
            "t228"."cost",
            "t228"."key_message_posts",
            "t228"."ugc_post",
            "t228"."mentions",
            "t228"."brand_mentions",
            "t228"."mention_engagements",
            "t228"."brand_mention_engagements",
            "t228"."followers_start",
            "t228"."followers_gained",
            "t228"."followers_expected_gain",
            "t228"."followers_start__provenance",
            "t228"."followers_gained__provenance",
            "t228"."followers_expected_gain__provenance",
            "t228"."brand_followers_start",
            "t228"."brand_followers_gained",
            "t228"."brand_followers_expected_gain",
            "t228"."brand_followers_start__provenance",
            "t228"."brand_followers_gained__provenance",
            "t228"."brand_followers_expected_gain__provenance",
            "t228"."influencers_contacted",
            "t228"."influencers_interested",
            "t228"."posts_contracted",
            "t228"."products_sent",
            "t228"."key_messages",
            "t155"."emv_rate"
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
                          CAST("t219"."publishing_influencer" AS DOUBLE PRECISION) AS "publishing_influencer",
                          "t219"."sponsored_posts",
                          "t219"."disclosed_sponsored_posts",
                          "t219"."cost",
                          "t219"."key_message_posts",
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
                                "t101"."post_id",
                                "t186"."cost"
                              FROM "campaign_posts_in" AS "t101"
                              INNER JOIN (
                                SELECT
                                  "t175"."campaign_id",
                                  "t175"."influencer_id",
                                  SUM("t175"."share") AS "cost"
                                FROM (
                                  SELECT
                                    "t172"."campaign_id",
                                    "t172"."influencer_id",
                                    CAST("t172"."amount" AS DOUBLE PRECISION) / "t114"."n_posts" AS "share"
                                  FROM (
                                    SELECT
                                      "t104"."campaign_id",
                                      "t104"."campaign",
                                      "t104"."influencer_id",
                                      "t104"."incurred_on",
                                      "t104"."amount" * "t161"."rate" AS "amount"
                                    FROM "t82" AS "t104"
                                    LEFT OUTER JOIN (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t97"."key",
                                          CAST(1 AS DOUBLE PRECISION) AS "rate"
                                        FROM "t82" AS "t97"
                                        WHERE
                                          "t97"."base" = "t97"."quote"
                                      ) AS "t112"
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
                                              "t104"."key",
                                              "t104"."on",
                                              "t77"."rate",
                                              EXTRACT('epoch' FROM CAST("t77"."valid_on" AS TIMESTAMPTZ)) AS "valid"
                                            FROM "t82" AS "t104"
                                            INNER JOIN "t67" AS "t77"
                                              ON "t104"."base" = "t77"."base" AND "t104"."quote" = "t77"."quote"
                                          ) AS "t123"
                                        ) AS "t143"
                                        WHERE
                                          "t143"."order" = 0
                                      ) AS "t153"
                                    ) AS "t161"
                                      ON "t104"."key" = "t161"."key"
                                  ) AS "t172"
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
                                    ON "t172"."campaign_id" = "t114"."campaign_id"
                                    AND "t172"."influencer_id" = "t114"."influencer_id"
                                ) AS "t175"
                                GROUP BY
                                  1,
                                  2
                              ) AS "t186"
                                ON "t186"."campaign_id" = "t101"."campaign_id"
                                AND "t186"."influencer_id" = "t101"."influencer_id"
                            ) AS "t192"
                              ON "t201"."post_id" = "t192"."post_id"
                          ) AS "t212"
                          LEFT OUTER JOIN (
                            SELECT
                              "t213"."post_id",
                              MAX(
                                CAST(CASE
                                  WHEN POSITION(LOWER("t213"."message") IN LOWER("t213"."caption")) > 0
                                  THEN 1
                                  ELSE 0
                                END AS DOUBLE PRECISION)
                              ) AS "key_message_posts"
                            FROM (
                              SELECT
                                "t205"."campaign_id",
                                "t205"."post_id",
                                "t205"."caption",
                                "t84"."message"
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
                                    UNNEST(STRING_TO_ARRAY("t0"."key_messages", '
')) AS "message"
                                  FROM "campaign" AS "t0"
                                ) AS "t45"
                                WHERE
                                  LENGTH("t45"."message") > 0
                              ) AS "t84"
                                ON "t205"."campaign_id" = "t84"."campaign_id"
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
                          CAST(NULL AS VARCHAR) AS "influencer",
                          CAST(NULL AS BIGINT) AS "account_id",
                          "t214"."platform",
                          CAST(NULL AS VARCHAR) AS "format",
                          CAST(NULL AS BIGINT) AS "post_id",
                          "t214"."day",
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
                          CAST("t214"."ugc_post" AS DOUBLE PRECISION) AS "ugc_post",
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
                            "t134"."campaign_id",
                            "t134"."campaign",
                            "t134"."platform",
                            "t134"."day",
                            "t134"."post_id" AS "ugc_post"
                          FROM (
                            SELECT DISTINCT
                              *
                            FROM (
                              SELECT
                                "t85"."campaign_id",
                                "t85"."campaign",
                                "t95"."post_id",
                                "t95"."influencer_id",
                                "t95"."platform",
                                "t95"."day"
                              FROM (
                                SELECT
                                  CAST("t54"."id" AS BIGINT) AS "post_id",
                                  CAST("t17"."id" AS BIGINT) AS "influencer_id",
                                  "t17"."workspace_id",
                                  "t17"."is_brand",
                                  CAST("t19"."platform" AS VARCHAR) AS "platform",
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
                                ) AS "t46"
                                WHERE
                                  LENGTH("t46"."tag") > 0
                              ) AS "t85"
                                ON "t95"."workspace_id" = "t85"."workspace_id"
                                AND "t95"."day" >= "t85"."start"
                                AND "t95"."day" <= "t85"."end"
                                AND NOT (
                                  "t95"."is_brand"
                                )
                                AND POSITION(',' || "t85"."tag" || ',' IN ',' || "t95"."hashtags" || ',') > 0
                            ) AS "t125"
                          ) AS "t134"
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
                                  ) AS "t30"
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
                              WHERE
                                "t134"."campaign_id" = "t211"."campaign_id"
                                AND "t134"."influencer_id" = "t211"."influencer_id"
                            )
                        ) AS "t214"
                      ) AS "t215"
                    ) AS "t221"
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t174"."campaign_id",
                        "t174"."campaign",
                        "t174"."influencer_id",
                        "t174"."influencer",
                        CAST(NULL AS BIGINT) AS "account_id",
                        CAST(NULL AS VARCHAR) AS "platform",
                        CAST(NULL AS VARCHAR) AS "format",
                        CAST(NULL AS BIGINT) AS "post_id",
                        "t174"."day",
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
                        "t174"."cost",
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
                          "t171"."campaign_id",
                          "t171"."campaign",
                          "t171"."influencer_id",
                          CAST("t17"."name" AS VARCHAR) AS "influencer",
                          "t171"."incurred_on" AS "day",
                          "t171"."amount" AS "cost"
                        FROM (
                          SELECT
                            "t103"."campaign_id",
                            "t103"."campaign",
                            "t103"."influencer_id",
                            "t103"."incurred_on",
                            "t103"."amount" * "t160"."rate" AS "amount"
                          FROM "t82" AS "t103"
                          LEFT OUTER JOIN (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t96"."key",
                                CAST(1 AS DOUBLE PRECISION) AS "rate"
                              FROM "t82" AS "t96"
                              WHERE
                                "t96"."base" = "t96"."quote"
                            ) AS "t111"
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t142"."key",
                                "t142"."rate"
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
                                    "t103"."key",
                                    "t103"."on",
                                    "t76"."rate",
                                    EXTRACT('epoch' FROM CAST("t76"."valid_on" AS TIMESTAMPTZ)) AS "valid"
                                  FROM "t82" AS "t103"
                                  INNER JOIN "t67" AS "t76"
                                    ON "t103"."base" = "t76"."base" AND "t103"."quote" = "t76"."quote"
                                ) AS "t122"
                              ) AS "t142"
                              WHERE
                                "t142"."order" = 0
                            ) AS "t152"
                          ) AS "t160"
                            ON "t103"."key" = "t160"."key"
                        ) AS "t171"
                        LEFT OUTER JOIN "influencer" AS "t17"
                          ON "t171"."influencer_id" = "t17"."id"
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
                              "t171"."campaign_id" = "t114"."campaign_id"
                              AND "t171"."influencer_id" = "t114"."influencer_id"
                          )
                      ) AS "t174"
                    ) AS "t180"
                  ) AS "t222"
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t89"."campaign_id",
                      "t89"."campaign",
                      CAST(NULL AS BIGINT) AS "influencer_id",
                      CAST(NULL AS VARCHAR) AS "influencer",
                      CAST(NULL AS BIGINT) AS "account_id",
                      "t89"."platform",
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
                      "t89"."mentions",
                      "t89"."brand_mentions",
                      "t89"."mention_engagements",
                      "t89"."brand_mention_engagements",
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
                        CAST("t59"."id" AS BIGINT) AS "campaign_id",
                        CAST("t59"."name" AS VARCHAR) AS "campaign",
                        CAST("t52"."platform" AS VARCHAR) AS "platform",
                        "t52"."mentioned_on" AS "day",
                        CAST(1 AS DOUBLE PRECISION) AS "mentions",
                        CAST(CASE WHEN "t52"."own" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "brand_mentions",
                        "t52"."engagements" AS "mention_engagements",
                        CAST(CASE WHEN "t52"."own" THEN 1 ELSE 0 END AS DOUBLE PRECISION) * "t52"."engagements" AS "brand_mention_engagements"
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
                    ) AS "t89"
                  ) AS "t100"
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
                    CAST(NULL AS VARCHAR) AS "format",
                    CAST(NULL AS BIGINT) AS "post_id",
                    "t209"."day",
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
                      WHEN "t209"."is_brand" = FALSE
                      THEN "t209"."start_followers"
                      ELSE CAST(NULL AS DOUBLE PRECISION)
                    END AS "followers_start",
                    CASE
                      WHEN "t209"."is_brand" = FALSE
                      THEN CASE
                        WHEN "t209"."end_seen_at" > "t209"."start_seen_at"
                        THEN "t209"."end_followers" - "t209"."start_followers"
                        ELSE CAST(NULL AS DOUBLE PRECISION)
                      END
                      ELSE CAST(NULL AS DOUBLE PRECISION)
                    END AS "followers_gained",
                    CASE
                      WHEN "t209"."is_brand" = FALSE
                      THEN CASE
                        WHEN "t209"."end_seen_at" > "t209"."start_seen_at"
                        THEN (
                          CAST((
                            "t209"."start_followers" - "t209"."before_followers"
                          ) AS DOUBLE PRECISION) / NULLIF(CAST("t209"."start_seen_at" - "t209"."before_seen_at" AS DOUBLE PRECISION), 0)
                        ) * (
                          "t209"."end_seen_at" - "t209"."start_seen_at"
                        )
                        ELSE CAST(NULL AS DOUBLE PRECISION)
                      END
                      ELSE CAST(NULL AS DOUBLE PRECISION)
                    END AS "followers_expected_gain",
                    CAST(CASE
                      WHEN "t209"."is_brand" = FALSE
                      THEN "t209"."start_rank"
                      ELSE CAST(NULL AS SMALLINT)
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
                            CAST((
                              "t209"."start_followers" - "t209"."before_followers"
                            ) AS DOUBLE PRECISION) / NULLIF(CAST("t209"."start_seen_at" - "t209"."before_seen_at" AS DOUBLE PRECISION), 0)
                          ) * (
                            "t209"."end_seen_at" - "t209"."start_seen_at"
                          )
                          ELSE CAST(NULL AS DOUBLE PRECISION)
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
                      ELSE CAST(NULL AS DOUBLE PRECISION)
                    END AS "brand_followers_start",
                    CASE
                      WHEN "t209"."is_brand" = TRUE
                      THEN CASE
                        WHEN "t209"."end_seen_at" > "t209"."start_seen_at"
                        THEN "t209"."end_followers" - "t209"."start_followers"
                        ELSE CAST(NULL AS DOUBLE PRECISION)
                      END
                      ELSE CAST(NULL AS DOUBLE PRECISION)
                    END AS "brand_followers_gained",
                    CASE
                      WHEN "t209"."is_brand" = TRUE
                      THEN CASE
                        WHEN "t209"."end_seen_at" > "t209"."start_seen_at"
                        THEN (
                          CAST((
                            "t209"."start_followers" - "t209"."before_followers"
                          ) AS DOUBLE PRECISION) / NULLIF(CAST("t209"."start_seen_at" - "t209"."before_seen_at" AS DOUBLE PRECISION), 0)
                        ) * (
                          "t209"."end_seen_at" - "t209"."start_seen_at"
                        )
                        ELSE CAST(NULL AS DOUBLE PRECISION)
                      END
                      ELSE CAST(NULL AS DOUBLE PRECISION)
                    END AS "brand_followers_expected_gain",
                    CAST(CASE
                      WHEN "t209"."is_brand" = TRUE
                      THEN "t209"."start_rank"
                      ELSE CAST(NULL AS SMALLINT)
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
                            CAST((
                              "t209"."start_followers" - "t209"."before_followers"
                            ) AS DOUBLE PRECISION) / NULLIF(CAST("t209"."start_seen_at" - "t209"."before_seen_at" AS DOUBLE PRECISION), 0)
                          ) * (
                            "t209"."end_seen_at" - "t209"."start_seen_at"
                          )
                          ELSE CAST(NULL AS DOUBLE PRECISION)
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
                    CAST(NULL AS DOUBLE PRECISION) AS "influencers_contacted",
                    CAST(NULL AS DOUBLE PRECISION) AS "influencers_interested",
                    CAST(NULL AS DOUBLE PRECISION) AS "posts_contracted",
                    CAST(NULL AS DOUBLE PRECISION) AS "products_sent",
                    CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
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
                      "t187"."before_followers",
                      "t187"."before_seen_at",
                      "t187"."before_rank"
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
                        "t185"."end_followers",
                        "t185"."end_seen_at",
                        "t185"."end_rank"
                      FROM (
                        SELECT
                          "t147"."campaign_id",
                          "t147"."campaign",
                          "t147"."influencer_id",
                          "t147"."influencer",
                          "t147"."account_id",
                          "t147"."platform",
                          "t147"."is_brand",
                          "t147"."day",
                          "t147"."start_at",
                          "t147"."end_at",
                          "t190"."start_followers",
                          "t190"."start_seen_at",
                          "t190"."start_rank"
                        FROM (
                          SELECT
                            "t127"."campaign_id",
                            CAST("t15"."name" AS VARCHAR) AS "campaign",
                            CAST("t18"."id" AS BIGINT) AS "influencer_id",
                            CAST("t18"."name" AS VARCHAR) AS "influencer",
                            "t127"."account_id",
                            CAST("t20"."platform" AS VARCHAR) AS "platform",
                            "t127"."is_brand",
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
                                  "t94"."campaign_id",
                                  "t94"."account_id"
                                FROM "campaign_posts_in" AS "t94"
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
                          ) AS "t127"
                          INNER JOIN "campaign" AS "t15"
                            ON "t127"."campaign_id" = "t15"."id"
                          INNER JOIN "account" AS "t20"
                            ON "t127"."account_id" = "t20"."id"
                          INNER JOIN "influencer" AS "t18"
                            ON "t20"."influencer_id" = "t18"."id"
                        ) AS "t147"
                        INNER JOIN (
                          SELECT
                            "t179"."campaign_id",
                            "t179"."account_id",
                            CAST("t179"."followers" AS DOUBLE PRECISION) AS "start_followers",
                            "t179"."at" AS "start_seen_at",
                            "t179"."rank" AS "start_rank"
                          FROM (
                            SELECT
                              "t167"."campaign_id",
                              "t167"."campaign",
                              "t167"."influencer_id",
                              "t167"."influencer",
                              "t167"."account_id",
                              "t167"."platform",
                              "t167"."is_brand",
                              "t167"."day",
                              "t167"."start_at",
                              "t167"."end_at",
                              "t167"."followers",
                              "t167"."at",
                              "t167"."rank",
                              ROW_NUMBER() OVER (
                                PARTITION BY "t167"."campaign_id", "t167"."account_id"
                                ORDER BY CASE WHEN "t167"."at" <= "t167"."start_at" THEN 0 ELSE 1 END ASC, ABS("t167"."at" - "t167"."start_at") ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) - 1 AS "order"
                            FROM "t164" AS "t167"
                          ) AS "t179"
                          WHERE
                            "t179"."order" = 0
                        ) AS "t190"
                          ON "t147"."campaign_id" = "t190"."campaign_id"
                          AND "t147"."account_id" = "t190"."account_id"
                      ) AS "t195"
                      LEFT OUTER JOIN (
                        SELECT
                          "t173"."campaign_id",
                          "t173"."account_id",
                          CAST("t173"."followers" AS DOUBLE PRECISION) AS "end_followers",
                          "t173"."at" AS "end_seen_at",
                          "t173"."rank" AS "end_rank"
                        FROM (
                          SELECT
                            "t167"."campaign_id",
                            "t167"."campaign",
                            "t167"."influencer_id",
                            "t167"."influencer",
                            "t167"."account_id",
                            "t167"."platform",
                            "t167"."is_brand",
                            "t167"."day",
                            "t167"."start_at",
                            "t167"."end_at",
                            "t167"."followers",
                            "t167"."at",
                            "t167"."rank",
                            ROW_NUMBER() OVER (
                              PARTITION BY "t167"."campaign_id", "t167"."account_id"
                              ORDER BY "t167"."at" DESC NULLS LAST
                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                            ) - 1 AS "order"
                          FROM "t164" AS "t167"
                        ) AS "t173"
                        WHERE
                          "t173"."order" = 0
                      ) AS "t185"
                        ON "t195"."campaign_id" = "t185"."campaign_id"
                        AND "t195"."account_id" = "t185"."account_id"
                    ) AS "t200"
                    LEFT OUTER JOIN (
                      SELECT
                        "t177"."campaign_id",
                        "t177"."account_id",
                        CAST("t177"."followers" AS DOUBLE PRECISION) AS "before_followers",
                        "t177"."at" AS "before_seen_at",
                        "t177"."rank" AS "before_rank"
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
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t147"."campaign_id",
                              "t147"."campaign",
                              "t147"."influencer_id",
                              "t147"."influencer",
                              "t147"."account_id",
                              "t147"."platform",
                              "t147"."is_brand",
                              "t147"."day",
                              "t147"."start_at",
                              "t147"."end_at",
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
                                CAST("t20"."platform" AS VARCHAR) AS "platform",
                                "t127"."is_brand",
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
                                      "t94"."campaign_id",
                                      "t94"."account_id"
                                    FROM "campaign_posts_in" AS "t94"
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
                              ) AS "t127"
                              INNER JOIN "campaign" AS "t15"
                                ON "t127"."campaign_id" = "t15"."id"
                              INNER JOIN "account" AS "t20"
                                ON "t127"."account_id" = "t20"."id"
                              INNER JOIN "influencer" AS "t18"
                                ON "t20"."influencer_id" = "t18"."id"
                            ) AS "t147"
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
                              ON "t147"."account_id" = "t65"."account_id"
                          ) AS "t162"
                          WHERE
                            "t162"."at" <= (
                              "t162"."start_at" - (
                                "t162"."end_at" - "t162"."start_at"
                              )
                            )
                        ) AS "t170"
                      ) AS "t177"
                      WHERE
                        "t177"."order" = 0
                    ) AS "t187"
                      ON "t200"."campaign_id" = "t187"."campaign_id"
                      AND "t200"."account_id" = "t187"."account_id"
                  ) AS "t209"
                ) AS "t218"
              ) AS "t224"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t88"."campaign_id",
                  "t88"."campaign",
                  "t88"."influencer_id",
                  "t88"."influencer",
                  CAST(NULL AS BIGINT) AS "account_id",
                  CAST(NULL AS VARCHAR) AS "platform",
                  CAST(NULL AS VARCHAR) AS "format",
                  CAST(NULL AS BIGINT) AS "post_id",
                  "t88"."day",
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
                  "t88"."influencers_contacted",
                  "t88"."influencers_interested",
                  "t88"."posts_contracted",
                  "t88"."products_sent",
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
                    FROM "roster" AS "t7"
                    WHERE
                      "t7"."campaign_id" IN (1)
                  ) AS "t50"
                  INNER JOIN "campaign" AS "t15"
                    ON "t50"."campaign_id" = "t15"."id"
                  INNER JOIN "influencer" AS "t17"
                    ON "t50"."influencer_id" = "t17"."id"
                ) AS "t88"
              ) AS "t99"
            ) AS "t225"
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
            ) AS "t70"
          ) AS "t228"
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
                  CAST(1 AS DOUBLE PRECISION) AS "rate"
                FROM "campaign" AS "t0"
                WHERE
                  'EUR' = CAST("t0"."currency" AS VARCHAR)
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
                      "t62"."key",
                      "t62"."on",
                      "t75"."rate",
                      EXTRACT('epoch' FROM CAST("t75"."valid_on" AS TIMESTAMPTZ)) AS "valid"
                    FROM (
                      SELECT
                        CAST("t0"."id" AS BIGINT) AS "key",
                        'EUR' AS "base",
                        CAST("t0"."currency" AS VARCHAR) AS "quote",
                        EXTRACT('epoch' FROM CAST("t0"."start_date" AS TIMESTAMPTZ)) AS "on"
                      FROM "campaign" AS "t0"
                    ) AS "t62"
                    INNER JOIN "t67" AS "t75"
                      ON "t62"."base" = "t75"."base" AND "t62"."quote" = "t75"."quote"
                  ) AS "t106"
                ) AS "t132"
                WHERE
                  "t132"."order" = 0
              ) AS "t139"
            ) AS "t146"
          ) AS "t155"
            ON "t228"."campaign_id" = "t155"."campaign_id"
        ) AS "t231"
        LEFT OUTER JOIN (
          SELECT
            "t5"."account_id",
            "t5"."inauthentic_share"
          FROM "account_audit" AS "t5"
        ) AS "t27"
          ON "t231"."account_id" = "t27"."account_id"
      ) AS "t233"
    ) AS "t236"
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
            CAST(1 AS DOUBLE PRECISION) AS "rate"
          FROM "campaign" AS "t0"
          WHERE
            'USD' = CAST("t0"."currency" AS VARCHAR)
        ) AS "t41"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            "t131"."key",
            "t131"."rate"
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
                "t61"."key",
                "t61"."on",
                "t74"."rate",
                EXTRACT('epoch' FROM CAST("t74"."valid_on" AS TIMESTAMPTZ)) AS "valid"
              FROM (
                SELECT
                  CAST("t0"."id" AS BIGINT) AS "key",
                  'USD' AS "base",
                  CAST("t0"."currency" AS VARCHAR) AS "quote",
                  EXTRACT('epoch' FROM CAST("t0"."start_date" AS TIMESTAMPTZ)) AS "on"
                FROM "campaign" AS "t0"
              ) AS "t61"
              INNER JOIN "t67" AS "t74"
                ON "t61"."base" = "t74"."base" AND "t61"."quote" = "t74"."quote"
            ) AS "t105"
          ) AS "t131"
          WHERE
            "t131"."order" = 0
        ) AS "t138"
      ) AS "t145"
    ) AS "t154"
      ON "t236"."campaign_id" = "t154"."campaign_id"
  ) AS "t238"
  WHERE
    "t238"."campaign_id" IN (1)
    AND (
      (
        "t238"."brand_followers_expected_gain" IS NOT NULL
      )
      OR (
        "t238"."brand_followers_gained" IS NOT NULL
      )
      OR (
        "t238"."brand_followers_start" IS NOT NULL
      )
      OR (
        "t238"."brand_mention_engagements" IS NOT NULL
      )
      OR (
        "t238"."brand_mentions" IS NOT NULL
      )
      OR (
        "t238"."clicks" IS NOT NULL
      )
      OR (
        "t238"."comments" IS NOT NULL
      )
      OR (
        "t238"."cost" IS NOT NULL
      )
      OR (
        "t238"."disclosed_sponsored_posts" IS NOT NULL
      )
      OR (
        "t238"."emv" IS NOT NULL
      )
      OR (
        "t238"."emv_authentic" IS NOT NULL
      )
      OR (
        "t238"."engagements" IS NOT NULL
      )
      OR (
        "t238"."er_followers_post" IS NOT NULL
      )
      OR (
        "t238"."er_impressions_post" IS NOT NULL
      )
      OR (
        "t238"."er_reach_post" IS NOT NULL
      )
      OR (
        "t238"."er_views_post" IS NOT NULL
      )
      OR (
        "t238"."followers" IS NOT NULL
      )
      OR (
        "t238"."followers_expected_gain" IS NOT NULL
      )
      OR (
        "t238"."followers_gained" IS NOT NULL
      )
      OR (
        "t238"."followers_start" IS NOT NULL
      )
      OR (
        "t238"."impressions" IS NOT NULL
      )
      OR (
        "t238"."impressions_with_estimates" IS NOT NULL
      )
      OR (
        "t238"."influencers_contacted" IS NOT NULL
      )
      OR (
        "t238"."influencers_interested" IS NOT NULL
      )
      OR (
        "t238"."key_message_posts" IS NOT NULL
      )
      OR (
        "t238"."key_messages" IS NOT NULL
      )
      OR (
        "t238"."likes" IS NOT NULL
      )
      OR (
        "t238"."mention_engagements" IS NOT NULL
      )
      OR (
        "t238"."mentions" IS NOT NULL
      )
      OR (
        (
          CAST("t238"."cost" AS DOUBLE PRECISION) / (
            CASE
              WHEN "t238"."platform" = 'tiktok'
              THEN CAST(NULL AS DOUBLE PRECISION)
              WHEN "t238"."platform" = 'youtube'
              THEN CAST(NULL AS DOUBLE PRECISION)
              ELSE 1.88
            END * "t238"."paid_rate"
          )
        ) IS NOT NULL
      )
      OR (
        (
          (
            CAST("t238"."cost" AS DOUBLE PRECISION) / (
              CASE
                WHEN "t238"."platform" = 'tiktok'
                THEN 7.5
                WHEN "t238"."platform" = 'youtube'
                THEN 3.53
                ELSE 19.8
              END * "t238"."paid_rate"
            )
          ) * 1000
        ) IS NOT NULL
      )
      OR (
        (
          CAST("t238"."cost" AS DOUBLE PRECISION) / (
            CASE
              WHEN "t238"."platform" = 'youtube'
              THEN 0.026
              ELSE CAST(NULL AS DOUBLE PRECISION)
            END * "t238"."paid_rate"
          )
        ) IS NOT NULL
      )
      OR (
        "t238"."post_id" IS NOT NULL
      )
      OR (
        "t238"."post_platform" IS NOT NULL
      )
      OR (
        "t238"."posts_contracted" IS NOT NULL
      )
      OR (
        "t238"."products_sent" IS NOT NULL
      )
      OR (
        "t238"."publishing_influencer" IS NOT NULL
      )
      OR (
        "t238"."reach" IS NOT NULL
      )
      OR (
        "t238"."saves" IS NOT NULL
      )
      OR (
        "t238"."shares" IS NOT NULL
      )
      OR (
        "t238"."sponsored_posts" IS NOT NULL
      )
      OR (
        "t238"."ugc_post" IS NOT NULL
      )
      OR (
        "t238"."views" IS NOT NULL
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
    CAST("t253"."reach_rate__first" AS DOUBLE PRECISION) / NULLIF("t253"."reach_rate__second", 0)
  ) * 100 AS "reach_rate",
  "t253"."brand_mentions",
  (
    "t253"."brand_mentions" / NULLIF("t253"."mentions", 0)
  ) * 100 AS "share_of_voice",
  (
    CAST("t253"."brand_mention_engagements" AS DOUBLE PRECISION) / NULLIF("t253"."mention_engagements", 0)
  ) * 100 AS "share_of_engagement",
  "t253"."key_message_posts",
  (
    "t253"."key_message_posts" / NULLIF(CAST("t253"."posts" AS DOUBLE PRECISION), 0)
  ) * 100 AS "key_message_rate",
  "t253"."posts",
  "t253"."posts_contracted",
  (
    CAST("t253"."posts" AS DOUBLE PRECISION) / NULLIF("t253"."posts_contracted", 0)
  ) * 100 AS "posts_delivery_rate",
  "t253"."ugc_posts",
  "t253"."likes",
  "t253"."comments",
  "t253"."shares",
  "t253"."saves",
  "t253"."engagements",
  (
    CAST("t253"."engagement_rate_reach__first" AS DOUBLE PRECISION) / NULLIF("t253"."engagement_rate_reach__second", 0)
  ) * 100 AS "engagement_rate_reach",
  (
    CAST("t253"."engagement_rate_followers__first" AS DOUBLE PRECISION) / NULLIF("t253"."engagement_rate_followers__second", 0)
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
    CAST("t253"."engagement_rate_impressions__first" AS DOUBLE PRECISION) / NULLIF("t253"."engagement_rate_impressions__second", 0)
  ) * 100 AS "engagement_rate_impressions",
  "t253"."er_impressions_post_mean" AS "engagement_rate_impressions_post_mean",
  "t253"."er_impressions_post_median" AS "engagement_rate_impressions_post_median",
  "t253"."er_impressions_account_mean" AS "engagement_rate_impressions_account_mean",
  "t253"."er_impressions_account_median" AS "engagement_rate_impressions_account_median",
  (
    CAST("t253"."engagement_rate_views__first" AS DOUBLE PRECISION) / NULLIF("t253"."engagement_rate_views__second", 0)
  ) * 100 AS "engagement_rate_views",
  "t253"."er_views_post_mean" AS "engagement_rate_views_post_mean",
  "t253"."er_views_post_median" AS "engagement_rate_views_post_median",
  "t253"."er_views_account_mean" AS "engagement_rate_views_account_mean",
  "t253"."er_views_account_median" AS "engagement_rate_views_account_median",
  "t253"."clicks" AS "platform_link_clicks",
  "t253"."followers_gained",
  (
    CAST("t253"."follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t253"."follower_growth_rate__second", 0)
  ) * 100 AS "follower_growth_rate",
  "t253"."followers_gained_above_trend__first" - "t253"."followers_gained_above_trend__second" AS "followers_gained_above_trend",
  "t253"."brand_followers_gained",
  (
    CAST("t253"."brand_follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t253"."brand_follower_growth_rate__second", 0)
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
    CAST("t253"."bounced_sessions" AS DOUBLE PRECISION) / NULLIF("t253"."sessions", 0)
  ) * 100 AS "bounce_rate",
  CAST("t253"."session_seconds" AS DOUBLE PRECISION) / NULLIF("t253"."sessions", 0) AS "average_session_duration",
  CAST("t253"."page_views" AS DOUBLE PRECISION) / NULLIF("t253"."sessions", 0) AS "pages_per_session",
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
    CAST((
      "t253"."revenue" - "t253"."cost"
    ) AS DOUBLE PRECISION) / NULLIF("t253"."cost", 0)
  ) * 100 AS "return_on_investment",
  (
    CAST((
      "t253"."revenue" - "t253"."cost"
    ) AS DOUBLE PRECISION) / NULLIF("t253"."revenue", 0)
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
    CAST("t253"."impressions_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t253"."impressions_vs_paid__second", 0)
  ) * 100 AS "impressions_vs_paid",
  (
    CAST("t253"."clicks_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t253"."clicks_vs_paid__second", 0)
  ) * 100 AS "clicks_vs_paid",
  (
    CAST("t253"."views_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t253"."views_vs_paid__second", 0)
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
        CAST("t253"."influencers_interested" AS DOUBLE PRECISION) / NULLIF("t253"."influencers_contacted", 0)
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
        CAST("t253"."reach_rate__first" AS DOUBLE PRECISION) / NULLIF("t253"."reach_rate__second", 0)
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
        CAST("t253"."brand_mentions" AS DOUBLE PRECISION) / NULLIF("t253"."mentions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "share_of_voice__provenance",
  CASE
    WHEN (
      (
        CAST("t253"."brand_mention_engagements" AS DOUBLE PRECISION) / NULLIF("t253"."mention_engagements", 0)
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
        CAST("t253"."key_message_posts" AS DOUBLE PRECISION) / NULLIF(CAST("t253"."posts" AS DOUBLE PRECISION), 0)
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
        CAST("t253"."posts" AS DOUBLE PRECISION) / NULLIF("t253"."posts_contracted", 0)
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
        CAST("t253"."engagement_rate_reach__first" AS DOUBLE PRECISION) / NULLIF("t253"."engagement_rate_reach__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t253"."engagement_rate_reach__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach__provenance",
  CASE
    WHEN (
      (
        CAST("t253"."engagement_rate_followers__first" AS DOUBLE PRECISION) / NULLIF("t253"."engagement_rate_followers__second", 0)
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
        CAST("t253"."engagement_rate_impressions__first" AS DOUBLE PRECISION) / NULLIF("t253"."engagement_rate_impressions__second", 0)
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
        CAST("t253"."engagement_rate_views__first" AS DOUBLE PRECISION) / NULLIF("t253"."engagement_rate_views__second", 0)
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
        CAST("t253"."follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t253"."follower_growth_rate__second", 0)
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
        CAST("t253"."brand_follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t253"."brand_follower_growth_rate__second", 0)
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
        CAST("t253"."link_clicks" AS DOUBLE PRECISION) / NULLIF("t253"."impressions_with_estimates", 0)
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
        CAST("t253"."bounced_sessions" AS DOUBLE PRECISION) / NULLIF("t253"."sessions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "bounce_rate__provenance",
  CASE
    WHEN (
      CAST("t253"."session_seconds" AS DOUBLE PRECISION) / NULLIF("t253"."sessions", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "average_session_duration__provenance",
  CASE
    WHEN (
      CAST("t253"."page_views" AS DOUBLE PRECISION) / NULLIF("t253"."sessions", 0)
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
        CAST("t253"."orders" AS DOUBLE PRECISION) / NULLIF("t253"."unique_link_clicks", 0)
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
      CAST("t253"."revenue" AS DOUBLE PRECISION) / NULLIF("t253"."priced_orders", 0)
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
      CAST("t253"."revenue" AS DOUBLE PRECISION) / NULLIF("t253"."cost", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_ad_spend__provenance",
  CASE
    WHEN (
      (
        CAST((
          "t253"."revenue" - "t253"."cost"
        ) AS DOUBLE PRECISION) / NULLIF("t253"."cost", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_investment__provenance",
  CASE
    WHEN (
      (
        CAST((
          "t253"."revenue" - "t253"."cost"
        ) AS DOUBLE PRECISION) / NULLIF("t253"."revenue", 0)
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
        CAST("t253"."disclosed_sponsored_posts" AS DOUBLE PRECISION) / NULLIF("t253"."sponsored_posts", 0)
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
        CAST("t253"."cost" AS DOUBLE PRECISION) / NULLIF("t253"."impressions_with_estimates", 0)
      ) * 1000
    ) IS NOT NULL
    THEN COALESCE("t253"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_mille__provenance",
  CASE
    WHEN (
      CAST("t253"."cost" AS DOUBLE PRECISION) / NULLIF("t253"."engagements", 0)
    ) IS NOT NULL
    THEN COALESCE("t253"."engagements__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_engagement__provenance",
  CASE
    WHEN (
      CAST("t253"."cost" AS DOUBLE PRECISION) / NULLIF("t253"."views", 0)
    ) IS NOT NULL
    THEN COALESCE("t253"."views__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_view__provenance",
  CASE
    WHEN (
      CAST("t253"."cost" AS DOUBLE PRECISION) / NULLIF("t253"."brand_followers_gained", 0)
    ) IS NOT NULL
    THEN COALESCE("t253"."brand_followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_new_follower__provenance",
  CASE
    WHEN (
      CAST("t253"."cost" AS DOUBLE PRECISION) / NULLIF("t253"."link_clicks", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_click__provenance",
  CASE
    WHEN (
      CAST("t253"."cost" AS DOUBLE PRECISION) / NULLIF("t253"."orders", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_acquisition__provenance",
  CASE
    WHEN (
      CAST("t253"."cost" AS DOUBLE PRECISION) / NULLIF("t253"."new_customers", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "customer_acquisition_cost__provenance",
  CASE
    WHEN (
      CAST("t253"."cost" AS DOUBLE PRECISION) / NULLIF("t253"."key_events", 0)
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
      CAST("t253"."emv" AS DOUBLE PRECISION) / NULLIF("t253"."cost", 0)
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
        CAST("t253"."impressions_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t253"."impressions_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t253"."impressions_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions_vs_paid__provenance",
  CASE
    WHEN (
      (
        CAST("t253"."clicks_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t253"."clicks_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t253"."clicks_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "clicks_vs_paid__provenance",
  CASE
    WHEN (
      (
        CAST("t253"."views_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t253"."views_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t253"."views_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "views_vs_paid__provenance"
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
    "t248"."reach__provenance",
    "t248"."impressions__provenance",
    "t248"."views__provenance",
    "t248"."impressions_with_estimates__provenance",
    "t248"."reach_rate__pair__provenance",
    "t248"."likes__provenance",
    "t248"."comments__provenance",
    "t248"."shares__provenance",
    "t248"."saves__provenance",
    "t248"."engagements__provenance",
    "t248"."engagement_rate_reach__pair__provenance",
    "t248"."engagement_rate_followers__pair__provenance",
    "t248"."er_reach_post_mean__provenance",
    "t248"."er_followers_post_mean__provenance",
    "t248"."engagement_rate_impressions__pair__provenance",
    "t248"."er_impressions_post_mean__provenance",
    "t248"."engagement_rate_views__pair__provenance",
    "t248"."er_views_post_mean__provenance",
    "t248"."clicks__provenance",
    "t248"."followers_gained__provenance",
    "t248"."follower_growth_rate__pair__provenance",
    "t248"."followers_gained_above_trend__pair__provenance",
    "t248"."brand_followers_gained__provenance",
    "t248"."brand_follower_growth_rate__pair__provenance",
    "t248"."brand_followers_gained_above_trend__pair__provenance",
    "t248"."emv__provenance",
    "t248"."emv_authentic__provenance",
    "t248"."impressions_vs_paid__pair__provenance",
    "t248"."clicks_vs_paid__pair__provenance",
    "t248"."views_vs_paid__pair__provenance",
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
    "t252"."er_views_account_median__provenance"
  FROM (
    SELECT
      "t245"."week",
      MAX("t245"."key_messages") AS "key_messages",
      COALESCE(MAX("t245"."platforms_selected"), 0) AS "platforms_selected",
      MAX("t245"."influencers_contacted") AS "influencers_contacted",
      MAX("t245"."influencers_interested") AS "influencers_interested",
      COALESCE(MAX("t245"."influencers_activated"), 0) AS "influencers_activated",
      MAX("t245"."products_sent") AS "products_sent",
      MAX("t245"."reach") AS "reach",
      MAX("t245"."impressions") AS "impressions",
      MAX("t245"."views") AS "views",
      MAX("t245"."impressions_with_estimates") AS "impressions_with_estimates",
      MAX("t245"."reach_rate__first") AS "reach_rate__first",
      MAX("t245"."reach_rate__second") AS "reach_rate__second",
      MAX("t245"."brand_mentions") AS "brand_mentions",
      MAX("t245"."mentions") AS "mentions",
      MAX("t245"."brand_mention_engagements") AS "brand_mention_engagements",
      MAX("t245"."mention_engagements") AS "mention_engagements",
      MAX("t245"."key_message_posts") AS "key_message_posts",
      COALESCE(MAX("t245"."posts"), 0) AS "posts",
      MAX("t245"."posts_contracted") AS "posts_contracted",
      COALESCE(MAX("t245"."ugc_posts"), 0) AS "ugc_posts",
      MAX("t245"."likes") AS "likes",
      MAX("t245"."comments") AS "comments",
      MAX("t245"."shares") AS "shares",
      MAX("t245"."saves") AS "saves",
      MAX("t245"."engagements") AS "engagements",
      MAX("t245"."engagement_rate_reach__first") AS "engagement_rate_reach__first",
      MAX("t245"."engagement_rate_reach__second") AS "engagement_rate_reach__second",
      MAX("t245"."engagement_rate_followers__first") AS "engagement_rate_followers__first",
      MAX("t245"."engagement_rate_followers__second") AS "engagement_rate_followers__second",
      MAX("t245"."er_reach_post_mean") AS "er_reach_post_mean",
      MAX("t245"."er_reach_post_median") AS "er_reach_post_median",
      MAX("t245"."er_followers_post_mean") AS "er_followers_post_mean",
      MAX("t245"."er_followers_post_median") AS "er_followers_post_median",
      MAX("t245"."engagement_rate_impressions__first") AS "engagement_rate_impressions__first",
      MAX("t245"."engagement_rate_impressions__second") AS "engagement_rate_impressions__second",
      MAX("t245"."er_impressions_post_mean") AS "er_impressions_post_mean",
      MAX("t245"."er_impressions_post_median") AS "er_impressions_post_median",
      MAX("t245"."engagement_rate_views__first") AS "engagement_rate_views__first",
      MAX("t245"."engagement_rate_views__second") AS "engagement_rate_views__second",
      MAX("t245"."er_views_post_mean") AS "er_views_post_mean",
      MAX("t245"."er_views_post_median") AS "er_views_post_median",
      MAX("t245"."clicks") AS "clicks",
      MAX("t245"."followers_gained") AS "followers_gained",
      MAX("t245"."follower_growth_rate__first") AS "follower_growth_rate__first",
      MAX("t245"."follower_growth_rate__second") AS "follower_growth_rate__second",
      MAX("t245"."followers_gained_above_trend__first") AS "followers_gained_above_trend__first",
      MAX("t245"."followers_gained_above_trend__second") AS "followers_gained_above_trend__second",
      MAX("t245"."brand_followers_gained") AS "brand_followers_gained",
      MAX("t245"."brand_follower_growth_rate__first") AS "brand_follower_growth_rate__first",
      MAX("t245"."brand_follower_growth_rate__second") AS "brand_follower_growth_rate__second",
      MAX("t245"."brand_followers_gained_above_trend__first") AS "brand_followers_gained_above_trend__first",
      MAX("t245"."brand_followers_gained_above_trend__second") AS "brand_followers_gained_above_trend__second",
      MAX("t245"."cost") AS "cost",
      MAX("t245"."sponsored_posts") AS "sponsored_posts",
      MAX("t245"."disclosed_sponsored_posts") AS "disclosed_sponsored_posts",
      MAX("t245"."emv") AS "emv",
      MAX("t245"."emv_authentic") AS "emv_authentic",
      MAX("t245"."paid_impressions") AS "paid_impressions",
      MAX("t245"."paid_clicks") AS "paid_clicks",
      MAX("t245"."paid_views") AS "paid_views",
      MAX("t245"."impressions_vs_paid__first") AS "impressions_vs_paid__first",
      MAX("t245"."impressions_vs_paid__second") AS "impressions_vs_paid__second",
      MAX("t245"."clicks_vs_paid__first") AS "clicks_vs_paid__first",
      MAX("t245"."clicks_vs_paid__second") AS "clicks_vs_paid__second",
      MAX("t245"."views_vs_paid__first") AS "views_vs_paid__first",
      MAX("t245"."views_vs_paid__second") AS "views_vs_paid__second",
      MAX("t245"."reach__provenance") AS "reach__provenance",
      MAX("t245"."impressions__provenance") AS "impressions__provenance",
      MAX("t245"."views__provenance") AS "views__provenance",
      MAX("t245"."impressions_with_estimates__provenance") AS "impressions_with_estimates__provenance",
      MAX("t245"."reach_rate__pair__provenance") AS "reach_rate__pair__provenance",
      MAX("t245"."likes__provenance") AS "likes__provenance",
      MAX("t245"."comments__provenance") AS "comments__provenance",
      MAX("t245"."shares__provenance") AS "shares__provenance",
      MAX("t245"."saves__provenance") AS "saves__provenance",
      MAX("t245"."engagements__provenance") AS "engagements__provenance",
      MAX("t245"."engagement_rate_reach__pair__provenance") AS "engagement_rate_reach__pair__provenance",
      MAX("t245"."engagement_rate_followers__pair__provenance") AS "engagement_rate_followers__pair__provenance",
      MAX("t245"."er_reach_post_mean__provenance") AS "er_reach_post_mean__provenance",
      MAX("t245"."er_followers_post_mean__provenance") AS "er_followers_post_mean__provenance",
      MAX("t245"."engagement_rate_impressions__pair__provenance") AS "engagement_rate_impressions__pair__provenance",
      MAX("t245"."er_impressions_post_mean__provenance") AS "er_impressions_post_mean__provenance",
      MAX("t245"."engagement_rate_views__pair__provenance") AS "engagement_rate_views__pair__provenance",
      MAX("t245"."er_views_post_mean__provenance") AS "er_views_post_mean__provenance",
      MAX("t245"."clicks__provenance") AS "clicks__provenance",
      MAX("t245"."followers_gained__provenance") AS "followers_gained__provenance",
      MAX("t245"."follower_growth_rate__pair__provenance") AS "follower_growth_rate__pair__provenance",
      MAX("t245"."followers_gained_above_trend__pair__provenance") AS "followers_gained_above_trend__pair__provenance",
      MAX("t245"."brand_followers_gained__provenance") AS "brand_followers_gained__provenance",
      MAX("t245"."brand_follower_growth_rate__pair__provenance") AS "brand_follower_growth_rate__pair__provenance",
      MAX("t245"."brand_followers_gained_above_trend__pair__provenance") AS "brand_followers_gained_above_trend__pair__provenance",
      MAX("t245"."emv__provenance") AS "emv__provenance",
      MAX("t245"."emv_authentic__provenance") AS "emv_authentic__provenance",
      MAX("t245"."impressions_vs_paid__pair__provenance") AS "impressions_vs_paid__pair__provenance",
      MAX("t245"."clicks_vs_paid__pair__provenance") AS "clicks_vs_paid__pair__provenance",
      MAX("t245"."views_vs_paid__pair__provenance") AS "views_vs_paid__pair__provenance",
      MAX("t245"."link_clicks") AS "link_clicks",
      MAX("t245"."unique_link_clicks") AS "unique_link_clicks",
      MAX("t245"."bot_link_clicks") AS "bot_link_clicks",
      MAX("t245"."sessions") AS "sessions",
      MAX("t245"."new_users") AS "new_users",
      MAX("t245"."bounced_sessions") AS "bounced_sessions",
      MAX("t245"."session_seconds") AS "session_seconds",
      MAX("t245"."page_views") AS "page_views",
      MAX("t245"."key_events") AS "key_events",
      MAX("t245"."orders") AS "orders",
      MAX("t245"."revenue") AS "revenue",
      MAX("t245"."priced_orders") AS "priced_orders",
      MAX("t245"."new_customers") AS "new_customers"
    FROM (
      SELECT
        *
      FROM (
        SELECT
          "t242"."week",
          "t242"."key_messages",
          "t242"."platforms_selected",
          "t242"."influencers_contacted",
          "t242"."influencers_interested",
          "t242"."influencers_activated",
          "t242"."products_sent",
          "t242"."reach",
          "t242"."impressions",
          "t242"."views",
          "t242"."impressions_with_estimates",
          "t242"."reach_rate__first",
          "t242"."reach_rate__second",
          "t242"."brand_mentions",
          "t242"."mentions",
          "t242"."brand_mention_engagements",
          "t242"."mention_engagements",
          "t242"."key_message_posts",
          "t242"."posts",
          "t242"."posts_contracted",
          "t242"."ugc_posts",
          "t242"."likes",
          "t242"."comments",
          "t242"."shares",
          "t242"."saves",
          "t242"."engagements",
          "t242"."engagement_rate_reach__first",
          "t242"."engagement_rate_reach__second",
          "t242"."engagement_rate_followers__first",
          "t242"."engagement_rate_followers__second",
          "t242"."er_reach_post_mean",
          "t242"."er_reach_post_median",
          "t242"."er_followers_post_mean",
          "t242"."er_followers_post_median",
          "t242"."engagement_rate_impressions__first",
          "t242"."engagement_rate_impressions__second",
          "t242"."er_impressions_post_mean",
          "t242"."er_impressions_post_median",
          "t242"."engagement_rate_views__first",
          "t242"."engagement_rate_views__second",
          "t242"."er_views_post_mean",
          "t242"."er_views_post_median",
          "t242"."clicks",
          "t242"."followers_gained",
          "t242"."follower_growth_rate__first",
          "t242"."follower_growth_rate__second",
          "t242"."followers_gained_above_trend__first",
          "t242"."followers_gained_above_trend__second",
          "t242"."brand_followers_gained",
          "t242"."brand_follower_growth_rate__first",
          "t242"."brand_follower_growth_rate__second",
          "t242"."brand_followers_gained_above_trend__first",
          "t242"."brand_followers_gained_above_trend__second",
          "t242"."cost",
          "t242"."sponsored_posts",
          "t242"."disclosed_sponsored_posts",
          "t242"."emv",
          "t242"."emv_authentic",
          "t242"."paid_impressions",
          "t242"."paid_clicks",
          "t242"."paid_views",
          "t242"."impressions_vs_paid__first",
          "t242"."impressions_vs_paid__second",
          "t242"."clicks_vs_paid__first",
          "t242"."clicks_vs_paid__second",
          "t242"."views_vs_paid__first",
          "t242"."views_vs_paid__second",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 0
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 0
            ) & 3
          END AS "reach__provenance",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 2
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 2
            ) & 3
          END AS "impressions__provenance",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 4
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 4
            ) & 3
          END AS "views__provenance",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 6
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 6
            ) & 3
          END AS "impressions_with_estimates__provenance",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 8
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 8
            ) & 3
          END AS "reach_rate__pair__provenance",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 10
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 10
            ) & 3
          END AS "likes__provenance",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 12
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 12
            ) & 3
          END AS "comments__provenance",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 14
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 14
            ) & 3
          END AS "shares__provenance",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 16
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 16
            ) & 3
          END AS "saves__provenance",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 18
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 18
            ) & 3
          END AS "engagements__provenance",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 20
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 20
            ) & 3
          END AS "engagement_rate_reach__pair__provenance",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 22
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 22
            ) & 3
          END AS "engagement_rate_followers__pair__provenance",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 24
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 24
            ) & 3
          END AS "er_reach_post_mean__provenance",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 26
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 26
            ) & 3
          END AS "er_followers_post_mean__provenance",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 28
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 28
            ) & 3
          END AS "engagement_rate_impressions__pair__provenance",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 30
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 30
            ) & 3
          END AS "er_impressions_post_mean__provenance",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 32
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 32
            ) & 3
          END AS "engagement_rate_views__pair__provenance",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 34
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 34
            ) & 3
          END AS "er_views_post_mean__provenance",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 36
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 36
            ) & 3
          END AS "clicks__provenance",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 38
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 38
            ) & 3
          END AS "followers_gained__provenance",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 40
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 40
            ) & 3
          END AS "follower_growth_rate__pair__provenance",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 42
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 42
            ) & 3
          END AS "followers_gained_above_trend__pair__provenance",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 44
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 44
            ) & 3
          END AS "brand_followers_gained__provenance",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 46
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 46
            ) & 3
          END AS "brand_follower_growth_rate__pair__provenance",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 48
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 48
            ) & 3
          END AS "brand_followers_gained_above_trend__pair__provenance",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 50
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 50
            ) & 3
          END AS "emv__provenance",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 52
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 52
            ) & 3
          END AS "emv_authentic__provenance",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 54
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 54
            ) & 3
          END AS "impressions_vs_paid__pair__provenance",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 56
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 56
            ) & 3
          END AS "clicks_vs_paid__pair__provenance",
          CASE
            WHEN (
              (
                "t242"."ranks__0" >> 58
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t242"."ranks__0" >> 58
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
            "t240"."week",
            SUM("t240"."key_messages") AS "key_messages",
            COUNT(DISTINCT "t240"."post_platform") AS "platforms_selected",
            SUM("t240"."influencers_contacted") AS "influencers_contacted",
            SUM("t240"."influencers_interested") AS "influencers_interested",
            COUNT(DISTINCT "t240"."publishing_influencer") AS "influencers_activated",
            SUM("t240"."products_sent") AS "products_sent",
            SUM("t240"."reach") AS "reach",
            SUM("t240"."impressions") AS "impressions",
            SUM("t240"."views") AS "views",
            SUM("t240"."impressions_with_estimates") AS "impressions_with_estimates",
            SUM("t240"."reach") FILTER(WHERE
              (
                "t240"."reach" IS NOT NULL
              ) AND (
                "t240"."followers" IS NOT NULL
              )) AS "reach_rate__first",
            SUM("t240"."followers") FILTER(WHERE
              (
                "t240"."reach" IS NOT NULL
              ) AND (
                "t240"."followers" IS NOT NULL
              )) AS "reach_rate__second",
            SUM("t240"."brand_mentions") AS "brand_mentions",
            SUM("t240"."mentions") AS "mentions",
            SUM("t240"."brand_mention_engagements") AS "brand_mention_engagements",
            SUM("t240"."mention_engagements") AS "mention_engagements",
            SUM("t240"."key_message_posts") AS "key_message_posts",
            COUNT("t240"."post_id") AS "posts",
            SUM("t240"."posts_contracted") AS "posts_contracted",
            COUNT(DISTINCT "t240"."ugc_post") AS "ugc_posts",
            SUM("t240"."likes") AS "likes",
            SUM("t240"."comments") AS "comments",
            SUM("t240"."shares") AS "shares",
            SUM("t240"."saves") AS "saves",
            SUM("t240"."engagements") AS "engagements",
            SUM("t240"."engagements") FILTER(WHERE
              (
                "t240"."engagements" IS NOT NULL
              ) AND (
                "t240"."reach" IS NOT NULL
              )) AS "engagement_rate_reach__first",
            SUM("t240"."reach") FILTER(WHERE
              (
                "t240"."engagements" IS NOT NULL
              ) AND (
                "t240"."reach" IS NOT NULL
              )) AS "engagement_rate_reach__second",
            SUM("t240"."engagements") FILTER(WHERE
              (
                "t240"."engagements" IS NOT NULL
              ) AND (
                "t240"."followers" IS NOT NULL
              )) AS "engagement_rate_followers__first",
            SUM("t240"."followers") FILTER(WHERE
              (
                "t240"."engagements" IS NOT NULL
              ) AND (
                "t240"."followers" IS NOT NULL
              )) AS "engagement_rate_followers__second",
            AVG("t240"."er_reach_post") AS "er_reach_post_mean",
            PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
              "t240"."er_reach_post") AS "er_reach_post_median",
            AVG("t240"."er_followers_post") AS "er_followers_post_mean",
            PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
              "t240"."er_followers_post") AS "er_followers_post_median",
            SUM("t240"."engagements") FILTER(WHERE
              (
                "t240"."engagements" IS NOT NULL
              ) AND (
                "t240"."impressions" IS NOT NULL
              )) AS "engagement_rate_impressions__first",
            SUM("t240"."impressions") FILTER(WHERE
              (
                "t240"."engagements" IS NOT NULL
              ) AND (
                "t240"."impressions" IS NOT NULL
              )) AS "engagement_rate_impressions__second",
            AVG("t240"."er_impressions_post") AS "er_impressions_post_mean",
            PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
              "t240"."er_impressions_post") AS "er_impressions_post_median",
            SUM("t240"."engagements") FILTER(WHERE
              (
                "t240"."engagements" IS NOT NULL
              ) AND (
                "t240"."views" IS NOT NULL
              )) AS "engagement_rate_views__first",
            SUM("t240"."views") FILTER(WHERE
              (
                "t240"."engagements" IS NOT NULL
              ) AND (
                "t240"."views" IS NOT NULL
              )) AS "engagement_rate_views__second",
            AVG("t240"."er_views_post") AS "er_views_post_mean",
            PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
              "t240"."er_views_post") AS "er_views_post_median",
            SUM("t240"."clicks") AS "clicks",
            SUM("t240"."followers_gained") AS "followers_gained",
            SUM("t240"."followers_gained") FILTER(WHERE
              (
                "t240"."followers_gained" IS NOT NULL
              )
              AND (
                "t240"."followers_start" IS NOT NULL
              )) AS "follower_growth_rate__first",
            SUM("t240"."followers_start") FILTER(WHERE
              (
                "t240"."followers_gained" IS NOT NULL
              )
              AND (
                "t240"."followers_start" IS NOT NULL
              )) AS "follower_growth_rate__second",
            SUM("t240"."followers_gained") FILTER(WHERE
              (
                "t240"."followers_gained" IS NOT NULL
              )
              AND (
                "t240"."followers_expected_gain" IS NOT NULL
              )) AS "followers_gained_above_trend__first",
            SUM("t240"."followers_expected_gain") FILTER(WHERE
              (
                "t240"."followers_gained" IS NOT NULL
              )
              AND (
                "t240"."followers_expected_gain" IS NOT NULL
              )) AS "followers_gained_above_trend__second",
            SUM("t240"."brand_followers_gained") AS "brand_followers_gained",
            SUM("t240"."brand_followers_gained") FILTER(WHERE
              (
                "t240"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t240"."brand_followers_start" IS NOT NULL
              )) AS "brand_follower_growth_rate__first",
            SUM("t240"."brand_followers_start") FILTER(WHERE
              (
                "t240"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t240"."brand_followers_start" IS NOT NULL
              )) AS "brand_follower_growth_rate__second",
            SUM("t240"."brand_followers_gained") FILTER(WHERE
              (
                "t240"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t240"."brand_followers_expected_gain" IS NOT NULL
              )) AS "brand_followers_gained_above_trend__first",
            SUM("t240"."brand_followers_expected_gain") FILTER(WHERE
              (
                "t240"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t240"."brand_followers_expected_gain" IS NOT NULL
              )) AS "brand_followers_gained_above_trend__second",
            SUM("t240"."cost") AS "cost",
            SUM("t240"."sponsored_posts") AS "sponsored_posts",
            SUM("t240"."disclosed_sponsored_posts") AS "disclosed_sponsored_posts",
            SUM("t240"."emv") AS "emv",
            SUM("t240"."emv_authentic") AS "emv_authentic",
            SUM("t240"."paid_impressions") AS "paid_impressions",
            SUM("t240"."paid_clicks") AS "paid_clicks",
            SUM("t240"."paid_views") AS "paid_views",
            SUM("t240"."impressions_with_estimates") FILTER(WHERE
              (
                "t240"."impressions_with_estimates" IS NOT NULL
              )
              AND (
                "t240"."paid_impressions" IS NOT NULL
              )) AS "impressions_vs_paid__first",
            SUM("t240"."paid_impressions") FILTER(WHERE
              (
                "t240"."impressions_with_estimates" IS NOT NULL
              )
              AND (
                "t240"."paid_impressions" IS NOT NULL
              )) AS "impressions_vs_paid__second",
            SUM("t240"."clicks") FILTER(WHERE
              (
                "t240"."clicks" IS NOT NULL
              ) AND (
                "t240"."paid_clicks" IS NOT NULL
              )) AS "clicks_vs_paid__first",
            SUM("t240"."paid_clicks") FILTER(WHERE
              (
                "t240"."clicks" IS NOT NULL
              ) AND (
                "t240"."paid_clicks" IS NOT NULL
              )) AS "clicks_vs_paid__second",
            SUM("t240"."views") FILTER(WHERE
              (
                "t240"."views" IS NOT NULL
              ) AND (
                "t240"."paid_views" IS NOT NULL
              )) AS "views_vs_paid__first",
            SUM("t240"."paid_views") FILTER(WHERE
              (
                "t240"."views" IS NOT NULL
              ) AND (
                "t240"."paid_views" IS NOT NULL
              )) AS "views_vs_paid__second",
            BIT_OR("t240"."ranks__0") AS "ranks__0"
          FROM "kpi_facts" AS "t240"
          GROUP BY
            1
        ) AS "t242"
      ) AS "t244"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          "t183"."week",
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
            "t176"."week",
            SUM("t176"."link_clicks") AS "link_clicks",
            SUM("t176"."unique_link_clicks") AS "unique_link_clicks",
            SUM("t176"."bot_link_clicks") AS "bot_link_clicks",
            SUM("t176"."sessions") AS "sessions",
            SUM("t176"."new_users") AS "new_users",
            SUM("t176"."bounced_sessions") AS "bounced_sessions",
            SUM("t176"."session_seconds") AS "session_seconds",
            SUM("t176"."page_views") AS "page_views",
            SUM("t176"."key_events") AS "key_events",
            SUM("t176"."orders") AS "orders",
            SUM("t176"."revenue") AS "revenue",
            SUM("t176"."priced_orders") AS "priced_orders",
            SUM("t176"."new_customers") AS "new_customers"
          FROM (
            SELECT
              "t144"."campaign_id",
              "t144"."account_id",
              "t144"."day",
              "t144"."link_clicks",
              "t144"."unique_link_clicks",
              "t144"."bot_link_clicks",
              "t144"."sessions",
              "t144"."new_users",
              "t144"."bounced_sessions",
              "t144"."session_seconds",
              "t144"."page_views",
              "t144"."key_events",
              "t144"."orders",
              "t144"."priced_orders",
              "t144"."revenue",
              "t144"."new_customers",
              DATE_TRUNC('WEEK', "t144"."day") AS "week"
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    "t130"."campaign_id",
                    CAST(NULL AS BIGINT) AS "account_id",
                    "t130"."day",
                    "t130"."link_clicks",
                    "t130"."unique_link_clicks",
                    "t130"."bot_link_clicks",
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
                      "t119"."campaign_id",
                      "t119"."day",
                      "t119"."link_clicks",
                      "t119"."unique_link_clicks",
                      "t119"."bot_link_clicks",
                      CAST("t15"."name" AS VARCHAR) AS "campaign"
                    FROM (
                      SELECT
                        "t93"."campaign_id",
                        "t93"."day",
                        SUM("t93"."link_clicks") AS "link_clicks",
                        SUM("t93"."unique_link_clicks") AS "unique_link_clicks",
                        SUM("t93"."bot_link_clicks") AS "bot_link_clicks"
                      FROM (
                        SELECT
                          CAST("t49"."campaign_id" AS BIGINT) AS "campaign_id",
                          CAST("t49"."influencer_id" AS BIGINT) AS "influencer_id",
                          CAST("t49"."platform" AS VARCHAR) AS "platform",
                          DATE("t48"."clicked_at") AS "day",
                          CAST(CASE WHEN NOT (
                            "t48"."is_bot"
                          ) THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "link_clicks",
                          CAST(CASE WHEN NOT (
                            "t48"."is_bot"
                          ) AND "t48"."is_unique" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "unique_link_clicks",
                          CAST(CASE WHEN "t48"."is_bot" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "bot_link_clicks"
                        FROM (
                          SELECT
                            *
                          FROM "click" AS "t3"
                          WHERE
                            "t3"."clicked_at" <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                        ) AS "t48"
                        INNER JOIN (
                          SELECT
                            *
                          FROM "link" AS "t4"
                          WHERE
                            "t4"."campaign_id" IN (1)
                        ) AS "t49"
                          ON "t48"."link_id" = "t49"."id"
                      ) AS "t93"
                      GROUP BY
                        1,
                        2
                    ) AS "t119"
                    INNER JOIN "campaign" AS "t15"
                      ON "t119"."campaign_id" = "t15"."id"
                  ) AS "t130"
                ) AS "t135"
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    "t108"."campaign_id",
                    CAST(NULL AS BIGINT) AS "account_id",
                    "t108"."day",
                    CAST(NULL AS DOUBLE PRECISION) AS "link_clicks",
                    CAST(NULL AS DOUBLE PRECISION) AS "unique_link_clicks",
                    CAST(NULL AS DOUBLE PRECISION) AS "bot_link_clicks",
                    "t108"."sessions",
                    "t108"."new_users",
                    "t108"."bounced_sessions",
                    "t108"."session_seconds",
                    "t108"."page_views",
                    "t108"."key_events",
                    CAST(NULL AS DOUBLE PRECISION) AS "orders",
                    CAST(NULL AS DOUBLE PRECISION) AS "priced_orders",
                    CAST(NULL AS DOUBLE PRECISION) AS "revenue",
                    CAST(NULL AS DOUBLE PRECISION) AS "new_customers"
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
                      ) AS "t47"
                      GROUP BY
                        1,
                        2
                    ) AS "t87"
                    INNER JOIN "campaign" AS "t15"
                      ON "t87"."campaign_id" = "t15"."id"
                  ) AS "t108"
                ) AS "t118"
              ) AS "t137"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t117"."campaign_id",
                  CAST(NULL AS BIGINT) AS "account_id",
                  "t117"."day",
                  CAST(NULL AS DOUBLE PRECISION) AS "link_clicks",
                  CAST(NULL AS DOUBLE PRECISION) AS "unique_link_clicks",
                  CAST(NULL AS DOUBLE PRECISION) AS "bot_link_clicks",
                  CAST(NULL AS DOUBLE PRECISION) AS "sessions",
                  CAST(NULL AS DOUBLE PRECISION) AS "new_users",
                  CAST(NULL AS DOUBLE PRECISION) AS "bounced_sessions",
                  CAST(NULL AS DOUBLE PRECISION) AS "session_seconds",
                  CAST(NULL AS DOUBLE PRECISION) AS "page_views",
                  CAST(NULL AS DOUBLE PRECISION) AS "key_events",
                  "t117"."orders",
                  "t117"."priced_orders",
                  "t117"."revenue",
                  "t117"."new_customers"
                FROM (
                  SELECT
                    "t98"."campaign_id",
                    "t98"."day",
                    "t98"."orders",
                    "t98"."priced_orders",
                    "t98"."revenue",
                    "t98"."new_customers",
                    CAST("t15"."name" AS VARCHAR) AS "campaign"
                  FROM (
                    SELECT
                      "t66"."campaign_id",
                      "t66"."day",
                      SUM("t66"."orders") AS "orders",
                      SUM("t66"."priced_orders") AS "priced_orders",
                      SUM("t66"."revenue") AS "revenue",
                      SUM("t66"."new_customers") AS "new_customers"
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
                    ) AS "t66"
                    GROUP BY
                      1,
                      2
                  ) AS "t98"
                  INNER JOIN "campaign" AS "t15"
                    ON "t98"."campaign_id" = "t15"."id"
                ) AS "t117"
              ) AS "t126"
            ) AS "t144"
            WHERE
              "t144"."campaign_id" IN (1)
              AND (
                (
                  "t144"."bot_link_clicks" IS NOT NULL
                )
                OR (
                  "t144"."bounced_sessions" IS NOT NULL
                )
                OR (
                  "t144"."key_events" IS NOT NULL
                )
                OR (
                  "t144"."link_clicks" IS NOT NULL
                )
                OR (
                  "t144"."new_customers" IS NOT NULL
                )
                OR (
                  "t144"."new_users" IS NOT NULL
                )
                OR (
                  "t144"."orders" IS NOT NULL
                )
                OR (
                  "t144"."page_views" IS NOT NULL
                )
                OR (
                  "t144"."priced_orders" IS NOT NULL
                )
                OR (
                  "t144"."revenue" IS NOT NULL
                )
                OR (
                  "t144"."session_seconds" IS NOT NULL
                )
                OR (
                  "t144"."sessions" IS NOT NULL
                )
                OR (
                  "t144"."unique_link_clicks" IS NOT NULL
                )
              )
          ) AS "t176"
          GROUP BY
            1
        ) AS "t183"
      ) AS "t189"
    ) AS "t245"
    GROUP BY
      1
  ) AS "t248"
  LEFT OUTER JOIN (
    SELECT
      "t250"."week",
      "t250"."er_reach_account_mean",
      "t250"."er_reach_account_median",
      "t250"."er_followers_account_mean",
      "t250"."er_followers_account_median",
      "t250"."er_impressions_account_mean",
      "t250"."er_impressions_account_median",
      "t250"."er_views_account_mean",
      "t250"."er_views_account_median",
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
      END AS "er_reach_account_mean__provenance",
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
      END AS "er_reach_account_median__provenance",
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
      END AS "er_followers_account_mean__provenance",
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
      END AS "er_followers_account_median__provenance",
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
      END AS "er_impressions_account_mean__provenance",
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
      END AS "er_impressions_account_median__provenance",
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
      END AS "er_views_account_mean__provenance",
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
      END AS "er_views_account_median__provenance"
    FROM (
      SELECT
        "t249"."week",
        AVG("t249"."er_reach_account_mean") AS "er_reach_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t249"."er_reach_account_median") AS "er_reach_account_median",
        AVG("t249"."er_followers_account_mean") AS "er_followers_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t249"."er_followers_account_median") AS "er_followers_account_median",
        AVG("t249"."er_impressions_account_mean") AS "er_impressions_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t249"."er_impressions_account_median") AS "er_impressions_account_median",
        AVG("t249"."er_views_account_mean") AS "er_views_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t249"."er_views_account_median") AS "er_views_account_median",
        BIT_OR("t249"."ranks__0") AS "ranks__0"
      FROM (
        SELECT
          "t246"."week",
          "t246"."account_id",
          "t246"."engagements__per__reach__n",
          "t246"."engagements__per__reach__d",
          "t246"."engagements__per__followers__n",
          "t246"."engagements__per__followers__d",
          "t246"."engagements__per__impressions__n",
          "t246"."engagements__per__impressions__d",
          "t246"."engagements__per__views__n",
          "t246"."engagements__per__views__d",
          "t246"."engagements__per__reach__r",
          "t246"."engagements__per__followers__r",
          "t246"."engagements__per__impressions__r",
          "t246"."engagements__per__views__r",
          "t246"."er_reach_account_mean",
          "t246"."er_reach_account_median",
          "t246"."er_followers_account_mean",
          "t246"."er_followers_account_median",
          "t246"."er_impressions_account_mean",
          "t246"."er_impressions_account_median",
          "t246"."er_views_account_mean",
          "t246"."er_views_account_median",
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
          ) AS "ranks__0"
        FROM (
          SELECT
            "t243"."week",
            "t243"."account_id",
            "t243"."engagements__per__reach__n",
            "t243"."engagements__per__reach__d",
            "t243"."engagements__per__followers__n",
            "t243"."engagements__per__followers__d",
            "t243"."engagements__per__impressions__n",
            "t243"."engagements__per__impressions__d",
            "t243"."engagements__per__views__n",
            "t243"."engagements__per__views__d",
            CASE
              WHEN (
                (
                  "t243"."ranks__0" >> 20
                ) & 3
              ) >= 2
              THEN 2
              ELSE (
                "t243"."ranks__0" >> 20
              ) & 3
            END AS "engagements__per__reach__r",
            CASE
              WHEN (
                (
                  "t243"."ranks__0" >> 22
                ) & 3
              ) >= 2
              THEN 2
              ELSE (
                "t243"."ranks__0" >> 22
              ) & 3
            END AS "engagements__per__followers__r",
            CASE
              WHEN (
                (
                  "t243"."ranks__0" >> 28
                ) & 3
              ) >= 2
              THEN 2
              ELSE (
                "t243"."ranks__0" >> 28
              ) & 3
            END AS "engagements__per__impressions__r",
            CASE
              WHEN (
                (
                  "t243"."ranks__0" >> 32
                ) & 3
              ) >= 2
              THEN 2
              ELSE (
                "t243"."ranks__0" >> 32
              ) & 3
            END AS "engagements__per__views__r",
            (
              CAST("t243"."engagements__per__reach__n" AS DOUBLE PRECISION) / NULLIF("t243"."engagements__per__reach__d", 0)
            ) * 100 AS "er_reach_account_mean",
            (
              CAST("t243"."engagements__per__reach__n" AS DOUBLE PRECISION) / NULLIF("t243"."engagements__per__reach__d", 0)
            ) * 100 AS "er_reach_account_median",
            (
              CAST("t243"."engagements__per__followers__n" AS DOUBLE PRECISION) / NULLIF("t243"."engagements__per__followers__d", 0)
            ) * 100 AS "er_followers_account_mean",
            (
              CAST("t243"."engagements__per__followers__n" AS DOUBLE PRECISION) / NULLIF("t243"."engagements__per__followers__d", 0)
            ) * 100 AS "er_followers_account_median",
            (
              CAST("t243"."engagements__per__impressions__n" AS DOUBLE PRECISION) / NULLIF("t243"."engagements__per__impressions__d", 0)
            ) * 100 AS "er_impressions_account_mean",
            (
              CAST("t243"."engagements__per__impressions__n" AS DOUBLE PRECISION) / NULLIF("t243"."engagements__per__impressions__d", 0)
            ) * 100 AS "er_impressions_account_median",
            (
              CAST("t243"."engagements__per__views__n" AS DOUBLE PRECISION) / NULLIF("t243"."engagements__per__views__d", 0)
            ) * 100 AS "er_views_account_mean",
            (
              CAST("t243"."engagements__per__views__n" AS DOUBLE PRECISION) / NULLIF("t243"."engagements__per__views__d", 0)
            ) * 100 AS "er_views_account_median"
          FROM (
            SELECT
              "t241"."week",
              "t241"."account_id",
              SUM("t241"."engagements") FILTER(WHERE
                (
                  "t241"."engagements" IS NOT NULL
                ) AND (
                  "t241"."reach" IS NOT NULL
                )) AS "engagements__per__reach__n",
              SUM("t241"."reach") FILTER(WHERE
                (
                  "t241"."engagements" IS NOT NULL
                ) AND (
                  "t241"."reach" IS NOT NULL
                )) AS "engagements__per__reach__d",
              SUM("t241"."engagements") FILTER(WHERE
                (
                  "t241"."engagements" IS NOT NULL
                ) AND (
                  "t241"."followers" IS NOT NULL
                )) AS "engagements__per__followers__n",
              SUM("t241"."followers") FILTER(WHERE
                (
                  "t241"."engagements" IS NOT NULL
                ) AND (
                  "t241"."followers" IS NOT NULL
                )) AS "engagements__per__followers__d",
              SUM("t241"."engagements") FILTER(WHERE
                (
                  "t241"."engagements" IS NOT NULL
                ) AND (
                  "t241"."impressions" IS NOT NULL
                )) AS "engagements__per__impressions__n",
              SUM("t241"."impressions") FILTER(WHERE
                (
                  "t241"."engagements" IS NOT NULL
                ) AND (
                  "t241"."impressions" IS NOT NULL
                )) AS "engagements__per__impressions__d",
              SUM("t241"."engagements") FILTER(WHERE
                (
                  "t241"."engagements" IS NOT NULL
                ) AND (
                  "t241"."views" IS NOT NULL
                )) AS "engagements__per__views__n",
              SUM("t241"."views") FILTER(WHERE
                (
                  "t241"."engagements" IS NOT NULL
                ) AND (
                  "t241"."views" IS NOT NULL
                )) AS "engagements__per__views__d",
              BIT_OR("t241"."ranks__0") AS "ranks__0"
            FROM (
              SELECT
                *
              FROM "kpi_facts" AS "t240"
              WHERE
                "t240"."account_id" IS NOT NULL
            ) AS "t241"
            GROUP BY
              1,
              2
          ) AS "t243"
        ) AS "t246"
      ) AS "t249"
      GROUP BY
        1
    ) AS "t250"
  ) AS "t252"
    ON "t248"."week" IS NOT DISTINCT FROM "t252"."week"
) AS "t253"
ORDER BY
  "t253"."week" ASC
