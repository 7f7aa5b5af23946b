"""Flows that start in isolation and reach the health codes: a quarantine stay begins or ends. Each
records the fact through the isolation service and recomputes the person's code in the caller's
transaction."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from fangkong.codes import service as codes
from fangkong.core import clock
from fangkong.core.scope import Actor
from fangkong.isolation import service
from fangkong.isolation.models import QuarantineStay


def record_stay(db: Session, actor: Actor, *, person_id: int, kind: str, start_at: datetime,
                end_at: datetime | None = None, site: str = "", reason: str = "") -> QuarantineStay:
    stay = service.record_stay(db, actor, person_id=person_id, kind=kind, start_at=start_at, end_at=end_at,
                               site=site, reason=reason)
    codes.recompute(db, now=clock.now(), person_ids=[stay.person_id])
    return stay


def end_stay(db: Session, actor: Actor, stay_id: int, *, end_at: datetime) -> QuarantineStay:
    stay = service.end_stay(db, actor, stay_id, end_at=end_at)
    codes.recompute(db, now=clock.now(), person_ids=[stay.person_id])
    return stay
