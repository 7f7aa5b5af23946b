"""How a domain declares the facts the health-code rules can read: one `FactSource` per fact kind, listed
in the domain's `facts.py` as FACT_SOURCES. The codes engine and the policy loader read that one table
(`fangkong.domains.fact_sources()`); nothing else names fact kinds.

A source is a SELECT of the columns FACT_COLUMNS: (person_id, sub, since, until, ref, note_zh, note_en),
`sub` being the fact's sub-kind that a rule's `match` lists, `until` NULL while the fact is open."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import Session

FACT_COLUMNS = ("person_id", "sub", "since", "until", "ref", "note_zh", "note_en")

# Whose facts a source is asked for: everyone (None), a SELECT of person ids, or a list of ids.
Persons = Select[Any] | list[int] | None
FactRow = tuple[int, str, datetime | None, datetime | None, str, str, str]


@dataclass(frozen=True)
class FactSource:
    """One fact kind. `build(db, now, persons)` returns the SELECT; by default the engine restricts it
    to `persons`, unless `filters_persons` says the source does that itself (cheaper for area facts)."""

    kind: str
    subs: tuple[str, ...]  # the sub-kinds a rule may match
    build: Callable[[Session, datetime, Persons], Select[Any]]
    filters_persons: bool = False
    # The SELECT reads neither the moment nor the persons: the few-persons path builds it once.
    moment_free: bool = False
    # Sub-kinds are the policy's own risk levels, not `subs`.
    subs_are_levels: bool = False
    # An own path for a few listed persons, rows in FACT_COLUMNS order (None: the SELECT, filtered).
    few: Callable[[Session, datetime, list[int]], Iterable[FactRow]] | None = None


def static(kind: str, subs: tuple[str, ...], select_: Callable[[], Select[Any]]) -> FactSource:
    """A source whose SELECT depends on nothing but the tables (cases, contacts, stays)."""
    return FactSource(kind, subs, lambda _db, _now, _persons: select_(), moment_free=True)


def at_moment(kind: str, subs: tuple[str, ...], select_: Callable[[datetime], Select[Any]]) -> FactSource:
    """A source whose SELECT depends on the moment only."""
    return FactSource(kind, subs, lambda _db, now, _persons: select_(now))
