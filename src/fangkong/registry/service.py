"""Registry services: the only code that writes places, households, persons and venues.

Every call that shows a person takes an Actor, checks permission and jurisdiction here (not in
pages), masks identity and phone numbers unless a full view is asked for and allowed, and
writes an audit entry. Services never commit: the caller owns the transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, String, false, func, or_, select, true
from sqlalchemy.orm import Session

from fangkong.core import audit, auth, clock
from fangkong.core.errors import InvalidInput, NotFound, PermissionDenied
from fangkong.core.idsets import INLINE_IDS, chunked, temp_rows
from fangkong.core.models import Account
from fangkong.core.roles import Permission, require_any
from fangkong.core.scope import PLACE_LEVELS, Actor, scope_column
from fangkong.registry import address, idnumber, searchkeys
from fangkong.registry.models import Household, Person, Place, Venue
from fangkong.registry.phones import grid_phones  # noqa: F401  (the grid worker's phone book)

_DENIED = ("不在您的管辖范围内", "Outside your jurisdiction")


# Roles that answer for a site (a quarantine hotel), not a place: without a place jurisdiction an account
# would count as city-wide, so these browse nobody in the registry. The persons of their site and the
# arrivals assigned to them reach them through isolation's service, which checks the site (docs/security.md,
# "Role scopes").
SITE_BOUND_ROLES = frozenset({"quarantine_staff"})


def browses_nobody(actor: Actor) -> bool:
    return actor.role in SITE_BOUND_ROLES and actor.jurisdiction_id is None


def scope_clause(actor: Actor, table: Any) -> Any:
    """The actor's registry scope as SQL (Actor.scope_clause, and nothing for site-bound roles)."""
    return false() if browses_nobody(actor) else actor.scope_clause(table)


def _require_scope(actor: Actor, row: Any) -> None:
    if browses_nobody(actor) or not actor.covers(row):
        raise PermissionDenied(*_DENIED)


# ---- views -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonView:
    id: int
    name: str
    id_number: str
    sex: str
    birth_date: date | None  # None when masked: with the shown digits it would rebuild the number
    age: int
    phone: str
    household_id: int | None
    unit_id: int | None
    grid_id: int | None
    masked: bool


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def person_view(person: Person, *, full: bool) -> PersonView:
    return PersonView(
        id=person.id,
        name=person.name if full else idnumber.mask_name(person.name),
        id_number=person.id_number if full else idnumber.mask_id_number(person.id_number),
        sex=person.sex,
        birth_date=person.birth_date if full else None,
        age=_age(person.birth_date, clock.now().date()),
        phone=(person.phone or "") if full else idnumber.mask_phone(person.phone),
        household_id=person.household_id,
        unit_id=person.unit_id,
        grid_id=person.grid_id,
        masked=not full,
    )


# ---- accounts ----------------------------------------------------------------------------


def actor_for(db: Session, account: Account) -> Actor:
    """The Actor of a logged-in account, with the level and name of its jurisdiction (a place)."""
    place = db.get(Place, account.jurisdiction_id) if account.jurisdiction_id is not None else None
    if place is None:
        return auth.actor_for(account)
    return auth.actor_for(account, jurisdiction_level=place.level, jurisdiction_name=place.name)


# ---- places ------------------------------------------------------------------------------


def get_place(db: Session, actor: Actor, place_id: int) -> Place:
    require_any(actor, Permission.REGISTRY_READ)
    place = db.get(Place, place_id)
    if place is None:
        raise NotFound("地点不存在", "No such place")
    _require_scope(actor, place)
    return place


def root_places(db: Session, actor: Actor) -> list[Place]:
    """Where the actor's registry browser starts: their jurisdiction, or every district."""
    require_any(actor, Permission.REGISTRY_READ)
    if browses_nobody(actor):
        return []
    if actor.jurisdiction_id is not None:
        return [get_place(db, actor, actor.jurisdiction_id)]
    return list(db.scalars(select(Place).where(Place.level == "district").order_by(Place.code, Place.id)))


def children(db: Session, actor: Actor, place_id: int) -> list[tuple[Place, int]]:
    """Child places with the number of persons living under each (one grouped query)."""
    parent = get_place(db, actor, place_id)
    kids = list(db.scalars(select(Place).where(Place.parent_id == parent.id).order_by(Place.id)))
    if not kids:
        return []
    level = kids[0].level
    column = getattr(Person, scope_column(level))
    counts = dict(
        db.execute(
            select(column, func.count())
            .where(getattr(Person, scope_column(parent.level)) == parent.id)
            .group_by(column)
        ).all()
    )
    return [(kid, counts.get(kid.id, 0)) for kid in kids]


