"""Search of the registry within the actor's jurisdiction (decision 0015): persons by name, pinyin
initials, identity number or phone (whole or their last digits), households by door ("3号楼2单元502",
"3-2-502", "502室").

Every key is a b-tree prefix search on a column written with the row (`searchkeys`). Which index leads
is chosen here, not left to the planner: a small jurisdiction (a community and below: a few thousand
persons) is read through its ancestor column and the key tested on its rows; a large one (a street, a
district, the city) through the key's index, the jurisdiction tested on the rows it finds, which stops at
the first `limit` in scope. Results are masked as every list is; the search is audited as a read naming
who was shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, false, select
from sqlalchemy.orm import Session

from fangkong.core import audit
from fangkong.core.roles import Permission, require_any
from fangkong.core.scope import Actor, scope_column
from fangkong.registry import searchkeys, service
from fangkong.registry.models import Household, Person, Place

__all__ = ["HouseholdHit", "PersonHit", "SearchResult", "search", "SMALL_SCOPES", "LIMIT"]

LIMIT = 20
# Jurisdictions small enough to read whole (a community holds a few thousand persons at most).
SMALL_SCOPES = frozenset({"community", "grid", "compound", "building", "unit"})
_TOP = "\U0010ffff"  # above every character: 'abc' <= x < 'abc' + _TOP is "x starts with abc"


@dataclass(frozen=True)
class PersonHit:
    person: service.PersonView  # masked
    address: str
    matched: str  # name, initials, id_number, phone


@dataclass(frozen=True)
class HouseholdHit:
    household: service.HouseholdView  # members masked


@dataclass
class SearchResult:
    query: str
    kind: str  # digits, door, initials, name; "" when the query says nothing searchable
    persons: list[PersonHit] = field(default_factory=list)
    households: list[HouseholdHit] = field(default_factory=list)
    more: bool = False  # more matched than were shown: type more of the number or the address


def _starts_with(db: Session, column: Any, prefix: str, *, indexed: bool) -> Any:
    """`column` starts with `prefix`, as an index range (SQLite: BINARY order is code-point order;
    PostgreSQL: LIKE on a text_pattern_ops index). `indexed=False` hides the index from the planner."""
    if any(c in prefix for c in "%_\\"):  # typed wildcards search nothing (a name never holds one)
        return false()
    target = column if indexed else column.concat("")
    if db.get_bind().dialect.name == "sqlite":
        return and_(target >= prefix, target < prefix + _TOP)
    return target.like(prefix + "%")


def _equals(column: Any, value: str, *, indexed: bool) -> Any:
    return (column if indexed else column.concat("")) == value


def _scope(actor: Actor, table: Any, *, small: bool, paired: bool = False) -> Any:
    """The jurisdiction as SQL; on the key route its ancestor column is hidden from the planner
    (`+ 0`) so the key's index leads, unless the key has an index paired with the jurisdiction's column
    (households: street and district, whose doors are skewed: "101" in every unit of a town, none in a
    village)."""
    if small or paired or actor.jurisdiction_id is None or actor.jurisdiction_level is None:
        return service.scope_clause(actor, table)
    column = getattr(table, scope_column(actor.jurisdiction_level))
    return (column + 0) == actor.jurisdiction_id


def search(db: Session, actor: Actor, text: str, *, limit: int = LIMIT) -> SearchResult:
    """Persons and households matching `text` in the actor's jurisdiction, masked; audited."""
    require_any(actor, Permission.REGISTRY_READ)
    query = searchkeys.parse_query(text)
    result = SearchResult(query=query.text if query else "".join(c for c in (text or "")[:64] if c.isprintable()),
                          kind=query.kind if query else "")
    if query is None or service.browses_nobody(actor):
        return result
    small = actor.jurisdiction_level in SMALL_SCOPES
    indexed = not small
    pending: list[tuple[int, str]] = []  # (person id, what matched), in order
    households: list[Household] = []
    if query.kind == "digits":
        reversed_text = query.text[::-1]
        for matched, column in (("id_number", Person.id_rev), ("phone", Person.phone_rev)):
            found = _persons(db, actor, _starts_with(db, column, reversed_text, indexed=indexed), small, limit)
            _add_persons(result, pending, found, matched, limit)
        if len(query.text) == searchkeys.MIN_DIGITS:  # "1502": also a door on the 15th floor
            households += _households(db, actor, result, query.text.lower() + "-", "", "", small, limit)
    elif query.kind == "initials":
        found = _persons(db, actor, _starts_with(db, Person.name_initials, query.text, indexed=indexed), small,
                         limit)
        _add_persons(result, pending, found, "initials", limit)
    elif query.kind == "name":
        found = _persons(db, actor, _starts_with(db, Person.name, query.text, indexed=indexed), small, limit)
        _add_persons(result, pending, found, "name", limit)
    elif query.kind == "door":
        if query.door_keys:
            households += _households_by_keys(db, actor, result, query.door_keys, small, limit)
        else:
            households += _households(db, actor, result, query.door_prefix, query.building, query.compound, small,
                                     limit)
    _views(db, result, pending, households)
    shown_persons = [hit.person.id for hit in result.persons]
    shown_persons += [m.id for hit in result.households for m in hit.household.members]
    audit.record(db, actor, "read", "person_search", None, {
        "kind": result.kind, "query": _audited_query(query),
        "persons": audit.compact_ids(shown_persons),
        "households": audit.compact_ids(hit.household.id for hit in result.households)})
    return result


