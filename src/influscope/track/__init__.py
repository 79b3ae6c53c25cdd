"""Tracking: links and their clicks, promo codes, and the attribution of orders to influencers."""
