"""Who a level applies to: a person's level comes from the most specific active area containing their home
(unit over building over compound over community over street), so "小区 low, except 1号楼2单元" and
"1号楼2单元 high" read as the notice means. An exception clause takes its sub-place out of its area.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Column, DateTime, Integer, MetaData, Select, String, Table, func, or_, select, union_all
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from fangkong.areas.notices import get_notice
from fangkong.areas.replay import Area, Screening, Step, label_areas, lift_parts, load_events, replay, run_area
from fangkong.core import audit, clock
from fangkong.core.roles import Permission, require
from fangkong.core.scope import PLACE_LEVELS, Actor
from fangkong.registry import service as registry
from fangkong.tracing import service as tracing

SPECIFICITY = {level: depth for depth, level in enumerate(PLACE_LEVELS)}

# ---- persons ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonLevel:
    person_id: int
    level: str
    area: Area


def _areas_by_level(areas: list[Area]) -> dict[str, dict[int, Area]]:
    by_level: dict[str, dict[int, Area]] = defaultdict(dict)
    for area in areas:
        if area.place_id and area.place_level in SPECIFICITY:
            by_level[area.place_level][area.place_id] = area
    return by_level


def _levels_for(locations: list[registry.ResidentLocation], areas: list[Area]) -> dict[int, PersonLevel]:
    """Most specific area containing each home, exceptions honoured; pure Python over the fetched rows."""
    by_level = _areas_by_level(areas)
    # Each area's level, column and exceptions worked out once, not once per resident (tens of thousands).
    lookups: list[tuple[str, dict[int, tuple[Area, str, tuple[tuple[str, int], ...]]]]] = []
    for level in sorted(by_level, key=lambda lv: -SPECIFICITY[lv]):
        table = {place_id: (area, area.level, tuple((f"{ex_level}_id", ex_id) for ex_id, ex_level in area.exclusions))
                 for place_id, area in by_level[level].items() if area.level}
        lookups.append((f"{level}_id", table))
    result: dict[int, PersonLevel] = {}
    for loc in locations:
        for column, table in lookups:
            hit = table.get(getattr(loc, column))
            if hit is None:
                continue
            area, level_name, exceptions = hit
            if exceptions and any(getattr(loc, ex_column, None) == ex_id for ex_column, ex_id in exceptions):
                continue
            result[loc.person_id] = PersonLevel(loc.person_id, level_name, area)
            break
    return result


def resident_levels(db: Session, actor: Actor, at: datetime, *, include_inactive: bool = False) -> dict[int,
                                                                                                      PersonLevel]:
    """Every resident living in an area at a moment, with the level and the area that sets it (set-based:
    one query for the residents of all areas together)."""
    require(actor, Permission.AREAS_READ)
    areas = [a for a in replay(db, at) if a.level and (include_inactive or a.active_at(at))]
    places: dict[str, set[int]] = defaultdict(set)
    for area in areas:
        if area.place_id and area.place_level in SPECIFICITY:
            places[area.place_level].add(area.place_id)
    locations = registry.residents_under(db, actor, places, purpose=f"risk levels at {at.isoformat()}")
    return _levels_for(locations, areas)


def person_level(db: Session, actor: Actor, person_id: int, at: datetime | None = None, *,
                 screening: Screening | None = None) -> PersonLevel | None:
    """A person's risk level at a moment (None: not in any active area), from where they live."""
    moment = at or clock.now()
    location = registry.resident_location(db, actor, person_id, purpose="risk level")
    areas = [a for a in replay(db, moment, screening) if a.level and a.active_at(moment)]
    return _levels_for([location], areas).get(person_id)


@dataclass
class Impact:
    notice_id: int
    places: int
    persons: dict[int, str]  # person id -> the level the notice gives them


