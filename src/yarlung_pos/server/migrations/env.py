"""Alembic environment of the server: runs on the connection handed over by
``yarlung_pos.server.database.migrate`` (inside its transaction and migration lock)."""

from alembic import context

from yarlung_pos.server import sales_months, schema_settlements, schema_shop  # noqa: F401 - their tables in Base.metadata
from yarlung_pos.server.schema import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # ``alembic`` command line during development
        from sqlalchemy import create_engine
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as connection:
            context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
            context.run_migrations()
        return
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    context.run_migrations()


run_migrations_online()
