"""Where campaigns live: SQLAlchemy tables, migrations and the writes the importers share."""
