WITH "t78" AS (
  SELECT
    CAST("t48"."campaign_id" AS BIGINT) AS "campaign_id",
    CAST("t15"."name" AS TEXT) AS "campaign",
    CAST("t48"."influencer_id" AS BIGINT) AS "influencer_id",
    CAST("t48"."amount" AS DOUBLE) AS "amount",
    "t48"."incurred_on"
  FROM (
    SELECT
      *
    FROM "cost" AS "t10"
    WHERE
      "t10"."campaign_id" IN (1)
  ) AS "t48"
  INNER JOIN "campaign" AS "t15"
    ON "t48"."campaign_id" = "t15"."id"
), "t80" AS (
  SELECT
    CAST("t50"."campaign_id" AS BIGINT) AS "campaign_id",
    CAST("t16"."name" AS TEXT) AS "campaign",
    CAST("t46"."id" AS BIGINT) AS "influencer_id",
    CAST("t46"."name" AS TEXT) AS "influencer",
    CAST("t24"."id" AS BIGINT) AS "account_id",
    CAST("t24"."platform" AS TEXT) AS "platform",
    CAST("t50"."format" AS TEXT) AS "format",
    CAST("t50"."id" AS BIGINT) AS "post_id",
    "t50"."published_on" AS "day",
    "t46"."country",
    CAST("t50"."caption" AS TEXT) AS "caption",
    "t50"."sponsored"
  FROM (
    SELECT
      *
    FROM "post" AS "t11"
    WHERE
      "t11"."campaign_id" IS NOT NULL AND "t11"."campaign_id" IN (1)
  ) AS "t50"
  INNER JOIN "account" AS "t24"
    ON "t50"."account_id" = "t24"."id"
  INNER JOIN (
    SELECT
      *
    FROM "influencer" AS "t3"
    WHERE
      NOT (
        "t3"."is_brand"
      )
  ) AS "t46"
    ON "t24"."influencer_id" = "t46"."id"
  INNER JOIN "campaign" AS "t16"
    ON "t50"."campaign_id" = "t16"."id"
), "t147" AS (
  SELECT
    *
  FROM (
    SELECT
      "t137"."campaign_id",
      "t137"."campaign",
      "t137"."influencer_id",
      "t137"."influencer",
      "t137"."account_id",
      "t137"."platform",
      "t137"."is_brand",
      "t137"."day",
      "t137"."start_at",
      "t137"."end_at",
      "t59"."followers",
      "t59"."at",
      "t59"."rank"
    FROM (
      SELECT
        "t117"."campaign_id",
        CAST("t15"."name" AS TEXT) AS "campaign",
        CAST("t19"."id" AS BIGINT) AS "influencer_id",
        CAST("t19"."name" AS TEXT) AS "influencer",
        "t117"."account_id",
        CAST("t25"."platform" AS TEXT) AS "platform",
        "t117"."is_brand",
        "t15"."end_date" AS "day",
        EPOCH(CAST(CAST("t15"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "start_at",
        EPOCH(CAST(CAST("t15"."end_date" AS TIMESTAMPTZ) AS TIMESTAMP)) + 86400 AS "end_at"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t102"."campaign_id",
            "t102"."account_id",
            FALSE AS "is_brand"
          FROM (
            SELECT DISTINCT
              "t88"."campaign_id",
              "t88"."account_id"
            FROM (
              SELECT
                CAST("t49"."campaign_id" AS BIGINT) AS "campaign_id",
                CAST("t16"."name" AS TEXT) AS "campaign",
                CAST("t46"."id" AS BIGINT) AS "influencer_id",
                CAST("t46"."name" AS TEXT) AS "influencer",
                CAST("t24"."id" AS BIGINT) AS "account_id",
                CAST("t24"."platform" AS TEXT) AS "platform",
                CAST("t49"."format" AS TEXT) AS "format",
                CAST("t49"."id" AS BIGINT) AS "post_id",
                "t49"."published_on" AS "day",
                "t46"."country",
                CAST("t49"."caption" AS TEXT) AS "caption",
                "t49"."sponsored"
              FROM (
                SELECT
                  *
                FROM "post" AS "t11"
                WHERE
                  "t11"."campaign_id" IS NOT NULL
              ) AS "t49"
              INNER JOIN "account" AS "t24"
                ON "t49"."account_id" = "t24"."id"
              INNER JOIN (
                SELECT
                  *
                FROM "influencer" AS "t3"
                WHERE
                  NOT (
                    "t3"."is_brand"
                  )
              ) AS "t46"
                ON "t24"."influencer_id" = "t46"."id"
              INNER JOIN "campaign" AS "t16"
                ON "t49"."campaign_id" = "t16"."id"
            ) AS "t88"
          ) AS "t102"
        ) AS "t107"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            CAST("t17"."id" AS BIGINT) AS "campaign_id",
            CAST("t25"."id" AS BIGINT) AS "account_id",
            TRUE AS "is_brand"
          FROM "campaign" AS "t17"
          INNER JOIN (
            SELECT
              *
            FROM "influencer" AS "t3"
            WHERE
              "t3"."is_brand"
          ) AS "t35"
            ON "t35"."workspace_id" = "t17"."workspace_id"
          INNER JOIN "account" AS "t25"
            ON "t25"."influencer_id" = "t35"."id"
        ) AS "t68"
      ) AS "t117"
      INNER JOIN "campaign" AS "t15"
        ON "t117"."campaign_id" = "t15"."id"
      INNER JOIN "account" AS "t25"
        ON "t117"."account_id" = "t25"."id"
      INNER JOIN "influencer" AS "t19"
        ON "t25"."influencer_id" = "t19"."id"
    ) AS "t137"
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
    ) AS "t59"
      ON "t137"."account_id" = "t59"."account_id"
  ) AS "t146"
  WHERE
    "t146"."at" <= "t146"."end_at"
)
SELECT
  "t217"."week",
  "t217"."key_messages",
  "t217"."platforms_selected",
  "t217"."influencers_contacted",
  "t217"."influencers_interested",
  (
    "t217"."influencers_interested" / NULLIF("t217"."influencers_contacted", 0)
  ) * 100 AS "influencers_interested_rate",
  "t217"."influencers_activated",
  "t217"."products_sent",
  "t217"."reach",
  "t217"."impressions",
  "t217"."views",
  "t217"."impressions_with_estimates",
  (
    "t217"."reach_rate__first" / NULLIF("t217"."reach_rate__second", 0)
  ) * 100 AS "reach_rate",
  "t217"."brand_mentions",
  (
    "t217"."brand_mentions" / NULLIF("t217"."mentions", 0)
  ) * 100 AS "share_of_voice",
  (
    "t217"."brand_mention_engagements" / NULLIF("t217"."mention_engagements", 0)
  ) * 100 AS "share_of_engagement",
  "t217"."key_message_posts",
  (
    "t217"."key_message_posts" / NULLIF(CAST("t217"."posts" AS DOUBLE), 0)
  ) * 100 AS "key_message_rate",
  "t217"."posts",
  "t217"."posts_contracted",
  (
    CAST("t217"."posts" AS DOUBLE) / NULLIF("t217"."posts_contracted", 0)
  ) * 100 AS "posts_delivery_rate",
  "t217"."ugc_posts",
  "t217"."likes",
  "t217"."comments",
  "t217"."shares",
  "t217"."saves",
  "t217"."engagements",
  (
    "t217"."engagement_rate_reach__first" / NULLIF("t217"."engagement_rate_reach__second", 0)
  ) * 100 AS "engagement_rate_reach",
  (
    "t217"."engagement_rate_followers__first" / NULLIF("t217"."engagement_rate_followers__second", 0)
  ) * 100 AS "engagement_rate_followers",
  "t217"."er_reach_post_mean" AS "engagement_rate_reach_post_mean",
  "t217"."er_reach_post_median" AS "engagement_rate_reach_post_median",
  "t217"."er_reach_account_mean" AS "engagement_rate_reach_account_mean",
  "t217"."er_reach_account_median" AS "engagement_rate_reach_account_median",
  "t217"."er_followers_post_mean" AS "engagement_rate_followers_post_mean",
  "t217"."er_followers_post_median" AS "engagement_rate_followers_post_median",
  "t217"."er_followers_account_mean" AS "engagement_rate_followers_account_mean",
  "t217"."er_followers_account_median" AS "engagement_rate_followers_account_median",
  (
    "t217"."engagement_rate_impressions__first" / NULLIF("t217"."engagement_rate_impressions__second", 0)
  ) * 100 AS "engagement_rate_impressions",
  "t217"."er_impressions_post_mean" AS "engagement_rate_impressions_post_mean",
  "t217"."er_impressions_post_median" AS "engagement_rate_impressions_post_median",
  "t217"."er_impressions_account_mean" AS "engagement_rate_impressions_account_mean",
  "t217"."er_impressions_account_median" AS "engagement_rate_impressions_account_median",
  (
    "t217"."engagement_rate_views__first" / NULLIF("t217"."engagement_rate_views__second", 0)
  ) * 100 AS "engagement_rate_views",
  "t217"."er_views_post_mean" AS "engagement_rate_views_post_mean",
  "t217"."er_views_post_median" AS "engagement_rate_views_post_median",
  "t217"."er_views_account_mean" AS "engagement_rate_views_account_mean",
  "t217"."er_views_account_median" AS "engagement_rate_views_account_median",
  "t217"."clicks" AS "platform_link_clicks",
  "t217"."followers_gained",
  (
    "t217"."follower_growth_rate__first" / NULLIF("t217"."follower_growth_rate__second", 0)
  ) * 100 AS "follower_growth_rate",
  "t217"."followers_gained_above_trend__first" - "t217"."followers_gained_above_trend__second" AS "followers_gained_above_trend",
  "t217"."brand_followers_gained",
  (
    "t217"."brand_follower_growth_rate__first" / NULLIF("t217"."brand_follower_growth_rate__second", 0)
  ) * 100 AS "brand_follower_growth_rate",
  "t217"."brand_followers_gained_above_trend__first" - "t217"."brand_followers_gained_above_trend__second" AS "brand_followers_gained_above_trend",
  "t217"."link_clicks" AS "tracked_clicks",
  "t217"."unique_link_clicks" AS "unique_clicks",
  "t217"."bot_link_clicks" AS "bot_clicks",
  (
    "t217"."link_clicks" / NULLIF("t217"."impressions_with_estimates", 0)
  ) * 100 AS "click_through_rate",
  "t217"."sessions",
  "t217"."new_users",
  (
    "t217"."bounced_sessions" / NULLIF("t217"."sessions", 0)
  ) * 100 AS "bounce_rate",
  "t217"."session_seconds" / NULLIF("t217"."sessions", 0) AS "average_session_duration",
  "t217"."page_views" / NULLIF("t217"."sessions", 0) AS "pages_per_session",
  "t217"."key_events" AS "leads",
  "t217"."orders" AS "conversions",
  (
    "t217"."orders" / NULLIF("t217"."unique_link_clicks", 0)
  ) * 100 AS "conversion_rate",
  "t217"."revenue",
  "t217"."revenue" / NULLIF("t217"."orders", 0) AS "average_order_value",
  "t217"."new_customers",
  "t217"."revenue" / NULLIF("t217"."cost", 0) AS "return_on_ad_spend",
  (
    (
      "t217"."revenue" - "t217"."cost"
    ) / NULLIF("t217"."cost", 0)
  ) * 100 AS "return_on_investment",
  (
    (
      "t217"."revenue" - "t217"."cost"
    ) / NULLIF("t217"."revenue", 0)
  ) * 100 AS "profitability",
  "t217"."sponsored_posts",
  "t217"."disclosed_sponsored_posts",
  (
    "t217"."disclosed_sponsored_posts" / NULLIF("t217"."sponsored_posts", 0)
  ) * 100 AS "disclosure_rate",
  "t217"."cost",
  (
    "t217"."cost" / NULLIF("t217"."impressions_with_estimates", 0)
  ) * 1000 AS "cost_per_mille",
  "t217"."cost" / NULLIF("t217"."engagements", 0) AS "cost_per_engagement",
  "t217"."cost" / NULLIF("t217"."views", 0) AS "cost_per_view",
  "t217"."cost" / NULLIF("t217"."brand_followers_gained", 0) AS "cost_per_new_follower",
  "t217"."cost" / NULLIF("t217"."link_clicks", 0) AS "cost_per_click",
  "t217"."cost" / NULLIF("t217"."orders", 0) AS "cost_per_acquisition",
  "t217"."cost" / NULLIF("t217"."new_customers", 0) AS "customer_acquisition_cost",
  "t217"."cost" / NULLIF("t217"."key_events", 0) AS "cost_per_lead",
  "t217"."emv",
  "t217"."emv_authentic",
  "t217"."emv" / NULLIF("t217"."cost", 0) AS "emv_per_cost",
  "t217"."paid_impressions" AS "paid_equivalent_impressions",
  "t217"."paid_clicks" AS "paid_equivalent_clicks",
  "t217"."paid_views" AS "paid_equivalent_views",
  (
    "t217"."impressions_vs_paid__first" / NULLIF("t217"."impressions_vs_paid__second", 0)
  ) * 100 AS "impressions_vs_paid",
  (
    "t217"."clicks_vs_paid__first" / NULLIF("t217"."clicks_vs_paid__second", 0)
  ) * 100 AS "clicks_vs_paid",
  (
    "t217"."views_vs_paid__first" / NULLIF("t217"."views_vs_paid__second", 0)
  ) * 100 AS "views_vs_paid",
  CASE
    WHEN "t217"."key_messages" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_messages__provenance",
  CASE
    WHEN "t217"."platforms_selected" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "platforms_selected__provenance",
  CASE
    WHEN "t217"."influencers_contacted" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_contacted__provenance",
  CASE
    WHEN "t217"."influencers_interested" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_interested__provenance",
  CASE
    WHEN (
      (
        "t217"."influencers_interested" / NULLIF("t217"."influencers_contacted", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_interested_rate__provenance",
  CASE
    WHEN "t217"."influencers_activated" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_activated__provenance",
  CASE
    WHEN "t217"."products_sent" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "products_sent__provenance",
  CASE
    WHEN "t217"."reach" IS NOT NULL
    THEN COALESCE("t217"."reach__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "reach__provenance",
  CASE
    WHEN "t217"."impressions" IS NOT NULL
    THEN COALESCE("t217"."impressions__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions__provenance",
  CASE
    WHEN "t217"."views" IS NOT NULL
    THEN COALESCE("t217"."views__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "views__provenance",
  CASE
    WHEN "t217"."impressions_with_estimates" IS NOT NULL
    THEN COALESCE("t217"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions_with_estimates__provenance",
  CASE
    WHEN (
      (
        "t217"."reach_rate__first" / NULLIF("t217"."reach_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(
      NULLIF(
        GREATEST(
          COALESCE("t217"."reach_rate__first__provenance", -1),
          COALESCE("t217"."reach_rate__second__provenance", -1)
        ),
        -1
      ),
      0
    )
    ELSE CAST(NULL AS BIGINT)
  END AS "reach_rate__provenance",
  CASE
    WHEN "t217"."brand_mentions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_mentions__provenance",
  CASE
    WHEN (
      (
        "t217"."brand_mentions" / NULLIF("t217"."mentions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "share_of_voice__provenance",
  CASE
    WHEN (
      (
        "t217"."brand_mention_engagements" / NULLIF("t217"."mention_engagements", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "share_of_engagement__provenance",
  CASE
    WHEN "t217"."key_message_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_message_posts__provenance",
  CASE
    WHEN (
      (
        "t217"."key_message_posts" / NULLIF(CAST("t217"."posts" AS DOUBLE), 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_message_rate__provenance",
  CASE
    WHEN "t217"."posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts__provenance",
  CASE
    WHEN "t217"."posts_contracted" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts_contracted__provenance",
  CASE
    WHEN (
      (
        CAST("t217"."posts" AS DOUBLE) / NULLIF("t217"."posts_contracted", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts_delivery_rate__provenance",
  CASE
    WHEN "t217"."ugc_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "ugc_posts__provenance",
  CASE
    WHEN "t217"."likes" IS NOT NULL
    THEN COALESCE("t217"."likes__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "likes__provenance",
  CASE
    WHEN "t217"."comments" IS NOT NULL
    THEN COALESCE("t217"."comments__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "comments__provenance",
  CASE
    WHEN "t217"."shares" IS NOT NULL
    THEN COALESCE("t217"."shares__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "shares__provenance",
  CASE
    WHEN "t217"."saves" IS NOT NULL
    THEN COALESCE("t217"."saves__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "saves__provenance",
  CASE
    WHEN "t217"."engagements" IS NOT NULL
    THEN COALESCE("t217"."engagements__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagements__provenance",
  CASE
    WHEN (
      (
        "t217"."engagement_rate_reach__first" / NULLIF("t217"."engagement_rate_reach__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(
      NULLIF(
        GREATEST(
          COALESCE("t217"."engagement_rate_reach__first__provenance", -1),
          COALESCE("t217"."engagement_rate_reach__second__provenance", -1)
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
        "t217"."engagement_rate_followers__first" / NULLIF("t217"."engagement_rate_followers__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(
      NULLIF(
        GREATEST(
          COALESCE("t217"."engagement_rate_followers__first__provenance", -1),
          COALESCE("t217"."engagement_rate_followers__second__provenance", -1)
        ),
        -1
      ),
      0
    )
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers__provenance",
  CASE
    WHEN "t217"."er_reach_post_mean" IS NOT NULL
    THEN COALESCE("t217"."er_reach_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_post_mean__provenance",
  CASE
    WHEN "t217"."er_reach_post_median" IS NOT NULL
    THEN COALESCE("t217"."er_reach_post_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_post_median__provenance",
  CASE
    WHEN "t217"."er_reach_account_mean" IS NOT NULL
    THEN COALESCE("t217"."er_reach_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_account_mean__provenance",
  CASE
    WHEN "t217"."er_reach_account_median" IS NOT NULL
    THEN COALESCE("t217"."er_reach_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_account_median__provenance",
  CASE
    WHEN "t217"."er_followers_post_mean" IS NOT NULL
    THEN COALESCE("t217"."er_followers_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_post_mean__provenance",
  CASE
    WHEN "t217"."er_followers_post_median" IS NOT NULL
    THEN COALESCE("t217"."er_followers_post_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_post_median__provenance",
  CASE
    WHEN "t217"."er_followers_account_mean" IS NOT NULL
    THEN COALESCE("t217"."er_followers_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_account_mean__provenance",
  CASE
    WHEN "t217"."er_followers_account_median" IS NOT NULL
    THEN COALESCE("t217"."er_followers_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_account_median__provenance",
  CASE
    WHEN (
      (
        "t217"."engagement_rate_impressions__first" / NULLIF("t217"."engagement_rate_impressions__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(
      NULLIF(
        GREATEST(
          COALESCE("t217"."engagement_rate_impressions__first__provenance", -1),
          COALESCE("t217"."engagement_rate_impressions__second__provenance", -1)
        ),
        -1
      ),
      0
    )
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions__provenance",
  CASE
    WHEN "t217"."er_impressions_post_mean" IS NOT NULL
    THEN COALESCE("t217"."er_impressions_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_post_mean__provenance",
  CASE
    WHEN "t217"."er_impressions_post_median" IS NOT NULL
    THEN COALESCE("t217"."er_impressions_post_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_post_median__provenance",
  CASE
    WHEN "t217"."er_impressions_account_mean" IS NOT NULL
    THEN COALESCE("t217"."er_impressions_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_account_mean__provenance",
  CASE
    WHEN "t217"."er_impressions_account_median" IS NOT NULL
    THEN COALESCE("t217"."er_impressions_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_account_median__provenance",
  CASE
    WHEN (
      (
        "t217"."engagement_rate_views__first" / NULLIF("t217"."engagement_rate_views__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(
      NULLIF(
        GREATEST(
          COALESCE("t217"."engagement_rate_views__first__provenance", -1),
          COALESCE("t217"."engagement_rate_views__second__provenance", -1)
        ),
        -1
      ),
      0
    )
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views__provenance",
  CASE
    WHEN "t217"."er_views_post_mean" IS NOT NULL
    THEN COALESCE("t217"."er_views_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_post_mean__provenance",
  CASE
    WHEN "t217"."er_views_post_median" IS NOT NULL
    THEN COALESCE("t217"."er_views_post_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_post_median__provenance",
  CASE
    WHEN "t217"."er_views_account_mean" IS NOT NULL
    THEN COALESCE("t217"."er_views_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_account_mean__provenance",
  CASE
    WHEN "t217"."er_views_account_median" IS NOT NULL
    THEN COALESCE("t217"."er_views_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_account_median__provenance",
  CASE
    WHEN "t217"."clicks" IS NOT NULL
    THEN COALESCE("t217"."clicks__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "platform_link_clicks__provenance",
  CASE
    WHEN "t217"."followers_gained" IS NOT NULL
    THEN COALESCE("t217"."followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "followers_gained__provenance",
  CASE
    WHEN (
      (
        "t217"."follower_growth_rate__first" / NULLIF("t217"."follower_growth_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(
      NULLIF(
        GREATEST(
          COALESCE("t217"."follower_growth_rate__first__provenance", -1),
          COALESCE("t217"."follower_growth_rate__second__provenance", -1)
        ),
        -1
      ),
      0
    )
    ELSE CAST(NULL AS BIGINT)
  END AS "follower_growth_rate__provenance",
  CASE
    WHEN (
      "t217"."followers_gained_above_trend__first" - "t217"."followers_gained_above_trend__second"
    ) IS NOT NULL
    THEN COALESCE(
      NULLIF(
        GREATEST(
          COALESCE("t217"."followers_gained_above_trend__first__provenance", -1),
          COALESCE("t217"."followers_gained_above_trend__second__provenance", -1)
        ),
        -1
      ),
      0
    )
    ELSE CAST(NULL AS BIGINT)
  END AS "followers_gained_above_trend__provenance",
  CASE
    WHEN "t217"."brand_followers_gained" IS NOT NULL
    THEN COALESCE("t217"."brand_followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_followers_gained__provenance",
  CASE
    WHEN (
      (
        "t217"."brand_follower_growth_rate__first" / NULLIF("t217"."brand_follower_growth_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(
      NULLIF(
        GREATEST(
          COALESCE("t217"."brand_follower_growth_rate__first__provenance", -1),
          COALESCE("t217"."brand_follower_growth_rate__second__provenance", -1)
        ),
        -1
      ),
      0
    )
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_follower_growth_rate__provenance",
  CASE
    WHEN (
      "t217"."brand_followers_gained_above_trend__first" - "t217"."brand_followers_gained_above_trend__second"
    ) IS NOT NULL
    THEN COALESCE(
      NULLIF(
        GREATEST(
          COALESCE("t217"."brand_followers_gained_above_trend__first__provenance", -1),
          COALESCE("t217"."brand_followers_gained_above_trend__second__provenance", -1)
        ),
        -1
      ),
      0
    )
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_followers_gained_above_trend__provenance",
  CASE
    WHEN "t217"."link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "tracked_clicks__provenance",
  CASE
    WHEN "t217"."unique_link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "unique_clicks__provenance",
  CASE
    WHEN "t217"."bot_link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "bot_clicks__provenance",
  CASE
    WHEN (
      (
        "t217"."link_clicks" / NULLIF("t217"."impressions_with_estimates", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t217"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "click_through_rate__provenance",
  CASE
    WHEN "t217"."sessions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "sessions__provenance",
  CASE
    WHEN "t217"."new_users" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "new_users__provenance",
  CASE
    WHEN (
      (
        "t217"."bounced_sessions" / NULLIF("t217"."sessions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "bounce_rate__provenance",
  CASE
    WHEN (
      "t217"."session_seconds" / NULLIF("t217"."sessions", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "average_session_duration__provenance",
  CASE
    WHEN (
      "t217"."page_views" / NULLIF("t217"."sessions", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "pages_per_session__provenance",
  CASE
    WHEN "t217"."key_events" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "leads__provenance",
  CASE
    WHEN "t217"."orders" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "conversions__provenance",
  CASE
    WHEN (
      (
        "t217"."orders" / NULLIF("t217"."unique_link_clicks", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "conversion_rate__provenance",
  CASE
    WHEN "t217"."revenue" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "revenue__provenance",
  CASE
    WHEN (
      "t217"."revenue" / NULLIF("t217"."orders", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "average_order_value__provenance",
  CASE
    WHEN "t217"."new_customers" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "new_customers__provenance",
  CASE
    WHEN (
      "t217"."revenue" / NULLIF("t217"."cost", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_ad_spend__provenance",
  CASE
    WHEN (
      (
        (
          "t217"."revenue" - "t217"."cost"
        ) / NULLIF("t217"."cost", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_investment__provenance",
  CASE
    WHEN (
      (
        (
          "t217"."revenue" - "t217"."cost"
        ) / NULLIF("t217"."revenue", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "profitability__provenance",
  CASE
    WHEN "t217"."sponsored_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "sponsored_posts__provenance",
  CASE
    WHEN "t217"."disclosed_sponsored_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "disclosed_sponsored_posts__provenance",
  CASE
    WHEN (
      (
        "t217"."disclosed_sponsored_posts" / NULLIF("t217"."sponsored_posts", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "disclosure_rate__provenance",
  CASE
    WHEN "t217"."cost" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost__provenance",
  CASE
    WHEN (
      (
        "t217"."cost" / NULLIF("t217"."impressions_with_estimates", 0)
      ) * 1000
    ) IS NOT NULL
    THEN COALESCE("t217"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_mille__provenance",
  CASE
    WHEN (
      "t217"."cost" / NULLIF("t217"."engagements", 0)
    ) IS NOT NULL
    THEN COALESCE("t217"."engagements__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_engagement__provenance",
  CASE
    WHEN (
      "t217"."cost" / NULLIF("t217"."views", 0)
    ) IS NOT NULL
    THEN COALESCE("t217"."views__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_view__provenance",
  CASE
    WHEN (
      "t217"."cost" / NULLIF("t217"."brand_followers_gained", 0)
    ) IS NOT NULL
    THEN COALESCE("t217"."brand_followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_new_follower__provenance",
  CASE
    WHEN (
      "t217"."cost" / NULLIF("t217"."link_clicks", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_click__provenance",
  CASE
    WHEN (
      "t217"."cost" / NULLIF("t217"."orders", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_acquisition__provenance",
  CASE
    WHEN (
      "t217"."cost" / NULLIF("t217"."new_customers", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "customer_acquisition_cost__provenance",
  CASE
    WHEN (
      "t217"."cost" / NULLIF("t217"."key_events", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_lead__provenance",
  CASE
    WHEN "t217"."emv" IS NOT NULL
    THEN COALESCE("t217"."emv__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv__provenance",
  CASE
    WHEN "t217"."emv_authentic" IS NOT NULL
    THEN COALESCE("t217"."emv_authentic__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv_authentic__provenance",
  CASE
    WHEN (
      "t217"."emv" / NULLIF("t217"."cost", 0)
    ) IS NOT NULL
    THEN COALESCE("t217"."emv__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv_per_cost__provenance",
  CASE
    WHEN "t217"."paid_impressions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_impressions__provenance",
  CASE
    WHEN "t217"."paid_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_clicks__provenance",
  CASE
    WHEN "t217"."paid_views" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_views__provenance",
  CASE
    WHEN (
      (
        "t217"."impressions_vs_paid__first" / NULLIF("t217"."impressions_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t217"."impressions_vs_paid__first__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions_vs_paid__provenance",
  CASE
    WHEN (
      (
        "t217"."clicks_vs_paid__first" / NULLIF("t217"."clicks_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t217"."clicks_vs_paid__first__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "clicks_vs_paid__provenance",
  CASE
    WHEN (
      (
        "t217"."views_vs_paid__first" / NULLIF("t217"."views_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t217"."views_vs_paid__first__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "views_vs_paid__provenance"
FROM (
  SELECT
    "t212"."week",
    "t212"."key_messages",
    "t212"."platforms_selected",
    "t212"."influencers_contacted",
    "t212"."influencers_interested",
    "t212"."influencers_activated",
    "t212"."products_sent",
    "t212"."reach",
    "t212"."reach__provenance",
    "t212"."impressions",
    "t212"."impressions__provenance",
    "t212"."views",
    "t212"."views__provenance",
    "t212"."impressions_with_estimates",
    "t212"."impressions_with_estimates__provenance",
    "t212"."reach_rate__first",
    "t212"."reach_rate__first__provenance",
    "t212"."reach_rate__second",
    "t212"."reach_rate__second__provenance",
    "t212"."brand_mentions",
    "t212"."mentions",
    "t212"."brand_mention_engagements",
    "t212"."mention_engagements",
    "t212"."key_message_posts",
    "t212"."posts",
    "t212"."posts_contracted",
    "t212"."ugc_posts",
    "t212"."likes",
    "t212"."likes__provenance",
    "t212"."comments",
    "t212"."comments__provenance",
    "t212"."shares",
    "t212"."shares__provenance",
    "t212"."saves",
    "t212"."saves__provenance",
    "t212"."engagements",
    "t212"."engagements__provenance",
    "t212"."engagement_rate_reach__first",
    "t212"."engagement_rate_reach__first__provenance",
    "t212"."engagement_rate_reach__second",
    "t212"."engagement_rate_reach__second__provenance",
    "t212"."engagement_rate_followers__first",
    "t212"."engagement_rate_followers__first__provenance",
    "t212"."engagement_rate_followers__second",
    "t212"."engagement_rate_followers__second__provenance",
    "t212"."er_reach_post_mean",
    "t212"."er_reach_post_mean__provenance",
    "t212"."er_reach_post_median",
    "t212"."er_reach_post_median__provenance",
    "t212"."er_followers_post_mean",
    "t212"."er_followers_post_mean__provenance",
    "t212"."er_followers_post_median",
    "t212"."er_followers_post_median__provenance",
    "t212"."engagement_rate_impressions__first",
    "t212"."engagement_rate_impressions__first__provenance",
    "t212"."engagement_rate_impressions__second",
    "t212"."engagement_rate_impressions__second__provenance",
    "t212"."er_impressions_post_mean",
    "t212"."er_impressions_post_mean__provenance",
    "t212"."er_impressions_post_median",
    "t212"."er_impressions_post_median__provenance",
    "t212"."engagement_rate_views__first",
    "t212"."engagement_rate_views__first__provenance",
    "t212"."engagement_rate_views__second",
    "t212"."engagement_rate_views__second__provenance",
    "t212"."er_views_post_mean",
    "t212"."er_views_post_mean__provenance",
    "t212"."er_views_post_median",
    "t212"."er_views_post_median__provenance",
    "t212"."clicks",
    "t212"."clicks__provenance",
    "t212"."followers_gained",
    "t212"."followers_gained__provenance",
    "t212"."follower_growth_rate__first",
    "t212"."follower_growth_rate__first__provenance",
    "t212"."follower_growth_rate__second",
    "t212"."follower_growth_rate__second__provenance",
    "t212"."followers_gained_above_trend__first",
    "t212"."followers_gained_above_trend__first__provenance",
    "t212"."followers_gained_above_trend__second",
    "t212"."followers_gained_above_trend__second__provenance",
    "t212"."brand_followers_gained",
    "t212"."brand_followers_gained__provenance",
    "t212"."brand_follower_growth_rate__first",
    "t212"."brand_follower_growth_rate__first__provenance",
    "t212"."brand_follower_growth_rate__second",
    "t212"."brand_follower_growth_rate__second__provenance",
    "t212"."brand_followers_gained_above_trend__first",
    "t212"."brand_followers_gained_above_trend__first__provenance",
    "t212"."brand_followers_gained_above_trend__second",
    "t212"."brand_followers_gained_above_trend__second__provenance",
    "t212"."link_clicks",
    "t212"."unique_link_clicks",
    "t212"."bot_link_clicks",
    "t212"."sessions",
    "t212"."new_users",
    "t212"."bounced_sessions",
    "t212"."session_seconds",
    "t212"."page_views",
    "t212"."key_events",
    "t212"."orders",
    "t212"."revenue",
    "t212"."new_customers",
    "t212"."cost",
    "t212"."sponsored_posts",
    "t212"."disclosed_sponsored_posts",
    "t212"."emv",
    "t212"."emv__provenance",
    "t212"."emv_authentic",
    "t212"."emv_authentic__provenance",
    "t212"."paid_impressions",
    "t212"."paid_clicks",
    "t212"."paid_views",
    "t212"."impressions_vs_paid__first",
    "t212"."impressions_vs_paid__first__provenance",
    "t212"."impressions_vs_paid__second",
    "t212"."clicks_vs_paid__first",
    "t212"."clicks_vs_paid__first__provenance",
    "t212"."clicks_vs_paid__second",
    "t212"."views_vs_paid__first",
    "t212"."views_vs_paid__first__provenance",
    "t212"."views_vs_paid__second",
    "t216"."er_reach_account_mean",
    "t216"."er_reach_account_mean__provenance",
    "t216"."er_reach_account_median",
    "t216"."er_reach_account_median__provenance",
    "t216"."er_followers_account_mean",
    "t216"."er_followers_account_mean__provenance",
    "t216"."er_followers_account_median",
    "t216"."er_followers_account_median__provenance",
    "t216"."er_impressions_account_mean",
    "t216"."er_impressions_account_mean__provenance",
    "t216"."er_impressions_account_median",
    "t216"."er_impressions_account_median__provenance",
    "t216"."er_views_account_mean",
    "t216"."er_views_account_mean__provenance",
    "t216"."er_views_account_median",
    "t216"."er_views_account_median__provenance"
  FROM (
    SELECT
      "t209"."week",
      SUM("t209"."key_messages") AS "key_messages",
      COUNT(DISTINCT "t209"."post_platform") AS "platforms_selected",
      SUM("t209"."influencers_contacted") AS "influencers_contacted",
      SUM("t209"."influencers_interested") AS "influencers_interested",
      COUNT(DISTINCT "t209"."publishing_influencer") AS "influencers_activated",
      SUM("t209"."products_sent") AS "products_sent",
      SUM("t209"."reach") AS "reach",
      MAX("t209"."reach__provenance") FILTER(WHERE
        "t209"."reach" IS NOT NULL) AS "reach__provenance",
      SUM("t209"."impressions") AS "impressions",
      MAX("t209"."impressions__provenance") FILTER(WHERE
        "t209"."impressions" IS NOT NULL) AS "impressions__provenance",
      SUM("t209"."views") AS "views",
      MAX("t209"."views__provenance") FILTER(WHERE
        "t209"."views" IS NOT NULL) AS "views__provenance",
      SUM("t209"."impressions_with_estimates") AS "impressions_with_estimates",
      MAX("t209"."impressions_with_estimates__provenance") FILTER(WHERE
        "t209"."impressions_with_estimates" IS NOT NULL) AS "impressions_with_estimates__provenance",
      SUM("t209"."reach") FILTER(WHERE
        (
          "t209"."reach" IS NOT NULL
        ) AND (
          "t209"."followers" IS NOT NULL
        )) AS "reach_rate__first",
      MAX("t209"."reach__provenance") FILTER(WHERE
        (
          "t209"."reach" IS NOT NULL
        )
        AND (
          (
            "t209"."reach" IS NOT NULL
          ) AND (
            "t209"."followers" IS NOT NULL
          )
        )) AS "reach_rate__first__provenance",
      SUM("t209"."followers") FILTER(WHERE
        (
          "t209"."reach" IS NOT NULL
        ) AND (
          "t209"."followers" IS NOT NULL
        )) AS "reach_rate__second",
      MAX("t209"."followers__provenance") FILTER(WHERE
        (
          "t209"."followers" IS NOT NULL
        )
        AND (
          (
            "t209"."reach" IS NOT NULL
          ) AND (
            "t209"."followers" IS NOT NULL
          )
        )) AS "reach_rate__second__provenance",
      SUM("t209"."brand_mentions") AS "brand_mentions",
      SUM("t209"."mentions") AS "mentions",
      SUM("t209"."brand_mention_engagements") AS "brand_mention_engagements",
      SUM("t209"."mention_engagements") AS "mention_engagements",
      SUM("t209"."key_message_posts") AS "key_message_posts",
      COUNT(DISTINCT "t209"."post_id") AS "posts",
      SUM("t209"."posts_contracted") AS "posts_contracted",
      COUNT(DISTINCT "t209"."ugc_post") AS "ugc_posts",
      SUM("t209"."likes") AS "likes",
      MAX("t209"."likes__provenance") FILTER(WHERE
        "t209"."likes" IS NOT NULL) AS "likes__provenance",
      SUM("t209"."comments") AS "comments",
      MAX("t209"."comments__provenance") FILTER(WHERE
        "t209"."comments" IS NOT NULL) AS "comments__provenance",
      SUM("t209"."shares") AS "shares",
      MAX("t209"."shares__provenance") FILTER(WHERE
        "t209"."shares" IS NOT NULL) AS "shares__provenance",
      SUM("t209"."saves") AS "saves",
      MAX("t209"."saves__provenance") FILTER(WHERE
        "t209"."saves" IS NOT NULL) AS "saves__provenance",
      SUM("t209"."engagements") AS "engagements",
      MAX("t209"."engagements__provenance") FILTER(WHERE
        "t209"."engagements" IS NOT NULL) AS "engagements__provenance",
      SUM("t209"."engagements") FILTER(WHERE
        (
          "t209"."engagements" IS NOT NULL
        ) AND (
          "t209"."reach" IS NOT NULL
        )) AS "engagement_rate_reach__first",
      MAX("t209"."engagements__provenance") FILTER(WHERE
        (
          "t209"."engagements" IS NOT NULL
        )
        AND (
          (
            "t209"."engagements" IS NOT NULL
          ) AND (
            "t209"."reach" IS NOT NULL
          )
        )) AS "engagement_rate_reach__first__provenance",
      SUM("t209"."reach") FILTER(WHERE
        (
          "t209"."engagements" IS NOT NULL
        ) AND (
          "t209"."reach" IS NOT NULL
        )) AS "engagement_rate_reach__second",
      MAX("t209"."reach__provenance") FILTER(WHERE
        (
          "t209"."reach" IS NOT NULL
        )
        AND (
          (
            "t209"."engagements" IS NOT NULL
          ) AND (
            "t209"."reach" IS NOT NULL
          )
        )) AS "engagement_rate_reach__second__provenance",
      SUM("t209"."engagements") FILTER(WHERE
        (
          "t209"."engagements" IS NOT NULL
        ) AND (
          "t209"."followers" IS NOT NULL
        )) AS "engagement_rate_followers__first",
      MAX("t209"."engagements__provenance") FILTER(WHERE
        (
          "t209"."engagements" IS NOT NULL
        )
        AND (
          (
            "t209"."engagements" IS NOT NULL
          ) AND (
            "t209"."followers" IS NOT NULL
          )
        )) AS "engagement_rate_followers__first__provenance",
      SUM("t209"."followers") FILTER(WHERE
        (
          "t209"."engagements" IS NOT NULL
        ) AND (
          "t209"."followers" IS NOT NULL
        )) AS "engagement_rate_followers__second",
      MAX("t209"."followers__provenance") FILTER(WHERE
        (
          "t209"."followers" IS NOT NULL
        )
        AND (
          (
            "t209"."engagements" IS NOT NULL
          ) AND (
            "t209"."followers" IS NOT NULL
          )
        )) AS "engagement_rate_followers__second__provenance",
      AVG("t209"."er_reach_post") AS "er_reach_post_mean",
      MAX("t209"."er_reach_post__provenance") FILTER(WHERE
        "t209"."er_reach_post" IS NOT NULL) AS "er_reach_post_mean__provenance",
      QUANTILE_CONT("t209"."er_reach_post", 0.5) AS "er_reach_post_median",
      MAX("t209"."er_reach_post__provenance") FILTER(WHERE
        "t209"."er_reach_post" IS NOT NULL) AS "er_reach_post_median__provenance",
      AVG("t209"."er_followers_post") AS "er_followers_post_mean",
      MAX("t209"."er_followers_post__provenance") FILTER(WHERE
        "t209"."er_followers_post" IS NOT NULL) AS "er_followers_post_mean__provenance",
      QUANTILE_CONT("t209"."er_followers_post", 0.5) AS "er_followers_post_median",
      MAX("t209"."er_followers_post__provenance") FILTER(WHERE
        "t209"."er_followers_post" IS NOT NULL) AS "er_followers_post_median__provenance",
      SUM("t209"."engagements") FILTER(WHERE
        (
          "t209"."engagements" IS NOT NULL
        ) AND (
          "t209"."impressions" IS NOT NULL
        )) AS "engagement_rate_impressions__first",
      MAX("t209"."engagements__provenance") FILTER(WHERE
        (
          "t209"."engagements" IS NOT NULL
        )
        AND (
          (
            "t209"."engagements" IS NOT NULL
          ) AND (
            "t209"."impressions" IS NOT NULL
          )
        )) AS "engagement_rate_impressions__first__provenance",
      SUM("t209"."impressions") FILTER(WHERE
        (
          "t209"."engagements" IS NOT NULL
        ) AND (
          "t209"."impressions" IS NOT NULL
        )) AS "engagement_rate_impressions__second",
      MAX("t209"."impressions__provenance") FILTER(WHERE
        (
          "t209"."impressions" IS NOT NULL
        )
        AND (
          (
            "t209"."engagements" IS NOT NULL
          ) AND (
            "t209"."impressions" IS NOT NULL
          )
        )) AS "engagement_rate_impressions__second__provenance",
      AVG("t209"."er_impressions_post") AS "er_impressions_post_mean",
      MAX("t209"."er_impressions_post__provenance") FILTER(WHERE
        "t209"."er_impressions_post" IS NOT NULL) AS "er_impressions_post_mean__provenance",
      QUANTILE_CONT("t209"."er_impressions_post", 0.5) AS "er_impressions_post_median",
      MAX("t209"."er_impressions_post__provenance") FILTER(WHERE
        "t209"."er_impressions_post" IS NOT NULL) AS "er_impressions_post_median__provenance",
      SUM("t209"."engagements") FILTER(WHERE
        (
          "t209"."engagements" IS NOT NULL
        ) AND (
          "t209"."views" IS NOT NULL
        )) AS "engagement_rate_views__first",
      MAX("t209"."engagements__provenance") FILTER(WHERE
        (
          "t209"."engagements" IS NOT NULL
        )
        AND (
          (
            "t209"."engagements" IS NOT NULL
          ) AND (
            "t209"."views" IS NOT NULL
          )
        )) AS "engagement_rate_views__first__provenance",
      SUM("t209"."views") FILTER(WHERE
        (
          "t209"."engagements" IS NOT NULL
        ) AND (
          "t209"."views" IS NOT NULL
        )) AS "engagement_rate_views__second",
      MAX("t209"."views__provenance") FILTER(WHERE
        (
          "t209"."views" IS NOT NULL
        )
        AND (
          (
            "t209"."engagements" IS NOT NULL
          ) AND (
            "t209"."views" IS NOT NULL
          )
        )) AS "engagement_rate_views__second__provenance",
      AVG("t209"."er_views_post") AS "er_views_post_mean",
      MAX("t209"."er_views_post__provenance") FILTER(WHERE
        "t209"."er_views_post" IS NOT NULL) AS "er_views_post_mean__provenance",
      QUANTILE_CONT("t209"."er_views_post", 0.5) AS "er_views_post_median",
      MAX("t209"."er_views_post__provenance") FILTER(WHERE
        "t209"."er_views_post" IS NOT NULL) AS "er_views_post_median__provenance",
      SUM("t209"."clicks") AS "clicks",
      MAX("t209"."clicks__provenance") FILTER(WHERE
        "t209"."clicks" IS NOT NULL) AS "clicks__provenance",
      SUM("t209"."followers_gained") AS "followers_gained",
      MAX("t209"."followers_gained__provenance") FILTER(WHERE
        "t209"."followers_gained" IS NOT NULL) AS "followers_gained__provenance",
      SUM("t209"."followers_gained") FILTER(WHERE
        (
          "t209"."followers_gained" IS NOT NULL
        )
        AND (
          "t209"."followers_start" IS NOT NULL
        )) AS "follower_growth_rate__first",
      MAX("t209"."followers_gained__provenance") FILTER(WHERE
        (
          "t209"."followers_gained" IS NOT NULL
        )
        AND (
          (
            "t209"."followers_gained" IS NOT NULL
          )
          AND (
            "t209"."followers_start" IS NOT NULL
          )
        )) AS "follower_growth_rate__first__provenance",
      SUM("t209"."followers_start") FILTER(WHERE
        (
          "t209"."followers_gained" IS NOT NULL
        )
        AND (
          "t209"."followers_start" IS NOT NULL
        )) AS "follower_growth_rate__second",
      MAX("t209"."followers_start__provenance") FILTER(WHERE
        (
          "t209"."followers_start" IS NOT NULL
        )
        AND (
          (
            "t209"."followers_gained" IS NOT NULL
          )
          AND (
            "t209"."followers_start" IS NOT NULL
          )
        )) AS "follower_growth_rate__second__provenance",
      SUM("t209"."followers_gained") FILTER(WHERE
        (
          "t209"."followers_gained" IS NOT NULL
        )
        AND (
          "t209"."followers_expected_gain" IS NOT NULL
        )) AS "followers_gained_above_trend__first",
      MAX("t209"."followers_gained__provenance") FILTER(WHERE
        (
          "t209"."followers_gained" IS NOT NULL
        )
        AND (
          (
            "t209"."followers_gained" IS NOT NULL
          )
          AND (
            "t209"."followers_expected_gain" IS NOT NULL
          )
        )) AS "followers_gained_above_trend__first__provenance",
      SUM("t209"."followers_expected_gain") FILTER(WHERE
        (
          "t209"."followers_gained" IS NOT NULL
        )
        AND (
          "t209"."followers_expected_gain" IS NOT NULL
        )) AS "followers_gained_above_trend__second",
      MAX("t209"."followers_expected_gain__provenance") FILTER(WHERE
        (
          "t209"."followers_expected_gain" IS NOT NULL
        )
        AND (
          (
            "t209"."followers_gained" IS NOT NULL
          )
          AND (
            "t209"."followers_expected_gain" IS NOT NULL
          )
        )) AS "followers_gained_above_trend__second__provenance",
      SUM("t209"."brand_followers_gained") AS "brand_followers_gained",
      MAX("t209"."brand_followers_gained__provenance") FILTER(WHERE
        "t209"."brand_followers_gained" IS NOT NULL) AS "brand_followers_gained__provenance",
      SUM("t209"."brand_followers_gained") FILTER(WHERE
        (
          "t209"."brand_followers_gained" IS NOT NULL
        )
        AND (
          "t209"."brand_followers_start" IS NOT NULL
        )) AS "brand_follower_growth_rate__first",
      MAX("t209"."brand_followers_gained__provenance") FILTER(WHERE
        (
          "t209"."brand_followers_gained" IS NOT NULL
        )
        AND (
          (
            "t209"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t209"."brand_followers_start" IS NOT NULL
          )
        )) AS "brand_follower_growth_rate__first__provenance",
      SUM("t209"."brand_followers_start") FILTER(WHERE
        (
          "t209"."brand_followers_gained" IS NOT NULL
        )
        AND (
          "t209"."brand_followers_start" IS NOT NULL
        )) AS "brand_follower_growth_rate__second",
      MAX("t209"."brand_followers_start__provenance") FILTER(WHERE
        (
          "t209"."brand_followers_start" IS NOT NULL
        )
        AND (
          (
            "t209"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t209"."brand_followers_start" IS NOT NULL
          )
        )) AS "brand_follower_growth_rate__second__provenance",
      SUM("t209"."brand_followers_gained") FILTER(WHERE
        (
          "t209"."brand_followers_gained" IS NOT NULL
        )
        AND (
          "t209"."brand_followers_expected_gain" IS NOT NULL
        )) AS "brand_followers_gained_above_trend__first",
      MAX("t209"."brand_followers_gained__provenance") FILTER(WHERE
        (
          "t209"."brand_followers_gained" IS NOT NULL
        )
        AND (
          (
            "t209"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t209"."brand_followers_expected_gain" IS NOT NULL
          )
        )) AS "brand_followers_gained_above_trend__first__provenance",
      SUM("t209"."brand_followers_expected_gain") FILTER(WHERE
        (
          "t209"."brand_followers_gained" IS NOT NULL
        )
        AND (
          "t209"."brand_followers_expected_gain" IS NOT NULL
        )) AS "brand_followers_gained_above_trend__second",
      MAX("t209"."brand_followers_expected_gain__provenance") FILTER(WHERE
        (
          "t209"."brand_followers_expected_gain" IS NOT NULL
        )
        AND (
          (
            "t209"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t209"."brand_followers_expected_gain" IS NOT NULL
          )
        )) AS "brand_followers_gained_above_trend__second__provenance",
      SUM("t209"."link_clicks") AS "link_clicks",
      SUM("t209"."unique_link_clicks") AS "unique_link_clicks",
      SUM("t209"."bot_link_clicks") AS "bot_link_clicks",
      SUM("t209"."sessions") AS "sessions",
      SUM("t209"."new_users") AS "new_users",
      SUM("t209"."bounced_sessions") AS "bounced_sessions",
      SUM("t209"."session_seconds") AS "session_seconds",
      SUM("t209"."page_views") AS "page_views",
      SUM("t209"."key_events") AS "key_events",
      SUM("t209"."orders") AS "orders",
      SUM("t209"."revenue") AS "revenue",
      SUM("t209"."new_customers") AS "new_customers",
      SUM("t209"."cost") AS "cost",
      SUM("t209"."sponsored_posts") AS "sponsored_posts",
      SUM("t209"."disclosed_sponsored_posts") AS "disclosed_sponsored_posts",
      SUM("t209"."emv") AS "emv",
      MAX("t209"."emv__provenance") FILTER(WHERE
        "t209"."emv" IS NOT NULL) AS "emv__provenance",
      SUM("t209"."emv_authentic") AS "emv_authentic",
      MAX("t209"."emv_authentic__provenance") FILTER(WHERE
        "t209"."emv_authentic" IS NOT NULL) AS "emv_authentic__provenance",
      SUM("t209"."paid_impressions") AS "paid_impressions",
      SUM("t209"."paid_clicks") AS "paid_clicks",
      SUM("t209"."paid_views") AS "paid_views",
      SUM("t209"."impressions_with_estimates") FILTER(WHERE
        (
          "t209"."impressions_with_estimates" IS NOT NULL
        )
        AND (
          "t209"."paid_impressions" IS NOT NULL
        )) AS "impressions_vs_paid__first",
      MAX("t209"."impressions_with_estimates__provenance") FILTER(WHERE
        (
          "t209"."impressions_with_estimates" IS NOT NULL
        )
        AND (
          (
            "t209"."impressions_with_estimates" IS NOT NULL
          )
          AND (
            "t209"."paid_impressions" IS NOT NULL
          )
        )) AS "impressions_vs_paid__first__provenance",
      SUM("t209"."paid_impressions") FILTER(WHERE
        (
          "t209"."impressions_with_estimates" IS NOT NULL
        )
        AND (
          "t209"."paid_impressions" IS NOT NULL
        )) AS "impressions_vs_paid__second",
      SUM("t209"."clicks") FILTER(WHERE
        (
          "t209"."clicks" IS NOT NULL
        ) AND (
          "t209"."paid_clicks" IS NOT NULL
        )) AS "clicks_vs_paid__first",
      MAX("t209"."clicks__provenance") FILTER(WHERE
        (
          "t209"."clicks" IS NOT NULL
        )
        AND (
          (
            "t209"."clicks" IS NOT NULL
          ) AND (
            "t209"."paid_clicks" IS NOT NULL
          )
        )) AS "clicks_vs_paid__first__provenance",
      SUM("t209"."paid_clicks") FILTER(WHERE
        (
          "t209"."clicks" IS NOT NULL
        ) AND (
          "t209"."paid_clicks" IS NOT NULL
        )) AS "clicks_vs_paid__second",
      SUM("t209"."views") FILTER(WHERE
        (
          "t209"."views" IS NOT NULL
        ) AND (
          "t209"."paid_views" IS NOT NULL
        )) AS "views_vs_paid__first",
      MAX("t209"."views__provenance") FILTER(WHERE
        (
          "t209"."views" IS NOT NULL
        )
        AND (
          (
            "t209"."views" IS NOT NULL
          ) AND (
            "t209"."paid_views" IS NOT NULL
          )
        )) AS "views_vs_paid__first__provenance",
      SUM("t209"."paid_views") FILTER(WHERE
        (
          "t209"."views" IS NOT NULL
        ) AND (
          "t209"."paid_views" IS NOT NULL
        )) AS "views_vs_paid__second"
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
        "t208"."paid_rate",
        (
          "t208"."cost" / (
            CASE
              WHEN "t208"."platform" = 'tiktok'
              THEN 7.5
              WHEN "t208"."platform" = 'youtube'
              THEN 3.53
              ELSE 19.8
            END * "t208"."paid_rate"
          )
        ) * 1000 AS "paid_impressions",
        CAST(NULL AS DOUBLE) AS "paid_engagements",
        "t208"."cost" / (
          CASE
            WHEN "t208"."platform" = 'tiktok'
            THEN CAST(NULL AS DOUBLE)
            WHEN "t208"."platform" = 'youtube'
            THEN CAST(NULL AS DOUBLE)
            ELSE 1.88
          END * "t208"."paid_rate"
        ) AS "paid_clicks",
        "t208"."cost" / (
          CASE WHEN "t208"."platform" = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * "t208"."paid_rate"
        ) AS "paid_views",
        DATE_TRUNC('WEEK', "t208"."day") AS "week"
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
          "t206"."emv_rate",
          "t206"."inauthentic_share",
          "t206"."emv",
          "t206"."emv__provenance",
          "t206"."emv_authentic",
          "t206"."emv_authentic__provenance",
          "t143"."paid_rate"
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
            "t203"."inauthentic_share",
            CASE
              WHEN (
                "t203"."post_id" IS NOT NULL
              )
              AND (
                (
                  (
                    (
                      COALESCE("t203"."impressions", "t203"."views") * CASE WHEN "t203"."platform" = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                    ) / 1000
                  ) IS NOT NULL
                )
                OR (
                  (
                    CASE
                      WHEN "t203"."platform" = 'instagram'
                      THEN 0.07
                      WHEN "t203"."platform" = 'tiktok'
                      THEN 0.09
                      WHEN "t203"."platform" = 'youtube'
                      THEN 0.08
                      ELSE CAST(NULL AS DOUBLE)
                    END * "t203"."likes"
                  ) IS NOT NULL
                )
                OR (
                  (
                    CASE
                      WHEN "t203"."platform" = 'instagram'
                      THEN 3.46
                      WHEN "t203"."platform" = 'tiktok'
                      THEN 3.52
                      WHEN "t203"."platform" = 'youtube'
                      THEN 6.99
                      ELSE CAST(NULL AS DOUBLE)
                    END * "t203"."comments"
                  ) IS NOT NULL
                )
                OR (
                  (
                    CASE WHEN "t203"."platform" = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * "t203"."shares"
                  ) IS NOT NULL
                )
              )
              THEN (
                COALESCE(
                  (
                    COALESCE("t203"."impressions", "t203"."views") * CASE WHEN "t203"."platform" = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                  ) / 1000,
                  0
                ) + COALESCE(
                  CASE
                    WHEN "t203"."platform" = 'instagram'
                    THEN 0.07
                    WHEN "t203"."platform" = 'tiktok'
                    THEN 0.09
                    WHEN "t203"."platform" = 'youtube'
                    THEN 0.08
                    ELSE CAST(NULL AS DOUBLE)
                  END * "t203"."likes",
                  0
                ) + COALESCE(
                  CASE
                    WHEN "t203"."platform" = 'instagram'
                    THEN 3.46
                    WHEN "t203"."platform" = 'tiktok'
                    THEN 3.52
                    WHEN "t203"."platform" = 'youtube'
                    THEN 6.99
                    ELSE CAST(NULL AS DOUBLE)
                  END * "t203"."comments",
                  0
                ) + COALESCE(
                  CASE WHEN "t203"."platform" = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * "t203"."shares",
                  0
                )
              ) * "t203"."emv_rate"
              ELSE CAST(NULL AS DOUBLE)
            END AS "emv",
            NULLIF(
              GREATEST(
                COALESCE("t203"."impressions__provenance", -1),
                COALESCE("t203"."views__provenance", -1),
                COALESCE("t203"."engagements__provenance", -1)
              ),
              -1
            ) AS "emv__provenance",
            CASE
              WHEN (
                "t203"."post_id" IS NOT NULL
              )
              AND (
                (
                  (
                    (
                      COALESCE("t203"."impressions", "t203"."views") * CASE WHEN "t203"."platform" = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                    ) / 1000
                  ) IS NOT NULL
                )
                OR (
                  (
                    CASE
                      WHEN "t203"."platform" = 'instagram'
                      THEN 0.07
                      WHEN "t203"."platform" = 'tiktok'
                      THEN 0.09
                      WHEN "t203"."platform" = 'youtube'
                      THEN 0.08
                      ELSE CAST(NULL AS DOUBLE)
                    END * "t203"."likes"
                  ) IS NOT NULL
                )
                OR (
                  (
                    CASE
                      WHEN "t203"."platform" = 'instagram'
                      THEN 3.46
                      WHEN "t203"."platform" = 'tiktok'
                      THEN 3.52
                      WHEN "t203"."platform" = 'youtube'
                      THEN 6.99
                      ELSE CAST(NULL AS DOUBLE)
                    END * "t203"."comments"
                  ) IS NOT NULL
                )
                OR (
                  (
                    CASE WHEN "t203"."platform" = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * "t203"."shares"
                  ) IS NOT NULL
                )
              )
              THEN (
                COALESCE(
                  (
                    COALESCE("t203"."impressions", "t203"."views") * CASE WHEN "t203"."platform" = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                  ) / 1000,
                  0
                ) + COALESCE(
                  CASE
                    WHEN "t203"."platform" = 'instagram'
                    THEN 0.07
                    WHEN "t203"."platform" = 'tiktok'
                    THEN 0.09
                    WHEN "t203"."platform" = 'youtube'
                    THEN 0.08
                    ELSE CAST(NULL AS DOUBLE)
                  END * "t203"."likes",
                  0
                ) + COALESCE(
                  CASE
                    WHEN "t203"."platform" = 'instagram'
                    THEN 3.46
                    WHEN "t203"."platform" = 'tiktok'
                    THEN 3.52
                    WHEN "t203"."platform" = 'youtube'
                    THEN 6.99
                    ELSE CAST(NULL AS DOUBLE)
                  END * "t203"."comments",
                  0
                ) + COALESCE(
                  CASE WHEN "t203"."platform" = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * "t203"."shares",
                  0
                )
              ) * "t203"."emv_rate" * (
                1 - COALESCE("t203"."inauthentic_share", 0)
              )
              ELSE CAST(NULL AS DOUBLE)
            END AS "emv_authentic",
            NULLIF(
              GREATEST(
                COALESCE(
                  NULLIF(
                    GREATEST(
                      COALESCE("t203"."impressions__provenance", -1),
                      COALESCE("t203"."views__provenance", -1),
                      COALESCE("t203"."engagements__provenance", -1)
                    ),
                    -1
                  ),
                  -1
                ),
                COALESCE(CASE WHEN "t203"."inauthentic_share" > 0 THEN 2 ELSE CAST(NULL AS BIGINT) END, -1)
              ),
              -1
            ) AS "emv_authentic__provenance"
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
              "t201"."cost",
              "t201"."key_message_posts",
              "t201"."ugc_post",
              "t201"."mentions",
              "t201"."brand_mentions",
              "t201"."mention_engagements",
              "t201"."brand_mention_engagements",
              "t201"."followers_start",
              "t201"."followers_gained",
              "t201"."followers_expected_gain",
              "t201"."followers_start__provenance",
              "t201"."followers_gained__provenance",
              "t201"."followers_expected_gain__provenance",
              "t201"."brand_followers_start",
              "t201"."brand_followers_gained",
              "t201"."brand_followers_expected_gain",
              "t201"."brand_followers_start__provenance",
              "t201"."brand_followers_gained__provenance",
              "t201"."brand_followers_expected_gain__provenance",
              "t201"."influencers_contacted",
              "t201"."influencers_interested",
              "t201"."posts_contracted",
              "t201"."products_sent",
              "t201"."link_clicks",
              "t201"."unique_link_clicks",
              "t201"."bot_link_clicks",
              "t201"."sessions",
              "t201"."new_users",
              "t201"."engaged_sessions",
              "t201"."bounced_sessions",
              "t201"."session_seconds",
              "t201"."page_views",
              "t201"."key_events",
              "t201"."orders",
              "t201"."revenue",
              "t201"."new_customers",
              "t201"."key_messages",
              "t201"."emv_rate",
              "t31"."inauthentic_share"
            FROM (
              SELECT
                "t198"."campaign_id",
                "t198"."campaign",
                "t198"."influencer_id",
                "t198"."influencer",
                "t198"."account_id",
                "t198"."platform",
                "t198"."format",
                "t198"."post_id",
                "t198"."day",
                "t198"."reach",
                "t198"."impressions",
                "t198"."views",
                "t198"."likes",
                "t198"."comments",
                "t198"."shares",
                "t198"."saves",
                "t198"."clicks",
                "t198"."reach__provenance",
                "t198"."impressions__provenance",
                "t198"."views__provenance",
                "t198"."likes__provenance",
                "t198"."comments__provenance",
                "t198"."shares__provenance",
                "t198"."saves__provenance",
                "t198"."clicks__provenance",
                "t198"."followers",
                "t198"."followers__provenance",
                "t198"."engagements",
                "t198"."engagements__provenance",
                "t198"."impressions_with_estimates",
                "t198"."impressions_with_estimates__provenance",
                "t198"."er_reach_post",
                "t198"."er_followers_post",
                "t198"."er_impressions_post",
                "t198"."er_views_post",
                "t198"."er_reach_post__provenance",
                "t198"."er_followers_post__provenance",
                "t198"."er_impressions_post__provenance",
                "t198"."er_views_post__provenance",
                "t198"."post_platform",
                "t198"."publishing_influencer",
                "t198"."sponsored_posts",
                "t198"."disclosed_sponsored_posts",
                "t198"."cost",
                "t198"."key_message_posts",
                "t198"."ugc_post",
                "t198"."mentions",
                "t198"."brand_mentions",
                "t198"."mention_engagements",
                "t198"."brand_mention_engagements",
                "t198"."followers_start",
                "t198"."followers_gained",
                "t198"."followers_expected_gain",
                "t198"."followers_start__provenance",
                "t198"."followers_gained__provenance",
                "t198"."followers_expected_gain__provenance",
                "t198"."brand_followers_start",
                "t198"."brand_followers_gained",
                "t198"."brand_followers_expected_gain",
                "t198"."brand_followers_start__provenance",
                "t198"."brand_followers_gained__provenance",
                "t198"."brand_followers_expected_gain__provenance",
                "t198"."influencers_contacted",
                "t198"."influencers_interested",
                "t198"."posts_contracted",
                "t198"."products_sent",
                "t198"."link_clicks",
                "t198"."unique_link_clicks",
                "t198"."bot_link_clicks",
                "t198"."sessions",
                "t198"."new_users",
                "t198"."engaged_sessions",
                "t198"."bounced_sessions",
                "t198"."session_seconds",
                "t198"."page_views",
                "t198"."key_events",
                "t198"."orders",
                "t198"."revenue",
                "t198"."new_customers",
                "t198"."key_messages",
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
                                    "t185"."campaign_id",
                                    "t185"."campaign",
                                    "t185"."influencer_id",
                                    "t185"."influencer",
                                    "t185"."account_id",
                                    "t185"."platform",
                                    "t185"."format",
                                    "t185"."post_id",
                                    "t185"."day",
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
                                    CAST("t185"."followers__provenance" AS BIGINT) AS "followers__provenance",
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
                                    CAST("t185"."publishing_influencer" AS DOUBLE) AS "publishing_influencer",
                                    "t185"."sponsored_posts",
                                    "t185"."disclosed_sponsored_posts",
                                    "t185"."cost",
                                    "t185"."key_message_posts",
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
                                      "t176"."campaign_id",
                                      "t176"."campaign",
                                      "t176"."influencer_id",
                                      "t176"."influencer",
                                      "t176"."account_id",
                                      "t176"."platform",
                                      "t176"."format",
                                      "t176"."post_id",
                                      "t176"."day",
                                      "t176"."country",
                                      "t176"."caption",
                                      "t176"."sponsored",
                                      "t176"."reach",
                                      "t176"."impressions",
                                      "t176"."views",
                                      "t176"."likes",
                                      "t176"."comments",
                                      "t176"."shares",
                                      "t176"."saves",
                                      "t176"."clicks",
                                      "t176"."reach__provenance",
                                      "t176"."impressions__provenance",
                                      "t176"."views__provenance",
                                      "t176"."likes__provenance",
                                      "t176"."comments__provenance",
                                      "t176"."shares__provenance",
                                      "t176"."saves__provenance",
                                      "t176"."clicks__provenance",
                                      "t176"."followers",
                                      "t176"."followers__provenance",
                                      "t176"."engagements",
                                      "t176"."engagements__provenance",
                                      "t176"."impressions_with_estimates",
                                      "t176"."impressions_with_estimates__provenance",
                                      "t176"."er_reach_post",
                                      "t176"."er_followers_post",
                                      "t176"."er_impressions_post",
                                      "t176"."er_views_post",
                                      "t176"."er_reach_post__provenance",
                                      "t176"."er_followers_post__provenance",
                                      "t176"."er_impressions_post__provenance",
                                      "t176"."er_views_post__provenance",
                                      "t176"."post_platform",
                                      "t176"."publishing_influencer",
                                      "t176"."sponsored_posts",
                                      "t176"."disclosed_sponsored_posts",
                                      "t176"."cost",
                                      "t184"."key_message_posts"
                                    FROM (
                                      SELECT
                                        "t164"."campaign_id",
                                        "t164"."campaign",
                                        "t164"."influencer_id",
                                        "t164"."influencer",
                                        "t164"."account_id",
                                        "t164"."platform",
                                        "t164"."format",
                                        "t164"."post_id",
                                        "t164"."day",
                                        "t164"."country",
                                        "t164"."caption",
                                        "t164"."sponsored",
                                        "t164"."reach",
                                        "t164"."impressions",
                                        "t164"."views",
                                        "t164"."likes",
                                        "t164"."comments",
                                        "t164"."shares",
                                        "t164"."saves",
                                        "t164"."clicks",
                                        "t164"."reach__provenance",
                                        "t164"."impressions__provenance",
                                        "t164"."views__provenance",
                                        "t164"."likes__provenance",
                                        "t164"."comments__provenance",
                                        "t164"."shares__provenance",
                                        "t164"."saves__provenance",
                                        "t164"."clicks__provenance",
                                        "t164"."followers",
                                        "t164"."followers__provenance",
                                        "t164"."engagements",
                                        "t164"."engagements__provenance",
                                        "t164"."impressions_with_estimates",
                                        "t164"."impressions_with_estimates__provenance",
                                        "t164"."er_reach_post",
                                        "t164"."er_followers_post",
                                        "t164"."er_impressions_post",
                                        "t164"."er_views_post",
                                        "t164"."er_reach_post__provenance",
                                        "t164"."er_followers_post__provenance",
                                        "t164"."er_impressions_post__provenance",
                                        "t164"."er_views_post__provenance",
                                        "t164"."post_platform",
                                        "t164"."publishing_influencer",
                                        "t164"."sponsored_posts",
                                        "t164"."disclosed_sponsored_posts",
                                        "t139"."cost"
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
                                          "t149"."engagements",
                                          "t149"."engagements__provenance",
                                          COALESCE(
                                            COALESCE("t149"."impressions", "t149"."views"),
                                            "t149"."reach" * COALESCE(
                                              SUM("t149"."impressions") FILTER(WHERE
                                                (
                                                  "t149"."impressions" IS NOT NULL
                                                ) AND (
                                                  "t149"."reach" IS NOT NULL
                                                )) OVER (
                                                PARTITION BY "t149"."campaign_id", "t149"."platform"
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              ) / NULLIF(
                                                SUM("t149"."reach") FILTER(WHERE
                                                  (
                                                    "t149"."impressions" IS NOT NULL
                                                  ) AND (
                                                    "t149"."reach" IS NOT NULL
                                                  )) OVER (
                                                  PARTITION BY "t149"."campaign_id", "t149"."platform"
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ),
                                                0
                                              ),
                                              CAST(1 AS DOUBLE)
                                            )
                                          ) AS "impressions_with_estimates",
                                          CASE
                                            WHEN COALESCE(
                                              COALESCE("t149"."impressions", "t149"."views"),
                                              "t149"."reach" * COALESCE(
                                                SUM("t149"."impressions") FILTER(WHERE
                                                  (
                                                    "t149"."impressions" IS NOT NULL
                                                  ) AND (
                                                    "t149"."reach" IS NOT NULL
                                                  )) OVER (
                                                  PARTITION BY "t149"."campaign_id", "t149"."platform"
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ) / NULLIF(
                                                  SUM("t149"."reach") FILTER(WHERE
                                                    (
                                                      "t149"."impressions" IS NOT NULL
                                                    ) AND (
                                                      "t149"."reach" IS NOT NULL
                                                    )) OVER (
                                                    PARTITION BY "t149"."campaign_id", "t149"."platform"
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  ),
                                                  0
                                                ),
                                                CAST(1 AS DOUBLE)
                                              )
                                            ) IS NOT NULL
                                            THEN CASE
                                              WHEN "t149"."impressions" IS NOT NULL
                                              THEN "t149"."impressions__provenance"
                                              ELSE 2
                                            END
                                            ELSE CAST(NULL AS BIGINT)
                                          END AS "impressions_with_estimates__provenance",
                                          (
                                            "t149"."engagements" / NULLIF("t149"."reach", 0)
                                          ) * 100 AS "er_reach_post",
                                          (
                                            "t149"."engagements" / NULLIF("t149"."followers", 0)
                                          ) * 100 AS "er_followers_post",
                                          (
                                            "t149"."engagements" / NULLIF("t149"."impressions", 0)
                                          ) * 100 AS "er_impressions_post",
                                          (
                                            "t149"."engagements" / NULLIF("t149"."views", 0)
                                          ) * 100 AS "er_views_post",
                                          NULLIF(
                                            GREATEST(
                                              COALESCE("t149"."engagements__provenance", -1),
                                              COALESCE("t149"."reach__provenance", -1)
                                            ),
                                            -1
                                          ) AS "er_reach_post__provenance",
                                          NULLIF(
                                            GREATEST(
                                              COALESCE("t149"."engagements__provenance", -1),
                                              COALESCE("t149"."followers__provenance", -1)
                                            ),
                                            -1
                                          ) AS "er_followers_post__provenance",
                                          NULLIF(
                                            GREATEST(
                                              COALESCE("t149"."engagements__provenance", -1),
                                              COALESCE("t149"."impressions__provenance", -1)
                                            ),
                                            -1
                                          ) AS "er_impressions_post__provenance",
                                          NULLIF(
                                            GREATEST(
                                              COALESCE("t149"."engagements__provenance", -1),
                                              COALESCE("t149"."views__provenance", -1)
                                            ),
                                            -1
                                          ) AS "er_views_post__provenance",
                                          "t149"."platform" AS "post_platform",
                                          "t149"."influencer_id" AS "publishing_influencer",
                                          CAST(CASE WHEN "t149"."sponsored" THEN 1 ELSE 0 END AS DOUBLE) AS "sponsored_posts",
                                          CAST(CASE
                                            WHEN "t149"."sponsored"
                                            AND CASE
                                              WHEN UPPER("t149"."country") = 'FR'
                                              THEN CONTAINS(LOWER("t149"."caption"), 'publicité')
                                              OR CONTAINS(LOWER("t149"."caption"), 'publicite')
                                              OR CONTAINS(LOWER("t149"."caption"), 'collaboration commerciale')
                                              WHEN UPPER("t149"."country") = 'BE'
                                              THEN CONTAINS(LOWER("t149"."caption"), 'publicité')
                                              OR CONTAINS(LOWER("t149"."caption"), 'publicite')
                                              OR CONTAINS(LOWER("t149"."caption"), 'collaboration commerciale')
                                              OR CONTAINS(LOWER("t149"."caption"), '#pub')
                                              OR CONTAINS(LOWER("t149"."caption"), 'reclame')
                                              OR CONTAINS(LOWER("t149"."caption"), '#ad')
                                              OR CONTAINS(LOWER("t149"."caption"), 'samenwerking')
                                              WHEN UPPER("t149"."country") = 'DE'
                                              THEN CONTAINS(LOWER("t149"."caption"), 'werbung')
                                              OR CONTAINS(LOWER("t149"."caption"), 'anzeige')
                                              WHEN UPPER("t149"."country") = 'ES'
                                              THEN CONTAINS(LOWER("t149"."caption"), 'publicidad')
                                              OR CONTAINS(LOWER("t149"."caption"), '#publi')
                                              OR CONTAINS(LOWER("t149"."caption"), 'patrocinado')
                                              OR CONTAINS(LOWER("t149"."caption"), 'colaboración pagada')
                                              WHEN UPPER("t149"."country") = 'IT'
                                              THEN CONTAINS(LOWER("t149"."caption"), 'pubblicità')
                                              OR CONTAINS(LOWER("t149"."caption"), '#adv')
                                              OR CONTAINS(LOWER("t149"."caption"), 'sponsorizzato')
                                              OR CONTAINS(LOWER("t149"."caption"), '#sponsored')
                                              WHEN UPPER("t149"."country") = 'GB'
                                              THEN CONTAINS(LOWER("t149"."caption"), '#ad')
                                              OR CONTAINS(LOWER("t149"."caption"), 'advert')
                                              OR CONTAINS(LOWER("t149"."caption"), 'advertisement')
                                              WHEN UPPER("t149"."country") = 'US'
                                              THEN CONTAINS(LOWER("t149"."caption"), '#ad')
                                              OR CONTAINS(LOWER("t149"."caption"), '#sponsored')
                                              OR CONTAINS(LOWER("t149"."caption"), 'advertisement')
                                              OR CONTAINS(LOWER("t149"."caption"), 'paid partnership')
                                              ELSE CONTAINS(LOWER("t149"."caption"), '#ad')
                                              OR CONTAINS(LOWER("t149"."caption"), '#sponsored')
                                              OR CONTAINS(LOWER("t149"."caption"), 'paid partnership')
                                              OR CONTAINS(LOWER("t149"."caption"), 'advertisement')
                                            END
                                            THEN 1
                                            ELSE 0
                                          END AS DOUBLE) AS "disclosed_sponsored_posts"
                                        FROM (
                                          SELECT
                                            "t140"."campaign_id",
                                            "t140"."campaign",
                                            "t140"."influencer_id",
                                            "t140"."influencer",
                                            "t140"."account_id",
                                            "t140"."platform",
                                            "t140"."format",
                                            "t140"."post_id",
                                            "t140"."day",
                                            "t140"."country",
                                            "t140"."caption",
                                            "t140"."sponsored",
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
                                            "t140"."followers",
                                            "t140"."followers__provenance",
                                            CASE
                                              WHEN (
                                                "t140"."likes" IS NOT NULL
                                              )
                                              OR (
                                                "t140"."comments" IS NOT NULL
                                              )
                                              OR (
                                                "t140"."shares" IS NOT NULL
                                              )
                                              OR (
                                                "t140"."saves" IS NOT NULL
                                              )
                                              THEN CAST(0 AS DOUBLE) + COALESCE("t140"."likes", 0) + COALESCE("t140"."comments", 0) + COALESCE("t140"."shares", 0) + COALESCE("t140"."saves", 0)
                                              ELSE CAST(NULL AS DOUBLE)
                                            END AS "engagements",
                                            NULLIF(
                                              GREATEST(
                                                COALESCE("t140"."likes__provenance", -1),
                                                COALESCE("t140"."comments__provenance", -1),
                                                COALESCE("t140"."shares__provenance", -1),
                                                COALESCE("t140"."saves__provenance", -1)
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
                                              "t120"."reach",
                                              "t120"."impressions",
                                              "t120"."views",
                                              "t120"."likes",
                                              "t120"."comments",
                                              "t120"."shares",
                                              "t120"."saves",
                                              "t120"."clicks",
                                              "t120"."reach__provenance",
                                              "t120"."impressions__provenance",
                                              "t120"."views__provenance",
                                              "t120"."likes__provenance",
                                              "t120"."comments__provenance",
                                              "t120"."shares__provenance",
                                              "t120"."saves__provenance",
                                              "t120"."clicks__provenance",
                                              "t127"."followers",
                                              "t127"."followers__provenance"
                                            FROM "t80" AS "t103"
                                            LEFT OUTER JOIN (
                                              SELECT
                                                CAST("t81"."post_id" AS BIGINT) AS "post_id",
                                                CAST(FIRST(
                                                  "t81"."value" ORDER BY (
                                                    DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                  ) + (
                                                    15 - CASE "t81"."provenance"
                                                      WHEN 'measured'
                                                      THEN 0
                                                      WHEN 'self_reported'
                                                      THEN 1
                                                      WHEN 'estimated'
                                                      THEN 2
                                                      ELSE 2
                                                    END
                                                  ) DESC
                                                ) FILTER(WHERE
                                                  "t81"."metric" = 'reach') AS DOUBLE) AS "reach",
                                                CAST(FIRST(
                                                  "t81"."value" ORDER BY (
                                                    DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                  ) + (
                                                    15 - CASE "t81"."provenance"
                                                      WHEN 'measured'
                                                      THEN 0
                                                      WHEN 'self_reported'
                                                      THEN 1
                                                      WHEN 'estimated'
                                                      THEN 2
                                                      ELSE 2
                                                    END
                                                  ) DESC
                                                ) FILTER(WHERE
                                                  "t81"."metric" = 'impressions') AS DOUBLE) AS "impressions",
                                                CAST(FIRST(
                                                  "t81"."value" ORDER BY (
                                                    DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                  ) + (
                                                    15 - CASE "t81"."provenance"
                                                      WHEN 'measured'
                                                      THEN 0
                                                      WHEN 'self_reported'
                                                      THEN 1
                                                      WHEN 'estimated'
                                                      THEN 2
                                                      ELSE 2
                                                    END
                                                  ) DESC
                                                ) FILTER(WHERE
                                                  "t81"."metric" = 'views') AS DOUBLE) AS "views",
                                                CAST(FIRST(
                                                  "t81"."value" ORDER BY (
                                                    DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                  ) + (
                                                    15 - CASE "t81"."provenance"
                                                      WHEN 'measured'
                                                      THEN 0
                                                      WHEN 'self_reported'
                                                      THEN 1
                                                      WHEN 'estimated'
                                                      THEN 2
                                                      ELSE 2
                                                    END
                                                  ) DESC
                                                ) FILTER(WHERE
                                                  "t81"."metric" = 'likes') AS DOUBLE) AS "likes",
                                                CAST(FIRST(
                                                  "t81"."value" ORDER BY (
                                                    DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                  ) + (
                                                    15 - CASE "t81"."provenance"
                                                      WHEN 'measured'
                                                      THEN 0
                                                      WHEN 'self_reported'
                                                      THEN 1
                                                      WHEN 'estimated'
                                                      THEN 2
                                                      ELSE 2
                                                    END
                                                  ) DESC
                                                ) FILTER(WHERE
                                                  "t81"."metric" = 'comments') AS DOUBLE) AS "comments",
                                                CAST(FIRST(
                                                  "t81"."value" ORDER BY (
                                                    DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                  ) + (
                                                    15 - CASE "t81"."provenance"
                                                      WHEN 'measured'
                                                      THEN 0
                                                      WHEN 'self_reported'
                                                      THEN 1
                                                      WHEN 'estimated'
                                                      THEN 2
                                                      ELSE 2
                                                    END
                                                  ) DESC
                                                ) FILTER(WHERE
                                                  "t81"."metric" = 'shares') AS DOUBLE) AS "shares",
                                                CAST(FIRST(
                                                  "t81"."value" ORDER BY (
                                                    DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                  ) + (
                                                    15 - CASE "t81"."provenance"
                                                      WHEN 'measured'
                                                      THEN 0
                                                      WHEN 'self_reported'
                                                      THEN 1
                                                      WHEN 'estimated'
                                                      THEN 2
                                                      ELSE 2
                                                    END
                                                  ) DESC
                                                ) FILTER(WHERE
                                                  "t81"."metric" = 'saves') AS DOUBLE) AS "saves",
                                                CAST(FIRST(
                                                  "t81"."value" ORDER BY (
                                                    DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                  ) + (
                                                    15 - CASE "t81"."provenance"
                                                      WHEN 'measured'
                                                      THEN 0
                                                      WHEN 'self_reported'
                                                      THEN 1
                                                      WHEN 'estimated'
                                                      THEN 2
                                                      ELSE 2
                                                    END
                                                  ) DESC
                                                ) FILTER(WHERE
                                                  "t81"."metric" = 'clicks') AS DOUBLE) AS "clicks",
                                                15 - (
                                                  MAX(
                                                    (
                                                      DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                    ) + (
                                                      15 - CASE "t81"."provenance"
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
                                                    "t81"."metric" = 'reach') % 16
                                                ) AS "reach__provenance",
                                                15 - (
                                                  MAX(
                                                    (
                                                      DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                    ) + (
                                                      15 - CASE "t81"."provenance"
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
                                                    "t81"."metric" = 'impressions') % 16
                                                ) AS "impressions__provenance",
                                                15 - (
                                                  MAX(
                                                    (
                                                      DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                    ) + (
                                                      15 - CASE "t81"."provenance"
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
                                                    "t81"."metric" = 'views') % 16
                                                ) AS "views__provenance",
                                                15 - (
                                                  MAX(
                                                    (
                                                      DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                    ) + (
                                                      15 - CASE "t81"."provenance"
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
                                                    "t81"."metric" = 'likes') % 16
                                                ) AS "likes__provenance",
                                                15 - (
                                                  MAX(
                                                    (
                                                      DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                    ) + (
                                                      15 - CASE "t81"."provenance"
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
                                                    "t81"."metric" = 'comments') % 16
                                                ) AS "comments__provenance",
                                                15 - (
                                                  MAX(
                                                    (
                                                      DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                    ) + (
                                                      15 - CASE "t81"."provenance"
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
                                                    "t81"."metric" = 'shares') % 16
                                                ) AS "shares__provenance",
                                                15 - (
                                                  MAX(
                                                    (
                                                      DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                    ) + (
                                                      15 - CASE "t81"."provenance"
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
                                                    "t81"."metric" = 'saves') % 16
                                                ) AS "saves__provenance",
                                                15 - (
                                                  MAX(
                                                    (
                                                      DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                    ) + (
                                                      15 - CASE "t81"."provenance"
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
                                                    "t81"."metric" = 'clicks') % 16
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
                                                ) AS "t58"
                                                WHERE
                                                  "t58"."captured_at" <= MAKE_TIMESTAMP(2026, 3, 31, 23, 59, 59.0)
                                              ) AS "t81"
                                              GROUP BY
                                                1
                                            ) AS "t120"
                                              ON "t103"."post_id" = "t120"."post_id"
                                            LEFT OUTER JOIN (
                                              SELECT
                                                "t108"."post_id",
                                                CAST(CASE WHEN "t108"."before" IS NOT NULL THEN "t108"."before" ELSE "t108"."after" END AS DOUBLE) AS "followers",
                                                CASE
                                                  WHEN "t108"."before" IS NOT NULL
                                                  THEN "t108"."before_rank"
                                                  ELSE "t108"."after_rank"
                                                END AS "followers__provenance"
                                              FROM (
                                                SELECT
                                                  CAST("t82"."post_id" AS BIGINT) AS "post_id",
                                                  FIRST("t82"."followers" ORDER BY "t82"."captured_at" DESC) FILTER(WHERE
                                                    "t82"."captured_at" <= "t82"."published_at") AS "before",
                                                  FIRST(
                                                    CASE "t82"."provenance"
                                                      WHEN 'measured'
                                                      THEN 0
                                                      WHEN 'self_reported'
                                                      THEN 1
                                                      WHEN 'estimated'
                                                      THEN 2
                                                      ELSE 2
                                                    END ORDER BY "t82"."captured_at" DESC
                                                  ) FILTER(WHERE
                                                    "t82"."captured_at" <= "t82"."published_at") AS "before_rank",
                                                  FIRST("t82"."followers" ORDER BY "t82"."captured_at") FILTER(WHERE
                                                    NOT (
                                                      "t82"."captured_at" <= "t82"."published_at"
                                                    )) AS "after",
                                                  FIRST(
                                                    CASE "t82"."provenance"
                                                      WHEN 'measured'
                                                      THEN 0
                                                      WHEN 'self_reported'
                                                      THEN 1
                                                      WHEN 'estimated'
                                                      THEN 2
                                                      ELSE 2
                                                    END ORDER BY "t82"."captured_at"
                                                  ) FILTER(WHERE
                                                    NOT (
                                                      "t82"."captured_at" <= "t82"."published_at"
                                                    )) AS "after_rank"
                                                FROM (
                                                  SELECT
                                                    "t51"."post_id",
                                                    "t51"."account_id",
                                                    "t51"."published_at",
                                                    "t26"."id",
                                                    "t26"."captured_at",
                                                    "t26"."followers",
                                                    "t26"."source",
                                                    "t26"."provenance"
                                                  FROM (
                                                    SELECT
                                                      "t11"."id" AS "post_id",
                                                      "t11"."account_id",
                                                      "t11"."published_at"
                                                    FROM "post" AS "t11"
                                                    WHERE
                                                      "t11"."campaign_id" IS NOT NULL AND "t11"."campaign_id" IN (1)
                                                  ) AS "t51"
                                                  INNER JOIN "follower_snapshot" AS "t26"
                                                    ON "t51"."account_id" = "t26"."account_id"
                                                ) AS "t82"
                                                GROUP BY
                                                  1
                                              ) AS "t108"
                                            ) AS "t127"
                                              ON "t103"."post_id" = "t127"."post_id"
                                          ) AS "t140"
                                        ) AS "t149"
                                      ) AS "t164"
                                      LEFT OUTER JOIN (
                                        SELECT
                                          "t126"."post_id",
                                          SUM("t126"."cost") AS "cost"
                                        FROM (
                                          SELECT
                                            "t116"."post_id",
                                            "t101"."amount" / "t116"."n_posts" AS "cost"
                                          FROM "t78" AS "t101"
                                          INNER JOIN (
                                            SELECT
                                              "t96"."campaign_id",
                                              "t96"."campaign",
                                              "t96"."influencer_id",
                                              "t96"."influencer",
                                              "t96"."account_id",
                                              "t96"."platform",
                                              "t96"."format",
                                              "t96"."post_id",
                                              "t96"."day",
                                              "t96"."country",
                                              "t96"."caption",
                                              "t96"."sponsored",
                                              COUNT("t96"."post_id") OVER (
                                                PARTITION BY "t96"."campaign_id", "t96"."influencer_id"
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              ) AS "n_posts"
                                            FROM "t80" AS "t96"
                                          ) AS "t116"
                                            ON "t101"."campaign_id" = "t116"."campaign_id"
                                            AND "t101"."influencer_id" = "t116"."influencer_id"
                                        ) AS "t126"
                                        GROUP BY
                                          1
                                      ) AS "t139"
                                        ON "t164"."post_id" = "t139"."post_id"
                                    ) AS "t176"
                                    LEFT OUTER JOIN (
                                      SELECT
                                        "t177"."post_id",
                                        MAX(
                                          CAST(CASE
                                            WHEN CONTAINS(LOWER("t177"."caption"), LOWER("t177"."message"))
                                            THEN 1
                                            ELSE 0
                                          END AS DOUBLE)
                                        ) AS "key_message_posts"
                                      FROM (
                                        SELECT
                                          "t169"."campaign_id",
                                          "t169"."post_id",
                                          "t169"."caption",
                                          "t84"."message"
                                        FROM (
                                          SELECT
                                            "t162"."campaign_id",
                                            "t162"."post_id",
                                            "t162"."caption"
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
                                              "t149"."engagements",
                                              "t149"."engagements__provenance",
                                              COALESCE(
                                                COALESCE("t149"."impressions", "t149"."views"),
                                                "t149"."reach" * COALESCE(
                                                  SUM("t149"."impressions") FILTER(WHERE
                                                    (
                                                      "t149"."impressions" IS NOT NULL
                                                    ) AND (
                                                      "t149"."reach" IS NOT NULL
                                                    )) OVER (
                                                    PARTITION BY "t149"."campaign_id", "t149"."platform"
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  ) / NULLIF(
                                                    SUM("t149"."reach") FILTER(WHERE
                                                      (
                                                        "t149"."impressions" IS NOT NULL
                                                      ) AND (
                                                        "t149"."reach" IS NOT NULL
                                                      )) OVER (
                                                      PARTITION BY "t149"."campaign_id", "t149"."platform"
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                    ),
                                                    0
                                                  ),
                                                  CAST(1 AS DOUBLE)
                                                )
                                              ) AS "impressions_with_estimates",
                                              CASE
                                                WHEN COALESCE(
                                                  COALESCE("t149"."impressions", "t149"."views"),
                                                  "t149"."reach" * COALESCE(
                                                    SUM("t149"."impressions") FILTER(WHERE
                                                      (
                                                        "t149"."impressions" IS NOT NULL
                                                      ) AND (
                                                        "t149"."reach" IS NOT NULL
                                                      )) OVER (
                                                      PARTITION BY "t149"."campaign_id", "t149"."platform"
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                    ) / NULLIF(
                                                      SUM("t149"."reach") FILTER(WHERE
                                                        (
                                                          "t149"."impressions" IS NOT NULL
                                                        ) AND (
                                                          "t149"."reach" IS NOT NULL
                                                        )) OVER (
                                                        PARTITION BY "t149"."campaign_id", "t149"."platform"
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                      ),
                                                      0
                                                    ),
                                                    CAST(1 AS DOUBLE)
                                                  )
                                                ) IS NOT NULL
                                                THEN CASE
                                                  WHEN "t149"."impressions" IS NOT NULL
                                                  THEN "t149"."impressions__provenance"
                                                  ELSE 2
                                                END
                                                ELSE CAST(NULL AS BIGINT)
                                              END AS "impressions_with_estimates__provenance",
                                              (
                                                "t149"."engagements" / NULLIF("t149"."reach", 0)
                                              ) * 100 AS "er_reach_post",
                                              (
                                                "t149"."engagements" / NULLIF("t149"."followers", 0)
                                              ) * 100 AS "er_followers_post",
                                              (
                                                "t149"."engagements" / NULLIF("t149"."impressions", 0)
                                              ) * 100 AS "er_impressions_post",
                                              (
                                                "t149"."engagements" / NULLIF("t149"."views", 0)
                                              ) * 100 AS "er_views_post",
                                              NULLIF(
                                                GREATEST(
                                                  COALESCE("t149"."engagements__provenance", -1),
                                                  COALESCE("t149"."reach__provenance", -1)
                                                ),
                                                -1
                                              ) AS "er_reach_post__provenance",
                                              NULLIF(
                                                GREATEST(
                                                  COALESCE("t149"."engagements__provenance", -1),
                                                  COALESCE("t149"."followers__provenance", -1)
                                                ),
                                                -1
                                              ) AS "er_followers_post__provenance",
                                              NULLIF(
                                                GREATEST(
                                                  COALESCE("t149"."engagements__provenance", -1),
                                                  COALESCE("t149"."impressions__provenance", -1)
                                                ),
                                                -1
                                              ) AS "er_impressions_post__provenance",
                                              NULLIF(
                                                GREATEST(
                                                  COALESCE("t149"."engagements__provenance", -1),
                                                  COALESCE("t149"."views__provenance", -1)
                                                ),
                                                -1
                                              ) AS "er_views_post__provenance",
                                              "t149"."platform" AS "post_platform",
                                              "t149"."influencer_id" AS "publishing_influencer",
                                              CAST(CASE WHEN "t149"."sponsored" THEN 1 ELSE 0 END AS DOUBLE) AS "sponsored_posts",
                                              CAST(CASE
                                                WHEN "t149"."sponsored"
                                                AND CASE
                                                  WHEN UPPER("t149"."country") = 'FR'
                                                  THEN CONTAINS(LOWER("t149"."caption"), 'publicité')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'publicite')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'collaboration commerciale')
                                                  WHEN UPPER("t149"."country") = 'BE'
                                                  THEN CONTAINS(LOWER("t149"."caption"), 'publicité')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'publicite')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'collaboration commerciale')
                                                  OR CONTAINS(LOWER("t149"."caption"), '#pub')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'reclame')
                                                  OR CONTAINS(LOWER("t149"."caption"), '#ad')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'samenwerking')
                                                  WHEN UPPER("t149"."country") = 'DE'
                                                  THEN CONTAINS(LOWER("t149"."caption"), 'werbung')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'anzeige')
                                                  WHEN UPPER("t149"."country") = 'ES'
                                                  THEN CONTAINS(LOWER("t149"."caption"), 'publicidad')
                                                  OR CONTAINS(LOWER("t149"."caption"), '#publi')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'patrocinado')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'colaboración pagada')
                                                  WHEN UPPER("t149"."country") = 'IT'
                                                  THEN CONTAINS(LOWER("t149"."caption"), 'pubblicità')
                                                  OR CONTAINS(LOWER("t149"."caption"), '#adv')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'sponsorizzato')
                                                  OR CONTAINS(LOWER("t149"."caption"), '#sponsored')
                                                  WHEN UPPER("t149"."country") = 'GB'
                                                  THEN CONTAINS(LOWER("t149"."caption"), '#ad')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'advert')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'advertisement')
                                                  WHEN UPPER("t149"."country") = 'US'
                                                  THEN CONTAINS(LOWER("t149"."caption"), '#ad')
                                                  OR CONTAINS(LOWER("t149"."caption"), '#sponsored')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'advertisement')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'paid partnership')
                                                  ELSE CONTAINS(LOWER("t149"."caption"), '#ad')
                                                  OR CONTAINS(LOWER("t149"."caption"), '#sponsored')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'paid partnership')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'advertisement')
                                                END
                                                THEN 1
                                                ELSE 0
                                              END AS DOUBLE) AS "disclosed_sponsored_posts"
                                            FROM (
                                              SELECT
                                                "t140"."campaign_id",
                                                "t140"."campaign",
                                                "t140"."influencer_id",
                                                "t140"."influencer",
                                                "t140"."account_id",
                                                "t140"."platform",
                                                "t140"."format",
                                                "t140"."post_id",
                                                "t140"."day",
                                                "t140"."country",
                                                "t140"."caption",
                                                "t140"."sponsored",
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
                                                "t140"."followers",
                                                "t140"."followers__provenance",
                                                CASE
                                                  WHEN (
                                                    "t140"."likes" IS NOT NULL
                                                  )
                                                  OR (
                                                    "t140"."comments" IS NOT NULL
                                                  )
                                                  OR (
                                                    "t140"."shares" IS NOT NULL
                                                  )
                                                  OR (
                                                    "t140"."saves" IS NOT NULL
                                                  )
                                                  THEN CAST(0 AS DOUBLE) + COALESCE("t140"."likes", 0) + COALESCE("t140"."comments", 0) + COALESCE("t140"."shares", 0) + COALESCE("t140"."saves", 0)
                                                  ELSE CAST(NULL AS DOUBLE)
                                                END AS "engagements",
                                                NULLIF(
                                                  GREATEST(
                                                    COALESCE("t140"."likes__provenance", -1),
                                                    COALESCE("t140"."comments__provenance", -1),
                                                    COALESCE("t140"."shares__provenance", -1),
                                                    COALESCE("t140"."saves__provenance", -1)
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
                                                  "t120"."reach",
                                                  "t120"."impressions",
                                                  "t120"."views",
                                                  "t120"."likes",
                                                  "t120"."comments",
                                                  "t120"."shares",
                                                  "t120"."saves",
                                                  "t120"."clicks",
                                                  "t120"."reach__provenance",
                                                  "t120"."impressions__provenance",
                                                  "t120"."views__provenance",
                                                  "t120"."likes__provenance",
                                                  "t120"."comments__provenance",
                                                  "t120"."shares__provenance",
                                                  "t120"."saves__provenance",
                                                  "t120"."clicks__provenance",
                                                  "t127"."followers",
                                                  "t127"."followers__provenance"
                                                FROM "t80" AS "t103"
                                                LEFT OUTER JOIN (
                                                  SELECT
                                                    CAST("t81"."post_id" AS BIGINT) AS "post_id",
                                                    CAST(FIRST(
                                                      "t81"."value" ORDER BY (
                                                        DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                      ) + (
                                                        15 - CASE "t81"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ) DESC
                                                    ) FILTER(WHERE
                                                      "t81"."metric" = 'reach') AS DOUBLE) AS "reach",
                                                    CAST(FIRST(
                                                      "t81"."value" ORDER BY (
                                                        DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                      ) + (
                                                        15 - CASE "t81"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ) DESC
                                                    ) FILTER(WHERE
                                                      "t81"."metric" = 'impressions') AS DOUBLE) AS "impressions",
                                                    CAST(FIRST(
                                                      "t81"."value" ORDER BY (
                                                        DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                      ) + (
                                                        15 - CASE "t81"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ) DESC
                                                    ) FILTER(WHERE
                                                      "t81"."metric" = 'views') AS DOUBLE) AS "views",
                                                    CAST(FIRST(
                                                      "t81"."value" ORDER BY (
                                                        DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                      ) + (
                                                        15 - CASE "t81"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ) DESC
                                                    ) FILTER(WHERE
                                                      "t81"."metric" = 'likes') AS DOUBLE) AS "likes",
                                                    CAST(FIRST(
                                                      "t81"."value" ORDER BY (
                                                        DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                      ) + (
                                                        15 - CASE "t81"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ) DESC
                                                    ) FILTER(WHERE
                                                      "t81"."metric" = 'comments') AS DOUBLE) AS "comments",
                                                    CAST(FIRST(
                                                      "t81"."value" ORDER BY (
                                                        DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                      ) + (
                                                        15 - CASE "t81"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ) DESC
                                                    ) FILTER(WHERE
                                                      "t81"."metric" = 'shares') AS DOUBLE) AS "shares",
                                                    CAST(FIRST(
                                                      "t81"."value" ORDER BY (
                                                        DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                      ) + (
                                                        15 - CASE "t81"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ) DESC
                                                    ) FILTER(WHERE
                                                      "t81"."metric" = 'saves') AS DOUBLE) AS "saves",
                                                    CAST(FIRST(
                                                      "t81"."value" ORDER BY (
                                                        DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                      ) + (
                                                        15 - CASE "t81"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ) DESC
                                                    ) FILTER(WHERE
                                                      "t81"."metric" = 'clicks') AS DOUBLE) AS "clicks",
                                                    15 - (
                                                      MAX(
                                                        (
                                                          DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                        ) + (
                                                          15 - CASE "t81"."provenance"
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
                                                        "t81"."metric" = 'reach') % 16
                                                    ) AS "reach__provenance",
                                                    15 - (
                                                      MAX(
                                                        (
                                                          DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                        ) + (
                                                          15 - CASE "t81"."provenance"
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
                                                        "t81"."metric" = 'impressions') % 16
                                                    ) AS "impressions__provenance",
                                                    15 - (
                                                      MAX(
                                                        (
                                                          DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                        ) + (
                                                          15 - CASE "t81"."provenance"
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
                                                        "t81"."metric" = 'views') % 16
                                                    ) AS "views__provenance",
                                                    15 - (
                                                      MAX(
                                                        (
                                                          DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                        ) + (
                                                          15 - CASE "t81"."provenance"
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
                                                        "t81"."metric" = 'likes') % 16
                                                    ) AS "likes__provenance",
                                                    15 - (
                                                      MAX(
                                                        (
                                                          DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                        ) + (
                                                          15 - CASE "t81"."provenance"
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
                                                        "t81"."metric" = 'comments') % 16
                                                    ) AS "comments__provenance",
                                                    15 - (
                                                      MAX(
                                                        (
                                                          DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                        ) + (
                                                          15 - CASE "t81"."provenance"
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
                                                        "t81"."metric" = 'shares') % 16
                                                    ) AS "shares__provenance",
                                                    15 - (
                                                      MAX(
                                                        (
                                                          DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                        ) + (
                                                          15 - CASE "t81"."provenance"
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
                                                        "t81"."metric" = 'saves') % 16
                                                    ) AS "saves__provenance",
                                                    15 - (
                                                      MAX(
                                                        (
                                                          DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                        ) + (
                                                          15 - CASE "t81"."provenance"
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
                                                        "t81"."metric" = 'clicks') % 16
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
                                                    ) AS "t58"
                                                    WHERE
                                                      "t58"."captured_at" <= MAKE_TIMESTAMP(2026, 3, 31, 23, 59, 59.0)
                                                  ) AS "t81"
                                                  GROUP BY
                                                    1
                                                ) AS "t120"
                                                  ON "t103"."post_id" = "t120"."post_id"
                                                LEFT OUTER JOIN (
                                                  SELECT
                                                    "t108"."post_id",
                                                    CAST(CASE WHEN "t108"."before" IS NOT NULL THEN "t108"."before" ELSE "t108"."after" END AS DOUBLE) AS "followers",
                                                    CASE
                                                      WHEN "t108"."before" IS NOT NULL
                                                      THEN "t108"."before_rank"
                                                      ELSE "t108"."after_rank"
                                                    END AS "followers__provenance"
                                                  FROM (
                                                    SELECT
                                                      CAST("t82"."post_id" AS BIGINT) AS "post_id",
                                                      FIRST("t82"."followers" ORDER BY "t82"."captured_at" DESC) FILTER(WHERE
                                                        "t82"."captured_at" <= "t82"."published_at") AS "before",
                                                      FIRST(
                                                        CASE "t82"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END ORDER BY "t82"."captured_at" DESC
                                                      ) FILTER(WHERE
                                                        "t82"."captured_at" <= "t82"."published_at") AS "before_rank",
                                                      FIRST("t82"."followers" ORDER BY "t82"."captured_at") FILTER(WHERE
                                                        NOT (
                                                          "t82"."captured_at" <= "t82"."published_at"
                                                        )) AS "after",
                                                      FIRST(
                                                        CASE "t82"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END ORDER BY "t82"."captured_at"
                                                      ) FILTER(WHERE
                                                        NOT (
                                                          "t82"."captured_at" <= "t82"."published_at"
                                                        )) AS "after_rank"
                                                    FROM (
                                                      SELECT
                                                        "t51"."post_id",
                                                        "t51"."account_id",
                                                        "t51"."published_at",
                                                        "t26"."id",
                                                        "t26"."captured_at",
                                                        "t26"."followers",
                                                        "t26"."source",
                                                        "t26"."provenance"
                                                      FROM (
                                                        SELECT
                                                          "t11"."id" AS "post_id",
                                                          "t11"."account_id",
                                                          "t11"."published_at"
                                                        FROM "post" AS "t11"
                                                        WHERE
                                                          "t11"."campaign_id" IS NOT NULL AND "t11"."campaign_id" IN (1)
                                                      ) AS "t51"
                                                      INNER JOIN "follower_snapshot" AS "t26"
                                                        ON "t51"."account_id" = "t26"."account_id"
                                                    ) AS "t82"
                                                    GROUP BY
                                                      1
                                                  ) AS "t108"
                                                ) AS "t127"
                                                  ON "t103"."post_id" = "t127"."post_id"
                                              ) AS "t140"
                                            ) AS "t149"
                                          ) AS "t162"
                                        ) AS "t169"
                                        INNER JOIN (
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              CAST("t0"."id" AS BIGINT) AS "campaign_id",
                                              UNNEST(STR_SPLIT("t0"."key_messages", '
')) AS "message"
                                            FROM "campaign" AS "t0"
                                          ) AS "t44"
                                          WHERE
                                            LENGTH("t44"."message") > 0
                                        ) AS "t84"
                                          ON "t169"."campaign_id" = "t84"."campaign_id"
                                      ) AS "t177"
                                      GROUP BY
                                        1
                                    ) AS "t184"
                                      ON "t176"."post_id" = "t184"."post_id"
                                  ) AS "t185"
                                ) AS "t186"
                                UNION ALL
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t179"."campaign_id",
                                    "t179"."campaign",
                                    CAST(NULL AS BIGINT) AS "influencer_id",
                                    CAST(NULL AS TEXT) AS "influencer",
                                    CAST(NULL AS BIGINT) AS "account_id",
                                    "t179"."platform",
                                    CAST(NULL AS TEXT) AS "format",
                                    CAST(NULL AS BIGINT) AS "post_id",
                                    "t179"."day",
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
                                    CAST("t179"."ugc_post" AS DOUBLE) AS "ugc_post",
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
                                          "t85"."campaign_id",
                                          "t85"."campaign",
                                          "t97"."post_id",
                                          "t97"."influencer_id",
                                          "t97"."platform",
                                          "t97"."day"
                                        FROM (
                                          SELECT
                                            CAST("t52"."id" AS BIGINT) AS "post_id",
                                            CAST("t18"."id" AS BIGINT) AS "influencer_id",
                                            "t18"."workspace_id",
                                            "t18"."is_brand",
                                            CAST("t24"."platform" AS TEXT) AS "platform",
                                            "t52"."published_on" AS "day",
                                            "t52"."hashtags"
                                          FROM (
                                            SELECT
                                              *
                                            FROM "post" AS "t11"
                                            WHERE
                                              "t11"."campaign_id" IS NULL
                                          ) AS "t52"
                                          INNER JOIN "account" AS "t24"
                                            ON "t52"."account_id" = "t24"."id"
                                          INNER JOIN "influencer" AS "t18"
                                            ON "t24"."influencer_id" = "t18"."id"
                                        ) AS "t97"
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
                                          ) AS "t45"
                                          WHERE
                                            LENGTH("t45"."tag") > 0
                                        ) AS "t85"
                                          ON "t97"."workspace_id" = "t85"."workspace_id"
                                          AND "t97"."day" >= "t85"."start"
                                          AND "t97"."day" <= "t85"."end"
                                          AND NOT (
                                            "t97"."is_brand"
                                          )
                                          AND CONTAINS(',' || "t97"."hashtags" || ',', ',' || "t85"."tag" || ',')
                                      ) AS "t119"
                                    ) AS "t130"
                                    ANTI JOIN (
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
                                        ) AS "t36"
                                        UNION ALL
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            "t162"."campaign_id",
                                            "t162"."influencer_id"
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
                                              "t149"."engagements",
                                              "t149"."engagements__provenance",
                                              COALESCE(
                                                COALESCE("t149"."impressions", "t149"."views"),
                                                "t149"."reach" * COALESCE(
                                                  SUM("t149"."impressions") FILTER(WHERE
                                                    (
                                                      "t149"."impressions" IS NOT NULL
                                                    ) AND (
                                                      "t149"."reach" IS NOT NULL
                                                    )) OVER (
                                                    PARTITION BY "t149"."campaign_id", "t149"."platform"
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  ) / NULLIF(
                                                    SUM("t149"."reach") FILTER(WHERE
                                                      (
                                                        "t149"."impressions" IS NOT NULL
                                                      ) AND (
                                                        "t149"."reach" IS NOT NULL
                                                      )) OVER (
                                                      PARTITION BY "t149"."campaign_id", "t149"."platform"
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                    ),
                                                    0
                                                  ),
                                                  CAST(1 AS DOUBLE)
                                                )
                                              ) AS "impressions_with_estimates",
                                              CASE
                                                WHEN COALESCE(
                                                  COALESCE("t149"."impressions", "t149"."views"),
                                                  "t149"."reach" * COALESCE(
                                                    SUM("t149"."impressions") FILTER(WHERE
                                                      (
                                                        "t149"."impressions" IS NOT NULL
                                                      ) AND (
                                                        "t149"."reach" IS NOT NULL
                                                      )) OVER (
                                                      PARTITION BY "t149"."campaign_id", "t149"."platform"
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                    ) / NULLIF(
                                                      SUM("t149"."reach") FILTER(WHERE
                                                        (
                                                          "t149"."impressions" IS NOT NULL
                                                        ) AND (
                                                          "t149"."reach" IS NOT NULL
                                                        )) OVER (
                                                        PARTITION BY "t149"."campaign_id", "t149"."platform"
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                      ),
                                                      0
                                                    ),
                                                    CAST(1 AS DOUBLE)
                                                  )
                                                ) IS NOT NULL
                                                THEN CASE
                                                  WHEN "t149"."impressions" IS NOT NULL
                                                  THEN "t149"."impressions__provenance"
                                                  ELSE 2
                                                END
                                                ELSE CAST(NULL AS BIGINT)
                                              END AS "impressions_with_estimates__provenance",
                                              (
                                                "t149"."engagements" / NULLIF("t149"."reach", 0)
                                              ) * 100 AS "er_reach_post",
                                              (
                                                "t149"."engagements" / NULLIF("t149"."followers", 0)
                                              ) * 100 AS "er_followers_post",
                                              (
                                                "t149"."engagements" / NULLIF("t149"."impressions", 0)
                                              ) * 100 AS "er_impressions_post",
                                              (
                                                "t149"."engagements" / NULLIF("t149"."views", 0)
                                              ) * 100 AS "er_views_post",
                                              NULLIF(
                                                GREATEST(
                                                  COALESCE("t149"."engagements__provenance", -1),
                                                  COALESCE("t149"."reach__provenance", -1)
                                                ),
                                                -1
                                              ) AS "er_reach_post__provenance",
                                              NULLIF(
                                                GREATEST(
                                                  COALESCE("t149"."engagements__provenance", -1),
                                                  COALESCE("t149"."followers__provenance", -1)
                                                ),
                                                -1
                                              ) AS "er_followers_post__provenance",
                                              NULLIF(
                                                GREATEST(
                                                  COALESCE("t149"."engagements__provenance", -1),
                                                  COALESCE("t149"."impressions__provenance", -1)
                                                ),
                                                -1
                                              ) AS "er_impressions_post__provenance",
                                              NULLIF(
                                                GREATEST(
                                                  COALESCE("t149"."engagements__provenance", -1),
                                                  COALESCE("t149"."views__provenance", -1)
                                                ),
                                                -1
                                              ) AS "er_views_post__provenance",
                                              "t149"."platform" AS "post_platform",
                                              "t149"."influencer_id" AS "publishing_influencer",
                                              CAST(CASE WHEN "t149"."sponsored" THEN 1 ELSE 0 END AS DOUBLE) AS "sponsored_posts",
                                              CAST(CASE
                                                WHEN "t149"."sponsored"
                                                AND CASE
                                                  WHEN UPPER("t149"."country") = 'FR'
                                                  THEN CONTAINS(LOWER("t149"."caption"), 'publicité')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'publicite')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'collaboration commerciale')
                                                  WHEN UPPER("t149"."country") = 'BE'
                                                  THEN CONTAINS(LOWER("t149"."caption"), 'publicité')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'publicite')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'collaboration commerciale')
                                                  OR CONTAINS(LOWER("t149"."caption"), '#pub')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'reclame')
                                                  OR CONTAINS(LOWER("t149"."caption"), '#ad')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'samenwerking')
                                                  WHEN UPPER("t149"."country") = 'DE'
                                                  THEN CONTAINS(LOWER("t149"."caption"), 'werbung')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'anzeige')
                                                  WHEN UPPER("t149"."country") = 'ES'
                                                  THEN CONTAINS(LOWER("t149"."caption"), 'publicidad')
                                                  OR CONTAINS(LOWER("t149"."caption"), '#publi')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'patrocinado')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'colaboración pagada')
                                                  WHEN UPPER("t149"."country") = 'IT'
                                                  THEN CONTAINS(LOWER("t149"."caption"), 'pubblicità')
                                                  OR CONTAINS(LOWER("t149"."caption"), '#adv')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'sponsorizzato')
                                                  OR CONTAINS(LOWER("t149"."caption"), '#sponsored')
                                                  WHEN UPPER("t149"."country") = 'GB'
                                                  THEN CONTAINS(LOWER("t149"."caption"), '#ad')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'advert')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'advertisement')
                                                  WHEN UPPER("t149"."country") = 'US'
                                                  THEN CONTAINS(LOWER("t149"."caption"), '#ad')
                                                  OR CONTAINS(LOWER("t149"."caption"), '#sponsored')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'advertisement')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'paid partnership')
                                                  ELSE CONTAINS(LOWER("t149"."caption"), '#ad')
                                                  OR CONTAINS(LOWER("t149"."caption"), '#sponsored')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'paid partnership')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'advertisement')
                                                END
                                                THEN 1
                                                ELSE 0
                                              END AS DOUBLE) AS "disclosed_sponsored_posts"
                                            FROM (
                                              SELECT
                                                "t140"."campaign_id",
                                                "t140"."campaign",
                                                "t140"."influencer_id",
                                                "t140"."influencer",
                                                "t140"."account_id",
                                                "t140"."platform",
                                                "t140"."format",
                                                "t140"."post_id",
                                                "t140"."day",
                                                "t140"."country",
                                                "t140"."caption",
                                                "t140"."sponsored",
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
                                                "t140"."followers",
                                                "t140"."followers__provenance",
                                                CASE
                                                  WHEN (
                                                    "t140"."likes" IS NOT NULL
                                                  )
                                                  OR (
                                                    "t140"."comments" IS NOT NULL
                                                  )
                                                  OR (
                                                    "t140"."shares" IS NOT NULL
                                                  )
                                                  OR (
                                                    "t140"."saves" IS NOT NULL
                                                  )
                                                  THEN CAST(0 AS DOUBLE) + COALESCE("t140"."likes", 0) + COALESCE("t140"."comments", 0) + COALESCE("t140"."shares", 0) + COALESCE("t140"."saves", 0)
                                                  ELSE CAST(NULL AS DOUBLE)
                                                END AS "engagements",
                                                NULLIF(
                                                  GREATEST(
                                                    COALESCE("t140"."likes__provenance", -1),
                                                    COALESCE("t140"."comments__provenance", -1),
                                                    COALESCE("t140"."shares__provenance", -1),
                                                    COALESCE("t140"."saves__provenance", -1)
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
                                                  "t120"."reach",
                                                  "t120"."impressions",
                                                  "t120"."views",
                                                  "t120"."likes",
                                                  "t120"."comments",
                                                  "t120"."shares",
                                                  "t120"."saves",
                                                  "t120"."clicks",
                                                  "t120"."reach__provenance",
                                                  "t120"."impressions__provenance",
                                                  "t120"."views__provenance",
                                                  "t120"."likes__provenance",
                                                  "t120"."comments__provenance",
                                                  "t120"."shares__provenance",
                                                  "t120"."saves__provenance",
                                                  "t120"."clicks__provenance",
                                                  "t127"."followers",
                                                  "t127"."followers__provenance"
                                                FROM "t80" AS "t103"
                                                LEFT OUTER JOIN (
                                                  SELECT
                                                    CAST("t81"."post_id" AS BIGINT) AS "post_id",
                                                    CAST(FIRST(
                                                      "t81"."value" ORDER BY (
                                                        DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                      ) + (
                                                        15 - CASE "t81"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ) DESC
                                                    ) FILTER(WHERE
                                                      "t81"."metric" = 'reach') AS DOUBLE) AS "reach",
                                                    CAST(FIRST(
                                                      "t81"."value" ORDER BY (
                                                        DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                      ) + (
                                                        15 - CASE "t81"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ) DESC
                                                    ) FILTER(WHERE
                                                      "t81"."metric" = 'impressions') AS DOUBLE) AS "impressions",
                                                    CAST(FIRST(
                                                      "t81"."value" ORDER BY (
                                                        DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                      ) + (
                                                        15 - CASE "t81"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ) DESC
                                                    ) FILTER(WHERE
                                                      "t81"."metric" = 'views') AS DOUBLE) AS "views",
                                                    CAST(FIRST(
                                                      "t81"."value" ORDER BY (
                                                        DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                      ) + (
                                                        15 - CASE "t81"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ) DESC
                                                    ) FILTER(WHERE
                                                      "t81"."metric" = 'likes') AS DOUBLE) AS "likes",
                                                    CAST(FIRST(
                                                      "t81"."value" ORDER BY (
                                                        DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                      ) + (
                                                        15 - CASE "t81"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ) DESC
                                                    ) FILTER(WHERE
                                                      "t81"."metric" = 'comments') AS DOUBLE) AS "comments",
                                                    CAST(FIRST(
                                                      "t81"."value" ORDER BY (
                                                        DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                      ) + (
                                                        15 - CASE "t81"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ) DESC
                                                    ) FILTER(WHERE
                                                      "t81"."metric" = 'shares') AS DOUBLE) AS "shares",
                                                    CAST(FIRST(
                                                      "t81"."value" ORDER BY (
                                                        DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                      ) + (
                                                        15 - CASE "t81"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ) DESC
                                                    ) FILTER(WHERE
                                                      "t81"."metric" = 'saves') AS DOUBLE) AS "saves",
                                                    CAST(FIRST(
                                                      "t81"."value" ORDER BY (
                                                        DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                      ) + (
                                                        15 - CASE "t81"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ) DESC
                                                    ) FILTER(WHERE
                                                      "t81"."metric" = 'clicks') AS DOUBLE) AS "clicks",
                                                    15 - (
                                                      MAX(
                                                        (
                                                          DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                        ) + (
                                                          15 - CASE "t81"."provenance"
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
                                                        "t81"."metric" = 'reach') % 16
                                                    ) AS "reach__provenance",
                                                    15 - (
                                                      MAX(
                                                        (
                                                          DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                        ) + (
                                                          15 - CASE "t81"."provenance"
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
                                                        "t81"."metric" = 'impressions') % 16
                                                    ) AS "impressions__provenance",
                                                    15 - (
                                                      MAX(
                                                        (
                                                          DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                        ) + (
                                                          15 - CASE "t81"."provenance"
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
                                                        "t81"."metric" = 'views') % 16
                                                    ) AS "views__provenance",
                                                    15 - (
                                                      MAX(
                                                        (
                                                          DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                        ) + (
                                                          15 - CASE "t81"."provenance"
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
                                                        "t81"."metric" = 'likes') % 16
                                                    ) AS "likes__provenance",
                                                    15 - (
                                                      MAX(
                                                        (
                                                          DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                        ) + (
                                                          15 - CASE "t81"."provenance"
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
                                                        "t81"."metric" = 'comments') % 16
                                                    ) AS "comments__provenance",
                                                    15 - (
                                                      MAX(
                                                        (
                                                          DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                        ) + (
                                                          15 - CASE "t81"."provenance"
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
                                                        "t81"."metric" = 'shares') % 16
                                                    ) AS "shares__provenance",
                                                    15 - (
                                                      MAX(
                                                        (
                                                          DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                        ) + (
                                                          15 - CASE "t81"."provenance"
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
                                                        "t81"."metric" = 'saves') % 16
                                                    ) AS "saves__provenance",
                                                    15 - (
                                                      MAX(
                                                        (
                                                          DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                        ) + (
                                                          15 - CASE "t81"."provenance"
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
                                                        "t81"."metric" = 'clicks') % 16
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
                                                    ) AS "t58"
                                                    WHERE
                                                      "t58"."captured_at" <= MAKE_TIMESTAMP(2026, 3, 31, 23, 59, 59.0)
                                                  ) AS "t81"
                                                  GROUP BY
                                                    1
                                                ) AS "t120"
                                                  ON "t103"."post_id" = "t120"."post_id"
                                                LEFT OUTER JOIN (
                                                  SELECT
                                                    "t108"."post_id",
                                                    CAST(CASE WHEN "t108"."before" IS NOT NULL THEN "t108"."before" ELSE "t108"."after" END AS DOUBLE) AS "followers",
                                                    CASE
                                                      WHEN "t108"."before" IS NOT NULL
                                                      THEN "t108"."before_rank"
                                                      ELSE "t108"."after_rank"
                                                    END AS "followers__provenance"
                                                  FROM (
                                                    SELECT
                                                      CAST("t82"."post_id" AS BIGINT) AS "post_id",
                                                      FIRST("t82"."followers" ORDER BY "t82"."captured_at" DESC) FILTER(WHERE
                                                        "t82"."captured_at" <= "t82"."published_at") AS "before",
                                                      FIRST(
                                                        CASE "t82"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END ORDER BY "t82"."captured_at" DESC
                                                      ) FILTER(WHERE
                                                        "t82"."captured_at" <= "t82"."published_at") AS "before_rank",
                                                      FIRST("t82"."followers" ORDER BY "t82"."captured_at") FILTER(WHERE
                                                        NOT (
                                                          "t82"."captured_at" <= "t82"."published_at"
                                                        )) AS "after",
                                                      FIRST(
                                                        CASE "t82"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END ORDER BY "t82"."captured_at"
                                                      ) FILTER(WHERE
                                                        NOT (
                                                          "t82"."captured_at" <= "t82"."published_at"
                                                        )) AS "after_rank"
                                                    FROM (
                                                      SELECT
                                                        "t51"."post_id",
                                                        "t51"."account_id",
                                                        "t51"."published_at",
                                                        "t26"."id",
                                                        "t26"."captured_at",
                                                        "t26"."followers",
                                                        "t26"."source",
                                                        "t26"."provenance"
                                                      FROM (
                                                        SELECT
                                                          "t11"."id" AS "post_id",
                                                          "t11"."account_id",
                                                          "t11"."published_at"
                                                        FROM "post" AS "t11"
                                                        WHERE
                                                          "t11"."campaign_id" IS NOT NULL AND "t11"."campaign_id" IN (1)
                                                      ) AS "t51"
                                                      INNER JOIN "follower_snapshot" AS "t26"
                                                        ON "t51"."account_id" = "t26"."account_id"
                                                    ) AS "t82"
                                                    GROUP BY
                                                      1
                                                  ) AS "t108"
                                                ) AS "t127"
                                                  ON "t103"."post_id" = "t127"."post_id"
                                              ) AS "t140"
                                            ) AS "t149"
                                          ) AS "t162"
                                        ) AS "t166"
                                      ) AS "t168"
                                    ) AS "t174"
                                      ON "t130"."campaign_id" = "t174"."campaign_id"
                                      AND "t130"."influencer_id" = "t174"."influencer_id"
                                  ) AS "t179"
                                ) AS "t182"
                              ) AS "t187"
                              UNION ALL
                              SELECT
                                *
                              FROM (
                                SELECT
                                  "t125"."campaign_id",
                                  "t125"."campaign",
                                  "t125"."influencer_id",
                                  "t125"."influencer",
                                  CAST(NULL AS BIGINT) AS "account_id",
                                  CAST(NULL AS TEXT) AS "platform",
                                  CAST(NULL AS TEXT) AS "format",
                                  CAST(NULL AS BIGINT) AS "post_id",
                                  "t125"."day",
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
                                  "t125"."cost",
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
                                    CAST("t18"."name" AS TEXT) AS "influencer",
                                    "t100"."incurred_on" AS "day",
                                    "t100"."amount" AS "cost"
                                  FROM "t78" AS "t100"
                                  ANTI JOIN (
                                    SELECT
                                      "t94"."campaign_id",
                                      "t94"."campaign",
                                      "t94"."influencer_id",
                                      "t94"."influencer",
                                      "t94"."account_id",
                                      "t94"."platform",
                                      "t94"."format",
                                      "t94"."post_id",
                                      "t94"."day",
                                      "t94"."country",
                                      "t94"."caption",
                                      "t94"."sponsored",
                                      COUNT("t94"."post_id") OVER (
                                        PARTITION BY "t94"."campaign_id", "t94"."influencer_id"
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                      ) AS "n_posts"
                                    FROM "t80" AS "t94"
                                  ) AS "t115"
                                    ON "t100"."campaign_id" = "t115"."campaign_id"
                                    AND "t100"."influencer_id" = "t115"."influencer_id"
                                  LEFT OUTER JOIN "influencer" AS "t18"
                                    ON "t100"."influencer_id" = "t18"."id"
                                ) AS "t125"
                              ) AS "t134"
                            ) AS "t189"
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t65"."campaign_id",
                                "t65"."campaign",
                                CAST(NULL AS BIGINT) AS "influencer_id",
                                CAST(NULL AS TEXT) AS "influencer",
                                CAST(NULL AS BIGINT) AS "account_id",
                                "t65"."platform",
                                CAST(NULL AS TEXT) AS "format",
                                CAST(NULL AS BIGINT) AS "post_id",
                                "t65"."day",
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
                                "t65"."mentions",
                                "t65"."brand_mentions",
                                "t65"."mention_engagements",
                                "t65"."brand_mention_engagements",
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
                                  CAST("t15"."id" AS BIGINT) AS "campaign_id",
                                  CAST("t15"."name" AS TEXT) AS "campaign",
                                  CAST("t21"."platform" AS TEXT) AS "platform",
                                  "t21"."mentioned_on" AS "day",
                                  CAST(1 AS DOUBLE) AS "mentions",
                                  CAST(CASE WHEN "t21"."own" THEN 1 ELSE 0 END AS DOUBLE) AS "brand_mentions",
                                  "t21"."engagements" AS "mention_engagements",
                                  CAST(CASE WHEN "t21"."own" THEN 1 ELSE 0 END AS DOUBLE) * "t21"."engagements" AS "brand_mention_engagements"
                                FROM "mention" AS "t21"
                                INNER JOIN "campaign" AS "t15"
                                  ON "t21"."workspace_id" = "t15"."workspace_id"
                                  AND "t21"."mentioned_on" >= "t15"."start_date"
                                  AND "t21"."mentioned_on" <= "t15"."end_date"
                              ) AS "t65"
                            ) AS "t76"
                          ) AS "t190"
                          UNION ALL
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t181"."campaign_id",
                              "t181"."campaign",
                              "t181"."influencer_id",
                              "t181"."influencer",
                              "t181"."account_id",
                              "t181"."platform",
                              CAST(NULL AS TEXT) AS "format",
                              CAST(NULL AS BIGINT) AS "post_id",
                              "t181"."day",
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
                                WHEN "t181"."is_brand" = FALSE
                                THEN "t181"."start_followers"
                                ELSE CAST(NULL AS DOUBLE)
                              END AS "followers_start",
                              CASE
                                WHEN "t181"."is_brand" = FALSE
                                THEN CASE
                                  WHEN "t181"."end_seen_at" > "t181"."start_seen_at"
                                  THEN "t181"."end_followers" - "t181"."start_followers"
                                  ELSE CAST(NULL AS DOUBLE)
                                END
                                ELSE CAST(NULL AS DOUBLE)
                              END AS "followers_gained",
                              CASE
                                WHEN "t181"."is_brand" = FALSE
                                THEN CASE
                                  WHEN "t181"."end_seen_at" > "t181"."start_seen_at"
                                  THEN (
                                    (
                                      "t181"."start_followers" - "t181"."before_followers"
                                    ) / NULLIF(CAST("t181"."start_seen_at" - "t181"."before_seen_at" AS DOUBLE), 0)
                                  ) * (
                                    "t181"."end_seen_at" - "t181"."start_seen_at"
                                  )
                                  ELSE CAST(NULL AS DOUBLE)
                                END
                                ELSE CAST(NULL AS DOUBLE)
                              END AS "followers_expected_gain",
                              CAST(CASE
                                WHEN "t181"."is_brand" = FALSE
                                THEN "t181"."start_rank"
                                ELSE CAST(NULL AS TINYINT)
                              END AS BIGINT) AS "followers_start__provenance",
                              CASE
                                WHEN "t181"."is_brand" = FALSE
                                THEN CASE
                                  WHEN "t181"."end_seen_at" > "t181"."start_seen_at"
                                  THEN NULLIF(GREATEST(COALESCE("t181"."start_rank", -1), COALESCE("t181"."end_rank", -1)), -1)
                                  ELSE CAST(NULL AS BIGINT)
                                END
                                ELSE CAST(NULL AS BIGINT)
                              END AS "followers_gained__provenance",
                              CASE
                                WHEN "t181"."is_brand" = FALSE
                                THEN CASE
                                  WHEN CASE
                                    WHEN "t181"."end_seen_at" > "t181"."start_seen_at"
                                    THEN (
                                      (
                                        "t181"."start_followers" - "t181"."before_followers"
                                      ) / NULLIF(CAST("t181"."start_seen_at" - "t181"."before_seen_at" AS DOUBLE), 0)
                                    ) * (
                                      "t181"."end_seen_at" - "t181"."start_seen_at"
                                    )
                                    ELSE CAST(NULL AS DOUBLE)
                                  END IS NOT NULL
                                  THEN NULLIF(
                                    GREATEST(
                                      COALESCE(
                                        CASE
                                          WHEN "t181"."end_seen_at" > "t181"."start_seen_at"
                                          THEN NULLIF(GREATEST(COALESCE("t181"."start_rank", -1), COALESCE("t181"."end_rank", -1)), -1)
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        -1
                                      ),
                                      COALESCE("t181"."before_rank", -1)
                                    ),
                                    -1
                                  )
                                  ELSE CAST(NULL AS BIGINT)
                                END
                                ELSE CAST(NULL AS BIGINT)
                              END AS "followers_expected_gain__provenance",
                              CASE
                                WHEN "t181"."is_brand" = TRUE
                                THEN "t181"."start_followers"
                                ELSE CAST(NULL AS DOUBLE)
                              END AS "brand_followers_start",
                              CASE
                                WHEN "t181"."is_brand" = TRUE
                                THEN CASE
                                  WHEN "t181"."end_seen_at" > "t181"."start_seen_at"
                                  THEN "t181"."end_followers" - "t181"."start_followers"
                                  ELSE CAST(NULL AS DOUBLE)
                                END
                                ELSE CAST(NULL AS DOUBLE)
                              END AS "brand_followers_gained",
                              CASE
                                WHEN "t181"."is_brand" = TRUE
                                THEN CASE
                                  WHEN "t181"."end_seen_at" > "t181"."start_seen_at"
                                  THEN (
                                    (
                                      "t181"."start_followers" - "t181"."before_followers"
                                    ) / NULLIF(CAST("t181"."start_seen_at" - "t181"."before_seen_at" AS DOUBLE), 0)
                                  ) * (
                                    "t181"."end_seen_at" - "t181"."start_seen_at"
                                  )
                                  ELSE CAST(NULL AS DOUBLE)
                                END
                                ELSE CAST(NULL AS DOUBLE)
                              END AS "brand_followers_expected_gain",
                              CAST(CASE
                                WHEN "t181"."is_brand" = TRUE
                                THEN "t181"."start_rank"
                                ELSE CAST(NULL AS TINYINT)
                              END AS BIGINT) AS "brand_followers_start__provenance",
                              CASE
                                WHEN "t181"."is_brand" = TRUE
                                THEN CASE
                                  WHEN "t181"."end_seen_at" > "t181"."start_seen_at"
                                  THEN NULLIF(GREATEST(COALESCE("t181"."start_rank", -1), COALESCE("t181"."end_rank", -1)), -1)
                                  ELSE CAST(NULL AS BIGINT)
                                END
                                ELSE CAST(NULL AS BIGINT)
                              END AS "brand_followers_gained__provenance",
                              CASE
                                WHEN "t181"."is_brand" = TRUE
                                THEN CASE
                                  WHEN CASE
                                    WHEN "t181"."end_seen_at" > "t181"."start_seen_at"
                                    THEN (
                                      (
                                        "t181"."start_followers" - "t181"."before_followers"
                                      ) / NULLIF(CAST("t181"."start_seen_at" - "t181"."before_seen_at" AS DOUBLE), 0)
                                    ) * (
                                      "t181"."end_seen_at" - "t181"."start_seen_at"
                                    )
                                    ELSE CAST(NULL AS DOUBLE)
                                  END IS NOT NULL
                                  THEN NULLIF(
                                    GREATEST(
                                      COALESCE(
                                        CASE
                                          WHEN "t181"."end_seen_at" > "t181"."start_seen_at"
                                          THEN NULLIF(GREATEST(COALESCE("t181"."start_rank", -1), COALESCE("t181"."end_rank", -1)), -1)
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        -1
                                      ),
                                      COALESCE("t181"."before_rank", -1)
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
                                "t157"."before_followers",
                                "t157"."before_seen_at",
                                "t157"."before_rank"
                              FROM (
                                SELECT
                                  "t165"."campaign_id",
                                  "t165"."campaign",
                                  "t165"."influencer_id",
                                  "t165"."influencer",
                                  "t165"."account_id",
                                  "t165"."platform",
                                  "t165"."is_brand",
                                  "t165"."day",
                                  "t165"."start_at",
                                  "t165"."end_at",
                                  "t165"."start_followers",
                                  "t165"."start_seen_at",
                                  "t165"."start_rank",
                                  "t156"."end_followers",
                                  "t156"."end_seen_at",
                                  "t156"."end_rank"
                                FROM (
                                  SELECT
                                    "t137"."campaign_id",
                                    "t137"."campaign",
                                    "t137"."influencer_id",
                                    "t137"."influencer",
                                    "t137"."account_id",
                                    "t137"."platform",
                                    "t137"."is_brand",
                                    "t137"."day",
                                    "t137"."start_at",
                                    "t137"."end_at",
                                    "t159"."start_followers",
                                    "t159"."start_seen_at",
                                    "t159"."start_rank"
                                  FROM (
                                    SELECT
                                      "t117"."campaign_id",
                                      CAST("t15"."name" AS TEXT) AS "campaign",
                                      CAST("t19"."id" AS BIGINT) AS "influencer_id",
                                      CAST("t19"."name" AS TEXT) AS "influencer",
                                      "t117"."account_id",
                                      CAST("t25"."platform" AS TEXT) AS "platform",
                                      "t117"."is_brand",
                                      "t15"."end_date" AS "day",
                                      EPOCH(CAST(CAST("t15"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "start_at",
                                      EPOCH(CAST(CAST("t15"."end_date" AS TIMESTAMPTZ) AS TIMESTAMP)) + 86400 AS "end_at"
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t102"."campaign_id",
                                          "t102"."account_id",
                                          FALSE AS "is_brand"
                                        FROM (
                                          SELECT DISTINCT
                                            "t88"."campaign_id",
                                            "t88"."account_id"
                                          FROM (
                                            SELECT
                                              CAST("t49"."campaign_id" AS BIGINT) AS "campaign_id",
                                              CAST("t16"."name" AS TEXT) AS "campaign",
                                              CAST("t46"."id" AS BIGINT) AS "influencer_id",
                                              CAST("t46"."name" AS TEXT) AS "influencer",
                                              CAST("t24"."id" AS BIGINT) AS "account_id",
                                              CAST("t24"."platform" AS TEXT) AS "platform",
                                              CAST("t49"."format" AS TEXT) AS "format",
                                              CAST("t49"."id" AS BIGINT) AS "post_id",
                                              "t49"."published_on" AS "day",
                                              "t46"."country",
                                              CAST("t49"."caption" AS TEXT) AS "caption",
                                              "t49"."sponsored"
                                            FROM (
                                              SELECT
                                                *
                                              FROM "post" AS "t11"
                                              WHERE
                                                "t11"."campaign_id" IS NOT NULL
                                            ) AS "t49"
                                            INNER JOIN "account" AS "t24"
                                              ON "t49"."account_id" = "t24"."id"
                                            INNER JOIN (
                                              SELECT
                                                *
                                              FROM "influencer" AS "t3"
                                              WHERE
                                                NOT (
                                                  "t3"."is_brand"
                                                )
                                            ) AS "t46"
                                              ON "t24"."influencer_id" = "t46"."id"
                                            INNER JOIN "campaign" AS "t16"
                                              ON "t49"."campaign_id" = "t16"."id"
                                          ) AS "t88"
                                        ) AS "t102"
                                      ) AS "t107"
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          CAST("t17"."id" AS BIGINT) AS "campaign_id",
                                          CAST("t25"."id" AS BIGINT) AS "account_id",
                                          TRUE AS "is_brand"
                                        FROM "campaign" AS "t17"
                                        INNER JOIN (
                                          SELECT
                                            *
                                          FROM "influencer" AS "t3"
                                          WHERE
                                            "t3"."is_brand"
                                        ) AS "t35"
                                          ON "t35"."workspace_id" = "t17"."workspace_id"
                                        INNER JOIN "account" AS "t25"
                                          ON "t25"."influencer_id" = "t35"."id"
                                      ) AS "t68"
                                    ) AS "t117"
                                    INNER JOIN "campaign" AS "t15"
                                      ON "t117"."campaign_id" = "t15"."id"
                                    INNER JOIN "account" AS "t25"
                                      ON "t117"."account_id" = "t25"."id"
                                    INNER JOIN "influencer" AS "t19"
                                      ON "t25"."influencer_id" = "t19"."id"
                                  ) AS "t137"
                                  INNER JOIN (
                                    SELECT
                                      "t153"."campaign_id",
                                      "t153"."account_id",
                                      CAST("t153"."followers" AS DOUBLE) AS "start_followers",
                                      "t153"."at" AS "start_seen_at",
                                      "t153"."rank" AS "start_rank"
                                    FROM (
                                      SELECT
                                        "t148"."campaign_id",
                                        "t148"."campaign",
                                        "t148"."influencer_id",
                                        "t148"."influencer",
                                        "t148"."account_id",
                                        "t148"."platform",
                                        "t148"."is_brand",
                                        "t148"."day",
                                        "t148"."start_at",
                                        "t148"."end_at",
                                        "t148"."followers",
                                        "t148"."at",
                                        "t148"."rank",
                                        ROW_NUMBER() OVER (
                                          PARTITION BY "t148"."campaign_id", "t148"."account_id"
                                          ORDER BY CASE WHEN "t148"."at" <= "t148"."start_at" THEN 0 ELSE 1 END ASC, ABS("t148"."at" - "t148"."start_at") ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        ) - 1 AS "order"
                                      FROM "t147" AS "t148"
                                    ) AS "t153"
                                    WHERE
                                      "t153"."order" = 0
                                  ) AS "t159"
                                    ON "t137"."campaign_id" = "t159"."campaign_id"
                                    AND "t137"."account_id" = "t159"."account_id"
                                ) AS "t165"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t151"."campaign_id",
                                    "t151"."account_id",
                                    CAST("t151"."followers" AS DOUBLE) AS "end_followers",
                                    "t151"."at" AS "end_seen_at",
                                    "t151"."rank" AS "end_rank"
                                  FROM (
                                    SELECT
                                      "t148"."campaign_id",
                                      "t148"."campaign",
                                      "t148"."influencer_id",
                                      "t148"."influencer",
                                      "t148"."account_id",
                                      "t148"."platform",
                                      "t148"."is_brand",
                                      "t148"."day",
                                      "t148"."start_at",
                                      "t148"."end_at",
                                      "t148"."followers",
                                      "t148"."at",
                                      "t148"."rank",
                                      ROW_NUMBER() OVER (
                                        PARTITION BY "t148"."campaign_id", "t148"."account_id"
                                        ORDER BY "t148"."at" DESC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                      ) - 1 AS "order"
                                    FROM "t147" AS "t148"
                                  ) AS "t151"
                                  WHERE
                                    "t151"."order" = 0
                                ) AS "t156"
                                  ON "t165"."campaign_id" = "t156"."campaign_id"
                                  AND "t165"."account_id" = "t156"."account_id"
                              ) AS "t178"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t152"."campaign_id",
                                  "t152"."account_id",
                                  CAST("t152"."followers" AS DOUBLE) AS "before_followers",
                                  "t152"."at" AS "before_seen_at",
                                  "t152"."rank" AS "before_rank"
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
                                      ORDER BY "t150"."at" DESC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    ) - 1 AS "order"
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        "t137"."campaign_id",
                                        "t137"."campaign",
                                        "t137"."influencer_id",
                                        "t137"."influencer",
                                        "t137"."account_id",
                                        "t137"."platform",
                                        "t137"."is_brand",
                                        "t137"."day",
                                        "t137"."start_at",
                                        "t137"."end_at",
                                        "t59"."followers",
                                        "t59"."at",
                                        "t59"."rank"
                                      FROM (
                                        SELECT
                                          "t117"."campaign_id",
                                          CAST("t15"."name" AS TEXT) AS "campaign",
                                          CAST("t19"."id" AS BIGINT) AS "influencer_id",
                                          CAST("t19"."name" AS TEXT) AS "influencer",
                                          "t117"."account_id",
                                          CAST("t25"."platform" AS TEXT) AS "platform",
                                          "t117"."is_brand",
                                          "t15"."end_date" AS "day",
                                          EPOCH(CAST(CAST("t15"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "start_at",
                                          EPOCH(CAST(CAST("t15"."end_date" AS TIMESTAMPTZ) AS TIMESTAMP)) + 86400 AS "end_at"
                                        FROM (
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              "t102"."campaign_id",
                                              "t102"."account_id",
                                              FALSE AS "is_brand"
                                            FROM (
                                              SELECT DISTINCT
                                                "t88"."campaign_id",
                                                "t88"."account_id"
                                              FROM (
                                                SELECT
                                                  CAST("t49"."campaign_id" AS BIGINT) AS "campaign_id",
                                                  CAST("t16"."name" AS TEXT) AS "campaign",
                                                  CAST("t46"."id" AS BIGINT) AS "influencer_id",
                                                  CAST("t46"."name" AS TEXT) AS "influencer",
                                                  CAST("t24"."id" AS BIGINT) AS "account_id",
                                                  CAST("t24"."platform" AS TEXT) AS "platform",
                                                  CAST("t49"."format" AS TEXT) AS "format",
                                                  CAST("t49"."id" AS BIGINT) AS "post_id",
                                                  "t49"."published_on" AS "day",
                                                  "t46"."country",
                                                  CAST("t49"."caption" AS TEXT) AS "caption",
                                                  "t49"."sponsored"
                                                FROM (
                                                  SELECT
                                                    *
                                                  FROM "post" AS "t11"
                                                  WHERE
                                                    "t11"."campaign_id" IS NOT NULL
                                                ) AS "t49"
                                                INNER JOIN "account" AS "t24"
                                                  ON "t49"."account_id" = "t24"."id"
                                                INNER JOIN (
                                                  SELECT
                                                    *
                                                  FROM "influencer" AS "t3"
                                                  WHERE
                                                    NOT (
                                                      "t3"."is_brand"
                                                    )
                                                ) AS "t46"
                                                  ON "t24"."influencer_id" = "t46"."id"
                                                INNER JOIN "campaign" AS "t16"
                                                  ON "t49"."campaign_id" = "t16"."id"
                                              ) AS "t88"
                                            ) AS "t102"
                                          ) AS "t107"
                                          UNION ALL
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              CAST("t17"."id" AS BIGINT) AS "campaign_id",
                                              CAST("t25"."id" AS BIGINT) AS "account_id",
                                              TRUE AS "is_brand"
                                            FROM "campaign" AS "t17"
                                            INNER JOIN (
                                              SELECT
                                                *
                                              FROM "influencer" AS "t3"
                                              WHERE
                                                "t3"."is_brand"
                                            ) AS "t35"
                                              ON "t35"."workspace_id" = "t17"."workspace_id"
                                            INNER JOIN "account" AS "t25"
                                              ON "t25"."influencer_id" = "t35"."id"
                                          ) AS "t68"
                                        ) AS "t117"
                                        INNER JOIN "campaign" AS "t15"
                                          ON "t117"."campaign_id" = "t15"."id"
                                        INNER JOIN "account" AS "t25"
                                          ON "t117"."account_id" = "t25"."id"
                                        INNER JOIN "influencer" AS "t19"
                                          ON "t25"."influencer_id" = "t19"."id"
                                      ) AS "t137"
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
                                      ) AS "t59"
                                        ON "t137"."account_id" = "t59"."account_id"
                                    ) AS "t146"
                                    WHERE
                                      "t146"."at" <= (
                                        "t146"."start_at" - (
                                          "t146"."end_at" - "t146"."start_at"
                                        )
                                      )
                                  ) AS "t150"
                                ) AS "t152"
                                WHERE
                                  "t152"."order" = 0
                              ) AS "t157"
                                ON "t178"."campaign_id" = "t157"."campaign_id"
                                AND "t178"."account_id" = "t157"."account_id"
                            ) AS "t181"
                          ) AS "t188"
                        ) AS "t191"
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t63"."campaign_id",
                            "t63"."campaign",
                            "t63"."influencer_id",
                            "t63"."influencer",
                            CAST(NULL AS BIGINT) AS "account_id",
                            CAST(NULL AS TEXT) AS "platform",
                            CAST(NULL AS TEXT) AS "format",
                            CAST(NULL AS BIGINT) AS "post_id",
                            "t63"."day",
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
                            "t63"."influencers_contacted",
                            "t63"."influencers_interested",
                            "t63"."posts_contracted",
                            "t63"."products_sent",
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
                              CAST("t20"."campaign_id" AS BIGINT) AS "campaign_id",
                              CAST("t15"."name" AS TEXT) AS "campaign",
                              CAST("t20"."influencer_id" AS BIGINT) AS "influencer_id",
                              CAST("t18"."name" AS TEXT) AS "influencer",
                              "t15"."start_date" AS "day",
                              CAST(1 AS DOUBLE) AS "influencers_contacted",
                              CAST(CASE WHEN "t20"."status" IN ('interested', 'activated') THEN 1 ELSE 0 END AS DOUBLE) AS "influencers_interested",
                              CAST("t20"."posts_contracted" AS DOUBLE) AS "posts_contracted",
                              CAST("t20"."products_sent" AS DOUBLE) AS "products_sent"
                            FROM "roster" AS "t20"
                            INNER JOIN "campaign" AS "t15"
                              ON "t20"."campaign_id" = "t15"."id"
                            INNER JOIN "influencer" AS "t18"
                              ON "t20"."influencer_id" = "t18"."id"
                          ) AS "t63"
                        ) AS "t75"
                      ) AS "t192"
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t106"."campaign_id",
                          "t106"."campaign",
                          "t106"."influencer_id",
                          "t106"."influencer",
                          CAST(NULL AS BIGINT) AS "account_id",
                          "t106"."platform",
                          CAST(NULL AS TEXT) AS "format",
                          "t106"."post_id",
                          "t106"."day",
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
                          "t106"."link_clicks",
                          "t106"."unique_link_clicks",
                          "t106"."bot_link_clicks",
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
                            "t86"."campaign_id",
                            "t86"."influencer_id",
                            "t86"."post_id",
                            "t86"."platform",
                            "t86"."day",
                            "t86"."link_clicks",
                            "t86"."unique_link_clicks",
                            "t86"."bot_link_clicks",
                            CAST("t15"."name" AS TEXT) AS "campaign",
                            CAST("t18"."name" AS TEXT) AS "influencer"
                          FROM (
                            SELECT
                              CAST("t23"."campaign_id" AS BIGINT) AS "campaign_id",
                              CAST("t23"."influencer_id" AS BIGINT) AS "influencer_id",
                              CAST("t23"."post_id" AS BIGINT) AS "post_id",
                              CAST("t23"."platform" AS TEXT) AS "platform",
                              CAST("t22"."clicked_at" AS DATE) AS "day",
                              CAST(CASE WHEN NOT (
                                "t22"."is_bot"
                              ) THEN 1 ELSE 0 END AS DOUBLE) AS "link_clicks",
                              CAST(CASE WHEN NOT (
                                "t22"."is_bot"
                              ) AND "t22"."is_unique" THEN 1 ELSE 0 END AS DOUBLE) AS "unique_link_clicks",
                              CAST(CASE WHEN "t22"."is_bot" THEN 1 ELSE 0 END AS DOUBLE) AS "bot_link_clicks"
                            FROM "click" AS "t22"
                            INNER JOIN "link" AS "t23"
                              ON "t22"."link_id" = "t23"."id"
                          ) AS "t86"
                          INNER JOIN "campaign" AS "t15"
                            ON "t86"."campaign_id" = "t15"."id"
                          LEFT OUTER JOIN "influencer" AS "t18"
                            ON "t86"."influencer_id" = "t18"."id"
                        ) AS "t106"
                      ) AS "t113"
                    ) AS "t193"
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
                        "t91"."platform",
                        CAST(NULL AS TEXT) AS "format",
                        CAST(NULL AS BIGINT) AS "post_id",
                        "t91"."day",
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
                        "t91"."sessions",
                        "t91"."new_users",
                        "t91"."engaged_sessions",
                        "t91"."bounced_sessions",
                        "t91"."session_seconds",
                        "t91"."page_views",
                        "t91"."key_events",
                        CAST(NULL AS DOUBLE) AS "orders",
                        CAST(NULL AS DOUBLE) AS "revenue",
                        CAST(NULL AS DOUBLE) AS "new_customers",
                        CAST(NULL AS DOUBLE) AS "key_messages"
                      FROM (
                        SELECT
                          "t64"."campaign_id",
                          "t64"."influencer_id",
                          "t64"."platform",
                          "t64"."day",
                          "t64"."sessions",
                          "t64"."new_users",
                          "t64"."engaged_sessions",
                          "t64"."bounced_sessions",
                          "t64"."session_seconds",
                          "t64"."page_views",
                          "t64"."key_events",
                          CAST("t15"."name" AS TEXT) AS "campaign",
                          CAST("t18"."name" AS TEXT) AS "influencer"
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
                            "t6"."campaign_id" IS NOT NULL
                        ) AS "t64"
                        INNER JOIN "campaign" AS "t15"
                          ON "t64"."campaign_id" = "t15"."id"
                        LEFT OUTER JOIN "influencer" AS "t18"
                          ON "t64"."influencer_id" = "t18"."id"
                      ) AS "t91"
                    ) AS "t105"
                  ) AS "t194"
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t104"."campaign_id",
                      "t104"."campaign",
                      "t104"."influencer_id",
                      "t104"."influencer",
                      CAST(NULL AS BIGINT) AS "account_id",
                      "t104"."platform",
                      CAST(NULL AS TEXT) AS "format",
                      CAST(NULL AS BIGINT) AS "post_id",
                      "t104"."day",
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
                      "t104"."orders",
                      "t104"."revenue",
                      "t104"."new_customers",
                      CAST(NULL AS DOUBLE) AS "key_messages"
                    FROM (
                      SELECT
                        "t74"."campaign_id",
                        "t74"."influencer_id",
                        "t74"."platform",
                        "t74"."day",
                        "t74"."orders",
                        "t74"."revenue",
                        "t74"."new_customers",
                        CAST("t15"."name" AS TEXT) AS "campaign",
                        CAST("t18"."name" AS TEXT) AS "influencer"
                      FROM (
                        SELECT
                          CAST("t4"."campaign_id" AS BIGINT) AS "campaign_id",
                          CAST("t4"."influencer_id" AS BIGINT) AS "influencer_id",
                          "t4"."platform",
                          "t4"."ordered_on" AS "day",
                          CAST(CASE WHEN NOT (
                            "t4"."reversed"
                          ) THEN 1 ELSE 0 END AS DOUBLE) AS "orders",
                          CASE
                            WHEN NOT (
                              "t4"."reversed"
                            )
                            THEN CAST("t4"."campaign_revenue" AS DOUBLE)
                            ELSE 0
                          END AS "revenue",
                          CAST(CASE
                            WHEN NOT (
                              "t4"."reversed"
                            ) AND COALESCE("t4"."new_customer", FALSE)
                            THEN 1
                            ELSE 0
                          END AS DOUBLE) AS "new_customers"
                        FROM "order_attribution" AS "t4"
                      ) AS "t74"
                      INNER JOIN "campaign" AS "t15"
                        ON "t74"."campaign_id" = "t15"."id"
                      LEFT OUTER JOIN "influencer" AS "t18"
                        ON "t74"."influencer_id" = "t18"."id"
                    ) AS "t104"
                  ) AS "t109"
                ) AS "t195"
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
                ) AS "t71"
              ) AS "t198"
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
                      CAST(1 AS DOUBLE) AS "rate"
                    FROM "campaign" AS "t0"
                    WHERE
                      "t0"."currency" = 'EUR'
                  ) AS "t30"
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t122"."campaign_id",
                      "t122"."rate"
                    FROM (
                      SELECT
                        "t99"."campaign_id",
                        "t99"."start",
                        "t99"."rate",
                        "t99"."valid",
                        ROW_NUMBER() OVER (
                          PARTITION BY "t99"."campaign_id"
                          ORDER BY CASE WHEN "t99"."valid" <= "t99"."start" THEN 0 ELSE 1 END ASC, ABS("t99"."valid" - "t99"."start") ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) - 1 AS "order"
                      FROM (
                        SELECT
                          "t54"."campaign_id",
                          "t54"."start",
                          "t67"."rate",
                          EPOCH(CAST(CAST("t67"."valid_on" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "valid"
                        FROM (
                          SELECT
                            CAST("t0"."id" AS BIGINT) AS "campaign_id",
                            "t0"."currency",
                            EPOCH(CAST(CAST("t0"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "start"
                          FROM "campaign" AS "t0"
                        ) AS "t54"
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
                          ) AS "t33"
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
                          ) AS "t56"
                        ) AS "t67"
                          ON "t54"."currency" = "t67"."quote"
                      ) AS "t99"
                    ) AS "t122"
                    WHERE
                      "t122"."order" = 0
                  ) AS "t132"
                ) AS "t136"
              ) AS "t144"
                ON "t198"."campaign_id" = "t144"."campaign_id"
            ) AS "t201"
            LEFT OUTER JOIN (
              SELECT
                "t1"."account_id",
                "t1"."inauthentic_share"
              FROM "account_audit" AS "t1"
            ) AS "t31"
              ON "t201"."account_id" = "t31"."account_id"
          ) AS "t203"
        ) AS "t206"
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
                CAST(1 AS DOUBLE) AS "rate"
              FROM "campaign" AS "t0"
              WHERE
                "t0"."currency" = 'USD'
            ) AS "t29"
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                "t121"."campaign_id",
                "t121"."rate"
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
                    "t54"."campaign_id",
                    "t54"."start",
                    "t66"."rate",
                    EPOCH(CAST(CAST("t66"."valid_on" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "valid"
                  FROM (
                    SELECT
                      CAST("t0"."id" AS BIGINT) AS "campaign_id",
                      "t0"."currency",
                      EPOCH(CAST(CAST("t0"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "start"
                    FROM "campaign" AS "t0"
                  ) AS "t54"
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
                    ) AS "t32"
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
                    ) AS "t55"
                  ) AS "t66"
                    ON "t54"."currency" = "t66"."quote"
                ) AS "t98"
              ) AS "t121"
              WHERE
                "t121"."order" = 0
            ) AS "t131"
          ) AS "t135"
        ) AS "t143"
          ON "t206"."campaign_id" = "t143"."campaign_id"
      ) AS "t208"
      WHERE
        "t208"."campaign_id" IN (1)
        AND (
          (
            "t208"."bot_link_clicks" IS NOT NULL
          )
          OR (
            "t208"."bounced_sessions" IS NOT NULL
          )
          OR (
            "t208"."brand_followers_expected_gain" IS NOT NULL
          )
          OR (
            "t208"."brand_followers_gained" IS NOT NULL
          )
          OR (
            "t208"."brand_followers_start" IS NOT NULL
          )
          OR (
            "t208"."brand_mention_engagements" IS NOT NULL
          )
          OR (
            "t208"."brand_mentions" IS NOT NULL
          )
          OR (
            "t208"."clicks" IS NOT NULL
          )
          OR (
            "t208"."comments" IS NOT NULL
          )
          OR (
            "t208"."cost" IS NOT NULL
          )
          OR (
            "t208"."disclosed_sponsored_posts" IS NOT NULL
          )
          OR (
            "t208"."emv" IS NOT NULL
          )
          OR (
            "t208"."emv_authentic" IS NOT NULL
          )
          OR (
            "t208"."engagements" IS NOT NULL
          )
          OR (
            "t208"."er_followers_post" IS NOT NULL
          )
          OR (
            "t208"."er_impressions_post" IS NOT NULL
          )
          OR (
            "t208"."er_reach_post" IS NOT NULL
          )
          OR (
            "t208"."er_views_post" IS NOT NULL
          )
          OR (
            "t208"."followers" IS NOT NULL
          )
          OR (
            "t208"."followers_expected_gain" IS NOT NULL
          )
          OR (
            "t208"."followers_gained" IS NOT NULL
          )
          OR (
            "t208"."followers_start" IS NOT NULL
          )
          OR (
            "t208"."impressions" IS NOT NULL
          )
          OR (
            "t208"."impressions_with_estimates" IS NOT NULL
          )
          OR (
            "t208"."influencers_contacted" IS NOT NULL
          )
          OR (
            "t208"."influencers_interested" IS NOT NULL
          )
          OR (
            "t208"."key_events" IS NOT NULL
          )
          OR (
            "t208"."key_message_posts" IS NOT NULL
          )
          OR (
            "t208"."key_messages" IS NOT NULL
          )
          OR (
            "t208"."likes" IS NOT NULL
          )
          OR (
            "t208"."link_clicks" IS NOT NULL
          )
          OR (
            "t208"."mention_engagements" IS NOT NULL
          )
          OR (
            "t208"."mentions" IS NOT NULL
          )
          OR (
            "t208"."new_customers" IS NOT NULL
          )
          OR (
            "t208"."new_users" IS NOT NULL
          )
          OR (
            "t208"."orders" IS NOT NULL
          )
          OR (
            "t208"."page_views" IS NOT NULL
          )
          OR (
            (
              "t208"."cost" / (
                CASE
                  WHEN "t208"."platform" = 'tiktok'
                  THEN CAST(NULL AS DOUBLE)
                  WHEN "t208"."platform" = 'youtube'
                  THEN CAST(NULL AS DOUBLE)
                  ELSE 1.88
                END * "t208"."paid_rate"
              )
            ) IS NOT NULL
          )
          OR (
            (
              (
                "t208"."cost" / (
                  CASE
                    WHEN "t208"."platform" = 'tiktok'
                    THEN 7.5
                    WHEN "t208"."platform" = 'youtube'
                    THEN 3.53
                    ELSE 19.8
                  END * "t208"."paid_rate"
                )
              ) * 1000
            ) IS NOT NULL
          )
          OR (
            (
              "t208"."cost" / (
                CASE WHEN "t208"."platform" = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * "t208"."paid_rate"
              )
            ) IS NOT NULL
          )
          OR (
            "t208"."post_id" IS NOT NULL
          )
          OR (
            "t208"."post_platform" IS NOT NULL
          )
          OR (
            "t208"."posts_contracted" IS NOT NULL
          )
          OR (
            "t208"."products_sent" IS NOT NULL
          )
          OR (
            "t208"."publishing_influencer" IS NOT NULL
          )
          OR (
            "t208"."reach" IS NOT NULL
          )
          OR (
            "t208"."revenue" IS NOT NULL
          )
          OR (
            "t208"."saves" IS NOT NULL
          )
          OR (
            "t208"."session_seconds" IS NOT NULL
          )
          OR (
            "t208"."sessions" IS NOT NULL
          )
          OR (
            "t208"."shares" IS NOT NULL
          )
          OR (
            "t208"."sponsored_posts" IS NOT NULL
          )
          OR (
            "t208"."ugc_post" IS NOT NULL
          )
          OR (
            "t208"."unique_link_clicks" IS NOT NULL
          )
          OR (
            "t208"."views" IS NOT NULL
          )
        )
    ) AS "t209"
    GROUP BY
      1
  ) AS "t212"
  LEFT OUTER JOIN (
    SELECT
      "t214"."week",
      AVG("t214"."er_reach_account_mean") AS "er_reach_account_mean",
      MAX("t214"."er_reach_account_mean__r") FILTER(WHERE
        "t214"."er_reach_account_mean" IS NOT NULL) AS "er_reach_account_mean__provenance",
      QUANTILE_CONT("t214"."er_reach_account_median", 0.5) AS "er_reach_account_median",
      MAX("t214"."er_reach_account_median__r") FILTER(WHERE
        "t214"."er_reach_account_median" IS NOT NULL) AS "er_reach_account_median__provenance",
      AVG("t214"."er_followers_account_mean") AS "er_followers_account_mean",
      MAX("t214"."er_followers_account_mean__r") FILTER(WHERE
        "t214"."er_followers_account_mean" IS NOT NULL) AS "er_followers_account_mean__provenance",
      QUANTILE_CONT("t214"."er_followers_account_median", 0.5) AS "er_followers_account_median",
      MAX("t214"."er_followers_account_median__r") FILTER(WHERE
        "t214"."er_followers_account_median" IS NOT NULL) AS "er_followers_account_median__provenance",
      AVG("t214"."er_impressions_account_mean") AS "er_impressions_account_mean",
      MAX("t214"."er_impressions_account_mean__r") FILTER(WHERE
        "t214"."er_impressions_account_mean" IS NOT NULL) AS "er_impressions_account_mean__provenance",
      QUANTILE_CONT("t214"."er_impressions_account_median", 0.5) AS "er_impressions_account_median",
      MAX("t214"."er_impressions_account_median__r") FILTER(WHERE
        "t214"."er_impressions_account_median" IS NOT NULL) AS "er_impressions_account_median__provenance",
      AVG("t214"."er_views_account_mean") AS "er_views_account_mean",
      MAX("t214"."er_views_account_mean__r") FILTER(WHERE
        "t214"."er_views_account_mean" IS NOT NULL) AS "er_views_account_mean__provenance",
      QUANTILE_CONT("t214"."er_views_account_median", 0.5) AS "er_views_account_median",
      MAX("t214"."er_views_account_median__r") FILTER(WHERE
        "t214"."er_views_account_median" IS NOT NULL) AS "er_views_account_median__provenance"
    FROM (
      SELECT
        "t213"."week",
        "t213"."account_id",
        "t213"."er_reach_account_mean__n",
        "t213"."er_reach_account_mean__d",
        "t213"."er_reach_account_median__n",
        "t213"."er_reach_account_median__d",
        "t213"."er_followers_account_mean__n",
        "t213"."er_followers_account_mean__d",
        "t213"."er_followers_account_median__n",
        "t213"."er_followers_account_median__d",
        "t213"."er_impressions_account_mean__n",
        "t213"."er_impressions_account_mean__d",
        "t213"."er_impressions_account_median__n",
        "t213"."er_impressions_account_median__d",
        "t213"."er_views_account_mean__n",
        "t213"."er_views_account_mean__d",
        "t213"."er_views_account_median__n",
        "t213"."er_views_account_median__d",
        "t213"."er_reach_account_mean__r",
        "t213"."er_reach_account_median__r",
        "t213"."er_followers_account_mean__r",
        "t213"."er_followers_account_median__r",
        "t213"."er_impressions_account_mean__r",
        "t213"."er_impressions_account_median__r",
        "t213"."er_views_account_mean__r",
        "t213"."er_views_account_median__r",
        (
          "t213"."er_reach_account_mean__n" / NULLIF("t213"."er_reach_account_mean__d", 0)
        ) * 100 AS "er_reach_account_mean",
        (
          "t213"."er_reach_account_median__n" / NULLIF("t213"."er_reach_account_median__d", 0)
        ) * 100 AS "er_reach_account_median",
        (
          "t213"."er_followers_account_mean__n" / NULLIF("t213"."er_followers_account_mean__d", 0)
        ) * 100 AS "er_followers_account_mean",
        (
          "t213"."er_followers_account_median__n" / NULLIF("t213"."er_followers_account_median__d", 0)
        ) * 100 AS "er_followers_account_median",
        (
          "t213"."er_impressions_account_mean__n" / NULLIF("t213"."er_impressions_account_mean__d", 0)
        ) * 100 AS "er_impressions_account_mean",
        (
          "t213"."er_impressions_account_median__n" / NULLIF("t213"."er_impressions_account_median__d", 0)
        ) * 100 AS "er_impressions_account_median",
        (
          "t213"."er_views_account_mean__n" / NULLIF("t213"."er_views_account_mean__d", 0)
        ) * 100 AS "er_views_account_mean",
        (
          "t213"."er_views_account_median__n" / NULLIF("t213"."er_views_account_median__d", 0)
        ) * 100 AS "er_views_account_median"
      FROM (
        SELECT
          "t210"."week",
          "t210"."account_id",
          SUM("t210"."engagements") FILTER(WHERE
            (
              "t210"."engagements" IS NOT NULL
            ) AND (
              "t210"."reach" IS NOT NULL
            )) AS "er_reach_account_mean__n",
          SUM("t210"."reach") FILTER(WHERE
            (
              "t210"."engagements" IS NOT NULL
            ) AND (
              "t210"."reach" IS NOT NULL
            )) AS "er_reach_account_mean__d",
          SUM("t210"."engagements") FILTER(WHERE
            (
              "t210"."engagements" IS NOT NULL
            ) AND (
              "t210"."reach" IS NOT NULL
            )) AS "er_reach_account_median__n",
          SUM("t210"."reach") FILTER(WHERE
            (
              "t210"."engagements" IS NOT NULL
            ) AND (
              "t210"."reach" IS NOT NULL
            )) AS "er_reach_account_median__d",
          SUM("t210"."engagements") FILTER(WHERE
            (
              "t210"."engagements" IS NOT NULL
            ) AND (
              "t210"."followers" IS NOT NULL
            )) AS "er_followers_account_mean__n",
          SUM("t210"."followers") FILTER(WHERE
            (
              "t210"."engagements" IS NOT NULL
            ) AND (
              "t210"."followers" IS NOT NULL
            )) AS "er_followers_account_mean__d",
          SUM("t210"."engagements") FILTER(WHERE
            (
              "t210"."engagements" IS NOT NULL
            ) AND (
              "t210"."followers" IS NOT NULL
            )) AS "er_followers_account_median__n",
          SUM("t210"."followers") FILTER(WHERE
            (
              "t210"."engagements" IS NOT NULL
            ) AND (
              "t210"."followers" IS NOT NULL
            )) AS "er_followers_account_median__d",
          SUM("t210"."engagements") FILTER(WHERE
            (
              "t210"."engagements" IS NOT NULL
            ) AND (
              "t210"."impressions" IS NOT NULL
            )) AS "er_impressions_account_mean__n",
          SUM("t210"."impressions") FILTER(WHERE
            (
              "t210"."engagements" IS NOT NULL
            ) AND (
              "t210"."impressions" IS NOT NULL
            )) AS "er_impressions_account_mean__d",
          SUM("t210"."engagements") FILTER(WHERE
            (
              "t210"."engagements" IS NOT NULL
            ) AND (
              "t210"."impressions" IS NOT NULL
            )) AS "er_impressions_account_median__n",
          SUM("t210"."impressions") FILTER(WHERE
            (
              "t210"."engagements" IS NOT NULL
            ) AND (
              "t210"."impressions" IS NOT NULL
            )) AS "er_impressions_account_median__d",
          SUM("t210"."engagements") FILTER(WHERE
            (
              "t210"."engagements" IS NOT NULL
            ) AND (
              "t210"."views" IS NOT NULL
            )) AS "er_views_account_mean__n",
          SUM("t210"."views") FILTER(WHERE
            (
              "t210"."engagements" IS NOT NULL
            ) AND (
              "t210"."views" IS NOT NULL
            )) AS "er_views_account_mean__d",
          SUM("t210"."engagements") FILTER(WHERE
            (
              "t210"."engagements" IS NOT NULL
            ) AND (
              "t210"."views" IS NOT NULL
            )) AS "er_views_account_median__n",
          SUM("t210"."views") FILTER(WHERE
            (
              "t210"."engagements" IS NOT NULL
            ) AND (
              "t210"."views" IS NOT NULL
            )) AS "er_views_account_median__d",
          NULLIF(
            GREATEST(
              COALESCE(
                MAX("t210"."engagements__provenance") FILTER(WHERE
                  (
                    "t210"."engagements" IS NOT NULL
                  ) AND (
                    "t210"."reach" IS NOT NULL
                  )),
                -1
              ),
              COALESCE(
                MAX("t210"."reach__provenance") FILTER(WHERE
                  (
                    "t210"."engagements" IS NOT NULL
                  ) AND (
                    "t210"."reach" IS NOT NULL
                  )),
                -1
              )
            ),
            -1
          ) AS "er_reach_account_mean__r",
          NULLIF(
            GREATEST(
              COALESCE(
                MAX("t210"."engagements__provenance") FILTER(WHERE
                  (
                    "t210"."engagements" IS NOT NULL
                  ) AND (
                    "t210"."reach" IS NOT NULL
                  )),
                -1
              ),
              COALESCE(
                MAX("t210"."reach__provenance") FILTER(WHERE
                  (
                    "t210"."engagements" IS NOT NULL
                  ) AND (
                    "t210"."reach" IS NOT NULL
                  )),
                -1
              )
            ),
            -1
          ) AS "er_reach_account_median__r",
          NULLIF(
            GREATEST(
              COALESCE(
                MAX("t210"."engagements__provenance") FILTER(WHERE
                  (
                    "t210"."engagements" IS NOT NULL
                  ) AND (
                    "t210"."followers" IS NOT NULL
                  )),
                -1
              ),
              COALESCE(
                MAX("t210"."followers__provenance") FILTER(WHERE
                  (
                    "t210"."engagements" IS NOT NULL
                  ) AND (
                    "t210"."followers" IS NOT NULL
                  )),
                -1
              )
            ),
            -1
          ) AS "er_followers_account_mean__r",
          NULLIF(
            GREATEST(
              COALESCE(
                MAX("t210"."engagements__provenance") FILTER(WHERE
                  (
                    "t210"."engagements" IS NOT NULL
                  ) AND (
                    "t210"."followers" IS NOT NULL
                  )),
                -1
              ),
              COALESCE(
                MAX("t210"."followers__provenance") FILTER(WHERE
                  (
                    "t210"."engagements" IS NOT NULL
                  ) AND (
                    "t210"."followers" IS NOT NULL
                  )),
                -1
              )
            ),
            -1
          ) AS "er_followers_account_median__r",
          NULLIF(
            GREATEST(
              COALESCE(
                MAX("t210"."engagements__provenance") FILTER(WHERE
                  (
                    "t210"."engagements" IS NOT NULL
                  ) AND (
                    "t210"."impressions" IS NOT NULL
                  )),
                -1
              ),
              COALESCE(
                MAX("t210"."impressions__provenance") FILTER(WHERE
                  (
                    "t210"."engagements" IS NOT NULL
                  ) AND (
                    "t210"."impressions" IS NOT NULL
                  )),
                -1
              )
            ),
            -1
          ) AS "er_impressions_account_mean__r",
          NULLIF(
            GREATEST(
              COALESCE(
                MAX("t210"."engagements__provenance") FILTER(WHERE
                  (
                    "t210"."engagements" IS NOT NULL
                  ) AND (
                    "t210"."impressions" IS NOT NULL
                  )),
                -1
              ),
              COALESCE(
                MAX("t210"."impressions__provenance") FILTER(WHERE
                  (
                    "t210"."engagements" IS NOT NULL
                  ) AND (
                    "t210"."impressions" IS NOT NULL
                  )),
                -1
              )
            ),
            -1
          ) AS "er_impressions_account_median__r",
          NULLIF(
            GREATEST(
              COALESCE(
                MAX("t210"."engagements__provenance") FILTER(WHERE
                  (
                    "t210"."engagements" IS NOT NULL
                  ) AND (
                    "t210"."views" IS NOT NULL
                  )),
                -1
              ),
              COALESCE(
                MAX("t210"."views__provenance") FILTER(WHERE
                  (
                    "t210"."engagements" IS NOT NULL
                  ) AND (
                    "t210"."views" IS NOT NULL
                  )),
                -1
              )
            ),
            -1
          ) AS "er_views_account_mean__r",
          NULLIF(
            GREATEST(
              COALESCE(
                MAX("t210"."engagements__provenance") FILTER(WHERE
                  (
                    "t210"."engagements" IS NOT NULL
                  ) AND (
                    "t210"."views" IS NOT NULL
                  )),
                -1
              ),
              COALESCE(
                MAX("t210"."views__provenance") FILTER(WHERE
                  (
                    "t210"."engagements" IS NOT NULL
                  ) AND (
                    "t210"."views" IS NOT NULL
                  )),
                -1
              )
            ),
            -1
          ) AS "er_views_account_median__r"
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
            "t208"."paid_rate",
            (
              "t208"."cost" / (
                CASE
                  WHEN "t208"."platform" = 'tiktok'
                  THEN 7.5
                  WHEN "t208"."platform" = 'youtube'
                  THEN 3.53
                  ELSE 19.8
                END * "t208"."paid_rate"
              )
            ) * 1000 AS "paid_impressions",
            CAST(NULL AS DOUBLE) AS "paid_engagements",
            "t208"."cost" / (
              CASE
                WHEN "t208"."platform" = 'tiktok'
                THEN CAST(NULL AS DOUBLE)
                WHEN "t208"."platform" = 'youtube'
                THEN CAST(NULL AS DOUBLE)
                ELSE 1.88
              END * "t208"."paid_rate"
            ) AS "paid_clicks",
            "t208"."cost" / (
              CASE WHEN "t208"."platform" = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * "t208"."paid_rate"
            ) AS "paid_views",
            DATE_TRUNC('WEEK', "t208"."day") AS "week"
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
              "t206"."emv_rate",
              "t206"."inauthentic_share",
              "t206"."emv",
              "t206"."emv__provenance",
              "t206"."emv_authentic",
              "t206"."emv_authentic__provenance",
              "t143"."paid_rate"
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
                "t203"."inauthentic_share",
                CASE
                  WHEN (
                    "t203"."post_id" IS NOT NULL
                  )
                  AND (
                    (
                      (
                        (
                          COALESCE("t203"."impressions", "t203"."views") * CASE WHEN "t203"."platform" = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                        ) / 1000
                      ) IS NOT NULL
                    )
                    OR (
                      (
                        CASE
                          WHEN "t203"."platform" = 'instagram'
                          THEN 0.07
                          WHEN "t203"."platform" = 'tiktok'
                          THEN 0.09
                          WHEN "t203"."platform" = 'youtube'
                          THEN 0.08
                          ELSE CAST(NULL AS DOUBLE)
                        END * "t203"."likes"
                      ) IS NOT NULL
                    )
                    OR (
                      (
                        CASE
                          WHEN "t203"."platform" = 'instagram'
                          THEN 3.46
                          WHEN "t203"."platform" = 'tiktok'
                          THEN 3.52
                          WHEN "t203"."platform" = 'youtube'
                          THEN 6.99
                          ELSE CAST(NULL AS DOUBLE)
                        END * "t203"."comments"
                      ) IS NOT NULL
                    )
                    OR (
                      (
                        CASE WHEN "t203"."platform" = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * "t203"."shares"
                      ) IS NOT NULL
                    )
                  )
                  THEN (
                    COALESCE(
                      (
                        COALESCE("t203"."impressions", "t203"."views") * CASE WHEN "t203"."platform" = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                      ) / 1000,
                      0
                    ) + COALESCE(
                      CASE
                        WHEN "t203"."platform" = 'instagram'
                        THEN 0.07
                        WHEN "t203"."platform" = 'tiktok'
                        THEN 0.09
                        WHEN "t203"."platform" = 'youtube'
                        THEN 0.08
                        ELSE CAST(NULL AS DOUBLE)
                      END * "t203"."likes",
                      0
                    ) + COALESCE(
                      CASE
                        WHEN "t203"."platform" = 'instagram'
                        THEN 3.46
                        WHEN "t203"."platform" = 'tiktok'
                        THEN 3.52
                        WHEN "t203"."platform" = 'youtube'
                        THEN 6.99
                        ELSE CAST(NULL AS DOUBLE)
                      END * "t203"."comments",
                      0
                    ) + COALESCE(
                      CASE WHEN "t203"."platform" = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * "t203"."shares",
                      0
                    )
                  ) * "t203"."emv_rate"
                  ELSE CAST(NULL AS DOUBLE)
                END AS "emv",
                NULLIF(
                  GREATEST(
                    COALESCE("t203"."impressions__provenance", -1),
                    COALESCE("t203"."views__provenance", -1),
                    COALESCE("t203"."engagements__provenance", -1)
                  ),
                  -1
                ) AS "emv__provenance",
                CASE
                  WHEN (
                    "t203"."post_id" IS NOT NULL
                  )
                  AND (
                    (
                      (
                        (
                          COALESCE("t203"."impressions", "t203"."views") * CASE WHEN "t203"."platform" = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                        ) / 1000
                      ) IS NOT NULL
                    )
                    OR (
                      (
                        CASE
                          WHEN "t203"."platform" = 'instagram'
                          THEN 0.07
                          WHEN "t203"."platform" = 'tiktok'
                          THEN 0.09
                          WHEN "t203"."platform" = 'youtube'
                          THEN 0.08
                          ELSE CAST(NULL AS DOUBLE)
                        END * "t203"."likes"
                      ) IS NOT NULL
                    )
                    OR (
                      (
                        CASE
                          WHEN "t203"."platform" = 'instagram'
                          THEN 3.46
                          WHEN "t203"."platform" = 'tiktok'
                          THEN 3.52
                          WHEN "t203"."platform" = 'youtube'
                          THEN 6.99
                          ELSE CAST(NULL AS DOUBLE)
                        END * "t203"."comments"
                      ) IS NOT NULL
                    )
                    OR (
                      (
                        CASE WHEN "t203"."platform" = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * "t203"."shares"
                      ) IS NOT NULL
                    )
                  )
                  THEN (
                    COALESCE(
                      (
                        COALESCE("t203"."impressions", "t203"."views") * CASE WHEN "t203"."platform" = 'tiktok' THEN 6.89 ELSE CAST(NULL AS DOUBLE) END
                      ) / 1000,
                      0
                    ) + COALESCE(
                      CASE
                        WHEN "t203"."platform" = 'instagram'
                        THEN 0.07
                        WHEN "t203"."platform" = 'tiktok'
                        THEN 0.09
                        WHEN "t203"."platform" = 'youtube'
                        THEN 0.08
                        ELSE CAST(NULL AS DOUBLE)
                      END * "t203"."likes",
                      0
                    ) + COALESCE(
                      CASE
                        WHEN "t203"."platform" = 'instagram'
                        THEN 3.46
                        WHEN "t203"."platform" = 'tiktok'
                        THEN 3.52
                        WHEN "t203"."platform" = 'youtube'
                        THEN 6.99
                        ELSE CAST(NULL AS DOUBLE)
                      END * "t203"."comments",
                      0
                    ) + COALESCE(
                      CASE WHEN "t203"."platform" = 'tiktok' THEN 1.72 ELSE CAST(NULL AS DOUBLE) END * "t203"."shares",
                      0
                    )
                  ) * "t203"."emv_rate" * (
                    1 - COALESCE("t203"."inauthentic_share", 0)
                  )
                  ELSE CAST(NULL AS DOUBLE)
                END AS "emv_authentic",
                NULLIF(
                  GREATEST(
                    COALESCE(
                      NULLIF(
                        GREATEST(
                          COALESCE("t203"."impressions__provenance", -1),
                          COALESCE("t203"."views__provenance", -1),
                          COALESCE("t203"."engagements__provenance", -1)
                        ),
                        -1
                      ),
                      -1
                    ),
                    COALESCE(CASE WHEN "t203"."inauthentic_share" > 0 THEN 2 ELSE CAST(NULL AS BIGINT) END, -1)
                  ),
                  -1
                ) AS "emv_authentic__provenance"
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
                  "t201"."cost",
                  "t201"."key_message_posts",
                  "t201"."ugc_post",
                  "t201"."mentions",
                  "t201"."brand_mentions",
                  "t201"."mention_engagements",
                  "t201"."brand_mention_engagements",
                  "t201"."followers_start",
                  "t201"."followers_gained",
                  "t201"."followers_expected_gain",
                  "t201"."followers_start__provenance",
                  "t201"."followers_gained__provenance",
                  "t201"."followers_expected_gain__provenance",
                  "t201"."brand_followers_start",
                  "t201"."brand_followers_gained",
                  "t201"."brand_followers_expected_gain",
                  "t201"."brand_followers_start__provenance",
                  "t201"."brand_followers_gained__provenance",
                  "t201"."brand_followers_expected_gain__provenance",
                  "t201"."influencers_contacted",
                  "t201"."influencers_interested",
                  "t201"."posts_contracted",
                  "t201"."products_sent",
                  "t201"."link_clicks",
                  "t201"."unique_link_clicks",
                  "t201"."bot_link_clicks",
                  "t201"."sessions",
                  "t201"."new_users",
                  "t201"."engaged_sessions",
                  "t201"."bounced_sessions",
                  "t201"."session_seconds",
                  "t201"."page_views",
                  "t201"."key_events",
                  "t201"."orders",
                  "t201"."revenue",
                  "t201"."new_customers",
                  "t201"."key_messages",
                  "t201"."emv_rate",
                  "t31"."inauthentic_share"
                FROM (
                  SELECT
                    "t198"."campaign_id",
                    "t198"."campaign",
                    "t198"."influencer_id",
                    "t198"."influencer",
                    "t198"."account_id",
                    "t198"."platform",
                    "t198"."format",
                    "t198"."post_id",
                    "t198"."day",
                    "t198"."reach",
                    "t198"."impressions",
                    "t198"."views",
                    "t198"."likes",
                    "t198"."comments",
                    "t198"."shares",
                    "t198"."saves",
                    "t198"."clicks",
                    "t198"."reach__provenance",
                    "t198"."impressions__provenance",
                    "t198"."views__provenance",
                    "t198"."likes__provenance",
                    "t198"."comments__provenance",
                    "t198"."shares__provenance",
                    "t198"."saves__provenance",
                    "t198"."clicks__provenance",
                    "t198"."followers",
                    "t198"."followers__provenance",
                    "t198"."engagements",
                    "t198"."engagements__provenance",
                    "t198"."impressions_with_estimates",
                    "t198"."impressions_with_estimates__provenance",
                    "t198"."er_reach_post",
                    "t198"."er_followers_post",
                    "t198"."er_impressions_post",
                    "t198"."er_views_post",
                    "t198"."er_reach_post__provenance",
                    "t198"."er_followers_post__provenance",
                    "t198"."er_impressions_post__provenance",
                    "t198"."er_views_post__provenance",
                    "t198"."post_platform",
                    "t198"."publishing_influencer",
                    "t198"."sponsored_posts",
                    "t198"."disclosed_sponsored_posts",
                    "t198"."cost",
                    "t198"."key_message_posts",
                    "t198"."ugc_post",
                    "t198"."mentions",
                    "t198"."brand_mentions",
                    "t198"."mention_engagements",
                    "t198"."brand_mention_engagements",
                    "t198"."followers_start",
                    "t198"."followers_gained",
                    "t198"."followers_expected_gain",
                    "t198"."followers_start__provenance",
                    "t198"."followers_gained__provenance",
                    "t198"."followers_expected_gain__provenance",
                    "t198"."brand_followers_start",
                    "t198"."brand_followers_gained",
                    "t198"."brand_followers_expected_gain",
                    "t198"."brand_followers_start__provenance",
                    "t198"."brand_followers_gained__provenance",
                    "t198"."brand_followers_expected_gain__provenance",
                    "t198"."influencers_contacted",
                    "t198"."influencers_interested",
                    "t198"."posts_contracted",
                    "t198"."products_sent",
                    "t198"."link_clicks",
                    "t198"."unique_link_clicks",
                    "t198"."bot_link_clicks",
                    "t198"."sessions",
                    "t198"."new_users",
                    "t198"."engaged_sessions",
                    "t198"."bounced_sessions",
                    "t198"."session_seconds",
                    "t198"."page_views",
                    "t198"."key_events",
                    "t198"."orders",
                    "t198"."revenue",
                    "t198"."new_customers",
                    "t198"."key_messages",
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
                                        "t185"."campaign_id",
                                        "t185"."campaign",
                                        "t185"."influencer_id",
                                        "t185"."influencer",
                                        "t185"."account_id",
                                        "t185"."platform",
                                        "t185"."format",
                                        "t185"."post_id",
                                        "t185"."day",
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
                                        CAST("t185"."followers__provenance" AS BIGINT) AS "followers__provenance",
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
                                        CAST("t185"."publishing_influencer" AS DOUBLE) AS "publishing_influencer",
                                        "t185"."sponsored_posts",
                                        "t185"."disclosed_sponsored_posts",
                                        "t185"."cost",
                                        "t185"."key_message_posts",
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
                                          "t176"."campaign_id",
                                          "t176"."campaign",
                                          "t176"."influencer_id",
                                          "t176"."influencer",
                                          "t176"."account_id",
                                          "t176"."platform",
                                          "t176"."format",
                                          "t176"."post_id",
                                          "t176"."day",
                                          "t176"."country",
                                          "t176"."caption",
                                          "t176"."sponsored",
                                          "t176"."reach",
                                          "t176"."impressions",
                                          "t176"."views",
                                          "t176"."likes",
                                          "t176"."comments",
                                          "t176"."shares",
                                          "t176"."saves",
                                          "t176"."clicks",
                                          "t176"."reach__provenance",
                                          "t176"."impressions__provenance",
                                          "t176"."views__provenance",
                                          "t176"."likes__provenance",
                                          "t176"."comments__provenance",
                                          "t176"."shares__provenance",
                                          "t176"."saves__provenance",
                                          "t176"."clicks__provenance",
                                          "t176"."followers",
                                          "t176"."followers__provenance",
                                          "t176"."engagements",
                                          "t176"."engagements__provenance",
                                          "t176"."impressions_with_estimates",
                                          "t176"."impressions_with_estimates__provenance",
                                          "t176"."er_reach_post",
                                          "t176"."er_followers_post",
                                          "t176"."er_impressions_post",
                                          "t176"."er_views_post",
                                          "t176"."er_reach_post__provenance",
                                          "t176"."er_followers_post__provenance",
                                          "t176"."er_impressions_post__provenance",
                                          "t176"."er_views_post__provenance",
                                          "t176"."post_platform",
                                          "t176"."publishing_influencer",
                                          "t176"."sponsored_posts",
                                          "t176"."disclosed_sponsored_posts",
                                          "t176"."cost",
                                          "t184"."key_message_posts"
                                        FROM (
                                          SELECT
                                            "t164"."campaign_id",
                                            "t164"."campaign",
                                            "t164"."influencer_id",
                                            "t164"."influencer",
                                            "t164"."account_id",
                                            "t164"."platform",
                                            "t164"."format",
                                            "t164"."post_id",
                                            "t164"."day",
                                            "t164"."country",
                                            "t164"."caption",
                                            "t164"."sponsored",
                                            "t164"."reach",
                                            "t164"."impressions",
                                            "t164"."views",
                                            "t164"."likes",
                                            "t164"."comments",
                                            "t164"."shares",
                                            "t164"."saves",
                                            "t164"."clicks",
                                            "t164"."reach__provenance",
                                            "t164"."impressions__provenance",
                                            "t164"."views__provenance",
                                            "t164"."likes__provenance",
                                            "t164"."comments__provenance",
                                            "t164"."shares__provenance",
                                            "t164"."saves__provenance",
                                            "t164"."clicks__provenance",
                                            "t164"."followers",
                                            "t164"."followers__provenance",
                                            "t164"."engagements",
                                            "t164"."engagements__provenance",
                                            "t164"."impressions_with_estimates",
                                            "t164"."impressions_with_estimates__provenance",
                                            "t164"."er_reach_post",
                                            "t164"."er_followers_post",
                                            "t164"."er_impressions_post",
                                            "t164"."er_views_post",
                                            "t164"."er_reach_post__provenance",
                                            "t164"."er_followers_post__provenance",
                                            "t164"."er_impressions_post__provenance",
                                            "t164"."er_views_post__provenance",
                                            "t164"."post_platform",
                                            "t164"."publishing_influencer",
                                            "t164"."sponsored_posts",
                                            "t164"."disclosed_sponsored_posts",
                                            "t139"."cost"
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
                                              "t149"."engagements",
                                              "t149"."engagements__provenance",
                                              COALESCE(
                                                COALESCE("t149"."impressions", "t149"."views"),
                                                "t149"."reach" * COALESCE(
                                                  SUM("t149"."impressions") FILTER(WHERE
                                                    (
                                                      "t149"."impressions" IS NOT NULL
                                                    ) AND (
                                                      "t149"."reach" IS NOT NULL
                                                    )) OVER (
                                                    PARTITION BY "t149"."campaign_id", "t149"."platform"
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  ) / NULLIF(
                                                    SUM("t149"."reach") FILTER(WHERE
                                                      (
                                                        "t149"."impressions" IS NOT NULL
                                                      ) AND (
                                                        "t149"."reach" IS NOT NULL
                                                      )) OVER (
                                                      PARTITION BY "t149"."campaign_id", "t149"."platform"
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                    ),
                                                    0
                                                  ),
                                                  CAST(1 AS DOUBLE)
                                                )
                                              ) AS "impressions_with_estimates",
                                              CASE
                                                WHEN COALESCE(
                                                  COALESCE("t149"."impressions", "t149"."views"),
                                                  "t149"."reach" * COALESCE(
                                                    SUM("t149"."impressions") FILTER(WHERE
                                                      (
                                                        "t149"."impressions" IS NOT NULL
                                                      ) AND (
                                                        "t149"."reach" IS NOT NULL
                                                      )) OVER (
                                                      PARTITION BY "t149"."campaign_id", "t149"."platform"
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                    ) / NULLIF(
                                                      SUM("t149"."reach") FILTER(WHERE
                                                        (
                                                          "t149"."impressions" IS NOT NULL
                                                        ) AND (
                                                          "t149"."reach" IS NOT NULL
                                                        )) OVER (
                                                        PARTITION BY "t149"."campaign_id", "t149"."platform"
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                      ),
                                                      0
                                                    ),
                                                    CAST(1 AS DOUBLE)
                                                  )
                                                ) IS NOT NULL
                                                THEN CASE
                                                  WHEN "t149"."impressions" IS NOT NULL
                                                  THEN "t149"."impressions__provenance"
                                                  ELSE 2
                                                END
                                                ELSE CAST(NULL AS BIGINT)
                                              END AS "impressions_with_estimates__provenance",
                                              (
                                                "t149"."engagements" / NULLIF("t149"."reach", 0)
                                              ) * 100 AS "er_reach_post",
                                              (
                                                "t149"."engagements" / NULLIF("t149"."followers", 0)
                                              ) * 100 AS "er_followers_post",
                                              (
                                                "t149"."engagements" / NULLIF("t149"."impressions", 0)
                                              ) * 100 AS "er_impressions_post",
                                              (
                                                "t149"."engagements" / NULLIF("t149"."views", 0)
                                              ) * 100 AS "er_views_post",
                                              NULLIF(
                                                GREATEST(
                                                  COALESCE("t149"."engagements__provenance", -1),
                                                  COALESCE("t149"."reach__provenance", -1)
                                                ),
                                                -1
                                              ) AS "er_reach_post__provenance",
                                              NULLIF(
                                                GREATEST(
                                                  COALESCE("t149"."engagements__provenance", -1),
                                                  COALESCE("t149"."followers__provenance", -1)
                                                ),
                                                -1
                                              ) AS "er_followers_post__provenance",
                                              NULLIF(
                                                GREATEST(
                                                  COALESCE("t149"."engagements__provenance", -1),
                                                  COALESCE("t149"."impressions__provenance", -1)
                                                ),
                                                -1
                                              ) AS "er_impressions_post__provenance",
                                              NULLIF(
                                                GREATEST(
                                                  COALESCE("t149"."engagements__provenance", -1),
                                                  COALESCE("t149"."views__provenance", -1)
                                                ),
                                                -1
                                              ) AS "er_views_post__provenance",
                                              "t149"."platform" AS "post_platform",
                                              "t149"."influencer_id" AS "publishing_influencer",
                                              CAST(CASE WHEN "t149"."sponsored" THEN 1 ELSE 0 END AS DOUBLE) AS "sponsored_posts",
                                              CAST(CASE
                                                WHEN "t149"."sponsored"
                                                AND CASE
                                                  WHEN UPPER("t149"."country") = 'FR'
                                                  THEN CONTAINS(LOWER("t149"."caption"), 'publicité')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'publicite')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'collaboration commerciale')
                                                  WHEN UPPER("t149"."country") = 'BE'
                                                  THEN CONTAINS(LOWER("t149"."caption"), 'publicité')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'publicite')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'collaboration commerciale')
                                                  OR CONTAINS(LOWER("t149"."caption"), '#pub')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'reclame')
                                                  OR CONTAINS(LOWER("t149"."caption"), '#ad')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'samenwerking')
                                                  WHEN UPPER("t149"."country") = 'DE'
                                                  THEN CONTAINS(LOWER("t149"."caption"), 'werbung')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'anzeige')
                                                  WHEN UPPER("t149"."country") = 'ES'
                                                  THEN CONTAINS(LOWER("t149"."caption"), 'publicidad')
                                                  OR CONTAINS(LOWER("t149"."caption"), '#publi')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'patrocinado')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'colaboración pagada')
                                                  WHEN UPPER("t149"."country") = 'IT'
                                                  THEN CONTAINS(LOWER("t149"."caption"), 'pubblicità')
                                                  OR CONTAINS(LOWER("t149"."caption"), '#adv')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'sponsorizzato')
                                                  OR CONTAINS(LOWER("t149"."caption"), '#sponsored')
                                                  WHEN UPPER("t149"."country") = 'GB'
                                                  THEN CONTAINS(LOWER("t149"."caption"), '#ad')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'advert')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'advertisement')
                                                  WHEN UPPER("t149"."country") = 'US'
                                                  THEN CONTAINS(LOWER("t149"."caption"), '#ad')
                                                  OR CONTAINS(LOWER("t149"."caption"), '#sponsored')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'advertisement')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'paid partnership')
                                                  ELSE CONTAINS(LOWER("t149"."caption"), '#ad')
                                                  OR CONTAINS(LOWER("t149"."caption"), '#sponsored')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'paid partnership')
                                                  OR CONTAINS(LOWER("t149"."caption"), 'advertisement')
                                                END
                                                THEN 1
                                                ELSE 0
                                              END AS DOUBLE) AS "disclosed_sponsored_posts"
                                            FROM (
                                              SELECT
                                                "t140"."campaign_id",
                                                "t140"."campaign",
                                                "t140"."influencer_id",
                                                "t140"."influencer",
                                                "t140"."account_id",
                                                "t140"."platform",
                                                "t140"."format",
                                                "t140"."post_id",
                                                "t140"."day",
                                                "t140"."country",
                                                "t140"."caption",
                                                "t140"."sponsored",
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
                                                "t140"."followers",
                                                "t140"."followers__provenance",
                                                CASE
                                                  WHEN (
                                                    "t140"."likes" IS NOT NULL
                                                  )
                                                  OR (
                                                    "t140"."comments" IS NOT NULL
                                                  )
                                                  OR (
                                                    "t140"."shares" IS NOT NULL
                                                  )
                                                  OR (
                                                    "t140"."saves" IS NOT NULL
                                                  )
                                                  THEN CAST(0 AS DOUBLE) + COALESCE("t140"."likes", 0) + COALESCE("t140"."comments", 0) + COALESCE("t140"."shares", 0) + COALESCE("t140"."saves", 0)
                                                  ELSE CAST(NULL AS DOUBLE)
                                                END AS "engagements",
                                                NULLIF(
                                                  GREATEST(
                                                    COALESCE("t140"."likes__provenance", -1),
                                                    COALESCE("t140"."comments__provenance", -1),
                                                    COALESCE("t140"."shares__provenance", -1),
                                                    COALESCE("t140"."saves__provenance", -1)
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
                                                  "t120"."reach",
                                                  "t120"."impressions",
                                                  "t120"."views",
                                                  "t120"."likes",
                                                  "t120"."comments",
                                                  "t120"."shares",
                                                  "t120"."saves",
                                                  "t120"."clicks",
                                                  "t120"."reach__provenance",
                                                  "t120"."impressions__provenance",
                                                  "t120"."views__provenance",
                                                  "t120"."likes__provenance",
                                                  "t120"."comments__provenance",
                                                  "t120"."shares__provenance",
                                                  "t120"."saves__provenance",
                                                  "t120"."clicks__provenance",
                                                  "t127"."followers",
                                                  "t127"."followers__provenance"
                                                FROM "t80" AS "t103"
                                                LEFT OUTER JOIN (
                                                  SELECT
                                                    CAST("t81"."post_id" AS BIGINT) AS "post_id",
                                                    CAST(FIRST(
                                                      "t81"."value" ORDER BY (
                                                        DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                      ) + (
                                                        15 - CASE "t81"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ) DESC
                                                    ) FILTER(WHERE
                                                      "t81"."metric" = 'reach') AS DOUBLE) AS "reach",
                                                    CAST(FIRST(
                                                      "t81"."value" ORDER BY (
                                                        DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                      ) + (
                                                        15 - CASE "t81"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ) DESC
                                                    ) FILTER(WHERE
                                                      "t81"."metric" = 'impressions') AS DOUBLE) AS "impressions",
                                                    CAST(FIRST(
                                                      "t81"."value" ORDER BY (
                                                        DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                      ) + (
                                                        15 - CASE "t81"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ) DESC
                                                    ) FILTER(WHERE
                                                      "t81"."metric" = 'views') AS DOUBLE) AS "views",
                                                    CAST(FIRST(
                                                      "t81"."value" ORDER BY (
                                                        DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                      ) + (
                                                        15 - CASE "t81"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ) DESC
                                                    ) FILTER(WHERE
                                                      "t81"."metric" = 'likes') AS DOUBLE) AS "likes",
                                                    CAST(FIRST(
                                                      "t81"."value" ORDER BY (
                                                        DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                      ) + (
                                                        15 - CASE "t81"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ) DESC
                                                    ) FILTER(WHERE
                                                      "t81"."metric" = 'comments') AS DOUBLE) AS "comments",
                                                    CAST(FIRST(
                                                      "t81"."value" ORDER BY (
                                                        DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                      ) + (
                                                        15 - CASE "t81"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ) DESC
                                                    ) FILTER(WHERE
                                                      "t81"."metric" = 'shares') AS DOUBLE) AS "shares",
                                                    CAST(FIRST(
                                                      "t81"."value" ORDER BY (
                                                        DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                      ) + (
                                                        15 - CASE "t81"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ) DESC
                                                    ) FILTER(WHERE
                                                      "t81"."metric" = 'saves') AS DOUBLE) AS "saves",
                                                    CAST(FIRST(
                                                      "t81"."value" ORDER BY (
                                                        DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                      ) + (
                                                        15 - CASE "t81"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END
                                                      ) DESC
                                                    ) FILTER(WHERE
                                                      "t81"."metric" = 'clicks') AS DOUBLE) AS "clicks",
                                                    15 - (
                                                      MAX(
                                                        (
                                                          DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                        ) + (
                                                          15 - CASE "t81"."provenance"
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
                                                        "t81"."metric" = 'reach') % 16
                                                    ) AS "reach__provenance",
                                                    15 - (
                                                      MAX(
                                                        (
                                                          DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                        ) + (
                                                          15 - CASE "t81"."provenance"
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
                                                        "t81"."metric" = 'impressions') % 16
                                                    ) AS "impressions__provenance",
                                                    15 - (
                                                      MAX(
                                                        (
                                                          DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                        ) + (
                                                          15 - CASE "t81"."provenance"
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
                                                        "t81"."metric" = 'views') % 16
                                                    ) AS "views__provenance",
                                                    15 - (
                                                      MAX(
                                                        (
                                                          DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                        ) + (
                                                          15 - CASE "t81"."provenance"
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
                                                        "t81"."metric" = 'likes') % 16
                                                    ) AS "likes__provenance",
                                                    15 - (
                                                      MAX(
                                                        (
                                                          DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                        ) + (
                                                          15 - CASE "t81"."provenance"
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
                                                        "t81"."metric" = 'comments') % 16
                                                    ) AS "comments__provenance",
                                                    15 - (
                                                      MAX(
                                                        (
                                                          DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                        ) + (
                                                          15 - CASE "t81"."provenance"
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
                                                        "t81"."metric" = 'shares') % 16
                                                    ) AS "shares__provenance",
                                                    15 - (
                                                      MAX(
                                                        (
                                                          DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                        ) + (
                                                          15 - CASE "t81"."provenance"
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
                                                        "t81"."metric" = 'saves') % 16
                                                    ) AS "saves__provenance",
                                                    15 - (
                                                      MAX(
                                                        (
                                                          DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                        ) + (
                                                          15 - CASE "t81"."provenance"
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
                                                        "t81"."metric" = 'clicks') % 16
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
                                                    ) AS "t58"
                                                    WHERE
                                                      "t58"."captured_at" <= MAKE_TIMESTAMP(2026, 3, 31, 23, 59, 59.0)
                                                  ) AS "t81"
                                                  GROUP BY
                                                    1
                                                ) AS "t120"
                                                  ON "t103"."post_id" = "t120"."post_id"
                                                LEFT OUTER JOIN (
                                                  SELECT
                                                    "t108"."post_id",
                                                    CAST(CASE WHEN "t108"."before" IS NOT NULL THEN "t108"."before" ELSE "t108"."after" END AS DOUBLE) AS "followers",
                                                    CASE
                                                      WHEN "t108"."before" IS NOT NULL
                                                      THEN "t108"."before_rank"
                                                      ELSE "t108"."after_rank"
                                                    END AS "followers__provenance"
                                                  FROM (
                                                    SELECT
                                                      CAST("t82"."post_id" AS BIGINT) AS "post_id",
                                                      FIRST("t82"."followers" ORDER BY "t82"."captured_at" DESC) FILTER(WHERE
                                                        "t82"."captured_at" <= "t82"."published_at") AS "before",
                                                      FIRST(
                                                        CASE "t82"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END ORDER BY "t82"."captured_at" DESC
                                                      ) FILTER(WHERE
                                                        "t82"."captured_at" <= "t82"."published_at") AS "before_rank",
                                                      FIRST("t82"."followers" ORDER BY "t82"."captured_at") FILTER(WHERE
                                                        NOT (
                                                          "t82"."captured_at" <= "t82"."published_at"
                                                        )) AS "after",
                                                      FIRST(
                                                        CASE "t82"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END ORDER BY "t82"."captured_at"
                                                      ) FILTER(WHERE
                                                        NOT (
                                                          "t82"."captured_at" <= "t82"."published_at"
                                                        )) AS "after_rank"
                                                    FROM (
                                                      SELECT
                                                        "t51"."post_id",
                                                        "t51"."account_id",
                                                        "t51"."published_at",
                                                        "t26"."id",
                                                        "t26"."captured_at",
                                                        "t26"."followers",
                                                        "t26"."source",
                                                        "t26"."provenance"
                                                      FROM (
                                                        SELECT
                                                          "t11"."id" AS "post_id",
                                                          "t11"."account_id",
                                                          "t11"."published_at"
                                                        FROM "post" AS "t11"
                                                        WHERE
                                                          "t11"."campaign_id" IS NOT NULL AND "t11"."campaign_id" IN (1)
                                                      ) AS "t51"
                                                      INNER JOIN "follower_snapshot" AS "t26"
                                                        ON "t51"."account_id" = "t26"."account_id"
                                                    ) AS "t82"
                                                    GROUP BY
                                                      1
                                                  ) AS "t108"
                                                ) AS "t127"
                                                  ON "t103"."post_id" = "t127"."post_id"
                                              ) AS "t140"
                                            ) AS "t149"
                                          ) AS "t164"
                                          LEFT OUTER JOIN (
                                            SELECT
                                              "t126"."post_id",
                                              SUM("t126"."cost") AS "cost"
                                            FROM (
                                              SELECT
                                                "t116"."post_id",
                                                "t101"."amount" / "t116"."n_posts" AS "cost"
                                              FROM "t78" AS "t101"
                                              INNER JOIN (
                                                SELECT
                                                  "t96"."campaign_id",
                                                  "t96"."campaign",
                                                  "t96"."influencer_id",
                                                  "t96"."influencer",
                                                  "t96"."account_id",
                                                  "t96"."platform",
                                                  "t96"."format",
                                                  "t96"."post_id",
                                                  "t96"."day",
                                                  "t96"."country",
                                                  "t96"."caption",
                                                  "t96"."sponsored",
                                                  COUNT("t96"."post_id") OVER (
                                                    PARTITION BY "t96"."campaign_id", "t96"."influencer_id"
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  ) AS "n_posts"
                                                FROM "t80" AS "t96"
                                              ) AS "t116"
                                                ON "t101"."campaign_id" = "t116"."campaign_id"
                                                AND "t101"."influencer_id" = "t116"."influencer_id"
                                            ) AS "t126"
                                            GROUP BY
                                              1
                                          ) AS "t139"
                                            ON "t164"."post_id" = "t139"."post_id"
                                        ) AS "t176"
                                        LEFT OUTER JOIN (
                                          SELECT
                                            "t177"."post_id",
                                            MAX(
                                              CAST(CASE
                                                WHEN CONTAINS(LOWER("t177"."caption"), LOWER("t177"."message"))
                                                THEN 1
                                                ELSE 0
                                              END AS DOUBLE)
                                            ) AS "key_message_posts"
                                          FROM (
                                            SELECT
                                              "t169"."campaign_id",
                                              "t169"."post_id",
                                              "t169"."caption",
                                              "t84"."message"
                                            FROM (
                                              SELECT
                                                "t162"."campaign_id",
                                                "t162"."post_id",
                                                "t162"."caption"
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
                                                  "t149"."engagements",
                                                  "t149"."engagements__provenance",
                                                  COALESCE(
                                                    COALESCE("t149"."impressions", "t149"."views"),
                                                    "t149"."reach" * COALESCE(
                                                      SUM("t149"."impressions") FILTER(WHERE
                                                        (
                                                          "t149"."impressions" IS NOT NULL
                                                        ) AND (
                                                          "t149"."reach" IS NOT NULL
                                                        )) OVER (
                                                        PARTITION BY "t149"."campaign_id", "t149"."platform"
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                      ) / NULLIF(
                                                        SUM("t149"."reach") FILTER(WHERE
                                                          (
                                                            "t149"."impressions" IS NOT NULL
                                                          ) AND (
                                                            "t149"."reach" IS NOT NULL
                                                          )) OVER (
                                                          PARTITION BY "t149"."campaign_id", "t149"."platform"
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                        ),
                                                        0
                                                      ),
                                                      CAST(1 AS DOUBLE)
                                                    )
                                                  ) AS "impressions_with_estimates",
                                                  CASE
                                                    WHEN COALESCE(
                                                      COALESCE("t149"."impressions", "t149"."views"),
                                                      "t149"."reach" * COALESCE(
                                                        SUM("t149"."impressions") FILTER(WHERE
                                                          (
                                                            "t149"."impressions" IS NOT NULL
                                                          ) AND (
                                                            "t149"."reach" IS NOT NULL
                                                          )) OVER (
                                                          PARTITION BY "t149"."campaign_id", "t149"."platform"
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                        ) / NULLIF(
                                                          SUM("t149"."reach") FILTER(WHERE
                                                            (
                                                              "t149"."impressions" IS NOT NULL
                                                            ) AND (
                                                              "t149"."reach" IS NOT NULL
                                                            )) OVER (
                                                            PARTITION BY "t149"."campaign_id", "t149"."platform"
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                          ),
                                                          0
                                                        ),
                                                        CAST(1 AS DOUBLE)
                                                      )
                                                    ) IS NOT NULL
                                                    THEN CASE
                                                      WHEN "t149"."impressions" IS NOT NULL
                                                      THEN "t149"."impressions__provenance"
                                                      ELSE 2
                                                    END
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END AS "impressions_with_estimates__provenance",
                                                  (
                                                    "t149"."engagements" / NULLIF("t149"."reach", 0)
                                                  ) * 100 AS "er_reach_post",
                                                  (
                                                    "t149"."engagements" / NULLIF("t149"."followers", 0)
                                                  ) * 100 AS "er_followers_post",
                                                  (
                                                    "t149"."engagements" / NULLIF("t149"."impressions", 0)
                                                  ) * 100 AS "er_impressions_post",
                                                  (
                                                    "t149"."engagements" / NULLIF("t149"."views", 0)
                                                  ) * 100 AS "er_views_post",
                                                  NULLIF(
                                                    GREATEST(
                                                      COALESCE("t149"."engagements__provenance", -1),
                                                      COALESCE("t149"."reach__provenance", -1)
                                                    ),
                                                    -1
                                                  ) AS "er_reach_post__provenance",
                                                  NULLIF(
                                                    GREATEST(
                                                      COALESCE("t149"."engagements__provenance", -1),
                                                      COALESCE("t149"."followers__provenance", -1)
                                                    ),
                                                    -1
                                                  ) AS "er_followers_post__provenance",
                                                  NULLIF(
                                                    GREATEST(
                                                      COALESCE("t149"."engagements__provenance", -1),
                                                      COALESCE("t149"."impressions__provenance", -1)
                                                    ),
                                                    -1
                                                  ) AS "er_impressions_post__provenance",
                                                  NULLIF(
                                                    GREATEST(
                                                      COALESCE("t149"."engagements__provenance", -1),
                                                      COALESCE("t149"."views__provenance", -1)
                                                    ),
                                                    -1
                                                  ) AS "er_views_post__provenance",
                                                  "t149"."platform" AS "post_platform",
                                                  "t149"."influencer_id" AS "publishing_influencer",
                                                  CAST(CASE WHEN "t149"."sponsored" THEN 1 ELSE 0 END AS DOUBLE) AS "sponsored_posts",
                                                  CAST(CASE
                                                    WHEN "t149"."sponsored"
                                                    AND CASE
                                                      WHEN UPPER("t149"."country") = 'FR'
                                                      THEN CONTAINS(LOWER("t149"."caption"), 'publicité')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'publicite')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'collaboration commerciale')
                                                      WHEN UPPER("t149"."country") = 'BE'
                                                      THEN CONTAINS(LOWER("t149"."caption"), 'publicité')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'publicite')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'collaboration commerciale')
                                                      OR CONTAINS(LOWER("t149"."caption"), '#pub')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'reclame')
                                                      OR CONTAINS(LOWER("t149"."caption"), '#ad')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'samenwerking')
                                                      WHEN UPPER("t149"."country") = 'DE'
                                                      THEN CONTAINS(LOWER("t149"."caption"), 'werbung')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'anzeige')
                                                      WHEN UPPER("t149"."country") = 'ES'
                                                      THEN CONTAINS(LOWER("t149"."caption"), 'publicidad')
                                                      OR CONTAINS(LOWER("t149"."caption"), '#publi')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'patrocinado')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'colaboración pagada')
                                                      WHEN UPPER("t149"."country") = 'IT'
                                                      THEN CONTAINS(LOWER("t149"."caption"), 'pubblicità')
                                                      OR CONTAINS(LOWER("t149"."caption"), '#adv')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'sponsorizzato')
                                                      OR CONTAINS(LOWER("t149"."caption"), '#sponsored')
                                                      WHEN UPPER("t149"."country") = 'GB'
                                                      THEN CONTAINS(LOWER("t149"."caption"), '#ad')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'advert')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'advertisement')
                                                      WHEN UPPER("t149"."country") = 'US'
                                                      THEN CONTAINS(LOWER("t149"."caption"), '#ad')
                                                      OR CONTAINS(LOWER("t149"."caption"), '#sponsored')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'advertisement')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'paid partnership')
                                                      ELSE CONTAINS(LOWER("t149"."caption"), '#ad')
                                                      OR CONTAINS(LOWER("t149"."caption"), '#sponsored')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'paid partnership')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'advertisement')
                                                    END
                                                    THEN 1
                                                    ELSE 0
                                                  END AS DOUBLE) AS "disclosed_sponsored_posts"
                                                FROM (
                                                  SELECT
                                                    "t140"."campaign_id",
                                                    "t140"."campaign",
                                                    "t140"."influencer_id",
                                                    "t140"."influencer",
                                                    "t140"."account_id",
                                                    "t140"."platform",
                                                    "t140"."format",
                                                    "t140"."post_id",
                                                    "t140"."day",
                                                    "t140"."country",
                                                    "t140"."caption",
                                                    "t140"."sponsored",
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
                                                    "t140"."followers",
                                                    "t140"."followers__provenance",
                                                    CASE
                                                      WHEN (
                                                        "t140"."likes" IS NOT NULL
                                                      )
                                                      OR (
                                                        "t140"."comments" IS NOT NULL
                                                      )
                                                      OR (
                                                        "t140"."shares" IS NOT NULL
                                                      )
                                                      OR (
                                                        "t140"."saves" IS NOT NULL
                                                      )
                                                      THEN CAST(0 AS DOUBLE) + COALESCE("t140"."likes", 0) + COALESCE("t140"."comments", 0) + COALESCE("t140"."shares", 0) + COALESCE("t140"."saves", 0)
                                                      ELSE CAST(NULL AS DOUBLE)
                                                    END AS "engagements",
                                                    NULLIF(
                                                      GREATEST(
                                                        COALESCE("t140"."likes__provenance", -1),
                                                        COALESCE("t140"."comments__provenance", -1),
                                                        COALESCE("t140"."shares__provenance", -1),
                                                        COALESCE("t140"."saves__provenance", -1)
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
                                                      "t120"."reach",
                                                      "t120"."impressions",
                                                      "t120"."views",
                                                      "t120"."likes",
                                                      "t120"."comments",
                                                      "t120"."shares",
                                                      "t120"."saves",
                                                      "t120"."clicks",
                                                      "t120"."reach__provenance",
                                                      "t120"."impressions__provenance",
                                                      "t120"."views__provenance",
                                                      "t120"."likes__provenance",
                                                      "t120"."comments__provenance",
                                                      "t120"."shares__provenance",
                                                      "t120"."saves__provenance",
                                                      "t120"."clicks__provenance",
                                                      "t127"."followers",
                                                      "t127"."followers__provenance"
                                                    FROM "t80" AS "t103"
                                                    LEFT OUTER JOIN (
                                                      SELECT
                                                        CAST("t81"."post_id" AS BIGINT) AS "post_id",
                                                        CAST(FIRST(
                                                          "t81"."value" ORDER BY (
                                                            DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                          ) + (
                                                            15 - CASE "t81"."provenance"
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ) DESC
                                                        ) FILTER(WHERE
                                                          "t81"."metric" = 'reach') AS DOUBLE) AS "reach",
                                                        CAST(FIRST(
                                                          "t81"."value" ORDER BY (
                                                            DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                          ) + (
                                                            15 - CASE "t81"."provenance"
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ) DESC
                                                        ) FILTER(WHERE
                                                          "t81"."metric" = 'impressions') AS DOUBLE) AS "impressions",
                                                        CAST(FIRST(
                                                          "t81"."value" ORDER BY (
                                                            DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                          ) + (
                                                            15 - CASE "t81"."provenance"
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ) DESC
                                                        ) FILTER(WHERE
                                                          "t81"."metric" = 'views') AS DOUBLE) AS "views",
                                                        CAST(FIRST(
                                                          "t81"."value" ORDER BY (
                                                            DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                          ) + (
                                                            15 - CASE "t81"."provenance"
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ) DESC
                                                        ) FILTER(WHERE
                                                          "t81"."metric" = 'likes') AS DOUBLE) AS "likes",
                                                        CAST(FIRST(
                                                          "t81"."value" ORDER BY (
                                                            DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                          ) + (
                                                            15 - CASE "t81"."provenance"
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ) DESC
                                                        ) FILTER(WHERE
                                                          "t81"."metric" = 'comments') AS DOUBLE) AS "comments",
                                                        CAST(FIRST(
                                                          "t81"."value" ORDER BY (
                                                            DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                          ) + (
                                                            15 - CASE "t81"."provenance"
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ) DESC
                                                        ) FILTER(WHERE
                                                          "t81"."metric" = 'shares') AS DOUBLE) AS "shares",
                                                        CAST(FIRST(
                                                          "t81"."value" ORDER BY (
                                                            DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                          ) + (
                                                            15 - CASE "t81"."provenance"
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ) DESC
                                                        ) FILTER(WHERE
                                                          "t81"."metric" = 'saves') AS DOUBLE) AS "saves",
                                                        CAST(FIRST(
                                                          "t81"."value" ORDER BY (
                                                            DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                          ) + (
                                                            15 - CASE "t81"."provenance"
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ) DESC
                                                        ) FILTER(WHERE
                                                          "t81"."metric" = 'clicks') AS DOUBLE) AS "clicks",
                                                        15 - (
                                                          MAX(
                                                            (
                                                              DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                            ) + (
                                                              15 - CASE "t81"."provenance"
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
                                                            "t81"."metric" = 'reach') % 16
                                                        ) AS "reach__provenance",
                                                        15 - (
                                                          MAX(
                                                            (
                                                              DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                            ) + (
                                                              15 - CASE "t81"."provenance"
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
                                                            "t81"."metric" = 'impressions') % 16
                                                        ) AS "impressions__provenance",
                                                        15 - (
                                                          MAX(
                                                            (
                                                              DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                            ) + (
                                                              15 - CASE "t81"."provenance"
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
                                                            "t81"."metric" = 'views') % 16
                                                        ) AS "views__provenance",
                                                        15 - (
                                                          MAX(
                                                            (
                                                              DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                            ) + (
                                                              15 - CASE "t81"."provenance"
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
                                                            "t81"."metric" = 'likes') % 16
                                                        ) AS "likes__provenance",
                                                        15 - (
                                                          MAX(
                                                            (
                                                              DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                            ) + (
                                                              15 - CASE "t81"."provenance"
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
                                                            "t81"."metric" = 'comments') % 16
                                                        ) AS "comments__provenance",
                                                        15 - (
                                                          MAX(
                                                            (
                                                              DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                            ) + (
                                                              15 - CASE "t81"."provenance"
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
                                                            "t81"."metric" = 'shares') % 16
                                                        ) AS "shares__provenance",
                                                        15 - (
                                                          MAX(
                                                            (
                                                              DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                            ) + (
                                                              15 - CASE "t81"."provenance"
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
                                                            "t81"."metric" = 'saves') % 16
                                                        ) AS "saves__provenance",
                                                        15 - (
                                                          MAX(
                                                            (
                                                              DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                            ) + (
                                                              15 - CASE "t81"."provenance"
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
                                                            "t81"."metric" = 'clicks') % 16
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
                                                        ) AS "t58"
                                                        WHERE
                                                          "t58"."captured_at" <= MAKE_TIMESTAMP(2026, 3, 31, 23, 59, 59.0)
                                                      ) AS "t81"
                                                      GROUP BY
                                                        1
                                                    ) AS "t120"
                                                      ON "t103"."post_id" = "t120"."post_id"
                                                    LEFT OUTER JOIN (
                                                      SELECT
                                                        "t108"."post_id",
                                                        CAST(CASE WHEN "t108"."before" IS NOT NULL THEN "t108"."before" ELSE "t108"."after" END AS DOUBLE) AS "followers",
                                                        CASE
                                                          WHEN "t108"."before" IS NOT NULL
                                                          THEN "t108"."before_rank"
                                                          ELSE "t108"."after_rank"
                                                        END AS "followers__provenance"
                                                      FROM (
                                                        SELECT
                                                          CAST("t82"."post_id" AS BIGINT) AS "post_id",
                                                          FIRST("t82"."followers" ORDER BY "t82"."captured_at" DESC) FILTER(WHERE
                                                            "t82"."captured_at" <= "t82"."published_at") AS "before",
                                                          FIRST(
                                                            CASE "t82"."provenance"
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END ORDER BY "t82"."captured_at" DESC
                                                          ) FILTER(WHERE
                                                            "t82"."captured_at" <= "t82"."published_at") AS "before_rank",
                                                          FIRST("t82"."followers" ORDER BY "t82"."captured_at") FILTER(WHERE
                                                            NOT (
                                                              "t82"."captured_at" <= "t82"."published_at"
                                                            )) AS "after",
                                                          FIRST(
                                                            CASE "t82"."provenance"
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END ORDER BY "t82"."captured_at"
                                                          ) FILTER(WHERE
                                                            NOT (
                                                              "t82"."captured_at" <= "t82"."published_at"
                                                            )) AS "after_rank"
                                                        FROM (
                                                          SELECT
                                                            "t51"."post_id",
                                                            "t51"."account_id",
                                                            "t51"."published_at",
                                                            "t26"."id",
                                                            "t26"."captured_at",
                                                            "t26"."followers",
                                                            "t26"."source",
                                                            "t26"."provenance"
                                                          FROM (
                                                            SELECT
                                                              "t11"."id" AS "post_id",
                                                              "t11"."account_id",
                                                              "t11"."published_at"
                                                            FROM "post" AS "t11"
                                                            WHERE
                                                              "t11"."campaign_id" IS NOT NULL AND "t11"."campaign_id" IN (1)
                                                          ) AS "t51"
                                                          INNER JOIN "follower_snapshot" AS "t26"
                                                            ON "t51"."account_id" = "t26"."account_id"
                                                        ) AS "t82"
                                                        GROUP BY
                                                          1
                                                      ) AS "t108"
                                                    ) AS "t127"
                                                      ON "t103"."post_id" = "t127"."post_id"
                                                  ) AS "t140"
                                                ) AS "t149"
                                              ) AS "t162"
                                            ) AS "t169"
                                            INNER JOIN (
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  CAST("t0"."id" AS BIGINT) AS "campaign_id",
                                                  UNNEST(STR_SPLIT("t0"."key_messages", '
')) AS "message"
                                                FROM "campaign" AS "t0"
                                              ) AS "t44"
                                              WHERE
                                                LENGTH("t44"."message") > 0
                                            ) AS "t84"
                                              ON "t169"."campaign_id" = "t84"."campaign_id"
                                          ) AS "t177"
                                          GROUP BY
                                            1
                                        ) AS "t184"
                                          ON "t176"."post_id" = "t184"."post_id"
                                      ) AS "t185"
                                    ) AS "t186"
                                    UNION ALL
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        "t179"."campaign_id",
                                        "t179"."campaign",
                                        CAST(NULL AS BIGINT) AS "influencer_id",
                                        CAST(NULL AS TEXT) AS "influencer",
                                        CAST(NULL AS BIGINT) AS "account_id",
                                        "t179"."platform",
                                        CAST(NULL AS TEXT) AS "format",
                                        CAST(NULL AS BIGINT) AS "post_id",
                                        "t179"."day",
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
                                        CAST("t179"."ugc_post" AS DOUBLE) AS "ugc_post",
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
                                              "t85"."campaign_id",
                                              "t85"."campaign",
                                              "t97"."post_id",
                                              "t97"."influencer_id",
                                              "t97"."platform",
                                              "t97"."day"
                                            FROM (
                                              SELECT
                                                CAST("t52"."id" AS BIGINT) AS "post_id",
                                                CAST("t18"."id" AS BIGINT) AS "influencer_id",
                                                "t18"."workspace_id",
                                                "t18"."is_brand",
                                                CAST("t24"."platform" AS TEXT) AS "platform",
                                                "t52"."published_on" AS "day",
                                                "t52"."hashtags"
                                              FROM (
                                                SELECT
                                                  *
                                                FROM "post" AS "t11"
                                                WHERE
                                                  "t11"."campaign_id" IS NULL
                                              ) AS "t52"
                                              INNER JOIN "account" AS "t24"
                                                ON "t52"."account_id" = "t24"."id"
                                              INNER JOIN "influencer" AS "t18"
                                                ON "t24"."influencer_id" = "t18"."id"
                                            ) AS "t97"
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
                                              ) AS "t45"
                                              WHERE
                                                LENGTH("t45"."tag") > 0
                                            ) AS "t85"
                                              ON "t97"."workspace_id" = "t85"."workspace_id"
                                              AND "t97"."day" >= "t85"."start"
                                              AND "t97"."day" <= "t85"."end"
                                              AND NOT (
                                                "t97"."is_brand"
                                              )
                                              AND CONTAINS(',' || "t97"."hashtags" || ',', ',' || "t85"."tag" || ',')
                                          ) AS "t119"
                                        ) AS "t130"
                                        ANTI JOIN (
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
                                            ) AS "t36"
                                            UNION ALL
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                "t162"."campaign_id",
                                                "t162"."influencer_id"
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
                                                  "t149"."engagements",
                                                  "t149"."engagements__provenance",
                                                  COALESCE(
                                                    COALESCE("t149"."impressions", "t149"."views"),
                                                    "t149"."reach" * COALESCE(
                                                      SUM("t149"."impressions") FILTER(WHERE
                                                        (
                                                          "t149"."impressions" IS NOT NULL
                                                        ) AND (
                                                          "t149"."reach" IS NOT NULL
                                                        )) OVER (
                                                        PARTITION BY "t149"."campaign_id", "t149"."platform"
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                      ) / NULLIF(
                                                        SUM("t149"."reach") FILTER(WHERE
                                                          (
                                                            "t149"."impressions" IS NOT NULL
                                                          ) AND (
                                                            "t149"."reach" IS NOT NULL
                                                          )) OVER (
                                                          PARTITION BY "t149"."campaign_id", "t149"."platform"
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                        ),
                                                        0
                                                      ),
                                                      CAST(1 AS DOUBLE)
                                                    )
                                                  ) AS "impressions_with_estimates",
                                                  CASE
                                                    WHEN COALESCE(
                                                      COALESCE("t149"."impressions", "t149"."views"),
                                                      "t149"."reach" * COALESCE(
                                                        SUM("t149"."impressions") FILTER(WHERE
                                                          (
                                                            "t149"."impressions" IS NOT NULL
                                                          ) AND (
                                                            "t149"."reach" IS NOT NULL
                                                          )) OVER (
                                                          PARTITION BY "t149"."campaign_id", "t149"."platform"
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                        ) / NULLIF(
                                                          SUM("t149"."reach") FILTER(WHERE
                                                            (
                                                              "t149"."impressions" IS NOT NULL
                                                            ) AND (
                                                              "t149"."reach" IS NOT NULL
                                                            )) OVER (
                                                            PARTITION BY "t149"."campaign_id", "t149"."platform"
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                          ),
                                                          0
                                                        ),
                                                        CAST(1 AS DOUBLE)
                                                      )
                                                    ) IS NOT NULL
                                                    THEN CASE
                                                      WHEN "t149"."impressions" IS NOT NULL
                                                      THEN "t149"."impressions__provenance"
                                                      ELSE 2
                                                    END
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END AS "impressions_with_estimates__provenance",
                                                  (
                                                    "t149"."engagements" / NULLIF("t149"."reach", 0)
                                                  ) * 100 AS "er_reach_post",
                                                  (
                                                    "t149"."engagements" / NULLIF("t149"."followers", 0)
                                                  ) * 100 AS "er_followers_post",
                                                  (
                                                    "t149"."engagements" / NULLIF("t149"."impressions", 0)
                                                  ) * 100 AS "er_impressions_post",
                                                  (
                                                    "t149"."engagements" / NULLIF("t149"."views", 0)
                                                  ) * 100 AS "er_views_post",
                                                  NULLIF(
                                                    GREATEST(
                                                      COALESCE("t149"."engagements__provenance", -1),
                                                      COALESCE("t149"."reach__provenance", -1)
                                                    ),
                                                    -1
                                                  ) AS "er_reach_post__provenance",
                                                  NULLIF(
                                                    GREATEST(
                                                      COALESCE("t149"."engagements__provenance", -1),
                                                      COALESCE("t149"."followers__provenance", -1)
                                                    ),
                                                    -1
                                                  ) AS "er_followers_post__provenance",
                                                  NULLIF(
                                                    GREATEST(
                                                      COALESCE("t149"."engagements__provenance", -1),
                                                      COALESCE("t149"."impressions__provenance", -1)
                                                    ),
                                                    -1
                                                  ) AS "er_impressions_post__provenance",
                                                  NULLIF(
                                                    GREATEST(
                                                      COALESCE("t149"."engagements__provenance", -1),
                                                      COALESCE("t149"."views__provenance", -1)
                                                    ),
                                                    -1
                                                  ) AS "er_views_post__provenance",
                                                  "t149"."platform" AS "post_platform",
                                                  "t149"."influencer_id" AS "publishing_influencer",
                                                  CAST(CASE WHEN "t149"."sponsored" THEN 1 ELSE 0 END AS DOUBLE) AS "sponsored_posts",
                                                  CAST(CASE
                                                    WHEN "t149"."sponsored"
                                                    AND CASE
                                                      WHEN UPPER("t149"."country") = 'FR'
                                                      THEN CONTAINS(LOWER("t149"."caption"), 'publicité')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'publicite')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'collaboration commerciale')
                                                      WHEN UPPER("t149"."country") = 'BE'
                                                      THEN CONTAINS(LOWER("t149"."caption"), 'publicité')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'publicite')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'collaboration commerciale')
                                                      OR CONTAINS(LOWER("t149"."caption"), '#pub')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'reclame')
                                                      OR CONTAINS(LOWER("t149"."caption"), '#ad')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'samenwerking')
                                                      WHEN UPPER("t149"."country") = 'DE'
                                                      THEN CONTAINS(LOWER("t149"."caption"), 'werbung')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'anzeige')
                                                      WHEN UPPER("t149"."country") = 'ES'
                                                      THEN CONTAINS(LOWER("t149"."caption"), 'publicidad')
                                                      OR CONTAINS(LOWER("t149"."caption"), '#publi')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'patrocinado')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'colaboración pagada')
                                                      WHEN UPPER("t149"."country") = 'IT'
                                                      THEN CONTAINS(LOWER("t149"."caption"), 'pubblicità')
                                                      OR CONTAINS(LOWER("t149"."caption"), '#adv')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'sponsorizzato')
                                                      OR CONTAINS(LOWER("t149"."caption"), '#sponsored')
                                                      WHEN UPPER("t149"."country") = 'GB'
                                                      THEN CONTAINS(LOWER("t149"."caption"), '#ad')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'advert')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'advertisement')
                                                      WHEN UPPER("t149"."country") = 'US'
                                                      THEN CONTAINS(LOWER("t149"."caption"), '#ad')
                                                      OR CONTAINS(LOWER("t149"."caption"), '#sponsored')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'advertisement')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'paid partnership')
                                                      ELSE CONTAINS(LOWER("t149"."caption"), '#ad')
                                                      OR CONTAINS(LOWER("t149"."caption"), '#sponsored')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'paid partnership')
                                                      OR CONTAINS(LOWER("t149"."caption"), 'advertisement')
                                                    END
                                                    THEN 1
                                                    ELSE 0
                                                  END AS DOUBLE) AS "disclosed_sponsored_posts"
                                                FROM (
                                                  SELECT
                                                    "t140"."campaign_id",
                                                    "t140"."campaign",
                                                    "t140"."influencer_id",
                                                    "t140"."influencer",
                                                    "t140"."account_id",
                                                    "t140"."platform",
                                                    "t140"."format",
                                                    "t140"."post_id",
                                                    "t140"."day",
                                                    "t140"."country",
                                                    "t140"."caption",
                                                    "t140"."sponsored",
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
                                                    "t140"."followers",
                                                    "t140"."followers__provenance",
                                                    CASE
                                                      WHEN (
                                                        "t140"."likes" IS NOT NULL
                                                      )
                                                      OR (
                                                        "t140"."comments" IS NOT NULL
                                                      )
                                                      OR (
                                                        "t140"."shares" IS NOT NULL
                                                      )
                                                      OR (
                                                        "t140"."saves" IS NOT NULL
                                                      )
                                                      THEN CAST(0 AS DOUBLE) + COALESCE("t140"."likes", 0) + COALESCE("t140"."comments", 0) + COALESCE("t140"."shares", 0) + COALESCE("t140"."saves", 0)
                                                      ELSE CAST(NULL AS DOUBLE)
                                                    END AS "engagements",
                                                    NULLIF(
                                                      GREATEST(
                                                        COALESCE("t140"."likes__provenance", -1),
                                                        COALESCE("t140"."comments__provenance", -1),
                                                        COALESCE("t140"."shares__provenance", -1),
                                                        COALESCE("t140"."saves__provenance", -1)
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
                                                      "t120"."reach",
                                                      "t120"."impressions",
                                                      "t120"."views",
                                                      "t120"."likes",
                                                      "t120"."comments",
                                                      "t120"."shares",
                                                      "t120"."saves",
                                                      "t120"."clicks",
                                                      "t120"."reach__provenance",
                                                      "t120"."impressions__provenance",
                                                      "t120"."views__provenance",
                                                      "t120"."likes__provenance",
                                                      "t120"."comments__provenance",
                                                      "t120"."shares__provenance",
                                                      "t120"."saves__provenance",
                                                      "t120"."clicks__provenance",
                                                      "t127"."followers",
                                                      "t127"."followers__provenance"
                                                    FROM "t80" AS "t103"
                                                    LEFT OUTER JOIN (
                                                      SELECT
                                                        CAST("t81"."post_id" AS BIGINT) AS "post_id",
                                                        CAST(FIRST(
                                                          "t81"."value" ORDER BY (
                                                            DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                          ) + (
                                                            15 - CASE "t81"."provenance"
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ) DESC
                                                        ) FILTER(WHERE
                                                          "t81"."metric" = 'reach') AS DOUBLE) AS "reach",
                                                        CAST(FIRST(
                                                          "t81"."value" ORDER BY (
                                                            DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                          ) + (
                                                            15 - CASE "t81"."provenance"
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ) DESC
                                                        ) FILTER(WHERE
                                                          "t81"."metric" = 'impressions') AS DOUBLE) AS "impressions",
                                                        CAST(FIRST(
                                                          "t81"."value" ORDER BY (
                                                            DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                          ) + (
                                                            15 - CASE "t81"."provenance"
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ) DESC
                                                        ) FILTER(WHERE
                                                          "t81"."metric" = 'views') AS DOUBLE) AS "views",
                                                        CAST(FIRST(
                                                          "t81"."value" ORDER BY (
                                                            DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                          ) + (
                                                            15 - CASE "t81"."provenance"
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ) DESC
                                                        ) FILTER(WHERE
                                                          "t81"."metric" = 'likes') AS DOUBLE) AS "likes",
                                                        CAST(FIRST(
                                                          "t81"."value" ORDER BY (
                                                            DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                          ) + (
                                                            15 - CASE "t81"."provenance"
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ) DESC
                                                        ) FILTER(WHERE
                                                          "t81"."metric" = 'comments') AS DOUBLE) AS "comments",
                                                        CAST(FIRST(
                                                          "t81"."value" ORDER BY (
                                                            DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                          ) + (
                                                            15 - CASE "t81"."provenance"
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ) DESC
                                                        ) FILTER(WHERE
                                                          "t81"."metric" = 'shares') AS DOUBLE) AS "shares",
                                                        CAST(FIRST(
                                                          "t81"."value" ORDER BY (
                                                            DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                          ) + (
                                                            15 - CASE "t81"."provenance"
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ) DESC
                                                        ) FILTER(WHERE
                                                          "t81"."metric" = 'saves') AS DOUBLE) AS "saves",
                                                        CAST(FIRST(
                                                          "t81"."value" ORDER BY (
                                                            DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                          ) + (
                                                            15 - CASE "t81"."provenance"
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END
                                                          ) DESC
                                                        ) FILTER(WHERE
                                                          "t81"."metric" = 'clicks') AS DOUBLE) AS "clicks",
                                                        15 - (
                                                          MAX(
                                                            (
                                                              DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                            ) + (
                                                              15 - CASE "t81"."provenance"
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
                                                            "t81"."metric" = 'reach') % 16
                                                        ) AS "reach__provenance",
                                                        15 - (
                                                          MAX(
                                                            (
                                                              DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                            ) + (
                                                              15 - CASE "t81"."provenance"
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
                                                            "t81"."metric" = 'impressions') % 16
                                                        ) AS "impressions__provenance",
                                                        15 - (
                                                          MAX(
                                                            (
                                                              DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                            ) + (
                                                              15 - CASE "t81"."provenance"
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
                                                            "t81"."metric" = 'views') % 16
                                                        ) AS "views__provenance",
                                                        15 - (
                                                          MAX(
                                                            (
                                                              DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                            ) + (
                                                              15 - CASE "t81"."provenance"
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
                                                            "t81"."metric" = 'likes') % 16
                                                        ) AS "likes__provenance",
                                                        15 - (
                                                          MAX(
                                                            (
                                                              DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                            ) + (
                                                              15 - CASE "t81"."provenance"
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
                                                            "t81"."metric" = 'comments') % 16
                                                        ) AS "comments__provenance",
                                                        15 - (
                                                          MAX(
                                                            (
                                                              DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                            ) + (
                                                              15 - CASE "t81"."provenance"
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
                                                            "t81"."metric" = 'shares') % 16
                                                        ) AS "shares__provenance",
                                                        15 - (
                                                          MAX(
                                                            (
                                                              DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                            ) + (
                                                              15 - CASE "t81"."provenance"
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
                                                            "t81"."metric" = 'saves') % 16
                                                        ) AS "saves__provenance",
                                                        15 - (
                                                          MAX(
                                                            (
                                                              DATE_DIFF('SECOND', MAKE_TIMESTAMP(1970, 1, 1, 0, 0, 0.0), "t81"."captured_at") * 16
                                                            ) + (
                                                              15 - CASE "t81"."provenance"
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
                                                            "t81"."metric" = 'clicks') % 16
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
                                                        ) AS "t58"
                                                        WHERE
                                                          "t58"."captured_at" <= MAKE_TIMESTAMP(2026, 3, 31, 23, 59, 59.0)
                                                      ) AS "t81"
                                                      GROUP BY
                                                        1
                                                    ) AS "t120"
                                                      ON "t103"."post_id" = "t120"."post_id"
                                                    LEFT OUTER JOIN (
                                                      SELECT
                                                        "t108"."post_id",
                                                        CAST(CASE WHEN "t108"."before" IS NOT NULL THEN "t108"."before" ELSE "t108"."after" END AS DOUBLE) AS "followers",
                                                        CASE
                                                          WHEN "t108"."before" IS NOT NULL
                                                          THEN "t108"."before_rank"
                                                          ELSE "t108"."after_rank"
                                                        END AS "followers__provenance"
                                                      FROM (
                                                        SELECT
                                                          CAST("t82"."post_id" AS BIGINT) AS "post_id",
                                                          FIRST("t82"."followers" ORDER BY "t82"."captured_at" DESC) FILTER(WHERE
                                                            "t82"."captured_at" <= "t82"."published_at") AS "before",
                                                          FIRST(
                                                            CASE "t82"."provenance"
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END ORDER BY "t82"."captured_at" DESC
                                                          ) FILTER(WHERE
                                                            "t82"."captured_at" <= "t82"."published_at") AS "before_rank",
                                                          FIRST("t82"."followers" ORDER BY "t82"."captured_at") FILTER(WHERE
                                                            NOT (
                                                              "t82"."captured_at" <= "t82"."published_at"
                                                            )) AS "after",
                                                          FIRST(
                                                            CASE "t82"."provenance"
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END ORDER BY "t82"."captured_at"
                                                          ) FILTER(WHERE
                                                            NOT (
                                                              "t82"."captured_at" <= "t82"."published_at"
                                                            )) AS "after_rank"
                                                        FROM (
                                                          SELECT
                                                            "t51"."post_id",
                                                            "t51"."account_id",
                                                            "t51"."published_at",
                                                            "t26"."id",
                                                            "t26"."captured_at",
                                                            "t26"."followers",
                                                            "t26"."source",
                                                            "t26"."provenance"
                                                          FROM (
                                                            SELECT
                                                              "t11"."id" AS "post_id",
                                                              "t11"."account_id",
                                                              "t11"."published_at"
                                                            FROM "post" AS "t11"
                                                            WHERE
                                                              "t11"."campaign_id" IS NOT NULL AND "t11"."campaign_id" IN (1)
                                                          ) AS "t51"
                                                          INNER JOIN "follower_snapshot" AS "t26"
                                                            ON "t51"."account_id" = "t26"."account_id"
                                                        ) AS "t82"
                                                        GROUP BY
                                                          1
                                                      ) AS "t108"
                                                    ) AS "t127"
                                                      ON "t103"."post_id" = "t127"."post_id"
                                                  ) AS "t140"
                                                ) AS "t149"
                                              ) AS "t162"
                                            ) AS "t166"
                                          ) AS "t168"
                                        ) AS "t174"
                                          ON "t130"."campaign_id" = "t174"."campaign_id"
                                          AND "t130"."influencer_id" = "t174"."influencer_id"
                                      ) AS "t179"
                                    ) AS "t182"
                                  ) AS "t187"
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t125"."campaign_id",
                                      "t125"."campaign",
                                      "t125"."influencer_id",
                                      "t125"."influencer",
                                      CAST(NULL AS BIGINT) AS "account_id",
                                      CAST(NULL AS TEXT) AS "platform",
                                      CAST(NULL AS TEXT) AS "format",
                                      CAST(NULL AS BIGINT) AS "post_id",
                                      "t125"."day",
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
                                      "t125"."cost",
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
                                        CAST("t18"."name" AS TEXT) AS "influencer",
                                        "t100"."incurred_on" AS "day",
                                        "t100"."amount" AS "cost"
                                      FROM "t78" AS "t100"
                                      ANTI JOIN (
                                        SELECT
                                          "t94"."campaign_id",
                                          "t94"."campaign",
                                          "t94"."influencer_id",
                                          "t94"."influencer",
                                          "t94"."account_id",
                                          "t94"."platform",
                                          "t94"."format",
                                          "t94"."post_id",
                                          "t94"."day",
                                          "t94"."country",
                                          "t94"."caption",
                                          "t94"."sponsored",
                                          COUNT("t94"."post_id") OVER (
                                            PARTITION BY "t94"."campaign_id", "t94"."influencer_id"
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                          ) AS "n_posts"
                                        FROM "t80" AS "t94"
                                      ) AS "t115"
                                        ON "t100"."campaign_id" = "t115"."campaign_id"
                                        AND "t100"."influencer_id" = "t115"."influencer_id"
                                      LEFT OUTER JOIN "influencer" AS "t18"
                                        ON "t100"."influencer_id" = "t18"."id"
                                    ) AS "t125"
                                  ) AS "t134"
                                ) AS "t189"
                                UNION ALL
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t65"."campaign_id",
                                    "t65"."campaign",
                                    CAST(NULL AS BIGINT) AS "influencer_id",
                                    CAST(NULL AS TEXT) AS "influencer",
                                    CAST(NULL AS BIGINT) AS "account_id",
                                    "t65"."platform",
                                    CAST(NULL AS TEXT) AS "format",
                                    CAST(NULL AS BIGINT) AS "post_id",
                                    "t65"."day",
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
                                    "t65"."mentions",
                                    "t65"."brand_mentions",
                                    "t65"."mention_engagements",
                                    "t65"."brand_mention_engagements",
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
                                      CAST("t15"."id" AS BIGINT) AS "campaign_id",
                                      CAST("t15"."name" AS TEXT) AS "campaign",
                                      CAST("t21"."platform" AS TEXT) AS "platform",
                                      "t21"."mentioned_on" AS "day",
                                      CAST(1 AS DOUBLE) AS "mentions",
                                      CAST(CASE WHEN "t21"."own" THEN 1 ELSE 0 END AS DOUBLE) AS "brand_mentions",
                                      "t21"."engagements" AS "mention_engagements",
                                      CAST(CASE WHEN "t21"."own" THEN 1 ELSE 0 END AS DOUBLE) * "t21"."engagements" AS "brand_mention_engagements"
                                    FROM "mention" AS "t21"
                                    INNER JOIN "campaign" AS "t15"
                                      ON "t21"."workspace_id" = "t15"."workspace_id"
                                      AND "t21"."mentioned_on" >= "t15"."start_date"
                                      AND "t21"."mentioned_on" <= "t15"."end_date"
                                  ) AS "t65"
                                ) AS "t76"
                              ) AS "t190"
                              UNION ALL
                              SELECT
                                *
                              FROM (
                                SELECT
                                  "t181"."campaign_id",
                                  "t181"."campaign",
                                  "t181"."influencer_id",
                                  "t181"."influencer",
                                  "t181"."account_id",
                                  "t181"."platform",
                                  CAST(NULL AS TEXT) AS "format",
                                  CAST(NULL AS BIGINT) AS "post_id",
                                  "t181"."day",
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
                                    WHEN "t181"."is_brand" = FALSE
                                    THEN "t181"."start_followers"
                                    ELSE CAST(NULL AS DOUBLE)
                                  END AS "followers_start",
                                  CASE
                                    WHEN "t181"."is_brand" = FALSE
                                    THEN CASE
                                      WHEN "t181"."end_seen_at" > "t181"."start_seen_at"
                                      THEN "t181"."end_followers" - "t181"."start_followers"
                                      ELSE CAST(NULL AS DOUBLE)
                                    END
                                    ELSE CAST(NULL AS DOUBLE)
                                  END AS "followers_gained",
                                  CASE
                                    WHEN "t181"."is_brand" = FALSE
                                    THEN CASE
                                      WHEN "t181"."end_seen_at" > "t181"."start_seen_at"
                                      THEN (
                                        (
                                          "t181"."start_followers" - "t181"."before_followers"
                                        ) / NULLIF(CAST("t181"."start_seen_at" - "t181"."before_seen_at" AS DOUBLE), 0)
                                      ) * (
                                        "t181"."end_seen_at" - "t181"."start_seen_at"
                                      )
                                      ELSE CAST(NULL AS DOUBLE)
                                    END
                                    ELSE CAST(NULL AS DOUBLE)
                                  END AS "followers_expected_gain",
                                  CAST(CASE
                                    WHEN "t181"."is_brand" = FALSE
                                    THEN "t181"."start_rank"
                                    ELSE CAST(NULL AS TINYINT)
                                  END AS BIGINT) AS "followers_start__provenance",
                                  CASE
                                    WHEN "t181"."is_brand" = FALSE
                                    THEN CASE
                                      WHEN "t181"."end_seen_at" > "t181"."start_seen_at"
                                      THEN NULLIF(GREATEST(COALESCE("t181"."start_rank", -1), COALESCE("t181"."end_rank", -1)), -1)
                                      ELSE CAST(NULL AS BIGINT)
                                    END
                                    ELSE CAST(NULL AS BIGINT)
                                  END AS "followers_gained__provenance",
                                  CASE
                                    WHEN "t181"."is_brand" = FALSE
                                    THEN CASE
                                      WHEN CASE
                                        WHEN "t181"."end_seen_at" > "t181"."start_seen_at"
                                        THEN (
                                          (
                                            "t181"."start_followers" - "t181"."before_followers"
                                          ) / NULLIF(CAST("t181"."start_seen_at" - "t181"."before_seen_at" AS DOUBLE), 0)
                                        ) * (
                                          "t181"."end_seen_at" - "t181"."start_seen_at"
                                        )
                                        ELSE CAST(NULL AS DOUBLE)
                                      END IS NOT NULL
                                      THEN NULLIF(
                                        GREATEST(
                                          COALESCE(
                                            CASE
                                              WHEN "t181"."end_seen_at" > "t181"."start_seen_at"
                                              THEN NULLIF(GREATEST(COALESCE("t181"."start_rank", -1), COALESCE("t181"."end_rank", -1)), -1)
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            -1
                                          ),
                                          COALESCE("t181"."before_rank", -1)
                                        ),
                                        -1
                                      )
                                      ELSE CAST(NULL AS BIGINT)
                                    END
                                    ELSE CAST(NULL AS BIGINT)
                                  END AS "followers_expected_gain__provenance",
                                  CASE
                                    WHEN "t181"."is_brand" = TRUE
                                    THEN "t181"."start_followers"
                                    ELSE CAST(NULL AS DOUBLE)
                                  END AS "brand_followers_start",
                                  CASE
                                    WHEN "t181"."is_brand" = TRUE
                                    THEN CASE
                                      WHEN "t181"."end_seen_at" > "t181"."start_seen_at"
                                      THEN "t181"."end_followers" - "t181"."start_followers"
                                      ELSE CAST(NULL AS DOUBLE)
                                    END
                                    ELSE CAST(NULL AS DOUBLE)
                                  END AS "brand_followers_gained",
                                  CASE
                                    WHEN "t181"."is_brand" = TRUE
                                    THEN CASE
                                      WHEN "t181"."end_seen_at" > "t181"."start_seen_at"
                                      THEN (
                                        (
                                          "t181"."start_followers" - "t181"."before_followers"
                                        ) / NULLIF(CAST("t181"."start_seen_at" - "t181"."before_seen_at" AS DOUBLE), 0)
                                      ) * (
                                        "t181"."end_seen_at" - "t181"."start_seen_at"
                                      )
                                      ELSE CAST(NULL AS DOUBLE)
                                    END
                                    ELSE CAST(NULL AS DOUBLE)
                                  END AS "brand_followers_expected_gain",
                                  CAST(CASE
                                    WHEN "t181"."is_brand" = TRUE
                                    THEN "t181"."start_rank"
                                    ELSE CAST(NULL AS TINYINT)
                                  END AS BIGINT) AS "brand_followers_start__provenance",
                                  CASE
                                    WHEN "t181"."is_brand" = TRUE
                                    THEN CASE
                                      WHEN "t181"."end_seen_at" > "t181"."start_seen_at"
                                      THEN NULLIF(GREATEST(COALESCE("t181"."start_rank", -1), COALESCE("t181"."end_rank", -1)), -1)
                                      ELSE CAST(NULL AS BIGINT)
                                    END
                                    ELSE CAST(NULL AS BIGINT)
                                  END AS "brand_followers_gained__provenance",
                                  CASE
                                    WHEN "t181"."is_brand" = TRUE
                                    THEN CASE
                                      WHEN CASE
                                        WHEN "t181"."end_seen_at" > "t181"."start_seen_at"
                                        THEN (
                                          (
                                            "t181"."start_followers" - "t181"."before_followers"
                                          ) / NULLIF(CAST("t181"."start_seen_at" - "t181"."before_seen_at" AS DOUBLE), 0)
                                        ) * (
                                          "t181"."end_seen_at" - "t181"."start_seen_at"
                                        )
                                        ELSE CAST(NULL AS DOUBLE)
                                      END IS NOT NULL
                                      THEN NULLIF(
                                        GREATEST(
                                          COALESCE(
                                            CASE
                                              WHEN "t181"."end_seen_at" > "t181"."start_seen_at"
                                              THEN NULLIF(GREATEST(COALESCE("t181"."start_rank", -1), COALESCE("t181"."end_rank", -1)), -1)
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            -1
                                          ),
                                          COALESCE("t181"."before_rank", -1)
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
                                    "t157"."before_followers",
                                    "t157"."before_seen_at",
                                    "t157"."before_rank"
                                  FROM (
                                    SELECT
                                      "t165"."campaign_id",
                                      "t165"."campaign",
                                      "t165"."influencer_id",
                                      "t165"."influencer",
                                      "t165"."account_id",
                                      "t165"."platform",
                                      "t165"."is_brand",
                                      "t165"."day",
                                      "t165"."start_at",
                                      "t165"."end_at",
                                      "t165"."start_followers",
                                      "t165"."start_seen_at",
                                      "t165"."start_rank",
                                      "t156"."end_followers",
                                      "t156"."end_seen_at",
                                      "t156"."end_rank"
                                    FROM (
                                      SELECT
                                        "t137"."campaign_id",
                                        "t137"."campaign",
                                        "t137"."influencer_id",
                                        "t137"."influencer",
                                        "t137"."account_id",
                                        "t137"."platform",
                                        "t137"."is_brand",
                                        "t137"."day",
                                        "t137"."start_at",
                                        "t137"."end_at",
                                        "t159"."start_followers",
                                        "t159"."start_seen_at",
                                        "t159"."start_rank"
                                      FROM (
                                        SELECT
                                          "t117"."campaign_id",
                                          CAST("t15"."name" AS TEXT) AS "campaign",
                                          CAST("t19"."id" AS BIGINT) AS "influencer_id",
                                          CAST("t19"."name" AS TEXT) AS "influencer",
                                          "t117"."account_id",
                                          CAST("t25"."platform" AS TEXT) AS "platform",
                                          "t117"."is_brand",
                                          "t15"."end_date" AS "day",
                                          EPOCH(CAST(CAST("t15"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "start_at",
                                          EPOCH(CAST(CAST("t15"."end_date" AS TIMESTAMPTZ) AS TIMESTAMP)) + 86400 AS "end_at"
                                        FROM (
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              "t102"."campaign_id",
                                              "t102"."account_id",
                                              FALSE AS "is_brand"
                                            FROM (
                                              SELECT DISTINCT
                                                "t88"."campaign_id",
                                                "t88"."account_id"
                                              FROM (
                                                SELECT
                                                  CAST("t49"."campaign_id" AS BIGINT) AS "campaign_id",
                                                  CAST("t16"."name" AS TEXT) AS "campaign",
                                                  CAST("t46"."id" AS BIGINT) AS "influencer_id",
                                                  CAST("t46"."name" AS TEXT) AS "influencer",
                                                  CAST("t24"."id" AS BIGINT) AS "account_id",
                                                  CAST("t24"."platform" AS TEXT) AS "platform",
                                                  CAST("t49"."format" AS TEXT) AS "format",
                                                  CAST("t49"."id" AS BIGINT) AS "post_id",
                                                  "t49"."published_on" AS "day",
                                                  "t46"."country",
                                                  CAST("t49"."caption" AS TEXT) AS "caption",
                                                  "t49"."sponsored"
                                                FROM (
                                                  SELECT
                                                    *
                                                  FROM "post" AS "t11"
                                                  WHERE
                                                    "t11"."campaign_id" IS NOT NULL
                                                ) AS "t49"
                                                INNER JOIN "account" AS "t24"
                                                  ON "t49"."account_id" = "t24"."id"
                                                INNER JOIN (
                                                  SELECT
                                                    *
                                                  FROM "influencer" AS "t3"
                                                  WHERE
                                                    NOT (
                                                      "t3"."is_brand"
                                                    )
                                                ) AS "t46"
                                                  ON "t24"."influencer_id" = "t46"."id"
                                                INNER JOIN "campaign" AS "t16"
                                                  ON "t49"."campaign_id" = "t16"."id"
                                              ) AS "t88"
                                            ) AS "t102"
                                          ) AS "t107"
                                          UNION ALL
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              CAST("t17"."id" AS BIGINT) AS "campaign_id",
                                              CAST("t25"."id" AS BIGINT) AS "account_id",
                                              TRUE AS "is_brand"
                                            FROM "campaign" AS "t17"
                                            INNER JOIN (
                                              SELECT
                                                *
                                              FROM "influencer" AS "t3"
                                              WHERE
                                                "t3"."is_brand"
                                            ) AS "t35"
                                              ON "t35"."workspace_id" = "t17"."workspace_id"
                                            INNER JOIN "account" AS "t25"
                                              ON "t25"."influencer_id" = "t35"."id"
                                          ) AS "t68"
                                        ) AS "t117"
                                        INNER JOIN "campaign" AS "t15"
                                          ON "t117"."campaign_id" = "t15"."id"
                                        INNER JOIN "account" AS "t25"
                                          ON "t117"."account_id" = "t25"."id"
                                        INNER JOIN "influencer" AS "t19"
                                          ON "t25"."influencer_id" = "t19"."id"
                                      ) AS "t137"
                                      INNER JOIN (
                                        SELECT
                                          "t153"."campaign_id",
                                          "t153"."account_id",
                                          CAST("t153"."followers" AS DOUBLE) AS "start_followers",
                                          "t153"."at" AS "start_seen_at",
                                          "t153"."rank" AS "start_rank"
                                        FROM (
                                          SELECT
                                            "t148"."campaign_id",
                                            "t148"."campaign",
                                            "t148"."influencer_id",
                                            "t148"."influencer",
                                            "t148"."account_id",
                                            "t148"."platform",
                                            "t148"."is_brand",
                                            "t148"."day",
                                            "t148"."start_at",
                                            "t148"."end_at",
                                            "t148"."followers",
                                            "t148"."at",
                                            "t148"."rank",
                                            ROW_NUMBER() OVER (
                                              PARTITION BY "t148"."campaign_id", "t148"."account_id"
                                              ORDER BY CASE WHEN "t148"."at" <= "t148"."start_at" THEN 0 ELSE 1 END ASC, ABS("t148"."at" - "t148"."start_at") ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                            ) - 1 AS "order"
                                          FROM "t147" AS "t148"
                                        ) AS "t153"
                                        WHERE
                                          "t153"."order" = 0
                                      ) AS "t159"
                                        ON "t137"."campaign_id" = "t159"."campaign_id"
                                        AND "t137"."account_id" = "t159"."account_id"
                                    ) AS "t165"
                                    LEFT OUTER JOIN (
                                      SELECT
                                        "t151"."campaign_id",
                                        "t151"."account_id",
                                        CAST("t151"."followers" AS DOUBLE) AS "end_followers",
                                        "t151"."at" AS "end_seen_at",
                                        "t151"."rank" AS "end_rank"
                                      FROM (
                                        SELECT
                                          "t148"."campaign_id",
                                          "t148"."campaign",
                                          "t148"."influencer_id",
                                          "t148"."influencer",
                                          "t148"."account_id",
                                          "t148"."platform",
                                          "t148"."is_brand",
                                          "t148"."day",
                                          "t148"."start_at",
                                          "t148"."end_at",
                                          "t148"."followers",
                                          "t148"."at",
                                          "t148"."rank",
                                          ROW_NUMBER() OVER (
                                            PARTITION BY "t148"."campaign_id", "t148"."account_id"
                                            ORDER BY "t148"."at" DESC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                          ) - 1 AS "order"
                                        FROM "t147" AS "t148"
                                      ) AS "t151"
                                      WHERE
                                        "t151"."order" = 0
                                    ) AS "t156"
                                      ON "t165"."campaign_id" = "t156"."campaign_id"
                                      AND "t165"."account_id" = "t156"."account_id"
                                  ) AS "t178"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t152"."campaign_id",
                                      "t152"."account_id",
                                      CAST("t152"."followers" AS DOUBLE) AS "before_followers",
                                      "t152"."at" AS "before_seen_at",
                                      "t152"."rank" AS "before_rank"
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
                                          ORDER BY "t150"."at" DESC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        ) - 1 AS "order"
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            "t137"."campaign_id",
                                            "t137"."campaign",
                                            "t137"."influencer_id",
                                            "t137"."influencer",
                                            "t137"."account_id",
                                            "t137"."platform",
                                            "t137"."is_brand",
                                            "t137"."day",
                                            "t137"."start_at",
                                            "t137"."end_at",
                                            "t59"."followers",
                                            "t59"."at",
                                            "t59"."rank"
                                          FROM (
                                            SELECT
                                              "t117"."campaign_id",
                                              CAST("t15"."name" AS TEXT) AS "campaign",
                                              CAST("t19"."id" AS BIGINT) AS "influencer_id",
                                              CAST("t19"."name" AS TEXT) AS "influencer",
                                              "t117"."account_id",
                                              CAST("t25"."platform" AS TEXT) AS "platform",
                                              "t117"."is_brand",
                                              "t15"."end_date" AS "day",
                                              EPOCH(CAST(CAST("t15"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "start_at",
                                              EPOCH(CAST(CAST("t15"."end_date" AS TIMESTAMPTZ) AS TIMESTAMP)) + 86400 AS "end_at"
                                            FROM (
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  "t102"."campaign_id",
                                                  "t102"."account_id",
                                                  FALSE AS "is_brand"
                                                FROM (
                                                  SELECT DISTINCT
                                                    "t88"."campaign_id",
                                                    "t88"."account_id"
                                                  FROM (
                                                    SELECT
                                                      CAST("t49"."campaign_id" AS BIGINT) AS "campaign_id",
                                                      CAST("t16"."name" AS TEXT) AS "campaign",
                                                      CAST("t46"."id" AS BIGINT) AS "influencer_id",
                                                      CAST("t46"."name" AS TEXT) AS "influencer",
                                                      CAST("t24"."id" AS BIGINT) AS "account_id",
                                                      CAST("t24"."platform" AS TEXT) AS "platform",
                                                      CAST("t49"."format" AS TEXT) AS "format",
                                                      CAST("t49"."id" AS BIGINT) AS "post_id",
                                                      "t49"."published_on" AS "day",
                                                      "t46"."country",
                                                      CAST("t49"."caption" AS TEXT) AS "caption",
                                                      "t49"."sponsored"
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM "post" AS "t11"
                                                      WHERE
                                                        "t11"."campaign_id" IS NOT NULL
                                                    ) AS "t49"
                                                    INNER JOIN "account" AS "t24"
                                                      ON "t49"."account_id" = "t24"."id"
                                                    INNER JOIN (
                                                      SELECT
                                                        *
                                                      FROM "influencer" AS "t3"
                                                      WHERE
                                                        NOT (
                                                          "t3"."is_brand"
                                                        )
                                                    ) AS "t46"
                                                      ON "t24"."influencer_id" = "t46"."id"
                                                    INNER JOIN "campaign" AS "t16"
                                                      ON "t49"."campaign_id" = "t16"."id"
                                                  ) AS "t88"
                                                ) AS "t102"
                                              ) AS "t107"
                                              UNION ALL
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  CAST("t17"."id" AS BIGINT) AS "campaign_id",
                                                  CAST("t25"."id" AS BIGINT) AS "account_id",
                                                  TRUE AS "is_brand"
                                                FROM "campaign" AS "t17"
                                                INNER JOIN (
                                                  SELECT
                                                    *
                                                  FROM "influencer" AS "t3"
                                                  WHERE
                                                    "t3"."is_brand"
                                                ) AS "t35"
                                                  ON "t35"."workspace_id" = "t17"."workspace_id"
                                                INNER JOIN "account" AS "t25"
                                                  ON "t25"."influencer_id" = "t35"."id"
                                              ) AS "t68"
                                            ) AS "t117"
                                            INNER JOIN "campaign" AS "t15"
                                              ON "t117"."campaign_id" = "t15"."id"
                                            INNER JOIN "account" AS "t25"
                                              ON "t117"."account_id" = "t25"."id"
                                            INNER JOIN "influencer" AS "t19"
                                              ON "t25"."influencer_id" = "t19"."id"
                                          ) AS "t137"
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
                                          ) AS "t59"
                                            ON "t137"."account_id" = "t59"."account_id"
                                        ) AS "t146"
                                        WHERE
                                          "t146"."at" <= (
                                            "t146"."start_at" - (
                                              "t146"."end_at" - "t146"."start_at"
                                            )
                                          )
                                      ) AS "t150"
                                    ) AS "t152"
                                    WHERE
                                      "t152"."order" = 0
                                  ) AS "t157"
                                    ON "t178"."campaign_id" = "t157"."campaign_id"
                                    AND "t178"."account_id" = "t157"."account_id"
                                ) AS "t181"
                              ) AS "t188"
                            ) AS "t191"
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t63"."campaign_id",
                                "t63"."campaign",
                                "t63"."influencer_id",
                                "t63"."influencer",
                                CAST(NULL AS BIGINT) AS "account_id",
                                CAST(NULL AS TEXT) AS "platform",
                                CAST(NULL AS TEXT) AS "format",
                                CAST(NULL AS BIGINT) AS "post_id",
                                "t63"."day",
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
                                "t63"."influencers_contacted",
                                "t63"."influencers_interested",
                                "t63"."posts_contracted",
                                "t63"."products_sent",
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
                                  CAST("t20"."campaign_id" AS BIGINT) AS "campaign_id",
                                  CAST("t15"."name" AS TEXT) AS "campaign",
                                  CAST("t20"."influencer_id" AS BIGINT) AS "influencer_id",
                                  CAST("t18"."name" AS TEXT) AS "influencer",
                                  "t15"."start_date" AS "day",
                                  CAST(1 AS DOUBLE) AS "influencers_contacted",
                                  CAST(CASE WHEN "t20"."status" IN ('interested', 'activated') THEN 1 ELSE 0 END AS DOUBLE) AS "influencers_interested",
                                  CAST("t20"."posts_contracted" AS DOUBLE) AS "posts_contracted",
                                  CAST("t20"."products_sent" AS DOUBLE) AS "products_sent"
                                FROM "roster" AS "t20"
                                INNER JOIN "campaign" AS "t15"
                                  ON "t20"."campaign_id" = "t15"."id"
                                INNER JOIN "influencer" AS "t18"
                                  ON "t20"."influencer_id" = "t18"."id"
                              ) AS "t63"
                            ) AS "t75"
                          ) AS "t192"
                          UNION ALL
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t106"."campaign_id",
                              "t106"."campaign",
                              "t106"."influencer_id",
                              "t106"."influencer",
                              CAST(NULL AS BIGINT) AS "account_id",
                              "t106"."platform",
                              CAST(NULL AS TEXT) AS "format",
                              "t106"."post_id",
                              "t106"."day",
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
                              "t106"."link_clicks",
                              "t106"."unique_link_clicks",
                              "t106"."bot_link_clicks",
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
                                "t86"."campaign_id",
                                "t86"."influencer_id",
                                "t86"."post_id",
                                "t86"."platform",
                                "t86"."day",
                                "t86"."link_clicks",
                                "t86"."unique_link_clicks",
                                "t86"."bot_link_clicks",
                                CAST("t15"."name" AS TEXT) AS "campaign",
                                CAST("t18"."name" AS TEXT) AS "influencer"
                              FROM (
                                SELECT
                                  CAST("t23"."campaign_id" AS BIGINT) AS "campaign_id",
                                  CAST("t23"."influencer_id" AS BIGINT) AS "influencer_id",
                                  CAST("t23"."post_id" AS BIGINT) AS "post_id",
                                  CAST("t23"."platform" AS TEXT) AS "platform",
                                  CAST("t22"."clicked_at" AS DATE) AS "day",
                                  CAST(CASE WHEN NOT (
                                    "t22"."is_bot"
                                  ) THEN 1 ELSE 0 END AS DOUBLE) AS "link_clicks",
                                  CAST(CASE WHEN NOT (
                                    "t22"."is_bot"
                                  ) AND "t22"."is_unique" THEN 1 ELSE 0 END AS DOUBLE) AS "unique_link_clicks",
                                  CAST(CASE WHEN "t22"."is_bot" THEN 1 ELSE 0 END AS DOUBLE) AS "bot_link_clicks"
                                FROM "click" AS "t22"
                                INNER JOIN "link" AS "t23"
                                  ON "t22"."link_id" = "t23"."id"
                              ) AS "t86"
                              INNER JOIN "campaign" AS "t15"
                                ON "t86"."campaign_id" = "t15"."id"
                              LEFT OUTER JOIN "influencer" AS "t18"
                                ON "t86"."influencer_id" = "t18"."id"
                            ) AS "t106"
                          ) AS "t113"
                        ) AS "t193"
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
                            "t91"."platform",
                            CAST(NULL AS TEXT) AS "format",
                            CAST(NULL AS BIGINT) AS "post_id",
                            "t91"."day",
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
                            "t91"."sessions",
                            "t91"."new_users",
                            "t91"."engaged_sessions",
                            "t91"."bounced_sessions",
                            "t91"."session_seconds",
                            "t91"."page_views",
                            "t91"."key_events",
                            CAST(NULL AS DOUBLE) AS "orders",
                            CAST(NULL AS DOUBLE) AS "revenue",
                            CAST(NULL AS DOUBLE) AS "new_customers",
                            CAST(NULL AS DOUBLE) AS "key_messages"
                          FROM (
                            SELECT
                              "t64"."campaign_id",
                              "t64"."influencer_id",
                              "t64"."platform",
                              "t64"."day",
                              "t64"."sessions",
                              "t64"."new_users",
                              "t64"."engaged_sessions",
                              "t64"."bounced_sessions",
                              "t64"."session_seconds",
                              "t64"."page_views",
                              "t64"."key_events",
                              CAST("t15"."name" AS TEXT) AS "campaign",
                              CAST("t18"."name" AS TEXT) AS "influencer"
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
                                "t6"."campaign_id" IS NOT NULL
                            ) AS "t64"
                            INNER JOIN "campaign" AS "t15"
                              ON "t64"."campaign_id" = "t15"."id"
                            LEFT OUTER JOIN "influencer" AS "t18"
                              ON "t64"."influencer_id" = "t18"."id"
                          ) AS "t91"
                        ) AS "t105"
                      ) AS "t194"
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t104"."campaign_id",
                          "t104"."campaign",
                          "t104"."influencer_id",
                          "t104"."influencer",
                          CAST(NULL AS BIGINT) AS "account_id",
                          "t104"."platform",
                          CAST(NULL AS TEXT) AS "format",
                          CAST(NULL AS BIGINT) AS "post_id",
                          "t104"."day",
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
                          "t104"."orders",
                          "t104"."revenue",
                          "t104"."new_customers",
                          CAST(NULL AS DOUBLE) AS "key_messages"
                        FROM (
                          SELECT
                            "t74"."campaign_id",
                            "t74"."influencer_id",
                            "t74"."platform",
                            "t74"."day",
                            "t74"."orders",
                            "t74"."revenue",
                            "t74"."new_customers",
                            CAST("t15"."name" AS TEXT) AS "campaign",
                            CAST("t18"."name" AS TEXT) AS "influencer"
                          FROM (
                            SELECT
                              CAST("t4"."campaign_id" AS BIGINT) AS "campaign_id",
                              CAST("t4"."influencer_id" AS BIGINT) AS "influencer_id",
                              "t4"."platform",
                              "t4"."ordered_on" AS "day",
                              CAST(CASE WHEN NOT (
                                "t4"."reversed"
                              ) THEN 1 ELSE 0 END AS DOUBLE) AS "orders",
                              CASE
                                WHEN NOT (
                                  "t4"."reversed"
                                )
                                THEN CAST("t4"."campaign_revenue" AS DOUBLE)
                                ELSE 0
                              END AS "revenue",
                              CAST(CASE
                                WHEN NOT (
                                  "t4"."reversed"
                                ) AND COALESCE("t4"."new_customer", FALSE)
                                THEN 1
                                ELSE 0
                              END AS DOUBLE) AS "new_customers"
                            FROM "order_attribution" AS "t4"
                          ) AS "t74"
                          INNER JOIN "campaign" AS "t15"
                            ON "t74"."campaign_id" = "t15"."id"
                          LEFT OUTER JOIN "influencer" AS "t18"
                            ON "t74"."influencer_id" = "t18"."id"
                        ) AS "t104"
                      ) AS "t109"
                    ) AS "t195"
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
                    ) AS "t71"
                  ) AS "t198"
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
                          CAST(1 AS DOUBLE) AS "rate"
                        FROM "campaign" AS "t0"
                        WHERE
                          "t0"."currency" = 'EUR'
                      ) AS "t30"
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t122"."campaign_id",
                          "t122"."rate"
                        FROM (
                          SELECT
                            "t99"."campaign_id",
                            "t99"."start",
                            "t99"."rate",
                            "t99"."valid",
                            ROW_NUMBER() OVER (
                              PARTITION BY "t99"."campaign_id"
                              ORDER BY CASE WHEN "t99"."valid" <= "t99"."start" THEN 0 ELSE 1 END ASC, ABS("t99"."valid" - "t99"."start") ASC
                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                            ) - 1 AS "order"
                          FROM (
                            SELECT
                              "t54"."campaign_id",
                              "t54"."start",
                              "t67"."rate",
                              EPOCH(CAST(CAST("t67"."valid_on" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "valid"
                            FROM (
                              SELECT
                                CAST("t0"."id" AS BIGINT) AS "campaign_id",
                                "t0"."currency",
                                EPOCH(CAST(CAST("t0"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "start"
                              FROM "campaign" AS "t0"
                            ) AS "t54"
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
                              ) AS "t33"
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
                              ) AS "t56"
                            ) AS "t67"
                              ON "t54"."currency" = "t67"."quote"
                          ) AS "t99"
                        ) AS "t122"
                        WHERE
                          "t122"."order" = 0
                      ) AS "t132"
                    ) AS "t136"
                  ) AS "t144"
                    ON "t198"."campaign_id" = "t144"."campaign_id"
                ) AS "t201"
                LEFT OUTER JOIN (
                  SELECT
                    "t1"."account_id",
                    "t1"."inauthentic_share"
                  FROM "account_audit" AS "t1"
                ) AS "t31"
                  ON "t201"."account_id" = "t31"."account_id"
              ) AS "t203"
            ) AS "t206"
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
                    CAST(1 AS DOUBLE) AS "rate"
                  FROM "campaign" AS "t0"
                  WHERE
                    "t0"."currency" = 'USD'
                ) AS "t29"
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    "t121"."campaign_id",
                    "t121"."rate"
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
                        "t54"."campaign_id",
                        "t54"."start",
                        "t66"."rate",
                        EPOCH(CAST(CAST("t66"."valid_on" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "valid"
                      FROM (
                        SELECT
                          CAST("t0"."id" AS BIGINT) AS "campaign_id",
                          "t0"."currency",
                          EPOCH(CAST(CAST("t0"."start_date" AS TIMESTAMPTZ) AS TIMESTAMP)) AS "start"
                        FROM "campaign" AS "t0"
                      ) AS "t54"
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
                        ) AS "t32"
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
                        ) AS "t55"
                      ) AS "t66"
                        ON "t54"."currency" = "t66"."quote"
                    ) AS "t98"
                  ) AS "t121"
                  WHERE
                    "t121"."order" = 0
                ) AS "t131"
              ) AS "t135"
            ) AS "t143"
              ON "t206"."campaign_id" = "t143"."campaign_id"
          ) AS "t208"
          WHERE
            "t208"."campaign_id" IN (1)
            AND (
              (
                "t208"."bot_link_clicks" IS NOT NULL
              )
              OR (
                "t208"."bounced_sessions" IS NOT NULL
              )
              OR (
                "t208"."brand_followers_expected_gain" IS NOT NULL
              )
              OR (
                "t208"."brand_followers_gained" IS NOT NULL
              )
              OR (
                "t208"."brand_followers_start" IS NOT NULL
              )
              OR (
                "t208"."brand_mention_engagements" IS NOT NULL
              )
              OR (
                "t208"."brand_mentions" IS NOT NULL
              )
              OR (
                "t208"."clicks" IS NOT NULL
              )
              OR (
                "t208"."comments" IS NOT NULL
              )
              OR (
                "t208"."cost" IS NOT NULL
              )
              OR (
                "t208"."disclosed_sponsored_posts" IS NOT NULL
              )
              OR (
                "t208"."emv" IS NOT NULL
              )
              OR (
                "t208"."emv_authentic" IS NOT NULL
              )
              OR (
                "t208"."engagements" IS NOT NULL
              )
              OR (
                "t208"."er_followers_post" IS NOT NULL
              )
              OR (
                "t208"."er_impressions_post" IS NOT NULL
              )
              OR (
                "t208"."er_reach_post" IS NOT NULL
              )
              OR (
                "t208"."er_views_post" IS NOT NULL
              )
              OR (
                "t208"."followers" IS NOT NULL
              )
              OR (
                "t208"."followers_expected_gain" IS NOT NULL
              )
              OR (
                "t208"."followers_gained" IS NOT NULL
              )
              OR (
                "t208"."followers_start" IS NOT NULL
              )
              OR (
                "t208"."impressions" IS NOT NULL
              )
              OR (
                "t208"."impressions_with_estimates" IS NOT NULL
              )
              OR (
                "t208"."influencers_contacted" IS NOT NULL
              )
              OR (
                "t208"."influencers_interested" IS NOT NULL
              )
              OR (
                "t208"."key_events" IS NOT NULL
              )
              OR (
                "t208"."key_message_posts" IS NOT NULL
              )
              OR (
                "t208"."key_messages" IS NOT NULL
              )
              OR (
                "t208"."likes" IS NOT NULL
              )
              OR (
                "t208"."link_clicks" IS NOT NULL
              )
              OR (
                "t208"."mention_engagements" IS NOT NULL
              )
              OR (
                "t208"."mentions" IS NOT NULL
              )
              OR (
                "t208"."new_customers" IS NOT NULL
              )
              OR (
                "t208"."new_users" IS NOT NULL
              )
              OR (
                "t208"."orders" IS NOT NULL
              )
              OR (
                "t208"."page_views" IS NOT NULL
              )
              OR (
                (
                  "t208"."cost" / (
                    CASE
                      WHEN "t208"."platform" = 'tiktok'
                      THEN CAST(NULL AS DOUBLE)
                      WHEN "t208"."platform" = 'youtube'
                      THEN CAST(NULL AS DOUBLE)
                      ELSE 1.88
                    END * "t208"."paid_rate"
                  )
                ) IS NOT NULL
              )
              OR (
                (
                  (
                    "t208"."cost" / (
                      CASE
                        WHEN "t208"."platform" = 'tiktok'
                        THEN 7.5
                        WHEN "t208"."platform" = 'youtube'
                        THEN 3.53
                        ELSE 19.8
                      END * "t208"."paid_rate"
                    )
                  ) * 1000
                ) IS NOT NULL
              )
              OR (
                (
                  "t208"."cost" / (
                    CASE WHEN "t208"."platform" = 'youtube' THEN 0.026 ELSE CAST(NULL AS DOUBLE) END * "t208"."paid_rate"
                  )
                ) IS NOT NULL
              )
              OR (
                "t208"."post_id" IS NOT NULL
              )
              OR (
                "t208"."post_platform" IS NOT NULL
              )
              OR (
                "t208"."posts_contracted" IS NOT NULL
              )
              OR (
                "t208"."products_sent" IS NOT NULL
              )
              OR (
                "t208"."publishing_influencer" IS NOT NULL
              )
              OR (
                "t208"."reach" IS NOT NULL
              )
              OR (
                "t208"."revenue" IS NOT NULL
              )
              OR (
                "t208"."saves" IS NOT NULL
              )
              OR (
                "t208"."session_seconds" IS NOT NULL
              )
              OR (
                "t208"."sessions" IS NOT NULL
              )
              OR (
                "t208"."shares" IS NOT NULL
              )
              OR (
                "t208"."sponsored_posts" IS NOT NULL
              )
              OR (
                "t208"."ugc_post" IS NOT NULL
              )
              OR (
                "t208"."unique_link_clicks" IS NOT NULL
              )
              OR (
                "t208"."views" IS NOT NULL
              )
            )
            AND "t208"."account_id" IS NOT NULL
        ) AS "t210"
        GROUP BY
          1,
          2
      ) AS "t213"
    ) AS "t214"
    GROUP BY
      1
  ) AS "t216"
    ON "t212"."week" IS NOT DISTINCT FROM "t216"."week"
) AS "t217"
ORDER BY
  "t217"."week" ASC