def ancestors(db: Session, place: Place) -> list[Place]:
    """The chain from the district down to the place (one query over the ancestor ids)."""
    ids = [getattr(place, scope_column(level)) for level in PLACE_LEVELS]
    ids = [i for i in ids if i is not None]
    rows = {p.id: p for p in db.scalars(select(Place).where(Place.id.in_(ids)))}
    return [rows[i] for i in ids if i in rows]


def count_persons_under(db: Session, actor: Actor, place_id: int) -> int:
    place = get_place(db, actor, place_id)
    return db.scalar(
        select(func.count()).select_from(Person).where(getattr(Person, scope_column(place.level)) == place.id)
    ) or 0


def full_name(db: Session, place: Place) -> str:
    return "".join(p.name for p in ancestors(db, place))


# ---- households and persons ------------------------------------------------------------


@dataclass(frozen=True)
class HouseholdView:
    id: int
    door: str
    unit_id: int
    address: str
    members: list[PersonView]


def households_of(db: Session, actor: Actor, place_id: int, *, limit: int = 500, offset: int = 0
                  ) -> tuple[int, list[HouseholdView]]:
    """Households under a place (a grid worker's grid, a unit, ...), members masked. Audited as a list read."""
    place = get_place(db, actor, place_id)
    column = getattr(Household, scope_column(place.level))
    total = db.scalar(select(func.count()).select_from(Household).where(column == place.id)) or 0
    households = list(
        db.scalars(select(Household).where(column == place.id).order_by(Household.id).limit(limit).offset(offset))
    )
    views = _household_views(db, households, full=False)
    shown = audit.compact_ids(m.id for view in views for m in view.members)  # who was on the page, by id
    audit.record(db, actor, "read", "household_list", place.id,
                 {"place": place.name, "households": len(views), "offset": offset, "persons": shown})
    return total, views


def _household_views(db: Session, households: list[Household], *, full: bool) -> list[HouseholdView]:
    if not households:
        return []
    ids = [h.id for h in households]
    members: dict[int, list[PersonView]] = {i: [] for i in ids}
    for person in db.scalars(select(Person).where(Person.household_id.in_(ids)).order_by(Person.id)):
        members[person.household_id].append(person_view(person, full=full))  # type: ignore[index]
    unit_ids = {h.unit_id for h in households}
    unit_names = _unit_addresses(db, unit_ids)
    return [
        HouseholdView(id=h.id, door=h.door, unit_id=h.unit_id, address=f"{unit_names.get(h.unit_id, '')}{h.door}室",
                      members=members[h.id])
        for h in households
    ]


def unit_door_key_tails(db: Session, unit_ids: set[int]) -> dict[int, str]:
    """{unit id: "-2-3"}: what follows the door in a household's door_key (searchkeys.door_key)."""
    tails: dict[int, str] = {}
    for chunk in chunked(sorted(unit_ids)):
        rows = db.execute(select(Place.id, Place.name, Place.building_id).where(Place.id.in_(chunk))).all()
        buildings = dict(db.execute(select(Place.id, Place.name)
                                    .where(Place.id.in_({r.building_id for r in rows if r.building_id}))).all())
        tails.update((r.id, searchkeys.door_key(buildings.get(r.building_id, ""), r.name, "")) for r in rows)
    return tails


def _unit_addresses(db: Session, unit_ids: set[int]) -> dict[int, str]:
    """'老军营小区北区7号楼2单元' for each unit: compound + building + unit names, two queries."""
    units = list(db.scalars(select(Place).where(Place.id.in_(unit_ids))))
    upper_ids = {u.compound_id for u in units} | {u.building_id for u in units}
    upper = {p.id: p.name for p in db.scalars(select(Place).where(Place.id.in_(upper_ids)))}
    return {u.id: f"{upper.get(u.compound_id, '')}{upper.get(u.building_id, '')}{u.name}" for u in units}


def get_household(db: Session, actor: Actor, household_id: int) -> HouseholdView:
    require_any(actor, Permission.REGISTRY_READ)
    household = db.get(Household, household_id)
    if household is None:
        raise NotFound("住户不存在", "No such household")
    _require_scope(actor, household)
    view = _household_views(db, [household], full=False)[0]
    audit.record(db, actor, "read", "household", household.id, {"members": [m.id for m in view.members]})
    return view


