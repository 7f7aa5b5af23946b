"""Isolation services. For now: quarantine stays (集中隔离 / 居家隔离 / 居家健康监测) with start and end,
the facts the health-code rules read. Sites, rooms and transfers come with the isolation issue."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, String, cast, literal, select
from sqlalchemy.orm import Session

from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput, NotFound, PermissionDenied
from fangkong.core.roles import Permission, has_permission
from fangkong.core.scope import Actor
from fangkong.isolation.models import STAY_KINDS, QuarantineStay
from fangkong.registry import service as registry

KIND_NAMES = {"centralised": ("集中隔离", "centralised quarantine"),
              "home_quarantine": ("居家隔离", "home quarantine"),
              "home_monitoring": ("居家健康监测", "home health monitoring")}


def _require(actor: Actor) -> None:
    if not has_permission(actor.role, Permission.ISOLATION_WRITE):
        raise PermissionDenied("您的角色不能登记隔离", "Your role may not record quarantine stays")


def record_stay(db: Session, actor: Actor, *, person_id: int, kind: str, start_at: datetime,
                end_at: datetime | None = None, site: str = "", reason: str = "") -> QuarantineStay:
    """A stay from `start_at` until `end_at` (planned; None while open-ended)."""
    _require(actor)
    if kind not in STAY_KINDS:
        raise InvalidInput(f"隔离类型应为 {STAY_KINDS}", f"kind must be one of {STAY_KINDS}")
    if end_at is not None and end_at <= start_at:
        raise InvalidInput("结束时间须晚于开始时间", "The end must come after the start")
    registry.resident_location(db, actor, person_id, purpose="record quarantine stay")  # exists, in scope
    stay = QuarantineStay(person_id=person_id, kind=kind, start_at=start_at, end_at=end_at, site=site[:200],
                          reason=reason[:200], recorded_by=actor.username, recorded_at=clock.now())
    db.add(stay)
    db.flush()
    audit.record(db, actor, "write", "quarantine_stay", stay.id,
                 {"person": person_id, "kind": kind, "start": start_at, "end": end_at, "site": site})
    return stay


def end_stay(db: Session, actor: Actor, stay_id: int, *, end_at: datetime) -> QuarantineStay:
    """Release (解除隔离) at `end_at`."""
    _require(actor)
    stay = db.get(QuarantineStay, stay_id)
    if stay is None:
        raise NotFound("隔离记录不存在", "No such stay")
    if end_at <= stay.start_at:
        raise InvalidInput("结束时间须晚于开始时间", "The end must come after the start")
    registry.resident_location(db, actor, stay.person_id, purpose="end quarantine stay")
    stay.end_at = end_at
    audit.record(db, actor, "write", "quarantine_stay", stay.id, {"op": "end", "end": end_at})
    return stay


def stay_facts() -> Select:
    """Facts for the health-code rules: person_id, sub (the stay's kind), since, until, ref, note_zh, note_en."""
    return select(QuarantineStay.person_id, QuarantineStay.kind.label("sub"), QuarantineStay.start_at.label("since"),
                  QuarantineStay.end_at.label("until"),
                  (literal("stay:") + cast(QuarantineStay.id, String)).label("ref"),
                  QuarantineStay.site.label("note_zh"), QuarantineStay.site.label("note_en"))
