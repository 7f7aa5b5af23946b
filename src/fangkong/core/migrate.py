"""Run Alembic migrations from code (CLI, tests, the demo start-up)."""

from __future__ import annotations

from importlib.resources import files

from alembic import command
from alembic.config import Config

from fangkong.core.config import get_settings, normalize_database_url


def alembic_config(url: str | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("fangkong") / "migrations"))
    config.set_main_option("sqlalchemy.url", normalize_database_url(url or get_settings().database_url))
    return config


def upgrade(url: str | None = None, revision: str = "head") -> None:
    command.upgrade(alembic_config(url), revision)


def downgrade(url: str | None = None, revision: str = "base") -> None:
    command.downgrade(alembic_config(url), revision)
