"""Flows that start in isolation and reach the health codes or tracing: a stay begins, is released (its
home phase opening by itself), a test during it comes back positive (the stay ends as a case), a batch
arrives and is placed, a checkpoint arrival is quarantined. Each calls the isolation service and then
recomputes the persons' codes in the caller's transaction; pages, the API and the CLI call these."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from fangkong.codes import service as codes
from fangkong.core import clock
from fangkong.core.scope import Actor, system_actor
from fangkong.isolation import service
from fangkong.isolation.models import CheckpointArrival, QuarantineStay, StayTest
from fangkong.tracing import flows as tracing


def _recompute(db: Session, person_ids: list[int]) -> None:
    codes.recompute(db, now=clock.now(), person_ids=sorted(set(person_ids)))


def record_stay(db: Session, actor: Actor, *, person_id: int, kind: str, start_at: datetime,
                end_at: datetime | None = None, site: str = "", reason: str = "") -> QuarantineStay:
    stay = service.record_stay(db, actor, person_id=person_id, kind=kind, start_at=start_at, end_at=end_at,
                               site=site, reason=reason)
    _recompute(db, [stay.person_id])
    return stay


def end_stay(db: Session, actor: Actor, stay_id: int, *, end_at: datetime) -> QuarantineStay:
    stay = service.end_stay(db, actor, stay_id, end_at=end_at)
    _recompute(db, [stay.person_id])
    return stay


def place(db: Session, actor: Actor, **kwargs: object) -> QuarantineStay:
    """A stay under the policy (service.place's arguments); the person's code follows."""
    stay = service.place(db, actor, **kwargs)  # type: ignore[arg-type]
    _recompute(db, [stay.person_id])
    return stay


def release(db: Session, actor: Actor, stay_id: int,
            at: datetime | None = None) -> tuple[QuarantineStay, QuarantineStay | None]:
    stay, successor = service.release(db, actor, stay_id, at=at)
    _recompute(db, [stay.person_id])
    return stay, successor


def record_test(db: Session, actor: Actor, stay_id: int, *, result: str, sampled_at: datetime | None = None,
                day: int | None = None) -> StayTest:
    """A test of a stay's day. A positive one ends the stay as a case: tracing records the infection (as
    the platform, since quarantine staff do not write cases), a transfer to a designated hospital is
    asked for, and the code turns red through the infection fact."""
    test = service.record_test(db, actor, stay_id, result=result, sampled_at=sampled_at, day=day)
    if result == "positive":
        stay = service.end_as_case(db, actor, stay_id, at=test.sampled_at)
        system = system_actor("isolation positive test")
        tracing.record_case(db, system, person_id=stay.person_id, kind="confirmed", reported_at=test.sampled_at,
                            source=f"隔离期间核酸阳性 stay {stay.id} day {test.day}")
        service.request_transfer(db, system, person_id=stay.person_id, purpose="hospital",
                                 origin_kind="site" if stay.site_id else "home", origin_text=stay.site,
                                 urgent=True, source_ref=f"stay:{stay.id}", note="隔离期间核酸阳性")
    _recompute(db, [service.stay_person(db, stay_id)])
    return test


def place_request(db: Session, actor: Actor, request_id: int, *, site_id: int | None = None,
                  room_id: int | None = None, start_at: datetime | None = None,
                  mood_check: bool = False, door_sensor: str | None = None) -> QuarantineStay:
    """A waiting quarantine request (tracing's close contact, an arrival) becomes a stay under the
    policy group of its reason."""
    stay = service.place_request(db, actor, request_id, site_id=site_id, room_id=room_id, start_at=start_at,
                                 mood_check=mood_check, door_sensor=door_sensor)
    _recompute(db, [stay.person_id])
    return stay


def confirm_allocation(db: Session, actor: Actor, *, batch_id: int | None, assignments: dict[int, int],
                       groups: dict[int, str] | None = None,
                       mood_check: set[int] | None = None) -> list[QuarantineStay]:
    """Staff confirm a (changed) allocation plan: each person placed in their room, codes follow."""
    stays = service.confirm_allocation(db, actor, batch_id=batch_id, assignments=assignments, groups=groups,
                                       mood_check=mood_check)
    _recompute(db, [stay.person_id for stay in stays])
    return stays


def register_arrival(db: Session, actor: Actor, *, person_id: int, checkpoint: str, origin_text: str,
                     origin_level: str, arrived_at: datetime | None = None) -> CheckpointArrival:
    """An arrival at a checkpoint (第一落点): the policy in force decides what follows; a home stay opens
    at once, a centralised one is asked for (a transfer and a quarantine request)."""
    arrival = service.register_arrival(db, actor, person_id=person_id, checkpoint=checkpoint,
                                       origin_text=origin_text, origin_level=origin_level, arrived_at=arrived_at)
    _recompute(db, [person_id])
    return arrival
