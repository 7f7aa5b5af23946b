"""Flows that record a fact in another domain and bring the affected codes up to date in the same
transaction: a published notice, a case, a contact, a quarantine stay. Pages, the API and the CLI
call these instead of the bare services, so no fact waits for the next full recompute."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fangkong.areas import service as areas
from fangkong.codes import service as codes
from fangkong.core import clock
from fangkong.core.scope import Actor
from fangkong.isolation import service as isolation
from fangkong.tracing import service as tracing


def publish_notice(db: Any, actor: Actor, notice_id: int, *, now: datetime | None = None) -> int:
    """Publish a notice, then recompute every code (set-based; seconds for a city of millions).
    Everyone, not only the notice's residents: lifting by days and exceptions can move other areas too.
    Returns the number of stored (non-plain-green) codes."""
    areas.publish(db, actor, notice_id)
    return codes.recompute(db, now=now or clock.now())


def record_case(db: Any, actor: Actor, **fields: Any) -> Any:
    case = tracing.record_case(db, actor, **fields)
    codes.recompute(db, now=clock.now(), person_ids=[case.person_id])
    return case


def discharge_case(db: Any, actor: Actor, case_id: int, *, at: datetime) -> Any:
    case = tracing.discharge_case(db, actor, case_id, at=at)
    codes.recompute(db, now=clock.now(), person_ids=[case.person_id])
    return case


def record_contact(db: Any, actor: Actor, **fields: Any) -> Any:
    contact = tracing.record_contact(db, actor, **fields)
    codes.recompute(db, now=clock.now(), person_ids=[contact.person_id])
    return contact


def record_stay(db: Any, actor: Actor, **fields: Any) -> Any:
    stay = isolation.record_stay(db, actor, **fields)
    codes.recompute(db, now=clock.now(), person_ids=[stay.person_id])
    return stay


def end_stay(db: Any, actor: Actor, stay_id: int, *, end_at: datetime) -> Any:
    stay = isolation.end_stay(db, actor, stay_id, end_at=end_at)
    codes.recompute(db, now=clock.now(), person_ids=[stay.person_id])
    return stay
