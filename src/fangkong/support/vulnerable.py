"""Vulnerable residents (困难群体): categories per person kept by grid workers, a grid's list, and the daily
knock or call (敲门行动) on those living alone inside a sealed area, with a task for the community when a
day's check is missed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import and_, delete, select, update
from sqlalchemy.orm import Session

from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput, NotFound
from fangkong.core.roles import Permission, require_any
from fangkong.core.scope import Actor
from fangkong.registry import service as registry
from fangkong.support.common import (
    clean_text,
    is_sealed,
    require_scope,
    sealed_areas,
    support_policy,
    where_of,
)
from fangkong.support.models import (
    CATEGORIES,
    CHECK_METHODS,
    CHECK_OUTCOMES,
    DailyCheck,
    SupportTask,
    VulnerableCategory,
)


def set_category(db: Session, actor: Actor, *, person_id: int, category: str, next_session_on: date | None = None,
                 note: str = "") -> VulnerableCategory:
    """Add (or update) one category of a person in the grid worker's jurisdiction."""
    require_any(actor, Permission.SUPPORT_MANAGE)
    if category not in CATEGORIES:
        raise InvalidInput("请选择类别", f"category must be one of {', '.join(CATEGORIES)}")
    note = clean_text(note, 200, what_zh="备注", what_en="the note")
    location = registry.resident_location(db, actor, person_id, purpose="vulnerable category")
    row = db.scalar(select(VulnerableCategory).where(VulnerableCategory.person_id == person_id,
                                                     VulnerableCategory.category == category))
    if row is None:
        row = VulnerableCategory(person_id=person_id, category=category, **where_of(location))
        db.add(row)
    row.next_session_on, row.note = next_session_on, note
    row.recorded_by, row.recorded_at = actor.username, clock.now()
    db.flush()
    audit.record(db, actor, "write", "vulnerable_category", row.id,
                 {"person": person_id, "category": category, "next_session": next_session_on})
    return row


def remove_category(db: Session, actor: Actor, *, person_id: int, category: str) -> bool:
    require_any(actor, Permission.SUPPORT_MANAGE)
    registry.resident_location(db, actor, person_id, purpose="vulnerable category")
    removed = db.execute(delete(VulnerableCategory).where(VulnerableCategory.person_id == person_id,
                                                          VulnerableCategory.category == category)).rowcount
    audit.record(db, actor, "write", "vulnerable_category", None,
                 {"op": "remove", "person": person_id, "category": category})
    return bool(removed)


@dataclass
class VulnerableRow:
    person: registry.PersonCard
    categories: list[VulnerableCategory]
    sealed: bool = False
    check: DailyCheck | None = None

    @property
    def living_alone(self) -> bool:
        return any(c.category == "living_alone" for c in self.categories)


def vulnerable_list(db: Session, actor: Actor, *, category: str | None = None, grid_id: int | None = None,
                    sealed_only: bool = False, day: date | None = None, limit: int = 500) -> list[VulnerableRow]:
    """The vulnerable residents in the actor's jurisdiction (a grid worker: their grid), one row per person
    with all their categories, whether the home is sealed now, and the day's check."""
    require_any(actor, Permission.SUPPORT_MANAGE)
    now = clock.now()
    conditions: list[Any] = [actor.scope_clause(VulnerableCategory)]
    if grid_id:
        conditions.append(VulnerableCategory.grid_id == grid_id)
    if category:
        if category not in CATEGORIES:
            raise InvalidInput("未知类别", "Unknown category")
        chosen = select(VulnerableCategory.person_id).where(VulnerableCategory.category == category)
        conditions.append(VulnerableCategory.person_id.in_(chosen))
    rows = list(db.scalars(select(VulnerableCategory).where(*conditions)
                           .order_by(VulnerableCategory.person_id, VulnerableCategory.category).limit(limit * 4)))
    by_person: dict[int, list[VulnerableCategory]] = {}
    for row in rows:
        by_person.setdefault(row.person_id, []).append(row)
    sealed = sealed_areas(db, now)
    cards = registry.person_cards(db, actor, set(by_person), purpose="vulnerable residents")
    checks = _checks(db, set(by_person), day or now.date())
    found = [VulnerableRow(cards[pid], cats, is_sealed(cats[0], sealed), checks.get(pid))
             for pid, cats in by_person.items() if pid in cards]
    if sealed_only:
        found = [r for r in found if r.sealed]
    return found[:limit]


def _checks(db: Session, person_ids: set[int], day: date) -> dict[int, DailyCheck]:
    found: dict[int, DailyCheck] = {}
    ids = sorted(person_ids)
    for i in range(0, len(ids), 900):
        for check in db.scalars(select(DailyCheck).where(DailyCheck.person_id.in_(ids[i:i + 900]),
                                                         DailyCheck.day == day)):
            found[check.person_id] = check
    return found


