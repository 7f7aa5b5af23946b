"""Stays under the policy in force at their start: placing a person (from a request or a transfer), the
day counter, tests on the policy's days, daily checks with escalation, release with the hand-over to
the home phase, a positive test ending the stay, home quarantine lists and door-sensor tasks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput, NotFound, PermissionDenied
from fangkong.core.roles import Permission, has_permission, require_any
from fangkong.core.scope import Actor
from fangkong.isolation import rules
from fangkong.isolation.models import (
    HOME_KINDS,
    DailyCheck,
    IsolationTask,
    QuarantineRequest,
    QuarantineSite,
    QuarantineStay,
    Room,
    StayTest,
)
from fangkong.isolation.sites import require_read, require_write
from fangkong.registry import service as registry

OPEN = ("active",)


def _stay(db: Session, stay_id: int) -> QuarantineStay:
    stay = db.get(QuarantineStay, stay_id)
    if stay is None:
        raise NotFound("隔离记录不存在", "No such stay")
    return stay


def _occupants(db: Session, room_id: int) -> int:
    return int(db.scalar(select(func.count()).select_from(QuarantineStay)
                         .where(QuarantineStay.room_id == room_id, QuarantineStay.state == "active")) or 0)


def _check_room(db: Session, site_id: int | None, room_id: int | None, extra: int = 1) -> Room | None:
    if room_id is None:
        return None
    room = db.get(Room, room_id)
    if room is None or room.site_id != site_id:
        raise InvalidInput("房间不属于该场所", "The room is not at this site")
    if room.state in ("disinfection", "out_of_service"):
        raise InvalidInput(f"房间 {room.number} 不可用(消毒中或停用)", f"Room {room.number} is not available")
    if _occupants(db, room.id) + extra > room.beds:
        raise InvalidInput(f"房间 {room.number} 床位已满", f"Room {room.number} is full")
    return room


def place(db: Session, actor: Actor, *, person_id: int, group: str, start_at: datetime,
          site_id: int | None = None, room_id: int | None = None, exposure_at: datetime | None = None,
          request_id: int | None = None, mood_check: bool = False, reason: str = "",
          door_sensor: str | None = None) -> QuarantineStay:
    """The first phase of `group` under the policy in force at `start_at`, at a site's room or at home.
    A person has one open stay at a time; the request it answers is marked placed."""
    require_write(actor)
    registry.resident_location(db, actor, person_id, purpose="place in quarantine")  # exists, in scope
    policy = rules.isolation_policy(start_at)
    phase = policy.phases(group)[0]
    if db.scalar(select(QuarantineStay.id).where(QuarantineStay.person_id == person_id,
                                                 QuarantineStay.state == "active")) is not None:
        raise InvalidInput("此人已在隔离中", "The person already has an open stay")
    site = db.get(QuarantineSite, site_id) if site_id is not None else None
    if phase.kind in HOME_KINDS:
        site, room_id = None, None
    elif site is None:
        raise InvalidInput("集中隔离或救治须选择场所", "Centralised quarantine or treatment needs a site")
    elif site.state not in ("requisitioned", "in_use"):
        raise InvalidInput(f"场所「{site.name}」未启用", f"The site {site.name} is not open")
    room = _check_room(db, site.id if site else None, room_id)
    zero = rules.day_zero(start_at, exposure_at)
    stay = QuarantineStay(person_id=person_id, kind=phase.kind, start_at=start_at, end_at=None,
                          site=site.name if site else "居家", reason=reason[:200], recorded_by=actor.username,
                          recorded_at=clock.now(), policy_key=policy.key, group=group, phase=0,
                          planned_days=phase.days, test_days=rules.format_test_days(phase.test_days), day_zero=zero,
                          planned_end_at=rules.planned_end(zero, phase.days), state="active",
                          site_id=site.id if site else None, room_id=room.id if room else None,
                          mood_check=mood_check, door_sensor=door_sensor or None)
    db.add(stay)
    db.flush()
    if room is not None:
        room.state, room.state_at = "occupied", clock.now()
    if site is not None:
        if site.first_arrival_at is None:
            site.first_arrival_at = start_at
        if site.state == "requisitioned":
            site.state, site.state_at = "in_use", clock.now()
    if request_id is not None:
        _mark_request_placed(db, actor, request_id, person_id, stay.id)
    audit.record(db, actor, "write", "quarantine_stay", stay.id,
                 {"op": "place", "person": person_id, "group": group, "policy": policy.key, "kind": phase.kind,
                  "site": stay.site_id, "room": stay.room_id, "request": request_id})
    return stay


def _mark_request_placed(db: Session, actor: Actor, request_id: int, person_id: int, stay_id: int) -> None:
    request = db.get(QuarantineRequest, request_id)
    if request is None or request.person_id != person_id:
        raise InvalidInput("隔离请求与人员不符", "The request is not for this person")
    if request.state != "waiting":
        raise InvalidInput("该隔离请求已处理", "The request was already handled")
    request.state, request.handled_by, request.handled_at, request.stay_id = (
        "placed", actor.username, clock.now(), stay_id)


def cancel_request(db: Session, actor: Actor, request_id: int, *, note: str) -> QuarantineRequest:
    require_write(actor)
    request = db.get(QuarantineRequest, request_id)
    if request is None:
        raise NotFound("隔离请求不存在", "No such request")
    if request.state != "waiting":
        raise InvalidInput("该隔离请求已处理", "The request was already handled")
    if not note.strip():
        raise InvalidInput("取消须写明原因", "A cancelled request needs a reason")
    request.state, request.handled_by, request.handled_at = "cancelled", actor.username, clock.now()
    request.note = (request.note + " | " + note)[:300]
    audit.record(db, actor, "write", "quarantine_request", request.id, {"op": "cancel", "note": note})
    return request


# ---- a stay as the pages show it ---------------------------------------------------------------


@dataclass(frozen=True)
class StayInfo:
    stay: QuarantineStay
    day: int
    test_days: tuple[int, ...]
    results: dict[int, str]
    checked_today: bool
    room_number: str

    @property
    def test_due_today(self) -> bool:
        return self.day in self.test_days and self.day not in self.results

    @property
    def release(self) -> rules.ReleaseCheck:
        return rules.release_check(day=self.day, planned_days=self.stay.planned_days, test_days=self.test_days,
                                   results=self.results)

    @property
    def release_due(self) -> bool:
        return self.stay.state == "active" and self.stay.planned_days > 0 and self.day >= self.stay.planned_days


def _infos(db: Session, stays: list[QuarantineStay], today: date) -> list[StayInfo]:
    """Views of many stays with two queries (tests, today's checks), not a query per stay."""
    ids = [stay.id for stay in stays]
    results: dict[int, dict[int, str]] = {i: {} for i in ids}
    checked: set[int] = set()
    rooms: dict[int, str] = {}
    for chunk in (ids[i:i + 900] for i in range(0, len(ids), 900)):
        for stay_id, day, result in db.execute(select(StayTest.stay_id, StayTest.day, StayTest.result)
                                               .where(StayTest.stay_id.in_(chunk))):
            results[stay_id][day] = result
        start = datetime.combine(today, datetime.min.time())
        checked.update(db.scalars(select(DailyCheck.stay_id).where(DailyCheck.stay_id.in_(chunk),
                                                                   DailyCheck.at >= start)))
    room_ids = {s.room_id for s in stays if s.room_id}
    if room_ids:
        rooms = dict(db.execute(select(Room.id, Room.number).where(Room.id.in_(sorted(room_ids)))).all())
    return [StayInfo(stay=s, day=rules.day_number(s.day_zero, today) if s.day_zero else 0,
                     test_days=rules.parse_test_days(s.test_days), results=results[s.id],
                     checked_today=s.id in checked, room_number=rooms.get(s.room_id or 0, "")) for s in stays]


def _may_see_stay(db: Session, actor: Actor, stay: QuarantineStay, purpose: str) -> None:
    if actor.role == "resident":
        if actor.person_id != stay.person_id:
            raise PermissionDenied("只能查看本人的隔离", "You can only see your own stay")
    else:
        require_read(actor)
    registry.resident_location(db, actor, stay.person_id, purpose=purpose)


def stay_info(db: Session, actor: Actor, stay_id: int) -> StayInfo:
    stay = _stay(db, stay_id)
    _may_see_stay(db, actor, stay, "see quarantine stay")
    audit.record(db, actor, "read", "quarantine_stay", stay.id, {"person": stay.person_id})
    return _infos(db, [stay], clock.now().date())[0]


def stays_of_person(db: Session, actor: Actor, person_id: int) -> list[StayInfo]:
    """Every stay of a person, newest first (the resident themself, or staff in scope)."""
    if actor.role == "resident":
        if actor.person_id != person_id:
            raise PermissionDenied("只能查看本人的隔离", "You can only see your own stay")
    else:
        require_read(actor)
    registry.resident_location(db, actor, person_id, purpose="see quarantine stays")
    stays = list(db.scalars(select(QuarantineStay).where(QuarantineStay.person_id == person_id)
                            .order_by(QuarantineStay.start_at.desc(), QuarantineStay.id.desc())))
    audit.record(db, actor, "read", "quarantine_stay", None, {"person": person_id, "rows": len(stays)})
    return _infos(db, stays, clock.now().date())


def site_stays(db: Session, actor: Actor, site_id: int) -> list[StayInfo]:
    """The open stays at a site with their day, today's tests, checks and releases (the staff's day)."""
    require_read(actor)
    stays = list(db.scalars(select(QuarantineStay).where(QuarantineStay.site_id == site_id,
                                                         QuarantineStay.state == "active")
                            .order_by(QuarantineStay.room_id, QuarantineStay.id)))
    audit.record(db, actor, "read", "quarantine_stay", None, {"site": site_id, "rows": len(stays)})
    return _infos(db, stays, clock.now().date())


def home_stays(db: Session, actor: Actor, *, limit: int = 2000) -> list[StayInfo]:
    """The open home stays (居家隔离 / 居家健康监测) of the persons in the actor's jurisdiction (a grid
    worker: their grid), set-based through the registry's location selectable."""
    require_read(actor)
    location = registry.locations_selectable()
    stays = list(db.scalars(
        select(QuarantineStay).join(location, location.c.id == QuarantineStay.person_id)
        .where(QuarantineStay.state == "active", QuarantineStay.kind.in_(HOME_KINDS), actor.scope_clause(location.c))
        .order_by(QuarantineStay.start_at).limit(limit)))
    audit.record(db, actor, "read", "quarantine_stay", None, {"op": "home_stays", "rows": len(stays)})
    return _infos(db, stays, clock.now().date())


# ---- tests, checks, release ----------------------------------------------------------------------


def record_test(db: Session, actor: Actor, stay_id: int, *, result: str, sampled_at: datetime | None = None,
                day: int | None = None) -> StayTest:
    """A test of the stay's day (today's by default). The flow turns a positive one into a case."""
    require_write(actor)
    stay = _stay(db, stay_id)
    if stay.state != "active":
        raise InvalidInput("隔离已结束", "The stay has ended")
    if result not in ("negative", "positive"):
        raise InvalidInput("结果应为 阴性 或 阳性", "The result must be negative or positive")
    registry.resident_location(db, actor, stay.person_id, purpose="record quarantine test")
    sampled_at = sampled_at or clock.now()
    day = day if day is not None else rules.day_number(stay.day_zero, sampled_at.date()) if stay.day_zero else 1
    if day < 1:
        raise InvalidInput("检测日期早于隔离开始", "The test is before the stay began")
    if db.scalar(select(StayTest.id).where(StayTest.stay_id == stay.id, StayTest.day == day)) is not None:
        raise InvalidInput(f"第 {day} 天已有检测结果", f"Day {day} already has a result")
    test = StayTest(stay_id=stay.id, day=day, sampled_at=sampled_at, result=result, recorded_by=actor.username,
                    recorded_at=clock.now())
    db.add(test)
    db.flush()
    audit.record(db, actor, "write", "stay_test", test.id, {"stay": stay.id, "day": day, "result": result})
    return test


def record_check(db: Session, actor: Actor, stay_id: int, *, temperature: float | None, symptoms: str = "",
                 mood_answers: list[int] | None = None) -> DailyCheck:
    """Today's check by the staff or the resident themself; a fever, symptoms or a bad mood score opens
    a task (the site's doctor, the psychologist)."""
    stay = _stay(db, stay_id)
    if actor.role == "resident":
        if actor.person_id != stay.person_id:
            raise PermissionDenied("只能填写本人的健康监测", "You can only fill in your own check")
    else:
        require_write(actor)
    if stay.state != "active":
        raise InvalidInput("隔离已结束", "The stay has ended")
    registry.resident_location(db, actor, stay.person_id, purpose="daily check")
    now = clock.now()
    mood = rules.mood_score(mood_answers) if mood_answers else None
    raised = rules.escalations(temperature=temperature, symptoms=symptoms, mood=mood,
                               policy=rules.isolation_policy(stay.start_at))
    check = DailyCheck(stay_id=stay.id, day=rules.day_number(stay.day_zero, now.date()) if stay.day_zero else 1,
                       at=now, temperature=temperature, symptoms=symptoms[:200], mood_score=mood,
                       escalated=",".join(raised), by=actor.username)
    db.add(check)
    grid = registry.resident_location(db, actor, stay.person_id, purpose="daily check task").grid_id
    for kind in raised:
        detail = {"fever": f"{temperature}℃", "symptoms": symptoms[:100], "mood": f"PHQ-4 {mood}"}[kind]
        db.add(IsolationTask(kind=kind, stay_id=stay.id, person_id=stay.person_id, grid_id=grid,
                             site_id=stay.site_id, detail=detail, created_at=now, handled_note=""))
    db.flush()
    audit.record(db, actor, "write", "daily_check", check.id, {"stay": stay.id, "escalated": raised})
    return check


def release(db: Session, actor: Actor, stay_id: int, *, at: datetime | None = None) -> tuple[QuarantineStay,
                                                                                               QuarantineStay | None]:
    """解除隔离: refused until the planned days are done and every test day is negative. The room goes to
    terminal disinfection when its last guest leaves; the group's next phase (home monitoring or home
    quarantine) opens by itself, its days counted on from the plan."""
    require_write(actor)
    stay = _stay(db, stay_id)
    if stay.state != "active":
        raise InvalidInput("隔离已结束", "The stay has already ended")
    at = at or clock.now()
    info = _infos(db, [stay], at.date())[0]
    check = info.release
    if not check.ok:
        raise InvalidInput(*_refusal(check, info.day, stay.planned_days))
    registry.resident_location(db, actor, stay.person_id, purpose="release from quarantine")
    phases = rules.isolation_policy(stay.start_at).phases(stay.group) if stay.group else ()
    following = phases[stay.phase + 1] if stay.phase + 1 < len(phases) else None
    stay.end_at, stay.released_by = at, actor.username
    stay.state = "handed_over" if following else "released"
    free_room(db, stay)
    successor = None
    if following is not None:
        zero = date.fromordinal(stay.day_zero.toordinal() + stay.planned_days) if stay.day_zero else at.date()
        successor = QuarantineStay(
            person_id=stay.person_id, kind=following.kind, start_at=at, end_at=None, site="居家", reason=stay.reason,
            recorded_by=actor.username, recorded_at=clock.now(), policy_key=stay.policy_key, group=stay.group,
            phase=stay.phase + 1, planned_days=following.days, test_days=rules.format_test_days(following.test_days),
            day_zero=zero, planned_end_at=rules.planned_end(zero, following.days), state="active",
            previous_stay_id=stay.id, mood_check=stay.mood_check)
        db.add(successor)
        db.flush()
    audit.record(db, actor, "write", "quarantine_stay", stay.id,
                 {"op": "release", "at": at, "next": successor.id if successor else None})
    return stay, successor


def _refusal(check: rules.ReleaseCheck, day: int, planned: int) -> tuple[str, str]:
    if check.positive_days:
        days = "、".join(map(str, check.positive_days))
        return f"第 {days} 天检测阳性,不能解除隔离", f"Positive test on day {days}: cannot release"
    if not check.days_done:
        return f"隔离第 {day} 天,须满 {planned} 天", f"Day {day} of {planned}: the days are not done"
    days = "、".join(map(str, check.missing_days))
    return f"缺少第 {days} 天的核酸检测结果", f"Test results missing for day {days}"


def free_room(db: Session, stay: QuarantineStay) -> None:
    if stay.room_id is None:
        return
    db.flush()
    if _occupants(db, stay.room_id) == 0:
        room = db.get(Room, stay.room_id)
        if room is not None:
            room.state, room.state_at = "disinfection", clock.now()


def end_as_case(db: Session, actor: Actor, stay_id: int, *, at: datetime) -> QuarantineStay:
    """A positive test during the stay: the stay ends (state "case"); the case is tracing's to record."""
    require_write(actor)
    stay = _stay(db, stay_id)
    if stay.state != "active":
        raise InvalidInput("隔离已结束", "The stay has already ended")
    stay.end_at, stay.state, stay.released_by = max(at, stay.start_at), "case", actor.username
    free_room(db, stay)
    audit.record(db, actor, "write", "quarantine_stay", stay.id, {"op": "case", "at": at})
    return stay


def end_treatment(db: Session, actor: Actor, person_id: int, *, at: datetime) -> QuarantineStay | None:
    """A case is discharged (出院): the person's open treatment stay, if any, ends ("released") and its bed
    is freed. Called from tracing's discharge flow, in its transaction."""
    require_write(actor)
    stay = db.scalar(select(QuarantineStay).where(QuarantineStay.person_id == person_id,
                                                  QuarantineStay.kind == "treatment",
                                                  QuarantineStay.state == "active"))
    if stay is None:
        return None
    stay.end_at, stay.state, stay.released_by = max(at, stay.start_at), "released", actor.username
    free_room(db, stay)
    audit.record(db, actor, "write", "quarantine_stay", stay.id, {"op": "discharged", "at": at})
    return stay


def test_of(db: Session, test_id: int) -> StayTest:
    test = db.get(StayTest, test_id)
    if test is None:
        raise NotFound("检测不存在", "No such test")
    return test


def stay_row(db: Session, actor: Actor, stay_id: int) -> QuarantineStay:
    stay = _stay(db, stay_id)
    _may_see_stay(db, actor, stay, "see quarantine stay")
    return stay


def checks_of(db: Session, actor: Actor, stay_id: int) -> list[DailyCheck]:
    stay = _stay(db, stay_id)
    _may_see_stay(db, actor, stay, "see daily checks")
    return list(db.scalars(select(DailyCheck).where(DailyCheck.stay_id == stay_id).order_by(DailyCheck.at.desc())))


# ---- tasks: door sensors, fevers, moods ---------------------------------------------------------------

DOOR_EVENTS = {"opened": "door_opened", "offline": "sensor_offline"}


def door_event(db: Session, actor: Actor, *, sensor: str, event: str, at: datetime | None = None) -> IsolationTask:
    """A door sensor (门磁) event of a home in quarantine becomes a task for the home's grid worker."""
    require_write(actor)
    if event not in DOOR_EVENTS:
        raise InvalidInput(f"事件应为 {tuple(DOOR_EVENTS)}", f"event must be one of {tuple(DOOR_EVENTS)}")
    stay = db.scalar(select(QuarantineStay).where(QuarantineStay.door_sensor == sensor.strip(),
                                                  QuarantineStay.state == "active"))
    if stay is None:
        raise NotFound(f"门磁 {sensor} 未绑定正在进行的居家隔离", f"Sensor {sensor} is not on an open home stay")
    location = registry.resident_location(db, actor, stay.person_id, purpose="door sensor event")
    at = at or clock.now()
    task = IsolationTask(kind=DOOR_EVENTS[event], stay_id=stay.id, person_id=stay.person_id, grid_id=location.grid_id,
                         site_id=None, detail=f"{sensor} {at:%m-%d %H:%M}", created_at=at, handled_note="")
    db.add(task)
    db.flush()
    audit.record(db, actor, "write", "isolation_task", task.id, {"sensor": sensor, "event": event})
    return task


def open_tasks(db: Session, actor: Actor, *, site_id: int | None = None, include_handled: bool = False,
               limit: int = 500) -> list[IsolationTask]:
    """Tasks in the actor's jurisdiction (a grid worker's grid) or of one site, oldest first."""
    require_read(actor)
    statement = select(IsolationTask).order_by(IsolationTask.created_at).limit(limit)
    if not include_handled:
        statement = statement.where(IsolationTask.handled_at.is_(None))
    if site_id is not None:
        statement = statement.where(IsolationTask.site_id == site_id)
    elif actor.jurisdiction_level == "grid":
        statement = statement.where(IsolationTask.grid_id == actor.jurisdiction_id)
    elif actor.jurisdiction_id is not None:
        location = registry.locations_selectable()
        statement = statement.join(location, location.c.id == IsolationTask.person_id).where(
            actor.scope_clause(location.c))
    tasks = list(db.scalars(statement))
    audit.record(db, actor, "read", "isolation_task", None, {"site": site_id, "rows": len(tasks)})
    return tasks


def handle_task(db: Session, actor: Actor, task_id: int, *, note: str = "") -> IsolationTask:
    """Quarantine staff handle tasks in their scope; a reader of isolation (a grid worker) handles the
    tasks of the homes in their own grid."""
    require_any(actor, Permission.ISOLATION_WRITE, Permission.ISOLATION_READ,
                zh="您的角色不能处理此任务", en="Your role may not handle this task")
    task = db.get(IsolationTask, task_id)
    if task is None:
        raise NotFound("任务不存在", "No such task")
    if task.handled_at is not None:
        raise InvalidInput("任务已处理", "The task was already handled")
    location = registry.resident_location(db, actor, task.person_id, purpose="handle isolation task")
    if not has_permission(actor.role, Permission.ISOLATION_WRITE) and not (
            actor.jurisdiction_level == "grid" and location.grid_id == actor.jurisdiction_id):
        raise PermissionDenied("只有该户所在网格的网格员能处理此任务",
                               "Only a worker of the home's own grid may handle this task")
    task.handled_at, task.handled_by, task.handled_note = clock.now(), actor.username, note[:200]
    audit.record(db, actor, "write", "isolation_task", task.id, {"op": "handle", "note": note})
    return task


def active_stay_of(db: Session, person_id: int) -> QuarantineStay | None:
    return db.scalar(select(QuarantineStay).where(QuarantineStay.person_id == person_id,
                                                  QuarantineStay.state == "active"))


def as_dict(info: StayInfo) -> dict[str, Any]:
    stay = info.stay
    return {"id": stay.id, "person_id": stay.person_id, "kind": stay.kind, "group": stay.group,
            "policy": stay.policy_key, "day": info.day, "planned_days": stay.planned_days,
            "test_days": list(info.test_days), "results": info.results, "state": stay.state,
            "site_id": stay.site_id, "room": info.room_number, "test_due_today": info.test_due_today,
            "release_due": info.release_due}