def get_person(db: Session, actor: Actor, person_id: int, *, full: bool = False, reason: str = "",
               site_scope: Callable[[int], bool] | None = None) -> PersonView:
    """A person's record. `full=True` unmasks numbers: needs the permission and a reason; audited.

    Site-bound roles (quarantine staff) read a person only when the domain that knows their site vouches for
    them: `site_scope(person_id)` is true (isolation passes `isolation.service.site_guests(db, actor)`: a stay
    or an arrival at the actor's own site). The registry's own pages and API pass nothing, so they refuse."""
    person = db.get(Person, person_id)
    if actor.role == "resident":
        if person is None or actor.person_id != person_id:
            raise PermissionDenied("只能查看本人信息", "You can only see your own record")
        audit.record(db, actor, "read", "person", person_id, {"self": True})
        return person_view(person, full=True)
    require_any(actor, Permission.REGISTRY_READ)
    if person is None:
        raise NotFound("人员不存在", "No such person")
    # Site-bound roles never browse or list; one person by id, their guest (vouched for by isolation), audited.
    if actor.role in SITE_BOUND_ROLES and (site_scope is None or not site_scope(person_id)):
        raise PermissionDenied("只能查看本隔离点的人员", "Only persons with a stay or an arrival at your site")
    if not actor.covers(person):
        raise PermissionDenied(*_DENIED)
    if full:
        require_any(actor, Permission.PERSON_FULL)
        if not reason.strip():
            raise InvalidInput("查看完整信息须填写事由", "A reason is required to see full numbers")
    audit.record(db, actor, "read_full" if full else "read", "person", person_id, reason=reason)
    return person_view(person, full=full)


def find_person_by_id_number(db: Session, actor: Actor, text: str, *, reason: str = "",
                             site_scope: Callable[[int], bool] | None = None) -> PersonView:
    number = idnumber.validate(text)
    person_id = db.scalar(select(Person.id).where(Person.id_number == number))
    if person_id is None:
        raise NotFound("未登记此身份证号", "No person with this identity number")
    return get_person(db, actor, person_id, reason=reason, site_scope=site_scope)


def _place_at_level(db: Session, place_id: int, level: str) -> Place:
    place = db.get(Place, place_id)
    if place is None or place.level != level:
        raise InvalidInput(f"{place_id} 不是{level}", f"place {place_id} is not a {level}")
    return place


def _ancestor_values(place: Place) -> dict[str, int | None]:
    return {scope_column(level): getattr(place, scope_column(level)) for level in PLACE_LEVELS}


def create_place(db: Session, actor: Actor, *, parent_id: int | None, level: str, name: str,
                 kind: str = "", code: str | None = None) -> Place:
    require_any(actor, Permission.REGISTRY_WRITE)
    if level not in PLACE_LEVELS:
        raise InvalidInput(f"未知层级 {level}", f"unknown level {level}")
    name = name.strip()
    if not name:
        raise InvalidInput("名称不能为空", "name is required")
    values: dict[str, int | None] = {scope_column(lv): None for lv in PLACE_LEVELS}
    prefix = ""
    if parent_id is None:
        if level != "district" or not actor.city_wide:
            raise InvalidInput("只有县(市、区)可以没有上级", "only a district has no parent")
    else:
        parent = db.get(Place, parent_id)
        if parent is None:
            raise NotFound("上级地点不存在", "No such parent place")
        _require_scope(actor, parent)
        if PLACE_LEVELS.index(level) != PLACE_LEVELS.index(parent.level) + 1:
            raise InvalidInput(f"{parent.level} 之下不能直接建 {level}",
                               f"a {level} cannot sit directly under a {parent.level}")
        values = _ancestor_values(parent)
        # The normalised name covers compound and below, as notices name them.
        if PLACE_LEVELS.index(level) > PLACE_LEVELS.index("compound"):
            prefix = full_name_from(db, parent, start="compound")
    place = Place(parent_id=parent_id, level=level, kind=kind, name=name, code=code,
                  name_norm=address.normalize(prefix + name), created_at=clock.now(), **values)
    db.add(place)
    db.flush()
    setattr(place, scope_column(level), place.id)
    db.flush()
    audit.record(db, actor, "write", "place", place.id, {"op": "create", "level": level, "name": name})
    return place


def full_name_from(db: Session, place: Place, start: str) -> str:
    chain = ancestors(db, place)
    first = PLACE_LEVELS.index(start)
    return "".join(p.name for p in chain if PLACE_LEVELS.index(p.level) >= first)


def create_household(db: Session, actor: Actor, *, unit_id: int, door: str, phone: str | None = None) -> Household:
    require_any(actor, Permission.REGISTRY_WRITE)
    unit = _place_at_level(db, unit_id, "unit")
    _require_scope(actor, unit)
    building = db.get(Place, unit.building_id) if unit.building_id is not None else None
    household = Household(door=door.strip(), phone=phone,
                          door_key=searchkeys.door_key(building.name if building else "", unit.name, door),
                          **_ancestor_values(unit))  # unit_id among them
    db.add(household)
    db.flush()
    audit.record(db, actor, "write", "household", household.id, {"op": "create", "unit": unit.id, "door": door})
    return household


