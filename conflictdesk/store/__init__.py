"""Storage: SQLAlchemy models, engine, migrations, audit trail, backups and queries."""
