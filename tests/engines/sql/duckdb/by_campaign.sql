WITH "t22" AS (
  SELECT
    CAST("t17"."campaign_id" AS BIGINT) AS "campaign_id",
    CAST("t10"."name" AS TEXT) AS "campaign",
    CAST("t7"."id" AS BIGINT) AS "influencer_id",
    CAST("t7"."name" AS TEXT) AS "influencer",
    CAST("t9"."platform" AS TEXT) AS "platform",
    CAST("t17"."format" AS TEXT) AS "format",
    CAST("t17"."id" AS BIGINT) AS "post_id",
    "t17"."published_on" AS "day"
  FROM (
    SELECT
      *
    FROM "post" AS "t2"
    WHERE
      "t2"."campaign_id" IS NOT NULL
  ) AS "t17"
  INNER JOIN "account" AS "t9"
    ON "t17"."account_id" = "t9"."id"
  INNER JOIN "influencer" AS "t7"
    ON "t9"."influencer_id" = "t7"."id"
  INNER JOIN "campaign" AS "t10"
    ON "t17"."campaign_id" = "t10"."id"
)
SELECT
  "t44"."campaign_id",
  "t44"."campaign",
  "t44"."reach",
  "t44"."impressions",
  "t44"."views",
  "t44"."posts",
  "t44"."likes",
  "t44"."comments",
  "t44"."shares",
  "t44"."saves",
  "t44"."engagements",
  (
    "t44"."engagement_rate_reach__numerator" / NULLIF("t44"."engagement_rate_reach__denominator", 0)
  ) * 100 AS "engagement_rate_reach",
  (
    "t44"."engagement_rate_followers__numerator" / NULLIF("t44"."engagement_rate_followers__denominator", 0)
  ) * 100 AS "engagement_rate_followers",
  "t44"."cost",
  (
    "t44"."cost" / NULLIF("t44"."impressions", 0)
  ) * 1000 AS "cost_per_mille",
  "t44"."cost" / NULLIF("t44"."engagements", 0) AS "cost_per_engagement",
  "t44"."cost" / NULLIF("t44"."views", 0) AS "cost_per_view"
