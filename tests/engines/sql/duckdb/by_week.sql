WITH "t25" AS (
  SELECT
    *
  FROM "campaign" AS "t0"
  WHERE
    "t0"."id" IN (1)
), "t76" AS (
  SELECT
    CAST("t52"."campaign_id" AS BIGINT) AS "campaign_id",
    CAST("t15"."name" AS TEXT) AS "campaign",
    CAST("t52"."influencer_id" AS BIGINT) AS "influencer_id",
    CAST("t52"."amount" AS DOUBLE) AS "amount",
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
    CAST("t16"."name" AS TEXT) AS "campaign",
    CAST("t48"."id" AS BIGINT) AS "influencer_id",
    CAST("t48"."name" AS TEXT) AS "influencer",
    CAST("t21"."id" AS BIGINT) AS "account_id",
    CAST("t21"."platform" AS TEXT) AS "platform",
    CAST("t53"."format" AS TEXT) AS "format",
    CAST("t53"."id" AS BIGINT) AS "post_id",
    "t53"."published_on" AS "day",
    "t48"."country",
    CAST("t53"."caption" AS TEXT) AS "caption",
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
      "t142"."campaign_id",
      "t142"."campaign",
      "t142"."influencer_id",
      "t142"."influencer",
      "t142"."account_id",
      "t142"."platform",
      "t142"."is_brand",
      "t142"."day",
      "t142"."start_at",
      "t142"."end_at",
      "t64"."followers",
      "t64"."at",
      "t64"."rank"
    FROM (
      SELECT
        "t119"."campaign_id",
        CAST("t15"."name" AS TEXT) AS "campaign",
        CAST("t18"."id" AS BIGINT) AS "influencer_id",
        CAST("t18"."name" AS TEXT) AS "influencer",
        "t119"."account_id",
        CAST("t22"."platform" AS TEXT) AS "platform",
        "t119"."is_brand",
        "t15"."end_date" AS "day",
        EPOCH(CAST(CAST("t15"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "start_at",
        EPOCH(CAST(CAST("t15"."end_date" AS TIMESTAMPTZ) AS TIMESTAMP)) + 86400 AS "end_at"
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
    ) AS "t142"
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
    ) AS "t64"
      ON "t142"."account_id" = "t64"."account_id"
  ) AS "t153"
  WHERE
    "t153"."at" <= "t153"."end_at"
), "post_rows" AS (
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
    "t163"."engagements",
    "t163"."engagements__provenance",
    COALESCE(
      COALESCE("t163"."impressions", "t163"."views"),
      "t163"."reach" * COALESCE(
        SUM("t163"."impressions") FILTER(WHERE
          (
            "t163"."impressions" IS NOT NULL
          ) AND (
            "t163"."reach" IS NOT NULL
          )) OVER (
          PARTITION BY "t163"."campaign_id", "t163"."platform"
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) / NULLIF(
          SUM("t163"."reach") FILTER(WHERE
            (
              "t163"."impressions" IS NOT NULL
            ) AND (
              "t163"."reach" IS NOT NULL
            )) OVER (
            PARTITION BY "t163"."campaign_id", "t163"."platform"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ),
          0
        ),
        CAST(1 AS DOUBLE)
      )
    ) AS "impressions_with_estimates",
    CASE
      WHEN COALESCE(
        COALESCE("t163"."impressions", "t163"."views"),
        "t163"."reach" * COALESCE(
          SUM("t163"."impressions") FILTER(WHERE
            (
              "t163"."impressions" IS NOT NULL
            ) AND (
              "t163"."reach" IS NOT NULL
            )) OVER (
            PARTITION BY "t163"."campaign_id", "t163"."platform"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ) / NULLIF(
            SUM("t163"."reach") FILTER(WHERE
              (
                "t163"."impressions" IS NOT NULL
              ) AND (
                "t163"."reach" IS NOT NULL
              )) OVER (
              PARTITION BY "t163"."campaign_id", "t163"."platform"
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ),
            0
          ),
          CAST(1 AS DOUBLE)
        )
      ) IS NOT NULL
      THEN CASE
        WHEN "t163"."impressions" IS NOT NULL
        THEN "t163"."impressions__provenance"
        ELSE 2
      END
      ELSE CAST(NULL AS BIGINT)
    END AS "impressions_with_estimates__provenance",
    (
      "t163"."engagements" / NULLIF("t163"."reach", 0)
    ) * 100 AS "er_reach_post",
    (
      "t163"."engagements" / NULLIF("t163"."followers", 0)
    ) * 100 AS "er_followers_post",
    (
      "t163"."engagements" / NULLIF("t163"."impressions", 0)
    ) * 100 AS "er_impressions_post",
    (
      "t163"."engagements" / NULLIF("t163"."views", 0)
    ) * 100 AS "er_views_post",
    NULLIF(
      GREATEST(
        COALESCE("t163"."engagements__provenance", -1),
        COALESCE("t163"."reach__provenance", -1)
      ),
      -1
    ) AS "er_reach_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t163"."engagements__provenance", -1),
        COALESCE("t163"."followers__provenance", -1)
      ),
      -1
    ) AS "er_followers_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t163"."engagements__provenance", -1),
        COALESCE("t163"."impressions__provenance", -1)
      ),
      -1
    ) AS "er_impressions_post__provenance",
    NULLIF(
      GREATEST(
        COALESCE("t163"."engagements__provenance", -1),
        COALESCE("t163"."views__provenance", -1)
      ),
      -1
    ) AS "er_views_post__provenance",
    "t163"."platform" AS "post_platform",
    "t163"."influencer_id" AS "publishing_influencer",
    CAST(CASE WHEN "t163"."sponsored" THEN 1 ELSE 0 END AS DOUBLE) AS "sponsored_posts",
    CAST(CASE
      WHEN "t163"."sponsored"
      AND CASE
        WHEN UPPER("t163"."country") = 'FR'
        THEN CONTAINS(LOWER("t163"."caption"), 'publicité')
        OR CONTAINS(LOWER("t163"."caption"), 'publicite')
        OR CONTAINS(LOWER("t163"."caption"), 'collaboration commerciale')
        WHEN UPPER("t163"."country") = 'BE'
        THEN CONTAINS(LOWER("t163"."caption"), 'publicité')
        OR CONTAINS(LOWER("t163"."caption"), 'publicite')
        OR CONTAINS(LOWER("t163"."caption"), 'collaboration commerciale')
        OR CONTAINS(LOWER("t163"."caption"), '#pub')
        OR CONTAINS(LOWER("t163"."caption"), 'reclame')
        OR CONTAINS(LOWER("t163"."caption"), '#ad')
        OR CONTAINS(LOWER("t163"."caption"), 'samenwerking')
        WHEN UPPER("t163"."country") = 'DE'
        THEN CONTAINS(LOWER("t163"."caption"), 'werbung')
        OR CONTAINS(LOWER("t163"."caption"), 'anzeige')
        WHEN UPPER("t163"."country") = 'ES'
        THEN CONTAINS(LOWER("t163"."caption"), 'publicidad')
        OR CONTAINS(LOWER("t163"."caption"), '#publi')
        OR CONTAINS(LOWER("t163"."caption"), 'patrocinado')
        OR CONTAINS(LOWER("t163"."caption"), 'colaboración pagada')
        WHEN UPPER("t163"."country") = 'IT'
        THEN CONTAINS(LOWER("t163"."caption"), 'pubblicità')
        OR CONTAINS(LOWER("t163"."caption"), '#adv')
        OR CONTAINS(LOWER("t163"."caption"), 'sponsorizzato')
        OR CONTAINS(LOWER("t163"."caption"), '#sponsored')
        WHEN UPPER("t163"."country") = 'GB'
        THEN CONTAINS(LOWER("t163"."caption"), '#ad')
        OR CONTAINS(LOWER("t163"."caption"), 'advert')
        OR CONTAINS(LOWER("t163"."caption"), 'advertisement')
        WHEN UPPER("t163"."country") = 'US'
        THEN CONTAINS(LOWER("t163"."caption"), '#ad')
        OR CONTAINS(LOWER("t163"."caption"), '#sponsored')
        OR CONTAINS(LOWER("t163"."caption"), 'advertisement')
        OR CONTAINS(LOWER("t163"."caption"), 'paid partnership')
        ELSE CONTAINS(LOWER("t163"."caption"), '#ad')
        OR CONTAINS(LOWER("t163"."caption"), '#sponsored')
        OR CONTAINS(LOWER("t163"."caption"), 'paid partnership')
        OR CONTAINS(LOWER("t163"."caption"), 'advertisement')
      END
      THEN 1
      ELSE 0
    END AS DOUBLE) AS "disclosed_sponsored_posts"
  FROM (
    SELECT
      "t157"."campaign_id",
      "t157"."campaign",
      "t157"."influencer_id",
      "t157"."influencer",
      "t157"."account_id",
      "t157"."platform",
      "t157"."format",
      "t157"."post_id",
      "t157"."day",
      "t157"."country",
      "t157"."caption",
      "t157"."sponsored",
      "t157"."reach",
      "t157"."impressions",
      "t157"."views",
      "t157"."likes",
      "t157"."comments",
      "t157"."shares",
      "t157"."saves",
      "t157"."clicks",
      "t157"."reach__provenance",
      "t157"."impressions__provenance",
      "t157"."views__provenance",
      "t157"."likes__provenance",
      "t157"."comments__provenance",
      "t157"."shares__provenance",
      "t157"."saves__provenance",
      "t157"."clicks__provenance",
      "t157"."followers",
      "t157"."followers__provenance",
      CASE
        WHEN (
          "t157"."likes" IS NOT NULL
        )
        OR (
          "t157"."comments" IS NOT NULL
        )
        OR (
          "t157"."shares" IS NOT NULL
        )
        OR (
          "t157"."saves" IS NOT NULL
        )
        THEN CAST(0 AS DOUBLE) + COALESCE("t157"."likes", 0) + COALESCE("t157"."comments", 0) + COALESCE("t157"."shares", 0) + COALESCE("t157"."saves", 0)
        ELSE CAST(NULL AS DOUBLE)
      END AS "engagements",
      NULLIF(
        GREATEST(
          COALESCE("t157"."likes__provenance", -1),
          COALESCE("t157"."comments__provenance", -1),
          COALESCE("t157"."shares__provenance", -1),
          COALESCE("t157"."saves__provenance", -1)
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
        "t154"."reach",
        "t154"."impressions",
        "t154"."views",
        "t154"."likes",
        "t154"."comments",
        "t154"."shares",
        "t154"."saves",
        "t154"."clicks",
        "t154"."reach__provenance",
        "t154"."impressions__provenance",
        "t154"."views__provenance",
        "t154"."likes__provenance",
        "t154"."comments__provenance",
        "t154"."shares__provenance",
        "t154"."saves__provenance",
        "t154"."clicks__provenance",
        "t130"."followers",
        "t130"."followers__provenance"
      FROM "campaign_posts_in" AS "t102"
      LEFT OUTER JOIN (
        SELECT
          "t137"."post_id",
          "t137"."reach",
          "t137"."impressions",
          "t137"."views",
          "t137"."likes",
          "t137"."comments",
          "t137"."shares",
          "t137"."saves",
          "t137"."clicks",
          CASE
            WHEN (
              (
                "t137"."ranks" >> 0
              ) & 7
            ) >= 4
            THEN (
              (
                "t137"."ranks" >> 0
              ) & 7
            ) - 4
            ELSE CAST(NULL AS BIGINT)
          END AS "reach__provenance",
          CASE
            WHEN (
              (
                "t137"."ranks" >> 3
              ) & 7
            ) >= 4
            THEN (
              (
                "t137"."ranks" >> 3
              ) & 7
            ) - 4
            ELSE CAST(NULL AS BIGINT)
          END AS "impressions__provenance",
          CASE
            WHEN (
              (
                "t137"."ranks" >> 6
              ) & 7
            ) >= 4
            THEN (
              (
                "t137"."ranks" >> 6
              ) & 7
            ) - 4
            ELSE CAST(NULL AS BIGINT)
          END AS "views__provenance",
          CASE
            WHEN (
              (
                "t137"."ranks" >> 9
              ) & 7
            ) >= 4
            THEN (
              (
                "t137"."ranks" >> 9
              ) & 7
            ) - 4
            ELSE CAST(NULL AS BIGINT)
          END AS "likes__provenance",
          CASE
            WHEN (
              (
                "t137"."ranks" >> 12
              ) & 7
            ) >= 4
            THEN (
              (
                "t137"."ranks" >> 12
              ) & 7
            ) - 4
            ELSE CAST(NULL AS BIGINT)
          END AS "comments__provenance",
          CASE
            WHEN (
              (
                "t137"."ranks" >> 15
              ) & 7
            ) >= 4
            THEN (
              (
                "t137"."ranks" >> 15
              ) & 7
            ) - 4
            ELSE CAST(NULL AS BIGINT)
          END AS "shares__provenance",
          CASE
            WHEN (
              (
                "t137"."ranks" >> 18
              ) & 7
            ) >= 4
            THEN (
              (
                "t137"."ranks" >> 18
              ) & 7
            ) - 4
            ELSE CAST(NULL AS BIGINT)
          END AS "saves__provenance",
          CASE
            WHEN (
              (
                "t137"."ranks" >> 21
              ) & 7
            ) >= 4
            THEN (
              (
                "t137"."ranks" >> 21
              ) & 7
            ) - 4
            ELSE CAST(NULL AS BIGINT)
          END AS "clicks__provenance"
        FROM (
          SELECT
            CAST("t111"."post_id" AS BIGINT) AS "post_id",
            CAST(MAX("t111"."value") FILTER(WHERE
              "t111"."counter" = 0) AS DOUBLE) AS "reach",
            CAST(MAX("t111"."value") FILTER(WHERE
              "t111"."counter" = 1) AS DOUBLE) AS "impressions",
            CAST(MAX("t111"."value") FILTER(WHERE
              "t111"."counter" = 2) AS DOUBLE) AS "views",
            CAST(MAX("t111"."value") FILTER(WHERE
              "t111"."counter" = 3) AS DOUBLE) AS "likes",
            CAST(MAX("t111"."value") FILTER(WHERE
              "t111"."counter" = 4) AS DOUBLE) AS "comments",
            CAST(MAX("t111"."value") FILTER(WHERE
              "t111"."counter" = 5) AS DOUBLE) AS "shares",
            CAST(MAX("t111"."value") FILTER(WHERE
              "t111"."counter" = 6) AS DOUBLE) AS "saves",
            CAST(MAX("t111"."value") FILTER(WHERE
              "t111"."counter" = 7) AS DOUBLE) AS "clicks",
            BIT_OR(
              (
                (
                  15 - (
                    "t111"."freshness" % 16
                  )
                ) + 4
              ) << CAST("t111"."counter" * 3 AS INT)
            ) AS "ranks"
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
              ARG_MAX_NULL(
                "t78"."value",
                (
                  DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t78"."captured_at") * 16
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
              ) AS "value",
              MAX(
                (
                  DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t78"."captured_at") * 16
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
                "t62"."captured_at" <= MAKE_TIMESTAMP(2026, 3, 31, 23, 59, 59.0)
            ) AS "t78"
            GROUP BY
              1,
              2
          ) AS "t111"
          GROUP BY
            1
        ) AS "t137"
      ) AS "t154"
        ON "t102"."post_id" = "t154"."post_id"
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
            CAST("t63"."followers" AS DOUBLE) AS "followers",
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
      ) AS "t130"
        ON "t102"."post_id" = "t130"."post_id"
    ) AS "t157"
  ) AS "t163"
), "kpi_facts" AS (
  SELECT
    "t217"."campaign_id",
    "t217"."account_id",
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
    "t217"."bounced_sessions",
    "t217"."session_seconds",
    "t217"."page_views",
    "t217"."key_events",
    "t217"."orders",
    "t217"."revenue",
    "t217"."new_customers",
    "t217"."key_messages",
    "t217"."emv",
    "t217"."emv__provenance",
    "t217"."emv_authentic",
    "t217"."emv_authentic__provenance",
    (
      "t217"."cost" / (
        CASE
          WHEN "t217"."platform" = 'tiktok'
          THEN 7.5
          WHEN "t217"."platform" = 'youtube'
          THEN 3.53
          ELSE 19.8
        END * "t217"."paid_rate"
      )
    ) * 1000 AS "paid_impressions",
    "t217"."cost" / (
      CASE
        WHEN "t217"."platform" = 'tiktok'
        THEN CAST(NULL AS DOUBLE)
        WHEN "t217"."platform" = 'youtube'
        THEN CAST(NULL AS DOUBLE)
        ELSE 1.88
      END * "t217"."paid_rate"
    ) AS "paid_clicks",
    "t217"."cost" / (
      CASE WHEN "t217"."platform" = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * "t217"."paid_rate"
    ) AS "paid_views",
    DATE_TRUNC('WEEK', "t217"."day") AS "week"
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
      "t215"."emv_rate",
      "t215"."inauthentic_share",
      "t215"."emv",
      "t215"."emv__provenance",
      "t215"."emv_authentic",
      "t215"."emv_authentic__provenance",
      "t145"."paid_rate"
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
        "t212"."inauthentic_share",
        CASE
          WHEN (
            "t212"."post_id" IS NOT NULL
          )
          AND (
            (
              (
                (
                  COALESCE("t212"."impressions", "t212"."views") * CASE WHEN "t212"."platform" = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                ) / 1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t212"."platform" = 'instagram'
                  THEN 0.07
                  WHEN "t212"."platform" = 'tiktok'
                  THEN 0.09
                  WHEN "t212"."platform" = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE)
                END * "t212"."likes"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t212"."platform" = 'instagram'
                  THEN 3.46
                  WHEN "t212"."platform" = 'tiktok'
                  THEN 3.52
                  WHEN "t212"."platform" = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE)
                END * "t212"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE WHEN "t212"."platform" = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * "t212"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              (
                COALESCE("t212"."impressions", "t212"."views") * CASE WHEN "t212"."platform" = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
              ) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t212"."platform" = 'instagram'
                THEN 0.07
                WHEN "t212"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t212"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE)
              END * "t212"."likes",
              0
            ) + COALESCE(
              CASE
                WHEN "t212"."platform" = 'instagram'
                THEN 3.46
                WHEN "t212"."platform" = 'tiktok'
                THEN 3.52
                WHEN "t212"."platform" = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE)
              END * "t212"."comments",
              0
            ) + COALESCE(
              CASE WHEN "t212"."platform" = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * "t212"."shares",
              0
            )
          ) * "t212"."emv_rate"
          ELSE CAST(NULL AS DOUBLE)
        END AS "emv",
        NULLIF(
          GREATEST(
            COALESCE("t212"."impressions__provenance", -1),
            COALESCE("t212"."views__provenance", -1),
            COALESCE("t212"."engagements__provenance", -1)
          ),
          -1
        ) AS "emv__provenance",
        CASE
          WHEN (
            "t212"."post_id" IS NOT NULL
          )
          AND (
            (
              (
                (
                  COALESCE("t212"."impressions", "t212"."views") * CASE WHEN "t212"."platform" = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                ) / 1000
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t212"."platform" = 'instagram'
                  THEN 0.07
                  WHEN "t212"."platform" = 'tiktok'
                  THEN 0.09
                  WHEN "t212"."platform" = 'youtube'
                  THEN 0.08
                  ELSE CAST(NULL AS DOUBLE)
                END * "t212"."likes"
              ) IS NOT NULL
            )
            OR (
              (
                CASE
                  WHEN "t212"."platform" = 'instagram'
                  THEN 3.46
                  WHEN "t212"."platform" = 'tiktok'
                  THEN 3.52
                  WHEN "t212"."platform" = 'youtube'
                  THEN 6.99
                  ELSE CAST(NULL AS DOUBLE)
                END * "t212"."comments"
              ) IS NOT NULL
            )
            OR (
              (
                CASE WHEN "t212"."platform" = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * "t212"."shares"
              ) IS NOT NULL
            )
          )
          THEN (
            COALESCE(
              (
                COALESCE("t212"."impressions", "t212"."views") * CASE WHEN "t212"."platform" = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
              ) / 1000,
              0
            ) + COALESCE(
              CASE
                WHEN "t212"."platform" = 'instagram'
                THEN 0.07
                WHEN "t212"."platform" = 'tiktok'
                THEN 0.09
                WHEN "t212"."platform" = 'youtube'
                THEN 0.08
                ELSE CAST(NULL AS DOUBLE)
              END * "t212"."likes",
              0
            ) + COALESCE(
              CASE
                WHEN "t212"."platform" = 'instagram'
                THEN 3.46
                WHEN "t212"."platform" = 'tiktok'
                THEN 3.52
                WHEN "t212"."platform" = 'youtube'
                THEN 6.99
                ELSE CAST(NULL AS DOUBLE)
              END * "t212"."comments",
              0
            ) + COALESCE(
              CASE WHEN "t212"."platform" = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * "t212"."shares",
              0
            )
          ) * "t212"."emv_rate" * (
            1 - COALESCE("t212"."inauthentic_share", 0)
          )
          ELSE CAST(NULL AS DOUBLE)
        END AS "emv_authentic",
        NULLIF(
          GREATEST(
            COALESCE(
              NULLIF(
                GREATEST(
                  COALESCE("t212"."impressions__provenance", -1),
                  COALESCE("t212"."views__provenance", -1),
                  COALESCE("t212"."engagements__provenance", -1)
                ),
                -1
              ),
              -1
            ),
            COALESCE(CASE WHEN "t212"."inauthentic_share" > 0 THEN 2 ELSE CAST(NULL AS BIGINT) END, -1)
          ),
          -1
        ) AS "emv_authentic__provenance"
      FROM (
        SELECT
          "t210"."campaign_id",
          "t210"."campaign",
          "t210"."influencer_id",
          "t210"."influencer",
          "t210"."account_id",
          "t210"."platform",
          "t210"."format",
          "t210"."post_id",
          "t210"."day",
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
          "t210"."engaged_sessions",
          "t210"."bounced_sessions",
          "t210"."session_seconds",
          "t210"."page_views",
          "t210"."key_events",
          "t210"."orders",
          "t210"."revenue",
          "t210"."new_customers",
          "t210"."key_messages",
          "t210"."emv_rate",
          "t28"."inauthentic_share"
        FROM (
          SELECT
            "t207"."campaign_id",
            "t207"."campaign",
            "t207"."influencer_id",
            "t207"."influencer",
            "t207"."account_id",
            "t207"."platform",
            "t207"."format",
            "t207"."post_id",
            "t207"."day",
            "t207"."reach",
            "t207"."impressions",
            "t207"."views",
            "t207"."likes",
            "t207"."comments",
            "t207"."shares",
            "t207"."saves",
            "t207"."clicks",
            "t207"."reach__provenance",
            "t207"."impressions__provenance",
            "t207"."views__provenance",
            "t207"."likes__provenance",
            "t207"."comments__provenance",
            "t207"."shares__provenance",
            "t207"."saves__provenance",
            "t207"."clicks__provenance",
            "t207"."followers",
            "t207"."followers__provenance",
            "t207"."engagements",
            "t207"."engagements__provenance",
            "t207"."impressions_with_estimates",
            "t207"."impressions_with_estimates__provenance",
            "t207"."er_reach_post",
            "t207"."er_followers_post",
            "t207"."er_impressions_post",
            "t207"."er_views_post",
            "t207"."er_reach_post__provenance",
            "t207"."er_followers_post__provenance",
            "t207"."er_impressions_post__provenance",
            "t207"."er_views_post__provenance",
            "t207"."post_platform",
            "t207"."publishing_influencer",
            "t207"."sponsored_posts",
            "t207"."disclosed_sponsored_posts",
            "t207"."cost",
            "t207"."key_message_posts",
            "t207"."ugc_post",
            "t207"."mentions",
            "t207"."brand_mentions",
            "t207"."mention_engagements",
            "t207"."brand_mention_engagements",
            "t207"."followers_start",
            "t207"."followers_gained",
            "t207"."followers_expected_gain",
            "t207"."followers_start__provenance",
            "t207"."followers_gained__provenance",
            "t207"."followers_expected_gain__provenance",
            "t207"."brand_followers_start",
            "t207"."brand_followers_gained",
            "t207"."brand_followers_expected_gain",
            "t207"."brand_followers_start__provenance",
            "t207"."brand_followers_gained__provenance",
            "t207"."brand_followers_expected_gain__provenance",
            "t207"."influencers_contacted",
            "t207"."influencers_interested",
            "t207"."posts_contracted",
            "t207"."products_sent",
            "t207"."link_clicks",
            "t207"."unique_link_clicks",
            "t207"."bot_link_clicks",
            "t207"."sessions",
            "t207"."new_users",
            "t207"."engaged_sessions",
            "t207"."bounced_sessions",
            "t207"."session_seconds",
            "t207"."page_views",
            "t207"."key_events",
            "t207"."orders",
            "t207"."revenue",
            "t207"."new_customers",
            "t207"."key_messages",
            "t146"."emv_rate"
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
                                CAST("t195"."publishing_influencer" AS DOUBLE) AS "publishing_influencer",
                                "t195"."sponsored_posts",
                                "t195"."disclosed_sponsored_posts",
                                "t195"."cost",
                                "t195"."key_message_posts",
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
                                  "t188"."campaign_id",
                                  "t188"."campaign",
                                  "t188"."influencer_id",
                                  "t188"."influencer",
                                  "t188"."account_id",
                                  "t188"."platform",
                                  "t188"."format",
                                  "t188"."post_id",
                                  "t188"."day",
                                  "t188"."country",
                                  "t188"."caption",
                                  "t188"."sponsored",
                                  "t188"."reach",
                                  "t188"."impressions",
                                  "t188"."views",
                                  "t188"."likes",
                                  "t188"."comments",
                                  "t188"."shares",
                                  "t188"."saves",
                                  "t188"."clicks",
                                  "t188"."reach__provenance",
                                  "t188"."impressions__provenance",
                                  "t188"."views__provenance",
                                  "t188"."likes__provenance",
                                  "t188"."comments__provenance",
                                  "t188"."shares__provenance",
                                  "t188"."saves__provenance",
                                  "t188"."clicks__provenance",
                                  "t188"."followers",
                                  "t188"."followers__provenance",
                                  "t188"."engagements",
                                  "t188"."engagements__provenance",
                                  "t188"."impressions_with_estimates",
                                  "t188"."impressions_with_estimates__provenance",
                                  "t188"."er_reach_post",
                                  "t188"."er_followers_post",
                                  "t188"."er_impressions_post",
                                  "t188"."er_views_post",
                                  "t188"."er_reach_post__provenance",
                                  "t188"."er_followers_post__provenance",
                                  "t188"."er_impressions_post__provenance",
                                  "t188"."er_views_post__provenance",
                                  "t188"."post_platform",
                                  "t188"."publishing_influencer",
                                  "t188"."sponsored_posts",
                                  "t188"."disclosed_sponsored_posts",
                                  "t188"."cost",
                                  "t194"."key_message_posts"
                                FROM (
                                  SELECT
                                    "t177"."campaign_id",
                                    "t177"."campaign",
                                    "t177"."influencer_id",
                                    "t177"."influencer",
                                    "t177"."account_id",
                                    "t177"."platform",
                                    "t177"."format",
                                    "t177"."post_id",
                                    "t177"."day",
                                    "t177"."country",
                                    "t177"."caption",
                                    "t177"."sponsored",
                                    "t177"."reach",
                                    "t177"."impressions",
                                    "t177"."views",
                                    "t177"."likes",
                                    "t177"."comments",
                                    "t177"."shares",
                                    "t177"."saves",
                                    "t177"."clicks",
                                    "t177"."reach__provenance",
                                    "t177"."impressions__provenance",
                                    "t177"."views__provenance",
                                    "t177"."likes__provenance",
                                    "t177"."comments__provenance",
                                    "t177"."shares__provenance",
                                    "t177"."saves__provenance",
                                    "t177"."clicks__provenance",
                                    "t177"."followers",
                                    "t177"."followers__provenance",
                                    "t177"."engagements",
                                    "t177"."engagements__provenance",
                                    "t177"."impressions_with_estimates",
                                    "t177"."impressions_with_estimates__provenance",
                                    "t177"."er_reach_post",
                                    "t177"."er_followers_post",
                                    "t177"."er_impressions_post",
                                    "t177"."er_views_post",
                                    "t177"."er_reach_post__provenance",
                                    "t177"."er_followers_post__provenance",
                                    "t177"."er_impressions_post__provenance",
                                    "t177"."er_views_post__provenance",
                                    "t177"."post_platform",
                                    "t177"."publishing_influencer",
                                    "t177"."sponsored_posts",
                                    "t177"."disclosed_sponsored_posts",
                                    "t150"."cost"
                                  FROM "post_rows" AS "t177"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t102"."post_id",
                                      "t140"."cost"
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
                                          "t101"."amount" / "t109"."n_posts" AS "share"
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
                                    ) AS "t140"
                                      ON "t140"."campaign_id" = "t102"."campaign_id"
                                      AND "t140"."influencer_id" = "t102"."influencer_id"
                                  ) AS "t150"
                                    ON "t177"."post_id" = "t150"."post_id"
                                ) AS "t188"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t189"."post_id",
                                    MAX(
                                      CAST(CASE
                                        WHEN CONTAINS(LOWER("t189"."caption"), LOWER("t189"."message"))
                                        THEN 1
                                        ELSE 0
                                      END AS DOUBLE)
                                    ) AS "key_message_posts"
                                  FROM (
                                    SELECT
                                      "t182"."campaign_id",
                                      "t182"."post_id",
                                      "t182"."caption",
                                      "t82"."message"
                                    FROM (
                                      SELECT
                                        "t176"."campaign_id",
                                        "t176"."post_id",
                                        "t176"."caption"
                                      FROM "post_rows" AS "t176"
                                    ) AS "t182"
                                    INNER JOIN (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST("t0"."id" AS BIGINT) AS "campaign_id",
                                          UNNEST(STR_SPLIT("t0"."key_messages", '
')) AS "message"
                                        FROM "campaign" AS "t0"
                                      ) AS "t45"
                                      WHERE
                                        LENGTH("t45"."message") > 0
                                    ) AS "t82"
                                      ON "t182"."campaign_id" = "t82"."campaign_id"
                                  ) AS "t189"
                                  GROUP BY
                                    1
                                ) AS "t194"
                                  ON "t188"."post_id" = "t194"."post_id"
                              ) AS "t195"
                            ) AS "t196"
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t190"."campaign_id",
                                "t190"."campaign",
                                CAST(NULL AS BIGINT) AS "influencer_id",
                                CAST(NULL AS TEXT) AS "influencer",
                                CAST(NULL AS BIGINT) AS "account_id",
                                "t190"."platform",
                                CAST(NULL AS TEXT) AS "format",
                                CAST(NULL AS BIGINT) AS "post_id",
                                "t190"."day",
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
                                CAST("t190"."ugc_post" AS DOUBLE) AS "ugc_post",
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
                                  "t131"."campaign_id",
                                  "t131"."campaign",
                                  "t131"."platform",
                                  "t131"."day",
                                  "t131"."post_id" AS "ugc_post"
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
                                        CAST("t21"."platform" AS TEXT) AS "platform",
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
                                          CAST("t0"."name" AS TEXT) AS "campaign",
                                          "t0"."workspace_id",
                                          "t0"."start_date" AS "start",
                                          "t0"."end_date" AS "end",
                                          UNNEST(STR_SPLIT("t0"."hashtags", ',')) AS "tag"
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
                                      AND CONTAINS(',' || "t93"."hashtags" || ',', ',' || "t83"."tag" || ',')
                                  ) AS "t117"
                                ) AS "t131"
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
                                    ) AS "t32"
                                    UNION ALL
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        "t176"."campaign_id",
                                        "t176"."influencer_id"
                                      FROM "post_rows" AS "t176"
                                    ) AS "t178"
                                  ) AS "t181"
                                ) AS "t187"
                                  ON "t131"."campaign_id" = "t187"."campaign_id"
                                  AND "t131"."influencer_id" = "t187"."influencer_id"
                              ) AS "t190"
                            ) AS "t191"
                          ) AS "t197"
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
                              CAST(NULL AS TEXT) AS "platform",
                              CAST(NULL AS TEXT) AS "format",
                              CAST(NULL AS BIGINT) AS "post_id",
                              "t122"."day",
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
                              "t122"."cost",
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
                                "t100"."campaign_id",
                                "t100"."campaign",
                                "t100"."influencer_id",
                                CAST("t17"."name" AS TEXT) AS "influencer",
                                "t100"."incurred_on" AS "day",
                                "t100"."amount" AS "cost"
                              FROM "t76" AS "t100"
                              ANTI JOIN (
                                SELECT
                                  "t92"."campaign_id",
                                  "t92"."influencer_id",
                                  COUNT("t92"."post_id") AS "n_posts"
                                FROM "campaign_posts_in" AS "t92"
                                GROUP BY
                                  1,
                                  2
                              ) AS "t109"
                                ON "t100"."campaign_id" = "t109"."campaign_id"
                                AND "t100"."influencer_id" = "t109"."influencer_id"
                              LEFT OUTER JOIN "influencer" AS "t17"
                                ON "t100"."influencer_id" = "t17"."id"
                            ) AS "t122"
                          ) AS "t129"
                        ) AS "t198"
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t80"."campaign_id",
                            "t80"."campaign",
                            CAST(NULL AS BIGINT) AS "influencer_id",
                            CAST(NULL AS TEXT) AS "influencer",
                            CAST(NULL AS BIGINT) AS "account_id",
                            "t80"."platform",
                            CAST(NULL AS TEXT) AS "format",
                            CAST(NULL AS BIGINT) AS "post_id",
                            "t80"."day",
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
                            "t80"."mentions",
                            "t80"."brand_mentions",
                            "t80"."mention_engagements",
                            "t80"."brand_mention_engagements",
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
                              CAST("t57"."id" AS BIGINT) AS "campaign_id",
                              CAST("t57"."name" AS TEXT) AS "campaign",
                              CAST("t19"."platform" AS TEXT) AS "platform",
                              "t19"."mentioned_on" AS "day",
                              CAST(1 AS DOUBLE) AS "mentions",
                              CAST(CASE WHEN "t19"."own" THEN 1 ELSE 0 END AS DOUBLE) AS "brand_mentions",
                              "t19"."engagements" AS "mention_engagements",
                              CAST(CASE WHEN "t19"."own" THEN 1 ELSE 0 END AS DOUBLE) * "t19"."engagements" AS "brand_mention_engagements"
                            FROM "mention" AS "t19"
                            INNER JOIN "t25" AS "t57"
                              ON "t19"."workspace_id" = "t57"."workspace_id"
                              AND "t19"."mentioned_on" >= "t57"."start_date"
                              AND "t19"."mentioned_on" <= "t57"."end_date"
                          ) AS "t80"
                        ) AS "t94"
                      ) AS "t199"
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
                          CAST(NULL AS TEXT) AS "format",
                          CAST(NULL AS BIGINT) AS "post_id",
                          "t183"."day",
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
                            WHEN "t183"."is_brand" = FALSE
                            THEN "t183"."start_followers"
                            ELSE CAST(NULL AS DOUBLE)
                          END AS "followers_start",
                          CASE
                            WHEN "t183"."is_brand" = FALSE
                            THEN CASE
                              WHEN "t183"."end_seen_at" > "t183"."start_seen_at"
                              THEN "t183"."end_followers" - "t183"."start_followers"
                              ELSE CAST(NULL AS DOUBLE)
                            END
                            ELSE CAST(NULL AS DOUBLE)
                          END AS "followers_gained",
                          CASE
                            WHEN "t183"."is_brand" = FALSE
                            THEN CASE
                              WHEN "t183"."end_seen_at" > "t183"."start_seen_at"
                              THEN (
                                (
                                  "t183"."start_followers" - "t183"."before_followers"
                                ) / NULLIF(CAST("t183"."start_seen_at" - "t183"."before_seen_at" AS DOUBLE), 0)
                              ) * (
                                "t183"."end_seen_at" - "t183"."start_seen_at"
                              )
                              ELSE CAST(NULL AS DOUBLE)
                            END
                            ELSE CAST(NULL AS DOUBLE)
                          END AS "followers_expected_gain",
                          CAST(CASE
                            WHEN "t183"."is_brand" = FALSE
                            THEN "t183"."start_rank"
                            ELSE CAST(NULL AS TINYINT)
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
                                  (
                                    "t183"."start_followers" - "t183"."before_followers"
                                  ) / NULLIF(CAST("t183"."start_seen_at" - "t183"."before_seen_at" AS DOUBLE), 0)
                                ) * (
                                  "t183"."end_seen_at" - "t183"."start_seen_at"
                                )
                                ELSE CAST(NULL AS DOUBLE)
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
                            ELSE CAST(NULL AS DOUBLE)
                          END AS "brand_followers_start",
                          CASE
                            WHEN "t183"."is_brand" = TRUE
                            THEN CASE
                              WHEN "t183"."end_seen_at" > "t183"."start_seen_at"
                              THEN "t183"."end_followers" - "t183"."start_followers"
                              ELSE CAST(NULL AS DOUBLE)
                            END
                            ELSE CAST(NULL AS DOUBLE)
                          END AS "brand_followers_gained",
                          CASE
                            WHEN "t183"."is_brand" = TRUE
                            THEN CASE
                              WHEN "t183"."end_seen_at" > "t183"."start_seen_at"
                              THEN (
                                (
                                  "t183"."start_followers" - "t183"."before_followers"
                                ) / NULLIF(CAST("t183"."start_seen_at" - "t183"."before_seen_at" AS DOUBLE), 0)
                              ) * (
                                "t183"."end_seen_at" - "t183"."start_seen_at"
                              )
                              ELSE CAST(NULL AS DOUBLE)
                            END
                            ELSE CAST(NULL AS DOUBLE)
                          END AS "brand_followers_expected_gain",
                          CAST(CASE
                            WHEN "t183"."is_brand" = TRUE
                            THEN "t183"."start_rank"
                            ELSE CAST(NULL AS TINYINT)
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
                                  (
                                    "t183"."start_followers" - "t183"."before_followers"
                                  ) / NULLIF(CAST("t183"."start_seen_at" - "t183"."before_seen_at" AS DOUBLE), 0)
                                ) * (
                                  "t183"."end_seen_at" - "t183"."start_seen_at"
                                )
                                ELSE CAST(NULL AS DOUBLE)
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
                            "t175"."start_followers",
                            "t175"."start_seen_at",
                            "t175"."start_rank",
                            "t175"."end_followers",
                            "t175"."end_seen_at",
                            "t175"."end_rank",
                            "t166"."before_followers",
                            "t166"."before_seen_at",
                            "t166"."before_rank"
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
                              "t165"."end_followers",
                              "t165"."end_seen_at",
                              "t165"."end_rank"
                            FROM (
                              SELECT
                                "t142"."campaign_id",
                                "t142"."campaign",
                                "t142"."influencer_id",
                                "t142"."influencer",
                                "t142"."account_id",
                                "t142"."platform",
                                "t142"."is_brand",
                                "t142"."day",
                                "t142"."start_at",
                                "t142"."end_at",
                                "t168"."start_followers",
                                "t168"."start_seen_at",
                                "t168"."start_rank"
                              FROM (
                                SELECT
                                  "t119"."campaign_id",
                                  CAST("t15"."name" AS TEXT) AS "campaign",
                                  CAST("t18"."id" AS BIGINT) AS "influencer_id",
                                  CAST("t18"."name" AS TEXT) AS "influencer",
                                  "t119"."account_id",
                                  CAST("t22"."platform" AS TEXT) AS "platform",
                                  "t119"."is_brand",
                                  "t15"."end_date" AS "day",
                                  EPOCH(CAST(CAST("t15"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "start_at",
                                  EPOCH(CAST(CAST("t15"."end_date" AS TIMESTAMPTZ) AS TIMESTAMP)) + 86400 AS "end_at"
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
                              ) AS "t142"
                              INNER JOIN (
                                SELECT
                                  "t161"."campaign_id",
                                  "t161"."account_id",
                                  CAST("t161"."followers" AS DOUBLE) AS "start_followers",
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
                              ) AS "t168"
                                ON "t142"."campaign_id" = "t168"."campaign_id"
                                AND "t142"."account_id" = "t168"."account_id"
                            ) AS "t171"
                            LEFT OUTER JOIN (
                              SELECT
                                "t159"."campaign_id",
                                "t159"."account_id",
                                CAST("t159"."followers" AS DOUBLE) AS "end_followers",
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
                                    ORDER BY "t156"."at" DESC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  ) - 1 AS "order"
                                FROM "t155" AS "t156"
                              ) AS "t159"
                              WHERE
                                "t159"."order" = 0
                            ) AS "t165"
                              ON "t171"."campaign_id" = "t165"."campaign_id"
                              AND "t171"."account_id" = "t165"."account_id"
                          ) AS "t175"
                          LEFT OUTER JOIN (
                            SELECT
                              "t160"."campaign_id",
                              "t160"."account_id",
                              CAST("t160"."followers" AS DOUBLE) AS "before_followers",
                              "t160"."at" AS "before_seen_at",
                              "t160"."rank" AS "before_rank"
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
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t142"."campaign_id",
                                    "t142"."campaign",
                                    "t142"."influencer_id",
                                    "t142"."influencer",
                                    "t142"."account_id",
                                    "t142"."platform",
                                    "t142"."is_brand",
                                    "t142"."day",
                                    "t142"."start_at",
                                    "t142"."end_at",
                                    "t64"."followers",
                                    "t64"."at",
                                    "t64"."rank"
                                  FROM (
                                    SELECT
                                      "t119"."campaign_id",
                                      CAST("t15"."name" AS TEXT) AS "campaign",
                                      CAST("t18"."id" AS BIGINT) AS "influencer_id",
                                      CAST("t18"."name" AS TEXT) AS "influencer",
                                      "t119"."account_id",
                                      CAST("t22"."platform" AS TEXT) AS "platform",
                                      "t119"."is_brand",
                                      "t15"."end_date" AS "day",
                                      EPOCH(CAST(CAST("t15"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "start_at",
                                      EPOCH(CAST(CAST("t15"."end_date" AS TIMESTAMPTZ) AS TIMESTAMP)) + 86400 AS "end_at"
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
                                  ) AS "t142"
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
                                  ) AS "t64"
                                    ON "t142"."account_id" = "t64"."account_id"
                                ) AS "t153"
                                WHERE
                                  "t153"."at" <= (
                                    "t153"."start_at" - (
                                      "t153"."end_at" - "t153"."start_at"
                                    )
                                  )
                              ) AS "t158"
                            ) AS "t160"
                            WHERE
                              "t160"."order" = 0
                          ) AS "t166"
                            ON "t175"."campaign_id" = "t166"."campaign_id"
                            AND "t175"."account_id" = "t166"."account_id"
                        ) AS "t183"
                      ) AS "t193"
                    ) AS "t200"
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
                        CAST(NULL AS TEXT) AS "platform",
                        CAST(NULL AS TEXT) AS "format",
                        CAST(NULL AS BIGINT) AS "post_id",
                        "t85"."day",
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
                        "t85"."influencers_contacted",
                        "t85"."influencers_interested",
                        "t85"."posts_contracted",
                        "t85"."products_sent",
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
                          CAST("t47"."campaign_id" AS BIGINT) AS "campaign_id",
                          CAST("t15"."name" AS TEXT) AS "campaign",
                          CAST("t47"."influencer_id" AS BIGINT) AS "influencer_id",
                          CAST("t17"."name" AS TEXT) AS "influencer",
                          "t15"."start_date" AS "day",
                          CAST(1 AS DOUBLE) AS "influencers_contacted",
                          CAST(CASE WHEN "t47"."status" IN ('interested', 'activated') THEN 1 ELSE 0 END AS DOUBLE) AS "influencers_interested",
                          CAST("t47"."posts_contracted" AS DOUBLE) AS "posts_contracted",
                          CAST("t47"."products_sent" AS DOUBLE) AS "products_sent"
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
                  ) AS "t201"
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t147"."campaign_id",
                      "t147"."campaign",
                      CAST(NULL AS BIGINT) AS "influencer_id",
                      CAST(NULL AS TEXT) AS "influencer",
                      CAST(NULL AS BIGINT) AS "account_id",
                      CAST(NULL AS TEXT) AS "platform",
                      CAST(NULL AS TEXT) AS "format",
                      "t147"."post_id",
                      "t147"."day",
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
                      "t147"."link_clicks",
                      "t147"."unique_link_clicks",
                      "t147"."bot_link_clicks",
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
                        "t134"."campaign_id",
                        "t134"."post_id",
                        "t134"."day",
                        "t134"."link_clicks",
                        "t134"."unique_link_clicks",
                        "t134"."bot_link_clicks",
                        CAST("t15"."name" AS TEXT) AS "campaign"
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
                            CAST("t50"."platform" AS TEXT) AS "platform",
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
                                CAST("t20"."clicked_at" AS DATE) AS "day",
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
                      ) AS "t134"
                      INNER JOIN "campaign" AS "t15"
                        ON "t134"."campaign_id" = "t15"."id"
                    ) AS "t147"
                  ) AS "t149"
                ) AS "t202"
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    "t107"."campaign_id",
                    "t107"."campaign",
                    CAST(NULL AS BIGINT) AS "influencer_id",
                    CAST(NULL AS TEXT) AS "influencer",
                    CAST(NULL AS BIGINT) AS "account_id",
                    CAST(NULL AS TEXT) AS "platform",
                    CAST(NULL AS TEXT) AS "format",
                    CAST(NULL AS BIGINT) AS "post_id",
                    "t107"."day",
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
                    "t107"."sessions",
                    "t107"."new_users",
                    "t107"."engaged_sessions",
                    "t107"."bounced_sessions",
                    "t107"."session_seconds",
                    "t107"."page_views",
                    "t107"."key_events",
                    CAST(NULL AS DOUBLE) AS "orders",
                    CAST(NULL AS DOUBLE) AS "revenue",
                    CAST(NULL AS DOUBLE) AS "new_customers",
                    CAST(NULL AS DOUBLE) AS "key_messages"
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
                      CAST("t15"."name" AS TEXT) AS "campaign"
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
                      ) AS "t49"
                      GROUP BY
                        1,
                        2
                    ) AS "t86"
                    INNER JOIN "campaign" AS "t15"
                      ON "t86"."campaign_id" = "t15"."id"
                  ) AS "t107"
                ) AS "t113"
              ) AS "t203"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t112"."campaign_id",
                  "t112"."campaign",
                  CAST(NULL AS BIGINT) AS "influencer_id",
                  CAST(NULL AS TEXT) AS "influencer",
                  CAST(NULL AS BIGINT) AS "account_id",
                  CAST(NULL AS TEXT) AS "platform",
                  CAST(NULL AS TEXT) AS "format",
                  CAST(NULL AS BIGINT) AS "post_id",
                  "t112"."day",
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
                  "t112"."orders",
                  "t112"."revenue",
                  "t112"."new_customers",
                  CAST(NULL AS DOUBLE) AS "key_messages"
                FROM (
                  SELECT
                    "t97"."campaign_id",
                    "t97"."day",
                    "t97"."orders",
                    "t97"."revenue",
                    "t97"."new_customers",
                    CAST("t15"."name" AS TEXT) AS "campaign"
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
                    ) AS "t67"
                    GROUP BY
                      1,
                      2
                  ) AS "t97"
                  INNER JOIN "campaign" AS "t15"
                    ON "t97"."campaign_id" = "t15"."id"
                ) AS "t112"
              ) AS "t118"
            ) AS "t204"
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
            ) AS "t71"
          ) AS "t207"
          LEFT OUTER JOIN (
            SELECT
              "t139"."campaign_id",
              "t139"."rate" AS "emv_rate"
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
                      EPOCH(CAST(CAST("t69"."valid_on" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "valid"
                    FROM (
                      SELECT
                        CAST("t0"."id" AS BIGINT) AS "campaign_id",
                        "t0"."currency",
                        EPOCH(CAST(CAST("t0"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "start"
                      FROM "campaign" AS "t0"
                    ) AS "t59"
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
                          "t2"."quote" = 'EUR'
                      ) AS "t61"
                    ) AS "t69"
                      ON "t59"."currency" = "t69"."quote"
                  ) AS "t96"
                ) AS "t121"
                WHERE
                  "t121"."order" = 0
              ) AS "t133"
            ) AS "t139"
          ) AS "t146"
            ON "t207"."campaign_id" = "t146"."campaign_id"
        ) AS "t210"
        LEFT OUTER JOIN (
          SELECT
            "t1"."account_id",
            "t1"."inauthentic_share"
          FROM "account_audit" AS "t1"
        ) AS "t28"
          ON "t210"."account_id" = "t28"."account_id"
      ) AS "t212"
    ) AS "t215"
    LEFT OUTER JOIN (
      SELECT
        "t138"."campaign_id",
        "t138"."rate" AS "paid_rate"
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
                EPOCH(CAST(CAST("t68"."valid_on" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "valid"
              FROM (
                SELECT
                  CAST("t0"."id" AS BIGINT) AS "campaign_id",
                  "t0"."currency",
                  EPOCH(CAST(CAST("t0"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "start"
                FROM "campaign" AS "t0"
              ) AS "t59"
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
                ) AS "t29"
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
                ) AS "t60"
              ) AS "t68"
                ON "t59"."currency" = "t68"."quote"
            ) AS "t95"
          ) AS "t120"
          WHERE
            "t120"."order" = 0
        ) AS "t132"
      ) AS "t138"
    ) AS "t145"
      ON "t215"."campaign_id" = "t145"."campaign_id"
  ) AS "t217"
  WHERE
    "t217"."campaign_id" IN (1)
    AND (
      (
        "t217"."bot_link_clicks" IS NOT NULL
      )
      OR (
        "t217"."bounced_sessions" IS NOT NULL
      )
      OR (
        "t217"."brand_followers_expected_gain" IS NOT NULL
      )
      OR (
        "t217"."brand_followers_gained" IS NOT NULL
      )
      OR (
        "t217"."brand_followers_start" IS NOT NULL
      )
      OR (
        "t217"."brand_mention_engagements" IS NOT NULL
      )
      OR (
        "t217"."brand_mentions" IS NOT NULL
      )
      OR (
        "t217"."clicks" IS NOT NULL
      )
      OR (
        "t217"."comments" IS NOT NULL
      )
      OR (
        "t217"."cost" IS NOT NULL
      )
      OR (
        "t217"."disclosed_sponsored_posts" IS NOT NULL
      )
      OR (
        "t217"."emv" IS NOT NULL
      )
      OR (
        "t217"."emv_authentic" IS NOT NULL
      )
      OR (
        "t217"."engagements" IS NOT NULL
      )
      OR (
        "t217"."er_followers_post" IS NOT NULL
      )
      OR (
        "t217"."er_impressions_post" IS NOT NULL
      )
      OR (
        "t217"."er_reach_post" IS NOT NULL
      )
      OR (
        "t217"."er_views_post" IS NOT NULL
      )
      OR (
        "t217"."followers" IS NOT NULL
      )
      OR (
        "t217"."followers_expected_gain" IS NOT NULL
      )
      OR (
        "t217"."followers_gained" IS NOT NULL
      )
      OR (
        "t217"."followers_start" IS NOT NULL
      )
      OR (
        "t217"."impressions" IS NOT NULL
      )
      OR (
        "t217"."impressions_with_estimates" IS NOT NULL
      )
      OR (
        "t217"."influencers_contacted" IS NOT NULL
      )
      OR (
        "t217"."influencers_interested" IS NOT NULL
      )
      OR (
        "t217"."key_events" IS NOT NULL
      )
      OR (
        "t217"."key_message_posts" IS NOT NULL
      )
      OR (
        "t217"."key_messages" IS NOT NULL
      )
      OR (
        "t217"."likes" IS NOT NULL
      )
      OR (
        "t217"."link_clicks" IS NOT NULL
      )
      OR (
        "t217"."mention_engagements" IS NOT NULL
      )
      OR (
        "t217"."mentions" IS NOT NULL
      )
      OR (
        "t217"."new_customers" IS NOT NULL
      )
      OR (
        "t217"."new_users" IS NOT NULL
      )
      OR (
        "t217"."orders" IS NOT NULL
      )
      OR (
        "t217"."page_views" IS NOT NULL
      )
      OR (
        (
          "t217"."cost" / (
            CASE
              WHEN "t217"."platform" = 'tiktok'
              THEN CAST(NULL AS DOUBLE)
              WHEN "t217"."platform" = 'youtube'
              THEN CAST(NULL AS DOUBLE)
              ELSE 1.88
            END * "t217"."paid_rate"
          )
        ) IS NOT NULL
      )
      OR (
        (
          (
            "t217"."cost" / (
              CASE
                WHEN "t217"."platform" = 'tiktok'
                THEN 7.5
                WHEN "t217"."platform" = 'youtube'
                THEN 3.53
                ELSE 19.8
              END * "t217"."paid_rate"
            )
          ) * 1000
        ) IS NOT NULL
      )
      OR (
        (
          "t217"."cost" / (
            CASE WHEN "t217"."platform" = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * "t217"."paid_rate"
          )
        ) IS NOT NULL
      )
      OR (
        "t217"."post_id" IS NOT NULL
      )
      OR (
        "t217"."post_platform" IS NOT NULL
      )
      OR (
        "t217"."posts_contracted" IS NOT NULL
      )
      OR (
        "t217"."products_sent" IS NOT NULL
      )
      OR (
        "t217"."publishing_influencer" IS NOT NULL
      )
      OR (
        "t217"."reach" IS NOT NULL
      )
      OR (
        "t217"."revenue" IS NOT NULL
      )
      OR (
        "t217"."saves" IS NOT NULL
      )
      OR (
        "t217"."session_seconds" IS NOT NULL
      )
      OR (
        "t217"."sessions" IS NOT NULL
      )
      OR (
        "t217"."shares" IS NOT NULL
      )
      OR (
        "t217"."sponsored_posts" IS NOT NULL
      )
      OR (
        "t217"."ugc_post" IS NOT NULL
      )
      OR (
        "t217"."unique_link_clicks" IS NOT NULL
      )
      OR (
        "t217"."views" IS NOT NULL
      )
    )
)
SELECT
  "t229"."week",
  "t229"."key_messages",
  "t229"."platforms_selected",
  "t229"."influencers_contacted",
  "t229"."influencers_interested",
  (
    "t229"."influencers_interested" / NULLIF("t229"."influencers_contacted", 0)
  ) * 100 AS "influencers_interested_rate",
  "t229"."influencers_activated",
  "t229"."products_sent",
  "t229"."reach",
  "t229"."impressions",
  "t229"."views",
  "t229"."impressions_with_estimates",
  (
    "t229"."reach_rate__first" / NULLIF("t229"."reach_rate__second", 0)
  ) * 100 AS "reach_rate",
  "t229"."brand_mentions",
  (
    "t229"."brand_mentions" / NULLIF("t229"."mentions", 0)
  ) * 100 AS "share_of_voice",
  (
    "t229"."brand_mention_engagements" / NULLIF("t229"."mention_engagements", 0)
  ) * 100 AS "share_of_engagement",
  "t229"."key_message_posts",
  (
    "t229"."key_message_posts" / NULLIF(CAST("t229"."posts" AS DOUBLE), 0)
  ) * 100 AS "key_message_rate",
  "t229"."posts",
  "t229"."posts_contracted",
  (
    CAST("t229"."posts" AS DOUBLE) / NULLIF("t229"."posts_contracted", 0)
  ) * 100 AS "posts_delivery_rate",
  "t229"."ugc_posts",
  "t229"."likes",
  "t229"."comments",
  "t229"."shares",
  "t229"."saves",
  "t229"."engagements",
  (
    "t229"."engagement_rate_reach__first" / NULLIF("t229"."engagement_rate_reach__second", 0)
  ) * 100 AS "engagement_rate_reach",
  (
    "t229"."engagement_rate_followers__first" / NULLIF("t229"."engagement_rate_followers__second", 0)
  ) * 100 AS "engagement_rate_followers",
  "t229"."er_reach_post_mean" AS "engagement_rate_reach_post_mean",
  "t229"."er_reach_post_median" AS "engagement_rate_reach_post_median",
  "t229"."er_reach_account_mean" AS "engagement_rate_reach_account_mean",
  "t229"."er_reach_account_median" AS "engagement_rate_reach_account_median",
  "t229"."er_followers_post_mean" AS "engagement_rate_followers_post_mean",
  "t229"."er_followers_post_median" AS "engagement_rate_followers_post_median",
  "t229"."er_followers_account_mean" AS "engagement_rate_followers_account_mean",
  "t229"."er_followers_account_median" AS "engagement_rate_followers_account_median",
  (
    "t229"."engagement_rate_impressions__first" / NULLIF("t229"."engagement_rate_impressions__second", 0)
  ) * 100 AS "engagement_rate_impressions",
  "t229"."er_impressions_post_mean" AS "engagement_rate_impressions_post_mean",
  "t229"."er_impressions_post_median" AS "engagement_rate_impressions_post_median",
  "t229"."er_impressions_account_mean" AS "engagement_rate_impressions_account_mean",
  "t229"."er_impressions_account_median" AS "engagement_rate_impressions_account_median",
  (
    "t229"."engagement_rate_views__first" / NULLIF("t229"."engagement_rate_views__second", 0)
  ) * 100 AS "engagement_rate_views",
  "t229"."er_views_post_mean" AS "engagement_rate_views_post_mean",
  "t229"."er_views_post_median" AS "engagement_rate_views_post_median",
  "t229"."er_views_account_mean" AS "engagement_rate_views_account_mean",
  "t229"."er_views_account_median" AS "engagement_rate_views_account_median",
  "t229"."clicks" AS "platform_link_clicks",
  "t229"."followers_gained",
  (
    "t229"."follower_growth_rate__first" / NULLIF("t229"."follower_growth_rate__second", 0)
  ) * 100 AS "follower_growth_rate",
  "t229"."followers_gained_above_trend__first" - "t229"."followers_gained_above_trend__second" AS "followers_gained_above_trend",
  "t229"."brand_followers_gained",
  (
    "t229"."brand_follower_growth_rate__first" / NULLIF("t229"."brand_follower_growth_rate__second", 0)
  ) * 100 AS "brand_follower_growth_rate",
  "t229"."brand_followers_gained_above_trend__first" - "t229"."brand_followers_gained_above_trend__second" AS "brand_followers_gained_above_trend",
  "t229"."link_clicks" AS "tracked_clicks",
  "t229"."unique_link_clicks" AS "unique_clicks",
  "t229"."bot_link_clicks" AS "bot_clicks",
  (
    "t229"."link_clicks" / NULLIF("t229"."impressions_with_estimates", 0)
  ) * 100 AS "click_through_rate",
  "t229"."sessions",
  "t229"."new_users",
  (
    "t229"."bounced_sessions" / NULLIF("t229"."sessions", 0)
  ) * 100 AS "bounce_rate",
  "t229"."session_seconds" / NULLIF("t229"."sessions", 0) AS "average_session_duration",
  "t229"."page_views" / NULLIF("t229"."sessions", 0) AS "pages_per_session",
  "t229"."key_events" AS "leads",
  "t229"."orders" AS "conversions",
  (
    "t229"."orders" / NULLIF("t229"."unique_link_clicks", 0)
  ) * 100 AS "conversion_rate",
  "t229"."revenue",
  "t229"."revenue" / NULLIF("t229"."orders", 0) AS "average_order_value",
  "t229"."new_customers",
  "t229"."revenue" / NULLIF("t229"."cost", 0) AS "return_on_ad_spend",
  (
    (
      "t229"."revenue" - "t229"."cost"
    ) / NULLIF("t229"."cost", 0)
  ) * 100 AS "return_on_investment",
  (
    (
      "t229"."revenue" - "t229"."cost"
    ) / NULLIF("t229"."revenue", 0)
  ) * 100 AS "profitability",
  "t229"."sponsored_posts",
  "t229"."disclosed_sponsored_posts",
  (
    "t229"."disclosed_sponsored_posts" / NULLIF("t229"."sponsored_posts", 0)
  ) * 100 AS "disclosure_rate",
  "t229"."cost",
  (
    "t229"."cost" / NULLIF("t229"."impressions_with_estimates", 0)
  ) * 1000 AS "cost_per_mille",
  "t229"."cost" / NULLIF("t229"."engagements", 0) AS "cost_per_engagement",
  "t229"."cost" / NULLIF("t229"."views", 0) AS "cost_per_view",
  "t229"."cost" / NULLIF("t229"."brand_followers_gained", 0) AS "cost_per_new_follower",
  "t229"."cost" / NULLIF("t229"."link_clicks", 0) AS "cost_per_click",
  "t229"."cost" / NULLIF("t229"."orders", 0) AS "cost_per_acquisition",
  "t229"."cost" / NULLIF("t229"."new_customers", 0) AS "customer_acquisition_cost",
  "t229"."cost" / NULLIF("t229"."key_events", 0) AS "cost_per_lead",
  "t229"."emv",
  "t229"."emv_authentic",
  "t229"."emv" / NULLIF("t229"."cost", 0) AS "emv_per_cost",
  "t229"."paid_impressions" AS "paid_equivalent_impressions",
  "t229"."paid_clicks" AS "paid_equivalent_clicks",
  "t229"."paid_views" AS "paid_equivalent_views",
  (
    "t229"."impressions_vs_paid__first" / NULLIF("t229"."impressions_vs_paid__second", 0)
  ) * 100 AS "impressions_vs_paid",
  (
    "t229"."clicks_vs_paid__first" / NULLIF("t229"."clicks_vs_paid__second", 0)
  ) * 100 AS "clicks_vs_paid",
  (
    "t229"."views_vs_paid__first" / NULLIF("t229"."views_vs_paid__second", 0)
  ) * 100 AS "views_vs_paid",
  CASE
    WHEN "t229"."key_messages" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_messages__provenance",
  CASE
    WHEN "t229"."platforms_selected" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "platforms_selected__provenance",
  CASE
    WHEN "t229"."influencers_contacted" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_contacted__provenance",
  CASE
    WHEN "t229"."influencers_interested" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_interested__provenance",
  CASE
    WHEN (
      (
        "t229"."influencers_interested" / NULLIF("t229"."influencers_contacted", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_interested_rate__provenance",
  CASE
    WHEN "t229"."influencers_activated" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_activated__provenance",
  CASE
    WHEN "t229"."products_sent" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "products_sent__provenance",
  CASE
    WHEN "t229"."reach" IS NOT NULL
    THEN COALESCE("t229"."reach__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "reach__provenance",
  CASE
    WHEN "t229"."impressions" IS NOT NULL
    THEN COALESCE("t229"."impressions__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions__provenance",
  CASE
    WHEN "t229"."views" IS NOT NULL
    THEN COALESCE("t229"."views__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "views__provenance",
  CASE
    WHEN "t229"."impressions_with_estimates" IS NOT NULL
    THEN COALESCE("t229"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions_with_estimates__provenance",
  CASE
    WHEN (
      (
        "t229"."reach_rate__first" / NULLIF("t229"."reach_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t229"."reach_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "reach_rate__provenance",
  CASE
    WHEN "t229"."brand_mentions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_mentions__provenance",
  CASE
    WHEN (
      (
        "t229"."brand_mentions" / NULLIF("t229"."mentions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "share_of_voice__provenance",
  CASE
    WHEN (
      (
        "t229"."brand_mention_engagements" / NULLIF("t229"."mention_engagements", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "share_of_engagement__provenance",
  CASE
    WHEN "t229"."key_message_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_message_posts__provenance",
  CASE
    WHEN (
      (
        "t229"."key_message_posts" / NULLIF(CAST("t229"."posts" AS DOUBLE), 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_message_rate__provenance",
  CASE
    WHEN "t229"."posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts__provenance",
  CASE
    WHEN "t229"."posts_contracted" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts_contracted__provenance",
  CASE
    WHEN (
      (
        CAST("t229"."posts" AS DOUBLE) / NULLIF("t229"."posts_contracted", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts_delivery_rate__provenance",
  CASE
    WHEN "t229"."ugc_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "ugc_posts__provenance",
  CASE
    WHEN "t229"."likes" IS NOT NULL
    THEN COALESCE("t229"."likes__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "likes__provenance",
  CASE
    WHEN "t229"."comments" IS NOT NULL
    THEN COALESCE("t229"."comments__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "comments__provenance",
  CASE
    WHEN "t229"."shares" IS NOT NULL
    THEN COALESCE("t229"."shares__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "shares__provenance",
  CASE
    WHEN "t229"."saves" IS NOT NULL
    THEN COALESCE("t229"."saves__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "saves__provenance",
  CASE
    WHEN "t229"."engagements" IS NOT NULL
    THEN COALESCE("t229"."engagements__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagements__provenance",
  CASE
    WHEN (
      (
        "t229"."engagement_rate_reach__first" / NULLIF("t229"."engagement_rate_reach__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t229"."engagement_rate_reach__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach__provenance",
  CASE
    WHEN (
      (
        "t229"."engagement_rate_followers__first" / NULLIF("t229"."engagement_rate_followers__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t229"."engagement_rate_followers__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers__provenance",
  CASE
    WHEN "t229"."er_reach_post_mean" IS NOT NULL
    THEN COALESCE("t229"."er_reach_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_post_mean__provenance",
  CASE
    WHEN "t229"."er_reach_post_median" IS NOT NULL
    THEN COALESCE("t229"."er_reach_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_post_median__provenance",
  CASE
    WHEN "t229"."er_reach_account_mean" IS NOT NULL
    THEN COALESCE("t229"."er_reach_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_account_mean__provenance",
  CASE
    WHEN "t229"."er_reach_account_median" IS NOT NULL
    THEN COALESCE("t229"."er_reach_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_account_median__provenance",
  CASE
    WHEN "t229"."er_followers_post_mean" IS NOT NULL
    THEN COALESCE("t229"."er_followers_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_post_mean__provenance",
  CASE
    WHEN "t229"."er_followers_post_median" IS NOT NULL
    THEN COALESCE("t229"."er_followers_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_post_median__provenance",
  CASE
    WHEN "t229"."er_followers_account_mean" IS NOT NULL
    THEN COALESCE("t229"."er_followers_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_account_mean__provenance",
  CASE
    WHEN "t229"."er_followers_account_median" IS NOT NULL
    THEN COALESCE("t229"."er_followers_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_account_median__provenance",
  CASE
    WHEN (
      (
        "t229"."engagement_rate_impressions__first" / NULLIF("t229"."engagement_rate_impressions__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t229"."engagement_rate_impressions__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions__provenance",
  CASE
    WHEN "t229"."er_impressions_post_mean" IS NOT NULL
    THEN COALESCE("t229"."er_impressions_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_post_mean__provenance",
  CASE
    WHEN "t229"."er_impressions_post_median" IS NOT NULL
    THEN COALESCE("t229"."er_impressions_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_post_median__provenance",
  CASE
    WHEN "t229"."er_impressions_account_mean" IS NOT NULL
    THEN COALESCE("t229"."er_impressions_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_account_mean__provenance",
  CASE
    WHEN "t229"."er_impressions_account_median" IS NOT NULL
    THEN COALESCE("t229"."er_impressions_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_account_median__provenance",
  CASE
    WHEN (
      (
        "t229"."engagement_rate_views__first" / NULLIF("t229"."engagement_rate_views__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t229"."engagement_rate_views__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views__provenance",
  CASE
    WHEN "t229"."er_views_post_mean" IS NOT NULL
    THEN COALESCE("t229"."er_views_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_post_mean__provenance",
  CASE
    WHEN "t229"."er_views_post_median" IS NOT NULL
    THEN COALESCE("t229"."er_views_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_post_median__provenance",
  CASE
    WHEN "t229"."er_views_account_mean" IS NOT NULL
    THEN COALESCE("t229"."er_views_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_account_mean__provenance",
  CASE
    WHEN "t229"."er_views_account_median" IS NOT NULL
    THEN COALESCE("t229"."er_views_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_account_median__provenance",
  CASE
    WHEN "t229"."clicks" IS NOT NULL
    THEN COALESCE("t229"."clicks__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "platform_link_clicks__provenance",
  CASE
    WHEN "t229"."followers_gained" IS NOT NULL
    THEN COALESCE("t229"."followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "followers_gained__provenance",
  CASE
    WHEN (
      (
        "t229"."follower_growth_rate__first" / NULLIF("t229"."follower_growth_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t229"."follower_growth_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "follower_growth_rate__provenance",
  CASE
    WHEN (
      "t229"."followers_gained_above_trend__first" - "t229"."followers_gained_above_trend__second"
    ) IS NOT NULL
    THEN COALESCE("t229"."followers_gained_above_trend__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "followers_gained_above_trend__provenance",
  CASE
    WHEN "t229"."brand_followers_gained" IS NOT NULL
    THEN COALESCE("t229"."brand_followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_followers_gained__provenance",
  CASE
    WHEN (
      (
        "t229"."brand_follower_growth_rate__first" / NULLIF("t229"."brand_follower_growth_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t229"."brand_follower_growth_rate__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_follower_growth_rate__provenance",
  CASE
    WHEN (
      "t229"."brand_followers_gained_above_trend__first" - "t229"."brand_followers_gained_above_trend__second"
    ) IS NOT NULL
    THEN COALESCE("t229"."brand_followers_gained_above_trend__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_followers_gained_above_trend__provenance",
  CASE
    WHEN "t229"."link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "tracked_clicks__provenance",
  CASE
    WHEN "t229"."unique_link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "unique_clicks__provenance",
  CASE
    WHEN "t229"."bot_link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "bot_clicks__provenance",
  CASE
    WHEN (
      (
        "t229"."link_clicks" / NULLIF("t229"."impressions_with_estimates", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t229"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "click_through_rate__provenance",
  CASE
    WHEN "t229"."sessions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "sessions__provenance",
  CASE
    WHEN "t229"."new_users" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "new_users__provenance",
  CASE
    WHEN (
      (
        "t229"."bounced_sessions" / NULLIF("t229"."sessions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "bounce_rate__provenance",
  CASE
    WHEN (
      "t229"."session_seconds" / NULLIF("t229"."sessions", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "average_session_duration__provenance",
  CASE
    WHEN (
      "t229"."page_views" / NULLIF("t229"."sessions", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "pages_per_session__provenance",
  CASE
    WHEN "t229"."key_events" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "leads__provenance",
  CASE
    WHEN "t229"."orders" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "conversions__provenance",
  CASE
    WHEN (
      (
        "t229"."orders" / NULLIF("t229"."unique_link_clicks", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "conversion_rate__provenance",
  CASE
    WHEN "t229"."revenue" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "revenue__provenance",
  CASE
    WHEN (
      "t229"."revenue" / NULLIF("t229"."orders", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "average_order_value__provenance",
  CASE
    WHEN "t229"."new_customers" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "new_customers__provenance",
  CASE
    WHEN (
      "t229"."revenue" / NULLIF("t229"."cost", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_ad_spend__provenance",
  CASE
    WHEN (
      (
        (
          "t229"."revenue" - "t229"."cost"
        ) / NULLIF("t229"."cost", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_investment__provenance",
  CASE
    WHEN (
      (
        (
          "t229"."revenue" - "t229"."cost"
        ) / NULLIF("t229"."revenue", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "profitability__provenance",
  CASE
    WHEN "t229"."sponsored_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "sponsored_posts__provenance",
  CASE
    WHEN "t229"."disclosed_sponsored_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "disclosed_sponsored_posts__provenance",
  CASE
    WHEN (
      (
        "t229"."disclosed_sponsored_posts" / NULLIF("t229"."sponsored_posts", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "disclosure_rate__provenance",
  CASE
    WHEN "t229"."cost" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost__provenance",
  CASE
    WHEN (
      (
        "t229"."cost" / NULLIF("t229"."impressions_with_estimates", 0)
      ) * 1000
    ) IS NOT NULL
    THEN COALESCE("t229"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_mille__provenance",
  CASE
    WHEN (
      "t229"."cost" / NULLIF("t229"."engagements", 0)
    ) IS NOT NULL
    THEN COALESCE("t229"."engagements__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_engagement__provenance",
  CASE
    WHEN (
      "t229"."cost" / NULLIF("t229"."views", 0)
    ) IS NOT NULL
    THEN COALESCE("t229"."views__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_view__provenance",
  CASE
    WHEN (
      "t229"."cost" / NULLIF("t229"."brand_followers_gained", 0)
    ) IS NOT NULL
    THEN COALESCE("t229"."brand_followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_new_follower__provenance",
  CASE
    WHEN (
      "t229"."cost" / NULLIF("t229"."link_clicks", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_click__provenance",
  CASE
    WHEN (
      "t229"."cost" / NULLIF("t229"."orders", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_acquisition__provenance",
  CASE
    WHEN (
      "t229"."cost" / NULLIF("t229"."new_customers", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "customer_acquisition_cost__provenance",
  CASE
    WHEN (
      "t229"."cost" / NULLIF("t229"."key_events", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_lead__provenance",
  CASE
    WHEN "t229"."emv" IS NOT NULL
    THEN COALESCE("t229"."emv__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv__provenance",
  CASE
    WHEN "t229"."emv_authentic" IS NOT NULL
    THEN COALESCE("t229"."emv_authentic__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv_authentic__provenance",
  CASE
    WHEN (
      "t229"."emv" / NULLIF("t229"."cost", 0)
    ) IS NOT NULL
    THEN COALESCE("t229"."emv__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv_per_cost__provenance",
  CASE
    WHEN "t229"."paid_impressions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_impressions__provenance",
  CASE
    WHEN "t229"."paid_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_clicks__provenance",
  CASE
    WHEN "t229"."paid_views" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_views__provenance",
  CASE
    WHEN (
      (
        "t229"."impressions_vs_paid__first" / NULLIF("t229"."impressions_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t229"."impressions_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions_vs_paid__provenance",
  CASE
    WHEN (
      (
        "t229"."clicks_vs_paid__first" / NULLIF("t229"."clicks_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t229"."clicks_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "clicks_vs_paid__provenance",
  CASE
    WHEN (
      (
        "t229"."views_vs_paid__first" / NULLIF("t229"."views_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t229"."views_vs_paid__pair__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "views_vs_paid__provenance"
FROM (
  SELECT
    "t228"."week",
    "t228"."key_messages",
    "t228"."platforms_selected",
    "t228"."influencers_contacted",
    "t228"."influencers_interested",
    "t228"."influencers_activated",
    "t228"."products_sent",
    "t228"."reach",
    "t228"."impressions",
    "t228"."views",
    "t228"."impressions_with_estimates",
    "t228"."reach_rate__first",
    "t228"."reach_rate__second",
    "t228"."brand_mentions",
    "t228"."mentions",
    "t228"."brand_mention_engagements",
    "t228"."mention_engagements",
    "t228"."key_message_posts",
    "t228"."posts",
    "t228"."posts_contracted",
    "t228"."ugc_posts",
    "t228"."likes",
    "t228"."comments",
    "t228"."shares",
    "t228"."saves",
    "t228"."engagements",
    "t228"."engagement_rate_reach__first",
    "t228"."engagement_rate_reach__second",
    "t228"."engagement_rate_followers__first",
    "t228"."engagement_rate_followers__second",
    "t228"."er_reach_post_mean",
    "t228"."er_reach_post_median",
    "t228"."er_followers_post_mean",
    "t228"."er_followers_post_median",
    "t228"."engagement_rate_impressions__first",
    "t228"."engagement_rate_impressions__second",
    "t228"."er_impressions_post_mean",
    "t228"."er_impressions_post_median",
    "t228"."engagement_rate_views__first",
    "t228"."engagement_rate_views__second",
    "t228"."er_views_post_mean",
    "t228"."er_views_post_median",
    "t228"."clicks",
    "t228"."followers_gained",
    "t228"."follower_growth_rate__first",
    "t228"."follower_growth_rate__second",
    "t228"."followers_gained_above_trend__first",
    "t228"."followers_gained_above_trend__second",
    "t228"."brand_followers_gained",
    "t228"."brand_follower_growth_rate__first",
    "t228"."brand_follower_growth_rate__second",
    "t228"."brand_followers_gained_above_trend__first",
    "t228"."brand_followers_gained_above_trend__second",
    "t228"."link_clicks",
    "t228"."unique_link_clicks",
    "t228"."bot_link_clicks",
    "t228"."sessions",
    "t228"."new_users",
    "t228"."bounced_sessions",
    "t228"."session_seconds",
    "t228"."page_views",
    "t228"."key_events",
    "t228"."orders",
    "t228"."revenue",
    "t228"."new_customers",
    "t228"."cost",
    "t228"."sponsored_posts",
    "t228"."disclosed_sponsored_posts",
    "t228"."emv",
    "t228"."emv_authentic",
    "t228"."paid_impressions",
    "t228"."paid_clicks",
    "t228"."paid_views",
    "t228"."impressions_vs_paid__first",
    "t228"."impressions_vs_paid__second",
    "t228"."clicks_vs_paid__first",
    "t228"."clicks_vs_paid__second",
    "t228"."views_vs_paid__first",
    "t228"."views_vs_paid__second",
    "t228"."reach__provenance",
    "t228"."impressions__provenance",
    "t228"."views__provenance",
    "t228"."impressions_with_estimates__provenance",
    "t228"."reach_rate__pair__provenance",
    "t228"."likes__provenance",
    "t228"."comments__provenance",
    "t228"."shares__provenance",
    "t228"."saves__provenance",
    "t228"."engagements__provenance",
    "t228"."engagement_rate_reach__pair__provenance",
    "t228"."engagement_rate_followers__pair__provenance",
    "t228"."er_reach_post_mean__provenance",
    "t228"."er_followers_post_mean__provenance",
    "t228"."engagement_rate_impressions__pair__provenance",
    "t228"."er_impressions_post_mean__provenance",
    "t228"."engagement_rate_views__pair__provenance",
    "t228"."er_views_post_mean__provenance",
    "t228"."clicks__provenance",
    "t228"."followers_gained__provenance",
    "t228"."follower_growth_rate__pair__provenance",
    "t228"."followers_gained_above_trend__pair__provenance",
    "t228"."brand_followers_gained__provenance",
    "t228"."brand_follower_growth_rate__pair__provenance",
    "t228"."brand_followers_gained_above_trend__pair__provenance",
    "t228"."emv__provenance",
    "t228"."emv_authentic__provenance",
    "t228"."impressions_vs_paid__pair__provenance",
    "t228"."clicks_vs_paid__pair__provenance",
    "t228"."views_vs_paid__pair__provenance",
    "t226"."er_reach_account_mean",
    "t226"."er_reach_account_median",
    "t226"."er_followers_account_mean",
    "t226"."er_followers_account_median",
    "t226"."er_impressions_account_mean",
    "t226"."er_impressions_account_median",
    "t226"."er_views_account_mean",
    "t226"."er_views_account_median",
    "t226"."er_reach_account_mean__provenance",
    "t226"."er_reach_account_median__provenance",
    "t226"."er_followers_account_mean__provenance",
    "t226"."er_followers_account_median__provenance",
    "t226"."er_impressions_account_mean__provenance",
    "t226"."er_impressions_account_median__provenance",
    "t226"."er_views_account_mean__provenance",
    "t226"."er_views_account_median__provenance"
  FROM (
    SELECT
      "t224"."week",
      "t224"."key_messages",
      "t224"."platforms_selected",
      "t224"."influencers_contacted",
      "t224"."influencers_interested",
      "t224"."influencers_activated",
      "t224"."products_sent",
      "t224"."reach",
      "t224"."impressions",
      "t224"."views",
      "t224"."impressions_with_estimates",
      "t224"."reach_rate__first",
      "t224"."reach_rate__second",
      "t224"."brand_mentions",
      "t224"."mentions",
      "t224"."brand_mention_engagements",
      "t224"."mention_engagements",
      "t224"."key_message_posts",
      "t224"."posts",
      "t224"."posts_contracted",
      "t224"."ugc_posts",
      "t224"."likes",
      "t224"."comments",
      "t224"."shares",
      "t224"."saves",
      "t224"."engagements",
      "t224"."engagement_rate_reach__first",
      "t224"."engagement_rate_reach__second",
      "t224"."engagement_rate_followers__first",
      "t224"."engagement_rate_followers__second",
      "t224"."er_reach_post_mean",
      "t224"."er_reach_post_median",
      "t224"."er_followers_post_mean",
      "t224"."er_followers_post_median",
      "t224"."engagement_rate_impressions__first",
      "t224"."engagement_rate_impressions__second",
      "t224"."er_impressions_post_mean",
      "t224"."er_impressions_post_median",
      "t224"."engagement_rate_views__first",
      "t224"."engagement_rate_views__second",
      "t224"."er_views_post_mean",
      "t224"."er_views_post_median",
      "t224"."clicks",
      "t224"."followers_gained",
      "t224"."follower_growth_rate__first",
      "t224"."follower_growth_rate__second",
      "t224"."followers_gained_above_trend__first",
      "t224"."followers_gained_above_trend__second",
      "t224"."brand_followers_gained",
      "t224"."brand_follower_growth_rate__first",
      "t224"."brand_follower_growth_rate__second",
      "t224"."brand_followers_gained_above_trend__first",
      "t224"."brand_followers_gained_above_trend__second",
      "t224"."link_clicks",
      "t224"."unique_link_clicks",
      "t224"."bot_link_clicks",
      "t224"."sessions",
      "t224"."new_users",
      "t224"."bounced_sessions",
      "t224"."session_seconds",
      "t224"."page_views",
      "t224"."key_events",
      "t224"."orders",
      "t224"."revenue",
      "t224"."new_customers",
      "t224"."cost",
      "t224"."sponsored_posts",
      "t224"."disclosed_sponsored_posts",
      "t224"."emv",
      "t224"."emv_authentic",
      "t224"."paid_impressions",
      "t224"."paid_clicks",
      "t224"."paid_views",
      "t224"."impressions_vs_paid__first",
      "t224"."impressions_vs_paid__second",
      "t224"."clicks_vs_paid__first",
      "t224"."clicks_vs_paid__second",
      "t224"."views_vs_paid__first",
      "t224"."views_vs_paid__second",
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
      END AS "reach__provenance",
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
      END AS "impressions__provenance",
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
      END AS "views__provenance",
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
      END AS "impressions_with_estimates__provenance",
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
      END AS "reach_rate__pair__provenance",
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
      END AS "likes__provenance",
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
      END AS "comments__provenance",
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
      END AS "shares__provenance",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 16
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 16
        ) & 3
      END AS "saves__provenance",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 18
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 18
        ) & 3
      END AS "engagements__provenance",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 20
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 20
        ) & 3
      END AS "engagement_rate_reach__pair__provenance",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 22
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 22
        ) & 3
      END AS "engagement_rate_followers__pair__provenance",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 24
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 24
        ) & 3
      END AS "er_reach_post_mean__provenance",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 26
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 26
        ) & 3
      END AS "er_followers_post_mean__provenance",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 28
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 28
        ) & 3
      END AS "engagement_rate_impressions__pair__provenance",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 30
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 30
        ) & 3
      END AS "er_impressions_post_mean__provenance",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 32
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 32
        ) & 3
      END AS "engagement_rate_views__pair__provenance",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 34
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 34
        ) & 3
      END AS "er_views_post_mean__provenance",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 36
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 36
        ) & 3
      END AS "clicks__provenance",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 38
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 38
        ) & 3
      END AS "followers_gained__provenance",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 40
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 40
        ) & 3
      END AS "follower_growth_rate__pair__provenance",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 42
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 42
        ) & 3
      END AS "followers_gained_above_trend__pair__provenance",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 44
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 44
        ) & 3
      END AS "brand_followers_gained__provenance",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 46
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 46
        ) & 3
      END AS "brand_follower_growth_rate__pair__provenance",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 48
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 48
        ) & 3
      END AS "brand_followers_gained_above_trend__pair__provenance",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 50
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 50
        ) & 3
      END AS "emv__provenance",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 52
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 52
        ) & 3
      END AS "emv_authentic__provenance",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 54
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 54
        ) & 3
      END AS "impressions_vs_paid__pair__provenance",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 56
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 56
        ) & 3
      END AS "clicks_vs_paid__pair__provenance",
      CASE
        WHEN (
          (
            "t224"."ranks__0" >> 58
          ) & 3
        ) >= 2
        THEN 2
        ELSE (
          "t224"."ranks__0" >> 58
        ) & 3
      END AS "views_vs_paid__pair__provenance"
    FROM (
      SELECT
        "t219"."week",
        SUM("t219"."key_messages") AS "key_messages",
        COUNT(DISTINCT "t219"."post_platform") AS "platforms_selected",
        SUM("t219"."influencers_contacted") AS "influencers_contacted",
        SUM("t219"."influencers_interested") AS "influencers_interested",
        COUNT(DISTINCT "t219"."publishing_influencer") AS "influencers_activated",
        SUM("t219"."products_sent") AS "products_sent",
        SUM("t219"."reach") AS "reach",
        SUM("t219"."impressions") AS "impressions",
        SUM("t219"."views") AS "views",
        SUM("t219"."impressions_with_estimates") AS "impressions_with_estimates",
        SUM("t219"."reach") FILTER(WHERE
          (
            "t219"."reach" IS NOT NULL
          ) AND (
            "t219"."followers" IS NOT NULL
          )) AS "reach_rate__first",
        SUM("t219"."followers") FILTER(WHERE
          (
            "t219"."reach" IS NOT NULL
          ) AND (
            "t219"."followers" IS NOT NULL
          )) AS "reach_rate__second",
        SUM("t219"."brand_mentions") AS "brand_mentions",
        SUM("t219"."mentions") AS "mentions",
        SUM("t219"."brand_mention_engagements") AS "brand_mention_engagements",
        SUM("t219"."mention_engagements") AS "mention_engagements",
        SUM("t219"."key_message_posts") AS "key_message_posts",
        COUNT(DISTINCT "t219"."post_id") AS "posts",
        SUM("t219"."posts_contracted") AS "posts_contracted",
        COUNT(DISTINCT "t219"."ugc_post") AS "ugc_posts",
        SUM("t219"."likes") AS "likes",
        SUM("t219"."comments") AS "comments",
        SUM("t219"."shares") AS "shares",
        SUM("t219"."saves") AS "saves",
        SUM("t219"."engagements") AS "engagements",
        SUM("t219"."engagements") FILTER(WHERE
          (
            "t219"."engagements" IS NOT NULL
          ) AND (
            "t219"."reach" IS NOT NULL
          )) AS "engagement_rate_reach__first",
        SUM("t219"."reach") FILTER(WHERE
          (
            "t219"."engagements" IS NOT NULL
          ) AND (
            "t219"."reach" IS NOT NULL
          )) AS "engagement_rate_reach__second",
        SUM("t219"."engagements") FILTER(WHERE
          (
            "t219"."engagements" IS NOT NULL
          ) AND (
            "t219"."followers" IS NOT NULL
          )) AS "engagement_rate_followers__first",
        SUM("t219"."followers") FILTER(WHERE
          (
            "t219"."engagements" IS NOT NULL
          ) AND (
            "t219"."followers" IS NOT NULL
          )) AS "engagement_rate_followers__second",
        AVG("t219"."er_reach_post") AS "er_reach_post_mean",
        QUANTILE_CONT("t219"."er_reach_post", 0.5) AS "er_reach_post_median",
        AVG("t219"."er_followers_post") AS "er_followers_post_mean",
        QUANTILE_CONT("t219"."er_followers_post", 0.5) AS "er_followers_post_median",
        SUM("t219"."engagements") FILTER(WHERE
          (
            "t219"."engagements" IS NOT NULL
          ) AND (
            "t219"."impressions" IS NOT NULL
          )) AS "engagement_rate_impressions__first",
        SUM("t219"."impressions") FILTER(WHERE
          (
            "t219"."engagements" IS NOT NULL
          ) AND (
            "t219"."impressions" IS NOT NULL
          )) AS "engagement_rate_impressions__second",
        AVG("t219"."er_impressions_post") AS "er_impressions_post_mean",
        QUANTILE_CONT("t219"."er_impressions_post", 0.5) AS "er_impressions_post_median",
        SUM("t219"."engagements") FILTER(WHERE
          (
            "t219"."engagements" IS NOT NULL
          ) AND (
            "t219"."views" IS NOT NULL
          )) AS "engagement_rate_views__first",
        SUM("t219"."views") FILTER(WHERE
          (
            "t219"."engagements" IS NOT NULL
          ) AND (
            "t219"."views" IS NOT NULL
          )) AS "engagement_rate_views__second",
        AVG("t219"."er_views_post") AS "er_views_post_mean",
        QUANTILE_CONT("t219"."er_views_post", 0.5) AS "er_views_post_median",
        SUM("t219"."clicks") AS "clicks",
        SUM("t219"."followers_gained") AS "followers_gained",
        SUM("t219"."followers_gained") FILTER(WHERE
          (
            "t219"."followers_gained" IS NOT NULL
          )
          AND (
            "t219"."followers_start" IS NOT NULL
          )) AS "follower_growth_rate__first",
        SUM("t219"."followers_start") FILTER(WHERE
          (
            "t219"."followers_gained" IS NOT NULL
          )
          AND (
            "t219"."followers_start" IS NOT NULL
          )) AS "follower_growth_rate__second",
        SUM("t219"."followers_gained") FILTER(WHERE
          (
            "t219"."followers_gained" IS NOT NULL
          )
          AND (
            "t219"."followers_expected_gain" IS NOT NULL
          )) AS "followers_gained_above_trend__first",
        SUM("t219"."followers_expected_gain") FILTER(WHERE
          (
            "t219"."followers_gained" IS NOT NULL
          )
          AND (
            "t219"."followers_expected_gain" IS NOT NULL
          )) AS "followers_gained_above_trend__second",
        SUM("t219"."brand_followers_gained") AS "brand_followers_gained",
        SUM("t219"."brand_followers_gained") FILTER(WHERE
          (
            "t219"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t219"."brand_followers_start" IS NOT NULL
          )) AS "brand_follower_growth_rate__first",
        SUM("t219"."brand_followers_start") FILTER(WHERE
          (
            "t219"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t219"."brand_followers_start" IS NOT NULL
          )) AS "brand_follower_growth_rate__second",
        SUM("t219"."brand_followers_gained") FILTER(WHERE
          (
            "t219"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t219"."brand_followers_expected_gain" IS NOT NULL
          )) AS "brand_followers_gained_above_trend__first",
        SUM("t219"."brand_followers_expected_gain") FILTER(WHERE
          (
            "t219"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t219"."brand_followers_expected_gain" IS NOT NULL
          )) AS "brand_followers_gained_above_trend__second",
        SUM("t219"."link_clicks") AS "link_clicks",
        SUM("t219"."unique_link_clicks") AS "unique_link_clicks",
        SUM("t219"."bot_link_clicks") AS "bot_link_clicks",
        SUM("t219"."sessions") AS "sessions",
        SUM("t219"."new_users") AS "new_users",
        SUM("t219"."bounced_sessions") AS "bounced_sessions",
        SUM("t219"."session_seconds") AS "session_seconds",
        SUM("t219"."page_views") AS "page_views",
        SUM("t219"."key_events") AS "key_events",
        SUM("t219"."orders") AS "orders",
        SUM("t219"."revenue") AS "revenue",
        SUM("t219"."new_customers") AS "new_customers",
        SUM("t219"."cost") AS "cost",
        SUM("t219"."sponsored_posts") AS "sponsored_posts",
        SUM("t219"."disclosed_sponsored_posts") AS "disclosed_sponsored_posts",
        SUM("t219"."emv") AS "emv",
        SUM("t219"."emv_authentic") AS "emv_authentic",
        SUM("t219"."paid_impressions") AS "paid_impressions",
        SUM("t219"."paid_clicks") AS "paid_clicks",
        SUM("t219"."paid_views") AS "paid_views",
        SUM("t219"."impressions_with_estimates") FILTER(WHERE
          (
            "t219"."impressions_with_estimates" IS NOT NULL
          )
          AND (
            "t219"."paid_impressions" IS NOT NULL
          )) AS "impressions_vs_paid__first",
        SUM("t219"."paid_impressions") FILTER(WHERE
          (
            "t219"."impressions_with_estimates" IS NOT NULL
          )
          AND (
            "t219"."paid_impressions" IS NOT NULL
          )) AS "impressions_vs_paid__second",
        SUM("t219"."clicks") FILTER(WHERE
          (
            "t219"."clicks" IS NOT NULL
          ) AND (
            "t219"."paid_clicks" IS NOT NULL
          )) AS "clicks_vs_paid__first",
        SUM("t219"."paid_clicks") FILTER(WHERE
          (
            "t219"."clicks" IS NOT NULL
          ) AND (
            "t219"."paid_clicks" IS NOT NULL
          )) AS "clicks_vs_paid__second",
        SUM("t219"."views") FILTER(WHERE
          (
            "t219"."views" IS NOT NULL
          ) AND (
            "t219"."paid_views" IS NOT NULL
          )) AS "views_vs_paid__first",
        SUM("t219"."paid_views") FILTER(WHERE
          (
            "t219"."views" IS NOT NULL
          ) AND (
            "t219"."paid_views" IS NOT NULL
          )) AS "views_vs_paid__second",
        BIT_OR(
          (
            CASE
              WHEN "t219"."reach" IS NOT NULL
              THEN COALESCE("t219"."reach__provenance", 0)
              ELSE 0
            END << 0
          ) | (
            CASE
              WHEN "t219"."impressions" IS NOT NULL
              THEN COALESCE("t219"."impressions__provenance", 0)
              ELSE 0
            END << 2
          ) | (
            CASE
              WHEN "t219"."views" IS NOT NULL
              THEN COALESCE("t219"."views__provenance", 0)
              ELSE 0
            END << 4
          ) | (
            CASE
              WHEN "t219"."impressions_with_estimates" IS NOT NULL
              THEN COALESCE("t219"."impressions_with_estimates__provenance", 0)
              ELSE 0
            END << 6
          ) | (
            CASE
              WHEN (
                "t219"."reach" IS NOT NULL
              ) AND (
                "t219"."followers" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t219"."reach__provenance", -1),
                    COALESCE("t219"."followers__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 8
          ) | (
            CASE
              WHEN "t219"."likes" IS NOT NULL
              THEN COALESCE("t219"."likes__provenance", 0)
              ELSE 0
            END << 10
          ) | (
            CASE
              WHEN "t219"."comments" IS NOT NULL
              THEN COALESCE("t219"."comments__provenance", 0)
              ELSE 0
            END << 12
          ) | (
            CASE
              WHEN "t219"."shares" IS NOT NULL
              THEN COALESCE("t219"."shares__provenance", 0)
              ELSE 0
            END << 14
          ) | (
            CASE
              WHEN "t219"."saves" IS NOT NULL
              THEN COALESCE("t219"."saves__provenance", 0)
              ELSE 0
            END << 16
          ) | (
            CASE
              WHEN "t219"."engagements" IS NOT NULL
              THEN COALESCE("t219"."engagements__provenance", 0)
              ELSE 0
            END << 18
          ) | (
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
            END << 20
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
            END << 22
          ) | (
            CASE
              WHEN "t219"."er_reach_post" IS NOT NULL
              THEN COALESCE("t219"."er_reach_post__provenance", 0)
              ELSE 0
            END << 24
          ) | (
            CASE
              WHEN "t219"."er_followers_post" IS NOT NULL
              THEN COALESCE("t219"."er_followers_post__provenance", 0)
              ELSE 0
            END << 26
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
            END << 28
          ) | (
            CASE
              WHEN "t219"."er_impressions_post" IS NOT NULL
              THEN COALESCE("t219"."er_impressions_post__provenance", 0)
              ELSE 0
            END << 30
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
            END << 32
          ) | (
            CASE
              WHEN "t219"."er_views_post" IS NOT NULL
              THEN COALESCE("t219"."er_views_post__provenance", 0)
              ELSE 0
            END << 34
          ) | (
            CASE
              WHEN "t219"."clicks" IS NOT NULL
              THEN COALESCE("t219"."clicks__provenance", 0)
              ELSE 0
            END << 36
          ) | (
            CASE
              WHEN "t219"."followers_gained" IS NOT NULL
              THEN COALESCE("t219"."followers_gained__provenance", 0)
              ELSE 0
            END << 38
          ) | (
            CASE
              WHEN (
                "t219"."followers_gained" IS NOT NULL
              )
              AND (
                "t219"."followers_start" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t219"."followers_gained__provenance", -1),
                    COALESCE("t219"."followers_start__provenance", -1)
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
                "t219"."followers_gained" IS NOT NULL
              )
              AND (
                "t219"."followers_expected_gain" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t219"."followers_gained__provenance", -1),
                    COALESCE("t219"."followers_expected_gain__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 42
          ) | (
            CASE
              WHEN "t219"."brand_followers_gained" IS NOT NULL
              THEN COALESCE("t219"."brand_followers_gained__provenance", 0)
              ELSE 0
            END << 44
          ) | (
            CASE
              WHEN (
                "t219"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t219"."brand_followers_start" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t219"."brand_followers_gained__provenance", -1),
                    COALESCE("t219"."brand_followers_start__provenance", -1)
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
                "t219"."brand_followers_gained" IS NOT NULL
              )
              AND (
                "t219"."brand_followers_expected_gain" IS NOT NULL
              )
              THEN COALESCE(
                NULLIF(
                  GREATEST(
                    COALESCE("t219"."brand_followers_gained__provenance", -1),
                    COALESCE("t219"."brand_followers_expected_gain__provenance", -1)
                  ),
                  -1
                ),
                0
              )
              ELSE 0
            END << 48
          ) | (
            CASE
              WHEN "t219"."emv" IS NOT NULL
              THEN COALESCE("t219"."emv__provenance", 0)
              ELSE 0
            END << 50
          ) | (
            CASE
              WHEN "t219"."emv_authentic" IS NOT NULL
              THEN COALESCE("t219"."emv_authentic__provenance", 0)
              ELSE 0
            END << 52
          ) | (
            CASE
              WHEN (
                "t219"."impressions_with_estimates" IS NOT NULL
              )
              AND (
                "t219"."paid_impressions" IS NOT NULL
              )
              THEN COALESCE("t219"."impressions_with_estimates__provenance", 0)
              ELSE 0
            END << 54
          ) | (
            CASE
              WHEN (
                "t219"."clicks" IS NOT NULL
              ) AND (
                "t219"."paid_clicks" IS NOT NULL
              )
              THEN COALESCE("t219"."clicks__provenance", 0)
              ELSE 0
            END << 56
          ) | (
            CASE
              WHEN (
                "t219"."views" IS NOT NULL
              ) AND (
                "t219"."paid_views" IS NOT NULL
              )
              THEN COALESCE("t219"."views__provenance", 0)
              ELSE 0
            END << 58
          )
        ) AS "ranks__0"
      FROM "kpi_facts" AS "t219"
      GROUP BY
        1
    ) AS "t224"
  ) AS "t228"
  LEFT OUTER JOIN (
    SELECT
      "t223"."week",
      "t223"."er_reach_account_mean",
      "t223"."er_reach_account_median",
      "t223"."er_followers_account_mean",
      "t223"."er_followers_account_median",
      "t223"."er_impressions_account_mean",
      "t223"."er_impressions_account_median",
      "t223"."er_views_account_mean",
      "t223"."er_views_account_median",
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
      END AS "er_reach_account_mean__provenance",
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
      END AS "er_reach_account_median__provenance",
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
      END AS "er_followers_account_mean__provenance",
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
      END AS "er_followers_account_median__provenance",
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
      END AS "er_impressions_account_mean__provenance",
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
      END AS "er_impressions_account_median__provenance",
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
      END AS "er_views_account_mean__provenance",
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
      END AS "er_views_account_median__provenance"
    FROM (
      SELECT
        "t222"."week",
        AVG("t222"."er_reach_account_mean") AS "er_reach_account_mean",
        QUANTILE_CONT("t222"."er_reach_account_median", 0.5) AS "er_reach_account_median",
        AVG("t222"."er_followers_account_mean") AS "er_followers_account_mean",
        QUANTILE_CONT("t222"."er_followers_account_median", 0.5) AS "er_followers_account_median",
        AVG("t222"."er_impressions_account_mean") AS "er_impressions_account_mean",
        QUANTILE_CONT("t222"."er_impressions_account_median", 0.5) AS "er_impressions_account_median",
        AVG("t222"."er_views_account_mean") AS "er_views_account_mean",
        QUANTILE_CONT("t222"."er_views_account_median", 0.5) AS "er_views_account_median",
        BIT_OR(
          (
            CASE
              WHEN "t222"."er_reach_account_mean" IS NOT NULL
              THEN COALESCE("t222"."engagements__per__reach__r", 0)
              ELSE 0
            END << 0
          ) | (
            CASE
              WHEN "t222"."er_reach_account_median" IS NOT NULL
              THEN COALESCE("t222"."engagements__per__reach__r", 0)
              ELSE 0
            END << 2
          ) | (
            CASE
              WHEN "t222"."er_followers_account_mean" IS NOT NULL
              THEN COALESCE("t222"."engagements__per__followers__r", 0)
              ELSE 0
            END << 4
          ) | (
            CASE
              WHEN "t222"."er_followers_account_median" IS NOT NULL
              THEN COALESCE("t222"."engagements__per__followers__r", 0)
              ELSE 0
            END << 6
          ) | (
            CASE
              WHEN "t222"."er_impressions_account_mean" IS NOT NULL
              THEN COALESCE("t222"."engagements__per__impressions__r", 0)
              ELSE 0
            END << 8
          ) | (
            CASE
              WHEN "t222"."er_impressions_account_median" IS NOT NULL
              THEN COALESCE("t222"."engagements__per__impressions__r", 0)
              ELSE 0
            END << 10
          ) | (
            CASE
              WHEN "t222"."er_views_account_mean" IS NOT NULL
              THEN COALESCE("t222"."engagements__per__views__r", 0)
              ELSE 0
            END << 12
          ) | (
            CASE
              WHEN "t222"."er_views_account_median" IS NOT NULL
              THEN COALESCE("t222"."engagements__per__views__r", 0)
              ELSE 0
            END << 14
          )
        ) AS "ranks__0"
      FROM (
        SELECT
          "t221"."week",
          "t221"."account_id",
          "t221"."engagements__per__reach__n",
          "t221"."engagements__per__reach__d",
          "t221"."engagements__per__followers__n",
          "t221"."engagements__per__followers__d",
          "t221"."engagements__per__impressions__n",
          "t221"."engagements__per__impressions__d",
          "t221"."engagements__per__views__n",
          "t221"."engagements__per__views__d",
          CASE
            WHEN (
              (
                "t221"."ranks__0" >> 0
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t221"."ranks__0" >> 0
            ) & 3
          END AS "engagements__per__reach__r",
          CASE
            WHEN (
              (
                "t221"."ranks__0" >> 2
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t221"."ranks__0" >> 2
            ) & 3
          END AS "engagements__per__followers__r",
          CASE
            WHEN (
              (
                "t221"."ranks__0" >> 4
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t221"."ranks__0" >> 4
            ) & 3
          END AS "engagements__per__impressions__r",
          CASE
            WHEN (
              (
                "t221"."ranks__0" >> 6
              ) & 3
            ) >= 2
            THEN 2
            ELSE (
              "t221"."ranks__0" >> 6
            ) & 3
          END AS "engagements__per__views__r",
          (
            "t221"."engagements__per__reach__n" / NULLIF("t221"."engagements__per__reach__d", 0)
          ) * 100 AS "er_reach_account_mean",
          (
            "t221"."engagements__per__reach__n" / NULLIF("t221"."engagements__per__reach__d", 0)
          ) * 100 AS "er_reach_account_median",
          (
            "t221"."engagements__per__followers__n" / NULLIF("t221"."engagements__per__followers__d", 0)
          ) * 100 AS "er_followers_account_mean",
          (
            "t221"."engagements__per__followers__n" / NULLIF("t221"."engagements__per__followers__d", 0)
          ) * 100 AS "er_followers_account_median",
          (
            "t221"."engagements__per__impressions__n" / NULLIF("t221"."engagements__per__impressions__d", 0)
          ) * 100 AS "er_impressions_account_mean",
          (
            "t221"."engagements__per__impressions__n" / NULLIF("t221"."engagements__per__impressions__d", 0)
          ) * 100 AS "er_impressions_account_median",
          (
            "t221"."engagements__per__views__n" / NULLIF("t221"."engagements__per__views__d", 0)
          ) * 100 AS "er_views_account_mean",
          (
            "t221"."engagements__per__views__n" / NULLIF("t221"."engagements__per__views__d", 0)
          ) * 100 AS "er_views_account_median"
        FROM (
          SELECT
            "t220"."week",
            "t220"."account_id",
            SUM("t220"."engagements") FILTER(WHERE
              (
                "t220"."engagements" IS NOT NULL
              ) AND (
                "t220"."reach" IS NOT NULL
              )) AS "engagements__per__reach__n",
            SUM("t220"."reach") FILTER(WHERE
              (
                "t220"."engagements" IS NOT NULL
              ) AND (
                "t220"."reach" IS NOT NULL
              )) AS "engagements__per__reach__d",
            SUM("t220"."engagements") FILTER(WHERE
              (
                "t220"."engagements" IS NOT NULL
              ) AND (
                "t220"."followers" IS NOT NULL
              )) AS "engagements__per__followers__n",
            SUM("t220"."followers") FILTER(WHERE
              (
                "t220"."engagements" IS NOT NULL
              ) AND (
                "t220"."followers" IS NOT NULL
              )) AS "engagements__per__followers__d",
            SUM("t220"."engagements") FILTER(WHERE
              (
                "t220"."engagements" IS NOT NULL
              ) AND (
                "t220"."impressions" IS NOT NULL
              )) AS "engagements__per__impressions__n",
            SUM("t220"."impressions") FILTER(WHERE
              (
                "t220"."engagements" IS NOT NULL
              ) AND (
                "t220"."impressions" IS NOT NULL
              )) AS "engagements__per__impressions__d",
            SUM("t220"."engagements") FILTER(WHERE
              (
                "t220"."engagements" IS NOT NULL
              ) AND (
                "t220"."views" IS NOT NULL
              )) AS "engagements__per__views__n",
            SUM("t220"."views") FILTER(WHERE
              (
                "t220"."engagements" IS NOT NULL
              ) AND (
                "t220"."views" IS NOT NULL
              )) AS "engagements__per__views__d",
            BIT_OR(
              (
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
                END << 0
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
                END << 2
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
                END << 4
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
                END << 6
              )
            ) AS "ranks__0"
          FROM (
            SELECT
              *
            FROM "kpi_facts" AS "t219"
            WHERE
              "t219"."account_id" IS NOT NULL
          ) AS "t220"
          GROUP BY
            1,
            2
        ) AS "t221"
      ) AS "t222"
      GROUP BY
        1
    ) AS "t223"
  ) AS "t226"
    ON "t228"."week" IS NOT DISTINCT FROM "t226"."week"
) AS "t229"
ORDER BY
  "t229"."week" ASC
