"""Testing services: the only code that writes the testing tables (sites, labs, rounds, key groups,
schedules, tubes, samples, transport, result files, recalls).

Conventions (as everywhere in Fangkong): every call that touches persons takes an Actor, checks the
role's permission and the jurisdiction here, writes the audit log, and never commits (the request or
CLI command owns the transaction). Times come from `fangkong.core.clock` unless passed in.

The public API, in the order of 采、送、检、报 (sample, send, test, report):

Sites, labs, rounds, key groups
  create_site, list_sites, create_lab, list_labs, lab_for_actor, lab_load
  create_round, create_sealed_area_rounds, get_round, list_rounds
  assign_key_group, set_schedule, list_schedules
Sampling
  open_tube, add_sample, seal_tube, get_tube, tube_members, register_samples_bulk
Transport
  box_tubes, send_batch, receive_batch
Results (the whole import with its consequences is `flows.import_result_file`)
  import_results (raises ResultFileRefused with a per-row report), create_recalls_for_file,
  close_recalls_for_file, positive_singles_of_file, persons_of_file
Facts for the health-code rules (SQLAlchemy Select statements, set-based; column names are a contract)
  pool_positive_facts(now)     -> (person_id, since, tube_barcode)
  positive_single_facts(now)   -> (person_id, since, tube_barcode)
  overdue_test_facts(now)      -> (person_id, due_since, reason_zh, reason_en)
  latest_tests(db, person_ids) -> {person_id: LatestTest}
  round_members(round_id)      -> (person_id)
  sampled_in_round(round_id)   -> (person_id, sampled_at)
Lists and dashboards
  recalls, turnaround, overdue_results

The registry's person table is read (never written) in set-based selects: round membership, the
place a recall is listed under, persons by identity number. Everything else goes through
`fangkong.registry.service`.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from statistics import median
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    MetaData,
    Select,
    String,
    Table,
    and_,
    case,
    cast,
    delete,
    exists,
    false,
    func,
    insert,
    literal,
    literal_column,
    or_,
    select,
    text,
    true,
    union,
    update,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.expression import FunctionElement
from sqlalchemy.types import DateTime, Float, Integer

from fangkong import policies
from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput, NotFound, PermissionDenied
from fangkong.core.roles import Permission, has_permission
from fangkong.core.scope import PLACE_LEVELS, Actor, scope_column
from fangkong.registry import idnumber
from fangkong.registry import service as registry
from fangkong.registry.models import Person, Place
from fangkong.testing import results as result_files
from fangkong.testing.models import (
    RECALL_STATES,
    ROUND_KINDS,
    KeyGroupMember,
    Lab,
    Recall,
    ResultFile,
    ResultRow,
    RoundPerson,
    RoundPlace,
    Sample,
    SamplingSite,
    TestRound,
    TestSchedule,
    TransportBatch,
    TransportBox,
    Tube,
)

POOL_SIZES: tuple[int, ...] = (1, 5, 10, 20)  # single tube, 5-in-1, 10-in-1, 20-in-1
KEY_GROUP_TARGET_HOURS = 6  # seed 004: key groups get results within 6 hours
DEFAULT_TARGET_HOURS = 24
OVERDUE_ROUND_DAYS = 7  # a missed round makes a person overdue for at most this many days after it
_BARCODE_RE = re.compile(r"[0-9A-Z][0-9A-Z\-_]{2,39}")
_DENIED = ("不在您的管辖范围内", "Outside your jurisdiction")


def _require(actor: Actor, *permissions: Permission) -> None:
    """Any one of the permissions will do."""
    if not any(has_permission(actor.role, p) for p in permissions):
        names = ", ".join(p.value for p in permissions)
        raise PermissionDenied("您的角色无此权限", f"Your role may not do this ({names})")


def testing_policy(now: datetime) -> dict[str, Any]:
    """The `[testing]` table of the policy in force (turnaround targets, pool sizes), with defaults."""
    found = policies.in_force(now).extra.get("testing", {})
    return {
        "key_group_hours": int(found.get("key_group_hours", KEY_GROUP_TARGET_HOURS)),
        "default_hours": int(found.get("default_hours", DEFAULT_TARGET_HOURS)),
        "overdue_round_days": int(found.get("overdue_round_days", OVERDUE_ROUND_DAYS)),
        "pool_sizes": tuple(int(k) for k in found.get("pool_sizes", POOL_SIZES)),
    }


def _code(prefix: str) -> str:
    return f"{prefix}{clock.now():%Y%m%d}-{secrets.token_hex(3).upper()}"


def normalize_barcode(text: str) -> str:
    barcode = (text or "").strip().upper()
    if not _BARCODE_RE.fullmatch(barcode):
        raise InvalidInput(f"条码「{text}」格式不对(3-40位字母、数字或 -)",
                           f"barcode '{text}' is malformed (3-40 letters, digits or -)")
    return barcode


# ---- date arithmetic that works on SQLite and PostgreSQL -----------------------------------


class _ShiftDays(FunctionElement[datetime]):
    """`moment + days` (days: an integer expression), optionally from the start of moment's day."""

    type = DateTime()
    inherit_cache = True
    name = "shift_days"


@compiles(_ShiftDays)
def _shift_days_pg(element: _ShiftDays, compiler: Any, **kw: Any) -> str:
    moment, days, day_start = list(element.clauses)
    base = compiler.process(moment, **kw)
    if compiler.process(day_start, **kw) in ("1", "true", "TRUE"):
        base = f"date_trunc('day', {base})"
    return f"({base} + ({compiler.process(days, **kw)}) * interval '1 day')"


@compiles(_ShiftDays, "sqlite")
def _shift_days_sqlite(element: _ShiftDays, compiler: Any, **kw: Any) -> str:
    moment, days, day_start = list(element.clauses)
    modifiers = "'start of day', " if compiler.process(day_start, **kw) in ("1", "true") else ""
    # The same text form SQLAlchemy stores ("2022-11-30 14:05:00.000000"), so comparisons hold.
    return (f"(strftime('%Y-%m-%d %H:%M:%f', {compiler.process(moment, **kw)}, {modifiers}"
            f"'+' || ({compiler.process(days, **kw)}) || ' days') || '000')")


def shift_days(moment: Any, days: Any, *, from_day_start: bool = False) -> _ShiftDays:
    return _ShiftDays(moment, days, literal_column("1" if from_day_start else "0"))


# ---- sites and labs ------------------------------------------------------------------------


def _parse_sizes(text: str | Sequence[int]) -> tuple[int, ...]:
    sizes = [int(s) for s in (text.split(",") if isinstance(text, str) else text) if str(s).strip()]
    bad = [s for s in sizes if s not in POOL_SIZES]
    if not sizes or bad:
        raise InvalidInput(f"混采规格只能是 {POOL_SIZES}", f"pool sizes must be among {POOL_SIZES}")
    return tuple(sorted(set(sizes)))


def create_site(db: Session, actor: Actor, *, name: str, place_id: int, code: str | None = None,
                venue_id: int | None = None, default_pool_size: int = 10,
                allowed_pool_sizes: Sequence[int] = POOL_SIZES) -> SamplingSite:
    """A sampling site (采样点) at a place of the actor's jurisdiction."""
    _require(actor, Permission.TESTING_MANAGE)
    if not name.strip():
        raise InvalidInput("采样点名称不能为空", "site name is required")
    place = registry.place_refs(db, {place_id}).get(place_id)
    if place is None:
        raise NotFound("地点不存在", "No such place")
    if not actor.covers(place):
        raise PermissionDenied(*_DENIED)
    sizes = _parse_sizes(allowed_pool_sizes)
    if default_pool_size not in sizes:
        raise InvalidInput("默认混采规格须在允许的规格中", "the default pool size must be an allowed size")
    code = (code or _code("S")).strip()
    if db.scalar(select(SamplingSite.id).where(SamplingSite.code == code)) is not None:
        raise InvalidInput(f"采样点编码 {code} 已存在", f"site code {code} already exists")
    grid_id = db.scalar(select(Place.grid_id).where(Place.id == place_id))
    site = SamplingSite(name=name.strip(), code=code, venue_id=venue_id, place_id=place_id,
                        district_id=place.district_id, street_id=place.street_id,
                        community_id=place.community_id, grid_id=grid_id,
                        default_pool_size=default_pool_size, allowed_pool_sizes=",".join(map(str, sizes)),
                        active=True, created_at=clock.now())
    db.add(site)
    db.flush()
    audit.record(db, actor, "write", "sampling_site", site.id, {"op": "create", "name": site.name})
    return site


def list_sites(db: Session, actor: Actor) -> list[SamplingSite]:
    _require(actor, Permission.TESTING_READ, Permission.TESTING_MANAGE, Permission.TESTING_SAMPLE)
    statement = select(SamplingSite).where(SamplingSite.active.is_(True))
    if actor.venue_id is not None and actor.role == "sampler":
        statement = statement.where(or_(SamplingSite.venue_id == actor.venue_id, actor.scope_clause(SamplingSite)))
    else:
        statement = statement.where(actor.scope_clause(SamplingSite))
    return list(db.scalars(statement.order_by(SamplingSite.id)))


def _site_for(db: Session, actor: Actor, site_id: int) -> SamplingSite:
    site = db.get(SamplingSite, site_id)
    if site is None or not site.active:
        raise NotFound("采样点不存在", "No such sampling site")
    at_site = actor.venue_id is not None and site.venue_id == actor.venue_id
    if not at_site and not actor.covers(site):
        raise PermissionDenied("不是您的采样点", "Not your sampling site")
    return site


def create_lab(db: Session, actor: Actor, *, name: str, daily_capacity: int, code: str | None = None,
               venue_id: int | None = None, district_id: int | None = None, kind: str = "lab") -> Lab:
    """A lab (检测机构; kind air_film for 气膜实验室) testing `daily_capacity` tubes a day."""
    _require(actor, Permission.TESTING_MANAGE)
    if not name.strip():
        raise InvalidInput("实验室名称不能为空", "lab name is required")
    if daily_capacity <= 0:
        raise InvalidInput("日检测能力须为正数", "daily capacity must be positive")
    if kind not in ("lab", "air_film"):
        raise InvalidInput("实验室类型应为 lab 或 air_film", "kind must be lab or air_film")
    code = (code or _code("L")).strip()
    if db.scalar(select(Lab.id).where(Lab.code == code)) is not None:
        raise InvalidInput(f"实验室编码 {code} 已存在", f"lab code {code} already exists")
    lab = Lab(name=name.strip(), code=code, venue_id=venue_id, district_id=district_id, kind=kind,
              daily_capacity=daily_capacity, active=True, created_at=clock.now())
    db.add(lab)
    db.flush()
    audit.record(db, actor, "write", "lab", lab.id, {"op": "create", "name": lab.name, "capacity": daily_capacity})
    return lab


