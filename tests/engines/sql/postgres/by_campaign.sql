WITH "t25" AS (
  SELECT
    *
  FROM "campaign" AS "t0"
  WHERE
    "t0"."id" IN (1)
), "t78" AS (
  SELECT
    CAST("t54"."campaign_id" AS BIGINT) AS "campaign_id",
    CAST("t15"."name" AS VARCHAR) AS "campaign",
    CAST("t54"."influencer_id" AS BIGINT) AS "influencer_id",
    CAST("t54"."amount" AS DOUBLE PRECISION) AS "amount",
    "t54"."incurred_on"
  FROM (
    SELECT
      *
    FROM "cost" AS "t10"
    WHERE
      "t10"."campaign_id" IN (1)
  ) AS "t54"
  INNER JOIN "campaign" AS "t15"
    ON "t54"."campaign_id" = "t15"."id"
), "campaign_posts_in" AS (
  SELECT
    CAST("t55"."campaign_id" AS BIGINT) AS "campaign_id",
    CAST("t16"."name" AS VARCHAR) AS "campaign",
    CAST("t50"."id" AS BIGINT) AS "influencer_id",
    CAST("t50"."name" AS VARCHAR) AS "influencer",
    CAST("t21"."id" AS BIGINT) AS "account_id",
    CAST("t21"."platform" AS VARCHAR) AS "platform",
    CAST("t55"."format" AS VARCHAR) AS "format",
    CAST("t55"."id" AS BIGINT) AS "post_id",
    "t55"."published_on" AS "day",
    "t50"."country",
    CAST("t55"."caption" AS VARCHAR) AS "caption",
    "t55"."sponsored"
  FROM (
    SELECT
      *
    FROM "post" AS "t11"
    WHERE
      "t11"."campaign_id" IS NOT NULL AND "t11"."campaign_id" IN (1)
  ) AS "t55"
  INNER JOIN "account" AS "t21"
    ON "t55"."account_id" = "t21"."id"
  INNER JOIN (
    SELECT
      *
    FROM "influencer" AS "t5"
    WHERE
      NOT (
        "t5"."is_brand"
      )
  ) AS "t50"
    ON "t21"."influencer_id" = "t50"."id"
  INNER JOIN "campaign" AS "t16"
    ON "t55"."campaign_id" = "t16"."id"
), "t157" AS (
  SELECT
    *
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
      "t66"."followers",
      "t66"."at",
      "t66"."rank"
    FROM (
      SELECT
        "t121"."campaign_id",
        CAST("t15"."name" AS VARCHAR) AS "campaign",
        CAST("t18"."id" AS BIGINT) AS "influencer_id",
        CAST("t18"."name" AS VARCHAR) AS "influencer",
        "t121"."account_id",
        CAST("t22"."platform" AS VARCHAR) AS "platform",
        "t121"."is_brand",
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
        ) AS "t112"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            CAST("t60"."id" AS BIGINT) AS "campaign_id",
            CAST("t22"."id" AS BIGINT) AS "account_id",
            TRUE AS "is_brand"
          FROM "t25" AS "t60"
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
        ) AS "t83"
      ) AS "t121"
      INNER JOIN "campaign" AS "t15"
        ON "t121"."campaign_id" = "t15"."id"
      INNER JOIN "account" AS "t22"
        ON "t121"."account_id" = "t22"."id"
      INNER JOIN "influencer" AS "t18"
        ON "t22"."influencer_id" = "t18"."id"
    ) AS "t145"
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
    ) AS "t66"
      ON "t145"."account_id" = "t66"."account_id"
  ) AS "t156"
  WHERE
    "t156"."at" <= "t156"."end_at"
), "post_rows" AS (
  SELECT
    "t160"."campaign_id",
    "t160"."campaign",
    "t160"."influencer_id",
    "t160"."influencer",
    "t160"."account_id",
    "t160"."platform",
    "t160"."format",
    "t160"."post_id",
    "t160"."day",
    "t160"."country",
    "t160"."caption",
    "t160"."sponsored",
    "t160"."reach",
    "t160"."impressions",
    "t160"."views",
    "t160"."likes",
    "t160"."comments",
    "t160"."shares",
    "t160"."saves",
    "t160"."clicks",
    "t160"."reach__provenance",
    "t160"."impressions__provenance",
    "t160"."views__provenance",
    "t160"."likes__provenance",
    "t160"."comments__provenance",
    "t160"."shares__provenance",
    "t160"."saves__provenance",
    "t160"."clicks__provenance",
    "t160"."followers",
    "t160"."followers__provenance",
    "t160"."engagements",
    "t160"."engagements__provenance",
    COALESCE(
      COALESCE("t160"."impressions", "t160"."views"),
      "t160"."reach" * COALESCE(
        CAST(SUM("t160"."impressions") FILTER(WHERE
          (
            "t160"."impressions" IS NOT NULL
          ) AND (
            "t160"."reach" IS NOT NULL
          )) OVER (
          PARTITION BY "t160"."campaign_id", "t160"."platform"
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) AS DOUBLE PRECISION) / NULLIF(
          SUM("t160"."reach") FILTER(WHERE
            (
              "t160"."impressions" IS NOT NULL
            ) AND (
              "t160"."reach" IS NOT NULL
            )) OVER (
            PARTITION BY "t160"."campaign_id", "t160"."platform"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ),
          0
        ),
        CAST(1 AS DOUBLE PRECISION)
      )
    ) AS "impressions_with_estimates",
    CASE
      WHEN COALESCE(
        COALESCE("t160"."impressions", "t160"."views"),
        "t160"."reach" * COALESCE(
          CAST(SUM("t160"."impressions") FILTER(WHERE
            (
              "t160"."impressions" IS NOT NULL
            ) AND (
              "t160"."reach" IS NOT NULL
            )) OVER (
            PARTITION BY "t160"."campaign_id", "t160"."platform"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ) AS DOUBLE PRECISION) / NULLIF(
            SUM("t160"."reach") FILTER(WHERE
              (
                "t160"."impressions" IS NOT NULL
              ) AND (
                "t160"."reach" IS NOT NULL
              )) OVER (
              PARTITION BY "t160"."campaign_id", "t160"."platform"
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ),
            0
          ),
          CAST(1 AS DOUBLE PRECISION)
        )
      ) IS NOT NULL
      THEN CASE
        WHEN "t160"."impressions" IS NOT NULL
        THEN "t160"."impressions__provenance"
        ELSE 2
      END
      ELSE CAST(NULL AS BIGINT)
    END AS "impressions_with_estimates__provenance",
    (
      CAST("t160"."engagements" AS DOUBLE PRECISION) / NULLIF("t160"."reach", 0)
    ) * 100 AS "er_reach_post",
    (
      CAST("t160"."engagements" AS DOUBLE PRECISION) / NULLIF("t160"."followers", 0)
    ) * 100 AS "er_followers_post",
    (
      CAST("t160"."engagements" AS DOUBLE PRECISION) / NULLIF("t160"."impressions", 0)
    ) * 100 AS "er_impressions_post",
    (
      CAST("t160"."engagements" AS DOUBLE PRECISION) / NULLIF("t160"."views", 0)
    ) * 100 AS "er_views_post",
    NULLIF(
      GREATEST(
        COALESCE("t160"."engagements__provenance", -1),
        COALESCE("t160"."reach__provenance", -1)
      ),
      -1
    ) AS "er_reach_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t160"."engagements__provenance", -1),
        COALESCE("t160"."followers__provenance", -1)
      ),
      -1
    ) AS "er_followers_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t160"."engagements__provenance", -1),
        COALESCE("t160"."impressions__provenance", -1)
      ),
      -1
    ) AS "er_impressions_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t160"."engagements__provenance", -1),
        COALESCE("t160"."views__provenance", -1)
      ),
      -1
    ) AS "er_views_post__provenance",
    "t160"."platform" AS "post_platform",
    "t160"."influencer_id" AS "publishing_influencer",
    CAST(CASE WHEN "t160"."sponsored" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "sponsored_posts",
    CAST(CASE
      WHEN "t160"."sponsored"
      AND CASE
        WHEN UPPER("t160"."country") = 'FR'
        THEN (
          POSITION('publicité' IN LOWER("t160"."caption")) > 0
        )
        OR (
          POSITION('publicite' IN LOWER("t160"."caption")) > 0
        )
        OR (
          POSITION('collaboration commerciale' IN LOWER("t160"."caption")) > 0
        )
        WHEN UPPER("t160"."country") = 'BE'
        THEN (
          POSITION('publicité' IN LOWER("t160"."caption")) > 0
        )
        OR (
          POSITION('publicite' IN LOWER("t160"."caption")) > 0
        )
        OR (
          POSITION('collaboration commerciale' IN LOWER("t160"."caption")) > 0
        )
        OR (
          POSITION('#pub' IN LOWER("t160"."caption")) > 0
        )
        OR (
          POSITION('reclame' IN LOWER("t160"."caption")) > 0
        )
        OR (
          POSITION('#ad' IN LOWER("t160"."caption")) > 0
        )
        OR (
          POSITION('samenwerking' IN LOWER("t160"."caption")) > 0
        )
        WHEN UPPER("t160"."country") = 'DE'
        THEN (
          POSITION('werbung' IN LOWER("t160"."caption")) > 0
        )
        OR (
          POSITION('anzeige' IN LOWER("t160"."caption")) > 0
        )
        WHEN UPPER("t160"."country") = 'ES'
        THEN (
          POSITION('publicidad' IN LOWER("t160"."caption")) > 0
        )
        OR (
          POSITION('#publi' IN LOWER("t160"."caption")) > 0
        )
        OR (
          POSITION('patrocinado' IN LOWER("t160"."caption")) > 0
        )
        OR (
          POSITION('colaboración pagada' IN LOWER("t160"."caption")) > 0
        )
        WHEN UPPER("t160"."country") = 'IT'
        THEN (
          POSITION('pubblicità' IN LOWER("t160"."caption")) > 0
        )
        OR (
          POSITION('#adv' IN LOWER("t160"."caption")) > 0
        )
        OR (
          POSITION('sponsorizzato' IN LOWER("t160"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t160"."caption")) > 0
        )
        WHEN UPPER("t160"."country") = 'GB'
        THEN (
          POSITION('#ad' IN LOWER("t160"."caption")) > 0
        )
        OR (
          POSITION('advert' IN LOWER("t160"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t160"."caption")) > 0
        )
        WHEN UPPER("t160"."country") = 'US'
        THEN (
          POSITION('#ad' IN LOWER("t160"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t160"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t160"."caption")) > 0
        )
        OR (
          POSITION('paid partnership' IN LOWER("t160"."caption")) > 0
        )
        ELSE (
          POSITION('#ad' IN LOWER("t160"."caption")) > 0
        )
        OR (
          POSITION('#sponsored' IN LOWER("t160"."caption")) > 0
        )
        OR (
          POSITION('paid partnership' IN LOWER("t160"."caption")) > 0
        )
        OR (
          POSITION('advertisement' IN LOWER("t160"."caption")) > 0
        )
      END
      THEN 1
      ELSE 0
    END AS DOUBLE PRECISION) AS "disclosed_sponsored_posts"
  FROM (
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
      CASE
        WHEN (
          "t151"."likes" IS NOT NULL
        )
        OR (
          "t151"."comments" IS NOT NULL
        )
        OR (
          "t151"."shares" IS NOT NULL
        )
        OR (
          "t151"."saves" IS NOT NULL
        )
        THEN CAST(0 AS DOUBLE PRECISION) + COALESCE("t151"."likes", 0) + COALESCE("t151"."comments", 0) + COALESCE("t151"."shares", 0) + COALESCE("t151"."saves", 0)
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END AS "engagements",
      NULLIF(
        GREATEST(
          COALESCE("t151"."likes__provenance", -1),
          COALESCE("t151"."comments__provenance", -1),
          COALESCE("t151"."shares__provenance", -1),
          COALESCE("t151"."saves__provenance", -1)
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
        "t140"."reach",
        "t140"."impressions",
        "t140"."views",
        "t140"."likes",
        "t140"."comments",
        "t140"."shares",
        "t140"."saves",
        "t140"."clicks",
        "t140"."reach__provenance",
        "t140"."impressions__provenance",
        "t140"."views__provenance",
        "t140"."likes__provenance",
        "t140"."comments__provenance",
        "t140"."shares__provenance",
        "t140"."saves__provenance",
        "t140"."clicks__provenance",
        "t133"."followers",
        "t133"."followers__provenance"
      FROM "campaign_posts_in" AS "t104"
      LEFT OUTER JOIN (
        SELECT
          CAST("t113"."post_id" AS BIGINT) AS "post_id",
          CAST(MAX("t113"."value") FILTER(WHERE
            "t113"."counter" = 0) AS DOUBLE PRECISION) AS "reach",
          CAST(MAX("t113"."value") FILTER(WHERE
            "t113"."counter" = 1) AS DOUBLE PRECISION) AS "impressions",
          CAST(MAX("t113"."value") FILTER(WHERE
            "t113"."counter" = 2) AS DOUBLE PRECISION) AS "views",
          CAST(MAX("t113"."value") FILTER(WHERE
            "t113"."counter" = 3) AS DOUBLE PRECISION) AS "likes",
          CAST(MAX("t113"."value") FILTER(WHERE
            "t113"."counter" = 4) AS DOUBLE PRECISION) AS "comments",
          CAST(MAX("t113"."value") FILTER(WHERE
            "t113"."counter" = 5) AS DOUBLE PRECISION) AS "shares",
          CAST(MAX("t113"."value") FILTER(WHERE
            "t113"."counter" = 6) AS DOUBLE PRECISION) AS "saves",
          CAST(MAX("t113"."value") FILTER(WHERE
            "t113"."counter" = 7) AS DOUBLE PRECISION) AS "clicks",
          15 - (
            MAX("t113"."freshness") FILTER(WHERE
              "t113"."counter" = 0) % 16
          ) AS "reach__provenance",
          15 - (
            MAX("t113"."freshness") FILTER(WHERE
              "t113"."counter" = 1) % 16
          ) AS "impressions__provenance",
          15 - (
            MAX("t113"."freshness") FILTER(WHERE
              "t113"."counter" = 2) % 16
          ) AS "views__provenance",
          15 - (
            MAX("t113"."freshness") FILTER(WHERE
              "t113"."counter" = 3) % 16
          ) AS "likes__provenance",
          15 - (
            MAX("t113"."freshness") FILTER(WHERE
              "t113"."counter" = 4) % 16
          ) AS "comments__provenance",
          15 - (
            MAX("t113"."freshness") FILTER(WHERE
              "t113"."counter" = 5) % 16
          ) AS "shares__provenance",
          15 - (
            MAX("t113"."freshness") FILTER(WHERE
              "t113"."counter" = 6) % 16
          ) AS "saves__provenance",
          15 - (
            MAX("t113"."freshness") FILTER(WHERE
              "t113"."counter" = 7) % 16
          ) AS "clicks__provenance"
        FROM (
          SELECT
            "t80"."post_id",
            CASE "t80"."metric"
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
                "t80"."value" ORDER BY (
                  CAST(EXTRACT(epoch FROM CAST("t80"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                ) + (
                  15 - CASE "t80"."provenance"
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
                    CAST(EXTRACT(epoch FROM CAST("t80"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
                  ) + (
                    15 - CASE "t80"."provenance"
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
                CAST(EXTRACT(epoch FROM CAST("t80"."captured_at" AS TIMESTAMP) - CAST(CAST('1970-01-01T00:00:00' AS TIMESTAMP) AS TIMESTAMP)) AS BIGINT) * 16
              ) + (
                15 - CASE "t80"."provenance"
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
            ) AS "t64"
            WHERE
              "t64"."captured_at" <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
          ) AS "t80"
          GROUP BY
            1,
            2
        ) AS "t113"
        GROUP BY
          1
      ) AS "t140"
        ON "t104"."post_id" = "t140"."post_id"
      LEFT OUTER JOIN (
        SELECT
          CAST("t56"."post_id" AS BIGINT) AS "post_id",
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
        ) AS "t56"
        INNER JOIN (
          SELECT
            "t65"."account_id",
            CAST("t65"."followers" AS DOUBLE PRECISION) AS "followers",
            CASE "t65"."provenance"
              WHEN 'measured'
              THEN 0
              WHEN 'self_reported'
              THEN 1
              WHEN 'estimated'
              THEN 2
              ELSE 2
            END AS "rank",
            "t65"."captured_at" AS "since",
            LEAD("t65"."captured_at") OVER (
              PARTITION BY "t65"."account_id"
              ORDER BY "t65"."captured_at" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) AS "until",
            (
              ROW_NUMBER() OVER (
                PARTITION BY "t65"."account_id"
                ORDER BY "t65"."captured_at" ASC
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
          ) AS "t65"
        ) AS "t108"
          ON "t56"."account_id" = "t108"."account_id"
          AND (
            (
              (
                "t108"."since" <= "t56"."published_at"
              )
              AND (
                (
                  "t108"."until" IS NULL
                ) OR (
                  "t56"."published_at" < "t108"."until"
                )
              )
            )
            OR (
              "t108"."first" AND (
                "t56"."published_at" < "t108"."since"
              )
            )
          )
      ) AS "t133"
        ON "t104"."post_id" = "t133"."post_id"
    ) AS "t151"
  ) AS "t160"
), "kpi_facts" AS (
  SELECT
    "t218"."campaign_id",
    "t218"."account_id",
    "t218"."post_id",
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
    "t218"."bounced_sessions",
    "t218"."session_seconds",
    "t218"."page_views",
    "t218"."key_events",
    "t218"."orders",
    "t218"."revenue",
    "t218"."new_customers",
    "t218"."key_messages",
    "t218"."emv",
    "t218"."emv__provenance",
    "t218"."emv_authentic",
    "t218"."emv_authentic__provenance",
    (
      CAST("t218"."cost" AS DOUBLE PRECISION) / (
        CASE
          WHEN "t218"."platform" = 'tiktok'
          THEN 7.5
          WHEN "t218"."platform" = 'youtube'
          THEN 3.53
          ELSE 19.8
        END * "t218"."paid_rate"
      )
    ) * 1000 AS "paid_impressions",
    CAST("t218"."cost" AS DOUBLE PRECISION) / (
      CASE
        WHEN "t218"."platform" = 'tiktok'
        THEN CAST(NULL AS DOUBLE PRECISION)
        WHEN "t218"."platform" = 'youtube'
        THEN CAST(NULL AS DOUBLE PRECISION)
        ELSE 1.88
      END * "t218"."paid_rate"
    ) AS "paid_clicks",
    CAST("t218"."cost" AS DOUBLE PRECISION) / (
      CASE
        WHEN "t218"."platform" = 'youtube'
        THEN 0.026
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END * "t218"."paid_rate"
    ) AS "paid_views"
  FROM (
    SELECT
      "t216"."campaign_id",
      "t216"."campaign",
      "t216"."influencer_id",
      "t216"."influencer",
      "t216"."account_id",
      "t216"."platform",
      "t216"."format",
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
      "t216"."engaged_sessions",
      "t216"."bounced_sessions",
      "t216"."session_seconds",
      "t216"."page_views",
      "t216"."key_events",
      "t216"."orders",
      "t216"."revenue",
      "t216"."new_customers",
      "t216"."key_messages",
      "t216"."emv_rate",
      "t216"."inauthentic_share",
      "t216"."emv",
      "t216"."emv__provenance",
      "t216"."emv_authentic",
      "t216"."emv_authentic__provenance",
      "t148"."paid_rate"
    FROM (
      SELECT
        "t213"."campaign_id",
        "t213"."campaign",
        "t213"."influencer_id",
        "t213"."influencer",
        "t213"."account_id",
        "t213"."platform",
        "t213"."format",
        "t213"."post_id",
        "t213"."day",
        "t213"."reach",
        "t213"."impressions",
        "t213"."views",
        "t213"."likes",
        "t213"."comments",
        "t213"."shares",
        "t213"."saves",
        "t213"."clicks",
        "t213"."reach__provenance",
        "t213"."impressions__provenance",
        "t213"."views__provenance",
        "t213"."likes__provenance",
        "t213"."comments__provenance",
        "t213"."shares__provenance",
        "t213"."saves__provenance",
        "t213"."clicks__provenance",
        "t213"."followers",
        "t213"."followers__provenance",
        "t213"."engagements",
        "t213"."engagements__provenance",
        "t213"."impressions_with_estimates",
        "t213"."impressions_with_estimates__provenance",
        "t213"."er_reach_post",
        "t213"."er_followers_post",
        "t213"."er_impressions_post",
        "t213"."er_views_post",
        "t213"."er_reach_post__provenance",
        "t213"."er_followers_post__provenance",
        "t213"."er_impressions_post__provenance",
        "t213"."er_views_post__provenance",
        "t213"."post_platform",
        "t213"."publishing_influencer",
        "t213"."sponsored_posts",
        "t213"."disclosed_sponsored_posts",
        "t213"."cost",
        "t213"."key_message_posts",
        "t213"."ugc_post",
        "t213"."mentions",
        "t213"."brand_mentions",
        "t213"."mention_engagements",
        "t213"."brand_mention_engagements",
        "t213"."followers_start",
        "t213"."followers_gained",
        "t213"."followers_expected_gain",
        "t213"."followers_start__provenance",
        "t213"."followers_gained__provenance",
        "t213"."followers_expected_gain__provenance",
        "t213"."brand_followers_start",
        "t213"."brand_followers_gained",
        "t213"."brand_followers_expected_gain",
        "t213"."brand_followers_start__provenance",
        "t213"."brand_followers_gained__provenance",
        "t213"."brand_followers_expected_gain__provenance",
        "t213"."influencers_contacted",
        "t213"."influencers_interested",
        "t213"."posts_contracted",
        "t213"."products_sent",
        "t213"."link_clicks",
        "t213"."unique_link_clicks",
        "t213"."bot_link_clicks",
        "t213"."sessions",
        "t213"."new_users",
        "t213"."engaged_sessions",
        "t213"."bounced_sessions",
        "t213"."session_seconds",
        "t213"."page_views",
        "t213"."key_events",
        "t213"."orders",
        "t213"."revenue",
        "t213"."new_customers",
        "t213"."key_messages",
        "t213"."emv_rate",
        "t213"."inauthentic_share",
        CASE
          WHEN (
            "t213"."post_id" IS NOT NULL
          )
          AND (
            (
              (
                CAST((
                  COALESCE("t213"."impressions", "t213"."views") * CASE
                    WHEN "t213"."platform" = 'tiktok'
                    THEN 6.89
                    ELSE CAST(NULL AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t213"."platform" = 'instagram'
                  THEN 0.07
                  WHEN "t213"."platform" = 'tiktok'
                  THEN 0.09
                  WHEN "t213"."platform" = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t213"."likes"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t213"."platform" = 'instagram'
                  THEN 3.46
                  WHEN "t213"."platform" = 'tiktok'
                  THEN 3.52
                  WHEN "t213"."platform" = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t213"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t213"."platform" = 'tiktok'
                  THEN 1.72
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t213"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              CAST((
                COALESCE("t213"."impressions", "t213"."views") * CASE
                  WHEN "t213"."platform" = 'tiktok'
                  THEN 6.89
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END
              ) AS DOUBLE PRECISION) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t213"."platform" = 'instagram'
                THEN 0.07
                WHEN "t213"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t213"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t213"."likes",
              0
            ) + COALESCE(
              CASE
                WHEN "t213"."platform" = 'instagram'
                THEN 3.46
                WHEN "t213"."platform" = 'tiktok'
                THEN 3.52
                WHEN "t213"."platform" = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t213"."comments",
              0
            ) + COALESCE(
              CASE
                WHEN "t213"."platform" = 'tiktok'
                THEN 1.72
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t213"."shares",
              0
            )
          ) * "t213"."emv_rate"
          ELSE CAST(NULL AS DOUBLE PRECISION)
        END AS "emv",
        NULLIF(
          GREATEST(
            COALESCE("t213"."impressions__provenance", -1),
            COALESCE("t213"."views__provenance", -1),
            COALESCE("t213"."engagements__provenance", -1)
          ),
          -1
        ) AS "emv__provenance",
        CASE
          WHEN (
            "t213"."post_id" IS NOT NULL
          )
          AND (
            (
              (
                CAST((
                  COALESCE("t213"."impressions", "t213"."views") * CASE
                    WHEN "t213"."platform" = 'tiktok'
                    THEN 6.89
                    ELSE CAST(NULL AS DOUBLE PRECISION)
                  END
                ) AS DOUBLE PRECISION) / 1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t213"."platform" = 'instagram'
                  THEN 0.07
                  WHEN "t213"."platform" = 'tiktok'
                  THEN 0.09
                  WHEN "t213"."platform" = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t213"."likes"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t213"."platform" = 'instagram'
                  THEN 3.46
                  WHEN "t213"."platform" = 'tiktok'
                  THEN 3.52
                  WHEN "t213"."platform" = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t213"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t213"."platform" = 'tiktok'
                  THEN 1.72
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t213"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              CAST((
                COALESCE("t213"."impressions", "t213"."views") * CASE
                  WHEN "t213"."platform" = 'tiktok'
                  THEN 6.89
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END
              ) AS DOUBLE PRECISION) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t213"."platform" = 'instagram'
                THEN 0.07
                WHEN "t213"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t213"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t213"."likes",
              0
            ) + COALESCE(
              CASE
                WHEN "t213"."platform" = 'instagram'
                THEN 3.46
                WHEN "t213"."platform" = 'tiktok'
                THEN 3.52
                WHEN "t213"."platform" = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t213"."comments",
              0
            ) + COALESCE(
              CASE
                WHEN "t213"."platform" = 'tiktok'
                THEN 1.72
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t213"."shares",
              0
            )
          ) * "t213"."emv_rate" * (
            1 - COALESCE("t213"."inauthentic_share", 0)
          )
          ELSE CAST(NULL AS DOUBLE PRECISION)
        END AS "emv_authentic",
        NULLIF(
          GREATEST(
            COALESCE(
              NULLIF(
                GREATEST(
                  COALESCE("t213"."impressions__provenance", -1),
                  COALESCE("t213"."views__provenance", -1),
                  COALESCE("t213"."engagements__provenance", -1)
                ),
                -1
              ),
              -1
            ),
            COALESCE(CASE WHEN "t213"."inauthentic_share" > 0 THEN 2 ELSE CAST(NULL AS BIGINT) END, -1)
          ),
          -1
        ) AS "emv_authentic__provenance"
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
          "t29"."inauthentic_share"
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
            "t149"."emv_rate"
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
                                "t195"."campaign_id",
                                "t195"."campaign",
                                "t195"."influencer_id",
                                "t195"."influencer",
                                "t195"."account_id",
                                "t195"."platform",
                                "t195"."format",
                                "t195"."post_id",
                                "t195"."day",
                                "t195"."reach",
                                "t195"."impressions",
                                "t195"."views",
                                "t195"."likes",
                                "t195"."comments",
                                "t195"."shares",
                                "t195"."saves",
                                "t195"."clicks",
                                "t195"."reach__provenance",
                                "t195"."impressions__provenance",
                                "t195"."views__provenance",
                                "t195"."likes__provenance",
                                "t195"."comments__provenance",
                                "t195"."shares__provenance",
                                "t195"."saves__provenance",
                                "t195"."clicks__provenance",
                                "t195"."followers",
                                CAST("t195"."followers__provenance" AS BIGINT) AS "followers__provenance",
                                "t195"."engagements",
                                "t195"."engagements__provenance",
                                "t195"."impressions_with_estimates",
                                "t195"."impressions_with_estimates__provenance",
                                "t195"."er_reach_post",
                                "t195"."er_followers_post",
                                "t195"."er_impressions_post",
                                "t195"."er_views_post",
                                "t195"."er_reach_post__provenance",
                                "t195"."er_followers_post__provenance",
                                "t195"."er_impressions_post__provenance",
                                "t195"."er_views_post__provenance",
                                "t195"."post_platform",
                                CAST("t195"."publishing_influencer" AS DOUBLE PRECISION) AS "publishing_influencer",
                                "t195"."sponsored_posts",
                                "t195"."disclosed_sponsored_posts",
                                "t195"."cost",
                                "t195"."key_message_posts",
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
                                  "t187"."cost",
                                  "t194"."key_message_posts"
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
                                    "t175"."engagements",
                                    "t175"."engagements__provenance",
                                    "t175"."impressions_with_estimates",
                                    "t175"."impressions_with_estimates__provenance",
                                    "t175"."er_reach_post",
                                    "t175"."er_followers_post",
                                    "t175"."er_impressions_post",
                                    "t175"."er_views_post",
                                    "t175"."er_reach_post__provenance",
                                    "t175"."er_followers_post__provenance",
                                    "t175"."er_impressions_post__provenance",
                                    "t175"."er_views_post__provenance",
                                    "t175"."post_platform",
                                    "t175"."publishing_influencer",
                                    "t175"."sponsored_posts",
                                    "t175"."disclosed_sponsored_posts",
                                    "t154"."cost"
                                  FROM "post_rows" AS "t175"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t104"."post_id",
                                      "t143"."cost"
                                    FROM "campaign_posts_in" AS "t104"
                                    INNER JOIN (
                                      SELECT
                                        "t125"."campaign_id",
                                        "t125"."influencer_id",
                                        SUM("t125"."share") AS "cost"
                                      FROM (
                                        SELECT
                                          "t103"."campaign_id",
                                          "t103"."influencer_id",
                                          CAST("t103"."amount" AS DOUBLE PRECISION) / "t111"."n_posts" AS "share"
                                        FROM "t78" AS "t103"
                                        INNER JOIN (
                                          SELECT
                                            "t94"."campaign_id",
                                            "t94"."influencer_id",
                                            COUNT("t94"."post_id") AS "n_posts"
                                          FROM "campaign_posts_in" AS "t94"
                                          GROUP BY
                                            1,
                                            2
                                        ) AS "t111"
                                          ON "t103"."campaign_id" = "t111"."campaign_id"
                                          AND "t103"."influencer_id" = "t111"."influencer_id"
                                      ) AS "t125"
                                      GROUP BY
                                        1,
                                        2
                                    ) AS "t143"
                                      ON "t143"."campaign_id" = "t104"."campaign_id"
                                      AND "t143"."influencer_id" = "t104"."influencer_id"
                                  ) AS "t154"
                                    ON "t175"."post_id" = "t154"."post_id"
                                ) AS "t187"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t188"."post_id",
                                    MAX(
                                      CAST(CASE
                                        WHEN POSITION(LOWER("t188"."message") IN LOWER("t188"."caption")) > 0
                                        THEN 1
                                        ELSE 0
                                      END AS DOUBLE PRECISION)
                                    ) AS "key_message_posts"
                                  FROM (
                                    SELECT
                                      "t179"."campaign_id",
                                      "t179"."post_id",
                                      "t179"."caption",
                                      "t84"."message"
                                    FROM (
                                      SELECT
                                        "t174"."campaign_id",
                                        "t174"."post_id",
                                        "t174"."caption"
                                      FROM "post_rows" AS "t174"
                                    ) AS "t179"
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
                                    ) AS "t84"
                                      ON "t179"."campaign_id" = "t84"."campaign_id"
                                  ) AS "t188"
                                  GROUP BY
                                    1
                                ) AS "t194"
                                  ON "t187"."post_id" = "t194"."post_id"
                              ) AS "t195"
                            ) AS "t197"
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t190"."campaign_id",
                                "t190"."campaign",
                                CAST(NULL AS BIGINT) AS "influencer_id",
                                CAST(NULL AS VARCHAR) AS "influencer",
                                CAST(NULL AS BIGINT) AS "account_id",
                                "t190"."platform",
                                CAST(NULL AS VARCHAR) AS "format",
                                CAST(NULL AS BIGINT) AS "post_id",
                                "t190"."day",
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
                                CAST("t190"."ugc_post" AS DOUBLE PRECISION) AS "ugc_post",
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
                                      ) AS "t48"
                                      WHERE
                                        LENGTH("t48"."tag") > 0
                                    ) AS "t85"
                                      ON "t95"."workspace_id" = "t85"."workspace_id"
                                      AND "t95"."day" >= "t85"."start"
                                      AND "t95"."day" <= "t85"."end"
                                      AND NOT (
                                        "t95"."is_brand"
                                      )
                                      AND POSITION(',' || "t85"."tag" || ',' IN ',' || "t95"."hashtags" || ',') > 0
                                  ) AS "t119"
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
                                            CAST("t4"."campaign_id" AS BIGINT) AS "campaign_id",
                                            CAST("t4"."influencer_id" AS BIGINT) AS "influencer_id"
                                          FROM "roster" AS "t4"
                                        ) AS "t33"
                                        UNION ALL
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            "t174"."campaign_id",
                                            "t174"."influencer_id"
                                          FROM "post_rows" AS "t174"
                                        ) AS "t176"
                                      ) AS "t178"
                                    ) AS "t186"
                                    WHERE
                                      "t134"."campaign_id" = "t186"."campaign_id"
                                      AND "t134"."influencer_id" = "t186"."influencer_id"
                                  )
                              ) AS "t190"
                            ) AS "t192"
                          ) AS "t198"
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
                                "t102"."campaign_id",
                                "t102"."campaign",
                                "t102"."influencer_id",
                                CAST("t17"."name" AS VARCHAR) AS "influencer",
                                "t102"."incurred_on" AS "day",
                                "t102"."amount" AS "cost"
                              FROM "t78" AS "t102"
                              LEFT OUTER JOIN "influencer" AS "t17"
                                ON "t102"."influencer_id" = "t17"."id"
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
                                  ) AS "t111"
                                  WHERE
                                    "t102"."campaign_id" = "t111"."campaign_id"
                                    AND "t102"."influencer_id" = "t111"."influencer_id"
                                )
                            ) AS "t124"
                          ) AS "t131"
                        ) AS "t199"
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t82"."campaign_id",
                            "t82"."campaign",
                            CAST(NULL AS BIGINT) AS "influencer_id",
                            CAST(NULL AS VARCHAR) AS "influencer",
                            CAST(NULL AS BIGINT) AS "account_id",
                            "t82"."platform",
                            CAST(NULL AS VARCHAR) AS "format",
                            CAST(NULL AS BIGINT) AS "post_id",
                            "t82"."day",
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
                            "t82"."mentions",
                            "t82"."brand_mentions",
                            "t82"."mention_engagements",
                            "t82"."brand_mention_engagements",
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
                            INNER JOIN "t25" AS "t59"
                              ON "t19"."workspace_id" = "t59"."workspace_id"
                              AND "t19"."mentioned_on" >= "t59"."start_date"
                              AND "t19"."mentioned_on" <= "t59"."end_date"
                          ) AS "t82"
                        ) AS "t96"
                      ) AS "t200"
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t191"."campaign_id",
                          "t191"."campaign",
                          "t191"."influencer_id",
                          "t191"."influencer",
                          "t191"."account_id",
                          "t191"."platform",
                          CAST(NULL AS VARCHAR) AS "format",
                          CAST(NULL AS BIGINT) AS "post_id",
                          "t191"."day",
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
                            WHEN "t191"."is_brand" = FALSE
                            THEN "t191"."start_followers"
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "followers_start",
                          CASE
                            WHEN "t191"."is_brand" = FALSE
                            THEN CASE
                              WHEN "t191"."end_seen_at" > "t191"."start_seen_at"
                              THEN "t191"."end_followers" - "t191"."start_followers"
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "followers_gained",
                          CASE
                            WHEN "t191"."is_brand" = FALSE
                            THEN CASE
                              WHEN "t191"."end_seen_at" > "t191"."start_seen_at"
                              THEN (
                                CAST((
                                  "t191"."start_followers" - "t191"."before_followers"
                                ) AS DOUBLE PRECISION) / NULLIF(CAST("t191"."start_seen_at" - "t191"."before_seen_at" AS DOUBLE PRECISION), 0)
                              ) * (
                                "t191"."end_seen_at" - "t191"."start_seen_at"
                              )
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "followers_expected_gain",
                          CAST(CASE
                            WHEN "t191"."is_brand" = FALSE
                            THEN "t191"."start_rank"
                            ELSE CAST(NULL AS SMALLINT)
                          END AS BIGINT) AS "followers_start__provenance",
                          CASE
                            WHEN "t191"."is_brand" = FALSE
                            THEN CASE
                              WHEN "t191"."end_seen_at" > "t191"."start_seen_at"
                              THEN NULLIF(GREATEST(COALESCE("t191"."start_rank", -1), COALESCE("t191"."end_rank", -1)), -1)
                              ELSE CAST(NULL AS BIGINT)
                            END
                            ELSE CAST(NULL AS BIGINT)
                          END AS "followers_gained__provenance",
                          CASE
                            WHEN "t191"."is_brand" = FALSE
                            THEN CASE
                              WHEN CASE
                                WHEN "t191"."end_seen_at" > "t191"."start_seen_at"
                                THEN (
                                  CAST((
                                    "t191"."start_followers" - "t191"."before_followers"
                                  ) AS DOUBLE PRECISION) / NULLIF(CAST("t191"."start_seen_at" - "t191"."before_seen_at" AS DOUBLE PRECISION), 0)
                                ) * (
                                  "t191"."end_seen_at" - "t191"."start_seen_at"
                                )
                                ELSE CAST(NULL AS DOUBLE PRECISION)
                              END IS NOT NULL
                              THEN NULLIF(
                                GREATEST(
                                  COALESCE(
                                    CASE
                                      WHEN "t191"."end_seen_at" > "t191"."start_seen_at"
                                      THEN NULLIF(GREATEST(COALESCE("t191"."start_rank", -1), COALESCE("t191"."end_rank", -1)), -1)
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    -1
                                  ),
                                  COALESCE("t191"."before_rank", -1)
                                ),
                                -1
                              )
                              ELSE CAST(NULL AS BIGINT)
                            END
                            ELSE CAST(NULL AS BIGINT)
                          END AS "followers_expected_gain__provenance",
                          CASE
                            WHEN "t191"."is_brand" = TRUE
                            THEN "t191"."start_followers"
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "brand_followers_start",
                          CASE
                            WHEN "t191"."is_brand" = TRUE
                            THEN CASE
                              WHEN "t191"."end_seen_at" > "t191"."start_seen_at"
                              THEN "t191"."end_followers" - "t191"."start_followers"
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "brand_followers_gained",
                          CASE
                            WHEN "t191"."is_brand" = TRUE
                            THEN CASE
                              WHEN "t191"."end_seen_at" > "t191"."start_seen_at"
                              THEN (
                                CAST((
                                  "t191"."start_followers" - "t191"."before_followers"
                                ) AS DOUBLE PRECISION) / NULLIF(CAST("t191"."start_seen_at" - "t191"."before_seen_at" AS DOUBLE PRECISION), 0)
                              ) * (
                                "t191"."end_seen_at" - "t191"."start_seen_at"
                              )
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END AS "brand_followers_expected_gain",
                          CAST(CASE
                            WHEN "t191"."is_brand" = TRUE
                            THEN "t191"."start_rank"
                            ELSE CAST(NULL AS SMALLINT)
                          END AS BIGINT) AS "brand_followers_start__provenance",
                          CASE
                            WHEN "t191"."is_brand" = TRUE
                            THEN CASE
                              WHEN "t191"."end_seen_at" > "t191"."start_seen_at"
                              THEN NULLIF(GREATEST(COALESCE("t191"."start_rank", -1), COALESCE("t191"."end_rank", -1)), -1)
                              ELSE CAST(NULL AS BIGINT)
                            END
                            ELSE CAST(NULL AS BIGINT)
                          END AS "brand_followers_gained__provenance",
                          CASE
                            WHEN "t191"."is_brand" = TRUE
                            THEN CASE
                              WHEN CASE
                                WHEN "t191"."end_seen_at" > "t191"."start_seen_at"
                                THEN (
                                  CAST((
                                    "t191"."start_followers" - "t191"."before_followers"
                                  ) AS DOUBLE PRECISION) / NULLIF(CAST("t191"."start_seen_at" - "t191"."before_seen_at" AS DOUBLE PRECISION), 0)
                                ) * (
                                  "t191"."end_seen_at" - "t191"."start_seen_at"
                                )
                                ELSE CAST(NULL AS DOUBLE PRECISION)
                              END IS NOT NULL
                              THEN NULLIF(
                                GREATEST(
                                  COALESCE(
                                    CASE
                                      WHEN "t191"."end_seen_at" > "t191"."start_seen_at"
                                      THEN NULLIF(GREATEST(COALESCE("t191"."start_rank", -1), COALESCE("t191"."end_rank", -1)), -1)
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    -1
                                  ),
                                  COALESCE("t191"."before_rank", -1)
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
                            "t184"."campaign_id",
                            "t184"."campaign",
                            "t184"."influencer_id",
                            "t184"."influencer",
                            "t184"."account_id",
                            "t184"."platform",
                            "t184"."is_brand",
                            "t184"."day",
                            "t184"."start_at",
                            "t184"."end_at",
                            "t184"."start_followers",
                            "t184"."start_seen_at",
                            "t184"."start_rank",
                            "t184"."end_followers",
                            "t184"."end_seen_at",
                            "t184"."end_rank",
                            "t167"."before_followers",
                            "t167"."before_seen_at",
                            "t167"."before_rank"
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
                              "t173"."start_followers",
                              "t173"."start_seen_at",
                              "t173"."start_rank",
                              "t166"."end_followers",
                              "t166"."end_seen_at",
                              "t166"."end_rank"
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
                                "t169"."start_followers",
                                "t169"."start_seen_at",
                                "t169"."start_rank"
                              FROM (
                                SELECT
                                  "t121"."campaign_id",
                                  CAST("t15"."name" AS VARCHAR) AS "campaign",
                                  CAST("t18"."id" AS BIGINT) AS "influencer_id",
                                  CAST("t18"."name" AS VARCHAR) AS "influencer",
                                  "t121"."account_id",
                                  CAST("t22"."platform" AS VARCHAR) AS "platform",
                                  "t121"."is_brand",
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
                                  ) AS "t112"
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      CAST("t60"."id" AS BIGINT) AS "campaign_id",
                                      CAST("t22"."id" AS BIGINT) AS "account_id",
                                      TRUE AS "is_brand"
                                    FROM "t25" AS "t60"
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
                                  ) AS "t83"
                                ) AS "t121"
                                INNER JOIN "campaign" AS "t15"
                                  ON "t121"."campaign_id" = "t15"."id"
                                INNER JOIN "account" AS "t22"
                                  ON "t121"."account_id" = "t22"."id"
                                INNER JOIN "influencer" AS "t18"
                                  ON "t22"."influencer_id" = "t18"."id"
                              ) AS "t145"
                              INNER JOIN (
                                SELECT
                                  "t163"."campaign_id",
                                  "t163"."account_id",
                                  CAST("t163"."followers" AS DOUBLE PRECISION) AS "start_followers",
                                  "t163"."at" AS "start_seen_at",
                                  "t163"."rank" AS "start_rank"
                                FROM (
                                  SELECT
                                    "t158"."campaign_id",
                                    "t158"."campaign",
                                    "t158"."influencer_id",
                                    "t158"."influencer",
                                    "t158"."account_id",
                                    "t158"."platform",
                                    "t158"."is_brand",
                                    "t158"."day",
                                    "t158"."start_at",
                                    "t158"."end_at",
                                    "t158"."followers",
                                    "t158"."at",
                                    "t158"."rank",
                                    ROW_NUMBER() OVER (
                                      PARTITION BY "t158"."campaign_id", "t158"."account_id"
                                      ORDER BY CASE WHEN "t158"."at" <= "t158"."start_at" THEN 0 ELSE 1 END ASC, ABS("t158"."at" - "t158"."start_at") ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    ) - 1 AS "order"
                                  FROM "t157" AS "t158"
                                ) AS "t163"
                                WHERE
                                  "t163"."order" = 0
                              ) AS "t169"
                                ON "t145"."campaign_id" = "t169"."campaign_id"
                                AND "t145"."account_id" = "t169"."account_id"
                            ) AS "t173"
                            LEFT OUTER JOIN (
                              SELECT
                                "t161"."campaign_id",
                                "t161"."account_id",
                                CAST("t161"."followers" AS DOUBLE PRECISION) AS "end_followers",
                                "t161"."at" AS "end_seen_at",
                                "t161"."rank" AS "end_rank"
                              FROM (
                                SELECT
                                  "t158"."campaign_id",
                                  "t158"."campaign",
                                  "t158"."influencer_id",
                                  "t158"."influencer",
                                  "t158"."account_id",
                                  "t158"."platform",
                                  "t158"."is_brand",
                                  "t158"."day",
                                  "t158"."start_at",
                                  "t158"."end_at",
                                  "t158"."followers",
                                  "t158"."at",
                                  "t158"."rank",
                                  ROW_NUMBER() OVER (
                                    PARTITION BY "t158"."campaign_id", "t158"."account_id"
                                    ORDER BY "t158"."at" DESC NULLS LAST
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  ) - 1 AS "order"
                                FROM "t157" AS "t158"
                              ) AS "t161"
                              WHERE
                                "t161"."order" = 0
                            ) AS "t166"
                              ON "t173"."campaign_id" = "t166"."campaign_id"
                              AND "t173"."account_id" = "t166"."account_id"
                          ) AS "t184"
                          LEFT OUTER JOIN (
                            SELECT
                              "t162"."campaign_id",
                              "t162"."account_id",
                              CAST("t162"."followers" AS DOUBLE PRECISION) AS "before_followers",
                              "t162"."at" AS "before_seen_at",
                              "t162"."rank" AS "before_rank"
                            FROM (
                              SELECT
                                "t159"."campaign_id",
                                "t159"."campaign",
                                "t159"."influencer_id",
                                "t159"."influencer",
                                "t159"."account_id",
                                "t159"."platform",
                                "t159"."is_brand",
                                "t159"."day",
                                "t159"."start_at",
                                "t159"."end_at",
                                "t159"."followers",
                                "t159"."at",
                                "t159"."rank",
                                ROW_NUMBER() OVER (
                                  PARTITION BY "t159"."campaign_id", "t159"."account_id"
                                  ORDER BY "t159"."at" DESC NULLS LAST
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                ) - 1 AS "order"
                              FROM (
                                SELECT
                                  *
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
                                    "t66"."followers",
                                    "t66"."at",
                                    "t66"."rank"
                                  FROM (
                                    SELECT
                                      "t121"."campaign_id",
                                      CAST("t15"."name" AS VARCHAR) AS "campaign",
                                      CAST("t18"."id" AS BIGINT) AS "influencer_id",
                                      CAST("t18"."name" AS VARCHAR) AS "influencer",
                                      "t121"."account_id",
                                      CAST("t22"."platform" AS VARCHAR) AS "platform",
                                      "t121"."is_brand",
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
                                      ) AS "t112"
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST("t60"."id" AS BIGINT) AS "campaign_id",
                                          CAST("t22"."id" AS BIGINT) AS "account_id",
                                          TRUE AS "is_brand"
                                        FROM "t25" AS "t60"
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
                                      ) AS "t83"
                                    ) AS "t121"
                                    INNER JOIN "campaign" AS "t15"
                                      ON "t121"."campaign_id" = "t15"."id"
                                    INNER JOIN "account" AS "t22"
                                      ON "t121"."account_id" = "t22"."id"
                                    INNER JOIN "influencer" AS "t18"
                                      ON "t22"."influencer_id" = "t18"."id"
                                  ) AS "t145"
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
                                  ) AS "t66"
                                    ON "t145"."account_id" = "t66"."account_id"
                                ) AS "t156"
                                WHERE
                                  "t156"."at" <= (
                                    "t156"."start_at" - (
                                      "t156"."end_at" - "t156"."start_at"
                                    )
                                  )
                              ) AS "t159"
                            ) AS "t162"
                            WHERE
                              "t162"."order" = 0
                          ) AS "t167"
                            ON "t184"."campaign_id" = "t167"."campaign_id"
                            AND "t184"."account_id" = "t167"."account_id"
                        ) AS "t191"
                      ) AS "t196"
                    ) AS "t201"
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t87"."campaign_id",
                        "t87"."campaign",
                        "t87"."influencer_id",
                        "t87"."influencer",
                        CAST(NULL AS BIGINT) AS "account_id",
                        CAST(NULL AS VARCHAR) AS "platform",
                        CAST(NULL AS VARCHAR) AS "format",
                        CAST(NULL AS BIGINT) AS "post_id",
                        "t87"."day",
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
                        "t87"."influencers_contacted",
                        "t87"."influencers_interested",
                        "t87"."posts_contracted",
                        "t87"."products_sent",
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
                          CAST("t49"."campaign_id" AS BIGINT) AS "campaign_id",
                          CAST("t15"."name" AS VARCHAR) AS "campaign",
                          CAST("t49"."influencer_id" AS BIGINT) AS "influencer_id",
                          CAST("t17"."name" AS VARCHAR) AS "influencer",
                          "t15"."start_date" AS "day",
                          CAST(1 AS DOUBLE PRECISION) AS "influencers_contacted",
                          CAST(CASE WHEN "t49"."status" IN ('interested', 'activated') THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "influencers_interested",
                          CAST("t49"."posts_contracted" AS DOUBLE PRECISION) AS "posts_contracted",
                          CAST("t49"."products_sent" AS DOUBLE PRECISION) AS "products_sent"
                        FROM (
                          SELECT
                            *
                          FROM "roster" AS "t4"
                          WHERE
                            "t4"."campaign_id" IN (1)
                        ) AS "t49"
                        INNER JOIN "campaign" AS "t15"
                          ON "t49"."campaign_id" = "t15"."id"
                        INNER JOIN "influencer" AS "t17"
                          ON "t49"."influencer_id" = "t17"."id"
                      ) AS "t87"
                    ) AS "t100"
                  ) AS "t202"
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t150"."campaign_id",
                      "t150"."campaign",
                      CAST(NULL AS BIGINT) AS "influencer_id",
                      CAST(NULL AS VARCHAR) AS "influencer",
                      CAST(NULL AS BIGINT) AS "account_id",
                      CAST(NULL AS VARCHAR) AS "platform",
                      CAST(NULL AS VARCHAR) AS "format",
                      "t150"."post_id",
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
                      "t150"."link_clicks",
                      "t150"."unique_link_clicks",
                      "t150"."bot_link_clicks",
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
                        "t137"."post_id",
                        "t137"."link_clicks",
                        "t137"."unique_link_clicks",
                        "t137"."bot_link_clicks",
                        CAST("t15"."name" AS VARCHAR) AS "campaign"
                      FROM (
                        SELECT
                          "t117"."campaign_id",
                          "t117"."post_id",
                          SUM("t117"."link_clicks") AS "link_clicks",
                          SUM("t117"."unique_link_clicks") AS "unique_link_clicks",
                          SUM("t117"."bot_link_clicks") AS "bot_link_clicks"
                        FROM (
                          SELECT
                            CAST("t52"."campaign_id" AS BIGINT) AS "campaign_id",
                            CAST("t52"."influencer_id" AS BIGINT) AS "influencer_id",
                            CAST("t52"."post_id" AS BIGINT) AS "post_id",
                            CAST("t52"."platform" AS VARCHAR) AS "platform",
                            "t106"."link_clicks",
                            "t106"."unique_link_clicks",
                            "t106"."bot_link_clicks"
                          FROM (
                            SELECT
                              "t77"."link_id",
                              SUM("t77"."link_clicks") AS "link_clicks",
                              SUM("t77"."unique_link_clicks") AS "unique_link_clicks",
                              SUM("t77"."bot_link_clicks") AS "bot_link_clicks"
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
                              ) AS "t53"
                                ON "t20"."link_id" = "t53"."link_id"
                            ) AS "t77"
                            GROUP BY
                              1
                          ) AS "t106"
                          INNER JOIN (
                            SELECT
                              *
                            FROM "link" AS "t8"
                            WHERE
                              "t8"."campaign_id" IN (1)
                          ) AS "t52"
                            ON "t106"."link_id" = "t52"."id"
                        ) AS "t117"
                        GROUP BY
                          1,
                          2
                      ) AS "t137"
                      INNER JOIN "campaign" AS "t15"
                        ON "t137"."campaign_id" = "t15"."id"
                    ) AS "t150"
                  ) AS "t153"
                ) AS "t203"
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
                      "t88"."campaign_id",
                      "t88"."sessions",
                      "t88"."new_users",
                      "t88"."engaged_sessions",
                      "t88"."bounced_sessions",
                      "t88"."session_seconds",
                      "t88"."page_views",
                      "t88"."key_events",
                      CAST("t15"."name" AS VARCHAR) AS "campaign"
                    FROM (
                      SELECT
                        "t51"."campaign_id",
                        SUM("t51"."sessions") AS "sessions",
                        SUM("t51"."new_users") AS "new_users",
                        SUM("t51"."engaged_sessions") AS "engaged_sessions",
                        SUM("t51"."bounced_sessions") AS "bounced_sessions",
                        SUM("t51"."session_seconds") AS "session_seconds",
                        SUM("t51"."page_views") AS "page_views",
                        SUM("t51"."key_events") AS "key_events"
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
                      ) AS "t51"
                      GROUP BY
                        1
                    ) AS "t88"
                    INNER JOIN "campaign" AS "t15"
                      ON "t88"."campaign_id" = "t15"."id"
                  ) AS "t109"
                ) AS "t115"
              ) AS "t204"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t114"."campaign_id",
                  "t114"."campaign",
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
                  "t114"."orders",
                  "t114"."revenue",
                  "t114"."new_customers",
                  CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                FROM (
                  SELECT
                    "t99"."campaign_id",
                    "t99"."orders",
                    "t99"."revenue",
                    "t99"."new_customers",
                    CAST("t15"."name" AS VARCHAR) AS "campaign"
                  FROM (
                    SELECT
                      "t69"."campaign_id",
                      SUM("t69"."orders") AS "orders",
                      SUM("t69"."revenue") AS "revenue",
                      SUM("t69"."new_customers") AS "new_customers"
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
                    ) AS "t69"
                    GROUP BY
                      1
                  ) AS "t99"
                  INNER JOIN "campaign" AS "t15"
                    ON "t99"."campaign_id" = "t15"."id"
                ) AS "t114"
              ) AS "t120"
            ) AS "t205"
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
            ) AS "t73"
          ) AS "t208"
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
                    "t98"."campaign_id",
                    "t98"."start",
                    "t98"."rate",
                    "t98"."valid",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t98"."campaign_id"
                      ORDER BY CASE WHEN "t98"."valid" <= "t98"."start" THEN 0 ELSE 1 END ASC, ABS("t98"."valid" - "t98"."start") ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "order"
                  FROM (
                    SELECT
                      "t61"."campaign_id",
                      "t61"."start",
                      "t71"."rate",
                      EXTRACT('epoch' FROM CAST("t71"."valid_on" AS TIMESTAMPTZ)) AS "valid"
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
                    ) AS "t71"
                      ON "t61"."currency" = "t71"."quote"
                  ) AS "t98"
                ) AS "t123"
                WHERE
                  "t123"."order" = 0
              ) AS "t136"
            ) AS "t142"
          ) AS "t149"
            ON "t208"."campaign_id" = "t149"."campaign_id"
        ) AS "t211"
        LEFT OUTER JOIN (
          SELECT
            "t1"."account_id",
            "t1"."inauthentic_share"
          FROM "account_audit" AS "t1"
        ) AS "t29"
          ON "t211"."account_id" = "t29"."account_id"
      ) AS "t213"
    ) AS "t216"
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
              ) AS "t70"
                ON "t61"."currency" = "t70"."quote"
            ) AS "t97"
          ) AS "t122"
          WHERE
            "t122"."order" = 0
        ) AS "t135"
      ) AS "t141"
    ) AS "t148"
      ON "t216"."campaign_id" = "t148"."campaign_id"
  ) AS "t218"
  WHERE
    "t218"."campaign_id" IN (1)
    AND (
      (
        "t218"."bot_link_clicks" IS NOT NULL
      )
      OR (
        "t218"."bounced_sessions" IS NOT NULL
      )
      OR (
        "t218"."brand_followers_expected_gain" IS NOT NULL
      )
      OR (
        "t218"."brand_followers_gained" IS NOT NULL
      )
      OR (
        "t218"."brand_followers_start" IS NOT NULL
      )
      OR (
        "t218"."brand_mention_engagements" IS NOT NULL
      )
      OR (
        "t218"."brand_mentions" IS NOT NULL
      )
      OR (
        "t218"."clicks" IS NOT NULL
      )
      OR (
        "t218"."comments" IS NOT NULL
      )
      OR (
        "t218"."cost" IS NOT NULL
      )
      OR (
        "t218"."disclosed_sponsored_posts" IS NOT NULL
      )
      OR (
        "t218"."emv" IS NOT NULL
      )
      OR (
        "t218"."emv_authentic" IS NOT NULL
      )
      OR (
        "t218"."engagements" IS NOT NULL
      )
      OR (
        "t218"."er_followers_post" IS NOT NULL
      )
      OR (
        "t218"."er_impressions_post" IS NOT NULL
      )
      OR (
        "t218"."er_reach_post" IS NOT NULL
      )
      OR (
        "t218"."er_views_post" IS NOT NULL
      )
      OR (
        "t218"."followers" IS NOT NULL
      )
      OR (
        "t218"."followers_expected_gain" IS NOT NULL
      )
      OR (
        "t218"."followers_gained" IS NOT NULL
      )
      OR (
        "t218"."followers_start" IS NOT NULL
      )
      OR (
        "t218"."impressions" IS NOT NULL
      )
      OR (
        "t218"."impressions_with_estimates" IS NOT NULL
      )
      OR (
        "t218"."influencers_contacted" IS NOT NULL
      )
      OR (
        "t218"."influencers_interested" IS NOT NULL
      )
      OR (
        "t218"."key_events" IS NOT NULL
      )
      OR (
        "t218"."key_message_posts" IS NOT NULL
      )
      OR (
        "t218"."key_messages" IS NOT NULL
      )
      OR (
        "t218"."likes" IS NOT NULL
      )
      OR (
        "t218"."link_clicks" IS NOT NULL
      )
      OR (
        "t218"."mention_engagements" IS NOT NULL
      )
      OR (
        "t218"."mentions" IS NOT NULL
      )
      OR (
        "t218"."new_customers" IS NOT NULL
      )
      OR (
        "t218"."new_users" IS NOT NULL
      )
      OR (
        "t218"."orders" IS NOT NULL
      )
      OR (
        "t218"."page_views" IS NOT NULL
      )
      OR (
        (
          CAST("t218"."cost" AS DOUBLE PRECISION) / (
            CASE
              WHEN "t218"."platform" = 'tiktok'
              THEN CAST(NULL AS DOUBLE PRECISION)
              WHEN "t218"."platform" = 'youtube'
              THEN CAST(NULL AS DOUBLE PRECISION)
              ELSE 1.88
            END * "t218"."paid_rate"
          )
        ) IS NOT NULL
      )
      OR (
        (
          (
            CAST("t218"."cost" AS DOUBLE PRECISION) / (
              CASE
                WHEN "t218"."platform" = 'tiktok'
                THEN 7.5
                WHEN "t218"."platform" = 'youtube'
                THEN 3.53
                ELSE 19.8
              END * "t218"."paid_rate"
            )
          ) * 1000
        ) IS NOT NULL
      )
      OR (
        (
          CAST("t218"."cost" AS DOUBLE PRECISION) / (
            CASE
              WHEN "t218"."platform" = 'youtube'
              THEN 0.026
              ELSE CAST(NULL AS DOUBLE PRECISION)
            END * "t218"."paid_rate"
          )
        ) IS NOT NULL
      )
      OR (
        "t218"."post_id" IS NOT NULL
      )
      OR (
        "t218"."post_platform" IS NOT NULL
      )
      OR (
        "t218"."posts_contracted" IS NOT NULL
      )
      OR (
        "t218"."products_sent" IS NOT NULL
      )
      OR (
        "t218"."publishing_influencer" IS NOT NULL
      )
      OR (
        "t218"."reach" IS NOT NULL
      )
      OR (
        "t218"."revenue" IS NOT NULL
      )
      OR (
        "t218"."saves" IS NOT NULL
      )
      OR (
        "t218"."session_seconds" IS NOT NULL
      )
      OR (
        "t218"."sessions" IS NOT NULL
      )
      OR (
        "t218"."shares" IS NOT NULL
      )
      OR (
        "t218"."sponsored_posts" IS NOT NULL
      )
      OR (
        "t218"."ugc_post" IS NOT NULL
      )
      OR (
        "t218"."unique_link_clicks" IS NOT NULL
      )
      OR (
        "t218"."views" IS NOT NULL
      )
    )
)
SELECT
  "t230"."campaign_id",
  "t230"."campaign",
  "t230"."key_messages",
  "t230"."platforms_selected",
  "t230"."influencers_contacted",
  "t230"."influencers_interested",
  (
    "t230"."influencers_interested" / NULLIF("t230"."influencers_contacted", 0)
  ) * 100 AS "influencers_interested_rate",
  "t230"."influencers_activated",
  "t230"."products_sent",
  "t230"."reach",
  "t230"."impressions",
  "t230"."views",
  "t230"."impressions_with_estimates",
  (
    CAST("t230"."reach_rate__first" AS DOUBLE PRECISION) / NULLIF("t230"."reach_rate__second", 0)
  ) * 100 AS "reach_rate",
  "t230"."brand_mentions",
  (
    "t230"."brand_mentions" / NULLIF("t230"."mentions", 0)
  ) * 100 AS "share_of_voice",
  (
    CAST("t230"."brand_mention_engagements" AS DOUBLE PRECISION) / NULLIF("t230"."mention_engagements", 0)
  ) * 100 AS "share_of_engagement",
  "t230"."key_message_posts",
  (
    "t230"."key_message_posts" / NULLIF(CAST("t230"."posts" AS DOUBLE PRECISION), 0)
  ) * 100 AS "key_message_rate",
  "t230"."posts",
  "t230"."posts_contracted",
  (
    CAST("t230"."posts" AS DOUBLE PRECISION) / NULLIF("t230"."posts_contracted", 0)
  ) * 100 AS "posts_delivery_rate",
  "t230"."ugc_posts",
  "t230"."likes",
  "t230"."comments",
  "t230"."shares",
  "t230"."saves",
  "t230"."engagements",
  (
    CAST("t230"."engagement_rate_reach__first" AS DOUBLE PRECISION) / NULLIF("t230"."engagement_rate_reach__second", 0)
  ) * 100 AS "engagement_rate_reach",
  (
    CAST("t230"."engagement_rate_followers__first" AS DOUBLE PRECISION) / NULLIF("t230"."engagement_rate_followers__second", 0)
  ) * 100 AS "engagement_rate_followers",
  "t230"."er_reach_post_mean" AS "engagement_rate_reach_post_mean",
  "t230"."er_reach_post_median" AS "engagement_rate_reach_post_median",
  "t230"."er_reach_account_mean" AS "engagement_rate_reach_account_mean",
  "t230"."er_reach_account_median" AS "engagement_rate_reach_account_median",
  "t230"."er_followers_post_mean" AS "engagement_rate_followers_post_mean",
  "t230"."er_followers_post_median" AS "engagement_rate_followers_post_median",
  "t230"."er_followers_account_mean" AS "engagement_rate_followers_account_mean",
  "t230"."er_followers_account_median" AS "engagement_rate_followers_account_median",
  (
    CAST("t230"."engagement_rate_impressions__first" AS DOUBLE PRECISION) / NULLIF("t230"."engagement_rate_impressions__second", 0)
  ) * 100 AS "engagement_rate_impressions",
  "t230"."er_impressions_post_mean" AS "engagement_rate_impressions_post_mean",
  "t230"."er_impressions_post_median" AS "engagement_rate_impressions_post_median",
  "t230"."er_impressions_account_mean" AS "engagement_rate_impressions_account_mean",
  "t230"."er_impressions_account_median" AS "engagement_rate_impressions_account_median",
  (
    CAST("t230"."engagement_rate_views__first" AS DOUBLE PRECISION) / NULLIF("t230"."engagement_rate_views__second", 0)
  ) * 100 AS "engagement_rate_views",
  "t230"."er_views_post_mean" AS "engagement_rate_views_post_mean",
  "t230"."er_views_post_median" AS "engagement_rate_views_post_median",
  "t230"."er_views_account_mean" AS "engagement_rate_views_account_mean",
  "t230"."er_views_account_median" AS "engagement_rate_views_account_median",
  "t230"."clicks" AS "platform_link_clicks",
  "t230"."followers_gained",
  (
    CAST("t230"."follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t230"."follower_growth_rate__second", 0)
  ) * 100 AS "follower_growth_rate",
  "t230"."followers_gained_above_trend__first" - "t230"."followers_gained_above_trend__second" AS "followers_gained_above_trend",
  "t230"."brand_followers_gained",
  (
    CAST("t230"."brand_follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t230"."brand_follower_growth_rate__second", 0)
  ) * 100 AS "brand_follower_growth_rate",
  "t230"."brand_followers_gained_above_trend__first" - "t230"."brand_followers_gained_above_trend__second" AS "brand_followers_gained_above_trend",
  "t230"."link_clicks" AS "tracked_clicks",
  "t230"."unique_link_clicks" AS "unique_clicks",
  "t230"."bot_link_clicks" AS "bot_clicks",
  (
    "t230"."link_clicks" / NULLIF("t230"."impressions_with_estimates", 0)
  ) * 100 AS "click_through_rate",
  "t230"."sessions",
  "t230"."new_users",
  (
    CAST("t230"."bounced_sessions" AS DOUBLE PRECISION) / NULLIF("t230"."sessions", 0)
  ) * 100 AS "bounce_rate",
  CAST("t230"."session_seconds" AS DOUBLE PRECISION) / NULLIF("t230"."sessions", 0) AS "average_session_duration",
  CAST("t230"."page_views" AS DOUBLE PRECISION) / NULLIF("t230"."sessions", 0) AS "pages_per_session",
  "t230"."key_events" AS "leads",
  "t230"."orders" AS "conversions",
  (
    "t230"."orders" / NULLIF("t230"."unique_link_clicks", 0)
  ) * 100 AS "conversion_rate",
  "t230"."revenue",
  "t230"."revenue" / NULLIF("t230"."orders", 0) AS "average_order_value",
  "t230"."new_customers",
  "t230"."revenue" / NULLIF("t230"."cost", 0) AS "return_on_ad_spend",
  (
    CAST((
      "t230"."revenue" - "t230"."cost"
    ) AS DOUBLE PRECISION) / NULLIF("t230"."cost", 0)
  ) * 100 AS "return_on_investment",
  (
    CAST((
      "t230"."revenue" - "t230"."cost"
    ) AS DOUBLE PRECISION) / NULLIF("t230"."revenue", 0)
  ) * 100 AS "profitability",
  "t230"."sponsored_posts",
  "t230"."disclosed_sponsored_posts",
  (
    "t230"."disclosed_sponsored_posts" / NULLIF("t230"."sponsored_posts", 0)
  ) * 100 AS "disclosure_rate",
  "t230"."cost",
  (
    "t230"."cost" / NULLIF("t230"."impressions_with_estimates", 0)
  ) * 1000 AS "cost_per_mille",
  "t230"."cost" / NULLIF("t230"."engagements", 0) AS "cost_per_engagement",
  "t230"."cost" / NULLIF("t230"."views", 0) AS "cost_per_view",
  "t230"."cost" / NULLIF("t230"."brand_followers_gained", 0) AS "cost_per_new_follower",
  "t230"."cost" / NULLIF("t230"."link_clicks", 0) AS "cost_per_click",
  "t230"."cost" / NULLIF("t230"."orders", 0) AS "cost_per_acquisition",
  "t230"."cost" / NULLIF("t230"."new_customers", 0) AS "customer_acquisition_cost",
  "t230"."cost" / NULLIF("t230"."key_events", 0) AS "cost_per_lead",
  "t230"."emv",
  "t230"."emv_authentic",
  "t230"."emv" / NULLIF("t230"."cost", 0) AS "emv_per_cost",
  "t230"."paid_impressions" AS "paid_equivalent_impressions",
  "t230"."paid_clicks" AS "paid_equivalent_clicks",
  "t230"."paid_views" AS "paid_equivalent_views",
  (
    CAST("t230"."impressions_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t230"."impressions_vs_paid__second", 0)
  ) * 100 AS "impressions_vs_paid",
  (
    CAST("t230"."clicks_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t230"."clicks_vs_paid__second", 0)
  ) * 100 AS "clicks_vs_paid",
  (
    CAST("t230"."views_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t230"."views_vs_paid__second", 0)
  ) * 100 AS "views_vs_paid",
  CASE
    WHEN "t230"."key_messages" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_messages__provenance",
  CASE
    WHEN "t230"."platforms_selected" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "platforms_selected__provenance",
  CASE
    WHEN "t230"."influencers_contacted" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_contacted__provenance",
  CASE
    WHEN "t230"."influencers_interested" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_interested__provenance",
  CASE
    WHEN (
      (
        CAST("t230"."influencers_interested" AS DOUBLE PRECISION) / NULLIF("t230"."influencers_contacted", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_interested_rate__provenance",
  CASE
    WHEN "t230"."influencers_activated" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_activated__provenance",
  CASE
    WHEN "t230"."products_sent" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "products_sent__provenance",
  CASE
    WHEN "t230"."reach" IS NOT NULL
    THEN COALESCE("t230"."reach__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "reach__provenance",
  CASE
    WHEN "t230"."impressions" IS NOT NULL
    THEN COALESCE("t230"."impressions__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions__provenance",
  CASE
    WHEN "t230"."views" IS NOT NULL
    THEN COALESCE("t230"."views__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "views__provenance",
  CASE
    WHEN "t230"."impressions_with_estimates" IS NOT NULL
    THEN COALESCE("t230"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions_with_estimates__provenance",
  CASE
    WHEN (
      (
        CAST("t230"."reach_rate__first" AS DOUBLE PRECISION) / NULLIF("t230"."reach_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t230"."reach_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "reach_rate__provenance",
  CASE
    WHEN "t230"."brand_mentions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_mentions__provenance",
  CASE
    WHEN (
      (
        CAST("t230"."brand_mentions" AS DOUBLE PRECISION) / NULLIF("t230"."mentions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "share_of_voice__provenance",
  CASE
    WHEN (
      (
        CAST("t230"."brand_mention_engagements" AS DOUBLE PRECISION) / NULLIF("t230"."mention_engagements", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "share_of_engagement__provenance",
  CASE
    WHEN "t230"."key_message_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_message_posts__provenance",
  CASE
    WHEN (
      (
        CAST("t230"."key_message_posts" AS DOUBLE PRECISION) / NULLIF(CAST("t230"."posts" AS DOUBLE PRECISION), 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_message_rate__provenance",
  CASE
    WHEN "t230"."posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts__provenance",
  CASE
    WHEN "t230"."posts_contracted" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts_contracted__provenance",
  CASE
    WHEN (
      (
        CAST("t230"."posts" AS DOUBLE PRECISION) / NULLIF("t230"."posts_contracted", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts_delivery_rate__provenance",
  CASE
    WHEN "t230"."ugc_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "ugc_posts__provenance",
  CASE
    WHEN "t230"."likes" IS NOT NULL
    THEN COALESCE("t230"."likes__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "likes__provenance",
  CASE
    WHEN "t230"."comments" IS NOT NULL
    THEN COALESCE("t230"."comments__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "comments__provenance",
  CASE
    WHEN "t230"."shares" IS NOT NULL
    THEN COALESCE("t230"."shares__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "shares__provenance",
  CASE
    WHEN "t230"."saves" IS NOT NULL
    THEN COALESCE("t230"."saves__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "saves__provenance",
  CASE
    WHEN "t230"."engagements" IS NOT NULL
    THEN COALESCE("t230"."engagements__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagements__provenance",
  CASE
    WHEN (
      (
        CAST("t230"."engagement_rate_reach__first" AS DOUBLE PRECISION) / NULLIF("t230"."engagement_rate_reach__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t230"."engagement_rate_reach__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach__provenance",
  CASE
    WHEN (
      (
        CAST("t230"."engagement_rate_followers__first" AS DOUBLE PRECISION) / NULLIF("t230"."engagement_rate_followers__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t230"."engagement_rate_followers__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers__provenance",
  CASE
    WHEN "t230"."er_reach_post_mean" IS NOT NULL
    THEN COALESCE("t230"."er_reach_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_post_mean__provenance",
  CASE
    WHEN "t230"."er_reach_post_median" IS NOT NULL
    THEN COALESCE("t230"."er_reach_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_post_median__provenance",
  CASE
    WHEN "t230"."er_reach_account_mean" IS NOT NULL
    THEN COALESCE("t230"."er_reach_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_account_mean__provenance",
  CASE
    WHEN "t230"."er_reach_account_median" IS NOT NULL
    THEN COALESCE("t230"."er_reach_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_account_median__provenance",
  CASE
    WHEN "t230"."er_followers_post_mean" IS NOT NULL
    THEN COALESCE("t230"."er_followers_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_post_mean__provenance",
  CASE
    WHEN "t230"."er_followers_post_median" IS NOT NULL
    THEN COALESCE("t230"."er_followers_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_post_median__provenance",
  CASE
    WHEN "t230"."er_followers_account_mean" IS NOT NULL
    THEN COALESCE("t230"."er_followers_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_account_mean__provenance",
  CASE
    WHEN "t230"."er_followers_account_median" IS NOT NULL
    THEN COALESCE("t230"."er_followers_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_account_median__provenance",
  CASE
    WHEN (
      (
        CAST("t230"."engagement_rate_impressions__first" AS DOUBLE PRECISION) / NULLIF("t230"."engagement_rate_impressions__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t230"."engagement_rate_impressions__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions__provenance",
  CASE
    WHEN "t230"."er_impressions_post_mean" IS NOT NULL
    THEN COALESCE("t230"."er_impressions_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_post_mean__provenance",
  CASE
    WHEN "t230"."er_impressions_post_median" IS NOT NULL
    THEN COALESCE("t230"."er_impressions_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_post_median__provenance",
  CASE
    WHEN "t230"."er_impressions_account_mean" IS NOT NULL
    THEN COALESCE("t230"."er_impressions_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_account_mean__provenance",
  CASE
    WHEN "t230"."er_impressions_account_median" IS NOT NULL
    THEN COALESCE("t230"."er_impressions_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_account_median__provenance",
  CASE
    WHEN (
      (
        CAST("t230"."engagement_rate_views__first" AS DOUBLE PRECISION) / NULLIF("t230"."engagement_rate_views__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t230"."engagement_rate_views__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views__provenance",
  CASE
    WHEN "t230"."er_views_post_mean" IS NOT NULL
    THEN COALESCE("t230"."er_views_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_post_mean__provenance",
  CASE
    WHEN "t230"."er_views_post_median" IS NOT NULL
    THEN COALESCE("t230"."er_views_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_post_median__provenance",
  CASE
    WHEN "t230"."er_views_account_mean" IS NOT NULL
    THEN COALESCE("t230"."er_views_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_account_mean__provenance",
  CASE
    WHEN "t230"."er_views_account_median" IS NOT NULL
    THEN COALESCE("t230"."er_views_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_account_median__provenance",
  CASE
    WHEN "t230"."clicks" IS NOT NULL
    THEN COALESCE("t230"."clicks__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "platform_link_clicks__provenance",
  CASE
    WHEN "t230"."followers_gained" IS NOT NULL
    THEN COALESCE("t230"."followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "followers_gained__provenance",
  CASE
    WHEN (
      (
        CAST("t230"."follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t230"."follower_growth_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t230"."follower_growth_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "follower_growth_rate__provenance",
  CASE
    WHEN (
      "t230"."followers_gained_above_trend__first" - "t230"."followers_gained_above_trend__second"
    ) IS NOT NULL
    THEN COALESCE("t230"."followers_gained_above_trend__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "followers_gained_above_trend__provenance",
  CASE
    WHEN "t230"."brand_followers_gained" IS NOT NULL
    THEN COALESCE("t230"."brand_followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_followers_gained__provenance",
  CASE
    WHEN (
      (
        CAST("t230"."brand_follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t230"."brand_follower_growth_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t230"."brand_follower_growth_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_follower_growth_rate__provenance",
  CASE
    WHEN (
      "t230"."brand_followers_gained_above_trend__first" - "t230"."brand_followers_gained_above_trend__second"
    ) IS NOT NULL
    THEN COALESCE("t230"."brand_followers_gained_above_trend__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_followers_gained_above_trend__provenance",
  CASE
    WHEN "t230"."link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "tracked_clicks__provenance",
  CASE
    WHEN "t230"."unique_link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "unique_clicks__provenance",
  CASE
    WHEN "t230"."bot_link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "bot_clicks__provenance",
  CASE
    WHEN (
      (
        CAST("t230"."link_clicks" AS DOUBLE PRECISION) / NULLIF("t230"."impressions_with_estimates", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t230"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "click_through_rate__provenance",
  CASE
    WHEN "t230"."sessions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "sessions__provenance",
  CASE
    WHEN "t230"."new_users" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "new_users__provenance",
  CASE
    WHEN (
      (
        CAST("t230"."bounced_sessions" AS DOUBLE PRECISION) / NULLIF("t230"."sessions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "bounce_rate__provenance",
  CASE
    WHEN (
      CAST("t230"."session_seconds" AS DOUBLE PRECISION) / NULLIF("t230"."sessions", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "average_session_duration__provenance",
  CASE
    WHEN (
      CAST("t230"."page_views" AS DOUBLE PRECISION) / NULLIF("t230"."sessions", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "pages_per_session__provenance",
  CASE
    WHEN "t230"."key_events" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "leads__provenance",
  CASE
    WHEN "t230"."orders" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "conversions__provenance",
  CASE
    WHEN (
      (
        CAST("t230"."orders" AS DOUBLE PRECISION) / NULLIF("t230"."unique_link_clicks", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "conversion_rate__provenance",
  CASE
    WHEN "t230"."revenue" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "revenue__provenance",
  CASE
    WHEN (
      CAST("t230"."revenue" AS DOUBLE PRECISION) / NULLIF("t230"."orders", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "average_order_value__provenance",
  CASE
    WHEN "t230"."new_customers" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "new_customers__provenance",
  CASE
    WHEN (
      CAST("t230"."revenue" AS DOUBLE PRECISION) / NULLIF("t230"."cost", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_ad_spend__provenance",
  CASE
    WHEN (
      (
        CAST((
          "t230"."revenue" - "t230"."cost"
        ) AS DOUBLE PRECISION) / NULLIF("t230"."cost", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_investment__provenance",
  CASE
    WHEN (
      (
        CAST((
          "t230"."revenue" - "t230"."cost"
        ) AS DOUBLE PRECISION) / NULLIF("t230"."revenue", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "profitability__provenance",
  CASE
    WHEN "t230"."sponsored_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "sponsored_posts__provenance",
  CASE
    WHEN "t230"."disclosed_sponsored_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "disclosed_sponsored_posts__provenance",
  CASE
    WHEN (
      (
        CAST("t230"."disclosed_sponsored_posts" AS DOUBLE PRECISION) / NULLIF("t230"."sponsored_posts", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "disclosure_rate__provenance",
  CASE
    WHEN "t230"."cost" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost__provenance",
  CASE
    WHEN (
      (
        CAST("t230"."cost" AS DOUBLE PRECISION) / NULLIF("t230"."impressions_with_estimates", 0)
      ) * 1000
    ) IS NOT NULL
    THEN COALESCE("t230"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_mille__provenance",
  CASE
    WHEN (
      CAST("t230"."cost" AS DOUBLE PRECISION) / NULLIF("t230"."engagements", 0)
    ) IS NOT NULL
    THEN COALESCE("t230"."engagements__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_engagement__provenance",
  CASE
    WHEN (
      CAST("t230"."cost" AS DOUBLE PRECISION) / NULLIF("t230"."views", 0)
    ) IS NOT NULL
    THEN COALESCE("t230"."views__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_view__provenance",
  CASE
    WHEN (
      CAST("t230"."cost" AS DOUBLE PRECISION) / NULLIF("t230"."brand_followers_gained", 0)
    ) IS NOT NULL
    THEN COALESCE("t230"."brand_followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_new_follower__provenance",
  CASE
    WHEN (
      CAST("t230"."cost" AS DOUBLE PRECISION) / NULLIF("t230"."link_clicks", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_click__provenance",
  CASE
    WHEN (
      CAST("t230"."cost" AS DOUBLE PRECISION) / NULLIF("t230"."orders", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_acquisition__provenance",
  CASE
    WHEN (
      CAST("t230"."cost" AS DOUBLE PRECISION) / NULLIF("t230"."new_customers", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "customer_acquisition_cost__provenance",
  CASE
    WHEN (
      CAST("t230"."cost" AS DOUBLE PRECISION) / NULLIF("t230"."key_events", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_lead__provenance",
  CASE
    WHEN "t230"."emv" IS NOT NULL
    THEN COALESCE("t230"."emv__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv__provenance",
  CASE
    WHEN "t230"."emv_authentic" IS NOT NULL
    THEN COALESCE("t230"."emv_authentic__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv_authentic__provenance",
  CASE
    WHEN (
      CAST("t230"."emv" AS DOUBLE PRECISION) / NULLIF("t230"."cost", 0)
    ) IS NOT NULL
    THEN COALESCE("t230"."emv__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv_per_cost__provenance",
  CASE
    WHEN "t230"."paid_impressions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_impressions__provenance",
  CASE
    WHEN "t230"."paid_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_clicks__provenance",
  CASE
    WHEN "t230"."paid_views" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_views__provenance",
  CASE
    WHEN (
      (
        CAST("t230"."impressions_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t230"."impressions_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t230"."impressions_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions_vs_paid__provenance",
  CASE
    WHEN (
      (
        CAST("t230"."clicks_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t230"."clicks_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t230"."clicks_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "clicks_vs_paid__provenance",
  CASE
    WHEN (
      (
        CAST("t230"."views_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t230"."views_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t230"."views_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "views_vs_paid__provenance"
FROM (
  SELECT
    "t229"."campaign_id",
    "t229"."key_messages",
    "t229"."platforms_selected",
    "t229"."influencers_contacted",
    "t229"."influencers_interested",
    "t229"."influencers_activated",
    "t229"."products_sent",
    "t229"."reach",
    "t229"."impressions",
    "t229"."views",
    "t229"."impressions_with_estimates",
    "t229"."reach_rate__first",
    "t229"."reach_rate__second",
    "t229"."brand_mentions",
    "t229"."mentions",
    "t229"."brand_mention_engagements",
    "t229"."mention_engagements",
    "t229"."key_message_posts",
    "t229"."posts",
    "t229"."posts_contracted",
    "t229"."ugc_posts",
    "t229"."likes",
    "t229"."comments",
    "t229"."shares",
    "t229"."saves",
    "t229"."engagements",
    "t229"."engagement_rate_reach__first",
    "t229"."engagement_rate_reach__second",
    "t229"."engagement_rate_followers__first",
    "t229"."engagement_rate_followers__second",
    "t229"."er_reach_post_mean",
    "t229"."er_reach_post_median",
    "t229"."er_followers_post_mean",
    "t229"."er_followers_post_median",
    "t229"."engagement_rate_impressions__first",
    "t229"."engagement_rate_impressions__second",
    "t229"."er_impressions_post_mean",
    "t229"."er_impressions_post_median",
    "t229"."engagement_rate_views__first",
    "t229"."engagement_rate_views__second",
    "t229"."er_views_post_mean",
    "t229"."er_views_post_median",
    "t229"."clicks",
    "t229"."followers_gained",
    "t229"."follower_growth_rate__first",
    "t229"."follower_growth_rate__second",
    "t229"."followers_gained_above_trend__first",
    "t229"."followers_gained_above_trend__second",
    "t229"."brand_followers_gained",
    "t229"."brand_follower_growth_rate__first",
    "t229"."brand_follower_growth_rate__second",
    "t229"."brand_followers_gained_above_trend__first",
    "t229"."brand_followers_gained_above_trend__second",
    "t229"."link_clicks",
    "t229"."unique_link_clicks",
    "t229"."bot_link_clicks",
    "t229"."sessions",
    "t229"."new_users",
    "t229"."bounced_sessions",
    "t229"."session_seconds",
    "t229"."page_views",
    "t229"."key_events",
    "t229"."orders",
    "t229"."revenue",
    "t229"."new_customers",
    "t229"."cost",
    "t229"."sponsored_posts",
    "t229"."disclosed_sponsored_posts",
    "t229"."emv",
    "t229"."emv_authentic",
    "t229"."paid_impressions",
    "t229"."paid_clicks",
    "t229"."paid_views",
    "t229"."impressions_vs_paid__first",
    "t229"."impressions_vs_paid__second",
    "t229"."clicks_vs_paid__first",
    "t229"."clicks_vs_paid__second",
    "t229"."views_vs_paid__first",
    "t229"."views_vs_paid__second",
    "t229"."reach__provenance",
    "t229"."impressions__provenance",
    "t229"."views__provenance",
    "t229"."impressions_with_estimates__provenance",
    "t229"."reach_rate__pair__provenance",
    "t229"."likes__provenance",
    "t229"."comments__provenance",
    "t229"."shares__provenance",
    "t229"."saves__provenance",
    "t229"."engagements__provenance",
    "t229"."engagement_rate_reach__pair__provenance",
    "t229"."engagement_rate_followers__pair__provenance",
    "t229"."er_reach_post_mean__provenance",
    "t229"."er_followers_post_mean__provenance",
    "t229"."engagement_rate_impressions__pair__provenance",
    "t229"."er_impressions_post_mean__provenance",
    "t229"."engagement_rate_views__pair__provenance",
    "t229"."er_views_post_mean__provenance",
    "t229"."clicks__provenance",
    "t229"."followers_gained__provenance",
    "t229"."follower_growth_rate__pair__provenance",
    "t229"."followers_gained_above_trend__pair__provenance",
    "t229"."brand_followers_gained__provenance",
    "t229"."brand_follower_growth_rate__pair__provenance",
    "t229"."brand_followers_gained_above_trend__pair__provenance",
    "t229"."emv__provenance",
    "t229"."emv_authentic__provenance",
    "t229"."impressions_vs_paid__pair__provenance",
    "t229"."clicks_vs_paid__pair__provenance",
    "t229"."views_vs_paid__pair__provenance",
    "t227"."er_reach_account_mean",
    "t227"."er_reach_account_median",
    "t227"."er_followers_account_mean",
    "t227"."er_followers_account_median",
    "t227"."er_impressions_account_mean",
    "t227"."er_impressions_account_median",
    "t227"."er_views_account_mean",
    "t227"."er_views_account_median",
    "t227"."er_reach_account_mean__provenance",
    "t227"."er_reach_account_median__provenance",
    "t227"."er_followers_account_mean__provenance",
    "t227"."er_followers_account_median__provenance",
    "t227"."er_impressions_account_mean__provenance",
    "t227"."er_impressions_account_median__provenance",
    "t227"."er_views_account_mean__provenance",
    "t227"."er_views_account_median__provenance",
    "t45"."campaign"
  FROM (
    SELECT
      "t225"."campaign_id",
      "t225"."key_messages",
      "t225"."platforms_selected",
      "t225"."influencers_contacted",
      "t225"."influencers_interested",
      "t225"."influencers_activated",
      "t225"."products_sent",
      "t225"."reach",
      "t225"."impressions",
      "t225"."views",
      "t225"."impressions_with_estimates",
      "t225"."reach_rate__first",
      "t225"."reach_rate__second",
      "t225"."brand_mentions",
      "t225"."mentions",
      "t225"."brand_mention_engagements",
      "t225"."mention_engagements",
      "t225"."key_message_posts",
      "t225"."posts",
      "t225"."posts_contracted",
      "t225"."ugc_posts",
      "t225"."likes",
      "t225"."comments",
      "t225"."shares",
      "t225"."saves",
      "t225"."engagements",
      "t225"."engagement_rate_reach__first",
      "t225"."engagement_rate_reach__second",
      "t225"."engagement_rate_followers__first",
      "t225"."engagement_rate_followers__second",
      "t225"."er_reach_post_mean",
      "t225"."er_reach_post_median",
      "t225"."er_followers_post_mean",
      "t225"."er_followers_post_median",
      "t225"."engagement_rate_impressions__first",
      "t225"."engagement_rate_impressions__second",
      "t225"."er_impressions_post_mean",
      "t225"."er_impressions_post_median",
      "t225"."engagement_rate_views__first",
      "t225"."engagement_rate_views__second",
      "t225"."er_views_post_mean",
      "t225"."er_views_post_median",
      "t225"."clicks",
      "t225"."followers_gained",
      "t225"."follower_growth_rate__first",
      "t225"."follower_growth_rate__second",
      "t225"."followers_gained_above_trend__first",
      "t225"."followers_gained_above_trend__second",
      "t225"."brand_followers_gained",
      "t225"."brand_follower_growth_rate__first",
      "t225"."brand_follower_growth_rate__second",
      "t225"."brand_followers_gained_above_trend__first",
      "t225"."brand_followers_gained_above_trend__second",
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
      "t225"."cost",
      "t225"."sponsored_posts",
      "t225"."disclosed_sponsored_posts",
      "t225"."emv",
      "t225"."emv_authentic",
      "t225"."paid_impressions",
      "t225"."paid_clicks",
      "t225"."paid_views",
      "t225"."impressions_vs_paid__first",
      "t225"."impressions_vs_paid__second",
      "t225"."clicks_vs_paid__first",
      "t225"."clicks_vs_paid__second",
      "t225"."views_vs_paid__first",
      "t225"."views_vs_paid__second",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 0
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 0
        ) & 3
      END AS "reach__provenance",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 2
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 2
        ) & 3
      END AS "impressions__provenance",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 4
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 4
        ) & 3
      END AS "views__provenance",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 6
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 6
        ) & 3
      END AS "impressions_with_estimates__provenance",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 8
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 8
        ) & 3
      END AS "reach_rate__pair__provenance",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 10
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 10
        ) & 3
      END AS "likes__provenance",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 12
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 12
        ) & 3
      END AS "comments__provenance",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 14
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 14
        ) & 3
      END AS "shares__provenance",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 16
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 16
        ) & 3
      END AS "saves__provenance",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 18
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 18
        ) & 3
      END AS "engagements__provenance",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 20
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 20
        ) & 3
      END AS "engagement_rate_reach__pair__provenance",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 22
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 22
        ) & 3
      END AS "engagement_rate_followers__pair__provenance",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 24
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 24
        ) & 3
      END AS "er_reach_post_mean__provenance",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 26
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 26
        ) & 3
      END AS "er_followers_post_mean__provenance",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 28
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 28
        ) & 3
      END AS "engagement_rate_impressions__pair__provenance",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 30
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 30
        ) & 3
      END AS "er_impressions_post_mean__provenance",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 32
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 32
        ) & 3
      END AS "engagement_rate_views__pair__provenance",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 34
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 34
        ) & 3
      END AS "er_views_post_mean__provenance",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 36
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 36
        ) & 3
      END AS "clicks__provenance",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 38
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 38
        ) & 3
      END AS "followers_gained__provenance",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 40
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 40
        ) & 3
      END AS "follower_growth_rate__pair__provenance",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 42
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 42
        ) & 3
      END AS "followers_gained_above_trend__pair__provenance",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 44
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 44
        ) & 3
      END AS "brand_followers_gained__provenance",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 46
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 46
        ) & 3
      END AS "brand_follower_growth_rate__pair__provenance",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 48
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 48
        ) & 3
      END AS "brand_followers_gained_above_trend__pair__provenance",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 50
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 50
        ) & 3
      END AS "emv__provenance",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 52
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 52
        ) & 3
      END AS "emv_authentic__provenance",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 54
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 54
        ) & 3
      END AS "impressions_vs_paid__pair__provenance",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 56
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 56
        ) & 3
      END AS "clicks_vs_paid__pair__provenance",
      CASE
        WHEN (
          (
            "t225"."ranks__0" >> 58
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t225"."ranks__0" >> 58
        ) & 3
      END AS "views_vs_paid__pair__provenance"
    FROM (
      SELECT
        "t220"."campaign_id",
        SUM("t220"."key_messages") AS "key_messages",
        COUNT(DISTINCT "t220"."post_platform") AS "platforms_selected",
        SUM("t220"."influencers_contacted") AS "influencers_contacted",
        SUM("t220"."influencers_interested") AS "influencers_interested",
        COUNT(DISTINCT "t220"."publishing_influencer") AS "influencers_activated",
        SUM("t220"."products_sent") AS "products_sent",
        SUM("t220"."reach") AS "reach",
        SUM("t220"."impressions") AS "impressions",
        SUM("t220"."views") AS "views",
        SUM("t220"."impressions_with_estimates") AS "impressions_with_estimates",
        SUM("t220"."reach") FILTER(WHERE
          (
            "t220"."reach" IS NOT NULL
          ) AND (
            "t220"."followers" IS NOT NULL
          )) AS "reach_rate__first",
        SUM("t220"."followers") FILTER(WHERE
          (
            "t220"."reach" IS NOT NULL
          ) AND (
            "t220"."followers" IS NOT NULL
          )) AS "reach_rate__second",
        SUM("t220"."brand_mentions") AS "brand_mentions",
        SUM("t220"."mentions") AS "mentions",
        SUM("t220"."brand_mention_engagements") AS "brand_mention_engagements",
        SUM("t220"."mention_engagements") AS "mention_engagements",
        SUM("t220"."key_message_posts") AS "key_message_posts",
        COUNT(DISTINCT "t220"."post_id") AS "posts",
        SUM("t220"."posts_contracted") AS "posts_contracted",
        COUNT(DISTINCT "t220"."ugc_post") AS "ugc_posts",
        SUM("t220"."likes") AS "likes",
        SUM("t220"."comments") AS "comments",
        SUM("t220"."shares") AS "shares",
        SUM("t220"."saves") AS "saves",
        SUM("t220"."engagements") AS "engagements",
        SUM("t220"."engagements") FILTER(WHERE
          (
            "t220"."engagements" IS NOT NULL
          ) AND (
            "t220"."reach" IS NOT NULL
          )) AS "engagement_rate_reach__first",
        SUM("t220"."reach") FILTER(WHERE
          (
            "t220"."engagements" IS NOT NULL
          ) AND (
            "t220"."reach" IS NOT NULL
          )) AS "engagement_rate_reach__second",
        SUM("t220"."engagements") FILTER(WHERE
          (
            "t220"."engagements" IS NOT NULL
          ) AND (
            "t220"."followers" IS NOT NULL
          )) AS "engagement_rate_followers__first",
        SUM("t220"."followers") FILTER(WHERE
          (
            "t220"."engagements" IS NOT NULL
          ) AND (
            "t220"."followers" IS NOT NULL
          )) AS "engagement_rate_followers__second",
        AVG("t220"."er_reach_post") AS "er_reach_post_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t220"."er_reach_post") AS "er_reach_post_median",
        AVG("t220"."er_followers_post") AS "er_followers_post_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t220"."er_followers_post") AS "er_followers_post_median",
        SUM("t220"."engagements") FILTER(WHERE
          (
            "t220"."engagements" IS NOT NULL
          ) AND (
            "t220"."impressions" IS NOT NULL
          )) AS "engagement_rate_impressions__first",
        SUM("t220"."impressions") FILTER(WHERE
          (
            "t220"."engagements" IS NOT NULL
          ) AND (
            "t220"."impressions" IS NOT NULL
          )) AS "engagement_rate_impressions__second",
        AVG("t220"."er_impressions_post") AS "er_impressions_post_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t220"."er_impressions_post") AS "er_impressions_post_median",
        SUM("t220"."engagements") FILTER(WHERE
          (
            "t220"."engagements" IS NOT NULL
          ) AND (
            "t220"."views" IS NOT NULL
          )) AS "engagement_rate_views__first",
        SUM("t220"."views") FILTER(WHERE
          (
            "t220"."engagements" IS NOT NULL
          ) AND (
            "t220"."views" IS NOT NULL
          )) AS "engagement_rate_views__second",
        AVG("t220"."er_views_post") AS "er_views_post_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t220"."er_views_post") AS "er_views_post_median",
        SUM("t220"."clicks") AS "clicks",
        SUM("t220"."followers_gained") AS "followers_gained",
        SUM("t220"."followers_gained") FILTER(WHERE
          (
            "t220"."followers_gained" IS NOT NULL
          )
          AND (
            "t220"."followers_start" IS NOT NULL
          )) AS "follower_growth_rate__first",
        SUM("t220"."followers_start") FILTER(WHERE
          (
            "t220"."followers_gained" IS NOT NULL
          )
          AND (
            "t220"."followers_start" IS NOT NULL
          )) AS "follower_growth_rate__second",
        SUM("t220"."followers_gained") FILTER(WHERE
          (
            "t220"."followers_gained" IS NOT NULL
          )
          AND (
            "t220"."followers_expected_gain" IS NOT NULL
          )) AS "followers_gained_above_trend__first",
        SUM("t220"."followers_expected_gain") FILTER(WHERE
          (
            "t220"."followers_gained" IS NOT NULL
          )
          AND (
            "t220"."followers_expected_gain" IS NOT NULL
          )) AS "followers_gained_above_trend__second",
        SUM("t220"."brand_followers_gained") AS "brand_followers_gained",
        SUM("t220"."brand_followers_gained") FILTER(WHERE
          (
            "t220"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t220"."brand_followers_start" IS NOT NULL
          )) AS "brand_follower_growth_rate__first",
        SUM("t220"."brand_followers_start") FILTER(WHERE
          (
            "t220"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t220"."brand_followers_start" IS NOT NULL
          )) AS "brand_follower_growth_rate__second",
        SUM("t220"."brand_followers_gained") FILTER(WHERE
          (
            "t220"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t220"."brand_followers_expected_gain" IS NOT NULL
          )) AS "brand_followers_gained_above_trend__first",
        SUM("t220"."brand_followers_expected_gain") FILTER(WHERE
          (
            "t220"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t220"."brand_followers_expected_gain" IS NOT NULL
          )) AS "brand_followers_gained_above_trend__second",
        SUM("t220"."link_clicks") AS "link_clicks",
        SUM("t220"."unique_link_clicks") AS "unique_link_clicks",
        SUM("t220"."bot_link_clicks") AS "bot_link_clicks",
        SUM("t220"."sessions") AS "sessions",
        SUM("t220"."new_users") AS "new_users",
        SUM("t220"."bounced_sessions") AS "bounced_sessions",
        SUM("t220"."session_seconds") AS "session_seconds",
        SUM("t220"."page_views") AS "page_views",
        SUM("t220"."key_events") AS "key_events",
        SUM("t220"."orders") AS "orders",
        SUM("t220"."revenue") AS "revenue",
        SUM("t220"."new_customers") AS "new_customers",
        SUM("t220"."cost") AS "cost",
        SUM("t220"."sponsored_posts") AS "sponsored_posts",
        SUM("t220"."disclosed_sponsored_posts") AS "disclosed_sponsored_posts",
        SUM("t220"."emv") AS "emv",
        SUM("t220"."emv_authentic") AS "emv_authentic",
        SUM("t220"."paid_impressions") AS "paid_impressions",
        SUM("t220"."paid_clicks") AS "paid_clicks",
        SUM("t220"."paid_views") AS "paid_views",
        SUM("t220"."impressions_with_estimates") FILTER(WHERE
          (
            "t220"."impressions_with_estimates" IS NOT NULL
          )
          AND (
            "t220"."paid_impressions" IS NOT NULL
          )) AS "impressions_vs_paid__first",
        SUM("t220"."paid_impressions") FILTER(WHERE
          (
            "t220"."impressions_with_estimates" IS NOT NULL
          )
          AND (
            "t220"."paid_impressions" IS NOT NULL
          )) AS "impressions_vs_paid__second",
        SUM("t220"."clicks") FILTER(WHERE
          (
            "t220"."clicks" IS NOT NULL
          ) AND (
            "t220"."paid_clicks" IS NOT NULL
          )) AS "clicks_vs_paid__first",
        SUM("t220"."paid_clicks") FILTER(WHERE
          (
            "t220"."clicks" IS NOT NULL
          ) AND (
            "t220"."paid_clicks" IS NOT NULL
          )) AS "clicks_vs_paid__second",
        SUM("t220"."views") FILTER(WHERE
          (
            "t220"."views" IS NOT NULL
          ) AND (
            "t220"."paid_views" IS NOT NULL
          )) AS "views_vs_paid__first",
        SUM("t220"."paid_views") FILTER(WHERE
          (
            "t220"."views" IS NOT NULL
          ) AND (
            "t220"."paid_views" IS NOT NULL
          )) AS "views_vs_paid__second",
        BIT_OR(
          (
            CASE
              WHEN "t220"."reach" IS NOT NULL
              THEN COALESCE("t220"."reach__provenance", 0)
              ELSE 0
            END << 0
          ) | (
            CASE
              WHEN "t220"."impressions" IS NOT NULL
              THEN COALESCE("t220"."impressions__provenance", 0)
              ELSE 0
            END << 2
          ) | (
            CASE
              WHEN "t220"."views" IS NOT NULL
              THEN COALESCE("t220"."views__provenance", 0)
              ELSE 0
            END << 4
          ) | (
            CASE
              WHEN "t220"."impressions_with_estimates" IS NOT NULL
              THEN COALESCE("t220"."impressions_with_estimates__provenance", 0)
              ELSE 0
            END << 6
          ) | (
            CASE
              WHEN (
                "t220"."reach" IS NOT NULL
              ) AND (
                "t220"."followers" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t220"."reach__provenance", -1),
                    COALESCE("t220"."followers__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 8
          ) | (
            CASE
              WHEN "t220"."likes" IS NOT NULL
              THEN COALESCE("t220"."likes__provenance", 0)
              ELSE 0
            END << 10
          ) | (
            CASE
              WHEN "t220"."comments" IS NOT NULL
              THEN COALESCE("t220"."comments__provenance", 0)
              ELSE 0
            END << 12
          ) | (
            CASE
              WHEN "t220"."shares" IS NOT NULL
              THEN COALESCE("t220"."shares__provenance", 0)
              ELSE 0
            END << 14
          ) | (
            CASE
              WHEN "t220"."saves" IS NOT NULL
              THEN COALESCE("t220"."saves__provenance", 0)
              ELSE 0
            END << 16
          ) | (
            CASE
              WHEN "t220"."engagements" IS NOT NULL
              THEN COALESCE("t220"."engagements__provenance", 0)
              ELSE 0
            END << 18
          ) | (
            CASE
              WHEN (
                "t220"."engagements" IS NOT NULL
              ) AND (
                "t220"."reach" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t220"."engagements__provenance", -1),
                    COALESCE("t220"."reach__provenance", -1)
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
                "t220"."engagements" IS NOT NULL
              ) AND (
                "t220"."followers" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t220"."engagements__provenance", -1),
                    COALESCE("t220"."followers__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 22
          ) | (
            CASE
              WHEN "t220"."er_reach_post" IS NOT NULL
              THEN COALESCE("t220"."er_reach_post__provenance", 0)
              ELSE 0
            END << 24
          ) | (
            CASE
              WHEN "t220"."er_followers_post" IS NOT NULL
              THEN COALESCE("t220"."er_followers_post__provenance", 0)
              ELSE 0
            END << 26
          ) | (
            CASE
              WHEN (
                "t220"."engagements" IS NOT NULL
              ) AND (
                "t220"."impressions" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t220"."engagements__provenance", -1),
                    COALESCE("t220"."impressions__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 28
          ) | (
            CASE
              WHEN "t220"."er_impressions_post" IS NOT NULL
              THEN COALESCE("t220"."er_impressions_post__provenance", 0)
              ELSE 0
            END << 30
          ) | (
            CASE
              WHEN (
                "t220"."engagements" IS NOT NULL
              ) AND (
                "t220"."views" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t220"."engagements__provenance", -1),
                    COALESCE("t220"."views__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 32
          ) | (
            CASE
              WHEN "t220"."er_views_post" IS NOT NULL
              THEN COALESCE("t220"."er_views_post__provenance", 0)
              ELSE 0
            END << 34
          ) | (
            CASE
              WHEN "t220"."clicks" IS NOT NULL
              THEN COALESCE("t220"."clicks__provenance", 0)
              ELSE 0
            END << 36
          ) | (
            CASE
              WHEN "t220"."followers_gained" IS NOT NULL
              THEN COALESCE("t220"."followers_gained__provenance", 0)
              ELSE 0
            END << 38
          ) | (
            CASE
              WHEN (
                "t220"."followers_gained" IS NOT NULL
              )
              AND (
                "t220"."followers_start" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t220"."followers_gained__provenance", -1),
                    COALESCE("t220"."followers_start__provenance", -1)
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
                "t220"."followers_gained" IS NOT NULL
              )
              AND (
                "t220"."followers_expected_gain" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t220"."followers_gained__provenance", -1),
                    COALESCE("t220"."followers_expected_gain__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 42
          ) | (
            CASE
              WHEN "t220"."brand_followers_gained" IS NOT NULL
              THEN COALESCE("t220"."brand_followers_gained__provenance", 0)
              ELSE 0
            END << 44
          ) | (
            CASE
              WHEN (
                "t220"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t220"."brand_followers_start" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t220"."brand_followers_gained__provenance", -1),
                    COALESCE("t220"."brand_followers_start__provenance", -1)
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
                "t220"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t220"."brand_followers_expected_gain" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t220"."brand_followers_gained__provenance", -1),
                    COALESCE("t220"."brand_followers_expected_gain__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 48
          ) | (
            CASE
              WHEN "t220"."emv" IS NOT NULL
              THEN COALESCE("t220"."emv__provenance", 0)
              ELSE 0
            END << 50
          ) | (
            CASE
              WHEN "t220"."emv_authentic" IS NOT NULL
              THEN COALESCE("t220"."emv_authentic__provenance", 0)
              ELSE 0
            END << 52
          ) | (
            CASE
              WHEN (
                "t220"."impressions_with_estimates" IS NOT NULL
              )
              AND (
                "t220"."paid_impressions" IS NOT NULL
              )
              THEN COALESCE("t220"."impressions_with_estimates__provenance", 0)
              ELSE 0
            END << 54
          ) | (
            CASE
              WHEN (
                "t220"."clicks" IS NOT NULL
              ) AND (
                "t220"."paid_clicks" IS NOT NULL
              )
              THEN COALESCE("t220"."clicks__provenance", 0)
              ELSE 0
            END << 56
          ) | (
            CASE
              WHEN (
                "t220"."views" IS NOT NULL
              ) AND (
                "t220"."paid_views" IS NOT NULL
              )
              THEN COALESCE("t220"."views__provenance", 0)
              ELSE 0
            END << 58
          )
        ) AS "ranks__0"
      FROM "kpi_facts" AS "t220"
      GROUP BY
        1
    ) AS "t225"
  ) AS "t229"
  LEFT OUTER JOIN (
    SELECT
      "t224"."campaign_id",
      "t224"."er_reach_account_mean",
      "t224"."er_reach_account_median",
      "t224"."er_followers_account_mean",
      "t224"."er_followers_account_median",
      "t224"."er_impressions_account_mean",
      "t224"."er_impressions_account_median",
      "t224"."er_views_account_mean",
      "t224"."er_views_account_median",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 0
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 0
        ) & 3
      END AS "er_reach_account_mean__provenance",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 2
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 2
        ) & 3
      END AS "er_reach_account_median__provenance",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 4
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 4
        ) & 3
      END AS "er_followers_account_mean__provenance",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 6
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 6
        ) & 3
      END AS "er_followers_account_median__provenance",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 8
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 8
        ) & 3
      END AS "er_impressions_account_mean__provenance",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 10
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 10
        ) & 3
      END AS "er_impressions_account_median__provenance",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 12
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 12
        ) & 3
      END AS "er_views_account_mean__provenance",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 14
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 14
        ) & 3
      END AS "er_views_account_median__provenance"
    FROM (
      SELECT
        "t223"."campaign_id",
        AVG("t223"."er_reach_account_mean") AS "er_reach_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t223"."er_reach_account_median") AS "er_reach_account_median",
        AVG("t223"."er_followers_account_mean") AS "er_followers_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t223"."er_followers_account_median") AS "er_followers_account_median",
        AVG("t223"."er_impressions_account_mean") AS "er_impressions_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t223"."er_impressions_account_median") AS "er_impressions_account_median",
        AVG("t223"."er_views_account_mean") AS "er_views_account_mean",
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
          "t223"."er_views_account_median") AS "er_views_account_median",
        BIT_OR(
          (
            CASE
              WHEN "t223"."er_reach_account_mean" IS NOT NULL
              THEN COALESCE("t223"."engagements__per__reach__r", 0)
              ELSE 0
            END << 0
          ) | (
            CASE
              WHEN "t223"."er_reach_account_median" IS NOT NULL
              THEN COALESCE("t223"."engagements__per__reach__r", 0)
              ELSE 0
            END << 2
          ) | (
            CASE
              WHEN "t223"."er_followers_account_mean" IS NOT NULL
              THEN COALESCE("t223"."engagements__per__followers__r", 0)
              ELSE 0
            END << 4
          ) | (
            CASE
              WHEN "t223"."er_followers_account_median" IS NOT NULL
              THEN COALESCE("t223"."engagements__per__followers__r", 0)
              ELSE 0
            END << 6
          ) | (
            CASE
              WHEN "t223"."er_impressions_account_mean" IS NOT NULL
              THEN COALESCE("t223"."engagements__per__impressions__r", 0)
              ELSE 0
            END << 8
          ) | (
            CASE
              WHEN "t223"."er_impressions_account_median" IS NOT NULL
              THEN COALESCE("t223"."engagements__per__impressions__r", 0)
              ELSE 0
            END << 10
          ) | (
            CASE
              WHEN "t223"."er_views_account_mean" IS NOT NULL
              THEN COALESCE("t223"."engagements__per__views__r", 0)
              ELSE 0
            END << 12
          ) | (
            CASE
              WHEN "t223"."er_views_account_median" IS NOT NULL
              THEN COALESCE("t223"."engagements__per__views__r", 0)
              ELSE 0
            END << 14
          )
        ) AS "ranks__0"
      FROM (
        SELECT
          "t222"."campaign_id",
          "t222"."account_id",
          "t222"."engagements__per__reach__n",
          "t222"."engagements__per__reach__d",
          "t222"."engagements__per__followers__n",
          "t222"."engagements__per__followers__d",
          "t222"."engagements__per__impressions__n",
          "t222"."engagements__per__impressions__d",
          "t222"."engagements__per__views__n",
          "t222"."engagements__per__views__d",
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
          END AS "engagements__per__reach__r",
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
          END AS "engagements__per__followers__r",
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
          END AS "engagements__per__impressions__r",
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
          END AS "engagements__per__views__r",
          (
            CAST("t222"."engagements__per__reach__n" AS DOUBLE PRECISION) / NULLIF("t222"."engagements__per__reach__d", 0)
          ) * 100 AS "er_reach_account_mean",
          (
            CAST("t222"."engagements__per__reach__n" AS DOUBLE PRECISION) / NULLIF("t222"."engagements__per__reach__d", 0)
          ) * 100 AS "er_reach_account_median",
          (
            CAST("t222"."engagements__per__followers__n" AS DOUBLE PRECISION) / NULLIF("t222"."engagements__per__followers__d", 0)
          ) * 100 AS "er_followers_account_mean",
          (
            CAST("t222"."engagements__per__followers__n" AS DOUBLE PRECISION) / NULLIF("t222"."engagements__per__followers__d", 0)
          ) * 100 AS "er_followers_account_median",
          (
            CAST("t222"."engagements__per__impressions__n" AS DOUBLE PRECISION) / NULLIF("t222"."engagements__per__impressions__d", 0)
          ) * 100 AS "er_impressions_account_mean",
          (
            CAST("t222"."engagements__per__impressions__n" AS DOUBLE PRECISION) / NULLIF("t222"."engagements__per__impressions__d", 0)
          ) * 100 AS "er_impressions_account_median",
          (
            CAST("t222"."engagements__per__views__n" AS DOUBLE PRECISION) / NULLIF("t222"."engagements__per__views__d", 0)
          ) * 100 AS "er_views_account_mean",
          (
            CAST("t222"."engagements__per__views__n" AS DOUBLE PRECISION) / NULLIF("t222"."engagements__per__views__d", 0)
          ) * 100 AS "er_views_account_median"
        FROM (
          SELECT
            "t221"."campaign_id",
            "t221"."account_id",
            SUM("t221"."engagements") FILTER(WHERE
              (
                "t221"."engagements" IS NOT NULL
              ) AND (
                "t221"."reach" IS NOT NULL
              )) AS "engagements__per__reach__n",
            SUM("t221"."reach") FILTER(WHERE
              (
                "t221"."engagements" IS NOT NULL
              ) AND (
                "t221"."reach" IS NOT NULL
              )) AS "engagements__per__reach__d",
            SUM("t221"."engagements") FILTER(WHERE
              (
                "t221"."engagements" IS NOT NULL
              ) AND (
                "t221"."followers" IS NOT NULL
              )) AS "engagements__per__followers__n",
            SUM("t221"."followers") FILTER(WHERE
              (
                "t221"."engagements" IS NOT NULL
              ) AND (
                "t221"."followers" IS NOT NULL
              )) AS "engagements__per__followers__d",
            SUM("t221"."engagements") FILTER(WHERE
              (
                "t221"."engagements" IS NOT NULL
              ) AND (
                "t221"."impressions" IS NOT NULL
              )) AS "engagements__per__impressions__n",
            SUM("t221"."impressions") FILTER(WHERE
              (
                "t221"."engagements" IS NOT NULL
              ) AND (
                "t221"."impressions" IS NOT NULL
              )) AS "engagements__per__impressions__d",
            SUM("t221"."engagements") FILTER(WHERE
              (
                "t221"."engagements" IS NOT NULL
              ) AND (
                "t221"."views" IS NOT NULL
              )) AS "engagements__per__views__n",
            SUM("t221"."views") FILTER(WHERE
              (
                "t221"."engagements" IS NOT NULL
              ) AND (
                "t221"."views" IS NOT NULL
              )) AS "engagements__per__views__d",
            BIT_OR(
              (
                CASE
                  WHEN (
                    "t221"."engagements" IS NOT NULL
                  ) AND (
                    "t221"."reach" IS NOT NULL
                  )
                  THEN COALESCE(
                    NULLIF(
                      GREATEST(
                        COALESCE("t221"."engagements__provenance", -1),
                        COALESCE("t221"."reach__provenance", -1)
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
                    "t221"."engagements" IS NOT NULL
                  ) AND (
                    "t221"."followers" IS NOT NULL
                  )
                  THEN COALESCE(
                    NULLIF(
                      GREATEST(
                        COALESCE("t221"."engagements__provenance", -1),
                        COALESCE("t221"."followers__provenance", -1)
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
                    "t221"."engagements" IS NOT NULL
                  ) AND (
                    "t221"."impressions" IS NOT NULL
                  )
                  THEN COALESCE(
                    NULLIF(
                      GREATEST(
                        COALESCE("t221"."engagements__provenance", -1),
                        COALESCE("t221"."impressions__provenance", -1)
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
                    "t221"."engagements" IS NOT NULL
                  ) AND (
                    "t221"."views" IS NOT NULL
                  )
                  THEN COALESCE(
                    NULLIF(
                      GREATEST(
                        COALESCE("t221"."engagements__provenance", -1),
                        COALESCE("t221"."views__provenance", -1)
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
            FROM "kpi_facts" AS "t220"
            WHERE
              "t220"."account_id" IS NOT NULL
          ) AS "t221"
          GROUP BY
            1,
            2
        ) AS "t222"
      ) AS "t223"
      GROUP BY
        1
    ) AS "t224"
  ) AS "t227"
    ON "t229"."campaign_id" IS NOT DISTINCT FROM "t227"."campaign_id"
  LEFT OUTER JOIN (
    SELECT
      CAST("t0"."id" AS BIGINT) AS "campaign_id",
      CAST("t0"."name" AS VARCHAR) AS "campaign"
    FROM "campaign" AS "t0"
  ) AS "t45"
    ON "t229"."campaign_id" = "t45"."campaign_id"
) AS "t230"
ORDER BY
  "t230"."campaign_id" ASC,
  "t230"."campaign" ASC
