WITH "t25" AS (
  SELECT
    *
  FROM "campaign" AS "t0"
  WHERE
    "t0"."id" IN (1)
), "t78" AS (
  SELECT
    CAST("t54"."campaign_id" AS BIGINT) AS "campaign_id",
    CAST("t15"."name" AS TEXT) AS "campaign",
    CAST("t54"."influencer_id" AS BIGINT) AS "influencer_id",
    CAST("t54"."amount" AS DOUBLE) AS "amount",
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
    CAST("t16"."name" AS TEXT) AS "campaign",
    CAST("t50"."id" AS BIGINT) AS "influencer_id",
    CAST("t50"."name" AS TEXT) AS "influencer",
    CAST("t21"."id" AS BIGINT) AS "account_id",
    CAST("t21"."platform" AS TEXT) AS "platform",
    CAST("t55"."format" AS TEXT) AS "format",
    CAST("t55"."id" AS BIGINT) AS "post_id",
    "t55"."published_on" AS "day",
    "t50"."country",
    CAST("t55"."caption" AS TEXT) AS "caption",
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
      "t144"."campaign_id",
      "t144"."campaign",
      "t144"."influencer_id",
      "t144"."influencer",
      "t144"."account_id",
      "t144"."platform",
      "t144"."is_brand",
      "t144"."day",
      "t144"."start_at",
      "t144"."end_at",
      "t66"."followers",
      "t66"."at",
      "t66"."rank"
    FROM (
      SELECT
        "t121"."campaign_id",
        CAST("t15"."name" AS TEXT) AS "campaign",
        CAST("t18"."id" AS BIGINT) AS "influencer_id",
        CAST("t18"."name" AS TEXT) AS "influencer",
        "t121"."account_id",
        CAST("t22"."platform" AS TEXT) AS "platform",
        "t121"."is_brand",
        "t15"."end_date" AS "day",
        EPOCH(CAST(CAST("t15"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "start_at",
        EPOCH(CAST(CAST("t15"."end_date" AS TIMESTAMPTZ) AS TIMESTAMP)) + 86400 AS "end_at"
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
    ) AS "t144"
    INNER JOIN (
      SELECT
        CAST("t13"."account_id" AS BIGINT) AS "account_id",
        "t13"."followers",
        EPOCH(CAST(CAST("t13"."captured_at" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "at",
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
      ON "t144"."account_id" = "t66"."account_id"
  ) AS "t155"
  WHERE
    "t155"."at" <= "t155"."end_at"
), "post_rows" AS (
  SELECT
    "t165"."campaign_id",
    "t165"."campaign",
    "t165"."influencer_id",
    "t165"."influencer",
    "t165"."account_id",
    "t165"."platform",
    "t165"."format",
    "t165"."post_id",
    "t165"."day",
    "t165"."country",
    "t165"."caption",
    "t165"."sponsored",
    "t165"."reach",
    "t165"."impressions",
    "t165"."views",
    "t165"."likes",
    "t165"."comments",
    "t165"."shares",
    "t165"."saves",
    "t165"."clicks",
    "t165"."reach__provenance",
    "t165"."impressions__provenance",
    "t165"."views__provenance",
    "t165"."likes__provenance",
    "t165"."comments__provenance",
    "t165"."shares__provenance",
    "t165"."saves__provenance",
    "t165"."clicks__provenance",
    "t165"."followers",
    "t165"."followers__provenance",
    "t165"."engagements",
    "t165"."engagements__provenance",
    COALESCE(
      COALESCE("t165"."impressions", "t165"."views"),
      "t165"."reach" * COALESCE(
        SUM("t165"."impressions") FILTER(WHERE
          (
            "t165"."impressions" IS NOT NULL
          ) AND (
            "t165"."reach" IS NOT NULL
          )) OVER (
          PARTITION BY "t165"."campaign_id", "t165"."platform"
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) / NULLIF(
          SUM("t165"."reach") FILTER(WHERE
            (
              "t165"."impressions" IS NOT NULL
            ) AND (
              "t165"."reach" IS NOT NULL
            )) OVER (
            PARTITION BY "t165"."campaign_id", "t165"."platform"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ),
          0
        ),
        CAST(1 AS DOUBLE)
      )
    ) AS "impressions_with_estimates",
    CASE
      WHEN COALESCE(
        COALESCE("t165"."impressions", "t165"."views"),
        "t165"."reach" * COALESCE(
          SUM("t165"."impressions") FILTER(WHERE
            (
              "t165"."impressions" IS NOT NULL
            ) AND (
              "t165"."reach" IS NOT NULL
            )) OVER (
            PARTITION BY "t165"."campaign_id", "t165"."platform"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ) / NULLIF(
            SUM("t165"."reach") FILTER(WHERE
              (
                "t165"."impressions" IS NOT NULL
              ) AND (
                "t165"."reach" IS NOT NULL
              )) OVER (
              PARTITION BY "t165"."campaign_id", "t165"."platform"
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ),
            0
          ),
          CAST(1 AS DOUBLE)
        )
      ) IS NOT NULL
      THEN CASE
        WHEN "t165"."impressions" IS NOT NULL
        THEN "t165"."impressions__provenance"
        ELSE 2
      END
      ELSE CAST(NULL AS BIGINT)
    END AS "impressions_with_estimates__provenance",
    (
      "t165"."engagements" / NULLIF("t165"."reach", 0)
    ) * 100 AS "er_reach_post",
    (
      "t165"."engagements" / NULLIF("t165"."followers", 0)
    ) * 100 AS "er_followers_post",
    (
      "t165"."engagements" / NULLIF("t165"."impressions", 0)
    ) * 100 AS "er_impressions_post",
    (
      "t165"."engagements" / NULLIF("t165"."views", 0)
    ) * 100 AS "er_views_post",
    NULLIF(
      GREATEST(
        COALESCE("t165"."engagements__provenance", -1),
        COALESCE("t165"."reach__provenance", -1)
      ),
      -1
    ) AS "er_reach_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t165"."engagements__provenance", -1),
        COALESCE("t165"."followers__provenance", -1)
      ),
      -1
    ) AS "er_followers_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t165"."engagements__provenance", -1),
        COALESCE("t165"."impressions__provenance", -1)
      ),
      -1
    ) AS "er_impressions_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t165"."engagements__provenance", -1),
        COALESCE("t165"."views__provenance", -1)
      ),
      -1
    ) AS "er_views_post__provenance",
    "t165"."platform" AS "post_platform",
    "t165"."influencer_id" AS "publishing_influencer",
    CAST(CASE WHEN "t165"."sponsored" THEN 1 ELSE 0 END AS DOUBLE) AS "sponsored_posts",
    CAST(CASE
      WHEN "t165"."sponsored"
      AND CASE
        WHEN UPPER("t165"."country") = 'FR'
        THEN CONTAINS(LOWER("t165"."caption"), 'publicité')
        OR CONTAINS(LOWER("t165"."caption"), 'publicite')
        OR CONTAINS(LOWER("t165"."caption"), 'collaboration commerciale')
        WHEN UPPER("t165"."country") = 'BE'
        THEN CONTAINS(LOWER("t165"."caption"), 'publicité')
        OR CONTAINS(LOWER("t165"."caption"), 'publicite')
        OR CONTAINS(LOWER("t165"."caption"), 'collaboration commerciale')
        OR CONTAINS(LOWER("t165"."caption"), '#pub')
        OR CONTAINS(LOWER("t165"."caption"), 'reclame')
        OR CONTAINS(LOWER("t165"."caption"), '#ad')
        OR CONTAINS(LOWER("t165"."caption"), 'samenwerking')
        WHEN UPPER("t165"."country") = 'DE'
        THEN CONTAINS(LOWER("t165"."caption"), 'werbung')
        OR CONTAINS(LOWER("t165"."caption"), 'anzeige')
        WHEN UPPER("t165"."country") = 'ES'
        THEN CONTAINS(LOWER("t165"."caption"), 'publicidad')
        OR CONTAINS(LOWER("t165"."caption"), '#publi')
        OR CONTAINS(LOWER("t165"."caption"), 'patrocinado')
        OR CONTAINS(LOWER("t165"."caption"), 'colaboración pagada')
        WHEN UPPER("t165"."country") = 'IT'
        THEN CONTAINS(LOWER("t165"."caption"), 'pubblicità')
        OR CONTAINS(LOWER("t165"."caption"), '#adv')
        OR CONTAINS(LOWER("t165"."caption"), 'sponsorizzato')
        OR CONTAINS(LOWER("t165"."caption"), '#sponsored')
        WHEN UPPER("t165"."country") = 'GB'
        THEN CONTAINS(LOWER("t165"."caption"), '#ad')
        OR CONTAINS(LOWER("t165"."caption"), 'advert')
        OR CONTAINS(LOWER("t165"."caption"), 'advertisement')
        WHEN UPPER("t165"."country") = 'US'
        THEN CONTAINS(LOWER("t165"."caption"), '#ad')
        OR CONTAINS(LOWER("t165"."caption"), '#sponsored')
        OR CONTAINS(LOWER("t165"."caption"), 'advertisement')
        OR CONTAINS(LOWER("t165"."caption"), 'paid partnership')
        ELSE CONTAINS(LOWER("t165"."caption"), '#ad')
        OR CONTAINS(LOWER("t165"."caption"), '#sponsored')
        OR CONTAINS(LOWER("t165"."caption"), 'paid partnership')
        OR CONTAINS(LOWER("t165"."caption"), 'advertisement')
      END
      THEN 1
      ELSE 0
    END AS DOUBLE) AS "disclosed_sponsored_posts"
  FROM (
    SELECT
      "t159"."campaign_id",
      "t159"."campaign",
      "t159"."influencer_id",
      "t159"."influencer",
      "t159"."account_id",
      "t159"."platform",
      "t159"."format",
      "t159"."post_id",
      "t159"."day",
      "t159"."country",
      "t159"."caption",
      "t159"."sponsored",
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
      "t159"."followers",
      "t159"."followers__provenance",
      CASE
        WHEN (
          "t159"."likes" IS NOT NULL
        )
        OR (
          "t159"."comments" IS NOT NULL
        )
        OR (
          "t159"."shares" IS NOT NULL
        )
        OR (
          "t159"."saves" IS NOT NULL
        )
        THEN CAST(0 AS DOUBLE) + COALESCE("t159"."likes", 0) + COALESCE("t159"."comments", 0) + COALESCE("t159"."shares", 0) + COALESCE("t159"."saves", 0)
        ELSE CAST(NULL AS DOUBLE)
      END AS "engagements",
      NULLIF(
        GREATEST(
          COALESCE("t159"."likes__provenance", -1),
          COALESCE("t159"."comments__provenance", -1),
          COALESCE("t159"."shares__provenance", -1),
          COALESCE("t159"."saves__provenance", -1)
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
        "t132"."followers",
        "t132"."followers__provenance"
      FROM "campaign_posts_in" AS "t104"
      LEFT OUTER JOIN (
        SELECT
          "t139"."post_id",
          "t139"."reach",
          "t139"."impressions",
          "t139"."views",
          "t139"."likes",
          "t139"."comments",
          "t139"."shares",
          "t139"."saves",
          "t139"."clicks",
          CASE
            WHEN (
              (
                "t139"."ranks" >> 0
              ) & 7
            ) >= 4
            THEN (
              (
                "t139"."ranks" >> 0
              ) & 7
            ) - 4
            ELSE CAST(NULL AS BIGINT)
          END AS "reach__provenance",
          CASE
            WHEN (
              (
                "t139"."ranks" >> 3
              ) & 7
            ) >= 4
            THEN (
              (
                "t139"."ranks" >> 3
              ) & 7
            ) - 4
            ELSE CAST(NULL AS BIGINT)
          END AS "impressions__provenance",
          CASE
            WHEN (
              (
                "t139"."ranks" >> 6
              ) & 7
            ) >= 4
            THEN (
              (
                "t139"."ranks" >> 6
              ) & 7
            ) - 4
            ELSE CAST(NULL AS BIGINT)
          END AS "views__provenance",
          CASE
            WHEN (
              (
                "t139"."ranks" >> 9
              ) & 7
            ) >= 4
            THEN (
              (
                "t139"."ranks" >> 9
              ) & 7
            ) - 4
            ELSE CAST(NULL AS BIGINT)
          END AS "likes__provenance",
          CASE
            WHEN (
              (
                "t139"."ranks" >> 12
              ) & 7
            ) >= 4
            THEN (
              (
                "t139"."ranks" >> 12
              ) & 7
            ) - 4
            ELSE CAST(NULL AS BIGINT)
          END AS "comments__provenance",
          CASE
            WHEN (
              (
                "t139"."ranks" >> 15
              ) & 7
            ) >= 4
            THEN (
              (
                "t139"."ranks" >> 15
              ) & 7
            ) - 4
            ELSE CAST(NULL AS BIGINT)
          END AS "shares__provenance",
          CASE
            WHEN (
              (
                "t139"."ranks" >> 18
              ) & 7
            ) >= 4
            THEN (
              (
                "t139"."ranks" >> 18
              ) & 7
            ) - 4
            ELSE CAST(NULL AS BIGINT)
          END AS "saves__provenance",
          CASE
            WHEN (
              (
                "t139"."ranks" >> 21
              ) & 7
            ) >= 4
            THEN (
              (
                "t139"."ranks" >> 21
              ) & 7
            ) - 4
            ELSE CAST(NULL AS BIGINT)
          END AS "clicks__provenance"
        FROM (
          SELECT
            CAST("t113"."post_id" AS BIGINT) AS "post_id",
            CAST(MAX("t113"."value") FILTER(WHERE
              "t113"."counter" = 0) AS DOUBLE) AS "reach",
            CAST(MAX("t113"."value") FILTER(WHERE
              "t113"."counter" = 1) AS DOUBLE) AS "impressions",
            CAST(MAX("t113"."value") FILTER(WHERE
              "t113"."counter" = 2) AS DOUBLE) AS "views",
            CAST(MAX("t113"."value") FILTER(WHERE
              "t113"."counter" = 3) AS DOUBLE) AS "likes",
            CAST(MAX("t113"."value") FILTER(WHERE
              "t113"."counter" = 4) AS DOUBLE) AS "comments",
            CAST(MAX("t113"."value") FILTER(WHERE
              "t113"."counter" = 5) AS DOUBLE) AS "shares",
            CAST(MAX("t113"."value") FILTER(WHERE
              "t113"."counter" = 6) AS DOUBLE) AS "saves",
            CAST(MAX("t113"."value") FILTER(WHERE
              "t113"."counter" = 7) AS DOUBLE) AS "clicks",
            BIT_OR(
              (
                (
                  15 - (
                    "t113"."freshness" % 16
                  )
                ) + 4
              ) << CAST("t113"."counter" * 3 AS INT)
            ) AS "ranks"
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
              ARG_MAX_NULL(
                "t80"."value",
                (
                  DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t80"."captured_at") * 16
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
              ) AS "value",
              MAX(
                (
                  DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t80"."captured_at") * 16
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
                "t64"."captured_at" <= MAKE_TIMESTAMP(2026, 3, 31, 23, 59, 59.0)
            ) AS "t80"
            GROUP BY
              1,
              2
          ) AS "t113"
          GROUP BY
            1
        ) AS "t139"
      ) AS "t156"
        ON "t104"."post_id" = "t156"."post_id"
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
            CAST("t65"."followers" AS DOUBLE) AS "followers",
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
      ) AS "t132"
        ON "t104"."post_id" = "t132"."post_id"
    ) AS "t159"
  ) AS "t165"
), "kpi_facts" AS (
  SELECT
    "t219"."campaign_id",
    "t219"."account_id",
    "t219"."post_id",
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
    "t219"."followers__provenance",
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
    "t219"."publishing_influencer",
    "t219"."sponsored_posts",
    "t219"."disclosed_sponsored_posts",
    "t219"."cost",
    "t219"."key_message_posts",
    "t219"."ugc_post",
    "t219"."mentions",
    "t219"."brand_mentions",
    "t219"."mention_engagements",
    "t219"."brand_mention_engagements",
    "t219"."followers_start",
    "t219"."followers_gained",
    "t219"."followers_expected_gain",
    "t219"."followers_start__provenance",
    "t219"."followers_gained__provenance",
    "t219"."followers_expected_gain__provenance",
    "t219"."brand_followers_start",
    "t219"."brand_followers_gained",
    "t219"."brand_followers_expected_gain",
    "t219"."brand_followers_start__provenance",
    "t219"."brand_followers_gained__provenance",
    "t219"."brand_followers_expected_gain__provenance",
    "t219"."influencers_contacted",
    "t219"."influencers_interested",
    "t219"."posts_contracted",
    "t219"."products_sent",
    "t219"."link_clicks",
    "t219"."unique_link_clicks",
    "t219"."bot_link_clicks",
    "t219"."sessions",
    "t219"."new_users",
    "t219"."bounced_sessions",
    "t219"."session_seconds",
    "t219"."page_views",
    "t219"."key_events",
    "t219"."orders",
    "t219"."revenue",
    "t219"."new_customers",
    "t219"."key_messages",
    "t219"."emv",
    "t219"."emv__provenance",
    "t219"."emv_authentic",
    "t219"."emv_authentic__provenance",
    (
      "t219"."cost" / (
        CASE
          WHEN "t219"."platform" = 'tiktok'
          THEN 7.5
          WHEN "t219"."platform" = 'youtube'
          THEN 3.53
          ELSE 19.8
        END * "t219"."paid_rate"
      )
    ) * 1000 AS "paid_impressions",
    "t219"."cost" / (
      CASE
        WHEN "t219"."platform" = 'tiktok'
        THEN CAST(NULL AS DOUBLE)
        WHEN "t219"."platform" = 'youtube'
        THEN CAST(NULL AS DOUBLE)
        ELSE 1.88
      END * "t219"."paid_rate"
    ) AS "paid_clicks",
    "t219"."cost" / (
      CASE WHEN "t219"."platform" = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * "t219"."paid_rate"
    ) AS "paid_views"
  FROM (
    SELECT
      "t217"."campaign_id",
      "t217"."campaign",
      "t217"."influencer_id",
      "t217"."influencer",
      "t217"."account_id",
      "t217"."platform",
      "t217"."format",
      "t217"."post_id",
      "t217"."day",
      "t217"."reach",
      "t217"."impressions",
      "t217"."views",
      "t217"."likes",
      "t217"."comments",
      "t217"."shares",
      "t217"."saves",
      "t217"."clicks",
      "t217"."reach__provenance",
      "t217"."impressions__provenance",
      "t217"."views__provenance",
      "t217"."likes__provenance",
      "t217"."comments__provenance",
      "t217"."shares__provenance",
      "t217"."saves__provenance",
      "t217"."clicks__provenance",
      "t217"."followers",
      "t217"."followers__provenance",
      "t217"."engagements",
      "t217"."engagements__provenance",
      "t217"."impressions_with_estimates",
      "t217"."impressions_with_estimates__provenance",
      "t217"."er_reach_post",
      "t217"."er_followers_post",
      "t217"."er_impressions_post",
      "t217"."er_views_post",
      "t217"."er_reach_post__provenance",
      "t217"."er_followers_post__provenance",
      "t217"."er_impressions_post__provenance",
      "t217"."er_views_post__provenance",
      "t217"."post_platform",
      "t217"."publishing_influencer",
      "t217"."sponsored_posts",
      "t217"."disclosed_sponsored_posts",
      "t217"."cost",
      "t217"."key_message_posts",
      "t217"."ugc_post",
      "t217"."mentions",
      "t217"."brand_mentions",
      "t217"."mention_engagements",
      "t217"."brand_mention_engagements",
      "t217"."followers_start",
      "t217"."followers_gained",
      "t217"."followers_expected_gain",
      "t217"."followers_start__provenance",
      "t217"."followers_gained__provenance",
      "t217"."followers_expected_gain__provenance",
      "t217"."brand_followers_start",
      "t217"."brand_followers_gained",
      "t217"."brand_followers_expected_gain",
      "t217"."brand_followers_start__provenance",
      "t217"."brand_followers_gained__provenance",
      "t217"."brand_followers_expected_gain__provenance",
      "t217"."influencers_contacted",
      "t217"."influencers_interested",
      "t217"."posts_contracted",
      "t217"."products_sent",
      "t217"."link_clicks",
      "t217"."unique_link_clicks",
      "t217"."bot_link_clicks",
      "t217"."sessions",
      "t217"."new_users",
      "t217"."engaged_sessions",
      "t217"."bounced_sessions",
      "t217"."session_seconds",
      "t217"."page_views",
      "t217"."key_events",
      "t217"."orders",
      "t217"."revenue",
      "t217"."new_customers",
      "t217"."key_messages",
      "t217"."emv_rate",
      "t217"."inauthentic_share",
      "t217"."emv",
      "t217"."emv__provenance",
      "t217"."emv_authentic",
      "t217"."emv_authentic__provenance",
      "t147"."paid_rate"
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
        CASE
          WHEN (
            "t214"."post_id" IS NOT NULL
          )
          AND (
            (
              (
                (
                  COALESCE("t214"."impressions", "t214"."views") * CASE WHEN "t214"."platform" = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                ) / 1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t214"."platform" = 'instagram'
                  THEN 0.07
                  WHEN "t214"."platform" = 'tiktok'
                  THEN 0.09
                  WHEN "t214"."platform" = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE)
                END * "t214"."likes"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t214"."platform" = 'instagram'
                  THEN 3.46
                  WHEN "t214"."platform" = 'tiktok'
                  THEN 3.52
                  WHEN "t214"."platform" = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE)
                END * "t214"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE WHEN "t214"."platform" = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * "t214"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              (
                COALESCE("t214"."impressions", "t214"."views") * CASE WHEN "t214"."platform" = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
              ) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t214"."platform" = 'instagram'
                THEN 0.07
                WHEN "t214"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t214"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE)
              END * "t214"."likes",
              0
            ) + COALESCE(
              CASE
                WHEN "t214"."platform" = 'instagram'
                THEN 3.46
                WHEN "t214"."platform" = 'tiktok'
                THEN 3.52
                WHEN "t214"."platform" = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE)
              END * "t214"."comments",
              0
            ) + COALESCE(
              CASE WHEN "t214"."platform" = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * "t214"."shares",
              0
            )
          ) * "t214"."emv_rate"
          ELSE CAST(NULL AS DOUBLE)
        END AS "emv",
        NULLIF(
          GREATEST(
            COALESCE("t214"."impressions__provenance", -1),
            COALESCE("t214"."views__provenance", -1),
            COALESCE("t214"."engagements__provenance", -1)
          ),
          -1
        ) AS "emv__provenance",
        CASE
          WHEN (
            "t214"."post_id" IS NOT NULL
          )
          AND (
            (
              (
                (
                  COALESCE("t214"."impressions", "t214"."views") * CASE WHEN "t214"."platform" = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                ) / 1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t214"."platform" = 'instagram'
                  THEN 0.07
                  WHEN "t214"."platform" = 'tiktok'
                  THEN 0.09
                  WHEN "t214"."platform" = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE)
                END * "t214"."likes"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t214"."platform" = 'instagram'
                  THEN 3.46
                  WHEN "t214"."platform" = 'tiktok'
                  THEN 3.52
                  WHEN "t214"."platform" = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE)
                END * "t214"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE WHEN "t214"."platform" = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * "t214"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              (
                COALESCE("t214"."impressions", "t214"."views") * CASE WHEN "t214"."platform" = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
              ) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t214"."platform" = 'instagram'
                THEN 0.07
                WHEN "t214"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t214"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE)
              END * "t214"."likes",
              0
            ) + COALESCE(
              CASE
                WHEN "t214"."platform" = 'instagram'
                THEN 3.46
                WHEN "t214"."platform" = 'tiktok'
                THEN 3.52
                WHEN "t214"."platform" = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE)
              END * "t214"."comments",
              0
            ) + COALESCE(
              CASE WHEN "t214"."platform" = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * "t214"."shares",
              0
            )
          ) * "t214"."emv_rate" * (
            1 - COALESCE("t214"."inauthentic_share", 0)
          )
          ELSE CAST(NULL AS DOUBLE)
        END AS "emv_authentic",
        NULLIF(
          GREATEST(
            COALESCE(
              NULLIF(
                GREATEST(
                  COALESCE("t214"."impressions__provenance", -1),
                  COALESCE("t214"."views__provenance", -1),
                  COALESCE("t214"."engagements__provenance", -1)
                ),
                -1
              ),
              -1
            ),
            COALESCE(CASE WHEN "t214"."inauthentic_share" > 0 THEN 2 ELSE CAST(NULL AS BIGINT) END, -1)
          ),
          -1
        ) AS "emv_authentic__provenance"
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
          "t212"."key_message_posts",
          "t212"."ugc_post",
          "t212"."mentions",
          "t212"."brand_mentions",
          "t212"."mention_engagements",
          "t212"."brand_mention_engagements",
          "t212"."followers_start",
          "t212"."followers_gained",
          "t212"."followers_expected_gain",
          "t212"."followers_start__provenance",
          "t212"."followers_gained__provenance",
          "t212"."followers_expected_gain__provenance",
          "t212"."brand_followers_start",
          "t212"."brand_followers_gained",
          "t212"."brand_followers_expected_gain",
          "t212"."brand_followers_start__provenance",
          "t212"."brand_followers_gained__provenance",
          "t212"."brand_followers_expected_gain__provenance",
          "t212"."influencers_contacted",
          "t212"."influencers_interested",
          "t212"."posts_contracted",
          "t212"."products_sent",
          "t212"."link_clicks",
          "t212"."unique_link_clicks",
          "t212"."bot_link_clicks",
          "t212"."sessions",
          "t212"."new_users",
          "t212"."engaged_sessions",
          "t212"."bounced_sessions",
          "t212"."session_seconds",
          "t212"."page_views",
          "t212"."key_events",
          "t212"."orders",
          "t212"."revenue",
          "t212"."new_customers",
          "t212"."key_messages",
          "t212"."emv_rate",
          "t29"."inauthentic_share"
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
            "t148"."emv_rate"
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
                                "t197"."campaign_id",
                                "t197"."campaign",
                                "t197"."influencer_id",
                                "t197"."influencer",
                                "t197"."account_id",
                                "t197"."platform",
                                "t197"."format",
                                "t197"."post_id",
                                "t197"."day",
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
                                CAST("t197"."followers__provenance" AS BIGINT) AS "followers__provenance",
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
                                CAST("t197"."publishing_influencer" AS DOUBLE) AS "publishing_influencer",
                                "t197"."sponsored_posts",
                                "t197"."disclosed_sponsored_posts",
                                "t197"."cost",
                                "t197"."key_message_posts",
                                CAST(NULL AS DOUBLE) AS "ugc_post",
                                CAST(NULL AS DOUBLE) AS "mentions",
                                CAST(NULL AS DOUBLE) AS "brand_mentions",
                                CAST(NULL AS DOUBLE) AS "mention_engagements",
                                CAST(NULL AS DOUBLE) AS "brand_mention_engagements",
                                CAST(NULL AS DOUBLE) AS "followers_start",
                                CAST(NULL AS DOUBLE) AS "followers_gained",
                                CAST(NULL AS DOUBLE) AS "followers_expected_gain",
                                CAST(NULL AS BIGINT) AS "followers_start__provenance",
                                CAST(NULL AS BIGINT) AS "followers_gained__provenance",
                                CAST(NULL AS BIGINT) AS "followers_expected_gain__provenance",
                                CAST(NULL AS DOUBLE) AS "brand_followers_start",
                                CAST(NULL AS DOUBLE) AS "brand_followers_gained",
                                CAST(NULL AS DOUBLE) AS "brand_followers_expected_gain",
                                CAST(NULL AS BIGINT) AS "brand_followers_start__provenance",
                                CAST(NULL AS BIGINT) AS "brand_followers_gained__provenance",
                                CAST(NULL AS BIGINT) AS "brand_followers_expected_gain__provenance",
                                CAST(NULL AS DOUBLE) AS "influencers_contacted",
                                CAST(NULL AS DOUBLE) AS "influencers_interested",
                                CAST(NULL AS DOUBLE) AS "posts_contracted",
                                CAST(NULL AS DOUBLE) AS "products_sent",
                                CAST(NULL AS DOUBLE) AS "link_clicks",
                                CAST(NULL AS DOUBLE) AS "unique_link_clicks",
                                CAST(NULL AS DOUBLE) AS "bot_link_clicks",
                                CAST(NULL AS DOUBLE) AS "sessions",
                                CAST(NULL AS DOUBLE) AS "new_users",
                                CAST(NULL AS DOUBLE) AS "engaged_sessions",
                                CAST(NULL AS DOUBLE) AS "bounced_sessions",
                                CAST(NULL AS DOUBLE) AS "session_seconds",
                                CAST(NULL AS DOUBLE) AS "page_views",
                                CAST(NULL AS DOUBLE) AS "key_events",
                                CAST(NULL AS DOUBLE) AS "orders",
                                CAST(NULL AS DOUBLE) AS "revenue",
                                CAST(NULL AS DOUBLE) AS "new_customers",
                                CAST(NULL AS DOUBLE) AS "key_messages"
                              FROM (
                                SELECT
                                  "t190"."campaign_id",
                                  "t190"."campaign",
                                  "t190"."influencer_id",
                                  "t190"."influencer",
                                  "t190"."account_id",
                                  "t190"."platform",
                                  "t190"."format",
                                  "t190"."post_id",
                                  "t190"."day",
                                  "t190"."country",
                                  "t190"."caption",
                                  "t190"."sponsored",
                                  "t190"."reach",
                                  "t190"."impressions",
                                  "t190"."views",
                                  "t190"."likes",
                                  "t190"."comments",
                                  "t190"."shares",
                                  "t190"."saves",
                                  "t190"."clicks",
                                  "t190"."reach__provenance",
                                  "t190"."impressions__provenance",
                                  "t190"."views__provenance",
                                  "t190"."likes__provenance",
                                  "t190"."comments__provenance",
                                  "t190"."shares__provenance",
                                  "t190"."saves__provenance",
                                  "t190"."clicks__provenance",
                                  "t190"."followers",
                                  "t190"."followers__provenance",
                                  "t190"."engagements",
                                  "t190"."engagements__provenance",
                                  "t190"."impressions_with_estimates",
                                  "t190"."impressions_with_estimates__provenance",
                                  "t190"."er_reach_post",
                                  "t190"."er_followers_post",
                                  "t190"."er_impressions_post",
                                  "t190"."er_views_post",
                                  "t190"."er_reach_post__provenance",
                                  "t190"."er_followers_post__provenance",
                                  "t190"."er_impressions_post__provenance",
                                  "t190"."er_views_post__provenance",
                                  "t190"."post_platform",
                                  "t190"."publishing_influencer",
                                  "t190"."sponsored_posts",
                                  "t190"."disclosed_sponsored_posts",
                                  "t190"."cost",
                                  "t196"."key_message_posts"
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
                                    "t152"."cost"
                                  FROM "post_rows" AS "t179"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t104"."post_id",
                                      "t142"."cost"
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
                                          "t103"."amount" / "t111"."n_posts" AS "share"
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
                                    ) AS "t142"
                                      ON "t142"."campaign_id" = "t104"."campaign_id"
                                      AND "t142"."influencer_id" = "t104"."influencer_id"
                                  ) AS "t152"
                                    ON "t179"."post_id" = "t152"."post_id"
                                ) AS "t190"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t191"."post_id",
                                    MAX(
                                      CAST(CASE
                                        WHEN CONTAINS(LOWER("t191"."caption"), LOWER("t191"."message"))
                                        THEN 1
                                        ELSE 0
                                      END AS DOUBLE)
                                    ) AS "key_message_posts"
                                  FROM (
                                    SELECT
                                      "t184"."campaign_id",
                                      "t184"."post_id",
                                      "t184"."caption",
                                      "t84"."message"
                                    FROM (
                                      SELECT
                                        "t178"."campaign_id",
                                        "t178"."post_id",
                                        "t178"."caption"
                                      FROM "post_rows" AS "t178"
                                    ) AS "t184"
                                    INNER JOIN (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST("t0"."id" AS BIGINT) AS "campaign_id",
                                          UNNEST(STR_SPLIT("t0"."key_messages", '
')) AS "message"
                                        FROM "campaign" AS "t0"
                                      ) AS "t47"
                                      WHERE
                                        LENGTH("t47"."message") > 0
                                    ) AS "t84"
                                      ON "t184"."campaign_id" = "t84"."campaign_id"
                                  ) AS "t191"
                                  GROUP BY
                                    1
                                ) AS "t196"
                                  ON "t190"."post_id" = "t196"."post_id"
                              ) AS "t197"
                            ) AS "t198"
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t192"."campaign_id",
                                "t192"."campaign",
                                CAST(NULL AS BIGINT) AS "influencer_id",
                                CAST(NULL AS TEXT) AS "influencer",
                                CAST(NULL AS BIGINT) AS "account_id",
                                "t192"."platform",
                                CAST(NULL AS TEXT) AS "format",
                                CAST(NULL AS BIGINT) AS "post_id",
                                "t192"."day",
                                CAST(NULL AS DOUBLE) AS "reach",
                                CAST(NULL AS DOUBLE) AS "impressions",
                                CAST(NULL AS DOUBLE) AS "views",
                                CAST(NULL AS DOUBLE) AS "likes",
                                CAST(NULL AS DOUBLE) AS "comments",
                                CAST(NULL AS DOUBLE) AS "shares",
                                CAST(NULL AS DOUBLE) AS "saves",
                                CAST(NULL AS DOUBLE) AS "clicks",
                                CAST(NULL AS BIGINT) AS "reach__provenance",
                                CAST(NULL AS BIGINT) AS "impressions__provenance",
                                CAST(NULL AS BIGINT) AS "views__provenance",
                                CAST(NULL AS BIGINT) AS "likes__provenance",
                                CAST(NULL AS BIGINT) AS "comments__provenance",
                                CAST(NULL AS BIGINT) AS "shares__provenance",
                                CAST(NULL AS BIGINT) AS "saves__provenance",
                                CAST(NULL AS BIGINT) AS "clicks__provenance",
                                CAST(NULL AS DOUBLE) AS "followers",
                                CAST(NULL AS BIGINT) AS "followers__provenance",
                                CAST(NULL AS DOUBLE) AS "engagements",
                                CAST(NULL AS BIGINT) AS "engagements__provenance",
                                CAST(NULL AS DOUBLE) AS "impressions_with_estimates",
                                CAST(NULL AS BIGINT) AS "impressions_with_estimates__provenance",
                                CAST(NULL AS DOUBLE) AS "er_reach_post",
                                CAST(NULL AS DOUBLE) AS "er_followers_post",
                                CAST(NULL AS DOUBLE) AS "er_impressions_post",
                                CAST(NULL AS DOUBLE) AS "er_views_post",
                                CAST(NULL AS BIGINT) AS "er_reach_post__provenance",
                                CAST(NULL AS BIGINT) AS "er_followers_post__provenance",
                                CAST(NULL AS BIGINT) AS "er_impressions_post__provenance",
                                CAST(NULL AS BIGINT) AS "er_views_post__provenance",
                                CAST(NULL AS TEXT) AS "post_platform",
                                CAST(NULL AS DOUBLE) AS "publishing_influencer",
                                CAST(NULL AS DOUBLE) AS "sponsored_posts",
                                CAST(NULL AS DOUBLE) AS "disclosed_sponsored_posts",
                                CAST(NULL AS DOUBLE) AS "cost",
                                CAST(NULL AS DOUBLE) AS "key_message_posts",
                                CAST("t192"."ugc_post" AS DOUBLE) AS "ugc_post",
                                CAST(NULL AS DOUBLE) AS "mentions",
                                CAST(NULL AS DOUBLE) AS "brand_mentions",
                                CAST(NULL AS DOUBLE) AS "mention_engagements",
                                CAST(NULL AS DOUBLE) AS "brand_mention_engagements",
                                CAST(NULL AS DOUBLE) AS "followers_start",
                                CAST(NULL AS DOUBLE) AS "followers_gained",
                                CAST(NULL AS DOUBLE) AS "followers_expected_gain",
                                CAST(NULL AS BIGINT) AS "followers_start__provenance",
                                CAST(NULL AS BIGINT) AS "followers_gained__provenance",
                                CAST(NULL AS BIGINT) AS "followers_expected_gain__provenance",
                                CAST(NULL AS DOUBLE) AS "brand_followers_start",
                                CAST(NULL AS DOUBLE) AS "brand_followers_gained",
                                CAST(NULL AS DOUBLE) AS "brand_followers_expected_gain",
                                CAST(NULL AS BIGINT) AS "brand_followers_start__provenance",
                                CAST(NULL AS BIGINT) AS "brand_followers_gained__provenance",
                                CAST(NULL AS BIGINT) AS "brand_followers_expected_gain__provenance",
                                CAST(NULL AS DOUBLE) AS "influencers_contacted",
                                CAST(NULL AS DOUBLE) AS "influencers_interested",
                                CAST(NULL AS DOUBLE) AS "posts_contracted",
                                CAST(NULL AS DOUBLE) AS "products_sent",
                                CAST(NULL AS DOUBLE) AS "link_clicks",
                                CAST(NULL AS DOUBLE) AS "unique_link_clicks",
                                CAST(NULL AS DOUBLE) AS "bot_link_clicks",
                                CAST(NULL AS DOUBLE) AS "sessions",
                                CAST(NULL AS DOUBLE) AS "new_users",
                                CAST(NULL AS DOUBLE) AS "engaged_sessions",
                                CAST(NULL AS DOUBLE) AS "bounced_sessions",
                                CAST(NULL AS DOUBLE) AS "session_seconds",
                                CAST(NULL AS DOUBLE) AS "page_views",
                                CAST(NULL AS DOUBLE) AS "key_events",
                                CAST(NULL AS DOUBLE) AS "orders",
                                CAST(NULL AS DOUBLE) AS "revenue",
                                CAST(NULL AS DOUBLE) AS "new_customers",
                                CAST(NULL AS DOUBLE) AS "key_messages"
                              FROM (
                                SELECT
                                  "t133"."campaign_id",
                                  "t133"."campaign",
                                  "t133"."platform",
                                  "t133"."day",
                                  "t133"."post_id" AS "ugc_post"
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
                                        CAST("t21"."platform" AS TEXT) AS "platform",
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
                                          CAST("t0"."name" AS TEXT) AS "campaign",
                                          "t0"."workspace_id",
                                          "t0"."start_date" AS "start",
                                          "t0"."end_date" AS "end",
                                          UNNEST(STR_SPLIT("t0"."hashtags", ',')) AS "tag"
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
                                      AND CONTAINS(',' || "t95"."hashtags" || ',', ',' || "t85"."tag" || ',')
                                  ) AS "t119"
                                ) AS "t133"
                                ANTI JOIN (
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
                                        "t178"."campaign_id",
                                        "t178"."influencer_id"
                                      FROM "post_rows" AS "t178"
                                    ) AS "t180"
                                  ) AS "t183"
                                ) AS "t189"
                                  ON "t133"."campaign_id" = "t189"."campaign_id"
                                  AND "t133"."influencer_id" = "t189"."influencer_id"
                              ) AS "t192"
                            ) AS "t193"
                          ) AS "t199"
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
                              CAST(NULL AS TEXT) AS "platform",
                              CAST(NULL AS TEXT) AS "format",
                              CAST(NULL AS BIGINT) AS "post_id",
                              "t124"."day",
                              CAST(NULL AS DOUBLE) AS "reach",
                              CAST(NULL AS DOUBLE) AS "impressions",
                              CAST(NULL AS DOUBLE) AS "views",
                              CAST(NULL AS DOUBLE) AS "likes",
                              CAST(NULL AS DOUBLE) AS "comments",
                              CAST(NULL AS DOUBLE) AS "shares",
                              CAST(NULL AS DOUBLE) AS "saves",
                              CAST(NULL AS DOUBLE) AS "clicks",
                              CAST(NULL AS BIGINT) AS "reach__provenance",
                              CAST(NULL AS BIGINT) AS "impressions__provenance",
                              CAST(NULL AS BIGINT) AS "views__provenance",
                              CAST(NULL AS BIGINT) AS "likes__provenance",
                              CAST(NULL AS BIGINT) AS "comments__provenance",
                              CAST(NULL AS BIGINT) AS "shares__provenance",
                              CAST(NULL AS BIGINT) AS "saves__provenance",
                              CAST(NULL AS BIGINT) AS "clicks__provenance",
                              CAST(NULL AS DOUBLE) AS "followers",
                              CAST(NULL AS BIGINT) AS "followers__provenance",
                              CAST(NULL AS DOUBLE) AS "engagements",
                              CAST(NULL AS BIGINT) AS "engagements__provenance",
                              CAST(NULL AS DOUBLE) AS "impressions_with_estimates",
                              CAST(NULL AS BIGINT) AS "impressions_with_estimates__provenance",
                              CAST(NULL AS DOUBLE) AS "er_reach_post",
                              CAST(NULL AS DOUBLE) AS "er_followers_post",
                              CAST(NULL AS DOUBLE) AS "er_impressions_post",
                              CAST(NULL AS DOUBLE) AS "er_views_post",
                              CAST(NULL AS BIGINT) AS "er_reach_post__provenance",
                              CAST(NULL AS BIGINT) AS "er_followers_post__provenance",
                              CAST(NULL AS BIGINT) AS "er_impressions_post__provenance",
                              CAST(NULL AS BIGINT) AS "er_views_post__provenance",
                              CAST(NULL AS TEXT) AS "post_platform",
                              CAST(NULL AS DOUBLE) AS "publishing_influencer",
                              CAST(NULL AS DOUBLE) AS "sponsored_posts",
                              CAST(NULL AS DOUBLE) AS "disclosed_sponsored_posts",
                              "t124"."cost",
                              CAST(NULL AS DOUBLE) AS "key_message_posts",
                              CAST(NULL AS DOUBLE) AS "ugc_post",
                              CAST(NULL AS DOUBLE) AS "mentions",
                              CAST(NULL AS DOUBLE) AS "brand_mentions",
                              CAST(NULL AS DOUBLE) AS "mention_engagements",
                              CAST(NULL AS DOUBLE) AS "brand_mention_engagements",
                              CAST(NULL AS DOUBLE) AS "followers_start",
                              CAST(NULL AS DOUBLE) AS "followers_gained",
                              CAST(NULL AS DOUBLE) AS "followers_expected_gain",
                              CAST(NULL AS BIGINT) AS "followers_start__provenance",
                              CAST(NULL AS BIGINT) AS "followers_gained__provenance",
                              CAST(NULL AS BIGINT) AS "followers_expected_gain__provenance",
                              CAST(NULL AS DOUBLE) AS "brand_followers_start",
                              CAST(NULL AS DOUBLE) AS "brand_followers_gained",
                              CAST(NULL AS DOUBLE) AS "brand_followers_expected_gain",
                              CAST(NULL AS BIGINT) AS "brand_followers_start__provenance",
                              CAST(NULL AS BIGINT) AS "brand_followers_gained__provenance",
                              CAST(NULL AS BIGINT) AS "brand_followers_expected_gain__provenance",
                              CAST(NULL AS DOUBLE) AS "influencers_contacted",
                              CAST(NULL AS DOUBLE) AS "influencers_interested",
                              CAST(NULL AS DOUBLE) AS "posts_contracted",
                              CAST(NULL AS DOUBLE) AS "products_sent",
                              CAST(NULL AS DOUBLE) AS "link_clicks",
                              CAST(NULL AS DOUBLE) AS "unique_link_clicks",
                              CAST(NULL AS DOUBLE) AS "bot_link_clicks",
                              CAST(NULL AS DOUBLE) AS "sessions",
                              CAST(NULL AS DOUBLE) AS "new_users",
                              CAST(NULL AS DOUBLE) AS "engaged_sessions",
                              CAST(NULL AS DOUBLE) AS "bounced_sessions",
                              CAST(NULL AS DOUBLE) AS "session_seconds",
                              CAST(NULL AS DOUBLE) AS "page_views",
                              CAST(NULL AS DOUBLE) AS "key_events",
                              CAST(NULL AS DOUBLE) AS "orders",
                              CAST(NULL AS DOUBLE) AS "revenue",
                              CAST(NULL AS DOUBLE) AS "new_customers",
                              CAST(NULL AS DOUBLE) AS "key_messages"
                            FROM (
                              SELECT
                                "t102"."campaign_id",
                                "t102"."campaign",
                                "t102"."influencer_id",
                                CAST("t17"."name" AS TEXT) AS "influencer",
                                "t102"."incurred_on" AS "day",
                                "t102"."amount" AS "cost"
                              FROM "t78" AS "t102"
                              ANTI JOIN (
                                SELECT
                                  "t94"."campaign_id",
                                  "t94"."influencer_id",
                                  COUNT("t94"."post_id") AS "n_posts"
                                FROM "campaign_posts_in" AS "t94"
                                GROUP BY
                                  1,
                                  2
                              ) AS "t111"
                                ON "t102"."campaign_id" = "t111"."campaign_id"
                                AND "t102"."influencer_id" = "t111"."influencer_id"
                              LEFT OUTER JOIN "influencer" AS "t17"
                                ON "t102"."influencer_id" = "t17"."id"
                            ) AS "t124"
                          ) AS "t131"
                        ) AS "t200"
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t82"."campaign_id",
                            "t82"."campaign",
                            CAST(NULL AS BIGINT) AS "influencer_id",
                            CAST(NULL AS TEXT) AS "influencer",
                            CAST(NULL AS BIGINT) AS "account_id",
                            "t82"."platform",
                            CAST(NULL AS TEXT) AS "format",
                            CAST(NULL AS BIGINT) AS "post_id",
                            "t82"."day",
                            CAST(NULL AS DOUBLE) AS "reach",
                            CAST(NULL AS DOUBLE) AS "impressions",
                            CAST(NULL AS DOUBLE) AS "views",
                            CAST(NULL AS DOUBLE) AS "likes",
                            CAST(NULL AS DOUBLE) AS "comments",
                            CAST(NULL AS DOUBLE) AS "shares",
                            CAST(NULL AS DOUBLE) AS "saves",
                            CAST(NULL AS DOUBLE) AS "clicks",
                            CAST(NULL AS BIGINT) AS "reach__provenance",
                            CAST(NULL AS BIGINT) AS "impressions__provenance",
                            CAST(NULL AS BIGINT) AS "views__provenance",
                            CAST(NULL AS BIGINT) AS "likes__provenance",
                            CAST(NULL AS BIGINT) AS "comments__provenance",
                            CAST(NULL AS BIGINT) AS "shares__provenance",
                            CAST(NULL AS BIGINT) AS "saves__provenance",
                            CAST(NULL AS BIGINT) AS "clicks__provenance",
                            CAST(NULL AS DOUBLE) AS "followers",
                            CAST(NULL AS BIGINT) AS "followers__provenance",
                            CAST(NULL AS DOUBLE) AS "engagements",
                            CAST(NULL AS BIGINT) AS "engagements__provenance",
                            CAST(NULL AS DOUBLE) AS "impressions_with_estimates",
                            CAST(NULL AS BIGINT) AS "impressions_with_estimates__provenance",
                            CAST(NULL AS DOUBLE) AS "er_reach_post",
                            CAST(NULL AS DOUBLE) AS "er_followers_post",
                            CAST(NULL AS DOUBLE) AS "er_impressions_post",
                            CAST(NULL AS DOUBLE) AS "er_views_post",
                            CAST(NULL AS BIGINT) AS "er_reach_post__provenance",
                            CAST(NULL AS BIGINT) AS "er_followers_post__provenance",
                            CAST(NULL AS BIGINT) AS "er_impressions_post__provenance",
                            CAST(NULL AS BIGINT) AS "er_views_post__provenance",
                            CAST(NULL AS TEXT) AS "post_platform",
                            CAST(NULL AS DOUBLE) AS "publishing_influencer",
                            CAST(NULL AS DOUBLE) AS "sponsored_posts",
                            CAST(NULL AS DOUBLE) AS "disclosed_sponsored_posts",
                            CAST(NULL AS DOUBLE) AS "cost",
                            CAST(NULL AS DOUBLE) AS "key_message_posts",
                            CAST(NULL AS DOUBLE) AS "ugc_post",
                            "t82"."mentions",
                            "t82"."brand_mentions",
                            "t82"."mention_engagements",
                            "t82"."brand_mention_engagements",
                            CAST(NULL AS DOUBLE) AS "followers_start",
                            CAST(NULL AS DOUBLE) AS "followers_gained",
                            CAST(NULL AS DOUBLE) AS "followers_expected_gain",
                            CAST(NULL AS BIGINT) AS "followers_start__provenance",
                            CAST(NULL AS BIGINT) AS "followers_gained__provenance",
                            CAST(NULL AS BIGINT) AS "followers_expected_gain__provenance",
                            CAST(NULL AS DOUBLE) AS "brand_followers_start",
                            CAST(NULL AS DOUBLE) AS "brand_followers_gained",
                            CAST(NULL AS DOUBLE) AS "brand_followers_expected_gain",
                            CAST(NULL AS BIGINT) AS "brand_followers_start__provenance",
                            CAST(NULL AS BIGINT) AS "brand_followers_gained__provenance",
                            CAST(NULL AS BIGINT) AS "brand_followers_expected_gain__provenance",
                            CAST(NULL AS DOUBLE) AS "influencers_contacted",
                            CAST(NULL AS DOUBLE) AS "influencers_interested",
                            CAST(NULL AS DOUBLE) AS "posts_contracted",
                            CAST(NULL AS DOUBLE) AS "products_sent",
                            CAST(NULL AS DOUBLE) AS "link_clicks",
                            CAST(NULL AS DOUBLE) AS "unique_link_clicks",
                            CAST(NULL AS DOUBLE) AS "bot_link_clicks",
                            CAST(NULL AS DOUBLE) AS "sessions",
                            CAST(NULL AS DOUBLE) AS "new_users",
                            CAST(NULL AS DOUBLE) AS "engaged_sessions",
                            CAST(NULL AS DOUBLE) AS "bounced_sessions",
                            CAST(NULL AS DOUBLE) AS "session_seconds",
                            CAST(NULL AS DOUBLE) AS "page_views",
                            CAST(NULL AS DOUBLE) AS "key_events",
                            CAST(NULL AS DOUBLE) AS "orders",
                            CAST(NULL AS DOUBLE) AS "revenue",
                            CAST(NULL AS DOUBLE) AS "new_customers",
                            CAST(NULL AS DOUBLE) AS "key_messages"
                          FROM (
                            SELECT
                              CAST("t59"."id" AS BIGINT) AS "campaign_id",
                              CAST("t59"."name" AS TEXT) AS "campaign",
                              CAST("t19"."platform" AS TEXT) AS "platform",
                              "t19"."mentioned_on" AS "day",
                              CAST(1 AS DOUBLE) AS "mentions",
                              CAST(CASE WHEN "t19"."own" THEN 1 ELSE 0 END AS DOUBLE) AS "brand_mentions",
                              "t19"."engagements" AS "mention_engagements",
                              CAST(CASE WHEN "t19"."own" THEN 1 ELSE 0 END AS DOUBLE) * "t19"."engagements" AS "brand_mention_engagements"
                            FROM "mention" AS "t19"
                            INNER JOIN "t25" AS "t59"
                              ON "t19"."workspace_id" = "t59"."workspace_id"
                              AND "t19"."mentioned_on" >= "t59"."start_date"
                              AND "t19"."mentioned_on" <= "t59"."end_date"
                          ) AS "t82"
                        ) AS "t96"
                      ) AS "t201"
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t185"."campaign_id",
                          "t185"."campaign",
                          "t185"."influencer_id",
                          "t185"."influencer",
                          "t185"."account_id",
                          "t185"."platform",
                          CAST(NULL AS TEXT) AS "format",
                          CAST(NULL AS BIGINT) AS "post_id",
                          "t185"."day",
                          CAST(NULL AS DOUBLE) AS "reach",
                          CAST(NULL AS DOUBLE) AS "impressions",
                          CAST(NULL AS DOUBLE) AS "views",
                          CAST(NULL AS DOUBLE) AS "likes",
                          CAST(NULL AS DOUBLE) AS "comments",
                          CAST(NULL AS DOUBLE) AS "shares",
                          CAST(NULL AS DOUBLE) AS "saves",
                          CAST(NULL AS DOUBLE) AS "clicks",
                          CAST(NULL AS BIGINT) AS "reach__provenance",
                          CAST(NULL AS BIGINT) AS "impressions__provenance",
                          CAST(NULL AS BIGINT) AS "views__provenance",
                          CAST(NULL AS BIGINT) AS "likes__provenance",
                          CAST(NULL AS BIGINT) AS "comments__provenance",
                          CAST(NULL AS BIGINT) AS "shares__provenance",
                          CAST(NULL AS BIGINT) AS "saves__provenance",
                          CAST(NULL AS BIGINT) AS "clicks__provenance",
                          CAST(NULL AS DOUBLE) AS "followers",
                          CAST(NULL AS BIGINT) AS "followers__provenance",
                          CAST(NULL AS DOUBLE) AS "engagements",
                          CAST(NULL AS BIGINT) AS "engagements__provenance",
                          CAST(NULL AS DOUBLE) AS "impressions_with_estimates",
                          CAST(NULL AS BIGINT) AS "impressions_with_estimates__provenance",
                          CAST(NULL AS DOUBLE) AS "er_reach_post",
                          CAST(NULL AS DOUBLE) AS "er_followers_post",
                          CAST(NULL AS DOUBLE) AS "er_impressions_post",
                          CAST(NULL AS DOUBLE) AS "er_views_post",
                          CAST(NULL AS BIGINT) AS "er_reach_post__provenance",
                          CAST(NULL AS BIGINT) AS "er_followers_post__provenance",
                          CAST(NULL AS BIGINT) AS "er_impressions_post__provenance",
                          CAST(NULL AS BIGINT) AS "er_views_post__provenance",
                          CAST(NULL AS TEXT) AS "post_platform",
                          CAST(NULL AS DOUBLE) AS "publishing_influencer",
                          CAST(NULL AS DOUBLE) AS "sponsored_posts",
                          CAST(NULL AS DOUBLE) AS "disclosed_sponsored_posts",
                          CAST(NULL AS DOUBLE) AS "cost",
                          CAST(NULL AS DOUBLE) AS "key_message_posts",
                          CAST(NULL AS DOUBLE) AS "ugc_post",
                          CAST(NULL AS DOUBLE) AS "mentions",
                          CAST(NULL AS DOUBLE) AS "brand_mentions",
                          CAST(NULL AS DOUBLE) AS "mention_engagements",
                          CAST(NULL AS DOUBLE) AS "brand_mention_engagements",
                          CASE
                            WHEN "t185"."is_brand" = FALSE
                            THEN "t185"."start_followers"
                            ELSE CAST(NULL AS DOUBLE)
                          END AS "followers_start",
                          CASE
                            WHEN "t185"."is_brand" = FALSE
                            THEN CASE
                              WHEN "t185"."end_seen_at" > "t185"."start_seen_at"
                              THEN "t185"."end_followers" - "t185"."start_followers"
                              ELSE CAST(NULL AS DOUBLE)
                            END
                            ELSE CAST(NULL AS DOUBLE)
                          END AS "followers_gained",
                          CASE
                            WHEN "t185"."is_brand" = FALSE
                            THEN CASE
                              WHEN "t185"."end_seen_at" > "t185"."start_seen_at"
                              THEN (
                                (
                                  "t185"."start_followers" - "t185"."before_followers"
                                ) / NULLIF(CAST("t185"."start_seen_at" - "t185"."before_seen_at" AS DOUBLE), 0)
                              ) * (
                                "t185"."end_seen_at" - "t185"."start_seen_at"
                              )
                              ELSE CAST(NULL AS DOUBLE)
                            END
                            ELSE CAST(NULL AS DOUBLE)
                          END AS "followers_expected_gain",
                          CAST(CASE
                            WHEN "t185"."is_brand" = FALSE
                            THEN "t185"."start_rank"
                            ELSE CAST(NULL AS TINYINT)
                          END AS BIGINT) AS "followers_start__provenance",
                          CASE
                            WHEN "t185"."is_brand" = FALSE
                            THEN CASE
                              WHEN "t185"."end_seen_at" > "t185"."start_seen_at"
                              THEN NULLIF(GREATEST(COALESCE("t185"."start_rank", -1), COALESCE("t185"."end_rank", -1)), -1)
                              ELSE CAST(NULL AS BIGINT)
                            END
                            ELSE CAST(NULL AS BIGINT)
                          END AS "followers_gained__provenance",
                          CASE
                            WHEN "t185"."is_brand" = FALSE
                            THEN CASE
                              WHEN CASE
                                WHEN "t185"."end_seen_at" > "t185"."start_seen_at"
                                THEN (
                                  (
                                    "t185"."start_followers" - "t185"."before_followers"
                                  ) / NULLIF(CAST("t185"."start_seen_at" - "t185"."before_seen_at" AS DOUBLE), 0)
                                ) * (
                                  "t185"."end_seen_at" - "t185"."start_seen_at"
                                )
                                ELSE CAST(NULL AS DOUBLE)
                              END IS NOT NULL
                              THEN NULLIF(
                                GREATEST(
                                  COALESCE(
                                    CASE
                                      WHEN "t185"."end_seen_at" > "t185"."start_seen_at"
                                      THEN NULLIF(GREATEST(COALESCE("t185"."start_rank", -1), COALESCE("t185"."end_rank", -1)), -1)
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    -1
                                  ),
                                  COALESCE("t185"."before_rank", -1)
                                ),
                                -1
                              )
                              ELSE CAST(NULL AS BIGINT)
                            END
                            ELSE CAST(NULL AS BIGINT)
                          END AS "followers_expected_gain__provenance",
                          CASE
                            WHEN "t185"."is_brand" = TRUE
                            THEN "t185"."start_followers"
                            ELSE CAST(NULL AS DOUBLE)
                          END AS "brand_followers_start",
                          CASE
                            WHEN "t185"."is_brand" = TRUE
                            THEN CASE
                              WHEN "t185"."end_seen_at" > "t185"."start_seen_at"
                              THEN "t185"."end_followers" - "t185"."start_followers"
                              ELSE CAST(NULL AS DOUBLE)
                            END
                            ELSE CAST(NULL AS DOUBLE)
                          END AS "brand_followers_gained",
                          CASE
                            WHEN "t185"."is_brand" = TRUE
                            THEN CASE
                              WHEN "t185"."end_seen_at" > "t185"."start_seen_at"
                              THEN (
                                (
                                  "t185"."start_followers" - "t185"."before_followers"
                                ) / NULLIF(CAST("t185"."start_seen_at" - "t185"."before_seen_at" AS DOUBLE), 0)
                              ) * (
                                "t185"."end_seen_at" - "t185"."start_seen_at"
                              )
                              ELSE CAST(NULL AS DOUBLE)
                            END
                            ELSE CAST(NULL AS DOUBLE)
                          END AS "brand_followers_expected_gain",
                          CAST(CASE
                            WHEN "t185"."is_brand" = TRUE
                            THEN "t185"."start_rank"
                            ELSE CAST(NULL AS TINYINT)
                          END AS BIGINT) AS "brand_followers_start__provenance",
                          CASE
                            WHEN "t185"."is_brand" = TRUE
                            THEN CASE
                              WHEN "t185"."end_seen_at" > "t185"."start_seen_at"
                              THEN NULLIF(GREATEST(COALESCE("t185"."start_rank", -1), COALESCE("t185"."end_rank", -1)), -1)
                              ELSE CAST(NULL AS BIGINT)
                            END
                            ELSE CAST(NULL AS BIGINT)
                          END AS "brand_followers_gained__provenance",
                          CASE
                            WHEN "t185"."is_brand" = TRUE
                            THEN CASE
                              WHEN CASE
                                WHEN "t185"."end_seen_at" > "t185"."start_seen_at"
                                THEN (
                                  (
                                    "t185"."start_followers" - "t185"."before_followers"
                                  ) / NULLIF(CAST("t185"."start_seen_at" - "t185"."before_seen_at" AS DOUBLE), 0)
                                ) * (
                                  "t185"."end_seen_at" - "t185"."start_seen_at"
                                )
                                ELSE CAST(NULL AS DOUBLE)
                              END IS NOT NULL
                              THEN NULLIF(
                                GREATEST(
                                  COALESCE(
                                    CASE
                                      WHEN "t185"."end_seen_at" > "t185"."start_seen_at"
                                      THEN NULLIF(GREATEST(COALESCE("t185"."start_rank", -1), COALESCE("t185"."end_rank", -1)), -1)
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    -1
                                  ),
                                  COALESCE("t185"."before_rank", -1)
                                ),
                                -1
                              )
                              ELSE CAST(NULL AS BIGINT)
                            END
                            ELSE CAST(NULL AS BIGINT)
                          END AS "brand_followers_expected_gain__provenance",
                          CAST(NULL AS DOUBLE) AS "influencers_contacted",
                          CAST(NULL AS DOUBLE) AS "influencers_interested",
                          CAST(NULL AS DOUBLE) AS "posts_contracted",
                          CAST(NULL AS DOUBLE) AS "products_sent",
                          CAST(NULL AS DOUBLE) AS "link_clicks",
                          CAST(NULL AS DOUBLE) AS "unique_link_clicks",
                          CAST(NULL AS DOUBLE) AS "bot_link_clicks",
                          CAST(NULL AS DOUBLE) AS "sessions",
                          CAST(NULL AS DOUBLE) AS "new_users",
                          CAST(NULL AS DOUBLE) AS "engaged_sessions",
                          CAST(NULL AS DOUBLE) AS "bounced_sessions",
                          CAST(NULL AS DOUBLE) AS "session_seconds",
                          CAST(NULL AS DOUBLE) AS "page_views",
                          CAST(NULL AS DOUBLE) AS "key_events",
                          CAST(NULL AS DOUBLE) AS "orders",
                          CAST(NULL AS DOUBLE) AS "revenue",
                          CAST(NULL AS DOUBLE) AS "new_customers",
                          CAST(NULL AS DOUBLE) AS "key_messages"
                        FROM (
                          SELECT
                            "t177"."campaign_id",
                            "t177"."campaign",
                            "t177"."influencer_id",
                            "t177"."influencer",
                            "t177"."account_id",
                            "t177"."platform",
                            "t177"."is_brand",
                            "t177"."day",
                            "t177"."start_at",
                            "t177"."end_at",
                            "t177"."start_followers",
                            "t177"."start_seen_at",
                            "t177"."start_rank",
                            "t177"."end_followers",
                            "t177"."end_seen_at",
                            "t177"."end_rank",
                            "t168"."before_followers",
                            "t168"."before_seen_at",
                            "t168"."before_rank"
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
                              "t167"."end_followers",
                              "t167"."end_seen_at",
                              "t167"."end_rank"
                            FROM (
                              SELECT
                                "t144"."campaign_id",
                                "t144"."campaign",
                                "t144"."influencer_id",
                                "t144"."influencer",
                                "t144"."account_id",
                                "t144"."platform",
                                "t144"."is_brand",
                                "t144"."day",
                                "t144"."start_at",
                                "t144"."end_at",
                                "t170"."start_followers",
                                "t170"."start_seen_at",
                                "t170"."start_rank"
                              FROM (
                                SELECT
                                  "t121"."campaign_id",
                                  CAST("t15"."name" AS TEXT) AS "campaign",
                                  CAST("t18"."id" AS BIGINT) AS "influencer_id",
                                  CAST("t18"."name" AS TEXT) AS "influencer",
                                  "t121"."account_id",
                                  CAST("t22"."platform" AS TEXT) AS "platform",
                                  "t121"."is_brand",
                                  "t15"."end_date" AS "day",
                                  EPOCH(CAST(CAST("t15"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "start_at",
                                  EPOCH(CAST(CAST("t15"."end_date" AS TIMESTAMPTZ) AS TIMESTAMP)) + 86400 AS "end_at"
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
                              ) AS "t144"
                              INNER JOIN (
                                SELECT
                                  "t163"."campaign_id",
                                  "t163"."account_id",
                                  CAST("t163"."followers" AS DOUBLE) AS "start_followers",
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
                              ) AS "t170"
                                ON "t144"."campaign_id" = "t170"."campaign_id"
                                AND "t144"."account_id" = "t170"."account_id"
                            ) AS "t173"
                            LEFT OUTER JOIN (
                              SELECT
                                "t161"."campaign_id",
                                "t161"."account_id",
                                CAST("t161"."followers" AS DOUBLE) AS "end_followers",
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
                                    ORDER BY "t158"."at" DESC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  ) - 1 AS "order"
                                FROM "t157" AS "t158"
                              ) AS "t161"
                              WHERE
                                "t161"."order" = 0
                            ) AS "t167"
                              ON "t173"."campaign_id" = "t167"."campaign_id"
                              AND "t173"."account_id" = "t167"."account_id"
                          ) AS "t177"
                          LEFT OUTER JOIN (
                            SELECT
                              "t162"."campaign_id",
                              "t162"."account_id",
                              CAST("t162"."followers" AS DOUBLE) AS "before_followers",
                              "t162"."at" AS "before_seen_at",
                              "t162"."rank" AS "before_rank"
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
                                  ORDER BY "t160"."at" DESC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                ) - 1 AS "order"
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t144"."campaign_id",
                                    "t144"."campaign",
                                    "t144"."influencer_id",
                                    "t144"."influencer",
                                    "t144"."account_id",
                                    "t144"."platform",
                                    "t144"."is_brand",
                                    "t144"."day",
                                    "t144"."start_at",
                                    "t144"."end_at",
                                    "t66"."followers",
                                    "t66"."at",
                                    "t66"."rank"
                                  FROM (
                                    SELECT
                                      "t121"."campaign_id",
                                      CAST("t15"."name" AS TEXT) AS "campaign",
                                      CAST("t18"."id" AS BIGINT) AS "influencer_id",
                                      CAST("t18"."name" AS TEXT) AS "influencer",
                                      "t121"."account_id",
                                      CAST("t22"."platform" AS TEXT) AS "platform",
                                      "t121"."is_brand",
                                      "t15"."end_date" AS "day",
                                      EPOCH(CAST(CAST("t15"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "start_at",
                                      EPOCH(CAST(CAST("t15"."end_date" AS TIMESTAMPTZ) AS TIMESTAMP)) + 86400 AS "end_at"
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
                                  ) AS "t144"
                                  INNER JOIN (
                                    SELECT
                                      CAST("t13"."account_id" AS BIGINT) AS "account_id",
                                      "t13"."followers",
                                      EPOCH(CAST(CAST("t13"."captured_at" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "at",
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
                                    ON "t144"."account_id" = "t66"."account_id"
                                ) AS "t155"
                                WHERE
                                  "t155"."at" <= (
                                    "t155"."start_at" - (
                                      "t155"."end_at" - "t155"."start_at"
                                    )
                                  )
                              ) AS "t160"
                            ) AS "t162"
                            WHERE
                              "t162"."order" = 0
                          ) AS "t168"
                            ON "t177"."campaign_id" = "t168"."campaign_id"
                            AND "t177"."account_id" = "t168"."account_id"
                        ) AS "t185"
                      ) AS "t195"
                    ) AS "t202"
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
                        CAST(NULL AS TEXT) AS "platform",
                        CAST(NULL AS TEXT) AS "format",
                        CAST(NULL AS BIGINT) AS "post_id",
                        "t87"."day",
                        CAST(NULL AS DOUBLE) AS "reach",
                        CAST(NULL AS DOUBLE) AS "impressions",
                        CAST(NULL AS DOUBLE) AS "views",
                        CAST(NULL AS DOUBLE) AS "likes",
                        CAST(NULL AS DOUBLE) AS "comments",
                        CAST(NULL AS DOUBLE) AS "shares",
                        CAST(NULL AS DOUBLE) AS "saves",
                        CAST(NULL AS DOUBLE) AS "clicks",
                        CAST(NULL AS BIGINT) AS "reach__provenance",
                        CAST(NULL AS BIGINT) AS "impressions__provenance",
                        CAST(NULL AS BIGINT) AS "views__provenance",
                        CAST(NULL AS BIGINT) AS "likes__provenance",
                        CAST(NULL AS BIGINT) AS "comments__provenance",
                        CAST(NULL AS BIGINT) AS "shares__provenance",
                        CAST(NULL AS BIGINT) AS "saves__provenance",
                        CAST(NULL AS BIGINT) AS "clicks__provenance",
                        CAST(NULL AS DOUBLE) AS "followers",
                        CAST(NULL AS BIGINT) AS "followers__provenance",
                        CAST(NULL AS DOUBLE) AS "engagements",
                        CAST(NULL AS BIGINT) AS "engagements__provenance",
                        CAST(NULL AS DOUBLE) AS "impressions_with_estimates",
                        CAST(NULL AS BIGINT) AS "impressions_with_estimates__provenance",
                        CAST(NULL AS DOUBLE) AS "er_reach_post",
                        CAST(NULL AS DOUBLE) AS "er_followers_post",
                        CAST(NULL AS DOUBLE) AS "er_impressions_post",
                        CAST(NULL AS DOUBLE) AS "er_views_post",
                        CAST(NULL AS BIGINT) AS "er_reach_post__provenance",
                        CAST(NULL AS BIGINT) AS "er_followers_post__provenance",
                        CAST(NULL AS BIGINT) AS "er_impressions_post__provenance",
                        CAST(NULL AS BIGINT) AS "er_views_post__provenance",
                        CAST(NULL AS TEXT) AS "post_platform",
                        CAST(NULL AS DOUBLE) AS "publishing_influencer",
                        CAST(NULL AS DOUBLE) AS "sponsored_posts",
                        CAST(NULL AS DOUBLE) AS "disclosed_sponsored_posts",
                        CAST(NULL AS DOUBLE) AS "cost",
                        CAST(NULL AS DOUBLE) AS "key_message_posts",
                        CAST(NULL AS DOUBLE) AS "ugc_post",
                        CAST(NULL AS DOUBLE) AS "mentions",
                        CAST(NULL AS DOUBLE) AS "brand_mentions",
                        CAST(NULL AS DOUBLE) AS "mention_engagements",
                        CAST(NULL AS DOUBLE) AS "brand_mention_engagements",
                        CAST(NULL AS DOUBLE) AS "followers_start",
                        CAST(NULL AS DOUBLE) AS "followers_gained",
                        CAST(NULL AS DOUBLE) AS "followers_expected_gain",
                        CAST(NULL AS BIGINT) AS "followers_start__provenance",
                        CAST(NULL AS BIGINT) AS "followers_gained__provenance",
                        CAST(NULL AS BIGINT) AS "followers_expected_gain__provenance",
                        CAST(NULL AS DOUBLE) AS "brand_followers_start",
                        CAST(NULL AS DOUBLE) AS "brand_followers_gained",
                        CAST(NULL AS DOUBLE) AS "brand_followers_expected_gain",
                        CAST(NULL AS BIGINT) AS "brand_followers_start__provenance",
                        CAST(NULL AS BIGINT) AS "brand_followers_gained__provenance",
                        CAST(NULL AS BIGINT) AS "brand_followers_expected_gain__provenance",
                        "t87"."influencers_contacted",
                        "t87"."influencers_interested",
                        "t87"."posts_contracted",
                        "t87"."products_sent",
                        CAST(NULL AS DOUBLE) AS "link_clicks",
                        CAST(NULL AS DOUBLE) AS "unique_link_clicks",
                        CAST(NULL AS DOUBLE) AS "bot_link_clicks",
                        CAST(NULL AS DOUBLE) AS "sessions",
                        CAST(NULL AS DOUBLE) AS "new_users",
                        CAST(NULL AS DOUBLE) AS "engaged_sessions",
                        CAST(NULL AS DOUBLE) AS "bounced_sessions",
                        CAST(NULL AS DOUBLE) AS "session_seconds",
                        CAST(NULL AS DOUBLE) AS "page_views",
                        CAST(NULL AS DOUBLE) AS "key_events",
                        CAST(NULL AS DOUBLE) AS "orders",
                        CAST(NULL AS DOUBLE) AS "revenue",
                        CAST(NULL AS DOUBLE) AS "new_customers",
                        CAST(NULL AS DOUBLE) AS "key_messages"
                      FROM (
                        SELECT
                          CAST("t49"."campaign_id" AS BIGINT) AS "campaign_id",
                          CAST("t15"."name" AS TEXT) AS "campaign",
                          CAST("t49"."influencer_id" AS BIGINT) AS "influencer_id",
                          CAST("t17"."name" AS TEXT) AS "influencer",
                          "t15"."start_date" AS "day",
                          CAST(1 AS DOUBLE) AS "influencers_contacted",
                          CAST(CASE WHEN "t49"."status" IN ('interested', 'activated') THEN 1 ELSE 0 END AS DOUBLE) AS "influencers_interested",
                          CAST("t49"."posts_contracted" AS DOUBLE) AS "posts_contracted",
                          CAST("t49"."products_sent" AS DOUBLE) AS "products_sent"
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
                  ) AS "t203"
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t149"."campaign_id",
                      "t149"."campaign",
                      CAST(NULL AS BIGINT) AS "influencer_id",
                      CAST(NULL AS TEXT) AS "influencer",
                      CAST(NULL AS BIGINT) AS "account_id",
                      CAST(NULL AS TEXT) AS "platform",
                      CAST(NULL AS TEXT) AS "format",
                      "t149"."post_id",
                      CAST(NULL AS DATE) AS "day",
                      CAST(NULL AS DOUBLE) AS "reach",
                      CAST(NULL AS DOUBLE) AS "impressions",
                      CAST(NULL AS DOUBLE) AS "views",
                      CAST(NULL AS DOUBLE) AS "likes",
                      CAST(NULL AS DOUBLE) AS "comments",
                      CAST(NULL AS DOUBLE) AS "shares",
                      CAST(NULL AS DOUBLE) AS "saves",
                      CAST(NULL AS DOUBLE) AS "clicks",
                      CAST(NULL AS BIGINT) AS "reach__provenance",
                      CAST(NULL AS BIGINT) AS "impressions__provenance",
                      CAST(NULL AS BIGINT) AS "views__provenance",
                      CAST(NULL AS BIGINT) AS "likes__provenance",
                      CAST(NULL AS BIGINT) AS "comments__provenance",
                      CAST(NULL AS BIGINT) AS "shares__provenance",
                      CAST(NULL AS BIGINT) AS "saves__provenance",
                      CAST(NULL AS BIGINT) AS "clicks__provenance",
                      CAST(NULL AS DOUBLE) AS "followers",
                      CAST(NULL AS BIGINT) AS "followers__provenance",
                      CAST(NULL AS DOUBLE) AS "engagements",
                      CAST(NULL AS BIGINT) AS "engagements__provenance",
                      CAST(NULL AS DOUBLE) AS "impressions_with_estimates",
                      CAST(NULL AS BIGINT) AS "impressions_with_estimates__provenance",
                      CAST(NULL AS DOUBLE) AS "er_reach_post",
                      CAST(NULL AS DOUBLE) AS "er_followers_post",
                      CAST(NULL AS DOUBLE) AS "er_impressions_post",
                      CAST(NULL AS DOUBLE) AS "er_views_post",
                      CAST(NULL AS BIGINT) AS "er_reach_post__provenance",
                      CAST(NULL AS BIGINT) AS "er_followers_post__provenance",
                      CAST(NULL AS BIGINT) AS "er_impressions_post__provenance",
                      CAST(NULL AS BIGINT) AS "er_views_post__provenance",
                      CAST(NULL AS TEXT) AS "post_platform",
                      CAST(NULL AS DOUBLE) AS "publishing_influencer",
                      CAST(NULL AS DOUBLE) AS "sponsored_posts",
                      CAST(NULL AS DOUBLE) AS "disclosed_sponsored_posts",
                      CAST(NULL AS DOUBLE) AS "cost",
                      CAST(NULL AS DOUBLE) AS "key_message_posts",
                      CAST(NULL AS DOUBLE) AS "ugc_post",
                      CAST(NULL AS DOUBLE) AS "mentions",
                      CAST(NULL AS DOUBLE) AS "brand_mentions",
                      CAST(NULL AS DOUBLE) AS "mention_engagements",
                      CAST(NULL AS DOUBLE) AS "brand_mention_engagements",
                      CAST(NULL AS DOUBLE) AS "followers_start",
                      CAST(NULL AS DOUBLE) AS "followers_gained",
                      CAST(NULL AS DOUBLE) AS "followers_expected_gain",
                      CAST(NULL AS BIGINT) AS "followers_start__provenance",
                      CAST(NULL AS BIGINT) AS "followers_gained__provenance",
                      CAST(NULL AS BIGINT) AS "followers_expected_gain__provenance",
                      CAST(NULL AS DOUBLE) AS "brand_followers_start",
                      CAST(NULL AS DOUBLE) AS "brand_followers_gained",
                      CAST(NULL AS DOUBLE) AS "brand_followers_expected_gain",
                      CAST(NULL AS BIGINT) AS "brand_followers_start__provenance",
                      CAST(NULL AS BIGINT) AS "brand_followers_gained__provenance",
                      CAST(NULL AS BIGINT) AS "brand_followers_expected_gain__provenance",
                      CAST(NULL AS DOUBLE) AS "influencers_contacted",
                      CAST(NULL AS DOUBLE) AS "influencers_interested",
                      CAST(NULL AS DOUBLE) AS "posts_contracted",
                      CAST(NULL AS DOUBLE) AS "products_sent",
                      "t149"."link_clicks",
                      "t149"."unique_link_clicks",
                      "t149"."bot_link_clicks",
                      CAST(NULL AS DOUBLE) AS "sessions",
                      CAST(NULL AS DOUBLE) AS "new_users",
                      CAST(NULL AS DOUBLE) AS "engaged_sessions",
                      CAST(NULL AS DOUBLE) AS "bounced_sessions",
                      CAST(NULL AS DOUBLE) AS "session_seconds",
                      CAST(NULL AS DOUBLE) AS "page_views",
                      CAST(NULL AS DOUBLE) AS "key_events",
                      CAST(NULL AS DOUBLE) AS "orders",
                      CAST(NULL AS DOUBLE) AS "revenue",
                      CAST(NULL AS DOUBLE) AS "new_customers",
                      CAST(NULL AS DOUBLE) AS "key_messages"
                    FROM (
                      SELECT
                        "t136"."campaign_id",
                        "t136"."post_id",
                        "t136"."link_clicks",
                        "t136"."unique_link_clicks",
                        "t136"."bot_link_clicks",
                        CAST("t15"."name" AS TEXT) AS "campaign"
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
                            CAST("t52"."platform" AS TEXT) AS "platform",
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
                                ) THEN 1 ELSE 0 END AS DOUBLE) AS "link_clicks",
                                CAST(CASE WHEN NOT (
                                  "t20"."is_bot"
                                ) AND "t20"."is_unique" THEN 1 ELSE 0 END AS DOUBLE) AS "unique_link_clicks",
                                CAST(CASE WHEN "t20"."is_bot" THEN 1 ELSE 0 END AS DOUBLE) AS "bot_link_clicks"
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
                      ) AS "t136"
                      INNER JOIN "campaign" AS "t15"
                        ON "t136"."campaign_id" = "t15"."id"
                    ) AS "t149"
                  ) AS "t151"
                ) AS "t204"
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    "t109"."campaign_id",
                    "t109"."campaign",
                    CAST(NULL AS BIGINT) AS "influencer_id",
                    CAST(NULL AS TEXT) AS "influencer",
                    CAST(NULL AS BIGINT) AS "account_id",
                    CAST(NULL AS TEXT) AS "platform",
                    CAST(NULL AS TEXT) AS "format",
                    CAST(NULL AS BIGINT) AS "post_id",
                    CAST(NULL AS DATE) AS "day",
                    CAST(NULL AS DOUBLE) AS "reach",
                    CAST(NULL AS DOUBLE) AS "impressions",
                    CAST(NULL AS DOUBLE) AS "views",
                    CAST(NULL AS DOUBLE) AS "likes",
                    CAST(NULL AS DOUBLE) AS "comments",
                    CAST(NULL AS DOUBLE) AS "shares",
                    CAST(NULL AS DOUBLE) AS "saves",
                    CAST(NULL AS DOUBLE) AS "clicks",
                    CAST(NULL AS BIGINT) AS "reach__provenance",
                    CAST(NULL AS BIGINT) AS "impressions__provenance",
                    CAST(NULL AS BIGINT) AS "views__provenance",
                    CAST(NULL AS BIGINT) AS "likes__provenance",
                    CAST(NULL AS BIGINT) AS "comments__provenance",
                    CAST(NULL AS BIGINT) AS "shares__provenance",
                    CAST(NULL AS BIGINT) AS "saves__provenance",
                    CAST(NULL AS BIGINT) AS "clicks__provenance",
                    CAST(NULL AS DOUBLE) AS "followers",
                    CAST(NULL AS BIGINT) AS "followers__provenance",
                    CAST(NULL AS DOUBLE) AS "engagements",
                    CAST(NULL AS BIGINT) AS "engagements__provenance",
                    CAST(NULL AS DOUBLE) AS "impressions_with_estimates",
                    CAST(NULL AS BIGINT) AS "impressions_with_estimates__provenance",
                    CAST(NULL AS DOUBLE) AS "er_reach_post",
                    CAST(NULL AS DOUBLE) AS "er_followers_post",
                    CAST(NULL AS DOUBLE) AS "er_impressions_post",
                    CAST(NULL AS DOUBLE) AS "er_views_post",
                    CAST(NULL AS BIGINT) AS "er_reach_post__provenance",
                    CAST(NULL AS BIGINT) AS "er_followers_post__provenance",
                    CAST(NULL AS BIGINT) AS "er_impressions_post__provenance",
                    CAST(NULL AS BIGINT) AS "er_views_post__provenance",
                    CAST(NULL AS TEXT) AS "post_platform",
                    CAST(NULL AS DOUBLE) AS "publishing_influencer",
                    CAST(NULL AS DOUBLE) AS "sponsored_posts",
                    CAST(NULL AS DOUBLE) AS "disclosed_sponsored_posts",
                    CAST(NULL AS DOUBLE) AS "cost",
                    CAST(NULL AS DOUBLE) AS "key_message_posts",
                    CAST(NULL AS DOUBLE) AS "ugc_post",
                    CAST(NULL AS DOUBLE) AS "mentions",
                    CAST(NULL AS DOUBLE) AS "brand_mentions",
                    CAST(NULL AS DOUBLE) AS "mention_engagements",
                    CAST(NULL AS DOUBLE) AS "brand_mention_engagements",
                    CAST(NULL AS DOUBLE) AS "followers_start",
                    CAST(NULL AS DOUBLE) AS "followers_gained",
                    CAST(NULL AS DOUBLE) AS "followers_expected_gain",
                    CAST(NULL AS BIGINT) AS "followers_start__provenance",
                    CAST(NULL AS BIGINT) AS "followers_gained__provenance",
                    CAST(NULL AS BIGINT) AS "followers_expected_gain__provenance",
                    CAST(NULL AS DOUBLE) AS "brand_followers_start",
                    CAST(NULL AS DOUBLE) AS "brand_followers_gained",
                    CAST(NULL AS DOUBLE) AS "brand_followers_expected_gain",
                    CAST(NULL AS BIGINT) AS "brand_followers_start__provenance",
                    CAST(NULL AS BIGINT) AS "brand_followers_gained__provenance",
                    CAST(NULL AS BIGINT) AS "brand_followers_expected_gain__provenance",
                    CAST(NULL AS DOUBLE) AS "influencers_contacted",
                    CAST(NULL AS DOUBLE) AS "influencers_interested",
                    CAST(NULL AS DOUBLE) AS "posts_contracted",
                    CAST(NULL AS DOUBLE) AS "products_sent",
                    CAST(NULL AS DOUBLE) AS "link_clicks",
                    CAST(NULL AS DOUBLE) AS "unique_link_clicks",
                    CAST(NULL AS DOUBLE) AS "bot_link_clicks",
                    "t109"."sessions",
                    "t109"."new_users",
                    "t109"."engaged_sessions",
                    "t109"."bounced_sessions",
                    "t109"."session_seconds",
                    "t109"."page_views",
                    "t109"."key_events",
                    CAST(NULL AS DOUBLE) AS "orders",
                    CAST(NULL AS DOUBLE) AS "revenue",
                    CAST(NULL AS DOUBLE) AS "new_customers",
                    CAST(NULL AS DOUBLE) AS "key_messages"
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
                      CAST("t15"."name" AS TEXT) AS "campaign"
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
                          CAST("t6"."sessions" AS DOUBLE) AS "sessions",
                          CAST("t6"."new_users" AS DOUBLE) AS "new_users",
                          CAST("t6"."engaged_sessions" AS DOUBLE) AS "engaged_sessions",
                          CAST("t6"."sessions" - "t6"."engaged_sessions" AS DOUBLE) AS "bounced_sessions",
                          CAST("t6"."duration_seconds" AS DOUBLE) AS "session_seconds",
                          CAST("t6"."page_views" AS DOUBLE) AS "page_views",
                          CAST("t6"."key_events" AS DOUBLE) AS "key_events"
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
              ) AS "t205"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t114"."campaign_id",
                  "t114"."campaign",
                  CAST(NULL AS BIGINT) AS "influencer_id",
                  CAST(NULL AS TEXT) AS "influencer",
                  CAST(NULL AS BIGINT) AS "account_id",
                  CAST(NULL AS TEXT) AS "platform",
                  CAST(NULL AS TEXT) AS "format",
                  CAST(NULL AS BIGINT) AS "post_id",
                  CAST(NULL AS DATE) AS "day",
                  CAST(NULL AS DOUBLE) AS "reach",
                  CAST(NULL AS DOUBLE) AS "impressions",
                  CAST(NULL AS DOUBLE) AS "views",
                  CAST(NULL AS DOUBLE) AS "likes",
                  CAST(NULL AS DOUBLE) AS "comments",
                  CAST(NULL AS DOUBLE) AS "shares",
                  CAST(NULL AS DOUBLE) AS "saves",
                  CAST(NULL AS DOUBLE) AS "clicks",
                  CAST(NULL AS BIGINT) AS "reach__provenance",
                  CAST(NULL AS BIGINT) AS "impressions__provenance",
                  CAST(NULL AS BIGINT) AS "views__provenance",
                  CAST(NULL AS BIGINT) AS "likes__provenance",
                  CAST(NULL AS BIGINT) AS "comments__provenance",
                  CAST(NULL AS BIGINT) AS "shares__provenance",
                  CAST(NULL AS BIGINT) AS "saves__provenance",
                  CAST(NULL AS BIGINT) AS "clicks__provenance",
                  CAST(NULL AS DOUBLE) AS "followers",
                  CAST(NULL AS BIGINT) AS "followers__provenance",
                  CAST(NULL AS DOUBLE) AS "engagements",
                  CAST(NULL AS BIGINT) AS "engagements__provenance",
                  CAST(NULL AS DOUBLE) AS "impressions_with_estimates",
                  CAST(NULL AS BIGINT) AS "impressions_with_estimates__provenance",
                  CAST(NULL AS DOUBLE) AS "er_reach_post",
                  CAST(NULL AS DOUBLE) AS "er_followers_post",
                  CAST(NULL AS DOUBLE) AS "er_impressions_post",
                  CAST(NULL AS DOUBLE) AS "er_views_post",
                  CAST(NULL AS BIGINT) AS "er_reach_post__provenance",
                  CAST(NULL AS BIGINT) AS "er_followers_post__provenance",
                  CAST(NULL AS BIGINT) AS "er_impressions_post__provenance",
                  CAST(NULL AS BIGINT) AS "er_views_post__provenance",
                  CAST(NULL AS TEXT) AS "post_platform",
                  CAST(NULL AS DOUBLE) AS "publishing_influencer",
                  CAST(NULL AS DOUBLE) AS "sponsored_posts",
                  CAST(NULL AS DOUBLE) AS "disclosed_sponsored_posts",
                  CAST(NULL AS DOUBLE) AS "cost",
                  CAST(NULL AS DOUBLE) AS "key_message_posts",
                  CAST(NULL AS DOUBLE) AS "ugc_post",
                  CAST(NULL AS DOUBLE) AS "mentions",
                  CAST(NULL AS DOUBLE) AS "brand_mentions",
                  CAST(NULL AS DOUBLE) AS "mention_engagements",
                  CAST(NULL AS DOUBLE) AS "brand_mention_engagements",
                  CAST(NULL AS DOUBLE) AS "followers_start",
                  CAST(NULL AS DOUBLE) AS "followers_gained",
                  CAST(NULL AS DOUBLE) AS "followers_expected_gain",
                  CAST(NULL AS BIGINT) AS "followers_start__provenance",
                  CAST(NULL AS BIGINT) AS "followers_gained__provenance",
                  CAST(NULL AS BIGINT) AS "followers_expected_gain__provenance",
                  CAST(NULL AS DOUBLE) AS "brand_followers_start",
                  CAST(NULL AS DOUBLE) AS "brand_followers_gained",
                  CAST(NULL AS DOUBLE) AS "brand_followers_expected_gain",
                  CAST(NULL AS BIGINT) AS "brand_followers_start__provenance",
                  CAST(NULL AS BIGINT) AS "brand_followers_gained__provenance",
                  CAST(NULL AS BIGINT) AS "brand_followers_expected_gain__provenance",
                  CAST(NULL AS DOUBLE) AS "influencers_contacted",
                  CAST(NULL AS DOUBLE) AS "influencers_interested",
                  CAST(NULL AS DOUBLE) AS "posts_contracted",
                  CAST(NULL AS DOUBLE) AS "products_sent",
                  CAST(NULL AS DOUBLE) AS "link_clicks",
                  CAST(NULL AS DOUBLE) AS "unique_link_clicks",
                  CAST(NULL AS DOUBLE) AS "bot_link_clicks",
                  CAST(NULL AS DOUBLE) AS "sessions",
                  CAST(NULL AS DOUBLE) AS "new_users",
                  CAST(NULL AS DOUBLE) AS "engaged_sessions",
                  CAST(NULL AS DOUBLE) AS "bounced_sessions",
                  CAST(NULL AS DOUBLE) AS "session_seconds",
                  CAST(NULL AS DOUBLE) AS "page_views",
                  CAST(NULL AS DOUBLE) AS "key_events",
                  "t114"."orders",
                  "t114"."revenue",
                  "t114"."new_customers",
                  CAST(NULL AS DOUBLE) AS "key_messages"
                FROM (
                  SELECT
                    "t99"."campaign_id",
                    "t99"."orders",
                    "t99"."revenue",
                    "t99"."new_customers",
                    CAST("t15"."name" AS TEXT) AS "campaign"
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
                        ) THEN 1 ELSE 0 END AS DOUBLE) AS "orders",
                        CASE
                          WHEN NOT (
                            "t3"."reversed"
                          )
                          THEN CAST("t3"."campaign_revenue" AS DOUBLE)
                          ELSE 0
                        END AS "revenue",
                        CAST(CASE
                          WHEN NOT (
                            "t3"."reversed"
                          ) AND COALESCE("t3"."new_customer", FALSE)
                          THEN 1
                          ELSE 0
                        END AS DOUBLE) AS "new_customers"
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
            ) AS "t206"
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                CAST("t0"."id" AS BIGINT) AS "campaign_id",
                CAST("t0"."name" AS TEXT) AS "campaign",
                CAST(NULL AS BIGINT) AS "influencer_id",
                CAST(NULL AS TEXT) AS "influencer",
                CAST(NULL AS BIGINT) AS "account_id",
                CAST(NULL AS TEXT) AS "platform",
                CAST(NULL AS TEXT) AS "format",
                CAST(NULL AS BIGINT) AS "post_id",
                CAST("t0"."start_date" AS DATE) AS "day",
                CAST(NULL AS DOUBLE) AS "reach",
                CAST(NULL AS DOUBLE) AS "impressions",
                CAST(NULL AS DOUBLE) AS "views",
                CAST(NULL AS DOUBLE) AS "likes",
                CAST(NULL AS DOUBLE) AS "comments",
                CAST(NULL AS DOUBLE) AS "shares",
                CAST(NULL AS DOUBLE) AS "saves",
                CAST(NULL AS DOUBLE) AS "clicks",
                CAST(NULL AS BIGINT) AS "reach__provenance",
                CAST(NULL AS BIGINT) AS "impressions__provenance",
                CAST(NULL AS BIGINT) AS "views__provenance",
                CAST(NULL AS BIGINT) AS "likes__provenance",
                CAST(NULL AS BIGINT) AS "comments__provenance",
                CAST(NULL AS BIGINT) AS "shares__provenance",
                CAST(NULL AS BIGINT) AS "saves__provenance",
                CAST(NULL AS BIGINT) AS "clicks__provenance",
                CAST(NULL AS DOUBLE) AS "followers",
                CAST(NULL AS BIGINT) AS "followers__provenance",
                CAST(NULL AS DOUBLE) AS "engagements",
                CAST(NULL AS BIGINT) AS "engagements__provenance",
                CAST(NULL AS DOUBLE) AS "impressions_with_estimates",
                CAST(NULL AS BIGINT) AS "impressions_with_estimates__provenance",
                CAST(NULL AS DOUBLE) AS "er_reach_post",
                CAST(NULL AS DOUBLE) AS "er_followers_post",
                CAST(NULL AS DOUBLE) AS "er_impressions_post",
                CAST(NULL AS DOUBLE) AS "er_views_post",
                CAST(NULL AS BIGINT) AS "er_reach_post__provenance",
                CAST(NULL AS BIGINT) AS "er_followers_post__provenance",
                CAST(NULL AS BIGINT) AS "er_impressions_post__provenance",
                CAST(NULL AS BIGINT) AS "er_views_post__provenance",
                CAST(NULL AS TEXT) AS "post_platform",
                CAST(NULL AS DOUBLE) AS "publishing_influencer",
                CAST(NULL AS DOUBLE) AS "sponsored_posts",
                CAST(NULL AS DOUBLE) AS "disclosed_sponsored_posts",
                CAST(NULL AS DOUBLE) AS "cost",
                CAST(NULL AS DOUBLE) AS "key_message_posts",
                CAST(NULL AS DOUBLE) AS "ugc_post",
                CAST(NULL AS DOUBLE) AS "mentions",
                CAST(NULL AS DOUBLE) AS "brand_mentions",
                CAST(NULL AS DOUBLE) AS "mention_engagements",
                CAST(NULL AS DOUBLE) AS "brand_mention_engagements",
                CAST(NULL AS DOUBLE) AS "followers_start",
                CAST(NULL AS DOUBLE) AS "followers_gained",
                CAST(NULL AS DOUBLE) AS "followers_expected_gain",
                CAST(NULL AS BIGINT) AS "followers_start__provenance",
                CAST(NULL AS BIGINT) AS "followers_gained__provenance",
                CAST(NULL AS BIGINT) AS "followers_expected_gain__provenance",
                CAST(NULL AS DOUBLE) AS "brand_followers_start",
                CAST(NULL AS DOUBLE) AS "brand_followers_gained",
                CAST(NULL AS DOUBLE) AS "brand_followers_expected_gain",
                CAST(NULL AS BIGINT) AS "brand_followers_start__provenance",
                CAST(NULL AS BIGINT) AS "brand_followers_gained__provenance",
                CAST(NULL AS BIGINT) AS "brand_followers_expected_gain__provenance",
                CAST(NULL AS DOUBLE) AS "influencers_contacted",
                CAST(NULL AS DOUBLE) AS "influencers_interested",
                CAST(NULL AS DOUBLE) AS "posts_contracted",
                CAST(NULL AS DOUBLE) AS "products_sent",
                CAST(NULL AS DOUBLE) AS "link_clicks",
                CAST(NULL AS DOUBLE) AS "unique_link_clicks",
                CAST(NULL AS DOUBLE) AS "bot_link_clicks",
                CAST(NULL AS DOUBLE) AS "sessions",
                CAST(NULL AS DOUBLE) AS "new_users",
                CAST(NULL AS DOUBLE) AS "engaged_sessions",
                CAST(NULL AS DOUBLE) AS "bounced_sessions",
                CAST(NULL AS DOUBLE) AS "session_seconds",
                CAST(NULL AS DOUBLE) AS "page_views",
                CAST(NULL AS DOUBLE) AS "key_events",
                CAST(NULL AS DOUBLE) AS "orders",
                CAST(NULL AS DOUBLE) AS "revenue",
                CAST(NULL AS DOUBLE) AS "new_customers",
                CAST(CASE
                  WHEN LENGTH("t0"."key_messages") > 0
                  THEN (
                    LENGTH("t0"."key_messages") - LENGTH(REPLACE("t0"."key_messages", '
', ''))
                  ) + 1
                  ELSE 0
                END AS DOUBLE) AS "key_messages"
              FROM "campaign" AS "t0"
              WHERE
                "t0"."id" IN (1)
            ) AS "t73"
          ) AS "t209"
          LEFT OUTER JOIN (
            SELECT
              "t141"."campaign_id",
              "t141"."rate" AS "emv_rate"
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  CAST("t0"."id" AS BIGINT) AS "campaign_id",
                  CAST(1 AS DOUBLE) AS "rate"
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
                      EPOCH(CAST(CAST("t71"."valid_on" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "valid"
                    FROM (
                      SELECT
                        CAST("t0"."id" AS BIGINT) AS "campaign_id",
                        "t0"."currency",
                        EPOCH(CAST(CAST("t0"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "start"
                      FROM "campaign" AS "t0"
                    ) AS "t61"
                    INNER JOIN (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t2"."quote",
                          "t2"."valid_on",
                          CAST("t2"."rate" AS DOUBLE) AS "rate"
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
                          CAST(1 AS DOUBLE) / NULLIF(CAST("t2"."rate" AS DOUBLE), 0) AS "rate"
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
              ) AS "t135"
            ) AS "t141"
          ) AS "t148"
            ON "t209"."campaign_id" = "t148"."campaign_id"
        ) AS "t212"
        LEFT OUTER JOIN (
          SELECT
            "t1"."account_id",
            "t1"."inauthentic_share"
          FROM "account_audit" AS "t1"
        ) AS "t29"
          ON "t212"."account_id" = "t29"."account_id"
      ) AS "t214"
    ) AS "t217"
    LEFT OUTER JOIN (
      SELECT
        "t140"."campaign_id",
        "t140"."rate" AS "paid_rate"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            CAST("t0"."id" AS BIGINT) AS "campaign_id",
            CAST(1 AS DOUBLE) AS "rate"
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
                EPOCH(CAST(CAST("t70"."valid_on" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "valid"
              FROM (
                SELECT
                  CAST("t0"."id" AS BIGINT) AS "campaign_id",
                  "t0"."currency",
                  EPOCH(CAST(CAST("t0"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "start"
                FROM "campaign" AS "t0"
              ) AS "t61"
              INNER JOIN (
                SELECT
                  *
                FROM (
                  SELECT
                    "t2"."quote",
                    "t2"."valid_on",
                    CAST("t2"."rate" AS DOUBLE) AS "rate"
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
                    CAST(1 AS DOUBLE) / NULLIF(CAST("t2"."rate" AS DOUBLE), 0) AS "rate"
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
        ) AS "t134"
      ) AS "t140"
    ) AS "t147"
      ON "t217"."campaign_id" = "t147"."campaign_id"
  ) AS "t219"
  WHERE
    "t219"."campaign_id" IN (1)
    AND (
      (
        "t219"."bot_link_clicks" IS NOT NULL
      )
      OR (
        "t219"."bounced_sessions" IS NOT NULL
      )
      OR (
        "t219"."brand_followers_expected_gain" IS NOT NULL
      )
      OR (
        "t219"."brand_followers_gained" IS NOT NULL
      )
      OR (
        "t219"."brand_followers_start" IS NOT NULL
      )
      OR (
        "t219"."brand_mention_engagements" IS NOT NULL
      )
      OR (
        "t219"."brand_mentions" IS NOT NULL
      )
      OR (
        "t219"."clicks" IS NOT NULL
      )
      OR (
        "t219"."comments" IS NOT NULL
      )
      OR (
        "t219"."cost" IS NOT NULL
      )
      OR (
        "t219"."disclosed_sponsored_posts" IS NOT NULL
      )
      OR (
        "t219"."emv" IS NOT NULL
      )
      OR (
        "t219"."emv_authentic" IS NOT NULL
      )
      OR (
        "t219"."engagements" IS NOT NULL
      )
      OR (
        "t219"."er_followers_post" IS NOT NULL
      )
      OR (
        "t219"."er_impressions_post" IS NOT NULL
      )
      OR (
        "t219"."er_reach_post" IS NOT NULL
      )
      OR (
        "t219"."er_views_post" IS NOT NULL
      )
      OR (
        "t219"."followers" IS NOT NULL
      )
      OR (
        "t219"."followers_expected_gain" IS NOT NULL
      )
      OR (
        "t219"."followers_gained" IS NOT NULL
      )
      OR (
        "t219"."followers_start" IS NOT NULL
      )
      OR (
        "t219"."impressions" IS NOT NULL
      )
      OR (
        "t219"."impressions_with_estimates" IS NOT NULL
      )
      OR (
        "t219"."influencers_contacted" IS NOT NULL
      )
      OR (
        "t219"."influencers_interested" IS NOT NULL
      )
      OR (
        "t219"."key_events" IS NOT NULL
      )
      OR (
        "t219"."key_message_posts" IS NOT NULL
      )
      OR (
        "t219"."key_messages" IS NOT NULL
      )
      OR (
        "t219"."likes" IS NOT NULL
      )
      OR (
        "t219"."link_clicks" IS NOT NULL
      )
      OR (
        "t219"."mention_engagements" IS NOT NULL
      )
      OR (
        "t219"."mentions" IS NOT NULL
      )
      OR (
        "t219"."new_customers" IS NOT NULL
      )
      OR (
        "t219"."new_users" IS NOT NULL
      )
      OR (
        "t219"."orders" IS NOT NULL
      )
      OR (
        "t219"."page_views" IS NOT NULL
      )
      OR (
        (
          "t219"."cost" / (
            CASE
              WHEN "t219"."platform" = 'tiktok'
              THEN CAST(NULL AS DOUBLE)
              WHEN "t219"."platform" = 'youtube'
              THEN CAST(NULL AS DOUBLE)
              ELSE 1.88
            END * "t219"."paid_rate"
          )
        ) IS NOT NULL
      )
      OR (
        (
          (
            "t219"."cost" / (
              CASE
                WHEN "t219"."platform" = 'tiktok'
                THEN 7.5
                WHEN "t219"."platform" = 'youtube'
                THEN 3.53
                ELSE 19.8
              END * "t219"."paid_rate"
            )
          ) * 1000
        ) IS NOT NULL
      )
      OR (
        (
          "t219"."cost" / (
            CASE WHEN "t219"."platform" = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * "t219"."paid_rate"
          )
        ) IS NOT NULL
      )
      OR (
        "t219"."post_id" IS NOT NULL
      )
      OR (
        "t219"."post_platform" IS NOT NULL
      )
      OR (
        "t219"."posts_contracted" IS NOT NULL
      )
      OR (
        "t219"."products_sent" IS NOT NULL
      )
      OR (
        "t219"."publishing_influencer" IS NOT NULL
      )
      OR (
        "t219"."reach" IS NOT NULL
      )
      OR (
        "t219"."revenue" IS NOT NULL
      )
      OR (
        "t219"."saves" IS NOT NULL
      )
      OR (
        "t219"."session_seconds" IS NOT NULL
      )
      OR (
        "t219"."sessions" IS NOT NULL
      )
      OR (
        "t219"."shares" IS NOT NULL
      )
      OR (
        "t219"."sponsored_posts" IS NOT NULL
      )
      OR (
        "t219"."ugc_post" IS NOT NULL
      )
      OR (
        "t219"."unique_link_clicks" IS NOT NULL
      )
      OR (
        "t219"."views" IS NOT NULL
      )
    )
)
SELECT
  "t231"."campaign_id",
  "t231"."campaign",
  "t231"."key_messages",
  "t231"."platforms_selected",
  "t231"."influencers_contacted",
  "t231"."influencers_interested",
  (
    "t231"."influencers_interested" / NULLIF("t231"."influencers_contacted", 0)
  ) * 100 AS "influencers_interested_rate",
  "t231"."influencers_activated",
  "t231"."products_sent",
  "t231"."reach",
  "t231"."impressions",
  "t231"."views",
  "t231"."impressions_with_estimates",
  (
    "t231"."reach_rate__first" / NULLIF("t231"."reach_rate__second", 0)
  ) * 100 AS "reach_rate",
  "t231"."brand_mentions",
  (
    "t231"."brand_mentions" / NULLIF("t231"."mentions", 0)
  ) * 100 AS "share_of_voice",
  (
    "t231"."brand_mention_engagements" / NULLIF("t231"."mention_engagements", 0)
  ) * 100 AS "share_of_engagement",
  "t231"."key_message_posts",
  (
    "t231"."key_message_posts" / NULLIF(CAST("t231"."posts" AS DOUBLE), 0)
  ) * 100 AS "key_message_rate",
  "t231"."posts",
  "t231"."posts_contracted",
  (
    CAST("t231"."posts" AS DOUBLE) / NULLIF("t231"."posts_contracted", 0)
  ) * 100 AS "posts_delivery_rate",
  "t231"."ugc_posts",
  "t231"."likes",
  "t231"."comments",
  "t231"."shares",
  "t231"."saves",
  "t231"."engagements",
  (
    "t231"."engagement_rate_reach__first" / NULLIF("t231"."engagement_rate_reach__second", 0)
  ) * 100 AS "engagement_rate_reach",
  (
    "t231"."engagement_rate_followers__first" / NULLIF("t231"."engagement_rate_followers__second", 0)
  ) * 100 AS "engagement_rate_followers",
  "t231"."er_reach_post_mean" AS "engagement_rate_reach_post_mean",
  "t231"."er_reach_post_median" AS "engagement_rate_reach_post_median",
  "t231"."er_reach_account_mean" AS "engagement_rate_reach_account_mean",
  "t231"."er_reach_account_median" AS "engagement_rate_reach_account_median",
  "t231"."er_followers_post_mean" AS "engagement_rate_followers_post_mean",
  "t231"."er_followers_post_median" AS "engagement_rate_followers_post_median",
  "t231"."er_followers_account_mean" AS "engagement_rate_followers_account_mean",
  "t231"."er_followers_account_median" AS "engagement_rate_followers_account_median",
  (
    "t231"."engagement_rate_impressions__first" / NULLIF("t231"."engagement_rate_impressions__second", 0)
  ) * 100 AS "engagement_rate_impressions",
  "t231"."er_impressions_post_mean" AS "engagement_rate_impressions_post_mean",
  "t231"."er_impressions_post_median" AS "engagement_rate_impressions_post_median",
  "t231"."er_impressions_account_mean" AS "engagement_rate_impressions_account_mean",
  "t231"."er_impressions_account_median" AS "engagement_rate_impressions_account_median",
  (
    "t231"."engagement_rate_views__first" / NULLIF("t231"."engagement_rate_views__second", 0)
  ) * 100 AS "engagement_rate_views",
  "t231"."er_views_post_mean" AS "engagement_rate_views_post_mean",
  "t231"."er_views_post_median" AS "engagement_rate_views_post_median",
  "t231"."er_views_account_mean" AS "engagement_rate_views_account_mean",
  "t231"."er_views_account_median" AS "engagement_rate_views_account_median",
  "t231"."clicks" AS "platform_link_clicks",
  "t231"."followers_gained",
  (
    "t231"."follower_growth_rate__first" / NULLIF("t231"."follower_growth_rate__second", 0)
  ) * 100 AS "follower_growth_rate",
  "t231"."followers_gained_above_trend__first" - "t231"."followers_gained_above_trend__second" AS "followers_gained_above_trend",
  "t231"."brand_followers_gained",
  (
    "t231"."brand_follower_growth_rate__first" / NULLIF("t231"."brand_follower_growth_rate__second", 0)
  ) * 100 AS "brand_follower_growth_rate",
  "t231"."brand_followers_gained_above_trend__first" - "t231"."brand_followers_gained_above_trend__second" AS "brand_followers_gained_above_trend",
  "t231"."link_clicks" AS "tracked_clicks",
  "t231"."unique_link_clicks" AS "unique_clicks",
  "t231"."bot_link_clicks" AS "bot_clicks",
  (
    "t231"."link_clicks" / NULLIF("t231"."impressions_with_estimates", 0)
  ) * 100 AS "click_through_rate",
  "t231"."sessions",
  "t231"."new_users",
  (
    "t231"."bounced_sessions" / NULLIF("t231"."sessions", 0)
  ) * 100 AS "bounce_rate",
  "t231"."session_seconds" / NULLIF("t231"."sessions", 0) AS "average_session_duration",
  "t231"."page_views" / NULLIF("t231"."sessions", 0) AS "pages_per_session",
  "t231"."key_events" AS "leads",
  "t231"."orders" AS "conversions",
  (
    "t231"."orders" / NULLIF("t231"."unique_link_clicks", 0)
  ) * 100 AS "conversion_rate",
  "t231"."revenue",
  "t231"."revenue" / NULLIF("t231"."orders", 0) AS "average_order_value",
  "t231"."new_customers",
  "t231"."revenue" / NULLIF("t231"."cost", 0) AS "return_on_ad_spend",
  (
    (
      "t231"."revenue" - "t231"."cost"
    ) / NULLIF("t231"."cost", 0)
  ) * 100 AS "return_on_investment",
  (
    (
      "t231"."revenue" - "t231"."cost"
    ) / NULLIF("t231"."revenue", 0)
  ) * 100 AS "profitability",
  "t231"."sponsored_posts",
  "t231"."disclosed_sponsored_posts",
  (
    "t231"."disclosed_sponsored_posts" / NULLIF("t231"."sponsored_posts", 0)
  ) * 100 AS "disclosure_rate",
  "t231"."cost",
  (
    "t231"."cost" / NULLIF("t231"."impressions_with_estimates", 0)
  ) * 1000 AS "cost_per_mille",
  "t231"."cost" / NULLIF("t231"."engagements", 0) AS "cost_per_engagement",
  "t231"."cost" / NULLIF("t231"."views", 0) AS "cost_per_view",
  "t231"."cost" / NULLIF("t231"."brand_followers_gained", 0) AS "cost_per_new_follower",
  "t231"."cost" / NULLIF("t231"."link_clicks", 0) AS "cost_per_click",
  "t231"."cost" / NULLIF("t231"."orders", 0) AS "cost_per_acquisition",
  "t231"."cost" / NULLIF("t231"."new_customers", 0) AS "customer_acquisition_cost",
  "t231"."cost" / NULLIF("t231"."key_events", 0) AS "cost_per_lead",
  "t231"."emv",
  "t231"."emv_authentic",
  "t231"."emv" / NULLIF("t231"."cost", 0) AS "emv_per_cost",
  "t231"."paid_impressions" AS "paid_equivalent_impressions",
  "t231"."paid_clicks" AS "paid_equivalent_clicks",
  "t231"."paid_views" AS "paid_equivalent_views",
  (
    "t231"."impressions_vs_paid__first" / NULLIF("t231"."impressions_vs_paid__second", 0)
  ) * 100 AS "impressions_vs_paid",
  (
    "t231"."clicks_vs_paid__first" / NULLIF("t231"."clicks_vs_paid__second", 0)
  ) * 100 AS "clicks_vs_paid",
  (
    "t231"."views_vs_paid__first" / NULLIF("t231"."views_vs_paid__second", 0)
  ) * 100 AS "views_vs_paid",
  CASE
    WHEN "t231"."key_messages" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_messages__provenance",
  CASE
    WHEN "t231"."platforms_selected" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "platforms_selected__provenance",
  CASE
    WHEN "t231"."influencers_contacted" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_contacted__provenance",
  CASE
    WHEN "t231"."influencers_interested" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_interested__provenance",
  CASE
    WHEN (
      (
        "t231"."influencers_interested" / NULLIF("t231"."influencers_contacted", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_interested_rate__provenance",
  CASE
    WHEN "t231"."influencers_activated" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_activated__provenance",
  CASE
    WHEN "t231"."products_sent" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "products_sent__provenance",
  CASE
    WHEN "t231"."reach" IS NOT NULL
    THEN COALESCE("t231"."reach__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "reach__provenance",
  CASE
    WHEN "t231"."impressions" IS NOT NULL
    THEN COALESCE("t231"."impressions__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions__provenance",
  CASE
    WHEN "t231"."views" IS NOT NULL
    THEN COALESCE("t231"."views__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "views__provenance",
  CASE
    WHEN "t231"."impressions_with_estimates" IS NOT NULL
    THEN COALESCE("t231"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions_with_estimates__provenance",
  CASE
    WHEN (
      (
        "t231"."reach_rate__first" / NULLIF("t231"."reach_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t231"."reach_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "reach_rate__provenance",
  CASE
    WHEN "t231"."brand_mentions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_mentions__provenance",
  CASE
    WHEN (
      (
        "t231"."brand_mentions" / NULLIF("t231"."mentions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "share_of_voice__provenance",
  CASE
    WHEN (
      (
        "t231"."brand_mention_engagements" / NULLIF("t231"."mention_engagements", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "share_of_engagement__provenance",
  CASE
    WHEN "t231"."key_message_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_message_posts__provenance",
  CASE
    WHEN (
      (
        "t231"."key_message_posts" / NULLIF(CAST("t231"."posts" AS DOUBLE), 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_message_rate__provenance",
  CASE
    WHEN "t231"."posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts__provenance",
  CASE
    WHEN "t231"."posts_contracted" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts_contracted__provenance",
  CASE
    WHEN (
      (
        CAST("t231"."posts" AS DOUBLE) / NULLIF("t231"."posts_contracted", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts_delivery_rate__provenance",
  CASE
    WHEN "t231"."ugc_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "ugc_posts__provenance",
  CASE
    WHEN "t231"."likes" IS NOT NULL
    THEN COALESCE("t231"."likes__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "likes__provenance",
  CASE
    WHEN "t231"."comments" IS NOT NULL
    THEN COALESCE("t231"."comments__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "comments__provenance",
  CASE
    WHEN "t231"."shares" IS NOT NULL
    THEN COALESCE("t231"."shares__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "shares__provenance",
  CASE
    WHEN "t231"."saves" IS NOT NULL
    THEN COALESCE("t231"."saves__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "saves__provenance",
  CASE
    WHEN "t231"."engagements" IS NOT NULL
    THEN COALESCE("t231"."engagements__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagements__provenance",
  CASE
    WHEN (
      (
        "t231"."engagement_rate_reach__first" / NULLIF("t231"."engagement_rate_reach__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t231"."engagement_rate_reach__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach__provenance",
  CASE
    WHEN (
      (
        "t231"."engagement_rate_followers__first" / NULLIF("t231"."engagement_rate_followers__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t231"."engagement_rate_followers__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers__provenance",
  CASE
    WHEN "t231"."er_reach_post_mean" IS NOT NULL
    THEN COALESCE("t231"."er_reach_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_post_mean__provenance",
  CASE
    WHEN "t231"."er_reach_post_median" IS NOT NULL
    THEN COALESCE("t231"."er_reach_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_post_median__provenance",
  CASE
    WHEN "t231"."er_reach_account_mean" IS NOT NULL
    THEN COALESCE("t231"."er_reach_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_account_mean__provenance",
  CASE
    WHEN "t231"."er_reach_account_median" IS NOT NULL
    THEN COALESCE("t231"."er_reach_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_account_median__provenance",
  CASE
    WHEN "t231"."er_followers_post_mean" IS NOT NULL
    THEN COALESCE("t231"."er_followers_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_post_mean__provenance",
  CASE
    WHEN "t231"."er_followers_post_median" IS NOT NULL
    THEN COALESCE("t231"."er_followers_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_post_median__provenance",
  CASE
    WHEN "t231"."er_followers_account_mean" IS NOT NULL
    THEN COALESCE("t231"."er_followers_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_account_mean__provenance",
  CASE
    WHEN "t231"."er_followers_account_median" IS NOT NULL
    THEN COALESCE("t231"."er_followers_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_account_median__provenance",
  CASE
    WHEN (
      (
        "t231"."engagement_rate_impressions__first" / NULLIF("t231"."engagement_rate_impressions__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t231"."engagement_rate_impressions__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions__provenance",
  CASE
    WHEN "t231"."er_impressions_post_mean" IS NOT NULL
    THEN COALESCE("t231"."er_impressions_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_post_mean__provenance",
  CASE
    WHEN "t231"."er_impressions_post_median" IS NOT NULL
    THEN COALESCE("t231"."er_impressions_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_post_median__provenance",
  CASE
    WHEN "t231"."er_impressions_account_mean" IS NOT NULL
    THEN COALESCE("t231"."er_impressions_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_account_mean__provenance",
  CASE
    WHEN "t231"."er_impressions_account_median" IS NOT NULL
    THEN COALESCE("t231"."er_impressions_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_account_median__provenance",
  CASE
    WHEN (
      (
        "t231"."engagement_rate_views__first" / NULLIF("t231"."engagement_rate_views__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t231"."engagement_rate_views__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views__provenance",
  CASE
    WHEN "t231"."er_views_post_mean" IS NOT NULL
    THEN COALESCE("t231"."er_views_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_post_mean__provenance",
  CASE
    WHEN "t231"."er_views_post_median" IS NOT NULL
    THEN COALESCE("t231"."er_views_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_post_median__provenance",
  CASE
    WHEN "t231"."er_views_account_mean" IS NOT NULL
    THEN COALESCE("t231"."er_views_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_account_mean__provenance",
  CASE
    WHEN "t231"."er_views_account_median" IS NOT NULL
    THEN COALESCE("t231"."er_views_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_account_median__provenance",
  CASE
    WHEN "t231"."clicks" IS NOT NULL
    THEN COALESCE("t231"."clicks__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "platform_link_clicks__provenance",
  CASE
    WHEN "t231"."followers_gained" IS NOT NULL
    THEN COALESCE("t231"."followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "followers_gained__provenance",
  CASE
    WHEN (
      (
        "t231"."follower_growth_rate__first" / NULLIF("t231"."follower_growth_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t231"."follower_growth_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "follower_growth_rate__provenance",
  CASE
    WHEN (
      "t231"."followers_gained_above_trend__first" - "t231"."followers_gained_above_trend__second"
    ) IS NOT NULL
    THEN COALESCE("t231"."followers_gained_above_trend__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "followers_gained_above_trend__provenance",
  CASE
    WHEN "t231"."brand_followers_gained" IS NOT NULL
    THEN COALESCE("t231"."brand_followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_followers_gained__provenance",
  CASE
    WHEN (
      (
        "t231"."brand_follower_growth_rate__first" / NULLIF("t231"."brand_follower_growth_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t231"."brand_follower_growth_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_follower_growth_rate__provenance",
  CASE
    WHEN (
      "t231"."brand_followers_gained_above_trend__first" - "t231"."brand_followers_gained_above_trend__second"
    ) IS NOT NULL
    THEN COALESCE("t231"."brand_followers_gained_above_trend__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_followers_gained_above_trend__provenance",
  CASE
    WHEN "t231"."link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "tracked_clicks__provenance",
  CASE
    WHEN "t231"."unique_link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "unique_clicks__provenance",
  CASE
    WHEN "t231"."bot_link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "bot_clicks__provenance",
  CASE
    WHEN (
      (
        "t231"."link_clicks" / NULLIF("t231"."impressions_with_estimates", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t231"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "click_through_rate__provenance",
  CASE
    WHEN "t231"."sessions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "sessions__provenance",
  CASE
    WHEN "t231"."new_users" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "new_users__provenance",
  CASE
    WHEN (
      (
        "t231"."bounced_sessions" / NULLIF("t231"."sessions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "bounce_rate__provenance",
  CASE
    WHEN (
      "t231"."session_seconds" / NULLIF("t231"."sessions", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "average_session_duration__provenance",
  CASE
    WHEN (
      "t231"."page_views" / NULLIF("t231"."sessions", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "pages_per_session__provenance",
  CASE
    WHEN "t231"."key_events" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "leads__provenance",
  CASE
    WHEN "t231"."orders" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "conversions__provenance",
  CASE
    WHEN (
      (
        "t231"."orders" / NULLIF("t231"."unique_link_clicks", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "conversion_rate__provenance",
  CASE
    WHEN "t231"."revenue" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "revenue__provenance",
  CASE
    WHEN (
      "t231"."revenue" / NULLIF("t231"."orders", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "average_order_value__provenance",
  CASE
    WHEN "t231"."new_customers" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "new_customers__provenance",
  CASE
    WHEN (
      "t231"."revenue" / NULLIF("t231"."cost", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_ad_spend__provenance",
  CASE
    WHEN (
      (
        (
          "t231"."revenue" - "t231"."cost"
        ) / NULLIF("t231"."cost", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_investment__provenance",
  CASE
    WHEN (
      (
        (
          "t231"."revenue" - "t231"."cost"
        ) / NULLIF("t231"."revenue", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "profitability__provenance",
  CASE
    WHEN "t231"."sponsored_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "sponsored_posts__provenance",
  CASE
    WHEN "t231"."disclosed_sponsored_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "disclosed_sponsored_posts__provenance",
  CASE
    WHEN (
      (
        "t231"."disclosed_sponsored_posts" / NULLIF("t231"."sponsored_posts", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "disclosure_rate__provenance",
  CASE
    WHEN "t231"."cost" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost__provenance",
  CASE
    WHEN (
      (
        "t231"."cost" / NULLIF("t231"."impressions_with_estimates", 0)
      ) * 1000
    ) IS NOT NULL
    THEN COALESCE("t231"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_mille__provenance",
  CASE
    WHEN (
      "t231"."cost" / NULLIF("t231"."engagements", 0)
    ) IS NOT NULL
    THEN COALESCE("t231"."engagements__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_engagement__provenance",
  CASE
    WHEN (
      "t231"."cost" / NULLIF("t231"."views", 0)
    ) IS NOT NULL
    THEN COALESCE("t231"."views__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_view__provenance",
  CASE
    WHEN (
      "t231"."cost" / NULLIF("t231"."brand_followers_gained", 0)
    ) IS NOT NULL
    THEN COALESCE("t231"."brand_followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_new_follower__provenance",
  CASE
    WHEN (
      "t231"."cost" / NULLIF("t231"."link_clicks", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_click__provenance",
  CASE
    WHEN (
      "t231"."cost" / NULLIF("t231"."orders", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_acquisition__provenance",
  CASE
    WHEN (
      "t231"."cost" / NULLIF("t231"."new_customers", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "customer_acquisition_cost__provenance",
  CASE
    WHEN (
      "t231"."cost" / NULLIF("t231"."key_events", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_lead__provenance",
  CASE
    WHEN "t231"."emv" IS NOT NULL
    THEN COALESCE("t231"."emv__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv__provenance",
  CASE
    WHEN "t231"."emv_authentic" IS NOT NULL
    THEN COALESCE("t231"."emv_authentic__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv_authentic__provenance",
  CASE
    WHEN (
      "t231"."emv" / NULLIF("t231"."cost", 0)
    ) IS NOT NULL
    THEN COALESCE("t231"."emv__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv_per_cost__provenance",
  CASE
    WHEN "t231"."paid_impressions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_impressions__provenance",
  CASE
    WHEN "t231"."paid_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_clicks__provenance",
  CASE
    WHEN "t231"."paid_views" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_views__provenance",
  CASE
    WHEN (
      (
        "t231"."impressions_vs_paid__first" / NULLIF("t231"."impressions_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t231"."impressions_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions_vs_paid__provenance",
  CASE
    WHEN (
      (
        "t231"."clicks_vs_paid__first" / NULLIF("t231"."clicks_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t231"."clicks_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "clicks_vs_paid__provenance",
  CASE
    WHEN (
      (
        "t231"."views_vs_paid__first" / NULLIF("t231"."views_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t231"."views_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "views_vs_paid__provenance"
FROM (
  SELECT
    "t230"."campaign_id",
    "t230"."key_messages",
    "t230"."platforms_selected",
    "t230"."influencers_contacted",
    "t230"."influencers_interested",
    "t230"."influencers_activated",
    "t230"."products_sent",
    "t230"."reach",
    "t230"."impressions",
    "t230"."views",
    "t230"."impressions_with_estimates",
    "t230"."reach_rate__first",
    "t230"."reach_rate__second",
    "t230"."brand_mentions",
    "t230"."mentions",
    "t230"."brand_mention_engagements",
    "t230"."mention_engagements",
    "t230"."key_message_posts",
    "t230"."posts",
    "t230"."posts_contracted",
    "t230"."ugc_posts",
    "t230"."likes",
    "t230"."comments",
    "t230"."shares",
    "t230"."saves",
    "t230"."engagements",
    "t230"."engagement_rate_reach__first",
    "t230"."engagement_rate_reach__second",
    "t230"."engagement_rate_followers__first",
    "t230"."engagement_rate_followers__second",
    "t230"."er_reach_post_mean",
    "t230"."er_reach_post_median",
    "t230"."er_followers_post_mean",
    "t230"."er_followers_post_median",
    "t230"."engagement_rate_impressions__first",
    "t230"."engagement_rate_impressions__second",
    "t230"."er_impressions_post_mean",
    "t230"."er_impressions_post_median",
    "t230"."engagement_rate_views__first",
    "t230"."engagement_rate_views__second",
    "t230"."er_views_post_mean",
    "t230"."er_views_post_median",
    "t230"."clicks",
    "t230"."followers_gained",
    "t230"."follower_growth_rate__first",
    "t230"."follower_growth_rate__second",
    "t230"."followers_gained_above_trend__first",
    "t230"."followers_gained_above_trend__second",
    "t230"."brand_followers_gained",
    "t230"."brand_follower_growth_rate__first",
    "t230"."brand_follower_growth_rate__second",
    "t230"."brand_followers_gained_above_trend__first",
    "t230"."brand_followers_gained_above_trend__second",
    "t230"."link_clicks",
    "t230"."unique_link_clicks",
    "t230"."bot_link_clicks",
    "t230"."sessions",
    "t230"."new_users",
    "t230"."bounced_sessions",
    "t230"."session_seconds",
    "t230"."page_views",
    "t230"."key_events",
    "t230"."orders",
    "t230"."revenue",
    "t230"."new_customers",
    "t230"."cost",
    "t230"."sponsored_posts",
    "t230"."disclosed_sponsored_posts",
    "t230"."emv",
    "t230"."emv_authentic",
    "t230"."paid_impressions",
    "t230"."paid_clicks",
    "t230"."paid_views",
    "t230"."impressions_vs_paid__first",
    "t230"."impressions_vs_paid__second",
    "t230"."clicks_vs_paid__first",
    "t230"."clicks_vs_paid__second",
    "t230"."views_vs_paid__first",
    "t230"."views_vs_paid__second",
    "t230"."reach__provenance",
    "t230"."impressions__provenance",
    "t230"."views__provenance",
    "t230"."impressions_with_estimates__provenance",
    "t230"."reach_rate__pair__provenance",
    "t230"."likes__provenance",
    "t230"."comments__provenance",
    "t230"."shares__provenance",
    "t230"."saves__provenance",
    "t230"."engagements__provenance",
    "t230"."engagement_rate_reach__pair__provenance",
    "t230"."engagement_rate_followers__pair__provenance",
    "t230"."er_reach_post_mean__provenance",
    "t230"."er_followers_post_mean__provenance",
    "t230"."engagement_rate_impressions__pair__provenance",
    "t230"."er_impressions_post_mean__provenance",
    "t230"."engagement_rate_views__pair__provenance",
    "t230"."er_views_post_mean__provenance",
    "t230"."clicks__provenance",
    "t230"."followers_gained__provenance",
    "t230"."follower_growth_rate__pair__provenance",
    "t230"."followers_gained_above_trend__pair__provenance",
    "t230"."brand_followers_gained__provenance",
    "t230"."brand_follower_growth_rate__pair__provenance",
    "t230"."brand_followers_gained_above_trend__pair__provenance",
    "t230"."emv__provenance",
    "t230"."emv_authentic__provenance",
    "t230"."impressions_vs_paid__pair__provenance",
    "t230"."clicks_vs_paid__pair__provenance",
    "t230"."views_vs_paid__pair__provenance",
    "t228"."er_reach_account_mean",
    "t228"."er_reach_account_median",
    "t228"."er_followers_account_mean",
    "t228"."er_followers_account_median",
    "t228"."er_impressions_account_mean",
    "t228"."er_impressions_account_median",
    "t228"."er_views_account_mean",
    "t228"."er_views_account_median",
    "t228"."er_reach_account_mean__provenance",
    "t228"."er_reach_account_median__provenance",
    "t228"."er_followers_account_mean__provenance",
    "t228"."er_followers_account_median__provenance",
    "t228"."er_impressions_account_mean__provenance",
    "t228"."er_impressions_account_median__provenance",
    "t228"."er_views_account_mean__provenance",
    "t228"."er_views_account_median__provenance",
    "t45"."campaign"
  FROM (
    SELECT
      "t226"."campaign_id",
      "t226"."key_messages",
      "t226"."platforms_selected",
      "t226"."influencers_contacted",
      "t226"."influencers_interested",
      "t226"."influencers_activated",
      "t226"."products_sent",
      "t226"."reach",
      "t226"."impressions",
      "t226"."views",
      "t226"."impressions_with_estimates",
      "t226"."reach_rate__first",
      "t226"."reach_rate__second",
      "t226"."brand_mentions",
      "t226"."mentions",
      "t226"."brand_mention_engagements",
      "t226"."mention_engagements",
      "t226"."key_message_posts",
      "t226"."posts",
      "t226"."posts_contracted",
      "t226"."ugc_posts",
      "t226"."likes",
      "t226"."comments",
      "t226"."shares",
      "t226"."saves",
      "t226"."engagements",
      "t226"."engagement_rate_reach__first",
      "t226"."engagement_rate_reach__second",
      "t226"."engagement_rate_followers__first",
      "t226"."engagement_rate_followers__second",
      "t226"."er_reach_post_mean",
      "t226"."er_reach_post_median",
      "t226"."er_followers_post_mean",
      "t226"."er_followers_post_median",
      "t226"."engagement_rate_impressions__first",
      "t226"."engagement_rate_impressions__second",
      "t226"."er_impressions_post_mean",
      "t226"."er_impressions_post_median",
      "t226"."engagement_rate_views__first",
      "t226"."engagement_rate_views__second",
      "t226"."er_views_post_mean",
      "t226"."er_views_post_median",
      "t226"."clicks",
      "t226"."followers_gained",
      "t226"."follower_growth_rate__first",
      "t226"."follower_growth_rate__second",
      "t226"."followers_gained_above_trend__first",
      "t226"."followers_gained_above_trend__second",
      "t226"."brand_followers_gained",
      "t226"."brand_follower_growth_rate__first",
      "t226"."brand_follower_growth_rate__second",
      "t226"."brand_followers_gained_above_trend__first",
      "t226"."brand_followers_gained_above_trend__second",
      "t226"."link_clicks",
      "t226"."unique_link_clicks",
      "t226"."bot_link_clicks",
      "t226"."sessions",
      "t226"."new_users",
      "t226"."bounced_sessions",
      "t226"."session_seconds",
      "t226"."page_views",
      "t226"."key_events",
      "t226"."orders",
      "t226"."revenue",
      "t226"."new_customers",
      "t226"."cost",
      "t226"."sponsored_posts",
      "t226"."disclosed_sponsored_posts",
      "t226"."emv",
      "t226"."emv_authentic",
      "t226"."paid_impressions",
      "t226"."paid_clicks",
      "t226"."paid_views",
      "t226"."impressions_vs_paid__first",
      "t226"."impressions_vs_paid__second",
      "t226"."clicks_vs_paid__first",
      "t226"."clicks_vs_paid__second",
      "t226"."views_vs_paid__first",
      "t226"."views_vs_paid__second",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 0
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 0
        ) & 3
      END AS "reach__provenance",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 2
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 2
        ) & 3
      END AS "impressions__provenance",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 4
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 4
        ) & 3
      END AS "views__provenance",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 6
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 6
        ) & 3
      END AS "impressions_with_estimates__provenance",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 8
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 8
        ) & 3
      END AS "reach_rate__pair__provenance",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 10
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 10
        ) & 3
      END AS "likes__provenance",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 12
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 12
        ) & 3
      END AS "comments__provenance",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 14
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 14
        ) & 3
      END AS "shares__provenance",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 16
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 16
        ) & 3
      END AS "saves__provenance",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 18
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 18
        ) & 3
      END AS "engagements__provenance",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 20
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 20
        ) & 3
      END AS "engagement_rate_reach__pair__provenance",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 22
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 22
        ) & 3
      END AS "engagement_rate_followers__pair__provenance",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 24
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 24
        ) & 3
      END AS "er_reach_post_mean__provenance",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 26
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 26
        ) & 3
      END AS "er_followers_post_mean__provenance",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 28
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 28
        ) & 3
      END AS "engagement_rate_impressions__pair__provenance",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 30
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 30
        ) & 3
      END AS "er_impressions_post_mean__provenance",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 32
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 32
        ) & 3
      END AS "engagement_rate_views__pair__provenance",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 34
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 34
        ) & 3
      END AS "er_views_post_mean__provenance",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 36
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 36
        ) & 3
      END AS "clicks__provenance",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 38
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 38
        ) & 3
      END AS "followers_gained__provenance",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 40
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 40
        ) & 3
      END AS "follower_growth_rate__pair__provenance",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 42
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 42
        ) & 3
      END AS "followers_gained_above_trend__pair__provenance",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 44
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 44
        ) & 3
      END AS "brand_followers_gained__provenance",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 46
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 46
        ) & 3
      END AS "brand_follower_growth_rate__pair__provenance",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 48
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 48
        ) & 3
      END AS "brand_followers_gained_above_trend__pair__provenance",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 50
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 50
        ) & 3
      END AS "emv__provenance",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 52
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 52
        ) & 3
      END AS "emv_authentic__provenance",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 54
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 54
        ) & 3
      END AS "impressions_vs_paid__pair__provenance",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 56
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 56
        ) & 3
      END AS "clicks_vs_paid__pair__provenance",
      CASE
        WHEN (
          (
            "t226"."ranks__0" >> 58
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t226"."ranks__0" >> 58
        ) & 3
      END AS "views_vs_paid__pair__provenance"
    FROM (
      SELECT
        "t221"."campaign_id",
        SUM("t221"."key_messages") AS "key_messages",
        COUNT(DISTINCT "t221"."post_platform") AS "platforms_selected",
        SUM("t221"."influencers_contacted") AS "influencers_contacted",
        SUM("t221"."influencers_interested") AS "influencers_interested",
        COUNT(DISTINCT "t221"."publishing_influencer") AS "influencers_activated",
        SUM("t221"."products_sent") AS "products_sent",
        SUM("t221"."reach") AS "reach",
        SUM("t221"."impressions") AS "impressions",
        SUM("t221"."views") AS "views",
        SUM("t221"."impressions_with_estimates") AS "impressions_with_estimates",
        SUM("t221"."reach") FILTER(WHERE
          (
            "t221"."reach" IS NOT NULL
          ) AND (
            "t221"."followers" IS NOT NULL
          )) AS "reach_rate__first",
        SUM("t221"."followers") FILTER(WHERE
          (
            "t221"."reach" IS NOT NULL
          ) AND (
            "t221"."followers" IS NOT NULL
          )) AS "reach_rate__second",
        SUM("t221"."brand_mentions") AS "brand_mentions",
        SUM("t221"."mentions") AS "mentions",
        SUM("t221"."brand_mention_engagements") AS "brand_mention_engagements",
        SUM("t221"."mention_engagements") AS "mention_engagements",
        SUM("t221"."key_message_posts") AS "key_message_posts",
        COUNT(DISTINCT "t221"."post_id") AS "posts",
        SUM("t221"."posts_contracted") AS "posts_contracted",
        COUNT(DISTINCT "t221"."ugc_post") AS "ugc_posts",
        SUM("t221"."likes") AS "likes",
        SUM("t221"."comments") AS "comments",
        SUM("t221"."shares") AS "shares",
        SUM("t221"."saves") AS "saves",
        SUM("t221"."engagements") AS "engagements",
        SUM("t221"."engagements") FILTER(WHERE
          (
            "t221"."engagements" IS NOT NULL
          ) AND (
            "t221"."reach" IS NOT NULL
          )) AS "engagement_rate_reach__first",
        SUM("t221"."reach") FILTER(WHERE
          (
            "t221"."engagements" IS NOT NULL
          ) AND (
            "t221"."reach" IS NOT NULL
          )) AS "engagement_rate_reach__second",
        SUM("t221"."engagements") FILTER(WHERE
          (
            "t221"."engagements" IS NOT NULL
          ) AND (
            "t221"."followers" IS NOT NULL
          )) AS "engagement_rate_followers__first",
        SUM("t221"."followers") FILTER(WHERE
          (
            "t221"."engagements" IS NOT NULL
          ) AND (
            "t221"."followers" IS NOT NULL
          )) AS "engagement_rate_followers__second",
        AVG("t221"."er_reach_post") AS "er_reach_post_mean",
        QUANTILE_CONT("t221"."er_reach_post", 0.5) AS "er_reach_post_median",
        AVG("t221"."er_followers_post") AS "er_followers_post_mean",
        QUANTILE_CONT("t221"."er_followers_post", 0.5) AS "er_followers_post_median",
        SUM("t221"."engagements") FILTER(WHERE
          (
            "t221"."engagements" IS NOT NULL
          ) AND (
            "t221"."impressions" IS NOT NULL
          )) AS "engagement_rate_impressions__first",
        SUM("t221"."impressions") FILTER(WHERE
          (
            "t221"."engagements" IS NOT NULL
          ) AND (
            "t221"."impressions" IS NOT NULL
          )) AS "engagement_rate_impressions__second",
        AVG("t221"."er_impressions_post") AS "er_impressions_post_mean",
        QUANTILE_CONT("t221"."er_impressions_post", 0.5) AS "er_impressions_post_median",
        SUM("t221"."engagements") FILTER(WHERE
          (
            "t221"."engagements" IS NOT NULL
          ) AND (
            "t221"."views" IS NOT NULL
          )) AS "engagement_rate_views__first",
        SUM("t221"."views") FILTER(WHERE
          (
            "t221"."engagements" IS NOT NULL
          ) AND (
            "t221"."views" IS NOT NULL
          )) AS "engagement_rate_views__second",
        AVG("t221"."er_views_post") AS "er_views_post_mean",
        QUANTILE_CONT("t221"."er_views_post", 0.5) AS "er_views_post_median",
        SUM("t221"."clicks") AS "clicks",
        SUM("t221"."followers_gained") AS "followers_gained",
        SUM("t221"."followers_gained") FILTER(WHERE
          (
            "t221"."followers_gained" IS NOT NULL
          )
          AND (
            "t221"."followers_start" IS NOT NULL
          )) AS "follower_growth_rate__first",
        SUM("t221"."followers_start") FILTER(WHERE
          (
            "t221"."followers_gained" IS NOT NULL
          )
          AND (
            "t221"."followers_start" IS NOT NULL
          )) AS "follower_growth_rate__second",
        SUM("t221"."followers_gained") FILTER(WHERE
          (
            "t221"."followers_gained" IS NOT NULL
          )
          AND (
            "t221"."followers_expected_gain" IS NOT NULL
          )) AS "followers_gained_above_trend__first",
        SUM("t221"."followers_expected_gain") FILTER(WHERE
          (
            "t221"."followers_gained" IS NOT NULL
          )
          AND (
            "t221"."followers_expected_gain" IS NOT NULL
          )) AS "followers_gained_above_trend__second",
        SUM("t221"."brand_followers_gained") AS "brand_followers_gained",
        SUM("t221"."brand_followers_gained") FILTER(WHERE
          (
            "t221"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t221"."brand_followers_start" IS NOT NULL
          )) AS "brand_follower_growth_rate__first",
        SUM("t221"."brand_followers_start") FILTER(WHERE
          (
            "t221"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t221"."brand_followers_start" IS NOT NULL
          )) AS "brand_follower_growth_rate__second",
        SUM("t221"."brand_followers_gained") FILTER(WHERE
          (
            "t221"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t221"."brand_followers_expected_gain" IS NOT NULL
          )) AS "brand_followers_gained_above_trend__first",
        SUM("t221"."brand_followers_expected_gain") FILTER(WHERE
          (
            "t221"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t221"."brand_followers_expected_gain" IS NOT NULL
          )) AS "brand_followers_gained_above_trend__second",
        SUM("t221"."link_clicks") AS "link_clicks",
        SUM("t221"."unique_link_clicks") AS "unique_link_clicks",
        SUM("t221"."bot_link_clicks") AS "bot_link_clicks",
        SUM("t221"."sessions") AS "sessions",
        SUM("t221"."new_users") AS "new_users",
        SUM("t221"."bounced_sessions") AS "bounced_sessions",
        SUM("t221"."session_seconds") AS "session_seconds",
        SUM("t221"."page_views") AS "page_views",
        SUM("t221"."key_events") AS "key_events",
        SUM("t221"."orders") AS "orders",
        SUM("t221"."revenue") AS "revenue",
        SUM("t221"."new_customers") AS "new_customers",
        SUM("t221"."cost") AS "cost",
        SUM("t221"."sponsored_posts") AS "sponsored_posts",
        SUM("t221"."disclosed_sponsored_posts") AS "disclosed_sponsored_posts",
        SUM("t221"."emv") AS "emv",
        SUM("t221"."emv_authentic") AS "emv_authentic",
        SUM("t221"."paid_impressions") AS "paid_impressions",
        SUM("t221"."paid_clicks") AS "paid_clicks",
        SUM("t221"."paid_views") AS "paid_views",
        SUM("t221"."impressions_with_estimates") FILTER(WHERE
          (
            "t221"."impressions_with_estimates" IS NOT NULL
          )
          AND (
            "t221"."paid_impressions" IS NOT NULL
          )) AS "impressions_vs_paid__first",
        SUM("t221"."paid_impressions") FILTER(WHERE
          (
            "t221"."impressions_with_estimates" IS NOT NULL
          )
          AND (
            "t221"."paid_impressions" IS NOT NULL
          )) AS "impressions_vs_paid__second",
        SUM("t221"."clicks") FILTER(WHERE
          (
            "t221"."clicks" IS NOT NULL
          ) AND (
            "t221"."paid_clicks" IS NOT NULL
          )) AS "clicks_vs_paid__first",
        SUM("t221"."paid_clicks") FILTER(WHERE
          (
            "t221"."clicks" IS NOT NULL
          ) AND (
            "t221"."paid_clicks" IS NOT NULL
          )) AS "clicks_vs_paid__second",
        SUM("t221"."views") FILTER(WHERE
          (
            "t221"."views" IS NOT NULL
          ) AND (
            "t221"."paid_views" IS NOT NULL
          )) AS "views_vs_paid__first",
        SUM("t221"."paid_views") FILTER(WHERE
          (
            "t221"."views" IS NOT NULL
          ) AND (
            "t221"."paid_views" IS NOT NULL
          )) AS "views_vs_paid__second",
        BIT_OR(
          (
            CASE
              WHEN "t221"."reach" IS NOT NULL
              THEN COALESCE("t221"."reach__provenance", 0)
              ELSE 0
            END << 0
          ) | (
            CASE
              WHEN "t221"."impressions" IS NOT NULL
              THEN COALESCE("t221"."impressions__provenance", 0)
              ELSE 0
            END << 2
          ) | (
            CASE
              WHEN "t221"."views" IS NOT NULL
              THEN COALESCE("t221"."views__provenance", 0)
              ELSE 0
            END << 4
          ) | (
            CASE
              WHEN "t221"."impressions_with_estimates" IS NOT NULL
              THEN COALESCE("t221"."impressions_with_estimates__provenance", 0)
              ELSE 0
            END << 6
          ) | (
            CASE
              WHEN (
                "t221"."reach" IS NOT NULL
              ) AND (
                "t221"."followers" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t221"."reach__provenance", -1),
                    COALESCE("t221"."followers__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 8
          ) | (
            CASE
              WHEN "t221"."likes" IS NOT NULL
              THEN COALESCE("t221"."likes__provenance", 0)
              ELSE 0
            END << 10
          ) | (
            CASE
              WHEN "t221"."comments" IS NOT NULL
              THEN COALESCE("t221"."comments__provenance", 0)
              ELSE 0
            END << 12
          ) | (
            CASE
              WHEN "t221"."shares" IS NOT NULL
              THEN COALESCE("t221"."shares__provenance", 0)
              ELSE 0
            END << 14
          ) | (
            CASE
              WHEN "t221"."saves" IS NOT NULL
              THEN COALESCE("t221"."saves__provenance", 0)
              ELSE 0
            END << 16
          ) | (
            CASE
              WHEN "t221"."engagements" IS NOT NULL
              THEN COALESCE("t221"."engagements__provenance", 0)
              ELSE 0
            END << 18
          ) | (
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
            END << 20
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
            END << 22
          ) | (
            CASE
              WHEN "t221"."er_reach_post" IS NOT NULL
              THEN COALESCE("t221"."er_reach_post__provenance", 0)
              ELSE 0
            END << 24
          ) | (
            CASE
              WHEN "t221"."er_followers_post" IS NOT NULL
              THEN COALESCE("t221"."er_followers_post__provenance", 0)
              ELSE 0
            END << 26
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
            END << 28
          ) | (
            CASE
              WHEN "t221"."er_impressions_post" IS NOT NULL
              THEN COALESCE("t221"."er_impressions_post__provenance", 0)
              ELSE 0
            END << 30
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
            END << 32
          ) | (
            CASE
              WHEN "t221"."er_views_post" IS NOT NULL
              THEN COALESCE("t221"."er_views_post__provenance", 0)
              ELSE 0
            END << 34
          ) | (
            CASE
              WHEN "t221"."clicks" IS NOT NULL
              THEN COALESCE("t221"."clicks__provenance", 0)
              ELSE 0
            END << 36
          ) | (
            CASE
              WHEN "t221"."followers_gained" IS NOT NULL
              THEN COALESCE("t221"."followers_gained__provenance", 0)
              ELSE 0
            END << 38
          ) | (
            CASE
              WHEN (
                "t221"."followers_gained" IS NOT NULL
              )
              AND (
                "t221"."followers_start" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t221"."followers_gained__provenance", -1),
                    COALESCE("t221"."followers_start__provenance", -1)
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
                "t221"."followers_gained" IS NOT NULL
              )
              AND (
                "t221"."followers_expected_gain" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t221"."followers_gained__provenance", -1),
                    COALESCE("t221"."followers_expected_gain__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 42
          ) | (
            CASE
              WHEN "t221"."brand_followers_gained" IS NOT NULL
              THEN COALESCE("t221"."brand_followers_gained__provenance", 0)
              ELSE 0
            END << 44
          ) | (
            CASE
              WHEN (
                "t221"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t221"."brand_followers_start" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t221"."brand_followers_gained__provenance", -1),
                    COALESCE("t221"."brand_followers_start__provenance", -1)
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
                "t221"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t221"."brand_followers_expected_gain" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t221"."brand_followers_gained__provenance", -1),
                    COALESCE("t221"."brand_followers_expected_gain__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 48
          ) | (
            CASE
              WHEN "t221"."emv" IS NOT NULL
              THEN COALESCE("t221"."emv__provenance", 0)
              ELSE 0
            END << 50
          ) | (
            CASE
              WHEN "t221"."emv_authentic" IS NOT NULL
              THEN COALESCE("t221"."emv_authentic__provenance", 0)
              ELSE 0
            END << 52
          ) | (
            CASE
              WHEN (
                "t221"."impressions_with_estimates" IS NOT NULL
              )
              AND (
                "t221"."paid_impressions" IS NOT NULL
              )
              THEN COALESCE("t221"."impressions_with_estimates__provenance", 0)
              ELSE 0
            END << 54
          ) | (
            CASE
              WHEN (
                "t221"."clicks" IS NOT NULL
              ) AND (
                "t221"."paid_clicks" IS NOT NULL
              )
              THEN COALESCE("t221"."clicks__provenance", 0)
              ELSE 0
            END << 56
          ) | (
            CASE
              WHEN (
                "t221"."views" IS NOT NULL
              ) AND (
                "t221"."paid_views" IS NOT NULL
              )
              THEN COALESCE("t221"."views__provenance", 0)
              ELSE 0
            END << 58
          )
        ) AS "ranks__0"
      FROM "kpi_facts" AS "t221"
      GROUP BY
        1
    ) AS "t226"
  ) AS "t230"
  LEFT OUTER JOIN (
    SELECT
      "t225"."campaign_id",
      "t225"."er_reach_account_mean",
      "t225"."er_reach_account_median",
      "t225"."er_followers_account_mean",
      "t225"."er_followers_account_median",
      "t225"."er_impressions_account_mean",
      "t225"."er_impressions_account_median",
      "t225"."er_views_account_mean",
      "t225"."er_views_account_median",
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
      END AS "er_reach_account_mean__provenance",
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
      END AS "er_reach_account_median__provenance",
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
      END AS "er_followers_account_mean__provenance",
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
      END AS "er_followers_account_median__provenance",
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
      END AS "er_impressions_account_mean__provenance",
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
      END AS "er_impressions_account_median__provenance",
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
      END AS "er_views_account_mean__provenance",
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
      END AS "er_views_account_median__provenance"
    FROM (
      SELECT
        "t224"."campaign_id",
        AVG("t224"."er_reach_account_mean") AS "er_reach_account_mean",
        QUANTILE_CONT("t224"."er_reach_account_median", 0.5) AS "er_reach_account_median",
        AVG("t224"."er_followers_account_mean") AS "er_followers_account_mean",
        QUANTILE_CONT("t224"."er_followers_account_median", 0.5) AS "er_followers_account_median",
        AVG("t224"."er_impressions_account_mean") AS "er_impressions_account_mean",
        QUANTILE_CONT("t224"."er_impressions_account_median", 0.5) AS "er_impressions_account_median",
        AVG("t224"."er_views_account_mean") AS "er_views_account_mean",
        QUANTILE_CONT("t224"."er_views_account_median", 0.5) AS "er_views_account_median",
        BIT_OR(
          (
            CASE
              WHEN "t224"."er_reach_account_mean" IS NOT NULL
              THEN COALESCE("t224"."engagements__per__reach__r", 0)
              ELSE 0
            END << 0
          ) | (
            CASE
              WHEN "t224"."er_reach_account_median" IS NOT NULL
              THEN COALESCE("t224"."engagements__per__reach__r", 0)
              ELSE 0
            END << 2
          ) | (
            CASE
              WHEN "t224"."er_followers_account_mean" IS NOT NULL
              THEN COALESCE("t224"."engagements__per__followers__r", 0)
              ELSE 0
            END << 4
          ) | (
            CASE
              WHEN "t224"."er_followers_account_median" IS NOT NULL
              THEN COALESCE("t224"."engagements__per__followers__r", 0)
              ELSE 0
            END << 6
          ) | (
            CASE
              WHEN "t224"."er_impressions_account_mean" IS NOT NULL
              THEN COALESCE("t224"."engagements__per__impressions__r", 0)
              ELSE 0
            END << 8
          ) | (
            CASE
              WHEN "t224"."er_impressions_account_median" IS NOT NULL
              THEN COALESCE("t224"."engagements__per__impressions__r", 0)
              ELSE 0
            END << 10
          ) | (
            CASE
              WHEN "t224"."er_views_account_mean" IS NOT NULL
              THEN COALESCE("t224"."engagements__per__views__r", 0)
              ELSE 0
            END << 12
          ) | (
            CASE
              WHEN "t224"."er_views_account_median" IS NOT NULL
              THEN COALESCE("t224"."engagements__per__views__r", 0)
              ELSE 0
            END << 14
          )
        ) AS "ranks__0"
      FROM (
        SELECT
          "t223"."campaign_id",
          "t223"."account_id",
          "t223"."engagements__per__reach__n",
          "t223"."engagements__per__reach__d",
          "t223"."engagements__per__followers__n",
          "t223"."engagements__per__followers__d",
          "t223"."engagements__per__impressions__n",
          "t223"."engagements__per__impressions__d",
          "t223"."engagements__per__views__n",
          "t223"."engagements__per__views__d",
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
          END AS "engagements__per__reach__r",
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
          END AS "engagements__per__followers__r",
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
          END AS "engagements__per__impressions__r",
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
          END AS "engagements__per__views__r",
          (
            "t223"."engagements__per__reach__n" / NULLIF("t223"."engagements__per__reach__d", 0)
          ) * 100 AS "er_reach_account_mean",
          (
            "t223"."engagements__per__reach__n" / NULLIF("t223"."engagements__per__reach__d", 0)
          ) * 100 AS "er_reach_account_median",
          (
            "t223"."engagements__per__followers__n" / NULLIF("t223"."engagements__per__followers__d", 0)
          ) * 100 AS "er_followers_account_mean",
          (
            "t223"."engagements__per__followers__n" / NULLIF("t223"."engagements__per__followers__d", 0)
          ) * 100 AS "er_followers_account_median",
          (
            "t223"."engagements__per__impressions__n" / NULLIF("t223"."engagements__per__impressions__d", 0)
          ) * 100 AS "er_impressions_account_mean",
          (
            "t223"."engagements__per__impressions__n" / NULLIF("t223"."engagements__per__impressions__d", 0)
          ) * 100 AS "er_impressions_account_median",
          (
            "t223"."engagements__per__views__n" / NULLIF("t223"."engagements__per__views__d", 0)
          ) * 100 AS "er_views_account_mean",
          (
            "t223"."engagements__per__views__n" / NULLIF("t223"."engagements__per__views__d", 0)
          ) * 100 AS "er_views_account_median"
        FROM (
          SELECT
            "t222"."campaign_id",
            "t222"."account_id",
            SUM("t222"."engagements") FILTER(WHERE
              (
                "t222"."engagements" IS NOT NULL
              ) AND (
                "t222"."reach" IS NOT NULL
              )) AS "engagements__per__reach__n",
            SUM("t222"."reach") FILTER(WHERE
              (
                "t222"."engagements" IS NOT NULL
              ) AND (
                "t222"."reach" IS NOT NULL
              )) AS "engagements__per__reach__d",
            SUM("t222"."engagements") FILTER(WHERE
              (
                "t222"."engagements" IS NOT NULL
              ) AND (
                "t222"."followers" IS NOT NULL
              )) AS "engagements__per__followers__n",
            SUM("t222"."followers") FILTER(WHERE
              (
                "t222"."engagements" IS NOT NULL
              ) AND (
                "t222"."followers" IS NOT NULL
              )) AS "engagements__per__followers__d",
            SUM("t222"."engagements") FILTER(WHERE
              (
                "t222"."engagements" IS NOT NULL
              ) AND (
                "t222"."impressions" IS NOT NULL
              )) AS "engagements__per__impressions__n",
            SUM("t222"."impressions") FILTER(WHERE
              (
                "t222"."engagements" IS NOT NULL
              ) AND (
                "t222"."impressions" IS NOT NULL
              )) AS "engagements__per__impressions__d",
            SUM("t222"."engagements") FILTER(WHERE
              (
                "t222"."engagements" IS NOT NULL
              ) AND (
                "t222"."views" IS NOT NULL
              )) AS "engagements__per__views__n",
            SUM("t222"."views") FILTER(WHERE
              (
                "t222"."engagements" IS NOT NULL
              ) AND (
                "t222"."views" IS NOT NULL
              )) AS "engagements__per__views__d",
            BIT_OR(
              (
                CASE
                  WHEN (
                    "t222"."engagements" IS NOT NULL
                  ) AND (
                    "t222"."reach" IS NOT NULL
                  )
                  THEN COALESCE(
                    NULLIF(
                      GREATEST(
                        COALESCE("t222"."engagements__provenance", -1),
                        COALESCE("t222"."reach__provenance", -1)
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
                    "t222"."engagements" IS NOT NULL
                  ) AND (
                    "t222"."followers" IS NOT NULL
                  )
                  THEN COALESCE(
                    NULLIF(
                      GREATEST(
                        COALESCE("t222"."engagements__provenance", -1),
                        COALESCE("t222"."followers__provenance", -1)
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
                    "t222"."engagements" IS NOT NULL
                  ) AND (
                    "t222"."impressions" IS NOT NULL
                  )
                  THEN COALESCE(
                    NULLIF(
                      GREATEST(
                        COALESCE("t222"."engagements__provenance", -1),
                        COALESCE("t222"."impressions__provenance", -1)
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
                    "t222"."engagements" IS NOT NULL
                  ) AND (
                    "t222"."views" IS NOT NULL
                  )
                  THEN COALESCE(
                    NULLIF(
                      GREATEST(
                        COALESCE("t222"."engagements__provenance", -1),
                        COALESCE("t222"."views__provenance", -1)
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
            FROM "kpi_facts" AS "t221"
            WHERE
              "t221"."account_id" IS NOT NULL
          ) AS "t222"
          GROUP BY
            1,
            2
        ) AS "t223"
      ) AS "t224"
      GROUP BY
        1
    ) AS "t225"
  ) AS "t228"
    ON "t230"."campaign_id" IS NOT DISTINCT FROM "t228"."campaign_id"
  LEFT OUTER JOIN (
    SELECT
      CAST("t0"."id" AS BIGINT) AS "campaign_id",
      CAST("t0"."name" AS TEXT) AS "campaign"
    FROM "campaign" AS "t0"
  ) AS "t45"
    ON "t230"."campaign_id" = "t45"."campaign_id"
) AS "t231"
ORDER BY
  "t231"."campaign_id" ASC,
  "t231"."campaign" ASC
