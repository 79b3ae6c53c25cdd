"""Web sessions and conversions (GA4) and shop orders (Shopify, WooCommerce)."""
