"""Tracking links and their clicks."""
