"""Stays under the policy in force at their start, on both databases: the day counts and test days of
each protocol, release refused while a test is missing or positive, the centralised → home hand-over,
a positive test during a stay becoming a case, the codes at every step, the flows' atomicity."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fangkong.codes import service as codes
from fangkong.core import clock
from fangkong.core.db import get_engine
from fangkong.core.errors import InvalidInput, PermissionDenied
from fangkong.core.scope import Actor, system_actor
from fangkong.isolation import flows
from fangkong.isolation import service as isolation
from fangkong.isolation.models import IsolationTask, QuarantineStay, Room, StayTest, TransferRequest
from fangkong.registry.models import Person
from fangkong.tracing import flows as tracing_flows
from fangkong.tracing.models import Case

COMMANDER = system_actor("tests")
_NUMBERS = itertools.count(1)
STAFF = Actor(account_id=None, username="hotel1", role="quarantine_staff")


@pytest.fixture
def db(city_url: str) -> Iterator[Session]:
    session = Session(get_engine(city_url))
    try:
        yield session
    finally:
        session.rollback()
        session.close()


def _site(db: Session, at: datetime, rooms: int = 6) -> int:
    clock.set_clock(at)
    site = isolation.create_site(db, COMMANDER, name=f"测试酒店{next(_NUMBERS)}", kind="hotel", state="requisitioned")
    for number in range(rooms):
        isolation.add_room(db, STAFF, site.id, number=f"{number + 101}", floor=1, beds=2, family=number % 2 == 0)
    return site.id


def _persons(db: Session, count: int, offset: int = 0) -> list[int]:
    return list(db.scalars(select(Person.id).order_by(Person.id).offset(100 + offset).limit(count)))


def _colour(db: Session, person_id: int) -> str:
    return codes.current_code(db, COMMANDER, person_id).colour


def _room_free(db: Session, site_id: int) -> int:
    return db.scalar(select(Room.id).where(Room.site_id == site_id, Room.state == "free").order_by(Room.id).limit(1))


@pytest.mark.parametrize(("start", "policy", "kind", "days", "tests", "next_kind", "next_days", "next_tests"), [
    (datetime(2022, 4, 12, 10), "taiyuan_2022_04", "centralised", 14, (1, 4, 7, 14), "home_monitoring", 7, (2, 7)),
    (datetime(2022, 8, 1, 10), "ninth_edition", "centralised", 7, (1, 2, 3, 5, 7), "home_monitoring", 3, (3,)),
    (datetime(2022, 11, 20, 10), "twenty_measures", "centralised", 5, (1, 2, 3, 5), "home_quarantine", 3, (1, 3)),
])
def test_close_contact_days_tests_release_and_hand_over(db: Session, start: datetime, policy: str, kind: str,
                                                        days: int, tests: tuple[int, ...], next_kind: str,
                                                        next_days: int, next_tests: tuple[int, ...]) -> None:
    site = _site(db, start)
    person = _persons(db, 1)[0]
    exposure = start - timedelta(days=1)
    stay = flows.place(db, STAFF, person_id=person, group="close_contact", start_at=start, site_id=site,
                       room_id=_room_free(db, site), exposure_at=exposure)
    assert (stay.policy_key, stay.kind, stay.planned_days) == (policy, kind, days)
    assert isolation.stay_info(db, STAFF, stay.id).test_days == tests
    assert isolation.stay_info(db, STAFF, stay.id).day == 1  # the day after the exposure
    assert _colour(db, person) == "red"
    assert db.get(Room, stay.room_id).state == "occupied"

    # On the last day, with every test but the last: refused, naming the missing day.
    clock.set_clock(datetime.combine(exposure.date() + timedelta(days=days), datetime.min.time()) + timedelta(hours=9))
    for day in tests[:-1]:
        flows.record_test(db, STAFF, stay.id, result="negative", day=day,
                          sampled_at=datetime.combine(exposure.date() + timedelta(days=day), datetime.min.time()))
    with pytest.raises(InvalidInput) as refused:
        flows.release(db, STAFF, stay.id)
    assert f"第 {tests[-1]} 天" in refused.value.zh
    flows.record_test(db, STAFF, stay.id, result="negative")  # today's: the last test day
    info = isolation.stay_info(db, STAFF, stay.id)
    assert info.day == days and info.release.ok

    released, home = flows.release(db, STAFF, stay.id)
    assert released.state == "handed_over" and released.end_at == clock.now()
    assert home is not None and (home.kind, home.planned_days) == (next_kind, next_days)
    assert isolation.stay_info(db, STAFF, home.id).test_days == next_tests
    assert isolation.stay_info(db, STAFF, home.id).day == 0  # home day 1 is tomorrow: the days run on
    assert db.get(Room, stay.room_id).state == "disinfection"
    assert _colour(db, person) == ("yellow" if next_kind == "home_monitoring" else "red")

    # The home phase: refused before its days are done, released after its tests.
    with pytest.raises(InvalidInput):
        flows.release(db, STAFF, home.id)
    clock.set_clock(clock.now() + timedelta(days=next_days))
    for day in next_tests:
        flows.record_test(db, STAFF, home.id, result="negative", day=day)
    done, after = flows.release(db, STAFF, home.id)
    assert done.state == "released" and after is None
    assert _colour(db, person) == "green"


def test_secondary_contact_home_quarantine_and_twenty_measures_has_none(db: Session) -> None:
    start = datetime(2022, 8, 3, 9)
    clock.set_clock(start)
    person = _persons(db, 1, offset=10)[0]
    stay = flows.place(db, STAFF, person_id=person, group="secondary_contact", start_at=start)
    assert (stay.kind, stay.planned_days, stay.test_days, stay.site) == ("home_quarantine", 7, "1,4,7", "居家")
    assert _colour(db, person) == "red"
    later = datetime(2022, 11, 25, 9)
    clock.set_clock(later)
    with pytest.raises(InvalidInput) as refused:
        flows.place(db, STAFF, person_id=_persons(db, 1, offset=11)[0], group="secondary_contact", start_at=later)
    assert "twenty_measures" in refused.value.en


def test_positive_test_during_a_stay_becomes_a_case(db: Session) -> None:
    start = datetime(2022, 11, 21, 10)
    site = _site(db, start)
    person = _persons(db, 1, offset=20)[0]
    stay = flows.place(db, STAFF, person_id=person, group="close_contact", start_at=start, site_id=site,
                       room_id=_room_free(db, site))
    clock.set_clock(start + timedelta(days=2))
    flows.record_test(db, STAFF, stay.id, result="negative", day=1)
    flows.record_test(db, STAFF, stay.id, result="positive")
    assert stay.state == "case" and stay.end_at == clock.now()
    case = db.scalar(select(Case).where(Case.person_id == person))
    assert case is not None and case.kind == "confirmed" and f"stay {stay.id}" in case.source
    transfer = db.scalar(select(TransferRequest).where(TransferRequest.person_id == person))
    assert transfer is not None and transfer.purpose == "hospital" and transfer.urgent
    view = codes.current_code(db, COMMANDER, person)
    assert view.colour == "red" and "infection" in [r.rule for r in view.reasons]
    assert "centralised_quarantine" not in [r.rule for r in view.reasons]
    assert db.get(Room, stay.room_id).state == "disinfection"
    with pytest.raises(InvalidInput):
        flows.release(db, STAFF, stay.id)


def test_release_refused_with_a_positive_day(db: Session) -> None:
    start = datetime(2022, 11, 21, 10)
    site = _site(db, start)
    person = _persons(db, 1, offset=30)[0]
    stay = isolation.place(db, STAFF, person_id=person, group="close_contact", start_at=start, site_id=site,
                           room_id=_room_free(db, site))
    db.add(StayTest(stay_id=stay.id, day=2, sampled_at=start + timedelta(days=1), result="positive",
                    recorded_by="lab", recorded_at=start))
    clock.set_clock(start + timedelta(days=5))
    with pytest.raises(InvalidInput) as refused:
        isolation.release(db, STAFF, stay.id)
    assert "阳性" in refused.value.zh


def test_positive_flow_is_atomic(db: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    start = datetime(2022, 11, 21, 10)
    site = _site(db, start)
    person = _persons(db, 1, offset=40)[0]
    stay = flows.place(db, STAFF, person_id=person, group="close_contact", start_at=start, site_id=site,
                       room_id=_room_free(db, site))
    db.commit()
    try:
        from fangkong.tracing import flows as tracing_flows

        def broken(*args: object, **kwargs: object) -> None:
            raise RuntimeError("tracing down")

        monkeypatch.setattr(tracing_flows, "record_case", broken)
        clock.set_clock(start + timedelta(days=1))
        with pytest.raises(RuntimeError):
            flows.record_test(db, STAFF, stay.id, result="positive")
        db.rollback()
        assert db.get(QuarantineStay, stay.id).state == "active"
        assert db.scalar(select(func.count()).select_from(StayTest).where(StayTest.stay_id == stay.id)) == 0
    finally:
        db.rollback()
        db.delete(db.get(QuarantineStay, stay.id))
        db.commit()


def test_daily_check_escalates_and_resident_fills_own(db: Session) -> None:
    start = datetime(2022, 11, 21, 10)
    site = _site(db, start)
    person = _persons(db, 1, offset=50)[0]
    stay = flows.place(db, STAFF, person_id=person, group="close_contact", start_at=start, site_id=site,
                       room_id=_room_free(db, site), mood_check=True)
    resident = Actor(account_id=None, username="r1", role="resident", person_id=person)
    check = isolation.record_check(db, resident, stay.id, temperature=37.8, symptoms="",
                                   mood_answers=[2, 2, 1, 2])
    assert check.escalated == "fever,mood" and check.mood_score == 7
    tasks = db.scalars(select(IsolationTask).where(IsolationTask.stay_id == stay.id)).all()
    assert sorted(t.kind for t in tasks) == ["fever", "mood"]
    assert isolation.site_stays(db, STAFF, site)[0].checked_today
    other = Actor(account_id=None, username="r2", role="resident", person_id=person + 1)
    with pytest.raises(PermissionDenied):
        isolation.record_check(db, other, stay.id, temperature=36.5)


def test_discharge_ends_the_treatment_stay(db: Session) -> None:
    start = datetime(2022, 11, 21, 10)
    site = _site(db, start)
    person = _persons(db, 1, offset=25)[0]
    case = tracing_flows.record_case(db, COMMANDER, person_id=person, kind="confirmed", reported_at=start,
                                     source="test")
    stay = flows.place(db, STAFF, person_id=person, group="case", start_at=start, site_id=site,
                       room_id=_room_free(db, site))
    assert stay.kind == "treatment" and stay.state == "active"
    assert _colour(db, person) == "red"
    discharged_at = start + timedelta(days=9)
    clock.set_clock(discharged_at)
    tracing_flows.discharge_case(db, COMMANDER, case.id, at=discharged_at)
    assert stay.state == "released" and stay.end_at == discharged_at
    assert db.get(Room, stay.room_id).state == "disinfection"
    assert isolation.active_stay_of(db, person) is None
    assert _colour(db, person) == "green"  # the code was recomputed in the same transaction


def test_home_stay_with_a_test_today_is_on_the_testing_side_home_sampling_list(db: Session) -> None:
    from fangkong.testing import coverage
    from fangkong.testing import service as testing

    start = datetime(2022, 8, 3, 9)
    clock.set_clock(start)
    first, second = _persons(db, 2, offset=30)
    stay = flows.place(db, STAFF, person_id=first, group="secondary_contact", start_at=start)
    assert isolation.stay_info(db, STAFF, stay.id).test_due_today  # day 1 of tests on days 1, 4, 7
    rounds = [r for r in testing.list_rounds(db, COMMANDER, active_at=start) if r.kind == "home_sampling"]
    assert len(rounds) == 1
    sampler_view = flows.HOME_SAMPLING_ACTOR
    assert set(db.scalars(coverage.home_sampling_persons(db, sampler_view, rounds[0].id))) == {first}
    # A second home stay the same day joins the district's series; the first is not asked for twice.
    flows.place(db, STAFF, person_id=second, group="secondary_contact", start_at=start)
    assert flows.request_home_sampling(db, STAFF) == {}
    listed: set[int] = set()
    for rnd in testing.list_rounds(db, COMMANDER, active_at=start):
        if rnd.kind == "home_sampling":
            listed |= set(db.scalars(coverage.home_sampling_persons(db, sampler_view, rnd.id)))
    assert {first, second} <= listed
    # Day 2 has no test: nothing is asked for.
    clock.set_clock(start + timedelta(days=1))
    assert flows.request_home_sampling(db, STAFF) == {}


def test_a_request_placed_at_home_asks_for_home_sampling(db: Session) -> None:
    from fangkong.testing import coverage
    from fangkong.testing import service as testing

    start = datetime(2022, 8, 3, 9)
    clock.set_clock(start)
    person = _persons(db, 1, offset=40)[0]
    request = isolation.request_quarantine(db, COMMANDER, person_id=person, reason="secondary_contact")
    flows.place_request(db, STAFF, request.id, start_at=start)
    listed: set[int] = set()
    for rnd in testing.list_rounds(db, COMMANDER, active_at=start):
        if rnd.kind == "home_sampling":
            listed |= set(db.scalars(coverage.home_sampling_persons(db, flows.HOME_SAMPLING_ACTOR, rnd.id)))
    assert person in listed


def test_an_arrival_sent_home_asks_for_home_sampling_on_its_test_days(db: Session) -> None:
    from fangkong.testing import coverage
    from fangkong.testing import service as testing

    start = datetime(2022, 11, 26, 10)  # twenty measures: a high-risk arrival goes home for 5 days
    clock.set_clock(start)
    person = _persons(db, 1, offset=60)[0]
    flows.register_arrival(db, STAFF, person_id=person, checkpoint="阳曲高速口", origin_text="某市某区",
                           origin_level="high")
    stay = isolation.stays_of_person(db, STAFF, person)[0]
    assert stay.stay.kind == "home_quarantine"
    listed: set[int] = set()
    for rnd in testing.list_rounds(db, COMMANDER, active_at=start):
        if rnd.kind == "home_sampling":
            listed |= set(db.scalars(coverage.home_sampling_persons(db, flows.HOME_SAMPLING_ACTOR, rnd.id)))
    assert stay.test_due_today and person in listed  # the landing day is a test day: asked at once
    later = next(day for day in (start.replace(hour=8) + timedelta(days=n) for n in range(1, 10))
                 if clock.set_clock(day) is None and isolation.stays_of_person(db, STAFF, person)[0].test_due_today)
    flows.request_home_sampling(db, STAFF)  # the morning sweep of a later test day
    listed = set()
    for rnd in testing.list_rounds(db, COMMANDER, active_at=later):
        if rnd.kind == "home_sampling":
            listed |= set(db.scalars(coverage.home_sampling_persons(db, flows.HOME_SAMPLING_ACTOR, rnd.id)))
    assert person in listed
