"""The database layer: one migration head, upgrades that match the models, engine settings."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from fangkong.core.db import get_engine, transaction
from fangkong.core.migrate import alembic_config
from fangkong.schema import metadata
from tests.conftest import IS_POSTGRES


def test_one_migration_head() -> None:
    heads = ScriptDirectory.from_config(alembic_config("sqlite://")).get_heads()
    assert len(heads) == 1, heads


def test_upgrade_creates_every_model_table(db_url: str) -> None:
    tables = set(inspect(get_engine(db_url)).get_table_names())
    assert set(metadata.tables) <= tables
    assert "alembic_version" in tables


def test_migrations_match_the_models(db_url: str) -> None:
    """No difference between the migrated schema and the SQLAlchemy models (alembic check)."""
    with get_engine(db_url).connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, metadata)
    assert diff == [], diff


@pytest.mark.skipif(IS_POSTGRES, reason="SQLite engine settings")
def test_sqlite_runs_in_wal_mode_with_foreign_keys(db_url: str) -> None:
    with get_engine(db_url).connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_foreign_keys_are_enforced(db_url: str) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), transaction(db_url) as db:
        db.execute(text("INSERT INTO household (id, unit_id, door) VALUES (1, 999999, '101')"))


def test_a_failed_unit_of_work_writes_nothing(db_url: str) -> None:
    from fangkong.core.scope import system_actor
    from fangkong.registry import service

    with pytest.raises(RuntimeError), transaction(db_url) as db:
        service.create_place(db, system_actor("test"), parent_id=None, level="district", name="测试区", code="999901")
        raise RuntimeError("boom")
    with transaction(db_url) as db:
        assert db.execute(text("SELECT count(*) FROM place")).scalar() == 0