def create_person(db: Session, actor: Actor, *, id_number: str, name: str, household_id: int,
                  phone: str | None = None) -> Person:
    require_any(actor, Permission.REGISTRY_WRITE)
    try:
        number = idnumber.validate(id_number)
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None
    if not name.strip():
        raise InvalidInput("姓名不能为空", "name is required")
    household = db.get(Household, household_id)
    if household is None:
        raise NotFound("住户不存在", "No such household")
    _require_scope(actor, household)
    if db.scalar(select(Person.id).where(Person.id_number == number)) is not None:
        raise InvalidInput("该身份证号已登记", "This identity number is already registered")
    facts = idnumber.facts(number)
    person = Person(
        id_number=number, name=name.strip(), sex=facts.sex, birth_date=facts.birth_date, phone=phone or None,
        name_initials=searchkeys.name_initials(name), id_rev=searchkeys.reverse_digits(number),
        phone_rev=searchkeys.reverse_digits(phone),
        household_id=household.id, unit_id=household.unit_id, created_at=clock.now(),
        **{scope_column(lv): getattr(household, scope_column(lv)) for lv in PLACE_LEVELS if lv != "unit"},
    )
    db.add(person)
    db.flush()
    audit.record(db, actor, "write", "person", person.id, {"op": "create", "household": household.id})
    return person


def list_venues(db: Session, actor: Actor, *, kind: str | None = None, limit: int = 200) -> list[Venue]:
    require_any(actor, Permission.REGISTRY_READ)
    conditions = [scope_clause(actor, Venue)]
    if kind:
        conditions.append(Venue.kind == kind)
    return list(db.scalars(select(Venue).where(*conditions).order_by(Venue.id).limit(limit)))


# ---- lookups for other domains (places are not personal data; persons come back as ids) -------


@dataclass(frozen=True)
class PlaceRef:
    """A place as other domains see it: enough to match, label and scope it, no persons."""

    id: int
    level: str
    name: str
    name_norm: str
    parent_id: int | None
    district_id: int | None
    street_id: int | None
    community_id: int | None
    compound_id: int | None
    building_id: int | None
    grid_id: int | None = None


_PLACE_REF_COLUMNS = (Place.id, Place.level, Place.name, Place.name_norm, Place.parent_id, Place.district_id,
                      Place.street_id, Place.community_id, Place.compound_id, Place.building_id, Place.grid_id)


def districts(db: Session) -> list[PlaceRef]:
    rows = db.execute(select(*_PLACE_REF_COLUMNS).where(Place.level == "district").order_by(Place.code, Place.id))
    return [PlaceRef(*row) for row in rows]


MATCHABLE_LEVELS = ("community", "compound", "building", "unit")


def places_by_norm(db: Session, district_id: int | None, keys: set[str],
                   levels: tuple[str, ...] = MATCHABLE_LEVELS) -> dict[str, list[PlaceRef]]:
    """Places whose normalised name is one of ``keys`` (in one district, or anywhere), one query per 900 keys."""
    found: dict[str, list[PlaceRef]] = {}
    for chunk in chunked(sorted(keys)):
        statement = select(*_PLACE_REF_COLUMNS).where(Place.name_norm.in_(chunk), Place.level.in_(levels))
        if district_id is not None:
            statement = statement.where(Place.district_id == district_id)
        for row in db.execute(statement):
            ref = PlaceRef(*row)
            found.setdefault(ref.name_norm, []).append(ref)
    return found


def places_at_levels(db: Session, district_id: int, levels: tuple[str, ...]) -> list[PlaceRef]:
    """Every place of some levels in a district (streets, communities, compounds: a few hundred)."""
    statement = select(*_PLACE_REF_COLUMNS).where(Place.district_id == district_id, Place.level.in_(levels))
    return [PlaceRef(*row) for row in db.execute(statement.order_by(Place.id))]


def place_refs(db: Session, ids: set[int]) -> dict[int, PlaceRef]:
    refs: dict[int, PlaceRef] = {}
    for chunk in chunked(sorted(ids)):
        for row in db.execute(select(*_PLACE_REF_COLUMNS).where(Place.id.in_(chunk))):
            refs[row[0]] = PlaceRef(*row)
    return refs


def place_labels(db: Session, ids: set[int]) -> dict[int, str]:
    """Full names from the district down ("小店区坞城街道…1号楼2单元"), two queries for any number of places."""
    refs = place_refs(db, ids)
    chain_ids: set[int] = set()
    for ref in refs.values():
        chain_ids.update(i for i in (ref.district_id, ref.street_id, ref.community_id, ref.compound_id,
                                     ref.building_id) if i)
    names = {i: ref.name for i, ref in place_refs(db, chain_ids - set(refs)).items()}
    names.update({i: ref.name for i, ref in refs.items()})
    labels = {}
    for pid, ref in refs.items():
        if ref.level in ("compound", "building", "unit"):
            chain = (ref.district_id, ref.compound_id, ref.building_id, pid if ref.level == "unit" else None)
        else:
            chain = (ref.district_id, ref.street_id, ref.community_id)
        labels[pid] = "".join(names.get(i, "") for i in dict.fromkeys(c for c in chain if c))
    return labels