def list_labs(db: Session, actor: Actor) -> list[Lab]:
    _require(actor, Permission.TESTING_READ, Permission.TESTING_MANAGE, Permission.TESTING_RESULTS,
             Permission.TESTING_SAMPLE)
    return list(db.scalars(select(Lab).where(Lab.active.is_(True)).order_by(Lab.id)))


def lab_for_actor(db: Session, actor: Actor, lab_id: int | None = None) -> Lab:
    """The lab an actor works for: a lab account's own lab (by its venue); managers name one."""
    if actor.role == "lab":
        lab = db.scalar(select(Lab).where(Lab.venue_id == actor.venue_id)) if actor.venue_id else None
        if lab is None:
            raise PermissionDenied("您的账号未关联实验室", "Your account is not linked to a lab")
        if lab_id is not None and lab_id != lab.id:
            raise PermissionDenied("只能处理本实验室的样本", "You can only act for your own lab")
        return lab
    _require(actor, Permission.TESTING_MANAGE, Permission.TESTING_RESULTS)
    if lab_id is None:
        raise InvalidInput("请指定实验室", "name the lab")
    lab = db.get(Lab, lab_id)
    if lab is None:
        raise NotFound("实验室不存在", "No such lab")
    return lab


@dataclass(frozen=True)
class LabLoad:
    lab_id: int
    name: str
    kind: str
    daily_capacity: int
    received: int  # tubes received on the day
    tested: int  # tubes with a result tested on the day
    pending: int  # received (any day) and not yet tested
    load: float  # received / capacity

    @property
    def over_capacity(self) -> bool:
        return self.received > self.daily_capacity


def lab_load(db: Session, actor: Actor, day: date | None = None) -> list[LabLoad]:
    """Per lab: tubes received and tested on `day` against daily capacity, and the backlog (dashboard)."""
    _require(actor, Permission.TESTING_READ, Permission.TESTING_MANAGE, Permission.TESTING_RESULTS)
    day = day or clock.now().date()
    start, end = datetime.combine(day, datetime.min.time()), datetime.combine(day + timedelta(days=1),
                                                                              datetime.min.time())
    received = dict(db.execute(select(Tube.lab_id, func.count()).where(
        Tube.received_at >= start, Tube.received_at < end).group_by(Tube.lab_id)).all())
    tested = dict(db.execute(select(Tube.lab_id, func.count()).where(
        Tube.tested_at >= start, Tube.tested_at < end).group_by(Tube.lab_id)).all())
    pending = dict(db.execute(select(Tube.lab_id, func.count()).where(
        Tube.state == "received").group_by(Tube.lab_id)).all())
    labs = db.scalars(select(Lab).where(Lab.active.is_(True)).order_by(Lab.id))
    if actor.role == "lab":
        labs = [lab_for_actor(db, actor)]  # type: ignore[assignment]
    return [LabLoad(lab.id, lab.name, lab.kind, lab.daily_capacity, received.get(lab.id, 0), tested.get(lab.id, 0),
                    pending.get(lab.id, 0), received.get(lab.id, 0) / lab.daily_capacity) for lab in labs]


# ---- rounds --------------------------------------------------------------------------------


def create_round(db: Session, actor: Actor, *, name: str, kind: str, starts_at: datetime, ends_at: datetime,
                 place_ids: Iterable[int] = (), whole_city: bool = False, key_group: str | None = None,
                 person_ids: Iterable[int] = (), pool_size: int | None = None,
                 turnaround_hours: int | None = None, enforced: bool = True, series: str | None = None) -> TestRound:
    """A round: everyone under `place_ids` (any level), or the whole city, or a key group's members,
    or listed persons (home sampling), to be sampled in [starts_at, ends_at].

    pool_size defaults to 10 (1 for key-group and home-sampling rounds); turnaround_hours to the
    policy's 6 h for key groups and 24 h otherwise. District staff can only target their own places."""
    _require(actor, Permission.TESTING_MANAGE)
    if kind not in ROUND_KINDS:
        raise InvalidInput(f"轮次类型应为 {ROUND_KINDS}", f"kind must be one of {ROUND_KINDS}")
    if not name.strip():
        raise InvalidInput("轮次名称不能为空", "round name is required")
    if ends_at <= starts_at:
        raise InvalidInput("结束时间须晚于开始时间", "the window must end after it starts")
    place_ids = sorted(set(place_ids))
    person_ids = sorted(set(person_ids))
    if not (whole_city or place_ids or key_group or person_ids):
        raise InvalidInput("请指定对象:全市、地点、重点人群或人员名单",
                           "give a target: the whole city, places, a key group or persons")
    if whole_city and not actor.city_wide:
        raise PermissionDenied("只有市级可以发起全市核酸", "Only city-wide staff can start a city-wide round")
    if whole_city and actor.jurisdiction_id is not None:
        raise PermissionDenied(*_DENIED)
    policy = testing_policy(starts_at)
    keyish = kind in ("key_group", "home_sampling", "landing") or key_group is not None
    pool_size = pool_size if pool_size is not None else (1 if keyish else 10)
    if pool_size not in policy["pool_sizes"]:
        raise InvalidInput(f"混采规格只能是 {policy['pool_sizes']}", f"pool size must be one of {policy['pool_sizes']}")
    hours = turnaround_hours or (policy["key_group_hours"] if keyish else policy["default_hours"])
    if not 1 <= hours <= 240:
        raise InvalidInput("结果时限须在 1 到 240 小时之间", "turnaround target must be 1-240 hours")
    refs = registry.place_refs(db, set(place_ids))
    missing = set(place_ids) - set(refs)
    if missing:
        raise NotFound(f"地点不存在: {sorted(missing)}", f"No such places: {sorted(missing)}")
    for ref in refs.values():
        if not actor.covers(ref):
            raise PermissionDenied(*_DENIED)
    if person_ids:
        found = set(db.scalars(select(Person.id).where(Person.id.in_(person_ids[:50000]))))
        if len(person_ids) > 50000 or found != set(person_ids):
            raise NotFound("名单中有未登记的人员", "Some listed persons are not registered")
    rnd = TestRound(name=name.strip(), kind=kind, whole_city=whole_city, key_group=key_group or None,
                    starts_at=starts_at, ends_at=ends_at, pool_size=pool_size, turnaround_hours=hours,
                    enforced=enforced, series=series, state="active", created_by=actor.username,
                    created_at=clock.now())
    db.add(rnd)
    db.flush()
    if place_ids:
        db.execute(insert(RoundPlace), [{"round_id": rnd.id, "place_id": pid, "level": refs[pid].level}
                                        for pid in place_ids])
    if person_ids:
        db.execute(insert(RoundPerson), [{"round_id": rnd.id, "person_id": pid} for pid in person_ids])
    audit.record(db, actor, "write", "test_round", rnd.id,
                 {"op": "create", "name": rnd.name, "kind": kind, "whole_city": whole_city, "places": place_ids,
                  "key_group": key_group, "persons": len(person_ids), "from": starts_at, "to": ends_at})
    return rnd


def create_sealed_area_rounds(db: Session, actor: Actor, *, name: str, place_ids: Iterable[int], first_day: date,
                              days: int = 3, start_hour: int = 7, end_hour: int = 19,
                              pool_size: int = 10) -> list[TestRound]:
    """Three tests on the first three days of a newly sealed area: one round per day, one series."""
    if not 1 <= days <= 14:
        raise InvalidInput("天数须在 1 到 14 之间", "days must be 1-14")
    series = f"sealed-{first_day:%Y%m%d}-{secrets.token_hex(3)}"
    place_ids = list(place_ids)
    made = []
    for index in range(days):
        day = first_day + timedelta(days=index)
        made.append(create_round(
            db, actor, name=f"{name} 第{index + 1}天", kind="sealed_area", place_ids=place_ids,
            starts_at=datetime.combine(day, datetime.min.time()) + timedelta(hours=start_hour),
            ends_at=datetime.combine(day, datetime.min.time()) + timedelta(hours=end_hour),
            pool_size=pool_size, series=series))
    return made


def get_round(db: Session, actor: Actor, round_id: int) -> TestRound:
    _require(actor, Permission.TESTING_READ, Permission.TESTING_MANAGE, Permission.TESTING_SAMPLE,
             Permission.COVERAGE_WRITE)
    rnd = db.get(TestRound, round_id)
    if rnd is None:
        raise NotFound("核酸轮次不存在", "No such testing round")
    return rnd


def list_rounds(db: Session, actor: Actor, *, active_at: datetime | None = None, limit: int = 100) -> list[TestRound]:
    """Rounds, newest first; `active_at`: only those whose window holds that moment."""
    _require(actor, Permission.TESTING_READ, Permission.TESTING_MANAGE, Permission.TESTING_SAMPLE,
             Permission.COVERAGE_WRITE)
    statement = select(TestRound).where(TestRound.state == "active")
    if active_at is not None:
        statement = statement.where(TestRound.starts_at <= active_at, TestRound.ends_at >= active_at)
    return list(db.scalars(statement.order_by(TestRound.starts_at.desc(), TestRound.id.desc()).limit(limit)))


def round_places(db: Session, round_id: int) -> list[tuple[int, str]]:
    """(place_id, level) of a round's place targets."""
    return [(pid, level) for pid, level in db.execute(
        select(RoundPlace.place_id, RoundPlace.level).where(RoundPlace.round_id == round_id))]


