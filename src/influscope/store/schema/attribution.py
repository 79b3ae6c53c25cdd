"""Promo codes and the attribution of shop orders and web sessions to influencers."""