def children_refs(db: Session, parent_id: int) -> list[PlaceRef]:
    return [PlaceRef(*row) for row in db.execute(select(*_PLACE_REF_COLUMNS).where(Place.parent_id == parent_id))]


@dataclass(frozen=True)
class VenueRef:
    id: int
    name: str
    kind: str
    place_id: int
    district_id: int | None


def venues_in_district(db: Session, district_id: int | None) -> list[VenueRef]:
    statement = select(Venue.id, Venue.name, Venue.kind, Venue.place_id, Venue.district_id)
    if district_id is not None:
        statement = statement.where(Venue.district_id == district_id)
    return [VenueRef(*row) for row in db.execute(statement)]


@dataclass(frozen=True)
class ResidentLocation:
    """Where a person lives, as ancestor ids: what area rules need, without name or number."""

    person_id: int
    district_id: int | None
    street_id: int | None
    community_id: int | None
    grid_id: int | None
    compound_id: int | None
    building_id: int | None
    unit_id: int | None


_LOCATION_COLUMNS = (Person.id, Person.district_id, Person.street_id, Person.community_id, Person.grid_id,
                     Person.compound_id, Person.building_id, Person.unit_id)


def residents_under(db: Session, actor: Actor, places: dict[str, set[int]], *, purpose: str) -> list[ResidentLocation]:
    """Locations of every person living under any of ``places`` ({level: ids}), in one set-based query.

    Returns ids and ancestor ids only. One audit entry records the bulk read and its purpose."""
    conditions = [getattr(Person, scope_column(level)).in_(sorted(ids)) for level, ids in places.items() if ids]
    if not conditions:
        return []
    rows = db.execute(select(*_LOCATION_COLUMNS).where(or_(*conditions), scope_clause(actor, Person)))
    found = [ResidentLocation(*row) for row in rows]
    audit.record(db, actor, "read", "person", None,
                 {"op": "residents_under", "purpose": purpose, "count": len(found),
                  "places": {level: len(ids) for level, ids in places.items()}})
    return found


def locations_selectable() -> Any:
    """Person ids (column `id`) with their ancestor ids and household id (no names, no numbers) as a
    FROM clause, for set-based queries of other domains' services (the residents of risk areas, code
    rules, a testing round's members). The caller audits its bulk read, as `residents_under` does."""
    return select(*_LOCATION_COLUMNS, Person.household_id).subquery("resident_location")


def every_person_id() -> Select[Any]:
    """SELECT id of every registered person: a set-based source for other domains' bulk work."""
    return select(Person.id)


def registered_person_ids(db: Session, person_ids: Iterable[int]) -> set[int]:
    """Which of these ids are registered persons (ids only; nothing personal is read)."""
    found: set[int] = set()
    for chunk in chunked(sorted(set(person_ids))):
        found |= set(db.scalars(select(Person.id).where(Person.id.in_(chunk))))
    return found


def person_by_id_number(db: Session, number: str) -> int | None:
    """The id of the person with this identity number (already validated, `idnumber.validate`), or None.
    A lookup for another domain's service, which audits what it does with the person."""
    return db.scalar(select(Person.id).where(Person.id_number == number))


def person_views(db: Session, person_ids: Iterable[int], *, within: Actor | None = None,
                 full: bool = False) -> dict[int, PersonView]:
    """{person_id: PersonView} (masked unless `full`), only persons in `within`'s jurisdiction when it is
    given. For other domains' lists (recalls, a tube's members): the caller checks the permission and
    audits its read with the ids it shows."""
    views: dict[int, PersonView] = {}
    for chunk in chunked(sorted(set(person_ids))):
        statement = select(Person).where(Person.id.in_(chunk))
        if within is not None:
            statement = statement.where(within.scope_clause(Person))
        views.update((person.id, person_view(person, full=full)) for person in db.scalars(statement))
    return views


@dataclass(frozen=True)
class HouseholdRef:
    """A household as other domains see it: its place chain and door, no members."""

    id: int
    unit_id: int
    door: str
    district_id: int | None
    street_id: int | None
    community_id: int | None
    grid_id: int | None
    compound_id: int | None
    building_id: int | None


def household_refs(db: Session, household_ids: Iterable[int]) -> dict[int, HouseholdRef]:
    refs: dict[int, HouseholdRef] = {}
    for chunk in chunked(sorted(set(household_ids))):
        for row in db.execute(select(Household.id, Household.unit_id, Household.door, Household.district_id,
                                     Household.street_id, Household.community_id, Household.grid_id,
                                     Household.compound_id, Household.building_id)
                              .where(Household.id.in_(chunk))):
            refs[row[0]] = HouseholdRef(*row)
    return refs


