"""Tracing services. For now: case reports, the infections that area lifting and codes count."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput, NotFound, PermissionDenied
from fangkong.core.roles import Permission, has_permission
from fangkong.core.scope import Actor
from fangkong.registry import service as registry
from fangkong.tracing.models import CASE_KINDS, CONTACT_KINDS, Case, Contact


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


def discharge_case(db: Session, actor: Actor, case_id: int, *, at: datetime) -> Case:
    """Record that the person of a case was cured and discharged; their infection reason ends then.
    Health monitoring after discharge is a stay of its own (isolation)."""
    if not has_permission(actor.role, Permission.CASE_WRITE):
        raise PermissionDenied("您的角色不能登记病例", "Your role may not record cases")
    case = db.get(Case, case_id)
    if case is None:
        raise NotFound("病例不存在", "No such case")
    registry.resident_location(db, actor, case.person_id, purpose="discharge case")  # in scope, audited
    if case.discharged_at is not None:
        raise InvalidInput(f"该病例已于 {case.discharged_at:%Y-%m-%d %H:%M} 出院",
                           f"This case was discharged already ({case.discharged_at:%Y-%m-%d %H:%M})")
    if at < case.reported_at:
        raise InvalidInput("出院时间早于报告时间", "Discharge is before the case was reported")
    if at > clock.now():
        raise InvalidInput("出院时间晚于现在：出院后再登记", "Discharge is in the future: record it once it happened")
    case.discharged_at = at
    db.flush()
    audit.record(db, actor, "write", "case", case.id, {"person": case.person_id, "discharged_at": at})
    return case


def infections_among(db: Session, until: datetime, person_ids: list[int]) -> list[tuple[datetime, int]]:
    """`infections_until` restricted to some persons (the residents of a few areas)."""
    found: list[tuple[datetime, int]] = []
    for start in range(0, len(person_ids), 900):
        chunk = person_ids[start:start + 900]
        rows = db.connection().execute(select(Case.reported_at, Case.person_id)
                                       .where(Case.reported_at <= until, Case.person_id.in_(chunk)))
        found.extend((reported_at, person_id) for reported_at, person_id in rows)
    return sorted(found)


def infections_until(db: Session, until: datetime) -> list[tuple[datetime, int]]:
    """(reported_at, person_id) of every infection reported up to a moment, oldest first.

    Ids and times only: the caller (area lifting) maps them to places through the registry."""
    rows = db.execute(select(Case.reported_at, Case.person_id).where(Case.reported_at <= until)
                      .order_by(Case.reported_at))
    return [(at, pid) for at, pid in rows]


def record_contact(db: Session, actor: Actor, *, person_id: int, kind: str, exposure_at: datetime,
                   case_id: int | None = None, via_contact_id: int | None = None, note: str = "") -> Contact:
    """Record a close contact (密接) of a case, or a secondary contact (次密接) through a close contact.
    Whether a secondary contact changes a code is the policy's matter, not the investigation's."""
    if not has_permission(actor.role, Permission.CASE_WRITE):
        raise PermissionDenied("您的角色不能登记密接", "Your role may not record contacts")
    if kind not in CONTACT_KINDS:
        raise InvalidInput(f"接触类型应为 {CONTACT_KINDS}", f"kind must be one of {CONTACT_KINDS}")
    if kind == "close" and (case_id is None or db.get(Case, case_id) is None):
        raise InvalidInput("密接须关联一个已登记的病例", "A close contact needs a recorded case")
    if kind == "secondary":
        via = db.get(Contact, via_contact_id) if via_contact_id is not None else None
        if via is None or via.kind != "close":
            raise InvalidInput("次密接须关联一个密接", "A secondary contact needs the close contact it came through")
        case_id = via.case_id
    if exposure_at > clock.now():
        raise InvalidInput("末次暴露时间不能晚于现在", "The last exposure cannot be in the future")
    registry.resident_location(db, actor, person_id, purpose="record contact")  # exists, in scope, audited
    contact = Contact(person_id=person_id, kind=kind, case_id=case_id, via_contact_id=via_contact_id,
                      exposure_at=exposure_at, note=note[:200], recorded_by=actor.username, recorded_at=clock.now())
    db.add(contact)
    db.flush()
    audit.record(db, actor, "write", "contact", contact.id,
                 {"person": person_id, "kind": kind, "case": case_id, "exposure": exposure_at})
    return contact