def record_check(db: Session, actor: Actor, *, person_id: int, method: str, outcome: str, note: str = "",
                 day: date | None = None) -> DailyCheck:
    """Today's knock or call (once per person and day; a second one on the same day updates it)."""
    require_any(actor, Permission.SUPPORT_MANAGE)
    if method not in CHECK_METHODS:
        raise InvalidInput("请选择方式(敲门或电话)", "method must be knock or call")
    if outcome not in CHECK_OUTCOMES:
        raise InvalidInput("请选择结果", f"outcome must be one of {', '.join(CHECK_OUTCOMES)}")
    note = clean_text(note, 200, what_zh="备注", what_en="the note", required=outcome != "well")
    registry.resident_location(db, actor, person_id, purpose="daily check")
    now = clock.now()
    day = day or now.date()
    check = db.scalar(select(DailyCheck).where(DailyCheck.person_id == person_id, DailyCheck.day == day))
    if check is None:
        check = DailyCheck(person_id=person_id, day=day)
        db.add(check)
    check.method, check.outcome, check.note, check.checked_by, check.checked_at = method, outcome, note, \
        actor.username, now
    db.flush()
    db.execute(_tasks_done("missed_check", person_id, day, now))
    audit.record(db, actor, "write", "welfare_check", check.id, {"person": person_id, "outcome": outcome})
    return check


def _tasks_done(kind: str, subject_id: int, day: date | None, now: datetime) -> Any:
    conditions = [SupportTask.kind == kind, SupportTask.subject_id == subject_id, SupportTask.done_at.is_(None)]
    if day is not None:
        conditions.append(SupportTask.day == day)
    return update(SupportTask).where(*conditions).values(done_at=now)


def sweep_missed_checks(db: Session, now: datetime | None = None) -> int:
    """After the policy's hour, a task for the community for each resident living alone in a sealed area
    who had no check that day. Set-based (one query for the candidates, one for the checks); idempotent."""
    moment = now or clock.now()
    policy = support_policy(moment)
    if moment < datetime.combine(moment.date(), time(policy.daily_check_by_hour)):
        return 0
    day = moment.date()
    sealed = sealed_areas(db, moment)
    if not sealed:
        return 0
    checked = select(DailyCheck.person_id).where(DailyCheck.day == day)
    tasked = select(SupportTask.subject_id).where(SupportTask.kind == "missed_check", SupportTask.day == day)
    candidates = db.scalars(select(VulnerableCategory).where(
        and_(VulnerableCategory.category == "living_alone", VulnerableCategory.person_id.not_in(checked),
             VulnerableCategory.person_id.not_in(tasked)))).all()
    missed = [c for c in candidates if is_sealed(c, sealed)]
    for row in missed:
        db.add(SupportTask(kind="missed_check", subject_id=row.person_id, day=day, created_at=moment,
                           **where_of(row)))
    db.flush()
    return len(missed)


@dataclass
class TaskRow:
    task: SupportTask
    label: str


def open_tasks(db: Session, actor: Actor, *, limit: int = 200) -> list[TaskRow]:
    """The community's open tasks in the actor's jurisdiction: missed checks, compounds without a plan."""
    require_any(actor, Permission.SUPPORT_MANAGE)
    sweep_missed_checks(db)
    tasks = list(db.scalars(select(SupportTask).where(SupportTask.done_at.is_(None), actor.scope_clause(SupportTask))
                            .order_by(SupportTask.day.desc(), SupportTask.id).limit(limit)))
    people = {t.subject_id for t in tasks if t.kind == "missed_check"}
    cards = registry.person_cards(db, actor, people, purpose="missed daily checks") if people else {}
    places = registry.place_labels(db, {t.subject_id for t in tasks if t.kind == "access_plan"})
    audit.record(db, actor, "read", "support_task", None, {"rows": len(tasks)})
    rows = []
    for task in tasks:
        if task.kind == "missed_check":
            card = cards.get(task.subject_id)
            rows.append(TaskRow(task, f"{card.name} {card.address}" if card else f"#{task.subject_id}"))
        else:
            rows.append(TaskRow(task, places.get(task.subject_id, f"#{task.subject_id}")))
    return rows


def get_category(db: Session, actor: Actor, row_id: int) -> VulnerableCategory:
    require_any(actor, Permission.SUPPORT_MANAGE)
    row = db.get(VulnerableCategory, row_id)
    if row is None:
        raise NotFound("记录不存在", "No such record")
    require_scope(actor, row)
    return row
