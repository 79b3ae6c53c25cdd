WITH "t75" AS (
  SELECT
    CAST("t45"."campaign_id" AS BIGINT) AS "campaign_id",
    CAST("t14"."name" AS VARCHAR) AS "campaign",
    CAST("t45"."influencer_id" AS BIGINT) AS "influencer_id",
    CAST("t45"."amount" AS DOUBLE PRECISION) AS "amount",
    "t45"."incurred_on"
  FROM (
    SELECT
      *
    FROM "cost" AS "t9"
    WHERE
      "t9"."campaign_id" IN (1)
  ) AS "t45"
  INNER JOIN "campaign" AS "t14"
    ON "t45"."campaign_id" = "t14"."id"
), "t77" AS (
  SELECT
    CAST("t47"."campaign_id" AS BIGINT) AS "campaign_id",
    CAST("t15"."name" AS VARCHAR) AS "campaign",
    CAST("t43"."id" AS BIGINT) AS "influencer_id",
    CAST("t43"."name" AS VARCHAR) AS "influencer",
    CAST("t23"."id" AS BIGINT) AS "account_id",
    CAST("t23"."platform" AS VARCHAR) AS "platform",
    CAST("t47"."format" AS VARCHAR) AS "format",
    CAST("t47"."id" AS BIGINT) AS "post_id",
    "t47"."published_on" AS "day",
    "t43"."country",
    CAST("t47"."caption" AS VARCHAR) AS "caption",
    "t47"."sponsored"
  FROM (
    SELECT
      *
    FROM "post" AS "t10"
    WHERE
      "t10"."campaign_id" IS NOT NULL AND "t10"."campaign_id" IN (1)
  ) AS "t47"
  INNER JOIN "account" AS "t23"
    ON "t47"."account_id" = "t23"."id"
  INNER JOIN (
    SELECT
      *
    FROM "influencer" AS "t2"
    WHERE
      NOT (
        "t2"."is_brand"
      )
  ) AS "t43"
    ON "t23"."influencer_id" = "t43"."id"
  INNER JOIN "campaign" AS "t15"
    ON "t47"."campaign_id" = "t15"."id"
), "t144" AS (
  SELECT
    *
  FROM (
    SELECT
      "t134"."campaign_id",
      "t134"."campaign",
      "t134"."influencer_id",
      "t134"."influencer",
      "t134"."account_id",
      "t134"."platform",
      "t134"."is_brand",
      "t134"."day",
      "t134"."start_at",
      "t134"."end_at",
      "t56"."followers",
      "t56"."at",
      "t56"."rank"
    FROM (
      SELECT
        "t114"."campaign_id",
        CAST("t14"."name" AS VARCHAR) AS "campaign",
        CAST("t18"."id" AS BIGINT) AS "influencer_id",
        CAST("t18"."name" AS VARCHAR) AS "influencer",
        "t114"."account_id",
        CAST("t24"."platform" AS VARCHAR) AS "platform",
        "t114"."is_brand",
        "t14"."end_date" AS "day",
        EXTRACT('epoch' FROM CAST("t14"."start_date" AS TIMESTAMPTZ)) AS "start_at",
        EXTRACT('epoch' FROM CAST("t14"."end_date" AS TIMESTAMPTZ)) + 86400 AS "end_at"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t99"."campaign_id",
            "t99"."account_id",
            FALSE AS "is_brand"
          FROM (
            SELECT DISTINCT
              "t85"."campaign_id",
              "t85"."account_id"
            FROM (
              SELECT
                CAST("t46"."campaign_id" AS BIGINT) AS "campaign_id",
                CAST("t15"."name" AS VARCHAR) AS "campaign",
                CAST("t43"."id" AS BIGINT) AS "influencer_id",
                CAST("t43"."name" AS VARCHAR) AS "influencer",
                CAST("t23"."id" AS BIGINT) AS "account_id",
                CAST("t23"."platform" AS VARCHAR) AS "platform",
                CAST("t46"."format" AS VARCHAR) AS "format",
                CAST("t46"."id" AS BIGINT) AS "post_id",
                "t46"."published_on" AS "day",
                "t43"."country",
                CAST("t46"."caption" AS VARCHAR) AS "caption",
                "t46"."sponsored"
              FROM (
                SELECT
                  *
                FROM "post" AS "t10"
                WHERE
                  "t10"."campaign_id" IS NOT NULL
              ) AS "t46"
              INNER JOIN "account" AS "t23"
                ON "t46"."account_id" = "t23"."id"
              INNER JOIN (
                SELECT
                  *
                FROM "influencer" AS "t2"
                WHERE
                  NOT (
                    "t2"."is_brand"
                  )
              ) AS "t43"
                ON "t23"."influencer_id" = "t43"."id"
              INNER JOIN "campaign" AS "t15"
                ON "t46"."campaign_id" = "t15"."id"
            ) AS "t85"
          ) AS "t99"
        ) AS "t104"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            CAST("t16"."id" AS BIGINT) AS "campaign_id",
            CAST("t24"."id" AS BIGINT) AS "account_id",
            TRUE AS "is_brand"
          FROM "campaign" AS "t16"
          INNER JOIN (
            SELECT
              *
            FROM "influencer" AS "t2"
            WHERE
              "t2"."is_brand"
          ) AS "t32"
            ON "t32"."workspace_id" = "t16"."workspace_id"
          INNER JOIN "account" AS "t24"
            ON "t24"."influencer_id" = "t32"."id"
        ) AS "t65"
      ) AS "t114"
      INNER JOIN "campaign" AS "t14"
        ON "t114"."campaign_id" = "t14"."id"
      INNER JOIN "account" AS "t24"
        ON "t114"."account_id" = "t24"."id"
      INNER JOIN "influencer" AS "t18"
        ON "t24"."influencer_id" = "t18"."id"
    ) AS "t134"
    INNER JOIN (
      SELECT
        CAST("t12"."account_id" AS BIGINT) AS "account_id",
        "t12"."followers",
        EXTRACT('epoch' FROM CAST("t12"."captured_at" AS TIMESTAMPTZ)) AS "at",
        CASE "t12"."provenance"
          WHEN 'measured'
          THEN 0
          WHEN 'self_reported'
          THEN 1
          WHEN 'estimated'
          THEN 2
          ELSE 2
        END AS "rank"
      FROM "follower_snapshot" AS "t12"
    ) AS "t56"
      ON "t134"."account_id" = "t56"."account_id"
  ) AS "t143"
  WHERE
    "t143"."at" <= "t143"."end_at"
)
SELECT
  "t211"."week",
  "t211"."key_messages",
  "t211"."platforms_selected",
  "t211"."influencers_contacted",
  "t211"."influencers_interested",
  (
    CAST("t211"."influencers_interested" AS DOUBLE PRECISION) / NULLIF("t211"."influencers_contacted", 0)
  ) * 100 AS "influencers_interested_rate",
  "t211"."influencers_activated",
  "t211"."products_sent",
  "t211"."reach",
  "t211"."impressions",
  "t211"."views",
  "t211"."impressions_with_estimates",
  (
    CAST("t211"."reach_rate__first" AS DOUBLE PRECISION) / NULLIF("t211"."reach_rate__second", 0)
  ) * 100 AS "reach_rate",
  "t211"."brand_mentions",
  (
    CAST("t211"."brand_mentions" AS DOUBLE PRECISION) / NULLIF("t211"."mentions", 0)
  ) * 100 AS "share_of_voice",
  (
    CAST("t211"."brand_mention_engagements" AS DOUBLE PRECISION) / NULLIF("t211"."mention_engagements", 0)
  ) * 100 AS "share_of_engagement",
  "t211"."key_message_posts",
  (
    CAST("t211"."key_message_posts" AS DOUBLE PRECISION) / NULLIF(CAST("t211"."posts" AS DOUBLE PRECISION), 0)
  ) * 100 AS "key_message_rate",
  "t211"."posts",
  "t211"."posts_contracted",
  (
    CAST("t211"."posts" AS DOUBLE PRECISION) / NULLIF("t211"."posts_contracted", 0)
  ) * 100 AS "posts_delivery_rate",
  "t211"."ugc_posts",
  "t211"."likes",
  "t211"."comments",
  "t211"."shares",
  "t211"."saves",
  "t211"."engagements",
  (
    CAST("t211"."engagement_rate_reach__first" AS DOUBLE PRECISION) / NULLIF("t211"."engagement_rate_reach__second", 0)
  ) * 100 AS "engagement_rate_reach",
  (
    CAST("t211"."engagement_rate_followers__first" AS DOUBLE PRECISION) / NULLIF("t211"."engagement_rate_followers__second", 0)
  ) * 100 AS "engagement_rate_followers",
  "t211"."er_reach_post_mean" AS "engagement_rate_reach_post_mean",
  "t211"."er_reach_post_median" AS "engagement_rate_reach_post_median",
  "t211"."er_reach_account_mean" AS "engagement_rate_reach_account_mean",
  "t211"."er_reach_account_median" AS "engagement_rate_reach_account_median",
  "t211"."er_followers_post_mean" AS "engagement_rate_followers_post_mean",
  "t211"."er_followers_post_median" AS "engagement_rate_followers_post_median",
  "t211"."er_followers_account_mean" AS "engagement_rate_followers_account_mean",
  "t211"."er_followers_account_median" AS "engagement_rate_followers_account_median",
  (
    CAST("t211"."engagement_rate_impressions__first" AS DOUBLE PRECISION) / NULLIF("t211"."engagement_rate_impressions__second", 0)
  ) * 100 AS "engagement_rate_impressions",
  "t211"."er_impressions_post_mean" AS "engagement_rate_impressions_post_mean",
  "t211"."er_impressions_post_median" AS "engagement_rate_impressions_post_median",
  "t211"."er_impressions_account_mean" AS "engagement_rate_impressions_account_mean",
  "t211"."er_impressions_account_median" AS "engagement_rate_impressions_account_median",
  (
    CAST("t211"."engagement_rate_views__first" AS DOUBLE PRECISION) / NULLIF("t211"."engagement_rate_views__second", 0)
  ) * 100 AS "engagement_rate_views",
  "t211"."er_views_post_mean" AS "engagement_rate_views_post_mean",
  "t211"."er_views_post_median" AS "engagement_rate_views_post_median",
  "t211"."er_views_account_mean" AS "engagement_rate_views_account_mean",
  "t211"."er_views_account_median" AS "engagement_rate_views_account_median",
  "t211"."clicks" AS "platform_link_clicks",
  "t211"."followers_gained",
  (
    CAST("t211"."follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t211"."follower_growth_rate__second", 0)
  ) * 100 AS "follower_growth_rate",
  "t211"."followers_gained_above_trend__first" - "t211"."followers_gained_above_trend__second" AS "followers_gained_above_trend",
  "t211"."brand_followers_gained",
  (
    CAST("t211"."brand_follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t211"."brand_follower_growth_rate__second", 0)
  ) * 100 AS "brand_follower_growth_rate",
  "t211"."brand_followers_gained_above_trend__first" - "t211"."brand_followers_gained_above_trend__second" AS "brand_followers_gained_above_trend",
  "t211"."link_clicks" AS "tracked_clicks",
  "t211"."unique_link_clicks" AS "unique_clicks",
  "t211"."bot_link_clicks" AS "bot_clicks",
  (
    CAST("t211"."link_clicks" AS DOUBLE PRECISION) / NULLIF("t211"."impressions_with_estimates", 0)
  ) * 100 AS "click_through_rate",
  "t211"."sessions",
  "t211"."new_users",
  (
    CAST("t211"."bounced_sessions" AS DOUBLE PRECISION) / NULLIF("t211"."sessions", 0)
  ) * 100 AS "bounce_rate",
  CAST("t211"."session_seconds" AS DOUBLE PRECISION) / NULLIF("t211"."sessions", 0) AS "average_session_duration",
  CAST("t211"."page_views" AS DOUBLE PRECISION) / NULLIF("t211"."sessions", 0) AS "pages_per_session",
  "t211"."key_events" AS "leads",
  "t211"."orders" AS "conversions",
  (
    CAST("t211"."orders" AS DOUBLE PRECISION) / NULLIF("t211"."unique_link_clicks", 0)
  ) * 100 AS "conversion_rate",
  "t211"."revenue",
  CAST("t211"."revenue" AS DOUBLE PRECISION) / NULLIF("t211"."orders", 0) AS "average_order_value",
  "t211"."new_customers",
  CAST("t211"."revenue" AS DOUBLE PRECISION) / NULLIF("t211"."cost", 0) AS "return_on_ad_spend",
  (
    CAST((
      "t211"."revenue" - "t211"."cost"
    ) AS DOUBLE PRECISION) / NULLIF("t211"."cost", 0)
  ) * 100 AS "return_on_investment",
  (
    CAST((
      "t211"."revenue" - "t211"."cost"
    ) AS DOUBLE PRECISION) / NULLIF("t211"."revenue", 0)
  ) * 100 AS "profitability",
  "t211"."sponsored_posts",
  "t211"."disclosed_sponsored_posts",
  (
    CAST("t211"."disclosed_sponsored_posts" AS DOUBLE PRECISION) / NULLIF("t211"."sponsored_posts", 0)
  ) * 100 AS "disclosure_rate",
  "t211"."cost",
  (
    CAST("t211"."cost" AS DOUBLE PRECISION) / NULLIF("t211"."impressions_with_estimates", 0)
  ) * 1000 AS "cost_per_mille",
  CAST("t211"."cost" AS DOUBLE PRECISION) / NULLIF("t211"."engagements", 0) AS "cost_per_engagement",
  CAST("t211"."cost" AS DOUBLE PRECISION) / NULLIF("t211"."views", 0) AS "cost_per_view",
  CAST("t211"."cost" AS DOUBLE PRECISION) / NULLIF("t211"."brand_followers_gained", 0) AS "cost_per_new_follower",
  CAST("t211"."cost" AS DOUBLE PRECISION) / NULLIF("t211"."link_clicks", 0) AS "cost_per_click",
  CAST("t211"."cost" AS DOUBLE PRECISION) / NULLIF("t211"."orders", 0) AS "cost_per_acquisition",
  CAST("t211"."cost" AS DOUBLE PRECISION) / NULLIF("t211"."new_customers", 0) AS "customer_acquisition_cost",
  CAST("t211"."cost" AS DOUBLE PRECISION) / NULLIF("t211"."key_events", 0) AS "cost_per_lead",
  "t211"."emv",
  CAST("t211"."emv" AS DOUBLE PRECISION) / NULLIF("t211"."cost", 0) AS "emv_per_cost",
  "t211"."paid_impressions" AS "paid_equivalent_impressions",
  "t211"."paid_clicks" AS "paid_equivalent_clicks",
  "t211"."paid_views" AS "paid_equivalent_views",
  (
    CAST("t211"."impressions_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t211"."impressions_vs_paid__second", 0)
  ) * 100 AS "impressions_vs_paid",
  (
    CAST("t211"."clicks_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t211"."clicks_vs_paid__second", 0)
  ) * 100 AS "clicks_vs_paid",
  (
    CAST("t211"."views_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t211"."views_vs_paid__second", 0)
  ) * 100 AS "views_vs_paid",
  CASE
    WHEN "t211"."key_messages" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_messages__provenance",
  CASE
    WHEN "t211"."platforms_selected" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "platforms_selected__provenance",
  CASE
    WHEN "t211"."influencers_contacted" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_contacted__provenance",
  CASE
    WHEN "t211"."influencers_interested" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_interested__provenance",
  CASE
    WHEN (
      (
        CAST("t211"."influencers_interested" AS DOUBLE PRECISION) / NULLIF("t211"."influencers_contacted", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_interested_rate__provenance",
  CASE
    WHEN "t211"."influencers_activated" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "influencers_activated__provenance",
  CASE
    WHEN "t211"."products_sent" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "products_sent__provenance",
  CASE
    WHEN "t211"."reach" IS NOT NULL
    THEN COALESCE("t211"."reach__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "reach__provenance",
  CASE
    WHEN "t211"."impressions" IS NOT NULL
    THEN COALESCE("t211"."impressions__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions__provenance",
  CASE
    WHEN "t211"."views" IS NOT NULL
    THEN COALESCE("t211"."views__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "views__provenance",
  CASE
    WHEN "t211"."impressions_with_estimates" IS NOT NULL
    THEN COALESCE("t211"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions_with_estimates__provenance",
  CASE
    WHEN (
      (
        CAST("t211"."reach_rate__first" AS DOUBLE PRECISION) / NULLIF("t211"."reach_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(
      NULLIF(
        GREATEST(
          COALESCE("t211"."reach_rate__first__provenance", -1),
          COALESCE("t211"."reach_rate__second__provenance", -1)
        ),
        -1
      ),
      0
    )
    ELSE CAST(NULL AS BIGINT)
  END AS "reach_rate__provenance",
  CASE
    WHEN "t211"."brand_mentions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_mentions__provenance",
  CASE
    WHEN (
      (
        CAST("t211"."brand_mentions" AS DOUBLE PRECISION) / NULLIF("t211"."mentions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "share_of_voice__provenance",
  CASE
    WHEN (
      (
        CAST("t211"."brand_mention_engagements" AS DOUBLE PRECISION) / NULLIF("t211"."mention_engagements", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "share_of_engagement__provenance",
  CASE
    WHEN "t211"."key_message_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_message_posts__provenance",
  CASE
    WHEN (
      (
        CAST("t211"."key_message_posts" AS DOUBLE PRECISION) / NULLIF(CAST("t211"."posts" AS DOUBLE PRECISION), 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "key_message_rate__provenance",
  CASE
    WHEN "t211"."posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts__provenance",
  CASE
    WHEN "t211"."posts_contracted" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts_contracted__provenance",
  CASE
    WHEN (
      (
        CAST("t211"."posts" AS DOUBLE PRECISION) / NULLIF("t211"."posts_contracted", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "posts_delivery_rate__provenance",
  CASE
    WHEN "t211"."ugc_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "ugc_posts__provenance",
  CASE
    WHEN "t211"."likes" IS NOT NULL
    THEN COALESCE("t211"."likes__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "likes__provenance",
  CASE
    WHEN "t211"."comments" IS NOT NULL
    THEN COALESCE("t211"."comments__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "comments__provenance",
  CASE
    WHEN "t211"."shares" IS NOT NULL
    THEN COALESCE("t211"."shares__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "shares__provenance",
  CASE
    WHEN "t211"."saves" IS NOT NULL
    THEN COALESCE("t211"."saves__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "saves__provenance",
  CASE
    WHEN "t211"."engagements" IS NOT NULL
    THEN COALESCE("t211"."engagements__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagements__provenance",
  CASE
    WHEN (
      (
        CAST("t211"."engagement_rate_reach__first" AS DOUBLE PRECISION) / NULLIF("t211"."engagement_rate_reach__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(
      NULLIF(
        GREATEST(
          COALESCE("t211"."engagement_rate_reach__first__provenance", -1),
          COALESCE("t211"."engagement_rate_reach__second__provenance", -1)
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
        CAST("t211"."engagement_rate_followers__first" AS DOUBLE PRECISION) / NULLIF("t211"."engagement_rate_followers__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(
      NULLIF(
        GREATEST(
          COALESCE("t211"."engagement_rate_followers__first__provenance", -1),
          COALESCE("t211"."engagement_rate_followers__second__provenance", -1)
        ),
        -1
      ),
      0
    )
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers__provenance",
  CASE
    WHEN "t211"."er_reach_post_mean" IS NOT NULL
    THEN COALESCE("t211"."er_reach_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_post_mean__provenance",
  CASE
    WHEN "t211"."er_reach_post_median" IS NOT NULL
    THEN COALESCE("t211"."er_reach_post_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_post_median__provenance",
  CASE
    WHEN "t211"."er_reach_account_mean" IS NOT NULL
    THEN COALESCE("t211"."er_reach_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_account_mean__provenance",
  CASE
    WHEN "t211"."er_reach_account_median" IS NOT NULL
    THEN COALESCE("t211"."er_reach_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_reach_account_median__provenance",
  CASE
    WHEN "t211"."er_followers_post_mean" IS NOT NULL
    THEN COALESCE("t211"."er_followers_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_post_mean__provenance",
  CASE
    WHEN "t211"."er_followers_post_median" IS NOT NULL
    THEN COALESCE("t211"."er_followers_post_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_post_median__provenance",
  CASE
    WHEN "t211"."er_followers_account_mean" IS NOT NULL
    THEN COALESCE("t211"."er_followers_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_account_mean__provenance",
  CASE
    WHEN "t211"."er_followers_account_median" IS NOT NULL
    THEN COALESCE("t211"."er_followers_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_followers_account_median__provenance",
  CASE
    WHEN (
      (
        CAST("t211"."engagement_rate_impressions__first" AS DOUBLE PRECISION) / NULLIF("t211"."engagement_rate_impressions__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(
      NULLIF(
        GREATEST(
          COALESCE("t211"."engagement_rate_impressions__first__provenance", -1),
          COALESCE("t211"."engagement_rate_impressions__second__provenance", -1)
        ),
        -1
      ),
      0
    )
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions__provenance",
  CASE
    WHEN "t211"."er_impressions_post_mean" IS NOT NULL
    THEN COALESCE("t211"."er_impressions_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_post_mean__provenance",
  CASE
    WHEN "t211"."er_impressions_post_median" IS NOT NULL
    THEN COALESCE("t211"."er_impressions_post_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_post_median__provenance",
  CASE
    WHEN "t211"."er_impressions_account_mean" IS NOT NULL
    THEN COALESCE("t211"."er_impressions_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_account_mean__provenance",
  CASE
    WHEN "t211"."er_impressions_account_median" IS NOT NULL
    THEN COALESCE("t211"."er_impressions_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_impressions_account_median__provenance",
  CASE
    WHEN (
      (
        CAST("t211"."engagement_rate_views__first" AS DOUBLE PRECISION) / NULLIF("t211"."engagement_rate_views__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(
      NULLIF(
        GREATEST(
          COALESCE("t211"."engagement_rate_views__first__provenance", -1),
          COALESCE("t211"."engagement_rate_views__second__provenance", -1)
        ),
        -1
      ),
      0
    )
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views__provenance",
  CASE
    WHEN "t211"."er_views_post_mean" IS NOT NULL
    THEN COALESCE("t211"."er_views_post_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_post_mean__provenance",
  CASE
    WHEN "t211"."er_views_post_median" IS NOT NULL
    THEN COALESCE("t211"."er_views_post_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_post_median__provenance",
  CASE
    WHEN "t211"."er_views_account_mean" IS NOT NULL
    THEN COALESCE("t211"."er_views_account_mean__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_account_mean__provenance",
  CASE
    WHEN "t211"."er_views_account_median" IS NOT NULL
    THEN COALESCE("t211"."er_views_account_median__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "engagement_rate_views_account_median__provenance",
  CASE
    WHEN "t211"."clicks" IS NOT NULL
    THEN COALESCE("t211"."clicks__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "platform_link_clicks__provenance",
  CASE
    WHEN "t211"."followers_gained" IS NOT NULL
    THEN COALESCE("t211"."followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "followers_gained__provenance",
  CASE
    WHEN (
      (
        CAST("t211"."follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t211"."follower_growth_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(
      NULLIF(
        GREATEST(
          COALESCE("t211"."follower_growth_rate__first__provenance", -1),
          COALESCE("t211"."follower_growth_rate__second__provenance", -1)
        ),
        -1
      ),
      0
    )
    ELSE CAST(NULL AS BIGINT)
  END AS "follower_growth_rate__provenance",
  CASE
    WHEN (
      "t211"."followers_gained_above_trend__first" - "t211"."followers_gained_above_trend__second"
    ) IS NOT NULL
    THEN COALESCE(
      NULLIF(
        GREATEST(
          COALESCE("t211"."followers_gained_above_trend__first__provenance", -1),
          COALESCE("t211"."followers_gained_above_trend__second__provenance", -1)
        ),
        -1
      ),
      0
    )
    ELSE CAST(NULL AS BIGINT)
  END AS "followers_gained_above_trend__provenance",
  CASE
    WHEN "t211"."brand_followers_gained" IS NOT NULL
    THEN COALESCE("t211"."brand_followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_followers_gained__provenance",
  CASE
    WHEN (
      (
        CAST("t211"."brand_follower_growth_rate__first" AS DOUBLE PRECISION) / NULLIF("t211"."brand_follower_growth_rate__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(
      NULLIF(
        GREATEST(
          COALESCE("t211"."brand_follower_growth_rate__first__provenance", -1),
          COALESCE("t211"."brand_follower_growth_rate__second__provenance", -1)
        ),
        -1
      ),
      0
    )
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_follower_growth_rate__provenance",
  CASE
    WHEN (
      "t211"."brand_followers_gained_above_trend__first" - "t211"."brand_followers_gained_above_trend__second"
    ) IS NOT NULL
    THEN COALESCE(
      NULLIF(
        GREATEST(
          COALESCE("t211"."brand_followers_gained_above_trend__first__provenance", -1),
          COALESCE("t211"."brand_followers_gained_above_trend__second__provenance", -1)
        ),
        -1
      ),
      0
    )
    ELSE CAST(NULL AS BIGINT)
  END AS "brand_followers_gained_above_trend__provenance",
  CASE
    WHEN "t211"."link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "tracked_clicks__provenance",
  CASE
    WHEN "t211"."unique_link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "unique_clicks__provenance",
  CASE
    WHEN "t211"."bot_link_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "bot_clicks__provenance",
  CASE
    WHEN (
      (
        CAST("t211"."link_clicks" AS DOUBLE PRECISION) / NULLIF("t211"."impressions_with_estimates", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t211"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "click_through_rate__provenance",
  CASE
    WHEN "t211"."sessions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "sessions__provenance",
  CASE
    WHEN "t211"."new_users" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "new_users__provenance",
  CASE
    WHEN (
      (
        CAST("t211"."bounced_sessions" AS DOUBLE PRECISION) / NULLIF("t211"."sessions", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "bounce_rate__provenance",
  CASE
    WHEN (
      CAST("t211"."session_seconds" AS DOUBLE PRECISION) / NULLIF("t211"."sessions", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "average_session_duration__provenance",
  CASE
    WHEN (
      CAST("t211"."page_views" AS DOUBLE PRECISION) / NULLIF("t211"."sessions", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "pages_per_session__provenance",
  CASE
    WHEN "t211"."key_events" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "leads__provenance",
  CASE
    WHEN "t211"."orders" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "conversions__provenance",
  CASE
    WHEN (
      (
        CAST("t211"."orders" AS DOUBLE PRECISION) / NULLIF("t211"."unique_link_clicks", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "conversion_rate__provenance",
  CASE
    WHEN "t211"."revenue" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "revenue__provenance",
  CASE
    WHEN (
      CAST("t211"."revenue" AS DOUBLE PRECISION) / NULLIF("t211"."orders", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "average_order_value__provenance",
  CASE
    WHEN "t211"."new_customers" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "new_customers__provenance",
  CASE
    WHEN (
      CAST("t211"."revenue" AS DOUBLE PRECISION) / NULLIF("t211"."cost", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_ad_spend__provenance",
  CASE
    WHEN (
      (
        CAST((
          "t211"."revenue" - "t211"."cost"
        ) AS DOUBLE PRECISION) / NULLIF("t211"."cost", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "return_on_investment__provenance",
  CASE
    WHEN (
      (
        CAST((
          "t211"."revenue" - "t211"."cost"
        ) AS DOUBLE PRECISION) / NULLIF("t211"."revenue", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "profitability__provenance",
  CASE
    WHEN "t211"."sponsored_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "sponsored_posts__provenance",
  CASE
    WHEN "t211"."disclosed_sponsored_posts" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "disclosed_sponsored_posts__provenance",
  CASE
    WHEN (
      (
        CAST("t211"."disclosed_sponsored_posts" AS DOUBLE PRECISION) / NULLIF("t211"."sponsored_posts", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "disclosure_rate__provenance",
  CASE
    WHEN "t211"."cost" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost__provenance",
  CASE
    WHEN (
      (
        CAST("t211"."cost" AS DOUBLE PRECISION) / NULLIF("t211"."impressions_with_estimates", 0)
      ) * 1000
    ) IS NOT NULL
    THEN COALESCE("t211"."impressions_with_estimates__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_mille__provenance",
  CASE
    WHEN (
      CAST("t211"."cost" AS DOUBLE PRECISION) / NULLIF("t211"."engagements", 0)
    ) IS NOT NULL
    THEN COALESCE("t211"."engagements__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_engagement__provenance",
  CASE
    WHEN (
      CAST("t211"."cost" AS DOUBLE PRECISION) / NULLIF("t211"."views", 0)
    ) IS NOT NULL
    THEN COALESCE("t211"."views__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_view__provenance",
  CASE
    WHEN (
      CAST("t211"."cost" AS DOUBLE PRECISION) / NULLIF("t211"."brand_followers_gained", 0)
    ) IS NOT NULL
    THEN COALESCE("t211"."brand_followers_gained__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_new_follower__provenance",
  CASE
    WHEN (
      CAST("t211"."cost" AS DOUBLE PRECISION) / NULLIF("t211"."link_clicks", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_click__provenance",
  CASE
    WHEN (
      CAST("t211"."cost" AS DOUBLE PRECISION) / NULLIF("t211"."orders", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_acquisition__provenance",
  CASE
    WHEN (
      CAST("t211"."cost" AS DOUBLE PRECISION) / NULLIF("t211"."new_customers", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "customer_acquisition_cost__provenance",
  CASE
    WHEN (
      CAST("t211"."cost" AS DOUBLE PRECISION) / NULLIF("t211"."key_events", 0)
    ) IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "cost_per_lead__provenance",
  CASE
    WHEN "t211"."emv" IS NOT NULL
    THEN COALESCE("t211"."emv__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv__provenance",
  CASE
    WHEN (
      CAST("t211"."emv" AS DOUBLE PRECISION) / NULLIF("t211"."cost", 0)
    ) IS NOT NULL
    THEN COALESCE("t211"."emv__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "emv_per_cost__provenance",
  CASE
    WHEN "t211"."paid_impressions" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_impressions__provenance",
  CASE
    WHEN "t211"."paid_clicks" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_clicks__provenance",
  CASE
    WHEN "t211"."paid_views" IS NOT NULL
    THEN COALESCE(0, 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "paid_equivalent_views__provenance",
  CASE
    WHEN (
      (
        CAST("t211"."impressions_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t211"."impressions_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t211"."impressions_vs_paid__first__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "impressions_vs_paid__provenance",
  CASE
    WHEN (
      (
        CAST("t211"."clicks_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t211"."clicks_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t211"."clicks_vs_paid__first__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "clicks_vs_paid__provenance",
  CASE
    WHEN (
      (
        CAST("t211"."views_vs_paid__first" AS DOUBLE PRECISION) / NULLIF("t211"."views_vs_paid__second", 0)
      ) * 100
    ) IS NOT NULL
    THEN COALESCE("t211"."views_vs_paid__first__provenance", 0)
    ELSE CAST(NULL AS BIGINT)
  END AS "views_vs_paid__provenance"
FROM (
  SELECT
    "t206"."week",
    "t206"."key_messages",
    "t206"."platforms_selected",
    "t206"."influencers_contacted",
    "t206"."influencers_interested",
    "t206"."influencers_activated",
    "t206"."products_sent",
    "t206"."reach",
    "t206"."reach__provenance",
    "t206"."impressions",
    "t206"."impressions__provenance",
    "t206"."views",
    "t206"."views__provenance",
    "t206"."impressions_with_estimates",
    "t206"."impressions_with_estimates__provenance",
    "t206"."reach_rate__first",
    "t206"."reach_rate__first__provenance",
    "t206"."reach_rate__second",
    "t206"."reach_rate__second__provenance",
    "t206"."brand_mentions",
    "t206"."mentions",
    "t206"."brand_mention_engagements",
    "t206"."mention_engagements",
    "t206"."key_message_posts",
    "t206"."posts",
    "t206"."posts_contracted",
    "t206"."ugc_posts",
    "t206"."likes",
    "t206"."likes__provenance",
    "t206"."comments",
    "t206"."comments__provenance",
    "t206"."shares",
    "t206"."shares__provenance",
    "t206"."saves",
    "t206"."saves__provenance",
    "t206"."engagements",
    "t206"."engagements__provenance",
    "t206"."engagement_rate_reach__first",
    "t206"."engagement_rate_reach__first__provenance",
    "t206"."engagement_rate_reach__second",
    "t206"."engagement_rate_reach__second__provenance",
    "t206"."engagement_rate_followers__first",
    "t206"."engagement_rate_followers__first__provenance",
    "t206"."engagement_rate_followers__second",
    "t206"."engagement_rate_followers__second__provenance",
    "t206"."er_reach_post_mean",
    "t206"."er_reach_post_mean__provenance",
    "t206"."er_reach_post_median",
    "t206"."er_reach_post_median__provenance",
    "t206"."er_followers_post_mean",
    "t206"."er_followers_post_mean__provenance",
    "t206"."er_followers_post_median",
    "t206"."er_followers_post_median__provenance",
    "t206"."engagement_rate_impressions__first",
    "t206"."engagement_rate_impressions__first__provenance",
    "t206"."engagement_rate_impressions__second",
    "t206"."engagement_rate_impressions__second__provenance",
    "t206"."er_impressions_post_mean",
    "t206"."er_impressions_post_mean__provenance",
    "t206"."er_impressions_post_median",
    "t206"."er_impressions_post_median__provenance",
    "t206"."engagement_rate_views__first",
    "t206"."engagement_rate_views__first__provenance",
    "t206"."engagement_rate_views__second",
    "t206"."engagement_rate_views__second__provenance",
    "t206"."er_views_post_mean",
    "t206"."er_views_post_mean__provenance",
    "t206"."er_views_post_median",
    "t206"."er_views_post_median__provenance",
    "t206"."clicks",
    "t206"."clicks__provenance",
    "t206"."followers_gained",
    "t206"."followers_gained__provenance",
    "t206"."follower_growth_rate__first",
    "t206"."follower_growth_rate__first__provenance",
    "t206"."follower_growth_rate__second",
    "t206"."follower_growth_rate__second__provenance",
    "t206"."followers_gained_above_trend__first",
    "t206"."followers_gained_above_trend__first__provenance",
    "t206"."followers_gained_above_trend__second",
    "t206"."followers_gained_above_trend__second__provenance",
    "t206"."brand_followers_gained",
    "t206"."brand_followers_gained__provenance",
    "t206"."brand_follower_growth_rate__first",
    "t206"."brand_follower_growth_rate__first__provenance",
    "t206"."brand_follower_growth_rate__second",
    "t206"."brand_follower_growth_rate__second__provenance",
    "t206"."brand_followers_gained_above_trend__first",
    "t206"."brand_followers_gained_above_trend__first__provenance",
    "t206"."brand_followers_gained_above_trend__second",
    "t206"."brand_followers_gained_above_trend__second__provenance",
    "t206"."link_clicks",
    "t206"."unique_link_clicks",
    "t206"."bot_link_clicks",
    "t206"."sessions",
    "t206"."new_users",
    "t206"."bounced_sessions",
    "t206"."session_seconds",
    "t206"."page_views",
    "t206"."key_events",
    "t206"."orders",
    "t206"."revenue",
    "t206"."new_customers",
    "t206"."cost",
    "t206"."sponsored_posts",
    "t206"."disclosed_sponsored_posts",
    "t206"."emv",
    "t206"."emv__provenance",
    "t206"."paid_impressions",
    "t206"."paid_clicks",
    "t206"."paid_views",
    "t206"."impressions_vs_paid__first",
    "t206"."impressions_vs_paid__first__provenance",
    "t206"."impressions_vs_paid__second",
    "t206"."clicks_vs_paid__first",
    "t206"."clicks_vs_paid__first__provenance",
    "t206"."clicks_vs_paid__second",
    "t206"."views_vs_paid__first",
    "t206"."views_vs_paid__first__provenance",
    "t206"."views_vs_paid__second",
    "t210"."er_reach_account_mean",
    "t210"."er_reach_account_mean__provenance",
    "t210"."er_reach_account_median",
    "t210"."er_reach_account_median__provenance",
    "t210"."er_followers_account_mean",
    "t210"."er_followers_account_mean__provenance",
    "t210"."er_followers_account_median",
    "t210"."er_followers_account_median__provenance",
    "t210"."er_impressions_account_mean",
    "t210"."er_impressions_account_mean__provenance",
    "t210"."er_impressions_account_median",
    "t210"."er_impressions_account_median__provenance",
    "t210"."er_views_account_mean",
    "t210"."er_views_account_mean__provenance",
    "t210"."er_views_account_median",
    "t210"."er_views_account_median__provenance"
  FROM (
    SELECT
      "t203"."week",
      SUM("t203"."key_messages") AS "key_messages",
      COUNT(DISTINCT "t203"."post_platform") AS "platforms_selected",
      SUM("t203"."influencers_contacted") AS "influencers_contacted",
      SUM("t203"."influencers_interested") AS "influencers_interested",
      COUNT(DISTINCT "t203"."publishing_influencer") AS "influencers_activated",
      SUM("t203"."products_sent") AS "products_sent",
      SUM("t203"."reach") AS "reach",
      MAX("t203"."reach__provenance") FILTER(WHERE
        "t203"."reach" IS NOT NULL) AS "reach__provenance",
      SUM("t203"."impressions") AS "impressions",
      MAX("t203"."impressions__provenance") FILTER(WHERE
        "t203"."impressions" IS NOT NULL) AS "impressions__provenance",
      SUM("t203"."views") AS "views",
      MAX("t203"."views__provenance") FILTER(WHERE
        "t203"."views" IS NOT NULL) AS "views__provenance",
      SUM("t203"."impressions_with_estimates") AS "impressions_with_estimates",
      MAX("t203"."impressions_with_estimates__provenance") FILTER(WHERE
        "t203"."impressions_with_estimates" IS NOT NULL) AS "impressions_with_estimates__provenance",
      SUM("t203"."reach") FILTER(WHERE
        (
          "t203"."reach" IS NOT NULL
        ) AND (
          "t203"."followers" IS NOT NULL
        )) AS "reach_rate__first",
      MAX("t203"."reach__provenance") FILTER(WHERE
        (
          "t203"."reach" IS NOT NULL
        )
        AND (
          (
            "t203"."reach" IS NOT NULL
          ) AND (
            "t203"."followers" IS NOT NULL
          )
        )) AS "reach_rate__first__provenance",
      SUM("t203"."followers") FILTER(WHERE
        (
          "t203"."reach" IS NOT NULL
        ) AND (
          "t203"."followers" IS NOT NULL
        )) AS "reach_rate__second",
      MAX("t203"."followers__provenance") FILTER(WHERE
        (
          "t203"."followers" IS NOT NULL
        )
        AND (
          (
            "t203"."reach" IS NOT NULL
          ) AND (
            "t203"."followers" IS NOT NULL
          )
        )) AS "reach_rate__second__provenance",
      SUM("t203"."brand_mentions") AS "brand_mentions",
      SUM("t203"."mentions") AS "mentions",
      SUM("t203"."brand_mention_engagements") AS "brand_mention_engagements",
      SUM("t203"."mention_engagements") AS "mention_engagements",
      SUM("t203"."key_message_posts") AS "key_message_posts",
      COUNT(DISTINCT "t203"."post_id") AS "posts",
      SUM("t203"."posts_contracted") AS "posts_contracted",
      COUNT(DISTINCT "t203"."ugc_post") AS "ugc_posts",
      SUM("t203"."likes") AS "likes",
      MAX("t203"."likes__provenance") FILTER(WHERE
        "t203"."likes" IS NOT NULL) AS "likes__provenance",
      SUM("t203"."comments") AS "comments",
      MAX("t203"."comments__provenance") FILTER(WHERE
        "t203"."comments" IS NOT NULL) AS "comments__provenance",
      SUM("t203"."shares") AS "shares",
      MAX("t203"."shares__provenance") FILTER(WHERE
        "t203"."shares" IS NOT NULL) AS "shares__provenance",
      SUM("t203"."saves") AS "saves",
      MAX("t203"."saves__provenance") FILTER(WHERE
        "t203"."saves" IS NOT NULL) AS "saves__provenance",
      SUM("t203"."engagements") AS "engagements",
      MAX("t203"."engagements__provenance") FILTER(WHERE
        "t203"."engagements" IS NOT NULL) AS "engagements__provenance",
      SUM("t203"."engagements") FILTER(WHERE
        (
          "t203"."engagements" IS NOT NULL
        ) AND (
          "t203"."reach" IS NOT NULL
        )) AS "engagement_rate_reach__first",
      MAX("t203"."engagements__provenance") FILTER(WHERE
        (
          "t203"."engagements" IS NOT NULL
        )
        AND (
          (
            "t203"."engagements" IS NOT NULL
          ) AND (
            "t203"."reach" IS NOT NULL
          )
        )) AS "engagement_rate_reach__first__provenance",
      SUM("t203"."reach") FILTER(WHERE
        (
          "t203"."engagements" IS NOT NULL
        ) AND (
          "t203"."reach" IS NOT NULL
        )) AS "engagement_rate_reach__second",
      MAX("t203"."reach__provenance") FILTER(WHERE
        (
          "t203"."reach" IS NOT NULL
        )
        AND (
          (
            "t203"."engagements" IS NOT NULL
          ) AND (
            "t203"."reach" IS NOT NULL
          )
        )) AS "engagement_rate_reach__second__provenance",
      SUM("t203"."engagements") FILTER(WHERE
        (
          "t203"."engagements" IS NOT NULL
        ) AND (
          "t203"."followers" IS NOT NULL
        )) AS "engagement_rate_followers__first",
      MAX("t203"."engagements__provenance") FILTER(WHERE
        (
          "t203"."engagements" IS NOT NULL
        )
        AND (
          (
            "t203"."engagements" IS NOT NULL
          ) AND (
            "t203"."followers" IS NOT NULL
          )
        )) AS "engagement_rate_followers__first__provenance",
      SUM("t203"."followers") FILTER(WHERE
        (
          "t203"."engagements" IS NOT NULL
        ) AND (
          "t203"."followers" IS NOT NULL
        )) AS "engagement_rate_followers__second",
      MAX("t203"."followers__provenance") FILTER(WHERE
        (
          "t203"."followers" IS NOT NULL
        )
        AND (
          (
            "t203"."engagements" IS NOT NULL
          ) AND (
            "t203"."followers" IS NOT NULL
          )
        )) AS "engagement_rate_followers__second__provenance",
      AVG("t203"."er_reach_post") AS "er_reach_post_mean",
      MAX("t203"."er_reach_post__provenance") FILTER(WHERE
        "t203"."er_reach_post" IS NOT NULL) AS "er_reach_post_mean__provenance",
      PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
        "t203"."er_reach_post") AS "er_reach_post_median",
      MAX("t203"."er_reach_post__provenance") FILTER(WHERE
        "t203"."er_reach_post" IS NOT NULL) AS "er_reach_post_median__provenance",
      AVG("t203"."er_followers_post") AS "er_followers_post_mean",
      MAX("t203"."er_followers_post__provenance") FILTER(WHERE
        "t203"."er_followers_post" IS NOT NULL) AS "er_followers_post_mean__provenance",
      PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
        "t203"."er_followers_post") AS "er_followers_post_median",
      MAX("t203"."er_followers_post__provenance") FILTER(WHERE
        "t203"."er_followers_post" IS NOT NULL) AS "er_followers_post_median__provenance",
      SUM("t203"."engagements") FILTER(WHERE
        (
          "t203"."engagements" IS NOT NULL
        ) AND (
          "t203"."impressions" IS NOT NULL
        )) AS "engagement_rate_impressions__first",
      MAX("t203"."engagements__provenance") FILTER(WHERE
        (
          "t203"."engagements" IS NOT NULL
        )
        AND (
          (
            "t203"."engagements" IS NOT NULL
          ) AND (
            "t203"."impressions" IS NOT NULL
          )
        )) AS "engagement_rate_impressions__first__provenance",
      SUM("t203"."impressions") FILTER(WHERE
        (
          "t203"."engagements" IS NOT NULL
        ) AND (
          "t203"."impressions" IS NOT NULL
        )) AS "engagement_rate_impressions__second",
      MAX("t203"."impressions__provenance") FILTER(WHERE
        (
          "t203"."impressions" IS NOT NULL
        )
        AND (
          (
            "t203"."engagements" IS NOT NULL
          ) AND (
            "t203"."impressions" IS NOT NULL
          )
        )) AS "engagement_rate_impressions__second__provenance",
      AVG("t203"."er_impressions_post") AS "er_impressions_post_mean",
      MAX("t203"."er_impressions_post__provenance") FILTER(WHERE
        "t203"."er_impressions_post" IS NOT NULL) AS "er_impressions_post_mean__provenance",
      PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
        "t203"."er_impressions_post") AS "er_impressions_post_median",
      MAX("t203"."er_impressions_post__provenance") FILTER(WHERE
        "t203"."er_impressions_post" IS NOT NULL) AS "er_impressions_post_median__provenance",
      SUM("t203"."engagements") FILTER(WHERE
        (
          "t203"."engagements" IS NOT NULL
        ) AND (
          "t203"."views" IS NOT NULL
        )) AS "engagement_rate_views__first",
      MAX("t203"."engagements__provenance") FILTER(WHERE
        (
          "t203"."engagements" IS NOT NULL
        )
        AND (
          (
            "t203"."engagements" IS NOT NULL
          ) AND (
            "t203"."views" IS NOT NULL
          )
        )) AS "engagement_rate_views__first__provenance",
      SUM("t203"."views") FILTER(WHERE
        (
          "t203"."engagements" IS NOT NULL
        ) AND (
          "t203"."views" IS NOT NULL
        )) AS "engagement_rate_views__second",
      MAX("t203"."views__provenance") FILTER(WHERE
        (
          "t203"."views" IS NOT NULL
        )
        AND (
          (
            "t203"."engagements" IS NOT NULL
          ) AND (
            "t203"."views" IS NOT NULL
          )
        )) AS "engagement_rate_views__second__provenance",
      AVG("t203"."er_views_post") AS "er_views_post_mean",
      MAX("t203"."er_views_post__provenance") FILTER(WHERE
        "t203"."er_views_post" IS NOT NULL) AS "er_views_post_mean__provenance",
      PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
        "t203"."er_views_post") AS "er_views_post_median",
      MAX("t203"."er_views_post__provenance") FILTER(WHERE
        "t203"."er_views_post" IS NOT NULL) AS "er_views_post_median__provenance",
      SUM("t203"."clicks") AS "clicks",
      MAX("t203"."clicks__provenance") FILTER(WHERE
        "t203"."clicks" IS NOT NULL) AS "clicks__provenance",
      SUM("t203"."followers_gained") AS "followers_gained",
      MAX("t203"."followers_gained__provenance") FILTER(WHERE
        "t203"."followers_gained" IS NOT NULL) AS "followers_gained__provenance",
      SUM("t203"."followers_gained") FILTER(WHERE
        (
          "t203"."followers_gained" IS NOT NULL
        )
        AND (
          "t203"."followers_start" IS NOT NULL
        )) AS "follower_growth_rate__first",
      MAX("t203"."followers_gained__provenance") FILTER(WHERE
        (
          "t203"."followers_gained" IS NOT NULL
        )
        AND (
          (
            "t203"."followers_gained" IS NOT NULL
          )
          AND (
            "t203"."followers_start" IS NOT NULL
          )
        )) AS "follower_growth_rate__first__provenance",
      SUM("t203"."followers_start") FILTER(WHERE
        (
          "t203"."followers_gained" IS NOT NULL
        )
        AND (
          "t203"."followers_start" IS NOT NULL
        )) AS "follower_growth_rate__second",
      MAX("t203"."followers_start__provenance") FILTER(WHERE
        (
          "t203"."followers_start" IS NOT NULL
        )
        AND (
          (
            "t203"."followers_gained" IS NOT NULL
          )
          AND (
            "t203"."followers_start" IS NOT NULL
          )
        )) AS "follower_growth_rate__second__provenance",
      SUM("t203"."followers_gained") FILTER(WHERE
        (
          "t203"."followers_gained" IS NOT NULL
        )
        AND (
          "t203"."followers_expected_gain" IS NOT NULL
        )) AS "followers_gained_above_trend__first",
      MAX("t203"."followers_gained__provenance") FILTER(WHERE
        (
          "t203"."followers_gained" IS NOT NULL
        )
        AND (
          (
            "t203"."followers_gained" IS NOT NULL
          )
          AND (
            "t203"."followers_expected_gain" IS NOT NULL
          )
        )) AS "followers_gained_above_trend__first__provenance",
      SUM("t203"."followers_expected_gain") FILTER(WHERE
        (
          "t203"."followers_gained" IS NOT NULL
        )
        AND (
          "t203"."followers_expected_gain" IS NOT NULL
        )) AS "followers_gained_above_trend__second",
      MAX("t203"."followers_expected_gain__provenance") FILTER(WHERE
        (
          "t203"."followers_expected_gain" IS NOT NULL
        )
        AND (
          (
            "t203"."followers_gained" IS NOT NULL
          )
          AND (
            "t203"."followers_expected_gain" IS NOT NULL
          )
        )) AS "followers_gained_above_trend__second__provenance",
      SUM("t203"."brand_followers_gained") AS "brand_followers_gained",
      MAX("t203"."brand_followers_gained__provenance") FILTER(WHERE
        "t203"."brand_followers_gained" IS NOT NULL) AS "brand_followers_gained__provenance",
      SUM("t203"."brand_followers_gained") FILTER(WHERE
        (
          "t203"."brand_followers_gained" IS NOT NULL
        )
        AND (
          "t203"."brand_followers_start" IS NOT NULL
        )) AS "brand_follower_growth_rate__first",
      MAX("t203"."brand_followers_gained__provenance") FILTER(WHERE
        (
          "t203"."brand_followers_gained" IS NOT NULL
        )
        AND (
          (
            "t203"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t203"."brand_followers_start" IS NOT NULL
          )
        )) AS "brand_follower_growth_rate__first__provenance",
      SUM("t203"."brand_followers_start") FILTER(WHERE
        (
          "t203"."brand_followers_gained" IS NOT NULL
        )
        AND (
          "t203"."brand_followers_start" IS NOT NULL
        )) AS "brand_follower_growth_rate__second",
      MAX("t203"."brand_followers_start__provenance") FILTER(WHERE
        (
          "t203"."brand_followers_start" IS NOT NULL
        )
        AND (
          (
            "t203"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t203"."brand_followers_start" IS NOT NULL
          )
        )) AS "brand_follower_growth_rate__second__provenance",
      SUM("t203"."brand_followers_gained") FILTER(WHERE
        (
          "t203"."brand_followers_gained" IS NOT NULL
        )
        AND (
          "t203"."brand_followers_expected_gain" IS NOT NULL
        )) AS "brand_followers_gained_above_trend__first",
      MAX("t203"."brand_followers_gained__provenance") FILTER(WHERE
        (
          "t203"."brand_followers_gained" IS NOT NULL
        )
        AND (
          (
            "t203"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t203"."brand_followers_expected_gain" IS NOT NULL
          )
        )) AS "brand_followers_gained_above_trend__first__provenance",
      SUM("t203"."brand_followers_expected_gain") FILTER(WHERE
        (
          "t203"."brand_followers_gained" IS NOT NULL
        )
        AND (
          "t203"."brand_followers_expected_gain" IS NOT NULL
        )) AS "brand_followers_gained_above_trend__second",
      MAX("t203"."brand_followers_expected_gain__provenance") FILTER(WHERE
        (
          "t203"."brand_followers_expected_gain" IS NOT NULL
        )
        AND (
          (
            "t203"."brand_followers_gained" IS NOT NULL
          )
          AND (
            "t203"."brand_followers_expected_gain" IS NOT NULL
          )
        )) AS "brand_followers_gained_above_trend__second__provenance",
      SUM("t203"."link_clicks") AS "link_clicks",
      SUM("t203"."unique_link_clicks") AS "unique_link_clicks",
      SUM("t203"."bot_link_clicks") AS "bot_link_clicks",
      SUM("t203"."sessions") AS "sessions",
      SUM("t203"."new_users") AS "new_users",
      SUM("t203"."bounced_sessions") AS "bounced_sessions",
      SUM("t203"."session_seconds") AS "session_seconds",
      SUM("t203"."page_views") AS "page_views",
      SUM("t203"."key_events") AS "key_events",
      SUM("t203"."orders") AS "orders",
      SUM("t203"."revenue") AS "revenue",
      SUM("t203"."new_customers") AS "new_customers",
      SUM("t203"."cost") AS "cost",
      SUM("t203"."sponsored_posts") AS "sponsored_posts",
      SUM("t203"."disclosed_sponsored_posts") AS "disclosed_sponsored_posts",
      SUM("t203"."emv") AS "emv",
      MAX("t203"."emv__provenance") FILTER(WHERE
        "t203"."emv" IS NOT NULL) AS "emv__provenance",
      SUM("t203"."paid_impressions") AS "paid_impressions",
      SUM("t203"."paid_clicks") AS "paid_clicks",
      SUM("t203"."paid_views") AS "paid_views",
      SUM("t203"."impressions_with_estimates") FILTER(WHERE
        (
          "t203"."impressions_with_estimates" IS NOT NULL
        )
        AND (
          "t203"."paid_impressions" IS NOT NULL
        )) AS "impressions_vs_paid__first",
      MAX("t203"."impressions_with_estimates__provenance") FILTER(WHERE
        (
          "t203"."impressions_with_estimates" IS NOT NULL
        )
        AND (
          (
            "t203"."impressions_with_estimates" IS NOT NULL
          )
          AND (
            "t203"."paid_impressions" IS NOT NULL
          )
        )) AS "impressions_vs_paid__first__provenance",
      SUM("t203"."paid_impressions") FILTER(WHERE
        (
          "t203"."impressions_with_estimates" IS NOT NULL
        )
        AND (
          "t203"."paid_impressions" IS NOT NULL
        )) AS "impressions_vs_paid__second",
      SUM("t203"."clicks") FILTER(WHERE
        (
          "t203"."clicks" IS NOT NULL
        ) AND (
          "t203"."paid_clicks" IS NOT NULL
        )) AS "clicks_vs_paid__first",
      MAX("t203"."clicks__provenance") FILTER(WHERE
        (
          "t203"."clicks" IS NOT NULL
        )
        AND (
          (
            "t203"."clicks" IS NOT NULL
          ) AND (
            "t203"."paid_clicks" IS NOT NULL
          )
        )) AS "clicks_vs_paid__first__provenance",
      SUM("t203"."paid_clicks") FILTER(WHERE
        (
          "t203"."clicks" IS NOT NULL
        ) AND (
          "t203"."paid_clicks" IS NOT NULL
        )) AS "clicks_vs_paid__second",
      SUM("t203"."views") FILTER(WHERE
        (
          "t203"."views" IS NOT NULL
        ) AND (
          "t203"."paid_views" IS NOT NULL
        )) AS "views_vs_paid__first",
      MAX("t203"."views__provenance") FILTER(WHERE
        (
          "t203"."views" IS NOT NULL
        )
        AND (
          (
            "t203"."views" IS NOT NULL
          ) AND (
            "t203"."paid_views" IS NOT NULL
          )
        )) AS "views_vs_paid__first__provenance",
      SUM("t203"."paid_views") FILTER(WHERE
        (
          "t203"."views" IS NOT NULL
        ) AND (
          "t203"."paid_views" IS NOT NULL
        )) AS "views_vs_paid__second"
    FROM (
      SELECT
        "t202"."campaign_id",
        "t202"."campaign",
        "t202"."influencer_id",
        "t202"."influencer",
        "t202"."account_id",
        "t202"."platform",
        "t202"."format",
        "t202"."post_id",
        "t202"."day",
        "t202"."reach",
        "t202"."impressions",
        "t202"."views",
        "t202"."likes",
        "t202"."comments",
        "t202"."shares",
        "t202"."saves",
        "t202"."clicks",
        "t202"."reach__provenance",
        "t202"."impressions__provenance",
        "t202"."views__provenance",
        "t202"."likes__provenance",
        "t202"."comments__provenance",
        "t202"."shares__provenance",
        "t202"."saves__provenance",
        "t202"."clicks__provenance",
        "t202"."followers",
        "t202"."followers__provenance",
        "t202"."engagements",
        "t202"."engagements__provenance",
        "t202"."impressions_with_estimates",
        "t202"."impressions_with_estimates__provenance",
        "t202"."er_reach_post",
        "t202"."er_followers_post",
        "t202"."er_impressions_post",
        "t202"."er_views_post",
        "t202"."er_reach_post__provenance",
        "t202"."er_followers_post__provenance",
        "t202"."er_impressions_post__provenance",
        "t202"."er_views_post__provenance",
        "t202"."post_platform",
        "t202"."publishing_influencer",
        "t202"."sponsored_posts",
        "t202"."disclosed_sponsored_posts",
        "t202"."cost",
        "t202"."key_message_posts",
        "t202"."ugc_post",
        "t202"."mentions",
        "t202"."brand_mentions",
        "t202"."mention_engagements",
        "t202"."brand_mention_engagements",
        "t202"."followers_start",
        "t202"."followers_gained",
        "t202"."followers_expected_gain",
        "t202"."followers_start__provenance",
        "t202"."followers_gained__provenance",
        "t202"."followers_expected_gain__provenance",
        "t202"."brand_followers_start",
        "t202"."brand_followers_gained",
        "t202"."brand_followers_expected_gain",
        "t202"."brand_followers_start__provenance",
        "t202"."brand_followers_gained__provenance",
        "t202"."brand_followers_expected_gain__provenance",
        "t202"."influencers_contacted",
        "t202"."influencers_interested",
        "t202"."posts_contracted",
        "t202"."products_sent",
        "t202"."link_clicks",
        "t202"."unique_link_clicks",
        "t202"."bot_link_clicks",
        "t202"."sessions",
        "t202"."new_users",
        "t202"."engaged_sessions",
        "t202"."bounced_sessions",
        "t202"."session_seconds",
        "t202"."page_views",
        "t202"."key_events",
        "t202"."orders",
        "t202"."revenue",
        "t202"."new_customers",
        "t202"."key_messages",
        "t202"."emv_rate",
        "t202"."emv",
        "t202"."emv__provenance",
        "t202"."paid_rate",
        (
          CAST("t202"."cost" AS DOUBLE PRECISION) / (
            CASE
              WHEN "t202"."platform" = 'tiktok'
              THEN 7.5
              WHEN "t202"."platform" = 'youtube'
              THEN 3.53
              ELSE 19.8
            END * "t202"."paid_rate"
          )
        ) * 1000 AS "paid_impressions",
        CAST(NULL AS DOUBLE PRECISION) AS "paid_engagements",
        CAST("t202"."cost" AS DOUBLE PRECISION) / (
          CASE
            WHEN "t202"."platform" = 'tiktok'
            THEN CAST(NULL AS DOUBLE PRECISION)
            WHEN "t202"."platform" = 'youtube'
            THEN CAST(NULL AS DOUBLE PRECISION)
            ELSE 1.88
          END * "t202"."paid_rate"
        ) AS "paid_clicks",
        CAST("t202"."cost" AS DOUBLE PRECISION) / (
          CASE
            WHEN "t202"."platform" = 'youtube'
            THEN 0.026
            ELSE CAST(NULL AS DOUBLE PRECISION)
          END * "t202"."paid_rate"
        ) AS "paid_views",
        DATE_TRUNC('WEEK', "t202"."day") AS "week"
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
          "t200"."emv_rate",
          "t200"."emv",
          "t200"."emv__provenance",
          "t140"."paid_rate"
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
            "t197"."followers__provenance",
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
            "t197"."publishing_influencer",
            "t197"."sponsored_posts",
            "t197"."disclosed_sponsored_posts",
            "t197"."cost",
            "t197"."key_message_posts",
            "t197"."ugc_post",
            "t197"."mentions",
            "t197"."brand_mentions",
            "t197"."mention_engagements",
            "t197"."brand_mention_engagements",
            "t197"."followers_start",
            "t197"."followers_gained",
            "t197"."followers_expected_gain",
            "t197"."followers_start__provenance",
            "t197"."followers_gained__provenance",
            "t197"."followers_expected_gain__provenance",
            "t197"."brand_followers_start",
            "t197"."brand_followers_gained",
            "t197"."brand_followers_expected_gain",
            "t197"."brand_followers_start__provenance",
            "t197"."brand_followers_gained__provenance",
            "t197"."brand_followers_expected_gain__provenance",
            "t197"."influencers_contacted",
            "t197"."influencers_interested",
            "t197"."posts_contracted",
            "t197"."products_sent",
            "t197"."link_clicks",
            "t197"."unique_link_clicks",
            "t197"."bot_link_clicks",
            "t197"."sessions",
            "t197"."new_users",
            "t197"."engaged_sessions",
            "t197"."bounced_sessions",
            "t197"."session_seconds",
            "t197"."page_views",
            "t197"."key_events",
            "t197"."orders",
            "t197"."revenue",
            "t197"."new_customers",
            "t197"."key_messages",
            "t197"."emv_rate",
            CASE
              WHEN (
                "t197"."post_id" IS NOT NULL
              )
              AND (
                (
                  (
                    CAST((
                      COALESCE("t197"."impressions", "t197"."views") * CASE
                        WHEN "t197"."platform" = 'tiktok'
                        THEN 6.89
                        ELSE CAST(NULL AS DOUBLE PRECISION)
                      END
                    ) AS DOUBLE PRECISION) / 1000
                  ) IS NOT NULL
                )
                OR (
                  (
                    CASE
                      WHEN "t197"."platform" = 'instagram'
                      THEN 0.07
                      WHEN "t197"."platform" = 'tiktok'
                      THEN 0.09
                      WHEN "t197"."platform" = 'youtube'
                      THEN 0.08
                      ELSE CAST(NULL AS DOUBLE PRECISION)
                    END * "t197"."likes"
                  ) IS NOT NULL
                )
                OR (
                  (
                    CASE
                      WHEN "t197"."platform" = 'instagram'
                      THEN 3.46
                      WHEN "t197"."platform" = 'tiktok'
                      THEN 3.52
                      WHEN "t197"."platform" = 'youtube'
                      THEN 6.99
                      ELSE CAST(NULL AS DOUBLE PRECISION)
                    END * "t197"."comments"
                  ) IS NOT NULL
                )
                OR (
                  (
                    CASE
                      WHEN "t197"."platform" = 'tiktok'
                      THEN 1.72
                      ELSE CAST(NULL AS DOUBLE PRECISION)
                    END * "t197"."shares"
                  ) IS NOT NULL
                )
              )
              THEN (
                COALESCE(
                  CAST((
                    COALESCE("t197"."impressions", "t197"."views") * CASE
                      WHEN "t197"."platform" = 'tiktok'
                      THEN 6.89
                      ELSE CAST(NULL AS DOUBLE PRECISION)
                    END
                  ) AS DOUBLE PRECISION) / 1000,
                  0
                ) + COALESCE(
                  CASE
                    WHEN "t197"."platform" = 'instagram'
                    THEN 0.07
                    WHEN "t197"."platform" = 'tiktok'
                    THEN 0.09
                    WHEN "t197"."platform" = 'youtube'
                    THEN 0.08
                    ELSE CAST(NULL AS DOUBLE PRECISION)
                  END * "t197"."likes",
                  0
                ) + COALESCE(
                  CASE
                    WHEN "t197"."platform" = 'instagram'
                    THEN 3.46
                    WHEN "t197"."platform" = 'tiktok'
                    THEN 3.52
                    WHEN "t197"."platform" = 'youtube'
                    THEN 6.99
                    ELSE CAST(NULL AS DOUBLE PRECISION)
                  END * "t197"."comments",
                  0
                ) + COALESCE(
                  CASE
                    WHEN "t197"."platform" = 'tiktok'
                    THEN 1.72
                    ELSE CAST(NULL AS DOUBLE PRECISION)
                  END * "t197"."shares",
                  0
                )
              ) * "t197"."emv_rate"
              ELSE CAST(NULL AS DOUBLE PRECISION)
            END AS "emv",
            NULLIF(
              GREATEST(
                COALESCE("t197"."impressions__provenance", -1),
                COALESCE("t197"."views__provenance", -1),
                COALESCE("t197"."engagements__provenance", -1)
              ),
              -1
            ) AS "emv__provenance"
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
              "t195"."followers__provenance",
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
              "t195"."publishing_influencer",
              "t195"."sponsored_posts",
              "t195"."disclosed_sponsored_posts",
              "t195"."cost",
              "t195"."key_message_posts",
              "t195"."ugc_post",
              "t195"."mentions",
              "t195"."brand_mentions",
              "t195"."mention_engagements",
              "t195"."brand_mention_engagements",
              "t195"."followers_start",
              "t195"."followers_gained",
              "t195"."followers_expected_gain",
              "t195"."followers_start__provenance",
              "t195"."followers_gained__provenance",
              "t195"."followers_expected_gain__provenance",
              "t195"."brand_followers_start",
              "t195"."brand_followers_gained",
              "t195"."brand_followers_expected_gain",
              "t195"."brand_followers_start__provenance",
              "t195"."brand_followers_gained__provenance",
              "t195"."brand_followers_expected_gain__provenance",
              "t195"."influencers_contacted",
              "t195"."influencers_interested",
              "t195"."posts_contracted",
              "t195"."products_sent",
              "t195"."link_clicks",
              "t195"."unique_link_clicks",
              "t195"."bot_link_clicks",
              "t195"."sessions",
              "t195"."new_users",
              "t195"."engaged_sessions",
              "t195"."bounced_sessions",
              "t195"."session_seconds",
              "t195"."page_views",
              "t195"."key_events",
              "t195"."orders",
              "t195"."revenue",
              "t195"."new_customers",
              "t195"."key_messages",
              "t141"."emv_rate"
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
                                  "t182"."campaign_id",
                                  "t182"."campaign",
                                  "t182"."influencer_id",
                                  "t182"."influencer",
                                  "t182"."account_id",
                                  "t182"."platform",
                                  "t182"."format",
                                  "t182"."post_id",
                                  "t182"."day",
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
                                  CAST("t182"."followers__provenance" AS BIGINT) AS "followers__provenance",
                                  "t182"."engagements",
                                  "t182"."engagements__provenance",
                                  "t182"."impressions_with_estimates",
                                  "t182"."impressions_with_estimates__provenance",
                                  "t182"."er_reach_post",
                                  "t182"."er_followers_post",
                                  "t182"."er_impressions_post",
                                  "t182"."er_views_post",
                                  "t182"."er_reach_post__provenance",
                                  "t182"."er_followers_post__provenance",
                                  "t182"."er_impressions_post__provenance",
                                  "t182"."er_views_post__provenance",
                                  "t182"."post_platform",
                                  CAST("t182"."publishing_influencer" AS DOUBLE PRECISION) AS "publishing_influencer",
                                  "t182"."sponsored_posts",
                                  "t182"."disclosed_sponsored_posts",
                                  "t182"."cost",
                                  "t182"."key_message_posts",
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
                                    "t173"."cost",
                                    "t181"."key_message_posts"
                                  FROM (
                                    SELECT
                                      "t161"."campaign_id",
                                      "t161"."campaign",
                                      "t161"."influencer_id",
                                      "t161"."influencer",
                                      "t161"."account_id",
                                      "t161"."platform",
                                      "t161"."format",
                                      "t161"."post_id",
                                      "t161"."day",
                                      "t161"."country",
                                      "t161"."caption",
                                      "t161"."sponsored",
                                      "t161"."reach",
                                      "t161"."impressions",
                                      "t161"."views",
                                      "t161"."likes",
                                      "t161"."comments",
                                      "t161"."shares",
                                      "t161"."saves",
                                      "t161"."clicks",
                                      "t161"."reach__provenance",
                                      "t161"."impressions__provenance",
                                      "t161"."views__provenance",
                                      "t161"."likes__provenance",
                                      "t161"."comments__provenance",
                                      "t161"."shares__provenance",
                                      "t161"."saves__provenance",
                                      "t161"."clicks__provenance",
                                      "t161"."followers",
                                      "t161"."followers__provenance",
                                      "t161"."engagements",
                                      "t161"."engagements__provenance",
                                      "t161"."impressions_with_estimates",
                                      "t161"."impressions_with_estimates__provenance",
                                      "t161"."er_reach_post",
                                      "t161"."er_followers_post",
                                      "t161"."er_impressions_post",
                                      "t161"."er_views_post",
                                      "t161"."er_reach_post__provenance",
                                      "t161"."er_followers_post__provenance",
                                      "t161"."er_impressions_post__provenance",
                                      "t161"."er_views_post__provenance",
                                      "t161"."post_platform",
                                      "t161"."publishing_influencer",
                                      "t161"."sponsored_posts",
                                      "t161"."disclosed_sponsored_posts",
                                      "t136"."cost"
                                    FROM (
                                      SELECT
                                        "t146"."campaign_id",
                                        "t146"."campaign",
                                        "t146"."influencer_id",
                                        "t146"."influencer",
                                        "t146"."account_id",
                                        "t146"."platform",
                                        "t146"."format",
                                        "t146"."post_id",
                                        "t146"."day",
                                        "t146"."country",
                                        "t146"."caption",
                                        "t146"."sponsored",
                                        "t146"."reach",
                                        "t146"."impressions",
                                        "t146"."views",
                                        "t146"."likes",
                                        "t146"."comments",
                                        "t146"."shares",
                                        "t146"."saves",
                                        "t146"."clicks",
                                        "t146"."reach__provenance",
                                        "t146"."impressions__provenance",
                                        "t146"."views__provenance",
                                        "t146"."likes__provenance",
                                        "t146"."comments__provenance",
                                        "t146"."shares__provenance",
                                        "t146"."saves__provenance",
                                        "t146"."clicks__provenance",
                                        "t146"."followers",
                                        "t146"."followers__provenance",
                                        "t146"."engagements",
                                        "t146"."engagements__provenance",
                                        COALESCE(
                                          COALESCE("t146"."impressions", "t146"."views"),
                                          "t146"."reach" * COALESCE(
                                            CAST(SUM("t146"."impressions") FILTER(WHERE
                                              (
                                                "t146"."impressions" IS NOT NULL
                                              ) AND (
                                                "t146"."reach" IS NOT NULL
                                              )) OVER (
                                              PARTITION BY "t146"."campaign_id", "t146"."platform"
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                            ) AS DOUBLE PRECISION) / NULLIF(
                                              SUM("t146"."reach") FILTER(WHERE
                                                (
                                                  "t146"."impressions" IS NOT NULL
                                                ) AND (
                                                  "t146"."reach" IS NOT NULL
                                                )) OVER (
                                                PARTITION BY "t146"."campaign_id", "t146"."platform"
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              ),
                                              0
                                            ),
                                            CAST(1 AS DOUBLE PRECISION)
                                          )
                                        ) AS "impressions_with_estimates",
                                        CASE
                                          WHEN COALESCE(
                                            COALESCE("t146"."impressions", "t146"."views"),
                                            "t146"."reach" * COALESCE(
                                              CAST(SUM("t146"."impressions") FILTER(WHERE
                                                (
                                                  "t146"."impressions" IS NOT NULL
                                                ) AND (
                                                  "t146"."reach" IS NOT NULL
                                                )) OVER (
                                                PARTITION BY "t146"."campaign_id", "t146"."platform"
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              ) AS DOUBLE PRECISION) / NULLIF(
                                                SUM("t146"."reach") FILTER(WHERE
                                                  (
                                                    "t146"."impressions" IS NOT NULL
                                                  ) AND (
                                                    "t146"."reach" IS NOT NULL
                                                  )) OVER (
                                                  PARTITION BY "t146"."campaign_id", "t146"."platform"
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ),
                                                0
                                              ),
                                              CAST(1 AS DOUBLE PRECISION)
                                            )
                                          ) IS NOT NULL
                                          THEN CASE
                                            WHEN "t146"."impressions" IS NOT NULL
                                            THEN "t146"."impressions__provenance"
                                            ELSE 2
                                          END
                                          ELSE CAST(NULL AS BIGINT)
                                        END AS "impressions_with_estimates__provenance",
                                        (
                                          CAST("t146"."engagements" AS DOUBLE PRECISION) / NULLIF("t146"."reach", 0)
                                        ) * 100 AS "er_reach_post",
                                        (
                                          CAST("t146"."engagements" AS DOUBLE PRECISION) / NULLIF("t146"."followers", 0)
                                        ) * 100 AS "er_followers_post",
                                        (
                                          CAST("t146"."engagements" AS DOUBLE PRECISION) / NULLIF("t146"."impressions", 0)
                                        ) * 100 AS "er_impressions_post",
                                        (
                                          CAST("t146"."engagements" AS DOUBLE PRECISION) / NULLIF("t146"."views", 0)
                                        ) * 100 AS "er_views_post",
                                        NULLIF(
                                          GREATEST(
                                            COALESCE("t146"."engagements__provenance", -1),
                                            COALESCE("t146"."reach__provenance", -1)
                                          ),
                                          -1
                                        ) AS "er_reach_post__provenance",
                                        NULLIF(
                                          GREATEST(
                                            COALESCE("t146"."engagements__provenance", -1),
                                            COALESCE("t146"."followers__provenance", -1)
                                          ),
                                          -1
                                        ) AS "er_followers_post__provenance",
                                        NULLIF(
                                          GREATEST(
                                            COALESCE("t146"."engagements__provenance", -1),
                                            COALESCE("t146"."impressions__provenance", -1)
                                          ),
                                          -1
                                        ) AS "er_impressions_post__provenance",
                                        NULLIF(
                                          GREATEST(
                                            COALESCE("t146"."engagements__provenance", -1),
                                            COALESCE("t146"."views__provenance", -1)
                                          ),
                                          -1
                                        ) AS "er_views_post__provenance",
                                        "t146"."platform" AS "post_platform",
                                        "t146"."influencer_id" AS "publishing_influencer",
                                        CAST(CASE WHEN "t146"."sponsored" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "sponsored_posts",
                                        CAST(CASE
                                          WHEN "t146"."sponsored"
                                          AND CASE
                                            WHEN UPPER("t146"."country") = 'FR'
                                            THEN (
                                              POSITION('publicité' IN LOWER("t146"."caption")) > 0
                                            )
                                            OR (
                                              POSITION('publicite' IN LOWER("t146"."caption")) > 0
                                            )
                                            OR (
                                              POSITION('collaboration commerciale' IN LOWER("t146"."caption")) > 0
                                            )
                                            WHEN UPPER("t146"."country") = 'BE'
                                            THEN (
                                              POSITION('publicité' IN LOWER("t146"."caption")) > 0
                                            )
                                            OR (
                                              POSITION('publicite' IN LOWER("t146"."caption")) > 0
                                            )
                                            OR (
                                              POSITION('collaboration commerciale' IN LOWER("t146"."caption")) > 0
                                            )
                                            OR (
                                              POSITION('#pub' IN LOWER("t146"."caption")) > 0
                                            )
                                            OR (
                                              POSITION('reclame' IN LOWER("t146"."caption")) > 0
                                            )
                                            OR (
                                              POSITION('#ad' IN LOWER("t146"."caption")) > 0
                                            )
                                            OR (
                                              POSITION('samenwerking' IN LOWER("t146"."caption")) > 0
                                            )
                                            WHEN UPPER("t146"."country") = 'DE'
                                            THEN (
                                              POSITION('werbung' IN LOWER("t146"."caption")) > 0
                                            )
                                            OR (
                                              POSITION('anzeige' IN LOWER("t146"."caption")) > 0
                                            )
                                            WHEN UPPER("t146"."country") = 'ES'
                                            THEN (
                                              POSITION('publicidad' IN LOWER("t146"."caption")) > 0
                                            )
                                            OR (
                                              POSITION('#publi' IN LOWER("t146"."caption")) > 0
                                            )
                                            OR (
                                              POSITION('patrocinado' IN LOWER("t146"."caption")) > 0
                                            )
                                            OR (
                                              POSITION('colaboración pagada' IN LOWER("t146"."caption")) > 0
                                            )
                                            WHEN UPPER("t146"."country") = 'IT'
                                            THEN (
                                              POSITION('pubblicità' IN LOWER("t146"."caption")) > 0
                                            )
                                            OR (
                                              POSITION('#adv' IN LOWER("t146"."caption")) > 0
                                            )
                                            OR (
                                              POSITION('sponsorizzato' IN LOWER("t146"."caption")) > 0
                                            )
                                            OR (
                                              POSITION('#sponsored' IN LOWER("t146"."caption")) > 0
                                            )
                                            WHEN UPPER("t146"."country") = 'GB'
                                            THEN (
                                              POSITION('#ad' IN LOWER("t146"."caption")) > 0
                                            )
                                            OR (
                                              POSITION('advert' IN LOWER("t146"."caption")) > 0
                                            )
                                            OR (
                                              POSITION('advertisement' IN LOWER("t146"."caption")) > 0
                                            )
                                            WHEN UPPER("t146"."country") = 'US'
                                            THEN (
                                              POSITION('#ad' IN LOWER("t146"."caption")) > 0
                                            )
                                            OR (
                                              POSITION('#sponsored' IN LOWER("t146"."caption")) > 0
                                            )
                                            OR (
                                              POSITION('advertisement' IN LOWER("t146"."caption")) > 0
                                            )
                                            OR (
                                              POSITION('paid partnership' IN LOWER("t146"."caption")) > 0
                                            )
                                            ELSE (
                                              POSITION('#ad' IN LOWER("t146"."caption")) > 0
                                            )
                                            OR (
                                              POSITION('#sponsored' IN LOWER("t146"."caption")) > 0
                                            )
                                            OR (
                                              POSITION('paid partnership' IN LOWER("t146"."caption")) > 0
                                            )
                                            OR (
                                              POSITION('advertisement' IN LOWER("t146"."caption")) > 0
                                            )
                                          END
                                          THEN 1
                                          ELSE 0
                                        END AS DOUBLE PRECISION) AS "disclosed_sponsored_posts"
                                      FROM (
                                        SELECT
                                          "t137"."campaign_id",
                                          "t137"."campaign",
                                          "t137"."influencer_id",
                                          "t137"."influencer",
                                          "t137"."account_id",
                                          "t137"."platform",
                                          "t137"."format",
                                          "t137"."post_id",
                                          "t137"."day",
                                          "t137"."country",
                                          "t137"."caption",
                                          "t137"."sponsored",
                                          "t137"."reach",
                                          "t137"."impressions",
                                          "t137"."views",
                                          "t137"."likes",
                                          "t137"."comments",
                                          "t137"."shares",
                                          "t137"."saves",
                                          "t137"."clicks",
                                          "t137"."reach__provenance",
                                          "t137"."impressions__provenance",
                                          "t137"."views__provenance",
                                          "t137"."likes__provenance",
                                          "t137"."comments__provenance",
                                          "t137"."shares__provenance",
                                          "t137"."saves__provenance",
                                          "t137"."clicks__provenance",
                                          "t137"."followers",
                                          "t137"."followers__provenance",
                                          CASE
                                            WHEN (
                                              "t137"."likes" IS NOT NULL
                                            )
                                            OR (
                                              "t137"."comments" IS NOT NULL
                                            )
                                            OR (
                                              "t137"."shares" IS NOT NULL
                                            )
                                            OR (
                                              "t137"."saves" IS NOT NULL
                                            )
                                            THEN CAST(0 AS DOUBLE PRECISION) + COALESCE("t137"."likes", 0) + COALESCE("t137"."comments", 0) + COALESCE("t137"."shares", 0) + COALESCE("t137"."saves", 0)
                                            ELSE CAST(NULL AS DOUBLE PRECISION)
                                          END AS "engagements",
                                          NULLIF(
                                            GREATEST(
                                              COALESCE("t137"."likes__provenance", -1),
                                              COALESCE("t137"."comments__provenance", -1),
                                              COALESCE("t137"."shares__provenance", -1),
                                              COALESCE("t137"."saves__provenance", -1)
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
                                            "t117"."reach",
                                            "t117"."impressions",
                                            "t117"."views",
                                            "t117"."likes",
                                            "t117"."comments",
                                            "t117"."shares",
                                            "t117"."saves",
                                            "t117"."clicks",
                                            "t117"."reach__provenance",
                                            "t117"."impressions__provenance",
                                            "t117"."views__provenance",
                                            "t117"."likes__provenance",
                                            "t117"."comments__provenance",
                                            "t117"."shares__provenance",
                                            "t117"."saves__provenance",
                                            "t117"."clicks__provenance",
                                            "t124"."followers",
                                            "t124"."followers__provenance"
                                          FROM "t77" AS "t100"
                                          LEFT OUTER JOIN (
                                            SELECT
                                              CAST("t78"."post_id" AS BIGINT) AS "post_id",
                                              CAST((
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
                                                  ) IS NOT NULL
                                                  AND "t78"."metric" = 'reach')
                                              )[1] AS DOUBLE PRECISION) AS "reach",
                                              CAST((
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
                                                  ) IS NOT NULL
                                                  AND "t78"."metric" = 'impressions')
                                              )[1] AS DOUBLE PRECISION) AS "impressions",
                                              CAST((
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
                                                  ) IS NOT NULL
                                                  AND "t78"."metric" = 'views')
                                              )[1] AS DOUBLE PRECISION) AS "views",
                                              CAST((
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
                                                  ) IS NOT NULL
                                                  AND "t78"."metric" = 'likes')
                                              )[1] AS DOUBLE PRECISION) AS "likes",
                                              CAST((
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
                                                  ) IS NOT NULL
                                                  AND "t78"."metric" = 'comments')
                                              )[1] AS DOUBLE PRECISION) AS "comments",
                                              CAST((
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
                                                  ) IS NOT NULL
                                                  AND "t78"."metric" = 'shares')
                                              )[1] AS DOUBLE PRECISION) AS "shares",
                                              CAST((
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
                                                  ) IS NOT NULL
                                                  AND "t78"."metric" = 'saves')
                                              )[1] AS DOUBLE PRECISION) AS "saves",
                                              CAST((
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
                                                  ) IS NOT NULL
                                                  AND "t78"."metric" = 'clicks')
                                              )[1] AS DOUBLE PRECISION) AS "clicks",
                                              15 - (
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
                                                ) FILTER(WHERE
                                                  "t78"."metric" = 'reach') % 16
                                              ) AS "reach__provenance",
                                              15 - (
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
                                                ) FILTER(WHERE
                                                  "t78"."metric" = 'impressions') % 16
                                              ) AS "impressions__provenance",
                                              15 - (
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
                                                ) FILTER(WHERE
                                                  "t78"."metric" = 'views') % 16
                                              ) AS "views__provenance",
                                              15 - (
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
                                                ) FILTER(WHERE
                                                  "t78"."metric" = 'likes') % 16
                                              ) AS "likes__provenance",
                                              15 - (
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
                                                ) FILTER(WHERE
                                                  "t78"."metric" = 'comments') % 16
                                              ) AS "comments__provenance",
                                              15 - (
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
                                                ) FILTER(WHERE
                                                  "t78"."metric" = 'shares') % 16
                                              ) AS "shares__provenance",
                                              15 - (
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
                                                ) FILTER(WHERE
                                                  "t78"."metric" = 'saves') % 16
                                              ) AS "saves__provenance",
                                              15 - (
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
                                                ) FILTER(WHERE
                                                  "t78"."metric" = 'clicks') % 16
                                              ) AS "clicks__provenance"
                                            FROM (
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  *
                                                FROM "metric_snapshot" AS "t13"
                                                WHERE
                                                  "t13"."post_id" IN (
                                                    SELECT
                                                      "t10"."id"
                                                    FROM "post" AS "t10"
                                                    WHERE
                                                      "t10"."campaign_id" IS NOT NULL AND "t10"."campaign_id" IN (1)
                                                  )
                                              ) AS "t55"
                                              WHERE
                                                "t55"."captured_at" <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                                            ) AS "t78"
                                            GROUP BY
                                              1
                                          ) AS "t117"
                                            ON "t100"."post_id" = "t117"."post_id"
                                          LEFT OUTER JOIN (
                                            SELECT
                                              "t105"."post_id",
                                              CAST(CASE WHEN "t105"."before" IS NOT NULL THEN "t105"."before" ELSE "t105"."after" END AS DOUBLE PRECISION) AS "followers",
                                              CASE
                                                WHEN "t105"."before" IS NOT NULL
                                                THEN "t105"."before_rank"
                                                ELSE "t105"."after_rank"
                                              END AS "followers__provenance"
                                            FROM (
                                              SELECT
                                                CAST("t79"."post_id" AS BIGINT) AS "post_id",
                                                (
                                                  ARRAY_AGG("t79"."followers" ORDER BY "t79"."captured_at" DESC NULLS LAST) FILTER(WHERE
                                                    "t79"."captured_at" IS NOT NULL AND "t79"."captured_at" <= "t79"."published_at")
                                                )[1] AS "before",
                                                (
                                                  ARRAY_AGG(
                                                    CASE "t79"."provenance"
                                                      WHEN 'measured'
                                                      THEN 0
                                                      WHEN 'self_reported'
                                                      THEN 1
                                                      WHEN 'estimated'
                                                      THEN 2
                                                      ELSE 2
                                                    END ORDER BY "t79"."captured_at" DESC NULLS LAST
                                                  ) FILTER(WHERE
                                                    "t79"."captured_at" IS NOT NULL AND "t79"."captured_at" <= "t79"."published_at")
                                                )[1] AS "before_rank",
                                                (
                                                  ARRAY_AGG("t79"."followers" ORDER BY "t79"."captured_at" ASC) FILTER(WHERE
                                                    "t79"."captured_at" IS NOT NULL
                                                    AND NOT (
                                                      "t79"."captured_at" <= "t79"."published_at"
                                                    ))
                                                )[1] AS "after",
                                                (
                                                  ARRAY_AGG(
                                                    CASE "t79"."provenance"
                                                      WHEN 'measured'
                                                      THEN 0
                                                      WHEN 'self_reported'
                                                      THEN 1
                                                      WHEN 'estimated'
                                                      THEN 2
                                                      ELSE 2
                                                    END ORDER BY "t79"."captured_at" ASC
                                                  ) FILTER(WHERE
                                                    "t79"."captured_at" IS NOT NULL
                                                    AND NOT (
                                                      "t79"."captured_at" <= "t79"."published_at"
                                                    ))
                                                )[1] AS "after_rank"
                                              FROM (
                                                SELECT
                                                  "t48"."post_id",
                                                  "t48"."account_id",
                                                  "t48"."published_at",
                                                  "t25"."id",
                                                  "t25"."captured_at",
                                                  "t25"."followers",
                                                  "t25"."source",
                                                  "t25"."provenance"
                                                FROM (
                                                  SELECT
                                                    "t10"."id" AS "post_id",
                                                    "t10"."account_id",
                                                    "t10"."published_at"
                                                  FROM "post" AS "t10"
                                                  WHERE
                                                    "t10"."campaign_id" IS NOT NULL AND "t10"."campaign_id" IN (1)
                                                ) AS "t48"
                                                INNER JOIN "follower_snapshot" AS "t25"
                                                  ON "t48"."account_id" = "t25"."account_id"
                                              ) AS "t79"
                                              GROUP BY
                                                1
                                            ) AS "t105"
                                          ) AS "t124"
                                            ON "t100"."post_id" = "t124"."post_id"
                                        ) AS "t137"
                                      ) AS "t146"
                                    ) AS "t161"
                                    LEFT OUTER JOIN (
                                      SELECT
                                        "t123"."post_id",
                                        SUM("t123"."cost") AS "cost"
                                      FROM (
                                        SELECT
                                          "t113"."post_id",
                                          CAST("t98"."amount" AS DOUBLE PRECISION) / "t113"."n_posts" AS "cost"
                                        FROM "t75" AS "t98"
                                        INNER JOIN (
                                          SELECT
                                            "t93"."campaign_id",
                                            "t93"."campaign",
                                            "t93"."influencer_id",
                                            "t93"."influencer",
                                            "t93"."account_id",
                                            "t93"."platform",
                                            "t93"."format",
                                            "t93"."post_id",
                                            "t93"."day",
                                            "t93"."country",
                                            "t93"."caption",
                                            "t93"."sponsored",
                                            COUNT("t93"."post_id") OVER (
                                              PARTITION BY "t93"."campaign_id", "t93"."influencer_id"
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                            ) AS "n_posts"
                                          FROM "t77" AS "t93"
                                        ) AS "t113"
                                          ON "t98"."campaign_id" = "t113"."campaign_id"
                                          AND "t98"."influencer_id" = "t113"."influencer_id"
                                      ) AS "t123"
                                      GROUP BY
                                        1
                                    ) AS "t136"
                                      ON "t161"."post_id" = "t136"."post_id"
                                  ) AS "t173"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t174"."post_id",
                                      MAX(
                                        CAST(CASE
                                          WHEN POSITION(LOWER("t174"."message") IN LOWER("t174"."caption")) > 0
                                          THEN 1
                                          ELSE 0
                                        END AS DOUBLE PRECISION)
                                      ) AS "key_message_posts"
                                    FROM (
                                      SELECT
                                        "t166"."campaign_id",
                                        "t166"."post_id",
                                        "t166"."caption",
                                        "t81"."message"
                                      FROM (
                                        SELECT
                                          "t159"."campaign_id",
                                          "t159"."post_id",
                                          "t159"."caption"
                                        FROM (
                                          SELECT
                                            "t146"."campaign_id",
                                            "t146"."campaign",
                                            "t146"."influencer_id",
                                            "t146"."influencer",
                                            "t146"."account_id",
                                            "t146"."platform",
                                            "t146"."format",
                                            "t146"."post_id",
                                            "t146"."day",
                                            "t146"."country",
                                            "t146"."caption",
                                            "t146"."sponsored",
                                            "t146"."reach",
                                            "t146"."impressions",
                                            "t146"."views",
                                            "t146"."likes",
                                            "t146"."comments",
                                            "t146"."shares",
                                            "t146"."saves",
                                            "t146"."clicks",
                                            "t146"."reach__provenance",
                                            "t146"."impressions__provenance",
                                            "t146"."views__provenance",
                                            "t146"."likes__provenance",
                                            "t146"."comments__provenance",
                                            "t146"."shares__provenance",
                                            "t146"."saves__provenance",
                                            "t146"."clicks__provenance",
                                            "t146"."followers",
                                            "t146"."followers__provenance",
                                            "t146"."engagements",
                                            "t146"."engagements__provenance",
                                            COALESCE(
                                              COALESCE("t146"."impressions", "t146"."views"),
                                              "t146"."reach" * COALESCE(
                                                CAST(SUM("t146"."impressions") FILTER(WHERE
                                                  (
                                                    "t146"."impressions" IS NOT NULL
                                                  ) AND (
                                                    "t146"."reach" IS NOT NULL
                                                  )) OVER (
                                                  PARTITION BY "t146"."campaign_id", "t146"."platform"
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ) AS DOUBLE PRECISION) / NULLIF(
                                                  SUM("t146"."reach") FILTER(WHERE
                                                    (
                                                      "t146"."impressions" IS NOT NULL
                                                    ) AND (
                                                      "t146"."reach" IS NOT NULL
                                                    )) OVER (
                                                    PARTITION BY "t146"."campaign_id", "t146"."platform"
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  ),
                                                  0
                                                ),
                                                CAST(1 AS DOUBLE PRECISION)
                                              )
                                            ) AS "impressions_with_estimates",
                                            CASE
                                              WHEN COALESCE(
                                                COALESCE("t146"."impressions", "t146"."views"),
                                                "t146"."reach" * COALESCE(
                                                  CAST(SUM("t146"."impressions") FILTER(WHERE
                                                    (
                                                      "t146"."impressions" IS NOT NULL
                                                    ) AND (
                                                      "t146"."reach" IS NOT NULL
                                                    )) OVER (
                                                    PARTITION BY "t146"."campaign_id", "t146"."platform"
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  ) AS DOUBLE PRECISION) / NULLIF(
                                                    SUM("t146"."reach") FILTER(WHERE
                                                      (
                                                        "t146"."impressions" IS NOT NULL
                                                      ) AND (
                                                        "t146"."reach" IS NOT NULL
                                                      )) OVER (
                                                      PARTITION BY "t146"."campaign_id", "t146"."platform"
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                    ),
                                                    0
                                                  ),
                                                  CAST(1 AS DOUBLE PRECISION)
                                                )
                                              ) IS NOT NULL
                                              THEN CASE
                                                WHEN "t146"."impressions" IS NOT NULL
                                                THEN "t146"."impressions__provenance"
                                                ELSE 2
                                              END
                                              ELSE CAST(NULL AS BIGINT)
                                            END AS "impressions_with_estimates__provenance",
                                            (
                                              CAST("t146"."engagements" AS DOUBLE PRECISION) / NULLIF("t146"."reach", 0)
                                            ) * 100 AS "er_reach_post",
                                            (
                                              CAST("t146"."engagements" AS DOUBLE PRECISION) / NULLIF("t146"."followers", 0)
                                            ) * 100 AS "er_followers_post",
                                            (
                                              CAST("t146"."engagements" AS DOUBLE PRECISION) / NULLIF("t146"."impressions", 0)
                                            ) * 100 AS "er_impressions_post",
                                            (
                                              CAST("t146"."engagements" AS DOUBLE PRECISION) / NULLIF("t146"."views", 0)
                                            ) * 100 AS "er_views_post",
                                            NULLIF(
                                              GREATEST(
                                                COALESCE("t146"."engagements__provenance", -1),
                                                COALESCE("t146"."reach__provenance", -1)
                                              ),
                                              -1
                                            ) AS "er_reach_post__provenance",
                                            NULLIF(
                                              GREATEST(
                                                COALESCE("t146"."engagements__provenance", -1),
                                                COALESCE("t146"."followers__provenance", -1)
                                              ),
                                              -1
                                            ) AS "er_followers_post__provenance",
                                            NULLIF(
                                              GREATEST(
                                                COALESCE("t146"."engagements__provenance", -1),
                                                COALESCE("t146"."impressions__provenance", -1)
                                              ),
                                              -1
                                            ) AS "er_impressions_post__provenance",
                                            NULLIF(
                                              GREATEST(
                                                COALESCE("t146"."engagements__provenance", -1),
                                                COALESCE("t146"."views__provenance", -1)
                                              ),
                                              -1
                                            ) AS "er_views_post__provenance",
                                            "t146"."platform" AS "post_platform",
                                            "t146"."influencer_id" AS "publishing_influencer",
                                            CAST(CASE WHEN "t146"."sponsored" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "sponsored_posts",
                                            CAST(CASE
                                              WHEN "t146"."sponsored"
                                              AND CASE
                                                WHEN UPPER("t146"."country") = 'FR'
                                                THEN (
                                                  POSITION('publicité' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('publicite' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('collaboration commerciale' IN LOWER("t146"."caption")) > 0
                                                )
                                                WHEN UPPER("t146"."country") = 'BE'
                                                THEN (
                                                  POSITION('publicité' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('publicite' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('collaboration commerciale' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('#pub' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('reclame' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('#ad' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('samenwerking' IN LOWER("t146"."caption")) > 0
                                                )
                                                WHEN UPPER("t146"."country") = 'DE'
                                                THEN (
                                                  POSITION('werbung' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('anzeige' IN LOWER("t146"."caption")) > 0
                                                )
                                                WHEN UPPER("t146"."country") = 'ES'
                                                THEN (
                                                  POSITION('publicidad' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('#publi' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('patrocinado' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('colaboración pagada' IN LOWER("t146"."caption")) > 0
                                                )
                                                WHEN UPPER("t146"."country") = 'IT'
                                                THEN (
                                                  POSITION('pubblicità' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('#adv' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('sponsorizzato' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('#sponsored' IN LOWER("t146"."caption")) > 0
                                                )
                                                WHEN UPPER("t146"."country") = 'GB'
                                                THEN (
                                                  POSITION('#ad' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('advert' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('advertisement' IN LOWER("t146"."caption")) > 0
                                                )
                                                WHEN UPPER("t146"."country") = 'US'
                                                THEN (
                                                  POSITION('#ad' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('#sponsored' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('advertisement' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('paid partnership' IN LOWER("t146"."caption")) > 0
                                                )
                                                ELSE (
                                                  POSITION('#ad' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('#sponsored' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('paid partnership' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('advertisement' IN LOWER("t146"."caption")) > 0
                                                )
                                              END
                                              THEN 1
                                              ELSE 0
                                            END AS DOUBLE PRECISION) AS "disclosed_sponsored_posts"
                                          FROM (
                                            SELECT
                                              "t137"."campaign_id",
                                              "t137"."campaign",
                                              "t137"."influencer_id",
                                              "t137"."influencer",
                                              "t137"."account_id",
                                              "t137"."platform",
                                              "t137"."format",
                                              "t137"."post_id",
                                              "t137"."day",
                                              "t137"."country",
                                              "t137"."caption",
                                              "t137"."sponsored",
                                              "t137"."reach",
                                              "t137"."impressions",
                                              "t137"."views",
                                              "t137"."likes",
                                              "t137"."comments",
                                              "t137"."shares",
                                              "t137"."saves",
                                              "t137"."clicks",
                                              "t137"."reach__provenance",
                                              "t137"."impressions__provenance",
                                              "t137"."views__provenance",
                                              "t137"."likes__provenance",
                                              "t137"."comments__provenance",
                                              "t137"."shares__provenance",
                                              "t137"."saves__provenance",
                                              "t137"."clicks__provenance",
                                              "t137"."followers",
                                              "t137"."followers__provenance",
                                              CASE
                                                WHEN (
                                                  "t137"."likes" IS NOT NULL
                                                )
                                                OR (
                                                  "t137"."comments" IS NOT NULL
                                                )
                                                OR (
                                                  "t137"."shares" IS NOT NULL
                                                )
                                                OR (
                                                  "t137"."saves" IS NOT NULL
                                                )
                                                THEN CAST(0 AS DOUBLE PRECISION) + COALESCE("t137"."likes", 0) + COALESCE("t137"."comments", 0) + COALESCE("t137"."shares", 0) + COALESCE("t137"."saves", 0)
                                                ELSE CAST(NULL AS DOUBLE PRECISION)
                                              END AS "engagements",
                                              NULLIF(
                                                GREATEST(
                                                  COALESCE("t137"."likes__provenance", -1),
                                                  COALESCE("t137"."comments__provenance", -1),
                                                  COALESCE("t137"."shares__provenance", -1),
                                                  COALESCE("t137"."saves__provenance", -1)
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
                                                "t117"."reach",
                                                "t117"."impressions",
                                                "t117"."views",
                                                "t117"."likes",
                                                "t117"."comments",
                                                "t117"."shares",
                                                "t117"."saves",
                                                "t117"."clicks",
                                                "t117"."reach__provenance",
                                                "t117"."impressions__provenance",
                                                "t117"."views__provenance",
                                                "t117"."likes__provenance",
                                                "t117"."comments__provenance",
                                                "t117"."shares__provenance",
                                                "t117"."saves__provenance",
                                                "t117"."clicks__provenance",
                                                "t124"."followers",
                                                "t124"."followers__provenance"
                                              FROM "t77" AS "t100"
                                              LEFT OUTER JOIN (
                                                SELECT
                                                  CAST("t78"."post_id" AS BIGINT) AS "post_id",
                                                  CAST((
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
                                                      ) IS NOT NULL
                                                      AND "t78"."metric" = 'reach')
                                                  )[1] AS DOUBLE PRECISION) AS "reach",
                                                  CAST((
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
                                                      ) IS NOT NULL
                                                      AND "t78"."metric" = 'impressions')
                                                  )[1] AS DOUBLE PRECISION) AS "impressions",
                                                  CAST((
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
                                                      ) IS NOT NULL
                                                      AND "t78"."metric" = 'views')
                                                  )[1] AS DOUBLE PRECISION) AS "views",
                                                  CAST((
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
                                                      ) IS NOT NULL
                                                      AND "t78"."metric" = 'likes')
                                                  )[1] AS DOUBLE PRECISION) AS "likes",
                                                  CAST((
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
                                                      ) IS NOT NULL
                                                      AND "t78"."metric" = 'comments')
                                                  )[1] AS DOUBLE PRECISION) AS "comments",
                                                  CAST((
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
                                                      ) IS NOT NULL
                                                      AND "t78"."metric" = 'shares')
                                                  )[1] AS DOUBLE PRECISION) AS "shares",
                                                  CAST((
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
                                                      ) IS NOT NULL
                                                      AND "t78"."metric" = 'saves')
                                                  )[1] AS DOUBLE PRECISION) AS "saves",
                                                  CAST((
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
                                                      ) IS NOT NULL
                                                      AND "t78"."metric" = 'clicks')
                                                  )[1] AS DOUBLE PRECISION) AS "clicks",
                                                  15 - (
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
                                                    ) FILTER(WHERE
                                                      "t78"."metric" = 'reach') % 16
                                                  ) AS "reach__provenance",
                                                  15 - (
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
                                                    ) FILTER(WHERE
                                                      "t78"."metric" = 'impressions') % 16
                                                  ) AS "impressions__provenance",
                                                  15 - (
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
                                                    ) FILTER(WHERE
                                                      "t78"."metric" = 'views') % 16
                                                  ) AS "views__provenance",
                                                  15 - (
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
                                                    ) FILTER(WHERE
                                                      "t78"."metric" = 'likes') % 16
                                                  ) AS "likes__provenance",
                                                  15 - (
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
                                                    ) FILTER(WHERE
                                                      "t78"."metric" = 'comments') % 16
                                                  ) AS "comments__provenance",
                                                  15 - (
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
                                                    ) FILTER(WHERE
                                                      "t78"."metric" = 'shares') % 16
                                                  ) AS "shares__provenance",
                                                  15 - (
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
                                                    ) FILTER(WHERE
                                                      "t78"."metric" = 'saves') % 16
                                                  ) AS "saves__provenance",
                                                  15 - (
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
                                                    ) FILTER(WHERE
                                                      "t78"."metric" = 'clicks') % 16
                                                  ) AS "clicks__provenance"
                                                FROM (
                                                  SELECT
                                                    *
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM "metric_snapshot" AS "t13"
                                                    WHERE
                                                      "t13"."post_id" IN (
                                                        SELECT
                                                          "t10"."id"
                                                        FROM "post" AS "t10"
                                                        WHERE
                                                          "t10"."campaign_id" IS NOT NULL AND "t10"."campaign_id" IN (1)
                                                      )
                                                  ) AS "t55"
                                                  WHERE
                                                    "t55"."captured_at" <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                                                ) AS "t78"
                                                GROUP BY
                                                  1
                                              ) AS "t117"
                                                ON "t100"."post_id" = "t117"."post_id"
                                              LEFT OUTER JOIN (
                                                SELECT
                                                  "t105"."post_id",
                                                  CAST(CASE WHEN "t105"."before" IS NOT NULL THEN "t105"."before" ELSE "t105"."after" END AS DOUBLE PRECISION) AS "followers",
                                                  CASE
                                                    WHEN "t105"."before" IS NOT NULL
                                                    THEN "t105"."before_rank"
                                                    ELSE "t105"."after_rank"
                                                  END AS "followers__provenance"
                                                FROM (
                                                  SELECT
                                                    CAST("t79"."post_id" AS BIGINT) AS "post_id",
                                                    (
                                                      ARRAY_AGG("t79"."followers" ORDER BY "t79"."captured_at" DESC NULLS LAST) FILTER(WHERE
                                                        "t79"."captured_at" IS NOT NULL AND "t79"."captured_at" <= "t79"."published_at")
                                                    )[1] AS "before",
                                                    (
                                                      ARRAY_AGG(
                                                        CASE "t79"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END ORDER BY "t79"."captured_at" DESC NULLS LAST
                                                      ) FILTER(WHERE
                                                        "t79"."captured_at" IS NOT NULL AND "t79"."captured_at" <= "t79"."published_at")
                                                    )[1] AS "before_rank",
                                                    (
                                                      ARRAY_AGG("t79"."followers" ORDER BY "t79"."captured_at" ASC) FILTER(WHERE
                                                        "t79"."captured_at" IS NOT NULL
                                                        AND NOT (
                                                          "t79"."captured_at" <= "t79"."published_at"
                                                        ))
                                                    )[1] AS "after",
                                                    (
                                                      ARRAY_AGG(
                                                        CASE "t79"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END ORDER BY "t79"."captured_at" ASC
                                                      ) FILTER(WHERE
                                                        "t79"."captured_at" IS NOT NULL
                                                        AND NOT (
                                                          "t79"."captured_at" <= "t79"."published_at"
                                                        ))
                                                    )[1] AS "after_rank"
                                                  FROM (
                                                    SELECT
                                                      "t48"."post_id",
                                                      "t48"."account_id",
                                                      "t48"."published_at",
                                                      "t25"."id",
                                                      "t25"."captured_at",
                                                      "t25"."followers",
                                                      "t25"."source",
                                                      "t25"."provenance"
                                                    FROM (
                                                      SELECT
                                                        "t10"."id" AS "post_id",
                                                        "t10"."account_id",
                                                        "t10"."published_at"
                                                      FROM "post" AS "t10"
                                                      WHERE
                                                        "t10"."campaign_id" IS NOT NULL AND "t10"."campaign_id" IN (1)
                                                    ) AS "t48"
                                                    INNER JOIN "follower_snapshot" AS "t25"
                                                      ON "t48"."account_id" = "t25"."account_id"
                                                  ) AS "t79"
                                                  GROUP BY
                                                    1
                                                ) AS "t105"
                                              ) AS "t124"
                                                ON "t100"."post_id" = "t124"."post_id"
                                            ) AS "t137"
                                          ) AS "t146"
                                        ) AS "t159"
                                      ) AS "t166"
                                      INNER JOIN (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            CAST("t0"."id" AS BIGINT) AS "campaign_id",
                                            UNNEST(STRING_TO_ARRAY("t0"."key_messages", '
')) AS "message"
                                          FROM "campaign" AS "t0"
                                        ) AS "t41"
                                        WHERE
                                          LENGTH("t41"."message") > 0
                                      ) AS "t81"
                                        ON "t166"."campaign_id" = "t81"."campaign_id"
                                    ) AS "t174"
                                    GROUP BY
                                      1
                                  ) AS "t181"
                                    ON "t173"."post_id" = "t181"."post_id"
                                ) AS "t182"
                              ) AS "t183"
                              UNION ALL
                              SELECT
                                *
                              FROM (
                                SELECT
                                  "t176"."campaign_id",
                                  "t176"."campaign",
                                  CAST(NULL AS BIGINT) AS "influencer_id",
                                  CAST(NULL AS VARCHAR) AS "influencer",
                                  CAST(NULL AS BIGINT) AS "account_id",
                                  "t176"."platform",
                                  CAST(NULL AS VARCHAR) AS "format",
                                  CAST(NULL AS BIGINT) AS "post_id",
                                  "t176"."day",
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
                                  CAST("t176"."ugc_post" AS DOUBLE PRECISION) AS "ugc_post",
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
                                    "t127"."campaign_id",
                                    "t127"."campaign",
                                    "t127"."platform",
                                    "t127"."day",
                                    "t127"."post_id" AS "ugc_post"
                                  FROM (
                                    SELECT DISTINCT
                                      *
                                    FROM (
                                      SELECT
                                        "t82"."campaign_id",
                                        "t82"."campaign",
                                        "t94"."post_id",
                                        "t94"."influencer_id",
                                        "t94"."platform",
                                        "t94"."day"
                                      FROM (
                                        SELECT
                                          CAST("t49"."id" AS BIGINT) AS "post_id",
                                          CAST("t17"."id" AS BIGINT) AS "influencer_id",
                                          "t17"."workspace_id",
                                          "t17"."is_brand",
                                          CAST("t23"."platform" AS VARCHAR) AS "platform",
                                          "t49"."published_on" AS "day",
                                          "t49"."hashtags"
                                        FROM (
                                          SELECT
                                            *
                                          FROM "post" AS "t10"
                                          WHERE
                                            "t10"."campaign_id" IS NULL
                                        ) AS "t49"
                                        INNER JOIN "account" AS "t23"
                                          ON "t49"."account_id" = "t23"."id"
                                        INNER JOIN "influencer" AS "t17"
                                          ON "t23"."influencer_id" = "t17"."id"
                                      ) AS "t94"
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
                                        ) AS "t42"
                                        WHERE
                                          LENGTH("t42"."tag") > 0
                                      ) AS "t82"
                                        ON "t94"."workspace_id" = "t82"."workspace_id"
                                        AND "t94"."day" >= "t82"."start"
                                        AND "t94"."day" <= "t82"."end"
                                        AND NOT (
                                          "t94"."is_brand"
                                        )
                                        AND POSITION(',' || "t82"."tag" || ',' IN ',' || "t94"."hashtags" || ',') > 0
                                    ) AS "t116"
                                  ) AS "t127"
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
                                              "t159"."campaign_id",
                                              "t159"."influencer_id"
                                            FROM (
                                              SELECT
                                                "t146"."campaign_id",
                                                "t146"."campaign",
                                                "t146"."influencer_id",
                                                "t146"."influencer",
                                                "t146"."account_id",
                                                "t146"."platform",
                                                "t146"."format",
                                                "t146"."post_id",
                                                "t146"."day",
                                                "t146"."country",
                                                "t146"."caption",
                                                "t146"."sponsored",
                                                "t146"."reach",
                                                "t146"."impressions",
                                                "t146"."views",
                                                "t146"."likes",
                                                "t146"."comments",
                                                "t146"."shares",
                                                "t146"."saves",
                                                "t146"."clicks",
                                                "t146"."reach__provenance",
                                                "t146"."impressions__provenance",
                                                "t146"."views__provenance",
                                                "t146"."likes__provenance",
                                                "t146"."comments__provenance",
                                                "t146"."shares__provenance",
                                                "t146"."saves__provenance",
                                                "t146"."clicks__provenance",
                                                "t146"."followers",
                                                "t146"."followers__provenance",
                                                "t146"."engagements",
                                                "t146"."engagements__provenance",
                                                COALESCE(
                                                  COALESCE("t146"."impressions", "t146"."views"),
                                                  "t146"."reach" * COALESCE(
                                                    CAST(SUM("t146"."impressions") FILTER(WHERE
                                                      (
                                                        "t146"."impressions" IS NOT NULL
                                                      ) AND (
                                                        "t146"."reach" IS NOT NULL
                                                      )) OVER (
                                                      PARTITION BY "t146"."campaign_id", "t146"."platform"
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                    ) AS DOUBLE PRECISION) / NULLIF(
                                                      SUM("t146"."reach") FILTER(WHERE
                                                        (
                                                          "t146"."impressions" IS NOT NULL
                                                        ) AND (
                                                          "t146"."reach" IS NOT NULL
                                                        )) OVER (
                                                        PARTITION BY "t146"."campaign_id", "t146"."platform"
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                      ),
                                                      0
                                                    ),
                                                    CAST(1 AS DOUBLE PRECISION)
                                                  )
                                                ) AS "impressions_with_estimates",
                                                CASE
                                                  WHEN COALESCE(
                                                    COALESCE("t146"."impressions", "t146"."views"),
                                                    "t146"."reach" * COALESCE(
                                                      CAST(SUM("t146"."impressions") FILTER(WHERE
                                                        (
                                                          "t146"."impressions" IS NOT NULL
                                                        ) AND (
                                                          "t146"."reach" IS NOT NULL
                                                        )) OVER (
                                                        PARTITION BY "t146"."campaign_id", "t146"."platform"
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                      ) AS DOUBLE PRECISION) / NULLIF(
                                                        SUM("t146"."reach") FILTER(WHERE
                                                          (
                                                            "t146"."impressions" IS NOT NULL
                                                          ) AND (
                                                            "t146"."reach" IS NOT NULL
                                                          )) OVER (
                                                          PARTITION BY "t146"."campaign_id", "t146"."platform"
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                        ),
                                                        0
                                                      ),
                                                      CAST(1 AS DOUBLE PRECISION)
                                                    )
                                                  ) IS NOT NULL
                                                  THEN CASE
                                                    WHEN "t146"."impressions" IS NOT NULL
                                                    THEN "t146"."impressions__provenance"
                                                    ELSE 2
                                                  END
                                                  ELSE CAST(NULL AS BIGINT)
                                                END AS "impressions_with_estimates__provenance",
                                                (
                                                  CAST("t146"."engagements" AS DOUBLE PRECISION) / NULLIF("t146"."reach", 0)
                                                ) * 100 AS "er_reach_post",
                                                (
                                                  CAST("t146"."engagements" AS DOUBLE PRECISION) / NULLIF("t146"."followers", 0)
                                                ) * 100 AS "er_followers_post",
                                                (
                                                  CAST("t146"."engagements" AS DOUBLE PRECISION) / NULLIF("t146"."impressions", 0)
                                                ) * 100 AS "er_impressions_post",
                                                (
                                                  CAST("t146"."engagements" AS DOUBLE PRECISION) / NULLIF("t146"."views", 0)
                                                ) * 100 AS "er_views_post",
                                                NULLIF(
                                                  GREATEST(
                                                    COALESCE("t146"."engagements__provenance", -1),
                                                    COALESCE("t146"."reach__provenance", -1)
                                                  ),
                                                  -1
                                                ) AS "er_reach_post__provenance",
                                                NULLIF(
                                                  GREATEST(
                                                    COALESCE("t146"."engagements__provenance", -1),
                                                    COALESCE("t146"."followers__provenance", -1)
                                                  ),
                                                  -1
                                                ) AS "er_followers_post__provenance",
                                                NULLIF(
                                                  GREATEST(
                                                    COALESCE("t146"."engagements__provenance", -1),
                                                    COALESCE("t146"."impressions__provenance", -1)
                                                  ),
                                                  -1
                                                ) AS "er_impressions_post__provenance",
                                                NULLIF(
                                                  GREATEST(
                                                    COALESCE("t146"."engagements__provenance", -1),
                                                    COALESCE("t146"."views__provenance", -1)
                                                  ),
                                                  -1
                                                ) AS "er_views_post__provenance",
                                                "t146"."platform" AS "post_platform",
                                                "t146"."influencer_id" AS "publishing_influencer",
                                                CAST(CASE WHEN "t146"."sponsored" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "sponsored_posts",
                                                CAST(CASE
                                                  WHEN "t146"."sponsored"
                                                  AND CASE
                                                    WHEN UPPER("t146"."country") = 'FR'
                                                    THEN (
                                                      POSITION('publicité' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('publicite' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('collaboration commerciale' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    WHEN UPPER("t146"."country") = 'BE'
                                                    THEN (
                                                      POSITION('publicité' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('publicite' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('collaboration commerciale' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('#pub' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('reclame' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('#ad' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('samenwerking' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    WHEN UPPER("t146"."country") = 'DE'
                                                    THEN (
                                                      POSITION('werbung' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('anzeige' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    WHEN UPPER("t146"."country") = 'ES'
                                                    THEN (
                                                      POSITION('publicidad' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('#publi' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('patrocinado' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('colaboración pagada' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    WHEN UPPER("t146"."country") = 'IT'
                                                    THEN (
                                                      POSITION('pubblicità' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('#adv' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('sponsorizzato' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('#sponsored' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    WHEN UPPER("t146"."country") = 'GB'
                                                    THEN (
                                                      POSITION('#ad' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('advert' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('advertisement' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    WHEN UPPER("t146"."country") = 'US'
                                                    THEN (
                                                      POSITION('#ad' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('#sponsored' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('advertisement' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('paid partnership' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    ELSE (
                                                      POSITION('#ad' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('#sponsored' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('paid partnership' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('advertisement' IN LOWER("t146"."caption")) > 0
                                                    )
                                                  END
                                                  THEN 1
                                                  ELSE 0
                                                END AS DOUBLE PRECISION) AS "disclosed_sponsored_posts"
                                              FROM (
                                                SELECT
                                                  "t137"."campaign_id",
                                                  "t137"."campaign",
                                                  "t137"."influencer_id",
                                                  "t137"."influencer",
                                                  "t137"."account_id",
                                                  "t137"."platform",
                                                  "t137"."format",
                                                  "t137"."post_id",
                                                  "t137"."day",
                                                  "t137"."country",
                                                  "t137"."caption",
                                                  "t137"."sponsored",
                                                  "t137"."reach",
                                                  "t137"."impressions",
                                                  "t137"."views",
                                                  "t137"."likes",
                                                  "t137"."comments",
                                                  "t137"."shares",
                                                  "t137"."saves",
                                                  "t137"."clicks",
                                                  "t137"."reach__provenance",
                                                  "t137"."impressions__provenance",
                                                  "t137"."views__provenance",
                                                  "t137"."likes__provenance",
                                                  "t137"."comments__provenance",
                                                  "t137"."shares__provenance",
                                                  "t137"."saves__provenance",
                                                  "t137"."clicks__provenance",
                                                  "t137"."followers",
                                                  "t137"."followers__provenance",
                                                  CASE
                                                    WHEN (
                                                      "t137"."likes" IS NOT NULL
                                                    )
                                                    OR (
                                                      "t137"."comments" IS NOT NULL
                                                    )
                                                    OR (
                                                      "t137"."shares" IS NOT NULL
                                                    )
                                                    OR (
                                                      "t137"."saves" IS NOT NULL
                                                    )
                                                    THEN CAST(0 AS DOUBLE PRECISION) + COALESCE("t137"."likes", 0) + COALESCE("t137"."comments", 0) + COALESCE("t137"."shares", 0) + COALESCE("t137"."saves", 0)
                                                    ELSE CAST(NULL AS DOUBLE PRECISION)
                                                  END AS "engagements",
                                                  NULLIF(
                                                    GREATEST(
                                                      COALESCE("t137"."likes__provenance", -1),
                                                      COALESCE("t137"."comments__provenance", -1),
                                                      COALESCE("t137"."shares__provenance", -1),
                                                      COALESCE("t137"."saves__provenance", -1)
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
                                                    "t117"."reach",
                                                    "t117"."impressions",
                                                    "t117"."views",
                                                    "t117"."likes",
                                                    "t117"."comments",
                                                    "t117"."shares",
                                                    "t117"."saves",
                                                    "t117"."clicks",
                                                    "t117"."reach__provenance",
                                                    "t117"."impressions__provenance",
                                                    "t117"."views__provenance",
                                                    "t117"."likes__provenance",
                                                    "t117"."comments__provenance",
                                                    "t117"."shares__provenance",
                                                    "t117"."saves__provenance",
                                                    "t117"."clicks__provenance",
                                                    "t124"."followers",
                                                    "t124"."followers__provenance"
                                                  FROM "t77" AS "t100"
                                                  LEFT OUTER JOIN (
                                                    SELECT
                                                      CAST("t78"."post_id" AS BIGINT) AS "post_id",
                                                      CAST((
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
                                                          ) IS NOT NULL
                                                          AND "t78"."metric" = 'reach')
                                                      )[1] AS DOUBLE PRECISION) AS "reach",
                                                      CAST((
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
                                                          ) IS NOT NULL
                                                          AND "t78"."metric" = 'impressions')
                                                      )[1] AS DOUBLE PRECISION) AS "impressions",
                                                      CAST((
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
                                                          ) IS NOT NULL
                                                          AND "t78"."metric" = 'views')
                                                      )[1] AS DOUBLE PRECISION) AS "views",
                                                      CAST((
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
                                                          ) IS NOT NULL
                                                          AND "t78"."metric" = 'likes')
                                                      )[1] AS DOUBLE PRECISION) AS "likes",
                                                      CAST((
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
                                                          ) IS NOT NULL
                                                          AND "t78"."metric" = 'comments')
                                                      )[1] AS DOUBLE PRECISION) AS "comments",
                                                      CAST((
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
                                                          ) IS NOT NULL
                                                          AND "t78"."metric" = 'shares')
                                                      )[1] AS DOUBLE PRECISION) AS "shares",
                                                      CAST((
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
                                                          ) IS NOT NULL
                                                          AND "t78"."metric" = 'saves')
                                                      )[1] AS DOUBLE PRECISION) AS "saves",
                                                      CAST((
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
                                                          ) IS NOT NULL
                                                          AND "t78"."metric" = 'clicks')
                                                      )[1] AS DOUBLE PRECISION) AS "clicks",
                                                      15 - (
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
                                                        ) FILTER(WHERE
                                                          "t78"."metric" = 'reach') % 16
                                                      ) AS "reach__provenance",
                                                      15 - (
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
                                                        ) FILTER(WHERE
                                                          "t78"."metric" = 'impressions') % 16
                                                      ) AS "impressions__provenance",
                                                      15 - (
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
                                                        ) FILTER(WHERE
                                                          "t78"."metric" = 'views') % 16
                                                      ) AS "views__provenance",
                                                      15 - (
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
                                                        ) FILTER(WHERE
                                                          "t78"."metric" = 'likes') % 16
                                                      ) AS "likes__provenance",
                                                      15 - (
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
                                                        ) FILTER(WHERE
                                                          "t78"."metric" = 'comments') % 16
                                                      ) AS "comments__provenance",
                                                      15 - (
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
                                                        ) FILTER(WHERE
                                                          "t78"."metric" = 'shares') % 16
                                                      ) AS "shares__provenance",
                                                      15 - (
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
                                                        ) FILTER(WHERE
                                                          "t78"."metric" = 'saves') % 16
                                                      ) AS "saves__provenance",
                                                      15 - (
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
                                                        ) FILTER(WHERE
                                                          "t78"."metric" = 'clicks') % 16
                                                      ) AS "clicks__provenance"
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM (
                                                        SELECT
                                                          *
                                                        FROM "metric_snapshot" AS "t13"
                                                        WHERE
                                                          "t13"."post_id" IN (
                                                            SELECT
                                                              "t10"."id"
                                                            FROM "post" AS "t10"
                                                            WHERE
                                                              "t10"."campaign_id" IS NOT NULL AND "t10"."campaign_id" IN (1)
                                                          )
                                                      ) AS "t55"
                                                      WHERE
                                                        "t55"."captured_at" <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                                                    ) AS "t78"
                                                    GROUP BY
                                                      1
                                                  ) AS "t117"
                                                    ON "t100"."post_id" = "t117"."post_id"
                                                  LEFT OUTER JOIN (
                                                    SELECT
                                                      "t105"."post_id",
                                                      CAST(CASE WHEN "t105"."before" IS NOT NULL THEN "t105"."before" ELSE "t105"."after" END AS DOUBLE PRECISION) AS "followers",
                                                      CASE
                                                        WHEN "t105"."before" IS NOT NULL
                                                        THEN "t105"."before_rank"
                                                        ELSE "t105"."after_rank"
                                                      END AS "followers__provenance"
                                                    FROM (
                                                      SELECT
                                                        CAST("t79"."post_id" AS BIGINT) AS "post_id",
                                                        (
                                                          ARRAY_AGG("t79"."followers" ORDER BY "t79"."captured_at" DESC NULLS LAST) FILTER(WHERE
                                                            "t79"."captured_at" IS NOT NULL AND "t79"."captured_at" <= "t79"."published_at")
                                                        )[1] AS "before",
                                                        (
                                                          ARRAY_AGG(
                                                            CASE "t79"."provenance"
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END ORDER BY "t79"."captured_at" DESC NULLS LAST
                                                          ) FILTER(WHERE
                                                            "t79"."captured_at" IS NOT NULL AND "t79"."captured_at" <= "t79"."published_at")
                                                        )[1] AS "before_rank",
                                                        (
                                                          ARRAY_AGG("t79"."followers" ORDER BY "t79"."captured_at" ASC) FILTER(WHERE
                                                            "t79"."captured_at" IS NOT NULL
                                                            AND NOT (
                                                              "t79"."captured_at" <= "t79"."published_at"
                                                            ))
                                                        )[1] AS "after",
                                                        (
                                                          ARRAY_AGG(
                                                            CASE "t79"."provenance"
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END ORDER BY "t79"."captured_at" ASC
                                                          ) FILTER(WHERE
                                                            "t79"."captured_at" IS NOT NULL
                                                            AND NOT (
                                                              "t79"."captured_at" <= "t79"."published_at"
                                                            ))
                                                        )[1] AS "after_rank"
                                                      FROM (
                                                        SELECT
                                                          "t48"."post_id",
                                                          "t48"."account_id",
                                                          "t48"."published_at",
                                                          "t25"."id",
                                                          "t25"."captured_at",
                                                          "t25"."followers",
                                                          "t25"."source",
                                                          "t25"."provenance"
                                                        FROM (
                                                          SELECT
                                                            "t10"."id" AS "post_id",
                                                            "t10"."account_id",
                                                            "t10"."published_at"
                                                          FROM "post" AS "t10"
                                                          WHERE
                                                            "t10"."campaign_id" IS NOT NULL AND "t10"."campaign_id" IN (1)
                                                        ) AS "t48"
                                                        INNER JOIN "follower_snapshot" AS "t25"
                                                          ON "t48"."account_id" = "t25"."account_id"
                                                      ) AS "t79"
                                                      GROUP BY
                                                        1
                                                    ) AS "t105"
                                                  ) AS "t124"
                                                    ON "t100"."post_id" = "t124"."post_id"
                                                ) AS "t137"
                                              ) AS "t146"
                                            ) AS "t159"
                                          ) AS "t163"
                                        ) AS "t165"
                                      ) AS "t171"
                                      WHERE
                                        "t127"."campaign_id" = "t171"."campaign_id"
                                        AND "t127"."influencer_id" = "t171"."influencer_id"
                                    )
                                ) AS "t176"
                              ) AS "t179"
                            ) AS "t184"
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
                                  "t97"."campaign_id",
                                  "t97"."campaign",
                                  "t97"."influencer_id",
                                  CAST("t17"."name" AS VARCHAR) AS "influencer",
                                  "t97"."incurred_on" AS "day",
                                  "t97"."amount" AS "cost"
                                FROM "t75" AS "t97"
                                LEFT OUTER JOIN "influencer" AS "t17"
                                  ON "t97"."influencer_id" = "t17"."id"
                                WHERE
                                  NOT EXISTS(
                                    SELECT
                                      1
                                    FROM (
                                      SELECT
                                        "t91"."campaign_id",
                                        "t91"."campaign",
                                        "t91"."influencer_id",
                                        "t91"."influencer",
                                        "t91"."account_id",
                                        "t91"."platform",
                                        "t91"."format",
                                        "t91"."post_id",
                                        "t91"."day",
                                        "t91"."country",
                                        "t91"."caption",
                                        "t91"."sponsored",
                                        COUNT("t91"."post_id") OVER (
                                          PARTITION BY "t91"."campaign_id", "t91"."influencer_id"
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        ) AS "n_posts"
                                      FROM "t77" AS "t91"
                                    ) AS "t112"
                                    WHERE
                                      "t97"."campaign_id" = "t112"."campaign_id"
                                      AND "t97"."influencer_id" = "t112"."influencer_id"
                                  )
                              ) AS "t122"
                            ) AS "t131"
                          ) AS "t186"
                          UNION ALL
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t62"."campaign_id",
                              "t62"."campaign",
                              CAST(NULL AS BIGINT) AS "influencer_id",
                              CAST(NULL AS VARCHAR) AS "influencer",
                              CAST(NULL AS BIGINT) AS "account_id",
                              "t62"."platform",
                              CAST(NULL AS VARCHAR) AS "format",
                              CAST(NULL AS BIGINT) AS "post_id",
                              "t62"."day",
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
                              "t62"."mentions",
                              "t62"."brand_mentions",
                              "t62"."mention_engagements",
                              "t62"."brand_mention_engagements",
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
                                CAST("t14"."id" AS BIGINT) AS "campaign_id",
                                CAST("t14"."name" AS VARCHAR) AS "campaign",
                                CAST("t20"."platform" AS VARCHAR) AS "platform",
                                "t20"."mentioned_on" AS "day",
                                CAST(1 AS DOUBLE PRECISION) AS "mentions",
                                CAST(CASE WHEN "t20"."own" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "brand_mentions",
                                "t20"."engagements" AS "mention_engagements",
                                CAST(CASE WHEN "t20"."own" THEN 1 ELSE 0 END AS DOUBLE PRECISION) * "t20"."engagements" AS "brand_mention_engagements"
                              FROM "mention" AS "t20"
                              INNER JOIN "campaign" AS "t14"
                                ON "t20"."workspace_id" = "t14"."workspace_id"
                                AND "t20"."mentioned_on" >= "t14"."start_date"
                                AND "t20"."mentioned_on" <= "t14"."end_date"
                            ) AS "t62"
                          ) AS "t73"
                        ) AS "t187"
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t178"."campaign_id",
                            "t178"."campaign",
                            "t178"."influencer_id",
                            "t178"."influencer",
                            "t178"."account_id",
                            "t178"."platform",
                            CAST(NULL AS VARCHAR) AS "format",
                            CAST(NULL AS BIGINT) AS "post_id",
                            "t178"."day",
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
                              WHEN "t178"."is_brand" = FALSE
                              THEN "t178"."start_followers"
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END AS "followers_start",
                            CASE
                              WHEN "t178"."is_brand" = FALSE
                              THEN CASE
                                WHEN "t178"."end_seen_at" > "t178"."start_seen_at"
                                THEN "t178"."end_followers" - "t178"."start_followers"
                                ELSE CAST(NULL AS DOUBLE PRECISION)
                              END
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END AS "followers_gained",
                            CASE
                              WHEN "t178"."is_brand" = FALSE
                              THEN CASE
                                WHEN "t178"."end_seen_at" > "t178"."start_seen_at"
                                THEN (
                                  CAST((
                                    "t178"."start_followers" - "t178"."before_followers"
                                  ) AS DOUBLE PRECISION) / NULLIF(CAST("t178"."start_seen_at" - "t178"."before_seen_at" AS DOUBLE PRECISION), 0)
                                ) * (
                                  "t178"."end_seen_at" - "t178"."start_seen_at"
                                )
                                ELSE CAST(NULL AS DOUBLE PRECISION)
                              END
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END AS "followers_expected_gain",
                            CAST(CASE
                              WHEN "t178"."is_brand" = FALSE
                              THEN "t178"."start_rank"
                              ELSE CAST(NULL AS SMALLINT)
                            END AS BIGINT) AS "followers_start__provenance",
                            CASE
                              WHEN "t178"."is_brand" = FALSE
                              THEN CASE
                                WHEN "t178"."end_seen_at" > "t178"."start_seen_at"
                                THEN NULLIF(GREATEST(COALESCE("t178"."start_rank", -1), COALESCE("t178"."end_rank", -1)), -1)
                                ELSE CAST(NULL AS BIGINT)
                              END
                              ELSE CAST(NULL AS BIGINT)
                            END AS "followers_gained__provenance",
                            CASE
                              WHEN "t178"."is_brand" = FALSE
                              THEN CASE
                                WHEN CASE
                                  WHEN "t178"."end_seen_at" > "t178"."start_seen_at"
                                  THEN (
                                    CAST((
                                      "t178"."start_followers" - "t178"."before_followers"
                                    ) AS DOUBLE PRECISION) / NULLIF(CAST("t178"."start_seen_at" - "t178"."before_seen_at" AS DOUBLE PRECISION), 0)
                                  ) * (
                                    "t178"."end_seen_at" - "t178"."start_seen_at"
                                  )
                                  ELSE CAST(NULL AS DOUBLE PRECISION)
                                END IS NOT NULL
                                THEN NULLIF(
                                  GREATEST(
                                    COALESCE(
                                      CASE
                                        WHEN "t178"."end_seen_at" > "t178"."start_seen_at"
                                        THEN NULLIF(GREATEST(COALESCE("t178"."start_rank", -1), COALESCE("t178"."end_rank", -1)), -1)
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      -1
                                    ),
                                    COALESCE("t178"."before_rank", -1)
                                  ),
                                  -1
                                )
                                ELSE CAST(NULL AS BIGINT)
                              END
                              ELSE CAST(NULL AS BIGINT)
                            END AS "followers_expected_gain__provenance",
                            CASE
                              WHEN "t178"."is_brand" = TRUE
                              THEN "t178"."start_followers"
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END AS "brand_followers_start",
                            CASE
                              WHEN "t178"."is_brand" = TRUE
                              THEN CASE
                                WHEN "t178"."end_seen_at" > "t178"."start_seen_at"
                                THEN "t178"."end_followers" - "t178"."start_followers"
                                ELSE CAST(NULL AS DOUBLE PRECISION)
                              END
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END AS "brand_followers_gained",
                            CASE
                              WHEN "t178"."is_brand" = TRUE
                              THEN CASE
                                WHEN "t178"."end_seen_at" > "t178"."start_seen_at"
                                THEN (
                                  CAST((
                                    "t178"."start_followers" - "t178"."before_followers"
                                  ) AS DOUBLE PRECISION) / NULLIF(CAST("t178"."start_seen_at" - "t178"."before_seen_at" AS DOUBLE PRECISION), 0)
                                ) * (
                                  "t178"."end_seen_at" - "t178"."start_seen_at"
                                )
                                ELSE CAST(NULL AS DOUBLE PRECISION)
                              END
                              ELSE CAST(NULL AS DOUBLE PRECISION)
                            END AS "brand_followers_expected_gain",
                            CAST(CASE
                              WHEN "t178"."is_brand" = TRUE
                              THEN "t178"."start_rank"
                              ELSE CAST(NULL AS SMALLINT)
                            END AS BIGINT) AS "brand_followers_start__provenance",
                            CASE
                              WHEN "t178"."is_brand" = TRUE
                              THEN CASE
                                WHEN "t178"."end_seen_at" > "t178"."start_seen_at"
                                THEN NULLIF(GREATEST(COALESCE("t178"."start_rank", -1), COALESCE("t178"."end_rank", -1)), -1)
                                ELSE CAST(NULL AS BIGINT)
                              END
                              ELSE CAST(NULL AS BIGINT)
                            END AS "brand_followers_gained__provenance",
                            CASE
                              WHEN "t178"."is_brand" = TRUE
                              THEN CASE
                                WHEN CASE
                                  WHEN "t178"."end_seen_at" > "t178"."start_seen_at"
                                  THEN (
                                    CAST((
                                      "t178"."start_followers" - "t178"."before_followers"
                                    ) AS DOUBLE PRECISION) / NULLIF(CAST("t178"."start_seen_at" - "t178"."before_seen_at" AS DOUBLE PRECISION), 0)
                                  ) * (
                                    "t178"."end_seen_at" - "t178"."start_seen_at"
                                  )
                                  ELSE CAST(NULL AS DOUBLE PRECISION)
                                END IS NOT NULL
                                THEN NULLIF(
                                  GREATEST(
                                    COALESCE(
                                      CASE
                                        WHEN "t178"."end_seen_at" > "t178"."start_seen_at"
                                        THEN NULLIF(GREATEST(COALESCE("t178"."start_rank", -1), COALESCE("t178"."end_rank", -1)), -1)
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      -1
                                    ),
                                    COALESCE("t178"."before_rank", -1)
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
                              "t154"."before_followers",
                              "t154"."before_seen_at",
                              "t154"."before_rank"
                            FROM (
                              SELECT
                                "t162"."campaign_id",
                                "t162"."campaign",
                                "t162"."influencer_id",
                                "t162"."influencer",
                                "t162"."account_id",
                                "t162"."platform",
                                "t162"."is_brand",
                                "t162"."day",
                                "t162"."start_at",
                                "t162"."end_at",
                                "t162"."start_followers",
                                "t162"."start_seen_at",
                                "t162"."start_rank",
                                "t153"."end_followers",
                                "t153"."end_seen_at",
                                "t153"."end_rank"
                              FROM (
                                SELECT
                                  "t134"."campaign_id",
                                  "t134"."campaign",
                                  "t134"."influencer_id",
                                  "t134"."influencer",
                                  "t134"."account_id",
                                  "t134"."platform",
                                  "t134"."is_brand",
                                  "t134"."day",
                                  "t134"."start_at",
                                  "t134"."end_at",
                                  "t156"."start_followers",
                                  "t156"."start_seen_at",
                                  "t156"."start_rank"
                                FROM (
                                  SELECT
                                    "t114"."campaign_id",
                                    CAST("t14"."name" AS VARCHAR) AS "campaign",
                                    CAST("t18"."id" AS BIGINT) AS "influencer_id",
                                    CAST("t18"."name" AS VARCHAR) AS "influencer",
                                    "t114"."account_id",
                                    CAST("t24"."platform" AS VARCHAR) AS "platform",
                                    "t114"."is_brand",
                                    "t14"."end_date" AS "day",
                                    EXTRACT('epoch' FROM CAST("t14"."start_date" AS TIMESTAMPTZ)) AS "start_at",
                                    EXTRACT('epoch' FROM CAST("t14"."end_date" AS TIMESTAMPTZ)) + 86400 AS "end_at"
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        "t99"."campaign_id",
                                        "t99"."account_id",
                                        FALSE AS "is_brand"
                                      FROM (
                                        SELECT DISTINCT
                                          "t85"."campaign_id",
                                          "t85"."account_id"
                                        FROM (
                                          SELECT
                                            CAST("t46"."campaign_id" AS BIGINT) AS "campaign_id",
                                            CAST("t15"."name" AS VARCHAR) AS "campaign",
                                            CAST("t43"."id" AS BIGINT) AS "influencer_id",
                                            CAST("t43"."name" AS VARCHAR) AS "influencer",
                                            CAST("t23"."id" AS BIGINT) AS "account_id",
                                            CAST("t23"."platform" AS VARCHAR) AS "platform",
                                            CAST("t46"."format" AS VARCHAR) AS "format",
                                            CAST("t46"."id" AS BIGINT) AS "post_id",
                                            "t46"."published_on" AS "day",
                                            "t43"."country",
                                            CAST("t46"."caption" AS VARCHAR) AS "caption",
                                            "t46"."sponsored"
                                          FROM (
                                            SELECT
                                              *
                                            FROM "post" AS "t10"
                                            WHERE
                                              "t10"."campaign_id" IS NOT NULL
                                          ) AS "t46"
                                          INNER JOIN "account" AS "t23"
                                            ON "t46"."account_id" = "t23"."id"
                                          INNER JOIN (
                                            SELECT
                                              *
                                            FROM "influencer" AS "t2"
                                            WHERE
                                              NOT (
                                                "t2"."is_brand"
                                              )
                                          ) AS "t43"
                                            ON "t23"."influencer_id" = "t43"."id"
                                          INNER JOIN "campaign" AS "t15"
                                            ON "t46"."campaign_id" = "t15"."id"
                                        ) AS "t85"
                                      ) AS "t99"
                                    ) AS "t104"
                                    UNION ALL
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        CAST("t16"."id" AS BIGINT) AS "campaign_id",
                                        CAST("t24"."id" AS BIGINT) AS "account_id",
                                        TRUE AS "is_brand"
                                      FROM "campaign" AS "t16"
                                      INNER JOIN (
                                        SELECT
                                          *
                                        FROM "influencer" AS "t2"
                                        WHERE
                                          "t2"."is_brand"
                                      ) AS "t32"
                                        ON "t32"."workspace_id" = "t16"."workspace_id"
                                      INNER JOIN "account" AS "t24"
                                        ON "t24"."influencer_id" = "t32"."id"
                                    ) AS "t65"
                                  ) AS "t114"
                                  INNER JOIN "campaign" AS "t14"
                                    ON "t114"."campaign_id" = "t14"."id"
                                  INNER JOIN "account" AS "t24"
                                    ON "t114"."account_id" = "t24"."id"
                                  INNER JOIN "influencer" AS "t18"
                                    ON "t24"."influencer_id" = "t18"."id"
                                ) AS "t134"
                                INNER JOIN (
                                  SELECT
                                    "t150"."campaign_id",
                                    "t150"."account_id",
                                    CAST("t150"."followers" AS DOUBLE PRECISION) AS "start_followers",
                                    "t150"."at" AS "start_seen_at",
                                    "t150"."rank" AS "start_rank"
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
                                      "t145"."followers",
                                      "t145"."at",
                                      "t145"."rank",
                                      ROW_NUMBER() OVER (
                                        PARTITION BY "t145"."campaign_id", "t145"."account_id"
                                        ORDER BY CASE WHEN "t145"."at" <= "t145"."start_at" THEN 0 ELSE 1 END ASC, ABS("t145"."at" - "t145"."start_at") ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                      ) - 1 AS "order"
                                    FROM "t144" AS "t145"
                                  ) AS "t150"
                                  WHERE
                                    "t150"."order" = 0
                                ) AS "t156"
                                  ON "t134"."campaign_id" = "t156"."campaign_id"
                                  AND "t134"."account_id" = "t156"."account_id"
                              ) AS "t162"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t148"."campaign_id",
                                  "t148"."account_id",
                                  CAST("t148"."followers" AS DOUBLE PRECISION) AS "end_followers",
                                  "t148"."at" AS "end_seen_at",
                                  "t148"."rank" AS "end_rank"
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
                                    "t145"."followers",
                                    "t145"."at",
                                    "t145"."rank",
                                    ROW_NUMBER() OVER (
                                      PARTITION BY "t145"."campaign_id", "t145"."account_id"
                                      ORDER BY "t145"."at" DESC NULLS LAST
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    ) - 1 AS "order"
                                  FROM "t144" AS "t145"
                                ) AS "t148"
                                WHERE
                                  "t148"."order" = 0
                              ) AS "t153"
                                ON "t162"."campaign_id" = "t153"."campaign_id"
                                AND "t162"."account_id" = "t153"."account_id"
                            ) AS "t175"
                            LEFT OUTER JOIN (
                              SELECT
                                "t149"."campaign_id",
                                "t149"."account_id",
                                CAST("t149"."followers" AS DOUBLE PRECISION) AS "before_followers",
                                "t149"."at" AS "before_seen_at",
                                "t149"."rank" AS "before_rank"
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
                                  "t147"."followers",
                                  "t147"."at",
                                  "t147"."rank",
                                  ROW_NUMBER() OVER (
                                    PARTITION BY "t147"."campaign_id", "t147"."account_id"
                                    ORDER BY "t147"."at" DESC NULLS LAST
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  ) - 1 AS "order"
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t134"."campaign_id",
                                      "t134"."campaign",
                                      "t134"."influencer_id",
                                      "t134"."influencer",
                                      "t134"."account_id",
                                      "t134"."platform",
                                      "t134"."is_brand",
                                      "t134"."day",
                                      "t134"."start_at",
                                      "t134"."end_at",
                                      "t56"."followers",
                                      "t56"."at",
                                      "t56"."rank"
                                    FROM (
                                      SELECT
                                        "t114"."campaign_id",
                                        CAST("t14"."name" AS VARCHAR) AS "campaign",
                                        CAST("t18"."id" AS BIGINT) AS "influencer_id",
                                        CAST("t18"."name" AS VARCHAR) AS "influencer",
                                        "t114"."account_id",
                                        CAST("t24"."platform" AS VARCHAR) AS "platform",
                                        "t114"."is_brand",
                                        "t14"."end_date" AS "day",
                                        EXTRACT('epoch' FROM CAST("t14"."start_date" AS TIMESTAMPTZ)) AS "start_at",
                                        EXTRACT('epoch' FROM CAST("t14"."end_date" AS TIMESTAMPTZ)) + 86400 AS "end_at"
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            "t99"."campaign_id",
                                            "t99"."account_id",
                                            FALSE AS "is_brand"
                                          FROM (
                                            SELECT DISTINCT
                                              "t85"."campaign_id",
                                              "t85"."account_id"
                                            FROM (
                                              SELECT
                                                CAST("t46"."campaign_id" AS BIGINT) AS "campaign_id",
                                                CAST("t15"."name" AS VARCHAR) AS "campaign",
                                                CAST("t43"."id" AS BIGINT) AS "influencer_id",
                                                CAST("t43"."name" AS VARCHAR) AS "influencer",
                                                CAST("t23"."id" AS BIGINT) AS "account_id",
                                                CAST("t23"."platform" AS VARCHAR) AS "platform",
                                                CAST("t46"."format" AS VARCHAR) AS "format",
                                                CAST("t46"."id" AS BIGINT) AS "post_id",
                                                "t46"."published_on" AS "day",
                                                "t43"."country",
                                                CAST("t46"."caption" AS VARCHAR) AS "caption",
                                                "t46"."sponsored"
                                              FROM (
                                                SELECT
                                                  *
                                                FROM "post" AS "t10"
                                                WHERE
                                                  "t10"."campaign_id" IS NOT NULL
                                              ) AS "t46"
                                              INNER JOIN "account" AS "t23"
                                                ON "t46"."account_id" = "t23"."id"
                                              INNER JOIN (
                                                SELECT
                                                  *
                                                FROM "influencer" AS "t2"
                                                WHERE
                                                  NOT (
                                                    "t2"."is_brand"
                                                  )
                                              ) AS "t43"
                                                ON "t23"."influencer_id" = "t43"."id"
                                              INNER JOIN "campaign" AS "t15"
                                                ON "t46"."campaign_id" = "t15"."id"
                                            ) AS "t85"
                                          ) AS "t99"
                                        ) AS "t104"
                                        UNION ALL
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            CAST("t16"."id" AS BIGINT) AS "campaign_id",
                                            CAST("t24"."id" AS BIGINT) AS "account_id",
                                            TRUE AS "is_brand"
                                          FROM "campaign" AS "t16"
                                          INNER JOIN (
                                            SELECT
                                              *
                                            FROM "influencer" AS "t2"
                                            WHERE
                                              "t2"."is_brand"
                                          ) AS "t32"
                                            ON "t32"."workspace_id" = "t16"."workspace_id"
                                          INNER JOIN "account" AS "t24"
                                            ON "t24"."influencer_id" = "t32"."id"
                                        ) AS "t65"
                                      ) AS "t114"
                                      INNER JOIN "campaign" AS "t14"
                                        ON "t114"."campaign_id" = "t14"."id"
                                      INNER JOIN "account" AS "t24"
                                        ON "t114"."account_id" = "t24"."id"
                                      INNER JOIN "influencer" AS "t18"
                                        ON "t24"."influencer_id" = "t18"."id"
                                    ) AS "t134"
                                    INNER JOIN (
                                      SELECT
                                        CAST("t12"."account_id" AS BIGINT) AS "account_id",
                                        "t12"."followers",
                                        EXTRACT('epoch' FROM CAST("t12"."captured_at" AS TIMESTAMPTZ)) AS "at",
                                        CASE "t12"."provenance"
                                          WHEN 'measured'
                                          THEN 0
                                          WHEN 'self_reported'
                                          THEN 1
                                          WHEN 'estimated'
                                          THEN 2
                                          ELSE 2
                                        END AS "rank"
                                      FROM "follower_snapshot" AS "t12"
                                    ) AS "t56"
                                      ON "t134"."account_id" = "t56"."account_id"
                                  ) AS "t143"
                                  WHERE
                                    "t143"."at" <= (
                                      "t143"."start_at" - (
                                        "t143"."end_at" - "t143"."start_at"
                                      )
                                    )
                                ) AS "t147"
                              ) AS "t149"
                              WHERE
                                "t149"."order" = 0
                            ) AS "t154"
                              ON "t175"."campaign_id" = "t154"."campaign_id"
                              AND "t175"."account_id" = "t154"."account_id"
                          ) AS "t178"
                        ) AS "t185"
                      ) AS "t188"
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t60"."campaign_id",
                          "t60"."campaign",
                          "t60"."influencer_id",
                          "t60"."influencer",
                          CAST(NULL AS BIGINT) AS "account_id",
                          CAST(NULL AS VARCHAR) AS "platform",
                          CAST(NULL AS VARCHAR) AS "format",
                          CAST(NULL AS BIGINT) AS "post_id",
                          "t60"."day",
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
                          "t60"."influencers_contacted",
                          "t60"."influencers_interested",
                          "t60"."posts_contracted",
                          "t60"."products_sent",
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
                            CAST("t19"."campaign_id" AS BIGINT) AS "campaign_id",
                            CAST("t14"."name" AS VARCHAR) AS "campaign",
                            CAST("t19"."influencer_id" AS BIGINT) AS "influencer_id",
                            CAST("t17"."name" AS VARCHAR) AS "influencer",
                            "t14"."start_date" AS "day",
                            CAST(1 AS DOUBLE PRECISION) AS "influencers_contacted",
                            CAST(CASE WHEN "t19"."status" IN ('interested', 'activated') THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "influencers_interested",
                            CAST("t19"."posts_contracted" AS DOUBLE PRECISION) AS "posts_contracted",
                            CAST("t19"."products_sent" AS DOUBLE PRECISION) AS "products_sent"
                          FROM "roster" AS "t19"
                          INNER JOIN "campaign" AS "t14"
                            ON "t19"."campaign_id" = "t14"."id"
                          INNER JOIN "influencer" AS "t17"
                            ON "t19"."influencer_id" = "t17"."id"
                        ) AS "t60"
                      ) AS "t72"
                    ) AS "t189"
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t103"."campaign_id",
                        "t103"."campaign",
                        "t103"."influencer_id",
                        "t103"."influencer",
                        CAST(NULL AS BIGINT) AS "account_id",
                        "t103"."platform",
                        CAST(NULL AS VARCHAR) AS "format",
                        "t103"."post_id",
                        "t103"."day",
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
                        "t103"."link_clicks",
                        "t103"."unique_link_clicks",
                        "t103"."bot_link_clicks",
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
                          "t83"."campaign_id",
                          "t83"."influencer_id",
                          "t83"."post_id",
                          "t83"."platform",
                          "t83"."day",
                          "t83"."link_clicks",
                          "t83"."unique_link_clicks",
                          "t83"."bot_link_clicks",
                          CAST("t14"."name" AS VARCHAR) AS "campaign",
                          CAST("t17"."name" AS VARCHAR) AS "influencer"
                        FROM (
                          SELECT
                            CAST("t22"."campaign_id" AS BIGINT) AS "campaign_id",
                            CAST("t22"."influencer_id" AS BIGINT) AS "influencer_id",
                            CAST("t22"."post_id" AS BIGINT) AS "post_id",
                            CAST("t22"."platform" AS VARCHAR) AS "platform",
                            DATE("t21"."clicked_at") AS "day",
                            CAST(CASE WHEN NOT (
                              "t21"."is_bot"
                            ) THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "link_clicks",
                            CAST(CASE WHEN NOT (
                              "t21"."is_bot"
                            ) AND "t21"."is_unique" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "unique_link_clicks",
                            CAST(CASE WHEN "t21"."is_bot" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "bot_link_clicks"
                          FROM "click" AS "t21"
                          INNER JOIN "link" AS "t22"
                            ON "t21"."link_id" = "t22"."id"
                        ) AS "t83"
                        INNER JOIN "campaign" AS "t14"
                          ON "t83"."campaign_id" = "t14"."id"
                        LEFT OUTER JOIN "influencer" AS "t17"
                          ON "t83"."influencer_id" = "t17"."id"
                      ) AS "t103"
                    ) AS "t110"
                  ) AS "t190"
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
                      "t88"."platform",
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
                      CAST(NULL AS DOUBLE PRECISION) AS "influencers_contacted",
                      CAST(NULL AS DOUBLE PRECISION) AS "influencers_interested",
                      CAST(NULL AS DOUBLE PRECISION) AS "posts_contracted",
                      CAST(NULL AS DOUBLE PRECISION) AS "products_sent",
                      CAST(NULL AS DOUBLE PRECISION) AS "link_clicks",
                      CAST(NULL AS DOUBLE PRECISION) AS "unique_link_clicks",
                      CAST(NULL AS DOUBLE PRECISION) AS "bot_link_clicks",
                      "t88"."sessions",
                      "t88"."new_users",
                      "t88"."engaged_sessions",
                      "t88"."bounced_sessions",
                      "t88"."session_seconds",
                      "t88"."page_views",
                      "t88"."key_events",
                      CAST(NULL AS DOUBLE PRECISION) AS "orders",
                      CAST(NULL AS DOUBLE PRECISION) AS "revenue",
                      CAST(NULL AS DOUBLE PRECISION) AS "new_customers",
                      CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                    FROM (
                      SELECT
                        "t61"."campaign_id",
                        "t61"."influencer_id",
                        "t61"."platform",
                        "t61"."day",
                        "t61"."sessions",
                        "t61"."new_users",
                        "t61"."engaged_sessions",
                        "t61"."bounced_sessions",
                        "t61"."session_seconds",
                        "t61"."page_views",
                        "t61"."key_events",
                        CAST("t14"."name" AS VARCHAR) AS "campaign",
                        CAST("t17"."name" AS VARCHAR) AS "influencer"
                      FROM (
                        SELECT
                          CAST("t5"."campaign_id" AS BIGINT) AS "campaign_id",
                          CAST("t5"."influencer_id" AS BIGINT) AS "influencer_id",
                          LOWER("t5"."utm_source") AS "platform",
                          "t5"."day",
                          CAST("t5"."sessions" AS DOUBLE PRECISION) AS "sessions",
                          CAST("t5"."new_users" AS DOUBLE PRECISION) AS "new_users",
                          CAST("t5"."engaged_sessions" AS DOUBLE PRECISION) AS "engaged_sessions",
                          CAST("t5"."sessions" - "t5"."engaged_sessions" AS DOUBLE PRECISION) AS "bounced_sessions",
                          CAST("t5"."duration_seconds" AS DOUBLE PRECISION) AS "session_seconds",
                          CAST("t5"."page_views" AS DOUBLE PRECISION) AS "page_views",
                          CAST("t5"."key_events" AS DOUBLE PRECISION) AS "key_events"
                        FROM "web_traffic" AS "t5"
                        WHERE
                          "t5"."campaign_id" IS NOT NULL
                      ) AS "t61"
                      INNER JOIN "campaign" AS "t14"
                        ON "t61"."campaign_id" = "t14"."id"
                      LEFT OUTER JOIN "influencer" AS "t17"
                        ON "t61"."influencer_id" = "t17"."id"
                    ) AS "t88"
                  ) AS "t102"
                ) AS "t191"
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    "t101"."campaign_id",
                    "t101"."campaign",
                    "t101"."influencer_id",
                    "t101"."influencer",
                    CAST(NULL AS BIGINT) AS "account_id",
                    "t101"."platform",
                    CAST(NULL AS VARCHAR) AS "format",
                    CAST(NULL AS BIGINT) AS "post_id",
                    "t101"."day",
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
                    "t101"."orders",
                    "t101"."revenue",
                    "t101"."new_customers",
                    CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                  FROM (
                    SELECT
                      "t71"."campaign_id",
                      "t71"."influencer_id",
                      "t71"."platform",
                      "t71"."day",
                      "t71"."orders",
                      "t71"."revenue",
                      "t71"."new_customers",
                      CAST("t14"."name" AS VARCHAR) AS "campaign",
                      CAST("t17"."name" AS VARCHAR) AS "influencer"
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
                    ) AS "t71"
                    INNER JOIN "campaign" AS "t14"
                      ON "t71"."campaign_id" = "t14"."id"
                    LEFT OUTER JOIN "influencer" AS "t17"
                      ON "t71"."influencer_id" = "t17"."id"
                  ) AS "t101"
                ) AS "t106"
              ) AS "t192"
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
              ) AS "t68"
            ) AS "t195"
            LEFT OUTER JOIN (
              SELECT
                "t133"."campaign_id",
                "t133"."rate" AS "emv_rate"
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
                    "t119"."campaign_id",
                    "t119"."rate"
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
                        "t51"."campaign_id",
                        "t51"."start",
                        "t64"."rate",
                        EXTRACT('epoch' FROM CAST("t64"."valid_on" AS TIMESTAMPTZ)) AS "valid"
                      FROM (
                        SELECT
                          CAST("t0"."id" AS BIGINT) AS "campaign_id",
                          "t0"."currency",
                          EXTRACT('epoch' FROM CAST("t0"."start_date" AS TIMESTAMPTZ)) AS "start"
                        FROM "campaign" AS "t0"
                      ) AS "t51"
                      INNER JOIN (
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t1"."quote",
                            "t1"."valid_on",
                            CAST("t1"."rate" AS DOUBLE PRECISION) AS "rate"
                          FROM "exchange_rate" AS "t1"
                          WHERE
                            "t1"."base" = 'EUR'
                        ) AS "t30"
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t1"."base" AS "quote",
                            "t1"."valid_on",
                            CAST(1 AS DOUBLE PRECISION) / NULLIF(CAST("t1"."rate" AS DOUBLE PRECISION), 0) AS "rate"
                          FROM "exchange_rate" AS "t1"
                          WHERE
                            "t1"."quote" = 'EUR'
                        ) AS "t53"
                      ) AS "t64"
                        ON "t51"."currency" = "t64"."quote"
                    ) AS "t96"
                  ) AS "t119"
                  WHERE
                    "t119"."order" = 0
                ) AS "t129"
              ) AS "t133"
            ) AS "t141"
              ON "t195"."campaign_id" = "t141"."campaign_id"
          ) AS "t197"
        ) AS "t200"
        LEFT OUTER JOIN (
          SELECT
            "t132"."campaign_id",
            "t132"."rate" AS "paid_rate"
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
                "t118"."campaign_id",
                "t118"."rate"
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
                    "t51"."campaign_id",
                    "t51"."start",
                    "t63"."rate",
                    EXTRACT('epoch' FROM CAST("t63"."valid_on" AS TIMESTAMPTZ)) AS "valid"
                  FROM (
                    SELECT
                      CAST("t0"."id" AS BIGINT) AS "campaign_id",
                      "t0"."currency",
                      EXTRACT('epoch' FROM CAST("t0"."start_date" AS TIMESTAMPTZ)) AS "start"
                    FROM "campaign" AS "t0"
                  ) AS "t51"
                  INNER JOIN (
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t1"."quote",
                        "t1"."valid_on",
                        CAST("t1"."rate" AS DOUBLE PRECISION) AS "rate"
                      FROM "exchange_rate" AS "t1"
                      WHERE
                        "t1"."base" = 'USD'
                    ) AS "t29"
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t1"."base" AS "quote",
                        "t1"."valid_on",
                        CAST(1 AS DOUBLE PRECISION) / NULLIF(CAST("t1"."rate" AS DOUBLE PRECISION), 0) AS "rate"
                      FROM "exchange_rate" AS "t1"
                      WHERE
                        "t1"."quote" = 'USD'
                    ) AS "t52"
                  ) AS "t63"
                    ON "t51"."currency" = "t63"."quote"
                ) AS "t95"
              ) AS "t118"
              WHERE
                "t118"."order" = 0
            ) AS "t128"
          ) AS "t132"
        ) AS "t140"
          ON "t200"."campaign_id" = "t140"."campaign_id"
      ) AS "t202"
      WHERE
        "t202"."campaign_id" IN (1)
        AND (
          (
            "t202"."bot_link_clicks" IS NOT NULL
          )
          OR (
            "t202"."bounced_sessions" IS NOT NULL
          )
          OR (
            "t202"."brand_followers_expected_gain" IS NOT NULL
          )
          OR (
            "t202"."brand_followers_gained" IS NOT NULL
          )
          OR (
            "t202"."brand_followers_start" IS NOT NULL
          )
          OR (
            "t202"."brand_mention_engagements" IS NOT NULL
          )
          OR (
            "t202"."brand_mentions" IS NOT NULL
          )
          OR (
            "t202"."clicks" IS NOT NULL
          )
          OR (
            "t202"."comments" IS NOT NULL
          )
          OR (
            "t202"."cost" IS NOT NULL
          )
          OR (
            "t202"."disclosed_sponsored_posts" IS NOT NULL
          )
          OR (
            "t202"."emv" IS NOT NULL
          )
          OR (
            "t202"."engagements" IS NOT NULL
          )
          OR (
            "t202"."er_followers_post" IS NOT NULL
          )
          OR (
            "t202"."er_impressions_post" IS NOT NULL
          )
          OR (
            "t202"."er_reach_post" IS NOT NULL
          )
          OR (
            "t202"."er_views_post" IS NOT NULL
          )
          OR (
            "t202"."followers" IS NOT NULL
          )
          OR (
            "t202"."followers_expected_gain" IS NOT NULL
          )
          OR (
            "t202"."followers_gained" IS NOT NULL
          )
          OR (
            "t202"."followers_start" IS NOT NULL
          )
          OR (
            "t202"."impressions" IS NOT NULL
          )
          OR (
            "t202"."impressions_with_estimates" IS NOT NULL
          )
          OR (
            "t202"."influencers_contacted" IS NOT NULL
          )
          OR (
            "t202"."influencers_interested" IS NOT NULL
          )
          OR (
            "t202"."key_events" IS NOT NULL
          )
          OR (
            "t202"."key_message_posts" IS NOT NULL
          )
          OR (
            "t202"."key_messages" IS NOT NULL
          )
          OR (
            "t202"."likes" IS NOT NULL
          )
          OR (
            "t202"."link_clicks" IS NOT NULL
          )
          OR (
            "t202"."mention_engagements" IS NOT NULL
          )
          OR (
            "t202"."mentions" IS NOT NULL
          )
          OR (
            "t202"."new_customers" IS NOT NULL
          )
          OR (
            "t202"."new_users" IS NOT NULL
          )
          OR (
            "t202"."orders" IS NOT NULL
          )
          OR (
            "t202"."page_views" IS NOT NULL
          )
          OR (
            (
              CAST("t202"."cost" AS DOUBLE PRECISION) / (
                CASE
                  WHEN "t202"."platform" = 'tiktok'
                  THEN CAST(NULL AS DOUBLE PRECISION)
                  WHEN "t202"."platform" = 'youtube'
                  THEN CAST(NULL AS DOUBLE PRECISION)
                  ELSE 1.88
                END * "t202"."paid_rate"
              )
            ) IS NOT NULL
          )
          OR (
            (
              (
                CAST("t202"."cost" AS DOUBLE PRECISION) / (
                  CASE
                    WHEN "t202"."platform" = 'tiktok'
                    THEN 7.5
                    WHEN "t202"."platform" = 'youtube'
                    THEN 3.53
                    ELSE 19.8
                  END * "t202"."paid_rate"
                )
              ) * 1000
            ) IS NOT NULL
          )
          OR (
            (
              CAST("t202"."cost" AS DOUBLE PRECISION) / (
                CASE
                  WHEN "t202"."platform" = 'youtube'
                  THEN 0.026
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END * "t202"."paid_rate"
              )
            ) IS NOT NULL
          )
          OR (
            "t202"."post_id" IS NOT NULL
          )
          OR (
            "t202"."post_platform" IS NOT NULL
          )
          OR (
            "t202"."posts_contracted" IS NOT NULL
          )
          OR (
            "t202"."products_sent" IS NOT NULL
          )
          OR (
            "t202"."publishing_influencer" IS NOT NULL
          )
          OR (
            "t202"."reach" IS NOT NULL
          )
          OR (
            "t202"."revenue" IS NOT NULL
          )
          OR (
            "t202"."saves" IS NOT NULL
          )
          OR (
            "t202"."session_seconds" IS NOT NULL
          )
          OR (
            "t202"."sessions" IS NOT NULL
          )
          OR (
            "t202"."shares" IS NOT NULL
          )
          OR (
            "t202"."sponsored_posts" IS NOT NULL
          )
          OR (
            "t202"."ugc_post" IS NOT NULL
          )
          OR (
            "t202"."unique_link_clicks" IS NOT NULL
          )
          OR (
            "t202"."views" IS NOT NULL
          )
        )
    ) AS "t203"
    GROUP BY
      1
  ) AS "t206"
  LEFT OUTER JOIN (
    SELECT
      "t208"."week",
      AVG("t208"."er_reach_account_mean") AS "er_reach_account_mean",
      MAX("t208"."er_reach_account_mean__r") FILTER(WHERE
        "t208"."er_reach_account_mean" IS NOT NULL) AS "er_reach_account_mean__provenance",
      PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
        "t208"."er_reach_account_median") AS "er_reach_account_median",
      MAX("t208"."er_reach_account_median__r") FILTER(WHERE
        "t208"."er_reach_account_median" IS NOT NULL) AS "er_reach_account_median__provenance",
      AVG("t208"."er_followers_account_mean") AS "er_followers_account_mean",
      MAX("t208"."er_followers_account_mean__r") FILTER(WHERE
        "t208"."er_followers_account_mean" IS NOT NULL) AS "er_followers_account_mean__provenance",
      PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
        "t208"."er_followers_account_median") AS "er_followers_account_median",
      MAX("t208"."er_followers_account_median__r") FILTER(WHERE
        "t208"."er_followers_account_median" IS NOT NULL) AS "er_followers_account_median__provenance",
      AVG("t208"."er_impressions_account_mean") AS "er_impressions_account_mean",
      MAX("t208"."er_impressions_account_mean__r") FILTER(WHERE
        "t208"."er_impressions_account_mean" IS NOT NULL) AS "er_impressions_account_mean__provenance",
      PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
        "t208"."er_impressions_account_median") AS "er_impressions_account_median",
      MAX("t208"."er_impressions_account_median__r") FILTER(WHERE
        "t208"."er_impressions_account_median" IS NOT NULL) AS "er_impressions_account_median__provenance",
      AVG("t208"."er_views_account_mean") AS "er_views_account_mean",
      MAX("t208"."er_views_account_mean__r") FILTER(WHERE
        "t208"."er_views_account_mean" IS NOT NULL) AS "er_views_account_mean__provenance",
      PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY
        "t208"."er_views_account_median") AS "er_views_account_median",
      MAX("t208"."er_views_account_median__r") FILTER(WHERE
        "t208"."er_views_account_median" IS NOT NULL) AS "er_views_account_median__provenance"
    FROM (
      SELECT
        "t207"."week",
        "t207"."account_id",
        "t207"."er_reach_account_mean__n",
        "t207"."er_reach_account_mean__d",
        "t207"."er_reach_account_median__n",
        "t207"."er_reach_account_median__d",
        "t207"."er_followers_account_mean__n",
        "t207"."er_followers_account_mean__d",
        "t207"."er_followers_account_median__n",
        "t207"."er_followers_account_median__d",
        "t207"."er_impressions_account_mean__n",
        "t207"."er_impressions_account_mean__d",
        "t207"."er_impressions_account_median__n",
        "t207"."er_impressions_account_median__d",
        "t207"."er_views_account_mean__n",
        "t207"."er_views_account_mean__d",
        "t207"."er_views_account_median__n",
        "t207"."er_views_account_median__d",
        "t207"."er_reach_account_mean__r",
        "t207"."er_reach_account_median__r",
        "t207"."er_followers_account_mean__r",
        "t207"."er_followers_account_median__r",
        "t207"."er_impressions_account_mean__r",
        "t207"."er_impressions_account_median__r",
        "t207"."er_views_account_mean__r",
        "t207"."er_views_account_median__r",
        (
          CAST("t207"."er_reach_account_mean__n" AS DOUBLE PRECISION) / NULLIF("t207"."er_reach_account_mean__d", 0)
        ) * 100 AS "er_reach_account_mean",
        (
          CAST("t207"."er_reach_account_median__n" AS DOUBLE PRECISION) / NULLIF("t207"."er_reach_account_median__d", 0)
        ) * 100 AS "er_reach_account_median",
        (
          CAST("t207"."er_followers_account_mean__n" AS DOUBLE PRECISION) / NULLIF("t207"."er_followers_account_mean__d", 0)
        ) * 100 AS "er_followers_account_mean",
        (
          CAST("t207"."er_followers_account_median__n" AS DOUBLE PRECISION) / NULLIF("t207"."er_followers_account_median__d", 0)
        ) * 100 AS "er_followers_account_median",
        (
          CAST("t207"."er_impressions_account_mean__n" AS DOUBLE PRECISION) / NULLIF("t207"."er_impressions_account_mean__d", 0)
        ) * 100 AS "er_impressions_account_mean",
        (
          CAST("t207"."er_impressions_account_median__n" AS DOUBLE PRECISION) / NULLIF("t207"."er_impressions_account_median__d", 0)
        ) * 100 AS "er_impressions_account_median",
        (
          CAST("t207"."er_views_account_mean__n" AS DOUBLE PRECISION) / NULLIF("t207"."er_views_account_mean__d", 0)
        ) * 100 AS "er_views_account_mean",
        (
          CAST("t207"."er_views_account_median__n" AS DOUBLE PRECISION) / NULLIF("t207"."er_views_account_median__d", 0)
        ) * 100 AS "er_views_account_median"
      FROM (
        SELECT
          "t204"."week",
          "t204"."account_id",
          SUM("t204"."engagements") FILTER(WHERE
            (
              "t204"."engagements" IS NOT NULL
            ) AND (
              "t204"."reach" IS NOT NULL
            )) AS "er_reach_account_mean__n",
          SUM("t204"."reach") FILTER(WHERE
            (
              "t204"."engagements" IS NOT NULL
            ) AND (
              "t204"."reach" IS NOT NULL
            )) AS "er_reach_account_mean__d",
          SUM("t204"."engagements") FILTER(WHERE
            (
              "t204"."engagements" IS NOT NULL
            ) AND (
              "t204"."reach" IS NOT NULL
            )) AS "er_reach_account_median__n",
          SUM("t204"."reach") FILTER(WHERE
            (
              "t204"."engagements" IS NOT NULL
            ) AND (
              "t204"."reach" IS NOT NULL
            )) AS "er_reach_account_median__d",
          SUM("t204"."engagements") FILTER(WHERE
            (
              "t204"."engagements" IS NOT NULL
            ) AND (
              "t204"."followers" IS NOT NULL
            )) AS "er_followers_account_mean__n",
          SUM("t204"."followers") FILTER(WHERE
            (
              "t204"."engagements" IS NOT NULL
            ) AND (
              "t204"."followers" IS NOT NULL
            )) AS "er_followers_account_mean__d",
          SUM("t204"."engagements") FILTER(WHERE
            (
              "t204"."engagements" IS NOT NULL
            ) AND (
              "t204"."followers" IS NOT NULL
            )) AS "er_followers_account_median__n",
          SUM("t204"."followers") FILTER(WHERE
            (
              "t204"."engagements" IS NOT NULL
            ) AND (
              "t204"."followers" IS NOT NULL
            )) AS "er_followers_account_median__d",
          SUM("t204"."engagements") FILTER(WHERE
            (
              "t204"."engagements" IS NOT NULL
            ) AND (
              "t204"."impressions" IS NOT NULL
            )) AS "er_impressions_account_mean__n",
          SUM("t204"."impressions") FILTER(WHERE
            (
              "t204"."engagements" IS NOT NULL
            ) AND (
              "t204"."impressions" IS NOT NULL
            )) AS "er_impressions_account_mean__d",
          SUM("t204"."engagements") FILTER(WHERE
            (
              "t204"."engagements" IS NOT NULL
            ) AND (
              "t204"."impressions" IS NOT NULL
            )) AS "er_impressions_account_median__n",
          SUM("t204"."impressions") FILTER(WHERE
            (
              "t204"."engagements" IS NOT NULL
            ) AND (
              "t204"."impressions" IS NOT NULL
            )) AS "er_impressions_account_median__d",
          SUM("t204"."engagements") FILTER(WHERE
            (
              "t204"."engagements" IS NOT NULL
            ) AND (
              "t204"."views" IS NOT NULL
            )) AS "er_views_account_mean__n",
          SUM("t204"."views") FILTER(WHERE
            (
              "t204"."engagements" IS NOT NULL
            ) AND (
              "t204"."views" IS NOT NULL
            )) AS "er_views_account_mean__d",
          SUM("t204"."engagements") FILTER(WHERE
            (
              "t204"."engagements" IS NOT NULL
            ) AND (
              "t204"."views" IS NOT NULL
            )) AS "er_views_account_median__n",
          SUM("t204"."views") FILTER(WHERE
            (
              "t204"."engagements" IS NOT NULL
            ) AND (
              "t204"."views" IS NOT NULL
            )) AS "er_views_account_median__d",
          NULLIF(
            GREATEST(
              COALESCE(
                MAX("t204"."engagements__provenance") FILTER(WHERE
                  (
                    "t204"."engagements" IS NOT NULL
                  ) AND (
                    "t204"."reach" IS NOT NULL
                  )),
                -1
              ),
              COALESCE(
                MAX("t204"."reach__provenance") FILTER(WHERE
                  (
                    "t204"."engagements" IS NOT NULL
                  ) AND (
                    "t204"."reach" IS NOT NULL
                  )),
                -1
              )
            ),
            -1
          ) AS "er_reach_account_mean__r",
          NULLIF(
            GREATEST(
              COALESCE(
                MAX("t204"."engagements__provenance") FILTER(WHERE
                  (
                    "t204"."engagements" IS NOT NULL
                  ) AND (
                    "t204"."reach" IS NOT NULL
                  )),
                -1
              ),
              COALESCE(
                MAX("t204"."reach__provenance") FILTER(WHERE
                  (
                    "t204"."engagements" IS NOT NULL
                  ) AND (
                    "t204"."reach" IS NOT NULL
                  )),
                -1
              )
            ),
            -1
          ) AS "er_reach_account_median__r",
          NULLIF(
            GREATEST(
              COALESCE(
                MAX("t204"."engagements__provenance") FILTER(WHERE
                  (
                    "t204"."engagements" IS NOT NULL
                  ) AND (
                    "t204"."followers" IS NOT NULL
                  )),
                -1
              ),
              COALESCE(
                MAX("t204"."followers__provenance") FILTER(WHERE
                  (
                    "t204"."engagements" IS NOT NULL
                  ) AND (
                    "t204"."followers" IS NOT NULL
                  )),
                -1
              )
            ),
            -1
          ) AS "er_followers_account_mean__r",
          NULLIF(
            GREATEST(
              COALESCE(
                MAX("t204"."engagements__provenance") FILTER(WHERE
                  (
                    "t204"."engagements" IS NOT NULL
                  ) AND (
                    "t204"."followers" IS NOT NULL
                  )),
                -1
              ),
              COALESCE(
                MAX("t204"."followers__provenance") FILTER(WHERE
                  (
                    "t204"."engagements" IS NOT NULL
                  ) AND (
                    "t204"."followers" IS NOT NULL
                  )),
                -1
              )
            ),
            -1
          ) AS "er_followers_account_median__r",
          NULLIF(
            GREATEST(
              COALESCE(
                MAX("t204"."engagements__provenance") FILTER(WHERE
                  (
                    "t204"."engagements" IS NOT NULL
                  ) AND (
                    "t204"."impressions" IS NOT NULL
                  )),
                -1
              ),
              COALESCE(
                MAX("t204"."impressions__provenance") FILTER(WHERE
                  (
                    "t204"."engagements" IS NOT NULL
                  ) AND (
                    "t204"."impressions" IS NOT NULL
                  )),
                -1
              )
            ),
            -1
          ) AS "er_impressions_account_mean__r",
          NULLIF(
            GREATEST(
              COALESCE(
                MAX("t204"."engagements__provenance") FILTER(WHERE
                  (
                    "t204"."engagements" IS NOT NULL
                  ) AND (
                    "t204"."impressions" IS NOT NULL
                  )),
                -1
              ),
              COALESCE(
                MAX("t204"."impressions__provenance") FILTER(WHERE
                  (
                    "t204"."engagements" IS NOT NULL
                  ) AND (
                    "t204"."impressions" IS NOT NULL
                  )),
                -1
              )
            ),
            -1
          ) AS "er_impressions_account_median__r",
          NULLIF(
            GREATEST(
              COALESCE(
                MAX("t204"."engagements__provenance") FILTER(WHERE
                  (
                    "t204"."engagements" IS NOT NULL
                  ) AND (
                    "t204"."views" IS NOT NULL
                  )),
                -1
              ),
              COALESCE(
                MAX("t204"."views__provenance") FILTER(WHERE
                  (
                    "t204"."engagements" IS NOT NULL
                  ) AND (
                    "t204"."views" IS NOT NULL
                  )),
                -1
              )
            ),
            -1
          ) AS "er_views_account_mean__r",
          NULLIF(
            GREATEST(
              COALESCE(
                MAX("t204"."engagements__provenance") FILTER(WHERE
                  (
                    "t204"."engagements" IS NOT NULL
                  ) AND (
                    "t204"."views" IS NOT NULL
                  )),
                -1
              ),
              COALESCE(
                MAX("t204"."views__provenance") FILTER(WHERE
                  (
                    "t204"."engagements" IS NOT NULL
                  ) AND (
                    "t204"."views" IS NOT NULL
                  )),
                -1
              )
            ),
            -1
          ) AS "er_views_account_median__r"
        FROM (
          SELECT
            "t202"."campaign_id",
            "t202"."campaign",
            "t202"."influencer_id",
            "t202"."influencer",
            "t202"."account_id",
            "t202"."platform",
            "t202"."format",
            "t202"."post_id",
            "t202"."day",
            "t202"."reach",
            "t202"."impressions",
            "t202"."views",
            "t202"."likes",
            "t202"."comments",
            "t202"."shares",
            "t202"."saves",
            "t202"."clicks",
            "t202"."reach__provenance",
            "t202"."impressions__provenance",
            "t202"."views__provenance",
            "t202"."likes__provenance",
            "t202"."comments__provenance",
            "t202"."shares__provenance",
            "t202"."saves__provenance",
            "t202"."clicks__provenance",
            "t202"."followers",
            "t202"."followers__provenance",
            "t202"."engagements",
            "t202"."engagements__provenance",
            "t202"."impressions_with_estimates",
            "t202"."impressions_with_estimates__provenance",
            "t202"."er_reach_post",
            "t202"."er_followers_post",
            "t202"."er_impressions_post",
            "t202"."er_views_post",
            "t202"."er_reach_post__provenance",
            "t202"."er_followers_post__provenance",
            "t202"."er_impressions_post__provenance",
            "t202"."er_views_post__provenance",
            "t202"."post_platform",
            "t202"."publishing_influencer",
            "t202"."sponsored_posts",
            "t202"."disclosed_sponsored_posts",
            "t202"."cost",
            "t202"."key_message_posts",
            "t202"."ugc_post",
            "t202"."mentions",
            "t202"."brand_mentions",
            "t202"."mention_engagements",
            "t202"."brand_mention_engagements",
            "t202"."followers_start",
            "t202"."followers_gained",
            "t202"."followers_expected_gain",
            "t202"."followers_start__provenance",
            "t202"."followers_gained__provenance",
            "t202"."followers_expected_gain__provenance",
            "t202"."brand_followers_start",
            "t202"."brand_followers_gained",
            "t202"."brand_followers_expected_gain",
            "t202"."brand_followers_start__provenance",
            "t202"."brand_followers_gained__provenance",
            "t202"."brand_followers_expected_gain__provenance",
            "t202"."influencers_contacted",
            "t202"."influencers_interested",
            "t202"."posts_contracted",
            "t202"."products_sent",
            "t202"."link_clicks",
            "t202"."unique_link_clicks",
            "t202"."bot_link_clicks",
            "t202"."sessions",
            "t202"."new_users",
            "t202"."engaged_sessions",
            "t202"."bounced_sessions",
            "t202"."session_seconds",
            "t202"."page_views",
            "t202"."key_events",
            "t202"."orders",
            "t202"."revenue",
            "t202"."new_customers",
            "t202"."key_messages",
            "t202"."emv_rate",
            "t202"."emv",
            "t202"."emv__provenance",
            "t202"."paid_rate",
            (
              CAST("t202"."cost" AS DOUBLE PRECISION) / (
                CASE
                  WHEN "t202"."platform" = 'tiktok'
                  THEN 7.5
                  WHEN "t202"."platform" = 'youtube'
                  THEN 3.53
                  ELSE 19.8
                END * "t202"."paid_rate"
              )
            ) * 1000 AS "paid_impressions",
            CAST(NULL AS DOUBLE PRECISION) AS "paid_engagements",
            CAST("t202"."cost" AS DOUBLE PRECISION) / (
              CASE
                WHEN "t202"."platform" = 'tiktok'
                THEN CAST(NULL AS DOUBLE PRECISION)
                WHEN "t202"."platform" = 'youtube'
                THEN CAST(NULL AS DOUBLE PRECISION)
                ELSE 1.88
              END * "t202"."paid_rate"
            ) AS "paid_clicks",
            CAST("t202"."cost" AS DOUBLE PRECISION) / (
              CASE
                WHEN "t202"."platform" = 'youtube'
                THEN 0.026
                ELSE CAST(NULL AS DOUBLE PRECISION)
              END * "t202"."paid_rate"
            ) AS "paid_views",
            DATE_TRUNC('WEEK', "t202"."day") AS "week"
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
              "t200"."emv_rate",
              "t200"."emv",
              "t200"."emv__provenance",
              "t140"."paid_rate"
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
                "t197"."followers__provenance",
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
                "t197"."publishing_influencer",
                "t197"."sponsored_posts",
                "t197"."disclosed_sponsored_posts",
                "t197"."cost",
                "t197"."key_message_posts",
                "t197"."ugc_post",
                "t197"."mentions",
                "t197"."brand_mentions",
                "t197"."mention_engagements",
                "t197"."brand_mention_engagements",
                "t197"."followers_start",
                "t197"."followers_gained",
                "t197"."followers_expected_gain",
                "t197"."followers_start__provenance",
                "t197"."followers_gained__provenance",
                "t197"."followers_expected_gain__provenance",
                "t197"."brand_followers_start",
                "t197"."brand_followers_gained",
                "t197"."brand_followers_expected_gain",
                "t197"."brand_followers_start__provenance",
                "t197"."brand_followers_gained__provenance",
                "t197"."brand_followers_expected_gain__provenance",
                "t197"."influencers_contacted",
                "t197"."influencers_interested",
                "t197"."posts_contracted",
                "t197"."products_sent",
                "t197"."link_clicks",
                "t197"."unique_link_clicks",
                "t197"."bot_link_clicks",
                "t197"."sessions",
                "t197"."new_users",
                "t197"."engaged_sessions",
                "t197"."bounced_sessions",
                "t197"."session_seconds",
                "t197"."page_views",
                "t197"."key_events",
                "t197"."orders",
                "t197"."revenue",
                "t197"."new_customers",
                "t197"."key_messages",
                "t197"."emv_rate",
                CASE
                  WHEN (
                    "t197"."post_id" IS NOT NULL
                  )
                  AND (
                    (
                      (
                        CAST((
                          COALESCE("t197"."impressions", "t197"."views") * CASE
                            WHEN "t197"."platform" = 'tiktok'
                            THEN 6.89
                            ELSE CAST(NULL AS DOUBLE PRECISION)
                          END
                        ) AS DOUBLE PRECISION) / 1000
                      ) IS NOT NULL
                    )
                    OR (
                      (
                        CASE
                          WHEN "t197"."platform" = 'instagram'
                          THEN 0.07
                          WHEN "t197"."platform" = 'tiktok'
                          THEN 0.09
                          WHEN "t197"."platform" = 'youtube'
                          THEN 0.08
                          ELSE CAST(NULL AS DOUBLE PRECISION)
                        END * "t197"."likes"
                      ) IS NOT NULL
                    )
                    OR (
                      (
                        CASE
                          WHEN "t197"."platform" = 'instagram'
                          THEN 3.46
                          WHEN "t197"."platform" = 'tiktok'
                          THEN 3.52
                          WHEN "t197"."platform" = 'youtube'
                          THEN 6.99
                          ELSE CAST(NULL AS DOUBLE PRECISION)
                        END * "t197"."comments"
                      ) IS NOT NULL
                    )
                    OR (
                      (
                        CASE
                          WHEN "t197"."platform" = 'tiktok'
                          THEN 1.72
                          ELSE CAST(NULL AS DOUBLE PRECISION)
                        END * "t197"."shares"
                      ) IS NOT NULL
                    )
                  )
                  THEN (
                    COALESCE(
                      CAST((
                        COALESCE("t197"."impressions", "t197"."views") * CASE
                          WHEN "t197"."platform" = 'tiktok'
                          THEN 6.89
                          ELSE CAST(NULL AS DOUBLE PRECISION)
                        END
                      ) AS DOUBLE PRECISION) / 1000,
                      0
                    ) + COALESCE(
                      CASE
                        WHEN "t197"."platform" = 'instagram'
                        THEN 0.07
                        WHEN "t197"."platform" = 'tiktok'
                        THEN 0.09
                        WHEN "t197"."platform" = 'youtube'
                        THEN 0.08
                        ELSE CAST(NULL AS DOUBLE PRECISION)
                      END * "t197"."likes",
                      0
                    ) + COALESCE(
                      CASE
                        WHEN "t197"."platform" = 'instagram'
                        THEN 3.46
                        WHEN "t197"."platform" = 'tiktok'
                        THEN 3.52
                        WHEN "t197"."platform" = 'youtube'
                        THEN 6.99
                        ELSE CAST(NULL AS DOUBLE PRECISION)
                      END * "t197"."comments",
                      0
                    ) + COALESCE(
                      CASE
                        WHEN "t197"."platform" = 'tiktok'
                        THEN 1.72
                        ELSE CAST(NULL AS DOUBLE PRECISION)
                      END * "t197"."shares",
                      0
                    )
                  ) * "t197"."emv_rate"
                  ELSE CAST(NULL AS DOUBLE PRECISION)
                END AS "emv",
                NULLIF(
                  GREATEST(
                    COALESCE("t197"."impressions__provenance", -1),
                    COALESCE("t197"."views__provenance", -1),
                    COALESCE("t197"."engagements__provenance", -1)
                  ),
                  -1
                ) AS "emv__provenance"
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
                  "t195"."followers__provenance",
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
                  "t195"."publishing_influencer",
                  "t195"."sponsored_posts",
                  "t195"."disclosed_sponsored_posts",
                  "t195"."cost",
                  "t195"."key_message_posts",
                  "t195"."ugc_post",
                  "t195"."mentions",
                  "t195"."brand_mentions",
                  "t195"."mention_engagements",
                  "t195"."brand_mention_engagements",
                  "t195"."followers_start",
                  "t195"."followers_gained",
                  "t195"."followers_expected_gain",
                  "t195"."followers_start__provenance",
                  "t195"."followers_gained__provenance",
                  "t195"."followers_expected_gain__provenance",
                  "t195"."brand_followers_start",
                  "t195"."brand_followers_gained",
                  "t195"."brand_followers_expected_gain",
                  "t195"."brand_followers_start__provenance",
                  "t195"."brand_followers_gained__provenance",
                  "t195"."brand_followers_expected_gain__provenance",
                  "t195"."influencers_contacted",
                  "t195"."influencers_interested",
                  "t195"."posts_contracted",
                  "t195"."products_sent",
                  "t195"."link_clicks",
                  "t195"."unique_link_clicks",
                  "t195"."bot_link_clicks",
                  "t195"."sessions",
                  "t195"."new_users",
                  "t195"."engaged_sessions",
                  "t195"."bounced_sessions",
                  "t195"."session_seconds",
                  "t195"."page_views",
                  "t195"."key_events",
                  "t195"."orders",
                  "t195"."revenue",
                  "t195"."new_customers",
                  "t195"."key_messages",
                  "t141"."emv_rate"
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
                                      "t182"."campaign_id",
                                      "t182"."campaign",
                                      "t182"."influencer_id",
                                      "t182"."influencer",
                                      "t182"."account_id",
                                      "t182"."platform",
                                      "t182"."format",
                                      "t182"."post_id",
                                      "t182"."day",
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
                                      CAST("t182"."followers__provenance" AS BIGINT) AS "followers__provenance",
                                      "t182"."engagements",
                                      "t182"."engagements__provenance",
                                      "t182"."impressions_with_estimates",
                                      "t182"."impressions_with_estimates__provenance",
                                      "t182"."er_reach_post",
                                      "t182"."er_followers_post",
                                      "t182"."er_impressions_post",
                                      "t182"."er_views_post",
                                      "t182"."er_reach_post__provenance",
                                      "t182"."er_followers_post__provenance",
                                      "t182"."er_impressions_post__provenance",
                                      "t182"."er_views_post__provenance",
                                      "t182"."post_platform",
                                      CAST("t182"."publishing_influencer" AS DOUBLE PRECISION) AS "publishing_influencer",
                                      "t182"."sponsored_posts",
                                      "t182"."disclosed_sponsored_posts",
                                      "t182"."cost",
                                      "t182"."key_message_posts",
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
                                        "t173"."cost",
                                        "t181"."key_message_posts"
                                      FROM (
                                        SELECT
                                          "t161"."campaign_id",
                                          "t161"."campaign",
                                          "t161"."influencer_id",
                                          "t161"."influencer",
                                          "t161"."account_id",
                                          "t161"."platform",
                                          "t161"."format",
                                          "t161"."post_id",
                                          "t161"."day",
                                          "t161"."country",
                                          "t161"."caption",
                                          "t161"."sponsored",
                                          "t161"."reach",
                                          "t161"."impressions",
                                          "t161"."views",
                                          "t161"."likes",
                                          "t161"."comments",
                                          "t161"."shares",
                                          "t161"."saves",
                                          "t161"."clicks",
                                          "t161"."reach__provenance",
                                          "t161"."impressions__provenance",
                                          "t161"."views__provenance",
                                          "t161"."likes__provenance",
                                          "t161"."comments__provenance",
                                          "t161"."shares__provenance",
                                          "t161"."saves__provenance",
                                          "t161"."clicks__provenance",
                                          "t161"."followers",
                                          "t161"."followers__provenance",
                                          "t161"."engagements",
                                          "t161"."engagements__provenance",
                                          "t161"."impressions_with_estimates",
                                          "t161"."impressions_with_estimates__provenance",
                                          "t161"."er_reach_post",
                                          "t161"."er_followers_post",
                                          "t161"."er_impressions_post",
                                          "t161"."er_views_post",
                                          "t161"."er_reach_post__provenance",
                                          "t161"."er_followers_post__provenance",
                                          "t161"."er_impressions_post__provenance",
                                          "t161"."er_views_post__provenance",
                                          "t161"."post_platform",
                                          "t161"."publishing_influencer",
                                          "t161"."sponsored_posts",
                                          "t161"."disclosed_sponsored_posts",
                                          "t136"."cost"
                                        FROM (
                                          SELECT
                                            "t146"."campaign_id",
                                            "t146"."campaign",
                                            "t146"."influencer_id",
                                            "t146"."influencer",
                                            "t146"."account_id",
                                            "t146"."platform",
                                            "t146"."format",
                                            "t146"."post_id",
                                            "t146"."day",
                                            "t146"."country",
                                            "t146"."caption",
                                            "t146"."sponsored",
                                            "t146"."reach",
                                            "t146"."impressions",
                                            "t146"."views",
                                            "t146"."likes",
                                            "t146"."comments",
                                            "t146"."shares",
                                            "t146"."saves",
                                            "t146"."clicks",
                                            "t146"."reach__provenance",
                                            "t146"."impressions__provenance",
                                            "t146"."views__provenance",
                                            "t146"."likes__provenance",
                                            "t146"."comments__provenance",
                                            "t146"."shares__provenance",
                                            "t146"."saves__provenance",
                                            "t146"."clicks__provenance",
                                            "t146"."followers",
                                            "t146"."followers__provenance",
                                            "t146"."engagements",
                                            "t146"."engagements__provenance",
                                            COALESCE(
                                              COALESCE("t146"."impressions", "t146"."views"),
                                              "t146"."reach" * COALESCE(
                                                CAST(SUM("t146"."impressions") FILTER(WHERE
                                                  (
                                                    "t146"."impressions" IS NOT NULL
                                                  ) AND (
                                                    "t146"."reach" IS NOT NULL
                                                  )) OVER (
                                                  PARTITION BY "t146"."campaign_id", "t146"."platform"
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ) AS DOUBLE PRECISION) / NULLIF(
                                                  SUM("t146"."reach") FILTER(WHERE
                                                    (
                                                      "t146"."impressions" IS NOT NULL
                                                    ) AND (
                                                      "t146"."reach" IS NOT NULL
                                                    )) OVER (
                                                    PARTITION BY "t146"."campaign_id", "t146"."platform"
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  ),
                                                  0
                                                ),
                                                CAST(1 AS DOUBLE PRECISION)
                                              )
                                            ) AS "impressions_with_estimates",
                                            CASE
                                              WHEN COALESCE(
                                                COALESCE("t146"."impressions", "t146"."views"),
                                                "t146"."reach" * COALESCE(
                                                  CAST(SUM("t146"."impressions") FILTER(WHERE
                                                    (
                                                      "t146"."impressions" IS NOT NULL
                                                    ) AND (
                                                      "t146"."reach" IS NOT NULL
                                                    )) OVER (
                                                    PARTITION BY "t146"."campaign_id", "t146"."platform"
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  ) AS DOUBLE PRECISION) / NULLIF(
                                                    SUM("t146"."reach") FILTER(WHERE
                                                      (
                                                        "t146"."impressions" IS NOT NULL
                                                      ) AND (
                                                        "t146"."reach" IS NOT NULL
                                                      )) OVER (
                                                      PARTITION BY "t146"."campaign_id", "t146"."platform"
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                    ),
                                                    0
                                                  ),
                                                  CAST(1 AS DOUBLE PRECISION)
                                                )
                                              ) IS NOT NULL
                                              THEN CASE
                                                WHEN "t146"."impressions" IS NOT NULL
                                                THEN "t146"."impressions__provenance"
                                                ELSE 2
                                              END
                                              ELSE CAST(NULL AS BIGINT)
                                            END AS "impressions_with_estimates__provenance",
                                            (
                                              CAST("t146"."engagements" AS DOUBLE PRECISION) / NULLIF("t146"."reach", 0)
                                            ) * 100 AS "er_reach_post",
                                            (
                                              CAST("t146"."engagements" AS DOUBLE PRECISION) / NULLIF("t146"."followers", 0)
                                            ) * 100 AS "er_followers_post",
                                            (
                                              CAST("t146"."engagements" AS DOUBLE PRECISION) / NULLIF("t146"."impressions", 0)
                                            ) * 100 AS "er_impressions_post",
                                            (
                                              CAST("t146"."engagements" AS DOUBLE PRECISION) / NULLIF("t146"."views", 0)
                                            ) * 100 AS "er_views_post",
                                            NULLIF(
                                              GREATEST(
                                                COALESCE("t146"."engagements__provenance", -1),
                                                COALESCE("t146"."reach__provenance", -1)
                                              ),
                                              -1
                                            ) AS "er_reach_post__provenance",
                                            NULLIF(
                                              GREATEST(
                                                COALESCE("t146"."engagements__provenance", -1),
                                                COALESCE("t146"."followers__provenance", -1)
                                              ),
                                              -1
                                            ) AS "er_followers_post__provenance",
                                            NULLIF(
                                              GREATEST(
                                                COALESCE("t146"."engagements__provenance", -1),
                                                COALESCE("t146"."impressions__provenance", -1)
                                              ),
                                              -1
                                            ) AS "er_impressions_post__provenance",
                                            NULLIF(
                                              GREATEST(
                                                COALESCE("t146"."engagements__provenance", -1),
                                                COALESCE("t146"."views__provenance", -1)
                                              ),
                                              -1
                                            ) AS "er_views_post__provenance",
                                            "t146"."platform" AS "post_platform",
                                            "t146"."influencer_id" AS "publishing_influencer",
                                            CAST(CASE WHEN "t146"."sponsored" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "sponsored_posts",
                                            CAST(CASE
                                              WHEN "t146"."sponsored"
                                              AND CASE
                                                WHEN UPPER("t146"."country") = 'FR'
                                                THEN (
                                                  POSITION('publicité' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('publicite' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('collaboration commerciale' IN LOWER("t146"."caption")) > 0
                                                )
                                                WHEN UPPER("t146"."country") = 'BE'
                                                THEN (
                                                  POSITION('publicité' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('publicite' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('collaboration commerciale' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('#pub' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('reclame' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('#ad' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('samenwerking' IN LOWER("t146"."caption")) > 0
                                                )
                                                WHEN UPPER("t146"."country") = 'DE'
                                                THEN (
                                                  POSITION('werbung' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('anzeige' IN LOWER("t146"."caption")) > 0
                                                )
                                                WHEN UPPER("t146"."country") = 'ES'
                                                THEN (
                                                  POSITION('publicidad' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('#publi' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('patrocinado' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('colaboración pagada' IN LOWER("t146"."caption")) > 0
                                                )
                                                WHEN UPPER("t146"."country") = 'IT'
                                                THEN (
                                                  POSITION('pubblicità' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('#adv' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('sponsorizzato' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('#sponsored' IN LOWER("t146"."caption")) > 0
                                                )
                                                WHEN UPPER("t146"."country") = 'GB'
                                                THEN (
                                                  POSITION('#ad' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('advert' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('advertisement' IN LOWER("t146"."caption")) > 0
                                                )
                                                WHEN UPPER("t146"."country") = 'US'
                                                THEN (
                                                  POSITION('#ad' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('#sponsored' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('advertisement' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('paid partnership' IN LOWER("t146"."caption")) > 0
                                                )
                                                ELSE (
                                                  POSITION('#ad' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('#sponsored' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('paid partnership' IN LOWER("t146"."caption")) > 0
                                                )
                                                OR (
                                                  POSITION('advertisement' IN LOWER("t146"."caption")) > 0
                                                )
                                              END
                                              THEN 1
                                              ELSE 0
                                            END AS DOUBLE PRECISION) AS "disclosed_sponsored_posts"
                                          FROM (
                                            SELECT
                                              "t137"."campaign_id",
                                              "t137"."campaign",
                                              "t137"."influencer_id",
                                              "t137"."influencer",
                                              "t137"."account_id",
                                              "t137"."platform",
                                              "t137"."format",
                                              "t137"."post_id",
                                              "t137"."day",
                                              "t137"."country",
                                              "t137"."caption",
                                              "t137"."sponsored",
                                              "t137"."reach",
                                              "t137"."impressions",
                                              "t137"."views",
                                              "t137"."likes",
                                              "t137"."comments",
                                              "t137"."shares",
                                              "t137"."saves",
                                              "t137"."clicks",
                                              "t137"."reach__provenance",
                                              "t137"."impressions__provenance",
                                              "t137"."views__provenance",
                                              "t137"."likes__provenance",
                                              "t137"."comments__provenance",
                                              "t137"."shares__provenance",
                                              "t137"."saves__provenance",
                                              "t137"."clicks__provenance",
                                              "t137"."followers",
                                              "t137"."followers__provenance",
                                              CASE
                                                WHEN (
                                                  "t137"."likes" IS NOT NULL
                                                )
                                                OR (
                                                  "t137"."comments" IS NOT NULL
                                                )
                                                OR (
                                                  "t137"."shares" IS NOT NULL
                                                )
                                                OR (
                                                  "t137"."saves" IS NOT NULL
                                                )
                                                THEN CAST(0 AS DOUBLE PRECISION) + COALESCE("t137"."likes", 0) + COALESCE("t137"."comments", 0) + COALESCE("t137"."shares", 0) + COALESCE("t137"."saves", 0)
                                                ELSE CAST(NULL AS DOUBLE PRECISION)
                                              END AS "engagements",
                                              NULLIF(
                                                GREATEST(
                                                  COALESCE("t137"."likes__provenance", -1),
                                                  COALESCE("t137"."comments__provenance", -1),
                                                  COALESCE("t137"."shares__provenance", -1),
                                                  COALESCE("t137"."saves__provenance", -1)
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
                                                "t117"."reach",
                                                "t117"."impressions",
                                                "t117"."views",
                                                "t117"."likes",
                                                "t117"."comments",
                                                "t117"."shares",
                                                "t117"."saves",
                                                "t117"."clicks",
                                                "t117"."reach__provenance",
                                                "t117"."impressions__provenance",
                                                "t117"."views__provenance",
                                                "t117"."likes__provenance",
                                                "t117"."comments__provenance",
                                                "t117"."shares__provenance",
                                                "t117"."saves__provenance",
                                                "t117"."clicks__provenance",
                                                "t124"."followers",
                                                "t124"."followers__provenance"
                                              FROM "t77" AS "t100"
                                              LEFT OUTER JOIN (
                                                SELECT
                                                  CAST("t78"."post_id" AS BIGINT) AS "post_id",
                                                  CAST((
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
                                                      ) IS NOT NULL
                                                      AND "t78"."metric" = 'reach')
                                                  )[1] AS DOUBLE PRECISION) AS "reach",
                                                  CAST((
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
                                                      ) IS NOT NULL
                                                      AND "t78"."metric" = 'impressions')
                                                  )[1] AS DOUBLE PRECISION) AS "impressions",
                                                  CAST((
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
                                                      ) IS NOT NULL
                                                      AND "t78"."metric" = 'views')
                                                  )[1] AS DOUBLE PRECISION) AS "views",
                                                  CAST((
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
                                                      ) IS NOT NULL
                                                      AND "t78"."metric" = 'likes')
                                                  )[1] AS DOUBLE PRECISION) AS "likes",
                                                  CAST((
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
                                                      ) IS NOT NULL
                                                      AND "t78"."metric" = 'comments')
                                                  )[1] AS DOUBLE PRECISION) AS "comments",
                                                  CAST((
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
                                                      ) IS NOT NULL
                                                      AND "t78"."metric" = 'shares')
                                                  )[1] AS DOUBLE PRECISION) AS "shares",
                                                  CAST((
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
                                                      ) IS NOT NULL
                                                      AND "t78"."metric" = 'saves')
                                                  )[1] AS DOUBLE PRECISION) AS "saves",
                                                  CAST((
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
                                                      ) IS NOT NULL
                                                      AND "t78"."metric" = 'clicks')
                                                  )[1] AS DOUBLE PRECISION) AS "clicks",
                                                  15 - (
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
                                                    ) FILTER(WHERE
                                                      "t78"."metric" = 'reach') % 16
                                                  ) AS "reach__provenance",
                                                  15 - (
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
                                                    ) FILTER(WHERE
                                                      "t78"."metric" = 'impressions') % 16
                                                  ) AS "impressions__provenance",
                                                  15 - (
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
                                                    ) FILTER(WHERE
                                                      "t78"."metric" = 'views') % 16
                                                  ) AS "views__provenance",
                                                  15 - (
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
                                                    ) FILTER(WHERE
                                                      "t78"."metric" = 'likes') % 16
                                                  ) AS "likes__provenance",
                                                  15 - (
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
                                                    ) FILTER(WHERE
                                                      "t78"."metric" = 'comments') % 16
                                                  ) AS "comments__provenance",
                                                  15 - (
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
                                                    ) FILTER(WHERE
                                                      "t78"."metric" = 'shares') % 16
                                                  ) AS "shares__provenance",
                                                  15 - (
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
                                                    ) FILTER(WHERE
                                                      "t78"."metric" = 'saves') % 16
                                                  ) AS "saves__provenance",
                                                  15 - (
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
                                                    ) FILTER(WHERE
                                                      "t78"."metric" = 'clicks') % 16
                                                  ) AS "clicks__provenance"
                                                FROM (
                                                  SELECT
                                                    *
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM "metric_snapshot" AS "t13"
                                                    WHERE
                                                      "t13"."post_id" IN (
                                                        SELECT
                                                          "t10"."id"
                                                        FROM "post" AS "t10"
                                                        WHERE
                                                          "t10"."campaign_id" IS NOT NULL AND "t10"."campaign_id" IN (1)
                                                      )
                                                  ) AS "t55"
                                                  WHERE
                                                    "t55"."captured_at" <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                                                ) AS "t78"
                                                GROUP BY
                                                  1
                                              ) AS "t117"
                                                ON "t100"."post_id" = "t117"."post_id"
                                              LEFT OUTER JOIN (
                                                SELECT
                                                  "t105"."post_id",
                                                  CAST(CASE WHEN "t105"."before" IS NOT NULL THEN "t105"."before" ELSE "t105"."after" END AS DOUBLE PRECISION) AS "followers",
                                                  CASE
                                                    WHEN "t105"."before" IS NOT NULL
                                                    THEN "t105"."before_rank"
                                                    ELSE "t105"."after_rank"
                                                  END AS "followers__provenance"
                                                FROM (
                                                  SELECT
                                                    CAST("t79"."post_id" AS BIGINT) AS "post_id",
                                                    (
                                                      ARRAY_AGG("t79"."followers" ORDER BY "t79"."captured_at" DESC NULLS LAST) FILTER(WHERE
                                                        "t79"."captured_at" IS NOT NULL AND "t79"."captured_at" <= "t79"."published_at")
                                                    )[1] AS "before",
                                                    (
                                                      ARRAY_AGG(
                                                        CASE "t79"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END ORDER BY "t79"."captured_at" DESC NULLS LAST
                                                      ) FILTER(WHERE
                                                        "t79"."captured_at" IS NOT NULL AND "t79"."captured_at" <= "t79"."published_at")
                                                    )[1] AS "before_rank",
                                                    (
                                                      ARRAY_AGG("t79"."followers" ORDER BY "t79"."captured_at" ASC) FILTER(WHERE
                                                        "t79"."captured_at" IS NOT NULL
                                                        AND NOT (
                                                          "t79"."captured_at" <= "t79"."published_at"
                                                        ))
                                                    )[1] AS "after",
                                                    (
                                                      ARRAY_AGG(
                                                        CASE "t79"."provenance"
                                                          WHEN 'measured'
                                                          THEN 0
                                                          WHEN 'self_reported'
                                                          THEN 1
                                                          WHEN 'estimated'
                                                          THEN 2
                                                          ELSE 2
                                                        END ORDER BY "t79"."captured_at" ASC
                                                      ) FILTER(WHERE
                                                        "t79"."captured_at" IS NOT NULL
                                                        AND NOT (
                                                          "t79"."captured_at" <= "t79"."published_at"
                                                        ))
                                                    )[1] AS "after_rank"
                                                  FROM (
                                                    SELECT
                                                      "t48"."post_id",
                                                      "t48"."account_id",
                                                      "t48"."published_at",
                                                      "t25"."id",
                                                      "t25"."captured_at",
                                                      "t25"."followers",
                                                      "t25"."source",
                                                      "t25"."provenance"
                                                    FROM (
                                                      SELECT
                                                        "t10"."id" AS "post_id",
                                                        "t10"."account_id",
                                                        "t10"."published_at"
                                                      FROM "post" AS "t10"
                                                      WHERE
                                                        "t10"."campaign_id" IS NOT NULL AND "t10"."campaign_id" IN (1)
                                                    ) AS "t48"
                                                    INNER JOIN "follower_snapshot" AS "t25"
                                                      ON "t48"."account_id" = "t25"."account_id"
                                                  ) AS "t79"
                                                  GROUP BY
                                                    1
                                                ) AS "t105"
                                              ) AS "t124"
                                                ON "t100"."post_id" = "t124"."post_id"
                                            ) AS "t137"
                                          ) AS "t146"
                                        ) AS "t161"
                                        LEFT OUTER JOIN (
                                          SELECT
                                            "t123"."post_id",
                                            SUM("t123"."cost") AS "cost"
                                          FROM (
                                            SELECT
                                              "t113"."post_id",
                                              CAST("t98"."amount" AS DOUBLE PRECISION) / "t113"."n_posts" AS "cost"
                                            FROM "t75" AS "t98"
                                            INNER JOIN (
                                              SELECT
                                                "t93"."campaign_id",
                                                "t93"."campaign",
                                                "t93"."influencer_id",
                                                "t93"."influencer",
                                                "t93"."account_id",
                                                "t93"."platform",
                                                "t93"."format",
                                                "t93"."post_id",
                                                "t93"."day",
                                                "t93"."country",
                                                "t93"."caption",
                                                "t93"."sponsored",
                                                COUNT("t93"."post_id") OVER (
                                                  PARTITION BY "t93"."campaign_id", "t93"."influencer_id"
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ) AS "n_posts"
                                              FROM "t77" AS "t93"
                                            ) AS "t113"
                                              ON "t98"."campaign_id" = "t113"."campaign_id"
                                              AND "t98"."influencer_id" = "t113"."influencer_id"
                                          ) AS "t123"
                                          GROUP BY
                                            1
                                        ) AS "t136"
                                          ON "t161"."post_id" = "t136"."post_id"
                                      ) AS "t173"
                                      LEFT OUTER JOIN (
                                        SELECT
                                          "t174"."post_id",
                                          MAX(
                                            CAST(CASE
                                              WHEN POSITION(LOWER("t174"."message") IN LOWER("t174"."caption")) > 0
                                              THEN 1
                                              ELSE 0
                                            END AS DOUBLE PRECISION)
                                          ) AS "key_message_posts"
                                        FROM (
                                          SELECT
                                            "t166"."campaign_id",
                                            "t166"."post_id",
                                            "t166"."caption",
                                            "t81"."message"
                                          FROM (
                                            SELECT
                                              "t159"."campaign_id",
                                              "t159"."post_id",
                                              "t159"."caption"
                                            FROM (
                                              SELECT
                                                "t146"."campaign_id",
                                                "t146"."campaign",
                                                "t146"."influencer_id",
                                                "t146"."influencer",
                                                "t146"."account_id",
                                                "t146"."platform",
                                                "t146"."format",
                                                "t146"."post_id",
                                                "t146"."day",
                                                "t146"."country",
                                                "t146"."caption",
                                                "t146"."sponsored",
                                                "t146"."reach",
                                                "t146"."impressions",
                                                "t146"."views",
                                                "t146"."likes",
                                                "t146"."comments",
                                                "t146"."shares",
                                                "t146"."saves",
                                                "t146"."clicks",
                                                "t146"."reach__provenance",
                                                "t146"."impressions__provenance",
                                                "t146"."views__provenance",
                                                "t146"."likes__provenance",
                                                "t146"."comments__provenance",
                                                "t146"."shares__provenance",
                                                "t146"."saves__provenance",
                                                "t146"."clicks__provenance",
                                                "t146"."followers",
                                                "t146"."followers__provenance",
                                                "t146"."engagements",
                                                "t146"."engagements__provenance",
                                                COALESCE(
                                                  COALESCE("t146"."impressions", "t146"."views"),
                                                  "t146"."reach" * COALESCE(
                                                    CAST(SUM("t146"."impressions") FILTER(WHERE
                                                      (
                                                        "t146"."impressions" IS NOT NULL
                                                      ) AND (
                                                        "t146"."reach" IS NOT NULL
                                                      )) OVER (
                                                      PARTITION BY "t146"."campaign_id", "t146"."platform"
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                    ) AS DOUBLE PRECISION) / NULLIF(
                                                      SUM("t146"."reach") FILTER(WHERE
                                                        (
                                                          "t146"."impressions" IS NOT NULL
                                                        ) AND (
                                                          "t146"."reach" IS NOT NULL
                                                        )) OVER (
                                                        PARTITION BY "t146"."campaign_id", "t146"."platform"
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                      ),
                                                      0
                                                    ),
                                                    CAST(1 AS DOUBLE PRECISION)
                                                  )
                                                ) AS "impressions_with_estimates",
                                                CASE
                                                  WHEN COALESCE(
                                                    COALESCE("t146"."impressions", "t146"."views"),
                                                    "t146"."reach" * COALESCE(
                                                      CAST(SUM("t146"."impressions") FILTER(WHERE
                                                        (
                                                          "t146"."impressions" IS NOT NULL
                                                        ) AND (
                                                          "t146"."reach" IS NOT NULL
                                                        )) OVER (
                                                        PARTITION BY "t146"."campaign_id", "t146"."platform"
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                      ) AS DOUBLE PRECISION) / NULLIF(
                                                        SUM("t146"."reach") FILTER(WHERE
                                                          (
                                                            "t146"."impressions" IS NOT NULL
                                                          ) AND (
                                                            "t146"."reach" IS NOT NULL
                                                          )) OVER (
                                                          PARTITION BY "t146"."campaign_id", "t146"."platform"
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                        ),
                                                        0
                                                      ),
                                                      CAST(1 AS DOUBLE PRECISION)
                                                    )
                                                  ) IS NOT NULL
                                                  THEN CASE
                                                    WHEN "t146"."impressions" IS NOT NULL
                                                    THEN "t146"."impressions__provenance"
                                                    ELSE 2
                                                  END
                                                  ELSE CAST(NULL AS BIGINT)
                                                END AS "impressions_with_estimates__provenance",
                                                (
                                                  CAST("t146"."engagements" AS DOUBLE PRECISION) / NULLIF("t146"."reach", 0)
                                                ) * 100 AS "er_reach_post",
                                                (
                                                  CAST("t146"."engagements" AS DOUBLE PRECISION) / NULLIF("t146"."followers", 0)
                                                ) * 100 AS "er_followers_post",
                                                (
                                                  CAST("t146"."engagements" AS DOUBLE PRECISION) / NULLIF("t146"."impressions", 0)
                                                ) * 100 AS "er_impressions_post",
                                                (
                                                  CAST("t146"."engagements" AS DOUBLE PRECISION) / NULLIF("t146"."views", 0)
                                                ) * 100 AS "er_views_post",
                                                NULLIF(
                                                  GREATEST(
                                                    COALESCE("t146"."engagements__provenance", -1),
                                                    COALESCE("t146"."reach__provenance", -1)
                                                  ),
                                                  -1
                                                ) AS "er_reach_post__provenance",
                                                NULLIF(
                                                  GREATEST(
                                                    COALESCE("t146"."engagements__provenance", -1),
                                                    COALESCE("t146"."followers__provenance", -1)
                                                  ),
                                                  -1
                                                ) AS "er_followers_post__provenance",
                                                NULLIF(
                                                  GREATEST(
                                                    COALESCE("t146"."engagements__provenance", -1),
                                                    COALESCE("t146"."impressions__provenance", -1)
                                                  ),
                                                  -1
                                                ) AS "er_impressions_post__provenance",
                                                NULLIF(
                                                  GREATEST(
                                                    COALESCE("t146"."engagements__provenance", -1),
                                                    COALESCE("t146"."views__provenance", -1)
                                                  ),
                                                  -1
                                                ) AS "er_views_post__provenance",
                                                "t146"."platform" AS "post_platform",
                                                "t146"."influencer_id" AS "publishing_influencer",
                                                CAST(CASE WHEN "t146"."sponsored" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "sponsored_posts",
                                                CAST(CASE
                                                  WHEN "t146"."sponsored"
                                                  AND CASE
                                                    WHEN UPPER("t146"."country") = 'FR'
                                                    THEN (
                                                      POSITION('publicité' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('publicite' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('collaboration commerciale' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    WHEN UPPER("t146"."country") = 'BE'
                                                    THEN (
                                                      POSITION('publicité' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('publicite' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('collaboration commerciale' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('#pub' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('reclame' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('#ad' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('samenwerking' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    WHEN UPPER("t146"."country") = 'DE'
                                                    THEN (
                                                      POSITION('werbung' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('anzeige' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    WHEN UPPER("t146"."country") = 'ES'
                                                    THEN (
                                                      POSITION('publicidad' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('#publi' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('patrocinado' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('colaboración pagada' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    WHEN UPPER("t146"."country") = 'IT'
                                                    THEN (
                                                      POSITION('pubblicità' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('#adv' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('sponsorizzato' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('#sponsored' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    WHEN UPPER("t146"."country") = 'GB'
                                                    THEN (
                                                      POSITION('#ad' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('advert' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('advertisement' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    WHEN UPPER("t146"."country") = 'US'
                                                    THEN (
                                                      POSITION('#ad' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('#sponsored' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('advertisement' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('paid partnership' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    ELSE (
                                                      POSITION('#ad' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('#sponsored' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('paid partnership' IN LOWER("t146"."caption")) > 0
                                                    )
                                                    OR (
                                                      POSITION('advertisement' IN LOWER("t146"."caption")) > 0
                                                    )
                                                  END
                                                  THEN 1
                                                  ELSE 0
                                                END AS DOUBLE PRECISION) AS "disclosed_sponsored_posts"
                                              FROM (
                                                SELECT
                                                  "t137"."campaign_id",
                                                  "t137"."campaign",
                                                  "t137"."influencer_id",
                                                  "t137"."influencer",
                                                  "t137"."account_id",
                                                  "t137"."platform",
                                                  "t137"."format",
                                                  "t137"."post_id",
                                                  "t137"."day",
                                                  "t137"."country",
                                                  "t137"."caption",
                                                  "t137"."sponsored",
                                                  "t137"."reach",
                                                  "t137"."impressions",
                                                  "t137"."views",
                                                  "t137"."likes",
                                                  "t137"."comments",
                                                  "t137"."shares",
                                                  "t137"."saves",
                                                  "t137"."clicks",
                                                  "t137"."reach__provenance",
                                                  "t137"."impressions__provenance",
                                                  "t137"."views__provenance",
                                                  "t137"."likes__provenance",
                                                  "t137"."comments__provenance",
                                                  "t137"."shares__provenance",
                                                  "t137"."saves__provenance",
                                                  "t137"."clicks__provenance",
                                                  "t137"."followers",
                                                  "t137"."followers__provenance",
                                                  CASE
                                                    WHEN (
                                                      "t137"."likes" IS NOT NULL
                                                    )
                                                    OR (
                                                      "t137"."comments" IS NOT NULL
                                                    )
                                                    OR (
                                                      "t137"."shares" IS NOT NULL
                                                    )
                                                    OR (
                                                      "t137"."saves" IS NOT NULL
                                                    )
                                                    THEN CAST(0 AS DOUBLE PRECISION) + COALESCE("t137"."likes", 0) + COALESCE("t137"."comments", 0) + COALESCE("t137"."shares", 0) + COALESCE("t137"."saves", 0)
                                                    ELSE CAST(NULL AS DOUBLE PRECISION)
                                                  END AS "engagements",
                                                  NULLIF(
                                                    GREATEST(
                                                      COALESCE("t137"."likes__provenance", -1),
                                                      COALESCE("t137"."comments__provenance", -1),
                                                      COALESCE("t137"."shares__provenance", -1),
                                                      COALESCE("t137"."saves__provenance", -1)
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
                                                    "t117"."reach",
                                                    "t117"."impressions",
                                                    "t117"."views",
                                                    "t117"."likes",
                                                    "t117"."comments",
                                                    "t117"."shares",
                                                    "t117"."saves",
                                                    "t117"."clicks",
                                                    "t117"."reach__provenance",
                                                    "t117"."impressions__provenance",
                                                    "t117"."views__provenance",
                                                    "t117"."likes__provenance",
                                                    "t117"."comments__provenance",
                                                    "t117"."shares__provenance",
                                                    "t117"."saves__provenance",
                                                    "t117"."clicks__provenance",
                                                    "t124"."followers",
                                                    "t124"."followers__provenance"
                                                  FROM "t77" AS "t100"
                                                  LEFT OUTER JOIN (
                                                    SELECT
                                                      CAST("t78"."post_id" AS BIGINT) AS "post_id",
                                                      CAST((
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
                                                          ) IS NOT NULL
                                                          AND "t78"."metric" = 'reach')
                                                      )[1] AS DOUBLE PRECISION) AS "reach",
                                                      CAST((
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
                                                          ) IS NOT NULL
                                                          AND "t78"."metric" = 'impressions')
                                                      )[1] AS DOUBLE PRECISION) AS "impressions",
                                                      CAST((
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
                                                          ) IS NOT NULL
                                                          AND "t78"."metric" = 'views')
                                                      )[1] AS DOUBLE PRECISION) AS "views",
                                                      CAST((
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
                                                          ) IS NOT NULL
                                                          AND "t78"."metric" = 'likes')
                                                      )[1] AS DOUBLE PRECISION) AS "likes",
                                                      CAST((
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
                                                          ) IS NOT NULL
                                                          AND "t78"."metric" = 'comments')
                                                      )[1] AS DOUBLE PRECISION) AS "comments",
                                                      CAST((
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
                                                          ) IS NOT NULL
                                                          AND "t78"."metric" = 'shares')
                                                      )[1] AS DOUBLE PRECISION) AS "shares",
                                                      CAST((
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
                                                          ) IS NOT NULL
                                                          AND "t78"."metric" = 'saves')
                                                      )[1] AS DOUBLE PRECISION) AS "saves",
                                                      CAST((
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
                                                          ) IS NOT NULL
                                                          AND "t78"."metric" = 'clicks')
                                                      )[1] AS DOUBLE PRECISION) AS "clicks",
                                                      15 - (
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
                                                        ) FILTER(WHERE
                                                          "t78"."metric" = 'reach') % 16
                                                      ) AS "reach__provenance",
                                                      15 - (
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
                                                        ) FILTER(WHERE
                                                          "t78"."metric" = 'impressions') % 16
                                                      ) AS "impressions__provenance",
                                                      15 - (
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
                                                        ) FILTER(WHERE
                                                          "t78"."metric" = 'views') % 16
                                                      ) AS "views__provenance",
                                                      15 - (
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
                                                        ) FILTER(WHERE
                                                          "t78"."metric" = 'likes') % 16
                                                      ) AS "likes__provenance",
                                                      15 - (
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
                                                        ) FILTER(WHERE
                                                          "t78"."metric" = 'comments') % 16
                                                      ) AS "comments__provenance",
                                                      15 - (
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
                                                        ) FILTER(WHERE
                                                          "t78"."metric" = 'shares') % 16
                                                      ) AS "shares__provenance",
                                                      15 - (
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
                                                        ) FILTER(WHERE
                                                          "t78"."metric" = 'saves') % 16
                                                      ) AS "saves__provenance",
                                                      15 - (
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
                                                        ) FILTER(WHERE
                                                          "t78"."metric" = 'clicks') % 16
                                                      ) AS "clicks__provenance"
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM (
                                                        SELECT
                                                          *
                                                        FROM "metric_snapshot" AS "t13"
                                                        WHERE
                                                          "t13"."post_id" IN (
                                                            SELECT
                                                              "t10"."id"
                                                            FROM "post" AS "t10"
                                                            WHERE
                                                              "t10"."campaign_id" IS NOT NULL AND "t10"."campaign_id" IN (1)
                                                          )
                                                      ) AS "t55"
                                                      WHERE
                                                        "t55"."captured_at" <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                                                    ) AS "t78"
                                                    GROUP BY
                                                      1
                                                  ) AS "t117"
                                                    ON "t100"."post_id" = "t117"."post_id"
                                                  LEFT OUTER JOIN (
                                                    SELECT
                                                      "t105"."post_id",
                                                      CAST(CASE WHEN "t105"."before" IS NOT NULL THEN "t105"."before" ELSE "t105"."after" END AS DOUBLE PRECISION) AS "followers",
                                                      CASE
                                                        WHEN "t105"."before" IS NOT NULL
                                                        THEN "t105"."before_rank"
                                                        ELSE "t105"."after_rank"
                                                      END AS "followers__provenance"
                                                    FROM (
                                                      SELECT
                                                        CAST("t79"."post_id" AS BIGINT) AS "post_id",
                                                        (
                                                          ARRAY_AGG("t79"."followers" ORDER BY "t79"."captured_at" DESC NULLS LAST) FILTER(WHERE
                                                            "t79"."captured_at" IS NOT NULL AND "t79"."captured_at" <= "t79"."published_at")
                                                        )[1] AS "before",
                                                        (
                                                          ARRAY_AGG(
                                                            CASE "t79"."provenance"
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END ORDER BY "t79"."captured_at" DESC NULLS LAST
                                                          ) FILTER(WHERE
                                                            "t79"."captured_at" IS NOT NULL AND "t79"."captured_at" <= "t79"."published_at")
                                                        )[1] AS "before_rank",
                                                        (
                                                          ARRAY_AGG("t79"."followers" ORDER BY "t79"."captured_at" ASC) FILTER(WHERE
                                                            "t79"."captured_at" IS NOT NULL
                                                            AND NOT (
                                                              "t79"."captured_at" <= "t79"."published_at"
                                                            ))
                                                        )[1] AS "after",
                                                        (
                                                          ARRAY_AGG(
                                                            CASE "t79"."provenance"
                                                              WHEN 'measured'
                                                              THEN 0
                                                              WHEN 'self_reported'
                                                              THEN 1
                                                              WHEN 'estimated'
                                                              THEN 2
                                                              ELSE 2
                                                            END ORDER BY "t79"."captured_at" ASC
                                                          ) FILTER(WHERE
                                                            "t79"."captured_at" IS NOT NULL
                                                            AND NOT (
                                                              "t79"."captured_at" <= "t79"."published_at"
                                                            ))
                                                        )[1] AS "after_rank"
                                                      FROM (
                                                        SELECT
                                                          "t48"."post_id",
                                                          "t48"."account_id",
                                                          "t48"."published_at",
                                                          "t25"."id",
                                                          "t25"."captured_at",
                                                          "t25"."followers",
                                                          "t25"."source",
                                                          "t25"."provenance"
                                                        FROM (
                                                          SELECT
                                                            "t10"."id" AS "post_id",
                                                            "t10"."account_id",
                                                            "t10"."published_at"
                                                          FROM "post" AS "t10"
                                                          WHERE
                                                            "t10"."campaign_id" IS NOT NULL AND "t10"."campaign_id" IN (1)
                                                        ) AS "t48"
                                                        INNER JOIN "follower_snapshot" AS "t25"
                                                          ON "t48"."account_id" = "t25"."account_id"
                                                      ) AS "t79"
                                                      GROUP BY
                                                        1
                                                    ) AS "t105"
                                                  ) AS "t124"
                                                    ON "t100"."post_id" = "t124"."post_id"
                                                ) AS "t137"
                                              ) AS "t146"
                                            ) AS "t159"
                                          ) AS "t166"
                                          INNER JOIN (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                CAST("t0"."id" AS BIGINT) AS "campaign_id",
                                                UNNEST(STRING_TO_ARRAY("t0"."key_messages", '
')) AS "message"
                                              FROM "campaign" AS "t0"
                                            ) AS "t41"
                                            WHERE
                                              LENGTH("t41"."message") > 0
                                          ) AS "t81"
                                            ON "t166"."campaign_id" = "t81"."campaign_id"
                                        ) AS "t174"
                                        GROUP BY
                                          1
                                      ) AS "t181"
                                        ON "t173"."post_id" = "t181"."post_id"
                                    ) AS "t182"
                                  ) AS "t183"
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t176"."campaign_id",
                                      "t176"."campaign",
                                      CAST(NULL AS BIGINT) AS "influencer_id",
                                      CAST(NULL AS VARCHAR) AS "influencer",
                                      CAST(NULL AS BIGINT) AS "account_id",
                                      "t176"."platform",
                                      CAST(NULL AS VARCHAR) AS "format",
                                      CAST(NULL AS BIGINT) AS "post_id",
                                      "t176"."day",
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
                                      CAST("t176"."ugc_post" AS DOUBLE PRECISION) AS "ugc_post",
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
                                        "t127"."campaign_id",
                                        "t127"."campaign",
                                        "t127"."platform",
                                        "t127"."day",
                                        "t127"."post_id" AS "ugc_post"
                                      FROM (
                                        SELECT DISTINCT
                                          *
                                        FROM (
                                          SELECT
                                            "t82"."campaign_id",
                                            "t82"."campaign",
                                            "t94"."post_id",
                                            "t94"."influencer_id",
                                            "t94"."platform",
                                            "t94"."day"
                                          FROM (
                                            SELECT
                                              CAST("t49"."id" AS BIGINT) AS "post_id",
                                              CAST("t17"."id" AS BIGINT) AS "influencer_id",
                                              "t17"."workspace_id",
                                              "t17"."is_brand",
                                              CAST("t23"."platform" AS VARCHAR) AS "platform",
                                              "t49"."published_on" AS "day",
                                              "t49"."hashtags"
                                            FROM (
                                              SELECT
                                                *
                                              FROM "post" AS "t10"
                                              WHERE
                                                "t10"."campaign_id" IS NULL
                                            ) AS "t49"
                                            INNER JOIN "account" AS "t23"
                                              ON "t49"."account_id" = "t23"."id"
                                            INNER JOIN "influencer" AS "t17"
                                              ON "t23"."influencer_id" = "t17"."id"
                                          ) AS "t94"
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
                                            ) AS "t42"
                                            WHERE
                                              LENGTH("t42"."tag") > 0
                                          ) AS "t82"
                                            ON "t94"."workspace_id" = "t82"."workspace_id"
                                            AND "t94"."day" >= "t82"."start"
                                            AND "t94"."day" <= "t82"."end"
                                            AND NOT (
                                              "t94"."is_brand"
                                            )
                                            AND POSITION(',' || "t82"."tag" || ',' IN ',' || "t94"."hashtags" || ',') > 0
                                        ) AS "t116"
                                      ) AS "t127"
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
                                                  "t159"."campaign_id",
                                                  "t159"."influencer_id"
                                                FROM (
                                                  SELECT
                                                    "t146"."campaign_id",
                                                    "t146"."campaign",
                                                    "t146"."influencer_id",
                                                    "t146"."influencer",
                                                    "t146"."account_id",
                                                    "t146"."platform",
                                                    "t146"."format",
                                                    "t146"."post_id",
                                                    "t146"."day",
                                                    "t146"."country",
                                                    "t146"."caption",
                                                    "t146"."sponsored",
                                                    "t146"."reach",
                                                    "t146"."impressions",
                                                    "t146"."views",
                                                    "t146"."likes",
                                                    "t146"."comments",
                                                    "t146"."shares",
                                                    "t146"."saves",
                                                    "t146"."clicks",
                                                    "t146"."reach__provenance",
                                                    "t146"."impressions__provenance",
                                                    "t146"."views__provenance",
                                                    "t146"."likes__provenance",
                                                    "t146"."comments__provenance",
                                                    "t146"."shares__provenance",
                                                    "t146"."saves__provenance",
                                                    "t146"."clicks__provenance",
                                                    "t146"."followers",
                                                    "t146"."followers__provenance",
                                                    "t146"."engagements",
                                                    "t146"."engagements__provenance",
                                                    COALESCE(
                                                      COALESCE("t146"."impressions", "t146"."views"),
                                                      "t146"."reach" * COALESCE(
                                                        CAST(SUM("t146"."impressions") FILTER(WHERE
                                                          (
                                                            "t146"."impressions" IS NOT NULL
                                                          ) AND (
                                                            "t146"."reach" IS NOT NULL
                                                          )) OVER (
                                                          PARTITION BY "t146"."campaign_id", "t146"."platform"
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                        ) AS DOUBLE PRECISION) / NULLIF(
                                                          SUM("t146"."reach") FILTER(WHERE
                                                            (
                                                              "t146"."impressions" IS NOT NULL
                                                            ) AND (
                                                              "t146"."reach" IS NOT NULL
                                                            )) OVER (
                                                            PARTITION BY "t146"."campaign_id", "t146"."platform"
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                          ),
                                                          0
                                                        ),
                                                        CAST(1 AS DOUBLE PRECISION)
                                                      )
                                                    ) AS "impressions_with_estimates",
                                                    CASE
                                                      WHEN COALESCE(
                                                        COALESCE("t146"."impressions", "t146"."views"),
                                                        "t146"."reach" * COALESCE(
                                                          CAST(SUM("t146"."impressions") FILTER(WHERE
                                                            (
                                                              "t146"."impressions" IS NOT NULL
                                                            ) AND (
                                                              "t146"."reach" IS NOT NULL
                                                            )) OVER (
                                                            PARTITION BY "t146"."campaign_id", "t146"."platform"
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                          ) AS DOUBLE PRECISION) / NULLIF(
                                                            SUM("t146"."reach") FILTER(WHERE
                                                              (
                                                                "t146"."impressions" IS NOT NULL
                                                              ) AND (
                                                                "t146"."reach" IS NOT NULL
                                                              )) OVER (
                                                              PARTITION BY "t146"."campaign_id", "t146"."platform"
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                            ),
                                                            0
                                                          ),
                                                          CAST(1 AS DOUBLE PRECISION)
                                                        )
                                                      ) IS NOT NULL
                                                      THEN CASE
                                                        WHEN "t146"."impressions" IS NOT NULL
                                                        THEN "t146"."impressions__provenance"
                                                        ELSE 2
                                                      END
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END AS "impressions_with_estimates__provenance",
                                                    (
                                                      CAST("t146"."engagements" AS DOUBLE PRECISION) / NULLIF("t146"."reach", 0)
                                                    ) * 100 AS "er_reach_post",
                                                    (
                                                      CAST("t146"."engagements" AS DOUBLE PRECISION) / NULLIF("t146"."followers", 0)
                                                    ) * 100 AS "er_followers_post",
                                                    (
                                                      CAST("t146"."engagements" AS DOUBLE PRECISION) / NULLIF("t146"."impressions", 0)
                                                    ) * 100 AS "er_impressions_post",
                                                    (
                                                      CAST("t146"."engagements" AS DOUBLE PRECISION) / NULLIF("t146"."views", 0)
                                                    ) * 100 AS "er_views_post",
                                                    NULLIF(
                                                      GREATEST(
                                                        COALESCE("t146"."engagements__provenance", -1),
                                                        COALESCE("t146"."reach__provenance", -1)
                                                      ),
                                                      -1
                                                    ) AS "er_reach_post__provenance",
                                                    NULLIF(
                                                      GREATEST(
                                                        COALESCE("t146"."engagements__provenance", -1),
                                                        COALESCE("t146"."followers__provenance", -1)
                                                      ),
                                                      -1
                                                    ) AS "er_followers_post__provenance",
                                                    NULLIF(
                                                      GREATEST(
                                                        COALESCE("t146"."engagements__provenance", -1),
                                                        COALESCE("t146"."impressions__provenance", -1)
                                                      ),
                                                      -1
                                                    ) AS "er_impressions_post__provenance",
                                                    NULLIF(
                                                      GREATEST(
                                                        COALESCE("t146"."engagements__provenance", -1),
                                                        COALESCE("t146"."views__provenance", -1)
                                                      ),
                                                      -1
                                                    ) AS "er_views_post__provenance",
                                                    "t146"."platform" AS "post_platform",
                                                    "t146"."influencer_id" AS "publishing_influencer",
                                                    CAST(CASE WHEN "t146"."sponsored" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "sponsored_posts",
                                                    CAST(CASE
                                                      WHEN "t146"."sponsored"
                                                      AND CASE
                                                        WHEN UPPER("t146"."country") = 'FR'
                                                        THEN (
                                                          POSITION('publicité' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        OR (
                                                          POSITION('publicite' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        OR (
                                                          POSITION('collaboration commerciale' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        WHEN UPPER("t146"."country") = 'BE'
                                                        THEN (
                                                          POSITION('publicité' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        OR (
                                                          POSITION('publicite' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        OR (
                                                          POSITION('collaboration commerciale' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        OR (
                                                          POSITION('#pub' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        OR (
                                                          POSITION('reclame' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        OR (
                                                          POSITION('#ad' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        OR (
                                                          POSITION('samenwerking' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        WHEN UPPER("t146"."country") = 'DE'
                                                        THEN (
                                                          POSITION('werbung' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        OR (
                                                          POSITION('anzeige' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        WHEN UPPER("t146"."country") = 'ES'
                                                        THEN (
                                                          POSITION('publicidad' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        OR (
                                                          POSITION('#publi' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        OR (
                                                          POSITION('patrocinado' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        OR (
                                                          POSITION('colaboración pagada' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        WHEN UPPER("t146"."country") = 'IT'
                                                        THEN (
                                                          POSITION('pubblicità' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        OR (
                                                          POSITION('#adv' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        OR (
                                                          POSITION('sponsorizzato' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        OR (
                                                          POSITION('#sponsored' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        WHEN UPPER("t146"."country") = 'GB'
                                                        THEN (
                                                          POSITION('#ad' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        OR (
                                                          POSITION('advert' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        OR (
                                                          POSITION('advertisement' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        WHEN UPPER("t146"."country") = 'US'
                                                        THEN (
                                                          POSITION('#ad' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        OR (
                                                          POSITION('#sponsored' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        OR (
                                                          POSITION('advertisement' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        OR (
                                                          POSITION('paid partnership' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        ELSE (
                                                          POSITION('#ad' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        OR (
                                                          POSITION('#sponsored' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        OR (
                                                          POSITION('paid partnership' IN LOWER("t146"."caption")) > 0
                                                        )
                                                        OR (
                                                          POSITION('advertisement' IN LOWER("t146"."caption")) > 0
                                                        )
                                                      END
                                                      THEN 1
                                                      ELSE 0
                                                    END AS DOUBLE PRECISION) AS "disclosed_sponsored_posts"
                                                  FROM (
                                                    SELECT
                                                      "t137"."campaign_id",
                                                      "t137"."campaign",
                                                      "t137"."influencer_id",
                                                      "t137"."influencer",
                                                      "t137"."account_id",
                                                      "t137"."platform",
                                                      "t137"."format",
                                                      "t137"."post_id",
                                                      "t137"."day",
                                                      "t137"."country",
                                                      "t137"."caption",
                                                      "t137"."sponsored",
                                                      "t137"."reach",
                                                      "t137"."impressions",
                                                      "t137"."views",
                                                      "t137"."likes",
                                                      "t137"."comments",
                                                      "t137"."shares",
                                                      "t137"."saves",
                                                      "t137"."clicks",
                                                      "t137"."reach__provenance",
                                                      "t137"."impressions__provenance",
                                                      "t137"."views__provenance",
                                                      "t137"."likes__provenance",
                                                      "t137"."comments__provenance",
                                                      "t137"."shares__provenance",
                                                      "t137"."saves__provenance",
                                                      "t137"."clicks__provenance",
                                                      "t137"."followers",
                                                      "t137"."followers__provenance",
                                                      CASE
                                                        WHEN (
                                                          "t137"."likes" IS NOT NULL
                                                        )
                                                        OR (
                                                          "t137"."comments" IS NOT NULL
                                                        )
                                                        OR (
                                                          "t137"."shares" IS NOT NULL
                                                        )
                                                        OR (
                                                          "t137"."saves" IS NOT NULL
                                                        )
                                                        THEN CAST(0 AS DOUBLE PRECISION) + COALESCE("t137"."likes", 0) + COALESCE("t137"."comments", 0) + COALESCE("t137"."shares", 0) + COALESCE("t137"."saves", 0)
                                                        ELSE CAST(NULL AS DOUBLE PRECISION)
                                                      END AS "engagements",
                                                      NULLIF(
                                                        GREATEST(
                                                          COALESCE("t137"."likes__provenance", -1),
                                                          COALESCE("t137"."comments__provenance", -1),
                                                          COALESCE("t137"."shares__provenance", -1),
                                                          COALESCE("t137"."saves__provenance", -1)
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
                                                        "t117"."reach",
                                                        "t117"."impressions",
                                                        "t117"."views",
                                                        "t117"."likes",
                                                        "t117"."comments",
                                                        "t117"."shares",
                                                        "t117"."saves",
                                                        "t117"."clicks",
                                                        "t117"."reach__provenance",
                                                        "t117"."impressions__provenance",
                                                        "t117"."views__provenance",
                                                        "t117"."likes__provenance",
                                                        "t117"."comments__provenance",
                                                        "t117"."shares__provenance",
                                                        "t117"."saves__provenance",
                                                        "t117"."clicks__provenance",
                                                        "t124"."followers",
                                                        "t124"."followers__provenance"
                                                      FROM "t77" AS "t100"
                                                      LEFT OUTER JOIN (
                                                        SELECT
                                                          CAST("t78"."post_id" AS BIGINT) AS "post_id",
                                                          CAST((
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
                                                              ) IS NOT NULL
                                                              AND "t78"."metric" = 'reach')
                                                          )[1] AS DOUBLE PRECISION) AS "reach",
                                                          CAST((
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
                                                              ) IS NOT NULL
                                                              AND "t78"."metric" = 'impressions')
                                                          )[1] AS DOUBLE PRECISION) AS "impressions",
                                                          CAST((
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
                                                              ) IS NOT NULL
                                                              AND "t78"."metric" = 'views')
                                                          )[1] AS DOUBLE PRECISION) AS "views",
                                                          CAST((
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
                                                              ) IS NOT NULL
                                                              AND "t78"."metric" = 'likes')
                                                          )[1] AS DOUBLE PRECISION) AS "likes",
                                                          CAST((
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
                                                              ) IS NOT NULL
                                                              AND "t78"."metric" = 'comments')
                                                          )[1] AS DOUBLE PRECISION) AS "comments",
                                                          CAST((
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
                                                              ) IS NOT NULL
                                                              AND "t78"."metric" = 'shares')
                                                          )[1] AS DOUBLE PRECISION) AS "shares",
                                                          CAST((
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
                                                              ) IS NOT NULL
                                                              AND "t78"."metric" = 'saves')
                                                          )[1] AS DOUBLE PRECISION) AS "saves",
                                                          CAST((
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
                                                              ) IS NOT NULL
                                                              AND "t78"."metric" = 'clicks')
                                                          )[1] AS DOUBLE PRECISION) AS "clicks",
                                                          15 - (
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
                                                            ) FILTER(WHERE
                                                              "t78"."metric" = 'reach') % 16
                                                          ) AS "reach__provenance",
                                                          15 - (
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
                                                            ) FILTER(WHERE
                                                              "t78"."metric" = 'impressions') % 16
                                                          ) AS "impressions__provenance",
                                                          15 - (
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
                                                            ) FILTER(WHERE
                                                              "t78"."metric" = 'views') % 16
                                                          ) AS "views__provenance",
                                                          15 - (
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
                                                            ) FILTER(WHERE
                                                              "t78"."metric" = 'likes') % 16
                                                          ) AS "likes__provenance",
                                                          15 - (
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
                                                            ) FILTER(WHERE
                                                              "t78"."metric" = 'comments') % 16
                                                          ) AS "comments__provenance",
                                                          15 - (
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
                                                            ) FILTER(WHERE
                                                              "t78"."metric" = 'shares') % 16
                                                          ) AS "shares__provenance",
                                                          15 - (
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
                                                            ) FILTER(WHERE
                                                              "t78"."metric" = 'saves') % 16
                                                          ) AS "saves__provenance",
                                                          15 - (
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
                                                            ) FILTER(WHERE
                                                              "t78"."metric" = 'clicks') % 16
                                                          ) AS "clicks__provenance"
                                                        FROM (
                                                          SELECT
                                                            *
                                                          FROM (
                                                            SELECT
                                                              *
                                                            FROM "metric_snapshot" AS "t13"
                                                            WHERE
                                                              "t13"."post_id" IN (
                                                                SELECT
                                                                  "t10"."id"
                                                                FROM "post" AS "t10"
                                                                WHERE
                                                                  "t10"."campaign_id" IS NOT NULL AND "t10"."campaign_id" IN (1)
                                                              )
                                                          ) AS "t55"
                                                          WHERE
                                                            "t55"."captured_at" <= CAST('2026-03-31T23:59:59' AS TIMESTAMP)
                                                        ) AS "t78"
                                                        GROUP BY
                                                          1
                                                      ) AS "t117"
                                                        ON "t100"."post_id" = "t117"."post_id"
                                                      LEFT OUTER JOIN (
                                                        SELECT
                                                          "t105"."post_id",
                                                          CAST(CASE WHEN "t105"."before" IS NOT NULL THEN "t105"."before" ELSE "t105"."after" END AS DOUBLE PRECISION) AS "followers",
                                                          CASE
                                                            WHEN "t105"."before" IS NOT NULL
                                                            THEN "t105"."before_rank"
                                                            ELSE "t105"."after_rank"
                                                          END AS "followers__provenance"
                                                        FROM (
                                                          SELECT
                                                            CAST("t79"."post_id" AS BIGINT) AS "post_id",
                                                            (
                                                              ARRAY_AGG("t79"."followers" ORDER BY "t79"."captured_at" DESC NULLS LAST) FILTER(WHERE
                                                                "t79"."captured_at" IS NOT NULL AND "t79"."captured_at" <= "t79"."published_at")
                                                            )[1] AS "before",
                                                            (
                                                              ARRAY_AGG(
                                                                CASE "t79"."provenance"
                                                                  WHEN 'measured'
                                                                  THEN 0
                                                                  WHEN 'self_reported'
                                                                  THEN 1
                                                                  WHEN 'estimated'
                                                                  THEN 2
                                                                  ELSE 2
                                                                END ORDER BY "t79"."captured_at" DESC NULLS LAST
                                                              ) FILTER(WHERE
                                                                "t79"."captured_at" IS NOT NULL AND "t79"."captured_at" <= "t79"."published_at")
                                                            )[1] AS "before_rank",
                                                            (
                                                              ARRAY_AGG("t79"."followers" ORDER BY "t79"."captured_at" ASC) FILTER(WHERE
                                                                "t79"."captured_at" IS NOT NULL
                                                                AND NOT (
                                                                  "t79"."captured_at" <= "t79"."published_at"
                                                                ))
                                                            )[1] AS "after",
                                                            (
                                                              ARRAY_AGG(
                                                                CASE "t79"."provenance"
                                                                  WHEN 'measured'
                                                                  THEN 0
                                                                  WHEN 'self_reported'
                                                                  THEN 1
                                                                  WHEN 'estimated'
                                                                  THEN 2
                                                                  ELSE 2
                                                                END ORDER BY "t79"."captured_at" ASC
                                                              ) FILTER(WHERE
                                                                "t79"."captured_at" IS NOT NULL
                                                                AND NOT (
                                                                  "t79"."captured_at" <= "t79"."published_at"
                                                                ))
                                                            )[1] AS "after_rank"
                                                          FROM (
                                                            SELECT
                                                              "t48"."post_id",
                                                              "t48"."account_id",
                                                              "t48"."published_at",
                                                              "t25"."id",
                                                              "t25"."captured_at",
                                                              "t25"."followers",
                                                              "t25"."source",
                                                              "t25"."provenance"
                                                            FROM (
                                                              SELECT
                                                                "t10"."id" AS "post_id",
                                                                "t10"."account_id",
                                                                "t10"."published_at"
                                                              FROM "post" AS "t10"
                                                              WHERE
                                                                "t10"."campaign_id" IS NOT NULL AND "t10"."campaign_id" IN (1)
                                                            ) AS "t48"
                                                            INNER JOIN "follower_snapshot" AS "t25"
                                                              ON "t48"."account_id" = "t25"."account_id"
                                                          ) AS "t79"
                                                          GROUP BY
                                                            1
                                                        ) AS "t105"
                                                      ) AS "t124"
                                                        ON "t100"."post_id" = "t124"."post_id"
                                                    ) AS "t137"
                                                  ) AS "t146"
                                                ) AS "t159"
                                              ) AS "t163"
                                            ) AS "t165"
                                          ) AS "t171"
                                          WHERE
                                            "t127"."campaign_id" = "t171"."campaign_id"
                                            AND "t127"."influencer_id" = "t171"."influencer_id"
                                        )
                                    ) AS "t176"
                                  ) AS "t179"
                                ) AS "t184"
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
                                      "t97"."campaign_id",
                                      "t97"."campaign",
                                      "t97"."influencer_id",
                                      CAST("t17"."name" AS VARCHAR) AS "influencer",
                                      "t97"."incurred_on" AS "day",
                                      "t97"."amount" AS "cost"
                                    FROM "t75" AS "t97"
                                    LEFT OUTER JOIN "influencer" AS "t17"
                                      ON "t97"."influencer_id" = "t17"."id"
                                    WHERE
                                      NOT EXISTS(
                                        SELECT
                                          1
                                        FROM (
                                          SELECT
                                            "t91"."campaign_id",
                                            "t91"."campaign",
                                            "t91"."influencer_id",
                                            "t91"."influencer",
                                            "t91"."account_id",
                                            "t91"."platform",
                                            "t91"."format",
                                            "t91"."post_id",
                                            "t91"."day",
                                            "t91"."country",
                                            "t91"."caption",
                                            "t91"."sponsored",
                                            COUNT("t91"."post_id") OVER (
                                              PARTITION BY "t91"."campaign_id", "t91"."influencer_id"
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                            ) AS "n_posts"
                                          FROM "t77" AS "t91"
                                        ) AS "t112"
                                        WHERE
                                          "t97"."campaign_id" = "t112"."campaign_id"
                                          AND "t97"."influencer_id" = "t112"."influencer_id"
                                      )
                                  ) AS "t122"
                                ) AS "t131"
                              ) AS "t186"
                              UNION ALL
                              SELECT
                                *
                              FROM (
                                SELECT
                                  "t62"."campaign_id",
                                  "t62"."campaign",
                                  CAST(NULL AS BIGINT) AS "influencer_id",
                                  CAST(NULL AS VARCHAR) AS "influencer",
                                  CAST(NULL AS BIGINT) AS "account_id",
                                  "t62"."platform",
                                  CAST(NULL AS VARCHAR) AS "format",
                                  CAST(NULL AS BIGINT) AS "post_id",
                                  "t62"."day",
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
                                  "t62"."mentions",
                                  "t62"."brand_mentions",
                                  "t62"."mention_engagements",
                                  "t62"."brand_mention_engagements",
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
                                    CAST("t14"."id" AS BIGINT) AS "campaign_id",
                                    CAST("t14"."name" AS VARCHAR) AS "campaign",
                                    CAST("t20"."platform" AS VARCHAR) AS "platform",
                                    "t20"."mentioned_on" AS "day",
                                    CAST(1 AS DOUBLE PRECISION) AS "mentions",
                                    CAST(CASE WHEN "t20"."own" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "brand_mentions",
                                    "t20"."engagements" AS "mention_engagements",
                                    CAST(CASE WHEN "t20"."own" THEN 1 ELSE 0 END AS DOUBLE PRECISION) * "t20"."engagements" AS "brand_mention_engagements"
                                  FROM "mention" AS "t20"
                                  INNER JOIN "campaign" AS "t14"
                                    ON "t20"."workspace_id" = "t14"."workspace_id"
                                    AND "t20"."mentioned_on" >= "t14"."start_date"
                                    AND "t20"."mentioned_on" <= "t14"."end_date"
                                ) AS "t62"
                              ) AS "t73"
                            ) AS "t187"
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t178"."campaign_id",
                                "t178"."campaign",
                                "t178"."influencer_id",
                                "t178"."influencer",
                                "t178"."account_id",
                                "t178"."platform",
                                CAST(NULL AS VARCHAR) AS "format",
                                CAST(NULL AS BIGINT) AS "post_id",
                                "t178"."day",
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
                                  WHEN "t178"."is_brand" = FALSE
                                  THEN "t178"."start_followers"
                                  ELSE CAST(NULL AS DOUBLE PRECISION)
                                END AS "followers_start",
                                CASE
                                  WHEN "t178"."is_brand" = FALSE
                                  THEN CASE
                                    WHEN "t178"."end_seen_at" > "t178"."start_seen_at"
                                    THEN "t178"."end_followers" - "t178"."start_followers"
                                    ELSE CAST(NULL AS DOUBLE PRECISION)
                                  END
                                  ELSE CAST(NULL AS DOUBLE PRECISION)
                                END AS "followers_gained",
                                CASE
                                  WHEN "t178"."is_brand" = FALSE
                                  THEN CASE
                                    WHEN "t178"."end_seen_at" > "t178"."start_seen_at"
                                    THEN (
                                      CAST((
                                        "t178"."start_followers" - "t178"."before_followers"
                                      ) AS DOUBLE PRECISION) / NULLIF(CAST("t178"."start_seen_at" - "t178"."before_seen_at" AS DOUBLE PRECISION), 0)
                                    ) * (
                                      "t178"."end_seen_at" - "t178"."start_seen_at"
                                    )
                                    ELSE CAST(NULL AS DOUBLE PRECISION)
                                  END
                                  ELSE CAST(NULL AS DOUBLE PRECISION)
                                END AS "followers_expected_gain",
                                CAST(CASE
                                  WHEN "t178"."is_brand" = FALSE
                                  THEN "t178"."start_rank"
                                  ELSE CAST(NULL AS SMALLINT)
                                END AS BIGINT) AS "followers_start__provenance",
                                CASE
                                  WHEN "t178"."is_brand" = FALSE
                                  THEN CASE
                                    WHEN "t178"."end_seen_at" > "t178"."start_seen_at"
                                    THEN NULLIF(GREATEST(COALESCE("t178"."start_rank", -1), COALESCE("t178"."end_rank", -1)), -1)
                                    ELSE CAST(NULL AS BIGINT)
                                  END
                                  ELSE CAST(NULL AS BIGINT)
                                END AS "followers_gained__provenance",
                                CASE
                                  WHEN "t178"."is_brand" = FALSE
                                  THEN CASE
                                    WHEN CASE
                                      WHEN "t178"."end_seen_at" > "t178"."start_seen_at"
                                      THEN (
                                        CAST((
                                          "t178"."start_followers" - "t178"."before_followers"
                                        ) AS DOUBLE PRECISION) / NULLIF(CAST("t178"."start_seen_at" - "t178"."before_seen_at" AS DOUBLE PRECISION), 0)
                                      ) * (
                                        "t178"."end_seen_at" - "t178"."start_seen_at"
                                      )
                                      ELSE CAST(NULL AS DOUBLE PRECISION)
                                    END IS NOT NULL
                                    THEN NULLIF(
                                      GREATEST(
                                        COALESCE(
                                          CASE
                                            WHEN "t178"."end_seen_at" > "t178"."start_seen_at"
                                            THEN NULLIF(GREATEST(COALESCE("t178"."start_rank", -1), COALESCE("t178"."end_rank", -1)), -1)
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          -1
                                        ),
                                        COALESCE("t178"."before_rank", -1)
                                      ),
                                      -1
                                    )
                                    ELSE CAST(NULL AS BIGINT)
                                  END
                                  ELSE CAST(NULL AS BIGINT)
                                END AS "followers_expected_gain__provenance",
                                CASE
                                  WHEN "t178"."is_brand" = TRUE
                                  THEN "t178"."start_followers"
                                  ELSE CAST(NULL AS DOUBLE PRECISION)
                                END AS "brand_followers_start",
                                CASE
                                  WHEN "t178"."is_brand" = TRUE
                                  THEN CASE
                                    WHEN "t178"."end_seen_at" > "t178"."start_seen_at"
                                    THEN "t178"."end_followers" - "t178"."start_followers"
                                    ELSE CAST(NULL AS DOUBLE PRECISION)
                                  END
                                  ELSE CAST(NULL AS DOUBLE PRECISION)
                                END AS "brand_followers_gained",
                                CASE
                                  WHEN "t178"."is_brand" = TRUE
                                  THEN CASE
                                    WHEN "t178"."end_seen_at" > "t178"."start_seen_at"
                                    THEN (
                                      CAST((
                                        "t178"."start_followers" - "t178"."before_followers"
                                      ) AS DOUBLE PRECISION) / NULLIF(CAST("t178"."start_seen_at" - "t178"."before_seen_at" AS DOUBLE PRECISION), 0)
                                    ) * (
                                      "t178"."end_seen_at" - "t178"."start_seen_at"
                                    )
                                    ELSE CAST(NULL AS DOUBLE PRECISION)
                                  END
                                  ELSE CAST(NULL AS DOUBLE PRECISION)
                                END AS "brand_followers_expected_gain",
                                CAST(CASE
                                  WHEN "t178"."is_brand" = TRUE
                                  THEN "t178"."start_rank"
                                  ELSE CAST(NULL AS SMALLINT)
                                END AS BIGINT) AS "brand_followers_start__provenance",
                                CASE
                                  WHEN "t178"."is_brand" = TRUE
                                  THEN CASE
                                    WHEN "t178"."end_seen_at" > "t178"."start_seen_at"
                                    THEN NULLIF(GREATEST(COALESCE("t178"."start_rank", -1), COALESCE("t178"."end_rank", -1)), -1)
                                    ELSE CAST(NULL AS BIGINT)
                                  END
                                  ELSE CAST(NULL AS BIGINT)
                                END AS "brand_followers_gained__provenance",
                                CASE
                                  WHEN "t178"."is_brand" = TRUE
                                  THEN CASE
                                    WHEN CASE
                                      WHEN "t178"."end_seen_at" > "t178"."start_seen_at"
                                      THEN (
                                        CAST((
                                          "t178"."start_followers" - "t178"."before_followers"
                                        ) AS DOUBLE PRECISION) / NULLIF(CAST("t178"."start_seen_at" - "t178"."before_seen_at" AS DOUBLE PRECISION), 0)
                                      ) * (
                                        "t178"."end_seen_at" - "t178"."start_seen_at"
                                      )
                                      ELSE CAST(NULL AS DOUBLE PRECISION)
                                    END IS NOT NULL
                                    THEN NULLIF(
                                      GREATEST(
                                        COALESCE(
                                          CASE
                                            WHEN "t178"."end_seen_at" > "t178"."start_seen_at"
                                            THEN NULLIF(GREATEST(COALESCE("t178"."start_rank", -1), COALESCE("t178"."end_rank", -1)), -1)
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          -1
                                        ),
                                        COALESCE("t178"."before_rank", -1)
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
                                  "t154"."before_followers",
                                  "t154"."before_seen_at",
                                  "t154"."before_rank"
                                FROM (
                                  SELECT
                                    "t162"."campaign_id",
                                    "t162"."campaign",
                                    "t162"."influencer_id",
                                    "t162"."influencer",
                                    "t162"."account_id",
                                    "t162"."platform",
                                    "t162"."is_brand",
                                    "t162"."day",
                                    "t162"."start_at",
                                    "t162"."end_at",
                                    "t162"."start_followers",
                                    "t162"."start_seen_at",
                                    "t162"."start_rank",
                                    "t153"."end_followers",
                                    "t153"."end_seen_at",
                                    "t153"."end_rank"
                                  FROM (
                                    SELECT
                                      "t134"."campaign_id",
                                      "t134"."campaign",
                                      "t134"."influencer_id",
                                      "t134"."influencer",
                                      "t134"."account_id",
                                      "t134"."platform",
                                      "t134"."is_brand",
                                      "t134"."day",
                                      "t134"."start_at",
                                      "t134"."end_at",
                                      "t156"."start_followers",
                                      "t156"."start_seen_at",
                                      "t156"."start_rank"
                                    FROM (
                                      SELECT
                                        "t114"."campaign_id",
                                        CAST("t14"."name" AS VARCHAR) AS "campaign",
                                        CAST("t18"."id" AS BIGINT) AS "influencer_id",
                                        CAST("t18"."name" AS VARCHAR) AS "influencer",
                                        "t114"."account_id",
                                        CAST("t24"."platform" AS VARCHAR) AS "platform",
                                        "t114"."is_brand",
                                        "t14"."end_date" AS "day",
                                        EXTRACT('epoch' FROM CAST("t14"."start_date" AS TIMESTAMPTZ)) AS "start_at",
                                        EXTRACT('epoch' FROM CAST("t14"."end_date" AS TIMESTAMPTZ)) + 86400 AS "end_at"
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            "t99"."campaign_id",
                                            "t99"."account_id",
                                            FALSE AS "is_brand"
                                          FROM (
                                            SELECT DISTINCT
                                              "t85"."campaign_id",
                                              "t85"."account_id"
                                            FROM (
                                              SELECT
                                                CAST("t46"."campaign_id" AS BIGINT) AS "campaign_id",
                                                CAST("t15"."name" AS VARCHAR) AS "campaign",
                                                CAST("t43"."id" AS BIGINT) AS "influencer_id",
                                                CAST("t43"."name" AS VARCHAR) AS "influencer",
                                                CAST("t23"."id" AS BIGINT) AS "account_id",
                                                CAST("t23"."platform" AS VARCHAR) AS "platform",
                                                CAST("t46"."format" AS VARCHAR) AS "format",
                                                CAST("t46"."id" AS BIGINT) AS "post_id",
                                                "t46"."published_on" AS "day",
                                                "t43"."country",
                                                CAST("t46"."caption" AS VARCHAR) AS "caption",
                                                "t46"."sponsored"
                                              FROM (
                                                SELECT
                                                  *
                                                FROM "post" AS "t10"
                                                WHERE
                                                  "t10"."campaign_id" IS NOT NULL
                                              ) AS "t46"
                                              INNER JOIN "account" AS "t23"
                                                ON "t46"."account_id" = "t23"."id"
                                              INNER JOIN (
                                                SELECT
                                                  *
                                                FROM "influencer" AS "t2"
                                                WHERE
                                                  NOT (
                                                    "t2"."is_brand"
                                                  )
                                              ) AS "t43"
                                                ON "t23"."influencer_id" = "t43"."id"
                                              INNER JOIN "campaign" AS "t15"
                                                ON "t46"."campaign_id" = "t15"."id"
                                            ) AS "t85"
                                          ) AS "t99"
                                        ) AS "t104"
                                        UNION ALL
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            CAST("t16"."id" AS BIGINT) AS "campaign_id",
                                            CAST("t24"."id" AS BIGINT) AS "account_id",
                                            TRUE AS "is_brand"
                                          FROM "campaign" AS "t16"
                                          INNER JOIN (
                                            SELECT
                                              *
                                            FROM "influencer" AS "t2"
                                            WHERE
                                              "t2"."is_brand"
                                          ) AS "t32"
                                            ON "t32"."workspace_id" = "t16"."workspace_id"
                                          INNER JOIN "account" AS "t24"
                                            ON "t24"."influencer_id" = "t32"."id"
                                        ) AS "t65"
                                      ) AS "t114"
                                      INNER JOIN "campaign" AS "t14"
                                        ON "t114"."campaign_id" = "t14"."id"
                                      INNER JOIN "account" AS "t24"
                                        ON "t114"."account_id" = "t24"."id"
                                      INNER JOIN "influencer" AS "t18"
                                        ON "t24"."influencer_id" = "t18"."id"
                                    ) AS "t134"
                                    INNER JOIN (
                                      SELECT
                                        "t150"."campaign_id",
                                        "t150"."account_id",
                                        CAST("t150"."followers" AS DOUBLE PRECISION) AS "start_followers",
                                        "t150"."at" AS "start_seen_at",
                                        "t150"."rank" AS "start_rank"
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
                                          "t145"."followers",
                                          "t145"."at",
                                          "t145"."rank",
                                          ROW_NUMBER() OVER (
                                            PARTITION BY "t145"."campaign_id", "t145"."account_id"
                                            ORDER BY CASE WHEN "t145"."at" <= "t145"."start_at" THEN 0 ELSE 1 END ASC, ABS("t145"."at" - "t145"."start_at") ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                          ) - 1 AS "order"
                                        FROM "t144" AS "t145"
                                      ) AS "t150"
                                      WHERE
                                        "t150"."order" = 0
                                    ) AS "t156"
                                      ON "t134"."campaign_id" = "t156"."campaign_id"
                                      AND "t134"."account_id" = "t156"."account_id"
                                  ) AS "t162"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t148"."campaign_id",
                                      "t148"."account_id",
                                      CAST("t148"."followers" AS DOUBLE PRECISION) AS "end_followers",
                                      "t148"."at" AS "end_seen_at",
                                      "t148"."rank" AS "end_rank"
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
                                        "t145"."followers",
                                        "t145"."at",
                                        "t145"."rank",
                                        ROW_NUMBER() OVER (
                                          PARTITION BY "t145"."campaign_id", "t145"."account_id"
                                          ORDER BY "t145"."at" DESC NULLS LAST
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        ) - 1 AS "order"
                                      FROM "t144" AS "t145"
                                    ) AS "t148"
                                    WHERE
                                      "t148"."order" = 0
                                  ) AS "t153"
                                    ON "t162"."campaign_id" = "t153"."campaign_id"
                                    AND "t162"."account_id" = "t153"."account_id"
                                ) AS "t175"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t149"."campaign_id",
                                    "t149"."account_id",
                                    CAST("t149"."followers" AS DOUBLE PRECISION) AS "before_followers",
                                    "t149"."at" AS "before_seen_at",
                                    "t149"."rank" AS "before_rank"
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
                                      "t147"."followers",
                                      "t147"."at",
                                      "t147"."rank",
                                      ROW_NUMBER() OVER (
                                        PARTITION BY "t147"."campaign_id", "t147"."account_id"
                                        ORDER BY "t147"."at" DESC NULLS LAST
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                      ) - 1 AS "order"
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t134"."campaign_id",
                                          "t134"."campaign",
                                          "t134"."influencer_id",
                                          "t134"."influencer",
                                          "t134"."account_id",
                                          "t134"."platform",
                                          "t134"."is_brand",
                                          "t134"."day",
                                          "t134"."start_at",
                                          "t134"."end_at",
                                          "t56"."followers",
                                          "t56"."at",
                                          "t56"."rank"
                                        FROM (
                                          SELECT
                                            "t114"."campaign_id",
                                            CAST("t14"."name" AS VARCHAR) AS "campaign",
                                            CAST("t18"."id" AS BIGINT) AS "influencer_id",
                                            CAST("t18"."name" AS VARCHAR) AS "influencer",
                                            "t114"."account_id",
                                            CAST("t24"."platform" AS VARCHAR) AS "platform",
                                            "t114"."is_brand",
                                            "t14"."end_date" AS "day",
                                            EXTRACT('epoch' FROM CAST("t14"."start_date" AS TIMESTAMPTZ)) AS "start_at",
                                            EXTRACT('epoch' FROM CAST("t14"."end_date" AS TIMESTAMPTZ)) + 86400 AS "end_at"
                                          FROM (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                "t99"."campaign_id",
                                                "t99"."account_id",
                                                FALSE AS "is_brand"
                                              FROM (
                                                SELECT DISTINCT
                                                  "t85"."campaign_id",
                                                  "t85"."account_id"
                                                FROM (
                                                  SELECT
                                                    CAST("t46"."campaign_id" AS BIGINT) AS "campaign_id",
                                                    CAST("t15"."name" AS VARCHAR) AS "campaign",
                                                    CAST("t43"."id" AS BIGINT) AS "influencer_id",
                                                    CAST("t43"."name" AS VARCHAR) AS "influencer",
                                                    CAST("t23"."id" AS BIGINT) AS "account_id",
                                                    CAST("t23"."platform" AS VARCHAR) AS "platform",
                                                    CAST("t46"."format" AS VARCHAR) AS "format",
                                                    CAST("t46"."id" AS BIGINT) AS "post_id",
                                                    "t46"."published_on" AS "day",
                                                    "t43"."country",
                                                    CAST("t46"."caption" AS VARCHAR) AS "caption",
                                                    "t46"."sponsored"
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM "post" AS "t10"
                                                    WHERE
                                                      "t10"."campaign_id" IS NOT NULL
                                                  ) AS "t46"
                                                  INNER JOIN "account" AS "t23"
                                                    ON "t46"."account_id" = "t23"."id"
                                                  INNER JOIN (
                                                    SELECT
                                                      *
                                                    FROM "influencer" AS "t2"
                                                    WHERE
                                                      NOT (
                                                        "t2"."is_brand"
                                                      )
                                                  ) AS "t43"
                                                    ON "t23"."influencer_id" = "t43"."id"
                                                  INNER JOIN "campaign" AS "t15"
                                                    ON "t46"."campaign_id" = "t15"."id"
                                                ) AS "t85"
                                              ) AS "t99"
                                            ) AS "t104"
                                            UNION ALL
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                CAST("t16"."id" AS BIGINT) AS "campaign_id",
                                                CAST("t24"."id" AS BIGINT) AS "account_id",
                                                TRUE AS "is_brand"
                                              FROM "campaign" AS "t16"
                                              INNER JOIN (
                                                SELECT
                                                  *
                                                FROM "influencer" AS "t2"
                                                WHERE
                                                  "t2"."is_brand"
                                              ) AS "t32"
                                                ON "t32"."workspace_id" = "t16"."workspace_id"
                                              INNER JOIN "account" AS "t24"
                                                ON "t24"."influencer_id" = "t32"."id"
                                            ) AS "t65"
                                          ) AS "t114"
                                          INNER JOIN "campaign" AS "t14"
                                            ON "t114"."campaign_id" = "t14"."id"
                                          INNER JOIN "account" AS "t24"
                                            ON "t114"."account_id" = "t24"."id"
                                          INNER JOIN "influencer" AS "t18"
                                            ON "t24"."influencer_id" = "t18"."id"
                                        ) AS "t134"
                                        INNER JOIN (
                                          SELECT
                                            CAST("t12"."account_id" AS BIGINT) AS "account_id",
                                            "t12"."followers",
                                            EXTRACT('epoch' FROM CAST("t12"."captured_at" AS TIMESTAMPTZ)) AS "at",
                                            CASE "t12"."provenance"
                                              WHEN 'measured'
                                              THEN 0
                                              WHEN 'self_reported'
                                              THEN 1
                                              WHEN 'estimated'
                                              THEN 2
                                              ELSE 2
                                            END AS "rank"
                                          FROM "follower_snapshot" AS "t12"
                                        ) AS "t56"
                                          ON "t134"."account_id" = "t56"."account_id"
                                      ) AS "t143"
                                      WHERE
                                        "t143"."at" <= (
                                          "t143"."start_at" - (
                                            "t143"."end_at" - "t143"."start_at"
                                          )
                                        )
                                    ) AS "t147"
                                  ) AS "t149"
                                  WHERE
                                    "t149"."order" = 0
                                ) AS "t154"
                                  ON "t175"."campaign_id" = "t154"."campaign_id"
                                  AND "t175"."account_id" = "t154"."account_id"
                              ) AS "t178"
                            ) AS "t185"
                          ) AS "t188"
                          UNION ALL
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t60"."campaign_id",
                              "t60"."campaign",
                              "t60"."influencer_id",
                              "t60"."influencer",
                              CAST(NULL AS BIGINT) AS "account_id",
                              CAST(NULL AS VARCHAR) AS "platform",
                              CAST(NULL AS VARCHAR) AS "format",
                              CAST(NULL AS BIGINT) AS "post_id",
                              "t60"."day",
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
                              "t60"."influencers_contacted",
                              "t60"."influencers_interested",
                              "t60"."posts_contracted",
                              "t60"."products_sent",
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
                                CAST("t19"."campaign_id" AS BIGINT) AS "campaign_id",
                                CAST("t14"."name" AS VARCHAR) AS "campaign",
                                CAST("t19"."influencer_id" AS BIGINT) AS "influencer_id",
                                CAST("t17"."name" AS VARCHAR) AS "influencer",
                                "t14"."start_date" AS "day",
                                CAST(1 AS DOUBLE PRECISION) AS "influencers_contacted",
                                CAST(CASE WHEN "t19"."status" IN ('interested', 'activated') THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "influencers_interested",
                                CAST("t19"."posts_contracted" AS DOUBLE PRECISION) AS "posts_contracted",
                                CAST("t19"."products_sent" AS DOUBLE PRECISION) AS "products_sent"
                              FROM "roster" AS "t19"
                              INNER JOIN "campaign" AS "t14"
                                ON "t19"."campaign_id" = "t14"."id"
                              INNER JOIN "influencer" AS "t17"
                                ON "t19"."influencer_id" = "t17"."id"
                            ) AS "t60"
                          ) AS "t72"
                        ) AS "t189"
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t103"."campaign_id",
                            "t103"."campaign",
                            "t103"."influencer_id",
                            "t103"."influencer",
                            CAST(NULL AS BIGINT) AS "account_id",
                            "t103"."platform",
                            CAST(NULL AS VARCHAR) AS "format",
                            "t103"."post_id",
                            "t103"."day",
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
                            "t103"."link_clicks",
                            "t103"."unique_link_clicks",
                            "t103"."bot_link_clicks",
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
                              "t83"."campaign_id",
                              "t83"."influencer_id",
                              "t83"."post_id",
                              "t83"."platform",
                              "t83"."day",
                              "t83"."link_clicks",
                              "t83"."unique_link_clicks",
                              "t83"."bot_link_clicks",
                              CAST("t14"."name" AS VARCHAR) AS "campaign",
                              CAST("t17"."name" AS VARCHAR) AS "influencer"
                            FROM (
                              SELECT
                                CAST("t22"."campaign_id" AS BIGINT) AS "campaign_id",
                                CAST("t22"."influencer_id" AS BIGINT) AS "influencer_id",
                                CAST("t22"."post_id" AS BIGINT) AS "post_id",
                                CAST("t22"."platform" AS VARCHAR) AS "platform",
                                DATE("t21"."clicked_at") AS "day",
                                CAST(CASE WHEN NOT (
                                  "t21"."is_bot"
                                ) THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "link_clicks",
                                CAST(CASE WHEN NOT (
                                  "t21"."is_bot"
                                ) AND "t21"."is_unique" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "unique_link_clicks",
                                CAST(CASE WHEN "t21"."is_bot" THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS "bot_link_clicks"
                              FROM "click" AS "t21"
                              INNER JOIN "link" AS "t22"
                                ON "t21"."link_id" = "t22"."id"
                            ) AS "t83"
                            INNER JOIN "campaign" AS "t14"
                              ON "t83"."campaign_id" = "t14"."id"
                            LEFT OUTER JOIN "influencer" AS "t17"
                              ON "t83"."influencer_id" = "t17"."id"
                          ) AS "t103"
                        ) AS "t110"
                      ) AS "t190"
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
                          "t88"."platform",
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
                          CAST(NULL AS DOUBLE PRECISION) AS "influencers_contacted",
                          CAST(NULL AS DOUBLE PRECISION) AS "influencers_interested",
                          CAST(NULL AS DOUBLE PRECISION) AS "posts_contracted",
                          CAST(NULL AS DOUBLE PRECISION) AS "products_sent",
                          CAST(NULL AS DOUBLE PRECISION) AS "link_clicks",
                          CAST(NULL AS DOUBLE PRECISION) AS "unique_link_clicks",
                          CAST(NULL AS DOUBLE PRECISION) AS "bot_link_clicks",
                          "t88"."sessions",
                          "t88"."new_users",
                          "t88"."engaged_sessions",
                          "t88"."bounced_sessions",
                          "t88"."session_seconds",
                          "t88"."page_views",
                          "t88"."key_events",
                          CAST(NULL AS DOUBLE PRECISION) AS "orders",
                          CAST(NULL AS DOUBLE PRECISION) AS "revenue",
                          CAST(NULL AS DOUBLE PRECISION) AS "new_customers",
                          CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                        FROM (
                          SELECT
                            "t61"."campaign_id",
                            "t61"."influencer_id",
                            "t61"."platform",
                            "t61"."day",
                            "t61"."sessions",
                            "t61"."new_users",
                            "t61"."engaged_sessions",
                            "t61"."bounced_sessions",
                            "t61"."session_seconds",
                            "t61"."page_views",
                            "t61"."key_events",
                            CAST("t14"."name" AS VARCHAR) AS "campaign",
                            CAST("t17"."name" AS VARCHAR) AS "influencer"
                          FROM (
                            SELECT
                              CAST("t5"."campaign_id" AS BIGINT) AS "campaign_id",
                              CAST("t5"."influencer_id" AS BIGINT) AS "influencer_id",
                              LOWER("t5"."utm_source") AS "platform",
                              "t5"."day",
                              CAST("t5"."sessions" AS DOUBLE PRECISION) AS "sessions",
                              CAST("t5"."new_users" AS DOUBLE PRECISION) AS "new_users",
                              CAST("t5"."engaged_sessions" AS DOUBLE PRECISION) AS "engaged_sessions",
                              CAST("t5"."sessions" - "t5"."engaged_sessions" AS DOUBLE PRECISION) AS "bounced_sessions",
                              CAST("t5"."duration_seconds" AS DOUBLE PRECISION) AS "session_seconds",
                              CAST("t5"."page_views" AS DOUBLE PRECISION) AS "page_views",
                              CAST("t5"."key_events" AS DOUBLE PRECISION) AS "key_events"
                            FROM "web_traffic" AS "t5"
                            WHERE
                              "t5"."campaign_id" IS NOT NULL
                          ) AS "t61"
                          INNER JOIN "campaign" AS "t14"
                            ON "t61"."campaign_id" = "t14"."id"
                          LEFT OUTER JOIN "influencer" AS "t17"
                            ON "t61"."influencer_id" = "t17"."id"
                        ) AS "t88"
                      ) AS "t102"
                    ) AS "t191"
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t101"."campaign_id",
                        "t101"."campaign",
                        "t101"."influencer_id",
                        "t101"."influencer",
                        CAST(NULL AS BIGINT) AS "account_id",
                        "t101"."platform",
                        CAST(NULL AS VARCHAR) AS "format",
                        CAST(NULL AS BIGINT) AS "post_id",
                        "t101"."day",
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
                        "t101"."orders",
                        "t101"."revenue",
                        "t101"."new_customers",
                        CAST(NULL AS DOUBLE PRECISION) AS "key_messages"
                      FROM (
                        SELECT
                          "t71"."campaign_id",
                          "t71"."influencer_id",
                          "t71"."platform",
                          "t71"."day",
                          "t71"."orders",
                          "t71"."revenue",
                          "t71"."new_customers",
                          CAST("t14"."name" AS VARCHAR) AS "campaign",
                          CAST("t17"."name" AS VARCHAR) AS "influencer"
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
                        ) AS "t71"
                        INNER JOIN "campaign" AS "t14"
                          ON "t71"."campaign_id" = "t14"."id"
                        LEFT OUTER JOIN "influencer" AS "t17"
                          ON "t71"."influencer_id" = "t17"."id"
                      ) AS "t101"
                    ) AS "t106"
                  ) AS "t192"
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
                  ) AS "t68"
                ) AS "t195"
                LEFT OUTER JOIN (
                  SELECT
                    "t133"."campaign_id",
                    "t133"."rate" AS "emv_rate"
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
                        "t119"."campaign_id",
                        "t119"."rate"
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
                            "t51"."campaign_id",
                            "t51"."start",
                            "t64"."rate",
                            EXTRACT('epoch' FROM CAST("t64"."valid_on" AS TIMESTAMPTZ)) AS "valid"
                          FROM (
                            SELECT
                              CAST("t0"."id" AS BIGINT) AS "campaign_id",
                              "t0"."currency",
                              EXTRACT('epoch' FROM CAST("t0"."start_date" AS TIMESTAMPTZ)) AS "start"
                            FROM "campaign" AS "t0"
                          ) AS "t51"
                          INNER JOIN (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t1"."quote",
                                "t1"."valid_on",
                                CAST("t1"."rate" AS DOUBLE PRECISION) AS "rate"
                              FROM "exchange_rate" AS "t1"
                              WHERE
                                "t1"."base" = 'EUR'
                            ) AS "t30"
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t1"."base" AS "quote",
                                "t1"."valid_on",
                                CAST(1 AS DOUBLE PRECISION) / NULLIF(CAST("t1"."rate" AS DOUBLE PRECISION), 0) AS "rate"
                              FROM "exchange_rate" AS "t1"
                              WHERE
                                "t1"."quote" = 'EUR'
                            ) AS "t53"
                          ) AS "t64"
                            ON "t51"."currency" = "t64"."quote"
                        ) AS "t96"
                      ) AS "t119"
                      WHERE
                        "t119"."order" = 0
                    ) AS "t129"
                  ) AS "t133"
                ) AS "t141"
                  ON "t195"."campaign_id" = "t141"."campaign_id"
              ) AS "t197"
            ) AS "t200"
            LEFT OUTER JOIN (
              SELECT
                "t132"."campaign_id",
                "t132"."rate" AS "paid_rate"
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
                    "t118"."campaign_id",
                    "t118"."rate"
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
                        "t51"."campaign_id",
                        "t51"."start",
                        "t63"."rate",
                        EXTRACT('epoch' FROM CAST("t63"."valid_on" AS TIMESTAMPTZ)) AS "valid"
                      FROM (
                        SELECT
                          CAST("t0"."id" AS BIGINT) AS "campaign_id",
                          "t0"."currency",
                          EXTRACT('epoch' FROM CAST("t0"."start_date" AS TIMESTAMPTZ)) AS "start"
                        FROM "campaign" AS "t0"
                      ) AS "t51"
                      INNER JOIN (
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t1"."quote",
                            "t1"."valid_on",
                            CAST("t1"."rate" AS DOUBLE PRECISION) AS "rate"
                          FROM "exchange_rate" AS "t1"
                          WHERE
                            "t1"."base" = 'USD'
                        ) AS "t29"
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t1"."base" AS "quote",
                            "t1"."valid_on",
                            CAST(1 AS DOUBLE PRECISION) / NULLIF(CAST("t1"."rate" AS DOUBLE PRECISION), 0) AS "rate"
                          FROM "exchange_rate" AS "t1"
                          WHERE
                            "t1"."quote" = 'USD'
                        ) AS "t52"
                      ) AS "t63"
                        ON "t51"."currency" = "t63"."quote"
                    ) AS "t95"
                  ) AS "t118"
                  WHERE
                    "t118"."order" = 0
                ) AS "t128"
              ) AS "t132"
            ) AS "t140"
              ON "t200"."campaign_id" = "t140"."campaign_id"
          ) AS "t202"
          WHERE
            "t202"."campaign_id" IN (1)
            AND (
              (
                "t202"."bot_link_clicks" IS NOT NULL
              )
              OR (
                "t202"."bounced_sessions" IS NOT NULL
              )
              OR (
                "t202"."brand_followers_expected_gain" IS NOT NULL
              )
              OR (
                "t202"."brand_followers_gained" IS NOT NULL
              )
              OR (
                "t202"."brand_followers_start" IS NOT NULL
              )
              OR (
                "t202"."brand_mention_engagements" IS NOT NULL
              )
              OR (
                "t202"."brand_mentions" IS NOT NULL
              )
              OR (
                "t202"."clicks" IS NOT NULL
              )
              OR (
                "t202"."comments" IS NOT NULL
              )
              OR (
                "t202"."cost" IS NOT NULL
              )
              OR (
                "t202"."disclosed_sponsored_posts" IS NOT NULL
              )
              OR (
                "t202"."emv" IS NOT NULL
              )
              OR (
                "t202"."engagements" IS NOT NULL
              )
              OR (
                "t202"."er_followers_post" IS NOT NULL
              )
              OR (
                "t202"."er_impressions_post" IS NOT NULL
              )
              OR (
                "t202"."er_reach_post" IS NOT NULL
              )
              OR (
                "t202"."er_views_post" IS NOT NULL
              )
              OR (
                "t202"."followers" IS NOT NULL
              )
              OR (
                "t202"."followers_expected_gain" IS NOT NULL
              )
              OR (
                "t202"."followers_gained" IS NOT NULL
              )
              OR (
                "t202"."followers_start" IS NOT NULL
              )
              OR (
                "t202"."impressions" IS NOT NULL
              )
              OR (
                "t202"."impressions_with_estimates" IS NOT NULL
              )
              OR (
                "t202"."influencers_contacted" IS NOT NULL
              )
              OR (
                "t202"."influencers_interested" IS NOT NULL
              )
              OR (
                "t202"."key_events" IS NOT NULL
              )
              OR (
                "t202"."key_message_posts" IS NOT NULL
              )
              OR (
                "t202"."key_messages" IS NOT NULL
              )
              OR (
                "t202"."likes" IS NOT NULL
              )
              OR (
                "t202"."link_clicks" IS NOT NULL
              )
              OR (
                "t202"."mention_engagements" IS NOT NULL
              )
              OR (
                "t202"."mentions" IS NOT NULL
              )
              OR (
                "t202"."new_customers" IS NOT NULL
              )
              OR (
                "t202"."new_users" IS NOT NULL
              )
              OR (
                "t202"."orders" IS NOT NULL
              )
              OR (
                "t202"."page_views" IS NOT NULL
              )
              OR (
                (
                  CAST("t202"."cost" AS DOUBLE PRECISION) / (
                    CASE
                      WHEN "t202"."platform" = 'tiktok'
                      THEN CAST(NULL AS DOUBLE PRECISION)
                      WHEN "t202"."platform" = 'youtube'
                      THEN CAST(NULL AS DOUBLE PRECISION)
                      ELSE 1.88
                    END * "t202"."paid_rate"
                  )
                ) IS NOT NULL
              )
              OR (
                (
                  (
                    CAST("t202"."cost" AS DOUBLE PRECISION) / (
                      CASE
                        WHEN "t202"."platform" = 'tiktok'
                        THEN 7.5
                        WHEN "t202"."platform" = 'youtube'
                        THEN 3.53
                        ELSE 19.8
                      END * "t202"."paid_rate"
                    )
                  ) * 1000
                ) IS NOT NULL
              )
              OR (
                (
                  CAST("t202"."cost" AS DOUBLE PRECISION) / (
                    CASE
                      WHEN "t202"."platform" = 'youtube'
                      THEN 0.026
                      ELSE CAST(NULL AS DOUBLE PRECISION)
                    END * "t202"."paid_rate"
                  )
                ) IS NOT NULL
              )
              OR (
                "t202"."post_id" IS NOT NULL
              )
              OR (
                "t202"."post_platform" IS NOT NULL
              )
              OR (
                "t202"."posts_contracted" IS NOT NULL
              )
              OR (
                "t202"."products_sent" IS NOT NULL
              )
              OR (
                "t202"."publishing_influencer" IS NOT NULL
              )
              OR (
                "t202"."reach" IS NOT NULL
              )
              OR (
                "t202"."revenue" IS NOT NULL
              )
              OR (
                "t202"."saves" IS NOT NULL
              )
              OR (
                "t202"."session_seconds" IS NOT NULL
              )
              OR (
                "t202"."sessions" IS NOT NULL
              )
              OR (
                "t202"."shares" IS NOT NULL
              )
              OR (
                "t202"."sponsored_posts" IS NOT NULL
              )
              OR (
                "t202"."ugc_post" IS NOT NULL
              )
              OR (
                "t202"."unique_link_clicks" IS NOT NULL
              )
              OR (
                "t202"."views" IS NOT NULL
              )
            )
            AND "t202"."account_id" IS NOT NULL
        ) AS "t204"
        GROUP BY
          1,
          2
      ) AS "t207"
    ) AS "t208"
    GROUP BY
      1
  ) AS "t210"
    ON "t206"."week" IS NOT DISTINCT FROM "t210"."week"
) AS "t211"
ORDER BY
  "t211"."week" ASC
