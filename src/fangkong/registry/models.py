"""Registry tables: the place tree, households, persons, venues.

Every row below a district carries the ids of all its ancestors (one column per level), so
"everything under a street" is one indexed equality, `street_id = ?`, never a walk of the tree.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from fangkong.core.db import Base
from fangkong.core.scope import PLACE_LEVELS, scope_column

__all__ = ["PLACE_LEVELS", "scope_column", "Place", "Household", "Person", "Venue"]


class AncestorColumns:
    """The ancestor chain, denormalised for one-query subtree filters."""

    district_id: Mapped[int | None] = mapped_column(Integer, index=True)
    street_id: Mapped[int | None] = mapped_column(Integer, index=True)
    community_id: Mapped[int | None] = mapped_column(Integer, index=True)
    grid_id: Mapped[int | None] = mapped_column(Integer, index=True)
    compound_id: Mapped[int | None] = mapped_column(Integer, index=True)
    building_id: Mapped[int | None] = mapped_column(Integer, index=True)


class Place(AncestorColumns, Base):
    __tablename__ = "place"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("place.id"), index=True)
    level: Mapped[str] = mapped_column(String(16))
    # district: 区/县/市/开发区; street: 街道/镇/乡; community: 社区/村; others: empty
    kind: Mapped[str] = mapped_column(String(16), default="")
    name: Mapped[str] = mapped_column(String(200))
    # fangkong.registry.address.normalize(full name below the district), for the notice resolver
    name_norm: Mapped[str] = mapped_column(String(400), index=True)
    # GB/T 2260 code for districts (e.g. 140105); generated codes for lower levels
    code: Mapped[str | None] = mapped_column(String(32), unique=True)
    unit_id: Mapped[int | None] = mapped_column(Integer, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    # The review's place picker looks for a name anywhere in the places above units: a scan of this index's
    # entries for those levels (an eighth of the places) instead of the table (decision 0021).
    # (On PostgreSQL the index includes the id, so the scan never reads the table: an index-only scan.)
    __table_args__ = (Index("ix_place_level_name_norm", "level", "name_norm", postgresql_include=["id"]),)


# Search indexes (decision 0015): b-tree prefix search; on PostgreSQL with text_pattern_ops so that
# LIKE 'prefix%' uses them whatever the database's collation.
def _search_index(name: str, column: str) -> Index:
    return Index(name, column, postgresql_ops={column: "text_pattern_ops"})


class Household(AncestorColumns, Base):
    __tablename__ = "household"
    __table_args__ = (
        _search_index("ix_household_door_key", "door_key"),
        # A door within a street or district: "101" is in nearly every unit of a town, in none of a village.
        Index("ix_household_street_door_key", "street_id", "door_key", postgresql_ops={"door_key": "text_pattern_ops"}),
        Index("ix_household_district_door_key", "district_id", "door_key",
              postgresql_ops={"door_key": "text_pattern_ops"}),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("place.id"), index=True)
    door: Mapped[str] = mapped_column(String(32))  # room number as written on the door, e.g. 502
    phone: Mapped[str | None] = mapped_column(String(20))
    # searchkeys.door_key: "502-2-3" for 3号楼2单元502室, door first (search by door, decision 0015)
    door_key: Mapped[str | None] = mapped_column(String(48))


class Person(AncestorColumns, Base):
    __tablename__ = "person"
    __table_args__ = (
        _search_index("ix_person_name_search", "name"),
        _search_index("ix_person_name_initials", "name_initials"),
        _search_index("ix_person_id_rev", "id_rev"),
        _search_index("ix_person_phone_rev", "phone_rev"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id_number: Mapped[str] = mapped_column(String(18), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    sex: Mapped[str] = mapped_column(String(1))  # 'M' / 'F', derived from the identity number
    birth_date: Mapped[date] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(20))
    household_id: Mapped[int | None] = mapped_column(ForeignKey("household.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(Integer, index=True)
    # Search keys (registry.searchkeys, decision 0015), written with the row: pinyin initials ("zsf"),
    # the identity number and phone read backwards (the last digits become a prefix).
    name_initials: Mapped[str | None] = mapped_column(String(16))
    id_rev: Mapped[str | None] = mapped_column(String(18))
    phone_rev: Mapped[str | None] = mapped_column(String(20))
    # vulnerable-resident flags etc. come with the support domain; the registry keeps identity.
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Venue(Base):
    __tablename__ = "venue"
    __table_args__ = (Index("ix_venue_kind_district", "kind", "district_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # market, supermarket, school, hospital, hotel, station, airport, highway_checkpoint,
    # quarantine_hotel, sampling_site, lab, office
    kind: Mapped[str] = mapped_column(String(32))
    venue_code: Mapped[str] = mapped_column(String(32), unique=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("place.id"), index=True)
    district_id: Mapped[int | None] = mapped_column(Integer, index=True)
    street_id: Mapped[int | None] = mapped_column(Integer, index=True)
    community_id: Mapped[int | None] = mapped_column(Integer, index=True)
    grid_id: Mapped[int | None] = mapped_column(Integer, index=True)
    address: Mapped[str] = mapped_column(String(300), default="")
