"""Sets of ids in SQL: chunks under SQLite's bound-parameter limit, and temporary id tables for lists too
long to inline. One place for both, so each domain does not grow its own."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import Column, Integer, MetaData, Select, Table, select
from sqlalchemy.orm import Session

T = TypeVar("T")
SQLITE_SAFE_CHUNK = 900  # bound parameters per statement well under SQLite's default limit
INLINE_IDS = 500  # longer lists of ids go through a temporary table

_TEMP = MetaData()


def chunked(values: Sequence[T], size: int = SQLITE_SAFE_CHUNK) -> Iterator[Sequence[T]]:
    """`values` in slices of at most `size`."""
    for start in range(0, len(values), size):
        yield values[start:start + size]


@cache
def _table(name: str) -> Table:
    return Table(name, _TEMP, Column("id", Integer, primary_key=True), prefixes=["TEMPORARY"])


def temp_ids(db: Session, name: str, ids: Iterable[int]) -> Select[Any]:
    """Put `ids` into this connection's temporary table `name` (emptied first); SELECT them."""
    table = _table(name)
    _TEMP.create_all(db.connection(), tables=[table], checkfirst=True)
    db.execute(table.delete())
    unique = sorted({int(i) for i in ids})
    if unique:
        db.execute(table.insert(), [{"id": i} for i in unique])
    return select(table.c.id)


def id_filter(db: Session, name: str, ids: list[int]) -> Select[Any] | list[int]:
    """What an IN (...) takes for `ids`: the list itself when short, else a temporary table's SELECT."""
    return ids if len(ids) <= INLINE_IDS else temp_ids(db, name, ids)


def temp_rows(db: Session, name: str, columns: dict[str, Any], rows: Sequence[Sequence[Any]],
              index: Sequence[str] = ()) -> Table:
    """A temporary table `name` of this connection with `columns` ({name: SQLAlchemy type}), emptied and
    filled with `rows`: many (key, time, ...) tuples joined to a big table in one statement. `index`
    names the columns of one index on it (SQLite then probes it from the big table's side)."""
    table = _row_table(name, columns, tuple(index))
    _TEMP.create_all(db.connection(), tables=[table], checkfirst=True)
    db.execute(table.delete())
    if rows:
        names = list(columns)
        for chunk in chunked(list(rows), 5000):
            db.execute(table.insert(), [dict(zip(names, row, strict=True)) for row in chunk])
    return table


def _row_table(name: str, columns: dict[str, Any], index: tuple[str, ...]) -> Table:
    """One Table per name for the process (a name always has the same columns)."""
    from sqlalchemy import Index

    if name in _TEMP.tables:
        return _TEMP.tables[name]
    table = Table(name, _TEMP, *(Column(column, type_) for column, type_ in columns.items()), prefixes=["TEMPORARY"])
    if index:
        Index(f"ix_{name}", *(table.c[column] for column in index))
    return table
