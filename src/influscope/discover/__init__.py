"""Discovery and vetting: find, rank and audit the influencers a workspace knows.

`directory` reads every account with what search needs; `search` filters and sorts it;
`brief` and `matching` rank it for a brief with every score part shown; `authenticity` and
`audits` explain each account signal by signal (`followers` judges follower samples);
`imports` brings prospect lists, comments and follower samples in; `report` is the one-page
audit of an influencer; `shortlist` writes a campaign's casting. Settings are in
`settings.yaml`.
"""