def _member_pairs(round_condition: Callable[[Any], ColumnElement[bool]]) -> list[Select[Any]]:
    """(round_id, person_id) selects, one per way a round targets persons; UNION them."""
    parts: list[Select[Any]] = [
        select(TestRound.id.label("round_id"), Person.id.label("person_id"))
        .select_from(TestRound).join(Person, true())
        .where(TestRound.whole_city.is_(True), round_condition(TestRound.id)),
        select(TestRound.id.label("round_id"), KeyGroupMember.person_id.label("person_id"))
        .select_from(TestRound).join(KeyGroupMember, KeyGroupMember.group == TestRound.key_group)
        .where(round_condition(TestRound.id), KeyGroupMember.since <= TestRound.ends_at,
               or_(KeyGroupMember.until.is_(None), KeyGroupMember.until >= TestRound.starts_at)),
        select(RoundPerson.round_id.label("round_id"), RoundPerson.person_id.label("person_id"))
        .where(round_condition(RoundPerson.round_id)),
    ]
    for level in PLACE_LEVELS:
        column = getattr(Person, scope_column(level))
        parts.append(select(RoundPlace.round_id.label("round_id"), Person.id.label("person_id"))
                     .select_from(RoundPlace).join(Person, column == RoundPlace.place_id)
                     .where(RoundPlace.level == level, round_condition(RoundPlace.round_id)))
    return parts


def round_members(round_id: int) -> Select[Any]:
    """SELECT person_id: every person a round targets (distinct). Use as a subquery."""
    parts = [select(part.subquery().c.person_id) for part in _member_pairs(lambda col: col == round_id)]
    return select(union(*parts).subquery("round_members").c.person_id)


def sampled_in_round(round_id: int) -> Select[Any]:
    """SELECT person_id, sampled_at: persons with a sample registered in the round (one row each)."""
    return select(Sample.person_id.label("person_id"), Sample.sampled_at.label("sampled_at")).where(
        Sample.round_id == round_id)


def _is_member(db: Session, rnd: TestRound, person: Any) -> bool:
    """One person against a round's targets, in at most three small queries."""
    if rnd.whole_city:
        return True
    for place_id, level in round_places(db, rnd.id):
        if getattr(person, scope_column(level)) == place_id:
            return True
    if rnd.key_group and db.scalar(select(KeyGroupMember.id).where(
            KeyGroupMember.person_id == person.id, KeyGroupMember.group == rnd.key_group,
            or_(KeyGroupMember.until.is_(None), KeyGroupMember.until >= rnd.starts_at))) is not None:
        return True
    return db.scalar(select(RoundPerson.id).where(RoundPerson.round_id == rnd.id,
                                                  RoundPerson.person_id == person.id)) is not None


# ---- key groups and routine schedules ------------------------------------------------------


_GROUP_RE = re.compile(r"[a-z][a-z0-9_]{1,31}")


def assign_key_group(db: Session, actor: Actor, *, person_ids: Select[Any] | Iterable[int], group: str,
                     since: datetime | None = None, until: datetime | None = None) -> int:
    """Put persons (ids, or a SELECT of person ids) in a key group (e.g. 'high_exposure', 'students');
    persons already in it are left as they are. Set-based; returns how many were added."""
    _require(actor, Permission.TESTING_MANAGE)
    if not _GROUP_RE.fullmatch(group):
        raise InvalidInput("人群代码须为小写字母、数字或下划线", "group must be lower-case letters, digits, _")
    since = since or clock.now()
    if isinstance(person_ids, Select):
        source = person_ids.subquery("candidates")
        pid = source.c[source.c.keys()[0]]
    else:
        ids = sorted(set(person_ids))
        if not ids:
            return 0
        found = set()
        for chunk in registry._chunks(ids):  # noqa: SLF001 - the registry's bound-parameter chunking
            found |= set(db.scalars(select(Person.id).where(Person.id.in_(chunk))))
        if found != set(ids):
            raise NotFound("有未登记的人员", "Some persons are not registered")
        scoped = select(Person.id.label("person_id")).where(Person.id.in_(ids))
        source = scoped.subquery("candidates")
        pid = source.c.person_id
    scope = select(Person.id).where(Person.id == pid, actor.scope_clause(Person))
    statement = insert(KeyGroupMember).from_select(
        ["person_id", "group", "since", "until", "assigned_by"],
        select(pid, literal(group), literal(since, DateTime()), literal(until, DateTime()), literal(actor.username))
        .where(exists(scope), ~exists(select(KeyGroupMember.id).where(
            KeyGroupMember.person_id == pid, KeyGroupMember.group == group))).distinct())
    in_group = select(func.count()).select_from(KeyGroupMember).where(KeyGroupMember.group == group)
    before = db.scalar(in_group) or 0
    db.execute(statement)  # (INSERT ... SELECT rowcounts are not reliable across drivers: count instead)
    added = (db.scalar(in_group) or 0) - before
    audit.record(db, actor, "write", "key_group_member", None, {"op": "assign", "group": group, "added": added})
    return added


def key_groups_of(db: Session, person_ids: Sequence[int], at: datetime | None = None) -> dict[int, list[str]]:
    """{person_id: [groups]} for the persons, at a moment (default now)."""
    at = at or clock.now()
    found: dict[int, list[str]] = {}
    for chunk in registry._chunks(sorted(set(person_ids))):  # noqa: SLF001
        for pid, group in db.execute(select(KeyGroupMember.person_id, KeyGroupMember.group).where(
                KeyGroupMember.person_id.in_(chunk), KeyGroupMember.since <= at,
                or_(KeyGroupMember.until.is_(None), KeyGroupMember.until > at))):
            found.setdefault(pid, []).append(group)
    return found


def set_schedule(db: Session, actor: Actor, *, group: str, name_zh: str, name_en: str, every_days: int = 1,
                 count: int | None = None, pool_size: int = 1, turnaround_hours: int = KEY_GROUP_TARGET_HOURS,
                 active: bool = True) -> TestSchedule:
    """Create or change a key group's routine schedule: recurring every N days (count None), or a
    series of `count` daily tests from membership start (三天三检: every_days=1, count=3)."""
    _require(actor, Permission.TESTING_MANAGE)
    if not actor.city_wide:
        raise PermissionDenied("常态化检测安排由市级制定", "Routine schedules are set city-wide")
    if not _GROUP_RE.fullmatch(group):
        raise InvalidInput("人群代码须为小写字母、数字或下划线", "group must be lower-case letters, digits, _")
    if not 1 <= every_days <= 30 or (count is not None and not 1 <= count <= 14):
        raise InvalidInput("间隔须为 1-30 天,次数 1-14", "every_days must be 1-30 and count 1-14")
    if count is not None and every_days != 1:
        raise InvalidInput("连续检测(次数)只支持每天一次", "a series (count) is one test a day")
    if pool_size not in POOL_SIZES:
        raise InvalidInput(f"混采规格只能是 {POOL_SIZES}", f"pool size must be one of {POOL_SIZES}")
    schedule = db.scalar(select(TestSchedule).where(TestSchedule.group == group))
    if schedule is None:
        schedule = TestSchedule(group=group, created_by=actor.username, created_at=clock.now())
        db.add(schedule)
    schedule.name_zh, schedule.name_en = name_zh, name_en
    schedule.every_days, schedule.count, schedule.pool_size = every_days, count, pool_size
    schedule.turnaround_hours, schedule.active = turnaround_hours, active
    db.flush()
    audit.record(db, actor, "write", "test_schedule", schedule.id,
                 {"group": group, "every_days": every_days, "count": count, "active": active})
    return schedule


def list_schedules(db: Session) -> list[TestSchedule]:
    return list(db.scalars(select(TestSchedule).order_by(TestSchedule.group)))


# ---- sampling ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TubeView:
    id: int
    barcode: str
    state: str
    pool_size: int
    members: int
    site_id: int
    round_id: int | None
    purpose: str
    target_hours: int
    sampled_at: datetime | None
    sealed_at: datetime | None
    result: str | None

    @property
    def full(self) -> bool:
        return self.members >= self.pool_size

    @property
    def free(self) -> int:
        return max(self.pool_size - self.members, 0)


def _view(tube: Tube) -> TubeView:
    return TubeView(tube.id, tube.barcode, tube.state, tube.pool_size, tube.members, tube.site_id, tube.round_id,
                    tube.purpose, tube.target_hours, tube.sampled_at, tube.sealed_at, tube.result)


def open_tube(db: Session, actor: Actor, *, barcode: str, site_id: int, round_id: int | None = None,
              pool_size: int | None = None, purpose: str | None = None) -> TubeView:
    """A sampler scans a new tube at a site. purpose: 'round' (needs round_id), 'routine' (key-group
    routine tests, no round), or 'recall' (single-tube re-tests). Pool size: the given one, else the
    round's, else the site's default; it must be allowed by the policy and the site; recalls are single."""
    _require(actor, Permission.TESTING_SAMPLE)
    barcode = normalize_barcode(barcode)
    site = _site_for(db, actor, site_id)
    now = clock.now()
    purpose = purpose or ("round" if round_id is not None else "routine")
    if purpose not in ("round", "routine", "recall"):
        raise InvalidInput("用途应为 round / routine / recall", "purpose must be round, routine or recall")
    rnd = None
    if purpose == "round":
        if round_id is None:
            raise InvalidInput("请选择核酸轮次", "choose a testing round")
        rnd = db.get(TestRound, round_id)
        if rnd is None or rnd.state != "active":
            raise NotFound("核酸轮次不存在", "No such testing round")
        if not rnd.starts_at <= now <= rnd.ends_at:
            raise InvalidInput(f"轮次「{rnd.name}」不在采样时间内", f"round '{rnd.name}' is not open for sampling now")
    elif round_id is not None:
        raise InvalidInput("复采和常态检测不属于轮次", "recall and routine tubes belong to no round")
    policy = testing_policy(now)
    size = pool_size or (rnd.pool_size if rnd else (1 if purpose == "recall" else site.default_pool_size))
    if purpose == "recall" and size != 1:
        raise InvalidInput("复采必须单采单检(1人1管)", "recalls are single tubes (pool size 1)")
    if size not in policy["pool_sizes"] or size not in _parse_sizes(site.allowed_pool_sizes):
        raise InvalidInput(f"本采样点不允许 {size} 合 1", f"{size}-in-1 pools are not allowed at this site")
    if db.scalar(select(Tube.id).where(Tube.barcode == barcode)) is not None:
        raise InvalidInput(f"条码 {barcode} 已使用过,请换一支试管",
                           f"barcode {barcode} was used before: take a new tube")
    keyish = purpose != "round" or size == 1
    target = rnd.turnaround_hours if rnd else (policy["key_group_hours"] if keyish else policy["default_hours"])
    tube = Tube(barcode=barcode, site_id=site.id, round_id=rnd.id if rnd else None, district_id=site.district_id,
                purpose=purpose, pool_size=size, members=0, target_hours=target, state="open",
                sampler=actor.username, opened_at=now)
    db.add(tube)
    db.flush()
    audit.record(db, actor, "write", "tube", barcode, {"op": "open", "site": site.id, "pool": size,
                                                       "round": round_id, "purpose": purpose})
    return _view(tube)