def resident_location(db: Session, actor: Actor, person_id: int, *, purpose: str) -> ResidentLocation:
    row = db.execute(select(*_LOCATION_COLUMNS).where(Person.id == person_id)).first()
    if row is None:
        raise NotFound("人员不存在", "No such person")
    location = ResidentLocation(*row)
    if actor.role == "resident":
        if actor.person_id != person_id:
            raise PermissionDenied(*_DENIED)
    elif not actor.covers(location):
        raise PermissionDenied(*_DENIED)
    audit.record(db, actor, "read", "person", person_id, {"op": "location", "purpose": purpose})
    return location


def locations_of(db: Session, actor: Actor, person_ids: set[int], *, purpose: str) -> dict[int, ResidentLocation]:
    """Ancestor ids of many persons at once (e.g. the infected, for area lifting); one audit entry."""
    found: dict[int, ResidentLocation] = {}
    for chunk in chunked(sorted(person_ids)):
        for row in db.execute(select(*_LOCATION_COLUMNS).where(Person.id.in_(chunk))):
            found[row[0]] = ResidentLocation(*row)
    if person_ids:
        audit.record(db, actor, "read", "person", None,
                     {"op": "locations_of", "purpose": purpose, "count": len(found)})
    return found


def venue_ref(db: Session, venue_id: int) -> VenueRef | None:
    row = db.execute(select(Venue.id, Venue.name, Venue.kind, Venue.place_id, Venue.district_id)
                     .where(Venue.id == venue_id)).first()
    return None if row is None else VenueRef(*row)


def person_for_check(db: Session, actor: Actor, *, person_id: int | None = None, id_number: str | None = None,
                     venue_id: int | None = None) -> PersonView:
    """The person in front of a venue or checkpoint (数字哨兵), by id (from a verified code) or by a typed
    identity number (无健康码通道): masked, for checkpoint staff, wherever the person lives (a
    checkpoint checks whoever arrives). Audited as a read with the venue."""
    require_any(actor, Permission.SENTINEL_CHECK)
    if id_number is not None:
        try:
            number = idnumber.validate(id_number)
        except ValueError as exc:  # its message is "zh / en"
            zh, _sep, en = str(exc).partition(" / ")
            raise InvalidInput(zh, en or zh) from None
        person = db.scalar(select(Person).where(Person.id_number == number))
    else:
        person = db.get(Person, person_id) if person_id is not None else None
    if person is None:
        raise NotFound("未登记此人员", "No such person in the registry")
    audit.record(db, actor, "read", "person", person.id,
                 {"op": "sentinel_check", "venue": venue_id, "by": "id_number" if id_number else "code"})
    return person_view(person, full=False)


@dataclass(frozen=True)
class PersonProfile:
    """What room allocation needs of a person: household, age, sex and home district and street
    (no name or number)."""

    id: int
    household_id: int | None
    age: int
    sex: str
    district_id: int | None
    street_id: int | None
    grid_id: int | None


def person_profiles(db: Session, actor: Actor, person_ids: set[int], *, purpose: str) -> dict[int, PersonProfile]:
    """Profiles of many persons at once (room allocation), in scope; one audit entry for the bulk read."""
    today = clock.now().date()
    found: dict[int, PersonProfile] = {}
    columns = (Person.id, Person.household_id, Person.birth_date, Person.sex, Person.district_id, Person.street_id,
               Person.grid_id)
    for chunk in chunked(sorted(person_ids)):
        for row in db.execute(select(*columns).where(Person.id.in_(chunk), actor.scope_clause(Person))):
            found[row[0]] = PersonProfile(row[0], row[1], _age(row[2], today), row[3], row[4], row[5], row[6])
    if person_ids:
        audit.record(db, actor, "read", "person", None, {"op": "person_profiles", "purpose": purpose,
                                                         "count": len(found)})
    return found


def masked_names(db: Session, actor: Actor, person_ids: set[int], *, purpose: str) -> dict[int, str]:
    """Masked names (张*三) of many persons in one query, for lists; one audit entry."""
    require_any(actor, Permission.REGISTRY_READ)
    found: dict[int, str] = {}
    for chunk in chunked(sorted(person_ids)):
        for pid, name in db.execute(select(Person.id, Person.name).where(Person.id.in_(chunk))):
            found[pid] = idnumber.mask_name(name)
    if person_ids:
        audit.record(db, actor, "read", "person", None, {"op": "masked_names", "purpose": purpose,
                                                         "count": len(found)})
    return found


@dataclass(frozen=True)
class PersonCard:
    """A person as a list of other domains shows them (help requests, vulnerable residents): masked name
    and phone, age, and the door to knock on."""

    id: int
    name: str
    phone: str
    age: int
    address: str
    household_id: int | None
    unit_id: int | None
    door: str


