"""Flows that start in isolation and reach the health codes or tracing: a stay begins, is released (its
home phase opening by itself), a test during it comes back positive (the stay ends as a case), a batch
arrives and is placed, a checkpoint arrival is quarantined. Each calls the isolation service and then
recomputes the persons' codes in the caller's transaction; pages, the API and the CLI call these."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy.orm import Session

from fangkong.codes import service as codes
from fangkong.core import clock
from fangkong.core.scope import Actor, system_actor
from fangkong.isolation import service
from fangkong.isolation.models import HOME_KINDS, CheckpointArrival, QuarantineStay, StayTest
from fangkong.registry import service as registry
from fangkong.testing import coverage as testing_coverage
from fangkong.testing import service as testing
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
    """A stay under the policy (service.place's arguments); the person's code follows. A home stay with a
    test due today asks the testing side for home sampling at once."""
    stay = service.place(db, actor, **kwargs)  # type: ignore[arg-type]
    _recompute(db, [stay.person_id])
    if stay.kind in HOME_KINDS:
        _request_home_sampling(db, actor, [service.stay_info(db, actor, stay.id)])
    return stay


# The platform asks the testing side on the stays' behalf: district staff's permissions (rounds and
# coverage notes), city-wide; every round and note it writes is audited under this name.
HOME_SAMPLING_ACTOR = Actor(account_id=None, username="system:isolation home sampling", role="district_staff")


def request_home_sampling(db: Session, actor: Actor) -> dict[int, int]:
    """Today's tests of the open home stays in the actor's scope become home-sampling requests on the
    testing side (issue 13 item 3). Returns {round id: persons requested}."""
    return _request_home_sampling(db, actor, service.home_stays(db, actor))


def _request_home_sampling(db: Session, actor: Actor, infos: list[service.StayInfo]) -> dict[int, int]:
    """Per district, a home-sampling round of the day with the persons due (a round's list is fixed when
    it is made, so each call that finds new persons adds a round to the district's series of the day)
    and a request per household. Persons already requested in one of the day's rounds are skipped."""
    due = {info.stay.person_id for info in infos if info.test_due_today}
    if not due:
        return {}
    now = clock.now()
    profiles = registry.person_profiles(db, actor, due, purpose="home sampling for quarantine")
    by_district: dict[int | None, list[registry.PersonProfile]] = {}
    for profile in profiles.values():
        by_district.setdefault(profile.district_id, []).append(profile)
    today = [r for r in testing.list_rounds(db, HOME_SAMPLING_ACTOR, active_at=now)
             if r.kind == "home_sampling" and (r.series or "").startswith(f"home-{now:%Y%m%d}-")]
    made: dict[int, int] = {}
    for district_id, persons in by_district.items():
        series = f"home-{now:%Y%m%d}-{district_id}"
        requested: set[int] = set()
        for rnd in (r for r in today if r.series == series):
            requested |= set(db.scalars(testing_coverage.home_sampling_persons(db, HOME_SAMPLING_ACTOR, rnd.id)))
        persons = [p for p in persons if p.id not in requested]
        if not persons:
            continue
        end = max(datetime.combine(now.date(), time(23, 59)), now + timedelta(hours=1))
        rnd = testing.create_round(db, HOME_SAMPLING_ACTOR, name=f"居家隔离上门采样 {now:%Y-%m-%d}",
                                   kind="home_sampling", starts_at=now, ends_at=end,
                                   person_ids=[p.id for p in persons], series=series)
        households: dict[int, list[int]] = {}
        for profile in persons:
            if profile.household_id is not None:
                households.setdefault(profile.household_id, []).append(profile.id)
        for household_id, person_ids in households.items():
            testing_coverage.request_home_sampling(db, HOME_SAMPLING_ACTOR, rnd.id, household_id,
                                                   reason="home_quarantine", person_ids=person_ids,
                                                   note="居家隔离检测日")
        made[rnd.id] = len(persons)
    return made


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
    if stay.kind in HOME_KINDS:
        _request_home_sampling(db, actor, [service.stay_info(db, actor, stay.id)])
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
    # Sent straight home: a home stay opened, and its landing-day test is asked of the testing side now,
    # as for any home stay placed by hand.
    home = [info for info in service.stays_of_person(db, actor, person_id)
            if info.stay.kind in HOME_KINDS and info.stay.state == "active"]
    if home:
        _request_home_sampling(db, actor, home)
    return arrival