def _audited_query(query: searchkeys.Query) -> str:
    """What was searched, for the audit log: digits masked but their last four (as lists show them)."""
    if query.kind == "digits":
        return "*" * (len(query.text) - 4) + query.text[-4:]
    return query.text


def _persons(db: Session, actor: Actor, condition: Any, small: bool, limit: int) -> list[Any]:
    statement = (select(Person.id).where(condition, _scope(actor, Person, small=small)).limit(limit + 1))
    return list(db.scalars(statement))


def _add_persons(result: SearchResult, pending: list[tuple[int, str]], ids: list[int], matched: str,
                 limit: int) -> None:
    if len(ids) > limit:
        result.more = True
    known = {person_id for person_id, _m in pending}
    for person_id in ids[:limit]:
        if person_id not in known:
            pending.append((person_id, matched))
            known.add(person_id)


def _households(db: Session, actor: Actor, result: SearchResult, prefix: str, building: str, compound: str,
                small: bool, limit: int) -> list[Household]:
    parts = prefix.split("-")
    exact = len(parts) == 3 and parts[2] != ""  # door, unit and building given: one key
    condition = (_equals(Household.door_key, prefix, indexed=not small) if exact
                 else _starts_with(db, Household.door_key, prefix, indexed=not small))
    statement = select(Household).where(condition, _scope(actor, Household, small=small, paired=True))
    if building:  # "3-502": door and building, the unit unknown
        if any(c in building for c in "%_\\"):
            return []
        statement = statement.where(Household.door_key.like(f"{prefix}%-{building}"))
    if compound:
        if any(c in compound for c in "%_\\"):
            return []
        statement = statement.join(Place, Place.id == Household.compound_id).where(
            Place.name.like(f"%{compound}%"))
    households = list(db.scalars(statement.limit(limit + 1)))
    if len(households) > limit:
        result.more = True
    return households[:limit]


def _households_by_keys(db: Session, actor: Actor, result: SearchResult, keys: tuple[str, ...], small: bool,
                        limit: int) -> list[Household]:
    column = Household.door_key if not small else Household.door_key.concat("")
    # No ORDER BY: it would invite the planner to walk the primary key in order (PostgreSQL did, 250 ms).
    households = list(db.scalars(select(Household).where(column.in_(keys),
                                                         _scope(actor, Household, small=small, paired=True))
                                 .limit(limit + 1)))
    households.sort(key=lambda household: household.id)
    if len(households) > limit:
        result.more = True
    return households[:limit]


def _views(db: Session, result: SearchResult, pending: list[tuple[int, str]], households: list[Household]) -> None:
    if pending:
        rows = db.execute(select(Person, Household.door).outerjoin(Household, Household.id == Person.household_id)
                          .where(Person.id.in_([pid for pid, _m in pending]))).all()
        by_id = {person.id: (person, door) for person, door in rows}
        units = service._unit_labels(db, {p.unit_id for p, _d in by_id.values() if p.unit_id})
        for person_id, matched in pending:
            if person_id not in by_id:
                continue
            person, door = by_id[person_id]
            address = f"{units.get(person.unit_id or 0, '')}{door or ''}{'室' if door else ''}"
            result.persons.append(PersonHit(service.person_view(person, full=False), address, matched))
    if households:
        views = service._household_views(db, households, full=False)
        result.households.extend(HouseholdHit(view) for view in views)
