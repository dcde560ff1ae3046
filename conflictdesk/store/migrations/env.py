"""Alembic environment: runs on the connection handed over by conflictdesk.store.migrate."""

from alembic import context
from sqlalchemy import Connection, create_engine
from sqlalchemy.pool import NullPool

from conflictdesk.store.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # `alembic` CLI use by developers: -x url=sqlite:///file
        url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///dev.sqlite3")
        engine = create_engine(url, poolclass=NullPool)
        with engine.connect() as conn:
            _configure(conn)
        return
    _configure(connection)


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
