"""Alembic migrations, shipped inside the package and run by ``conflictdesk.store.migrate``."""
