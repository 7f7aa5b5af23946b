"""Testing rounds (whom to sample when, and who is a member of a round), key groups and their routine
schedules."""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, insert, literal, or_, select, true, union
from sqlalchemy.orm import Session
from sqlalchemy.types import DateTime

from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput, NotFound, PermissionDenied
from fangkong.core.idsets import chunked
from fangkong.core.roles import Permission, require_any
from fangkong.core.scope import PLACE_LEVELS, Actor, scope_column
from fangkong.registry import service as registry
from fangkong.testing.common import DENIED, KEY_GROUP_TARGET_HOURS, POOL_SIZES, testing_policy
from fangkong.testing.models import (
    ROUND_KINDS,
    KeyGroupMember,
    RoundPerson,
    RoundPlace,
    Sample,
    TestRound,
    TestSchedule,
)

# ---- rounds --------------------------------------------------------------------------------


def create_round(db: Session, actor: Actor, *, name: str, kind: str, starts_at: datetime, ends_at: datetime,
                 place_ids: Iterable[int] = (), whole_city: bool = False, key_group: str | None = None,
                 person_ids: Iterable[int] = (), pool_size: int | None = None,
                 turnaround_hours: int | None = None, enforced: bool = True, series: str | None = None) -> TestRound:
    """A round: everyone under `place_ids` (any level), or the whole city, or a key group's members,
    or listed persons (home sampling), to be sampled in [starts_at, ends_at].

    pool_size defaults to 10 (1 for key-group and home-sampling rounds); turnaround_hours to the
    policy's 6 h for key groups and 24 h otherwise. District staff can only target their own places."""
    require_any(actor, Permission.TESTING_MANAGE)
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
        raise PermissionDenied(*DENIED)
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
            raise PermissionDenied(*DENIED)
    if person_ids:
        found = registry.registered_person_ids(db, person_ids[:50000])
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


def close_round(db: Session, actor: Actor, round_id: int, *, reason: str = "") -> TestRound:
    """End a round's window now (收尾): samples after this belong to no round, and members not sampled
    by now are overdue as for any ended round. Only a round whose window is still open can be closed;
    district staff close only rounds whose every target lies in their jurisdiction."""
    require_any(actor, Permission.TESTING_MANAGE)
    rnd = db.get(TestRound, round_id)
    if rnd is None or rnd.state != "active":
        raise NotFound("核酸轮次不存在", "No such testing round")
    if not actor.city_wide:
        refs = registry.place_refs(db, {pid for pid, _level in round_places(db, rnd.id)})
        if rnd.whole_city or not refs or not all(actor.covers(ref) for ref in refs.values()):
            raise PermissionDenied(*DENIED)
    now = clock.now()
    if rnd.ends_at <= now:
        raise InvalidInput("该轮次已经结束", "This round has already ended")
    if rnd.starts_at > now:
        raise InvalidInput("该轮次尚未开始，不能收尾", "This round has not started yet: it cannot be closed")
    before = rnd.ends_at
    rnd.ends_at = now
    db.flush()
    audit.record(db, actor, "write", "test_round", rnd.id,
                 {"op": "close", "name": rnd.name, "ends_before": before, "ends_at": now}, reason=reason[:500])
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
    require_any(actor, Permission.TESTING_READ, Permission.TESTING_MANAGE, Permission.TESTING_SAMPLE,
             Permission.COVERAGE_WRITE)
    rnd = db.get(TestRound, round_id)
    if rnd is None:
        raise NotFound("核酸轮次不存在", "No such testing round")
    return rnd


def list_rounds(db: Session, actor: Actor, *, active_at: datetime | None = None, limit: int = 100) -> list[TestRound]:
    """Rounds, newest first; `active_at`: only those whose window holds that moment."""
    require_any(actor, Permission.TESTING_READ, Permission.TESTING_MANAGE, Permission.TESTING_SAMPLE,
             Permission.COVERAGE_WRITE)
    statement = select(TestRound).where(TestRound.state == "active")
    if active_at is not None:
        statement = statement.where(TestRound.starts_at <= active_at, TestRound.ends_at >= active_at)
    return list(db.scalars(statement.order_by(TestRound.starts_at.desc(), TestRound.id.desc()).limit(limit)))


def round_places(db: Session, round_id: int) -> list[tuple[int, str]]:
    """(place_id, level) of a round's place targets."""
    return [(pid, level) for pid, level in db.execute(
        select(RoundPlace.place_id, RoundPlace.level).where(RoundPlace.round_id == round_id))]


def member_pairs(round_condition: Callable[[Any], ColumnElement[bool]]) -> list[Select[Any]]:
    """(round_id, person_id) selects, one per way a round targets persons; UNION them."""
    person = registry.locations_selectable()
    parts: list[Select[Any]] = [
        select(TestRound.id.label("round_id"), person.c.id.label("person_id"))
        .select_from(TestRound).join(person, true())
        .where(TestRound.whole_city.is_(True), round_condition(TestRound.id)),
        select(TestRound.id.label("round_id"), KeyGroupMember.person_id.label("person_id"))
        .select_from(TestRound).join(KeyGroupMember, KeyGroupMember.group == TestRound.key_group)
        .where(round_condition(TestRound.id), KeyGroupMember.since <= TestRound.ends_at,
               or_(KeyGroupMember.until.is_(None), KeyGroupMember.until >= TestRound.starts_at)),
        select(RoundPerson.round_id.label("round_id"), RoundPerson.person_id.label("person_id"))
        .where(round_condition(RoundPerson.round_id)),
    ]
    for level in PLACE_LEVELS:
        column = person.c[scope_column(level)]
        parts.append(select(RoundPlace.round_id.label("round_id"), person.c.id.label("person_id"))
                     .select_from(RoundPlace).join(person, column == RoundPlace.place_id)
                     .where(RoundPlace.level == level, round_condition(RoundPlace.round_id)))
    return parts


def round_members(round_id: int) -> Select[Any]:
    """SELECT person_id: every person a round targets (distinct). Use as a subquery."""
    parts = [select(part.subquery().c.person_id) for part in member_pairs(lambda col: col == round_id)]
    return select(union(*parts).subquery("round_members").c.person_id)


def sampled_in_round(round_id: int) -> Select[Any]:
    """SELECT person_id, sampled_at: persons with a sample registered in the round (one row each)."""
    return select(Sample.person_id.label("person_id"), Sample.sampled_at.label("sampled_at")).where(
        Sample.round_id == round_id)


def is_member(db: Session, rnd: TestRound, person: Any) -> bool:
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
    require_any(actor, Permission.TESTING_MANAGE)
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
        if registry.registered_person_ids(db, ids) != set(ids):
            raise NotFound("有未登记的人员", "Some persons are not registered")
        person = registry.locations_selectable()
        scoped = select(person.c.id.label("person_id")).where(person.c.id.in_(ids))
        source = scoped.subquery("candidates")
        pid = source.c.person_id
    home = registry.locations_selectable()
    scope = select(home.c.id).where(home.c.id == pid, actor.scope_clause(home.c))
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
    for chunk in chunked(sorted(set(person_ids))):
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
    require_any(actor, Permission.TESTING_MANAGE)
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
