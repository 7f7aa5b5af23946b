"""Jurisdiction scope: which rows of the place tree an actor may see.

A row is in an actor's scope when the row's ancestor column for the level of the actor's
jurisdiction holds the jurisdiction's id. City-wide actors have no jurisdiction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, false, true

# The levels of the tree, top down. A place's own id is also stored in the column of its level.
PLACE_LEVELS: tuple[str, ...] = ("district", "street", "community", "grid", "compound", "building", "unit")
# What each level (and the city above them) is called, for labels and messages.
LEVEL_LABELS_ZH = {
    "city": "市",
    "district": "县(市、区)",
    "street": "街道/乡镇",
    "community": "社区/村",
    "grid": "网格",
    "compound": "小区",
    "building": "楼栋",
    "unit": "单元",
}
LEVEL_LABELS_EN = {
    "city": "city",
    "district": "district",
    "street": "street / town",
    "community": "community / village",
    "grid": "grid",
    "compound": "compound",
    "building": "building",
    "unit": "unit",
}


def scope_column(level: str) -> str:
    """Name of the ancestor column for a level, e.g. 'street' -> 'street_id'."""
    if level not in PLACE_LEVELS:
        raise ValueError(f"unknown place level {level!r}")
    return f"{level}_id"


@dataclass(frozen=True)
class Actor:
    """Who is acting: every service call that touches people takes one."""

    account_id: int | None
    username: str
    role: str
    display_name: str = ""
    jurisdiction_id: int | None = None
    jurisdiction_level: str | None = None
    jurisdiction_name: str = ""
    person_id: int | None = None
    venue_id: int | None = None

    @property
    def city_wide(self) -> bool:
        return self.jurisdiction_id is None and self.role != "resident"

    def covers(self, row: Any) -> bool:
        """Is this row (a place, household, person or venue with ancestor columns) in scope?"""
        if self.role == "resident":
            return False  # residents reach only their own record, through self-service calls
        if self.jurisdiction_id is None:
            return True
        assert self.jurisdiction_level is not None
        return getattr(row, scope_column(self.jurisdiction_level), None) == self.jurisdiction_id

    def scope_clause(self, table: Any) -> ColumnElement[bool]:
        """The same test as SQL, for set-based queries over a table with ancestor columns."""
        if self.role == "resident":
            return false()
        if self.jurisdiction_id is None:
            return true()
        assert self.jurisdiction_level is not None
        column = getattr(table, scope_column(self.jurisdiction_level), None)
        if column is None:
            return false()  # the table is not kept at that depth (e.g. venues below a grid)
        return column == self.jurisdiction_id


def system_actor(purpose: str) -> Actor:
    """The operator at the command line (generation, imports). Its acts are audited like any other."""
    return Actor(account_id=None, username=f"system:{purpose}", role="commander", display_name="系统")
