"""Users, roles, sessions, API tokens and influencer submissions of the web app."""
