WITH "t25" AS (
  SELECT
    *
  FROM "campaign" AS "t0"
  WHERE
    "t0"."id" IN (1)
), "t74" AS (
  SELECT
    CAST("t50"."campaign_id" AS BIGINT) AS "campaign_id",
    CAST("t15"."name" AS VARCHAR) AS "campaign",
    CAST("t50"."influencer_id" AS BIGINT) AS "influencer_id",
    CAST("t50"."amount" AS DOUBLE PRECISION) AS "amount",
    "t50"."incurred_on"
  FROM (
    SELECT
      *
    FROM "cost" AS "t10"
    WHERE
      "t10"."campaign_id" IN (1)
  ) AS "t50"
  INNER JOIN "campaign" AS "t15"
    ON "t50"."campaign_id" = "t15"."id"
), "campaign_posts_in" AS (
  SELECT
    CAST("t51"."campaign_id" AS BIGINT) AS "campaign_id",
    CAST("t16"."name" AS VARCHAR) AS "campaign",
    CAST("t46"."id" AS BIGINT) AS "influencer_id",
    CAST("t46"."name" AS VARCHAR) AS "influencer",
    CAST("t21"."id" AS BIGINT) AS "account_id",
    CAST("t21"."platform" AS VARCHAR) AS "platform",
    CAST("t51"."format" AS VARCHAR) AS "format",
    CAST("t51"."id" AS BIGINT) AS "post_id",
    "t51"."published_on" AS "day",
    "t46"."country",
    CAST("t51"."caption" AS VARCHAR) AS "caption",
    "t51"."sponsored"
  FROM (
    SELECT
      *
    FROM "post" AS "t11"
    WHERE
      "t11"."campaign_id" IS NOT NULL AND "t11"."campaign_id" IN (1)
  ) AS "t51"
  INNER JOIN "account" AS "t21"
    ON "t51"."account_id" = "t21"."id"
  INNER JOIN (
    SELECT
      *
    FROM "influencer" AS "t3"
    WHERE
      NOT (
        "t3"."is_brand"
      )
  ) AS "t46"
    ON "t21"."influencer_id" = "t46"."id"
  INNER JOIN "campaign" AS "t16"
    ON "t51"."campaign_id" = "t16"."id"
), "t149" AS (
  SELECT
    *
  FROM (
    SELECT
      "t139"."campaign_id",
      "t139"."campaign",
      "t139"."influencer_id",
      "t139"."influencer",
      "t139"."account_id",
      "t139"."platform",
      "t139"."is_brand",
      "t139"."day",
      "t139"."start_at",
      "t139"."end_at",
      "t62"."followers",
      "t62"."at",
      "t62"."rank"
    FROM (
      SELECT
        "t118"."campaign_id",
        CAST("t15"."name" AS VARCHAR) AS "campaign",
        CAST("t18"."id" AS BIGINT) AS "influencer_id",
        CAST("t18"."name" AS VARCHAR) AS "influencer",
        "t118"."account_id",
        CAST("t22"."platform" AS VARCHAR) AS "platform",
        "t118"."is_brand",
        "t15"."end_date" AS "day",
        EXTRACT('epoch' FROM CAST("t15"."start_date" AS TIMESTAMPTZ)) AS "start_at",
        EXTRACT('epoch' FROM CAST("t15"."end_date" AS TIMESTAMPTZ)) + 86400 AS "end_at"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t103"."campaign_id",
            "t103"."account_id",
            FALSE AS "is_brand"
          FROM (
            SELECT DISTINCT
              "t90"."campaign_id",
              "t90"."account_id"
            FROM "campaign_posts_in" AS "t90"
          ) AS "t103"
        ) AS "t109"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            CAST("t56"."id" AS BIGINT) AS "campaign_id",
            CAST("t22"."id" AS BIGINT) AS "account_id",
            TRUE AS "is_brand"
          FROM "t25" AS "t56"
          INNER JOIN (
            SELECT
              *
            FROM "influencer" AS "t3"
            WHERE
              "t3"."is_brand"
          ) AS "t32"
            ON "t32"."workspace_id" = "t56"."workspace_id"
          INNER JOIN "account" AS "t22"
            ON "t22"."influencer_id" = "t32"."id"
        ) AS "t79"
      ) AS "t118"
      INNER JOIN "campaign" AS "t15"
        ON "t118"."campaign_id" = "t15"."id"
      INNER JOIN "account" AS "t22"
        ON "t118"."account_id" = "t22"."id"
      INNER JOIN "influencer" AS "t18"
        ON "t22"."influencer_id" = "t18"."id"
    ) AS "t139"
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
    ) AS "t62"
      ON "t139"."account_id" = "t62"."account_id"
  ) AS "t148"
  WHERE
    "t148"."at" <= "t148"."end_at"
), "post_rows" AS (
  SELECT
    "t151"."campaign_id",
    "t151"."campaign",
    "t151"."influencer_id",
    "t151"."influencer",
    "t151"."account_id",
    "t151"."platform",
    "t151"."format",
    "t151"."post_id",
    "t151"."day",
    "t151"."country",
    "t151"."caption",
    "t151"."sponsored",
    "t151"."reach",
    "t151"."impressions",
    "t151"."views",
    "t151"."likes",
    "t151"."comments",
    "t151"."shares",
    "t151"."saves",
    "t151"."clicks",
    "t151"."reach__provenance",
    "t151"."impressions__provenance",
    "t151"."views__provenance",
    "t151"."likes__provenance",
    "t151"."comments__provenance",
    "t151"."shares__provenance",
    "t151"."saves__provenance",
    "t151"."clicks__provenance",
    "t151"."followers",
    "t151"."followers__provenance",
    "t151"."engagements",
    "t151"."engagements__provenance",
    COALESCE(
      COALESCE("t151"."impressions", "t151"."views"),
      "t151"."reach" * COALESCE(
        CAST(SUM("t151"."impressions") FILTER(WHERE
          (
            "t151"."impressions" IS NOT NULL
          ) AND (
            "t151"."reach" IS NOT NULL
          )) OVER (
          PARTITION BY "t151"."campaign_id", "t151"."platform"
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) AS DOUBLE PRECISION) / NULLIF(
          SUM("t151"."reach") FILTER(WHERE
            (
              "t151"."impressions" IS NOT NULL
            ) AND (
              "t151"."reach" IS NOT NULL
            )) OVER (
            PARTITION BY "t151"."campaign_id", "t151"."platform"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ),
          0
        ),
        CAST(1 AS DOUBLE PRECISION)
      )
    ) AS "impressions_with_estimates",
    CASE
      WHEN COALESCE(
        COALESCE("t151"."impressions", "t151"."views"),
        "t151"."reach" * COALESCE(
          CAST(SUM("t151"."impressions") FILTER(WHERE
            (
              "t151"."impressions" IS NOT NULL
            ) AND (
              "t151"."reach" IS NOT NULL
            )) OVER (
            PARTITION BY "t151"."campaign_id", "t151"."platform"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ) AS DOUBLE PRECISION) / NULLIF(
            SUM("t151"."reach") FILTER(WHERE
              (
                "t151"."impressions" IS NOT NULL
              ) AND (
                "t151"."reach" IS NOT NULL
              )) OVER (
              PARTITION BY "t151"."campaign_id", "t151"."platform"
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ),
            0
          ),
          CAST(1 AS DOUBLE PRECISION)
        )
      ) IS NOT NULL
      THEN CASE
        WHEN "t151"."impressions" IS NOT NULL
        THEN "t151"."impressions__provenance"
        ELSE 2
      END
      ELSE CAST(NULL AS BIGINT)
    END AS "impressions_with_estimates__provenance",
    (
      CAST("t151"."engagements" AS DOUBLE PRECISION) / NULLIF("t151"."reach", 0)
    ) * 100 AS "er_reach_post",
    (
      CAST("t151"."engagements" AS DOUBLE PRECISION) / NULLIF("t151"."followers", 0)
    ) * 100 AS "er_followers_post",
    (
      CAST("t151"."engagements" AS DOUBLE PRECISION) / NULLIF("t151"."impressions", 0)
    ) * 100 AS "er_impressions_post",
    (
      CAST("t151"."engagements" AS DOUBLE PRECISION) / NULLIF("t151"."views", 0)
    ) * 100 AS "er_views_post",
    NULLIF(
      GREATEST(
        COALESCE("t151"."engagements__provenance", -1),
        COALESCE("t151"."reach__provenance", -1)
      ),
      -1
    ) AS "er_reach_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t151"."engagements__provenance", -1),
        COALESCE("t151"."followers__provenance", -1)
      ),
      -1
    ) AS "er_followers_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t151"."engagements__provenance", -1),
        COALESCE("t151"."impressions__provenance", -1)
      ),
      -1
    ) AS "er_impressions_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t151"."engagements__provenance", -1),
        COALESCE("t151"."views__provenance", -1)
      ),
      -1
    ) AS "er_views_post__provenance",
    "t151"."platform" AS "post_platform",
    "t151"."influencer_id" AS "publishing_influencer",
    CAST(CASE WHEN "t151"."sponsored" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "sponsored_posts",
    CAST(CASE
      WHEN "t151"."sponsored"
      AND CASE
        WHEN UPPER("t151"."country") = 'FR'
        THEN (
          POSITION('publicité' IN LOWER("t151"."caption")) > 0
        )
        OR (
          POSITION('publicite' IN LOWER("t151"."caption")) > 0
        )
        OR (
          POSITION('collaboration commerciale' IN LOWER("t151"."caption")) > 0
        )
        WHEN UPPER("t151"."country") = 'BE'
        THEN (
          POSITION('publicité' IN LOWER("t151"."caption")) > 0
        )
        OR (
          POSITION('publicite' IN LOWER("t151"."caption")) > 0
        )
        OR (
          POSITION('collaboration commerciale' IN LOWER("t151"."caption")) > 0
        )
        OR (
          POSITION('#pub' IN LOWER("t151"."caption")) > 0
        )
        OR (
          POSITION('reclame' IN LOWER("t151"."caption")) > 0
        )
        OR (
          POSITION('#ad' IN LOWER("t151"."caption")) > 0
        )
        OR (
          POSITION('samenwerking' IN LOWER("t151"."caption")) > 0
        )
        WHEN UPPER("t151"."country") = 'DE'
        THEN (
          POSITION('werbung' IN LOWER("t151"."caption")) > 0
        )
        OR (
          POSITION('anzeige' IN LOWER("t151"."caption")) > 0
        )
        WHEN UPPER("t151"."country") = 'ES'
        THEN (
          POSITION('publicidad' IN LOWER("t151"."caption")) > 0
        )
        OR (
          POSITION('#publi' IN LOWER("t151"."caption")) > 0
        )
        OR (
          POSITION('patrocinado' IN LOWER("t151"."caption")) > 0
        )
        OR (
          POSITION('colaboración pagada' IN LOWER("t151"."caption")) > 0
        )
        WHEN UPPER("t151"."country") = 'IT'
        THEN (
          POSITION('pubblicità' IN LOWER("t151"."caption")) > 0
        )
        OR (
          POSITION('#adv' IN LOWER("t151"."caption")) > 0
        )
        OR (
          POSITION('sponsorizzato' IN LOWER("t151"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t151"."caption")) > 0
        )
        WHEN UPPER("t151"."country") = 'GB'
        THEN (
          POSITION('#ad' IN LOWER("t151"."caption")) > 0
        )
        OR (
          POSITION('advert' IN LOWER("t151"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t151"."caption")) > 0
        )
        WHEN UPPER("t151"."country") = 'US'
        THEN (
          POSITION('#ad' IN LOWER("t151"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t151"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t151"."caption")) > 0
        )
        OR (
          POSITION('paid partnership' IN LOWER("t151"."caption")) > 0
        )
        ELSE (
          POSITION('#ad' IN LOWER("t151"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t151"."caption")) > 0
        )
        OR (
          POSITION('paid partnership' IN LOWER("t151"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t151"."caption")) > 0
        )
      END
      THEN 1
      ELSE 0
    END AS DOUBLE PRECISION) AS "disclosed_sponsored_posts"
  FROM (
    SELECT
      "t142"."campaign_id",
      "t142"."campaign",
      "t142"."influencer_id",
      "t142"."influencer",
      "t142"."account_id",
      "t142"."platform",
      "t142"."format",
      "t142"."post_id",
      "t142"."day",
      "t142"."country",
      "t142"."caption",
      "t142"."sponsored",
      "t142"."reach",
      "t142"."impressions",
      "t142"."views",
      "t142"."likes",
      "t142"."comments",
      "t142"."shares",
      "t142"."saves",
      "t142"."clicks",
      "t142"."reach__provenance",
      "t142"."impressions__provenance",
      "t142"."views__provenance",
      "t142"."likes__provenance",
      "t142"."comments__provenance",
      "t142"."shares__provenance",
      "t142"."saves__provenance",
      "t142"."clicks__provenance",
      "t142"."followers",
      "t142"."followers__provenance",
      CASE
        WHEN (
          "t142"."likes" IS NOT NULL
        )
        OR (
          "t142"."comments" IS NOT NULL
        )
        OR (
          "t142"."shares" IS NOT NULL
        )
        OR (
          "t142"."saves" IS NOT NULL
        )
        THEN CAST(0 AS DOUBLE PRECISION) + COALESCE("t142"."likes", 0) + COALESCE("t142"."comments", 0) + COALESCE("t142"."shares", 0) + COALESCE("t142"."saves", 0)
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END AS "engagements",
      NULLIF(
        GREATEST(
          COALESCE("t142"."likes__provenance", -1),
          COALESCE("t142"."comments__provenance", -1),
          COALESCE("t142"."shares__provenance", -1),
          COALESCE("t142"."saves__provenance", -1)
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
        "t119"."reach",
        "t119"."impressions",
        "t119"."views",
        "t119"."likes",
        "t119"."comments",
        "t119"."shares",
        "t119"."saves",
        "t119"."clicks",
        "t119"."reach__provenance",
        "t119"."impressions__provenance",
        "t119"."views__provenance",
        "t119"."likes__provenance",
        "t119"."comments__provenance",
        "t119"."shares__provenance",
        "t119"."saves__provenance",
        "t119"."clicks__provenance",
        "t129"."followers",
        "t129"."followers__provenance"
      FROM "campaign_posts_in" AS "t100"
      LEFT OUTER JOIN (
        SELECT
          CAST("t76"."post_id" AS BIGINT) AS "post_id",
          CAST((
            ARRAY_AGG(
              "t76"."value" ORDER BY (
                CAST(EXTRACT(epoch FROM CAST("t76"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t76"."provenance"
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
                  CAST(EXTRACT(epoch FROM CAST("t76"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                ) + (
                  15 - CASE "t76"."provenance"
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
              AND "t76"."metric" = 'reach')
          )[1] AS DOUBLE PRECISION) AS "reach",
          CAST((
            ARRAY_AGG(
              "t76"."value" ORDER BY (
                CAST(EXTRACT(epoch FROM CAST("t76"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t76"."provenance"
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
                  CAST(EXTRACT(epoch FROM CAST("t76"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                ) + (
                  15 - CASE "t76"."provenance"
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
              AND "t76"."metric" = 'impressions')
          )[1] AS DOUBLE PRECISION) AS "impressions",
          CAST((
            ARRAY_AGG(
              "t76"."value" ORDER BY (
                CAST(EXTRACT(epoch FROM CAST("t76"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t76"."provenance"
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
                  CAST(EXTRACT(epoch FROM CAST("t76"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                ) + (
                  15 - CASE "t76"."provenance"
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
              AND "t76"."metric" = 'views')
          )[1] AS DOUBLE PRECISION) AS "views",
          CAST((
            ARRAY_AGG(
              "t76"."value" ORDER BY (
                CAST(EXTRACT(epoch FROM CAST("t76"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t76"."provenance"
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
                  CAST(EXTRACT(epoch FROM CAST("t76"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                ) + (
                  15 - CASE "t76"."provenance"
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
              AND "t76"."metric" = 'likes')
          )[1] AS DOUBLE PRECISION) AS "likes",
          CAST((
            ARRAY_AGG(
              "t76"."value" ORDER BY (
                CAST(EXTRACT(epoch FROM CAST("t76"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t76"."provenance"
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
                  CAST(EXTRACT(epoch FROM CAST("t76"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                ) + (
                  15 - CASE "t76"."provenance"
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
              AND "t76"."metric" = 'comments')
          )[1] AS DOUBLE PRECISION) AS "comments",
          CAST((
            ARRAY_AGG(
              "t76"."value" ORDER BY (
                CAST(EXTRACT(epoch FROM CAST("t76"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t76"."provenance"
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
                  CAST(EXTRACT(epoch FROM CAST("t76"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                ) + (
                  15 - CASE "t76"."provenance"
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
              AND "t76"."metric" = 'shares')
          )[1] AS DOUBLE PRECISION) AS "shares",
          CAST((
            ARRAY_AGG(
              "t76"."value" ORDER BY (
                CAST(EXTRACT(epoch FROM CAST("t76"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t76"."provenance"
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
                  CAST(EXTRACT(epoch FROM CAST("t76"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                ) + (
                  15 - CASE "t76"."provenance"
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
              AND "t76"."metric" = 'saves')
          )[1] AS DOUBLE PRECISION) AS "saves",
          CAST((
            ARRAY_AGG(
              "t76"."value" ORDER BY (
                CAST(EXTRACT(epoch FROM CAST("t76"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t76"."provenance"
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
                  CAST(EXTRACT(epoch FROM CAST("t76"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                ) + (
                  15 - CASE "t76"."provenance"
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
              AND "t76"."metric" = 'clicks')
          )[1] AS DOUBLE PRECISION) AS "clicks",
          15 - (
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t76"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t76"."provenance"
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
              "t76"."metric" = 'reach') % 16
          ) AS "reach__provenance",
          15 - (
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t76"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t76"."provenance"
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
              "t76"."metric" = 'impressions') % 16
          ) AS "impressions__provenance",
          15 - (
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t76"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t76"."provenance"
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
              "t76"."metric" = 'views') % 16
          ) AS "views__provenance",
          15 - (
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t76"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t76"."provenance"
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
              "t76"."metric" = 'likes') % 16
          ) AS "likes__provenance",
          15 - (
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t76"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t76"."provenance"
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
              "t76"."metric" = 'comments') % 16
          ) AS "comments__provenance",
          15 - (
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t76"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t76"."provenance"
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
              "t76"."metric" = 'shares') % 16
          ) AS "shares__provenance",
          15 - (
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t76"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t76"."provenance"
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
              "t76"."metric" = 'saves') % 16
          ) AS "saves__provenance",
          15 - (
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t76"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t76"."provenance"
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
              "t76"."metric" = 'clicks') % 16
          ) AS "clicks__provenance"
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
                  "t11"."id"
                FROM "post" AS "t11"
                WHERE
                  "t11"."campaign_id" IS NOT NULL AND "t11"."campaign_id" IN (1)
              )
          ) AS "t60"
          WHERE
            "t60"."captured_at" <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
        ) AS "t76"
        GROUP BY
          1
      ) AS "t119"
        ON "t100"."post_id" = "t119"."post_id"
      LEFT OUTER JOIN (
        SELECT
          CAST("t52"."post_id" AS BIGINT) AS "post_id",
          "t104"."followers",
          "t104"."rank" AS "followers__provenance"
        FROM (
          SELECT
            "t11"."id" AS "post_id",
            "t11"."account_id",
            "t11"."published_at"
          FROM "post" AS "t11"
          WHERE
            "t11"."campaign_id" IS NOT NULL AND "t11"."campaign_id" IN (1)
        ) AS "t52"
        INNER JOIN (
          SELECT
            "t61"."account_id",
            CAST("t61"."followers" AS DOUBLE PRECISION) AS "followers",
            CASE "t61"."provenance"
              WHEN 'measured'
              THEN 0
              WHEN 'self_reported'
              THEN 1
              WHEN 'estimated'
              THEN 2
              ELSE 2
            END AS "rank",
            "t61"."captured_at" AS "since",
            LEAD("t61"."captured_at") OVER (
              PARTITION BY "t61"."account_id"
              ORDER BY "t61"."captured_at" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) AS "until",
            (
              ROW_NUMBER() OVER (
                PARTITION BY "t61"."account_id"
                ORDER BY "t61"."captured_at" ASC
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
          ) AS "t61"
        ) AS "t104"
          ON "t52"."account_id" = "t104"."account_id"
          AND (
            (
              (
                "t104"."since" <= "t52"."published_at"
              )
              AND (
                (
                  "t104"."until" IS NULL
                ) OR (
                  "t52"."published_at" < "t104"."until"
                )
              )
            )
            OR (
              "t104"."first" AND (
                "t52"."published_at" < "t104"."since"
              )
            )
          )
      ) AS "t129"
        ON "t100"."post_id" = "t129"."post_id"
    ) AS "t142"
  ) AS "t151"
), "kpi_facts" AS (
  SELECT
    "t210"."campaign_id",
    "t210"."influencer_id",
    "t210"."influencer",
    "t210"."account_id",
    "t210"."platform",
    "t210"."post_id",
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
    "t210"."key_message_posts",
    "t210"."ugc_post",
    "t210"."mentions",
    "t210"."brand_mentions",
    "t210"."mention_engagements",
    "t210"."brand_mention_engagements",
    "t210"."followers_start",
    "t210"."followers_gained",
    "t210"."followers_expected_gain",
    "t210"."followers_start__provenance",
    "t210"."followers_gained__provenance",
    "t210"."followers_expected_gain__provenance",
    "t210"."brand_followers_start",
    "t210"."brand_followers_gained",
    "t210"."brand_followers_expected_gain",
    "t210"."brand_followers_start__provenance",
    "t210"."brand_followers_gained__provenance",
    "t210"."brand_followers_expected_gain__provenance",
    "t210"."influencers_contacted",
    "t210"."influencers_interested",
    "t210"."posts_contracted",
    "t210"."products_sent",
    "t210"."link_clicks",
    "t210"."unique_link_clicks",
    "t210"."bot_link_clicks",
    "t210"."sessions",
    "t210"."new_users",
    "t210"."bounced_sessions",
    "t210"."session_seconds",
    "t210"."page_views",
    "t210"."key_events",
    "t210"."orders",
    "t210"."revenue",
    "t210"."new_customers",
    "t210"."key_messages",
    "t210"."emv",
    "t210"."emv__provenance",
    "t210"."emv_authentic",
    "t210"."emv_authentic__provenance",
    (
      CAST("t210"."cost" AS DOUBLE PRECISION) / (
        CASE
          WHEN "t210"."platform" = 'tiktok'
          THEN 7.5
          WHEN "t210"."platform" = 'youtube'
          THEN 3.53
          ELSE 19.8
        END * "t210"."paid_rate"
      )
    ) * 1000 AS "paid_impressions",
    CAST("t210"."cost" AS DOUBLE PRECISION) / (
      CASE
        WHEN "t210"."platform" = 'tiktok'
        THEN CAST(NULL AS DOUBLE PRECISION)
        WHEN "t210"."platform" = 'youtube'
        THEN CAST(NULL AS DOUBLE PRECISION)
        ELSE 1.88
      END * "t210"."paid_rate"
    ) AS "paid_clicks",
    CAST("t210"."cost" AS DOUBLE PRECISION) / (
      CASE
        WHEN "t210"."platform" = 'youtube'
        THEN 0.026
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END * "t210"."paid_rate"
    ) AS "paid_views"
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
      "t208"."cost",
      "t208"."key_message_posts",
      "t208"."ugc_post",
      "t208"."mentions",
      "t208"."brand_mentions",
      "t208"."mention_engagements",
      "t208"."brand_mention_engagements",
      "t208"."followers_start",
      "t208"."followers_gained",
      "t208"."followers_expected_gain",
      "t208"."followers_start__provenance",
      "t208"."followers_gained__provenance",
      "t208"."followers_expected_gain__provenance",
      "t208"."brand_followers_start",
      "t208"."brand_followers_gained",
      "t208"."brand_followers_expected_gain",
      "t208"."brand_followers_start__provenance",
      "t208"."brand_followers_gained__provenance",
      "t208"."brand_followers_expected_gain__provenance",
      "t208"."influencers_contacted",
      "t208"."influencers_interested",
      "t208"."posts_contracted",
      "t208"."products_sent",
      "t208"."link_clicks",
      "t208"."unique_link_clicks",
      "t208"."bot_link_clicks",
      "t208"."sessions",
      "t208"."new_users",
      "t208"."engaged_sessions",
      "t208"."bounced_sessions",
      "t208"."session_seconds",
      "t208"."page_views",
      "t208"."key_events",
      "t208"."orders",
      "t208"."revenue",
      "t208"."new_customers",
      "t208"."key_messages",
      "t208"."emv_rate",
      "t208"."inauthentic_share",
      "t208"."emv",
      "t208"."emv__provenance",
      "t208"."emv_authentic",
      "t208"."emv_authentic__provenance",
      "t143"."paid_rate"
    FROM (
      SELECT
        "t205"."campaign_id",
        "t205"."campaign",
        "t205"."influencer_id",
        "t205"."influencer",
        "t205"."account_id",
        "t205"."platform",
        "t205"."format",
        "t205"."post_id",
        "t205"."day",
        "t205"."reach",
        "t205"."impressions",
        "t205"."views",
        "t205"."likes",
        "t205"."comments",
        "t205"."shares",
        "t205"."saves",
        "t205"."clicks",
        "t205"."reach__provenance",
        "t205"."impressions__provenance",
        "t205"."views__provenance",
        "t205"."likes__provenance",
        "t205"."comments__provenance",
        "t205"."shares__provenance",
        "t205"."saves__provenance",
        "t205"."clicks__provenance",
        "t205"."followers",
        "t205"."followers__provenance",
        "t205"."engagements",
        "t205"."engagements__provenance",
        "t205"."impressions_with_estimates",
        "t205"."impressions_with_estimates__provenance",
        "t205"."er_reach_post",
        "t205"."er_followers_post",
        "t205"."er_impressions_post",
        "t205"."er_views_post",
        "t205"."er_reach_post__provenance",
        "t205"."er_followers_post__provenance",
        "t205"."er_impressions_post__provenance",
        "t205"."er_views_post__provenance",
        "t205"."post_platform",
        "t205"."publishing_influencer",
        "t205"."sponsored_posts",
        "t205"."disclosed_sponsored_posts",
        "t205"."cost",
        "t205"."key_message_posts",
        "t205"."ugc_post",
        "t205"."mentions",
        "t205"."brand_mentions",
        "t205"."mention_engagements",
        "t205"."brand_mention_engagements",
        "t205"."followers_start",
        "t205"."followers_gained",
        "t205"."followers_expected_gain",
        "t205"."followers_start__provenance",
        "t205"."followers_gained__provenance",
        "t205"."followers_expected_gain__provenance",
        "t205"."brand_followers_start",
        "t205"."brand_followers_gained",
        "t205"."brand_followers_expected_gain",
        "t205"."brand_followers_start__provenance",
        "t205"."brand_followers_gained__provenance",
        "t205"."brand_followers_expected_gain__provenance",
        "t205"."influencers_contacted",
        "t205"."influencers_interested",
        "t205"."posts_contracted",
        "t205"."products_sent",
        "t205"."link_clicks",
        "t205"."unique_link_clicks",
        "t205"."bot_link_clicks",
        "t205"."sessions",
        "t205"."new_users",
        "t205"."engaged_sessions",
        "t205"."bounced_sessions",
        "t205"."session_seconds",
        "t205"."page_views",
        "t205"."key_events",
        "t205"."orders",
        "t205"."revenue",
        "t205"."new_customers",
        "t205"."key_messages",
        "t205"."emv_rate",
        "t205"."inauthentic_share",
        CASE
          WHEN (
            "t205"."post_id" IS NOT NULL
          )
          AND (
            (
              (
                CAST((
                  COALESCE("t205"."impressions", "t205"."views") * CASE
                    WHEN "t205"."platform" = 'tiktok'
                    THEN 6.89
                    ELSE CAST(NULL AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t205"."platform" = 'instagram'
                  THEN 0.07
                  WHEN "t205"."platform" = 'tiktok'
                  THEN 0.09
                  WHEN "t205"."platform" = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t205"."likes"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t205"."platform" = 'instagram'
                  THEN 3.46
                  WHEN "t205"."platform" = 'tiktok'
                  THEN 3.52
                  WHEN "t205"."platform" = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t205"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t205"."platform" = 'tiktok'
                  THEN 1.72
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t205"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              CAST((
                COALESCE("t205"."impressions", "t205"."views") * CASE
                  WHEN "t205"."platform" = 'tiktok'
                  THEN 6.89
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END
              ) AS DOUBLE PRECISION) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t205"."platform" = 'instagram'
                THEN 0.07
                WHEN "t205"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t205"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t205"."likes",
              0
            ) + COALESCE(
              CASE
                WHEN "t205"."platform" = 'instagram'
                THEN 3.46
                WHEN "t205"."platform" = 'tiktok'
                THEN 3.52
                WHEN "t205"."platform" = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t205"."comments",
              0
            ) + COALESCE(
              CASE
                WHEN "t205"."platform" = 'tiktok'
                THEN 1.72
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t205"."shares",
              0
            )
          ) * "t205"."emv_rate"
          ELSE CAST(NULL AS DOUBLE PRECISION)
        END AS "emv",
        NULLIF(
          GREATEST(
            COALESCE("t205"."impressions__provenance", -1),
            COALESCE("t205"."views__provenance", -1),
            COALESCE("t205"."engagements__provenance", -1)
          ),
          -1
        ) AS "emv__provenance",
        CASE
          WHEN (
            "t205"."post_id" IS NOT NULL
          )
          AND (
            (
              (
                CAST((
                  COALESCE("t205"."impressions", "t205"."views") * CASE
                    WHEN "t205"."platform" = 'tiktok'
                    THEN 6.89
                    ELSE CAST(NULL AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t205"."platform" = 'instagram'
                  THEN 0.07
                  WHEN "t205"."platform" = 'tiktok'
                  THEN 0.09
                  WHEN "t205"."platform" = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t205"."likes"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t205"."platform" = 'instagram'
                  THEN 3.46
                  WHEN "t205"."platform" = 'tiktok'
                  THEN 3.52
                  WHEN "t205"."platform" = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t205"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t205"."platform" = 'tiktok'
                  THEN 1.72
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t205"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              CAST((
                COALESCE("t205"."impressions", "t205"."views") * CASE
                  WHEN "t205"."platform" = 'tiktok'
                  THEN 6.89
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END
              ) AS DOUBLE PRECISION) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t205"."platform" = 'instagram'
                THEN 0.07
                WHEN "t205"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t205"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t205"."likes",
              0
            ) + COALESCE(
              CASE
                WHEN "t205"."platform" = 'instagram'
                THEN 3.46
                WHEN "t205"."platform" = 'tiktok'
                THEN 3.52
                WHEN "t205"."platform" = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t205"."comments",
              0
            ) + COALESCE(
              CASE
                WHEN "t205"."platform" = 'tiktok'
                THEN 1.72
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t205"."shares",
              0
            )
          ) * "t205"."emv_rate" * (
            1 - COALESCE("t205"."inauthentic_share", 0)
          )
          ELSE CAST(NULL AS DOUBLE PRECISION)
        END AS "emv_authentic",
        NULLIF(
          GREATEST(
            COALESCE(
              NULLIF(
                GREATEST(
                  COALESCE("t205"."impressions__provenance", -1),
                  COALESCE("t205"."views__provenance", -1),
                  COALESCE("t205"."engagements__provenance", -1)
                ),
                -1
              ),
              -1
            ),
            COALESCE(CASE WHEN "t205"."inauthentic_share" > 0 THEN 2 ELSE CAST(NULL AS BIGINT) END, -1)
          ),
          -1
        ) AS "emv_authentic__provenance"
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
          "t203"."cost",
          "t203"."key_message_posts",
          "t203"."ugc_post",
          "t203"."mentions",
          "t203"."brand_mentions",
          "t203"."mention_engagements",
          "t203"."brand_mention_engagements",
          "t203"."followers_start",
          "t203"."followers_gained",
          "t203"."followers_expected_gain",
          "t203"."followers_start__provenance",
          "t203"."followers_gained__provenance",
          "t203"."followers_expected_gain__provenance",
          "t203"."brand_followers_start",
          "t203"."brand_followers_gained",
          "t203"."brand_followers_expected_gain",
          "t203"."brand_followers_start__provenance",
          "t203"."brand_followers_gained__provenance",
          "t203"."brand_followers_expected_gain__provenance",
          "t203"."influencers_contacted",
          "t203"."influencers_interested",
          "t203"."posts_contracted",
          "t203"."products_sent",
          "t203"."link_clicks",
          "t203"."unique_link_clicks",
          "t203"."bot_link_clicks",
          "t203"."sessions",
          "t203"."new_users",
          "t203"."engaged_sessions",
          "t203"."bounced_sessions",
          "t203"."session_seconds",
          "t203"."page_views",
          "t203"."key_events",
          "t203"."orders",
          "t203"."revenue",
          "t203"."new_customers",
          "t203"."key_messages",
          "t203"."emv_rate",
          "t28"."inauthentic_share"
        FROM (
          SELECT
            "t200"."campaign_id",
            "t200"."campaign",
            "t200"."influencer_id",
            "t200"."influencer",
            "t200"."account_id",
            "t200"."platform",
            "t200"."format",
            "t200"."post_id",
            "t200"."day",
            "t200"."reach",
            "t200"."impressions",
            "t200"."views",
            "t200"."likes",
            "t200"."comments",
            "t200"."shares",
            "t200"."saves",
            "t200"."clicks",
            "t200"."reach__provenance",
            "t200"."impressions__provenance",
            "t200"."views__provenance",
            "t200"."likes__provenance",
            "t200"."comments__provenance",
            "t200"."shares__provenance",
            "t200"."saves__provenance",
            "t200"."clicks__provenance",
            "t200"."followers",
            "t200"."followers__provenance",
            "t200"."engagements",
            "t200"."engagements__provenance",
            "t200"."impressions_with_estimates",
            "t200"."impressions_with_estimates__provenance",
            "t200"."er_reach_post",
            "t200"."er_followers_post",
            "t200"."er_impressions_post",
            "t200"."er_views_post",
            "t200"."er_reach_post__provenance",
            "t200"."er_followers_post__provenance",
            "t200"."er_impressions_post__provenance",
            "t200"."er_views_post__provenance",
            "t200"."post_platform",
            "t200"."publishing_influencer",
            "t200"."sponsored_posts",
            "t200"."disclosed_sponsored_posts",
            "t200"."cost",
            "t200"."key_message_posts",
            "t200"."ugc_post",
            "t200"."mentions",
            "t200"."brand_mentions",
            "t200"."mention_engagements",
            "t200"."brand_mention_engagements",
            "t200"."followers_start",
            "t200"."followers_gained",
            "t200"."followers_expected_gain",
            "t200"."followers_start__provenance",
            "t200"."followers_gained__provenance",
            "t200"."followers_expected_gain__provenance",
            "t200"."brand_followers_start",
            "t200"."brand_followers_gained",
            "t200"."brand_followers_expected_gain",
            "t200"."brand_followers_start__provenance",
            "t200"."brand_followers_gained__provenance",
            "t200"."brand_followers_expected_gain__provenance",
            "t200"."influencers_contacted",
            "t200"."influencers_interested",
            "t200"."posts_contracted",
            "t200"."products_sent",
            "t200"."link_clicks",
            "t200"."unique_link_clicks",
            "t200"."bot_link_clicks",
            "t200"."sessions",
            "t200"."new_users",
            "t200"."engaged_sessions",
            "t200"."bounced_sessions",
            "t200"."session_seconds",
            "t200"."page_views",
            "t200"."key_events",
            "t200"."orders",
            "t200"."revenue",
            "t200"."new_customers",
            "t200"."key_messages",
            "t144"."emv_rate"
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
                                "t187"."campaign_id",
                                "t187"."campaign",
                                "t187"."influencer_id",
                                "t187"."influencer",
                                "t187"."account_id",
                                "t187"."platform",
                                "t187"."format",
                                "t187"."post_id",
                                "t187"."day",
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
                                CAST("t187"."followers__provenance" AS BIGINT) AS "followers__provenance",
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
                                CAST("t187"."publishing_influencer" AS DOUBLE PRECISION) AS "publishing_influencer",
                                "t187"."sponsored_posts",
                                "t187"."disclosed_sponsored_posts",
                                "t187"."cost",
                                "t187"."key_message_posts",
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
                                  "t179"."impressions_with_estimates",
                                  "t179"."impressions_with_estimates__provenance",
                                  "t179"."er_reach_post",
                                  "t179"."er_followers_post",
                                  "t179"."er_impressions_post",
                                  "t179"."er_views_post",
                                  "t179"."er_reach_post__provenance",
                                  "t179"."er_followers_post__provenance",
                                  "t179"."er_impressions_post__provenance",
                                  "t179"."er_views_post__provenance",
                                  "t179"."post_platform",
                                  "t179"."publishing_influencer",
                                  "t179"."sponsored_posts",
                                  "t179"."disclosed_sponsored_posts",
                                  "t179"."cost",
                                  "t186"."key_message_posts"
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
                                    "t167"."engagements",
                                    "t167"."engagements__provenance",
                                    "t167"."impressions_with_estimates",
                                    "t167"."impressions_with_estimates__provenance",
                                    "t167"."er_reach_post",
                                    "t167"."er_followers_post",
                                    "t167"."er_impressions_post",
                                    "t167"."er_views_post",
                                    "t167"."er_reach_post__provenance",
                                    "t167"."er_followers_post__provenance",
                                    "t167"."er_impressions_post__provenance",
                                    "t167"."er_views_post__provenance",
                                    "t167"."post_platform",
                                    "t167"."publishing_influencer",
                                    "t167"."sponsored_posts",
                                    "t167"."disclosed_sponsored_posts",
                                    "t146"."cost"
                                  FROM "post_rows" AS "t167"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t100"."post_id",
                                      "t137"."cost"
                                    FROM "campaign_posts_in" AS "t100"
                                    INNER JOIN (
                                      SELECT
                                        "t123"."campaign_id",
                                        "t123"."influencer_id",
                                        SUM("t123"."share") AS "cost"
                                      FROM (
                                        SELECT
                                          "t99"."campaign_id",
                                          "t99"."influencer_id",
                                          CAST("t99"."amount" AS DOUBLE PRECISION) / "t108"."n_posts" AS "share"
                                        FROM "t74" AS "t99"
                                        INNER JOIN (
                                          SELECT
                                            "t90"."campaign_id",
                                            "t90"."influencer_id",
                                            COUNT("t90"."post_id") AS "n_posts"
                                          FROM "campaign_posts_in" AS "t90"
                                          GROUP BY
                                            1,
                                            2
                                        ) AS "t108"
                                          ON "t99"."campaign_id" = "t108"."campaign_id"
                                          AND "t99"."influencer_id" = "t108"."influencer_id"
                                      ) AS "t123"
                                      GROUP BY
                                        1,
                                        2
                                    ) AS "t137"
                                      ON "t137"."campaign_id" = "t100"."campaign_id"
                                      AND "t137"."influencer_id" = "t100"."influencer_id"
                                  ) AS "t146"
                                    ON "t167"."post_id" = "t146"."post_id"
                                ) AS "t179"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t180"."post_id",
                                    MAX(
                                      CAST(CASE
                                        WHEN POSITION(LOWER("t180"."message") IN LOWER("t180"."caption")) > 0
                                        THEN 1
                                        ELSE 0
                                      END AS DOUBLE PRECISION)
                                    ) AS "key_message_posts"
                                  FROM (
                                    SELECT
                                      "t171"."campaign_id",
                                      "t171"."post_id",
                                      "t171"."caption",
                                      "t80"."message"
                                    FROM (
                                      SELECT
                                        "t165"."campaign_id",
                                        "t165"."post_id",
                                        "t165"."caption"
                                      FROM "post_rows" AS "t165"
                                    ) AS "t171"
                                    INNER JOIN (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST("t0"."id" AS BIGINT) AS "campaign_id",
                                          UNNEST(STRING_TO_ARRAY("t0"."key_messages", '
')) AS "message"
                                        FROM "campaign" AS "t0"
                                      ) AS "t44"
                                      WHERE
                                        LENGTH("t44"."message") > 0
                                    ) AS "t80"
                                      ON "t171"."campaign_id" = "t80"."campaign_id"
                                  ) AS "t180"
                                  GROUP BY
                                    1
                                ) AS "t186"
                                  ON "t179"."post_id" = "t186"."post_id"
                              ) AS "t187"
                            ) AS "t188"
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t181"."campaign_id",
                                "t181"."campaign",
                                CAST(NULL AS BIGINT) AS "influencer_id",
                                CAST(NULL AS VARCHAR) AS "influencer",
                                CAST(NULL AS BIGINT) AS "account_id",
                                "t181"."platform",
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
                                CAST(NULL AS DOUBLE PRECISION) AS "cost",
                                CAST(NULL AS DOUBLE PRECISION) AS "key_message_posts",
                                CAST("t181"."ugc_post" AS DOUBLE PRECISION) AS "ugc_post",
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
                                  "t130"."campaign_id",
                                  "t130"."campaign",
                                  "t130"."platform",
                                  "t130"."day",
                                  "t130"."post_id" AS "ugc_post"
                                FROM (
                                  SELECT DISTINCT
                                    *
                                  FROM (
                                    SELECT
                                      "t81"."campaign_id",
                                      "t81"."campaign",
                                      "t91"."post_id",
                                      "t91"."influencer_id",
                                      "t91"."platform",
                                      "t91"."day"
                                    FROM (
                                      SELECT
                                        CAST("t53"."id" AS BIGINT) AS "post_id",
                                        CAST("t17"."id" AS BIGINT) AS "influencer_id",
                                        "t17"."workspace_id",
                                        "t17"."is_brand",
                                        CAST("t21"."platform" AS VARCHAR) AS "platform",
                                        "t53"."published_on" AS "day",
                                        "t53"."hashtags"
                                      FROM (
                                        SELECT
                                          *
                                        FROM "post" AS "t11"
                                        WHERE
                                          "t11"."campaign_id" IS NULL
                                      ) AS "t53"
                                      INNER JOIN "account" AS "t21"
                                        ON "t53"."account_id" = "t21"."id"
                                      INNER JOIN "influencer" AS "t17"
                                        ON "t21"."influencer_id" = "t17"."id"
                                    ) AS "t91"
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
                                      ) AS "t45"
                                      WHERE
                                        LENGTH("t45"."tag") > 0
                                    ) AS "t81"
                                      ON "t91"."workspace_id" = "t81"."workspace_id"
                                      AND "t91"."day" >= "t81"."start"
                                      AND "t91"."day" <= "t81"."end"
                                      AND NOT (
                                        "t91"."is_brand"
                                      )
                                      AND POSITION(',' || "t81"."tag" || ',' IN ',' || "t91"."hashtags" || ',') > 0
                                  ) AS "t115"
                                ) AS "t130"
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
                                        ) AS "t34"
                                        UNION ALL
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            "t165"."campaign_id",
                                            "t165"."influencer_id"
                                          FROM "post_rows" AS "t165"
                                        ) AS "t168"
                                      ) AS "t170"
                                    ) AS "t177"
                                    WHERE
                                      "t130"."campaign_id" = "t177"."campaign_id"
                                      AND "t130"."influencer_id" = "t177"."influencer_id"
                                  )
                              ) AS "t181"
                            ) AS "t184"
                          ) AS "t190"
                          UNION ALL
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t122"."campaign_id",
                              "t122"."campaign",
                              "t122"."influencer_id",
                              "t122"."influencer",
                              CAST(NULL AS BIGINT) AS "account_id",
                              CAST(NULL AS VARCHAR) AS "platform",
                              CAST(NULL AS VARCHAR) AS "format",
                              CAST(NULL AS BIGINT) AS "post_id",
                              "t122"."day",
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
                              "t122"."cost",
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
                                "t98"."campaign_id",
                                "t98"."campaign",
                                "t98"."influencer_id",
                                CAST("t17"."name" AS VARCHAR) AS "influencer",
                                "t98"."incurred_on" AS "day",
                                "t98"."amount" AS "cost"
                              FROM "t74" AS "t98"
                              LEFT OUTER JOIN "influencer" AS "t17"
                                ON "t98"."influencer_id" = "t17"."id"
                              WHERE
                                NOT EXISTS(
                                  SELECT
                                    1
                                  FROM (
                                    SELECT
                                      "t90"."campaign_id",
                                      "t90"."influencer_id",
                                      COUNT("t90"."post_id") AS "n_posts"
                                    FROM "campaign_posts_in" AS "t90"
                                    GROUP BY
                                      1,
                                      2
                                  ) AS "t108"
                                  WHERE
                                    "t98"."campaign_id" = "t108"."campaign_id"
                                    AND "t98"."influencer_id" = "t108"."influencer_id"
                                )
                            ) AS "t122"
                          ) AS "t128"
                        ) AS "t191"
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t78"."campaign_id",
                            "t78"."campaign",
                            CAST(NULL AS BIGINT) AS "influencer_id",
                            CAST(NULL AS VARCHAR) AS "influencer",
                            CAST(NULL AS BIGINT) AS "account_id",
                            "t78"."platform",
                            CAST(NULL AS VARCHAR) AS "format",
                            CAST(NULL AS BIGINT) AS "post_id",
                            "t78"."day",
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
                            "t78"."mentions",
                            "t78"."brand_mentions",
                            "t78"."mention_engagements",
                            "t78"."brand_mention_engagements",
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
                              CAST("t55"."id" AS BIGINT) AS "campaign_id",
                              CAST("t55"."name" AS VARCHAR) AS "campaign",
                              CAST("t19"."platform" AS VARCHAR) AS "platform",
                              "t19"."mentioned_on" AS "day",
                              CAST(1 AS DOUBLE PRECISION) AS "mentions",
                              CAST(CASE WHEN "t19"."own" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "brand_mentions",
                              "t19"."engagements" AS "mention_engagements",
                              CAST(CASE WHEN "t19"."own" THEN 1 ELSE 0 END AS DOUBLE PRECISION) * "t19"."engagements" AS "brand_mention_engagements"
                            FROM "mention" AS "t19"
                            INNER JOIN "t25" AS "t55"
                              ON "t19"."workspace_id" = "t55"."workspace_id"
                              AND "t19"."mentioned_on" >= "t55"."start_date"
                              AND "t19"."mentioned_on" <= "t55"."end_date"
                          ) AS "t78"
                        ) AS "t92"
                      ) AS "t192"
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t183"."campaign_id",
                          "t183"."campaign",
                          "t183"."influencer_id",
                          "t183"."influencer",
                          "t183"."account_id",
                          "t183"."platform",
                          CAST(NULL AS VARCHAR) AS "format",
                          CAST(NULL AS BIGINT) AS "post_id",
                          "t183"."day",
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
                            WHEN "t183"."is_brand" = FALSE
                            THEN "t183"."start_followers"
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "followers_start",
                          CASE
                            WHEN "t183"."is_brand" = FALSE
                            THEN CASE
                              WHEN "t183"."end_seen_at" > "t183"."start_seen_at"
                              THEN "t183"."end_followers" - "t183"."start_followers"
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "followers_gained",
                          CASE
                            WHEN "t183"."is_brand" = FALSE
                            THEN CASE
                              WHEN "t183"."end_seen_at" > "t183"."start_seen_at"
                              THEN (
                                CAST((
                                  "t183"."start_followers" - "t183"."before_followers"
                                ) AS DOUBLE PRECISION) / NULLIF(CAST("t183"."start_seen_at" - "t183"."before_seen_at" AS DOUBLE PRECISION), 0)
                              ) * (
                                "t183"."end_seen_at" - "t183"."start_seen_at"
                              )
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "followers_expected_gain",
                          CAST(CASE
                            WHEN "t183"."is_brand" = FALSE
                            THEN "t183"."start_rank"
                            ELSE CAST(NULL AS SMALLINT)
                          END AS BIGINT) AS "followers_start__provenance",
                          CASE
                            WHEN "t183"."is_brand" = FALSE
                            THEN CASE
                              WHEN "t183"."end_seen_at" > "t183"."start_seen_at"
                              THEN NULLIF(GREATEST(COALESCE("t183"."start_rank", -1), COALESCE("t183"."end_rank", -1)), -1)
                              ELSE CAST(NULL AS BIGINT)
                            END
                            ELSE CAST(NULL AS BIGINT)
                          END AS "followers_gained__provenance",
                          CASE
                            WHEN "t183"."is_brand" = FALSE
                            THEN CASE
                              WHEN CASE
                                WHEN "t183"."end_seen_at" > "t183"."start_seen_at"
                                THEN (
                                  CAST((
                                    "t183"."start_followers" - "t183"."before_followers"
                                  ) AS DOUBLE PRECISION) / NULLIF(CAST("t183"."start_seen_at" - "t183"."before_seen_at" AS DOUBLE PRECISION), 0)
                                ) * (
                                  "t183"."end_seen_at" - "t183"."start_seen_at"
                                )
                                ELSE CAST(NULL AS DOUBLE PRECISION)
                              END IS NOT NULL
                              THEN NULLIF(
                                GREATEST(
                                  COALESCE(
                                    CASE
                                      WHEN "t183"."end_seen_at" > "t183"."start_seen_at"
                                      THEN NULLIF(GREATEST(COALESCE("t183"."start_rank", -1), COALESCE("t183"."end_rank", -1)), -1)
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    -1
                                  ),
                                  COALESCE("t183"."before_rank", -1)
                                ),
                                -1
                              )
                              ELSE CAST(NULL AS BIGINT)
                            END
                            ELSE CAST(NULL AS BIGINT)
                          END AS "followers_expected_gain__provenance",
                          CASE
                            WHEN "t183"."is_brand" = TRUE
                            THEN "t183"."start_followers"
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "brand_followers_start",
                          CASE
                            WHEN "t183"."is_brand" = TRUE
                            THEN CASE
                              WHEN "t183"."end_seen_at" > "t183"."start_seen_at"
                              THEN "t183"."end_followers" - "t183"."start_followers"
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "brand_followers_gained",
                          CASE
                            WHEN "t183"."is_brand" = TRUE
                            THEN CASE
                              WHEN "t183"."end_seen_at" > "t183"."start_seen_at"
                              THEN (
                                CAST((
                                  "t183"."start_followers" - "t183"."before_followers"
                                ) AS DOUBLE PRECISION) / NULLIF(CAST("t183"."start_seen_at" - "t183"."before_seen_at" AS DOUBLE PRECISION), 0)
                              ) * (
                                "t183"."end_seen_at" - "t183"."start_seen_at"
                              )
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "brand_followers_expected_gain",
                          CAST(CASE
                            WHEN "t183"."is_brand" = TRUE
                            THEN "t183"."start_rank"
                            ELSE CAST(NULL AS SMALLINT)
                          END AS BIGINT) AS "brand_followers_start__provenance",
                          CASE
                            WHEN "t183"."is_brand" = TRUE
                            THEN CASE
                              WHEN "t183"."end_seen_at" > "t183"."start_seen_at"
                              THEN NULLIF(GREATEST(COALESCE("t183"."start_rank", -1), COALESCE("t183"."end_rank", -1)), -1)
                              ELSE CAST(NULL AS BIGINT)
                            END
                            ELSE CAST(NULL AS BIGINT)
                          END AS "brand_followers_gained__provenance",
                          CASE
                            WHEN "t183"."is_brand" = TRUE
                            THEN CASE
                              WHEN CASE
                                WHEN "t183"."end_seen_at" > "t183"."start_seen_at"
                                THEN (
                                  CAST((
                                    "t183"."start_followers" - "t183"."before_followers"
                                  ) AS DOUBLE PRECISION) / NULLIF(CAST("t183"."start_seen_at" - "t183"."before_seen_at" AS DOUBLE PRECISION), 0)
                                ) * (
                                  "t183"."end_seen_at" - "t183"."start_seen_at"
                                )
                                ELSE CAST(NULL AS DOUBLE PRECISION)
                              END IS NOT NULL
                              THEN NULLIF(
                                GREATEST(
                                  COALESCE(
                                    CASE
                                      WHEN "t183"."end_seen_at" > "t183"."start_seen_at"
                                      THEN NULLIF(GREATEST(COALESCE("t183"."start_rank", -1), COALESCE("t183"."end_rank", -1)), -1)
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    -1
                                  ),
                                  COALESCE("t183"."before_rank", -1)
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
                            "t178"."end_followers",
                            "t178"."end_seen_at",
                            "t178"."end_rank",
                            "t159"."before_followers",
                            "t159"."before_seen_at",
                            "t159"."before_rank"
                          FROM (
                            SELECT
                              "t166"."campaign_id",
                              "t166"."campaign",
                              "t166"."influencer_id",
                              "t166"."influencer",
                              "t166"."account_id",
                              "t166"."platform",
                              "t166"."is_brand",
                              "t166"."day",
                              "t166"."start_at",
                              "t166"."end_at",
                              "t166"."start_followers",
                              "t166"."start_seen_at",
                              "t166"."start_rank",
                              "t158"."end_followers",
                              "t158"."end_seen_at",
                              "t158"."end_rank"
                            FROM (
                              SELECT
                                "t139"."campaign_id",
                                "t139"."campaign",
                                "t139"."influencer_id",
                                "t139"."influencer",
                                "t139"."account_id",
                                "t139"."platform",
                                "t139"."is_brand",
                                "t139"."day",
                                "t139"."start_at",
                                "t139"."end_at",
                                "t161"."start_followers",
                                "t161"."start_seen_at",
                                "t161"."start_rank"
                              FROM (
                                SELECT
                                  "t118"."campaign_id",
                                  CAST("t15"."name" AS VARCHAR) AS "campaign",
                                  CAST("t18"."id" AS BIGINT) AS "influencer_id",
                                  CAST("t18"."name" AS VARCHAR) AS "influencer",
                                  "t118"."account_id",
                                  CAST("t22"."platform" AS VARCHAR) AS "platform",
                                  "t118"."is_brand",
                                  "t15"."end_date" AS "day",
                                  EXTRACT('epoch' FROM CAST("t15"."start_date" AS TIMESTAMPTZ)) AS "start_at",
                                  EXTRACT('epoch' FROM CAST("t15"."end_date" AS TIMESTAMPTZ)) + 86400 AS "end_at"
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t103"."campaign_id",
                                      "t103"."account_id",
                                      FALSE AS "is_brand"
                                    FROM (
                                      SELECT DISTINCT
                                        "t90"."campaign_id",
                                        "t90"."account_id"
                                      FROM "campaign_posts_in" AS "t90"
                                    ) AS "t103"
                                  ) AS "t109"
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      CAST("t56"."id" AS BIGINT) AS "campaign_id",
                                      CAST("t22"."id" AS BIGINT) AS "account_id",
                                      TRUE AS "is_brand"
                                    FROM "t25" AS "t56"
                                    INNER JOIN (
                                      SELECT
                                        *
                                      FROM "influencer" AS "t3"
                                      WHERE
                                        "t3"."is_brand"
                                    ) AS "t32"
                                      ON "t32"."workspace_id" = "t56"."workspace_id"
                                    INNER JOIN "account" AS "t22"
                                      ON "t22"."influencer_id" = "t32"."id"
                                  ) AS "t79"
                                ) AS "t118"
                                INNER JOIN "campaign" AS "t15"
                                  ON "t118"."campaign_id" = "t15"."id"
                                INNER JOIN "account" AS "t22"
                                  ON "t118"."account_id" = "t22"."id"
                                INNER JOIN "influencer" AS "t18"
                                  ON "t22"."influencer_id" = "t18"."id"
                              ) AS "t139"
                              INNER JOIN (
                                SELECT
                                  "t155"."campaign_id",
                                  "t155"."account_id",
                                  CAST("t155"."followers" AS DOUBLE PRECISION) AS "start_followers",
                                  "t155"."at" AS "start_seen_at",
                                  "t155"."rank" AS "start_rank"
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
                                    "t150"."followers",
                                    "t150"."at",
                                    "t150"."rank",
                                    ROW_NUMBER() OVER (
                                      PARTITION BY "t150"."campaign_id", "t150"."account_id"
                                      ORDER BY CASE WHEN "t150"."at" <= "t150"."start_at" THEN 0 ELSE 1 END ASC, ABS("t150"."at" - "t150"."start_at") ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    ) - 1 AS "order"
                                  FROM "t149" AS "t150"
                                ) AS "t155"
                                WHERE
                                  "t155"."order" = 0
                              ) AS "t161"
                                ON "t139"."campaign_id" = "t161"."campaign_id"
                                AND "t139"."account_id" = "t161"."account_id"
                            ) AS "t166"
                            LEFT OUTER JOIN (
                              SELECT
                                "t153"."campaign_id",
                                "t153"."account_id",
                                CAST("t153"."followers" AS DOUBLE PRECISION) AS "end_followers",
                                "t153"."at" AS "end_seen_at",
                                "t153"."rank" AS "end_rank"
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
                                  "t150"."followers",
                                  "t150"."at",
                                  "t150"."rank",
                                  ROW_NUMBER() OVER (
                                    PARTITION BY "t150"."campaign_id", "t150"."account_id"
                                    ORDER BY "t150"."at" DESC NULLS LAST
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  ) - 1 AS "order"
                                FROM "t149" AS "t150"
                              ) AS "t153"
                              WHERE
                                "t153"."order" = 0
                            ) AS "t158"
                              ON "t166"."campaign_id" = "t158"."campaign_id"
                              AND "t166"."account_id" = "t158"."account_id"
                          ) AS "t178"
                          LEFT OUTER JOIN (
                            SELECT
                              "t154"."campaign_id",
                              "t154"."account_id",
                              CAST("t154"."followers" AS DOUBLE PRECISION) AS "before_followers",
                              "t154"."at" AS "before_seen_at",
                              "t154"."rank" AS "before_rank"
                            FROM (
                              SELECT
                                "t152"."campaign_id",
                                "t152"."campaign",
                                "t152"."influencer_id",
                                "t152"."influencer",
                                "t152"."account_id",
                                "t152"."platform",
                                "t152"."is_brand",
                                "t152"."day",
                                "t152"."start_at",
                                "t152"."end_at",
                                "t152"."followers",
                                "t152"."at",
                                "t152"."rank",
                                ROW_NUMBER() OVER (
                                  PARTITION BY "t152"."campaign_id", "t152"."account_id"
                                  ORDER BY "t152"."at" DESC NULLS LAST
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                ) - 1 AS "order"
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t139"."campaign_id",
                                    "t139"."campaign",
                                    "t139"."influencer_id",
                                    "t139"."influencer",
                                    "t139"."account_id",
                                    "t139"."platform",
                                    "t139"."is_brand",
                                    "t139"."day",
                                    "t139"."start_at",
                                    "t139"."end_at",
                                    "t62"."followers",
                                    "t62"."at",
                                    "t62"."rank"
                                  FROM (
                                    SELECT
                                      "t118"."campaign_id",
                                      CAST("t15"."name" AS VARCHAR) AS "campaign",
                                      CAST("t18"."id" AS BIGINT) AS "influencer_id",
                                      CAST("t18"."name" AS VARCHAR) AS "influencer",
                                      "t118"."account_id",
                                      CAST("t22"."platform" AS VARCHAR) AS "platform",
                                      "t118"."is_brand",
                                      "t15"."end_date" AS "day",
                                      EXTRACT('epoch' FROM CAST("t15"."start_date" AS TIMESTAMPTZ)) AS "start_at",
                                      EXTRACT('epoch' FROM CAST("t15"."end_date" AS TIMESTAMPTZ)) + 86400 AS "end_at"
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t103"."campaign_id",
                                          "t103"."account_id",
                                          FALSE AS "is_brand"
                                        FROM (
                                          SELECT DISTINCT
                                            "t90"."campaign_id",
                                            "t90"."account_id"
                                          FROM "campaign_posts_in" AS "t90"
                                        ) AS "t103"
                                      ) AS "t109"
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST("t56"."id" AS BIGINT) AS "campaign_id",
                                          CAST("t22"."id" AS BIGINT) AS "account_id",
                                          TRUE AS "is_brand"
                                        FROM "t25" AS "t56"
                                        INNER JOIN (
                                          SELECT
                                            *
                                          FROM "influencer" AS "t3"
                                          WHERE
                                            "t3"."is_brand"
                                        ) AS "t32"
                                          ON "t32"."workspace_id" = "t56"."workspace_id"
                                        INNER JOIN "account" AS "t22"
                                          ON "t22"."influencer_id" = "t32"."id"
                                      ) AS "t79"
                                    ) AS "t118"
                                    INNER JOIN "campaign" AS "t15"
                                      ON "t118"."campaign_id" = "t15"."id"
                                    INNER JOIN "account" AS "t22"
                                      ON "t118"."account_id" = "t22"."id"
                                    INNER JOIN "influencer" AS "t18"
                                      ON "t22"."influencer_id" = "t18"."id"
                                  ) AS "t139"
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
                                  ) AS "t62"
                                    ON "t139"."account_id" = "t62"."account_id"
                                ) AS "t148"
                                WHERE
                                  "t148"."at" <= (
                                    "t148"."start_at" - (
                                      "t148"."end_at" - "t148"."start_at"
                                    )
                                  )
                              ) AS "t152"
                            ) AS "t154"
                            WHERE
                              "t154"."order" = 0
                          ) AS "t159"
                            ON "t178"."campaign_id" = "t159"."campaign_id"
                            AND "t178"."account_id" = "t159"."account_id"
                        ) AS "t183"
                      ) AS "t189"
                    ) AS "t193"
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t83"."campaign_id",
                        "t83"."campaign",
                        "t83"."influencer_id",
                        "t83"."influencer",
                        CAST(NULL AS BIGINT) AS "account_id",
                        CAST(NULL AS VARCHAR) AS "platform",
                        CAST(NULL AS VARCHAR) AS "format",
                        CAST(NULL AS BIGINT) AS "post_id",
                        "t83"."day",
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
                        "t83"."influencers_contacted",
                        "t83"."influencers_interested",
                        "t83"."posts_contracted",
                        "t83"."products_sent",
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
                          CAST("t47"."campaign_id" AS BIGINT) AS "campaign_id",
                          CAST("t15"."name" AS VARCHAR) AS "campaign",
                          CAST("t47"."influencer_id" AS BIGINT) AS "influencer_id",
                          CAST("t17"."name" AS VARCHAR) AS "influencer",
                          "t15"."start_date" AS "day",
                          CAST(1 AS DOUBLE PRECISION) AS "influencers_contacted",
                          CAST(CASE WHEN "t47"."status" IN ('interested', 'activated') THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "influencers_interested",
                          CAST("t47"."posts_contracted" AS DOUBLE PRECISION) AS "posts_contracted",
                          CAST("t47"."products_sent" AS DOUBLE PRECISION) AS "products_sent"
                        FROM (
                          SELECT
                            *
                          FROM "roster" AS "t5"
                          WHERE
                            "t5"."campaign_id" IN (1)
                        ) AS "t47"
                        INNER JOIN "campaign" AS "t15"
                          ON "t47"."campaign_id" = "t15"."id"
                        INNER JOIN "influencer" AS "t17"
                          ON "t47"."influencer_id" = "t17"."id"
                      ) AS "t83"
                    ) AS "t96"
                  ) AS "t194"
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t117"."campaign_id",
                      "t117"."campaign",
                      "t117"."influencer_id",
                      "t117"."influencer",
                      CAST(NULL AS BIGINT) AS "account_id",
                      "t117"."platform",
                      CAST(NULL AS VARCHAR) AS "format",
                      "t117"."post_id",
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
                      "t117"."link_clicks",
                      "t117"."unique_link_clicks",
                      "t117"."bot_link_clicks",
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
                        "t106"."campaign_id",
                        "t106"."influencer_id",
                        "t106"."post_id",
                        "t106"."platform",
                        "t106"."link_clicks",
                        "t106"."unique_link_clicks",
                        "t106"."bot_link_clicks",
                        CAST("t15"."name" AS VARCHAR) AS "campaign",
                        CAST("t17"."name" AS VARCHAR) AS "influencer"
                      FROM (
                        SELECT
                          "t73"."campaign_id",
                          "t73"."influencer_id",
                          "t73"."post_id",
                          "t73"."platform",
                          SUM("t73"."link_clicks") AS "link_clicks",
                          SUM("t73"."unique_link_clicks") AS "unique_link_clicks",
                          SUM("t73"."bot_link_clicks") AS "bot_link_clicks"
                        FROM (
                          SELECT
                            CAST("t49"."campaign_id" AS BIGINT) AS "campaign_id",
                            CAST("t49"."influencer_id" AS BIGINT) AS "influencer_id",
                            CAST("t49"."post_id" AS BIGINT) AS "post_id",
                            CAST("t49"."platform" AS VARCHAR) AS "platform",
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
                              *
                            FROM "link" AS "t9"
                            WHERE
                              "t9"."campaign_id" IN (1)
                          ) AS "t49"
                            ON "t20"."link_id" = "t49"."id"
                        ) AS "t73"
                        GROUP BY
                          1,
                          2,
                          3,
                          4
                      ) AS "t106"
                      INNER JOIN "campaign" AS "t15"
                        ON "t106"."campaign_id" = "t15"."id"
                      LEFT OUTER JOIN "influencer" AS "t17"
                        ON "t106"."influencer_id" = "t17"."id"
                    ) AS "t117"
                  ) AS "t125"
                ) AS "t195"
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    "t105"."campaign_id",
                    "t105"."campaign",
                    "t105"."influencer_id",
                    "t105"."influencer",
                    CAST(NULL AS BIGINT) AS "account_id",
                    "t105"."platform",
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
                    "t105"."sessions",
                    "t105"."new_users",
                    "t105"."engaged_sessions",
                    "t105"."bounced_sessions",
                    "t105"."session_seconds",
                    "t105"."page_views",
                    "t105"."key_events",
                    CAST(NULL AS DOUBLE PRECISION) AS "orders",
                    CAST(NULL AS DOUBLE PRECISION) AS "revenue",
                    CAST(NULL AS DOUBLE PRECISION) AS "new_customers",
                    CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                  FROM (
                    SELECT
                      "t84"."campaign_id",
                      "t84"."influencer_id",
                      "t84"."platform",
                      "t84"."sessions",
                      "t84"."new_users",
                      "t84"."engaged_sessions",
                      "t84"."bounced_sessions",
                      "t84"."session_seconds",
                      "t84"."page_views",
                      "t84"."key_events",
                      CAST("t15"."name" AS VARCHAR) AS "campaign",
                      CAST("t17"."name" AS VARCHAR) AS "influencer"
                    FROM (
                      SELECT
                        "t48"."campaign_id",
                        "t48"."influencer_id",
                        "t48"."platform",
                        SUM("t48"."sessions") AS "sessions",
                        SUM("t48"."new_users") AS "new_users",
                        SUM("t48"."engaged_sessions") AS "engaged_sessions",
                        SUM("t48"."bounced_sessions") AS "bounced_sessions",
                        SUM("t48"."session_seconds") AS "session_seconds",
                        SUM("t48"."page_views") AS "page_views",
                        SUM("t48"."key_events") AS "key_events"
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
                      ) AS "t48"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t84"
                    INNER JOIN "campaign" AS "t15"
                      ON "t84"."campaign_id" = "t15"."id"
                    LEFT OUTER JOIN "influencer" AS "t17"
                      ON "t84"."influencer_id" = "t17"."id"
                  ) AS "t105"
                ) AS "t111"
              ) AS "t196"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t110"."campaign_id",
                  "t110"."campaign",
                  "t110"."influencer_id",
                  "t110"."influencer",
                  CAST(NULL AS BIGINT) AS "account_id",
                  "t110"."platform",
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
                  "t110"."orders",
                  "t110"."revenue",
                  "t110"."new_customers",
                  CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                FROM (
                  SELECT
                    "t95"."campaign_id",
                    "t95"."influencer_id",
                    "t95"."platform",
                    "t95"."orders",
                    "t95"."revenue",
                    "t95"."new_customers",
                    CAST("t15"."name" AS VARCHAR) AS "campaign",
                    CAST("t17"."name" AS VARCHAR) AS "influencer"
                  FROM (
                    SELECT
                      "t65"."campaign_id",
                      "t65"."influencer_id",
                      "t65"."platform",
                      SUM("t65"."orders") AS "orders",
                      SUM("t65"."revenue") AS "revenue",
                      SUM("t65"."new_customers") AS "new_customers"
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
                    ) AS "t65"
                    GROUP BY
                      1,
                      2,
                      3
                  ) AS "t95"
                  INNER JOIN "campaign" AS "t15"
                    ON "t95"."campaign_id" = "t15"."id"
                  LEFT OUTER JOIN "influencer" AS "t17"
                    ON "t95"."influencer_id" = "t17"."id"
                ) AS "t110"
              ) AS "t116"
            ) AS "t197"
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
            ) AS "t69"
          ) AS "t200"
          LEFT OUTER JOIN (
            SELECT
              "t136"."campaign_id",
              "t136"."rate" AS "emv_rate"
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
              ) AS "t27"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t121"."campaign_id",
                  "t121"."rate"
                FROM (
                  SELECT
                    "t94"."campaign_id",
                    "t94"."start",
                    "t94"."rate",
                    "t94"."valid",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t94"."campaign_id"
                      ORDER BY CASE WHEN "t94"."valid" <= "t94"."start" THEN 0 ELSE 1 END ASC, ABS("t94"."valid" - "t94"."start") ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "order"
                  FROM (
                    SELECT
                      "t57"."campaign_id",
                      "t57"."start",
                      "t67"."rate",
                      EXTRACT('epoch' FROM CAST("t67"."valid_on" AS TIMESTAMPTZ)) AS "valid"
                    FROM (
                      SELECT
                        CAST("t0"."id" AS BIGINT) AS "campaign_id",
                        "t0"."currency",
                        EXTRACT('epoch' FROM CAST("t0"."start_date" AS TIMESTAMPTZ)) AS "start"
                      FROM "campaign" AS "t0"
                    ) AS "t57"
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
                          "t2"."quote" = 'EUR'
                      ) AS "t59"
                    ) AS "t67"
                      ON "t57"."currency" = "t67"."quote"
                  ) AS "t94"
                ) AS "t121"
                WHERE
                  "t121"."order" = 0
              ) AS "t132"
            ) AS "t136"
          ) AS "t144"
            ON "t200"."campaign_id" = "t144"."campaign_id"
        ) AS "t203"
        LEFT OUTER JOIN (
          SELECT
            "t1"."account_id",
            "t1"."inauthentic_share"
          FROM "account_audit" AS "t1"
        ) AS "t28"
          ON "t203"."account_id" = "t28"."account_id"
      ) AS "t205"
    ) AS "t208"
    LEFT OUTER JOIN (
      SELECT
        "t135"."campaign_id",
        "t135"."rate" AS "paid_rate"
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
        ) AS "t26"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            "t120"."campaign_id",
            "t120"."rate"
          FROM (
            SELECT
              "t93"."campaign_id",
              "t93"."start",
              "t93"."rate",
              "t93"."valid",
              ROW_NUMBER() OVER (
                PARTITION BY "t93"."campaign_id"
                ORDER BY CASE WHEN "t93"."valid" <= "t93"."start" THEN 0 ELSE 1 END ASC, ABS("t93"."valid" - "t93"."start") ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              ) - 1 AS "order"
            FROM (
              SELECT
                "t57"."campaign_id",
                "t57"."start",
                "t66"."rate",
                EXTRACT('epoch' FROM CAST("t66"."valid_on" AS TIMESTAMPTZ)) AS "valid"
              FROM (
                SELECT
                  CAST("t0"."id" AS BIGINT) AS "campaign_id",
                  "t0"."currency",
                  EXTRACT('epoch' FROM CAST("t0"."start_date" AS TIMESTAMPTZ)) AS "start"
                FROM "campaign" AS "t0"
              ) AS "t57"
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
                ) AS "t29"
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
                ) AS "t58"
              ) AS "t66"
                ON "t57"."currency" = "t66"."quote"
            ) AS "t93"
          ) AS "t120"
          WHERE
            "t120"."order" = 0
        ) AS "t131"
      ) AS "t135"
    ) AS "t143"
      ON "t208"."campaign_id" = "t143"."campaign_id"
  ) AS "t210"
  WHERE
    "t210"."campaign_id" IN (1)
    AND (
      (
        "t210"."bot_link_clicks" IS NOT NULL
      )
      OR (
        "t210"."bounced_sessions" IS NOT NULL
      )
      OR (
        "t210"."brand_followers_expected_gain" IS NOT NULL
      )
      OR (
        "t210"."brand_followers_gained" IS NOT NULL
      )
      OR (
        "t210"."brand_followers_start" IS NOT NULL
      )
      OR (
        "t210"."brand_mention_engagements" IS NOT NULL
      )
      OR (
        "t210"."brand_mentions" IS NOT NULL
      )
      OR (
        "t210"."clicks" IS NOT NULL
      )
      OR (
        "t210"."comments" IS NOT NULL
      )
      OR (
        "t210"."cost" IS NOT NULL
      )
      OR (
        "t210"."disclosed_sponsored_posts" IS NOT NULL
      )
      OR (
        "t210"."emv" IS NOT NULL
      )
      OR (
        "t210"."emv_authentic" IS NOT NULL
      )
      OR (
        "t210"."engagements" IS NOT NULL
      )
      OR (
        "t210"."er_followers_post" IS NOT NULL
      )
      OR (
        "t210"."er_impressions_post" IS NOT NULL
      )
      OR (
        "t210"."er_reach_post" IS NOT NULL
      )
      OR (
        "t210"."er_views_post" IS NOT NULL
      )
      OR (
        "t210"."followers" IS NOT NULL
      )
      OR (
        "t210"."followers_expected_gain" IS NOT NULL
      )
      OR (
        "t210"."followers_gained" IS NOT NULL
      )
      OR (
        "t210"."followers_start" IS NOT NULL
      )
      OR (
        "t210"."impressions" IS NOT NULL
      )
      OR (
        "t210"."impressions_with_estimates" IS NOT NULL
      )
      OR (
        "t210"."influencers_contacted" IS NOT NULL
      )
      OR (
        "t210"."influencers_interested" IS NOT NULL
      )
      OR (
        "t210"."key_events" IS NOT NULL
      )
      OR (
        "t210"."key_message_posts" IS NOT NULL
      )
      OR (
        "t210"."key_messages" IS NOT NULL
      )
      OR (
        "t210"."likes" IS NOT NULL
      )
      OR (
        "t210"."link_clicks" IS NOT NULL
      )
      OR (
        "t210"."mention_engagements" IS NOT NULL
      )
      OR (
        "t210"."mentions" IS NOT NULL
      )
      OR (
        "t210"."new_customers" IS NOT NULL
      )
      OR (
        "t210"."new_users" IS NOT NULL
      )
      OR (
        "t210"."orders" IS NOT NULL
      )
      OR (
        "t210"."page_views" IS NOT NULL
      )
      OR (
        (
          CAST("t210"."cost" AS DOUBLE PRECISION) / (
            CASE
              WHEN "t210"."platform" = 'tiktok'
              THEN CAST(NULL AS DOUBLE PRECISION)
              WHEN "t210"."platform" = 'youtube'
              THEN CAST(NULL AS DOUBLE PRECISION)
              ELSE 1.88
            END * "t210"."paid_rate"
          )
        ) IS NOT NULL
      )
      OR (
        (
          (
            CAST("t210"."cost" AS DOUBLE PRECISION) / (
              CASE
                WHEN "t210"."platform" = 'tiktok'
                THEN 7.5
                WHEN "t210"."platform" = 'youtube'
                THEN 3.53
                ELSE 19.8
              END * "t210"."paid_rate"
            )
          ) * 1000
        ) IS NOT NULL
      )
      OR (
        (
          CAST("t210"."cost" AS DOUBLE PRECISION) / (
            CASE
              WHEN "t210"."platform" = 'youtube'
              THEN 0.026
              ELSE CAST(NULL AS DOUBLE PRECISION)
            END * "t210"."paid_rate"
          )
        ) IS NOT NULL
      )
      OR (
        "t210"."post_id" IS NOT NULL
      )
      OR (
        "t210"."post_platform" IS NOT NULL
      )
      OR (
        "t210"."posts_contracted" IS NOT NULL
      )
      OR (
        "t210"."products_sent" IS NOT NULL
      )
      OR (
        "t210"."publishing_influencer" IS NOT NULL
      )
      OR (
        "t210"."reach" IS NOT NULL
      )
      OR (
        "t210"."revenue" IS NOT NULL
      )
      OR (
        "t210"."saves" IS NOT NULL
      )
      OR (
        "t210"."session_seconds" IS NOT NULL
      )
      OR (
        "t210"."sessions" IS NOT NULL
      )
      OR (
        "t210"."shares" IS NOT NULL
      )
      OR (
        "t210"."sponsored_posts" IS NOT NULL
      )
      OR (
        "t210"."ugc_post" IS NOT NULL
      )
      OR (
        "t210"."unique_link_clicks" IS NOT NULL
      )
      OR (
        "t210"."views" IS NOT NULL
      )
    )
)
SELECT
  "t220"."influencer_id",
  "t220"."influencer",
  "t220"."platform",
  "t220"."key_messages",
  "t220"."platforms_selected",
  "t220"."influencers_contacted",
  "t220"."influencers_interested",
  (
    "t220"."influencers_interested" / NULLIF("t220"."influencers_contacted", 0)
  ) * 100 AS "influencers_interested_rate",
  "t220"."influencers_activated",
  "t220"."products_sent",
  "t220"."reach",
  "t220"."impressions",
  "t220"."views",
  "t220"."impressions_with_estimates",
  (
    CAST("t220"."reach_rate__first" AS DOUBLE PRECISION) / NULLIF("t220"."reach_rate__second", 0)
  ) * 100 AS "reach_rate",
  "t220"."brand_mentions",
  (
    "t220"."brand_mentions" / NULLIF("t220"."mentions", 0)
  ) * 100 AS "share_of_voice",
  (
    CAST("t220"."brand_mention_engagements" AS DOUBLE PRECISION) / NULLIF("t220"."mention_engagements", 0)
  ) * 100 AS "share_of_engagement",
  "t220"."key_message_posts",
  (
    "t220"."key_message_posts" / NULLIF(CAST("t220"."posts" AS DOUBLE PRECISION), 0)
  ) * 100 AS "key_message_rate",
  "t220"."posts",
  "t220"."posts_contracted",
  (
    CAST("t220"."posts" AS DOUBLE PRECISION) / NULLIF("t220"."posts_contracted", 0)
  ) * 100 AS "posts_delivery_rate",
  "t220"."ugc_posts",
  "t220"."likes",
  "t220"."comments",
  "t220"."shares",
  "t220"."saves",
  "t220"."engagements",
  (
    CAST("t220"."engagement_rate_reach__first" AS DOUBLE PRECISION) / NULLIF("t220"."engagement_rate_reach__second", 0)
  ) * 100 AS "engagement_rate_reach",
  (
    CAST("t220"."engagement_rate_followers__first" AS DOUBLE PRECISION) / NULLIF("t220"."engagement_rate_followers__second", 0)
  ) * 100 AS "engagement_rate_followers",
  "t220"."er_reach_post_mean" AS "engagement_rate_reach_post_mean",
  "t220"."er_reach_post_median" AS "engagement_rate_reach_post_median",
  "t220"."er_reach_account_mean" AS "engagement_rate_reach_account_mean",
  "t220"."er_reach_account_median" AS "engagement_rate_reach_account_median",
  "t220"."er_followers_post_mean" AS "engagement_rate_followers_post_mean",
  "t220"."er_followers_post_median" AS "engagement_rate_followers_post_median",
  "t220"."er_followers_account_mean" AS "engagement_rate_followers_account_mean",
  "t220"."er_followers_account_median" AS "engagement_rate_followers_account_median",
  (
    CAST("t220"."engagement_rate_impressions__first" AS DOUBLE PRECISION) / NULLIF("t220"."engagement_rate_impressions__second", 0)
  ) * 100 AS "engagement_rate_impressions",
  "t220"."er_impressions_post_mean" AS "engagement_rate_impressions_post_mean",
  "t220"."er_impressions_post_median" AS "engagement_rate_impressions_post_median",
  "t220"."er_impressions_account_mean" AS "engagement_rate_impressions_account_mean",
  "t220"."er_impressions_account_median" AS "engagement_rate_impressions_account_median",
  (
    CAST("t220"."engagement_rate_views__first" AS DOUBLE PRECISION) / NULLIF("t220"."engagement_rate_views__second", 0)
  ) * 100 AS "engagement_rate_views",
  "t220"."er_views_post_mean" AS "engagement_rate_views_post_mean",
  "t220"."er_views_post_median" AS "engagement_rate_views_post_median",
  "t220"."er_views_account_mean" AS "engagement_rate_views_account_mean",
  "t220"."er_views_account_median" AS "engagement_rate_views_account_median",
  "t220"."clicks" AS "platform_link_clicks",
  "t220"."followers_gained",
  (
    CAST("t220"."follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t220"."follower_growth_rate__second", 0)
  ) * 100 AS "follower_growth_rate",
  "t220"."followers_gained_above_trend__first" - "t220"."followers_gained_above_trend__second" AS "followers_gained_above_trend",
  "t220"."brand_followers_gained",
  (
    CAST("t220"."brand_follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t220"."brand_follower_growth_rate__second", 0)
  ) * 100 AS "brand_follower_growth_rate",
  "t220"."brand_followers_gained_above_trend__first" - "t220"."brand_followers_gained_above_trend__second" AS "brand_followers_gained_above_trend",
  "t220"."link_clicks" AS "tracked_clicks",
  "t220"."unique_link_clicks" AS "unique_clicks",
  "t220"."bot_link_clicks" AS "bot_clicks",
  (
    "t220"."link_clicks" / NULLIF("t220"."impressions_with_estimates", 0)
  ) * 100 AS "click_through_rate",
  "t220"."sessions",
  "t220"."new_users",
  (
    CAST("t220"."bounced_sessions" AS DOUBLE PRECISION) / NULLIF("t220"."sessions", 0)
  ) * 100 AS "bounce_rate",
  CAST("t220"."session_seconds" AS DOUBLE PRECISION) / NULLIF("t220"."sessions", 0) AS "average_session_duration",
  CAST("t220"."page_views" AS DOUBLE PRECISION) / NULLIF("t220"."sessions", 0) AS "pages_per_session",
  "t220"."key_events" AS "leads",
  "t220"."orders" AS "conversions",
  (
    "t220"."orders" / NULLIF("t220"."unique_link_clicks", 0)
  ) * 100 AS "conversion_rate",
  "t220"."revenue",
  "t220"."revenue" / NULLIF("t220"."orders", 0) AS "average_order_value",
  "t220"."new_customers",
  "t220"."revenue" / NULLIF("t220"."cost", 0) AS "return_on_ad_spend",
  (
    CAST((
      "t220"."revenue" - "t220"."cost"
    ) AS DOUBLE PRECISION) / NULLIF("t220"."cost", 0)
  ) * 100 AS "return_on_investment",
  (
    CAST((
      "t220"."revenue" - "t220"."cost"
    ) AS DOUBLE PRECISION) / NULLIF("t220"."revenue", 0)
  ) * 100 AS "profitability",
  "t220"."sponsored_posts",
  "t220"."disclosed_sponsored_posts",
  (
    "t220"."disclosed_sponsored_posts" / NULLIF("t220"."sponsored_posts", 0)
  ) * 100 AS "disclosure_rate",
  "t220"."cost",
  (
    "t220"."cost" / NULLIF("t220"."impressions_with_estimates", 0)
  ) * 1000 AS "cost_per_mille",
  "t220"."cost" / NULLIF("t220"."engagements", 0) AS "cost_per_engagement",
  "t220"."cost" / NULLIF("t220"."views", 0) AS "cost_per_view",
  "t220"."cost" / NULLIF("t220"."brand_followers_gained", 0) AS "cost_per_new_follower",
  "t220"."cost" / NULLIF("t220"."link_clicks", 0) AS "cost_per_click",
  "t220"."cost" / NULLIF("t220"."orders", 0) AS "cost_per_acquisition",
  "t220"."cost" / NULLIF("t220"."new_customers", 0) AS "customer_acquisition_cost",
  "t220"."cost" / NULLIF("t220"."key_events", 0) AS "cost_per_lead",
  "t220"."emv",
  "t220"."emv_authentic",
  "t220"."emv" / NULLIF("t220"."cost", 0) AS "emv_per_cost",
  "t220"."paid_impressions" AS "paid_equivalent_impressions",
  "t220"."paid_clicks" AS "paid_equivalent_clicks",
  "t220"."paid_views" AS "paid_equivalent_views",
  (
    CAST("t220"."impressions_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t220"."impressions_vs_paid__second", 0)
  ) * 100 AS "impressions_vs_paid",
  (
    CAST("t220"."clicks_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t220"."clicks_vs_paid__second", 0)
  ) * 100 AS "clicks_vs_paid",
  (
    CAST("t220"."views_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t220"."views_vs_paid__second", 0)
  ) * 100 AS "views_vs_paid",
  CASE
    WHEN "t220"."key_messages" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_messages__provenance",
  CASE
    WHEN "t220"."platforms_selected" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "platforms_selected__provenance",
  CASE
    WHEN "t220"."influencers_contacted" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_contacted__provenance",
  CASE
    WHEN "t220"."influencers_interested" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_interested__provenance",
  CASE
    WHEN (
      (
        CAST("t220"."influencers_interested" AS DOUBLE PRECISION) / NULLIF("t220"."influencers_contacted", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_interested_rate__provenance",
  CASE
    WHEN "t220"."influencers_activated" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_activated__provenance",
  CASE
    WHEN "t220"."products_sent" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "products_sent__provenance",
  CASE
    WHEN "t220"."reach" IS NOT NULL
    THEN COALESCE("t220"."reach__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "reach__provenance",
  CASE
    WHEN "t220"."impressions" IS NOT NULL
    THEN COALESCE("t220"."impressions__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions__provenance",
  CASE
    WHEN "t220"."views" IS NOT NULL
    THEN COALESCE("t220"."views__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "views__provenance",
  CASE
    WHEN "t220"."impressions_with_estimates" IS NOT NULL
    THEN COALESCE("t220"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions_with_estimates__provenance",
  CASE
    WHEN (
      (
        CAST("t220"."reach_rate__first" AS DOUBLE PRECISION) / NULLIF("t220"."reach_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(
      NULLIF(
        GREATEST(
          COALESCE("t220"."reach_rate__first__provenance", -1),
          COALESCE("t220"."reach_rate__second__provenance", -1)
        ),
        -1
      ),
      0
    )
    ELSE CAST(NULL AS BIGINT)
  END AS "reach_rate__provenance",
  CASE
    WHEN "t220"."brand_mentions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_mentions__provenance",
  CASE
    WHEN (
      (
        CAST("t220"."brand_mentions" AS DOUBLE PRECISION) / NULLIF("t220"."mentions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "share_of_voice__provenance",
  CASE
    WHEN (
      (
        CAST("t220"."brand_mention_engagements" AS DOUBLE PRECISION) / NULLIF("t220"."mention_engagements", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "share_of_engagement__provenance",
  CASE
    WHEN "t220"."key_message_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_message_posts__provenance",
  CASE
    WHEN (
      (
        CAST("t220"."key_message_posts" AS DOUBLE PRECISION) / NULLIF(CAST("t220"."posts" AS DOUBLE PRECISION), 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_message_rate__provenance",
  CASE
    WHEN "t220"."posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts__provenance",
  CASE
    WHEN "t220"."posts_contracted" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts_contracted__provenance",
  CASE
    WHEN (
      (
        CAST("t220"."posts" AS DOUBLE PRECISION) / NULLIF("t220"."posts_contracted", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts_delivery_rate__provenance",
  CASE
    WHEN "t220"."ugc_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "ugc_posts__provenance",
  CASE
    WHEN "t220"."likes" IS NOT NULL
    THEN COALESCE("t220"."likes__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "likes__provenance",
  CASE
    WHEN "t220"."comments" IS NOT NULL
    THEN COALESCE("t220"."comments__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "comments__provenance",
  CASE
    WHEN "t220"."shares" IS NOT NULL
    THEN COALESCE("t220"."shares__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "shares__provenance",
  CASE
    WHEN "t220"."saves" IS NOT NULL
    THEN COALESCE("t220"."saves__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "saves__provenance",
  CASE
    WHEN "t220"."engagements" IS NOT NULL
    THEN COALESCE("t220"."engagements__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagements__provenance",
  CASE
    WHEN (
      (
        CAST("t220"."engagement_rate_reach__first" AS DOUBLE PRECISION) / NULLIF("t220"."engagement_rate_reach__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(
      NULLIF(
        GREATEST(
          COALESCE("t220"."engagement_rate_reach__first__provenance", -1),
          COALESCE("t220"."engagement_rate_reach__second__provenance", -1)
        ),
        -1
      ),
      0
    )
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach__provenance",
  CASE
    WHEN (
      (
        CAST("t220"."engagement_rate_followers__first" AS DOUBLE PRECISION) / NULLIF("t220"."engagement_rate_followers__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(
      NULLIF(
        GREATEST(
          COALESCE("t220"."engagement_rate_followers__first__provenance", -1),
          COALESCE("t220"."engagement_rate_followers__second__provenance", -1)
        ),
        -1
      ),
      0
    )
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers__provenance",
  CASE
    WHEN "t220"."er_reach_post_mean" IS NOT NULL
    THEN COALESCE("t220"."er_reach_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_post_mean__provenance",
  CASE
    WHEN "t220"."er_reach_post_median" IS NOT NULL
    THEN COALESCE("t220"."er_reach_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_post_median__provenance",
  CASE
    WHEN "t220"."er_reach_account_mean" IS NOT NULL
    THEN COALESCE("t220"."er_reach_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_account_mean__provenance",
  CASE
    WHEN "t220"."er_reach_account_median" IS NOT NULL
    THEN COALESCE("t220"."er_reach_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_account_median__provenance",
  CASE
    WHEN "t220"."er_followers_post_mean" IS NOT NULL
    THEN COALESCE("t220"."er_followers_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_post_mean__provenance",
  CASE
    WHEN "t220"."er_followers_post_median" IS NOT NULL
    THEN COALESCE("t220"."er_followers_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_post_median__provenance",
  CASE
    WHEN "t220"."er_followers_account_mean" IS NOT NULL
    THEN COALESCE("t220"."er_followers_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_account_mean__provenance",
  CASE
    WHEN "t220"."er_followers_account_median" IS NOT NULL
    THEN COALESCE("t220"."er_followers_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_account_median__provenance",
  CASE
    WHEN (
      (
        CAST("t220"."engagement_rate_impressions__first" AS DOUBLE PRECISION) / NULLIF("t220"."engagement_rate_impressions__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(
      NULLIF(
        GREATEST(
          COALESCE("t220"."engagement_rate_impressions__first__provenance", -1),
          COALESCE("t220"."engagement_rate_impressions__second__provenance", -1)
        ),
        -1
      ),
      0
    )
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions__provenance",
  CASE
    WHEN "t220"."er_impressions_post_mean" IS NOT NULL
    THEN COALESCE("t220"."er_impressions_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_post_mean__provenance",
  CASE
    WHEN "t220"."er_impressions_post_median" IS NOT NULL
    THEN COALESCE("t220"."er_impressions_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_post_median__provenance",
  CASE
    WHEN "t220"."er_impressions_account_mean" IS NOT NULL
    THEN COALESCE("t220"."er_impressions_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_account_mean__provenance",
  CASE
    WHEN "t220"."er_impressions_account_median" IS NOT NULL
    THEN COALESCE("t220"."er_impressions_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_account_median__provenance",
  CASE
    WHEN (
      (
        CAST("t220"."engagement_rate_views__first" AS DOUBLE PRECISION) / NULLIF("t220"."engagement_rate_views__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(
      NULLIF(
        GREATEST(
          COALESCE("t220"."engagement_rate_views__first__provenance", -1),
          COALESCE("t220"."engagement_rate_views__second__provenance", -1)
        ),
        -1
      ),
      0
    )
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views__provenance",
  CASE
    WHEN "t220"."er_views_post_mean" IS NOT NULL
    THEN COALESCE("t220"."er_views_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_post_mean__provenance",
  CASE
    WHEN "t220"."er_views_post_median" IS NOT NULL
    THEN COALESCE("t220"."er_views_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_post_median__provenance",
  CASE
    WHEN "t220"."er_views_account_mean" IS NOT NULL
    THEN COALESCE("t220"."er_views_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_account_mean__provenance",
  CASE
    WHEN "t220"."er_views_account_median" IS NOT NULL
    THEN COALESCE("t220"."er_views_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_account_median__provenance",
  CASE
    WHEN "t220"."clicks" IS NOT NULL
    THEN COALESCE("t220"."clicks__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "platform_link_clicks__provenance",
  CASE
    WHEN "t220"."followers_gained" IS NOT NULL
    THEN COALESCE("t220"."followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "followers_gained__provenance",
  CASE
    WHEN (
      (
        CAST("t220"."follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t220"."follower_growth_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(
      NULLIF(
        GREATEST(
          COALESCE("t220"."follower_growth_rate__first__provenance", -1),
          COALESCE("t220"."follower_growth_rate__second__provenance", -1)
        ),
        -1
      ),
      0
    )
    ELSE CAST(NULL AS BIGINT)
  END AS "follower_growth_rate__provenance",
  CASE
    WHEN (
      "t220"."followers_gained_above_trend__first" - "t220"."followers_gained_above_trend__second"
    ) IS NOT NULL
    THEN COALESCE(
      NULLIF(
        GREATEST(
          COALESCE("t220"."followers_gained_above_trend__first__provenance", -1),
          COALESCE("t220"."followers_gained_above_trend__second__provenance", -1)
        ),
        -1
      ),
      0
    )
    ELSE CAST(NULL AS BIGINT)
  END AS "followers_gained_above_trend__provenance",
  CASE
    WHEN "t220"."brand_followers_gained" IS NOT NULL
    THEN COALESCE("t220"."brand_followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_followers_gained__provenance",
  CASE
    WHEN (
      (
        CAST("t220"."brand_follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t220"."brand_follower_growth_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(
      NULLIF(
        GREATEST(
          COALESCE("t220"."brand_follower_growth_rate__first__provenance", -1),
          COALESCE("t220"."brand_follower_growth_rate__second__provenance", -1)
        ),
        -1
      ),
      0
    )
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_follower_growth_rate__provenance",
  CASE
    WHEN (
      "t220"."brand_followers_gained_above_trend__first" - "t220"."brand_followers_gained_above_trend__second"
    ) IS NOT NULL
    THEN COALESCE(
      NULLIF(
        GREATEST(
          COALESCE("t220"."brand_followers_gained_above_trend__first__provenance", -1),
          COALESCE("t220"."brand_followers_gained_above_trend__second__provenance", -1)
        ),
        -1
      ),
      0
    )
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_followers_gained_above_trend__provenance",
  CASE
    WHEN "t220"."link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "tracked_clicks__provenance",
  CASE
    WHEN "t220"."unique_link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "unique_clicks__provenance",
  CASE
    WHEN "t220"."bot_link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "bot_clicks__provenance",
  CASE
    WHEN (
      (
        CAST("t220"."link_clicks" AS DOUBLE PRECISION) / NULLIF("t220"."impressions_with_estimates", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t220"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "click_through_rate__provenance",
  CASE
    WHEN "t220"."sessions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "sessions__provenance",
  CASE
    WHEN "t220"."new_users" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "new_users__provenance",
  CASE
    WHEN (
      (
        CAST("t220"."bounced_sessions" AS DOUBLE PRECISION) / NULLIF("t220"."sessions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "bounce_rate__provenance",
  CASE
    WHEN (
      CAST("t220"."session_seconds" AS DOUBLE PRECISION) / NULLIF("t220"."sessions", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "average_session_duration__provenance",
  CASE
    WHEN (
      CAST("t220"."page_views" AS DOUBLE PRECISION) / NULLIF("t220"."sessions", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "pages_per_session__provenance",
  CASE
    WHEN "t220"."key_events" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "leads__provenance",
  CASE
    WHEN "t220"."orders" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "conversions__provenance",
  CASE
    WHEN (
      (
        CAST("t220"."orders" AS DOUBLE PRECISION) / NULLIF("t220"."unique_link_clicks", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "conversion_rate__provenance",
  CASE
    WHEN "t220"."revenue" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "revenue__provenance",
  CASE
    WHEN (
      CAST("t220"."revenue" AS DOUBLE PRECISION) / NULLIF("t220"."orders", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "average_order_value__provenance",
  CASE
    WHEN "t220"."new_customers" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "new_customers__provenance",
  CASE
    WHEN (
      CAST("t220"."revenue" AS DOUBLE PRECISION) / NULLIF("t220"."cost", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_ad_spend__provenance",
  CASE
    WHEN (
      (
        CAST((
          "t220"."revenue" - "t220"."cost"
        ) AS DOUBLE PRECISION) / NULLIF("t220"."cost", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_investment__provenance",
  CASE
    WHEN (
      (
        CAST((
          "t220"."revenue" - "t220"."cost"
        ) AS DOUBLE PRECISION) / NULLIF("t220"."revenue", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "profitability__provenance",
  CASE
    WHEN "t220"."sponsored_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "sponsored_posts__provenance",
  CASE
    WHEN "t220"."disclosed_sponsored_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "disclosed_sponsored_posts__provenance",
  CASE
    WHEN (
      (
        CAST("t220"."disclosed_sponsored_posts" AS DOUBLE PRECISION) / NULLIF("t220"."sponsored_posts", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "disclosure_rate__provenance",
  CASE
    WHEN "t220"."cost" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost__provenance",
  CASE
    WHEN (
      (
        CAST("t220"."cost" AS DOUBLE PRECISION) / NULLIF("t220"."impressions_with_estimates", 0)
      ) * 1000
    ) IS NOT NULL
    THEN COALESCE("t220"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_mille__provenance",
  CASE
    WHEN (
      CAST("t220"."cost" AS DOUBLE PRECISION) / NULLIF("t220"."engagements", 0)
    ) IS NOT NULL
    THEN COALESCE("t220"."engagements__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_engagement__provenance",
  CASE
    WHEN (
      CAST("t220"."cost" AS DOUBLE PRECISION) / NULLIF("t220"."views", 0)
    ) IS NOT NULL
    THEN COALESCE("t220"."views__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_view__provenance",
  CASE
    WHEN (
      CAST("t220"."cost" AS DOUBLE PRECISION) / NULLIF("t220"."brand_followers_gained", 0)
    ) IS NOT NULL
    THEN COALESCE("t220"."brand_followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_new_follower__provenance",
  CASE
    WHEN (
      CAST("t220"."cost" AS DOUBLE PRECISION) / NULLIF("t220"."link_clicks", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_click__provenance",
  CASE
    WHEN (
      CAST("t220"."cost" AS DOUBLE PRECISION) / NULLIF("t220"."orders", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_acquisition__provenance",
  CASE
    WHEN (
      CAST("t220"."cost" AS DOUBLE PRECISION) / NULLIF("t220"."new_customers", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "customer_acquisition_cost__provenance",
  CASE
    WHEN (
      CAST("t220"."cost" AS DOUBLE PRECISION) / NULLIF("t220"."key_events", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_lead__provenance",
  CASE
    WHEN "t220"."emv" IS NOT NULL
    THEN COALESCE("t220"."emv__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv__provenance",
  CASE
    WHEN "t220"."emv_authentic" IS NOT NULL
    THEN COALESCE("t220"."emv_authentic__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv_authentic__provenance",
  CASE
    WHEN (
      CAST("t220"."emv" AS DOUBLE PRECISION) / NULLIF("t220"."cost", 0)
    ) IS NOT NULL
    THEN COALESCE("t220"."emv__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv_per_cost__provenance",
  CASE
    WHEN "t220"."paid_impressions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_impressions__provenance",
  CASE
    WHEN "t220"."paid_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_clicks__provenance",
  CASE
    WHEN "t220"."paid_views" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_views__provenance",
  CASE
    WHEN (
      (
        CAST("t220"."impressions_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t220"."impressions_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t220"."impressions_vs_paid__first__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions_vs_paid__provenance",
  CASE
    WHEN (
      (
        CAST("t220"."clicks_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t220"."clicks_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t220"."clicks_vs_paid__first__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "clicks_vs_paid__provenance",
  CASE
    WHEN (
      (
        CAST("t220"."views_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t220"."views_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t220"."views_vs_paid__first__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "views_vs_paid__provenance"
FROM (
  SELECT
    "t215"."influencer_id",
    "t215"."influencer",
    "t215"."platform",
    "t215"."key_messages",
    "t215"."platforms_selected",
    "t215"."influencers_contacted",
    "t215"."influencers_interested",
    "t215"."influencers_activated",
    "t215"."products_sent",
    "t215"."reach",
    "t215"."reach__provenance",
    "t215"."impressions",
    "t215"."impressions__provenance",
    "t215"."views",
    "t215"."views__provenance",
    "t215"."impressions_with_estimates",
    "t215"."impressions_with_estimates__provenance",
    "t215"."reach_rate__first",
    "t215"."reach_rate__first__provenance",
    "t215"."reach_rate__second",
    "t215"."reach_rate__second__provenance",
    "t215"."brand_mentions",
    "t215"."mentions",
    "t215"."brand_mention_engagements",
    "t215"."mention_engagements",
    "t215"."key_message_posts",
    "t215"."posts",
    "t215"."posts_contracted",
    "t215"."ugc_posts",
    "t215"."likes",
    "t215"."likes__provenance",
    "t215"."comments",
    "t215"."comments__provenance",
    "t215"."shares",
    "t215"."shares__provenance",
    "t215"."saves",
    "t215"."saves__provenance",
    "t215"."engagements",
    "t215"."engagements__provenance",
    "t215"."engagement_rate_reach__first",
    "t215"."engagement_rate_reach__first__provenance",
    "t215"."engagement_rate_reach__second",
    "t215"."engagement_rate_reach__second__provenance",
    "t215"."engagement_rate_followers__first",
    "t215"."engagement_rate_followers__first__provenance",
    "t215"."engagement_rate_followers__second",
    "t215"."engagement_rate_followers__second__provenance",
    "t215"."er_reach_post_mean",
    "t215"."er_reach_post_mean__provenance",
    "t215"."er_reach_post_median",
    "t215"."er_followers_post_mean",
    "t215"."er_followers_post_mean__provenance",
    "t215"."er_followers_post_median",
    "t215"."engagement_rate_impressions__first",
    "t215"."engagement_rate_impressions__first__provenance",
    "t215"."engagement_rate_impressions__second",
    "t215"."engagement_rate_impressions__second__provenance",
    "t215"."er_impressions_post_mean",
    "t215"."er_impressions_post_mean__provenance",
    "t215"."er_impressions_post_median",
    "t215"."engagement_rate_views__first",
    "t215"."engagement_rate_views__first__provenance",
    "t215"."engagement_rate_views__second",
    "t215"."engagement_rate_views__second__provenance",
    "t215"."er_views_post_mean",
    "t215"."er_views_post_mean__provenance",
    "t215"."er_views_post_median",
    "t215"."clicks",
    "t215"."clicks__provenance",
    "t215"."followers_gained",
    "t215"."followers_gained__provenance",
    "t215"."follower_growth_rate__first",
    "t215"."follower_growth_rate__first__provenance",
    "t215"."follower_growth_rate__second",
    "t215"."follower_growth_rate__second__provenance",
    "t215"."followers_gained_above_trend__first",
    "t215"."followers_gained_above_trend__first__provenance",
    "t215"."followers_gained_above_trend__second",
    "t215"."followers_gained_above_trend__second__provenance",
    "t215"."brand_followers_gained",
    "t215"."brand_followers_gained__provenance",
    "t215"."brand_follower_growth_rate__first",
    "t215"."brand_follower_growth_rate__first__provenance",
    "t215"."brand_follower_growth_rate__second",
    "t215"."brand_follower_growth_rate__second__provenance",
    "t215"."brand_followers_gained_above_trend__first",
    "t215"."brand_followers_gained_above_trend__first__provenance",
    "t215"."brand_followers_gained_above_trend__second",
    "t215"."brand_followers_gained_above_trend__second__provenance",
    "t215"."link_clicks",
    "t215"."unique_link_clicks",
    "t215"."bot_link_clicks",
    "t215"."sessions",
    "t215"."new_users",
    "t215"."bounced_sessions",
    "t215"."session_seconds",
    "t215"."page_views",
    "t215"."key_events",
    "t215"."orders",
    "t215"."revenue",
    "t215"."new_customers",
    "t215"."cost",
    "t215"."sponsored_posts",
    "t215"."disclosed_sponsored_posts",
    "t215"."emv",
    "t215"."emv__provenance",
    "t215"."emv_authentic",
    "t215"."emv_authentic__provenance",
    "t215"."paid_impressions",
    "t215"."paid_clicks",
    "t215"."paid_views",
    "t215"."impressions_vs_paid__first",
    "t215"."impressions_vs_paid__first__provenance",
    "t215"."impressions_vs_paid__second",
    "t215"."clicks_vs_paid__first",
    "t215"."clicks_vs_paid__first__provenance",
    "t215"."clicks_vs_paid__second",
    "t215"."views_vs_paid__first",
    "t215"."views_vs_paid__first__provenance",
    "t215"."views_vs_paid__second",
    "t219"."er_reach_account_mean",
    "t219"."er_reach_account_mean__provenance",
    "t219"."er_reach_account_median",
    "t219"."er_reach_account_median__provenance",
    "t219"."er_followers_account_mean",
    "t219"."er_followers_account_mean__provenance",
    "t219"."er_followers_account_median",
    "t219"."er_followers_account_median__provenance",
    "t219"."er_impressions_account_mean",
    "t219"."er_impressions_account_mean__provenance",
    "t219"."er_impressions_account_median",
    "t219"."er_impressions_account_median__provenance",
    "t219"."er_views_account_mean",
    "t219"."er_views_account_mean__provenance",
    "t219"."er_views_account_median",
    "t219"."er_views_account_median__provenance"
  FROM (
    SELECT
      "t212"."influencer_id",
      "t212"."influencer",
      "t212"."platform",
      SUM("t212"."key_messages") AS "key_messages",
      COUNT(DISTINCT "t212"."post_platform") AS "platforms_selected",
      SUM("t212"."influencers_contacted") AS "influencers_contacted",
      SUM("t212"."influencers_interested") AS "influencers_interested",
      COUNT(DISTINCT "t212"."publishing_influencer") AS "influencers_activated",
      SUM("t212"."products_sent") AS "products_sent",
      SUM("t212"."reach") AS "reach",
      MAX("t212"."reach__provenance") FILTER(WHERE
        "t212"."reach" IS NOT NULL) AS "reach__provenance",
      SUM("t212"."impressions") AS "impressions",
      MAX("t212"."impressions__provenance") FILTER(WHERE
        "t212"."impressions" IS NOT NULL) AS "impressions__provenance",
      SUM("t212"."views") AS "views",
      MAX("t212"."views__provenance") FILTER(WHERE
        "t212"."views" IS NOT NULL) AS "views__provenance",
      SUM("t212"."impressions_with_estimates") AS "impressions_with_estimates",
      MAX("t212"."impressions_with_estimates__provenance") FILTER(WHERE
        "t212"."impressions_with_estimates" IS NOT NULL) AS "impressions_with_estimates__provenance",
      SUM("t212"."reach") FILTER(WHERE
        (
          "t212"."reach" IS NOT NULL
        ) AND (
          "t212"."followers" IS NOT NULL
        )) AS "reach_rate__first",
      MAX("t212"."reach__provenance") FILTER(WHERE
        (
          "t212"."reach" IS NOT NULL
        ) AND (
          "t212"."followers" IS NOT NULL
        )) AS "reach_rate__first__provenance",
      SUM("t212"."followers") FILTER(WHERE
        (
          "t212"."reach" IS NOT NULL
        ) AND (
          "t212"."followers" IS NOT NULL
        )) AS "reach_rate__second",
      MAX("t212"."followers__provenance") FILTER(WHERE
        (
          "t212"."reach" IS NOT NULL
        ) AND (
          "t212"."followers" IS NOT NULL
        )) AS "reach_rate__second__provenance",
      SUM("t212"."brand_mentions") AS "brand_mentions",
      SUM("t212"."mentions") AS "mentions",
      SUM("t212"."brand_mention_engagements") AS "brand_mention_engagements",
      SUM("t212"."mention_engagements") AS "mention_engagements",
      SUM("t212"."key_message_posts") AS "key_message_posts",
      COUNT(DISTINCT "t212"."post_id") AS "posts",
      SUM("t212"."posts_contracted") AS "posts_contracted",
      COUNT(DISTINCT "t212"."ugc_post") AS "ugc_posts",
      SUM("t212"."likes") AS "likes",
      MAX("t212"."likes__provenance") FILTER(WHERE
        "t212"."likes" IS NOT NULL) AS "likes__provenance",
      SUM("t212"."comments") AS "comments",
      MAX("t212"."comments__provenance") FILTER(WHERE
        "t212"."comments" IS NOT NULL) AS "comments__provenance",
      SUM("t212"."shares") AS "shares",
      MAX("t212"."shares__provenance") FILTER(WHERE
        "t212"."shares" IS NOT NULL) AS "shares__provenance",
      SUM("t212"."saves") AS "saves",
      MAX("t212"."saves__provenance") FILTER(WHERE
        "t212"."saves" IS NOT NULL) AS "saves__provenance",
      SUM("t212"."engagements") AS "engagements",
      MAX("t212"."engagements__provenance") FILTER(WHERE
        "t212"."engagements" IS NOT NULL) AS "engagements__provenance",
      SUM("t212"."engagements") FILTER(WHERE
        (
          "t212"."engagements" IS NOT NULL
        ) AND (
          "t212"."reach" IS NOT NULL
        )) AS "engagement_rate_reach__first",
      MAX("t212"."engagements__provenance") FILTER(WHERE
        (
          "t212"."engagements" IS NOT NULL
        ) AND (
          "t212"."reach" IS NOT NULL
        )) AS "engagement_rate_reach__first__provenance",
      SUM("t212"."reach") FILTER(WHERE
        (
          "t212"."engagements" IS NOT NULL
        ) AND (
          "t212"."reach" IS NOT NULL
        )) AS "engagement_rate_reach__second",
      MAX("t212"."reach__provenance") FILTER(WHERE
        (
          "t212"."engagements" IS NOT NULL
        ) AND (
          "t212"."reach" IS NOT NULL
        )) AS "engagement_rate_reach__second__provenance",
      SUM("t212"."engagements") FILTER(WHERE
        (
          "t212"."engagements" IS NOT NULL
        ) AND (
          "t212"."followers" IS NOT NULL
        )) AS "engagement_rate_followers__first",
      MAX("t212"."engagements__provenance") FILTER(WHERE
        (
          "t212"."engagements" IS NOT NULL
        ) AND (
          "t212"."followers" IS NOT NULL
        )) AS "engagement_rate_followers__first__provenance",
      SUM("t212"."followers") FILTER(WHERE
        (
          "t212"."engagements" IS NOT NULL
        ) AND (
          "t212"."followers" IS NOT NULL
        )) AS "engagement_rate_followers__second",
      MAX("t212"."followers__provenance") FILTER(WHERE
        (
          "t212"."engagements" IS NOT NULL
        ) AND (
          "t212"."followers" IS NOT NULL
        )) AS "engagement_rate_followers__second__provenance",
      AVG("t212"."er_reach_post") AS "er_reach_post_mean",
      MAX("t212"."er_reach_post__provenance") FILTER(WHERE
        "t212"."er_reach_post" IS NOT NULL) AS "er_reach_post_mean__provenance",
      PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
        "t212"."er_reach_post") AS "er_reach_post_median",
      AVG("t212"."er_followers_post") AS "er_followers_post_mean",
      MAX("t212"."er_followers_post__provenance") FILTER(WHERE
        "t212"."er_followers_post" IS NOT NULL) AS "er_followers_post_mean__provenance",
      PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
        "t212"."er_followers_post") AS "er_followers_post_median",
      SUM("t212"."engagements") FILTER(WHERE
        (
          "t212"."engagements" IS NOT NULL
        ) AND (
          "t212"."impressions" IS NOT NULL
        )) AS "engagement_rate_impressions__first",
      MAX("t212"."engagements__provenance") FILTER(WHERE
        (
          "t212"."engagements" IS NOT NULL
        ) AND (
          "t212"."impressions" IS NOT NULL
        )) AS "engagement_rate_impressions__first__provenance",
      SUM("t212"."impressions") FILTER(WHERE
        (
          "t212"."engagements" IS NOT NULL
        ) AND (
          "t212"."impressions" IS NOT NULL
        )) AS "engagement_rate_impressions__second",
      MAX("t212"."impressions__provenance") FILTER(WHERE
        (
          "t212"."engagements" IS NOT NULL
        ) AND (
          "t212"."impressions" IS NOT NULL
        )) AS "engagement_rate_impressions__second__provenance",
      AVG("t212"."er_impressions_post") AS "er_impressions_post_mean",
      MAX("t212"."er_impressions_post__provenance") FILTER(WHERE
        "t212"."er_impressions_post" IS NOT NULL) AS "er_impressions_post_mean__provenance",
      PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
        "t212"."er_impressions_post") AS "er_impressions_post_median",
      SUM("t212"."engagements") FILTER(WHERE
        (
          "t212"."engagements" IS NOT NULL
        ) AND (
          "t212"."views" IS NOT NULL
        )) AS "engagement_rate_views__first",
      MAX("t212"."engagements__provenance") FILTER(WHERE
        (
          "t212"."engagements" IS NOT NULL
        ) AND (
          "t212"."views" IS NOT NULL
        )) AS "engagement_rate_views__first__provenance",
      SUM("t212"."views") FILTER(WHERE
        (
          "t212"."engagements" IS NOT NULL
        ) AND (
          "t212"."views" IS NOT NULL
        )) AS "engagement_rate_views__second",
      MAX("t212"."views__provenance") FILTER(WHERE
        (
          "t212"."engagements" IS NOT NULL
        ) AND (
          "t212"."views" IS NOT NULL
        )) AS "engagement_rate_views__second__provenance",
      AVG("t212"."er_views_post") AS "er_views_post_mean",
      MAX("t212"."er_views_post__provenance") FILTER(WHERE
        "t212"."er_views_post" IS NOT NULL) AS "er_views_post_mean__provenance",
      PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
        "t212"."er_views_post") AS "er_views_post_median",
      SUM("t212"."clicks") AS "clicks",
      MAX("t212"."clicks__provenance") FILTER(WHERE
        "t212"."clicks" IS NOT NULL) AS "clicks__provenance",
      SUM("t212"."followers_gained") AS "followers_gained",
      MAX("t212"."followers_gained__provenance") FILTER(WHERE
        "t212"."followers_gained" IS NOT NULL) AS "followers_gained__provenance",
      SUM("t212"."followers_gained") FILTER(WHERE
        (
          "t212"."followers_gained" IS NOT NULL
        )
        AND (
          "t212"."followers_start" IS NOT NULL
        )) AS "follower_growth_rate__first",
      MAX("t212"."followers_gained__provenance") FILTER(WHERE
        (
          "t212"."followers_gained" IS NOT NULL
        )
        AND (
          "t212"."followers_start" IS NOT NULL
        )) AS "follower_growth_rate__first__provenance",
      SUM("t212"."followers_start") FILTER(WHERE
        (
          "t212"."followers_gained" IS NOT NULL
        )
        AND (
          "t212"."followers_start" IS NOT NULL
        )) AS "follower_growth_rate__second",
      MAX("t212"."followers_start__provenance") FILTER(WHERE
        (
          "t212"."followers_gained" IS NOT NULL
        )
        AND (
          "t212"."followers_start" IS NOT NULL
        )) AS "follower_growth_rate__second__provenance",
      SUM("t212"."followers_gained") FILTER(WHERE
        (
          "t212"."followers_gained" IS NOT NULL
        )
        AND (
          "t212"."followers_expected_gain" IS NOT NULL
        )) AS "followers_gained_above_trend__first",
      MAX("t212"."followers_gained__provenance") FILTER(WHERE
        (
          "t212"."followers_gained" IS NOT NULL
        )
        AND (
          "t212"."followers_expected_gain" IS NOT NULL
        )) AS "followers_gained_above_trend__first__provenance",
      SUM("t212"."followers_expected_gain") FILTER(WHERE
        (
          "t212"."followers_gained" IS NOT NULL
        )
        AND (
          "t212"."followers_expected_gain" IS NOT NULL
        )) AS "followers_gained_above_trend__second",
      MAX("t212"."followers_expected_gain__provenance") FILTER(WHERE
        (
          "t212"."followers_gained" IS NOT NULL
        )
        AND (
          "t212"."followers_expected_gain" IS NOT NULL
        )) AS "followers_gained_above_trend__second__provenance",
      SUM("t212"."brand_followers_gained") AS "brand_followers_gained",
      MAX("t212"."brand_followers_gained__provenance") FILTER(WHERE
        "t212"."brand_followers_gained" IS NOT NULL) AS "brand_followers_gained__provenance",
      SUM("t212"."brand_followers_gained") FILTER(WHERE
        (
          "t212"."brand_followers_gained" IS NOT NULL
        )
        AND (
          "t212"."brand_followers_start" IS NOT NULL
        )) AS "brand_follower_growth_rate__first",
      MAX("t212"."brand_followers_gained__provenance") FILTER(WHERE
        (
          "t212"."brand_followers_gained" IS NOT NULL
        )
        AND (
          "t212"."brand_followers_start" IS NOT NULL
        )) AS "brand_follower_growth_rate__first__provenance",
      SUM("t212"."brand_followers_start") FILTER(WHERE
        (
          "t212"."brand_followers_gained" IS NOT NULL
        )
        AND (
          "t212"."brand_followers_start" IS NOT NULL
        )) AS "brand_follower_growth_rate__second",
      MAX("t212"."brand_followers_start__provenance") FILTER(WHERE
        (
          "t212"."brand_followers_gained" IS NOT NULL
        )
        AND (
          "t212"."brand_followers_start" IS NOT NULL
        )) AS "brand_follower_growth_rate__second__provenance",
      SUM("t212"."brand_followers_gained") FILTER(WHERE
        (
          "t212"."brand_followers_gained" IS NOT NULL
        )
        AND (
          "t212"."brand_followers_expected_gain" IS NOT NULL
        )) AS "brand_followers_gained_above_trend__first",
      MAX("t212"."brand_followers_gained__provenance") FILTER(WHERE
        (
          "t212"."brand_followers_gained" IS NOT NULL
        )
        AND (
          "t212"."brand_followers_expected_gain" IS NOT NULL
        )) AS "brand_followers_gained_above_trend__first__provenance",
      SUM("t212"."brand_followers_expected_gain") FILTER(WHERE
        (
          "t212"."brand_followers_gained" IS NOT NULL
        )
        AND (
          "t212"."brand_followers_expected_gain" IS NOT NULL
        )) AS "brand_followers_gained_above_trend__second",
      MAX("t212"."brand_followers_expected_gain__provenance") FILTER(WHERE
        (
          "t212"."brand_followers_gained" IS NOT NULL
        )
        AND (
          "t212"."brand_followers_expected_gain" IS NOT NULL
        )) AS "brand_followers_gained_above_trend__second__provenance",
      SUM("t212"."link_clicks") AS "link_clicks",
      SUM("t212"."unique_link_clicks") AS "unique_link_clicks",
      SUM("t212"."bot_link_clicks") AS "bot_link_clicks",
      SUM("t212"."sessions") AS "sessions",
      SUM("t212"."new_users") AS "new_users",
      SUM("t212"."bounced_sessions") AS "bounced_sessions",
      SUM("t212"."session_seconds") AS "session_seconds",
      SUM("t212"."page_views") AS "page_views",
      SUM("t212"."key_events") AS "key_events",
      SUM("t212"."orders") AS "orders",
      SUM("t212"."revenue") AS "revenue",
      SUM("t212"."new_customers") AS "new_customers",
      SUM("t212"."cost") AS "cost",
      SUM("t212"."sponsored_posts") AS "sponsored_posts",
      SUM("t212"."disclosed_sponsored_posts") AS "disclosed_sponsored_posts",
      SUM("t212"."emv") AS "emv",
      MAX("t212"."emv__provenance") FILTER(WHERE
        "t212"."emv" IS NOT NULL) AS "emv__provenance",
      SUM("t212"."emv_authentic") AS "emv_authentic",
      MAX("t212"."emv_authentic__provenance") FILTER(WHERE
        "t212"."emv_authentic" IS NOT NULL) AS "emv_authentic__provenance",
      SUM("t212"."paid_impressions") AS "paid_impressions",
      SUM("t212"."paid_clicks") AS "paid_clicks",
      SUM("t212"."paid_views") AS "paid_views",
      SUM("t212"."impressions_with_estimates") FILTER(WHERE
        (
          "t212"."impressions_with_estimates" IS NOT NULL
        )
        AND (
          "t212"."paid_impressions" IS NOT NULL
        )) AS "impressions_vs_paid__first",
      MAX("t212"."impressions_with_estimates__provenance") FILTER(WHERE
        (
          "t212"."impressions_with_estimates" IS NOT NULL
        )
        AND (
          "t212"."paid_impressions" IS NOT NULL
        )) AS "impressions_vs_paid__first__provenance",
      SUM("t212"."paid_impressions") FILTER(WHERE
        (
          "t212"."impressions_with_estimates" IS NOT NULL
        )
        AND (
          "t212"."paid_impressions" IS NOT NULL
        )) AS "impressions_vs_paid__second",
      SUM("t212"."clicks") FILTER(WHERE
        (
          "t212"."clicks" IS NOT NULL
        ) AND (
          "t212"."paid_clicks" IS NOT NULL
        )) AS "clicks_vs_paid__first",
      MAX("t212"."clicks__provenance") FILTER(WHERE
        (
          "t212"."clicks" IS NOT NULL
        ) AND (
          "t212"."paid_clicks" IS NOT NULL
        )) AS "clicks_vs_paid__first__provenance",
      SUM("t212"."paid_clicks") FILTER(WHERE
        (
          "t212"."clicks" IS NOT NULL
        ) AND (
          "t212"."paid_clicks" IS NOT NULL
        )) AS "clicks_vs_paid__second",
      SUM("t212"."views") FILTER(WHERE
        (
          "t212"."views" IS NOT NULL
        ) AND (
          "t212"."paid_views" IS NOT NULL
        )) AS "views_vs_paid__first",
      MAX("t212"."views__provenance") FILTER(WHERE
        (
          "t212"."views" IS NOT NULL
        ) AND (
          "t212"."paid_views" IS NOT NULL
        )) AS "views_vs_paid__first__provenance",
      SUM("t212"."paid_views") FILTER(WHERE
        (
          "t212"."views" IS NOT NULL
        ) AND (
          "t212"."paid_views" IS NOT NULL
        )) AS "views_vs_paid__second"
    FROM "kpi_facts" AS "t212"
    GROUP BY
      1,
      2,
      3
  ) AS "t215"
  LEFT OUTER JOIN (
    SELECT
      "t217"."influencer_id",
      "t217"."influencer",
      "t217"."platform",
      AVG("t217"."er_reach_account_mean") AS "er_reach_account_mean",
      MAX("t217"."engagements__per__reach__r") FILTER(WHERE
        "t217"."er_reach_account_mean" IS NOT NULL) AS "er_reach_account_mean__provenance",
      PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
        "t217"."er_reach_account_median") AS "er_reach_account_median",
      MAX("t217"."engagements__per__reach__r") FILTER(WHERE
        "t217"."er_reach_account_median" IS NOT NULL) AS "er_reach_account_median__provenance",
      AVG("t217"."er_followers_account_mean") AS "er_followers_account_mean",
      MAX("t217"."engagements__per__followers__r") FILTER(WHERE
        "t217"."er_followers_account_mean" IS NOT NULL) AS "er_followers_account_mean__provenance",
      PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
        "t217"."er_followers_account_median") AS "er_followers_account_median",
      MAX("t217"."engagements__per__followers__r") FILTER(WHERE
        "t217"."er_followers_account_median" IS NOT NULL) AS "er_followers_account_median__provenance",
      AVG("t217"."er_impressions_account_mean") AS "er_impressions_account_mean",
      MAX("t217"."engagements__per__impressions__r") FILTER(WHERE
        "t217"."er_impressions_account_mean" IS NOT NULL) AS "er_impressions_account_mean__provenance",
      PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
        "t217"."er_impressions_account_median") AS "er_impressions_account_median",
      MAX("t217"."engagements__per__impressions__r") FILTER(WHERE
        "t217"."er_impressions_account_median" IS NOT NULL) AS "er_impressions_account_median__provenance",
      AVG("t217"."er_views_account_mean") AS "er_views_account_mean",
      MAX("t217"."engagements__per__views__r") FILTER(WHERE
        "t217"."er_views_account_mean" IS NOT NULL) AS "er_views_account_mean__provenance",
      PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
        "t217"."er_views_account_median") AS "er_views_account_median",
      MAX("t217"."engagements__per__views__r") FILTER(WHERE
        "t217"."er_views_account_median" IS NOT NULL) AS "er_views_account_median__provenance"
    FROM (
      SELECT
        "t216"."influencer_id",
        "t216"."influencer",
        "t216"."platform",
        "t216"."account_id",
        "t216"."engagements__per__reach__n",
        "t216"."engagements__per__reach__d",
        "t216"."engagements__per__followers__n",
        "t216"."engagements__per__followers__d",
        "t216"."engagements__per__impressions__n",
        "t216"."engagements__per__impressions__d",
        "t216"."engagements__per__views__n",
        "t216"."engagements__per__views__d",
        "t216"."engagements__per__reach__r",
        "t216"."engagements__per__followers__r",
        "t216"."engagements__per__impressions__r",
        "t216"."engagements__per__views__r",
        (
          CAST("t216"."engagements__per__reach__n" AS DOUBLE PRECISION) / NULLIF("t216"."engagements__per__reach__d", 0)
        ) * 100 AS "er_reach_account_mean",
        (
          CAST("t216"."engagements__per__reach__n" AS DOUBLE PRECISION) / NULLIF("t216"."engagements__per__reach__d", 0)
        ) * 100 AS "er_reach_account_median",
        (
          CAST("t216"."engagements__per__followers__n" AS DOUBLE PRECISION) / NULLIF("t216"."engagements__per__followers__d", 0)
        ) * 100 AS "er_followers_account_mean",
        (
          CAST("t216"."engagements__per__followers__n" AS DOUBLE PRECISION) / NULLIF("t216"."engagements__per__followers__d", 0)
        ) * 100 AS "er_followers_account_median",
        (
          CAST("t216"."engagements__per__impressions__n" AS DOUBLE PRECISION) / NULLIF("t216"."engagements__per__impressions__d", 0)
        ) * 100 AS "er_impressions_account_mean",
        (
          CAST("t216"."engagements__per__impressions__n" AS DOUBLE PRECISION) / NULLIF("t216"."engagements__per__impressions__d", 0)
        ) * 100 AS "er_impressions_account_median",
        (
          CAST("t216"."engagements__per__views__n" AS DOUBLE PRECISION) / NULLIF("t216"."engagements__per__views__d", 0)
        ) * 100 AS "er_views_account_mean",
        (
          CAST("t216"."engagements__per__views__n" AS DOUBLE PRECISION) / NULLIF("t216"."engagements__per__views__d", 0)
        ) * 100 AS "er_views_account_median"
      FROM (
        SELECT
          "t213"."influencer_id",
          "t213"."influencer",
          "t213"."platform",
          "t213"."account_id",
          SUM("t213"."engagements") FILTER(WHERE
            (
              "t213"."engagements" IS NOT NULL
            ) AND (
              "t213"."reach" IS NOT NULL
            )) AS "engagements__per__reach__n",
          SUM("t213"."reach") FILTER(WHERE
            (
              "t213"."engagements" IS NOT NULL
            ) AND (
              "t213"."reach" IS NOT NULL
            )) AS "engagements__per__reach__d",
          SUM("t213"."engagements") FILTER(WHERE
            (
              "t213"."engagements" IS NOT NULL
            ) AND (
              "t213"."followers" IS NOT NULL
            )) AS "engagements__per__followers__n",
          SUM("t213"."followers") FILTER(WHERE
            (
              "t213"."engagements" IS NOT NULL
            ) AND (
              "t213"."followers" IS NOT NULL
            )) AS "engagements__per__followers__d",
          SUM("t213"."engagements") FILTER(WHERE
            (
              "t213"."engagements" IS NOT NULL
            ) AND (
              "t213"."impressions" IS NOT NULL
            )) AS "engagements__per__impressions__n",
          SUM("t213"."impressions") FILTER(WHERE
            (
              "t213"."engagements" IS NOT NULL
            ) AND (
              "t213"."impressions" IS NOT NULL
            )) AS "engagements__per__impressions__d",
          SUM("t213"."engagements") FILTER(WHERE
            (
              "t213"."engagements" IS NOT NULL
            ) AND (
              "t213"."views" IS NOT NULL
            )) AS "engagements__per__views__n",
          SUM("t213"."views") FILTER(WHERE
            (
              "t213"."engagements" IS NOT NULL
            ) AND (
              "t213"."views" IS NOT NULL
            )) AS "engagements__per__views__d",
          MAX(
            NULLIF(
              GREATEST(
                COALESCE("t213"."engagements__provenance", -1),
                COALESCE("t213"."reach__provenance", -1)
              ),
              -1
            )
          ) FILTER(WHERE
            (
              "t213"."engagements" IS NOT NULL
            ) AND (
              "t213"."reach" IS NOT NULL
            )) AS "engagements__per__reach__r",
          MAX(
            NULLIF(
              GREATEST(
                COALESCE("t213"."engagements__provenance", -1),
                COALESCE("t213"."followers__provenance", -1)
              ),
              -1
            )
          ) FILTER(WHERE
            (
              "t213"."engagements" IS NOT NULL
            ) AND (
              "t213"."followers" IS NOT NULL
            )) AS "engagements__per__followers__r",
          MAX(
            NULLIF(
              GREATEST(
                COALESCE("t213"."engagements__provenance", -1),
                COALESCE("t213"."impressions__provenance", -1)
              ),
              -1
            )
          ) FILTER(WHERE
            (
              "t213"."engagements" IS NOT NULL
            ) AND (
              "t213"."impressions" IS NOT NULL
            )) AS "engagements__per__impressions__r",
          MAX(
            NULLIF(
              GREATEST(
                COALESCE("t213"."engagements__provenance", -1),
                COALESCE("t213"."views__provenance", -1)
              ),
              -1
            )
          ) FILTER(WHERE
            (
              "t213"."engagements" IS NOT NULL
            ) AND (
              "t213"."views" IS NOT NULL
            )) AS "engagements__per__views__r"
        FROM (
          SELECT
            *
          FROM "kpi_facts" AS "t212"
          WHERE
            "t212"."account_id" IS NOT NULL
        ) AS "t213"
        GROUP BY
          1,
          2,
          3,
          4
      ) AS "t216"
    ) AS "t217"
    GROUP BY
      1,
      2,
      3
  ) AS "t219"
    ON "t215"."influencer_id" IS NOT DISTINCT FROM "t219"."influencer_id"
    AND "t215"."influencer" IS NOT DISTINCT FROM "t219"."influencer"
    AND "t215"."platform" IS NOT DISTINCT FROM "t219"."platform"
) AS "t220"
ORDER BY
  "t220"."influencer_id" ASC,
  "t220"."influencer" ASC,
  "t220"."platform" ASC
