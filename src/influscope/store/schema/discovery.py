"""Prospects, audiences, comments and follower samples, saved searches and shortlists."""