def person_cards(db: Session, actor: Actor, person_ids: set[int], *, purpose: str) -> dict[int, PersonCard]:
    """Masked cards of many persons in the actor's scope (a resident: only their own), set-based (plain rows,
    no ORM objects: lists of a hundred cards answer in milliseconds), one audit entry for the list read."""
    ids = sorted(person_ids if actor.role != "resident" else person_ids & {actor.person_id or 0})
    rows: list[Any] = []
    for chunk in chunked(ids):
        rows += db.execute(select(Person.id, Person.name, Person.phone, Person.birth_date, Person.household_id,
                                  Person.unit_id, Household.door)
                           .outerjoin(Household, Household.id == Person.household_id)
                           .where(Person.id.in_(chunk),
                                  true() if actor.role == "resident" else actor.scope_clause(Person))).all()
    units = _unit_labels(db, {r.unit_id for r in rows if r.unit_id})
    today = clock.now().date()
    cards = {r.id: PersonCard(r.id, idnumber.mask_name(r.name), idnumber.mask_phone(r.phone), _age(r.birth_date, today),
                              f"{units.get(r.unit_id or 0, '')}{r.door or ''}{'室' if r.door else ''}", r.household_id,
                              r.unit_id, r.door or "")
             for r in rows}
    if cards:
        audit.record(db, actor, "read", "person", None, {"op": "person_cards", "purpose": purpose, "count": len(cards)})
    return cards


def _unit_labels(db: Session, unit_ids: set[int]) -> dict[int, str]:
    """'电子二所家属楼1号楼1单元' for each unit, from plain rows (two queries)."""
    units = []
    for chunk in chunked(sorted(unit_ids)):
        units += db.execute(select(Place.id, Place.name, Place.compound_id, Place.building_id)
                            .where(Place.id.in_(chunk))).all()
    upper_ids = sorted({u.compound_id for u in units if u.compound_id}
                       | {u.building_id for u in units if u.building_id})
    names: dict[int, str] = {}
    for chunk in chunked(upper_ids):
        names.update(dict(db.execute(select(Place.id, Place.name).where(Place.id.in_(chunk))).all()))
    return {u.id: f"{names.get(u.compound_id or 0, '')}{names.get(u.building_id or 0, '')}{u.name}" for u in units}


# ---- for contact tracing: who lives with whom, persons by identity number, masked views in bulk ----

CO_RESIDENT_LEVELS = ("household", "unit", "building")


def co_residents(db: Session, actor: Actor, person_ids: list[int], level: str, *,
                 purpose: str) -> list[tuple[int, int]]:
    """(person, other) pairs: everyone living in the same household, unit or building as each of
    `person_ids`, in one set-based query (a self-join on the level's column). Ids only; one audit entry."""
    if level not in CO_RESIDENT_LEVELS:
        raise InvalidInput(f"未知的层级 {level}", f"unknown level {level!r}")
    if not person_ids:
        return []
    column = "household_id" if level == "household" else scope_column(level)
    me = Person.__table__.alias("me")
    other = Person.__table__.alias("other")
    pairs: list[tuple[int, int]] = []
    for chunk in chunked(sorted(set(person_ids))):
        rows = db.execute(select(me.c.id, other.c.id)
                          .join(other, other.c[column] == me.c[column])
                          .where(me.c.id.in_(chunk), other.c.id != me.c.id, me.c[column].is_not(None),
                                 actor.scope_clause(other.c)))
        pairs.extend((int(a), int(b)) for a, b in rows)
    audit.record(db, actor, "read", "person", None,
                 {"op": "co_residents", "level": level, "purpose": purpose, "persons": len(person_ids),
                  "found": len(pairs)})
    return pairs


def person_ids_by_id_numbers(db: Session, actor: Actor, numbers: set[str], *, purpose: str) -> dict[str, int]:
    """{identity number: person id} for the registered ones among `numbers` (imports of other systems'
    lists); the caller validates the numbers. One audit entry."""
    found: dict[str, int] = {}
    if len(numbers) > INLINE_IDS:  # a big file: one join with a temporary table of its numbers
        table = temp_rows(db, "registry_id_number", {"number": String(18)}, [(n,) for n in numbers if len(n) <= 18])
        rows = db.execute(select(Person.id_number, Person.id).join(table, table.c.number == Person.id_number))
        found.update((number, person_id) for number, person_id in rows)
    else:
        for chunk in chunked(sorted(numbers)):
            rows = db.execute(select(Person.id_number, Person.id).where(Person.id_number.in_(chunk)))
            found.update((number, person_id) for number, person_id in rows)
    audit.record(db, actor, "read", "person", None,
                 {"op": "by_id_numbers", "purpose": purpose, "asked": len(numbers), "found": len(found)})
    return found


