"""Gate duty (轮流值守) for compounds without property management: a rota per gate of resident volunteers,
swaps between two volunteers, who is on duty now, missed shifts (ended without a check-in)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput, NotFound
from fangkong.core.roles import Permission, require_any
from fangkong.core.scope import Actor
from fangkong.registry import service as registry
from fangkong.support.common import clean_text
from fangkong.support.models import GateShift

_EARLY_CHECK_IN = timedelta(minutes=30)


def _compound(db: Session, actor: Actor, compound_id: int) -> Any:
    require_any(actor, Permission.SUPPORT_FULFIL, Permission.SUPPORT_MANAGE)
    place = registry.get_place(db, actor, compound_id)  # exists, in scope
    if place.level != "compound":
        raise InvalidInput("请选择小区", "Choose a compound")
    return place


def _shift(db: Session, actor: Actor, shift_id: int) -> GateShift:
    shift = db.get(GateShift, shift_id)
    if shift is None:
        raise NotFound("班次不存在", "No such shift")
    _compound(db, actor, shift.compound_id)
    return shift


def add_shift(db: Session, actor: Actor, *, compound_id: int, gate: str, starts_at: datetime, ends_at: datetime,
              volunteer: str, phone: str = "") -> GateShift:
    _compound(db, actor, compound_id)
    gate = clean_text(gate, 64, what_zh="门岗", what_en="the gate", required=True)
    volunteer = clean_text(volunteer, 64, what_zh="值守人", what_en="the volunteer", required=True)
    if ends_at <= starts_at:
        raise InvalidInput("结束时间须晚于开始时间", "The end must come after the start")
    if ends_at - starts_at > timedelta(hours=24):
        raise InvalidInput("一个班次不能超过24小时", "A shift cannot be longer than 24 hours")
    overlap = db.scalar(select(GateShift.id).where(GateShift.compound_id == compound_id, GateShift.gate == gate,
                                                   GateShift.starts_at < ends_at, GateShift.ends_at > starts_at))
    if overlap is not None:
        raise InvalidInput("该门岗此时段已有人值守", "The gate already has someone on duty at that time")
    shift = GateShift(compound_id=compound_id, gate=gate, starts_at=starts_at, ends_at=ends_at, volunteer=volunteer,
                      phone=clean_text(phone, 20), updated_by=actor.username)
    db.add(shift)
    db.flush()
    audit.record(db, actor, "write", "gate_shift", shift.id, {"compound": compound_id, "gate": gate,
                                                              "volunteer": volunteer, "start": starts_at})
    return shift


def swap(db: Session, actor: Actor, first_id: int, second_id: int) -> tuple[GateShift, GateShift]:
    """Two volunteers of the same compound exchange their shifts (neither may have started)."""
    if first_id == second_id:
        raise InvalidInput("请选择两个不同的班次", "Choose two different shifts")
    first, second = _shift(db, actor, first_id), _shift(db, actor, second_id)
    if first.compound_id != second.compound_id:
        raise InvalidInput("只能与本小区的班次互换", "Shifts can be swapped only within one compound")
    now = clock.now()
    if min(first.starts_at, second.starts_at) <= now:
        raise InvalidInput("已开始的班次不能互换", "A shift that has started cannot be swapped")
    if first.volunteer == second.volunteer:
        raise InvalidInput("两个班次是同一人", "Both shifts are the same volunteer's")
    first.volunteer, second.volunteer = second.volunteer, first.volunteer
    first.phone, second.phone = second.phone, first.phone
    first.swapped_with, second.swapped_with = second.id, first.id
    first.updated_by = second.updated_by = actor.username
    audit.record(db, actor, "write", "gate_shift", first.id, {"op": "swap", "with": second.id})
    return first, second


def check_in(db: Session, actor: Actor, shift_id: int) -> GateShift:
    shift = _shift(db, actor, shift_id)
    now = clock.now()
    if not shift.starts_at - _EARLY_CHECK_IN <= now < shift.ends_at:
        raise InvalidInput("只能在班次时间内签到", "Check in only during the shift")
    shift.checked_in_at = shift.checked_in_at or now
    audit.record(db, actor, "write", "gate_shift", shift.id, {"op": "check_in"})
    return shift


@dataclass
class ShiftRow:
    shift: GateShift
    status: str  # planned | on_duty | done | missed


def status_of(shift: GateShift, now: datetime) -> str:
    if shift.ends_at <= now:
        return "done" if shift.checked_in_at else "missed"
    if shift.starts_at <= now:
        return "on_duty"
    return "planned"


def rota(db: Session, actor: Actor, compound_id: int, *, since: datetime | None = None,
         days: int = 2) -> list[ShiftRow]:
    """Shifts of a compound from the start of `since`'s day (default: today) for `days` days, by gate and time."""
    _compound(db, actor, compound_id)
    now = clock.now()
    start = (since or now).replace(hour=0, minute=0, second=0, microsecond=0)
    shifts = db.scalars(select(GateShift).where(GateShift.compound_id == compound_id, GateShift.ends_at > start,
                                                GateShift.starts_at < start + timedelta(days=days))
                        .order_by(GateShift.starts_at, GateShift.gate))
    return [ShiftRow(s, status_of(s, now)) for s in shifts]


def on_duty_now(db: Session, actor: Actor, compound_id: int) -> list[GateShift]:
    return [row.shift for row in rota(db, actor, compound_id, days=1) if row.status == "on_duty"]


def missed_shifts(db: Session, actor: Actor, compound_id: int, *, days: int = 7) -> list[GateShift]:
    now = clock.now()
    _compound(db, actor, compound_id)
    return list(db.scalars(select(GateShift).where(
        GateShift.compound_id == compound_id, GateShift.ends_at <= now, GateShift.ends_at > now - timedelta(days=days),
        GateShift.checked_in_at.is_(None)).order_by(GateShift.starts_at)))
