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


def next_revision_id() -> str:
    """The next number in the house style (0001, 0002, ...)."""
    versions = files("fangkong") / "migrations" / "versions"
    numbers = [int(p.name[:4]) for p in versions.iterdir() if p.name[:4].isdigit()]
    return f"{max(numbers, default=0) + 1:04d}"


def revision(message: str, url: str | None = None, autogenerate: bool = True) -> str:
    """Write a new migration file after the head, its operations compared from the models against the
    database at `url` (which must be at head). Returns the file's path."""
    rev_id = next_revision_id()
    slug = "_".join("".join(c if c.isascii() and c.isalnum() else " " for c in message.lower()).split())[:40]
    config = alembic_config(url)
    config.set_main_option("file_template", f"{rev_id}_{slug}")
    script = command.revision(config, message=message, autogenerate=autogenerate, rev_id=rev_id)
    scripts = script if isinstance(script, list) else [script]
    return str(scripts[0].path) if scripts and scripts[0] is not None else ""
