WITH "t25" AS (
  SELECT
    *
  FROM "campaign" AS "t0"
  WHERE
    "t0"."id" IN (1)
), "t76" AS (
  SELECT
    CAST("t52"."campaign_id" AS BIGINT) AS "campaign_id",
    CAST("t15"."name" AS VARCHAR) AS "campaign",
    CAST("t52"."influencer_id" AS BIGINT) AS "influencer_id",
    CAST("t52"."amount" AS DOUBLE PRECISION) AS "amount",
    "t52"."incurred_on"
  FROM (
    SELECT
      *
    FROM "cost" AS "t10"
    WHERE
      "t10"."campaign_id" IN (1)
  ) AS "t52"
  INNER JOIN "campaign" AS "t15"
    ON "t52"."campaign_id" = "t15"."id"
), "campaign_posts_in" AS (
  SELECT
    CAST("t53"."campaign_id" AS BIGINT) AS "campaign_id",
    CAST("t16"."name" AS VARCHAR) AS "campaign",
    CAST("t48"."id" AS BIGINT) AS "influencer_id",
    CAST("t48"."name" AS VARCHAR) AS "influencer",
    CAST("t21"."id" AS BIGINT) AS "account_id",
    CAST("t21"."platform" AS VARCHAR) AS "platform",
    CAST("t53"."format" AS VARCHAR) AS "format",
    CAST("t53"."id" AS BIGINT) AS "post_id",
    "t53"."published_on" AS "day",
    "t48"."country",
    CAST("t53"."caption" AS VARCHAR) AS "caption",
    "t53"."sponsored"
  FROM (
    SELECT
      *
    FROM "post" AS "t11"
    WHERE
      "t11"."campaign_id" IS NOT NULL AND "t11"."campaign_id" IN (1)
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
  ) AS "t48"
    ON "t21"."influencer_id" = "t48"."id"
  INNER JOIN "campaign" AS "t16"
    ON "t53"."campaign_id" = "t16"."id"
), "t155" AS (
  SELECT
    *
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
      "t64"."followers",
      "t64"."at",
      "t64"."rank"
    FROM (
      SELECT
        "t119"."campaign_id",
        CAST("t15"."name" AS VARCHAR) AS "campaign",
        CAST("t18"."id" AS BIGINT) AS "influencer_id",
        CAST("t18"."name" AS VARCHAR) AS "influencer",
        "t119"."account_id",
        CAST("t22"."platform" AS VARCHAR) AS "platform",
        "t119"."is_brand",
        "t15"."end_date" AS "day",
        EXTRACT('epoch' FROM CAST("t15"."start_date" AS TIMESTAMPTZ)) AS "start_at",
        EXTRACT('epoch' FROM CAST("t15"."end_date" AS TIMESTAMPTZ)) + 86400 AS "end_at"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t105"."campaign_id",
            "t105"."account_id",
            FALSE AS "is_brand"
          FROM (
            SELECT DISTINCT
              "t92"."campaign_id",
              "t92"."account_id"
            FROM "campaign_posts_in" AS "t92"
          ) AS "t105"
        ) AS "t110"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            CAST("t58"."id" AS BIGINT) AS "campaign_id",
            CAST("t22"."id" AS BIGINT) AS "account_id",
            TRUE AS "is_brand"
          FROM "t25" AS "t58"
          INNER JOIN (
            SELECT
              *
            FROM "influencer" AS "t5"
            WHERE
              "t5"."is_brand"
          ) AS "t34"
            ON "t34"."workspace_id" = "t58"."workspace_id"
          INNER JOIN "account" AS "t22"
            ON "t22"."influencer_id" = "t34"."id"
        ) AS "t81"
      ) AS "t119"
      INNER JOIN "campaign" AS "t15"
        ON "t119"."campaign_id" = "t15"."id"
      INNER JOIN "account" AS "t22"
        ON "t119"."account_id" = "t22"."id"
      INNER JOIN "influencer" AS "t18"
        ON "t22"."influencer_id" = "t18"."id"
    ) AS "t143"
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
    ) AS "t64"
      ON "t143"."account_id" = "t64"."account_id"
  ) AS "t154"
  WHERE
    "t154"."at" <= "t154"."end_at"
), "post_rows" AS (
  SELECT
    "t158"."campaign_id",
    "t158"."campaign",
    "t158"."influencer_id",
    "t158"."influencer",
    "t158"."account_id",
    "t158"."platform",
    "t158"."format",
    "t158"."post_id",
    "t158"."day",
    "t158"."country",
    "t158"."caption",
    "t158"."sponsored",
    "t158"."reach",
    "t158"."impressions",
    "t158"."views",
    "t158"."likes",
    "t158"."comments",
    "t158"."shares",
    "t158"."saves",
    "t158"."clicks",
    "t158"."reach__provenance",
    "t158"."impressions__provenance",
    "t158"."views__provenance",
    "t158"."likes__provenance",
    "t158"."comments__provenance",
    "t158"."shares__provenance",
    "t158"."saves__provenance",
    "t158"."clicks__provenance",
    "t158"."followers",
    "t158"."followers__provenance",
    "t158"."engagements",
    "t158"."engagements__provenance",
    COALESCE(
      COALESCE("t158"."impressions", "t158"."views"),
      "t158"."reach" * COALESCE(
        CAST(SUM("t158"."impressions") FILTER(WHERE
          (
            "t158"."impressions" IS NOT NULL
          ) AND (
            "t158"."reach" IS NOT NULL
          )) OVER (
          PARTITION BY "t158"."campaign_id", "t158"."platform"
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) AS DOUBLE PRECISION) / NULLIF(
          SUM("t158"."reach") FILTER(WHERE
            (
              "t158"."impressions" IS NOT NULL
            ) AND (
              "t158"."reach" IS NOT NULL
            )) OVER (
            PARTITION BY "t158"."campaign_id", "t158"."platform"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ),
          0
        ),
        CAST(1 AS DOUBLE PRECISION)
      )
    ) AS "impressions_with_estimates",
    CASE
      WHEN COALESCE(
        COALESCE("t158"."impressions", "t158"."views"),
        "t158"."reach" * COALESCE(
          CAST(SUM("t158"."impressions") FILTER(WHERE
            (
              "t158"."impressions" IS NOT NULL
            ) AND (
              "t158"."reach" IS NOT NULL
            )) OVER (
            PARTITION BY "t158"."campaign_id", "t158"."platform"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ) AS DOUBLE PRECISION) / NULLIF(
            SUM("t158"."reach") FILTER(WHERE
              (
                "t158"."impressions" IS NOT NULL
              ) AND (
                "t158"."reach" IS NOT NULL
              )) OVER (
              PARTITION BY "t158"."campaign_id", "t158"."platform"
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ),
            0
          ),
          CAST(1 AS DOUBLE PRECISION)
        )
      ) IS NOT NULL
      THEN CASE
        WHEN "t158"."impressions" IS NOT NULL
        THEN "t158"."impressions__provenance"
        ELSE 2
      END
      ELSE CAST(NULL AS BIGINT)
    END AS "impressions_with_estimates__provenance",
    (
      CAST("t158"."engagements" AS DOUBLE PRECISION) / NULLIF("t158"."reach", 0)
    ) * 100 AS "er_reach_post",
    (
      CAST("t158"."engagements" AS DOUBLE PRECISION) / NULLIF("t158"."followers", 0)
    ) * 100 AS "er_followers_post",
    (
      CAST("t158"."engagements" AS DOUBLE PRECISION) / NULLIF("t158"."impressions", 0)
    ) * 100 AS "er_impressions_post",
    (
      CAST("t158"."engagements" AS DOUBLE PRECISION) / NULLIF("t158"."views", 0)
    ) * 100 AS "er_views_post",
    NULLIF(
      GREATEST(
        COALESCE("t158"."engagements__provenance", -1),
        COALESCE("t158"."reach__provenance", -1)
      ),
      -1
    ) AS "er_reach_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t158"."engagements__provenance", -1),
        COALESCE("t158"."followers__provenance", -1)
      ),
      -1
    ) AS "er_followers_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t158"."engagements__provenance", -1),
        COALESCE("t158"."impressions__provenance", -1)
      ),
      -1
    ) AS "er_impressions_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t158"."engagements__provenance", -1),
        COALESCE("t158"."views__provenance", -1)
      ),
      -1
    ) AS "er_views_post__provenance",
    "t158"."platform" AS "post_platform",
    "t158"."influencer_id" AS "publishing_influencer",
    CAST(CASE WHEN "t158"."sponsored" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "sponsored_posts",
    CAST(CASE
      WHEN "t158"."sponsored"
      AND CASE
        WHEN UPPER("t158"."country") = 'FR'
        THEN (
          POSITION('publicité' IN LOWER("t158"."caption")) > 0
        )
        OR (
          POSITION('publicite' IN LOWER("t158"."caption")) > 0
        )
        OR (
          POSITION('collaboration commerciale' IN LOWER("t158"."caption")) > 0
        )
        WHEN UPPER("t158"."country") = 'BE'
        THEN (
          POSITION('publicité' IN LOWER("t158"."caption")) > 0
        )
        OR (
          POSITION('publicite' IN LOWER("t158"."caption")) > 0
        )
        OR (
          POSITION('collaboration commerciale' IN LOWER("t158"."caption")) > 0
        )
        OR (
          POSITION('#pub' IN LOWER("t158"."caption")) > 0
        )
        OR (
          POSITION('reclame' IN LOWER("t158"."caption")) > 0
        )
        OR (
          POSITION('#ad' IN LOWER("t158"."caption")) > 0
        )
        OR (
          POSITION('samenwerking' IN LOWER("t158"."caption")) > 0
        )
        WHEN UPPER("t158"."country") = 'DE'
        THEN (
          POSITION('werbung' IN LOWER("t158"."caption")) > 0
        )
        OR (
          POSITION('anzeige' IN LOWER("t158"."caption")) > 0
        )
        WHEN UPPER("t158"."country") = 'ES'
        THEN (
          POSITION('publicidad' IN LOWER("t158"."caption")) > 0
        )
        OR (
          POSITION('#publi' IN LOWER("t158"."caption")) > 0
        )
        OR (
          POSITION('patrocinado' IN LOWER("t158"."caption")) > 0
        )
        OR (
          POSITION('colaboración pagada' IN LOWER("t158"."caption")) > 0
        )
        WHEN UPPER("t158"."country") = 'IT'
        THEN (
          POSITION('pubblicità' IN LOWER("t158"."caption")) > 0
        )
        OR (
          POSITION('#adv' IN LOWER("t158"."caption")) > 0
        )
        OR (
          POSITION('sponsorizzato' IN LOWER("t158"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t158"."caption")) > 0
        )
        WHEN UPPER("t158"."country") = 'GB'
        THEN (
          POSITION('#ad' IN LOWER("t158"."caption")) > 0
        )
        OR (
          POSITION('advert' IN LOWER("t158"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t158"."caption")) > 0
        )
        WHEN UPPER("t158"."country") = 'US'
        THEN (
          POSITION('#ad' IN LOWER("t158"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t158"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t158"."caption")) > 0
        )
        OR (
          POSITION('paid partnership' IN LOWER("t158"."caption")) > 0
        )
        ELSE (
          POSITION('#ad' IN LOWER("t158"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t158"."caption")) > 0
        )
        OR (
          POSITION('paid partnership' IN LOWER("t158"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t158"."caption")) > 0
        )
      END
      THEN 1
      ELSE 0
    END AS DOUBLE PRECISION) AS "disclosed_sponsored_posts"
  FROM (
    SELECT
      "t149"."campaign_id",
      "t149"."campaign",
      "t149"."influencer_id",
      "t149"."influencer",
      "t149"."account_id",
      "t149"."platform",
      "t149"."format",
      "t149"."post_id",
      "t149"."day",
      "t149"."country",
      "t149"."caption",
      "t149"."sponsored",
      "t149"."reach",
      "t149"."impressions",
      "t149"."views",
      "t149"."likes",
      "t149"."comments",
      "t149"."shares",
      "t149"."saves",
      "t149"."clicks",
      "t149"."reach__provenance",
      "t149"."impressions__provenance",
      "t149"."views__provenance",
      "t149"."likes__provenance",
      "t149"."comments__provenance",
      "t149"."shares__provenance",
      "t149"."saves__provenance",
      "t149"."clicks__provenance",
      "t149"."followers",
      "t149"."followers__provenance",
      CASE
        WHEN (
          "t149"."likes" IS NOT NULL
        )
        OR (
          "t149"."comments" IS NOT NULL
        )
        OR (
          "t149"."shares" IS NOT NULL
        )
        OR (
          "t149"."saves" IS NOT NULL
        )
        THEN CAST(0 AS DOUBLE PRECISION) + COALESCE("t149"."likes", 0) + COALESCE("t149"."comments", 0) + COALESCE("t149"."shares", 0) + COALESCE("t149"."saves", 0)
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END AS "engagements",
      NULLIF(
        GREATEST(
          COALESCE("t149"."likes__provenance", -1),
          COALESCE("t149"."comments__provenance", -1),
          COALESCE("t149"."shares__provenance", -1),
          COALESCE("t149"."saves__provenance", -1)
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
        "t138"."reach",
        "t138"."impressions",
        "t138"."views",
        "t138"."likes",
        "t138"."comments",
        "t138"."shares",
        "t138"."saves",
        "t138"."clicks",
        "t138"."reach__provenance",
        "t138"."impressions__provenance",
        "t138"."views__provenance",
        "t138"."likes__provenance",
        "t138"."comments__provenance",
        "t138"."shares__provenance",
        "t138"."saves__provenance",
        "t138"."clicks__provenance",
        "t131"."followers",
        "t131"."followers__provenance"
      FROM "campaign_posts_in" AS "t102"
      LEFT OUTER JOIN (
        SELECT
          CAST("t111"."post_id" AS BIGINT) AS "post_id",
          CAST(MAX("t111"."value") FILTER(WHERE
            "t111"."counter" = 0) AS DOUBLE PRECISION) AS "reach",
          CAST(MAX("t111"."value") FILTER(WHERE
            "t111"."counter" = 1) AS DOUBLE PRECISION) AS "impressions",
          CAST(MAX("t111"."value") FILTER(WHERE
            "t111"."counter" = 2) AS DOUBLE PRECISION) AS "views",
          CAST(MAX("t111"."value") FILTER(WHERE
            "t111"."counter" = 3) AS DOUBLE PRECISION) AS "likes",
          CAST(MAX("t111"."value") FILTER(WHERE
            "t111"."counter" = 4) AS DOUBLE PRECISION) AS "comments",
          CAST(MAX("t111"."value") FILTER(WHERE
            "t111"."counter" = 5) AS DOUBLE PRECISION) AS "shares",
          CAST(MAX("t111"."value") FILTER(WHERE
            "t111"."counter" = 6) AS DOUBLE PRECISION) AS "saves",
          CAST(MAX("t111"."value") FILTER(WHERE
            "t111"."counter" = 7) AS DOUBLE PRECISION) AS "clicks",
          15 - (
            MAX("t111"."freshness") FILTER(WHERE
              "t111"."counter" = 0) % 16
          ) AS "reach__provenance",
          15 - (
            MAX("t111"."freshness") FILTER(WHERE
              "t111"."counter" = 1) % 16
          ) AS "impressions__provenance",
          15 - (
            MAX("t111"."freshness") FILTER(WHERE
              "t111"."counter" = 2) % 16
          ) AS "views__provenance",
          15 - (
            MAX("t111"."freshness") FILTER(WHERE
              "t111"."counter" = 3) % 16
          ) AS "likes__provenance",
          15 - (
            MAX("t111"."freshness") FILTER(WHERE
              "t111"."counter" = 4) % 16
          ) AS "comments__provenance",
          15 - (
            MAX("t111"."freshness") FILTER(WHERE
              "t111"."counter" = 5) % 16
          ) AS "shares__provenance",
          15 - (
            MAX("t111"."freshness") FILTER(WHERE
              "t111"."counter" = 6) % 16
          ) AS "saves__provenance",
          15 - (
            MAX("t111"."freshness") FILTER(WHERE
              "t111"."counter" = 7) % 16
          ) AS "clicks__provenance"
        FROM (
          SELECT
            "t78"."post_id",
            CASE "t78"."metric"
              WHEN 'reach'
              THEN 0
              WHEN 'impressions'
              THEN 1
              WHEN 'views'
              THEN 2
              WHEN 'likes'
              THEN 3
              WHEN 'comments'
              THEN 4
              WHEN 'shares'
              THEN 5
              WHEN 'saves'
              THEN 6
              WHEN 'clicks'
              THEN 7
              ELSE NULL
            END AS "counter",
            (
              ARRAY_AGG(
                "t78"."value" ORDER BY (
                  CAST(EXTRACT(epoch FROM CAST("t78"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                ) + (
                  15 - CASE "t78"."provenance"
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
                    CAST(EXTRACT(epoch FROM CAST("t78"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                  ) + (
                    15 - CASE "t78"."provenance"
                      WHEN 'measured'
                      THEN 0
                      WHEN 'self_reported'
                      THEN 1
                      WHEN 'estimated'
                      THEN 2
                      ELSE 2
                    END
                  )
                ) IS NOT NULL)
            )[1] AS "value",
            MAX(
              (
                CAST(EXTRACT(epoch FROM CAST("t78"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t78"."provenance"
                  WHEN 'measured'
                  THEN 0
                  WHEN 'self_reported'
                  THEN 1
                  WHEN 'estimated'
                  THEN 2
                  ELSE 2
                END
              )
            ) AS "freshness"
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
            ) AS "t62"
            WHERE
              "t62"."captured_at" <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
          ) AS "t78"
          GROUP BY
            1,
            2
        ) AS "t111"
        GROUP BY
          1
      ) AS "t138"
        ON "t102"."post_id" = "t138"."post_id"
      LEFT OUTER JOIN (
        SELECT
          CAST("t54"."post_id" AS BIGINT) AS "post_id",
          "t106"."followers",
          "t106"."rank" AS "followers__provenance"
        FROM (
          SELECT
            "t11"."id" AS "post_id",
            "t11"."account_id",
            "t11"."published_at"
          FROM "post" AS "t11"
          WHERE
            "t11"."campaign_id" IS NOT NULL AND "t11"."campaign_id" IN (1)
        ) AS "t54"
        INNER JOIN (
          SELECT
            "t63"."account_id",
            CAST("t63"."followers" AS DOUBLE PRECISION) AS "followers",
            CASE "t63"."provenance"
              WHEN 'measured'
              THEN 0
              WHEN 'self_reported'
              THEN 1
              WHEN 'estimated'
              THEN 2
              ELSE 2
            END AS "rank",
            "t63"."captured_at" AS "since",
            LEAD("t63"."captured_at") OVER (
              PARTITION BY "t63"."account_id"
              ORDER BY "t63"."captured_at" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) AS "until",
            (
              ROW_NUMBER() OVER (
                PARTITION BY "t63"."account_id"
                ORDER BY "t63"."captured_at" ASC
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
          ) AS "t63"
        ) AS "t106"
          ON "t54"."account_id" = "t106"."account_id"
          AND (
            (
              (
                "t106"."since" <= "t54"."published_at"
              )
              AND (
                (
                  "t106"."until" IS NULL
                ) OR (
                  "t54"."published_at" < "t106"."until"
                )
              )
            )
            OR (
              "t106"."first" AND (
                "t54"."published_at" < "t106"."since"
              )
            )
          )
      ) AS "t131"
        ON "t102"."post_id" = "t131"."post_id"
    ) AS "t149"
  ) AS "t158"
), "kpi_facts" AS (
  SELECT
    "t216"."campaign_id",
    "t216"."account_id",
    "t216"."post_id",
    "t216"."day",
    "t216"."reach",
    "t216"."impressions",
    "t216"."views",
    "t216"."likes",
    "t216"."comments",
    "t216"."shares",
    "t216"."saves",
    "t216"."clicks",
    "t216"."reach__provenance",
    "t216"."impressions__provenance",
    "t216"."views__provenance",
    "t216"."likes__provenance",
    "t216"."comments__provenance",
    "t216"."shares__provenance",
    "t216"."saves__provenance",
    "t216"."clicks__provenance",
    "t216"."followers",
    "t216"."followers__provenance",
    "t216"."engagements",
    "t216"."engagements__provenance",
    "t216"."impressions_with_estimates",
    "t216"."impressions_with_estimates__provenance",
    "t216"."er_reach_post",
    "t216"."er_followers_post",
    "t216"."er_impressions_post",
    "t216"."er_views_post",
    "t216"."er_reach_post__provenance",
    "t216"."er_followers_post__provenance",
    "t216"."er_impressions_post__provenance",
    "t216"."er_views_post__provenance",
    "t216"."post_platform",
    "t216"."publishing_influencer",
    "t216"."sponsored_posts",
    "t216"."disclosed_sponsored_posts",
    "t216"."cost",
    "t216"."key_message_posts",
    "t216"."ugc_post",
    "t216"."mentions",
    "t216"."brand_mentions",
    "t216"."mention_engagements",
    "t216"."brand_mention_engagements",
    "t216"."followers_start",
    "t216"."followers_gained",
    "t216"."followers_expected_gain",
    "t216"."followers_start__provenance",
    "t216"."followers_gained__provenance",
    "t216"."followers_expected_gain__provenance",
    "t216"."brand_followers_start",
    "t216"."brand_followers_gained",
    "t216"."brand_followers_expected_gain",
    "t216"."brand_followers_start__provenance",
    "t216"."brand_followers_gained__provenance",
    "t216"."brand_followers_expected_gain__provenance",
    "t216"."influencers_contacted",
    "t216"."influencers_interested",
    "t216"."posts_contracted",
    "t216"."products_sent",
    "t216"."link_clicks",
    "t216"."unique_link_clicks",
    "t216"."bot_link_clicks",
    "t216"."sessions",
    "t216"."new_users",
    "t216"."bounced_sessions",
    "t216"."session_seconds",
    "t216"."page_views",
    "t216"."key_events",
    "t216"."orders",
    "t216"."revenue",
    "t216"."new_customers",
    "t216"."key_messages",
    "t216"."emv",
    "t216"."emv__provenance",
    "t216"."emv_authentic",
    "t216"."emv_authentic__provenance",
    (
      CAST("t216"."cost" AS DOUBLE PRECISION) / (
        CASE
          WHEN "t216"."platform" = 'tiktok'
          THEN 7.5
          WHEN "t216"."platform" = 'youtube'
          THEN 3.53
          ELSE 19.8
        END * "t216"."paid_rate"
      )
    ) * 1000 AS "paid_impressions",
    CAST("t216"."cost" AS DOUBLE PRECISION) / (
      CASE
        WHEN "t216"."platform" = 'tiktok'
        THEN CAST(NULL AS DOUBLE PRECISION)
        WHEN "t216"."platform" = 'youtube'
        THEN CAST(NULL AS DOUBLE PRECISION)
        ELSE 1.88
      END * "t216"."paid_rate"
    ) AS "paid_clicks",
    CAST("t216"."cost" AS DOUBLE PRECISION) / (
      CASE
        WHEN "t216"."platform" = 'youtube'
        THEN 0.026
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END * "t216"."paid_rate"
    ) AS "paid_views",
    DATE_TRUNC('WEEK', "t216"."day") AS "week"
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
      "t214"."key_message_posts",
      "t214"."ugc_post",
      "t214"."mentions",
      "t214"."brand_mentions",
      "t214"."mention_engagements",
      "t214"."brand_mention_engagements",
      "t214"."followers_start",
      "t214"."followers_gained",
      "t214"."followers_expected_gain",
      "t214"."followers_start__provenance",
      "t214"."followers_gained__provenance",
      "t214"."followers_expected_gain__provenance",
      "t214"."brand_followers_start",
      "t214"."brand_followers_gained",
      "t214"."brand_followers_expected_gain",
      "t214"."brand_followers_start__provenance",
      "t214"."brand_followers_gained__provenance",
      "t214"."brand_followers_expected_gain__provenance",
      "t214"."influencers_contacted",
      "t214"."influencers_interested",
      "t214"."posts_contracted",
      "t214"."products_sent",
      "t214"."link_clicks",
      "t214"."unique_link_clicks",
      "t214"."bot_link_clicks",
      "t214"."sessions",
      "t214"."new_users",
      "t214"."engaged_sessions",
      "t214"."bounced_sessions",
      "t214"."session_seconds",
      "t214"."page_views",
      "t214"."key_events",
      "t214"."orders",
      "t214"."revenue",
      "t214"."new_customers",
      "t214"."key_messages",
      "t214"."emv_rate",
      "t214"."inauthentic_share",
      "t214"."emv",
      "t214"."emv__provenance",
      "t214"."emv_authentic",
      "t214"."emv_authentic__provenance",
      "t146"."paid_rate"
    FROM (
      SELECT
        "t211"."campaign_id",
        "t211"."campaign",
        "t211"."influencer_id",
        "t211"."influencer",
        "t211"."account_id",
        "t211"."platform",
        "t211"."format",
        "t211"."post_id",
        "t211"."day",
        "t211"."reach",
        "t211"."impressions",
        "t211"."views",
        "t211"."likes",
        "t211"."comments",
        "t211"."shares",
        "t211"."saves",
        "t211"."clicks",
        "t211"."reach__provenance",
        "t211"."impressions__provenance",
        "t211"."views__provenance",
        "t211"."likes__provenance",
        "t211"."comments__provenance",
        "t211"."shares__provenance",
        "t211"."saves__provenance",
        "t211"."clicks__provenance",
        "t211"."followers",
        "t211"."followers__provenance",
        "t211"."engagements",
        "t211"."engagements__provenance",
        "t211"."impressions_with_estimates",
        "t211"."impressions_with_estimates__provenance",
        "t211"."er_reach_post",
        "t211"."er_followers_post",
        "t211"."er_impressions_post",
        "t211"."er_views_post",
        "t211"."er_reach_post__provenance",
        "t211"."er_followers_post__provenance",
        "t211"."er_impressions_post__provenance",
        "t211"."er_views_post__provenance",
        "t211"."post_platform",
        "t211"."publishing_influencer",
        "t211"."sponsored_posts",
        "t211"."disclosed_sponsored_posts",
        "t211"."cost",
        "t211"."key_message_posts",
        "t211"."ugc_post",
        "t211"."mentions",
        "t211"."brand_mentions",
        "t211"."mention_engagements",
        "t211"."brand_mention_engagements",
        "t211"."followers_start",
        "t211"."followers_gained",
        "t211"."followers_expected_gain",
        "t211"."followers_start__provenance",
        "t211"."followers_gained__provenance",
        "t211"."followers_expected_gain__provenance",
        "t211"."brand_followers_start",
        "t211"."brand_followers_gained",
        "t211"."brand_followers_expected_gain",
        "t211"."brand_followers_start__provenance",
        "t211"."brand_followers_gained__provenance",
        "t211"."brand_followers_expected_gain__provenance",
        "t211"."influencers_contacted",
        "t211"."influencers_interested",
        "t211"."posts_contracted",
        "t211"."products_sent",
        "t211"."link_clicks",
        "t211"."unique_link_clicks",
        "t211"."bot_link_clicks",
        "t211"."sessions",
        "t211"."new_users",
        "t211"."engaged_sessions",
        "t211"."bounced_sessions",
        "t211"."session_seconds",
        "t211"."page_views",
        "t211"."key_events",
        "t211"."orders",
        "t211"."revenue",
        "t211"."new_customers",
        "t211"."key_messages",
        "t211"."emv_rate",
        "t211"."inauthentic_share",
        CASE
          WHEN (
            "t211"."post_id" IS NOT NULL
          )
          AND (
            (
              (
                CAST((
                  COALESCE("t211"."impressions", "t211"."views") * CASE
                    WHEN "t211"."platform" = 'tiktok'
                    THEN 6.89
                    ELSE CAST(NULL AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t211"."platform" = 'instagram'
                  THEN 0.07
                  WHEN "t211"."platform" = 'tiktok'
                  THEN 0.09
                  WHEN "t211"."platform" = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t211"."likes"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t211"."platform" = 'instagram'
                  THEN 3.46
                  WHEN "t211"."platform" = 'tiktok'
                  THEN 3.52
                  WHEN "t211"."platform" = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t211"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t211"."platform" = 'tiktok'
                  THEN 1.72
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t211"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              CAST((
                COALESCE("t211"."impressions", "t211"."views") * CASE
                  WHEN "t211"."platform" = 'tiktok'
                  THEN 6.89
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END
              ) AS DOUBLE PRECISION) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t211"."platform" = 'instagram'
                THEN 0.07
                WHEN "t211"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t211"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t211"."likes",
              0
            ) + COALESCE(
              CASE
                WHEN "t211"."platform" = 'instagram'
                THEN 3.46
                WHEN "t211"."platform" = 'tiktok'
                THEN 3.52
                WHEN "t211"."platform" = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t211"."comments",
              0
            ) + COALESCE(
              CASE
                WHEN "t211"."platform" = 'tiktok'
                THEN 1.72
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t211"."shares",
              0
            )
          ) * "t211"."emv_rate"
          ELSE CAST(NULL AS DOUBLE PRECISION)
        END AS "emv",
        NULLIF(
          GREATEST(
            COALESCE("t211"."impressions__provenance", -1),
            COALESCE("t211"."views__provenance", -1),
            COALESCE("t211"."engagements__provenance", -1)
          ),
          -1
        ) AS "emv__provenance",
        CASE
          WHEN (
            "t211"."post_id" IS NOT NULL
          )
          AND (
            (
              (
                CAST((
                  COALESCE("t211"."impressions", "t211"."views") * CASE
                    WHEN "t211"."platform" = 'tiktok'
                    THEN 6.89
                    ELSE CAST(NULL AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t211"."platform" = 'instagram'
                  THEN 0.07
                  WHEN "t211"."platform" = 'tiktok'
                  THEN 0.09
                  WHEN "t211"."platform" = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t211"."likes"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t211"."platform" = 'instagram'
                  THEN 3.46
                  WHEN "t211"."platform" = 'tiktok'
                  THEN 3.52
                  WHEN "t211"."platform" = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t211"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t211"."platform" = 'tiktok'
                  THEN 1.72
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t211"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              CAST((
                COALESCE("t211"."impressions", "t211"."views") * CASE
                  WHEN "t211"."platform" = 'tiktok'
                  THEN 6.89
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END
              ) AS DOUBLE PRECISION) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t211"."platform" = 'instagram'
                THEN 0.07
                WHEN "t211"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t211"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t211"."likes",
              0
            ) + COALESCE(
              CASE
                WHEN "t211"."platform" = 'instagram'
                THEN 3.46
                WHEN "t211"."platform" = 'tiktok'
                THEN 3.52
                WHEN "t211"."platform" = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t211"."comments",
              0
            ) + COALESCE(
              CASE
                WHEN "t211"."platform" = 'tiktok'
                THEN 1.72
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t211"."shares",
              0
            )
          ) * "t211"."emv_rate" * (
            1 - COALESCE("t211"."inauthentic_share", 0)
          )
          ELSE CAST(NULL AS DOUBLE PRECISION)
        END AS "emv_authentic",
        NULLIF(
          GREATEST(
            COALESCE(
              NULLIF(
                GREATEST(
                  COALESCE("t211"."impressions__provenance", -1),
                  COALESCE("t211"."views__provenance", -1),
                  COALESCE("t211"."engagements__provenance", -1)
                ),
                -1
              ),
              -1
            ),
            COALESCE(CASE WHEN "t211"."inauthentic_share" > 0 THEN 2 ELSE CAST(NULL AS BIGINT) END, -1)
          ),
          -1
        ) AS "emv_authentic__provenance"
      FROM (
        SELECT
          "t209"."campaign_id",
          "t209"."campaign",
          "t209"."influencer_id",
          "t209"."influencer",
          "t209"."account_id",
          "t209"."platform",
          "t209"."format",
          "t209"."post_id",
          "t209"."day",
          "t209"."reach",
          "t209"."impressions",
          "t209"."views",
          "t209"."likes",
          "t209"."comments",
          "t209"."shares",
          "t209"."saves",
          "t209"."clicks",
          "t209"."reach__provenance",
          "t209"."impressions__provenance",
          "t209"."views__provenance",
          "t209"."likes__provenance",
          "t209"."comments__provenance",
          "t209"."shares__provenance",
          "t209"."saves__provenance",
          "t209"."clicks__provenance",
          "t209"."followers",
          "t209"."followers__provenance",
          "t209"."engagements",
          "t209"."engagements__provenance",
          "t209"."impressions_with_estimates",
          "t209"."impressions_with_estimates__provenance",
          "t209"."er_reach_post",
          "t209"."er_followers_post",
          "t209"."er_impressions_post",
          "t209"."er_views_post",
          "t209"."er_reach_post__provenance",
          "t209"."er_followers_post__provenance",
          "t209"."er_impressions_post__provenance",
          "t209"."er_views_post__provenance",
          "t209"."post_platform",
          "t209"."publishing_influencer",
          "t209"."sponsored_posts",
          "t209"."disclosed_sponsored_posts",
          "t209"."cost",
          "t209"."key_message_posts",
          "t209"."ugc_post",
          "t209"."mentions",
          "t209"."brand_mentions",
          "t209"."mention_engagements",
          "t209"."brand_mention_engagements",
          "t209"."followers_start",
          "t209"."followers_gained",
          "t209"."followers_expected_gain",
          "t209"."followers_start__provenance",
          "t209"."followers_gained__provenance",
          "t209"."followers_expected_gain__provenance",
          "t209"."brand_followers_start",
          "t209"."brand_followers_gained",
          "t209"."brand_followers_expected_gain",
          "t209"."brand_followers_start__provenance",
          "t209"."brand_followers_gained__provenance",
          "t209"."brand_followers_expected_gain__provenance",
          "t209"."influencers_contacted",
          "t209"."influencers_interested",
          "t209"."posts_contracted",
          "t209"."products_sent",
          "t209"."link_clicks",
          "t209"."unique_link_clicks",
          "t209"."bot_link_clicks",
          "t209"."sessions",
          "t209"."new_users",
          "t209"."engaged_sessions",
          "t209"."bounced_sessions",
          "t209"."session_seconds",
          "t209"."page_views",
          "t209"."key_events",
          "t209"."orders",
          "t209"."revenue",
          "t209"."new_customers",
          "t209"."key_messages",
          "t209"."emv_rate",
          "t28"."inauthentic_share"
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
            "t206"."key_message_posts",
            "t206"."ugc_post",
            "t206"."mentions",
            "t206"."brand_mentions",
            "t206"."mention_engagements",
            "t206"."brand_mention_engagements",
            "t206"."followers_start",
            "t206"."followers_gained",
            "t206"."followers_expected_gain",
            "t206"."followers_start__provenance",
            "t206"."followers_gained__provenance",
            "t206"."followers_expected_gain__provenance",
            "t206"."brand_followers_start",
            "t206"."brand_followers_gained",
            "t206"."brand_followers_expected_gain",
            "t206"."brand_followers_start__provenance",
            "t206"."brand_followers_gained__provenance",
            "t206"."brand_followers_expected_gain__provenance",
            "t206"."influencers_contacted",
            "t206"."influencers_interested",
            "t206"."posts_contracted",
            "t206"."products_sent",
            "t206"."link_clicks",
            "t206"."unique_link_clicks",
            "t206"."bot_link_clicks",
            "t206"."sessions",
            "t206"."new_users",
            "t206"."engaged_sessions",
            "t206"."bounced_sessions",
            "t206"."session_seconds",
            "t206"."page_views",
            "t206"."key_events",
            "t206"."orders",
            "t206"."revenue",
            "t206"."new_customers",
            "t206"."key_messages",
            "t147"."emv_rate"
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
                                "t193"."campaign_id",
                                "t193"."campaign",
                                "t193"."influencer_id",
                                "t193"."influencer",
                                "t193"."account_id",
                                "t193"."platform",
                                "t193"."format",
                                "t193"."post_id",
                                "t193"."day",
                                "t193"."reach",
                                "t193"."impressions",
                                "t193"."views",
                                "t193"."likes",
                                "t193"."comments",
                                "t193"."shares",
                                "t193"."saves",
                                "t193"."clicks",
                                "t193"."reach__provenance",
                                "t193"."impressions__provenance",
                                "t193"."views__provenance",
                                "t193"."likes__provenance",
                                "t193"."comments__provenance",
                                "t193"."shares__provenance",
                                "t193"."saves__provenance",
                                "t193"."clicks__provenance",
                                "t193"."followers",
                                CAST("t193"."followers__provenance" AS BIGINT) AS "followers__provenance",
                                "t193"."engagements",
                                "t193"."engagements__provenance",
                                "t193"."impressions_with_estimates",
                                "t193"."impressions_with_estimates__provenance",
                                "t193"."er_reach_post",
                                "t193"."er_followers_post",
                                "t193"."er_impressions_post",
                                "t193"."er_views_post",
                                "t193"."er_reach_post__provenance",
                                "t193"."er_followers_post__provenance",
                                "t193"."er_impressions_post__provenance",
                                "t193"."er_views_post__provenance",
                                "t193"."post_platform",
                                CAST("t193"."publishing_influencer" AS DOUBLE PRECISION) AS "publishing_influencer",
                                "t193"."sponsored_posts",
                                "t193"."disclosed_sponsored_posts",
                                "t193"."cost",
                                "t193"."key_message_posts",
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
                                  "t185"."campaign_id",
                                  "t185"."campaign",
                                  "t185"."influencer_id",
                                  "t185"."influencer",
                                  "t185"."account_id",
                                  "t185"."platform",
                                  "t185"."format",
                                  "t185"."post_id",
                                  "t185"."day",
                                  "t185"."country",
                                  "t185"."caption",
                                  "t185"."sponsored",
                                  "t185"."reach",
                                  "t185"."impressions",
                                  "t185"."views",
                                  "t185"."likes",
                                  "t185"."comments",
                                  "t185"."shares",
                                  "t185"."saves",
                                  "t185"."clicks",
                                  "t185"."reach__provenance",
                                  "t185"."impressions__provenance",
                                  "t185"."views__provenance",
                                  "t185"."likes__provenance",
                                  "t185"."comments__provenance",
                                  "t185"."shares__provenance",
                                  "t185"."saves__provenance",
                                  "t185"."clicks__provenance",
                                  "t185"."followers",
                                  "t185"."followers__provenance",
                                  "t185"."engagements",
                                  "t185"."engagements__provenance",
                                  "t185"."impressions_with_estimates",
                                  "t185"."impressions_with_estimates__provenance",
                                  "t185"."er_reach_post",
                                  "t185"."er_followers_post",
                                  "t185"."er_impressions_post",
                                  "t185"."er_views_post",
                                  "t185"."er_reach_post__provenance",
                                  "t185"."er_followers_post__provenance",
                                  "t185"."er_impressions_post__provenance",
                                  "t185"."er_views_post__provenance",
                                  "t185"."post_platform",
                                  "t185"."publishing_influencer",
                                  "t185"."sponsored_posts",
                                  "t185"."disclosed_sponsored_posts",
                                  "t185"."cost",
                                  "t192"."key_message_posts"
                                FROM (
                                  SELECT
                                    "t173"."campaign_id",
                                    "t173"."campaign",
                                    "t173"."influencer_id",
                                    "t173"."influencer",
                                    "t173"."account_id",
                                    "t173"."platform",
                                    "t173"."format",
                                    "t173"."post_id",
                                    "t173"."day",
                                    "t173"."country",
                                    "t173"."caption",
                                    "t173"."sponsored",
                                    "t173"."reach",
                                    "t173"."impressions",
                                    "t173"."views",
                                    "t173"."likes",
                                    "t173"."comments",
                                    "t173"."shares",
                                    "t173"."saves",
                                    "t173"."clicks",
                                    "t173"."reach__provenance",
                                    "t173"."impressions__provenance",
                                    "t173"."views__provenance",
                                    "t173"."likes__provenance",
                                    "t173"."comments__provenance",
                                    "t173"."shares__provenance",
                                    "t173"."saves__provenance",
                                    "t173"."clicks__provenance",
                                    "t173"."followers",
                                    "t173"."followers__provenance",
                                    "t173"."engagements",
                                    "t173"."engagements__provenance",
                                    "t173"."impressions_with_estimates",
                                    "t173"."impressions_with_estimates__provenance",
                                    "t173"."er_reach_post",
                                    "t173"."er_followers_post",
                                    "t173"."er_impressions_post",
                                    "t173"."er_views_post",
                                    "t173"."er_reach_post__provenance",
                                    "t173"."er_followers_post__provenance",
                                    "t173"."er_impressions_post__provenance",
                                    "t173"."er_views_post__provenance",
                                    "t173"."post_platform",
                                    "t173"."publishing_influencer",
                                    "t173"."sponsored_posts",
                                    "t173"."disclosed_sponsored_posts",
                                    "t152"."cost"
                                  FROM "post_rows" AS "t173"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t102"."post_id",
                                      "t141"."cost"
                                    FROM "campaign_posts_in" AS "t102"
                                    INNER JOIN (
                                      SELECT
                                        "t123"."campaign_id",
                                        "t123"."influencer_id",
                                        SUM("t123"."share") AS "cost"
                                      FROM (
                                        SELECT
                                          "t101"."campaign_id",
                                          "t101"."influencer_id",
                                          CAST("t101"."amount" AS DOUBLE PRECISION) / "t109"."n_posts" AS "share"
                                        FROM "t76" AS "t101"
                                        INNER JOIN (
                                          SELECT
                                            "t92"."campaign_id",
                                            "t92"."influencer_id",
                                            COUNT("t92"."post_id") AS "n_posts"
                                          FROM "campaign_posts_in" AS "t92"
                                          GROUP BY
                                            1,
                                            2
                                        ) AS "t109"
                                          ON "t101"."campaign_id" = "t109"."campaign_id"
                                          AND "t101"."influencer_id" = "t109"."influencer_id"
                                      ) AS "t123"
                                      GROUP BY
                                        1,
                                        2
                                    ) AS "t141"
                                      ON "t141"."campaign_id" = "t102"."campaign_id"
                                      AND "t141"."influencer_id" = "t102"."influencer_id"
                                  ) AS "t152"
                                    ON "t173"."post_id" = "t152"."post_id"
                                ) AS "t185"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t186"."post_id",
                                    MAX(
                                      CAST(CASE
                                        WHEN POSITION(LOWER("t186"."message") IN LOWER("t186"."caption")) > 0
                                        THEN 1
                                        ELSE 0
                                      END AS DOUBLE PRECISION)
                                    ) AS "key_message_posts"
                                  FROM (
                                    SELECT
                                      "t177"."campaign_id",
                                      "t177"."post_id",
                                      "t177"."caption",
                                      "t82"."message"
                                    FROM (
                                      SELECT
                                        "t172"."campaign_id",
                                        "t172"."post_id",
                                        "t172"."caption"
                                      FROM "post_rows" AS "t172"
                                    ) AS "t177"
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
                                    ) AS "t82"
                                      ON "t177"."campaign_id" = "t82"."campaign_id"
                                  ) AS "t186"
                                  GROUP BY
                                    1
                                ) AS "t192"
                                  ON "t185"."post_id" = "t192"."post_id"
                              ) AS "t193"
                            ) AS "t195"
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t188"."campaign_id",
                                "t188"."campaign",
                                CAST(NULL AS BIGINT) AS "influencer_id",
                                CAST(NULL AS VARCHAR) AS "influencer",
                                CAST(NULL AS BIGINT) AS "account_id",
                                "t188"."platform",
                                CAST(NULL AS VARCHAR) AS "format",
                                CAST(NULL AS BIGINT) AS "post_id",
                                "t188"."day",
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
                                CAST("t188"."ugc_post" AS DOUBLE PRECISION) AS "ugc_post",
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
                                  "t132"."campaign_id",
                                  "t132"."campaign",
                                  "t132"."platform",
                                  "t132"."day",
                                  "t132"."post_id" AS "ugc_post"
                                FROM (
                                  SELECT DISTINCT
                                    *
                                  FROM (
                                    SELECT
                                      "t83"."campaign_id",
                                      "t83"."campaign",
                                      "t93"."post_id",
                                      "t93"."influencer_id",
                                      "t93"."platform",
                                      "t93"."day"
                                    FROM (
                                      SELECT
                                        CAST("t55"."id" AS BIGINT) AS "post_id",
                                        CAST("t17"."id" AS BIGINT) AS "influencer_id",
                                        "t17"."workspace_id",
                                        "t17"."is_brand",
                                        CAST("t21"."platform" AS VARCHAR) AS "platform",
                                        "t55"."published_on" AS "day",
                                        "t55"."hashtags"
                                      FROM (
                                        SELECT
                                          *
                                        FROM "post" AS "t11"
                                        WHERE
                                          "t11"."campaign_id" IS NULL
                                      ) AS "t55"
                                      INNER JOIN "account" AS "t21"
                                        ON "t55"."account_id" = "t21"."id"
                                      INNER JOIN "influencer" AS "t17"
                                        ON "t21"."influencer_id" = "t17"."id"
                                    ) AS "t93"
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
                                    ) AS "t83"
                                      ON "t93"."workspace_id" = "t83"."workspace_id"
                                      AND "t93"."day" >= "t83"."start"
                                      AND "t93"."day" <= "t83"."end"
                                      AND NOT (
                                        "t93"."is_brand"
                                      )
                                      AND POSITION(',' || "t83"."tag" || ',' IN ',' || "t93"."hashtags" || ',') > 0
                                  ) AS "t117"
                                ) AS "t132"
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
                                        ) AS "t32"
                                        UNION ALL
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            "t172"."campaign_id",
                                            "t172"."influencer_id"
                                          FROM "post_rows" AS "t172"
                                        ) AS "t174"
                                      ) AS "t176"
                                    ) AS "t184"
                                    WHERE
                                      "t132"."campaign_id" = "t184"."campaign_id"
                                      AND "t132"."influencer_id" = "t184"."influencer_id"
                                  )
                              ) AS "t188"
                            ) AS "t190"
                          ) AS "t196"
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
                                "t100"."campaign_id",
                                "t100"."campaign",
                                "t100"."influencer_id",
                                CAST("t17"."name" AS VARCHAR) AS "influencer",
                                "t100"."incurred_on" AS "day",
                                "t100"."amount" AS "cost"
                              FROM "t76" AS "t100"
                              LEFT OUTER JOIN "influencer" AS "t17"
                                ON "t100"."influencer_id" = "t17"."id"
                              WHERE
                                NOT EXISTS(
                                  SELECT
                                    1
                                  FROM (
                                    SELECT
                                      "t92"."campaign_id",
                                      "t92"."influencer_id",
                                      COUNT("t92"."post_id") AS "n_posts"
                                    FROM "campaign_posts_in" AS "t92"
                                    GROUP BY
                                      1,
                                      2
                                  ) AS "t109"
                                  WHERE
                                    "t100"."campaign_id" = "t109"."campaign_id"
                                    AND "t100"."influencer_id" = "t109"."influencer_id"
                                )
                            ) AS "t122"
                          ) AS "t129"
                        ) AS "t197"
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t80"."campaign_id",
                            "t80"."campaign",
                            CAST(NULL AS BIGINT) AS "influencer_id",
                            CAST(NULL AS VARCHAR) AS "influencer",
                            CAST(NULL AS BIGINT) AS "account_id",
                            "t80"."platform",
                            CAST(NULL AS VARCHAR) AS "format",
                            CAST(NULL AS BIGINT) AS "post_id",
                            "t80"."day",
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
                            "t80"."mentions",
                            "t80"."brand_mentions",
                            "t80"."mention_engagements",
                            "t80"."brand_mention_engagements",
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
                              CAST("t57"."id" AS BIGINT) AS "campaign_id",
                              CAST("t57"."name" AS VARCHAR) AS "campaign",
                              CAST("t19"."platform" AS VARCHAR) AS "platform",
                              "t19"."mentioned_on" AS "day",
                              CAST(1 AS DOUBLE PRECISION) AS "mentions",
                              CAST(CASE WHEN "t19"."own" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "brand_mentions",
                              "t19"."engagements" AS "mention_engagements",
                              CAST(CASE WHEN "t19"."own" THEN 1 ELSE 0 END AS DOUBLE PRECISION) * "t19"."engagements" AS "brand_mention_engagements"
                            FROM "mention" AS "t19"
                            INNER JOIN "t25" AS "t57"
                              ON "t19"."workspace_id" = "t57"."workspace_id"
                              AND "t19"."mentioned_on" >= "t57"."start_date"
                              AND "t19"."mentioned_on" <= "t57"."end_date"
                          ) AS "t80"
                        ) AS "t94"
                      ) AS "t198"
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t189"."campaign_id",
                          "t189"."campaign",
                          "t189"."influencer_id",
                          "t189"."influencer",
                          "t189"."account_id",
                          "t189"."platform",
                          CAST(NULL AS VARCHAR) AS "format",
                          CAST(NULL AS BIGINT) AS "post_id",
                          "t189"."day",
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
                            WHEN "t189"."is_brand" = FALSE
                            THEN "t189"."start_followers"
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "followers_start",
                          CASE
                            WHEN "t189"."is_brand" = FALSE
                            THEN CASE
                              WHEN "t189"."end_seen_at" > "t189"."start_seen_at"
                              THEN "t189"."end_followers" - "t189"."start_followers"
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "followers_gained",
                          CASE
                            WHEN "t189"."is_brand" = FALSE
                            THEN CASE
                              WHEN "t189"."end_seen_at" > "t189"."start_seen_at"
                              THEN (
                                CAST((
                                  "t189"."start_followers" - "t189"."before_followers"
                                ) AS DOUBLE PRECISION) / NULLIF(CAST("t189"."start_seen_at" - "t189"."before_seen_at" AS DOUBLE PRECISION), 0)
                              ) * (
                                "t189"."end_seen_at" - "t189"."start_seen_at"
                              )
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "followers_expected_gain",
                          CAST(CASE
                            WHEN "t189"."is_brand" = FALSE
                            THEN "t189"."start_rank"
                            ELSE CAST(NULL AS SMALLINT)
                          END AS BIGINT) AS "followers_start__provenance",
                          CASE
                            WHEN "t189"."is_brand" = FALSE
                            THEN CASE
                              WHEN "t189"."end_seen_at" > "t189"."start_seen_at"
                              THEN NULLIF(GREATEST(COALESCE("t189"."start_rank", -1), COALESCE("t189"."end_rank", -1)), -1)
                              ELSE CAST(NULL AS BIGINT)
                            END
                            ELSE CAST(NULL AS BIGINT)
                          END AS "followers_gained__provenance",
                          CASE
                            WHEN "t189"."is_brand" = FALSE
                            THEN CASE
                              WHEN CASE
                                WHEN "t189"."end_seen_at" > "t189"."start_seen_at"
                                THEN (
                                  CAST((
                                    "t189"."start_followers" - "t189"."before_followers"
                                  ) AS DOUBLE PRECISION) / NULLIF(CAST("t189"."start_seen_at" - "t189"."before_seen_at" AS DOUBLE PRECISION), 0)
                                ) * (
                                  "t189"."end_seen_at" - "t189"."start_seen_at"
                                )
                                ELSE CAST(NULL AS DOUBLE PRECISION)
                              END IS NOT NULL
                              THEN NULLIF(
                                GREATEST(
                                  COALESCE(
                                    CASE
                                      WHEN "t189"."end_seen_at" > "t189"."start_seen_at"
                                      THEN NULLIF(GREATEST(COALESCE("t189"."start_rank", -1), COALESCE("t189"."end_rank", -1)), -1)
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    -1
                                  ),
                                  COALESCE("t189"."before_rank", -1)
                                ),
                                -1
                              )
                              ELSE CAST(NULL AS BIGINT)
                            END
                            ELSE CAST(NULL AS BIGINT)
                          END AS "followers_expected_gain__provenance",
                          CASE
                            WHEN "t189"."is_brand" = TRUE
                            THEN "t189"."start_followers"
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "brand_followers_start",
                          CASE
                            WHEN "t189"."is_brand" = TRUE
                            THEN CASE
                              WHEN "t189"."end_seen_at" > "t189"."start_seen_at"
                              THEN "t189"."end_followers" - "t189"."start_followers"
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "brand_followers_gained",
                          CASE
                            WHEN "t189"."is_brand" = TRUE
                            THEN CASE
                              WHEN "t189"."end_seen_at" > "t189"."start_seen_at"
                              THEN (
                                CAST((
                                  "t189"."start_followers" - "t189"."before_followers"
                                ) AS DOUBLE PRECISION) / NULLIF(CAST("t189"."start_seen_at" - "t189"."before_seen_at" AS DOUBLE PRECISION), 0)
                              ) * (
                                "t189"."end_seen_at" - "t189"."start_seen_at"
                              )
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "brand_followers_expected_gain",
                          CAST(CASE
                            WHEN "t189"."is_brand" = TRUE
                            THEN "t189"."start_rank"
                            ELSE CAST(NULL AS SMALLINT)
                          END AS BIGINT) AS "brand_followers_start__provenance",
                          CASE
                            WHEN "t189"."is_brand" = TRUE
                            THEN CASE
                              WHEN "t189"."end_seen_at" > "t189"."start_seen_at"
                              THEN NULLIF(GREATEST(COALESCE("t189"."start_rank", -1), COALESCE("t189"."end_rank", -1)), -1)
                              ELSE CAST(NULL AS BIGINT)
                            END
                            ELSE CAST(NULL AS BIGINT)
                          END AS "brand_followers_gained__provenance",
                          CASE
                            WHEN "t189"."is_brand" = TRUE
                            THEN CASE
                              WHEN CASE
                                WHEN "t189"."end_seen_at" > "t189"."start_seen_at"
                                THEN (
                                  CAST((
                                    "t189"."start_followers" - "t189"."before_followers"
                                  ) AS DOUBLE PRECISION) / NULLIF(CAST("t189"."start_seen_at" - "t189"."before_seen_at" AS DOUBLE PRECISION), 0)
                                ) * (
                                  "t189"."end_seen_at" - "t189"."start_seen_at"
                                )
                                ELSE CAST(NULL AS DOUBLE PRECISION)
                              END IS NOT NULL
                              THEN NULLIF(
                                GREATEST(
                                  COALESCE(
                                    CASE
                                      WHEN "t189"."end_seen_at" > "t189"."start_seen_at"
                                      THEN NULLIF(GREATEST(COALESCE("t189"."start_rank", -1), COALESCE("t189"."end_rank", -1)), -1)
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    -1
                                  ),
                                  COALESCE("t189"."before_rank", -1)
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
                            "t165"."before_followers",
                            "t165"."before_seen_at",
                            "t165"."before_rank"
                          FROM (
                            SELECT
                              "t171"."campaign_id",
                              "t171"."campaign",
                              "t171"."influencer_id",
                              "t171"."influencer",
                              "t171"."account_id",
                              "t171"."platform",
                              "t171"."is_brand",
                              "t171"."day",
                              "t171"."start_at",
                              "t171"."end_at",
                              "t171"."start_followers",
                              "t171"."start_seen_at",
                              "t171"."start_rank",
                              "t164"."end_followers",
                              "t164"."end_seen_at",
                              "t164"."end_rank"
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
                                "t167"."start_followers",
                                "t167"."start_seen_at",
                                "t167"."start_rank"
                              FROM (
                                SELECT
                                  "t119"."campaign_id",
                                  CAST("t15"."name" AS VARCHAR) AS "campaign",
                                  CAST("t18"."id" AS BIGINT) AS "influencer_id",
                                  CAST("t18"."name" AS VARCHAR) AS "influencer",
                                  "t119"."account_id",
                                  CAST("t22"."platform" AS VARCHAR) AS "platform",
                                  "t119"."is_brand",
                                  "t15"."end_date" AS "day",
                                  EXTRACT('epoch' FROM CAST("t15"."start_date" AS TIMESTAMPTZ)) AS "start_at",
                                  EXTRACT('epoch' FROM CAST("t15"."end_date" AS TIMESTAMPTZ)) + 86400 AS "end_at"
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t105"."campaign_id",
                                      "t105"."account_id",
                                      FALSE AS "is_brand"
                                    FROM (
                                      SELECT DISTINCT
                                        "t92"."campaign_id",
                                        "t92"."account_id"
                                      FROM "campaign_posts_in" AS "t92"
                                    ) AS "t105"
                                  ) AS "t110"
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      CAST("t58"."id" AS BIGINT) AS "campaign_id",
                                      CAST("t22"."id" AS BIGINT) AS "account_id",
                                      TRUE AS "is_brand"
                                    FROM "t25" AS "t58"
                                    INNER JOIN (
                                      SELECT
                                        *
                                      FROM "influencer" AS "t5"
                                      WHERE
                                        "t5"."is_brand"
                                    ) AS "t34"
                                      ON "t34"."workspace_id" = "t58"."workspace_id"
                                    INNER JOIN "account" AS "t22"
                                      ON "t22"."influencer_id" = "t34"."id"
                                  ) AS "t81"
                                ) AS "t119"
                                INNER JOIN "campaign" AS "t15"
                                  ON "t119"."campaign_id" = "t15"."id"
                                INNER JOIN "account" AS "t22"
                                  ON "t119"."account_id" = "t22"."id"
                                INNER JOIN "influencer" AS "t18"
                                  ON "t22"."influencer_id" = "t18"."id"
                              ) AS "t143"
                              INNER JOIN (
                                SELECT
                                  "t161"."campaign_id",
                                  "t161"."account_id",
                                  CAST("t161"."followers" AS DOUBLE PRECISION) AS "start_followers",
                                  "t161"."at" AS "start_seen_at",
                                  "t161"."rank" AS "start_rank"
                                FROM (
                                  SELECT
                                    "t156"."campaign_id",
                                    "t156"."campaign",
                                    "t156"."influencer_id",
                                    "t156"."influencer",
                                    "t156"."account_id",
                                    "t156"."platform",
                                    "t156"."is_brand",
                                    "t156"."day",
                                    "t156"."start_at",
                                    "t156"."end_at",
                                    "t156"."followers",
                                    "t156"."at",
                                    "t156"."rank",
                                    ROW_NUMBER() OVER (
                                      PARTITION BY "t156"."campaign_id", "t156"."account_id"
                                      ORDER BY CASE WHEN "t156"."at" <= "t156"."start_at" THEN 0 ELSE 1 END ASC, ABS("t156"."at" - "t156"."start_at") ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    ) - 1 AS "order"
                                  FROM "t155" AS "t156"
                                ) AS "t161"
                                WHERE
                                  "t161"."order" = 0
                              ) AS "t167"
                                ON "t143"."campaign_id" = "t167"."campaign_id"
                                AND "t143"."account_id" = "t167"."account_id"
                            ) AS "t171"
                            LEFT OUTER JOIN (
                              SELECT
                                "t159"."campaign_id",
                                "t159"."account_id",
                                CAST("t159"."followers" AS DOUBLE PRECISION) AS "end_followers",
                                "t159"."at" AS "end_seen_at",
                                "t159"."rank" AS "end_rank"
                              FROM (
                                SELECT
                                  "t156"."campaign_id",
                                  "t156"."campaign",
                                  "t156"."influencer_id",
                                  "t156"."influencer",
                                  "t156"."account_id",
                                  "t156"."platform",
                                  "t156"."is_brand",
                                  "t156"."day",
                                  "t156"."start_at",
                                  "t156"."end_at",
                                  "t156"."followers",
                                  "t156"."at",
                                  "t156"."rank",
                                  ROW_NUMBER() OVER (
                                    PARTITION BY "t156"."campaign_id", "t156"."account_id"
                                    ORDER BY "t156"."at" DESC NULLS LAST
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  ) - 1 AS "order"
                                FROM "t155" AS "t156"
                              ) AS "t159"
                              WHERE
                                "t159"."order" = 0
                            ) AS "t164"
                              ON "t171"."campaign_id" = "t164"."campaign_id"
                              AND "t171"."account_id" = "t164"."account_id"
                          ) AS "t182"
                          LEFT OUTER JOIN (
                            SELECT
                              "t160"."campaign_id",
                              "t160"."account_id",
                              CAST("t160"."followers" AS DOUBLE PRECISION) AS "before_followers",
                              "t160"."at" AS "before_seen_at",
                              "t160"."rank" AS "before_rank"
                            FROM (
                              SELECT
                                "t157"."campaign_id",
                                "t157"."campaign",
                                "t157"."influencer_id",
                                "t157"."influencer",
                                "t157"."account_id",
                                "t157"."platform",
                                "t157"."is_brand",
                                "t157"."day",
                                "t157"."start_at",
                                "t157"."end_at",
                                "t157"."followers",
                                "t157"."at",
                                "t157"."rank",
                                ROW_NUMBER() OVER (
                                  PARTITION BY "t157"."campaign_id", "t157"."account_id"
                                  ORDER BY "t157"."at" DESC NULLS LAST
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                ) - 1 AS "order"
                              FROM (
                                SELECT
                                  *
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
                                    "t64"."followers",
                                    "t64"."at",
                                    "t64"."rank"
                                  FROM (
                                    SELECT
                                      "t119"."campaign_id",
                                      CAST("t15"."name" AS VARCHAR) AS "campaign",
                                      CAST("t18"."id" AS BIGINT) AS "influencer_id",
                                      CAST("t18"."name" AS VARCHAR) AS "influencer",
                                      "t119"."account_id",
                                      CAST("t22"."platform" AS VARCHAR) AS "platform",
                                      "t119"."is_brand",
                                      "t15"."end_date" AS "day",
                                      EXTRACT('epoch' FROM CAST("t15"."start_date" AS TIMESTAMPTZ)) AS "start_at",
                                      EXTRACT('epoch' FROM CAST("t15"."end_date" AS TIMESTAMPTZ)) + 86400 AS "end_at"
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t105"."campaign_id",
                                          "t105"."account_id",
                                          FALSE AS "is_brand"
                                        FROM (
                                          SELECT DISTINCT
                                            "t92"."campaign_id",
                                            "t92"."account_id"
                                          FROM "campaign_posts_in" AS "t92"
                                        ) AS "t105"
                                      ) AS "t110"
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST("t58"."id" AS BIGINT) AS "campaign_id",
                                          CAST("t22"."id" AS BIGINT) AS "account_id",
                                          TRUE AS "is_brand"
                                        FROM "t25" AS "t58"
                                        INNER JOIN (
                                          SELECT
                                            *
                                          FROM "influencer" AS "t5"
                                          WHERE
                                            "t5"."is_brand"
                                        ) AS "t34"
                                          ON "t34"."workspace_id" = "t58"."workspace_id"
                                        INNER JOIN "account" AS "t22"
                                          ON "t22"."influencer_id" = "t34"."id"
                                      ) AS "t81"
                                    ) AS "t119"
                                    INNER JOIN "campaign" AS "t15"
                                      ON "t119"."campaign_id" = "t15"."id"
                                    INNER JOIN "account" AS "t22"
                                      ON "t119"."account_id" = "t22"."id"
                                    INNER JOIN "influencer" AS "t18"
                                      ON "t22"."influencer_id" = "t18"."id"
                                  ) AS "t143"
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
                                  ) AS "t64"
                                    ON "t143"."account_id" = "t64"."account_id"
                                ) AS "t154"
                                WHERE
                                  "t154"."at" <= (
                                    "t154"."start_at" - (
                                      "t154"."end_at" - "t154"."start_at"
                                    )
                                  )
                              ) AS "t157"
                            ) AS "t160"
                            WHERE
                              "t160"."order" = 0
                          ) AS "t165"
                            ON "t182"."campaign_id" = "t165"."campaign_id"
                            AND "t182"."account_id" = "t165"."account_id"
                        ) AS "t189"
                      ) AS "t194"
                    ) AS "t199"
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t85"."campaign_id",
                        "t85"."campaign",
                        "t85"."influencer_id",
                        "t85"."influencer",
                        CAST(NULL AS BIGINT) AS "account_id",
                        CAST(NULL AS VARCHAR) AS "platform",
                        CAST(NULL AS VARCHAR) AS "format",
                        CAST(NULL AS BIGINT) AS "post_id",
                        "t85"."day",
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
                        "t85"."influencers_contacted",
                        "t85"."influencers_interested",
                        "t85"."posts_contracted",
                        "t85"."products_sent",
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
                          FROM "roster" AS "t4"
                          WHERE
                            "t4"."campaign_id" IN (1)
                        ) AS "t47"
                        INNER JOIN "campaign" AS "t15"
                          ON "t47"."campaign_id" = "t15"."id"
                        INNER JOIN "influencer" AS "t17"
                          ON "t47"."influencer_id" = "t17"."id"
                      ) AS "t85"
                    ) AS "t98"
                  ) AS "t200"
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t148"."campaign_id",
                      "t148"."campaign",
                      CAST(NULL AS BIGINT) AS "influencer_id",
                      CAST(NULL AS VARCHAR) AS "influencer",
                      CAST(NULL AS BIGINT) AS "account_id",
                      CAST(NULL AS VARCHAR) AS "platform",
                      CAST(NULL AS VARCHAR) AS "format",
                      "t148"."post_id",
                      "t148"."day",
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
                      "t148"."link_clicks",
                      "t148"."unique_link_clicks",
                      "t148"."bot_link_clicks",
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
                        "t135"."post_id",
                        "t135"."day",
                        "t135"."link_clicks",
                        "t135"."unique_link_clicks",
                        "t135"."bot_link_clicks",
                        CAST("t15"."name" AS VARCHAR) AS "campaign"
                      FROM (
                        SELECT
                          "t115"."campaign_id",
                          "t115"."post_id",
                          "t115"."day",
                          SUM("t115"."link_clicks") AS "link_clicks",
                          SUM("t115"."unique_link_clicks") AS "unique_link_clicks",
                          SUM("t115"."bot_link_clicks") AS "bot_link_clicks"
                        FROM (
                          SELECT
                            CAST("t50"."campaign_id" AS BIGINT) AS "campaign_id",
                            CAST("t50"."influencer_id" AS BIGINT) AS "influencer_id",
                            CAST("t50"."post_id" AS BIGINT) AS "post_id",
                            CAST("t50"."platform" AS VARCHAR) AS "platform",
                            "t104"."day",
                            "t104"."link_clicks",
                            "t104"."unique_link_clicks",
                            "t104"."bot_link_clicks"
                          FROM (
                            SELECT
                              "t75"."link_id",
                              "t75"."day",
                              SUM("t75"."link_clicks") AS "link_clicks",
                              SUM("t75"."unique_link_clicks") AS "unique_link_clicks",
                              SUM("t75"."bot_link_clicks") AS "bot_link_clicks"
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
                              ) AS "t51"
                                ON "t20"."link_id" = "t51"."link_id"
                            ) AS "t75"
                            GROUP BY
                              1,
                              2
                          ) AS "t104"
                          INNER JOIN (
                            SELECT
                              *
                            FROM "link" AS "t8"
                            WHERE
                              "t8"."campaign_id" IN (1)
                          ) AS "t50"
                            ON "t104"."link_id" = "t50"."id"
                        ) AS "t115"
                        GROUP BY
                          1,
                          2,
                          3
                      ) AS "t135"
                      INNER JOIN "campaign" AS "t15"
                        ON "t135"."campaign_id" = "t15"."id"
                    ) AS "t148"
                  ) AS "t151"
                ) AS "t201"
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    "t107"."campaign_id",
                    "t107"."campaign",
                    CAST(NULL AS BIGINT) AS "influencer_id",
                    CAST(NULL AS VARCHAR) AS "influencer",
                    CAST(NULL AS BIGINT) AS "account_id",
                    CAST(NULL AS VARCHAR) AS "platform",
                    CAST(NULL AS VARCHAR) AS "format",
                    CAST(NULL AS BIGINT) AS "post_id",
                    "t107"."day",
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
                    "t107"."sessions",
                    "t107"."new_users",
                    "t107"."engaged_sessions",
                    "t107"."bounced_sessions",
                    "t107"."session_seconds",
                    "t107"."page_views",
                    "t107"."key_events",
                    CAST(NULL AS DOUBLE PRECISION) AS "orders",
                    CAST(NULL AS DOUBLE PRECISION) AS "revenue",
                    CAST(NULL AS DOUBLE PRECISION) AS "new_customers",
                    CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
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
                      CAST("t15"."name" AS VARCHAR) AS "campaign"
                    FROM (
                      SELECT
                        "t49"."campaign_id",
                        "t49"."day",
                        SUM("t49"."sessions") AS "sessions",
                        SUM("t49"."new_users") AS "new_users",
                        SUM("t49"."engaged_sessions") AS "engaged_sessions",
                        SUM("t49"."bounced_sessions") AS "bounced_sessions",
                        SUM("t49"."session_seconds") AS "session_seconds",
                        SUM("t49"."page_views") AS "page_views",
                        SUM("t49"."key_events") AS "key_events"
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
                      ) AS "t49"
                      GROUP BY
                        1,
                        2
                    ) AS "t86"
                    INNER JOIN "campaign" AS "t15"
                      ON "t86"."campaign_id" = "t15"."id"
                  ) AS "t107"
                ) AS "t113"
              ) AS "t202"
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
                  "t112"."day",
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
                  "t112"."orders",
                  "t112"."revenue",
                  "t112"."new_customers",
                  CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                FROM (
                  SELECT
                    "t97"."campaign_id",
                    "t97"."day",
                    "t97"."orders",
                    "t97"."revenue",
                    "t97"."new_customers",
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
                  ) AS "t97"
                  INNER JOIN "campaign" AS "t15"
                    ON "t97"."campaign_id" = "t15"."id"
                ) AS "t112"
              ) AS "t118"
            ) AS "t203"
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
            ) AS "t71"
          ) AS "t206"
          LEFT OUTER JOIN (
            SELECT
              "t140"."campaign_id",
              "t140"."rate" AS "emv_rate"
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
                      "t59"."campaign_id",
                      "t59"."start",
                      "t69"."rate",
                      EXTRACT('epoch' FROM CAST("t69"."valid_on" AS TIMESTAMPTZ)) AS "valid"
                    FROM (
                      SELECT
                        CAST("t0"."id" AS BIGINT) AS "campaign_id",
                        "t0"."currency",
                        EXTRACT('epoch' FROM CAST("t0"."start_date" AS TIMESTAMPTZ)) AS "start"
                      FROM "campaign" AS "t0"
                    ) AS "t59"
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
                      ) AS "t61"
                    ) AS "t69"
                      ON "t59"."currency" = "t69"."quote"
                  ) AS "t96"
                ) AS "t121"
                WHERE
                  "t121"."order" = 0
              ) AS "t134"
            ) AS "t140"
          ) AS "t147"
            ON "t206"."campaign_id" = "t147"."campaign_id"
        ) AS "t209"
        LEFT OUTER JOIN (
          SELECT
            "t1"."account_id",
            "t1"."inauthentic_share"
          FROM "account_audit" AS "t1"
        ) AS "t28"
          ON "t209"."account_id" = "t28"."account_id"
      ) AS "t211"
    ) AS "t214"
    LEFT OUTER JOIN (
      SELECT
        "t139"."campaign_id",
        "t139"."rate" AS "paid_rate"
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
              "t95"."campaign_id",
              "t95"."start",
              "t95"."rate",
              "t95"."valid",
              ROW_NUMBER() OVER (
                PARTITION BY "t95"."campaign_id"
                ORDER BY CASE WHEN "t95"."valid" <= "t95"."start" THEN 0 ELSE 1 END ASC, ABS("t95"."valid" - "t95"."start") ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              ) - 1 AS "order"
            FROM (
              SELECT
                "t59"."campaign_id",
                "t59"."start",
                "t68"."rate",
                EXTRACT('epoch' FROM CAST("t68"."valid_on" AS TIMESTAMPTZ)) AS "valid"
              FROM (
                SELECT
                  CAST("t0"."id" AS BIGINT) AS "campaign_id",
                  "t0"."currency",
                  EXTRACT('epoch' FROM CAST("t0"."start_date" AS TIMESTAMPTZ)) AS "start"
                FROM "campaign" AS "t0"
              ) AS "t59"
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
                ) AS "t60"
              ) AS "t68"
                ON "t59"."currency" = "t68"."quote"
            ) AS "t95"
          ) AS "t120"
          WHERE
            "t120"."order" = 0
        ) AS "t133"
      ) AS "t139"
    ) AS "t146"
      ON "t214"."campaign_id" = "t146"."campaign_id"
  ) AS "t216"
  WHERE
    "t216"."campaign_id" IN (1)
    AND (
      (
        "t216"."bot_link_clicks" IS NOT NULL
      )
      OR (
        "t216"."bounced_sessions" IS NOT NULL
      )
      OR (
        "t216"."brand_followers_expected_gain" IS NOT NULL
      )
      OR (
        "t216"."brand_followers_gained" IS NOT NULL
      )
      OR (
        "t216"."brand_followers_start" IS NOT NULL
      )
      OR (
        "t216"."brand_mention_engagements" IS NOT NULL
      )
      OR (
        "t216"."brand_mentions" IS NOT NULL
      )
      OR (
        "t216"."clicks" IS NOT NULL
      )
      OR (
        "t216"."comments" IS NOT NULL
      )
      OR (
        "t216"."cost" IS NOT NULL
      )
      OR (
        "t216"."disclosed_sponsored_posts" IS NOT NULL
      )
      OR (
        "t216"."emv" IS NOT NULL
      )
      OR (
        "t216"."emv_authentic" IS NOT NULL
      )
      OR (
        "t216"."engagements" IS NOT NULL
      )
      OR (
        "t216"."er_followers_post" IS NOT NULL
      )
      OR (
        "t216"."er_impressions_post" IS NOT NULL
      )
      OR (
        "t216"."er_reach_post" IS NOT NULL
      )
      OR (
        "t216"."er_views_post" IS NOT NULL
      )
      OR (
        "t216"."followers" IS NOT NULL
      )
      OR (
        "t216"."followers_expected_gain" IS NOT NULL
      )
      OR (
        "t216"."followers_gained" IS NOT NULL
      )
      OR (
        "t216"."followers_start" IS NOT NULL
      )
      OR (
        "t216"."impressions" IS NOT NULL
      )
      OR (
        "t216"."impressions_with_estimates" IS NOT NULL
      )
      OR (
        "t216"."influencers_contacted" IS NOT NULL
      )
      OR (
        "t216"."influencers_interested" IS NOT NULL
      )
      OR (
        "t216"."key_events" IS NOT NULL
      )
      OR (
        "t216"."key_message_posts" IS NOT NULL
      )
      OR (
        "t216"."key_messages" IS NOT NULL
      )
      OR (
        "t216"."likes" IS NOT NULL
      )
      OR (
        "t216"."link_clicks" IS NOT NULL
      )
      OR (
        "t216"."mention_engagements" IS NOT NULL
      )
      OR (
        "t216"."mentions" IS NOT NULL
      )
      OR (
        "t216"."new_customers" IS NOT NULL
      )
      OR (
        "t216"."new_users" IS NOT NULL
      )
      OR (
        "t216"."orders" IS NOT NULL
      )
      OR (
        "t216"."page_views" IS NOT NULL
      )
      OR (
        (
          CAST("t216"."cost" AS DOUBLE PRECISION) / (
            CASE
              WHEN "t216"."platform" = 'tiktok'
              THEN CAST(NULL AS DOUBLE PRECISION)
              WHEN "t216"."platform" = 'youtube'
              THEN CAST(NULL AS DOUBLE PRECISION)
              ELSE 1.88
            END * "t216"."paid_rate"
          )
        ) IS NOT NULL
      )
      OR (
        (
          (
            CAST("t216"."cost" AS DOUBLE PRECISION) / (
              CASE
                WHEN "t216"."platform" = 'tiktok'
                THEN 7.5
                WHEN "t216"."platform" = 'youtube'
                THEN 3.53
                ELSE 19.8
              END * "t216"."paid_rate"
            )
          ) * 1000
        ) IS NOT NULL
      )
      OR (
        (
          CAST("t216"."cost" AS DOUBLE PRECISION) / (
            CASE
              WHEN "t216"."platform" = 'youtube'
              THEN 0.026
              ELSE CAST(NULL AS DOUBLE PRECISION)
            END * "t216"."paid_rate"
          )
        ) IS NOT NULL
      )
      OR (
        "t216"."post_id" IS NOT NULL
      )
      OR (
        "t216"."post_platform" IS NOT NULL
      )
      OR (
        "t216"."posts_contracted" IS NOT NULL
      )
      OR (
        "t216"."products_sent" IS NOT NULL
      )
      OR (
        "t216"."publishing_influencer" IS NOT NULL
      )
      OR (
        "t216"."reach" IS NOT NULL
      )
      OR (
        "t216"."revenue" IS NOT NULL
      )
      OR (
        "t216"."saves" IS NOT NULL
      )
      OR (
        "t216"."session_seconds" IS NOT NULL
      )
      OR (
        "t216"."sessions" IS NOT NULL
      )
      OR (
        "t216"."shares" IS NOT NULL
      )
      OR (
        "t216"."sponsored_posts" IS NOT NULL
      )
      OR (
        "t216"."ugc_post" IS NOT NULL
      )
      OR (
        "t216"."unique_link_clicks" IS NOT NULL
      )
      OR (
        "t216"."views" IS NOT NULL
      )
    )
)
SELECT
  "t228"."week",
  "t228"."key_messages",
  "t228"."platforms_selected",
  "t228"."influencers_contacted",
  "t228"."influencers_interested",
  (
    "t228"."influencers_interested" / NULLIF("t228"."influencers_contacted", 0)
  ) * 100 AS "influencers_interested_rate",
  "t228"."influencers_activated",
  "t228"."products_sent",
  "t228"."reach",
  "t228"."impressions",
  "t228"."views",
  "t228"."impressions_with_estimates",
  (
    CAST("t228"."reach_rate__first" AS DOUBLE PRECISION) / NULLIF("t228"."reach_rate__second", 0)
  ) * 100 AS "reach_rate",
  "t228"."brand_mentions",
  (
    "t228"."brand_mentions" / NULLIF("t228"."mentions", 0)
  ) * 100 AS "share_of_voice",
  (
    CAST("t228"."brand_mention_engagements" AS DOUBLE PRECISION) / NULLIF("t228"."mention_engagements", 0)
  ) * 100 AS "share_of_engagement",
  "t228"."key_message_posts",
  (
    "t228"."key_message_posts" / NULLIF(CAST("t228"."posts" AS DOUBLE PRECISION), 0)
  ) * 100 AS "key_message_rate",
  "t228"."posts",
  "t228"."posts_contracted",
  (
    CAST("t228"."posts" AS DOUBLE PRECISION) / NULLIF("t228"."posts_contracted", 0)
  ) * 100 AS "posts_delivery_rate",
  "t228"."ugc_posts",
  "t228"."likes",
  "t228"."comments",
  "t228"."shares",
  "t228"."saves",
  "t228"."engagements",
  (
    CAST("t228"."engagement_rate_reach__first" AS DOUBLE PRECISION) / NULLIF("t228"."engagement_rate_reach__second", 0)
  ) * 100 AS "engagement_rate_reach",
  (
    CAST("t228"."engagement_rate_followers__first" AS DOUBLE PRECISION) / NULLIF("t228"."engagement_rate_followers__second", 0)
  ) * 100 AS "engagement_rate_followers",
  "t228"."er_reach_post_mean" AS "engagement_rate_reach_post_mean",
  "t228"."er_reach_post_median" AS "engagement_rate_reach_post_median",
  "t228"."er_reach_account_mean" AS "engagement_rate_reach_account_mean",
  "t228"."er_reach_account_median" AS "engagement_rate_reach_account_median",
  "t228"."er_followers_post_mean" AS "engagement_rate_followers_post_mean",
  "t228"."er_followers_post_median" AS "engagement_rate_followers_post_median",
  "t228"."er_followers_account_mean" AS "engagement_rate_followers_account_mean",
  "t228"."er_followers_account_median" AS "engagement_rate_followers_account_median",
  (
    CAST("t228"."engagement_rate_impressions__first" AS DOUBLE PRECISION) / NULLIF("t228"."engagement_rate_impressions__second", 0)
  ) * 100 AS "engagement_rate_impressions",
  "t228"."er_impressions_post_mean" AS "engagement_rate_impressions_post_mean",
  "t228"."er_impressions_post_median" AS "engagement_rate_impressions_post_median",
  "t228"."er_impressions_account_mean" AS "engagement_rate_impressions_account_mean",
  "t228"."er_impressions_account_median" AS "engagement_rate_impressions_account_median",
  (
    CAST("t228"."engagement_rate_views__first" AS DOUBLE PRECISION) / NULLIF("t228"."engagement_rate_views__second", 0)
  ) * 100 AS "engagement_rate_views",
  "t228"."er_views_post_mean" AS "engagement_rate_views_post_mean",
  "t228"."er_views_post_median" AS "engagement_rate_views_post_median",
  "t228"."er_views_account_mean" AS "engagement_rate_views_account_mean",
  "t228"."er_views_account_median" AS "engagement_rate_views_account_median",
  "t228"."clicks" AS "platform_link_clicks",
  "t228"."followers_gained",
  (
    CAST("t228"."follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t228"."follower_growth_rate__second", 0)
  ) * 100 AS "follower_growth_rate",
  "t228"."followers_gained_above_trend__first" - "t228"."followers_gained_above_trend__second" AS "followers_gained_above_trend",
  "t228"."brand_followers_gained",
  (
    CAST("t228"."brand_follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t228"."brand_follower_growth_rate__second", 0)
  ) * 100 AS "brand_follower_growth_rate",
  "t228"."brand_followers_gained_above_trend__first" - "t228"."brand_followers_gained_above_trend__second" AS "brand_followers_gained_above_trend",
  "t228"."link_clicks" AS "tracked_clicks",
  "t228"."unique_link_clicks" AS "unique_clicks",
  "t228"."bot_link_clicks" AS "bot_clicks",
  (
    "t228"."link_clicks" / NULLIF("t228"."impressions_with_estimates", 0)
  ) * 100 AS "click_through_rate",
  "t228"."sessions",
  "t228"."new_users",
  (
    CAST("t228"."bounced_sessions" AS DOUBLE PRECISION) / NULLIF("t228"."sessions", 0)
  ) * 100 AS "bounce_rate",
  CAST("t228"."session_seconds" AS DOUBLE PRECISION) / NULLIF("t228"."sessions", 0) AS "average_session_duration",
  CAST("t228"."page_views" AS DOUBLE PRECISION) / NULLIF("t228"."sessions", 0) AS "pages_per_session",
  "t228"."key_events" AS "leads",
  "t228"."orders" AS "conversions",
  (
    "t228"."orders" / NULLIF("t228"."unique_link_clicks", 0)
  ) * 100 AS "conversion_rate",
  "t228"."revenue",
  "t228"."revenue" / NULLIF("t228"."orders", 0) AS "average_order_value",
  "t228"."new_customers",
  "t228"."revenue" / NULLIF("t228"."cost", 0) AS "return_on_ad_spend",
  (
    CAST((
      "t228"."revenue" - "t228"."cost"
    ) AS DOUBLE PRECISION) / NULLIF("t228"."cost", 0)
  ) * 100 AS "return_on_investment",
  (
    CAST((
      "t228"."revenue" - "t228"."cost"
    ) AS DOUBLE PRECISION) / NULLIF("t228"."revenue", 0)
  ) * 100 AS "profitability",
  "t228"."sponsored_posts",
  "t228"."disclosed_sponsored_posts",
  (
    "t228"."disclosed_sponsored_posts" / NULLIF("t228"."sponsored_posts", 0)
  ) * 100 AS "disclosure_rate",
  "t228"."cost",
  (
    "t228"."cost" / NULLIF("t228"."impressions_with_estimates", 0)
  ) * 1000 AS "cost_per_mille",
  "t228"."cost" / NULLIF("t228"."engagements", 0) AS "cost_per_engagement",
  "t228"."cost" / NULLIF("t228"."views", 0) AS "cost_per_view",
  "t228"."cost" / NULLIF("t228"."brand_followers_gained", 0) AS "cost_per_new_follower",
  "t228"."cost" / NULLIF("t228"."link_clicks", 0) AS "cost_per_click",
  "t228"."cost" / NULLIF("t228"."orders", 0) AS "cost_per_acquisition",
  "t228"."cost" / NULLIF("t228"."new_customers", 0) AS "customer_acquisition_cost",
  "t228"."cost" / NULLIF("t228"."key_events", 0) AS "cost_per_lead",
  "t228"."emv",
  "t228"."emv_authentic",
  "t228"."emv" / NULLIF("t228"."cost", 0) AS "emv_per_cost",
  "t228"."paid_impressions" AS "paid_equivalent_impressions",
  "t228"."paid_clicks" AS "paid_equivalent_clicks",
  "t228"."paid_views" AS "paid_equivalent_views",
  (
    CAST("t228"."impressions_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t228"."impressions_vs_paid__second", 0)
  ) * 100 AS "impressions_vs_paid",
  (
    CAST("t228"."clicks_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t228"."clicks_vs_paid__second", 0)
  ) * 100 AS "clicks_vs_paid",
  (
    CAST("t228"."views_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t228"."views_vs_paid__second", 0)
  ) * 100 AS "views_vs_paid",
  CASE
    WHEN "t228"."key_messages" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_messages__provenance",
  CASE
    WHEN "t228"."platforms_selected" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "platforms_selected__provenance",
  CASE
    WHEN "t228"."influencers_contacted" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_contacted__provenance",
  CASE
    WHEN "t228"."influencers_interested" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_interested__provenance",
  CASE
    WHEN (
      (
        CAST("t228"."influencers_interested" AS DOUBLE PRECISION) / NULLIF("t228"."influencers_contacted", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_interested_rate__provenance",
  CASE
    WHEN "t228"."influencers_activated" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_activated__provenance",
  CASE
    WHEN "t228"."products_sent" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "products_sent__provenance",
  CASE
    WHEN "t228"."reach" IS NOT NULL
    THEN COALESCE("t228"."reach__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "reach__provenance",
  CASE
    WHEN "t228"."impressions" IS NOT NULL
    THEN COALESCE("t228"."impressions__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions__provenance",
  CASE
    WHEN "t228"."views" IS NOT NULL
    THEN COALESCE("t228"."views__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "views__provenance",
  CASE
    WHEN "t228"."impressions_with_estimates" IS NOT NULL
    THEN COALESCE("t228"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions_with_estimates__provenance",
  CASE
    WHEN (
      (
        CAST("t228"."reach_rate__first" AS DOUBLE PRECISION) / NULLIF("t228"."reach_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t228"."reach_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "reach_rate__provenance",
  CASE
    WHEN "t228"."brand_mentions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_mentions__provenance",
  CASE
    WHEN (
      (
        CAST("t228"."brand_mentions" AS DOUBLE PRECISION) / NULLIF("t228"."mentions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "share_of_voice__provenance",
  CASE
    WHEN (
      (
        CAST("t228"."brand_mention_engagements" AS DOUBLE PRECISION) / NULLIF("t228"."mention_engagements", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "share_of_engagement__provenance",
  CASE
    WHEN "t228"."key_message_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_message_posts__provenance",
  CASE
    WHEN (
      (
        CAST("t228"."key_message_posts" AS DOUBLE PRECISION) / NULLIF(CAST("t228"."posts" AS DOUBLE PRECISION), 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_message_rate__provenance",
  CASE
    WHEN "t228"."posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts__provenance",
  CASE
    WHEN "t228"."posts_contracted" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts_contracted__provenance",
  CASE
    WHEN (
      (
        CAST("t228"."posts" AS DOUBLE PRECISION) / NULLIF("t228"."posts_contracted", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts_delivery_rate__provenance",
  CASE
    WHEN "t228"."ugc_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "ugc_posts__provenance",
  CASE
    WHEN "t228"."likes" IS NOT NULL
    THEN COALESCE("t228"."likes__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "likes__provenance",
  CASE
    WHEN "t228"."comments" IS NOT NULL
    THEN COALESCE("t228"."comments__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "comments__provenance",
  CASE
    WHEN "t228"."shares" IS NOT NULL
    THEN COALESCE("t228"."shares__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "shares__provenance",
  CASE
    WHEN "t228"."saves" IS NOT NULL
    THEN COALESCE("t228"."saves__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "saves__provenance",
  CASE
    WHEN "t228"."engagements" IS NOT NULL
    THEN COALESCE("t228"."engagements__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagements__provenance",
  CASE
    WHEN (
      (
        CAST("t228"."engagement_rate_reach__first" AS DOUBLE PRECISION) / NULLIF("t228"."engagement_rate_reach__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t228"."engagement_rate_reach__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach__provenance",
  CASE
    WHEN (
      (
        CAST("t228"."engagement_rate_followers__first" AS DOUBLE PRECISION) / NULLIF("t228"."engagement_rate_followers__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t228"."engagement_rate_followers__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers__provenance",
  CASE
    WHEN "t228"."er_reach_post_mean" IS NOT NULL
    THEN COALESCE("t228"."er_reach_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_post_mean__provenance",
  CASE
    WHEN "t228"."er_reach_post_median" IS NOT NULL
    THEN COALESCE("t228"."er_reach_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_post_median__provenance",
  CASE
    WHEN "t228"."er_reach_account_mean" IS NOT NULL
    THEN COALESCE("t228"."er_reach_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_account_mean__provenance",
  CASE
    WHEN "t228"."er_reach_account_median" IS NOT NULL
    THEN COALESCE("t228"."er_reach_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_account_median__provenance",
  CASE
    WHEN "t228"."er_followers_post_mean" IS NOT NULL
    THEN COALESCE("t228"."er_followers_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_post_mean__provenance",
  CASE
    WHEN "t228"."er_followers_post_median" IS NOT NULL
    THEN COALESCE("t228"."er_followers_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_post_median__provenance",
  CASE
    WHEN "t228"."er_followers_account_mean" IS NOT NULL
    THEN COALESCE("t228"."er_followers_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_account_mean__provenance",
  CASE
    WHEN "t228"."er_followers_account_median" IS NOT NULL
    THEN COALESCE("t228"."er_followers_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_account_median__provenance",
  CASE
    WHEN (
      (
        CAST("t228"."engagement_rate_impressions__first" AS DOUBLE PRECISION) / NULLIF("t228"."engagement_rate_impressions__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t228"."engagement_rate_impressions__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions__provenance",
  CASE
    WHEN "t228"."er_impressions_post_mean" IS NOT NULL
    THEN COALESCE("t228"."er_impressions_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_post_mean__provenance",
  CASE
    WHEN "t228"."er_impressions_post_median" IS NOT NULL
    THEN COALESCE("t228"."er_impressions_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_post_median__provenance",
  CASE
    WHEN "t228"."er_impressions_account_mean" IS NOT NULL
    THEN COALESCE("t228"."er_impressions_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_account_mean__provenance",
  CASE
    WHEN "t228"."er_impressions_account_median" IS NOT NULL
    THEN COALESCE("t228"."er_impressions_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_account_median__provenance",
  CASE
    WHEN (
      (
        CAST("t228"."engagement_rate_views__first" AS DOUBLE PRECISION) / NULLIF("t228"."engagement_rate_views__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t228"."engagement_rate_views__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views__provenance",
  CASE
    WHEN "t228"."er_views_post_mean" IS NOT NULL
    THEN COALESCE("t228"."er_views_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_post_mean__provenance",
  CASE
    WHEN "t228"."er_views_post_median" IS NOT NULL
    THEN COALESCE("t228"."er_views_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_post_median__provenance",
  CASE
    WHEN "t228"."er_views_account_mean" IS NOT NULL
    THEN COALESCE("t228"."er_views_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_account_mean__provenance",
  CASE
    WHEN "t228"."er_views_account_median" IS NOT NULL
    THEN COALESCE("t228"."er_views_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_account_median__provenance",
  CASE
    WHEN "t228"."clicks" IS NOT NULL
    THEN COALESCE("t228"."clicks__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "platform_link_clicks__provenance",
  CASE
    WHEN "t228"."followers_gained" IS NOT NULL
    THEN COALESCE("t228"."followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "followers_gained__provenance",
  CASE
    WHEN (
      (
        CAST("t228"."follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t228"."follower_growth_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t228"."follower_growth_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "follower_growth_rate__provenance",
  CASE
    WHEN (
      "t228"."followers_gained_above_trend__first" - "t228"."followers_gained_above_trend__second"
    ) IS NOT NULL
    THEN COALESCE("t228"."followers_gained_above_trend__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "followers_gained_above_trend__provenance",
  CASE
    WHEN "t228"."brand_followers_gained" IS NOT NULL
    THEN COALESCE("t228"."brand_followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_followers_gained__provenance",
  CASE
    WHEN (
      (
        CAST("t228"."brand_follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t228"."brand_follower_growth_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t228"."brand_follower_growth_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_follower_growth_rate__provenance",
  CASE
    WHEN (
      "t228"."brand_followers_gained_above_trend__first" - "t228"."brand_followers_gained_above_trend__second"
    ) IS NOT NULL
    THEN COALESCE("t228"."brand_followers_gained_above_trend__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_followers_gained_above_trend__provenance",
  CASE
    WHEN "t228"."link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "tracked_clicks__provenance",
  CASE
    WHEN "t228"."unique_link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "unique_clicks__provenance",
  CASE
    WHEN "t228"."bot_link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "bot_clicks__provenance",
  CASE
    WHEN (
      (
        CAST("t228"."link_clicks" AS DOUBLE PRECISION) / NULLIF("t228"."impressions_with_estimates", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t228"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "click_through_rate__provenance",
  CASE
    WHEN "t228"."sessions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "sessions__provenance",
  CASE
    WHEN "t228"."new_users" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "new_users__provenance",
  CASE
    WHEN (
      (
        CAST("t228"."bounced_sessions" AS DOUBLE PRECISION) / NULLIF("t228"."sessions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "bounce_rate__provenance",
  CASE
    WHEN (
      CAST("t228"."session_seconds" AS DOUBLE PRECISION) / NULLIF("t228"."sessions", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "average_session_duration__provenance",
  CASE
    WHEN (
      CAST("t228"."page_views" AS DOUBLE PRECISION) / NULLIF("t228"."sessions", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "pages_per_session__provenance",
  CASE
    WHEN "t228"."key_events" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "leads__provenance",
  CASE
    WHEN "t228"."orders" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "conversions__provenance",
  CASE
    WHEN (
      (
        CAST("t228"."orders" AS DOUBLE PRECISION) / NULLIF("t228"."unique_link_clicks", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "conversion_rate__provenance",
  CASE
    WHEN "t228"."revenue" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "revenue__provenance",
  CASE
    WHEN (
      CAST("t228"."revenue" AS DOUBLE PRECISION) / NULLIF("t228"."orders", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "average_order_value__provenance",
  CASE
    WHEN "t228"."new_customers" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "new_customers__provenance",
  CASE
    WHEN (
      CAST("t228"."revenue" AS DOUBLE PRECISION) / NULLIF("t228"."cost", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_ad_spend__provenance",
  CASE
    WHEN (
      (
        CAST((
          "t228"."revenue" - "t228"."cost"
        ) AS DOUBLE PRECISION) / NULLIF("t228"."cost", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_investment__provenance",
  CASE
    WHEN (
      (
        CAST((
          "t228"."revenue" - "t228"."cost"
        ) AS DOUBLE PRECISION) / NULLIF("t228"."revenue", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "profitability__provenance",
  CASE
    WHEN "t228"."sponsored_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "sponsored_posts__provenance",
  CASE
    WHEN "t228"."disclosed_sponsored_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "disclosed_sponsored_posts__provenance",
  CASE
    WHEN (
      (
        CAST("t228"."disclosed_sponsored_posts" AS DOUBLE PRECISION) / NULLIF("t228"."sponsored_posts", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "disclosure_rate__provenance",
  CASE
    WHEN "t228"."cost" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost__provenance",
  CASE
    WHEN (
      (
        CAST("t228"."cost" AS DOUBLE PRECISION) / NULLIF("t228"."impressions_with_estimates", 0)
      ) * 1000
    ) IS NOT NULL
    THEN COALESCE("t228"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_mille__provenance",
  CASE
    WHEN (
      CAST("t228"."cost" AS DOUBLE PRECISION) / NULLIF("t228"."engagements", 0)
    ) IS NOT NULL
    THEN COALESCE("t228"."engagements__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_engagement__provenance",
  CASE
    WHEN (
      CAST("t228"."cost" AS DOUBLE PRECISION) / NULLIF("t228"."views", 0)
    ) IS NOT NULL
    THEN COALESCE("t228"."views__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_view__provenance",
  CASE
    WHEN (
      CAST("t228"."cost" AS DOUBLE PRECISION) / NULLIF("t228"."brand_followers_gained", 0)
    ) IS NOT NULL
    THEN COALESCE("t228"."brand_followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_new_follower__provenance",
  CASE
    WHEN (
      CAST("t228"."cost" AS DOUBLE PRECISION) / NULLIF("t228"."link_clicks", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_click__provenance",
  CASE
    WHEN (
      CAST("t228"."cost" AS DOUBLE PRECISION) / NULLIF("t228"."orders", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_acquisition__provenance",
  CASE
    WHEN (
      CAST("t228"."cost" AS DOUBLE PRECISION) / NULLIF("t228"."new_customers", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "customer_acquisition_cost__provenance",
  CASE
    WHEN (
      CAST("t228"."cost" AS DOUBLE PRECISION) / NULLIF("t228"."key_events", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_lead__provenance",
  CASE
    WHEN "t228"."emv" IS NOT NULL
    THEN COALESCE("t228"."emv__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv__provenance",
  CASE
    WHEN "t228"."emv_authentic" IS NOT NULL
    THEN COALESCE("t228"."emv_authentic__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv_authentic__provenance",
  CASE
    WHEN (
      CAST("t228"."emv" AS DOUBLE PRECISION) / NULLIF("t228"."cost", 0)
    ) IS NOT NULL
    THEN COALESCE("t228"."emv__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv_per_cost__provenance",
  CASE
    WHEN "t228"."paid_impressions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_impressions__provenance",
  CASE
    WHEN "t228"."paid_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_clicks__provenance",
  CASE
    WHEN "t228"."paid_views" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_views__provenance",
  CASE
    WHEN (
      (
        CAST("t228"."impressions_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t228"."impressions_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t228"."impressions_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions_vs_paid__provenance",
  CASE
    WHEN (
      (
        CAST("t228"."clicks_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t228"."clicks_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t228"."clicks_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "clicks_vs_paid__provenance",
  CASE
    WHEN (
      (
        CAST("t228"."views_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t228"."views_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t228"."views_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "views_vs_paid__provenance"
FROM (
  SELECT
    "t227"."week",
    "t227"."key_messages",
    "t227"."platforms_selected",
    "t227"."influencers_contacted",
    "t227"."influencers_interested",
    "t227"."influencers_activated",
    "t227"."products_sent",
    "t227"."reach",
    "t227"."impressions",
    "t227"."views",
    "t227"."impressions_with_estimates",
    "t227"."reach_rate__first",
    "t227"."reach_rate__second",
    "t227"."brand_mentions",
    "t227"."mentions",
    "t227"."brand_mention_engagements",
    "t227"."mention_engagements",
    "t227"."key_message_posts",
    "t227"."posts",
    "t227"."posts_contracted",
    "t227"."ugc_posts",
    "t227"."likes",
    "t227"."comments",
    "t227"."shares",
    "t227"."saves",
    "t227"."engagements",
    "t227"."engagement_rate_reach__first",
    "t227"."engagement_rate_reach__second",
    "t227"."engagement_rate_followers__first",
    "t227"."engagement_rate_followers__second",
    "t227"."er_reach_post_mean",
    "t227"."er_reach_post_median",
    "t227"."er_followers_post_mean",
    "t227"."er_followers_post_median",
    "t227"."engagement_rate_impressions__first",
    "t227"."engagement_rate_impressions__second",
    "t227"."er_impressions_post_mean",
    "t227"."er_impressions_post_median",
    "t227"."engagement_rate_views__first",
    "t227"."engagement_rate_views__second",
    "t227"."er_views_post_mean",
    "t227"."er_views_post_median",
    "t227"."clicks",
    "t227"."followers_gained",
    "t227"."follower_growth_rate__first",
    "t227"."follower_growth_rate__second",
    "t227"."followers_gained_above_trend__first",
    "t227"."followers_gained_above_trend__second",
    "t227"."brand_followers_gained",
    "t227"."brand_follower_growth_rate__first",
    "t227"."brand_follower_growth_rate__second",
    "t227"."brand_followers_gained_above_trend__first",
    "t227"."brand_followers_gained_above_trend__second",
    "t227"."link_clicks",
    "t227"."unique_link_clicks",
    "t227"."bot_link_clicks",
    "t227"."sessions",
    "t227"."new_users",
    "t227"."bounced_sessions",
    "t227"."session_seconds",
    "t227"."page_views",
    "t227"."key_events",
    "t227"."orders",
    "t227"."revenue",
    "t227"."new_customers",
    "t227"."cost",
    "t227"."sponsored_posts",
    "t227"."disclosed_sponsored_posts",
    "t227"."emv",
    "t227"."emv_authentic",
    "t227"."paid_impressions",
    "t227"."paid_clicks",
    "t227"."paid_views",
    "t227"."impressions_vs_paid__first",
    "t227"."impressions_vs_paid__second",
    "t227"."clicks_vs_paid__first",
    "t227"."clicks_vs_paid__second",
    "t227"."views_vs_paid__first",
    "t227"."views_vs_paid__second",
    "t227"."reach__provenance",
    "t227"."impressions__provenance",
    "t227"."views__provenance",
    "t227"."impressions_with_estimates__provenance",
    "t227"."reach_rate__pair__provenance",
    "t227"."likes__provenance",
    "t227"."comments__provenance",
    "t227"."shares__provenance",
    "t227"."saves__provenance",
    "t227"."engagements__provenance",
    "t227"."engagement_rate_reach__pair__provenance",
    "t227"."engagement_rate_followers__pair__provenance",
    "t227"."er_reach_post_mean__provenance",
    "t227"."er_followers_post_mean__provenance",
    "t227"."engagement_rate_impressions__pair__provenance",
    "t227"."er_impressions_post_mean__provenance",
    "t227"."engagement_rate_views__pair__provenance",
    "t227"."er_views_post_mean__provenance",
    "t227"."clicks__provenance",
    "t227"."followers_gained__provenance",
    "t227"."follower_growth_rate__pair__provenance",
    "t227"."followers_gained_above_trend__pair__provenance",
    "t227"."brand_followers_gained__provenance",
    "t227"."brand_follower_growth_rate__pair__provenance",
    "t227"."brand_followers_gained_above_trend__pair__provenance",
    "t227"."emv__provenance",
    "t227"."emv_authentic__provenance",
    "t227"."impressions_vs_paid__pair__provenance",
    "t227"."clicks_vs_paid__pair__provenance",
    "t227"."views_vs_paid__pair__provenance",
    "t225"."er_reach_account_mean",
    "t225"."er_reach_account_median",
    "t225"."er_followers_account_mean",
    "t225"."er_followers_account_median",
    "t225"."er_impressions_account_mean",
    "t225"."er_impressions_account_median",
    "t225"."er_views_account_mean",
    "t225"."er_views_account_median",
    "t225"."er_reach_account_mean__provenance",
    "t225"."er_reach_account_median__provenance",
    "t225"."er_followers_account_mean__provenance",
    "t225"."er_followers_account_median__provenance",
    "t225"."er_impressions_account_mean__provenance",
    "t225"."er_impressions_account_median__provenance",
    "t225"."er_views_account_mean__provenance",
    "t225"."er_views_account_median__provenance"
  FROM (
    SELECT
      "t223"."week",
      "t223"."key_messages",
      "t223"."platforms_selected",
      "t223"."influencers_contacted",
      "t223"."influencers_interested",
      "t223"."influencers_activated",
      "t223"."products_sent",
      "t223"."reach",
      "t223"."impressions",
      "t223"."views",
      "t223"."impressions_with_estimates",
      "t223"."reach_rate__first",
      "t223"."reach_rate__second",
      "t223"."brand_mentions",
      "t223"."mentions",
      "t223"."brand_mention_engagements",
      "t223"."mention_engagements",
      "t223"."key_message_posts",
      "t223"."posts",
      "t223"."posts_contracted",
      "t223"."ugc_posts",
      "t223"."likes",
      "t223"."comments",
      "t223"."shares",
      "t223"."saves",
      "t223"."engagements",
      "t223"."engagement_rate_reach__first",
      "t223"."engagement_rate_reach__second",
      "t223"."engagement_rate_followers__first",
      "t223"."engagement_rate_followers__second",
      "t223"."er_reach_post_mean",
      "t223"."er_reach_post_median",
      "t223"."er_followers_post_mean",
      "t223"."er_followers_post_median",
      "t223"."engagement_rate_impressions__first",
      "t223"."engagement_rate_impressions__second",
      "t223"."er_impressions_post_mean",
      "t223"."er_impressions_post_median",
      "t223"."engagement_rate_views__first",
      "t223"."engagement_rate_views__second",
      "t223"."er_views_post_mean",
      "t223"."er_views_post_median",
      "t223"."clicks",
      "t223"."followers_gained",
      "t223"."follower_growth_rate__first",
      "t223"."follower_growth_rate__second",
      "t223"."followers_gained_above_trend__first",
      "t223"."followers_gained_above_trend__second",
      "t223"."brand_followers_gained",
      "t223"."brand_follower_growth_rate__first",
      "t223"."brand_follower_growth_rate__second",
      "t223"."brand_followers_gained_above_trend__first",
      "t223"."brand_followers_gained_above_trend__second",
      "t223"."link_clicks",
      "t223"."unique_link_clicks",
      "t223"."bot_link_clicks",
      "t223"."sessions",
      "t223"."new_users",
      "t223"."bounced_sessions",
      "t223"."session_seconds",
      "t223"."page_views",
      "t223"."key_events",
      "t223"."orders",
      "t223"."revenue",
      "t223"."new_customers",
      "t223"."cost",
      "t223"."sponsored_posts",
      "t223"."disclosed_sponsored_posts",
      "t223"."emv",
      "t223"."emv_authentic",
      "t223"."paid_impressions",
      "t223"."paid_clicks",
      "t223"."paid_views",
      "t223"."impressions_vs_paid__first",
      "t223"."impressions_vs_paid__second",
      "t223"."clicks_vs_paid__first",
      "t223"."clicks_vs_paid__second",
      "t223"."views_vs_paid__first",
      "t223"."views_vs_paid__second",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 0
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 0
        ) & 3
      END AS "reach__provenance",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 2
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 2
        ) & 3
      END AS "impressions__provenance",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 4
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 4
        ) & 3
      END AS "views__provenance",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 6
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 6
        ) & 3
      END AS "impressions_with_estimates__provenance",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 8
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 8
        ) & 3
      END AS "reach_rate__pair__provenance",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 10
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 10
        ) & 3
      END AS "likes__provenance",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 12
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 12
        ) & 3
      END AS "comments__provenance",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 14
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 14
        ) & 3
      END AS "shares__provenance",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 16
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 16
        ) & 3
      END AS "saves__provenance",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 18
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 18
        ) & 3
      END AS "engagements__provenance",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 20
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 20
        ) & 3
      END AS "engagement_rate_reach__pair__provenance",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 22
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 22
        ) & 3
      END AS "engagement_rate_followers__pair__provenance",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 24
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 24
        ) & 3
      END AS "er_reach_post_mean__provenance",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 26
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 26
        ) & 3
      END AS "er_followers_post_mean__provenance",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 28
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 28
        ) & 3
      END AS "engagement_rate_impressions__pair__provenance",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 30
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 30
        ) & 3
      END AS "er_impressions_post_mean__provenance",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 32
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 32
        ) & 3
      END AS "engagement_rate_views__pair__provenance",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 34
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 34
        ) & 3
      END AS "er_views_post_mean__provenance",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 36
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 36
        ) & 3
      END AS "clicks__provenance",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 38
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 38
        ) & 3
      END AS "followers_gained__provenance",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 40
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 40
        ) & 3
      END AS "follower_growth_rate__pair__provenance",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 42
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 42
        ) & 3
      END AS "followers_gained_above_trend__pair__provenance",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 44
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 44
        ) & 3
      END AS "brand_followers_gained__provenance",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 46
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 46
        ) & 3
      END AS "brand_follower_growth_rate__pair__provenance",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 48
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 48
        ) & 3
      END AS "brand_followers_gained_above_trend__pair__provenance",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 50
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 50
        ) & 3
      END AS "emv__provenance",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 52
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 52
        ) & 3
      END AS "emv_authentic__provenance",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 54
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 54
        ) & 3
      END AS "impressions_vs_paid__pair__provenance",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 56
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 56
        ) & 3
      END AS "clicks_vs_paid__pair__provenance",
      CASE
        WHEN (
          (
            "t223"."ranks__0" >> 58
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t223"."ranks__0" >> 58
        ) & 3
      END AS "views_vs_paid__pair__provenance"
    FROM (
      SELECT
        "t218"."week",
        SUM("t218"."key_messages") AS "key_messages",
        COUNT(DISTINCT "t218"."post_platform") AS "platforms_selected",
        SUM("t218"."influencers_contacted") AS "influencers_contacted",
        SUM("t218"."influencers_interested") AS "influencers_interested",
        COUNT(DISTINCT "t218"."publishing_influencer") AS "influencers_activated",
        SUM("t218"."products_sent") AS "products_sent",
        SUM("t218"."reach") AS "reach",
        SUM("t218"."impressions") AS "impressions",
        SUM("t218"."views") AS "views",
        SUM("t218"."impressions_with_estimates") AS "impressions_with_estimates",
        SUM("t218"."reach") FILTER(WHERE
          (
            "t218"."reach" IS NOT NULL
          ) AND (
            "t218"."followers" IS NOT NULL
          )) AS "reach_rate__first",
        SUM("t218"."followers") FILTER(WHERE
          (
            "t218"."reach" IS NOT NULL
          ) AND (
            "t218"."followers" IS NOT NULL
          )) AS "reach_rate__second",
        SUM("t218"."brand_mentions") AS "brand_mentions",
        SUM("t218"."mentions") AS "mentions",
        SUM("t218"."brand_mention_engagements") AS "brand_mention_engagements",
        SUM("t218"."mention_engagements") AS "mention_engagements",
        SUM("t218"."key_message_posts") AS "key_message_posts",
        COUNT(DISTINCT "t218"."post_id") AS "posts",
        SUM("t218"."posts_contracted") AS "posts_contracted",
        COUNT(DISTINCT "t218"."ugc_post") AS "ugc_posts",
        SUM("t218"."likes") AS "likes",
        SUM("t218"."comments") AS "comments",
        SUM("t218"."shares") AS "shares",
        SUM("t218"."saves") AS "saves",
        SUM("t218"."engagements") AS "engagements",
        SUM("t218"."engagements") FILTER(WHERE
          (
            "t218"."engagements" IS NOT NULL
          ) AND (
            "t218"."reach" IS NOT NULL
          )) AS "engagement_rate_reach__first",
        SUM("t218"."reach") FILTER(WHERE
          (
            "t218"."engagements" IS NOT NULL
          ) AND (
            "t218"."reach" IS NOT NULL
          )) AS "engagement_rate_reach__second",
        SUM("t218"."engagements") FILTER(WHERE
          (
            "t218"."engagements" IS NOT NULL
          ) AND (
            "t218"."followers" IS NOT NULL
          )) AS "engagement_rate_followers__first",
        SUM("t218"."followers") FILTER(WHERE
          (
            "t218"."engagements" IS NOT NULL
          ) AND (
            "t218"."followers" IS NOT NULL
          )) AS "engagement_rate_followers__second",
        AVG("t218"."er_reach_post") AS "er_reach_post_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t218"."er_reach_post") AS "er_reach_post_median",
        AVG("t218"."er_followers_post") AS "er_followers_post_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t218"."er_followers_post") AS "er_followers_post_median",
        SUM("t218"."engagements") FILTER(WHERE
          (
            "t218"."engagements" IS NOT NULL
          ) AND (
            "t218"."impressions" IS NOT NULL
          )) AS "engagement_rate_impressions__first",
        SUM("t218"."impressions") FILTER(WHERE
          (
            "t218"."engagements" IS NOT NULL
          ) AND (
            "t218"."impressions" IS NOT NULL
          )) AS "engagement_rate_impressions__second",
        AVG("t218"."er_impressions_post") AS "er_impressions_post_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t218"."er_impressions_post") AS "er_impressions_post_median",
        SUM("t218"."engagements") FILTER(WHERE
          (
            "t218"."engagements" IS NOT NULL
          ) AND (
            "t218"."views" IS NOT NULL
          )) AS "engagement_rate_views__first",
        SUM("t218"."views") FILTER(WHERE
          (
            "t218"."engagements" IS NOT NULL
          ) AND (
            "t218"."views" IS NOT NULL
          )) AS "engagement_rate_views__second",
        AVG("t218"."er_views_post") AS "er_views_post_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t218"."er_views_post") AS "er_views_post_median",
        SUM("t218"."clicks") AS "clicks",
        SUM("t218"."followers_gained") AS "followers_gained",
        SUM("t218"."followers_gained") FILTER(WHERE
          (
            "t218"."followers_gained" IS NOT NULL
          )
          AND (
            "t218"."followers_start" IS NOT NULL
          )) AS "follower_growth_rate__first",
        SUM("t218"."followers_start") FILTER(WHERE
          (
            "t218"."followers_gained" IS NOT NULL
          )
          AND (
            "t218"."followers_start" IS NOT NULL
          )) AS "follower_growth_rate__second",
        SUM("t218"."followers_gained") FILTER(WHERE
          (
            "t218"."followers_gained" IS NOT NULL
          )
          AND (
            "t218"."followers_expected_gain" IS NOT NULL
          )) AS "followers_gained_above_trend__first",
        SUM("t218"."followers_expected_gain") FILTER(WHERE
          (
            "t218"."followers_gained" IS NOT NULL
          )
          AND (
            "t218"."followers_expected_gain" IS NOT NULL
          )) AS "followers_gained_above_trend__second",
        SUM("t218"."brand_followers_gained") AS "brand_followers_gained",
        SUM("t218"."brand_followers_gained") FILTER(WHERE
          (
            "t218"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t218"."brand_followers_start" IS NOT NULL
          )) AS "brand_follower_growth_rate__first",
        SUM("t218"."brand_followers_start") FILTER(WHERE
          (
            "t218"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t218"."brand_followers_start" IS NOT NULL
          )) AS "brand_follower_growth_rate__second",
        SUM("t218"."brand_followers_gained") FILTER(WHERE
          (
            "t218"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t218"."brand_followers_expected_gain" IS NOT NULL
          )) AS "brand_followers_gained_above_trend__first",
        SUM("t218"."brand_followers_expected_gain") FILTER(WHERE
          (
            "t218"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t218"."brand_followers_expected_gain" IS NOT NULL
          )) AS "brand_followers_gained_above_trend__second",
        SUM("t218"."link_clicks") AS "link_clicks",
        SUM("t218"."unique_link_clicks") AS "unique_link_clicks",
        SUM("t218"."bot_link_clicks") AS "bot_link_clicks",
        SUM("t218"."sessions") AS "sessions",
        SUM("t218"."new_users") AS "new_users",
        SUM("t218"."bounced_sessions") AS "bounced_sessions",
        SUM("t218"."session_seconds") AS "session_seconds",
        SUM("t218"."page_views") AS "page_views",
        SUM("t218"."key_events") AS "key_events",
        SUM("t218"."orders") AS "orders",
        SUM("t218"."revenue") AS "revenue",
        SUM("t218"."new_customers") AS "new_customers",
        SUM("t218"."cost") AS "cost",
        SUM("t218"."sponsored_posts") AS "sponsored_posts",
        SUM("t218"."disclosed_sponsored_posts") AS "disclosed_sponsored_posts",
        SUM("t218"."emv") AS "emv",
        SUM("t218"."emv_authentic") AS "emv_authentic",
        SUM("t218"."paid_impressions") AS "paid_impressions",
        SUM("t218"."paid_clicks") AS "paid_clicks",
        SUM("t218"."paid_views") AS "paid_views",
        SUM("t218"."impressions_with_estimates") FILTER(WHERE
          (
            "t218"."impressions_with_estimates" IS NOT NULL
          )
          AND (
            "t218"."paid_impressions" IS NOT NULL
          )) AS "impressions_vs_paid__first",
        SUM("t218"."paid_impressions") FILTER(WHERE
          (
            "t218"."impressions_with_estimates" IS NOT NULL
          )
          AND (
            "t218"."paid_impressions" IS NOT NULL
          )) AS "impressions_vs_paid__second",
        SUM("t218"."clicks") FILTER(WHERE
          (
            "t218"."clicks" IS NOT NULL
          ) AND (
            "t218"."paid_clicks" IS NOT NULL
          )) AS "clicks_vs_paid__first",
        SUM("t218"."paid_clicks") FILTER(WHERE
          (
            "t218"."clicks" IS NOT NULL
          ) AND (
            "t218"."paid_clicks" IS NOT NULL
          )) AS "clicks_vs_paid__second",
        SUM("t218"."views") FILTER(WHERE
          (
            "t218"."views" IS NOT NULL
          ) AND (
            "t218"."paid_views" IS NOT NULL
          )) AS "views_vs_paid__first",
        SUM("t218"."paid_views") FILTER(WHERE
          (
            "t218"."views" IS NOT NULL
          ) AND (
            "t218"."paid_views" IS NOT NULL
          )) AS "views_vs_paid__second",
        BIT_OR(
          (
            CASE
              WHEN "t218"."reach" IS NOT NULL
              THEN COALESCE("t218"."reach__provenance", 0)
              ELSE 0
            END << 0
          ) | (
            CASE
              WHEN "t218"."impressions" IS NOT NULL
              THEN COALESCE("t218"."impressions__provenance", 0)
              ELSE 0
            END << 2
          ) | (
            CASE
              WHEN "t218"."views" IS NOT NULL
              THEN COALESCE("t218"."views__provenance", 0)
              ELSE 0
            END << 4
          ) | (
            CASE
              WHEN "t218"."impressions_with_estimates" IS NOT NULL
              THEN COALESCE("t218"."impressions_with_estimates__provenance", 0)
              ELSE 0
            END << 6
          ) | (
            CASE
              WHEN (
                "t218"."reach" IS NOT NULL
              ) AND (
                "t218"."followers" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t218"."reach__provenance", -1),
                    COALESCE("t218"."followers__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 8
          ) | (
            CASE
              WHEN "t218"."likes" IS NOT NULL
              THEN COALESCE("t218"."likes__provenance", 0)
              ELSE 0
            END << 10
          ) | (
            CASE
              WHEN "t218"."comments" IS NOT NULL
              THEN COALESCE("t218"."comments__provenance", 0)
              ELSE 0
            END << 12
          ) | (
            CASE
              WHEN "t218"."shares" IS NOT NULL
              THEN COALESCE("t218"."shares__provenance", 0)
              ELSE 0
            END << 14
          ) | (
            CASE
              WHEN "t218"."saves" IS NOT NULL
              THEN COALESCE("t218"."saves__provenance", 0)
              ELSE 0
            END << 16
          ) | (
            CASE
              WHEN "t218"."engagements" IS NOT NULL
              THEN COALESCE("t218"."engagements__provenance", 0)
              ELSE 0
            END << 18
          ) | (
            CASE
              WHEN (
                "t218"."engagements" IS NOT NULL
              ) AND (
                "t218"."reach" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t218"."engagements__provenance", -1),
                    COALESCE("t218"."reach__provenance", -1)
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
                "t218"."engagements" IS NOT NULL
              ) AND (
                "t218"."followers" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t218"."engagements__provenance", -1),
                    COALESCE("t218"."followers__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 22
          ) | (
            CASE
              WHEN "t218"."er_reach_post" IS NOT NULL
              THEN COALESCE("t218"."er_reach_post__provenance", 0)
              ELSE 0
            END << 24
          ) | (
            CASE
              WHEN "t218"."er_followers_post" IS NOT NULL
              THEN COALESCE("t218"."er_followers_post__provenance", 0)
              ELSE 0
            END << 26
          ) | (
            CASE
              WHEN (
                "t218"."engagements" IS NOT NULL
              ) AND (
                "t218"."impressions" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t218"."engagements__provenance", -1),
                    COALESCE("t218"."impressions__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 28
          ) | (
            CASE
              WHEN "t218"."er_impressions_post" IS NOT NULL
              THEN COALESCE("t218"."er_impressions_post__provenance", 0)
              ELSE 0
            END << 30
          ) | (
            CASE
              WHEN (
                "t218"."engagements" IS NOT NULL
              ) AND (
                "t218"."views" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t218"."engagements__provenance", -1),
                    COALESCE("t218"."views__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 32
          ) | (
            CASE
              WHEN "t218"."er_views_post" IS NOT NULL
              THEN COALESCE("t218"."er_views_post__provenance", 0)
              ELSE 0
            END << 34
          ) | (
            CASE
              WHEN "t218"."clicks" IS NOT NULL
              THEN COALESCE("t218"."clicks__provenance", 0)
              ELSE 0
            END << 36
          ) | (
            CASE
              WHEN "t218"."followers_gained" IS NOT NULL
              THEN COALESCE("t218"."followers_gained__provenance", 0)
              ELSE 0
            END << 38
          ) | (
            CASE
              WHEN (
                "t218"."followers_gained" IS NOT NULL
              )
              AND (
                "t218"."followers_start" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t218"."followers_gained__provenance", -1),
                    COALESCE("t218"."followers_start__provenance", -1)
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
                "t218"."followers_gained" IS NOT NULL
              )
              AND (
                "t218"."followers_expected_gain" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t218"."followers_gained__provenance", -1),
                    COALESCE("t218"."followers_expected_gain__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 42
          ) | (
            CASE
              WHEN "t218"."brand_followers_gained" IS NOT NULL
              THEN COALESCE("t218"."brand_followers_gained__provenance", 0)
              ELSE 0
            END << 44
          ) | (
            CASE
              WHEN (
                "t218"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t218"."brand_followers_start" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t218"."brand_followers_gained__provenance", -1),
                    COALESCE("t218"."brand_followers_start__provenance", -1)
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
                "t218"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t218"."brand_followers_expected_gain" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t218"."brand_followers_gained__provenance", -1),
                    COALESCE("t218"."brand_followers_expected_gain__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 48
          ) | (
            CASE
              WHEN "t218"."emv" IS NOT NULL
              THEN COALESCE("t218"."emv__provenance", 0)
              ELSE 0
            END << 50
          ) | (
            CASE
              WHEN "t218"."emv_authentic" IS NOT NULL
              THEN COALESCE("t218"."emv_authentic__provenance", 0)
              ELSE 0
            END << 52
          ) | (
            CASE
              WHEN (
                "t218"."impressions_with_estimates" IS NOT NULL
              )
              AND (
                "t218"."paid_impressions" IS NOT NULL
              )
              THEN COALESCE("t218"."impressions_with_estimates__provenance", 0)
              ELSE 0
            END << 54
          ) | (
            CASE
              WHEN (
                "t218"."clicks" IS NOT NULL
              ) AND (
                "t218"."paid_clicks" IS NOT NULL
              )
              THEN COALESCE("t218"."clicks__provenance", 0)
              ELSE 0
            END << 56
          ) | (
            CASE
              WHEN (
                "t218"."views" IS NOT NULL
              ) AND (
                "t218"."paid_views" IS NOT NULL
              )
              THEN COALESCE("t218"."views__provenance", 0)
              ELSE 0
            END << 58
          )
        ) AS "ranks__0"
      FROM "kpi_facts" AS "t218"
      GROUP BY
        1
    ) AS "t223"
  ) AS "t227"
  LEFT OUTER JOIN (
    SELECT
      "t222"."week",
      "t222"."er_reach_account_mean",
      "t222"."er_reach_account_median",
      "t222"."er_followers_account_mean",
      "t222"."er_followers_account_median",
      "t222"."er_impressions_account_mean",
      "t222"."er_impressions_account_median",
      "t222"."er_views_account_mean",
      "t222"."er_views_account_median",
      CASE
        WHEN (
          (
            "t222"."ranks__0" >> 0
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t222"."ranks__0" >> 0
        ) & 3
      END AS "er_reach_account_mean__provenance",
      CASE
        WHEN (
          (
            "t222"."ranks__0" >> 2
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t222"."ranks__0" >> 2
        ) & 3
      END AS "er_reach_account_median__provenance",
      CASE
        WHEN (
          (
            "t222"."ranks__0" >> 4
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t222"."ranks__0" >> 4
        ) & 3
      END AS "er_followers_account_mean__provenance",
      CASE
        WHEN (
          (
            "t222"."ranks__0" >> 6
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t222"."ranks__0" >> 6
        ) & 3
      END AS "er_followers_account_median__provenance",
      CASE
        WHEN (
          (
            "t222"."ranks__0" >> 8
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t222"."ranks__0" >> 8
        ) & 3
      END AS "er_impressions_account_mean__provenance",
      CASE
        WHEN (
          (
            "t222"."ranks__0" >> 10
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t222"."ranks__0" >> 10
        ) & 3
      END AS "er_impressions_account_median__provenance",
      CASE
        WHEN (
          (
            "t222"."ranks__0" >> 12
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t222"."ranks__0" >> 12
        ) & 3
      END AS "er_views_account_mean__provenance",
      CASE
        WHEN (
          (
            "t222"."ranks__0" >> 14
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t222"."ranks__0" >> 14
        ) & 3
      END AS "er_views_account_median__provenance"
    FROM (
      SELECT
        "t221"."week",
        AVG("t221"."er_reach_account_mean") AS "er_reach_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t221"."er_reach_account_median") AS "er_reach_account_median",
        AVG("t221"."er_followers_account_mean") AS "er_followers_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t221"."er_followers_account_median") AS "er_followers_account_median",
        AVG("t221"."er_impressions_account_mean") AS "er_impressions_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t221"."er_impressions_account_median") AS "er_impressions_account_median",
        AVG("t221"."er_views_account_mean") AS "er_views_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t221"."er_views_account_median") AS "er_views_account_median",
        BIT_OR(
          (
            CASE
              WHEN "t221"."er_reach_account_mean" IS NOT NULL
              THEN COALESCE("t221"."engagements__per__reach__r", 0)
              ELSE 0
            END << 0
          ) | (
            CASE
              WHEN "t221"."er_reach_account_median" IS NOT NULL
              THEN COALESCE("t221"."engagements__per__reach__r", 0)
              ELSE 0
            END << 2
          ) | (
            CASE
              WHEN "t221"."er_followers_account_mean" IS NOT NULL
              THEN COALESCE("t221"."engagements__per__followers__r", 0)
              ELSE 0
            END << 4
          ) | (
            CASE
              WHEN "t221"."er_followers_account_median" IS NOT NULL
              THEN COALESCE("t221"."engagements__per__followers__r", 0)
              ELSE 0
            END << 6
          ) | (
            CASE
              WHEN "t221"."er_impressions_account_mean" IS NOT NULL
              THEN COALESCE("t221"."engagements__per__impressions__r", 0)
              ELSE 0
            END << 8
          ) | (
            CASE
              WHEN "t221"."er_impressions_account_median" IS NOT NULL
              THEN COALESCE("t221"."engagements__per__impressions__r", 0)
              ELSE 0
            END << 10
          ) | (
            CASE
              WHEN "t221"."er_views_account_mean" IS NOT NULL
              THEN COALESCE("t221"."engagements__per__views__r", 0)
              ELSE 0
            END << 12
          ) | (
            CASE
              WHEN "t221"."er_views_account_median" IS NOT NULL
              THEN COALESCE("t221"."engagements__per__views__r", 0)
              ELSE 0
            END << 14
          )
        ) AS "ranks__0"
      FROM (
        SELECT
          "t220"."week",
          "t220"."account_id",
          "t220"."engagements__per__reach__n",
          "t220"."engagements__per__reach__d",
          "t220"."engagements__per__followers__n",
          "t220"."engagements__per__followers__d",
          "t220"."engagements__per__impressions__n",
          "t220"."engagements__per__impressions__d",
          "t220"."engagements__per__views__n",
          "t220"."engagements__per__views__d",
          CASE
            WHEN (
              (
                "t220"."ranks__0" >> 0
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t220"."ranks__0" >> 0
            ) & 3
          END AS "engagements__per__reach__r",
          CASE
            WHEN (
              (
                "t220"."ranks__0" >> 2
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t220"."ranks__0" >> 2
            ) & 3
          END AS "engagements__per__followers__r",
          CASE
            WHEN (
              (
                "t220"."ranks__0" >> 4
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t220"."ranks__0" >> 4
            ) & 3
          END AS "engagements__per__impressions__r",
          CASE
            WHEN (
              (
                "t220"."ranks__0" >> 6
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t220"."ranks__0" >> 6
            ) & 3
          END AS "engagements__per__views__r",
          (
            CAST("t220"."engagements__per__reach__n" AS DOUBLE PRECISION) / NULLIF("t220"."engagements__per__reach__d", 0)
          ) * 100 AS "er_reach_account_mean",
          (
            CAST("t220"."engagements__per__reach__n" AS DOUBLE PRECISION) / NULLIF("t220"."engagements__per__reach__d", 0)
          ) * 100 AS "er_reach_account_median",
          (
            CAST("t220"."engagements__per__followers__n" AS DOUBLE PRECISION) / NULLIF("t220"."engagements__per__followers__d", 0)
          ) * 100 AS "er_followers_account_mean",
          (
            CAST("t220"."engagements__per__followers__n" AS DOUBLE PRECISION) / NULLIF("t220"."engagements__per__followers__d", 0)
          ) * 100 AS "er_followers_account_median",
          (
            CAST("t220"."engagements__per__impressions__n" AS DOUBLE PRECISION) / NULLIF("t220"."engagements__per__impressions__d", 0)
          ) * 100 AS "er_impressions_account_mean",
          (
            CAST("t220"."engagements__per__impressions__n" AS DOUBLE PRECISION) / NULLIF("t220"."engagements__per__impressions__d", 0)
          ) * 100 AS "er_impressions_account_median",
          (
            CAST("t220"."engagements__per__views__n" AS DOUBLE PRECISION) / NULLIF("t220"."engagements__per__views__d", 0)
          ) * 100 AS "er_views_account_mean",
          (
            CAST("t220"."engagements__per__views__n" AS DOUBLE PRECISION) / NULLIF("t220"."engagements__per__views__d", 0)
          ) * 100 AS "er_views_account_median"
        FROM (
          SELECT
            "t219"."week",
            "t219"."account_id",
            SUM("t219"."engagements") FILTER(WHERE
              (
                "t219"."engagements" IS NOT NULL
              ) AND (
                "t219"."reach" IS NOT NULL
              )) AS "engagements__per__reach__n",
            SUM("t219"."reach") FILTER(WHERE
              (
                "t219"."engagements" IS NOT NULL
              ) AND (
                "t219"."reach" IS NOT NULL
              )) AS "engagements__per__reach__d",
            SUM("t219"."engagements") FILTER(WHERE
              (
                "t219"."engagements" IS NOT NULL
              ) AND (
                "t219"."followers" IS NOT NULL
              )) AS "engagements__per__followers__n",
            SUM("t219"."followers") FILTER(WHERE
              (
                "t219"."engagements" IS NOT NULL
              ) AND (
                "t219"."followers" IS NOT NULL
              )) AS "engagements__per__followers__d",
            SUM("t219"."engagements") FILTER(WHERE
              (
                "t219"."engagements" IS NOT NULL
              ) AND (
                "t219"."impressions" IS NOT NULL
              )) AS "engagements__per__impressions__n",
            SUM("t219"."impressions") FILTER(WHERE
              (
                "t219"."engagements" IS NOT NULL
              ) AND (
                "t219"."impressions" IS NOT NULL
              )) AS "engagements__per__impressions__d",
            SUM("t219"."engagements") FILTER(WHERE
              (
                "t219"."engagements" IS NOT NULL
              ) AND (
                "t219"."views" IS NOT NULL
              )) AS "engagements__per__views__n",
            SUM("t219"."views") FILTER(WHERE
              (
                "t219"."engagements" IS NOT NULL
              ) AND (
                "t219"."views" IS NOT NULL
              )) AS "engagements__per__views__d",
            BIT_OR(
              (
                CASE
                  WHEN (
                    "t219"."engagements" IS NOT NULL
                  ) AND (
                    "t219"."reach" IS NOT NULL
                  )
                  THEN COALESCE(
                    NULLIF(
                      GREATEST(
                        COALESCE("t219"."engagements__provenance", -1),
                        COALESCE("t219"."reach__provenance", -1)
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
                    "t219"."engagements" IS NOT NULL
                  ) AND (
                    "t219"."followers" IS NOT NULL
                  )
                  THEN COALESCE(
                    NULLIF(
                      GREATEST(
                        COALESCE("t219"."engagements__provenance", -1),
                        COALESCE("t219"."followers__provenance", -1)
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
                    "t219"."engagements" IS NOT NULL
                  ) AND (
                    "t219"."impressions" IS NOT NULL
                  )
                  THEN COALESCE(
                    NULLIF(
                      GREATEST(
                        COALESCE("t219"."engagements__provenance", -1),
                        COALESCE("t219"."impressions__provenance", -1)
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
                    "t219"."engagements" IS NOT NULL
                  ) AND (
                    "t219"."views" IS NOT NULL
                  )
                  THEN COALESCE(
                    NULLIF(
                      GREATEST(
                        COALESCE("t219"."engagements__provenance", -1),
                        COALESCE("t219"."views__provenance", -1)
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
            FROM "kpi_facts" AS "t218"
            WHERE
              "t218"."account_id" IS NOT NULL
          ) AS "t219"
          GROUP BY
            1,
            2
        ) AS "t220"
      ) AS "t221"
      GROUP BY
        1
    ) AS "t222"
  ) AS "t225"
    ON "t227"."week" IS NOT DISTINCT FROM "t225"."week"
) AS "t228"
ORDER BY
  "t228"."week" ASC
