"""Alembic environment: the database URL comes from FANGKONG_DATABASE_URL (or the caller)."""

from __future__ import annotations

from alembic import context

from fangkong.core.db import get_engine
from fangkong.schema import metadata

config = context.config


def run_migrations_online() -> None:
    url = config.get_main_option("sqlalchemy.url") or None
    engine = get_engine(url)
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=metadata,
            render_as_batch=engine.dialect.name == "sqlite",
            compare_type=True,
        )
        context.run_migrations()


run_migrations_online()