def persons_affected(db: Session, actor: Actor, notice_id: int) -> Impact:
    """Who a notice touches: residents of its places (exceptions taken out), with the level it sets.

    Set-based: the notice's places grouped by level, one query for their residents."""
    require(actor, Permission.AREAS_READ)
    notice = get_notice(db, notice_id)
    loaded = load_events(db, notice.effective, notice_ids={notice_id})
    areas = []
    for _key, (area, events) in loaded.items():
        last = events[-1]
        area.exclusions = last.exclusions
        area.history.append(Step(last.at, last.level_to or "lifted", "notice", notice_id, notice.number, "", ""))
        areas.append(area)
    places: dict[str, set[int]] = defaultdict(set)
    for area in areas:
        if area.place_id and area.place_level in SPECIFICITY:
            places[area.place_level].add(area.place_id)
    locations = registry.residents_under(db, actor, places, purpose=f"notice {notice.number} impact")
    levels = _levels_for(locations, areas)
    return Impact(notice_id, len(areas), {pid: pl.level for pid, pl in levels.items()})


# ---- residents of active areas as SQL (for the health-code recompute) --------------------------------

_TEMP = MetaData()
_RISK_AREA = Table(
    "tmp_risk_area", _TEMP,
    Column("place_id", Integer, primary_key=True), Column("depth", Integer), Column("level", String(16)),
    Column("notice_id", Integer), Column("notice_number", String(64)), Column("since", DateTime),
    Column("label", String(300)), prefixes=["TEMPORARY"])
_RISK_EXCLUSION = Table(
    "tmp_risk_area_exclusion", _TEMP,
    Column("area_place_id", Integer, index=True), Column("place_id", Integer), prefixes=["TEMPORARY"])


def resident_area_facts(db: Session, actor: Actor, at: datetime, *,
                        person_ids: Select[Any] | list[int] | None = None,
                        screening: Screening | None = None) -> Select[Any]:
    """What `resident_levels` answers, as one SELECT over the whole population: (person_id, level,
    since, notice_id, notice_number, label) for every resident of an active area at ``at``, from the most
    specific area containing their home, exceptions honoured.

    The areas are replayed in Python (hundreds) and put in a temporary table of this connection; the
    residents (millions) are joined in SQL. Run the returned SELECT in the same transaction."""
    require(actor, Permission.AREAS_READ)
    few = isinstance(person_ids, list) and len(person_ids) <= 100
    replayed = (_replay_near(db, actor, at, person_ids, screening=screening) if few  # type: ignore[arg-type]
                else replay(db, at, screening))
    areas = [a for a in replayed if a.level and a.active_at(at) and a.place_id and a.place_level in SPECIFICITY]
    bind = db.connection()
    _TEMP.create_all(bind, checkfirst=True)
    db.execute(_RISK_EXCLUSION.delete())
    db.execute(_RISK_AREA.delete())
    if areas:
        db.execute(_RISK_AREA.insert(), [
            {"place_id": a.place_id, "depth": SPECIFICITY[a.place_level or ""], "level": a.level,
             "notice_id": a.current.notice_id if a.current else None,
             "notice_number": (a.current.notice_number if a.current else "")[:64],
             "since": a.current.at if a.current else at, "label": (a.label or a.text)[:300]} for a in areas])
        exclusions = [{"area_place_id": a.place_id, "place_id": ex_id} for a in areas for ex_id, _lv in a.exclusions]
        if exclusions:
            db.execute(_RISK_EXCLUSION.insert(), exclusions)
    if bind.dialect.name == "postgresql":
        db.execute(sql_text("ANALYZE tmp_risk_area"))  # temporary tables have no statistics otherwise
    audit.record(db, actor, "read", "person", None,
                 {"op": "resident_area_facts", "at": at.isoformat(), "areas": len(areas)})
    loc = registry.locations_selectable()
    area, excl = _RISK_AREA, _RISK_EXCLUSION
    home = [loc.c[f"{level}_id"] for level in PLACE_LEVELS]
    excluded = select(excl.c.place_id).where(excl.c.area_place_id == area.c.place_id,
                                             or_(*[excl.c.place_id == column for column in home])).exists()
    branches = []
    for level in PLACE_LEVELS:
        branch = (select(loc.c.id.label("person_id"), area.c.depth, area.c.level, area.c.since, area.c.notice_id,
                         area.c.notice_number, area.c.label)
                  .select_from(area.join(loc, loc.c[f"{level}_id"] == area.c.place_id))
                  # The IN lets the planner start from the few areas and the index on the home column,
                  # not from millions of persons.
                  .where(loc.c[f"{level}_id"].in_(select(area.c.place_id).where(area.c.depth == SPECIFICITY[level])),
                         area.c.depth == SPECIFICITY[level], ~excluded))
        if person_ids is not None:
            branch = branch.where(loc.c.id.in_(person_ids))
        branches.append(branch)
    every = union_all(*branches).subquery("area_match")
    ranked = select(every, func.row_number().over(partition_by=every.c.person_id,
                                                  order_by=every.c.depth.desc()).label("rank")).subquery("ranked")
    return select(ranked.c.person_id, ranked.c.level, ranked.c.since, ranked.c.notice_id, ranked.c.notice_number,
                  ranked.c.label).where(ranked.c.rank == 1)