FROM (
  SELECT
    "t43"."campaign_id",
    "t43"."campaign",
    SUM("t43"."reach") AS "reach",
    SUM("t43"."impressions") AS "impressions",
    SUM("t43"."views") AS "views",
    COUNT(DISTINCT "t43"."post_id") AS "posts",
    SUM("t43"."likes") AS "likes",
    SUM("t43"."comments") AS "comments",
    SUM("t43"."shares") AS "shares",
    SUM("t43"."saves") AS "saves",
    SUM("t43"."engagements") AS "engagements",
    SUM("t43"."engagements") FILTER(WHERE
      (
        "t43"."engagements" IS NOT NULL
      ) AND (
        "t43"."reach" IS NOT NULL
      )) AS "engagement_rate_reach__numerator",
    SUM("t43"."reach") FILTER(WHERE
      (
        "t43"."engagements" IS NOT NULL
      ) AND (
        "t43"."reach" IS NOT NULL
      )) AS "engagement_rate_reach__denominator",
    SUM("t43"."engagements") FILTER(WHERE
      (
        "t43"."engagements" IS NOT NULL
      ) AND (
        "t43"."followers" IS NOT NULL
      )) AS "engagement_rate_followers__numerator",
    SUM("t43"."followers") FILTER(WHERE
      (
        "t43"."engagements" IS NOT NULL
      ) AND (
        "t43"."followers" IS NOT NULL
      )) AS "engagement_rate_followers__denominator",
    SUM("t43"."cost") AS "cost"
  FROM (
    SELECT
      *
    FROM (
      SELECT
        *
      FROM (
        SELECT
          "t40"."campaign_id",
          "t40"."campaign",
          "t40"."influencer_id",
          "t40"."influencer",
          "t40"."platform",
          "t40"."format",
          "t40"."post_id",
          "t40"."day",
          "t40"."reach",
          "t40"."impressions",
          "t40"."views",
          "t40"."likes",
          "t40"."comments",
          "t40"."shares",
          "t40"."saves",
          "t40"."clicks",
          CASE
            WHEN (
              "t40"."likes" IS NOT NULL
            )
            OR (
              "t40"."comments" IS NOT NULL
            )
            OR (
              "t40"."shares" IS NOT NULL
            )
            OR (
              "t40"."saves" IS NOT NULL
            )
            THEN 0.0 + COALESCE("t40"."likes", 0) + COALESCE("t40"."comments", 0) + COALESCE("t40"."shares", 0) + COALESCE("t40"."saves", 0)
            ELSE CAST(NULL AS DOUBLE)
          END AS "engagements",
          "t40"."followers",
          CAST(NULL AS DOUBLE) AS "cost"
        FROM (
          SELECT
            "t27"."campaign_id",
            "t27"."campaign",
            "t27"."influencer_id",
            "t27"."influencer",
            "t27"."platform",
            "t27"."format",
            "t27"."post_id",
            "t27"."day",
            "t34"."reach",
            "t34"."impressions",
            "t34"."views",
            "t34"."likes",
            "t34"."comments",
            "t34"."shares",
            "t34"."saves",
            "t34"."clicks",
            "t37"."followers"
          FROM "t22" AS "t27"
          LEFT OUTER JOIN (
            SELECT
              CAST("t28"."post_id" AS BIGINT) AS "post_id",
              CAST(MAX("t28"."value") FILTER(WHERE
                "t28"."metric" = 'reach') AS DOUBLE) AS "reach",
              CAST(MAX("t28"."value") FILTER(WHERE
                "t28"."metric" = 'impressions') AS DOUBLE) AS "impressions",
              CAST(MAX("t28"."value") FILTER(WHERE
                "t28"."metric" = 'views') AS DOUBLE) AS "views",
              CAST(MAX("t28"."value") FILTER(WHERE
                "t28"."metric" = 'likes') AS DOUBLE) AS "likes",
              CAST(MAX("t28"."value") FILTER(WHERE
                "t28"."metric" = 'comments') AS DOUBLE) AS "comments",
              CAST(MAX("t28"."value") FILTER(WHERE
                "t28"."metric" = 'shares') AS DOUBLE) AS "shares",
              CAST(MAX("t28"."value") FILTER(WHERE
                "t28"."metric" = 'saves') AS DOUBLE) AS "saves",
              CAST(MAX("t28"."value") FILTER(WHERE
                "t28"."metric" = 'clicks') AS DOUBLE) AS "clicks"
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  "t16"."id",
                  "t16"."post_id",
                  "t16"."captured_at",
                  "t16"."metric",
                  "t16"."value",
                  "t16"."source",
                  "t16"."provenance",
                  ROW_NUMBER() OVER (
                    PARTITION BY "t16"."post_id", "t16"."metric"
                    ORDER BY "t16"."captured_at" DESC, CASE "t16"."provenance"
                      WHEN 'measured'
                      THEN 0
                      WHEN 'self_reported'
                      THEN 1
                      WHEN 'estimated'
                      THEN 2
                      ELSE 9
                    END ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) - 1 AS "rank"
                FROM (
                  SELECT
                    *
                  FROM "metric_snapshot" AS "t5"
                  WHERE
                    "t5"."captured_at" <= MAKE_TIMESTAMP(2026, 3, 31, 23, 59, 59.0)
                ) AS "t16"
              ) AS "t24"
              WHERE
                "t24"."rank" = 0
            ) AS "t28"
            GROUP BY
              1
          ) AS "t34"
            ON "t27"."post_id" = "t34"."post_id"
          LEFT OUTER JOIN (
            SELECT
              CAST("t31"."post_id" AS BIGINT) AS "post_id",
              CAST("t31"."followers" AS DOUBLE) AS "followers"
            FROM (
              SELECT
                "t20"."post_id",
                "t20"."account_id",
                "t20"."published_at",
                "t20"."id",
                "t20"."captured_at",
                "t20"."followers",
                "t20"."source",
                "t20"."provenance",
                ROW_NUMBER() OVER (
                  PARTITION BY "t20"."post_id"
                  ORDER BY CASE WHEN "t20"."captured_at" <= "t20"."published_at" THEN 0 ELSE 1 END ASC, ABS(
                    EPOCH(CAST("t20"."published_at" AS TIMESTAMP)) - EPOCH(CAST("t20"."captured_at" AS TIMESTAMP))
                  ) ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) - 1 AS "rank"
              FROM (
                SELECT
                  "t15"."post_id",
                  "t15"."account_id",
                  "t15"."published_at",
                  "t12"."id",
                  "t12"."captured_at",
                  "t12"."followers",
                  "t12"."source",
                  "t12"."provenance"
                FROM (
                  SELECT
                    "t2"."id" AS "post_id",
                    "t2"."account_id",
                    "t2"."published_at"
                  FROM "post" AS "t2"
                ) AS "t15"
                INNER JOIN "follower_snapshot" AS "t12"
                  ON "t15"."account_id" = "t12"."account_id"
              ) AS "t20"
            ) AS "t31"
            WHERE
              "t31"."rank" = 0
          ) AS "t37"
            ON "t27"."post_id" = "t37"."post_id"
        ) AS "t40"
      ) AS "t41"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          "t38"."campaign_id",
          "t38"."campaign",
          "t38"."influencer_id",
          "t38"."influencer",
          "t38"."platform",
          "t38"."format",
          "t38"."post_id",
          "t38"."day",
          CAST(NULL AS DOUBLE) AS "reach",
          CAST(NULL AS DOUBLE) AS "impressions",
          CAST(NULL AS DOUBLE) AS "views",
          CAST(NULL AS DOUBLE) AS "likes",
          CAST(NULL AS DOUBLE) AS "comments",
          CAST(NULL AS DOUBLE) AS "shares",
          CAST(NULL AS DOUBLE) AS "saves",
          CAST(NULL AS DOUBLE) AS "clicks",
          CAST(NULL AS DOUBLE) AS "engagements",
          CAST(NULL AS DOUBLE) AS "followers",
          "t38"."cost"
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t30"."campaign_id",
              "t30"."campaign",
              "t30"."influencer_id",
              "t30"."influencer",
              "t30"."platform",
              "t30"."format",
              "t30"."post_id",
              "t30"."day",
              "t21"."amount" / "t30"."n_posts" AS "cost"
            FROM (
              SELECT
                CAST("t8"."campaign_id" AS BIGINT) AS "campaign_id",
                CAST("t11"."name" AS TEXT) AS "campaign",
                CAST("t8"."influencer_id" AS BIGINT) AS "influencer_id",
                CAST("t8"."amount" AS DOUBLE) AS "amount",
                "t8"."incurred_on"
              FROM "cost" AS "t8"
              INNER JOIN "campaign" AS "t11"
                ON "t8"."campaign_id" = "t11"."id"
            ) AS "t21"
            INNER JOIN (
              SELECT
                "t26"."campaign_id",
                "t26"."campaign",
                "t26"."influencer_id",
                "t26"."influencer",
                "t26"."platform",
                "t26"."format",
                "t26"."post_id",
                "t26"."day",
                COUNT("t26"."post_id") OVER (
                  PARTITION BY "t26"."campaign_id", "t26"."influencer_id"
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) AS "n_posts"
              FROM "t22" AS "t26"
            ) AS "t30"
              ON "t21"."campaign_id" = "t30"."campaign_id"
              AND "t21"."influencer_id" = "t30"."influencer_id"
          ) AS "t35"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t21"."campaign_id",
              "t21"."campaign",
              "t21"."influencer_id",
              CAST("t7"."name" AS TEXT) AS "influencer",
              CAST(NULL AS TEXT) AS "platform",
              CAST(NULL AS TEXT) AS "format",
              CAST(NULL AS BIGINT) AS "post_id",
              "t21"."incurred_on" AS "day",
              "t21"."amount" AS "cost"
            FROM (
              SELECT
                CAST("t8"."campaign_id" AS BIGINT) AS "campaign_id",
                CAST("t11"."name" AS TEXT) AS "campaign",
                CAST("t8"."influencer_id" AS BIGINT) AS "influencer_id",
                CAST("t8"."amount" AS DOUBLE) AS "amount",
                "t8"."incurred_on"
              FROM "cost" AS "t8"
              INNER JOIN "campaign" AS "t11"
                ON "t8"."campaign_id" = "t11"."id"
            ) AS "t21"
            ANTI JOIN (
              SELECT
                "t26"."campaign_id",
                "t26"."campaign",
                "t26"."influencer_id",
                "t26"."influencer",
                "t26"."platform",
                "t26"."format",
                "t26"."post_id",
                "t26"."day",
                COUNT("t26"."post_id") OVER (
                  PARTITION BY "t26"."campaign_id", "t26"."influencer_id"
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) AS "n_posts"
              FROM "t22" AS "t26"
            ) AS "t30"
              ON "t21"."campaign_id" = "t30"."campaign_id"
              AND "t21"."influencer_id" = "t30"."influencer_id"
            LEFT OUTER JOIN "influencer" AS "t7"
              ON "t21"."influencer_id" = "t7"."id"
          ) AS "t36"
        ) AS "t38"
      ) AS "t39"
    ) AS "t42"
    WHERE
      "t42"."campaign_id" IN (1)
  ) AS "t43"
  GROUP BY
    1,
    2
) AS "t44"
ORDER BY
  "t44"."campaign_id" ASC,
  "t44"."campaign" ASC
