"""Persons and households named in words for the audit log (issue 17): who an entry was about, masked, with
the door they live at; and the persons an auditor asks about, by name or identity number.

Both need `audit.read` (the log's readers); both are audited as reads of the persons they return."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fangkong.core import audit
from fangkong.core.idsets import chunked
from fangkong.core.roles import Permission, require
from fangkong.core.scope import Actor
from fangkong.registry import idnumber
from fangkong.registry.models import Household, Person
from fangkong.registry.service import _unit_labels

__all__ = ["PersonMatch", "household_addresses", "persons_by_ids", "persons_matching", "who_is"]

_DENIED = ("无权查看审计日志", "You may not read the audit log")
PLACE_COLUMNS = ("district_id", "street_id", "community_id", "grid_id", "compound_id", "building_id", "unit_id")


@dataclass(frozen=True)
class PersonMatch:
    """A person an audit search asked about: masked name, the door, and the places they live under (the
    lists of those places may have shown them)."""

    id: int
    name: str
    household_id: int | None
    address: str
    places: tuple[int, ...]


def _door(unit_label: str, door: str | None) -> str:
    """'电子二所家属楼1号楼1单元' + '101' -> '电子二所家属楼1号楼1单元101室'."""
    return f"{unit_label}{door}室" if door else unit_label


def persons_matching(db: Session, actor: Actor, text: str, *, limit: int = 50) -> list[PersonMatch]:
    """Persons by full identity number, or by full name (exact), for the audit search. Audited as a read."""
    require(actor, Permission.AUDIT_READ, *_DENIED)
    text = text.strip()
    if not text:
        return []
    try:
        condition = Person.id_number == idnumber.validate(text)
    except ValueError:
        condition = Person.name == text
    return _matches(db, actor, condition, limit)


def persons_by_ids(db: Session, actor: Actor, person_ids: Iterable[int]) -> list[PersonMatch]:
    """The persons a search found before (the page carries their ids, never their numbers). Audited."""
    require(actor, Permission.AUDIT_READ, *_DENIED)
    ids = sorted(set(person_ids))[:50]
    return _matches(db, actor, Person.id.in_(ids), 50) if ids else []


def _matches(db: Session, actor: Actor, condition: Any, limit: int) -> list[PersonMatch]:
    columns = [Person.id, Person.name, Person.household_id, Person.unit_id, Household.door,
               *(getattr(Person, c) for c in PLACE_COLUMNS if hasattr(Person, c))]
    rows = db.execute(select(*columns).outerjoin(Household, Household.id == Person.household_id)
                      .where(condition).order_by(Person.id).limit(limit)).all()
    units = _unit_labels(db, {r.unit_id for r in rows if r.unit_id})
    found = [PersonMatch(r.id, idnumber.mask_name(r.name), r.household_id,
                         _door(units.get(r.unit_id or 0, ''), r.door),
                         tuple(v for v in r[5:] if v is not None)) for r in rows]
    audit.record(db, actor, "read", "person", None, {"op": "audit_person_search", "count": len(found),
                                                     "persons": audit.compact_ids(p.id for p in found)})
    return found


def who_is(db: Session, actor: Actor, person_ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """{person_id: (masked name, door)} of the persons audit entries name; one audited read."""
    require(actor, Permission.AUDIT_READ, *_DENIED)
    rows = []
    for chunk in chunked(sorted(set(person_ids))):
        rows += db.execute(select(Person.id, Person.name, Person.unit_id, Household.door)
                           .outerjoin(Household, Household.id == Person.household_id)
                           .where(Person.id.in_(chunk))).all()
    units = _unit_labels(db, {r.unit_id for r in rows if r.unit_id})
    if rows:
        audit.record(db, actor, "read", "person", None, {"op": "audit_names", "count": len(rows)})
    return {r.id: (idnumber.mask_name(r.name), _door(units.get(r.unit_id or 0, ''), r.door)) for r in rows}


def household_addresses(db: Session, actor: Actor, household_ids: Iterable[int]) -> dict[int, str]:
    """{household_id: '电子二所家属楼1号楼1单元101室'}: a door is not a person; not audited."""
    require(actor, Permission.AUDIT_READ, *_DENIED)
    rows = []
    for chunk in chunked(sorted(set(household_ids))):
        rows += db.execute(select(Household.id, Household.unit_id, Household.door).where(Household.id.in_(chunk))).all()
    units = _unit_labels(db, {r.unit_id for r in rows if r.unit_id})
    return {r.id: _door(units.get(r.unit_id or 0, ''), r.door) for r in rows}
