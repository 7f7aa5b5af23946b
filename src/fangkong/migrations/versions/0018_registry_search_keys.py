"""registry search: pinyin initials, reversed identity number and phone, door-first address key (decision 0015)

Revision ID: 0018
Revises: 0017

The keys of existing rows are filled set-based: one UPDATE per column. SQLite runs the same Python
functions the services use (registered on the connection); PostgreSQL reverses in SQL and builds the
initials from a table of the names' distinct characters (their initials computed once, in Python).
"""

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEXES = (
    ("ix_person_name_search", "person", "name"),
    ("ix_person_name_initials", "person", "name_initials"),
    ("ix_person_id_rev", "person", "id_rev"),
    ("ix_person_phone_rev", "person", "phone_rev"),
    ("ix_household_door_key", "household", "door_key"),
)


def upgrade() -> None:
    op.add_column("person", sa.Column("name_initials", sa.String(length=16), nullable=True))
    op.add_column("person", sa.Column("id_rev", sa.String(length=18), nullable=True))
    op.add_column("person", sa.Column("phone_rev", sa.String(length=20), nullable=True))
    op.add_column("household", sa.Column("door_key", sa.String(length=48), nullable=True))
    _backfill()
    for name, table, column in _INDEXES:
        op.create_index(name, table, [column], postgresql_ops={column: "text_pattern_ops"})
    for level in ("street", "district"):  # a door within a street or district (decision 0015)
        op.create_index(f"ix_household_{level}_door_key", "household", [f"{level}_id", "door_key"],
                        postgresql_ops={"door_key": "text_pattern_ops"})


def downgrade() -> None:
    for level in ("street", "district"):
        op.drop_index(f"ix_household_{level}_door_key", table_name="household")
    for name, table, _column in _INDEXES:
        op.drop_index(name, table_name=table)
    # Plain DROP COLUMN (SQLite >= 3.35 has it): no copy of the tables, which their foreign keys refuse.
    op.execute("ALTER TABLE household DROP COLUMN door_key")
    for column in ("phone_rev", "id_rev", "name_initials"):
        op.execute(f"ALTER TABLE person DROP COLUMN {column}")


_DOOR_KEY_SQL = (
    "UPDATE household SET door_key = {key} FROM place u JOIN place b ON b.id = u.building_id "
    "WHERE u.id = household.unit_id"
)


# The key functions as fangkong.registry.searchkeys had them at this revision (a migration keeps its own copy).
@lru_cache(maxsize=65536)
def _initial(char: str) -> str:
    if char.isascii():
        return char.lower() if char.isalnum() else ""
    from pypinyin import Style, lazy_pinyin

    letters = lazy_pinyin(char, style=Style.FIRST_LETTER, errors="ignore")
    return letters[0][:1].lower() if letters and letters[0] else ""


def name_initials(name: str | None) -> str:
    return "".join(_initial(c) for c in (name or "").strip())[:16]


def reverse_digits(value: str | None) -> str | None:
    return value.strip().upper()[::-1] if value else None


def _number_of(place_name: str | None) -> str:
    text = unicodedata.normalize("NFKC", place_name or "").strip()
    found = re.match(r"^([0-9A-Za-z]+)", text)
    return (found.group(1) if found else text).lower()


def door_key(building: str | None, unit: str | None, door: str | None) -> str:
    door = unicodedata.normalize("NFKC", door or "").replace(" ", "").lower()
    door = door[:-1] if door.endswith("室") and len(door) > 1 else door
    return f"{door}-{_number_of(unit)}-{_number_of(building)}"[:48]


def _backfill() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        raw = bind.connection.dbapi_connection
        raw.create_function("fk_initials", 1, name_initials, deterministic=True)
        raw.create_function("fk_reverse", 1, reverse_digits, deterministic=True)
        raw.create_function("fk_door_key", 3, door_key, deterministic=True)
        op.execute("UPDATE person SET name_initials = fk_initials(name), id_rev = fk_reverse(id_number), "
                   "phone_rev = fk_reverse(phone)")
        op.execute("UPDATE household SET door_key = (SELECT fk_door_key(b.name, u.name, household.door) "
                   "FROM place u JOIN place b ON b.id = u.building_id WHERE u.id = household.unit_id)")
        return
    op.execute("UPDATE person SET id_rev = reverse(upper(id_number)), phone_rev = reverse(phone)")
    chars = [row[0] for row in bind.execute(sa.text(
        "SELECT DISTINCT c FROM person, regexp_split_to_table(name, '') AS c"))]
    op.execute("CREATE TEMPORARY TABLE search_initial (c text PRIMARY KEY, i text NOT NULL)")
    if chars:
        bind.execute(sa.text("INSERT INTO search_initial (c, i) VALUES (:c, :i)"),
                     [{"c": c, "i": name_initials(c)} for c in chars])
    op.execute("UPDATE person SET name_initials = left((SELECT string_agg(s.i, '' ORDER BY ch.n) "
               "FROM regexp_split_to_table(btrim(person.name), '') WITH ORDINALITY AS ch(c, n) "
               "JOIN search_initial s ON s.c = ch.c), 16)")
    op.execute("DROP TABLE search_initial")

    def number(column: str) -> str:  # searchkeys._number_of: the leading letters or digits, else the name
        text = f"normalize({column}, NFKC)"
        return f"lower(coalesce(substring({text} from '^[0-9A-Za-z]+'), btrim({text})))"

    door = "lower(replace(normalize(household.door, NFKC), ' ', ''))"
    door = f"(CASE WHEN length({door}) > 1 AND right({door}, 1) = '室' THEN left({door}, -1) ELSE {door} END)"
    key = f"left({door} || '-' || {number('u.name')} || '-' || " \
          f"{number('b.name')}, 48)"
    op.execute(_DOOR_KEY_SQL.format(key=key))
