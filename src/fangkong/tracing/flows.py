"""Flows that start in tracing and reach the health codes: a case, a discharge, a contact. Each records
the fact through the tracing service and recomputes the person's code in the caller's transaction, so no
fact waits for the next full recompute. Pages, the API, the CLI and other domains' flows call these, not
the bare service functions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from fangkong.codes import service as codes
from fangkong.core import clock
from fangkong.core.scope import Actor
from fangkong.tracing import service
from fangkong.tracing.models import Case, Contact


def record_case(db: Session, actor: Actor, *, person_id: int, kind: str, reported_at: datetime,
                source: str = "") -> Case:
    case = service.record_case(db, actor, person_id=person_id, kind=kind, reported_at=reported_at, source=source)
    codes.recompute(db, now=clock.now(), person_ids=[case.person_id])
    return case


def discharge_case(db: Session, actor: Actor, case_id: int, *, at: datetime) -> Case:
    case = service.discharge_case(db, actor, case_id, at=at)
    codes.recompute(db, now=clock.now(), person_ids=[case.person_id])
    return case


def record_contact(db: Session, actor: Actor, *, person_id: int, kind: str, exposure_at: datetime,
                   case_id: int | None = None, via_contact_id: int | None = None, note: str = "") -> Contact:
    contact = service.record_contact(db, actor, person_id=person_id, kind=kind, exposure_at=exposure_at,
                                     case_id=case_id, via_contact_id=via_contact_id, note=note)
    codes.recompute(db, now=clock.now(), person_ids=[contact.person_id])
    return contact
