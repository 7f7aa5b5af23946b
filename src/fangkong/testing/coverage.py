"""Round coverage: who of a round is sampled and who is missing, per district, street, community,
grid, building, unit and household; and what grid workers record going door to door (门上纸条
door notes, 上门采样 home-sampling requests, exemptions with a reason).

The only module writing the coverage tables. Counts are set-based: one grouped query over the
round's members (`service.round_members`) left-joined to who was sampled
(`service.sampled_in_round`) and to exemptions, grouped by an ancestor column of the person
(docs/decisions/0001). Every call takes an Actor: reads need testing.read and are limited to the
actor's jurisdiction (a grid worker sees their grid); writes need coverage.write; all audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, and_, case, func, insert, select
from sqlalchemy.orm import Session

from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput, NotFound, PermissionDenied
from fangkong.core.roles import Permission, require_any
from fangkong.core.scope import PLACE_LEVELS, Actor, scope_column
from fangkong.registry import service as registry
from fangkong.testing import service as testing
from fangkong.testing.advisor import AreaPositivity
from fangkong.testing.models import COVERAGE_KINDS, CoverageNote, CoverageNotePerson, Sample, Tube

# The drill-down of the coverage dashboard. Compounds are skipped: a grid's buildings are listed
# directly (a grid worker thinks in buildings and units, and a compound may span grids).
LEVELS: tuple[str, ...] = ("district", "street", "community", "grid", "building", "unit", "household")
EXEMPTION_REASONS = ("away", "hospitalised", "isolated", "moved_out", "other")
HOME_SAMPLING_REASONS = ("elderly", "bedridden", "disabled", "ill", "home_quarantine", "other")
MAX_ON_NOTE = 30
MAX_NOTE_TEXT = 200


def child_level(level: str | None) -> str:
    """The level shown below `level` (None: the top, districts)."""
    if level is None or level == "city":
        return "district"
    if level == "compound":
        return "building"
    index = LEVELS.index(level)
    if index + 1 >= len(LEVELS):
        raise InvalidInput("住户之下没有下级", "There is nothing below a household")
    return LEVELS[index + 1]


# ---- the sets ---------------------------------------------------------------------------------
# Coverage of a million-person round stays one SQL statement: persons' homes come from the registry
# as a FROM clause (`registry.locations_selectable()`: ids, ancestor ids, household id).


def _members(round_id: int) -> Any:
    sub = testing.round_members(round_id).subquery("members")
    return sub, list(sub.c)[0]


def _sampled(round_id: int) -> Any:
    inner = testing.sampled_in_round(round_id).subquery("sampled_raw")
    person = list(inner.c)[0]
    sub = select(person.label("person_id")).distinct().subquery("sampled")
    return sub


def _noted(round_id: int, kind: str, name: str) -> Any:
    """Persons named by live notes of a kind in a round (exemptions, home-sampling requests)."""
    return (
        select(CoverageNotePerson.person_id.label("person_id"))
        .join(CoverageNote, CoverageNote.id == CoverageNotePerson.note_id)
        .where(CoverageNote.round_id == round_id, CoverageNote.kind == kind, CoverageNote.withdrawn_at.is_(None))
        .distinct()
        .subquery(name)
    )


def _per_household(round_id: int, actor: Actor, home: Any, group: Any, conditions: list[Any]) -> Select:
    """One row per household of the round: its group key, members, sampled, exempt and home-requested
    (the last two only among the unsampled)."""
    members, person_id = _members(round_id)
    sampled = _sampled(round_id)
    exempt = _noted(round_id, "exemption", "exempt")
    requested = _noted(round_id, "home_sampling", "home")
    not_sampled = sampled.c.person_id.is_(None)
    return (
        select(
            home.c.household_id.label("household_id"),
            group.label("g"),
            func.count().label("target"),
            func.count(sampled.c.person_id).label("sampled"),
            func.sum(case((and_(not_sampled, exempt.c.person_id.is_not(None)), 1), else_=0)).label("exempt"),
            func.sum(case((and_(not_sampled, requested.c.person_id.is_not(None)), 1), else_=0)).label("home"),
        )
        .select_from(members)
        .join(home, home.c.id == person_id)
        .outerjoin(sampled, sampled.c.person_id == person_id)
        .outerjoin(exempt, exempt.c.person_id == person_id)
        .outerjoin(requested, requested.c.person_id == person_id)
        .where(actor.scope_clause(home.c), *conditions)
        .group_by(home.c.household_id, group)
    )


@dataclass(frozen=True)
class CoverageRow:
    """Counts for one place (or household) of a round."""

    id: int | None
    level: str
    name: str
    target: int
    sampled: int
    exempt: int  # unsampled members exempted with a reason
    home_requested: int  # unsampled members waiting for home sampling
    households: int
    households_done: int  # every member sampled or exempt
    door_notes: int  # households with a live door note

    @property
    def missing(self) -> int:
        return max(self.target - self.sampled - self.exempt, 0)

    @property
    def rate(self) -> float:
        """Share of the target covered (sampled or exempt)."""
        return (self.sampled + self.exempt) / self.target if self.target else 1.0


def _grouped(db: Session, round_id: int, actor: Actor, level: str, parent: Any | None) -> list[dict[str, Any]]:
    """Counts per place of `level` (or household) under `parent` (a place; None: everywhere)."""
    home = registry.locations_selectable()
    group = home.c.household_id if level == "household" else home.c[scope_column(level)]
    conditions = [] if parent is None else [home.c[scope_column(parent.level)] == parent.id]
    per_household = _per_household(round_id, actor, home, group, conditions).subquery("hh")
    door = (
        select(CoverageNote.household_id.label("household_id"))
        .where(CoverageNote.round_id == round_id, CoverageNote.kind == "door_note",
               CoverageNote.withdrawn_at.is_(None))
        .distinct()
        .subquery("door")
    )
    c = per_household.c
    statement = (
        select(
            c.g,
            func.sum(c.target), func.sum(c.sampled), func.sum(c.exempt), func.sum(c.home),
            func.count(),
            func.sum(case((c.target - c.sampled - c.exempt <= 0, 1), else_=0)),
            func.count(door.c.household_id),
        )
        .select_from(per_household)
        .outerjoin(door, door.c.household_id == c.household_id)
        .group_by(c.g)
    )
    keys = ("id", "target", "sampled", "exempt", "home_requested", "households", "households_done", "door_notes")
    return [dict(zip(keys, (row[0], *(int(v or 0) for v in row[1:])), strict=True)) for row in db.execute(statement)]


def _round(db: Session, actor: Actor, round_id: int) -> Any:
    require_any(actor, Permission.TESTING_READ)
    return testing.get_round(db, actor, round_id)


def coverage(db: Session, actor: Actor, round_id: int, parent_id: int | None = None
             ) -> tuple[CoverageRow, list[CoverageRow]]:
    """A round's coverage under a place (None: the actor's jurisdiction, or the whole city):
    the total and one row per child (districts, streets, ... buildings, units, households)."""
    _round(db, actor, round_id)
    if parent_id is None and actor.jurisdiction_id is not None:
        parent_id = actor.jurisdiction_id
    parent = None
    parent_level: str | None = None
    parent_name = ""
    if parent_id is not None:
        parent = registry.get_place(db, actor, parent_id)  # checks the jurisdiction
        parent_level, parent_name = parent.level, parent.name
    level = child_level(parent_level)
    rows = _grouped(db, round_id, actor, level, parent)
    names = _names(db, actor, level, {r["id"] for r in rows if r["id"] is not None})
    children = sorted(
        (CoverageRow(level=level, name=names.get(r["id"], "—"), **r) for r in rows),
        key=lambda r: (r.name == "—", r.name if level == "household" else "", r.id or 0),
    )
    total = CoverageRow(
        id=parent_id, level=parent_level or "city", name=parent_name,
        **{k: sum(getattr(r, k) for r in children) for k in (
            "target", "sampled", "exempt", "home_requested", "households", "households_done", "door_notes")},
    )
    audit.record(db, actor, "read", "coverage", round_id,
                 {"parent": parent_id, "level": level, "rows": len(children)})
    return total, children


def _names(db: Session, actor: Actor, level: str, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    if level == "household":
        return {h: label for h, label in registry_household_labels(db, ids).items()}
    return {i: ref.name for i, ref in registry.place_refs(db, ids).items()}


def registry_household_labels(db: Session, household_ids: set[int], *, with_area: bool = False) -> dict[int, str]:
    """'7号楼2单元502室' per household, without members (no personal data). `with_area` puts the district
    and the compound in front ('小店区 阳光华庭 7号楼2单元502室'): a list wider than one community needs them,
    or every '1号楼1单元101室' of the city looks alike."""
    refs = registry.household_refs(db, household_ids)
    rows = [(h.id, h.unit_id, h.door) for h in refs.values()]
    units = registry.place_refs(db, {r[1] for r in rows})
    buildings = registry.place_refs(db, {u.building_id for u in units.values() if u.building_id})
    areas = {i: ref.name for i, ref in registry.place_refs(
        db, {i for h in refs.values() for i in (h.district_id, h.compound_id) if i}).items()} if with_area else {}
    labels = {}
    for household_id, unit_id, door in rows:
        unit = units.get(unit_id)
        building = buildings.get(unit.building_id) if unit and unit.building_id else None
        label = f"{building.name if building else ''}{unit.name if unit else ''}{door}室"
        if with_area:
            ref = refs[household_id]
            front = " ".join(areas[i] for i in (ref.district_id, ref.compound_id) if i and areas.get(i))
            label = f"{front} {label}" if front else label
        labels[household_id] = label
    return labels


# ---- a grid worker's list -------------------------------------------------------------------


@dataclass(frozen=True)
class MemberStatus:
    person_id: int
    name: str  # masked
    id_number: str  # masked
    status: str  # sampled | missing | exempt | home_requested | not_in_round
    sampled_at: datetime | None
    sex: str = ""  # with the age, tells two masked members of one household apart
    age: int | None = None


@dataclass(frozen=True)
class HouseholdStatus:
    id: int
    address: str
    members: list[MemberStatus]
    target: int
    sampled: int
    exempt: int
    home_requested: int
    door_note: CoverageNote | None  # the latest live one
    notes: list[CoverageNote]

    @property
    def missing(self) -> int:
        return max(self.target - self.sampled - self.exempt, 0)

    @property
    def door_note_matches(self) -> bool | None:
        """Does the note agree with the system? ("3 people, all sampled" and 3 sampled here.)"""
        if self.door_note is None:
            return None
        return self.door_note.persons_on_note == self.target and self.sampled + self.exempt >= self.target


def households_status(db: Session, actor: Actor, round_id: int, place_id: int, *, only_missing: bool = True,
                      limit: int = 1000) -> list[HouseholdStatus]:
    """The households of a place (a grid, a building, a unit) in a round, each member's status
    (names and numbers masked), the notes recorded; by default only households with someone missing."""
    _round(db, actor, round_id)
    place = registry.get_place(db, actor, place_id)
    _total, households = registry.households_of(db, actor, place.id, limit=limit)  # masked, audited
    if not households:
        return []
    ids = [h.id for h in households]
    members, person_id = _members(round_id)
    raw = testing.sampled_in_round(round_id).subquery("sampled_raw")
    raw_person, raw_at = list(raw.c)[0], list(raw.c)[1]
    first = select(raw_person.label("person_id"), func.min(raw_at).label("at")).group_by(raw_person).subquery("first")
    exempt = _noted(round_id, "exemption", "exempt")
    home = _noted(round_id, "home_sampling", "home")
    homes = registry.locations_selectable()
    statement = (
        select(person_id, first.c.at, exempt.c.person_id.is_not(None), home.c.person_id.is_not(None))
        .select_from(members)
        .join(homes, homes.c.id == person_id)
        .outerjoin(first, first.c.person_id == person_id)
        .outerjoin(exempt, exempt.c.person_id == person_id)
        .outerjoin(home, home.c.person_id == person_id)
        .where(homes.c.household_id.in_(ids), actor.scope_clause(homes.c))
    )
    state: dict[int, tuple[datetime | None, bool, bool]] = {
        row[0]: (row[1], bool(row[2]), bool(row[3])) for row in db.execute(statement)
    }
    notes: dict[int, list[CoverageNote]] = {i: [] for i in ids}
    for note in db.scalars(select(CoverageNote).where(CoverageNote.round_id == round_id,
                                                      CoverageNote.household_id.in_(ids),
                                                      CoverageNote.withdrawn_at.is_(None))
                           .order_by(CoverageNote.id)):
        notes[note.household_id].append(note)
    result = []
    for h in households:
        statuses = []
        for m in h.members:
            if m.id not in state:
                statuses.append(MemberStatus(m.id, m.name, m.id_number, "not_in_round", None, m.sex, m.age))
                continue
            at, is_exempt, is_home = state[m.id]
            status = "sampled" if at else "exempt" if is_exempt else "home_requested" if is_home else "missing"
            statuses.append(MemberStatus(m.id, m.name, m.id_number, status, at, m.sex, m.age))
        in_round = [s for s in statuses if s.status != "not_in_round"]
        if not in_round:
            continue
        done = sum(1 for s in in_round if s.status == "sampled")
        exempted = sum(1 for s in in_round if s.status == "exempt")
        item = HouseholdStatus(
            id=h.id, address=h.address, members=statuses, target=len(in_round), sampled=done, exempt=exempted,
            home_requested=sum(1 for s in in_round if s.status == "home_requested"),
            door_note=next((n for n in reversed(notes[h.id]) if n.kind == "door_note"), None), notes=notes[h.id],
        )
        if only_missing and item.missing == 0:
            continue
        result.append(item)
    return result


# ---- door to door: what the grid worker records -----------------------------------------------


def _household_in_round(db: Session, actor: Actor, round_id: int, household_id: int) -> tuple[Any, dict[int, bool]]:
    """The household (scope checked by the registry) and its round members: {person_id: sampled}."""
    require_any(actor, Permission.COVERAGE_WRITE)
    testing.get_round(db, actor, round_id)
    household = registry.household_refs(db, {household_id}).get(household_id)
    if household is None:
        raise NotFound("住户不存在", "No such household")
    if not actor.covers(household):
        raise PermissionDenied("不在您的管辖范围内", "Outside your jurisdiction")
    members, person_id = _members(round_id)
    sampled = _sampled(round_id)
    homes = registry.locations_selectable()
    rows = db.execute(
        select(person_id, sampled.c.person_id.is_not(None))
        .select_from(members)
        .join(homes, homes.c.id == person_id)
        .outerjoin(sampled, sampled.c.person_id == person_id)
        .where(homes.c.household_id == household.id)
    )
    in_round = {row[0]: bool(row[1]) for row in rows}
    if not in_round:
        raise InvalidInput("该住户无人需参加本轮检测", "Nobody in this household is in this round")
    return household, in_round


def _new_note(db: Session, actor: Actor, household: Any, round_id: int, kind: str, in_round: dict[int, bool],
              *, reason: str = "", note: str = "", persons_on_note: int | None = None) -> CoverageNote:
    text = note.strip()
    if len(text) > MAX_NOTE_TEXT:
        raise InvalidInput(f"备注不能超过 {MAX_NOTE_TEXT} 字", f"The note is longer than {MAX_NOTE_TEXT} characters")
    row = CoverageNote(
        round_id=round_id, household_id=household.id, kind=kind, reason=reason, note=text,
        persons_on_note=persons_on_note, members=len(in_round), sampled=sum(in_round.values()),
        recorded_at=clock.now(), account_id=actor.account_id, recorded_by=actor.username,
        **{scope_column(level): getattr(household, scope_column(level)) for level in PLACE_LEVELS},
    )
    db.add(row)
    db.flush()
    return row


def _persons(in_round: dict[int, bool], person_ids: list[int] | None, *, unsampled_only: bool) -> list[int]:
    if not person_ids:
        chosen = [p for p, done in in_round.items() if not (unsampled_only and done)]
    else:
        chosen = sorted(set(person_ids))
        strangers = [p for p in chosen if p not in in_round]
        if strangers:
            raise InvalidInput("所选人员不是该住户本轮应检人员", "A chosen person is not in this household's round")
    if not chosen:
        raise InvalidInput("没有需要登记的人员（均已采样）", "Nobody to record (everyone is sampled)")
    return chosen


def _attach(db: Session, note: CoverageNote, person_ids: list[int]) -> None:
    db.execute(insert(CoverageNotePerson), [{"note_id": note.id, "person_id": p} for p in person_ids])


def record_door_note(db: Session, actor: Actor, round_id: int, household_id: int, *, persons_on_note: int,
                     note: str = "") -> CoverageNote:
    """门上纸条: the household wrote "N people, all sampled" on its door; the worker records N after
    comparing it with the household's members. The coverage counts still come from samples; the
    note tells whether the household can be skipped or needs a knock."""
    household, in_round = _household_in_round(db, actor, round_id, household_id)
    if not 0 < persons_on_note <= MAX_ON_NOTE:
        raise InvalidInput(f"纸条上的人数须在 1 到 {MAX_ON_NOTE} 之间",
                           f"The number on the note must be between 1 and {MAX_ON_NOTE}")
    row = _new_note(db, actor, household, round_id, "door_note", in_round, persons_on_note=persons_on_note,
                    note=note)
    audit.record(db, actor, "write", "coverage_note", row.id,
                 {"op": "door_note", "round": round_id, "household": household.id, "on_note": persons_on_note,
                  "members": row.members, "sampled": row.sampled})
    return row


def _note_for_persons(db: Session, actor: Actor, round_id: int, household_id: int, kind: str, *, reason: str,
                      person_ids: list[int] | None, note: str) -> CoverageNote:
    household, in_round = _household_in_round(db, actor, round_id, household_id)
    chosen = _persons(in_round, person_ids, unsampled_only=True)
    if any(in_round[p] for p in chosen):
        raise InvalidInput("所选人员已采样", "A chosen person is already sampled")
    row = _new_note(db, actor, household, round_id, kind, in_round, reason=reason, note=note)
    _attach(db, row, chosen)
    audit.record(db, actor, "write", "coverage_note", row.id,
                 {"op": kind, "round": round_id, "household": household.id, "reason": reason, "persons": chosen})
    return row


def request_home_sampling(db: Session, actor: Actor, round_id: int, household_id: int, *, reason: str,
                          person_ids: list[int] | None = None, note: str = "") -> CoverageNote:
    """上门采样: unsampled members who cannot come down (bedridden, elderly, quarantined at home)."""
    if reason not in HOME_SAMPLING_REASONS:
        raise InvalidInput(f"未知的上门采样原因: {reason}", f"Unknown home-sampling reason: {reason}")
    return _note_for_persons(db, actor, round_id, household_id, "home_sampling", reason=reason,
                             person_ids=person_ids, note=note)


def record_exemption(db: Session, actor: Actor, round_id: int, household_id: int, *, reason: str,
                     person_ids: list[int] | None = None, note: str = "") -> CoverageNote:
    """An exemption with a reason (away, hospitalised, ...): the persons leave the missing list."""
    if reason not in EXEMPTION_REASONS:
        raise InvalidInput(f"未知的免检原因: {reason}", f"Unknown exemption reason: {reason}")
    if reason == "other" and not note.strip():
        raise InvalidInput("选择“其他”须写明原因", "Say why when the reason is 'other'")
    return _note_for_persons(db, actor, round_id, household_id, "exemption", reason=reason,
                             person_ids=person_ids, note=note)


def withdraw_note(db: Session, actor: Actor, note_id: int, *, reason: str = "") -> CoverageNote:
    """Take back a note recorded by mistake; the row stays, marked withdrawn."""
    require_any(actor, Permission.COVERAGE_WRITE)
    row = db.get(CoverageNote, note_id)
    if row is None:
        raise NotFound("记录不存在", "No such record")
    if not actor.covers(row):
        raise PermissionDenied("不在您的管辖范围内", "Outside your jurisdiction")
    if row.withdrawn_at is not None:
        raise InvalidInput("该记录已撤回", "This record was already withdrawn")
    row.withdrawn_at = clock.now()
    row.withdrawn_by = actor.username
    db.flush()
    audit.record(db, actor, "write", "coverage_note", row.id, {"op": "withdraw"}, reason=reason)
    return row


# ---- lists for others ----------------------------------------------------------------------


def home_sampling_persons(db: Session, actor: Actor, round_id: int) -> Select:
    """Persons of the round with a live home-sampling request and no sample yet (a SELECT of ids,
    within the actor's jurisdiction), for the samplers' home-sampling list."""
    _round(db, actor, round_id)
    home = _noted(round_id, "home_sampling", "home")
    sampled = _sampled(round_id)
    homes = registry.locations_selectable()
    return (
        select(home.c.person_id)
        .join(homes, homes.c.id == home.c.person_id)
        .outerjoin(sampled, sampled.c.person_id == home.c.person_id)
        .where(sampled.c.person_id.is_(None), actor.scope_clause(homes.c))
    )


def positivity_by_district(db: Session, actor: Actor, *, days: int = 7) -> list[AreaPositivity]:
    """Recent positivity per district of the sampling site, for the pool-size advisor: persons with a
    result in the last `days` days, and of them persons found positive alone in a tube (single tubes
    and the re-tests of positive pools). A pool's other members are not counted as positive."""
    require_any(actor, Permission.TESTING_READ)
    since = clock.now() - timedelta(days=days)
    conditions = [Tube.result.is_not(None), Tube.tested_at >= since]
    if actor.jurisdiction_id is not None:
        district_id = registry.get_place(db, actor, actor.jurisdiction_id).district_id
        conditions.append(Tube.district_id == district_id)
    statement = (
        select(Tube.district_id, func.count(func.distinct(Sample.person_id)),
               func.count(func.distinct(case((and_(Tube.result == "positive", Tube.pool_size == 1),
                                              Sample.person_id)))))
        .join(Sample, Sample.tube_id == Tube.id)
        .where(*conditions)
        .group_by(Tube.district_id)
    )
    rows = [(d, int(tested), int(positive)) for d, tested, positive in db.execute(statement) if d is not None]
    names = {d.id: d.name for d in registry.districts(db)}
    return [AreaPositivity(area_id=d, name=names.get(d, str(d)), positive=positive, tested=tested)
            for d, tested, positive in rows]


__all__ = ["COVERAGE_KINDS", "LEVELS", "EXEMPTION_REASONS", "HOME_SAMPLING_REASONS", "CoverageRow", "HouseholdStatus",
           "MemberStatus", "coverage", "households_status", "record_door_note", "request_home_sampling",
           "record_exemption", "withdraw_note", "home_sampling_persons", "positivity_by_district", "child_level"]


def wider_than_a_community(actor: Actor) -> bool:
    """Does the actor's list span several communities (the city, a district, a street)? Then an address
    needs its district and compound in front."""
    return actor.jurisdiction_level in (None, "city", "district", "street")
