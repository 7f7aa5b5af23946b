"""Migration 0018 fills the search keys of existing rows set-based, exactly as the services and the
city generator write them (SQLite: the same Python functions; PostgreSQL: SQL). Both databases."""

from __future__ import annotations

from sqlalchemy import text

from fangkong.core.db import get_engine
from fangkong.core.migrate import downgrade, upgrade


def _keys(url: str) -> tuple[list[tuple], list[tuple]]:
    with get_engine(url).connect() as connection:
        persons = connection.execute(text(
            "SELECT id, name_initials, id_rev, phone_rev FROM person ORDER BY id")).all()
        households = connection.execute(text("SELECT id, door_key FROM household ORDER BY id")).all()
    return [tuple(r) for r in persons], [tuple(r) for r in households]


def test_the_backfill_gives_the_keys_the_generator_wrote(fresh_city_url: str):
    written = _keys(fresh_city_url)
    assert written[0] and all(r[1] and r[2] for r in written[0])
    assert any(r[3] for r in written[0]) and all(r[1] for r in written[1])
    get_engine(fresh_city_url).dispose()
    downgrade(fresh_city_url, "0017")  # just below the search keys
    with get_engine(fresh_city_url).connect() as connection:
        columns = connection.execute(text("SELECT * FROM person LIMIT 1")).keys()
    assert "id_rev" not in columns
    get_engine(fresh_city_url).dispose()
    upgrade(fresh_city_url)
    backfilled = _keys(fresh_city_url)
    assert backfilled[0] == written[0]
    assert backfilled[1] == written[1]
