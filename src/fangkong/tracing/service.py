"""Tracing services. For now: case reports, the infections that area lifting and codes count."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput, PermissionDenied
from fangkong.core.roles import Permission, has_permission
from fangkong.core.scope import Actor
from fangkong.registry import service as registry
from fangkong.tracing.models import Case

CASE_KINDS = ("confirmed", "asymptomatic")


def record_case(db: Session, actor: Actor, *, person_id: int, kind: str, reported_at: datetime,
                source: str = "") -> Case:
    """Record an infection (确诊 / 无症状感染者) of a registered person."""
    if not has_permission(actor.role, Permission.CASE_WRITE):
        raise PermissionDenied("您的角色不能登记病例", "Your role may not record cases")
    if kind not in CASE_KINDS:
        raise InvalidInput(f"病例类型应为 {CASE_KINDS}", f"kind must be one of {CASE_KINDS}")
    registry.resident_location(db, actor, person_id, purpose="record case")  # exists, in scope, audited
    case = Case(person_id=person_id, kind=kind, reported_at=reported_at, source=source,
                recorded_by=actor.username, recorded_at=clock.now())
    db.add(case)
    db.flush()
    audit.record(db, actor, "write", "case", case.id, {"person": person_id, "kind": kind, "at": reported_at})
    return case


def infections_until(db: Session, until: datetime) -> list[tuple[datetime, int]]:
    """(reported_at, person_id) of every infection reported up to a moment, oldest first.

    Ids and times only: the caller (area lifting) maps them to places through the registry."""
    rows = db.execute(select(Case.reported_at, Case.person_id).where(Case.reported_at <= until)
                      .order_by(Case.reported_at))
    return [(at, pid) for at, pid in rows]