_PERSON_COLUMNS = (Person.id, Person.district_id, Person.street_id, Person.community_id, Person.grid_id,
                   Person.compound_id, Person.building_id, Person.unit_id, Person.household_id, Person.name)


@dataclass(frozen=True)
class SampleAdded:
    tube: TubeView
    person_id: int
    masked_name: str
    sealed: bool  # this swab filled the tube, which is now sealed
    recall_id: int | None  # the recall this single-tube re-test answers


def add_sample(db: Session, actor: Actor, *, barcode: str, person_id: int | None = None, id_number: str | None = None,
               token: str | None = None, resolve_token: Callable[[Session, str], int] | None = None) -> SampleAdded:
    """Put one person's swab in an open tube. The person is given by id, identity number, or a
    health-code token with `resolve_token(db, token) -> person_id` (from the codes domain).

    Refused with a clear message, storing nothing: unknown tube or person, a sealed or full tube,
    a person already sampled in the round (or already in this tube), a person outside the round's
    targets, a person with an open recall in a pooled tube. The tube seals itself when full."""
    _require(actor, Permission.TESTING_SAMPLE)
    barcode = normalize_barcode(barcode)
    tube = db.scalar(select(Tube).where(Tube.barcode == barcode))
    if tube is None:
        raise NotFound(f"条码 {barcode} 未开管,请先扫描新试管", f"tube {barcode} is not open: scan a new tube first")
    _site_for(db, actor, tube.site_id)
    if tube.state != "open":
        raise InvalidInput(f"试管 {barcode} 已封管,请换一支试管", f"tube {barcode} is sealed: take a new tube")
    if tube.members >= tube.pool_size:
        raise InvalidInput(f"试管 {barcode} 已满({tube.pool_size}人)", f"tube {barcode} is full ({tube.pool_size})")
    row = _find_person(db, person_id=person_id, id_number=id_number, token=token, resolve_token=resolve_token)
    pid = row.id
    now = clock.now()
    if db.scalar(select(Sample.id).where(Sample.tube_id == tube.id, Sample.person_id == pid)) is not None:
        raise InvalidInput("此人已在本管中", "this person is already in this tube")
    rnd = db.get(TestRound, tube.round_id) if tube.round_id else None
    if rnd is not None:
        if not rnd.starts_at <= now <= rnd.ends_at:
            raise InvalidInput(f"轮次「{rnd.name}」不在采样时间内", f"round '{rnd.name}' is not open for sampling now")
        if db.scalar(select(Sample.id).where(Sample.round_id == rnd.id, Sample.person_id == pid)) is not None:
            raise InvalidInput("此人本轮已采样,无需重复采样", "this person was already sampled in this round")
        if not _is_member(db, rnd, row):
            raise InvalidInput(f"此人不在「{rnd.name}」的检测范围内", f"this person is not a target of '{rnd.name}'")
    recall_id = db.scalar(select(Recall.id).where(Recall.person_id == pid, Recall.state == "open")
                          .order_by(Recall.id).limit(1))
    if recall_id is not None and tube.pool_size != 1:
        raise InvalidInput("此人待复采,须单采单检(1人1管)", "this person is recalled: use a single tube")
    if recall_id is not None and tube.purpose != "recall" and rnd is not None:
        recall_id = None  # a round's single tube does not answer the recall; a recall tube does
    # Guarded increment: two samplers racing for the last place cannot overfill a tube.
    filled = db.execute(update(Tube).where(Tube.id == tube.id, Tube.state == "open", Tube.members < Tube.pool_size)
                        .values(members=Tube.members + 1,
                                sampled_at=func.coalesce(Tube.sampled_at, now))
                        .execution_options(synchronize_session=False)).rowcount
    if filled != 1:
        raise InvalidInput(f"试管 {barcode} 已满或已封管", f"tube {barcode} is full or sealed")
    db.execute(insert(Sample).values(tube_id=tube.id, person_id=pid, round_id=tube.round_id, recall_id=recall_id,
                                     sampled_at=now, sampler=actor.username))
    if recall_id is not None:
        db.execute(update(Recall).where(Recall.id == recall_id).values(
            state="sampled", retest_tube_id=tube.id, sampled_at=now))
    db.refresh(tube)
    sealed = tube.members >= tube.pool_size
    if sealed:
        tube.state, tube.sealed_at = "sealed", now
        db.flush()
    audit.record(db, actor, "write", "sample", pid, {"tube": barcode, "round": tube.round_id, "recall": recall_id,
                                                     "members": tube.members, "sealed": sealed})
    return SampleAdded(_view(tube), pid, idnumber.mask_name(row.name), sealed, recall_id)


def _find_person(db: Session, *, person_id: int | None, id_number: str | None, token: str | None,
                 resolve_token: Callable[[Session, str], int] | None) -> Any:
    if token:
        if resolve_token is None:
            raise InvalidInput("暂不支持扫健康码,请输入身份证号",
                               "codes cannot be scanned here: type the identity number")
        person_id = resolve_token(db, token)
    if person_id is not None:
        row = db.execute(select(*_PERSON_COLUMNS).where(Person.id == person_id)).first()
    elif id_number:
        try:
            number = idnumber.validate(id_number)
        except ValueError as exc:
            raise InvalidInput(str(exc)) from None
        row = db.execute(select(*_PERSON_COLUMNS).where(Person.id_number == number)).first()
    else:
        raise InvalidInput("请扫码或输入身份证号", "scan the code or type the identity number")
    if row is None:
        raise NotFound("查无此人,请先到社区登记", "Unknown person: register with the community first")
    return row


def seal_tube(db: Session, actor: Actor, barcode: str) -> TubeView:
    """Close a tube early (the queue ended before it was full). An empty tube cannot be sealed."""
    _require(actor, Permission.TESTING_SAMPLE)
    barcode = normalize_barcode(barcode)
    tube = db.scalar(select(Tube).where(Tube.barcode == barcode))
    if tube is None:
        raise NotFound(f"没有试管 {barcode}", f"No tube {barcode}")
    _site_for(db, actor, tube.site_id)
    if tube.state != "open":
        raise InvalidInput(f"试管 {barcode} 已封管", f"tube {barcode} is already sealed")
    if tube.members == 0:
        raise InvalidInput("空管不能封管", "an empty tube cannot be sealed")
    tube.state, tube.sealed_at = "sealed", clock.now()
    db.flush()
    audit.record(db, actor, "write", "tube", barcode, {"op": "seal", "members": tube.members})
    return _view(tube)


def get_tube(db: Session, actor: Actor, barcode: str) -> TubeView:
    _require(actor, Permission.TESTING_SAMPLE, Permission.TESTING_READ, Permission.TESTING_RESULTS)
    tube = db.scalar(select(Tube).where(Tube.barcode == normalize_barcode(barcode)))
    if tube is None:
        raise NotFound(f"没有试管 {barcode}", f"No tube {barcode}")
    return _view(tube)


def open_tubes(db: Session, actor: Actor, site_id: int) -> list[TubeView]:
    """The site's tubes still open (a sampler's page shows them to continue filling)."""
    _require(actor, Permission.TESTING_SAMPLE)
    site = _site_for(db, actor, site_id)
    return [_view(t) for t in db.scalars(select(Tube).where(Tube.site_id == site.id, Tube.state == "open")
                                         .order_by(Tube.id))]


def tube_members(db: Session, actor: Actor, barcode: str) -> list[registry.PersonView]:
    """The persons in a tube, masked, in sampling order. Audited as a list read."""
    _require(actor, Permission.TESTING_SAMPLE, Permission.TESTING_READ)
    tube = db.scalar(select(Tube).where(Tube.barcode == normalize_barcode(barcode)))
    if tube is None:
        raise NotFound(f"没有试管 {barcode}", f"No tube {barcode}")
    if actor.role == "sampler":
        _site_for(db, actor, tube.site_id)
    persons = db.execute(select(Person).join(Sample, Sample.person_id == Person.id)
                         .where(Sample.tube_id == tube.id).order_by(Sample.id)).scalars().all()
    if actor.role != "sampler":
        persons = [p for p in persons if actor.covers(p)]
    audit.record(db, actor, "read", "tube_members", tube.barcode, {"persons": [p.id for p in persons]})
    return [registry.person_view(p, full=False) for p in persons]


@dataclass(frozen=True)
class BulkRegistration:
    tubes: int
    samples: int
    first_tube_id: int | None
    barcode_prefix: str