def resident_area_facts_of(db: Session, actor: Actor, at: datetime, person_ids: list[int], *,
                           screening: Screening | None = None) -> list[tuple[Any, ...]]:
    """`resident_area_facts` for a few persons, as rows in Python (no temporary table, no DDL): the
    persons' homes, the areas containing them (replayed alone), the most specific one that applies."""
    require(actor, Permission.AREAS_READ)
    homes = registry.locations_of(db, actor, set(person_ids), purpose="risk levels of a few persons")
    areas = [a for a in _replay_near(db, actor, at, person_ids, homes, screening=screening)
             if a.level and a.active_at(at) and a.place_id and a.place_level in SPECIFICITY]
    audit.record(db, actor, "read", "person", None,
                 {"op": "resident_area_facts", "at": at.isoformat(), "areas": len(areas)})
    rows = []
    for pid, found in _levels_for(list(homes.values()), areas).items():
        a = found.area
        rows.append((pid, a.level, a.current.at if a.current else at, a.current.notice_id if a.current else None,
                     (a.current.notice_number if a.current else "")[:64], (a.label or a.text)[:300]))
    return rows


def _replay_near(db: Session, actor: Actor, at: datetime, person_ids: list[int],
                 homes: dict[int, registry.ResidentLocation] | None = None, *,
                 screening: Screening | None = None) -> list[Area]:
    """`replay` restricted to the areas containing a few persons' homes, counting only the infections
    among those areas' residents: what one person's code needs, in milliseconds instead of a city replay."""
    if homes is None:
        homes = registry.locations_of(db, actor, set(person_ids), purpose="risk levels of a few persons")
    chain = {getattr(loc, f"{level}_id") for loc in homes.values() for level in PLACE_LEVELS} - {None}
    loaded = load_events(db, at, place_ids=chain)
    places: dict[str, set[int]] = defaultdict(set)
    for area, _events in loaded.values():
        if area.place_level in SPECIFICITY:
            places[area.place_level].add(area.place_id)
    residents = {loc.person_id: loc for loc in registry.residents_under(db, actor, places, purpose="infections near")}
    found: dict[tuple[Any, ...], list[datetime]] = defaultdict(list)
    for moment, pid in tracing.infections_among(db, at, sorted(residents)):
        loc = residents.get(pid)
        if loc is None:
            continue
        for level in PLACE_LEVELS:
            place_id = getattr(loc, f"{level}_id")
            if place_id is not None and ("place", place_id) in loaded:
                found[("place", place_id)].append(moment)
    result = []
    for key, (area, events) in loaded.items():
        run_area(area, events, found.get(key, []), at, screening)
        result.append(area)
    lift_parts(db, result)
    label_areas(db, result)
    return result