def venue_ids_by_codes(db: Session, codes: set[str]) -> dict[str, int]:
    """{venue code (场所码): venue id} for the known ones (venues are places, not persons: no audit)."""
    found: dict[str, int] = {}
    for chunk in chunked(sorted(codes)):
        for code, venue_id in db.execute(select(Venue.venue_code, Venue.id).where(Venue.venue_code.in_(chunk))):
            found[code] = venue_id
    return found


def venue_names(db: Session, venue_ids: set[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for chunk in chunked(sorted(venue_ids)):
        for venue_id, name in db.execute(select(Venue.id, Venue.name).where(Venue.id.in_(chunk))):
            found[venue_id] = name
    return found


def persons_masked(db: Session, actor: Actor, person_ids: set[int], *, purpose: str) -> dict[int, PersonView]:
    """Masked views of many persons in scope (lists of candidates, contacts): one query, one audit entry."""
    require_any(actor, Permission.REGISTRY_READ)
    found: dict[int, PersonView] = {}
    for chunk in chunked(sorted(person_ids)):
        for person in db.scalars(select(Person).where(Person.id.in_(chunk), actor.scope_clause(Person))):
            found[person.id] = person_view(person, full=False)
    if person_ids:
        audit.record(db, actor, "read", "person", None,
                     {"op": "persons_masked", "purpose": purpose, "count": len(found)})
    return found


def home_labels(db: Session, person_ids: set[int]) -> dict[int, str]:
    """The compound (小区) each person lives in, by name: what an anonymised announcement may say."""
    rows = []
    for chunk in chunked(sorted(person_ids)):
        rows.extend(db.execute(select(Person.id, Person.compound_id).where(Person.id.in_(chunk))).all())
    names = place_labels(db, {compound for _pid, compound in rows if compound is not None})
    return {pid: names.get(compound, "") if compound else "" for pid, compound in rows}


def person_by_identity(db: Session, id_text: str, phone: str) -> int | None:
    """The person whose identity number and phone (their own or their household's) both match, or None:
    how a resident without an account identifies themself on a public form (a self-declaration). The
    caller limits attempts (core.signin) and audits what it does with the person."""
    try:
        number = idnumber.validate(id_text)
    except (ValueError, InvalidInput):
        return None
    digits = "".join(ch for ch in phone if ch.isdigit())
    if len(digits) < 7:
        return None
    row = db.execute(select(Person.id, Person.phone, Household.phone)
                     .outerjoin(Household, Household.id == Person.household_id)
                     .where(Person.id_number == number)).first()
    if row is None:
        return None
    known = {"".join(ch for ch in (p or "") if ch.isdigit()) for p in (row[1], row[2])} - {""}
    return int(row[0]) if digits in known else None


SEARCHABLE_LEVELS = ("street", "community", "compound", "building", "unit")
_NAMED_LEVELS = SEARCHABLE_LEVELS[:-1]  # the levels above units: their names are searched anywhere


def search_places(db: Session, text: str, *, limit: int = 20) -> list[PlaceRef]:
    """Places whose name holds what was typed ("华庭" finds 阳光华庭 and its buildings), shallowest first, for
    a picker that names places by name and path; a unit is found by its building's full name and its own
    ("阳光华庭3号楼2单元"). Index lookups only (decision 0021); no person is read."""
    key = address.normalize(text)
    if not key:
        return []
    depth = {level: i for i, level in enumerate(PLACE_LEVELS)}
    escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    # Units are most of the places (543,000 of 626,000 at 5.3 M residents): the name is looked for anywhere
    # in the places above them, and a unit is found through its building, whose full name starts what was
    # typed ("阳光华庭3号楼" + "2单元"): an index lookup by name, then the units under those buildings.
    # (ids first: the index alone answers; then the rows of those few)
    ids = db.scalars(select(Place.id)
                     .where(Place.name_norm.like(f"%{escaped}%", escape="\\"),
                            Place.level.in_(_NAMED_LEVELS))
                     .order_by(func.length(Place.name_norm), Place.id).limit(limit * 3)).all()
    refs = [PlaceRef(*row) for row in db.execute(select(*_PLACE_REF_COLUMNS).where(Place.id.in_(ids)))] if ids else []
    heads = [key[:end] for end in range(2, len(key) + 1)]
    buildings = db.scalars(select(Place.id).where(Place.name_norm.in_(heads), Place.level == "building")).all()
    if buildings:
        units = (select(*_PLACE_REF_COLUMNS)
                 .where(Place.parent_id.in_(buildings),  # (a building's children are its units)
                        Place.name_norm.like(f"{escaped}%", escape="\\"))
                 .order_by(func.length(Place.name_norm), Place.id).limit(limit * 3))
        refs += [PlaceRef(*row) for row in db.execute(units)]
    refs.sort(key=lambda r: (depth.get(r.level, 9), len(r.name_norm), r.id))
    return refs[:limit]