def register_samples_bulk(db: Session, actor: Actor, *, round_id: int, site_id: int, sampled_at: datetime,
                          barcode_prefix: str, persons: Select[Any] | None = None,
                          pool_size: int | None = None) -> BulkRegistration:
    """Register a whole round's samples at once (drills, benchmarks, importing a sampling system's
    export), set-based: persons (a SELECT of person ids; default every member of the round not yet
    sampled), ordered by id so households share tubes, go into sealed tubes of `pool_size`; barcodes
    are `barcode_prefix` + tube number. The sampling page does not use this: it adds one swab at a time."""
    _require(actor, Permission.TESTING_MANAGE)
    rnd = db.get(TestRound, round_id)
    if rnd is None:
        raise NotFound("核酸轮次不存在", "No such testing round")
    site = db.get(SamplingSite, site_id)
    if site is None:
        raise NotFound("采样点不存在", "No such sampling site")
    size = pool_size or rnd.pool_size
    if size not in POOL_SIZES:
        raise InvalidInput(f"混采规格只能是 {POOL_SIZES}", f"pool size must be one of {POOL_SIZES}")
    prefix = normalize_barcode(barcode_prefix)
    if db.scalar(select(Tube.id).where(Tube.barcode.like(f"{prefix}%")).limit(1)) is not None:
        raise InvalidInput(f"条码前缀 {prefix} 已用过", f"barcode prefix {prefix} was used before")
    source = (persons if persons is not None else
              (select(Person.id) if rnd.whole_city else round_members(round_id))).subquery("chosen")
    pid = source.c[source.c.keys()[0]]
    numbered = (select(pid.label("person_id"), (func.row_number().over(order_by=pid) - 1).label("n"))
                .where(~exists(select(Sample.id).where(Sample.round_id == round_id, Sample.person_id == pid)))
                .subquery("numbered"))
    base = db.scalar(select(func.coalesce(func.max(Tube.id), 0))) or 0
    number = numbered.c.n // size
    tube_rows = (select((number + base + 1).label("id"), (literal(prefix) + cast(number, String))
                        .label("barcode"), func.count().label("members"))
                 .group_by(number))
    counts = tube_rows.subquery("tube_rows")
    db.execute(insert(Tube).from_select(
        ["id", "barcode", "members", "site_id", "round_id", "district_id", "purpose", "pool_size", "target_hours",
         "state", "sampler", "opened_at", "sampled_at", "sealed_at"],
        select(counts.c.id, counts.c.barcode, counts.c.members, literal(site.id), literal(round_id),
               literal(site.district_id), literal("round"), literal(size), literal(rnd.turnaround_hours),
               literal("sealed"), literal(actor.username), literal(sampled_at, DateTime()),
               literal(sampled_at, DateTime()), literal(sampled_at, DateTime()))))
    in_round = select(func.count()).select_from(Sample).where(Sample.round_id == round_id)
    before = db.scalar(in_round) or 0
    db.execute(insert(Sample).from_select(
        ["tube_id", "person_id", "round_id", "sampled_at", "sampler"],
        select(number + base + 1, numbered.c.person_id, literal(round_id), literal(sampled_at, DateTime()),
               literal(actor.username))))
    samples = (db.scalar(in_round) or 0) - before
    tubes = -(-samples // size)
    if db.get_bind().dialect.name == "postgresql":
        db.execute(text("SELECT setval(pg_get_serial_sequence('tube', 'id'), (SELECT max(id) FROM tube))"))
    _analyze(db, "tube", "sample")
    audit.record(db, actor, "write", "sample", None, {"op": "bulk", "round": round_id, "site": site_id,
                                                      "samples": samples, "tubes": tubes, "prefix": prefix})
    return BulkRegistration(tubes, samples, base + 1 if samples else None, prefix)


def _analyze(db: Session, *tables: str) -> None:
    """Fresh planner statistics after a bulk write on PostgreSQL (autovacuum comes too late for the
    next statements of the same transaction); SQLite plans well from its indexes alone."""
    if db.get_bind().dialect.name == "postgresql":
        for table in tables:
            db.execute(text(f"ANALYZE {table}"))


# ---- transport -----------------------------------------------------------------------------


def box_tubes(db: Session, actor: Actor, *, site_id: int, barcodes: Sequence[str], code: str | None = None
              ) -> TransportBox:
    """Pack sealed tubes of a site into a transport box (转运箱)."""
    _require(actor, Permission.TESTING_SAMPLE)
    site = _site_for(db, actor, site_id)
    wanted = sorted({normalize_barcode(b) for b in barcodes})
    if not wanted:
        raise InvalidInput("转运箱不能为空", "a box needs tubes")
    found = {t.barcode: t for t in db.scalars(select(Tube).where(Tube.barcode.in_(wanted)))}
    problems = [b for b in wanted if b not in found or found[b].site_id != site.id or found[b].state != "sealed"]
    if problems:
        raise InvalidInput(f"这些试管不能装箱(未封管、已装箱或不属于本点): {', '.join(problems[:20])}",
                           f"these tubes cannot be boxed (not sealed, boxed already or another site's): "
                           f"{', '.join(problems[:20])}")
    box = TransportBox(code=(code or _code("BOX")).strip(), site_id=site.id, tubes=len(wanted),
                       created_by=actor.username, created_at=clock.now())
    if db.scalar(select(TransportBox.id).where(TransportBox.code == box.code)) is not None:
        raise InvalidInput(f"转运箱编号 {box.code} 已存在", f"box {box.code} already exists")
    db.add(box)
    db.flush()
    db.execute(update(Tube).where(Tube.id.in_([found[b].id for b in wanted])).values(box_id=box.id, state="boxed"))
    audit.record(db, actor, "write", "transport_box", box.id, {"tubes": len(wanted), "site": site.id})
    return box


def send_batch(db: Session, actor: Actor, *, lab_id: int, box_ids: Sequence[int] = (),
               tubes: Select[Any] | None = None, code: str | None = None, sent_at: datetime | None = None
               ) -> TransportBatch:
    """送检: send boxes (or, for bulk work, a SELECT of tube ids of sealed/boxed tubes) to a lab."""
    _require(actor, Permission.TESTING_SAMPLE, Permission.TESTING_MANAGE)
    lab = db.get(Lab, lab_id)
    if lab is None or not lab.active:
        raise NotFound("实验室不存在", "No such lab")
    if not box_ids and tubes is None:
        raise InvalidInput("请选择转运箱", "choose the boxes to send")
    boxes = list(db.scalars(select(TransportBox).where(TransportBox.id.in_(list(box_ids))))) if box_ids else []
    if len(boxes) != len(set(box_ids)):
        raise NotFound("转运箱不存在", "No such box")
    for box in boxes:
        if box.batch_id is not None:
            raise InvalidInput(f"转运箱 {box.code} 已送出", f"box {box.code} was already sent")
        _site_for(db, actor, box.site_id)
    sent_at = sent_at or clock.now()
    batch = TransportBatch(code=(code or _code("T")).strip(), lab_id=lab.id, state="sent", sent_at=sent_at,
                           sent_by=actor.username)
    db.add(batch)
    db.flush()
    conditions = []
    if boxes:
        conditions.append(Tube.box_id.in_([b.id for b in boxes]))
        db.execute(update(TransportBox).where(TransportBox.id.in_([b.id for b in boxes])).values(batch_id=batch.id))
    if tubes is not None:
        conditions.append(Tube.id.in_(tubes))
    count = db.execute(update(Tube).where(or_(*conditions), Tube.state.in_(("sealed", "boxed")))
                       .values(batch_id=batch.id, lab_id=lab.id, sent_at=sent_at, state="sent")
                       .execution_options(synchronize_session=False)).rowcount or 0
    if count == 0:
        raise InvalidInput("没有可送检的试管", "no sealed tubes to send")
    batch.tubes = count
    db.flush()
    audit.record(db, actor, "write", "transport_batch", batch.id, {"lab": lab.id, "tubes": count,
                                                                   "boxes": [b.id for b in boxes]})
    return batch


def receive_batch(db: Session, actor: Actor, batch_id: int, *, received_at: datetime | None = None) -> int:
    """The lab signs for a batch: its tubes are received (the 'test' clock starts). Returns tubes."""
    batch = db.get(TransportBatch, batch_id)
    if batch is None:
        raise NotFound("送检批次不存在", "No such transport batch")
    lab_for_actor(db, actor, batch.lab_id)
    if batch.state != "sent":
        raise InvalidInput("该批次已签收", "this batch was already received")
    received_at = received_at or clock.now()
    if received_at < batch.sent_at:
        raise InvalidInput("签收时间早于送出时间", "received before it was sent")
    count = db.execute(update(Tube).where(Tube.batch_id == batch.id, Tube.state == "sent")
                       .values(state="received", received_at=received_at)
                       .execution_options(synchronize_session=False)).rowcount or 0
    batch.state, batch.received_at, batch.received_by = "received", received_at, actor.username
    db.flush()
    audit.record(db, actor, "write", "transport_batch", batch.id, {"op": "receive", "tubes": count})
    return count


def batches(db: Session, actor: Actor, *, lab_id: int | None = None, state: str | None = None,
            limit: int = 100) -> list[TransportBatch]:
    """Transport batches, newest first; a lab account sees its own."""
    if actor.role == "lab":
        lab_id = lab_for_actor(db, actor).id
    else:
        _require(actor, Permission.TESTING_READ, Permission.TESTING_MANAGE, Permission.TESTING_SAMPLE)
    statement = select(TransportBatch)
    if lab_id is not None:
        statement = statement.where(TransportBatch.lab_id == lab_id)
    if state:
        statement = statement.where(TransportBatch.state == state)
    return list(db.scalars(statement.order_by(TransportBatch.id.desc()).limit(limit)))


def batch_sites(db: Session, batch_ids: Sequence[int]) -> dict[int, list[str]]:
    """The sampling sites whose boxes travel in each batch (the lab calls them when a tube is missing)."""
    if not batch_ids:
        return {}
    rows = db.execute(select(TransportBox.batch_id, SamplingSite.name).join(SamplingSite,
                                                                           SamplingSite.id == TransportBox.site_id)
                      .where(TransportBox.batch_id.in_(list(batch_ids))).distinct()
                      .order_by(TransportBox.batch_id, SamplingSite.name))
    found: dict[int, list[str]] = {}
    for batch_id, name in rows:
        found.setdefault(batch_id, []).append(name)
    return found


# ---- results -------------------------------------------------------------------------------


class ResultFileRefused(InvalidInput):
    """A result file with errors, refused whole; `errors` is the per-row report."""

    def __init__(self, errors: Sequence[result_files.RowError]) -> None:
        shown = errors[0] if errors else None
        where = f"第 {shown.row} 行 {shown.column}: " if shown and shown.row else ""
        where_en = f"row {shown.row} {shown.column}: " if shown and shown.row else ""
        super().__init__(f"结果文件有 {len(errors)} 处错误,整份未导入。{where}{shown.zh if shown else ''}",
                         f"the result file has {len(errors)} errors and was not imported. "
                         f"{where_en}{shown.en if shown else ''}")
        self.errors = list(errors)


@dataclass
class ImportReport:
    file_id: int
    lab_id: int
    rows: int
    applied: int  # rows that gave a tube its result
    unchanged: int  # rows repeating a result the tube already had
    positive_tubes: int
    duplicate: bool  # the same file was imported before: nothing changed
    digest: str
    errors: list[result_files.RowError] = field(default_factory=list)


_ERROR_LIMIT = 1000  # a report longer than this helps nobody; the count says how many more


def import_results(db: Session, actor: Actor, *, content: bytes, filename: str = "", lab_id: int | None = None,
                   now: datetime | None = None) -> ImportReport:
    """Import a lab's result file (CSV or .xlsx, see testing.results), keyed by tube barcode.

    Every row is checked (format; barcode known; tube received by this lab; tested after sampling;
    no conflict with a result the tube already has). Any error: ResultFileRefused with the per-row
    report, and nothing is stored. The same bytes again: the earlier import is reported, nothing
    changes. Set-based: rows are staged and inserted once (_store_rows), tubes updated with one UPDATE.
    Consequences (recalls, cases, codes) are `flows.import_result_file`'s job."""
    lab = lab_for_actor(db, actor, lab_id)
    if actor.role != "lab":
        _require(actor, Permission.TESTING_RESULTS, Permission.TESTING_MANAGE)
    now = now or clock.now()
    digest = hashlib.sha256(content).hexdigest()
    known = db.scalar(select(ResultFile).where(ResultFile.lab_id == lab.id, ResultFile.digest == digest))
    if known is not None:
        audit.record(db, actor, "write", "result_file", known.id, {"op": "reupload", "digest": digest})
        return ImportReport(known.id, lab.id, known.rows, 0, known.rows, known.positives, True, digest)
    parsed = result_files.parse_result_file(content, filename)
    if not parsed.rows:
        raise ResultFileRefused(parsed.errors[:_ERROR_LIMIT])
    file = ResultFile(lab_id=lab.id, digest=digest, filename=filename[:200], rows=len(parsed.rows),
                      uploaded_by=actor.username, uploaded_at=now)
    db.add(file)
    db.flush()
    _store_rows(db, file.id, parsed.rows)
    _analyze(db, "result_row")
    # Rows that parsed are checked against the tubes too, so the lab gets the whole report at once.
    errors = sorted(parsed.errors + _check_rows(db, file.id, lab.id, now, parsed), key=lambda e: (e.row, e.column))
    if errors:
        # Nothing half-written even if the caller goes on to commit other work.
        db.execute(delete(ResultRow).where(ResultRow.file_id == file.id))
        db.execute(delete(ResultFile).where(ResultFile.id == file.id))
        db.expunge(file)
        raise ResultFileRefused(errors[:_ERROR_LIMIT])
    applied = db.scalar(select(func.count()).select_from(ResultRow).where(
        ResultRow.file_id == file.id, ResultRow.applied.is_(True))) or 0
    db.execute(update(Tube).where(Tube.id == ResultRow.tube_id, ResultRow.file_id == file.id,
                                  ResultRow.applied.is_(True))
               .values(result=ResultRow.result, ct_orf1ab=ResultRow.ct_orf1ab, ct_n=ResultRow.ct_n,
                       tested_at=ResultRow.tested_at, reported_at=ResultRow.reported_at,
                       state=case((ResultRow.reported_at.is_(None), "tested"), else_="reported"),
                       result_file_id=file.id)
               .execution_options(synchronize_session=False))
    # A repeated result may bring the report time the first file lacked.
    db.execute(update(Tube).where(Tube.id == ResultRow.tube_id, ResultRow.file_id == file.id,
                                  ResultRow.applied.is_(False), Tube.reported_at.is_(None),
                                  ResultRow.reported_at.is_not(None))
               .values(reported_at=ResultRow.reported_at, state="reported")
               .execution_options(synchronize_session=False))
    if applied > 5000:
        _analyze(db, "tube")  # the consequences query tubes by result and file: plan them on fresh counts
    positives = db.scalar(select(func.count()).select_from(Tube).where(
        Tube.result_file_id == file.id, Tube.result == "positive")) or 0
    file.applied, file.positives = applied, positives
    db.flush()
    audit.record(db, actor, "write", "result_file", file.id,
                 {"op": "import", "lab": lab.id, "digest": digest, "rows": len(parsed.rows), "applied": applied,
                  "positives": positives, "filename": filename})
    return ImportReport(file.id, lab.id, len(parsed.rows), applied, len(parsed.rows) - applied, positives, False,
                        digest)


_STAGE = Table("result_stage", MetaData(), Column("row_no", Integer), Column("barcode", String(40)),
               Column("result", String(16)), Column("ct_orf1ab", Float), Column("ct_n", Float),
               Column("tested_at", DateTime), Column("reported_at", DateTime), prefixes=["TEMPORARY"])


def _store_rows(db: Session, file_id: int, rows: Sequence[result_files.ParsedRow]) -> None:
    """A file's rows into result_row, each written once with its tube (NULL: unknown barcode) and
    `applied` (the tube has no result yet): staged in a temporary table (COPY on PostgreSQL), then
    one INSERT ... SELECT joining the tubes by barcode."""
    connection = db.connection()
    _STAGE.create(connection)  # (a failure rolls the whole transaction back, the table with it)
    if connection.dialect.name == "postgresql":
        raw: Any = connection.connection.driver_connection
        with raw.cursor() as cursor, cursor.copy(f"COPY {_STAGE.name} FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
    else:
        names = _STAGE.c.keys()  # the order of ParsedRow's fields
        connection.execute(insert(_STAGE), [dict(zip(names, row, strict=True)) for row in rows])
    stage = _STAGE.c
    db.execute(insert(ResultRow).from_select(
        ["file_id", "row_no", "barcode", "result", "ct_orf1ab", "ct_n", "tested_at", "reported_at", "tube_id",
         "applied"],
        select(literal(file_id), stage.row_no, stage.barcode, stage.result, stage.ct_orf1ab, stage.ct_n,
               stage.tested_at, stage.reported_at, Tube.id, and_(Tube.id.is_not(None), Tube.result.is_(None)))
        .select_from(_STAGE).outerjoin(Tube, Tube.barcode == stage.barcode)))
    _STAGE.drop(connection)


def _check_rows(db: Session, file_id: int, lab_id: int, now: datetime,
                parsed: result_files.ParsedFile) -> list[result_files.RowError]:
    """The rows of a staged file that the tubes contradict, in row order (set-based queries)."""
    r, t = ResultRow, Tube
    errors: list[result_files.RowError] = []
    for row_no, barcode in db.execute(select(r.row_no, r.barcode).where(r.file_id == file_id, r.tube_id.is_(None))
                                      .order_by(r.row_no).limit(_ERROR_LIMIT)):
        errors.append(result_files.RowError(row_no, parsed.header("barcode"), barcode, f"未知条码 {barcode}",
                                            f"unknown barcode {barcode}"))
    checks = (
        (or_(t.lab_id.is_(None), t.lab_id != lab_id), "barcode", "该试管未送到本实验室",
         "this tube was not sent to this lab"),
        (and_(t.lab_id == lab_id, t.received_at.is_(None)), "barcode", "该试管尚未签收,请先签收送检批次",
         "this tube was not received yet: receive its batch first"),
        (r.tested_at < t.sampled_at, "tested_at", "检测时间早于采样时间", "tested before it was sampled"),
        (r.tested_at > now + timedelta(hours=1), "tested_at", "检测时间在未来", "the test time is in the future"),
        (and_(t.result.is_not(None), or_(t.result != r.result, t.ct_orf1ab.is_distinct_from(r.ct_orf1ab),
                                         t.ct_n.is_distinct_from(r.ct_n))),
         "result", "与已导入的结果不一致", "conflicts with the result already imported"),
    )
    for condition, column, zh, en in checks:
        for row_no, barcode in db.execute(select(r.row_no, r.barcode).join(t, t.id == r.tube_id)
                                          .where(r.file_id == file_id, condition).order_by(r.row_no)
                                          .limit(_ERROR_LIMIT)):
            errors.append(result_files.RowError(row_no, parsed.header(column), barcode, zh, en))
    errors.sort(key=lambda e: e.row)
    return errors[:_ERROR_LIMIT]


def persons_of_file(file_id: int) -> Select[Any]:
    """SELECT person_id of everyone whose tube got its result from this file."""
    return (select(Sample.person_id.label("person_id")).join(Tube, Tube.id == Sample.tube_id)
            .where(Tube.result_file_id == file_id))


@dataclass(frozen=True)
class PositiveSingle:
    person_id: int
    barcode: str
    known_at: datetime  # reported, else tested
    recall_id: int | None


def positive_singles_of_file(db: Session, file_id: int) -> list[PositiveSingle]:
    """Persons alone in a positive tube of this file (a case each): few, listed one by one."""
    rows = db.execute(select(Sample.person_id, Tube.barcode, func.coalesce(Tube.reported_at, Tube.tested_at),
                             Sample.recall_id)
                      .join(Tube, Tube.id == Sample.tube_id)
                      .where(Tube.result_file_id == file_id, Tube.result == "positive", Tube.pool_size == 1)
                      .order_by(Sample.person_id))
    return [PositiveSingle(*row) for row in rows]


def create_recalls_for_file(db: Session, actor: Actor, file_id: int, *, now: datetime | None = None) -> int:
    """Every member of a positive pool (size > 1) from this file gets an open recall (单采单检),
    listed under their place for grid workers and samplers. Set-based INSERT ... SELECT; idempotent."""
    now = now or clock.now()
    source = (select(Sample.person_id, Tube.id, Tube.round_id, Person.district_id, Person.street_id,
                     Person.community_id, Person.grid_id, Person.compound_id, Person.building_id, Person.unit_id,
                     Person.household_id, literal("open"), literal(now, DateTime()), literal(""))
              .join(Tube, Tube.id == Sample.tube_id).join(Person, Person.id == Sample.person_id)
              .where(Tube.result_file_id == file_id, Tube.result == "positive", Tube.pool_size > 1,
                     ~exists(select(Recall.id).where(Recall.person_id == Sample.person_id,
                                                     Recall.source_tube_id == Tube.id))))
    of_file = (select(func.count()).select_from(Recall).join(Tube, Tube.id == Recall.source_tube_id)
               .where(Tube.result_file_id == file_id))
    before = db.scalar(of_file) or 0
    db.execute(insert(Recall).from_select(
        ["person_id", "source_tube_id", "round_id", "district_id", "street_id", "community_id", "grid_id",
         "compound_id", "building_id", "unit_id", "household_id", "state", "created_at", "note"], source))
    made = (db.scalar(of_file) or 0) - before
    audit.record(db, actor, "write", "recall", None, {"op": "create", "file": file_id, "recalls": made})
    return made


def close_recalls_for_file(db: Session, actor: Actor, file_id: int, *, now: datetime | None = None) -> int:
    """Close recalls answered by a single-tube result of this file taken after the pooled swab:
    negative clears the person's pool-positive fact, positive is a case. Set-based; returns count."""
    now = now or clock.now()
    s, t, source = aliased(Sample), aliased(Tube), aliased(Tube)
    answer = (select(t.result).select_from(s).join(t, t.id == s.tube_id)
              .join(source, source.id == Recall.source_tube_id)
              .where(s.person_id == Recall.person_id, t.result_file_id == file_id, t.pool_size == 1,
                     s.sampled_at > source.sampled_at)
              .order_by(case((t.result == "positive", 0), else_=1)).limit(1).scalar_subquery())
    singles = (select(Sample.person_id).join(Tube, Tube.id == Sample.tube_id)
               .where(Tube.result_file_id == file_id, Tube.pool_size == 1))
    if db.scalar(select(singles.exists())) is False:
        return 0  # a file of pools answers no recall
    # The semi-join first, so the per-recall answer runs only for persons re-tested in this file.
    closed = db.execute(update(Recall).where(Recall.state.in_(("open", "sampled")), Recall.person_id.in_(singles),
                                             answer.is_not(None))
                        .values(state="closed", outcome=answer, closed_at=now)
                        .execution_options(synchronize_session=False)).rowcount or 0
    if closed:
        audit.record(db, actor, "write", "recall", None, {"op": "close", "file": file_id, "recalls": closed})
    return closed


# ---- facts for the health-code rules -------------------------------------------------------


def _known_at(tube: Any) -> ColumnElement[Any]:
    return func.coalesce(tube.reported_at, tube.tested_at)


def pool_positive_facts(now: datetime) -> Select[Any]:
    """SELECT person_id, since, tube_barcode: members of a pool (size > 1) whose result, known by
    `now`, is positive and who have no later negative single-tube result known by `now`.
    One row per (person, positive pool); `since` is when the result was known (reported, else tested)."""
    s2, t2 = aliased(Sample), aliased(Tube)
    cleared = (select(s2.id).join(t2, t2.id == s2.tube_id)
               .where(s2.person_id == Sample.person_id, t2.pool_size == 1, t2.result == "negative",
                      s2.sampled_at > Sample.sampled_at, _known_at(t2) <= now))
    return (select(Sample.person_id.label("person_id"), _known_at(Tube).label("since"),
                   Tube.barcode.label("tube_barcode"))
            .join(Tube, Tube.id == Sample.tube_id)
            .where(Tube.result == "positive", Tube.pool_size > 1, _known_at(Tube) <= now, ~exists(cleared))
            .distinct())  # DISTINCT keeps SQLite from probing a caller's big IN list per positive tube


def positive_single_facts(now: datetime) -> Select[Any]:
    """SELECT person_id, since, tube_barcode: persons whose single tube tested positive by `now`."""
    return (select(Sample.person_id.label("person_id"), _known_at(Tube).label("since"),
                   Tube.barcode.label("tube_barcode"))
            .join(Tube, Tube.id == Sample.tube_id)
            .where(Tube.result == "positive", Tube.pool_size == 1, _known_at(Tube) <= now).distinct())


_SERIES_DAYS = 14  # longest series a schedule may ask for (set_schedule checks)


def overdue_test_facts(now: datetime) -> Select[Any]:
    """SELECT person_id, due_since, reason_zh, reason_en: persons who owe a test at `now`.

    - A round (enforced, active) targeting them ended within the policy's `overdue_round_days`
      without them being sampled since it started: overdue from the round's end until any sample
      (Taiyuan, April 2022: those who missed their district's round were yellow until sampled).
    - A recurring key-group schedule: no sample within `every_days` days of the last one (or of
      joining the group): overdue from then.
    - A series schedule (三天三检): a day of the series passed without a sample since that day began.
    A person can appear once per reason; take min(due_since) per person if one row is wanted."""
    policy = testing_policy(now)
    window_start = now - timedelta(days=policy["overdue_round_days"])
    due_rounds = select(TestRound.id).where(TestRound.enforced.is_(True), TestRound.state == "active",
                                            TestRound.ends_at <= now, TestRound.ends_at >= window_start)
    pairs = union(*_member_pairs(lambda col: col.in_(due_rounds))).subquery("due")  # built once, not per part
    missed_round = (select(pairs.c.person_id.label("person_id"), TestRound.ends_at.label("due_since"),
                           (literal("未参加核酸检测:") + TestRound.name).label("reason_zh"),
                           (literal("missed testing round: ") + TestRound.name).label("reason_en"))
                    .join(TestRound, TestRound.id == pairs.c.round_id)
                    .where(~exists(select(Sample.id).where(Sample.person_id == pairs.c.person_id,
                                                           Sample.sampled_at >= TestRound.starts_at,
                                                           Sample.sampled_at <= now))))
    last_sample = (select(func.max(Sample.sampled_at)).where(Sample.person_id == KeyGroupMember.person_id,
                                                             Sample.sampled_at <= now).scalar_subquery())
    recurring_due = shift_days(func.coalesce(last_sample, KeyGroupMember.since), TestSchedule.every_days)
    active_member = and_(KeyGroupMember.since <= now,
                         or_(KeyGroupMember.until.is_(None), KeyGroupMember.until > now))
    recurring = (select(KeyGroupMember.person_id.label("person_id"), recurring_due.label("due_since"),
                        (literal("未按时常态化检测:") + TestSchedule.name_zh).label("reason_zh"),
                        (literal("routine test overdue: ") + TestSchedule.name_en).label("reason_en"))
                 .join(TestSchedule, TestSchedule.group == KeyGroupMember.group)
                 .where(TestSchedule.active.is_(True), TestSchedule.count.is_(None), active_member,
                        recurring_due <= now))
    days = union(*[select(literal_column(str(i), Integer).label("i"))
                   for i in range(_SERIES_DAYS)]).subquery("series_day")
    day_start = shift_days(KeyGroupMember.since, days.c.i, from_day_start=True)
    day_end = shift_days(KeyGroupMember.since, days.c.i + 1, from_day_start=True)
    series = (select(KeyGroupMember.person_id.label("person_id"), func.min(day_end).label("due_since"),
                     (literal("未完成连续检测:") + TestSchedule.name_zh).label("reason_zh"),
                     (literal("test series incomplete: ") + TestSchedule.name_en).label("reason_en"))
              .select_from(KeyGroupMember)
              .join(TestSchedule, TestSchedule.group == KeyGroupMember.group)
              .join(days, days.c.i < TestSchedule.count)
              .where(TestSchedule.active.is_(True), TestSchedule.count.is_not(None), KeyGroupMember.since <= now,
                     day_end <= now,
                     ~exists(select(Sample.id).where(Sample.person_id == KeyGroupMember.person_id,
                                                     Sample.sampled_at >= day_start, Sample.sampled_at <= now)))
              .group_by(KeyGroupMember.person_id, TestSchedule.name_zh, TestSchedule.name_en))
    combined = union(missed_round, recurring, series).subquery("overdue")
    return select(combined.c.person_id, combined.c.due_since, combined.c.reason_zh, combined.c.reason_en)


@dataclass(frozen=True)
class LatestTest:
    sampled_at: datetime
    result: str | None  # None while pending
    reported_at: datetime | None  # reported, else tested; None while pending
    pool_size: int
    barcode: str


def latest_tests(db: Session, person_ids: Sequence[int], *, now: datetime | None = None) -> dict[int, LatestTest]:
    """Each person's latest sample (up to `now`) with its result if known: for the venue sentinel
    and the resident's page. The caller checks who may see it. One query per 900 persons."""
    now = now or clock.now()
    found: dict[int, LatestTest] = {}
    known = _known_at(Tube)
    for chunk in registry._chunks(sorted(set(person_ids))):  # noqa: SLF001
        rows = db.execute(select(Sample.person_id, Sample.sampled_at,
                                 case((known <= now, Tube.result), else_=None), case((known <= now, known), else_=None),
                                 Tube.pool_size, Tube.barcode)
                          .join(Tube, Tube.id == Sample.tube_id)
                          .where(Sample.person_id.in_(chunk), Sample.sampled_at <= now)
                          .order_by(Sample.person_id, Sample.sampled_at, Sample.id))
        for pid, *rest in rows:
            found[pid] = LatestTest(*rest)  # ascending: the last one wins
    return found


# ---- recalls, turnaround, overdue results --------------------------------------------------


@dataclass(frozen=True)
class RecallView:
    id: int
    person: registry.PersonView
    grid_id: int | None
    household_id: int | None
    state: str
    created_at: datetime
    source_barcode: str
    retest_barcode: str | None
    sampled_at: datetime | None
    closed_at: datetime | None
    outcome: str | None


def recalls(db: Session, actor: Actor, *, grid_id: int | None = None, state: str | None = "open",
            round_id: int | None = None, limit: int = 500, offset: int = 0) -> tuple[int, list[RecallView]]:
    """Recalls in the actor's jurisdiction (and grid), oldest first, persons masked: the samplers'
    and grid workers' list. state None: all. Returns (total, page). Audited as a list read."""
    _require(actor, Permission.TESTING_READ, Permission.TESTING_SAMPLE, Permission.COVERAGE_WRITE)
    if state is not None and state not in RECALL_STATES:
        raise InvalidInput(f"状态应为 {RECALL_STATES}", f"state must be one of {RECALL_STATES}")
    conditions: list[ColumnElement[bool]] = [actor.scope_clause(Recall)]
    if grid_id is not None:
        conditions.append(Recall.grid_id == grid_id)
    if state is not None:
        conditions.append(Recall.state == state)
    if round_id is not None:
        conditions.append(Recall.round_id == round_id)
    total = db.scalar(select(func.count()).select_from(Recall).where(*conditions)) or 0
    source, retest = aliased(Tube), aliased(Tube)
    rows = db.execute(select(Recall, source.barcode, retest.barcode)
                      .join(source, source.id == Recall.source_tube_id)
                      .outerjoin(retest, retest.id == Recall.retest_tube_id)
                      .where(*conditions).order_by(Recall.created_at, Recall.id).limit(limit).offset(offset)).all()
    persons = {p.id: p for p in db.scalars(select(Person).where(Person.id.in_([r.person_id for r, _s, _t in rows])))}
    views = [RecallView(r.id, registry.person_view(persons[r.person_id], full=False), r.grid_id, r.household_id,
                        r.state, r.created_at, src, again, r.sampled_at, r.closed_at, r.outcome)
             for r, src, again in rows]
    audit.record(db, actor, "read", "recall_list", grid_id,
                 {"state": state, "round": round_id, "count": len(views), "persons": [v.person.id for v in views]})
    return total, views


def _tube_scope(actor: Actor) -> ColumnElement[bool]:
    if actor.city_wide:
        return true()
    if actor.role == "resident" or actor.jurisdiction_level is None:
        return false()
    # Tubes carry their site's district; narrower staff see the tubes of their district's sites.
    district = select(Place.district_id).where(Place.id == actor.jurisdiction_id).scalar_subquery()
    return Tube.district_id == district


def _group_condition(group: str | None) -> ColumnElement[bool]:
    if group is None:
        return true()
    if group == "key":
        # A tube's target was set from the policy when it was opened; key-group targets are the short ones.
        return Tube.target_hours < DEFAULT_TARGET_HOURS
    if group == "other":
        return Tube.target_hours >= DEFAULT_TARGET_HOURS
    members = select(Sample.tube_id).join(KeyGroupMember, KeyGroupMember.person_id == Sample.person_id).where(
        KeyGroupMember.group == group)
    return Tube.id.in_(members)


@dataclass(frozen=True)
class StepTimes:
    """Mean hours of each step of 采、送、检、报 over the tubes that completed it."""

    sample_to_send: float | None
    send_to_receive: float | None
    receive_to_test: float | None
    test_to_report: float | None


@dataclass(frozen=True)
class Turnaround:
    tubes: int
    persons: int
    with_result: int
    pending: int
    within_target: int  # tubes with a result inside their target
    persons_within_target: int
    overdue_pending: int  # tubes still without a result past their target
    median_hours: float | None  # sampling -> result known, tubes with a result
    p90_hours: float | None
    max_hours: float | None
    steps: StepTimes


def _hours(a: datetime | None, b: datetime | None) -> float | None:
    return None if a is None or b is None else (b - a).total_seconds() / 3600.0


def turnaround(db: Session, actor: Actor, round_id: int | None = None, group: str | None = None, *,
               since: datetime | None = None, now: datetime | None = None) -> Turnaround:
    """Time from sampling to result per tube (each member shares its tube's time), for a round or all
    tubes sampled since `since`; group: None, 'key' (target <= 6 h), 'other', or a key-group name."""
    _require(actor, Permission.TESTING_READ, Permission.TESTING_MANAGE)
    now = now or clock.now()
    conditions = [_tube_scope(actor), _group_condition(group), Tube.sampled_at.is_not(None)]
    if round_id is not None:
        conditions.append(Tube.round_id == round_id)
    if since is not None:
        conditions.append(Tube.sampled_at >= since)
    rows = db.execute(select(Tube.sampled_at, Tube.sent_at, Tube.received_at, Tube.tested_at, Tube.reported_at,
                             Tube.target_hours, Tube.members, Tube.result).where(*conditions)).all()
    durations: list[float] = []
    steps: dict[str, list[float]] = {"a": [], "b": [], "c": [], "d": []}
    within = persons_within = overdue = persons = 0
    for sampled, sent, received, tested, reported, target, members, result in rows:
        persons += members
        for key, start, end in (("a", sampled, sent), ("b", sent, received), ("c", received, tested),
                                ("d", tested, reported)):
            hours = _hours(start, end)
            if hours is not None:
                steps[key].append(hours)
        if result is None:
            overdue += _hours(sampled, now) > target  # type: ignore[operator]
            continue
        hours = _hours(sampled, reported or tested) or 0.0
        durations.append(hours)
        if hours <= target:
            within += 1
            persons_within += members
    durations.sort()

    def mean(values: list[float]) -> float | None:
        return round(sum(values) / len(values), 2) if values else None

    return Turnaround(
        tubes=len(rows), persons=persons, with_result=len(durations), pending=len(rows) - len(durations),
        within_target=within, persons_within_target=persons_within, overdue_pending=overdue,
        median_hours=round(median(durations), 2) if durations else None,
        p90_hours=round(durations[min(len(durations) - 1, int(0.9 * len(durations)))], 2) if durations else None,
        max_hours=round(durations[-1], 2) if durations else None,
        steps=StepTimes(mean(steps["a"]), mean(steps["b"]), mean(steps["c"]), mean(steps["d"])))


@dataclass(frozen=True)
class OverdueTube:
    barcode: str
    state: str
    site_id: int
    lab_id: int | None
    round_id: int | None
    pool_size: int
    members: int
    sampled_at: datetime
    target_hours: int
    hours_waiting: float


def overdue_results(db: Session, actor: Actor, now: datetime | None = None, *, round_id: int | None = None,
                    group: str | None = None, limit: int = 200) -> tuple[int, list[OverdueTube]]:
    """Tubes without a result past their target (key groups 6 h, others 24 h, or the round's own),
    longest waiting first: (total, first `limit`)."""
    _require(actor, Permission.TESTING_READ, Permission.TESTING_MANAGE, Permission.TESTING_RESULTS)
    now = now or clock.now()
    conditions = [_tube_scope(actor) if actor.role != "lab" else Tube.lab_id == lab_for_actor(db, actor).id,
                  _group_condition(group), Tube.result.is_(None), Tube.sampled_at.is_not(None)]
    if round_id is not None:
        conditions.append(Tube.round_id == round_id)
    targets = sorted(db.scalars(select(Tube.target_hours).where(*conditions).distinct()))
    if not targets:
        return 0, []
    late = or_(*[and_(Tube.target_hours == h, Tube.sampled_at <= now - timedelta(hours=h)) for h in targets])
    total = db.scalar(select(func.count()).select_from(Tube).where(*conditions, late)) or 0
    rows = db.execute(select(Tube.barcode, Tube.state, Tube.site_id, Tube.lab_id, Tube.round_id, Tube.pool_size,
                             Tube.members, Tube.sampled_at, Tube.target_hours)
                      .where(*conditions, late).order_by(Tube.sampled_at, Tube.id).limit(limit)).all()
    return total, [OverdueTube(*row, hours_waiting=round(_hours(row[7], now) or 0.0, 2)) for row in rows]


# ---- transport reads for a site's page (送) ------------------------------------------------


@dataclass(frozen=True)
class SiteTransport:
    sealed_total: int  # sealed tubes of the site not yet in a box
    sealed: list[TubeView]  # the oldest `limit` of them
    boxes: list[TransportBox]  # packed and not yet sent
    batches: list[TransportBatch]  # recently sent from the site, newest first


def site_transport(db: Session, actor: Actor, site_id: int, *, limit: int = 200, last: int = 10) -> SiteTransport:
    """What a site has to pack and send: sealed un-boxed tubes, boxes waiting, batches sent."""
    _require(actor, Permission.TESTING_SAMPLE)
    site = _site_for(db, actor, site_id)
    waiting = (Tube.site_id == site.id, Tube.state == "sealed", Tube.box_id.is_(None))
    total = db.scalar(select(func.count()).select_from(Tube).where(*waiting)) or 0
    tubes = [_view(t) for t in db.scalars(select(Tube).where(*waiting).order_by(Tube.sealed_at, Tube.id).limit(limit))]
    boxes = list(db.scalars(select(TransportBox).where(TransportBox.site_id == site.id, TransportBox.batch_id.is_(None))
                            .order_by(TransportBox.id)))
    sent = select(TransportBox.batch_id).where(TransportBox.site_id == site.id, TransportBox.batch_id.is_not(None))
    recent = list(db.scalars(select(TransportBatch).where(TransportBatch.id.in_(sent))
                             .order_by(TransportBatch.id.desc()).limit(last)))
    return SiteTransport(total, tubes, boxes, recent)


def unboxable(db: Session, actor: Actor, site_id: int, barcodes: Sequence[str]) -> list[tuple[str, str]]:
    """Why tubes cannot go into a box of the site: (barcode, reason) with reason one of unknown,
    other_site, open (not sealed), boxed, sent (already on its way or tested). Empty when all can."""
    _require(actor, Permission.TESTING_SAMPLE)
    site = _site_for(db, actor, site_id)
    wanted = sorted({normalize_barcode(b) for b in barcodes})
    found = {row.barcode: row for row in db.execute(select(Tube.barcode, Tube.site_id, Tube.state, Tube.box_id)
                                                    .where(Tube.barcode.in_(wanted)))}
    reasons = []
    for barcode in wanted:
        row = found.get(barcode)
        if row is None:
            reasons.append((barcode, "unknown"))
        elif row.site_id != site.id:
            reasons.append((barcode, "other_site"))
        elif row.state == "open":
            reasons.append((barcode, "open"))
        elif row.state == "boxed" or (row.state == "sealed" and row.box_id is not None):
            reasons.append((barcode, "boxed"))
        elif row.state != "sealed":
            reasons.append((barcode, "sent"))
    return reasons


def samples_of(db: Session, actor: Actor, person_id: int, *, start: datetime, end: datetime,
               purpose: str) -> list[tuple[int, datetime, str]]:
    """(sample id, sampled at, sampling site) of one person between two moments: the sampling records of
    a trajectory (an investigation reads them for a case; audited with its purpose)."""
    registry.resident_location(db, actor, person_id, purpose=purpose)  # exists, in scope, audited
    rows = db.execute(select(Sample.id, Sample.sampled_at, SamplingSite.name)
                      .join(Tube, Tube.id == Sample.tube_id).join(SamplingSite, SamplingSite.id == Tube.site_id)
                      .where(Sample.person_id == person_id, Sample.sampled_at >= start, Sample.sampled_at <= end)
                      .order_by(Sample.sampled_at))
    return [(int(i), at, name) for i, at, name in rows]
